"""Text, layout features and rendering through pypdfium2."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from docsplit.adapters.pdftext import PdfText
from docsplit.errors import InvalidPdf


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 24)
    c.drawString(72, h - 60, "ACME Invoice")
    c.setFont("Helvetica", 10)
    for i in range(20):
        c.drawString(72, h - 120 - 14 * i, f"Line {i} of the body text with some words")
    c.drawString(w / 2, 30, "Page 1 of 2")
    c.showPage()
    c.setPageSize(landscape(A4))
    c.showPage()
    c.save()
    path = tmp_path / "sample.pdf"
    path.write_bytes(buf.getvalue())
    return path


def test_page_text_and_layout(sample: Path) -> None:
    with PdfText(sample) as pdf:
        assert pdf.page_count == 2
        first = pdf.page_text(1)
        second = pdf.page_text(2)
    assert "Line 3 of the body text" in first.text
    assert "ACME Invoice" in first.top_text
    assert first.bottom_text.strip() == "Page 1 of 2"
    assert first.large_text == "ACME Invoice"
    assert first.max_font_size > 1.8 * first.body_font_size
    assert (first.width, first.height) == (595.3, 841.9)
    assert first.text_objects > 0 and first.image_objects == 0
    assert second.char_count == 0 and second.width > second.height


def test_render(sample: Path) -> None:
    with PdfText(sample) as pdf:
        image = pdf.render(1, 100)
    assert image.mode == "L"
    assert abs(image.width - 827) <= 1 and abs(image.height - 1169) <= 1


def test_invalid_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not a pdf")
    with pytest.raises(InvalidPdf):
        PdfText(bad)

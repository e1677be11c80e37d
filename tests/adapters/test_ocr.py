"""The Tesseract adapter with the real binary: text, confidence, orientation, errors."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytesseract
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docsplit.adapters import ocr
from docsplit.adapters.pdftext import PdfText
from docsplit.errors import OcrFailed, OcrUnavailable

pytestmark = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract not installed")

LINES = [
    "Quarterly statement of account",
    "Dear customer, please find enclosed the statement",
    "for the period ending in March. The balance of your",
    "account is shown below together with all transactions.",
    "Kind regards, the customer service team",
]


@pytest.fixture(scope="module")
def page_image(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 90
    for line in LINES * 3:
        c.setFont("Helvetica", 13)
        c.drawString(72, y, line)
        y -= 22
    c.showPage()
    c.save()
    path = tmp_path_factory.mktemp("ocr") / "page.pdf"
    path.write_bytes(buf.getvalue())
    with PdfText(path) as pdf:
        return pdf.render(1, 150)


def test_environment_limits_tesseract_to_one_thread() -> None:
    import os

    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_recognise_upright_page(page_image: Image.Image) -> None:
    result = ocr.recognise(page_image, timeout=60)
    assert "statement" in result.text.lower()
    assert "customer service team" in result.text.lower()
    assert result.rotation == 0
    assert result.confidence is not None and result.confidence > 70
    first = result.words[0]
    assert 0 <= first.left < 0.3 and 0 <= first.top < 0.2


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_sideways_and_upside_down_pages_are_turned_before_ocr(
    page_image: Image.Image, turned: int
) -> None:
    # PIL turns counter-clockwise by ``turned``; undoing that takes the same angle clockwise.
    image = page_image.rotate(turned, expand=True, fillcolor=255)
    result = ocr.recognise(image, timeout=60)
    assert result.rotation == turned
    assert "statement of account" in result.text.lower()


def test_blank_page_needs_no_rotation() -> None:
    assert ocr.detect_rotation(Image.new("L", (600, 800), 255), timeout=30) == 0


def test_missing_binary_is_ocr_unavailable(
    page_image: Image.Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    assert not ocr.tesseract_available()
    with pytest.raises(OcrUnavailable):
        ocr.recognise(page_image, timeout=10)


def test_missing_language_is_ocr_unavailable(page_image: Image.Image) -> None:
    with pytest.raises(OcrUnavailable, match="language"):
        ocr.recognise(page_image, language="xxx", timeout=30, detect_orientation=False)


def test_crash_is_ocr_failed(
    page_image: Image.Image, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'Segmentation fault' >&2\nexit 139\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(fake))
    with pytest.raises(OcrFailed):
        ocr.recognise(page_image, timeout=10, detect_orientation=False)


def test_timeout_is_ocr_failed(page_image: Image.Image) -> None:
    with pytest.raises(OcrFailed, match="longer than"):
        ocr.recognise(page_image, timeout=0.01, detect_orientation=False)

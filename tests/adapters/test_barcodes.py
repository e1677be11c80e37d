"""Barcode, QR and patch-T sheet reading on real separator sheets and generated pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docsplit.adapters import barcodes as bc
from docsplit.adapters.pdftext import PdfText

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real corpus not found at {CORPUS} (../shared/corpus)"
)


def render(name: str, page: int, dpi: int = 150) -> Image.Image:
    with PdfText(CORPUS / name) as pdf:
        return pdf.render(page, dpi)


@needs_corpus
@pytest.mark.parametrize(
    ("name", "page", "value"),
    [
        ("separator_patch_t.pdf", 1, "PATCHT"),
        ("separator_patch_t_qr.pdf", 1, "PATCHT"),
        ("separator_patch_t_middle_fuzzy_3p.pdf", 2, "PATCHT"),
        ("separator_patch_t_middle_distorted_3p.pdf", 2, "PATCHT"),
        ("separator_patch_t_middle_reverse_3p.pdf", 2, "PATCHT"),
        ("separator_barcode39_asn_123.pdf", 1, "ASN00123"),
        ("separator_barcode128_custom.pdf", 1, "CUSTOM BARCODE"),
        ("separator_qr_custom.pdf", 1, "CUSTOM BARCODE"),
        ("separator_qr_asn_000123_upscale_dpi.pdf", 1, "ASN 000123"),
        ("separator_barcode_fax_image_3p.pdf", 2, "PATCHT"),
    ],
)
def test_reads_real_separator_sheets(name: str, page: int, value: str) -> None:
    values = [b.value for b in bc.read_barcodes(render(name, page))]
    assert value in values


@needs_corpus
def test_several_codes_on_one_page_are_all_kept_once() -> None:
    codes = bc.read_barcodes(render("separator_split_by_tag_multiple_per_page_5p.pdf", 2))
    assert {b.value for b in codes} == {"TAG:invoice", "TAG:expense"}
    many = bc.read_barcodes(render("separator_many_qr_codes_3p.pdf", 2))
    assert [b.value for b in many] == ["ADAR-NEXTDOC"]


@needs_corpus
def test_unreadable_patch_sheet_and_content_pages_have_no_code() -> None:
    assert bc.read_barcodes(render("separator_patch_t_middle_unreadable_3p.pdf", 2)) == ()
    assert bc.read_barcodes(render("letter_en.pdf", 1)) == ()


@needs_corpus
def test_patch_sheet_bars_are_recognised_without_a_readable_code() -> None:
    assert bc.is_patch_sheet(render("separator_patch_t.pdf", 1, 100))
    assert bc.is_patch_sheet(render("separator_patch_t_scanned_naps2.pdf", 1, 100))
    assert bc.is_patch_sheet(render("separator_patch_t_middle_reverse_3p.pdf", 2, 100))
    # Negative cases: a barcode label, a text page, a form with rules and boxes.
    assert not bc.is_patch_sheet(render("separator_barcode39_asn_123.pdf", 1, 100))
    assert not bc.is_patch_sheet(render("letter_en.pdf", 1, 100))
    assert not bc.is_patch_sheet(render("form_dd293_page_x_of_4.pdf", 2, 100))
    assert not bc.is_patch_sheet(render("batch_lending_8docs_10p.pdf", 3, 100))


def test_generated_code128_page(tmp_path: Path) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    code128.Code128("ASN04711", barHeight=50, barWidth=1.2).drawOn(c, 150, 500)
    c.showPage()
    c.save()
    path = tmp_path / "code.pdf"
    path.write_bytes(buf.getvalue())
    with PdfText(path) as pdf:
        # extract.BARCODE_DPI: a 1.2 pt module is readable at 150 dpi, not at 100.
        image = pdf.render(1, 150)
    assert bc.read_barcodes(image, thorough=False) == (bc.Barcode("Code128", "ASN04711"),)
    assert not bc.is_patch_sheet(image)


def test_blank_and_tiny_images() -> None:
    assert bc.read_barcodes(Image.new("L", (400, 500), 255)) == ()
    assert not bc.is_patch_sheet(Image.new("L", (400, 500), 255))
    assert not bc.is_patch_sheet(Image.new("L", (10, 10), 0))


@pytest.mark.parametrize(
    ("value", "separator"),
    [("PATCHT", True), ("patch-t", True), ("PATCH T", True), ("ASN00123", False)],
)
def test_is_separator_value(value: str, separator: bool) -> None:
    assert bc.is_separator_value(value) is separator

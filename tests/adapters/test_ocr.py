"""OCR with real Tesseract, through both engines: text, confidence, orientation, regions, errors."""

from __future__ import annotations

import io
import stat
from collections.abc import Iterator
from pathlib import Path

import pytesseract
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docsplit.adapters import ocr, tesseract
from docsplit.adapters.pdftext import PdfText
from docsplit.errors import OcrFailed, OcrUnavailable

pytestmark = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract not installed")

ENGINES = {"tesserocr": tesseract.LibraryEngine, "cli": tesseract.CliEngine}


@pytest.fixture(params=sorted(ENGINES), autouse=True)
def engine(request: pytest.FixtureRequest) -> Iterator[tesseract.Engine]:
    """Every test here runs with each engine (the in-process library and the binary)."""
    chosen = ENGINES[request.param]()
    if not chosen.available():
        pytest.skip(f"OCR engine {request.param} is not available here")
    with tesseract.using(chosen):
        yield chosen


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
    result = ocr.recognise(Image.new("L", (600, 800), 255), timeout=30)
    assert result.rotation == 0 and not result.words


@pytest.mark.parametrize("engine", ["cli"], indirect=True)
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


@pytest.mark.parametrize("engine", ["tesserocr"], indirect=True)
def test_missing_language_data_is_ocr_unavailable(page_image: Image.Image, tmp_path: Path) -> None:
    with (
        tesseract.using(tesseract.LibraryEngine(tessdata=str(tmp_path))),
        pytest.raises(OcrUnavailable, match="language data missing"),
    ):
        ocr.recognise(page_image, timeout=10)


@pytest.mark.parametrize("engine", ["cli"], indirect=True)
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


# -- reading part of a page ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def letter_image(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """A page with a header block at the top, body text in the middle and a footer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, h - 80, "Northwind Traders Invoice")
    c.setFont("Helvetica", 12)
    c.drawString(72, h - 110, "Invoice number 4711 dated 3 March 2026")
    for i in range(12):
        c.drawString(72, h * 0.62 - i * 20, f"Middle line {i} about freight charges and terms")
    c.drawString(w / 2 - 40, 40, "Page 1 of 2")
    c.showPage()
    c.save()
    path = tmp_path_factory.mktemp("ocr") / "letter.pdf"
    path.write_bytes(buf.getvalue())
    with PdfText(path) as pdf:
        return pdf.render(1, 150)


def test_band_edges_move_into_white_space(letter_image: Image.Image) -> None:
    (top_a, top_b), (bottom_a, bottom_b) = ocr.band_regions(letter_image, 0.30, 0.12)
    assert top_a == 0.0 and bottom_b == 1.0
    assert abs(top_b - 0.30) <= 0.04 and abs(bottom_a - 0.88) <= 0.04
    # The cut rows hold no ink: no line of text is cut in two.
    for share in (top_b, bottom_a):
        y = int(share * letter_image.height)
        row = letter_image.convert("L").crop((0, y, letter_image.width, y + 1))
        assert min(row.tobytes()) > 200


def test_bands_are_read_in_one_call_with_page_coordinates(letter_image: Image.Image) -> None:
    part = ocr.recognise(letter_image, timeout=60, bands=(0.30, 0.12))
    assert part.partial and len(part.regions) == 2
    assert "Invoice number 4711" in part.lines(bottom=part.regions[0][1])
    assert "Page 1 of 2" in part.lines(top=part.regions[1][0])
    assert "Middle line" not in part.text
    page = next(w for w in part.words if w.text == "Page")
    assert page.top > 0.9  # back in the page's coordinates, not the stacked image's
    northwind = next(w for w in part.words if w.text == "Northwind")
    assert northwind.top < 0.15


def test_complete_adds_the_middle_in_reading_order(letter_image: Image.Image) -> None:
    part = ocr.recognise(letter_image, timeout=60, bands=(0.30, 0.12))
    whole = ocr.complete(part, letter_image, timeout=60)
    assert not whole.partial
    text = whole.text
    assert text.index("4711") < text.index("Middle line 0") < text.index("Middle line 11")
    assert text.index("Middle line 11") < text.index("Page 1 of 2")
    assert {w.text for w in whole.words} >= {w.text for w in part.words}
    assert all(f"Middle line {i} " in text for i in range(12))
    assert whole.confidence is not None and whole.confidence > 80
    full = ocr.recognise(letter_image, timeout=60)
    # A whole reading needs nothing more.
    assert ocr.complete(full, letter_image) is full


def test_bands_of_an_upside_down_page_are_read_upright(letter_image: Image.Image) -> None:
    turned = letter_image.rotate(180, fillcolor=255)
    part = ocr.recognise(turned, timeout=60, bands=(0.30, 0.12))
    assert part.rotation == 180
    assert "Invoice number 4711" in part.lines(bottom=0.3)
    whole = ocr.complete(part, turned, timeout=60)
    assert "Middle line 5" in whole.text and whole.rotation == 180


@pytest.mark.parametrize("footer", ["", "Page 7"])
def test_complete_turns_a_page_whose_bands_were_empty(tmp_path: Path, footer: str) -> None:
    """An upside-down cover page with its text in the middle: the bands find nothing (or a
    page number), so the completion reads the page as a fresh one, orientation included."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    for i, line in enumerate(["Annual Report 2025", "Harbour Joinery Limited", *LINES]):
        c.drawString(72, A4[1] * 0.6 - i * 28, line)
    c.drawString(A4[0] / 2, 40, footer)
    c.showPage()
    c.save()
    path = tmp_path / "cover.pdf"
    path.write_bytes(buf.getvalue())
    with PdfText(path) as pdf:
        image = pdf.render(1, 150).rotate(180, fillcolor=255)
    part = ocr.recognise(image, timeout=60, bands=(0.30, 0.12))
    assert part.partial and len(part.words) < ocr.ORIENT_MIN_WORDS
    whole = ocr.complete(part, image, timeout=60)
    assert not whole.partial and whole.rotation == 180
    assert "Annual Report 2025" in whole.text


def test_labels_and_values_in_columns_are_read_as_rows(tmp_path: Path) -> None:
    """A bill's label column and value column, and a page number far right of the footer:
    Tesseract reads them as separate blocks; the text has them on one line each, as a text
    layer would, and a skewed scan does not change that."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Courier", 11)
    labels = [("Account number:", "864 1615 434"), ("Bill number:", "90412964")]
    for i, (label, value) in enumerate(labels):
        c.drawString(300, h - 150 - i * 18, label)
        c.drawRightString(w - 60, h - 150 - i * 18, value)
    c.setFont("Helvetica", 12)
    for i in range(8):
        c.drawString(72, h * 0.6 - i * 20, f"Body line {i} about the charges for this period")
    c.setFont("Helvetica", 8)
    c.drawString(72, 40, "Valewood Gas Company - Registered in England No. 9458040")
    c.setFont("Helvetica", 10)
    c.drawRightString(w - 60, 40, "p. 2")
    c.showPage()
    c.save()
    path = tmp_path / "bill.pdf"
    path.write_bytes(buf.getvalue())
    with PdfText(path) as pdf:
        image = pdf.render(1, 200)
    for angle in (0.0, 1.0):
        skewed = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BILINEAR)
        result = ocr.recognise(skewed, timeout=60, detect_orientation=False)
        lines = result.text.splitlines()
        assert "Account number: 864 1615 434" in lines, lines
        assert "Bill number: 90412964" in lines, lines
        assert result.lines(top=0.9).splitlines()[-1].endswith("2")

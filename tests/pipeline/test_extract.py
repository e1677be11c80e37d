"""Per-page feature extraction with real PDFs and the real Tesseract binary."""

from __future__ import annotations

import concurrent.futures
import io
from collections.abc import Iterator
from pathlib import Path

import attrs
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytesseract
import pytest
from PIL import Image
from reportlab.graphics.barcode import code39
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import bills_pdf
from docsplit.adapters import ocr, tesseract
from docsplit.errors import Cancelled, OcrUnavailable
from docsplit.models import OcrMode, OcrScope, PageInfo, ProcessingOptions, Proposal, Stage
from docsplit.pipeline.analyse import AnalysisStats, analyse
from docsplit.pipeline.extract import (
    PageFeatures,
    Throttle,
    _ocr_layout,
    analyse_pages,
    complete_pages,
    ink_share,
    type_size,
)
from docsplit.pipeline.progress import CancelToken, no_progress

needs_tesseract = pytest.mark.skipif(
    not ocr.tesseract_available(), reason="tesseract not installed"
)

LETTER = [
    "Northwind Traders Ltd",
    "Invoice No: INV40711",
    "Dear customer, thank you for your order of office chairs.",
    "The goods were delivered on the date shown above.",
    "Total due 1,250.00",
]


def born_digital(
    pages: list[list[str]], barcode_on: int | None = None, barcode: str = "PATCHT"
) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i, lines in enumerate(pages, 1):
        y = A4[1] - 80
        for line in lines:
            c.setFont("Helvetica", 14)
            c.drawString(72, y, line)
            y -= 24
        if i == barcode_on:
            code39.Standard39(barcode, barHeight=60, barWidth=1.4, checksum=0).drawOn(c, 150, 400)
        c.showPage()
    c.save()
    return buf.getvalue()


def scanned(pdf: bytes, turn: dict[int, int], dpi: int = 150) -> bytes:
    """Render each page to an image (turned counter-clockwise per ``turn``), image-only PDF."""
    doc = pdfium.PdfDocument(pdf)
    images: list[Image.Image] = []
    for i in range(len(doc)):
        image = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        images.append(image.rotate(turn.get(i + 1, 0), expand=True, fillcolor=255))
    doc.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return out.getvalue()


@pytest.fixture(scope="module")
def pool() -> Iterator[concurrent.futures.ThreadPoolExecutor]:
    with concurrent.futures.ThreadPoolExecutor(2) as executor:
        yield executor


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = born_digital([LETTER, [], LETTER[::-1]])
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(scanned(pdf, {3: 180}))
    return path


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Stage, int, int]] = []

    def __call__(self, stage: Stage, current: int, total: int, message: str = "") -> None:
        self.calls.append((stage, current, total))


def run(path: Path, pool: concurrent.futures.Executor, **kw: object) -> list[PageFeatures]:
    options = kw.pop("options", ProcessingOptions())
    return analyse_pages(
        path,
        options,  # type: ignore[arg-type]
        dpi=200,
        ocr_timeout_s=60,
        language="eng",
        pool=pool,
        progress=kw.pop("progress", no_progress),  # type: ignore[arg-type]
        cancel=kw.pop("cancel", CancelToken()),  # type: ignore[arg-type]
        scope=kw.pop("scope", OcrScope.FULL),  # type: ignore[arg-type]
    )


def analyse_all(
    path: Path, pool: concurrent.futures.Executor, scope: OcrScope = OcrScope.ADAPTIVE
) -> tuple[list[PageInfo], Proposal, AnalysisStats]:
    """The whole analysis (features, adaptive OCR, boundaries) as a session runs it."""
    return analyse(
        path,
        ProcessingOptions(),
        dpi=200,
        ocr_timeout_s=60,
        language="eng",
        pool=pool,
        progress=no_progress,
        cancel=CancelToken(),
        ocr_scope=scope,
    )


@needs_tesseract
def test_scanned_pages_are_ocred_turned_and_blank_detected(
    scan_pdf: Path, pool: concurrent.futures.Executor
) -> None:
    progress = Recorder()
    pages = run(scan_pdf, pool, progress=progress)
    first, blank, upside_down = pages
    assert first.ocr_used and "INV40711" in first.text and first.rotation == 0
    assert first.ocr_confidence is not None and first.ocr_confidence > 70
    assert "Northwind" in first.top_text
    assert blank.is_blank and not blank.ocr_used and blank.text == ""
    assert upside_down.ocr_used and upside_down.rotation == 180
    assert "office chairs" in upside_down.text
    info = upside_down.to_page_info()
    assert (info.number, info.ocr_used, info.rotation, info.is_blank) == (3, True, 180, False)
    stages = [c for c in progress.calls if c[0] is Stage.TEXT_EXTRACTION]
    assert stages[-1] == (Stage.TEXT_EXTRACTION, 3, 3)
    ocr_calls = [c for c in progress.calls if c[0] is Stage.OCR]
    # The blank page counts as an OCR page until its pixels show it is blank.
    assert ocr_calls[0] == (Stage.OCR, 0, 3) and ocr_calls[-1] == (Stage.OCR, 3, 3)


def test_born_digital_pages_need_no_ocr_and_separators_are_found(
    tmp_path: Path, pool: concurrent.futures.Executor
) -> None:
    path = tmp_path / "digital.pdf"
    path.write_bytes(born_digital([LETTER, [], ["PATCH T separator"], LETTER], barcode_on=3))
    progress = Recorder()
    pages = run(path, pool, progress=progress)
    assert [p.ocr_used for p in pages] == [False] * 4
    assert "Dear customer" in pages[0].text
    assert pages[1].is_blank
    assert pages[2].barcodes == ("PATCHT",) and pages[2].is_separator
    assert not any(c[0] is Stage.OCR for c in progress.calls)


def test_a_ticket_with_its_code_is_no_separator_sheet(
    tmp_path: Path, pool: concurrent.futures.Executor
) -> None:
    ticket = ["NATIONAL RAIL ANYTIME RETURN", "LEDBURY - KIDDERMINSTER", "23/02/2024 ADULT 59.88"]
    for lines, code, separator in [(ticket, "TKT4711", False), (["ASN00042"], "ASN00042", True)]:
        path = tmp_path / f"{code}.pdf"
        path.write_bytes(born_digital([LETTER, lines], barcode_on=2, barcode=code))
        second = run(path, pool)[1]
        assert second.barcodes == (code,)
        assert (second.is_separator, second.is_barcode_slip) == (separator, not separator)


@needs_tesseract
def test_ocr_never_and_always(scan_pdf: Path, pool: concurrent.futures.Executor) -> None:
    never = run(scan_pdf, pool, options=ProcessingOptions(ocr=OcrMode.NEVER))
    assert not any(p.ocr_used for p in never)
    assert [p.text for p in never] == ["", "", ""]


@pytest.fixture(params=["tesserocr", "cli"])
def no_tesseract(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Tesseract not installed, as each engine sees it: no language data, no binary."""
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    engine: tesseract.Engine = (
        tesseract.LibraryEngine(tessdata=str(tmp_path / "no-tessdata"))
        if request.param == "tesserocr"
        else tesseract.CliEngine()
    )
    with tesseract.using(engine):
        yield


@pytest.mark.usefixtures("no_tesseract")
def test_missing_tesseract(
    scan_pdf: Path, tmp_path: Path, pool: concurrent.futures.Executor
) -> None:
    # Nothing readable at all: a clear error for the session.
    with pytest.raises(OcrUnavailable):
        run(scan_pdf, pool)
    # A mixed stream keeps working; the image pages are marked for a warning.
    mixed = tmp_path / "mixed.pdf"
    scan_doc = pdfium.PdfDocument(str(scan_pdf))
    text_doc = pdfium.PdfDocument(born_digital([LETTER]))
    text_doc.import_pages(scan_doc, [0])
    text_doc.save(str(mixed))
    text_doc.close()
    scan_doc.close()
    pages = run(mixed, pool)
    assert pages[0].ocr_error is None and "INV40711" in pages[0].text
    assert pages[1].ocr_error is not None and pages[1].ocr_error.startswith("ocr_unavailable")


@needs_tesseract
def test_adaptive_scope_reads_bands_then_completes_on_request(
    tmp_path: Path, pool: concurrent.futures.Executor
) -> None:
    lines = ["Northwind Traders Ltd", "Invoice No: INV40711"] + [""] * 9
    lines += [f"Body line {i} about the office chairs ordered" for i in range(6)]
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned(born_digital([lines, []]), {}))
    pages = run(path, pool, scope=OcrScope.ADAPTIVE)
    first, blank = pages
    assert first.ocr_partial and first.to_page_info().ocr_partial
    assert "INV40711" in first.text and "Body line" not in first.text
    assert blank.is_blank and not blank.ocr_partial
    progress = Recorder()
    done = complete_pages(
        path,
        pages,
        [1, 2],
        dpi=200,
        ocr_timeout_s=60,
        language="eng",
        pool=pool,
        progress=progress,
        cancel=CancelToken(),
    )
    assert not done[0].ocr_partial and not done[0].to_page_info().ocr_partial
    assert "INV40711" in done[0].text and "Body line 5 about the office chairs" in done[0].text
    assert done[0].text.index("INV40711") < done[0].text.index("Body line 0")
    assert done[1] is pages[1]  # nothing to add to a blank page
    assert progress.calls[0] == (Stage.BOUNDARY_DETECTION, 0, 1)
    assert progress.calls[-1] == (Stage.BOUNDARY_DETECTION, 1, 1)


def test_cancel_between_pages(scan_pdf: Path, pool: concurrent.futures.Executor) -> None:
    token = CancelToken()
    token.cancel("user asked")
    with pytest.raises(Cancelled, match="user asked"):
        run(scan_pdf, pool, cancel=token)


@needs_tesseract
def test_analyse_end_to_end(tmp_path: Path, pool: concurrent.futures.Executor) -> None:
    path = tmp_path / "stream.pdf"
    path.write_bytes(
        born_digital(
            [
                ["ACME Ltd", "Invoice No: A10001", "Page 1 of 2"],
                ["Invoice No: A10001 continued", "Total due 10.00", "Page 2 of 2"],
                [],
                ["Bluewater Energy", "Dear Anna,", "Subject: your meter reading", "Page 1 of 1"],
            ]
        )
    )
    pages, proposal, stats = analyse_all(path, pool)
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 2), (4, 4)]
    assert proposal.excluded_pages == (3,)
    assert proposal.documents[1].title == "your meter reading"
    assert stats.pages == 4 and stats.ocr_pages == 0 and stats.total_seconds >= 0


@needs_tesseract
@pytest.mark.parametrize("scope", list(OcrScope))
def test_scanned_label_and_value_columns_split_two_bills(
    tmp_path: Path, pool: concurrent.futures.Executor, scope: OcrScope
) -> None:
    """Two scanned bills alike but for the bill number printed in a column of its own: the
    OCR text has "Bill number: 90412964" on one line, so the changed number splits them."""
    path = tmp_path / "bills.pdf"
    path.write_bytes(scanned(bills_pdf(["90412964", "82475316"]), {}, dpi=200))
    pages, proposal, _ = analyse_all(path, pool, scope)
    assert "Bill number: 90412964" in pages[0].text.splitlines()
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 1), (2, 2)]
    assert any("82475316" in reason for reason in proposal.documents[1].reasons)


@needs_tesseract
def test_a_scanned_page_with_a_barcode_and_text_mid_page_is_no_separator(
    tmp_path: Path, pool: concurrent.futures.Executor
) -> None:
    """Under the adaptive scope a page is first read by its bands; a returns form with its
    barcode at the top and its text mid-page would look like a barcode sheet from the bands
    alone. A page with a barcode is read whole, so it stays a document page."""
    from reportlab.graphics.barcode import code128

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    code128.Code128("RMA9971799", barHeight=40, barWidth=1.2).drawOn(c, 60, h - 110)
    c.setFont("Helvetica", 12)
    for i in range(16):
        c.drawString(60, h * 0.62 - i * 18, f"Returned item {i}: kettle, reason faulty, refund")
    c.showPage()
    c.save()
    path = tmp_path / "rma.pdf"
    path.write_bytes(scanned(buf.getvalue(), {}, dpi=200))
    (page,) = run(path, pool, scope=OcrScope.ADAPTIVE)
    assert page.barcodes == ("RMA9971799",)
    assert not page.ocr_partial and "Returned item 7" in page.text
    assert not page.is_separator


def test_throttle_limits_rate_but_sends_the_last() -> None:
    calls = Recorder()
    tick = Throttle(calls, Stage.TEXT_EXTRACTION, 1000, rate=20)
    for i in range(1, 1001):
        tick(i)
    assert 1 <= len(calls.calls) <= 5
    assert calls.calls[-1] == (Stage.TEXT_EXTRACTION, 1000, 1000)


def test_ink_share() -> None:
    assert ink_share(Image.new("L", (800, 1000), 255)) == 0.0
    page = Image.new("L", (800, 1000), 255)
    page.paste(0, (100, 100, 700, 300))
    assert ink_share(page) > 0.1


def test_a_page_that_only_says_patch_t_is_a_separator() -> None:
    def features(text: str) -> PageFeatures:
        return PageFeatures(
            number=1,
            width=595.0,
            height=842.0,
            text=text,
            top_text="",
            bottom_text="",
            large_text=text,
            max_font_size=28.0,
            body_font_size=28.0,
        )

    assert features("PATCH T").is_separator and features(" patch ii\n").is_separator
    assert not features("PATCH T notes for the patch release").is_separator


def _ocr_page(words: list[tuple[str, float]]) -> ocr.OcrResult:
    """An OCR result of ``words`` (text, type size in points), one per line from the top, with
    boxes as tall as Helvetica's letters in them reach (x-height 0.52, capitals and
    ascenders 0.72, descenders 0.21 of the size)."""
    out = []
    for i, (text, size) in enumerate(words):
        up = any(ch.isupper() or ch.isdigit() or ch in "bdfhiklt" for ch in text)
        down = any(ch in "gjpqy" for ch in text)
        reach = (0.72 if up else 0.52) + (0.21 if down else 0.0)
        out.append(ocr.OcrWord(text, 0.1, 0.05 + i * 0.03, 0.1, size * reach / 792, 90.0, i))
    return ocr.OcrResult(" ".join(t for t, _ in words), tuple(out), 90.0, 0)


def test_ocr_type_sizes_do_not_depend_on_the_letters_of_a_word() -> None:
    body = [("Typically", 10.0), ("we", 10.0), ("renew", 10.0), ("your", 10.0), ("cover", 10.0)]
    # One size throughout: "Typically" reaches higher and lower than "renew", yet is no title.
    same = _ocr_layout(_ocr_page(body * 3))
    assert same["large_text"] == "" and same["max_font_size"] == same["body_font_size"]
    # A title in capitals four points larger than the body stands out, though its box is no
    # taller than that of "Typically".
    titled = _ocr_layout(_ocr_page([("INVOICE", 14.0), *body * 3]))
    assert titled["large_text"] == "INVOICE"
    assert float(titled["max_font_size"]) >= 1.2 * float(titled["body_font_size"])  # type: ignore[arg-type]
    assert type_size("ace", 0.5) == type_size("Budget", 0.93) == type_size("INVOICE", 0.72)
    # A word whose box touches a form's frame is as tall as the frame: its width tells.
    framed = _ocr_page(body * 3)
    box = ocr.OcrWord("am", 0.3, 0.02, 0.012, 60 / 792, 90.0, 99)
    framed = attrs.evolve(framed, words=(box, *framed.words))
    assert _ocr_layout(framed)["large_text"] == ""

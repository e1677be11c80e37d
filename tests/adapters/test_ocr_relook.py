"""What a cheap scanner does to small and shaded print, and how the OCR still reads it: text on
a grey band (Sauvola binarisation), lone page numbers (short unsure lines read again) and the
values in a form's ruled boxes (read from their own crops)."""

from __future__ import annotations

import concurrent.futures
import io
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docsplit.adapters import ocr, tesseract
from docsplit.adapters.pdftext import PdfText
from docsplit.models import OcrScope, ProcessingOptions
from docsplit.pipeline.boundaries.cues import find_numbering
from docsplit.pipeline.extract import analyse_pages
from docsplit.pipeline.progress import CancelToken, no_progress

ENGINES = {"tesserocr": tesseract.LibraryEngine, "cli": tesseract.CliEngine}
FOOTER = "Registered in England and Wales, company no. 12848003. VAT reg. no. 106 8428 15"


def scanned(
    tmp_path_factory: pytest.TempPathFactory,
    draw: str,
    dpi: int = 200,
    number: str = "",
    *,
    font: tuple[str, float, float] = ("Helvetica", 8, 0.0),
) -> Image.Image:
    """A page with a shaded letterhead band (``draw="band"``) or a small page number
    (``draw``, in ``font``: name, size, grey), rendered and degraded like the generated scans:
    speckle noise, blur, paper whitened."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 110, "PO Box 771, Chester CH99 3FF, telephone 0345 266 0404")
    if draw == "band":
        c.setFillGray(0.82)
        c.rect(0, h - 80, w, 50, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Courier-Bold", 18)
        c.drawString(50, h - 62, "FleetFuel Card Services")
        draw = number
    if draw:
        c.setFont(font[0], font[1])
        c.setFillGray(font[2])
        c.drawCentredString(w / 2, 60, draw)
        c.setFillGray(0)
    c.setFont("Times-Roman", 7)
    c.drawCentredString(w / 2, 40, FOOTER)
    c.showPage()
    c.save()
    return as_scan(tmp_path_factory, buf.getvalue(), dpi)


def as_scan(tmp_path_factory: pytest.TempPathFactory, pdf_bytes: bytes, dpi: int) -> Image.Image:
    """The PDF's first page rendered and degraded like the generated scans."""
    path = tmp_path_factory.mktemp("scan") / "page.pdf"
    path.write_bytes(pdf_bytes)
    with PdfText(path) as pdf:
        image = pdf.render(1, dpi).convert("L")
    rng = random.Random(1)
    speckle = Image.frombytes(
        "L", image.size, bytes(rng.randrange(256) for _ in range(image.width * image.height))
    ).filter(ImageFilter.GaussianBlur(0.6))
    image = Image.blend(image, speckle, 0.12).point(lambda v: 255 if v > 235 else v)
    return image.filter(ImageFilter.GaussianBlur(0.5))


@pytest.fixture(params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest) -> Iterator[tesseract.Engine]:
    chosen = ENGINES[request.param]()
    if not chosen.available():
        pytest.skip(f"OCR engine {request.param} is not available here")
    with tesseract.using(chosen):
        yield chosen


@pytest.mark.usefixtures("engine")
def test_text_on_a_shaded_band_is_read(tmp_path_factory: pytest.TempPathFactory) -> None:
    # With one threshold for the page (Otsu, Tesseract's default) the grey band becomes a black
    # bar and the sender's name is lost.
    result = ocr.recognise(scanned(tmp_path_factory, "band"), timeout=60, bands=(0.2, 0.15))
    assert "FleetFuel Card Services" in result.text


def boxed_form(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """A test report's grid of ruled boxes, a small label in each corner and the value under
    it (as the garage's MOT reports print them), scanned."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 60, "Prüfbericht über die Hauptuntersuchung nach § 29 StVZO")
    c.setFont("Helvetica", 8)
    c.drawString(40, h - 74, "Prüfort: Kfz-Technik Özdemir, Evinger Straße 98, 44145 Dortmund")
    fields = [
        ("Amtl. Kennzeichen", "DO-OP 1605", "Hersteller / Typ", "Fiat Ducato 2.3 Multijet"),
        ("Fahrzeug-Ident.-Nr.", "ZFA25000001234567", "Erstzulassung", "01/2015"),
        ("Wegstreckenzähler", "184.869 km", "Prüfdatum", "14.09.2024"),
        ("Bericht-Nr.", "31250460740", "Nächste HU", "09/2026"),
    ]
    top = h - 90
    for row, (label1, value1, label2, value2) in enumerate(fields):
        y = top - 26 * row
        for x, label, value in ((40, label1, value1), (w / 2, label2, value2)):
            c.rect(x, y - 26, w / 2 - 40, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 5)
            c.drawString(x + 3, y - 7, label)
            c.setFont("Helvetica", 10)
            c.drawString(x + 6, y - 21, value)
    c.setFont("Helvetica", 10)
    c.drawString(40, top - 140, "Untersuchung der Abgase (AU): bestanden")
    c.showPage()
    c.save()
    return as_scan(tmp_path_factory, buf.getvalue(), 200)


@pytest.mark.usefixtures("engine")
def test_the_values_in_a_forms_ruled_boxes_are_read(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = boxed_form(tmp_path_factory)
    values = ["DO-OP 1605", "Fiat Ducato 2.3 Multijet", "184.869 km", "31250460740", "09/2026"]
    text = ocr.recognise(image, timeout=60).text
    assert all(value in text for value in values), text
    assert "Hersteller" in text and "Bericht-Nr." in text
    # Tesseract alone reads the small labels and drops values in their boxes.
    monkeypatch.setattr(ocr.ocrboxes, "unread_marks", lambda sheet, words: [])
    first = ocr.recognise(image, timeout=60).text
    assert "DO-OP 1605" not in first and "Fiat Ducato" not in first, first


@pytest.mark.usefixtures("engine")
@pytest.mark.parametrize(("label", "read"), [("- 2 -", "-2-"), ("1/1", "1/1")])
def test_a_lone_small_page_number_is_read_again(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
    read: str,
) -> None:
    image = scanned(tmp_path_factory, label)
    result = ocr.recognise(image, timeout=60, bands=(0.2, 0.15))
    lines = result.lines(top=0.85).splitlines()
    assert read in [line.replace(" ", "") for line in lines], lines
    number = next(w for w in result.words if w.text.replace(" ", "") == read)
    # In the page's coordinates, where the number is printed (60 pt from the bottom, centred).
    assert abs(number.top + number.height / 2 - (1 - 62 / A4[1])) < 0.01
    assert abs(number.left + number.width / 2 - 0.5) < 0.02
    # Read as the page is, the number is lost: "<2", "4/4".
    monkeypatch.setattr(ocr, "RELOOK_MAX", 0)
    first = ocr.recognise(image, timeout=60, bands=(0.2, 0.15))
    assert read not in [line.replace(" ", "") for line in first.lines(top=0.85).splitlines()]


@pytest.mark.usefixtures("engine")
def test_a_page_number_tesseract_dropped_is_found_as_unread_ink(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A light, small "- 1 -": Tesseract's layout analysis leaves it out of the page altogether.
    image = scanned(tmp_path_factory, "- 1 -", font=("Times-Roman", 7, 0.5))
    read = "1"
    result = ocr.recognise(image, timeout=60, bands=(0.2, 0.15))
    lines = [line.replace(" ", "") for line in result.lines(top=0.85).splitlines()]
    assert any(read in line for line in lines if len(line) <= 5), lines
    number = next(w for w in result.words if w.text.strip("-") == read)
    # In the page's coordinates, where the number is printed (60 pt from the bottom, centred).
    assert abs(number.top + number.height / 2 - (1 - 62 / A4[1])) < 0.01
    assert abs(number.left + number.width / 2 - 0.5) < 0.02
    # Without the search for unread ink, Tesseract's layout analysis drops the light mark.
    monkeypatch.setattr(ocr, "INK_MAX", 0)
    first = ocr.recognise(image, timeout=60, bands=(0.2, 0.15))
    lines = [line.replace(" ", "") for line in first.lines(top=0.85).splitlines()]
    assert not any(read in line for line in lines if len(line) <= 5), lines


class TableEngine:
    """An engine that answers every crop with the next canned word table."""

    name = "fake"

    def __init__(self, answers: list[tesseract.WordTable]) -> None:
        self.answers = answers
        self.crops: list[tuple[int, int]] = []

    def available(self) -> bool:
        return True

    def data(
        self, image: Image.Image, *, language: str, psm: int, timeout: float
    ) -> dict[str, list[str]]:
        assert psm == 7
        self.crops.append(image.size)
        return self.answers.pop(0) if self.answers else table([])

    def data_many(
        self, images: Sequence[Image.Image], *, language: str, psm: int, timeout: float
    ) -> list[tesseract.WordTable]:
        return [self.data(im, language=language, psm=psm, timeout=timeout) for im in images]

    def orientation(self, image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
        return None


def table(words: list[tuple[str, float, tuple[int, int, int, int], int]]) -> tesseract.WordTable:
    """A word table of (text, confidence, (left, top, width, height), line) words."""
    out: tesseract.WordTable = {c: [] for c in tesseract.COLUMNS}
    for n, (text, conf, (left, top, width, height), line) in enumerate(words):
        row = {
            "level": "5",
            "page_num": "1",
            "block_num": str(line),
            "par_num": "1",
            "line_num": "1",
            "word_num": str(n + 1),
            "left": str(left),
            "top": str(top),
            "width": str(width),
            "height": str(height),
            "conf": str(conf),
            "text": text,
        }
        for c in tesseract.COLUMNS:
            out[c].append(row[c])
    return out


def test_only_short_unsure_lines_are_read_again_and_only_a_better_reading_is_taken() -> None:
    sheet = Image.new("L", (1000, 400), 255)
    data = table(
        [
            ("Registered", 96.0, (100, 300, 90, 14), 1),
            ("office", 95.0, (200, 300, 50, 14), 1),
            ("Invoice", 55.0, (100, 40, 70, 15), 2),  # short, unsure, no better again
            ("x", 41.0, (480, 250, 10, 15), 3),  # short, unsure: "- 2 -" misread
            ("oes", 33.0, (495, 250, 30, 15), 3),
        ]
    )
    fake = TableEngine(
        [
            table([("lnvoice", 58.0, (10, 10, 140, 30), 1)]),  # "Invoice" as scanned
            table([("Invoice", 60.0, (10, 10, 140, 30), 1)]),  # ... and in black and white
            table([("-2-", 88.0, (16, 8, 96, 28), 1)]),  # "x oes" as scanned
            table([("-2-", 84.0, (16, 8, 96, 28), 1)]),
        ]
    )
    with tesseract.using(fake):  # type: ignore[arg-type]
        out = ocr.relook_short_lines(sheet, data, language="eng", timeout=5)
    # The confident line was not read again; each unsure line was, twice, enlarged to ~30 px.
    assert len(fake.crops) == 4 and all(h >= 28 for _, h in fake.crops)
    words = [
        (t, c) for t, c, lv in zip(out["text"], out["conf"], out["level"], strict=True) if lv == "5"
    ]
    assert words == [
        ("Registered", "96.0"),
        ("office", "95.0"),
        ("Invoice", "55.0"),
        ("-2-", "88.0"),
    ]
    i = out["text"].index("-2-")
    # Back in the sheet's coordinates: the crop began 7 px (half the line) before the line,
    # and was read at twice the size.
    assert (out["left"][i], out["top"][i], out["height"][i]) == ("481", "247", "14")
    assert out["block_num"][i] == "3"


def test_a_page_of_scraps_reads_again_a_handful_of_lines_at_most() -> None:
    sheet = Image.new("L", (1000, 2000), 255)
    data = table([("~", 20.0, (100, 40 * k + 20, 20, 15), k) for k in range(30)])
    fake = TableEngine([])
    with tesseract.using(fake):  # type: ignore[arg-type]
        out = ocr.relook_short_lines(sheet, data, language="eng", timeout=5)
    assert len(fake.crops) == 2 * ocr.RELOOK_MAX
    assert out == data


def test_a_scanned_page_s_letterhead_and_page_number_reach_the_boundary_cues(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Through the pipeline's page analysis (adaptive scope: the bands only), as the server
    runs it."""
    image = scanned(tmp_path_factory, "band", number="- 2 -")
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=200.0)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        (features,) = analyse_pages(
            path,
            ProcessingOptions(),
            dpi=200,
            ocr_timeout_s=60,
            language="eng",
            pool=pool,
            progress=no_progress,
            cancel=CancelToken(),
            scope=OcrScope.ADAPTIVE,
        )
    assert features.ocr_used and features.ocr_partial
    assert features.top_text.startswith("FleetFuel Card Services")
    numbering = find_numbering(features)
    assert numbering is not None and numbering.number == 2


def test_unread_ink_is_a_short_mark_near_the_page_edge_that_no_word_covers() -> None:
    sheet = Image.new("L", (1000, 1400), 255)
    sheet.paste(0, (480, 1350, 490, 1366))  # a lone "1" near the bottom edge
    sheet.paste(0, (100, 1300, 900, 1314))  # a footer line Tesseract read
    sheet.paste(0, (300, 600, 310, 616))  # a mark mid-page: not where page numbers stand
    sheet.paste(0, (700, 1380, 701, 1381))  # a speck
    data = table([("Registered office", 95.0, (100, 1300, 800, 14), 1)])
    zones = [(0, 140), (1260, 1400)]
    assert ocr.unread_ink(sheet, data, zones) == [(480, 1348, 492, 1368)]
    # An edge full of unread ink is a picture, not a page number: nothing is read.
    for k in range(5):
        sheet.paste(0, (100 + 150 * k, 20, 110 + 150 * k, 36))
    assert ocr.unread_ink(sheet, data, [(0, 140)]) == []


def test_an_unread_mark_counts_when_it_reads_as_a_number() -> None:
    sheet = Image.new("L", (1000, 400), 255)
    data = table([("Registered", 96.0, (100, 300, 90, 14), 1)])
    marks = [(480, 350, 520, 366), (700, 350, 740, 366), (100, 20, 140, 36)]
    fake = TableEngine(
        [
            table([("ee", 22.0, (10, 10, 80, 30), 1)]),  # "- 1 -" as scanned
            table([("-l-", 63.0, (16, 8, 96, 28), 1)]),  # ... in black and white: "l" is 1
            table([("x", 90.0, (10, 10, 20, 30), 1)]),  # a mark without a digit
            table([]),
            table([("Page", 90.0, (10, 10, 60, 30), 1), ("2", 88.0, (80, 10, 20, 30), 1)]),
            table([]),
        ]
    )
    with tesseract.using(fake):  # type: ignore[arg-type]
        out = ocr.relook_short_lines(sheet, data, language="eng", timeout=5, unread=marks)
    words = [(t, b) for t, b, lv in zip(out["text"], out["block_num"], out["level"], strict=True)]
    assert words[0] == ("Registered", "1")
    # New lines of their own, each in a block after the page's, at the mark's place.
    assert words[1:] == [("-1-", "2"), ("Page", "3"), ("2", "3")]
    assert int(out["top"][1]) < 366 and int(out["left"][1]) >= 470


def test_a_second_look_takes_a_dashed_l_for_a_1_but_not_a_lone_bar() -> None:
    sheet = Image.new("L", (1000, 400), 255)
    data = table(
        [
            ("x", 41.0, (480, 250, 10, 15), 1),  # "- 1 -" misread
            ("i", 30.0, (100, 100, 4, 40), 2),  # a table's rule
        ]
    )
    fake = TableEngine(
        [
            table([("-l-", 88.0, (16, 8, 96, 28), 1)]),
            table([]),
            table([("|", 85.0, (10, 0, 8, 40), 1)]),
            table([]),
        ]
    )
    with tesseract.using(fake):  # type: ignore[arg-type]
        out = ocr.relook_short_lines(sheet, data, language="eng", timeout=5)
    assert [t for t, lv in zip(out["text"], out["level"], strict=True) if lv == "5"] == ["-1-", "|"]

"""Which orientation a page is read in when OSD cannot tell (a fake engine: the real one's
doubt cannot be produced on demand; tests/adapters/test_ocr.py turns pages with Tesseract)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PIL import Image

from docsplit.adapters import ocr, tesseract

WORDS = [
    "Schadenanzeige",
    "Formular",
    "CL-4",
    "Erklaerung",
    "des",
    "Versicherungsnehmers",
    "zum",
    "Schaden",
    "vom",
    "dritten",
    "Maerz",
    "am",
    "Muehlbach",
    "in",
    "Kirchbach",
]


class DoubtfulEngine:
    """Reads the page well only when its marker pixel is top-left (the page is upright) and
    garbage otherwise; OSD always answers with a confidence below the threshold."""

    name = "fake"

    def __init__(self, osd: tuple[int, float] | None) -> None:
        self.osd = osd
        self.reads = 0

    def available(self) -> bool:
        return True

    def data(
        self, image: Image.Image, *, language: str, psm: int, timeout: float
    ) -> tesseract.WordTable:
        self.reads += 1
        upright = image.getpixel((2, 2)) == 0
        words = WORDS if upright else ["ZUOAT", "ai1ag", "Srezueuapryrs", "ym", "Ainfur"]
        conf = "95" if upright else "30"
        table: tesseract.WordTable = {c: [] for c in tesseract.COLUMNS}
        for i, word in enumerate(words):
            row = {"text": word, "conf": conf, "left": str(10 + 30 * i), "top": "10"}
            row |= {"width": "25", "height": "8", "block_num": "1", "par_num": "1"}
            row |= {"line_num": "1"}
            for column in tesseract.COLUMNS:
                table[column].append(row.get(column, "0"))
        return table

    def data_many(
        self, images: Sequence[Image.Image], *, language: str, psm: int, timeout: float
    ) -> list[tesseract.WordTable]:
        return [self.data(im, language=language, psm=psm, timeout=timeout) for im in images]

    def orientation(self, image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
        return self.osd


def page(turned: int) -> Image.Image:
    """A white page with a black marker top-left, turned counter-clockwise by ``turned``."""
    image = Image.new("L", (400, 300), 255)
    for x in range(5):
        for y in range(5):
            image.putpixel((x, y), 0)
    return image.rotate(turned, expand=True)


@pytest.fixture
def doubtful() -> Iterator[DoubtfulEngine]:
    engine = DoubtfulEngine(osd=(90, 0.6))
    with tesseract.using(engine):
        yield engine


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_a_garbled_reading_tries_the_other_orientations(
    doubtful: DoubtfulEngine, turned: int
) -> None:
    result = ocr.recognise(page(turned), timeout=10)
    assert result.rotation == turned
    assert "Schadenanzeige" in result.text


def test_osd_s_weak_guess_is_tried_first(doubtful: DoubtfulEngine) -> None:
    ocr.recognise(page(90), timeout=10)
    assert doubtful.reads == 2  # as read, then OSD's guess of 90, which is good


def test_a_confident_osd_answer_of_upright_is_trusted() -> None:
    engine = DoubtfulEngine(osd=(0, 8.0))
    with tesseract.using(engine):
        result = ocr.recognise(page(180), timeout=10)
    assert result.rotation == 0 and engine.reads == 1


def test_an_upright_page_is_read_once() -> None:
    engine = DoubtfulEngine(osd=None)
    with tesseract.using(engine):
        result = ocr.recognise(page(0), timeout=10)
    assert result.rotation == 0 and engine.reads == 1

"""Orientation detection through Tesseract's C API: the same answer as tesserocr's own call,
one instance per thread, and a clean fallback where the C API is missing. (That the GIL is
free meanwhile is measured, not tested: see docs/benchmarks.md.)"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image

from conftest import pdf_bytes
from docsplit.adapters import tesseract, tessosd
from docsplit.adapters.pdftext import PdfText

tesserocr = pytest.importorskip("tesserocr")
TESSDATA = tesseract.find_tessdata()
pytestmark = pytest.mark.skipif(
    TESSDATA is None or tessosd.osd(TESSDATA) is None,
    reason="tesserocr's wheel libraries or the OSD language data are not installed",
)

LINES = [
    "Invoice 2024-118 for the delivery of packaging",
    "Please pay the amount below within thirty days",
    "of the date of this invoice to the account shown.",
    "Thank you for your order and kind regards",
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    path = tmp_path_factory.mktemp("osd") / "page.pdf"
    path.write_bytes(pdf_bytes(1, ["\n".join(LINES * 4)]))
    with PdfText(path) as pdf:
        return pdf.render(1, 150)


def _tesserocr_osd(image: Image.Image) -> tuple[int, float] | None:
    with tesserocr.PyTessBaseAPI(path=TESSDATA, lang="osd") as api:
        api.SetVariable("min_characters_to_try", "20")
        api.SetPageSegMode(tesserocr.PSM.OSD_ONLY)
        api.SetImage(image)
        found = api.DetectOrientationScript()
    if not found:
        return None
    return (360 - int(found["orient_deg"])) % 360, float(found["orient_conf"])


@pytest.mark.parametrize("turned", [0, 90, 180, 270])
def test_same_answer_as_tesserocr(page: Image.Image, turned: int) -> None:
    image = page.rotate(turned, expand=True, fillcolor=255)
    assert TESSDATA is not None
    detect = tessosd.osd(TESSDATA)
    assert detect is not None
    found = detect(image)
    assert found == _tesserocr_osd(image)
    # PIL turns counter-clockwise; turning back upright is clockwise by the same angle.
    assert found is not None and found[0] == turned


def test_library_engine_uses_it(page: Image.Image) -> None:
    engine = tesseract.LibraryEngine()
    found = engine.orientation(page.rotate(90, expand=True, fillcolor=255), timeout=60)
    assert found is not None and found[0] == 90


def test_any_image_mode_is_read(page: Image.Image) -> None:
    assert TESSDATA is not None
    detect = tessosd.osd(TESSDATA)
    assert detect is not None
    turned = page.rotate(270, expand=True, fillcolor=255)
    for mode in ("RGB", "RGBA", "LA", "P"):
        found = detect(turned.convert(mode))
        assert found is not None and found[0] == 270, mode


def test_a_blank_page_has_no_orientation() -> None:
    assert TESSDATA is not None
    detect = tessosd.osd(TESSDATA)
    assert detect is not None and detect(Image.new("L", (800, 1000), 255)) is None


def test_each_thread_has_its_own_instance(page: Image.Image) -> None:
    assert TESSDATA is not None
    mine = tessosd.osd(TESSDATA)
    theirs: list[object] = []
    results: list[tuple[int, float] | None] = []

    def other() -> None:
        detect = tessosd.osd(TESSDATA)
        assert detect is not None
        theirs.append(detect)
        results.append(detect(page.rotate(180, expand=True, fillcolor=255)))

    workers = [threading.Thread(target=other) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert mine is not None and mine.__self__ not in [f.__self__ for f in theirs]  # type: ignore[attr-defined]
    assert [r[0] if r else None for r in results] == [180, 180]


def test_missing_model_or_library_falls_back(
    page: Image.Image, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A directory without osd.traineddata: no C API instance, and the engine says why.
    assert tessosd.osd(str(tmp_path) + "/") is None
    # No wheel libraries: the engine keeps tesserocr's own call, with the same answer.
    monkeypatch.setattr(tessosd, "osd", lambda tessdata: None)
    found = tesseract.LibraryEngine().orientation(page, timeout=60)
    assert found == _tesserocr_osd(page)

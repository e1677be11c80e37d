"""Running Tesseract: in-process through tesserocr, or the ``tesseract`` binary through pytesseract.

This module owns the Tesseract binding; :mod:`docsplit.adapters.ocr` decides what to read. Both
engines give the same two things: Tesseract's word table (the TSV columns, as pytesseract's
``Output.DICT``) and the page orientation.

* ``tesserocr`` (the default when installed) keeps one Tesseract instance per worker thread with
  its model loaded, and releases the GIL while it recognises. Measured on the 50-page scanned
  benchmark stream at 200 dpi, one thread: 5.9 s for the top and bottom bands of every page,
  against 12.3 s through pytesseract, which starts a process, loads the model (~65 ms) and
  writes and parses files for every call. Its wheel brings its own libtesseract; the language
  data is the system's (``apt-get install tesseract-ocr-eng tesseract-ocr-osd``).
* ``cli``: pytesseract and the system ``tesseract`` binary, for machines without the wheel.

Both run Tesseract single-threaded (``OMP_THREAD_LIMIT=1``, set here before libtesseract is
loaded): with its default OpenMP threading two concurrent pages run about 4x slower than two
single-threaded ones on a 2-core machine, and docsplit parallelises across pages instead.

Errors: a missing engine or language becomes :class:`~docsplit.errors.OcrUnavailable`; a crash,
a bad exit status or the per-page time limit becomes :class:`~docsplit.errors.OcrFailed`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import pytesseract
from PIL import Image

from docsplit.adapters import tessosd
from docsplit.errors import OcrFailed, OcrUnavailable

# Per call, not per process: both engines read it when Tesseract starts its first thread pool.
os.environ["OMP_THREAD_LIMIT"] = "1"

try:  # the wheel is a dependency, but a source install on an odd platform may lack it
    import tesserocr
except ImportError:  # pragma: no cover - depends on the platform
    tesserocr = None

#: Leptonica's L_SEVERITY_NONE.
_LEPTONICA_QUIET = 6


def _quiet_leptonica() -> None:
    """Silence Leptonica's messages ("Error in boxClipToRectangle ...") in this process.

    In-process they would land on the server's stderr for every odd page; they are notes about
    Tesseract's own layout analysis, not errors of ours (the CLI engine throws them away too).
    """
    if tesserocr is None:
        return
    libs = Path(tesserocr.__file__).parent.parent / "tesserocr.libs"
    for lib in libs.glob("libleptonica*.so*") if libs.is_dir() else ():
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(str(lib)).setMsgSeverity(_LEPTONICA_QUIET)


_quiet_leptonica()

#: Tesseract's binarisation: 2 is Sauvola's, which thresholds each pixel against its
#: neighbourhood. The default (Otsu, one threshold per page) turns text printed on a shaded
#: band into a black bar, so a letterhead or a table head on a grey band is lost. Measured on
#: 1,547 scanned pages of the generated corpora against their clean text: word recall 0.950
#: with Otsu, 0.963 with Sauvola and the line re-reading of :mod:`docsplit.adapters.ocr`.
THRESHOLDING = "2"

#: Word table columns, as in Tesseract's TSV output.
COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)
WordTable = dict[str, list[str]]


class Engine(Protocol):
    """One way of running Tesseract."""

    name: str

    def available(self) -> bool:
        """True when this engine can run at all (cheap; does not recognise anything)."""

    def data(self, image: Image.Image, *, language: str, psm: int, timeout: float) -> WordTable:
        """The word table of ``image`` (greyscale)."""

    def data_many(
        self, images: Sequence[Image.Image], *, language: str, psm: int, timeout: float
    ) -> list[WordTable]:
        """The word tables of several small images (crops of lines), as :meth:`data` gives
        them one by one; ``timeout`` is the page's limit (the crops are a page's lines)."""

    def orientation(self, image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
        """(clockwise degrees to turn the page upright, confidence), or None when the page has
        too little text to tell."""


def parse_tsv(tsv: str) -> WordTable:
    """Tesseract's TSV (with or without its header line) as columns of strings."""
    table: WordTable = {c: [] for c in COLUMNS}
    for line in tsv.splitlines():
        cells = line.split("\t")
        if len(cells) < len(COLUMNS) - 1 or cells[0] == "level":
            continue
        cells += [""] * (len(COLUMNS) - len(cells))
        for column, cell in zip(COLUMNS, cells, strict=False):
            table[column].append(cell)
    return table


# --------------------------------------------------------------------------------------------
# tesserocr
# --------------------------------------------------------------------------------------------


def find_tessdata() -> str | None:
    """The directory of the installed language data: ``TESSDATA_PREFIX``, else where Debian,
    Fedora, Homebrew and source builds put it."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    candidates += sorted(
        (str(p) for p in Path("/usr/share/tesseract-ocr").glob("*/tessdata")), reverse=True
    )
    candidates += [
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ]
    for path in candidates:
        if path and Path(path).is_dir() and any(Path(path).glob("*.traineddata")):
            return str(Path(path)) + os.sep
    return None


class LibraryEngine:
    """Tesseract in-process through tesserocr: one instance per thread and language."""

    name = "tesserocr"

    def __init__(self, tessdata: str | None = None) -> None:
        self._tessdata = tessdata
        self._local = threading.local()

    @property
    def tessdata(self) -> str | None:
        return self._tessdata if self._tessdata is not None else find_tessdata()

    def available(self) -> bool:
        path = self.tessdata
        return tesserocr is not None and path is not None and Path(path).is_dir()

    def _api(self, language: str) -> Any:
        apis: dict[str, Any] = self._local.__dict__.setdefault("apis", {})
        api = apis.get(language)
        if api is None:
            path = self.tessdata
            if tesserocr is None or path is None:
                raise OcrUnavailable("Tesseract language data not found; install tesseract-ocr")
            missing = [
                lang
                for lang in language.split("+")
                if not Path(path, f"{lang}.traineddata").is_file()
            ]
            if missing:
                raise OcrUnavailable(
                    f"Tesseract language data missing: {', '.join(missing)} (not in {path})"
                )
            try:
                api = tesserocr.PyTessBaseAPI(path=path, lang=language)
            except RuntimeError as exc:
                raise OcrUnavailable(f"Tesseract could not load {language!r}: {exc}") from exc
            if language == "osd":
                api.SetVariable("min_characters_to_try", "20")
            else:
                api.SetVariable("thresholding_method", THRESHOLDING)
            apis[language] = api
        return api

    def data(self, image: Image.Image, *, language: str, psm: int, timeout: float) -> WordTable:
        api = self._api(language)
        api.SetPageSegMode(psm)
        api.SetImage(image)
        # 0 = unknown: Tesseract estimates it from the text's x-height, as the binary does for a
        # PGM. Left alone, tesserocr passes on a resolution from the image header that made
        # Tesseract 5.5 cut "Body line 0 ..." into a column of "Body" and lines of "ine 0 ...".
        api.SetSourceResolution(0)
        try:
            if not api.Recognize(timeout=max(1, int(timeout * 1000))):
                raise OcrFailed(f"Tesseract took longer than {timeout:g} s for recognition")
            return parse_tsv(api.GetTSVText(0) or "")
        except RuntimeError as exc:
            raise OcrFailed(f"Tesseract failed during recognition: {exc}") from exc
        finally:
            api.Clear()

    def data_many(
        self, images: Sequence[Image.Image], *, language: str, psm: int, timeout: float
    ) -> list[WordTable]:
        return [self.data(im, language=language, psm=psm, timeout=timeout) for im in images]

    def _osd(self) -> tessosd.Osd | None:
        """This thread's C API OSD, made once (None where it cannot run here)."""
        local = self._local.__dict__
        if "osd" not in local:
            path = self.tessdata
            local["osd"] = tessosd.osd(path) if path is not None else None
        osd: tessosd.Osd | None = local["osd"]
        return osd

    def orientation(self, image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
        detect = self._osd()
        if detect is not None:
            # The same library through its C API, so that the GIL is free meanwhile.
            return detect(image)
        api = self._api("osd")
        api.SetPageSegMode(tesserocr.PSM.OSD_ONLY)
        api.SetImage(image)
        try:
            found = api.DetectOrientationScript()
        except RuntimeError as exc:
            raise OcrFailed(f"Tesseract failed during orientation detection: {exc}") from exc
        finally:
            api.Clear()
        if not found:
            return None
        # orient_deg is how far the image is turned clockwise; turning back is the rest.
        return (360 - int(found["orient_deg"])) % 360, float(found["orient_conf"])


# --------------------------------------------------------------------------------------------
# the tesseract binary through pytesseract
# --------------------------------------------------------------------------------------------


class CliEngine:
    """The ``tesseract`` binary, one child process per call, through pytesseract."""

    name = "cli"

    def available(self) -> bool:
        cmd = pytesseract.pytesseract.tesseract_cmd
        return shutil.which(cmd) is not None or Path(cmd).is_file()

    def data(self, image: Image.Image, *, language: str, psm: int, timeout: float) -> WordTable:
        with _image_file(image) as path:
            out = _recognise_file(path, language=language, psm=psm, timeout=timeout)
        return {c: [str(v) for v in out.get(c, [])] for c in COLUMNS}

    def data_many(
        self, images: Sequence[Image.Image], *, language: str, psm: int, timeout: float
    ) -> list[WordTable]:
        """One ``tesseract`` process for all the images: a process costs ~65 ms to start and
        load its model, a line's crop a few ms to read. The binary reads a list of image
        files as the pages of one document and numbers its rows by page."""
        if not images:
            return []
        with tempfile.TemporaryDirectory(prefix="docsplit-ocr-") as folder:
            names = []
            for k, image in enumerate(images):
                name = Path(folder) / f"{k}.pgm"
                (image if image.mode == "L" else image.convert("L")).save(name, "PPM")
                names.append(str(name))
            listing = Path(folder) / "images.txt"
            listing.write_text("\n".join(names) + "\n")
            out = _recognise_file(str(listing), language=language, psm=psm, timeout=timeout)
        tables: list[WordTable] = [{c: [] for c in COLUMNS} for _ in images]
        for i, page in enumerate(out.get("page_num", [])):
            if not 1 <= int(page) <= len(tables):
                continue
            table = tables[int(page) - 1]
            for c in COLUMNS:
                table[c].append(str(out[c][i]))
        return tables

    def orientation(self, image: Image.Image, *, timeout: float) -> tuple[int, float] | None:
        try:
            with _image_file(image) as path:
                out = _call(
                    pytesseract.image_to_osd,
                    path,
                    timeout=timeout,
                    what="orientation detection",
                    config="--psm 0 -c min_characters_to_try=20",
                )
        except OcrFailed as exc:
            # OSD needs enough text; a nearly empty page makes Tesseract exit with an error.
            if isinstance(exc.__cause__, pytesseract.TesseractError):
                return None
            raise
        text = str(out)
        rotate = re.search(r"Rotate:\s*(\d+)", text)
        conf = re.search(r"Orientation confidence:\s*([\d.]+)", text)
        if not rotate or not conf:
            return None
        return int(rotate.group(1)) % 360, float(conf.group(1))


def _recognise_file(path: str, *, language: str, psm: int, timeout: float) -> dict[str, Any]:
    """The binary's word table (pytesseract's ``Output.DICT``) of an image file, or of a list
    of image files."""
    out = _call(
        pytesseract.image_to_data,
        path,
        timeout=timeout,
        what="recognition",
        lang=language,
        config=f"--psm {psm} -c thresholding_method={THRESHOLDING}",
        output_type=pytesseract.Output.DICT,
    )
    assert isinstance(out, dict)
    return out


def _call(fn: object, *args: object, timeout: float, what: str, **kwargs: object) -> object:
    assert callable(fn)
    try:
        return fn(*args, timeout=timeout, **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable() from exc
    except pytesseract.TesseractError as exc:
        message = str(exc.message if hasattr(exc, "message") else exc)
        if "Failed loading language" in message or "Error opening data file" in message:
            raise OcrUnavailable(f"Tesseract language data missing: {message.strip()}") from exc
        raise OcrFailed(f"Tesseract failed during {what}: {message.strip()[:200]}") from exc
    except RuntimeError as exc:
        # pytesseract signals its timeout with a bare RuntimeError("Tesseract process timeout").
        if "timeout" in str(exc).lower():
            raise OcrFailed(f"Tesseract took longer than {timeout:g} s for {what}") from exc
        raise OcrFailed(f"Tesseract failed during {what}: {exc}") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrFailed(f"Tesseract could not run for {what}: {exc}") from exc


@contextlib.contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """The image as an uncompressed PGM file for the tesseract binary.

    pytesseract would write a PNG: ~50 ms of zlib per 200-dpi page with the GIL held, which the
    page workers would take turns at. A PGM costs under 1 ms.
    """
    fd, path = tempfile.mkstemp(prefix="docsplit-ocr-", suffix=".pgm")
    os.close(fd)
    try:
        (image if image.mode == "L" else image.convert("L")).save(path, "PPM")
        yield path
    finally:
        with contextlib.suppress(OSError):
            Path(path).unlink()


# --------------------------------------------------------------------------------------------
# choosing the engine (process-wide: it is a process-wide resource)
# --------------------------------------------------------------------------------------------

ENGINES = ("auto", "tesserocr", "cli")
_engine: Engine | None = None


def select(name: str) -> Engine:
    """Use engine ``name`` (``auto``: tesserocr when it can run, else the binary) from now on."""
    global _engine
    if name not in ENGINES:
        raise ValueError(f"unknown OCR engine {name!r}; choose one of {', '.join(ENGINES)}")
    chosen: Engine
    if name == "cli":
        chosen = CliEngine()
    elif name == "tesserocr":
        chosen = LibraryEngine()
    else:
        library = LibraryEngine()
        chosen = library if library.available() else CliEngine()
    _engine = chosen
    return chosen


def engine() -> Engine:
    """The engine in use (``auto`` until :func:`select` says otherwise)."""
    return _engine if _engine is not None else select("auto")


@contextlib.contextmanager
def using(chosen: Engine) -> Iterator[Engine]:
    """Use ``chosen`` inside the block (tests and benchmarks compare engines with it)."""
    global _engine
    before = _engine
    _engine = chosen
    try:
        yield chosen
    finally:
        _engine = before

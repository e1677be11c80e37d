"""Per-page features for boundary detection: text layer, OCR, barcodes, blank and patch sheets.

This module owns the order of work for one stream and its progress reporting:

1. ``text_extraction``: every page's text layer and cheap layout features through pypdfium2
   (about 1-2 ms a page), in the calling thread.
2. ``ocr``: the pages that need pixels (no usable text layer, or an image or drawing that may be a
   barcode) are rendered (under PDFium's lock: it is not thread-safe) and scanned in ``pool``:
   blank detection, barcode reading and Tesseract, a bounded number at a time so memory stays
   flat on long scans. Tesseract runs single-threaded per page, so the pool's workers are the
   parallelism. With ``OcrScope.ADAPTIVE`` only each page's top and bottom bands are read here
   (:data:`OCR_BANDS`); :func:`complete_pages` reads the rest of the pages that boundary
   detection is unsure about.

OCR trouble never fails a stream that has text elsewhere: a page whose OCR failed or could not run
is kept with its ``ocr_error`` set, and only a stream where no page has any text and Tesseract is
missing raises :class:`~docsplit.errors.OcrUnavailable`.
"""

from __future__ import annotations

import concurrent.futures
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import attrs
from PIL import Image

from docsplit.adapters import barcodes as bc
from docsplit.adapters import ocr
from docsplit.adapters.pdftext import BOTTOM_BAND, TOP_BAND, PageText, PdfText
from docsplit.errors import OcrError, OcrUnavailable
from docsplit.models import OcrMode, OcrScope, PageInfo, ProcessingOptions, Stage
from docsplit.pipeline.progress import CancelToken, ProgressFn

T = TypeVar("T")

#: Fewer visible characters than this and the text layer does not count as usable.
MIN_TEXT_CHARS = 20
#: Resolution for barcode reading on pages that do not need OCR. Measured on generated Code 128:
#: 100 dpi misses modules under 1.4 pt, 150 dpi reads 1.0 pt (0.35 mm) and up for ~15 ms a
#: page, 200 dpi reads 0.8 pt but costs twice as much.
BARCODE_DPI = 150
#: The printed label of a patch-code sheet, when that is all the page says.
_PATCH_LABEL_RE = re.compile(r"patch\s*(?:t|ii|iii|2|3)", re.IGNORECASE)
#: A page drawn with this many vector paths may carry a drawn (not embedded) barcode.
BARCODE_MIN_PATHS = 12
#: A page without text but with this many vector paths may have its text drawn as outlines.
OUTLINED_TEXT_PATHS = 300
#: Share of dark pixels (after averaging out scanner noise) below which a page is blank.
#: Measured at 200 dpi: blank sheets of noisy generated scans 0.0, the real near-blank page of
#: the corpus 0.00005, a title page with three lines of large type 0.0003-0.003 (so 0.003 lost
#: title pages), a page with one short line 0.0006.
BLANK_INK_SHARE = 0.0002
#: A page with a barcode and at most this much other text is a barcode separator sheet.
BARCODE_SHEET_MAX_CHARS = 200
BARCODE_SHEET_MAX_WORDS = 30
#: ... unless that text dates it or prices it: a ticket, a voucher or a till receipt with its
#: code is a page of a document. (Over the generated corpus 2,504 separator sheets carried
#: neither; of the 31 other short pages with a barcode, 29 carried a date or an amount.)
_DATED_OR_PRICED_RE = re.compile(
    r"(?<![\d/.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d/.])|\b\d{4}-\d{2}-\d{2}\b|"
    r"[€£$]\s?\d|\d[.,]\d{2}\s?(?:€|£|\$|eur\b|gbp\b|chf\b)",
    re.IGNORECASE,
)
#: The top and bottom shares of a page read first under ``OcrScope.ADAPTIVE``. Letterheads,
#: dates, addressees, subjects and titles sit in the top ~30 %, page numbers and footers in the
#: bottom ~12 % (measured on the development corpus, see docs/boundaries.md).
OCR_BANDS = (0.30, 0.12)
#: At most this many pages are queued or running in the pool at once: bounds memory on long
#: scans and how long a cancel waits.
MAX_IN_FLIGHT = 6


@attrs.frozen
class PageFeatures:
    """Everything the boundary signals need to know about one page (``number`` is 1-based)."""

    number: int
    width: float
    height: float
    text: str
    top_text: str = ""
    bottom_text: str = ""
    large_text: str = ""
    max_font_size: float = 0.0
    body_font_size: float = 0.0
    ocr_used: bool = False
    ocr_confidence: float | None = None
    #: Clockwise degrees the page image was turned before OCR (0 for text-layer pages).
    rotation: int = 0
    is_blank: bool = False
    is_patch_sheet: bool = False
    barcodes: tuple[str, ...] = ()
    #: Why this page has no OCR text although it needed it ("ocr_unavailable: ..."), else None.
    ocr_error: str | None = None
    image_objects: int = 0
    #: The band reading of a page read in part (``OcrScope.ADAPTIVE``), kept so that
    #: :func:`complete_pages` can add the rest; None once the page is read in full.
    partial_ocr: ocr.OcrResult | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def ocr_partial(self) -> bool:
        return self.partial_ocr is not None

    @property
    def char_count(self) -> int:
        return len(self.text.strip())

    @property
    def is_separator(self) -> bool:
        """A sheet that only separates: a patch sheet, a ``PATCHT`` code, or a barcode with
        little else on the page (an ASN or tag sheet), none of it a date or an amount. Blank
        pages are ``is_blank``."""
        if self.is_patch_sheet or any(bc.is_separator_value(v) for v in self.barcodes):
            return True
        if _PATCH_LABEL_RE.fullmatch(self.text.strip()):
            # A patch sheet whose bars were not rendered, known by its printed label only.
            return True
        return self._short_with_barcode and not _DATED_OR_PRICED_RE.search(self.text)

    @property
    def is_barcode_slip(self) -> bool:
        """A short page with a barcode that dates or prices it: a ticket, a voucher or a till
        receipt, kept with the document it belongs to."""
        return self._short_with_barcode and bool(_DATED_OR_PRICED_RE.search(self.text))

    @property
    def _short_with_barcode(self) -> bool:
        return (
            bool(self.barcodes)
            and self.char_count <= BARCODE_SHEET_MAX_CHARS
            and len(self.text.split()) <= BARCODE_SHEET_MAX_WORDS
        )

    @property
    def landscape(self) -> bool:
        return self.width > self.height * 1.05

    def to_page_info(self) -> PageInfo:
        """The stored per-page record."""
        return PageInfo(
            number=self.number,
            width=self.width,
            height=self.height,
            text=self.text,
            ocr_used=self.ocr_used,
            ocr_confidence=self.ocr_confidence,
            rotation=self.rotation,
            is_blank=self.is_blank,
            is_separator=self.is_separator,
            barcodes=self.barcodes,
            ocr_partial=self.ocr_partial,
        )


@attrs.frozen
class PixelResult:
    """What the pool worker found on one rendered page."""

    is_blank: bool
    is_patch_sheet: bool
    barcodes: tuple[str, ...]
    ocr: ocr.OcrResult | None
    ocr_error: str | None


class Throttle:
    """Calls ``progress`` at most ``rate`` times a second, but always for the last step."""

    def __init__(self, progress: ProgressFn, stage: Stage, total: int, rate: float = 20.0) -> None:
        self._progress = progress
        self._stage = stage
        self._total = total
        self._interval = 1.0 / rate
        self._last = 0.0

    def __call__(self, current: int, message: str = "") -> None:
        now = time.monotonic()
        if current >= self._total or now - self._last >= self._interval:
            self._last = now
            self._progress(self._stage, current, self._total, message)


def ink_share(image: Image.Image) -> float:
    """Share of dark pixels after a 4x box downscale, so isolated scanner specks do not count."""
    grey = image.convert("L") if image.mode != "L" else image
    small = grey.resize((max(1, grey.width // 4), max(1, grey.height // 4)), Image.Resampling.BOX)
    # Edges of a scan are often dark (platen shadow, punch holes); look at the inner 90% only.
    w, h = small.size
    inner = small.crop((w // 20, h // 20, w - w // 20, h - h // 20))
    hist = inner.histogram()
    total = sum(hist)
    return sum(hist[:150]) / total if total else 0.0


def scan_pixels(
    image: Image.Image,
    *,
    want_ocr: bool,
    language: str,
    timeout: float,
    bands: tuple[float, float] | None = None,
) -> PixelResult:
    """Pool work for one rendered page: blank test, barcodes, patch sheet, then OCR if wanted
    (of the ``bands`` only, when given).

    A module-level function with picklable arguments so that a process pool works too.
    """
    if ink_share(image) < BLANK_INK_SHARE:
        return PixelResult(True, False, (), None, None)
    # Pages rendered only for barcodes are clean vector renderings: skip zxing's downscaled
    # passes there (3x faster); scans keep them because their codes may be blurred or large.
    codes = tuple(b.value for b in bc.read_barcodes(image, thorough=want_ocr))
    patch = bc.is_patch_sheet(image)
    if not want_ocr or patch:
        return PixelResult(False, patch, codes, None, None)
    if codes and not any(bc.is_separator_value(v) for v in codes):
        # A page with a barcode is a separator sheet when it holds little else, a document
        # page (a returns form, a giro slip) when it holds more: only all of its text tells.
        bands = None
    try:
        result = ocr.recognise(image, language=language, timeout=timeout, bands=bands)
    except OcrError as exc:
        return PixelResult(False, patch, codes, None, f"{exc.code}: {exc.message}")
    return PixelResult(False, patch, codes, result, None)


def _features_from_text(pt: PageText) -> PageFeatures:
    width, height = (pt.height, pt.width) if pt.rotation in (90, 270) else (pt.width, pt.height)
    blank = pt.char_count == 0 and pt.image_objects == 0 and pt.path_objects == 0
    return PageFeatures(
        number=pt.number,
        width=width,
        height=height,
        text=pt.text,
        top_text=pt.top_text,
        bottom_text=pt.bottom_text,
        large_text=pt.large_text,
        max_font_size=pt.max_font_size,
        body_font_size=pt.body_font_size,
        is_blank=blank,
        image_objects=pt.image_objects,
    )


def _merge(base: PageFeatures, px: PixelResult) -> PageFeatures:
    changes: dict[str, object] = {
        # A text layer is ink even where the rendering is too faint to show it at low DPI.
        "is_blank": px.is_blank and base.char_count == 0,
        "is_patch_sheet": px.is_patch_sheet,
        "barcodes": px.barcodes,
        "ocr_error": px.ocr_error,
    }
    if px.ocr is not None:
        changes.update(_ocr_layout(px.ocr))
        changes["partial_ocr"] = px.ocr if px.ocr.partial else None
        if px.ocr.rotation in (90, 270):
            # The page was scanned sideways: its upright size is the other way round.
            changes.update(width=base.height, height=base.width)
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def _ocr_layout(result: ocr.OcrResult) -> dict[str, object]:
    """Bands and font sizes from OCR word boxes, in the same terms as the text layer gives."""
    words = result.words
    top = result.lines(bottom=TOP_BAND)
    bottom = result.lines(top=1 - BOTTOM_BAND)
    # Words of two letters or digits at least: OCR reads a box's edge or a rule as "==" or
    # "||", with a box as tall as the frame.
    sized = [
        (w, type_size(w.text, w.height, w.width * result.aspect))
        for w in words
        if w.confidence > 30 and sum(ch.isalnum() for ch in w.text) >= 2
    ]
    sizes = sorted(size for _, size in sized)
    max_size = body_size = 0.0
    large = ""
    if sizes:
        # Sizes in page shares -> points on an 11in page; only ratios matter.
        median = sizes[len(sizes) // 2]
        body_size = round(median * 792, 1)
        # Only words read with confidence: a logo or a stamp read as a word has a tall box.
        early = [(w, size) for w, size in sized[:60] if w.confidence > 60]
        if early:
            biggest = max(size for _, size in early)
            max_size = round(biggest * 792, 1)
            if biggest >= 1.3 * median:
                large = " ".join(w.text for w, size in early if size >= biggest * 0.8)[:120]
    return {
        "text": result.text,
        "top_text": top,
        "bottom_text": bottom,
        "max_font_size": max_size,
        "body_font_size": body_size,
        "large_text": large,
        "ocr_used": True,
        "ocr_confidence": result.confidence,
        "rotation": result.rotation,
    }


#: Characters reaching above the x-height (capitals, digits, "bdfhiklt", brackets, slashes)
#: and below the baseline ("gjpqy", brackets, commas).
_ASCENDING = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhiklt()[]{}/\\|!?'\"#$%&@")
_DESCENDING = frozenset("gjpqyQ()[]{}|,;")


def type_size(text: str, height: float, width: float | None = None) -> float:
    """The type size a word's box stands for (``height`` and ``width`` in shares of the page
    height). A box is as tall as the word's letters reach: "ace" is an x-height high, "Budget"
    from ascender to descender. Seen as the box height alone, one word of a body line often
    looks a size larger than the next, and a title in capitals no larger than body text with
    descenders; the ratios are Helvetica's and Times' (x-height ~0.5, ascender ~0.72,
    descender ~0.21 of the size). A box that touches a form's frame or a rule is as tall as
    they are: a word is taken for at most half again the size its width allows (letters are
    about 0.55 of the size wide)."""
    up = any(ch in _ASCENDING for ch in text)
    down = any(ch in _DESCENDING for ch in text)
    size = height / (0.93 if up and down else 0.72 if up else 0.71 if down else 0.5)
    if width is not None and text:
        size = min(size, 1.5 * width / (0.55 * len(text)))
    return size


def analyse_pages(
    pdf_path: Path,
    options: ProcessingOptions,
    *,
    dpi: int,
    ocr_timeout_s: float,
    language: str,
    pool: concurrent.futures.Executor,
    progress: ProgressFn,
    cancel: CancelToken,
    scope: OcrScope = OcrScope.FULL,
) -> list[PageFeatures]:
    """Features of every page of ``pdf_path``; see the module docstring for the stages."""
    with PdfText(pdf_path) as pdf:
        total = pdf.page_count
        tick = Throttle(progress, Stage.TEXT_EXTRACTION, total)
        texts: list[PageText] = []
        for number in range(1, total + 1):
            cancel.check()
            texts.append(pdf.page_text(number))
            tick(number)
        pages = [_features_from_text(pt) for pt in texts]

        ocr_wanted = {
            pt.number: _needs_ocr(pt, options.ocr)
            for pt in texts
            if not pages[pt.number - 1].is_blank
        }
        pixel_pages = [n for n, want in ocr_wanted.items() if want or _may_hold_code(texts[n - 1])]
        ocr_missing = False
        if any(ocr_wanted.values()) and not ocr.tesseract_available():
            if not any(p.char_count >= MIN_TEXT_CHARS for p in pages):
                raise OcrUnavailable(
                    "no page has a text layer and Tesseract is not installed; install "
                    "tesseract-ocr or upload a PDF with text"
                )
            ocr_missing = True

        _scan_pages(
            pdf,
            pages,
            pixel_pages,
            ocr_wanted={n: w and not ocr_missing for n, w in ocr_wanted.items()},
            dpi=dpi,
            language=language,
            timeout=ocr_timeout_s,
            pool=pool,
            progress=progress,
            cancel=cancel,
            bands=OCR_BANDS if scope is OcrScope.ADAPTIVE else None,
        )
    if ocr_missing:
        for i, page in enumerate(pages):
            if ocr_wanted.get(page.number) and not page.is_blank and not page.is_separator:
                pages[i] = attrs.evolve(
                    page, ocr_error="ocr_unavailable: Tesseract is not installed"
                )
    return pages


def _needs_ocr(pt: PageText, mode: OcrMode) -> bool:
    if mode is OcrMode.NEVER:
        return False
    if mode is OcrMode.ALWAYS:
        return True
    # Without an image there is nothing to recognise, except text drawn as outlines (many
    # paths); a few dozen paths are rules, boxes or a vector barcode.
    return pt.char_count < MIN_TEXT_CHARS and (
        pt.image_objects > 0 or pt.path_objects >= OUTLINED_TEXT_PATHS
    )


def _may_hold_code(pt: PageText) -> bool:
    return pt.image_objects > 0 or pt.path_objects >= BARCODE_MIN_PATHS


def _scan_pages(
    pdf: PdfText,
    pages: list[PageFeatures],
    numbers: list[int],
    *,
    ocr_wanted: dict[int, bool],
    dpi: int,
    language: str,
    timeout: float,
    pool: concurrent.futures.Executor,
    progress: ProgressFn,
    cancel: CancelToken,
    bands: tuple[float, float] | None,
) -> None:
    """Render and scan ``numbers`` in ``pool``, and write the results into ``pages``.

    Rendering happens in the workers too (under PDFium's lock): in the calling thread it would
    take a core of its own beside the workers, so that ``workers = 1`` used more than one.
    """
    ocr_total = sum(1 for n in numbers if ocr_wanted.get(n))
    tick = Throttle(progress, Stage.OCR, ocr_total)
    if ocr_total:
        progress(Stage.OCR, 0, ocr_total, "")
    done_ocr = 0

    def work(number: int) -> PixelResult:
        want = ocr_wanted.get(number, False)
        image = pdf.render(number, dpi if want else BARCODE_DPI)
        return scan_pixels(image, want_ocr=want, language=language, timeout=timeout, bands=bands)

    def done(number: int, future: concurrent.futures.Future[PixelResult]) -> None:
        nonlocal done_ocr
        pages[number - 1] = _merge(pages[number - 1], future.result())
        if ocr_wanted.get(number):
            done_ocr += 1
            tick(done_ocr, f"page {number}")

    _in_flight(numbers, pool, work, done, cancel)


def _in_flight(
    numbers: Sequence[int],
    pool: concurrent.futures.Executor,
    work: Callable[[int], T],
    done: Callable[[int, concurrent.futures.Future[T]], None],
    cancel: CancelToken,
) -> None:
    """Run ``work`` for each page in ``pool``, in page order, with at most :data:`MAX_IN_FLIGHT`
    pages queued or running (so a cancel takes effect soon), and hand each finished one to
    ``done`` as soon as it is finished, in any order: waiting in page order would idle a worker
    behind a slow page. Returns only when no work is still running (it may use the open
    document)."""
    pending: dict[concurrent.futures.Future[T], int] = {}

    def collect(block: bool) -> None:
        finished, _ = concurrent.futures.wait(
            pending,
            timeout=None if block else 0,
            return_when=concurrent.futures.FIRST_COMPLETED,
        )
        for future in sorted(finished, key=pending.__getitem__):
            done(pending.pop(future), future)

    try:
        for number in numbers:
            cancel.check()
            pending[pool.submit(work, number)] = number
            collect(block=len(pending) >= MAX_IN_FLIGHT)
        while pending:
            cancel.check()
            collect(block=True)
    finally:
        # On cancel or error, do not leave queued pages running for nobody, and wait for the
        # running ones: they may still be rendering from the document the caller will close.
        for future in pending:
            future.cancel()
        concurrent.futures.wait(pending)


def complete_pages(
    pdf_path: Path,
    pages: list[PageFeatures],
    numbers: list[int],
    *,
    dpi: int,
    ocr_timeout_s: float,
    language: str,
    pool: concurrent.futures.Executor,
    progress: ProgressFn,
    cancel: CancelToken,
) -> list[PageFeatures]:
    """``pages`` with the pages ``numbers`` read in full where they were read in part.

    Progress goes to the ``boundary_detection`` stage: this reading is asked for by it.
    """
    todo = [n for n in numbers if pages[n - 1].partial_ocr is not None]
    out = list(pages)
    if not todo:
        return out
    total = len(todo)
    tick = Throttle(progress, Stage.BOUNDARY_DETECTION, total)
    progress(Stage.BOUNDARY_DETECTION, 0, total, f"reading {total} uncertain pages in full")
    finished = 0

    with PdfText(pdf_path) as pdf:

        def work(number: int) -> ocr.OcrResult:
            partial = out[number - 1].partial_ocr
            assert partial is not None
            image = pdf.render(number, dpi)
            return ocr.complete(partial, image, language=language, timeout=ocr_timeout_s)

        def done(number: int, future: concurrent.futures.Future[ocr.OcrResult]) -> None:
            nonlocal finished
            try:
                result = future.result()
            except OcrError:
                result = None  # the bands stay: a page that cannot be read further keeps them
            if result is not None:
                out[number - 1] = attrs.evolve(
                    out[number - 1],
                    partial_ocr=None,
                    **_ocr_layout(result),  # type: ignore[arg-type]
                )
            finished += 1
            tick(finished, f"page {number}")

        _in_flight(todo, pool, work, done, cancel)
    return out

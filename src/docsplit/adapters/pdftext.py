"""Per-page text, cheap layout features and rendering, all through pypdfium2.

This module owns every pypdfium2 call the analysis pipeline makes. pypdfium2 is about 40x faster
than pdfplumber for text (450 against 11 pages/s measured here), and the boundary signals only need
coarse layout: page size and rotation, the text of the top and bottom bands, the font size of the
first characters (a letterhead or title is larger than body text) and which kinds of objects a page
holds (images mean a scan or a barcode, vector paths may be a drawn barcode). pdfplumber is not
used: per-word positions did not improve boundary accuracy on the development corpus while costing
40x the time.

PDFium is not thread-safe, not even across documents, so every call holds :data:`PDFIUM_LOCK`
(per page, so that two jobs interleave instead of one waiting for a whole stream). Library errors
become :class:`~docsplit.errors.InvalidPdf`.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
from collections.abc import Iterator
from pathlib import Path

import attrs
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from docsplit.errors import EncryptedPdf, InvalidPdf

#: Serialises every PDFium call in the process (PDFium keeps global state).
PDFIUM_LOCK = threading.RLock()

#: Share of the page height counted as the top band (letterhead, title, running header).
TOP_BAND = 0.18
#: Share of the page height counted as the bottom band (footer, page number).
BOTTOM_BAND = 0.10
#: How many leading characters are checked for their font size; enough for a title or
#: letterhead, few enough that the per-character ctypes calls stay cheap.
FONT_SAMPLE_CHARS = 400

_OBJ_TEXT = 1
_OBJ_PATH = 2
_OBJ_IMAGE = 3


@attrs.frozen
class PageText:
    """What the text layer says about one page (``number`` is 1-based)."""

    number: int
    width: float
    height: float
    rotation: int
    text: str
    top_text: str
    bottom_text: str
    #: Largest font size among the first characters, and the median size there (points).
    max_font_size: float
    body_font_size: float
    #: Text of the characters set in the largest font among the first characters.
    large_text: str
    text_objects: int
    path_objects: int
    image_objects: int

    @property
    def char_count(self) -> int:
        return len(self.text.strip())


class PdfText:
    """An open PDF for analysis; use as a context manager, all methods are thread-safe."""

    def __init__(self, path: Path) -> None:
        with PDFIUM_LOCK:
            try:
                self._pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError as exc:
                if "password" in str(exc).lower():
                    raise EncryptedPdf() from exc
                raise InvalidPdf(f"cannot open the PDF: {exc}") from exc
            self.page_count = len(self._pdf)

    def __enter__(self) -> PdfText:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._pdf.close()

    @contextlib.contextmanager
    def _page(self, number: int) -> Iterator[pdfium.PdfPage]:
        with PDFIUM_LOCK:
            try:
                page = self._pdf[number - 1]
            except (pdfium.PdfiumError, IndexError) as exc:
                raise InvalidPdf(f"cannot read page {number}: {exc}") from exc
            try:
                yield page
            finally:
                page.close()

    def page_text(self, number: int) -> PageText:
        """Text and layout features of page ``number`` (1-based)."""
        with self._page(number) as page:
            try:
                return _page_text(page, number)
            except pdfium.PdfiumError as exc:
                raise InvalidPdf(f"cannot extract text of page {number}: {exc}") from exc

    def render(self, number: int, dpi: int, *, grayscale: bool = True) -> Image.Image:
        """Page ``number`` as a PIL image at ``dpi``, as it is displayed (``/Rotate`` applied)."""
        with self._page(number) as page:
            try:
                bitmap = page.render(scale=dpi / 72.0, grayscale=grayscale)
                image: Image.Image = bitmap.to_pil()
                # to_pil() may share the bitmap's buffer; copy before the bitmap is freed.
                image = image.copy()
                bitmap.close()
            except pdfium.PdfiumError as exc:
                raise InvalidPdf(f"cannot render page {number}: {exc}") from exc
            return image


def _page_text(page: pdfium.PdfPage, number: int) -> PageText:
    width, height = page.get_size()
    rotation = int(page.get_rotation())
    kinds = [0, 0, 0, 0]
    raw = page.raw
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, k))
        if 0 <= kind <= 3:
            kinds[kind] += 1
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # Bands are in PDF user space (origin bottom-left). For a page with /Rotate 90 or 270
        # the displayed top is a side edge; such pages are rare in born-digital streams and the
        # whole-text signals still work, so the bands are simply taken unrotated.
        top = textpage.get_text_bounded(0, height * (1 - TOP_BAND), width, height)
        bottom = textpage.get_text_bounded(0, 0, width, height * BOTTOM_BAND)
        max_size, body_size, large = _font_sizes(textpage)
    finally:
        textpage.close()
    return PageText(
        number=number,
        width=round(float(width), 1),
        height=round(float(height), 1),
        rotation=rotation,
        text=_clean(text),
        top_text=_clean(top),
        bottom_text=_clean(bottom),
        max_font_size=max_size,
        body_font_size=body_size,
        large_text=large,
        text_objects=kinds[_OBJ_TEXT],
        path_objects=kinds[_OBJ_PATH],
        image_objects=kinds[_OBJ_IMAGE],
    )


def _font_sizes(textpage: pdfium.PdfTextPage) -> tuple[float, float, str]:
    count = min(textpage.count_chars(), FONT_SAMPLE_CHARS)
    if count <= 0:
        return 0.0, 0.0, ""
    raw = textpage.raw
    # The loose character box spans the font's ascent to descent in page space, so its height
    # is the rendered font size even when a PDF sets size 1 and scales with the text matrix
    # (FPDFText_GetFontSize reports the 1 then).
    rect = pdfium_c.FS_RECTF()
    sizes: list[float] = []
    for i in range(count):
        if pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect)):
            sizes.append(round(abs(rect.top - rect.bottom), 1))
        else:
            sizes.append(0.0)
    visible = [s for s in sizes if s > 0]
    if not visible:
        return 0.0, 0.0, ""
    biggest = max(visible)
    body = sorted(visible)[len(visible) // 2]
    # Spaces and line ends carry no size; keep them so that words stay apart.
    large_chars = [
        chr(pdfium_c.FPDFText_GetUnicode(raw, i))
        for i in range(count)
        if sizes[i] >= biggest - 0.5 or (sizes[i] == 0 and i and sizes[i - 1] >= biggest - 0.5)
    ]
    return biggest, body, " ".join("".join(large_chars).split())[:120]


def _clean(text: str) -> str:
    # PDFium reports line ends as CRLF and may emit NULs for unmapped glyphs.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "")

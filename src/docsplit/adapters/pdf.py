"""Structural PDF work with pikepdf (qpdf): validation, page counts and lossless page copies.

Every pikepdf call of docsplit lives here and every pikepdf error leaves as a docsplit
:class:`~docsplit.errors.PdfError`. Text, layout and rendering live in ``adapters/pdftext.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pikepdf

from docsplit.errors import EncryptedPdf, InvalidPdf, TooManyPages

PDF_MAGIC = b"%PDF-"
# qpdf tolerates junk before the header; so do real readers, within the first kilobyte.
MAGIC_WINDOW = 1024


def sniff_pdf(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) carries a PDF header."""
    return PDF_MAGIC in head[:MAGIC_WINDOW]


def validate_pdf(path: Path, max_pages: int) -> int:
    """Check that ``path`` is a readable, unencrypted PDF of at most ``max_pages``; return pages.

    A file that qpdf can only open by reconstructing a damaged cross-reference table *and* whose
    pages cannot all be reached counts as corrupt: we never accept a stream we cannot split.
    """
    with path.open("rb") as handle:
        head = handle.read(MAGIC_WINDOW)
    if not sniff_pdf(head):
        raise InvalidPdf("the file is not a PDF (no %PDF- header)")
    try:
        with pikepdf.open(path) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise InvalidPdf("the PDF has no pages")
            if count > max_pages:
                raise TooManyPages(f"the PDF has {count} pages; at most {max_pages} are allowed")
            # Touch every page dictionary so a truncated file fails here, not mid-split.
            for page in pdf.pages:
                _ = page.mediabox
            damaged = any("damaged" in w or "xref" in w.lower() for w in pdf.get_warnings())
            if damaged and not _has_eof(path):
                raise InvalidPdf("the PDF is truncated (no end-of-file marker, damaged xref)")
            return count
    except pikepdf.PasswordError:
        raise EncryptedPdf(
            "the PDF is encrypted with a password; remove it and upload again"
        ) from None
    except pikepdf.PdfError as exc:
        raise InvalidPdf(f"the PDF cannot be read: {_short(exc)}") from None
    except (RecursionError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidPdf(f"the PDF structure is invalid: {_short(exc)}") from None


def _has_eof(path: Path) -> bool:
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - 2048))
        return b"%%EOF" in handle.read()


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def write_documents(
    source: Path,
    ranges: Sequence[Sequence[int]],
    targets: Sequence[Path],
    on_written: Callable[[int], None],
) -> list[int]:
    """Copy the 1-based ``pages`` of each entry of ``ranges`` from ``source`` into ``targets``.

    Pages are copied losslessly (content streams and images are not re-encoded). Each target is
    written completely before ``on_written(i)`` is called, which lets the caller rename it into
    place and check cancellation. Returns the size of each written file.
    """
    sizes: list[int] = []
    try:
        with pikepdf.open(source) as src:
            for i, (pages, target) in enumerate(zip(ranges, targets, strict=True)):
                with pikepdf.new() as out:
                    for number in pages:
                        out.pages.append(src.pages[number - 1])
                    # Keep the original's document info (producer, creator) minimal and honest.
                    out.save(target, compress_streams=True, linearize=False)
                sizes.append(target.stat().st_size)
                on_written(i)
    except pikepdf.PdfError as exc:
        raise InvalidPdf(f"cannot copy pages: {_short(exc)}") from None
    return sizes

"""Separator sheets and barcodes: blank pages, patch-T sheets, ``PATCHT`` codes and pages
that carry a barcode with little text end the document before them; a barcode on a content
page starts one unless it repeats (or ends) the open document's code. The ``separators``
strategy uses only these."""

from __future__ import annotations

import re

from docsplit.adapters.barcodes import is_separator_value
from docsplit.pipeline.boundaries.context import Context, Signal
from docsplit.pipeline.boundaries.cues import PageCues
from docsplit.pipeline.extract import PageFeatures

#: Log-odds for a page after a separator sheet (patch-T, barcode).
SEPARATOR_SHEET = 8.0
#: Log-odds for a page after a blank page. (3.5 until session 20: over A-NNNN's born-digital
#: streams 1,476 pages after a blank page began a document and 2 did not, yet 11 of those
#: starts were lost to a same header and high similarity, as in a run of one form. 7.0 keeps
#: 10 of them and no other page; the scans and real streams decide as before. It stays below
#: a separator sheet's, so "Page 2 of 2" after a blank page still continues its document.)
BLANK_PAGE = 7.0


def signal_separator(ctx: Context) -> Signal | None:
    """A separator sheet or blank page just before this page."""
    if not ctx.separators_between:
        return None
    sep = ctx.separators_between[-1]
    if sep.is_separator or sep.barcodes:
        what = f"barcode '{sep.barcodes[0]}'" if sep.barcodes else "patch-T sheet"
        return Signal(
            "separator", SEPARATOR_SHEET, f"after separator sheet on page {sep.number} ({what})"
        )
    return Signal("separator", BLANK_PAGE, f"after blank page {sep.number}")


def signal_barcode(ctx: Context) -> Signal | None:
    """A barcode on a content page (an ASN or tag label) starts a document, unless it repeats
    the code already seen in the current document (start and end labels of one document)."""
    if not ctx.page.barcodes:
        return None
    value = ctx.page.barcodes[0]
    if ctx.page.is_barcode_slip:
        # A ticket's or a voucher's code says nothing of where a document starts. (Over the
        # generated corpus none of 14 such born-digital pages began one.)
        return Signal("barcode", 0.0, f"barcode '{value}' on a ticket or voucher")
    if ctx.open_barcode is not None and value == ctx.open_barcode:
        return Signal("barcode", -2.0, f"barcode '{value}' repeats")
    if ctx.open_barcode is not None and _same_family(value, ctx.open_barcode):
        return Signal("barcode", -1.5, f"barcode '{value}' belongs with '{ctx.open_barcode}'")
    return Signal("barcode", 3.0, f"barcode '{value}'")


def _same_family(a: str, b: str) -> bool:
    # "101-a" / "101-z": one document's start and end labels share everything before the suffix.
    sa, sb = re.split(r"[-_ ]", a), re.split(r"[-_ ]", b)
    return len(sa) > 1 and len(sb) > 1 and sa[:-1] == sb[:-1] and len(a) > 3


def is_separator_sheet(page: PageFeatures) -> bool:
    """A page that only separates: blank, patch sheet, ``PATCHT`` or a barcode with little text."""
    return page.is_blank or page.is_separator


def labelled_page(page: PageFeatures, cues: PageCues, open_barcode: str | None) -> bool:
    """A barcode page with little text that still belongs to a document: it carries the
    current document's code again (or its end label, "101-z" after "101-a"), or a page
    number past the first ("Page 2 of 2")."""
    if not page.barcodes or page.is_patch_sheet or page.is_blank:
        return False
    if any(is_separator_value(c) for c in page.barcodes):
        return False
    value = page.barcodes[0]
    if open_barcode is not None and (value == open_barcode or _same_family(value, open_barcode)):
        return True
    return cues.numbering is not None and cues.numbering.number > 1

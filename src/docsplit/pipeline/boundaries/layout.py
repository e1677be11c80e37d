"""Signals from a page's form rather than its words: a change of page size or orientation,
the written back of a card, a cover page, the same large title again."""

from __future__ import annotations

from docsplit.pipeline.boundaries import vocab
from docsplit.pipeline.boundaries.context import Context, Signal
from docsplit.pipeline.boundaries.cues import canon_text, jaccard, organisation_names, text_lines
from docsplit.pipeline.extract import PageFeatures

#: Log-odds for a change of page size, and for one under the same header line.
LAYOUT_WEIGHT = 1.7
LAYOUT_SAME_HEADER = 0.75
#: Log-odds for a page turned from portrait to landscape or back, same size.
ORIENTATION = 0.4
#: A page smaller than A4 and Letter (longest side in points) is a card, print or slip.
CARD_MAX_SIDE = 780.0
#: A slip at most this wide and more than :data:`SLIP_RATIO` times as high: a till receipt,
#: a printer's strip.
SLIP_MAX_WIDTH = 260
SLIP_RATIO = 1.8
#: A page at least this wide is a full sheet (A4, Letter, A5 landscape).
FULL_WIDTH = 500
#: Log-odds against a start for a sender-less slip behind a full page.
SLIP_BEHIND = 1.0
#: Words (three letters or more) a card's picture side may carry.
CARD_FRONT_WORDS = 8
#: Log-odds against a start for the written back of a card whose front had no text.
CARD_BACK = 1.5
#: Log-odds for the same large title at the top of two pages in a row.
REPEAT_TITLE_WEIGHT = 1.5
#: Log-odds for a page whose first four head lines repeat (three of them) those of the open
#: document's first page after a page that did not (a test station's inspection report, then
#: its emissions report, then the next inspection report). Over the born-digital streams of
#: A-HHH such pages began 818 documents and came with 63 later pages; +2.0 took 11 errors off
#: them (spread over 15 parts; +1.0: 6, +3.0: 12) and 9 off the scans, the real streams kept
#: theirs.
FIRST_HEAD_AGAIN = 2.0
#: A page with less text than this and a large-type line may be a cover page.
COVER_MAX_CHARS = 250
#: Log-odds for a page that looks like a cover (little text, large type). (1.0 until over A-RR
#: such pages began 322 documents and came with 170 later pages: section dividers, drawings,
#: photo sheets. 0 splits 12 fewer pages and keeps 3 fewer starts; the reason stays named,
#: and what follows a cover still goes with it, see :func:`signal_cover`.)
COVER_START = 0.0
#: Log-odds against a start for the page after a cover. (1.8 until over A-RR 124 such pages
#: began a document and 211 did not, the cover being a divider or a drawing as often as a
#: report's front; 1.0 keeps 10 more starts and splits 2 more pages.)
COVER_NEXT = 1.0
#: A title page before numbered pages may carry more: the sender's letterhead, "Submitted by",
#: a date and a confidentiality line (a tender's front, 330 characters). See
#: :func:`after_title_page`.
TITLE_PAGE_MAX_CHARS = 400


def same_title(ctx: Context) -> bool:
    """Both pages carry the same title in large type at the top (a form kind repeating)."""
    a, b = ctx.cues.large_title, ctx.prev_cues.large_title
    return bool(vocab.TITLE_RE.search(a)) and jaccard(a, b) >= 0.8


def signal_repeat_title(ctx: Context) -> Signal | None:
    """The same large first-page title again ("Receipt" after "Receipt", "Form TX-201" after
    "Form TX-201"): a form kind repeating is a new document unless the page says it continues.
    A running header is set small and does not count. Also the open document's first head
    again after a page without it: a run of two-page sets starting over."""
    if not same_title(ctx):
        if (first := _first_head_again(ctx)) is None:
            return None
        return Signal(
            "repeat_title",
            FIRST_HEAD_AGAIN,
            f"head of page {first} again, page {ctx.prev.number} without it",
        )
    if ctx.cues.continued:
        return None
    num = ctx.cues.numbering
    if num is not None and num.number > 1:
        return None
    p = ctx.prev_cues
    complete = p.total or p.signature or p.closing
    score = REPEAT_TITLE_WEIGHT + (0.5 if complete else 0.0)
    extra = ", previous page complete" if complete else ""
    return Signal("repeat_title", score, f"same title '{ctx.cues.large_title[:30]}' again{extra}")


def _first_head_again(ctx: Context) -> int | None:
    """The open document's first page, when this page's head repeats its first lines and the
    previous page's did not: the run of pages starts over."""
    if ctx.open_first is None or ctx.cues.continued:
        return None
    first, cues = ctx.open_first
    a, f, b = ctx.cues.head_lines[:4], cues.head_lines[:4], ctx.prev_cues.head_lines[:4]
    if len(a) < 4 or len(f) < 4:
        return None
    same = sum(1 for x, y in zip(a, f, strict=False) if x == y)
    prev_same = sum(1 for x, y in zip(b, f, strict=False) if x == y)
    return first.number if same >= 3 and prev_same <= 2 else None


def cover_like(page: PageFeatures, body: float, max_chars: int = COVER_MAX_CHARS) -> bool:
    """Little text, type at least 1.6x ``body`` and no barcode: a cover or title page."""
    return (
        0 < page.char_count < max_chars
        and body > 0
        and page.max_font_size >= 1.6 * body
        and not page.barcodes
    )


def signal_cover(ctx: Context) -> Signal | None:
    """The previous page looks like a cover or title page (little text, large type): what
    follows it belongs to the same document."""
    prev = ctx.prev_cues
    # Compared with this page's body text: a title page's own "body" is mostly title. A cover
    # is a document's first page: the short last page of one is none.
    body = ctx.page.body_font_size or ctx.prev.body_font_size
    if not ctx.prev_starts or not cover_like(ctx.prev, body):
        return None
    if prev.numbering is not None and prev.numbering.total == 1:
        return None
    # A one-page form or receipt followed by another of its kind is no cover page.
    if same_title(ctx) or prev.total or prev.signature or prev.fields:
        return None
    return Signal("cover", -COVER_NEXT, f"page {ctx.prev.number} looks like a cover page")


def _slip(page: PageFeatures) -> bool:
    """A narrow, tall page: a till receipt or a printer's strip."""
    return page.width < SLIP_MAX_WIDTH and page.height > SLIP_RATIO * page.width


def after_title_page(ctx: Context) -> bool:
    """The previous page opened a document as an unnumbered title page: little text (up to
    :data:`TITLE_PAGE_MAX_CHARS`) in large type. Its numbered pages that follow begin at 1."""
    body = ctx.page.body_font_size or ctx.prev.body_font_size
    return (
        ctx.prev_starts
        and ctx.prev_cues.numbering is None
        and cover_like(ctx.prev, body, TITLE_PAGE_MAX_CHARS)
    )


def _slip_without_own_sender(ctx: Context) -> str | None:
    """Why a slip names no sender of its own: it names none, or only the organisations the
    page before is addressed to or speaks of, not its own letterhead's (a customer's complaint
    and the till receipt of the firm it complains to)."""
    if not ctx.cues.sender:
        return "a slip naming no sender"
    orgs = [n for ln in ctx.cues.sender_lines for n in organisation_names(ln)]
    prev = canon_text(ctx.prev.text)
    top = canon_text("\n".join(text_lines(ctx.prev.text)[:2]))
    if orgs and all(n in prev and n not in top for n in orgs):
        return f"a slip of {orgs[0]}, named on page {ctx.prev.number}"
    return None


def signal_layout(ctx: Context) -> Signal | None:
    """A change of page size or orientation; or the written back of a card or photograph."""
    a, b = ctx.page, ctx.prev
    if abs(a.width - b.width) > 15 or abs(a.height - b.height) > 15:
        if a.landscape != b.landscape and {round(a.width), round(a.height)} == {
            round(b.width),
            round(b.height),
        }:
            # (0.8 until the session-13 fit over A-VV found no weight in it with the other
            # signals held fixed: 634 such pages, 457 starts, most with a new title or
            # header; 0.4 took 3 errors off, 0 none.)
            return Signal("layout", ORIENTATION, "orientation changes")
        reason = f"page size {a.width:.0f}x{a.height:.0f} after {b.width:.0f}x{b.height:.0f}"
        if (
            _slip(a)
            and b.width >= FULL_WIDTH
            and not a.ocr_used
            and (why := _slip_without_own_sender(ctx))
        ):
            # A narrow slip that names no sender behind a full page: the till receipt or the
            # instrument's printout (a flue gas analyser's) stapled to the form it goes with.
            # Over A-NNNN's born-digital streams 4 of 35 such slips began a document. (Not on
            # a scan, where OCR often misses a slip's small printed sender: 3 starts lost.)
            # Since session 20 also a receipt of the firm the page before is addressed to:
            # over OOOO-RRRR 5 fewer false splits, A-NNNN decided as before.
            return Signal("layout", -SLIP_BEHIND, f"{reason}, {why}")
        if ctx.cues.header and ctx.cues.header == ctx.prev_cues.header:
            # Under the same header an A5 leaflet or slip is most often the sender's enclosure
            # (a practice's opening hours after its registration form), not its next letter.
            return Signal("layout", LAYOUT_SAME_HEADER, reason + " under the same header")
        return Signal("layout", LAYOUT_WEIGHT, reason)
    if (
        max(a.width, a.height) < CARD_MAX_SIDE
        and sum(ctx.prev_cues.words.values()) <= CARD_FRONT_WORDS
        and sum(ctx.cues.words.values()) > CARD_FRONT_WORDS
    ):
        # A card or print with a picture and no words, then a page of its size with writing:
        # the scanner took its front and back (a photograph and the date on its back).
        return Signal("layout", -CARD_BACK, f"page {b.number} has no text: this is its back")
    return None

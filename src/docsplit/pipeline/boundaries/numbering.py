"""The page-numbering signal: "Page 1 of n" starts a document, a number that follows the
previous page's continues it, a reset or a missing expected page weighs in between."""

from __future__ import annotations

from docsplit.pipeline.boundaries import vocab
from docsplit.pipeline.boundaries.context import Context, Signal
from docsplit.pipeline.boundaries.cues import jaccard
from docsplit.pipeline.boundaries.forms import carried_from_open
from docsplit.pipeline.boundaries.layout import after_title_page, signal_cover, signal_layout
from docsplit.pipeline.boundaries.letters import enclosed_copy, head_senders, signal_enclosure


def signal_numbering(ctx: Context) -> Signal | None:
    """Page numbers: 'Page 1 of n' starts, a number following the previous one continues."""
    cur, prev = ctx.cues.numbering, ctx.prev_cues.numbering
    if (cur is not None and cur.loose) or (prev is not None and prev.loose):
        # Bare numbers count only as a sequence: n after n-1, or 1 after a higher number.
        if cur is None or prev is None:
            return None
        if cur.number == prev.number + 1:
            return Signal("numbering", -4.0, f"page number {cur.text} follows {prev.text}")
        if cur.number == 1 and prev.number > 1:
            return Signal("numbering", 2.0, f"page number 1 after {prev.text}")
        return None
    if cur is not None and prev is not None:
        if cur.number == prev.number + 1 and (cur.total == prev.total or None in (cur.total,)):
            return Signal("numbering", -6.0, f"'{cur.text}' follows '{prev.text}'")
        if cur.number == 1:
            return Signal("numbering", 5.0, f"'{cur.text}' after '{prev.text}'")
        if cur.number <= prev.number:
            return Signal("numbering", 3.0, f"numbering restarts: '{cur.text}' after '{prev.text}'")
        return Signal("numbering", 1.0, f"numbering jumps: '{cur.text}' after '{prev.text}'")
    if cur is not None:
        if cur.number == 1 and (signal_cover(ctx) is not None or after_title_page(ctx)):
            # Numbering that starts after an unnumbered cover page is what reports, contracts
            # and statements do: no evidence either way (it was +1 until the development
            # corpora showed four covered documents split after their cover and none gained).
            # Since session 14 also after a title page of up to 400 characters (a tender's
            # front with the sender's letterhead, "Submitted by" and a date, then "Contents"
            # on "Page 1 of 4"): over A-ZZ 29 fewer false splits and no start lost.
            return Signal("numbering", 0.0, f"'{cur.text}' after an unnumbered title page")
        if cur.number == 1 and (enclosed_copy(ctx) or carried_from_open(ctx)):
            # A schedule whose head carries the open document's number or name ("Ancoats Mill
            # Hotel - Room night report" behind the hotel's tax return), or a copy, numbers
            # its own pages: 26 of 26 such pages with a number went with the page before
            # when this was written, and 3 more with a name in BB and DD.
            return Signal("numbering", 0.0, f"'{cur.text}' numbers an enclosure on its own")
        if cur.number == 1 and _announced_enclosure(ctx):
            # A letter that encloses a report ("please find enclosed our audit report"), then
            # the report on "1/2" under no other sender's name: the enclosure numbers its own
            # pages. Since session 15, from DDD's audit reports: over A-DDD 16 fewer false
            # splits and 2 starts lost born-digital, 5 fewer false splits on scans.
            return Signal("numbering", 0.0, f"'{cur.text}' numbers the enclosure announced")
        if cur.number == 1 and _section_one(ctx):
            # "Page 1 of 3" on a page that opens with section 1 and names no sender: the body
            # of a report after its title page, numbered from there (a fire risk assessment's
            # "1. Périmètre et méthode"). Over A-LLL's born-digital streams 1 such numbered
            # page began a document and 31 did not.
            return Signal("numbering", 0.0, f"'{cur.text}' numbers section 1 under no sender")
        if cur.number == 1 and _after_covering_letter(ctx):
            # An unnumbered letter that opened a document, then "Page 1 of 3" under the same
            # header: the report or schedule the letter covers (over A-RR 26 such pages went
            # with the letter and 8 began a document).
            return Signal("numbering", 0.0, f"'{cur.text}' after the sender's covering letter")
        if cur.number == 1:
            return Signal("numbering", 3.0, f"'{cur.text}'")
        return Signal("numbering", -2.5, f"'{cur.text}' without a previous page")
    if prev is not None:
        if prev.total is not None and prev.number >= prev.total:
            if ctx.cues.attachment is not None or carried_from_open(ctx, codes_only=True):
                # Terms, a reply form or a plan come after the numbered pages they go with, and
                # so does a statement whose head carries the letter's reference.
                return Signal("numbering", 0.0, f"page {ctx.prev.number} was '{prev.text}'")
            # "Page 1 of 1" only says its own page was complete: an enclosure, terms or a
            # certificate often follow it (371 starts to 126 other pages over A-RR, against
            # 551 to 39 after a finished "2 of 2"); +2.5 there cost 25 pooled errors.
            score = 0.5 if prev.total == 1 else 2.5
            return Signal("numbering", score, f"page {ctx.prev.number} was '{prev.text}'")
        if prev.total is not None and signal_layout(ctx) is None:
            # (A page of another size without a number is not the page it was waiting for:
            # a document's sample or scan often lacks its last pages.)
            return Signal(
                "numbering", -2.0, f"page {ctx.prev.number} was '{prev.text}', more expected"
            )
    return None


def _section_one(ctx: Context) -> bool:
    """The page's first line heads section 1 and its head names no sender."""
    first = next((ln.strip() for ln in ctx.page.text.splitlines() if ln.strip()), "")
    return not ctx.cues.sender and vocab.SECTION_ONE_RE.match(first) is not None


def _after_covering_letter(ctx: Context) -> bool:
    """The previous page opened a document as an unnumbered letter (it greets) under the
    same running header as this page."""
    p = ctx.prev_cues
    return (
        ctx.prev_starts
        and p.numbering is None
        and p.salutation
        and bool(p.header)
        and jaccard(ctx.cues.header, p.header) >= 0.6
    )


def _announced_enclosure(ctx: Context) -> bool:
    """The previous page announced an enclosure, and every sender this page's head names (an
    organisation, a postcode and town) already stood on the previous page: the addressee's
    name in a report's "Organisation" line, not another sender's letterhead."""
    enclosure = signal_enclosure(ctx)
    return enclosure is not None and enclosure.score < 0 and not head_senders(ctx)[1]

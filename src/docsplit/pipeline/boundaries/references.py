"""The reference-number signal: an invoice, account, order or case number that changes
between pages (a new document) or stays the same (the same one, unless a letter opens)."""

from __future__ import annotations

from docsplit.pipeline.boundaries.context import Context, Signal, opens_letter
from docsplit.pipeline.boundaries.forms import (
    carried_from_open,
    compare_fields,
    listed_on,
    listed_ref,
    ref_differs,
    same_ref,
    signal_template,
)
from docsplit.pipeline.boundaries.heads import dated_lines
from docsplit.pipeline.boundaries.letters import bills_delivery, enclosed_copy
from docsplit.pipeline.boundaries.numbering import signal_numbering

#: The same reference number on the next page: stronger than a new-looking page (an itemised
#: call list or a price schedule repeating its bill number has a new title, header and words).
SAME_REF = 4.0
#: The same on a page that opens a letter with a salutation or starts its page numbers again.
SAME_REF_LETTER = 1.0
#: The same number as a page before the previous one, which did not carry it (a terms or notes
#: page between): over 42 parts 17 such pages began a document and 22 did not, no evidence
#: either way. (At 4.0, as for the previous page, 10 more starts were missed and no page more
#: was kept with its document.)
SAME_REF_EARLIER = 0.0


def signal_references(ctx: Context) -> Signal | None:
    """A reference number (invoice, account, order ...) that changes or stays the same."""
    cur, prev = ctx.cues.refs, ctx.prev_cues.refs
    shared = [k for k in cur if k in prev]
    if cur and (enclosed_copy(ctx) or listed_on(ctx) is not None or listed_ref(ctx)):
        # A receipt the open claim lists, or a copy enclosed: its own number is no new
        # document's.
        return None
    if not shared:
        # The previous page has none of them (the last page of a letter, a terms page):
        # compare with the numbers of the document so far.
        earlier = ctx.open_refs
        for key in cur:
            if key in earlier and not same_ref(ctx, cur[key], earlier[key]):
                return Signal(
                    "references",
                    3.0,
                    f"{key} no. {cur[key]} differs from {earlier[key]} earlier in the document",
                )
        same = next((k for k in cur if k in earlier), None)
        if same is None:
            return None
        return _same_ref_signal(ctx, f"same {same} no. {cur[same]} as earlier", earlier=True)
    if carried_from_open(ctx, codes_only=True) is not None:
        # The new number is one the open document listed: an enclosure it announced.
        return None
    for key in shared:
        if ref_differs(ctx, key):
            return Signal(
                "references", 3.0, f"{key} no. {cur[key]} differs from {prev[key]} on previous"
            )
    if signal_template(ctx) is not None:
        # The same account's next notice or statement: the head again with a new date.
        return Signal(
            "references", 0.0, f"same {shared[0]} no. {cur[shared[0]]}, head with new values"
        )
    return _same_ref_signal(ctx, f"same {shared[0]} no. {cur[shared[0]]}")


def _same_ref_signal(ctx: Context, reason: str, *, earlier: bool = False) -> Signal:
    if opens_letter(ctx):
        # A dated letter under the same account number: the sender's next letter about the
        # account (16 of 16 such pages over the parts A-S began a document).
        return Signal("references", 0.0, reason + ", but a letter opens here")
    if bills_delivery(ctx):
        # The invoice for the delivery before it bears the customer's same number.
        return Signal("references", 0.0, reason + ", but an invoice follows the delivery note")
    return Signal("references", -(SAME_REF_EARLIER if earlier else _same_ref(ctx)), reason)


def _same_ref(ctx: Context) -> float:
    """How much the same reference number speaks against a start on this page."""
    # A letter that opens with "Dear ..." under the same account number is the sender's next
    # letter about that account: over the development corpora every such page started one.
    if ctx.cues.salutation:
        return SAME_REF_LETTER
    if compare_fields(ctx)[0]:
        # A pay period or a name that changed under the same employer or account number:
        # the account's next notice (``identity`` weighs the field).
        return SAME_REF_LETTER
    c, p = ctx.cues, ctx.prev_cues
    if (
        c.title_word
        and c.title_word != p.title_word
        and c.date
        and p.date
        and c.date != p.date
        and dated_lines(c.head_lines)
    ):
        # A new title and a date of its own ("Date 24/03/2025", not a table's first row)
        # under the same account: the supplier's next delivery note after a collection
        # ticket, not a later page of the ticket.
        return SAME_REF_LETTER
    numbering = signal_numbering(ctx)
    if numbering is not None and numbering.score > 0:
        # Page numbers that start again under the same account number: the account's next
        # statement or invoice (17 of 17 such pages in the corpora started one).
        return SAME_REF_LETTER
    return SAME_REF

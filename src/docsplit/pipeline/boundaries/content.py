"""Signals from a page's words and running lines: vocabulary similarity with the previous
page and a running header or footer that changes or stays the same."""

from __future__ import annotations

from docsplit.pipeline.boundaries.context import Context, Signal, opens_letter
from docsplit.pipeline.boundaries.cues import cosine, jaccard
from docsplit.pipeline.boundaries.forms import (
    compare_fields,
    ref_differs,
    same_ref,
    signal_template,
)
from docsplit.pipeline.boundaries.heads import renumbered
from docsplit.pipeline.boundaries.layout import same_title, signal_repeat_title

#: Cosine similarity of topic words at which the similarity signal is neutral.
SIMILARITY_PIVOT = 0.35
#: Log-odds per unit of similarity away from the pivot, and the most it may add or take.
SIMILARITY_SLOPE = 7.0
SIMILARITY_CAP = 2.0
#: The cap on the other side is lower: a page much like the previous one may continue it, or be
#: a second document of the same template (two quotations or manifests of one sender in a row),
#: so high similarity is weaker evidence than low. Measured on the development corpora (and the
#: fresh templates C once they had been measured): 1.0 kept every dev score and raised fresh
#: born-digital F1 0.925 -> 0.954; 0.5 lost a real development stream.
SIMILARITY_CAP_SAME = 1.0
#: Log-odds for a running header or footer that stays the same (times ``HEADER_SAME_FACTOR``).
HEADER_WEIGHT = 1.2
#: Log-odds for a running header, and a footer, that changes. (Both were ``HEADER_WEIGHT``
#: until over A-RR a new header alone began 3,948 documents and came with 1,557 later pages,
#: a new footer alone 96 and 74: a schedule, a plan or terms set differently. 0.8 and 0.6
#: split 44 fewer pages and keep 30 fewer starts over A-RR.)
HEADER_NEW_WEIGHT = 0.8
FOOTER_NEW_WEIGHT = 0.6
#: Log-odds for the same running header with another identifier in it (an equine passport's
#: UELN, a house air waybill): the next one of its kind.
HEADER_NEW_NUMBER = 1.5
#: A net "stays the same" counts this much: a sender prints one header on all its documents.
#: Chosen on the development corpora (with templates C and D once measured): 0.5 kept every
#: other score and raised templates D scanned F1 0.873 -> 0.912, born-digital 0.973 -> 0.976.
HEADER_SAME_FACTOR = 0.5


def signal_similarity(ctx: Context) -> Signal | None:
    """Vocabulary overlap with the previous page: little overlap suggests a new document.

    The score shrinks with the shorter page's word count: a cover page or a half-empty last
    page shares few words with anything, and that says little.
    """
    a, b = ctx.cues.words, ctx.prev_cues.words
    shorter = min(sum(a.values()), sum(b.values()))
    if shorter < 8:
        return None
    sim = cosine(a, b)
    # Neighbouring pages of one document typically share 0.3-0.6 of their topic vocabulary,
    # pages of unrelated documents under 0.1.
    weight = min(1.0, shorter / 80)
    raw = (SIMILARITY_PIVOT - sim) * SIMILARITY_SLOPE
    score = max(-SIMILARITY_CAP_SAME, weight * max(-SIMILARITY_CAP, min(SIMILARITY_CAP, raw)))
    reason = f"similarity to page {ctx.prev.number} {sim:.2f}"
    if score < 0 and signal_repeat_title(ctx) is not None:
        differ, same = compare_fields(ctx)
        if differ or not same:
            # The same form again, filled in anew: the shared words are the form's.
            return Signal("similarity", 0.0, reason + " (same form again)")
    if score < 0 and signal_template(ctx) is not None:
        return Signal("similarity", 0.0, reason + " (same template, new values)")
    if score < 0 and opens_letter(ctx):
        # One sender's letterhead, address and account words fill both pages.
        return Signal("similarity", 0.0, reason + " (a letter opens here)")
    return Signal("similarity", score, reason)


def signal_header_footer(ctx: Context) -> Signal | None:
    """The running header/footer (digits ignored) changes between documents; that it stays
    the same is weaker evidence, since one sender prints the same header on every document."""
    score = 0.0
    reasons: list[str] = []
    # The same template filled in anew (other identity fields or reference number, or the
    # same large title again) keeps its header and footer: that says nothing about continuing.
    differ, same = compare_fields(ctx)
    refs, prev_refs = ctx.cues.refs, ctx.prev_cues.refs
    new_ref = any(ref_differs(ctx, k) for k in refs if k in prev_refs)
    template = (
        bool(differ)
        or new_ref
        or (same_title(ctx) and not same)
        or signal_template(ctx) is not None
    )
    for name, a, b in (
        ("header", ctx.cues.header, ctx.prev_cues.header),
        ("footer", ctx.cues.footer, ctx.prev_cues.footer),
    ):
        if not a or not b:
            continue
        j = jaccard(a, b)
        if j >= 0.6 and template:
            reasons.append(f"same {name} (same template, new values)")
        elif j >= 0.6 and name == "header" and (number := _new_header_number(ctx)):
            score += HEADER_NEW_NUMBER
            reasons.append(f"same header with another number ({number})")
        elif j >= 0.6:
            score -= HEADER_WEIGHT
            reasons.append(f"same {name}")
        elif j <= 0.2:
            score += HEADER_NEW_WEIGHT if name == "header" else FOOTER_NEW_WEIGHT
            reasons.append(f"new {name}")
    if not reasons:
        return None
    if score < 0:
        c, p = ctx.cues, ctx.prev_cues
        if (p.closing or p.signature or p.total) and (
            c.salutation or c.subject is not None or c.title_word is not None
        ):
            # This page begins (salutation, subject, title) right after one that ended
            # (closing formula, signature, totals): the same header is only the same sender.
            score = 0.0
            reasons.append(f"but page {ctx.prev.number} ended")
        elif opens_letter(ctx):
            score = 0.0
            reasons.append("but a letter opens here")
        else:
            score *= HEADER_SAME_FACTOR
    return Signal("header_footer", score, ", ".join(reasons))


def _new_header_number(ctx: Context) -> str | None:
    """The identifier in the first line when it changed to another of the same shape: not a
    misreading ("MO50669934" read "M050669934"), nor the next number of a series (finding
    forms NC-2024-003, NC-2024-004 of one audit report)."""
    old, new = ctx.prev_cues.header_ids, ctx.cues.header_ids
    if not renumbered(old, new) or any(same_ref(ctx, a, b) for a in new for b in old):
        return None
    return min(new)

"""The entry point: every signal of a strategy, the combiner, and pages into documents.

``detect_with_decisions`` walks the pages once, keeping the open document's barcode, reference
numbers and last bodies for the signals; ``combine`` adds the scores to a prior and applies the
logistic function; ``_spans`` turns the per-page decisions into documents with a confidence,
reasons, a title and a date guess, and lists the possible starts the reviewer should check."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import attrs

from docsplit.adapters.barcodes import is_separator_value
from docsplit.models import (
    DocumentSpan,
    PossibleStart,
    ProcessingOptions,
    Proposal,
    Stage,
    Strategy,
)
from docsplit.pipeline.boundaries import vocab, weights
from docsplit.pipeline.boundaries.content import signal_header_footer, signal_similarity
from docsplit.pipeline.boundaries.context import Context, Signal, SignalFn
from docsplit.pipeline.boundaries.cues import find_date, page_body, page_cues
from docsplit.pipeline.boundaries.forms import (
    signal_carried_code,
    signal_identity,
    signal_listed,
    signal_template,
)
from docsplit.pipeline.boundaries.layout import signal_cover, signal_layout, signal_repeat_title
from docsplit.pipeline.boundaries.letters import (
    signal_attachment,
    signal_billed,
    signal_copy,
    signal_enclosure,
    signal_first_page,
    signal_last_page,
    signal_overleaf,
    signal_sender,
)
from docsplit.pipeline.boundaries.numbering import signal_numbering
from docsplit.pipeline.boundaries.references import signal_references
from docsplit.pipeline.boundaries.separators import (
    is_separator_sheet,
    labelled_page,
    signal_barcode,
    signal_separator,
)
from docsplit.pipeline.extract import PageFeatures
from docsplit.pipeline.progress import ProgressFn, no_progress

#: A page whose probability reaches this starts a document.
THRESHOLD = 0.5
#: A page whose probability lies between this and :data:`THRESHOLD` is kept as a possible
#: start for the reviewer. Over the generated parts A-T and the real streams, 0.2 flags 2.3 %
#: of the born-digital pages and holds 28 of the 67 missed boundaries (scans: 4.0 %, 24 of
#: 50); 0.1 would hold 41 of 67 for 5.0 % of the pages.
POSSIBLE_START = 0.2
#: How many of the open document's last pages a page's head codes are looked up in.
OPEN_BODY_PAGES = 6
#: Every signal of the ``auto`` strategy, by name (the names are used for ablation).
SIGNALS: dict[str, SignalFn] = {
    "separator": signal_separator,
    "barcode": signal_barcode,
    "numbering": signal_numbering,
    "first_page": signal_first_page,
    "last_page": signal_last_page,
    "enclosure": signal_enclosure,
    "attachment": signal_attachment,
    "copy": signal_copy,
    "overleaf": signal_overleaf,
    "references": signal_references,
    "similarity": signal_similarity,
    "identity": signal_identity,
    "template": signal_template,
    "carried_code": signal_carried_code,
    "listed": signal_listed,
    "billed": signal_billed,
    "repeat_title": signal_repeat_title,
    "cover": signal_cover,
    "header_footer": signal_header_footer,
    "layout": signal_layout,
    "sender": signal_sender,
}
#: The signals of the ``separators`` strategy.
SEPARATOR_SIGNALS = ("separator", "barcode")


def duplex_backs(pages: Sequence[PageFeatures]) -> frozenset[int]:
    """The empty backs of a duplex scan (``ProcessingOptions.duplex``): blank pages in even
    places (a sheet's back) behind a page with content. A blank sheet fed between documents is
    blank on both sides (an odd page and the even one after it) and still separates them.

    Not guessed from the page pattern alone: a simplex stream of one-page documents, each with
    a blank sheet after it, has the same pattern (over A-RRRR's born-digital streams, taking
    nine in ten blank pages in such places for backs lost 11 starts and kept no page more)."""
    return _backs({p.number for p in pages if p.is_blank})


def _backs(blank: set[int]) -> frozenset[int]:
    """Of the blank page numbers ``blank``, those in even places behind a page with content."""
    return frozenset(n for n in blank if n % 2 == 0 and n - 1 not in blank)


#: A stream looks like a duplex scan of single-sided paper when at least this many sheets
#: have a blank back, at least :data:`DUPLEX_SHARE` of its even pages are such backs, and
#: nine in ten of its blank pages are backs or blank sheets.
DUPLEX_MIN_BACKS = 4
DUPLEX_SHARE = 0.4


def duplex_note(pages: Sequence[PageFeatures]) -> str | None:
    """Advice to analyse again with ``duplex`` when the blank pages stand where a duplex scan
    of single-sided paper leaves them. Only advice: one-page documents with a blank sheet
    behind each look the same."""
    blank = {p.number for p in pages if p.is_blank}
    backs = _backs(blank)
    sheets = {n for n in blank if n % 2 == 1 and n + 1 in blank}
    other = blank - backs - sheets - {n + 1 for n in sheets}
    sheet_count = (len(pages) + 1) // 2
    if (
        len(backs) < DUPLEX_MIN_BACKS
        or len(backs) < DUPLEX_SHARE * (len(pages) // 2)
        or len(other) > 0.1 * len(blank)
    ):
        return None
    return (
        f"{len(backs)} of {sheet_count} sheets have a blank back, as a duplex scan of "
        "single-sided paper leaves them; if this is one, analyse it again with the duplex "
        "option, so that the blank backs do not separate documents"
    )


def combine(signals: Sequence[Signal], prior: float | None = None) -> float:
    """Probability that the page starts a document: logistic of the prior plus the signal
    scores, each weighted by its signal's fitted weight for its sign (:mod:`.weights`)."""
    z = weights.PRIOR if prior is None else prior
    for s in signals:
        positive, negative = weights.WEIGHTS.get(s.name, (1.0, 1.0))
        z += s.score * (positive if s.score > 0 else negative)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@attrs.frozen
class PageDecision:
    """The decision about one page, kept for evaluation and debugging."""

    number: int
    probability: float
    signals: tuple[Signal, ...]
    separator: bool


#: Under ``OcrScope.ADAPTIVE``, a decision with a probability between these two asks for the
#: whole text of its page and of the content page before it. (0.15, 0.85) decided exactly as
#: whole-page OCR on the first development corpora but not on templates D (scanned F1 0.929
#: against 0.947); (0.1, 0.9) closed that gap for ~30 % more full readings. Runs of one
#: sender's one-page documents (receipts, donation confirmations) look alike in their bands and
#: differ by a number mid-page, at p 0.05-0.08: 0.03 reads them for ~20 % more full readings
#: (scanned F1 on all generated and real dev scans 0.952 -> 0.956; whole-page OCR 0.957).
UNSURE = (0.03, 0.9)


def unsure_pages(
    pages: Sequence[PageFeatures],
    decisions: Sequence[PageDecision],
    unsure: tuple[float, float] = UNSURE,
) -> list[int]:
    """Pages read in part whose whole text could change a boundary decision: both sides of
    every decision between ``unsure[0]`` and ``unsure[1]``."""
    need: set[int] = set()
    prev: int | None = None
    for d in decisions:
        if d.separator:
            continue
        if prev is not None and unsure[0] <= d.probability <= unsure[1]:
            need.update((prev, d.number))
        prev = d.number
    return sorted(n for n in need if pages[n - 1].ocr_partial)


def detect_boundaries(
    pages: Sequence[PageFeatures],
    options: ProcessingOptions,
    progress: ProgressFn = no_progress,
    *,
    disabled: Collection[str] = (),
) -> Proposal:
    """The proposed documents for ``pages`` under ``options.strategy``.

    ``disabled`` names signals to leave out (the evaluation's ablation).
    """
    return detect_with_decisions(pages, options, progress, disabled=disabled)[0]


def detect_with_decisions(
    pages: Sequence[PageFeatures],
    options: ProcessingOptions,
    progress: ProgressFn = no_progress,
    *,
    disabled: Collection[str] = (),
) -> tuple[Proposal, list[PageDecision]]:
    """Like :func:`detect_boundaries`, also returning the per-page decisions."""
    total = len(pages)
    progress(Stage.BOUNDARY_DETECTION, 0, total, "")
    if total == 0:
        progress(Stage.BOUNDARY_DETECTION, 0, 0, "no pages")
        return Proposal(documents=()), []
    strategy = options.strategy
    if strategy is Strategy.MANUAL:
        span = DocumentSpan(1, total, 1.0, ("manual: one document of all pages",))
        progress(Stage.BOUNDARY_DETECTION, total, total, "1 document")
        return Proposal(documents=(_describe(span, pages),), source="manual"), []
    if strategy is Strategy.EVERY_N:
        n = max(1, options.every_n)
        spans = [
            _describe(
                DocumentSpan(s, min(s + n - 1, total), 1.0, (f"page {s}: every {n} pages",)), pages
            )
            for s in range(1, total + 1, n)
        ]
        progress(Stage.BOUNDARY_DETECTION, total, total, f"{len(spans)} documents")
        return Proposal(documents=tuple(spans), source="every_n"), []

    names = SEPARATOR_SIGNALS if strategy is Strategy.SEPARATORS else tuple(SIGNALS)
    active = [(n, SIGNALS[n]) for n in names if n not in disabled]
    cues = [page_cues(p) for p in pages]
    decisions: list[PageDecision] = []
    prev_index: int | None = None
    between: list[PageFeatures] = []
    open_barcode: str | None = None
    open_refs: dict[str, str] = {}
    open_bodies: list[tuple[int, str]] = []
    open_pages: list[PageFeatures] = []
    open_first: int | None = None
    backs = duplex_backs(pages) if options.duplex else frozenset()
    for i, page in enumerate(pages):
        if page.number in backs:
            # A sheet's empty back: left out of the documents like a separator sheet, but no
            # evidence that a document ends here.
            decisions.append(PageDecision(page.number, 0.0, (), True))
            continue
        if is_separator_sheet(page) and not labelled_page(page, cues[i], open_barcode):
            decisions.append(PageDecision(page.number, 0.0, (), True))
            between.append(page)
            # The code on a separator sheet labels the document that follows it.
            codes = [c for c in page.barcodes if not is_separator_value(c)]
            open_barcode = codes[0] if codes else None
            continue
        if prev_index is None:
            signals: tuple[Signal, ...] = (Signal("first", 30.0, "first page"),)
            prob = 1.0
        else:
            ctx = Context(
                page,
                cues[i],
                pages[prev_index],
                cues[prev_index],
                tuple(between),
                open_barcode,
                dict(open_refs),
                decisions[prev_index].probability >= THRESHOLD,
                tuple(reversed(open_bodies)),
                None
                if open_first is None or open_first == prev_index
                else (pages[open_first], cues[open_first]),
                tuple(reversed(open_pages)),
            )
            signals = tuple(s for _, fn in active if (s := fn(ctx)) is not None)
            prob = combine(signals)
        decisions.append(PageDecision(page.number, prob, signals, False))
        if prob >= THRESHOLD:
            open_first = i
            # A new document: it carries the code of the separator sheet before it, if any.
            sheet_codes = [c for sep in between for c in sep.barcodes if not is_separator_value(c)]
            open_barcode = sheet_codes[-1] if sheet_codes else None
            open_refs = {}
            open_bodies = []
            open_pages = []
        open_refs.update(cues[i].refs)
        # Only the last few pages: a head refers back to the pages just before it, and a long
        # document must not make every page search all of it.
        open_bodies = [*open_bodies[-(OPEN_BODY_PAGES - 1) :], (page.number, page_body(page))]
        open_pages = [*open_pages[-(OPEN_BODY_PAGES - 1) :], page]
        if page.barcodes:
            open_barcode = page.barcodes[0]
        prev_index = i
        between = []
        if i % 200 == 0:
            progress(Stage.BOUNDARY_DETECTION, i, total, "")

    # A back is no separator sheet to keep: it opens no document under ``keep_separators``.
    kept = [d for d in decisions if d.number not in backs]
    spans = _spans(pages, kept, keep_separators=options.keep_separators)
    if not spans:
        # Nothing but blank pages and separator sheets: splitting would leave nothing, so
        # propose the stream as it is and let the user decide.
        codes = [c for p in pages for c in p.barcodes]
        spans = [
            DocumentSpan(
                1,
                total,
                0.0,
                ("every page is blank or a separator sheet",),
                barcode=codes[0] if codes else None,
            )
        ]
    note = None if options.duplex else duplex_note(pages)
    proposal = Proposal(
        documents=tuple(spans),
        # A duplex scan's empty backs are left out inside a document too.
        excluded_pages=tuple(
            p
            for p in range(1, total + 1)
            if p in backs or not any(s.start <= p <= s.end for s in spans)
        ),
        source=str(strategy),
        possible_starts=_possible_starts(decisions, spans),
        notes=(note,) if note else (),
    )
    progress(Stage.BOUNDARY_DETECTION, total, total, f"{len(spans)} documents")
    return proposal, decisions


def _spans(
    pages: Sequence[PageFeatures], decisions: Sequence[PageDecision], *, keep_separators: bool
) -> list[DocumentSpan]:
    """Turn per-page decisions into spans; separator sheets end a span and are dropped or (with
    ``keep_separators``) open the next one. A blank page inside a document (the next page
    continues it) stays in that document."""
    spans: list[DocumentSpan] = []
    start: int | None = None
    end = 0
    conf = 1.0
    reasons: list[str] = []
    barcode: str | None = None
    pending_seps: list[PageDecision] = []

    def close() -> None:
        nonlocal start
        if start is not None:
            spans.append(
                _describe(
                    DocumentSpan(start, end, round(conf, 3), tuple(reasons), barcode=barcode), pages
                )
            )
        start = None

    for d in decisions:
        if d.separator:
            pending_seps.append(d)
            continue
        page = pages[d.number - 1]
        is_start = start is None or d.probability >= THRESHOLD
        if is_start:
            if start is not None:
                close()
            sep_codes = [c for s in pending_seps for c in pages[s.number - 1].barcodes]
            first = pending_seps[0].number if keep_separators and pending_seps else d.number
            start, end = first, d.number
            conf = d.probability if len(spans) or d.number > 1 else 1.0
            conf = min(conf, 1.0)
            reasons = [_reason_line(d)]
            codes = [c for c in sep_codes if not is_separator_value(c)] + list(page.barcodes)
            barcode = codes[0] if codes else None
        else:
            end = d.number
            conf = min(conf, 1.0 - d.probability)
        pending_seps = []
    if start is not None and keep_separators and pending_seps:
        end = pending_seps[-1].number
    close()
    return spans


def _reason_line(d: PageDecision) -> str:
    """A decision's reasons on one line, every signal that counted for or against: "page 5:
    'Page 1 of 2'; new letterhead; similarity to page 4 0.08"."""
    fired = [s.reason for s in d.signals if s.name != "first" and abs(s.score) > 0.05]
    return f"page {d.number}: " + "; ".join(fired) if fired else f"page {d.number}"


def _possible_starts(
    decisions: Sequence[PageDecision], spans: Sequence[DocumentSpan]
) -> tuple[PossibleStart, ...]:
    starts = {s.start for s in spans}
    return tuple(
        PossibleStart(d.number, round(d.probability, 3), (_reason_line(d),))
        for d in decisions
        if not d.separator
        and POSSIBLE_START <= d.probability < THRESHOLD
        and d.number not in starts
    )


def _describe(span: DocumentSpan, pages: Sequence[PageFeatures]) -> DocumentSpan:
    """Add a title and a date guess from the span's first content page."""
    first = next(
        (p for p in pages[span.start - 1 : span.end] if p.char_count and not is_separator_sheet(p)),
        None,
    )
    if first is None:
        return span
    return attrs.evolve(span, title=guess_title(first), date=find_date(first.text[:3000]))


def guess_title(page: PageFeatures) -> str | None:
    """A subject line, else the largest-font text near the top, else the first title-like line."""
    lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()]
    subject = vocab.SUBJECT_RE.search("\n".join(lines[:30]))
    if subject:
        return subject.group(1).strip()[:80]
    large = page.large_text.strip()
    if large and sum(ch.isalpha() for ch in large) >= 3 and len(large) <= 80:
        return large
    for line in lines[:15]:
        if vocab.TITLE_RE.search(line) and len(line) <= 80:
            return line
    for line in lines[:5]:
        if sum(ch.isalpha() for ch in line) >= 4:
            return line[:80]
    return None

"""Boundary detection: which pages start a document, with a probability and reasons.

Pure functions over :class:`~docsplit.pipeline.extract.PageFeatures`; no I/O. Each signal looks
at a page and its predecessor and returns a :class:`Signal`: a score in log-odds units (positive
means "starts a document", negative "continues the previous one") and a reason a person can check
("'Page 2 of 3' follows 'Page 1 of 3'"). The combiner adds the scores to a prior and turns the sum
into a probability with the logistic function, so strong evidence (page numbering, separator
sheets) outvotes weak evidence (a change of vocabulary) and every decision can be explained by
listing the signals that fired. The weights were set on the development parts of the generated
corpora and checked on held-out and blind parts; ``docs/boundaries.md`` lists the measurements.

The modules, in the order data flows through them:

- ``vocab``: the patterns and word lists (EN/DE/FR);
- ``cues``: one page's cues (:class:`PageCues`), computed once per page;
- ``heads``: whether a page's head is the previous one filled in anew;
- ``context``: :class:`Context` and :class:`Signal`;
- the signals: ``separators``, ``layout``, ``forms``, ``content``, ``letters``, ``numbering``,
  ``references`` (each imports only the ones above it in this list);
- ``detect``: the signal table, the combiner and the entry points.
"""

from docsplit.pipeline.boundaries.context import Context, Signal, SignalFn
from docsplit.pipeline.boundaries.cues import PageCues, page_cues
from docsplit.pipeline.boundaries.detect import (
    SIGNALS,
    UNSURE,
    PageDecision,
    combine,
    detect_boundaries,
    detect_with_decisions,
    guess_title,
    unsure_pages,
)

__all__ = [
    "SIGNALS",
    "UNSURE",
    "Context",
    "PageCues",
    "PageDecision",
    "Signal",
    "SignalFn",
    "combine",
    "detect_boundaries",
    "detect_with_decisions",
    "guess_title",
    "page_cues",
    "unsure_pages",
]

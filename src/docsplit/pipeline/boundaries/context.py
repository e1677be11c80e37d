"""What a signal sees: :class:`Context` (one page, the content page before it and the open
document) and what it returns: :class:`Signal` (a score in log-odds and a reason for people)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from docsplit.pipeline.boundaries.cues import PageCues
from docsplit.pipeline.extract import PageFeatures


@attrs.frozen
class Signal:
    """One piece of evidence about one page: ``score`` in log-odds, ``reason`` for people."""

    name: str
    score: float
    reason: str


@attrs.frozen
class Context:
    """What a signal may look at for one page."""

    page: PageFeatures
    cues: PageCues
    prev: PageFeatures
    prev_cues: PageCues
    #: Pages between ``prev`` and ``page`` that were separator sheets or blank.
    separators_between: tuple[PageFeatures, ...]
    #: The last barcode value seen on a content page of the current document, if any.
    open_barcode: str | None
    #: The reference numbers seen so far on the pages of the current document.
    open_refs: Mapping[str, str] = attrs.field(factory=dict)
    #: Whether ``prev`` was decided to start a document.
    prev_starts: bool = True
    #: The bodies (below their first lines, upper case) of the current document's last pages,
    #: newest first: what a page's head may refer back to. Empty means ``prev`` alone.
    open_bodies: tuple[tuple[int, str], ...] = ()
    #: The first page of the current document and its cues, when that is not ``prev``.
    open_first: tuple[PageFeatures, PageCues] | None = None
    #: The current document's last pages themselves, newest first (the pages of
    #: ``open_bodies``): what a list's rows may name, which a body's first lines can hold.
    open_pages: tuple[PageFeatures, ...] = ()

    @property
    def document_first(self) -> tuple[PageFeatures, PageCues]:
        """The open document's first page and its cues: ``open_first``, else ``prev``."""
        return self.open_first or (self.prev, self.prev_cues)


SignalFn = Callable[[Context], Signal | None]


def opens_letter(ctx: Context) -> bool:
    """The page opens a letter of its own date: a salutation and a date the previous page does
    not carry. A letter's later pages greet nobody, so after a page of the same sender this is
    the sender's next letter (18 of 19 such pages over the parts A-S begin a document)."""
    c = ctx.cues
    return c.salutation and c.date is not None and c.date != ctx.prev_cues.date

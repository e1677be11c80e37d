"""Domain values shared by every layer: stages, statuses, sessions, pages and documents.

These are plain attrs classes with no I/O. The wire format (``protocol/``) and the database
(``services/storage.py``) convert to and from them at their own edges.
"""

from __future__ import annotations

import enum
from datetime import datetime

import attrs


class Stage(enum.StrEnum):
    """The processing stages, in pipeline order; their names are part of the public API."""

    UPLOAD = "upload"
    VALIDATION = "validation"
    TEXT_EXTRACTION = "text_extraction"
    OCR = "ocr"
    BOUNDARY_DETECTION = "boundary_detection"
    SPLITTING = "splitting"
    COMPLETE = "complete"


class SessionStatus(enum.StrEnum):
    """Life of a session.

    uploaded -> queued -> processing -> ready (boundaries proposed, waiting for review)
    ready -> splitting -> split. Any running state may end in failed, cancelled or (after a
    crash or shutdown) interrupted, from which ``retry`` restarts the interrupted job.
    """

    UPLOADED = "uploaded"
    QUEUED = "queued"
    PROCESSING = "processing"
    READY = "ready"
    SPLITTING = "splitting"
    SPLIT = "split"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    CANCELLED = "cancelled"


class JobKind(enum.StrEnum):
    PROCESS = "process"
    SPLIT = "split"


class OcrMode(enum.StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class OcrScope(enum.StrEnum):
    """How much of a scanned page OCR reads before the boundaries are proposed."""

    #: The top and bottom bands of every page first (where boundary cues live), the rest of a
    #: page only where the boundary around it is uncertain.
    ADAPTIVE = "adaptive"
    #: Every page in full (slower; for users who want each page's whole text stored).
    FULL = "full"


class Strategy(enum.StrEnum):
    AUTO = "auto"
    SEPARATORS = "separators"
    EVERY_N = "every_n"
    MANUAL = "manual"


@attrs.frozen
class ProcessingOptions:
    """Per-session options, given as the JSON ``options`` field of the upload."""

    ocr: OcrMode = OcrMode.AUTO
    strategy: Strategy = Strategy.AUTO
    every_n: int = 1
    dpi: int | None = None
    language: str | None = None
    keep_separators: bool = False
    #: The paper was scanned on both sides: a blank page in an even place behind a page with
    #: content is that sheet's empty back, left out of the documents without separating them.
    duplex: bool = False
    #: None: the server's ``ocr_scope`` setting.
    ocr_scope: OcrScope | None = None


@attrs.frozen
class PageInfo:
    """What the pipeline learned about one page (1-based ``number``)."""

    number: int
    width: float = 0.0
    height: float = 0.0
    text: str = ""
    ocr_used: bool = False
    ocr_confidence: float | None = None
    rotation: int = 0
    is_blank: bool = False
    is_separator: bool = False
    barcodes: tuple[str, ...] = ()
    #: True when OCR read only the page's top and bottom bands (``ocr_scope`` ``adaptive``):
    #: ``text`` then holds those bands' text, not the whole page's.
    ocr_partial: bool = False


@attrs.frozen
class DocumentSpan:
    """One document of a split: pages ``start``..``end`` (1-based, inclusive).

    ``confidence``, ``reasons``, ``title`` and ``date`` come from boundary detection; a span set by
    the user carries confidence 1.0 and the reason "set by user".
    """

    start: int
    end: int
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()
    title: str | None = None
    date: str | None = None
    barcode: str | None = None

    @property
    def page_count(self) -> int:
        return self.end - self.start + 1


@attrs.frozen
class PossibleStart:
    """A page where boundary detection weighed a new document and decided against it, with
    the probability it gave and its reasons for and against: kept for the reviewer, since
    40-50 % of the boundaries the detector misses fall on such pages."""

    page: int
    probability: float
    reasons: tuple[str, ...] = ()


@attrs.frozen
class Proposal:
    """Boundary detection's answer: the documents, the pages left out (separator sheets) and
    the pages that nearly started a document."""

    documents: tuple[DocumentSpan, ...]
    excluded_pages: tuple[int, ...] = ()
    source: str = "detected"
    possible_starts: tuple[PossibleStart, ...] = ()
    #: Advice about the whole stream for the reviewer ("this looks like a duplex scan ...").
    notes: tuple[str, ...] = ()


@attrs.frozen
class OutputDocument:
    """A written output PDF: pages ``start``..``end`` less any left-out separator pages."""

    index: int
    start: int
    end: int
    title: str | None
    filename: str
    size_bytes: int
    page_count: int


@attrs.frozen
class Session:
    """A row of the sessions table."""

    id: str
    filename: str
    status: SessionStatus
    created_at: datetime
    updated_at: datetime
    size_bytes: int = 0
    page_count: int | None = None
    stage: Stage | None = None
    stage_current: int = 0
    stage_total: int = 0
    progress: float = 0.0
    options: ProcessingOptions = ProcessingOptions()
    owner: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    boundaries_source: str | None = None

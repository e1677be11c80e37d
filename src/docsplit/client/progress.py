"""ProgressTracker: what a session's message stream says about its progress, in one object.

Fed with the messages of :class:`~docsplit.client.websocket.WebSocketClient` (or anything that
yields :mod:`docsplit.protocol.messages` values), it keeps the overall percentage, a summary per
stage (started, finished, duration, last percentage, ETA), the errors, the proposed or written
documents, and whether the session is complete. :func:`track_session_progress` is the one-call
convenience: connect, follow until processing (or the split) is over, return the tracker.

Stage times come from the messages' server timestamps, not from when they arrived here, so a
replayed stream after a reconnect gives the same durations as a live one.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

import attrs

from docsplit.client.websocket import CONNECTION_TYPES, AnyMessage, WebSocketClient
from docsplit.protocol.messages import (
    ConnectionMessage,
    ErrorMessage,
    ProcessingCompleteMessage,
    ProcessingErrorMessage,
    ProcessingStartMessage,
    ProgressMessage,
    SplitCompleteMessage,
    SplitErrorMessage,
    SplitProgressMessage,
    SplitStartMessage,
    StatusMessage,
)

Until = Literal["processing", "split"]
#: Statuses after which nothing more will happen without a new request.
FAILED_STATUSES = frozenset({"failed", "cancelled", "deleted"})
DONE_STATUSES: dict[str, frozenset[str]] = {
    "processing": frozenset({"ready", "split"}),
    "split": frozenset({"split"}),
}


@attrs.define
class StageSummary:
    """One stage as seen so far; ``duration_s`` is known once the stage has finished."""

    name: str
    started_at: datetime | None = None
    finished_at: datetime | None = None
    percentage: float = 0.0
    current: int = 0
    total: int = 0
    eta_s: float | None = None
    message: str = ""

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def duration_s(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - self.started_at).total_seconds())


class ProgressTracker:
    """Aggregates a session's messages; call :meth:`feed` (or the tracker itself) with each.

    ``events`` holds every stream event fed, in order (connection-level chatter such as
    ``connection`` and ``heartbeat`` is left out), so a test or an audit log can check that
    nothing was lost or repeated. ``on_update(tracker)`` is called after every message.
    """

    def __init__(
        self,
        session_id: str | None = None,
        *,
        on_update: Callable[[ProgressTracker], None] | None = None,
    ) -> None:
        self.session_id = session_id
        self.on_update = on_update
        self.events: list[AnyMessage] = []
        self.status: str | None = None
        self.operation: Literal["processing", "split"] | None = None
        self.overall_percentage = 0.0
        self.current_stage: str | None = None
        self.stages: dict[str, StageSummary] = {}
        self.errors: list[ErrorMessage] = []
        self.page_count: int | None = None
        #: Proposed documents (after processing) or written documents (after a split).
        self.documents: list[dict[str, Any]] = []
        self.statistics: dict[str, Any] = {}
        self.processing_complete: ProcessingCompleteMessage | None = None
        self.split_complete: SplitCompleteMessage | None = None
        self.snapshot: dict[str, Any] | None = None

    # -- feeding ---------------------------------------------------------------------------

    def __call__(self, message: AnyMessage) -> None:
        self.feed(message)

    def feed(self, message: AnyMessage) -> None:
        """Update the state from one message."""
        if isinstance(message, ConnectionMessage):
            self._connection(message)
        elif message.type not in CONNECTION_TYPES and not self._stale_error(message):
            self.events.append(message)
            self._event(message)
        if self.on_update is not None:
            self.on_update(self)

    def _stale_error(self, message: AnyMessage) -> bool:
        # An ``error`` about this connection (invalid frame, limit) repeats an old id; it is
        # not part of the session's story.
        return message.type == "error" and bool(self.events) and message.id <= self.events[-1].id

    def _connection(self, message: ConnectionMessage) -> None:
        # With a replay coming, the snapshot is *ahead* of the events still to arrive; taking
        # its status now would end tracking before the replayed events were seen.
        if message.replayed:
            return
        snap = message.snapshot
        self.snapshot = snap
        self.status = snap.get("status", self.status)
        self.page_count = snap.get("page_count", self.page_count)
        progress = snap.get("progress") or {}
        stage = progress.get("stage")
        if isinstance(stage, str):
            self.current_stage = stage
        overall = progress.get("overall_percentage")
        if isinstance(overall, int | float):
            self.overall_percentage = float(overall)
        if snap.get("statistics"):
            self.statistics = dict(snap["statistics"])
        if snap.get("documents"):
            self.documents = list(snap["documents"])
        elif snap.get("boundaries"):
            self.documents = list(snap["boundaries"].get("documents", []))

    def _event(self, message: AnyMessage) -> None:
        if isinstance(message, StatusMessage):
            self.status = message.status
        elif isinstance(message, ProcessingStartMessage):
            self._start("processing")
            self.page_count = message.page_count
        elif isinstance(message, SplitStartMessage):
            self._start("split")
        elif isinstance(message, ProgressMessage):  # and SplitProgressMessage
            self._progress(message)
        elif isinstance(message, ProcessingCompleteMessage):
            self.processing_complete = message
            self.statistics = dict(message.statistics)
            self.documents = list(message.documents)
            self._finish_stages(message.timestamp)
        elif isinstance(message, SplitCompleteMessage):
            self.split_complete = message
            self.documents = list(message.documents)
            self.statistics = {**self.statistics, "split": dict(message.statistics)}
            self._finish_stages(message.timestamp)
        elif isinstance(message, ErrorMessage):  # error, processing_error, split_error
            self.errors.append(message)

    def _start(self, operation: Literal["processing", "split"]) -> None:
        self.operation = operation
        self.overall_percentage = 0.0
        self.current_stage = None
        if operation == "split":
            self.split_complete = None
        else:
            self.processing_complete = None

    def _progress(self, message: ProgressMessage) -> None:
        if isinstance(message, SplitProgressMessage):
            self.operation = "split"
        elif self.operation is None:
            self.operation = "processing"
        # A late joiner knows the current stage from the snapshot but has no summary yet.
        if message.stage != self.current_stage or message.stage not in self.stages:
            previous = self.stages.get(self.current_stage or "")
            if previous is not None and previous.finished_at is None:
                previous.finished_at = message.timestamp
            self.stages[message.stage] = StageSummary(
                name=message.stage, started_at=message.timestamp
            )
            self.current_stage = message.stage
        summary = self.stages[message.stage]
        summary.percentage = max(summary.percentage, message.stage_percentage)
        summary.current, summary.total = message.current, message.total
        summary.eta_s = message.eta_s
        summary.message = message.message
        if message.total and message.current >= message.total and summary.finished_at is None:
            summary.finished_at = message.timestamp
        self.overall_percentage = max(self.overall_percentage, message.overall_percentage)

    def _finish_stages(self, when: datetime) -> None:
        for summary in self.stages.values():
            if summary.finished_at is None:
                summary.finished_at = when
        self.overall_percentage = 100.0

    # -- questions -------------------------------------------------------------------------

    @property
    def failed(self) -> bool:
        """The job failed, was cancelled or the session deleted."""
        return self.status in FAILED_STATUSES or any(
            isinstance(e, ProcessingErrorMessage | SplitErrorMessage) for e in self.errors
        )

    @property
    def is_complete(self) -> bool:
        """Processing is over (boundaries proposed) or the session failed."""
        return self.done("processing")

    def done(self, until: Until = "processing") -> bool:
        """Whether tracking ``until`` this point can stop: reached it, or failed."""
        if self.failed:
            return True
        return self.status in DONE_STATUSES[until]

    @property
    def eta_s(self) -> float | None:
        stage = self.stages.get(self.current_stage or "")
        return stage.eta_s if stage is not None else None

    @property
    def event_ids(self) -> list[int]:
        return [m.id for m in self.events]

    def summary(self) -> dict[str, Any]:
        """Plain values for logs and JSON output."""
        return {
            "session_id": self.session_id,
            "status": self.status,
            "operation": self.operation,
            "overall_percentage": round(self.overall_percentage, 2),
            "current_stage": self.current_stage,
            "stages": {
                name: {
                    "started_at": s.started_at.isoformat() if s.started_at else None,
                    "finished_at": s.finished_at.isoformat() if s.finished_at else None,
                    "duration_s": s.duration_s,
                    "percentage": s.percentage,
                    "eta_s": s.eta_s,
                }
                for name, s in self.stages.items()
            },
            "errors": [{"type": e.type, "code": e.code, "message": e.message} for e in self.errors],
            "complete": self.is_complete,
            "failed": self.failed,
            "events": len(self.events),
        }


async def track_session_progress(
    base_url: str,
    session_id: str,
    *,
    token: str | None = None,
    until: Until = "processing",
    timeout: float | None = None,  # noqa: ASYNC109 - one deadline for connect + tracking
    on_update: Callable[[ProgressTracker], None] | None = None,
    tracker: ProgressTracker | None = None,
    **ws_options: Any,
) -> ProgressTracker:
    """Follow a session until processing (``until="processing"``) or the split is over, or it
    failed; return the tracker. ``ws_options`` go to :class:`WebSocketClient` (``last_id=0``
    replays the session's whole recent history; backoff settings...).

    Raises :class:`~docsplit.client.errors.WaitTimeout` after ``timeout`` seconds, and the
    WebSocket client's errors (``CannotConnect``, ``NotFound``, ``Unauthorized``...).
    """
    from docsplit.client.errors import WaitTimeout

    tracker = tracker or ProgressTracker(session_id, on_update=on_update)
    client = WebSocketClient(base_url, session_id, token=token, **ws_options)
    client.on("*", tracker.feed)
    try:
        async with asyncio.timeout(timeout):
            await client.connect()
            if not tracker.done(until):
                async for _message in client:
                    if tracker.done(until):
                        break
    except TimeoutError:
        raise WaitTimeout(
            f"session {session_id} did not finish {until} within {timeout} s"
        ) from None
    finally:
        with contextlib.suppress(Exception):
            await client.close()
    return tracker

"""JobManager: runs processing and splitting in the background, one place for every job.

- Each job is an asyncio task owned here (no fire-and-forget); blocking work runs in a
  ``ThreadPoolExecutor``. Per-page work (OCR) gets its own pool so a job waiting on its pages can
  never starve them.
- At most ``max_concurrent_jobs`` run at once; the rest wait in FIFO order (asyncio.Semaphore
  wakes waiters in order).
- Progress comes from worker threads through ``loop.call_soon_threadsafe`` and is published on
  the :class:`~docsplit.services.events.EventHub` with percentages that never go backwards and
  an ETA, and mirrored (throttled) into the session row.
- Cancellation and shutdown set the job's :class:`CancelToken`; the pipeline stops between pages.
  On shutdown the session is recorded ``interrupted``; on start every interrupted or unfinished
  job is resumed (``resume_interrupted``), so nothing stays silently stuck after ``kill -9``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import attrs

from docsplit.adapters import tesseract
from docsplit.config import Settings
from docsplit.errors import Cancelled, Conflict, DocsplitError, NotFound, ShuttingDown
from docsplit.models import (
    JobKind,
    OcrScope,
    OutputDocument,
    PageInfo,
    ProcessingOptions,
    Proposal,
    SessionStatus,
    Stage,
)
from docsplit.pipeline.analyse import AnalysisStats, analyse
from docsplit.pipeline.progress import CancelToken, ProgressFn
from docsplit.pipeline.split import build_zip, normalise, split_pdf
from docsplit.services.events import EventHub
from docsplit.services.storage import Storage

log = logging.getLogger(__name__)

# Share of the overall percentage each stage covers, per operation.
PROCESS_WEIGHTS: dict[Stage, tuple[float, float]] = {
    Stage.VALIDATION: (0.0, 5.0),
    Stage.TEXT_EXTRACTION: (5.0, 45.0),
    Stage.OCR: (45.0, 85.0),
    Stage.BOUNDARY_DETECTION: (85.0, 100.0),
    Stage.COMPLETE: (100.0, 100.0),
}
SPLIT_WEIGHTS: dict[Stage, tuple[float, float]] = {
    Stage.SPLITTING: (0.0, 95.0),
    Stage.COMPLETE: (95.0, 100.0),
}
# Publish at most this often per job, except stage changes and the last step of a stage.
PROGRESS_INTERVAL_S = 0.1
ROW_UPDATE_INTERVAL_S = 0.5


class Analyser(Protocol):
    """The pipeline's analysis entry point (``docsplit.pipeline.analyse.analyse``)."""

    def __call__(
        self,
        pdf_path: Path,
        options: ProcessingOptions,
        *,
        dpi: int,
        ocr_timeout_s: float,
        language: str,
        pool: Executor,
        progress: ProgressFn,
        cancel: CancelToken,
        ocr_scope: OcrScope,
    ) -> tuple[list[PageInfo], Proposal, AnalysisStats | dict[str, Any]]: ...


def default_analyser() -> Analyser:
    return analyse


@attrs.define
class _Tracker:
    """Per-job progress state, touched on the loop thread only."""

    operation: str
    weights: dict[Stage, tuple[float, float]]
    stage: Stage | None = None
    stage_started: float = 0.0
    stage_pct: float = 0.0
    overall: float = 0.0
    last_publish: float = 0.0
    last_row: float = 0.0
    durations: dict[str, float] = attrs.Factory(dict)


@attrs.define
class _Job:
    session_id: str
    kind: JobKind
    job_id: int
    token: CancelToken
    task: asyncio.Task[None] | None = None


class JobManager:
    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        hub: EventHub,
        analyser: Analyser | None = None,
    ) -> None:
        self._settings = settings
        self._storage = storage
        self._hub = hub
        self._analyser = analyser
        # Process-wide, like the page pool: one Tesseract binding serves every job.
        tesseract.select(settings.ocr_engine)
        self._slots = asyncio.Semaphore(settings.max_concurrent_jobs)
        self._job_pool = ThreadPoolExecutor(
            max_workers=settings.max_concurrent_jobs, thread_name_prefix="docsplit-job"
        )
        self._page_pool = ThreadPoolExecutor(
            max_workers=settings.workers, thread_name_prefix="docsplit-page"
        )
        self._jobs: dict[str, _Job] = {}
        self._closing = False

    # -- public API --------------------------------------------------------------------------

    @property
    def running(self) -> int:
        return len(self._jobs)

    def is_active(self, session_id: str) -> bool:
        return session_id in self._jobs

    def submit(self, session_id: str, kind: JobKind, job_id: int | None = None) -> None:
        """Queue a job for a session; one job per session at a time."""
        if self._closing:
            raise ShuttingDown()
        if session_id in self._jobs:
            raise Conflict("a job is already running for this session")
        if job_id is None:
            job_id = self._storage.add_job(session_id, kind.value)
        job = _Job(session_id=session_id, kind=kind, job_id=job_id, token=CancelToken())
        self._jobs[session_id] = job
        self._set_status(session_id, SessionStatus.QUEUED, {"job": kind.value})
        job.task = asyncio.get_running_loop().create_task(
            self._run(job), name=f"docsplit-{kind.value}-{session_id}"
        )

    async def cancel(self, session_id: str, reason: str = "cancelled", wait: float = 10.0) -> bool:
        """Stop a session's job between pages; True when one was running."""
        job = self._jobs.get(session_id)
        if job is None or job.task is None:
            return False
        job.token.cancel(reason)
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(job.task), wait)
        return True

    async def resume_unfinished(self) -> None:
        """After a start: resume (or mark interrupted) every job that did not finish."""
        for job_id, session_id, _kind in self._storage.unfinished_jobs():
            self._storage.set_job_state(job_id, "interrupted", "server stopped")
            with contextlib.suppress(DocsplitError):
                self._mark_interrupted(session_id, "the server stopped while this job ran")
        for session in self._storage.sessions_with_status(
            SessionStatus.QUEUED,
            SessionStatus.PROCESSING,
            SessionStatus.SPLITTING,
            SessionStatus.INTERRUPTED,
        ):
            kind = JobKind.SPLIT if session.stage == Stage.SPLITTING else JobKind.PROCESS
            if session.status is not SessionStatus.INTERRUPTED:
                self._mark_interrupted(session.id, "the server stopped while this job ran")
            if self._settings.resume_interrupted:
                self._hub.publish(
                    session.id,
                    "info",
                    {"message": f"resuming the interrupted {kind.value} job", "data": {}},
                )
                self.submit(session.id, kind)

    def retry(self, session_id: str) -> JobKind:
        session = self._storage.get_session(session_id)
        retryable = (SessionStatus.INTERRUPTED, SessionStatus.FAILED, SessionStatus.CANCELLED)
        if session.status not in retryable:
            raise Conflict(
                f"only a failed, cancelled or interrupted session can be retried, "
                f"this one is {session.status.value}"
            )
        kind = JobKind.SPLIT if session.stage == Stage.SPLITTING else JobKind.PROCESS
        self.submit(session_id, kind)
        return kind

    def reanalyse(self, session_id: str, options: ProcessingOptions) -> None:
        """Analyse a session's stored PDF again under other options (a duplex scan after the
        detector's advice, another strategy). The user's boundaries go with the old analysis;
        a split session keeps its documents and is not analysed again."""
        session = self._storage.get_session(session_id)
        if session_id in self._jobs:
            raise Conflict("the session is still being processed or split; wait or cancel first")
        again = (
            SessionStatus.READY,
            SessionStatus.INTERRUPTED,
            SessionStatus.FAILED,
            SessionStatus.CANCELLED,
        )
        if session.status not in again:
            raise Conflict(
                "only a ready, failed, cancelled or interrupted session can be analysed again, "
                f"this one is {session.status.value}"
            )
        self._storage.update_session(
            session_id, options=options, boundaries=None, boundaries_source=None
        )
        self.submit(session_id, JobKind.PROCESS)

    async def close(self) -> None:
        """Stop every job between pages, record them as interrupted, release the pools."""
        self._closing = True
        jobs = list(self._jobs.values())
        for job in jobs:
            job.token.cancel("shutdown")
        tasks = [j.task for j in jobs if j.task is not None]
        if tasks:
            await asyncio.wait(tasks, timeout=30)
        self._page_pool.shutdown(wait=False, cancel_futures=True)
        self._job_pool.shutdown(wait=True, cancel_futures=True)

    # -- running -----------------------------------------------------------------------------

    async def _run(self, job: _Job) -> None:
        try:
            async with self._slots:
                job.token.check()
                self._storage.set_job_state(job.job_id, "running")
                if job.kind is JobKind.PROCESS:
                    await self._process(job)
                else:
                    await self._split(job)
            self._storage.set_job_state(job.job_id, "done")
        except Cancelled:
            await self._stopped(job)
        except asyncio.CancelledError:
            await self._stopped(job)
            raise
        except DocsplitError as exc:
            self._failed(job, exc.code, exc.message)
        except Exception as exc:  # a bug must fail the session visibly, never hang it
            log.exception("job %s for %s crashed", job.kind.value, job.session_id)
            self._failed(job, "internal_error", f"{type(exc).__name__}: {exc}")
        finally:
            self._jobs.pop(job.session_id, None)
            self._remove_if_deleted(job.session_id)

    def _remove_if_deleted(self, sid: str) -> None:
        """A session deleted while its thread still ran may have had files written after the
        delete (a page outlasting the cancel wait); remove them now that the thread is done."""
        try:
            self._storage.get_session(sid)
        except NotFound:
            shutil.rmtree(self._storage.session_dir(sid), ignore_errors=True)

    async def _stopped(self, job: _Job) -> None:
        if job.token.reason == "shutdown":
            self._storage.set_job_state(job.job_id, "interrupted", "shutdown")
            with contextlib.suppress(DocsplitError):
                self._mark_interrupted(job.session_id, "the server was shut down during this job")
        else:
            self._storage.set_job_state(job.job_id, "cancelled", job.token.reason)
            with contextlib.suppress(DocsplitError):
                self._set_status(
                    job.session_id, SessionStatus.CANCELLED, {"reason": job.token.reason}
                )

    def _failed(self, job: _Job, code: str, message: str) -> None:
        self._storage.set_job_state(job.job_id, "failed", f"{code}: {message}")
        kind = "processing_error" if job.kind is JobKind.PROCESS else "split_error"
        with contextlib.suppress(DocsplitError):
            self._storage.update_session(
                job.session_id,
                status=SessionStatus.FAILED,
                error_code=code,
                error_message=message,
            )
            self._hub.publish(
                job.session_id, kind, {"code": code, "message": message, "recoverable": True}
            )
            self._set_status(job.session_id, SessionStatus.FAILED, {"code": code}, store=False)

    async def _process(self, job: _Job) -> None:
        sid = job.session_id
        session = self._storage.get_session(sid)
        tracker = _Tracker("processing", PROCESS_WEIGHTS)
        self._storage.update_session(sid, error_code=None, error_message=None)
        self._set_status(sid, SessionStatus.PROCESSING, {"job": "process"})
        self._hub.publish(
            sid,
            "processing_start",
            {"page_count": session.page_count, "options": _options_dict(session.options)},
        )
        progress = self._bridge(sid, tracker)
        settings = self._settings
        analyser = self._analyser or default_analyser()
        path = self._storage.original_path(sid)
        started = time.monotonic()
        progress(Stage.VALIDATION, 1, 1, "validated")
        pages, proposal, stats = await asyncio.get_running_loop().run_in_executor(
            self._job_pool,
            lambda: analyser(
                path,
                session.options,
                dpi=session.options.dpi or settings.ocr_dpi,
                ocr_timeout_s=settings.ocr_timeout_s,
                language=session.options.language or settings.ocr_language,
                pool=self._page_pool,
                progress=progress,
                cancel=job.token,
                ocr_scope=session.options.ocr_scope or OcrScope(settings.ocr_scope),
            ),
        )
        job.token.check()
        proposal = normalise(proposal, len(pages) or (session.page_count or 1))
        self._storage.save_pages(sid, pages)
        statistics = {
            "pages": len(pages),
            "documents": len(proposal.documents),
            "ocr_pages": sum(1 for p in pages if p.ocr_used),
            "separator_pages": len(proposal.excluded_pages),
            "duration_s": round(time.monotonic() - started, 3),
            "stage_durations_s": tracker.durations,
            "analysis": _plain(stats),
        }
        self._storage.update_session(
            sid, proposal=proposal, stats=statistics, boundaries_source=proposal.source
        )
        self._complete_stage(sid, tracker)
        problems = stats.ocr_problem_pages if isinstance(stats, AnalysisStats) else ()
        if problems:
            # The session still completes: text-layer pages and layout signals keep working.
            listed = ", ".join(str(p) for p in problems[:20])
            self._hub.publish(
                sid,
                "warning",
                {
                    "message": f"OCR could not read page(s) {listed}; their text is empty and "
                    "boundaries there rely on the other signals",
                    "data": {"code": "ocr_failed", "pages": list(problems)},
                },
            )
        self._hub.publish(
            sid,
            "processing_complete",
            {
                "statistics": statistics,
                "documents": [span_dict(d) for d in proposal.documents],
                "excluded_pages": list(proposal.excluded_pages),
            },
        )
        self._set_status(sid, SessionStatus.READY, {"documents": len(proposal.documents)})

    async def _split(self, job: _Job) -> None:
        sid = job.session_id
        session = self._storage.get_session(sid)
        boundaries = self._storage.get_boundaries(sid)
        if boundaries is None:
            raise Conflict("the session has no boundaries yet")
        tracker = _Tracker("split", SPLIT_WEIGHTS)
        self._set_status(sid, SessionStatus.SPLITTING, {"job": "split"})
        self._storage.update_session(
            sid, stage=Stage.SPLITTING, error_code=None, error_message=None
        )
        self._hub.publish(sid, "split_start", {"documents": len(boundaries.documents)})
        progress = self._bridge(sid, tracker, event_type="split_progress")
        started = time.monotonic()
        out_dir = self._storage.output_dir(sid)
        source = self._storage.original_path(sid)

        def work() -> list[OutputDocument]:
            documents = split_pdf(
                source, boundaries, session.filename, out_dir, progress, job.token
            )
            build_zip(out_dir, documents)
            return documents

        documents = await asyncio.get_running_loop().run_in_executor(self._job_pool, work)
        self._storage.save_documents(sid, documents)
        self._complete_stage(sid, tracker, event_type="split_progress")
        self._hub.publish(
            sid,
            "split_complete",
            {
                "documents": [
                    {
                        "index": d.index,
                        "start_page": d.start,
                        "end_page": d.end,
                        "page_count": d.page_count,
                        "title": d.title,
                        "filename": d.filename,
                        "size_bytes": d.size_bytes,
                    }
                    for d in documents
                ],
                "statistics": {
                    "documents": len(documents),
                    "bytes": sum(d.size_bytes for d in documents),
                    "duration_s": round(time.monotonic() - started, 3),
                },
            },
        )
        self._set_status(sid, SessionStatus.SPLIT, {"documents": len(documents)})

    # -- progress ----------------------------------------------------------------------------

    def _bridge(self, sid: str, tracker: _Tracker, event_type: str = "progress") -> ProgressFn:
        loop = asyncio.get_running_loop()

        def progress(stage: Stage, current: int, total: int, message: str = "") -> None:
            loop.call_soon_threadsafe(
                self._on_progress, sid, tracker, event_type, stage, current, total, message
            )

        return progress

    def _on_progress(
        self,
        sid: str,
        tracker: _Tracker,
        event_type: str,
        stage: Stage,
        current: int,
        total: int,
        message: str,
    ) -> None:
        now = time.monotonic()
        new_stage = stage != tracker.stage
        if new_stage:
            if tracker.stage is not None:
                tracker.durations[tracker.stage.value] = round(now - tracker.stage_started, 3)
            tracker.stage = stage
            tracker.stage_started = now
            tracker.stage_pct = 0.0
        total = max(total, 0)
        current = min(max(current, 0), total) if total else current
        pct = 100.0 * current / total if total else 100.0
        # Percentages never go backwards, within a stage and overall.
        tracker.stage_pct = max(tracker.stage_pct, pct)
        low, high = tracker.weights.get(stage, (tracker.overall, tracker.overall))
        tracker.overall = max(tracker.overall, low + (high - low) * tracker.stage_pct / 100.0)
        last = total > 0 and current >= total
        if not (new_stage or last or now - tracker.last_publish >= PROGRESS_INTERVAL_S):
            return
        tracker.last_publish = now
        elapsed = now - tracker.stage_started
        eta = (elapsed / current) * (total - current) if current and total else None
        with contextlib.suppress(DocsplitError):  # the session may be deleted mid-job
            self._hub.publish(
                sid,
                event_type,
                {
                    "stage": stage.value,
                    "stage_percentage": round(tracker.stage_pct, 2),
                    "overall_percentage": round(tracker.overall, 2),
                    "current": current,
                    "total": total,
                    "message": message,
                    "eta_s": round(eta, 2) if eta is not None else None,
                },
            )
            if new_stage or last or now - tracker.last_row >= ROW_UPDATE_INTERVAL_S:
                tracker.last_row = now
                self._storage.update_session(
                    sid,
                    stage=stage,
                    stage_current=current,
                    stage_total=total,
                    progress=round(tracker.overall, 2),
                )

    def _complete_stage(self, sid: str, tracker: _Tracker, event_type: str = "progress") -> None:
        self._on_progress(sid, tracker, event_type, Stage.COMPLETE, 1, 1, "done")

    # -- status ------------------------------------------------------------------------------

    def _set_status(
        self,
        sid: str,
        status: SessionStatus,
        metadata: dict[str, Any] | None = None,
        store: bool = True,
    ) -> None:
        previous = self._storage.get_session(sid).status
        if store:
            self._storage.update_session(sid, status=status)
        self._hub.publish(
            sid,
            "status",
            {
                "status": status.value,
                "previous_status": previous.value,
                "metadata": metadata or {},
            },
        )

    def _mark_interrupted(self, sid: str, why: str) -> None:
        self._storage.update_session(sid, error_code="interrupted", error_message=why)
        self._set_status(sid, SessionStatus.INTERRUPTED, {"reason": why})


def _options_dict(options: ProcessingOptions) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in attrs.asdict(options).items()}


def span_dict(span: Any) -> dict[str, Any]:
    data = attrs.asdict(span)
    data["reasons"] = list(data["reasons"])
    data["page_count"] = span.page_count
    return data


def _plain(value: AnalysisStats | dict[str, Any]) -> dict[str, Any]:
    if isinstance(value, AnalysisStats):
        data = attrs.asdict(value)
        data["ocr_problem_pages"] = list(value.ocr_problem_pages)
        return data
    return value

"""SessionService: the use cases behind the HTTP API, the WebSocket snapshot and the CLI.

Creating a session (validate the streamed upload, keep it, queue processing), reading and
setting boundaries, starting a split, listing the written documents, deleting. Blocking PDF work
runs in the default executor; the database calls are short and run on the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs

from docsplit.adapters.pdf import validate_pdf
from docsplit.config import Settings
from docsplit.errors import Conflict, InvalidOptions, NotFound
from docsplit.models import (
    DocumentSpan,
    JobKind,
    OutputDocument,
    ProcessingOptions,
    Proposal,
    Session,
    SessionStatus,
)
from docsplit.pipeline.split import ZIP_NAME, build_zip, open_possible_starts, spans_from_starts
from docsplit.protocol import codec
from docsplit.services.events import EventHub
from docsplit.services.jobs import JobManager, span_dict
from docsplit.services.storage import Storage, new_session_id, utcnow

log = logging.getLogger(__name__)


def parse_options(data: object) -> ProcessingOptions:
    """An upload's (or a new analysis's) options from their JSON value, checked."""
    if not isinstance(data, dict):
        raise InvalidOptions("options must be a JSON object")
    try:
        options = codec.structure(data, ProcessingOptions)
    except Exception as exc:
        raise InvalidOptions(str(exc)) from None
    if options.every_n < 1:
        raise InvalidOptions("every_n must be at least 1")
    if options.dpi is not None and not 50 <= options.dpi <= 600:
        raise InvalidOptions("dpi must be between 50 and 600")
    return options


def single_document(page_count: int) -> Proposal:
    """Boundaries before detection has run: one document holding every page."""
    return Proposal(
        documents=(DocumentSpan(start=1, end=page_count, reasons=("not analysed yet",)),),
        source="default",
    )


class SessionService:
    def __init__(
        self, settings: Settings, storage: Storage, hub: EventHub, jobs: JobManager
    ) -> None:
        self.settings = settings
        self.storage = storage
        self.hub = hub
        self.jobs = jobs

    async def create(
        self,
        upload: Path,
        filename: str,
        options: ProcessingOptions,
        owner: str | None,
    ) -> Session:
        """Validate the uploaded file, move it into the session directory and queue processing.

        The temporary upload is removed whatever happens, so a rejected upload leaves nothing.
        """
        try:
            loop = asyncio.get_running_loop()
            pages = await loop.run_in_executor(None, validate_pdf, upload, self.settings.max_pages)
            session_id = new_session_id()
            session = self.storage.create_session(
                session_id, upload, filename, pages, options, owner, single_document(pages)
            )
        finally:
            upload.unlink(missing_ok=True)
        self.hub.publish(
            session.id,
            "status",
            {"status": "uploaded", "previous_status": None, "metadata": {"pages": pages}},
        )
        # The upload itself finished before the session existed; say so on its stream.
        self.hub.publish(
            session.id,
            "progress",
            {
                "stage": "upload",
                "stage_percentage": 100.0,
                "overall_percentage": 0.0,
                "current": session.size_bytes,
                "total": session.size_bytes,
                "message": f"received {filename} ({pages} pages)",
                "eta_s": None,
            },
        )
        self.jobs.submit(session.id, JobKind.PROCESS)
        return self.storage.get_session(session.id)

    def get(self, session_id: str) -> Session:
        return self.storage.get_session(session_id)

    def list_sessions(
        self, limit: int, offset: int, owner: str | None = None
    ) -> tuple[list[Session], int]:
        return self.storage.list_sessions(limit=limit, offset=offset, owner=owner)

    def boundaries(self, session_id: str) -> dict[str, Any]:
        session = self.storage.get_session(session_id)
        current = self.storage.get_boundaries(session_id) or single_document(
            session.page_count or 1
        )
        return boundaries_dict(current, session)

    def pages(self, session_id: str) -> dict[str, Any]:
        """What the analysis learned about each page (empty until it has run)."""
        session = self.storage.get_session(session_id)
        return {
            "session_id": session.id,
            "page_count": session.page_count,
            "pages": [codec.unstructure(p) for p in self.storage.get_pages(session_id)],
        }

    def set_boundaries(
        self,
        session_id: str,
        starts: Sequence[int],
        titles: Sequence[str | None] = (),
        exclude: Sequence[int] | None = None,
    ) -> dict[str, Any]:
        session = self.storage.get_session(session_id)
        if self.jobs.is_active(session_id):
            raise Conflict("the session is still being processed or split; wait or cancel first")
        page_count = session.page_count or 1
        spans = spans_from_starts(list(starts), page_count, list(titles))
        detected = self.storage.get_proposal(session_id)
        if exclude is None:
            exclude = detected.excluded_pages if detected else ()
        excluded = tuple(sorted({p for p in exclude if 1 <= p <= page_count}))
        # Keep the detector's confidence and reasons where the user kept its start page.
        known = {d.start: d for d in detected.documents} if detected else {}
        merged = tuple(_keep_detected(span, known.get(span.start)) for span in spans)
        # The detector's possible starts stay on offer where the user did not start a document.
        possible = open_possible_starts(
            detected.possible_starts if detected else (), merged, page_count
        )
        proposal = Proposal(
            documents=merged,
            excluded_pages=excluded,
            source="user",
            possible_starts=possible,
            notes=detected.notes if detected else (),
        )
        self.storage.update_session(session_id, boundaries=proposal, boundaries_source="user")
        self.hub.publish(
            session_id,
            "info",
            {
                "message": f"boundaries set by user: {len(merged)} documents",
                "data": {"starts": [s.start for s in merged]},
            },
        )
        return boundaries_dict(proposal, self.storage.get_session(session_id))

    def split(self, session_id: str) -> Session:
        session = self.storage.get_session(session_id)
        if self.jobs.is_active(session_id):
            raise Conflict("a job is already running for this session")
        if session.status not in (
            SessionStatus.READY,
            SessionStatus.SPLIT,
            SessionStatus.FAILED,
            SessionStatus.CANCELLED,
            SessionStatus.INTERRUPTED,
        ):
            raise Conflict(f"cannot split a session that is {session.status.value}")
        if self.storage.get_boundaries(session_id) is None:
            raise Conflict("the session has no boundaries yet")
        self.jobs.submit(session_id, JobKind.SPLIT)
        return self.storage.get_session(session_id)

    def documents(self, session_id: str) -> list[OutputDocument]:
        self.storage.get_session(session_id)
        return self.storage.get_documents(session_id)

    def document_path(self, session_id: str, index: int) -> tuple[OutputDocument, Path]:
        for doc in self.documents(session_id):
            if doc.index == index:
                path = self.storage.output_dir(session_id) / doc.filename
                if path.is_file():
                    return doc, path
        raise NotFound(f"no document {index} in session {session_id}")

    async def zip_path(self, session_id: str) -> Path:
        session = self.storage.get_session(session_id)
        documents = self.storage.get_documents(session_id)
        if session.status is not SessionStatus.SPLIT or not documents:
            raise Conflict("the session has not been split yet")
        out_dir = self.storage.output_dir(session_id)
        if (out_dir / ZIP_NAME).is_file():
            return out_dir / ZIP_NAME
        return await asyncio.get_running_loop().run_in_executor(None, build_zip, out_dir, documents)

    async def delete(self, session_id: str) -> None:
        self.storage.get_session(session_id)
        await self.jobs.cancel(session_id, reason="deleted")
        self.hub.publish(
            session_id,
            "status",
            {"status": "deleted", "previous_status": None, "metadata": {}},
        )
        self.storage.delete_session(session_id)
        self.hub.forget(session_id)

    async def retry(self, session_id: str) -> Session:
        self.jobs.retry(session_id)
        return self.storage.get_session(session_id)

    async def reanalyse(self, session_id: str, changes: dict[str, Any]) -> Session:
        """Analyse the session again with ``changes`` over its options (checked like an
        upload's)."""
        session = self.storage.get_session(session_id)
        options = parse_options({**codec.unstructure(session.options), **changes})
        self.jobs.reanalyse(session_id, options)
        return self.storage.get_session(session_id)

    async def purge_expired(self) -> int:
        """Delete sessions untouched for ``retention_days`` (0 keeps everything)."""
        if not self.settings.retention_days:
            return 0
        cutoff = utcnow() - timedelta(days=self.settings.retention_days)
        removed = 0
        for session_id in self.storage.sessions_older_than(cutoff):
            if self.jobs.is_active(session_id):
                continue
            with contextlib.suppress(NotFound):
                await self.delete(session_id)
                removed += 1
        if removed:
            log.info("retention: removed %d sessions older than %s", removed, cutoff)
        return removed

    def snapshot(self, session_id: str, base: str = "") -> dict[str, Any]:
        """Everything a client needs to show a session, as plain JSON values."""
        session = self.storage.get_session(session_id)
        boundaries = self.storage.get_boundaries(session_id)
        documents = self.storage.get_documents(session_id)
        return session_dict(
            session,
            base=base,
            boundaries=boundaries,
            documents=documents,
            statistics=self.storage.get_stats(session_id),
        )


def _keep_detected(span: DocumentSpan, detected: DocumentSpan | None) -> DocumentSpan:
    """The user's span, with the detector's confidence, reasons and guesses when it starts
    where the detector started a document."""
    if detected is None:
        return span
    return attrs.evolve(
        detected,
        end=span.end,
        title=span.title or detected.title,
        reasons=(*detected.reasons, "kept by user"),
    )


def links(session_id: str, base: str = "") -> dict[str, str]:
    root = f"{base}/api/sessions/{session_id}"
    return {
        "self": root,
        "boundaries": f"{root}/boundaries",
        "split": f"{root}/split",
        "documents": f"{root}/documents",
        "download": f"{root}/download",
        "websocket": f"/ws/enhanced/{session_id}",
    }


def document_dict(session_id: str, doc: OutputDocument, base: str = "") -> dict[str, Any]:
    return {
        "index": doc.index,
        "start_page": doc.start,
        "end_page": doc.end,
        "page_count": doc.page_count,
        "title": doc.title,
        "filename": doc.filename,
        "size_bytes": doc.size_bytes,
        "url": f"{base}/api/sessions/{session_id}/documents/{doc.index}",
    }


def boundaries_dict(proposal: Proposal, session: Session) -> dict[str, Any]:
    return {
        "session_id": session.id,
        "page_count": session.page_count,
        "source": proposal.source,
        "starts": [d.start for d in proposal.documents],
        "titles": [d.title for d in proposal.documents],
        "exclude": list(proposal.excluded_pages),
        "documents": [span_dict(d) for d in proposal.documents],
        "possible_starts": codec.unstructure(list(proposal.possible_starts)),
        "notes": list(proposal.notes),
    }


def session_dict(
    session: Session,
    base: str = "",
    boundaries: Proposal | None = None,
    documents: Sequence[OutputDocument] = (),
    statistics: dict[str, Any] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "session_id": session.id,
        "filename": session.filename,
        "status": session.status.value,
        "stage": session.stage.value if session.stage else None,
        "progress": {
            "stage": session.stage.value if session.stage else None,
            "current": session.stage_current,
            "total": session.stage_total,
            "overall_percentage": session.progress,
        },
        "page_count": session.page_count,
        "size_bytes": session.size_bytes,
        "owner": session.owner,
        "created_at": session.created_at.isoformat().replace("+00:00", "Z"),
        "updated_at": session.updated_at.isoformat().replace("+00:00", "Z"),
        "error": {"code": session.error_code, "message": session.error_message}
        if session.error_code
        else None,
        "links": links(session.id, base),
    }
    if boundaries is not None:
        data["boundaries"] = boundaries_dict(boundaries, session)
    data["documents"] = [document_dict(session.id, d, base) for d in documents]
    if statistics is not None:
        data["statistics"] = statistics
    return data

"""DocsplitClient: the asynchronous REST client of a docsplit server (aiohttp only).

Owns every HTTP call the SDK makes: upload (streamed from disk), sessions, boundaries, split,
documents and their download (streamed to temporary files renamed into place, so a reader never
sees a half-written PDF), tokens. Every error answer becomes an exception of
:mod:`docsplit.client.errors` with the server's stable code; every transport failure becomes
:class:`~docsplit.client.errors.CannotConnect`.

Bodies are returned as the plain JSON the server sends (documented in ``docs/sdk.md``); the
SDK does not invent a second schema that could drift from the API's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from collections.abc import AsyncIterator, Mapping
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Literal, cast

import aiohttp

from docsplit.atomic import atomic_write_path
from docsplit.client.errors import (
    ApiError,
    CannotConnect,
    Conflict,
    ProcessingFailed,
    WaitTimeout,
    error_from_body,
)

if TYPE_CHECKING:
    from docsplit.client.websocket import WebSocketClient

CHUNK = 256 * 1024
#: Statuses after which a session will not move on by itself.
FAILED_STATUSES = frozenset({"failed", "cancelled"})
#: ``wait(until=...)`` targets: the statuses that satisfy them.
UNTIL_STATUSES: dict[str, frozenset[str]] = {
    "boundaries": frozenset({"ready", "split"}),
    "split": frozenset({"split"}),
}
Until = Literal["boundaries", "split"]
Source = str | os.PathLike[str] | bytes


def _json_default(value: object) -> Any:
    # Lets callers pass docsplit.models enums (OcrMode.ALWAYS) as options.
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot send {type(value).__name__} as JSON")


def _safe_filename(name: str, fallback: str) -> str:
    """A server-given name reduced to one path component: never write outside ``dest_dir``."""
    base = Path(name.replace("\\", "/")).name
    return base if base not in ("", ".", "..") else fallback


class DocsplitClient:
    """Asynchronous client of one docsplit server.

    ``token`` is sent as ``Authorization: Bearer`` on every request. When the server issues a
    session token on upload and no ``token`` was given, the client remembers it and uses it for
    that session's later requests (and for :meth:`websocket`), which is all a server with
    ``require_websocket_auth`` needs after an authenticated upload.

    Pass an existing ``aiohttp.ClientSession`` as ``session`` to share its connection pool; the
    client then leaves it open on :meth:`close`.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        session: aiohttp.ClientSession | None = None,
        *,
        timeout: float = 60.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self._session = session
        self._owns_session = session is None
        self._session_tokens: dict[str, str] = {}

    # -- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> DocsplitClient:
        self._http()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None and self._owns_session:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            # sock_read bounds a stalled server; total stays open for long downloads.
            timeout = aiohttp.ClientTimeout(
                total=None, sock_connect=self.timeout, sock_read=self.timeout
            )
            self._session = aiohttp.ClientSession(timeout=timeout)
            self._owns_session = True
        return self._session

    def token_for(self, session_id: str | None = None) -> str | None:
        """The token used for ``session_id``: the client's own, else the upload's."""
        if self.token is not None:
            return self.token
        return self._session_tokens.get(session_id) if session_id else None

    def _headers(self, session_id: str | None) -> dict[str, str]:
        token = self.token_for(session_id)
        return {"Authorization": f"Bearer {token}"} if token else {}

    # -- plumbing --------------------------------------------------------------------------

    async def _request(
        self,
        method: str,
        path: str,
        *,
        session_id: str | None = None,
        json_body: Any = None,
        data: Any = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Any:
        """One request; the decoded JSON body, or the mapped exception."""
        url = f"{self.base_url}{path}"
        kwargs: dict[str, Any] = {"headers": self._headers(session_id)}
        if json_body is not None:
            kwargs["data"] = json.dumps(json_body, default=_json_default)
            kwargs["headers"]["Content-Type"] = "application/json"
        if data is not None:
            kwargs["data"] = data
        if params:
            kwargs["params"] = dict(params)
        try:
            async with self._http().request(method, url, **kwargs) as resp:
                await self._raise_for_error(resp)
                return await resp.json(content_type=None)
        except (aiohttp.ClientConnectionError, TimeoutError) as exc:
            raise CannotConnect(
                f"cannot reach {self.base_url}: {exc or type(exc).__name__}"
            ) from exc
        except (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError) as exc:
            raise CannotConnect(f"{self.base_url!r} is not a valid server URL: {exc}") from exc
        except aiohttp.ClientError as exc:  # a response the client cannot parse, and the like
            raise CannotConnect(f"talking to {self.base_url} failed: {exc}") from exc
        except ValueError as exc:
            # A 2xx that is not JSON: something else answers at this URL (a proxy's page).
            raise ApiError(
                f"{self.base_url}{path} did not answer with JSON: {exc}", code="invalid_response"
            ) from exc

    @staticmethod
    async def _raise_for_error(resp: aiohttp.ClientResponse) -> None:
        if resp.status < 400:
            return
        text = await resp.text(errors="replace")
        try:
            body: Any = json.loads(text)
        except ValueError:
            body = None
        raise error_from_body(resp.status, body, fallback=text[:200] or resp.reason or "")

    @contextlib.asynccontextmanager
    async def _stream(self, path: str, session_id: str) -> AsyncIterator[aiohttp.ClientResponse]:
        try:
            async with self._http().get(
                f"{self.base_url}{path}", headers=self._headers(session_id)
            ) as resp:
                await self._raise_for_error(resp)
                yield resp
        except (aiohttp.ClientConnectionError, TimeoutError) as exc:
            raise CannotConnect(
                f"cannot reach {self.base_url}: {exc or type(exc).__name__}"
            ) from exc

    # -- sessions --------------------------------------------------------------------------

    async def health(self) -> dict[str, Any]:
        """``GET /healthz``: status, version, schema version, running jobs."""
        return cast(dict[str, Any], await self._request("GET", "/healthz"))

    async def upload(
        self, source: Source, *, filename: str | None = None, **options: Any
    ) -> dict[str, Any]:
        """Create a session from a PDF file path or bytes; processing starts at once.

        ``options`` are the session's processing options (``ocr="always"``,
        ``strategy="every_n"``, ``every_n=2``, ``dpi``, ``language``, ``keep_separators``).
        A path is streamed from disk, never read whole. Returns the ``201`` body: the session
        (``session_id``, ``status``, ``links``, ...) and its ``token``.
        """
        form = aiohttp.FormData()
        handle: IO[bytes] | None = None
        if isinstance(source, bytes):
            form.add_field(
                "file", source, filename=filename or "upload.pdf", content_type="application/pdf"
            )
        else:
            path = Path(source)
            try:
                handle = path.open("rb")  # noqa: ASYNC230 - opening is instant; aiohttp streams it
            except OSError as exc:
                raise FileNotFoundError(f"cannot read {path}: {exc.strerror}") from exc
            form.add_field(
                "file", handle, filename=filename or path.name, content_type="application/pdf"
            )
        if options:
            form.add_field(
                "options",
                json.dumps(options, default=_json_default),
                content_type="application/json",
            )
        try:
            body = cast(dict[str, Any], await self._request("POST", "/api/sessions", data=form))
        finally:
            if handle is not None:
                handle.close()
        token = body.get("token")
        if isinstance(token, str) and token:
            self._session_tokens[body["session_id"]] = token
        return body

    async def get_session(self, session_id: str) -> dict[str, Any]:
        """The session: status, stage, progress, page_count, boundaries, documents, error."""
        return cast(
            dict[str, Any],
            await self._request("GET", f"/api/sessions/{session_id}", session_id=session_id),
        )

    async def list_sessions(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """One page of sessions, newest first: ``{"sessions", "total", "limit", "offset"}``."""
        return cast(
            dict[str, Any],
            await self._request("GET", "/api/sessions", params={"limit": limit, "offset": offset}),
        )

    async def iter_sessions(self, page_size: int = 100) -> AsyncIterator[dict[str, Any]]:
        """Every session visible to the token, newest first, page by page."""
        offset = 0
        while True:
            page = await self.list_sessions(limit=page_size, offset=offset)
            for item in page["sessions"]:
                yield item
            offset += len(page["sessions"])
            if not page["sessions"] or offset >= page["total"]:
                return

    async def wait(
        self,
        session_id: str,
        until: Until = "boundaries",
        *,
        timeout: float | None = 300.0,  # noqa: ASYNC109 - a deadline over many polls
        poll_interval: float = 0.25,
    ) -> dict[str, Any]:
        """Poll until the session has its boundaries (``ready``) or is ``split``; return it.

        Raises :class:`ProcessingFailed` when the job fails or is cancelled, and
        :class:`WaitTimeout` after ``timeout`` seconds (``None`` waits for ever). An
        ``interrupted`` session is waited on: the server resumes it after a restart.
        For live progress instead of polling use :meth:`websocket` or
        :func:`docsplit.client.progress.track_session_progress`.
        """
        if until not in UNTIL_STATUSES:
            raise ValueError(f"until must be 'boundaries' or 'split', not {until!r}")
        wanted = UNTIL_STATUSES[until]
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            body = await self.get_session(session_id)
            status = body.get("status")
            if status in wanted:
                return body
            if status in FAILED_STATUSES:
                error = body.get("error") or {}
                raise ProcessingFailed(
                    error.get("message") or f"the session is {status}",
                    code=error.get("code") or str(status),
                    session=body,
                )
            if deadline is not None and time.monotonic() >= deadline:
                raise WaitTimeout(
                    f"session {session_id} is still {status} after {timeout} s (wanted {until})"
                )
            await asyncio.sleep(poll_interval)

    async def get_boundaries(self, session_id: str) -> dict[str, Any]:
        """``{"starts", "titles", "exclude", "documents": [{start, end, confidence, reasons}]}``."""
        return cast(
            dict[str, Any],
            await self._request(
                "GET", f"/api/sessions/{session_id}/boundaries", session_id=session_id
            ),
        )

    async def set_boundaries(
        self,
        session_id: str,
        starts: list[int],
        titles: list[str | None] | None = None,
        exclude: list[int] | None = None,
    ) -> dict[str, Any]:
        """Replace the boundaries: 1-based first page of each document (and optional titles,
        pages to leave out). A bad list raises :class:`InvalidBoundaries` saying why."""
        body: dict[str, Any] = {"starts": list(starts)}
        if titles is not None:
            body["titles"] = list(titles)
        if exclude is not None:
            body["exclude"] = list(exclude)
        return await self._session_call("PUT", session_id, "boundaries", body)

    async def split(self, session_id: str) -> dict[str, Any]:
        """Start writing the documents (``202``); follow it with :meth:`wait` ``until="split"``."""
        return await self._session_call("POST", session_id, "split")

    async def retry(self, session_id: str) -> dict[str, Any]:
        """Restart an interrupted, failed or cancelled job."""
        return await self._session_call("POST", session_id, "retry")

    async def reanalyse(self, session_id: str, **options: Any) -> dict[str, Any]:
        """Analyse the stored PDF again with these options changed (``duplex=True``): ``202``;
        follow it with :meth:`wait`. The user's boundaries of the old analysis are dropped."""
        return await self._session_call("POST", session_id, "analyse", options)

    async def _session_call(
        self, method: str, session_id: str, action: str, body: Any = None
    ) -> dict[str, Any]:
        """One request to ``/api/sessions/{id}/{action}`` with the session's token; its JSON
        object."""
        path = f"/api/sessions/{session_id}/{action}"
        return cast(
            dict[str, Any],
            await self._request(method, path, session_id=session_id, json_body=body),
        )

    async def documents(self, session_id: str) -> list[dict[str, Any]]:
        """The written documents: index, start_page, end_page, page_count, filename, size..."""
        return cast(
            list[dict[str, Any]],
            await self._request(
                "GET", f"/api/sessions/{session_id}/documents", session_id=session_id
            ),
        )

    async def delete(self, session_id: str) -> None:
        """Delete the session (a running job is cancelled first) and its files."""
        await self._request("DELETE", f"/api/sessions/{session_id}", session_id=session_id)

    # -- downloads -------------------------------------------------------------------------

    async def download_document(
        self, session_id: str, index: int, dest: str | os.PathLike[str]
    ) -> Path:
        """Stream document ``index`` to the file ``dest`` (atomically); return its path."""
        target = Path(dest)
        async with self._stream(f"/api/sessions/{session_id}/documents/{index}", session_id) as r:
            await _save_stream(r, target)
        return target

    async def download(self, session_id: str, dest_dir: str | os.PathLike[str]) -> list[Path]:
        """Download every document of a split session into ``dest_dir``; return the paths.

        Each file is streamed to a hidden temporary file and renamed into place when complete,
        so ``dest_dir`` only ever holds whole PDFs, named as the server names them.
        """
        directory = Path(dest_dir)
        directory.mkdir(parents=True, exist_ok=True)
        docs = await self.documents(session_id)
        if not docs:
            raise Conflict("the session has no documents yet; split it first", code="conflict")
        paths = []
        for doc in docs:
            name = _safe_filename(str(doc.get("filename", "")), f"document_{doc['index']:02d}.pdf")
            paths.append(
                await self.download_document(session_id, int(doc["index"]), directory / name)
            )
        return paths

    async def download_zip(self, session_id: str, dest: str | os.PathLike[str]) -> Path:
        """Stream the zip of every document to ``dest`` (a file, or a directory to put the
        server-named zip in); return its path."""
        target = Path(dest)
        async with self._stream(f"/api/sessions/{session_id}/download", session_id) as resp:
            if target.is_dir():
                name = resp.content_disposition.filename if resp.content_disposition else None
                target = target / _safe_filename(name or "", f"{session_id}.zip")
            await _save_stream(resp, target)
        return target

    # -- auth ------------------------------------------------------------------------------

    async def issue_token(
        self,
        sub: str = "user",
        role: Literal["user", "admin"] = "user",
        session_id: str | None = None,
        expires_s: float | None = None,
        meta: dict[str, Any] | None = None,
    ) -> str:
        """Issue a token (needs an admin token): for one session when ``session_id`` is given."""
        body: dict[str, Any] = {"sub": sub, "role": role}
        if session_id is not None:
            body["session_id"] = session_id
        if expires_s is not None:
            body["expires_s"] = expires_s
        if meta is not None:
            body["meta"] = meta
        answer = await self._request("POST", "/api/auth/token", json_body=body)
        return str(answer["token"])

    async def whoami(self) -> dict[str, Any]:
        return cast(dict[str, Any], await self._request("GET", "/api/auth/whoami"))

    # -- WebSocket administration (admin token) --------------------------------------------

    async def websocket_stats(self) -> dict[str, Any]:
        """Connections per session, each connection's counters, and the WebSocket settings."""
        return cast(dict[str, Any], await self._request("GET", "/api/websocket/enhanced/stats"))

    async def broadcast(
        self,
        session_id: str,
        message: str,
        *,
        type: Literal["info", "warning", "error"] = "info",
        data: dict[str, Any] | None = None,
        exclude: list[str] | None = None,
    ) -> int:
        """Publish a message on a session's stream; returns how many live clients got it."""
        body = {"type": type, "message": message, "data": data or {}, "exclude": exclude or []}
        answer = await self._request(
            "POST", f"/api/websocket/enhanced/broadcast/{session_id}", json_body=body
        )
        return int(answer["delivered"])

    async def disconnect_client(
        self, session_id: str, client_id: str, reason: str | None = None
    ) -> None:
        """Close one client's socket with 4000 (it will not reconnect); NotFound if absent."""
        await self._request(
            "DELETE",
            f"/api/websocket/enhanced/disconnect/{session_id}/{client_id}",
            params={"reason": reason} if reason else None,
        )

    # -- live updates ----------------------------------------------------------------------

    def websocket(self, session_id: str, **kwargs: Any) -> WebSocketClient:
        """A :class:`~docsplit.client.websocket.WebSocketClient` for the session, sharing this
        client's token (or the upload's) and HTTP session."""
        from docsplit.client.websocket import WebSocketClient

        kwargs.setdefault("session", self._http())
        return WebSocketClient(
            self.base_url, session_id, token=self.token_for(session_id), **kwargs
        )


async def _save_stream(resp: aiohttp.ClientResponse, target: Path) -> None:
    """Write a response body to ``target`` through a temporary file in the same directory."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_write_path(target) as tmp, tmp.open("wb") as handle:
            async for chunk in resp.content.iter_chunked(CHUNK):
                handle.write(chunk)
    except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError) as exc:
        raise CannotConnect(f"the download of {target.name} broke off: {exc}") from exc

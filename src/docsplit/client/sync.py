"""Synchronous wrappers of the SDK, for scripts that do not use asyncio.

:class:`SyncDocsplitClient` runs a :class:`~docsplit.client.rest.DocsplitClient` on an event loop
of its own, in a background thread, and waits for each call. A thread (rather than
``asyncio.run`` per call) keeps one connection pool for the client's life and keeps a
WebSocket's heartbeat answered while the calling code is busy between messages.

Do not use these from inside a running event loop: use the async classes there.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar

from docsplit.client.progress import ProgressTracker, Until, track_session_progress
from docsplit.client.rest import DocsplitClient, Source
from docsplit.client.websocket import AnyMessage, WebSocketClient

T = TypeVar("T")


class _LoopThread:
    """An event loop running in a daemon thread; ``run(coro)`` waits for its result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="docsplit-sync-client", daemon=True
        )
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        if not self._thread.is_alive():
            coro.close()
            raise RuntimeError("the client is closed")
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future.result()

    def stop(self) -> None:
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
        self.loop.close()


class SyncDocsplitClient:
    """The blocking twin of :class:`DocsplitClient`: same methods, same arguments, same
    exceptions, plus :meth:`track` and :meth:`watch` for live progress."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 60.0) -> None:
        self.base_url = base_url
        self._loop = _LoopThread()

        async def make() -> DocsplitClient:
            return DocsplitClient(base_url, token=token, timeout=timeout)

        self._client = self._loop.run(make())

    def __enter__(self) -> SyncDocsplitClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._loop.run(self._client.close())
        except RuntimeError:
            return
        self._loop.stop()

    @property
    def async_client(self) -> DocsplitClient:
        """The wrapped async client (its methods must run on this wrapper's loop)."""
        return self._client

    def token_for(self, session_id: str | None = None) -> str | None:
        return self._client.token_for(session_id)

    # -- the REST API, one blocking call each ------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._loop.run(self._client.health())

    def upload(
        self, source: Source, *, filename: str | None = None, **options: Any
    ) -> dict[str, Any]:
        return self._loop.run(self._client.upload(source, filename=filename, **options))

    def get_session(self, session_id: str) -> dict[str, Any]:
        return self._loop.run(self._client.get_session(session_id))

    def list_sessions(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return self._loop.run(self._client.list_sessions(limit, offset))

    def wait(
        self,
        session_id: str,
        until: Literal["boundaries", "split"] = "boundaries",
        *,
        timeout: float | None = 300.0,
        poll_interval: float = 0.25,
    ) -> dict[str, Any]:
        return self._loop.run(
            self._client.wait(session_id, until, timeout=timeout, poll_interval=poll_interval)
        )

    def get_boundaries(self, session_id: str) -> dict[str, Any]:
        return self._loop.run(self._client.get_boundaries(session_id))

    def set_boundaries(
        self,
        session_id: str,
        starts: list[int],
        titles: list[str | None] | None = None,
        exclude: list[int] | None = None,
    ) -> dict[str, Any]:
        return self._loop.run(self._client.set_boundaries(session_id, starts, titles, exclude))

    def split(self, session_id: str) -> dict[str, Any]:
        return self._loop.run(self._client.split(session_id))

    def retry(self, session_id: str) -> dict[str, Any]:
        return self._loop.run(self._client.retry(session_id))

    def reanalyse(self, session_id: str, **options: Any) -> dict[str, Any]:
        return self._loop.run(self._client.reanalyse(session_id, **options))

    def documents(self, session_id: str) -> list[dict[str, Any]]:
        return self._loop.run(self._client.documents(session_id))

    def download(self, session_id: str, dest_dir: str | os.PathLike[str]) -> list[Path]:
        return self._loop.run(self._client.download(session_id, dest_dir))

    def download_zip(self, session_id: str, dest: str | os.PathLike[str]) -> Path:
        return self._loop.run(self._client.download_zip(session_id, dest))

    def delete(self, session_id: str) -> None:
        self._loop.run(self._client.delete(session_id))

    def issue_token(
        self,
        sub: str = "user",
        role: Literal["user", "admin"] = "user",
        session_id: str | None = None,
        expires_s: float | None = None,
        meta: dict[str, Any] | None = None,
    ) -> str:
        return self._loop.run(self._client.issue_token(sub, role, session_id, expires_s, meta))

    # -- live progress -----------------------------------------------------------------------

    def track(
        self,
        session_id: str,
        *,
        until: Until = "processing",
        timeout: float | None = None,
        on_update: Callable[[ProgressTracker], None] | None = None,
        **ws_options: Any,
    ) -> ProgressTracker:
        """Block until processing (or the split) is over; ``on_update`` runs in the client's
        thread after every message."""
        return self._loop.run(
            track_session_progress(
                self.base_url,
                session_id,
                token=self.token_for(session_id),
                until=until,
                timeout=timeout,
                on_update=on_update,
                **ws_options,
            )
        )

    def watch(self, session_id: str, **ws_options: Any) -> Iterator[AnyMessage]:
        """Yield the session's messages as they arrive (a blocking generator); stop iterating
        (``break``) to close the connection."""
        items: queue.Queue[Any] = queue.Queue()
        end = object()
        ws = WebSocketClient(
            self.base_url, session_id, token=self.token_for(session_id), **ws_options
        )

        async def pump() -> None:
            try:
                async for message in ws:
                    items.put(message)
            except BaseException as exc:  # handed to the caller's thread
                items.put(exc)
            finally:
                items.put(end)

        task = self._loop.run(_start(pump()))
        try:
            while True:
                item = items.get()
                if item is end:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self._loop.run(ws.close())
            self._loop.run(_cancel(task))


async def _start(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    return asyncio.get_running_loop().create_task(coro)


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    # Cancellation, or an error the pump already handed to the caller's thread.
    with contextlib.suppress(BaseException):
        await task


def track(
    base_url: str,
    session_id: str,
    *,
    token: str | None = None,
    until: Until = "processing",
    timeout: float | None = None,
    on_update: Callable[[ProgressTracker], None] | None = None,
    **ws_options: Any,
) -> ProgressTracker:
    """Blocking :func:`~docsplit.client.progress.track_session_progress`."""
    return asyncio.run(
        track_session_progress(
            base_url,
            session_id,
            token=token,
            until=until,
            timeout=timeout,
            on_update=on_update,
            **ws_options,
        )
    )


def split_file(
    base_url: str,
    source: Source,
    dest_dir: str | os.PathLike[str],
    *,
    token: str | None = None,
    starts: list[int] | None = None,
    timeout: float | None = 600.0,
    **options: Any,
) -> list[Path]:
    """Upload, wait for the proposal, (optionally) set ``starts``, split and download: the
    whole workflow in one blocking call. Returns the written files."""
    with SyncDocsplitClient(base_url, token=token) as client:
        created = client.upload(source, **options)
        session_id = str(created["session_id"])
        client.wait(session_id, "boundaries", timeout=timeout)
        if starts is not None:
            client.set_boundaries(session_id, starts)
        client.split(session_id)
        client.wait(session_id, "split", timeout=timeout)
        return client.download(session_id, dest_dir)

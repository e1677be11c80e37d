"""WebSocketClient: a session's live event stream that never loses nor repeats an event.

Owns the client side of ``/ws/enhanced/{session_id}`` (``docs/websocket-protocol.md``):

- connect with a timeout covering the upgrade *and* the server's first ``connection`` message;
  the token travels in the ``Authorization`` header (never in a URL a proxy might log), and an
  ``auth_request`` from the server is answered with it;
- automatic reconnection with exponential backoff and full jitter (``delay = uniform(0,
  min(cap, base * 2**attempt))``, the AWS recipe: clients that lost the same server do not come
  back in lockstep), never after a terminal close code (4000, 4401, 4403, 4404), giving up with
  :class:`~docsplit.client.errors.CannotConnect` after ``max_attempts`` failures in a row;
- resume: every reconnect sends ``last_id`` (the highest event id seen), so the server replays
  what was missed; events whose id was already delivered are dropped, so a handler sees each
  event exactly once and in order;
- liveness: the server's ``heartbeat`` is answered with ``pong`` + its ``sequence``; a socket
  silent for longer than the client timeout (the server's ``client_timeout`` unless given) is
  treated as dead and replaced;
- delivery: typed messages of :mod:`docsplit.protocol.messages`, to ``on(type, handler)``
  handlers and to ``async for message in client``.

The id rule that makes resume exact (see :class:`docsplit.protocol.messages.Message`): events get
increasing ids; messages meant for one connection (``connection``, ``heartbeat``, ``pong``,
``auth_*``, a connection-level ``error``) repeat the id of the last event sent on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import random
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlencode, urlsplit, urlunsplit

import aiohttp
import attrs

from docsplit.client.errors import (
    CannotConnect,
    Disconnected,
    DocsplitClientError,
    InvalidRequest,
    NotFound,
    error_from_close,
    error_from_code,
)
from docsplit.errors import InvalidMessage, UnknownMessageType
from docsplit.protocol.messages import (
    RETRY_CLOSE_CODES,
    SERVER_MESSAGES,
    TERMINAL_CLOSE_CODES,
    AuthFailureMessage,
    ConnectionMessage,
    ErrorMessage,
    HeartbeatMessage,
    Message,
    decode_server,
)

log = logging.getLogger(__name__)


@attrs.frozen(kw_only=True)
class UnknownMessage:
    """A frame this SDK cannot type (a newer server's message): its envelope and raw fields."""

    id: int
    type: str
    session_id: str
    timestamp: datetime | None
    data: dict[str, Any]


AnyMessage = Message | UnknownMessage
Handler = Callable[[AnyMessage], Awaitable[None] | None]
TokenProvider = Callable[[], Awaitable[str] | str]

#: Messages addressed to one connection: they repeat an old id and are never deduplicated.
CONNECTION_TYPES: Final = frozenset(
    {
        "connection",
        "disconnection",
        "heartbeat",
        "pong",
        "auth_request",
        "auth_success",
        "auth_failure",
    }
)
#: Not put on the iterator (handlers still get them): liveness chatter, not session news.
QUIET_TYPES: Final = frozenset({"heartbeat", "pong"})
WS_PATH = "/ws/enhanced/{session_id}"
_END: Final = object()


def decode_message(data: dict[str, Any]) -> AnyMessage:
    """Type a server frame; fields this SDK does not know are ignored (forward compatible)."""
    kind = data.get("type")
    cls = SERVER_MESSAGES.get(kind) if isinstance(kind, str) else None
    if cls is not None:
        known = {a.name for a in attrs.fields(cls)}
        try:
            return decode_server({k: v for k, v in data.items() if k in known})
        except (InvalidMessage, UnknownMessageType) as exc:
            log.debug("cannot type a %s frame: %s", kind, exc)
    raw_ts = data.get("timestamp")
    timestamp = None
    if isinstance(raw_ts, str):
        with contextlib.suppress(ValueError):
            timestamp = datetime.fromisoformat(raw_ts.replace("Z", "+00:00"))
    raw_id = data.get("id")
    return UnknownMessage(
        id=raw_id if isinstance(raw_id, int) else 0,
        type=str(kind),
        session_id=str(data.get("session_id", "")),
        timestamp=timestamp,
        data={k: v for k, v in data.items() if k not in ("id", "type", "session_id", "timestamp")},
    )


def websocket_url(base_url: str, session_id: str, query: dict[str, str]) -> str:
    """``http(s)://host[/prefix]`` -> ``ws(s)://host[/prefix]/ws/enhanced/{id}?query``."""
    parts = urlsplit(base_url.rstrip("/"))
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    path = parts.path + WS_PATH.format(session_id=session_id)
    return urlunsplit((scheme, parts.netloc, path, urlencode(query), ""))


class _Closed(Exception):
    """Internal: a socket ended with ``code`` (a close frame, or 1006 when it just died)."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(code, reason)
        self.code = code
        self.reason = reason


class WebSocketClient:
    """Live messages of one session, with reconnection, resume, heartbeat and handlers.

    Use as ``async with WebSocketClient(url, sid) as ws: async for msg in ws: ...``, or
    ``await ws.connect()`` / ``await ws.close()``. Handlers registered with :meth:`on` run in
    the reading task, in order (an async handler is awaited before the next message is read,
    so keep them short). The iterator yields every message except ``heartbeat``/``pong`` and
    ends after :meth:`close`; it raises the error that ended the stream otherwise
    (:class:`CannotConnect`, :class:`Unauthorized`, :class:`Forbidden`, :class:`NotFound`,
    :class:`Disconnected`).
    """

    def __init__(
        self,
        base_url: str,
        session_id: str,
        token: str | None = None,
        client_id: str | None = None,
        *,
        session: aiohttp.ClientSession | None = None,
        last_id: int | None = None,
        reconnect: bool = True,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        max_attempts: int | None = 10,
        connect_timeout: float = 10.0,
        client_timeout: float | None = None,
        retry_initial_connect: bool = False,
        max_queued: int = 10_000,
        token_provider: TokenProvider | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url
        self.session_id = session_id
        self.token = token
        # Asked for a fresh token when the server wants one (auth_request before expiry) and
        # before every reconnect, so a long-lived client outlives any one token.
        self.token_provider = token_provider
        # Keep one client id across reconnects: the server replaces a stale socket of the
        # same id instead of counting it against the per-session limit.
        self.client_id = client_id or uuid.uuid4().hex
        self.reconnect = reconnect
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_attempts = max_attempts
        self.connect_timeout = connect_timeout
        self.client_timeout = client_timeout
        self.retry_initial_connect = retry_initial_connect
        # A program that only uses handlers never drains the iterator's queue: bound it.
        self.max_queued = max_queued
        #: Highest event id delivered (or covered by a snapshot): the ``last_id`` to resume at.
        self.last_id = last_id
        #: The latest ``connection`` message (its ``snapshot`` is the session at that moment).
        self.connection: ConnectionMessage | None = None
        self.reconnects = 0
        self.duplicates_dropped = 0
        #: Messages dropped from the iterator's queue because nobody read it (``max_queued``).
        self.queue_overflows = 0
        self._rng = rng or random.Random()
        self._http = session
        self._owns_http = session is None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._handlers: dict[str, list[Handler]] = {}
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._error: BaseException | None = None
        self._ended = False

    # -- public API ------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self._ws.closed

    def on(self, message_type: str, handler: Handler) -> Callable[[], None]:
        """Call ``handler(message)`` for each message of ``message_type`` (``"*"``: all).

        Returns a function that removes the handler.
        """
        handlers = self._handlers.setdefault(message_type, [])
        handlers.append(handler)

        def off() -> None:
            if handler in handlers:
                handlers.remove(handler)

        return off

    async def connect(self) -> ConnectionMessage:
        """Open the socket and wait for the ``connection`` message (``connect_timeout``)."""
        if self._task is not None:
            if self.connection is None:  # pragma: no cover - connect() called twice at once
                raise RuntimeError("connect() is already running")
            return self.connection
        self._closing = False
        try:
            await self._first_connect()
        except BaseException:
            # `async with` never reaches __aexit__ when __aenter__ fails: release our session.
            await self._release_http()
            raise
        self._task = asyncio.get_running_loop().create_task(
            self._run(), name=f"docsplit-ws-{self.session_id}"
        )
        assert self.connection is not None
        return self.connection

    async def _first_connect(self) -> None:
        if self.retry_initial_connect:
            await self._reconnect(first=True)
            return
        try:
            await self._open()
        except _Closed as closed:
            if closed.code in TERMINAL_CLOSE_CODES:
                raise error_from_close(closed.code, closed.reason) from None
            raise CannotConnect(
                f"the server closed the connection ({closed.code}): {closed.reason}",
                close_code=closed.code,
            ) from None

    async def _release_http(self) -> None:
        if self._http is not None and self._owns_http:
            await self._http.close()
            self._http = None

    async def close(self) -> None:
        """Close the socket (1000) and stop reconnecting; the iterator ends."""
        self._closing = True
        if self._ws is not None and not self._ws.closed:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._ws.close(), 5)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._end()
        await self._release_http()

    async def __aenter__(self) -> WebSocketClient:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __aiter__(self) -> WebSocketClient:
        return self

    async def __anext__(self) -> AnyMessage:
        if self._task is None and not self._ended:
            await self.connect()
        item = await self._queue.get()
        if item is _END:
            self._queue.put_nowait(_END)  # later calls end too
            if self._error is not None:
                raise self._error
            raise StopAsyncIteration
        message: AnyMessage = item
        return message

    async def wait_for(
        self,
        predicate: str | Callable[[AnyMessage], bool],
        timeout: float | None = None,  # noqa: ASYNC109 - mirrors asyncio.wait_for
    ) -> AnyMessage:
        """The next message of a type (or matching a predicate), from now on."""
        check = (lambda m: m.type == predicate) if isinstance(predicate, str) else predicate
        future: asyncio.Future[AnyMessage] = asyncio.get_running_loop().create_future()

        def handler(message: AnyMessage) -> None:
            if not future.done() and check(message):
                future.set_result(message)

        off = self.on("*", handler)
        waiter: asyncio.Future[Any] = asyncio.ensure_future(self._until_end())
        pending: set[asyncio.Future[Any]] = {future, waiter}
        try:
            done, _ = await asyncio.wait(
                pending, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
            if future in done:
                return future.result()
            if waiter in done:
                raise self._error or Disconnected("the stream ended")
            raise TimeoutError(f"no matching message within {timeout} s")
        finally:
            off()
            waiter.cancel()

    async def send(self, data: dict[str, Any]) -> None:
        """Send a JSON message (``{"type": "heartbeat", "sequence": 1}``, a custom type...)."""
        if self._ws is None or self._ws.closed:
            raise CannotConnect("not connected")
        await self._ws.send_json(data)

    async def update_token(self, token: str) -> None:
        """Use a fresh token from now on; an open connection re-authenticates with it."""
        self.token = token
        if self.connected:
            await self.send({"type": "auth_request", "token": token})

    # -- connection ------------------------------------------------------------------------

    async def _fresh_token(self) -> str | None:
        if self.token_provider is not None:
            result = self.token_provider()
            self.token = await result if inspect.isawaitable(result) else result
        return self.token

    def _url(self) -> str:
        query = {"client_id": self.client_id}
        if self.last_id is not None:
            query["last_id"] = str(self.last_id)
        return websocket_url(self.base_url, self.session_id, query)

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession()
            self._owns_http = True
        return self._http

    async def _open(self) -> None:
        """One attempt: upgrade, then read until ``connection`` (delivering auth messages)."""
        token = await self._fresh_token()
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        ws: aiohttp.ClientWebSocketResponse | None = None
        try:
            async with asyncio.timeout(self.connect_timeout):
                ws = await self._session().ws_connect(
                    self._url(), headers=headers, autoping=True, max_msg_size=0
                )
                while True:
                    msg = await ws.receive()
                    if msg.type is not aiohttp.WSMsgType.TEXT:
                        raise _Closed(_close_code(ws, msg), str(msg.extra or ""))
                    message = await self._handle_frame(ws, msg.data)
                    if isinstance(message, ConnectionMessage):
                        break
        except aiohttp.WSServerHandshakeError as exc:
            # The upgrade was refused with an HTTP answer (unknown route, bad query).
            if exc.status == 404:
                raise NotFound(f"no WebSocket endpoint for {self.session_id}", status=404) from None
            if exc.status == 400:
                raise InvalidRequest(exc.message, status=400) from None
            raise CannotConnect(f"WebSocket upgrade refused: {exc.status} {exc.message}") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise CannotConnect(f"cannot reach {self.base_url}: {exc}") from exc
        except TimeoutError:
            if ws is not None:
                await ws.close()
            raise CannotConnect(
                f"no connection message from {self.base_url} within {self.connect_timeout} s"
            ) from None
        except BaseException:
            if ws is not None and not ws.closed:
                await ws.close()
            raise
        self._ws = ws

    async def _reconnect(self, first: bool = False) -> None:
        """Open again with backoff + full jitter until it works, a terminal code, or
        ``max_attempts`` failed attempts."""
        attempt = 0
        last_error: BaseException | None = None
        while not self._closing:
            if not first or attempt:
                cap = min(self.backoff_cap, self.backoff_base * (2 ** min(attempt, 30)))
                await asyncio.sleep(self._rng.uniform(0, cap))
            try:
                await self._open()
            except _Closed as closed:
                if closed.code in TERMINAL_CLOSE_CODES:
                    raise error_from_close(closed.code, closed.reason) from None
                last_error = CannotConnect(f"closed with {closed.code} while connecting")
            except CannotConnect as exc:
                last_error = exc
            else:
                if not first:
                    self.reconnects += 1
                return
            attempt += 1
            if self.max_attempts is not None and attempt >= self.max_attempts:
                raise CannotConnect(
                    f"gave up after {attempt} attempts to reach {self.base_url}: {last_error}"
                )
        raise asyncio.CancelledError()

    async def _run(self) -> None:
        """Read; when the socket ends, reconnect (or stop for good)."""
        try:
            while True:
                assert self._ws is not None
                code, reason = await self._read(self._ws)
                self._ws = None
                if self._closing:
                    return
                # A 4401 on a live socket means its token expired: with a provider, reconnect
                # with a fresh one (a 4401 while reconnecting is final, in _reconnect).
                expired = code == 4401 and self.token_provider is not None
                if code in TERMINAL_CLOSE_CODES and not expired:
                    raise error_from_close(code, reason)
                if not self.reconnect:
                    raise Disconnected(f"connection closed ({code})", close_code=code)
                if code not in RETRY_CLOSE_CODES and code != 1000 and not expired:
                    # 1009 (frame too big), 1008 (policy): a retry would fail the same way.
                    raise Disconnected(f"connection closed with {code}: {reason}", close_code=code)
                log.info("websocket to %s closed (%s); reconnecting", self.session_id, code)
                await self._reconnect()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            self._error = exc
        finally:
            self._end()

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> tuple[int, str]:
        """Deliver frames until the socket ends; its close code (1006 for silence/loss)."""
        while True:
            try:
                msg = await ws.receive(timeout=self._silence_limit())
            except TimeoutError:
                log.info("websocket to %s silent for too long: reconnecting", self.session_id)
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(ws.close(), 2)
                return 1006, "silent for longer than the client timeout"
            if msg.type is aiohttp.WSMsgType.TEXT:
                try:
                    await self._handle_frame(ws, msg.data)
                except _Closed as closed:
                    return closed.code, closed.reason
                continue
            if msg.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.ERROR,
            ):
                return _close_code(ws, msg), str(msg.extra or "")
            # BINARY: the protocol has none; ignore rather than fail.

    def _silence_limit(self) -> float | None:
        if self.client_timeout is not None:
            return self.client_timeout
        if self.connection is not None:
            # The server closes us after client_timeout without a pong; a server silent that
            # long (it sends a heartbeat every heartbeat_interval) is gone.
            return max(self.connection.client_timeout, 2 * self.connection.heartbeat_interval)
        return None

    async def _handle_frame(self, ws: aiohttp.ClientWebSocketResponse, text: str) -> AnyMessage:
        try:
            data = json.loads(text)
        except ValueError:
            log.warning("ignoring a frame that is not JSON: %.80r", text)
            return UnknownMessage(id=0, type="invalid", session_id="", timestamp=None, data={})
        if not isinstance(data, dict):
            return UnknownMessage(id=0, type="invalid", session_id="", timestamp=None, data={})
        message = decode_message(data)
        kind = message.type
        if isinstance(message, HeartbeatMessage):
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.send_json({"type": "pong", "sequence": message.sequence})
        elif kind == "auth_request":
            # At connect (no header token) or ahead of expiry on an open socket.
            token = await self._fresh_token()
            if token:
                await ws.send_json({"type": "auth_request", "token": token})
        if kind in CONNECTION_TYPES or (kind == "error" and self._is_old(message.id)):
            if isinstance(message, ConnectionMessage):
                self.connection = message
                self.client_id = message.client_id
                # Without a replay the server starts this connection at message.id: the
                # snapshot covers everything up to there.
                if self.last_id is None or message.id > self.last_id:
                    self.last_id = message.id
            await self._deliver(message)
            if isinstance(message, AuthFailureMessage):
                raise _Closed(message.close_code, message.message)
            if isinstance(message, ErrorMessage) and not message.recoverable:
                log.warning("server error on %s: %s", self.session_id, message.message)
            return message
        if self._is_old(message.id):
            self.duplicates_dropped += 1
            return message
        self.last_id = message.id
        await self._deliver(message)
        return message

    def _is_old(self, message_id: int) -> bool:
        return self.last_id is not None and message_id <= self.last_id

    async def _deliver(self, message: AnyMessage) -> None:
        for handler in (*self._handlers.get(message.type, ()), *self._handlers.get("*", ())):
            try:
                result = handler(message)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # one broken handler must not end the stream
                log.exception("handler for %s messages failed", message.type)
        if message.type not in QUIET_TYPES:
            if self._queue.qsize() >= self.max_queued:
                self._queue.get_nowait()  # the oldest unread; handlers saw it already
                self.queue_overflows += 1
            self._queue.put_nowait(message)

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self._queue.put_nowait(_END)

    async def _until_end(self) -> None:
        if self._task is not None:
            with contextlib.suppress(BaseException):
                await asyncio.shield(self._task)


def _close_code(ws: aiohttp.ClientWebSocketResponse, msg: aiohttp.WSMessage) -> int:
    """The close code a socket ended with; 1006 (abnormal) when there was no close frame."""
    if msg.type is aiohttp.WSMsgType.CLOSE and isinstance(msg.data, int):
        return msg.data
    if msg.type is aiohttp.WSMsgType.ERROR:
        return 1006
    return ws.close_code or 1006


def raise_for_error_message(message: AnyMessage) -> None:
    """Raise the SDK exception for an ``error`` / ``processing_error`` / ``split_error``."""
    if isinstance(message, ErrorMessage):
        raise error_from_code(message.code, message.message)


__all__ = [
    "CONNECTION_TYPES",
    "AnyMessage",
    "DocsplitClientError",
    "Handler",
    "UnknownMessage",
    "WebSocketClient",
    "decode_message",
    "raise_for_error_message",
    "websocket_url",
]

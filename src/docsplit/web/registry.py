"""Live WebSocket connections: who is connected, limits, statistics, fan-out, the sweeper.

Owns :class:`ConnectionInfo` (one live socket: its metadata, counters, bounded send queue and
writer task) and :class:`ConnectionRegistry` (every connection by session and client id, the
message-type dispatch table, delivery of hub events, heartbeats and the stale-connection
sweeper). The endpoint itself (upgrade, auth, read loop) lives in :mod:`docsplit.web.ws`.

Fan-out follows Home Assistant's websocket_api: an event is serialised once (``Event.json``,
then one WebSocket frame of it, :func:`text_frame`) and the same bytes go to every receiver;
each connection has a bounded queue and one writer task, so a client that cannot keep up fills
only its own queue and is closed with 4008 instead of slowing the publisher or anyone else.
Unlike Home Assistant, a frame skips the queue when the socket has room (see
:class:`ConnectionInfo`), which is what makes the fan-out as fast as a bare aiohttp loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import attrs
from aiohttp import web
from aiohttp.abc import AbstractStreamWriter

from docsplit.config import Settings
from docsplit.errors import DocsplitError
from docsplit.protocol.messages import (
    TERMINAL_CLOSE_CODES,
    AuthFailureMessage,
    AuthRequestMessage,
    CloseCode,
    DisconnectionMessage,
    ErrorMessage,
    HeartbeatMessage,
    Message,
    encode,
)
from docsplit.services.auth import LEEWAY_S, Principal
from docsplit.services.events import Event, EventHub, Unsubscribe

log = logging.getLogger(__name__)

Handler = Callable[["ConnectionInfo", dict[str, Any]], Awaitable[None]]
"""A message handler: gets the connection and the parsed JSON object (``type`` checked)."""

# How long a close may take (final message, close frame) before the writer is cancelled and
# the transport closed: a peer that stopped reading must not keep its socket forever.
CLOSE_GRACE_S = 5.0


def close_grace() -> float:
    return CLOSE_GRACE_S  # read at call time, so tests can shorten it


# Ask for a fresh token this many heartbeat intervals before the current one expires.
REFRESH_AHEAD_INTERVALS = 2


class TooManyConnections(DocsplitError):
    """A connection limit is reached; the socket gets this as ``error`` and closes with 4429."""

    code = "too_many_connections"
    status = 429
    default_message = "too many WebSocket connections"


class DuplicateHandler(DocsplitError):
    code = "duplicate_handler"
    status = 500
    default_message = "a handler is already registered for this message type"


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def text_frame(payload: bytes) -> bytes:
    """A final, unmasked, uncompressed text frame (RFC 6455 section 5.2), as servers send it.

    Built once per event and written as-is to every receiver: frames from a server are never
    masked, and compression is off on our sockets, so the bytes are the same for everyone.
    """
    size = len(payload)
    if size < 126:
        header = struct.pack("!BB", 0x81, size)
    elif size < 65536:
        header = struct.pack("!BBH", 0x81, 126, size)
    else:
        header = struct.pack("!BBQ", 0x81, 127, size)
    return header + payload


@attrs.define(eq=False)
class ConnectionInfo:
    """One live socket. Touched on the event loop thread only.

    Sending (:meth:`send`): while nothing is queued and the socket's transport has room (below
    its high-water mark), the frame is written to the transport at once; otherwise it waits in
    the bounded queue, which the connection's one writer task drains as the transport drains.
    Frames leave in the order they were sent either way. The fast path matters: waking a task
    per message per receiver cost about a third of the fan-out throughput (see
    ``docs/benchmarks.md``), while a slow client still only ever fills its own queue.
    """

    client_id: str
    session_id: str
    ws: web.WebSocketResponse
    queue_size: int
    transport: asyncio.Transport | None = None
    # What ws.prepare() returned: its drain() waits while the transport is paused.
    stream: AbstractStreamWriter | None = None
    principal: Principal | None = None
    user_agent: str | None = None
    origin: str | None = None
    remote: str | None = None
    connected_at: datetime = attrs.Factory(_utcnow)
    last_seen: float = attrs.Factory(time.monotonic)
    last_seen_at: datetime = attrs.Factory(_utcnow)
    messages_sent: int = 0
    messages_received: int = 0
    heartbeat_sequence: int = 0
    # Id of the last stream event sent here: repeated by per-connection messages (see
    # protocol.messages.Message) so ids never go backwards on a connection.
    last_event_id: int = 0
    refresh_requested: bool = False
    close_code: int | None = None
    close_reason: str = ""
    _pending: deque[bytes] = attrs.Factory(deque)
    # Leading frames of _pending exempt from the bound (connection message and replay).
    _free: int = 0
    _busy: bool = False
    _close_requested: bool = False
    _wakeup: asyncio.Future[None] | None = None
    _writer: asyncio.Task[None] | None = None
    _force_close: asyncio.TimerHandle | None = None

    # -- sending --------------------------------------------------------------------------

    @property
    def closing(self) -> bool:
        return self.close_code is not None

    @property
    def queued(self) -> int:
        return len(self._pending)

    def send(self, data: str | bytes, event_id: int | None = None) -> bool:
        """Send a message (JSON text, or a frame from :func:`text_frame`). False when closing,
        or when the queue is full, which closes the connection with 4008."""
        if self.close_code is not None:
            return False
        frame = text_frame(data.encode()) if isinstance(data, str) else data
        transport = self.transport
        if (
            not self._pending
            and not self._busy
            and self._writer is not None
            and transport is not None
            and not transport.is_closing()
            and not self.ws.closed
            and transport.get_write_buffer_size() < transport.get_write_buffer_limits()[1]
        ):
            transport.write(frame)
            self.messages_sent += 1
        else:
            if len(self._pending) - self._free >= self.queue_size:
                log.warning(
                    "client %s of session %s cannot keep up (%d queued): closing it",
                    self.client_id,
                    self.session_id,
                    len(self._pending),
                )
                self.close(CloseCode.SLOW_CONSUMER, "send queue full: the client is too slow")
                return False
            self._pending.append(frame)
            self._wake()
        if event_id is not None and event_id > self.last_event_id:
            self.last_event_id = event_id
        return True

    def _wake(self) -> None:
        waiter = self._wakeup
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def message(self, cls: type[Message], **fields: Any) -> str:
        """Encode a message meant for this connection only (id = last event id sent here)."""
        return encode(cls(id=self.last_event_id, session_id=self.session_id, **fields))

    def send_message(self, cls: type[Message], **fields: Any) -> bool:
        return self.send(self.message(cls, **fields))

    def send_error(self, exc: DocsplitError, recoverable: bool = True) -> bool:
        return self.send_message(
            ErrorMessage, code=exc.code, message=exc.message, recoverable=recoverable
        )

    # -- lifecycle ------------------------------------------------------------------------

    def touch(self) -> None:
        self.last_seen = time.monotonic()
        self.last_seen_at = _utcnow()

    def start_writer(self, initial: list[str]) -> None:
        """Start the writer task; ``initial`` (connection message, replay) goes out first and
        does not count against the queue bound."""
        self._pending.extendleft(text_frame(t.encode()) for t in reversed(initial))
        self._free += len(initial)
        self._writer = asyncio.get_running_loop().create_task(
            self._write(), name=f"docsplit-ws-writer-{self.client_id}"
        )

    async def _write(self) -> None:
        ws, transport = self.ws, self.transport
        loop = asyncio.get_running_loop()
        try:
            while True:
                if not self._pending:
                    if self._close_requested:
                        break
                    self._wakeup = loop.create_future()
                    await self._wakeup
                    self._wakeup = None
                    continue
                self._busy = True
                try:
                    while self._pending:
                        if self.stream is not None:
                            await self.stream.drain()  # returns at once unless paused
                        if transport is None or transport.is_closing() or ws.closed:
                            raise ConnectionResetError("the connection is closed")
                        frame = self._pending.popleft()
                        if self._free:
                            self._free -= 1
                        transport.write(frame)
                        self.messages_sent += 1
                finally:
                    self._busy = False
        except (ConnectionError, RuntimeError) as exc:
            # The peer went away under us; the read loop sees it too and cleans up.
            log.debug("send to %s failed: %s", self.client_id, exc)
        finally:
            # Runs for a normal close and for a cancellation alike (a slow consumer's writer is
            # cancelled while it waits for the transport to drain). Closing here makes the
            # reader's receive() return, which ends the endpoint's read loop.
            if self._force_close is not None:
                self._force_close.cancel()
            if not ws.closed:
                code = self.close_code or CloseCode.NORMAL
                with contextlib.suppress(Exception):
                    # drain=False: the close frame is queued behind the data already buffered;
                    # waiting for a peer that does not read would block this task for nothing.
                    await ws.close(code=code, message=self.close_reason.encode()[:120], drain=False)

    def close(self, code: int, reason: str = "", final: str | None = None) -> None:
        """Ask the writer to send ``final`` (if any), then close with ``code``. Non-blocking;
        idempotent (the first code wins)."""
        if self.close_code is not None:
            return
        self.close_code = int(code)
        self.close_reason = reason
        self._close_requested = True
        if final is not None and code != CloseCode.SLOW_CONSUMER:
            self._pending.append(text_frame(final.encode()))
        self._wake()
        writer = self._writer
        if writer is None or writer.done():
            return
        if code == CloseCode.SLOW_CONSUMER:
            # Its writer is most likely blocked on a full transport; interrupt it so that its
            # cleanup closes the socket now (the queued backlog is dropped).
            self._pending.clear()
            writer.cancel()
        else:
            self._force_close = asyncio.get_running_loop().call_later(
                close_grace(), self._abort_writer
            )

    def _abort_writer(self) -> None:
        if self._writer is not None and not self._writer.done():
            log.info("closing %s took longer than %ss: dropping it", self.client_id, CLOSE_GRACE_S)
            self._writer.cancel()

    async def stop(self) -> None:
        """Called by the endpoint when its read loop ended: finish the writer."""
        writer = self._writer
        if writer is None:
            return
        if not writer.done():
            self.close(self.close_code or CloseCode.NORMAL, self.close_reason)
        try:
            await asyncio.wait_for(asyncio.shield(writer), close_grace())
        except TimeoutError:
            writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer

    async def wait_closed(self) -> None:
        """Wait (at most the close grace) until the writer has closed the socket."""
        if self._writer is not None and not self._writer.done():
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(self._writer), close_grace())

    def as_dict(self) -> dict[str, Any]:
        now_dt = _utcnow()
        return {
            "client_id": self.client_id,
            "session_id": self.session_id,
            "connected_at": _iso(self.connected_at),
            "duration_s": round((now_dt - self.connected_at).total_seconds(), 3),
            "last_seen_at": _iso(self.last_seen_at),
            "messages_sent": self.messages_sent,
            "messages_received": self.messages_received,
            "user_agent": self.user_agent,
            "origin": self.origin,
            "remote": self.remote,
            "queued": self.queued,
            "authenticated": self.principal is not None,
            "sub": self.principal.sub if self.principal else None,
        }


@attrs.define
class Counters:
    """Totals since start, for the stats endpoint and the logs."""

    connected: int = 0
    refused_limit: int = 0
    auth_failures: int = 0
    slow_consumers: int = 0
    timeouts: int = 0
    admin_disconnects: int = 0
    events_delivered: int = 0


class ConnectionRegistry:
    """Every live connection, the handler table, and the sweeper. See the module docstring."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._sessions: dict[str, dict[str, ConnectionInfo]] = {}
        # Upgraded sockets still in the auth phase: they count against the total limit and get
        # closed on shutdown, but receive no events yet.
        self._pending: set[web.WebSocketResponse] = set()
        self._handlers: dict[str, Handler] = {}
        self._unsubscribe: Unsubscribe | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self._last_delivery: tuple[Event | None, int] = (None, 0)
        self.counters = Counters()
        self.closing = False

    # -- handlers -------------------------------------------------------------------------

    def register_handler(self, type: str, handler: Handler, *, replace: bool = False) -> None:
        """Route client messages whose ``type`` is ``type`` to ``handler``.

        ``handler(connection, data)`` is awaited in the connection's read loop (so messages of
        one connection are handled in order); a :class:`DocsplitError` it raises is sent back as
        an ``error`` message and the connection stays open. Use ``connection.send_message`` to
        answer.
        """
        if not type or not isinstance(type, str):
            raise ValueError("a handler needs a non-empty message type")
        if type in self._handlers and not replace:
            raise DuplicateHandler(f"a handler for {type!r} is already registered")
        self._handlers[type] = handler

    def handler(self, type: str) -> Handler | None:
        return self._handlers.get(type)

    @property
    def handler_types(self) -> list[str]:
        return sorted(self._handlers)

    # -- membership -----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return sum(len(c) for c in self._sessions.values())

    def reserve(self, ws: web.WebSocketResponse) -> None:
        """Count an upgraded socket (auth phase) against the total limit, or refuse it."""
        if self.total + len(self._pending) >= self.settings.websocket_max_total_connections:
            self.counters.refused_limit += 1
            raise TooManyConnections(
                "the server has reached its limit of "
                f"{self.settings.websocket_max_total_connections} connections"
            )
        self._pending.add(ws)

    def release(self, ws: web.WebSocketResponse) -> None:
        self._pending.discard(ws)

    def add(self, conn: ConnectionInfo) -> ConnectionInfo | None:
        """Register a connection (it then receives its session's events).

        Returns the connection it replaced (same session and client id: a client reconnecting
        before its old socket was found dead), which the caller closes. Raises
        :class:`TooManyConnections` when a limit is reached.
        """
        members = self._sessions.get(conn.session_id, {})
        previous = members.get(conn.client_id)
        others = len(members) - (previous is not None)
        if others >= self.settings.websocket_max_connections_per_session:
            self.counters.refused_limit += 1
            raise TooManyConnections(
                f"session {conn.session_id} already has "
                f"{self.settings.websocket_max_connections_per_session} connections"
            )
        total = self.total - (previous is not None) + len(self._pending - {conn.ws})
        if total >= self.settings.websocket_max_total_connections:
            self.counters.refused_limit += 1
            raise TooManyConnections(
                "the server has reached its limit of "
                f"{self.settings.websocket_max_total_connections} connections"
            )
        self._pending.discard(conn.ws)
        self._sessions.setdefault(conn.session_id, {})[conn.client_id] = conn
        self.counters.connected += 1
        return previous

    def remove(self, conn: ConnectionInfo) -> None:
        """Forget a connection (idempotent; only removes this exact one, not its successor)."""
        members = self._sessions.get(conn.session_id)
        if members is not None and members.get(conn.client_id) is conn:
            del members[conn.client_id]
            if not members:
                del self._sessions[conn.session_id]

    def get(self, session_id: str, client_id: str) -> ConnectionInfo | None:
        return self._sessions.get(session_id, {}).get(client_id)

    def connections(self, session_id: str | None = None) -> list[ConnectionInfo]:
        if session_id is not None:
            return list(self._sessions.get(session_id, {}).values())
        return [c for members in self._sessions.values() for c in members.values()]

    # -- delivery -------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        """The hub subscriber (every session)."""
        self.deliver(event)

    def deliver(self, event: Event) -> int:
        """Queue ``event`` for every connection of its session not excluded; returns how many
        accepted it. Subscribed to the hub for every session."""
        members = self._sessions.get(event.session_id)
        delivered = 0
        if members:
            frame = text_frame(event.json.encode())  # built once, shared by every receiver
            for conn in list(members.values()):
                if conn.client_id in event.exclude:
                    continue
                if conn.send(frame, event.id):
                    delivered += 1
                else:
                    self._dropped(conn)
            if event.type == "status" and event.data.get("status") == "deleted":
                # Nothing more will come for this session: let its clients go (terminal 4404).
                for conn in list(members.values()):
                    conn.close(CloseCode.SESSION_NOT_FOUND, "the session was deleted")
                    self.remove(conn)
        self.counters.events_delivered += delivered
        self._last_delivery = (event, delivered)
        return delivered

    def delivered(self, event: Event) -> int:
        """How many connections ``event`` was queued for, right after ``hub.publish``."""
        last, count = self._last_delivery
        return count if last is event else 0

    def disconnect(
        self, session_id: str, client_id: str, code: int, reason: str, reconnect: bool
    ) -> bool:
        """Send ``disconnection`` then close one connection; False when it is not connected."""
        conn = self.get(session_id, client_id)
        if conn is None:
            return False
        self._close_with_notice(conn, code, reason, reconnect)
        return True

    def _close_with_notice(
        self, conn: ConnectionInfo, code: int, reason: str, reconnect: bool
    ) -> None:
        final = conn.message(
            DisconnectionMessage, code=int(code), reason=reason, reconnect=reconnect
        )
        conn.close(code, reason, final=final)
        # Out of the registry at once: the stats and the limits must not count a leaving socket.
        self.remove(conn)

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self, hub: EventHub) -> None:
        self._unsubscribe = hub.subscribe_all(self.on_event)
        self._sweeper = asyncio.get_running_loop().create_task(
            self._sweep_forever(), name="docsplit-ws-sweeper"
        )

    async def close_all(self, code: int = CloseCode.GOING_AWAY, reason: str = "") -> None:
        """Shutdown: every socket gets ``disconnection`` and a close with ``code``."""
        self.closing = True
        conns = self.connections()
        for conn in conns:
            self._close_with_notice(conn, code, reason, code not in TERMINAL_CLOSE_CODES)
        pending = list(self._pending)
        self._pending.clear()
        await asyncio.gather(
            *(c.wait_closed() for c in conns),
            *(ws.close(code=code, message=reason.encode()[:120]) for ws in pending),
            return_exceptions=True,
        )

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        if self.connections() or self._pending:
            await self.close_all(CloseCode.GOING_AWAY, "server stopped")

    async def _sweep_forever(self) -> None:
        interval = self.settings.websocket_heartbeat_interval
        while True:
            await asyncio.sleep(interval)
            try:
                self.sweep()
            except Exception:  # the sweeper must survive a bug in one pass
                log.exception("WebSocket sweep failed")

    def sweep(self) -> None:
        """One pass: drop dead or silent connections, expire tokens, send heartbeats."""
        now = time.monotonic()
        wall = time.time()
        timeout = self.settings.websocket_client_timeout
        interval = self.settings.websocket_heartbeat_interval
        for conn in self.connections():
            transport = conn.transport
            if conn.ws.closed or transport is None or transport.is_closing():
                # Died without a close handshake (or its handler is gone): just forget it.
                conn.close(CloseCode.ABNORMAL, "connection lost")
                self.remove(conn)
                continue
            silent = now - conn.last_seen
            if silent > timeout:
                self.counters.timeouts += 1
                log.info("client %s silent for %.1fs: closing (4408)", conn.client_id, silent)
                conn.close(CloseCode.CLIENT_TIMEOUT, f"no message for {silent:.0f} s")
                self.remove(conn)
                continue
            principal = conn.principal
            if principal is not None and principal.exp is not None:
                left = principal.exp - wall
                if left < -LEEWAY_S:
                    self.counters.auth_failures += 1
                    final = conn.message(
                        AuthFailureMessage,
                        code="unauthorized",
                        message="the token has expired; reconnect with a new token",
                        close_code=int(CloseCode.UNAUTHORIZED),
                    )
                    conn.close(CloseCode.UNAUTHORIZED, "token expired", final=final)
                    self.remove(conn)
                    continue
                if left < REFRESH_AHEAD_INTERVALS * interval and not conn.refresh_requested:
                    conn.refresh_requested = True
                    conn.send_message(
                        AuthRequestMessage,
                        message="the token expires soon: send auth_request with a new token",
                        timeout_s=max(left, 0.0),
                    )
            conn.heartbeat_sequence += 1
            if not conn.send_message(HeartbeatMessage, sequence=conn.heartbeat_sequence):
                self._dropped(conn)

    def _dropped(self, conn: ConnectionInfo) -> None:
        """A send was refused: the connection is closing (a full queue closed it with 4008)."""
        if (
            conn.close_code == CloseCode.SLOW_CONSUMER
            and self.get(conn.session_id, conn.client_id) is conn
        ):
            self.counters.slow_consumers += 1
        self.remove(conn)

    # -- stats ----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        settings = self.settings
        conns = self.connections()
        return {
            "total_connections": len(conns),
            "active_sessions": len(self._sessions),
            "connections_per_session": {sid: len(m) for sid, m in self._sessions.items()},
            "connections": [c.as_dict() for c in conns],
            "pending_connections": len(self._pending),
            "counters": attrs.asdict(self.counters),
            "config": {
                "heartbeat_interval": settings.websocket_heartbeat_interval,
                "client_timeout": settings.websocket_client_timeout,
                "max_connections_per_session": settings.websocket_max_connections_per_session,
                "max_total_connections": settings.websocket_max_total_connections,
                "require_auth": settings.require_websocket_auth,
                "replay_size": settings.websocket_replay_size,
                "send_queue_size": settings.websocket_send_queue_size,
                "auth_timeout": settings.websocket_auth_timeout,
            },
        }

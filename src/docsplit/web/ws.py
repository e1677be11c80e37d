"""The WebSocket endpoint ``/ws/enhanced/{session_id}`` (alias ``/ws/{session_id}``).

Owns one connection's life: upgrade, limits, the auth phase (token in the query, the
``Authorization`` header, or a first ``auth_request`` message within
``websocket_auth_timeout``), the ``connection`` message with the session snapshot and the replay
after ``last_id``, the read loop with its dispatch table, and the built-in ``heartbeat``,
``pong`` and ``auth_request`` handlers. :func:`setup_websocket` wires the routes, the admin
endpoints (:mod:`docsplit.web.admin`) and the registry's lifecycle into the app.

Close codes are the ones of :class:`~docsplit.protocol.messages.CloseCode`; the protocol is
documented in ``docs/websocket-protocol.md``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.abc import AbstractStreamWriter

from docsplit.errors import (
    DocsplitError,
    Forbidden,
    InvalidMessage,
    InvalidRequest,
    NotFound,
    Unauthorized,
    UnknownMessageType,
)
from docsplit.protocol.messages import (
    MAX_CLIENT_FRAME_BYTES,
    AuthFailureMessage,
    AuthRequestMessage,
    AuthSuccessMessage,
    ClientAuthRequest,
    ClientHeartbeat,
    CloseCode,
    ConnectionMessage,
    ErrorMessage,
    PongMessage,
    decode_client,
    encode,
    parse_frame,
)
from docsplit.services.auth import Principal
from docsplit.services.storage import check_session_id
from docsplit.web.keys import HUB, REGISTRY, SESSIONS, SETTINGS, STORAGE, TOKENS
from docsplit.web.middlewares import bearer_token
from docsplit.web.registry import (
    ConnectionInfo,
    ConnectionRegistry,
    Handler,
    TooManyConnections,
    close_grace,
)

log = logging.getLogger(__name__)

#: What ``connection.features`` announces.
FEATURES = ["heartbeat", "replay", "auth", "auth_refresh", "exclude"]
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9._:~-]{1,128}$")
# aiohttp closes a peer whose pong misses heartbeat/2; below a second that deadline would
# drop healthy clients whenever the loop is busy for a moment, so protocol pings never go
# faster than this (the application heartbeat still follows the setting exactly).
MIN_PROTOCOL_HEARTBEAT_S = 1.0
# Close of the websocket handshake (waiting for the peer's close frame) never takes longer.
WS_CLOSE_TIMEOUT_S = 5.0

_CLOSE_FOR_ERROR: dict[type[DocsplitError], CloseCode] = {
    Unauthorized: CloseCode.UNAUTHORIZED,
    Forbidden: CloseCode.FORBIDDEN,
    NotFound: CloseCode.SESSION_NOT_FOUND,
}


def close_code_for(exc: DocsplitError) -> CloseCode:
    """The close code of an auth-phase failure (4401 / 4403 / 4404)."""
    for cls, code in _CLOSE_FOR_ERROR.items():
        if isinstance(exc, cls):
            return code
    return CloseCode.UNAUTHORIZED


class _AuthFailed(Exception):
    """Internal: the auth phase ended the connection (the socket is already closed)."""


# -- endpoint -----------------------------------------------------------------------------


async def websocket_handler(request: web.Request) -> web.StreamResponse:
    """Upgrade, authenticate, register, then read until the socket closes."""
    app = request.app
    settings = app[SETTINGS]
    registry = app[REGISTRY]
    session_id = request.match_info["session_id"]
    # Malformed query parameters are programming errors of the client: refuse the upgrade
    # itself (an HTTP 400 with the usual error body) rather than open a socket to close it.
    client_id = request.query.get("client_id") or uuid.uuid4().hex
    if not CLIENT_ID_RE.match(client_id):
        raise InvalidRequest("client_id must be 1-128 characters of A-Z a-z 0-9 . _ : ~ -")
    last_id = _parse_last_id(request.query.get("last_id"))

    ws = web.WebSocketResponse(
        heartbeat=max(settings.websocket_heartbeat_interval, MIN_PROTOCOL_HEARTBEAT_S),
        max_msg_size=MAX_CLIENT_FRAME_BYTES,  # larger frames close with 1009
        # Per-connection deflate would compress the same event once per receiver: the
        # serialise-once fan-out would be lost for small progress frames that gain little.
        compress=False,
        timeout=WS_CLOSE_TIMEOUT_S,
    )
    stream = await ws.prepare(request)
    # Messages before `connection` carry id 0: this connection has been sent no event yet (an
    # id taken from last_id could exceed the stream's, and ids must never go backwards).
    start_id = 0
    try:
        if registry.closing:
            await _refuse(
                ws,
                session_id,
                start_id,
                CloseCode.GOING_AWAY,
                "shutting_down",
                "the server is shutting down",
            )
            return ws
        try:
            registry.reserve(ws)
        except DocsplitError as exc:
            await _refuse(
                ws, session_id, start_id, CloseCode.TOO_MANY_CONNECTIONS, exc.code, exc.message
            )
            return ws
        try:
            principal = await _authenticate(request, ws, session_id, start_id)
        except _AuthFailed:
            return ws
        if principal is not None:
            await ws.send_str(_auth_success(session_id, start_id, principal))
        try:
            conn = _register(
                request, ws, stream, registry, session_id, client_id, last_id, principal
            )
        except TooManyConnections as exc:
            await _refuse(
                ws, session_id, start_id, CloseCode.TOO_MANY_CONNECTIONS, exc.code, exc.message
            )
            return ws
        except NotFound as exc:  # deleted while we were answering auth_success
            await _auth_fail(ws, session_id, start_id, exc)
            return ws
        try:
            await _read_loop(registry, conn)
        finally:
            registry.remove(conn)
            await conn.stop()
    finally:
        registry.release(ws)
        if not ws.closed:
            await ws.close()
        _abort_if_stuck(request.transport)
    return ws


def _abort_if_stuck(transport: asyncio.Transport | None) -> None:
    """A closed socket whose peer stopped reading keeps its unsent bytes (and the TCP
    connection) until the peer reads them; such sockets are out of the registry and its limits,
    so give them the close grace period and then drop them."""
    if transport is not None and transport.get_write_buffer_size() > 0:
        asyncio.get_running_loop().call_later(close_grace(), transport.abort)


def _parse_last_id(raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise InvalidRequest("last_id must be a whole number") from None
    if value < 0:
        raise InvalidRequest("last_id must be 0 or more")
    return value


async def _refuse(
    ws: web.WebSocketResponse,
    session_id: str,
    msg_id: int,
    close_code: int,
    code: str,
    message: str,
) -> None:
    """Error message, then close: browsers cannot read an HTTP status, so refuse after the
    upgrade."""
    text = encode(
        ErrorMessage(id=msg_id, session_id=session_id, code=code, message=message, recoverable=True)
    )
    with contextlib.suppress(ConnectionError, RuntimeError):
        await ws.send_str(text)
    await ws.close(code=close_code, message=message.encode()[:120])


async def _auth_fail(
    ws: web.WebSocketResponse, session_id: str, msg_id: int, exc: DocsplitError
) -> _AuthFailed:
    close_code = close_code_for(exc)
    text = encode(
        AuthFailureMessage(
            id=msg_id,
            session_id=session_id,
            code=exc.code,
            message=exc.message,
            close_code=int(close_code),
        )
    )
    with contextlib.suppress(ConnectionError, RuntimeError):
        await ws.send_str(text)
    await ws.close(code=close_code, message=exc.message.encode()[:120])
    return _AuthFailed()


async def _authenticate(
    request: web.Request, ws: web.WebSocketResponse, session_id: str, msg_id: int
) -> Principal | None:
    """The auth phase. Returns the caller's principal (None: no token, auth off) or raises
    :class:`_AuthFailed` after answering ``auth_failure`` and closing with 4401/4403/4404."""
    app = request.app
    settings = app[SETTINGS]
    registry = app[REGISTRY]
    token = request.query.get("token") or bearer_token(request)
    try:
        if token is None and settings.require_websocket_auth:
            token = await _first_message_token(
                ws, session_id, msg_id, settings.websocket_auth_timeout
            )
            if token is None:  # the peer left during the auth phase
                raise _AuthFailed()
        principal = app[TOKENS].verify(token) if token is not None else None
        check_session_id(session_id)
        owner = app[STORAGE].get_session(session_id).owner
        if principal is not None:
            principal.check_session(session_id, owner)
        return principal
    except DocsplitError as exc:
        registry.counters.auth_failures += 1
        raise await _auth_fail(ws, session_id, msg_id, exc) from None


async def _first_message_token(
    ws: web.WebSocketResponse, session_id: str, msg_id: int, wait_s: float
) -> str | None:
    """Ask for a token and wait for ``{"type": "auth_request", "token": ...}``."""
    await ws.send_str(
        encode(
            AuthRequestMessage(
                id=msg_id,
                session_id=session_id,
                message="this server requires a token: send auth_request with it",
                timeout_s=wait_s,
            )
        )
    )
    try:
        msg = await ws.receive(timeout=wait_s)
    except TimeoutError:
        raise Unauthorized(f"no auth_request within {wait_s:g} s") from None
    if msg.type is not WSMsgType.TEXT:
        if msg.type is WSMsgType.BINARY:
            raise Unauthorized("expected an auth_request text message")
        return None  # closed, closing or a protocol error (e.g. a frame over 64 KiB: 1009)
    try:
        request = decode_client(msg.data)
    except (InvalidMessage, UnknownMessageType) as exc:
        raise Unauthorized(f"expected auth_request: {exc.message}") from None
    if not isinstance(request, ClientAuthRequest):
        raise Unauthorized(f"expected auth_request, got {request.type}")
    return request.token


def _auth_success(session_id: str, msg_id: int, principal: Principal) -> str:
    expires = datetime.fromtimestamp(principal.exp, UTC) if principal.exp is not None else None
    return encode(
        AuthSuccessMessage(
            id=msg_id,
            session_id=session_id,
            sub=principal.sub,
            role=principal.role,
            expires_at=expires,
        )
    )


def _register(
    request: web.Request,
    ws: web.WebSocketResponse,
    stream: AbstractStreamWriter,
    registry: ConnectionRegistry,
    session_id: str,
    client_id: str,
    last_id: int | None,
    principal: Principal | None,
) -> ConnectionInfo:
    """Snapshot, replay and registration with no await in between: an event published at any
    moment is either in the replay or delivered live, never both, never neither."""
    app = request.app
    settings = app[SETTINGS]
    hub = app[HUB]
    snapshot = app[SESSIONS].snapshot(session_id)
    current = hub.last_id(session_id)
    replay: list[Any] = []
    too_old = False
    if last_id is None:
        start = current
    else:
        found = hub.events_after(session_id, last_id)
        if found is None or last_id > current:
            # Older than the replay buffer (or from another stream): the snapshot stands in.
            too_old, start = True, current
        else:
            replay, start = [e for e in found if client_id not in e.exclude], last_id
    conn = ConnectionInfo(
        client_id=client_id,
        session_id=session_id,
        ws=ws,
        queue_size=settings.websocket_send_queue_size,
        transport=request.transport,
        stream=stream,
        principal=principal,
        user_agent=request.headers.get("User-Agent"),
        origin=request.headers.get("Origin"),
        remote=request.remote,
        last_event_id=start,
    )
    previous = registry.add(conn)  # TooManyConnections: nothing registered, caller refuses
    if previous is not None:
        previous.close(CloseCode.GOING_AWAY, "replaced by a new connection with this client_id")
    first = conn.message(
        ConnectionMessage,
        client_id=client_id,
        features=FEATURES,
        heartbeat_interval=settings.websocket_heartbeat_interval,
        client_timeout=settings.websocket_client_timeout,
        authenticated=principal is not None,
        snapshot=snapshot,
        last_id=last_id,
        replayed=len(replay),
        replay_too_old=too_old,
    )
    if replay:
        conn.last_event_id = max(start, replay[-1].id)
    conn.start_writer([first, *(e.json for e in replay)])
    return conn


async def _read_loop(registry: ConnectionRegistry, conn: ConnectionInfo) -> None:
    async for msg in conn.ws:
        conn.touch()
        conn.messages_received += 1
        if msg.type is WSMsgType.TEXT:
            await dispatch(registry, conn, msg.data)
        elif msg.type is WSMsgType.BINARY:
            conn.send_error(InvalidMessage("binary frames are not supported: send JSON text"))
        elif msg.type is WSMsgType.ERROR:
            # aiohttp already closed the socket (1009 for a frame over the limit).
            log.debug("client %s: %s", conn.client_id, conn.ws.exception())
            break


async def dispatch(registry: ConnectionRegistry, conn: ConnectionInfo, text: str) -> None:
    """Route one text frame to its handler; any error goes back as an ``error`` message and
    the connection stays open."""
    try:
        data = parse_frame(text)
        handler = registry.handler(data["type"])
        if handler is None:
            raise UnknownMessageType(f"unknown message type {data['type']!r}")
        await handler(conn, data)
    except DocsplitError as exc:
        conn.send_error(exc)
    except Exception:
        log.exception("handler for a %s message failed", conn.client_id)
        conn.send_error(DocsplitError())


# -- built-in handlers --------------------------------------------------------------------


async def handle_heartbeat(conn: ConnectionInfo, data: dict[str, Any]) -> None:
    """A client heartbeat gets a ``pong`` with the same sequence."""
    message = decode_client(data)
    assert isinstance(message, ClientHeartbeat)
    conn.send_message(PongMessage, sequence=message.sequence)


async def handle_pong(conn: ConnectionInfo, data: dict[str, Any]) -> None:
    """The answer to our heartbeat: being received is all it has to do (``touch``)."""
    decode_client(data)


def make_auth_handler(app: web.Application) -> Handler:
    async def handle_auth_request(conn: ConnectionInfo, data: dict[str, Any]) -> None:
        """Authenticate or refresh the token of an open connection; a bad token closes it."""
        message = decode_client(data)
        assert isinstance(message, ClientAuthRequest)
        try:
            principal = app[TOKENS].verify(message.token)
            owner = app[STORAGE].get_session(conn.session_id).owner
            principal.check_session(conn.session_id, owner)
        except DocsplitError as exc:
            app[REGISTRY].counters.auth_failures += 1
            code = close_code_for(exc)
            final = conn.message(
                AuthFailureMessage, code=exc.code, message=exc.message, close_code=int(code)
            )
            conn.close(code, exc.message, final=final)
            app[REGISTRY].remove(conn)
            return
        conn.principal = principal
        conn.refresh_requested = False
        conn.send(_auth_success(conn.session_id, conn.last_event_id, principal))

    return handle_auth_request


# -- setup --------------------------------------------------------------------------------


def setup_websocket(app: web.Application) -> None:
    """Routes (WS + admin), the registry with its built-in handlers, its lifecycle (one
    ``cleanup_ctx``: hub subscription and sweeper task) and the ``on_shutdown`` close."""
    from docsplit.web import admin

    registry = ConnectionRegistry(app[SETTINGS])
    app[REGISTRY] = registry
    registry.register_handler("heartbeat", handle_heartbeat)
    registry.register_handler("pong", handle_pong)
    registry.register_handler("auth_request", make_auth_handler(app))

    app.router.add_get("/ws/enhanced/{session_id}", websocket_handler)
    app.router.add_get("/ws/{session_id}", websocket_handler)
    admin.setup_admin_routes(app)

    async def registry_ctx(app: web.Application) -> AsyncIterator[None]:
        await registry.start(app[HUB])
        yield
        await registry.stop()

    async def on_shutdown(app: web.Application) -> None:
        await registry.close_all(CloseCode.GOING_AWAY, "server shutting down")

    app.cleanup_ctx.append(registry_ctx)
    app.on_shutdown.append(on_shutdown)

"""Admin endpoints of the WebSocket layer: connection stats, broadcast, forced disconnect.

``GET /api/websocket/enhanced/stats``, ``POST /api/websocket/enhanced/broadcast/{session_id}``
and ``DELETE /api/websocket/enhanced/disconnect/{session_id}/{client_id}``. All need an admin
token, whatever ``require_websocket_auth`` says; errors leave through the app's error
middleware in the usual ``{"error": {"code", "message"}}`` shape.
"""

from __future__ import annotations

from typing import Any

import attrs
from aiohttp import web

from docsplit.errors import InvalidRequest, NotFound
from docsplit.protocol import codec
from docsplit.protocol.messages import BROADCAST_TYPES, CloseCode
from docsplit.web.keys import HUB, REGISTRY, STORAGE
from docsplit.web.middlewares import require_admin

MAX_REASON_CHARS = 120  # a close frame's reason is at most 123 bytes


@attrs.frozen(kw_only=True)
class BroadcastRequest:
    """Body of the broadcast endpoint."""

    type: str
    message: str
    data: dict[str, Any] = attrs.Factory(dict)
    exclude: list[str] = attrs.Factory(list)


async def stats(request: web.Request) -> web.Response:
    require_admin(request)
    return web.json_response(request.app[REGISTRY].stats())


async def broadcast(request: web.Request) -> web.Response:
    """Publish an ``info``/``warning`` event on a session's stream (so it is replayable too);
    ``delivered`` counts the live connections it was queued for."""
    require_admin(request)
    session_id = request.match_info["session_id"]
    try:
        raw = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise InvalidRequest("send a JSON object") from None
    if not isinstance(raw, dict):
        raise InvalidRequest("send a JSON object")
    try:
        body = codec.structure(raw, BroadcastRequest)
    except Exception as exc:  # InvalidMessage: it is a request here, so 400 invalid_request
        raise InvalidRequest(str(exc)) from None
    if body.type not in BROADCAST_TYPES:
        raise InvalidRequest(f"type must be one of {', '.join(sorted(BROADCAST_TYPES))}")
    request.app[STORAGE].get_session(session_id)  # NotFound -> 404
    event = request.app[HUB].publish(
        session_id,
        body.type,
        {"message": body.message, "data": body.data},
        exclude=body.exclude,
    )
    return web.json_response({"delivered": request.app[REGISTRY].delivered(event), "id": event.id})


async def disconnect(request: web.Request) -> web.Response:
    """Send ``disconnection`` and close with 4000 (terminal: the client must not reconnect)."""
    require_admin(request)
    session_id = request.match_info["session_id"]
    client_id = request.match_info["client_id"]
    reason = request.query.get("reason") or "disconnected by an administrator"
    reason = reason[:MAX_REASON_CHARS]
    registry = request.app[REGISTRY]
    if not registry.disconnect(
        session_id, client_id, CloseCode.ADMIN_DISCONNECT, reason, reconnect=False
    ):
        raise NotFound(f"client {client_id!r} is not connected to session {session_id!r}")
    registry.counters.admin_disconnects += 1
    return web.json_response({"disconnected": True})


def setup_admin_routes(app: web.Application) -> None:
    app.router.add_get("/api/websocket/enhanced/stats", stats)
    app.router.add_post("/api/websocket/enhanced/broadcast/{session_id}", broadcast)
    app.router.add_delete("/api/websocket/enhanced/disconnect/{session_id}/{client_id}", disconnect)

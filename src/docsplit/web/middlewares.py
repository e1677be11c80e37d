"""Error mapping (the one place a DocsplitError becomes an HTTP answer) and request auth.

Every error leaves as ``{"error": {"code": ..., "message": ...}}`` with the status of its
class; aiohttp's own HTTP errors (404 on unknown routes, 405, 413 from the body limit) get the
same shape, and an unexpected exception is logged and answered with 500 ``internal_error``.
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.typedefs import Handler

from docsplit.errors import DocsplitError, Forbidden, Unauthorized
from docsplit.services.auth import Principal
from docsplit.web.keys import SETTINGS, TOKENS

log = logging.getLogger(__name__)

PRINCIPAL = web.RequestKey("principal", Principal)  # set by auth_middleware

_HTTP_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
}


def error_response(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


def to_response(exc: DocsplitError) -> web.Response:
    return error_response(exc.status, exc.code, exc.message)


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except DocsplitError as exc:
        return to_response(exc)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = _HTTP_CODES.get(exc.status, "http_error")
        message = exc.text if exc.text and not exc.text.startswith(str(exc.status)) else exc.reason
        return error_response(exc.status, code, message or exc.reason)
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "internal server error")


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Attach the caller's Principal when a bearer token is sent; a bad token is always 401.

    Whether a principal is *required* is decided by the handler (see ``api.require``), because
    admin endpoints need one even when ``require_websocket_auth`` is off.
    """
    token = bearer_token(request)
    if token is not None and not request.path.startswith("/ws/"):
        request[PRINCIPAL] = request.app[TOKENS].verify(token)
    return await handler(request)


def principal(request: web.Request) -> Principal | None:
    return request.get(PRINCIPAL)


def require_principal(request: web.Request) -> Principal | None:
    """The caller's principal; 401 when auth is on and there is none."""
    found = principal(request)
    if found is None and request.app[SETTINGS].require_websocket_auth:
        raise Unauthorized("this server requires a token (Authorization: Bearer ...)")
    return found


def require_admin(request: web.Request) -> Principal:
    found = principal(request)
    if found is None:
        raise Unauthorized("an admin token is required")
    if not found.is_admin:
        raise Forbidden("this endpoint needs the admin role")
    return found

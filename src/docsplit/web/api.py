"""REST handlers: parse the request, call the SessionService, encode the answer.

No business logic here; errors are raised as DocsplitError and mapped by the middleware.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import aiohttp
from aiohttp import web

from docsplit import __version__
from docsplit.adapters.pdf import sniff_pdf
from docsplit.errors import (
    EmptyUpload,
    InvalidBoundaries,
    InvalidOptions,
    InvalidPdf,
    InvalidRequest,
    NotFound,
    TooLarge,
    UnsupportedMediaType,
)
from docsplit.models import ProcessingOptions
from docsplit.pipeline.split import safe_name
from docsplit.services.auth import Principal
from docsplit.services.sessions import document_dict, parse_options, session_dict
from docsplit.services.storage import check_session_id
from docsplit.web.keys import JOBS, SESSIONS, SETTINGS, STORAGE, TOKENS
from docsplit.web.middlewares import principal, require_admin, require_principal

routes = web.RouteTableDef()
CHUNK = 256 * 1024
MAX_OPTIONS_BYTES = 16 * 1024


def _session_id(request: web.Request) -> str:
    """The path's session id, checked for format and access (404 / 401 / 403)."""
    session_id = check_session_id(request.match_info["session_id"])
    found = require_principal(request)
    session = request.app[SESSIONS].get(session_id)
    if found is not None:
        found.check_session(session_id, session.owner)
    return session_id


async def _read_json(request: web.Request) -> Any:
    try:
        return await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidRequest(f"the body is not valid JSON: {exc}") from None


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    storage = request.app[STORAGE]
    return web.json_response(
        {
            "status": "ok",
            "version": __version__,
            "schema_version": storage.schema_version,
            "jobs_running": request.app[JOBS].running,
        }
    )


@routes.post("/api/sessions")
async def create_session(request: web.Request) -> web.Response:
    """Stream the multipart ``file`` to a temporary file (size-limited), then validate it."""
    caller = require_principal(request)
    settings = request.app[SETTINGS]
    if not request.content_type.startswith("multipart/"):
        raise UnsupportedMediaType()
    try:
        reader = await request.multipart()
    except (ValueError, AssertionError) as exc:
        raise InvalidRequest(f"malformed multipart body: {exc}") from None
    upload: Path | None = None
    filename = "upload.pdf"
    options = ProcessingOptions()
    storage = request.app[STORAGE]
    try:
        while True:
            try:
                part = await reader.next()
            except (ValueError, AssertionError, aiohttp.ClientPayloadError) as exc:
                raise InvalidRequest(f"malformed multipart body: {exc}") from None
            if part is None:
                break
            if not isinstance(part, aiohttp.BodyPartReader):
                raise InvalidRequest("nested multipart bodies are not supported")
            if part.name == "file":
                if upload is not None:
                    raise InvalidRequest("send exactly one 'file' field")
                # aiohttp's client percent-encodes file names; browsers and curl send them raw.
                filename = Path(unquote(part.filename or "")).name[:200] or "upload.pdf"
                upload = storage.new_upload_path()
                await _stream_to(part, upload, settings.max_upload_bytes)
            elif part.name == "options":
                raw = await part.read(decode=False)
                if len(raw) > MAX_OPTIONS_BYTES:
                    raise InvalidOptions("options is too large")
                options = _parse_options(raw)
            else:
                await part.release()
        if upload is None:
            raise InvalidRequest("the multipart field 'file' is missing")
        session = await request.app[SESSIONS].create(
            upload, filename, options, caller.sub if caller else None
        )
    finally:
        if upload is not None:
            upload.unlink(missing_ok=True)
    body = session_dict(session)
    body["token"] = request.app[TOKENS].issue(
        sub=caller.sub if caller else "anonymous", role="user", sid=session.id
    )
    return web.json_response(body, status=201, headers={"Location": body["links"]["self"]})


async def _stream_to(part: aiohttp.BodyPartReader, target: Path, limit: int) -> None:
    """Write a part to ``target`` in chunks; never holds the whole upload in memory."""
    size = 0
    first = True
    with target.open("wb") as handle:
        while True:
            chunk = await part.read_chunk(CHUNK)
            if not chunk:
                break
            if first:
                first = False
                if not sniff_pdf(chunk):
                    raise InvalidPdf("the file is not a PDF (no %PDF- header)")
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"the upload is larger than {limit // (1024 * 1024)} MB")
            handle.write(chunk)
    if size == 0:
        raise EmptyUpload()


def _parse_options(raw: bytes) -> ProcessingOptions:
    try:
        data = json.loads(raw or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidOptions(f"options is not valid JSON: {exc}") from None
    return parse_options(data)


@routes.get("/api/sessions")
async def list_sessions(request: web.Request) -> web.Response:
    caller = require_principal(request)
    try:
        limit = min(max(int(request.query.get("limit", "50")), 1), 200)
        offset = max(int(request.query.get("offset", "0")), 0)
    except ValueError:
        raise InvalidRequest("limit and offset must be whole numbers") from None
    if caller is not None and caller.sid is not None and not caller.is_admin:
        # A session token sees its one session.
        only = request.app[SESSIONS].get(caller.sid)
        sessions, total = ([only] if offset == 0 else []), 1
    else:
        owner = None if caller is None or caller.is_admin else caller.sub
        sessions, total = request.app[SESSIONS].list_sessions(limit, offset, owner)
    return web.json_response(
        {
            "sessions": [session_dict(s) for s in sessions],
            "total": total,
            "limit": limit,
            "offset": offset,
        }
    )


@routes.get("/api/sessions/{session_id}")
async def get_session(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    return web.json_response(request.app[SESSIONS].snapshot(session_id))


@routes.delete("/api/sessions/{session_id}")
async def delete_session(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    await request.app[SESSIONS].delete(session_id)
    return web.json_response({"deleted": True, "session_id": session_id})


@routes.post("/api/sessions/{session_id}/retry")
async def retry_session(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    session = await request.app[SESSIONS].retry(session_id)
    return web.json_response(session_dict(session), status=202)


@routes.post("/api/sessions/{session_id}/analyse")
async def reanalyse_session(request: web.Request) -> web.Response:
    """Analyse the stored PDF again with the options the JSON body changes, e.g.
    ``{"duplex": true}``; ``202`` like an upload, followed live on the same WebSocket."""
    session_id = _session_id(request)
    body = await _read_json(request) if request.can_read_body else {}
    if not isinstance(body, dict):
        raise InvalidOptions('send the options to change as a JSON object, e.g. {"duplex": true}')
    session = await request.app[SESSIONS].reanalyse(session_id, body)
    return web.json_response(session_dict(session), status=202)


@routes.get("/api/sessions/{session_id}/boundaries")
async def get_boundaries(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    return web.json_response(request.app[SESSIONS].boundaries(session_id))


@routes.get("/api/sessions/{session_id}/pages")
async def get_pages(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    return web.json_response(request.app[SESSIONS].pages(session_id))


@routes.put("/api/sessions/{session_id}/boundaries")
async def put_boundaries(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    body = await _read_json(request)
    if not isinstance(body, dict) or not isinstance(body.get("starts"), list):
        raise InvalidBoundaries('send a JSON object like {"starts": [1, 4, 9]}')
    extra = set(body) - {"starts", "titles", "exclude"}
    if extra:
        raise InvalidBoundaries(f"unknown fields: {', '.join(sorted(extra))}")
    titles = body.get("titles") or []
    exclude = body.get("exclude")
    if not isinstance(titles, list) or not all(t is None or isinstance(t, str) for t in titles):
        raise InvalidBoundaries("titles must be a list of strings")
    if exclude is not None and (
        not isinstance(exclude, list)
        or not all(isinstance(p, int) and not isinstance(p, bool) for p in exclude)
    ):
        raise InvalidBoundaries("exclude must be a list of page numbers")
    result = request.app[SESSIONS].set_boundaries(session_id, body["starts"], titles, exclude)
    return web.json_response(result)


@routes.post("/api/sessions/{session_id}/split")
async def split(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    session = request.app[SESSIONS].split(session_id)
    return web.json_response(session_dict(session), status=202)


@routes.get("/api/sessions/{session_id}/documents")
async def documents(request: web.Request) -> web.Response:
    session_id = _session_id(request)
    docs = request.app[SESSIONS].documents(session_id)
    return web.json_response([document_dict(session_id, d) for d in docs])


def _attachment(path: Path, filename: str, content_type: str) -> web.FileResponse:
    """A streamed file download; ``filename`` is already safe (see ``split.safe_name``)."""
    return web.FileResponse(
        path,
        headers={
            "Content-Type": content_type,
            "Content-Disposition": f'attachment; filename="{filename}"',
        },
    )


@routes.get("/api/sessions/{session_id}/documents/{index}")
async def document(request: web.Request) -> web.FileResponse:
    session_id = _session_id(request)
    try:
        index = int(request.match_info["index"])
    except ValueError:
        raise NotFound("document index must be a number") from None
    doc, path = request.app[SESSIONS].document_path(session_id, index)
    return _attachment(path, doc.filename, "application/pdf")


@routes.get("/api/sessions/{session_id}/download")
async def download(request: web.Request) -> web.FileResponse:
    session_id = _session_id(request)
    path = await request.app[SESSIONS].zip_path(session_id)
    stem = Path(request.app[SESSIONS].get(session_id).filename).stem
    return _attachment(path, f"{safe_name(stem)}.zip", "application/zip")


@routes.post("/api/auth/token")
async def issue_token(request: web.Request) -> web.Response:
    """Admins issue tokens: ``{"sub", "role", "session_id", "expires_s", "meta"}``."""
    require_admin(request)
    body = await _read_json(request)
    if not isinstance(body, dict):
        raise InvalidRequest("send a JSON object")
    sub = body.get("sub", "user")
    role = body.get("role", "user")
    sid = body.get("session_id")
    expires = body.get("expires_s")
    meta = body.get("meta")
    if not isinstance(sub, str) or not sub:
        raise InvalidRequest("sub must be a non-empty string")
    if sid is not None:
        sid = check_session_id(str(sid))
        request.app[SESSIONS].get(sid)
    if expires is not None and (isinstance(expires, bool) or not isinstance(expires, int | float)):
        raise InvalidRequest("expires_s must be a number of seconds")
    if meta is not None and not isinstance(meta, dict):
        raise InvalidRequest("meta must be an object")
    token = request.app[TOKENS].issue(
        sub=sub, role=str(role), sid=sid, expires_s=expires, meta=meta
    )
    return web.json_response({"token": token, "sub": sub, "role": role, "session_id": sid})


@routes.get("/api/auth/whoami")
async def whoami(request: web.Request) -> web.Response:
    found: Principal | None = principal(request)
    if found is None:
        return web.json_response({"authenticated": False})
    return web.json_response(
        {"authenticated": True, "sub": found.sub, "role": found.role, "session_id": found.sid}
    )

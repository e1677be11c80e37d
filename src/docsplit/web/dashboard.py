"""The HTML dashboard: upload, live progress, review and correct the split, download.

``setup_dashboard(app, templates_dir)`` adds three things to the application:

- ``GET /`` - the sessions list and the upload form;
- ``GET /sessions/{session_id}`` - the review page of one session (404 page when unknown);
- ``GET /static/{name}`` - the dashboard's CSS and JavaScript, and the JavaScript client;
- ``GET /sessions/{session_id}/pages/{n}.jpg`` - a small image of one page, for the review
  tiles (rendered on demand; the browser caches it).

The pages are server-rendered shells: they carry the initial state as JSON so that the page
shows something useful before the scripts have run, and ``static/dashboard.js`` takes over from
there through the REST API and the WebSocket stream. Everything the browser does goes through the
public API, so the dashboard can never do anything a client could not.

The JavaScript client has one source of truth, ``examples/js/docsplit-client.js`` (the module
the examples and the React hook import); it is served from there as
``/static/docsplit-client.js`` rather than copied, so the dashboard always runs the same code the
examples document and the tests exercise.

When ``require_websocket_auth`` is on, the shells render no session data at all (a browser
navigation carries no bearer token); the scripts load it with the token the user pasted or the
one the upload returned, kept in the browser's ``localStorage``.
"""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web

from docsplit import __version__
from docsplit.adapters.pdftext import PdfText
from docsplit.errors import NotFound
from docsplit.services.sessions import session_dict
from docsplit.services.storage import check_session_id
from docsplit.web.keys import SESSIONS, SETTINGS, STORAGE
from docsplit.web.middlewares import require_principal

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
# Stages in pipeline order, as the progress panel lists them.
PROCESS_STAGES = ("validation", "text_extraction", "ocr", "boundary_detection", "complete")
SPLIT_STAGES = ("splitting", "complete")
RECENT_SESSIONS = 50
# A4 at 20 dpi is 165 x 234 px; the box caps unusually large pages.
THUMBNAIL_DPI = 20
THUMBNAIL_BOX = (200, 280)

_STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
STATIC_FILES: web.AppKey[dict[str, Path]] = web.AppKey("dashboard_static", dict)


def setup_dashboard(app: web.Application, templates_dir: Path) -> None:
    """Register the dashboard's template environment and routes on ``app``."""
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=jinja2.select_autoescape(["html"]),
        # Undefined names in a template are a bug; fail loudly in tests instead of rendering "".
        undefined=jinja2.StrictUndefined,
    )
    # Jinja's own ``tojson`` filter escapes <, >, & and ' so that state embedded in a
    # <script type="application/json"> element can never close it.
    aiohttp_jinja2.get_env(app).globals["version"] = __version__
    app[STATIC_FILES] = _static_files(templates_dir.parent)
    app.router.add_get("/", index, name="dashboard_index")
    app.router.add_get("/sessions/{session_id}", session_page, name="dashboard_session")
    app.router.add_get("/static/{name}", static_file, name="dashboard_static")
    app.router.add_get(
        r"/sessions/{session_id}/pages/{page:\d+}.jpg", page_image, name="dashboard_page"
    )


def _static_files(repo_root: Path) -> dict[str, Path]:
    """The files ``/static/`` may serve: a fixed list, so no request can name another path."""
    files = {p.name: p for p in STATIC_DIR.iterdir() if p.suffix in _STATIC_TYPES}
    client = repo_root / "examples" / "js" / "docsplit-client.js"
    if client.is_file():
        files[client.name] = client
    else:  # an installed wheel without the repository: pages still render, live updates won't
        log.warning("the JavaScript client %s is missing; the dashboard cannot stream", client)
    return files


def _auth_required(request: web.Request) -> bool:
    return request.app[SETTINGS].require_websocket_auth


def _page_context(request: web.Request, **values: Any) -> dict[str, Any]:
    settings = request.app[SETTINGS]
    config = {
        "require_auth": settings.require_websocket_auth,
        "max_upload_mb": settings.max_upload_mb,
        "max_pages": settings.max_pages,
        "process_stages": PROCESS_STAGES,
        "split_stages": SPLIT_STAGES,
    }
    return {"config": config, **values}


async def index(request: web.Request) -> web.Response:
    """Sessions list (newest first) and the upload form."""
    sessions: list[dict[str, Any]] = []
    total = 0
    if not _auth_required(request):
        found, total = request.app[SESSIONS].list_sessions(RECENT_SESSIONS, 0)
        sessions = [session_dict(s) for s in found]
    context = _page_context(request, sessions=sessions, total=total, page="index")
    return aiohttp_jinja2.render_template("index.html", request, context)


async def session_page(request: web.Request) -> web.Response:
    """The review page; unknown or malformed ids get the HTML 404 page, not JSON."""
    raw_id = request.match_info["session_id"]
    try:
        session_id = check_session_id(raw_id)
        service = request.app[SESSIONS]
        # With auth on, only say whether the session exists: the data needs a token.
        snapshot = None if _auth_required(request) else service.snapshot(session_id)
        if snapshot is None:
            service.get(session_id)
    except NotFound:
        context = _page_context(request, page="not_found", session_id=raw_id[:64])
        return aiohttp_jinja2.render_template("404.html", request, context, status=404)
    context = _page_context(request, page="session", session_id=session_id, snapshot=snapshot)
    return aiohttp_jinja2.render_template("session.html", request, context)


async def page_image(request: web.Request) -> web.Response:
    """A small JPEG of one page of the original upload, for the review page's tiles.

    Same access rules as the session's REST endpoints (a bearer token when auth is on). The
    original of a session never changes, so the browser may keep the image as long as it likes.
    """
    session_id = check_session_id(request.match_info["session_id"])
    caller = require_principal(request)
    session = request.app[SESSIONS].get(session_id)
    if caller is not None:
        caller.check_session(session_id, session.owner)
    page = int(request.match_info["page"])
    if not 1 <= page <= (session.page_count or 0):
        raise NotFound(f"no page {page} in session {session_id}")
    path = request.app[STORAGE].original_path(session_id)
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(None, render_thumbnail, path, page)
    return web.Response(
        body=data,
        content_type="image/jpeg",
        headers={"Cache-Control": "private, max-age=86400, immutable"},
    )


def render_thumbnail(path: Path, page: int) -> bytes:
    """Render ``page`` small and grey (tiles are ~70 px wide; 2x for sharp high-DPI screens).

    Runs in a worker thread; PdfText serialises every PDFium call on the library's lock, so it
    is safe next to a running analysis.
    """
    with PdfText(path) as pdf:
        image = pdf.render(page, THUMBNAIL_DPI, grayscale=True)
    image.thumbnail(THUMBNAIL_BOX)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70, optimize=True)
    return buffer.getvalue()


async def static_file(request: web.Request) -> web.StreamResponse:
    path = request.app[STATIC_FILES].get(request.match_info["name"])
    if path is None or not path.is_file():
        raise NotFound("no such static file")
    return web.FileResponse(
        path,
        headers={
            "Content-Type": f"{_STATIC_TYPES[path.suffix]}; charset=utf-8",
            # Revalidate every time (Last-Modified makes that a cheap 304): after an upgrade the
            # browser must never run an old client against a new server.
            "Cache-Control": "no-cache",
        },
    )

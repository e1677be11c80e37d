"""create_app(settings): the services, their lifecycles (one cleanup_ctx each) and the routes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from docsplit.config import Settings
from docsplit.services.auth import TokenService, load_secret
from docsplit.services.events import EventHub
from docsplit.services.jobs import Analyser, JobManager
from docsplit.services.sessions import SessionService
from docsplit.services.storage import Storage
from docsplit.web import api
from docsplit.web.dashboard import setup_dashboard
from docsplit.web.keys import HUB, JOBS, SESSIONS, SETTINGS, STORAGE, TOKENS
from docsplit.web.middlewares import auth_middleware, error_middleware
from docsplit.web.ws import setup_websocket

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parents[3] / "templates"
RETENTION_SWEEP_S = 3600.0


def create_app(settings: Settings, *, analyser: Analyser | None = None) -> web.Application:
    """Build the application; services start in ``cleanup_ctx`` order and stop in reverse."""
    app = web.Application(
        middlewares=[error_middleware, auth_middleware],
        # The upload handler enforces max_upload_mb itself while streaming; this only bounds
        # non-multipart bodies (JSON), which are small.
        client_max_size=1024 * 1024,
    )
    app[SETTINGS] = settings

    async def storage_ctx(app: web.Application) -> AsyncIterator[None]:
        storage = Storage(settings.data_dir)
        storage.open()
        app[STORAGE] = storage
        app[TOKENS] = TokenService(load_secret(settings), settings.websocket_token_expiry)
        app[HUB] = EventHub(storage, settings.websocket_replay_size)
        yield
        storage.close()

    async def jobs_ctx(app: web.Application) -> AsyncIterator[None]:
        jobs = JobManager(settings, app[STORAGE], app[HUB], analyser)
        app[JOBS] = jobs
        app[SESSIONS] = SessionService(settings, app[STORAGE], app[HUB], jobs)
        await jobs.resume_unfinished()
        yield
        await jobs.close()

    async def retention_ctx(app: web.Application) -> AsyncIterator[None]:
        async def sweep() -> None:
            while True:
                try:
                    await app[SESSIONS].purge_expired()
                except Exception:
                    log.exception("retention sweep failed")
                await asyncio.sleep(RETENTION_SWEEP_S)

        task = asyncio.create_task(sweep(), name="docsplit-retention")
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    app.cleanup_ctx.extend([storage_ctx, jobs_ctx, retention_ctx])
    app.add_routes(api.routes)
    setup_websocket(app)
    setup_dashboard(app, TEMPLATES_DIR)
    if not settings.require_websocket_auth:
        log.warning(
            "authentication is OFF (require_websocket_auth = false): anyone who can reach "
            "this server can use every session. Turn it on for anything but development."
        )
    return app

"""Every ``web.AppKey`` of the application: typed app state, one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from docsplit.config import Settings
from docsplit.services.auth import TokenService
from docsplit.services.events import EventHub
from docsplit.services.jobs import JobManager
from docsplit.services.sessions import SessionService
from docsplit.services.storage import Storage

if TYPE_CHECKING:
    from docsplit.web.registry import ConnectionRegistry

SETTINGS = web.AppKey("settings", Settings)
STORAGE = web.AppKey("storage", Storage)
HUB = web.AppKey("hub", EventHub)
JOBS = web.AppKey("jobs", JobManager)
SESSIONS = web.AppKey("sessions", SessionService)
TOKENS = web.AppKey("tokens", TokenService)
REGISTRY: web.AppKey[ConnectionRegistry] = web.AppKey("registry")

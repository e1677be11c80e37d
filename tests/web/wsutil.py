"""Helpers for the WebSocket tests: sessions, connecting with either client, reading frames."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient

from conftest import pdf_bytes, upload, wait_status
from docsplit.models import DocumentSpan, PageInfo, Proposal, Stage
from docsplit.pipeline.progress import CancelToken, ProgressFn
from docsplit.web.keys import HUB, TOKENS

Client = TestClient[Any, Any]
# Small intervals for tests that wait on the sweeper; config requires timeout > interval.
FAST_HEARTBEAT = {"websocket_heartbeat_interval": 0.1, "websocket_client_timeout": 0.5}


class FakeAnalyser:
    """Stands in for the pipeline: reports per-page progress for text extraction and boundary
    detection, and can be held at a page (``gate``) so a test can act mid-run."""

    def __init__(self, hold_at: int | None = None) -> None:
        self.gate = threading.Event()
        self.reached = threading.Event()
        self.hold_at = hold_at
        if hold_at is None:
            self.gate.set()

    def __call__(
        self,
        pdf_path: Path,
        options: Any,
        *,
        dpi: int,
        ocr_timeout_s: float,
        language: str,
        pool: Any,
        progress: ProgressFn,
        cancel: CancelToken,
        ocr_scope: Any = None,
    ) -> tuple[list[PageInfo], Proposal, Any]:
        import pikepdf

        with pikepdf.open(pdf_path) as pdf:
            count = len(pdf.pages)
        for page in range(1, count + 1):
            if page == self.hold_at:
                self.reached.set()
                self.gate.wait(10)
            cancel.check()
            progress(Stage.TEXT_EXTRACTION, page, count, f"page {page}")
        for page in range(1, count + 1):
            progress(Stage.BOUNDARY_DETECTION, page, count, f"page {page}")
        pages = [PageInfo(number=n, text=f"page {n}") for n in range(1, count + 1)]
        proposal = Proposal(documents=(DocumentSpan(start=1, end=count),), source="test")
        return pages, proposal, {"fake": True}


async def new_session(
    client: Client, pages: int = 2, headers: dict[str, str] | None = None, ready: bool = True
) -> tuple[str, str]:
    """Upload a PDF; (session_id, its token). ``ready`` waits until processing finished."""
    resp = await upload(client, pdf_bytes(pages), headers=headers)
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    if ready:
        await wait_status(client, body["session_id"], ["ready"], timeout=20, headers=headers)
    return body["session_id"], body["token"]


def admin_token(client: Client, **kwargs: Any) -> str:
    token: str = client.app[TOKENS].issue("root", role="admin", **kwargs)
    return token


def admin_headers(client: Client) -> dict[str, str]:
    return {"Authorization": f"Bearer {admin_token(client)}"}


def publish(client: Client, sid: str, type: str = "info", **data: Any) -> int:
    event = client.app[HUB].publish(sid, type, data or {"message": "hello", "data": {}})
    return event.id


async def connect(
    client: Client, sid: str, path: str = "/ws/enhanced/", **params: Any
) -> aiohttp.ClientWebSocketResponse:
    query = {k: str(v) for k, v in params.items() if v is not None}
    headers = query.pop("headers", None)
    ws: aiohttp.ClientWebSocketResponse = await client.ws_connect(
        f"{path}{sid}", params=query, headers=json.loads(headers) if headers else None
    )
    return ws


async def recv(
    ws: aiohttp.ClientWebSocketResponse, timeout: float = 5.0, skip: Iterable[str] = ("heartbeat",)
) -> dict[str, Any]:
    """Next JSON message (skipping ``skip`` types); fails on close."""
    skipped = set(skip)
    while True:
        msg = await ws.receive(timeout=timeout)
        assert msg.type is aiohttp.WSMsgType.TEXT, f"expected text, got {msg.type} {msg.data!r}"
        data: dict[str, Any] = json.loads(msg.data)
        if data["type"] not in skipped:
            return data


async def recv_until(
    ws: aiohttp.ClientWebSocketResponse, type: str, timeout: float = 10.0
) -> list[dict[str, Any]]:
    """Every message up to and including the first of ``type``."""
    out: list[dict[str, Any]] = []
    async with asyncio.timeout(timeout):
        while True:
            data = await recv(ws, timeout=timeout)
            out.append(data)
            if data["type"] == type:
                return out


async def closed_with(
    ws: aiohttp.ClientWebSocketResponse, timeout: float = 5.0
) -> tuple[int | None, list[dict[str, Any]]]:
    """Read until the server closes; (close code, messages received before)."""
    seen: list[dict[str, Any]] = []
    async with asyncio.timeout(timeout):
        while True:
            msg = await ws.receive()
            if msg.type is aiohttp.WSMsgType.TEXT:
                seen.append(json.loads(msg.data))
                continue
            if msg.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.ERROR,
            ):
                return ws.close_code, seen


def ws_url(client: Client, sid: str, path: str = "/ws/enhanced/", **params: Any) -> str:
    """Absolute ws:// URL for the third-party ``websockets`` client."""
    from urllib.parse import urlencode

    base = str(client.make_url(f"{path}{sid}")).replace("http://", "ws://", 1)
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{base}?{query}" if query else base

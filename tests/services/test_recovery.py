"""Restart recovery: a new app on the same data directory sees, serves and resumes everything."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from conftest import make_settings, pdf_bytes, upload, wait_status
from docsplit.models import DocumentSpan, PageInfo, Proposal, Stage
from docsplit.web.app import create_app
from docsplit.web.keys import STORAGE


class BlockingAnalyser:
    """A fake analyser for lifecycle tests: reports pages until released or cancelled."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, pdf_path: Path, options: Any, **kw: Any) -> Any:
        count = 4
        self.started.set()
        for i in range(count):
            kw["progress"](Stage.TEXT_EXTRACTION, i + 1, count, "page")
            while not self.release.wait(0.01):
                kw["cancel"].check()
        pages = [PageInfo(number=i + 1, text="x") for i in range(count)]
        return pages, Proposal(documents=(DocumentSpan(1, 2), DocumentSpan(3, 4))), {}


async def _client(data_dir: Path, analyser: Any = None) -> TestClient[Any, Any]:
    app = create_app(make_settings(data_dir), analyser=analyser)
    client: TestClient[Any, Any] = TestClient(TestServer(app))
    await client.start_server()
    return client


async def test_new_app_serves_everything_after_restart(tmp_path: Path) -> None:
    first = await _client(tmp_path)
    try:
        sid = (await (await upload(first, pdf_bytes(6))).json())["session_id"]
        await wait_status(first, sid, ["ready"])
        await first.put(f"/api/sessions/{sid}/boundaries", json={"starts": [1, 3]})
        await first.post(f"/api/sessions/{sid}/split")
        await wait_status(first, sid, ["split"])
        before = await (await first.get(f"/api/sessions/{sid}/documents")).json()
    finally:
        await first.close()

    second = await _client(tmp_path)
    try:
        body = await (await second.get(f"/api/sessions/{sid}")).json()
        assert body["status"] == "split" and body["page_count"] == 6
        assert await (await second.get(f"/api/sessions/{sid}/documents")).json() == before
        bounds = await (await second.get(f"/api/sessions/{sid}/boundaries")).json()
        assert bounds["starts"] == [1, 3]
        resp = await second.get(f"/api/sessions/{sid}/documents/2")
        assert resp.status == 200 and len(await resp.read()) == before[1]["size_bytes"]
        assert (await second.get(f"/api/sessions/{sid}/download")).status == 200
    finally:
        await second.close()


async def test_shutdown_mid_job_is_recorded_and_resumed(tmp_path: Path) -> None:
    blocker = BlockingAnalyser()
    first = await _client(tmp_path, blocker)
    sid = (await (await upload(first, pdf_bytes(4))).json())["session_id"]
    await wait_status(first, sid, ["processing"])
    assert blocker.started.wait(5)
    await first.close()  # graceful shutdown: the job stops between pages

    from docsplit.services.storage import Storage

    storage = Storage(tmp_path)
    storage.open()
    assert storage.get_session(sid).status.value == "interrupted"
    storage.close()

    resumed = BlockingAnalyser()
    resumed.release.set()
    second = await _client(tmp_path, resumed)
    try:
        body = await wait_status(second, sid, ["ready"])
        assert [d["start"] for d in body["boundaries"]["documents"]] == [1, 3]
    finally:
        await second.close()


async def test_retry_when_resume_is_off(tmp_path: Path) -> None:
    blocker = BlockingAnalyser()
    first = await _client(tmp_path, blocker)
    sid = (await (await upload(first, pdf_bytes(4))).json())["session_id"]
    await wait_status(first, sid, ["processing"])
    await first.close()

    released = BlockingAnalyser()
    released.release.set()
    app = create_app(make_settings(tmp_path, resume_interrupted=False), analyser=released)
    second: TestClient[Any, Any] = TestClient(TestServer(app))
    await second.start_server()
    try:
        body = await (await second.get(f"/api/sessions/{sid}")).json()
        assert body["status"] == "interrupted" and body["error"]["code"] == "interrupted"
        resp = await second.post(f"/api/sessions/{sid}/retry")
        assert resp.status == 202
        await wait_status(second, sid, ["ready"])
    finally:
        await second.close()


async def test_cancel_by_delete_stops_the_job(tmp_path: Path) -> None:
    blocker = BlockingAnalyser()
    client = await _client(tmp_path, blocker)
    try:
        sid = (await (await upload(client, pdf_bytes(4))).json())["session_id"]
        await wait_status(client, sid, ["processing"])
        started = time.monotonic()
        resp = await client.delete(f"/api/sessions/{sid}")
        assert resp.status == 200
        assert time.monotonic() - started < 5
        assert (await client.get(f"/api/sessions/{sid}")).status == 404
        assert not client.server.app[STORAGE].session_dir(sid).exists()
        assert (await client.get("/healthz")).status == 200
    finally:
        await client.close()


async def test_jobs_beyond_the_limit_wait_in_order(tmp_path: Path) -> None:
    blocker = BlockingAnalyser()
    app = create_app(make_settings(tmp_path, max_concurrent_jobs=1), analyser=blocker)
    client: TestClient[Any, Any] = TestClient(TestServer(app))
    await client.start_server()
    try:
        ids = [(await (await upload(client, pdf_bytes(4))).json())["session_id"] for _ in range(3)]
        await wait_status(client, ids[0], ["processing"])
        statuses = [(await (await client.get(f"/api/sessions/{i}")).json())["status"] for i in ids]
        assert statuses == ["processing", "queued", "queued"]
        blocker.release.set()
        for sid in ids:
            await wait_status(client, sid, ["ready"])
    finally:
        await client.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _scanned_pdf(pages: int) -> bytes:
    """Image-only pages: processing needs OCR, slow enough to be killed mid-way."""
    import io

    import pypdfium2
    from PIL import Image

    doc = pypdfium2.PdfDocument(
        pdf_bytes(pages, texts=[f"Invoice {i}\nTotal 12.00" for i in range(pages)])
    )
    images: list[Image.Image] = [
        doc[i].render(scale=150 / 72).to_pil().convert("L") for i in range(pages)
    ]
    doc.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=150)
    return out.getvalue()


@pytest.mark.slow
async def test_kill_9_mid_processing_then_restart(tmp_path: Path) -> None:
    """A real server process, killed with SIGKILL while OCR runs, resumes after a restart."""
    port = _free_port()
    env = {
        **os.environ,
        "DOCSPLIT_DATA_DIR": str(tmp_path / "data"),
        "DOCSPLIT_PORT": str(port),
    }
    cmd = [sys.executable, "-m", "docsplit", "serve"]
    base = f"http://127.0.0.1:{port}"

    async def wait_up(session: aiohttp.ClientSession) -> None:
        for _ in range(200):
            try:
                async with session.get(f"{base}/healthz") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
        raise AssertionError("server did not start")

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        async with aiohttp.ClientSession() as http:
            await wait_up(http)
            form = aiohttp.FormData()
            form.add_field("file", _scanned_pdf(8), filename="scan.pdf")
            form.add_field("options", '{"ocr": "always"}')
            async with http.post(f"{base}/api/sessions", data=form) as resp:
                assert resp.status == 201
                sid = (await resp.json())["session_id"]
            for _ in range(400):
                async with http.get(f"{base}/api/sessions/{sid}") as resp:
                    body = await resp.json()
                if body["status"] == "processing" and body["stage"] in ("ocr", "text_extraction"):
                    break
                await asyncio.sleep(0.02)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)

            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            await wait_up(http)
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                async with http.get(f"{base}/api/sessions/{sid}") as resp:
                    body = await resp.json()
                if body["status"] in ("ready", "failed"):
                    break
                await asyncio.sleep(0.1)
            assert body["status"] == "ready", body
            assert body["page_count"] == 8
    finally:
        proc.terminate()
        proc.wait(10)

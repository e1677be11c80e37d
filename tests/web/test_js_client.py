"""The JavaScript client (examples/js/docsplit-client.js) under Node's test runner.

- The unit tests (a scripted fake WebSocket: backoff, terminal codes, dedupe, silence timeout,
  REST error mapping) run as they are; the React hook runs on a small hooks stub.
- The live test runs against the real app on 127.0.0.1: Node uploads, follows the stream and
  uses the REST helpers while this side drops its connection twice mid-job from the server
  (a close with 1012, then an aborted TCP connection). Afterwards the timeline Node wrote is
  compared with the server's own event log: every event after the first ``connection``
  exactly once, in order, none missing.

Node 20 has a WebSocket only behind ``--experimental-websocket`` (20.10+); Node 22+ has it
built in. Without a usable Node the tests skip and say why.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from conftest import ClientFactory, make_settings, pdf_bytes, upload
from docsplit.pipeline.analyse import analyse
from docsplit.protocol.messages import CloseCode
from docsplit.web.app import create_app
from docsplit.web.keys import HUB, REGISTRY, TOKENS

ROOT = Path(__file__).resolve().parents[2]
JS_TESTS = ROOT / "examples" / "js" / "test"
NODE = shutil.which("node")
PAGES = 40
PER_STEP_S = 0.05  # slows the pipeline so the job outlives two forced drops
# Small heartbeat numbers: a client that did not answer would be closed with 4408 mid-test.
FAST_HEARTBEAT = {"websocket_heartbeat_interval": 0.2, "websocket_client_timeout": 0.7}


def _node_flags() -> list[str] | None:
    """The flags that give this Node a global WebSocket, or None when it has none."""
    if NODE is None:
        return None
    for flags in ([], ["--experimental-websocket"]):
        probe = subprocess.run(
            [NODE, *flags, "-e", "process.exit(typeof WebSocket === 'function' ? 0 : 1)"],
            capture_output=True,
            timeout=20,
            check=False,
        )
        if probe.returncode == 0:
            return flags
    return None


NODE_FLAGS = _node_flags()
needs_node = pytest.mark.skipif(
    NODE_FLAGS is None, reason="needs Node.js 20.10+ (with --experimental-websocket) or 22+"
)


async def _run_node(
    files: list[Path], env: dict[str, str], timeout: float = 45, flags: tuple[str, ...] = ()
) -> str:
    assert NODE is not None and NODE_FLAGS is not None
    proc = await asyncio.create_subprocess_exec(
        NODE,
        *NODE_FLAGS,
        *flags,
        "--test",
        "--test-reporter=tap",
        *map(str, files),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={"PATH": "/usr/bin:/bin", "NODE_NO_WARNINGS": "1", **env},
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    text = out.decode()
    assert proc.returncode == 0, text
    assert "# fail 0" in text, text
    return text


@needs_node
async def test_client_unit_tests() -> None:
    text = await _run_node([JS_TESTS / "client.unit.test.mjs"], {})
    assert "# pass " in text and "# pass 0\n" not in text


@needs_node
async def test_react_hook_with_a_stub_react() -> None:
    """React is not installed here: a hooks stub (react-stub/) runs useDocsplitProgress."""
    register = JS_TESTS / "react-stub" / "register.mjs"
    text = await _run_node([JS_TESTS / "hook.test.mjs"], {}, flags=("--import", str(register)))
    assert "# pass 2" in text


def slow_analyser(pdf_path: Path, options: Any, *, progress: Any, **kwargs: Any) -> Any:
    def slow(*args: Any) -> None:
        time.sleep(PER_STEP_S)
        progress(*args)

    return analyse(pdf_path, options, progress=slow, **kwargs)


async def _wait(predicate: Any, what: str, timeout: float = 20) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)
    return found


def _live_node(base_url: str, admin_token: str, tmp_path: Path) -> tuple[Any, Path]:
    """Start the live Node test in the background; returns (task, report path)."""
    pdf = tmp_path / "live.pdf"
    pdf.write_bytes(pdf_bytes(PAGES))
    report = tmp_path / "report.json"
    env = {
        "DOCSPLIT_URL": base_url.rstrip("/"),
        "DOCSPLIT_PDF": str(pdf),
        "DOCSPLIT_ADMIN_TOKEN": admin_token,
        "DOCSPLIT_REPORT": str(report),
    }
    return asyncio.create_task(_run_node([JS_TESTS / "client.live.test.mjs"], env)), report


def _client_connection(registry: Any) -> Any:
    found = [c for c in registry.connections() if c.client_id == "js-live"]
    return found[0] if found else None


def _check_report(report: Path, app: web.Application) -> dict[str, Any]:
    """The client saw every event after its first ``connection`` once, in order, none missing
    (compared with the server's own log), and asked for a replay on every reconnect."""
    data: dict[str, Any] = json.loads(report.read_text())
    timeline = data["timeline"]
    connections = [t for t in timeline if t.get("type") == "connection"]
    assert all(c["last_id"] for c in connections[1:]), connections
    # Per-connection messages repeat the last event id (see protocol.messages.Message).
    per_connection = {"connection", "disconnection", "heartbeat", "pong", "error"}
    per_connection |= {"auth_request", "auth_success", "auth_failure"}
    seen = [t["id"] for t in timeline if t["kind"] == "message" and t["type"] not in per_connection]
    start = connections[0]["id"]
    events = app[HUB].events_after(data["session_id"], start) or []
    assert seen == [e.id for e in events if e.id <= seen[-1]]
    assert data["stats"]["heartbeats"] > 0
    closes = [t["code"] for t in timeline if t["kind"] == "close"]
    assert closes[-1] == 4000 and CloseCode.CLIENT_TIMEOUT not in closes, closes
    return data


@needs_node
async def test_client_live_against_the_server(make_client: ClientFactory, tmp_path: Path) -> None:
    client = await make_client(analyser=slow_analyser, **FAST_HEARTBEAT)
    app = client.app
    registry = app[REGISTRY]
    admin = app[TOKENS].issue(sub="test-admin", role="admin")
    node, report = _live_node(str(client.make_url("")), admin, tmp_path)

    def connection() -> Any:
        return _client_connection(registry)

    # Drop 1: the server closes with 1012 (service restart) once a few events went out.
    first = await _wait(connection, "the Node client to connect")
    session_id = first.session_id
    mark = first.last_event_id  # a live attribute: take its value now
    await _wait(lambda: app[HUB].last_id(session_id) >= mark + 3, "progress")
    assert registry.disconnect(
        session_id, "js-live", CloseCode.SERVICE_RESTART, "test restart", reconnect=True
    )
    # Drop 2: the TCP connection dies without a close frame (the client sees 1006).
    second = await _wait(lambda: (c := connection()) is not None and c is not first and c, "back")
    mark = second.last_event_id
    await _wait(lambda: app[HUB].last_id(session_id) >= mark + 3, "progress")
    assert second.transport is not None
    second.transport.abort()
    third = await _wait(lambda: (c := connection()) not in (None, first, second) and c, "back")
    # Both drops happened mid-job: processing had not finished when the client came back.
    events = app[HUB].events_after(session_id, 0) or []
    mark = third.last_event_id
    assert not any(e.type == "processing_complete" for e in events if e.id <= mark)

    await node
    data = _check_report(report, app)
    timeline = data["timeline"]
    closes = [t["code"] for t in timeline if t["kind"] == "close"]
    assert closes == [1012, 1006, 4000], closes
    connections = [t for t in timeline if t.get("type") == "connection"]
    assert len(connections) == 3
    assert sum(c["replayed"] for c in connections[1:]) > 0, "events were missed and replayed"


@needs_node
async def test_client_live_across_a_server_restart(tmp_path: Path) -> None:
    """The server stops mid-job (1001 to every socket) and a new one starts on the same port
    and data directory: the client keeps retrying through the refused connects, resumes from
    its last id (the event log is in SQLite), and follows the resumed job to the end."""
    settings = make_settings(tmp_path / "data", **FAST_HEARTBEAT)
    first = TestServer(create_app(settings, analyser=slow_analyser), host="127.0.0.1")
    await first.start_server()
    port = first.port
    admin = first.app[TOKENS].issue(sub="test-admin", role="admin")
    node, report = _live_node(f"http://127.0.0.1:{port}", admin, tmp_path)
    second: TestServer | None = None
    try:
        conn = await _wait(lambda: _client_connection(first.app[REGISTRY]), "the client")
        session_id = conn.session_id
        mark = conn.last_event_id
        await _wait(lambda: first.app[HUB].last_id(session_id) >= mark + 3, "progress")
        await first.close()
        await asyncio.sleep(0.3)  # the client meets a closed port for a while
        second = TestServer(
            create_app(settings, analyser=slow_analyser), host="127.0.0.1", port=port
        )
        await second.start_server()
        await node
        data = _check_report(report, second.app)
    finally:
        if not node.done():
            node.cancel()
        await first.close()
        if second is not None:
            await second.close()
    timeline = data["timeline"]
    closes = [t["code"] for t in timeline if t["kind"] == "close"]
    assert closes[0] == CloseCode.GOING_AWAY and closes[-1] == 4000, closes
    types = [t.get("type") for t in timeline]
    # The interrupted job was resumed by the new server and ran to completion.
    assert types.count("processing_complete") == 1
    assert types.index("disconnection") < types.index("processing_complete")


@needs_node
async def test_client_against_a_server_that_requires_tokens(make_client: ClientFactory) -> None:
    """Tokens in the query and as a first message open the session; a forged token (4401)
    and another session's token (4403) end the connection for good."""
    client = await make_client(require_websocket_auth=True)
    tokens = client.app[TOKENS]
    alice = {"Authorization": f"Bearer {tokens.issue(sub='alice', role='user')}"}
    mine = await (await upload(client, pdf_bytes(1), headers=alice)).json()
    other = await (await upload(client, pdf_bytes(1), headers=alice)).json()
    text = await _run_node(
        [JS_TESTS / "client.auth.test.mjs"],
        {
            "DOCSPLIT_URL": str(client.make_url("")).rstrip("/"),
            "DOCSPLIT_SESSION": mine["session_id"],
            "DOCSPLIT_TOKEN": mine["token"],
            "DOCSPLIT_OTHER_TOKEN": other["token"],
        },
    )
    assert "# pass 5" in text

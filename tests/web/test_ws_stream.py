"""Streams through the real app: replay, exclusion, admin endpoints, limits, heartbeat,
slow consumers, shutdown, and a full processing + split run."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
from wsutil import (
    FAST_HEARTBEAT,
    FakeAnalyser,
    admin_headers,
    closed_with,
    connect,
    new_session,
    publish,
    recv,
    recv_until,
)

from conftest import pdf_bytes, upload, wait_status
from docsplit.errors import OcrFailed
from docsplit.protocol.messages import (
    ConnectionMessage,
    ProgressMessage,
    decode_server,
)
from docsplit.web.keys import HUB, REGISTRY


@pytest.fixture
async def app_client(make_client: Any) -> Any:
    return await make_client(analyser=FakeAnalyser())


# -- replay -------------------------------------------------------------------------------


async def test_replay_across_a_reconnect_loses_and_duplicates_nothing(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid, client_id="c1")
    await recv(ws)
    seen = []
    for n in range(3):
        publish(app_client, sid, "info", message=f"before {n}", data={})
        seen.append(await recv(ws))
    await ws.close()
    missed = [publish(app_client, sid, "info", message=f"missed {n}", data={}) for n in range(4)]

    ws = await connect(app_client, sid, client_id="c1", last_id=seen[-1]["id"])
    connection = decode_server(await recv(ws))
    assert isinstance(connection, ConnectionMessage)
    assert connection.replayed == 4 and not connection.replay_too_old
    assert connection.last_id == seen[-1]["id"] and connection.id == seen[-1]["id"]
    replayed = [await recv(ws) for _ in missed]
    assert [m["id"] for m in replayed] == missed
    assert [m["message"] for m in replayed] == [f"missed {n}" for n in range(4)]
    live_id = publish(app_client, sid, "warning", message="live", data={})
    live = await recv(ws)
    assert live["id"] == live_id == missed[-1] + 1
    await ws.close()


async def test_replay_with_a_current_or_zero_last_id(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    current = app_client.app[HUB].last_id(sid)
    ws = await connect(app_client, sid, last_id=current)
    assert (await recv(ws))["replayed"] == 0
    await ws.close()
    # last_id=0: the whole history of the session (it fits in the buffer).
    ws = await connect(app_client, sid, last_id=0)
    connection = await recv(ws)
    assert connection["replayed"] == current
    ids = [(await recv(ws))["id"] for _ in range(current)]
    assert ids == list(range(1, current + 1))
    await ws.close()


async def test_replay_too_old_says_so_and_snapshot_stands_in(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), websocket_replay_size=5)
    sid, _ = await new_session(client)
    for n in range(12):
        publish(client, sid, "info", message=str(n), data={})
    ws = await connect(client, sid, last_id=1)
    connection = await recv(ws)
    assert connection["replay_too_old"] is True and connection["replayed"] == 0
    assert connection["id"] == client.app[HUB].last_id(sid)
    assert connection["snapshot"]["status"] == "ready"
    await ws.close()
    # An id from the future (another server, a reset database) is treated the same way.
    ws = await connect(client, sid, last_id=10_000)
    assert (await recv(ws))["replay_too_old"] is True
    await ws.close()


async def test_replay_during_a_running_job(make_client: Any) -> None:
    analyser = FakeAnalyser(hold_at=3)
    client = await make_client(analyser=analyser)
    sid, _ = await new_session(client, pages=6, ready=False)
    ws = await connect(client, sid, client_id="watcher", last_id=0)
    first = await recv_until(ws, "connection")
    await asyncio.to_thread(analyser.reached.wait, 5)
    got = [m for m in first if m["type"] != "connection"]
    # Read what is there, drop the socket, let the job finish, reconnect from the last id.
    while True:
        try:
            got.append(await recv(ws, timeout=0.2))
        except TimeoutError:
            break
    await ws.close()
    analyser.gate.set()
    await wait_status(client, sid, ["ready"], timeout=10)
    ws = await connect(client, sid, client_id="watcher", last_id=got[-1]["id"])
    rest = await recv_until(ws, "status")
    while not (rest[-1]["type"] == "status" and rest[-1]["status"] == "ready"):
        rest += await recv_until(ws, "status")
    await ws.close()
    ids = [m["id"] for m in got + rest if m["type"] != "connection"]
    assert ids == list(range(1, ids[-1] + 1))  # contiguous: nothing lost, nothing twice


# -- broadcast, exclusion, disconnect, stats ----------------------------------------------


async def test_admin_broadcast_with_exclusion(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    a = await connect(app_client, sid, client_id="a")
    b = await connect(app_client, sid, client_id="b")
    await recv(a)
    await recv(b)
    resp = await app_client.post(
        f"/api/websocket/enhanced/broadcast/{sid}",
        json={"type": "warning", "message": "maintenance", "data": {"in_s": 60}, "exclude": ["a"]},
        headers=admin_headers(app_client),
    )
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["delivered"] == 1
    got = await recv(b)
    assert got["type"] == "warning" and got["data"] == {"in_s": 60} and got["id"] == body["id"]
    publish(app_client, sid, "info", message="for everyone", data={})
    assert (await recv(a))["message"] == "for everyone"  # "maintenance" was skipped
    assert (await recv(b))["message"] == "for everyone"
    await a.close()
    # ... and a reconnect of "a" with replay does not bring the excluded message back.
    a = await connect(app_client, sid, client_id="a", last_id=body["id"] - 1)
    assert (await recv(a))["replayed"] == 1
    assert (await recv(a))["message"] == "for everyone"
    await a.close()
    await b.close()


async def test_broadcast_validation(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    url = f"/api/websocket/enhanced/broadcast/{sid}"
    headers = admin_headers(app_client)
    for body in (
        {"type": "progress", "message": "x"},
        {"type": "info"},
        {"type": "info", "message": "x", "bogus": 1},
        ["not", "an", "object"],
    ):
        resp = await app_client.post(url, json=body, headers=headers)
        assert resp.status == 400, body
        assert (await resp.json())["error"]["code"] == "invalid_request"
    resp = await app_client.post(
        url, data=b"{", headers={**headers, "Content-Type": "application/json"}
    )
    assert resp.status == 400
    resp = await app_client.post(
        f"/api/websocket/enhanced/broadcast/{'0' * 32}",
        json={"type": "info", "message": "x"},
        headers=headers,
    )
    assert resp.status == 404
    resp = await app_client.post(url, json={"type": "info", "message": "nobody"}, headers=headers)
    assert (await resp.json())["delivered"] == 0


async def test_forced_disconnect(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid, client_id="victim")
    await recv(ws)
    resp = await app_client.delete(
        f"/api/websocket/enhanced/disconnect/{sid}/victim?reason=abuse",
        headers=admin_headers(app_client),
    )
    assert resp.status == 200 and await resp.json() == {"disconnected": True}
    code, seen = await closed_with(ws)
    assert code == 4000
    assert seen[-1]["type"] == "disconnection"
    assert seen[-1]["code"] == 4000 and seen[-1]["reason"] == "abuse"
    assert seen[-1]["reconnect"] is False
    resp = await app_client.delete(
        f"/api/websocket/enhanced/disconnect/{sid}/victim", headers=admin_headers(app_client)
    )
    assert resp.status == 404
    assert (await resp.json())["error"]["code"] == "not_found"


async def test_stats(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(
        app_client, sid, client_id="s1", headers='{"User-Agent": "ua/1", "Origin": "http://x"}'
    )
    await recv(ws)
    await ws.send_json({"type": "heartbeat"})
    await recv(ws)
    resp = await app_client.get("/api/websocket/enhanced/stats", headers=admin_headers(app_client))
    stats = await resp.json()
    assert stats["total_connections"] == 1 and stats["active_sessions"] == 1
    assert stats["connections_per_session"] == {sid: 1}
    (conn,) = stats["connections"]
    assert conn["client_id"] == "s1" and conn["session_id"] == sid
    assert conn["user_agent"] == "ua/1" and conn["origin"] == "http://x"
    assert conn["remote"] and conn["messages_received"] == 1 and conn["messages_sent"] == 2
    assert conn["duration_s"] >= 0 and conn["connected_at"].endswith("Z")
    assert conn["last_seen_at"].endswith("Z")
    assert set(stats["config"]) >= {
        "heartbeat_interval",
        "client_timeout",
        "max_connections_per_session",
        "max_total_connections",
        "require_auth",
    }
    await ws.close()
    await asyncio.sleep(0.05)
    resp = await app_client.get("/api/websocket/enhanced/stats", headers=admin_headers(app_client))
    assert (await resp.json())["total_connections"] == 0


# -- limits -------------------------------------------------------------------------------


async def test_per_session_and_total_limits(make_client: Any) -> None:
    client = await make_client(
        analyser=FakeAnalyser(),
        websocket_max_connections_per_session=2,
        websocket_max_total_connections=3,
    )
    sid1, _ = await new_session(client)
    sid2, _ = await new_session(client)
    open_ = [await connect(client, sid1, client_id=f"c{n}") for n in range(2)]
    for ws in open_:
        await recv(ws)
    third = await connect(client, sid1, client_id="c2")
    code, seen = await closed_with(third)
    assert code == 4429
    assert seen == [seen[0]] and seen[0]["type"] == "error"
    assert seen[0]["code"] == "too_many_connections"

    other = await connect(client, sid2, client_id="d0")
    await recv(other)
    fourth = await connect(client, sid2, client_id="d1")  # total limit (3) reached
    code, seen = await closed_with(fourth)
    assert code == 4429 and seen[0]["code"] == "too_many_connections"

    await open_[0].close()
    await asyncio.sleep(0.05)
    again = await connect(client, sid1, client_id="c3")  # a slot was freed
    assert (await recv(again))["type"] == "connection"
    for ws in (open_[1], other, again):
        await ws.close()


async def test_same_client_id_replaces_the_old_socket(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    old = await connect(app_client, sid, client_id="same")
    await recv(old)
    new = await connect(app_client, sid, client_id="same")
    await recv(new)
    code, _ = await closed_with(old)
    assert code == 1001
    assert len(app_client.app[REGISTRY].connections(sid)) == 1
    publish(app_client, sid, "info", message="still here", data={})
    assert (await recv(new))["message"] == "still here"
    await new.close()


# -- heartbeat ----------------------------------------------------------------------------


async def test_heartbeats_and_pongs_keep_a_client_alive(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), **FAST_HEARTBEAT)
    sid, _ = await new_session(client)
    ws = await connect(client, sid)
    await recv(ws)
    sequences = []
    async with asyncio.timeout(3):
        while len(sequences) < 8:  # 0.8 s: longer than the client timeout (0.5 s)
            beat = await recv(ws, skip=())
            assert beat["type"] == "heartbeat"
            sequences.append(beat["sequence"])
            await ws.send_json({"type": "pong", "sequence": beat["sequence"]})
    assert sequences == list(range(1, 9))
    assert not ws.closed
    await ws.close()


async def test_a_silent_client_is_closed_with_4408(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), **FAST_HEARTBEAT)
    sid, _ = await new_session(client)
    ws = await connect(client, sid, client_id="quiet")
    await recv(ws)
    code, seen = await closed_with(ws, timeout=3)
    assert code == 4408
    assert {m["type"] for m in seen} <= {"heartbeat"}
    assert client.app[REGISTRY].get(sid, "quiet") is None
    assert client.app[REGISTRY].counters.timeouts == 1


async def test_sweeper_removes_a_socket_that_died_without_a_close(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), **FAST_HEARTBEAT)
    sid, _ = await new_session(client)
    ws = await connect(client, sid, client_id="ghost")
    await recv(ws)
    (conn,) = client.app[REGISTRY].connections(sid)
    assert conn.transport is not None
    conn.transport.abort()  # as if the network vanished: no close frame, no FIN handling yet
    for _ in range(60):  # the sweeper runs every 0.1 s
        if client.app[REGISTRY].get(sid, "ghost") is None:
            break
        await asyncio.sleep(0.05)
    assert client.app[REGISTRY].get(sid, "ghost") is None
    await ws.close()


# -- slow consumer ------------------------------------------------------------------------


async def test_a_slow_consumer_is_closed_with_4008_and_does_not_slow_others(
    make_client: Any,
) -> None:
    client = await make_client(analyser=FakeAnalyser(), websocket_send_queue_size=8)
    sid, _ = await new_session(client)
    slow = await connect(client, sid, client_id="slow")
    fast = await connect(client, sid, client_id="fast")
    await recv(slow)
    await recv(fast)
    count = 150
    pad = "x" * 200_000  # large frames fill the socket buffers quickly

    async def read_all() -> list[int]:
        ids = []
        while len(ids) < count:
            ids.append((await recv(fast, timeout=10))["id"])
        return ids

    reader = asyncio.create_task(read_all())
    published = []
    for n in range(count):
        published.append(publish(client, sid, "info", message=str(n), data={"pad": pad}))
        await asyncio.sleep(0)  # writers run between events, as with a real producer
    assert await reader == published  # the fast client got everything, in order
    registry = client.app[REGISTRY]
    assert registry.get(sid, "slow") is None and registry.counters.slow_consumers == 1
    code, seen = await closed_with(slow, timeout=10)
    assert code == 4008
    assert len(seen) < count  # its backlog was dropped
    await fast.close()


async def test_a_closed_slow_consumer_that_never_reads_is_dropped_after_the_grace(
    make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its unsent bytes would otherwise keep the TCP connection open, outside every limit."""
    import socket

    import docsplit.web.registry as registry_module

    monkeypatch.setattr(registry_module, "CLOSE_GRACE_S", 0.2)
    client = await make_client(analyser=FakeAnalyser(), websocket_send_queue_size=4)
    sid, _ = await new_session(client)
    # A raw client with tiny socket buffers that reads the handshake and then nothing: no
    # client library keeps draining the socket behind the test's back.
    loop = asyncio.get_running_loop()
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, (client.host, client.port))
        await loop.sock_sendall(
            sock,
            (
                f"GET /ws/enhanced/{sid}?client_id=never-reads HTTP/1.1\r\nHost: x\r\n"
                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode(),
        )
        assert b" 101 " in await loop.sock_recv(sock, 1024)
        for _ in range(100):
            if client.app[REGISTRY].get(sid, "never-reads") is not None:
                break
            await asyncio.sleep(0.01)
        conn = client.app[REGISTRY].get(sid, "never-reads")
        assert conn is not None and conn.transport is not None
        transport = conn.transport
        transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        for n in range(50):
            publish(client, sid, "info", message=str(n), data={"pad": "z" * 200_000})
            await asyncio.sleep(0)
            if conn.closing:
                break
        assert conn.close_code == 4008
        await asyncio.sleep(0.05)
        assert transport.is_closing() and transport.get_write_buffer_size() > 0  # stuck
        for _ in range(40):
            if transport.get_write_buffer_size() == 0:
                break
            await asyncio.sleep(0.05)
        assert transport.get_write_buffer_size() == 0  # aborted: the buffer is gone
    finally:
        sock.close()


# -- shutdown -----------------------------------------------------------------------------


async def test_shutdown_sends_disconnection_and_1001(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    # Read while the server shuts down, as a real client would (a client that reads only after
    # the TCP connection is gone cannot answer the close frame and reports 1006 itself).
    reader = asyncio.create_task(closed_with(ws))
    await app_client.server.close()
    code, seen = await reader
    assert code == 1001, seen
    assert seen[-1]["type"] == "disconnection" and seen[-1]["reconnect"] is True


# -- a real run ---------------------------------------------------------------------------


async def test_full_processing_and_split_run_in_order(client: Any) -> None:
    """The real pipeline: every event decodes, ids increase by one, percentages never go back."""
    resp = await upload(client, pdf_bytes(4))
    sid = (await resp.json())["session_id"]
    ws = await connect(client, sid, last_id=0)  # everything since the upload
    messages = await recv_until(ws, "processing_complete", timeout=30)
    messages += await recv_until(ws, "status")
    await wait_status(client, sid, ["ready"])
    resp = await client.post(f"/api/sessions/{sid}/split")
    assert resp.status == 202
    messages += await recv_until(ws, "split_complete", timeout=30)
    messages += await recv_until(ws, "status")
    await ws.close()

    decoded = [decode_server(m) for m in messages]
    events = [m for m in messages if m["type"] != "connection"]
    assert [m["id"] for m in events] == list(range(1, len(events) + 1))
    types = [m["type"] for m in events]
    for kind in (
        "processing_start",
        "progress",
        "processing_complete",
        "split_start",
        "split_progress",
        "split_complete",
    ):
        assert kind in types, kind
    assert types.index("processing_start") < types.index("processing_complete")
    assert types.index("split_start") < types.index("split_complete")
    statuses = [m["status"] for m in events if m["type"] == "status"]
    assert statuses[0] == "uploaded" and statuses[-1] == "split" and "ready" in statuses
    complete = next(m for m in events if m["type"] == "processing_complete")
    assert complete["statistics"]["pages"] == 4
    for kind in ("progress", "split_progress"):
        progress = [d for d in decoded if isinstance(d, ProgressMessage) and d.type == kind]
        overall = [p.overall_percentage for p in progress]
        assert overall == sorted(overall) and overall[-1] == 100.0, kind
        by_stage: dict[str, list[float]] = {}
        for p in progress:
            by_stage.setdefault(p.stage, []).append(p.stage_percentage)
        for stage, values in by_stage.items():
            assert values == sorted(values), (kind, stage)


async def test_processing_error_reaches_the_socket(make_client: Any) -> None:
    def failing(*args: Any, **kwargs: Any) -> Any:
        raise OcrFailed("tesseract crashed")

    client = await make_client(analyser=failing)
    resp = await upload(client, pdf_bytes(2))
    sid = (await resp.json())["session_id"]
    ws = await connect(client, sid, last_id=0)
    messages = await recv_until(ws, "processing_error")
    error = decode_server(messages[-1])
    assert error.type == "processing_error"
    assert messages[-1]["code"] == "ocr_failed" and messages[-1]["recoverable"] is True
    await ws.close()


async def test_aiohttp_client_heartbeat_option_works_too(app_client: Any) -> None:
    """A client using protocol pings only (aiohttp's own heartbeat=) is a normal client."""
    sid, _ = await new_session(app_client)
    ws = await app_client.ws_connect(f"/ws/enhanced/{sid}", heartbeat=0.2)
    assert (await recv(ws))["type"] == "connection"
    await asyncio.sleep(0.5)
    assert not ws.closed
    await ws.close()
    assert ws.close_code == aiohttp.WSCloseCode.OK


async def test_shutdown_also_closes_sockets_still_in_the_auth_phase(make_client: Any) -> None:
    client = await make_client(
        analyser=FakeAnalyser(), require_websocket_auth=True, websocket_auth_timeout=30
    )
    ws = await connect(client, "a" * 32)
    assert (await recv(ws))["type"] == "auth_request"
    reader = asyncio.create_task(closed_with(ws))
    await client.server.close()
    code, _ = await reader
    assert code == 1001

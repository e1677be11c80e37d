"""WebSocketClient and ProgressTracker against the real server: live events, exactly-once
delivery across dropped connections and a server restart, terminal close codes, heartbeat,
silence, timeouts and backoff."""

from __future__ import annotations

import asyncio
import random
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from client_support import StepAnalyser, admin_token, base_url, start_server

from conftest import pdf_bytes
from docsplit.client import (
    CannotConnect,
    Disconnected,
    DocsplitClient,
    Forbidden,
    NotFound,
    ProgressTracker,
    Unauthorized,
    UnknownMessage,
    UnknownMessageType,
    WebSocketClient,
    track_session_progress,
)
from docsplit.client.errors import InvalidMessage
from docsplit.client.websocket import decode_message, raise_for_error_message
from docsplit.protocol.messages import (
    ConnectionMessage,
    ErrorMessage,
    InfoMessage,
    ProcessingCompleteMessage,
    ProgressMessage,
    StatusMessage,
)
from docsplit.web.keys import HUB, REGISTRY, TOKENS

FAST = {"backoff_base": 0.02, "backoff_cap": 0.2, "connect_timeout": 3.0}


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll ``condition`` (state owned by the client and the server, no event to await)."""
    async with asyncio.timeout(timeout):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_live_events_handlers_and_iterator(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    url = base_url(server)
    try:
        async with DocsplitClient(url) as rest:
            sid = (await rest.upload(pdf_bytes(5)))["session_id"]
            progress: list[ProgressMessage] = []
            seen: list[str] = []
            async with rest.websocket(sid, last_id=0) as ws:
                ws.on("progress", lambda m: progress.append(m))  # type: ignore[arg-type]

                async def record(message: Any) -> None:  # async handlers are awaited
                    seen.append(message.type)

                off = ws.on("*", record)
                typed = []
                async for message in ws:
                    typed.append(message)
                    if isinstance(message, ProcessingCompleteMessage):
                        break
                off()
            # rest.websocket() carries the upload's token: auth_success, then connection.
            assert [m.type for m in typed[:2]] == ["auth_success", "connection"]
            assert isinstance(typed[1], ConnectionMessage) and typed[1].replayed >= 1
            # Handlers run as frames arrive, ahead of the iterator's consumer.
            assert seen.index("processing_start") < seen.index("processing_complete")
            assert progress, "no progress messages"
            overall = [p.overall_percentage for p in progress]
            assert overall == sorted(overall) and overall[-1] == 100.0
            ids = [m.id for m in typed[2:]]
            assert ids == sorted(set(ids)) and ids[0] == 1
    finally:
        await server.close()


async def test_every_event_exactly_once_across_drops_and_a_restart(tmp_path: Path) -> None:
    """Drop the socket four times mid-job (no close frame, 4008, 1011) and restart the server
    once: the tracker still sees every event of the session once, in order, to the end."""
    data = tmp_path / "data"
    step = StepAnalyser(pages=8)
    server = await start_server(data, analyser=step)
    port, url = server.port, base_url(server)
    async with DocsplitClient(url) as rest:
        sid = (await rest.upload(pdf_bytes(8)))["session_id"]
    tracker = ProgressTracker(sid)
    ws = WebSocketClient(url, sid, last_id=0, max_attempts=200, **FAST)  # type: ignore[arg-type]
    ws.on("*", tracker.feed)
    connections: list[Any] = []
    ws.on("connection", connections.append)
    await ws.connect()
    dropped: list[object] = []
    try:
        for page, how in enumerate(["transport", 4008, "transport", 1011], start=1):
            assert await asyncio.to_thread(step.reached[page].wait, 10)
            registry = server.app[REGISTRY]
            await until(lambda r=registry: _live(r, sid, ws.client_id, dropped) is not None)
            conn = _live(registry, sid, ws.client_id, dropped)
            dropped.append(conn)
            if how == "transport":
                conn.transport.close()  # the socket just dies: no close frame at all
            else:
                conn.close(int(how), "test drop")
            step.step()  # events happen while the client is away
            await until(lambda n=page: ws.reconnects >= n and ws.connected)

        # Restart: the job is interrupted by the shutdown and resumed by the new server.
        await server.close()
        resumed = StepAnalyser(pages=8, released=True)
        server = await start_server(data, analyser=resumed, port=port)
        await until(lambda: tracker.done("processing"), timeout=20)
        expected = server.app[HUB].events_after(sid, 0)
        assert expected is not None
    finally:
        await ws.close()
        await server.close()

    assert ws.reconnects >= 5 and len(connections) == ws.reconnects + 1
    # The restart at least happened while we were away: those events came back as a replay.
    assert any(c.replayed > 0 and not c.replay_too_old for c in connections[1:])
    assert tracker.event_ids == [e.id for e in expected]
    assert tracker.event_ids == list(range(1, len(expected) + 1))
    assert [m.type for m in tracker.events] == [e.type for e in expected]
    statuses = [m.status for m in tracker.events if m.type == "status"]  # type: ignore[union-attr]
    assert "interrupted" in statuses and statuses[-1] == "ready"
    assert tracker.processing_complete is not None and tracker.status == "ready"
    assert not tracker.failed and tracker.overall_percentage == 100.0
    assert tracker.stages["text_extraction"].finished


def _live(registry: Any, sid: str, client_id: str, dropped: list[object]) -> Any:
    conn = registry.get(sid, client_id)
    return conn if conn is not None and conn not in dropped else None


async def test_terminal_close_codes_are_not_retried(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data", require_websocket_auth=True)
    url = base_url(server)
    admin = admin_token(server)
    try:
        async with DocsplitClient(url, token=admin) as rest:
            sid = (await rest.upload(pdf_bytes(2)))["session_id"]
            other = (await rest.upload(pdf_bytes(2)))["session_id"]
            other_token = server.app[TOKENS].issue("bob", role="user", sid=other)

            with pytest.raises(Unauthorized) as info:  # 4401
                await WebSocketClient(url, sid, token="forged.token.here", **FAST).connect()
            assert info.value.close_code == 4401
            with pytest.raises(Forbidden):  # 4403: a valid token of another session
                await WebSocketClient(url, sid, token=other_token, **FAST).connect()
            with pytest.raises(NotFound):  # 4404
                await WebSocketClient(url, "0" * 32, token=admin, **FAST).connect()

            # 4000: an administrator disconnects us; the client stops for good.
            ws = WebSocketClient(url, sid, token=admin, **FAST)
            await ws.connect()
            await rest.disconnect_client(sid, ws.client_id, reason="maintenance")
            with pytest.raises(Disconnected) as closed:
                async for _ in ws:
                    pass
            assert closed.value.close_code == 4000 and ws.reconnects == 0
            await ws.close()
    finally:
        await server.close()


async def test_heartbeat_is_answered_and_silence_means_dead(tmp_path: Path) -> None:
    server = await start_server(
        tmp_path / "data", websocket_heartbeat_interval=0.1, websocket_client_timeout=0.6
    )
    url = base_url(server)
    try:
        async with DocsplitClient(url) as rest:
            sid = (await rest.upload(pdf_bytes(2)))["session_id"]
        beats: list[Any] = []
        async with WebSocketClient(url, sid, **FAST) as ws:  # type: ignore[arg-type]
            ws.on("heartbeat", beats.append)
            await asyncio.sleep(1.0)
            # The server closes a client that does not pong within 0.6 s: we are still here.
            assert ws.connected and ws.reconnects == 0 and len(beats) >= 4
    finally:
        await server.close()

    quiet = await start_server(tmp_path / "quiet")  # heartbeat every 30 s: silence
    try:
        async with DocsplitClient(base_url(quiet)) as rest:
            sid = (await rest.upload(pdf_bytes(2)))["session_id"]
        ws = WebSocketClient(base_url(quiet), sid, client_timeout=0.2, **FAST)  # type: ignore[arg-type]
        async with ws:
            await until(lambda: ws.reconnects >= 2, timeout=5)
    finally:
        await quiet.close()


async def test_connect_timeout_and_giving_up(tmp_path: Path) -> None:
    # A server that accepts TCP and never answers the upgrade.
    writers: list[asyncio.StreamWriter] = []
    mute = await asyncio.start_server(lambda r, w: writers.append(w), "127.0.0.1", 0)
    port = mute.sockets[0].getsockname()[1]
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(CannotConnect):
            await WebSocketClient(
                f"http://127.0.0.1:{port}", "a" * 32, connect_timeout=0.3
            ).connect()
        assert asyncio.get_running_loop().time() - started < 2
    finally:
        for writer in writers:
            writer.close()
        mute.close()
        await mute.wait_closed()

    server = await start_server(tmp_path / "data")
    url = base_url(server)
    async with DocsplitClient(url) as rest:
        sid = (await rest.upload(pdf_bytes(2)))["session_id"]
    ws = WebSocketClient(url, sid, max_attempts=3, backoff_base=0.01, backoff_cap=0.05)
    await ws.connect()
    await server.close()  # gone for good
    with pytest.raises(CannotConnect, match="3 attempts"):
        async for _ in ws:
            pass
    await ws.close()


async def test_backoff_is_exponential_with_full_jitter() -> None:
    class Recording(random.Random):
        caps: list[float] = []

        def uniform(self, a: float, b: float) -> float:
            self.caps.append(b)
            return 0.0

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once closed
    rng = Recording()
    ws = WebSocketClient(
        f"http://127.0.0.1:{port}",
        "a" * 32,
        backoff_base=0.5,
        backoff_cap=3.0,
        max_attempts=6,
        retry_initial_connect=True,
        rng=rng,
    )
    with pytest.raises(CannotConnect):
        await ws.connect()
    assert rng.caps == [1.0, 2.0, 3.0, 3.0, 3.0]  # base*2**n, capped; the first try is at once
    await ws.close()


async def test_errors_broadcasts_and_forward_compatible_decoding(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    url = base_url(server)
    try:
        async with DocsplitClient(url, token=admin_token(server)) as rest:
            sid = (await rest.upload(pdf_bytes(2)))["session_id"]
            async with WebSocketClient(url, sid) as ws:
                waiter = asyncio.ensure_future(ws.wait_for("info", timeout=5))
                await asyncio.sleep(0)
                assert await rest.broadcast(sid, "scanner 2 is jammed", data={"n": 2}) == 1
                info = await waiter
                assert isinstance(info, InfoMessage) and info.data == {"n": 2}
                stats = await rest.websocket_stats()
                assert stats["connections_per_session"] == {sid: 1}

                await ws.send({"type": "no_such_type"})
                error = await ws.wait_for("error", timeout=5)
                assert isinstance(error, ErrorMessage)
                with pytest.raises(UnknownMessageType):
                    raise_for_error_message(error)
                await ws.send({"type": "heartbeat", "sequence": "one"})
                error = await ws.wait_for("error", timeout=5)
                with pytest.raises(InvalidMessage):
                    raise_for_error_message(error)
                assert ws.connected  # errors about a frame keep the connection open
    finally:
        await server.close()

    newer = decode_message(
        {
            "id": 3,
            "type": "progress",
            "timestamp": "2026-01-01T00:00:00Z",
            "session_id": "s",
            "stage": "ocr",
            "stage_percentage": 50,
            "overall_percentage": 60,
            "current": 1,
            "total": 2,
            "added_in_v2": True,
        }
    )
    assert isinstance(newer, ProgressMessage) and newer.stage == "ocr"
    unknown = decode_message({"id": 4, "type": "hologram", "session_id": "s", "x": 1})
    assert isinstance(unknown, UnknownMessage) and unknown.data == {"x": 1}


async def test_track_session_progress_one_call(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    url = base_url(server)
    try:
        async with DocsplitClient(url) as rest:
            created = await rest.upload(pdf_bytes(4))
            sid = created["session_id"]
            updates: list[float] = []
            tracker = await track_session_progress(
                url,
                sid,
                last_id=0,
                timeout=20,
                on_update=lambda t: updates.append(t.overall_percentage),
            )
            assert tracker.is_complete and tracker.processing_complete is not None
            assert updates == sorted(updates)
            summary = tracker.summary()
            assert summary["complete"] and summary["stages"]["text_extraction"]["duration_s"] >= 0
            # A late joiner: the snapshot alone says processing is over.
            late = await track_session_progress(url, sid, timeout=5)
            assert late.is_complete and late.events == [] and late.status == "ready"

            await rest.split(sid)
            tracker = await track_session_progress(url, sid, until="split", last_id=0, timeout=20)
            assert tracker.split_complete is not None and tracker.status == "split"
            assert len(tracker.documents) == len(await rest.documents(sid))
    finally:
        await server.close()


async def test_duplicates_and_connection_messages_follow_the_id_rule() -> None:
    """Events at or below the last id are dropped; per-connection messages repeat an old id
    and still get through."""
    ws = WebSocketClient("http://127.0.0.1:1", "s", last_id=5, max_queued=2)
    got: list[Any] = []
    ws.on("*", got.append)

    def frame(id: int, type: str, **fields: Any) -> str:
        import json

        base = {"id": id, "type": type, "timestamp": "2026-01-01T00:00:00Z", "session_id": "s"}
        return json.dumps({**base, **fields})

    info = {"message": "m", "data": {}}
    for text in (
        frame(5, "info", **info),  # already seen
        frame(6, "info", **info),
        frame(6, "info", **info),  # repeated
        frame(6, "error", code="invalid_message", message="bad frame", recoverable=True),
        frame(7, "status", status="ready", previous_status="processing", metadata={}),
    ):
        await ws._handle_frame(None, text)  # type: ignore[arg-type]
    assert [(m.id, m.type) for m in got] == [(6, "info"), (6, "error"), (7, "status")]
    assert ws.duplicates_dropped == 2 and ws.last_id == 7
    # Nobody iterated: the queue kept the newest two, handlers saw all three.
    assert ws.queue_overflows == 1 and ws._queue.qsize() == 2
    await ws.close()


def test_tracker_late_joiner_mid_split() -> None:
    """Joining during a split: the snapshot names the stage, the next progress fills it in."""
    from docsplit.protocol.messages import SplitCompleteMessage, SplitProgressMessage

    tracker = ProgressTracker("s")
    snapshot = {
        "status": "splitting",
        "page_count": 4,
        "progress": {"stage": "splitting", "overall_percentage": 40.0},
    }
    tracker.feed(
        ConnectionMessage(
            id=9,
            session_id="s",
            client_id="c",
            features=[],
            heartbeat_interval=30,
            client_timeout=90,
            authenticated=False,
            snapshot=snapshot,
        )
    )
    assert tracker.current_stage == "splitting" and tracker.overall_percentage == 40.0
    tracker.feed(
        SplitProgressMessage(
            id=10,
            session_id="s",
            stage="splitting",
            stage_percentage=50.0,
            overall_percentage=47.5,
            current=1,
            total=2,
            eta_s=1.0,
        )
    )
    assert tracker.operation == "split" and tracker.stages["splitting"].percentage == 50.0
    assert tracker.eta_s == 1.0 and tracker.overall_percentage == 47.5
    tracker.feed(SplitCompleteMessage(id=11, session_id="s", documents=[{}, {}], statistics={}))
    tracker.feed(StatusMessage(id=12, session_id="s", status="split"))
    assert tracker.done("split") and tracker.stages["splitting"].finished
    assert tracker.event_ids == [10, 11, 12] and len(tracker.documents) == 2


async def test_token_provider_refreshes_before_and_after_expiry(tmp_path: Path) -> None:
    import time

    import attrs

    server = await start_server(
        tmp_path / "data",
        require_websocket_auth=True,
        websocket_heartbeat_interval=0.1,
        websocket_client_timeout=1.0,
    )
    url = base_url(server)
    tokens = server.app[TOKENS]
    issued: list[str] = []

    def provider() -> str:
        issued.append(tokens.issue("alice", role="user", sid=sid, expires_s=3600))
        return issued[-1]

    try:
        async with DocsplitClient(url, token=admin_token(server)) as rest:
            sid = (await rest.upload(pdf_bytes(2)))["session_id"]
        async with WebSocketClient(url, sid, token_provider=provider, **FAST) as ws:  # type: ignore[arg-type]
            assert len(issued) == 1  # the first connect asked the provider
            (conn,) = server.app[REGISTRY].connections(sid)
            # Age the server's view of our token (white box): it asks for a fresh one.
            conn.principal = attrs.evolve(conn.principal, exp=time.time() + 0.15)
            success = await ws.wait_for("auth_success", timeout=5)
            assert len(issued) == 2 and success.type == "auth_success"
            # Now let it expire outright: the server closes 4401, we come back with a new one.
            conn.principal = attrs.evolve(conn.principal, exp=time.time() - 10)
            conn.refresh_requested = True  # no second warning: straight to expiry
            await until(lambda: ws.reconnects == 1 and ws.connected, timeout=5)
            assert len(issued) == 3
    finally:
        await server.close()

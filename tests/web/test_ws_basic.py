"""The WebSocket endpoint through the real app: connection message, events, dispatch, errors."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest
from wsutil import FakeAnalyser, closed_with, connect, new_session, publish, recv

from docsplit.protocol.messages import ConnectionMessage, decode_server
from docsplit.web.keys import REGISTRY


@pytest.fixture
async def app_client(make_client: Any) -> Any:
    return await make_client(analyser=FakeAnalyser())


async def test_connection_message_carries_snapshot_then_live_events(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid, client_id="tab-1")
    first = await recv(ws)
    message = decode_server(first)
    assert isinstance(message, ConnectionMessage)
    assert message.client_id == "tab-1" and message.session_id == sid
    assert message.snapshot["status"] == "ready" and message.snapshot["page_count"] == 2
    assert message.replayed == 0 and not message.replay_too_old
    assert "heartbeat" in message.features and message.heartbeat_interval > 0
    assert first["timestamp"].endswith("Z")

    event_id = publish(app_client, sid, "info", message="live", data={"n": 1})
    live = await recv(ws)
    assert live["type"] == "info" and live["id"] == event_id and live["message"] == "live"
    assert live["id"] > first["id"]
    await ws.close()


async def test_alias_route_and_generated_client_id(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid, path="/ws/")
    first = await recv(ws)
    assert first["type"] == "connection" and len(first["client_id"]) >= 16
    await ws.close()


async def test_client_heartbeat_gets_pong_and_unknown_or_bad_messages_get_errors(
    app_client: Any,
) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_json({"type": "heartbeat", "sequence": 7})
    assert (await recv(ws))["type"] == "pong"

    await ws.send_json({"type": "no_such_thing"})
    error = await recv(ws)
    assert error["type"] == "error" and error["code"] == "unknown_type"
    assert error["recoverable"] is True

    await ws.send_str("{not json")
    assert (await recv(ws))["code"] == "invalid_message"
    await ws.send_json({"type": "heartbeat", "sequence": "seven", "extra": 1})
    assert (await recv(ws))["code"] == "invalid_message"
    await ws.send_json(["a", "list"])
    assert (await recv(ws))["code"] == "invalid_message"
    await ws.send_bytes(b"\x00\x01")
    binary = await recv(ws)
    assert binary["code"] == "invalid_message" and "binary" in binary["message"]

    # ... and the connection is still open and answering.
    await ws.send_json({"type": "heartbeat", "sequence": 8})
    pong = await recv(ws)
    assert pong == {**pong, "type": "pong", "sequence": 8}
    await ws.close()


async def test_frame_over_64_kib_closes_with_1009(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_str(json.dumps({"type": "heartbeat", "pad": "x" * 70_000}))
    code, _ = await closed_with(ws)
    assert code == 1009


async def test_frame_of_64_kib_minus_a_bit_is_still_a_message(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_str(json.dumps({"type": "custom", "pad": "x" * 60_000}))
    assert (await recv(ws))["code"] == "unknown_type"
    await ws.close()


async def test_register_handler_for_a_custom_type(app_client: Any) -> None:
    registry = app_client.app[REGISTRY]
    calls: list[dict[str, Any]] = []

    async def echo(conn: Any, data: dict[str, Any]) -> None:
        calls.append(data)
        from docsplit.protocol.messages import InfoMessage

        conn.send_message(InfoMessage, message="echo", data={"got": data.get("value")})

    registry.register_handler("echo", echo)
    with pytest.raises(Exception, match="already registered"):
        registry.register_handler("echo", echo)
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_json({"type": "echo", "value": 42})
    reply = await recv(ws)
    assert reply["type"] == "info" and reply["data"] == {"got": 42}
    assert calls == [{"type": "echo", "value": 42}]
    await ws.close()


async def test_a_failing_handler_answers_internal_error_and_keeps_the_socket(
    app_client: Any,
) -> None:
    async def broken(conn: Any, data: dict[str, Any]) -> None:
        raise RuntimeError("bug")

    app_client.app[REGISTRY].register_handler("broken", broken)
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_json({"type": "broken"})
    assert (await recv(ws))["code"] == "internal_error"
    await ws.send_json({"type": "heartbeat"})
    assert (await recv(ws))["type"] == "pong"
    await ws.close()


async def test_unknown_session_closes_4404_and_malformed_id_too(app_client: Any) -> None:
    for sid in ("0" * 32, "not-a-session"):
        ws = await connect(app_client, sid)
        code, seen = await closed_with(ws)
        assert code == 4404
        assert seen[-1]["type"] == "auth_failure" and seen[-1]["close_code"] == 4404


async def test_bad_query_parameters_are_refused_before_the_upgrade(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    for params in ({"last_id": "abc"}, {"last_id": "-1"}, {"client_id": "bad id!"}):
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await connect(app_client, sid, **params)
        assert info.value.status == 400


async def test_deleting_the_session_closes_its_sockets_with_4404(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    resp = await app_client.delete(f"/api/sessions/{sid}")
    assert resp.status in (200, 204)
    code, seen = await closed_with(ws)
    assert code == 4404
    assert any(m["type"] == "status" and m["status"] == "deleted" for m in seen)


async def test_frames_of_every_length_class_arrive_intact(app_client: Any) -> None:
    """Event frames are built by hand (7-bit, 16-bit and 64-bit lengths): check each boundary."""
    from docsplit.web.registry import text_frame

    assert text_frame(b"x" * 125)[:2] == b"\x81\x7d"
    assert text_frame(b"x" * 126)[:4] == b"\x81\x7e\x00\x7e"
    assert text_frame(b"x" * 65536)[:10] == b"\x81\x7f" + (65536).to_bytes(8, "big")
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    sizes = [*range(0, 140, 3), *range(65_300, 65_600, 7), 300_000]
    for size in sizes:
        publish(app_client, sid, "info", message="x" * size, data={})
    for size in sizes:
        assert len((await recv(ws))["message"]) == size
    await ws.close()


async def test_a_handler_raising_a_docsplit_error_answers_with_its_code(app_client: Any) -> None:
    from docsplit.errors import Conflict

    async def busy(conn: Any, data: dict[str, Any]) -> None:
        raise Conflict("the job is running")

    app_client.app[REGISTRY].register_handler("busy", busy)
    sid, _ = await new_session(app_client)
    ws = await connect(app_client, sid)
    await recv(ws)
    await ws.send_json({"type": "busy"})
    error = await recv(ws)
    assert error["code"] == "conflict" and error["message"] == "the job is running"
    await ws.close()

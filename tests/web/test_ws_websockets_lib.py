"""The same endpoint seen by a client nobody here wrote: the third-party ``websockets`` library
(its defaults: permessage-deflate offered, protocol pings every 20 s, 1 MiB max frame)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from wsutil import FakeAnalyser, admin_headers, new_session, publish, ws_url

from docsplit.protocol.messages import ConnectionMessage, HeartbeatMessage, decode_server
from docsplit.web.keys import TOKENS


async def _next(ws: ClientConnection, skip: tuple[str, ...] = ("heartbeat",)) -> dict[str, Any]:
    while True:
        data: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if data["type"] not in skip:
            return data


async def _close_code(ws: ClientConnection) -> int | None:
    with pytest.raises(ConnectionClosed) as info:
        async with asyncio.timeout(5):
            while True:
                await ws.recv()
    return info.value.rcvd.code if info.value.rcvd else None


@pytest.fixture
async def app_client(make_client: Any) -> Any:
    # Fast heartbeats, but a client timeout roomy enough for a loaded test machine.
    return await make_client(
        analyser=FakeAnalyser(), websocket_heartbeat_interval=0.1, websocket_client_timeout=1.0
    )


async def test_connect_events_and_app_heartbeat(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    async with connect(ws_url(app_client, sid, client_id="wsl")) as ws:
        connection = decode_server(await _next(ws))
        assert isinstance(connection, ConnectionMessage) and connection.client_id == "wsl"
        beat = decode_server(await _next(ws, skip=()))
        assert isinstance(beat, HeartbeatMessage) and beat.sequence == 1
        await ws.send(json.dumps({"type": "pong", "sequence": beat.sequence}))
        event_id = publish(app_client, sid, "info", message="to a stranger", data={})
        got = await _next(ws)
        assert got["id"] == event_id and got["message"] == "to a stranger"
        await ws.send(json.dumps({"type": "heartbeat", "sequence": 99}))
        assert (await _next(ws))["sequence"] == 99


async def test_errors_keep_the_connection(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    async with connect(ws_url(app_client, sid)) as ws:
        await _next(ws)
        await ws.send("nonsense")
        assert (await _next(ws))["code"] == "invalid_message"
        await ws.send(b"\x01\x02")
        assert (await _next(ws))["code"] == "invalid_message"
        await ws.send(json.dumps({"type": "mystery"}))
        assert (await _next(ws))["code"] == "unknown_type"
        await ws.send(json.dumps({"type": "heartbeat"}))
        assert (await _next(ws))["type"] == "pong"


async def test_too_big_frame_and_silence(app_client: Any) -> None:
    sid, _ = await new_session(app_client)
    async with connect(ws_url(app_client, sid)) as ws:
        await _next(ws)
        await ws.send(json.dumps({"type": "heartbeat", "pad": "y" * 100_000}))
        assert await _close_code(ws) == 1009
    async with connect(ws_url(app_client, sid)) as ws:
        await _next(ws)
        assert await _close_code(ws) == 4408  # never answers the heartbeats


async def test_auth_codes(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), require_websocket_auth=True)
    tokens = client.app[TOKENS]
    user = tokens.issue("u1", role="user")
    sid, token = await new_session(client, headers={"Authorization": f"Bearer {user}"})
    other, _ = await new_session(client, headers={"Authorization": f"Bearer {user}"})
    async with connect(
        ws_url(client, sid), additional_headers={"Authorization": f"Bearer {token}"}
    ) as ws:
        assert (await _next(ws))["type"] == "auth_success"
        assert (await _next(ws))["type"] == "connection"
    for url, expected in (
        (ws_url(client, sid, token="x.y.z"), 4401),
        (ws_url(client, other, token=token), 4403),
        (ws_url(client, "a" * 32, token=token), 4404),
    ):
        async with connect(url) as ws:
            assert await _close_code(ws) == expected, url
    async with connect(ws_url(client, sid)) as ws:
        assert (await _next(ws))["type"] == "auth_request"
        await ws.send(json.dumps({"type": "auth_request", "token": token}))
        assert (await _next(ws))["type"] == "auth_success"


async def test_replay_limits_and_forced_disconnect(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), websocket_max_connections_per_session=1)
    sid, _ = await new_session(client)
    async with connect(ws_url(client, sid, client_id="one")) as ws:
        await _next(ws)
        first = publish(client, sid, "info", message="a", data={})
        assert (await _next(ws))["id"] == first
        async with connect(ws_url(client, sid, client_id="two")) as refused:
            error = await _next(refused)
            assert error["code"] == "too_many_connections"
            assert await _close_code(refused) == 4429
    publish(client, sid, "info", message="b", data={})
    async with connect(ws_url(client, sid, client_id="one", last_id=first)) as ws:
        connection = await _next(ws)
        assert connection["replayed"] == 1
        assert (await _next(ws))["message"] == "b"
        resp = await client.delete(
            f"/api/websocket/enhanced/disconnect/{sid}/one", headers=admin_headers(client)
        )
        assert resp.status == 200
        assert (await _next(ws))["type"] == "disconnection"
        assert await _close_code(ws) == 4000

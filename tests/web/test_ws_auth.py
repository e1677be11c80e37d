"""WebSocket auth: every way to send a token, every kind of bad token, refresh and expiry."""

from __future__ import annotations

import json
import time
from typing import Any

import attrs
import jwt
import pytest
from wsutil import FAST_HEARTBEAT, FakeAnalyser, admin_headers, closed_with, connect, recv

from docsplit.web.keys import REGISTRY, TOKENS

SECRET = "s" * 64


@pytest.fixture
async def secure(make_client: Any) -> Any:
    """Auth on, a known secret (to forge tokens), a short first-message auth timeout."""
    return await make_client(
        analyser=FakeAnalyser(),
        require_websocket_auth=True,
        secret_key=SECRET,
        websocket_auth_timeout=0.3,
    )


async def _session(client: Any, sub: str = "alice") -> tuple[str, str]:
    from wsutil import new_session

    user = client.app[TOKENS].issue(sub, role="user")
    return await new_session(client, headers={"Authorization": f"Bearer {user}"})


def _claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": "alice", "role": "user", "iat": now, "exp": now + 600, "jti": "x", **overrides}


async def test_token_in_query_header_or_first_message(secure: Any) -> None:
    sid, token = await _session(secure)

    ws = await connect(secure, sid, token=token)
    success = await recv(ws)
    assert success["type"] == "auth_success" and success["sub"] == "alice"
    connection = await recv(ws)
    assert connection["type"] == "connection" and connection["authenticated"] is True
    await ws.close()

    ws = await connect(secure, sid, headers=json.dumps({"Authorization": f"Bearer {token}"}))
    assert (await recv(ws))["type"] == "auth_success"
    assert (await recv(ws))["type"] == "connection"
    await ws.close()

    ws = await connect(secure, sid)
    ask = await recv(ws)
    assert ask["type"] == "auth_request" and ask["timeout_s"] == pytest.approx(0.3)
    await ws.send_json({"type": "auth_request", "token": token})
    assert (await recv(ws))["type"] == "auth_success"
    assert (await recv(ws))["type"] == "connection"
    await ws.close()


async def test_no_token_within_the_auth_timeout_closes_4401(secure: Any) -> None:
    sid, _ = await _session(secure)
    ws = await connect(secure, sid)
    code, seen = await closed_with(ws)
    assert code == 4401
    assert [m["type"] for m in seen] == ["auth_request", "auth_failure"]
    assert "auth_request" in seen[-1]["message"]


async def test_first_message_must_be_auth_request(secure: Any) -> None:
    sid, _ = await _session(secure)
    ws = await connect(secure, sid)
    await recv(ws)
    await ws.send_json({"type": "heartbeat"})
    code, seen = await closed_with(ws)
    assert code == 4401 and seen[-1]["type"] == "auth_failure"


@pytest.mark.parametrize(
    "kind",
    ["malformed", "expired", "forged", "alg_none", "wrong_alg", "missing_claims", "empty"],
)
async def test_bad_tokens_close_4401(secure: Any, kind: str) -> None:
    sid, _ = await _session(secure)
    tokens = {
        "malformed": "not.a.jwt",
        "expired": jwt.encode(_claims(exp=int(time.time()) - 3600), SECRET, algorithm="HS256"),
        "forged": jwt.encode(_claims(sid=sid), "another-secret-" * 4, algorithm="HS256"),
        "alg_none": jwt.encode(_claims(sid=sid), None, algorithm="none"),
        "wrong_alg": jwt.encode(_claims(sid=sid), SECRET, algorithm="HS512"),
        "missing_claims": jwt.encode({"sid": sid}, SECRET, algorithm="HS256"),
        "empty": "",
    }
    token = tokens[kind]
    # An empty query value means "no token": it is then asked for in a first message.
    ws = await connect(secure, sid, token=token or None)
    if not token:
        await recv(ws)
        await ws.send_json({"type": "auth_request", "token": ""})
    code, seen = await closed_with(ws)
    assert code == 4401, kind
    failure = seen[-1]
    assert failure["type"] == "auth_failure" and failure["code"] == "unauthorized"
    assert failure["close_code"] == 4401


async def test_token_of_another_session_closes_4403(secure: Any) -> None:
    sid_a, token_a = await _session(secure)
    sid_b, _ = await _session(secure, sub="bob")
    ws = await connect(secure, sid_b, token=token_a)
    code, seen = await closed_with(ws)
    assert code == 4403 and seen[-1]["code"] == "forbidden"
    # A user token without sid opens only its owner's sessions.
    alice = secure.app[TOKENS].issue("alice", role="user")
    ws = await connect(secure, sid_a, token=alice)
    assert (await recv(ws))["type"] == "auth_success"
    await ws.close()
    ws = await connect(secure, sid_b, token=alice)
    code, _ = await closed_with(ws)
    assert code == 4403


async def test_unknown_session_closes_4404_even_for_an_admin(secure: Any) -> None:
    admin = secure.app[TOKENS].issue("root", role="admin")
    ws = await connect(secure, "f" * 32, token=admin)
    code, seen = await closed_with(ws)
    assert code == 4404 and seen[-1]["code"] == "not_found"


async def test_bad_token_is_refused_even_with_auth_off(make_client: Any) -> None:
    client = await make_client(analyser=FakeAnalyser(), secret_key=SECRET)
    from wsutil import new_session

    sid, _ = await new_session(client)
    ws = await connect(client, sid, token="garbage")
    code, _ = await closed_with(ws)
    assert code == 4401
    ws = await connect(client, sid)  # no token at all: fine in development mode
    connection = await recv(ws)
    assert connection["type"] == "connection" and connection["authenticated"] is False
    await ws.close()


async def test_refresh_on_an_open_socket_and_bad_refresh_closes(secure: Any) -> None:
    sid, token = await _session(secure)
    ws = await connect(secure, sid, token=token)
    await recv(ws)
    await recv(ws)
    fresh = secure.app[TOKENS].issue("alice", role="user", sid=sid, expires_s=7200)
    await ws.send_json({"type": "auth_request", "token": fresh})
    assert (await recv(ws))["type"] == "auth_success"
    await ws.send_json({"type": "auth_request", "token": "forged.token.here"})
    code, seen = await closed_with(ws)
    assert code == 4401 and seen[-1]["type"] == "auth_failure"


async def test_expired_token_on_a_long_lived_socket(make_client: Any) -> None:
    client = await make_client(
        analyser=FakeAnalyser(), require_websocket_auth=True, secret_key=SECRET, **FAST_HEARTBEAT
    )
    sid, token = await _session(client)
    ws = await connect(client, sid, token=token)
    await recv(ws)
    await recv(ws)
    # Age the connection's token instead of waiting for the clock (white box, on purpose).
    (conn,) = client.app[REGISTRY].connections(sid)
    conn.principal = attrs.evolve(conn.principal, exp=time.time() + 0.1)
    ask = await recv(ws)
    assert ask["type"] == "auth_request"  # asked to refresh before it expires
    conn.principal = attrs.evolve(conn.principal, exp=time.time() - 3600)
    code, seen = await closed_with(ws)
    assert code == 4401 and seen[-1]["type"] == "auth_failure"


async def test_admin_endpoints_need_an_admin_token(secure: Any) -> None:
    resp = await secure.get("/api/websocket/enhanced/stats")
    assert resp.status == 401
    user = secure.app[TOKENS].issue("alice", role="user")
    resp = await secure.get(
        "/api/websocket/enhanced/stats", headers={"Authorization": f"Bearer {user}"}
    )
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "forbidden"
    resp = await secure.get("/api/websocket/enhanced/stats", headers=admin_headers(secure))
    assert resp.status == 200


async def test_ids_never_go_backwards_from_auth_success_to_connection(secure: Any) -> None:
    sid, token = await _session(secure)
    ws = await connect(secure, sid, token=token, last_id=10_000)  # an id from the future
    success, connection = await recv(ws), await recv(ws)
    assert success["type"] == "auth_success" and success["id"] == 0
    assert connection["replay_too_old"] is True and connection["id"] >= success["id"]
    await ws.close()

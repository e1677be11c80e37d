"""Who gets in where, over HTTP, with require_websocket_auth on."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jwt
import pytest

from conftest import pdf_bytes, upload
from docsplit.web.keys import SETTINGS, TOKENS


def _h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def secured(make_client: Any) -> Any:
    return await make_client(require_websocket_auth=True)


async def test_upload_needs_a_token_and_records_the_owner(secured: Any) -> None:
    resp = await upload(secured, pdf_bytes(2))
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "unauthorized"

    alice = secured.server.app[TOKENS].issue(sub="alice")
    resp = await upload(secured, pdf_bytes(2), headers=_h(alice))
    assert resp.status == 201
    body = await resp.json()
    assert body["owner"] == "alice"
    sid, session_token = body["session_id"], body["token"]
    assert jwt.decode(session_token, options={"verify_signature": False})["sid"] == sid

    for token in (alice, session_token):
        assert (await secured.get(f"/api/sessions/{sid}", headers=_h(token))).status == 200
    assert (await secured.get(f"/api/sessions/{sid}")).status == 401


async def test_tokens_open_only_their_sessions(secured: Any) -> None:
    tokens = secured.server.app[TOKENS]
    alice, bob = tokens.issue(sub="alice"), tokens.issue(sub="bob")
    admin = tokens.issue(sub="root", role="admin")
    first = await (await upload(secured, pdf_bytes(1), headers=_h(alice))).json()
    second = await (await upload(secured, pdf_bytes(1), headers=_h(alice))).json()
    sid = first["session_id"]

    resp = await secured.get(f"/api/sessions/{sid}", headers=_h(bob))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "forbidden"
    resp = await secured.delete(f"/api/sessions/{sid}", headers=_h(second["token"]))
    assert resp.status == 403
    # Another session's token cannot have this one analysed again, nor can nobody.
    path = f"/api/sessions/{sid}/analyse"
    resp = await secured.post(path, json={"duplex": True}, headers=_h(second["token"]))
    assert resp.status == 403
    assert (await secured.post(path, json={"duplex": True})).status == 401
    assert (await secured.get(f"/api/sessions/{sid}", headers=_h(admin))).status == 200

    listed = await (await secured.get("/api/sessions", headers=_h(bob))).json()
    assert listed["sessions"] == []
    listed = await (await secured.get("/api/sessions", headers=_h(alice))).json()
    assert {s["session_id"] for s in listed["sessions"]} == {sid, second["session_id"]}
    listed = await (await secured.get("/api/sessions", headers=_h(first["token"]))).json()
    assert [s["session_id"] for s in listed["sessions"]] == [sid]


def _forge_none(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        raw = json.dumps(data).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


async def test_bad_tokens_are_401(secured: Any) -> None:
    now = int(time.time())
    claims = {"sub": "mallory", "role": "admin", "iat": now, "exp": now + 600}
    bad = {
        "malformed": "not.a.jwt",
        "forged": jwt.encode(claims, "another-secret-of-sufficient-length!!", algorithm="HS256"),
        "alg-none": _forge_none(claims),
    }
    secret = (secured.server.app[SETTINGS].data_dir / "secret.key").read_text().strip()
    bad["expired"] = jwt.encode({**claims, "exp": now - 60}, secret, algorithm="HS256")
    for name, token in bad.items():
        resp = await secured.get("/api/sessions", headers=_h(token))
        assert resp.status == 401, name
        assert (await resp.json())["error"]["code"] == "unauthorized", name


async def test_issuing_tokens_needs_admin(secured: Any) -> None:
    tokens = secured.server.app[TOKENS]
    user, admin = tokens.issue(sub="u"), tokens.issue(sub="a", role="admin")
    assert (await secured.post("/api/auth/token", json={"sub": "x"})).status == 401
    assert (
        await secured.post("/api/auth/token", json={"sub": "x"}, headers=_h(user))
    ).status == 403
    resp = await secured.post(
        "/api/auth/token", json={"sub": "carol", "role": "user", "expires_s": 60}, headers=_h(admin)
    )
    assert resp.status == 200
    issued = (await resp.json())["token"]
    assert (await secured.get("/api/sessions", headers=_h(issued))).status == 200
    resp = await secured.post("/api/auth/token", json={"role": "god"}, headers=_h(admin))
    assert resp.status == 400


async def test_cli_token_is_accepted_by_the_server(secured: Any, tmp_path: Path) -> None:
    data_dir = secured.server.app[SETTINGS].data_dir
    out = subprocess.run(
        [sys.executable, "-m", "docsplit", "token", "--role", "admin", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    token = out.stdout.strip()
    assert (await secured.get("/api/sessions", headers=_h(token))).status == 200
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "docsplit",
            "token",
            "--session",
            "../etc",
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "not_found" in bad.stderr


async def test_secret_file_is_private(secured: Any, tmp_path: Path) -> None:
    secret = tmp_path / "data" / "secret.key"
    assert secret.stat().st_mode & 0o777 == 0o600

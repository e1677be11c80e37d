"""The dashboard's pages and static files, rendered through the real app."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from PIL import Image

from conftest import ClientFactory, pdf_bytes, upload, wait_status
from docsplit.web.keys import TOKENS


def _embedded(html: str, element_id: str) -> Any:
    pattern = rf'<script type="application/json" id="{element_id}">(.*?)</script>'
    match = re.search(pattern, html, re.S)
    assert match, f"no #{element_id} in the page"
    return json.loads(match.group(1))


async def test_index_lists_sessions_and_has_the_upload_form(make_client: ClientFactory) -> None:
    client = await make_client()
    resp = await client.get("/")
    assert resp.status == 200
    assert resp.content_type == "text/html"
    html = await resp.text()
    assert 'id="file-input"' in html and 'id="upload-button"' in html
    assert "No sessions yet" in html
    assert _embedded(html, "dashboard-config")["require_auth"] is False

    created = await (await upload(client, pdf_bytes(2), filename="batch <1>.pdf")).json()
    html = await (await client.get("/")).text()
    assert f'href="/sessions/{created["session_id"]}"' in html
    # File names are user input: escaped, never markup.
    assert "batch &lt;1&gt;.pdf" in html and "batch <1>" not in html


async def test_session_page_renders_the_snapshot(make_client: ClientFactory) -> None:
    client = await make_client()
    created = await (await upload(client, pdf_bytes(3), filename="scan.pdf")).json()
    sid = created["session_id"]
    await wait_status(client, sid, ["ready"])
    resp = await client.get(f"/sessions/{sid}")
    assert resp.status == 200
    html = await resp.text()
    snapshot = _embedded(html, "initial-session")
    assert snapshot["session_id"] == sid and snapshot["page_count"] == 3
    assert snapshot["boundaries"]["starts"][0] == 1
    assert '<h1 id="session-filename">scan.pdf</h1>' in html
    for element in ("page-grid", "split-button", "save-button", "overall-bar", "delete-button"):
        assert f'id="{element}"' in html


async def test_embedded_state_cannot_close_its_script_element(make_client: ClientFactory) -> None:
    client = await make_client()
    name = "</script><script>alert(1)</script>.pdf"
    created = await (await upload(client, pdf_bytes(1), filename=name)).json()
    html = await (await client.get(f"/sessions/{created['session_id']}")).text()
    assert "<script>alert(1)" not in html
    assert _embedded(html, "initial-session")["filename"] == created["filename"]


async def test_unknown_and_malformed_sessions_get_the_404_page(make_client: ClientFactory) -> None:
    client = await make_client()
    for path in ("/sessions/" + "0" * 32, "/sessions/not-an-id", "/sessions/..%2F..%2Fetc"):
        resp = await client.get(path)
        assert resp.status == 404, path
        assert resp.content_type == "text/html"
        assert "Session not found" in await resp.text()


async def test_static_files_and_the_shared_client(make_client: ClientFactory) -> None:
    client = await make_client()
    for name, kind in (
        ("dashboard.js", "text/javascript"),
        ("dashboard.css", "text/css"),
        ("docsplit-client.js", "text/javascript"),
    ):
        resp = await client.get(f"/static/{name}")
        assert resp.status == 200, name
        assert resp.content_type == kind
        assert resp.headers["Cache-Control"] == "no-cache"
    # The dashboard imports the very module the examples ship (one source of truth).
    served = await (await client.get("/static/docsplit-client.js")).text()
    root = Path(__file__).resolve().parents[2]
    assert served == (root / "examples" / "js" / "docsplit-client.js").read_text()
    assert './docsplit-client.js"' in await (await client.get("/static/dashboard.js")).text()
    for bad in ("/static/nope.js", "/static/..%2Fdashboard.py", "/static/dashboard.py"):
        assert (await client.get(bad)).status == 404, bad


async def test_pages_with_auth_on_carry_no_session_data(make_client: ClientFactory) -> None:
    client = await make_client(require_websocket_auth=True)
    token = client.app[TOKENS].issue(sub="alice", role="user")
    headers = {"Authorization": f"Bearer {token}"}
    created = await (await upload(client, pdf_bytes(2), headers=headers)).json()
    html = await (await client.get("/")).text()
    assert created["session_id"] not in html
    assert 'id="token-input"' in html
    resp = await client.get(f"/sessions/{created['session_id']}")
    assert resp.status == 200
    assert _embedded(await resp.text(), "initial-session") is None
    assert (await client.get("/sessions/" + "f" * 32)).status == 404


async def test_page_images(make_client: ClientFactory) -> None:
    client = await make_client()
    created = await (await upload(client, pdf_bytes(2))).json()
    sid = created["session_id"]
    resp = await client.get(f"/sessions/{sid}/pages/2.jpg")
    assert resp.status == 200
    assert resp.content_type == "image/jpeg"
    assert "immutable" in resp.headers["Cache-Control"]
    image = Image.open(io.BytesIO(await resp.read()))
    assert image.format == "JPEG" and 100 <= image.width <= 200 and image.height > image.width
    for bad in (f"/sessions/{sid}/pages/0.jpg", f"/sessions/{sid}/pages/3.jpg"):
        resp = await client.get(bad)
        assert resp.status == 404, bad
        assert (await resp.json())["error"]["code"] == "not_found"
    assert (await client.get(f"/sessions/{'0' * 32}/pages/1.jpg")).status == 404


async def test_page_images_follow_the_session_access_rules(make_client: ClientFactory) -> None:
    client = await make_client(require_websocket_auth=True)
    tokens = client.app[TOKENS]
    alice = {"Authorization": f"Bearer {tokens.issue(sub='alice', role='user')}"}
    bob = {"Authorization": f"Bearer {tokens.issue(sub='bob', role='user')}"}
    sid = (await (await upload(client, pdf_bytes(1), headers=alice)).json())["session_id"]
    url = f"/sessions/{sid}/pages/1.jpg"
    assert (await client.get(url)).status == 401
    assert (await client.get(url, headers=bob)).status == 403
    assert (await client.get(url, headers=alice)).status == 200

"""The HTTP API through the real app: happy path, every bad input, deletion, concurrency."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from typing import Any

import aiohttp
import pikepdf
import pytest

from conftest import pdf_bytes, upload, wait_status


async def test_healthz(client: Any) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    body = await resp.json()
    assert body["status"] == "ok" and body["schema_version"] >= 1


async def test_happy_path_upload_boundaries_split_download(client: Any) -> None:
    resp = await upload(client, pdf_bytes(9), filename="Scanner batch.pdf")
    assert resp.status == 201, await resp.text()
    created = await resp.json()
    sid = created["session_id"]
    assert created["links"]["self"] == f"/api/sessions/{sid}"
    assert created["token"]
    body = await wait_status(client, sid, ["ready"])
    assert body["page_count"] == 9

    resp = await client.put(
        f"/api/sessions/{sid}/boundaries",
        json={"starts": [1, 4, 9], "titles": ["Invoice 42", None, "Letter/to:Bob"]},
    )
    assert resp.status == 200, await resp.text()
    bounds = await (await client.get(f"/api/sessions/{sid}/boundaries")).json()
    assert bounds["starts"] == [1, 4, 9] and bounds["source"] == "user"

    resp = await client.post(f"/api/sessions/{sid}/split")
    assert resp.status == 202
    await wait_status(client, sid, ["split"])

    docs = await (await client.get(f"/api/sessions/{sid}/documents")).json()
    assert [(d["start_page"], d["end_page"], d["page_count"]) for d in docs] == [
        (1, 3, 3),
        (4, 8, 5),
        (9, 9, 1),
    ]
    assert [d["filename"] for d in docs] == [
        "Invoice 42.pdf",
        "Scanner batch_02.pdf",
        "Letter_to_Bob.pdf",
    ]
    for doc in docs:
        resp = await client.get(doc["url"])
        assert resp.status == 200
        assert resp.headers["Content-Type"] == "application/pdf"
        assert f'filename="{doc["filename"]}"' in resp.headers["Content-Disposition"]
        data = await resp.read()
        assert len(data) == doc["size_bytes"]
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert len(pdf.pages) == doc["page_count"]

    resp = await client.get(f"/api/sessions/{sid}/download")
    assert resp.status == 200
    with zipfile.ZipFile(io.BytesIO(await resp.read())) as archive:
        assert sorted(archive.namelist()) == sorted(d["filename"] for d in docs)
        with pikepdf.open(io.BytesIO(archive.read("Scanner batch_02.pdf"))) as pdf:
            assert len(pdf.pages) == 5


async def test_list_sessions_newest_first_and_paginated(client: Any) -> None:
    ids = []
    for _ in range(3):
        resp = await upload(client, pdf_bytes(1))
        ids.append((await resp.json())["session_id"])
    body = await (await client.get("/api/sessions?limit=2")).json()
    assert body["total"] == 3
    assert [s["session_id"] for s in body["sessions"]] == ids[::-1][:2]
    body = await (await client.get("/api/sessions?limit=2&offset=2")).json()
    assert [s["session_id"] for s in body["sessions"]] == [ids[0]]
    resp = await client.get("/api/sessions?limit=abc")
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == "invalid_request"


async def _error(resp: aiohttp.ClientResponse, status: int, code: str) -> str:
    assert resp.status == status, await resp.text()
    body = await resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


def _encrypted_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes(2))) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="secret"))
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (b"", 400, "empty_upload"),
        (b"hello, I am not a PDF at all" * 10, 422, "invalid_pdf"),
        (pdf_bytes(5)[:700], 422, "invalid_pdf"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 500, 422, "invalid_pdf"),
        (_encrypted_pdf(), 422, "encrypted_pdf"),
    ],
    ids=["empty", "not-a-pdf", "truncated", "corrupt", "encrypted"],
)
async def test_bad_uploads_are_refused_and_leave_nothing(
    client: Any, settings: Any, data: bytes, status: int, code: str
) -> None:
    await _error(await upload(client, data), status, code)
    from docsplit.web.keys import STORAGE

    storage = client.server.app[STORAGE]
    assert list(storage.tmp_dir.iterdir()) == []
    assert list(storage.sessions_dir.iterdir()) == []
    # The server answers the next request normally.
    resp = await upload(client, pdf_bytes(1))
    assert resp.status == 201


async def test_too_many_pages_and_too_large(make_client: Any) -> None:
    client = await make_client(max_pages=3, max_upload_mb=0.01)
    await _error(await upload(client, pdf_bytes(4)), 422, "too_many_pages")
    big = pdf_bytes(1) + b"%" + b"x" * 20_000
    await _error(await upload(client, big), 413, "too_large")
    assert (await upload(client, pdf_bytes(2))).status == 201


async def test_wrong_request_shapes(client: Any) -> None:
    await _error(await client.post("/api/sessions", data=b"raw"), 415, "unsupported_media_type")
    form = aiohttp.FormData()
    form.add_field("other", b"x", filename="x.pdf")
    await _error(await client.post("/api/sessions", data=form), 400, "invalid_request")
    await _error(
        await upload(client, pdf_bytes(1), options={"ocr": "sometimes"}), 422, "invalid_options"
    )
    await _error(await upload(client, pdf_bytes(1), options={"nope": 1}), 422, "invalid_options")
    await _error(await client.get("/api/nothing-here"), 404, "not_found")
    await _error(await client.patch("/api/sessions"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    "path",
    [
        "/api/sessions/00000000000000000000000000000000",
        "/api/sessions/not-an-id",
        "/api/sessions/..%2F..%2Fetc%2Fpasswd",
        "/api/sessions/%2e%2e/boundaries",
        "/api/sessions/00000000000000000000000000000000/documents/1",
        "/api/sessions/00000000000000000000000000000000/download",
    ],
)
async def test_unknown_or_malformed_ids_are_404(client: Any, path: str) -> None:
    await _error(await client.get(path), 404, "not_found")


async def test_invalid_boundaries_say_what_is_wrong(client: Any) -> None:
    sid = (await (await upload(client, pdf_bytes(6))).json())["session_id"]
    await wait_status(client, sid, ["ready"])
    cases = [
        ({"starts": [1, 4, 3]}, "sorted"),
        ({"starts": [1, 4, 4]}, "twice"),
        ({"starts": [2, 4]}, "page 1"),
        ({"starts": [1, 7]}, "past the last page"),
        ({"starts": []}, "at least one"),
        ({"starts": [1, "x"]}, "whole page numbers"),
        ({"starts": [1, 3], "titles": ["a"]}, "titles"),
        ({"pages": [1]}, "starts"),
    ]
    for body, words in cases:
        message = await _error(
            await client.put(f"/api/sessions/{sid}/boundaries", json=body),
            422,
            "invalid_boundaries",
        )
        assert words in message, (body, message)
    resp = await client.put(
        f"/api/sessions/{sid}/boundaries",
        data=b"{nope",
        headers={"Content-Type": "application/json"},
    )
    await _error(resp, 400, "invalid_request")


async def test_document_and_download_before_split(client: Any) -> None:
    sid = (await (await upload(client, pdf_bytes(2))).json())["session_id"]
    await wait_status(client, sid, ["ready"])
    await _error(await client.get(f"/api/sessions/{sid}/documents/1"), 404, "not_found")
    await _error(await client.get(f"/api/sessions/{sid}/documents/abc"), 404, "not_found")
    await _error(await client.get(f"/api/sessions/{sid}/download"), 409, "conflict")
    assert await (await client.get(f"/api/sessions/{sid}/documents")).json() == []


async def test_several_uploads_at_once(client: Any) -> None:
    responses = await asyncio.gather(*(upload(client, pdf_bytes(3 + i)) for i in range(6)))
    assert [r.status for r in responses] == [201] * 6
    ids = [(await r.json())["session_id"] for r in responses]
    assert len(set(ids)) == 6
    for i, sid in enumerate(ids):
        body = await wait_status(client, sid, ["ready"])
        assert body["page_count"] == 3 + i


async def test_delete_removes_files_and_row(client: Any) -> None:
    from docsplit.web.keys import STORAGE

    sid = (await (await upload(client, pdf_bytes(4))).json())["session_id"]
    await wait_status(client, sid, ["ready"])
    await client.post(f"/api/sessions/{sid}/split")
    await wait_status(client, sid, ["split"])
    storage = client.server.app[STORAGE]
    assert storage.session_dir(sid).exists()
    resp = await client.delete(f"/api/sessions/{sid}")
    assert resp.status == 200 and (await resp.json())["deleted"] is True
    assert not storage.session_dir(sid).exists()
    await _error(await client.get(f"/api/sessions/{sid}"), 404, "not_found")
    await _error(await client.delete(f"/api/sessions/{sid}"), 404, "not_found")


async def test_split_conflicts_while_processing_or_unsplit(client: Any) -> None:
    sid = (await (await upload(client, pdf_bytes(2))).json())["session_id"]
    await wait_status(client, sid, ["ready"])
    resp = await client.post(f"/api/sessions/{sid}/retry")
    await _error(resp, 409, "conflict")


async def test_options_are_kept(client: Any) -> None:
    resp = await upload(client, pdf_bytes(2), options={"ocr": "never", "strategy": "manual"})
    assert resp.status == 201
    sid = (await resp.json())["session_id"]
    from docsplit.web.keys import STORAGE

    session = client.server.app[STORAGE].get_session(sid)
    assert session.options.ocr.value == "never" and session.options.strategy.value == "manual"
    assert json.loads(json.dumps(await (await client.get(f"/api/sessions/{sid}")).json()))

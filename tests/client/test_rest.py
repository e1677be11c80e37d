"""DocsplitClient against the real server: the whole workflow, every error class, tokens."""

from __future__ import annotations

import asyncio
import io
import socket
import zipfile
from pathlib import Path

import pikepdf
import pytest
from client_support import (
    FailingAnalyser,
    StepAnalyser,
    admin_token,
    base_url,
    page_count,
    start_server,
)

from conftest import pdf_bytes
from docsplit import errors as server_errors
from docsplit.client import (
    ERROR_CLASSES,
    ApiError,
    CannotConnect,
    Conflict,
    DocsplitClient,
    EmptyUpload,
    EncryptedPdf,
    Forbidden,
    InvalidBoundaries,
    InvalidOptions,
    InvalidPdf,
    InvalidRequest,
    MethodNotAllowed,
    NotFound,
    PdfError,
    ProcessingFailed,
    SyncDocsplitClient,
    TooLarge,
    TooManyPages,
    Unauthorized,
    UnsupportedMediaType,
    WaitTimeout,
)
from docsplit.client.errors import error_from_body, error_from_close
from docsplit.web.keys import TOKENS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_upload_boundaries_split_download(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    source = tmp_path / "Scanner batch.pdf"
    source.write_bytes(pdf_bytes(7))
    try:
        async with DocsplitClient(base_url(server)) as client:
            assert (await client.health())["status"] == "ok"
            created = await client.upload(source)  # a path: streamed from disk
            sid = created["session_id"]
            assert created["token"] and client.token_for(sid) == created["token"]
            ready = await client.wait(sid, "boundaries", timeout=20)
            assert ready["status"] == "ready" and ready["page_count"] == 7

            await client.set_boundaries(sid, [1, 3, 6], titles=["Invoice 7", None, "Letter"])
            bounds = await client.get_boundaries(sid)
            assert bounds["starts"] == [1, 3, 6] and bounds["source"] == "user"
            assert (await client.split(sid))["status"] in ("queued", "splitting")
            done = await client.wait(sid, "split", timeout=20)
            assert done["status"] == "split"

            docs = await client.documents(sid)
            assert [d["page_count"] for d in docs] == [2, 3, 2]
            paths = await client.download(sid, tmp_path / "out")
            assert [p.name for p in paths] == [d["filename"] for d in docs]
            assert [page_count(p) for p in paths] == [2, 3, 2]
            assert paths[0].name == "Invoice 7.pdf"
            # Atomic writes: nothing but the finished PDFs in the directory.
            assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
                p.name for p in paths
            )

            archive = await client.download_zip(sid, tmp_path)
            assert archive.parent == tmp_path and archive.suffix == ".zip"
            with zipfile.ZipFile(archive) as zf:
                assert sorted(zf.namelist()) == sorted(d["filename"] for d in docs)
                with pikepdf.open(io.BytesIO(zf.read(docs[1]["filename"]))) as pdf:
                    assert len(pdf.pages) == 3

            listed = await client.list_sessions()
            assert listed["total"] == 1 and listed["sessions"][0]["session_id"] == sid
            assert [s["session_id"] async for s in client.iter_sessions(page_size=1)] == [sid]

            await client.delete(sid)
            with pytest.raises(NotFound) as info:
                await client.get_session(sid)
            assert info.value.status == 404 and info.value.error_code == "not_found"
    finally:
        await server.close()


async def test_options_travel_with_the_upload(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    try:
        async with DocsplitClient(base_url(server)) as client:
            created = await client.upload(
                pdf_bytes(6), filename="six.pdf", strategy="every_n", every_n=2, ocr="never"
            )
            body = await client.wait(created["session_id"], timeout=20)
            assert body["filename"] == "six.pdf"
            assert body["boundaries"]["starts"] == [1, 3, 5]
            # Analysed again with other options: the same session, a new proposal.
            await client.reanalyse(created["session_id"], every_n=3)
            body = await client.wait(created["session_id"], timeout=20)
            assert body["boundaries"]["starts"] == [1, 4]
    finally:
        await server.close()


async def test_every_error_class_from_a_real_answer(tmp_path: Path) -> None:
    step = StepAnalyser(pages=2)
    server = await start_server(tmp_path / "data", analyser=step, max_pages=5, max_upload_mb=0.05)
    encrypted = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes(2))) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(owner="o", user="secret"))
    try:
        async with DocsplitClient(base_url(server)) as client:
            cases = [
                (InvalidPdf, client.upload(b"hello, not a pdf")),
                (EncryptedPdf, client.upload(encrypted.getvalue())),
                (TooManyPages, client.upload(pdf_bytes(6))),
                (TooLarge, client.upload(b"%PDF-1.4\n" + b"0" * 60_000)),
                (EmptyUpload, client.upload(b"")),
                (InvalidOptions, client.upload(pdf_bytes(2), dpi=5)),
                (NotFound, client.get_session("0" * 32)),
                (NotFound, client.get_session("../etc/passwd")),
                (Unauthorized, client.issue_token("bob")),
                (UnsupportedMediaType, client._request("POST", "/api/sessions", json_body={})),
                (MethodNotAllowed, client._request("PATCH", "/api/sessions")),
            ]
            for expected, call in cases:
                with pytest.raises(expected) as info:
                    await call
                err = info.value
                assert err.error_code == expected.code and err.message and err.status
            # The 422 family shares a base class.
            with pytest.raises(PdfError):
                await client.upload(b"%PDF-1.4 truncated")

            sid = (await client.upload(pdf_bytes(2)))["session_id"]
            assert step.reached[1].wait(5)
            with pytest.raises(Conflict):  # still processing
                await client.split(sid)
            with pytest.raises(WaitTimeout):
                await client.wait(sid, timeout=0.2)
            step.step(2)
            await client.wait(sid, timeout=20)
            with pytest.raises(InvalidBoundaries) as bad:
                await client.set_boundaries(sid, [2])
            assert "page 1" in bad.value.message
            with pytest.raises(Conflict):  # not split yet
                await client.download_zip(sid, tmp_path)
            with pytest.raises(Conflict):
                await client.download(sid, tmp_path / "none")

        user = server.app[TOKENS].issue("u", role="user")
        async with DocsplitClient(base_url(server), token=user) as client:
            with pytest.raises(Forbidden):
                await client.issue_token("bob")
        async with DocsplitClient(base_url(server), token=admin_token(server)) as client:
            with pytest.raises(InvalidRequest):
                await client.issue_token("")
        async with DocsplitClient(base_url(server), token="not.a.jwt") as client:
            with pytest.raises(Unauthorized):  # a forged token is refused everywhere
                await client.list_sessions()
    finally:
        await server.close()


async def test_processing_failure_raises_processing_failed(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data", analyser=FailingAnalyser())
    try:
        async with DocsplitClient(base_url(server)) as client:
            sid = (await client.upload(pdf_bytes(2)))["session_id"]
            with pytest.raises(ProcessingFailed) as info:
                await client.wait(sid, timeout=20)
            assert info.value.error_code == "internal_error"
            assert info.value.session["status"] == "failed"
    finally:
        await server.close()


async def test_refused_port_is_cannot_connect() -> None:
    async with DocsplitClient(f"http://127.0.0.1:{free_port()}") as client:
        with pytest.raises(CannotConnect) as info:
            await client.health()
    assert info.value.error_code == "cannot_connect"


async def test_auth_required_server_with_tokens(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data", require_websocket_auth=True)
    url = base_url(server)
    try:
        async with DocsplitClient(url) as anonymous:
            with pytest.raises(Unauthorized):
                await anonymous.list_sessions()
        async with DocsplitClient(url, token=admin_token(server)) as admin:
            alice = await admin.issue_token("alice", role="user")
        async with DocsplitClient(url, token=alice) as client:
            created = await client.upload(pdf_bytes(3))
            sid = created["session_id"]
            await client.wait(sid, timeout=20)
            assert (await client.list_sessions())["total"] == 1
        # The upload's session token opens that session, and only that one.
        async with DocsplitClient(url, token=created["token"]) as scoped:
            assert (await scoped.get_session(sid))["owner"] == "alice"
            async with scoped.websocket(sid) as ws:
                assert ws.connection is not None and ws.connection.authenticated
    finally:
        await server.close()


def test_error_table_covers_every_server_code() -> None:
    # duplicate_handler is a server start-up bug (a handler registered twice), never sent.
    codes = {cls.code for cls in server_errors.all_error_classes()} - {"duplicate_handler"}
    assert codes <= set(ERROR_CLASSES)
    for code, cls in ERROR_CLASSES.items():
        assert cls.code == code and issubclass(cls, ApiError)
    unknown = error_from_body(418, {"error": {"code": "teapot", "message": "short and stout"}})
    assert type(unknown) is ApiError and unknown.error_code == "teapot"
    assert isinstance(error_from_body(404, "<html>proxy</html>"), NotFound)
    assert isinstance(error_from_close(4403), Forbidden)


async def test_sync_client_runs_the_workflow(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")

    def workflow() -> list[int]:
        with SyncDocsplitClient(base_url(server)) as client:
            sid = client.upload(pdf_bytes(4), filename="four.pdf")["session_id"]
            client.wait(sid, timeout=20)
            client.set_boundaries(sid, [1, 2])
            client.split(sid)
            client.wait(sid, "split", timeout=20)
            tracker = client.track(sid, until="split", last_id=0, timeout=10)
            assert tracker.split_complete is not None
            paths = client.download(sid, tmp_path / "sync")
            with pytest.raises(NotFound):
                client.get_session("f" * 32)
            return [page_count(p) for p in paths]

    try:
        assert await asyncio.to_thread(workflow) == [1, 3]
    finally:
        await server.close()

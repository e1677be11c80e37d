"""``docsplit split | watch | sessions``: exit codes, files written, in-process and --server."""

from __future__ import annotations

import asyncio
import io
import socket
from pathlib import Path

import pytest
from client_support import FailingAnalyser, base_url, page_count, start_server

from conftest import DUPLEX_TEXTS, NEARLY_SPLIT_TEXTS, pdf_bytes
from docsplit.cli import main
from docsplit.client import DocsplitClient
from docsplit.client.cli import ProgressDisplay

TEXTS = ["INVOICE 1\nACME Ltd", "page 2", "page 3", "INVOICE 2\nFoo Corp", "page 2"]


@pytest.fixture
def stream(tmp_path: Path) -> Path:
    path = tmp_path / "batch.pdf"
    path.write_bytes(pdf_bytes(5, texts=TEXTS))
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_split_in_process_writes_the_documents(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")  # the user's files are never touched
    assert main(["split", str(stream), "-o", str(out), "--ocr", "never"]) == 0
    text = capsys.readouterr().out
    assert "Proposed documents: 2" in text and "confidence" in text and "reasons:" in text
    pdfs = sorted(out.glob("*.pdf"))
    assert [page_count(p) for p in pdfs] == [3, 2]
    assert (out / "keep.txt").read_text() == "mine"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_split_lists_the_possible_starts_to_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(pdf_bytes(2, texts=NEARLY_SPLIT_TEXTS))
    assert main(["split", str(notes), "-o", str(tmp_path / "out"), "--ocr", "never"]) == 0
    text = capsys.readouterr().out
    assert "Proposed documents: 1" in text
    assert "possible starts to check: 2 (" in text


def test_split_in_process_duplex_leaves_the_blank_backs_out(tmp_path: Path) -> None:
    scan = tmp_path / "duplex.pdf"
    scan.write_bytes(pdf_bytes(12, texts=DUPLEX_TEXTS))
    out = tmp_path / "out"
    assert main(["split", str(scan), "-o", str(out), "--ocr", "never", "--duplex"]) == 0
    assert [page_count(p) for p in sorted(out.glob("*.pdf"))] == [2, 2, 1]


def test_split_in_process_advises_duplex_for_blank_backs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "duplex.pdf"
    scan.write_bytes(pdf_bytes(12, texts=DUPLEX_TEXTS))
    assert main(["split", str(scan), "-o", str(tmp_path / "out"), "--ocr", "never"]) == 0
    text = capsys.readouterr().out
    assert "Proposed documents: 5" in text
    assert "note: 5 of 6 sheets have a blank back" in text and "duplex option" in text


def test_split_in_process_review_edit_and_decline(
    stream: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Edit: a bad list is explained and asked again, then accepted.
    monkeypatch.setattr("sys.stdin", io.StringIO("e\n1 9\n1 2 5\ny\n"))
    out = tmp_path / "edited"
    assert main(["split", str(stream), "-o", str(out), "--ocr", "never", "--review"]) == 0
    assert "past the last page" in capsys.readouterr().out
    assert sorted(page_count(p) for p in out.glob("*.pdf")) == [1, 1, 3]

    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    declined = tmp_path / "declined"
    assert main(["split", str(stream), "-o", str(declined), "--review", "--ocr", "never"]) == 0
    assert not declined.exists() or not list(declined.iterdir())


def test_usage_and_input_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["split", str(tmp_path / "missing.pdf")]) == 2
    assert "no such file" in capsys.readouterr().err
    for bad in (["--ocr", "sometimes"], ["--server", "ftp://host"], ["--every-n", "0"]):
        with pytest.raises(SystemExit) as bad_flag:
            main(["split", "x.pdf", *bad])
        assert bad_flag.value.code == 2
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    assert main(["split", str(broken)]) == 1
    assert "invalid_pdf" in capsys.readouterr().err


def test_refused_port_exits_3(stream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["split", str(stream), "--server", url]) == 3
    assert main(["sessions", "--server", url]) == 3
    assert main(["sessions", "--server", url.removeprefix("http://")]) == 3  # http:// implied
    assert main(["watch", "a" * 32, "--server", url]) == 3
    assert "cannot connect" in capsys.readouterr().err


async def test_split_with_server_watch_and_sessions(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = await start_server(tmp_path / "data")
    url = base_url(server)
    out = tmp_path / "remote"
    try:
        code = await asyncio.to_thread(
            main, ["split", str(stream), "--server", url, "-o", str(out), "--ocr", "never"]
        )
        text = capsys.readouterr().out
        assert code == 0, text
        assert "text_extraction" in text and "splitting" in text  # progress per stage
        assert "Proposed documents: 2" in text
        assert sorted(page_count(p) for p in out.glob("*.pdf")) == [2, 3]

        async with DocsplitClient(url) as client:
            sid = (await client.list_sessions())["sessions"][0]["session_id"]
        assert await asyncio.to_thread(main, ["sessions", "--server", url]) == 0
        assert sid in capsys.readouterr().out
        assert await asyncio.to_thread(main, ["watch", sid, "--server", url, "--last-id", "0"]) == 0
        watched = capsys.readouterr().out
        assert "processing_complete" in watched and "split_complete" in watched
        assert await asyncio.to_thread(main, ["watch", "b" * 32, "--server", url]) == 2
    finally:
        await server.close()


async def test_processing_failure_with_server_exits_1(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = await start_server(tmp_path / "data", analyser=FailingAnalyser())
    try:
        code = await asyncio.to_thread(
            main, ["split", str(stream), "--server", base_url(server), "-o", str(tmp_path / "o")]
        )
        assert code == 1
        assert "internal_error" in capsys.readouterr().err
    finally:
        await server.close()


async def test_auth_errors_are_configuration_errors(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = await start_server(tmp_path / "data", require_websocket_auth=True)
    try:
        code = await asyncio.to_thread(main, ["sessions", "--server", base_url(server)])
        assert code == 2 and "--token" in capsys.readouterr().err
    finally:
        await server.close()


def test_progress_bar_on_a_terminal_and_lines_elsewhere() -> None:
    tty = io.StringIO()
    display = ProgressDisplay(tty, tty=True)
    for i in range(1, 5):
        display.update("ocr", 25.0 * i, i, 4, eta_s=4 - i)
    display.update("boundary_detection", 100.0, 1, 1)
    display.finish()
    drawn = tty.getvalue()
    assert drawn.count("\r") == 5 and "[" + "#" * 28 + "]" in drawn and drawn.endswith("\n")

    plain = io.StringIO()
    display = ProgressDisplay(plain, tty=False)
    for i in range(1, 101):
        display.update("ocr", float(i), i, 100)
    lines = plain.getvalue().splitlines()
    assert "\r" not in plain.getvalue()
    assert [line.split()[1] for line in lines] == ["1%", "25%", "50%", "75%", "100%"]


async def test_split_polls_when_the_websocket_is_unavailable(
    stream: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from docsplit.client import CannotConnect
    from docsplit.client.websocket import WebSocketClient

    async def refused(self: WebSocketClient) -> None:
        raise CannotConnect("upgrade refused by a proxy")

    monkeypatch.setattr(WebSocketClient, "connect", refused)
    server = await start_server(tmp_path / "data")
    out = tmp_path / "polled"
    try:
        code = await asyncio.to_thread(
            main, ["split", str(stream), "--server", base_url(server), "-o", str(out)]
        )
    finally:
        await server.close()
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert "polling" in captured.err
    assert sorted(page_count(p) for p in out.glob("*.pdf")) == [2, 3]

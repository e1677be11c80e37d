"""The Python example runs, as a user would run it, against a real server."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from client_support import base_url, start_server

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "websocket_client_example.py"


async def _run(*args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLE),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_the_example_runs_every_section(tmp_path: Path) -> None:
    server = await start_server(tmp_path / "data")
    try:
        code, out, err = await _run(base_url(server))
    finally:
        await server.close()
    assert code == 0, out + err
    for heading in (
        "1. basic client",
        "2. progress tracking",
        "3. custom handlers",
        "4. integration",
        "5. synchronous wrapper",
    ):
        assert heading in out
    assert "proposal:" in out and "complete=True failed=False" in out
    # Names depend on the detector's titles; the two-page rule of section 4 does not.
    assert out.count("filed ") == 3 and out.count("(2 pages)") == 3
    assert "all examples ran" in out
    assert "Traceback" not in err and "ERROR" not in err


async def test_the_example_reports_a_missing_server() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, _out, err = await _run(f"http://127.0.0.1:{port}")
    assert code == 3 and "cannot reach" in err


DOCS = Path(__file__).resolve().parents[2] / "docs" / "sdk.md"
RUN_BLOCKS = """
import pathlib, sys
for i, block in enumerate(pathlib.Path(sys.argv[1]).read_text().split("\\0\\n")):
    print(f"--- block {i}", flush=True)
    exec(compile(block, f"<docs/sdk.md block {i}>", "exec"), {"__name__": "__main__"})
print("--- all blocks ran")
"""


def python_blocks(markdown: str) -> list[str]:
    blocks, current, inside = [], [], False
    for line in markdown.splitlines():
        if line.strip() == "```python":
            inside, current = True, []
        elif line.strip() == "```" and inside:
            inside = False
            blocks.append("\n".join(current))
        elif inside:
            current.append(line)
    return blocks


async def test_every_python_snippet_in_the_sdk_docs_runs(tmp_path: Path) -> None:
    from conftest import pdf_bytes

    texts = ["INVOICE 1\nACME", "page 2", "INVOICE 2\nFoo", "page 2"]
    (tmp_path / "scan.pdf").write_bytes(pdf_bytes(4, texts=texts))
    server = await start_server(tmp_path / "data")
    blocks = python_blocks(DOCS.read_text())
    assert len(blocks) >= 6
    joined = "\0\n".join(b.replace("http://127.0.0.1:8080", base_url(server)) for b in blocks)
    (tmp_path / "blocks.txt").write_text(joined)
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            RUN_BLOCKS,
            str(tmp_path / "blocks.txt"),
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        await server.close()
    assert proc.returncode == 0, out.decode() + err.decode()
    assert "--- all blocks ran" in out.decode()

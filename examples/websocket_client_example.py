"""docsplit's Python client, end to end: run it against a server.

    docsplit serve &                      # or scripts/serve
    python examples/websocket_client_example.py http://127.0.0.1:8080 [scan.pdf] [--token T]

Without a PDF it generates a small six-page stream (three two-page "invoices"). Each section is
a function you can copy:

1. basic_client       upload, then read live messages with ``async for``
2. progress_tracking  ProgressTracker via track_session_progress: stages, durations, ETA
3. custom_handlers    on(type, handler) for sync and async handlers, wait_for()
4. integration        wire docsplit into existing code: logging, and an "archive" that files
                      every split document (set boundaries, split, download)
5. sync_wrapper       the same workflow without asyncio (SyncDocsplitClient)

Exit code 0 when every section worked, 1 otherwise, 3 when the server cannot be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from docsplit.client import (
    CannotConnect,
    DocsplitClient,
    DocsplitClientError,
    ProgressTracker,
    SyncDocsplitClient,
    WebSocketClient,
    track_session_progress,
)
from docsplit.protocol.messages import (
    ProcessingCompleteMessage,
    ProgressMessage,
    StatusMessage,
)

log = logging.getLogger("docsplit.example")


def make_sample_pdf(path: Path, documents: int = 3, pages_each: int = 2) -> Path:
    """A small born-digital page stream: each document's first page says INVOICE <n>."""
    import pikepdf

    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    for doc in range(1, documents + 1):
        for page in range(1, pages_each + 1):
            lines = (
                [f"INVOICE {doc}", "ACME Supplies Ltd", f"Invoice number 2024-{doc:03d}"]
                if page == 1
                else [f"Invoice {doc}, page {page}", "Terms and conditions apply."]
            )
            text = " ".join(
                f"BT /F1 {18 if i == 0 else 12} Tf 72 {760 - 24 * i} Td ({line}) Tj ET"
                for i, line in enumerate(lines)
            )
            pdf.add_blank_page(page_size=(595, 842))
            current = pdf.pages[-1]
            current.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
            current.Contents = pdf.make_stream(text.encode())
    pdf.save(path)
    return path


# 1 ------------------------------------------------------------------------------------------


async def basic_client(url: str, pdf: Path, token: str | None) -> str:
    """Upload a stream and print every message until processing is complete."""
    print("\n== 1. basic client")
    async with DocsplitClient(url, token=token) as client:
        session = await client.upload(pdf, ocr="auto")
        session_id: str = session["session_id"]
        print(f"uploaded {pdf.name}: session {session_id}, {session['page_count']} pages")
        # The upload answer carries a token for this session; the WebSocket uses it.
        # last_id=0 asks for the session's whole history, so nothing before we connected is
        # missed even if processing is already under way.
        async with WebSocketClient(
            url, session_id, token=client.token_for(session_id), last_id=0
        ) as ws:
            async for message in ws:
                if isinstance(message, ProgressMessage):
                    print(f"  [{message.id}] {message.stage}: {message.stage_percentage:.0f}%")
                else:
                    print(f"  [{message.id}] {message.type}")
                if isinstance(message, ProcessingCompleteMessage):
                    print(f"  proposal: {len(message.documents)} documents")
                    break
    return session_id


# 2 ------------------------------------------------------------------------------------------


async def progress_tracking(url: str, pdf: Path, token: str | None) -> ProgressTracker:
    """One call follows a session to the end and returns what happened, stage by stage."""
    print("\n== 2. progress tracking")
    async with DocsplitClient(url, token=token) as client:
        session = await client.upload(pdf)
    last_shown = -1.0

    def show(tracker: ProgressTracker) -> None:
        nonlocal last_shown
        if tracker.overall_percentage >= last_shown + 25 or tracker.is_complete:
            last_shown = tracker.overall_percentage
            print(f"  {tracker.overall_percentage:5.1f}%  stage={tracker.current_stage}")

    tracker = await track_session_progress(
        url,
        session["session_id"],
        token=session["token"],
        last_id=0,
        timeout=120,
        on_update=show,
        backoff_base=0.2,  # reconnect quickly if the connection drops
        max_attempts=20,
    )
    for name, stage in tracker.stages.items():
        duration = f"{stage.duration_s:.3f}s" if stage.duration_s is not None else "-"
        print(f"  stage {name:<20} {stage.percentage:5.1f}%  {duration}")
    print(f"  complete={tracker.is_complete} failed={tracker.failed} events={len(tracker.events)}")
    return tracker


# 3 ------------------------------------------------------------------------------------------


async def custom_handlers(url: str, pdf: Path, token: str | None) -> dict[str, int]:
    """Handlers per message type: plain functions, coroutines, and a catch-all."""
    print("\n== 3. custom handlers")
    counts: dict[str, int] = {}
    async with DocsplitClient(url, token=token) as client:
        session = await client.upload(pdf)
        session_id = session["session_id"]
        ws = client.websocket(session_id, last_id=0)

        def on_status(message: Any) -> None:
            assert isinstance(message, StatusMessage)
            print(f"  status: {message.previous_status} -> {message.status}")

        async def on_complete(message: Any) -> None:  # async handlers are awaited in order
            boundaries = await client.get_boundaries(session_id)
            print(f"  complete; proposed starts {boundaries['starts']}")

        def count(message: Any) -> None:
            counts[message.type] = counts.get(message.type, 0) + 1

        ws.on("status", on_status)
        ws.on("processing_complete", on_complete)
        remove = ws.on("*", count)
        async with ws:
            # wait_for: the next message of a type (or matching a predicate).
            await ws.wait_for(lambda m: getattr(m, "status", None) == "ready", timeout=120)
        remove()
    print(f"  messages by type: {dict(sorted(counts.items()))}")
    return counts


# 4 ------------------------------------------------------------------------------------------


class Archive:
    """Stands in for the code you already have: a document store with its own API."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filed: list[tuple[str, int]] = []

    def file_document(self, path: Path, *, batch: str, pages: int) -> None:
        target = self.root / batch / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        path.replace(target)
        self.filed.append((target.name, pages))


async def integration(url: str, pdf: Path, token: str | None, workdir: Path) -> Archive:
    """docsplit feeding an existing archive, with its events in the application's log."""
    print("\n== 4. integration with existing code")
    archive = Archive(workdir / "archive")
    async with DocsplitClient(url, token=token) as client:
        session = await client.upload(pdf)
        session_id = session["session_id"]
        ws = client.websocket(session_id, last_id=0)
        # Every event goes to the standard logging setup the application already has.
        ws.on("*", lambda m: log.info("docsplit %s: %s", session_id[:8], m.type))
        async with ws:
            await ws.wait_for("processing_complete", timeout=120)
        proposal = await client.get_boundaries(session_id)
        # Business rule of this archive: every invoice is exactly two pages.
        starts = list(range(1, int(proposal["page_count"]) + 1, 2))
        await client.set_boundaries(session_id, starts)
        await client.split(session_id)
        await track_session_progress(
            url, session_id, token=client.token_for(session_id), until="split", timeout=120
        )
        documents = {d["filename"]: d for d in await client.documents(session_id)}
        for path in await client.download(session_id, workdir / "incoming"):
            archive.file_document(path, batch=session_id, pages=documents[path.name]["page_count"])
    for name, pages in archive.filed:
        print(f"  filed {name} ({pages} pages)")
    return archive


# 5 ------------------------------------------------------------------------------------------


def sync_wrapper(url: str, pdf: Path, token: str | None, workdir: Path) -> list[Path]:
    """The whole workflow in a plain script: no asyncio in sight."""
    print("\n== 5. synchronous wrapper")
    with SyncDocsplitClient(url, token=token) as client:
        session = client.upload(pdf)
        session_id = session["session_id"]
        tracker = client.track(session_id, last_id=0, timeout=120)
        print(f"  processing done: {tracker.status}, {len(tracker.documents)} documents proposed")
        client.split(session_id)
        client.wait(session_id, "split", timeout=120)
        paths = client.download(session_id, workdir / "sync")
        zipped = client.download_zip(session_id, workdir)
    for path in paths:
        print(f"  wrote {path.name}")
    print(f"  and the zip {zipped.name}")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server", help="docsplit server URL, e.g. http://127.0.0.1:8080")
    parser.add_argument("pdf", nargs="?", type=Path, help="a PDF page stream (default: generated)")
    parser.add_argument("--token", help="API token, when the server requires one")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    with tempfile.TemporaryDirectory(prefix="docsplit-example-") as tmp:
        workdir = Path(tmp)
        pdf = args.pdf or make_sample_pdf(workdir / "sample-stream.pdf")

        async def run_async_sections() -> None:
            await basic_client(args.server, pdf, args.token)
            await progress_tracking(args.server, pdf, args.token)
            await custom_handlers(args.server, pdf, args.token)
            await integration(args.server, pdf, args.token, workdir)

        try:
            asyncio.run(run_async_sections())
            sync_wrapper(args.server, pdf, args.token, workdir)
        except CannotConnect as exc:
            print(f"cannot reach the server: {exc}", file=sys.stderr)
            return 3
        except DocsplitClientError as exc:
            print(f"docsplit error: {exc}", file=sys.stderr)
            return 1
    print("\nall examples ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())

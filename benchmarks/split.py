"""Benchmark of the service backbone (issue 2), through a real server process.

1. A generated 1,000-page PDF is uploaded, split into 100 documents (PUT boundaries every 10
   pages) and downloaded as a zip — wall time end to end and the server's peak RSS, median of N.
2. A ~195 MB upload — the server's peak RSS while receiving it, above its idle RSS.

    .venv/bin/python benchmarks/split.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).parent))
from _server import Server, machine


def thousand_pages(path: Path, pages: int = 1000) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i in range(pages):
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(72, 760, f"Document {i // 10 + 1}")
        pdf.setFont("Helvetica", 11)
        for line in range(30):
            pdf.drawString(72, 720 - 18 * line, f"Line {line} of page {i + 1}: lorem ipsum dolor")
        pdf.drawString(500, 40, f"Page {i % 10 + 1} of 10")
        pdf.showPage()
    pdf.save()


def big_pdf(path: Path, megabytes: int = 195) -> None:
    """A valid PDF of about ``megabytes`` MB: pages holding incompressible image data."""
    pdf = pikepdf.new()
    chunk = 5 * 1024 * 1024
    side = int((chunk / 3) ** 0.5)
    for _ in range(megabytes // 5):
        image = pikepdf.Stream(pdf, os.urandom(side * side * 3))
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height = side, side
        image.ColorSpace, image.BitsPerComponent = pikepdf.Name.DeviceRGB, 8
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pikepdf.Stream(pdf, b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    pdf.save(path, compress_streams=False)


async def split_run(base: str, source: Path, out: Path) -> float:
    started = time.perf_counter()
    async with aiohttp.ClientSession(base) as http:
        form = aiohttp.FormData()
        form.add_field("file", source.open("rb"), filename="batch.pdf")
        form.add_field("options", '{"ocr": "never", "strategy": "manual"}')
        async with http.post("/api/sessions", data=form) as resp:
            assert resp.status == 201, await resp.text()
            sid = (await resp.json())["session_id"]
        await _wait(http, sid, "ready")
        starts = list(range(1, 1001, 10))
        async with http.put(f"/api/sessions/{sid}/boundaries", json={"starts": starts}) as resp:
            assert resp.status == 200, await resp.text()
        async with http.post(f"/api/sessions/{sid}/split") as resp:
            assert resp.status == 202
        await _wait(http, sid, "split")
        async with http.get(f"/api/sessions/{sid}/download") as resp:
            with out.open("wb") as handle:
                async for chunk in resp.content.iter_chunked(1 << 20):
                    handle.write(chunk)
    elapsed = time.perf_counter() - started
    import zipfile

    with zipfile.ZipFile(out) as archive:
        assert len(archive.namelist()) == 100
        with pikepdf.open(io.BytesIO(archive.read(archive.namelist()[-1]))) as last:
            assert len(last.pages) == 10
    return elapsed


async def _wait(http: aiohttp.ClientSession, sid: str, status: str) -> None:
    while True:
        async with http.get(f"/api/sessions/{sid}") as resp:
            body = await resp.json()
        if body["status"] == status:
            return
        if body["status"] in ("failed", "cancelled", "interrupted"):
            raise RuntimeError(body)
        await asyncio.sleep(0.01)


async def upload_only(base: str, source: Path) -> int:
    async with aiohttp.ClientSession(base) as http:
        form = aiohttp.FormData()
        form.add_field("file", source.open("rb"), filename="big.pdf")
        form.add_field("options", '{"ocr": "never", "strategy": "manual"}')
        async with http.post("/api/sessions", data=form) as resp:
            assert resp.status == 201, await resp.text()
            return resp.status


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "thousand.pdf"
        thousand_pages(source)
        print(f"machine: {machine()}")
        print(f"input: 1,000 pages, {source.stat().st_size / 1e6:.1f} MB")
        times, peaks = [], []
        for run in range(args.runs):
            server = Server(root / f"data{run}")
            try:
                elapsed = asyncio.run(split_run(server.base, source, root / "out.zip"))
                times.append(elapsed)
                peaks.append(server.peak_kb() / 1024)
            finally:
                server.stop()
            print(f"run {run + 1}: {elapsed:.2f} s, server peak RSS {peaks[-1]:.0f} MB")
        print(
            f"1,000-page upload -> 100 documents -> zip: median {statistics.median(times):.2f} s "
            f"(target < 3 s), server peak RSS median {statistics.median(peaks):.0f} MB"
        )

        big = root / "big.pdf"
        big_pdf(big)
        size_mb = big.stat().st_size / 1024 / 1024
        deltas = []
        for run in range(3):
            server = Server(root / f"big{run}")
            try:
                time.sleep(0.5)
                idle = server.rss_kb()
                server.reset_peak()
                asyncio.run(upload_only(server.base, big))
                deltas.append((server.peak_kb() - idle) / 1024)
            finally:
                server.stop()
            print(f"upload run {run + 1}: peak RSS {deltas[-1]:.1f} MB above idle")
        print(
            f"{size_mb:.0f} MB upload: server peak RSS median {statistics.median(deltas):.1f} MB "
            "above idle (target < 100 MB)"
        )


if __name__ == "__main__":
    main()

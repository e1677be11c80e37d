"""WebSocket fan-out benchmark (issue 4): docsplit against a minimal raw-aiohttp broadcast server.

For each server, in the same run:

1. the server starts in its own process on 127.0.0.1 (docsplit: the real ``create_app`` with a
   data dir and one processed session; raw: one route, a set of sockets, ``send_str`` to each);
2. ``--clients`` WebSocket clients (default 1,000) connect from ``--procs`` client processes
   and stay idle; the server's RSS before and after gives the memory per idle connection;
3. the server publishes ``--events`` progress events (default 1,000) — on docsplit through the
   real ``EventHub.publish`` (ids, replay ring, SQLite persistence, registry fan-out), on the raw
   server by serialising once and writing to every socket — yielding to the event loop between
   events, as a producer on the loop does; ``--rate`` paces them (events/s, 0 = back to back);
4. every client records, for every progress message, the time since the event's ``timestamp``
   (set at publish); throughput is deliveries / (last receipt - first publish).

The publish trigger is a benchmark-only route added by this script (``POST /bench/burst``); the
product code is unchanged. Run:

    .venv/bin/python benchmarks/websocket_fanout.py [--clients 1000] [--events 1000]
        [--procs 4] [--rate 0] [--write-docs]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).parent))
from _server import free_port, machine

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
HEADING = "## WebSocket fan-out (issue 4)"


def progress_data(n: int, total: int) -> dict[str, Any]:
    pct = round(100.0 * (n + 1) / total, 2)
    return {
        "stage": "ocr",
        "stage_percentage": pct,
        "overall_percentage": pct,
        "current": n + 1,
        "total": total,
        "message": f"page {n + 1}",
        "eta_s": None,
    }


async def _burst(publish: Any, events: int, rate: float) -> tuple[float, float]:
    start = time.time()
    for n in range(events):
        await publish(n, events)
        if rate:
            # Paced: sleep until this event's slot (absolute schedule, no drift).
            delay = start + (n + 1) / rate - time.time()
            await asyncio.sleep(max(delay, 0))
        else:
            await asyncio.sleep(0)  # let the writers run between events
    return start, time.time()


# -- servers (run in their own process) ----------------------------------------------------


def serve_docsplit(port: int, data_dir: str, clients: int) -> None:
    import logging

    from docsplit.config import load_settings
    from docsplit.web.app import create_app
    from docsplit.web.keys import HUB

    logging.basicConfig(level=logging.ERROR)
    settings = load_settings(
        environ={},
        overrides={
            "data_dir": data_dir,
            "port": port,
            "websocket_max_connections_per_session": clients + 10,
            "websocket_max_total_connections": clients + 10,
        },
    )
    app = create_app(settings)

    async def burst(request: web.Request) -> web.Response:
        sid = request.query["session_id"]
        hub = request.app[HUB]

        async def publish(n: int, total: int) -> None:
            hub.publish(sid, "progress", progress_data(n, total))

        start, end = await _burst(
            publish, int(request.query["events"]), float(request.query["rate"])
        )
        return web.json_response({"start": start, "end": end})

    app.router.add_post("/bench/burst", burst)
    web.run_app(app, host="127.0.0.1", port=port, print=None, handle_signals=True)


def serve_raw(port: int) -> None:
    """The baseline: what a hand-written aiohttp broadcast looks like, nothing more."""
    sockets: set[web.WebSocketResponse] = set()

    async def ws_handler(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(compress=False)
        await ws.prepare(request)
        sockets.add(ws)
        await ws.send_str(json.dumps({"type": "connection"}))
        try:
            async for _ in ws:
                pass
        finally:
            sockets.discard(ws)
        return ws

    async def burst(request: web.Request) -> web.Response:
        sid = request.query["session_id"]
        counter = iter(range(1, 10**9))

        async def publish(n: int, total: int) -> None:
            text = json.dumps(
                {
                    "id": next(counter),
                    "type": "progress",
                    "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                    "session_id": sid,
                    **progress_data(n, total),
                },
                separators=(",", ":"),
            )
            for ws in list(sockets):
                # A direct write; it suspends only when this socket's transport is paused (and
                # then holds up every socket behind it: the baseline has no isolation).
                await ws.send_str(text)

        start, end = await _burst(
            publish, int(request.query["events"]), float(request.query["rate"])
        )
        return web.json_response({"start": start, "end": end})

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_get("/ws/enhanced/{session_id}", ws_handler)
    app.router.add_post("/bench/burst", burst)
    app.router.add_get("/healthz", healthz)
    web.run_app(app, host="127.0.0.1", port=port, print=None)


# -- clients (run in their own processes) --------------------------------------------------


def client_process(
    url: str, count: int, events: int, ready: Any, results: Any, timeout: float, kind: str
) -> None:
    runner = _fast_clients if kind == "fast" else _clients
    asyncio.run(runner(url, count, events, ready, results, timeout))


MARKER = b'"timestamp":"'
PROGRESS = b'"type":"progress"'


class FastClient(asyncio.Protocol):
    """A minimal RFC 6455 client: handshake, unmasked server frames, pong. A load generator
    that costs a few microseconds per message, so that the server is what gets measured."""

    def __init__(self, host: str, path: str, events: int, sink: list[float]) -> None:
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
        self.events = events
        self.sink = sink
        self.buffer = bytearray()
        self.upgraded = False
        self.got = 0
        self.last = 0.0
        loop = asyncio.get_running_loop()
        self.ready: asyncio.Future[None] = loop.create_future()  # first message received
        self.done: asyncio.Future[None] = loop.create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def connection_lost(self, exc: Exception | None) -> None:
        for future in (self.ready, self.done):
            if not future.done():
                future.set_exception(ConnectionError(f"connection lost: {exc}"))

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        pos = 0
        if not self.upgraded:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            if b" 101 " not in buf[:end]:
                self.connection_lost(RuntimeError(bytes(buf[:end]).decode(errors="replace")))
                return
            self.upgraded = True
            pos = end + 4
        size = len(buf)
        while size - pos >= 2:
            opcode, length = buf[pos] & 0x0F, buf[pos + 1] & 0x7F
            head = 2
            if length == 126:
                if size - pos < 4:
                    break
                length, head = int.from_bytes(buf[pos + 2 : pos + 4], "big"), 4
            elif length == 127:
                if size - pos < 10:
                    break
                length, head = int.from_bytes(buf[pos + 2 : pos + 10], "big"), 10
            if size - pos < head + length:
                break
            start = pos + head
            pos = start + length
            if opcode == 0x1:
                self._text(buf, start, pos)
            elif opcode == 0x9:  # ping -> masked pong (zero mask, so the payload is as is)
                payload = bytes(buf[start:pos])
                assert self.transport is not None
                self.transport.write(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
        del buf[:pos]

    def _text(self, buf: bytearray, start: int, end: int) -> None:
        if not self.ready.done():
            self.ready.set_result(None)
            return
        if buf.find(PROGRESS, start, end) < 0:
            return  # heartbeats and the like
        now = time.time()
        at = buf.find(MARKER, start, end) + len(MARKER)
        stamp = datetime.fromisoformat(buf[at : buf.index(b'"', at)].decode()).timestamp()
        self.sink.append(now - stamp)
        self.got += 1
        self.last = now
        if self.got == self.events and not self.done.done():
            self.done.set_result(None)


async def _fast_clients(
    url: str, count: int, events: int, ready: Any, results: Any, timeout: float
) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    latencies: list[float] = []
    loop = asyncio.get_running_loop()
    clients: list[FastClient] = []
    try:
        for _ in range(count):
            client = FastClient(f"{host}:{port}", parts.path, events, latencies)
            await loop.create_connection(lambda c=client: c, host, port)  # type: ignore[misc]
            await asyncio.wait_for(client.ready, 30)
            clients.append(client)
    finally:
        ready.put(len(clients))
    error = ""
    try:
        await asyncio.wait_for(asyncio.gather(*(c.done for c in clients)), timeout)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    for client in clients:
        if client.transport is not None:
            client.transport.close()
    results.put(
        {
            "received": sum(c.got for c in clients),
            "last": max((c.last for c in clients), default=0.0),
            "latencies": latencies,
            "error": error,
        }
    )


async def _clients(
    url: str, count: int, events: int, ready: Any, results: Any, timeout: float
) -> None:
    latencies: list[float] = []
    last = 0.0
    received = 0
    marker = '"timestamp":"'
    # limit=0: the default connector allows 100 connections, and a WebSocket holds its own.
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        sockets = []
        try:
            for _ in range(count):
                ws = await session.ws_connect(url, max_msg_size=0)
                first = await ws.receive()
                if first.type is not aiohttp.WSMsgType.TEXT:
                    raise RuntimeError(f"refused: {first.type} {ws.close_code}")
                sockets.append(ws)
        finally:
            ready.put(len(sockets))

        async def read(ws: aiohttp.ClientWebSocketResponse) -> None:
            nonlocal last, received
            got = 0
            while got < events:
                msg = await ws.receive()
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    raise RuntimeError(f"socket closed: {msg.type} {ws.close_code}")
                text = msg.data
                if '"type":"progress"' not in text:
                    continue  # heartbeats
                now = time.time()
                # Cheaper than json.loads: both servers write the same compact JSON.
                at = text.index(marker) + len(marker)
                stamp = datetime.fromisoformat(text[at : text.index('"', at)]).timestamp()
                latencies.append(now - stamp)
                got += 1
                received += 1
                last = max(last, now)

        error = ""
        try:
            await asyncio.wait_for(asyncio.gather(*(read(ws) for ws in sockets)), timeout)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        for ws in sockets:
            await ws.close()
    results.put({"received": received, "last": last, "latencies": latencies, "error": error})


# -- driver --------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (less sensitive to other load than wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise KeyError("VmRSS")


def http(method: str, url: str, body: bytes | None = None, ctype: str = "") -> Any:
    request = urllib.request.Request(url, data=body, method=method)
    if ctype:
        request.add_header("Content-Type", ctype)
    with urllib.request.urlopen(request, timeout=600) as resp:
        return json.loads(resp.read())


def wait_up(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            http("GET", f"{base}/healthz")
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def make_session(base: str) -> str:
    """Upload a one-page PDF and wait until processed, so no job event mixes with the burst."""
    import pikepdf

    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        pdf = pikepdf.new()
        pdf.add_blank_page()
        pdf.save(tmp.name)
        data = Path(tmp.name).read_bytes()
    boundary = "benchboundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    created = http(
        "POST", f"{base}/api/sessions", body, f"multipart/form-data; boundary={boundary}"
    )
    sid: str = created["session_id"]
    for _ in range(600):
        if http("GET", f"{base}/api/sessions/{sid}")["status"] in ("ready", "failed"):
            return sid
        time.sleep(0.05)
    raise RuntimeError("the benchmark session was not processed")


def run_one(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data_dir:
        code = (
            f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "import websocket_fanout as b; "
            + (
                f"b.serve_docsplit({port}, {data_dir!r}, {args.clients})"
                if kind == "docsplit"
                else f"b.serve_raw({port})"
            )
        )
        server = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
        try:
            wait_up(base)
            sid = make_session(base) if kind == "docsplit" else "0" * 32
            time.sleep(0.5)
            rss_before = rss_kb(server.pid)
            ctx = mp.get_context("spawn")
            ready, results = ctx.Queue(), ctx.Queue()
            url = f"ws://127.0.0.1:{port}/ws/enhanced/{sid}"
            share = [
                args.clients // args.procs + (i < args.clients % args.procs)
                for i in range(args.procs)
            ]
            procs = [
                ctx.Process(
                    target=client_process,
                    args=(url, n, args.events, ready, results, args.timeout, args.client),
                    daemon=True,
                )
                for n in share
                if n
            ]
            for proc in procs:
                proc.start()
            connected = sum(ready.get(timeout=120) for _ in procs)
            time.sleep(1.0)  # let the server settle (allocator, GC) before reading RSS
            rss_idle = rss_kb(server.pid)
            # Other work on the machine skews everything here: record it with the result.
            load_before = os.getloadavg()[0]
            cpu_before = cpu_seconds(server.pid)
            timing = http(
                "POST",
                f"{base}/bench/burst?session_id={sid}&events={args.events}&rate={args.rate}",
            )
            outs = [results.get(timeout=args.timeout + 60) for _ in procs]
            cpu_used = cpu_seconds(server.pid) - cpu_before
            for proc in procs:
                proc.join(30)
        finally:
            server.terminate()
            server.wait(30)
    latencies = sorted(x for out in outs for x in out["latencies"])
    received = sum(out["received"] for out in outs)
    last = max(out["last"] for out in outs)
    errors = [out["error"] for out in outs if out["error"]]
    elapsed = last - timing["start"]
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 100 else [0.0] * 99
    return {
        "server": kind,
        "client": args.client,
        "clients": connected,
        "events": args.events,
        "rate": args.rate,
        "expected": connected * args.events,
        "received": received,
        "errors": errors,
        "publish_s": round(timing["end"] - timing["start"], 3),
        "elapsed_s": round(elapsed, 3),
        "msgs_per_s": round(received / elapsed) if elapsed > 0 else 0,
        "p50_ms": round(q[49] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1) if latencies else 0.0,
        "rss_before_kb": rss_before,
        "rss_idle_kb": rss_idle,
        "kb_per_idle_connection": round((rss_idle - rss_before) / max(connected, 1), 1),
        "load_1m_before": round(load_before, 2),
        "server_cpu_s": round(cpu_used, 2),
        "server_us_per_msg": round(1e6 * cpu_used / max(received, 1), 2),
    }


EXPLANATION = """\
How: both servers run in their own process with the same aiohttp, no compression, and publish
the same compact JSON progress event back to back, yielding to the event loop between events.
Latency is receipt time minus the event's `timestamp` (set at publish, same host clock), so it
includes the queueing of the burst itself. RSS per idle connection is (server RSS with every
client connected and idle - RSS before they connected) / clients, from `/proc/<pid>/status`.

Two kinds of clients. *Minimal protocol clients* (`FastClient` in the script: handshake, frame
parsing, pong; a few microseconds per message) leave the server as the bottleneck, which is
what the comparison is about; these rows are the ones the targets are checked on. *aiohttp
clients* cost several times more per message than the server spends sending it, so with
1,000 of them on this 2-core machine they, not the server, set the pace: both servers look
alike, and latency is their backlog.

The machine is shared with other work (the load column), which moves wall-clock figures by
+-30 % from run to run. Hence two more robust comparisons: the throughput ratio is the median
over run pairs (docsplit and raw run back to back, under about the same load), and "server
CPU / msg" is the server process's user + system CPU time during the burst divided by the
messages delivered, which other processes barely affect.

Why docsplit keeps up with a bare loop while doing more per event (id, replay ring, SQLite row,
registry lookup, a bounded queue per connection): the event's JSON *and its WebSocket frame*
are built once and the same bytes are written straight to every socket whose transport has
room; only a socket whose TCP buffer is full gets its frames queued for its writer task, which
is what keeps a slow client from holding up the others (the raw loop awaits each socket in
turn instead). The first design, waking one writer task per message per client, reached only
0.70x of the baseline (32,467 vs 46,603 msgs/s with aiohttp clients)."""


CLIENT_LABEL = {"fast": "minimal protocol clients", "aiohttp": "aiohttp clients"}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def summarise(results: list[dict[str, Any]]) -> dict[tuple[str, str, float], dict[str, Any]]:
    """Median of each figure over the runs, per (client kind, server, rate)."""
    groups: dict[tuple[str, str, float], list[dict[str, Any]]] = {}
    for r in results:
        groups.setdefault((r["client"], r["server"], r["rate"]), []).append(r)
    out = {}
    for key, runs in groups.items():
        out[key] = {
            "runs": len(runs),
            "received": min(r["received"] for r in runs),
            "expected": runs[0]["expected"],
            "errors": sum(len(r["errors"]) for r in runs),
            "msgs_per_s": _median([r["msgs_per_s"] for r in runs]),
            "msgs_min": min(r["msgs_per_s"] for r in runs),
            "msgs_max": max(r["msgs_per_s"] for r in runs),
            "p50_ms": _median([r["p50_ms"] for r in runs]),
            "p99_ms": _median([r["p99_ms"] for r in runs]),
            "max_ms": max(r["max_ms"] for r in runs),
            "kb": _median([r["kb_per_idle_connection"] for r in runs]),
            "load": _median([r["load_1m_before"] for r in runs]),
            "us_per_msg": _median([r["server_us_per_msg"] for r in runs]),
            "throughputs": [r["msgs_per_s"] for r in runs],
            "cpu_per_msg": [r["server_us_per_msg"] for r in runs],
        }
    return out


def write_docs(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    summary = summarise(results)
    runs = max(s["runs"] for s in summary.values())
    lines = [
        HEADING,
        "",
        f"Command: `.venv/bin/python benchmarks/websocket_fanout.py --clients {args.clients} "
        f"--events {args.events} --procs {args.procs} --runs {runs} --client fast "
        f"--client aiohttp --write-docs` ({machine()}). {args.clients:,} clients on one "
        f"session in {args.procs} client processes, a burst of {args.events:,} progress "
        f"events; medians of {runs} runs, docsplit and the raw baseline alternating.",
        "",
        "| clients | server | delivered (worst run) | msgs/s (range) | server CPU / msg | p50 | "
        "p99 | max | RSS / idle connection | load (1 min) before |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (client, server, rate), r in sorted(summary.items()):
        name = server if not rate else f"{server}, paced {rate:g} events/s"
        lines.append(
            f"| {CLIENT_LABEL.get(client, client)} | {name} | {r['received']:,} / "
            f"{r['expected']:,} | **{r['msgs_per_s']:,.0f}** ({r['msgs_min']:,} to "
            f"{r['msgs_max']:,}) | {r['us_per_msg']:.1f} µs | {r['p50_ms']:.1f} ms | "
            f"**{r['p99_ms']:.1f} ms** | "
            f"{r['max_ms']:.0f} ms | **{r['kb']:.1f} KB** | {r['load']:.1f} |"
        )
    lines.append("")
    targets = []
    for client, server, rate in sorted(summary):
        ours, raw = summary.get((client, "docsplit", rate)), summary.get((client, "raw", rate))
        if server != "docsplit" or not ours or not raw or not raw["msgs_per_s"]:
            continue
        # Runs alternate docsplit, raw: pair them, as each pair saw about the same machine load.
        pairs = [a / b for a, b in zip(ours["throughputs"], raw["throughputs"], strict=False)]
        cpu = [b / a for a, b in zip(ours["cpu_per_msg"], raw["cpu_per_msg"], strict=False)]
        label = CLIENT_LABEL.get(client, client)
        shown = ", ".join(f"{x:.2f}" for x in pairs)
        targets += [
            f"| docsplit / raw throughput, {label}: median of the run pairs ({shown}) | "
            f"**{_median(pairs):.2f}x** | at least 0.8x |",
            f"| docsplit / raw CPU efficiency (raw CPU per message / ours), {label} | "
            f"**{_median(cpu):.2f}x** | - |",
            f"| p99 publish-to-receipt, {label} | **{ours['p99_ms']:.1f} ms** | under 100 ms |",
        ]
    kb = max(r["kb"] for (c, srv, _), r in summary.items() if srv == "docsplit")
    targets.append(f"| RSS per idle connection | **{kb:.1f} KB** | under 50 KB |")
    lines += ["| target | docsplit | goal |", "|---|---|---|", *targets, ""]
    lines += [EXPLANATION, ""]
    section = "\n".join(lines)
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n"
    if HEADING in text:
        head, rest = text.split(HEADING, 1)
        nxt = rest.find("\n## ")
        tail = "" if nxt < 0 else rest[nxt + 1 :]
        text = head.rstrip("\n") + "\n\n" + section + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--rate", type=float, action="append", help="events/s; 0 = back to back (repeatable)"
    )
    parser.add_argument("--servers", default="docsplit,raw")
    parser.add_argument(
        "--client",
        action="append",
        choices=["fast", "aiohttp"],
        help="fast: a minimal protocol client (default); aiohttp: aiohttp's client (repeatable)",
    )
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    rates = args.rate or [0.0]
    results = []
    client_kinds = args.client or ["fast"]
    for _ in range(args.runs):
        for client_kind in client_kinds:
            for rate in rates:
                for kind in args.servers.split(","):
                    args.rate, args.client = rate, client_kind
                    result = run_one(kind, args)
                    summary = {k: v for k, v in result.items() if k != "errors"}
                    print(json.dumps(summary), result["errors"][:1], flush=True)
                    results.append(result)
    for (client, server, rate), r in sorted(summarise(results).items()):
        print(f"median {client} {server} rate={rate:g}: {json.dumps(r)}", flush=True)
    if args.write_docs:
        write_docs(results, args)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()

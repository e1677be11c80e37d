"""A minimal Chrome DevTools Protocol driver for the browser tests (no playwright/selenium).

Starts headless Chromium with ``--remote-debugging-port=0``, reads the port the browser chose
from ``DevToolsActivePort`` in its profile directory, opens one page target and talks to it
over a single aiohttp WebSocket using flattened target sessions. Only what the tests need:
navigate, evaluate, wait for a condition, real mouse clicks, file inputs, screenshots, and a
record of uncaught exceptions and console errors (a test fails on any of them).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def find_chromium() -> str | None:
    explicit = os.environ.get("DOCSPLIT_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


class CdpError(RuntimeError):
    pass


class Browser:
    """One headless Chromium process with one page; use as ``async with Browser(...) as b``."""

    def __init__(self, executable: str, profile_dir: Path, width: int = 1280, height: int = 900):
        self.executable = executable
        self.profile_dir = profile_dir
        self.width = width
        self.height = height
        self.errors: list[str] = []
        self.console: list[str] = []
        self._proc: asyncio.subprocess.Process | None = None
        self._http: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._session_id: str | None = None
        self._load_events: asyncio.Queue[str] = asyncio.Queue()

    async def __aenter__(self) -> Browser:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        log = (self.profile_dir / "chromium.log").open("wb")
        self._proc = await asyncio.create_subprocess_exec(
            self.executable,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--user-data-dir={self.profile_dir}",
            "--remote-debugging-port=0",
            f"--window-size={self.width},{self.height}",
            "about:blank",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        log.close()
        port_file = self.profile_dir / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while True:
            # The file is written once the debugging server listens: "<port>\n<browser path>".
            if port_file.is_file():
                lines = port_file.read_text().split()
                if len(lines) >= 2:
                    break
            if self._proc.returncode is not None or time.monotonic() > deadline:
                raise CdpError(f"chromium did not start; see {self.profile_dir / 'chromium.log'}")
            await asyncio.sleep(0.05)
        url = f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(url, max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        target = await self.send("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = await self.send(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, browser=True
        )
        self._session_id = attached["sessionId"]
        for domain in ("Page", "Runtime", "DOM", "Log"):
            await self.send(f"{domain}.enable")
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        if self._ws is not None:
            await self._ws.close()
        if self._http is not None:
            await self._http.close()
        if self._proc is not None and self._proc.returncode is None:
            self._proc.terminate()
            try:
                await asyncio.wait_for(self._proc.wait(), 5)
            except TimeoutError:
                self._proc.kill()
                await self._proc.wait()

    async def _read(self) -> None:
        assert self._ws is not None
        async for frame in self._ws:
            if frame.type is not aiohttp.WSMsgType.TEXT:
                break
            message = json.loads(frame.data)
            if "id" in message:
                future = self._pending.pop(message["id"], None)
                if future is not None and not future.done():
                    future.set_result(message)
                continue
            self._on_event(message.get("method", ""), message.get("params", {}))

    def _on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            self.errors.append(f"uncaught: {text}")
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            self.console.append(f"{params['type']}: {text}")
            if params["type"] == "error":
                self.errors.append(f"console.error: {text}")
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append(f"log {entry['level']}: {entry.get('text')} {entry.get('url', '')}")
            # Network errors the page handles itself (an expected 4xx) are not page bugs.
            if entry["level"] == "error" and entry.get("source") not in ("network",):
                self.errors.append(f"log: {entry.get('text')}")
        elif method == "Page.loadEventFired":
            self._load_events.put_nowait(method)

    async def send(
        self, method: str, params: dict[str, Any] | None = None, *, browser: bool = False
    ) -> dict[str, Any]:
        assert self._ws is not None
        command_id = next(self._ids)
        message: dict[str, Any] = {"id": command_id, "method": method, "params": params or {}}
        if not browser:
            message["sessionId"] = self._session_id
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = future
        await self._ws.send_str(json.dumps(message))
        answer = await asyncio.wait_for(future, 30)
        if "error" in answer:
            raise CdpError(f"{method}: {answer['error']}")
        result: dict[str, Any] = answer.get("result", {})
        return result

    # -- page helpers ----------------------------------------------------------------------------

    async def navigate(self, url: str, ready: str = "document.readyState === 'complete'") -> None:
        while not self._load_events.empty():
            self._load_events.get_nowait()
        await self.send("Page.navigate", {"url": url})
        await self.wait_for(ready)

    async def evaluate(self, expression: str) -> Any:
        answer = await self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            raise CdpError(f"{expression!r}: {details.get('exception', {}).get('description')}")
        return answer["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 20.0) -> Any:
        """Poll ``expression`` until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while True:
            try:
                last = await self.evaluate(expression)
            except CdpError:
                last = None  # e.g. during a navigation, the context is being replaced
            if last:
                return last
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression!r} (last: {last!r})")
            await asyncio.sleep(0.05)

    async def click(self, selector: str) -> None:
        """A real mouse click (pressed + released) at the centre of the element."""
        box = await self.evaluate(
            f"""(() => {{
                const el = document.querySelector({json.dumps(selector)});
                if (!el) return null;
                el.scrollIntoView({{block: "center"}});
                const r = el.getBoundingClientRect();
                return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
            }})()"""
        )
        if not box:
            raise AssertionError(f"nothing matches {selector!r}")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            await self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1},
            )

    async def set_files(self, selector: str, paths: list[Path]) -> None:
        document = await self.send("DOM.getDocument", {"depth": 0})
        found = await self.send(
            "DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector}
        )
        if not found.get("nodeId"):
            raise AssertionError(f"nothing matches {selector!r}")
        await self.send(
            "DOM.setFileInputFiles",
            {"nodeId": found["nodeId"], "files": [str(p) for p in paths]},
        )

    async def screenshot(self, path: Path) -> Path:
        shot = await self.send(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
        )
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

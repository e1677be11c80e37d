"""Helpers for the SDK tests: a real server on a real socket, fake analysers, PDF checks."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pikepdf
from aiohttp.test_utils import TestServer

from conftest import make_settings
from docsplit.models import DocumentSpan, PageInfo, Proposal, Stage
from docsplit.web.app import create_app
from docsplit.web.keys import TOKENS


async def start_server(
    data_dir: Path, analyser: Any = None, port: int | None = None, **overrides: Any
) -> TestServer:
    """The real app on 127.0.0.1 (``port`` to restart on the same address)."""
    app = create_app(make_settings(data_dir, **overrides), analyser=analyser)
    server = TestServer(app, host="127.0.0.1", port=port)
    await server.start_server()
    return server


def base_url(server: TestServer) -> str:
    return str(server.make_url("")).rstrip("/")


def admin_token(server: TestServer) -> str:
    token: str = server.app[TOKENS].issue("root", role="admin")
    return token


def page_count(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


class StepAnalyser:
    """A fake analyser the test drives page by page: each page reports progress, then waits
    for ``step()``. Proposes a document every two pages."""

    def __init__(self, pages: int = 6, released: bool = False) -> None:
        self.pages = pages
        self._steps = threading.Semaphore(pages if released else 0)
        self.reached = [threading.Event() for _ in range(pages + 1)]

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self._steps.release()

    def __call__(self, pdf_path: Path, options: Any, **kw: Any) -> Any:
        progress, cancel = kw["progress"], kw["cancel"]
        for page in range(1, self.pages + 1):
            progress(Stage.TEXT_EXTRACTION, page, self.pages, f"page {page}")
            self.reached[page].set()
            while not self._steps.acquire(timeout=0.01):
                cancel.check()
        progress(Stage.BOUNDARY_DETECTION, self.pages, self.pages, "done")
        infos = [PageInfo(number=n, text=f"page {n}") for n in range(1, self.pages + 1)]
        spans = tuple(
            DocumentSpan(start=s, end=min(s + 1, self.pages), confidence=0.9, reasons=("test",))
            for s in range(1, self.pages + 1, 2)
        )
        return infos, Proposal(documents=spans, source="test"), {}


class FailingAnalyser:
    def __call__(self, pdf_path: Path, options: Any, **kw: Any) -> Any:
        kw["progress"](Stage.TEXT_EXTRACTION, 1, 2, "page 1")
        raise RuntimeError("the analyser broke")

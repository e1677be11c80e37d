"""Shared fixtures: settings on a temporary data dir, generated PDFs, the real app."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docsplit.config import Settings, load_settings
from docsplit.web.app import create_app

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def pdf_bytes(pages: int = 3, texts: Sequence[str] | None = None, **kwargs: Any) -> bytes:
    """A born-digital PDF; page ``i`` says ``texts[i]`` (default "Page i of N")."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, **kwargs)
    height = A4[1]
    for i in range(pages):
        text = texts[i] if texts else f"Test document page {i + 1}"
        y = height - 72
        for line in text.splitlines() or [""]:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


_LETTER = (
    "Acme Tools Ltd\n12 Mill Road, Leeds LS1 4DY\n"
    "Quarterly maintenance report for the press line\n"
    "The hydraulic press was serviced and its seals replaced.\n"
    "Oil pressure readings stayed within the tolerance band.\n"
)
_NOTICE = (
    "Riverside Clinic\n4 Bridge Street, York YO1 6DA\n"
    "Appointment reminder and patient information\n"
    "Please bring your referral letter and a list of medicines.\n"
    "Fasting is not needed before the blood test.\n"
)
#: Single-sided paper fed through a duplex scanner: a two-page report, a two-page notice and
#: a one-page report, a blank back behind every sheet and a blank sheet (pages 9 and 10) fed
#: between the notice and the last report. With ``duplex`` the documents are pages 1-3, 5-7
#: and 11, the backs left out.
DUPLEX_TEXTS = [_LETTER, "", _LETTER, "", _NOTICE, "", _NOTICE, "", "", "", _LETTER, ""]


#: Two pages under one running header with nothing in common but it: the detector keeps them
#: together (p ~0.23) and offers page 2 as a possible start for review.
NEARLY_SPLIT_TEXTS = [
    "Weekly notes\n"
    "The roses along the south wall need pruning before the frost.\n"
    "Mulch the borders with compost and water the young plants well.\n"
    "Seedlings of tomatoes and peppers stay in the greenhouse for now.\n"
    "Divide the perennials and replant them in richer soil this autumn.\n"
    "The orchard trees carry apples and pears; pick them when ripe.",
    "Weekly notes\n"
    "The engine idles rough and the gearbox whines in third gear.\n"
    "Brake pads worn to three millimetres; discs scored on both sides.\n"
    "Tyres balanced, wheel alignment checked, exhaust bracket replaced.\n"
    "Oil and filters changed; coolant topped up; battery tested weak.\n"
    "Wipers, bulbs and horn working; suspension bushes show some play.",
]


def bills_pdf(numbers: Sequence[str], footer: str = "Page 1") -> bytes:
    """Born-digital one-page gas bills of one company, alike but for the bill number: labels in
    one column, values right-aligned far from them (read whole, Tesseract puts the value column
    in blocks of its own)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    for number in numbers:
        pdf.setFont("Courier-Bold", 13)
        pdf.drawString(60, height - 70, "Valewood Gas Company")
        pdf.setFont("Courier", 11)
        fields = [("Account number:", "864 1615 434"), ("Bill number:", number)]
        for i, (label, value) in enumerate(fields):
            pdf.drawString(300, height - 130 - i * 18, label)
            pdf.drawRightString(width - 60, height - 130 - i * 18, value)
        for i in range(6):
            pdf.drawString(
                60, height * 0.6 - i * 18, f"Charges for gas supplied in this period {i}"
            )
        pdf.drawRightString(width - 60, 40, footer)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return pdf_bytes


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside the checkout ({CORPUS})")
    return CORPUS


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    values = {"data_dir": data_dir, "workers": 2, "max_concurrent_jobs": 2, **overrides}
    return load_settings(environ={}, overrides=values)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data")


ClientFactory = Callable[..., Awaitable[TestClient[Any, Any]]]


@pytest.fixture
def make_client(aiohttp_client: Any, tmp_path: Path) -> ClientFactory:
    """``await make_client(**settings_overrides)`` -> a test client of the real app."""

    async def factory(**overrides: Any) -> TestClient[Any, Any]:
        analyser = overrides.pop("analyser", None)
        overrides.setdefault("data_dir", tmp_path / "data")
        settings = make_settings(**overrides)
        client: TestClient[Any, Any] = await aiohttp_client(create_app(settings, analyser=analyser))
        return client

    return factory


@pytest.fixture
async def client(make_client: ClientFactory) -> TestClient[Any, Any]:
    return await make_client()


async def upload(
    client: TestClient[Any, Any],
    data: bytes,
    filename: str = "stream.pdf",
    options: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Any:
    """POST /api/sessions with a multipart body; returns the response."""
    import json

    import aiohttp

    form = aiohttp.FormData()
    form.add_field("file", data, filename=filename, content_type="application/pdf")
    if options is not None:
        form.add_field("options", json.dumps(options), content_type="application/json")
    return await client.post("/api/sessions", data=form, headers=headers or {})


async def wait_status(
    client: TestClient[Any, Any],
    session_id: str,
    statuses: Sequence[str],
    timeout: float = 60.0,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Poll the session until its status is one of ``statuses``."""
    deadline = time.monotonic() + timeout
    while True:
        resp = await client.get(f"/api/sessions/{session_id}", headers=headers or {})
        body: dict[str, Any] = await resp.json()
        if body.get("status") in statuses:
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"session stuck in {body.get('status')}: {body}")
        await asyncio.sleep(0.05)

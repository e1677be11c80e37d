"""JobManager: percentages that never go backwards, ETAs, statistics, failures on the stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import pdf_bytes, upload, wait_status
from docsplit.errors import OcrUnavailable
from docsplit.models import DocumentSpan, PageInfo, Proposal, Stage
from docsplit.web.keys import HUB


def wobbly_analyser(pdf_path: Path, options: Any, **kw: Any) -> Any:
    """Reports progress out of order, as parallel page workers do."""
    progress = kw["progress"]
    for current in (1, 3, 2, 4, 4):
        progress(Stage.TEXT_EXTRACTION, current, 4, "page")
    for current in (2, 1, 4):
        progress(Stage.OCR, current, 4, "ocr")
    progress(Stage.BOUNDARY_DETECTION, 1, 1, "done")
    pages = [PageInfo(number=i, ocr_used=i > 2) for i in range(1, 5)]
    return pages, Proposal((DocumentSpan(1, 2), DocumentSpan(3, 4))), {"pages": 4}


def failing_analyser(pdf_path: Path, options: Any, **kw: Any) -> Any:
    raise OcrUnavailable("tesseract is not installed")


async def test_progress_is_monotonic_with_eta_and_statistics(make_client: Any) -> None:
    client = await make_client(analyser=wobbly_analyser)
    sid = (await (await upload(client, pdf_bytes(4))).json())["session_id"]
    body = await wait_status(client, sid, ["ready"])
    assert body["statistics"]["ocr_pages"] == 2 and body["statistics"]["documents"] == 2
    events = client.server.app[HUB].events_after(sid, 0) or []
    progress = [e.data for e in events if e.type == "progress" and e.data["stage"] != "upload"]
    overall = [p["overall_percentage"] for p in progress]
    assert overall == sorted(overall) and overall[-1] == 100
    for stage in ("text_extraction", "ocr"):
        pcts = [p["stage_percentage"] for p in progress if p["stage"] == stage]
        assert pcts == sorted(pcts) and pcts[-1] == 100
    assert any(p["eta_s"] is not None for p in progress)
    types = [e.type for e in events]
    assert types.index("processing_start") < types.index("processing_complete")
    assert types[-1] == "status" and events[-1].data["status"] == "ready"


async def test_a_failure_is_published_and_recorded(make_client: Any) -> None:
    client = await make_client(analyser=failing_analyser)
    sid = (await (await upload(client, pdf_bytes(2))).json())["session_id"]
    body = await wait_status(client, sid, ["failed"])
    assert body["error"] == {"code": "ocr_unavailable", "message": "tesseract is not installed"}
    events = client.server.app[HUB].events_after(sid, 0) or []
    errors = [e.data for e in events if e.type == "processing_error"]
    assert errors == [
        {"code": "ocr_unavailable", "message": "tesseract is not installed", "recoverable": True}
    ]
    assert (await client.get("/healthz")).status == 200

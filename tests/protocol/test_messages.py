"""Message classes: round trips, the tagged union, and every event the jobs publish."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from conftest import pdf_bytes, upload, wait_status
from docsplit.errors import InvalidMessage, OcrFailed, UnknownMessageType
from docsplit.protocol.messages import (
    CLIENT_MESSAGES,
    RETRY_CLOSE_CODES,
    SERVER_MESSAGES,
    TERMINAL_CLOSE_CODES,
    ClientAuthRequest,
    ClientHeartbeat,
    CloseCode,
    ErrorMessage,
    Message,
    ProgressMessage,
    StatusMessage,
    decode_client,
    decode_server,
    encode,
)
from docsplit.services.events import Event
from docsplit.web.keys import HUB, STORAGE

NOW = datetime(2026, 1, 2, 3, 4, 5, 600000, tzinfo=UTC)
BASE = {"id": 7, "timestamp": NOW, "session_id": "s" * 32}
EXAMPLES: dict[str, dict[str, Any]] = {
    "connection": {
        "client_id": "c",
        "features": ["heartbeat"],
        "heartbeat_interval": 30.0,
        "client_timeout": 90.0,
        "authenticated": False,
        "snapshot": {"status": "ready"},
    },
    "disconnection": {"code": 1001, "reason": "bye", "reconnect": True},
    "heartbeat": {"sequence": 3},
    "pong": {"sequence": 3},
    "auth_request": {"message": "token please", "timeout_s": 10.0},
    "auth_success": {"sub": "alice", "role": "user", "expires_at": NOW},
    "auth_failure": {"code": "unauthorized", "message": "expired", "close_code": 4401},
    "progress": {
        "stage": "ocr",
        "stage_percentage": 50.0,
        "overall_percentage": 65.0,
        "current": 2,
        "total": 4,
        "message": "page 2",
        "eta_s": 1.5,
    },
    "split_progress": {
        "stage": "splitting",
        "stage_percentage": 50.0,
        "overall_percentage": 47.5,
        "current": 1,
        "total": 2,
        "message": "",
        "eta_s": None,
    },
    "status": {"status": "ready", "previous_status": "processing", "metadata": {"documents": 2}},
    "processing_start": {"page_count": 4, "options": {"ocr": "auto"}},
    "processing_complete": {
        "statistics": {"pages": 4},
        "documents": [{"start": 1, "end": 4}],
        "excluded_pages": [],
    },
    "split_start": {"documents": 2},
    "split_complete": {"documents": [{"index": 1}], "statistics": {"documents": 1}},
    "error": {"code": "invalid_message", "message": "bad", "recoverable": True},
    "processing_error": {"code": "ocr_failed", "message": "x", "recoverable": True},
    "split_error": {"code": "internal_error", "message": "x", "recoverable": True},
    "info": {"message": "hi", "data": {"a": 1}},
    "warning": {"message": "careful", "data": {}},
}


def test_every_type_of_the_issue_has_a_class() -> None:
    assert set(SERVER_MESSAGES) == set(EXAMPLES)
    assert set(CLIENT_MESSAGES) == {"heartbeat", "pong", "auth_request"}


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_round_trip(kind: str) -> None:
    cls = SERVER_MESSAGES[kind]
    message = cls(**BASE, **EXAMPLES[kind])
    assert message.type == kind
    text = encode(message)
    assert '"timestamp":"2026-01-02T03:04:05.600000Z"' in text
    assert decode_server(text) == message


def test_the_tag_is_checked_before_structuring() -> None:
    with pytest.raises(UnknownMessageType):
        decode_server({"type": "nope", **BASE})
    with pytest.raises(InvalidMessage):
        decode_server('{"id": 1}')
    with pytest.raises(InvalidMessage):
        decode_server("[1, 2]")
    with pytest.raises(InvalidMessage):
        decode_server("{")
    with pytest.raises(ValueError, match="type must be 'heartbeat'"):
        ClientHeartbeat(type="pong")
    with pytest.raises(ValueError, match="type must be 'progress'"):
        ProgressMessage(**BASE, **EXAMPLES["progress"], type="status")


def test_wrong_or_extra_fields_are_invalid() -> None:
    good = {"type": "heartbeat", "id": 1, "timestamp": "2026-01-01T00:00:00Z", "session_id": "s"}
    assert decode_server({**good, "sequence": 1}).type == "heartbeat"
    with pytest.raises(InvalidMessage, match="sequence"):
        decode_server({**good, "sequence": "one"})
    with pytest.raises(InvalidMessage):
        decode_server({**good, "sequence": 1, "surprise": True})
    with pytest.raises(InvalidMessage):
        decode_server(good)  # sequence missing


def test_client_messages() -> None:
    assert decode_client('{"type": "heartbeat"}') == ClientHeartbeat()
    assert decode_client({"type": "auth_request", "token": "t"}) == ClientAuthRequest(token="t")
    with pytest.raises(InvalidMessage):
        decode_client({"type": "auth_request"})
    with pytest.raises(UnknownMessageType):
        decode_client({"type": "progress"})
    assert encode(ClientHeartbeat(sequence=2)).startswith('{"type":"heartbeat"')


def test_close_codes() -> None:
    assert {int(c) for c in TERMINAL_CLOSE_CODES} == {4000, 4401, 4403, 4404}
    assert {int(c) for c in RETRY_CLOSE_CODES} == {1001, 1006, 1011, 1012, 1013, 4008, 4408, 4429}
    assert not TERMINAL_CLOSE_CODES & RETRY_CLOSE_CODES
    assert CloseCode.MESSAGE_TOO_BIG == 1009


def test_hub_event_json_is_a_valid_message() -> None:
    event = Event(session_id="s", id=3, type="status", timestamp=NOW, data=EXAMPLES["status"])
    decoded = decode_server(event.json)
    assert isinstance(decoded, StatusMessage) and decoded.id == 3
    assert decoded.timestamp == NOW


async def test_every_event_the_jobs_publish_decodes(make_client: Any) -> None:
    """Run processing, a split and a failed split; decode every event they publish."""
    seen: list[Event] = []
    client = await make_client()
    client.app[HUB].subscribe_all(seen.append)
    resp = await upload(client, pdf_bytes(3))
    sid = (await resp.json())["session_id"]
    await wait_status(client, sid, ["ready"])
    await client.put(f"/api/sessions/{sid}/boundaries", json={"starts": [1, 3]})
    assert (await client.post(f"/api/sessions/{sid}/split")).status == 202
    await wait_status(client, sid, ["split"])
    # A split that fails: its source file is gone.
    client.app[STORAGE].original_path(sid).unlink()
    assert (await client.post(f"/api/sessions/{sid}/split")).status == 202
    await wait_status(client, sid, ["failed"])

    decoded: list[Message] = [decode_server(e.as_dict()) for e in seen]
    decoded += [decode_server(e.json) for e in seen]
    kinds = {e.type for e in seen}
    assert {
        "status",
        "processing_start",
        "progress",
        "processing_complete",
        "info",
        "split_start",
        "split_progress",
        "split_complete",
        "split_error",
    } <= kinds
    errors = [d for d in decoded if isinstance(d, ErrorMessage)]
    assert errors and all(e.type == "split_error" for e in errors)


async def test_processing_error_event_decodes(make_client: Any) -> None:
    def failing(*args: Any, **kwargs: Any) -> Any:
        raise OcrFailed("no tesseract")

    client = await make_client(analyser=failing)
    seen: list[Event] = []
    client.app[HUB].subscribe_all(seen.append)
    resp = await upload(client, pdf_bytes(1))
    sid = (await resp.json())["session_id"]
    await wait_status(client, sid, ["failed"])
    decoded = [decode_server(e.json) for e in seen]
    (error,) = [d for d in decoded if d.type == "processing_error"]
    assert isinstance(error, ErrorMessage) and error.code == "ocr_failed"


def test_every_example_in_the_protocol_doc_decodes() -> None:
    """docs/websocket-protocol.md stays true: each JSON example is a valid message."""
    import json
    import re
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "websocket-protocol.md"
    blocks = re.findall(r"```json\n(.*?)```", doc.read_text(), re.S)
    documented = set()
    for block in blocks:
        data = json.loads(block)
        if "total_connections" in data:
            continue  # the stats response, not a message
        if "session_id" in data and "timestamp" in data:
            documented.add(decode_server(data).type)
        else:
            decode_client(data)
    assert documented == set(SERVER_MESSAGES)

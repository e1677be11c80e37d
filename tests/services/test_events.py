"""EventHub: ids, replay windows, persistence across a restart, subscriber isolation."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import pdf_bytes
from docsplit.models import DocumentSpan, ProcessingOptions, Proposal
from docsplit.services.events import Event, EventHub
from docsplit.services.storage import Storage, new_session_id


def test_ids_increase_and_replay_window() -> None:
    hub = EventHub(None, replay_size=3)
    for i in range(5):
        hub.publish("s", "info", {"n": i})
    assert hub.last_id("s") == 5
    assert [e.id for e in hub.events_after("s", 2) or []] == [3, 4, 5]
    assert hub.events_after("s", 1) is None  # event 2 was dropped: too old
    assert hub.events_after("s", 5) == []
    assert hub.events_after("other", 0) == []


def test_subscribers_get_events_and_a_failing_one_does_not_stop_others() -> None:
    hub = EventHub(None)
    seen: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("boom")

    hub.subscribe("s", broken)
    unsubscribe = hub.subscribe("s", seen.append)
    hub.publish("s", "status", {"status": "queued"})
    unsubscribe()
    hub.publish("s", "status", {"status": "ready"})
    assert [e.data["status"] for e in seen] == ["queued"]


def test_json_is_built_once_and_has_the_envelope() -> None:
    event = EventHub(None).publish("s", "progress", {"stage": "ocr"})
    wire = json.loads(event.json)
    assert wire["id"] == 1 and wire["type"] == "progress" and wire["session_id"] == "s"
    assert wire["timestamp"].endswith("Z") and wire["stage"] == "ocr"
    assert event.json is event.json


def test_ids_and_replay_survive_a_restart(tmp_path: Path) -> None:
    storage = Storage(tmp_path)
    storage.open()
    upload = storage.new_upload_path()
    upload.write_bytes(pdf_bytes(1))
    sid = new_session_id()
    storage.create_session(
        sid, upload, "a.pdf", 1, ProcessingOptions(), None, Proposal((DocumentSpan(1, 1),))
    )
    hub = EventHub(storage, replay_size=10)
    for i in range(4):
        hub.publish(sid, "info", {"n": i})
    storage.close()

    storage.open()
    again = EventHub(storage, replay_size=10)
    assert again.last_id(sid) == 4
    assert [e.data["n"] for e in again.events_after(sid, 2) or []] == [2, 3]
    assert again.publish(sid, "info", {"n": 4}).id == 5
    storage.close()

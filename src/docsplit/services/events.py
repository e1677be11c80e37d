"""EventHub: per-session publish/subscribe with ids, a bounded replay buffer and persistence.

Every event a session produces (status changes, progress, results, admin broadcasts) goes
through :meth:`EventHub.publish`, which gives it the next id of that session's stream, keeps it in
a ring buffer of ``replay_size`` entries, stores it in SQLite (so that ids keep increasing and
replay works across a restart) and calls the subscribers. The JSON text of an event is built
once, lazily, and shared by every receiver.

Runs on the event loop thread only; worker threads reach it through ``call_soon_threadsafe``.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import attrs

from docsplit.services.storage import Storage

log = logging.getLogger(__name__)

Subscriber = Callable[["Event"], None]
Unsubscribe = Callable[[], None]


@attrs.frozen
class Event:
    """One message of a session's stream; ``data`` holds the message's own fields."""

    session_id: str
    id: int
    type: str
    timestamp: datetime
    data: dict[str, Any]
    # client_ids that must not receive this event (admin broadcast ``exclude``); not persisted.
    exclude: frozenset[str] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "timestamp": self.timestamp.isoformat().replace("+00:00", "Z"),
            "session_id": self.session_id,
            **self.data,
        }

    @cached_property
    def json(self) -> str:
        """The wire form, built once for all receivers."""
        return json.dumps(self.as_dict(), separators=(",", ":"), ensure_ascii=False)


@attrs.define
class _Stream:
    last_id: int
    buffer: deque[Event]
    subscribers: list[Subscriber] = attrs.Factory(list)


class EventHub:
    """Publish/subscribe per session with replay; see the module docstring."""

    def __init__(self, storage: Storage | None, replay_size: int = 1000) -> None:
        self._storage = storage
        self._replay_size = replay_size
        self._streams: dict[str, _Stream] = {}
        self._global: list[Subscriber] = []
        self._since_trim: dict[str, int] = {}

    def _stream(self, session_id: str) -> _Stream:
        stream = self._streams.get(session_id)
        if stream is None:
            buffer: deque[Event] = deque(maxlen=self._replay_size)
            last_id = 0
            if self._storage is not None:
                for event_id, kind, created, data in self._storage.load_events(
                    session_id, self._replay_size
                ):
                    buffer.append(
                        Event(
                            session_id=session_id,
                            id=event_id,
                            type=kind,
                            timestamp=datetime.fromisoformat(created),
                            data=json.loads(data),
                        )
                    )
                    last_id = event_id
            stream = self._streams[session_id] = _Stream(last_id=last_id, buffer=buffer)
        return stream

    def publish(
        self,
        session_id: str,
        type: str,
        data: dict[str, Any] | None = None,
        exclude: Iterable[str] = (),
    ) -> Event:
        stream = self._stream(session_id)
        stream.last_id += 1
        event = Event(
            session_id=session_id,
            id=stream.last_id,
            type=type,
            timestamp=datetime.now(UTC),
            data=data or {},
            exclude=frozenset(exclude),
        )
        stream.buffer.append(event)
        self._persist(event)
        for callback in (*stream.subscribers, *self._global):
            try:
                callback(event)
            except Exception:  # one broken subscriber must not silence the others
                log.exception("event subscriber failed for %s", session_id)
        return event

    def _persist(self, event: Event) -> None:
        if self._storage is None:
            return
        try:
            self._storage.append_events(
                [
                    (
                        event.session_id,
                        event.id,
                        event.type,
                        event.timestamp.isoformat(),
                        json.dumps(event.data, separators=(",", ":")),
                    )
                ]
            )
            count = self._since_trim.get(event.session_id, 0) + 1
            if count >= self._replay_size:
                self._storage.trim_events(event.session_id, self._replay_size)
                count = 0
            self._since_trim[event.session_id] = count
        except Exception:  # the session may be gone (deleted mid-job): keep streaming live
            log.debug("could not persist event %s/%s", event.session_id, event.id, exc_info=True)

    def subscribe(self, session_id: str, callback: Subscriber) -> Unsubscribe:
        stream = self._stream(session_id)
        stream.subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in stream.subscribers:
                stream.subscribers.remove(callback)

        return unsubscribe

    def subscribe_all(self, callback: Subscriber) -> Unsubscribe:
        self._global.append(callback)

        def unsubscribe() -> None:
            if callback in self._global:
                self._global.remove(callback)

        return unsubscribe

    def last_id(self, session_id: str) -> int:
        return self._stream(session_id).last_id

    def events_after(self, session_id: str, last_id: int) -> list[Event] | None:
        """Every buffered event with an id above ``last_id``, or None when some were dropped."""
        stream = self._stream(session_id)
        if last_id >= stream.last_id:
            return []
        oldest = stream.buffer[0].id if stream.buffer else stream.last_id + 1
        if last_id < oldest - 1:
            return None
        return [e for e in stream.buffer if e.id > last_id]

    def forget(self, session_id: str) -> None:
        """Drop a deleted session's stream (subscribers were told already)."""
        self._streams.pop(session_id, None)
        self._since_trim.pop(session_id, None)

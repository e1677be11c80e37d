"""How pipeline code reports progress and notices cancellation, without knowing about asyncio."""

from __future__ import annotations

import threading
from typing import Protocol

from docsplit.errors import Cancelled
from docsplit.models import Stage


class ProgressFn(Protocol):
    """Called from worker threads: ``stage``, ``current`` of ``total`` steps done, a message."""

    def __call__(self, stage: Stage, current: int, total: int, message: str = "") -> None: ...


def no_progress(stage: Stage, current: int, total: int, message: str = "") -> None:
    """A :class:`ProgressFn` that drops everything (CLI quiet mode, tests)."""


class CancelToken:
    """A thread-safe flag checked between pages; ``check()`` raises :class:`Cancelled`."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = "cancelled"

    def cancel(self, reason: str = "cancelled") -> None:
        self.reason = reason
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled(f"the job was stopped: {self.reason}")

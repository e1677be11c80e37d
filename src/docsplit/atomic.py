"""Atomic file writes: a reader sees the old file or the whole new one, never half of it.

A leaf module (no docsplit imports) so the pipeline and the services can both use it.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path


def commit_file(tmp: Path, target: Path) -> None:
    """fsync ``tmp`` and rename it over ``target`` (atomic on POSIX within one file system)."""
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    tmp.replace(target)


@contextlib.contextmanager
def atomic_write_path(target: Path) -> Iterator[Path]:
    """Yield a hidden temporary path beside ``target``; on success commit it into place.

    On an exception the temporary file is removed and ``target`` is left as it was.
    """
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        commit_file(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)

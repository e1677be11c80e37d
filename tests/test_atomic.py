"""Atomic writes: the target is the old file or the whole new one."""

from __future__ import annotations

from pathlib import Path

import pytest

from docsplit.atomic import atomic_write_path


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError), atomic_write_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("crash mid-write")
    assert list(tmp_path.iterdir()) == []
    with atomic_write_path(target) as tmp:
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole" and list(tmp_path.iterdir()) == [target]

"""Storage: schema version, ids that cannot escape the data dir, atomic writes, rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import pdf_bytes
from docsplit.errors import NotFound
from docsplit.models import DocumentSpan, OutputDocument, PageInfo, ProcessingOptions, Proposal
from docsplit.services.storage import (
    MIGRATIONS,
    Storage,
    check_session_id,
    new_session_id,
)


@pytest.fixture
def storage(tmp_path: Path) -> Storage:
    store = Storage(tmp_path / "data")
    store.open()
    yield store  # type: ignore[misc]
    store.close()


def _session(storage: Storage, tmp_path: Path) -> str:
    upload = storage.new_upload_path()
    upload.write_bytes(pdf_bytes(3))
    sid = new_session_id()
    proposal = Proposal(documents=(DocumentSpan(1, 3),))
    storage.create_session(sid, upload, "a.pdf", 3, ProcessingOptions(), "alice", proposal)
    return sid


def test_schema_version_and_wal(storage: Storage) -> None:
    assert storage.schema_version == len(MIGRATIONS)
    db = sqlite3.connect(storage.data_dir / "docsplit.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    for _ in range(2):
        store = Storage(tmp_path)
        store.open()
        assert store.schema_version == len(MIGRATIONS)
        store.close()


@pytest.mark.parametrize(
    "bad", ["", "../../etc", "A" * 32, "0" * 31, "0" * 33, "0" * 31 + "/", "..", "%2e%2e"]
)
def test_malformed_ids_are_not_found(storage: Storage, bad: str) -> None:
    with pytest.raises(NotFound):
        check_session_id(bad)
    with pytest.raises(NotFound):
        storage.session_dir(bad)


def test_session_rows_pages_documents(storage: Storage, tmp_path: Path) -> None:
    sid = _session(storage, tmp_path)
    assert storage.original_path(sid).read_bytes().startswith(b"%PDF")
    assert list(storage.tmp_dir.iterdir()) == []
    session = storage.get_session(sid)
    assert session.owner == "alice" and session.page_count == 3

    pages = [PageInfo(number=i, text=f"p{i}", barcodes=("X",)) for i in (1, 2, 3)]
    storage.save_pages(sid, pages)
    assert storage.get_pages(sid) == pages

    docs = [
        OutputDocument(1, 1, 2, "T", "T.pdf", 10, 2),
        OutputDocument(2, 3, 3, None, "b.pdf", 5, 1),
    ]
    storage.save_documents(sid, docs)
    assert storage.get_documents(sid) == docs

    storage.delete_session(sid)
    with pytest.raises(NotFound):
        storage.get_session(sid)
    assert not (storage.sessions_dir / sid).exists()
    assert storage.get_pages(sid) == []


def test_uploads_in_flight_are_cleared_on_open(tmp_path: Path) -> None:
    store = Storage(tmp_path)
    store.open()
    leftover = store.new_upload_path()
    leftover.write_bytes(b"half an upload")
    store.close()
    store.open()
    assert not leftover.exists()
    store.close()


def test_migration_from_version_1_keeps_rows(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "docsplit.sqlite3")
    db.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    sid = "a" * 32
    db.execute(
        "INSERT INTO sessions (id, filename, status, created_at, updated_at)"
        " VALUES (?, 'a.pdf', 'split', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
        (sid,),
    )
    db.execute(
        "INSERT INTO documents VALUES (?, 1, 3, 7, NULL, 'a_01.pdf', 99)",
        (sid,),
    )
    db.commit()
    db.close()
    store = Storage(tmp_path)
    store.open()
    assert store.schema_version == len(MIGRATIONS) >= 2
    assert store.get_documents(sid)[0].page_count == 5
    store.close()

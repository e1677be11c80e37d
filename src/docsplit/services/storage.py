"""The data directory and its SQLite database: sessions, pages, documents, jobs and events.

Layout of ``data_dir``::

    docsplit.sqlite3          WAL-mode database (schema version in PRAGMA user_version)
    secret.key                JWT signing secret (0600), unless configured elsewhere
    sessions/<id>/original.pdf
    sessions/<id>/output/<nn>.pdf
    tmp/                      uploads in flight; cleared at start

Session ids are 32 lowercase hex characters; :meth:`Storage.session_dir` refuses anything else,
so no request can name a path outside the data directory. Every file that is served is written
to a temporary name first and renamed into place (:mod:`docsplit.atomic`), so a crash never
leaves a half-written PDF under a served name. The database is only touched from one thread at
a time (a lock), and each call is one short transaction.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docsplit.errors import NotFound
from docsplit.models import (
    OutputDocument,
    PageInfo,
    ProcessingOptions,
    Proposal,
    Session,
    SessionStatus,
    Stage,
)
from docsplit.protocol import codec

SESSION_ID_RE = re.compile(r"^[0-9a-f]{32}$")
ORIGINAL_NAME = "original.pdf"

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        filename TEXT NOT NULL,
        status TEXT NOT NULL,
        stage TEXT,
        stage_current INTEGER NOT NULL DEFAULT 0,
        stage_total INTEGER NOT NULL DEFAULT 0,
        progress REAL NOT NULL DEFAULT 0,
        size_bytes INTEGER NOT NULL DEFAULT 0,
        page_count INTEGER,
        options TEXT NOT NULL DEFAULT '{}',
        owner TEXT,
        error_code TEXT,
        error_message TEXT,
        proposal TEXT,
        boundaries TEXT,
        boundaries_source TEXT,
        stats TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX sessions_created ON sessions (created_at DESC);
    CREATE TABLE pages (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, number)
    );
    CREATE TABLE documents (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start_page INTEGER NOT NULL,
        end_page INTEGER NOT NULL,
        title TEXT,
        filename TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        PRIMARY KEY (session_id, idx)
    );
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        error TEXT,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
    );
    CREATE INDEX jobs_session ON jobs (session_id);
    CREATE TABLE events (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        type TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, id)
    );
    """,
    # 2: the page count of a written document (separator pages left out make it differ
    # from end - start + 1); older rows get the span's length.
    """
    ALTER TABLE documents ADD COLUMN page_count INTEGER;
    UPDATE documents SET page_count = end_page - start_page + 1;
    """,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_session_id() -> str:
    return uuid.uuid4().hex


def check_session_id(session_id: str) -> str:
    """Return ``session_id`` if it is well formed; a malformed id is simply not found."""
    if not SESSION_ID_RE.match(session_id):
        raise NotFound(f"no session {session_id[:64]!r}")
    return session_id


class Storage:
    """Owns the data directory and the SQLite connection."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.sessions_dir = data_dir / "sessions"
        self.tmp_dir = data_dir / "tmp"
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def open(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.sessions_dir.mkdir(exist_ok=True)
        # Uploads still in tmp/ were never accepted: the client got no 201 for them.
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
        self.tmp_dir.mkdir(exist_ok=True)
        db = sqlite3.connect(
            self.data_dir / "docsplit.sqlite3", check_same_thread=False, isolation_level=None
        )
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a process kill (not a power cut) without an fsync per write.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=5000")
        self._db = db
        self._migrate()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._lock:
            current = self.schema_version
            for version, script in enumerate(MIGRATIONS, start=1):
                if version <= current:
                    continue
                self._conn.executescript(
                    f"BEGIN; {script}; PRAGMA user_version = {version}; COMMIT;"
                )

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("storage is not open")
        return self._db

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    # -- paths -------------------------------------------------------------------------------

    def session_dir(self, session_id: str) -> Path:
        return self.sessions_dir / check_session_id(session_id)

    def original_path(self, session_id: str) -> Path:
        return self.session_dir(session_id) / ORIGINAL_NAME

    def output_dir(self, session_id: str) -> Path:
        return self.session_dir(session_id) / "output"

    def new_upload_path(self) -> Path:
        return self.tmp_dir / f"upload-{uuid.uuid4().hex}.pdf"

    # -- sessions ----------------------------------------------------------------------------

    def create_session(
        self,
        session_id: str,
        upload: Path,
        filename: str,
        page_count: int,
        options: ProcessingOptions,
        owner: str | None,
        proposal: Proposal,
    ) -> Session:
        """Move a validated upload into place and record the session, atomically enough:
        the file is renamed first, and a session row without its file cannot exist."""
        directory = self.session_dir(session_id)
        directory.mkdir(parents=True)
        size = upload.stat().st_size
        upload.replace(directory / ORIGINAL_NAME)
        now = utcnow().isoformat()
        try:
            with self._tx() as conn:
                conn.execute(
                    "INSERT INTO sessions (id, filename, status, stage, page_count, size_bytes,"
                    " options, owner, proposal, boundaries_source, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        filename,
                        SessionStatus.QUEUED.value,
                        Stage.VALIDATION.value,
                        page_count,
                        size,
                        codec.dumps(options),
                        owner,
                        codec.dumps(proposal),
                        proposal.source,
                        now,
                        now,
                    ),
                )
        except BaseException:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        return self.get_session(session_id)

    def get_session(self, session_id: str) -> Session:
        rows = self._query("SELECT * FROM sessions WHERE id = ?", (check_session_id(session_id),))
        if not rows:
            raise NotFound(f"no session {session_id}")
        return _session_from_row(rows[0])

    def list_sessions(
        self, limit: int = 50, offset: int = 0, owner: str | None = None
    ) -> tuple[list[Session], int]:
        where, params = ("WHERE owner = ?", [owner]) if owner is not None else ("", [])
        total = int(self._query(f"SELECT COUNT(*) FROM sessions {where}", params)[0][0])
        rows = self._query(
            f"SELECT * FROM sessions {where} ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_session_from_row(r) for r in rows], total

    def sessions_with_status(self, *statuses: SessionStatus) -> list[Session]:
        marks = ",".join("?" * len(statuses))
        rows = self._query(
            f"SELECT * FROM sessions WHERE status IN ({marks}) ORDER BY created_at",
            [s.value for s in statuses],
        )
        return [_session_from_row(r) for r in rows]

    def sessions_older_than(self, cutoff: datetime) -> list[str]:
        rows = self._query("SELECT id FROM sessions WHERE updated_at < ?", (cutoff.isoformat(),))
        return [str(r[0]) for r in rows]

    def update_session(self, session_id: str, **fields: object) -> None:
        """Set columns of a session; enums are stored by value, attrs values as JSON."""
        if not fields:
            return
        columns = []
        values: list[object] = []
        for name, value in fields.items():
            columns.append(f"{name} = ?")
            if isinstance(value, SessionStatus | Stage):
                value = value.value
            elif isinstance(value, Proposal | ProcessingOptions | dict):
                value = codec.dumps(value)
            values.append(value)
        columns.append("updated_at = ?")
        values.append(utcnow().isoformat())
        with self._tx() as conn:
            conn.execute(
                f"UPDATE sessions SET {', '.join(columns)} WHERE id = ?", [*values, session_id]
            )

    def delete_session(self, session_id: str) -> None:
        directory = self.session_dir(session_id)
        with self._tx() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        # Rename first so a crash mid-delete never leaves a partial tree under a live id.
        if directory.exists():
            trash = self.tmp_dir / f"deleted-{session_id}-{uuid.uuid4().hex[:6]}"
            directory.replace(trash)
            shutil.rmtree(trash, ignore_errors=True)

    # -- boundaries --------------------------------------------------------------------------

    def get_proposal(self, session_id: str) -> Proposal | None:
        row = self._query("SELECT proposal FROM sessions WHERE id = ?", (session_id,))
        if not row or row[0][0] is None:
            return None
        return codec.converter.loads(row[0][0], Proposal)

    def get_boundaries(self, session_id: str) -> Proposal | None:
        """The user's boundaries when set, else the detected proposal."""
        row = self._query("SELECT boundaries, proposal FROM sessions WHERE id = ?", (session_id,))
        if not row:
            raise NotFound(f"no session {session_id}")
        text = row[0][0] or row[0][1]
        return None if text is None else codec.converter.loads(text, Proposal)

    def get_stats(self, session_id: str) -> dict[str, Any] | None:
        row = self._query("SELECT stats FROM sessions WHERE id = ?", (session_id,))
        if not row or row[0][0] is None:
            return None
        value: dict[str, Any] = json.loads(row[0][0])
        return value

    # -- pages -------------------------------------------------------------------------------

    def save_pages(self, session_id: str, pages: Sequence[PageInfo]) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM pages WHERE session_id = ?", (session_id,))
            conn.executemany(
                "INSERT INTO pages (session_id, number, data) VALUES (?, ?, ?)",
                [(session_id, p.number, codec.dumps(p)) for p in pages],
            )

    def get_pages(self, session_id: str) -> list[PageInfo]:
        rows = self._query(
            "SELECT data FROM pages WHERE session_id = ? ORDER BY number", (session_id,)
        )
        return [codec.converter.loads(r[0], PageInfo) for r in rows]

    # -- documents ---------------------------------------------------------------------------

    def save_documents(self, session_id: str, documents: Sequence[OutputDocument]) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM documents WHERE session_id = ?", (session_id,))
            conn.executemany(
                "INSERT INTO documents (session_id, idx, start_page, end_page, title, filename,"
                " size_bytes, page_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        session_id,
                        d.index,
                        d.start,
                        d.end,
                        d.title,
                        d.filename,
                        d.size_bytes,
                        d.page_count,
                    )
                    for d in documents
                ],
            )

    def get_documents(self, session_id: str) -> list[OutputDocument]:
        rows = self._query(
            "SELECT * FROM documents WHERE session_id = ? ORDER BY idx", (session_id,)
        )
        return [
            OutputDocument(
                index=int(r["idx"]),
                start=int(r["start_page"]),
                end=int(r["end_page"]),
                title=r["title"],
                filename=str(r["filename"]),
                size_bytes=int(r["size_bytes"]),
                page_count=int(r["page_count"]),
            )
            for r in rows
        ]

    # -- jobs --------------------------------------------------------------------------------

    def add_job(self, session_id: str, kind: str) -> int:
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (session_id, kind, state, created_at) VALUES (?, ?, 'queued', ?)",
                (session_id, kind, utcnow().isoformat()),
            )
            return int(cur.lastrowid or 0)

    def set_job_state(self, job_id: int, state: str, error: str | None = None) -> None:
        now = utcnow().isoformat()
        with self._tx() as conn:
            if state == "running":
                conn.execute(
                    "UPDATE jobs SET state = ?, started_at = ? WHERE id = ?", (state, now, job_id)
                )
            else:
                conn.execute(
                    "UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?",
                    (state, error, now, job_id),
                )

    def unfinished_jobs(self) -> list[tuple[int, str, str]]:
        """(job id, session id, kind) of jobs that were queued or running when we stopped."""
        rows = self._query(
            "SELECT id, session_id, kind FROM jobs WHERE state IN ('queued', 'running') ORDER BY id"
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    # -- events ------------------------------------------------------------------------------

    def append_events(self, rows: Sequence[tuple[str, int, str, str, str]]) -> None:
        """Persist (session_id, id, type, created_at, json data) rows in one transaction."""
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO events (session_id, id, type, created_at, data)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def load_events(self, session_id: str, limit: int) -> list[tuple[int, str, str, str]]:
        """The newest ``limit`` events of a session, oldest first: (id, type, created_at, data)."""
        rows = self._query(
            "SELECT id, type, created_at, data FROM events WHERE session_id = ?"
            " ORDER BY id DESC LIMIT ?",
            (session_id, limit),
        )
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in reversed(rows)]

    def trim_events(self, session_id: str, keep: int) -> None:
        with self._tx() as conn:
            conn.execute(
                "DELETE FROM events WHERE session_id = ? AND id <= "
                "(SELECT COALESCE(MAX(id), 0) - ? FROM events WHERE session_id = ?)",
                (session_id, keep, session_id),
            )


def _session_from_row(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        filename=row["filename"],
        status=SessionStatus(row["status"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        size_bytes=int(row["size_bytes"]),
        page_count=row["page_count"],
        stage=Stage(row["stage"]) if row["stage"] else None,
        stage_current=int(row["stage_current"]),
        stage_total=int(row["stage_total"]),
        progress=float(row["progress"]),
        options=codec.converter.loads(row["options"], ProcessingOptions),
        owner=row["owner"],
        error_code=row["error_code"],
        error_message=row["error_message"],
        boundaries_source=row["boundaries_source"],
    )

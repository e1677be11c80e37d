"""The client commands of ``docsplit``: ``split``, ``watch`` and ``sessions``.

``docsplit.cli`` calls :func:`add_commands`; each command's ``func`` returns the exit code:
0 success, 1 processing failed, 2 usage or configuration error, 3 cannot connect.

``docsplit split INPUT.pdf`` without ``--server`` runs the same pipeline as the server, in this
process (validate, analyse, propose, split), so trying docsplit needs no server at all; with
``--server URL`` it uploads, follows the job live over the WebSocket, and downloads. Progress is
a bar per stage on a terminal and plain lines otherwise (logs, CI); only the standard library
draws it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from docsplit.client.errors import (
    CannotConnect,
    DocsplitClientError,
    Forbidden,
    InvalidBoundaries,
    NotFound,
    Unauthorized,
    WaitTimeout,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CONNECT = 0, 1, 2, 3
DEFAULT_SERVER = "http://127.0.0.1:8080"
BAR_WIDTH = 28
#: Statuses in which nothing runs: ``watch`` stops there unless ``--forever``.
RESTING = frozenset({"ready", "split", "failed", "cancelled", "deleted", "interrupted"})


# -- progress display ----------------------------------------------------------------------


class ProgressDisplay:
    """One bar per stage on a TTY (redrawn in place with ``\\r``); on anything else, a line
    when a stage starts, at each quarter, and when it ends, so logs stay readable.

    Thread-safe: the in-process pipeline reports from worker threads.
    """

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None) -> None:
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty() if tty is None else tty
        self._lock = threading.Lock()
        self._stage: str | None = None
        self._last_quarter = -1
        self._open_line = False

    def update(
        self,
        stage: str,
        percentage: float,
        current: int = 0,
        total: int = 0,
        eta_s: float | None = None,
    ) -> None:
        with self._lock:
            percentage = max(0.0, min(100.0, percentage))
            if stage != self._stage:
                self._end_line()
                self._stage = stage
                self._last_quarter = -1
            counts = f" {current}/{total}" if total else ""
            eta = f"  ETA {eta_s:.0f}s" if eta_s and percentage < 100 else ""
            if self.tty:
                filled = round(BAR_WIDTH * percentage / 100)
                bar = "#" * filled + "-" * (BAR_WIDTH - filled)
                line = f"\r  {stage:<18} [{bar}] {percentage:5.1f}%{counts}{eta}"
                self.stream.write(line.ljust(79))
                self._open_line = True
            else:
                quarter = int(percentage // 25)
                if quarter == self._last_quarter:
                    return
                self._last_quarter = quarter
                self.stream.write(f"  {stage}: {percentage:.0f}%{counts}{eta}\n")
            self.stream.flush()

    def _end_line(self) -> None:
        if self._open_line:
            self.stream.write("\n")
            self._open_line = False

    def finish(self) -> None:
        with self._lock:
            self._end_line()
            self._stage = None
            self.stream.flush()

    def pipeline_progress(self, stage: Any, current: int, total: int, message: str = "") -> None:
        """A :class:`docsplit.pipeline.progress.ProgressFn` drawing on this display."""
        pct = 100.0 * current / total if total else 100.0
        self.update(str(getattr(stage, "value", stage)), pct, current, total)


# -- shared helpers ------------------------------------------------------------------------


def _print_documents(
    documents: Sequence[dict[str, Any]],
    excluded: Sequence[int] = (),
    possible: Sequence[dict[str, Any]] = (),
    notes: Sequence[str] = (),
) -> None:
    """The proposed documents, with the detector's confidence and reasons, the pages that
    nearly started one and the detector's notes on the whole stream."""
    print(f"Proposed documents: {len(documents)}")
    for i, doc in enumerate(documents, 1):
        start, end = doc.get("start"), doc.get("end")
        pages = doc.get("page_count") or ((end - start + 1) if start and end else "?")
        confidence = doc.get("confidence")
        conf = f"  confidence {confidence:.2f}" if isinstance(confidence, int | float) else ""
        title = f"  {doc['title']!r}" if doc.get("title") else ""
        print(f"  {i:>3}. pages {start}-{end} ({pages} p){conf}{title}")
        reasons = doc.get("reasons") or []
        if reasons:
            print(f"       reasons: {'; '.join(str(r) for r in reasons)}")
    if excluded:
        print(f"  left out (separator pages): {', '.join(str(p) for p in excluded)}")
    if possible:
        listed = ", ".join(f"{p['page']} ({p['probability']:.0%})" for p in possible)
        print(f"  possible starts to check: {listed}")
    for note in notes:
        print(f"  note: {note}")


def _ask(prompt: str) -> str | None:
    """One line from stdin; None at end of input (a closed pipe means "no")."""
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        print()
        return None
    return line.strip()


def review_starts(
    starts: list[int],
    check: Callable[[list[int]], None],
) -> list[int] | None:
    """Ask whether to split at ``starts``; let the user type other start pages.

    Returns the starts to use, or None when the user declines. ``check`` raises
    :class:`ValueError` (or an ``InvalidBoundaries``) with the reason a list is wrong.
    """
    while True:
        answer = _ask(f"Split at pages {' '.join(map(str, starts))}? [Y]es / [n]o / [e]dit: ")
        if answer is None or answer.lower() in ("n", "no", "q", "quit"):
            return None
        if answer.lower() in ("", "y", "yes"):
            return starts
        if answer.lower() not in ("e", "edit"):
            print("  please answer y, n or e")
            continue
        while True:  # until a valid list, or an empty line (back to the question)
            text = _ask(f"Start pages [{' '.join(map(str, starts))}]: ")
            if text is None:
                return None
            if not text:
                break
            try:
                candidate = [int(t) for t in text.replace(",", " ").split()]
                check(candidate)
            except ValueError:
                print("  start pages are whole numbers, e.g. 1 4 9")
                continue
            except (InvalidBoundaries, _PipelineBoundaryError) as exc:
                print(f"  {getattr(exc, 'message', exc)}")
                continue
            starts = candidate
            break


class _PipelineBoundaryError(Exception):
    """Stand-in so ``review_starts`` can catch the pipeline's InvalidBoundaries by type."""


def _default_outdir(input_path: Path) -> Path:
    return Path.cwd() / f"{input_path.stem}_documents"


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"ocr": args.ocr, "strategy": args.strategy}
    if args.every_n is not None:
        options["every_n"] = args.every_n
    if args.dpi is not None:
        options["dpi"] = args.dpi
    if args.language:
        options["language"] = args.language
    if args.duplex:
        options["duplex"] = True
    if args.ocr_scope:
        options["ocr_scope"] = args.ocr_scope
    return options


def _error_exit(exc: BaseException) -> int:
    """Report a client error on stderr; its exit code."""
    if isinstance(exc, CannotConnect):
        print(f"docsplit: cannot connect: {exc.message}", file=sys.stderr)
        return EXIT_CONNECT
    if isinstance(exc, Unauthorized | Forbidden):
        print(f"docsplit: {exc} (check --token / $DOCSPLIT_TOKEN)", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, NotFound):
        print(f"docsplit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, DocsplitClientError):
        print(f"docsplit: {exc}", file=sys.stderr)
        return EXIT_FAILED
    raise exc


def _run(coro: Any) -> int:
    try:
        return int(asyncio.run(coro))
    except DocsplitClientError as exc:
        return _error_exit(exc)
    except BrokenPipeError:
        # `docsplit watch ... | head`: the reader left; that is not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


# -- split ---------------------------------------------------------------------------------


def cmd_split(args: argparse.Namespace) -> int:
    path = Path(args.input)
    if not path.is_file():
        print(f"docsplit: no such file: {path}", file=sys.stderr)
        return EXIT_USAGE
    outdir = Path(args.output) if args.output else _default_outdir(path)
    if args.server:
        return _run(_split_remote(args, path, outdir))
    return _split_local(args, path, outdir)


def _split_local(args: argparse.Namespace, path: Path, outdir: Path) -> int:
    """The pipeline in this process: validate, analyse, propose, (review), split."""
    from concurrent.futures import ThreadPoolExecutor

    from docsplit.adapters import tesseract
    from docsplit.adapters.pdf import validate_pdf
    from docsplit.config import load_settings
    from docsplit.errors import Cancelled
    from docsplit.errors import InvalidBoundaries as PipelineInvalidBoundaries
    from docsplit.models import (
        DocumentSpan,
        OcrMode,
        OcrScope,
        ProcessingOptions,
        Proposal,
        Strategy,
    )
    from docsplit.pipeline.analyse import analyse
    from docsplit.pipeline.progress import CancelToken
    from docsplit.pipeline.split import check_starts, normalise, spans_from_starts, split_pdf
    from docsplit.services.jobs import span_dict

    settings = load_settings(args.config)
    options = ProcessingOptions(
        ocr=OcrMode(args.ocr),
        strategy=Strategy(args.strategy),
        every_n=args.every_n or 1,
        dpi=args.dpi,
        language=args.language,
        duplex=args.duplex,
        ocr_scope=OcrScope(args.ocr_scope) if args.ocr_scope else None,
    )
    display = ProgressDisplay()
    cancel = CancelToken()
    started = time.monotonic()
    page_count = validate_pdf(path, settings.max_pages)
    print(f"{path.name}: {page_count} pages (in-process, no server)")
    display.update("validation", 100.0, 1, 1)
    tesseract.select(settings.ocr_engine)
    pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="docsplit-page")
    try:
        pages, proposal, _stats = analyse(
            path,
            options,
            dpi=options.dpi or settings.ocr_dpi,
            ocr_timeout_s=settings.ocr_timeout_s,
            language=options.language or settings.ocr_language,
            pool=pool,
            progress=display.pipeline_progress,
            cancel=cancel,
            ocr_scope=options.ocr_scope or OcrScope(settings.ocr_scope),
        )
    except KeyboardInterrupt:
        cancel.cancel("interrupted")
        display.finish()
        print("docsplit: interrupted", file=sys.stderr)
        return 130
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    display.finish()
    proposal = normalise(proposal, len(pages) or page_count)
    _print_documents(
        [span_dict(d) for d in proposal.documents],
        proposal.excluded_pages,
        [{"page": p.page, "probability": p.probability} for p in proposal.possible_starts],
        proposal.notes,
    )

    if args.review:

        def check(starts: list[int]) -> None:
            try:
                check_starts(starts, page_count)
            except PipelineInvalidBoundaries as exc:
                raise _PipelineBoundaryError(exc.message) from None

        starts = review_starts([d.start for d in proposal.documents], check)
        if starts is None:
            print("Not split; nothing written.")
            return EXIT_OK
        if starts != [d.start for d in proposal.documents]:
            known = {d.start: d for d in proposal.documents}
            spans = spans_from_starts(starts, page_count)
            proposal = Proposal(
                documents=tuple(
                    DocumentSpan(
                        start=s.start,
                        end=s.end,
                        confidence=known[s.start].confidence if s.start in known else 1.0,
                        reasons=known[s.start].reasons if s.start in known else ("set by user",),
                        title=known[s.start].title if s.start in known else None,
                    )
                    for s in spans
                ),
                excluded_pages=proposal.excluded_pages,
                source="user",
            )

    # split_pdf empties the directory it writes to; give it a private one, then move the
    # finished files into the user's directory so nothing of theirs is ever removed.
    outdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".docsplit-", dir=outdir))
    try:
        documents = split_pdf(path, proposal, path.name, work, display.pipeline_progress, cancel)
        display.finish()
        for doc in documents:
            (work / doc.filename).replace(outdir / doc.filename)
    except Cancelled:
        return 130
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"Wrote {len(documents)} documents to {outdir} in {elapsed:.1f} s:")
    for doc in documents:
        print(f"  {doc.filename}  pages {doc.start}-{doc.end} ({doc.page_count} p)")
    return EXIT_OK


async def _follow(
    client: Any,
    session_id: str,
    until: str,
    display: ProgressDisplay,
    limit_s: float | None,
    last_id: int = 0,
) -> Any:
    """Live progress of one job over the WebSocket; the final tracker. When the WebSocket
    cannot be used (a proxy that refuses upgrades, the connection limit), poll instead."""
    from docsplit.client.progress import ProgressTracker, track_session_progress

    def draw(tracker: ProgressTracker) -> None:
        stage = tracker.stages.get(tracker.current_stage or "")
        if stage is not None:
            display.update(stage.name, stage.percentage, stage.current, stage.total, stage.eta_s)

    try:
        # last_id=0 replays the stream from its start, so the stages that ran before we
        # connected are drawn too; a later job passes the id where the previous one ended.
        tracker = await track_session_progress(
            client.base_url,
            session_id,
            token=client.token_for(session_id),
            until="split" if until == "split" else "processing",
            timeout=limit_s,
            on_update=draw,
            last_id=last_id,
        )
    except CannotConnect as exc:
        display.finish()
        print(f"docsplit: no live progress ({exc.message}); polling", file=sys.stderr)
        tracker = await _poll(client, session_id, until, display, limit_s)
    display.finish()
    return tracker


async def _poll(
    client: Any, session_id: str, until: str, display: ProgressDisplay, limit_s: float | None
) -> Any:
    """The REST fallback of :func:`_follow`: the session's own progress fields, 4 times a
    second, until the job is over."""
    from docsplit.client.progress import DONE_STATUSES, FAILED_STATUSES, ProgressTracker

    tracker = ProgressTracker(session_id)
    wanted = DONE_STATUSES["split" if until == "split" else "processing"]
    deadline = None if limit_s is None else time.monotonic() + limit_s
    while True:
        body = await client.get_session(session_id)
        progress = body.get("progress") or {}
        if progress.get("stage"):
            total, current = progress.get("total") or 0, progress.get("current") or 0
            pct = 100.0 * current / total if total else 0.0
            display.update(str(progress["stage"]), pct, current, total)
        tracker.status = body.get("status")
        if tracker.status in wanted or tracker.status in FAILED_STATUSES:
            return tracker
        if deadline is not None and time.monotonic() > deadline:
            raise WaitTimeout(f"session {session_id} is still {tracker.status}")
        await asyncio.sleep(0.25)


def _failure(tracker: Any) -> str:
    if tracker.errors:
        last = tracker.errors[-1]
        return f"{last.code}: {last.message}"
    return f"the session is {tracker.status}"


async def _split_remote(args: argparse.Namespace, path: Path, outdir: Path) -> int:
    from docsplit.client.rest import DocsplitClient

    display = ProgressDisplay()
    async with DocsplitClient(args.server, token=args.token) as client:
        created = await client.upload(path, **_options(args))
        sid = created["session_id"]
        print(f"{path.name}: session {sid}, {created.get('page_count')} pages on {args.server}")
        tracker = await _follow(client, sid, "processing", display, args.timeout)
        if tracker.failed or tracker.status not in ("ready", "split"):
            print(f"docsplit: processing failed: {_failure(tracker)}", file=sys.stderr)
            return EXIT_FAILED
        bounds = await client.get_boundaries(sid)
        _print_documents(
            bounds["documents"],
            bounds.get("exclude") or (),
            bounds.get("possible_starts") or (),
            bounds.get("notes") or (),
        )
        if args.review:
            page_count = int(bounds.get("page_count") or 1)

            def check(starts: list[int]) -> None:
                from docsplit.pipeline.split import check_starts

                try:
                    check_starts(starts, page_count)
                except Exception as exc:  # the same rules the server applies
                    raise _PipelineBoundaryError(getattr(exc, "message", str(exc))) from None

            starts = review_starts(list(bounds["starts"]), check)
            if starts is None:
                print(f"Not split; the session {sid} stays on the server.")
                return EXIT_OK
            if starts != bounds["starts"]:
                await client.set_boundaries(sid, starts)
        await client.split(sid)
        seen = tracker.event_ids[-1] if tracker.event_ids else 0
        tracker = await _follow(client, sid, "split", display, args.timeout, seen)
        if tracker.failed or tracker.status != "split":
            print(f"docsplit: splitting failed: {_failure(tracker)}", file=sys.stderr)
            return EXIT_FAILED
        paths = await client.download(sid, outdir)
        documents = {d["filename"]: d for d in await client.documents(sid)}
    print(f"Wrote {len(paths)} documents to {outdir}:")
    for p in paths:
        doc = documents.get(p.name, {})
        print(f"  {p.name}  pages {doc.get('start_page')}-{doc.get('end_page')}")
    return EXIT_OK


# -- watch ---------------------------------------------------------------------------------


def _describe(message: Any) -> str:
    """One human line for a message."""
    kind = message.type
    if kind in ("progress", "split_progress"):
        return (
            f"{message.stage} {message.stage_percentage:.0f}% "
            f"({message.current}/{message.total}) overall {message.overall_percentage:.0f}%"
        )
    if kind == "status":
        return f"{message.previous_status or '-'} -> {message.status}"
    if kind == "connection":
        what = f"replayed {message.replayed}" if message.replayed else "snapshot"
        return f"connected as {message.client_id} ({what}, status {message.snapshot.get('status')})"
    if kind in ("error", "processing_error", "split_error"):
        return f"{message.code}: {message.message}"
    if kind in ("info", "warning"):
        return str(message.message)
    if kind == "processing_complete":
        return f"{len(message.documents)} documents proposed"
    if kind == "split_complete":
        return f"{len(message.documents)} documents written"
    return ""


async def _watch(args: argparse.Namespace) -> int:
    from docsplit.client.progress import ProgressTracker
    from docsplit.client.websocket import WebSocketClient
    from docsplit.protocol import codec

    tracker = ProgressTracker(args.session_id)
    client = WebSocketClient(
        args.server,
        args.session_id,
        token=args.token,
        last_id=args.last_id,
        max_attempts=args.max_attempts,
    )
    client.on("*", tracker.feed)
    try:
        async with asyncio.timeout(args.timeout):
            connection = await client.connect()
            if not args.forever and tracker.status in RESTING and not connection.replayed:
                _emit(args, connection, codec)
                return EXIT_FAILED if tracker.failed else EXIT_OK
            # Replayed history first: stop only once caught up with the present.
            to_replay = connection.replayed
            async for message in client:
                _emit(args, message, codec)
                if message.type == "connection":
                    continue
                to_replay -= 1
                if not args.forever and to_replay <= 0 and tracker.status in RESTING:
                    break
    except TimeoutError:
        raise WaitTimeout(f"still watching after {args.timeout} s") from None
    finally:
        await client.close()
    return EXIT_FAILED if tracker.failed else EXIT_OK


def _emit(args: argparse.Namespace, message: Any, codec: Any) -> None:
    if args.json:
        data = codec.unstructure(message) if hasattr(message, "__attrs_attrs__") else message
        print(json.dumps(data, default=str), flush=True)
    else:
        print(f"[{message.id:>5}] {message.type:<20} {_describe(message)}", flush=True)


def cmd_watch(args: argparse.Namespace) -> int:
    return _run(_watch(args))


# -- sessions ------------------------------------------------------------------------------


async def _sessions(args: argparse.Namespace) -> int:
    from docsplit.client.rest import DocsplitClient

    async with DocsplitClient(args.server, token=args.token) as client:
        page = await client.list_sessions(limit=args.limit, offset=args.offset)
    if args.json:
        print(json.dumps(page, indent=2))
        return EXIT_OK
    sessions = page["sessions"]
    print(f"{page['total']} sessions (showing {len(sessions)} from {page['offset']})")
    for s in sessions:
        print(
            f"  {s['session_id']}  {s['status']:<11} {s.get('page_count') or '?':>5} p  "
            f"{s['created_at'][:19]}  {s['filename']}"
        )
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    return _run(_sessions(args))


# -- argparse ------------------------------------------------------------------------------


def _server_url(text: str) -> str:
    """``host:port`` means ``http://host:port``; any other scheme than http(s) is a usage error."""
    from urllib.parse import urlsplit

    url = text if "://" in text else f"http://{text}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"not an http(s) server URL: {text!r}")
    return url.rstrip("/")


def _client_flags(parser: argparse.ArgumentParser, server_default: str | None) -> None:
    parser.add_argument(
        "--server",
        type=_server_url,
        default=server_default,
        help="docsplit server URL"
        + (f" (default: $DOCSPLIT_SERVER or {DEFAULT_SERVER})" if server_default else ""),
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("DOCSPLIT_TOKEN") or None,
        help="API token (default: $DOCSPLIT_TOKEN)",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_commands(sub: Any) -> None:
    """Add ``split``, ``watch`` and ``sessions`` to the ``docsplit`` subparsers."""
    server_default = os.environ.get("DOCSPLIT_SERVER") or DEFAULT_SERVER

    split = sub.add_parser(
        "split",
        help="split a PDF page stream into documents (in-process, or on a server)",
        description="Without --server the pipeline runs in this process; no server needed.",
    )
    split.add_argument("input", help="the scanned PDF (many documents in one file)")
    _client_flags(split, None)
    split.add_argument("-o", "--output", help="output directory (default: ./<input>_documents)")
    split.add_argument("--ocr", choices=("auto", "always", "never"), default="auto")
    split.add_argument(
        "--strategy", choices=("auto", "separators", "every_n", "manual"), default="auto"
    )
    split.add_argument("--every-n", dest="every_n", type=_positive_int, help="pages per document")
    split.add_argument("--dpi", type=int, help="OCR resolution")
    split.add_argument("--language", help="Tesseract language, e.g. eng or deu+eng")
    split.add_argument(
        "--duplex",
        action="store_true",
        help="scanned on both sides: blank backs are left out and do not separate documents",
    )
    split.add_argument(
        "--ocr-scope",
        dest="ocr_scope",
        choices=("adaptive", "full"),
        help="read scanned pages' bands first and the rest where needed (adaptive, default), "
        "or every page in full",
    )
    split.add_argument(
        "--review", action="store_true", help="ask before splitting; edit the start pages"
    )
    split.add_argument("--config", help="settings file for in-process mode")
    split.add_argument("--timeout", type=float, default=None, help="give up after SECONDS")
    split.set_defaults(func=cmd_split)

    watch = sub.add_parser("watch", help="follow a session's events live")
    watch.add_argument("session_id")
    _client_flags(watch, server_default)
    watch.add_argument("--json", action="store_true", help="one JSON message per line")
    watch.add_argument("--forever", action="store_true", help="keep watching until Ctrl-C")
    watch.add_argument(
        "--last-id", dest="last_id", type=int, default=None, help="replay events after this id"
    )
    watch.add_argument("--max-attempts", dest="max_attempts", type=_positive_int, default=10)
    watch.add_argument("--timeout", type=float, default=None)
    watch.set_defaults(func=cmd_watch)

    sessions = sub.add_parser("sessions", help="list the server's sessions, newest first")
    _client_flags(sessions, server_default)
    sessions.add_argument("--limit", type=_positive_int, default=20)
    sessions.add_argument("--offset", type=int, default=0)
    sessions.add_argument("--json", action="store_true")
    sessions.set_defaults(func=cmd_sessions)


__all__ = ["ProgressDisplay", "add_commands", "review_starts"]

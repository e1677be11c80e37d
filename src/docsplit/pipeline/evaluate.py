"""Accuracy of boundary detection on a labelled corpus (``docsplit evaluate DIR``).

A corpus is a directory tree of ``NAME.pdf`` files, each with a ``NAME.json`` label holding at
least ``starts`` (the true first pages of the documents) and optionally ``separators`` (separator
sheet pages), ``kind`` and ``split`` (used to group the results); ``benchmarks/corpus.py`` writes
such corpora. Reported per group:

* boundary precision, recall and F1 over the document starts after page 1 (page 1 always starts a
  document, counting it would flatter every method);
* Panoptic Quality as in OpenPSS: a predicted document matches a true one when their page sets'
  IoU exceeds 0.5, and PQ = sum of matched IoU / (TP + FP/2 + FN/2);
* the share of streams split with no error at all;
* an ablation: the same scores with each signal of the ``auto`` strategy switched off.

Page features are cached next to the corpus (``.features/``) because OCR of scanned streams is
the slow part and the boundary detection can then be rerun in a second. Under ``--ocr-scope
adaptive`` (the product's default) the cache holds each page's band reading and its full
reading, and the evaluation reads a page "in full" exactly where the pipeline would: the scores
are those of the real pipeline, and the report says how many pages it had to read in full.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import pickle
import sys
import time
from collections.abc import Collection, Sequence
from pathlib import Path

import attrs

from docsplit.models import OcrScope, ProcessingOptions
from docsplit.pipeline.analyse import detect_adaptive
from docsplit.pipeline.boundaries import SIGNALS, PageDecision
from docsplit.pipeline.extract import PageFeatures, analyse_pages, complete_pages
from docsplit.pipeline.progress import CancelToken, no_progress

DEFAULT_DPI = 200
_CACHE_VERSION = 13


@attrs.frozen
class StreamScore:
    """Counts for one stream; the group scores are sums of these."""

    name: str
    group: str
    pages: int
    boundary_tp: int
    boundary_fp: int
    boundary_fn: int
    doc_tp: int
    doc_fp: int
    doc_fn: int
    iou_sum: float
    predicted_starts: tuple[int, ...]
    true_starts: tuple[int, ...]
    #: Pages kept as possible starts for the reviewer (see ``Proposal.possible_starts``).
    possible_starts: tuple[int, ...] = ()

    @property
    def exact(self) -> bool:
        return self.boundary_fp == 0 and self.boundary_fn == 0 and self.doc_fp == 0


@attrs.frozen
class Scores:
    """Aggregated accuracy of one group of streams."""

    streams: int
    pages: int
    precision: float
    recall: float
    f1: float
    pq: float
    exact_share: float

    @classmethod
    def of(cls, results: Sequence[StreamScore]) -> Scores:
        tp = sum(r.boundary_tp for r in results)
        fp = sum(r.boundary_fp for r in results)
        fn = sum(r.boundary_fn for r in results)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        dtp = sum(r.doc_tp for r in results)
        dfp = sum(r.doc_fp for r in results)
        dfn = sum(r.doc_fn for r in results)
        denom = dtp + dfp / 2 + dfn / 2
        pq = sum(r.iou_sum for r in results) / denom if denom else 1.0
        return cls(
            streams=len(results),
            pages=sum(r.pages for r in results),
            precision=round(precision, 4),
            recall=round(recall, 4),
            f1=round(f1, 4),
            pq=round(pq, 4),
            exact_share=round(sum(r.exact for r in results) / len(results), 4) if results else 0,
        )


@attrs.frozen
class EvaluationReport:
    """Scores per group ("dev/born_digital" ...), the ablation, and every stream's counts."""

    groups: dict[str, Scores]
    ablation: dict[str, dict[str, Scores]]
    streams: tuple[StreamScore, ...]
    feature_seconds: float
    detect_seconds: float
    ocr_scope: str = OcrScope.FULL.value
    #: Pages OCR read only in part at first, and how many of them it then read in full.
    partial_pages: int = 0
    completed_pages: int = 0


def score_stream(
    name: str,
    group: str,
    pages: int,
    true_starts: Sequence[int],
    separators: Collection[int],
    predicted: Sequence[tuple[int, int]],
    possible: Sequence[int] = (),
) -> StreamScore:
    """Compare predicted spans (start, end) with the truth given by starts and separators."""
    seps = set(separators)
    true_docs = _docs_from_starts(true_starts, pages, seps)
    pred_docs = [set(range(s, e + 1)) - seps for s, e in predicted]
    pred_docs = [d for d in pred_docs if d]
    t_starts = {min(d) for d in true_docs} - {min(min(d) for d in true_docs)}
    p_starts = {min(d) for d in pred_docs} - (
        {min(min(d) for d in pred_docs)} if pred_docs else set()
    )
    matched_iou = 0.0
    tp = 0
    used: set[int] = set()
    for t in true_docs:
        for j, p in enumerate(pred_docs):
            if j in used:
                continue
            iou = len(t & p) / len(t | p)
            if iou > 0.5:
                matched_iou += iou
                tp += 1
                used.add(j)
                break
    return StreamScore(
        name=name,
        group=group,
        pages=pages,
        boundary_tp=len(t_starts & p_starts),
        boundary_fp=len(p_starts - t_starts),
        boundary_fn=len(t_starts - p_starts),
        doc_tp=tp,
        doc_fp=len(pred_docs) - tp,
        doc_fn=len(true_docs) - tp,
        iou_sum=matched_iou,
        predicted_starts=tuple(sorted({min(d) for d in pred_docs})),
        true_starts=tuple(sorted(min(d) for d in true_docs)),
        possible_starts=tuple(sorted(possible)),
    )


def _docs_from_starts(starts: Sequence[int], pages: int, seps: set[int]) -> list[set[int]]:
    ordered = sorted(starts)
    docs = []
    for k, s in enumerate(ordered):
        end = ordered[k + 1] - 1 if k + 1 < len(ordered) else pages
        doc = set(range(s, end + 1)) - seps
        if doc:
            docs.append(doc)
    return docs


def load_features(
    pdf: Path,
    *,
    pool: concurrent.futures.Executor,
    dpi: int = DEFAULT_DPI,
    use_cache: bool = True,
    scope: OcrScope = OcrScope.FULL,
) -> tuple[list[PageFeatures], list[PageFeatures]]:
    """Page features of ``pdf`` as the pipeline first makes them under ``scope``, and the same
    pages all read in full (the same list under ``OcrScope.FULL``); cached while the PDF does
    not change."""
    # The version is in the name too, so that features of two versions of the reading (a
    # branch and main) live side by side instead of replacing each other on every run.
    cache = pdf.parent / ".features" / f"{pdf.stem}.d{dpi}.{scope.value}.v{_CACHE_VERSION}.pkl"
    stamp = (_CACHE_VERSION, pdf.stat().st_size, pdf.stat().st_mtime_ns)
    if use_cache and cache.exists():
        try:
            with cache.open("rb") as fh:
                saved_stamp, first, full = pickle.load(fh)
            if saved_stamp == stamp:
                return list(first), list(full)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    kwargs = {"dpi": dpi, "ocr_timeout_s": 120.0, "language": "eng", "pool": pool}
    first = analyse_pages(
        pdf,
        ProcessingOptions(),
        progress=no_progress,
        cancel=CancelToken(),
        scope=scope,
        **kwargs,  # type: ignore[arg-type]
    )
    full = complete_pages(
        pdf,
        first,
        [p.number for p in first if p.ocr_partial],
        progress=no_progress,
        cancel=CancelToken(),
        **kwargs,  # type: ignore[arg-type]
    )
    if use_cache:
        cache.parent.mkdir(exist_ok=True)
        with cache.open("wb") as fh:
            pickle.dump((stamp, first, full), fh)
    return first, full


@attrs.frozen
class LabelledStream:
    """One labelled PDF of a corpus with its page features (see :func:`load_features`)."""

    name: str
    #: "split/kind" from the label, e.g. "dev/born_digital" ("all" when it says neither).
    group: str
    true_starts: tuple[int, ...]
    separators: tuple[int, ...]
    #: The label's ``split``: the part of the corpus the stream belongs to.
    part: str
    first: list[PageFeatures]
    full: list[PageFeatures]

    @property
    def pages(self) -> int:
        return len(self.first)


def load_corpus(
    path: Path,
    *,
    pool: concurrent.futures.Executor,
    dpi: int = DEFAULT_DPI,
    use_cache: bool = True,
    scope: OcrScope = OcrScope.ADAPTIVE,
) -> list[LabelledStream]:
    """Every labelled PDF under ``path`` (``NAME.json`` beside ``NAME.pdf``) with its features."""
    return [
        load_stream(label_path, pool=pool, dpi=dpi, use_cache=use_cache, scope=scope)
        for label_path in label_paths(path)
    ]


def label_paths(path: Path) -> list[Path]:
    """The labels (``NAME.json`` beside a ``NAME.pdf``) under ``path``, the cache left out."""
    return sorted(
        p
        for p in path.rglob("*.json")
        if p.with_suffix(".pdf").exists() and ".features" not in p.parts
    )


def load_stream(
    label_path: Path,
    *,
    pool: concurrent.futures.Executor,
    dpi: int = DEFAULT_DPI,
    use_cache: bool = True,
    scope: OcrScope = OcrScope.ADAPTIVE,
) -> LabelledStream:
    """The labelled PDF beside ``label_path`` (``NAME.json``) with its features."""
    label = json.loads(label_path.read_text())
    first, full = load_features(
        label_path.with_suffix(".pdf"), pool=pool, dpi=dpi, use_cache=use_cache, scope=scope
    )
    return LabelledStream(
        name=label_path.stem,
        group="/".join(str(label[k]) for k in ("split", "kind") if k in label) or "all",
        true_starts=tuple(int(s) for s in label["starts"]),
        separators=tuple(int(s) for s in label.get("separators", [])),
        part=str(label.get("split", label_path.parent.name)),
        first=first,
        full=full,
    )


def detect_stream(
    stream: LabelledStream,
    options: ProcessingOptions,
    *,
    disabled: Collection[str] = (),
) -> tuple[StreamScore, list[PageFeatures], list[PageDecision]]:
    """Detect boundaries in ``stream`` as the pipeline would (reading a page in full where it
    would, from the cache) and score them against its labels."""

    def complete(pages: list[PageFeatures], numbers: list[int]) -> list[PageFeatures]:
        return [stream.full[p.number - 1] if p.number in numbers else p for p in pages]

    features, proposal, decisions = detect_adaptive(
        stream.first, options, complete, disabled=disabled
    )
    score = score_stream(
        stream.name,
        stream.group,
        stream.pages,
        stream.true_starts,
        stream.separators,
        [(d.start, d.end) for d in proposal.documents],
        [p.page for p in proposal.possible_starts],
    )
    return score, features, decisions


def evaluate_dir(
    path: Path,
    *,
    ablation: bool = True,
    dpi: int = DEFAULT_DPI,
    use_cache: bool = True,
    workers: int | None = None,
    options: ProcessingOptions | None = None,
    scope: OcrScope = OcrScope.ADAPTIVE,
) -> EvaluationReport:
    """Evaluate boundary detection on every labelled PDF under ``path``."""
    options = options or ProcessingOptions()
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers or os.cpu_count() or 2) as pool:
        corpus = load_corpus(path, pool=pool, dpi=dpi, use_cache=use_cache, scope=scope)
    t1 = time.perf_counter()

    counts = {"partial": 0, "completed": 0}

    def run(disabled: Collection[str]) -> list[StreamScore]:
        out = []
        counts.update(partial=0, completed=0)
        for stream in corpus:
            score, features, _ = detect_stream(stream, options, disabled=disabled)
            partial = sum(1 for p in stream.first if p.ocr_partial)
            counts["partial"] += partial
            counts["completed"] += partial - sum(1 for p in features if p.ocr_partial)
            out.append(score)
        return out

    results = run(())
    t2 = time.perf_counter()
    partial, completed = counts["partial"], counts["completed"]
    groups = _group_scores(results)
    abl: dict[str, dict[str, Scores]] = {}
    if ablation:
        for signal in SIGNALS:
            abl[signal] = _group_scores(run({signal}))
    return EvaluationReport(
        groups=groups,
        ablation=abl,
        streams=tuple(results),
        feature_seconds=round(t1 - t0, 2),
        detect_seconds=round(t2 - t1, 3),
        ocr_scope=scope.value,
        partial_pages=partial,
        completed_pages=completed,
    )


def _group_scores(results: Sequence[StreamScore]) -> dict[str, Scores]:
    names = sorted({r.group for r in results})
    out = {g: Scores.of([r for r in results if r.group == g]) for g in names}
    if len(names) > 1:
        out["all"] = Scores.of(results)
    return out


def _possible_line(streams: Sequence[StreamScore]) -> str:
    """How much the possible starts offered for review would help: how many pages they flag
    and how many of the missed boundaries are among them."""
    flagged = sum(len(r.possible_starts) for r in streams)
    pages = sum(r.pages for r in streams) or 1
    missed = [(r, set(r.true_starts) - set(r.predicted_starts)) for r in streams]
    total = sum(len(m) for _, m in missed)
    held = sum(len(m & set(r.possible_starts)) for r, m in missed)
    return (
        f"\npossible starts offered for review: {flagged} pages ({flagged / pages:.1%} of all); "
        f"{held} of the {total} missed boundaries are among them"
    )


def format_report(report: EvaluationReport, *, errors: bool = False) -> str:
    lines = [
        f"{'group':<26}{'streams':>8}{'pages':>7}{'P':>8}{'R':>8}{'F1':>8}{'PQ':>8}{'exact':>8}"
    ]
    for g, s in report.groups.items():
        lines.append(
            f"{g:<26}{s.streams:>8}{s.pages:>7}{s.precision:>8.3f}{s.recall:>8.3f}"
            f"{s.f1:>8.3f}{s.pq:>8.3f}{s.exact_share:>8.2f}"
        )
    if report.ablation:
        lines += ["", "ablation (signal switched off): F1 / PQ per group"]
        names = list(report.groups)
        lines.append(f"{'without':<16}" + "".join(f"{g:>24}" for g in names))
        for signal, groups in report.ablation.items():
            cells = "".join(
                f"{groups[g].f1:>15.3f} /{groups[g].pq:>6.3f}" if g in groups else f"{'':>24}"
                for g in names
            )
            lines.append(f"{signal:<16}{cells}")
    if errors:
        lines += ["", "streams with errors (predicted vs true starts):"]
        for r in report.streams:
            if not r.exact:
                missed = sorted(set(r.true_starts) - set(r.predicted_starts))
                extra = sorted(set(r.predicted_starts) - set(r.true_starts))
                lines.append(f"  {r.name}: missed {missed} extra {extra}")
    lines.append(_possible_line(report.streams))
    if report.partial_pages:
        lines.append(
            f"\nOCR scope {report.ocr_scope}: {report.partial_pages} pages read by their bands "
            f"first, {report.completed_pages} of them "
            f"({report.completed_pages / report.partial_pages:.0%}) then read in full"
        )
    lines.append(
        f"\nfeatures {report.feature_seconds:.1f} s (cached after the first run), "
        f"detection {report.detect_seconds:.2f} s"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``docsplit evaluate DIR``: print the scores; exit 2 when the directory has no labels."""
    ap = argparse.ArgumentParser(prog="docsplit evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--dpi", type=int, default=DEFAULT_DPI)
    ap.add_argument("--no-cache", action="store_true", help="recompute page features")
    ap.add_argument("--no-ablation", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the streams with errors")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument(
        "--ocr-scope",
        choices=[s.value for s in OcrScope],
        default=OcrScope.ADAPTIVE.value,
        help="how much of scanned pages OCR reads (as the server's ocr_scope setting)",
    )
    args = ap.parse_args(argv)
    if not args.dir.is_dir() or not any(args.dir.rglob("*.json")):
        print(f"no labelled streams under {args.dir}", file=sys.stderr)
        return 2
    report = evaluate_dir(
        args.dir,
        ablation=not args.no_ablation,
        dpi=args.dpi,
        use_cache=not args.no_cache,
        scope=OcrScope(args.ocr_scope),
    )
    if args.json:
        print(json.dumps(attrs.asdict(report), indent=1))
    else:
        print(format_report(report, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

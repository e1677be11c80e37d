"""Fit the combiner's signal weights on labelled corpora and say how well they carry over.

Every signal writes its score in log-odds by hand. This script runs the detector over the
decided pages of the given corpora (cached features, as ``docsplit evaluate`` leaves them),
and fits, by L2-penalised logistic regression, one weight for each signal's positive scores
and one for its negative scores, plus the prior. The penalty pulls every weight towards 1, so
a signal the corpora say little about keeps its written score. Since the open document's state
depends on the decisions, the rows are gathered again under the fitted weights and the fit
repeated (``--rounds``).

How well such weights carry over to an office nobody has fitted on is measured by leaving
one part out: for each part (the label's ``split``), fit on all the others and detect that
part's streams with those weights. The report shows boundary F1 / PQ per kind for the weights
in force, the fitted weights on the data they were fitted on, and leave-one-part-out.

Usage::

    python benchmarks/fit_weights.py DIR [DIR ...] [--lam 30] [--rounds 2] [--write]

``--write`` rewrites ``src/docsplit/pipeline/boundaries/weights.py`` with the fitted weights.
Needs numpy (in the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from docsplit.models import ProcessingOptions  # noqa: E402
from docsplit.pipeline.boundaries import SIGNALS, weights  # noqa: E402
from docsplit.pipeline.evaluate import (  # noqa: E402
    LabelledStream,
    Scores,
    StreamScore,
    detect_stream,
    load_corpus,
)

WEIGHTS_FILE = ROOT / "src" / "docsplit" / "pipeline" / "boundaries" / "weights.py"
NAMES = tuple(SIGNALS)
#: The prior is pulled towards its written value far less than the weights towards 1.
PRIOR_PENALTY = 0.01
#: Holds a kept signal's weights at 1.
KEEP_PENALTY = 1e9
#: Signals whose scores the generated corpora cannot judge: their body text is word salad, so
#: two pages of one generated document share few words while two documents of one template
#: share all of theirs. Fitted, similarity's negative weight drops to 0.04, and real
#: documents' later pages (a data model's entity pages, similarity 0.58) split off.
KEEP = ("similarity",)


def columns(scores: dict[str, float]) -> list[float]:
    """A decided page's row: each signal's positive part, then each signal's negative part."""
    return [max(scores.get(n, 0.0), 0.0) for n in NAMES] + [
        min(scores.get(n, 0.0), 0.0) for n in NAMES
    ]


def gather(
    corpus: Sequence[LabelledStream],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[StreamScore]]:
    """Detect every stream under the weights in force; the rows of its decided pages (not the
    first content page, not separator sheets), whether each starts a document, its part."""
    rows: list[list[float]] = []
    starts: list[int] = []
    parts: list[str] = []
    scores = []
    options = ProcessingOptions()
    for stream in corpus:
        score, _, decisions = detect_stream(stream, options)
        scores.append(score)
        truth = set(stream.true_starts)
        for d in decisions:
            if d.separator or any(s.name == "first" for s in d.signals):
                continue
            rows.append(columns({s.name: s.score for s in d.signals}))
            starts.append(int(d.number in truth))
            parts.append(stream.part)
    return np.array(rows), np.array(starts, float), np.array(parts), scores


def fit(
    x: np.ndarray,
    y: np.ndarray,
    lam: float,
    prior: float = -1.6,
    keep: Collection[str] = (),
    iters: int = 100,
) -> tuple[np.ndarray, float]:
    """Weights and prior of the logistic regression of ``y`` on ``x``, penalised by
    ``lam`` * squared distance from weight 1 (and the prior from ``prior``); the signals in
    ``keep`` stay at weight 1. Newton steps."""
    n, m = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    target = np.append(np.ones(m), prior)
    theta = target.copy()
    fixed = np.array([NAMES[i % len(NAMES)] in keep for i in range(m)] + [False])
    penalty = np.diag(np.where(fixed, KEEP_PENALTY, lam))
    penalty[-1, -1] = lam * PRIOR_PENALTY
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ theta, -30, 30)))
        grad = a.T @ (p - y) + penalty @ (theta - target)
        hess = (a * (p * (1 - p))[:, None]).T @ a + penalty
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-7:
            break
    return theta[:-1], float(theta[-1])


def install(w: np.ndarray, prior: float) -> None:
    """Put fitted weights in force (the combiner reads :mod:`weights` on every call)."""
    k = len(NAMES)
    weights.PRIOR = prior
    weights.WEIGHTS = {
        n: (round(float(w[i]), 3), round(float(w[k + i]), 3)) for i, n in enumerate(NAMES)
    }


def by_kind(scores: Iterable[StreamScore]) -> dict[str, Scores]:
    """Scores per kind of stream (born_digital, scanned, with_scans ...)."""
    kinds: dict[str, list[StreamScore]] = {}
    for s in scores:
        kinds.setdefault(s.group.rsplit("/", 1)[-1], []).append(s)
    return {k: Scores.of(v) for k, v in sorted(kinds.items())}


def leave_one_part_out(
    corpus: Sequence[LabelledStream],
    x: np.ndarray,
    y: np.ndarray,
    parts: np.ndarray,
    lam: float,
    keep: Collection[str],
) -> list[StreamScore]:
    """Each part detected with weights fitted on all the other parts."""
    out: list[StreamScore] = []
    saved = weights.PRIOR, dict(weights.WEIGHTS)
    for part in sorted(set(parts.tolist())):
        rest = parts != part
        install(*fit(x[rest], y[rest], lam, prior=saved[0], keep=keep))
        out += [detect_stream(s, ProcessingOptions())[0] for s in corpus if s.part == part]
    weights.PRIOR, weights.WEIGHTS = saved
    return out


def render(prior: float, lam: float, rows: int, parts: int) -> str:
    """The text of ``weights.py`` with the weights in force, its docstring kept."""
    text = WEIGHTS_FILE.read_text()
    head = text[: text.index("#: Log-odds")]
    table = "\n".join(
        f'    "{n}": ({pos!r}, {neg!r}),' for n, (pos, neg) in weights.WEIGHTS.items()
    )
    return (
        f"{head}#: Log-odds of a page starting a document before any evidence.\n"
        f"PRIOR = {round(prior, 3)!r}\n\n"
        "#: Signal name -> (weight of a positive score, weight of a negative score). Fitted by\n"
        f"#: ``benchmarks/fit_weights.py --lam {lam:g}`` on {rows} decided pages of {parts}\n"
        "#: parts.\n"
        f"WEIGHTS: dict[str, tuple[float, float]] = {{\n{table}\n}}\n"
    )


def line(title: str, scores: dict[str, Scores]) -> str:
    cells = "  ".join(f"{k} F1 {s.f1:.4f} PQ {s.pq:.4f}" for k, s in scores.items())
    return f"{title:<26}{cells}"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--lam", type=float, default=30.0, help="pull towards weight 1")
    parser.add_argument("--rounds", type=int, default=2, help="gather rows, fit; this often")
    parser.add_argument(
        "--keep", nargs="*", default=KEEP, help="signals left at weight 1 (default: %(default)s)"
    )
    parser.add_argument("--write", action="store_true", help="rewrite weights.py")
    args = parser.parse_args(argv)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        corpus = [s for d in args.dirs for s in load_corpus(d, pool=pool)]
    if not corpus:
        parser.error("no labelled streams found")
    x, y, parts, before = gather(corpus)
    print(f"{len(corpus)} streams, {len(y)} decided pages, {len(set(parts.tolist()))} parts")
    print(line("weights in force", by_kind(before)))
    prior = weights.PRIOR
    for _ in range(max(1, args.rounds)):
        w, fitted_prior = fit(x, y, args.lam, prior=prior, keep=args.keep)
        install(w, fitted_prior)
        x, y, parts, after = gather(corpus)
    print(line("fitted, same data", by_kind(after)))
    print(
        line(
            "leave one part out",
            by_kind(leave_one_part_out(corpus, x, y, parts, args.lam, args.keep)),
        )
    )
    print(f"PRIOR {weights.PRIOR:.3f}")
    for n, (pos, neg) in weights.WEIGHTS.items():
        print(f"  {n:<14} + {pos:6.3f}   - {neg:6.3f}")
    if args.write:
        WEIGHTS_FILE.write_text(render(weights.PRIOR, args.lam, len(y), len(set(parts.tolist()))))
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

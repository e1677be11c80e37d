"""Fit the weights of one signal's reasons with every other signal held fixed.

``fit_weights.py`` scales whole signals. A signal's score is a sum of cues, though ("title
'invoice', date 2024-03-05, new letterhead"), and a cue can be worth more or less than the
others it is added to. This script runs the detector over the decided pages of the given
corpora (cached features, as ``docsplit evaluate`` leaves them; page 1 and separator sheets
left out), splits the chosen signal's reason into its cues ("title Q", "date #", "new
letterhead"), and fits one weight per cue by logistic regression, with the rest of each page's
log-odds (prior and the other signals) as a fixed offset. An L2 penalty pulls each weight
towards the score the cue carries now, so a cue the corpora say little about keeps it.

It prints, per cue, how many pages carried it, how many of them began a document, the weight
now (a least-squares split of the signal's scores over its cues) and the fitted one, and the
errors among those pages with either. The fit is a pointer, not a verdict: the open document's
state depends on every decision, so each weight it suggests has to be run through the
detector (``docsplit evaluate``) before it is taken; session 13 took about half of them.

Usage::

    python benchmarks/fit_reasons.py first_page DIR [DIR ...] [--kind born_digital] [--lam 2]
    python benchmarks/fit_reasons.py last_page /tmp/corpora/* --min 15

Needs numpy (in the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from docsplit.models import ProcessingOptions  # noqa: E402
from docsplit.pipeline.evaluate import detect_stream, label_paths, load_stream  # noqa: E402

#: A reason's cues are separated by commas outside brackets.
_CUE_SPLIT = re.compile(r", (?![^(]*\))")


def cue_name(text: str) -> str:
    """A cue without its particulars: quoted words, brackets, numbers and page references."""
    text = re.sub(r"'[^']*'", "Q", text)
    text = re.sub(r"\([^)]*\)", "", text)
    text = re.sub(r"\d+([.,/-]\d+)*", "#", text)
    return re.sub(r"page # ", "", text).strip()


Row = tuple[float, list[str], bool, float]


def gather(signal: str, dirs: list[Path], kind: str | None) -> list[Row]:
    """(offset, cues, starts, signal score) for each decided page the signal spoke on."""
    rows: list[Row] = []
    options = ProcessingOptions()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for d in dirs:
            for label_path in label_paths(d):
                # (The kind from the label, before the features: a scan's OCR is not wanted
                # when only born-digital streams are.)
                if kind and json.loads(label_path.read_text()).get("kind") != kind:
                    continue
                stream = load_stream(label_path, pool=pool)
                _, _, decisions = detect_stream(stream, options)
                starts = set(stream.true_starts)
                separators = set(stream.separators)
                for decision in decisions:
                    if decision.number == 1 or decision.separator or decision.number in separators:
                        continue
                    found = next((s for s in decision.signals if s.name == signal), None)
                    if found is None:
                        continue
                    p = min(max(decision.probability, 1e-9), 1 - 1e-9)
                    offset = math.log(p / (1 - p)) - found.score
                    cues = [cue_name(c) for c in _CUE_SPLIT.split(found.reason)]
                    rows.append((offset, cues, decision.number in starts, found.score))
    return rows


def fit(rows: list[Row], min_pages: int, lam: float) -> dict[str, tuple[int, int, float, float]]:
    """Per cue seen on ``min_pages`` pages or more: (pages, starts, weight now, fitted)."""
    counts = Counter(c for _, cues, _, _ in rows for c in cues)
    names = [c for c, k in counts.most_common() if k >= min_pages]
    index = {c: i for i, c in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    offset = np.array([r[0] for r in rows])
    y = np.array([1.0 if r[2] else 0.0 for r in rows])
    score = np.array([r[3] for r in rows])
    for j, (_, cues, _, _) in enumerate(rows):
        for c in cues:
            if c in index:
                x[j, index[c]] = 1
    now = np.linalg.lstsq(x, score, rcond=None)[0]
    w = now.copy()
    for _ in range(50):
        pr = 1 / (1 + np.exp(-(offset + x @ w)))
        grad = x.T @ (pr - y) + lam * (w - now)
        hess = x.T @ (x * (pr * (1 - pr))[:, None]) + lam * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    errors_now = int(((offset + x @ now >= 0) != (y > 0)).sum())
    errors_fit = int(((offset + x @ w >= 0) != (y > 0)).sum())
    print(f"{len(rows)} pages; errors among them: {errors_now} now, {errors_fit} fitted")
    out: dict[str, tuple[int, int, float, float]] = {}
    for c in names:
        k = x[:, index[c]] > 0
        out[c] = (int(k.sum()), int(y[k].sum()), float(now[index[c]]), float(w[index[c]]))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("signal")
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--kind", help="only streams of this kind (born_digital, scanned)")
    ap.add_argument("--min", type=int, default=15, help="fit cues seen on this many pages")
    ap.add_argument("--lam", type=float, default=2.0, help="pull towards the weights now")
    args = ap.parse_args(argv)
    rows = gather(args.signal, args.dirs, args.kind)
    if not rows:
        print(f"no page where '{args.signal}' spoke", file=sys.stderr)
        return 2
    cues = fit(rows, args.min, args.lam)
    print(f"  {'cue':<48}{'pages':>7}{'starts':>8}{'now':>8}{'fitted':>8}")
    for cue, (pages, starts, now, fitted) in cues.items():
        print(f"  {cue[:47]:<48}{pages:>7}{starts:>8}{now:>+8.2f}{fitted:>+8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

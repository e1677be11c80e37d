"""Grid search of the combiner's global constants on the *development* parts only.

Reads cached page features (run ``docsplit evaluate`` on the directories first) and prints the
best settings by mean F1 + PQ over the given directories. Refuses directories whose labels say
they are held out, so the held-out numbers stay honest.

Usage: ``python benchmarks/tune.py DEV_DIR [DEV_DIR ...]``
"""

from __future__ import annotations

import concurrent.futures
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from docsplit.models import ProcessingOptions  # noqa: E402
from docsplit.pipeline.boundaries import content, forms, layout, weights  # noqa: E402
from docsplit.pipeline.evaluate import (  # noqa: E402
    Scores,
    StreamScore,
    detect_stream,
    load_corpus,
)

#: The module each constant lives in: a signal reads its weights from its own module's globals.
HOME = {
    "PRIOR": weights,
    "SIMILARITY_PIVOT": content,
    "SIMILARITY_SLOPE": content,
    "SIMILARITY_CAP": content,
    "HEADER_WEIGHT": content,
    "IDENTITY_WEIGHT": forms,
    "IDENTITY_SAME": forms,
    "REPEAT_TITLE_WEIGHT": layout,
}

GRID = {
    "PRIOR": [-1.2, -1.6, -2.0],
    "SIMILARITY_PIVOT": [0.25, 0.35, 0.45],
    "SIMILARITY_SLOPE": [7.0],
    "SIMILARITY_CAP": [2.0],
    "HEADER_WEIGHT": [0.7, 1.2, 1.6],
    "IDENTITY_WEIGHT": [1.5, 2.0, 2.5],
    "IDENTITY_SAME": [1.0, 1.5],
    "REPEAT_TITLE_WEIGHT": [1.0, 1.5, 2.0],
}


def main(argv: list[str]) -> int:
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        corpus = [s for d in map(Path, argv) for s in load_corpus(d, pool=pool)]
    held = [s.name for s in corpus if "heldout" in s.part]
    if held:
        print(f"refusing held-out streams {held}", file=sys.stderr)
        return 2
    results = []
    keys = list(GRID)
    for values in itertools.product(*(GRID[k] for k in keys)):
        for k, v in zip(keys, values, strict=True):
            setattr(HOME[k], k, v)
        per_group: dict[str, list[StreamScore]] = {}
        for stream in corpus:
            score = detect_stream(stream, ProcessingOptions())[0]
            per_group.setdefault(stream.group, []).append(score)
        scores = {g: Scores.of(r) for g, r in per_group.items()}
        objective = sum(s.f1 + s.pq for s in scores.values()) / (2 * len(scores))
        results.append((objective, dict(zip(keys, values, strict=True)), scores))
    results.sort(key=lambda r: -r[0])
    for objective, params, scores in results[:8]:
        cells = "  ".join(f"{g} F1 {s.f1:.3f} PQ {s.pq:.3f}" for g, s in sorted(scores.items()))
        print(f"{objective:.4f} {params}\n    {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

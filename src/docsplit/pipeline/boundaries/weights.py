"""How much each signal's evidence counts in the combiner, and the prior.

Each signal writes its score in log-odds by hand, as the evidence seemed to deserve. The combiner
multiplies a positive score by the signal's first weight and a negative one by its second, then
adds :data:`PRIOR`. A signal missing here counts as written.

``benchmarks/fit_weights.py`` fits these weights on labelled corpora (a logistic regression
pulled towards 1) and can write them here. The table is empty on purpose: fitted weights
gained little on the generated corpora, lost on the real streams and split strong evidence
too weakly ("Page 1 of 1" after "Page 1 of 1"); see "Combining" in ``docs/boundaries.md``.
"""

from __future__ import annotations

#: Log-odds of a page starting a document before any evidence (about one page in three does in
#: mixed office streams).
PRIOR = -1.6

#: Signal name -> (weight of a positive score, weight of a negative score).
WEIGHTS: dict[str, tuple[float, float]] = {}

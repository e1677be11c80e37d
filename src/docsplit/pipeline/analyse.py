"""The analysis of one uploaded stream: page features, then the proposed documents.

This is the pipeline's entry point for the job manager, called from a worker thread. It owns the
timing of the stages; the stages themselves live in ``extract.py`` and ``boundaries/``.
"""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Callable, Collection
from pathlib import Path

import attrs

from docsplit.models import OcrScope, PageInfo, ProcessingOptions, Proposal, Strategy
from docsplit.pipeline.boundaries import PageDecision, detect_with_decisions, unsure_pages
from docsplit.pipeline.extract import PageFeatures, analyse_pages, complete_pages
from docsplit.pipeline.progress import CancelToken, ProgressFn, no_progress

#: Rounds of "read the unsure pages in full, decide again": a page read in full changes the
#: decisions on both its sides, which may make a neighbour unsure in turn.
MAX_ROUNDS = 3


@attrs.frozen
class AnalysisStats:
    """How much work the analysis did and how long each stage took (seconds)."""

    pages: int
    ocr_pages: int
    ocr_failed_pages: int
    extract_seconds: float
    boundaries_seconds: float
    #: Page numbers whose OCR failed or could not run (surface as a warning).
    ocr_problem_pages: tuple[int, ...] = ()
    #: Pages OCR read only in part (their bands) and pages it then read in full.
    ocr_partial_pages: int = 0
    ocr_completed_pages: int = 0

    @property
    def total_seconds(self) -> float:
        return self.extract_seconds + self.boundaries_seconds


def analyse(
    pdf_path: Path,
    options: ProcessingOptions,
    *,
    dpi: int,
    ocr_timeout_s: float,
    language: str,
    pool: concurrent.futures.Executor,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    ocr_scope: OcrScope = OcrScope.ADAPTIVE,
) -> tuple[list[PageInfo], Proposal, AnalysisStats]:
    """Analyse ``pdf_path``: per-page records, the proposed documents and the stage timings.

    ``pool`` runs per-page OCR and barcode work and must not be the pool this call runs in
    (the call waits on it). ``options.dpi``, ``options.language`` and ``options.ocr_scope``
    override the arguments.
    """
    cancel = cancel or CancelToken()
    dpi = options.dpi or dpi
    language = options.language or language
    started = time.perf_counter()
    features = analyse_pages(
        pdf_path,
        options,
        dpi=dpi,
        ocr_timeout_s=ocr_timeout_s,
        language=language,
        pool=pool,
        progress=progress,
        cancel=cancel,
        scope=options.ocr_scope or ocr_scope,
    )
    extracted = time.perf_counter()
    cancel.check()
    partial = sum(1 for p in features if p.ocr_partial)

    def complete(pages: list[PageFeatures], numbers: list[int]) -> list[PageFeatures]:
        return complete_pages(
            pdf_path,
            pages,
            numbers,
            dpi=dpi,
            ocr_timeout_s=ocr_timeout_s,
            language=language,
            pool=pool,
            progress=progress,
            cancel=cancel,
        )

    features, proposal, _ = detect_adaptive(features, options, complete, progress)
    done = time.perf_counter()
    problems = tuple(p.number for p in features if p.ocr_error)
    stats = AnalysisStats(
        pages=len(features),
        ocr_pages=sum(1 for p in features if p.ocr_used),
        ocr_failed_pages=len(problems),
        extract_seconds=round(extracted - started, 3),
        boundaries_seconds=round(done - extracted, 3),
        ocr_problem_pages=problems,
        ocr_partial_pages=partial,
        ocr_completed_pages=partial - sum(1 for p in features if p.ocr_partial),
    )
    return [p.to_page_info() for p in features], proposal, stats


Completer = Callable[[list[PageFeatures], list[int]], list[PageFeatures]]


def detect_adaptive(
    features: list[PageFeatures],
    options: ProcessingOptions,
    complete: Completer,
    progress: ProgressFn = no_progress,
    *,
    disabled: Collection[str] = (),
) -> tuple[list[PageFeatures], Proposal, list[PageDecision]]:
    """Boundaries for ``features``, reading in full (through ``complete``) the pages read in
    part where a decision is unsure, then deciding again; the evaluation passes a ``complete``
    that takes the full readings from its cache."""
    # Only the auto strategy reads content; the others decide from separators or page counts.
    adaptive = options.strategy is Strategy.AUTO and any(p.ocr_partial for p in features)
    quiet = no_progress if adaptive else progress
    proposal, decisions = detect_with_decisions(features, options, quiet, disabled=disabled)
    for _ in range(MAX_ROUNDS if adaptive else 0):
        need = unsure_pages(features, decisions)
        if not need:
            break
        features = complete(features, need)
        proposal, decisions = detect_with_decisions(
            features, options, no_progress, disabled=disabled
        )
    if adaptive:
        # Publish the final decision once; the rounds before it were drafts.
        proposal, decisions = detect_with_decisions(features, options, progress, disabled=disabled)
    return features, proposal, decisions

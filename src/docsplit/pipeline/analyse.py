"""The analysis of one uploaded stream: page features, then the proposed documents.

This is the pipeline's entry point for the job manager, called from a worker thread. It owns the
timing of the stages; the stages themselves live in ``extract.py`` and ``boundaries.py``.
"""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import attrs

from docsplit.models import PageInfo, ProcessingOptions, Proposal
from docsplit.pipeline.boundaries import detect_boundaries
from docsplit.pipeline.extract import analyse_pages
from docsplit.pipeline.progress import CancelToken, ProgressFn, no_progress


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
) -> tuple[list[PageInfo], Proposal, AnalysisStats]:
    """Analyse ``pdf_path``: per-page records, the proposed documents and the stage timings.

    ``pool`` runs per-page OCR and barcode work and must not be the pool this call runs in
    (the call waits on it). ``options.dpi`` and ``options.language`` override the arguments.
    """
    cancel = cancel or CancelToken()
    started = time.perf_counter()
    features = analyse_pages(
        pdf_path,
        options,
        dpi=options.dpi or dpi,
        ocr_timeout_s=ocr_timeout_s,
        language=options.language or language,
        pool=pool,
        progress=progress,
        cancel=cancel,
    )
    extracted = time.perf_counter()
    cancel.check()
    proposal = detect_boundaries(features, options, progress)
    done = time.perf_counter()
    problems = tuple(p.number for p in features if p.ocr_error)
    stats = AnalysisStats(
        pages=len(features),
        ocr_pages=sum(1 for p in features if p.ocr_used),
        ocr_failed_pages=len(problems),
        extract_seconds=round(extracted - started, 3),
        boundaries_seconds=round(done - extracted, 3),
        ocr_problem_pages=problems,
    )
    return [p.to_page_info() for p in features], proposal, stats

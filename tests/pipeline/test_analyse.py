"""The adaptive loop of the analysis: which pages are read in full, and deciding again."""

from __future__ import annotations

import attrs

from docsplit.adapters.ocr import OcrResult
from docsplit.models import ProcessingOptions, Stage, Strategy
from docsplit.pipeline import boundaries as b
from docsplit.pipeline.analyse import detect_adaptive
from docsplit.pipeline.extract import PageFeatures

BANDS = OcrResult("", (), 90.0, 0, regions=((0.0, 0.3), (0.88, 1.0)))
TOPIC = (
    "electricity consumption meter reading tariff kilowatt supply standing charge estimated "
    "actual usage heating gas contract renewal "
) * 3


def page(number: int, text: str, *, partial: bool = True) -> PageFeatures:
    return PageFeatures(
        number=number,
        width=595.0,
        height=842.0,
        text=text,
        body_font_size=10.0,
        max_font_size=10.0,
        ocr_used=True,
        partial_ocr=BANDS if partial else None,
    )


def test_unsure_pages_are_both_sides_of_an_unsure_decision() -> None:
    pages = [page(n, TOPIC) for n in range(1, 6)]
    pages[3] = page(4, TOPIC, partial=False)
    decisions = [
        b.PageDecision(1, 1.0, (), False),
        b.PageDecision(2, 0.02, (), False),  # sure: same document
        b.PageDecision(3, 0.5, (), False),  # unsure: pages 2 and 3
        b.PageDecision(4, 0.0, (), True),  # a separator sheet is skipped over
        b.PageDecision(5, 0.3, (), False),  # unsure: 3 and 5 (4 was the separator)
    ]
    assert b.unsure_pages(pages, decisions) == [2, 3, 5]
    assert b.unsure_pages(pages, decisions, unsure=(0.6, 0.9)) == []


def test_detect_adaptive_reads_unsure_pages_and_decides_again() -> None:
    # Bands alone: page 2 says too little to decide; its middle says "Dear Anna" (a letter).
    first = [page(1, "ACME Energy\n" + TOPIC), page(2, "ACME Energy")]
    full = [
        attrs.evolve(first[0], partial_ocr=None),
        attrs.evolve(
            first[1], partial_ocr=None, text="Dear Anna,\nSubject: your new tariff\n" + "x " * 5
        ),
    ]
    asked: list[list[int]] = []

    def complete(pages: list[PageFeatures], numbers: list[int]) -> list[PageFeatures]:
        asked.append(numbers)
        return [full[p.number - 1] if p.number in numbers else p for p in pages]

    calls: list[tuple[Stage, int, int]] = []
    pages, proposal, decisions = detect_adaptive(
        first,
        ProcessingOptions(),
        complete,
        lambda stage, cur, total, msg="": calls.append((stage, cur, total)),
    )
    assert asked and set(asked[0]) <= {1, 2}
    assert not pages[1].ocr_partial
    assert [d.start for d in proposal.documents] == [1, 2]
    assert "salutation" in " ".join(s.reason for s in decisions[1].signals)
    # Progress is published once, for the final decision.
    assert calls[0] == (Stage.BOUNDARY_DETECTION, 0, 2) and calls[-1][1:] == (2, 2)


def test_detect_adaptive_reads_nothing_when_every_decision_is_sure() -> None:
    pages = [page(1, "INVOICE\nPage 1 of 1\n" + TOPIC), page(2, "INVOICE\nPage 1 of 1\n" + TOPIC)]

    def complete(pages: list[PageFeatures], numbers: list[int]) -> list[PageFeatures]:
        raise AssertionError(f"nothing should be read, asked for {numbers}")

    out, proposal, _ = detect_adaptive(pages, ProcessingOptions(), complete)
    assert out == pages and all(p.ocr_partial for p in out)
    assert [d.start for d in proposal.documents] == [1, 2]


def test_other_strategies_never_read_more() -> None:
    # Under "separators" every content page sits at the prior (unsure), but content is not
    # what that strategy decides on: nothing more is read.
    pages = [page(1, "ACME Energy\n" + TOPIC), page(2, "ACME Energy")]

    def complete(pages: list[PageFeatures], numbers: list[int]) -> list[PageFeatures]:
        raise AssertionError(f"nothing should be read, asked for {numbers}")

    for strategy in (Strategy.SEPARATORS, Strategy.EVERY_N, Strategy.MANUAL):
        out, proposal, _ = detect_adaptive(pages, ProcessingOptions(strategy=strategy), complete)
        assert all(p.ocr_partial for p in out) and proposal.documents

"""Boundary detection: the combiner, the strategies and pages into documents."""

from __future__ import annotations

import pytest
from pagekit import LOREM_A, LOREM_B, ctx, page, payslip, starts, stream

from docsplit.models import ProcessingOptions, Stage, Strategy
from docsplit.pipeline.boundaries import weights
from docsplit.pipeline.boundaries.context import Signal
from docsplit.pipeline.boundaries.detect import (
    POSSIBLE_START,
    THRESHOLD,
    combine,
    detect_boundaries,
    detect_with_decisions,
    duplex_backs,
    guess_title,
)
from docsplit.pipeline.boundaries.forms import signal_identity
from docsplit.pipeline.extract import PageFeatures


def test_consecutive_one_page_documents_of_one_template_are_split() -> None:
    pages = [
        payslip(1, "Anna Schmidt"),
        payslip(2, "John Carter"),
        payslip(3, "Maria Lopez"),
        payslip(4, "Maria Lopez", "04/2024"),
    ]
    assert starts(pages) == [1, 2, 3, 4]
    # The same pages without the identity fields and title stay as they were decided before.
    assert signal_identity(ctx(page(2), page(1))) is None


def test_combine_is_logistic_and_monotonic() -> None:
    assert combine([], prior=0.0) == pytest.approx(0.5)
    low = combine([Signal("x", -3, "")])
    high = combine([Signal("x", 3, "")])
    assert 0 < low < combine([]) < high < 1
    assert combine([Signal("x", 1e6, "")]) == pytest.approx(1.0)


def test_combine_weights_a_signal_by_the_sign_of_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weights, "WEIGHTS", {"x": (0.5, 2.0)})
    assert combine([Signal("x", 2.0, "")], prior=0.0) == pytest.approx(combine([], prior=1.0))
    assert combine([Signal("x", -1.0, "")], prior=0.0) == pytest.approx(combine([], prior=-2.0))
    # A signal without weights counts as written; the prior comes from the same module.
    assert combine([Signal("y", 1.0, "")], prior=0.0) == pytest.approx(combine([], prior=1.0))
    monkeypatch.setattr(weights, "PRIOR", 0.0)
    assert combine([]) == pytest.approx(0.5)


def test_auto_strategy_finds_documents_and_drops_separators() -> None:
    proposal = detect_boundaries(stream(), ProcessingOptions())
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 2), (4, 4), (6, 6)]
    assert proposal.excluded_pages == (3, 5)
    second = proposal.documents[1]
    assert second.reasons[0].startswith("page 4: after blank page 3")
    assert second.title == "results"
    assert proposal.documents[2].date == "2024-05-01"
    assert all(0.0 <= d.confidence <= 1.0 for d in proposal.documents)


def test_keep_separators_puts_sheets_in_the_next_document() -> None:
    proposal = detect_boundaries(stream(), ProcessingOptions(keep_separators=True))
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 2), (3, 4), (5, 6)]
    assert proposal.excluded_pages == ()


def test_barcode_value_is_kept_on_the_document() -> None:
    pages = [page(1), page(2, "ASN00123", barcodes=("ASN00123",)), page(3, LOREM_B)]
    proposal = detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.barcode) for d in proposal.documents] == [
        (1, 1, None),
        (3, 3, "ASN00123"),
    ]


def test_separators_strategy_ignores_content() -> None:
    assert starts(stream(), strategy=Strategy.SEPARATORS) == [1, 4, 6]
    # Without separator sheets everything is one document, however different the pages are.
    assert starts([page(1), page(2, LOREM_B)], strategy=Strategy.SEPARATORS) == [1]


def test_every_n_and_manual() -> None:
    pages = [page(i) for i in range(1, 8)]
    assert starts(pages, strategy=Strategy.EVERY_N, every_n=3) == [1, 4, 7]
    proposal = detect_boundaries(pages, ProcessingOptions(strategy=Strategy.MANUAL))
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 7)]


def test_blank_page_inside_a_numbered_document_stays_in_it() -> None:
    pages = [
        page(1, bottom="Page 1 of 2"),
        page(2, "", is_blank=True),
        page(3, bottom="Page 2 of 2"),
    ]
    proposal = detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 3)]


def _duplex_stream() -> list[PageFeatures]:
    """Single-sided paper scanned on both sides: a blank back behind every sheet, and one
    blank sheet fed between the second and the third document (pages 9 and 10)."""
    acme, clinic = {"top": "Acme Ltd"}, {"top": "Riverside Clinic"}
    content = {1: (LOREM_A, acme), 3: (LOREM_A, acme), 5: (LOREM_B, clinic), 7: (LOREM_B, clinic)}
    content[11] = (LOREM_B, clinic)
    return [
        page(n, content[n][0], **content[n][1]) if n in content else page(n, "", is_blank=True)
        for n in range(1, 13)
    ]


def test_blank_backs_of_a_duplex_scan_separate_nothing() -> None:
    pages = _duplex_stream()
    assert duplex_backs(pages) == {2, 4, 6, 8, 12}
    proposal = detect_boundaries(pages, ProcessingOptions(duplex=True))
    # The backs stay out of the documents, the blank sheet still separates.
    assert [(d.start, d.end) for d in proposal.documents] == [(1, 3), (5, 7), (11, 11)]
    assert {4, 8, 9, 10, 12} <= set(proposal.excluded_pages)
    # Kept, the blank sheet opens the next document; a back never does.
    kept = detect_boundaries(pages, ProcessingOptions(duplex=True, keep_separators=True))
    assert [(d.start, d.end) for d in kept.documents] == [(1, 3), (5, 7), (9, 11)]
    assert set(kept.excluded_pages) == {2, 4, 6, 8, 12}
    assert proposal.notes == ()
    # Not asked for, every blank page separates: one-page documents with a blank sheet
    # behind each look just the same. The proposal only advises the duplex option.
    plain = detect_boundaries(pages, ProcessingOptions())
    assert [d.start for d in plain.documents] == [1, 3, 5, 7, 11]
    assert len(plain.notes) == 1 and "5 of 6 sheets have a blank back" in plain.notes[0]
    # Blank separator sheets in random places draw no such advice.
    simplex = [page(1), page(2, "", is_blank=True), page(3), page(4), page(5, "", is_blank=True)]
    simplex += [page(6), page(7, "", is_blank=True), page(8), page(9, "", is_blank=True), page(10)]
    assert detect_boundaries(simplex, ProcessingOptions()).notes == ()


def test_ablation_switches_a_signal_off() -> None:
    pages = [page(1, bottom="Page 1 of 1"), page(2, bottom="Page 1 of 1")]
    assert starts(pages) == [1, 2]
    proposal = detect_boundaries(pages, ProcessingOptions(), disabled={"numbering", "similarity"})
    assert [d.start for d in proposal.documents] == [1]


def test_progress_and_empty_input() -> None:
    calls: list[tuple[Stage, int, int]] = []

    def progress(stage: Stage, current: int, total: int, message: str = "") -> None:
        calls.append((stage, current, total))

    detect_boundaries(stream(), ProcessingOptions(), progress)
    assert calls[0] == (Stage.BOUNDARY_DETECTION, 0, 6)
    assert calls[-1] == (Stage.BOUNDARY_DETECTION, 6, 6)
    assert detect_boundaries([], ProcessingOptions()).documents == ()


def test_pages_that_nearly_start_a_document_are_kept_as_possible_starts() -> None:
    # Nothing in common but nothing that starts a document either: kept together, offered.
    proposal, decisions = detect_with_decisions(
        [page(1, LOREM_A), page(2, LOREM_B)], ProcessingOptions()
    )
    assert [d.start for d in proposal.documents] == [1]
    (possible,) = proposal.possible_starts
    assert possible.page == 2 and possible.probability == round(decisions[1].probability, 3)
    assert POSSIBLE_START <= possible.probability < THRESHOLD
    assert possible.reasons == ("page 2: similarity to page 1 0.00",)
    # A page the detector is sure about either way is not offered.
    same = detect_with_decisions([page(1, LOREM_A), page(2, LOREM_A)], ProcessingOptions())[0]
    assert same.possible_starts == ()
    new = detect_with_decisions(
        [page(1, LOREM_A), page(2, "INVOICE\nDear Sir,\n" + LOREM_B)], ProcessingOptions()
    )[0]
    assert [d.start for d in new.documents] == [1, 2] and new.possible_starts == ()


def test_title_guess() -> None:
    assert guess_title(page(1, "Subject: Your claim 42\n" + LOREM_A)) == "Your claim 42"
    assert guess_title(page(1, LOREM_A, large="Annual Report")) == "Annual Report"


def test_a_stream_of_only_separators_stays_one_document() -> None:
    pages = [page(1, "ASN1", barcodes=("ASN1",)), page(2, "", is_blank=True)]
    proposal = detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.confidence) for d in proposal.documents] == [(1, 2, 0.0)]
    assert proposal.excluded_pages == ()


def test_barcode_sheets_that_belong_to_a_document_stay_in_it() -> None:
    pages = [
        page(1, "101-1", barcodes=("101-a",)),
        page(2, "101-2", barcodes=("101-z",)),
        page(3, "250-1", barcodes=("250-a",)),
        page(4, LOREM_B),
        page(5, "250-3", barcodes=("250-z",)),
        page(6, "Page 2 of 2", barcodes=("300-a",), bottom="Page 2 of 2"),
    ]
    proposal = detect_boundaries(pages, ProcessingOptions())
    assert [(d.start, d.end, d.barcode) for d in proposal.documents] == [
        (2, 2, "101-a"),
        (4, 6, "250-a"),
    ]
    assert proposal.excluded_pages == (1, 3)

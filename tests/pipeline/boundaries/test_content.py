"""Boundary detection: vocabulary similarity and running headers and footers."""

from __future__ import annotations

from pagekit import LOREM_A, LOREM_B, ctx, page, payslip

from docsplit.pipeline.boundaries.content import (
    FOOTER_NEW_WEIGHT,
    HEADER_NEW_NUMBER,
    HEADER_NEW_WEIGHT,
    HEADER_SAME_FACTOR,
    HEADER_WEIGHT,
    SIMILARITY_CAP_SAME,
    signal_header_footer,
    signal_similarity,
)
from docsplit.pipeline.boundaries.context import opens_letter
from docsplit.pipeline.boundaries.layout import signal_cover
from docsplit.pipeline.extract import PageFeatures


def test_similarity_signal() -> None:
    s = signal_similarity(ctx(page(2, LOREM_B), page(1, LOREM_A)))
    assert s is not None and s.score > 0.5 and "similarity to page 1 0.0" in s.reason
    s = signal_similarity(ctx(page(2, LOREM_A), page(1, LOREM_A)))
    # High similarity counts less than low: a second document of one template looks alike too.
    assert s is not None and s.score == -SIMILARITY_CAP_SAME
    new = signal_similarity(ctx(page(2, LOREM_B), page(1, LOREM_A)))
    assert new is not None and new.score > SIMILARITY_CAP_SAME
    # Short pages say little: the score shrinks.
    short = signal_similarity(
        ctx(page(2, "patient clinic therapy results laboratory x " * 2), page(1))
    )
    assert short is not None and abs(short.score) < 1.0
    assert signal_similarity(ctx(page(2, "x"), page(1))) is None


def test_header_footer_signal() -> None:
    s = signal_header_footer(
        ctx(page(2, top="ACME Ltd quarterly report 2"), page(1, top="ACME Ltd quarterly report 1"))
    )
    assert s is not None and s.score < 0 and "same header" in s.reason
    # "Stays the same" counts half: one sender prints its header on every document.
    assert s.score == -HEADER_WEIGHT * HEADER_SAME_FACTOR
    s = signal_header_footer(ctx(page(2, top="Bluewater Energy"), page(1, top="ACME Ltd report")))
    assert s is not None and s.score == HEADER_NEW_WEIGHT and "new header" in s.reason
    # A new footer alone is weaker still: terms or a plan are set with other footers.
    s = signal_header_footer(ctx(page(2, bottom="Terms v3"), page(1, bottom="ACME Ltd, Quay St")))
    assert s is not None and s.score == FOOTER_NEW_WEIGHT < HEADER_NEW_WEIGHT < HEADER_WEIGHT
    both = signal_header_footer(
        ctx(
            page(2, top="ACME Ltd", bottom="ACME Ltd, 1 Quay St"),
            page(1, top="ACME Ltd", bottom="ACME Ltd, 1 Quay St"),
        )
    )
    assert both is not None and both.score == -HEADER_WEIGHT


def test_the_same_running_header_with_another_number_is_the_next_one_of_its_kind() -> None:
    def passport(number: int, ueln: str) -> PageFeatures:
        head = f"EQUINE PASSPORT / DOCUMENT D'IDENTIFICATION UELN {ueln}"
        return page(number, head + "\n" + LOREM_A, top=head)

    first = passport(1, "826003251158429")
    s = signal_header_footer(ctx(passport(2, "826005215144611"), first))
    assert s is not None and s.score == HEADER_NEW_NUMBER and "826005215144611" in s.reason
    # The same number is the same passport's next page.
    s = signal_header_footer(ctx(passport(2, "826003251158429"), first))
    assert s is not None and s.score < 0
    # A number OCR misread, one of another length, or the next of a series says nothing.
    for a, b in (("MO50669934", "M050669934"), ("PHY/33159/32", "PHY/433159/32")):
        prev = page(1, f"Mortgage offer {a}\n" + LOREM_A, top=f"Mortgage offer {a}", ocr_used=True)
        cur = page(2, f"Mortgage offer {b}\n" + LOREM_B, top=f"Mortgage offer {b}", ocr_used=True)
        s = signal_header_footer(ctx(cur, prev))
        assert s is not None and s.score <= 0 and "another number" not in s.reason
    prev = page(1, "FINDING FORM NC-2024-003\n" + LOREM_A, top="FINDING FORM NC-2024-003")
    cur = page(2, "FINDING FORM NC-2024-004\n" + LOREM_B, top="FINDING FORM NC-2024-004")
    s = signal_header_footer(ctx(cur, prev))
    assert s is not None and s.score <= 0 and "another number" not in s.reason


def test_same_header_says_nothing_when_the_reference_number_changes() -> None:
    a = page(1, "Invoice No: 33118\n" + LOREM_A, top="Vet Practice Meadow Lane")
    other = page(2, "Invoice No: 42984\n" + LOREM_A, top="Vet Practice Meadow Lane")
    s = signal_header_footer(ctx(other, a))
    assert s is not None and s.score == 0 and "same template" in s.reason
    same = page(2, "Invoice No: 33118\n" + LOREM_A, top="Vet Practice Meadow Lane")
    s = signal_header_footer(ctx(same, a))
    assert s is not None and s.score < 0


def test_same_header_says_nothing_when_a_page_ended_and_the_next_begins() -> None:
    ended = page(1, LOREM_A + "\nYours sincerely,\nMaria Lopez", top="Riverside Club")
    begins = page(2, "Dear Mr Carter,\n" + LOREM_A, top="Riverside Club")
    s = signal_header_footer(ctx(begins, ended))
    assert s is not None and s.score == 0 and "but page 1 ended" in s.reason
    # Without the closing formula the same header still counts against a new document.
    middle = page(1, LOREM_A, top="Riverside Club")
    s = signal_header_footer(ctx(begins, middle))
    assert s is not None and s.score < 0


def test_a_dated_letter_after_a_page_of_the_same_sender_is_its_next_letter() -> None:
    # A direct debit confirmation, then the same supplier's welcome letter of another date:
    # the shared letterhead, address and account words say "same sender", not "same document".
    form = page(
        1,
        "Kinetic Home Energy\nDirect Debit confirmation\nAccount holder Daniel Okafor\n"
        "First collection 07/11/2024\n" + LOREM_A,
        top="Kinetic Home Energy",
    )
    letter = page(
        2,
        "Kinetic Home Energy\nDaniel Okafor\n57 Priory Walk\nDate 26/11/2023\n"
        "Dear Daniel Okafor,\n" + LOREM_A,
        top="Kinetic Home Energy",
    )
    c = ctx(letter, form)
    assert opens_letter(c)
    s = signal_header_footer(c)
    assert s is not None and s.score == 0 and "a letter opens here" in s.reason
    sim = signal_similarity(c)
    assert sim is not None and sim.score == 0 and "a letter opens here" in sim.reason
    # A greeting without a date of its own is no proof of a new letter.
    undated = page(2, "Dear Daniel Okafor,\n" + LOREM_A, top="Kinetic Home Energy")
    assert not opens_letter(ctx(undated, form))


def test_the_same_form_again_makes_high_similarity_say_nothing() -> None:
    done = page(1, payslip(1, "x").text + "\nTotal due 1,700.00", large="Pay Advice", font=(14, 10))
    again = payslip(2, "John Carter")
    s = signal_similarity(ctx(again, done))
    assert s is not None and s.score == 0 and "same form again" in s.reason
    # The same person's form for the same period again: similarity counts as usual.
    same_person = signal_similarity(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert same_person is not None and same_person.score < 0


def test_same_template_with_new_values_keeps_header_neutral_and_is_no_cover() -> None:
    s = signal_header_footer(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score == 0 and "same template" in s.reason
    s = signal_header_footer(ctx(payslip(2, "Anna Schmidt"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score < 0
    # A short one-page form with a large title is not a cover page for the next one.
    assert signal_cover(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt"))) is None

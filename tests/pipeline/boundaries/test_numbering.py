"""Boundary detection: the page-numbering signal."""

from __future__ import annotations

import attrs
from pagekit import LOREM_A, LOREM_B, ctx, page, starts

from docsplit.pipeline.boundaries.numbering import signal_numbering


def test_numbering_signal() -> None:
    s = signal_numbering(ctx(page(2, bottom="Page 2 of 3"), page(1, bottom="Page 1 of 3")))
    assert s is not None and s.score < -4 and "follows" in s.reason
    s = signal_numbering(ctx(page(4, bottom="Page 1 of 2"), page(3, bottom="Page 3 of 3")))
    assert s is not None and s.score > 3
    s = signal_numbering(ctx(page(4, bottom="Page 1"), page(3, bottom="Page 4")))
    assert s is not None and s.score > 3
    s = signal_numbering(ctx(page(4), page(3, bottom="Page 2 of 2")))
    assert s is not None and s.score > 0 and "was 'Page 2 of 2'" in s.reason
    s = signal_numbering(ctx(page(4), page(3, bottom="Page 1 of 2")))
    assert s is not None and s.score < 0
    # "Page 1 of 1" ends a one-page document, but enclosures and terms often follow it:
    # weak evidence, well under a finished "Page 2 of 2".
    s = signal_numbering(ctx(page(4), page(3, bottom="Page 1 of 1")))
    assert s is not None and 0 < s.score < 1 and "was 'Page 1 of 1'" in s.reason
    # A landscape page without a number is not the page 2 that "Page 1 of 2" waits for.
    landscape = page(4, size=(792, 612))
    assert signal_numbering(ctx(landscape, page(3, bottom="Page 1 of 2"))) is None
    s = signal_numbering(ctx(page(4, bottom="Page 1 of 1"), page(3)))
    assert s is not None and s.score > 0
    assert signal_numbering(ctx(page(2), page(1))) is None
    # A policy schedule whose head carries the claim letter's number, or a copy, numbers
    # its own pages: "Page 1 of 4" there says nothing.
    letter = page(1, "Insurer\n1\n2\n3\nYour policy UCZ/44151/SF is renewed.\n" + LOREM_A)
    schedule = page(2, "Policy schedule UCZ/44151/SF\n" + LOREM_B, bottom="Page 1 of 4")
    s = signal_numbering(ctx(schedule, letter))
    assert s is not None and s.score == 0.0 and "enclosure" in s.reason
    # ... or the name the open document's body carries, in its running header.
    tax = page(1, "City tax return\n1\n2\n3\nAncoats Mill Hotel declares\n" + LOREM_A)
    report = page(2, "Ancoats Mill Hotel - Room night report\n" + LOREM_B, bottom="1/1")
    s = signal_numbering(ctx(report, tax))
    assert s is not None and s.score == 0.0 and "enclosure" in s.reason
    copy = page(2, "Last will\n" + LOREM_B + "\nCOPY", bottom="Page 1 of 2")
    s = signal_numbering(ctx(copy, page(1)))
    assert s is not None and s.score == 0.0


def test_complete_numbering_says_nothing_before_an_attachment() -> None:
    letter = page(1, LOREM_A, bottom="Page 1 of 1")
    terms = page(2, "Terms and conditions\n" + LOREM_B)
    s = signal_numbering(ctx(terms, letter))
    assert s is not None and s.score == 0.0
    s = signal_numbering(ctx(page(2, LOREM_B), page(1, LOREM_A, bottom="Page 2 of 2")))
    assert s is not None and s.score == 2.5
    assert starts([letter, terms]) == [1]
    # A statement whose head carries the letter's reference comes after it as well.
    dunning = page(
        1, "Crowther Debt Recovery\n1\n2\n3\nOur ref DR-983432\n" + LOREM_A, bottom="1 of 1"
    )
    claim = page(2, "Statement of claim Ref DR-983432\n" + LOREM_B)
    s = signal_numbering(ctx(claim, dunning))
    assert s is not None and s.score == 0.0


def test_page_one_after_the_senders_covering_letter_says_nothing() -> None:
    letter = page(
        1,
        "Ofsted Piccadilly Gate\nDear Laura,\nPlease find your inspection report.\n" + LOREM_A,
        top="Ofsted Piccadilly Gate",
    )
    report = page(
        2,
        "Ofsted Piccadilly Gate\nInspection of Treetops\n" + LOREM_B,
        top="Ofsted Piccadilly Gate",
        bottom="Page 1 of 3",
    )
    s = signal_numbering(ctx(report, letter))
    assert s is not None and s.score == 0.0 and "covering letter" in s.reason
    # Under another header it is the next document's first page.
    other = attrs.evolve(report, top_text="Bluewater Energy", text="Bluewater Energy\n" + LOREM_B)
    s = signal_numbering(ctx(other, letter))
    assert s is not None and s.score == 3.0


def test_page_one_of_the_enclosure_a_letter_announces_says_nothing() -> None:
    letter = page(
        1,
        "Woodmark Certification Services\nFrederick Place, Bristol BS8 1AS\nSaxon Litho Ltd\n"
        "Dear Mr Pickering,\nPlease find enclosed the audit report.\n" + LOREM_A,
    )
    report = page(
        2,
        "FSC CHAIN OF CUSTODY\nAudit Report\nAnnual surveillance audit\n"
        "Organisation Saxon Litho Ltd\n" + LOREM_B,
        bottom="1/2",
    )
    s = signal_numbering(ctx(report, letter))
    assert s is not None and s.score == 0.0 and "enclosure announced" in s.reason
    # Another sender's name in the head is the next document, whatever the letter enclosed.
    other = attrs.evolve(
        report, text="Getraenkelabor Franken GmbH\nAnalysis certificate\n" + LOREM_B
    )
    s = signal_numbering(ctx(other, letter))
    assert s is not None and s.score == 3.0

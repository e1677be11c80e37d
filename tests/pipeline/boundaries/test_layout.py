"""Boundary detection: page size, cards, covers and repeated titles."""

from __future__ import annotations

import attrs
from pagekit import LOREM_A, LOREM_B, ctx, page, payslip, starts

from docsplit.pipeline.boundaries.cues import page_cues
from docsplit.pipeline.boundaries.layout import (
    CARD_BACK,
    COVER_NEXT,
    FIRST_HEAD_AGAIN,
    LAYOUT_SAME_HEADER,
    LAYOUT_WEIGHT,
    SLIP_BEHIND,
    signal_cover,
    signal_layout,
    signal_repeat_title,
)
from docsplit.pipeline.boundaries.numbering import signal_numbering
from docsplit.pipeline.extract import PageFeatures


def test_cover_signal() -> None:
    cover = page(1, "Annual Report 2024\nACME Ltd", large="Annual Report 2024", font=(24, 11))
    s = signal_cover(ctx(page(2), cover))
    assert s is not None and s.score == -COVER_NEXT
    # A cover is a divider or a drawing as often as a report's front: a letter that opens with
    # a subject, a date and a greeting behind it is a document of its own.
    head = "Northgate Insurance Ltd\nSubject: Your renewal\n3 March 2024\nDear Mr Hale,\n"
    letter = page(2, head + LOREM_B)
    assert starts([cover, letter]) == [1, 2]
    assert signal_cover(ctx(page(2), page(1))) is None
    # A short page in large type that continued a document is its last page, not a cover.
    assert signal_cover(attrs.evolve(ctx(page(2), cover), prev_starts=False)) is None
    # Numbering that starts after an unnumbered cover page is expected there: no evidence.
    numbered = page(2, bottom="Page 1 of 12")
    s = signal_numbering(ctx(numbered, cover))
    assert s is not None and s.score == 0.0 and "after an unnumbered title page" in s.reason
    s = signal_numbering(ctx(numbered, page(1)))
    assert s is not None and s.score == 3.0


def test_numbering_after_title_page() -> None:
    # A tender's front carries the sender's letterhead, the title, "Submitted by" and a date:
    # too much text for a cover, still a title page before the numbered submission.
    front = (
        "Sparkle & Shine Commercial Cleaning Ltd\nContract cleaning - Offices, Schools\n"
        "42 Station Road\nReading RG1 1LX\nsales@sparkle.co.uk\nTENDER SUBMISSION\n"
        "Cleaning Services - Thornbury Primary School, Sports Hall\n"
        "Thornbury Primary School - ITT/52/536\nSubmitted by\n"
        "Sparkle & Shine Commercial Cleaning Ltd\n20/03/2024\nCOMMERCIAL IN CONFIDENCE"
    )
    title = page(1, front, large="TENDER SUBMISSION", font=(26, 10))
    contents = page(2, "Contents\n1. Company profile 3\n" + LOREM_A, bottom="Page 1 of 4")
    assert signal_cover(ctx(contents, title)) is None  # more text than a cover
    s = signal_numbering(ctx(contents, title))
    assert s is not None and s.score == 0.0 and "after an unnumbered title page" in s.reason
    # A page of that length in body type, or one that continued a document, is no title page.
    plain = attrs.evolve(title, max_font_size=10.0)
    s = signal_numbering(ctx(contents, plain))
    assert s is not None and s.score == 3.0
    s = signal_numbering(attrs.evolve(ctx(contents, title), prev_starts=False))
    assert s is not None and s.score == 3.0
    long_front = attrs.evolve(title, text=front + "\nAll rights reserved." * 5)
    s = signal_numbering(ctx(contents, long_front))
    assert s is not None and s.score == 3.0


def test_numbering_of_section_one_under_no_sender() -> None:
    # A fire risk assessment's title page (too long for a title page), then its body on
    # "Page 1 of 3", opening with section 1 under no letterhead.
    front = page(
        1,
        "Prevention Incendie Conseil\n22 rue Nationale\n59000 Lille\nEvaluation du risque "
        "incendie\n" + LOREM_A,
    )
    body = page(2, "1. Perimetre et methode\n" + LOREM_B, bottom="Page 1 of 3")
    s = signal_numbering(ctx(body, front))
    assert s is not None and s.score == 0.0 and "section 1" in s.reason
    # Under a sender's letterhead, section 1 on "Page 1 of 3" is a new document's first page.
    letterhead = page(2, "Acme Ltd\n1. Scope of works\n" + LOREM_B, bottom="Page 1 of 3")
    s = signal_numbering(ctx(letterhead, front))
    assert s is not None and s.score == 3.0
    # ... and so is a page whose first line is no section heading.
    other = page(2, "Method statement\n1. Scope\n" + LOREM_B, bottom="Page 1 of 3")
    s = signal_numbering(ctx(other, front))
    assert s is not None and s.score == 3.0


def test_repeat_title_signal() -> None:
    s = signal_repeat_title(ctx(payslip(2, "John Carter"), payslip(1, "Anna Schmidt")))
    assert s is not None and s.score > 0 and "same title 'pay advice'" in s.reason
    # Previous page complete (totals, signature): a little more.
    receipt = page(1, "Receipt\nAmount due 12.00", large="Receipt", font=(14.0, 10.0))
    s2 = signal_repeat_title(ctx(payslip(2, "John Carter"), receipt))
    assert s2 is None  # another title
    done = page(1, payslip(1, "x").text + "\nTotal due 1,700.00", large="Pay Advice", font=(14, 10))
    s3 = signal_repeat_title(ctx(payslip(2, "John Carter"), done))
    assert s3 is not None and s3.score > s.score and "complete" in s3.reason
    # A running header set small, a title without a title word, a page saying it continues,
    # or a page number past the first: no repeat.
    small = page(2, "Annual Report\n" + LOREM_A, top="Annual Report")
    assert signal_repeat_title(ctx(small, small)) is None
    section = page(2, "Section B\n" + LOREM_A, large="Section B", font=(14.0, 10.0))
    assert signal_repeat_title(ctx(section, section)) is None
    cont = page(2, "Pay Advice (continued)\n" + LOREM_A, large="Pay Advice", font=(14.0, 10.0))
    assert signal_repeat_title(ctx(cont, payslip(1, "Anna Schmidt"))) is None
    numbered = page(
        2, "Pay Advice\n" + LOREM_A, large="Pay Advice", font=(14.0, 10.0), bottom="Page 2 of 2"
    )
    assert signal_repeat_title(ctx(numbered, payslip(1, "Anna Schmidt"))) is None


def test_the_open_documents_first_head_again_starts_the_run_over() -> None:
    station = "GTU Pruefstelle Kranz\nAm Anger 4, 34125 Kassel\n"

    def sheet(n: int, kind: str, plate: str) -> PageFeatures:
        title = "Pruefbericht HU\nPruefort Dortmund" if kind == "hu" else "Nachweis AU\nIstwert"
        return page(n, f"{station}{title}\n{plate}\n" + (LOREM_A if kind == "hu" else LOREM_B))

    pages = [sheet(1, "hu", "DO-K 17"), sheet(2, "au", "DO-K 17")]
    pages += [sheet(3, "hu", "E-AB 4"), sheet(4, "au", "E-AB 4")]
    first = (pages[0], page_cues(pages[0]))
    s = signal_repeat_title(attrs.evolve(ctx(pages[2], pages[1]), open_first=first))
    assert s is not None and s.score == FIRST_HEAD_AGAIN and "head of page 1 again" in s.reason
    assert starts(pages) == [1, 3]
    # The previous page under the same head: nothing starts over.
    assert signal_repeat_title(attrs.evolve(ctx(pages[2], pages[0]), open_first=first)) is None


def test_layout_signal() -> None:
    s = signal_layout(ctx(page(2, size=(612, 792)), page(1)))
    assert s is not None and s.score > 0 and "page size" in s.reason
    s = signal_layout(ctx(page(2, size=(842, 595)), page(1)))
    assert s is not None and "orientation" in s.reason
    assert signal_layout(ctx(page(2), page(1))) is None
    # An A5 page under the same header line is more often the sender's enclosure.
    a4 = page(1, top="Riverside Medical Practice\nBridge Street")
    a5 = page(2, top="Riverside Medical Practice\nOpening hours", size=(420, 595))
    s = signal_layout(ctx(a5, a4))
    assert s is not None and s.score == LAYOUT_SAME_HEADER < LAYOUT_WEIGHT
    assert "under the same header" in s.reason


def test_the_written_back_of_a_picture_card_goes_with_its_front() -> None:
    photo = page(1, "1952", size=(298, 420))
    back = page(
        2,
        "Aunt Hilde and Uncle Josef at Titisee, summer 1952, with the old rowing boat Paula",
        size=(298, 420),
    )
    s = signal_layout(ctx(back, photo))
    assert s is not None and s.score == -CARD_BACK and "page 1 has no text" in s.reason
    # Two pictures in a row, a full sheet after a picture, a card after a card with writing:
    # no back.
    assert signal_layout(ctx(page(2, "", size=(298, 420)), photo)) is None
    assert signal_layout(ctx(page(2, LOREM_A), page(1, "1952"))) is None
    written = page(
        1,
        "Dear Anna, greetings from Titisee, the weather is lovely, Uncle Josef rowed us",
        size=(298, 420),
    )
    assert signal_layout(ctx(back, written)) is None
    # Through the detector: a letter, then the photograph and its back as one document.
    assert starts([page(1), page(2, "", size=(298, 420)), page(3, back.text, size=(298, 420))]) == [
        1,
        2,
    ]


def test_a_slip_naming_no_sender_or_the_addressee_behind_a_full_page_goes_with_it() -> None:
    record = page(1, "Black Cat Sweeps Ltd\n18 Market Place, Hexham NE46 1XQ\nFlue Gas Analysis\n")
    printout = page(2, "WÖHLER A 550\nS/N 12406143\n26/11/2024 13:27\nCO2 8.4 %", size=(164, 539))
    s = signal_layout(ctx(printout, record))
    assert s is not None and s.score == -SLIP_BEHIND and "no sender" in s.reason
    # A slip that names its sender (a shop's till receipt after a letter) may be a document.
    receipt = page(
        2, "Hexham Hardware Ltd\nPriestpopple, Hexham NE46 1PS\nTotal 12.40", size=(164, 539)
    )
    s = signal_layout(ctx(receipt, record))
    assert s is not None and s.score > 0
    # The till receipt of the firm a customer's complaint is addressed to goes with it...
    complaint = page(
        1,
        "Fiona Thornton\n9 Moor Lane\nSheffield S10 3GH\nKingpin Lanes Ltd\nUnit 3, Kirkstall"
        " Leisure Park\nLeeds LS5 3BT\nDear Sir or Madam,\n" + LOREM_A,
    )
    till = page(2, "Kingpin Lanes Ltd\nLeeds LS5 3BT\nLane 2 games 38.00", size=(227, 539))
    s = signal_layout(ctx(till, complaint))
    assert s is not None and s.score == -SLIP_BEHIND
    # ... not the firm's own receipt after its own timesheet: that is filed on its own.
    sheet = page(1, "Kingpin Lanes Ltd\nLeeds LS5 3BT\nTimesheet week 4\n" + LOREM_A)
    s = signal_layout(ctx(till, sheet))
    assert s is not None and s.score > 0
    # Scanned, the slip's small sender is often missed: the size change counts as before.
    scanned = attrs.evolve(printout, ocr_used=True)
    s = signal_layout(ctx(scanned, attrs.evolve(record, ocr_used=True)))
    assert s is not None and s.score > 0

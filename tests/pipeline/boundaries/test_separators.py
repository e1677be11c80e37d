"""Boundary detection: separator sheets and barcodes."""

from __future__ import annotations

from pagekit import ctx, page, starts

from docsplit.pipeline.boundaries.separators import (
    SEPARATOR_SHEET,
    signal_barcode,
    signal_separator,
)


def test_separator_signal() -> None:
    sep = page(2, "", is_patch_sheet=True)
    s = signal_separator(ctx(page(3), page(1), between=[sep]))
    assert s is not None and s.score > 5 and "patch-T" in s.reason
    blank = page(2, "", is_blank=True)
    s = signal_separator(ctx(page(3), page(1), between=[blank]))
    assert s is not None and 0 < s.score < SEPARATOR_SHEET and "blank" in s.reason
    assert signal_separator(ctx(page(2), page(1))) is None


def test_barcode_signal_new_repeat_and_family() -> None:
    s = signal_barcode(ctx(page(2, barcodes=("ASN001",)), page(1)))
    assert s is not None and s.score > 0 and "ASN001" in s.reason
    s = signal_barcode(ctx(page(2, barcodes=("ASN001",)), page(1), open_barcode="ASN001"))
    assert s is not None and s.score < 0
    s = signal_barcode(ctx(page(2, barcodes=("101-z",)), page(1), open_barcode="101-a"))
    assert s is not None and s.score < 0
    assert signal_barcode(ctx(page(2), page(1))) is None


def test_a_ticket_or_voucher_with_its_code_is_a_page_not_a_separator_sheet() -> None:
    # A short page with a barcode is a separator sheet; one that a date or an amount makes a
    # ticket, a voucher or a till receipt belongs to the document it comes with.
    assert page(2, "ASN00123", barcodes=("ASN00123",)).is_separator
    ticket = page(
        2,
        "DB FERNVERKEHR FLEXPREIS 2. KL.\nVON\nMÜNCHEN\nNACH\nHOHENSTEIN\n"
        "14.07.2025 ERW. 49,88 €\nJLIJ88520757",
        barcodes=("JLIJ88520757",),
    )
    assert not ticket.is_separator and ticket.is_barcode_slip
    voucher = page(2, "GIFT VOUCHER\nValid until 01/03/2025\nGV-4947-CI", barcodes=("GV-4947-CI",))
    assert not voucher.is_separator and voucher.is_barcode_slip
    # Its code starts nothing.
    s = signal_barcode(ctx(ticket, page(1)))
    assert s is not None and s.score == 0.0 and "ticket" in s.reason
    # An expense claim, the ticket, then the hotel's bill: one document (before, the ticket
    # was taken for a separator sheet and the bill began a document).
    claim = page(
        1,
        "REISEKOSTENABRECHNUNG\nName Prof. Dr. Jörg Albrecht\n14.07.2025 Bahn 49,88\n"
        "Belege liegen bei.\nUnterschrift",
    )
    bill = page(
        3,
        "Landgasthof Adler\nMarktplatz 3, 72531 Hohenstein\nRechnung\nZimmer 140\n"
        "14.07.2025 Übernachtung 86,32",
    )
    assert starts([claim, ticket, bill]) == [1]

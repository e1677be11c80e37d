"""Boundary detection: separator sheets and barcodes."""

from __future__ import annotations

from pagekit import ctx, page

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

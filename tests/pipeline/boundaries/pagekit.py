"""Small hand-made pages and contexts for the boundary tests."""

from __future__ import annotations

from collections.abc import Sequence

from docsplit.models import ProcessingOptions
from docsplit.pipeline.boundaries.context import Context
from docsplit.pipeline.boundaries.cues import page_cues
from docsplit.pipeline.boundaries.detect import detect_boundaries
from docsplit.pipeline.extract import PageFeatures

LOREM_A = (
    "electricity consumption meter reading tariff kilowatt supply standing charge estimated "
    "actual usage heating gas contract renewal "
) * 4


LOREM_B = (
    "patient treatment appointment referral examination diagnosis prescription therapy clinic "
    "physician results laboratory "
) * 4


def page(
    number: int,
    text: str = LOREM_A,
    *,
    top: str = "",
    bottom: str = "",
    large: str = "",
    font: tuple[float, float] = (10.0, 10.0),
    size: tuple[float, float] = (595.0, 842.0),
    **kw: object,
) -> PageFeatures:
    return PageFeatures(
        number=number,
        width=size[0],
        height=size[1],
        text=text,
        top_text=top,
        bottom_text=bottom,
        large_text=large,
        max_font_size=font[0],
        body_font_size=font[1],
        **kw,  # type: ignore[arg-type]
    )


def ctx(cur: PageFeatures, prev: PageFeatures, **kw: object) -> Context:
    return Context(
        page=cur,
        cues=page_cues(cur),
        prev=prev,
        prev_cues=page_cues(prev),
        separators_between=tuple(kw.get("between", ())),  # type: ignore[arg-type]
        open_barcode=kw.get("open_barcode"),  # type: ignore[arg-type]
        open_refs=kw.get("open_refs", {}),  # type: ignore[arg-type]
        open_bodies=kw.get("open_bodies", ()),  # type: ignore[arg-type]
    )


def starts(pages: Sequence[PageFeatures], **opts: object) -> list[int]:
    proposal = detect_boundaries(pages, ProcessingOptions(**opts))  # type: ignore[arg-type]
    return [d.start for d in proposal.documents]


def payslip(number: int, name: str, period: str = "03/2024") -> PageFeatures:
    text = (
        "Pay Advice\nNorthwind Traders Ltd\n"
        f"Employee name: {name}\nPeriod: {period}\n"
        "Base pay 2,000.00\nTax withheld 300.00\nNet amount 1,700.00"
    )
    return page(
        number, text, top="Pay Advice", large="Pay Advice", font=(14.0, 10.0), bottom="Net amount"
    )


def fee_reminder(number: int, name: str, account: str, day: str, body: str) -> PageFeatures:
    head = (
        "Broadcasting Fee Service\nBrunnenweg 12\n99084 Erfurt\nTel. 0345 77 340-46\n"
        f"{name}\nLerchenfeld 43\nAccount number {account}\nDate {day}\n"
    )
    return page(number, head + body)


def stream() -> list[PageFeatures]:
    return [
        page(1, "INVOICE\nInvoice No: A10001\n" + LOREM_A, bottom="Page 1 of 2"),
        page(
            2,
            "Invoice No: A10001 (continued)\n" + LOREM_A + "\nTotal due 10.00",
            bottom="Page 2 of 2",
        ),
        page(3, "", is_blank=True),
        page(
            4,
            "Dear Anna,\nSubject: results\n" + LOREM_B + "\nKind regards,",
            large="Clinic",
            font=(16, 10),
        ),
        page(5, "", barcodes=("PATCHT",)),
        page(6, "Report 2024-05-01\n" + LOREM_A, bottom="Page 1 of 1"),
    ]

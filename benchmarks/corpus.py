"""Generate a labelled corpus of multi-document page streams for boundary-detection evaluation.

Each stream is ``NAME.pdf`` plus ``NAME.json`` holding the truth::

    {"pages": 23, "starts": [1, 4, 5, ...], "separators": [9], "kind": "born_digital",
     "split": "dev", "seed": 7, "docs": [["invoice", 1, 3], ...]}

``starts`` are the first pages of the true documents (separator sheets are not documents and are
listed in ``separators``). Two parts that share nothing: ``dev`` (templates A, seeds 0..) is used
to tune the signals; ``heldout`` (templates B, other seeds) is never looked at while tuning.
Scanned variants render the same kind of stream to 150-200 dpi images with noise, slight skew and
some pages turned 90 or 180 degrees, and store them as an image-only PDF.

Usage: ``python benchmarks/corpus.py OUT_DIR [--part dev|heldout|all] [--streams N]
[--scanned N] [--seed S]``
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image, ImageFilter
from reportlab.graphics.barcode import code39, code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen import canvas

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

COMPANIES = [
    "Northwind Traders Ltd",
    "Acme Industrial Supply",
    "Bluewater Energy plc",
    "Harbor & Finch LLP",
    "Kestrel Logistics GmbH",
    "Silverline Telecom",
    "Greenleaf Property Management",
    "Orion Medical Group",
    "Pinecrest Insurance",
    "Maple Street Bank",
    "Brightside Utilities",
    "Quantum Office Systems",
    "Riverside Dental Clinic",
    "Summit Accounting Partners",
    "Atlas Freight Services",
    "Nordlicht Versicherung AG",
    "Stadtwerke Ebersfeld",
    "Cobalt Software Inc",
    "Evergreen Landscaping",
    "Fairview Property Tax Office",
]
PEOPLE = [
    "Anna Schmidt",
    "John Carter",
    "Maria Lopez",
    "David Chen",
    "Sophie Martin",
    "Liam O'Brien",
    "Priya Patel",
    "Thomas Weber",
    "Emily Johnson",
    "Lukas Fischer",
    "Olivia Brown",
    "Noah Wilson",
]
STREETS = ["Elm Street", "Harbour Road", "Hauptstrasse", "Mill Lane", "Park Avenue", "Kingsway"]
CITIES = ["Springfield 40123", "Bristol BS1 4DJ", "10115 Berlin", "Portland, OR 97201", "Leeds LS1"]
TOPICS = {
    "insurance": "policy premium coverage claim renewal deductible insured vehicle liability "
    "period schedule endorsement damage assessment adjuster settlement",
    "energy": "electricity consumption meter reading tariff kilowatt supply standing charge "
    "estimated actual usage heating gas contract renewal",
    "tax": "assessment income return deduction allowance refund property valuation parcel "
    "municipal rate installment authority appeal exemption",
    "medical": "patient treatment appointment referral examination diagnosis prescription "
    "therapy clinic physician follow-up results laboratory",
    "software": "license subscription users release maintenance support cloud hosting server "
    "deployment upgrade ticket integration migration",
    "banking": "account transfer deposit withdrawal balance interest overdraft card transaction "
    "mortgage loan repayment branch statement",
    "logistics": "shipment delivery freight pallet warehouse customs tracking consignment "
    "carrier dispatch route container loading",
    "legal": "agreement party clause obligation termination liability confidentiality "
    "jurisdiction amendment notice breach remedy warranty",
    "construction": "site building permit inspection foundation contractor materials "
    "scaffolding concrete schedule drawing safety",
    "hr": "employee salary leave contract probation benefits pension training appraisal "
    "overtime payroll holiday notice",
}
GLUE = (  # noqa: SIM905
    "the of and to in for with on as by this that we our your please will be is are has have "
    "from at which regarding any all further"
).split()
ITEMS = [
    "Consulting services",
    "Annual maintenance",
    "Office chairs",
    "Printer toner",
    "Cloud hosting",
    "Freight charges",
    "Installation",
    "Software license",
    "Site inspection",
    "Training session",
    "Replacement parts",
    "Cleaning service",
    "Network switch",
    "Support hours",
    "Travel expenses",
]


def sentence(rng: random.Random, topic: list[str], n: int | None = None) -> str:
    n = n or rng.randint(8, 16)
    words = [rng.choice(topic) if rng.random() < 0.45 else rng.choice(GLUE) for _ in range(n)]
    return (" ".join(words)).capitalize() + "."


def paragraph_lines(rng: random.Random, topic: list[str], width_chars: int) -> list[str]:
    text = " ".join(sentence(rng, topic) for _ in range(rng.randint(2, 5)))
    lines, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width_chars:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return lines


def a_date(rng: random.Random, style: str) -> str:
    y, m, d = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    if style == "us":
        return f"{months[m - 1]} {d}, {y}"
    if style == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {months[m - 1]} {y}"


# ---------------------------------------------------------------------------------------------
# Page model
# ---------------------------------------------------------------------------------------------


@dataclass
class Page:
    size: tuple[float, float]
    items: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)

    def text(
        self,
        x: float,
        y_top: float,
        value: str,
        font: str = "Helvetica",
        size: float = 10,
        align: str = "left",
    ) -> None:
        self.items.append(("text", (x, y_top, value, font, size, align)))

    def rect(self, x: float, y_top: float, w: float, h: float, fill: float | None = None) -> None:
        self.items.append(("rect", (x, y_top, w, h, fill)))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.items.append(("line", (x1, y1, x2, y2)))

    def barcode(self, kind: str, value: str, x: float, y_top: float) -> None:
        self.items.append(("barcode", (kind, value, x, y_top)))


@dataclass
class Style:
    font: str
    bold: str
    size: float
    margin: float
    numbering: str  # none | of | slash | dash | seite | page
    number_pos: str  # top | bottom
    page_size: tuple[float, float]
    date_style: str


FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]


def a_style(rng: random.Random) -> Style:
    font, bold = rng.choice(FONTS)
    return Style(
        font=font,
        bold=bold,
        size=rng.choice([9, 10, 10, 11]),
        margin=rng.choice([50, 60, 72]),
        numbering=rng.choice(["none", "none", "of", "of", "slash", "dash", "seite", "page"]),
        number_pos=rng.choice(["top", "bottom", "bottom"]),
        page_size=rng.choice([A4, LETTER]),
        date_style=rng.choice(["us", "de", "iso", "long"]),
    )


def number_label(style: Style, i: int, n: int) -> str | None:
    return {
        "none": None,
        "of": f"Page {i} of {n}",
        "slash": f"{i}/{n}",
        "dash": f"- {i} -",
        "seite": f"Seite {i} von {n}",
        "page": f"Page {i}",
    }[style.numbering]


def add_numbers(pages: list[Page], style: Style) -> None:
    for i, page in enumerate(pages, 1):
        label = number_label(style, i, len(pages))
        if label is None:
            continue
        w, h = page.size
        y = 30 if style.number_pos == "top" else h - 30
        page.text(w / 2, y, label, style.font, 8, "center")


def body_pages(
    rng: random.Random,
    style: Style,
    topic: list[str],
    first: Page,
    y: float,
    paragraphs: int,
    header: str | None = None,
) -> list[Page]:
    """Flow ``paragraphs`` of text from ``first`` at ``y`` onto as many pages as needed."""
    pages = [first]
    w, h = style.page_size
    width_chars = int((w - 2 * style.margin) / (style.size * 0.5))
    page = first
    for _ in range(paragraphs):
        for line in paragraph_lines(rng, topic, width_chars):
            if y > h - style.margin - 20:
                page = Page(style.page_size)
                pages.append(page)
                y = style.margin + 10
                if header:
                    page.text(style.margin, style.margin - 20, header, style.font, 8)
                    page.line(style.margin, style.margin - 14, w - style.margin, style.margin - 14)
            page.text(style.margin, y, line, style.font, style.size)
            y += style.size * 1.4
        y += style.size
    return pages


# ---------------------------------------------------------------------------------------------
# Templates. A: development templates; B: held-out templates (never used for tuning).
# ---------------------------------------------------------------------------------------------


@dataclass
class Issuer:
    name: str
    topic: list[str]
    style: Style
    street: str
    city: str


def an_issuer(rng: random.Random) -> Issuer:
    return Issuer(
        name=rng.choice(COMPANIES),
        topic=TOPICS[rng.choice(sorted(TOPICS))].split(),
        style=a_style(rng),
        street=f"{rng.randint(1, 200)} {rng.choice(STREETS)}",
        city=rng.choice(CITIES),
    )


def letterhead(page: Page, s: Style, who: Issuer, big: bool) -> float:
    w, _ = s.page_size
    m = s.margin
    if big:
        page.text(m, m, who.name, s.bold, s.size + 8)
        page.text(m, m + 16, f"{who.street} · {who.city}", s.font, s.size - 2)
        page.line(m, m + 24, w - m, m + 24)
        return m + 50
    page.text(w - m, m, who.name, s.bold, s.size + 1, "right")
    page.text(w - m, m + 12, who.street, s.font, s.size - 1, "right")
    page.text(w - m, m + 24, who.city, s.font, s.size - 1, "right")
    return m + 50


def tpl_letter(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    p = Page(s.page_size)
    y = letterhead(p, s, who, rng.random() < 0.5)
    person = rng.choice(PEOPLE)
    for line in [person, f"{rng.randint(1, 99)} {rng.choice(STREETS)}", rng.choice(CITIES)]:
        p.text(s.margin, y, line, s.font, s.size)
        y += s.size * 1.3
    y += 14
    p.text(s.margin, y, a_date(rng, s.date_style), s.font, s.size)
    y += 28
    if rng.random() < 0.7:
        p.text(
            s.margin,
            y,
            f"{rng.choice(['Subject', 'Re'])}: {sentence(rng, who.topic, 5)[:-1]}",
            s.bold,
            s.size,
        )
        y += 24
    if rng.random() < 0.85:
        p.text(s.margin, y, f"Dear {person.split()[0]},", s.font, s.size)
        y += 20
    pages = body_pages(rng, s, who.topic, p, y, rng.choice([2, 3, 4, 6, 9]))
    last = pages[-1]
    _, h = s.page_size
    y2 = min(h - s.margin - 60, h - 160)
    if rng.random() < 0.8:
        last.text(
            s.margin,
            y2,
            rng.choice(["Yours sincerely,", "Kind regards,", "Best regards,"]),
            s.font,
            s.size,
        )
    last.text(s.margin, y2 + 40, rng.choice(PEOPLE), s.font, s.size)
    add_numbers(pages, s)
    return pages


def tpl_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    number = f"{rng.choice(['INV', 'RE', '', 'F'])}{rng.randint(10000, 99999)}"
    items = [
        (rng.choice(ITEMS), rng.randint(1, 20), rng.randint(5, 900))
        for _ in range(rng.choice([3, 6, 10, 25, 45]))
    ]
    pages: list[Page] = []
    i = 0
    total = 0
    while i < len(items) or not pages:
        p = Page(s.page_size)
        pages.append(p)
        y = letterhead(p, s, who, True)
        if len(pages) == 1:
            p.text(m, y, "INVOICE" if rng.random() < 0.6 else "Invoice", s.bold, s.size + 6)
            y += 26
            p.text(m, y, f"Invoice No: {number}", s.font, s.size)
            p.text(w / 2, y, f"Date: {a_date(rng, s.date_style)}", s.font, s.size)
            y += 16
            p.text(m, y, f"Customer: {rng.choice(PEOPLE)}", s.font, s.size)
            y += 30
        else:
            p.text(m, y, f"Invoice No: {number} (continued)", s.font, s.size)
            y += 24
        p.line(m, y, w - m, y)
        y += 14
        while i < len(items) and y < h - m - 90:
            name, qty, price = items[i]
            p.text(m, y, name, s.font, s.size)
            p.text(w - m - 150, y, str(qty), s.font, s.size, "right")
            p.text(w - m, y, f"{qty * price:,.2f}", s.font, s.size, "right")
            p.line(m, y + 4, w - m, y + 4)
            total += qty * price
            y += s.size * 1.8
            i += 1
    last = pages[-1]
    last.text(w - m - 150, h - m - 60, "Total due", s.bold, s.size)
    last.text(w - m, h - m - 60, f"{total:,.2f}", s.bold, s.size, "right")
    last.text(m, h - m - 30, "Payment within 30 days. " + sentence(rng, who.topic, 6), s.font, 8)
    add_numbers(pages, s)
    return pages


def tpl_statement(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    account = f"{rng.randint(100000, 999999)}{rng.randint(10, 99)}"
    n_rows = rng.choice([8, 20, 40, 70])
    pages: list[Page] = []
    balance = rng.randint(100, 5000)
    row = 0
    while row < n_rows or not pages:
        p = Page(s.page_size)
        pages.append(p)
        p.text(m, m, who.name, s.bold, s.size + 4)
        p.text(w - m, m, "Account Statement", s.bold, s.size + 2, "right")
        p.text(m, m + 20, f"Account number: {account}", s.font, s.size)
        y = m + 50
        if len(pages) == 1:
            p.text(m, y, f"Statement period ending {a_date(rng, s.date_style)}", s.font, s.size)
            p.text(m, y + 14, rng.choice(PEOPLE), s.font, s.size)
            y += 40
        while row < n_rows and y < h - m - 60:
            amount = rng.randint(-400, 400)
            balance += amount
            p.text(m, y, a_date(rng, "iso"), "Courier", s.size - 1)
            p.text(m + 90, y, sentence(rng, who.topic, 3)[:-1][:40], s.font, s.size - 1)
            p.text(w - m - 80, y, f"{amount:,.2f}", "Courier", s.size - 1, "right")
            p.text(w - m, y, f"{balance:,.2f}", "Courier", s.size - 1, "right")
            y += s.size * 1.5
            row += 1
    pages[-1].text(m, h - m - 30, f"Closing balance {balance:,.2f}", s.bold, s.size)
    add_numbers(pages, s)
    return pages


def tpl_form(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    title = rng.choice(
        [
            "Application Form",
            "Change of Address Form",
            "Claim Form",
            "Registration Form",
            "Direct Debit Mandate",
        ]
    )
    ref = f"{rng.randint(1000000, 9999999)}"
    pages = []
    for k in range(rng.choice([1, 1, 2, 3])):
        p = Page(s.page_size)
        pages.append(p)
        p.text(m, m, who.name, s.font, s.size)
        p.text(w - m, m, f"Form {ref[:3]}-{k + 1}", s.font, 8, "right")
        y = m + 30
        if k == 0:
            p.text(w / 2, y, title, s.bold, s.size + 6, "center")
            y += 40
        else:
            p.text(m, y, f"Section {chr(65 + k)}", s.bold, s.size + 2)
            y += 30
        for _ in range(rng.randint(8, 16)):
            label = sentence(rng, who.topic, rng.randint(2, 4))[:-1]
            p.text(m, y, label + ":", s.font, s.size)
            p.rect(w / 2, y - 10, w / 2 - m, 14)
            y += 26
            if y > h - m - 60:
                break
        if k == len(pages) - 1 or rng.random() < 0.3:
            p.text(
                m, h - m - 40, "Signature: ____________________   Date: __________", s.font, s.size
            )
    add_numbers(pages, s)
    return pages


def tpl_report(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    title = (
        f"{rng.choice(['Annual', 'Quarterly', 'Technical', 'Audit', 'Inspection'])} Report: "
        f"{sentence(rng, who.topic, 3)[:-1]}"
    )
    p = Page(s.page_size)
    p.text(w / 2, h / 3, title, s.bold, s.size + 10, "center")
    p.text(w / 2, h / 3 + 30, who.name, s.font, s.size + 2, "center")
    p.text(w / 2, h / 3 + 50, a_date(rng, s.date_style), s.font, s.size, "center")
    pages = [p]
    body = Page(s.page_size)
    y = m + 10
    header = title[:60]
    body.text(m, m - 20, header, s.font, 8)
    sections = rng.randint(2, 6)
    out = body_pages(rng, s, who.topic, body, y, sections * 3, header=header)
    pages += out
    add_numbers(pages, s)
    return pages


# More development templates: one-page documents that come in runs of the same template (tax
# forms, pay advices, receipts), without page numbers, reference lines or a change of title.


def _year(rng: random.Random) -> int:
    return rng.randint(2018, 2025)


def tpl_tax_form(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    form = rng.choice(["TX-201", "R-40", "T4A", "1099-G", "IR-526", "P60"])
    p.text(m, m, f"Form {form}", s.bold, s.size + 6)
    p.text(w - m, m, f"Tax year {_year(rng)}", s.bold, s.size + 2, "right")
    p.text(m, m + 20, who.name, s.font, s.size)
    y = m + 60
    person = rng.choice(PEOPLE)
    for label, value in [
        ("Taxpayer name", person),
        ("Taxpayer ID", f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"),
        ("Address", f"{rng.randint(1, 99)} {rng.choice(STREETS)}, {rng.choice(CITIES)}"),
    ]:
        p.text(m, y, f"{label}:", s.font, s.size)
        p.text(m + 120, y, value, s.font, s.size)
        y += s.size * 1.8
    y += 10
    for k in range(rng.randint(5, 10)):
        label = sentence(rng, TOPICS["tax"].split(), rng.randint(2, 4))[:-1]
        p.rect(m, y - 11, w - 2 * m, 16)
        p.text(m + 4, y, f"{k + 1}  {label}", s.font, s.size - 1)
        p.text(w - m - 4, y, f"{rng.randint(0, 90000):,.2f}", "Courier", s.size - 1, "right")
        y += 20
    if rng.random() < 0.6:
        p.text(m, h - m - 40, "Signature: ____________________   Date: __________", s.font, s.size)
    return [p]


def tpl_pay_advice(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(w / 2, m, rng.choice(["EARNINGS STATEMENT", "Pay Advice"]), s.bold, s.size + 4, "center")
    p.text(m, m + 26, who.name, s.font, s.size)
    y = m + 56
    for label, value in [
        ("Employee name", rng.choice(PEOPLE)),
        ("Employee no.", f"E{rng.randint(10000, 99999)}"),
        ("Period", f"{rng.choice(['01', '02', '03', '04', '05', '06'])}/{_year(rng)}"),
    ]:
        p.text(m, y, f"{label}:", s.font, s.size)
        p.text(m + 110, y, value, s.font, s.size)
        y += s.size * 1.6
    y += 10
    for label in ["Base pay", "Shift allowance", "Tax withheld", "Pension", "Union dues"]:
        p.text(m, y, label, s.font, s.size)
        p.text(w - m, y, f"{rng.randint(10, 4000):,.2f}", "Courier", s.size, "right")
        y += 16
    p.text(m, y + 10, "Net amount", s.bold, s.size)
    return [p]


def tpl_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, who, rng.random() < 0.5)
    p.text(m, y, rng.choice(["Receipt", "RECEIPT", "Payment Receipt"]), s.bold, s.size + 5)
    y += 28
    p.text(m, y, f"Received from: {rng.choice(PEOPLE)}", s.font, s.size)
    p.text(m, y + 16, f"Date: {a_date(rng, s.date_style)}", s.font, s.size)
    y += 44
    total = 0
    for _ in range(rng.randint(1, 5)):
        amount = rng.randint(5, 500)
        total += amount
        p.text(m, y, rng.choice(ITEMS), s.font, s.size)
        p.text(w - m, y, f"{amount:,.2f}", s.font, s.size, "right")
        y += 16
    p.text(m, y + 12, "Amount paid", s.bold, s.size)
    p.text(w - m, y + 12, f"{total:,.2f}", s.bold, s.size, "right")
    p.text(m, h - m - 30, "Thank you for your payment.", s.font, s.size - 1)
    return [p]


# Held-out templates (B): other layouts and document types.


def tpl_memo(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.rect(m, m - 10, w - 2 * m, 30, fill=0.85)
    p.text(m + 10, m + 8, "MEMORANDUM", s.bold, s.size + 6)
    y = m + 50
    for k, v in [
        ("To", rng.choice(PEOPLE)),
        ("From", rng.choice(PEOPLE)),
        ("Date", a_date(rng, s.date_style)),
        ("Subject", sentence(rng, who.topic, 4)[:-1]),
    ]:
        p.text(m, y, f"{k}:", s.bold, s.size)
        p.text(m + 70, y, v, s.font, s.size)
        y += s.size * 1.6
    p.line(m, y, w - m, y)
    pages = body_pages(rng, s, who.topic, p, y + 20, rng.choice([2, 3, 5, 8]))
    add_numbers(pages, s)
    return pages


def tpl_purchase_order(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    po = f"PO-{rng.randint(1000, 9999)}"
    pages = []
    items = [(rng.choice(ITEMS), rng.randint(1, 50)) for _ in range(rng.choice([4, 12, 30]))]
    i = 0
    while i < len(items) or not pages:
        p = Page(s.page_size)
        pages.append(p)
        p.text(w - m, m, "PURCHASE ORDER", s.bold, s.size + 8, "right")
        p.text(w - m, m + 22, f"Order No. {po}", s.font, s.size, "right")
        p.text(m, m, who.name, s.font, s.size)
        y = m + 60
        if len(pages) == 1:
            p.text(m, y, f"Ship to: {rng.choice(PEOPLE)}, {rng.choice(CITIES)}", s.font, s.size)
            p.text(m, y + 14, f"Order date: {a_date(rng, s.date_style)}", s.font, s.size)
            y += 40
        while i < len(items) and y < h - m - 60:
            p.rect(m, y - 10, w - 2 * m, 16)
            p.text(m + 4, y, f"{i + 1}. {items[i][0]}", s.font, s.size)
            p.text(w - m - 4, y, f"qty {items[i][1]}", s.font, s.size, "right")
            y += 18
            i += 1
    pages[-1].text(m, h - m - 40, "Authorised by: ______________", s.font, s.size)
    add_numbers(pages, s)
    return pages


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(m, m, who.name, s.bold, s.size + 2)
    p.text(w - m, m, f"Pay period {a_date(rng, 'iso')[:7]}", s.font, s.size, "right")
    p.text(
        m, m + 30, f"Employee: {rng.choice(PEOPLE)}   ID {rng.randint(1000, 9999)}", s.font, s.size
    )
    y = m + 70
    gross = rng.randint(2000, 6000)
    for label in [
        "Basic salary",
        "Overtime",
        "Bonus",
        "Income tax",
        "Social security",
        "Pension",
        "Health insurance",
    ]:
        p.text(m, y, label, s.font, s.size)
        p.text(w - m, y, f"{rng.randint(10, gross):,.2f}", "Courier", s.size, "right")
        y += 18
    p.line(m, y, w - m, y)
    p.text(m, y + 16, "Net pay", s.bold, s.size)
    return [p]


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(
        w / 2,
        m + 10,
        rng.choice(["SERVICE AGREEMENT", "LEASE AGREEMENT", "CONTRACT"]),
        s.bold,
        s.size + 6,
        "center",
    )
    p.text(m, m + 50, f"between {who.name} and {rng.choice(PEOPLE)}", s.font, s.size)
    pages = body_pages(rng, s, TOPICS["legal"].split(), p, m + 80, rng.choice([4, 8, 12, 16]))
    last = pages[-1]
    last.text(m, h - m - 50, "Signed: ____________        ____________", s.font, s.size)
    add_numbers(pages, s)
    return pages


def tpl_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    m = s.margin
    p = Page(s.page_size)
    p.text(m, m, f"Minutes of the meeting held on {a_date(rng, s.date_style)}", s.bold, s.size + 3)
    p.text(m, m + 20, f"Present: {', '.join(rng.sample(PEOPLE, 3))}", s.font, s.size)
    pages = body_pages(rng, s, who.topic, p, m + 50, rng.choice([3, 5, 8]))
    add_numbers(pages, s)
    return pages


Template = Callable[[random.Random, Issuer], list[Page]]
TEMPLATES_A: dict[str, Template] = {
    "letter": tpl_letter,
    "invoice": tpl_invoice,
    "statement": tpl_statement,
    "form": tpl_form,
    "report": tpl_report,
    "tax_form": tpl_tax_form,
    "pay_advice": tpl_pay_advice,
    "receipt": tpl_receipt,
}
#: Development templates of one-page documents that often come in runs of several.
RUN_TEMPLATES = ("tax_form", "pay_advice", "receipt", "form")
TEMPLATES_B: dict[str, Template] = {
    "memo": tpl_memo,
    "purchase_order": tpl_purchase_order,
    "payslip": tpl_payslip,
    "contract": tpl_contract,
    "minutes": tpl_minutes,
}


# ---------------------------------------------------------------------------------------------
# Streams
# ---------------------------------------------------------------------------------------------


def separator_page(rng: random.Random, size: tuple[float, float], kind: str) -> Page:
    p = Page(size)
    w, h = size
    if kind == "patch":
        # Patch T pattern along the left edge: narrow, wide, narrow, wide bars, full height.
        x = 20
        for bar in (8, 22, 8, 22):
            p.rect(x, 30, bar, h - 60, fill=0.0)
            x += bar + 12
        p.text(w / 2, h / 2, "PATCH T", "Helvetica-Bold", 28, "center")
    elif kind == "code":
        value = rng.choice(["PATCHT", f"ASN{rng.randint(10000, 99999)}"])
        p.barcode(rng.choice(["code39", "code128", "qr"]), value, w / 2 - 120, h / 3)
    return p


@dataclass
class Stream:
    pages: list[Page]
    starts: list[int]
    separators: list[int]
    docs: list[tuple[str, int, int]]


def make_stream(
    rng: random.Random,
    templates: dict[str, Template],
    n_docs: int,
    separators: bool,
    runs: bool = False,
) -> Stream:
    """``runs``: one-page templates may repeat 2-5 times in a row (same issuer, new values);
    only the development part uses it, so held-out streams stay as they were."""
    run_odds = dict.fromkeys(RUN_TEMPLATES, 0.6) if runs else {}
    return assemble_stream(rng, templates, n_docs, separators, run_odds, run_len=(1, 4))


def assemble_stream(
    rng: random.Random,
    templates: dict[str, Template],
    n_docs: int,
    separators: bool,
    run_odds: dict[str, float],
    run_len: tuple[int, int] = (1, 2),
    follows: dict[str, str] | None = None,
) -> Stream:
    """``n_docs`` documents drawn from ``templates``, each time a new template and issuer, or
    with probability 0.3 the previous template and issuer again (new values). A newly drawn
    template ``t`` in ``run_odds`` starts, with probability ``run_odds[t]``, a run of
    ``run_len`` more documents of the same template and issuer; otherwise a template in
    ``follows`` is followed, with probability 0.5, by ``follows[t]`` from the same issuer.
    With ``separators``, a separator sheet of one kind precedes most documents after the first.
    """
    follows = follows or {}
    pages: list[Page] = []
    starts: list[int] = []
    seps: list[int] = []
    docs: list[tuple[str, int, int]] = []
    prev: tuple[str, Issuer] | None = None
    sep_kind = rng.choice(["blank", "patch", "code"]) if separators else None
    run_left = 0
    follow: str | None = None
    for k in range(n_docs):
        if follow is not None and prev is not None:
            name, who = follow, prev[1]
            follow = None
        elif run_left > 0 and prev is not None:
            name, who = prev
            run_left -= 1
        elif prev is not None and rng.random() < 0.3:
            name, who = prev  # same template and issuer as the previous document
        else:
            name = rng.choice(sorted(templates))
            who = an_issuer(rng)
            if name in run_odds and rng.random() < run_odds[name]:
                run_left = rng.randint(*run_len)
            elif name in follows and rng.random() < 0.5:
                follow = follows[name]
        doc = templates[name](rng, who)
        if sep_kind and k > 0 and rng.random() < 0.8:
            pages.append(separator_page(rng, doc[0].size, sep_kind))
            seps.append(len(pages))
        starts.append(len(pages) + 1)
        docs.append((name, len(pages) + 1, len(pages) + len(doc)))
        pages.extend(doc)
        prev = (name, who)
    return Stream(pages, starts, seps, docs)


def draw_pdf(pages: list[Page]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1)
    c.setTitle("docsplit generated stream")
    for page in pages:
        w, h = page.size
        c.setPageSize((w, h))
        for kind, args in page.items:
            if kind == "text":
                x, y, value, font, size, align = args
                c.setFont(str(font), float(size))  # type: ignore[arg-type]
                yy = h - float(y)  # type: ignore[arg-type]
                if align == "center":
                    c.drawCentredString(float(x), yy, str(value))  # type: ignore[arg-type]
                elif align == "right":
                    c.drawRightString(float(x), yy, str(value))  # type: ignore[arg-type]
                else:
                    c.drawString(float(x), yy, str(value))  # type: ignore[arg-type]
            elif kind == "rect":
                x, y, rw, rh, fill = args
                yy = h - float(y) - float(rh)  # type: ignore[arg-type]
                if fill is None:
                    c.rect(float(x), yy, float(rw), float(rh), stroke=1, fill=0)  # type: ignore[arg-type]
                else:
                    c.setFillGray(float(fill))  # type: ignore[arg-type]
                    c.rect(float(x), yy, float(rw), float(rh), stroke=0, fill=1)  # type: ignore[arg-type]
                    c.setFillGray(0)
            elif kind == "line":
                x1, y1, x2, y2 = (float(a) for a in args)  # type: ignore[arg-type]
                c.line(x1, h - y1, x2, h - y2)
            elif kind == "barcode":
                bkind, value, x, y = args
                draw_barcode(c, str(bkind), str(value), float(x), h - float(y))  # type: ignore[arg-type]
        c.showPage()
    c.save()
    return buf.getvalue()


def draw_barcode(c: canvas.Canvas, kind: str, value: str, x: float, y: float) -> None:
    if kind == "qr":
        widget = qr.QrCodeWidget(value)
        d = Drawing(180, 180)
        widget.barWidth = widget.barHeight = 180
        d.add(widget)
        d.drawOn(c, x, y - 180)
        c.setFont("Helvetica", 10)
        c.drawString(x, y - 195, value)
        return
    bar = (
        code39.Standard39(value, barHeight=60, barWidth=1.4, checksum=0)
        if kind == "code39"
        else code128.Code128(value, barHeight=60, barWidth=1.4)
    )
    bar.drawOn(c, x, y - 60)
    c.setFont("Helvetica", 10)
    c.drawString(x, y - 75, value)


NOISE_TILE = 509  # prime, so the tiling does not line up with text rows


def _noise(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Seeded scanner noise: grey 97..159 (sigma ~18, like ``effect_noise(size, 18)``).

    PIL's ``effect_noise`` draws from C's rand(), which no seed reaches, so every generated
    scan differed and the benchmarks were not repeatable. A seeded tile repeated over the page
    at a random offset is cheap and repeatable.
    """
    tile = Image.frombytes(
        "L", (NOISE_TILE, NOISE_TILE), bytes(97 + b % 63 for b in rng.randbytes(NOISE_TILE**2))
    )
    page = Image.new("L", (size[0] + NOISE_TILE, size[1] + NOISE_TILE))
    for x in range(0, page.width, NOISE_TILE):
        for y in range(0, page.height, NOISE_TILE):
            page.paste(tile, (x, y))
    dx, dy = rng.randrange(NOISE_TILE), rng.randrange(NOISE_TILE)
    return page.crop((dx, dy, dx + size[0], dy + size[1]))


def scan(pdf_bytes: bytes, rng: random.Random, dpi: int) -> tuple[bytes, list[int]]:
    """Render every page, degrade it like a cheap scanner, and rebuild an image-only PDF."""
    doc = pdfium.PdfDocument(pdf_bytes)
    images: list[Image.Image] = []
    rotated: list[int] = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        # Slight skew, some pages fed sideways or upside down.
        angle = rng.uniform(-1.2, 1.2)
        img = img.rotate(angle, expand=False, fillcolor=255, resample=Image.Resampling.BILINEAR)
        r = rng.random()
        if r < 0.06:
            img = img.rotate(90, expand=True)
            rotated.append(i + 1)
        elif r < 0.12:
            img = img.rotate(180)
            rotated.append(i + 1)
        noise = _noise(img.size, rng).filter(ImageFilter.GaussianBlur(0.6))
        img = Image.blend(img, noise, 0.12)
        img = img.point(lambda v: 255 if v > 235 else v)
        if rng.random() < 0.5:
            img = img.filter(ImageFilter.GaussianBlur(0.5))
        images.append(img)
    doc.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi))
    return out.getvalue(), rotated


def generate(
    out: Path,
    part: str,
    streams: int,
    scanned: int,
    seed: int,
    docs: tuple[int, int] = (3, 9),
    scan_dpi: int | None = None,
) -> list[Path]:
    """Write ``streams`` born-digital and ``scanned`` scanned streams of ``part`` to ``out``."""
    base = seed + (0 if part == "dev" else 100_000)
    return write_streams(
        out, part, base, maker(part), streams, scanned, docs, scan_dpi, sources=True
    )


def maker(part: str) -> Callable[[random.Random, int, bool], Stream]:
    """How a stream of ``part`` (``dev``: templates A with runs of forms; else B) is made."""
    templates = TEMPLATES_A if part == "dev" else TEMPLATES_B

    def make(rng: random.Random, n_docs: int, separators: bool) -> Stream:
        return make_stream(rng, templates, n_docs, separators=separators, runs=part == "dev")

    return make


def draw_stream(
    make: Callable[[random.Random, int, bool], Stream], seed: int, docs: tuple[int, int] = (3, 9)
) -> tuple[Stream, random.Random]:
    """Stream ``seed`` of a part, and its random source as the scanner model goes on to use it:
    the same stream for the same ``make``, ``seed`` and ``docs``."""
    rng = random.Random(seed)
    n_docs = rng.randint(*docs)
    return make(rng, n_docs, rng.random() < 0.4), rng


def write_streams(
    out: Path,
    part: str,
    base: int,
    make: Callable[[random.Random, int, bool], Stream],
    streams: int,
    scanned: int,
    docs: tuple[int, int] = (3, 9),
    scan_dpi: int | None = None,
    sources: bool = False,
) -> list[Path]:
    """Write ``streams`` born-digital and ``scanned`` scanned streams of ``part`` to ``out``:
    stream ``k`` is ``make(rng, n_docs, separators)`` with ``rng`` seeded ``base + k``, saved as
    ``{part}_{kind}_{base + k}.pdf`` with its labels in the ``.json`` beside it. With
    ``sources`` and a fixed ``scan_dpi``, the clean original of each scanned stream is kept too.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for k in range(streams + scanned):
        is_scan = k >= streams
        stream, rng = draw_stream(make, base + k, docs)
        pdf = draw_pdf(stream.pages)
        kind = "scanned" if is_scan else "born_digital"
        rotated: list[int] = []
        if is_scan:
            pdf, rotated = scan(pdf, rng, dpi=scan_dpi or rng.choice([150, 200]))
        name = f"{part}_{kind}_{base + k:06d}"
        (out / f"{name}.pdf").write_bytes(pdf)
        label = {
            "pages": len(stream.pages),
            "starts": stream.starts,
            "separators": stream.separators,
            "kind": kind,
            "split": part,
            "seed": base + k,
            "docs": [list(d) for d in stream.docs],
            "rotated": rotated,
        }
        (out / f"{name}.json").write_text(json.dumps(label, indent=1))
        if sources and is_scan and scan_dpi:
            # The clean original, for measuring OCR word recall against it.
            (out / f"{name}.source.pdf.orig").write_bytes(draw_pdf(stream.pages))
        written.append(out / f"{name}.pdf")
    return written


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--part", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--streams", type=int, default=30, help="born-digital streams per part")
    ap.add_argument("--scanned", type=int, default=8, help="scanned streams per part")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    parts = ["dev", "heldout"] if args.part == "all" else [args.part]
    for part in parts:
        files = generate(args.out / part, part, args.streams, args.scanned, args.seed)
        print(f"{part}: {len(files)} streams in {args.out / part}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def long_stream(pages: int, seed: int, part: str = "dev") -> Stream:
    """One stream of exactly ``pages`` pages (the last document may be cut short)."""
    rng = random.Random(seed)
    templates = TEMPLATES_A if part == "dev" else TEMPLATES_B
    out = Stream([], [], [], [])
    while len(out.pages) < pages:
        part_stream = make_stream(rng, templates, 8, separators=rng.random() < 0.4)
        offset = len(out.pages)
        out.pages.extend(part_stream.pages)
        out.starts.extend(s + offset for s in part_stream.starts)
        out.separators.extend(s + offset for s in part_stream.separators)
        out.docs.extend((n, a + offset, b + offset) for n, a, b in part_stream.docs)
    del out.pages[pages:]
    out.starts[:] = [s for s in out.starts if s <= pages]
    out.separators[:] = [s for s in out.separators if s <= pages]
    return out

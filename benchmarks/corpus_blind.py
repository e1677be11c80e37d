"""Blind held-out part of the generated corpus: templates D.

A fourth part, ``blind``, for one final measurement only. Its templates were written without
looking at the boundary detector, its documentation or its tuning, as documents real offices
receive in one batch: bank statements, pension statements, motor insurance certificates,
hospital discharge summaries, prescriptions, small-trade invoices, service reports, tax
assessments, membership renewals, tickets, hotel folios, training certificates, board
resolutions, incident reports, job offers, references, mortgage statements, parking fines,
customs declarations, price lists, product data sheets, transcripts, tenancy notices, payment
reminders (1st, 2nd, final from the same creditor in a row), remittance advices and direct
debit mandates.

Streams are assembled like ``corpus.make_stream`` does (same separator sheets, same 30%
chance of repeating the previous kind and sender), plus office-batch runs: one-page kinds
such as prescriptions, tickets, parking fines or remittance advices often come 2-3 in a row
from one sender, and a payment reminder is often followed by the next reminder level. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "blind"`` and seeds offset by 300_000.

Usage: ``python benchmarks/corpus_blind.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/blind/blind_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import MONTHS as MONTHS_BY_LANG
from corpus_kit import Flow as KitFlow
from corpus_kit import babble, fit, number_pages, part_generate, part_main, tw, wrap
from corpus_kit import shrink as fitted_size

PART = "blind"
SEED_OFFSET = 300_000

# ---------------------------------------------------------------------------------------------
# Content pools (names no other part uses)
# ---------------------------------------------------------------------------------------------

SENDERS = {
    "bank": [
        "Wyvern Bank plc",
        "Stonebridge Savings",
        "Kreissparkasse Talheim",
        "Marigold Federal Credit Union",
        "Harcourt & Vine Private Bank",
    ],
    "pension": [
        "Lighthouse Pension Trustees",
        "Civic Employees' Retirement Fund",
        "Aurelia Life Pensions",
        "Pensionskasse Rheintal VVaG",
    ],
    "insurer": [
        "Kingfisher Motor Insurance",
        "Roadsafe Underwriting Ltd",
        "Heliotrope General Insurance",
        "Brandt & Sohn Versicherungen",
    ],
    "hospital": [
        "Royal Wenlock Infirmary",
        "St Brigid's University Hospital",
        "Klinikum Am Sonnenberg",
        "Eastmoor General Hospital",
    ],
    "clinic": [
        "Tollgate Medical Practice",
        "Harrow Lane Surgery",
        "Praxis Dr. med. Ulrike Sommer",
        "Birchfield Family Health Centre",
    ],
    "trade": [
        "R. Pemberton Carpentry",
        "Dale & Son Plastering",
        "M. Kaczmarek Tiling",
        "Hollis Chimney Sweeps",
        "T. Achterberg Garden Services",
    ],
    "service": [
        "Thermaline Boiler Services",
        "Apex Lift & Escalator Maintenance",
        "Coldstream Refrigeration",
        "Ironbridge Forklift Service",
    ],
    "tax": [
        "Finanzamt Talheim",
        "Revenue Office, Wenlock District",
        "State Department of Taxation - Division of Income Tax",
        "County Assessor of Marlow",
    ],
    "club": [
        "Wenlock Rowing Club",
        "Fernbank Golf & Country Club",
        "Turnverein Talheim 1868 e.V.",
        "Northgate Camera Society",
        "Society of Heritage Railways",
    ],
    "events": [
        "Palladium Concert Hall",
        "Wenlock Arts Festival",
        "Talheim Stadtbühne",
        "Harbourside Conference Centre",
    ],
    "hotel": [
        "The Grosvenor Arms Hotel",
        "Hotel Zur Alten Post",
        "Seaview Lodge & Spa",
        "Meridian Airport Inn",
    ],
    "training": [
        "Safeguard Training Academy",
        "First Response Skills Ltd",
        "Institut für Arbeitssicherheit Talheim",
        "Northern Plant Operator School",
    ],
    "company": [
        "Brackenridge Holdings Ltd",
        "Tamsin Foods Limited",
        "Velocor Components plc",
        "Oakmere Developments Ltd",
    ],
    "police": [
        "Wenlock Constabulary",
        "Harbourside Campus Security",
        "Marlow County Sheriff's Office",
    ],
    "employer": [
        "Glenrock Analytics Ltd",
        "Fairweather Retail Group",
        "Kessler Maschinenbau GmbH",
        "Sandhurst Care Homes",
        "Bellamy Architects",
    ],
    "lender": [
        "Wyvern Home Loans",
        "Castlegate Mortgage Company",
        "Ridgeway Building Society",
    ],
    "parking": [
        "Wenlock Borough Council - Parking Services",
        "ParkRight Enforcement Ltd",
        "City of Marlow Traffic Enforcement",
    ],
    "maker": [
        "Kestrix Pumps GmbH",
        "Lumenfield Lighting Systems",
        "Calloway Fasteners Ltd",
        "Ostrander Hydraulics",
    ],
    "university": [
        "University of Wenlock",
        "Marlow Institute of Technology",
        "Hochschule Talheim",
    ],
    "tenant": [],  # letters from private people: the sender is a person
    "creditor": [
        "Cirrus Office Furniture Ltd",
        "Hanford Building Supplies",
        "Polestar Print & Copy",
        "Greenway Vending Services",
    ],
    "payer": [
        "Morland Facilities Management",
        "Tamsin Foods Limited",
        "Westgate Housing Trust",
        "Kessler Maschinenbau GmbH",
    ],
    "shipper": [
        "Ellery Antiques & Collectables",
        "Talheim Feinkost Versand",
        "Moorfield Bike Parts",
    ],
}
NAMES = [
    "Gareth Pryce",
    "Ilse Vogt",
    "Tomasz Nowicki",
    "Amara Nwosu",
    "Declan Farrell",
    "Marguerite Lavoie",
    "Ravi Subramanian",
    "Eleanor Whitcombe",
    "Kenji Morimoto",
    "Beatriz Soares",
    "Stefan Lindgren",
    "Harriet Coles",
    "Mohammed Al-Sayed",
    "Zofia Wrona",
    "Patrick Dunleavy",
    "Linnea Ekberg",
]
ROADS = [
    "Quarry Hill",
    "Copse Lane",
    "Bahnhofstrasse",
    "Wellington Terrace",
    "Saddler's Walk",
    "Rosenweg",
    "Canal Street",
    "Holm Oak Avenue",
]
PLACES = [
    "Wenlock WN3 7HD",
    "Marlow MR12 4QE",
    "74081 Talheim",
    "Harbourside HS1 2BB",
    "Eastmoor EM9 0LP",
    "Fernbank, VT 05401",
]
VOCAB = {
    "bank": "account balance payment transfer standing order overdraft interest charges "
    "statement card contactless branch sort code arranged limit fees",
    "pension": "pension scheme contributions retirement benefits projection fund value "
    "annual allowance transfer lump sum nominated beneficiary options employer",
    "medical": "patient admitted presented history examination observations treatment "
    "discharged stable medication follow-up review clinic symptoms advised",
    "tax": "assessment income taxable allowance deduction relief liability payment due "
    "refund appeal objection prepayment calculation return year",
    "club": "membership renewal subscription members season committee events facilities "
    "annual fee clubhouse fixtures volunteers discount",
    "legal": "company director resolution board shares allotment meeting quorum "
    "authorised signatory register filing approved",
    "hr": "employment role salary hours probation holiday notice pension benefits "
    "reporting start date confidentiality duties team",
    "service": "inspection service pressure valve safety flue filter seal tested "
    "adjusted replaced recommended fault operation readings",
    "trade": "materials labour fitting supply removal making good repair finish "
    "skirting door frame tiles grout adhesive",
    "police": "officer attended reported witness vehicle damage suspect statement "
    "property scene approximately described complainant",
    "tenancy": "tenancy rent deposit landlord tenant keys inventory property notice "
    "check-out meter readings forwarding address condition repairs",
    "product": "housing flow pressure mounting voltage current temperature protection "
    "rated maximum ambient installation operating material",
}
DATE_FORMATS = ["dmy_dots", "dmy_slash", "long", "us_long", "iso", "abbr", "dmy_dash"]
MONTHS = MONTHS_BY_LANG["en"]


def say(rng: random.Random, topic: str, n: int | None = None) -> str:
    return babble(rng, VOCAB[topic], n, 7, 17)


def text_of(rng: random.Random, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(say(rng, topic) for _ in range(rng.randint(lo, hi)))


def a_day(rng: random.Random) -> date:
    return date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))


def fmt(day: date, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    if style == "dmy_dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "long":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "us_long":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "iso":
        return day.isoformat()
    if style == "abbr":
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}"


def name(rng: random.Random) -> str:
    return rng.choice(NAMES)


def postal(rng: random.Random) -> list[str]:
    return [f"{rng.randint(1, 240)} {rng.choice(ROADS)}", rng.choice(PLACES)]


def amount(v: float) -> str:
    return f"{v:,.2f}"


def plate(rng: random.Random) -> str:
    letters = "ABDEFGHKLMNOPRSVWY"
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 73)} {tail}"


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


# ---------------------------------------------------------------------------------------------
# Measuring and layout helpers
# ---------------------------------------------------------------------------------------------


def checkbox(page: Page, x: float, y: float, ticked: bool, size: float = 8) -> None:
    """A small box whose baseline-aligned bottom is at ``y``; ticked boxes get an X."""
    page.rect(x, y - size + 1, size, size)
    if ticked:
        page.text(x + size / 2, y - 0.5, "X", "Helvetica-Bold", size - 1, "center")


def dashes(page: Page, x1: float, x2: float, y: float) -> None:
    x = x1
    while x < x2:
        page.line(x, y, min(x + 4, x2), y)
        x += 8


class Flow(KitFlow):
    head_lead = 0.4
    head_after = 1.7


# ---------------------------------------------------------------------------------------------
# Senders: a stable identity per corpus Issuer and sector (same issuer, same sender)
# ---------------------------------------------------------------------------------------------

NUMBER_FORMATS = [
    "none",
    "none",
    "Page {i} of {n}",
    "{i}/{n}",
    "- {i} -",
    "Seite {i} von {n}",
    "p. {i}",
    "{i}",
    "later:Page {i}",
    "later:- {i} -",
    "Page {i}/{n}",
]
HEADS = ["none", "line", "block_left", "block_right", "band", "tall", "logo"]


@dataclass
class Sender:
    name: str
    street: str
    town: str
    phone: str
    web: str
    head: str
    numbers: str
    num_pos: str  # bc | br | bl | tr | tc
    dates: str
    footer: str


def sender(who: Issuer, sector: str, head_choices: list[str] | None = None) -> Sender:
    key = f"{sector}/{who.name}/{who.street}/{who.city}"
    r = random.Random(zlib.crc32(key.encode()))
    pool = SENDERS[sector] or NAMES
    nm = r.choice(pool)
    slug = "".join(c for c in nm.lower().split()[0] if c.isalnum()) or "office"
    return Sender(
        name=nm,
        street=f"{r.randint(1, 90)} {r.choice(ROADS)}",
        town=r.choice(PLACES),
        phone=f"+44 {r.randint(1100, 1999)} {r.randint(100000, 999999)}",
        web=f"{slug}.example.org",
        head=r.choice(head_choices or HEADS),
        numbers=r.choice(NUMBER_FORMATS),
        num_pos=r.choice(["bc", "bc", "br", "bl", "tr", "tc"]),
        dates=r.choice(DATE_FORMATS),
        footer=r.choice(
            [
                f"Registered office: {r.randint(1, 90)} {r.choice(ROADS)}, "
                f"{r.choice(PLACES)}. Company no. {r.randint(1000000, 9999999)}",
                f"USt-IdNr. DE{r.randint(100000000, 999999999)} · "
                f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"VAT reg. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
                "",
                "",
            ]
        ),
    )


def letterhead(page: Page, s: Style, snd: Sender, kind: str | None = None) -> float:
    """Draw ``snd``'s letterhead (or ``kind``) and return the first free y below it."""
    w, _ = page.size
    m = s.margin
    kind = kind or snd.head
    addr = f"{snd.street}, {snd.town}"
    if kind == "none":
        return m + 4
    if kind == "line":
        line = f"{snd.name} · {addr} · {snd.phone}"
        size = fitted_size(line, s.font, s.size - 1, w - 2 * m)
        page.text(m, m, line, s.font, size)
        page.line(m, m + 5, w - m, m + 5)
        return m + 30
    if kind == "block_left":
        size = fitted_size(snd.name, s.bold, s.size + 9, w - 2 * m)
        page.text(m, m + 4, snd.name, s.bold, size)
        page.text(m, m + 20, addr, s.font, s.size - 1)
        page.text(m, m + 32, f"Tel. {snd.phone} · {snd.web}", s.font, s.size - 1)
        page.line(m, m + 40, w - m, m + 40)
        return m + 64
    if kind == "block_right":
        page.text(w - m, m, snd.name, s.bold, s.size + 2, "right")
        page.text(w - m, m + 13, snd.street, s.font, s.size - 1, "right")
        page.text(w - m, m + 25, snd.town, s.font, s.size - 1, "right")
        page.text(w - m, m + 37, snd.phone, s.font, s.size - 1, "right")
        return m + 60
    if kind == "band":
        page.rect(0, 0, w, m + 20, fill=0.82)
        size = fitted_size(snd.name, s.bold, 18, w - 2 * m - 120)
        page.text(m, m - 2, snd.name, s.bold, size)
        page.text(w - m, m - 2, snd.web, s.font, 8, "right")
        page.text(m, m + 12, fit(addr, s.font, 8, w - 2 * m), s.font, 8)
        return m + 48
    if kind == "tall":
        size = fitted_size(snd.name.upper(), s.bold, 20, w - 2 * m)
        page.text(w / 2, m + 10, snd.name.upper(), s.bold, size, "center")
        page.text(w / 2, m + 28, addr, s.font, s.size - 1, "center")
        page.text(w / 2, m + 41, f"Telephone {snd.phone}", s.font, s.size - 1, "center")
        page.line(m, m + 50, w - m, m + 50)
        page.line(m, m + 53, w - m, m + 53)
        return m + 78
    # logo: a framed monogram and the name beside it
    page.rect(m, m - 16, 44, 44, fill=0.85)
    initials = "".join(p[0] for p in snd.name.split() if p[:1].isupper())[:3]
    page.text(m + 22, m + 12, initials, "Helvetica-Bold", 14, "center")
    size = fitted_size(snd.name, s.bold, s.size + 5, w - 2 * m - 56)
    page.text(m + 56, m + 2, snd.name, s.bold, size)
    page.text(m + 56, m + 18, fit(addr, s.font, 8, w - 2 * m - 56), s.font, 8)
    return m + 52


def foot(page: Page, s: Style, text: str) -> None:
    if not text:
        return
    w, h = page.size
    m = s.margin
    page.line(m, h - m + 2, w - m, h - m + 2)
    page.text(w / 2, h - m + 12, fit(text, s.font, 7, w - 2 * m), s.font, 7, "center")


def header_line(page: Page, s: Style, left: str, right: str = "") -> float:
    """A running header above the text block; returns where content may start."""
    w, _ = page.size
    m = s.margin
    y = m - 12
    rw = tw(right, s.font, 8) + 12 if right else 0
    page.text(m, y, fit(left, s.font, 8, w - 2 * m - rw), s.font, 8)
    if right:
        page.text(w - m, y, right, s.font, 8, "right")
    page.line(m, y + 4, w - m, y + 4)
    return m + 14


def number(pages: list[Page], s: Style, snd: Sender, skip: int = 0, fmt_: str = "") -> None:
    number_pages(
        pages, s, fmt_ or snd.numbers, snd.num_pos, skip, top=24, bottom=22, later="later:"
    )


def address_block(page: Page, s: Style, x: float, y: float, lines: list[str]) -> float:
    for line in lines:
        page.text(x, y, line, s.font, s.size)
        y += s.size * 1.3
    return y


def facts(
    page: Page,
    s: Style,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    right: float | None = None,
    lead: float = 1.45,
) -> float:
    """Label: value pairs; values start at a common column (or end at ``right``)."""
    size = s.size - 1
    lw = max(tw(f"{label}:", s.font, size) for label, _ in pairs) + 8
    for label, value in pairs:
        page.text(x, y, f"{label}:", s.font, size)
        if right is None:
            page.text(x + lw, y, value, s.font, size)
        else:
            page.text(right, y, value, s.font, size, "right")
        y += size * lead
    return y


def letter_opening(
    page: Page,
    s: Style,
    snd: Sender,
    rng: random.Random,
    to: list[str],
    ref: str = "",
    day: date | None = None,
) -> tuple[float, date]:
    """Letterhead, recipient window, date and reference; returns (y, date)."""
    w, _ = page.size
    m = s.margin
    y = letterhead(page, s, snd)
    y = max(y, m + 40)
    back = f"{snd.name}, {snd.street}, {snd.town}"
    page.text(m, y, fit(back, s.font, 6.5, w / 2 - m), s.font, 6.5)
    yy = address_block(page, s, m, y + 14, to)
    day = day or a_day(rng)
    page.text(w - m, y + 14, fmt(day, snd.dates), s.font, s.size, "right")
    if ref:
        page.text(
            w - m, y + 28, fit(ref, s.font, s.size - 1, w / 2 - m - 10), s.font, s.size - 1, "right"
        )
    return yy + 28, day


def sign_off(flow: Flow, s: Style, x: float, who: str, role: str, close: str = "") -> None:
    flow.need(80)
    flow.y += 6
    flow.page.text(x, flow.y, close or "Yours sincerely,", s.font, s.size)
    flow.page.text(x, flow.y + 44, who, s.font, s.size)
    if role:
        flow.page.text(x, flow.y + 44 + s.size * 1.3, role, s.font, s.size - 1)
    flow.y += 70


# ---------------------------------------------------------------------------------------------
# Templates D
# ---------------------------------------------------------------------------------------------

PAYEES = [
    "CARD PAYMENT HALLORAN GROCERS",
    "DIRECT DEBIT WENLOCK COUNCIL TAX",
    "STANDING ORDER RENT QUARRY HILL",
    "CONTACTLESS FERNBANK CAFE",
    "ATM WITHDRAWAL CANAL ST",
    "DIRECT DEBIT KINGFISHER INS",
    "TRANSFER TO SAVINGS 40012277",
    "CARD PAYMENT TRAINLINE",
    "FASTER PAYMENT GARETH PRYCE",
    "DIRECT DEBIT AQUALINE WATER",
    "CARD PAYMENT PETROL MARLOW",
    "ONLINE PAYMENT NORTHGATE CAMERA",
    "CHEQUE 000412",
    "CARD PAYMENT BOOKSHOP HS1",
    "MOBILE TOP-UP",
]
INCOMES = ["SALARY GLENROCK ANALYTICS", "REFUND ONLINE ORDER", "TRANSFER FROM J NOWICKI"]


def tpl_bank_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A current-account statement: summary box, then a transaction table over 1-6 pages."""
    s = who.style
    snd = sender(who, "bank")
    w, h = s.page_size
    m = s.margin
    holder = name(rng)
    sort = sort_code(rng)
    acct = f"{rng.randint(10000000, 99999999)}"
    no = rng.randint(1, 60)
    end = a_day(rng)
    start_day = end - timedelta(days=rng.choice([30, 31, 91]))
    period = f"{fmt(start_day, snd.dates)} to {fmt(end, snd.dates)}"
    size = s.size - 1
    cols = [m, m + 66, w - m - 150, w - m - 78, w - m]
    desc_w = cols[2] - cols[1] - 70

    def table_head(p: Page, y: float) -> float:
        p.rect(m, y - 11, w - 2 * m, 15, fill=0.88)
        p.text(cols[0] + 2, y, "Date", s.bold, size)
        p.text(cols[1], y, "Description", s.bold, size)
        p.text(cols[2], y, "Paid out", s.bold, size, "right")
        p.text(cols[3], y, "Paid in", s.bold, size, "right")
        p.text(cols[4] - 2, y, "Balance", s.bold, size, "right")
        return y + 18

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer or f"{snd.name} · {snd.web}")
        if i == 1:
            return letterhead(p, s, snd)
        y = header_line(p, s, f"{holder} · Account {sort} {acct}", f"Statement {no}")
        return table_head(p, y + 6)

    flow = Flow(s.page_size, h - m - 16, start)
    p = flow.page
    y = flow.y
    y0 = address_block(p, s, m, y, [holder.upper(), *postal(rng)])
    opening = rng.uniform(-300, 4000)
    rows = []
    bal = opening
    day = start_day
    for _ in range(rng.choice([9, 18, 30, 55, 85, 120, 170, 240])):
        day += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        if rng.random() < 0.15:
            v = rng.uniform(20, 3200)
            rows.append((day, rng.choice(INCOMES), None, v))
        else:
            v = -rng.uniform(2, 420)
            rows.append((day, rng.choice(PAYEES), -v, None))
        bal += v
    ins = sum(r[3] or 0 for r in rows)
    outs = sum(r[2] or 0 for r in rows)
    title = rng.choice(["Your account statement", "Current Account Statement", "STATEMENT"])
    p.text(w - m, y, title, s.bold, s.size + 3, "right")
    facts(
        p,
        s,
        w / 2 + 20,
        y + 18,
        [("Sort code", sort), ("Account no.", acct), ("Statement no.", str(no)), ("Period", "")],
        right=w - m,
    )
    p.text(w - m, y + 18 + 4 * (s.size - 1) * 1.45, period, s.font, s.size - 1, "right")
    y = max(y0, y + 18 + 5 * (s.size - 1) * 1.45) + 14
    p.rect(m, y, w - 2 * m, 64)
    for k, (label, val) in enumerate(
        [
            ("Opening balance", opening),
            ("Money in", ins),
            ("Money out", -outs),
            ("Closing balance", bal),
        ]
    ):
        font = s.bold if k == 3 else s.font
        p.text(m + 10, y + 14 + k * 13, label, font, size)
        p.text(w - m - 10, y + 14 + k * 13, amount(val), font, size, "right")
    flow.y = table_head(p, y + 86)
    flow.page.text(cols[1], flow.y, "BALANCE BROUGHT FORWARD", s.font, size)
    flow.page.text(cols[4], flow.y, amount(opening), s.font, size, "right")
    flow.y += size * 1.6
    bal = opening
    for day, desc, out, inn in rows:
        flow.need(size * 1.6)
        bal += (inn or 0) - (out or 0)
        pg = flow.page
        pg.text(cols[0], flow.y, f"{day.day:02d} {MONTHS[day.month - 1][:3]}", s.font, size)
        pg.text(cols[1], flow.y, fit(desc, s.font, size, desc_w), s.font, size)
        if out is not None:
            pg.text(cols[2], flow.y, amount(out), s.font, size, "right")
        if inn is not None:
            pg.text(cols[3], flow.y, amount(inn), s.font, size, "right")
        pg.text(cols[4], flow.y, amount(bal), s.font, size, "right")
        flow.y += size * 1.6
    flow.need(size * 1.6 + 60)
    flow.page.line(m, flow.y - size, w - m, flow.y - size)
    flow.page.text(cols[1], flow.y + 2, "BALANCE CARRIED FORWARD", s.bold, size)
    flow.page.text(cols[4], flow.y + 2, amount(bal), s.bold, size, "right")
    flow.y += 24
    if rng.random() < 0.6:
        flow.para(m, w - 2 * m, text_of(rng, "bank", 1, 3), s.font, 7.5)
    number(flow.pages, s, snd)
    return flow.pages


def tpl_pension_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """Annual benefit statement: sometimes a cover page, then 2-4 pages of figures and text."""
    s = who.style
    snd = sender(who, "pension")
    w, h = s.page_size
    m = s.margin
    member = name(rng)
    year = rng.randint(2019, 2025)
    ref = f"{rng.choice(['M', 'PN', 'CE'])}{rng.randint(100000, 999999)}"
    title = rng.choice(
        ["Annual Benefit Statement", "Your Pension Statement", "Statement of Pension Benefits"]
    )
    pages: list[Page] = []
    cover = rng.random() < 0.5
    if cover:
        c = Page(s.page_size)
        c.rect(m, m, w - 2 * m, h - 2 * m)
        size = fitted_size(snd.name, s.bold, 16, w - 2 * m - 40)
        c.text(w / 2, m + 60, snd.name, s.bold, size, "center")
        c.text(
            w / 2, h * 0.38, title, s.bold, fitted_size(title, s.bold, 24, w - 2 * m - 40), "center"
        )
        c.text(w / 2, h * 0.38 + 30, f"as at 31 December {year}", s.font, 13, "center")
        c.text(w / 2, h * 0.55, f"Prepared for {member}", s.font, 12, "center")
        c.text(w / 2, h * 0.55 + 18, f"Member reference {ref}", s.font, 10, "center")
        c.text(
            w / 2, h - m - 30, "Please keep this statement with your records", s.font, 8, "center"
        )
        pages.append(c)

    def start(p: Page, i: int) -> float:
        if i == 1:
            y = letterhead(p, s, snd)
            if not cover:
                y = address_block(p, s, m, y + 6, [member, *postal(rng)]) + 20
            return y
        return header_line(p, s, f"{title} {year}", f"{member} · {ref}")

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    if not cover or rng.random() < 0.5:
        p.text(m, flow.y, f"{title} {year}", s.bold, s.size + 4)
        flow.y += 26
    joined = a_day(rng).replace(year=rng.randint(1985, 2015))
    flow.y = facts(
        p,
        s,
        m,
        flow.y,
        [
            ("Member", member),
            ("Member reference", ref),
            ("Date joined scheme", fmt(joined, snd.dates)),
            ("Normal retirement age", str(rng.choice([65, 66, 67, 68]))),
            ("Employer", rng.choice(SENDERS["employer"])),
        ],
    )
    flow.y += 14
    flow.heading(m, "Contributions paid during the year", s.bold, s.size + 1)
    size = s.size - 1
    cols = [m, w - m - 200, w - m - 100, w - m]
    for k, hdr in enumerate(["Month", "Your contributions", "Employer", "Total"]):
        flow.page.text(cols[k], flow.y, hdr, s.bold, size, "left" if k == 0 else "right")
    flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
    flow.y += size * 1.8
    salary = rng.uniform(1800, 6500)
    you, emp = rng.choice([0.04, 0.05, 0.06]), rng.choice([0.03, 0.06, 0.09])
    tot_you = tot_emp = 0.0
    for month in MONTHS:
        flow.need(size * 1.5)
        a, b = salary * you, salary * emp
        tot_you, tot_emp = tot_you + a, tot_emp + b
        for k, v in enumerate([f"{month} {year}", amount(a), amount(b), amount(a + b)]):
            flow.page.text(cols[k], flow.y, v, s.font, size, "left" if k == 0 else "right")
        flow.y += size * 1.5
    flow.page.line(m, flow.y - size, w - m, flow.y - size)
    for k, v in enumerate(["Total", amount(tot_you), amount(tot_emp), amount(tot_you + tot_emp)]):
        flow.page.text(cols[k], flow.y + 2, v, s.bold, size, "left" if k == 0 else "right")
    flow.y += 26
    flow.heading(m, "Your fund value", s.bold, s.size + 1)
    fund = rng.uniform(8000, 280000)
    flow.need(70)
    flow.y = facts(
        flow.page,
        s,
        m,
        flow.y,
        [
            ("Value at start of year", amount(fund * 0.9)),
            ("Contributions", amount(tot_you + tot_emp)),
            ("Investment growth", amount(fund * rng.uniform(-0.05, 0.09))),
            ("Charges", amount(-fund * 0.006)),
            ("Value at 31 December", amount(fund)),
        ],
        right=w - m,
    )
    flow.y += 14
    flow.heading(m, "What your pension might be worth", s.bold, s.size + 1)
    flow.need(56)
    flow.page.rect(m, flow.y - 12, w - 2 * m, 44, fill=0.92)
    flow.page.text(
        m + 10, flow.y + 4, "Estimated pension at retirement (today's prices)", s.font, s.size
    )
    flow.page.text(w - m - 10, flow.y + 4, f"{amount(fund * 0.05)} a year", s.bold, s.size, "right")
    flow.page.text(m + 10, flow.y + 20, "or tax-free lump sum of up to", s.font, s.size)
    flow.page.text(w - m - 10, flow.y + 20, amount(fund * 0.25), s.bold, s.size, "right")
    flow.y += 48
    for hd in rng.sample(
        [
            "Your options",
            "Nominating a beneficiary",
            "Charges",
            "How we worked this out",
            "Transferring your pension",
            "Contact us",
        ],
        rng.randint(2, 5),
    ):
        flow.heading(m, hd, s.bold, s.size + 1)
        for _ in range(rng.randint(1, 3)):
            flow.para(m, w - 2 * m, text_of(rng, "pension", 2, 5), s.font, s.size)
    pages += flow.pages
    number(pages, s, snd, skip=1 if cover else 0)
    return pages


def tpl_motor_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """Certificate of motor insurance: numbered statutory fields in a frame, one page."""
    s = who.style
    snd = sender(who, "insurer")
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.rect(m - 14, m - 26, w - 2 * m + 28, h - 2 * m + 40)
    y = letterhead(p, s, snd, rng.choice(["line", "block_left", "logo", "none"]))
    title = rng.choice(["CERTIFICATE OF MOTOR INSURANCE", "Certificate of Motor Insurance"])
    p.text(w / 2, y + 6, title, s.bold, fitted_size(title, s.bold, s.size + 6, w - 2 * m), "center")
    cert = f"{rng.choice(['KMI', 'RSU', 'HGI'])}/{rng.randint(1000000, 9999999)}"
    p.text(w / 2, y + 24, f"Certificate number {cert}", s.font, s.size, "center")
    y += 52
    start = a_day(rng)
    reg = plate(rng)
    holder = name(rng)
    fields = [
        ("Registration mark of vehicle", reg),
        ("Name of policyholder", holder),
        (
            "Effective date of the commencement of insurance",
            f"00:01 hours on {fmt(start, snd.dates)}",
        ),
        (
            "Date of expiry of insurance",
            f"Midnight on {fmt(start + timedelta(days=364), snd.dates)}",
        ),
        (
            "Persons or classes of persons entitled to drive",
            rng.choice(
                [
                    f"The policyholder and {name(rng)}.",
                    "The policyholder only.",
                    "Any person named in the schedule holding a full licence.",
                ]
            )
            + " "
            + "Provided that the person driving holds a licence to drive the vehicle.",
        ),
        (
            "Limitations as to use",
            rng.choice(
                [
                    "Use for social, domestic and pleasure purposes including commuting.",
                    "Use for social, domestic and pleasure purposes and by the policyholder "
                    "in person in connection with their business.",
                ]
            )
            + " The policy does not cover use for hire or reward, racing or track days.",
        ),
    ]
    col = m + 24
    for k, (label, value) in enumerate(fields, 1):
        p.text(m, y, f"{k}.", s.bold, s.size)
        p.text(col, y, label, s.bold, s.size)
        y += s.size * 1.4
        for line in wrap(value, s.font, s.size, w - m - col):
            p.text(col, y, line, s.font, s.size)
            y += s.size * 1.35
        y += 10
    y += 6
    for line in wrap(
        "I hereby certify that the policy to which this certificate relates satisfies the "
        "requirements of the relevant law applicable in Great Britain, Northern Ireland, the "
        "Isle of Man, the Island of Guernsey, the Island of Jersey and the Island of Alderney.",
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, line, s.font, s.size - 1)
        y += (s.size - 1) * 1.35
    y = max(y + 30, h - m - 70)
    p.line(w - m - 180, y, w - m, y)
    p.text(w - m - 90, y + 12, f"Authorised insurer - {snd.name}", s.font, 7, "center")
    p.text(m, h - m - 2, "Advice to third parties: " + say(rng, "bank", 8), s.font, 6.5)
    return [p]


def tpl_discharge_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """Hospital discharge summary, 1-4 pages, patient banner repeated on every page."""
    s = who.style
    snd = sender(who, "hospital", ["tall", "block_left", "band", "logo"])
    w, h = s.page_size
    m = s.margin
    patient = name(rng)
    dob = fmt(a_day(rng).replace(year=rng.randint(1930, 2005)), snd.dates)
    mrn = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    adm = a_day(rng)
    dis = adm + timedelta(days=rng.randint(1, 21))

    def banner(p: Page, y: float) -> float:
        p.rect(m, y - 12, w - 2 * m, 30)
        p.text(m + 6, y, f"Patient: {patient}", s.bold, s.size - 1)
        p.text(w - m - 6, y, f"DOB {dob}", s.font, s.size - 1, "right")
        p.text(m + 6, y + 12, f"Hospital no. {mrn}", s.font, s.size - 1)
        p.text(
            w - m - 6,
            y + 12,
            f"Ward {rng.choice(['4B', 'Elm', 'CCU', '12', 'Oak'])}",
            s.font,
            s.size - 1,
            "right",
        )
        return y + 36

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        y = header_line(p, s, "DISCHARGE SUMMARY (continued)", fmt(dis, snd.dates))
        return banner(p, y + 8)

    flow = Flow(s.page_size, h - m - 12, start)
    p = flow.page
    title = rng.choice(["DISCHARGE SUMMARY", "Discharge Letter", "Inpatient Discharge Summary"])
    p.text(m, flow.y, title, s.bold, s.size + 5)
    flow.y = banner(p, flow.y + 24)
    flow.y = (
        facts(
            p,
            s,
            m,
            flow.y,
            [
                ("Admitted", fmt(adm, snd.dates)),
                ("Discharged", fmt(dis, snd.dates)),
                ("Consultant", f"Dr {name(rng).split()[-1]}"),
                ("GP", f"{rng.choice(SENDERS['clinic'])}"),
            ],
        )
        + 8
    )
    for hd in ["Diagnosis", "Presenting complaint", "Clinical course", "Investigations"]:
        if hd != "Diagnosis" and rng.random() < 0.25:
            continue
        flow.heading(m, hd, s.bold, s.size + 1)
        for _ in range(1 if hd == "Diagnosis" else rng.choice([1, 2, 3, 5])):
            flow.para(
                m,
                w - 2 * m,
                text_of(rng, "medical", 1 if hd == "Diagnosis" else 2, 5),
                s.font,
                s.size,
            )
    flow.heading(m, "Medication on discharge", s.bold, s.size + 1)
    size = s.size - 1
    cols = [m, m + 170, m + 250, w - m - 70]
    flow.need(40)
    for k, hd in enumerate(["Drug", "Dose", "Frequency", "Status"]):
        flow.page.text(cols[k], flow.y, hd, s.bold, size)
    flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
    flow.y += size * 1.8
    for _ in range(rng.randint(2, 9)):
        flow.need(size * 1.6)
        drug = rng.choice(DRUGS)
        for k, v in enumerate(
            [
                fit(drug[0], s.font, size, cols[1] - cols[0] - 8),
                drug[1],
                fit(
                    rng.choice(
                        [
                            "once daily",
                            "twice daily",
                            "at night",
                            "as required",
                            "three times daily",
                        ]
                    ),
                    s.font,
                    size,
                    cols[3] - cols[2] - 8,
                ),
                rng.choice(["new", "continued", "changed", "continued"]),
            ]
        ):
            flow.page.text(cols[k], flow.y, v, s.font, size)
        flow.y += size * 1.6
    flow.y += 8
    flow.heading(m, "Follow-up", s.bold, s.size + 1)
    flow.para(m, w - 2 * m, text_of(rng, "medical", 1, 3), s.font, s.size)
    flow.need(60)
    flow.y += 16
    flow.page.text(m, flow.y, f"Dr {name(rng)}", s.font, s.size)
    flow.page.text(
        m,
        flow.y + 13,
        rng.choice(["Specialty Registrar", "Foundation Doctor", "Consultant Physician"]),
        s.font,
        s.size - 1,
    )
    flow.y += 30
    number(flow.pages, s, snd, fmt_="Page {i} of {n}" if snd.numbers == "none" else "")
    return flow.pages


DRUGS = [
    ("Amlodipine", "5 mg"),
    ("Atorvastatin", "20 mg"),
    ("Omeprazole", "20 mg"),
    ("Paracetamol", "1 g"),
    ("Bisoprolol fumarate", "2.5 mg"),
    ("Apixaban", "5 mg"),
    ("Metformin", "500 mg"),
    ("Ramipril", "2.5 mg"),
    ("Co-amoxiclav", "625 mg"),
    ("Salbutamol inhaler", "100 mcg"),
    ("Levothyroxine", "50 mcg"),
    ("Sertraline", "50 mg"),
]


def tpl_prescription(rng: random.Random, who: Issuer) -> list[Page]:
    """A one-page A5 prescription; often 2-3 in a row from the same practice."""
    s = who.style
    snd = sender(who, "clinic")
    size = A5
    w, h = size
    m = 34
    p = Page(size)
    p.text(m, m, snd.name, s.bold, fitted_size(snd.name, s.bold, 11, w - 2 * m))
    p.text(m, m + 12, f"{snd.street}, {snd.town}", s.font, 7.5)
    p.text(m, m + 22, f"Tel. {snd.phone}", s.font, 7.5)
    p.line(m, m + 30, w - m, m + 30)
    y = m + 50
    if rng.random() < 0.6:
        p.text(w - m, m, rng.choice(["PRESCRIPTION", "Rezept", "Rx"]), s.bold, 12, "right")
    pat = name(rng)
    y = facts(
        p,
        s,
        m,
        y,
        [
            ("Patient", pat),
            ("Date of birth", fmt(a_day(rng).replace(year=rng.randint(1935, 2020)), snd.dates)),
            ("Address", fit(", ".join(postal(rng)), s.font, s.size - 1, w - 2 * m - 80)),
            ("Date", fmt(a_day(rng), snd.dates)),
        ],
    )
    y += 16
    p.text(m, y + 4, "Rx", "Times-BoldItalic", 22)
    y += 30
    for _k in range(rng.randint(1, 3)):
        drug, strength = rng.choice(DRUGS)
        qty = rng.choice([14, 28, 56, 30, 60, 1])
        p.text(m + 10, y, f"{drug} {strength}", s.bold, s.size)
        p.text(w - m, y, f"Qty {qty}", s.font, s.size, "right")
        y += s.size * 1.4
        sig = rng.choice(
            [
                "Take ONE daily",
                "Take ONE twice a day with food",
                "ONE at night",
                "TWO puffs when required",
                "Take ONE three times a day for 7 days",
            ]
        )
        p.text(m + 10, y, sig, s.font, s.size - 1)
        y += s.size * 2.2
    y = max(y + 20, h - m - 70)
    p.line(m, y, m + 150, y)
    p.text(m, y + 11, f"Dr {name(rng)}", s.font, 8)
    p.text(m, y + 21, f"GMC {rng.randint(1000000, 9999999)}", s.font, 7)
    p.rect(w - m - 110, y - 40, 110, 56)
    p.text(w - m - 55, y + 8, "Pharmacy stamp", s.font, 7, "center")
    return [p]


def tpl_trade_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A small trader's invoice on ruled lines, like a duplicate book: one page."""
    s = who.style
    snd = sender(who, "trade")
    w, h = s.page_size
    m = s.margin
    font = rng.choice(["Courier", "Times-Italic", "Helvetica-Oblique", s.font])
    bold = {"Courier": "Courier-Bold", "Times-Italic": "Times-BoldItalic"}.get(font, s.bold)
    p = Page(s.page_size)
    y = m + 6
    p.text(m, y, snd.name, bold, fitted_size(snd.name, bold, 16, w - 2 * m - 140))
    p.text(m, y + 16, f"{snd.street}, {snd.town}", font, 9)
    p.text(m, y + 28, f"Mob. 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", font, 9)
    inv = rng.randint(100, 2999)
    p.text(w - m, y, rng.choice(["INVOICE", "Invoice"]), bold, 16, "right")
    p.text(w - m, y + 16, f"No. {inv:04d}", font, 10, "right")
    y += 60
    p.text(m, y, "To:", font, 10)
    cust = [name(rng), *postal(rng)]
    for k, line in enumerate(cust):
        p.text(m + 30, y + k * 13, line, font, 10)
    p.text(w - m, y, f"Date: {fmt(a_day(rng), snd.dates)}", font, 10, "right")
    y += 13 * len(cust) + 24
    p.text(m, y, "Description of work", bold, 10)
    p.text(w - m, y, "£", bold, 10, "right")
    y += 6
    p.line(m, y, w - m, y)
    p.line(w - m - 80, y, w - m - 80, h - m - 120)
    lines = []
    for _ in range(rng.randint(2, 7)):
        lines.append((text_of(rng, "trade", 1, 1).rstrip("."), rng.randint(15, 900)))
    total = 0
    yy = y + 18
    for desc, val in lines:
        for j, line in enumerate(wrap(desc, font, 10, w - 2 * m - 96)):
            p.text(m + 4, yy, line, font, 10)
            if j == 0:
                p.text(w - m - 4, yy, f"{val}.00", font, 10, "right")
            yy += 18
        total += val
    ruled = y + 22
    while ruled < h - m - 120:
        p.line(m, ruled, w - m, ruled)
        ruled += 18
    y = h - m - 100
    p.text(w - m - 90, y, "TOTAL", bold, 11, "right")
    p.rect(w - m - 80, y - 13, 80, 18)
    p.text(w - m - 4, y, f"{total}.00", bold, 11, "right")
    if rng.random() < 0.5:
        p.text(m, y, "No VAT charged - not VAT registered", font, 8)
    p.text(m, y + 34, f"Payment by bank transfer to {snd.name}", font, 9)
    p.text(
        m,
        y + 46,
        f"Sort code {sort_code(rng)}  Acc {rng.randint(10000000, 99999999)}",
        font,
        9,
    )
    p.text(
        m,
        y + 66,
        rng.choice(["Thank you for your custom", "Many thanks!", "With thanks"]),
        font,
        10,
    )
    return [p]


CHECKS = {
    "boiler": [
        "Flue integrity and termination",
        "Gas rate and burner pressure",
        "Combustion analysis (CO/CO2)",
        "Condensate trap and pipework",
        "Expansion vessel charge",
        "Safety devices and interlocks",
        "Heat exchanger visual",
        "Ignition and flame picture",
        "Controls and thermostat",
        "System pressure",
        "Ventilation",
        "Pump operation",
    ],
    "lift": [
        "Car and landing doors",
        "Door safety edge / light curtain",
        "Brake operation",
        "Suspension ropes",
        "Overspeed governor",
        "Levelling accuracy",
        "Alarm and emergency lighting",
        "Pit and car top stop switches",
        "Machine room clean and secure",
        "Lubrication",
    ],
    "fridge": [
        "Refrigerant leak test",
        "Condenser coil cleaned",
        "Evaporator drain",
        "Door gaskets",
        "Defrost cycle",
        "Fan motors",
        "Temperature probe calibration",
        "Electrical connections",
    ],
    "forklift": [
        "Forks and carriage",
        "Mast chains",
        "Hydraulic hoses",
        "Brakes and parking brake",
        "Steering",
        "Tyres and wheels",
        "Horn, lights and beacon",
        "Seat belt",
        "Battery / LPG connections",
        "Load plate legible",
    ],
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """Service/repair job sheet with a tick-box checklist, parts and two signatures."""
    s = who.style
    snd = sender(who, "service")
    w, h = s.page_size
    m = s.margin
    kind = rng.choice(sorted(CHECKS))
    job = f"{rng.randint(10000, 99999)}"
    title = rng.choice(
        ["SERVICE REPORT", "Job Sheet", "Maintenance Visit Report", "Service Record"]
    )

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, f"{title} - job {job} (continued)")

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    p.text(m, flow.y, title, s.bold, s.size + 5)
    p.text(w - m, flow.y, f"Job no. {job}", s.bold, s.size, "right")
    y = flow.y + 22
    left = [
        ("Customer", name(rng)),
        ("Site", fit(", ".join(postal(rng)), s.font, s.size - 1, w / 2 - m - 70)),
    ]
    right = [
        ("Visit date", fmt(a_day(rng), snd.dates)),
        ("Engineer", name(rng)),
        ("Equipment", kind.capitalize()),
        ("Serial no.", f"{rng.randint(10**6, 10**7 - 1)}"),
    ]
    y1 = facts(p, s, m, y, left)
    y2 = facts(p, s, w / 2 + 10, y, right)
    flow.y = max(y1, y2) + 16
    size = s.size - 1
    ox = [w - m - 110, w - m - 70, w - m - 30]

    def check_head() -> None:
        flow.page.rect(m, flow.y - 11, w - 2 * m, 15, fill=0.9)
        flow.page.text(m + 4, flow.y, "Check", s.bold, size)
        for x, lab in zip(ox, ["OK", "Adv.", "N/A"], strict=True):
            flow.page.text(x + 4, flow.y, lab, s.bold, size, "center")
        flow.y += 18

    check_head()
    items = list(CHECKS[kind])
    rng.shuffle(items)
    for item in items[: rng.randint(6, len(items))] * rng.choice([1, 1, 2]):
        if flow.need(size * 1.9):
            check_head()
        flow.page.text(m + 4, flow.y, fit(item, s.font, size, ox[0] - m - 20), s.font, size)
        state = rng.choices([0, 1, 2], [8, 1, 1])[0]
        for k, x in enumerate(ox):
            checkbox(flow.page, x, flow.y + 1, k == state)
        flow.page.line(m, flow.y + 5, w - m, flow.y + 5)
        flow.y += size * 1.9
    flow.y += 10
    flow.heading(m, "Work carried out / remarks", s.bold, s.size)
    flow.para(m, w - 2 * m, text_of(rng, "service", 1, 4), s.font, s.size)
    if rng.random() < 0.6:
        flow.heading(m, "Parts used", s.bold, s.size)
        for _ in range(rng.randint(1, 4)):
            flow.need(size * 1.6)
            part = rng.choice(
                [
                    "Ignition electrode",
                    "Door seal",
                    "Filter cartridge",
                    "Relay K2",
                    "Hose 3/8",
                    "Fuse 10A",
                    "Gasket set",
                ]
            )
            flow.page.text(m + 4, flow.y, part, s.font, size)
            flow.page.text(w - m, flow.y, f"x {rng.randint(1, 4)}", s.font, size, "right")
            flow.y += size * 1.6
    flow.need(70)
    flow.y += 30
    flow.page.line(m, flow.y, m + 170, flow.y)
    flow.page.line(w - m - 170, flow.y, w - m, flow.y)
    flow.page.text(m, flow.y + 11, "Engineer signature", s.font, 8)
    flow.page.text(w - m - 170, flow.y + 11, "Customer signature", s.font, 8)
    flow.y += 20
    number(flow.pages, s, snd, fmt_=rng.choice(["", "Sheet {i} of {n}"]))
    return flow.pages


def tpl_tax_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """Tax assessment notice: summary page, calculation, explanations and appeal rights."""
    s = who.style
    snd = sender(who, "tax", ["tall", "block_left", "line", "none"])
    w, h = s.page_size
    m = s.margin
    german = snd.name.startswith("Finanzamt")
    year = rng.randint(2018, 2024)
    taxno = f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
    payer = name(rng)
    if german:
        title = f"Bescheid für {year} über Einkommensteuer und Solidaritätszuschlag"
        labels = ["Steuernummer", "Datum", "Bearbeiter"]
        ref_left = f"Steuernummer {taxno}"
    else:
        title = rng.choice(
            [f"Notice of Assessment - Tax Year {year}", f"Income Tax Assessment {year}"]
        )
        labels = ["Tax reference", "Date of issue", "Officer"]
        ref_left = f"Tax reference {taxno}"
    issued = a_day(rng)

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, ref_left, f"{year} - {payer}")

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    y = max(flow.y, m + 40)
    y0 = address_block(p, s, m, y + 14, [payer, *postal(rng)])
    facts(
        p,
        s,
        w / 2 + 30,
        y + 14,
        list(zip(labels, [taxno, fmt(issued, snd.dates), name(rng).split()[-1]], strict=True)),
        right=w - m,
    )
    flow.y = y0 + 30
    for line in wrap(title, s.bold, s.size + 2, w - 2 * m):
        p.text(m, flow.y, line, s.bold, s.size + 2)
        flow.y += (s.size + 2) * 1.35
    flow.y += 10
    rows = [
        (
            "Einkünfte aus nichtselbständiger Arbeit" if german else "Employment income",
            rng.randint(18000, 95000),
        ),
        (
            "Einkünfte aus Kapitalvermögen" if german else "Savings and investment income",
            rng.randint(0, 4000),
        ),
        ("Werbungskosten" if german else "Allowable expenses", -rng.randint(500, 4000)),
        ("Sonderausgaben" if german else "Pension contributions relief", -rng.randint(0, 6000)),
        (
            "Außergewöhnliche Belastungen" if german else "Personal allowance",
            -rng.randint(0, 13000),
        ),
    ]
    taxable = max(0, sum(v for _, v in rows))
    tax = int(taxable * rng.uniform(0.12, 0.3))
    paid = int(tax * rng.uniform(0.8, 1.2))
    bal = tax - paid
    if german:
        res = "Nachzahlung" if bal > 0 else "Erstattung"
    else:
        res = "Amount payable" if bal > 0 else "Repayment due to you"
    flow.para(m, w - 2 * m, text_of(rng, "tax", 1, 3), s.font, s.size)
    flow.need(50)
    flow.page.rect(m, flow.y - 12, w - 2 * m, 34, fill=0.9)
    flow.page.text(m + 10, flow.y + 6, res, s.bold, s.size + 1)
    flow.page.text(
        w - m - 10,
        flow.y + 6,
        f"{abs(bal):,} EUR" if german else f"£{abs(bal):,}.00",
        s.bold,
        s.size + 1,
        "right",
    )
    flow.y += 40
    if bal > 0:
        due = fmt(issued + timedelta(days=30), snd.dates)
        flow.para(
            m,
            w - 2 * m,
            (f"Bitte zahlen Sie bis zum {due}." if german else f"Please pay by {due}.")
            + " "
            + say(rng, "tax"),
            s.font,
            s.size,
        )
    if rng.random() < 0.6:
        flow.new_page()
    flow.heading(m, "Berechnung" if german else "How we calculated your tax", s.bold, s.size + 1)
    for label, v in [
        *rows,
        ("Zu versteuerndes Einkommen" if german else "Taxable income", taxable),
        ("Festgesetzte Steuer" if german else "Tax due", tax),
        ("Vorauszahlungen / Steuerabzug" if german else "Tax already paid", -paid),
    ]:
        flow.need(s.size * 1.7)
        flow.page.text(m, flow.y, fit(label, s.font, s.size, w - 2 * m - 110), s.font, s.size)
        flow.page.text(w - m, flow.y, f"{v:,}", s.font, s.size, "right")
        flow.y += s.size * 1.7
    flow.page.line(w - m - 110, flow.y - s.size, w - m, flow.y - s.size)
    flow.page.text(m, flow.y + 2, res, s.bold, s.size)
    flow.page.text(w - m, flow.y + 2, f"{abs(bal):,}", s.bold, s.size, "right")
    flow.y += 26
    flow.heading(m, "Erläuterungen" if german else "Explanatory notes", s.bold, s.size + 1)
    for _ in range(rng.choice([1, 3, 5, 9])):
        flow.para(m, w - 2 * m, text_of(rng, "tax", 2, 4), s.font, s.size)
    flow.heading(
        m, "Rechtsbehelfsbelehrung" if german else "Your right to appeal", s.bold, s.size + 1
    )
    flow.para(m, w - 2 * m, text_of(rng, "tax", 2, 4), s.font, s.size - 1)
    pages = flow.pages
    number(pages, s, snd, fmt_="Seite {i} von {n}" if german else "")
    return pages


def tpl_membership_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """Renewal letter without a title, a fee box and a tear-off slip."""
    s = who.style
    snd = sender(who, "club")
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    mem = name(rng)
    no = f"{rng.randint(100, 9999)}"
    y, day = letter_opening(p, s, snd, rng, [mem, *postal(rng)], f"Membership no. {no}")
    p.text(m, y, f"Dear {mem.split()[0]},", s.font, s.size)
    y += 20
    season = f"{day.year}/{(day.year + 1) % 100:02d}"
    body = [
        f"Your membership of {snd.name} is due for renewal for the {season} season. "
        + text_of(rng, "club", 1, 3),
        text_of(rng, "club", 2, 4),
    ]
    for para in body:
        for line in wrap(para, s.font, s.size, w - 2 * m):
            p.text(m, y, line, s.font, s.size)
            y += s.size * 1.4
        y += 8
    cat = rng.choice(["Full adult", "Senior", "Junior", "Family", "Country", "Associate"])
    fee = rng.choice([35, 48, 60, 95, 140, 380, 725])
    p.rect(m, y, w - 2 * m, 58)
    facts(
        p,
        s,
        m + 10,
        y + 16,
        [
            ("Category", cat),
            ("Annual subscription", f"£{fee}.00"),
            ("Please renew by", fmt(day + timedelta(days=rng.randint(14, 45)), snd.dates)),
        ],
    )
    y += 74
    for line in wrap(text_of(rng, "club", 1, 2), s.font, s.size, w - 2 * m):
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.4
    p.text(
        m,
        y + 14,
        rng.choice(["With best wishes,", "Yours sincerely,", "Kind regards,"]),
        s.font,
        s.size,
    )
    p.text(m, y + 52, name(rng), s.font, s.size)
    p.text(
        m,
        y + 52 + s.size * 1.3,
        rng.choice(["Membership Secretary", "Hon. Treasurer", "Club Secretary"]),
        s.font,
        s.size - 1,
    )
    slip = h - m - 110
    if y + 80 < slip:
        dashes(p, 20, w - 20, slip)
        p.text(m, slip + 10, "Please detach and return with your payment", s.font, 7)
        p.text(m, slip + 30, f"RENEWAL {season} - {snd.name}", s.bold, s.size)
        p.text(m, slip + 46, f"Name: {mem}     Membership no. {no}", s.font, s.size - 1)
        p.text(m, slip + 62, f"Category: {cat}     Amount enclosed: £ ________", s.font, s.size - 1)
        p.text(m, slip + 78, "Signed: _____________________", s.font, s.size - 1)
    return [p]


EVENTS = [
    "Brahms & Dvorak - Wenlock Philharmonic",
    "The Night Owls - Live",
    "Annual Facilities Management Summit",
    "Shakespeare: Twelfth Night",
    "Talheimer Jazztage",
    "Comedy Gala Evening",
    "Winter Craft Fair",
]


def tpl_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """E-ticket / booking confirmation with a QR code; one per attendee."""
    s = who.style
    snd = sender(who, "events")
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    ev = rng.choice(EVENTS)
    day = a_day(rng)
    booking = f"{rng.choice('ABCDEFGHJK')}{rng.randint(100000, 999999)}"
    if rng.random() < 0.5:
        p.rect(m, m - 18, w - 2 * m, 70, fill=0.8)
        p.text(
            m + 12, m + 6, fit(snd.name, "Helvetica-Bold", 11, w - 2 * m - 24), "Helvetica-Bold", 11
        )
        p.text(m + 12, m + 10 + 24, "E-TICKET", "Helvetica-Bold", 20)
        y = m + 80
    else:
        y = letterhead(p, s, snd)
        p.text(
            m,
            y,
            rng.choice(["Booking confirmation", "Your tickets", "Order confirmation"]),
            s.bold,
            s.size + 5,
        )
        y += 28
    for line in wrap(ev, s.bold, s.size + 4, w - 2 * m):
        p.text(m, y, line, s.bold, s.size + 4)
        y += (s.size + 4) * 1.3
    y += 6
    venue = rng.choice(
        ["Main Auditorium", "Hall B", "Studio Theatre", "Grosser Saal", "Riverside Marquee"]
    )
    y = facts(
        p,
        s,
        m,
        y,
        [
            ("Date", fmt(day, snd.dates)),
            ("Doors", f"{rng.randint(17, 19)}:{rng.choice(['00', '15', '30'])}"),
            ("Venue", venue),
            ("Booking ref.", booking),
            ("Ticket holder", name(rng)),
            (
                "Seat",
                f"Block {rng.choice('ABCDEF')}  Row {rng.choice('DEFGHJKLM')}  "
                f"Seat {rng.randint(1, 40)}"
                if rng.random() < 0.7
                else "Unreserved standing",
            ),
            ("Price", f"£{rng.randint(12, 95)}.{rng.choice(['00', '50'])} incl. booking fee"),
        ],
    )
    y += 16
    tid = f"{booking}-{rng.randint(1, 9)}-{rng.randint(1000, 9999)}"
    p.barcode("qr", tid, w / 2 - 90, y)
    y += 215
    p.text(m, y, "Terms and conditions", s.bold, 8)
    y += 11
    for line in wrap(text_of(rng, "club", 2, 4), s.font, 7, w - 2 * m):
        if y > h - m:
            break
        p.text(m, y, line, s.font, 7)
        y += 9
    return [p]


def tpl_hotel_folio(rng: random.Random, who: Issuer) -> list[Page]:
    """Hotel guest folio/invoice: nightly charges, payments, VAT analysis; 1-2 pages."""
    s = who.style
    snd = sender(who, "hotel", ["tall", "band", "block_right", "logo"])
    w, h = s.page_size
    m = s.margin
    guest = name(rng)
    arr = a_day(rng)
    nights = rng.choice([1, 1, 2, 3, 5, 9, 14])
    folio = rng.randint(100000, 999999)
    room = rng.randint(101, 518)

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer or f"{snd.name} · {snd.street}, {snd.town} · {snd.web}")
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, f"Folio {folio} · Room {room}", guest)

    flow = Flow(s.page_size, h - m - 14, start)
    p = flow.page
    y = flow.y
    y1 = address_block(p, s, m, y, [guest, *postal(rng)])
    y2 = facts(
        p,
        s,
        w / 2 + 30,
        y,
        [
            ("Folio no.", str(folio)),
            ("Room", str(room)),
            ("Arrival", fmt(arr, snd.dates)),
            ("Departure", fmt(arr + timedelta(days=nights), snd.dates)),
            ("Guests", str(rng.randint(1, 3))),
        ],
        right=w - m,
    )
    flow.y = max(y1, y2) + 14
    p.text(
        m, flow.y, rng.choice(["INVOICE", "Guest Folio", "Rechnung / Invoice"]), s.bold, s.size + 4
    )
    flow.y += 24
    size = s.size - 1
    cols = [m, m + 72, w - m - 90, w - m]

    def head_row() -> None:
        flow.page.line(m, flow.y - 11, w - m, flow.y - 11)
        for k, t in enumerate(["Date", "Description", "Charges", "Credits"]):
            flow.page.text(cols[k], flow.y, t, s.bold, size, "right" if k >= 2 else "left")
        flow.page.line(m, flow.y + 5, w - m, flow.y + 5)
        flow.y += 18

    head_row()
    total = 0.0
    rate = rng.choice([79, 95, 120, 145, 189, 240])
    for n in range(nights):
        d = arr + timedelta(days=n)
        rows = [("Accommodation", rate)]
        if rng.random() < 0.6:
            rows.append(("Breakfast", rng.choice([12.5, 16, 18.5])))
        if rng.random() < 0.4:
            rows.append(
                (
                    rng.choice(
                        ["Restaurant", "Bar", "Room service", "Parking", "Minibar", "Laundry"]
                    ),
                    rng.uniform(4, 80),
                )
            )
        for desc, v in rows:
            if flow.need(size * 1.6):
                head_row()
            flow.page.text(cols[0], flow.y, fmt(d, "dmy_slash"), s.font, size)
            flow.page.text(cols[1], flow.y, desc, s.font, size)
            flow.page.text(cols[2], flow.y, amount(v), s.font, size, "right")
            total += v
            flow.y += size * 1.6
    flow.need(size * 1.6 + 120)
    flow.page.text(cols[0], flow.y, fmt(arr + timedelta(days=nights), "dmy_slash"), s.font, size)
    flow.page.text(
        cols[1],
        flow.y,
        rng.choice(["Visa ****", "Mastercard ****", "Amex ****"]) + str(rng.randint(1000, 9999)),
        s.font,
        size,
    )
    flow.page.text(cols[3], flow.y, amount(total), s.font, size, "right")
    flow.y += size * 2
    flow.page.line(cols[2] - 60, flow.y - size, w - m, flow.y - size)
    flow.page.text(cols[1], flow.y + 2, "Balance", s.bold, size)
    flow.page.text(cols[3], flow.y + 2, "0.00", s.bold, size, "right")
    flow.y += 28
    vat = rng.choice([0.07, 0.1, 0.2])
    flow.page.text(
        m,
        flow.y,
        f"VAT analysis: net {amount(total / (1 + vat))}  VAT {int(vat * 100)}% "
        f"{amount(total - total / (1 + vat))}  gross {amount(total)}",
        s.font,
        7.5,
    )
    flow.y += 24
    flow.page.text(
        m,
        flow.y,
        rng.choice(
            [
                "Thank you for staying with us.",
                "We look forward to welcoming you back.",
                "Guest signature: ____________________",
            ]
        ),
        s.font,
        s.size,
    )
    number(flow.pages, s, snd)
    return flow.pages


COURSES = [
    "Emergency First Aid at Work",
    "Fire Marshal Training",
    "Manual Handling Awareness",
    "Working at Height",
    "Counterbalance Forklift - Novice",
    "Food Hygiene Level 2",
    "Safeguarding Adults",
    "Brandschutzhelfer Ausbildung",
]


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """Landscape certificate; a course produces several in a row (one per attendee)."""
    s = who.style
    snd = sender(who, "training")
    size = landscape(A4)
    w, h = size
    p = Page(size)
    p.rect(28, 28, w - 56, h - 56)
    p.rect(36, 36, w - 72, h - 72)
    p.text(w / 2, 92, snd.name, s.bold, fitted_size(snd.name, s.bold, 16, w - 140), "center")
    title = rng.choice(
        [
            "Certificate of Completion",
            "CERTIFICATE OF ATTENDANCE",
            "Certificate of Achievement",
            "Teilnahmebescheinigung",
        ]
    )
    p.text(w / 2, 160, title, "Times-Bold", fitted_size(title, "Times-Bold", 34, w - 140), "center")
    p.text(w / 2, 205, "This is to certify that", "Times-Italic", 14, "center")
    p.text(w / 2, 250, name(rng), "Times-BoldItalic", 28, "center")
    p.line(w / 2 - 200, 260, w / 2 + 200, 260)
    p.text(
        w / 2,
        290,
        rng.choice(
            [
                "has successfully completed",
                "attended and completed",
                "has satisfactorily completed the course",
            ]
        ),
        "Times-Italic",
        14,
        "center",
    )
    course = rng.choice(COURSES)
    p.text(w / 2, 325, course, s.bold, fitted_size(course, s.bold, 20, w - 160), "center")
    day = a_day(rng)
    hours = rng.choice([3, 6, 7, 12, 18, 21])
    p.text(
        w / 2,
        352,
        f"on {fmt(day, snd.dates)} ({hours} hours"
        + (f", {hours} CPD points)" if rng.random() < 0.4 else ")"),
        s.font,
        11,
        "center",
    )
    if rng.random() < 0.6:
        p.text(
            w / 2,
            370,
            f"Valid until {fmt(day.replace(year=day.year + 3), snd.dates)}",
            s.font,
            10,
            "center",
        )
    for x, role in [(150, "Course tutor"), (w - 150, "Training Manager")]:
        p.line(x - 90, h - 110, x + 90, h - 110)
        p.text(x, h - 96, name(rng), s.font, 10, "center")
        p.text(x, h - 84, role, s.font, 8, "center")
    p.text(
        w / 2,
        h - 56,
        f"Certificate no. {rng.randint(2019, 2025)}-{rng.randint(10000, 99999)}",
        s.font,
        8,
        "center",
    )
    return [p]


def tpl_board_resolution(rng: random.Random, who: Issuer) -> list[Page]:
    """Written resolution of the directors: numbered resolutions and a signature table."""
    s = who.style
    snd = sender(who, "company")
    w, h = s.page_size
    m = s.margin
    co_no = f"{rng.randint(1000000, 9999999):08d}"

    def start(p: Page, i: int) -> float:
        return (
            m + 10
            if i == 1
            else header_line(p, s, f"{snd.name} - written resolution of the directors")
        )

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    p.text(w / 2, flow.y, f"Company number: {co_no}", s.font, s.size, "center")
    flow.y += 24
    for line in wrap(snd.name.upper(), s.bold, s.size + 4, w - 2 * m):
        p.text(w / 2, flow.y, line, s.bold, s.size + 4, "center")
        flow.y += (s.size + 4) * 1.4
    p.text(w / 2, flow.y + 4, '(the "Company")', s.font, s.size, "center")
    flow.y += 30
    t = rng.choice(
        [
            "WRITTEN RESOLUTION OF THE BOARD OF DIRECTORS",
            "WRITTEN RESOLUTIONS OF THE DIRECTORS",
            "BOARD RESOLUTION",
        ]
    )
    p.text(w / 2, flow.y, t, s.bold, fitted_size(t, s.bold, s.size + 1, w - 2 * m), "center")
    day = a_day(rng)
    flow.y += 18
    p.text(w / 2, flow.y, f"passed on {fmt(day, 'long')}", s.font, s.size, "center")
    flow.y += 30
    flow.para(
        m,
        w - 2 * m,
        "The undersigned, being all the directors of the Company for the time being entitled to "
        "receive notice of and vote at a meeting of the directors, resolve as follows:",
        s.font,
        s.size,
    )
    flow.heading(m, "IT IS RESOLVED THAT:", s.bold, s.size)
    for k in range(1, rng.randint(2, 7)):
        lines = wrap(text_of(rng, "legal", 1, 3), s.font, s.size, w - 2 * m - 24)
        for j, line in enumerate(lines):
            flow.need(s.size * 1.4)
            if j == 0:
                flow.page.text(m, flow.y, f"{k}.", s.font, s.size)
            flow.page.text(m + 24, flow.y, line, s.font, s.size)
            flow.y += s.size * 1.4
        flow.y += 8
    directors = rng.sample(NAMES, rng.randint(2, 4))
    flow.need(40 + 44 * len(directors))
    flow.y += 14
    flow.page.text(m, flow.y, "Director", s.bold, s.size)
    flow.page.text(m + 190, flow.y, "Signature", s.bold, s.size)
    flow.page.text(w - m - 90, flow.y, "Date", s.bold, s.size)
    flow.y += 34
    for d in directors:
        flow.page.text(m, flow.y, d, s.font, s.size)
        flow.page.line(m + 190, flow.y + 2, w - m - 110, flow.y + 2)
        flow.page.line(w - m - 90, flow.y + 2, w - m, flow.y + 2)
        flow.y += 40
    number(flow.pages, s, snd, fmt_=rng.choice(["none", "- {i} -", "{i}"]))
    return flow.pages


def tpl_incident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A boxed incident report form: numbered sections, narrative, form code in the footer."""
    s = who.style
    snd = sender(who, "police")
    w, h = s.page_size
    m = s.margin
    inc = (
        f"{rng.choice(['IR', 'CAD', 'INC'])}-{rng.randint(2019, 2025)}-{rng.randint(10000, 99999)}"
    )
    form = (
        f"Form {rng.choice(['IR-7', 'SEC-12', 'MG-11A'])} "
        f"(rev. {rng.randint(1, 12):02d}/{rng.randint(15, 23)})"
    )
    size = s.size - 1

    def start(p: Page, i: int) -> float:
        p.text(m, h - m + 14, form, s.font, 7)
        p.text(w - m, h - m + 14, "RESTRICTED when complete", s.font, 7, "right")
        if i == 1:
            p.text(
                w / 2,
                m,
                snd.name.upper(),
                s.bold,
                fitted_size(snd.name.upper(), s.bold, s.size + 3, w - 2 * m),
                "center",
            )
            p.rect(m, m + 12, w - 2 * m, 26, fill=0.85)
            p.text(m + 8, m + 30, "INCIDENT REPORT", s.bold, s.size + 4)
            p.text(w - m - 8, m + 30, inc, s.bold, s.size + 1, "right")
            return m + 62
        p.rect(m, m - 6, w - 2 * m, 18, fill=0.9)
        p.text(m + 6, m + 7, f"Incident report {inc} - continuation", s.bold, size)
        return m + 34

    flow = Flow(s.page_size, h - m - 8, start)

    def section(t: str) -> None:
        flow.need(60)
        flow.page.rect(m, flow.y - 11, w - 2 * m, 16, fill=0.93)
        flow.page.text(m + 4, flow.y, t, s.bold, size)
        flow.y += 20

    def boxes(pairs: list[tuple[str, str]]) -> None:
        half = (w - 2 * m) / 2
        for k in range(0, len(pairs), 2):
            flow.need(30)
            for j, (lab, val) in enumerate(pairs[k : k + 2]):
                x = m + j * half
                flow.page.rect(x, flow.y - 10, half, 28)
                flow.page.text(x + 4, flow.y - 1, lab, s.font, 6.5)
                flow.page.text(x + 6, flow.y + 12, fit(val, s.font, size, half - 12), s.font, size)
            flow.y += 28
        flow.y += 10

    day = a_day(rng)
    section("1. Report details")
    boxes(
        [
            ("Date reported", fmt(day, snd.dates)),
            ("Time", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
            (
                "Incident type",
                rng.choice(
                    [
                        "Theft from vehicle",
                        "Criminal damage",
                        "Road traffic collision",
                        "Burglary (non-dwelling)",
                        "Lost property",
                        "Public order",
                    ]
                ),
            ),
            ("Location", fit(", ".join(postal(rng)), s.font, size, 200)),
            ("Reporting officer", f"PC {name(rng)}"),
            ("Collar / badge no.", str(rng.randint(100, 9999))),
        ]
    )
    section("2. Persons involved")
    cols = [m + 4, m + 110, m + 250, w - m - 90]
    flow.need(30)
    for k, t in enumerate(["Role", "Name", "Address", "Date of birth"]):
        flow.page.text(cols[k], flow.y, t, s.bold, size)
    flow.y += 14
    for _ in range(rng.randint(1, 4)):
        flow.need(size * 1.8)
        for k, v in enumerate(
            [
                rng.choice(["Complainant", "Witness", "Suspect", "Driver", "Owner"]),
                name(rng),
                fit(postal(rng)[0], s.font, size, cols[3] - cols[2] - 8),
                fmt(a_day(rng).replace(year=rng.randint(1950, 2006)), "dmy_slash"),
            ]
        ):
            flow.page.text(cols[k], flow.y, v, s.font, size)
        flow.page.line(m, flow.y + 5, w - m, flow.y + 5)
        flow.y += size * 1.8
    flow.y += 10
    section("3. Narrative")
    for _ in range(rng.choice([2, 4, 7, 12])):
        flow.para(m + 4, w - 2 * m - 8, text_of(rng, "police", 2, 5), s.font, size)
    if rng.random() < 0.6:
        section("4. Property")
        for _ in range(rng.randint(1, 4)):
            flow.need(size * 1.8)
            flow.page.text(
                m + 4,
                flow.y,
                rng.choice(["Mobile phone", "Laptop bag", "Bicycle", "Wallet", "Tools", "Sat nav"]),
                s.font,
                size,
            )
            flow.page.text(
                w - m - 4, flow.y, f"est. value {rng.randint(20, 1500)}", s.font, size, "right"
            )
            flow.y += size * 1.8
        flow.y += 10
    section("5. Officer's declaration")
    flow.para(
        m + 4,
        w - 2 * m - 8,
        "I certify that this report is true to the best of my knowledge and belief.",
        s.font,
        size,
    )
    flow.need(40)
    flow.y += 20
    flow.page.text(m + 4, flow.y, "Signed: _______________________", s.font, size)
    flow.page.text(w - m - 4, flow.y, "Date: ______________", s.font, size, "right")
    flow.y += 20
    number(flow.pages, s, snd, fmt_=rng.choice(["Page {i} of {n}", "{i}/{n}", "Page {i} of {n}"]))
    return flow.pages


ROLES = [
    "Data Analyst",
    "Senior Care Assistant",
    "Store Manager",
    "Project Architect",
    "CNC Machinist",
    "Payroll Officer",
]


def tpl_job_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """Offer-of-employment letter with a terms list, continuation header, acceptance page."""
    s = who.style
    snd = sender(who, "employer")
    w, h = s.page_size
    m = s.margin
    cand = name(rng)
    role = rng.choice(ROLES)
    day = a_day(rng)

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer)
        if i == 1:
            return m
        return header_line(p, s, f"{cand} - offer of employment", fmt(day, snd.dates))

    flow = Flow(s.page_size, h - m - 14, start)
    p = flow.page
    y, _ = letter_opening(
        p,
        s,
        snd,
        rng,
        [cand, *postal(rng)],
        rng.choice(["Private & confidential", "Strictly private"]),
    )
    flow.y = y
    if rng.random() < 0.6:
        p.text(m, flow.y, f"Offer of employment - {role}", s.bold, s.size + 1)
        flow.y += 22
    p.text(m, flow.y, f"Dear {cand.split()[0]},", s.font, s.size)
    flow.y += 20
    flow.para(
        m,
        w - 2 * m,
        f"Further to your recent interview, we are delighted to offer you the position of {role} "
        f"with {snd.name}. " + text_of(rng, "hr", 1, 2),
        s.font,
        s.size,
    )
    terms = [
        ("Position", role),
        ("Start date", fmt(day + timedelta(days=rng.randint(20, 70)), snd.dates)),
        ("Salary", f"£{rng.randrange(22000, 78000, 500):,} per annum, paid monthly"),
        ("Hours", f"{rng.choice([35, 37.5, 40])} hours per week, Monday to Friday"),
        ("Holiday", f"{rng.choice([25, 26, 28, 30])} days plus public holidays"),
        ("Probation", f"{rng.choice([3, 6])} months"),
        ("Notice", f"{rng.choice([1, 1, 3])} month(s) on either side after probation"),
    ]
    for k, (lab, val) in enumerate(terms, 1):
        flow.need(s.size * 1.5)
        flow.page.text(m + 10, flow.y, f"{k}.", s.font, s.size)
        flow.page.text(m + 28, flow.y, lab, s.bold, s.size)
        flow.page.text(m + 120, flow.y, fit(val, s.font, s.size, w - 2 * m - 120), s.font, s.size)
        flow.y += s.size * 1.5
    flow.y += 10
    for _ in range(rng.randint(1, 6)):
        flow.para(m, w - 2 * m, text_of(rng, "hr", 2, 5), s.font, s.size)
    sign_off(
        flow, s, m, name(rng), rng.choice(["HR Manager", "People Partner", "Managing Director"])
    )
    if rng.random() < 0.6:
        flow.new_page()
        flow.page.text(m, flow.y + 10, "Acceptance of offer", s.bold, s.size + 2)
        flow.y += 36
        flow.para(
            m,
            w - 2 * m,
            f"I, {cand}, accept the offer of employment as {role} on the terms set out "
            "in the letter above and in the enclosed statement of main terms.",
            s.font,
            s.size,
        )
        for lab in ["Signed", "Date", "National Insurance no."]:
            flow.y += 24
            flow.page.text(m, flow.y, f"{lab}:", s.font, s.size)
            flow.page.line(m + 130, flow.y + 2, w - m, flow.y + 2)
    number(flow.pages, s, snd)
    return flow.pages


def tpl_reference(rng: random.Random, who: Issuer) -> list[Page]:
    """Employment reference: one page, often 'To whom it may concern', signed."""
    s = who.style
    snd = sender(who, "employer")
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    day = a_day(rng)
    p.text(w - m, y, fmt(day, snd.dates), s.font, s.size, "right")
    y += 30
    emp = name(rng)
    if rng.random() < 0.5:
        p.text(m, y, "To whom it may concern", s.font, s.size)
        y += 24
        p.text(m, y, f"Reference: {emp}", s.bold, s.size)
    else:
        y = (
            address_block(p, s, m, y, [name(rng), rng.choice(SENDERS["employer"]), *postal(rng)])
            + 14
        )
        p.text(m, y, f"Re: {emp} - employment reference", s.bold, s.size)
    y += 24
    start = day.replace(year=day.year - rng.randint(1, 12))
    paras = [
        f"{emp} was employed by {snd.name} from {fmt(start, snd.dates)} "
        f"to {fmt(day - timedelta(days=rng.randint(5, 60)), snd.dates)} "
        f"as {rng.choice(ROLES)}.",
        text_of(rng, "hr", 2, 4),
        text_of(rng, "hr", 1, 3),
        "Please do not hesitate to contact me should you require any further information.",
    ]
    for para in paras:
        for line in wrap(para, s.font, s.size, w - 2 * m):
            p.text(m, y, line, s.font, s.size)
            y += s.size * 1.45
        y += 9
    p.text(m, y + 10, rng.choice(["Yours faithfully,", "Yours sincerely,"]), s.font, s.size)
    p.text(m, y + 54, name(rng), s.font, s.size)
    p.text(
        m,
        y + 54 + s.size * 1.3,
        rng.choice(["Head of HR", "Operations Director", "Line Manager"]),
        s.font,
        s.size - 1,
    )
    foot(p, s, snd.footer)
    return [p]


def tpl_mortgage_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """Annual mortgage statement: account summary, 12 months of transactions, product details."""
    s = who.style
    snd = sender(who, "lender")
    w, h = s.page_size
    m = s.margin
    acct = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    year = rng.randint(2019, 2024)
    borrowers = " & ".join(rng.sample(NAMES, rng.choice([1, 2])))

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer or f"{snd.name} is authorised and regulated.")
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, f"Mortgage account {acct}", f"Annual statement {year}")

    flow = Flow(s.page_size, h - m - 14, start)
    p = flow.page
    y0 = address_block(p, s, m, flow.y, [*borrowers.split(" & "), *postal(rng)])
    facts(
        p,
        s,
        w / 2 + 30,
        flow.y,
        [
            ("Account number", acct),
            ("Statement date", fmt(date(year + 1, 1, rng.randint(3, 20)), snd.dates)),
            ("Property", rng.choice(ROADS)),
        ],
        right=w - m,
    )
    flow.y = y0 + 20
    p.text(
        m,
        flow.y,
        f"Your annual mortgage statement: 1 January to 31 December {year}",
        s.bold,
        fitted_size(
            f"Your annual mortgage statement: 1 January to 31 December {year}",
            s.bold,
            s.size + 2,
            w - 2 * m,
        ),
    )
    flow.y += 26
    bal = rng.uniform(40000, 420000)
    rate = rng.uniform(1.2, 6.5)
    pay = bal * (rate / 1200) / (1 - (1 + rate / 1200) ** -rng.choice([180, 240, 300]))
    start_bal = bal
    size = s.size - 1
    cols = [m, m + 80, w - m - 160, w - m - 80, w - m]
    flow.page.line(m, flow.y - 11, w - m, flow.y - 11)
    for k, t in enumerate(["Date", "Transaction", "Debit", "Credit", "Balance"]):
        flow.page.text(cols[k], flow.y, t, s.bold, size, "left" if k < 2 else "right")
    flow.page.line(m, flow.y + 5, w - m, flow.y + 5)
    flow.y += 18
    for mo in range(1, 13):
        interest = bal * rate / 1200
        for desc, deb, cred in [
            ("Interest charged", interest, None),
            ("Monthly payment - direct debit", None, pay),
        ]:
            flow.need(size * 1.55)
            bal += (deb or 0) - (cred or 0)
            d = date(year, mo, 1 if deb else rng.randint(2, 28))
            flow.page.text(cols[0], flow.y, fmt(d, "dmy_slash"), s.font, size)
            flow.page.text(cols[1], flow.y, desc, s.font, size)
            if deb:
                flow.page.text(cols[2], flow.y, amount(deb), s.font, size, "right")
            if cred:
                flow.page.text(cols[3], flow.y, amount(cred), s.font, size, "right")
            flow.page.text(cols[4], flow.y, amount(bal), s.font, size, "right")
            flow.y += size * 1.55
    flow.y += 16
    flow.heading(m, "Summary", s.bold, s.size + 1)
    flow.need(90)
    flow.y = (
        facts(
            flow.page,
            s,
            m,
            flow.y,
            [
                ("Balance at 1 January", amount(start_bal)),
                ("Interest charged", amount(start_bal * rate / 100)),
                ("Payments received", amount(pay * 12)),
                ("Balance at 31 December", amount(bal)),
                ("Current interest rate", f"{rate:.2f}%"),
            ],
            right=w - m,
        )
        + 10
    )
    for hd in rng.sample(
        [
            "Your mortgage product",
            "If you are in financial difficulty",
            "Overpayments",
            "Changes to your payment",
        ],
        rng.randint(1, 3),
    ):
        flow.heading(m, hd, s.bold, s.size)
        flow.para(m, w - 2 * m, text_of(rng, "bank", 2, 4), s.font, s.size)
    number(flow.pages, s, snd)
    return flow.pages


def tpl_parking_fine(rng: random.Random, who: Issuer) -> list[Page]:
    """Penalty charge notice with photo frame and a payment slip; often several in a row."""
    s = who.style
    snd = sender(who, "parking", ["band", "line", "block_left"])
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    pcn = f"{rng.choice(['WN', 'MR', 'PR'])}{rng.randint(10000000, 99999999)}"
    t = rng.choice(["PENALTY CHARGE NOTICE", "Parking Charge Notice", "NOTICE TO OWNER"])
    p.text(m, y, t, s.bold, s.size + 5)
    p.text(w - m, y, pcn, s.bold, s.size + 2, "right")
    y += 24
    y1 = address_block(p, s, m, y, [name(rng), *postal(rng)])
    day = a_day(rng)
    reg = plate(rng)
    y2 = facts(
        p,
        s,
        w / 2 + 10,
        y,
        [
            ("Date of issue", fmt(day, snd.dates)),
            ("Vehicle reg.", reg),
            (
                "Make / colour",
                rng.choice(
                    [
                        "Ford / silver",
                        "VW / black",
                        "Toyota / white",
                        "Vauxhall / blue",
                        "BMW / grey",
                    ]
                ),
            ),
            ("Contravention", f"Code {rng.choice(['01', '12', '16', '30', '40', '62'])}"),
            ("Time", f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"),
        ],
    )
    y = max(y1, y2) + 14
    p.text(
        m,
        y,
        "Location: "
        + fit(
            f"{rng.choice(ROADS)} car park, {rng.choice(PLACES)}", s.font, s.size, w - 2 * m - 60
        ),
        s.font,
        s.size,
    )
    y += 20
    ph = 100
    for k in range(2):
        x = m + k * ((w - 2 * m) / 2 + 5)
        p.rect(x, y, (w - 2 * m) / 2 - 5, ph, fill=0.6 + 0.1 * k)
    y += ph + 20
    fee = rng.choice([50, 60, 70, 80, 100, 130])
    for line in wrap(
        f"A penalty charge of £{fee}.00 is now payable. If paid within 14 days the charge is "
        f"reduced to £{fee // 2}.00. " + say(rng, "police"),
        s.font,
        s.size,
        w - 2 * m,
    ):
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.4
    slip = max(y + 30, h - m - 110)
    dashes(p, 20, w - 20, slip)
    p.text(m, slip + 10, "Payment slip - return with your payment", s.font, 7)
    p.text(m, slip + 30, f"PCN {pcn}    Vehicle {reg}", s.bold, s.size)
    p.text(
        m,
        slip + 48,
        f"Amount due £{fee}.00 "
        f"(£{fee // 2}.00 if paid by {fmt(day + timedelta(days=14), snd.dates)})",
        s.font,
        s.size - 1,
    )
    p.text(m, slip + 66, f"Pay online at {snd.web} or call {snd.phone}", s.font, s.size - 1)
    return [p]


def tpl_customs_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """CN23-style customs declaration: boxed grid, item table, category tick boxes."""
    s = who.style
    snd = sender(who, "shipper")
    w, _h = s.page_size
    m = min(s.margin, 50)
    p = Page(s.page_size)
    gw = w - 2 * m
    p.text(m, m, "CUSTOMS DECLARATION", "Helvetica-Bold", 14)
    p.text(w - m, m, "CN 23", "Helvetica-Bold", 14, "right")
    p.text(m, m + 12, "May be opened officially", "Helvetica", 7)
    y = m + 24
    bh = 74
    for k, (lab, lines) in enumerate(
        [
            ("From", [snd.name, snd.street, snd.town]),
            (
                "To",
                [
                    name(rng),
                    *postal(rng),
                    rng.choice(["United States", "Canada", "Switzerland", "Norway", "Japan"]),
                ],
            ),
        ]
    ):
        x = m + k * gw / 2
        p.rect(x, y, gw / 2, bh)
        p.text(x + 4, y + 10, lab, "Helvetica-Bold", 7)
        for j, line in enumerate(lines):
            p.text(x + 8, y + 24 + j * 12, fit(line, "Helvetica", 9, gw / 2 - 14), "Helvetica", 9)
    y += bh
    cols = [m, m + gw * 0.45, m + gw * 0.55, m + gw * 0.67, m + gw * 0.8, m + gw]
    heads = [
        "Detailed description of contents",
        "Qty",
        "Net wt (kg)",
        "Value",
        "HS tariff no.",
    ]
    p.rect(m, y, gw, 22, fill=0.9)
    for k, t in enumerate(heads):
        p.text(
            cols[k] + 3,
            y + 14,
            fit(t, "Helvetica-Bold", 7, cols[k + 1] - cols[k] - 6),
            "Helvetica-Bold",
            7,
        )
    y += 22
    goods = [
        "Cotton T-shirts",
        "Printed books",
        "Ceramic mug",
        "Bicycle brake pads",
        "Chocolate (packaged)",
        "Wooden toy train",
        "Vintage postcards",
        "Leather wallet",
        "Olive oil 500 ml",
        "Silver-plated spoon",
    ]
    tot_v = tot_w = 0.0
    n = rng.randint(1, 6)
    for _ in range(6):
        p.rect(m, y, gw, 18)
        y += 18
    y -= 18 * 6
    for _ in range(n):
        v, wt = rng.uniform(3, 250), rng.uniform(0.05, 3)
        tot_v, tot_w = tot_v + v, tot_w + wt
        row = [
            rng.choice(goods),
            str(rng.randint(1, 12)),
            f"{wt:.2f}",
            amount(v),
            f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}",
        ]
        for j, val in enumerate(row):
            p.text(
                cols[j] + 3,
                y + 13,
                fit(val, "Helvetica", 8, cols[j + 1] - cols[j] - 6),
                "Helvetica",
                8,
            )
        y += 18
    y += 18 * (6 - n)
    p.rect(m, y, gw, 20)
    p.text(m + 4, y + 14, "Total gross weight / total value", "Helvetica-Bold", 8)
    p.text(cols[2] + 3, y + 14, f"{tot_w + 0.3:.2f}", "Helvetica", 8)
    p.text(
        cols[3] + 3, y + 14, f"{amount(tot_v)} {rng.choice(['GBP', 'EUR', 'USD'])}", "Helvetica", 8
    )
    y += 34
    cat = rng.randrange(5)
    for k, t in enumerate(
        ["Gift", "Commercial sample", "Documents", "Returned goods", "Sale of goods"]
    ):
        x = m + (k % 3) * gw / 3
        yy = y + (k // 3) * 16
        checkbox(p, x, yy, k == cat)
        p.text(x + 14, yy, t, "Helvetica", 8)
    y += 46
    p.text(m, y, "Explanation / comments:", "Helvetica", 8)
    p.line(m + 110, y + 2, w - m, y + 2)
    y += 30
    for line in wrap(
        "I, the undersigned, certify that the particulars given in this customs declaration are "
        "correct and that this item does not contain any dangerous article prohibited by "
        "legislation.",
        "Helvetica",
        7.5,
        gw,
    ):
        p.text(m, y, line, "Helvetica", 7.5)
        y += 10
    y += 26
    p.text(m, y, f"Date and sender's signature: {fmt(a_day(rng), snd.dates)}", "Helvetica", 9)
    p.line(m + 230, y + 2, w - m, y + 2)
    if rng.random() < 0.5:
        p.barcode("code128", f"CN{rng.randint(10**8, 10**9 - 1)}GB", m, y + 30)
    return [p]


PRODUCTS = {
    "Fasteners": [
        "Hex bolt M{n} x {l} zinc",
        "Socket cap screw M{n} x {l} A2",
        "Wood screw {n} x {l} TX",
        "Washer form A M{n}",
    ],
    "Pumps": [
        "Submersible pump {n}{l} l/min",
        "Booster set {n} bar {l} l/min",
        "Circulator {n}-{l} A-rated",
    ],
    "Lighting": [
        "LED panel {n}W {l}K",
        "Floodlight {n}W IP65 {l}K",
        "Downlight {n}W dimmable",
        "Batten {n}ft {l}W",
    ],
    "Hydraulics": [
        "Hose assembly {n}/{l} in",
        "Gear pump {n} cc",
        "Cylinder {n} x {l} mm",
        "Quick coupling {n} BSP",
    ],
}


def tpl_price_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A multi-page trade price list, optional cover, repeated column heads, terms at the end."""
    s = who.style
    snd = sender(who, "maker")
    w, h = s.page_size
    m = s.margin
    year = rng.randint(2019, 2025)
    valid = fmt(date(year, rng.choice([1, 4, 7]), 1), snd.dates)
    pages: list[Page] = []
    cover = rng.random() < 0.5
    if cover:
        c = Page(s.page_size)
        c.rect(0, 0, w, h * 0.45, fill=0.78)
        c.text(m, h * 0.3, snd.name, s.bold, fitted_size(snd.name, s.bold, 26, w - 2 * m))
        c.text(m, h * 0.55, f"Price List {year}", s.bold, 30)
        c.text(m, h * 0.55 + 30, f"Valid from {valid}", s.font, 13)
        c.text(m, h - m - 20, f"{snd.street} · {snd.town} · {snd.phone} · {snd.web}", s.font, 8)
        pages.append(c)
    size = s.size - 1
    cols = [m, m + 80, w - m - 120, w - m - 60, w - m]

    def col_heads(p: Page, y: float) -> float:
        p.rect(m, y - 11, w - 2 * m, 15, fill=0.85)
        for k, t in enumerate(["Article no.", "Description", "Pack", "Unit", "Net price"]):
            p.text(cols[k] + (2 if k < 2 else -2), y, t, s.bold, size, "left" if k < 2 else "right")
        return y + 18

    def start(p: Page, i: int) -> float:
        if i == 1 and not cover:
            y = letterhead(p, s, snd)
            p.text(m, y, f"Price List {year} - valid from {valid}", s.bold, s.size + 4)
            return col_heads(p, y + 26)
        y = header_line(p, s, f"{snd.name} · Price List {year}", f"valid from {valid}")
        return col_heads(p, y + 6)

    flow = Flow(s.page_size, h - m - 10, start)
    groups = rng.sample(sorted(PRODUCTS), rng.randint(2, 4))
    for g in groups:
        if flow.need(size * 6):
            pass
        flow.y += 4
        flow.page.text(m, flow.y, g.upper(), s.bold, size + 1)
        flow.y += size * 1.8
        for _ in range(rng.choice([8, 15, 25, 40, 60])):
            flow.need(size * 1.5)
            desc = rng.choice(PRODUCTS[g]).format(
                n=rng.choice([4, 5, 6, 8, 10, 12, 25, 40]),
                l=rng.choice([16, 20, 30, 40, 60, 3000, 4000]),
            )
            row = [
                f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                fit(desc, s.font, size, cols[2] - cols[1] - 50),
                str(rng.choice([1, 1, 10, 50, 100])),
                rng.choice(["pc", "box", "set", "m"]),
                amount(rng.uniform(0.2, 900)),
            ]
            for k, v in enumerate(row):
                flow.page.text(
                    cols[k] + (2 if k < 2 else -2),
                    flow.y,
                    v,
                    s.font,
                    size,
                    "left" if k < 2 else "right",
                )
            flow.y += size * 1.5
    flow.heading(m, "Terms of sale", s.bold, s.size)
    for _ in range(rng.randint(1, 3)):
        flow.para(m, w - 2 * m, text_of(rng, "product", 2, 4), s.font, size)
    pages += flow.pages
    number(pages, s, snd, skip=1 if cover else 0, fmt_=rng.choice(["", "- {i} -", "p. {i}", "{i}"]))
    return pages


def tpl_datasheet(rng: random.Random, who: Issuer) -> list[Page]:
    """Product data sheet, 1-2 pages: name, features, spec table, drawing, revision footer."""
    s = who.style
    snd = sender(who, "maker", ["band", "logo", "line"])
    w, h = s.page_size
    m = s.margin
    g = rng.choice(sorted(PRODUCTS))
    prod = rng.choice(PRODUCTS[g]).format(
        n=rng.choice([6, 8, 12, 25]), l=rng.choice([20, 40, 3000, 4000])
    )
    code = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    rev = f"Rev. {rng.choice('ABCDE')} {rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"

    def start(p: Page, i: int) -> float:
        p.text(m, h - m + 14, f"{rev} · Subject to change without notice", s.font, 7)
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, f"Data sheet {code} - {prod}")

    flow = Flow(s.page_size, h - m - 6, start)
    p = flow.page
    p.text(
        m,
        flow.y + 4,
        rng.choice(["DATA SHEET", "Technical Data Sheet", "Product Information"]),
        s.font,
        s.size,
    )
    flow.y += 26
    for line in wrap(prod, s.bold, 20, w - 2 * m):
        p.text(m, flow.y, line, s.bold, 20)
        flow.y += 24
    p.text(m, flow.y, f"Article no. {code}", s.font, s.size)
    flow.y += 24
    dw = (w - 2 * m) * 0.4
    p.rect(w - m - dw, flow.y - 10, dw, dw * 0.8)
    p.line(w - m - dw + 20, flow.y + dw * 0.4, w - m - 20, flow.y + dw * 0.4)
    p.text(w - m - dw / 2, flow.y + dw * 0.8 - 18, "Dimensions in mm", s.font, 7, "center")
    yy = flow.y
    p.text(m, yy, "Features", s.bold, s.size + 1)
    yy += 18
    for _ in range(rng.randint(3, 6)):
        for j, line in enumerate(
            wrap(say(rng, "product", rng.randint(5, 9)), s.font, s.size, w - 2 * m - dw - 30)
        ):
            p.text(m + (10 if j else 0), yy, ("- " if not j else "") + line, s.font, s.size)
            yy += s.size * 1.35
    flow.y = max(yy, flow.y + dw * 0.8) + 16
    flow.heading(m, "Technical specifications", s.bold, s.size + 1)
    specs = {
        "Rated voltage": ["230 V AC", "24 V DC", "400 V 3~", "12 V DC"],
        "Rated current": ["0.45 A", "1.2 A", "3.8 A", "6 A"],
        "Power": ["18 W", "40 W", "370 W", "1.1 kW"],
        "Protection class": ["IP20", "IP54", "IP65", "IP68"],
        "Ambient temperature": ["-20 to +50 °C", "0 to +40 °C", "-30 to +60 °C"],
        "Weight": ["0.12 kg", "1.8 kg", "4.6 kg", "12.5 kg"],
        "Material": ["AISI 316", "Die-cast aluminium", "Polycarbonate", "Zinc-plated steel"],
        "Max. pressure": ["6 bar", "10 bar", "16 bar", "250 bar"],
        "Connection": ["G 1 1/4", "Rp 1", "DN 32", "Push-fit 22 mm"],
        "Certification": ["CE, UKCA", "CE, ENEC", "UL listed", "CE, RoHS, REACH"],
        "Colour": ["RAL 7035", "RAL 9016", "Black anodised", "Natural"],
        "Warranty": ["2 years", "3 years", "5 years"],
        "Mounting": ["Surface", "Recessed", "Pipe, horizontal", "Flange"],
        "Flow rate": ["40 l/min", "3.2 m³/h", "12 m³/h"],
    }
    for lab in rng.sample(sorted(specs), rng.randint(6, len(specs))):
        flow.need(s.size * 1.7)
        flow.page.rect(m, flow.y - s.size - 1, w - 2 * m, s.size * 1.7)
        flow.page.text(m + 6, flow.y, lab, s.font, s.size)
        flow.page.text(m + (w - 2 * m) / 2, flow.y, rng.choice(specs[lab]), s.font, s.size)
        flow.y += s.size * 1.7
    flow.y += 10
    if rng.random() < 0.5:
        flow.heading(m, "Installation notes", s.bold, s.size + 1)
        for _ in range(rng.randint(1, 5)):
            flow.para(m, w - 2 * m, text_of(rng, "product", 2, 4), s.font, s.size)
    number(flow.pages, s, snd, fmt_=rng.choice(["{i}/{n}", "none", ""]))
    return flow.pages


MODULES = [
    "Linear Algebra",
    "Financial Accounting",
    "Organic Chemistry I",
    "Thermodynamics",
    "Academic Writing",
    "Data Structures",
    "Microeconomics",
    "European History 1815-1914",
    "Statistics for Scientists",
    "Software Engineering Project",
    "Marketing Principles",
    "Fluid Mechanics",
    "Research Methods",
    "Contract Law",
    "Cell Biology",
    "German for Beginners",
    "Operations Research",
    "Dissertation",
]


def tpl_transcript(rng: random.Random, who: Issuer) -> list[Page]:
    """Academic transcript: modules by term, term averages, grading key, registrar's seal."""
    s = who.style
    snd = sender(who, "university", ["tall", "logo", "block_left"])
    w, h = s.page_size
    m = s.margin
    student = name(rng)
    sid = f"{rng.randint(10000000, 99999999)}"
    prog = rng.choice(
        [
            "BSc Economics",
            "BEng Mechanical Engineering",
            "BA History",
            "MSc Data Science",
            "LLB Law",
            "BSc Chemistry",
        ]
    )

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return header_line(p, s, f"Transcript - {student} - ID {sid}", "continued")

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    p.text(
        w / 2,
        flow.y,
        rng.choice(["OFFICIAL TRANSCRIPT", "Transcript of Records", "Academic Transcript"]),
        s.bold,
        s.size + 5,
        "center",
    )
    flow.y += 28
    flow.y = (
        facts(
            p,
            s,
            m,
            flow.y,
            [
                ("Student", student),
                ("Student ID", sid),
                ("Programme", prog),
                ("Date of birth", fmt(a_day(rng).replace(year=rng.randint(1975, 2004)), snd.dates)),
                ("Status", rng.choice(["Awarded", "In progress", "Withdrawn"])),
            ],
        )
        + 12
    )
    size = s.size - 1
    cols = [m, m + 60, w - m - 110, w - m - 50, w - m]
    year0 = rng.randint(2012, 2021)
    mods = list(MODULES)
    rng.shuffle(mods)
    for term in range(rng.randint(2, 9)):
        flow.need(size * 8)
        flow.y += 6
        flow.page.text(
            m,
            flow.y,
            f"{rng.choice(['Autumn', 'Spring'])} term "
            f"{year0 + term // 2}/{(year0 + term // 2 + 1) % 100:02d}",
            s.bold,
            s.size,
        )
        flow.y += size * 1.7
        for k, t in enumerate(["Code", "Module title", "Credits", "Grade", "Points"]):
            flow.page.text(cols[k], flow.y, t, s.bold, size, "left" if k < 2 else "right")
        flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
        flow.y += size * 1.7
        tot = 0
        for _ in range(rng.randint(3, 6)):
            flow.need(size * 1.5)
            mod = mods.pop() if mods else rng.choice(MODULES)
            cr = rng.choice([10, 15, 20, 30])
            gr = rng.choice(["A", "A-", "B+", "B", "B-", "C+", "C", "P"])
            tot += cr
            row = [
                f"{mod[:3].upper()}{rng.randint(100, 399)}",
                fit(mod, s.font, size, cols[2] - cols[1] - 50),
                str(cr),
                gr,
                f"{cr * rng.uniform(2, 4):.1f}",
            ]
            for k, v in enumerate(row):
                flow.page.text(cols[k], flow.y, v, s.font, size, "left" if k < 2 else "right")
            flow.y += size * 1.5
        flow.page.text(
            w - m,
            flow.y + 2,
            f"Term credits {tot}   Term GPA {rng.uniform(2.2, 4.0):.2f}",
            s.font,
            size,
            "right",
        )
        flow.y += size * 2.4
    flow.need(120)
    flow.y += 8
    flow.page.text(m, flow.y, f"Cumulative GPA: {rng.uniform(2.4, 3.9):.2f}", s.bold, s.size)
    flow.y += 20
    flow.page.text(
        m,
        flow.y,
        "Key to grades: A = 4.0, B = 3.0, C = 2.0, P = pass (no points), W = withdrawn",
        s.font,
        7.5,
    )
    flow.y += 30
    flow.page.rect(w - m - 80, flow.y - 10, 70, 70)
    flow.page.text(w - m - 45, flow.y + 28, "SEAL", s.font, 8, "center")
    flow.page.line(m, flow.y + 40, m + 180, flow.y + 40)
    flow.page.text(m, flow.y + 52, f"Registrar - issued {fmt(a_day(rng), snd.dates)}", s.font, 8)
    flow.y += 70
    number(flow.pages, s, snd, fmt_=rng.choice(["Page {i} of {n}", "{i}/{n}", ""]))
    return flow.pages


def tpl_tenancy_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A private tenant's (or landlord's) notice to end a tenancy: plain letter, no letterhead."""
    s = who.style
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    writer = name(rng)
    addr = postal(rng)
    tenant = rng.random() < 0.6
    y = m + 4
    for line in [writer, *addr]:
        p.text(w - m, y, line, s.font, s.size, "right")
        y += s.size * 1.35
    y += 20
    other = [name(rng), *postal(rng)]
    if tenant:
        other = [
            rng.choice(
                ["Fernhill Estates (Landlord)", f"{name(rng)} (Landlord)", "Talheim Wohnbau GmbH"]
            ),
            *postal(rng),
        ]
    y = address_block(p, s, m, y, other) + 16
    day = a_day(rng)
    p.text(m, y, fmt(day, rng.choice(DATE_FORMATS)), s.font, s.size)
    y += 28
    subj = "Notice to terminate tenancy" if tenant else "Notice requiring possession"
    p.text(m, y, f"{subj} - {addr[0] if tenant else postal(rng)[0]}", s.bold, s.size)
    y += 24
    p.text(m, y, "Dear Sir or Madam," if tenant else f"Dear {other[0].split()[0]},", s.font, s.size)
    y += 20
    end = day + timedelta(days=rng.choice([28, 30, 60, 90]))
    for para in [
        f"I hereby give notice that I will end the tenancy of the above property on "
        f"{fmt(end, 'long')}."
        if tenant
        else "I hereby give you notice that you are required to give up possession of the "
        f"property after {fmt(end, 'long')}.",
        text_of(rng, "tenancy", 1, 2),
        "Please confirm receipt of this notice in writing."
        + (
            " I would be grateful if you could arrange a check-out "
            "inspection and the return of my deposit."
            if tenant
            else ""
        ),
    ]:
        for line in wrap(para, s.font, s.size, w - 2 * m):
            p.text(m, y, line, s.font, s.size)
            y += s.size * 1.45
        y += 9
    p.text(m, y + 8, "Yours faithfully," if tenant else "Yours sincerely,", s.font, s.size)
    p.text(m, y + 48, writer, "Times-Italic", s.size + 4)
    p.text(m, y + 64, writer, s.font, s.size)
    return [p]


@dataclass
class Dunning:
    """What a creditor's reminders in one stream share: debtor, account, open invoices."""

    level: int
    to: list[str]
    cust: str
    invoices: list[tuple[str, date, float]]
    day: date


#: Reminders sent so far in the current stream, by creditor (cleared per stream).
REMINDER_LEVEL: dict[str, Dunning] = {}


def tpl_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """Payment reminder; the same creditor's next reminder in a stream goes up a level."""
    s = who.style
    snd = sender(who, "creditor")
    w, _h = s.page_size
    m = s.margin
    key = f"{who.name}/{who.street}"
    prev = REMINDER_LEVEL.get(key)
    if prev is None or prev.level >= 3:
        debtor = rng.choice(SENDERS["payer"] + NAMES[:4])
        first = a_day(rng)
        invoices = []
        for _ in range(rng.randint(1, 4)):
            d = first - timedelta(days=rng.randint(35, 120))
            invoices.append((f"{rng.randint(20000, 29999)}", d, rng.uniform(40, 4800)))
        state = Dunning(
            1,
            [debtor, "Accounts Payable" if rng.random() < 0.5 else name(rng), *postal(rng)],
            f"{rng.randint(10000, 99999)}",
            sorted(invoices, key=lambda i: i[1]),
            first,
        )
    else:
        later = prev.day + timedelta(days=rng.randint(14, 24))
        state = dataclasses.replace(prev, level=prev.level + 1, day=later)
    REMINDER_LEVEL[key] = state
    level = state.level
    p = Page(s.page_size)
    y, day = letter_opening(p, s, snd, rng, state.to, f"Customer no. {state.cust}", state.day)
    title = {
        1: rng.choice(["Payment reminder", "Friendly reminder", "Reminder - overdue invoice"]),
        2: rng.choice(["Second reminder", "2nd reminder - overdue account"]),
        3: rng.choice(["FINAL NOTICE", "Final reminder before legal action"]),
    }[level]
    p.text(m, y, title, s.bold, s.size + 2)
    y += 24
    p.text(m, y, "Dear Sir or Madam,", s.font, s.size)
    y += 20
    intro = {
        1: "Our records show that the following invoices are now overdue. Perhaps this has "
        "escaped your attention.",
        2: "Despite our reminder, we have not yet received payment of the following invoices.",
        3: "We have written to you twice about the overdue amount below and have received no "
        "reply.",
    }[level]
    for line in wrap(intro + " " + say(rng, "bank"), s.font, s.size, w - 2 * m):
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.45
    y += 12
    size = s.size - 1
    cols = [m, m + 100, m + 200, w - m]
    for k, t in enumerate(["Invoice", "Date", "Due", "Amount"]):
        p.text(cols[k], y, t, s.bold, size, "right" if k == 3 else "left")
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    total = 0.0
    for inv, d, v in state.invoices:
        total += v
        for k, t in enumerate(
            [
                inv,
                fmt(d, "dmy_dots"),
                fmt(d + timedelta(days=30), "dmy_dots"),
                amount(v),
            ]
        ):
            p.text(cols[k], y, t, s.font, size, "right" if k == 3 else "left")
        y += size * 1.6
    fee = {1: 0.0, 2: 5.0, 3: 15.0}[level]
    if fee:
        p.text(cols[2], y, "Reminder fee", s.font, size)
        p.text(cols[3], y, amount(fee), s.font, size, "right")
        y += size * 1.6
    p.line(cols[2], y - size, w - m, y - size)
    p.text(cols[2], y + 2, "Total now due", s.bold, size)
    p.text(cols[3], y + 2, amount(total + fee), s.bold, size, "right")
    y += 28
    days = {1: 14, 2: 10, 3: 7}[level]
    tail = f"Please pay the total by {fmt(day + timedelta(days=days), snd.dates)}. "
    if level == 3:
        tail += (
            "If we do not receive payment by then, we will pass the matter to our collection "
            "agency without further notice."
        )
    else:
        tail += "If you have already paid, please disregard this letter."
    for line in wrap(tail, s.font, s.size, w - 2 * m):
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.45
    p.text(m, y + 16, "Yours faithfully,", s.font, s.size)
    p.text(m, y + 50, f"{name(rng)}, Credit Control", s.font, s.size)
    foot(p, s, snd.footer)
    return [p]


def tpl_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """Remittance advice from a customer's accounts department: one page, a table, a total."""
    s = who.style
    snd = sender(who, "payer", ["block_left", "line", "block_right", "none"])
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    p.text(
        m,
        y,
        rng.choice(["REMITTANCE ADVICE", "Remittance Advice", "Payment Advice"]),
        s.bold,
        s.size + 4,
    )
    y += 26
    supplier = rng.choice(SENDERS["creditor"] + SENDERS["trade"])
    y1 = address_block(p, s, m, y, [supplier, *postal(rng)])
    y2 = facts(
        p,
        s,
        w / 2 + 30,
        y,
        [
            ("Payment date", fmt(a_day(rng), snd.dates)),
            ("Payment ref.", f"BACS{rng.randint(100000, 999999)}"),
            ("Method", rng.choice(["BACS", "SEPA credit transfer", "Cheque"])),
            ("Supplier no.", f"S{rng.randint(1000, 9999)}"),
        ],
        right=w - m,
    )
    y = max(y1, y2) + 20
    size = s.size - 1
    cols = [m, m + 90, m + 180, w - m - 80, w - m]
    for k, t in enumerate(["Your invoice", "Date", "Our ref.", "Discount", "Paid"]):
        p.text(cols[k], y, t, s.bold, size, "right" if k >= 3 else "left")
    p.line(m, y + 4, w - m, y + 4)
    y += 18
    tot = 0.0
    for _ in range(rng.randint(1, 12)):
        v = rng.uniform(20, 6000)
        disc = v * 0.02 if rng.random() < 0.2 else 0.0
        tot += v - disc
        for k, t in enumerate(
            [
                f"INV-{rng.randint(1000, 9999)}",
                fmt(a_day(rng), "dmy_slash"),
                f"PO{rng.randint(10000, 99999)}",
                amount(disc),
                amount(v - disc),
            ]
        ):
            p.text(cols[k], y, t, s.font, size, "right" if k >= 3 else "left")
        y += size * 1.6
    p.line(cols[3] - 40, y - size, w - m, y - size)
    p.text(cols[3], y + 2, "Total paid", s.bold, size, "right")
    p.text(cols[4], y + 2, amount(tot), s.bold, size, "right")
    p.text(m, h - m - 10, f"Queries: accounts.payable@{snd.web}", s.font, 8)
    return [p]


def tpl_dd_mandate(rng: random.Random, who: Issuer) -> list[Page]:
    """SEPA direct debit mandate: creditor block, character boxes for the IBAN, signature."""
    s = who.style
    snd = sender(who, rng.choice(["club", "creditor", "lender"]))
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd, rng.choice(["block_left", "line", "none", "logo"]))
    t = rng.choice(["SEPA Direct Debit Mandate", "SEPA-Lastschriftmandat", "Direct Debit Mandate"])
    p.text(w / 2, y + 4, t, s.bold, s.size + 5, "center")
    y += 30
    y = (
        facts(
            p,
            s,
            m,
            y,
            [
                ("Creditor", snd.name),
                ("Address", f"{snd.street}, {snd.town}"),
                (
                    "Creditor identifier",
                    f"DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}",
                ),
                ("Mandate reference", f"MR-{rng.randint(100000, 999999)}"),
            ],
        )
        + 8
    )
    for line in wrap(
        f"By signing this mandate form, you authorise {snd.name} to send instructions to your "
        "bank to debit your account and your bank to debit your account in accordance with the "
        "instructions from the creditor. You are entitled to a refund from your bank under the "
        "terms and conditions of your agreement with your bank.",
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, line, s.font, s.size - 1)
        y += (s.size - 1) * 1.4
    y += 16
    filled = rng.random() < 0.5
    who_name = name(rng)
    for lab, val in [
        ("Name of debtor", who_name if filled else ""),
        ("Street and number", postal(rng)[0] if filled else ""),
        ("Postcode and city", rng.choice(PLACES) if filled else ""),
    ]:
        p.text(m, y, lab, s.font, 8)
        p.rect(m + 110, y - 12, w - 2 * m - 110, 17)
        if val:
            p.text(m + 116, y, val, "Courier", s.size)
        y += 24
    p.text(m, y, "IBAN", s.font, 8)
    cell = min(14.0, (w - 2 * m - 110) / 22)
    iban = f"DE{rng.randint(10, 99)}{rng.randint(10**17, 10**18 - 1)}"
    for k in range(22):
        p.rect(m + 110 + k * cell, y - 12, cell, 17)
        if filled:
            p.text(m + 110 + k * cell + cell / 2, y, iban[k], "Courier", 9, "center")
    y += 24
    p.text(m, y, "BIC", s.font, 8)
    for k in range(11):
        p.rect(m + 110 + k * cell, y - 12, cell, 17)
    y += 30
    p.text(m, y, "Type of payment:", s.font, 9)
    checkbox(p, m + 110, y, True)
    p.text(m + 124, y, "Recurrent payment", s.font, 9)
    checkbox(p, m + 250, y, False)
    p.text(m + 264, y, "One-off payment", s.font, 9)
    y += 40
    p.line(m, y, m + 170, y)
    p.line(w - m - 200, y, w - m, y)
    p.text(m, y + 11, "Place and date", s.font, 8)
    p.text(w - m - 200, y + 11, "Signature(s)", s.font, 8)
    p.text(m, h - m, "Please return this form to us; do not send it to your bank.", s.font, 7.5)
    return [p]


TEMPLATES_D: dict[str, Template] = {
    "bank_statement": tpl_bank_statement,
    "pension_statement": tpl_pension_statement,
    "motor_certificate": tpl_motor_certificate,
    "discharge_summary": tpl_discharge_summary,
    "prescription": tpl_prescription,
    "trade_invoice": tpl_trade_invoice,
    "service_report": tpl_service_report,
    "tax_assessment": tpl_tax_assessment,
    "membership_renewal": tpl_membership_renewal,
    "ticket": tpl_ticket,
    "hotel_folio": tpl_hotel_folio,
    "training_certificate": tpl_training_certificate,
    "board_resolution": tpl_board_resolution,
    "incident_report": tpl_incident_report,
    "job_offer": tpl_job_offer,
    "reference": tpl_reference,
    "mortgage_statement": tpl_mortgage_statement,
    "parking_fine": tpl_parking_fine,
    "customs_declaration": tpl_customs_declaration,
    "price_list": tpl_price_list,
    "datasheet": tpl_datasheet,
    "transcript": tpl_transcript,
    "tenancy_notice": tpl_tenancy_notice,
    "reminder": tpl_reminder,
    "remittance": tpl_remittance,
    "dd_mandate": tpl_dd_mandate,
}
#: One-page kinds that an office batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "prescription",
    "trade_invoice",
    "ticket",
    "training_certificate",
    "parking_fine",
    "remittance",
    "reminder",
    "motor_certificate",
)


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_blind_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with office-batch runs: after a run kind, 1-2 more of the same
    kind from the same sender follow with probability 0.45 (0.75 for payment reminders, which
    then go up a level: reminder, second reminder, final notice); new values each time."""
    REMINDER_LEVEL.clear()
    return assemble_stream(
        rng,
        TEMPLATES_D,
        n_docs,
        separators,
        {k: 0.75 if k == "reminder" else 0.45 for k in RUN_KINDS},
    )


generate = part_generate(PART, SEED_OFFSET, make_blind_stream, "templates D")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=8)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

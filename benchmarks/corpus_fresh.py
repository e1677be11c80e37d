"""Fresh held-out part of the generated corpus: templates C.

The held-out templates B (``corpus.TEMPLATES_B``) were seen by the people who wrote the
boundary-detection signals, so they no longer measure how the detector does on documents it
was not tuned for. Templates C were written without looking at the detector, its docs or its
tuning script, as documents real offices send: utility bills, loan letters, insurance
schedules, lab reports, delivery notes, credit notes, school reports, tenancy agreements,
agendas, timesheets, quotations, warranty cards, cargo manifests, official notices,
newsletters, CVs and expense claims.

Streams are built with ``corpus.make_stream`` / ``corpus.draw_pdf`` / ``corpus.scan`` and
labelled exactly like ``corpus.generate`` labels them, with ``"split": "fresh"`` and seeds
offset by 200_000 (dev uses 0.., heldout 100_000..).

Usage: ``python benchmarks/corpus_fresh.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/fresh/fresh_{born_digital,scanned}_NNNNNN.{pdf,json}``.
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

from corpus import (
    Issuer,
    Page,
    Stream,
    Style,
    Template,
    add_numbers,
    letterhead,
    make_stream,
    sentence,
)
from corpus_kit import MONTHS as MONTHS_BY_LANG
from corpus_kit import Flow as KitFlow
from corpus_kit import fit as kit_fit
from corpus_kit import part_generate, part_main, wrap
from corpus_kit import tw as width

PART = "fresh"
SEED_OFFSET = 200_000

# ---------------------------------------------------------------------------------------------
# Content pools of this part (names the other parts never use)
# ---------------------------------------------------------------------------------------------

HOUSES = {
    "utility": [
        "Kinross Water & Power",
        "Valewood Gas Company",
        "Ostfeld Energie GmbH",
        "Cedar Hollow Electric Co-op",
        "Tidewater Municipal Utilities",
    ],
    "bank": [
        "Ashgrove Building Society",
        "First Meridian Bank",
        "Caldera Credit Union",
        "Banque Lemaire & Fils",
        "Holloway Savings Bank",
    ],
    "insurer": [
        "Thistle Mutual Assurance",
        "Granite Shield Insurance",
        "Beacon Home & Motor",
        "Lindqvist Assurans AB",
        "Alder Life & General",
    ],
    "lab": [
        "Meadowbank Pathology Laboratory",
        "St Aldric Hospital - Laboratory Services",
        "Clearwater Diagnostics",
        "Labor Dr. Brenner & Kollegen",
    ],
    "wholesale": [
        "Copperfield Wholesale Ltd",
        "Hartmann Bürobedarf KG",
        "Tern & Osprey Distribution",
        "Redwing Packaging Co",
        "Marsh Lane Catering Supplies",
    ],
    "trades": [
        "Lowther Roofing & Gutters",
        "Brightwell Electrical Contractors",
        "Okafor Kitchens & Joinery",
        "Delgado Plumbing Services",
        "Greystone Paving",
    ],
    "school": [
        "Hollybrook Primary School",
        "Westmere Academy",
        "St Columba's High School",
        "Ridgeview Middle School",
    ],
    "letting": [
        "Fernhill Lettings",
        "Marlowe & Keane Estate Agents",
        "Parkside Residential",
        "Quayside Property Rentals",
    ],
    "gov": [
        "Municipal Court of Eastbridge",
        "Borough Council of Wexley",
        "County Registrar's Office",
        "Department of Motor Vehicles",
        "Magistrates' Court at Hallam",
    ],
    "club": [
        "Riverside Residents' Association",
        "Ashcombe Rotary Club",
        "Oakhill Allotment Society",
        "Friends of Westmere Library",
        "Kettering Road Tenants' Union",
    ],
    "employer": [
        "Trentham Engineering Ltd",
        "Bayview Hotel Group",
        "Novak Consulting",
        "Polaris Data Services",
        "Hendry & Sons Builders",
    ],
    "maker": [
        "Voltara Appliances",
        "Kitchenmaster",
        "Nordwind Haushaltsgeräte",
        "Soundcraft Audio",
        "Everbright Lighting",
    ],
    "carrier": [
        "Bluefin Shipping Lines",
        "Transalpina Spedition",
        "Northgate Haulage",
        "Cormorant Air Cargo",
    ],
}
FRESH_PEOPLE = [
    "Grace Okonkwo",
    "Henrik Larsen",
    "Chloé Dubois",
    "Mateo Rossi",
    "Aisha Rahman",
    "Ben Whitaker",
    "Yuki Tanaka",
    "Fiona MacLeod",
    "Jan Kowalski",
    "Rosa Fernández",
    "Oliver Grant",
    "Ingrid Holm",
    "Samuel Adeyemi",
    "Hannah Berg",
    "Callum Reid",
    "Nadia Petrova",
]
FRESH_STREETS = [
    "Larkspur Close",
    "Station Approach",
    "Lindenallee",
    "Queen's Parade",
    "Orchard Rise",
    "Ferry Road",
    "Birchwood Drive",
    "Marktplatz",
]
FRESH_TOWNS = [
    "Eastbridge EB4 2PL",
    "Hallam HL7 9QT",
    "Wexley WX1 3AB",
    "34117 Lindenau",
    "Fairhaven, ME 04011",
    "Duncairn DN2 5RS",
    "Kettering NN16 8AA",
]
WORDS = {
    "energy": "meter reading units tariff supply standing charge estimated actual usage "
    "direct debit balance account payment period consumption discount levy",
    "banking": "loan offer repayment interest rate term borrower lender instalment early "
    "settlement arrears credit agreement cooling-off account valuation security",
    "insurance": "policy insured cover excess endorsement premium claim buildings contents "
    "accidental damage subsidence flood period renewal schedule condition exclusion",
    "medical": "sample specimen result reference range haemolysed fasting repeat clinical "
    "correlation advised interpretation reported validated consultant",
    "logistics": "consignment pallet carton delivery dispatch courier backorder shortage "
    "damaged goods received signature depot collection",
    "school": "pupil progress effort homework attendance reading confident target "
    "participation term lessons class improvement assessment encouraged",
    "tenancy": "landlord tenant premises rent deposit term notice repair inventory "
    "utilities quiet enjoyment access keys pets subletting breach forfeiture",
    "club": "committee members meeting treasurer secretary volunteers event annual plot "
    "subscription newsletter garden library fundraising community hall",
    "works": "installation materials labour site access removal disposal scaffold survey "
    "fitting making good waste first fix second fix certificate",
    "court": "hearing court defendant applicant order summons penalty notice appeal "
    "magistrate clerk evidence representation fine warrant attendance",
    "cv": "managed delivered led designed improved customers team budget reporting "
    "project stakeholders process training analysis operations",
    "product": "product warranty defect repair replacement purchase receipt dealer "
    "serial model misuse registration service authorised parts",
}


def words(topic: str) -> list[str]:
    return WORDS[topic].split()


MONTHS = MONTHS_BY_LANG["en"]


def a_day(rng: random.Random) -> date:
    return date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(day: date, style: str) -> str:
    """``day`` in one of the styles of ``corpus.a_date`` (us, de, iso, long) or ours."""
    y, m, d = day.year, day.month, day.day
    month = MONTHS[m - 1]
    if style == "us":
        return f"{month} {d}, {y}"
    if style == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        return f"{d} {month} {y}"
    if style == "uk_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "short":
        return f"{d}-{month[:3]}-{y % 100:02d}"
    if style == "ordinal":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {month} {y}"
    return f"{month[:3]} {d}, {y}"  # abbr


def fresh_date(rng: random.Random, style: str) -> str:
    return fmt_date(a_day(rng), style)


DATE_STYLES = ["us", "de", "iso", "long", "uk_slash", "short", "ordinal", "abbr"]


def person(rng: random.Random) -> str:
    return rng.choice(FRESH_PEOPLE)


def address(rng: random.Random) -> list[str]:
    return [f"{rng.randint(1, 180)} {rng.choice(FRESH_STREETS)}", rng.choice(FRESH_TOWNS)]


# ---------------------------------------------------------------------------------------------
# Text measuring helpers (Page.text does not wrap or clip)
# ---------------------------------------------------------------------------------------------


def fit(text: str, font: str, size: float, max_w: float) -> str:
    return kit_fit(text, font, size, max_w, strip=" ,;")


def prose(rng: random.Random, topic: str, sentences: tuple[int, int] = (2, 4)) -> str:
    return " ".join(sentence(rng, words(topic)) for _ in range(rng.randint(*sentences)))


def dashed(page: Page, x1: float, x2: float, y: float, dash: float = 5) -> None:
    x = x1
    while x < x2:
        page.line(x, y, min(x + dash, x2), y)
        x += 2 * dash


# ---------------------------------------------------------------------------------------------
# Issuers: each corpus Issuer is mapped to a house of this part (same issuer, same house)
# ---------------------------------------------------------------------------------------------


@dataclass
class House:
    name: str
    head: str  # band | centered | logo | small | classic_big | classic_right
    numbers: str  # issuer | none | a format with {i} and {n}
    num_pos: str  # br | bc | bl
    date_style: str
    phone: str
    web: str
    reg: str


OWN_NUMBERS = ["p. {i}", "{i} / {n}", "Page {i}", "Sheet {i} of {n}", "{i}", "Page {i}/{n}"]


def house(who: Issuer, sector: str) -> House:
    """A house for ``who`` in ``sector``: stable for the same issuer, so documents that
    ``make_stream`` repeats with the same issuer come from the same sender."""
    key = f"{sector}|{who.name}|{who.street}|{who.city}"
    r = random.Random(zlib.crc32(key.encode()))
    name = r.choice(HOUSES[sector])
    slug = "".join(c for c in name.lower().split()[0] if c.isalpha())
    return House(
        name=name,
        head=r.choice(["band", "centered", "logo", "small", "classic_big", "classic_right"]),
        numbers=r.choice(["issuer", "issuer", "none", *OWN_NUMBERS]),
        num_pos=r.choice(["br", "bc", "br", "bl"]),
        date_style=r.choice(DATE_STYLES),
        phone=f"0{r.randint(1000, 9999)} {r.randint(100000, 999999)}",
        web=f"www.{slug}.example",
        reg=r.choice(
            [
                f"Registered in England No. {r.randint(1000000, 9999999)}",
                f"Amtsgericht Lindenau HRB {r.randint(1000, 99999)}",
                f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
                f"Licence No. {r.randint(10000, 99999)}",
            ]
        ),
    )


def head(page: Page, s: Style, hs: House, who: Issuer, kind: str | None = None) -> float:
    """Draw a letterhead of kind ``kind`` (default: the house's); return the y below it."""
    w, _ = page.size
    m = s.margin
    kind = kind or hs.head
    contact = f"{who.street} · {who.city} · Tel. {hs.phone}"
    if kind == "band":
        page.rect(0, 0, w, m + 26, fill=0.88)
        page.text(m, m - 4, hs.name, s.bold, s.size + 9)
        page.text(m, m + 14, fit(contact, s.font, s.size - 2, w - 2 * m), s.font, s.size - 2)
        return m + 58
    if kind == "centered":
        page.text(w / 2, m + 4, hs.name.upper(), s.bold, s.size + 7, "center")
        page.text(w / 2, m + 20, fit(contact, s.font, s.size - 2, w - 2 * m), s.font, 8, "center")
        page.line(m, m + 28, w - m, m + 28)
        page.line(m, m + 31, w - m, m + 31)
        return m + 56
    if kind == "logo":
        page.rect(m, m - 14, 40, 40)
        initials = "".join(p[0] for p in hs.name.split() if p[0].isupper())[:2]
        page.text(m + 20, m + 12, initials, s.bold, 18, "center")
        page.text(m + 52, m + 2, hs.name, s.bold, s.size + 4)
        page.text(m + 52, m + 18, fit(contact, s.font, 8, w - 2 * m - 52), s.font, 8)
        return m + 50
    if kind == "small":
        page.text(m, m, hs.name, s.bold, s.size)
        page.text(m, m + 11, f"{who.street}, {who.city}", s.font, 7)
        return m + 34
    named = dataclasses.replace(who, name=hs.name)
    return letterhead(page, s, named, kind == "classic_big")


def footer(page: Page, s: Style, text: str) -> None:
    """A small running footer line; leaves room below for page numbers at h - 30."""
    w, h = page.size
    m = s.margin
    y = h - m + 4
    page.line(m, y - 9, w - m, y - 9)
    page.text(w / 2, y, fit(text, s.font, 7, w - 2 * m), s.font, 7, "center")


def running_header(page: Page, s: Style, left: str, right: str = "") -> None:
    w, _ = page.size
    m = s.margin
    y = m - 16
    page.text(m, y, fit(left, s.font, 8, w - 2 * m - 110), s.font, 8)
    if right:
        page.text(w - m, y, right, s.font, 8, "right")
    page.line(m, y + 5, w - m, y + 5)


def paginate(pages: list[Page], s: Style, hs: House, top_taken: bool = False) -> None:
    """Number the pages in the house's way (or not at all)."""
    if hs.numbers == "none":
        return
    if hs.numbers == "issuer":
        if top_taken and s.number_pos == "top":
            s = dataclasses.replace(s, number_pos="bottom")
        add_numbers(pages, s)
        return
    n = len(pages)
    for i, page in enumerate(pages, 1):
        w, h = page.size
        label = hs.numbers.format(i=i, n=n)
        x, align = {"br": (w - s.margin, "right"), "bl": (s.margin, "left")}.get(
            hs.num_pos, (w / 2, "center")
        )
        page.text(x, h - 30, label, s.font, 8, align)


class Flow(KitFlow):
    """``Flow`` with lines 1.35 apart and 0.6 after a paragraph, and ``lines`` for
    pre-broken lines."""

    line = 1.35
    para_gap = 0.6

    def lines(self, x: float, lines: list[str], font: str, size: float, lead: float = 1.35):
        for line in lines:
            self.need(size * lead)
            self.page.text(x, self.y, line, font, size)
            self.y += size * lead


def table_row(
    page: Page,
    y: float,
    cols: list[tuple[float, str]],
    values: list[str],
    font: str,
    size: float,
) -> None:
    """``cols``: (x, align) per column; right-aligned columns use x as their right edge."""
    for (x, align), value in zip(cols, values, strict=True):
        page.text(x, y, value, font, size, align)


def facts_block(
    page: Page, right: float, y: float, facts: list[tuple[str, str]], font: str, size: float
) -> None:
    """Label/value pairs in a block whose values are right-aligned at ``right``."""
    vw = max(width(v, font, size) for _, v in facts)
    lw = max(width(label, font, size) for label, _ in facts)
    x = right - vw - lw - 14
    for k, (label, value) in enumerate(facts):
        page.text(x, y + k * 14, label, font, size)
        page.text(right, y + k * 14, value, font, size, "right")


def money(v: float, cur: str = "") -> str:
    return f"{cur}{v:,.2f}"


# ---------------------------------------------------------------------------------------------
# Templates C
# ---------------------------------------------------------------------------------------------


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    hs = house(who, "utility")
    w, h = s.page_size
    m = s.margin
    service = rng.choice(["electricity", "gas", "water"])
    unit = {"electricity": "kWh", "gas": "kWh", "water": "m³"}[service]
    account = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    cur = rng.choice(["£", "€", "$", ""])
    p = Page(s.page_size)
    y = head(p, s, hs, who)
    customer = person(rng)
    info = [
        ("Account number", account),
        ("Bill date", fresh_date(rng, hs.date_style)),
        ("Bill number", str(rng.randint(10**7, 10**8 - 1))),
        ("Customer reference", f"C{rng.randint(100000, 999999)}"),
    ]
    yy = y
    for line in [customer, *address(rng)]:
        p.text(m, yy, line, s.font, s.size)
        yy += s.size * 1.35
    yi = y
    for label, value in info:
        p.text(w / 2 + 20, yi, f"{label}:", s.font, s.size - 1)
        p.text(w - m, yi, value, s.font, s.size - 1, "right")
        yi += s.size * 1.4
    y = max(yy, yi) + 22
    title = {
        "electricity": "Your electricity bill",
        "gas": "Your gas bill",
        "water": "Water and sewerage charges",
    }[service]
    if rng.random() < 0.7:
        p.text(m, y, title, s.bold, s.size + 4)
        y += 24
    prev_bal = rng.randint(0, 300)
    paid = prev_bal if rng.random() < 0.8 else rng.randint(0, prev_bal)
    days = rng.randint(28, 92)
    start = rng.randint(1000, 90000)
    used = rng.randint(40, 2200)
    rate = rng.uniform(0.08, 0.42)
    standing = rng.uniform(0.2, 0.6)
    charges = [
        (f"Standing charge  {days} days @ {standing:.4f}", days * standing),
        (f"Units used  {used:,} {unit} @ {rate:.4f}", used * rate),
    ]
    if rng.random() < 0.5:
        charges.append(("Environmental levy", rng.uniform(1, 12)))
    if rng.random() < 0.4:
        charges.append(("Dual fuel discount", -rng.uniform(5, 25)))
    new = sum(c for _, c in charges)
    vat = new * rng.choice([0.05, 0.07, 0.19, 0.2])
    due = prev_bal - paid + new + vat
    p.rect(m, y - 12, w - 2 * m, 84)
    for k, (label, value) in enumerate(
        [
            ("Previous balance", money(prev_bal, cur)),
            ("Payment received - thank you", money(-paid, cur)),
            ("Charges this period (incl. tax)", money(new + vat, cur)),
        ]
    ):
        p.text(m + 8, y + 4 + k * 16, label, s.font, s.size)
        p.text(w - m - 8, y + 4 + k * 16, value, s.font, s.size, "right")
    p.text(m + 8, y + 58, "Amount due", s.bold, s.size + 1)
    p.text(w - m - 8, y + 58, money(due, cur), s.bold, s.size + 1, "right")
    y += 96
    p.text(m, y, f"Meter readings ({service})", s.bold, s.size)
    y += 16
    cols = [(m, "left"), (m + 110, "left"), (w - m - 150, "right"), (w - m - 70, "right")]
    cols.append((w - m, "right"))
    table_row(p, y, cols, ["Meter", "Read", "Previous", "Current", "Used"], s.bold, s.size - 1)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    flag = rng.choice(["Actual", "Actual", "Estimated", "Customer"])
    meter = f"{rng.choice('ABEKZ')}{rng.randint(10, 99)}X{rng.randint(100000, 999999)}"
    table_row(
        p,
        y,
        cols,
        [meter, flag, f"{start:,}", f"{start + used:,}", f"{used:,} {unit}"],
        s.font,
        s.size - 1,
    )
    y += 28
    p.text(m, y, "Charges", s.bold, s.size)
    y += 16
    for label, value in [*charges, (f"VAT / tax on {money(new)}", vat)]:
        p.text(m, y, label, s.font, s.size - 1)
        p.text(w - m, y, money(value, cur), s.font, s.size - 1, "right")
        y += s.size * 1.5
    p.line(w - m - 120, y - 6, w - m, y - 6)
    p.text(w - m - 130, y + 6, "Total charges", s.bold, s.size - 1, "right")
    p.text(w - m, y + 6, money(new + vat, cur), s.bold, s.size - 1, "right")
    # Payment slip to tear off.
    slip = h - m - 140
    dashed(p, m - 20, w - m + 20, slip)
    p.text(m, slip + 12, "Please detach and return this slip with your payment", s.font, 7)
    p.text(m, slip + 32, hs.name, s.bold, s.size)
    p.text(m, slip + 48, f"Account number  {account}", s.font, s.size)
    p.text(m, slip + 62, f"Amount due  {money(due, cur)}", s.font, s.size)
    p.text(m, slip + 76, "Amount paid  ____________", s.font, s.size)
    if rng.random() < 0.6:
        p.barcode("code128", account.replace(" ", ""), w - m - 190, slip + 24)
    pages = [p]
    if rng.random() < 0.45:
        q = Page(s.page_size)
        y = m + 10
        q.text(m, y, rng.choice(["Your usage history", "Understanding your bill"]), s.bold, 13)
        y += 30
        # Monthly consumption bars.
        base = y + 120
        months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
        bw = (w - 2 * m) / 12
        for k, mon in enumerate(months):
            bh = rng.uniform(20, 110)
            q.rect(m + k * bw + 4, base - bh, bw - 8, bh, fill=0.6)
            q.text(m + k * bw + bw / 2, base + 12, mon, s.font, 8, "center")
        q.line(m, base, w - m, base)
        y = base + 40
        flow = Flow(s.page_size, h - m - 20, lambda pg, i: m + 10)
        flow.pages, flow.page, flow.y = [q], q, y
        for _ in range(rng.randint(3, 6)):
            flow.need(40)
            flow.page.text(m, flow.y, sentence(rng, words("energy"), 3)[:-1], s.bold, s.size)
            flow.y += s.size * 1.6
            flow.para(m, w - 2 * m, prose(rng, "energy"), s.font, s.size - 1)
        pages += flow.pages
        if rng.random() < 0.7:
            for pg in pages:
                footer(pg, s, f"{hs.name} · {hs.web} · {hs.reg}")
    paginate(pages, s, hs)
    return pages


def tpl_loan_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A loan offer letter: no title, a continuation header on later pages, a terms table and
    sometimes an acceptance form as the last page."""
    s = who.style
    hs = house(who, "bank")
    w, h = s.page_size
    m = s.margin
    borrower = person(rng)
    day = a_day(rng)
    dated = fmt_date(day, hs.date_style)
    ref = f"LN/{rng.randint(2019, 2025)}/{rng.randint(10000, 99999)}"
    reg = f"{hs.name} is authorised and regulated. {hs.reg}."

    def start(page: Page, i: int) -> float:
        footer(page, s, reg)
        if i == 1:
            return head(page, s, hs, who)
        running_header(page, s, f"{borrower} · {ref}", dated)
        return m + 14

    flow = Flow(s.page_size, h - m - 22, start)
    p = flow.page
    y = flow.y
    for line in [borrower, *address(rng)]:
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.35
    p.text(w - m, flow.y, dated, s.font, s.size, "right")
    p.text(w - m, flow.y + 14, f"Our ref: {ref}", s.font, s.size - 1, "right")
    flow.y = y + 24
    if rng.random() < 0.6:
        flow.page.text(m, flow.y, "Your personal loan offer", s.bold, s.size + 1)
        flow.y += 22
    flow.page.text(
        m, flow.y, f"Dear {rng.choice(['Mr', 'Ms', 'Dr'])} {borrower.split()[-1]},", s.font, s.size
    )
    flow.y += 20
    tw = w - 2 * m
    for _ in range(rng.randint(1, 3)):
        flow.para(m, tw, prose(rng, "banking"), s.font, s.size)
    amount = rng.choice([3000, 5000, 7500, 12000, 15000, 25000, 40000])
    months = rng.choice([12, 24, 36, 48, 60, 84])
    apr = rng.uniform(3.9, 19.9)
    r = apr / 1200
    monthly = amount * r / (1 - (1 + r) ** -months)
    terms = [
        ("Amount of credit", money(amount)),
        ("Duration of the agreement", f"{months} months"),
        ("Representative APR", f"{apr:.1f}%"),
        ("Monthly repayment", money(monthly)),
        ("Total amount repayable", money(monthly * months)),
        (
            "First repayment date",
            fmt_date(day + timedelta(days=rng.randint(30, 60)), hs.date_style),
        ),
    ]
    flow.need(len(terms) * 18 + 20)
    y = flow.y
    flow.page.rect(m, y - 12, tw, len(terms) * 18 + 6)
    for k, (label, value) in enumerate(terms):
        flow.page.text(m + 8, y + 2 + k * 18, label, s.font, s.size)
        flow.page.text(w - m - 8, y + 2 + k * 18, value, s.bold, s.size, "right")
    flow.y = y + len(terms) * 18 + 16
    for _ in range(rng.choice([1, 2, 4, 7])):
        if rng.random() < 0.4:
            flow.need(40)
            flow.page.text(m, flow.y, sentence(rng, words("banking"), 3)[:-1], s.bold, s.size)
            flow.y += s.size * 1.6
        flow.para(m, tw, prose(rng, "banking", (3, 5)), s.font, s.size)
    flow.need(90)
    flow.page.text(
        m, flow.y + 10, rng.choice(["Yours sincerely,", "Yours faithfully,"]), s.font, s.size
    )
    flow.page.text(m, flow.y + 56, person(rng), s.font, s.size)
    flow.page.text(
        m, flow.y + 70, rng.choice(["Lending Manager", "Personal Loans Team"]), s.font, s.size - 1
    )
    flow.y += 90
    if rng.random() < 0.5:
        flow.new_page()
        q = flow.page
        q.text(m, flow.y + 6, "Acceptance of loan offer", s.bold, s.size + 3)
        flow.y += 34
        flow.para(
            m,
            tw,
            f"I/We accept the offer of credit reference {ref}. " + prose(rng, "banking"),
            s.font,
            s.size,
        )
        for label in ["Borrower signature", "Full name", "Date", "Account for payment"]:
            flow.y += 26
            q.text(m, flow.y, f"{label}:", s.font, s.size)
            q.line(m + 140, flow.y + 2, w - m, flow.y + 2)
    paginate(flow.pages, s, hs, top_taken=True)
    return flow.pages


def tpl_policy_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """A multi-page insurance policy schedule with a header band on every page."""
    s = who.style
    hs = house(who, "insurer")
    w, h = s.page_size
    m = s.margin
    policy = f"{rng.choice(['HH', 'MT', 'HC', 'LP'])}-{rng.randint(1000000, 9999999)}"
    kind = rng.choice(["Home Insurance", "Motor Insurance", "Landlord Insurance"])
    tw = w - 2 * m
    cur = rng.choice(["£", "€", ""])

    def start(page: Page, i: int) -> float:
        page.rect(m, m - 22, tw, 26, fill=0.9)
        page.text(m + 6, m - 4, hs.name, s.bold, s.size + 1)
        page.text(w - m - 6, m - 4, "POLICY SCHEDULE", s.bold, s.size + 1, "right")
        page.text(m, m + 18, f"{kind}  ·  Policy number {policy}", s.font, s.size - 1)
        if rng.random() < 0.5 or i == 1:
            footer(page, s, f"{hs.name} · {hs.reg} · Please keep this schedule with your policy")
        return m + 44

    flow = Flow(s.page_size, h - m - 22, start)
    holder = person(rng)
    begin = a_day(rng)
    period = (
        f"{fmt_date(begin, hs.date_style)} to "
        f"{fmt_date(begin + timedelta(days=364), hs.date_style)}"
    )
    details = [
        ("Policyholder", holder),
        ("Correspondence address", ", ".join(address(rng))),
        ("Period of insurance", period),
        ("Date of issue", fmt_date(begin - timedelta(days=rng.randint(3, 40)), hs.date_style)),
        ("Reason for issue", rng.choice(["New business", "Renewal", "Mid-term adjustment"])),
    ]
    flow.page.text(m, flow.y, "Your details", s.bold, s.size + 2)
    flow.y += 20
    for label, value in details:
        flow.page.text(m, flow.y, label, s.font, s.size)
        flow.page.text(m + 170, flow.y, fit(value, s.font, s.size, tw - 170), s.font, s.size)
        flow.y += s.size * 1.6
    flow.y += 14
    sections = rng.sample(
        [
            "Buildings",
            "Contents",
            "Accidental damage",
            "Personal possessions",
            "Legal expenses",
            "Home emergency",
            "Third party liability",
            "Windscreen",
            "Loss of rent",
        ],
        rng.randint(3, 7),
    )
    premium = 0.0
    for k, name in enumerate(sections, 1):
        flow.need(120)
        flow.page.text(m, flow.y, f"Section {k} - {name}", s.bold, s.size + 1)
        flow.page.text(
            w - m,
            flow.y,
            rng.choice(["Included", "Included", "Not covered"]),
            s.font,
            s.size,
            "right",
        )
        flow.y += 6
        flow.page.line(m, flow.y, w - m, flow.y)
        flow.y += 14
        for _ in range(rng.randint(2, 4)):
            flow.need(16)
            label = sentence(rng, words("insurance"), rng.randint(2, 4))[:-1]
            flow.page.text(m + 10, flow.y, label, s.font, s.size - 1)
            flow.page.text(
                w - m - 90,
                flow.y,
                money(rng.choice([100, 250, 500, 1000]) * rng.randint(1, 50), cur),
                s.font,
                s.size - 1,
                "right",
            )
            flow.page.text(
                w - m,
                flow.y,
                f"excess {money(rng.choice([0, 50, 100, 250]), cur)}",
                s.font,
                s.size - 1,
                "right",
            )
            flow.y += s.size * 1.5
        premium += rng.uniform(20, 300)
        if rng.random() < 0.6:
            flow.y += 4
            flow.para(m + 10, tw - 10, prose(rng, "insurance", (2, 5)), s.font, s.size - 1)
        flow.y += 10
    flow.need(100)
    flow.page.text(m, flow.y, "Premium", s.bold, s.size + 1)
    flow.y += 18
    ipt = premium * 0.12
    for label, value in [
        ("Annual premium", premium),
        ("Insurance premium tax", ipt),
        ("Total payable", premium + ipt),
    ]:
        flow.page.text(m + 10, flow.y, label, s.font, s.size)
        flow.page.text(w - m, flow.y, money(value, cur), s.font, s.size, "right")
        flow.y += s.size * 1.6
    flow.y += 12
    flow.need(60)
    flow.page.text(m, flow.y, "Endorsements applying to your policy", s.bold, s.size + 1)
    flow.y += 18
    for _ in range(rng.randint(2, 6)):
        code = f"{rng.choice('ABCDEHK')}{rng.randint(10, 99)}"
        text = prose(rng, "insurance", (1, 3))
        lines = wrap(text, s.font, s.size - 1, tw - 50)
        flow.need(len(lines) * 12)
        flow.page.text(m, flow.y, code, s.bold, s.size - 1)
        flow.lines(m + 50, lines, s.font, s.size - 1)
        flow.y += 6
    if rng.random() < 0.6:
        flow.need(60)
        flow.page.text(m, flow.y + 10, "Your statement of fact", s.bold, s.size + 1)
        flow.y += 26
        flow.para(m, tw, prose(rng, "insurance", (1, 2)), s.font, s.size - 1)
        for k in range(1, rng.randint(8, 24)):
            flow.need(14)
            q = sentence(rng, words("insurance"), rng.randint(5, 10))[:-1] + "?"
            flow.page.text(m, flow.y, f"{k}.", s.font, s.size - 1)
            flow.page.text(m + 22, flow.y, fit(q, s.font, s.size - 1, tw - 80), s.font, s.size - 1)
            answer = rng.choice(["Yes", "No", "No", "No", str(rng.randint(0, 5))])
            flow.page.text(w - m, flow.y, answer, s.bold, s.size - 1, "right")
            flow.y += s.size * 1.5
        flow.y += 10
    if rng.random() < 0.7:
        flow.need(60)
        flow.page.text(m, flow.y + 10, "Important information", s.bold, s.size + 1)
        flow.y += 30
        for _ in range(rng.randint(2, 14)):
            if rng.random() < 0.3:
                flow.need(40)
                flow.page.text(m, flow.y, sentence(rng, words("insurance"), 3)[:-1], s.bold, s.size)
                flow.y += s.size * 1.5
            flow.para(m, tw, prose(rng, "insurance", (3, 6)), s.font, s.size - 1)
    paginate(flow.pages, s, hs, top_taken=True)
    return flow.pages


LAB_PANELS = {
    "Full blood count": [
        ("Haemoglobin", "g/L", 120, 160, 0),
        ("White cell count", "x10^9/L", 4.0, 11.0, 1),
        ("Platelets", "x10^9/L", 150, 400, 0),
        ("Red cell count", "x10^12/L", 3.8, 5.8, 2),
        ("Haematocrit", "L/L", 0.36, 0.46, 2),
        ("MCV", "fL", 80, 100, 0),
    ],
    "Renal function": [
        ("Sodium", "mmol/L", 133, 146, 0),
        ("Potassium", "mmol/L", 3.5, 5.3, 1),
        ("Urea", "mmol/L", 2.5, 7.8, 1),
        ("Creatinine", "umol/L", 59, 104, 0),
        ("eGFR", "mL/min/1.73m2", 90, 120, 0),
    ],
    "Liver function": [
        ("Bilirubin", "umol/L", 0, 21, 0),
        ("ALT", "U/L", 0, 40, 0),
        ("ALP", "U/L", 30, 130, 0),
        ("Albumin", "g/L", 35, 50, 0),
        ("GGT", "U/L", 0, 60, 0),
    ],
    "Lipid profile": [
        ("Total cholesterol", "mmol/L", 0, 5.0, 1),
        ("HDL cholesterol", "mmol/L", 1.0, 2.2, 2),
        ("LDL cholesterol", "mmol/L", 0, 3.0, 1),
        ("Triglycerides", "mmol/L", 0, 1.7, 1),
    ],
    "Thyroid function": [
        ("TSH", "mU/L", 0.27, 4.2, 2),
        ("Free T4", "pmol/L", 12, 22, 1),
    ],
    "Diabetes": [
        ("HbA1c", "mmol/mol", 20, 41, 0),
        ("Fasting glucose", "mmol/L", 3.9, 5.5, 1),
    ],
    "Inflammation": [
        ("C-reactive protein", "mg/L", 0, 5, 0),
        ("ESR", "mm/hr", 1, 20, 0),
    ],
    "Iron studies": [
        ("Ferritin", "ug/L", 30, 400, 0),
        ("Serum iron", "umol/L", 10, 30, 0),
        ("Transferrin saturation", "%", 20, 50, 0),
    ],
}


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    hs = house(who, "lab")
    w, h = s.page_size
    m = s.margin
    patient = person(rng)
    scheme = rng.choice(["MRN", "NHS", "PID"])
    pid = f"{scheme} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    dob = fmt_date(
        date(rng.randint(1932, 2016), rng.randint(1, 12), rng.randint(1, 28)), "uk_slash"
    )
    taken = a_day(rng)
    reported = taken + timedelta(days=rng.choice([0, 0, 1, 1, 2, 5]))

    def mins() -> int:
        return rng.randint(0, 59)

    lab_no = f"{rng.randint(20, 25)}.{rng.randint(1000000, 9999999)}"
    tw = w - 2 * m

    def start(page: Page, i: int) -> float:
        if i == 1:
            page.text(m, m, hs.name, s.bold, s.size + 4)
            page.text(m, m + 14, f"{who.street}, {who.city} · Tel. {hs.phone}", s.font, 8)
            page.text(w - m, m, "LABORATORY REPORT", s.bold, s.size, "right")
            page.text(
                w - m,
                m + 14,
                rng.choice(["UKAS accredited No. 8812", "ISO 15189", ""]),
                s.font,
                7,
                "right",
            )
            return m + 40
        running_header(page, s, f"{patient} · {pid} · Lab no. {lab_no} (continued)")
        return m + 14

    flow = Flow(s.page_size, h - m - 30, start)
    p = flow.page
    y = flow.y
    box = [
        ("Patient", patient),
        ("Date of birth", dob),
        ("Sex", rng.choice(["F", "M"])),
        ("Patient ID", pid),
        ("Lab number", lab_no),
        ("Requested by", f"Dr {person(rng)}"),
        ("Collected", f"{fmt_date(taken, 'uk_slash')} {rng.randint(7, 17):02d}:{mins():02d}"),
        ("Reported", f"{fmt_date(reported, 'uk_slash')} {rng.randint(7, 20):02d}:{mins():02d}"),
    ]
    p.rect(m, y - 12, tw, 4 * 16 + 8)
    lw = max(width(f"{label}:", s.font, s.size - 1) for label, _ in box) + 6
    for k, (label, value) in enumerate(box):
        x = m + 8 if k % 2 == 0 else m + tw / 2 + 8
        yy = y + 2 + (k // 2) * 16
        p.text(x, yy, f"{label}:", s.font, s.size - 1)
        p.text(x + lw, yy, fit(value, s.bold, s.size - 1, tw / 2 - lw - 16), s.bold, s.size - 1)
    flow.y = y + 4 * 16 + 20
    if rng.random() < 0.5:
        flow.page.text(
            m, flow.y, f"Clinical details: {sentence(rng, words('medical'), 6)}", s.font, s.size - 1
        )
        flow.y += 20
    cols = [(m, "left"), (m + 190, "right"), (m + 205, "left"), (m + 230, "left"), (w - m, "right")]
    panels = rng.sample(sorted(LAB_PANELS), rng.randint(2, 6))
    for panel in panels:
        flow.need(70)
        flow.page.text(m, flow.y, panel.upper(), s.bold, s.size)
        flow.y += 16
        table_row(
            flow.page,
            flow.y,
            cols,
            ["Test", "Result", "", "Units", "Reference range"],
            s.bold,
            s.size - 1,
        )
        flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
        flow.y += 15
        for test, unit, lo, hi, dec in LAB_PANELS[panel]:
            flow.need(14)
            value = rng.uniform(lo * 0.7, hi * 1.3) if rng.random() < 0.25 else rng.uniform(lo, hi)
            flag = "H" if value > hi else ("L" if value < lo else "")
            ref = f"{lo:.{dec}f} - {hi:.{dec}f}" if lo > 0 else f"< {hi:.{dec}f}"
            font = s.bold if flag else s.font
            table_row(
                flow.page,
                flow.y,
                cols,
                [test, f"{value:.{dec}f}", flag, unit, ref],
                font,
                s.size - 1,
            )
            flow.y += s.size * 1.45
        flow.y += 12
    if rng.random() < 0.6:
        flow.need(50)
        flow.page.text(m, flow.y, "Comment:", s.bold, s.size - 1)
        flow.y += 14
        flow.para(m, tw, prose(rng, "medical", (1, 3)), s.font, s.size - 1)
    flow.need(50)
    flow.y += 10
    flow.page.text(
        m,
        flow.y,
        f"Validated by: Dr {person(rng)}, Consultant "
        + rng.choice(["Chemical Pathologist", "Haematologist", "Microbiologist"]),
        s.font,
        s.size - 1,
    )
    flow.y += 24
    flow.page.text(w / 2, flow.y, "*** End of report ***", s.font, s.size - 1, "center")
    paginate(flow.pages, s, hs, top_taken=True)
    return flow.pages


PRODUCTS = [
    "A4 copier paper 80gsm, box 5 reams",
    "Lever arch file, blue",
    "Stretch wrap 500mm x 250m",
    "Double-wall carton 457x305x305",
    "Nitrile gloves M, box 100",
    "Catering foil 450mm",
    "Paper hand towels, case 24",
    "Ballpoint pen black, box 50",
    "Parcel tape brown 48mm",
    "Storage box with lid",
    "Bin liners heavy duty, roll 50",
    "Disposable cups 8oz, sleeve 50",
    "Label roll 100x150, 500",
    "Whiteboard markers, 4 colours",
]


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """Delivery note / packing slip: a small heading rather than a big title."""
    s = who.style
    hs = house(who, "wholesale")
    w, h = s.page_size
    m = s.margin
    dn = f"{rng.choice(['DN', 'LS', 'PS'])}{rng.randint(100000, 999999)}"
    order = f"SO-{rng.randint(10000, 99999)}"
    n_items = rng.choice([2, 4, 6, 9, 14, 30, 45])
    cols = [
        (m, "left"),
        (m + 70, "left"),
        (w - m - 120, "right"),
        (w - m - 60, "right"),
        (w - m, "right"),
    ]

    def start(page: Page, i: int) -> float:
        if i == 1:
            y = head(page, s, hs, who, rng.choice(["small", "logo", "classic_right"]))
        else:
            page.text(m, m, f"{hs.name} - delivery note {dn} (continued)", s.font, s.size - 1)
            y = m + 26
        return y

    flow = Flow(s.page_size, h - m - 120, start)
    p = flow.page
    y = flow.y
    p.text(m, y, "Deliver to:", s.bold, s.size - 1)
    for k, line in enumerate([person(rng), rng.choice(HOUSES["employer"]), *address(rng)]):
        p.text(m, y + 14 + k * 13, line, s.font, s.size)
    ki = [
        ("Delivery note", dn),
        ("Your order", f"{rng.randint(4000, 9999)}/{rng.randint(1, 99)}"),
        ("Our order", order),
        ("Dispatch date", fresh_date(rng, hs.date_style)),
        ("Carrier", rng.choice(["Own vehicle", "DPD", "Parcelforce", "DHL Freight", "Collected"])),
    ]
    for k, (label, value) in enumerate(ki):
        p.text(w / 2 + 30, y + k * 14, f"{label}", s.font, s.size - 1)
        p.text(w - m, y + k * 14, value, s.bold if k == 0 else s.font, s.size - 1, "right")
    if rng.random() < 0.3:
        p.barcode("code128", dn, w / 2 + 30, y + 5 * 14 + 4)
        y += 5 * 14 + 100
    else:
        y += 5 * 14 + 20
    flow.y = y
    table_row(
        p, flow.y, cols, ["Code", "Description", "Ordered", "Sent", "To follow"], s.bold, s.size - 1
    )
    p.line(m, flow.y + 4, w - m, flow.y + 4)
    flow.y += 16
    for _ in range(n_items):
        if flow.need(14):
            table_row(
                flow.page,
                flow.y,
                cols,
                ["Code", "Description", "Ordered", "Sent", "To follow"],
                s.bold,
                s.size - 1,
            )
            flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
            flow.y += 16
        qty = rng.randint(1, 60)
        sent = qty if rng.random() < 0.8 else rng.randint(0, qty)
        code = f"{rng.choice('ABCKPT')}{rng.randint(1000, 9999)}"
        desc = fit(rng.choice(PRODUCTS), s.font, s.size - 1, w - 2 * m - 200)
        table_row(
            flow.page,
            flow.y,
            cols,
            [code, desc, str(qty), str(sent), str(qty - sent) if qty > sent else ""],
            s.font,
            s.size - 1,
        )
        flow.y += s.size * 1.5
    last = flow.page
    flow.y += 6
    last.line(m, flow.y, w - m, flow.y)
    last.text(
        m,
        flow.y + 14,
        f"Packages: {rng.randint(1, 12)}    Total weight: {rng.randint(2, 400)} kg",
        s.font,
        s.size - 1,
    )
    yb = h - m - 96
    last.rect(m, yb, w - 2 * m, 76)
    last.text(m + 8, yb + 16, "Goods received in good condition", s.bold, s.size - 1)
    last.text(m + 8, yb + 40, "Name: ______________________", s.font, s.size - 1)
    last.text(m + 8, yb + 62, "Signature: __________________", s.font, s.size - 1)
    last.text(w / 2 + 20, yb + 62, "Date: ____________", s.font, s.size - 1)
    paginate(flow.pages, s, hs)
    return flow.pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    hs = house(who, "wholesale")
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.rect(m, m - 14, 40, 40)
    initials = "".join(x[0] for x in hs.name.split() if x[0].isupper())[:2]
    p.text(m + 20, m + 12, initials, s.bold, 18, "center")
    p.text(m, m + 44, hs.name, s.bold, s.size)
    p.text(m, m + 56, who.street, s.font, s.size - 1)
    p.text(m, m + 68, who.city, s.font, s.size - 1)
    title = rng.choice(["CREDIT NOTE", "Credit Note", "Credit Memo"])
    p.text(w - m, m + 6, title, s.bold, s.size + 10, "right")
    number = f"CN-{rng.randint(1000, 99999)}"
    facts = [
        ("Credit note no.", number),
        ("Date", fresh_date(rng, hs.date_style)),
        ("Original invoice", f"{rng.choice(['INV', 'SI', ''])}{rng.randint(10000, 99999)}"),
        ("Customer no.", str(rng.randint(10000, 99999))),
    ]
    facts_block(p, w - m, m + 34, facts, s.font, s.size - 1)
    y = m + 120
    p.text(m, y, "Credit to:", s.font, s.size - 1)
    for k, line in enumerate([person(rng), *address(rng)]):
        p.text(m + 60, y + k * 13, line, s.font, s.size)
    y += 60
    reason = rng.choice(
        [
            "Goods returned damaged",
            "Price adjustment",
            "Short delivery",
            "Duplicate invoice",
            "Goodwill gesture",
        ]
    )
    p.text(m, y, f"Reason: {reason}", s.bold, s.size)
    y += 24
    cols = [(m, "left"), (w - m - 160, "right"), (w - m - 80, "right"), (w - m, "right")]
    p.rect(m - 4, y - 12, w - 2 * m + 8, 17, fill=0.9)
    table_row(p, y, cols, ["Description", "Qty", "Unit price", "Amount"], s.bold, s.size - 1)
    y += 20
    total = 0.0
    for _ in range(rng.randint(1, 6)):
        qty = rng.randint(1, 10)
        price = rng.uniform(2, 300)
        total += qty * price
        desc = fit(rng.choice(PRODUCTS), s.font, s.size - 1, w - 2 * m - 200)
        table_row(
            p, y, cols, [desc, str(qty), money(price), money(-qty * price)], s.font, s.size - 1
        )
        y += s.size * 1.6
    p.line(w / 2, y, w - m, y)
    y += 16
    vat = total * rng.choice([0.2, 0.19, 0.07])
    for label, value, font in [
        ("Net", -total, s.font),
        ("VAT", -vat, s.font),
        ("Total credit", -total - vat, s.bold),
    ]:
        p.text(w - m - 100, y, label, font, s.size, "right")
        p.text(w - m, y, money(value), font, s.size, "right")
        y += 16
    y += 20
    p.text(
        m,
        y,
        rng.choice(
            [
                "This amount will be offset against your next invoice.",
                f"We will refund this amount to your account ending {rng.randint(1000, 9999)}.",
                "Please retain this credit note for your records.",
            ]
        ),
        s.font,
        s.size - 1,
    )
    footer(p, s, f"{hs.name} · {hs.reg} · {hs.web}")
    return [p]


SUBJECTS = [
    "English",
    "Mathematics",
    "Science",
    "History",
    "Geography",
    "French",
    "German",
    "Art & Design",
    "Music",
    "Physical Education",
    "Computing",
    "Religious Studies",
    "Design Technology",
    "Drama",
]


def tpl_report_card(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    hs = house(who, "school")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    first = rng.choice(["Amelia", "Jack", "Isla", "Leo", "Freya", "Omar", "Zara", "Finn", "Maya"])
    pupil = f"{first} {person(rng).split()[-1]}"
    term = f"{rng.choice(['Autumn', 'Spring', 'Summer'])} Term {rng.randint(2018, 2025)}"

    def start(page: Page, i: int) -> float:
        if i == 1:
            page.text(w / 2, m + 4, hs.name, s.bold, s.size + 8, "center")
            page.text(w / 2, m + 20, f"{who.street} · {who.city}", s.font, 8, "center")
            page.text(
                w / 2,
                m + 46,
                rng.choice(["End of Term Report", "Pupil Progress Report", "School Report"]),
                s.bold,
                s.size + 3,
                "center",
            )
            page.text(w / 2, m + 62, term, s.font, s.size, "center")
            return m + 88
        running_header(page, s, f"{pupil} · {term}")
        return m + 14

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    y = flow.y
    info = [
        ("Pupil", pupil),
        ("Class", f"{rng.randint(3, 11)}{rng.choice('ABCDRW')}"),
        ("Form tutor", f"{rng.choice(['Mr', 'Mrs', 'Ms'])} {person(rng).split()[-1]}"),
        ("Attendance", f"{rng.uniform(86, 100):.1f}%"),
    ]
    p.rect(m, y - 12, tw, 38)
    for k, (label, value) in enumerate(info):
        x = m + 8 + (k % 2) * tw / 2
        yy = y + 2 + (k // 2) * 16
        p.text(x, yy, f"{label}: ", s.font, s.size)
        p.text(x + width("Attendance: ", s.font, s.size) + 6, yy, value, s.bold, s.size)
    flow.y = y + 46
    grade_set = rng.choice(
        [
            ["A", "B", "C", "D"],
            ["1", "2", "3", "4"],
            ["Exceeding", "Secure", "Developing", "Emerging"],
        ]
    )
    gw = max(width(g, s.font, s.size - 1) for g in [*grade_set, "Attainment"])
    cols = [(m, "left"), (m + 120, "left"), (m + 120 + gw + 14, "left")]
    comment_x = m + 120 + 2 * (gw + 14)
    table_row(flow.page, flow.y, cols, ["Subject", "Attainment", "Effort"], s.bold, s.size - 1)
    flow.page.text(comment_x, flow.y, "Comment", s.bold, s.size - 1)
    flow.page.line(m, flow.y + 4, w - m, flow.y + 4)
    flow.y += 16
    long_comments = rng.random() < 0.4
    for subject in rng.sample(SUBJECTS, rng.randint(7, 12)):
        text = prose(rng, "school", (1, 3) if long_comments else (1, 1))
        lines = wrap(text, s.font, s.size - 2, w - m - comment_x)[: 4 if long_comments else 2]
        flow.need(len(lines) * 11 + 8)
        table_row(
            flow.page,
            flow.y,
            cols,
            [subject, rng.choice(grade_set), rng.choice(grade_set[:3])],
            s.font,
            s.size - 1,
        )
        for k, line in enumerate(lines):
            flow.page.text(comment_x, flow.y + k * 11, line, s.font, s.size - 2)
        flow.y += max(len(lines) * 11, 14) + 6
        flow.page.line(m, flow.y - 9, w - m, flow.y - 9)
    flow.y += 10
    for who_says in ["Form tutor's comment", "Head of year's comment"][: rng.randint(1, 2)]:
        flow.need(60)
        flow.page.text(m, flow.y, who_says, s.bold, s.size)
        flow.y += 14
        flow.para(m, tw, prose(rng, "school", (2, 4)), s.font, s.size - 1)
    flow.need(60)
    flow.y += 20
    flow.page.text(m, flow.y, "Headteacher: ____________________", s.font, s.size - 1)
    flow.page.text(w / 2 + 10, flow.y, "Parent/carer: ____________________", s.font, s.size - 1)
    paginate(flow.pages, s, hs, top_taken=True)
    return flow.pages


CLAUSES = [
    "Definitions and interpretation",
    "Term of the tenancy",
    "Rent",
    "Deposit",
    "Tenant's obligations",
    "Landlord's obligations",
    "Utilities and council tax",
    "Repairs and maintenance",
    "Access to the property",
    "Pets and smoking",
    "Assignment and subletting",
    "Inventory and condition",
    "Ending the tenancy",
    "Notices",
    "Data protection",
    "Governing law",
]


def tpl_rental_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A long tenancy agreement of numbered clauses, initials in the footer of every page."""
    s = who.style
    hs = house(who, "letting")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    landlord = person(rng)
    tenants = rng.sample(FRESH_PEOPLE, rng.randint(1, 2))
    initials_footer = rng.random() < 0.7

    def start(page: Page, i: int) -> float:
        if initials_footer:
            yb = h - m + 4
            page.text(m, yb, "Initials:  Landlord ______   Tenant(s) ______", s.font, 7)
        if i == 1:
            return m
        if rng.random() < 0.5:
            running_header(page, s, f"Tenancy agreement - {', '.join(tenants)}")
            return m + 14
        return m

    flow = Flow(s.page_size, h - m - 18, start)
    p = flow.page
    title = rng.choice(
        [
            "ASSURED SHORTHOLD TENANCY AGREEMENT",
            "RESIDENTIAL TENANCY AGREEMENT",
            "Lease of Residential Premises",
        ]
    )
    p.text(w / 2, flow.y + 10, title, s.bold, s.size + 5, "center")
    p.text(w / 2, flow.y + 28, f"prepared by {hs.name}", s.font, s.size - 1, "center")
    flow.y += 60
    parties = [
        ("Date of agreement", fresh_date(rng, hs.date_style)),
        ("Landlord", landlord),
        ("Tenant(s)", " and ".join(tenants)),
        ("Property", ", ".join(address(rng))),
        ("Term", f"{rng.choice([6, 12, 12, 24])} months from {fresh_date(rng, hs.date_style)}"),
        (
            "Rent",
            f"{money(rng.randint(45, 260) * 10, rng.choice(['£', '€', '$']))} per calendar month",
        ),
        ("Deposit", money(rng.randint(50, 300) * 10)),
    ]
    for label, value in parties:
        flow.page.text(m, flow.y, label, s.bold, s.size)
        flow.page.text(m + 130, flow.y, fit(value, s.font, s.size, tw - 130), s.font, s.size)
        flow.y += s.size * 1.7
    flow.y += 10
    n = rng.randint(6, len(CLAUSES))
    chosen = (
        CLAUSES[:2] + sorted(rng.sample(CLAUSES[2:-1], n - 3), key=CLAUSES.index) + CLAUSES[-1:]
    )
    for k, clause in enumerate(chosen, 1):
        flow.need(50)
        flow.page.text(m, flow.y, f"{k}. {clause.upper()}", s.bold, s.size)
        flow.y += s.size * 1.7
        for j in range(1, rng.randint(3, 8)):
            text = prose(rng, "tenancy", (1, 5))
            lines = wrap(text, s.font, s.size, tw - 30)
            flow.need(s.size * 1.35)
            flow.page.text(m, flow.y, f"{k}.{j}", s.font, s.size)
            flow.lines(m + 30, lines, s.font, s.size)
            flow.y += s.size * 0.5
        flow.y += 6
    if flow.y > (h - m) * 0.55:
        flow.new_page()
    flow.y += 10
    flow.page.text(
        m, flow.y, "SIGNED by the parties on the date first written above", s.bold, s.size
    )
    flow.y += 36
    for role, name in [("Landlord", landlord), *[("Tenant", t) for t in tenants]]:
        flow.page.text(m, flow.y, f"{role}: ________________________", s.font, s.size)
        flow.page.text(m + 260, flow.y, name, s.font, s.size)
        flow.y += 22
        flow.page.text(m, flow.y, "Witness: ________________________", s.font, s.size - 1)
        flow.y += 34
    paginate(flow.pages, s, hs, top_taken=True)
    return flow.pages


def tpl_agenda(rng: random.Random, who: Issuer) -> list[Page]:
    """A meeting notice and agenda; often the first line is not a title at all."""
    s = who.style
    hs = house(who, "club")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    p = Page(s.page_size)
    y = head(p, s, hs, who, rng.choice(["small", "centered", "band"]))
    meeting = rng.choice(
        ["Annual General Meeting", "Committee Meeting", "Open Meeting", "Special General Meeting"]
    )
    when = fresh_date(rng, hs.date_style)
    hour, minute = rng.choice([10, 14, 18, 19, 19]), rng.choice([0, 0, 15, 30])
    time = f"{(hour - 1) % 12 + 1}.{minute:02d} {'am' if hour < 12 else 'pm'}"
    venue = rng.choice(
        [
            "the Community Hall",
            "St Mark's Church Hall",
            "the Library meeting room",
            "the Clubhouse",
            "online (link below)",
        ]
    )
    intro = (
        f"Notice is hereby given that the {meeting} of {hs.name} will be held on {when} "
        f"at {time} in {venue}."
    )
    if rng.random() < 0.5:
        p.text(w / 2, y + 6, "AGENDA", s.bold, s.size + 6, "center")
        y += 34
    for line in wrap(intro, s.font, s.size, tw):
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.4
    y += 16
    items = [
        "Welcome and apologies for absence",
        "Minutes of the previous meeting",
        "Matters arising",
        "Chair's report",
        "Treasurer's report and accounts",
        "Election of officers",
        "Membership subscriptions",
        "Summer fete arrangements",
        "Correspondence",
        "Proposals from members",
        "Any other business",
        "Date of next meeting",
    ]
    chosen = (
        items[:2] + sorted(rng.sample(items[2:-2], rng.randint(2, 7)), key=items.index) + items[-2:]
    )
    timed = rng.random() < 0.5
    for k, item in enumerate(chosen, 1):
        if timed:
            p.text(m, y, f"{hour}:{minute:02d}", s.font, s.size)
        p.text(m + (50 if timed else 0), y, f"{k}.", s.font, s.size)
        p.text(m + (72 if timed else 22), y, item, s.font, s.size)
        if rng.random() < 0.4:
            p.text(
                w - m,
                y,
                rng.choice(["Chair", "Secretary", "Treasurer", person(rng)]),
                s.font,
                s.size - 1,
                "right",
            )
        if rng.random() < 0.25:
            y += s.size * 1.4
            for line in wrap(sentence(rng, words("club")), s.font, s.size - 1, tw - 100)[:2]:
                p.text(m + (72 if timed else 22), y, line, s.font, s.size - 1)
                y += s.size * 1.3
        y += s.size * 1.9
        minute += rng.choice([5, 10, 15, 20])
        hour, minute = hour + minute // 60, minute % 60
    y += 16
    if y < h - m - 80:
        for line in wrap(
            f"Apologies to the Secretary, {person(rng)}, tel. {hs.phone}. "
            + sentence(rng, words("club")),
            s.font,
            s.size - 1,
            tw,
        ):
            p.text(m, y, line, s.font, s.size - 1)
            y += s.size * 1.3
    return [p]


JOBS = [
    "Site survey",
    "Client workshop",
    "Kitchen refit",
    "Night audit",
    "Data migration",
    "Reception cover",
    "Pump station",
    "Office move",
    "Training",
    "Banqueting",
]
NOTES = [
    "Travel to site",
    "Left early - dentist",
    "Overtime approved",
    "Cover for colleague",
    "Waiting for parts",
    "Bank holiday",
]


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A weekly timesheet on a landscape page; neighbours in a stream are often the same form."""
    s = who.style
    hs = house(who, "employer")
    size = landscape(s.page_size) if rng.random() < 0.6 else s.page_size
    w, h = size
    m = min(s.margin, 50)
    p = Page(size)
    p.text(m, m, hs.name, s.bold, s.size + 2)
    p.text(
        w - m,
        m,
        rng.choice(["WEEKLY TIMESHEET", "Time Record", "Timesheet"]),
        s.bold,
        s.size + 4,
        "right",
    )
    y = m + 30
    for k, (label, value) in enumerate(
        [
            ("Employee", person(rng)),
            ("Employee no.", f"{rng.randint(1000, 9999)}"),
            (
                "Department",
                rng.choice(["Site team", "Housekeeping", "Consulting", "Support", "Workshop"]),
            ),
            ("Week ending", fresh_date(rng, hs.date_style)),
        ]
    ):
        x = m + (k % 2) * (w - 2 * m) / 2
        p.text(x, y + (k // 2) * 16, f"{label}: {value}", s.font, s.size)
    y += 46
    headers = ["Day", "Start", "Finish", "Break", "Hours", "Job / project", "Notes"]
    fracs = [0, 0.13, 0.23, 0.33, 0.43, 0.53, 0.73, 1.0]
    tw = w - 2 * m
    xs = [m + f * tw for f in fracs]
    row_h = 22
    rows = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    p.rect(m, y, tw, row_h, fill=0.88)
    for k, label in enumerate(headers):
        p.text(xs[k] + 4, y + 15, label, s.bold, s.size - 1)
    total = 0.0
    for r, day in enumerate(rows):
        top = y + (r + 1) * row_h
        worked = day not in ("Saturday", "Sunday") or rng.random() < 0.2
        if worked:
            st = rng.choice([7, 7.5, 8, 8.5, 9])
            brk = rng.choice([0.5, 0.5, 1.0, 0.75])
            fin = st + rng.choice([7, 8, 8.5, 9, 10]) + brk
            hours = fin - st - brk
            total += hours
            vals = [
                day,
                f"{int(st):02d}:{int(st % 1 * 60):02d}",
                f"{int(fin):02d}:{int(fin % 1 * 60):02d}",
                f"{int(brk * 60)} min",
                f"{hours:.2f}",
                fit(
                    f"{rng.choice(['J', 'P', 'C'])}{rng.randint(100, 999)} {rng.choice(JOBS)}",
                    s.font,
                    s.size - 1,
                    xs[6] - xs[5] - 8,
                ),
                fit(
                    rng.choice(NOTES) if rng.random() < 0.3 else "",
                    s.font,
                    s.size - 1,
                    xs[7] - xs[6] - 8,
                ),
            ]
        else:
            vals = [day, "", "", "", "", "", ""]
        for k, v in enumerate(vals):
            p.text(xs[k] + 4, top + 15, v, s.font, s.size - 1)
    bottom = y + (len(rows) + 1) * row_h
    for x in xs:
        p.line(x, y, x, bottom)
    for r in range(len(rows) + 2):
        p.line(m, y + r * row_h, w - m, y + r * row_h)
    y = bottom + 20
    p.text(xs[4] - 6, y, "Total hours", s.bold, s.size, "right")
    p.text(xs[4] + 4, y, f"{total:.2f}", s.bold, s.size)
    y += 40
    if y < h - m - 30:
        p.text(m, y, "Employee signature: ____________________", s.font, s.size - 1)
        p.text(w / 2, y, "Approved by (supervisor): ____________________", s.font, s.size - 1)
    return [p]


WORKS = [
    "Strip and dispose of existing roof covering",
    "Supply and fit breathable membrane",
    "Replace fascia and soffit boards",
    "Supply and fit uPVC guttering",
    "Scaffold hire incl. erection and dismantling",
    "Skip hire (8 yard)",
    "Rewire ground floor circuits",
    "Install consumer unit with RCBO protection",
    "Supply and fit double socket",
    "Fit base units and worktops",
    "Tiling to splashback",
    "Install combination boiler",
    "Replace radiator valves",
    "Labour - fitter",
    "Labour - apprentice",
    "Making good and decoration",
    "Lay block paving on prepared sub-base",
    "Electrical installation certificate",
    "Waste removal and site clean",
    "Sundries and fixings",
]


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    hs = house(who, "trades")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    number = f"{rng.choice(['Q', 'EST', 'QT'])}-{rng.randint(1000, 9999)}"
    word = rng.choice(["Quotation", "Estimate", "Quote"])
    cur = rng.choice(["£", "€", "$"])

    def start(page: Page, i: int) -> float:
        if i == 1:
            return head(page, s, hs, who)
        page.text(m, m, f"{hs.name}  -  {word} {number}", s.font, s.size - 1)
        page.line(m, m + 6, w - m, m + 6)
        return m + 26

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    y = flow.y
    p.text(m, y + 4, word.upper() if rng.random() < 0.5 else word, s.bold, s.size + 8)
    issued = a_day(rng)
    facts = [
        (f"{word} no.", number),
        ("Date", fmt_date(issued, hs.date_style)),
        (
            "Valid until",
            fmt_date(issued + timedelta(days=rng.choice([14, 30, 60, 90])), hs.date_style),
        ),
    ]
    facts_block(p, w - m, y, facts, s.font, s.size - 1)
    y += 52
    p.text(m, y, "Prepared for:", s.font, s.size - 1)
    site = address(rng)
    for k, line in enumerate([person(rng), *site]):
        p.text(m + 80, y + k * 13, line, s.font, s.size)
    flow.y = y + 56
    flow.page.text(m, flow.y, "Description of works", s.bold, s.size + 1)
    flow.y += 16
    flow.para(m, tw, prose(rng, "works", (2, 5)), s.font, s.size)
    flow.y += 8
    cols = [
        (m, "left"),
        (w - m - 190, "right"),
        (w - m - 150, "left"),
        (w - m - 70, "right"),
        (w - m, "right"),
    ]

    def heads() -> None:
        flow.page.rect(m - 4, flow.y - 12, tw + 8, 17, fill=0.9)
        table_row(
            flow.page, flow.y, cols, ["Item", "Qty", "Unit", "Rate", "Amount"], s.bold, s.size - 1
        )
        flow.y += 18

    heads()
    net = 0.0
    for _ in range(rng.choice([3, 5, 8, 12, 25, 40])):
        if flow.need(15):
            heads()
        qty = rng.randint(1, 40)
        rate = rng.uniform(3, 450)
        net += qty * rate
        desc = fit(rng.choice(WORKS), s.font, s.size - 1, tw - 210)
        unit = rng.choice(["m", "m²", "each", "hr", "day", "lot"])
        table_row(
            flow.page,
            flow.y,
            cols,
            [desc, str(qty), unit, money(rate), money(qty * rate)],
            s.font,
            s.size - 1,
        )
        flow.y += s.size * 1.5
    flow.need(70)
    flow.page.line(w / 2, flow.y, w - m, flow.y)
    flow.y += 16
    vat = net * rng.choice([0.2, 0.0, 0.19])
    for label, value, font in [
        ("Subtotal", net, s.font),
        ("VAT", vat, s.font),
        ("Total", net + vat, s.bold),
    ]:
        flow.page.text(w - m - 100, flow.y, label, font, s.size, "right")
        flow.page.text(w - m, flow.y, money(value, cur), font, s.size, "right")
        flow.y += 16
    flow.y += 16
    if rng.random() < 0.7:
        flow.need(40)
        flow.page.text(m, flow.y, "Terms", s.bold, s.size)
        flow.y += 14
        for k in range(1, rng.randint(3, 7)):
            lines = wrap(
                sentence(rng, words("works"), rng.randint(10, 22)), s.font, s.size - 2, tw - 20
            )
            flow.need(len(lines) * 10)
            flow.page.text(m, flow.y, f"{k}.", s.font, s.size - 2)
            flow.lines(m + 20, lines, s.font, s.size - 2, lead=1.3)
    flow.need(70)
    flow.y += 20
    flow.page.text(
        m, flow.y, f"To accept this {word.lower()} please sign and return.", s.font, s.size - 1
    )
    flow.y += 30
    flow.page.text(
        m, flow.y, "Signed: ______________________    Date: ____________", s.font, s.size
    )
    paginate(flow.pages, s, hs)
    return flow.pages


def tpl_warranty_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A small (A5) guarantee card with a bordered frame and fine print."""
    s = who.style
    hs = house(who, "maker")
    size = A5
    w, h = size
    m = 36
    p = Page(size)
    p.rect(18, 18, w - 36, h - 36)
    p.rect(22, 22, w - 44, h - 44)
    p.text(w / 2, m + 20, hs.name, s.bold, 16, "center")
    p.text(
        w / 2,
        m + 44,
        rng.choice(["WARRANTY CERTIFICATE", "Guarantee Card", "Certificate of Guarantee"]),
        s.bold,
        12,
        "center",
    )
    years = rng.choice([1, 2, 3, 5])
    p.text(w / 2, m + 60, f"{years}-year manufacturer's warranty", s.font, 9, "center")
    y = m + 92
    product = rng.choice(
        [
            "Washing machine",
            "Cordless vacuum",
            "Espresso machine",
            "Soundbar",
            "Dishwasher",
            "LED floodlight",
            "Fridge freezer",
        ]
    )
    serial = f"SN{rng.randint(10**9, 10**10 - 1)}"
    for label, value in [
        ("Product", product),
        (
            "Model",
            f"{rng.choice(['VX', 'KM', 'ND', 'SC', 'EB'])}-{rng.randint(100, 9999)}"
            + rng.choice(["", "W", "S", "X"]),
        ),
        ("Serial number", serial),
        ("Date of purchase", fresh_date(rng, hs.date_style)),
        ("Purchaser", person(rng)),
    ]:
        p.text(m, y, f"{label}:", s.font, 9)
        lw = width("Date of purchase: ", s.font, 9) + 4
        p.text(m + lw, y, value, s.bold, 9)
        p.line(m + lw - 2, y + 3, w - m, y + 3)
        y += 20
    y += 6
    p.rect(w - m - 120, y, 120, 60)
    p.text(w - m - 60, y + 34, "Dealer stamp", s.font, 7, "center")
    if rng.random() < 0.6:
        p.barcode("code128", serial, m, y + 2)
    y += 96
    p.text(m, y, "Terms of guarantee", s.bold, 9)
    y += 12
    for k in range(1, rng.randint(4, 7)):
        for j, line in enumerate(
            wrap(f"{k}. {prose(rng, 'product', (1, 2))}", s.font, 7, w - 2 * m)
        ):
            if y > h - m - 24:
                break
            p.text(m + (8 if j else 0), y, line, s.font, 7)
            y += 8.5
        y += 2
    p.text(w / 2, h - m, f"{hs.web} · Service line {hs.phone}", s.font, 7, "center")
    return [p]


def tpl_manifest(rng: random.Random, who: Issuer) -> list[Page]:
    """A landscape cargo manifest: same header and column heads on every sheet."""
    s = who.style
    hs = house(who, "carrier")
    size = landscape(A4)
    w, h = size
    m = 40
    number = f"MF{rng.randint(100000, 999999)}"
    vehicle = rng.choice(
        [
            f"MV {rng.choice(['Tern', 'Halcyon', 'Skua', 'Nordstern'])}",
            f"Trailer {rng.randint(100, 999)}",
            f"Flight CM{rng.randint(100, 999)}",
        ]
    )
    dep = fresh_date(rng, hs.date_style)
    origin = rng.choice(["Felixstowe", "Rotterdam", "Hamburg", "Dover", "Leipzig"])
    fracs = [0, 0.05, 0.17, 0.37, 0.57, 0.65, 0.74, 0.83, 1.0]
    xs = [m + f * (w - 2 * m) for f in fracs]
    heads = ["No.", "Consignment", "Shipper", "Consignee", "Pcs", "Kg", "m³", "Destination"]
    rows = rng.choice([8, 18, 30, 55, 75, 90, 130])
    sheet_rows = 22
    n_sheets = max(1, -(-rows // sheet_rows))
    pages = []
    totals = [0, 0.0, 0.0]
    row = 0
    for sheet in range(1, n_sheets + 1):
        p = Page(size)
        pages.append(p)
        p.text(m, m, hs.name, s.bold, 14)
        p.text(w / 2, m, "CARGO MANIFEST", s.bold, 14, "center")
        p.text(w - m, m, f"Sheet {sheet} of {n_sheets}", s.font, 9, "right")
        p.text(
            m,
            m + 18,
            f"Manifest no. {number}    Vessel/vehicle: {vehicle}    Departure: {dep}    "
            f"From: {origin}",
            s.font,
            9,
        )
        y = m + 34
        p.rect(m, y, w - 2 * m, 16, fill=0.88)
        for k, label in enumerate(heads):
            p.text(xs[k] + 3, y + 11, label, s.bold, 8)
        y += 16
        for _ in range(min(sheet_rows, rows - row)):
            row += 1
            pcs = rng.randint(1, 40)
            kg = rng.uniform(5, 3000)
            vol = kg / rng.uniform(150, 400)
            totals[0] += pcs
            totals[1] += kg
            totals[2] += vol
            vals = [
                str(row),
                f"{rng.choice(['HBL', 'CN', 'AWB'])}{rng.randint(1000000, 9999999)}",
                rng.choice(HOUSES["wholesale"] + HOUSES["maker"]),
                rng.choice(HOUSES["employer"] + HOUSES["trades"]),
                str(pcs),
                f"{kg:,.1f}",
                f"{vol:.2f}",
                rng.choice(["Antwerp", "Gdansk", "Dublin", "Lyon", "Bilbao", "Oslo", "Genoa"]),
            ]
            for k, v in enumerate(vals):
                p.text(xs[k] + 3, y + 12, fit(v, s.font, 8, xs[k + 1] - xs[k] - 6), s.font, 8)
            p.line(m, y + 17, w - m, y + 17)
            y += 17
        if sheet == n_sheets:
            y += 18
            p.text(xs[3], y, "Totals", s.bold, 9)
            p.text(xs[4] + 3, y, str(totals[0]), s.bold, 9)
            p.text(xs[5] + 3, y, f"{totals[1]:,.1f}", s.bold, 9)
            p.text(xs[6] + 3, y, f"{totals[2]:.2f}", s.bold, 9)
            p.text(m, h - m - 6, "Master / driver: ______________________", s.font, 9)
            p.text(w / 2, h - m - 6, "Checked by: ______________________", s.font, 9)
    return pages


def tpl_official_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A court or council notice: centred crest and authority, a case reference on every page,
    often a second page of notes for guidance in two columns."""
    s = who.style
    hs = house(who, "gov")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    ref = (
        f"{rng.choice(['Case no.', 'Ref.', 'PCN', 'Application'])} "
        f"{rng.choice('ABEKQ')}{rng.randint(10, 99)}/{rng.randint(10000, 99999)}"
    )
    title = rng.choice(
        [
            "NOTICE OF HEARING",
            "SUMMONS",
            "PENALTY CHARGE NOTICE",
            "NOTICE OF PLANNING APPLICATION",
            "JURY SUMMONS",
            "FINAL NOTICE BEFORE ENFORCEMENT",
        ]
    )
    p = Page(s.page_size)
    p.rect(w / 2 - 18, m - 16, 36, 36)
    p.rect(w / 2 - 13, m - 11, 26, 26)
    p.text(w / 2, m + 40, hs.name.upper(), s.bold, s.size + 3, "center")
    p.text(w / 2, m + 54, f"{who.street}, {who.city}", s.font, 8, "center")
    p.text(w - m, m + 74, ref, s.font, s.size - 1, "right")
    y = m + 96
    addressee = person(rng)
    for line in [addressee, *address(rng)]:
        p.text(m, y, line, s.font, s.size)
        y += s.size * 1.35
    y += 10
    p.text(m, y, f"Date of issue: {fresh_date(rng, hs.date_style)}", s.font, s.size)
    y += 34
    p.text(w / 2, y, title, s.bold, s.size + 6, "center")
    y += 30
    flow = Flow(s.page_size, h - m - 20, lambda pg, i: m + 14)
    flow.pages, flow.page, flow.y = [p], p, y
    flow.para(m, tw, "TAKE NOTICE that " + prose(rng, "court", (1, 2)).lower(), s.font, s.size)
    facts = [
        ("Date", fresh_date(rng, hs.date_style)),
        ("Time", f"{rng.choice([9, 10, 11, 14])}:{rng.choice(['00', '30'])}"),
        (
            "Place",
            rng.choice(["Court Room 3", "Council Chamber", "Main Hall, Civic Centre", "Court 1"]),
        ),
    ]
    if rng.random() < 0.6:
        flow.need(60)
        for label, value in facts:
            flow.page.text(m + 20, flow.y, f"{label}:", s.bold, s.size)
            flow.page.text(m + 90, flow.y, value, s.font, s.size)
            flow.y += s.size * 1.6
        flow.y += 8
    for _ in range(rng.randint(1, 4)):
        flow.para(m, tw, prose(rng, "court", (2, 5)), s.font, s.size)
    flow.need(60)
    flow.y += 16
    flow.page.text(
        m,
        flow.y,
        rng.choice(["By order of the Court", "Issued on behalf of the Council", "Signed"]),
        s.font,
        s.size,
    )
    flow.page.text(
        m,
        flow.y + 36,
        f"{person(rng)}, "
        + rng.choice(
            ["Clerk to the Justices", "Proper Officer", "Enforcement Manager", "Registrar"]
        ),
        s.font,
        s.size,
    )
    flow.y += 50
    if rng.random() < 0.55:
        q = Page(s.page_size)
        flow.pages.append(q)
        q.text(m, m, "NOTES FOR GUIDANCE", s.bold, s.size + 2)
        q.text(w - m, m, ref, s.font, s.size - 1, "right")
        col_w = (tw - 20) / 2
        x, y = m, m + 26
        for _ in range(rng.randint(4, 12)):
            head_line = sentence(rng, words("court"), 3)[:-1]
            body = wrap(prose(rng, "court", (2, 4)), s.font, 8, col_w)
            if y + 12 + len(body) * 10 > h - m - 20:
                if x > m:
                    break
                x, y = m + col_w + 20, m + 26
            q.text(x, y, head_line, s.bold, 8)
            y += 12
            for line in body:
                q.text(x, y, line, s.font, 8)
                y += 10
            y += 8
    paginate(flow.pages, s, hs)
    return flow.pages


def tpl_newsletter(rng: random.Random, who: Issuer) -> list[Page]:
    """A two-column club newsletter; later pages carry a small running header only."""
    s = who.style
    hs = house(who, "club")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    gap = 18
    col_w = (tw - gap) / 2
    name = rng.choice(["News & Views", "The Grapevine", "Courier", "Update", "Noticeboard"])
    season = rng.choice(["Spring", "Summer", "Autumn", "Winter"])
    year = rng.randint(2018, 2025)
    issue = f"Issue {rng.randint(3, 140)} · {season} {year}"
    p = Page(s.page_size)
    p.text(m, m + 14, name, s.bold, 30)
    p.text(w - m, m + 14, issue, s.font, s.size, "right")
    p.text(m, m + 32, f"The newsletter of {hs.name}", s.font, s.size)
    p.rect(m, m + 40, tw, 4, fill=0.0)
    pages = [p]
    top = m + 64
    col, y = 0, top
    page = p
    n_articles = rng.randint(3, 9)
    for _ in range(n_articles):
        headline = sentence(rng, words("club"), rng.randint(3, 6))[:-1]
        hl = wrap(headline, s.bold, s.size + 3, col_w)
        body: list[str] = []
        for _ in range(rng.randint(2, 5)):
            body += [*wrap(prose(rng, "club", (2, 4)), s.font, s.size - 1, col_w), ""]
        lines = [(x, s.bold, s.size + 3, s.size + 6) for x in hl] + [
            (x, s.font, s.size - 1, (s.size - 1) * 1.35) for x in body
        ]
        y += 6
        for k, (text, font, size, lead) in enumerate(lines):
            if y + lead > h - m - 10 or (k == 0 and y + 60 > h - m - 10):
                if col == 0:
                    col, y = 1, top if page is p else m + 20
                else:
                    page = Page(s.page_size)
                    pages.append(page)
                    page.text(m, m - 10, f"{name} · {issue}", s.font, 8)
                    page.line(m, m - 4, w - m, m - 4)
                    top_next = m + 20
                    col, y = 0, top_next
            if text:
                page.text(m + col * (col_w + gap), y, text, font, size)
            y += lead
        y += 8
    if rng.random() < 0.6 and y < h - m - 120:
        x = m + col * (col_w + gap)
        page.rect(x, y, col_w, 100)
        page.text(x + 8, y + 16, "Dates for your diary", s.bold, s.size)
        start = date(year, rng.randint(1, 8), 1)
        events = ["Plant sale", "Quiz night", "AGM", "Litter pick", "Coffee morning", "Book swap"]
        for k, event in enumerate(rng.sample(events, 4)):
            start += timedelta(days=rng.randint(7, 30))
            line = f"{fmt_date(start, 'abbr')}  {event}"
            page.text(
                x + 8,
                y + 34 + k * 15,
                fit(line, s.font, s.size - 1, col_w - 16),
                s.font,
                s.size - 1,
            )
    if len(pages) > 1:
        paginate(pages, s, hs, top_taken=True)
    return pages


def tpl_cv(rng: random.Random, who: Issuer) -> list[Page]:
    """A CV: the person's name is the heading, no letterhead; sections with rules."""
    s = who.style
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    name = person(rng)
    r = random.Random(zlib.crc32(f"cv|{who.name}|{who.street}".encode()))
    centred = r.random() < 0.5

    def start(page: Page, i: int) -> float:
        if i == 1:
            if centred:
                page.text(w / 2, m + 10, name, s.bold, 22, "center")
                page.text(
                    w / 2,
                    m + 28,
                    f"{', '.join(address(rng))} · 07{rng.randint(100, 999)} "
                    f"{rng.randint(100000, 999999)} · {name.split()[0].lower()}@mail.example",
                    s.font,
                    8,
                    "center",
                )
            else:
                page.text(m, m + 10, name, s.bold, 22)
                page.text(m, m + 28, ", ".join(address(rng)), s.font, 9)
                page.text(
                    m,
                    m + 40,
                    f"{name.split()[0].lower()}.{name.split()[-1].lower()}@mail.example",
                    s.font,
                    9,
                )
            return m + 66
        if r.random() < 0.6:
            page.text(w - m, m - 14, f"{name} - CV", s.font, 8, "right")
        return m + 6

    flow = Flow(s.page_size, h - m - 20, start)

    def section(title: str) -> None:
        flow.need(50)
        flow.y += 6
        flow.page.text(m, flow.y, title.upper() if centred else title, s.bold, s.size + 2)
        flow.page.line(m, flow.y + 5, w - m, flow.y + 5)
        flow.y += 22

    section("Profile")
    flow.para(m, tw, prose(rng, "cv", (2, 4)), s.font, s.size)
    section("Experience")
    year = rng.randint(2019, 2025)
    for _ in range(rng.randint(2, 6)):
        start_y = year - rng.randint(1, 5)
        flow.need(60)
        role = rng.choice(
            [
                "Operations Manager",
                "Senior Analyst",
                "Project Coordinator",
                "Team Leader",
                "Office Manager",
                "Account Executive",
                "Site Engineer",
            ]
        )
        emp = rng.choice(HOUSES["employer"] + HOUSES["wholesale"] + HOUSES["carrier"])
        flow.page.text(m, flow.y, f"{role}, {emp}", s.bold, s.size)
        flow.page.text(
            w - m,
            flow.y,
            f"{start_y} - {year if year < 2025 else 'present'}",
            s.font,
            s.size - 1,
            "right",
        )
        flow.y += s.size * 1.6
        for _ in range(rng.randint(2, 5)):
            lines = wrap(
                sentence(rng, words("cv"), rng.randint(8, 18)), s.font, s.size - 1, tw - 16
            )
            flow.need(len(lines) * 12)
            flow.page.text(m + 4, flow.y, "•", s.font, s.size - 1)
            flow.lines(m + 16, lines, s.font, s.size - 1)
        flow.y += 8
        year = start_y
    section("Education")
    for _ in range(rng.randint(1, 3)):
        flow.need(30)
        flow.page.text(
            m,
            flow.y,
            rng.choice(
                [
                    "BSc Business Management",
                    "BA History",
                    "HND Engineering",
                    "MSc Logistics",
                    "A levels: Maths, Economics, French",
                ]
            ),
            s.bold,
            s.size,
        )
        flow.page.text(w - m, flow.y, str(year - rng.randint(1, 4)), s.font, s.size - 1, "right")
        flow.y += s.size * 1.4
        flow.page.text(
            m,
            flow.y,
            rng.choice(
                [
                    "University of Eastbridge",
                    "Hallam College",
                    "Open University",
                    "Wexley Sixth Form",
                ]
            ),
            s.font,
            s.size - 1,
        )
        flow.y += s.size * 1.8
    section("Skills")
    flow.para(
        m,
        tw,
        ", ".join(
            rng.sample(
                [
                    "Excel",
                    "SAP",
                    "Project planning",
                    "Budgeting",
                    "Customer service",
                    "Forklift licence",
                    "Python",
                    "Negotiation",
                    "First aid",
                    "German (fluent)",
                    "Spanish (basic)",
                    "Driving licence",
                ],
                6,
            )
        ),
        s.font,
        s.size,
    )
    if rng.random() < 0.6:
        section("References")
        flow.para(m, tw, "Available on request.", s.font, s.size)
    if r.random() < 0.5:
        add_numbers(flow.pages, dataclasses.replace(s, numbering="page", number_pos="bottom"))
    return flow.pages


EXPENSES = [
    ("Train fare", "Travel"),
    ("Taxi", "Travel"),
    ("Client lunch", "Entertainment"),
    ("Hotel 1 night", "Accommodation"),
    ("Mileage 84 miles", "Mileage"),
    ("Car park", "Parking"),
    ("Conference fee", "Training"),
    ("Flight", "Travel"),
    ("Evening meal", "Subsistence"),
    ("Printer cartridges", "Stationery"),
]


def tpl_expense_claim(rng: random.Random, who: Issuer) -> list[Page]:
    month = rng.randint(0, 11)
    s = who.style
    hs = house(who, "employer")
    w, h = s.page_size
    m = s.margin
    tw = w - 2 * m
    p = Page(s.page_size)
    y = head(p, s, hs, who, rng.choice(["small", "logo", "band"]))
    p.text(
        m,
        y + 4,
        rng.choice(["Expense Claim Form", "Travel & Expenses Claim", "EXPENSES CLAIM"]),
        s.bold,
        s.size + 5,
    )
    y += 34
    for k, (label, value) in enumerate(
        [
            ("Name", person(rng)),
            ("Department", rng.choice(["Sales", "Engineering", "Finance", "Operations", "HR"])),
            ("Cost centre", f"{rng.randint(100, 999)}-{rng.randint(10, 99)}"),
            ("Claim period", f"{MONTHS[month]} {rng.randint(2018, 2025)}"),
        ]
    ):
        x = m + (k % 2) * tw / 2
        p.text(x, y + (k // 2) * 18, f"{label}:", s.font, s.size)
        lw = width("Claim period: ", s.font, s.size) + 4
        yy = y + (k // 2) * 18
        p.text(x + lw, yy, fit(value, s.font, s.size, tw / 2 - lw - 14), s.font, s.size)
        p.line(x + lw - 2, yy + 3, x + tw / 2 - 10, yy + 3)
    y += 52
    cols = [
        (m + 4, "left"),
        (m + 70, "left"),
        (w - m - 190, "left"),
        (w - m - 110, "left"),
        (w - m - 4, "right"),
    ]
    p.rect(m, y - 12, tw, 18, fill=0.88)
    table_row(
        p, y + 1, cols, ["Date", "Description", "Category", "Receipt", "Amount"], s.bold, s.size - 1
    )
    y += 6
    total = 0.0
    n = rng.randint(3, 14)
    for k in range(n):
        amt = rng.uniform(3, 420)
        total += amt
        what, cat = rng.choice(EXPENSES)
        place = rng.choice(["Eastbridge", "Hallam", "Wexley", "Lindenau", "site visit", "training"])
        desc = fit(f"{what} - {place}", s.font, s.size - 1, w - m - 190 - (m + 70) - 8)
        spent = f"{rng.randint(1, 28):02d}/{month + 1:02d}"
        p.rect(m, y, tw, 18)
        table_row(
            p,
            y + 13,
            cols,
            [spent, desc, cat, f"R{k + 1}", money(amt)],
            s.font,
            s.size - 1,
        )
        y += 18
    y += 20
    advance = rng.choice([0, 0, 50, 100, 200])
    for label, value, font in [
        ("Total claimed", total, s.bold),
        ("Less advance", -advance, s.font),
        ("Amount due to claimant", total - advance, s.bold),
    ]:
        p.text(w - m - 100, y, label, font, s.size, "right")
        p.text(w - m, y, money(value), font, s.size, "right")
        y += 16
    y += 16
    for line in wrap(
        "I certify that the above expenses were wholly, exclusively and necessarily incurred "
        "on company business and that receipts are attached.",
        s.font,
        s.size - 1,
        tw,
    ):
        p.text(m, y, line, s.font, s.size - 1)
        y += s.size * 1.3
    y += 24
    p.text(m, y, "Claimant: ____________________   Date: __________", s.font, s.size - 1)
    y += 24
    p.text(m, y, "Approved: ____________________   Date: __________", s.font, s.size - 1)
    if y + 90 < h - m:
        yb = h - m - 60
        p.rect(m, yb, tw, 50)
        p.text(m + 6, yb + 14, "For finance use only", s.bold, 8)
        p.text(
            m + 6,
            yb + 36,
            "Checked: ______    Posted: ______    Paid: ______    Batch no. ______",
            s.font,
            8,
        )
    return [p]


TEMPLATES_C: dict[str, Template] = {
    "utility_bill": tpl_utility_bill,
    "loan_letter": tpl_loan_letter,
    "policy_schedule": tpl_policy_schedule,
    "lab_report": tpl_lab_report,
    "delivery_note": tpl_delivery_note,
    "credit_note": tpl_credit_note,
    "report_card": tpl_report_card,
    "rental_agreement": tpl_rental_agreement,
    "agenda": tpl_agenda,
    "timesheet": tpl_timesheet,
    "quotation": tpl_quotation,
    "warranty_card": tpl_warranty_card,
    "manifest": tpl_manifest,
    "official_notice": tpl_official_notice,
    "newsletter": tpl_newsletter,
    "cv": tpl_cv,
    "expense_claim": tpl_expense_claim,
}


# ---------------------------------------------------------------------------------------------
# Generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_fresh_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` over templates C, without runs."""
    return make_stream(rng, TEMPLATES_C, n_docs, separators=separators)


generate = part_generate(PART, SEED_OFFSET, make_fresh_stream, "templates C")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=8)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

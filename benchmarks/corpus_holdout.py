"""Holdout part of the generated corpus: templates F, used once for the final measurement.

A sixth part, ``holdout``. Its templates were written blind, without looking at the boundary
detector, its documentation, its tuning or its evaluation, as documents offices really file
in one scanned batch: council tax bills, student loan statements, car lease agreements,
employee handbook excerpts, pay rise letters, sick notes, vaccination records, visa
appointment confirmations, library overdue notices, bank account opening forms, share
certificates, dividend vouchers, audit management letters, software licence invoices,
returns authorisations, packing lists, letters of credit, freight invoices, tender
submissions with a price schedule, press releases, house inspection reports and solicitors'
engagement letters. Some senders write in German or French.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: dividend vouchers, library notices,
returns authorisations, packing lists, freight invoices and sick notes often come 2-3 in a
row from one sender. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "holdout"`` and seeds offset by
500_000.

Usage: ``python benchmarks/corpus_holdout.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/holdout/holdout_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
    Flow,
    address,
    bar_width,
    date_text,
    fit,
    money,
    number_pages,
    part_generate,
    part_main,
    shrink,
    text_block,
    tr,
    tw,
    wrap,
)
from corpus_kit import babble as kit_babble
from corpus_kit import box as tick
from corpus_kit import columns as cols
from corpus_kit import currency as ccy
from corpus_kit import italic as oblique
from corpus_kit import pairs as kv
from corpus_kit import someone as kit_someone
from corpus_kit import table as grid

PART = "holdout"
SEED_OFFSET = 500_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

SENDERS: dict[str, list[tuple[str, str]]] = {
    "council": [
        ("Marrowby Borough Council", "en"),
        ("Hollinsford District Council", "en"),
        ("Stadt Wendelstein - Steueramt", "de"),
    ],
    "loans": [
        ("Graduate Finance Agency", "en"),
        ("Student Repayment Office", "en"),
    ],
    "lessor": [
        ("Castlegate Vehicle Leasing Ltd", "en"),
        ("Ridgeway Fleet Solutions", "en"),
        ("Autoleasing Wendelstein GmbH", "de"),
    ],
    "employer": [
        ("Pemberton Logistics Ltd", "en"),
        ("Harrowgate Foods plc", "en"),
        ("Saltmarsh Engineering Ltd", "en"),
        ("Kranich Maschinenbau GmbH", "de"),
        ("Ateliers Bellerive SAS", "fr"),
    ],
    "clinic": [
        ("Marrowby Health Centre", "en"),
        ("Orchard Lane Surgery", "en"),
        ("Hausarztpraxis Dr. Petra Lindqvist", "de"),
        ("Cabinet medical du Parc", "fr"),
    ],
    "consulate": [
        ("Visa Application Centre Marrowby", "en"),
        ("Passport Office - Hollinsford", "en"),
        ("Buergeramt Wendelstein", "de"),
    ],
    "library": [
        ("Marrowby Central Library", "en"),
        ("Hollinsford Libraries", "en"),
        ("Stadtbuecherei Wendelstein", "de"),
        ("Mediatheque de Bellerive", "fr"),
    ],
    "bank": [
        ("Aldersgate Savings Bank", "en"),
        ("Northcote Building Society", "en"),
        ("Volksbank Wendelstein eG", "de"),
        ("Credit Mutuel de Bellerive", "fr"),
    ],
    "registrar": [
        ("Fenwick Registrars Ltd", "en"),
        ("Carrick Share Registry", "en"),
    ],
    "issuerco": [
        ("Brackenridge Mining plc", "en"),
        ("Ollerton Water Holdings plc", "en"),
        ("Selwyn & Moor Retail plc", "en"),
    ],
    "auditor": [
        ("Hartley Quinn LLP Chartered Accountants", "en"),
        ("Mossop Bell Audit LLP", "en"),
        ("Rothmann & Partner Wirtschaftspruefer", "de"),
    ],
    "software": [
        ("Cobalt Ledger Software Ltd", "en"),
        ("Nimbus Workflow Inc.", "en"),
        ("Datenwerk Systeme GmbH", "de"),
    ],
    "retailer": [
        ("Fairlie Home Electricals", "en"),
        ("Trailhead Sports Direct", "en"),
        ("Versandhaus Kranich", "de"),
        ("La Boutique Bellerive", "fr"),
    ],
    "exporter": [
        ("Ashdown Precision Components", "en"),
        ("Tyneside Textile Exports", "en"),
        ("Kranich Armaturen GmbH", "de"),
        ("Verreries de Bellerive SA", "fr"),
    ],
    "lcbank": [
        ("Aldersgate Bank - Trade Finance", "en"),
        ("Hanseatische Handelsbank AG - Akkreditive", "de"),
    ],
    "forwarder": [
        ("Redmarsh Freight Forwarding", "en"),
        ("Eastgate Air & Sea Cargo", "en"),
        ("Spedition Wendelstein GmbH", "de"),
        ("Transports Bellerive SARL", "fr"),
    ],
    "contractor": [
        ("Calloway Civil Engineering Ltd", "en"),
        ("Brookfield Facilities Services", "en"),
        ("Bauunternehmung Kranich GmbH", "de"),
    ],
    "surveyor": [
        ("Pennine Building Surveyors", "en"),
        ("Hallam & Dyer RICS Surveyors", "en"),
    ],
    "solicitor": [
        ("Ainsworth Pryce Solicitors", "en"),
        ("Whitlock & Naylor LLP", "en"),
        ("Kanzlei Dr. Vogt & Sommer", "de"),
    ],
}
TOWNS = {
    "en": ["Marrowby MB3 7QE", "Hollinsford HF9 2LX", "Brackley Cross BX4 8NN", "Ollerton OL2 5RA"],
    "de": ["91126 Wendelstein", "91126 Wendelstein-Nord", "90402 Nuernberg"],
    "fr": ["74200 Bellerive", "74210 Saint-Ferreol"],
}
ROADS = {
    "en": ["Chandler's Yard", "Beacon Hill", "Rowan Close", "Station Approach", "Quarry Lane"],
    "de": ["Schwabacher Strasse", "Am Kranichweiher", "Lohgasse", "Rosenstrasse"],
    "fr": ["rue du Lac", "boulevard Carnot", "impasse des Saules", "quai Voltaire"],
}
NAMES = [
    "Rosalind Achterberg",
    "Kwame Mensah-Boateng",
    "Fiona MacAskill",
    "Benedikt Strohmaier",
    "Amelie Garnier",
    "Tomasz Wieczorek",
    "Harriet Pellow",
    "Yusuf Demirel",
    "Eleanor Brightwell",
    "Raphael Lemoine",
    "Siobhan Keane",
    "Matthias Oberholzer",
    "Chidi Nwosu",
    "Agnieszka Baran",
    "Oliver Thistlethwaite",
    "Mei Lin Cartwright",
]
WORDS = {
    "lease": "vehicle lessee lessor rental mileage maintenance insurance return condition "
    "damage termination payment agreement wear excess charges period",
    "hr": "employee manager leave holiday conduct policy training overtime absence "
    "grievance probation salary workplace safety colleagues review",
    "audit": "controls reconciliation ledger management accounts review segregation "
    "duties approval recommendation risk year-end assets procedures",
    "survey": "roof gutter damp timber chimney wall render plaster window drainage "
    "condition defect repair inspection structure moisture",
    "legal": "client matter fees instructions advice retainer conflict costs estimate "
    "disbursements complaint engagement conveyancing terms",
    "press": "company announced growth customers launch market partnership year "
    "service investment results employees region expansion",
    "tender": "contract works programme specification compliance pricing delivery "
    "method statement quality resources site experience subcontractors",
    "bank": "account applicant identification address signature deposit savings "
    "interest statement declaration information tax residency",
}


def babble(rng: random.Random, topic: str, n: int | None = None) -> str:
    return kit_babble(rng, WORDS[topic], n, 9, 19)


def prose(rng: random.Random, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(babble(rng, topic) for _ in range(rng.randint(lo, hi)))


def a_day(rng: random.Random) -> date:
    return date(rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28))


def who_(rng: random.Random) -> str:
    return rng.choice(NAMES)


# ---------------------------------------------------------------------------------------------
# Measuring and layout
# ---------------------------------------------------------------------------------------------


@dataclass
class Sender:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    web: str
    head: str  # none | big | right | centre | box | strip
    numbers: str
    num_pos: str  # bc | br | tr | bl
    dates: str  # short | long | iso | us


NUMBERINGS = {
    "en": ["none", "none", "Page {i} of {n}", "{i}/{n}", "- {i} -", "p. {i}", "{i}", "2:{i}"],
    "de": ["none", "Seite {i} von {n}", "- {i} -", "{i}/{n}", "2:Seite {i}", "{i}"],
    "fr": ["none", "Page {i} sur {n}", "{i}/{n}", "- {i} -", "p. {i}"],
}


def sender(who: Issuer, sector: str, heads: list[str] | None = None) -> Sender:
    key = f"holdout/{sector}/{who.name}/{who.street}/{who.city}"
    r = random.Random(zlib.crc32(key.encode()))
    nm, lang = r.choice(SENDERS[sector])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 140)
    phone = {
        "en": f"0{r.randint(1100, 1999)} {r.randint(100000, 999999)}",
        "de": f"09129 {r.randint(1000, 9999)}-{r.randint(0, 99)}",
        "fr": f"04 50 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    slug = "".join(c for c in nm.lower().split()[0] if c.isalnum())
    return Sender(
        name=nm,
        lang=lang,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(TOWNS[lang]),
        phone=phone,
        web=f"www.{slug}.example.org",
        head=r.choice(heads or ["none", "big", "big", "right", "centre", "box", "strip"]),
        numbers=r.choice(NUMBERINGS[lang]),
        num_pos=r.choice(["bc", "bc", "br", "tr", "bl"]),
        dates=r.choice(["short", "long", "iso", "us"]) if lang == "en" else r.choice(["s", "long"]),
    )


def dstr(snd: Sender, d: date) -> str:
    return date_text(d, snd.lang, snd.dates)


def head(page: Page, s: Style, snd: Sender, kind: str | None = None) -> float:
    """Letterhead; returns the first free y below it."""
    w, _ = page.size
    m = s.margin
    kind = kind or snd.head
    addr = f"{snd.street}, {snd.town}"
    if kind == "none":
        return m
    if kind == "big":
        size = shrink(snd.name, s.bold, s.size + 9, w - 2 * m)
        page.text(m, m + 6, snd.name, s.bold, size)
        page.text(m, m + 22, fit(addr, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
        line = f"Tel. {snd.phone}  ·  {snd.web}"
        page.text(m, m + 34, fit(line, s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
        page.line(m, m + 42, w - m, m + 42)
        return m + 62
    if kind == "right":
        size = shrink(snd.name, s.bold, s.size + 2, w / 2 - m)
        page.text(w - m, m, snd.name, s.bold, size, "right")
        for k, t in enumerate([snd.street, snd.town, snd.phone]):
            page.text(w - m, m + 13 + 11 * k, t, s.font, s.size - 2, "right")
        return m + 56
    if kind == "centre":
        size = shrink(snd.name.upper(), s.bold, s.size + 5, w - 2 * m)
        page.text(w / 2, m + 2, snd.name.upper(), s.bold, size, "center")
        page.text(w / 2, m + 16, fit(addr, s.font, 8, w - 2 * m), s.font, 8, "center")
        page.line(m, m + 22, w - m, m + 22)
        page.line(m, m + 24, w - m, m + 24)
        return m + 44
    if kind == "box":
        page.rect(m, m - 14, 38, 38, fill=0.3)
        page.rect(m + 7, m - 7, 24, 24, fill=0.9)
        ini = "".join(p[0] for p in snd.name.split() if p[:1].isupper())[:2]
        page.text(m + 19, m + 10, ini, "Helvetica-Bold", 12, "center")
        size = shrink(snd.name, s.bold, s.size + 5, w - 2 * m - 50)
        page.text(m + 48, m + 2, snd.name, s.bold, size)
        page.text(m + 48, m + 16, fit(addr, s.font, 8, w - 2 * m - 50), s.font, 8)
        return m + 50
    # strip: small grey band across the top with the name
    page.rect(m, m - 16, w - 2 * m, 18, fill=0.85)
    page.text(m + 6, m - 3, fit(snd.name, s.bold, 9, w / 2), s.bold, 9)
    page.text(w - m - 6, m - 3, fit(snd.phone, s.font, 8, w / 3), s.font, 8, "right")
    return m + 24


def later_head(page: Page, s: Style, left: str, right: str = "") -> float:
    w, _ = page.size
    m = s.margin
    rw = tw(right, s.font, 8) + 12 if right else 0
    page.text(m, m - 8, fit(left, oblique(s.font), 8, w - 2 * m - rw), oblique(s.font), 8)
    if right:
        page.text(w - m, m - 8, right, s.font, 8, "right")
    page.line(m, m - 4, w - m, m - 4)
    return m + 14


def number(pages: list[Page], s: Style, snd: Sender, skip: int = 0, fmt_: str = "") -> None:
    number_pages(pages, s, fmt_ or snd.numbers, snd.num_pos, skip, top=20, bottom=18)


def someone(rng: random.Random, lang: str) -> list[str]:
    return kit_someone(rng, lang, who_, ROADS, TOWNS, 90)


def sign(page: Page, s: Style, x: float, y: float, name: str, role: str = "") -> float:
    parts = name.split()
    page.text(x + 4, y + 20, f"{parts[0][0]}. {parts[-1]}", "Times-Italic", 14)
    page.line(x, y + 26, x + 140, y + 26)
    page.text(x, y + 38, name, s.font, s.size - 1)
    if role:
        page.text(x, y + 49, role, s.font, s.size - 2)
    return y + 60


def simple_flow(s: Style, snd: Sender, running: str = "", first_head: bool = True) -> Flow:
    _w, h = s.page_size

    def start(page: Page, n: int) -> float:
        if n == 1:
            return head(page, s, snd) if first_head else s.margin
        if running:
            return later_head(page, s, running, snd.name if len(running) < 40 else "")
        return s.margin

    return Flow(s.page_size, h - s.margin - 12, start)


# ---------------------------------------------------------------------------------------------
# Templates F
# ---------------------------------------------------------------------------------------------


def tpl_council_tax(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "council")
    lg = snd.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = head(p, s, snd)
    day = a_day(rng)
    y = address(p, s, snd, y + 10, someone(rng, lg))
    ref = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    kv(
        p,
        s,
        w / 2 + 20,
        y - 50,
        [
            (tr(lg, "Account no.", "Kassenzeichen"), ref),
            (tr(lg, "Date", "Datum"), dstr(snd, day)),
            (tr(lg, "Band", "Hebesatz"), rng.choice("ABCDEFG") if lg == "en" else "480 %"),
        ],
        w - m,
    )
    y += 20
    title = tr(
        lg,
        f"Council Tax Bill {day.year}/{str(day.year + 1)[2:]}",
        f"Grundsteuerbescheid {day.year}",
    )
    p.text(m, y, title, s.bold, s.size + 4)
    y += 24
    charge = rng.uniform(1100, 2900)
    disc = charge * 0.25 if rng.random() < 0.3 else 0.0
    items = [(tr(lg, "Annual charge", "Jahresbetrag"), money(charge, lg))]
    if disc:
        items.append((tr(lg, "Single person discount 25%", "Ermaessigung"), "-" + money(disc, lg)))
    items.append((tr(lg, "Amount payable", "Zu zahlen"), money(charge - disc, lg)))
    y = kv(p, s, m, y, items, w - m, s.size)
    p.line(w - m - 120, y - s.size * 1.3, w - m, y - s.size * 1.3)
    y += 14
    p.text(m, y, tr(lg, "Instalments", "Faelligkeiten"), s.bold, s.size)
    y += s.size * 1.6
    n = 10 if lg == "en" else 4
    per = (charge - disc) / n
    for k in range(n):
        d = date(day.year + (day.month + k) // 12, (day.month + k) % 12 + 1, 1)
        p.text(m + 10, y, dstr(snd, d), s.font, s.size - 1)
        p.text(m + 200, y, money(per, lg), s.font, s.size - 1, "right")
        y += (s.size - 1) * 1.4
    y += 12
    note = tr(
        lg,
        "If you pay by Direct Debit the instalments will be collected on the first "
        "of each month. Contact us if your circumstances change.",
        "Die Betraege werden zu den genannten Terminen faellig. Gegen diesen Bescheid "
        "kann innerhalb eines Monats Widerspruch erhoben werden.",
    )
    text_block(p, s, m, y, w - 2 * m, note, s.size - 1)
    return [p]


def tpl_loan_statement(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "loans")
    w, _h = s.page_size
    m = s.margin
    yr = rng.randint(2021, 2025)
    f = simple_flow(s, snd, running=f"Annual statement {yr}/{str(yr + 1)[2:]}")
    p = f.page
    f.y = address(p, s, snd, f.y + 6, someone(rng, "en"))
    cust = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    kv(
        p,
        s,
        w / 2 + 30,
        f.y - 50,
        [("Customer ref", cust), ("Statement date", dstr(snd, date(yr + 1, 4, 5)))],
        w - m,
    )
    f.y += 18
    p.text(m, f.y, "Your student loan statement", s.bold, s.size + 4)
    f.y += 22
    opening = rng.uniform(18000, 62000)
    interest = opening * rng.uniform(0.04, 0.075)
    repaid = rng.uniform(0, 2600)
    f.y = kv(
        p,
        s,
        m,
        f.y,
        [
            (f"Balance on 6 April {yr}", money(opening)),
            ("Interest added", money(interest)),
            ("Repayments received through PAYE", "-" + money(repaid)),
            (f"Balance on 5 April {yr + 1}", money(opening + interest - repaid)),
        ],
        m + 330,
        s.size,
    )
    f.y += 14
    rows = []
    bal = opening
    for k in range(12):
        mo = (3 + k) % 12
        pay = repaid / 12 if repaid else 0.0
        it = interest / 12
        bal += it - pay
        rows.append(
            [f"{MONTHS['en'][mo][:3]} {yr + (3 + k) // 12}", f"{it:.2f}", f"{pay:.2f}", money(bal)]
        )
    cs = cols(m, w - m, [(2, "left"), (1.5, "right"), (1.5, "right"), (2, "right")])
    grid(f, cs, ["Month", "Interest", "Repaid", "Balance"], rows, s, shade=0.9)
    f.y += 10
    f.para(
        m,
        w - 2 * m,
        "Interest rates are set each September. Repayments depend on your "
        "income and are collected by your employer. Keep this statement for your records.",
        s.font,
        s.size - 1,
    )
    number(f.pages, s, snd)
    return f.pages


def tpl_car_lease(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "lessor")
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    no = f"{rng.choice(['CL', 'RF', 'AL'])}-{rng.randint(100000, 999999)}"
    title = tr(lg, "Vehicle Lease Agreement", "Leasingvertrag")
    f = simple_flow(s, snd, running=f"{title} {no}")
    p = f.page
    p.text(m, f.y, title, s.bold, s.size + 6)
    p.text(w - m, f.y, no, s.font, s.size, "right")
    f.y += 24
    lessee = who_(rng)
    car = rng.choice(
        [
            "Skoda Octavia Estate 2.0 TDI",
            "Volkswagen ID.3 Pro",
            "Kia Niro EV 4",
            "BMW 320d Touring",
            "Toyota Corolla 1.8 Hybrid",
            "Peugeot 308 SW",
        ]
    )
    months = rng.choice([24, 36, 48])
    rate = rng.uniform(189, 640)
    f.y = kv(
        p,
        s,
        m,
        f.y,
        [
            (tr(lg, "Lessee", "Leasingnehmer"), lessee),
            (tr(lg, "Vehicle", "Fahrzeug"), car),
            (tr(lg, "Term", "Laufzeit"), f"{months} " + tr(lg, "months", "Monate")),
            (
                tr(lg, "Annual mileage", "Jaehrliche Fahrleistung"),
                f"{rng.choice([8, 10, 12, 15])},000 " + tr(lg, "miles", "km"),
            ),
            (tr(lg, "Initial rental", "Sonderzahlung"), f"{ccy(lg)} {money(rate * 3, lg)}"),
            (tr(lg, "Monthly rental", "Monatliche Rate"), f"{ccy(lg)} {money(rate, lg)}"),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    clauses = [
        "Definitions",
        "Term and delivery",
        "Rentals and payment",
        "Use of the vehicle",
        "Maintenance and servicing",
        "Insurance",
        "Loss and damage",
        "Excess mileage",
        "Return condition",
        "Early termination",
        "Default",
        "Data protection",
        "General",
    ]
    if lg == "de":
        clauses = [
            "Begriffe",
            "Laufzeit und Uebergabe",
            "Leasingraten",
            "Nutzung",
            "Wartung",
            "Versicherung",
            "Schaeden",
            "Mehrkilometer",
            "Rueckgabe",
            "Kuendigung",
            "Zahlungsverzug",
            "Datenschutz",
            "Schlussbestimmungen",
        ]
    for k, c in enumerate(clauses[: rng.randint(8, 13)], 1):
        f.heading(m, f"{k}. {c}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            f.para(m + 14, w - 2 * m - 14, f"{k}.{j + 1} " + prose(rng, "lease"), s.font, s.size)
    f.need(150)
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Signed for the lessor", "Fuer den Leasinggeber"), s.font, s.size)
    f.page.text(w / 2 + 10, f.y, tr(lg, "Signed by the lessee", "Leasingnehmer"), s.font, s.size)
    sign(f.page, s, m, f.y + 4, who_(rng), tr(lg, "Contracts Manager", "Vertrieb"))
    sign(f.page, s, w / 2 + 10, f.y + 4, lessee)
    number(f.pages, s, snd, fmt_="" if snd.numbers != "none" else "Page {i} of {n}")
    return f.pages


def tpl_handbook(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "employer")
    lg = snd.lang
    w, h = s.page_size
    m = s.margin
    title = tr(lg, "Employee Handbook", "Mitarbeiterhandbuch", "Livret d'accueil du salarie")
    ver = f"{tr(lg, 'Version', 'Version', 'Version')} {rng.randint(2, 9)}.{rng.randint(0, 4)}"
    pages: list[Page] = []
    cover = rng.random() < 0.6
    if cover:
        c = Page(s.page_size)
        head(c, s, snd, "centre")
        size = shrink(title, s.bold, 26, w - 2 * m)
        c.text(w / 2, h * 0.4, title, s.bold, size, "center")
        c.text(w / 2, h * 0.4 + 30, ver, s.font, s.size + 2, "center")
        c.rect(w / 2 - 80, h * 0.4 + 50, 160, 2, fill=0.3)
        c.text(
            w / 2,
            h - m - 20,
            tr(
                lg,
                "Internal - do not distribute",
                "Nur fuer den internen Gebrauch",
                "Document interne",
            ),
            oblique(s.font),
            8,
            "center",
        )
        pages.append(c)
    sec = rng.randint(3, 9)
    hb = f"{snd.name} - {title}"

    def start(page: Page, n: int) -> float:
        if n == 1 and not cover:
            y = head(page, s, snd)
            page.text(m, y, title, s.bold, s.size + 6)
            page.text(w - m, y, ver, s.font, s.size - 1, "right")
            return y + 26
        return later_head(page, s, hb, ver)

    f = Flow(s.page_size, h - m - 14, start)
    topics = [
        "Working hours",
        "Holiday and leave",
        "Sickness absence",
        "Expenses",
        "Health and safety",
        "IT and e-mail use",
        "Dress code",
        "Grievance procedure",
        "Disciplinary procedure",
        "Training and development",
        "Parental leave",
    ]
    if lg == "de":
        topics = [
            "Arbeitszeit",
            "Urlaub",
            "Krankmeldung",
            "Reisekosten",
            "Arbeitsschutz",
            "IT-Nutzung",
            "Beschwerden",
            "Weiterbildung",
            "Elternzeit",
            "Datenschutz",
        ]
    if lg == "fr":
        topics = [
            "Horaires",
            "Conges payes",
            "Absences",
            "Frais",
            "Securite",
            "Informatique",
            "Formation",
            "Reglement interieur",
            "Teletravail",
        ]
    rng.shuffle(topics)
    for k, t in enumerate(topics[: rng.randint(4, len(topics))], sec):
        f.heading(m, f"{k}  {t}", s.bold, s.size + 2)
        for j in range(rng.randint(2, 4)):
            f.para(m, w - 2 * m, f"{k}.{j + 1}  " + prose(rng, "hr", 2, 5), s.font, s.size)
    pages.extend(f.pages)
    number(pages, s, snd, skip=1 if cover else 0)
    return pages


def tpl_pay_rise(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "employer")
    lg = snd.lang
    p = Page(s.page_size)
    w, _h = s.page_size
    m = s.margin
    y = head(p, s, snd)
    emp = someone(rng, lg)
    y = address(
        p,
        s,
        snd,
        y + 8,
        [
            tr(
                lg,
                "Private and confidential",
                "Persoenlich/Vertraulich",
                "Personnel et confidentiel",
            ),
            *emp,
        ],
    )
    day = a_day(rng)
    p.text(w - m, y + 10, dstr(snd, day), s.font, s.size, "right")
    y += 36
    first = emp[0].split()[0]
    old = rng.randint(24, 68) * 1000
    pct = rng.choice([2.5, 3, 3.5, 4, 5, 6])
    new = old * (1 + pct / 100)
    subj = tr(lg, "Salary review", "Gehaltsanpassung", "Revision de votre remuneration")
    p.text(m, y, subj, s.bold, s.size + 1)
    y += 22
    p.text(
        m, y, tr(lg, f"Dear {first},", f"Liebe/r {emp[0]},", f"Bonjour {first},"), s.font, s.size
    )
    y += 20
    eff = date(day.year + (1 if day.month > 9 else 0), (day.month + 2) % 12 + 1, 1)
    body = tr(
        lg,
        f"Following your annual review I am pleased to confirm that your basic salary "
        f"will increase by {pct}% from {money(old)} to {money(new)} per annum, effective "
        f"from {dstr(snd, eff)}. All other terms of your employment remain unchanged.",
        f"im Rahmen der jaehrlichen Gehaltsrunde erhoeht sich Ihr Bruttojahresgehalt ab dem "
        f"{dstr(snd, eff)} um {pct} % von {money(old, lg)} EUR auf {money(new, lg)} EUR. "
        "Alle uebrigen Bestimmungen Ihres Arbeitsvertrages bleiben unveraendert.",
        f"suite a votre entretien annuel, nous avons le plaisir de vous informer que votre "
        f"salaire annuel brut passera de {money(old, lg)} EUR a {money(new, lg)} EUR a "
        f"compter du {dstr(snd, eff)}.",
    )
    y = text_block(p, s, m, y, w - 2 * m, body)
    if rng.random() < 0.6:
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Thank you for your hard work and contribution over the past year.",
                "Vielen Dank fuer Ihren Einsatz.",
                "Nous vous remercions pour votre engagement.",
            ),
        )
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Yours sincerely,", "Mit freundlichen Gruessen", "Cordialement,"),
        s.font,
        s.size,
    )
    sign(p, s, m, y + 6, who_(rng), tr(lg, "Head of People", "Personalleitung", "DRH"))
    return [p]


def tpl_sick_note(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "clinic", ["none", "right", "strip"])
    lg = snd.lang
    size = A5 if rng.random() < 0.6 else s.page_size
    p = Page(size)
    w, _h = size
    m = 36 if size == A5 else s.margin
    fs = min(s.size, 9)
    ss = Style(s.font, s.bold, fs, m, s.numbering, s.number_pos, size, s.date_style)
    y = head(p, ss, snd)
    title = tr(
        lg,
        "Statement of Fitness for Work",
        "Arbeitsunfaehigkeitsbescheinigung",
        "Avis d'arret de travail",
    )
    p.text(m, y + 6, fit(title, s.bold, fs + 4, w - 2 * m), s.bold, fs + 4)
    y += 30
    pat = who_(rng)
    day = a_day(rng)
    until = day + timedelta(days=rng.randint(3, 28))
    y = kv(
        p,
        ss,
        m,
        y,
        [
            (tr(lg, "Patient", "Versicherte/r", "Patient"), pat),
            (
                tr(lg, "Date of birth", "Geboren am", "Ne(e) le"),
                dstr(snd, date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))),
            ),
            (tr(lg, "Assessed on", "Festgestellt am", "Examine le"), dstr(snd, day)),
            (
                tr(lg, "Condition", "Diagnose (ICD-10)", "Motif"),
                rng.choice(["J06.9", "M54.5", "A09.9", "F43.2", "S93.4"])
                if lg == "de"
                else rng.choice(
                    ["Lower back pain", "Viral infection", "Sprained ankle", "Gastroenteritis"]
                ),
            ),
        ],
        w - m,
        fs,
    )
    y += 8
    opts = [
        tr(lg, "you are not fit for work", "arbeitsunfaehig", "arret de travail"),
        tr(
            lg,
            "you may be fit for work taking account of the following advice",
            "Folgebescheinigung",
            "prolongation",
        ),
    ]
    pick = rng.randrange(2)
    for k, o in enumerate(opts):
        tick(p, m, y, k == pick)
        p.text(m + 14, y, fit(o, s.font, fs, w - 2 * m - 14), s.font, fs)
        y += fs * 1.7
    y += 4
    y = kv(
        p,
        ss,
        m,
        y,
        [
            (
                tr(lg, "This will be the case until", "Voraussichtlich bis", "Jusqu'au"),
                dstr(snd, until),
            )
        ],
        w - m,
        fs,
    )
    y += 6
    doc = who_(rng)
    sign(p, ss, m, y, f"Dr {doc}" if lg == "en" else f"Dr. {doc}")
    return [p]


def tpl_vaccination(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "clinic")
    lg = snd.lang
    p = Page(s.page_size)
    w, h = s.page_size
    m = s.margin
    y = head(p, s, snd)
    title = tr(lg, "Immunisation Record", "Impfbescheinigung", "Certificat de vaccination")
    p.text(w / 2, y + 8, title, s.bold, s.size + 5, "center")
    y += 34
    y = kv(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Name", "Name", "Nom"), who_(rng)),
            (
                tr(lg, "NHS number", "Versichertennr.", "No de securite sociale"),
                f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            ),
        ],
        m + 300,
    )
    y += 10
    f = Flow(s.page_size, h - m - 12, lambda pg, n: m)
    f.pages = [p]
    f.page = p
    f.y = y
    vacc = [
        "Tetanus/Diphtheria/Polio",
        "MMR",
        "Hepatitis A",
        "Hepatitis B",
        "Influenza",
        "COVID-19 (Comirnaty)",
        "Typhoid",
        "Yellow fever",
        "Pneumococcal",
        "Shingles",
    ]
    rows = []
    for v in rng.sample(vacc, rng.randint(4, 9)):
        d = a_day(rng)
        rows.append(
            [
                dstr(snd, d),
                v,
                f"{rng.choice('ABCDEFGHK')}{rng.randint(1000, 99999)}",
                rng.choice(["L deltoid", "R deltoid", "oral"]),
                who_(rng).split()[-1],
            ]
        )
    rows.sort(key=lambda r: r[0][-4:])
    cs = cols(m, w - m, [(1.4, "left"), (2.6, "left"), (1.3, "left"), (1.2, "left"), (1.5, "left")])
    hd = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Vaccine", "Impfstoff", "Vaccin"),
        tr(lg, "Batch", "Charge", "Lot"),
        tr(lg, "Site", "Stelle", "Site"),
        tr(lg, "Given by", "Arzt", "Par"),
    ]
    grid(f, cs, hd, rows, s, rules=True)
    f.y += 16
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Keep this record safe and bring it to every appointment.",
            "Bitte bewahren Sie diese Bescheinigung sorgfaeltig auf.",
            "Conservez ce document.",
        ),
        oblique(s.font),
        s.size - 1,
    )
    f.page.rect(w - m - 90, f.y + 10, 90, 50)
    f.page.text(
        w - m - 45,
        f.y + 40,
        tr(lg, "Practice stamp", "Praxisstempel", "Cachet"),
        s.font,
        7,
        "center",
    )
    return f.pages


def tpl_appointment(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "consulate")
    lg = snd.lang
    p = Page(s.page_size)
    w, _h = s.page_size
    m = s.margin
    y = head(p, s, snd)
    title = tr(lg, "Appointment Confirmation", "Terminbestaetigung")
    p.text(m, y + 6, title, s.bold, s.size + 6)
    y += 30
    code = f"{rng.choice(['GBR', 'VAC', 'PSP'])}{rng.randint(10000000, 99999999)}"
    day = a_day(rng)
    tm = f"{rng.randint(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}"
    y = kv(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Applicant", "Antragsteller/in"), who_(rng)),
            (
                tr(lg, "Service", "Dienstleistung"),
                rng.choice(["Visa - visitor", "Visa - student", "Passport renewal", "Biometrics"])
                if lg == "en"
                else rng.choice(["Reisepass beantragen", "Personalausweis"]),
            ),
            (tr(lg, "Date", "Datum"), dstr(snd, day)),
            (tr(lg, "Time", "Uhrzeit"), tm),
            (tr(lg, "Booking reference", "Vorgangsnummer"), code),
            (tr(lg, "Counter", "Schalter"), str(rng.randint(1, 12))),
        ],
        m + 320,
        s.size,
    )
    yb = y + 10
    bk = "qr" if rng.random() < 0.5 else "code128"
    p.barcode(bk, code, w - m - bar_width(bk, code), yb)
    y += 10
    p.text(m, y, tr(lg, "Please bring:", "Bitte mitbringen:"), s.bold, s.size)
    y += s.size * 1.6
    bring = [
        tr(lg, "this confirmation (printed)", "diese Bestaetigung"),
        tr(lg, "your current passport", "bisheriges Ausweisdokument"),
        tr(lg, "one recent passport photograph", "ein biometrisches Passfoto"),
        tr(lg, "proof of payment of the fee", "Gebuehr (EC-Karte)"),
    ]
    for b in bring[: rng.randint(2, 4)]:
        p.text(m + 10, y, f"-  {b}", s.font, s.size)
        y += s.size * 1.5
    y = max(y, yb + 200) + 10
    text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Arrive no more than 15 minutes before your appointment. Late arrivals may have "
            "to rebook.",
            "Bitte erscheinen Sie puenktlich. Bei Verhinderung sagen Sie den "
            "Termin bitte online ab.",
        ),
        s.size - 1,
    )
    return [p]


def tpl_library_overdue(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "library", ["none", "right", "centre", "strip"])
    lg = snd.lang
    p = Page(s.page_size)
    w, _h = s.page_size
    m = s.margin
    y = head(p, s, snd)
    y = address(p, s, snd, y + 6, someone(rng, lg))
    day = a_day(rng)
    p.text(w - m, y, dstr(snd, day), s.font, s.size, "right")
    y += 24
    n = rng.choice([1, 2, 2, 3])
    title = tr(
        lg,
        "Overdue items" if n == 1 else "Overdue items - reminder " + str(n),
        f"{n}. Mahnung - Leihfrist ueberschritten",
        f"Rappel no {n} - documents en retard",
    )
    p.text(m, y, title, s.bold, s.size + 3)
    y += 22
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Our records show that the following items "
            "on your card are now overdue. Please return or renew them as soon as "
            "possible.",
            "die folgenden Medien sind ueberfaellig. Bitte geben Sie sie "
            "umgehend zurueck oder verlaengern Sie die Leihfrist.",
            "Les documents suivants auraient du etre rendus. Merci de les rapporter.",
        ),
    )
    books = [
        "The Salt Path",
        "A Field Guide to Mosses",
        "Clockwork Winter",
        "Pasta Grannies",
        "Der Schwarm",
        "Kafka am Strand",
        "L'Etranger",
        "Raising Chickens",
        "Small Island",
        "Bread and Butter Pudding",
        "Die Vermessung der Welt",
        "Le Petit Prince",
    ]
    fee = 0.0
    for b in rng.sample(books, rng.randint(1, 4)):
        due = day - timedelta(days=rng.randint(3, 40))
        pen = rng.choice([0.3, 0.5, 1.0]) * (day - due).days / 7
        fee += pen
        p.text(m + 10, y, fit(b, s.font, s.size, w / 2 - m), s.font, s.size)
        p.text(w / 2 + 20, y, dstr(snd, due), s.font, s.size)
        p.text(w - m, y, money(pen, lg), s.font, s.size, "right")
        y += s.size * 1.5
    p.line(w - m - 90, y - 4, w - m, y - 4)
    p.text(
        m + 10, y + 8, tr(lg, "Charges to date", "Saeumnisgebuehren", "Penalites"), s.bold, s.size
    )
    p.text(w - m, y + 8, money(fee, lg), s.bold, s.size, "right")
    y += 30
    card = f"{rng.randint(20000000, 29999999)}"
    p.text(m, y, tr(lg, "Card number", "Ausweisnummer", "Carte") + f": {card}", s.font, s.size)
    return [p]


def tpl_account_form(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "bank", ["big", "box", "strip"])
    lg = snd.lang
    w, h = s.page_size
    m = s.margin
    title = tr(
        lg,
        "Personal Account Application",
        "Antrag auf Kontoeroeffnung",
        "Demande d'ouverture de compte",
    )
    form_no = f"F{rng.randint(100, 999)}/{rng.randint(1, 12):02d}"

    def start(page: Page, n: int) -> float:
        if n == 1:
            y = head(page, s, snd)
            page.text(m, y, title, s.bold, s.size + 5)
            page.text(w - m, y, form_no, s.font, 7, "right")
            return y + 24
        y = later_head(page, s, title, form_no)
        return y

    f = Flow(s.page_size, h - m - 14, start)
    secs = [
        (
            tr(lg, "1. About you", "1. Angaben zur Person", "1. Vos coordonnees"),
            [
                tr(lg, "Title", "Anrede", "Civilite"),
                tr(lg, "Surname", "Name", "Nom"),
                tr(lg, "First names", "Vorname(n)", "Prenom"),
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                tr(lg, "Nationality", "Staatsangehoerigkeit", "Nationalite"),
                tr(lg, "Home address", "Anschrift", "Adresse"),
                tr(lg, "Postcode", "PLZ/Ort", "CP"),
                tr(lg, "Mobile", "Mobil", "Portable"),
                tr(lg, "E-mail", "E-Mail", "Courriel"),
            ],
        ),
        (
            tr(lg, "2. Employment", "2. Beruf", "2. Situation professionnelle"),
            [
                tr(lg, "Occupation", "Beruf", "Profession"),
                tr(lg, "Employer", "Arbeitgeber", "Employeur"),
                tr(lg, "Annual income", "Jahreseinkommen", "Revenu annuel"),
            ],
        ),
        (
            tr(lg, "3. Tax residency", "3. Steuerliche Ansaessigkeit", "3. Residence fiscale"),
            [
                tr(lg, "Country of tax residence", "Steuerland", "Pays"),
                tr(lg, "Tax identification number", "Steuer-ID", "NIF"),
            ],
        ),
        (tr(lg, "4. Account required", "4. Gewuenschtes Konto", "4. Compte souhaite"), []),
    ]
    vals = someone(rng, lg)
    for title_, fields in secs:
        f.heading(m, title_, s.bold, s.size + 1)
        for k, fl in enumerate(fields):
            f.need(26)
            f.page.text(m, f.y, fl, s.font, s.size - 1)
            f.page.rect(m + 150, f.y - 11, w - 2 * m - 150, 16)
            if rng.random() < 0.7:
                v = vals[k % 3] if k < 3 else rng.choice(["n/a", vals[1], "Engineer", "Teacher"])
                f.page.text(m + 156, f.y, fit(v, "Courier", 9, w - 2 * m - 170), "Courier", 9)
            f.y += 24
        if not fields:
            for o in [
                tr(lg, "Current account", "Girokonto", "Compte courant"),
                tr(lg, "Instant access savings", "Tagesgeld", "Livret"),
                tr(lg, "Fixed rate bond", "Festgeld", "Compte a terme"),
            ]:
                f.need(18)
                tick(f.page, m + 10, f.y, rng.random() < 0.4)
                f.page.text(m + 26, f.y, o, s.font, s.size)
                f.y += 18
        f.y += 8
    f.new_page()
    f.heading(m, tr(lg, "5. Declaration", "5. Erklaerung", "5. Declaration"), s.bold, s.size + 1)
    for _ in range(rng.randint(3, 6)):
        f.para(m, w - 2 * m, prose(rng, "bank", 2, 4), s.font, s.size - 1)
    f.need(90)
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Signature of applicant", "Unterschrift", "Signature"), s.font, s.size - 1
    )
    f.page.rect(m, f.y + 6, 200, 40)
    f.page.text(m + 240, f.y, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    f.page.rect(m + 240, f.y + 6, 100, 20)
    f.y += 60
    f.need(40)
    f.page.rect(m, f.y, w - 2 * m, 30, fill=0.9)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(lg, "For bank use only", "Nur fuer bankinterne Vermerke", "Reserve a la banque"),
        s.bold,
        8,
    )
    number(f.pages, s, snd, fmt_=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    return f.pages


def tpl_share_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "issuerco")
    size = landscape(A4)
    p = Page(size)
    w, h = size
    p.rect(24, 24, w - 48, h - 48)
    p.rect(30, 30, w - 60, h - 60)
    no = rng.randint(1000, 99999)
    p.text(50, 60, f"Certificate No. {no}", s.font, 10)
    shares = rng.choice([100, 250, 500, 1000, 1500, 2000, 5000])
    p.text(w - 50, 60, f"Shares: {shares:,}", s.font, 10, "right")
    nm = snd.name.upper()
    p.text(w / 2, 110, nm, "Times-Bold", shrink(nm, "Times-Bold", 26, w - 120), "center")
    p.text(
        w / 2,
        130,
        f"Incorporated in England and Wales under the Companies Act. Company "
        f"No. {rng.randint(1000000, 9999999)}",
        "Times-Roman",
        9,
        "center",
    )
    p.text(w / 2, 180, "SHARE CERTIFICATE", "Times-Bold", 20, "center")
    holder = who_(rng)
    y = 230
    txt = (
        f"This is to certify that {holder} of {someone(rng, 'en')[2]} is the registered holder "
        f"of {shares:,} Ordinary Shares of {rng.choice(['1p', '5p', '10p', '25p'])} each fully "
        f"paid in the above-named Company, subject to the Articles of Association."
    )
    for ln in wrap(txt, "Times-Roman", 13, w - 200):
        p.text(w / 2, y, ln, "Times-Roman", 13, "center")
        y += 19
    d = a_day(rng)
    p.text(
        100,
        h - 120,
        f"Given under the common seal on {d.day} {MONTHS['en'][d.month - 1]} {d.year}",
        "Times-Italic",
        10,
    )
    sign(
        p,
        Style("Times-Roman", "Times-Bold", 10, 50, "none", "bottom", size, "long"),
        100,
        h - 110,
        who_(rng),
        "Director",
    )
    sign(
        p,
        Style("Times-Roman", "Times-Bold", 10, 50, "none", "bottom", size, "long"),
        w - 280,
        h - 110,
        who_(rng),
        "Company Secretary",
    )
    p.text(
        w / 2,
        h - 40,
        f"Registrar: {rng.choice(SENDERS['registrar'])[0]}",
        "Times-Roman",
        7,
        "center",
    )
    return [p]


def tpl_dividend_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "registrar", ["none", "strip", "right"])
    comp = random.Random(zlib.crc32(f"{who.name}/co".encode())).choice(SENDERS["issuerco"])[0]
    size = landscape(A5) if rng.random() < 0.5 else s.page_size
    p = Page(size)
    w, _h = size
    m = 36 if size != s.page_size else s.margin
    ss = Style(s.font, s.bold, min(s.size, 9), m, "none", "bottom", size, s.date_style)
    y = head(p, ss, snd)
    p.text(m, y + 4, fit(comp, s.bold, 13, w - 2 * m), s.bold, 13)
    typ = rng.choice(["Interim", "Final", "Special"])
    yr = rng.randint(2021, 2025)
    p.text(m, y + 20, f"{typ} dividend for the year ended 31 December {yr}", s.font, 9)
    y += 40
    holder = someone(rng, "en")
    for k, ln in enumerate(holder):
        p.text(m, y + 12 * k, ln, s.font, 9)
    held = rng.randint(40, 9000)
    rate = rng.choice([2.1, 3.4, 4.75, 6.0, 8.2, 12.5])
    pay = date(yr + 1, rng.randint(3, 9), rng.randint(1, 28))
    kv(
        p,
        ss,
        w / 2 + 10,
        y,
        [
            ("Shareholder ref", f"C{rng.randint(1000000000, 9999999999)}"),
            ("Payment date", dstr(snd, pay)),
            ("Shares held", f"{held:,}"),
            ("Rate per share", f"{rate}p"),
            ("Dividend paid", f"GBP {money(held * rate / 100)}"),
        ],
        w - m,
        9,
    )
    y += 90
    p.line(m, y, w - m, y)
    y += 14
    bank = f"Paid to account ending {rng.randint(1000, 9999)}, sort code {rng.randint(10, 99)}-"
    p.text(
        m,
        y,
        fit(bank + f"{rng.randint(10, 99)}-{rng.randint(10, 99)}", s.font, 8, w - 2 * m),
        s.font,
        8,
    )
    p.text(
        m,
        y + 12,
        fit(
            "Please keep this tax voucher. You may need it for your tax return.",
            oblique(s.font),
            8,
            w - 2 * m,
        ),
        oblique(s.font),
        8,
    )
    return [p]


def _invoice_like(
    rng: random.Random,
    who: Issuer,
    sector: str,
    title: str,
    lines: list[tuple[str, float]],
    vat: float,
    note: str,
) -> list[Page]:
    s = who.style
    snd = sender(who, sector)
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    no = f"{rng.choice(['INV', 'RE', 'FR', 'SI'])}-{rng.randint(10000, 999999)}"
    f = simple_flow(s, snd, running=f"{title} {no}")
    p = f.page
    f.y = address(p, s, snd, f.y + 4, someone(rng, lg))
    day = a_day(rng)
    kv(
        p,
        s,
        w / 2 + 30,
        f.y - 50,
        [
            (tr(lg, "Invoice no.", "Rechnungsnr.", "Facture no"), no),
            (tr(lg, "Date", "Datum", "Date"), dstr(snd, day)),
        ],
        w - m,
    )
    f.y += 16
    p.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 24
    cs = cols(m, w - m, [(5, "left"), (1, "right"), (1.6, "right"), (1.6, "right")])
    rows = []
    net = 0.0
    for desc, price in lines:
        q = rng.choice([1, 1, 2, 3, 5, 10, 25])
        net += q * price
        rows.append([desc, str(q), money(price, lg), money(q * price, lg)])
    grid(
        f,
        cs,
        [
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "Einzelpreis", "PU"),
            ccy(lg),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    f.need(80)
    f.y += 6
    tot = [(tr(lg, "Net", "Netto", "Total HT"), money(net, lg))]
    if vat:
        tot.append(
            (
                tr(lg, f"VAT {vat:g}%", f"MwSt. {vat:g} %", f"TVA {vat:g} %"),
                money(net * vat / 100, lg),
            )
        )
    f.y = kv(f.page, s, w / 2 + 30, f.y, tot, w - m, s.size)
    f.page.line(w / 2 + 30, f.y - s.size, w - m, f.y - s.size)
    f.y += 4
    f.page.text(
        w / 2 + 30, f.y, tr(lg, "Total due", "Gesamtbetrag", "Total TTC"), s.bold, s.size + 1
    )
    f.page.text(
        w - m, f.y, f"{ccy(lg)} {money(net * (1 + vat / 100), lg)}", s.bold, s.size + 1, "right"
    )
    f.y += 30
    f.para(m, w - 2 * m, note, s.font, s.size - 1)
    number(f.pages, s, snd)
    return f.pages


def tpl_licence_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    prods = [
        "Ledger Pro - named user licence (12 months)",
        "Workflow Cloud - Team plan seat",
        "Premium support add-on",
        "Additional storage 500 GB",
        "API access tier 2",
        "Single sign-on module",
        "Sandbox environment",
        "Onboarding workshop (remote)",
        "Reporting pack - annual subscription",
        "Data migration service",
    ]
    lines = [(p, round(rng.uniform(9, 900), 2)) for p in rng.sample(prods, rng.randint(2, 7))]
    lg = sender(who, "software").lang
    return _invoice_like(
        rng,
        who,
        "software",
        tr(lg, "Software Licence Invoice", "Rechnung Softwarelizenzen"),
        lines,
        20.0 if lg == "en" else 19.0,
        tr(
            lg,
            "Licences are non-transferable. Payment due within 30 days.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        ),
    )


def tpl_freight_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    lg = sender(who, "forwarder").lang
    legs = [
        "Ocean freight FCL 40' HC",
        "Terminal handling origin",
        "Terminal handling dest.",
        "Customs clearance",
        "Delivery to consignee",
        "Bunker adjustment factor",
        "Documentation fee",
        "Fuel surcharge",
        "Air freight chargeable weight (kg)",
    ]
    lines = [(p, round(rng.uniform(25, 2400), 2)) for p in rng.sample(legs, rng.randint(3, 6))]
    note = tr(
        lg,
        f"Shipment {rng.randint(100000, 999999)} - container "
        f"{rng.choice(['MSCU', 'TGHU', 'CAIU'])}{rng.randint(1000000, 9999999)}. All "
        "business is transacted under standard trading conditions.",
        f"Sendung {rng.randint(100000, 999999)}. Wir arbeiten ausschliesslich auf Grundlage "
        "der ADSp.",
        f"Expedition {rng.randint(100000, 999999)}. Conditions generales de vente applicables.",
    )
    return _invoice_like(
        rng,
        who,
        "forwarder",
        tr(lg, "Freight Invoice", "Frachtrechnung", "Facture de transport"),
        lines,
        0.0 if rng.random() < 0.5 else 20.0,
        note,
    )


def tpl_returns_auth(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "retailer")
    lg = snd.lang
    p = Page(s.page_size)
    w, h = s.page_size
    m = s.margin
    y = head(p, s, snd)
    rma = f"RMA{rng.randint(1000000, 9999999)}"
    title = tr(lg, "Returns Authorisation", "Retourenschein", "Bon de retour")
    p.text(m, y + 4, title, s.bold, s.size + 6)
    p.barcode("code39", rma, w - m - bar_width("code39", rma), y + 20)
    y += 110
    day = a_day(rng)
    y = kv(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Return number", "Retourennummer", "No de retour"), rma),
            (tr(lg, "Order", "Bestellung", "Commande"), str(rng.randint(10_000_000, 90_000_000))),
            (tr(lg, "Issued", "Ausgestellt", "Emis le"), dstr(snd, day)),
            (
                tr(lg, "Return by", "Rueckgabe bis", "A retourner avant"),
                dstr(snd, day + timedelta(days=14)),
            ),
        ],
        m + 300,
        s.size,
    )
    y += 10
    goods = [
        "Cordless drill 18V",
        "Kettle 1.7 l brushed steel",
        "Walking boots size 43",
        "Tent 3-person",
        "Toaster 4-slice",
        "Headtorch 400 lm",
        "Fleece jacket M",
    ]
    reasons = [
        tr(lg, "Faulty", "Defekt", "Defectueux"),
        tr(lg, "Wrong size", "Falsche Groesse", "Mauvaise taille"),
        tr(lg, "Changed mind", "Gefaellt nicht", "Ne convient pas"),
    ]
    for g in rng.sample(goods, rng.randint(1, 3)):
        p.text(m + 10, y, g, s.font, s.size)
        p.text(w - m, y, rng.choice(reasons), s.font, s.size, "right")
        y += s.size * 1.5
    y += 14
    for k, st in enumerate(
        [
            tr(
                lg,
                "Pack the items securely with all accessories.",
                "Ware sicher verpacken.",
                "Emballez soigneusement.",
            ),
            tr(
                lg,
                "Attach the label below to the parcel.",
                "Diesen Schein beilegen.",
                "Joignez ce bon au colis.",
            ),
            tr(
                lg,
                "Drop off at any post office.",
                "Bei der Post abgeben.",
                "Deposez le colis en bureau de poste.",
            ),
        ],
        1,
    ):
        p.text(m, y, f"{k}. {st}", s.font, s.size)
        y += s.size * 1.5
    y = max(y + 30, h * 0.62)
    x = 20.0
    while x < w - 20:
        p.line(x, y, min(x + 6, w - 20), y)
        x += 10
    p.rect(m, y + 20, w - 2 * m, 110)
    p.text(
        m + 10,
        y + 40,
        tr(lg, "RETURNS DEPT.", "RETOURENABTEILUNG", "SERVICE RETOURS"),
        "Helvetica-Bold",
        12,
    )
    p.text(m + 10, y + 56, snd.name, "Helvetica", 10)
    p.text(m + 10, y + 70, snd.street, "Helvetica", 10)
    p.text(m + 10, y + 84, snd.town, "Helvetica", 10)
    p.text(w - m - 10, y + 110, rma, "Helvetica-Bold", 14, "right")
    return [p]


def tpl_packing_list(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "exporter")
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    no = f"PL{rng.randint(10000, 99999)}"
    title = tr(lg, "Packing List", "Packliste", "Liste de colisage")
    f = simple_flow(s, snd, running=f"{title} {no}")
    p = f.page
    p.text(m, f.y, title, s.bold, s.size + 5)
    f.y += 20
    cons = someone(rng, rng.choice(["en", "de", "fr"]))
    f.y = kv(
        p,
        s,
        m,
        f.y,
        [
            (tr(lg, "Packing list no.", "Nr.", "No"), no),
            (tr(lg, "Date", "Datum", "Date"), dstr(snd, a_day(rng))),
            (tr(lg, "Consignee", "Empfaenger", "Destinataire"), ", ".join(cons)),
            (tr(lg, "Invoice ref.", "Rechnung", "Facture"), str(rng.randint(100000, 999999))),
        ],
        w - m,
    )
    f.y += 10
    parts = [
        "Ball valve DN25 PN40",
        "Flange gasket 80 mm",
        "Pressure gauge 0-16 bar",
        "Hex bolt M12x60 A4",
        "Cotton twill 280 gsm roll",
        "Glass tumbler 250 ml",
        "Bearing housing UCP205",
        "Stainless elbow 90 deg",
        "Wool blend fabric roll",
    ]
    rows = []
    tn = tg = 0.0
    for k in range(rng.randint(3, 24)):
        q = rng.randint(1, 400)
        nw = q * rng.uniform(0.05, 2)
        gw = nw * 1.08
        tn += nw
        tg += gw
        rows.append(
            [
                str(k + 1),
                rng.choice(parts),
                str(q),
                f"{nw:.1f}",
                f"{gw:.1f}",
                f"{rng.randint(40, 120)}x{rng.randint(30, 80)}x{rng.randint(20, 60)}",
            ]
        )
    cs = cols(
        m,
        w - m,
        [(0.6, "left"), (4, "left"), (1, "right"), (1.2, "right"), (1.2, "right"), (1.8, "right")],
    )
    grid(
        f,
        cs,
        [
            tr(lg, "Box", "Kolli", "Colis"),
            tr(lg, "Contents", "Inhalt", "Contenu"),
            tr(lg, "Qty", "Stk", "Qte"),
            "N.W. kg",
            "G.W. kg",
            "cm",
        ],
        rows,
        s,
        rules=True,
    )
    f.need(40)
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(lg, "Total", "Summe", "Total")
        + f": {len(rows)} "
        + tr(lg, "packages", "Kolli", "colis"),
        s.bold,
        s.size,
    )
    f.page.text(w - m, f.y, f"N.W. {tn:.1f} kg  G.W. {tg:.1f} kg", s.bold, s.size, "right")
    number(f.pages, s, snd)
    return f.pages


def tpl_press_release(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, rng.choice(["issuerco", "software", "contractor"]))
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    f = simple_flow(s, snd)
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "PRESS RELEASE", "PRESSEMITTEILUNG", "COMMUNIQUE DE PRESSE"),
        s.bold,
        s.size + 1,
    )
    p.text(
        w - m,
        f.y,
        tr(lg, "For immediate release", "Zur sofortigen Veroeffentlichung", "Diffusion immediate"),
        oblique(s.font),
        s.size - 1,
        "right",
    )
    f.y += 26
    headl = f"{snd.name.split()[0]} " + rng.choice(
        [
            "announces record half-year results",
            "opens new site in the North West",
            "agrees partnership with regional hospitals",
            "appoints new Chief Executive",
            "launches carbon reduction programme",
            "wins major framework contract",
        ]
    )
    for ln in wrap(headl, s.bold, s.size + 7, w - 2 * m):
        p.text(m, f.y, ln, s.bold, s.size + 7)
        f.y += (s.size + 7) * 1.3
    f.y += 8
    d = a_day(rng)
    f.para(
        m,
        w - 2 * m,
        f"{snd.town.split()[0].upper()}, {dstr(snd, d)} - " + prose(rng, "press", 2, 3),
        s.font,
        s.size,
    )
    for _ in range(rng.randint(2, 7)):
        if rng.random() < 0.3:
            f.para(
                m + 20,
                w - 2 * m - 40,
                f'"{babble(rng, "press", 20)}" said {who_(rng)}.',
                oblique(s.font),
                s.size,
            )
        else:
            f.para(m, w - 2 * m, prose(rng, "press", 2, 5), s.font, s.size)
    f.need(30)
    f.page.text(w / 2, f.y + 4, "###" if lg == "en" else "- Ende -", s.font, s.size, "center")
    f.y += 26
    f.heading(m, tr(lg, "Notes to editors", "Ueber das Unternehmen", "A propos"), s.bold, s.size)
    f.para(m, w - 2 * m, prose(rng, "press", 1, 3), s.font, s.size - 1)
    f.need(30)
    f.page.text(
        m,
        f.y,
        fit(
            f"{tr(lg, 'Media contact', 'Pressekontakt', 'Contact presse')}: "
            f"{who_(rng)}, {snd.phone}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    number(f.pages, s, snd)
    return f.pages


def _long_report(
    rng: random.Random,
    who: Issuer,
    sector: str,
    title: str,
    topic: str,
    sections: list[str],
    cover_p: float,
    rating: bool,
) -> list[Page]:
    s = who.style
    snd = sender(who, sector)
    w, h = s.page_size
    m = s.margin
    client = who_(rng)
    d = a_day(rng)
    pages: list[Page] = []
    cover = rng.random() < cover_p
    if cover:
        c = Page(s.page_size)
        head(c, s, snd, rng.choice(["big", "box", "centre"]))
        size = shrink(title, s.bold, 24, w - 2 * m)
        c.text(m, h * 0.35, title, s.bold, size)
        c.line(m, h * 0.35 + 12, w - m, h * 0.35 + 12)
        c.text(m, h * 0.35 + 34, f"Prepared for: {client}", s.font, s.size + 1)
        c.text(m, h * 0.35 + 50, f"Date: {dstr(snd, d)}", s.font, s.size + 1)
        c.text(
            m,
            h - m - 10,
            fit(f"{snd.name} · {snd.street} · {snd.town}", s.font, 8, w - 2 * m),
            s.font,
            8,
        )
        pages.append(c)
    run = f"{title} - {client}"
    run_date = dstr(snd, d) if rng.random() < 0.5 else ""

    def start(page: Page, n: int) -> float:
        if n == 1 and not cover:
            y = head(page, s, snd)
            page.text(m, y, fit(title, s.bold, s.size + 5, w - 2 * m), s.bold, s.size + 5)
            page.text(m, y + 16, f"{client} · {dstr(snd, d)}", s.font, s.size - 1)
            return y + 36
        return later_head(page, s, run, run_date)

    f = Flow(s.page_size, h - m - 14, start)
    for k, sec in enumerate(sections, 1):
        f.heading(m, f"{k}. {sec}", s.bold, s.size + 1)
        if rating:
            r = rng.choice([1, 1, 2, 2, 3, "NI"])
            f.page.text(
                w - m,
                f.y - (s.size + 1) * 1.6,
                f"Condition rating: {r}",
                s.bold,
                s.size - 1,
                "right",
            )
        for _ in range(rng.randint(1, 3)):
            f.para(m, w - 2 * m, prose(rng, topic, 2, 5), s.font, s.size)
    f.need(100)
    f.y += 10
    f.page.text(m, f.y, "Signed", s.font, s.size)
    sign(
        f.page, s, m, f.y, who_(rng), rng.choice(["MRICS", "Partner", "Senior Manager", "Director"])
    )
    pages.extend(f.pages)
    number(pages, s, snd, skip=1 if cover else 0)
    return pages


def tpl_survey_report(rng: random.Random, who: Issuer) -> list[Page]:
    secs = [
        "About the inspection",
        "Overall opinion",
        "Chimney stacks",
        "Roof coverings",
        "Rainwater pipes and gutters",
        "Main walls",
        "Windows",
        "Outside doors",
        "Conservatory and porches",
        "Roof structure",
        "Ceilings",
        "Walls and partitions",
        "Floors",
        "Fireplaces",
        "Electricity",
        "Gas and oil",
        "Water",
        "Heating",
        "Drainage",
        "Garage",
        "Grounds",
        "Issues for your legal advisers",
    ]
    k = rng.randint(10, len(secs))
    return _long_report(
        rng,
        who,
        "surveyor",
        "Home Survey Report - Level 2",
        "survey",
        secs[:2] + sorted(rng.sample(secs[2:], k - 2), key=secs.index),
        0.7,
        True,
    )


def tpl_audit_letter(rng: random.Random, who: Issuer) -> list[Page]:
    secs = [
        "Introduction",
        "Scope of our work",
        "Summary of findings",
        "Bank reconciliations",
        "Purchase ledger controls",
        "Fixed asset register",
        "Payroll authorisation",
        "Revenue recognition",
        "IT access controls",
        "Inventory counts",
        "Prior year recommendations",
        "Management responses",
        "Limitations",
    ]
    pick = secs[:3] + sorted(rng.sample(secs[3:-1], rng.randint(3, 8)), key=secs.index)
    return _long_report(
        rng, who, "auditor", "Management Letter", "audit", [*pick, "Limitations"], 0.5, False
    )


def tpl_engagement_letter(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "solicitor")
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    client = someone(rng, lg)
    ref = (
        f"{rng.choice('ABCDHKMPW')}{rng.choice('ABCDHKMPW')}/{rng.randint(1000, 9999)}/"
        f"{rng.randint(1, 99)}"
    )
    f = simple_flow(s, snd, running=f"{client[0]} - {ref}" if rng.random() < 0.7 else "")
    p = f.page
    f.y = address(p, s, snd, f.y + 4, client)
    d = a_day(rng)
    kv(
        p,
        s,
        w / 2 + 30,
        f.y - 50,
        [(tr(lg, "Our ref", "Unser Zeichen"), ref), (tr(lg, "Date", "Datum"), dstr(snd, d))],
        w - m,
    )
    f.y += 18
    matter = rng.choice(
        [
            "Purchase of freehold property",
            "Probate and estate administration",
            "Employment dispute",
            "Lasting power of attorney",
            "Lease renewal",
        ]
    )
    if lg == "de":
        matter = rng.choice(
            ["Erbauseinandersetzung", "Mietrechtliche Beratung", "Arbeitsrechtliche Streitigkeit"]
        )
    f.page.text(m, f.y, tr(lg, "Dear ", "Sehr geehrte/r ") + client[0] + ",", s.font, s.size)
    f.y += 20
    f.page.text(
        m, f.y, fit(tr(lg, "Re: ", "Betreff: ") + matter, s.bold, s.size, w - 2 * m), s.bold, s.size
    )
    f.y += 20
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Thank you for instructing us. This letter sets out the basis "
            "on which we will act for you and should be read with our terms of business.",
            "vielen Dank fuer Ihr Mandat. Nachfolgend bestaetigen wir die Grundlagen unserer "
            "Beauftragung.",
        ),
        s.font,
        s.size,
    )
    heads = [
        "Scope of work",
        "Who will be responsible",
        "Our charges",
        "Estimate of costs",
        "Payment on account",
        "Money laundering checks",
        "Complaints",
        "Termination",
        "Storage of papers",
    ]
    if lg == "de":
        heads = [
            "Umfang des Mandats",
            "Zustaendigkeit",
            "Verguetung",
            "Vorschuss",
            "Geldwaeschepruefung",
            "Beschwerden",
            "Beendigung",
            "Aktenaufbewahrung",
        ]
    for hd in heads[: rng.randint(5, len(heads))]:
        f.heading(m, hd, s.bold, s.size)
        f.para(m, w - 2 * m, prose(rng, "legal", 2, 5), s.font, s.size)
        if "charges" in hd or hd == "Verguetung":
            f.need(40)
            f.y = kv(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(lg, "Partner, per hour", "Partner, je Stunde"),
                        money(rng.randint(250, 450), lg),
                    ),
                    (
                        tr(lg, "Associate, per hour", "Associate, je Stunde"),
                        money(rng.randint(150, 260), lg),
                    ),
                ],
                m + 260,
            )
            f.y += 8
    f.need(170)
    f.y += 6
    f.page.text(m, f.y, tr(lg, "Yours sincerely,", "Mit freundlichen Gruessen"), s.font, s.size)
    f.y = sign(f.page, s, m, f.y + 2, who_(rng), tr(lg, "Partner", "Rechtsanwalt"))
    f.y += 12
    f.page.line(m, f.y, w - m, f.y)
    f.y += 16
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "I confirm that I have read and accept these terms.",
                "Ich bin mit den Bedingungen einverstanden.",
            ),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 30
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Signed ........................   Date ............",
            "Unterschrift ..................   Datum ...........",
        ),
        s.font,
        s.size - 1,
    )
    number(f.pages, s, snd)
    return f.pages


def tpl_tender(rng: random.Random, who: Issuer) -> list[Page]:
    """Cover letter of a tender submission, then the attached price schedule."""
    s = who.style
    snd = sender(who, "contractor")
    lg = snd.lang
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = head(p, s, snd, snd.head if snd.head != "none" else "big")
    buyer = [
        tr(lg, "Procurement Team", "Vergabestelle"),
        rng.choice(SENDERS["council"])[0],
        rng.choice(TOWNS[lg]),
    ]
    y = address(p, s, snd, y + 4, buyer)
    d = a_day(rng)
    p.text(w - m, y, dstr(snd, d), s.font, s.size, "right")
    y += 26
    tref = f"{rng.choice(['T', 'ITT', 'RFQ'])}/{d.year}/{rng.randint(10, 999)}"
    job = rng.choice(
        [
            "Resurfacing of car parks",
            "Grounds maintenance contract",
            "Replacement of school roof",
            "Cleaning of civic buildings",
        ]
    )
    if lg == "de":
        job = rng.choice(["Sanierung Turnhalle", "Strassenbau Los 2", "Gebaeudereinigung"])
    p.text(
        m,
        y,
        fit(f"{tr(lg, 'Tender', 'Angebot')} {tref}: {job}", s.bold, s.size + 1, w - 2 * m),
        s.bold,
        s.size + 1,
    )
    y += 22
    for _ in range(rng.randint(2, 3)):
        y = text_block(p, s, m, y, w - 2 * m, prose(rng, "tender", 2, 3))
    p.text(m, y + 6, tr(lg, "Enclosed: Price schedule", "Anlage: Preisblatt"), s.font, s.size)
    y += 24
    p.text(m, y, tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen"), s.font, s.size)
    sign(p, s, m, y + 2, who_(rng), tr(lg, "Estimating Director", "Kalkulation"))
    pages = [p]
    title = tr(lg, "Schedule of Rates and Prices", "Leistungsverzeichnis - Preisblatt")

    def start(page: Page, n: int) -> float:
        y0 = later_head(page, s, f"{tref} - {title}", snd.name)
        if n == 1:
            page.text(m, y0 + 4, title, s.bold, s.size + 3)
            return y0 + 26
        return y0

    f = Flow(s.page_size, h - m - 14, start)
    items = [
        "Site set-up and welfare",
        "Traffic management",
        "Planing 50 mm",
        "Surface course",
        "Line marking",
        "Drainage gully renewal",
        "Kerb replacement",
        "Waste disposal",
        "Roof strip-out",
        "Insulation 150 mm",
        "Membrane",
        "Scaffolding",
        "Daily clean",
        "Periodic deep clean",
        "Window cleaning",
        "Supervision",
        "Contingency",
    ]
    rows = []
    tot = 0.0
    for k, it in enumerate(rng.sample(items, rng.randint(6, 17)), 1):
        q = rng.randint(1, 900)
        r = rng.uniform(2, 400)
        tot += q * r
        rows.append(
            [
                f"{k}.{rng.randint(1, 9)}",
                it,
                rng.choice(["m2", "m", "nr", "item", "wk"]),
                str(q),
                money(r, lg),
                money(q * r, lg),
            ]
        )
    cs = cols(
        m,
        w - m,
        [(0.8, "left"), (4, "left"), (0.8, "left"), (1, "right"), (1.3, "right"), (1.8, "right")],
    )
    grid(
        f,
        cs,
        [
            tr(lg, "Ref", "Pos."),
            tr(lg, "Item", "Leistung"),
            tr(lg, "Unit", "Einh."),
            tr(lg, "Qty", "Menge"),
            tr(lg, "Rate", "EP"),
            tr(lg, "Total", "GP"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.need(30)
    f.y += 4
    f.page.text(m, f.y, tr(lg, "Tender sum (excl. VAT)", "Angebotssumme netto"), s.bold, s.size)
    f.page.text(w - m, f.y, f"{ccy(lg)} {money(tot, lg)}", s.bold, s.size, "right")
    number(f.pages, s, snd, fmt_="Page {i} of {n}" if lg == "en" else "Seite {i} von {n}")
    return pages + f.pages


TEMPLATES_F: dict[str, Template] = {
    "council_tax": tpl_council_tax,
    "loan_statement": tpl_loan_statement,
    "car_lease": tpl_car_lease,
    "handbook": tpl_handbook,
    "pay_rise": tpl_pay_rise,
    "sick_note": tpl_sick_note,
    "vaccination": tpl_vaccination,
    "appointment": tpl_appointment,
    "library_overdue": tpl_library_overdue,
    "account_form": tpl_account_form,
    "share_certificate": tpl_share_certificate,
    "dividend_voucher": tpl_dividend_voucher,
    "licence_invoice": tpl_licence_invoice,
    "freight_invoice": tpl_freight_invoice,
    "returns_auth": tpl_returns_auth,
    "packing_list": tpl_packing_list,
    "press_release": tpl_press_release,
    "survey_report": tpl_survey_report,
    "audit_letter": tpl_audit_letter,
    "engagement_letter": tpl_engagement_letter,
    "tender": tpl_tender,
}
#: One-page kinds that a batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "dividend_voucher",
    "library_overdue",
    "returns_auth",
    "packing_list",
    "freight_invoice",
    "sick_note",
    "share_certificate",
)


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_holdout_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-2 more of the same kind from
    the same sender follow with probability 0.45; new values each time."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(rng, TEMPLATES_F, n_docs, separators, run_odds)


generate = part_generate(PART, SEED_OFFSET, make_holdout_stream, "templates F")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

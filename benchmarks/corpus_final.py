"""Final held-out part of the generated corpus: templates E.

A fifth part, ``final``, for exactly one final measurement. Its templates were written blind,
without looking at the boundary detector, its documentation or its tuning, as documents real
offices receive in one scanned batch: credit card statements, fund statements, phone bills with
call lists, school letters with reply slips, waste-collection calendars, building permits,
veterinary invoices, dental treatment plans, multi-page insurance claim forms, car service
invoices, rent increase letters, energy performance certificates, AGM notices with proxy forms,
non-disclosure agreements, goods received notes, bills of lading, travel itineraries, donation
receipts, court summonses, order confirmations, meter reading cards, letters of complaint and
the company's reply. Some senders write in German or French.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus office-batch runs: one-page kinds such as order
confirmations, goods received notes, donation receipts or meter cards often come 2-3 in a row
from one sender, and a letter of complaint is often followed by the company's reply. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "final"`` and seeds offset by 400_000.

Usage: ``python benchmarks/corpus_final.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/final/final_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

# ruff: noqa: E501  (long German/French label strings kept on one line)
from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A5, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
    Col,
    box,
    cell,
    columns,
    date_text,
    fit,
    italic,
    money,
    number_pages,
    pairs,
    part_generate,
    part_main,
    shrink,
    tr,
    tw,
    wrap,
)
from corpus_kit import Flow as KitFlow
from corpus_kit import babble as kit_babble
from corpus_kit import currency as cur
from corpus_kit import table as kit_table
from corpus_kit import text_block as para

PART = "final"
SEED_OFFSET = 400_000

# ---------------------------------------------------------------------------------------------
# Content pools (names no other part uses); each sender has a language
# ---------------------------------------------------------------------------------------------

SENDERS: dict[str, list[tuple[str, str]]] = {
    "card": [
        ("Sterling Meridian Card Services", "en"),
        ("Norvik Visa Centre", "en"),
        ("Kartenservice Bodensee AG", "de"),
        ("Banque du Lac - Service Cartes", "fr"),
    ],
    "broker": [
        ("Ashgrove Investment Management", "en"),
        ("Tidewater Fund Partners", "en"),
        ("Falkenried Depotbank AG", "de"),
    ],
    "telco": [
        ("Kestrel Mobile", "en"),
        ("Orbis Telecom", "en"),
        ("Fernmeldenetz Sued GmbH", "de"),
        ("Lanterne Telecom", "fr"),
    ],
    "school": [
        ("St Aldhelm's Primary School", "en"),
        ("Brightwater Academy", "en"),
        ("Gesamtschule Am Lindenhof", "de"),
        ("College Jean Moulin", "fr"),
    ],
    "municipal": [
        ("Borough of Ashcombe - Environmental Services", "en"),
        ("Redfern District Council - Waste & Recycling", "en"),
        ("Abfallwirtschaftsbetrieb Kirchbach", "de"),
        ("Ville de Montaury - Service Proprete", "fr"),
    ],
    "planning": [
        ("Ashcombe Planning Authority", "en"),
        ("Redfern District Council - Building Control", "en"),
        ("Bauaufsichtsamt Kirchbach", "de"),
    ],
    "vet": [
        ("Willowbrook Veterinary Surgery", "en"),
        ("Hillcrest Animal Hospital", "en"),
        ("Tierarztpraxis Dr. Anke Feldmann", "de"),
        ("Clinique Veterinaire des Tilleuls", "fr"),
    ],
    "dental": [
        ("Ashcombe Dental Care", "en"),
        ("Brightsmile Orthodontics", "en"),
        ("Zahnarztpraxis Dr. Jonas Reuter", "de"),
    ],
    "insurer": [
        ("Portland Mutual Insurance", "en"),
        ("Greystone Insurance Company", "en"),
        ("Allgemeine Hanse Versicherung AG", "de"),
    ],
    "garage": [
        ("Ashcombe Motors Ltd", "en"),
        ("Redfern Tyre & Service Centre", "en"),
        ("Autohaus Kirchbach GmbH", "de"),
        ("Garage du Centre Montaury", "fr"),
    ],
    "landlord": [
        ("Calder Property Management", "en"),
        ("Westbury Lettings & Estates", "en"),
        ("Wohnungsbau Kirchbach eG", "de"),
    ],
    "assessor": [
        ("Greenline Energy Assessors", "en"),
        ("Redfern EPC Services", "en"),
        ("Energieberatung Kuehn", "de"),
    ],
    "plc": [
        ("Halvorsen Shipping plc", "en"),
        ("Corrigan Brewing Group plc", "en"),
        ("Thistledown Utilities plc", "en"),
        ("Novaris Pharma AG", "de"),
    ],
    "firm": [
        ("Quillon Systems Ltd", "en"),
        ("Ormond Data Services", "en"),
        ("Brightforge Robotics GmbH", "de"),
        ("Castellan Emballages SA", "fr"),
    ],
    "warehouse": [
        ("Ashcombe Distribution Centre", "en"),
        ("Redfern Wholesale Depot", "en"),
        ("Logistikzentrum Kirchbach", "de"),
    ],
    "carrier": [
        ("Northsea Container Line", "en"),
        ("Baltic Feeder Services", "en"),
        ("Compagnie Maritime Atlantique", "fr"),
    ],
    "travel": [
        ("Wayfarer Business Travel", "en"),
        ("Compass Corporate Travel", "en"),
        ("Reisebuero Sonnenschein", "de"),
        ("Voyages Horizon", "fr"),
    ],
    "charity": [
        ("Ashcombe Hospice Trust", "en"),
        ("Friends of Redfern Library", "en"),
        ("Foerderverein Tierheim Kirchbach e.V.", "de"),
        ("Association Les Amis du Port", "fr"),
    ],
    "court": [
        ("County Court at Ashcombe", "en"),
        ("Redfern Magistrates' Court", "en"),
        ("Amtsgericht Kirchbach", "de"),
    ],
    "shop": [
        ("Pennant Home & Garden", "en"),
        ("Quayside Outdoor Gear", "en"),
        ("Elektro Wagner Versand", "de"),
        ("Maison Duroc", "fr"),
    ],
    "water": [
        ("Ashcombe Water", "en"),
        ("Redfern Gas & Power", "en"),
        ("Stadtwerke Kirchbach", "de"),
    ],
}
PLACES = {
    "en": ["Ashcombe AC4 9TR", "Redfern RF2 6LW", "Pelham, NH 03076", "Tilbrook TB8 1QS"],
    "de": ["88212 Kirchbach", "88219 Kirchbach-Ost", "79331 Auental"],
    "fr": ["34700 Montaury", "34710 Saint-Lys-sur-Orb"],
}
ROADS = {
    "en": ["Tannery Row", "Lark Rise", "Abbot's Way", "Cooper Street", "Ferndale Crescent"],
    "de": ["Lindenhofstrasse", "Am Muehlbach", "Kirchgasse", "Gartenweg"],
    "fr": ["rue des Tilleuls", "avenue Jean Jaures", "place du Marche", "chemin des Vignes"],
}
PEOPLE = [
    "Owen Treharne",
    "Greta Hollander",
    "Lucien Marchetti",
    "Priya Venkatesan",
    "Niamh Costello",
    "Dariusz Zielinski",
    "Colette Aubert",
    "Tobias Reinholt",
    "Adaeze Okafor",
    "Hamish Drummond",
    "Ingeborg Lund",
    "Marcus Ellery-Shaw",
    "Sunita Bhatt",
    "Emeric Fontaine",
    "Wilhelmina Tate",
    "Joaquin Herrera",
]
FILLER = {
    "card": "purchase credit limit interest minimum payment balance transfer statement "
    "cash advance charges repayment annual rate due date cardholder",
    "fund": "portfolio fund units valuation market performance dividend allocation "
    "equities bonds benchmark risk distribution reinvested holdings",
    "school": "pupils parents term trip classroom uniform learning timetable "
    "homework teacher assembly consent lunch activities safeguarding",
    "permit": "development works planning application drawings conditions storey "
    "extension site construction materials boundary approved inspection",
    "legal": "party information disclosure obligations confidential agreement term "
    "purpose breach remedies governing law notice affiliates representatives",
    "claim": "incident damage loss policy claim repair estimate witness property "
    "vehicle injury police reference insured circumstances",
    "energy": "insulation heating boiler glazing walls roof loft efficiency emissions "
    "rating ventilation hot water lighting cost savings",
    "company": "shareholders meeting directors resolution accounts auditors dividend "
    "proxy vote report remuneration ordinary special",
    "service": "order delivery customer account product goods dispatch reference "
    "warehouse stock return refund service team",
    "dental": "tooth crown filling gum root canal x-ray hygiene enamel bite molar "
    "anaesthetic appointment treatment estimate laboratory",
    "court": "claimant defendant claim hearing court response judgment costs "
    "particulars defence notice served order",
}


def say(rng: random.Random, topic: str, n: int | None = None) -> str:
    return kit_babble(rng, FILLER[topic], n)


def text_of(rng: random.Random, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(say(rng, topic) for _ in range(rng.randint(lo, hi)))


def a_day(rng: random.Random) -> date:
    return date(rng.randint(2020, 2025), rng.randint(1, 12), rng.randint(1, 28))


def fmt(day: date, lang: str, style: str) -> str:
    if lang == "en" and style == "us":
        return f"{MONTHS['en'][day.month - 1][:3]} {day.day}, {day.year}"
    return date_text(day, lang, style)


def person(rng: random.Random) -> str:
    return rng.choice(PEOPLE)


def postal(rng: random.Random, lang: str = "en") -> list[str]:
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 180)
    return [f"{road} {no}" if lang == "de" else f"{no} {road}", rng.choice(PLACES[lang])]


def reg_plate(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return f"KB-{rng.choice('ABCDEFGHKLMNPRST')}{rng.choice('ABCDEFGHKLMNPRST')} {rng.randint(1, 9999)}"
    if lang == "fr":
        return f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNPRST')}-{rng.randint(100, 999)}-{rng.choice('ABCDEFGH')}{rng.choice('KLMNPRST')}"
    return f"{rng.choice('ABDFGHKLMNRSW')}{rng.choice('ABDFGHKLMNRSW')}{rng.randint(10, 74)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"


# ---------------------------------------------------------------------------------------------
# Measuring and layout helpers
# ---------------------------------------------------------------------------------------------


def dotted(page: Page, x1: float, x2: float, y: float, step: float = 3) -> None:
    x = x1
    while x < x2:
        page.line(x, y, min(x + 1, x2), y)
        x += step


def cut_line(page: Page, y: float, label: str, font: str) -> None:
    w, _ = page.size
    x = 20.0
    while x < w - 20:
        page.line(x, y, min(x + 6, w - 20), y)
        x += 10
    page.rect(w / 2 - tw(label, font, 7) / 2 - 4, y - 5, tw(label, font, 7) + 8, 10, fill=1.0)
    page.text(w / 2, y + 2.5, label, font, 7, "center")


class Flow(KitFlow):
    head_lead = 0.4


def table(
    flow: Flow,
    cols: list[Col],
    head: list[str],
    rows: list[list[str]],
    s: Style,
    size: float | None = None,
    shade: float | None = None,
    rules: bool = False,
) -> None:
    kit_table(flow, cols, head, rows, s, size, shade, rules, step=1.55)


# ---------------------------------------------------------------------------------------------
# Senders: a stable identity per corpus Issuer and sector
# ---------------------------------------------------------------------------------------------

NUMBERINGS = {
    "en": ["none", "none", "Page {i} of {n}", "{i}/{n}", "- {i} -", "p. {i}", "{i}", "2:{i}"],
    "de": ["none", "Seite {i} von {n}", "Seite {i}", "- {i} -", "{i}/{n}", "2:Seite {i}"],
    "fr": ["none", "Page {i}/{n}", "{i}/{n}", "- {i} -", "page {i} sur {n}"],
}
HEADS = ["none", "rule", "left", "right", "centre", "band", "logo", "slim"]


@dataclass
class Sender:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str
    head: str
    numbers: str
    num_pos: str  # bc | br | bl | tr | tl
    dates: str
    footer: str


def sender(who: Issuer, sector: str, heads: list[str] | None = None) -> Sender:
    key = f"final/{sector}/{who.name}/{who.street}/{who.city}"
    r = random.Random(zlib.crc32(key.encode()))
    nm, lang = r.choice(SENDERS[sector])
    slug = "".join(c for c in nm.lower().split()[0] if c.isalnum()) or "office"
    road = r.choice(ROADS[lang])
    no = r.randint(1, 99)
    phone = {
        "en": f"01{r.randint(100, 999)} {r.randint(100000, 999999)}",
        "de": f"07{r.randint(100, 999)} {r.randint(1000, 99999)}-0",
        "fr": f"04 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    footers = {
        "en": [
            f"Registered in England No. {r.randint(1000000, 9999999)}. "
            f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            f"{nm} · {no} {road} · {phone}",
            "",
        ],
        "de": [
            f"Sitz: Kirchbach · Registergericht Amtsgericht Kirchbach HRB {r.randint(1000, 9999)}"
            f" · USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Bankverbindung: IBAN DE{r.randint(10, 99)} 6005 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            "",
        ],
        "fr": [
            f"SIRET {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} · TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}",
            "",
        ],
    }[lang]
    return Sender(
        name=nm,
        lang=lang,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(PLACES[lang]),
        phone=phone,
        mail=f"info@{slug}.example.net",
        head=r.choice(heads or HEADS),
        numbers=r.choice(NUMBERINGS[lang]),
        num_pos=r.choice(["bc", "bc", "br", "bl", "tr", "tl"]),
        dates=r.choice(["short", "long", "us", "iso"]) if lang == "en" else r.choice(["s", "long"]),
        footer=r.choice(footers),
    )


def day_str(snd: Sender, day: date) -> str:
    return fmt(day, snd.lang, snd.dates)


def letterhead(page: Page, s: Style, snd: Sender, kind: str | None = None) -> float:
    """Draw ``snd``'s letterhead and return the first free y below it."""
    w, _ = page.size
    m = s.margin
    kind = kind or snd.head
    addr = f"{snd.street}, {snd.town}"
    tel = tr(snd.lang, "Tel", "Telefon", "Tel.")
    if kind == "none":
        return m + 6
    if kind == "rule":
        size = shrink(snd.name, s.bold, s.size + 4, w - 2 * m)
        page.text(m, m + 2, snd.name, s.bold, size)
        page.line(m, m + 8, w - m, m + 8)
        line = fit(f"{addr} · {tel} {snd.phone} · {snd.mail}", s.font, 7.5, w - 2 * m)
        page.text(m, m + 19, line, s.font, 7.5)
        return m + 44
    if kind == "left":
        size = shrink(snd.name, s.bold, s.size + 10, w - 2 * m)
        page.text(m, m + 8, snd.name, s.bold, size)
        page.text(m, m + 24, addr, s.font, s.size - 1)
        page.text(m, m + 36, f"{tel} {snd.phone}", s.font, s.size - 1)
        page.text(m, m + 48, snd.mail, s.font, s.size - 1)
        return m + 72
    if kind == "right":
        size = shrink(snd.name, s.bold, s.size + 3, w / 2 - m)
        page.text(w - m, m, snd.name, s.bold, size, "right")
        for k, t in enumerate([snd.street, snd.town, f"{tel} {snd.phone}", snd.mail]):
            page.text(w - m, m + 14 + 11 * k, t, s.font, s.size - 2, "right")
        return m + 68
    if kind == "centre":
        size = shrink(snd.name, s.bold, s.size + 7, w - 2 * m)
        page.text(w / 2, m + 4, snd.name, s.bold, size, "center")
        page.text(w / 2, m + 19, fit(addr, s.font, 8, w - 2 * m), s.font, 8, "center")
        page.line(w / 2 - 60, m + 26, w / 2 + 60, m + 26)
        return m + 50
    if kind == "band":
        page.rect(m, m - 22, w - 2 * m, 34, fill=0.25)
        size = shrink(snd.name, s.bold, 15, w - 2 * m - 20)
        # Dark band: the name stays readable as a white-on-dark rectangle is not supported,
        # so a light inner strip carries it.
        page.rect(m + 6, m - 16, tw(snd.name, s.bold, size) + 12, 22, fill=0.95)
        page.text(m + 12, m, snd.name, s.bold, size)
        page.text(w - m, m + 26, fit(addr, s.font, 8, w - 2 * m), s.font, 8, "right")
        return m + 50
    if kind == "logo":
        page.rect(w - m - 46, m - 18, 46, 46, fill=0.75)
        page.rect(w - m - 38, m - 10, 30, 30, fill=0.95)
        initials = "".join(p[0] for p in snd.name.split() if p[:1].isupper())[:2]
        page.text(w - m - 23, m + 10, initials, "Times-Bold", 15, "center")
        size = shrink(snd.name, s.bold, s.size + 6, w - 2 * m - 60)
        page.text(m, m + 4, snd.name, s.bold, size)
        page.text(m, m + 18, fit(addr, s.font, 8, w - 2 * m - 60), s.font, 8)
        return m + 60
    # slim: small text only, top right
    page.text(w - m, m - 6, fit(f"{snd.name} | {snd.town}", s.font, 7, w / 2), s.font, 7, "right")
    return m + 14


def foot(page: Page, s: Style, text: str) -> None:
    if not text:
        return
    w, h = page.size
    m = s.margin
    page.line(m, h - m + 4, w - m, h - m + 4)
    page.text(w / 2, h - m + 14, fit(text, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")


def running_head(page: Page, s: Style, left: str, right: str = "") -> float:
    w, _ = page.size
    m = s.margin
    y = m - 10
    rw = tw(right, s.font, 8) + 14 if right else 0
    page.text(m, y, fit(left, italic(s.font), 8, w - 2 * m - rw), italic(s.font), 8)
    if right:
        page.text(w - m, y, right, s.font, 8, "right")
    page.line(m, y + 4, w - m, y + 4)
    return m + 16


def number(pages: list[Page], s: Style, snd: Sender, skip: int = 0, style: str = "") -> None:
    number_pages(pages, s, style or snd.numbers, snd.num_pos, skip)


def window(page: Page, s: Style, snd: Sender, y: float, to: list[str]) -> float:
    """Return-address line and recipient lines in the envelope window; returns y below."""
    w, _ = page.size
    m = s.margin
    back = f"{snd.name} · {snd.street} · {snd.town}"
    page.text(m, y, fit(back, s.font, 6.5, w / 2 - m), s.font, 6.5)
    page.line(m, y + 2, m + min(tw(back, s.font, 6.5), w / 2 - m), y + 2)
    y += 15
    for line in to:
        page.text(m, y, fit(line, s.font, s.size, w / 2 - m), s.font, s.size)
        y += s.size * 1.3
    return y


def signature(page: Page, s: Style, x: float, y: float, who: str, role: str = "") -> float:
    page.text(x + 6, y + 22, who.split()[0][0] + ". " + who.split()[-1], "Times-Italic", 15)
    page.line(x, y + 28, x + 150, y + 28)
    page.text(x, y + 40, who, s.font, s.size - 1)
    if role:
        page.text(x, y + 51, role, s.font, s.size - 2)
    return y + 62


# ---------------------------------------------------------------------------------------------
# Templates E
# ---------------------------------------------------------------------------------------------

MERCHANTS = [
    "AMZN MKTP",
    "TESCO STORES 2231",
    "SHELL ASHCOMBE",
    "RAIL TICKETS ONLINE",
    "CAFE LUMIERE MONTAURY",
    "BOOTS PHARMACY",
    "NETFLIX.COM",
    "HOTEL SEEBLICK AUENTAL",
    "IKEA KIRCHBACH",
    "APPLE.COM/BILL",
    "PARKING RF2 CAR PARK",
    "DECATHLON",
    "UBER TRIP",
    "GOOGLE STORAGE",
    "EDEKA MARKT",
    "RYANAIR",
    "THE RED LION PUB",
]


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """Credit card statement: summary box, transactions over 1-4 pages, payment slip."""
    s = who.style
    snd = sender(who, "card")
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    holder = person(rng)
    card = f"{rng.choice(['4', '5'])}{rng.randint(100, 999)} XXXX XXXX {rng.randint(1000, 9999)}"
    end = a_day(rng)
    begin = end - timedelta(days=30)

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer)
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(
            p,
            s,
            f"{holder} · {card}",
            tr(L, "Statement", "Abrechnung", "Releve") + f" {fmt(end, L, 'short')}",
        )

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    y = window(p, s, snd, flow.y, [holder, *postal(rng, "de" if L == "de" else L)])
    title = tr(L, "Credit Card Statement", "Kreditkartenabrechnung", "Releve de carte de credit")
    p.text(w - m, flow.y, title, s.bold, s.size + 2, "right")
    pairs(
        p,
        s,
        w / 2 + 20,
        flow.y + 16,
        [
            (tr(L, "Card number", "Kartennummer", "Numero de carte"), card),
            (tr(L, "Statement date", "Abrechnungsdatum", "Date du releve"), fmt(end, L, "short")),
            (
                tr(L, "Period", "Zeitraum", "Periode"),
                f"{fmt(begin, L, 'short')} - {fmt(end, L, 'short')}",
            ),
            (
                tr(L, "Credit limit", "Kreditrahmen", "Plafond"),
                money(rng.choice([1500, 3000, 5000, 8000]), L),
            ),
        ],
        w - m,
    )
    flow.y = max(y, flow.y + 16 + 4 * 1.45 * (s.size - 1)) + 16
    rows = []
    prev_bal = rng.uniform(0, 2400)
    paid = round(prev_bal * rng.choice([1, 1, 0.3, 0.1]), 2)
    spent = 0.0
    d = begin
    rows.append(
        [
            fmt(d + timedelta(days=3), L, "short"),
            tr(L, "PAYMENT - THANK YOU", "ZAHLUNG - DANKE", "PAIEMENT - MERCI"),
            "",
            money(paid, L),
        ]
    )
    for _ in range(rng.choice([6, 12, 20, 35, 60, 90])):
        d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        d = min(d, end)
        v = rng.uniform(3, 380)
        spent += v
        rows.append([fmt(d, L, "short"), rng.choice(MERCHANTS), money(v, L), ""])
    interest = prev_bal * 0.018 if paid < prev_bal else 0.0
    if interest:
        rows.append(
            [fmt(end, L, "short"), tr(L, "INTEREST", "ZINSEN", "INTERETS"), money(interest, L), ""]
        )
    new_bal = prev_bal - paid + spent + interest
    # summary box
    box_h = 46
    flow.page.rect(m, flow.y, w - 2 * m, box_h)
    labels = [
        (tr(L, "Previous balance", "Vorheriger Saldo", "Solde precedent"), prev_bal),
        (tr(L, "Payments", "Zahlungen", "Paiements"), -paid),
        (tr(L, "Purchases & charges", "Umsaetze", "Achats et frais"), spent + interest),
        (tr(L, "New balance", "Neuer Saldo", "Nouveau solde"), new_bal),
    ]
    cw = (w - 2 * m) / 4
    for k, (lab, val) in enumerate(labels):
        x = m + k * cw
        if k:
            flow.page.line(x, flow.y, x, flow.y + box_h)
        flow.page.text(x + cw / 2, flow.y + 16, fit(lab, s.font, 8, cw - 6), s.font, 8, "center")
        flow.page.text(x + cw / 2, flow.y + 34, money(val, L), s.bold, s.size, "center")
    flow.y += box_h + 16
    minimum = max(5.0, new_bal * 0.03)
    due = end + timedelta(days=21)
    flow.para(
        m,
        w - 2 * m,
        tr(
            L,
            f"Minimum payment {money(minimum)} due by {day_str(snd, due)}.",
            f"Mindestzahlung {money(minimum, L)} EUR faellig am {fmt(due, L, 's')}.",
            f"Paiement minimum {money(minimum, L)} EUR avant le {fmt(due, L, 's')}.",
        ),
        s.bold,
        s.size,
    )
    cols = columns(m, w - m, [(1.1, "left"), (3.4, "left"), (1.2, "right"), (1.2, "right")])
    table(
        flow,
        cols,
        [
            tr(L, "Date", "Datum", "Date"),
            tr(L, "Description", "Beschreibung", "Libelle"),
            tr(L, "Debit", "Belastung", "Debit"),
            tr(L, "Credit", "Gutschrift", "Credit"),
        ],
        rows,
        s,
        shade=0.9,
    )
    flow.y += 10
    flow.para(m, w - 2 * m, say(rng, "card") + " " + say(rng, "card"), s.font, s.size - 2)
    if rng.random() < 0.6:
        flow.need(150)
        y = h - m - 140
        cut_line(
            flow.page,
            y,
            tr(L, "detach and return with your payment", "hier abtrennen", "a detacher"),
            s.font,
        )
        p = flow.page
        p.text(
            m,
            y + 24,
            tr(L, "PAYMENT SLIP", "UEBERWEISUNGSTRAEGER", "TALON DE PAIEMENT"),
            s.bold,
            s.size,
        )
        pairs(
            p,
            s,
            m,
            y + 42,
            [
                (tr(L, "Card", "Karte", "Carte"), card),
                (tr(L, "New balance", "Neuer Saldo", "Nouveau solde"), money(new_bal, L)),
                (tr(L, "Minimum payment", "Mindestbetrag", "Minimum"), money(minimum, L)),
            ],
            w / 2,
        )
        p.text(w / 2 + 30, y + 42, tr(L, "Amount enclosed", "Betrag", "Montant verse"), s.font, 8)
        p.rect(w / 2 + 30, y + 48, w / 2 - m - 30, 22)
        p.barcode("code128", f"{rng.randint(10**11, 10**12 - 1)}", w / 2 + 30, y + 80)
    number(flow.pages, s, snd)
    return flow.pages


FUNDS = [
    "Ashgrove Global Equity Acc",
    "Tidewater Sterling Bond Inc",
    "Emerging Markets Index Fund",
    "European Smaller Companies",
    "MSCI World ETF",
    "Short Duration Gilt Fund",
    "Property Income Trust",
    "Japan Value Fund B",
    "Nachhaltigkeit Aktien Europa",
    "Money Market Reserve",
    "Global Infrastructure Income",
    "US Technology Leaders",
]


def tpl_fund_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """Portfolio statement: optional cover page, holdings, transactions, notes (2-5 pages)."""
    s = who.style
    snd = sender(who, "broker", ["left", "centre", "logo", "rule"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    inv = person(rng)
    acc = f"{rng.choice(['ISA', 'GIA', 'SIPP', 'DEP'])}-{rng.randint(100000, 999999)}"
    end = a_day(rng)
    title = tr(L, "Portfolio Valuation", "Depotauszug", "Releve de portefeuille")
    pages: list[Page] = []
    cover = rng.random() < 0.45
    if cover:
        c = Page(s.page_size)
        c.rect(0, h * 0.3, w, 120, fill=0.85)
        size = shrink(snd.name, s.bold, 22, w - 2 * m)
        c.text(m, h * 0.3 + 45, snd.name, s.bold, size)
        c.text(
            m,
            h * 0.3 + 80,
            f"{title} {tr(L, 'as at', 'zum', 'au')} {day_str(snd, end)}",
            s.font,
            14,
        )
        c.text(m, h * 0.3 + 102, f"{inv} · {acc}", s.font, 11)
        c.text(
            m, h - m, tr(L, "Private and confidential", "Vertraulich", "Confidentiel"), s.font, 8
        )
        pages.append(c)

    def start(p: Page, i: int) -> float:
        if i == 1:
            y = letterhead(p, s, snd)
            p.text(m, y, title, s.bold, s.size + 5)
            p.text(m, y + 16, f"{inv} · {acc} · {day_str(snd, end)}", s.font, s.size - 1)
            return y + 40
        return running_head(p, s, f"{title} · {acc}", day_str(snd, end))

    flow = Flow(s.page_size, h - m - 16, start)
    raw = []
    for f in rng.sample(FUNDS, rng.randint(3, 10)):
        units = rng.uniform(10, 5000)
        price = rng.uniform(0.8, 320)
        raw.append((f, units, price, units * price))
    total = sum(r[3] for r in raw)
    holds = [
        [
            f,
            f"{u:,.3f}",
            f"{pr:,.4f}",
            money(v, L),
            f"{v / total:.1%}",
            f"{rng.uniform(-12, 25):+.1f}%",
        ]
        for f, u, pr, v in raw
    ]
    flow.heading(m, tr(L, "Holdings", "Bestand", "Positions"), s.bold, s.size + 1)
    cols = columns(
        m,
        w - m,
        [
            (3.2, "left"),
            (1.2, "right"),
            (1.2, "right"),
            (1.4, "right"),
            (0.9, "right"),
            (0.9, "right"),
        ],
    )
    table(
        flow,
        cols,
        [
            tr(L, "Fund", "Fonds", "Fonds"),
            tr(L, "Units", "Anteile", "Parts"),
            tr(L, "Price", "Kurs", "Cours"),
            tr(L, "Value", "Wert", "Valeur"),
            "%",
            "1y",
        ],
        holds,
        s,
        rules=True,
    )
    flow.need(20)
    flow.page.text(cols[3][1], flow.y + 4, money(total, L), s.bold, s.size, "right")
    flow.page.text(
        m,
        flow.y + 4,
        tr(L, "Total portfolio value", "Depotwert gesamt", "Valeur totale"),
        s.bold,
        s.size,
    )
    flow.y += 30
    flow.heading(
        m,
        tr(L, "Transactions in the period", "Umsaetze im Zeitraum", "Operations"),
        s.bold,
        s.size + 1,
    )
    tx = []
    d = end - timedelta(days=rng.choice([91, 182, 365]))
    for _ in range(rng.choice([3, 8, 15, 30, 50])):
        d += timedelta(days=rng.randint(1, 9))
        kind = rng.choice(["Buy", "Sell", "Dividend", "Fee", "Contribution"])
        tx.append(
            [
                fmt(d, L, "short"),
                kind,
                fit(rng.choice(FUNDS), s.font, s.size - 1, 200),
                money(rng.uniform(5, 4000), L),
            ]
        )
    cols = columns(m, w - m, [(1.1, "left"), (1.1, "left"), (3.2, "left"), (1.3, "right")])
    table(
        flow,
        cols,
        [
            tr(L, "Date", "Datum", "Date"),
            tr(L, "Type", "Art", "Type"),
            tr(L, "Fund", "Fonds", "Fonds"),
            tr(L, "Amount", "Betrag", "Montant"),
        ],
        tx,
        s,
    )
    flow.heading(
        m,
        tr(L, "Important information", "Wichtige Hinweise", "Informations importantes"),
        s.bold,
        s.size,
    )
    for _ in range(rng.randint(2, 5)):
        flow.para(m, w - 2 * m, text_of(rng, "fund"), s.font, s.size - 2)
    number(flow.pages, s, snd)
    return pages + flow.pages


def tpl_phone_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """Phone bill: summary page with total, then an itemised call list (2-6 pages)."""
    s = who.style
    snd = sender(who, "telco")
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    cust = person(rng)
    acct = f"{rng.randint(100000000, 999999999)}"
    msisdn = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    day = a_day(rng)
    bill_no = f"{rng.randint(10**9, 10**10 - 1)}"

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(
            p,
            s,
            f"{tr(L, 'Itemised calls', 'Einzelverbindungsnachweis', 'Detail des appels')} {msisdn}",
            f"{tr(L, 'Bill', 'Rechnung', 'Facture')} {bill_no}",
        )

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    y = window(p, s, snd, flow.y, [cust, *postal(rng, L)])
    p.text(
        w - m,
        flow.y,
        tr(L, "Your bill", "Ihre Rechnung", "Votre facture"),
        s.bold,
        s.size + 6,
        "right",
    )
    pairs(
        p,
        s,
        w / 2 + 30,
        flow.y + 20,
        [
            (tr(L, "Bill date", "Rechnungsdatum", "Date"), day_str(snd, day)),
            (tr(L, "Bill number", "Rechnungsnr.", "No de facture"), bill_no),
            (tr(L, "Account", "Kundenkonto", "Compte"), acct),
            (tr(L, "Mobile number", "Rufnummer", "Numero"), msisdn),
        ],
        w - m,
    )
    y = max(y, flow.y + 80) + 20
    plan = rng.uniform(8, 45)
    items = [
        (tr(L, "Monthly plan", "Grundgebuehr", "Forfait mensuel"), plan),
        (
            tr(L, "Calls outside allowance", "Verbindungen", "Appels hors forfait"),
            rng.uniform(0, 30),
        ),
        (tr(L, "Roaming", "Roaming", "Itinerance"), rng.choice([0.0, 0.0, rng.uniform(2, 40)])),
        (tr(L, "Text messages", "SMS", "SMS"), rng.uniform(0, 6)),
        (
            tr(L, "Device instalment", "Geraeterate", "Mensualite telephone"),
            rng.choice([0.0, 19.0, 32.5]),
        ),
    ]
    net = sum(v for _, v in items)
    vat_rate = {"en": 0.20, "de": 0.19, "fr": 0.20}[L]
    p.text(m, y, tr(L, "Summary of charges", "Uebersicht", "Recapitulatif"), s.bold, s.size + 1)
    y += 18
    for lab, v in items:
        p.text(m, y, lab, s.font, s.size)
        p.text(w - m, y, money(v, L), s.font, s.size, "right")
        y += s.size * 1.5
    p.line(w / 2, y - 6, w - m, y - 6)
    y += 4
    for lab, v, f in [
        (tr(L, "Net", "Netto", "HT"), net, s.font),
        (f"{tr(L, 'VAT', 'USt.', 'TVA')} {vat_rate:.0%}", net * vat_rate, s.font),
        (tr(L, "Total to pay", "Gesamtbetrag", "Total a payer"), net * (1 + vat_rate), s.bold),
    ]:
        p.text(w / 2, y, lab, f, s.size)
        p.text(w - m, y, f"{money(v, L)} {cur(L)}", f, s.size, "right")
        y += s.size * 1.6
    y += 10
    y = para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            L,
            f"We will collect this amount by Direct Debit on or after {day_str(snd, day + timedelta(days=14))}.",
            f"Der Betrag wird am {fmt(day + timedelta(days=14), L, 's')} von Ihrem Konto abgebucht.",
            f"Ce montant sera preleve le {fmt(day + timedelta(days=14), L, 's')}.",
        ),
    )
    foot(p, s, snd.footer)
    flow.new_page()
    calls = []
    t = day - timedelta(days=30)
    for _ in range(rng.choice([25, 40, 70, 110, 160])):
        t += timedelta(hours=rng.randint(1, 9))
        kind = rng.choice(["Call", "Call", "SMS", "Data"])
        dur = (
            f"{rng.randint(0, 40)}:{rng.randint(0, 59):02d}"
            if kind == "Call"
            else ("1" if kind == "SMS" else f"{rng.randint(1, 900)} MB")
        )
        calls.append(
            [
                fmt(t, L, "short"),
                f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                f"0{rng.randint(1000, 7999)} {rng.randint(100000, 999999)}"
                if kind != "Data"
                else "internet",
                kind,
                dur,
                money(rng.choice([0.0, 0.0, 0.0, rng.uniform(0.05, 3)]), L),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.7, "left"),
            (1.8, "left"),
            (0.8, "left"),
            (0.9, "right"),
            (0.9, "right"),
        ],
    )
    table(
        flow,
        cols,
        [
            tr(L, "Date", "Datum", "Date"),
            tr(L, "Time", "Zeit", "Heure"),
            tr(L, "Number", "Rufnummer", "Numero"),
            tr(L, "Type", "Art", "Type"),
            tr(L, "Duration", "Dauer", "Duree"),
            tr(L, "Cost", "Betrag", "Cout"),
        ],
        calls,
        s,
        size=s.size - 2,
        shade=0.9,
    )
    number(flow.pages, s, snd)
    return flow.pages


def tpl_school_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """Letter to parents about a trip or event, with a tear-off reply slip (one page)."""
    s = who.style
    snd = sender(who, "school", ["centre", "logo", "left", "rule"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    day = a_day(rng)
    p.text(w - m, y, day_str(snd, day), s.font, s.size, "right")
    y += 22
    event = rng.choice(
        [
            (
                "Year 4 trip to the Natural History Museum",
                "Klassenfahrt nach Auental",
                "Sortie au musee de Montaury",
            ),
            ("Sports day", "Bundesjugendspiele", "Journee sportive"),
            ("Parents' evening", "Elternsprechtag", "Reunion parents-professeurs"),
            ("Flu vaccination programme", "Impfaktion", "Campagne de vaccination"),
        ]
    )
    subject = tr(L, *event)
    p.text(
        m, y, tr(L, "Dear Parents and Carers,", "Liebe Eltern,", "Chers parents,"), s.font, s.size
    )
    y += 20
    p.text(m, y, f"{tr(L, 'Re:', 'Betreff:', 'Objet :')} {subject}", s.bold, s.size)
    y += 20
    for _ in range(rng.randint(2, 4)):
        y = para(p, s, m, y, w - 2 * m, text_of(rng, "school", 2, 3))
    cost = rng.choice([0, 0, 4.5, 12, 18.5])
    when = day + timedelta(days=rng.randint(10, 40))
    y = para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            L,
            f"The event takes place on {day_str(snd, when)}."
            + (f" The cost is {money(cost)} per child." if cost else ""),
            f"Termin: {fmt(when, L, 's')}."
            + (f" Kostenbeitrag: {money(cost, L)} EUR." if cost else ""),
            f"Date : {fmt(when, L, 's')}."
            + (f" Participation : {money(cost, L)} EUR." if cost else ""),
        ),
    )
    y += 4
    p.text(
        m, y, tr(L, "Kind regards,", "Mit freundlichen Gruessen", "Cordialement,"), s.font, s.size
    )
    head = person(rng)
    p.text(m, y + 36, head, s.font, s.size)
    p.text(m, y + 48, tr(L, "Headteacher", "Schulleitung", "Principal"), s.font, s.size - 1)
    y = max(y + 70, h - m - 150)
    if y < h - m - 110:
        cut_line(
            p,
            y,
            tr(L, "please return to the class teacher", "bitte abtrennen", "a retourner"),
            s.font,
        )
        y += 26
        p.text(m, y, tr(L, "REPLY SLIP", "RUECKMELDUNG", "COUPON-REPONSE"), s.bold, s.size)
        p.text(w - m, y, subject, s.font, s.size - 1, "right") if tw(
            subject, s.font, s.size - 1
        ) < w / 2 else None
        y += 20
        for lab in [
            tr(L, "Child's name", "Name des Kindes", "Nom de l'enfant"),
            tr(L, "Class", "Klasse", "Classe"),
        ]:
            p.text(m, y, lab, s.font, s.size - 1)
            dotted(p, m + 100, w - m, y + 1)
            y += 20
        box(p, m, y, False)
        p.text(
            m + 14, y, tr(L, "I give consent", "Einverstanden", "J'autorise"), s.font, s.size - 1
        )
        box(p, m + 170, y, False)
        p.text(
            m + 184,
            y,
            tr(L, "I do not give consent", "Nicht einverstanden", "Je n'autorise pas"),
            s.font,
            s.size - 1,
        )
        y += 26
        p.text(
            m, y, tr(L, "Signed (parent/carer)", "Unterschrift", "Signature"), s.font, s.size - 1
        )
        dotted(p, m + 120, w - m, y + 1)
    return [p]


def tpl_waste_calendar(rng: random.Random, who: Issuer) -> list[Page]:
    """Municipal waste-collection notice: a twelve-month grid of collection days (one page)."""
    s = who.style
    snd = sender(who, "municipal", ["band", "left", "centre"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    year = rng.randint(2021, 2026)
    title = tr(
        L,
        f"Waste collection calendar {year}",
        f"Abfuhrkalender {year}",
        f"Calendrier de collecte {year}",
    )
    p.text(w / 2, y + 6, title, s.bold, shrink(title, s.bold, 18, w - 2 * m), "center")
    y += 26
    street = rng.choice(ROADS[L])
    p.text(
        w / 2,
        y,
        f"{tr(L, 'For', 'Fuer', 'Pour')}: {street}, {rng.choice(PLACES[L])}",
        s.font,
        s.size,
        "center",
    )
    y += 22
    bins = [
        (
            tr(L, "R = general waste", "R = Restmuell", "O = ordures menageres"),
            "R" if L != "fr" else "O",
        ),
        (
            tr(L, "G = garden waste", "B = Biotonne", "V = dechets verts"),
            {"en": "G", "de": "B", "fr": "V"}[L],
        ),
        (tr(L, "P = paper", "P = Papier", "P = papier"), "P"),
        (
            tr(L, "Y = plastics", "G = Gelber Sack", "J = emballages"),
            {"en": "Y", "de": "G", "fr": "J"}[L],
        ),
    ]
    p.text(
        m,
        y,
        "   ".join(b[0] for b in bins),
        s.font,
        shrink("   ".join(b[0] for b in bins), s.font, s.size - 1, w - 2 * m),
    )
    y += 16
    cw = (w - 2 * m) / 4
    rh = (h - m - 90 - y) / 3
    weekday = rng.randint(0, 4)
    for k in range(12):
        x = m + (k % 4) * cw
        yy = y + (k // 4) * rh
        p.rect(x + 2, yy, cw - 4, rh - 6)
        p.rect(x + 2, yy, cw - 4, 16, fill=0.85)
        p.text(x + cw / 2, yy + 12, MONTHS[L][k], s.bold, s.size - 1, "center")
        d = date(year, k + 1, 1)
        while d.weekday() != weekday:
            d += timedelta(days=1)
        line_y = yy + 30
        wk = 0
        while d.month == k + 1 and line_y < yy + rh - 10:
            code = bins[wk % 2][1] + (" " + bins[2 + wk % 2][1] if rng.random() < 0.4 else "")
            p.text(x + 10, line_y, f"{d.day:2d}.", s.font, s.size - 1)
            p.text(x + cw - 12, line_y, code, s.bold, s.size - 1, "right")
            line_y += (s.size - 1) * 1.5
            d += timedelta(days=7)
            wk += 1
    y = h - m - 70
    y = para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            L,
            "Please put your bins out by 7am on collection day. Collections after bank holidays may be one day later.",
            "Bitte stellen Sie die Behaelter am Abfuhrtag bis 6 Uhr bereit. Nach Feiertagen verschiebt sich die Abfuhr um einen Tag.",
            "Merci de sortir vos bacs la veille au soir. Les collectes des jours feries sont decalees.",
        ),
        s.size - 1,
    )
    p.text(
        m,
        y + 4,
        f"{tr(L, 'Questions', 'Fragen', 'Renseignements')}: {snd.phone} · {snd.mail}",
        s.font,
        s.size - 2,
    )
    return [p]


def tpl_building_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """Building permit / planning decision: decision, numbered conditions, signature (2-4 pp)."""
    s = who.style
    snd = sender(who, "planning", ["left", "centre", "rule", "right"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    ref = f"{rng.choice(['PA', 'BG', 'FUL'])}/{rng.randint(20, 25)}/{rng.randint(100, 9999):04d}"
    day = a_day(rng)
    applicant = person(rng)
    site = postal(rng, L)
    title = tr(
        L, "Notice of Decision - Full Planning Permission", "Baugenehmigung", "Permis de construire"
    )

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer)
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(
            p, s, f"{tr(L, 'Application', 'Aktenzeichen', 'Dossier')} {ref}", day_str(snd, day)
        )

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    y = window(p, s, snd, flow.y, [applicant, *postal(rng, L)])
    pairs(
        p,
        s,
        w / 2 + 30,
        flow.y + 10,
        [
            (tr(L, "Our ref.", "Aktenzeichen", "Dossier"), ref),
            (tr(L, "Date", "Datum", "Date"), day_str(snd, day)),
            (tr(L, "Officer", "Sachbearbeitung", "Instructeur"), person(rng)),
        ],
        w - m,
    )
    flow.y = y + 24
    flow.page.text(m, flow.y, title, s.bold, shrink(title, s.bold, s.size + 3, w - 2 * m))
    flow.y += 22
    work = rng.choice(
        [
            "Erection of single-storey rear extension and loft conversion",
            "Demolition of garage and construction of two-storey side extension",
            "Change of use from retail to residential with external alterations",
            "Installation of dormer window and replacement roof",
        ]
    )
    for lab, val in [
        (tr(L, "Site", "Grundstueck", "Terrain"), ", ".join(site)),
        (tr(L, "Proposal", "Vorhaben", "Projet"), work),
        (tr(L, "Applicant", "Bauherr", "Demandeur"), applicant),
    ]:
        flow.page.text(m, flow.y, f"{lab}:", s.bold, s.size - 1)
        for line in wrap(val, s.font, s.size - 1, w - 2 * m - 90):
            flow.page.text(m + 90, flow.y, line, s.font, s.size - 1)
            flow.y += (s.size - 1) * 1.4
        flow.y += 4
    flow.y += 6
    flow.para(
        m,
        w - 2 * m,
        tr(
            L,
            "In pursuance of its powers the Council hereby GRANTS permission for the development "
            "described above in accordance with the application and plans submitted, subject to "
            "the following conditions:",
            "Die beantragte Baugenehmigung wird nach Massgabe der eingereichten Bauvorlagen unter "
            "folgenden Auflagen und Bedingungen erteilt:",
            "Le permis de construire est ACCORDE pour le projet decrit ci-dessus, sous reserve "
            "des prescriptions suivantes :",
        ),
        s.font,
        s.size,
    )
    for k in range(1, rng.randint(5, 16)):
        flow.need(s.size * 4)
        flow.page.text(m, flow.y, f"{k}.", s.bold, s.size)
        flow.para(m + 22, w - 2 * m - 22, text_of(rng, "permit", 1, 3), s.font, s.size, 0.4)
        if rng.random() < 0.5:
            flow.para(
                m + 22,
                w - 2 * m - 22,
                tr(L, "Reason: ", "Begruendung: ", "Motif : ") + say(rng, "permit"),
                italic(s.font),
                s.size - 1,
            )
    flow.heading(m, tr(L, "Informatives", "Hinweise", "Observations"), s.bold, s.size)
    for _ in range(rng.randint(1, 3)):
        flow.para(m, w - 2 * m, text_of(rng, "permit"), s.font, s.size - 1)
    flow.need(90)
    flow.y = signature(
        flow.page,
        s,
        m,
        flow.y,
        person(rng),
        tr(L, "Head of Planning Services", "Bauaufsichtsbehoerde", "Le Maire"),
    )
    number(flow.pages, s, snd, style="" if snd.numbers != "none" else "2:Page {i}")
    return flow.pages


TREATMENTS = [
    ("Consultation", "Untersuchung", "Consultation"),
    ("Vaccination (DHP/L4)", "Impfung SHPPi/L4", "Vaccin CHPPiL"),
    ("Rabies vaccination", "Tollwutimpfung", "Vaccin antirabique"),
    ("Worming tablet", "Entwurmung", "Vermifuge"),
    ("Flea treatment spot-on", "Flohbehandlung", "Antiparasitaire"),
    ("Dental scale and polish", "Zahnsteinentfernung", "Detartrage"),
    ("Blood test (geriatric panel)", "Blutuntersuchung", "Bilan sanguin"),
    ("Microchip", "Mikrochip", "Puce electronique"),
    ("Nail clip", "Krallen schneiden", "Coupe des griffes"),
    ("Antibiotic course 10 days", "Antibiotikum 10 Tage", "Antibiotique 10 jours"),
    ("Anaesthetic", "Narkose", "Anesthesie"),
    ("X-ray (2 views)", "Roentgen (2 Ebenen)", "Radiographie"),
]


def tpl_vet_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """Veterinary invoice: owner, patient (animal), treatment lines, VAT and total."""
    s = who.style
    snd = sender(who, "vet", ["logo", "right", "left", "rule"])
    L = snd.lang
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    owner = person(rng)
    y0 = window(p, s, snd, y, [owner, *postal(rng, L)])
    day = a_day(rng)
    pet = rng.choice(["Biscuit", "Luna", "Max", "Pepper", "Oscar", "Fifi", "Bruno", "Mochi"])
    species = rng.choice(
        [("Dog", "Hund", "Chien"), ("Cat", "Katze", "Chat"), ("Rabbit", "Kaninchen", "Lapin")]
    )
    pairs(
        p,
        s,
        w / 2 + 30,
        y + 10,
        [
            (tr(L, "Invoice no.", "Rechnung Nr.", "Facture no"), f"{rng.randint(10000, 99999)}"),
            (tr(L, "Date", "Datum", "Date"), day_str(snd, day)),
            (tr(L, "Patient", "Patient", "Animal"), pet),
            (tr(L, "Species", "Tierart", "Espece"), tr(L, *species)),
            (tr(L, "Client no.", "Kunden-Nr.", "Client"), f"C{rng.randint(1000, 9999)}"),
        ],
        w - m,
    )
    y = max(y0, y + 90) + 18
    p.text(m, y, tr(L, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 4)
    y += 22
    cols = columns(m, w - m, [(0.6, "left"), (3.2, "left"), (1, "right"), (1.1, "right")])
    for c, t in zip(
        cols,
        [
            tr(L, "Qty", "Anz.", "Qte"),
            tr(L, "Treatment", "Leistung", "Acte"),
            tr(L, "Unit", "Einzel", "P.U."),
            tr(L, "Amount", "Betrag", "Montant"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, s.size - 1)
    p.line(m, y + 5, w - m, y + 5)
    y += 18
    net = 0.0
    for t in rng.sample(TREATMENTS, rng.randint(1, 7)):
        q = rng.choice([1, 1, 1, 2])
        u = rng.uniform(8, 180)
        net += q * u
        for c, v in zip(cols, [str(q), tr(L, *t), money(u, L), money(q * u, L)], strict=True):
            cell(p, c, y, v, s.font, s.size - 1)
        y += (s.size - 1) * 1.6
    p.line(w / 2, y, w - m, y)
    y += 14
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[L]
    y = pairs(
        p,
        s,
        w / 2,
        y,
        [
            (tr(L, "Subtotal", "Netto", "Total HT"), money(net, L)),
            (f"{tr(L, 'VAT', 'MwSt.', 'TVA')} {rate:.0%}", money(net * rate, L)),
        ],
        w - m,
    )
    p.text(w / 2, y + 4, tr(L, "Total", "Gesamt", "Total TTC"), s.bold, s.size)
    p.text(w - m, y + 4, f"{money(net * (1 + rate), L)} {cur(L)}", s.bold, s.size, "right")
    y += 30
    paid = rng.random() < 0.6
    p.text(
        m,
        y,
        tr(
            L,
            "Paid by card - thank you." if paid else "Payment due within 14 days.",
            "Bezahlt (EC-Karte). Vielen Dank." if paid else "Zahlbar innerhalb von 14 Tagen.",
            "Regle par carte. Merci." if paid else "Payable sous 14 jours.",
        ),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.5:
        p.text(
            m,
            y + 16,
            tr(
                L,
                f"Next vaccination due: {day_str(snd, day + timedelta(days=365))}",
                f"Naechste Impfung: {fmt(day + timedelta(days=365), L, 's')}",
                f"Prochain rappel : {fmt(day + timedelta(days=365), L, 's')}",
            ),
            italic(s.font),
            s.size - 1,
        )
    foot(p, s, snd.footer)
    return [p]


def tpl_dental_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """Dental treatment plan and estimate: tooth chart, items, patient consent (1-2 pages)."""
    s = who.style
    snd = sender(who, "dental", ["right", "logo", "centre"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    pat = person(rng)
    day = a_day(rng)
    title = tr(L, "Treatment Plan and Estimate", "Heil- und Kostenplan", "Devis de soins dentaires")

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(p, s, f"{title} · {pat}", "")

    flow = Flow(s.page_size, h - m - 10, start)
    p = flow.page
    p.text(m, flow.y, title, s.bold, shrink(title, s.bold, s.size + 4, w / 2 - m))
    pairs(
        p,
        s,
        m,
        flow.y + 20,
        [
            (tr(L, "Patient", "Patient/in", "Patient"), pat),
            (
                tr(L, "Date of birth", "Geburtsdatum", "Ne(e) le"),
                fmt(
                    date(rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28)),
                    L,
                    "short",
                ),
            ),
            (tr(L, "Date", "Datum", "Date"), day_str(snd, day)),
        ],
        w / 2 - 10,
    )
    # tooth chart
    x0 = w / 2 + 10
    cwid = (w - m - x0) / 16
    y = flow.y + 8
    upper = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28]
    lower = [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38]
    marked = set(rng.sample(upper + lower, rng.randint(1, 6)))
    for r, teeth in enumerate([upper, lower]):
        for k, t in enumerate(teeth):
            x = x0 + k * cwid
            yy = y + r * 34
            p.rect(x, yy, cwid, 14, fill=0.8 if t in marked else None)
            if t in marked:
                p.rect(x + 1, yy + 1, cwid - 2, 12)
            p.text(x + cwid / 2, yy + (26 if r == 0 else -3), str(t), s.font, 6, "center")
    p.line(x0 + 8 * cwid, y - 4, x0 + 8 * cwid, y + 52)
    flow.y = max(flow.y + 20 + 3 * 1.45 * (s.size - 1), y + 56) + 14
    items = [
        ("Examination", "Untersuchung", "Examen"),
        ("Composite filling", "Kompositfuellung", "Composite"),
        ("Root canal treatment", "Wurzelkanalbehandlung", "Traitement canalaire"),
        ("Crown (porcelain bonded)", "Metallkeramikkrone", "Couronne ceramo-metallique"),
        ("Extraction", "Extraktion", "Extraction"),
        ("Hygienist visit", "Professionelle Zahnreinigung", "Detartrage"),
        ("Implant", "Implantat", "Implant"),
        ("Radiograph", "Roentgenbild", "Radiographie"),
    ]
    rows = []
    total = 0.0
    for t in sorted(marked):
        it = rng.choice(items)
        v = rng.uniform(30, 1400)
        total += v
        rows.append([str(t), tr(L, *it), money(v, L)])
    cols = columns(m, w - m, [(0.6, "left"), (4, "left"), (1.2, "right")])
    table(
        flow,
        cols,
        [
            tr(L, "Tooth", "Zahn", "Dent"),
            tr(L, "Treatment", "Behandlung", "Acte"),
            tr(L, "Fee", "Kosten", "Honoraires"),
        ],
        rows,
        s,
        shade=0.9,
    )
    flow.need(40)
    flow.page.text(
        cols[1][0],
        flow.y + 4,
        tr(L, "Estimated total", "Voraussichtliche Gesamtkosten", "Total estime"),
        s.bold,
        s.size,
    )
    flow.page.text(w - m, flow.y + 4, f"{money(total, L)} {cur(L)}", s.bold, s.size, "right")
    flow.y += 26
    for _ in range(rng.randint(1, 6)):
        flow.para(
            m,
            w - 2 * m,
            say(rng, "dental", 14)
            + " "
            + tr(
                L,
                "Estimates are valid for six months.",
                "Der Kostenplan ist sechs Monate gueltig.",
                "Devis valable six mois.",
            ),
            s.font,
            s.size - 1,
        )
    flow.need(80)
    flow.para(
        m,
        w - 2 * m,
        tr(
            L,
            "I have read and understood this treatment plan and agree to the treatment and fees.",
            "Ich bin mit der Behandlung und den Kosten einverstanden.",
            "J'accepte le plan de traitement et le devis ci-dessus.",
        ),
        s.font,
        s.size,
    )
    flow.y += 18
    flow.page.line(m, flow.y, m + 150, flow.y)
    flow.page.line(w - m - 150, flow.y, w - m, flow.y)
    flow.page.text(
        m,
        flow.y + 11,
        tr(L, "Patient signature", "Unterschrift Patient/in", "Signature du patient"),
        s.font,
        8,
    )
    flow.page.text(
        w - m - 150, flow.y + 11, tr(L, "Dentist", "Zahnarzt/Zahnaerztin", "Praticien"), s.font, 8
    )
    number(flow.pages, s, snd)
    return flow.pages


def field_value(rng: random.Random, lang: str, label: str) -> str:
    """A plausible handwritten-form entry for a claim-form field ``label``."""
    low = label.lower()
    if low in ("name", "account holder", "kontoinhaber", "titulaire"):
        return person(rng)
    if low in ("address", "anschrift", "adresse", "place", "ort", "lieu"):
        return ", ".join(postal(rng, lang))
    if low in ("date", "datum"):
        return fmt(a_day(rng), lang, "short")
    if low in ("time", "uhrzeit", "heure"):
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if low in ("telephone", "telefon"):
        return f"0{rng.randint(1000, 7999)} {rng.randint(100000, 999999)}"
    if low == "e-mail":
        return f"{person(rng).split()[0].lower()}@mail.example.com"
    if low == "iban":
        return f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    if low in ("station", "dienststelle", "commissariat"):
        return rng.choice(["Ashcombe Central", "PI Kirchbach-Ost", "Commissariat de Montaury"])
    return f"{rng.choice('ABCKMX')}{rng.randint(1000, 99999)}/{rng.randint(20, 25)}"


def tpl_claim_form(rng: random.Random, who: Issuer) -> list[Page]:
    """Insurance claim form: numbered sections of boxed fields over 3-5 pages, declaration."""
    s = who.style
    snd = sender(who, "insurer")
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    form = f"{tr(L, 'Form', 'Formular', 'Formulaire')} CL-{rng.randint(2, 9)} ({rng.randint(1, 12):02d}/{rng.randint(20, 25)})"
    policy = f"{rng.choice(['HH', 'MV', 'PL'])}{rng.randint(1000000, 9999999)}"
    filled = rng.random() < 0.6
    title = tr(L, "Claim Form", "Schadenanzeige", "Declaration de sinistre")

    def start(p: Page, i: int) -> float:
        p.text(m, h - m + 14, form, s.font, 7)
        if i == 1:
            y = letterhead(p, s, snd, rng.choice(["left", "band", "rule"]))
            p.text(m, y + 4, title, s.bold, s.size + 8)
            p.text(
                w - m,
                y + 4,
                f"{tr(L, 'Policy no.', 'Vers.-Nr.', 'Police')} {policy}",
                s.font,
                s.size,
                "right",
            )
            return y + 30
        p.text(w - m, m - 10, f"{title} · {policy}", s.font, 8, "right")
        return m + 10

    flow = Flow(s.page_size, h - m - 4, start)
    sections = [
        (
            tr(L, "Policyholder", "Versicherungsnehmer", "Assure"),
            [
                "Name",
                tr(L, "Address", "Anschrift", "Adresse"),
                tr(L, "Telephone", "Telefon", "Telephone"),
                "E-mail",
            ],
        ),
        (
            tr(L, "The incident", "Schadenereignis", "Le sinistre"),
            [
                tr(L, "Date", "Datum", "Date"),
                tr(L, "Time", "Uhrzeit", "Heure"),
                tr(L, "Place", "Ort", "Lieu"),
            ],
        ),
        (tr(L, "Damage or loss", "Schaden", "Dommages"), []),
        (
            tr(L, "Witnesses", "Zeugen", "Temoins"),
            ["Name", tr(L, "Address", "Anschrift", "Adresse")],
        ),
        (
            tr(L, "Police", "Polizei", "Police"),
            [
                tr(L, "Station", "Dienststelle", "Commissariat"),
                tr(L, "Crime ref.", "Tagebuch-Nr.", "Reference"),
            ],
        ),
        (tr(L, "Items claimed", "Beschaedigte Sachen", "Biens endommages"), ["table"]),
        (
            tr(L, "Bank details", "Bankverbindung", "Coordonnees bancaires"),
            [tr(L, "Account holder", "Kontoinhaber", "Titulaire"), "IBAN"],
        ),
    ]
    rng_sections = sections[:2] + rng.sample(sections[2:], rng.randint(3, 5))
    lw = 110
    for k, (sec, fields) in enumerate(rng_sections, 1):
        flow.need(70)
        flow.page.rect(m, flow.y - 11, w - 2 * m, 16, fill=0.85)
        flow.page.text(m + 4, flow.y, f"{k}. {sec}", s.bold, s.size)
        flow.y += 20
        if not fields:
            flow.page.text(m, flow.y, say(rng, "claim", 10).rstrip(".") + ":", s.font, s.size - 1)
            flow.y += 8
            hh = rng.choice([90, 140, 200])
            flow.need(hh + 10)
            flow.page.rect(m, flow.y, w - 2 * m, hh)
            if filled:
                yy = flow.y + 14
                for line in wrap(
                    text_of(rng, "claim", 2, 4), "Courier", s.size - 1, w - 2 * m - 12
                ):
                    if yy > flow.y + hh - 6:
                        break
                    flow.page.text(m + 6, yy, line, "Courier", s.size - 1)
                    yy += 12
            flow.y += hh + 18
            continue
        if fields == ["table"]:
            cols = columns(m, w - m, [(3, "left"), (1, "left"), (1.2, "right")])
            rows = [
                [
                    rng.choice(["Laptop", "Television", "Bicycle", "Jewellery", "Carpet", "Sofa"])
                    if filled
                    else "",
                    str(rng.randint(2012, 2024)) if filled else "",
                    money(rng.uniform(50, 2000), L) if filled else "",
                ]
                for _ in range(rng.randint(3, 8))
            ]
            table(
                flow,
                cols,
                [
                    tr(L, "Item", "Gegenstand", "Objet"),
                    tr(L, "Bought", "Gekauft", "Achat"),
                    tr(L, "Value", "Wert", "Valeur"),
                ],
                rows,
                s,
                rules=True,
            )
            flow.y += 10
            continue
        for f in fields:
            flow.need(24)
            flow.page.text(m, flow.y, f, s.font, s.size - 1)
            flow.page.rect(m + lw, flow.y - 12, w - 2 * m - lw, 17)
            if filled:
                val = field_value(rng, L, f)
                flow.page.text(
                    m + lw + 5,
                    flow.y,
                    fit(val, "Courier", s.size, w - 2 * m - lw - 10),
                    "Courier",
                    s.size,
                )
            flow.y += 23
        if rng.random() < 0.5:
            flow.page.text(m, flow.y, say(rng, "claim", 6).rstrip(".") + "?", s.font, s.size - 1)
            yes = rng.random() < 0.5
            box(flow.page, w - m - 110, flow.y, filled and yes)
            flow.page.text(w - m - 98, flow.y, tr(L, "Yes", "Ja", "Oui"), s.font, s.size - 1)
            box(flow.page, w - m - 50, flow.y, filled and not yes)
            flow.page.text(w - m - 38, flow.y, tr(L, "No", "Nein", "Non"), s.font, s.size - 1)
            flow.y += 22
        flow.y += 8
    flow.new_page() if rng.random() < 0.5 else flow.need(200)
    flow.page.rect(m, flow.y - 11, w - 2 * m, 16, fill=0.85)
    flow.page.text(m + 4, flow.y, tr(L, "Declaration", "Erklaerung", "Declaration"), s.bold, s.size)
    flow.y += 22
    for _ in range(rng.randint(2, 4)):
        flow.para(m, w - 2 * m, text_of(rng, "claim", 2, 3), s.font, s.size - 1)
    flow.y += 26
    flow.page.line(m, flow.y, m + 160, flow.y)
    flow.page.line(w - m - 140, flow.y, w - m, flow.y)
    flow.page.text(
        m, flow.y + 11, tr(L, "Signature of policyholder", "Unterschrift", "Signature"), s.font, 8
    )
    flow.page.text(w - m - 140, flow.y + 11, tr(L, "Date", "Datum", "Date"), s.font, 8)
    number(flow.pages, s, snd, style=tr(L, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    return flow.pages


PARTS = [
    ("Oil filter", "Oelfilter", "Filtre a huile"),
    ("Engine oil 5W-30 (l)", "Motoroel 5W-30 (l)", "Huile moteur 5W-30 (l)"),
    ("Air filter", "Luftfilter", "Filtre a air"),
    ("Pollen filter", "Innenraumfilter", "Filtre habitacle"),
    ("Brake pads front (set)", "Bremsbelaege vorn", "Plaquettes avant"),
    ("Brake discs front (pair)", "Bremsscheiben vorn", "Disques avant"),
    ("Wiper blades", "Wischerblaetter", "Balais d'essuie-glace"),
    ("Spark plugs (4)", "Zuendkerzen (4)", "Bougies (4)"),
    ("Tyre 205/55 R16", "Reifen 205/55 R16", "Pneu 205/55 R16"),
    ("Brake fluid", "Bremsfluessigkeit", "Liquide de frein"),
    ("Screenwash", "Scheibenreiniger", "Lave-glace"),
]


def tpl_car_service(rng: random.Random, who: Issuer) -> list[Page]:
    """Car service invoice: vehicle box, parts and labour, totals, advisories (1-2 pages)."""
    s = who.style
    snd = sender(who, "garage")
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    day = a_day(rng)
    inv = f"{rng.randint(100000, 999999)}"

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer)
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(
            p, s, f"{snd.name} · {tr(L, 'Invoice', 'Rechnung', 'Facture')} {inv}", ""
        )

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    y = window(p, s, snd, flow.y, [person(rng), *postal(rng, L)])
    pairs(
        p,
        s,
        w / 2 + 30,
        flow.y + 10,
        [
            (tr(L, "Invoice", "Rechnung", "Facture"), inv),
            (tr(L, "Date", "Datum", "Date"), day_str(snd, day)),
            (tr(L, "Job card", "Auftrag", "OR"), f"J{rng.randint(1000, 9999)}"),
        ],
        w - m,
    )
    y += 14
    p.rect(m, y, w - 2 * m, 34)
    car = rng.choice(
        [
            "VW Golf 1.5 TSI",
            "Ford Focus 1.0 EcoBoost",
            "Renault Clio V",
            "Skoda Octavia Estate",
            "Toyota Yaris Hybrid",
            "BMW 320d Touring",
        ]
    )
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    labels = [
        (tr(L, "Registration", "Kennzeichen", "Immatriculation"), reg_plate(rng, L)),
        (tr(L, "Vehicle", "Fahrzeug", "Vehicule"), car),
        ("VIN", vin),
        (tr(L, "Mileage", "km-Stand", "Kilometrage"), f"{rng.randint(5000, 190000):,}"),
    ]
    cw = (w - 2 * m) / 4
    for k, (lab, val) in enumerate(labels):
        p.text(m + k * cw + 4, y + 12, lab, s.font, 7)
        p.text(m + k * cw + 4, y + 26, fit(val, s.bold, s.size - 1, cw - 8), s.bold, s.size - 1)
    flow.y = y + 54
    flow.page.text(
        m,
        flow.y,
        tr(
            L,
            rng.choice(["Annual service", "Interim service", "MOT and service"]),
            rng.choice(["Inspektion", "Oelwechsel-Service"]),
            "Revision",
        ),
        s.bold,
        s.size + 1,
    )
    flow.y += 18
    rows = []
    net = 0.0
    for pt in rng.sample(PARTS, rng.randint(2, 9)):
        q = rng.choice([1, 1, 2, 4.5]) if "oil" not in pt[0] else 4.5
        u = rng.uniform(4, 160)
        net += q * u
        rows.append(
            [f"{rng.randint(100000, 999999)}", tr(L, *pt), f"{q:g}", money(u, L), money(q * u, L)]
        )
    hours = rng.choice([0.8, 1.2, 1.5, 2.0, 3.5])
    rate = rng.choice([72, 85, 96, 110])
    net += hours * rate
    rows.append(
        [
            "LAB",
            tr(L, "Labour", "Arbeitslohn", "Main d'oeuvre"),
            f"{hours:g}",
            money(rate, L),
            money(hours * rate, L),
        ]
    )
    cols = columns(
        m, w - m, [(1, "left"), (3, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        flow,
        cols,
        [
            tr(L, "Part no.", "Teile-Nr.", "Ref."),
            tr(L, "Description", "Bezeichnung", "Designation"),
            tr(L, "Qty", "Menge", "Qte"),
            tr(L, "Unit", "Preis", "P.U."),
            tr(L, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    vat = {"en": 0.2, "de": 0.19, "fr": 0.2}[L]
    flow.need(60)
    flow.y = pairs(
        flow.page,
        s,
        w / 2,
        flow.y + 6,
        [
            (tr(L, "Net total", "Summe netto", "Total HT"), money(net, L)),
            (f"{tr(L, 'VAT', 'MwSt.', 'TVA')} {vat:.0%}", money(net * vat, L)),
        ],
        w - m,
    )
    flow.page.text(
        w / 2, flow.y + 4, tr(L, "Amount due", "Rechnungsbetrag", "Net a payer"), s.bold, s.size + 1
    )
    flow.page.text(
        w - m, flow.y + 4, f"{money(net * (1 + vat), L)} {cur(L)}", s.bold, s.size + 1, "right"
    )
    flow.y += 30
    if rng.random() < 0.6:
        flow.heading(m, tr(L, "Advisories", "Empfehlungen", "Recommandations"), s.bold, s.size)
        for _ in range(rng.randint(1, 4)):
            flow.para(m + 10, w - 2 * m - 10, "- " + say(rng, "claim", 9), s.font, s.size - 1, 0.2)
    number(flow.pages, s, snd)
    return flow.pages


def tpl_rent_increase(rng: random.Random, who: Issuer) -> list[Page]:
    """Rent increase letter from a landlord or agent: old and new rent, legal basis (1-2 pp)."""
    s = who.style
    snd = sender(who, "landlord")
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    tenant = person(rng)
    addr = postal(rng, L)

    def start(p: Page, i: int) -> float:
        foot(p, s, snd.footer)
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(p, s, f"{tenant}, {addr[0]}", tr(L, "page 2", "Seite 2", "page 2"))

    flow = Flow(s.page_size, h - m - 20, start)
    p = flow.page
    day = a_day(rng)
    y = window(p, s, snd, flow.y, [tenant, *addr])
    p.text(
        w - m,
        flow.y + 20,
        f"{snd.town.split()[-1]}, {day_str(snd, day)}" if L == "de" else day_str(snd, day),
        s.font,
        s.size,
        "right",
    )
    flow.y = y + 26
    subj = tr(
        L,
        "Notice of rent increase",
        "Mieterhoehungsverlangen nach § 558 BGB",
        "Revision annuelle du loyer",
    )
    flow.page.text(m, flow.y, subj, s.bold, s.size + 1)
    flow.y += 22
    flow.para(
        m,
        w - 2 * m,
        tr(L, f"Dear {tenant.split()[0]},", f"Sehr geehrte/r {tenant},", "Madame, Monsieur,"),
        s.font,
        s.size,
    )
    old = rng.choice([650, 720, 845, 910, 1150, 1280])
    new = round(old * rng.uniform(1.03, 1.12))
    eff = day + timedelta(days=rng.choice([62, 90, 92]))
    flow.para(
        m,
        w - 2 * m,
        tr(
            L,
            f"We are writing to give you notice that the rent for {addr[0]} will increase from {day_str(snd, eff)}.",
            f"hiermit bitten wir Sie, der Erhoehung der Nettokaltmiete fuer die Wohnung {addr[0]} ab dem {fmt(eff, L, 's')} zuzustimmen.",
            f"Conformement au bail, le loyer du logement situe {addr[0]} sera revise a compter du {fmt(eff, L, 's')}.",
        ),
        s.font,
        s.size,
    )
    rows = [
        [tr(L, "Basic rent", "Nettokaltmiete", "Loyer hors charges"), money(old, L), money(new, L)],
        [tr(L, "Service charge", "Betriebskosten", "Charges"), money(rng.choice([80, 120, 160]), L)]
        * 1
        + [""],
    ]
    rows[1][2] = rows[1][1]
    cols = columns(m + 20, w - m - 20, [(3, "left"), (1.2, "right"), (1.2, "right")])
    table(
        flow,
        cols,
        ["", tr(L, "Current", "Bisher", "Actuel"), tr(L, "New", "Neu", "Nouveau")],
        rows,
        s,
    )
    flow.y += 8
    for _ in range(rng.randint(2, 6)):
        flow.para(m, w - 2 * m, text_of(rng, "legal", 2, 3), s.font, s.size)
    sig = person(rng)
    flow.need(90)
    flow.page.text(
        m,
        flow.y,
        tr(
            L,
            "Yours sincerely,",
            "Mit freundlichen Gruessen",
            "Veuillez agreer nos salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    signature(
        flow.page, s, m, flow.y, sig, tr(L, "Property Manager", "Hausverwaltung", "Gestionnaire")
    )
    return flow.pages


def tpl_agm_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """Notice of annual general meeting, numbered resolutions, notes, then a proxy form page."""
    s = who.style
    snd = sender(who, "plc", ["centre", "left", "logo"])
    w, h = s.page_size
    m = s.margin
    day = a_day(rng)
    meet = day + timedelta(days=rng.randint(21, 35))
    title = f"Notice of Annual General Meeting {meet.year}"

    def start(p: Page, i: int) -> float:
        if i == 1:
            return letterhead(p, s, snd)
        return running_head(p, s, f"{snd.name} - {title}", "")

    flow = Flow(s.page_size, h - m - 16, start)
    flow.page.text(
        w / 2, flow.y, title, s.bold, shrink(title, s.bold, s.size + 5, w - 2 * m), "center"
    )
    flow.y += 26
    flow.para(
        m,
        w - 2 * m,
        f"NOTICE IS HEREBY GIVEN that the Annual General Meeting of {snd.name} will be held at {snd.street}, {snd.town} on {fmt(meet, 'en', 'long')} at {rng.choice(['10.00 am', '11.30 am', '2.00 pm'])} for the following purposes:",
        s.font,
        s.size,
    )
    flow.heading(m, "Ordinary resolutions", s.bold, s.size)
    res = [
        "To receive the Company's annual accounts and the reports of the directors and auditors.",
        "To approve the directors' remuneration report.",
        f"To declare a final dividend of {rng.uniform(1, 30):.1f}p per ordinary share.",
        f"To re-elect {person(rng)} as a director.",
        f"To re-elect {person(rng)} as a director.",
        "To reappoint the auditors and authorise the directors to fix their remuneration.",
        "To authorise the directors to allot shares.",
    ]
    n = rng.randint(4, 7)
    for k, r in enumerate(res[:n], 1):
        flow.need(30)
        flow.page.text(m, flow.y, f"{k}.", s.font, s.size)
        flow.para(m + 20, w - 2 * m - 20, r, s.font, s.size, 0.4)
    flow.heading(m, "Special resolutions", s.bold, s.size)
    for k in range(n + 1, n + rng.randint(2, 4)):
        flow.need(30)
        flow.page.text(m, flow.y, f"{k}.", s.font, s.size)
        flow.para(m + 20, w - 2 * m - 20, text_of(rng, "company", 1, 3), s.font, s.size, 0.4)
    flow.need(80)
    flow.y += 6
    flow.page.text(m, flow.y, "By order of the Board", s.font, s.size)
    signature(flow.page, s, m, flow.y, person(rng), "Company Secretary")
    flow.y += 70
    flow.heading(m, "Notes", s.bold, s.size)
    for k in range(1, rng.randint(4, 10)):
        flow.need(20)
        flow.page.text(m, flow.y, f"{k}.", s.font, s.size - 2)
        flow.para(m + 16, w - 2 * m - 16, text_of(rng, "company", 1, 3), s.font, s.size - 2, 0.4)
    number(flow.pages, s, snd)
    proxy = Page(s.page_size)
    y = m + 10
    proxy.text(w / 2, y, "FORM OF PROXY", s.bold, s.size + 4, "center")
    proxy.text(
        w / 2, y + 16, f"{snd.name} - Annual General Meeting {meet.year}", s.font, s.size, "center"
    )
    y += 44
    y = para(
        proxy,
        s,
        m,
        y,
        w - 2 * m,
        f"I/We, being a member of the Company, appoint the Chair of the meeting or the person named below as my/our proxy to vote for me/us at the Annual General Meeting to be held on {fmt(meet, 'en', 'long')} and at any adjournment.",
        s.size - 1,
    )
    proxy.text(m, y + 6, "Name of proxy", s.font, s.size - 1)
    proxy.rect(m + 100, y - 6, w - 2 * m - 100, 17)
    y += 34
    cols = [w - m - 150, w - m - 100, w - m - 50]
    for c, t in zip(cols, ["For", "Against", "Withheld"], strict=True):
        proxy.text(c + 20, y, t, s.bold, 8, "center")
    y += 16
    for k in range(1, n + 3):
        proxy.text(m, y, f"Resolution {k}", s.font, s.size - 1)
        for c in cols:
            proxy.rect(c + 13, y - 10, 14, 14)
        y += 20
    y += 14
    proxy.line(m, y + 20, m + 180, y + 20)
    proxy.text(m, y + 32, "Signature", s.font, 8)
    proxy.line(w - m - 150, y + 20, w - m, y + 20)
    proxy.text(w - m - 150, y + 32, "Date", s.font, 8)
    proxy.text(
        m,
        h - m,
        fit(
            f"Shareholder reference {rng.randint(10**9, 10**10 - 1)}  ·  Return to the Registrar, {snd.street}, {snd.town}",
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    return [*flow.pages, proxy]


def tpl_nda(rng: random.Random, who: Issuer) -> list[Page]:
    """Mutual non-disclosure agreement: optional cover, clauses over pages, signature blocks."""
    s = who.style
    snd = sender(who, "firm", ["none", "slim", "rule"])
    w, h = s.page_size
    m = s.margin
    other = rng.choice(
        [n for n, _ in SENDERS["firm"] if n != snd.name] + ["Halvorsen Shipping plc"]
    )
    day = a_day(rng)
    title = rng.choice(
        ["MUTUAL NON-DISCLOSURE AGREEMENT", "Confidentiality Agreement", "Non-Disclosure Agreement"]
    )
    pages: list[Page] = []
    if rng.random() < 0.4:
        c = Page(s.page_size)
        c.text(w / 2, h * 0.25, fmt(day, "en", "long"), s.font, s.size + 1, "center")
        c.text(
            w / 2,
            h * 0.35,
            "(1) " + snd.name.upper(),
            s.bold,
            shrink("(1) " + snd.name.upper(), s.bold, 13, w - 2 * m),
            "center",
        )
        c.text(w / 2, h * 0.35 + 26, "and", s.font, 12, "center")
        c.text(
            w / 2,
            h * 0.35 + 52,
            "(2) " + other.upper(),
            s.bold,
            shrink("(2) " + other.upper(), s.bold, 13, w - 2 * m),
            "center",
        )
        c.line(m + 40, h * 0.5, w - m - 40, h * 0.5)
        c.text(w / 2, h * 0.5 + 30, title, s.bold, shrink(title, s.bold, 16, w - 2 * m), "center")
        c.line(m + 40, h * 0.5 + 46, w - m - 40, h * 0.5 + 46)
        pages.append(c)

    def start(p: Page, i: int) -> float:
        if i == 1:
            y = letterhead(p, s, snd)
            return y
        return running_head(p, s, title.title(), "") if rng.random() < 0.8 else m

    flow = Flow(s.page_size, h - m - 16, start)
    flow.page.text(
        w / 2, flow.y + 6, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m), "center"
    )
    flow.y += 30
    flow.para(
        m,
        w - 2 * m,
        f'THIS AGREEMENT is dated {fmt(day, "en", "long")} and made BETWEEN (1) {snd.name} of {snd.street}, {snd.town} and (2) {other} (each a "Party").',
        s.font,
        s.size,
    )
    heads = [
        "Definitions",
        "Purpose",
        "Confidentiality obligations",
        "Exceptions",
        "Return of information",
        "Term",
        "No licence",
        "Remedies",
        "Notices",
        "Governing law and jurisdiction",
    ]
    for k, hd in enumerate(heads[: rng.randint(5, 10)], 1):
        flow.heading(m, f"{k}. {hd.upper() if rng.random() < 0.5 else hd}", s.bold, s.size)
        for j in range(1, rng.randint(2, 5)):
            flow.need(s.size * 3)
            flow.page.text(m, flow.y, f"{k}.{j}", s.font, s.size)
            flow.para(m + 28, w - 2 * m - 28, text_of(rng, "legal", 1, 3), s.font, s.size, 0.5)
    flow.need(170)
    flow.y += 10
    flow.page.text(m, flow.y, "Signed by the Parties on the date set out above.", s.font, s.size)
    flow.y += 16
    for x, party in [(m, snd.name), (w / 2 + 10, other)]:
        flow.page.text(
            x,
            flow.y + 8,
            fit(f"For and on behalf of {party}", s.font, s.size - 1, w / 2 - m - 10),
            s.font,
            s.size - 1,
        )
        signature(flow.page, s, x, flow.y + 20, person(rng), "Director")
    number(flow.pages, s, snd, style=rng.choice(["{i}", "Page {i} of {n}", "- {i} -"]))
    return pages + flow.pages


def tpl_goods_received(rng: random.Random, who: Issuer) -> list[Page]:
    """Goods received note: PO reference, ordered/received lines, checker's signature."""
    s = who.style
    snd = sender(who, "warehouse", ["slim", "rule", "none"])
    L = snd.lang
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    t = tr(L, "GOODS RECEIVED NOTE", "WARENEINGANGSBELEG", "BON DE RECEPTION")
    p.text(m, y + 6, t, s.bold, s.size + 6)
    grn = f"GRN{rng.randint(100000, 999999)}"
    p.barcode("code128", grn, w - m - 170, y - 14)
    y += 36
    day = a_day(rng)
    sup = rng.choice(
        [
            "Halden Steel Stock",
            "Morrow Packaging",
            "Greaves Industrial",
            "Papier Union Sued",
            "Fournitures Bastide",
        ]
    )
    y1 = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(L, "GRN no.", "Beleg-Nr.", "No BR"), grn),
            (tr(L, "Date received", "Eingangsdatum", "Date"), day_str(snd, day)),
            (tr(L, "Supplier", "Lieferant", "Fournisseur"), sup),
        ],
        w / 2 - 20,
    )
    y2 = pairs(
        p,
        s,
        w / 2 + 20,
        y,
        [
            (tr(L, "PO no.", "Bestell-Nr.", "Commande"), f"PO-{rng.randint(10000, 99999)}"),
            (tr(L, "Delivery note", "Lieferschein", "BL"), f"{rng.randint(100000, 999999)}"),
            (
                tr(L, "Carrier", "Spediteur", "Transporteur"),
                rng.choice(["DHL", "own vehicle", "DPD", "Geodis", "Palletways"]),
            ),
        ],
        w - m,
    )
    y = max(y1, y2) + 14
    cols = columns(
        m,
        w - m,
        [(1, "left"), (3, "left"), (0.8, "right"), (0.8, "right"), (0.8, "right"), (1.2, "left")],
    )
    head = [
        tr(L, "Item", "Artikel", "Article"),
        tr(L, "Description", "Bezeichnung", "Designation"),
        tr(L, "Ordered", "Bestellt", "Commande"),
        tr(L, "Received", "Geliefert", "Recu"),
        tr(L, "Diff.", "Diff.", "Ecart"),
        tr(L, "Location", "Lagerort", "Empl."),
    ]
    p.rect(m - 2, y - 11, w - 2 * m + 4, 16, fill=0.9)
    for c, tx in zip(cols, head, strict=True):
        cell(p, c, y, tx, s.bold, s.size - 1)
    y += 18
    for _ in range(rng.randint(1, 12)):
        o = rng.randint(1, 200)
        r = o if rng.random() < 0.8 else max(0, o - rng.randint(1, min(o, 10)))
        row = [
            f"{rng.randint(10000, 99999)}",
            rng.choice(
                [
                    "Steel angle 40x40x4",
                    "Carton 600x400x400",
                    "Pallet wrap 23mu",
                    "M10 hex bolts (100)",
                    "Label roll 100x150",
                    "Cable ties 300mm",
                    "Safety gloves L",
                ]
            ),
            str(o),
            str(r),
            str(r - o) if r != o else "",
            f"{rng.choice('ABCD')}-{rng.randint(1, 40):02d}-{rng.randint(1, 6)}",
        ]
        for c, tx in zip(cols, row, strict=True):
            cell(p, c, y, tx, s.font, s.size - 1)
        p.line(m, y + 5, w - m, y + 5)
        y += (s.size - 1) * 1.8
    y += 16
    p.text(m, y, tr(L, "Condition of goods", "Zustand der Ware", "Etat"), s.font, s.size - 1)
    ok = rng.random() < 0.8
    box(p, m + 120, y, ok)
    p.text(m + 133, y, tr(L, "Good", "Einwandfrei", "Bon"), s.font, s.size - 1)
    box(p, m + 200, y, not ok)
    p.text(
        m + 213, y, tr(L, "Damaged (see remarks)", "Beschaedigt", "Endommage"), s.font, s.size - 1
    )
    y += 24
    p.text(m, y, tr(L, "Remarks", "Bemerkungen", "Remarques"), s.font, s.size - 1)
    p.rect(m, y + 6, w - 2 * m, 40)
    y += 70
    p.text(m, y, tr(L, "Received by", "Angenommen von", "Receptionne par"), s.font, s.size - 1)
    p.text(m + 100, y, person(rng), "Courier", s.size)
    p.line(w - m - 150, y + 2, w - m, y + 2)
    p.text(w - m - 150, y + 13, tr(L, "Signature", "Unterschrift", "Signature"), s.font, 7)
    return [p]


def tpl_bill_of_lading(rng: random.Random, who: Issuer) -> list[Page]:
    """Bill of lading: ruled box grid of parties, vessel and ports, container table."""
    s = who.style
    snd = sender(who, "carrier")
    w, h = s.page_size
    m = min(s.margin, 50)
    p = Page(s.page_size)
    half = (w - 2 * m) / 2
    bl = f"{snd.name.split()[0][:4].upper()}{rng.randint(10**7, 10**8 - 1)}"
    p.text(w - m, m, "BILL OF LADING", "Helvetica-Bold", 16, "right")
    p.text(w - m, m + 16, f"B/L No. {bl}", "Helvetica", 10, "right")
    p.text(m, m, fit(snd.name, "Helvetica-Bold", 12, half), "Helvetica-Bold", 12)
    p.text(m, m + 14, fit(f"{snd.street}, {snd.town}", "Helvetica", 8, half), "Helvetica", 8)
    y = m + 30
    boxes = [
        (
            "Shipper",
            [
                rng.choice(
                    [
                        "Castellan Emballages SA",
                        "Brightforge Robotics GmbH",
                        "Corrigan Brewing Group plc",
                    ]
                ),
                *postal(rng, rng.choice(["en", "de", "fr"])),
            ],
        ),
        (
            "Booking no. / Export references",
            [f"BK{rng.randint(100000, 999999)}", f"Ref. {rng.randint(1000, 9999)}"],
        ),
        ("Consignee", ["TO ORDER" if rng.random() < 0.3 else person(rng), *postal(rng, "en")]),
        (
            "Forwarding agent",
            [rng.choice(["Meridian Freight Forwarding", "Spedition Auental", "Transit Rhodanien"])],
        ),
        ("Notify party", ["SAME AS CONSIGNEE" if rng.random() < 0.5 else person(rng)]),
        ("Place of receipt", [rng.choice(["Kirchbach CY", "Montaury", "Ashcombe ICD"])]),
    ]
    bh = 62
    for k, (lab, lines) in enumerate(boxes):
        x = m + (k % 2) * half
        yy = y + (k // 2) * bh
        p.rect(x, yy, half, bh)
        p.text(x + 4, yy + 9, lab, "Helvetica", 6.5)
        for j, ln in enumerate(lines[:3]):
            p.text(x + 6, yy + 24 + j * 12, fit(ln, "Courier", 9, half - 12), "Courier", 9)
    y += 3 * bh
    ports = [
        (
            "Vessel / Voyage",
            f"{rng.choice(['NORDIC STAR', 'CMA BALTIC', 'ELBE TRADER', 'ATLANTIC DAWN'])} / {rng.randint(100, 999)}{rng.choice('NSEW')}",
        ),
        ("Port of loading", rng.choice(["HAMBURG", "ROTTERDAM", "LE HAVRE", "FELIXSTOWE"])),
        ("Port of discharge", rng.choice(["GDYNIA", "AARHUS", "LEIXOES", "DUBLIN", "GOTHENBURG"])),
        ("Place of delivery", rng.choice(["CY", "DOOR", "CFS"])),
    ]
    q = (w - 2 * m) / 4
    for k, (lab, val) in enumerate(ports):
        p.rect(m + k * q, y, q, 34)
        p.text(m + k * q + 4, y + 9, lab, "Helvetica", 6.5)
        p.text(m + k * q + 6, y + 25, fit(val, "Courier", 9, q - 10), "Courier", 9)
    y += 34
    p.rect(m, y, w - 2 * m, 16, fill=0.88)
    cols = columns(
        m + 4, w - m - 4, [(1.6, "left"), (1, "left"), (3, "left"), (1, "right"), (0.9, "right")]
    )
    for c, t in zip(
        cols,
        ["Container / Seal", "Packages", "Description of goods", "Gross kg", "CBM"],
        strict=True,
    ):
        cell(p, c, y + 11, t, "Helvetica-Bold", 7.5)
    y += 30
    area_end = h - m - 150
    for _ in range(rng.randint(1, 5)):
        if y > area_end - 30:
            break
        cn = f"{rng.choice(['MSKU', 'CMAU', 'TGHU', 'NSCU'])}{rng.randint(1000000, 9999999)}"
        row = [
            cn,
            f"{rng.randint(1, 40)} PLT",
            rng.choice(
                [
                    "MACHINERY PARTS",
                    "BOTTLED BEER",
                    "PACKAGING MATERIAL",
                    "PHARMACEUTICALS (NON-DG)",
                    "FURNITURE KD",
                ]
            ),
            f"{rng.randint(800, 24000):,}",
            f"{rng.uniform(5, 67):.1f}",
        ]
        for c, t in zip(cols, row, strict=True):
            cell(p, c, y, t, "Courier", 8.5)
        p.text(cols[0][0], y + 11, f"SEAL {rng.randint(100000, 999999)}", "Courier", 7.5)
        y += 30
    p.rect(m, m + 30 + 3 * bh + 34, w - 2 * m, area_end - (m + 30 + 3 * bh + 34))
    p.text(
        w / 2,
        area_end - 10,
        "SHIPPER'S LOAD, STOW AND COUNT - SAID TO CONTAIN",
        "Helvetica",
        7,
        "center",
    )
    y = area_end + 14
    y = para(
        p,
        Style("Helvetica", "Helvetica-Bold", 7, m, "none", "bottom", s.page_size, "us"),
        m,
        y,
        w - 2 * m,
        "RECEIVED by the Carrier in apparent good order and condition unless otherwise noted the total number of containers or packages stated above for carriage subject to all the terms hereof. One original Bill of Lading must be surrendered duly endorsed in exchange for the goods.",
    )
    freight = rng.choice(["FREIGHT PREPAID", "FREIGHT COLLECT"])
    p.text(m, y + 8, freight, "Helvetica-Bold", 9)
    p.text(
        m,
        y + 24,
        f"Number of originals: {rng.choice(['THREE (3)', 'ZERO (0) - SEAWAY BILL', 'ONE (1)'])}",
        "Helvetica",
        8,
    )
    p.text(
        w - m,
        y + 8,
        f"Place and date of issue: {rng.choice(['HAMBURG', 'LE HAVRE', 'FELIXSTOWE'])} {fmt(a_day(rng), 'en', 'short')}",
        "Helvetica",
        8,
        "right",
    )
    p.text(w - m, h - m + 10, f"Signed for the Carrier {snd.name}", "Helvetica", 8, "right")
    p.text(
        m,
        h - m + 10,
        rng.choice(["ORIGINAL", "COPY - NON NEGOTIABLE", "2nd ORIGINAL"]),
        "Helvetica-Bold",
        11,
    )
    return [p]


def tpl_order_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """Order confirmation from a shop: order number, items, delivery estimate, total."""
    s = who.style
    snd = sender(who, "shop", ["logo", "band", "centre", "rule"])
    L = snd.lang
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    cust = person(rng)
    order = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    day = a_day(rng)
    p.text(
        m,
        y + 4,
        tr(L, "Order confirmation", "Auftragsbestaetigung", "Confirmation de commande"),
        s.bold,
        s.size + 5,
    )
    y += 28
    y = para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            L,
            f"Hello {cust.split()[0]}, thank you for your order. We will let you know when it has been dispatched.",
            f"Hallo {cust}, vielen Dank fuer Ihre Bestellung. Wir informieren Sie, sobald die Ware versandt wurde.",
            f"Bonjour {cust}, merci pour votre commande. Vous serez informe(e) de son expedition.",
        ),
    )
    y1 = pairs(
        p,
        s,
        m,
        y + 6,
        [
            (tr(L, "Order number", "Bestellnummer", "No de commande"), order),
            (tr(L, "Order date", "Bestelldatum", "Date"), day_str(snd, day)),
            (
                tr(L, "Payment", "Zahlungsart", "Paiement"),
                rng.choice(["Visa", "PayPal", tr(L, "Invoice", "Rechnung", "Virement")]),
            ),
        ],
        w / 2 - 20,
    )
    p.text(
        w / 2 + 20,
        y + 6,
        tr(L, "Delivery address", "Lieferadresse", "Adresse de livraison"),
        s.bold,
        s.size - 1,
    )
    y2 = y + 20
    for ln in [cust, *postal(rng, L)]:
        p.text(w / 2 + 20, y2, ln, s.font, s.size - 1)
        y2 += (s.size - 1) * 1.35
    y = max(y1, y2) + 16
    cols = columns(m, w - m, [(4, "left"), (0.7, "right"), (1.1, "right"), (1.1, "right")])
    p.line(m, y - 12, w - m, y - 12)
    for c, t in zip(
        cols,
        [
            tr(L, "Item", "Artikel", "Article"),
            tr(L, "Qty", "Menge", "Qte"),
            tr(L, "Price", "Preis", "Prix"),
            tr(L, "Total", "Summe", "Total"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, s.size - 1)
    y += 18
    sub = 0.0
    goods = [
        "Garden hose 25 m",
        "Cordless drill 18V",
        "Rain jacket (M)",
        "LED bulb E27 4-pack",
        "Trekking poles",
        "Plant pot 40 cm",
        "Head torch",
        "Extension lead 5 m",
        "Cushion cover",
        "Thermos flask 1 l",
    ]
    for g in rng.sample(goods, rng.randint(1, 6)):
        q = rng.choice([1, 1, 2, 3])
        u = rng.uniform(4, 190)
        sub += q * u
        for c, t in zip(cols, [g, str(q), money(u, L), money(q * u, L)], strict=True):
            cell(p, c, y, t, s.font, s.size - 1)
        y += (s.size - 1) * 1.6
    p.line(w / 2, y, w - m, y)
    ship = rng.choice([0.0, 3.95, 4.99, 6.5])
    y = pairs(
        p,
        s,
        w / 2,
        y + 14,
        [
            (tr(L, "Subtotal", "Zwischensumme", "Sous-total"), money(sub, L)),
            (tr(L, "Shipping", "Versand", "Livraison"), money(ship, L)),
        ],
        w - m,
    )
    p.text(w / 2, y + 4, tr(L, "Order total", "Gesamtsumme", "Total"), s.bold, s.size + 1)
    p.text(w - m, y + 4, f"{money(sub + ship, L)} {cur(L)}", s.bold, s.size + 1, "right")
    y += 34
    eta = day + timedelta(days=rng.randint(2, 9))
    p.text(
        m,
        y,
        tr(
            L,
            f"Estimated delivery: {day_str(snd, eta)}",
            f"Voraussichtliche Lieferung: {fmt(eta, L, 's')}",
            f"Livraison estimee : {fmt(eta, L, 's')}",
        ),
        s.font,
        s.size,
    )
    p.text(
        m,
        h - m - 10,
        fit(
            tr(L, f"Questions? {snd.mail}", f"Fragen? {snd.mail}", f"Une question ? {snd.mail}"),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    return [p]


def tpl_donation_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """Donation receipt for tax purposes from a charity, signed (one page)."""
    s = who.style
    snd = sender(who, "charity", ["centre", "left", "right", "none"])
    L = snd.lang
    w, _h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, snd)
    donor = person(rng)
    y = window(p, s, snd, y, [donor, *postal(rng, L)]) + 24
    title = tr(
        L, "Donation receipt", "Bestaetigung ueber Geldzuwendungen", "Recu au titre des dons"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m))
    y += 16
    if L == "de":
        p.text(m, y, "im Sinne des § 10b des Einkommensteuergesetzes", s.font, s.size - 1)
        y += 14
    y += 10
    v = rng.choice([20, 25, 50, 100, 150, 250, 500]) + rng.choice([0, 0, 0.5])
    day = a_day(rng)
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(L, "Donor", "Name des Zuwendenden", "Donateur"), donor),
            (tr(L, "Amount", "Betrag", "Montant"), f"{money(v, L)} {cur(L)}"),
            (tr(L, "Date of donation", "Tag der Zuwendung", "Date du don"), day_str(snd, day)),
            (
                tr(L, "Receipt no.", "Beleg-Nr.", "Recu no"),
                f"{day.year}-{rng.randint(1, 9999):04d}",
            ),
        ],
        w - m,
        s.size,
    )
    y += 14
    ga = L == "en" and rng.random() < 0.6
    y = para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            L,
            "Thank you for your generous gift. "
            + (
                "As you have made a Gift Aid declaration, we can claim an extra 25p for every GBP 1 you give. "
                if ga
                else ""
            )
            + "No goods or services were provided in return for this donation.",
            "Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen. Wir sind wegen Foerderung des Tierschutzes nach dem letzten Freistellungsbescheid des Finanzamtes Kirchbach von der Koerperschaftsteuer befreit.",
            "L'association certifie sur l'honneur que les dons et versements qu'elle recoit ouvrent droit a la reduction d'impot prevue aux articles 200 et 238 bis du CGI.",
        ),
    )
    y += 10
    p.text(
        m,
        y,
        f"{snd.town.split()[-1]}, {day_str(snd, day + timedelta(days=rng.randint(2, 60)))}",
        s.font,
        s.size,
    )
    signature(p, s, m, y + 4, person(rng), tr(L, "Treasurer", "Kassenwart/in", "Tresorier"))
    return [p]


def tpl_meter_card(rng: random.Random, who: Issuer) -> list[Page]:
    """Meter reading card (A5 landscape): customer and meter numbers, digit boxes to fill."""
    s = who.style
    snd = sender(who, "water")
    L = snd.lang
    size = landscape(A5)
    w, h = size
    m = 36
    p = Page(size)
    t = tr(L, "Meter reading card", "Ablesekarte", "Carte de releve")
    p.text(m, m, fit(snd.name, s.bold, 12, w / 2 - m), s.bold, 12)
    p.text(w - m, m, t, s.bold, 14, "right")
    p.line(m, m + 8, w - m, m + 8)
    y = m + 30
    cust = person(rng)
    y1 = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(L, "Customer", "Kunde", "Client"), cust),
            (
                tr(L, "Customer no.", "Kundennummer", "No client"),
                f"{rng.randint(10**7, 10**8 - 1)}",
            ),
            (tr(L, "Supply address", "Verbrauchsstelle", "Adresse"), postal(rng, L)[0]),
        ],
        w / 2 - 10,
        9,
    )
    kind = rng.choice(
        [("Water", "Wasser", "Eau"), ("Electricity", "Strom", "Electricite"), ("Gas", "Gas", "Gaz")]
    )
    y2 = pairs(
        p,
        s,
        w / 2 + 10,
        y,
        [
            (tr(L, "Meter", "Zaehler", "Compteur"), tr(L, *kind)),
            (
                tr(L, "Meter no.", "Zaehlernummer", "No compteur"),
                f"{rng.randint(10**6, 10**7 - 1)}",
            ),
            (
                tr(L, "Last reading", "Letzter Stand", "Dernier releve"),
                f"{rng.randint(100, 99999):05d}",
            ),
        ],
        w - m,
        9,
    )
    y = max(y1, y2) + 16
    p.text(m, y, tr(L, "Your reading", "Zaehlerstand", "Votre index"), s.bold, 10)
    cellw = 26
    filled = rng.random() < 0.5
    val = f"{rng.randint(100, 99999):06d}"
    for k in range(6):
        p.rect(m + 110 + k * cellw, y - 17, cellw - 3, 24)
        if filled:
            p.text(m + 110 + k * cellw + (cellw - 3) / 2, y, val[k], "Courier-Bold", 14, "center")
    y += 30
    p.text(m, y, tr(L, "Date read", "Ablesedatum", "Date du releve"), s.font, 9)
    p.rect(m + 110, y - 12, 120, 17)
    if filled:
        p.text(m + 116, y, fmt(a_day(rng), L, "short"), "Courier", 10)
    y += 26
    para(
        p,
        Style(s.font, s.bold, 8, m, "none", "bottom", size, "us"),
        m,
        y,
        w - 2 * m,
        tr(
            L,
            f"Please return this card by {day_str(snd, a_day(rng))} or submit your reading online. If we do not receive a reading we will estimate your bill.",
            "Bitte senden Sie die Karte bis zum angegebenen Termin zurueck. Ohne Ablesung wird der Verbrauch geschaetzt.",
            "Merci de nous retourner cette carte sous 10 jours. A defaut, votre consommation sera estimee.",
        ),
    )
    p.barcode("code128", f"{rng.randint(10**9, 10**10 - 1)}", w - m - 170, h - m - 36)
    return [p]


TEMPLATES_E: dict[str, Template] = {
    "card_statement": tpl_card_statement,
    "fund_statement": tpl_fund_statement,
    "phone_bill": tpl_phone_bill,
    "school_letter": tpl_school_letter,
    "waste_calendar": tpl_waste_calendar,
    "building_permit": tpl_building_permit,
    "vet_invoice": tpl_vet_invoice,
    "dental_plan": tpl_dental_plan,
    "claim_form": tpl_claim_form,
    "car_service": tpl_car_service,
    "rent_increase": tpl_rent_increase,
    "agm_notice": tpl_agm_notice,
    "nda": tpl_nda,
    "goods_received": tpl_goods_received,
    "bill_of_lading": tpl_bill_of_lading,
    "order_confirmation": tpl_order_confirmation,
    "donation_receipt": tpl_donation_receipt,
    "meter_card": tpl_meter_card,
}
#: One-page kinds that an office batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "vet_invoice",
    "goods_received",
    "bill_of_lading",
    "order_confirmation",
    "donation_receipt",
    "meter_card",
    "school_letter",
)


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_final_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with office-batch runs: after a run kind, 1-2 more of the same
    kind from the same sender follow with probability 0.45; new values each time."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(rng, TEMPLATES_E, n_docs, separators, run_odds)


generate = part_generate(PART, SEED_OFFSET, make_final_stream, "templates E")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

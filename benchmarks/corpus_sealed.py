"""Sealed part of the generated corpus: templates G, written blind for one final measurement.

A seventh part, ``sealed``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as documents that land in one
scanned household or office batch: court summonses, travel itineraries, energy performance
certificates, customer complaints and the company's reply, insurance renewal notices, gas
safety records, vehicle inspection reports, property valuations, debt collection letters,
enforcement agent (bailiff) notices, pension transfer forms, parental leave requests, used
car purchase contracts, exam results slips, driving licence renewal forms, tariff change
notices, broadband contract summaries, mobile phone contracts with terms, interview
invitations, rejection letters, tax refund notices, customs duty demands and condominium
owners' statements. Some senders write in German or French.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as debt
collection letters, exam results, rejection letters and customs demands often come 2-3 in a
row from one sender, and a complaint is often followed by the company's reply. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "sealed"`` and seeds offset by 600_000.

Usage: ``python benchmarks/corpus_sealed.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/sealed/sealed_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    Col,
    Flow,
    address,
    bar_width,
    box,
    cell,
    date_text,
    fit,
    italic,
    money,
    number_pages,
    part_generate,
    part_main,
    shrink,
    tr,
    tw,
    wrap,
)
from corpus_kit import babble as kit_babble
from corpus_kit import columns as cols
from corpus_kit import currency as ccy
from corpus_kit import someone as kit_someone
from corpus_kit import table as kit_table
from corpus_kit import text_block as block

PART = "sealed"
SEED_OFFSET = 600_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

SENDERS: dict[str, list[tuple[str, str]]] = {
    "court": [
        ("County Court at Kelderby", "en"),
        ("Thornbury Magistrates' Court", "en"),
        ("Amtsgericht Lindenau", "de"),
        ("Tribunal judiciaire de Vauclair", "fr"),
    ],
    "travel": [
        ("Bluewater Journeys Ltd", "en"),
        ("Skylark Business Travel", "en"),
        ("Reisebuero Lindenau", "de"),
        ("Voyages Vauclair", "fr"),
    ],
    "assessor": [
        ("Greenleaf Energy Assessors", "en"),
        ("Kelderby Domestic EPC Services", "en"),
    ],
    "shop": [
        ("Quayside Furniture Ltd", "en"),
        ("Brightspark Appliances", "en"),
        ("Moebelhaus Lindenau GmbH", "de"),
        ("Electromenager Vauclair", "fr"),
    ],
    "insurer": [
        ("Harbourline Insurance plc", "en"),
        ("Oakridge Mutual", "en"),
        ("Lindenauer Versicherung AG", "de"),
    ],
    "engineer": [
        ("Kelderby Heating & Gas", "en"),
        ("Torrance Boiler Services", "en"),
    ],
    "garage": [
        ("Millbrook MOT Centre", "en"),
        ("Cresswell Autos Test Station", "en"),
        ("Pruefstelle Lindenau", "de"),
    ],
    "valuer": [
        ("Ashcombe Lyle Chartered Surveyors", "en"),
        ("Pendleford Valuation Services", "en"),
        ("Sachverstaendigenbuero Marx", "de"),
    ],
    "collector": [
        ("Fairhold Credit Recovery Ltd", "en"),
        ("Northgate Collections", "en"),
        ("Inkasso Lindenau GmbH", "de"),
    ],
    "enforcement": [
        ("Redfern Enforcement Agents", "en"),
        ("Kelderby Civil Enforcement", "en"),
    ],
    "pension": [
        ("Stalwart Pensions Ltd", "en"),
        ("Meridian Retirement Trust", "en"),
    ],
    "employer": [
        ("Tallis Printing Ltd", "en"),
        ("Corbridge Analytics Ltd", "en"),
        ("Weberei Lindenau GmbH", "de"),
        ("Fromagerie Vauclair SA", "fr"),
    ],
    "dealer": [
        ("Kelderby Motor Traders", "en"),
        ("Autohaus Marx & Sohn", "de"),
        ("Garage du Centre Vauclair", "fr"),
    ],
    "exams": [
        ("Northern Counties Examinations Board", "en"),
        ("Kelderby Sixth Form College", "en"),
        ("Volkshochschule Lindenau", "de"),
    ],
    "licensing": [
        ("Driver and Vehicle Licensing Office", "en"),
        ("Fahrerlaubnisbehoerde Lindenau", "de"),
    ],
    "energy": [
        ("Sunmill Energy Ltd", "en"),
        ("Kelderby Power Supply", "en"),
        ("Stadtwerke Lindenau", "de"),
        ("Energie Vauclair", "fr"),
    ],
    "telecom": [
        ("Fibrewave Broadband", "en"),
        ("Kestrel Mobile Ltd", "en"),
        ("Lindenau Netz GmbH", "de"),
        ("Telecom Vauclair", "fr"),
    ],
    "recruiter": [
        ("Tallis Printing Ltd", "en"),
        ("Corbridge Analytics Ltd", "en"),
        ("Hartwell County Council HR", "en"),
        ("Weberei Lindenau GmbH", "de"),
    ],
    "revenue": [
        ("Revenue Office - Kelderby", "en"),
        ("Finanzamt Lindenau", "de"),
        ("Centre des finances publiques de Vauclair", "fr"),
    ],
    "customs": [
        ("Parcelfast International - Customs Desk", "en"),
        ("Zollamt Lindenau", "de"),
    ],
    "syndic": [
        ("Cabinet Roussel Syndic de copropriete", "fr"),
        ("Hausverwaltung Marx GmbH", "de"),
        ("Kelderby Block Management", "en"),
    ],
}
TOWNS = {
    "en": ["Kelderby KD4 2PF", "Thornbury TB7 9AL", "Hartwell HW1 3RS", "Pendleford PF6 8EE"],
    "de": ["04178 Lindenau", "04179 Lindenau-Sued", "04109 Leipzig"],
    "fr": ["38120 Vauclair", "38130 Echirolles", "38000 Grenoble"],
}
ROADS = {
    "en": ["Tanner's Row", "Ferry Lane", "Orchard Rise", "Mill Race", "Coronation Street"],
    "de": ["Merseburger Strasse", "Am Auwald", "Kirchgasse", "Lindenallee"],
    "fr": ["rue des Alpes", "avenue Jean Jaures", "chemin des Vignes", "place Grenette"],
}
NAMES = [
    "Imogen Castellano",
    "Dariusz Kowalczyk",
    "Bethany Oyelaran",
    "Florian Hagedorn",
    "Celine Marchetti",
    "Hamish Drummond",
    "Priya Raghunathan",
    "Jonas Wiedemann",
    "Ottilie Fairbrother",
    "Mathieu Delacroix",
    "Aoife Brennan",
    "Samuel Okonkwo-Reid",
    "Greta Lindholm",
    "Rashid Al-Fayoumi",
    "Penelope Ashworth",
    "Lukas Bauernfeind",
]
WORDS = {
    "legal": "claimant defendant hearing court claim order judgment costs evidence witness "
    "statement proceedings application directions service defence",
    "terms": "customer contract service charges network minimum term airtime device "
    "roaming data allowance termination notice fees billing account",
    "property": "property valuation market condition tenure floor area comparable sales "
    "location kitchen extension garden parking roof services",
    "complaint": "order delivery refund product damaged service customer reference "
    "department replacement apology investigation goodwill delay",
    "house": "building owners service charge budget repairs lift insurance caretaker "
    "common parts meeting reserve fund heating cleaning",
    "job": "role team candidates interview experience skills application position "
    "department selection shortlist assessment panel feedback",
}


def babble(rng: random.Random, topic: str, n: int | None = None) -> str:
    return kit_babble(rng, WORDS[topic], n)


def prose(rng: random.Random, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(babble(rng, topic) for _ in range(rng.randint(lo, hi)))


def a_day(rng: random.Random) -> date:
    return date(rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28))


def person(rng: random.Random) -> str:
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
    email: str
    head: str  # none | banner | left | right | centre | logo | thin
    numbers: str
    num_pos: str  # bc | br | tr | bl
    dates: str


NUMBERINGS = {
    "en": ["none", "none", "Page {i} of {n}", "{i}/{n}", "- {i} -", "p. {i}", "{i}", "2:{i}"],
    "de": ["none", "Seite {i} von {n}", "Seite {i} von {n}", "- {i} -", "{i}/{n}", "2:{i}"],
    "fr": ["none", "Page {i}/{n}", "{i}/{n}", "- {i} -", "p. {i}"],
}


def sender(who: Issuer, sector: str, heads: list[str] | None = None) -> Sender:
    key = f"sealed/{sector}/{who.name}/{who.street}/{who.city}"
    r = random.Random(zlib.crc32(key.encode()))
    nm, lang = r.choice(SENDERS[sector])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 160)
    phone = {
        "en": f"0{r.randint(1200, 1999)} {r.randint(100000, 999999)}",
        "de": f"0341 {r.randint(100, 999)} {r.randint(10, 99)}-{r.randint(0, 9)}",
        "fr": f"04 76 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    slug = "".join(c for c in nm.lower().split()[0] if c.isalnum())
    return Sender(
        name=nm,
        lang=lang,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(TOWNS[lang]),
        phone=phone,
        email=f"info@{slug}.example.net",
        head=r.choice(
            heads or ["none", "banner", "left", "left", "right", "centre", "logo", "thin"]
        ),
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
    addr = f"{snd.street} · {snd.town}"
    if kind == "none":
        return m
    if kind == "banner":
        page.rect(0, 0, w, m + 18, fill=0.8)
        size = shrink(snd.name, s.bold, s.size + 8, w - 2 * m)
        page.text(m, m - 8, snd.name, s.bold, size)
        page.text(m, m + 8, fit(f"{addr} · {snd.phone}", s.font, 8, w - 2 * m), s.font, 8)
        return m + 40
    if kind == "left":
        size = shrink(snd.name, s.bold, s.size + 4, w - 2 * m)
        page.text(m, m, snd.name, s.bold, size)
        page.text(m, m + 13, fit(addr, s.font, s.size - 2, w - 2 * m), s.font, s.size - 2)
        return m + 34
    if kind == "right":
        size = shrink(snd.name, s.bold, s.size + 3, w / 2 - m)
        page.text(w - m, m, snd.name, s.bold, size, "right")
        for k, t in enumerate([snd.street, snd.town, snd.phone, snd.email]):
            t = fit(t, s.font, s.size - 2, w / 2 - m)
            page.text(w - m, m + 13 + 10 * k, t, s.font, s.size - 2, "right")
        return m + 62
    if kind == "centre":
        size = shrink(snd.name, s.bold, s.size + 6, w - 2 * m)
        page.text(w / 2, m, snd.name, s.bold, size, "center")
        page.text(w / 2, m + 14, fit(addr, s.font, 8, w - 2 * m), s.font, 8, "center")
        page.line(w / 2 - 80, m + 20, w / 2 + 80, m + 20)
        return m + 38
    if kind == "logo":
        page.rect(m, m - 16, 30, 30, fill=0.2)
        ini = "".join(p[0] for p in snd.name.split() if p[:1].isupper())[:2]
        page.rect(m + 4, m - 12, 22, 22, fill=0.9)
        page.text(m + 15, m + 3, ini, "Helvetica-Bold", 11, "center")
        size = shrink(snd.name, s.bold, s.size + 4, w - 2 * m - 40)
        page.text(m + 40, m, snd.name, s.bold, size)
        page.text(m + 40, m + 12, fit(addr, s.font, 8, w - 2 * m - 40), s.font, 8)
        return m + 36
    # thin: one small line of sender details over a rule
    line = fit(f"{snd.name} · {addr} · {snd.phone}", s.font, 7.5, w - 2 * m)
    page.text(m, m - 6, line, s.font, 7.5)
    page.line(m, m - 2, w - m, m - 2)
    return m + 16


def running_head(page: Page, s: Style, left: str, right: str = "") -> float:
    w, _ = page.size
    m = s.margin
    rw = tw(right, s.font, 8) + 12 if right else 0
    page.text(m, m - 10, fit(left, italic(s.font), 8, w - 2 * m - rw), italic(s.font), 8)
    if right:
        page.text(w - m, m - 10, right, s.font, 8, "right")
    page.line(m, m - 5, w - m, m - 5)
    return m + 12


def number(pages: list[Page], s: Style, snd: Sender, skip: int = 0, fmt_: str = "") -> None:
    number_pages(pages, s, fmt_ or snd.numbers, snd.num_pos, skip)


def someone(rng: random.Random, lang: str) -> list[str]:
    return kit_someone(rng, lang, person, ROADS, TOWNS, 99)


def kv(
    page: Page,
    s: Style,
    x: float,
    y: float,
    items: list[tuple[str, str]],
    right: float,
    size: float | None = None,
    bold_last: bool = False,
) -> float:
    size = size or s.size - 1
    for k, (label, value) in enumerate(items):
        font = s.bold if bold_last and k == len(items) - 1 else s.font
        label = fit(label, font, size, (right - x) * 0.62)
        lw = tw(label, font, size)
        page.text(x, y, label, font, size)
        page.text(right, y, fit(value, font, size, right - x - lw - 8), font, size, "right")
        y += size * 1.45
    return y


def sign(page: Page, s: Style, x: float, y: float, name: str, role: str = "") -> float:
    parts = name.split()
    page.text(x + 6, y + 20, f"{parts[0][0]}. {parts[-1]}", "Times-Italic", 13)
    page.line(x, y + 26, x + 150, y + 26)
    page.text(x, y + 38, name, s.font, s.size - 1)
    if role:
        page.text(x, y + 49, fit(role, s.font, s.size - 2, 220), s.font, s.size - 2)
    return y + 60


def table(
    flow: Flow,
    cs: list[Col],
    header: list[str],
    rows: list[list[str]],
    s: Style,
    shade: float | None = None,
    rules: bool = False,
) -> None:
    kit_table(flow, cs, header, rows, s, None, shade, rules)


def flow_for(s: Style, snd: Sender, running: str = "", first_head: bool = True) -> Flow:
    _w, h = s.page_size

    def start(page: Page, n: int) -> float:
        if n == 1:
            return head(page, s, snd) if first_head else s.margin
        if running:
            return running_head(page, s, running, snd.name if len(running) < 40 else "")
        return s.margin

    return Flow(s.page_size, h - s.margin - 12, start)


def letter_top(
    f: Flow, s: Style, snd: Sender, rng: random.Random, to: list[str], refs: list[tuple[str, str]]
) -> date:
    """Recipient window and reference block on a letter's first page; returns its date."""
    w, _ = s.page_size
    m = s.margin
    p = f.page
    top = f.y + 6
    f.y = address(p, s, snd, top, to)
    d = a_day(rng)
    kv(p, s, w / 2 + 30, top + 14, [*refs, (tr(snd.lang, "Date", "Datum"), dstr(snd, d))], w - m)
    f.y = max(f.y, top + 14 + (len(refs) + 1) * (s.size - 1) * 1.45) + 22
    return d


def salute(f: Flow, s: Style, lg: str, name: str) -> None:
    last = name.split()[-1]
    f.page.text(
        s.margin,
        f.y,
        tr(lg, f"Dear {name},", f"Sehr geehrte/r {last},", f"Madame, Monsieur {last},"),
        s.font,
        s.size,
    )
    f.y += s.size * 2


def subject(f: Flow, s: Style, text: str) -> None:
    w, _ = s.page_size
    size = s.size + 1
    f.page.text(s.margin, f.y, fit(text, s.bold, size, w - 2 * s.margin), s.bold, size)
    f.y += size * 2


def close(f: Flow, s: Style, lg: str, name: str, role: str, formal: bool = False) -> None:
    f.need(90)
    f.y += 4
    txt = tr(
        lg,
        "Yours faithfully," if formal else "Yours sincerely,",
        "Mit freundlichen Gruessen",
        "Veuillez agreer nos salutations distinguees.",
    )
    f.page.text(s.margin, f.y, txt, s.font, s.size)
    f.y = sign(f.page, s, s.margin, f.y + 2, name, role)


def body(f: Flow, s: Style, text: str) -> None:
    w, _ = s.page_size
    f.para(s.margin, w - 2 * s.margin, text, s.font, s.size)


def ref(rng: random.Random, pre: str, digits: int = 7) -> str:
    return f"{pre}{rng.randint(10 ** (digits - 1), 10**digits - 1)}"


# ---------------------------------------------------------------------------------------------
# Templates G
# ---------------------------------------------------------------------------------------------


def tpl_court_summons(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "court", ["centre", "left", "thin"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    case = rng.choice("KHF") + str(rng.randint(10, 99))
    case += f"{rng.choice('ABCDXZ')}{rng.randint(100, 999)}"
    if lg == "de":
        case = f"{rng.randint(1, 30)} C {rng.randint(100, 999)}/{rng.randint(22, 26)}"
    f = flow_for(s, snd, running=tr(lg, f"Claim no. {case}", f"Az. {case}", f"RG n. {case}"))
    defendant = someone(rng, lg)
    letter_top(f, s, snd, rng, defendant, [(tr(lg, "Claim no.", "Aktenzeichen", "RG n."), case)])
    title = tr(lg, "NOTICE OF HEARING", "LADUNG ZUM TERMIN", "CONVOCATION A L'AUDIENCE")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 26
    claimant = rng.choice(SENDERS["collector"] + SENDERS["shop"])[0]
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Claimant", "Klaeger/in", "Demandeur"), claimant),
            (tr(lg, "Defendant", "Beklagte/r", "Defendeur"), defendant[0]),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    hd = a_day(rng)
    hour = f"{rng.choice([9, 10, 11, 14])}:{rng.choice(['00', '15', '30'])}"
    f.page.rect(m, f.y - s.size - 4, w - 2 * m, s.size * 3 + 8)
    f.page.text(
        m + 8,
        f.y,
        fit(
            tr(lg, "Date and time", "Termin", "Date et heure") + f": {dstr(snd, hd)}, {hour}",
            s.bold,
            s.size,
            w - 2 * m - 16,
        ),
        s.bold,
        s.size,
    )
    f.page.text(
        m + 8,
        f.y + s.size * 1.5,
        fit(
            tr(lg, "Place", "Ort", "Lieu") + f": {snd.name}, {snd.street}, {snd.town}",
            s.font,
            s.size,
            w - 2 * m - 16,
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 3 + 14
    for _ in range(rng.randint(3, 6)):
        body(f, s, prose(rng, "legal", 2, 4))
    if rng.random() < 0.5:
        f.heading(m, tr(lg, "Directions", "Hinweise", "Instructions"), s.bold, s.size)
        for k in range(rng.randint(3, 6)):
            f.para(m + 14, w - 2 * m - 14, f"{k + 1}. " + babble(rng, "legal"), s.font, s.size - 1)
    f.need(60)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(lg, "By order of the Court", "Auf Anordnung des Gerichts", "Le greffe"),
        s.font,
        s.size,
    )
    f.page.text(
        w - m,
        f.y + 30,
        tr(lg, "Court Officer", "Urkundsbeamtin der Geschaeftsstelle", "Le greffier"),
        s.font,
        s.size - 1,
        "right",
    )
    f.y += 44
    number(f.pages, s, snd)
    return f.pages


def tpl_itinerary(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "travel")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    booking = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    traveller = person(rng)
    f = flow_for(
        s, snd, running=f"{tr(lg, 'Booking', 'Buchung', 'Reservation')} {booking} - {traveller}"
    )
    f.y += 8
    f.page.text(
        m, f.y, tr(lg, "Travel Itinerary", "Reiseplan", "Itineraire de voyage"), s.bold, s.size + 6
    )
    f.y += 22
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Traveller", "Reisende/r", "Voyageur"), traveller),
            (tr(lg, "Booking reference", "Buchungsnummer", "Reference"), booking),
            (tr(lg, "Issued", "Ausgestellt", "Emis le"), dstr(snd, a_day(rng))),
        ],
        m + 300,
        s.size,
    )
    f.y += 12
    d = a_day(rng)
    cities = [
        "London Heathrow",
        "Frankfurt",
        "Lyon",
        "Edinburgh",
        "Vienna",
        "Madrid",
        "Oslo",
        "Leipzig",
        "Geneva",
    ]
    here = rng.choice(cities)
    for _ in range(rng.randint(2, 6)):
        there = rng.choice([c for c in cities if c != here])
        f.need(110)
        f.page.rect(m, f.y - s.size - 3, w - 2 * m, s.size + 7, fill=0.88)
        seg = rng.choice(["FLIGHT", "TRAIN", "HOTEL", "CAR"])
        f.page.text(m + 4, f.y, f"{seg}  {dstr(snd, d)}", s.bold, s.size)
        f.y += s.size * 1.9
        if seg in ("FLIGHT", "TRAIN"):
            code = f"{rng.choice(['BA', 'LH', 'AF', 'EW', 'ICE', 'TGV'])} {rng.randint(10, 9999)}"
            dep = f"{rng.randint(6, 20):02d}:{rng.choice(['05', '20', '40', '55'])}"
            items = [
                (tr(lg, "Service", "Verbindung", "Vol/Train"), code),
                (tr(lg, "From", "Ab", "Depart"), f"{here} {dep}"),
                (tr(lg, "To", "An", "Arrivee"), there),
                (
                    tr(lg, "Seat / class", "Platz / Klasse", "Siege / classe"),
                    f"{rng.randint(1, 40)}{rng.choice('ABCDF')} / "
                    f"{rng.choice(['Economy', 'Business', '2nd'])}",
                ),
            ]
            here = there
        elif seg == "HOTEL":
            items = [
                ("Hotel", f"{rng.choice(['Grand', 'City', 'Park', 'Station'])} Hotel {here}"),
                (tr(lg, "Nights", "Naechte", "Nuits"), str(rng.randint(1, 4))),
                (tr(lg, "Confirmation", "Bestaetigung", "Confirmation"), ref(rng, "H", 8)),
            ]
        else:
            items = [
                (
                    tr(lg, "Pick-up", "Abholung", "Prise en charge"),
                    f"{here} {tr(lg, 'airport', 'Flughafen', 'aeroport')}",
                ),
                (
                    tr(lg, "Vehicle group", "Fahrzeuggruppe", "Categorie"),
                    rng.choice(["B", "C", "D", "F"]),
                ),
            ]
        f.y = kv(f.page, s, m + 12, f.y, items, w - m - 12)
        f.y += 10
        d += timedelta(days=rng.randint(0, 3))
    f.need(60)
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Please check in online and carry a valid passport. Times shown are local.",
            "Bitte reisen Sie mit gueltigem Ausweis. Alle Zeiten sind Ortszeit.",
            "Presentez-vous avec une piece d'identite valide. Heures locales.",
        ),
        italic(s.font),
        s.size - 1,
    )
    number(f.pages, s, snd)
    return f.pages


def tpl_epc(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "assessor", ["left", "thin", "none"])
    w, h = s.page_size
    m = s.margin
    cert = "-".join(str(rng.randint(1000, 9999)) for _ in range(5))
    addr = someone(rng, "en")
    cur = rng.randint(35, 80)
    pot = min(96, cur + rng.randint(5, 25))

    def band(v: int) -> str:
        return (
            "G"
            if v < 21
            else "F"
            if v < 39
            else "E"
            if v < 55
            else "D"
            if v < 69
            else "C"
            if v < 81
            else "B"
            if v < 92
            else "A"
        )

    def start(page: Page, n: int) -> float:
        if n == 1:
            return head(page, s, snd)
        return running_head(
            page, s, f"Energy performance certificate (EPC) - {addr[1]}", f"Certificate {cert}"
        )

    f = Flow(s.page_size, h - m - 14, start)
    p = f.page
    p.text(m, f.y + 8, "Energy performance certificate (EPC)", s.bold, s.size + 6)
    f.y += 32
    f.y = kv(
        p,
        s,
        m,
        f.y,
        [
            ("Property", ", ".join(addr[1:])),
            (
                "Property type",
                rng.choice(["Semi-detached house", "Mid-terrace house", "Flat", "Bungalow"]),
            ),
            ("Total floor area", f"{rng.randint(45, 180)} square metres"),
            ("Valid until", dstr(snd, a_day(rng) + timedelta(days=3650))),
            ("Certificate number", cert),
        ],
        w - m,
        s.size,
    )
    f.y += 16
    p.text(m, f.y, "Energy rating and score", s.bold, s.size + 1)
    f.y += 18
    bw = w - 2 * m - 120
    for k, (b, lo) in enumerate(zip("ABCDEFG", [92, 81, 69, 55, 39, 21, 1], strict=True)):
        y = f.y + k * 18
        p.rect(m, y - 12, 60 + bw * 0.09 * (k + 1), 15, fill=0.5 + 0.06 * k)
        p.text(m + 4, y, f"{lo}+  {b}" if b != "A" else "92+  A", s.bold, 9)
        for v, x in ((cur, w - m - 110), (pot, w - m - 50)):
            if band(v) == b:
                p.text(x, y, f"{v} {b}", s.bold, 10)
    p.text(w - m - 110, f.y - 16, "Current", s.font, 8)
    p.text(w - m - 50, f.y - 16, "Potential", s.font, 8)
    f.y += 7 * 18 + 16
    f.para(
        m,
        w - 2 * m,
        "The graph shows this property's current and potential energy rating. The average energy "
        f"rating is D (score 60). This property's current rating is {band(cur)}.",
        s.font,
        s.size,
    )
    f.new_page()
    f.heading(m, "Breakdown of property's energy performance", s.bold, s.size + 1)
    descr = [
        "Cavity wall, as built, insulated",
        "Pitched, 200 mm loft insulation",
        "Fully double glazed",
        "Boiler and radiators, mains gas",
        "Programmer, room thermostat and TRVs",
        "From main system",
        "Low energy lighting in 80% of fixed outlets",
        "Suspended, no insulation (assumed)",
        "None",
    ]
    feats = [
        "Wall",
        "Roof",
        "Window",
        "Main heating",
        "Main heating control",
        "Hot water",
        "Lighting",
        "Floor",
        "Secondary heating",
    ]
    cs = cols(m, w - m, [(1.4, "left"), (3.2, "left"), (1.2, "left")])
    rows = [
        [ft, descr[k], rng.choice(["Very good", "Good", "Average", "Poor", "Very poor", "N/A"])]
        for k, ft in enumerate(feats)
    ]
    table(f, cs, ["Feature", "Description", "Rating"], rows, s, rules=True)
    f.heading(m, "Impact on the environment", s.bold, s.size + 1)
    co2 = rng.uniform(1.2, 6.5)
    f.para(m, w - 2 * m, prose(rng, "property", 2, 3), s.font, s.size)
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            ("This property produces", f"{co2:.1f} tonnes of CO2"),
            ("This property's potential production", f"{co2 * 0.6:.1f} tonnes of CO2"),
            ("Estimated yearly energy cost", f"GBP {rng.randint(600, 2400):,}"),
        ],
        w - m,
    )
    f.new_page()
    f.heading(m, "Steps you could take to save energy", s.bold, s.size + 1)
    steps = [
        ("Floor insulation", 800, 1200),
        ("Solar water heating", 4000, 6000),
        ("Solar photovoltaic panels", 3500, 5500),
        ("Internal wall insulation", 7500, 11000),
        ("Heating controls", 350, 450),
        ("Draught proofing", 80, 120),
    ]
    cs = cols(m, w - m, [(0.5, "left"), (3, "left"), (1.6, "right"), (1.3, "right")])
    rows = []
    for k, (nm, lo, hi) in enumerate(rng.sample(steps, rng.randint(2, 6)), 1):
        rows.append(
            [
                str(k),
                nm,
                f"GBP {lo:,} - GBP {hi:,}",
                f"{min(pot, cur + 3 * k)} {band(min(pot, cur + 3 * k))}",
            ]
        )
    table(f, cs, ["Step", "Measure", "Typical installation cost", "Rating after"], rows, s)
    f.heading(m, "Who to contact about this certificate", s.bold, s.size + 1)
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            ("Assessor's name", person(rng)),
            ("Telephone", snd.phone),
            ("Email", snd.email),
            (
                "Accreditation scheme",
                rng.choice(
                    ["Elmhurst Energy Systems Ltd", "Stroma Certification Ltd", "Quidos Limited"]
                ),
            ),
            ("Date of assessment", dstr(snd, a_day(rng))),
        ],
        w - m,
    )
    number(f.pages, s, snd, fmt_=rng.choice(["Page {i} of {n}", "{i}/{n}", snd.numbers]))
    return f.pages


COMPLAINTS = [
    ("Order {o}: sofa delivered damaged", "damaged"),
    ("Washing machine order {o} - missed delivery", "delay"),
    ("Refund still outstanding for order {o}", "refund"),
    ("Complaint about installation, order {o}", "install"),
]


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's own letter: no letterhead, sender address top right, often typed in a hurry."""
    s = who.style
    snd = sender(who, "shop")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    me = someone(rng, lg)
    p = Page(s.page_size)
    y = m
    for ln in me:
        p.text(w - m, y, ln, s.font, s.size, "right")
        y += s.size * 1.3
    y += 10
    y = address(
        p,
        s,
        None,
        y,
        [
            tr(lg, "Customer Services", "Kundenservice", "Service clients"),
            snd.name,
            snd.street,
            snd.town,
        ],
    )
    d = a_day(rng)
    p.text(w - m, y + 6, dstr(snd, d), s.font, s.size, "right")
    y += 34
    o = str(rng.randint(1000000, 9999999))
    subj, _kind = rng.choice(COMPLAINTS)
    subj = subj.format(o=o)
    if lg == "de":
        subj = f"Reklamation zu Auftrag {o}"
    elif lg == "fr":
        subj = f"Reclamation - commande {o}"
    p.text(m, y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    y += s.size * 2.2
    p.text(
        m,
        y,
        tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        s.font,
        s.size,
    )
    y += s.size * 2
    for _ in range(rng.randint(3, 5)):
        y = block(p, s, m, y, w - 2 * m, prose(rng, "complaint", 2, 3))
    y = block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"I look forward to your reply within 14 days. Please quote order number {o}.",
            f"Ich erwarte Ihre Antwort innerhalb von 14 Tagen (Auftrag {o}).",
            f"Je vous remercie de me repondre sous 14 jours (commande {o}).",
        ),
    )
    p.text(
        m,
        y + 4,
        tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen", "Cordialement,"),
        s.font,
        s.size,
    )
    sign(p, s, m, y + 6, me[0])
    return [p]


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "shop")
    lg = snd.lang
    cref = ref(rng, "CR-", 6)
    f = flow_for(s, snd, running=f"{tr(lg, 'Our ref', 'Unser Zeichen', 'Notre ref.')} {cref}")
    cust = someone(rng, lg)
    letter_top(
        f,
        s,
        snd,
        rng,
        cust,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre ref."), cref),
            (tr(lg, "Order", "Auftrag", "Commande"), str(rng.randint(1000000, 9999999))),
        ],
    )
    salute(f, s, lg, cust[0])
    subject(f, s, tr(lg, "Your complaint", "Ihre Reklamation", "Votre reclamation"))
    body(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter. I am sorry to hear about your experience and have looked "
            "into the matter.",
            "vielen Dank fuer Ihr Schreiben. Es tut uns leid, dass Sie Anlass zur Beschwerde "
            "hatten.",
            "Nous avons bien recu votre courrier et regrettons la gene occasionnee.",
        ),
    )
    for _ in range(rng.randint(2, 6)):
        body(f, s, prose(rng, "complaint", 2, 4))
    if rng.random() < 0.6:
        amt = rng.uniform(20, 400)
        body(
            f,
            s,
            tr(
                lg,
                f"As a gesture of goodwill we have credited {ccy(lg)} {money(amt, lg)} to your "
                "account.",
                f"Als Kulanz haben wir Ihnen {money(amt, lg)} EUR gutgeschrieben.",
                f"A titre commercial, nous vous remboursons {money(amt, lg)} EUR.",
            ),
        )
    if lg == "en" and rng.random() < 0.5:
        body(
            f,
            s,
            "If you remain unhappy you may refer your complaint to the Ombudsman within six "
            "months of this letter.",
        )
    close(
        f,
        s,
        lg,
        person(rng),
        tr(lg, "Customer Relations Manager", "Kundenbetreuung", "Service relation clients"),
    )
    number(f.pages, s, snd)
    return f.pages


def tpl_insurance_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "insurer")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    pol = ref(rng, rng.choice(["HH", "MTR", "PET", "HOM"]), 8)
    f = flow_for(
        s, snd, running=tr(lg, f"Renewal - policy {pol}", f"Beitragsrechnung - Vertrag {pol}")
    )
    cust = someone(rng, lg)
    d = letter_top(f, s, snd, rng, cust, [(tr(lg, "Policy number", "Vertragsnummer"), pol)])
    salute(f, s, lg, cust[0])
    subject(f, s, tr(lg, "Your renewal is due", "Ihre Versicherung verlaengert sich"))
    body(
        f,
        s,
        tr(
            lg,
            f"Your policy renews on {dstr(snd, d + timedelta(days=28))}. If you pay by Direct "
            "Debit you do not need to do anything; your cover will continue automatically.",
            f"Ihr Vertrag verlaengert sich zum {dstr(snd, d + timedelta(days=28))} um ein "
            "weiteres Jahr. Der Beitrag wird wie bisher eingezogen.",
        ),
    )
    last = rng.uniform(180, 900)
    new = last * rng.uniform(0.95, 1.35)
    f.need(80)
    f.y = kv(
        f.page,
        s,
        m + 20,
        f.y,
        [
            (tr(lg, "Last year's premium", "Bisheriger Beitrag"), f"{ccy(lg)} {money(last, lg)}"),
            (tr(lg, "This year's premium", "Neuer Jahresbeitrag"), f"{ccy(lg)} {money(new, lg)}"),
            (
                tr(lg, "Insurance Premium Tax included", "Versicherungsteuer enthalten"),
                f"{ccy(lg)} {money(new * 0.12 / 1.12, lg)}",
            ),
            (tr(lg, "Monthly instalment", "Monatliche Rate"), f"{ccy(lg)} {money(new / 12, lg)}"),
        ],
        w - m - 20,
        s.size,
        bold_last=True,
    )
    f.y += 10
    for _ in range(rng.randint(1, 3)):
        body(
            f,
            s,
            tr(
                lg,
                "Please check the details of your cover on the enclosed schedule and tell us if "
                "anything has changed, for example your address, occupation or claims history.",
                "Bitte pruefen Sie die Angaben im beiliegenden Nachtrag und teilen Sie uns "
                "Aenderungen mit.",
            ),
        )
    close(f, s, lg, person(rng), tr(lg, "Head of Customer Service", "Kundenservice"))
    if rng.random() < 0.6:
        f.new_page()
        f.heading(
            m,
            tr(lg, "Your cover at a glance", "Ihr Versicherungsschutz im Ueberblick"),
            s.bold,
            s.size + 2,
        )
        cs = cols(m, w - m, [(3, "left"), (1.5, "right"), (1.2, "center")])
        secs = [
            "Buildings",
            "Contents",
            "Accidental damage",
            "Personal possessions",
            "Legal expenses",
            "Home emergency",
            "Garden cover",
        ]
        rows = [
            [
                x,
                f"{ccy(lg)} {rng.randint(5, 500) * 1000:,}" if rng.random() < 0.7 else "-",
                rng.choice(["Included", "Optional", "Not covered"]),
            ]
            for x in rng.sample(secs, rng.randint(4, 7))
        ]
        table(
            f,
            cs,
            [tr(lg, "Cover", "Baustein"), tr(lg, "Limit", "Summe"), tr(lg, "Status", "Status")],
            rows,
            s,
            shade=0.88,
        )
        f.y += 10
        body(
            f,
            s,
            tr(
                lg,
                f"Policy excess: {ccy(lg)} {rng.choice([100, 250, 350, 500])}. ",
                f"Selbstbeteiligung: {rng.choice([150, 250, 500])} EUR. ",
            )
            + prose(rng, "terms", 1, 2),
        )
    number(f.pages, s, snd)
    return f.pages


def tpl_gas_safety(rng: random.Random, who: Issuer) -> list[Page]:
    """Landlord gas safety record: one landscape page with an appliance grid."""
    s = who.style
    snd = sender(who, "engineer", ["left", "logo", "banner"])
    size = landscape(A4)
    w, _ = size
    m = 40
    p = Page(size)
    y = head(p, Style(s.font, s.bold, 9, m, "none", "bottom", size, ""), snd)
    rec = ref(rng, "GSR", 6)
    p.text(w - m, m, f"Record no. {rec}", s.bold, 10, "right")
    p.text(m, y + 6, "LANDLORD / HOMEOWNER GAS SAFETY RECORD", s.bold, 13)
    y += 26
    land = someone(rng, "en")
    ten = someone(rng, "en")
    half = (w - 2 * m) / 2
    for k, (lab, pp) in enumerate([("Landlord / agent", land), ("Installation address", ten)]):
        x = m + k * half
        p.rect(x, y - 10, half - 8, 52)
        p.text(x + 4, y, lab, s.bold, 8)
        for j, ln in enumerate(pp):
            p.text(x + 4, y + 12 + 10 * j, fit(ln, s.font, 8.5, half - 16), s.font, 8.5)
    y += 56
    head_ = [
        "Location",
        "Appliance type",
        "Make / model",
        "Flue",
        "Inspected",
        "Op. pressure",
        "Safety device",
        "Ventilation",
        "Flue test",
        "Safe to use",
    ]
    style = Style(s.font, s.bold, 8.5, m, "none", "bottom", size, "")
    f = Flow(size, size[1] - 60, lambda page, n: y)
    f.page = p
    f.pages = [p]
    f.y = y
    cs = cols(
        m,
        w - m,
        [
            (1.2, "left"),
            (1.4, "left"),
            (1.8, "left"),
            (0.6, "left"),
            (0.8, "center"),
            (0.9, "right"),
            (0.9, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
        ],
    )
    rows = []
    for _ in range(rng.randint(1, 4)):
        rows.append(
            [
                rng.choice(["Kitchen", "Utility", "Loft", "Lounge", "Airing cupboard"]),
                rng.choice(["Combi boiler", "Gas hob", "Gas fire", "Cooker"]),
                rng.choice(
                    ["Worcester Greenstar 30i", "Vaillant ecoTEC plus", "Baxi 600", "Belling FS60"]
                ),
                rng.choice(["RS", "OF", "FL", "N/A"]),
                "Yes",
                f"{rng.uniform(18, 21):.1f} mbar",
                rng.choice(["Pass", "N/A"]),
                rng.choice(["Yes", "Yes", "No"]),
                rng.choice(["Pass", "N/A"]),
                rng.choice(["Yes", "Yes", "Yes", "No"]),
            ]
        )
    table(f, cs, head_, rows, style, rules=True)
    y = f.y + 12
    p.text(m, y, "Defects identified / remedial action taken:", s.bold, 9)
    y += 13
    p.text(
        m,
        y,
        fit(
            rng.choice(
                [
                    "None.",
                    "Gas fire - ventilation inadequate, advised, label attached.",
                    "No defects found. CO alarm tested and working.",
                ]
            ),
            s.font,
            9,
            w - 2 * m,
        ),
        s.font,
        9,
    )
    y += 24
    p.text(m, y, "Gas installation pipework visual inspection:", s.font, 9)
    x = m + tw("Gas installation pipework visual inspection:", s.font, 9) + 8
    p.text(x, y, "Pass", s.bold, 9)
    p.text(m + 380, y, "Emergency control accessible:", s.font, 9)
    p.text(m + 390 + tw("Emergency control accessible:", s.font, 9), y, "Yes", s.bold, 9)
    y += 16
    box(p, m, y, rng.random() < 0.8)
    p.text(m + 14, y, "Audible CO alarm fitted and tested", s.font, 9)
    box(p, m + 380, y, rng.random() < 0.7)
    p.text(m + 394, y, "Smoke alarm tested", s.font, 9)
    y += 20
    eng = person(rng)
    kv(
        p,
        style,
        m,
        y,
        [
            ("Engineer", eng),
            ("Gas Safe reg. no.", str(rng.randint(100000, 999999))),
            ("Date of inspection", dstr(snd, a_day(rng))),
        ],
        m + 300,
    )
    sign(p, style, w - m - 180, y - 14, eng, "Gas Safe registered engineer")
    return [p]


def tpl_mot_report(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "garage")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))
    reg = f"{rng.choice(['KD', 'TB', 'HW'])}{rng.randint(10, 74)} {tail}"
    if lg == "de":
        reg = (
            f"L-{''.join(rng.choice('ABCDEFGHKLMNPRS') for _ in range(2))} {rng.randint(10, 9999)}"
        )
    f = flow_for(s, snd, running=tr(lg, f"MOT test result - {reg}", f"Pruefbericht HU - {reg}"))
    passed = rng.random() < 0.7
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "MOT test certificate" if passed else "Refusal of an MOT test certificate",
            "Untersuchungsbericht Hauptuntersuchung",
        ),
        s.bold,
        s.size + 5,
    )
    f.y += 24
    make = rng.choice(
        ["Ford Focus", "Vauxhall Astra", "VW Golf", "Toyota Yaris", "Skoda Octavia", "Renault Clio"]
    )
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Registration", "Kennzeichen"), reg),
            (tr(lg, "Make and model", "Hersteller / Typ"), make),
            (
                tr(lg, "VIN", "FIN"),
                "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17)),
            ),
            (
                tr(lg, "Odometer", "Kilometerstand"),
                f"{rng.randint(8000, 190000):,} {'miles' if lg == 'en' else 'km'}",
            ),
            (tr(lg, "Test date", "Datum der Pruefung"), dstr(snd, a_day(rng))),
            (
                tr(lg, "Test number", "Pruefnummer"),
                f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            ),
            (
                tr(lg, "Result", "Ergebnis"),
                tr(
                    lg,
                    "PASS" if passed else "FAIL",
                    "Ohne Maengel" if passed else "Erhebliche Maengel",
                ),
            ),
        ],
        m + 330,
        s.size,
    )
    f.y += 14
    groups = [
        ("Advisories (monitor and repair if necessary)", "Geringe Maengel"),
        ("Dangerous / major defects", "Erhebliche Maengel"),
    ]
    items = [
        "Nearside front tyre worn close to legal limit (5.2.3 (e))",
        "Offside rear brake disc worn, pitted or scored, but not seriously weakened (1.1.14 (a) "
        "(ii))",
        "Exhaust has a minor leak of exhaust gases (6.1.2 (a))",
        "Front coil spring corroded (5.3.1 (b))",
        "Windscreen damaged but not adversely affecting driver's view (3.2 (a) (i))",
        "Headlamp aim too high (4.1.2 (a))",
        "Oil leak, but not excessive (8.4.1 (a) (i))",
    ]
    for k, (en, de) in enumerate(groups):
        if k == 1 and passed:
            continue
        f.heading(m, tr(lg, en, de), s.bold, s.size)
        for it in rng.sample(items, rng.randint(1, 4)):
            f.para(m + 12, w - 2 * m - 12, "- " + it, s.font, s.size - 1)
    if rng.random() < 0.5:
        f.heading(m, tr(lg, "Mileage history", "Kilometerhistorie"), s.bold, s.size)
        cs = cols(m, m + 300, [(1.5, "left"), (1.5, "right"), (1, "left")])
        yr = 2025
        rows = [
            [str(yr - k), f"{rng.randint(5000, 150000):,}", rng.choice(["Pass", "Pass", "Fail"])]
            for k in range(rng.randint(3, 9))
        ]
        table(
            f,
            cs,
            [tr(lg, "Year", "Jahr"), tr(lg, "Mileage", "Stand"), tr(lg, "Result", "Ergebnis")],
            rows,
            s,
        )
    f.need(80)
    f.y += 8
    sign(f.page, s, m, f.y, person(rng), tr(lg, "Tester", "Pruefingenieur"))
    if lg == "de":
        f.page.text(
            w - m,
            f.y + 30,
            f"Naechste HU: {rng.randint(1, 12):02d}/{rng.randint(2026, 2028)}",
            s.bold,
            s.size,
            "right",
        )
    number(f.pages, s, snd)
    return f.pages


def tpl_valuation(rng: random.Random, who: Issuer) -> list[Page]:
    """Mortgage valuation report: cover page, contents, sections, valuation figure, signature."""
    s = who.style
    snd = sender(who, "valuer")
    lg = snd.lang
    w, h = s.page_size
    m = s.margin
    prop = someone(rng, lg)
    title = tr(lg, "Valuation Report", "Verkehrswertgutachten")
    secs = tr(
        lg,
        "Instructions|Location|Description|Accommodation|Construction|Condition|Services|"
        "Tenure|Market commentary|Comparable evidence|Valuation",
        "Auftrag|Lage|Grundstueck|Gebaeudebeschreibung|Bauzustand|Wohnflaechen|Rechtliche "
        "Gegebenheiten|Marktlage|Vergleichswerte|Verkehrswert",
    ).split("|")
    cover = rng.random() < 0.7
    pages: list[Page] = []
    if cover:
        c = Page(s.page_size)
        head(c, s, snd, "centre")
        c.text(w / 2, h * 0.35, title, s.bold, s.size + 12, "center")
        for k, ln in enumerate(prop[1:]):
            c.text(w / 2, h * 0.35 + 34 + 16 * k, ln, s.font, s.size + 2, "center")
        c.text(
            w / 2,
            h * 0.55,
            tr(lg, "Prepared for", "Auftraggeber") + ": " + person(rng),
            s.font,
            s.size,
            "center",
        )
        c.text(w / 2, h * 0.55 + 16, dstr(snd, a_day(rng)), s.font, s.size, "center")
        pages.append(c)

    def start(page: Page, n: int) -> float:
        if n == 1 and not cover:
            return head(page, s, snd)
        return running_head(page, s, f"{title} - {prop[1]}, {prop[2]}")

    f = Flow(s.page_size, h - m - 14, start)
    if not cover:
        f.page.text(m, f.y + 6, title, s.bold, s.size + 6)
        f.y += 28
    elif rng.random() < 0.6:
        f.heading(m, tr(lg, "Contents", "Inhalt"), s.bold, s.size + 2)
        for k, sec in enumerate(secs, 1):
            f.page.text(m + 10, f.y, f"{k}.  {sec}", s.font, s.size)
            f.y += s.size * 1.5
        f.new_page()
    val = rng.randint(120, 900) * 1000
    for k, sec in enumerate(secs, 1):
        f.heading(m, f"{k}. {sec}", s.bold, s.size + 1)
        if sec in ("Accommodation", "Wohnflaechen"):
            cs = cols(m, m + 320, [(2, "left"), (1, "right")])
            rooms = [
                "Hall",
                "Living room",
                "Kitchen",
                "Bedroom 1",
                "Bedroom 2",
                "Bathroom",
                "Study",
            ]
            table(
                f,
                cs,
                [tr(lg, "Room", "Raum"), "m2"],
                [[r_, f"{rng.uniform(4, 30):.1f}"] for r_ in rooms[: rng.randint(4, 7)]],
                s,
            )
        elif sec in ("Comparable evidence", "Vergleichswerte"):
            cs = cols(m, w - m, [(3, "left"), (1.2, "left"), (1.2, "right")])
            rows = [
                [
                    f"{rng.randint(1, 99)} {rng.choice(ROADS[lg])}",
                    dstr(snd, a_day(rng)),
                    money(val * rng.uniform(0.85, 1.15), lg),
                ]
                for _ in range(rng.randint(3, 6))
            ]
            table(
                f,
                cs,
                [tr(lg, "Address", "Objekt"), tr(lg, "Sold", "Verkauf"), tr(lg, "Price", "Preis")],
                rows,
                s,
                rules=True,
            )
        else:
            for _ in range(rng.randint(1, 3)):
                f.para(m, w - 2 * m, prose(rng, "property", 2, 5), s.font, s.size)
    f.need(130)
    f.y += 8
    f.page.rect(m, f.y - s.size - 4, w - 2 * m, s.size * 2 + 6, fill=0.9)
    f.page.text(m + 6, f.y, tr(lg, "Market value", "Verkehrswert"), s.bold, s.size + 1)
    f.page.text(w - m - 6, f.y, f"{ccy(lg)} {money(val, lg)}", s.bold, s.size + 1, "right")
    f.y += s.size * 2 + 10
    sign(
        f.page,
        s,
        m,
        f.y,
        person(rng),
        tr(lg, "MRICS Registered Valuer", "oeffentlich bestellter Sachverstaendiger"),
    )
    pages += f.pages
    number(pages, s, snd, skip=1 if cover else 0)
    return pages


def tpl_debt_collection(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "collector", ["banner", "left", "right", "thin"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    f = flow_for(s, snd)
    debtor = someone(rng, lg)
    acct = ref(rng, "", 9)
    d = letter_top(
        f,
        s,
        snd,
        rng,
        debtor,
        [
            (tr(lg, "Our reference", "Unser Aktenzeichen"), acct),
            (
                tr(lg, "Original creditor", "Auftraggeber"),
                rng.choice(SENDERS["telecom"] + SENDERS["energy"])[0],
            ),
        ],
    )
    stage = rng.choice(
        [
            tr(lg, "NOTICE OF DEBT ASSIGNMENT", "Zahlungsaufforderung"),
            tr(
                lg,
                "FINAL DEMAND BEFORE LEGAL ACTION",
                "Letzte Mahnung vor gerichtlichem Mahnverfahren",
            ),
            tr(lg, "PAYMENT REQUIRED", "Forderungsaufstellung"),
        ]
    )
    subject(f, s, stage)
    salute(f, s, lg, debtor[0])
    body(f, s, prose(rng, "legal", 2, 3))
    princ = rng.uniform(40, 2400)
    fees = rng.uniform(5, 90)
    interest = princ * rng.uniform(0.01, 0.06)
    f.y = kv(
        f.page,
        s,
        m + 20,
        f.y + 4,
        [
            (tr(lg, "Principal", "Hauptforderung"), money(princ, lg)),
            (tr(lg, "Interest", "Zinsen"), money(interest, lg)),
            (tr(lg, "Collection costs", "Inkassokosten"), money(fees, lg)),
            (
                tr(lg, f"Total due ({ccy(lg)})", "Gesamtforderung (EUR)"),
                money(princ + fees + interest, lg),
            ),
        ],
        w - m - 120,
        s.size,
        bold_last=True,
    )
    f.y += 8
    body(
        f,
        s,
        tr(
            lg,
            f"Please pay the balance in full by {dstr(snd, d + timedelta(days=14))} or call us on "
            f"{snd.phone} to agree a repayment plan.",
            f"Bitte zahlen Sie den Gesamtbetrag bis zum {dstr(snd, d + timedelta(days=14))} auf "
            "das unten genannte Konto.",
        ),
    )
    close(f, s, lg, person(rng), tr(lg, "Collections Team", "Forderungsmanagement"), formal=True)
    if f.y < s.page_size[1] - m - 110 and rng.random() < 0.7:
        y = s.page_size[1] - m - 80
        f.page.line(m, y - 14, w - m, y - 14)
        f.page.text(
            m,
            y,
            tr(lg, "Payment slip - return with your payment", "Zahlschein"),
            s.bold,
            s.size - 1,
        )
        kv(
            f.page,
            s,
            m,
            y + 14,
            [
                (tr(lg, "Reference", "Verwendungszweck"), acct),
                (tr(lg, "Amount", "Betrag"), money(princ + fees + interest, lg)),
            ],
            m + 260,
        )
        val = acct + str(int(princ))
        if bar_width("code128", val) < w - 2 * m - 280:
            f.page.barcode("code128", val, w - m - bar_width("code128", val), y - 6)
    return f.pages


def tpl_bailiff_notice(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "enforcement", ["banner", "left"])
    w, _ = s.page_size
    m = s.margin
    f = flow_for(s, snd)
    debtor = someone(rng, "en")
    case = ref(rng, "EA/", 7)
    d = letter_top(
        f,
        s,
        snd,
        rng,
        debtor,
        [
            ("Case reference", case),
            (
                "Client",
                rng.choice(
                    [
                        "Kelderby Borough Council",
                        "Thornbury Magistrates' Court",
                        "Hartwell County Council",
                    ]
                ),
            ),
        ],
    )
    f.page.text(w / 2, f.y, "NOTICE OF ENFORCEMENT", s.bold, s.size + 6, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        fit(
            "Taking Control of Goods (Fees) Regulations 2014", italic(s.font), s.size - 1, w - 2 * m
        ),
        italic(s.font),
        s.size - 1,
        "center",
    )
    f.y += 24
    body(
        f,
        s,
        "This notice is given because you have not paid the amount below. Unless the full sum is "
        f"paid by {dstr(snd, d + timedelta(days=7))}, an enforcement agent may attend your "
        "address to take control of goods, which may then be sold at auction.",
    )
    debt = rng.uniform(120, 3200)
    f.y = kv(
        f.page,
        s,
        m + 30,
        f.y + 4,
        [
            (
                "Liability order / warrant",
                f"{rng.choice(['Council tax', 'Parking penalty', 'Magistrates fine'])} "
                f"{dstr(snd, a_day(rng))}",
            ),
            ("Amount outstanding", money(debt)),
            ("Compliance stage fee", "75.00"),
            ("TOTAL NOW DUE (GBP)", money(debt + 75)),
        ],
        w - m - 30,
        s.size,
        bold_last=True,
    )
    f.y += 8
    body(
        f,
        s,
        "If the enforcement stage is reached a further fee of GBP 235.00 plus 7.5% of the sum "
        "over GBP 1,500 will be added. " + prose(rng, "legal", 1, 2),
    )
    f.need(60)
    f.page.rect(m, f.y - 12, w - 2 * m, 40)
    f.page.text(
        m + 8,
        f.y + 2,
        fit(
            f"PAY NOW: call {snd.phone} (24 hours) quoting {case}",
            s.bold,
            s.size + 1,
            w - 2 * m - 16,
        ),
        s.bold,
        s.size + 1,
    )
    f.page.text(
        m + 8,
        f.y + 18,
        fit(f"or online at www.{snd.email.split('@')[1]}/pay", s.font, s.size, w - 2 * m - 16),
        s.font,
        s.size,
    )
    f.y += 46
    f.page.text(
        m,
        f.y,
        "Enforcement Agent: " + person(rng) + f"  (certificated, no. {rng.randint(1000, 9999)})",
        s.font,
        s.size - 1,
    )
    return f.pages


def tpl_pension_transfer(rng: random.Random, who: Issuer) -> list[Page]:
    """Multi-page transfer-out request form with boxed fields and tick boxes."""
    s = who.style
    snd = sender(who, "pension")
    w, h = s.page_size
    m = s.margin
    form = f"TRF{rng.randint(1, 9)} ({rng.randint(1, 12):02d}/{rng.randint(20, 25)})"

    def start(page: Page, n: int) -> float:
        if n == 1:
            y = head(page, s, snd)
            page.text(m, y + 6, "Request to transfer your pension", s.bold, s.size + 6)
            page.text(
                m,
                y + 22,
                fit(
                    "Please complete in BLOCK CAPITALS using black ink.",
                    italic(s.font),
                    s.size - 1,
                    w - 2 * m,
                ),
                italic(s.font),
                s.size - 1,
            )
            return y + 44
        return running_head(page, s, "Request to transfer your pension", form)

    f = Flow(s.page_size, h - m - 24, start)

    def field(label: str, width: float, x: float | None = None, newline: bool = True) -> None:
        x = m if x is None else x
        f.need(32)
        f.page.text(x, f.y, label, s.font, s.size - 1.5)
        f.page.rect(x, f.y + 3, width, 16)
        if newline:
            f.y += 30

    sections = {
        "1. About you": [
            "Title",
            "Surname",
            "First names",
            "Date of birth",
            "National Insurance number",
            "Address",
            "Postcode",
            "Telephone",
            "Email",
        ],
        "2. Your plan with us": ["Plan number", "Employer (if workplace scheme)"],
        "3. The receiving scheme": [
            "Name of receiving scheme",
            "Scheme administrator",
            "HMRC pension scheme tax reference",
            "Receiving plan number",
            "Bank sort code",
            "Account number",
        ],
    }
    for sec, fields in sections.items():
        if sec.startswith("3"):
            f.new_page()
        f.heading(m, sec, s.bold, s.size + 1)
        for k in range(0, len(fields), 2):
            pair = fields[k : k + 2]
            half = (w - 2 * m - 12) / 2
            field(pair[0], half if len(pair) > 1 else w - 2 * m, newline=len(pair) == 1)
            if len(pair) > 1:
                field(pair[1], half, x=m + half + 12)
    f.heading(m, "4. Transfer type", s.bold, s.size + 1)
    for opt in [
        "Full transfer of all funds",
        "Partial transfer (state amount)",
        "Transfer of uncrystallised funds only",
        "Transfer in specie (where agreed)",
    ]:
        f.need(16)
        box(f.page, m, f.y, rng.random() < 0.25)
        f.page.text(m + 14, f.y, opt, s.font, s.size - 1)
        f.y += 15
    f.new_page()
    f.heading(m, "5. Scam checks", s.bold, s.size + 1)
    qs = [
        "Were you contacted out of the blue about this transfer?",
        "Have you been offered a free pension review?",
        "Have you been told you can access your pension before age 55?",
        "Have you been pressured to act quickly?",
        "Have you checked the firm on the FCA register?",
    ]
    for q in qs:
        f.need(16)
        f.page.text(m, f.y, fit(q, s.font, s.size - 1, w - 2 * m - 90), s.font, s.size - 1)
        for j, yn in enumerate(["Yes", "No"]):
            box(f.page, w - m - 70 + 38 * j, f.y, False)
            f.page.text(w - m - 58 + 38 * j, f.y, yn, s.font, s.size - 2)
        f.y += 16
    f.heading(m, "6. Declaration", s.bold, s.size + 1)
    for _ in range(rng.randint(2, 4)):
        f.para(m, w - 2 * m, prose(rng, "terms", 2, 3), s.font, s.size - 1.5)
    f.need(50)
    f.page.text(
        m,
        f.y + 10,
        "Signature ______________________________     Date ____ / ____ / ________",
        s.font,
        s.size - 1,
    )
    f.y += 30
    for page in f.pages:
        page.text(m, h - m + 4, form, s.font, 7)
    number(f.pages, s, snd, fmt_=rng.choice(["Page {i} of {n}", "{i}/{n}"]))
    return f.pages


def tpl_parental_leave(rng: random.Random, who: Issuer) -> list[Page]:
    """Employee's request form, approved by the manager at the bottom; 1-2 pages."""
    s = who.style
    snd = sender(who, "employer", ["thin", "left", "logo"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    f = flow_for(
        s,
        snd,
        running=tr(
            lg, "Parental leave request", "Antrag auf Elternzeit", "Demande de conge parental"
        ),
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(lg, "Parental Leave Request", "Antrag auf Elternzeit", "Demande de conge parental"),
        s.bold,
        s.size + 5,
    )
    f.y += 14
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "HR form HR-PL2 - to be submitted at least 21 days before leave begins",
                "gem. Paragraph 16 BEEG - spaetestens sieben Wochen vor Beginn einzureichen",
                "Formulaire RH - a remettre au moins un mois avant le debut du conge",
            ),
            italic(s.font),
            s.size - 2,
            w - 2 * m,
        ),
        italic(s.font),
        s.size - 2,
    )
    f.y += 24
    emp = person(rng)
    child = a_day(rng)
    start = child + timedelta(days=rng.randint(0, 200))
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Employee name", "Name", "Nom du salarie"), emp),
            (
                tr(lg, "Employee number", "Personalnummer", "Matricule"),
                str(rng.randint(10000, 99999)),
            ),
            (
                tr(lg, "Department", "Abteilung", "Service"),
                rng.choice(["Finance", "Operations", "Sales", "Production"]),
            ),
            (
                tr(
                    lg,
                    "Child's date of birth / placement",
                    "Geburtsdatum des Kindes",
                    "Date de naissance de l'enfant",
                ),
                dstr(snd, child),
            ),
            (tr(lg, "First day of leave", "Beginn", "Debut du conge"), dstr(snd, start)),
            (
                tr(lg, "Last day of leave", "Ende", "Fin du conge"),
                dstr(snd, start + timedelta(weeks=rng.choice([1, 2, 4, 8, 26, 52]))),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    f.heading(m, tr(lg, "Pattern of leave", "Aufteilung", "Modalites"), s.bold, s.size)
    for opt in [
        tr(lg, "One continuous block", "Zusammenhaengend", "En une seule fois"),
        tr(lg, "Weeks spread over the year", "In Abschnitten", "Fractionne"),
        tr(lg, "Part-time alongside leave", "Teilzeit waehrend der Elternzeit", "Temps partiel"),
    ]:
        box(f.page, m + 4, f.y, rng.random() < 0.35)
        f.page.text(m + 18, f.y, opt, s.font, s.size - 1)
        f.y += 15
    f.y += 6
    body(
        f,
        s,
        tr(lg, "Reason / comments: ", "Bemerkungen: ", "Commentaires : ") + prose(rng, "job", 1, 3),
    )
    f.need(70)
    f.page.text(
        m,
        f.y + 14,
        tr(lg, "Employee signature", "Unterschrift", "Signature du salarie")
        + " .............................",
        s.font,
        s.size - 1,
    )
    f.page.text(
        w - m,
        f.y + 14,
        tr(lg, "Date", "Datum", "Date") + " ..............",
        s.font,
        s.size - 1,
        "right",
    )
    f.y += 40
    f.need(110)
    f.page.line(m, f.y, w - m, f.y)
    f.y += 16
    f.page.text(
        m,
        f.y,
        tr(lg, "FOR MANAGER / HR USE", "VOM ARBEITGEBER AUSZUFUELLEN", "RESERVE A L'EMPLOYEUR"),
        s.bold,
        s.size - 1,
    )
    f.y += 16
    box(f.page, m, f.y, True)
    f.page.text(m + 14, f.y, tr(lg, "Approved", "Genehmigt", "Accepte"), s.font, s.size - 1)
    box(f.page, m + 120, f.y, False)
    f.page.text(
        m + 134,
        f.y,
        tr(lg, "Postponed (reason attached)", "Verschoben", "Reporte"),
        s.font,
        s.size - 1,
    )
    f.y += 6
    sign(
        f.page,
        s,
        m,
        f.y,
        person(rng),
        tr(lg, "Line manager", "Personalabteilung", "Responsable RH"),
    )
    number(f.pages, s, snd)
    return f.pages


def tpl_car_purchase(rng: random.Random, who: Issuer) -> list[Page]:
    """Used-car purchase contract with clauses; 1-3 pages, signatures at the end."""
    s = who.style
    snd = sender(who, "dealer")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    title = tr(
        lg,
        "Contract for the Sale of a Used Vehicle",
        "Kaufvertrag fuer ein gebrauchtes Kraftfahrzeug",
        "Contrat de vente d'un vehicule d'occasion",
    )
    f = flow_for(s, snd, running=title)
    f.y += 6
    size = shrink(title, s.bold, s.size + 4, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, size, "center")
    f.y += 26
    buyer = someone(rng, lg)
    half = (w - 2 * m - 16) / 2
    for k, (lab, pp) in enumerate(
        [
            (tr(lg, "Seller", "Verkaeufer", "Vendeur"), [snd.name, snd.street, snd.town]),
            (tr(lg, "Buyer", "Kaeufer", "Acheteur"), buyer),
        ]
    ):
        x = m + k * (half + 16)
        f.page.rect(x, f.y - 10, half, 56)
        f.page.text(x + 4, f.y, lab, s.bold, s.size - 1)
        for j, ln in enumerate(pp):
            f.page.text(
                x + 4, f.y + 13 + 11 * j, fit(ln, s.font, s.size - 1, half - 8), s.font, s.size - 1
            )
    f.y += 62
    price = rng.randint(15, 300) * 100
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Make / model", "Hersteller / Typ", "Marque / modele"),
                rng.choice(
                    [
                        "Peugeot 308 1.2",
                        "BMW 320d Touring",
                        "Opel Corsa 1.4",
                        "Nissan Qashqai",
                        "Fiat Panda",
                    ]
                ),
            ),
            (
                tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"),
                f"{rng.choice(['KD', 'L', 'AB'])}-{rng.randint(10, 999)}",
            ),
            (
                tr(lg, "Chassis number", "Fahrgestellnummer", "Numero de serie"),
                "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(17)),
            ),
            (
                tr(lg, "First registered", "Erstzulassung", "1re mise en circulation"),
                dstr(snd, a_day(rng) - timedelta(days=rng.randint(700, 5000))),
            ),
            (
                tr(lg, "Mileage read", "Kilometerstand", "Kilometrage"),
                f"{rng.randint(10000, 220000):,}",
            ),
            (
                tr(lg, "Purchase price", "Kaufpreis", "Prix de vente"),
                f"{ccy(lg)} {money(price, lg)}",
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    clauses = tr(
        lg,
        "Condition of the vehicle|Accident damage|Warranty|Payment|Handover and "
        "ownership|Registration and insurance|Data protection|Final provisions",
        "Zustand|Unfallschaeden|Gewaehrleistung|Zahlung|Uebergabe und "
        "Eigentum|Ummeldung|Schlussbestimmungen",
        "Etat du vehicule|Sinistres|Garantie|Paiement|Livraison|Carte grise|Dispositions finales",
    ).split("|")
    for k, cl in enumerate(clauses[: rng.randint(5, len(clauses))], 1):
        f.heading(m, f"{tr(lg, 'Clause', 'Paragraph', 'Article')} {k} - {cl}", s.bold, s.size)
        f.para(m, w - 2 * m, prose(rng, "terms", 2, 5), s.font, s.size - 0.5)
    f.need(120)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(lg, "Place, date", "Ort, Datum", "Fait a, le")
        + f": {snd.town.split()[-1]}, {dstr(snd, a_day(rng))}",
        s.font,
        s.size,
    )
    f.y += 8
    sign(f.page, s, m, f.y, person(rng), tr(lg, "Seller", "Verkaeufer", "Le vendeur"))
    sign(f.page, s, w - m - 160, f.y, buyer[0], tr(lg, "Buyer", "Kaeufer", "L'acheteur"))
    f.y += 64
    number(f.pages, s, snd)
    return f.pages


def tpl_exam_results(rng: random.Random, who: Issuer) -> list[Page]:
    """Results slip; schools send a pile of these, one per candidate."""
    s = who.style
    snd = sender(who, "exams", ["centre", "left", "banner"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = head(p, s, snd)
    sess = tr(
        lg,
        f"{rng.choice(['June', 'November'])} {rng.randint(2022, 2026)} series",
        f"Pruefungen {rng.choice(['Sommer', 'Winter'])} {rng.randint(2022, 2026)}",
    )
    p.text(
        m,
        y + 6,
        tr(lg, "Statement of Provisional Results", "Ergebnismitteilung"),
        s.bold,
        s.size + 5,
    )
    p.text(w - m, y + 6, sess, s.font, s.size, "right")
    y += 30
    cand = person(rng)
    y = kv(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Candidate", "Teilnehmer/in"), cand),
            (tr(lg, "Candidate number", "Teilnehmernummer"), str(rng.randint(1000, 9999))),
            (tr(lg, "Centre number", "Pruefstelle"), str(rng.randint(10000, 99999))),
            (
                tr(lg, "Date of birth", "Geburtsdatum"),
                dstr(snd, date(rng.randint(2004, 2010), rng.randint(1, 12), rng.randint(1, 28))),
            ),
        ],
        m + 320,
        s.size,
    )
    y += 14
    f = Flow(s.page_size, s.page_size[1] - m, lambda page, n: y)
    f.pages, f.page, f.y = [p], p, y
    subj = [
        "Mathematics",
        "English Literature",
        "Chemistry",
        "Physics",
        "Biology",
        "History",
        "Geography",
        "French",
        "German",
        "Computer Science",
        "Economics",
        "Art and Design",
    ]
    if lg == "de":
        subj = [
            "Deutsch",
            "Englisch B2",
            "Mathematik",
            "Buchfuehrung",
            "Spanisch A2",
            "Wirtschaftsenglisch",
        ]
    rows = []
    for sj in rng.sample(subj, rng.randint(3, min(9, len(subj)))):
        code = f"{rng.randint(1000, 9999)}{rng.choice(['H', 'F', ''])}"
        rows.append(
            [
                code,
                sj,
                rng.choice(["GCSE", "A level", "AS"]) if lg == "en" else "VHS",
                str(rng.randint(20, 100)),
                rng.choice(["9", "8", "7", "6", "5", "4", "A*", "A", "B", "C"])
                if lg == "en"
                else rng.choice(["sehr gut", "gut", "befriedigend", "bestanden"]),
            ]
        )
    cs = cols(m, w - m, [(0.9, "left"), (3, "left"), (1, "left"), (0.8, "right"), (1.1, "center")])
    table(
        f,
        cs,
        [
            tr(lg, "Code", "Kurs"),
            tr(lg, "Subject", "Fach"),
            tr(lg, "Level", "Stufe"),
            tr(lg, "Mark", "Punkte"),
            tr(lg, "Grade", "Note"),
        ],
        rows,
        s,
        shade=0.9,
        rules=True,
    )
    y = f.y + 16
    y = block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "These results are provisional and may be subject to change following review of "
            "marking. Certificates will be issued to your centre.",
            "Die Zertifikate werden Ihnen nach Abschluss der Pruefungsperiode zugesandt.",
        ),
        s.size - 1,
    )
    p.text(
        m,
        y + 10,
        tr(lg, "Examinations Officer", "Kursleitung") + ": " + person(rng),
        s.font,
        s.size - 1,
    )
    return [p]


def tpl_licence_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """Driving licence renewal application: form pages with character boxes, 2 pages."""
    s = who.style
    snd = sender(who, "licensing", ["thin", "none", "left"])
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    code = tr(lg, "D1R", "Antrag FE-V")
    pages = []
    for n in (1, 2):
        p = Page(s.page_size)
        y = head(p, s, snd) if n == 1 else m
        p.text(w - m, y + 10 if n == 1 else m - 12, code, s.bold, s.size + 2, "right")
        if n == 1:
            p.text(
                m,
                y + 10,
                tr(
                    lg,
                    "Application to renew a driving licence",
                    "Antrag auf Verlaengerung der Fahrerlaubnis",
                ),
                s.bold,
                shrink(
                    tr(
                        lg,
                        "Application to renew a driving licence",
                        "Antrag auf Verlaengerung der Fahrerlaubnis",
                    ),
                    s.bold,
                    s.size + 4,
                    w - 2 * m - 80,
                ),
            )
            y += 34
            secs = [
                tr(lg, "Section 1 - Your details", "1. Angaben zur Person"),
                tr(lg, "Section 2 - Your licence", "2. Bisherige Fahrerlaubnis"),
            ]
            fields = [
                [
                    tr(lg, "Surname", "Familienname"),
                    tr(lg, "First names", "Vornamen"),
                    tr(lg, "Date of birth", "Geburtsdatum"),
                    tr(lg, "Postcode", "Postleitzahl"),
                ],
                [
                    tr(lg, "Driver number", "Fuehrerscheinnummer"),
                    tr(lg, "Categories held", "Klassen"),
                    tr(lg, "Issue date", "Ausstellungsdatum"),
                ],
            ]
        else:
            y = m + 6
            secs = [
                tr(lg, "Section 3 - Medical", "3. Gesundheit"),
                tr(lg, "Section 4 - Declaration", "4. Erklaerung"),
            ]
            fields = [[], []]
        for sec, fl in zip(secs, fields, strict=True):
            p.rect(m, y - 11, w - 2 * m, 15, fill=0.82)
            p.text(m + 4, y, sec, s.bold, s.size)
            y += 22
            for lab in fl:
                p.text(m, y, lab, s.font, s.size - 1)
                nbox = int((w - 2 * m - 160) // 14)
                for k in range(min(nbox, 22)):
                    p.rect(m + 160 + 14 * k, y - 10, 12, 14)
                y += 24
            if not fl:
                qs = (
                    [
                        tr(
                            lg,
                            "Do you have any medical condition that could affect your driving?",
                            "Bestehen Erkrankungen, die die Fahreignung einschraenken?",
                        ),
                        tr(
                            lg,
                            "Do you need glasses or contact lenses to read a number plate at 20 "
                            "metres?",
                            "Benoetigen Sie eine Sehhilfe?",
                        ),
                        tr(
                            lg,
                            "Have you been disqualified from driving in the last 4 years?",
                            "Wurde Ihnen die Fahrerlaubnis entzogen?",
                        ),
                    ]
                    if "1" not in sec[:3] and ("Medical" in sec or "Gesundheit" in sec)
                    else []
                )
                for q in qs:
                    for ln in wrap(q, s.font, s.size - 1, w - 2 * m - 100):
                        p.text(m, y, ln, s.font, s.size - 1)
                        y += (s.size - 1) * 1.35
                    box(p, w - m - 80, y - (s.size - 1) * 1.35, rng.random() < 0.2)
                    p.text(
                        w - m - 68, y - (s.size - 1) * 1.35, tr(lg, "Yes", "Ja"), s.font, s.size - 2
                    )
                    box(p, w - m - 40, y - (s.size - 1) * 1.35, rng.random() < 0.8)
                    p.text(
                        w - m - 28,
                        y - (s.size - 1) * 1.35,
                        tr(lg, "No", "Nein"),
                        s.font,
                        s.size - 2,
                    )
                    y += 8
                if not qs:
                    y = block(p, s, m, y, w - 2 * m, prose(rng, "legal", 2, 4), s.size - 1)
                    p.text(
                        m,
                        y + 16,
                        tr(lg, "Signature", "Unterschrift") + " ________________________",
                        s.font,
                        s.size,
                    )
                    p.text(
                        w - m,
                        y + 16,
                        tr(lg, "Date", "Datum") + " ____________",
                        s.font,
                        s.size,
                        "right",
                    )
                    y += 40
            y += 12
        if n == 2:
            p.rect(m, y, 100, 130)
            p.text(m + 50, y + 60, tr(lg, "Photo", "Lichtbild"), s.font, s.size - 1, "center")
            p.text(m + 50, y + 72, "35 x 45 mm", s.font, 7, "center")
        pages.append(p)
    number(
        pages,
        s,
        snd,
        fmt_=rng.choice(
            ["{i}/{n}", "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}", snd.numbers]
        ),
    )
    return pages


def tpl_tariff_change(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "energy")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    f = flow_for(s, snd)
    cust = someone(rng, lg)
    acct = ref(rng, "", 10)
    d = letter_top(
        f, s, snd, rng, cust, [(tr(lg, "Account number", "Kundennummer", "N. client"), acct)]
    )
    eff = d + timedelta(days=rng.randint(30, 45))
    subject(
        f,
        s,
        tr(
            lg,
            "Important: your energy prices are changing",
            "Preisanpassung Ihres Stromtarifs",
            "Evolution de vos prix d'electricite",
        ),
    )
    salute(f, s, lg, cust[0])
    body(
        f,
        s,
        tr(
            lg,
            "We are writing to tell you that the prices on your tariff will change from "
            f"{dstr(snd, eff)}.",
            f"wir passen zum {dstr(snd, eff)} die Preise Ihres Tarifs an.",
            f"Nous vous informons que vos prix evoluent a compter du {dstr(snd, eff)}.",
        ),
    )
    f.need(80)
    cs = cols(m, w - m, [(2.4, "left"), (1, "right"), (1, "right")])
    old_u, old_s = rng.uniform(22, 40), rng.uniform(30, 60)
    rows = [
        [
            tr(lg, "Unit rate (per kWh)", "Arbeitspreis (ct/kWh)", "Prix du kWh (cts)"),
            f"{old_u:.2f}",
            f"{old_u * rng.uniform(0.9, 1.2):.2f}",
        ],
        [
            tr(lg, "Standing charge (per day)", "Grundpreis (EUR/Monat)", "Abonnement (EUR/mois)"),
            f"{old_s:.2f}",
            f"{old_s * rng.uniform(0.95, 1.15):.2f}",
        ],
    ]
    table(
        f,
        cs,
        [
            tr(lg, "Electricity", "Strom", "Electricite"),
            tr(lg, "Current", "Bisher", "Actuel"),
            tr(lg, "New", "Neu", "Nouveau"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 6
    body(
        f,
        s,
        tr(
            lg,
            f"Based on your usage of {rng.randint(1800, 4500):,} kWh a year, you will pay about "
            f"{ccy(lg)} {rng.randint(2, 14) * 10} more each year.",
            f"Bei einem Verbrauch von {rng.randint(1800, 4500)} kWh aendern sich Ihre "
            f"Jahreskosten um ca. {rng.randint(20, 140)} EUR.",
            f"Pour une consommation de {rng.randint(1800, 4500)} kWh, votre facture annuelle "
            f"evolue d'environ {rng.randint(20, 140)} EUR.",
        ),
    )
    body(
        f,
        s,
        tr(
            lg,
            "You can switch tariff or supplier without paying an exit fee if you do so within 30 "
            "days of this notice.",
            "Sie haben ein Sonderkuendigungsrecht zum Zeitpunkt der Preisaenderung.",
            "Vous pouvez resilier votre contrat sans frais.",
        ),
    )
    close(
        f, s, lg, person(rng), tr(lg, "Customer Director", "Ihr Kundenservice", "Service clients")
    )
    return f.pages


def tpl_broadband_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """One-page regulated contract summary in a boxed layout."""
    s = who.style
    snd = sender(who, "telecom")
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = head(p, s, snd)
    title = tr(lg, "Contract summary", "Vertragszusammenfassung", "Recapitulatif contractuel")
    p.text(w / 2, y + 8, title, s.bold, s.size + 6, "center")
    y += 22
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                "This contract summary provides the main elements of this service offer as "
                "required by EU law.",
                "Diese Vertragszusammenfassung enthaelt die wichtigsten Elemente des "
                "Dienstangebots.",
                "Le present recapitulatif reprend les principaux elements de l'offre.",
            ),
            s.font,
            s.size - 2,
            w - 2 * m,
        ),
        s.font,
        s.size - 2,
        "center",
    )
    y += 20
    dl = rng.choice([36, 67, 145, 300, 500, 900])
    pm = rng.uniform(19, 65)
    boxes = [
        (
            tr(lg, "Services and equipment", "Dienste und Geraete", "Services et equipements"),
            tr(
                lg,
                f"Fibre broadband {dl} Mbps, landline with inclusive evening calls, wireless "
                "router.",
                f"Glasfaser {dl} Mbit/s mit Telefonanschluss und WLAN-Router.",
                f"Fibre {dl} Mb/s, telephone fixe, box Wi-Fi.",
            ),
        ),
        (
            tr(lg, "Speeds of the internet service", "Geschwindigkeiten", "Debits"),
            tr(
                lg,
                f"Estimated download {int(dl * 0.9)} Mbps, upload {max(5, dl // 5)} Mbps. Minimum "
                f"guaranteed {int(dl * 0.5)} Mbps.",
                f"Maximal {dl} Mbit/s, normalerweise {int(dl * 0.9)} Mbit/s, minimal "
                f"{int(dl * 0.5)} Mbit/s.",
                f"Debit estime {int(dl * 0.9)} Mb/s.",
            ),
        ),
        (
            tr(lg, "Price", "Preis", "Prix"),
            f"{ccy(lg)} {money(pm, lg)} "
            + tr(
                lg,
                "per month. Set-up fee ",
                "monatlich. Bereitstellung ",
                "par mois. Frais de mise en service ",
            )
            + f"{money(rng.choice([0, 29.99, 49.95]), lg)}. "
            + tr(lg, "Prices rise each April by GBP 3.00 a month.", "", ""),
        ),
        (
            tr(
                lg,
                "Duration, renewal and termination",
                "Laufzeit, Verlaengerung und Kuendigung",
                "Duree et resiliation",
            ),
            tr(
                lg,
                f"Minimum term {rng.choice([12, 18, 24])} months. After that it continues "
                "monthly; 30 days' notice.",
                f"Mindestlaufzeit {rng.choice([12, 24])} Monate, danach monatlich kuendbar.",
                f"Engagement {rng.choice([12, 24])} mois.",
            ),
        ),
        (
            tr(
                lg,
                "Features for end-users with disabilities",
                "Merkmale fuer Endnutzer mit Behinderungen",
                "Accessibilite",
            ),
            tr(
                lg,
                "Bills in braille, large print or audio. Text relay service.",
                "Rechnungen in Brailleschrift auf Anfrage.",
                "Factures en braille sur demande.",
            ),
        ),
    ]
    for lab, txt in boxes:
        lines = wrap(txt, s.font, s.size - 1, w - 2 * m - 16)
        hgt = 18 + len(lines) * (s.size - 1) * 1.35 + 4
        p.rect(m, y - 10, w - 2 * m, hgt)
        p.rect(m, y - 10, w - 2 * m, 15, fill=0.85)
        p.text(m + 6, y, lab, s.bold, s.size - 1)
        yy = y + 16
        for ln in lines:
            p.text(m + 8, yy, ln, s.font, s.size - 1)
            yy += (s.size - 1) * 1.35
        y += hgt + 8
    p.text(
        m,
        y + 4,
        fit(
            tr(lg, "Order number", "Auftragsnummer", "Commande")
            + f": {ref(rng, 'ORD', 8)}   "
            + tr(lg, "Date", "Datum", "Date")
            + f": {dstr(snd, a_day(rng))}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    return [p]


def tpl_mobile_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """Order form page then two-column small-print terms over several pages."""
    s = who.style
    snd = sender(who, "telecom")
    lg = snd.lang
    w, h = s.page_size
    m = s.margin
    num = (
        f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        if lg == "en"
        else f"01{rng.randint(51, 79)} {rng.randint(1000000, 9999999)}"
    )
    cust = someone(rng, lg)
    p = Page(s.page_size)
    y = head(p, s, snd)
    p.text(
        m,
        y + 8,
        tr(lg, "Pay monthly agreement", "Mobilfunkvertrag", "Contrat mobile"),
        s.bold,
        s.size + 5,
    )
    y += 30
    y = kv(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Customer", "Kunde", "Client"), cust[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{cust[1]}, {cust[2]}"),
            (tr(lg, "Mobile number", "Rufnummer", "Numero"), num),
            (
                tr(lg, "Plan", "Tarif", "Forfait"),
                f"{rng.choice(['Unlimited', 'Essentials', 'Max'])} "
                f"{rng.choice([5, 20, 50, 100])}GB",
            ),
            (
                tr(lg, "Handset", "Geraet", "Telephone"),
                rng.choice(
                    ["Samsung Galaxy A55", "iPhone 15 128GB", "Google Pixel 8a", "SIM only"]
                ),
            ),
            (
                tr(lg, "Airtime plan charge", "Monatlicher Grundpreis", "Prix mensuel"),
                f"{ccy(lg)} {money(rng.uniform(8, 45), lg)}",
            ),
            (
                tr(lg, "Device plan charge", "Geraeterate", "Paiement du mobile"),
                f"{ccy(lg)} {money(rng.uniform(0, 40), lg)}",
            ),
            (
                tr(lg, "Minimum term", "Mindestlaufzeit", "Engagement"),
                f"{rng.choice([12, 24, 36])} " + tr(lg, "months", "Monate", "mois"),
            ),
        ],
        w - m,
        s.size,
    )
    y += 14
    y = block(p, s, m, y, w - 2 * m, prose(rng, "terms", 2, 4), s.size - 1)
    p.text(
        m,
        y + 10,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client")
        + " ........................",
        s.font,
        s.size - 1,
    )
    p.text(w - m, y + 10, dstr(snd, a_day(rng)), s.font, s.size - 1, "right")
    pages = [p]
    fs = max(6.5, s.size - 3)
    colw = (w - 2 * m - 18) / 2
    title = tr(
        lg,
        "Terms and Conditions for Pay Monthly Services",
        "Allgemeine Geschaeftsbedingungen Mobilfunk",
        "Conditions generales de vente",
    )
    clauses = [
        tr(lg, t, d, f_)
        for t, d, f_ in [
            ("Definitions", "Begriffe", "Definitions"),
            ("Your agreement", "Vertragsschluss", "Le contrat"),
            ("The network", "Netz", "Le reseau"),
            ("Charges and payment", "Entgelte", "Prix et paiement"),
            ("Price changes", "Preisaenderungen", "Evolution des prix"),
            ("Roaming", "Roaming", "Itinerance"),
            ("Fair use", "Faire Nutzung", "Usage raisonnable"),
            ("Lost or stolen devices", "Verlust", "Perte ou vol"),
            ("Suspension", "Sperre", "Suspension"),
            ("Ending the agreement", "Kuendigung", "Resiliation"),
            ("Liability", "Haftung", "Responsabilite"),
            ("Complaints", "Beschwerden", "Reclamations"),
            ("Personal data", "Datenschutz", "Donnees personnelles"),
            ("General", "Schlussbestimmungen", "Dispositions generales"),
        ]
    ]
    paras: list[tuple[str, str]] = []
    for k, cl in enumerate(clauses[: rng.randint(9, len(clauses))], 1):
        paras.append(("h", f"{k}. {cl}"))
        for j in range(rng.randint(2, 5)):
            paras.append(("p", f"{k}.{j + 1} " + prose(rng, "terms", 2, 4)))
    col, yy, pg = 0, 0.0, None
    top = m + 14
    bottom = h - m - 10
    for kind, txt in paras:
        font = s.bold if kind == "h" else s.font
        lines = wrap(txt, font, fs, colw)
        for ln in lines:
            if pg is None or yy + fs * 1.3 > bottom:
                if pg is not None and col == 0:
                    col, yy = 1, top + (14 if len(pages) == 2 else 0)
                else:
                    pg = Page(s.page_size)
                    pages.append(pg)
                    running_head(pg, s, title, num)
                    col, yy = 0, top
                    if len(pages) == 2:
                        pg.text(
                            m, yy + 2, title, s.bold, shrink(title, s.bold, s.size + 1, w - 2 * m)
                        )
                        yy += 14
            pg.text(m + col * (colw + 18), yy, ln, font, fs)
            yy += fs * 1.3
        yy += fs * 0.5
    number(pages, s, snd)
    return pages


def tpl_interview_invite(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "recruiter")
    lg = snd.lang
    f = flow_for(s, snd)
    cand = someone(rng, lg)
    vac = ref(rng, "VAC-", 4)
    d = letter_top(f, s, snd, rng, cand, [(tr(lg, "Vacancy", "Stelle"), vac)])
    role = rng.choice(
        [
            "Finance Assistant",
            "Production Planner",
            "Data Analyst",
            "Warehouse Supervisor",
            "Customer Adviser",
        ]
    )
    subject(
        f,
        s,
        tr(
            lg, f"Invitation to interview - {role}", f"Einladung zum Vorstellungsgespraech - {role}"
        ),
    )
    salute(f, s, lg, cand[0])
    iv = d + timedelta(days=rng.randint(5, 20))
    body(
        f,
        s,
        tr(
            lg,
            "Thank you for your application. I am pleased to invite you to an interview on "
            f"{dstr(snd, iv)} at {rng.randint(9, 16)}:{rng.choice(['00', '30'])}.",
            f"vielen Dank fuer Ihre Bewerbung. Gerne laden wir Sie am {dstr(snd, iv)} um "
            f"{rng.randint(9, 16)}:00 Uhr zu einem Gespraech ein.",
        ),
    )
    body(f, s, prose(rng, "job", 1, 3))
    if rng.random() < 0.6:
        for it in rng.sample(
            [
                tr(lg, "Photo ID (passport or driving licence)", "Personalausweis"),
                tr(lg, "Proof of right to work in the UK", "Zeugnisse im Original"),
                tr(lg, "Certificates of qualifications", "Lebenslauf"),
                tr(lg, "A 10-minute presentation", "Kurzpraesentation (10 Minuten)"),
            ],
            rng.randint(2, 4),
        ):
            f.para(s.margin + 14, s.page_size[0] - 2 * s.margin - 14, "- " + it, s.font, s.size)
    body(
        f,
        s,
        tr(
            lg,
            "Please confirm your attendance by replying to this letter or by email.",
            "Bitte bestaetigen Sie den Termin kurz per E-Mail.",
        ),
    )
    close(f, s, lg, person(rng), tr(lg, "HR Adviser", "Personalabteilung"))
    return f.pages


def tpl_rejection(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "recruiter")
    lg = snd.lang
    f = flow_for(s, snd)
    cand = someone(rng, lg)
    letter_top(
        f,
        s,
        snd,
        rng,
        cand,
        [(tr(lg, "Vacancy", "Stelle"), ref(rng, "VAC-", 4))] if rng.random() < 0.7 else [],
    )
    salute(f, s, lg, cand[0])
    body(
        f,
        s,
        tr(
            lg,
            "Thank you for your interest in working with us and for the time you spent on your "
            "application.",
            "vielen Dank fuer Ihre Bewerbung und das damit verbundene Interesse an unserem "
            "Unternehmen.",
        ),
    )
    body(
        f,
        s,
        tr(
            lg,
            "After careful consideration we regret to inform you that on this occasion you have "
            "not been shortlisted. We received a high number of applications from strong "
            "candidates.",
            "Nach sorgfaeltiger Pruefung muessen wir Ihnen leider mitteilen, dass wir uns fuer "
            "eine/n andere/n Bewerber/in entschieden haben.",
        ),
    )
    if rng.random() < 0.5:
        body(f, s, prose(rng, "job", 1, 2))
    body(
        f,
        s,
        tr(
            lg,
            "We wish you every success in your search for a new position.",
            "Wir wuenschen Ihnen fuer Ihren weiteren Berufsweg alles Gute.",
        ),
    )
    close(f, s, lg, person(rng), tr(lg, "Recruitment Team", "Personalabteilung"))
    return f.pages


def tpl_tax_refund(rng: random.Random, who: Issuer) -> list[Page]:
    s = who.style
    snd = sender(who, "revenue", ["left", "thin", "centre"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    f = flow_for(s, snd)
    tp = someone(rng, lg)
    tid = (
        f"{rng.randint(100, 999)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
        if lg == "de"
        else f"{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}"
    )
    d = letter_top(f, s, snd, rng, tp, [(tr(lg, "Reference", "Steuernummer", "N. fiscal"), tid)])
    yr = d.year - 1
    subject(
        f,
        s,
        tr(
            lg,
            f"Tax refund for the year ended 5 April {yr}",
            f"Erstattungsmitteilung Einkommensteuer {yr}",
            f"Avis de remboursement - impot sur le revenu {yr}",
        ),
    )
    body(
        f,
        s,
        tr(
            lg,
            "We have reviewed your tax for the year above. You have paid too much tax and we will "
            "repay the amount below.",
            "Aufgrund der Veranlagung ergibt sich eine Erstattung zu Ihren Gunsten.",
            "Suite a l'examen de votre declaration, un remboursement vous est du.",
        ),
    )
    inc = rng.uniform(18000, 70000)
    due = inc * rng.uniform(0.1, 0.25)
    paid = due + rng.uniform(40, 1800)
    f.y = kv(
        f.page,
        s,
        m + 20,
        f.y + 4,
        [
            (tr(lg, "Total income", "Summe der Einkuenfte", "Revenu imposable"), money(inc, lg)),
            (tr(lg, "Tax due", "Festgesetzte Steuer", "Impot du"), money(due, lg)),
            (
                tr(
                    lg,
                    "Tax paid through PAYE",
                    "Einbehaltene Lohnsteuer",
                    "Prelevement a la source",
                ),
                money(paid, lg),
            ),
            (
                tr(lg, f"Refund ({ccy(lg)})", "Erstattung (EUR)", "Remboursement (EUR)"),
                money(paid - due, lg),
            ),
        ],
        w - m - 60,
        s.size,
        bold_last=True,
    )
    f.y += 8
    body(
        f,
        s,
        tr(
            lg,
            "The refund will be paid into the bank account we hold for you within 5 working days. "
            "You do not need to do anything.",
            "Der Betrag wird auf das uns bekannte Konto ueberwiesen. Gegen diesen Bescheid ist "
            "der Einspruch zulaessig.",
            "Le montant sera vire sur votre compte bancaire.",
        ),
    )
    if rng.random() < 0.5:
        f.need(30)
        f.page.text(
            m,
            f.y + 10,
            fit(
                tr(
                    lg,
                    "This letter was produced automatically and does not need a signature.",
                    "Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
                    "Document edite automatiquement.",
                ),
                italic(s.font),
                s.size - 1,
                w - 2 * m,
            ),
            italic(s.font),
            s.size - 1,
        )
        f.y += 24
    else:
        close(f, s, lg, person(rng), tr(lg, "Officer", "Sachbearbeitung", "Le comptable public"))
    return f.pages


def tpl_customs_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """Carrier's or customs office's demand for import duty, with a barcode to pay."""
    s = who.style
    snd = sender(who, "customs", ["banner", "left", "logo"])
    lg = snd.lang
    w, _ = s.page_size
    m = s.margin
    f = flow_for(s, snd)
    to = someone(rng, lg)
    track = f"{rng.choice(['RR', 'CP', 'LX'])}{rng.randint(100000000, 999999999)}"
    track += rng.choice(["CN", "US", "CH", "GB"])
    d = letter_top(f, s, snd, rng, to, [(tr(lg, "Tracking no.", "Sendungsnummer"), track)])
    subject(f, s, tr(lg, "Import VAT and duty to pay", "Abgabenbescheid - Einfuhr"))
    body(
        f,
        s,
        tr(
            lg,
            "A parcel addressed to you is being held. Import charges must be paid before it can "
            "be delivered.",
            "Fuer die nachstehend bezeichnete Sendung werden folgende Einfuhrabgaben festgesetzt.",
        ),
    )
    val = rng.uniform(40, 900)
    duty = val * rng.choice([0, 0.025, 0.04, 0.12])
    vat = (val + duty) * (0.2 if lg == "en" else 0.19)
    fee = rng.choice([8.0, 11.0, 6.0])
    f.y = kv(
        f.page,
        s,
        m + 20,
        f.y + 4,
        [
            (tr(lg, "Declared value", "Zollwert"), money(val, lg)),
            (tr(lg, "Customs duty", "Zoll"), money(duty, lg)),
            (tr(lg, "Import VAT", "Einfuhrumsatzsteuer"), money(vat, lg)),
            (tr(lg, "Handling fee", "Auslagen"), money(fee, lg)),
            (
                tr(lg, f"Total to pay ({ccy(lg)})", "Gesamtbetrag (EUR)"),
                money(duty + vat + fee, lg),
            ),
        ],
        w - m - 80,
        s.size,
        bold_last=True,
    )
    f.y += 6
    body(
        f,
        s,
        tr(
            lg,
            f"Pay by {dstr(snd, d + timedelta(days=21))}, or the parcel will be returned to the "
            "sender.",
            f"Zahlbar bis {dstr(snd, d + timedelta(days=10))}. " + prose(rng, "legal", 1, 1),
        ),
    )
    kind = rng.choice(["code128", "code39", "qr"])
    val_ = track if kind != "code39" else track[:13]
    bh = 200 if kind == "qr" else 80
    if not f.need(bh + 10):
        bx = (w - bar_width(kind, val_)) / 2 if rng.random() < 0.5 else m
        f.page.barcode(kind, val_, bx, f.y)
        f.y += bh + 10
    return f.pages


def tpl_owners_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """Condominium owners' annual service charge statement: letter, expense table, apportionment."""
    s = who.style
    snd = sender(who, "syndic")
    lg = snd.lang
    w, _h = s.page_size
    m = s.margin
    lot = rng.randint(1, 48)
    bld = rng.choice(["Les Tilleuls", "Parkblick", "Belvedere", "Orchard Court", "Le Clos Fleuri"])
    res = f"{tr(lg, 'Residence', 'WEG', 'Residence')} {bld}"
    yr = rng.randint(2022, 2025)
    what = tr(lg, "Service charge accounts", "Hausgeldabrechnung", "Decompte de charges")
    run = f"{res} - {what} {yr} - {tr(lg, 'Flat', 'Einheit', 'Lot')} {lot}"
    f = flow_for(s, snd, running=run)
    owner = someone(rng, lg)
    letter_top(
        f,
        s,
        snd,
        rng,
        owner,
        [
            (tr(lg, "Property", "Objekt", "Copropriete"), res),
            (tr(lg, "Unit", "Einheit", "Lot"), str(lot)),
        ],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Service charge statement {yr}",
            f"Hausgeldabrechnung {yr}",
            f"Decompte individuel des charges {yr}",
        ),
    )
    salute(f, s, lg, owner[0])
    body(
        f,
        s,
        tr(
            lg,
            "Please find enclosed the service charge accounts for the year, approved at the "
            "annual meeting, and your share of the costs.",
            "anbei erhalten Sie die Jahresabrechnung sowie Ihre Einzelabrechnung.",
            "Veuillez trouver ci-joint le decompte des charges de l'exercice, approuve en "
            "assemblee generale.",
        ),
    )
    close(f, s, lg, person(rng), tr(lg, "Property Manager", "Verwalterin", "Gestionnaire"))
    f.new_page()
    f.heading(
        m,
        tr(lg, "Expenditure of the building", "Gesamtkosten", "Depenses de la copropriete"),
        s.bold,
        s.size + 2,
    )
    posts = [
        ("Cleaning of common parts", "Treppenhausreinigung", "Nettoyage parties communes"),
        ("Lift maintenance", "Aufzugswartung", "Entretien ascenseur"),
        ("Buildings insurance", "Gebaeudeversicherung", "Assurance immeuble"),
        ("Heating", "Heizung", "Chauffage collectif"),
        ("Water", "Wasser/Abwasser", "Eau froide"),
        ("Caretaker", "Hausmeister", "Gardiennage"),
        ("Garden maintenance", "Gartenpflege", "Espaces verts"),
        ("Electricity common parts", "Allgemeinstrom", "Electricite communs"),
        ("Management fee", "Verwalterhonorar", "Honoraires du syndic"),
        ("Repairs", "Instandhaltung", "Travaux d'entretien"),
        ("Reserve fund", "Ruecklage", "Fonds de travaux"),
        ("Waste collection", "Muellabfuhr", "Ordures menageres"),
        ("Chimney sweep", "Schornsteinfeger", "Ramonage"),
        ("Bank charges", "Kontofuehrung", "Frais bancaires"),
    ]
    rows = []
    share_pm = rng.randint(20, 90) / 1000
    tot = mine = 0.0
    for p_ in rng.sample(posts, rng.randint(8, len(posts))):
        amt = rng.uniform(300, 24000)
        tot += amt
        mine += amt * share_pm
        rows.append(
            [
                tr(lg, *p_),
                rng.choice(["MEA", "Wfl.", "Einheit"])
                if lg == "de"
                else rng.choice(["tantiemes", "lots"])
                if lg == "fr"
                else rng.choice(["%", "unit"]),
                money(amt, lg),
                money(amt * share_pm, lg),
            ]
        )
    cs = cols(m, w - m, [(3, "left"), (1, "left"), (1.4, "right"), (1.4, "right")])
    table(
        f,
        cs,
        [
            tr(lg, "Cost", "Kostenart", "Poste"),
            tr(lg, "Key", "Schluessel", "Cle"),
            tr(lg, "Total", "Gesamt", "Total"),
            tr(lg, "Your share", "Ihr Anteil", "Votre part"),
        ],
        rows,
        s,
        shade=0.9,
        rules=rng.random() < 0.5,
    )
    f.need(40)
    f.y += 4
    f.page.line(m, f.y - 10, w - m, f.y - 10)
    cell(f.page, cs[0], f.y, tr(lg, "Total", "Summe", "Total"), s.bold, s.size - 1)
    cell(f.page, cs[2], f.y, money(tot, lg), s.bold, s.size - 1)
    cell(f.page, cs[3], f.y, money(mine, lg), s.bold, s.size - 1)
    f.y += 24
    if rng.random() < 0.6:
        f.new_page()
    f.heading(m, tr(lg, "Your account", "Ihre Abrechnung", "Votre compte"), s.bold, s.size + 1)
    adv = mine * rng.uniform(0.85, 1.1)
    f.y = kv(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Your share of costs", "Ihr Kostenanteil", "Quote-part des charges"),
                money(mine, lg),
            ),
            (
                tr(lg, "Advance payments made", "Geleistete Vorauszahlungen", "Provisions versees"),
                money(adv, lg),
            ),
            (
                tr(
                    lg,
                    "Balance due" if mine > adv else "Balance in your favour",
                    "Nachzahlung" if mine > adv else "Guthaben",
                    "Solde a payer" if mine > adv else "Solde crediteur",
                ),
                f"{ccy(lg)} {money(abs(mine - adv), lg)}",
            ),
        ],
        m + 340,
        s.size,
        bold_last=True,
    )
    if rng.random() < 0.6:
        f.heading(m, tr(lg, "Notes", "Erlaeuterungen", "Observations"), s.bold, s.size)
        for _ in range(rng.randint(2, 5)):
            f.para(m, w - 2 * m, prose(rng, "house", 2, 4), s.font, s.size - 1)
    number(f.pages, s, snd)
    return f.pages


TEMPLATES_G: dict[str, Template] = {
    "court_summons": tpl_court_summons,
    "itinerary": tpl_itinerary,
    "epc": tpl_epc,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "insurance_renewal": tpl_insurance_renewal,
    "gas_safety": tpl_gas_safety,
    "mot_report": tpl_mot_report,
    "valuation": tpl_valuation,
    "debt_collection": tpl_debt_collection,
    "bailiff_notice": tpl_bailiff_notice,
    "pension_transfer": tpl_pension_transfer,
    "parental_leave": tpl_parental_leave,
    "car_purchase": tpl_car_purchase,
    "exam_results": tpl_exam_results,
    "licence_renewal": tpl_licence_renewal,
    "tariff_change": tpl_tariff_change,
    "broadband_summary": tpl_broadband_summary,
    "mobile_contract": tpl_mobile_contract,
    "interview_invite": tpl_interview_invite,
    "rejection": tpl_rejection,
    "tax_refund": tpl_tax_refund,
    "customs_demand": tpl_customs_demand,
    "owners_statement": tpl_owners_statement,
}
#: One-page kinds that a batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "debt_collection",
    "exam_results",
    "rejection",
    "interview_invite",
    "customs_demand",
    "gas_safety",
    "tariff_change",
)
#: A kind that is often followed by another kind (same batch, matching sender seed).
FOLLOWS = {"complaint": "complaint_reply", "bailiff_notice": "debt_collection"}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_sealed_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-2 more of the same kind from
    the same sender follow with probability 0.45; a complaint is followed by the company's
    reply with probability 0.5. New values each time."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(rng, TEMPLATES_G, n_docs, separators, run_odds, follows=FOLLOWS)


generate = part_generate(PART, SEED_OFFSET, make_sealed_stream, "templates G")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

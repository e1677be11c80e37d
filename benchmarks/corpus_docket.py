"""Docket part of the generated corpus: templates J, written blind for the next measurement.

A tenth part, ``docket``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as household and small-office paperwork that
ends up in one scanned batch: allotment tenancy renewals with the plot rules, German tenants'
service-charge settlements (Nebenkostenabrechnung) with the heating-cost sheet enclosed,
home-to-school transport passes, sports club subscription invoices, occupational health
questionnaires, private car park appeal acknowledgements and decisions, rental inventories and
schedules of condition, tenancy deposit protection certificates, bank overdraft letters, debt
advice letters with a budget sheet, VAT return submission receipts, French rent due notices
(avis d'echeance) and home insurance certificates (attestation d'assurance habitation), German
cancellation confirmations (Kuendigungsbestaetigung), direct debit change confirmations, solar
feed-in tariff statements, wedding venue hire agreements with terms, benefit decisions
(Elterngeld / Kindergeld / Child Benefit), no-claims discount letters, freedom of information
responses and bank account switch confirmations. Some senders write in German or French; page
sizes range from A5 to landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as transport
passes, club subscriptions, VAT receipts, rent due notices and feed-in statements often come
2-4 in a row from one sender, and an appeal acknowledgement is often followed by the appeal
decision, a deposit certificate by the inventory, an overdraft letter by the debt advice letter.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "docket"`` and seeds offset by 900_000.

Usage: ``python benchmarks/corpus_docket.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/docket/docket_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
    Flow,
    bar_width,
    box,
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
    table,
    tr,
    tw,
    wrap,
)
from corpus_kit import address as window_address
from corpus_kit import currency as cur

PART = "docket"
SEED_OFFSET = 900_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

SENDERS: dict[str, list[tuple[str, str]]] = {
    "allotment": [
        ("Hollins Lane Allotment Society", "en"),
        ("Brackwater Town Council - Allotments", "en"),
        ("Kleingartenverein Am Muehlbach e.V.", "de"),
    ],
    "hausverwaltung": [
        ("Hausverwaltung Brenninger GmbH", "de"),
        ("Wohnungsbaugenossenschaft Lindenhof eG", "de"),
        ("Immobilien Kessler & Roth", "de"),
    ],
    "transport": [
        ("Brackwater County Council - Passenger Transport", "en"),
        ("Harlow Vale Council - School Travel Team", "en"),
    ],
    "club": [
        ("Brackwater Rugby Football Club", "en"),
        ("Lindow Park Lawn Tennis Club", "en"),
        ("Harlow Vale Amateur Swimming Club", "en"),
        ("TSV Muehlbach 1911 e.V.", "de"),
    ],
    "occhealth": [
        ("Meridian Occupational Health Ltd", "en"),
        ("WorkWell Health Partners", "en"),
        ("Arbeitsmedizinischer Dienst Rhein-Lahn", "de"),
    ],
    "carpark": [
        ("ParkSure Enforcement Ltd", "en"),
        ("Civic Car Parks UK Ltd", "en"),
        ("Gatehouse Parking Management", "en"),
    ],
    "letting": [
        ("Oakmere Lettings", "en"),
        ("Castleton & Pryce Residential", "en"),
        ("Harbour View Property Management", "en"),
    ],
    "bank": [
        ("Calder Valley Bank plc", "en"),
        ("Pennant Savings Bank", "en"),
        ("Volksbank Muehlbach eG", "de"),
        ("Banque Rhodanienne", "fr"),
    ],
    "switch": [
        ("Calder Valley Bank plc", "en"),
        ("Harbour Building Society", "en"),
        ("Volksbank Muehlbach eG", "de"),
    ],
    "advice": [
        ("Brackwater Debt Advice Centre", "en"),
        ("StepClear Money Advice", "en"),
        ("Schuldnerberatung der Diakonie Muehlbach", "de"),
    ],
    "revenue": [("HM Revenue & Customs", "en")],
    "bailleur": [
        ("SCI Les Tilleuls", "fr"),
        ("Cabinet Girardot Gestion", "fr"),
        ("Agence Immobiliere Mercier", "fr"),
    ],
    "assureur": [
        ("Mutuelle Alpine d'Assurances", "fr"),
        ("Assurances Dufresne & Fils", "fr"),
        ("Rhone Habitat Assurances", "fr"),
    ],
    "vertrag": [
        ("Fitnesspark Muehlbach GmbH", "de"),
        ("Stadtwerke Lindau-Ost", "de"),
        ("Telekabel Sued GmbH", "de"),
        ("Rhein-Lahn Zeitungsverlag", "de"),
    ],
    "utility": [
        ("Calder Energy Supply Ltd", "en"),
        ("Pennine Water Services", "en"),
        ("Northgate Gas & Power", "en"),
    ],
    "fit": [
        ("Calder Energy Supply Ltd - FIT Team", "en"),
        ("SunHarvest Feed-in Services", "en"),
    ],
    "venue": [
        ("Hartwell Manor Weddings & Events", "en"),
        ("The Old Tithe Barn, Lindow", "en"),
        ("Domaine de la Chaume", "fr"),
    ],
    "benefits": [
        ("Familienkasse Rhein-Lahn", "de"),
        ("Elterngeldstelle Kreis Muehlbach", "de"),
        ("Child Benefit Office", "en"),
    ],
    "deposit": [
        ("SafeKeep Deposit Protection", "en"),
        ("Tenancy Deposit Guard Ltd", "en"),
    ],
    "insurer": [
        ("Kingfisher Motor Insurance", "en"),
        ("Amberley Direct Insurance Services", "en"),
    ],
    "foi": [
        ("Brackwater County Council - Information Governance", "en"),
        ("Harlow Vale NHS Foundation Trust", "en"),
        ("Lindow Constabulary - Disclosure Unit", "en"),
    ],
}
#: Public bodies: no company number or bank details in their footers.
PUBLIC = {"transport", "revenue", "benefits", "foi"}
PLACES = {
    "en": ["Brackwater BW4 2JN", "Harlow Vale HV7 9RT", "Lindow LN2 6AE", "Calder Bridge CB9 3PL"],
    "de": ["56368 Muehlbach", "56370 Lindau-Ost", "65549 Limburg"],
    "fr": ["69006 Lyon", "38200 Vienne", "69500 Bron"],
}
STREETS_ = {
    "en": ["Hollins Lane", "Tithe Barn Close", "Calder Walk", "Station Parade", "Orchard Rise"],
    "de": ["Muehlbachstrasse", "Lindenhof", "Am Kelterhaus", "Kirchgasse", "Auf der Heide"],
    "fr": ["rue Duguesclin", "cours Gambetta", "allee des Acacias", "rue Vendome"],
}
PEOPLE_ = [
    "Bethany Okonkwo",
    "Gareth Llewellyn",
    "Hannelore Brenninger",
    "Matthias Kessler",
    "Oonagh Brady",
    "Pascal Girardot",
    "Rukhsana Begum",
    "Stanislav Horak",
    "Celine Mercier",
    "Declan Fairweather",
    "Zofia Kaminska",
    "Idris Pryce",
    "Margot Dufresne",
    "Jonas Wetterau",
    "Priyanka Raman",
    "Wilfred Castleton",
]
CAR_PARKS = [
    "Station Parade retail park",
    "Calder Walk surface car park",
    "Lindow Leisure Centre",
    "Orchard Rise medical centre",
]
CARS = ["Ford Focus", "VW Golf", "Toyota Yaris", "Kia Sportage", "Vauxhall Corsa"]
OLD_BANKS = ["Pennant Savings Bank", "Lumen Bank", "Westgate Building Society"]
CHILDREN = ["Alfie", "Maisie", "Theo", "Isla", "Reuben", "Poppy", "Kacper", "Amira", "Finn"]
WORDS = {
    "en": {
        "glue": "the of and to in for with on as by this that your we our is are be from at "
        "has will any",
        "plot": "plot tenant rent water trough hedge path shed cultivation committee notice "
        "bonfire inspection boundary compost rules season",
        "health": "health role duties fitness assessment adjustments shift manager referral "
        "condition workplace absence return advice consent",
        "parking": "car park terms signage payment tariff vehicle driver keeper appeal ticket "
        "evidence bay machine charge photographs",
        "property": "property tenant landlord deposit condition inventory fixtures fittings "
        "clean wear tear check-out agreement keys",
        "bank": "account overdraft limit interest balance charges payments arranged "
        "statement repayment review customer support affordable",
        "money": "budget income outgoings creditors priority debts payment plan arrears "
        "council tax rent energy options breathing space",
        "event": "venue ceremony reception guests booking deposit balance catering licence "
        "supplier music noise marquee cancellation",
        "foi": "request information records disclosure exemption public interest data "
        "held section review complaint decision",
    },
    "de": {
        "glue": "die der das und zu im fuer mit auf als von dass Ihre wir unsere ist sind wird "
        "bei nach",
        "plot": "Parzelle Pacht Wasser Laube Hecke Weg Bewirtschaftung Vorstand Kuendigung "
        "Gartenordnung Kompost Begehung Grenze Saison",
        "health": "Untersuchung Arbeitsplatz Taetigkeit Vorsorge Schicht Beschwerden "
        "Einwilligung Arbeitgeber Empfehlung Eignung Belastung",
        "bank": "Konto Dispositionskredit Rahmen Zinsen Saldo Entgelt Buchungen Rueckfuehrung "
        "Kunde Beratung Vereinbarung Ueberziehung",
        "money": "Haushaltsplan Einnahmen Ausgaben Glaeubiger Schulden Raten Miete Energie "
        "Pfaendung Beratung Vergleich Termin",
        "rent": "Mieter Abrechnung Vorauszahlung Betriebskosten Umlage Wohnflaeche Heizung "
        "Wasser Hausmeister Grundsteuer Nachzahlung Guthaben",
    },
    "fr": {
        "glue": "le la les et de du pour avec sur par que votre nous nos est sont sera au aux",
        "rent": "loyer charges locataire bail provision regularisation logement paiement "
        "echeance quittance virement prelevement",
        "event": "domaine reception invites reservation acompte solde traiteur musique "
        "annulation ceremonie salle hebergement",
        "bank": "compte decouvert autorise taux interets solde frais operations remboursement "
        "conseiller client accord",
    },
}


def talk(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """One sentence about ``topic`` in ``lang`` (English words where the language lacks it)."""
    pool = WORDS.get(lang, {})
    if topic not in pool:
        pool = WORDS["en"]
    topical, glue = pool[topic].split(), pool["glue"].split()
    k = n or rng.randint(8, 18)
    out = [rng.choice(topical if rng.random() < 0.42 else glue) for _ in range(k)]
    return " ".join(out).capitalize() + "."


def chunk(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(talk(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def a_day(rng: random.Random) -> date:
    return date(2022, 6, 1) + timedelta(days=rng.randint(0, 1400))


def person(rng: random.Random) -> str:
    return rng.choice(PEOPLE_)


def home(rng: random.Random, lang: str) -> list[str]:
    """A private addressee: name, street with number, town."""
    road, no = rng.choice(STREETS_[lang]), rng.randint(1, 96)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    if lang == "fr" and rng.random() < 0.4:
        street = f"{no}, {road}"
    return [person(rng), street, rng.choice(PLACES[lang])]


def code(rng: random.Random, shape: str) -> str:
    """``shape`` with each ``#`` replaced by a digit and each ``@`` by a capital letter."""
    return "".join(
        str(rng.randint(0, 9))
        if c == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c == "@"
        else c
        for c in shape
    )


def fixed(who: Issuer, salt: str) -> random.Random:
    """A generator that gives the same values for the same issuer (a landlord's tenant, a
    business's VAT number) so that a run of one sender's documents keeps them."""
    return random.Random(zlib.crc32(f"docket|{salt}|{who.name}|{who.street}|{who.city}".encode()))


# ---------------------------------------------------------------------------------------------
# Senders and page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class Sender:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str
    look: str  # centred | tile | right | bar | din | bare
    every_page: bool  # masthead on every page, not only the first
    foot: str  # "", "line" or "cols": what sits at the foot of every page
    legal: list[str]  # the footer's text (company number, bank, register)
    paging: str  # page number format ("-" for none)
    paging_at: str  # t|b + l|c|r
    dstyle: str


LOOKS = ["centred", "tile", "right", "bar", "din", "bare"]
PAGING = {
    "en": ["-", "-", "-", "-", "Page {i} of {n}", "Page {i}", "{i}", "{i}/{n}", "2:Page {i}"],
    "de": ["-", "-", "Seite {i} von {n}", "Seite {i}/{n}", "- {i} -", "2:Seite {i}"],
    "fr": ["-", "-", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "Page {i}"],
}


def sender(who: Issuer, trade: str, looks: list[str] | None = None) -> Sender:
    """The ``trade`` sender behind ``who``; the same issuer always gets the same sender."""
    r = fixed(who, trade)
    name, lang = r.choice(SENDERS[trade])
    road, no = r.choice(STREETS_[lang]), r.randint(1, 180)
    phone = {
        "en": f"0{r.randint(1200, 1999)} {r.randint(100000, 999999)}",
        "de": f"0{r.randint(2600, 6799)} {r.randint(1000, 9999)}-{r.randint(0, 99)}",
        "fr": f"04 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    slug = "".join(ch for ch in name.split(" - ")[0].lower() if ch.isalnum())[:18]
    mail = (
        f"{r.choice(['info', 'enquiries', 'kontakt', 'contact'])}@{slug}."
        + {
            "en": "co.uk",
            "de": "de",
            "fr": "fr",
        }[lang]
    )
    legal: list[str] = []
    foot = ""
    if trade not in PUBLIC and r.random() < 0.6:
        foot = r.choice(["line", "cols", "cols"]) if lang == "de" else r.choice(["line", "cols"])
        legal = {
            "en": [
                f"{name.split(' - ')[0]} is registered in England and Wales, company no. "
                f"{r.randint(1000000, 9999999):08d}",
                f"Registered office: {no} {road}, {r.choice(PLACES['en'])}",
                f"VAT reg. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            ],
            "de": [
                f"Sitz: {r.choice(PLACES['de'])} - Amtsgericht Montabaur "
                f"HRB {r.randint(1000, 29999)}",
                f"Geschaeftsfuehrung: {r.choice(PEOPLE_)}",
                f"IBAN DE{r.randint(10, 99)} 5709 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
                "BIC GENODE51MBH",
            ],
            "fr": [
                f"SAS au capital de {r.choice([8000, 15000, 40000, 150000])} EUR - RCS Lyon "
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"ORIAS {r.randint(10000000, 99999999)} - TVA intracom. FR{r.randint(10, 99)}"
                f"{r.randint(100000000, 999999999)}",
                f"{no} {road}, {r.choice(PLACES['fr'])}",
            ],
        }[lang]
    return Sender(
        name=name,
        lang=lang,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(PLACES[lang]),
        phone=phone,
        mail=mail,
        look=r.choice(looks or LOOKS),
        every_page=r.random() < 0.3,
        foot=foot,
        legal=legal,
        paging=r.choice(PAGING[lang]),
        paging_at=r.choice(["bc", "bc", "br", "tr", "bl"]),
        dstyle=r.choice(["long", "short", "short", "iso"])
        if lang == "en"
        else r.choice(["short", "short", "long"]),
    )


def dated(snd: Sender, d: date) -> str:
    return date_text(d, snd.lang, snd.dstyle)


def badge(name: str) -> str:
    """Up to three initials of ``name`` (the capitals of its words)."""
    caps = [w[0] for w in name.split(" - ")[0].split() if w[:1].isupper()]
    return "".join(caps[:3]) or name[:2].upper()


def masthead(p: Page, s: Style, snd: Sender, look: str | None = None) -> float:
    """Draw the sender's heading; returns the y where the page's content can start."""
    w, _ = p.size
    m = s.margin
    look = look or snd.look
    small = 7.5
    top = m - 6
    if look == "bare":
        return m
    if look == "centred":
        size = shrink(snd.name, s.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, top + 6, snd.name, s.bold, size, "center")
        p.line(w / 2 - 90, top + 12, w / 2 + 90, top + 12)
        sub = fit(f"{snd.street} - {snd.town} - {snd.phone} - {snd.mail}", s.font, small, w - 2 * m)
        p.text(w / 2, top + 23, sub, s.font, small, "center")
        return top + 44
    if look == "tile":
        p.rect(m, top - 10, 40, 40, fill=0.2)
        p.rect(m + 4, top - 6, 32, 32, fill=1.0)
        p.text(m + 20, top + 15, badge(snd.name), "Helvetica-Bold", 12, "center")
        size = shrink(snd.name, s.bold, s.size + 4, w - 2 * m - 56)
        p.text(m + 52, top + 4, snd.name, s.bold, size)
        p.text(
            m + 52, top + 17, fit(f"{snd.street}, {snd.town}", s.font, small, w / 2), s.font, small
        )
        p.text(w - m, top + 4, snd.phone, s.font, small, "right")
        p.text(w - m, top + 14, snd.mail, s.font, small, "right")
        return top + 48
    if look == "right":
        x = w - m
        size = shrink(snd.name, s.bold, s.size + 2, w / 2 - m)
        p.text(x, top + 4, snd.name, s.bold, size, "right")
        for k, t in enumerate([snd.street, snd.town, snd.phone, snd.mail]):
            p.text(x, top + 16 + k * 9.5, fit(t, s.font, small, w / 2 - m), s.font, small, "right")
        return top + 60
    if look == "bar":
        p.rect(0, 0, w, top + 20, fill=0.82)
        size = shrink(snd.name, s.bold, s.size + 5, w - 2 * m - 110)
        p.text(m, top + 8, snd.name, s.bold, size)
        p.text(w - m, top + 8, fit(snd.phone, s.font, 8, 110), s.font, 8, "right")
        return top + 44
    # din: a small name line top right, the return address above the window (German style)
    size = shrink(snd.name, s.bold, s.size + 3, w / 2)
    p.text(w - m, top, snd.name, s.bold, size, "right")
    p.text(w - m, top + 12, fit(snd.mail, s.font, small, w / 2), s.font, small, "right")
    return top + 30


def running_head(p: Page, s: Style, snd: Sender, text: str) -> float:
    """The top of a later page: the masthead again, or a short running line, or nothing."""
    if snd.every_page:
        return masthead(p, s, snd)
    m = s.margin
    if not text:
        return m
    w, _ = p.size
    p.text(w - m, m - 12, fit(text, italic(s.font), 7.5, w - 2 * m), italic(s.font), 7.5, "right")
    return m + 8


def feet(pages: list[Page], s: Style, snd: Sender, paging: str = "", skip: int = 0) -> None:
    """Footers (legal line or three columns) and page numbers on ``pages``."""
    for p in pages:
        w, h = p.size
        m = s.margin
        if snd.foot == "line" and snd.legal:
            t = fit(" | ".join(snd.legal[:2]), s.font, 6, w - 2 * m)
            p.text(w / 2, h - 34, t, s.font, 6, "center")
        elif snd.foot == "cols" and snd.legal:
            cw = (w - 2 * m) / len(snd.legal)
            p.line(m, h - 48, w - m, h - 48)
            for k, t in enumerate(snd.legal):
                for j, ln in enumerate(wrap(t, s.font, 6, cw - 6)[:3]):
                    p.text(m + k * cw, h - 40 + j * 7, ln, s.font, 6)
    fmt = paging or snd.paging
    if fmt != "-":
        number_pages(pages, s, fmt, snd.paging_at, skip, top=24, bottom=18)


def pad(s: Style, snd: Sender) -> float:
    """Room kept free at the foot of a page for the footer."""
    return {"": 30.0, "line": 42.0, "cols": 58.0}[snd.foot]


def sheet(
    s: Style, snd: Sender, running: str = "", size: tuple[float, float] | None = None
) -> Flow:
    """A flow of pages with the sender's masthead on page 1 (and later pages if it repeats)."""
    st = replace(s, page_size=size or s.page_size)
    _w, h = st.page_size

    def start(p: Page, n: int) -> float:
        return masthead(p, st, snd) if n == 1 else running_head(p, st, snd, running)

    return Flow(st.page_size, h - s.margin - pad(s, snd), start)


def a4(s: Style, snd: Sender) -> Style:
    """German and French senders print on A4 whatever the issuer's style says."""
    return s if snd.lang == "en" else replace(s, page_size=A4)


def addressee(
    f: Flow, s: Style, snd: Sender, to: list[str], refs: list[tuple[str, str]], d: date
) -> None:
    """The addressee in the envelope window and a block of references and the date beside it."""
    w, _ = f.size
    m = s.margin
    y0 = f.y + 6
    y = window_address(f.page, s, snd, y0, to)
    label = tr(snd.lang, "Date", "Datum", "Date")
    if snd.lang == "fr" and snd.look != "din":
        label = snd.town.split()[-1] + ", le"
    y2 = pairs(f.page, s, w * 0.56, y0 + 10, [*refs, (label, dated(snd, d))], w - m)
    f.y = max(y, y2) + 22


def head_line(f: Flow, s: Style, text: str, grow: float = 1.5, under: bool = False) -> None:
    w, _ = f.size
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 3.2)
    f.page.text(s.margin, f.y, text, s.bold, size)
    if under:
        f.page.line(s.margin, f.y + 3, s.margin + tw(text, s.bold, size), f.y + 3)
    f.y += size * 2


def write(f: Flow, s: Style, text: str, indent: float = 0, size: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, size or s.size)


def hello(f: Flow, s: Style, lang: str, name: str, formal: bool = False) -> None:
    if lang == "de":
        t = "Sehr geehrte Damen und Herren," if formal else f"Guten Tag {name},"
    elif lang == "fr":
        t = "Madame, Monsieur," if formal else f"Madame, Monsieur {name.split()[-1]},"
    else:
        t = "Dear Sir or Madam," if formal else f"Dear {name},"
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, t, s.font, s.size)
    f.y += s.size * 2


def sign_off(f: Flow, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(90)
    bye = tr(
        lang,
        "Yours sincerely,",
        "Mit freundlichen Gruessen",
        "Veuillez agreer, Madame, Monsieur, nos salutations distinguees.",
    )
    f.page.text(s.margin, f.y, bye, s.font, s.size)
    y = f.y + 14
    if ink:
        f.page.text(
            s.margin + 8, y + 14, name.split()[0][0] + ". " + name.split()[-1], "Times-Italic", 16
        )
        y += 24
    f.page.text(s.margin, y + 10, name, s.font, s.size)
    f.page.text(s.margin, y + 10 + s.size * 1.3, role, s.font, s.size - 1)
    f.y = y + 16 + s.size * 2.6


def field(p: Page, x: float, y: float, w: float, h: float, label: str, value: str = "") -> None:
    """A labelled form field with its top at ``y``; ``value`` filled in as if typed."""
    p.rect(x, y, w, h)
    p.text(x + 3, y + 8, fit(label, "Helvetica", 6.5, w - 6), "Helvetica", 6.5)
    if value:
        p.text(x + 5, y + h - 5, fit(value, "Courier", 9.5, w - 10), "Courier", 9.5)


def tear(p: Page, y: float, x0: float, x1: float, note: str = "") -> None:
    """A perforation: short dashes across the page at ``y`` with a small note above."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + 3, x1), y)
        x += 6
    if note:
        p.text(x1, y - 3, note, "Helvetica-Oblique", 6, "right")


def squiggle(p: Page, x: float, y: float, name: str) -> None:
    """A handwritten-looking signature."""
    p.text(x, y, name.split()[0][0] + " " + name.split()[-1], "Times-Italic", 17)
    p.line(x - 2, y + 4, x + tw(name, "Times-Italic", 15) * 0.8, y + 1)


def dates_of(snd: Sender, d: date, days: int) -> str:
    return f"{dated(snd, d)} - {dated(snd, d + timedelta(days=days))}"


def quarter(d: date) -> tuple[date, date]:
    """The calendar quarter holding ``d``."""
    q0 = date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    q1 = date(q0.year + (q0.month == 10), (q0.month + 2) % 12 + 1, 1) - timedelta(days=1)
    return q0, q1


# ---------------------------------------------------------------------------------------------
# Templates J
# ---------------------------------------------------------------------------------------------


def tpl_allotment_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """An allotment society's yearly tenancy renewal: rent and water charge for the plot, a
    tear-off renewal slip, and on a second page (often) the plot rules as numbered points."""
    snd = sender(who, "allotment", ["centred", "tile", "bare", "right"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, h = s.page_size
    m = s.margin
    f = sheet(s, snd, tr(lg, "Allotment rules", "Gartenordnung"))
    to = home(rng, lg)
    plot = f"{rng.choice('ABCDEFG')}{rng.randint(1, 48)}"
    size_ = rng.choice([125, 150, 250, 250, 300])
    d = a_day(rng)
    year = d.year + (d.month >= 9)
    addressee(f, s, snd, to, [(tr(lg, "Plot", "Parzelle"), plot)], d)
    head_line(
        f,
        s,
        tr(lg, f"Plot {plot} - tenancy renewal {year}", f"Pachtjahr {year} - Parzelle {plot}"),
    )
    hello(f, s, lg, to[0])
    rent = round(size_ * rng.choice([0.18, 0.22, 0.26]), 2)
    water = rng.choice([8.0, 10.0, 12.5, 15.0])
    levy = rng.choice([0.0, 5.0, 7.5])
    write(
        f,
        s,
        tr(
            lg,
            f"Your tenancy of plot {plot} ({size_} sq m) runs to 30 September. The committee is "
            f"pleased to offer you the plot for the {year} season on the same terms.",
            f"fuer Ihre Parzelle {plot} ({size_} qm) erhalten Sie die Abrechnung fuer das "
            f"Pachtjahr {year}.",
        ),
    )
    write(f, s, chunk(rng, lg, "plot", 1, 3))
    rows = [
        [tr(lg, "Plot rent", "Pacht"), f"{size_} sq m", money(rent, lg)],
        [tr(lg, "Water charge", "Wassergeld"), "", money(water, lg)],
    ]
    if levy:
        rows.append([tr(lg, "Association levy", "Umlage Verband"), "", money(levy, lg)])
    rows.append([tr(lg, "Total due", "Gesamtbetrag"), "", money(rent + water + levy, lg)])
    cols = columns(m, w - m - 80, [(3, "left"), (1.5, "left"), (1.2, "right")])
    table(f, cols, ["", "", cur(lg)], rows, s, rules=True)
    f.y += 10
    due = d + timedelta(days=rng.choice([21, 28, 30]))
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay by {dated(snd, due)} at the trading hut on a Sunday morning, or by bank "
            "transfer quoting your plot number. Plots not renewed by then will be offered to the "
            "waiting list.",
            f"Bitte ueberweisen Sie den Betrag bis zum {dated(snd, due)} unter Angabe der "
            "Parzellennummer.",
        ),
    )
    role = tr(lg, "Hon. Secretary", "Kassierer/in")
    sign_off(f, s, lg, person(rng), role, ink=rng.random() < 0.5)
    if lg == "en" and f.y < h - m - 150 and len(f.pages) == 1:
        y = h - m - 130
        tear(f.page, y, m - 20, w - m + 20, "detach and return")
        p = f.page
        p.text(m, y + 22, "RENEWAL SLIP", s.bold, s.size + 1)
        p.text(w - m, y + 22, f"Plot {plot}", s.bold, s.size + 1, "right")
        p.text(m, y + 40, "I wish to renew my tenancy for the coming year.", s.font, s.size)
        box(p, m, y + 58, rng.random() < 0.7)
        p.text(m + 14, y + 58, "Paid by transfer", s.font, s.size - 1)
        box(p, m + 150, y + 58, False)
        p.text(m + 164, y + 58, "Paid in cash", s.font, s.size - 1)
        p.text(
            m,
            y + 86,
            "Signed ..............................  Date ................",
            s.font,
            s.size,
        )
    if rng.random() < 0.6:
        f.new_page()
        head_line(f, s, tr(lg, "Rules for allotment tenants", "Gartenordnung (Auszug)"), 1, True)
        for k in range(rng.randint(8, 14)):
            write(f, s, f"{k + 1}. " + chunk(rng, lg, "plot", 1, 2), indent=8)
    feet(f.pages, s, snd, paging="-" if len(f.pages) == 1 else "")
    return f.pages


def tpl_nebenkosten(rng: random.Random, who: Issuer) -> list[Page]:
    """A German landlord's yearly service-charge settlement for a tenant
    (Betriebskostenabrechnung): covering letter with the balance, a cost table with the
    allocation keys, and often the metering firm's heating-cost sheet (landscape) enclosed."""
    snd = sender(who, "hausverwaltung", ["din", "right", "tile", "centred"])
    s = replace(who.style, page_size=A4)
    w, _h = s.page_size
    m = s.margin
    t = fixed(who, "mieter")
    to = home(t, "de")
    unit = f"WE {t.randint(1, 24):02d}"
    year = a_day(rng).year - 1
    area = round(t.uniform(38, 112), 2)
    total_area = round(area * t.uniform(8, 20), 2)
    running = f"Betriebskostenabrechnung {year} - {to[0]} - {unit}"
    f = sheet(s, snd, running)
    d = date(year + 1, rng.randint(3, 11), rng.randint(1, 28))
    addressee(
        f,
        s,
        snd,
        to,
        [("Mietobjekt", f"{to[1]}, {unit}"), ("Vertragsnr.", code(t, "MV-####-##"))],
        d,
    )
    head_line(f, s, f"Betriebskostenabrechnung fuer den Zeitraum 01.01.{year} - 31.12.{year}")
    hello(f, s, "de", to[0], formal=rng.random() < 0.5)
    costs = [
        ("Grundsteuer", "Wohnflaeche", 0.22),
        ("Wasser / Abwasser", "Personen", 0.45),
        ("Muellabfuhr", "Wohnflaeche", 0.18),
        ("Strassenreinigung", "Wohnflaeche", 0.04),
        ("Hausreinigung", "Wohnflaeche", 0.16),
        ("Gartenpflege", "Wohnflaeche", 0.09),
        ("Allgemeinstrom", "Wohnflaeche", 0.05),
        ("Hausmeister", "Wohnflaeche", 0.21),
        ("Gebaeudeversicherung", "Wohnflaeche", 0.19),
        ("Aufzug", "Einheiten", 0.12),
        ("Schornsteinfeger", "Einheiten", 0.02),
        ("Kabelanschluss", "Einheiten", 0.08),
    ]
    rows = []
    share_sum = 0.0
    for name, key, rate in costs[: rng.randint(8, len(costs))]:
        whole = round(rate * total_area * 12 * rng.uniform(0.8, 1.2), 2)
        part_ = round(whole * area / total_area, 2)
        share_sum += part_
        base = {
            "Wohnflaeche": f"{money(total_area, 'de')} qm",
            "Personen": "38 Pers.",
            "Einheiten": "16 WE",
        }[key]
        rows.append([name, money(whole, "de"), key, base, money(part_, "de")])
    heating = round(area * rng.uniform(9, 16), 2)
    paid = round((share_sum + heating) / 12 * rng.uniform(0.85, 1.15) / 5) * 5 * 12
    bal = round(share_sum + heating - paid, 2)
    write(
        f,
        s,
        "nachstehend erhalten Sie die Abrechnung der Betriebskosten fuer das vergangene Jahr. "
        "Die Heizkosten wurden von der Messdienstfirma verbrauchsabhaengig ermittelt; die "
        "Einzelabrechnung liegt bei.",
    )
    summary = [
        ("Ihr Anteil Betriebskosten", money(share_sum, "de") + " EUR"),
        ("Ihr Anteil Heiz- und Warmwasserkosten", money(heating, "de") + " EUR"),
        ("abzueglich geleistete Vorauszahlungen", "- " + money(paid, "de") + " EUR"),
        ("Nachzahlung" if bal > 0 else "Guthaben", money(abs(bal), "de") + " EUR"),
    ]
    f.y = pairs(f.page, s, m + 20, f.y + 4, summary, w - m - 40, s.size) + 10
    if bal > 0:
        write(
            f,
            s,
            "Bitte ueberweisen Sie den Nachzahlungsbetrag innerhalb von 30 Tagen nach Zugang "
            "dieser Abrechnung auf das bekannte Konto.",
        )
    else:
        write(f, s, "Das Guthaben verrechnen wir mit der naechsten Mietzahlung.")
    new_adv = round((share_sum + heating) / 12 / 5 + 1) * 5
    write(
        f,
        s,
        f"Die monatliche Vorauszahlung wird ab dem uebernaechsten Monat auf "
        f"{money(new_adv, 'de')} EUR angepasst. " + chunk(rng, "de", "rent", 1, 2),
    )
    sign_off(f, s, "de", person(rng), "Objektbetreuung", ink=rng.random() < 0.4)
    f.new_page()
    head_line(f, s, "Aufstellung der umlagefaehigen Kosten", 1)
    write(
        f,
        s,
        f"Wohnflaeche der Wohnung: {money(area, 'de')} qm - Gesamtwohnflaeche "
        f"{money(total_area, 'de')} qm - Nutzungszeitraum 365 Tage",
        size=s.size - 1,
    )
    cols = columns(
        m, w - m, [(3, "left"), (1.6, "right"), (1.6, "center"), (1.6, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        ["Kostenart", "Gesamtkosten", "Schluessel", "Basis", "Ihr Anteil"],
        rows,
        s,
        shade=0.9,
    )
    f.need(30)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.page.text(w - m, f.y + 6, f"Summe {money(share_sum, 'de')} EUR", s.bold, s.size, "right")
    f.y += 26
    write(
        f,
        s,
        "Belege koennen nach vorheriger Terminabsprache in unserem Buero eingesehen "
        "werden. Einwendungen sind innerhalb von zwoelf Monaten geltend zu machen.",
        size=s.size - 1,
    )
    pages = f.pages
    feet(pages, s, snd)
    if rng.random() < 0.7:
        pages.append(heat_sheet(rng, to, area, year, heating))
    return pages


def heat_sheet(rng: random.Random, to: list[str], area: float, year: int, cost: float) -> Page:
    """The metering firm's heating and hot water cost sheet (landscape A4), an enclosure."""
    size = landscape(A4)
    w, h = size
    m = 36.0
    p = Page(size)
    firm = rng.choice(["Waermemess Sued GmbH", "Thermodata Abrechnungsdienst", "ista-Service"])
    p.rect(m, m - 10, w - 2 * m, 30, fill=0.88)
    p.text(m + 8, m + 9, "Heizkosten- und Warmwasserkostenabrechnung", "Helvetica-Bold", 13)
    p.text(w - m - 8, m + 9, firm, "Helvetica", 9, "right")
    info = [
        ("Nutzer", to[0]),
        ("Liegenschaft", to[1]),
        ("Abrechnungszeitraum", f"01.01.{year} - 31.12.{year}"),
        ("Nutzer-Nr.", code(rng, "####-###-##")),
    ]
    pairs(
        p,
        replace(Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", size, "de")),
        m,
        m + 46,
        info,
        w / 2 - 20,
        8.5,
    )
    y = m + 120
    cols = columns(
        m,
        w - m,
        [
            (2.4, "left"),
            (1.3, "right"),
            (1.3, "right"),
            (1.3, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    head = ["Raum / Geraet", "Anfangsstand", "Endstand", "Verbrauch", "Faktor", "Einheiten"]
    p.rect(m - 2, y - 11, w - 2 * m + 4, 16, fill=0.9)
    for c, t_ in zip(cols, head, strict=True):
        x = c[1] if c[2] == "right" else c[0]
        p.text(x, y, t_, "Helvetica-Bold", 8.5, c[2])
    y += 18
    for room in ["Wohnzimmer", "Schlafzimmer", "Kueche", "Bad", "Kinderzimmer", "Flur"][
        : rng.randint(3, 6)
    ]:
        a = rng.randint(0, 400)
        b = a + rng.randint(40, 900)
        fac = rng.choice([0.55, 0.8, 1.1, 1.35])
        vals = [room, str(a), str(b), str(b - a), money(fac, "de"), money((b - a) * fac, "de")]
        for c, t_ in zip(cols, vals, strict=True):
            x = c[1] if c[2] == "right" else c[0]
            p.text(x, y, t_, "Helvetica", 8.5, c[2])
        y += 14
    y += 20
    total = cost * rng.uniform(40, 90)
    lines = [
        ("Gesamtkosten Heizung und Warmwasser der Liegenschaft", money(total, "de") + " EUR"),
        ("davon Grundkosten 30 % nach Wohnflaeche", money(total * 0.3, "de") + " EUR"),
        ("davon Verbrauchskosten 70 % nach Einheiten", money(total * 0.7, "de") + " EUR"),
        (f"Ihre Wohnflaeche {money(area, 'de')} qm - Ihre Kosten", money(cost, "de") + " EUR"),
    ]
    st = Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", size, "de")
    pairs(p, st, m, y, lines, w / 2 + 120, 9)
    p.text(
        m,
        h - 30,
        fit(f"{firm} - Abrechnung erstellt im Auftrag der Hausverwaltung", "Helvetica", 6.5, w),
        "Helvetica",
        6.5,
    )
    return p


def tpl_transport_pass(rng: random.Random, who: Issuer) -> list[Page]:
    """A council's home-to-school transport letter with the bus pass printed at the foot to cut
    out; one page, one per child (so a family's batch holds two or three in a row)."""
    snd = sender(who, "transport", ["centred", "bar", "right"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    f = sheet(s, snd)
    parent = home(fixed(who, "family"), "en")
    child = f"{rng.choice(CHILDREN)} {parent[0].split()[-1]}"
    school = rng.choice(
        [
            "Brackwater Academy",
            "St Oswald's CE High School",
            "Lindow Park Primary",
            "Harlow Vale College",
            "Calder Bridge School",
        ]
    )
    d = a_day(rng)
    route = f"{rng.choice(['S', 'SB', 'HV'])}{rng.randint(10, 89)}"
    addressee(
        f,
        s,
        snd,
        [f"Parent/Carer of {child}", *parent[1:]],
        [("Our ref", code(rng, "HTS/#####")), ("Pupil", child)],
        d,
    )
    head_line(
        f,
        s,
        rng.choice(
            [
                "Home to school transport",
                "Your child's travel pass",
                "School transport arrangements",
            ]
        ),
    )
    hello(f, s, "en", "Parent/Carer")
    write(
        f,
        s,
        f"{child.split()[0]} has been assessed as eligible for free home to school "
        f"transport to {school} from the start of the autumn term. {child.split()[0]} will "
        f"travel on route {route}, which picks up at {rng.choice(STREETS_['en'])} at "
        f"{rng.randint(7, 8)}:{rng.choice(['05', '12', '25', '40'])}.",
    )
    write(
        f,
        s,
        "The pass below must be shown to the driver on every journey. A lost or damaged "
        "pass can be replaced for a fee of GBP 10.00 through the council website.",
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            "Pupils must behave safely and wear a seat belt where one is fitted. Poor "
            "behaviour may lead to the pass being withdrawn.",
        )
    f.page.text(m, f.y + 4, "School Travel Team", s.font, s.size)
    y = max(f.y + 30, h - m - 190)
    tear(f.page, y, m - 20, w - m + 20, "cut along the dotted line")
    pw, ph = 243.0, 153.0  # a credit-card sized pass, scaled up
    x = m + 10
    p = f.page
    p.rect(x, y + 16, pw, ph)
    p.rect(x, y + 16, pw, 24, fill=0.3)
    p.rect(x + 6, y + 20, pw - 12, 16, fill=1.0)
    p.text(x + pw / 2, y + 32, "SCHOOL TRAVEL PASS", "Helvetica-Bold", 10, "center")
    p.rect(x + 10, y + 50, 56, 70)
    p.text(x + 38, y + 88, "photo", "Helvetica", 7, "center")
    items = [
        ("Name", child),
        ("School", school),
        ("Route", route),
        ("Valid to", dated(snd, date(d.year + 1, 7, 31))),
        ("Pass no.", code(rng, "######")),
    ]
    st = replace(s, font="Helvetica", bold="Helvetica-Bold")
    pairs(p, st, x + 74, y + 58, items, x + pw - 8, 8)
    bc = code(rng, "P#######")
    if x + pw + 24 + bar_width("code128", bc) < w - m + 20:
        p.barcode("code128", bc, x + pw + 24, y + 40)
    feet(f.pages, s, snd, paging="-")
    return f.pages[:1]


def tpl_club_subs(rng: random.Random, who: Issuer) -> list[Page]:
    """A sports club's annual subscription invoice for one member: membership category, kit or
    court fees, how to pay; one page, often several for one family."""
    snd = sender(who, "club", ["tile", "centred", "bare", "right"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, h = s.page_size
    m = s.margin
    f = sheet(s, snd)
    fam = home(fixed(who, "member"), lg)
    member = f"{rng.choice([*CHILDREN, fam[0].split()[0]])} {fam[0].split()[-1]}"
    d = a_day(rng)
    season = f"{d.year}/{str(d.year + 1)[2:]}" if lg == "en" else str(d.year)
    addressee(
        f,
        s,
        snd,
        [member, *fam[1:]],
        [
            (tr(lg, "Invoice no.", "Rechnungsnr."), code(rng, "SUB-####")),
            (tr(lg, "Member no.", "Mitgliedsnr."), code(fixed(who, member), "####")),
        ],
        d,
    )
    head_line(f, s, tr(lg, f"Membership subscription {season}", f"Beitragsrechnung {season}"), 3)
    cats = {
        "en": [
            ("Senior playing member", 185.0),
            ("Junior (U12)", 75.0),
            ("Junior (U16)", 95.0),
            ("Family membership", 320.0),
            ("Social member", 40.0),
        ],
        "de": [
            ("Erwachsene", 144.0),
            ("Kinder und Jugendliche", 72.0),
            ("Familienbeitrag", 240.0),
            ("Passive Mitgliedschaft", 36.0),
        ],
    }[lg if lg == "de" else "en"]
    cat, fee = rng.choice(cats)
    rows = [[cat, money(fee, lg)]]
    extras = {
        "en": [
            ("Affiliation fee (governing body)", 12.0),
            ("Court booking credit", 20.0),
            ("Training kit", 28.0),
            ("Winter training (indoor)", 45.0),
        ],
        "de": [("Abteilungsbeitrag", 24.0), ("Aufnahmegebuehr", 15.0), ("Hallenumlage", 18.0)],
    }[lg if lg == "de" else "en"]
    for name, v in rng.sample(extras, rng.randint(0, 2)):
        rows.append([name, money(v, lg)])
        fee += v
    if lg == "en" and rng.random() < 0.3:
        rows.append(["Early payment discount (10%)", "-" + money(fee * 0.1, lg)])
        fee *= 0.9
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(f, cols, [tr(lg, "Description", "Position"), cur(lg)], rows, s, rules=True, step=1.9)
    f.page.text(
        w - m, f.y + 4, tr(lg, "Total ", "Summe ") + money(fee, lg), s.bold, s.size + 1, "right"
    )
    f.y += 30
    due = d + timedelta(days=rng.choice([14, 30, 31]))
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay by {dated(snd, due)}. Members whose subscription is unpaid after that "
            "date "
            "may not play in league fixtures or book courts.",
            f"Der Beitrag wird zum {dated(snd, due)} per SEPA-Lastschrift von Ihrem Konto "
            "eingezogen. Bitte sorgen Sie fuer ausreichende Deckung.",
        ),
    )
    if lg == "en":
        f.page.text(
            m,
            f.y + 4,
            "Bank transfer: sort code "
            + code(rng, "##-##-##")
            + "  account "
            + code(rng, "########")
            + f"  reference {member.split()[-1].upper()}",
            "Courier",
            s.size - 1,
        )
        f.y += 24
        if rng.random() < 0.5:
            write(
                f,
                s,
                rng.choice(
                    [
                        "Thank you for your continued support of the club.",
                        "Volunteers for the bar rota and the summer tournament are always welcome.",
                    ]
                ),
            )
    f.page.text(
        m, h - m - 20, tr(lg, "Membership Secretary", "Geschaeftsstelle"), s.font, s.size - 1
    )
    feet(f.pages, s, snd, paging="-")
    return f.pages[:1]


def tpl_oh_questionnaire(rng: random.Random, who: Issuer) -> list[Page]:
    """An occupational health pre-placement or referral questionnaire: a short covering page,
    then several pages of numbered questions with yes/no boxes, a consent and declaration."""
    snd = sender(who, "occhealth", ["tile", "right", "bar", "din"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    run = tr(lg, "CONFIDENTIAL - health questionnaire", "VERTRAULICH - Gesundheitsfragebogen")
    f = sheet(s, snd, run)
    emp = home(rng, lg)
    d = a_day(rng)
    employer = rng.choice(
        [
            "Calder Valley NHS Trust",
            "Brackwater Logistics Ltd",
            "Harlow Vale Council",
            "Muehlbacher Stahlbau GmbH",
        ]
    )
    cover = rng.random() < 0.6
    if cover:
        addressee(f, s, snd, emp, [(tr(lg, "Ref", "Az."), code(rng, "OH-######"))], d)
        hello(f, s, lg, emp[0])
        write(
            f,
            s,
            tr(
                lg,
                f"{employer} has asked us to assess your fitness for your role. Please complete "
                "the enclosed questionnaire and return it in the envelope provided within seven "
                "days. The information is confidential to the occupational health service and "
                "will not be shared with your manager without your consent.",
                f"im Auftrag von {employer} fuehren wir die arbeitsmedizinische Vorsorge durch. "
                "Bitte fuellen Sie den beiliegenden Fragebogen aus und bringen Sie ihn zum Termin "
                "mit.",
            ),
        )
        write(f, s, chunk(rng, lg, "health", 1, 2))
        sign_off(f, s, lg, person(rng), tr(lg, "Occupational Health Adviser", "Betriebsaerztin"))
        f.new_page()
    head_line(f, s, tr(lg, "Health Questionnaire", "Gesundheitsfragebogen"), 5)
    p = f.page
    fw = w - 2 * m
    for row in [
        [
            (tr(lg, "Surname", "Name"), emp[0].split()[-1], 0.5),
            (tr(lg, "First name", "Vorname"), emp[0].split()[0], 0.5),
        ],
        [
            (
                tr(lg, "Job title", "Taetigkeit"),
                rng.choice(
                    [
                        "HGV driver",
                        "Staff nurse",
                        "Warehouse operative",
                        "Schweisser",
                        "Care assistant",
                        "Lab technician",
                    ]
                ),
                0.6,
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum"),
                dated(snd, date(rng.randint(1960, 2003), rng.randint(1, 12), 9)),
                0.4,
            ),
        ],
        [(tr(lg, "Employer / department", "Arbeitgeber"), employer, 1.0)],
    ]:
        x = m
        for lab, val, frac in row:
            bw = fw * frac - (5 if len(row) > 1 else 0)
            field(p, x, f.y, bw, 28, lab, val if rng.random() < 0.85 else "")
            x += bw + 10
        f.y += 34
    f.y += 10
    sections = {
        "en": [
            "Your health now",
            "Past illness",
            "Musculoskeletal",
            "Mental health",
            "Skin and breathing",
            "Immunisations",
            "Night work",
        ],
        "de": [
            "Aktueller Gesundheitszustand",
            "Vorerkrankungen",
            "Bewegungsapparat",
            "Haut und Atemwege",
            "Impfungen",
            "Nachtarbeit",
        ],
    }[lg if lg == "de" else "en"]
    qn = 0
    for sec in sections[: rng.randint(4, len(sections))]:
        f.need(60)
        f.page.rect(m, f.y - 11, fw, 16, fill=0.88)
        f.page.text(m + 4, f.y, sec, s.bold, s.size)
        f.page.text(w - m - 56, f.y, tr(lg, "Yes", "Ja"), s.bold, s.size - 1)
        f.page.text(w - m - 26, f.y, tr(lg, "No", "Nein"), s.bold, s.size - 1)
        f.y += 20
        for _ in range(rng.randint(3, 6)):
            qn += 1
            q = talk(rng, lg, "health", rng.randint(7, 14)).rstrip(".") + "?"
            lines = wrap(f"{qn}. {q}", s.font, s.size - 0.5, fw - 80)
            f.need(len(lines) * s.size * 1.3 + 8)
            for ln in lines:
                f.page.text(m, f.y, ln, s.font, s.size - 0.5)
                f.y += s.size * 1.3
            yes = rng.random() < 0.2
            box(f.page, w - m - 52, f.y - s.size * 1.3, yes, 9)
            box(f.page, w - m - 22, f.y - s.size * 1.3, not yes, 9)
            f.y += 5
        f.page.text(
            m,
            f.y + 2,
            tr(lg, "If yes, please give details:", "Wenn ja, Einzelheiten:"),
            s.font,
            s.size - 1,
        )
        f.page.line(m + 130, f.y + 4, w - m, f.y + 4)
        f.y += 22
    f.need(150)
    head_line(f, s, tr(lg, "Consent and declaration", "Einwilligung und Erklaerung"), 1)
    write(
        f,
        s,
        tr(
            lg,
            "I confirm that the answers I have given are true to the best of my knowledge. I "
            "understand that the adviser may contact my GP or specialist only with my written "
            "consent.",
            "Ich versichere, die Fragen wahrheitsgemaess beantwortet zu haben. Eine Entbindung von "
            "der Schweigepflicht erfolgt nur mit meiner gesonderten Zustimmung.",
        ),
        size=s.size - 0.5,
    )
    f.page.text(m, f.y + 20, tr(lg, "Signature", "Unterschrift"), s.font, s.size - 1)
    f.page.line(m + 60, f.y + 22, m + 250, f.y + 22)
    if rng.random() < 0.7:
        squiggle(f.page, m + 70, f.y + 16, emp[0])
    f.page.text(m + 280, f.y + 20, tr(lg, "Date", "Datum"), s.font, s.size - 1)
    f.page.line(m + 310, f.y + 22, w - m, f.y + 22)
    f.y += 40
    feet(f.pages, s, snd, skip=1 if cover else 0)
    return f.pages


def tpl_pcn_appeal_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """A private car park operator's acknowledgement of an appeal against a parking charge
    notice: the charge is put on hold; one page."""
    snd = sender(who, "carpark", ["bar", "tile", "right", "centred"])
    s = who.style
    f = sheet(s, snd)
    t = fixed(who, "motorist")
    to = home(t, "en")
    pcn = code(t, "PCN ########")
    vrm = code(t, "@@## @@@")
    d = a_day(rng)
    addressee(f, s, snd, to, [("PCN", pcn), ("Vehicle", vrm)], d)
    head_line(
        f,
        s,
        rng.choice(
            [
                "Appeal received",
                "Acknowledgement of your appeal",
                f"Parking Charge Notice {pcn} - appeal",
            ]
        ),
    )
    hello(f, s, "en", to[0])
    write(
        f,
        s,
        f"Thank you for your appeal against the above parking charge, issued at "
        f"{rng.choice(CAR_PARKS)} "
        f"on {dated(snd, d - timedelta(days=rng.randint(10, 30)))}, which we received on "
        f"{dated(snd, d - timedelta(days=rng.randint(1, 5)))}.",
    )
    write(
        f,
        s,
        "The charge has been placed on hold while we consider your appeal and the "
        "evidence you sent. We will write to you with our decision within 35 days. You do "
        "not need to do anything further at this stage.",
    )
    if rng.random() < 0.5:
        write(f, s, chunk(rng, "en", "parking", 1, 2))
    f.page.text(s.margin, f.y + 6, "Appeals Team", s.font, s.size)
    f.y += 20
    feet(f.pages, s, snd, paging="-")
    return f.pages


def tpl_pcn_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's decision on a parking charge appeal: rejected (with the independent
    appeals service's code and a payment slip) or cancelled; 1-2 pages."""
    snd = sender(who, "carpark", ["bar", "tile", "right", "centred"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    t = fixed(who, "motorist")
    to = home(t, "en")
    pcn = code(t, "PCN ########")
    f = sheet(s, snd, f"{pcn} - appeal decision")
    d = a_day(rng)
    addressee(f, s, snd, to, [("PCN", pcn), ("Vehicle", code(t, "@@## @@@"))], d)
    rejected = rng.random() < 0.65
    head_line(f, s, "Appeal rejected" if rejected else "Appeal successful - charge cancelled", 3)
    hello(f, s, "en", to[0])
    if not rejected:
        write(
            f,
            s,
            "We have considered your appeal and the evidence provided. On this occasion "
            "we have decided to cancel the parking charge. No further action is needed and "
            "no payment is due.",
        )
        write(f, s, chunk(rng, "en", "parking", 1, 2))
        f.page.text(m, f.y + 6, "Appeals Team", s.font, s.size)
        feet(f.pages, s, snd, paging="-")
        return f.pages
    write(
        f,
        s,
        "We have considered your appeal carefully but we are unable to accept it, for "
        "the following reasons:",
    )
    for k in range(rng.randint(2, 4)):
        write(f, s, f"{'abcd'[k]})  " + talk(rng, "en", "parking"), indent=12)
    amount = rng.choice([60.0, 70.0, 85.0, 100.0])
    write(
        f,
        s,
        f"The charge of GBP {money(amount)} is now due. If you pay within 14 days of "
        f"this letter the reduced amount of GBP {money(amount * 0.6)} will be accepted.",
    )
    write(
        f,
        s,
        "If you disagree with our decision you may appeal to the independent appeals "
        "service within 28 days, quoting the verification code below. If you appeal, you "
        "will lose the chance to pay the reduced amount.",
    )
    f.need(40)
    f.page.rect(m, f.y - 4, 220, 30)
    f.page.text(m + 8, f.y + 8, "Verification code", "Helvetica", 7)
    f.page.text(m + 8, f.y + 21, code(rng, "##########"), "Courier-Bold", 12)
    f.y += 44
    f.page.text(m, f.y, "Appeals Team", s.font, s.size)
    f.y += 20
    if rng.random() < 0.5 or f.y > h - m - 180:
        f.new_page()
        head_line(f, s, "How to pay", 1)
        write(
            f,
            s,
            "Online at our payment website, by phone on " + snd.phone + ", or by "
            "cheque made payable to " + snd.name + " with the slip below.",
        )
        write(f, s, chunk(rng, "en", "parking", 2, 3))
    y = h - m - 130
    tear(f.page, y, m - 20, w - m + 20)
    items = [
        ("PCN", pcn),
        ("Vehicle", code(t, "@@## @@@")),
        ("Amount", f"GBP {money(amount)}"),
        ("Reduced if paid by", dated(snd, d + timedelta(days=14))),
    ]
    f.page.text(m, y + 22, "PAYMENT SLIP", s.bold, s.size + 1)
    pairs(f.page, s, m, y + 42, items, m + 260)
    f.page.barcode(
        "code128", pcn.replace(" ", ""), w - m - bar_width("code128", pcn.replace(" ", "")), y + 30
    )
    feet(f.pages, s, snd)
    return f.pages


ROOMS = {
    "Entrance hall": [
        "Front door",
        "Door furniture",
        "Walls",
        "Ceiling",
        "Flooring",
        "Light fitting",
        "Smoke alarm",
        "Radiator",
        "Coat hooks",
    ],
    "Living room": [
        "Door",
        "Walls",
        "Ceiling",
        "Carpet",
        "Curtains and pole",
        "Windows",
        "Sofa (3-seat)",
        "Coffee table",
        "Sockets and switches",
        "Radiator",
    ],
    "Kitchen": [
        "Worktops",
        "Wall units",
        "Base units",
        "Sink and taps",
        "Oven",
        "Hob",
        "Extractor",
        "Fridge freezer",
        "Washing machine",
        "Vinyl flooring",
        "Window",
    ],
    "Bedroom 1": [
        "Door",
        "Walls",
        "Carpet",
        "Double bed frame",
        "Mattress",
        "Wardrobe",
        "Chest of drawers",
        "Blinds",
        "Window",
        "Light fitting",
    ],
    "Bedroom 2": ["Door", "Walls", "Carpet", "Single bed", "Desk", "Curtains", "Window"],
    "Bathroom": [
        "Bath",
        "Shower screen",
        "Basin",
        "WC",
        "Tiling",
        "Extractor fan",
        "Mirror cabinet",
        "Towel rail",
        "Flooring",
    ],
    "Landing and stairs": ["Stair carpet", "Banister", "Walls", "Loft hatch", "Light"],
    "Dining room": ["Door", "Walls", "Flooring", "Dining table", "Four chairs", "Sideboard"],
    "Bedroom 3": ["Door", "Walls", "Carpet", "Single bed", "Wardrobe", "Blind", "Radiator"],
    "Utility room": ["Sink", "Tumble dryer", "Boiler", "Shelving", "Flooring"],
    "Garden": ["Lawn", "Patio", "Fencing", "Shed", "Bin store", "Outside tap"],
}
STATES = [
    "Good",
    "Good, clean",
    "Fair",
    "Fair - light marks",
    "Worn",
    "New",
    "Good - minor scuffs",
    "Clean",
    "Not tested",
    "Fair - stained",
]
FINISHES = [
    "white emulsion",
    "magnolia",
    "oak effect",
    "grey",
    "beige twist pile",
    "chrome",
    "white gloss",
    "laminate",
    "UPVC double glazed",
    "cream",
    "pine",
]


def tpl_rental_inventory(rng: random.Random, who: Issuer) -> list[Page]:
    """A letting agent's inventory and schedule of condition for a let property: often a cover
    page, then each room as a heading with an item/description/condition table, meter readings
    and a declaration signed by the tenant; 3-8 pages."""
    snd = sender(who, "letting", ["tile", "centred", "bar", "right"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    prop = home(fixed(who, "let"), "en")
    d = a_day(rng)
    run = f"Inventory - {prop[1]}, {prop[2]}"
    cover = rng.random() < 0.6
    f = sheet(s, snd, run)
    numbers = rng.choice(["Page {i} of {n}", "{i}", "Page {i}", "-"])
    if cover:
        p = f.page
        y = h * 0.3
        p.text(w / 2, y, "INVENTORY", s.bold, 26, "center")
        p.text(w / 2, y + 26, "and Schedule of Condition", s.font, 14, "center")
        y += 80
        items = [
            ("Property", f"{prop[1]}, {prop[2]}"),
            ("Landlord", person(rng)),
            ("Tenant(s)", prop[0]),
            ("Date of inspection", dated(snd, d)),
            ("Prepared by", f"{person(rng)}, inventory clerk"),
        ]
        pairs(p, s, w / 2 - 150, y, items, w / 2 + 150, s.size)
        p.text(
            w / 2,
            h - m - 60,
            "This document forms part of the tenancy agreement.",
            italic(s.font),
            s.size - 1,
            "center",
        )
        f.new_page()
    else:
        head_line(f, s, f"Inventory and check-in report - {prop[1]}", 3)
    write(
        f,
        s,
        "Notes: this schedule records the contents and condition of the property at the "
        "start of the tenancy. Items are assumed to be in good order unless stated. The "
        "tenant should report any disagreement in writing within seven days.",
        size=s.size - 1,
    )
    cols = columns(m, w - m, [(2.2, "left"), (3, "left"), (2.2, "left")])
    rooms = list(ROOMS)
    chosen = [
        r for r in rooms if r in ("Entrance hall", "Kitchen", "Bathroom") or rng.random() < 0.75
    ]
    for room in chosen:
        f.need(80)
        f.y += 6
        f.page.text(m, f.y, room.upper(), s.bold, s.size + 1)
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += s.size * 1.8
        rows = [
            [it, f"{rng.choice(FINISHES)}", rng.choice(STATES)]
            for it in ROOMS[room]
            if rng.random() < 0.85
        ]
        table(f, cols, ["Item", "Description", "Condition"], rows, s, rules=rng.random() < 0.5)
        f.y += 6
    f.need(140)
    head_line(f, s, "Meter readings and keys", 1)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Electricity meter " + code(rng, "E##@#####"), str(rng.randint(1000, 60000))),
                ("Gas meter " + code(rng, "G4##@####"), str(rng.randint(100, 9000))),
                ("Keys handed over", f"{rng.randint(2, 4)} front door, {rng.randint(1, 2)} window"),
            ],
            m + 320,
        )
        + 10
    )
    f.need(120)
    head_line(f, s, "Declaration", 1)
    write(
        f,
        s,
        "I/We the undersigned agree that this inventory is a true record of the "
        "contents and condition of the property at the date shown.",
        size=s.size - 1,
    )
    for k, who_ in enumerate(["Tenant", "For the agent"]):
        y = f.y + 20 + k * 34
        f.page.text(m, y, f"{who_}:", s.font, s.size)
        f.page.line(m + 80, y + 2, m + 280, y + 2)
        f.page.text(m + 300, y, "Date:", s.font, s.size)
        f.page.line(m + 330, y + 2, min(w - m, m + 430), y + 2)
        if rng.random() < 0.6:
            squiggle(f.page, m + 90, y - 2, prop[0] if k == 0 else person(rng))
    f.y += 90
    feet(f.pages, s, snd, paging=numbers, skip=1 if cover else 0)
    return f.pages


def tpl_deposit_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A tenancy deposit protection certificate with the prescribed information (the scheme's
    numbered statements) on the following page(s); 2-3 pages."""
    snd = sender(who, "deposit", ["centred", "bar", "tile"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    prop = home(fixed(who, "let"), "en")
    d = a_day(rng)
    cert = code(rng, "DPC-########-@@")
    f = sheet(s, snd, f"Deposit ID {cert}")
    p = f.page
    y = f.y + 10
    p.rect(m - 6, y - 8, w - 2 * m + 12, 300)
    p.rect(m - 2, y - 4, w - 2 * m + 4, 292)
    p.text(w / 2, y + 22, "Deposit Protection Certificate", s.bold, 20, "center")
    p.text(
        w / 2,
        y + 40,
        "This certifies that the deposit described below is protected.",
        italic(s.font),
        s.size,
        "center",
    )
    amount = rng.choice([650.0, 795.0, 900.0, 1150.0, 1384.62, 1730.77])
    items = [
        ("Deposit ID", cert),
        ("Deposit amount protected", f"GBP {money(amount)}"),
        ("Date deposit received", dated(snd, d - timedelta(days=rng.randint(3, 25)))),
        ("Date protected", dated(snd, d)),
        ("Tenancy start date", dated(snd, d - timedelta(days=rng.randint(0, 20)))),
        ("Property", f"{prop[1]}, {prop[2]}"),
        ("Lead tenant", prop[0]),
        (
            "Landlord / agent",
            rng.choice(["Oakmere Lettings", "Castleton & Pryce Residential", person(rng)]),
        ),
    ]
    pairs(p, s, m + 20, y + 74, items, w - m - 20, s.size)
    p.text(m + 20, y + 270, f"Issued {dated(snd, d)}", s.font, s.size - 1)
    squiggle(p, w - m - 170, y + 262, person(rng))
    f.y = y + 320
    write(
        f,
        s,
        "Keep this certificate safe. You will need the Deposit ID to ask for your "
        "deposit back at the end of the tenancy.",
        size=s.size - 1,
    )
    f.new_page()
    head_line(f, s, "Prescribed Information", 3)
    write(
        f,
        s,
        "The Housing Act 2004 requires the landlord to give the tenant the following "
        "information within 30 days of receiving the deposit.",
        size=s.size - 1,
    )
    stmts = [
        "The name, address and contact details of the scheme administrator.",
        "Information in the scheme leaflet explaining how the scheme works.",
        "The procedures that apply under the scheme for the repayment of the deposit at the "
        "end of the tenancy.",
        "The procedures that apply where either party is not contactable at the end of the "
        "tenancy.",
        "The procedures that apply where the landlord and tenant dispute the amount to be repaid.",
        "The facilities available under the scheme for resolving disputes without court action.",
        "The amount of the deposit paid and the address of the property.",
        "The name, address and contact details of the landlord and of any agent.",
        "The circumstances in which all or part of the deposit may be retained by the landlord.",
        "Confirmation that the information given is accurate to the best of the landlord's "
        "knowledge.",
    ]
    for k, t in enumerate(stmts):
        write(
            f,
            s,
            f"{k + 1}.  {t} " + (talk(rng, "en", "property") if rng.random() < 0.5 else ""),
            indent=6,
        )
    f.need(80)
    f.page.text(m, f.y + 14, "Signed by the landlord / agent", s.font, s.size)
    f.page.line(m + 170, f.y + 16, m + 360, f.y + 16)
    f.y += 40
    feet(f.pages, s, snd)
    return f.pages


def tpl_overdraft_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank's letter about a customer's arranged overdraft (limit reduced, repeat use,
    new interest rate) with an overdraft summary box; 1-2 pages, English, German or French."""
    snd = sender(who, "bank", ["right", "tile", "din", "centred"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    f = sheet(s, snd, tr(lg, "Your overdraft", "Ihr Dispositionskredit", "Votre decouvert"))
    to = home(fixed(who, "customer"), lg)
    d = a_day(rng)
    acct = code(
        fixed(who, "acct"),
        {
            "en": "########",
            "de": "DE## 5709 #### #### #### ##",
            "fr": "FR76 3000 #### #### #### #### ###",
        }[lg],
    )
    addressee(f, s, snd, to, [(tr(lg, "Account", "Konto", "Compte"), acct)], d)
    why = rng.choice(["repeat", "reduce", "rate"])
    titles = {
        "repeat": tr(
            lg,
            "You have been using your overdraft regularly",
            "Information zur dauerhaften Nutzung Ihres Dispositionskredits",
            "Utilisation reguliere de votre decouvert autorise",
        ),
        "reduce": tr(
            lg,
            "Changes to your arranged overdraft limit",
            "Anpassung Ihres Dispositionskredits",
            "Modification de votre autorisation de decouvert",
        ),
        "rate": tr(
            lg,
            "Your overdraft interest rate is changing",
            "Aenderung des Sollzinssatzes",
            "Evolution du taux de votre decouvert",
        ),
    }
    head_line(f, s, titles[why])
    hello(f, s, lg, to[0])
    limit = rng.choice([250, 500, 750, 1000, 1500, 2500])
    rate = rng.choice([19.9, 29.9, 35.0, 39.49, 12.75, 14.2])
    days = rng.randint(120, 365)
    write(
        f,
        s,
        tr(
            lg,
            f"Our records show that your account has been overdrawn on {days} days in the last "
            "twelve months. An overdraft is designed for short-term borrowing and can be an "
            "expensive way to borrow over a longer period.",
            f"Ihr Konto wurde in den vergangenen zwoelf Monaten an {days} Tagen im Soll gefuehrt. "
            "Ein Dispositionskredit ist fuer kurzfristige Finanzierungen gedacht.",
            f"Votre compte a ete debiteur {days} jours au cours des douze derniers mois. Le "
            "decouvert est destine a des besoins ponctuels.",
        ),
    )
    write(f, s, chunk(rng, lg, "bank", 1, 3))
    f.need(90)
    f.y += 6
    f.page.rect(m, f.y - 12, w - 2 * m, 76)
    items = [
        (
            tr(lg, "Arranged overdraft limit", "Eingeraeumter Kreditrahmen", "Montant autorise"),
            f"{cur(lg)} {money(float(limit), lg)}",
        ),
        (
            tr(
                lg,
                "Interest rate (EAR, variable)",
                "Sollzinssatz p.a. (variabel)",
                "Taux debiteur annuel",
            ),
            f"{money(rate, lg)} %",
        ),
        (
            tr(lg, "Balance today", "Aktueller Saldo", "Solde au"),
            f"-{money(limit * rng.uniform(0.3, 1.0), lg)}",
        ),
        (
            tr(lg, "Effective from", "Gueltig ab", "A compter du"),
            dated(snd, d + timedelta(days=rng.choice([30, 60, 65]))),
        ),
    ]
    pairs(f.page, s, m + 10, f.y + 2, items, w - m - 10)
    f.y += 80
    write(
        f,
        s,
        tr(
            lg,
            "If you are worried about money, please talk to us. We can look at moving the balance "
            "to a loan with a lower rate, or agree a plan to reduce it. Free and impartial help is "
            "also available from debt advice charities.",
            "Gerne bieten wir Ihnen ein Beratungsgespraech an, etwa zur Umschuldung in einen "
            "Ratenkredit mit guenstigerem Zinssatz.",
            "Votre conseiller se tient a votre disposition pour etudier avec vous une solution "
            "adaptee, par exemple un pret personnel.",
        ),
    )
    if rng.random() < 0.4:
        write(f, s, chunk(rng, lg, "bank", 2, 4))
    sign_off(
        f,
        s,
        lg,
        person(rng),
        tr(lg, "Customer Support", "Ihre Kundenberatung", "Votre conseiller"),
        ink=rng.random() < 0.3,
    )
    feet(f.pages, s, snd)
    return f.pages


def sum_line(f: Flow, s: Style, text: str) -> None:
    """A bold total under a table, at the right margin."""
    f.page.text(f.size[0] - s.margin, f.y, text, s.bold, s.size - 1, "right")
    f.y += 24


def tpl_debt_advice(rng: random.Random, who: Issuer) -> list[Page]:
    """A debt advice charity's letter after an appointment, setting out the options, with the
    client's budget sheet (income and outgoings, offers to creditors) enclosed; 2-4 pages."""
    snd = sender(who, "advice", ["centred", "tile", "bare", "right"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    to = home(fixed(who, "customer"), lg)
    f = sheet(s, snd, tr(lg, f"{to[0]} - financial statement", f"{to[0]} - Haushaltsplan"))
    d = a_day(rng)
    addressee(f, s, snd, to, [(tr(lg, "Case no.", "Az."), code(rng, "DA/####/##"))], d)
    head_line(f, s, tr(lg, "Following our appointment", "Ihr Beratungstermin"))
    hello(f, s, lg, to[0])
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for meeting with me on "
            f"{dated(snd, d - timedelta(days=rng.randint(2, 12)))}. "
            "As promised I have set out below the options we discussed, and I enclose the budget "
            "sheet we completed together. Please check it carefully and let me know if anything "
            "has changed.",
            "vielen Dank fuer das Gespraech in unserer Beratungsstelle. Anbei erhalten Sie den "
            "gemeinsam erstellten Haushaltsplan.",
        ),
    )
    opts = tr(
        lg,
        "debt management plan|debt relief order|token payments|breathing space",
        "aussergerichtlicher Vergleich|Ratenplan|Verbraucherinsolvenz|P-Konto",
    ).split("|")
    for o in rng.sample(opts, rng.randint(2, 4)):
        f.need(40)
        f.page.text(s.margin, f.y, o.capitalize(), s.bold, s.size)
        f.y += s.size * 1.5
        write(f, s, chunk(rng, lg, "money", 1, 3), indent=10)
    write(
        f,
        s,
        tr(
            lg,
            "Our service is free, confidential and independent. We will never ask you for a fee.",
            "Die Beratung ist fuer Sie kostenlos.",
        ),
    )
    sign_off(f, s, lg, person(rng), tr(lg, "Money Adviser", "Schuldnerberaterin"))
    f.new_page()
    head_line(f, s, tr(lg, "Budget sheet (monthly)", "Haushaltsplan (monatlich)"), 3)
    income = [
        ("Wages (net)", "Nettolohn", rng.randint(900, 2200)),
        ("Universal Credit", "Kindergeld", rng.choice([0, 250, 410])),
        ("Child Benefit", "Wohngeld", rng.choice([0, 102, 170])),
    ]
    spend = [
        ("Rent / mortgage", "Miete", 450, 900),
        ("Council tax", "Nebenkosten", 90, 180),
        ("Gas and electricity", "Strom", 80, 220),
        ("Water", "Versicherungen", 25, 60),
        ("Phone and broadband", "Telefon/Internet", 30, 80),
        ("Food and housekeeping", "Lebensmittel", 250, 520),
        ("Travel", "Fahrtkosten", 40, 160),
        ("Children", "Kinder", 0, 150),
        ("Clothing", "Kleidung", 20, 60),
    ]
    cols = columns(m, w - m, [(4, "left"), (1.3, "right")])
    rows = [[tr(lg, a, b), money(float(v), lg)] for a, b, v in income if v]
    tin = sum(v for *_, v in income)
    table(f, cols, [tr(lg, "Income", "Einnahmen"), cur(lg)], rows, s, shade=0.9)
    sum_line(f, s, tr(lg, "Total income ", "Summe ") + money(float(tin), lg))
    rows = []
    tout = 0
    for a, b, lo, hi in spend:
        v = rng.randint(lo, hi)
        tout += v
        rows.append([tr(lg, a, b), money(float(v), lg)])
    table(f, cols, [tr(lg, "Outgoings", "Ausgaben"), cur(lg)], rows, s, shade=0.9)
    sum_line(f, s, tr(lg, "Total outgoings ", "Summe ") + money(float(tout), lg))
    avail = max(tin - tout, rng.randint(5, 60))
    f.page.text(
        m, f.y, tr(lg, "Available for creditors", "Verfuegbar fuer Glaeubiger"), s.bold, s.size
    )
    f.page.text(w - m, f.y, money(float(avail), lg), s.bold, s.size, "right")
    f.y += 30
    creds = rng.sample(
        [
            "Calder Valley Bank (overdraft)",
            "Lumen Card Services",
            "Northgate Gas & Power",
            "QuickLoan Direct",
            "Brackwater Council (arrears)",
            "Catalogue Shopping Ltd",
            "Pennant Savings Bank (loan)",
        ],
        rng.randint(3, 6),
    )
    debts = [rng.randint(300, 6000) for _ in creds]
    rows = [
        [c, money(float(v), lg), money(avail * v / sum(debts), lg)]
        for c, v in zip(creds, debts, strict=True)
    ]
    cols3 = columns(m, w - m, [(4, "left"), (1.3, "right"), (1.3, "right")])
    table(
        f,
        cols3,
        [tr(lg, "Creditor", "Glaeubiger"), tr(lg, "Owed", "Forderung"), tr(lg, "Offer", "Angebot")],
        rows,
        s,
        shade=0.9,
        rules=True,
    )
    feet(f.pages, s, snd)
    return f.pages


def tpl_vat_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """The receipt for a VAT return submitted online: business details, the period, the nine
    boxes and a submission reference; one page, often one a quarter for the same business."""
    s = who.style
    w, h = s.page_size
    m = s.margin
    t = fixed(who, "vatbiz")
    biz = t.choice(
        [
            "Fairweather Joinery Ltd",
            "Raman & Co Chartered Surveyors",
            "Horak Bakery",
            "Brady Electrical Services",
            "Okonkwo Hair Studio",
            "Llewellyn Plant Hire",
        ]
    )
    vrn = code(t, "### #### ##")
    p = Page(s.page_size)
    y = m
    p.text(m, y, "HM Revenue", "Helvetica-Bold", 12)
    p.text(m, y + 13, "& Customs", "Helvetica-Bold", 12)
    p.line(m, y + 20, w - m, y + 20)
    y += 50
    title = rng.choice(
        [
            "VAT Return - submission receipt",
            "Your VAT Return has been received",
            "VAT return submitted successfully",
        ]
    )
    p.text(m, y, title, s.bold, s.size + 6)
    y += 30
    q0, q1 = quarter(a_day(rng))
    sub = q1 + timedelta(days=rng.randint(5, 37))
    st = replace(s, font="Helvetica", bold="Helvetica-Bold")
    y = (
        pairs(
            p,
            st,
            m,
            y,
            [
                ("Business name", biz),
                ("VAT registration number", vrn),
                ("Period", f"{date_text(q0, 'en', 'long')} to {date_text(q1, 'en', 'long')}"),
                (
                    "Submitted",
                    f"{date_text(sub, 'en', 'long')} at {rng.randint(8, 22)}:"
                    f"{rng.randint(0, 59):02d}",
                ),
                ("Submission reference", code(rng, "###########")),
            ],
            w - m,
            10,
        )
        + 16
    )
    sales = rng.uniform(8000, 90000)
    vat_out = sales * 0.2
    vat_in = vat_out * rng.uniform(0.15, 0.8)
    boxes = [
        ("1", "VAT due on sales and other outputs", vat_out),
        ("2", "VAT due on acquisitions from other EU member states", 0.0),
        ("3", "Total VAT due (box 1 + box 2)", vat_out),
        ("4", "VAT reclaimed on purchases and other inputs", vat_in),
        ("5", "Net VAT to pay to HMRC or reclaim", vat_out - vat_in),
        ("6", "Total value of sales, excluding VAT", round(sales)),
        ("7", "Total value of purchases, excluding VAT", round(vat_in * 5)),
        ("8", "Total value of supplies of goods to EU, excluding VAT", 0.0),
        ("9", "Total value of acquisitions of goods from EU, excluding VAT", 0.0),
    ]
    for no, lab, v in boxes:
        p.rect(m, y - 12, 24, 18, fill=0.88)
        p.text(m + 12, y, no, "Helvetica-Bold", 10, "center")
        p.text(m + 32, y, fit(lab, "Helvetica", 9.5, w - 2 * m - 150), "Helvetica", 9.5)
        p.rect(w - m - 110, y - 12, 110, 18)
        p.text(w - m - 6, y, money(v), "Courier", 10, "right")
        y += 24
    y += 10
    owe = vat_out - vat_in
    for ln in wrap(
        f"You need to pay GBP {money(owe)} by {date_text(q1 + timedelta(days=38), 'en', 'long')}"
        ". If you pay by Direct Debit, the payment will be collected automatically three "
        "working days after this date. Keep this receipt for your records.",
        "Helvetica",
        9.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, "Helvetica", 9.5)
        y += 13
    p.text(
        m,
        h - 24,
        fit(
            f"https://www.tax.service.gov.uk/vat-through-software/submit-"
            f"return/{code(rng, '##@@')}    {date_text(sub, 'en', 'short')}",
            "Helvetica",
            7,
            w - 2 * m,
        ),
        "Helvetica",
        7,
    )
    if rng.random() < 0.5:
        p.text(w - m, 22, "1/1", "Helvetica", 7, "right")
    return [p]


def tpl_avis_echeance(rng: random.Random, who: Issuer) -> list[Page]:
    """A French landlord's or agent's monthly rent due notice (avis d'echeance): rent,
    service-charge provision, balance brought forward, total to pay by the due date; one page,
    often several months in a row for the same tenant."""
    snd = sender(who, "bailleur", ["right", "tile", "centred", "din"])
    s = replace(who.style, page_size=A4)
    w, h = s.page_size
    m = s.margin
    f = sheet(s, snd)
    t = fixed(who, "locataire")
    to = home(t, "fr")
    loyer = round(t.uniform(480, 1150), 2)
    prov = round(t.uniform(40, 160), 2)
    mo = a_day(rng).replace(day=1)
    month = f"{MONTHS['fr'][mo.month - 1]} {mo.year}"
    addressee(
        f,
        s,
        snd,
        to,
        [("Lot", code(t, "L###")), ("Reference", code(t, "LOC-#####"))],
        mo - timedelta(days=rng.randint(5, 12)),
    )
    head_line(f, s, f"AVIS D'ECHEANCE - {month.upper()}", 3)
    f.page.text(
        s.margin,
        f.y,
        f"Periode du 01/{mo.month:02d}/{mo.year} au "
        f"{28 if mo.month == 2 else 30}/{mo.month:02d}/{mo.year}",
        s.font,
        s.size,
    )
    f.y += 26
    solde = rng.choice(
        [0.0, 0.0, 0.0, round(rng.uniform(20, 300), 2), -round(rng.uniform(5, 80), 2)]
    )
    rows = [["Loyer principal", money(loyer, "fr")], ["Provision sur charges", money(prov, "fr")]]
    if rng.random() < 0.3:
        rows.append(["Taxe ordures menageres (provision)", money(12.5, "fr")])
    if solde:
        rows.append(
            ["Solde anterieur" if solde > 0 else "Trop-percu anterieur", money(solde, "fr")]
        )
    total = loyer + prov + solde + (12.5 if len(rows) > 2 and "Taxe" in rows[2][0] else 0)
    cols = columns(m, w - m, [(5, "left"), (1.5, "right")])
    table(f, cols, ["Libelle", "Montant EUR"], rows, s, shade=0.9, rules=True, step=1.9)
    f.page.rect(w - m - 200, f.y - 4, 200, 24, fill=0.9)
    f.page.text(w - m - 192, f.y + 12, "TOTAL A PAYER", s.bold, s.size)
    f.page.text(w - m - 6, f.y + 12, f"{money(total, 'fr')} EUR", s.bold, s.size, "right")
    f.y += 44
    write(
        f,
        s,
        f"A regler avant le {rng.choice([1, 5, 5, 10])} {month}, par virement ou "
        "prelevement. Le present avis ne vaut pas quittance; une quittance vous sera "
        "adressee sur demande apres encaissement.",
        size=s.size - 0.5,
    )
    if rng.random() < 0.5:
        write(f, s, talk(rng, "fr", "rent"), size=s.size - 0.5)
    if rng.random() < 0.5:
        y = h - m - 130
        tear(f.page, y, m - 20, w - m + 20, "coupon a joindre a votre reglement")
        pairs(
            f.page,
            s,
            m,
            y + 24,
            [("Locataire", to[0]), ("Echeance", month), ("Montant", f"{money(total, 'fr')} EUR")],
            m + 280,
        )
        f.page.text(m, y + 84, "IBAN FR76 " + code(t, "#### #### #### #### #### ###"), "Courier", 9)
    feet(f.pages, s, snd, paging="-")
    return f.pages[:1]


def tpl_attestation_habitation(rng: random.Random, who: Issuer) -> list[Page]:
    """A French insurer's certificate of home insurance (attestation d'assurance habitation),
    as asked for by landlords each year; one page, signed and stamped."""
    snd = sender(who, "assureur", ["tile", "centred", "right", "bar"])
    s = replace(who.style, page_size=A4)
    w, _h = s.page_size
    m = s.margin
    f = sheet(s, snd)
    to = home(rng, "fr")
    d = a_day(rng)
    pol = code(rng, "MRH ########")
    f.y += 20
    f.page.text(w / 2, f.y, "ATTESTATION D'ASSURANCE", s.bold, 17, "center")
    f.page.text(w / 2, f.y + 18, "Multirisque habitation", s.font, s.size + 1, "center")
    f.y += 56
    write(f, s, f"{snd.name}, dont le siege est situe {snd.street}, {snd.town}, atteste que :")
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            m + 30,
            f.y,
            [
                ("Souscripteur", to[0]),
                ("Adresse du risque", f"{to[1]}, {to[2]}"),
                ("Contrat n°", pol),
                ("Qualite", rng.choice(["Locataire", "Locataire", "Proprietaire occupant"])),
                (
                    "Type de logement",
                    rng.choice(
                        [
                            "Appartement 2 pieces",
                            "Appartement 3 pieces",
                            "Maison 4 pieces",
                            "Studio",
                        ]
                    ),
                ),
            ],
            w - m - 30,
            s.size,
        )
        + 14
    )
    start = date(d.year, rng.randint(1, 12), 1)
    write(
        f,
        s,
        "est titulaire d'un contrat d'assurance habitation en cours de validite "
        f"pour la periode du {date_text(start, 'fr', 'short')} au "
        f"{date_text(start + timedelta(days=364), 'fr', 'short')}, garantissant notamment :",
    )
    for g in [
        "la responsabilite civile vie privee",
        "les risques locatifs (incendie, explosion, degats des eaux)",
        "le recours des voisins et des tiers",
        "le vol et le vandalisme" if rng.random() < 0.6 else "le bris de glace",
    ]:
        write(f, s, "-  " + g, indent=20)
    write(
        f,
        s,
        "La presente attestation ne peut engager l'assureur au-dela des limites et "
        "conditions du contrat auquel elle se refere. Elle est delivree pour servir et valoir "
        "ce que de droit.",
        size=s.size - 0.5,
    )
    f.y += 10
    f.page.text(
        w - m - 200,
        f.y,
        f"Fait a {snd.town.split()[-1]}, le {date_text(d, 'fr', 'short')}",
        s.font,
        s.size,
    )
    f.page.text(w - m - 200, f.y + 16, "Pour l'assureur,", s.font, s.size)
    f.page.rect(w - m - 180, f.y + 26, 120, 54)
    f.page.text(w - m - 120, f.y + 48, snd.name.split()[0].upper(), "Helvetica-Bold", 8, "center")
    f.page.text(w - m - 120, f.y + 60, "Service Gestion", "Helvetica", 7, "center")
    squiggle(f.page, w - m - 170, f.y + 70, person(rng))
    feet(f.pages, s, snd, paging="-")
    return f.pages[:1]


def tpl_kuendigung(rng: random.Random, who: Issuer) -> list[Page]:
    """A German company's confirmation of a customer's notice of cancellation
    (Kuendigungsbestaetigung): contract, end date, what happens next; one page, no title word
    on some."""
    snd = sender(who, "vertrag", ["din", "right", "tile", "bar"])
    s = replace(who.style, page_size=A4)
    f = sheet(s, snd)
    to = home(rng, "de")
    d = a_day(rng)
    end = date(d.year + (d.month > 9), (d.month + 2) % 12 + 1, 1) - timedelta(days=1)
    vn = code(rng, "########")
    addressee(f, s, snd, to, [("Kundennummer", code(rng, "K-######")), ("Vertragsnummer", vn)], d)
    what = {
        "Fitnesspark": "Ihre Mitgliedschaft",
        "Stadtwerke": "Ihr Stromliefervertrag",
        "Telekabel": "Ihr Internet- und Kabelvertrag",
        "Rhein-Lahn": "Ihr Zeitungsabonnement",
    }
    thing = next((v for k, v in what.items() if snd.name.startswith(k)), "Ihr Vertrag")
    if rng.random() < 0.7:
        head_line(
            f,
            s,
            rng.choice(
                [
                    "Bestaetigung Ihrer Kuendigung",
                    "Kuendigungsbestaetigung",
                    f"Ihre Kuendigung vom {dated(snd, d - timedelta(days=4))}",
                ]
            ),
        )
    hello(f, s, "de", to[0], formal=rng.random() < 0.3)
    write(
        f,
        s,
        f"wir haben Ihre Kuendigung erhalten und bestaetigen Ihnen hiermit, dass {thing} "
        f"(Vertragsnummer {vn}) fristgerecht zum {dated(snd, end)} endet.",
    )
    if "Strom" in thing:
        write(
            f,
            s,
            "Bitte teilen Sie uns den Zaehlerstand zum Vertragsende mit. Die "
            "Schlussrechnung erhalten Sie innerhalb von sechs Wochen.",
        )
    elif "Internet" in thing:
        write(
            f,
            s,
            "Bitte senden Sie den Router innerhalb von 14 Tagen nach Vertragsende mit "
            "dem beiliegenden Retourenschein kostenfrei an uns zurueck.",
        )
    else:
        write(
            f,
            s,
            "Bis zum Vertragsende koennen Sie alle Leistungen wie gewohnt nutzen. "
            "Bereits gezahlte Beitraege fuer die Zeit danach erstatten wir Ihnen.",
        )
    write(
        f,
        s,
        "Schade, dass Sie gehen. Sollten Sie es sich anders ueberlegen, sind wir gerne "
        "fuer Sie da.",
    )
    sign_off(f, s, "de", person(rng), "Kundenservice", ink=False)
    if rng.random() < 0.5:
        write(
            f,
            s,
            "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            size=s.size - 2,
        )
    feet(f.pages, s, snd, paging="-")
    return f.pages[:1]


def tpl_dd_change(rng: random.Random, who: Issuer) -> list[Page]:
    """A utility's confirmation that the customer's Direct Debit has changed (new amount, new
    date, advance notice of the collections), sometimes with a schedule of payments; 1-2
    pages."""
    snd = sender(who, "utility", ["bar", "tile", "right", "centred"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = sheet(s, snd, "Direct Debit schedule")
    to = home(fixed(who, "customer"), "en")
    d = a_day(rng)
    acct = code(fixed(who, "acct"), "##########")
    addressee(f, s, snd, to, [("Account number", acct)], d)
    old = rng.choice([48, 62, 75, 90, 104, 120])
    new = old + rng.choice([-14, -8, 6, 11, 17, 25])
    day_ = rng.choice([1, 5, 12, 15, 20, 28])
    head_line(
        f,
        s,
        rng.choice(
            [
                "Your Direct Debit is changing",
                "Confirmation of your new payment amount",
                "We've updated your Direct Debit",
            ]
        ),
    )
    hello(f, s, "en", to[0])
    write(
        f,
        s,
        f"We've reviewed your account and your monthly Direct Debit will change from "
        f"GBP {money(float(old))} to GBP {money(float(new))}. The first new payment will be "
        f"collected on or just after {day_} {MONTHS['en'][(d.month) % 12]}.",
    )
    write(
        f,
        s,
        "This is based on your estimated usage over the next twelve months and the "
        "current balance of your account. "
        + rng.choice(
            [
                "You don't need to do anything.",
                "If you think this is wrong, please give us a meter reading.",
            ]
        ),
    )
    f.y += 4
    f.page.rect(m, f.y - 12, w - 2 * m, 56, fill=0.93)
    pairs(
        f.page,
        s,
        m + 10,
        f.y + 2,
        [
            ("Collected by", snd.name),
            ("Service user number", code(rng, "######")),
            ("Reference", acct),
        ],
        w - m - 10,
    )
    f.y += 58
    write(
        f,
        s,
        "The Direct Debit Guarantee: this Guarantee is offered by all banks and building "
        "societies that accept instructions to pay Direct Debits. If there are any changes "
        "to the amount, date or frequency of your Direct Debit we will notify you in advance "
        "of your account being debited.",
        size=s.size - 1.5,
    )
    if rng.random() < 0.4:
        f.new_page()
        head_line(f, s, "Your payment schedule", 1)
        rows = []
        for k in range(12):
            mo = (d.month + k) % 12
            rows.append(
                [f"{day_} {MONTHS['en'][mo]} {d.year + (d.month + k > 11)}", money(float(new))]
            )
        table(
            f,
            columns(m, m + 300, [(3, "left"), (1.5, "right")]),
            ["Date", "Amount GBP"],
            rows,
            s,
            rules=True,
        )
    feet(f.pages, s, snd)
    return f.pages


def tpl_fit_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A quarterly Feed-in Tariff statement for solar panels: meter readings, generation and
    export payments at the tariff rates, the amount paid; one page, sometimes two."""
    snd = sender(who, "fit", ["bar", "tile", "right"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    t = fixed(who, "solar")
    to = home(t, "en")
    fitid = code(t, "FIT########-#")
    f = sheet(s, snd, f"FIT statement {fitid}")
    q0, q1 = quarter(a_day(rng))
    addressee(
        f,
        s,
        snd,
        to,
        [("FIT ID", fitid), ("Installation", f"{t.choice([2.5, 3.0, 3.6, 4.0])} kWp PV")],
        q1 + timedelta(days=rng.randint(10, 40)),
    )
    head_line(f, s, "Feed-in Tariff statement", 4)
    f.page.text(m, f.y, f"Period {dates_of(snd, q0, (q1 - q0).days)}", s.font, s.size)
    f.y += 24
    gen_rate = t.choice([0.1366, 0.1503, 0.4748, 0.5408, 0.0403])
    exp_rate = t.choice([0.0524, 0.0485, 0.0557])
    start = t.randint(2000, 20000) + (q0.year - 2022) * 3300 + q0.month * 280
    gen = rng.randint(180, 1350)
    rows = [
        ["Generation meter", f"{start:,}", f"{start + gen:,}", f"{gen:,}"],
        ["Deemed export (50%)", "", "", f"{gen // 2:,}"],
    ]
    cols = columns(m, w - m, [(2.6, "left"), (1.4, "right"), (1.4, "right"), (1.2, "right")])
    table(f, cols, ["Reading", "Opening", "Closing", "kWh"], rows, s, shade=0.9)
    f.y += 8
    pay_g = gen * gen_rate
    pay_e = gen / 2 * exp_rate
    rows = [
        ["Generation", f"{gen:,} kWh", f"{gen_rate:.4f}", money(pay_g)],
        ["Export", f"{gen // 2:,} kWh", f"{exp_rate:.4f}", money(pay_e)],
    ]
    table(f, cols, ["Payment", "Units", "Rate GBP/kWh", "GBP"], rows, s, shade=0.9)
    f.page.text(w - m, f.y + 2, f"Total paid {money(pay_g + pay_e)}", s.bold, s.size + 1, "right")
    f.y += 26
    write(
        f,
        s,
        f"We will pay GBP {money(pay_g + pay_e)} into your bank account ending "
        f"{code(t, '####')} within 30 days. Please send your next meter reading between "
        f"{dated(snd, q1 + timedelta(days=85))} and {dated(snd, q1 + timedelta(days=95))}.",
    )
    if rng.random() < 0.3:
        write(
            f,
            s,
            "Tariff rates are adjusted every April in line with the Retail Price Index. "
            "Your tariff lifetime ends 20 or 25 years after your eligibility date.",
            size=s.size - 1,
        )
    feet(f.pages, s, snd, paging="-")
    return f.pages


def tpl_venue_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A wedding or event venue hire agreement: booking details and payment schedule, then
    numbered terms and conditions in two narrow columns, a signature page; 3-6 pages."""
    snd = sender(who, "venue", ["centred", "tile", "bare"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    client = home(rng, lg)
    d = a_day(rng) + timedelta(days=rng.randint(150, 500))
    f = sheet(s, snd, tr(lg, "Venue hire agreement", fr="Contrat de location"))
    head_line(f, s, tr(lg, "Venue Hire Agreement", fr="Contrat de location de salle"), 8)
    f.y += 4
    total = rng.choice([4800, 6250, 7900, 9400, 12500])
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client(s)", fr="Client(s)"), f"{client[0]} & {person(rng)}"),
                (tr(lg, "Address", fr="Adresse"), f"{client[1]}, {client[2]}"),
                (
                    tr(lg, "Event", fr="Evenement"),
                    tr(lg, "Wedding ceremony and reception", fr="Mariage - reception"),
                ),
                (tr(lg, "Date", fr="Date"), dated(snd, d)),
                (
                    tr(lg, "Guests (day / evening)", fr="Nombre d'invites"),
                    f"{rng.randint(40, 120)} / {rng.randint(80, 180)}",
                ),
                (
                    tr(lg, "Spaces", fr="Espaces"),
                    rng.choice(
                        ["Great Hall, Orangery, gardens", "Barn, courtyard", "Salle des Chenes"]
                    ),
                ),
                (tr(lg, "Hire fee", fr="Montant total"), f"{cur(lg)} {money(float(total), lg)}"),
            ],
            w - m,
            s.size,
        )
        + 14
    )
    head_line(f, s, tr(lg, "Payment schedule", fr="Echeancier"), 1)
    sched = [
        (tr(lg, "Booking deposit (non-refundable)", fr="Acompte a la reservation"), 0.25, 0),
        (tr(lg, "Second payment", fr="Deuxieme versement"), 0.25, -180),
        (tr(lg, "Final balance", fr="Solde"), 0.5, -42),
    ]
    rows = [
        [
            a,
            dated(snd, d + timedelta(days=o)) if o else tr(lg, "on signing", fr="a la signature"),
            money(total * p_, lg),
        ]
        for a, p_, o in sched
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (2, "left"), (1.4, "right")]),
        [tr(lg, "Payment", fr="Versement"), tr(lg, "Due", fr="Echeance"), cur(lg)],
        rows,
        s,
    )
    f.y += 10
    write(f, s, chunk(rng, lg, "event", 2, 3))
    f.new_page()
    head_line(f, s, tr(lg, "Terms and Conditions", fr="Conditions generales"), 3)
    gap = 16.0
    cw = (w - 2 * m - gap) / 2
    size = s.size - 1.5
    col, y = 0, f.y
    for k in range(rng.randint(16, 34)):
        words = f"{k + 1}. " + chunk(rng, lg, "event", 1, 3)
        lines = wrap(words, s.font, size, cw)
        if y + len(lines) * size * 1.3 > f.bottom:
            if col == 0:
                col, y = 1, f.y
            else:
                f.new_page()
                col, y = 0, f.y
        x = m + col * (cw + gap)
        for ln in lines:
            f.page.text(x, y, ln, s.font, size)
            y += size * 1.3
        y += size * 0.6
    f.new_page()
    head_line(f, s, tr(lg, "Acceptance", fr="Acceptation"), 1)
    write(
        f,
        s,
        tr(
            lg,
            "We have read and agree to the terms and conditions above and confirm the booking.",
            fr="Lu et approuve, bon pour accord.",
        ),
    )
    for k, lab in enumerate(
        [tr(lg, "Client", fr="Le client"), tr(lg, "For the venue", fr="Pour le domaine")]
    ):
        y = f.y + 30 + k * 60
        f.page.text(m, y, lab, s.font, s.size)
        f.page.line(m + 90, y + 2, m + 300, y + 2)
        f.page.text(m + 320, y, tr(lg, "Date", fr="Date"), s.font, s.size)
        f.page.line(m + 350, y + 2, w - m, y + 2)
        if rng.random() < 0.6:
            squiggle(f.page, m + 100, y - 2, client[0] if k == 0 else person(rng))
    feet(f.pages, s, snd)
    return f.pages


def tpl_benefit_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """A decision on a family benefit claim: German Elterngeld or Kindergeld notice (Bescheid)
    with the calculation and the legal remedy notice, or an English Child Benefit award letter;
    1-4 pages."""
    snd = sender(who, "benefits", ["din", "right", "centred"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    to = home(rng, lg)
    d = a_day(rng)
    child = f"{rng.choice(CHILDREN)} {to[0].split()[-1]}"
    ref = code(rng, "###FK######" if lg == "de" else "CHB ########")
    f = sheet(s, snd, tr(lg, f"{ref}", f"Kindergeldnummer {ref}"))
    addressee(f, s, snd, to, [(tr(lg, "Reference", "Aktenzeichen"), ref)], d)
    if lg == "en":
        head_line(f, s, "Child Benefit - award notice", 3)
        hello(f, s, "en", to[0])
        write(
            f,
            s,
            f"We have awarded you Child Benefit for {child} from "
            f"{dated(snd, d - timedelta(days=rng.randint(20, 90)))}. It will be paid every "
            "four weeks into the bank account you gave us.",
        )
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    ("Eldest or only child", "GBP 25.60 a week"),
                    ("Each additional child", "GBP 16.95 a week"),
                    ("First payment", dated(snd, d + timedelta(days=rng.randint(7, 21)))),
                ],
                w - m - 60,
            )
            + 10
        )
        write(
            f,
            s,
            "You must tell us about any change that may affect your Child Benefit, for "
            "example if the child goes to live with someone else or leaves full-time "
            "education. If your income or your partner's income is over GBP 60,000 a year "
            "you may have to pay the High Income Child Benefit Charge.",
        )
        f.page.text(m, f.y + 4, "Child Benefit Office", s.font, s.size)
        feet(f.pages, s, snd, paging="-")
        return f.pages
    elterngeld = snd.name.startswith("Eltern")
    head_line(f, s, "Bescheid ueber " + ("Elterngeld" if elterngeld else "Kindergeld"), 3)
    hello(f, s, "de", to[0], formal=True)
    write(
        f,
        s,
        (
            "fuer Ihr Kind "
            + child
            + (
                " wird Ihnen Elterngeld (Basiselterngeld) fuer den "
                "1. bis 12. Lebensmonat bewilligt."
                if elterngeld
                else " wird Ihnen ab dem "
                f"{dated(snd, d.replace(day=1))} Kindergeld in Hoehe von 250,00 EUR monatlich "
                "festgesetzt."
            )
        ),
    )
    if elterngeld:
        head_line(f, s, "Berechnung", 1)
        net = rng.randint(1400, 3600)
        rows = []
        for k in range(1, 13):
            part = rng.random() < 0.15
            v = min(1800.0, max(300.0, net * 0.65)) * (0.5 if part else 1)
            rows.append(
                [
                    f"{k}. Lebensmonat",
                    "ElterngeldPlus" if part else "Basiselterngeld",
                    money(v, "de"),
                ]
            )
        write(
            f,
            s,
            f"Massgebliches Einkommen vor der Geburt: {money(float(net), 'de')} EUR "
            "monatlich (Ersatzrate 65 %).",
            size=s.size - 0.5,
        )
        table(
            f,
            columns(m, w - m, [(2, "left"), (2, "left"), (1.3, "right")]),
            ["Lebensmonat", "Art", "Betrag EUR"],
            rows,
            s,
            rules=True,
        )
    write(f, s, "Begruendung: " + chunk(rng, "de", "money", 2, 4))
    head_line(f, s, "Rechtsbehelfsbelehrung", 1)
    write(
        f,
        s,
        "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Einspruch "
        f"erhoben werden. Der Einspruch ist bei der {snd.name}, {snd.street}, {snd.town} "
        "schriftlich einzureichen oder zur Niederschrift zu erklaeren.",
        size=s.size - 0.5,
    )
    write(
        f,
        s,
        "Hinweise: Aenderungen in Ihren Verhaeltnissen, die fuer den Anspruch von "
        "Bedeutung sind, sind unverzueglich mitzuteilen. " + chunk(rng, "de", "money", 1, 3),
        size=s.size - 0.5,
    )
    f.page.text(m, f.y + 6, "Mit freundlichen Gruessen", s.font, s.size)
    f.page.text(m, f.y + 22, "Ihre " + snd.name.split()[0], s.font, s.size)
    f.y += 40
    feet(f.pages, s, snd)
    return f.pages


def tpl_ncd_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """A motor insurer's proof of no-claims discount, issued when a policy lapses or on
    request, to take to a new insurer; one page."""
    snd = sender(who, "insurer", ["bar", "tile", "right", "centred"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = sheet(s, snd)
    to = home(rng, "en")
    d = a_day(rng)
    pol = code(rng, "@@@/#######")
    addressee(f, s, snd, to, [("Policy number", pol)], d)
    head_line(
        f,
        s,
        rng.choice(
            ["Proof of No Claims Discount", "Your no claims bonus", "To whom it may concern"]
        ),
        2,
    )
    years = rng.randint(1, 12)
    end = d - timedelta(days=rng.randint(0, 30))
    write(
        f,
        s,
        f"We confirm that {to[0]} held a private car insurance policy with us, "
        f"{pol}, which ended on {dated(snd, end)}.",
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y + 4,
            [
                ("Policyholder", to[0]),
                ("Cover", rng.choice(["Comprehensive", "Third party, fire and theft"])),
                (
                    "Vehicle",
                    f"{rng.choice(CARS)} {code(rng, '@@## @@@')}",
                ),
                ("Period of insurance", dates_of(snd, end - timedelta(days=364), 364)),
                ("No claims discount earned", f"{years} year{'s' * (years > 1)}"),
                ("Claims in the period", rng.choice(["None", "None", "None", "1 (non-fault)"])),
                (
                    "Reason for cancellation",
                    rng.choice(["Lapsed at renewal", "Vehicle sold", "Cancelled by policyholder"]),
                ),
            ],
            w - m - 20,
            s.size,
        )
        + 14
    )
    write(
        f,
        s,
        "This letter may be used as proof of your no claims discount with another "
        "insurer. It is valid for two years from the date the policy ended.",
    )
    sign_off(f, s, "en", person(rng), "Customer Services", ink=rng.random() < 0.3)
    feet(f.pages, s, snd, paging="-")
    return f.pages


def tpl_foi_response(rng: random.Random, who: Issuer) -> list[Page]:
    """A public body's response to a freedom of information request: the request quoted, the
    answers (often a table in an annex), exemptions and the right to an internal review;
    1-3 pages."""
    snd = sender(who, "foi", ["centred", "right", "bar"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    ref = code(rng, "FOI-####-####")
    f = sheet(s, snd, f"Our reference {ref}")
    to = home(rng, "en")
    d = a_day(rng)
    addressee(
        f,
        s,
        snd,
        to,
        [("Our reference", ref), ("Received", dated(snd, d - timedelta(days=rng.randint(8, 20))))],
        d,
    )
    head_line(f, s, "Freedom of Information Act 2000 - request for information", 1)
    hello(f, s, "en", to[0])
    subject = rng.choice(
        [
            "potholes repaired on the A-road network",
            "agency staff spending",
            "parking enforcement income",
            "waiting times for outpatient clinics",
            "number of reported bicycle thefts",
        ]
    )
    write(f, s, f"Thank you for your request about {subject}. You asked:")
    for k in range(rng.randint(1, 3)):
        write(
            f,
            s,
            f'{k + 1}. "' + talk(rng, "en", "foi").rstrip(".") + '?"',
            indent=18,
            size=s.size - 0.5,
        )
    write(f, s, "I can confirm that the information is held. " + chunk(rng, "en", "foi", 1, 3))
    annex = rng.random() < 0.6
    if annex:
        write(f, s, "The figures are set out in the annex to this letter.")
    if rng.random() < 0.4:
        write(
            f,
            s,
            "Some of the information is withheld under section 40(2) (personal "
            "information) because disclosure would breach the data protection principles.",
        )
    write(
        f,
        s,
        "If you are unhappy with the way your request has been handled you may ask for "
        "an internal review within 40 working days. If you remain dissatisfied you may "
        "complain to the Information Commissioner's Office.",
        size=s.size - 0.5,
    )
    sign_off(f, s, "en", person(rng), "Information Governance Officer", ink=False)
    if annex:
        f.new_page()
        head_line(f, s, f"Annex - {ref}", 1)
        years = list(range(d.year - rng.randint(3, 5), d.year))
        cols = columns(m, w - m, [(2.5, "left"), *[(1, "right")] * len(years)])
        areas = rng.sample(
            [
                "North",
                "South",
                "East",
                "West",
                "Central",
                "Rural",
                "Town centre",
                "Outpatients",
                "Agency nursing",
                "Locum medical",
            ],
            rng.randint(4, 9),
        )
        rows = [[a, *[f"{rng.randint(20, 4000):,}" for _ in years]] for a in areas]
        table(f, cols, ["", *[str(y) for y in years]], rows, s, shade=0.9, rules=True)
        write(
            f,
            s,
            "Figures are taken from the live system on the date of the search and may "
            "differ from published statistics.",
            size=s.size - 1.5,
        )
    feet(f.pages, s, snd)
    return f.pages


def tpl_account_switch(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank's confirmation that a current account switch is complete, listing the Direct
    Debits and standing orders moved across; 1-2 pages (German: Kontowechselservice)."""
    snd = sender(who, "switch", ["right", "tile", "din", "centred"])
    lg = snd.lang
    s = a4(who.style, snd)
    w, _h = s.page_size
    m = s.margin
    f = sheet(s, snd, tr(lg, "Your switch", "Kontowechsel"))
    to = home(fixed(who, "customer"), lg)
    d = a_day(rng)
    addressee(
        f,
        s,
        snd,
        to,
        [
            (tr(lg, "Sort code", "BLZ"), code(rng, "##-##-##") if lg == "en" else "570 928 00"),
            (tr(lg, "Account", "Konto"), code(rng, "########")),
        ],
        d,
    )
    head_line(f, s, tr(lg, "Your switch is complete", "Ihr Kontowechsel ist abgeschlossen"))
    hello(f, s, lg, to[0])
    write(
        f,
        s,
        tr(
            lg,
            f"We have completed the switch of your account from {rng.choice(OLD_BANKS)} "
            f"on {dated(snd, d - timedelta(days=rng.randint(1, 5)))}. Your old account has been "
            "closed and any balance has been moved to your new account. Payments sent to your old "
            "account will be redirected automatically for three years.",
            "wir haben die Zahlungspartner ueber Ihre neue Bankverbindung informiert und die "
            "Dauerauftraege eingerichtet. Ihr bisheriges Konto wird auf Ihren Wunsch zum "
            f"{dated(snd, d + timedelta(days=14))} geschlossen.",
        ),
    )
    payees = (
        [
            "Brackwater Council Tax",
            "Northgate Gas & Power",
            "Pennine Water",
            "Lumen Mobile",
            "Harlow Vale Fitness",
            "TV Licensing",
            "Amberley Insurance",
            "Netflix",
            "Pet Plan",
            "Landlord (standing order)",
        ]
        if lg == "en"
        else [
            "Stadtwerke Lindau-Ost",
            "Telekabel Sued",
            "Rundfunkbeitrag",
            "Fitnesspark Muehlbach",
            "Miete (Dauerauftrag)",
            "Kfz-Versicherung",
            "Bausparvertrag",
            "Zeitungsabo",
        ]
    )
    rows = [
        [
            pn,
            tr(
                lg,
                rng.choice(["Direct Debit", "Standing order"]),
                rng.choice(["Lastschrift", "Dauerauftrag"]),
            ),
            money(round(rng.uniform(6, 180), 2), lg),
        ]
        for pn in rng.sample(payees, rng.randint(4, len(payees)))
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (2, "left"), (1.2, "right")]),
        [tr(lg, "Payee", "Zahlungsempfaenger"), tr(lg, "Type", "Art"), cur(lg)],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Please check the list and contact us if any payment is missing.",
            "Bitte pruefen Sie die Aufstellung auf Vollstaendigkeit.",
        ),
    )
    sign_off(f, s, lg, person(rng), tr(lg, "Switching Team", "Ihr Kontowechsel-Service"), ink=False)
    feet(f.pages, s, snd)
    return f.pages


TEMPLATES_J: dict[str, Template] = {
    "allotment_renewal": tpl_allotment_renewal,
    "nebenkosten": tpl_nebenkosten,
    "transport_pass": tpl_transport_pass,
    "club_subs": tpl_club_subs,
    "oh_questionnaire": tpl_oh_questionnaire,
    "pcn_appeal_ack": tpl_pcn_appeal_ack,
    "pcn_decision": tpl_pcn_decision,
    "rental_inventory": tpl_rental_inventory,
    "deposit_cert": tpl_deposit_cert,
    "overdraft_letter": tpl_overdraft_letter,
    "debt_advice": tpl_debt_advice,
    "vat_ack": tpl_vat_ack,
    "avis_echeance": tpl_avis_echeance,
    "attestation_habitation": tpl_attestation_habitation,
    "kuendigung": tpl_kuendigung,
    "dd_change": tpl_dd_change,
    "fit_statement": tpl_fit_statement,
    "venue_contract": tpl_venue_contract,
    "benefit_decision": tpl_benefit_decision,
    "ncd_proof": tpl_ncd_proof,
    "foi_response": tpl_foi_response,
    "account_switch": tpl_account_switch,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = ("transport_pass", "club_subs", "vat_ack", "avis_echeance", "fit_statement")
#: A kind that is often followed by another kind (same batch, matching sender seed).
FOLLOWS = {
    "pcn_appeal_ack": "pcn_decision",
    "deposit_cert": "rental_inventory",
    "overdraft_letter": "debt_advice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_docket_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; an appeal acknowledgement is followed by the
    decision, a deposit certificate by the inventory, an overdraft letter by the debt advice
    letter, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_J, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_docket_stream, "templates J")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

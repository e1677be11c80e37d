"""Ledger part of the generated corpus: templates I, written blind for the next measurement.

A ninth part, ``ledger``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as household and office paperwork that ends up
in one scanned batch: residents' parking permits, school/nursery meal menu plans, meter
exchange appointment letters, roadworks notifications with a site plan, broadcasting fee
reminders (TV licence, Rundfunkbeitrag), vehicle tax reminders, jury summonses with reply form
and guidance notes, household electoral enquiry forms, credit report extracts, mortgage offers
with an illustration of repayments, solicitors' estate (probate) letters with an estate
account, funeral directors' accounts, chimney sweep certificates, window cleaning receipt book
pages, product safety recall notices, P45 leaver forms, neighbours' planning objection letters
and the council's acknowledgement, dental recall postcards and laboratory request forms. Some
senders write in German or French; page sizes range from A6 postcards to landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as parking
permits, fee and tax reminders, chimney certificates, receipt book pages, dental recall cards
and lab request forms often come 2-3 in a row from one sender, and a planning objection is often
followed by the council's acknowledgement, a funeral account by the solicitor's estate letter.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "ledger"`` and seeds offset by 800_000.

Usage: ``python benchmarks/corpus_ledger.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/ledger/ledger_{born_digital,scanned}_NNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    Flow,
    bar_width,
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
    someone,
    table,
    text_block,
    tr,
    tw,
    wrap,
)
from corpus_kit import address as window_address
from corpus_kit import currency as cur

PART = "ledger"
SEED_OFFSET = 800_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

OFFICES: dict[str, list[tuple[str, str]]] = {
    "council": [
        ("Ashbury Borough Council", "en"),
        ("Wexcombe District Council", "en"),
        ("Stadt Saalbach - Ordnungsamt", "de"),
        ("Mairie de Meyzieu", "fr"),
    ],
    "caterer": [
        ("Little Acorns Day Nursery", "en"),
        ("St Aldhelm's Primary School", "en"),
        ("Restauration scolaire de Meyzieu", "fr"),
        ("Kita Sonnenblume Saalbach", "de"),
    ],
    "network": [
        ("Corrick Energy Networks", "en"),
        ("Meterlink Metering Services", "en"),
        ("Netzgesellschaft Saalbach mbH", "de"),
        ("Enedis Agence Rhone", "fr"),
    ],
    "highways": [
        ("Ashbury Highways Partnership", "en"),
        ("Tarmacon Civils Ltd", "en"),
        ("Tiefbauamt Saalbach", "de"),
        ("Direction de la voirie - Valence", "fr"),
    ],
    "broadcast": [
        ("TV Licensing", "en"),
        ("ARD ZDF Deutschlandradio Beitragsservice", "de"),
    ],
    "vehicles": [("Vehicle Licensing Agency", "en")],
    "crown": [
        ("Ashbury Crown Court", "en"),
        ("Jury Central Summoning Bureau", "en"),
    ],
    "electoral": [
        ("Electoral Services - Ashbury Borough Council", "en"),
        ("Electoral Registration Officer, Wexcombe", "en"),
    ],
    "bureau": [
        ("Clearview Credit Reference Ltd", "en"),
        ("Creditwise Data Services", "en"),
        ("Kreditauskunft Mitteldeutschland AG", "de"),
    ],
    "lender": [
        ("Wexcombe Building Society", "en"),
        ("Beacon Home Loans plc", "en"),
        ("Saalbacher Bausparkasse", "de"),
    ],
    "solicitor": [
        ("Pembury & Strachan Solicitors", "en"),
        ("Mayhew Quennell LLP", "en"),
        ("Kanzlei Kuehnel & Partner", "de"),
    ],
    "funeral": [
        ("A. Abernethy & Sons Funeral Directors", "en"),
        ("Corrick Co-operative Funeralcare", "en"),
        ("Pompes Funebres Fontaine", "fr"),
    ],
    "sweep": [
        ("Beacon Chimney Sweeps", "en"),
        ("Bezirksschornsteinfegermeister R. Kuehnel", "de"),
        ("Ramonage Vasseur", "fr"),
    ],
    "cleaner": [
        ("Crystal Clear Window Cleaning", "en"),
        ("D. Mayhew - Windows & Gutters", "en"),
    ],
    "maker": [
        ("Hearthmaster Appliances Ltd", "en"),
        ("Kinderwelt Moebel GmbH", "de"),
        ("Cuisines Solberg SAS", "fr"),
    ],
    "employer": [
        ("Ropewalk Joinery Ltd", "en"),
        ("Quarry Hill Veterinary Group", "en"),
        ("Fallowfield Logistics Ltd", "en"),
    ],
    "planning": [
        ("Ashbury Borough Council - Planning", "en"),
        ("Wexcombe District Council Development Management", "en"),
    ],
    "dentist": [
        ("Tallow Street Dental Practice", "en"),
        ("Beacon Close Family Dentistry", "en"),
    ],
    "lab": [
        ("Wexcombe Pathology Services", "en"),
        ("Labor Dr. Achterberg MVZ", "de"),
    ],
}
TOWNS = {
    "en": ["Ashbury AB3 7QT", "Wexcombe WX2 5LD", "Fallowfield Green FG9 1HN", "Corrick CK4 8BW"],
    "de": ["06108 Saalbach", "06110 Saalbach-Nord", "99084 Erfurt"],
    "fr": ["69330 Meyzieu", "69140 Rillieux-la-Pape", "26000 Valence"],
}
ROADS = {
    "en": ["Tallow Street", "Ropewalk", "Quarry Hill", "Beacon Close", "St Aldhelm's Road"],
    "de": ["Am Galgenberg", "Brunnenweg", "Torstrasse", "Saaleufer", "Lerchenfeld"],
    "fr": ["rue de la Poste", "impasse des Tilleuls", "boulevard Gambetta", "quai du Rhone"],
}
NAMES = [
    "Rosalind Achterberg",
    "Tobias Quennell",
    "Niamh Gallagher",
    "Ferdinand Olowe",
    "Agnieszka Wrobel",
    "Clement Vasseur",
    "Harriet Pembury",
    "Yusuf Demirci",
    "Mirela Constantin",
    "Ewan Strachan",
    "Sabine Kuehnel",
    "Theo Abernethy",
    "Lucie Fontaine",
    "Kwame Asante-Boateng",
    "Ingrid Solberg",
    "Desmond Mayhew",
]
TOPICS = {
    "en": {
        "works": "carriageway closure diversion traffic footway resurfacing contractor access "
        "signals lane junction utility trench residents vehicles parking",
        "meter": "meter engineer appointment supply access cupboard readings installation "
        "electricity gas visit safety minutes customer isolation",
        "jury": "juror court attendance service expenses employer deferral trial courtroom "
        "evidence verdict oath listing officer week",
        "credit": "account lender balance record search settled limit arrears agreement "
        "address linked financial default payments history",
        "loan": "loan property interest rate term repayment borrower security valuation "
        "product charge offer completion conveyancer insurance",
        "estate": "estate executor deceased probate grant assets liabilities beneficiaries "
        "account distribution valuation property bank shares",
        "planning": "application proposal extension neighbour amenity overlooking daylight "
        "character conservation parking boundary height privacy",
        "recall": "product unit fault safety risk model batch replacement repair customer "
        "overheating hinge serial refund collection",
    },
    "de": {
        "works": "Fahrbahn Sperrung Umleitung Verkehr Gehweg Baustelle Anlieger Zufahrt "
        "Ampel Leitungen Arbeiten Fahrzeuge Parken Strasse",
        "meter": "Zaehler Monteur Termin Anschluss Zugang Zaehlerschrank Ablesung Einbau "
        "Strom Versorgung Unterbrechung Kunde Messstelle",
        "credit": "Konto Vertrag Kredit Saldo Eintrag Anfrage Rate Laufzeit Zahlung "
        "Bank Merkmal Score Anschrift Auskunft",
        "loan": "Darlehen Sollzins Laufzeit Tilgung Rate Grundschuld Objekt Beleihung "
        "Sondertilgung Zinsbindung Auszahlung Bereitstellung",
        "estate": "Nachlass Erben Erbschein Vermoegen Verbindlichkeiten Konto Grundstueck "
        "Testament Nachlassgericht Auseinandersetzung",
        "recall": "Produkt Sicherheit Modell Charge Austausch Reparatur Kunde Risiko "
        "Serie Ruecknahme Erstattung Abholung",
    },
    "fr": {
        "works": "chaussee fermeture deviation circulation trottoir chantier riverains acces "
        "travaux reseaux stationnement vehicules carrefour",
        "meter": "compteur technicien rendez-vous acces raccordement releve installation "
        "electricite coupure client intervention",
        "recall": "produit securite modele lot remplacement reparation client risque "
        "serie rappel remboursement collecte",
    },
}
GLUE = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "for",
        "with",
        "on",
        "as",
        "by",
        "this",
        "that",
        "your",
        "we",
        "our",
        "is",
        "are",
        "be",
        "from",
        "at",
    ],
    "de": [
        "die",
        "der",
        "und",
        "zu",
        "im",
        "fuer",
        "mit",
        "auf",
        "als",
        "von",
        "dass",
        "Ihre",
        "wir",
        "unsere",
        "ist",
        "sind",
        "wird",
        "bei",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "de",
        "du",
        "pour",
        "avec",
        "sur",
        "par",
        "que",
        "votre",
        "nous",
        "nos",
        "est",
        "sont",
        "sera",
        "au",
    ],
}


def say(rng: random.Random, topic: str, lang: str = "en", n: int | None = None) -> str:
    """A sentence about ``topic`` in ``lang`` (English words where the language has none)."""
    pool = TOPICS.get(lang, {}).get(topic) or TOPICS["en"][topic]
    glue = GLUE[lang if topic in TOPICS.get(lang, {}) else "en"]
    words = [
        rng.choice(pool.split()) if rng.random() < 0.45 else rng.choice(glue)
        for _ in range(n or rng.randint(9, 19))
    ]
    return " ".join(words).capitalize() + "."


def para(rng: random.Random, topic: str, lang: str = "en", k: tuple[int, int] = (2, 4)) -> str:
    return " ".join(say(rng, topic, lang) for _ in range(rng.randint(*k)))


def some_day(rng: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=rng.randint(0, 1300))


def name_of(rng: random.Random) -> str:
    return rng.choice(NAMES)


def resident(rng: random.Random, lang: str) -> list[str]:
    return someone(rng, lang, name_of, ROADS, TOWNS, 140)


def refno(rng: random.Random, pattern: str) -> str:
    """``pattern`` with every ``9`` a random digit and every ``A`` a random capital."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def plate(rng: random.Random) -> str:
    return refno(rng, "AA99 AAA")


# ---------------------------------------------------------------------------------------------
# Senders, letterheads and page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class Office:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    web: str
    head: str  # stack | rule | boxed | monogram | split | band | plain
    repeat: bool  # letterhead on every page, not only the first
    footer: str  # small registration line at the foot of every page ("" for none)
    numbers: str
    num_pos: str
    dates: str


NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "{i} of {n}", "Page {i}", "-{i}-", "{i}"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}", "{i}/{n}", "2:- {i} -"],
    "fr": ["none", "none", "Page {i} sur {n}", "{i}/{n}", "- {i} -", "2:{i}"],
}
#: Public bodies: no company registration line at the foot of their pages.
PUBLIC = {"council", "highways", "vehicles", "crown", "electoral", "planning", "broadcast"}
HEADS = ["stack", "rule", "boxed", "monogram", "split", "band", "plain"]


def office(who: Issuer, sector: str, heads: list[str] | None = None) -> Office:
    """The sender of ``sector`` behind ``who``: the same issuer gets the same office."""
    r = random.Random(zlib.crc32(f"ledger|{sector}|{who.name}|{who.street}|{who.city}".encode()))
    name, lang = r.choice(OFFICES[sector])
    road, no = r.choice(ROADS[lang]), r.randint(2, 220)
    phone = {
        "en": f"0{r.randint(1300, 1899)} {r.randint(200, 999)} {r.randint(100, 999)}",
        "de": f"0345 {r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(0, 99)}",
        "fr": f"04 72 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    dom = "".join(c for c in name.split()[0].lower() if c.isalpha()) or "office"
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    footer = ""
    if sector not in PUBLIC and r.random() < 0.45:
        footer = {
            "en": f"Registered in England No. {r.randint(1000000, 9999999)} - VAT GB "
            f"{r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            "de": f"Amtsgericht Saalbach HRB {r.randint(1000, 99999)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)} - IBAN DE{r.randint(10, 99)} 8005 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} 00",
            "fr": f"SIRET {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - RCS Lyon - TVA FR{r.randint(10, 99)}"
            f"{r.randint(100000000, 999999999)}",
        }[lang]
    return Office(
        name=name,
        lang=lang,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(TOWNS[lang]),
        phone=phone,
        web=f"www.{dom}.{tld}",
        head=r.choice(heads or HEADS),
        repeat=r.random() < 0.35,
        footer=footer,
        numbers=r.choice(NUMBERS[lang]),
        num_pos=r.choice(["bc", "bc", "br", "br", "tr", "bl"]),
        dates=r.choice(["long", "short", "short", "us", "iso"]) if lang == "en" else "short",
    )


def when(off: Office, d: date) -> str:
    return date_text(d, off.lang, off.dates)


def initials(name: str) -> str:
    caps = [w[0] for w in name.replace("&", " ").split() if w[:1].isalpha() and w[0].isupper()]
    return "".join(caps[:3]) or name[:2].upper()


def letterhead(page: Page, s: Style, off: Office, kind: str | None = None) -> float:
    """Draw ``off``'s letterhead in style ``kind`` (default its own); returns the y below."""
    w, _ = page.size
    m = s.margin
    kind = kind or off.head
    small = max(s.size - 2, 7)
    if kind == "plain":
        return m
    if kind == "stack":
        size = shrink(off.name, s.bold, s.size + 7, w - 2 * m - 120)
        page.text(m, m, off.name, s.bold, size)
        for k, t in enumerate([off.street, off.town, f"Tel. {off.phone}"]):
            page.text(m, m + 14 + k * (small + 2), t, s.font, small)
        page.text(w - m, m + 14, off.web, italic(s.font), small, "right")
        return m + 14 + 3 * (small + 2) + 16
    if kind == "rule":
        title = off.name.upper()
        size = shrink(title, s.bold, s.size + 4, w - 2 * m)
        page.text(w / 2, m, title, s.bold, size, "center")
        page.rect(m, m + 6, w - 2 * m, 2.5, fill=0.0)
        line = fit(f"{off.street}  |  {off.town}  |  {off.phone}", s.font, 7.5, w - 2 * m)
        page.text(w / 2, m + 18, line, s.font, 7.5, "center")
        return m + 40
    if kind == "boxed":
        bw = min(230.0, w / 2 - m + 40)
        x = w - m - bw
        page.rect(x, m - 14, bw, 64, fill=0.9)
        page.text(x + 8, m, fit(off.name, s.bold, s.size + 1, bw - 16), s.bold, s.size + 1)
        for k, t in enumerate([off.street, off.town, off.phone, off.web]):
            page.text(x + 8, m + 13 + 10 * k, fit(t, s.font, 7.5, bw - 16), s.font, 7.5)
        return m + 62
    if kind == "monogram":
        page.rect(m, m - 18, 34, 34)
        page.rect(m + 3, m - 15, 28, 28)
        page.text(m + 17, m + 3, initials(off.name), "Times-Bold", 11, "center")
        size = shrink(off.name.upper(), s.font, s.size + 3, w - 2 * m - 48)
        page.text(m + 46, m - 2, off.name.upper(), s.font, size)
        addr = fit(f"{off.street}, {off.town} - {off.web}", italic(s.font), 7.5, w - 2 * m - 48)
        page.text(m + 46, m + 11, addr, italic(s.font), 7.5)
        return m + 40
    if kind == "split":
        size = shrink(off.name, s.bold, s.size + 5, w / 2 - m)
        page.text(m, m + 4, off.name, s.bold, size)
        for k, t in enumerate([off.street, off.town, off.phone]):
            page.text(w - m, m - 8 + 10 * k, fit(t, s.font, 7.5, w / 2 - m), s.font, 7.5, "right")
        page.line(m, m + 20, w - m, m + 20)
        return m + 42
    # band: a grey stripe down the left edge, name and details beside it
    _, h = page.size
    page.rect(0, 0, 16, h, fill=0.75)
    size = shrink(off.name, s.bold, s.size + 5, w - 2 * m)
    page.text(m, m, off.name, s.bold, size)
    page.text(m, m + 13, fit(f"{off.street} · {off.town}", s.font, 8, w - 2 * m), s.font, 8)
    return m + 36


def continuation(page: Page, s: Style, off: Office, text: str) -> float:
    """The head of a later page: the letterhead again, or a small running line."""
    if off.repeat:
        return letterhead(page, s, off)
    w, _ = page.size
    m = s.margin
    if not text:
        return m
    page.text(m, m - 8, fit(text, s.font, 7.5, w - 2 * m), s.font, 7.5)
    page.line(m, m - 3, w - m, m - 3)
    return m + 14


def footers(pages: list[Page], s: Style, off: Office) -> None:
    if not off.footer:
        return
    for page in pages:
        w, h = page.size
        page.text(w / 2, h - 32, fit(off.footer, s.font, 6, w - 2 * s.margin), s.font, 6, "center")


def finish(pages: list[Page], s: Style, off: Office, skip: int = 0, numbers: str = "") -> None:
    footers(pages, s, off)
    number_pages(pages, s, numbers or off.numbers, off.num_pos, skip, bottom=18)


def doc_flow(
    s: Style, off: Office, running: str = "", size: tuple[float, float] | None = None
) -> Flow:
    size = size or s.page_size
    st = Style(s.font, s.bold, s.size, s.margin, s.numbering, s.number_pos, size, s.date_style)

    def start(page: Page, n: int) -> float:
        if n == 1:
            return letterhead(page, st, off)
        return continuation(page, st, off, running)

    return Flow(size, size[1] - s.margin - 14, start)


def to_and_refs(
    f: Flow, s: Style, off: Office, to: list[str], refs: list[tuple[str, str]], d: date
) -> None:
    """Recipient in the envelope window, a reference block with the date on the right."""
    w, _ = f.size
    m = s.margin
    top = f.y + 8
    y = window_address(f.page, s, off, top, to)
    right = [*refs, (tr(off.lang, "Date", "Datum", "Date"), when(off, d))]
    y2 = pairs(f.page, s, w / 2 + 20, top + 14, right, w - m)
    f.y = max(y, y2) + 20


def heading(f: Flow, s: Style, text: str, grow: float = 1) -> None:
    w, _ = f.size
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 3)
    f.page.text(s.margin, f.y, text, s.bold, size)
    f.y += size * 1.9


def prose(f: Flow, s: Style, text: str, indent: float = 0, size: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, size or s.size)


def greeting(f: Flow, s: Style, lang: str, name: str) -> None:
    last = name.split()[-1]
    f.page.text(
        s.margin,
        f.y,
        tr(lang, f"Dear {name.split()[0]} {last},", f"Guten Tag {name},", "Madame, Monsieur,"),
        s.font,
        s.size,
    )
    f.y += s.size * 2.1


def signature(f: Flow, s: Style, lang: str, name: str, role: str) -> None:
    f.need(86)
    bye = tr(lang, "Yours sincerely", "Mit freundlichen Gruessen", "Cordialement,")
    f.page.text(s.margin, f.y, bye, s.font, s.size)
    f.page.text(s.margin + 4, f.y + 28, name, "Times-Italic", 15)
    f.page.text(s.margin, f.y + 48, name, s.font, s.size)
    f.page.text(s.margin, f.y + 48 + s.size * 1.3, role, s.font, s.size - 1)
    f.y += 48 + s.size * 3


def bullets(f: Flow, s: Style, items: list[str], mark: str = "-") -> None:
    w, _ = f.size
    for it in items:
        lines = wrap(it, s.font, s.size, w - 2 * s.margin - 16)
        f.need(len(lines) * s.size * 1.4)
        f.page.text(s.margin + 4, f.y, mark, s.font, s.size)
        for ln in lines:
            f.page.text(s.margin + 16, f.y, ln, s.font, s.size)
            f.y += s.size * 1.4
        f.y += 2


def labelled_box(
    page: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: str,
    font: str,
    size: float,
) -> None:
    """A form box of ``w`` x ``h`` with its top at ``y``, a small label and a filled-in value."""
    page.rect(x, y, w, h)
    page.text(x + 3, y + 8, fit(label, "Helvetica", 6.5, w - 6), "Helvetica", 6.5)
    if value:
        page.text(x + 5, y + h - 5, fit(value, font, size, w - 10), font, size)


def comb(page: Page, x: float, y: float, n: int, text: str, font: str, cw: float = 13) -> float:
    """``n`` character boxes from ``x`` with their top at ``y``, holding ``text``; returns the
    x after them."""
    for k in range(n):
        page.rect(x + k * cw, y, cw, 15)
        if k < len(text) and text[k] != " ":
            page.text(x + k * cw + cw / 2, y + 11, text[k], font, 9, "center")
    return x + n * cw


def cut_line(page: Page, y: float, x0: float, x1: float, label: str = "") -> None:
    """A dashed tear-off line across the page at ``y``."""
    x = x0
    while x < x1:
        page.line(x, y, min(x + 5, x1), y)
        x += 9
    if label:
        page.text(x0, y - 3, label, "Helvetica", 6)


def restyle(s: Style, size: tuple[float, float], margin: float | None = None) -> Style:
    return Style(
        s.font, s.bold, s.size, margin or s.margin, s.numbering, s.number_pos, size, s.date_style
    )


# ---------------------------------------------------------------------------------------------
# Templates I
# ---------------------------------------------------------------------------------------------


def tpl_parking_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """A residents' parking permit to cut out (or a card at the top of the page) over a short
    covering note; one page, A4 or A5."""
    off = office(who, "council", ["rule", "split", "stack", "band"])
    lg = off.lang
    size = rng.choice([A4, A4, A5])
    s = restyle(who.style, size, 40 if size == A5 else who.style.margin)
    w, h = size
    m = s.margin
    p = Page(size)
    y = letterhead(p, s, off)
    holder = resident(rng, lg)
    zone = rng.choice(["A", "B", "C", "K", "W2", "N4"])
    start = some_day(rng)
    end = start + timedelta(days=rng.choice([182, 364, 365]))
    permit = refno(rng, rng.choice(["RP999999", "99-9999-A", "BP 9999/99"]))
    # the permit itself
    pw, ph = min(w - 2 * m, 330.0), 150.0
    px = (w - pw) / 2
    cut_line(p, y + 2, m - 10, w - m + 10, tr(lg, "cut here", "hier abtrennen", "decouper ici"))
    py = y + 14
    p.rect(px, py, pw, ph)
    p.rect(px, py, pw, 26, fill=0.85)
    title = tr(lg, "RESIDENT PERMIT", "BEWOHNERPARKAUSWEIS", "CARTE DE STATIONNEMENT RESIDENT")
    p.text(px + pw / 2, py + 17, fit(title, s.bold, 12, pw - 10), s.bold, 12, "center")
    p.text(px + 14, py + 62, tr(lg, "ZONE", "ZONE", "ZONE"), "Helvetica-Bold", 9)
    p.text(px + 14, py + 100, zone, "Helvetica-Bold", 34)
    reg = plate(rng) if lg == "en" else refno(rng, "SK-AA 999") if lg == "de" else "AA-999-AA"
    if lg == "fr":
        reg = refno(rng, "AA-999-AA")
    items = [
        (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), reg),
        (tr(lg, "Valid from", "Gueltig ab", "Valable du"), when(off, start)),
        (tr(lg, "Expires", "Gueltig bis", "Au"), when(off, end)),
        (tr(lg, "Permit no.", "Ausweis-Nr.", "N° carte"), permit),
    ]
    pairs(p, s, px + 90, py + 48, items, px + pw - 12, 9)
    street = holder[1]
    p.text(px + 90, py + ph - 12, fit(street, s.font, 7.5, pw - 104), s.font, 7.5)
    y = py + ph + 16
    cut_line(p, y, m - 10, w - m + 10)
    y += 26
    f = Flow(size, h - m - 10, lambda page, n: m)
    f.page, f.pages, f.y = p, [p], y
    f.y = window_address(p, s, off, f.y, holder) + 14
    p.text(w - m, y, when(off, start - timedelta(days=rng.randint(5, 20))), s.font, s.size, "right")
    heading(f, s, tr(lg, "Your parking permit", "Ihr Bewohnerparkausweis", "Votre carte"))
    greeting(f, s, lg, holder[0])
    texts = {
        "en": [
            "Please find your residents' parking permit above. Display it clearly on the "
            "inside of the windscreen, on the passenger side, so that the permit number and "
            "expiry date can be read from outside the vehicle.",
            f"The permit is valid in zone {zone} only and does not guarantee a parking space. "
            "It cannot be used in pay and display bays, loading bays or on yellow lines.",
            "If you change vehicle or move address please tell us straight away; a "
            "replacement permit costs GBP 10.00.",
        ],
        "de": [
            "anbei erhalten Sie Ihren Bewohnerparkausweis. Bitte legen Sie ihn gut lesbar "
            "hinter die Windschutzscheibe.",
            f"Der Ausweis gilt nur in der Zone {zone} und begruendet keinen Anspruch auf "
            "einen Stellplatz.",
            "Bei Umzug oder Fahrzeugwechsel teilen Sie uns dies bitte umgehend mit.",
        ],
        "fr": [
            "Vous trouverez ci-dessus votre carte de stationnement resident, a placer "
            "visiblement derriere le pare-brise.",
            f"Elle est valable uniquement dans la zone {zone} et ne garantit pas de place.",
            "Tout changement de vehicule ou d'adresse doit nous etre signale.",
        ],
    }[lg]
    for t in texts[: rng.randint(2, 3)] if size == A5 else texts:
        prose(f, s, t, size=s.size - (1 if size == A5 else 0))
    if f.y < h - m - 60 and len(f.pages) == 1:
        p.text(
            m,
            f.y + 6,
            tr(lg, "Parking Services", "Ordnungsamt - Parkraum", "Service stationnement"),
            s.font,
            s.size,
        )
    if len(f.pages) > 1:  # an A5 note too long: keep the permit on one page
        del f.pages[1:]
    finish(f.pages, s, off, numbers="none")
    return f.pages


def tpl_meal_menu(rng: random.Random, who: Issuer) -> list[Page]:
    """A nursery or school canteen menu plan: one landscape page per week, 1-3 weeks."""
    off = office(who, "caterer", ["rule", "band", "plain", "monogram"])
    lg = off.lang
    size = landscape(A4)
    s = restyle(who.style, size, 36)
    w, h = size
    m = s.margin
    days = {
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "fr": ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"],
    }[lg]
    rows_ = {
        "en": ["Main", "Vegetarian", "Sides", "Pudding"],
        "de": ["Hauptgericht", "Vegetarisch", "Beilage", "Nachtisch"],
        "fr": ["Entree", "Plat", "Accompagnement", "Dessert"],
    }[lg]
    dishes = {
        "en": [
            "Shepherd's pie",
            "Chicken curry (mild)",
            "Fish fingers",
            "Veggie lasagne",
            "Bean chilli",
            "Cheese & tomato pizza",
            "Roast pork, gravy",
            "Quorn sausages",
            "Jacket potato, beans",
            "Mac & cheese",
            "Peas & sweetcorn",
            "Rice",
            "Salad bar",
            "New potatoes",
            "Green beans",
            "Apple crumble & custard",
            "Yoghurt & fruit",
            "Sponge with jam",
            "Fresh fruit",
            "Flapjack",
        ],
        "de": [
            "Spaghetti Bolognese",
            "Gemuesesuppe",
            "Fischstaebchen",
            "Kartoffelpuffer",
            "Linseneintopf",
            "Haehnchenbrust",
            "Milchreis",
            "Gemueselasagne",
            "Kartoffeln",
            "Reis",
            "Rohkost",
            "Erbsen und Moehren",
            "Obst",
            "Quarkspeise",
            "Joghurt",
            "Apfelkompott",
        ],
        "fr": [
            "Carottes rapees",
            "Salade verte",
            "Potage",
            "Poulet roti",
            "Poisson pane",
            "Omelette",
            "Boeuf bourguignon",
            "Gratin de legumes",
            "Haricots verts",
            "Riz pilaf",
            "Puree",
            "Yaourt",
            "Fruit de saison",
            "Compote",
            "Fromage blanc",
        ],
    }[lg]
    first = some_day(rng)
    first -= timedelta(days=first.weekday())
    weeks = rng.choice([1, 2, 3, 3])
    pages = []
    for k in range(weeks):
        p = Page(size)
        y = letterhead(p, s, off) if (k == 0 or off.repeat) else m
        mon = first + timedelta(days=7 * k)
        title = tr(lg, "Lunch menu", "Speiseplan", "Menus de la cantine")
        wk = tr(lg, f"Week {k + 1}", f"Woche {k + 1}", f"Semaine {k + 1}")
        p.text(m, y + 6, f"{title} - {wk}", s.bold, 15)
        span = f"{when(off, mon)} - {when(off, mon + timedelta(days=4))}"
        p.text(w - m, y + 6, span, s.font, 10, "right")
        y += 24
        lab_w = 90.0
        cw = (w - 2 * m - lab_w) / 5
        rh = min(72.0, (h - y - 90) / (len(rows_) + 0.5))
        p.rect(m, y, w - 2 * m, 20, fill=0.88)
        for d, day in enumerate(days):
            p.text(m + lab_w + cw * d + cw / 2, y + 14, day, s.bold, 10, "center")
        y += 20
        for r, lab in enumerate(rows_):
            p.rect(m, y, w - 2 * m, rh)
            p.text(m + 5, y + 14, fit(lab, s.bold, 9, lab_w - 8), s.bold, 9)
            for d in range(5):
                x = m + lab_w + cw * d
                p.line(x, y, x, y + rh)
                band = len(dishes) // len(rows_)
                dish = rng.choice(dishes[r * band : (r + 1) * band])
                for j, ln in enumerate(wrap(dish, s.font, 9, cw - 10)[:3]):
                    p.text(x + 5, y + 14 + 11 * j, ln, s.font, 9)
                if r < 2 and rng.random() < 0.25:
                    p.text(
                        x + cw - 5,
                        y + rh - 5,
                        rng.choice(["(G)", "(M)", "(E)", "(G,M)"]),
                        s.font,
                        7,
                        "right",
                    )
            y += rh
        p.text(
            m,
            y + 16,
            tr(
                lg,
                "Allergens: G gluten, M milk, E egg. Water and bread are available every day.",
                "Allergene: G Gluten, M Milch, E Ei. Wasser und Brot gibt es taeglich.",
                "Allergenes : G gluten, M lait, E oeuf. Pain et eau a chaque repas.",
            ),
            s.font,
            8,
        )
        if rng.random() < 0.5:
            price = money(rng.choice([2.45, 2.60, 3.10, 3.35]), lg)
            note = tr(
                lg,
                f"A school meal costs GBP {price}. Pay online at least a day ahead.",
                f"Ein Essen kostet {price} EUR.",
                f"Prix du repas : {price} EUR.",
            )
            p.text(m, y + 28, note, italic(s.font), 8)
        pages.append(p)
    finish(pages, s, off, numbers=rng.choice(["none", "{i}/{n}", off.numbers]))
    return pages


def tpl_meter_exchange(rng: random.Random, who: Issuer) -> list[Page]:
    """A network operator's letter announcing a meter exchange appointment; one page, some
    with a reply slip to rearrange."""
    off = office(who, "network")
    lg = off.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    f = doc_flow(s, off)
    to = resident(rng, lg)
    d = some_day(rng)
    meter = refno(rng, rng.choice(["S99A999999", "1ESY99999999", "E9AA 99999999"]))
    to_and_refs(
        f,
        s,
        off,
        to,
        [
            (tr(lg, "Meter no.", "Zaehlernummer", "N° compteur"), meter),
            (tr(lg, "Customer no.", "Kundennummer", "N° client"), refno(rng, "99999999")),
        ],
        d,
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Your meter is due to be replaced",
            "Ankuendigung Zaehlerwechsel",
            "Remplacement de votre compteur",
        ),
        2,
    )
    greeting(f, s, lg, to[0])
    prose(
        f,
        s,
        tr(
            lg,
            "Meters have to be exchanged at regular intervals to make sure they measure "
            "accurately. Your meter is now due and our engineer will call at the following time:",
            "Zaehler muessen in regelmaessigen Abstaenden getauscht werden. Unser Monteur kommt "
            "zu folgendem Termin:",
            "Les compteurs doivent etre remplaces periodiquement. Notre technicien passera :",
        ),
    )
    visit = d + timedelta(days=rng.randint(10, 30))
    slot = rng.choice(["08:00 - 12:00", "12:00 - 16:00", "07:30 - 11:30", "13:00 - 17:00"])
    f.need(60)
    f.page.rect(m + 30, f.y - 4, w - 2 * m - 60, 42, fill=0.92)
    f.page.text(w / 2, f.y + 12, when(off, visit), s.bold, s.size + 3, "center")
    f.page.text(
        w / 2,
        f.y + 28,
        tr(lg, f"between {slot}", f"zwischen {slot} Uhr", f"entre {slot}"),
        s.font,
        s.size,
        "center",
    )
    f.y += 56
    for _ in range(rng.randint(1, 2)):
        prose(f, s, para(rng, "meter", lg))
    heading(f, s, tr(lg, "Please make sure", "Bitte beachten Sie", "Merci de veiller a"))
    bullets(
        f,
        s,
        [
            tr(
                lg,
                "someone aged 18 or over is at home to let the engineer in;",
                "dass eine volljaehrige Person anwesend ist;",
                "qu'une personne majeure soit presente ;",
            ),
            tr(
                lg,
                "the meter cupboard is clear and can be reached;",
                "dass der Zaehlerschrank frei zugaenglich ist;",
                "que le compteur soit accessible ;",
            ),
            tr(
                lg,
                "sensitive equipment is switched off; the supply is off for about 30 minutes.",
                "dass empfindliche Geraete ausgeschaltet sind (ca. 30 Minuten ohne Strom).",
                "de debrancher les appareils sensibles (coupure d'environ 30 minutes).",
            ),
        ],
    )
    prose(
        f,
        s,
        tr(
            lg,
            f"If the time does not suit you please call us on {off.phone} at least two working "
            "days before.",
            f"Passt Ihnen der Termin nicht, rufen Sie uns bitte unter {off.phone} an.",
            f"Si ce creneau ne vous convient pas, appelez le {off.phone}.",
        ),
    )
    signature(
        f, s, lg, name_of(rng), tr(lg, "Metering team", "Messstellenbetrieb", "Service comptage")
    )
    if rng.random() < 0.4 and len(f.pages) == 1 and f.y < h - m - 110:
        y = h - m - 90
        cut_line(f.page, y, m, w - m)
        f.page.text(
            m,
            y + 18,
            tr(lg, "New appointment wanted", "Neuer Terminwunsch", "Nouveau rendez-vous souhaite"),
            s.bold,
            s.size,
        )
        for k, lab in enumerate(
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Morning", "Vormittag", "Matin"),
                tr(lg, "Afternoon", "Nachmittag", "Apres-midi"),
            ]
        ):
            x = m + k * 150
            box(f.page, x, y + 40, False)
            f.page.text(x + 12, y + 40, lab, s.font, s.size - 1)
        f.page.text(m, y + 62, f"{meter} / {to[0]}", "Courier", 8)
    finish(f.pages, s, off)
    return f.pages


def site_plan(
    page: Page, s: Style, x: float, y: float, w: float, h: float, rng: random.Random
) -> None:
    """A schematic street plan: roads as double lines, the works section hatched."""
    page.rect(x, y, w, h)
    roads = rng.sample(ROADS["en"] + ["High Street", "Church Lane", "Station Road"], 4)
    mid = y + h * rng.uniform(0.35, 0.6)
    page.line(x, mid - 12, x + w, mid - 12)
    page.line(x, mid + 12, x + w, mid + 12)
    page.text(x + 10, mid + 3, roads[0], "Helvetica", 7)
    xs = sorted(rng.sample(range(int(x + 60), int(x + w - 60)), 2))
    for k, cx in enumerate(xs):
        page.line(cx - 10, y, cx - 10, mid - 12)
        page.line(cx + 10, y, cx + 10, mid - 12)
        page.line(cx - 10, mid + 12, cx - 10, y + h)
        page.line(cx + 10, mid + 12, cx + 10, y + h)
        page.text(cx + 14, y + 14, roads[k + 1], "Helvetica", 7)
    a, b = xs[0] + 14, xs[1] - 14
    step = 6.0
    xx = a
    while xx < b:
        page.line(xx, mid - 11, min(xx + 10, b), mid + 11)
        xx += step
    page.text((a + b) / 2, mid - 18, "ROAD CLOSED", "Helvetica-Bold", 8, "center")
    page.text(x + w - 8, y + h - 8, "N ^", "Helvetica-Bold", 9, "right")
    page.text(x + 8, y + h - 8, "Diversion route ---->", "Helvetica-Oblique", 7)


def tpl_roadworks_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A notice to residents of a road closure: a letter, often with a site plan on page 2."""
    off = office(who, "highways")
    lg = off.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    scheme = rng.choice(ROADS[lg]) + tr(lg, " resurfacing", " - Erneuerung", " - refection")
    f = doc_flow(s, off, scheme)
    to = rng.choice(
        [
            [tr(lg, "The Occupier", "An die Anwohner", "Aux riverains"), *resident(rng, lg)[1:]],
            resident(rng, lg),
        ]
    )
    d = some_day(rng)
    to_and_refs(
        f,
        s,
        off,
        to,
        [(tr(lg, "Scheme ref.", "Massnahme", "Ref. chantier"), refno(rng, "HW/99/999"))],
        d,
    )
    heading(
        f,
        s,
        tr(lg, f"Road closure: {scheme}", f"Vollsperrung: {scheme}", f"Fermeture : {scheme}"),
        2,
    )
    start = d + timedelta(days=rng.randint(10, 40))
    end = start + timedelta(days=rng.randint(3, 40))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Start date", "Beginn", "Debut"), when(off, start)),
                (tr(lg, "Expected finish", "Voraussichtliches Ende", "Fin prevue"), when(off, end)),
                (
                    tr(lg, "Working hours", "Arbeitszeiten", "Horaires"),
                    rng.choice(["08:00 - 18:00", "20:00 - 06:00 (nights)", "07:30 - 16:30"]),
                ),
            ],
            m + 300,
            s.size,
        )
        + 8
    )
    for _ in range(rng.randint(2, 4)):
        prose(f, s, para(rng, "works", lg))
    if rng.random() < 0.5:
        heading(f, s, tr(lg, "Access for residents", "Zufahrt fuer Anlieger", "Acces riverains"))
        prose(f, s, para(rng, "works", lg, (1, 3)))
    prose(
        f,
        s,
        tr(
            lg,
            f"We apologise for any inconvenience. Questions: {off.phone}.",
            f"Wir bitten um Verstaendnis. Rueckfragen: {off.phone}.",
            f"Nous vous prions d'excuser la gene occasionnee. Contact : {off.phone}.",
        ),
    )
    signature(
        f, s, lg, name_of(rng), tr(lg, "Project Engineer", "Bauleitung", "Conducteur de travaux")
    )
    if rng.random() < 0.65:
        f.new_page()
        heading(
            f,
            s,
            tr(
                lg,
                "Plan of the works and diversion",
                "Lageplan und Umleitung",
                "Plan du chantier et deviation",
            ),
            1,
        )
        ph = min(h - f.y - m - 60, (w - 2 * m) * 0.8)
        site_plan(f.page, s, m, f.y, w - 2 * m, ph, rng)
        f.y += ph + 16
        f.page.text(
            m,
            f.y,
            tr(lg, "Not to scale.", "Nicht massstaeblich.", "Plan non contractuel."),
            italic(s.font),
            8,
        )
    finish(f.pages, s, off)
    return f.pages


def tpl_broadcast_fee(rng: random.Random, who: Issuer) -> list[Page]:
    """A TV licence / Rundfunkbeitrag payment reminder with a payment slip; one page."""
    off = office(who, "broadcast", ["rule", "split", "stack"])
    lg = off.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    f = doc_flow(s, off)
    to = resident(rng, lg)
    d = some_day(rng)
    acct = refno(rng, "999 999 999") if lg == "de" else refno(rng, "9999999999")
    to_and_refs(f, s, off, to, [(tr(lg, "Licence no.", "Beitragsnummer"), acct)], d)
    amount = rng.choice([169.50, 174.50]) if lg == "en" else 18.36 * rng.choice([3, 6])
    due = d + timedelta(days=14)
    title = tr(lg, "Your TV Licence is due for renewal", "Zahlungsaufforderung Rundfunkbeitrag")
    heading(f, s, title, 3)
    greeting(f, s, lg, to[0])
    if lg == "de":
        texts = [
            f"fuer Ihre Wohnung ist der Rundfunkbeitrag in Hoehe von {money(amount, lg)} EUR "
            f"faellig. Bitte ueberweisen Sie den Betrag bis zum {when(off, due)}.",
            "Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben als "
            "gegenstandslos.",
        ]
    else:
        texts = [
            f"Your TV Licence expires at the end of the month. A licence costs GBP "
            f"{money(amount)}; please renew by {when(off, due)}.",
            "You need a licence to watch or record live TV on any channel or device, or to "
            "use the on-demand service. If you do not need a licence, please tell us.",
            "It is quick and easy to renew online, by phone or with the payment slip below.",
        ]
    for t in texts:
        prose(f, s, t)
    signature(f, s, lg, name_of(rng), tr(lg, "Customer Relations", "Beitragsservice"))
    slip_top = h - m - 150
    if f.y < slip_top - 10:
        p = f.page
        cut_line(p, slip_top, m - 15, w - m + 15)
        y = slip_top + 22
        p.text(m, y, tr(lg, "Payment slip", "Zahlschein / Ueberweisung"), s.bold, s.size)
        bw = (w - 2 * m - 10) / 2
        labelled_box(
            p, m, y + 8, bw, 28, tr(lg, "Licence holder", "Beitragsschuldner"), to[0], "Courier", 9
        )
        labelled_box(
            p,
            m + bw + 10,
            y + 8,
            bw,
            28,
            tr(lg, "Licence no.", "Beitragsnummer"),
            acct,
            "Courier",
            9,
        )
        labelled_box(
            p,
            m,
            y + 42,
            bw,
            28,
            tr(lg, "Amount", "Betrag"),
            f"{cur(lg)} {money(amount, lg)}",
            "Courier",
            9,
        )
        labelled_box(
            p,
            m + bw + 10,
            y + 42,
            bw,
            28,
            tr(lg, "Pay by", "Zahlbar bis"),
            when(off, due),
            "Courier",
            9,
        )
        p.text(m, y + 88, refno(rng, "> 9999999999999999 < 999999 9999 >"), "Courier", 9)
    finish(f.pages, s, off, numbers="none")
    return f.pages


def tpl_vehicle_tax(rng: random.Random, who: Issuer) -> list[Page]:
    """A V11-style vehicle tax reminder: vehicle details, reference number and a stub."""
    off = office(who, "vehicles", ["plain", "rule"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, off)
    p.text(w - m, m - 14, "V11", "Helvetica-Bold", 16, "right")
    to = resident(rng, "en")
    y = window_address(p, s, None, y + 10, to) + 18
    reg = plate(rng)
    p.text(m, y, "Vehicle tax reminder", s.bold, s.size + 7)
    y += 20
    p.text(m, y, f"Tax your vehicle {reg} now", s.bold, s.size + 2)
    y += 24
    expiry = some_day(rng)
    make = rng.choice(["FORD FOCUS", "VAUXHALL CORSA", "TOYOTA YARIS", "VW GOLF", "KIA PICANTO"])
    p.rect(m, y - 4, w - 2 * m, 86)
    items = [
        ("Registration number", reg),
        ("Make and model", make),
        ("Current tax expires", when(off, expiry)),
        ("12 months", f"GBP {money(rng.choice([20, 35, 180, 190, 195]))}"),
        ("6 months", f"GBP {money(rng.choice([11, 19.25, 99, 104.5]))}"),
    ]
    pairs(p, s, m + 10, y + 10, items, w - m - 10, s.size)
    y += 100
    p.text(m, y, "Your 16-digit reference number", s.font, s.size)
    comb(p, m, y + 6, 16, refno(rng, "9999999999999999"), "Courier", 14)
    y += 40
    for t in [
        "You can tax online or by phone 24 hours a day; you will need the reference number "
        "above. If you do not tax your vehicle you may be fined.",
        "If you are not using the vehicle on a public road you can tell us it is off the road "
        "(SORN). If you have sold it, you should have told us at the time.",
    ]:
        y = text_block(p, s, m, y, w - 2 * m, t)
    stub = h - m - 110
    if stub > y + 10:
        cut_line(p, stub, m - 15, w - m + 15)
        p.text(
            m,
            stub + 20,
            "Take this part to a Post Office that deals with vehicle tax",
            s.bold,
            s.size - 1,
        )
        pairs(
            p,
            s,
            m,
            stub + 36,
            [("Registration", reg), ("Reference", refno(rng, "9999 9999 9999 9999"))],
            m + 260,
        )
        p.barcode("code128", refno(rng, "V11999999999"), w - m - 200, stub + 28)
    return [p]


def tpl_jury_summons(rng: random.Random, who: Issuer) -> list[Page]:
    """A jury summons: the summons letter, a reply form with tick boxes (form code at the foot)
    and often one or two pages of guidance notes in two columns."""
    off = office(who, "crown", ["rule", "monogram", "stack"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    juror = refno(rng, "999999999")
    to = resident(rng, "en")
    f = doc_flow(s, off, f"Juror number {juror}")
    d = some_day(rng)
    to_and_refs(f, s, off, to, [("Juror number", juror), ("Pool", refno(rng, "999/99"))], d)
    f.page.text(w / 2, f.y, "JURY SUMMONS", s.bold, s.size + 8, "center")
    f.y += 26
    greeting(f, s, "en", to[0])
    attend = d + timedelta(days=rng.randint(40, 90))
    prose(
        f,
        s,
        "You have been chosen for jury service. You are required to attend for jury "
        f"service at {off.name} on {when(off, attend)} at 9:30am for up to 10 working days.",
    )
    for _ in range(rng.randint(1, 3)):
        prose(f, s, para(rng, "jury"))
    prose(
        f,
        s,
        "You must reply within 7 days of receiving this summons, using the enclosed "
        "form or online. It is a criminal offence not to attend without good reason.",
    )
    signature(f, s, "en", name_of(rng), "Jury Manager")
    # reply form
    f.new_page()
    p = f.page
    y = f.y
    p.text(m, y, "Reply to jury summons", s.bold, s.size + 5)
    p.text(w - m, y, "JS1", "Helvetica-Bold", 12, "right")
    y += 22
    half = (w - 2 * m - 10) / 2
    labelled_box(p, m, y, half, 30, "Juror number", juror, "Courier", 10)
    labelled_box(
        p, m + half + 10, y, half, 30, "Date of attendance", when(off, attend), "Courier", 10
    )
    y += 42
    parts_ = [
        (
            "Part 1 - Can you do jury service?",
            [
                "I can do jury service on the date shown.",
                "I want to change the date (defer) - complete Part 2.",
                "I want to be excused - complete Part 3.",
            ],
        ),
        ("Part 2 - Dates you cannot attend", []),
        (
            "Part 3 - Eligibility",
            [
                "I have lived in the UK for at least 5 years since the age of 13.",
                "I am on bail in criminal proceedings.",
                "I am detained under the Mental Health Act.",
            ],
        ),
    ]
    choice = rng.randrange(3)
    for k, (title, opts) in enumerate(parts_):
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.9)
        p.text(m + 4, y + 1, title, s.bold, s.size)
        y += 20
        if not opts:
            for j in range(3):
                p.line(m + 4, y + 14 + 18 * j, w - m - 4, y + 14 + 18 * j)
            y += 66
            continue
        for j, o in enumerate(opts):
            box(p, m + 4, y, (k == 0 and j == choice) or (k == 2 and j == 0))
            p.text(m + 18, y, fit(o, s.font, s.size - 1, w - 2 * m - 22), s.font, s.size - 1)
            y += 16
        y += 8
    p.text(m, y + 6, "Declaration: the information I have given is true.", s.font, s.size - 1)
    y += 40
    p.line(m, y, m + 200, y)
    p.line(w - m - 140, y, w - m, y)
    p.text(m, y + 10, "Signature", "Helvetica", 7)
    p.text(w - m - 140, y + 10, "Date", "Helvetica", 7)
    p.text(m, h - 26, "JS1 (04.24)  Please return in the envelope provided.", "Helvetica", 7)
    # guidance notes
    if rng.random() < 0.7:
        for _g in range(rng.randint(1, 2)):
            f.new_page()
            gp = f.page
            y0 = f.y
            gp.text(m, y0, "Information for jurors", s.bold, s.size + 4)
            cw = (w - 2 * m - 18) / 2
            gs = s.size - 1
            for c in range(2):
                y = y0 + 24
                x = m + c * (cw + 18)
                while y < h - m - 60:
                    gp.text(
                        x, y, fit(say(rng, "jury", n=4)[:-1].title(), s.bold, gs, cw), s.bold, gs
                    )
                    y += gs * 1.6
                    for ln in wrap(para(rng, "jury", "en", (2, 3)), s.font, gs, cw):
                        if y > h - m - 40:
                            break
                        gp.text(x, y, ln, s.font, gs)
                        y += gs * 1.35
                    y += gs
    finish(f.pages, s, off, numbers=rng.choice(["none", "{i}", "Page {i} of {n}"]))
    return f.pages


def tpl_electoral_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A household enquiry form: residents in character boxes, tick boxes, a security code and
    a declaration; 2-4 pages."""
    off = office(who, "electoral", ["split", "stack", "rule"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    home = resident(rng, "en")
    code = refno(rng, "999 999 99")
    f = doc_flow(s, off, f"Household enquiry form - {home[1]}")
    p = f.page
    p.text(w - m, m - 22, f"Security code 1: {code[:3]}  2: {code[4:7]}", "Courier", 8, "right")
    y = window_address(p, s, off, f.y + 6, ["The Occupier", *home[1:]])
    p.barcode("code128", refno(rng, "HEF99999999"), w - m - 190, f.y + 4)
    f.y = max(y, f.y + 90) + 12
    heading(f, s, "Household Enquiry Form " + str(some_day(rng).year), 6)
    prose(
        f,
        s,
        "This form is not voter registration. Please tell us who lives at this address "
        "by replying by the date shown. If the details we hold are correct you can reply "
        "online using the security codes above.",
    )
    heading(f, s, "Step 1 - Is the information we hold correct?")
    people = [name_of(rng) for _ in range(rng.randint(1, 4))]
    for nm in people:
        f.need(20)
        f.page.text(m + 10, f.y, nm.upper(), "Courier", s.size)
        f.y += s.size * 1.6
    f.y += 6
    for opt in ["Yes - nothing has changed", "No - I need to make changes (Step 2)"]:
        box(f.page, m + 10, f.y, opt.startswith("No") == (rng.random() < 0.5))
        f.page.text(m + 26, f.y, opt, s.font, s.size)
        f.y += s.size * 1.8
    f.new_page()
    heading(f, s, "Step 2 - Residents aged 16 or over", 2)
    for k in range(rng.randint(3, 5)):
        f.need(120)
        p = f.page
        y = f.y
        p.text(m, y, f"Person {k + 1}", s.bold, s.size)
        y += 8
        filled = k < len(people) and rng.random() < 0.7
        nm = people[k].upper() if filled else ""
        p.text(m, y + 12, "Surname", "Helvetica", 7)
        x = comb(p, m + 60, y, 18, nm.split()[-1] if nm else "", "Courier", 13)
        p.text(m, y + 32, "First name", "Helvetica", 7)
        comb(p, m + 60, y + 20, 18, nm.split()[0] if nm else "", "Courier", 13)
        p.text(m, y + 52, "Nationality", "Helvetica", 7)
        comb(
            p,
            m + 60,
            y + 40,
            14,
            rng.choice(["BRITISH", "IRISH", "POLISH", "FRENCH"]) if filled else "",
            "Courier",
            13,
        )
        if x + 70 < w - m:
            for j, lab in enumerate(["Under 18", "Over 76", "Moved in"]):
                box(p, x + 12, y + 12 + j * 18, filled and rng.random() < 0.2)
                p.text(x + 24, y + 12 + j * 18, lab, "Helvetica", 7)
        f.y = y + 74
    if rng.random() < 0.5:
        f.new_page()
        heading(f, s, "Step 3 - Other information", 2)
        for q in [
            "Is there anyone else living at this address who is not listed?",
            "Is this property empty or a second home?",
            "Does anyone at this address have a postal vote?",
        ]:
            prose(f, s, q)
            for opt in ("Yes", "No"):
                box(f.page, m + 10 + (60 if opt == "No" else 0), f.y, rng.random() < 0.5)
                f.page.text(m + 24 + (60 if opt == "No" else 0), f.y, opt, s.font, s.size)
            f.y += 22
    heading(f, s, "Declaration")
    prose(
        f,
        s,
        "I declare that, to the best of my knowledge, the information on this form is true. "
        "It is an offence to give false information (maximum penalty GBP 5,000).",
    )
    f.need(50)
    f.y += 24
    f.page.line(m, f.y, m + 220, f.y)
    f.page.line(w - m - 150, f.y, w - m, f.y)
    f.page.text(m, f.y + 10, "Signature", "Helvetica", 7)
    f.page.text(w - m - 150, f.y + 10, "Date", "Helvetica", 7)
    finish(f.pages, s, off, numbers=rng.choice(["Page {i} of {n}", "{i}", "none"]))
    return f.pages


def tpl_credit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A statutory credit report: summary with a score bar, then accounts, searches and
    linked addresses over 3-7 pages with a running header on every page."""
    off = office(who, "bureau", ["split", "band", "monogram", "stack"])
    lg = off.lang
    s = who.style
    w, _h = s.page_size
    m = s.margin
    me = resident(rng, lg)
    rep = refno(rng, "CR-9999-9999-99")
    f = doc_flow(
        s, off, tr(lg, f"Credit report - {me[0]} - {rep}", f"Selbstauskunft - {me[0]} - {rep}")
    )
    d = some_day(rng)
    to_and_refs(f, s, off, me, [(tr(lg, "Report ref.", "Auskunfts-Nr."), rep)], d)
    heading(f, s, tr(lg, "Your statutory credit report", "Ihre Datenkopie nach Art. 15 DSGVO"), 5)
    score = rng.randint(380, 990)
    f.page.text(
        m,
        f.y,
        tr(lg, f"Your score: {score} out of 999", f"Ihr Basisscore: {score / 10:.2f} %"),
        s.bold,
        s.size + 2,
    )
    f.y += 12
    bw = w - 2 * m
    f.page.rect(m, f.y, bw, 12)
    f.page.rect(m, f.y, bw * score / 999, 12, fill=0.6)
    f.y += 30
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Name", "Name"), me[0]),
                (
                    tr(lg, "Date of birth", "Geburtsdatum"),
                    date_text(
                        date(rng.randint(1950, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                        lg,
                        "short",
                    ),
                ),
                (tr(lg, "Current address", "Anschrift"), f"{me[1]}, {me[2]}"),
                (
                    tr(lg, "On the electoral register", "Voranschriften"),
                    rng.choice(["Yes", "No"]) if lg == "en" else str(rng.randint(0, 3)),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    prose(f, s, para(rng, "credit", lg))
    heading(f, s, tr(lg, "Credit accounts", "Vertragsdaten"), 2)
    lenders = [
        "Wexcombe Building Society",
        "Beacon Home Loans",
        "NovaCard",
        "Fallowfield Motor Finance",
        "Quarry Mobile",
        "Ashbury Energy",
        "Sparkasse Saalbach",
        "Klarna",
        "Postbank",
    ]
    for _ in range(rng.randint(5, 15)):
        f.need(110)
        lender = rng.choice(lenders)
        f.page.rect(m, f.y - 10, w - 2 * m, 15, fill=0.92)
        f.page.text(m + 4, f.y, lender, s.bold, s.size)
        f.page.text(
            w - m - 4,
            f.y,
            rng.choice([tr(lg, "Active", "aktiv"), tr(lg, "Settled", "erledigt")]),
            s.font,
            s.size - 1,
            "right",
        )
        f.y += 16
        opened = some_day(rng) - timedelta(days=rng.randint(200, 3000))
        half = (w - 2 * m) / 2
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Type", "Art"),
                    rng.choice(
                        [
                            tr(lg, "Mortgage", "Baufinanzierung"),
                            tr(lg, "Credit card", "Kreditkarte"),
                            tr(lg, "Hire purchase", "Ratenkredit"),
                            tr(lg, "Communications", "Mobilfunk"),
                        ]
                    ),
                ),
                (tr(lg, "Opened", "Beginn"), date_text(opened, lg, "short")),
            ],
            m + half - 14,
        )
        pairs(
            f.page,
            s,
            m + half + 14,
            f.y,
            [
                (tr(lg, "Balance", "Saldo"), f"{cur(lg)} {money(rng.uniform(0, 90000), lg)}"),
                (
                    tr(lg, "Limit", "Rahmen"),
                    f"{cur(lg)} {money(rng.choice([500, 1500, 3000, 0]), lg)}",
                ),
            ],
            w - m,
        )
        f.y += 34
        hist = "".join(rng.choice("000000000001UD") for _ in range(24)) if lg == "en" else ""
        if hist:
            f.page.text(m, f.y, tr(lg, "Last 24 months:"), s.font, s.size - 2)
            for k, ch in enumerate(hist):
                x = m + 80 + k * 15
                if x + 13 > w - m:
                    break
                f.page.rect(x, f.y - 9, 13, 12, fill=0.8 if ch != "0" else None)
                f.page.text(x + 6.5, f.y, ch, "Courier", 7, "center")
            f.y += 16
        f.y += 10
    heading(f, s, tr(lg, "Searches", "Anfragen"), 2)
    rows = [
        [
            date_text(some_day(rng), lg, "short"),
            rng.choice(lenders),
            rng.choice(
                [
                    tr(lg, "Quotation", "Konditionsanfrage"),
                    tr(lg, "Credit application", "Kreditanfrage"),
                    tr(lg, "Identity check", "Identitaetspruefung"),
                ]
            ),
        ]
        for _ in range(rng.randint(4, 22))
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (2, "left"), (2, "left")]),
        [
            tr(lg, "Date", "Datum"),
            tr(lg, "Organisation", "Unternehmen"),
            tr(lg, "Purpose", "Anlass"),
        ],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.6:
        heading(f, s, tr(lg, "Financial associations", "Weitere Angaben"), 2)
        prose(f, s, para(rng, "credit", lg, (1, 3)))
    if rng.random() < 0.6:
        f.new_page()
    heading(f, s, tr(lg, "If something is wrong", "Berichtigung"), 2)
    prose(f, s, para(rng, "credit", lg, (2, 4)))
    finish(f.pages, s, off, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", off.numbers]))
    return f.pages


def tpl_mortgage_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A mortgage offer: covering letter, numbered offer sections with an illustration of the
    repayments and the special conditions; 4-8 pages."""
    off = office(who, "lender")
    lg = off.lang
    s = who.style
    w, _h = s.page_size
    m = s.margin
    me = resident(rng, lg)
    offer = refno(rng, "MO99999999")
    f = doc_flow(s, off, tr(lg, f"Mortgage offer {offer}", f"Darlehensangebot {offer}"))
    d = some_day(rng)
    to_and_refs(f, s, off, me, [(tr(lg, "Offer ref.", "Angebots-Nr."), offer)], d)
    heading(f, s, tr(lg, "Your mortgage offer", "Ihr Darlehensangebot"), 2)
    greeting(f, s, lg, me[0])
    loan = rng.randrange(90_000, 480_000, 500)
    rate = rng.choice([3.89, 4.19, 4.54, 4.79, 5.09, 3.45])
    years = rng.choice([20, 25, 30, 35])
    prose(
        f,
        s,
        tr(
            lg,
            f"We are pleased to offer you a loan of {cur(lg)} {money(loan, lg)} secured on the "
            "property shown in this offer. Please read it carefully with your conveyancer.",
            f"wir freuen uns, Ihnen ein Darlehen ueber {money(loan, lg)} EUR anbieten zu koennen.",
        ),
    )
    prose(f, s, para(rng, "loan", lg))
    prose(
        f,
        s,
        tr(
            lg,
            "This offer is valid for six months. Please sign and return the acceptance to your "
            "conveyancer.",
            "Das Angebot ist sechs Wochen gueltig.",
        ),
    )
    signature(f, s, lg, name_of(rng), tr(lg, "Mortgage Underwriting", "Baufinanzierung"))
    f.new_page()
    heading(f, s, tr(lg, "Offer of loan", "Europaeisches Standardisiertes Merkblatt (ESIS)"), 4)
    pay = loan * (rate / 1200) / (1 - (1 + rate / 1200) ** (-12 * years))
    sections = [
        (tr(lg, "The lender", "Kreditgeber"), f"{off.name}, {off.street}, {off.town}"),
        (
            tr(lg, "Description of this mortgage", "Hauptmerkmale des Kredits"),
            tr(
                lg,
                f"Capital and interest, {years} years, {rng.choice(['2', '5'])}-year fixed rate.",
                f"Annuitaetendarlehen, {years} Jahre, Zinsbindung {rng.choice([10, 15])} Jahre.",
            ),
        ),
        (
            tr(lg, "Interest rate", "Sollzins"),
            f"{rate:.2f}% p.a. ({tr(lg, 'APRC', 'eff. Jahreszins')} {rate + 0.3:.1f}%)",
        ),
        (
            tr(lg, "Amount and frequency of repayments", "Hoehe der Raten"),
            f"{tr(lg, 'Monthly', 'Monatlich')} {cur(lg)} {money(pay, lg)}",
        ),
        (tr(lg, "Property", "Beleihungsobjekt"), f"{me[1]}, {me[2]}"),
    ]
    for k, (title, text) in enumerate(sections, 1):
        heading(f, s, f"{k}. {title}")
        prose(f, s, text, indent=14)
        if rng.random() < 0.5:
            prose(f, s, para(rng, "loan", lg, (1, 2)), indent=14, size=s.size - 1)
    heading(
        f,
        s,
        f"{len(sections) + 1}. " + tr(lg, "Illustrative repayment table", "Tilgungsplan (Auszug)"),
        1,
    )
    bal = float(loan)
    rows = []
    for yr in range(1, years + 1):
        interest = 0.0
        for _ in range(12):
            i = bal * rate / 1200
            interest += i
            bal = max(0.0, bal - (pay - i))
        rows.append([str(yr), money(pay * 12, lg), money(interest, lg), money(bal, lg)])
    table(
        f,
        columns(m, w - m, [(0.6, "left"), (1, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Year", "Jahr"),
            tr(lg, "Paid", "Zahlungen"),
            tr(lg, "Interest", "Zinsen"),
            tr(lg, "Balance", "Restschuld"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 10
    heading(
        f,
        s,
        f"{len(sections) + 2}. "
        + tr(lg, "Early repayment charges", "Vorfaelligkeitsentschaedigung"),
    )
    for k in range(rng.randint(2, 5)):
        prose(
            f,
            s,
            tr(
                lg,
                f"Year {k + 1}: {5 - k}% of the amount repaid",
                f"Jahr {k + 1}: {5 - k} % des Rueckzahlungsbetrags",
            ),
            indent=14,
        )
    if rng.random() < 0.85:
        f.new_page()
        heading(f, s, tr(lg, "Special conditions", "Besondere Bedingungen"), 2)
        for k in range(rng.randint(4, 16)):
            prose(f, s, f"{k + 1}. " + para(rng, "loan", lg, (1, 3)))
    if rng.random() < 0.6:
        f.need(140)
        heading(f, s, tr(lg, "Acceptance", "Annahmeerklaerung"), 2)
        prose(
            f,
            s,
            tr(
                lg,
                "I/We accept this offer on the terms set out above.",
                "Ich/Wir nehmen das Angebot an.",
            ),
        )
        f.y += 26
        for k in range(2):
            x = m + k * (w - 2 * m) / 2
            f.page.line(x, f.y, x + 180, f.y)
            f.page.text(
                x,
                f.y + 10,
                tr(lg, "Signature of borrower", "Unterschrift Darlehensnehmer"),
                "Helvetica",
                7,
            )
        f.y += 30
    finish(
        f.pages, s, off, numbers=rng.choice(["Page {i} of {n}", "2:Page {i} of {n}", off.numbers])
    )
    return f.pages


def tpl_probate_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A solicitor's letter to a beneficiary about an estate, with the estate account enclosed
    on its own page(s)."""
    off = office(who, "solicitor", ["stack", "monogram", "boxed", "split"])
    lg = off.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    late = name_of(rng)
    to = resident(rng, lg)
    ours = refno(rng, "AA/999/99999")
    f = doc_flow(
        s, off, tr(lg, f"Estate of {late} (deceased) - {ours}", f"Nachlass {late} - {ours}")
    )
    d = some_day(rng)
    to_and_refs(
        f,
        s,
        off,
        to,
        [(tr(lg, "Our ref.", "Unser Zeichen"), ours), (tr(lg, "Your ref.", "Ihr Zeichen"), "-")],
        d,
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"Estate of the late {late}",
            f"Nachlasssache {late}, verstorben am "
            f"{when(off, d - timedelta(days=rng.randint(60, 400)))}",
        ),
        1,
    )
    greeting(f, s, lg, to[0])
    for _ in range(rng.randint(2, 5)):
        prose(f, s, para(rng, "estate", lg))
    prose(
        f,
        s,
        tr(
            lg,
            "We enclose the estate account for your approval. Please sign and return the "
            "enclosed copy if you agree it.",
            "Anbei erhalten Sie die Nachlassaufstellung mit der Bitte um Pruefung.",
        ),
    )
    signature(f, s, lg, name_of(rng), tr(lg, "Partner, Private Client", "Rechtsanwalt"))
    f.page.text(m, min(f.y + 4, h - m - 20), tr(lg, "Enc.", "Anlage"), s.font, s.size - 1)
    f.new_page()
    heading(
        f, s, tr(lg, f"ESTATE ACCOUNT - {late.upper()}", f"NACHLASSAUFSTELLUNG - {late.upper()}"), 3
    )
    cs = columns(m, w - m, [(4, "left"), (1.3, "right")])
    assets = [
        ("Freehold property", "Grundstueck"),
        ("Current account", "Girokonto"),
        ("Savings account", "Sparbuch"),
        ("Premium bonds", "Wertpapierdepot"),
        ("Shares", "Aktien"),
        ("Life policy", "Lebensversicherung"),
        ("Car", "Pkw"),
        ("Personal chattels", "Hausrat"),
    ]
    costs = [
        ("Funeral account", "Bestattungskosten"),
        ("Probate court fee", "Gerichtskosten"),
        ("Our costs", "Anwaltsgebuehren"),
        ("Council tax to date", "Grundsteuer"),
        ("Estate agent fees", "Maklerkosten"),
        ("Statutory notices", "Bekanntmachungen"),
    ]
    tot_a = tot_c = 0.0
    rows = []
    for a in rng.sample(assets, rng.randint(3, len(assets))):
        v = rng.uniform(300, 250000) if a[0].startswith("Free") else rng.uniform(100, 40000)
        tot_a += v
        rows.append([tr(lg, *a), money(v, lg)])
    table(f, cs, [tr(lg, "Assets", "Aktiva"), cur(lg)], rows, s)
    f.y += 6
    rows = []
    for c in rng.sample(costs, rng.randint(2, len(costs))):
        v = rng.uniform(150, 9000)
        tot_c += v
        rows.append([tr(lg, *c), money(v, lg)])
    table(f, cs, [tr(lg, "Liabilities and expenses", "Passiva und Kosten"), cur(lg)], rows, s)
    f.need(80)
    f.y += 6
    net = tot_a - tot_c
    cell(f.page, cs[0], f.y, tr(lg, "Net estate for distribution", "Reinnachlass"), s.bold, s.size)
    cell(f.page, cs[1], f.y, money(net, lg), s.bold, s.size)
    f.y += 22
    heben = rng.randint(2, 4)
    heading(f, s, tr(lg, "Distribution", "Verteilung"))
    rows = [[name_of(rng) + f" (1/{heben})", money(net / heben, lg)] for _ in range(heben)]
    table(f, cs, [tr(lg, "Beneficiary", "Erbe"), cur(lg)], rows, s)
    f.need(60)
    f.y += 30
    f.page.line(m, f.y, m + 200, f.y)
    f.page.text(
        m, f.y + 10, tr(lg, "Approved by the residuary beneficiary", "Genehmigt"), "Helvetica", 7
    )
    f.y += 20
    finish(f.pages, s, off)
    return f.pages


def tpl_funeral_account(rng: random.Random, who: Issuer) -> list[Page]:
    """A funeral director's account: professional fees, third-party payments and the balance."""
    off = office(who, "funeral", ["rule", "monogram", "stack"])
    lg = off.lang
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = doc_flow(s, off, off.name)
    to = resident(rng, lg)
    late = name_of(rng)
    no = refno(rng, "F9999")
    to_and_refs(f, s, off, to, [(tr(lg, "Account no.", "", "Facture n°"), no)], some_day(rng))
    heading(f, s, tr(lg, "ACCOUNT", "", "FACTURE"), 5)
    prose(f, s, tr(lg, f"Funeral of the late {late}", "", f"Obseques de {late}"))
    cs = columns(m, w - m, [(4, "left"), (1.2, "right")])
    fees = [
        ("Professional services of the funeral director", "Organisation des obseques"),
        ("Care of the deceased", "Soins de conservation"),
        ("Use of chapel of rest", "Salon funeraire"),
        ("Coffin - oak veneer", "Cercueil chene"),
        ("Hearse and one limousine", "Corbillard"),
        ("Bearers (4)", "Porteurs (4)"),
        ("Memorial stationery", "Faire-part et registre"),
    ]
    third = [
        ("Crematorium fee", "Crematorium"),
        ("Doctor's certificate", "Certificat medical"),
        ("Officiant / minister", "Officiant"),
        ("Newspaper notice", "Avis de deces (presse)"),
        ("Flowers", "Fleurs"),
        ("Organist", "Musique"),
    ]
    tot = 0.0
    for title, pool in [
        (tr(lg, "Our charges", "", "Prestations"), fees),
        (tr(lg, "Payments made on your behalf", "", "Debours"), third),
    ]:
        rows = []
        for it in rng.sample(pool, rng.randint(3, len(pool))):
            v = rng.uniform(60, 2200)
            tot += v
            rows.append([tr(lg, *it), money(v, lg)])
        table(f, cs, [title, cur(lg)], rows, s, rules=rng.random() < 0.5)
        f.y += 8
    dep = rng.choice([0.0, 500.0, 1000.0])
    f.need(70)
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (tr(lg, "Total", "", "Total TTC"), money(tot, lg)),
                (tr(lg, "Deposit received", "", "Acompte"), money(dep, lg)),
                (tr(lg, "Balance due", "", "Reste a payer"), f"{cur(lg)} {money(tot - dep, lg)}"),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    prose(
        f,
        s,
        tr(
            lg,
            "Payment within 28 days please. We can wait for the release of estate funds if the "
            "solicitor confirms.",
            "",
            "Reglement a reception. Paiement possible par le notaire.",
        ),
        size=s.size - 1,
    )
    finish(f.pages, s, off)
    return f.pages


def tpl_chimney_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A chimney sweeping certificate (Feuerstaettenschau, certificat de ramonage): one page,
    often A5, with a table of flues and tick boxes."""
    off = office(who, "sweep", ["stack", "rule", "plain"])
    lg = off.lang
    size = rng.choice([A5, A4])
    s = restyle(who.style, size, 36 if size == A5 else who.style.margin)
    w, h = size
    m = s.margin
    p = Page(size)
    y = letterhead(p, s, off)
    title = tr(
        lg,
        "Chimney Sweeping Certificate",
        "Bescheinigung ueber die Feuerstaettenschau",
        "Certificat de ramonage",
    )
    size_t = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(m, y + 4, title, s.bold, size_t)
    y += 24
    prop = resident(rng, lg)
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Property", "Liegenschaft", "Adresse"), f"{prop[1]}, {prop[2]}"),
                (tr(lg, "Owner / occupier", "Eigentuemer", "Occupant"), prop[0]),
                (tr(lg, "Date", "Datum", "Date"), when(off, some_day(rng))),
                (tr(lg, "Certificate no.", "Nr.", "N°"), refno(rng, "99999")),
            ],
            w - m,
        )
        + 8
    )
    f = Flow(size, h - m, lambda page, n: m)
    f.page, f.pages, f.y = p, [p], y
    rows = []
    for _ in range(rng.randint(1, 3)):
        rows.append(
            [
                rng.choice(
                    [
                        tr(lg, "Lounge", "Wohnzimmer", "Salon"),
                        tr(lg, "Kitchen", "Keller", "Cuisine"),
                        tr(lg, "Bedroom 1", "Dachgeschoss", "Chambre"),
                    ]
                ),
                rng.choice(
                    [
                        tr(lg, "Wood burner", "Kaminofen", "Insert bois"),
                        tr(lg, "Open fire", "Gasheizung", "Chaudiere fioul"),
                        tr(lg, "Oil boiler", "Oelkessel", "Poele a granules"),
                    ]
                ),
                rng.choice(["Swept", "Brushed", "Gefegt", "Ramonage"])
                if lg != "fr"
                else "Ramonage",
                rng.choice(
                    [tr(lg, "Pass", "i.O.", "Conforme"), tr(lg, "Advisory", "Maengel", "Reserve")]
                ),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1.1, "left"), (1.3, "left"), (1, "left"), (0.8, "left")]),
        [
            tr(lg, "Room", "Raum", "Piece"),
            tr(lg, "Appliance", "Feuerstaette", "Appareil"),
            tr(lg, "Work", "Arbeit", "Travaux"),
            tr(lg, "Result", "Ergebnis", "Resultat"),
        ],
        rows,
        s,
        rules=True,
    )
    y = f.y + 10
    for opt in [
        tr(
            lg,
            "Smoke draw test carried out",
            "Abgaswegeueberpruefung durchgefuehrt",
            "Test de tirage effectue",
        ),
        tr(lg, "CO alarm present", "Rauchwarnmelder vorhanden", "Detecteur de fumee present"),
        tr(lg, "Bird guard / cowl fitted", "Verbrennungsluft ausreichend", "Chapeau de cheminee"),
    ]:
        box(p, m, y, rng.random() < 0.75)
        p.text(m + 13, y, fit(opt, s.font, s.size - 1, w - 2 * m - 14), s.font, s.size - 1)
        y += 15
    y += 8
    for ln in wrap(
        tr(
            lg,
            "Next sweep recommended within 12 months.",
            "Naechste Feuerstaettenschau in 3,5 Jahren.",
            "Ramonage obligatoire une a deux fois par an.",
        ),
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size - 1)
        y += 13
    sweep = name_of(rng)
    p.text(w - m - 150, y + 26, sweep, "Times-Italic", 13)
    p.line(w - m - 160, y + 30, w - m, y + 30)
    p.text(w - m - 160, y + 40, fit(off.name, s.font, 7, 160), s.font, 7)
    return [p]


def tpl_window_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A page torn from a window cleaner's receipt book, printed heading with a serial number
    and the rest filled in by hand; small page."""
    off = office(who, "cleaner", ["plain"])
    size = rng.choice([A6, (283.0, 397.0), landscape(A6)])
    w, h = size
    m = 22.0
    p = Page(size)
    hand = rng.choice(["Times-Italic", "Courier-Oblique", "Helvetica-Oblique"])
    p.text(m, m + 4, fit(off.name, "Helvetica-Bold", 11, w - 2 * m - 50), "Helvetica-Bold", 11)
    p.text(m, m + 16, fit(f"{off.street}, {off.town}", "Helvetica", 7, w - 2 * m), "Helvetica", 7)
    p.text(m, m + 26, f"Tel. {off.phone}", "Helvetica", 7)
    p.text(w - m, m + 4, f"No {rng.randint(1, 999):04d}", "Courier-Bold", 11, "right")
    y = m + 44
    p.text(w / 2, y, "RECEIPT", "Helvetica-Bold", 12, "center")
    y += 20
    cust = resident(rng, "en")
    amount = rng.choice([12, 15, 18, 20, 25, 30, 35, 45])
    for lab, val in [
        ("Date", date_text(some_day(rng), "en", "short")),
        ("Received from", cust[0]),
        ("Address", cust[1]),
        (
            "The sum of",
            rng.choice(
                [
                    "twelve",
                    "fifteen",
                    "eighteen",
                    "twenty",
                    "twenty five",
                    "thirty",
                    "thirty five",
                    "forty five",
                ]
            )
            + " pounds",
        ),
        (
            "For",
            rng.choice(
                [
                    "windows front & back",
                    "windows, frames & sills",
                    "gutter clear + windows",
                    "conservatory roof",
                ]
            ),
        ),
    ]:
        p.text(m, y, lab, "Helvetica", 8)
        lx = m + tw(lab, "Helvetica", 8) + 6
        p.line(lx, y + 2, w - m, y + 2)
        p.text(lx + 4, y - 1, fit(val, hand, 11, w - m - lx - 6), hand, 11)
        y += 22
    p.rect(m, y, 90, 26)
    p.text(m + 4, y + 10, "GBP", "Helvetica", 7)
    p.text(m + 30, y + 19, f"{amount}.00", hand, 13)
    p.text(
        w - m - 10,
        y + 19,
        rng.choice(["Paid with thanks", "cash", "paid", "Pd"]),
        hand,
        11,
        "right",
    )
    y += 40
    if y + 20 < h - m:
        p.text(m, min(y + 10, h - m), "Thank you for your custom", "Helvetica-Oblique", 7)
    return [p]


def tpl_recall_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's product safety recall notice: banner, affected models, what to do and
    often a reply form; 1-2 pages."""
    off = office(who, "maker")
    lg = off.lang
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = doc_flow(s, off, off.name)
    to = resident(rng, lg)
    product = rng.choice(
        [
            tr(lg, "electric fan heater", "Kinderhochstuhl", "plaque a induction"),
            tr(lg, "cooker hood", "Babybett", "four encastrable"),
        ]
    )
    model = refno(rng, "AA-999")
    to_and_refs(
        f,
        s,
        off,
        to,
        [(tr(lg, "Case no.", "Vorgang", "Dossier"), refno(rng, "RC99999"))],
        some_day(rng),
    )
    f.page.rect(m, f.y - 14, w - 2 * m, 26, fill=0.15)
    f.page.rect(m + 3, f.y - 11, w - 2 * m - 6, 20, fill=0.95)
    f.page.text(
        w / 2,
        f.y + 3,
        tr(
            lg,
            "IMPORTANT SAFETY RECALL",
            "WICHTIGER SICHERHEITSRUECKRUF",
            "RAPPEL DE PRODUIT - SECURITE",
        ),
        s.bold,
        s.size + 4,
        "center",
    )
    f.y += 30
    greeting(f, s, lg, to[0])
    prose(
        f,
        s,
        tr(
            lg,
            f"Our records show that you bought or registered a {product}, model {model}. We have "
            "found that a small number of these units may develop a fault.",
            f"Sie haben bei uns einen {product}, Modell {model}, gekauft oder registriert.",
            f"Vous avez achete une {product}, modele {model}.",
        ),
    )
    prose(f, s, para(rng, "recall", lg))
    rows = [
        [
            f"{model}{rng.choice(['', 'B', 'W', '/2'])}",
            refno(rng, "99A9999 - 99A9999"),
            date_text(some_day(rng), lg, "short"),
        ]
        for _ in range(rng.randint(1, 4))
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (2, "left"), (1, "left")]),
        [
            tr(lg, "Model", "Modell", "Modele"),
            tr(lg, "Serial numbers", "Seriennummern", "Numeros de serie"),
            tr(lg, "Made until", "Hergestellt bis", "Fabrique jusqu'au"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 8
    heading(f, s, tr(lg, "What you should do", "Was Sie tun sollten", "Que faire ?"))
    bullets(
        f,
        s,
        [
            tr(
                lg,
                "Stop using the product now and unplug it.",
                "Benutzen Sie das Produkt nicht mehr.",
                "Cessez immediatement d'utiliser le produit.",
            ),
            tr(
                lg,
                "Call our free recall line or return the form below.",
                "Rufen Sie unsere kostenlose Hotline an.",
                "Appelez notre numero vert.",
            ),
            tr(
                lg,
                "We will repair or replace it free of charge, or refund you.",
                "Wir reparieren oder ersetzen es kostenlos.",
                "Nous le reparerons ou le remplacerons gratuitement.",
            ),
        ],
    )
    prose(f, s, para(rng, "recall", lg, (1, 2)))
    signature(
        f,
        s,
        lg,
        name_of(rng),
        tr(lg, "Head of Product Safety", "Produktsicherheit", "Responsable qualite"),
    )
    if rng.random() < 0.55:
        f.new_page()
        heading(f, s, tr(lg, "Reply form", "Rueckantwort", "Coupon-reponse"), 3)
        for lab in [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Address", "Anschrift", "Adresse"),
            tr(lg, "Telephone", "Telefon", "Telephone"),
            tr(lg, "Serial number", "Seriennummer", "Numero de serie"),
        ]:
            f.page.text(m, f.y, lab, s.font, s.size)
            f.page.line(m + 100, f.y + 2, w - m, f.y + 2)
            f.y += 26
        for opt in [
            tr(
                lg,
                "Please collect and replace my product",
                "Bitte holen Sie das Produkt ab",
                "Je souhaite un echange",
            ),
            tr(
                lg,
                "I would like a refund",
                "Ich moechte eine Erstattung",
                "Je souhaite un remboursement",
            ),
            tr(
                lg,
                "I no longer have the product",
                "Ich besitze das Produkt nicht mehr",
                "Je n'ai plus le produit",
            ),
        ]:
            box(f.page, m, f.y, False)
            f.page.text(m + 14, f.y, opt, s.font, s.size)
            f.y += 18
    finish(f.pages, s, off)
    return f.pages


def tpl_p45(rng: random.Random, who: Issuer) -> list[Page]:
    """A P45 leaver form: Part 1A, Part 2 and Part 3 on separate pages with the same numbered
    boxes, sometimes with the employer's covering note in front."""
    off = office(who, "employer")
    s = who.style
    w, h = s.page_size
    m = s.margin
    emp = resident(rng, "en")
    paye = refno(rng, "999/AA99999")
    nino = refno(rng, "AA 99 99 99 A")
    left = some_day(rng)
    pay = rng.uniform(3000, 48000)
    tax = pay * rng.uniform(0.08, 0.2)
    code = rng.choice(["1257L", "1257L", "BR", "1100L", "K475", "1257L W1/M1"])
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = doc_flow(s, off)
        to_and_refs(f, s, off, emp, [("Payroll no.", refno(rng, "9999"))], left + timedelta(days=3))
        greeting(f, s, "en", emp[0])
        prose(
            f,
            s,
            "Please find enclosed your P45, Parts 1A, 2 and 3. Keep Part 1A for your "
            "records and give Parts 2 and 3 to your new employer.",
        )
        prose(
            f, s, "Your final pay, including any holiday pay owed, was paid on the normal pay date."
        )
        signature(f, s, "en", name_of(rng), "Payroll")
        pages += f.pages
    parts_ = [
        ("Part 1A", "Copy for employee"),
        ("Part 2", "Details of employee leaving work - copy for new employer"),
        ("Part 3", "New employee details - for completion by new employer"),
    ]
    for part, what in parts_:
        p = Page(s.page_size)
        p.text(m, m, "P45", "Helvetica-Bold", 22)
        p.text(m + 60, m - 6, part, "Helvetica-Bold", 12)
        p.text(m + 60, m + 7, fit(what, s.font, 8.5, w - 2 * m - 60), s.font, 8.5)
        p.text(w - m, m - 6, "HM Revenue & Customs", "Helvetica-Bold", 9, "right")
        p.line(m, m + 16, w - m, m + 16)
        y = m + 30
        fw = w - 2 * m
        boxes = [
            ("1 Employer PAYE reference", paye, fw / 2 - 5),
            ("2 Employee's National Insurance number", nino, fw / 2 - 5),
            (
                "3 Title - enter MR, MRS, MISS, MS or other title",
                rng.choice(["MR", "MRS", "MS", "MISS"]),
                fw / 2 - 5,
            ),
            ("4 Leaving date DD MM YYYY", left.strftime("%d %m %Y"), fw / 2 - 5),
            ("Surname or family name", emp[0].split()[-1].upper(), fw),
            ("First name(s)", emp[0].split()[0].upper(), fw),
            ("5 Student Loan deductions", rng.choice(["", "Y"]), fw / 2 - 5),
            ("6 Tax code at leaving date", code, fw / 2 - 5),
            ("7 Total pay to date", money(pay), fw / 2 - 5),
            ("   Total tax to date", money(tax), fw / 2 - 5),
            ("8 Employee's private address", f"{emp[1]}, {emp[2]}", fw),
        ]
        x = m
        for lab, val, bw in boxes:
            if x + bw > w - m + 1:
                x = m
                y += 38
            labelled_box(p, x, y, bw, 32, lab, val, "Courier", 10)
            x += bw + 10
        y += 50
        if part == "Part 3":
            p.text(m, y, "To the new employer", s.bold, s.size)
            y += 16
            for lab in [
                "New employer PAYE reference",
                "Date new employment started",
                "Works number / payroll ID",
            ]:
                p.text(m, y, lab, s.font, s.size - 1)
                comb(p, m + 190, y - 11, 12, "", "Courier", 13)
                y += 22
        else:
            for t in [
                "Certificate by employer/pension payer: I certify that the details entered in "
                "items 1 to 8 are correct.",
                f"Employer name and address: {off.name}, {off.street}, {off.town}",
            ]:
                y = text_block(p, s, m, y, fw, t, s.size - 1)
        p.text(m, h - 28, "P45(Manual) Employer version", "Helvetica", 7)
        pages.append(p)
    finish(pages[:-3], s, off, numbers="none")
    return pages


WORKS = [
    "two storey rear extension",
    "erection of 4 dwellings",
    "change of use to HMO",
    "dormer loft conversion",
]


def tpl_planning_objection(rng: random.Random, who: Issuer) -> list[Page]:
    """A neighbour's typed letter objecting to a planning application: no letterhead, the
    writer's address top right, numbered grounds; 1-2 pages."""
    s = who.style
    w, h = s.page_size
    m = s.margin
    me = resident(rng, "en")
    app = refno(rng, "99/99999/AAA")[:-3] + rng.choice(["FUL", "HOU", "OUT"])
    site = f"{rng.randint(1, 140)} {rng.choice(ROADS['en'])}"
    council = random.Random(zlib.crc32(who.name.encode())).choice(OFFICES["planning"])[0]

    def start(page: Page, n: int) -> float:
        if n > 1:
            return m
        y = m
        for ln in [me[0], me[1], me[2]]:
            page.text(w - m, y, ln, s.font, s.size, "right")
            y += s.size * 1.35
        return y + 10

    f = Flow(s.page_size, h - m - 10, start)
    f.page.text(
        w - m,
        f.y,
        date_text(some_day(rng), "en", rng.choice(["long", "short"])),
        s.font,
        s.size,
        "right",
    )
    f.y += 20
    for ln in ["Development Management", council, "By email and post"]:
        f.page.text(m, f.y, fit(ln, s.font, s.size, w / 2), s.font, s.size)
        f.y += s.size * 1.35
    f.y += 14
    heading(f, s, f"Objection to planning application {app}")
    f.page.text(
        m,
        f.y,
        fit(
            f"Site: {site} - {rng.choice(WORKS)}",
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 2.2
    f.page.text(m, f.y, "Dear Sir or Madam,", s.font, s.size)
    f.y += s.size * 2
    prose(
        f,
        s,
        f"I live at the property next to {site} and wish to object to the above application on "
        "the following grounds:",
    )
    for k in range(rng.randint(3, 8)):
        prose(f, s, f"{k + 1}. " + para(rng, "planning", "en", (1, 3)), indent=10)
    prose(
        f,
        s,
        "I would ask that the application is refused, or that it is decided by the planning "
        "committee. I would like to speak at the meeting.",
    )
    f.need(80)
    f.page.text(m, f.y, "Yours faithfully,", s.font, s.size)
    f.page.text(m + 4, f.y + 28, me[0], "Times-Italic", 14)
    f.page.text(m, f.y + 46, me[0], s.font, s.size)
    f.y += 60
    if rng.random() < 0.3:
        number_pages(f.pages, s, "{i}", "bc")
    return f.pages


def tpl_planning_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's acknowledgement of comments on a planning application; one page."""
    off = office(who, "planning", ["split", "stack", "rule", "band"])
    s = who.style
    f = doc_flow(s, off)
    to = resident(rng, "en")
    app = refno(rng, "99/99999/") + rng.choice(["FUL", "HOU", "OUT"])
    to_and_refs(
        f, s, off, to, [("Application", app), ("Case officer", name_of(rng))], some_day(rng)
    )
    heading(f, s, f"Town and Country Planning Act 1990 - application {app}", 1)
    greeting(f, s, "en", to[0])
    prose(
        f,
        s,
        "Thank you for your comments on the above application, which were received on "
        f"{when(off, some_day(rng))}. They will be taken into account when the application is "
        "decided.",
    )
    prose(
        f,
        s,
        "Please note that comments cannot be treated as confidential; they will be published "
        "on our website with your address, but not your signature, email or phone number.",
    )
    if rng.random() < 0.6:
        prose(f, s, para(rng, "planning", "en", (1, 3)))
    prose(
        f,
        s,
        "You can follow the progress of the application online. We will not write to you "
        "again unless the application goes to the planning committee.",
    )
    signature(f, s, "en", name_of(rng), "Development Management")
    finish(f.pages, s, off, numbers="none")
    return f.pages


def tpl_dental_recall(rng: random.Random, who: Issuer) -> list[Page]:
    """A dental check-up recall postcard (A6 landscape): practice on the left, patient address on
    the right, divided by a rule."""
    off = office(who, "dentist", ["plain"])
    size = landscape(A6)
    w, h = size
    m = 20.0
    p = Page(size)
    pt = resident(rng, "en")
    mid = w * 0.52
    p.line(mid, m, mid, h - m)
    p.text(m, m + 8, fit(off.name, "Helvetica-Bold", 10, mid - m - 8), "Helvetica-Bold", 10)
    p.text(
        m, m + 20, fit(f"{off.street}, {off.town}", "Helvetica", 6.5, mid - m - 8), "Helvetica", 6.5
    )
    y = m + 44
    title = rng.choice(["Time for your check-up!", "Your dental recall", "We miss your smile"])
    p.text(m, y, fit(title, "Times-Bold", 13, mid - m - 8), "Times-Bold", 13)
    y += 16
    t = rng.choice(
        [
            f"Our records show your next examination is due. Please call {off.phone} to book.",
            f"You are due for a check-up and hygienist visit. Book online or on {off.phone}.",
        ]
    )
    for ln in wrap(t, "Helvetica", 8, mid - m - 10):
        p.text(m, y, ln, "Helvetica", 8)
        y += 10
    if rng.random() < 0.5:
        appt = some_day(rng)
        p.rect(m, y + 4, mid - m - 12, 30)
        p.text(m + 4, y + 16, "Appointment", "Helvetica", 7)
        p.text(
            m + 4,
            y + 28,
            f"{date_text(appt, 'en', 'short')}  "
            f"{rng.randint(8, 16)}:{rng.choice(['00', '20', '40'])}",
            "Courier-Bold",
            9,
        )
    p.rect(w - m - 40, m, 40, 46)
    p.text(w - m - 20, m + 26, "2nd", "Helvetica", 8, "center")
    y = h / 2
    for ln in pt:
        p.text(mid + 14, y, fit(ln, "Helvetica", 9, w - mid - m - 14), "Helvetica", 9)
        y += 12
    return [p]


def tpl_lab_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A pathology request form: patient and clinician boxes, test panels as tick lists in
    columns, sample details and a label area with a barcode; one page."""
    off = office(who, "lab", ["split", "boxed", "stack"])
    lg = off.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = letterhead(p, s, off)
    title = tr(lg, "PATHOLOGY REQUEST FORM", "UNTERSUCHUNGSAUFTRAG LABOR")
    p.text(m, y + 4, title, s.bold, s.size + 4)
    y += 18
    pt = resident(rng, lg)
    fw = w - 2 * m
    dob = date(rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28))
    for row in [
        [
            (tr(lg, "Surname", "Name"), pt[0].split()[-1].upper(), 0.5),
            (tr(lg, "Forename", "Vorname"), pt[0].split()[0], 0.5),
        ],
        [
            (tr(lg, "Date of birth", "Geburtsdatum"), date_text(dob, lg, "short"), 0.3),
            (
                tr(lg, "Sex", "Geschlecht"),
                rng.choice(["M", "F"]) if lg == "en" else rng.choice(["m", "w"]),
                0.15,
            ),
            (
                tr(lg, "NHS / hospital no.", "Versichertennr."),
                refno(rng, "999 999 9999") if lg == "en" else refno(rng, "A999999999"),
                0.55,
            ),
        ],
        [(tr(lg, "Address", "Anschrift"), f"{pt[1]}, {pt[2]}", 1.0)],
        [
            (tr(lg, "Requesting clinician", "Einsender / Arzt"), "Dr " + name_of(rng), 0.5),
            (
                tr(lg, "Clinical details", "Diagnose / Fragestellung"),
                rng.choice(
                    [
                        "tired all the time",
                        "?anaemia",
                        "annual review DM2",
                        "HTN monitoring",
                        "Kontrolle",
                        "V.a. Hypothyreose",
                    ]
                ),
                0.5,
            ),
        ],
    ]:
        x = m
        for lab, val, frac in row:
            bw = (fw - 10 * (len(row) - 1)) * frac
            labelled_box(p, x, y, bw, 28, lab, val, "Courier", 9)
            x += bw + 10
        y += 34
    y += 8
    panels = {
        tr(lg, "Haematology", "Haematologie"): [
            "FBC",
            "ESR",
            "Coag screen",
            "Ferritin",
            "B12 / folate",
        ],
        tr(lg, "Biochemistry", "Klinische Chemie"): [
            "U&E",
            "LFT",
            "Lipids",
            "HbA1c",
            "TFT",
            "CRP",
            "Bone profile",
        ],
        tr(lg, "Microbiology", "Mikrobiologie"): [
            "MSU",
            "Wound swab",
            "Stool MC&S",
            "Throat swab",
            "Chlamydia PCR",
        ],
    }
    cw = fw / 3
    rows_max = 0
    for c, (title_, tests) in enumerate(panels.items()):
        x = m + c * cw
        p.rect(x, y, cw - 6, 16, fill=0.88)
        p.text(x + 4, y + 11, fit(title_, s.bold, s.size - 1, cw - 14), s.bold, s.size - 1)
        for k, t in enumerate(tests):
            yy = y + 32 + k * 15
            box(p, x + 4, yy, rng.random() < 0.3)
            p.text(x + 17, yy, t, s.font, s.size - 1)
        rows_max = max(rows_max, len(tests))
    y += 32 + rows_max * 15 + 10
    p.text(m, y, tr(lg, "Other tests:", "Weitere Untersuchungen:"), s.font, s.size - 1)
    p.line(m + 80, y + 2, w - m, y + 2)
    y += 24
    for k, lab in enumerate(
        [
            tr(lg, "Sample taken (date/time)", "Entnahme (Datum/Uhrzeit)"),
            tr(lg, "Fasting", "Nuechtern"),
            tr(lg, "Taken by", "Abgenommen von"),
        ]
    ):
        labelled_box(p, m + k * fw / 3, y, fw / 3 - 6, 28, lab, "", "Courier", 9)
    y += 44
    if y + 90 < h - m:
        p.rect(m, y, 200, 80)
        p.text(
            m + 4,
            y + 10,
            tr(lg, "Affix sample label here", "Etikett hier aufkleben"),
            "Helvetica",
            7,
        )
        code = refno(rng, "L99999999")
        bx = w - m - bar_width("code128", code)
        p.barcode("code128", code, bx, y + 4)
    p.text(
        m,
        h - 26,
        tr(
            lg,
            "Form PATH/REQ/3 - incomplete forms may delay results",
            "Muster 10 - Auftrag bitte vollstaendig ausfuellen",
        ),
        "Helvetica",
        7,
    )
    return [p]


TEMPLATES_I: dict[str, Template] = {
    "parking_permit": tpl_parking_permit,
    "meal_menu": tpl_meal_menu,
    "meter_exchange": tpl_meter_exchange,
    "roadworks_notice": tpl_roadworks_notice,
    "broadcast_fee": tpl_broadcast_fee,
    "vehicle_tax": tpl_vehicle_tax,
    "jury_summons": tpl_jury_summons,
    "electoral_form": tpl_electoral_form,
    "credit_report": tpl_credit_report,
    "mortgage_offer": tpl_mortgage_offer,
    "probate_letter": tpl_probate_letter,
    "funeral_account": tpl_funeral_account,
    "chimney_cert": tpl_chimney_cert,
    "window_receipt": tpl_window_receipt,
    "recall_notice": tpl_recall_notice,
    "p45": tpl_p45,
    "planning_objection": tpl_planning_objection,
    "planning_ack": tpl_planning_ack,
    "dental_recall": tpl_dental_recall,
    "lab_request": tpl_lab_request,
}
#: One-page kinds that a batch often holds 2-3 of in a row from one sender.
RUN_KINDS = (
    "parking_permit",
    "broadcast_fee",
    "vehicle_tax",
    "chimney_cert",
    "window_receipt",
    "dental_recall",
    "lab_request",
)
#: A kind that is often followed by another kind (same batch, matching sender seed).
FOLLOWS = {"planning_objection": "planning_ack", "funeral_account": "probate_letter"}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_ledger_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-2 more of the same kind from
    the same sender follow with probability 0.45; a planning objection is followed by the
    council's acknowledgement, a funeral account by the estate letter, with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.45)
    return assemble_stream(rng, TEMPLATES_I, n_docs, separators, run_odds, follows=FOLLOWS)


generate = part_generate(PART, SEED_OFFSET, make_ledger_stream, "templates I")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

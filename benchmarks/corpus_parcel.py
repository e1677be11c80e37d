"""Parcel part of the generated corpus: templates M, written blind for the next measurement.

A thirteenth part, ``parcel``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the paperwork of a household's
dealings with hospitals, schools, universities, councils, courts, employers, energy suppliers
and travel companies, fed through a scanner in one go: private hospital bill itemisations
(or a German Krankenhausrechnung), GP practice registration forms with the practice leaflet,
school admission appeal decisions, conditional university offers with the reply form,
apprenticeship agreements (or a German Berufsausbildungsvertrag), workplace pension joining
packs, council tenancy rent statements, housing benefit decisions with the calculation,
energy switching welcome packs, smart meter installation reports, car park season ticket
invoices, airline property irregularity (lost baggage) reports, travel insurance claim forms,
passport / Personalausweis / carte d'identite renewal reminders, dog registrations (or a
German Hundesteuerbescheid), legal aid means assessments with the contribution schedule,
court fee remission decisions, tax payment plans (time to pay, German Ratenzahlung or a
French plan de reglement), Blue Badge decisions with the holder's leaflet and association
membership receipts (A6, English, German Verein or French association). Some senders write in
German or French; page sizes range from A6 receipts through A5 to A4, Letter and landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as rent
statements, season ticket invoices, renewal reminders, membership receipts and baggage reports
often come 2-4 in a row from one sender, and companions: an energy welcome pack is often
followed by the smart meter installation report, a hospital bill by the travel insurance claim
form, a legal aid assessment by the court fee decision, a housing benefit decision by the rent
statement, an apprenticeship agreement by the workplace pension joining pack. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "parcel"`` and seeds offset by 1_200_000.

Usage: ``python benchmarks/corpus_parcel.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/parcel/parcel_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    Flow,
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
from corpus_kit import address as window
from corpus_kit import currency as cur

PART = "parcel"
SEED_OFFSET = 1_200_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Sender rows: name, language, street, town, telephone.
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "hospital": [
        (
            "The Harrowden Private Hospital",
            "en",
            "Harrowden Road",
            "Bedford MK42 9AB",
            "01234 560 400",
        ),
        ("St Aldhelm's Clinic", "en", "4 Cathedral Green", "Wells BA5 2UE", "01749 671 300"),
        ("Klinikum Sachsenhausen gGmbH", "de", "Schulstrasse 31", "60594 Frankfurt", "069 66 05-0"),
        ("Clinique du Parc Procé", "fr", "27 rue Paul Bellamy", "44000 Nantes", "02 40 35 71 00"),
    ],
    "surgery": [
        ("Riverside Medical Practice", "en", "Bridge Street", "Bedford MK40 1AB", "01234 350 011"),
        ("Mendip Vale Surgery", "en", "Station Road", "Wells BA5 1AX", "01749 672 137"),
        ("The Elms Health Centre", "en", "2 Elm Grove", "Shrewsbury SY3 8AE", "01743 244 900"),
    ],
    "admissions": [
        (
            "Bedford Borough Council - School Admissions",
            "en",
            "Borough Hall, Cauldwell Street",
            "Bedford MK42 9AP",
            "01234 228 820",
        ),
        (
            "Independent Appeals Panel - Somerset",
            "en",
            "County Hall",
            "Taunton TA1 4DY",
            "0300 123 2224",
        ),
        (
            "Shropshire Council - Admission Appeals",
            "en",
            "Shirehall, Abbey Foregate",
            "Shrewsbury SY2 6ND",
            "0345 678 9008",
        ),
    ],
    "university": [
        (
            "University of Westmarch",
            "en",
            "Admissions Office, Clifton Lane",
            "Nottingham NG11 8NS",
            "0115 941 8418",
        ),
        (
            "Severnside University",
            "en",
            "Recruitment & Admissions, Frenchay Campus",
            "Bristol BS16 1QY",
            "0117 328 3333",
        ),
        (
            "Lancaster Fells University",
            "en",
            "Bailrigg House",
            "Lancaster LA1 4YW",
            "01524 592 028",
        ),
    ],
    "employer": [
        (
            "Harwell Precision Engineering Ltd",
            "en",
            "Unit 4, Stannard Way",
            "Bedford MK44 3RZ",
            "01234 741 800",
        ),
        (
            "Mendip Care Group",
            "en",
            "Lime Tree House, Priory Road",
            "Wells BA5 1SR",
            "01749 860 200",
        ),
        (
            "Elektro Hartmann GmbH & Co. KG",
            "de",
            "Hanauer Landstrasse 190",
            "60314 Frankfurt",
            "069 40 58 33-0",
        ),
        ("Autohaus Brenner", "de", "Mainzer Landstrasse 402", "60326 Frankfurt", "069 73 91 02-0"),
    ],
    "pension": [
        ("Lifetime Workplace Savings", "en", "PO Box 10112", "Leeds LS1 9DZ", "0345 600 1470"),
        (
            "Penderyn Pension Trust",
            "en",
            "Penderyn House, Kings Road",
            "Cardiff CF11 9DF",
            "0300 303 1950",
        ),
        ("Harbour Master Trust", "en", "PO Box 2272", "Peterborough PE2 6WR", "0344 209 8880"),
    ],
    "housing": [
        (
            "Bedford Borough Council - Housing Income",
            "en",
            "Borough Hall, Cauldwell Street",
            "Bedford MK42 9AP",
            "01234 718 099",
        ),
        ("Mendip Homes", "en", "Court Street", "Wells BA5 1EJ", "0300 123 1122"),
        (
            "Shropshire Towns & Rural Housing",
            "en",
            "Tannery House, Barker Street",
            "Shrewsbury SY1 1QJ",
            "0800 169 0012",
        ),
    ],
    "benefits": [
        (
            "Bedford Borough Council - Revenues & Benefits",
            "en",
            "PO Box 1245",
            "Bedford MK42 9AP",
            "01234 718 016",
        ),
        (
            "Somerset Council - Benefits Service",
            "en",
            "PO Box 793",
            "Taunton TA1 9DA",
            "0300 123 2222",
        ),
    ],
    "energy": [
        (
            "Kinetic Home Energy",
            "en",
            "Kinetic House, Forbury Road",
            "Reading RG1 3JD",
            "0330 100 6200",
        ),
        ("Bright Meadow Energy Ltd", "en", "PO Box 8240", "Gloucester GL1 9WQ", "0800 048 5500"),
        ("Mainova Zuhause", "de", "Solmsstrasse 38", "60486 Frankfurt", "069 213-81 1 10"),
    ],
    "meterop": [
        (
            "Siemens Smart Metering Services",
            "en",
            "Field Operations",
            "Daventry NN11 8YJ",
            "0330 024 9010",
        ),
        (
            "Calibre Metering Ltd",
            "en",
            "Unit 7, Newton Court",
            "Warrington WA2 8TN",
            "01925 290 400",
        ),
    ],
    "carpark": [
        ("ParkRight Car Parks Ltd", "en", "28 Horne Lane", "Bedford MK40 1RA", "01234 266 190"),
        (
            "Mendip Council Parking Services",
            "en",
            "Cannards Grave Road",
            "Shepton Mallet BA4 5BT",
            "0300 123 2244",
        ),
        (
            "Parkhaus Konstablerwache GmbH",
            "de",
            "Kurt-Schumacher-Strasse 10",
            "60311 Frankfurt",
            "069 28 28 90",
        ),
    ],
    "airline": [
        (
            "Skylark Air",
            "en",
            "Baggage Services, Terminal 1",
            "London Luton Airport LU2 9LY",
            "0344 477 0300",
        ),
        ("Atlantica Airways", "en", "Central Baggage Tracing", "Gatwick RH6 0NP", "0330 088 1122"),
        (
            "Air Loire Regional",
            "fr",
            "Service Bagages, Aeroport Nantes Atlantique",
            "44346 Bouguenais",
            "02 40 84 80 00",
        ),
    ],
    "travelins": [
        (
            "Wayfarer Travel Insurance",
            "en",
            "Claims Department, PO Box 6044",
            "Swindon SN1 9AZ",
            "0345 072 8110",
        ),
        (
            "Globetrek Assurance Ltd",
            "en",
            "Globetrek House, Station Road",
            "Ipswich IP1 1XB",
            "0330 440 0800",
        ),
        (
            "ERV Reiseversicherung",
            "de",
            "Thomas-Dehler-Strasse 2",
            "81737 Muenchen",
            "089 41 66-00",
        ),
    ],
    "passport": [
        ("HM Passport Office", "en", "PO Box 767", "Durham DH98 1WQ", "0300 222 0000"),
        (
            "Stadt Frankfurt am Main - Buergeramt",
            "de",
            "Zeil 3",
            "60313 Frankfurt",
            "069 212-4 00 00",
        ),
        (
            "Mairie de Nantes - Titres d'identite",
            "fr",
            "2 rue de l'Hotel de Ville",
            "44094 Nantes Cedex 1",
            "02 40 41 90 00",
        ),
    ],
    "animals": [
        (
            "Bedford Borough Council - Animal Welfare",
            "en",
            "Borough Hall",
            "Bedford MK42 9AP",
            "01234 718 060",
        ),
        (
            "Stadtkasse Frankfurt - Hundesteuer",
            "de",
            "Kleyerstrasse 86",
            "60326 Frankfurt",
            "069 212-3 40 50",
        ),
        (
            "Petlog Microchip Registry",
            "en",
            "Kennel Club Buildings",
            "Aylesbury HP22 5SX",
            "01296 336 579",
        ),
    ],
    "legalaid": [
        (
            "Legal Aid Agency - Crime Means Testing",
            "en",
            "PO Box 360",
            "Liverpool L69 2UH",
            "0300 200 2020",
        ),
        (
            "Legal Aid Agency - Civil Finance",
            "en",
            "102 Petty France",
            "London SW1H 9AJ",
            "0300 200 2020",
        ),
    ],
    "court": [
        ("HMCTS - Help with Fees Centre", "en", "PO Box 12746", "Harlow CM20 9QZ", "0300 123 7050"),
        (
            "Bedford County Court and Family Court",
            "en",
            "3 St Paul's Square",
            "Bedford MK40 1SQ",
            "0300 123 5577",
        ),
    ],
    "taxoffice": [
        ("HM Revenue & Customs - Payment Support Service", "en", "BX9 1AS", "", "0300 200 3835"),
        (
            "Finanzamt Frankfurt am Main III",
            "de",
            "Gutleutstrasse 118",
            "60327 Frankfurt",
            "069 2545-0",
        ),
        (
            "Centre des Finances Publiques Nantes Sud",
            "fr",
            "2 rue du General Margueritte",
            "44035 Nantes Cedex 1",
            "02 40 69 35 00",
        ),
    ],
    "badge": [
        (
            "Bedford Borough Council - Blue Badge Team",
            "en",
            "Borough Hall",
            "Bedford MK42 9AP",
            "01234 276 270",
        ),
        (
            "Somerset Council - Blue Badge Service",
            "en",
            "County Hall",
            "Taunton TA1 4DY",
            "0300 123 2224",
        ),
    ],
    "assoc": [
        ("Bedford Rowing Club", "en", "The Embankment", "Bedford MK40 3PD", ""),
        ("Wells Choral Society", "en", "c/o 7 Vicars' Close", "Wells BA5 2UJ", ""),
        ("Kleingartenverein Niddatal e.V.", "de", "Am Brueckengarten 3", "60488 Frankfurt", ""),
        ("Foyer Laique de Chantenay", "fr", "5 place Jean Macé", "44100 Nantes", ""),
        (
            "St Mary's Parish Church - Friends",
            "en",
            "The Parish Office, Church Lane",
            "Shrewsbury SY1 1UG",
            "",
        ),
    ],
}
#: Public bodies: no company registration footer.
PUBLIC = {
    "surgery",
    "admissions",
    "housing",
    "benefits",
    "passport",
    "animals",
    "legalaid",
    "court",
    "taxoffice",
    "badge",
    "assoc",
    "university",
}
PEOPLE = {
    "en": [
        "Chloe Ashworth",
        "Daniel Okafor",
        "Priya Chandran",
        "Tomasz Wisniewski",
        "Eleanor Marsh",
        "Callum Fraser",
        "Yasmin Haddad",
        "Gareth Prosser",
        "Ruth Abernethy",
        "Liam Donnelly",
        "Aisha Mahmood",
        "Oliver Tennant",
    ],
    "de": [
        "Lena Vogt",
        "Jonas Baumann",
        "Aylin Demir",
        "Florian Scholz",
        "Miriam Kessler",
        "Tobias Wirth",
    ],
    "fr": ["Camille Rouxel", "Hugo Lemaitre", "Ines Benali", "Mathis Guillou", "Lea Fournier"],
}
KIDS = ["Freya", "Noah", "Amelia", "Zain", "Isabelle", "Reuben", "Niamh", "Jacob"]
ROADS = {
    "en": [
        "Kimbolton Road",
        "Tavistock Street",
        "Chamberlain Street",
        "Portland Road",
        "Belle Vue Road",
        "Ashton Crescent",
        "Priory Walk",
    ],
    "de": ["Schweizer Strasse", "Textorstrasse", "Wallstrasse", "Homburger Landstrasse"],
    "fr": ["rue de la Bastille", "boulevard Guist'hau", "rue Paul Bert", "rue Fouré"],
}
TOWNS = {
    "en": [
        "Bedford MK40 2QA",
        "Bedford MK41 7DH",
        "Wells BA5 2PD",
        "Shrewsbury SY2 5BT",
        "Kempston MK42 8NP",
    ],
    "de": ["60594 Frankfurt", "60316 Frankfurt", "60433 Frankfurt", "61352 Bad Homburg"],
    "fr": ["44000 Nantes", "44100 Nantes", "44300 Nantes", "44400 Reze"],
}
VOCAB = {
    "en": {
        "glue": "the of and to in for with on as by this that your you we our is are be "
        "from at will any if all may",
        "care": "treatment admission ward consultant theatre procedure discharge nursing "
        "medication pathology imaging room episode patient",
        "school": "panel appeal admission authority oversubscription criteria catchment "
        "sibling distance prejudice class size parents evidence",
        "study": "programme offer condition grades qualification enrolment accommodation "
        "tuition fees student finance visa deadline",
        "work": "apprentice training provider employer off-the-job learning hours wage "
        "assessment standard review endpoint supervisor",
        "money": "income capital savings contribution allowance deduction earnings "
        "assessment evidence benefit rent household award",
        "energy": "supply tariff meter reading direct debit unit rate standing charge "
        "account switch supplier cooling off",
        "travel": "flight baggage delay receipts cancellation excess policy claim "
        "medical expenses passport luggage airline",
        "rules": "court application fee remission evidence income household capital "
        "partner benefits refund decision review",
    },
    "de": {
        "glue": "die der das und zu im fuer mit auf als von dass Ihre wir unsere ist sind "
        "wird bei nach den dem",
        "care": "Behandlung Aufnahme Station Chefarzt Operation Entlassung Pflege "
        "Wahlleistung Unterkunft Fallpauschale Zuzahlung",
        "work": "Ausbildung Ausbildende Berufsschule Probezeit Urlaub Verguetung "
        "Ausbildungsnachweis Pruefung Betrieb Kammer",
        "money": "Steuer Rate Stundung Zinsen Rueckstand Zahlung Antrag Faelligkeit "
        "Vollstreckung Sicherheit Einkommen",
    },
    "fr": {
        "glue": "le la les et de du pour avec sur par que votre vos nous est sont sera au aux",
        "care": "sejour hospitalisation chambre forfait journalier mutuelle prise charge "
        "acte honoraires depassement patient",
        "money": "impot echeance plan reglement majoration delai paiement solde "
        "prelevement comptable situation",
    },
}


def chatter(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A made-up sentence on ``topic`` in ``lang`` (the English words if ``lang`` has none)."""
    pool = VOCAB[lang] if topic in VOCAB[lang] else VOCAB["en"]
    glue = pool["glue"].split()
    own = pool[topic].split()
    got = [
        rng.choice(own) if rng.random() < 0.45 else rng.choice(glue)
        for _ in range(n or rng.randint(9, 18))
    ]
    text = " ".join(got)
    return text[:1].upper() + text[1:] + "."


def chat(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(chatter(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def when(rng: random.Random) -> date:
    return date(2023, 1, 9) + timedelta(days=rng.randint(0, 1150))


def seeded(who: Issuer, salt: str) -> random.Random:
    """Same values for the same issuer and ``salt``: documents of one run or companion pair
    keep their household, account and case."""
    return random.Random(zlib.crc32(f"parcel/{salt}/{who.name}/{who.city}/{who.street}".encode()))


def code(rng: random.Random, shape: str) -> str:
    """``shape`` with ``9`` a digit and ``A`` a capital letter (other characters kept)."""
    out = []
    for c in shape:
        if c == "9":
            out.append(rng.choice("0123456789"))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def home(who: Issuer, lang: str) -> list[str]:
    """The household a document is addressed to: the same for a run or a companion."""
    r = seeded(who, "home" + lang)
    road = r.choice(ROADS[lang])
    no = r.randint(2, 140)
    return [
        r.choice(PEOPLE[lang]),
        f"{road} {no}" if lang == "de" else f"{no} {road}",
        r.choice(TOWNS[lang]),
    ]


def paper(
    s: Style, size: tuple[float, float], margin: float | None = None, pt: float | None = None
) -> Style:
    """``s`` on another paper size (and margin or type size)."""
    return replace(s, page_size=size, margin=margin or s.margin, size=pt or s.size)


# ---------------------------------------------------------------------------------------------
# Senders and their page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class Office:
    """A sender as printed: name, address, how its letterhead looks and what its pages carry."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    web: str
    head: str  # flag | stacked | hairline | right | seal | mono
    every: bool  # letterhead on each page, not only the first
    foot: list[str]
    numbers: str
    num_pos: str
    dates: str


HEADS = ["flag", "stacked", "hairline", "right", "seal", "mono"]
NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "Page {i}", "2:{i}", "{i}/{n}"],
    "de": ["none", "none", "Seite {i} von {n}", "2:Seite {i}", "- {i} -"],
    "fr": ["none", "none", "{i}/{n}", "Page {i} sur {n}", "2:- {i} -"],
}


def footer_lines(r: random.Random, name: str, lang: str) -> list[str]:
    """Registration and bank lines a business prints at the foot of its pages."""
    if lang == "de":
        return [
            f"{name} - Sitz Frankfurt am Main - Registergericht Frankfurt HRB "
            f"{r.randint(20000, 129999)} - Geschaeftsfuehrer: "
            + r.choice(["Dr. Klaus Imhof", "Birgit Sauer", "Markus Thiel"]),
            f"Frankfurter Sparkasse - IBAN DE{r.randint(10, 99)} 5005 0201 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"BIC HELADEF1822 - Steuer-Nr. 04{r.randint(1, 9)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SAS au capital de {r.choice([37000, 150000, 1200000])} euros - "
            f"RCS Nantes B {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"FINESS {r.randint(440000000, 440999999)}",
        ]
    out = [
        f"{name}. Registered office as above. Registered in England and Wales No. "
        f"{r.randint(1000000, 14999999):08d}."
    ]
    if r.random() < 0.5:
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}."
            if r.random() < 0.5
            else f"VAT registration number GB {r.randint(100, 999)} {r.randint(1000, 9999)} "
            f"{r.randint(10, 99)}"
        )
    return out


def office(who: Issuer, trade: str, heads: list[str] | None = None) -> Office:
    """The ``trade`` sender behind ``who``: one issuer always gets the same sender."""
    r = seeded(who, trade)
    name, lang, street, town, phone = r.choice(SENDERS[trade])
    stem = "".join(c for c in name.split(" - ")[0].lower() if c.isalnum())[:20]
    web = (
        f"www.{stem}." + {"en": r.choice(["co.uk", "org.uk", "com"]), "de": "de", "fr": "fr"}[lang]
    )
    if trade in PUBLIC and lang == "en" and "council" in name.lower():
        web = f"www.{name.split()[0].lower()}.gov.uk"
    return Office(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        web=web,
        head=r.choice(heads or HEADS),
        every=r.random() < 0.3,
        foot=[] if trade in PUBLIC or r.random() < 0.3 else footer_lines(r, name, lang),
        numbers=r.choice(NUMBERS[lang]),
        num_pos=r.choice(["bc", "br", "tr", "br", "bl"]),
        dates=r.choice(["long", "short", "long"] + (["iso"] if lang == "en" else [])),
    )


def on(o: Office, d: date) -> str:
    return date_text(d, o.lang, o.dates)


def crest(p: Page, x: float, y: float, size: float) -> None:
    """A simple emblem: a shield outline with a bar."""
    p.line(x, y, x + size, y)
    p.line(x, y, x, y + size * 0.6)
    p.line(x + size, y, x + size, y + size * 0.6)
    p.line(x, y + size * 0.6, x + size / 2, y + size)
    p.line(x + size, y + size * 0.6, x + size / 2, y + size)
    p.rect(x + size * 0.2, y + size * 0.3, size * 0.6, size * 0.12, fill=0.3)


def letterhead(p: Page, s: Style, o: Office, head: str | None = None) -> float:
    """``o``'s letterhead in its own style (or ``head``); returns the y where content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 10, 28.0)
    head = head or o.head
    where = ", ".join(t for t in (o.street, o.town) if t)
    tel = tr(o.lang, "Tel", "Telefon", "Tel.") + " " + o.phone if o.phone else ""
    small = 7.0
    if head == "flag":
        p.rect(m, y - 14, 6, 34, fill=0.15)
        size = shrink(o.name, s.bold, s.size + 5, w - 2 * m - 14)
        p.text(m + 14, y, o.name, s.bold, size)
        p.text(
            m + 14,
            y + 14,
            fit(" | ".join(t for t in (where, tel, o.web) if t), s.font, small, w - 2 * m - 14),
            s.font,
            small,
        )
        return y + 44
    if head == "stacked":
        size = shrink(o.name, s.bold, s.size + 3, w - 2 * m)
        p.text(m, y, o.name, s.bold, size)
        yy = y + 12
        for t in (o.street, o.town, tel, o.web):
            if t:
                p.text(m, yy, fit(t, s.font, small + 0.5, w / 2), s.font, small + 0.5)
                yy += 9
        return yy + 16
    if head == "hairline":
        size = shrink(o.name, s.font, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, o.name, s.font, size, "center")
        p.line(m, y + 10, w - m, y + 10)
        p.text(
            w / 2,
            y + 20,
            fit(" - ".join(t for t in (where, tel) if t), s.font, small, w - 2 * m),
            s.font,
            small,
            "center",
        )
        return y + 42
    if head == "right":
        size = shrink(o.name, s.bold, s.size + 1.5, w * 0.5)
        p.text(w - m, y, o.name, s.bold, size, "right")
        yy = y + 11
        for t in (o.street, o.town, tel, o.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, small, w * 0.45), s.font, small, "right")
                yy += 8.6
        return yy + 10
    if head == "seal":
        crest(p, m, y - 18, 28)
        size = shrink(o.name, s.bold, s.size + 2, w - 2 * m - 40)
        p.text(m + 38, y - 2, o.name, s.bold, size)
        p.text(m + 38, y + 10, fit(where, s.font, small, w - 2 * m - 40), s.font, small)
        if tel:
            p.text(w - m, y + 22, tel, s.font, small, "right")
        return y + 40
    p.text(m, y, fit(o.name.upper(), "Courier-Bold", 9.5, w - 2 * m), "Courier-Bold", 9.5)
    p.text(
        m,
        y + 11,
        fit(" ".join(t for t in (where, o.phone) if t), "Courier", 7.5, w - 2 * m),
        "Courier",
        7.5,
    )
    return y + 30


def later(p: Page, s: Style, o: Office, running: str) -> float:
    """The top of a later page: the letterhead again, a running line, or nothing."""
    if o.every:
        return letterhead(p, s, o)
    w, _ = p.size
    m = s.margin
    if running:
        p.text(m, m - 18, fit(running, italic(s.font), 7.5, w - 2 * m), italic(s.font), 7.5)
        return m + 4
    return m - 6


def foot_h(o: Office) -> float:
    return 26.0 + 7.5 * len(o.foot)


def wrap_up(
    pages: list[Page], s: Style, o: Office, skip: int = 0, numbers: str | None = None
) -> list[Page]:
    """Footer lines on ``o``'s pages after ``skip`` cover pages, then page numbers."""
    for p in pages[skip:]:
        w, h = p.size
        y = h - 14 - 7.5 * (len(o.foot) - 1)
        for k, t in enumerate(o.foot):
            p.text(
                w / 2,
                y + 7.5 * k,
                fit(t, s.font, 5.6, w - 2 * s.margin + 20),
                s.font,
                5.6,
                "center",
            )
    fmt = o.numbers if numbers is None else numbers
    number_pages(pages, s, fmt, o.num_pos, skip, top=20, bottom=22 + 7.5 * len(o.foot))
    return pages


class Sheet(Flow):
    """This part's spacing."""

    line = 1.38
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, o: Office, running: str = "", headed: bool = True) -> Sheet:
    """Pages of ``o``: its letterhead on the first (if ``headed``), later tops after."""

    def top(p: Page, n: int) -> float:
        return letterhead(p, s, o) if n == 1 and headed else later(p, s, o, running)

    w, h = s.page_size
    return Sheet((w, h), h - s.margin - foot_h(o) + 26, top)


def to(
    f: Sheet,
    s: Style,
    o: Office,
    lines: list[str],
    d: date,
    refs: list[tuple[str, str]] | None = None,
) -> None:
    """The addressee in the envelope window; the date and references in a block to the right."""
    w, _ = f.size
    m = s.margin
    y0 = f.y + 4
    below = window(f.page, s, o if o.head != "mono" else None, y0, lines)
    x = w * 0.6
    yy = y0 + 8
    for k, v in [*(refs or []), (tr(o.lang, "Date", "Datum", "Date"), on(o, d))]:
        f.page.text(x, yy, k, s.font, s.size - 2)
        f.page.text(
            w - m, yy, fit(v, s.font, s.size - 1.5, w - m - x - 60), s.font, s.size - 1.5, "right"
        )
        yy += (s.size - 1.5) * 1.5
    f.y = max(below, yy) + 22


def heading(f: Sheet, s: Style, text: str, grow: float = 2.0, shade: bool = False) -> None:
    w, _ = f.size
    if not text:
        return
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 3.5)
    if shade:
        f.y += size * 0.8
        f.page.rect(s.margin - 4, f.y - size - 3, w - 2 * s.margin + 8, size + 8, fill=0.86)
    f.page.text(s.margin, f.y, text, s.bold, size)
    f.y += size * 1.9


def say(f: Sheet, s: Style, text: str, indent: float = 0, pt: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def greet(f: Sheet, s: Style, lang: str, name: str) -> None:
    if lang == "de":
        text = f"Sehr geehrte(r) {name}," if name else "Sehr geehrte Damen und Herren,"
    elif lang == "fr":
        text = "Madame, Monsieur,"
    else:
        text = f"Dear {name}," if name else "Dear Sir or Madam,"
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, text, s.font, s.size)
    f.y += s.size * 2.1


def sign(
    f: Sheet, s: Style, lang: str, name: str, role: str, inked: bool = True, close: str = ""
) -> None:
    f.need(95)
    m = s.margin
    bye = close or tr(lang, "Yours sincerely", "Mit freundlichen Gruessen", "Bien cordialement,")
    f.page.text(m, f.y, bye, s.font, s.size)
    f.y += 16
    if inked:
        f.page.text(m + 6, f.y + 16, name.split()[-1], "Times-Italic", 16)
        f.y += 26
    else:
        f.y += 10
    f.page.text(m, f.y, name, s.font, s.size)
    f.page.text(m, f.y + s.size * 1.35, role, s.font, s.size - 1)
    f.y += s.size * 3.2


def fields(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    cols: int = 2,
    hand: bool = True,
    pt: float = 9,
) -> float:
    """Labelled boxes in ``cols`` columns, filled in (by hand if ``hand``); the y below."""
    cw = w / cols
    font = "Helvetica-Oblique" if hand else s.font
    for k, (label, value) in enumerate(items):
        cx = x + (k % cols) * cw
        cy = y + (k // cols) * 30
        p.rect(cx, cy, cw - 6, 26)
        p.text(cx + 3, cy + 7, fit(label, s.font, 6, cw - 12), s.font, 6)
        if value:
            p.text(cx + 5, cy + 20, fit(value, font, pt, cw - 16), font, pt)
    return y + ((len(items) + cols - 1) // cols) * 30 + 6


def ticks(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    options: list[str],
    picked: set[int],
    pt: float = 8,
) -> float:
    """A row (wrapping) of tick boxes; the y below."""
    xx = x
    for k, t in enumerate(options):
        tw_ = 14 + tw(t, s.font, pt)
        if xx + tw_ > x + w:
            xx = x
            y += pt * 1.9
        box(p, xx, y, k in picked, pt)
        p.text(xx + pt + 4, y, t, s.font, pt)
        xx += tw_ + 10
    return y + pt * 2.2


def small_print(f: Sheet, s: Style, paras: list[str], cols: int = 2, pt: float = 6.8) -> None:
    """Dense terms in ``cols`` columns over as many pages as needed."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[tuple[str, bool]] = []
    for para in paras:
        head, _, body = para.partition("|")
        if body:
            lines.append((head, True))
        lines.extend((ln, False) for ln in wrap(body or head, s.font, pt, cw))
        lines.append(("", False))
    col = 0
    y = f.y
    top = f.y
    for text, bold in lines:
        if y > f.bottom:
            col += 1
            y = top
            if col >= cols:
                f.new_page()
                col = 0
                y = top = f.y
        if text:
            f.page.text(
                m + col * (cw + gap),
                y,
                fit(text, s.bold, pt, cw) if bold else text,
                s.bold if bold else s.font,
                pt,
            )
        y += pt * 1.3
    f.y = y if col == 0 else f.bottom
    f.y += 6


# ---------------------------------------------------------------------------------------------
# Templates M: health, schools and work
# ---------------------------------------------------------------------------------------------

CARE_ITEMS = {
    "en": [
        ("Consultant fee - initial consultation", 180, 260),
        ("Accommodation - standard room (per night)", 420, 690),
        ("Theatre fee", 900, 2400),
        ("Anaesthetist fee", 350, 780),
        ("Pathology - full blood count", 22, 48),
        ("Imaging - MRI single region", 380, 620),
        ("X-ray (two views)", 85, 140),
        ("Physiotherapy session (inpatient)", 55, 90),
        ("Drugs and dressings", 12, 260),
        ("Take-home medication", 9, 75),
        ("Prosthesis / implant", 600, 2200),
        ("Recovery and day case unit", 250, 480),
    ],
    "de": [
        ("Wahlleistung Unterkunft Einbettzimmer je Tag", 95, 140),
        ("Wahlleistung Zweibettzimmer je Tag", 45, 70),
        ("Telefon / TV Pauschale je Tag", 3, 6),
        ("Zuzahlung gesetzlich je Tag (max. 28 Tage)", 10, 10),
        ("Begleitperson Unterkunft je Tag", 45, 60),
        ("Chefarztbehandlung GOAE Nr. 1, 5, 7", 40, 120),
        ("Laborleistungen GOAE Abschnitt M", 15, 180),
    ],
    "fr": [
        ("Forfait journalier hospitalier", 20, 20),
        ("Chambre particuliere (par nuit)", 65, 110),
        ("Depassement d'honoraires chirurgien", 150, 600),
        ("Depassement d'honoraires anesthesiste", 60, 250),
        ("Ticket moderateur", 18, 140),
        ("Television / telephone", 4, 7),
    ],
}


def tpl_hospital_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A hospital's itemised bill for one stay: a covering invoice page with the patient and
    stay details and the total, then the itemised charges by day over one to four pages
    (German Krankenhausrechnung for Wahlleistungen, French facture de sejour)."""
    o = office(who, "hospital")
    lg = o.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    pt = home(who, lg)
    d0 = when(rng)
    nights = rng.choice([1, 2, 3, 4, 6, 9, 14, 21])
    d1 = d0 + timedelta(days=nights)
    inv = code(rng, rng.choice(["INV-999999", "99999999", "RE 9999/99999"]))
    f = sheets(
        s,
        o,
        tr(
            lg,
            f"Patient: {pt[0]} - invoice {inv}",
            f"Rechnung {inv} - {pt[0]}",
            f"Facture {inv} - {pt[0]}",
        ),
    )
    to(
        f,
        s,
        o,
        pt,
        d1 + timedelta(days=rng.randint(3, 20)),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), inv),
            (tr(lg, "Hospital no.", "Fall-Nr.", "N. de sejour"), code(rng, "A9999999")),
        ],
    )
    heading(
        f,
        s,
        rng.choice(
            [
                tr(lg, "INVOICE", "Rechnung", "Facture de sejour"),
                tr(lg, "Patient account", "Rechnung ueber Wahlleistungen", "Facture"),
                "",
            ]
        ),
        4,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Patient", "Patient/in", "Patient"), pt[0]),
            (tr(lg, "Admitted", "Aufnahme", "Entree"), on(o, d0)),
            (tr(lg, "Discharged", "Entlassung", "Sortie"), on(o, d1)),
            (
                tr(lg, "Consultant", "Fachabteilung", "Service"),
                rng.choice(
                    {
                        "en": ["Mr R. Kapoor FRCS", "Dr H. Lindqvist", "Orthopaedics"],
                        "de": ["Innere Medizin", "Unfallchirurgie", "Prof. Dr. M. Albers"],
                        "fr": ["Chirurgie ambulatoire", "Dr P. Jaouen", "Orthopedie"],
                    }[lg]
                ),
            ),
            (
                tr(lg, "Insurer / funding", "Kostentraeger", "Mutuelle"),
                rng.choice(
                    [
                        "Self-pay",
                        "Bupa (pre-authorised)",
                        "AXA Health",
                        "Techniker Krankenkasse",
                        "DKV",
                        "MGEN",
                        "Harmonie Mutuelle",
                    ]
                ),
            ),
        ],
        w * 0.62,
    )
    f.y += 8
    rows: list[list[str]] = []
    total = 0.0
    day = d0
    for _ in range(rng.randint(5, 14 + nights * 4)):
        label, lo, hi = rng.choice(CARE_ITEMS[lg])
        qty = rng.choice([1, 1, 1, 2]) if "night" not in label and "Tag" not in label else nights
        price = round(rng.uniform(lo, hi), 2)
        total += qty * price
        rows.append(
            [
                on(o, day),
                code(rng, "99999"),
                label,
                str(qty),
                money(price, lg),
                money(qty * price, lg),
            ]
        )
        if rng.random() < 0.4 and day < d1:
            day += timedelta(days=1)
    sums = [(tr(lg, "Total charges", "Gesamtbetrag", "Total des frais"), total)]
    paid = round(total * rng.choice([0, 0, 0.2, 0.8, 1.0]), 2)
    if paid:
        sums.append(
            (tr(lg, "Less insurer / deposit", "abzueglich Vorauszahlung", "Part mutuelle"), -paid)
        )
    sums.append(
        (
            tr(lg, "BALANCE DUE", "Zu zahlen", "Reste a votre charge"),
            max(0.0, round(total - paid, 2)),
        )
    )
    if rng.random() < 0.5:
        f.page.rect(w - m - 200, f.y - 10, 200, 18 * len(sums) + 8)
        yy = f.y + 4
        for label, v in sums:
            f.page.text(w - m - 194, yy, label, s.font, s.size - 1)
            f.page.text(w - m - 6, yy, money(v, lg), s.bold, s.size - 1, "right")
            yy += 18
        f.y = yy + 10
        say(
            f,
            s,
            tr(
                lg,
                "Payment is due within 28 days. An itemised statement of the charges is attached.",
                "Die Aufstellung der Einzelleistungen liegt bei. Bitte "
                "ueberweisen Sie den Betrag innerhalb von 30 Tagen.",
                "Le detail des prestations est joint. Reglement a reception.",
            ),
            pt=s.size - 1,
        )
        f.new_page()
        heading(f, s, tr(lg, "Itemised charges", "Einzelaufstellung", "Detail des prestations"))
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.7, "left"),
                (3.6, "left"),
                (0.5, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Code", "Ziffer", "Code"),
            tr(lg, "Description", "Leistung", "Libelle"),
            tr(lg, "Qty", "Anz.", "Qte"),
            tr(lg, "Price", "Einzel", "P.U."),
            cur(lg),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.need(18 * len(sums) + 30)
    f.y += 6
    for label, v in sums:
        f.page.text(w - m - 110, f.y, label, s.font, s.size - 1, "right")
        f.page.text(w - m, f.y, money(v, lg), s.bold, s.size - 1, "right")
        f.y += 16
    if lg == "en" and rng.random() < 0.6:
        f.y += 10
        say(
            f,
            s,
            "Payment can be made by card on 0" + o.phone[1:] + ", by bank transfer quoting "
            "the invoice number, or at the cashier's desk. If you have any queries about this "
            "account please contact the patient accounts team.",
            pt=s.size - 2,
        )
    if rng.random() < 0.35:
        f.new_page()
        heading(f, s, tr(lg, "Understanding your bill", "Erlaeuterungen", "Informations"), 1)
        small_print(
            f,
            s,
            [f"{t}|{chat(rng, lg, 'care', 2, 4)}" for t in ["1", "2", "3", "4", "5", "6"]],
            rng.choice([1, 2]),
            7.5,
        )
    return wrap_up(f.pages, s, o)


def tpl_gp_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A GP practice's new patient registration pack: the registration form filled in by hand
    (personal details, previous GP, armed forces, organ donation), a health questionnaire page
    and sometimes the practice leaflet with opening times."""
    o = office(who, "surgery", ["seal", "hairline", "stacked", "flag"])
    s = paper(who.style, A4, pt=9)
    w, h = s.page_size
    m = s.margin
    who_ = rng.choice(PEOPLE["en"])
    pages: list[Page] = []
    p = Page(s.page_size)
    y = letterhead(p, s, o)
    p.text(m, y, "Patient registration", s.bold, 13)
    p.text(w - m, y, "Please complete in BLOCK CAPITALS", s.font, 7, "right")
    y += 18
    born = date(rng.randint(1940, 2016), rng.randint(1, 12), rng.randint(1, 28))
    addr = home(who, "en")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Surname", who_.split()[-1].upper()),
            ("First names", who_.split()[0].upper()),
            ("Date of birth", born.strftime("%d/%m/%Y")),
            ("NHS number (if known)", code(rng, "999 999 9999")),
            ("Address", f"{addr[1]}, {addr[2]}".upper()),
            ("Telephone", code(rng, "07999 999999")),
            (
                "Previous GP practice",
                rng.choice(
                    [
                        "Castle Medical Centre",
                        "Dr Shah & Partners",
                        "not registered",
                        "Abbey Road Surgery",
                    ]
                ).upper(),
            ),
            ("Previous address", ""),
            (
                "Town and country of birth",
                rng.choice(["LUTON UK", "KRAKOW POLAND", "LAGOS NIGERIA", "BEDFORD"]),
            ),
            ("Email", ""),
        ],
        2,
    )
    p.text(m, y + 4, "Are you returning from the Armed Forces?", s.font, 8)
    y = ticks(p, s, m + 220, y + 4, w - 2 * m - 220, ["Yes", "No"], {1})
    p.text(m, y, "Organ donation - I want to register my decision to donate:", s.font, 8)
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            "Any of my organs",
            "Kidneys",
            "Heart",
            "Liver",
            "Corneas",
            "Lungs",
            "Pancreas",
            "No decision",
        ],
        {rng.randint(0, 7)},
    )
    p.text(m, y, "Ethnic group (optional)", s.font, 8)
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        ["White British", "White other", "Mixed", "Asian", "Black", "Other", "Prefer not to say"],
        {rng.randint(0, 6)},
    )
    p.rect(m, y, w - 2 * m, 64)
    p.text(m + 6, y + 12, "Declaration: I confirm the information given is correct.", s.font, 8)
    p.text(m + 30, y + 44, who_.split()[-1], "Times-Italic", 15)
    p.text(
        w - m - 120,
        y + 44,
        when(rng).strftime("%d/%m/%Y"),
        "Helvetica-Oblique",
        9,
    )
    p.text(m + 6, y + 58, "Signed", s.font, 6.5)
    p.text(w - m - 120, y + 58, "Date", s.font, 6.5)
    y += 80
    if y < h - 110:
        p.rect(m, y, w - 2 * m, 50, fill=0.93)
        p.text(m + 6, y + 12, "FOR PRACTICE USE", s.bold, 7)
        p.text(
            m + 6,
            y + 30,
            "ID seen   Proof of address   Added to clinical system   Summarised",
            s.font,
            7,
        )
    pages.append(p)
    p = Page(s.page_size)
    y = later(p, s, o, f"{o.name} - new patient questionnaire")
    p.text(m, y, "New patient health questionnaire", s.bold, 11)
    y += 20
    for q in [
        "Do you smoke?",
        "Units of alcohol per week",
        "Height (cm) / weight (kg)",
        "Do you have any long-term conditions?",
        "Regular medication",
        "Allergies",
        "Do you care for someone?",
        "Is anyone caring for you?",
        "Family history (heart disease, diabetes, cancer)",
    ]:
        p.text(m, y, q, s.font, 8.5)
        ans = rng.choice(
            [
                "No",
                "Yes - 5/day",
                "6",
                "none",
                "Asthma",
                "Penicillin",
                "Metformin 500mg",
                "",
                "mother - diabetes",
            ]
        )
        p.line(m + 230, y + 3, w - m, y + 3)
        if ans:
            p.text(m + 234, y, ans, "Helvetica-Oblique", 9.5)
        y += 24
    pages.append(p)
    if rng.random() < 0.55:
        p = Page(A5)
        yy = letterhead(p, paper(s, A5, 32, 8), o, "hairline")
        p.text(32, yy, "Opening hours", "Helvetica-Bold", 10)
        yy += 14
        for dname in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]:
            p.text(40, yy, dname, "Helvetica", 8)
            p.text(
                200,
                yy,
                rng.choice(["08:00 - 18:30", "07:30 - 18:30", "08:00 - 20:00"]),
                "Helvetica",
                8,
            )
            yy += 12
        yy += 8
        for head, body in [
            ("Repeat prescriptions", "Allow two working days. Order online or via the NHS App."),
            ("Out of hours", "Call NHS 111 when the surgery is closed. In an emergency dial 999."),
            (
                "Your data",
                "We share your record with other NHS services that "
                "care for you. You may opt out at any time.",
            ),
        ]:
            p.text(32, yy, head, "Helvetica-Bold", 9)
            yy += 12
            for ln in wrap(body + " " + chat(rng, "en", "care", 1, 2), "Helvetica", 7.5, 356):
                p.text(32, yy, ln, "Helvetica", 7.5)
                yy += 10
            yy += 6
        pages.append(p)
    return wrap_up(pages, s, o, numbers="none")


def tpl_admission_appeal(rng: random.Random, who: Issuer) -> list[Page]:
    """An independent appeal panel's decision on a school admission appeal: the letter with
    the decision, then the panel's reasons in numbered paragraphs (the two stages: prejudice
    and the balance), two to four pages, no title word on many."""
    o = office(who, "admissions", ["seal", "right", "stacked"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    child = rng.choice(KIDS) + " " + fam[0].split()[-1]
    school = rng.choice(
        [
            "Sharnbrook Academy",
            "Wells Blue School",
            "The Priory School",
            "Mark Rutherford School",
            "St Dunstan's Primary",
        ]
    )
    d = when(rng)
    ref = code(rng, "APP/99/9999")
    won = rng.random() < 0.35
    f = sheets(s, o, f"Appeal {ref} - {child}")
    to(f, s, o, ["Parent/carer of " + child, *fam[1:]], d, [("Our ref", ref)])
    if rng.random() < 0.5:
        heading(f, s, "Decision of the Independent Appeal Panel", 1.5)
    f.page.text(
        m,
        f.y,
        fit(f"Appeal for a place at {school} - {child}", s.bold, s.size, w - 2 * m),
        s.bold,
        s.size,
    )
    f.y += 20
    greet(f, s, "en", "Parent/Carer")
    hearing = d - timedelta(days=rng.randint(2, 7))
    say(
        f,
        s,
        f"Thank you for attending the appeal hearing on {on(o, hearing)}. I am writing "
        "to tell you the decision of the Independent Appeal Panel.",
    )
    say(
        f,
        s,
        (
            "The panel UPHELD your appeal. The admission authority will contact you to "
            "confirm the place."
            if won
            else "I am sorry to tell you that the panel did "
            "not uphold your appeal and a place cannot be offered."
        ),
    )
    say(
        f,
        s,
        "The panel's decision is binding on the admission authority and on you. If you "
        "believe the appeal was not conducted properly you may complain to the Local "
        "Government and Social Care Ombudsman; the Ombudsman cannot overturn the decision.",
    )
    sign(
        f,
        s,
        "en",
        rng.choice(PEOPLE["en"]),
        "Clerk to the Independent Appeal Panel",
        rng.random() < 0.5,
    )
    f.new_page()
    heading(f, s, "Reasons for the decision", 1)
    say(
        f,
        s,
        f"Panel members: {', '.join(rng.sample(PEOPLE['en'], 3))}. Presenting officer "
        f"for the admission authority: {rng.choice(PEOPLE['en'])}.",
        pt=s.size - 1,
    )
    for k in range(1, rng.randint(7, 16)):
        f.need(40)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        say(f, s, chat(rng, "en", "school", 1, 4), 22)
    return wrap_up(f.pages, s, o)


def tpl_uni_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A university's conditional offer: the offer letter with the conditions in a box, a page
    of what happens next (fees, accommodation, visa), and a reply slip; two to four pages,
    often US Letter when printed from the applicant portal."""
    o = office(who, "university", ["flag", "seal", "hairline"])
    s = paper(who.style, rng.choice([A4, A4, LETTER]))
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    name = rng.choice(KIDS) + " " + fam[0].split()[-1]
    course = rng.choice(
        [
            "BSc (Hons) Civil Engineering",
            "BA (Hons) History and Politics",
            "MEng Mechanical Engineering",
            "BSc (Hons) Nursing (Adult)",
            "LLB (Hons) Law",
            "BSc (Hons) Computer Science with Placement",
        ]
    )
    d = when(rng)
    pid = code(rng, "9999999999")
    f = sheets(s, o, f"{name} - applicant {pid}")
    to(f, s, o, [name, *fam[1:]], d, [("Personal ID", pid), ("UCAS", code(rng, "999-999-9999"))])
    heading(f, s, rng.choice(["Your offer", "Conditional offer of a place", ""]) or course, 3)
    greet(f, s, "en", name.split()[0])
    start = date(d.year if d.month < 9 else d.year + 1, 9, rng.randint(18, 28))
    say(
        f,
        s,
        f"Congratulations! I am delighted to offer you a place on {course} starting on "
        f"{on(o, start)}, subject to the conditions below.",
    )
    conds = rng.sample(
        [
            "A-level grades AAB including Mathematics",
            "A-level grades BBC or BTEC DMM",
            "GCSE English Language grade 4 / C",
            "IELTS 6.5 overall with no band below 6.0",
            "Satisfactory enhanced DBS check",
            "Occupational health clearance",
            "Pass the Access to HE Diploma with 30 credits at Distinction",
        ],
        rng.randint(1, 4),
    )
    f.need(22 + 16 * len(conds))
    top = f.y
    f.y += 8
    for c in conds:
        f.page.text(m + 12, f.y + 4, "- " + c, s.font, s.size)
        f.y += 16
    f.page.rect(m, top - 6, w - 2 * m, f.y - top + 6)
    f.y += 14
    say(f, s, chat(rng, "en", "study"))
    say(
        f,
        s,
        "Please reply to this offer through UCAS Hub by the deadline shown there. If you "
        "have any questions please contact the admissions team.",
    )
    sign(
        f,
        s,
        "en",
        rng.choice(PEOPLE["en"]),
        "Director of Admissions",
        rng.random() < 0.7,
        "Best wishes",
    )
    f.new_page()
    for head in rng.sample(
        [
            "Tuition fees",
            "Accommodation",
            "Enrolment",
            "Disability support",
            "Student visas",
            "Deferring your place",
        ],
        rng.randint(2, 5),
    ):
        heading(f, s, head, 1)
        say(f, s, chat(rng, "en", "study", 2, 4), pt=s.size - 1)
    if rng.random() < 0.6:
        f.new_page()
        heading(f, s, "Reply form", 2, True)
        yy = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [("Name", name), ("Personal ID", pid), ("Course", course), ("Entry", str(start.year))],
            2,
        )
        yy = ticks(
            f.page,
            s,
            m,
            yy + 8,
            w - 2 * m,
            ["I accept as firm choice", "I accept as insurance choice", "I decline this offer"],
            {rng.randint(0, 2)},
        )
        f.page.line(m, yy + 30, m + 200, yy + 30)
        f.page.text(m, yy + 40, "Signature", s.font, 7)
        f.y = yy + 60
    return wrap_up(f.pages, s, o)


def tpl_apprenticeship(rng: random.Random, who: Issuer) -> list[Page]:
    """An apprenticeship agreement between employer and apprentice (English, with the training
    plan table and signatures) or a German Berufsausbildungsvertrag with the numbered sections
    of the chamber's form; three to six pages, some with a cover sheet."""
    o = office(who, "employer")
    lg = o.lang
    s = who.style
    w, h = s.page_size
    m = s.margin
    fam = home(who, lg)
    app = (
        rng.choice(KIDS if lg == "en" else ["Leon", "Emma", "Finn", "Mila"])
        + " "
        + fam[0].split()[-1]
    )
    d = when(rng)
    trade = (
        rng.choice(
            [
                "Engineering Technician (Level 3)",
                "Adult Care Worker (Level 2)",
                "Maintenance and Operations Engineering Technician",
            ]
        )
        if lg == "en"
        else rng.choice(
            [
                "Elektroniker/in fuer Energie- und Gebaeudetechnik",
                "Kraftfahrzeugmechatroniker/in",
                "Kaufmann/-frau fuer Bueromanagement",
            ]
        )
    )
    months = rng.choice([24, 30, 36, 42])
    pages: list[Page] = []
    skip = 0
    if rng.random() < 0.4:
        c = Page(s.page_size)
        y0 = letterhead(c, s, o)
        c.text(
            w / 2,
            h * 0.35,
            tr(lg, "APPRENTICESHIP AGREEMENT", "Berufsausbildungsvertrag"),
            s.bold,
            20,
            "center",
        )
        c.text(w / 2, h * 0.35 + 28, fit(trade, s.font, 12, w - 2 * m), s.font, 12, "center")
        c.text(w / 2, h * 0.35 + 60, app, s.font, 12, "center")
        c.text(
            w / 2,
            max(y0, h * 0.8),
            tr(lg, "Copy for the apprentice", "Ausfertigung fuer Auszubildende"),
            italic(s.font),
            9,
            "center",
        )
        pages.append(c)
        skip = 1
    f = sheets(
        s,
        o,
        tr(lg, f"Apprenticeship agreement - {app}", f"Berufsausbildungsvertrag {app}"),
        headed=not skip,
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Apprenticeship agreement",
            "Berufsausbildungsvertrag (gemaess Paragraphen 10, 11 BBiG)",
        ),
        2,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Employer", "Ausbildende/r"), o.name),
                (tr(lg, "Apprentice", "Auszubildende/r"), app),
                (tr(lg, "Address", "Anschrift"), f"{fam[1]}, {fam[2]}"),
                (tr(lg, "Apprenticeship standard", "Ausbildungsberuf"), trade),
                (tr(lg, "Start date", "Beginn"), on(o, d)),
                (tr(lg, "Planned end date", "Ende"), on(o, d + timedelta(days=months * 30))),
                (
                    tr(lg, "Training provider", "Berufsschule"),
                    rng.choice(["Bedford College", "Strode College", "Shrewsbury Colleges Group"])
                    if lg == "en"
                    else rng.choice(["Werner-von-Siemens-Schule", "Julius-Leber-Schule"]),
                ),
            ],
            w - m,
        )
        + 10
    )
    secs = (
        [
            ("Probezeit", "Die Probezeit betraegt vier Monate."),
            ("Ausbildungsstaette", "Die Ausbildung findet in der Betriebsstaette statt."),
            ("Ausbildungszeit", "Die regelmaessige taegliche Ausbildungszeit betraegt 8 Stunden."),
            (
                "Verguetung",
                "Die Verguetung betraegt monatlich brutto im ersten Jahr "
                f"{rng.randint(720, 1050)} EUR, im zweiten Jahr {rng.randint(800, 1150)} EUR.",
            ),
            ("Urlaub", f"Der Urlaubsanspruch betraegt {rng.choice([27, 28, 30])} Arbeitstage."),
            (
                "Kuendigung",
                "Nach der Probezeit kann das Ausbildungsverhaeltnis nur aus wichtigem "
                "Grund gekuendigt werden.",
            ),
            ("Sonstige Vereinbarungen", ""),
        ]
        if lg == "de"
        else [
            ("Hours", f"The apprentice will work {rng.choice([30, 37.5, 40])} hours a week."),
            ("Pay", f"The apprentice will be paid {money(rng.uniform(6.4, 11.5))} per hour."),
            (
                "Off-the-job training",
                "At least six hours a week of the apprentice's paid hours "
                "are spent on off-the-job training.",
            ),
            (
                "End-point assessment",
                "The apprentice will be assessed by an independent "
                "end-point assessment organisation.",
            ),
            ("Holiday", "Statutory holiday entitlement plus bank holidays."),
            ("Supervision", ""),
        ]
    )
    for k, (head, body) in enumerate(secs, 1):
        heading(
            f,
            s,
            f"\u00a7 {k} {head}" if lg == "de" else f"{k}. {head}",
            0,
        )
        say(f, s, (body + " " + chat(rng, lg, "work", 1, 3)).strip())
    if rng.random() < 0.6:
        f.new_page()
        heading(f, s, tr(lg, "Rights and obligations", "Pflichten der Vertragsparteien"), 1)
        small_print(
            f,
            s,
            [f"{k}.|{chat(rng, lg, 'work', 3, 6)}" for k in range(1, rng.randint(8, 16))],
            2,
            7,
        )
    f.new_page()
    heading(f, s, tr(lg, "Training plan", "Sachliche und zeitliche Gliederung"), 1)
    rows = [
        [
            tr(lg, f"Year {1 + k // 4}", f"{1 + k // 4}. Ausbildungsjahr"),
            chatter(rng, lg, "work", rng.randint(4, 8)),
            str(rng.choice([4, 6, 8, 12])),
            rng.choice(["Workshop", "College", "Site", "Betrieb", "Berufsschule"]),
        ]
        for k in range(rng.randint(6, 14))
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (4, "left"), (0.8, "right"), (1.2, "left")]),
        [
            tr(lg, "Period", "Zeitraum"),
            tr(lg, "Content", "Inhalte"),
            tr(lg, "Weeks", "Wochen"),
            tr(lg, "Where", "Lernort"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.need(130)
    f.y += 20
    for k, label in enumerate(
        [
            tr(lg, "Signed for the employer", "Ausbildende/r"),
            tr(lg, "Apprentice", "Auszubildende/r"),
            tr(lg, "Parent / guardian (if under 18)", "Gesetzliche Vertreter"),
        ]
    ):
        x = m + k * (w - 2 * m) / 3
        if rng.random() < 0.8:
            f.page.text(x + 8, f.y + 10, rng.choice(PEOPLE[lg]).split()[-1], "Times-Italic", 14)
        f.page.line(x, f.y + 16, x + (w - 2 * m) / 3 - 14, f.y + 16)
        f.page.text(x, f.y + 26, label, s.font, 7)
    f.y += 50
    return wrap_up(f.pages if not skip else [*pages, *f.pages], s, o, skip)


def tpl_pension_pack(rng: random.Random, who: Issuer) -> list[Page]:
    """A workplace pension joining pack: cover page, the welcome letter, a contributions table
    with the illustration of what the pot might be, a page on opting out with the notice, and a
    nomination of beneficiaries form; four to seven pages."""
    o = office(who, "pension", ["flag", "stacked", "right"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    fam = home(who, "en")
    emp = rng.choice(
        [
            "Harwell Precision Engineering Ltd",
            "Mendip Care Group",
            "Ouse Valley Nurseries",
            "Castle Lane Dental Practice",
        ]
    )
    d = when(rng)
    mem = code(rng, "AA9999999")
    c = Page(s.page_size)
    c.rect(0, 0, w, h * 0.45, fill=0.78)
    c.text(m, h * 0.2, o.name, s.bold, 22)
    c.text(m, h * 0.2 + 34, "Welcome to your workplace pension", s.font, 15)
    c.text(m, h * 0.6, fit(f"Provided by {emp}", s.font, 11, w - 2 * m), s.font, 11)
    c.text(m, h * 0.6 + 18, "Please keep this pack in a safe place", italic(s.font), 9)
    f = sheets(s, o, f"Member {mem}")
    to(f, s, o, fam, d, [("Member number", mem), ("Employer", emp)])
    heading(f, s, "You have been enrolled", 3)
    greet(f, s, "en", fam[0])
    say(
        f,
        s,
        f"{emp} has enrolled you into the {o.name} scheme with effect from "
        f"{on(o, d - timedelta(days=rng.randint(5, 40)))}. You do not need to do anything to "
        "stay in the scheme.",
    )
    say(
        f,
        s,
        "Your contributions will be taken from your pay each pay period and your "
        "employer will add its own contribution. Tax relief is added at the basic rate.",
    )
    sign(f, s, "en", rng.choice(PEOPLE["en"]), "Member Services", False, "Kind regards")
    f.new_page()
    heading(f, s, "Your contributions", 2)
    pay = rng.randint(18, 46) * 1000
    rows = []
    for band, you, them in [
        ("Qualifying earnings", 5, 3),
        ("Basic pay", 4, 4),
        ("Total pay", 3, 5),
    ][: rng.randint(1, 3)]:
        rows.append(
            [band, f"{you}%", f"{them}%", money(pay * you / 1200), money(pay * them / 1200)]
        )
    table(
        f,
        columns(
            m, w - m, [(2, "left"), (1, "right"), (1, "right"), (1.4, "right"), (1.4, "right")]
        ),
        ["Basis", "You", "Employer", "You a month", "Employer a month"],
        rows,
        s,
    )
    f.y += 8
    heading(f, s, "What your pot could be worth", 1)
    rows = []
    pot = 0.0
    for age in range(rng.randint(22, 45), 68, rng.choice([2, 5])):
        pot = pot * 1.04 + pay * 0.08
        rows.append([str(age), money(pot), money(pot * 0.04)])
    table(
        f,
        columns(m, w * 0.7, [(1, "left"), (2, "right"), (2, "right")]),
        ["Age", "Pot (today's money)", "Yearly income"],
        rows,
        s,
        step=1.45,
    )
    say(
        f,
        s,
        "These figures are only an illustration. What you get back depends on the "
        "contributions paid, investment growth, charges and inflation.",
        pt=s.size - 2,
    )
    if rng.random() < 0.7:
        f.new_page()
        heading(f, s, "Your investment choices", 2)
        funds = [
            ["Default lifestyle strategy", "Mixed", "0.30%", "4"],
            ["Global equity index", "Shares", "0.25%", "6"],
            ["Ethical global equity", "Shares", "0.40%", "6"],
            ["Sharia fund", "Shares", "0.45%", "6"],
            ["Diversified growth", "Mixed", "0.55%", "4"],
            ["Corporate bond", "Bonds", "0.30%", "3"],
            ["Gilts (over 15 years)", "Bonds", "0.20%", "4"],
            ["Property", "Property", "0.70%", "5"],
            ["Cash", "Cash", "0.15%", "1"],
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.2, "left"), (1, "right"), (1, "center")]),
            ["Fund", "Asset type", "Annual charge", "Risk (1-7)"],
            rng.sample(funds, rng.randint(5, 9)),
            s,
            rules=True,
            step=2,
        )
        f.y += 10
        say(f, s, chat(rng, "en", "money", 2, 4), pt=s.size - 1.5)
    if rng.random() < 0.5:
        f.new_page()
        heading(f, s, "Key features of the scheme", 1.5)
        small_print(
            f,
            s,
            [
                f"{t}|{chat(rng, 'en', 'money', 3, 7)}"
                for t in [
                    "Its aims",
                    "Your commitment",
                    "Risks",
                    "Questions and answers",
                    "Charges",
                    "Transferring in",
                    "Taking your benefits",
                    "If you die",
                    "Complaints",
                    "Compensation",
                ]
            ],
            2,
            7,
        )
    f.new_page()
    heading(f, s, "Opting out", 2)
    say(
        f,
        s,
        "You can opt out within one month of the date you were enrolled. If you opt "
        "out within this period you will get back any contributions you have paid. To opt "
        "out, complete the notice below and give it to your employer.",
    )
    f.need(200)
    f.y += 10
    f.page.rect(m, f.y, w - 2 * m, 170)
    f.page.text(m + 8, f.y + 16, "Opt-out notice", s.bold, s.size + 1)
    fields(
        f.page,
        s,
        m + 8,
        f.y + 28,
        w - 2 * m - 16,
        [("Name", ""), ("National Insurance no.", ""), ("Employer", emp), ("Date", "")],
        2,
    )
    f.page.text(
        m + 8,
        f.y + 110,
        "I wish to opt out of pension saving. I understand that if I "
        "opt out I will lose the right to",
        s.font,
        7,
    )
    f.page.text(
        m + 8,
        f.y + 120,
        "pension contributions from my employer and may have a lower income when I retire.",
        s.font,
        7,
    )
    f.y += 190
    if rng.random() < 0.6:
        f.new_page()
        heading(f, s, "Expression of wish (nomination of beneficiaries)", 1.5)
        for _ in range(rng.randint(3, 4)):
            f.y = fields(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [("Full name", ""), ("Relationship", ""), ("Address", ""), ("Share %", "")],
                4,
            )
            f.y += 4
    return wrap_up([c, *f.pages], s, o, 1)


# ---------------------------------------------------------------------------------------------
# Templates M: housing, energy and travel
# ---------------------------------------------------------------------------------------------


def tpl_rent_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A council or housing association tenancy rent statement for a quarter: weekly rent
    debits, housing benefit / Universal Credit and tenant payments with a running balance; one
    page, and a run often holds the next quarters for the same tenancy."""
    o = office(who, "housing", ["right", "seal", "mono", "stacked"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    r = seeded(who, "tenancy")
    ten = code(r, "9999999/99")
    rent = round(r.uniform(88, 168), 2)
    d = when(rng)
    start = d - timedelta(days=91)
    start -= timedelta(days=start.weekday())
    f = sheets(s, o, f"Tenancy ref {ten}")
    to(f, s, o, fam, d, [("Tenancy ref", ten), ("Patch officer", r.choice(PEOPLE["en"]))])
    heading(f, s, rng.choice(["Rent statement", "Your rent account", "Statement of account"]), 2)
    f.page.text(
        m,
        f.y,
        f"{on(o, start)} - {on(o, d)}     Weekly rent {money(rent)} (including service charge)",
        s.font,
        s.size - 1,
    )
    f.y += 18
    bal = round(rng.choice([0, 0, -rent, rent * 2, rent * rng.randint(3, 9)]), 2)
    rows = [[on(o, start), "Balance brought forward", "", "", money(bal)]]
    day = start
    while day < d:
        bal += rent
        rows.append([on(o, day), "Rent and charges", money(rent), "", money(bal)])
        for what in rng.sample(
            [
                "Housing Benefit",
                "Payment - Direct Debit",
                "Payment - allpay card",
                "Universal Credit (direct)",
            ],
            rng.randint(0, 1),
        ):
            amt = round(rent * rng.choice([0.5, 1, 1, 2, 4]), 2)
            bal -= amt
            rows.append(
                [on(o, day + timedelta(days=rng.randint(0, 6))), what, "", money(amt), money(bal)]
            )
        day += timedelta(days=7)
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (3, "left"), (1, "right"), (1, "right"), (1.2, "right")]),
        ["Date", "Transaction", "Debit", "Credit", "Balance"],
        rows,
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    f.need(50)
    f.y += 8
    label = (
        "Your account is in arrears"
        if bal > 1
        else "Your account is in credit"
        if bal < -1
        else "Your account is up to date"
    )
    f.page.text(m, f.y, f"{label}: {money(abs(bal))}", s.bold, s.size)
    f.y += 16
    if bal > rent:
        say(
            f,
            s,
            "Please contact your income officer to discuss how you can clear the arrears. "
            "Money advice is free and confidential.",
            pt=s.size - 1.5,
        )
    return wrap_up(f.pages, s, o, numbers="none")


def tpl_housing_benefit(rng: random.Random, who: Issuer) -> list[Page]:
    """A council's housing benefit / council tax reduction decision: the letter, the weekly
    award with the period, then the calculation schedule (income, applicable amount,
    non-dependant deductions) and the notes on the right to a reconsideration; two to four
    pages."""
    o = office(who, "benefits", ["seal", "hairline", "stacked", "mono"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    claim = code(seeded(who, "claim"), "99999999")
    d = when(rng)
    f = sheets(s, o, f"Claim reference {claim}  {fam[0]}")
    to(f, s, o, fam, d, [("Claim reference", claim), ("Enquiries", o.phone)])
    heading(
        f,
        s,
        rng.choice(
            [
                "Housing Benefit and Council Tax Reduction",
                "Notification of entitlement",
                "Change in your benefit",
                "",
            ]
        ),
        1.5,
    )
    greet(f, s, "en", fam[0])
    hb = round(rng.uniform(30, 160), 2)
    ctr = round(rng.uniform(0, 28), 2)
    eff = d - timedelta(days=rng.randint(7, 60))
    say(
        f,
        s,
        f"We have looked at your claim {'again ' if rng.random() < 0.5 else ''}because "
        + rng.choice(
            [
                "your earnings changed",
                "you told us about a new tenancy",
                "the rent increased on 1 April",
                "your partner moved in",
                "your son started work",
            ]
        )
        + ".",
    )
    f.need(80)
    top = f.y
    f.y += 8
    f.y = pairs(
        f.page,
        s,
        m + 10,
        f.y + 4,
        [
            ("Housing Benefit from " + on(o, eff), money(hb) + " a week"),
            ("Council Tax Reduction from " + on(o, eff), money(ctr) + " a week"),
            (
                "Paid to",
                rng.choice(
                    [
                        "your landlord",
                        "you, every two weeks into your bank account",
                        "your rent account",
                    ]
                ),
            ),
        ],
        w - m - 10,
        s.size,
    )
    f.page.rect(m, top - 4, w - 2 * m, f.y - top + 4)
    f.y += 16
    if rng.random() < 0.4:
        over = round(rng.uniform(40, 1400), 2)
        say(
            f,
            s,
            f"Because of this change you have been overpaid {money(over)} Housing Benefit. "
            "We will send you a separate invoice explaining how it will be recovered.",
        )
    say(
        f,
        s,
        "Please check the details overleaf. You must tell us straight away about any "
        "change in your circumstances.",
    )
    sign(f, s, "en", "Benefits Service", "", False, "Yours sincerely")
    f.new_page()
    heading(f, s, "How we worked out your benefit", 1)
    rows = [
        ["Eligible rent", money(hb * 1.3), "a week"],
        ["Earnings (net)", money(rng.uniform(80, 420)), "a week"],
        ["Child Benefit", "disregarded", ""],
        ["Tax credits / Universal Credit", money(rng.uniform(0, 180)), "a week"],
        ["Applicable amount", money(rng.uniform(90, 330)), "a week"],
        ["Excess income", money(rng.uniform(0, 90)), "a week"],
        ["Non-dependant deduction", money(rng.choice([0, 0, 18.10, 41.60, 116.75])), "a week"],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1.2, "right"), (1, "left")]),
        ["", "Amount", ""],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    for head in [
        "If you think our decision is wrong",
        "Changes you must tell us about",
        "Time limits",
    ]:
        heading(f, s, head, 0.5)
        say(f, s, chat(rng, "en", "money", 2, 3), pt=s.size - 1.5)
    return wrap_up(f.pages, s, o, numbers=rng.choice(["none", "Page {i} of {n}"]))


def tpl_energy_welcome(rng: random.Random, who: Issuer) -> list[Page]:
    """An energy supplier's welcome pack after a switch: the welcome letter with the switch
    date, the tariff information label (a two-column table), the direct debit confirmation and
    the cooling-off notice; two to five pages. German senders send a Vertragsbestaetigung with
    the Preisblatt."""
    o = office(who, "energy")
    lg = o.lang
    s = who.style if lg == "en" else paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    fam = home(who, lg)
    acc = code(seeded(who, "energy"), "99999999" if lg == "en" else "999 999 999 9")
    d = when(rng)
    go = d + timedelta(days=rng.randint(14, 21))
    f = sheets(s, o, tr(lg, f"Account {acc}", f"Vertragskonto {acc}"))
    to(f, s, o, fam, d, [(tr(lg, "Account number", "Vertragskonto"), acc)])
    heading(
        f,
        s,
        rng.choice(
            [
                tr(lg, "Welcome to " + o.name, "Ihre Vertragsbestaetigung"),
                tr(lg, "Your switch is under way", "Willkommen bei " + o.name),
            ]
        ),
        3,
    )
    greet(f, s, lg, fam[0])
    say(
        f,
        s,
        tr(
            lg,
            f"Thanks for choosing us. We will start supplying your home on {on(o, go)}. "
            "You do not need to do anything - your old supplier will send a final bill.",
            f"vielen Dank fuer Ihren Auftrag. Wir beliefern Sie ab dem {on(o, go)}. Die "
            "Kuendigung bei Ihrem bisherigen Lieferanten uebernehmen wir fuer Sie.",
        ),
    )
    say(
        f,
        s,
        chat(rng, "en", "energy", 1, 3)
        if lg == "en"
        else "Bitte teilen Sie uns den Zaehlerstand zum Lieferbeginn mit.",
    )
    sign(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "Customer Experience", "Kundenservice"),
        False,
        tr(lg, "Best wishes", "Mit freundlichen Gruessen"),
    )
    f.new_page()
    heading(f, s, tr(lg, "Tariff Information Label", "Preisblatt"), 2, True)
    unit = round(rng.uniform(22, 31), 2)
    rows = [
        [tr(lg, "Supplier", "Lieferant"), o.name],
        [
            tr(lg, "Tariff name", "Tarif"),
            rng.choice(
                ["Fix'd Oct 25", "Simply Variable", "Green Saver 12M", "Mainova Strom Flex"]
            ),
        ],
        [tr(lg, "Tariff type", "Preisgarantie"), rng.choice(["Fixed", "Variable", "12 Monate"])],
        [
            tr(lg, "Payment method", "Zahlungsweise"),
            tr(lg, "Monthly Direct Debit", "Lastschrift monatlich"),
        ],
        [
            tr(lg, "Unit rate", "Arbeitspreis"),
            f"{unit} p/kWh" if lg == "en" else f"{money(unit + 8, lg)} ct/kWh",
        ],
        [
            tr(lg, "Standing charge", "Grundpreis"),
            f"{round(rng.uniform(45, 62), 2)} p/day"
            if lg == "en"
            else f"{money(rng.uniform(9, 16), lg)} EUR/Monat",
        ],
        [
            tr(lg, "Exit fees", "Kuendigungsfrist"),
            rng.choice(["None", "GBP 75 per fuel", "1 Monat"]),
        ],
        [
            tr(lg, "Estimated annual cost", "Voraussichtliche Jahreskosten"),
            money(rng.uniform(700, 2300), lg) + " " + cur(lg),
        ],
        [
            tr(lg, "Estimated annual consumption", "Verbrauchsprognose"),
            f"{rng.randint(1800, 4600)} kWh",
        ],
    ]
    table(
        f,
        columns(m, w - m, [(1.4, "left"), (2, "left")]),
        [tr(lg, "Electricity", "Strom"), ""],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    if rng.random() < 0.7:
        f.new_page()
        heading(f, s, tr(lg, "Direct Debit confirmation", "SEPA-Lastschriftmandat"), 1.5)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Account holder", "Kontoinhaber"), fam[0]),
                    (
                        tr(lg, "Bank account", "IBAN"),
                        code(rng, "****9999")
                        if lg == "en"
                        else code(rng, "DE99 **** **** **** **99 99"),
                    ),
                    (tr(lg, "Monthly amount", "Abschlag"), money(rng.uniform(60, 210), lg)),
                    (tr(lg, "First collection", "Erste Abbuchung"), on(o, go + timedelta(days=10))),
                    (
                        tr(lg, "Service user number", "Glaeubiger-ID"),
                        code(rng, "999999") if lg == "en" else code(rng, "DE99ZZZ00000999999"),
                    ),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        if lg == "en":
            f.page.rect(m, f.y, w - 2 * m, 110)
            f.page.text(m + 8, f.y + 16, "The Direct Debit Guarantee", s.bold, s.size)
            yy = f.y + 30
            for ln in wrap(
                "This Guarantee is offered by all banks and building societies that "
                "accept instructions to pay Direct Debits. If there are any changes "
                "to the amount, date or frequency of your Direct Debit we will "
                "notify you in advance. If an error is made in the payment of your "
                "Direct Debit you are entitled to a full and immediate refund.",
                s.font,
                7.5,
                w - 2 * m - 16,
            ):
                f.page.text(m + 8, yy, ln, s.font, 7.5)
                yy += 10
            f.y += 124
    if rng.random() < 0.5:
        f.need(160)
        f.y += 12
        heading(f, s, tr(lg, "Your right to cancel", "Widerrufsbelehrung"), 1)
        say(
            f,
            s,
            tr(
                lg,
                "You have 14 days from the date of your contract to change your mind. "
                + chat(rng, "en", "energy", 1, 2),
                "Sie haben das Recht, binnen vierzehn "
                "Tagen ohne Angabe von Gruenden diesen Vertrag zu widerrufen. Die "
                "Widerrufsfrist betraegt vierzehn Tage ab dem Tag des Vertragsabschlusses.",
            ),
            pt=s.size - 1.5,
        )
    return wrap_up(f.pages, s, o)


def tpl_smart_meter(rng: random.Random, who: Issuer) -> list[Page]:
    """An installer's smart meter installation report left at the property: job details, old
    and new meter serials and readings, the safety checks ticked, the in-home display and the
    customer's signature; one page, sometimes with an A5 'what happens next' leaflet."""
    o = office(who, "meterop", ["flag", "mono", "stacked"])
    s = paper(who.style, A4, 40, 8.5)
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    d = when(rng)
    p = Page(A4)
    y = letterhead(p, s, o)
    p.text(w - m, y - 6, "Installation report", s.bold, 12, "right")
    p.text(w - m, y + 6, "Job " + code(rng, "WO-99999999"), s.font, 8, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Customer", fam[0]),
            ("Supply address", f"{fam[1]}, {fam[2]}"),
            ("Supplier", rng.choice(["Kinetic Home Energy", "Bright Meadow Energy", "Octopus"])),
            (
                "Date / arrival",
                f"{d.strftime('%d/%m/%Y')}  {rng.randint(8, 15)}:{rng.randint(10, 59)}",
            ),
            ("Engineer", rng.choice(PEOPLE["en"]) + " ID " + code(rng, "9999")),
            ("MPAN / MPRN", code(rng, "99 9999 9999 999") + " / " + code(rng, "9999999999")),
        ],
        2,
        hand=False,
    )
    y += 12
    heads = ["", "Removed meter", "Reading", "", "New meter", "Reading"]
    cols = columns(
        m,
        w - m,
        [(1, "left"), (1.5, "left"), (1, "right"), (0.3, "left"), (1.5, "left"), (1, "right")],
    )
    p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.88)
    for c_, t in zip(cols, heads, strict=True):
        p.text(
            c_[0] if c_[2] != "right" else c_[1],
            y,
            t,
            s.bold,
            8,
            "right" if c_[2] == "right" else "left",
        )
    y += 18
    for fuel in ["Electricity", "Gas"][: rng.choice([1, 2, 2])]:
        vals = [
            fuel,
            code(rng, "99A9999999"),
            str(rng.randint(1000, 99999)),
            "",
            code(rng, "99A9999999"),
            f"{rng.randint(0, 3):05d}",
        ]
        for c_, t in zip(cols, vals, strict=True):
            p.text(
                c_[0] if c_[2] != "right" else c_[1],
                y,
                t,
                "Helvetica-Oblique",
                9,
                "right" if c_[2] == "right" else "left",
            )
        y += 16
    y += 10
    p.text(m, y, "Safety and installation checks", s.bold, 9)
    y += 16
    for chk in [
        "Pre-installation visual inspection satisfactory",
        "Gas tightness test passed",
        "Polarity check",
        "Earth bonding present",
        "IHD paired and demonstrated",
        "Communications hub installed",
        "Meter box / cupboard left secure",
    ]:
        box(p, m, y, rng.random() < 0.9, 8)
        p.text(m + 14, y, chk, s.font, 8)
        y += 14
    y += 6
    p.text(m, y, "Notes", s.bold, 8)
    p.rect(m, y + 5, w - 2 * m, 60)
    note = rng.choice(
        [
            "",
            "Cupboard asbestos label - no drilling",
            "Gas meter in rear garage",
            "Customer declined IHD",
            "No signal - hub to be fitted later",
        ]
    )
    if note:
        p.text(m + 6, y + 22, note, "Helvetica-Oblique", 10)
    y += 82
    p.text(m, y, "Customer signature", s.font, 7)
    p.text(m + 20, y + 20, fam[0].split()[-1], "Times-Italic", 15)
    p.line(m, y + 24, m + 200, y + 24)
    p.text(w - m - 200, y, "Engineer signature", s.font, 7)
    p.line(w - m - 200, y + 24, w - m, y + 24)
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A5)
        qs = paper(s, A5, 30, 8)
        yy = letterhead(q, qs, o, "flag")
        q.text(30, yy, "Your new smart meter - what happens next", "Helvetica-Bold", 10)
        yy += 16
        for k in range(1, 6):
            for n_, ln in enumerate(
                wrap(f"{k}. " + chat(rng, "en", "energy", 1, 2), "Helvetica", 8, 360)
            ):
                q.text(30 if n_ == 0 else 40, yy, ln, "Helvetica", 8)
                yy += 11
            yy += 6
        pages.append(q)
    return wrap_up(pages, s, o, numbers="none")


def tpl_season_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A car park operator's season ticket invoice: the permit holder, the car park and
    vehicle, the period and the VAT; one page (A4 or A5) and a run often holds a few months or
    a few employees of one company."""
    o = office(who, "carpark", ["right", "flag", "hairline"])
    lg = o.lang
    s = paper(who.style, rng.choice([A4, A4, A5]), 36 if rng.random() < 0.5 else None)
    w, _ = s.page_size
    m = s.margin
    holder = home(who, lg) if rng.random() < 0.5 else [rng.choice(PEOPLE[lg]), *home(who, lg)[1:]]
    d = when(rng)
    months = rng.choice([1, 1, 3, 12])
    f = sheets(s, o)
    no = code(rng, "ST-999999")
    to(
        f,
        s,
        o,
        holder,
        d,
        [
            (tr(lg, "Invoice", "Rechnung"), no),
            (tr(lg, "Customer", "Kunde"), code(seeded(who, "park"), "C99999")),
        ],
    )
    heading(
        f,
        s,
        rng.choice(
            [tr(lg, "Tax invoice", "Rechnung"), tr(lg, "Season ticket", "Dauerparkvertrag"), ""]
        ),
        2,
    )
    site = rng.choice(
        [
            "Lurke Street MSCP",
            "River Street",
            "Allhallows",
            "Konstablerwache Ebene -2",
            "Princes Street",
        ]
        if lg == "en"
        else ["Konstablerwache Ebene -2", "Parkhaus Zeil Stellplatz 114"]
    )
    net = round(rng.choice([55, 62, 85, 95, 120]) * months * rng.uniform(0.9, 1.0), 2)
    rate = 0.2 if lg == "en" else 0.19
    rows = [
        [
            tr(lg, "Season ticket", "Dauerstellplatz") + f" {site}",
            f"{on(o, d)} - {on(o, d + timedelta(days=30 * months - 1))}",
            money(net, lg),
        ],
        [
            tr(lg, "Vehicle", "Kennzeichen"),
            code(rng, "AA99 AAA" if lg == "en" else "F-AA 9999"),
            "",
        ],
    ]
    if rng.random() < 0.3:
        rows.append([tr(lg, "Replacement card", "Ersatzkarte"), "", money(10, lg)])
        net += 10
    table(
        f,
        columns(m, w - m, [(2.4, "left"), (2.2, "left"), (1, "right")]),
        [tr(lg, "Description", "Leistung"), tr(lg, "Period", "Zeitraum"), cur(lg)],
        rows,
        s,
    )
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (tr(lg, "Net", "Netto"), money(net, lg)),
                (f"VAT {int(rate * 100)}%" if lg == "en" else "USt 19%", money(net * rate, lg)),
                (tr(lg, "Total", "Gesamt"), money(net * (1 + rate), lg)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    say(
        f,
        s,
        tr(
            lg,
            "Please display your season ticket clearly. The ticket does not guarantee "
            "a space. Payment by direct debit on the 1st of the month.",
            "Der Betrag wird per Lastschrift eingezogen. Es gelten die Einstellbedingungen.",
        ),
        pt=s.size - 2,
    )
    return wrap_up(f.pages, s, o, numbers="none")


def tpl_baggage_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An airline's property irregularity report (lost or delayed baggage) filled in at the
    airport desk: file reference, flights, bag type codes, contents, delivery address, the
    passenger's signature; one landscape A4 or Letter page; a family's reports come together."""
    o = office(who, "airline", ["mono", "flag"])
    lg = o.lang
    size = landscape(rng.choice([A4, LETTER]))
    s = paper(who.style, size, 34, 8)
    w, h = size
    m = s.margin
    pax = home(who, lg)
    d = when(rng)
    p = Page(size)
    y = letterhead(p, s, o)
    title = tr(lg, "PROPERTY IRREGULARITY REPORT", fr="CONSTAT D'IRREGULARITE BAGAGE")
    p.text(w - m, y - 14, title, "Helvetica-Bold", 12, "right")
    station = "NTE" if lg == "fr" else rng.choice(["LTN", "LGW", "BHX", "EDI"])
    ref = station + rng.choice(["SK", "AT", "AL"]) + code(rng, "99999")
    p.text(
        w - m,
        y,
        tr(lg, "File reference", fr="Reference dossier") + f"  {ref}",
        "Courier-Bold",
        11,
        "right",
    )
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Passenger name", fr="Nom du passager"), pax[0].upper()),
            (
                tr(lg, "Flight / date", fr="Vol / date"),
                code(rng, "AA 9999") + " " + d.strftime("%d%b").upper(),
            ),
            (
                tr(lg, "Routing", fr="Itineraire"),
                rng.choice(["ALC-LTN", "FAO-LGW", "CDG-NTE", "PMI-BHX-EDI"]),
            ),
            (tr(lg, "Bag tag", fr="Etiquette"), code(rng, "AA999999")),
            (
                tr(lg, "Colour / type", fr="Couleur / type"),
                rng.choice(["BK22X", "BU02W", "RD25D", "GY27S"]),
            ),
            (
                tr(lg, "Brand", fr="Marque"),
                rng.choice(["SAMSONITE", "ANTLER", "IT", "NONE", "DELSEY"]),
            ),
            (tr(lg, "Permanent address", fr="Adresse permanente"), f"{pax[1]}, {pax[2]}".upper()),
            (tr(lg, "Temporary address / until", fr="Adresse temporaire"), ""),
            (
                tr(lg, "Telephone", fr="Telephone"),
                code(rng, "07999 999999") if lg == "en" else code(rng, "06 99 99 99 99"),
            ),
            (
                tr(lg, "E-mail", fr="Courriel"),
                pax[0].split()[0].lower()
                + "@"
                + rng.choice(["gmail.com", "outlook.com", "orange.fr"]),
            ),
        ],
        5,
        pt=8.5,
    )
    p.text(m, y + 4, tr(lg, "Contents (distinctive items)", fr="Contenu"), s.bold, 8)
    p.rect(m, y + 9, w * 0.55 - m, 76)
    items = rng.sample(
        [
            "BLUE DRESS",
            "CHILD'S TEDDY",
            "HAIRDRYER",
            "WALKING BOOTS SIZE 9",
            "TOILET BAG GREEN",
            "BOOKS",
            "CAMERA CHARGER",
            "SWIMMING GOGGLES",
            "MEDICATION - INHALER",
        ],
        4,
    )
    for k, it in enumerate(items):
        p.text(m + 6, y + 26 + k * 14, it, "Helvetica-Oblique", 9)
    x = w * 0.55 + 12
    p.text(x, y + 4, tr(lg, "Agent", fr="Agent"), s.bold, 8)
    p.text(x, y + 20, code(rng, "AA") + "/" + station, "Courier", 9)
    p.text(
        x,
        y + 40,
        tr(lg, "Kit issued", fr="Kit remis") + ": " + rng.choice(["Y", "N"]),
        "Courier",
        9,
    )
    p.text(
        x,
        y + 60,
        tr(lg, "Delivery", fr="Livraison") + ": " + rng.choice(["HOME", "COLLECT", "TEMP ADDR"]),
        "Courier",
        9,
    )
    y += 100
    for ln in wrap(
        tr(
            lg,
            "This report does not constitute acceptance of liability. Please keep "
            "receipts for essential purchases. Claims must be made in writing within "
            "21 days of the bag being returned (Montreal Convention).",
            fr="Ce constat ne vaut pas reconnaissance de responsabilite. Conservez "
            "vos justificatifs. Toute reclamation doit etre faite par ecrit dans les "
            "21 jours.",
        ),
        s.font,
        7,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7)
        y += 9
    p.text(m, h - 50, tr(lg, "Passenger signature", fr="Signature du passager"), s.font, 7)
    p.text(m + 100, h - 52, pax[0].split()[-1], "Times-Italic", 14)
    p.line(m + 90, h - 48, m + 300, h - 48)
    p.barcode("code128", ref, w - m - 200, h - 100)
    return [p]


def tpl_travel_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A travel insurance claim form: policy and trip details, the section for the kind of
    claim (cancellation, medical, baggage) with a table of the amounts claimed, the bank
    details and the declaration, four to seven pages with numbered sections; German
    Schadenanzeige from a German insurer."""
    o = office(who, "travelins", ["flag", "stacked", "right"])
    lg = o.lang
    s = paper(who.style, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    fam = home(who, lg)
    pol = code(seeded(who, "policy"), "AAA/999999/99")
    f = sheets(s, o, tr(lg, f"Claim form - policy {pol}", f"Schadenanzeige - Vertrag {pol}"))
    heading(f, s, tr(lg, "Travel insurance claim form", "Schadenanzeige Reiseversicherung"), 5)
    say(
        f,
        s,
        tr(
            lg,
            "Please complete every section that applies and send the form with your "
            "original receipts. Incomplete forms will delay your claim.",
            "Bitte vollstaendig ausfuellen und mit den Originalbelegen einsenden.",
        ),
        pt=s.size - 1,
    )
    d = when(rng)
    secs = [
        (
            tr(lg, "Policyholder", "Versicherungsnehmer"),
            [
                (tr(lg, "Name", "Name"), fam[0]),
                (tr(lg, "Policy number", "Versicherungsnummer"), pol),
                (tr(lg, "Address", "Anschrift"), f"{fam[1]}, {fam[2]}"),
                (
                    tr(lg, "Date of birth", "Geburtsdatum"),
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 1999)}",
                ),
            ],
        ),
        (
            tr(lg, "Your trip", "Ihre Reise"),
            [
                (
                    tr(lg, "Destination", "Reiseziel"),
                    rng.choice(["Spain", "Portugal", "Greece", "France", "Tuerkei"]),
                ),
                (tr(lg, "Booked on", "Gebucht am"), d.strftime("%d/%m/%Y")),
                (tr(lg, "Departure", "Abreise"), (d + timedelta(days=60)).strftime("%d/%m/%Y")),
                (tr(lg, "Return", "Rueckreise"), (d + timedelta(days=74)).strftime("%d/%m/%Y")),
            ],
        ),
        (tr(lg, "What happened", "Schadenhergang"), []),
    ]
    for k, (head, items) in enumerate(secs, 1):
        heading(f, s, f"{k}. {head}", 1, True)
        if items:
            f.need(80)
            f.y = fields(f.page, s, m, f.y, w - 2 * m, items, 2)
        else:
            f.need(120)
            f.page.rect(m, f.y, w - 2 * m, 110)
            yy = f.y + 16
            for ln in wrap(
                chat(rng, "en", "travel", 2, 4), "Helvetica-Oblique", 9.5, w - 2 * m - 20
            )[:7]:
                f.page.text(m + 8, yy, ln, "Helvetica-Oblique", 9.5)
                yy += 13
            f.y += 124
    kind = rng.choice(["cancel", "medical", "baggage"])
    f.new_page()
    heading(
        f,
        s,
        "4. "
        + {
            "cancel": tr(lg, "Cancellation or curtailment", "Reiseruecktritt"),
            "medical": tr(lg, "Medical expenses", "Arztkosten im Ausland"),
            "baggage": tr(lg, "Baggage and personal money", "Reisegepaeck"),
        }[kind],
        1,
        True,
    )
    rows = [
        [
            str(k + 1),
            chatter(rng, "en", "travel", rng.randint(3, 6)),
            (d + timedelta(days=60 + k)).strftime("%d/%m/%Y"),
            money(rng.uniform(8, 900), lg),
            rng.choice(["Y", "Y", "N"]),
        ]
        for k in range(rng.randint(3, 14))
    ]
    table(
        f,
        columns(
            m, w - m, [(0.4, "left"), (3.5, "left"), (1.2, "left"), (1.1, "right"), (0.8, "center")]
        ),
        [
            "#",
            tr(lg, "Item / expense", "Position"),
            tr(lg, "Date", "Datum"),
            tr(lg, "Amount", "Betrag"),
            tr(lg, "Receipt", "Beleg"),
        ],
        rows,
        s,
        rules=True,
    )
    heading(f, s, "5. " + tr(lg, "Other insurance", "Andere Versicherungen"), 1, True)
    f.need(40)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Home contents", "Hausrat"),
            tr(lg, "Credit card cover", "Kreditkarte"),
            "EHIC / GHIC",
            tr(lg, "None", "Keine"),
        ],
        {rng.randint(0, 3)},
    )
    if rng.random() < 0.6:
        f.new_page()
    heading(f, s, "6. " + tr(lg, "Payment", "Bankverbindung"), 1, True)
    f.need(70)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Account name", "Kontoinhaber"), fam[0]),
            (
                tr(lg, "Sort code / account", "IBAN"),
                code(rng, "99-99-99  99999999")
                if lg == "en"
                else code(rng, "DE99 9999 9999 9999 9999 99"),
            ),
        ],
        2,
    )
    heading(f, s, "7. " + tr(lg, "Declaration", "Erklaerung"), 1, True)
    say(
        f,
        s,
        tr(
            lg,
            "I declare that the information given is true and complete. I authorise "
            "any doctor, hospital or travel provider to give the insurer information about "
            "this claim. " + chat(rng, "en", "travel", 1, 2),
            "Ich versichere, dass die Angaben wahrheitsgemaess und vollstaendig sind.",
        ),
        pt=s.size - 1,
    )
    f.need(60)
    f.page.text(m + 10, f.y + 20, fam[0].split()[-1], "Times-Italic", 15)
    f.page.line(m, f.y + 24, m + 200, f.y + 24)
    f.page.text(m, f.y + 34, tr(lg, "Signature", "Unterschrift"), s.font, 7)
    f.y += 50
    if rng.random() < 0.5:
        f.new_page()
        heading(
            f,
            s,
            tr(
                lg,
                "Medical certificate (to be completed by the doctor)",
                "Aerztliche Bescheinigung",
            ),
            1,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, q, q), "")
                for q in [
                    "Patient name",
                    "Date first consulted",
                    "Diagnosis",
                    "Was the condition pre-existing?",
                    "Date advised not to travel",
                    "Doctor's name and stamp",
                    "Signature",
                    "Date",
                ]
            ],
            2,
        )
    if rng.random() < 0.5:
        f.new_page()
        heading(f, s, tr(lg, "Checklist - please send us", "Bitte beifuegen"), 1)
        for item in [
            "Your booking confirmation and invoice",
            "Cancellation invoice from the travel company",
            "Original receipts for all expenses claimed",
            "Medical certificate (section overleaf)",
            "Property irregularity report from the airline",
            "Police report for theft (within 24 hours)",
            "Proof of ownership for items over 150",
        ]:
            f.need(20)
            box(f.page, s.margin, f.y, rng.random() < 0.5, 9)
            f.page.text(s.margin + 16, f.y, item, s.font, s.size)
            f.y += 20
        f.y += 10
        say(f, s, chat(rng, "en", "travel", 2, 4), pt=s.size - 1.5)
    return wrap_up(f.pages, s, o)


def tpl_id_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """A reminder that a passport or identity card is about to expire: HM Passport Office
    reminder, a German Buergeramt letter that the Personalausweis is ready or expires, or a
    French mairie letter for the carte nationale d'identite; one page (A4 or A5), one per
    family member."""
    o = office(who, "passport", ["seal", "hairline", "right"])
    lg = o.lang
    s = paper(
        who.style,
        rng.choice([A4, A4, A5]) if lg != "en" else A4,
        40 if rng.random() < 0.5 else None,
    )
    fam = home(who, lg)
    person = (
        rng.choice(KIDS if lg == "en" else ["Jana", "Paul", "Lucie", "Arthur", "Ben"])
        + " "
        + fam[0].split()[-1]
        if rng.random() < 0.5
        else fam[0]
    )
    d = when(rng)
    exp = d + timedelta(days=rng.randint(60, 180))
    doc_no = code(rng, "999999999" if lg == "en" else "A9A9A9A9A" if lg == "de" else "99AA99999")
    f = sheets(s, o)
    to(
        f,
        s,
        o,
        [person, *fam[1:]],
        d,
        [(tr(lg, "Document number", "Ausweisnummer", "N. de titre"), doc_no)],
    )
    heading(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "Your passport is due to expire",
                    "Ablauf Ihres Personalausweises",
                    "Renouvellement de votre carte d'identite",
                ),
                "",
            ]
        ),
        1.5,
    )
    greet(f, s, lg, person if lg == "en" else "")
    say(
        f,
        s,
        tr(
            lg,
            f"Our records show that the passport for {person} expires on {on(o, exp)}. "
            "You can renew online at GOV.UK; it costs less than a paper application and "
            "you can track progress.",
            f"Ihr Personalausweis (Nr. {doc_no}) ist nur noch bis zum {on(o, exp)} gueltig. "
            "Bitte vereinbaren Sie rechtzeitig einen Termin im Buergeramt. Bringen Sie "
            "ein aktuelles biometrisches Lichtbild und den alten Ausweis mit. Die Gebuehr "
            f"betraegt {rng.choice(['37,00', '22,80'])} EUR.",
            f"Votre carte nationale d'identite expire le {on(o, exp)}. Pour la renouveler, "
            "effectuez une pre-demande en ligne puis prenez rendez-vous en mairie avec une "
            "photo d'identite de moins de six mois et un justificatif de domicile.",
        ),
    )
    if lg == "en":
        say(
            f,
            s,
            "Many countries require your passport to be valid for at least six months "
            "after the date you travel. Check the entry requirements before you book.",
            pt=s.size - 1,
        )
    sign(
        f,
        s,
        lg,
        tr(lg, "HM Passport Office", "Ihr Buergeramt", "Service Titres"),
        "",
        False,
        tr(lg, "Yours sincerely", "Mit freundlichen Gruessen", "Cordialement,"),
    )
    return wrap_up(f.pages, s, o, numbers="none")


def tpl_dog_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """Dog registration: a German Hundesteuerbescheid with the tax per year and the
    instalments and the Rechtsbehelfsbelehrung (two pages), a council dog registration /
    microchip certificate in a border, or a microchip registry's keeper certificate."""
    o = office(who, "animals")
    lg = o.lang
    s = paper(who.style, A4)
    w, h = s.page_size
    m = s.margin
    fam = home(who, lg)
    dog = rng.choice(["Bella", "Rocky", "Luna", "Bruno", "Milo", "Nala", "Biscuit"])
    breed = rng.choice(
        ["Labrador Retriever", "Border Collie", "Cocker Spaniel", "Jack Russell Terrier"]
        + (["Dackel", "Mischling"] if lg == "de" else ["Dachshund", "Crossbreed"])
    )
    d = when(rng)
    chip = code(rng, "999999999999999")
    if lg == "de":
        f = sheets(s, o, f"Kassenzeichen {code(rng, '9999.9999.9999')}")
        kz = code(seeded(who, "dog"), "9999.9999.9999")
        to(f, s, o, fam, d, [("Kassenzeichen", kz), ("Sachbearbeitung", rng.choice(PEOPLE["de"]))])
        heading(f, s, f"Bescheid ueber Hundesteuer fuer {d.year}", 2)
        say(
            f,
            s,
            f"Fuer das Halten des Hundes {dog} ({breed}, Steuermarke Nr. "
            f"{rng.randint(100, 9999)}) wird nach der Hundesteuersatzung die Steuer wie folgt "
            "festgesetzt:",
        )
        rows = [
            [f"01.01.{d.year} - 31.12.{d.year}", "1. Hund", money(108, lg)],
            ["", "Faellig 15.02.", money(27, lg)],
            ["", "Faellig 15.05.", money(27, lg)],
            ["", "Faellig 15.08.", money(27, lg)],
            ["", "Faellig 15.11.", money(27, lg)],
        ]
        table(
            f,
            columns(m, w - m, [(2, "left"), (2, "left"), (1, "right")]),
            ["Zeitraum", "", "EUR"],
            rows,
            s,
        )
        say(
            f,
            s,
            "Die Steuer wird vom angegebenen Konto abgebucht (SEPA-Lastschrift). Die "
            "Steuermarke ist bei jedem Ausgang sichtbar am Halsband zu tragen.",
        )
        f.new_page()
        heading(f, s, "Rechtsbehelfsbelehrung", 1)
        say(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der "
            "Stadtkasse einzulegen. " + chat(rng, "de", "money", 2, 3),
            pt=s.size - 1,
        )
        heading(f, s, "Hinweise", 1)
        say(f, s, chat(rng, "de", "money", 2, 4), pt=s.size - 1.5)
        return wrap_up(f.pages, s, o)
    p = Page(s.page_size)
    y = letterhead(p, s, o)
    p.rect(m - 6, y - 4, w - 2 * m + 12, h - y - m)
    p.rect(m - 2, y, w - 2 * m + 4, h - y - m - 8)
    title = rng.choice(["Certificate of Registration", "Keeper Certificate", "Dog Registration"])
    p.text(w / 2, y + 44, title, "Times-Bold", 20, "center")
    yy = y + 80
    for label, v in [
        ("Registered keeper", fam[0]),
        ("Address", f"{fam[1]}, {fam[2]}"),
        ("Animal's name", dog),
        ("Breed", breed),
        ("Colour", rng.choice(["Black", "Tan and white", "Brindle", "Liver"])),
        ("Sex", rng.choice(["Male (neutered)", "Female (spayed)", "Female"])),
        (
            "Date of birth",
            date(d.year - rng.randint(0, 9), rng.randint(1, 12), 1).strftime("%m/%Y"),
        ),
        ("Microchip number", chip),
        ("Registered on", on(o, d)),
    ]:
        p.text(m + 30, yy, label, s.font, s.size)
        p.text(m + 190, yy, fit(v, s.bold, s.size, w - 2 * m - 200), s.bold, s.size)
        yy += s.size * 2.2
    yy += 20
    for ln in wrap(
        "Please tell us if the keeper's details change, if the animal dies or is "
        "rehomed. It is a legal requirement for dogs over eight weeks old to be "
        "microchipped and the keeper's details kept up to date.",
        s.font,
        8,
        w - 2 * m - 60,
    ):
        p.text(m + 30, yy, ln, s.font, 8)
        yy += 11
    p.barcode("code128", chip, w / 2 - 90, min(yy + 20, h - m - 90))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates M: courts, tax, councils and associations
# ---------------------------------------------------------------------------------------------


def tpl_legal_aid(rng: random.Random, who: Issuer) -> list[Page]:
    """A legal aid means assessment: the decision letter (eligible, with or without a
    contribution), the assessment summary with income, outgoings and disposable income, and
    the contribution schedule of monthly payments; two to five pages."""
    o = office(who, "legalaid", ["seal", "stacked", "mono"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    maat = code(seeded(who, "maat"), "9999999")
    d = when(rng)
    f = sheets(s, o, f"MAAT ref {maat} - {fam[0]}")
    to(
        f,
        s,
        o,
        fam,
        d,
        [
            ("MAAT reference", maat),
            (
                "Solicitor",
                rng.choice(
                    [
                        "Harding Evans LLP",
                        "Askew Bunting Solicitors",
                        "Kidd Rapinet",
                        "Woodfines LLP",
                    ]
                ),
            ),
        ],
    )
    heading(f, s, rng.choice(["Means assessment result", "Your legal aid contribution", ""]), 2)
    greet(f, s, "en", fam[0])
    monthly = rng.choice([0, 0, round(rng.uniform(20, 480), 2)])
    say(
        f,
        s,
        "We have assessed your financial circumstances for your application for legal "
        "aid. "
        + (
            "You are eligible and you do not have to pay a contribution."
            if not monthly
            else f"You are eligible but you must pay a monthly contribution of "
            f"{money(monthly)} from your income."
        ),
    )
    say(f, s, chat(rng, "en", "rules", 2, 3))
    sign(f, s, "en", rng.choice(PEOPLE["en"]), "Means Assessment Caseworker", False)
    f.new_page()
    heading(f, s, "Assessment summary", 1, True)
    inc = [
        ("Gross employment income", rng.uniform(900, 3200)),
        ("Partner's income", rng.choice([0, rng.uniform(400, 2200)])),
        ("Benefits and other income", rng.uniform(0, 600)),
    ]
    out = [
        ("Income tax and National Insurance", rng.uniform(80, 500)),
        ("Housing costs", rng.uniform(350, 1200)),
        ("Childcare", rng.choice([0, 320, 610])),
        ("Maintenance paid", rng.choice([0, 0, 150])),
        ("Cost of living allowance", rng.uniform(350, 700)),
    ]
    rows = [[a, money(v)] for a, v in inc]
    rows.append(["Total monthly income", money(sum(v for _, v in inc))])
    rows += [[a, money(v)] for a, v in out]
    disp = sum(v for _, v in inc) - sum(v for _, v in out)
    rows.append(["Disposable monthly income", money(disp)])
    rows.append(["Capital and equity", money(rng.choice([0, 1200, 8000, 32000]))])
    table(f, columns(m, w - m, [(3, "left"), (1, "right")]), ["", "per month"], rows, s, rules=True)
    if monthly:
        f.new_page()
        heading(f, s, "Contribution schedule", 1, True)
        rows = [
            [
                str(k + 1),
                on(o, d + timedelta(days=30 * (k + 1))),
                money(monthly),
                rng.choice(["Direct Debit", "Standing order", "Card"]),
            ]
            for k in range(6)
        ]
        table(
            f,
            columns(m, w - m, [(0.5, "left"), (1.5, "left"), (1, "right"), (1.5, "left")]),
            ["No.", "Due", "Amount", "Method"],
            rows,
            s,
        )
        say(
            f,
            s,
            "If you are found not guilty any contributions will be refunded with "
            "interest. If you do not pay, we may take enforcement action.",
            pt=s.size - 1.5,
        )
    return wrap_up(f.pages, s, o)


def tpl_fee_remission(rng: random.Random, who: Issuer) -> list[Page]:
    """A court's decision on an application for help with fees: full, partial or no remission,
    the amount still to pay and what happens next; one or two pages, often with a short
    'how we decided' annex."""
    o = office(who, "court", ["seal", "right", "mono"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    fam = home(who, "en")
    hwf = "HWF-" + code(rng, "A99-A99")
    case = code(rng, "A99AA999")
    fee = rng.choice([232, 263, 365, 593, 355, 108])
    outcome = rng.choice(["full", "part", "none"])
    claim = rng.choice(
        [
            "Divorce application",
            "Money claim",
            "Application for a child arrangements order",
            "Probate application",
        ]
    )
    topay = {"full": 0, "part": round(fee * rng.uniform(0.2, 0.7)), "none": fee}[outcome]
    d = when(rng)
    f = sheets(s, o, f"Help with fees {hwf}")
    to(f, s, o, fam, d, [("Help with fees ref", hwf), ("Case number", case)])
    heading(
        f,
        s,
        rng.choice(["Help with fees - decision", "Your application for help with court fees", ""]),
        1.5,
    )
    greet(f, s, "en", fam[0])
    say(
        f,
        s,
        f"Fee: {claim} - {money(fee)}.",
    )
    f.need(50)
    f.page.rect(m, f.y - 4, w - 2 * m, 34, fill=0.92)
    f.page.text(
        m + 8,
        f.y + 12,
        {
            "full": "You do not have to pay the fee.",
            "part": f"You must pay {money(topay)} towards the fee.",
            "none": "You must pay the full fee.",
        }[outcome],
        s.bold,
        s.size + 1,
    )
    f.y += 44
    say(f, s, chat(rng, "en", "rules", 2, 4))
    if outcome != "full":
        say(
            f,
            s,
            "If you do not pay within 14 days your application may be delayed or not "
            "processed. If you think the decision is wrong you can ask for it to be reviewed.",
        )
    sign(f, s, "en", "Help with Fees team", "", False, "Yours sincerely")
    if rng.random() < 0.5:
        f.new_page()
        heading(f, s, "How we decided", 1)
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Savings and investments", money(rng.uniform(0, 5000))),
                ("Savings threshold for this fee", money(3000 if fee < 1421 else 4000)),
                ("Monthly gross income", money(rng.uniform(900, 3400))),
                ("Income threshold for your household", money(rng.uniform(1400, 2300))),
                ("Amount you pay", money(topay)),
            ],
            w - m,
            s.size,
        )
    return wrap_up(f.pages, s, o, numbers="none")


def tpl_tax_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """A tax office confirms a payment plan for unpaid tax: HMRC time to pay arrangement, a
    German Finanzamt Stundungsverfuegung / Ratenzahlung, or a French plan de reglement, with
    the instalment table; one to three pages."""
    o = office(who, "taxoffice", ["seal", "mono", "stacked", "right"])
    lg = o.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    fam = home(who, lg)
    ref = code(
        seeded(who, "tax"),
        {"en": "9999999999", "de": "045/999/99999", "fr": "99 99 999 999 999"}[lg],
    )
    d = when(rng)
    debt = round(rng.uniform(900, 14000), 2)
    n = rng.choice([3, 6, 10, 12, 18, 24])
    f = sheets(s, o, tr(lg, f"UTR {ref}", f"Steuernummer {ref}", f"Ref. {ref}"))
    to(
        f,
        s,
        o,
        fam,
        d,
        [(tr(lg, "Unique Taxpayer Reference", "Steuernummer", "Numero fiscal"), ref)],
    )
    heading(f, s, tr(lg, "Your payment plan", "Stundung mit Ratenzahlung", "Plan de reglement"), 2)
    greet(f, s, lg, fam[0] if lg == "en" else "")
    say(
        f,
        s,
        tr(
            lg,
            f"Thank you for contacting us. We have agreed that you can pay the "
            f"{money(debt)} you owe in {n} monthly instalments by Direct Debit.",
            f"Auf Ihren Antrag werden die rueckstaendigen Steuern in Hoehe von "
            f"{money(debt, lg)} EUR gemaess Paragraph 222 AO gestundet. Sie sind in {n} "
            "Monatsraten zu zahlen.",
            f"Vous avez sollicite des delais de paiement pour une somme de "
            f"{money(debt, lg)} EUR. Je vous accorde un plan de reglement en {n} "
            "echeances mensuelles.",
        ),
    )
    say(f, s, chat(rng, lg, "money", 1, 3))
    rows = []
    left = debt
    for k in range(n):
        amt = round(debt / n, 2) if k < n - 1 else round(left, 2)
        left -= amt
        rows.append(
            [
                str(k + 1),
                on(o, d + timedelta(days=30 * (k + 1))),
                money(amt, lg),
                money(max(left, 0), lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (1.6, "left"), (1.2, "right"), (1.2, "right")]),
        [
            tr(lg, "No.", "Rate", "Ech."),
            tr(lg, "Due date", "Faellig am", "Date"),
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Remaining", "Rest", "Reste du"),
        ],
        rows,
        s,
    )
    f.y += 8
    say(
        f,
        s,
        tr(
            lg,
            "If you miss a payment the whole amount may become due immediately. "
            "Interest continues to be charged on the unpaid amount.",
            "Wird eine Rate nicht fristgerecht gezahlt, ist der gesamte Restbetrag sofort "
            "faellig. Stundungszinsen werden gesondert festgesetzt.",
            "Le non-respect d'une seule echeance rend exigible la totalite du solde.",
        ),
        pt=s.size - 1,
    )
    sign(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(lg, "Payment Support Service", "Erhebungsstelle", "Le comptable public"),
        rng.random() < 0.3,
    )
    if lg == "de" and rng.random() < 0.7:
        heading(f, s, "Rechtsbehelfsbelehrung", 0.5)
        say(
            f,
            s,
            "Gegen diese Verfuegung ist der Einspruch gegeben. " + chat(rng, "de", "money", 2, 3),
            pt=s.size - 1.5,
        )
    return wrap_up(f.pages, s, o)


def tpl_blue_badge(rng: random.Random, who: Issuer) -> list[Page]:
    """A council's Blue Badge decision: approved (badge on its way, the fee, the rules for
    using it in a two-column page of small print) or refused with the reasons; two or three
    pages."""
    o = office(who, "badge", ["seal", "hairline", "right"])
    s = who.style
    fam = home(who, "en")
    ref = code(rng, "BB99999999")
    d = when(rng)
    ok = rng.random() < 0.7
    f = sheets(s, o, f"Blue Badge application {ref}")
    to(f, s, o, fam, d, [("Application ref", ref)])
    heading(f, s, "Blue Badge application - " + ("approved" if ok else "decision"), 1.5)
    greet(f, s, "en", fam[0])
    if ok:
        say(
            f,
            s,
            f"I am pleased to tell you that your application has been approved. Your "
            f"badge will be posted to you within 10 working days and is valid until "
            f"{on(o, d + timedelta(days=3 * 365))}. The fee of 10.00 has been paid.",
        )
        say(
            f,
            s,
            "Please read the enclosed guide on how to use your badge. Misuse is a "
            "criminal offence and the badge may be withdrawn.",
        )
    else:
        say(
            f,
            s,
            "I am sorry to tell you that your application has not been successful. We "
            "assessed your application against the eligibility criteria and found that:",
        )
        for _ in range(rng.randint(2, 4)):
            say(f, s, "- " + chatter(rng, "en", "rules"), 12)
        say(
            f,
            s,
            "You may ask us to review this decision within 28 days if you have further evidence.",
        )
    sign(f, s, "en", rng.choice(PEOPLE["en"]), "Blue Badge Officer", rng.random() < 0.4)
    if ok:
        f.new_page()
        heading(f, s, "The Blue Badge scheme: rights and responsibilities", 1)
        small_print(
            f,
            s,
            [
                f"{t}|{chat(rng, 'en', 'rules', 2, 5)}"
                for t in [
                    "Displaying the badge",
                    "The parking clock",
                    "Where you can park",
                    "Where you cannot park",
                    "Private car parks",
                    "Using the badge abroad",
                    "Lost or stolen badges",
                    "Returning the badge",
                    "Enforcement",
                ]
            ],
            2,
            7.5,
        )
    return wrap_up(f.pages, s, o)


def tpl_assoc_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A club's or association's membership receipt (A6 or A5, landscape for some): member,
    year, amount, how paid, the treasurer's signature; German Verein (Mitgliedsbeitrag
    quittiert), French association (recu de cotisation); a household's receipts come
    together."""
    o = office(who, "assoc", ["hairline", "seal", "stacked"])
    lg = o.lang
    size = rng.choice([A6, landscape(A6), A5, landscape(A5)])
    s = paper(who.style, size, 24, 8)
    w, h = size
    m = s.margin
    p = Page(size)
    y = letterhead(p, s, o)
    fam = home(who, lg)
    member = rng.choice([fam[0], rng.choice(KIDS) + " " + fam[0].split()[-1]])
    d = when(rng)
    no = str(rng.randint(40, 1900))
    p.text(
        w - m, y, tr(lg, "Receipt No.", "Quittung Nr.", "Recu n.") + f" {no}", s.bold, 10, "right"
    )
    y += 18
    amt = rng.choice([12, 15, 25, 30, 45, 60, 85, 120, 160])
    cat = rng.choice(
        [
            tr(lg, "Adult member", "Erwachsene", "Adulte"),
            tr(lg, "Junior", "Jugendliche", "Enfant"),
            tr(lg, "Family", "Familie", "Famille"),
            tr(lg, "Friend (annual)", "Foerdermitglied", "Membre bienfaiteur"),
        ]
    )
    for label, v in [
        (tr(lg, "Received from", "Erhalten von", "Recu de"), member),
        (
            tr(lg, "Membership", "Beitrag", "Cotisation"),
            f"{cat} {d.year}/{(d.year + 1) % 100:02d}" if lg == "en" else f"{cat} {d.year}",
        ),
        (tr(lg, "Amount", "Betrag", "Montant"), money(amt, lg) + " " + cur(lg)),
        (
            tr(lg, "Paid by", "Zahlart", "Mode"),
            rng.choice(
                [
                    tr(lg, "cash", "bar", "especes"),
                    tr(lg, "cheque", "Ueberweisung", "cheque"),
                    "BACS",
                ]
            ),
        ),
        (tr(lg, "Date", "Datum", "Date"), on(o, d)),
    ]:
        if y > h - 40:
            break
        p.text(m, y, label, s.font, 7.5)
        p.text(m + 80, y, fit(v, "Helvetica-Oblique", 9, w - 2 * m - 80), "Helvetica-Oblique", 9)
        p.line(m + 78, y + 3, w - m, y + 3)
        y += 17
    if y < h - 30:
        p.text(
            w - m - 10,
            min(y + 14, h - 20),
            rng.choice(PEOPLE[lg]).split()[-1],
            "Times-Italic",
            12,
            "right",
        )
        p.text(
            w - m,
            min(y + 24, h - 10),
            tr(lg, "Treasurer", "Kassenwart/in", "Tresorier"),
            s.font,
            6.5,
            "right",
        )
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_M: dict[str, Template] = {
    "hospital_bill": tpl_hospital_bill,
    "gp_registration": tpl_gp_registration,
    "admission_appeal": tpl_admission_appeal,
    "uni_offer": tpl_uni_offer,
    "apprenticeship": tpl_apprenticeship,
    "pension_pack": tpl_pension_pack,
    "rent_statement": tpl_rent_statement,
    "housing_benefit": tpl_housing_benefit,
    "energy_welcome": tpl_energy_welcome,
    "smart_meter": tpl_smart_meter,
    "season_ticket": tpl_season_ticket,
    "baggage_report": tpl_baggage_report,
    "travel_claim": tpl_travel_claim,
    "id_renewal": tpl_id_renewal,
    "dog_licence": tpl_dog_licence,
    "legal_aid": tpl_legal_aid,
    "fee_remission": tpl_fee_remission,
    "tax_plan": tpl_tax_plan,
    "blue_badge": tpl_blue_badge,
    "assoc_receipt": tpl_assoc_receipt,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "rent_statement",
    "season_ticket",
    "id_renewal",
    "assoc_receipt",
    "baggage_report",
)
#: A kind often followed by a related kind; the companion is drawn for the same issuer, so it
#: is addressed to the same household.
FOLLOWS = {
    "energy_welcome": "smart_meter",
    "hospital_bill": "travel_claim",
    "legal_aid": "fee_remission",
    "housing_benefit": "rent_statement",
    "apprenticeship": "pension_pack",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_parcel_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; an energy welcome pack is followed by the
    smart meter report, a hospital bill by the travel insurance claim, a legal aid assessment
    by the court fee decision, a housing benefit decision by the rent statement, an
    apprenticeship agreement by the pension joining pack, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_M, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_parcel_stream, "templates M")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Satchel part of the generated corpus: templates K, written blind for the next measurement.

An eleventh part, ``satchel``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the paperwork a household or a
small office gathers over a year and feeds through a scanner in one go: physiotherapy
treatment summaries with the home exercise sheet, prescription prepayment certificates, care
home fee statements, nursery place offers with the acceptance form, exam statements of entry,
student accommodation tenancy agreements, university tuition fee invoices, speeding notices of
intended prosecution with the driver nomination form, car finance settlement quotations,
mortgage product switch offers, home purchase completion statements, meter reading request
cards, tree works decision notices, premium bond prize notices, credit card limit increase
letters, P11D benefits statements, German pension adjustment notices
(Rentenanpassungsmitteilung), French energy payment schedules (echeancier), furniture
delivery bookings, kitchen installation quotations with plan drawings, phone repair job sheets
and dry-cleaning tickets. Some senders write in German or French; page sizes range from A6
tickets to landscape A4 drawings and US Letter.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as dry-cleaning
tickets, repair job sheets, care home fee statements, prize notices, meter reading cards and
speeding notices often come 2-4 in a row from one sender, and companions: a kitchen quotation
is often followed by the delivery booking, a completion statement by a meter reading card for
the new home, a student tenancy by the tuition fee invoice, a physiotherapy summary by the
prescription certificate. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "satchel"`` and seeds offset by
1_000_000.

Usage: ``python benchmarks/corpus_satchel.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/satchel/satchel_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    tr,
    tw,
    wrap,
)
from corpus_kit import address as envelope
from corpus_kit import currency as cur

PART = "satchel"
SEED_OFFSET = 1_000_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Each sender: name, language, street, town, telephone. Senders of a trade are drawn per issuer.
SENDERS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "physio": [
        ("Riverbank Physiotherapy", "en", "14 Mill Wharf", "Tamworth B79 7QA", "01827 460 112"),
        (
            "Kinetic Sports & Spinal Clinic",
            "en",
            "Unit 3, Deer Park",
            "Wrexham LL13 9UT",
            "01978 355 720",
        ),
        (
            "Physiotherapie am Stadtgarten",
            "de",
            "Gartenstrasse 7",
            "79098 Freiburg",
            "0761 38 44 90",
        ),
    ],
    "nhsbsa": [
        (
            "NHS Business Services Authority",
            "en",
            "Bridge House, 152 Pilgrim Street",
            "Newcastle upon Tyne NE1 6SN",
            "0300 330 1341",
        ),
    ],
    "carehome": [
        (
            "Larchfield House Care Home",
            "en",
            "Larchfield Road",
            "Malvern WR14 2RU",
            "01684 571 900",
        ),
        (
            "The Beeches Residential Care Ltd",
            "en",
            "22 Priory Lane",
            "Ludlow SY8 1LS",
            "01584 877 310",
        ),
        (
            "Seniorenresidenz Am Kurpark",
            "de",
            "Kurparkallee 12",
            "76530 Baden-Baden",
            "07221 97 31-0",
        ),
    ],
    "nursery": [
        (
            "Little Acorns Day Nursery",
            "en",
            "The Old School, Church Street",
            "Frome BA11 1PW",
            "01373 462 855",
        ),
        (
            "Shropshire Council - Early Years Admissions",
            "en",
            "Shirehall, Abbey Foregate",
            "Shrewsbury SY2 6ND",
            "0345 678 9008",
        ),
        (
            "Creche municipale Les Petits Loups",
            "fr",
            "8 rue des Ecoles",
            "35000 Rennes",
            "02 99 28 55 10",
        ),
    ],
    "exams": [
        (
            "Kingsmead Academy - Examinations Office",
            "en",
            "Bath Road",
            "Melksham SN12 6LA",
            "01225 702 455",
        ),
        ("St Aldhelm's School", "en", "Aldhelm Lane", "Sherborne DT9 3AP", "01935 810 400"),
        ("Westmoor Sixth Form College", "en", "Moor Lane", "Preston PR1 1XB", "01772 884 012"),
    ],
    "studentlet": [
        (
            "UniNest Student Living Ltd",
            "en",
            "Castle Quay House, 4 Canal Street",
            "Nottingham NG1 7EH",
            "0115 824 6600",
        ),
        (
            "Harbourside Student Residences",
            "en",
            "Spike Island, Cumberland Road",
            "Bristol BS1 6UX",
            "0117 930 0044",
        ),
    ],
    "university": [
        (
            "University of the East Midlands - Student Finance",
            "en",
            "Clifton Campus",
            "Nottingham NG11 8NS",
            "0115 941 8418",
        ),
        (
            "Avon Valley University - Income Office",
            "en",
            "Frenchay Road",
            "Bristol BS16 1QY",
            "0117 965 6261",
        ),
    ],
    "police": [
        (
            "Mercia Safety Camera Partnership",
            "en",
            "PO Box 1240",
            "Worcester WR3 8SP",
            "0300 333 3000",
        ),
        (
            "Wessex Police - Central Ticket Office",
            "en",
            "Mountbatten House",
            "Southampton SO15 1AJ",
            "0845 045 4545",
        ),
    ],
    "motorfinance": [
        (
            "Carrington Motor Finance Ltd",
            "en",
            "Carrington House, Hayes Way",
            "Solihull B90 4LW",
            "0344 871 2260",
        ),
        (
            "Blackstone Auto Credit plc",
            "en",
            "2 Brunswick Square",
            "Leeds LS2 7RF",
            "0330 123 4470",
        ),
    ],
    "lender": [
        (
            "Severn & Wye Building Society",
            "en",
            "Cathedral House, College Green",
            "Gloucester GL1 2LR",
            "0800 028 1110",
        ),
        ("Cotswold Home Loans", "en", "Old Brewery Yard", "Cirencester GL7 1EZ", "01285 640 200"),
        ("Sparkasse Breisgau", "de", "Kaiser-Joseph-Strasse 186", "79098 Freiburg", "0761 215-0"),
    ],
    "solicitor": [
        (
            "Hartley Quinn Conveyancing LLP",
            "en",
            "9 Cornmarket",
            "Banbury OX16 5HQ",
            "01295 750 301",
        ),
        (
            "Pemberton & Gale Solicitors",
            "en",
            "The Old Bank, High Street",
            "Stroud GL5 1AP",
            "01453 766 840",
        ),
    ],
    "supplier": [
        ("Meadowgate Energy", "en", "PO Box 4521", "Warwick CV34 9JQ", "0330 088 1720"),
        (
            "Albion Gas & Electric",
            "en",
            "Albion Court, Forge Road",
            "Reading RG1 7QH",
            "0800 612 7722",
        ),
        ("badenova Energie AG", "de", "Tullastrasse 61", "79108 Freiburg", "0800 279 10 40"),
    ],
    "council": [
        (
            "Wychavon District Council - Planning Services",
            "en",
            "Civic Centre, Queen Elizabeth Drive",
            "Pershore WR10 1PT",
            "01386 565 000",
        ),
        (
            "Mendip District Council - Development Management",
            "en",
            "Cannards Grave Road",
            "Shepton Mallet BA4 5BT",
            "0300 303 8588",
        ),
    ],
    "bonds": [
        (
            "National Savings and Investments",
            "en",
            "Premium Bonds",
            "Blackpool FY3 9YP",
            "08085 007 007",
        ),
    ],
    "cards": [
        ("Halden Card Services", "en", "PO Box 5400", "Northampton NN4 7SP", "0345 600 6500"),
        ("Lyra Credit Card", "en", "Lyra House, Kingsway", "Cardiff CF10 3AH", "0330 200 1234"),
        (
            "Deutsche Kreditkarten-Service GmbH",
            "de",
            "Postfach 11 45",
            "10832 Berlin",
            "030 887 30 500",
        ),
    ],
    "employer": [
        (
            "Thornbury Precision Engineering Ltd",
            "en",
            "Unit 12, Severnside Park",
            "Avonmouth BS11 0YT",
            "0117 982 5500",
        ),
        (
            "Greenhalgh & Pike Architects",
            "en",
            "41 Pembroke Place",
            "Liverpool L3 5PH",
            "0151 709 3322",
        ),
        (
            "Calloway Retail Group plc",
            "en",
            "Calloway House, Station Road",
            "Crawley RH10 1HQ",
            "01293 601 600",
        ),
    ],
    "rente": [
        (
            "Deutsche Rentenversicherung Bund",
            "de",
            "Ruhrstrasse 2",
            "10709 Berlin",
            "0800 1000 4800",
        ),
        (
            "Deutsche Rentenversicherung Baden-Wuerttemberg",
            "de",
            "Gartenstrasse 105",
            "76135 Karlsruhe",
            "0721 825-0",
        ),
    ],
    "energiefr": [
        ("Energies de l'Ouest", "fr", "TSA 21308", "35013 Rennes Cedex", "09 69 32 15 15"),
        (
            "Gaz et Electricite d'Armor",
            "fr",
            "4 quai de Bretagne",
            "22000 Saint-Brieuc",
            "02 96 60 40 00",
        ),
    ],
    "furniture": [
        (
            "Hawthorne Home Furnishings",
            "en",
            "Retail Park, Cribbs Causeway",
            "Bristol BS34 5UR",
            "0117 950 2300",
        ),
        (
            "Oak & Linen Furniture Co",
            "en",
            "Unit 7, Kingsway Park",
            "Derby DE22 3FT",
            "01332 291 777",
        ),
        (
            "Moebelhaus Schwarzwald GmbH",
            "de",
            "Industriestrasse 40",
            "79211 Denzlingen",
            "07666 9010-0",
        ),
    ],
    "kitchens": [
        (
            "Crestwood Kitchens & Interiors",
            "en",
            "18 Market Place",
            "Wantage OX12 8AB",
            "01235 768 445",
        ),
        ("Ironbridge Kitchen Studio", "en", "The Wharfage", "Ironbridge TF8 7NH", "01952 433 109"),
        (
            "Kuechenstudio Breisgau",
            "de",
            "Basler Landstrasse 88",
            "79111 Freiburg",
            "0761 470 22 60",
        ),
    ],
    "repairs": [
        (
            "FixPoint Phone & Tablet Repairs",
            "en",
            "Kiosk 4, Eastgate Centre",
            "Basildon SS14 1EB",
            "01268 520 911",
        ),
        ("Screen Doctor", "en", "62 Northgate Street", "Chester CH1 2HT", "01244 349 008"),
        ("Handy-Klinik Freiburg", "de", "Bertoldstrasse 21", "79098 Freiburg", "0761 290 88 14"),
    ],
    "cleaners": [
        ("Regency Dry Cleaners", "en", "5 Regent Parade", "Cheltenham GL50 1LS", "01242 521 360"),
        ("Pressing du Marche", "fr", "12 place des Lices", "35000 Rennes", "02 99 79 41 07"),
        (
            "Sunbury Laundry & Dry Clean",
            "en",
            "118 Thames Street",
            "Sunbury TW16 5QF",
            "01932 780 244",
        ),
    ],
}
#: Public bodies and the like: no company number or bank details at the foot of their pages.
PUBLIC = {"nhsbsa", "police", "council", "bonds", "rente", "exams", "university"}
TOWNS = {
    "en": [
        "Malvern WR14 3HQ",
        "Frome BA11 4EB",
        "Banbury OX16 9QT",
        "Stroud GL5 3JJ",
        "Derby DE23 6SB",
        "Chester CH2 1BD",
        "Reading RG4 8NS",
        "Preston PR2 9TA",
    ],
    "de": ["79100 Freiburg", "79211 Denzlingen", "76532 Baden-Baden", "79199 Kirchzarten"],
    "fr": ["35000 Rennes", "35200 Rennes", "35510 Cesson-Sevigne", "22000 Saint-Brieuc"],
}
ROADS = {
    "en": [
        "Cowslip Way",
        "Beaufort Road",
        "Quarry Hill",
        "St Mary's Close",
        "Ashgrove Avenue",
        "Tanners Lane",
        "Westfield Crescent",
        "Nelson Street",
    ],
    "de": ["Lorettostrasse", "Wiesentalweg", "Hauptstrasse", "Am Schlossberg", "Talstrasse"],
    "fr": ["rue de Brest", "boulevard de la Liberte", "rue Saint-Helier", "allee des Tilleuls"],
}
FOLK = [
    "Harriet Coulson",
    "Kwame Mensah",
    "Fiona McAllister",
    "Rajesh Nair",
    "Gwen Pritchard",
    "Tomasz Wojcik",
    "Elodie Marchand",
    "Sebastian Hoffmann",
    "Niamh Gallagher",
    "Yusuf Demir",
    "Annette Brunner",
    "Callum Rees",
    "Ingrid Sorensen",
    "Marcus Bellamy",
    "Leonie Vogt",
    "Siobhan Kerr",
    "Adebayo Okafor",
    "Camille Perrot",
]
KIDS = ["Ada", "Rafferty", "Esme", "Jude", "Matilda", "Zain", "Florence", "Oscar", "Nell"]
CARS = [
    ("Vauxhall Astra", "AV19 KZT"),
    ("Ford Kuga", "BN70 HXR"),
    ("Skoda Octavia", "WD68 PLF"),
    ("Nissan Qashqai", "KS21 OVB"),
    ("Honda Jazz", "FJ17 RTE"),
    ("BMW 320d", "LR66 WMC"),
]
WORDS = {
    "en": {
        "glue": "the of and to in for with on as by this that your you we our is are be "
        "from at will any if",
        "clinic": "treatment pain knee shoulder mobility strength exercises session goals "
        "posture range movement review discharge referral muscle",
        "care": "resident room care fees funding assessment nursing contribution council "
        "weekly laundry activities family visiting",
        "school": "child place session hours funding term attendance parents staff "
        "settling key person learning outdoor meals",
        "tenancy": "tenant room residence licence rent instalment deposit contents damage "
        "keys guests noise fire alarm kitchen cleaning",
        "money": "balance account rate interest payment limit credit product repay fee "
        "term monthly charges transfer annual",
        "roads": "vehicle speed camera offence keeper driver limit location photograph "
        "course penalty points court fixed",
        "planning": "tree works crown reduction felling protection order canopy species "
        "condition replacement amenity arboricultural site",
        "home": "delivery room access stairs assembly packaging unit worktop appliance "
        "installation fitting measure survey plumbing electrics",
    },
    "de": {
        "glue": "die der das und zu im fuer mit auf als von dass Ihre wir unsere ist sind "
        "wird bei nach den",
        "clinic": "Behandlung Therapie Schmerzen Beweglichkeit Kraft Uebungen Verordnung "
        "Befund Ziel Termin Arzt Haltung",
        "care": "Bewohner Pflegegrad Heimentgelt Unterkunft Verpflegung Investitionskosten "
        "Pflegekasse Eigenanteil Zimmer Monat",
        "pension": "Rente Anpassung Beitrag Krankenversicherung Pflegeversicherung "
        "Zahlbetrag Rentenwert Bescheid Widerspruch Monat",
        "money": "Konto Zins Darlehen Rate Laufzeit Sollzins Anschlussfinanzierung Kredit "
        "Limit Karte Umsatz Abrechnung",
        "home": "Lieferung Montage Kueche Arbeitsplatte Geraete Termin Aufmass Anschluss "
        "Zimmer Treppe Verpackung Schrank",
    },
    "fr": {
        "glue": "le la les et de du pour avec sur par que votre vos nous est sont sera au aux",
        "money": "echeance prelevement mensualite consommation contrat compteur solde "
        "facture regularisation releve estimation",
        "school": "enfant accueil creche place inscription horaires famille tarif dossier "
        "adaptation repas",
        "home": "vetement nettoyage article retrait ticket tache traitement delai piece",
    },
}


def line_of(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A sentence of made-up text on ``topic`` in ``lang`` (English words if it has none)."""
    words = WORDS[lang] if topic in WORDS[lang] else WORDS["en"]
    own, glue = words[topic].split(), words["glue"].split()
    picked = [rng.choice(own) if rng.random() < 0.4 else rng.choice(glue) for _ in range(n or 12)]
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."  # German nouns keep their capitals


def passage(rng: random.Random, lang: str, topic: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(
        line_of(rng, lang, topic, rng.randint(7, 17)) for _ in range(rng.randint(lo, hi))
    )


def when(rng: random.Random) -> date:
    return date(2023, 1, 9) + timedelta(days=rng.randint(0, 1250))


def stable(who: Issuer, salt: str) -> random.Random:
    """The same values for the same issuer: a run of one sender's documents or a companion
    document keeps its customer, account number and so on."""
    return random.Random(zlib.crc32(f"satchel/{salt}/{who.name}/{who.city}/{who.street}".encode()))


def pattern(rng: random.Random, shape: str) -> str:
    """``shape`` with ``9`` made a random digit and ``X`` a random capital letter."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join({"9": str(rng.randint(0, 9)), "X": rng.choice(letters)}.get(c, c) for c in shape)


def folk(rng: random.Random) -> str:
    return rng.choice(FOLK)


def client(rng: random.Random, lang: str) -> list[str]:
    return someone(rng, lang, folk, ROADS, TOWNS, 140)


def sized(s: Style, size: tuple[float, float], margin: float | None = None) -> Style:
    """``s`` on another paper size (and margin)."""
    return replace(s, page_size=size, margin=s.margin if margin is None else margin)


# ---------------------------------------------------------------------------------------------
# Senders and page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class Firm:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    web: str
    head: str  # band | monogram | stack | ruled | infoblock | plainname
    repeat: bool  # letterhead again on every later page
    foot: list[str]  # registration / bank lines at the foot of every page ([] for none)
    paging: str  # number format for number_pages ("none" for none)
    where: str  # number position for number_pages
    dates: str  # date style for date_text


#: Public senders' real-looking web addresses (others get one made from their name).
SITES = {"nhsbsa": "www.nhsbsa.nhs.uk", "police": "www.gov.uk", "bonds": "www.nsandi.com"}
HEADS = ["band", "monogram", "stack", "ruled", "infoblock", "plainname"]
PAGINGS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "{i}", "Page {i}", "2:{i}", "({i})"],
    "de": ["none", "none", "Seite {i} von {n}", "- {i} -", "Blatt {i}", "2:Seite {i}"],
    "fr": ["none", "none", "{i}/{n}", "Page {i} sur {n}", "2:- {i} -"],
}


def registration(r: random.Random, name: str, lang: str, street: str, town: str) -> list[str]:
    short = name.split(" - ")[0]
    if lang == "de":
        return [
            f"{short} - {street}, {town}",
            f"Registergericht Freiburg HRB {r.randint(2000, 719999)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}",
            f"IBAN DE{r.randint(10, 99)} 6805 0101 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            f" {r.randint(10, 99)} - BIC FRSPDE66XXX",
        ]
    if lang == "fr":
        return [
            f"{short} - SAS au capital de {r.choice([10000, 37000, 250000])} euros",
            f"SIREN {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} RCS Rennes"
            f" - APE {r.randint(1000, 9999)}Z",
        ]
    return [
        f"{short}. Registered office: {street}, {town}. Registered in England and Wales no. "
        f"{r.randint(1000000, 14999999):08d}.",
        f"VAT no. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
    ]


def firm(who: Issuer, trade: str, heads: list[str] | None = None) -> Firm:
    """The ``trade`` sender behind ``who``; the same issuer always gets the same firm."""
    r = stable(who, trade)
    name, lang, street, town, phone = r.choice(SENDERS[trade])
    host = "".join(c for c in name.split(" - ")[0].lower() if c.isalnum())[:20]
    web = "www." + host + {"en": ".co.uk", "de": ".de", "fr": ".fr"}[lang]
    foot = [] if trade in PUBLIC or r.random() < 0.4 else registration(r, name, lang, street, town)
    return Firm(
        name,
        lang,
        street,
        town,
        phone,
        SITES.get(trade, web),
        r.choice(heads or HEADS),
        r.random() < 0.3,
        foot,
        r.choice(PAGINGS[lang]),
        r.choice(["bc", "br", "br", "tr", "bl", "bc"]),
        r.choice(["long", "short", "long", "us" if lang == "en" else "short"]),
    )


def stamp(fm: Firm, d: date) -> str:
    return date_text(d, fm.lang, fm.dates)


def monogram(name: str) -> str:
    return "".join(w[0] for w in name.split(" - ")[0].replace("&", "").split() if w[0].isupper())[
        :3
    ]


def crest(p: Page, s: Style, fm: Firm, head: str | None = None) -> float:
    """Draw ``fm``'s letterhead (``head`` or its own); returns the y where content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m, 38.0)  # the letterhead's baseline; small cards have narrow margins
    head = head or fm.head
    tiny = 7.0
    if head == "band":
        room = w - 2 * m - max(tw(fm.phone, s.font, tiny), tw(fm.web, s.font, tiny)) - 14
        p.rect(0, 0, w, y + 8, fill=0.85)
        p.text(m, y - 10, fit(fm.name, s.bold, s.size + 5, room), s.bold, s.size + 5)
        p.text(w - m, y - 14, fm.phone, s.font, tiny, "right")
        p.text(w - m, y - 5, fm.web, s.font, tiny, "right")
        p.text(m, y + 20, fit(f"{fm.street} | {fm.town}", s.font, tiny, w - 2 * m), s.font, tiny)
        return y + 42
    if head == "monogram":
        p.rect(m, y - 22, 34, 34)
        p.rect(m + 3, y - 19, 28, 28)
        p.text(m + 17, y, monogram(fm.name), "Times-Bold", 11, "center")
        big = shrink(fm.name, s.bold, s.size + 3, w - 2 * m - 46)
        p.text(m + 44, y - 8, fm.name, s.bold, big)
        where = fit(f"{fm.street}, {fm.town}", s.font, tiny, w - 2 * m - 46)
        p.text(m + 44, y + 4, where, s.font, tiny)
        p.line(m, y + 20, w - m, y + 20)
        return y + 44
    if head == "stack":
        big = shrink(fm.name.upper(), s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y - 4, fm.name.upper(), s.bold, big, "center")
        where = fit(f"{fm.street} - {fm.town}", s.font, tiny, w - 2 * m)
        p.text(w / 2, y + 8, where, s.font, tiny, "center")
        reach = fit(f"Tel {fm.phone} - {fm.web}", s.font, tiny, w - 2 * m)
        p.text(w / 2, y + 17, reach, s.font, tiny, "center")
        return y + 40
    if head == "ruled":
        big = shrink(fm.name, "Times-Bold", s.size + 7, w - 2 * m)
        p.text(m, y - 2, fm.name, "Times-Bold", big)
        p.line(m, y + 5, w - m, y + 5)
        p.line(m, y + 7.5, w - m, y + 7.5)
        info = f"{fm.street}  *  {fm.town}  *  {fm.phone}"
        p.text(w - m, y + 17, fit(info, s.font, tiny, w - 2 * m), s.font, tiny, "right")
        return y + 38
    if head == "infoblock":
        half = w / 2 - m
        p.text(m, y - 6, fit(fm.name, s.bold, s.size + 2, half), s.bold, s.size + 2)
        for k, t in enumerate([fm.street, fm.town, fm.phone, fm.web]):
            p.text(w - m, y - 10 + k * 9, fit(t, s.font, tiny, half - 10), s.font, tiny, "right")
        return y + 36
    p.text(m, y - 8, fit(fm.name, s.bold, s.size, w - 2 * m), s.bold, s.size)
    return y + 12


def later(p: Page, s: Style, fm: Firm, running: str) -> float:
    """Top of a continuation page: the letterhead again, a running line, or nothing."""
    if fm.repeat:
        return crest(p, s, fm)
    if not running:
        return s.margin - 6
    w, _ = p.size
    m = s.margin
    p.text(m, m - 14, fit(running, s.font, 7.5, w - 2 * m), s.font, 7.5)
    p.line(m, m - 10, w - m, m - 10)
    return m + 6


def bottom_room(fm: Firm) -> float:
    return 34.0 + 8.0 * len(fm.foot)


def close(pages: list[Page], s: Style, fm: Firm, paging: str = "", skip: int = 0) -> None:
    """Foot lines on every page of ``fm``'s document, then its page numbers (``paging`` to
    override the firm's; ``skip`` cover pages not counted)."""
    for p in pages[skip:]:
        w, h = p.size
        for k, t in enumerate(fm.foot):
            y = h - 18 - 7.5 * (len(fm.foot) - 1 - k)
            p.text(w / 2, y, fit(t, s.font, 5.8, w - 2 * s.margin), s.font, 5.8, "center")
    fmt = paging or fm.paging
    top = 20.0 if not fm.foot else 22.0
    low = 22.0 + 7.5 * len(fm.foot)
    number_pages(pages, s, fmt, fm.where, skip, top=top, bottom=low)


class Sheet(Flow):
    """The part's spacing: slightly tighter lines, more space after paragraphs."""

    line = 1.32
    para_gap = 0.85
    head_lead = 0.8
    head_after = 1.7


def doc(
    s: Style,
    fm: Firm,
    running: str = "",
    size: tuple[float, float] | None = None,
    headed: bool = True,
) -> Sheet:
    """A flow of ``fm``'s pages: letterhead on page 1 (unless not ``headed``: a part that
    follows a cover), ``running`` or the letterhead again on later pages."""
    st = s if size is None else sized(s, size)

    def top(p: Page, n: int) -> float:
        return crest(p, st, fm) if n == 1 and headed else later(p, st, fm, running)

    return Sheet(st.page_size, st.page_size[1] - st.margin - bottom_room(fm) + 20, top)


def to_block(
    f: Flow, s: Style, fm: Firm, to: list[str], refs: list[tuple[str, str]], d: date
) -> None:
    """Recipient in the envelope window, references and the date to the right of it."""
    w, _ = f.size
    y0 = f.y + 4
    low = envelope(f.page, s, fm if fm.head != "plainname" else None, y0, to)
    refs = [*refs, (tr(fm.lang, "Date", "Datum", "Date"), stamp(fm, d))]
    right = pairs(f.page, s, w * 0.55, y0 + 8, refs, w - s.margin, s.size - 1.5)
    f.y = max(low, right) + 18


def title(f: Flow, s: Style, text: str, up: float = 2, rule: bool = False) -> None:
    w, _ = f.size
    size = shrink(text, s.bold, s.size + up, w - 2 * s.margin)
    f.need(size * 3.5)
    f.page.text(s.margin, f.y, text, s.bold, size)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += size * 1.9


def say(f: Flow, s: Style, text: str, indent: float = 0, size: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, size or s.size)


def opening(f: Flow, s: Style, lang: str, name: str) -> None:
    last = name.split()[-1]
    text = tr(
        lang,
        f"Dear {name}," if len(name) < 24 else "Dear Customer,",
        f"Sehr geehrte/r {name},",
        f"Madame, Monsieur {last},",
    )
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, text, s.font, s.size)
    f.y += s.size * 2.1


def closing(f: Flow, s: Style, lang: str, signer: str, role: str, scrawl: bool = True) -> None:
    f.need(96)
    bye = tr(
        lang,
        "Yours sincerely",
        "Mit freundlichen Gruessen",
        "Nous vous prions d'agreer nos salutations distinguees.",
    )
    f.page.text(s.margin, f.y, bye, s.font, s.size)
    y = f.y + 16
    if scrawl:
        f.page.text(s.margin + 6, y + 16, signer.split()[-1], "Times-Italic", 18)
        f.page.line(s.margin, y + 20, s.margin + 90, y + 17)
        y += 26
    f.page.text(s.margin, y + 10, signer, s.bold, s.size)
    f.page.text(s.margin, y + 10 + s.size * 1.35, role, s.font, s.size - 1)
    f.y = y + 22 + s.size * 2.4


def scissors(p: Page, y: float, x0: float, x1: float, note: str = "") -> None:
    """A dashed cut line with an optional note at its left end."""
    for k in range(int((x1 - x0) / 9)):
        p.line(x0 + 9 * k, y, x0 + 9 * k + 5, y)
    if note:
        p.text(x0 + 4, y - 3, note, "Helvetica", 6)


def slot(p: Page, x: float, y: float, w: float, label: str, value: str = "", h: float = 24) -> None:
    """A form box with a small label in its top left corner and an optional entry."""
    p.rect(x, y, w, h)
    p.text(x + 2.5, y + 7, fit(label, "Helvetica", 6, w - 5), "Helvetica", 6)
    if value:
        p.text(x + 4, y + h - 5, fit(value, "Helvetica", 9, w - 8), "Helvetica", 9)


def grid(
    p: Page,
    s: Style,
    x0: float,
    x1: float,
    y: float,
    head: list[str],
    rows: list[list[str]],
    spec: list[tuple[float, str]],
    size: float = 8,
) -> float:
    """A small ruled table on one page; returns the y below it."""
    cols = columns(x0, x1, spec)
    p.rect(x0, y - size - 2, x1 - x0, size + 6, fill=0.88)
    for c, t in zip(cols, head, strict=True):
        cell(p, c, y, t, s.bold, size)
    y += size + 6
    for row in rows:
        for c, t in zip(cols, row, strict=True):
            cell(p, c, y, t, s.font, size)
        p.line(x0, y + 4, x1, y + 4)
        y += size * 1.7
    return y


# ---------------------------------------------------------------------------------------------
# Templates K: health and care
# ---------------------------------------------------------------------------------------------

EXERCISES = {
    "en": [
        "Heel slides",
        "Static quads",
        "Straight leg raise",
        "Bridging",
        "Clam shells",
        "Wall push-ups",
        "Calf raises",
        "Pendulum swings",
        "Chin tucks",
        "Sit to stand",
        "Single leg balance",
        "Step-ups",
    ],
    "de": [
        "Fersengleiten",
        "Quadrizeps anspannen",
        "Bridging",
        "Wadenheben",
        "Pendeln",
        "Kinn einziehen",
        "Aufstehen vom Stuhl",
        "Einbeinstand",
        "Stufensteigen",
    ],
}


def tpl_physio_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """A physiotherapy practice's discharge summary to the GP (copy to the patient), often with
    the home exercise programme sheet enclosed on a page of its own."""
    fm = firm(who, "physio", ["monogram", "stack", "infoblock", "ruled"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, h = s.page_size
    m = s.margin
    pt = stable(who, "patient")
    patient = client(pt, lg)
    born = date(pt.randint(1948, 2001), pt.randint(1, 12), pt.randint(1, 28))
    area = rng.choice(["left knee", "right shoulder", "lower back", "neck", "right ankle"])
    area_de = {
        "left knee": "Knie links",
        "right shoulder": "Schulter rechts",
        "lower back": "LWS",
        "neck": "HWS",
        "right ankle": "Sprunggelenk rechts",
    }[area]
    f = doc(s, fm, f"{patient[0]} - {stamp(fm, born)}")
    d = when(rng)
    gp = rng.choice(["Dr A. Whitcombe", "Dr S. Farrant", "Dr R. Iqbal", "Dr med. K. Lindner"])
    to_block(
        f,
        s,
        fm,
        [gp, rng.choice(["The Surgery", "Praxis", "Health Centre"]), *patient[2:]],
        [(tr(lg, "Patient", "Patient/in"), patient[0]), (tr(lg, "DOB", "geb."), stamp(fm, born))],
        d,
    )
    title(
        f,
        s,
        tr(
            lg, f"Re: {patient[0]} - discharge summary", f"Therapiebericht {patient[0]} - {area_de}"
        ),
    )
    sessions = rng.randint(4, 12)
    say(
        f,
        s,
        tr(
            lg,
            f"Thank you for referring {patient[0].split()[0]} with {area} pain. They "
            f"attended {sessions} sessions between {stamp(fm, d - timedelta(days=70))} "
            f"and {stamp(fm, d - timedelta(days=3))} and have now been discharged.",
            f"wir berichten ueber die Behandlung von {patient[0]} aufgrund der Verordnung "
            f"vom {stamp(fm, d - timedelta(days=80))} ({sessions} x KG).",
        ),
    )
    for head_en, head_de in [
        ("Presenting complaint", "Befund bei Aufnahme"),
        ("Treatment", "Behandlung"),
        ("Outcome", "Verlauf und Ergebnis"),
    ]:
        f.need(s.size * 5)
        f.page.text(s.margin, f.y, tr(lg, head_en, head_de), s.bold, s.size)
        f.y += s.size * 1.5
        say(f, s, passage(rng, lg, "clinic", 1, 3))
    if rng.random() < 0.6:
        rows = [
            [tr(lg, k, k2), f"{rng.randint(2, 8)}/10", f"{rng.randint(0, 3)}/10"]
            for k, k2 in [
                ("Pain at rest", "Ruheschmerz"),
                ("Pain on activity", "Belastung"),
                ("Function score", "Funktion"),
            ]
        ]
        table(
            f,
            columns(m, w - m - 120, [(3, "left"), (1, "right"), (1, "right")]),
            ["", tr(lg, "Initial", "Beginn"), tr(lg, "Discharge", "Ende")],
            rows,
            s,
            rules=True,
        )
        f.y += 8
    say(
        f,
        s,
        tr(
            lg,
            "Please do not hesitate to re-refer if symptoms return.",
            "Fuer Rueckfragen stehen wir gerne zur Verfuegung.",
        ),
    )
    closing(
        f,
        s,
        lg,
        folk(rng),
        tr(lg, "MCSP, HCPC registered physiotherapist", "Physiotherapeut/in B.Sc."),
        rng.random() < 0.6,
    )
    if f.y < h - 120:
        f.page.text(m, f.y, tr(lg, f"cc: {patient[0]}", f"Kopie: {patient[0]}"), s.font, s.size - 1)
    pages = f.pages
    close(pages, s, fm)
    if rng.random() < 0.65:
        p = Page(s.page_size)
        y = crest(p, s, fm, "plainname")
        p.text(
            m,
            y + 12,
            tr(lg, "Your home exercise programme", "Ihr Heimuebungsprogramm"),
            s.bold,
            s.size + 4,
        )
        p.text(m, y + 28, f"{patient[0]} - {area if lg == 'en' else area_de}", s.font, s.size)
        y += 54
        for k, ex in enumerate(rng.sample(EXERCISES[lg if lg in EXERCISES else "en"], 4)):
            if y > h - m - 120:
                break
            p.rect(m, y - 10, 90, 70)
            p.line(m + 10, y + 45, m + 45, y + 5)
            p.line(m + 45, y + 5, m + 80, y + 45)
            p.text(m + 104, y, f"{k + 1}. {ex}", s.bold, s.size)
            yy = y + s.size * 1.5
            for ln in wrap(line_of(rng, lg, "clinic", 16), s.font, s.size - 1, w - 2 * m - 110)[:3]:
                p.text(m + 104, yy, ln, s.font, s.size - 1)
                yy += (s.size - 1) * 1.3
            reps = tr(
                lg,
                f"Repeat {rng.choice([5, 8, 10, 15])} times, {rng.randint(2, 3)} x daily",
                f"{rng.choice([8, 10, 15])} Wiederholungen, {rng.randint(2, 3)}x taeglich",
            )
            p.text(m + 104, yy + 3, reps, italic(s.font), s.size - 1)
            y += 92
        pages.append(p)
    return pages


def tpl_rx_exemption(rng: random.Random, who: Issuer) -> list[Page]:
    """A prescription prepayment certificate or medical exemption certificate: a short letter
    with the certificate card printed in the lower half (no page number, one page)."""
    fm = firm(who, "nhsbsa", ["band", "plainname"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    f = doc(s, fm)
    to = client(stable(who, "patient"), "en")  # the physiotherapy patient, when it follows one
    d = when(rng)
    kind = rng.choice(["PPC", "MedEx", "MatEx"])
    certno = pattern(rng, "999 999 9999" if kind != "PPC" else "PPC 9999 9999")
    valid = d + timedelta(days={"PPC": rng.choice([91, 365]), "MedEx": 1826, "MatEx": 456}[kind])
    to_block(f, s, fm, to, [("Certificate number", certno)], d)
    name = {
        "PPC": "Prescription Prepayment Certificate",
        "MedEx": "Medical exemption certificate",
        "MatEx": "Maternity exemption certificate",
    }[kind]
    title(f, s, f"Your {name}" if rng.random() < 0.7 else "Free NHS prescriptions")
    say(
        f,
        s,
        f"Your certificate is below. It is valid from {stamp(fm, d)} to {stamp(fm, valid)}. "
        "Tell the pharmacy you have a certificate and show it if asked. Keep it somewhere "
        "safe, you can cut it out along the dotted line.",
    )
    if kind == "PPC":
        say(
            f,
            s,
            f"You paid {money(rng.choice([32.05, 114.50, 11.45 * 10]))} by "
            f"{rng.choice(['debit card', 'Direct Debit in 10 instalments'])}. We will "
            "remind you before it runs out.",
        )
    else:
        say(
            f,
            s,
            "We will send you a reminder about a month before it runs out if you are still "
            "entitled.",
        )
    y = max(f.y + 10, h / 2 + 40)
    scissors(f.page, y, m - 10, w - m + 10, "cut here")
    cw, ch = min(300.0, w - 2 * m), 170.0
    x = (w - cw) / 2
    y += 26
    p = f.page
    p.rect(x, y, cw, ch)
    p.rect(x, y, cw, 24, fill=0.8)
    p.text(x + 10, y + 16, name, "Helvetica-Bold", 10)
    for k, (lab, val) in enumerate(
        [
            ("Name", to[0]),
            ("Address", f"{to[1]}, {to[2]}"),
            ("Certificate no.", certno),
            ("Valid from", stamp(fm, d)),
            ("Expiry date", stamp(fm, valid)),
        ]
    ):
        p.text(x + 10, y + 44 + k * 18, lab, "Helvetica", 7.5)
        p.text(
            x + 90, y + 44 + k * 18, fit(val, "Helvetica-Bold", 9, cw - 100), "Helvetica-Bold", 9
        )
    p.text(x + 10, y + ch - 10, "Not valid for dental charges or sight tests", "Helvetica", 6.5)
    close(f.pages, s, fm, paging="none")
    return f.pages


def tpl_care_fees(rng: random.Random, who: Issuer) -> list[Page]:
    """A care home's monthly fee statement for one resident, sent to the family member who
    pays: weekly fee, council or Pflegekasse contribution, extras (hairdresser, chiropody),
    balance carried; a second page of extras when there are many."""
    fm = firm(who, "carehome", ["band", "monogram", "stack", "infoblock"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    res = stable(who, "resident")
    resident = folk(res)
    payer = client(res, lg)
    wings = ["Oak", "Elm", "Rose", "Willow"] if lg == "en" else ["Garten", "Linde", "Ahorn"]
    room = f"{res.choice(wings)} {res.randint(1, 40)}"
    d0 = when(rng).replace(day=1)
    month = date_text(d0, lg, "long").split(" ", 1)[-1]
    f = doc(s, fm, f"{resident} - {month}")
    to_block(
        f,
        s,
        fm,
        payer,
        [
            (tr(lg, "Resident", "Bewohner/in"), resident),
            (tr(lg, "Room", "Zimmer"), room),
            (tr(lg, "Account", "Debitor"), pattern(res, "R9999")),
        ],
        d0 + timedelta(days=rng.randint(0, 4)),
    )
    title(f, s, tr(lg, f"Statement of fees - {month}", f"Heimkostenabrechnung {month}"))
    if lg == "de":
        base = [
            ("Pflegebedingter Aufwand", 3120.55),
            ("Unterkunft", 744.80),
            ("Verpflegung", 520.10),
            ("Investitionskosten", 611.40),
            ("Ausbildungsumlage", 98.30),
        ]
        minus = [
            ("Leistung Pflegekasse (Pflegegrad 3)", -1497.00),
            ("Leistungszuschlag nach 45 e SGB XI", -round(rng.uniform(150, 600), 2)),
        ]
    else:
        weekly = rng.choice([1085.0, 1190.0, 1325.0, 1460.0])
        base = [(f"Residential care, 4 weeks at {money(weekly)}", weekly * 4)]
        minus = [("Local authority contribution", -round(weekly * rng.uniform(0.3, 0.7) * 4, 2))]
        if rng.random() < 0.4:
            minus.append(("NHS funded nursing care", -235.88 * 4 / 4.35))
    extras = [
        (tr(lg, e, e2), round(rng.uniform(6, 48), 2))
        for e, e2 in rng.sample(
            [
                ("Hairdresser", "Friseur"),
                ("Chiropody", "Fusspflege"),
                ("Newspapers", "Zeitung"),
                ("Toiletries", "Hygieneartikel"),
                ("Outing - garden centre", "Ausflug"),
                ("Dry cleaning", "Reinigung"),
                ("Telephone", "Telefon"),
            ],
            rng.randint(0, 5),
        )
    ]
    rows = [[t, money(v, lg)] for t, v in base + minus + extras]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Description", "Leistung"), cur(lg)],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    total = round(sum(v for _, v in base + minus + extras), 2)
    brought = rng.choice([0.0, 0.0, round(rng.uniform(-200, 900), 2)])
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                (tr(lg, "Charges this month", "Summe Monat"), money(total, lg)),
                (tr(lg, "Balance brought forward", "Saldovortrag"), money(brought, lg)),
                (tr(lg, "Amount due", "Zu zahlen"), money(total + brought, lg)),
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
            f"Payment is collected by Direct Debit on or after "
            f"{stamp(fm, d0 + timedelta(days=14))}.",
            f"Der Betrag wird am {stamp(fm, d0 + timedelta(days=14))} per Lastschrift eingezogen.",
        ),
        size=s.size - 1,
    )
    close(f.pages, s, fm)
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates K: education
# ---------------------------------------------------------------------------------------------


def tpl_nursery_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A nursery (or the council's early years team, or a French creche) offering a child a
    place: the offer letter with the sessions, then the acceptance form to sign and return."""
    fm = firm(who, "nursery", ["monogram", "stack", "plainname", "band"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, h = s.page_size
    m = s.margin
    fam = stable(who, "family")
    parent = client(fam, lg)
    kid = f"{fam.choice(KIDS)} {parent[0].split()[-1]}"
    start = when(rng)
    f = doc(s, fm, tr(lg, f"Offer of a place - {kid}", "", f"Admission de {kid}"))
    to_block(
        f,
        s,
        fm,
        parent,
        [
            (tr(lg, "Child", "Kind", "Enfant"), kid),
            (tr(lg, "Ref", "Az.", "Dossier"), pattern(fam, "EY/99999")),
        ],
        start - timedelta(days=rng.randint(20, 60)),
    )
    title(f, s, tr(lg, "Offer of a nursery place", "", "Proposition de place en creche"))
    opening(f, s, lg, parent[0])
    days = rng.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], rng.randint(2, 5))
    say(
        f,
        s,
        tr(
            lg,
            f"We are delighted to offer {kid.split()[0]} a place starting on "
            f"{stamp(fm, start)}. The sessions offered are listed below.",
            "",
            f"Nous avons le plaisir de vous proposer une place pour {kid.split()[0]} a "
            f"compter du {stamp(fm, start)}.",
        ),
    )
    rows = [
        [
            tr(
                lg,
                dd,
                "",
                {
                    "Monday": "lundi",
                    "Tuesday": "mardi",
                    "Wednesday": "mercredi",
                    "Thursday": "jeudi",
                    "Friday": "vendredi",
                }[dd],
            ),
            rng.choice(["08:00 - 18:00", "08:00 - 13:00", "13:00 - 18:00", "09:00 - 15:00"]),
        ]
        for dd in sorted(days, key=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].index)
    ]
    table(
        f,
        columns(m, m + 260, [(1.2, "left"), (1.4, "left")]),
        [tr(lg, "Day", "", "Jour"), tr(lg, "Session", "", "Horaires")],
        rows,
        s,
    )
    f.y += 6
    if lg == "en":
        say(
            f,
            s,
            f"{rng.choice([15, 30])} hours a week are funded. Additional hours are "
            f"charged at {money(rng.choice([6.20, 6.85, 7.40]))} an hour, invoiced "
            "monthly in advance.",
        )
    else:
        say(
            f,
            s,
            f"Votre participation est calculee selon le bareme CAF: "
            f"{money(rng.uniform(0.6, 3.2), 'fr')} EUR par heure.",
        )
    say(f, s, passage(rng, lg, "school", 1, 3))
    due = start - timedelta(days=rng.randint(7, 14))
    say(
        f,
        s,
        tr(
            lg,
            f"Please return the acceptance form by {stamp(fm, due)}, otherwise the "
            "place may be offered to another family.",
            "",
            f"Merci de retourner le coupon d'acceptation avant le {stamp(fm, due)}.",
        ),
    )
    closing(f, s, lg, folk(rng), tr(lg, "Nursery Manager", "", "Directrice"), rng.random() < 0.5)
    pages = f.pages
    close(pages, s, fm)
    if rng.random() < 0.8:
        p = Page(s.page_size)
        y = m + 4
        p.text(
            w / 2,
            y,
            tr(lg, "ACCEPTANCE OF PLACE", "", "COUPON D'ACCEPTATION"),
            s.bold,
            s.size + 3,
            "center",
        )
        p.text(w / 2, y + 16, fm.name, s.font, s.size - 1, "center")
        y += 40
        for lab, val in [
            (tr(lg, "Child's name", "", "Nom de l'enfant"), kid),
            (tr(lg, "Date of birth", "", "Date de naissance"), ""),
            (tr(lg, "Parent / carer", "", "Responsable legal"), parent[0]),
            (tr(lg, "Telephone", "", "Telephone"), ""),
            (tr(lg, "Email", "", "Courriel"), ""),
        ]:
            slot(p, m, y, w - 2 * m, lab, val if rng.random() < 0.5 else "")
            y += 30
        y += 10
        for lab in [
            tr(lg, "I accept the place offered", "", "J'accepte la place proposee"),
            tr(lg, "I decline the place", "", "Je refuse la place"),
            tr(
                lg,
                "I would like different sessions (give details)",
                "",
                "Je souhaite d'autres horaires",
            ),
        ]:
            box(p, m, y, False)
            p.text(m + 14, y, lab, s.font, s.size)
            y += 18
        y += 30
        p.text(m, y, tr(lg, "Signed", "", "Signature") + " " + "." * 28, s.font, s.size)
        p.text(w - m, y, tr(lg, "Date", "", "Date") + " " + "." * 12, s.font, s.size, "right")
        if lg == "en" and y < h - 200:
            p.text(m, y + 40, "Funding declaration", s.bold, s.size)
            for k, ln in enumerate(
                wrap(passage(rng, "en", "school", 2, 3), s.font, s.size - 1, w - 2 * m)[:8]
            ):
                p.text(m, y + 56 + k * (s.size + 1.5), ln, s.font, s.size - 1)
        pages.append(p)
    return pages


SUBJECTS = [
    ("Mathematics", "AQA", "8300"),
    ("English Language", "AQA", "8700"),
    ("English Literature", "AQA", "8702"),
    ("Combined Science", "OCR", "J250"),
    ("History", "Edexcel", "1HI0"),
    ("Geography", "OCR", "J384"),
    ("French", "AQA", "8658"),
    ("Computer Science", "OCR", "J277"),
    ("Art and Design", "AQA", "8202"),
    ("Religious Studies", "Edexcel", "1RB0"),
    ("Biology", "AQA", "7402"),
    ("Chemistry", "OCR", "H432"),
    ("Psychology", "AQA", "7182"),
    ("Economics", "Edexcel", "9EC0"),
]


def tpl_exam_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A school exams office's statement of entry for one candidate: candidate details, the
    papers entered with dates and sessions, and a short list of rules; no letter greeting."""
    fm = firm(who, "exams", ["ruled", "stack", "plainname"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = doc(s, fm, "Statement of Entry (continued)")
    cand = client(rng, "en")
    d = when(rng)
    series = f"{'June' if d.month < 8 else 'November'} {d.year}"
    title(f, s, f"Statement of Entry - {series} series", 3)
    slot_w = (w - 2 * m) / 3
    for k, (lab, val) in enumerate(
        [
            ("Candidate name", cand[0]),
            ("Candidate number", f"{rng.randint(1, 9999):04d}"),
            ("Centre number", str(rng.randint(10000, 79999))),
            ("UCI", pattern(rng, "99999X999999X")),
            (
                "Date of birth",
                date_text(
                    date(d.year - rng.choice([16, 18]), rng.randint(1, 12), 9), "en", "short"
                ),
            ),
            ("Tutor group", f"{rng.choice([11, 13])}{rng.choice('ABCDEFG')}"),
        ]
    ):
        slot(f.page, m + (k % 3) * slot_w, f.y + (k // 3) * 30, slot_w, lab, val)
    f.y += 72
    lvl = 0 if rng.random() < 0.6 else 10
    rows = []
    day = date(d.year, 5, rng.randint(8, 14)) if d.month < 8 else date(d.year, 11, 2)
    for subj, board, spec in rng.sample(
        SUBJECTS[lvl : lvl + 10] if lvl else SUBJECTS[:10],
        rng.randint(3, 9) if lvl == 0 else rng.randint(3, 4),
    ):
        for paper in range(1, rng.randint(2, 4)):
            day += timedelta(days=rng.randint(0, 3))
            rows.append(
                [
                    stamp(fm, day),
                    rng.choice(["AM", "PM"]),
                    board,
                    f"{spec}/{paper}",
                    f"{subj} Paper {paper}",
                    f"{rng.choice([1, 1, 1, 2])}h {rng.choice(['00', '15', '30', '45'])}m",
                ]
            )
    table(
        f,
        columns(
            m,
            w - m,
            [(1.5, "left"), (0.6, "left"), (1, "left"), (1.1, "left"), (3, "left"), (1, "right")],
        ),
        ["Date", "Sess.", "Board", "Component", "Title", "Duration"],
        rows,
        s,
        size=s.size - 1.5,
    )
    f.y += 10
    f.need(120)
    f.page.text(m, f.y, "Please check this statement carefully.", s.bold, s.size)
    f.y += s.size * 1.6
    for rule in [
        "Any errors in your name or date of birth must be reported to the Exams Office "
        "within 5 days.",
        "Mobile phones and smart watches are not allowed in the exam room.",
        "Arrive at least 15 minutes before the start of each exam.",
        "If you are ill on the day of an exam, phone the school before 8am.",
    ]:
        say(f, s, "- " + rule, 6, s.size - 1)
    f.need(60)
    f.page.text(m, f.y + 10, "Candidate signature " + "_" * 24, s.font, s.size)
    f.page.text(w - m, f.y + 10, f"Issued {stamp(fm, d)}", s.font, s.size - 1, "right")
    f.y += 30
    close(f.pages, s, fm)
    return f.pages


CLAUSES = [
    "Definitions",
    "The Licence Period",
    "Rent and Instalments",
    "Deposit",
    "Utilities and Internet",
    "Use of the Room",
    "Shared Areas",
    "Guests",
    "Repairs and Damage",
    "Fire Safety",
    "Noise and Behaviour",
    "Access by the Landlord",
    "Ending the Agreement",
    "Data Protection",
    "Complaints",
    "Notices",
]


def tpl_student_let(rng: random.Random, who: Issuer) -> list[Page]:
    """A purpose-built student accommodation tenancy: a cover page with the tenant, room and
    rent summary, then numbered clauses in two or one column, an instalment schedule and a
    signature page (3-8 pages)."""
    fm = firm(who, "studentlet", ["band", "monogram", "ruled"])
    s = sized(who.style, rng.choice([A4, A4, LETTER]))
    w, h = s.page_size
    m = s.margin
    st = stable(who, "student")
    tenant = client(st, "en")
    year = when(rng).year
    flat = (
        f"{st.choice(['Block C', 'Tower', 'Kingfisher', 'Otter'])} {st.randint(1, 18)}"
        f"{st.choice('ABCDEF')}"
    )
    weekly = rng.choice([139.0, 152.0, 168.5, 185.0, 212.0])
    weeks = rng.choice([44, 44, 51])
    cover = Page(s.page_size)
    crest(cover, s, fm, "stack")
    cover.text(w / 2, h * 0.3, "TENANCY AGREEMENT", s.bold, s.size + 10, "center")
    cover.text(
        w / 2,
        h * 0.3 + 22,
        f"Academic Year {year}/{str(year + 1)[2:]}",
        s.font,
        s.size + 3,
        "center",
    )
    y = h * 0.45
    for lab, val in [
        ("Tenant", tenant[0]),
        ("Home address", ", ".join(tenant[1:])),
        ("Residence", fm.name.split(" Ltd")[0]),
        ("Room", flat),
        ("Room type", rng.choice(["En-suite", "Studio", "Standard with shared bathroom"])),
        ("Start date", stamp(fm, date(year, 9, rng.randint(7, 21)))),
        ("Length", f"{weeks} weeks"),
        ("Weekly rent", money(weekly)),
        ("Total rent", money(weekly * weeks)),
    ]:
        cover.text(m + 30, y, lab, s.font, s.size)
        cover.text(m + 150, y, fit(val, s.bold, s.size, w - 2 * m - 150), s.bold, s.size)
        y += s.size * 1.9
    f = doc(s, fm, f"Tenancy Agreement {year}/{str(year + 1)[2:]} - {flat}", headed=False)
    for k, cl in enumerate(CLAUSES[: rng.randint(8, len(CLAUSES))], 1):
        f.need(s.size * 6)
        f.page.text(m, f.y, f"{k}. {cl}", s.bold, s.size)
        f.y += s.size * 1.5
        for j in range(1, rng.randint(2, 5)):
            say(f, s, f"{k}.{j} " + passage(rng, "en", "tenancy", 1, 3), 10, s.size - 1)
    f.need(200)
    title(f, s, "Schedule 1 - Rent instalments", 1)
    n = rng.choice([3, 3, 10])
    dates = [date(year, 9, 1) + timedelta(days=k * (365 // n)) for k in range(n)]
    rows = [[str(k + 1), stamp(fm, dd), money(weekly * weeks / n)] for k, dd in enumerate(dates)]
    table(
        f,
        columns(m, m + 300, [(0.5, "left"), (2, "left"), (1.3, "right")]),
        ["No.", "Due date", "Amount"],
        rows,
        s,
        rules=True,
    )
    f.new_page()
    title(f, s, "Signed by the Tenant and the Landlord", 1)
    say(
        f,
        s,
        "By signing this agreement the Tenant confirms that they have read and accepted "
        "the terms above and the House Rules given with it.",
    )
    for who_ in ["Tenant", "Guarantor", "For and on behalf of the Landlord"]:
        f.y += 24
        f.page.text(m, f.y, who_, s.bold, s.size)
        f.page.line(m, f.y + 30, m + 220, f.y + 30)
        f.page.text(m, f.y + 42, "Signature", s.font, 7)
        f.page.line(m + 260, f.y + 30, w - m, f.y + 30)
        f.page.text(m + 260, f.y + 42, "Date", s.font, 7)
        f.y += 50
    pages = [cover, *f.pages]
    close(pages, s, fm, skip=1)
    return pages


def tpl_tuition_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A university's tuition fee invoice to a self-funding student or a sponsor, with the
    instalment plan and remittance advice at the foot; one page."""
    fm = firm(who, "university", ["infoblock", "ruled", "monogram"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    stu = stable(who, "student")
    student = client(stu, "en")
    sid = pattern(stu, "N9999999")
    d = when(rng)
    year = d.year if d.month >= 8 else d.year - 1
    f = doc(s, fm)
    to_block(
        f, s, fm, student, [("Invoice no.", pattern(rng, "SI-999999")), ("Student ID", sid)], d
    )
    title(f, s, "INVOICE" if rng.random() < 0.5 else "Tuition fee invoice", 4)
    course = rng.choice(
        [
            "BSc (Hons) Nursing (Adult)",
            "BA (Hons) English and History",
            "MSc Data Science",
            "LLB Law",
            "BEng Mechanical Engineering",
            "MA Creative Writing",
        ]
    )
    fee = rng.choice([9250.0, 9250.0, 9535.0, 12400.0, 16950.0])
    rows = [[f"Tuition fee {year}/{str(year + 1)[2:]} - {course}", money(fee)]]
    paid = 0.0
    if rng.random() < 0.4:
        paid = round(fee * rng.choice([0.25, 0.33, 0.5]), 2)
        rows.append(["Less: Student Finance England tuition fee loan", "-" + money(paid)])
    if rng.random() < 0.3:
        rows.append(["Bursary / scholarship", "-" + money(rng.choice([500.0, 1000.0]))])
        paid += 500.0
    table(f, columns(m, w - m, [(5, "left"), (1.2, "right")]), ["Description", "GBP"], rows, s)
    f.y += 4
    f.page.text(w - m, f.y, f"Balance due  {money(fee - paid)}", s.bold, s.size + 1, "right")
    f.y += 26
    say(
        f,
        s,
        "You may pay in full by the due date or in instalments by Direct Debit:",
        size=s.size - 1,
    )
    plan = [
        [stamp(fm, date(year + (mth < 8), mth, 1)), money((fee - paid) * share)]
        for mth, share in [(10, 0.34), (1, 0.33), (4, 0.33)]
    ]
    table(
        f,
        columns(m, m + 240, [(2, "left"), (1, "right")]),
        ["Instalment date", "Amount"],
        plan,
        s,
        size=s.size - 1.5,
    )
    y = max(f.y + 16, h - m - 150)
    p = f.page
    scissors(p, y, m - 10, w - m + 10, "Remittance advice - please return with your payment")
    y += 20
    for k, (lab, val) in enumerate(
        [
            ("Student", student[0]),
            ("Student ID", sid),
            ("Amount enclosed", ""),
            ("Sort code / account", "30-94-57 / 00183724"),
        ]
    ):
        slot(p, m + (k % 2) * (w / 2 - m), y + (k // 2) * 30, w / 2 - m - 4, lab, val)
    close(f.pages, s, fm, paging="none")
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates K: motoring
# ---------------------------------------------------------------------------------------------

FLEETS = [
    "Severnside Van Hire Ltd",
    "Orchard Care Services Ltd",
    "Hendry Plumbing & Heating",
    "Calloway Retail Group plc",
]


def tpl_nip_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A speeding Notice of Intended Prosecution to the registered keeper (a person or a
    company's fleet manager) with the section 172 requirement to name the driver, and the
    driver details form on the back page."""
    fm = firm(who, "police", ["stack", "ruled", "band"])
    s = sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    car, plate = rng.choice(CARS)
    plate = plate[:2] + str(rng.randint(10, 73)) + plate[4:]
    keeper = client(rng, "en")
    if rng.random() < 0.4:
        keeper = ["The Fleet Manager", rng.choice(FLEETS), *keeper[1:]]
    d = when(rng)
    offence = d - timedelta(days=rng.randint(2, 13))
    limit = rng.choice([20, 30, 30, 40, 50, 60, 70])
    speed = limit + rng.randint(4, 19)
    ref = pattern(rng, "99/999999/99")
    f = doc(s, fm)
    to_block(f, s, fm, keeper, [("Notice ref", ref), ("Vehicle", plate)], d)
    title(f, s, "NOTICE OF INTENDED PROSECUTION", 3)
    f.page.text(
        m,
        f.y - 6,
        "Road Traffic Offenders Act 1988 s.1 - Road Traffic Act 1988 s.172",
        s.font,
        s.size - 2,
    )
    f.y += 8
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Vehicle registration", plate),
                ("Make / model", car),
                (
                    "Date and time",
                    f"{stamp(fm, offence)} at {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                ),
                (
                    "Location",
                    rng.choice(
                        [
                            "A44 Worcester Road, Bromyard",
                            "B4211 Malvern Road, Welland",
                            "M5 J7-J6 northbound",
                            "A38 Bristol Road, Bromsgrove",
                        ]
                    ),
                ),
                ("Speed limit", f"{limit} mph"),
                ("Recorded speed", f"{speed} mph"),
                (
                    "Detection device",
                    rng.choice(["Truvelo D-Cam", "Redspeed RS-GS11", "Mobile LTI 20/20"]),
                ),
            ],
            w - m - 120,
            s.size,
        )
        + 10
    )
    say(
        f,
        s,
        "It is intended to take proceedings against the driver of the vehicle for the "
        "offence of exceeding the speed limit. As the registered keeper you are required "
        "by law to give the name and address of the driver at the time within 28 days of "
        "the date of service of this notice.",
    )
    say(
        f,
        s,
        "Failure to provide this information is an offence carrying six penalty points "
        "and a fine of up to 1,000 pounds. Complete the form overleaf and return it in the "
        "envelope provided, or online quoting the notice reference.",
    )
    say(f, s, passage(rng, "en", "roads", 1, 2), size=s.size - 1)
    f.need(40)
    f.page.text(
        m,
        f.y + 6,
        rng.choice(["Inspector", "Camera Enforcement Manager"]) + f" {folk(rng)}",
        s.font,
        s.size - 1,
    )
    f.new_page()
    p = f.page
    y = f.y + 4
    p.text(m, y, "SECTION A - DRIVER DETAILS", s.bold, s.size + 1)
    p.text(w - m, y, f"Ref {ref}", s.font, s.size - 1, "right")
    y += 18
    for lab in [
        "I was the driver",
        "The driver was (give details below)",
        "The vehicle was hired / leased to (give details below)",
    ]:
        box(p, m, y, False)
        p.text(m + 14, y, lab, s.font, s.size)
        y += 17
    y += 6
    for lab in ["Full name", "Address", "", "Postcode", "Date of birth", "Driving licence number"]:
        slot(p, m, y, w - 2 * m, lab)
        y += 29
    y += 14
    p.text(m, y, "SECTION B - DECLARATION", s.bold, s.size + 1)
    y += 16
    for ln in wrap(
        "I declare that the information given on this form is true to the best of my "
        "knowledge. A company must sign by a director, secretary or similar officer.",
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size - 1)
        y += s.size * 1.3
    y += 16
    slot(p, m, y, (w - 2 * m) * 0.6, "Signature", h=34)
    slot(p, m + (w - 2 * m) * 0.62, y, (w - 2 * m) * 0.38, "Date", h=34)
    close(f.pages, s, fm, paging="2:Page {i}")
    return f.pages


def tpl_finance_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """A car finance company's settlement quotation: the amount to pay off a hire purchase or
    PCP agreement by a given date, with rebate of interest and how to pay; one or two pages."""
    fm = firm(who, "motorfinance", ["band", "infoblock", "monogram"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    f = doc(s, fm, "Settlement quotation")
    to = client(rng, "en")
    car, plate = rng.choice(CARS)
    d = when(rng)
    agreement = pattern(rng, "99999999")
    good_until = d + timedelta(days=28)
    to_block(f, s, fm, to, [("Agreement no.", agreement), ("Vehicle", plate)], d)
    title(f, s, f"Your settlement figure - agreement {agreement}")
    opening(f, s, "en", to[0])
    kind = rng.choice(["Hire Purchase", "Personal Contract Purchase", "Conditional Sale"])
    say(
        f,
        s,
        f"Thank you for asking for a settlement figure for your {kind} agreement for the "
        f"{car}. If we receive payment by {stamp(fm, good_until)} your agreement will be "
        "settled in full.",
    )
    bal = round(rng.uniform(3500, 24000), 2)
    rebate = round(bal * rng.uniform(0.04, 0.12), 2)
    fee = rng.choice([0.0, 0.0, 10.0, 25.0])
    items = [
        ("Balance outstanding", money(bal)),
        ("Less rebate of charges", "-" + money(rebate)),
        ("Arrears", money(0.0)),
        ("Option to purchase fee", money(fee)),
        ("Settlement figure", money(bal - rebate + fee)),
    ]
    f.y = pairs(f.page, s, m + 20, f.y + 4, items, w - m - 60, s.size) + 10
    say(
        f,
        s,
        "The figure has been calculated under the Consumer Credit (Early Settlement) "
        "Regulations 2004 and assumes that any payments due before that date are made.",
    )
    say(
        f,
        s,
        "You can pay by debit card on our website or by bank transfer to sort code "
        f"{pattern(rng, '99-99-99')}, account {pattern(rng, '99999999')}, quoting your "
        "agreement number. Once settled we will send you a letter confirming that the "
        "vehicle is yours and update the HPI register.",
    )
    if rng.random() < 0.5:
        say(f, s, passage(rng, "en", "money", 2, 4))
    closing(f, s, "en", folk(rng), "Customer Accounts Team", False)
    close(f.pages, s, fm)
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates K: home
# ---------------------------------------------------------------------------------------------


def tpl_rate_switch(rng: random.Random, who: Issuer) -> list[Page]:
    """A lender's letter that a fixed mortgage rate is ending (or a German savings bank's offer
    of follow-on financing, Anschlussfinanzierung), with a table of products to switch to and,
    often, the illustration of the new monthly payments on the next pages."""
    fm = firm(who, "lender", ["ruled", "monogram", "infoblock", "band"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    bor = stable(who, "borrower")
    to = client(bor, lg)
    acct = pattern(bor, "9999 9999 99")
    d = when(rng)
    ends = d + timedelta(days=rng.randint(60, 120))
    bal = round(rng.uniform(60000, 320000), -2)
    f = doc(s, fm, tr(lg, f"Mortgage account {acct}", f"Darlehen {acct}"))
    to_block(f, s, fm, to, [(tr(lg, "Mortgage account", "Darlehenskonto"), acct)], d)
    title(
        f,
        s,
        tr(
            lg,
            "Your fixed rate is coming to an end",
            "Ihre Zinsbindung laeuft aus - unser Angebot zur Anschlussfinanzierung",
        ),
    )
    opening(f, s, lg, to[0])
    old = rng.choice([1.49, 1.89, 2.09, 2.39])
    svr = rng.choice([6.99, 7.24, 7.49])
    say(
        f,
        s,
        tr(
            lg,
            f"Your fixed rate of {old}% ends on {stamp(fm, ends)}. After that your "
            f"mortgage will move to our Standard Variable Rate, currently {svr}%, and "
            "your monthly payment would go up. You can choose a new product now, with "
            "no fee and no new affordability check.",
            f"die Sollzinsbindung Ihres Darlehens endet am {stamp(fm, ends)}. Die "
            f"Restschuld betraegt dann voraussichtlich {money(bal, lg)} EUR. Gerne bieten "
            "wir Ihnen eine Anschlussfinanzierung zu folgenden Konditionen an:",
        ),
    )
    rows = []
    for yrs in rng.sample([2, 3, 5, 10], rng.randint(2, 4)):
        rate = round(rng.uniform(3.6, 5.4), 2)
        r = rate / 1200
        n = rng.choice([180, 240, 300])
        pay = bal * r / (1 - (1 + r) ** -n)
        rows.append(
            [
                tr(lg, f"{yrs} year fixed", f"{yrs} Jahre fest"),
                f"{money(rate, lg)} %",
                money(rng.choice([0.0, 999.0]) if lg == "en" else 0.0, lg),
                money(pay, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(2, "left"), (1, "right"), (1, "right"), (1.5, "right")]),
        [
            tr(lg, "Product", "Zinsbindung"),
            tr(lg, "Rate", "Sollzins"),
            tr(lg, "Fee", "Gebuehr"),
            tr(lg, "Monthly payment", "Monatsrate"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 8
    say(
        f,
        s,
        tr(
            lg,
            "To switch, call us or log in to online banking before the end date. We "
            "have enclosed an illustration for the 5 year fixed rate so you can see "
            "the costs.",
            "Bitte vereinbaren Sie bis vier Wochen vor Ablauf einen "
            "Termin mit Ihrer Beraterin oder Ihrem Berater.",
        ),
    )
    say(f, s, passage(rng, lg, "money", 1, 3))
    closing(f, s, lg, folk(rng), tr(lg, "Mortgage Services", "Baufinanzierung"), rng.random() < 0.4)
    if lg == "en" and rng.random() < 0.7:
        f.new_page()
        title(f, s, "Illustration - 5 year fixed rate", 1, True)
        rate = rng.uniform(3.8, 4.9)
        pay = bal * rate / 1200 / (1 - (1 + rate / 1200) ** -240)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Amount to borrow", money(bal)),
                    ("Term", "20 years"),
                    (
                        "Initial rate",
                        f"{rate:.2f}% fixed until {stamp(fm, ends + timedelta(days=1826))}",
                    ),
                    ("Then", f"Standard Variable Rate, currently {svr}%"),
                    ("Monthly payment", money(pay)),
                    ("APRC", f"{svr - 1.1:.1f}%"),
                    ("Total amount to repay", money(pay * 240)),
                ],
                w - m,
                s.size - 0.5,
            )
            + 10
        )
        bal_now = bal
        sched = []
        for yr in range(1, 21):
            interest = bal_now * rate / 100
            bal_now = max(0.0, bal_now - (pay * 12 - interest))
            sched.append([str(yr), money(pay * 12), money(interest), money(bal_now)])
        table(
            f,
            columns(m, w - m, [(0.6, "left"), (1, "right"), (1, "right"), (1.3, "right")]),
            ["Year", "Paid", "Interest", "Balance at end"],
            sched,
            s,
            size=s.size - 2,
            step=1.45,
        )
    close(f.pages, s, fm)
    return f.pages


def tpl_completion_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A conveyancing solicitor's completion statement for a purchase: price, deposit,
    mortgage advance, stamp duty, Land Registry and search fees, the firm's fees and VAT, and the
    balance the buyer must send; usually with a short covering letter before it."""
    fm = firm(who, "solicitor", ["ruled", "stack", "plainname"])
    s = who.style
    w, _h = s.page_size
    m = s.margin
    buyer = stable(who, "household")
    to = client(buyer, "en")
    newhome = client(buyer, "en")[1:]
    d = when(rng)
    done = d + timedelta(days=rng.randint(7, 21))
    ref = pattern(rng, "XXX/99999/9")
    f = doc(s, fm, f"Our ref {ref}")
    pages: list[Page] = []
    if rng.random() < 0.6:
        to_block(f, s, fm, to, [("Our ref", ref), ("Your ref", "")], d)
        title(f, s, f"Purchase of {newhome[0]}, {newhome[1]}", 1)
        opening(f, s, "en", to[0])
        say(
            f,
            s,
            f"Completion is fixed for {stamp(fm, done)}. We enclose our completion "
            "statement showing the balance needed from you. Please send it so that it "
            f"reaches our client account no later than {stamp(fm, done - timedelta(days=3))}"
            ". Please call us to confirm our bank details before you send any money.",
        )
        say(f, s, passage(rng, "en", "tenancy", 1, 2))
        closing(f, s, "en", folk(rng), "Conveyancing Executive", rng.random() < 0.7)
        f.new_page()
    price = round(rng.uniform(180000, 520000), -3)
    deposit = round(price * rng.choice([0.05, 0.1, 0.1, 0.15, 0.25]), -2)
    advance = price - deposit
    sdlt = max(0.0, (price - 250000) * 0.05)
    rows_out = [
        ("Purchase price", price),
        ("Stamp Duty Land Tax", sdlt),
        ("Land Registry fee", rng.choice([150.0, 295.0])),
        ("Search fees", round(rng.uniform(250, 420), 2)),
        ("Our fees for acting", rng.choice([995.0, 1150.0, 1295.0])),
        ("VAT on our fees", rng.choice([199.0, 230.0, 259.0])),
        ("Telegraphic transfer fee", 40.0),
        ("Lawyer checker / ID", 24.0),
    ]
    rows_in = [
        ("Mortgage advance", advance),
        ("Payment on account received", rng.choice([250.0, 350.0, 500.0])),
    ]
    f.page.text(w / 2, f.y, "COMPLETION STATEMENT", s.bold, s.size + 3, "center")
    f.y += 20
    f.page.text(
        w / 2,
        f.y,
        f"{newhome[0]}, {newhome[1]} - completion {stamp(fm, done)}",
        s.font,
        s.size - 0.5,
        "center",
    )
    f.y += 24
    cols = columns(m, w - m, [(4, "left"), (1.3, "right"), (1.3, "right")])
    table(
        f,
        cols,
        ["", "Debit", "Credit"],
        [[t, money(v), ""] for t, v in rows_out] + [[t, "", money(v)] for t, v in rows_in],
        s,
        step=1.8,
    )
    due = sum(v for _, v in rows_out) - sum(v for _, v in rows_in)
    f.page.line(cols[1][0], f.y - 6, w - m, f.y - 6)
    f.page.text(m, f.y + 8, "Balance required from you", s.bold, s.size)
    f.page.text(w - m, f.y + 8, money(due), s.bold, s.size, "right")
    f.y += 40
    say(f, s, f"Deposit of {money(deposit)} is included in the balance. E&OE.", size=s.size - 1.5)
    pages = f.pages
    close(pages, s, fm)
    return pages


def tpl_meter_read_card(rng: random.Random, who: Issuer) -> list[Page]:
    """An energy supplier's card asking for a meter reading (new customer, or an estimate that
    needs checking), with the dials or boxes to fill in: A5 or postcard size, no title on some."""
    fm = firm(who, "supplier", ["plainname", "band", "monogram"])
    lg = fm.lang
    size = rng.choice([landscape(A5), landscape(A6), A5])
    s = sized(who.style, size, 26.0)
    w, h = size
    m = s.margin
    cust = stable(who, "household")
    to = client(cust, lg) if rng.random() < 0.5 else client(rng, lg)
    p = Page(size)
    y = crest(p, s, fm)
    fuel = rng.choice([("Gas", "Gas"), ("Electricity", "Strom")])
    d = when(rng)
    if rng.random() < 0.7:
        p.text(
            m,
            y + 2,
            tr(
                lg,
                f"Time for a {fuel[0].lower()} meter reading",
                f"Bitte lesen Sie Ihren {fuel[1]}zaehler ab",
            ),
            s.bold,
            s.size + 1,
        )
        y += 18
    for ln in to:
        p.text(m, y, fit(ln, s.font, s.size - 1, w / 2 - m), s.font, s.size - 1)
        y += (s.size - 1) * 1.25
    rx = w / 2 + 6
    ry = y - (s.size - 1) * 1.25 * len(to)
    for k, (lab, val) in enumerate(
        [
            (tr(lg, "Account", "Kundennr."), pattern(cust, "9999 9999 999")),
            (tr(lg, "Meter serial", "Zaehlernr."), pattern(rng, "X99X999999")),
            (tr(lg, "Please read by", "Ablesen bis"), stamp(fm, d + timedelta(days=10))),
        ]
    ):
        p.text(rx, ry + k * 10, lab, s.font, 6.5)
        p.text(w - m, ry + k * 10, val, s.bold, 7, "right")
    y += 8
    digits = rng.choice([5, 6])
    bw = min(22.0, (w - 2 * m - 40) / (digits + 1))
    p.text(m, y + 12, tr(lg, "Reading", "Stand"), s.font, 7)
    for k in range(digits):
        p.rect(m + 40 + k * bw, y, bw - 2, 20)
    y += 30
    if y < h - 40:
        for ln in wrap(
            tr(
                lg,
                "Or send it online, by app or by text. Read the numbers from left "
                "to right and ignore any in red.",
                "Alternativ online im Kundenportal. Nachkommastellen nicht eintragen.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        )[:3]:
            p.text(m, y, ln, s.font, 6.5)
            y += 8
    last = rng.randint(1000, 90000)
    if y < h - 50:
        est = tr(lg, "Last reading", "Letzter Zaehlerstand")
        mark = tr(lg, rng.choice(["(E) estimated", "(A) actual", "(C) customer"]), "(geschaetzt)")
        p.text(m, y + 6, f"{est}: {last:0{digits}d} {mark}", s.font, 7)
        y += 16
    if y < h - 54 and rng.random() < 0.6:
        fx = w - m - 150
        p.rect(fx, h - m - 40, 150, 40)
        p.text(fx + 75, h - m - 26, tr(lg, "Freepost", "Antwort"), s.bold, 8, "center")
        p.text(fx + 75, h - m - 14, fit(fm.name.upper(), s.font, 6.5, 144), s.font, 6.5, "center")
    close([p], s, fm, paging="none")
    return [p]


def tpl_tree_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A district council's decision notice on an application for works to trees protected by
    a Tree Preservation Order or in a conservation area: consent with numbered conditions and
    reasons, and the notes on the right of appeal (1-3 pages)."""
    fm = firm(who, "council", ["stack", "ruled", "monogram"])
    s = sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    to = client(rng, "en")
    d = when(rng)
    app = pattern(rng, "99/99999/TPO")
    f = doc(s, fm, f"Application {app}")
    to_block(f, s, fm, to, [("Application no.", app)], d)
    title(
        f,
        s,
        rng.choice(
            [
                "TOWN AND COUNTRY PLANNING ACT 1990",
                "Town and Country Planning (Tree Preservation) (England) Regulations 2012",
            ]
        ),
        0,
    )
    f.page.text(
        m,
        f.y,
        rng.choice(["CONSENT FOR WORKS TO PROTECTED TREES", "DECISION NOTICE"]),
        s.bold,
        s.size + 3,
    )
    f.y += 24
    trees = rng.sample(
        [
            "T1 Oak",
            "T2 Beech",
            "T3 Sycamore",
            "G1 group of Lime",
            "T4 Horse Chestnut",
            "T5 Scots Pine",
            "T6 Ash",
        ],
        rng.randint(1, 3),
    )
    work = rng.choice(
        [
            "reduce crown by up to 2m",
            "fell and replace",
            "crown lift to 5m above ground level",
            "remove deadwood and crossing branches",
        ]
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Site", f"{to[1]}, {to[2]}"),
                ("Order", f"TPO No. {rng.randint(1, 480)} ({rng.randint(1975, 2019)})"),
                ("Trees", ", ".join(trees)),
                ("Proposal", work),
                ("Received", stamp(fm, d - timedelta(days=rng.randint(25, 55)))),
            ],
            w - m,
            s.size,
        )
        + 12
    )
    say(
        f,
        s,
        "The Council, as local planning authority, hereby GRANTS consent for the works "
        "described above subject to the following conditions:",
    )
    for k in range(1, rng.randint(3, 6)):
        say(f, s, f"{k}. " + passage(rng, "en", "planning", 1, 2), 12)
        say(f, s, "Reason: " + line_of(rng, "en", "planning", 12), 24, s.size - 1)
    f.need(90)
    f.page.text(w - m, f.y + 10, f"Dated {stamp(fm, d)}", s.font, s.size, "right")
    f.page.text(w - m, f.y + 24, "Head of Planning Services", s.bold, s.size, "right")
    f.y += 48
    if rng.random() < 0.7:
        f.new_page()
        title(f, s, "NOTES", 1, True)
        for n in [
            "Appeals to the Secretary of State",
            "Wildlife and nesting birds",
            "Ownership and access",
            "Time limit",
        ]:
            f.need(s.size * 5)
            f.page.text(m, f.y, n, s.bold, s.size - 0.5)
            f.y += s.size * 1.4
            say(f, s, passage(rng, "en", "planning", 2, 4), 0, s.size - 1)
    close(f.pages, s, fm)
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates K: money and work
# ---------------------------------------------------------------------------------------------


def tpl_premium_prize(rng: random.Random, who: Issuer) -> list[Page]:
    """A premium bond prize notice for one monthly draw: the holder, the winning bond number
    and the prize paid into the nominated account; a half-page slip on A4 or an A5 sheet."""
    fm = firm(who, "bonds", ["plainname", "band", "stack"])
    size = rng.choice([A4, A5])
    s = sized(who.style, size, 36.0 if size == A5 else who.style.margin)
    w, h = size
    m = s.margin
    holder = stable(who, "holder")
    to = client(holder, "en")
    hn = pattern(holder, "999999999")
    draw = when(rng).replace(day=1)
    f = doc(s, fm)
    to_block(f, s, fm, to, [("Holder's number", hn)], draw + timedelta(days=rng.randint(2, 6)))
    won = rng.choice([25, 25, 25, 50, 50, 100, 500])
    title(
        f,
        s,
        rng.choice(
            [
                "Congratulations!",
                f"You have won {money(won)[:-3]} pounds",
                "Premium Bonds prize notification",
            ]
        ),
        3,
    )
    say(
        f,
        s,
        f"One of your bonds has won a prize of {money(won)} in the "
        f"{date_text(draw, 'en', 'long').split(' ', 1)[1]} prize draw.",
    )
    y = f.y + 4
    p = f.page
    for k, (lab, val) in enumerate(
        [
            ("Winning bond number", pattern(rng, "999XX999999")),
            ("Prize value", money(won)),
            ("Date of draw", stamp(fm, draw)),
            ("Paid to account ending", pattern(holder, "9999")),
        ]
    ):
        p.text(m + 10, y + k * 15, lab, s.font, s.size - 1)
        p.text(m + 170, y + k * 15, val, s.bold, s.size - 1)
    f.y = y + 70
    if rng.random() < 0.5:
        say(
            f,
            s,
            f"You now hold {money(rng.choice([1000, 5000, 12000, 50000]))} in Premium Bonds."
            " Prizes are free of UK Income Tax and Capital Gains Tax.",
            size=s.size - 1,
        )
    if size == A4 and f.y < h / 2:
        scissors(p, h / 2 + 30, m, w - m)
    close(f.pages, s, fm, paging="none")
    return f.pages


def tpl_credit_limit(rng: random.Random, who: Issuer) -> list[Page]:
    """A credit card company telling the cardholder their credit limit goes up (or down) on a
    date, with how to refuse; the summary box and the small print on a second page often."""
    fm = firm(who, "cards", ["band", "plainname", "infoblock"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    to = client(rng, lg)
    d = when(rng)
    card = "**** **** **** " + pattern(rng, "9999")
    old = rng.choice([1200, 2500, 3000, 4500, 6000])
    up = rng.random() < 0.8
    new = old + rng.choice([500, 1000, 1500, 2500]) if up else old - rng.choice([500, 1000])
    eff = d + timedelta(days=rng.randint(30, 40))
    f = doc(s, fm, tr(lg, f"Card ending {card[-4:]}", f"Karte {card}"))
    to_block(f, s, fm, to, [(tr(lg, "Card number", "Kartennummer"), card)], d)
    if rng.random() < 0.6:
        title(f, s, tr(lg, "Changes to your credit limit", "Anpassung Ihres Verfuegungsrahmens"))
    opening(f, s, lg, to[0])
    if up:
        say(
            f,
            s,
            tr(
                lg,
                f"Good news - we are increasing your credit limit from "
                f"{money(old)} to {money(new)} on {stamp(fm, eff)}.",
                f"wir freuen uns, Ihnen mitzuteilen, dass wir den Verfuegungsrahmen Ihrer "
                f"Kreditkarte zum {stamp(fm, eff)} von {money(old, lg)} EUR auf "
                f"{money(new, lg)} EUR erhoehen.",
            ),
        )
        say(
            f,
            s,
            tr(
                lg,
                "You don't have to accept it. If you would rather keep your current "
                "limit, call us or tell us in the app before that date and we will not "
                "make the change. You can lower your limit at any time.",
                "Wenn Sie keine Erhoehung wuenschen, teilen Sie uns dies bitte bis zum "
                "Stichtag mit.",
            ),
        )
    else:
        say(
            f,
            s,
            tr(
                lg,
                f"After reviewing how you use your account and information from credit "
                f"reference agencies, we are reducing your credit limit from "
                f"{money(old)} to {money(new)} from {stamp(fm, eff)}.",
                f"nach Pruefung Ihres Kontos reduzieren wir den Verfuegungsrahmen ab "
                f"{stamp(fm, eff)} auf {money(new, lg)} EUR.",
            ),
        )
    say(f, s, passage(rng, lg, "money", 1, 3))
    f.need(90)
    x0, x1 = m, w - m
    y0 = f.y
    f.page.rect(x0, y0 - 12, x1 - x0, 70)
    pairs(
        f.page,
        s,
        x0 + 10,
        y0 + 4,
        [
            (tr(lg, "Current limit", "Bisheriger Rahmen"), money(old, lg)),
            (tr(lg, "New limit", "Neuer Rahmen"), money(new, lg)),
            (tr(lg, "Purchase rate", "Sollzins"), f"{rng.choice([22.9, 24.9, 29.9, 34.9])}% p.a."),
        ],
        x1 - 10,
        s.size - 1,
    )
    f.y = y0 + 74
    closing(f, s, lg, folk(rng), tr(lg, "Head of Credit Risk", "Kundenservice"), False)
    if rng.random() < 0.45:
        f.new_page()
        title(f, s, tr(lg, "Important information", "Wichtige Hinweise"), 0)
        for _ in range(rng.randint(4, 9)):
            say(f, s, passage(rng, lg, "money", 2, 4), size=s.size - 2)
    close(f.pages, s, fm)
    return f.pages


BENEFITS = [
    ("A", "Assets transferred", "Cars, property, goods"),
    ("C", "Credit cards and vouchers", ""),
    ("F", "Cars and car fuel", "Car made available for private use"),
    ("G", "Vans", "Van benefit charge"),
    ("I", "Private medical treatment or insurance", "Health cover, family"),
    ("J", "Qualifying relocation expenses", ""),
    ("K", "Services supplied", "Gym membership"),
    ("M", "Other items", "Subscriptions and fees"),
    ("N", "Expenses payments made to the employee", "Home working allowance"),
]


def tpl_p11d(rng: random.Random, who: Issuer) -> list[Page]:
    """An employer's copy of the P11D return of expenses and benefits for one employee, for a
    tax year: employer and employee boxes, sections A-N with cash equivalents; two pages, with
    the covering note 'keep this for your tax return' on top on some."""
    fm = firm(who, "employer", ["plainname", "ruled"])
    s = sized(who.style, A4)
    w, h = s.page_size
    m = s.margin
    emp = client(rng, "en")
    d = when(rng)
    year = d.year if d.month > 4 else d.year - 1
    p = Page(A4)
    pages = [p]
    y = m - 6
    p.text(m, y, "P11D", "Helvetica-Bold", 20)
    p.text(m + 70, y - 6, "Return of expenses and benefits - employee's copy", s.bold, s.size)
    p.text(
        m + 70,
        y + 6,
        f"Tax year {year - 1} to {year}  (6 April {year - 1} to 5 April {year})",
        s.font,
        s.size - 1,
    )
    y += 30
    half = (w - 2 * m) / 2
    boxes = [
        ("Employer name", fm.name),
        ("Employer PAYE reference", pattern(rng, "999/XX99999")),
        ("Employee's full name", emp[0]),
        ("Works number / department", pattern(rng, "E9999")),
        ("National Insurance number", pattern(rng, "XX 99 99 99 X")),
        (
            "Date of birth",
            date_text(
                date(rng.randint(1962, 2000), rng.randint(1, 12), rng.randint(1, 28)), "en", "short"
            ),
        ),
    ]
    for k, (lab, val) in enumerate(boxes):
        slot(p, m + (k % 2) * half, y + (k // 2) * 28, half - 4, lab, val)
    y += 3 * 28 + 16
    size = s.size - 1
    for letter, name, note in sorted(rng.sample(BENEFITS, rng.randint(3, 7))):
        if y > h - m - 70:
            p = Page(A4)
            pages.append(p)
            y = m
        p.rect(m, y - size - 3, w - 2 * m, size + 7, fill=0.9)
        p.text(m + 4, y, f"{letter}  {name}", s.bold, size)
        y += size * 1.9
        cash = round(rng.uniform(80, 9000), 0)
        for lab, val in [
            ("Description", note or "Other"),
            ("Cost to you / amount made good", money(0.0)),
            ("Cash equivalent or relevant amount", money(cash)),
        ]:
            bw = 230.0 if lab == "Description" else 110.0
            p.text(m + 14, y, lab, s.font, size)
            p.rect(w - m - bw, y - size - 1, bw, size + 5)
            p.text(w - m - 4, y, fit(val, "Courier", size, bw - 6), "Courier", size, "right")
            y += size * 1.9
        y += 6
    if y > h - m - 90:
        p = Page(A4)
        pages.append(p)
        y = m
    y += 12
    for ln in wrap(
        "Note to employee: your employer has filled in this form. Keep it in a safe "
        "place as you may not be able to get a copy later. You will need it for your "
        "tax return if you get one. The cash equivalents shown are taxable benefits.",
        s.font,
        size,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, size)
        y += size * 1.35
    close(pages, s, fm, paging=rng.choice(["Page {i}", "{i} of {n}", "none"]))
    return pages


def tpl_rentenanpassung(rng: random.Random, who: Issuer) -> list[Page]:
    """Deutsche Rentenversicherung's pension adjustment notice (Rentenanpassung zum 1. Juli):
    old and new monthly pension, health and care insurance contributions, the amount paid out,
    and the notes on tax and objection; two or three pages, page-numbered 'Seite i von n'."""
    fm = firm(who, "rente", ["infoblock", "plainname"])
    s = sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    r = stable(who, "rentner")
    to = client(r, "de")
    vsnr = pattern(r, "99 999999 X 999")
    year = when(rng).year
    f = doc(s, fm, f"Versicherungsnummer {vsnr}")
    to_block(
        f,
        s,
        fm,
        to,
        [("Versicherungsnummer", vsnr), ("Rentenzahlung", "Renten Service")],
        date(year, 6, rng.randint(1, 20)),
    )
    title(f, s, f"Rentenanpassung zum 1. Juli {year}", 2)
    f.page.text(
        m, f.y - 8, "Mitteilung ueber die Anpassung Ihrer Rente wegen Alters", s.font, s.size
    )
    f.y += 10
    say(
        f,
        s,
        f"{to[0]}, die Renten werden zum 1. Juli {year} angepasst. Der aktuelle Rentenwert "
        f"betraegt ab diesem Zeitpunkt {money(rng.uniform(37.6, 41.8), 'de')} EUR.",
    )
    gross_old = round(r.uniform(780, 2100), 2)
    gross = round(gross_old * rng.uniform(1.04, 1.062), 2)
    kv = round(gross * 0.0815, 2)
    pv = round(gross * rng.choice([0.034, 0.04]), 2)
    rows = [
        ["Monatliche Rente", money(gross_old, "de"), money(gross, "de")],
        ["Beitrag zur Krankenversicherung", money(gross_old * 0.0815, "de"), money(kv, "de")],
        ["Beitrag zur Pflegeversicherung", money(gross_old * 0.034, "de"), money(pv, "de")],
        ["Zahlbetrag", money(gross_old * 0.88, "de"), money(gross - kv - pv, "de")],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1.3, "right"), (1.3, "right")]),
        ["", "bisher (EUR)", f"ab 01.07.{year} (EUR)"],
        rows,
        s,
        shade=0.9,
    )
    f.y += 10
    say(
        f,
        s,
        "Die Rente wird weiterhin am Ende des Monats auf das uns bekannte Konto gezahlt. "
        + passage(rng, "de", "pension", 1, 3),
    )
    for head_ in ["Hinweise zur Einkommensteuer", "Mitteilungspflichten", "Rechtsbehelfsbelehrung"]:
        f.need(s.size * 5)
        f.page.text(m, f.y + 4, head_, s.bold, s.size)
        f.y += s.size * 1.9
        say(f, s, passage(rng, "de", "pension", 2, 5), size=s.size - 1)
    f.need(40)
    f.page.text(m, f.y + 6, "Ihre Deutsche Rentenversicherung", s.font, s.size)
    f.y += 24
    f.new_page()
    title(f, s, "Anlage 1 - Berechnung der monatlichen Rente", 1, True)
    ep = round(gross / rng.uniform(37.6, 41.8), 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                ("Summe der Entgeltpunkte", money(ep / 1.0, "de").replace(",00", ",0000")),
                ("Zugangsfaktor", "1,0000"),
                ("Rentenartfaktor", "1,0000"),
                ("Persoenliche Entgeltpunkte", money(ep, "de")),
                (f"Aktueller Rentenwert ab 01.07.{year}", money(gross / ep, "de") + " EUR"),
                ("Monatliche Rente", money(gross, "de") + " EUR"),
            ],
            w - m - 80,
            s.size - 0.5,
        )
        + 12
    )
    say(f, s, passage(rng, "de", "pension", 2, 4), size=s.size - 1)
    if rng.random() < 0.5:
        title(f, s, "Anlage 2 - Beitraege zur Kranken- und Pflegeversicherung der Rentner", 0)
        say(f, s, passage(rng, "de", "pension", 3, 6), size=s.size - 1)
    f.need(30)
    f.page.text(m, f.y + 6, "Deutsche Rentenversicherung", s.font, s.size - 1)
    f.page.text(
        m,
        f.y + 20,
        "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
        s.font,
        s.size - 2,
    )
    close(f.pages, s, fm, paging="Seite {i} von {n}")
    return f.pages


def tpl_echeancier(rng: random.Random, who: Issuer) -> list[Page]:
    """A French energy supplier's yearly payment schedule (echeancier de paiement): the
    contract, the estimated yearly consumption and the ten or eleven monthly direct debits in a
    table, with the SEPA creditor reference; one page, sometimes with the contract terms."""
    fm = firm(who, "energiefr", ["band", "plainname", "monogram"])
    s = sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    c = stable(who, "client")
    to = client(c, "fr")
    d = when(rng)
    f = doc(s, fm, "Echeancier de paiement")
    to_block(
        f,
        s,
        fm,
        to,
        [
            ("Reference client", pattern(c, "9 999 999 999")),
            ("Contrat", pattern(c, "999999999999")),
        ],
        d,
    )
    title(
        f,
        s,
        rng.choice(
            ["Votre echeancier de paiement", "ECHEANCIER", f"Vos mensualites {d.year}-{d.year + 1}"]
        ),
        2,
    )
    kwh = rng.randint(2500, 14000)
    say(
        f,
        s,
        f"Suite a votre facture annuelle, vos mensualites ont ete calculees a partir "
        f"d'une consommation estimee de {kwh} kWh par an. " + passage(rng, "fr", "money", 1, 2),
    )
    monthly = round(kwh * rng.uniform(0.17, 0.26) / 11, 0)
    rows = []
    for k in range(rng.choice([10, 11])):
        mth = (d.month + k) % 12 + 1
        yr = d.year + (d.month + k >= 12)
        rows.append(
            [
                f"{rng.choice([5, 10, 15])} {date_text(date(yr, mth, 1), 'fr', 'long')[2:]}",
                money(monthly, "fr"),
                "Prelevement SEPA",
            ]
        )
    table(
        f,
        columns(m, w - m - 60, [(2, "left"), (1, "right"), (1.6, "left")]),
        ["Date d'echeance", "Montant TTC (EUR)", "Mode de paiement"],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.page.text(m, f.y, f"Total : {money(monthly * len(rows), 'fr')} EUR", s.bold, s.size)
    f.y += 22
    say(
        f,
        s,
        f"Identifiant creancier SEPA : FR{rng.randint(10, 99)}ZZZ{rng.randint(100000, 999999)}"
        f" - RUM {pattern(c, 'XXX999999999')}",
        size=s.size - 1.5,
    )
    if rng.random() < 0.35:
        f.new_page()
        title(f, s, "Conditions generales de vente (extrait)", 0)
        for k in range(1, rng.randint(5, 9)):
            say(f, s, f"Article {k} - " + passage(rng, "fr", "money", 2, 4), size=s.size - 2)
    close(f.pages, s, fm)
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates K: shops and services
# ---------------------------------------------------------------------------------------------

FURNITURE = {
    "en": [
        "3 seater sofa, Harris tweed",
        "Oak dining table 180cm",
        "4x dining chair, oak/linen",
        "King size bed frame",
        "Pocket sprung mattress 150x200",
        "Sideboard, walnut",
        "Corner sofa, left hand",
        "Wardrobe, 2 door",
        "Tall wall units (set)",
        "Base units",
    ],
    "de": [
        "Sofa 3-Sitzer, Stoff grau",
        "Esstisch Eiche 180 cm",
        "4x Stuhl Eiche/Leinen",
        "Boxspringbett 180x200",
        "Kleiderschrank 2-trg.",
        "Sideboard Nussbaum",
        "Ecksofa links",
        "Hochschraenke (Set)",
        "Unterschraenke",
    ],
}


def tpl_furniture_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A furniture shop's (or a kitchen supplier's) delivery booking confirmation: the date
    and time slot, the items, access questions and what the crew will and will not do."""
    fm = firm(who, "furniture", ["band", "monogram", "stack", "infoblock"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    cust = stable(who, "household")
    to = client(cust, lg)
    d = when(rng)
    day = d + timedelta(days=rng.randint(5, 30))
    order = pattern(rng, "SO-999999")
    f = doc(s, fm, tr(lg, f"Order {order}", f"Auftrag {order}"))
    to_block(f, s, fm, to, [(tr(lg, "Order no.", "Auftragsnr."), order)], d)
    title(f, s, tr(lg, "Your delivery is booked", "Liefertermin - Bestaetigung"))
    slot_ = rng.choice(["07:00 - 12:00", "12:00 - 18:00", "08:00 - 14:00", "10:00 - 16:00"])
    f.page.rect(m, f.y - 12, w - 2 * m, 38, fill=0.92)
    f.page.text(
        m + 10,
        f.y + 2,
        tr(lg, "Delivery date", "Liefertag") + f": {stamp(fm, day)}",
        s.bold,
        s.size + 1,
    )
    f.page.text(m + 10, f.y + 18, tr(lg, "Time slot", "Zeitfenster") + f": {slot_}", s.font, s.size)
    f.y += 42
    items = rng.sample(FURNITURE[lg if lg in FURNITURE else "en"], rng.randint(1, 5))
    table(
        f,
        columns(m, w - m, [(0.6, "left"), (4, "left"), (1, "center")]),
        [tr(lg, "Qty", "Menge"), tr(lg, "Item", "Artikel"), tr(lg, "Packs", "Pakete")],
        [["1", it, str(rng.randint(1, 4))] for it in items],
        s,
    )
    f.y += 6
    say(
        f,
        s,
        tr(
            lg,
            "We will text you on the morning of delivery with a one hour window. "
            "Please make sure there is parking close to the door and that the items "
            "will fit through doors and up the stairs - our two-person crew can take "
            "them to the room of your choice and remove the packaging.",
            "Am Liefertag erhalten Sie eine SMS mit einem genaueren Zeitfenster. Bitte "
            "sorgen Sie fuer einen freien Zugang und eine Parkmoeglichkeit.",
        ),
    )
    say(f, s, passage(rng, lg, "home", 1, 3))
    if rng.random() < 0.5:
        say(
            f,
            s,
            tr(
                lg,
                "Need to change the date? Call us at least 48 hours before.",
                "Terminaenderungen bitte bis 48 Stunden vorher.",
            ),
            size=s.size - 1,
        )
    close(f.pages, s, fm)
    return f.pages


def plan_page(rng: random.Random, s: Style, fm: Firm, job: str, k: int, n: int) -> Page:
    """A kitchen plan drawing on landscape A4: wall outline, units as boxes with codes, a title
    block in the corner."""
    size = landscape(A4)
    w, h = size
    p = Page(size)
    m = 30.0
    p.rect(m, m, w - 2 * m, h - 2 * m)
    x0, y0 = m + 60, m + 60
    room_w, room_h = w - 2 * m - 260, h - 2 * m - 150
    p.rect(x0, y0, room_w, room_h)
    p.rect(x0 - 4, y0 - 4, room_w + 8, room_h + 8)
    x = x0
    for _ in range(rng.randint(5, 9)):
        uw = rng.choice([30.0, 40.0, 50.0, 60.0])
        if x + uw > x0 + room_w:
            break
        p.rect(x, y0, uw, 36)
        p.text(
            x + uw / 2,
            y0 + 22,
            f"{rng.choice(['B', 'W', 'D', 'S'])}{int(uw * 10)}",
            "Helvetica",
            6,
            "center",
        )
        x += uw
    y = y0 + 36
    while y + 50 < y0 + room_h:
        p.rect(x0, y, 36, 50)
        y += 50
    if rng.random() < 0.5:
        ix, iy = x0 + room_w * 0.45, y0 + room_h * 0.45
        p.rect(ix, iy, 150, 70)
        p.text(
            ix + 75,
            iy + 38,
            rng.choice(["ISLAND", "Insel", "Breakfast bar"]),
            "Helvetica",
            7,
            "center",
        )
    for k, label in enumerate(rng.sample(["SINK", "HOB", "OVEN", "DW", "FRIDGE"], 3)):
        p.text(x0 + 60 + 70 * k, y0 + 50, label, "Helvetica-Oblique", 6)
    p.line(x0, y0 - 18, x0 + room_w, y0 - 18)
    p.text(x0 + room_w / 2, y0 - 22, f"{rng.randint(2800, 5200)}", "Helvetica", 7, "center")
    p.text(
        x0 + room_w / 2,
        y0 + room_h + 20,
        rng.choice(["Plan view", "Elevation A", "Elevation B", "Grundriss", "Ansicht"]),
        "Helvetica-Oblique",
        9,
        "center",
    )
    tx = w - m - 190
    p.rect(tx, h - m - 110, 190, 110)
    for j, (lab, val) in enumerate(
        [
            ("Project", job),
            ("Drawn by", fm.name.split()[0]),
            ("Scale", "1:20"),
            ("Drawing", f"{k} of {n}"),
            ("Status", rng.choice(["For approval", "Rev B", "Quote"])),
        ]
    ):
        p.text(tx + 6, h - m - 96 + j * 18, lab, "Helvetica", 6)
        p.text(
            tx + 60, h - m - 96 + j * 18, fit(val, "Helvetica-Bold", 8, 124), "Helvetica-Bold", 8
        )
    return p


def tpl_kitchen_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A kitchen studio's installation quotation: letter, a priced schedule of units, worktops,
    appliances and fitting work, the payment terms, then one to three landscape plan drawings
    that belong to the same quotation."""
    fm = firm(who, "kitchens", ["ruled", "monogram", "stack", "band"])
    lg = fm.lang
    s = who.style if lg == "en" else sized(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    cust = stable(who, "household")
    to = client(cust, lg)
    d = when(rng)
    q = pattern(rng, "Q99999")
    job = f"{to[0].split()[-1]} - {to[1]}"
    f = doc(s, fm, tr(lg, f"Quotation {q} - {job}", f"Angebot {q} - {job}"))
    to_block(
        f,
        s,
        fm,
        to,
        [
            (tr(lg, "Quotation", "Angebot"), q),
            (tr(lg, "Valid until", "Gueltig bis"), stamp(fm, d + timedelta(days=30))),
        ],
        d,
    )
    title(f, s, tr(lg, "Quotation for your new kitchen", f"Angebot Nr. {q} - Ihre neue Kueche"))
    opening(f, s, lg, to[0])
    say(
        f,
        s,
        tr(
            lg,
            "Thank you for visiting our showroom. Following our survey of your kitchen "
            "we are pleased to quote as follows. Drawings are attached.",
            "vielen Dank fuer Ihren Besuch. Nach dem Aufmass vor Ort bieten wir Ihnen "
            "an wie folgt; die Planungszeichnungen liegen bei.",
        ),
    )
    lines_ = [
        (tr(lg, "Base units, shaker, painted", "Unterschraenke, Lack matt"), 1, 3800.0),
        (tr(lg, "Wall units with lighting", "Haengeschraenke mit Beleuchtung"), 1, 1650.0),
        (tr(lg, "Quartz worktop 30mm, templated", "Arbeitsplatte Quarz 30 mm"), 1, 2400.0),
        (tr(lg, "Integrated oven", "Einbaubackofen"), 1, 649.0),
        (tr(lg, "Induction hob", "Induktionskochfeld"), 1, 529.0),
        (tr(lg, "Extractor, ceiling", "Dunstabzug"), 1, 389.0),
        (tr(lg, "Integrated dishwasher", "Geschirrspueler vollintegriert"), 1, 479.0),
        (tr(lg, "Sink and tap", "Spuele und Armatur"), 1, 420.0),
        (tr(lg, "Removal of old kitchen", "Demontage Altkueche"), 1, 350.0),
        (tr(lg, "Fitting (days)", "Montage (Tage)"), rng.randint(3, 6), 320.0),
        (tr(lg, "Plumbing and electrics", "Elektro- und Wasseranschluss"), 1, 780.0),
        (tr(lg, "Tiling / splashback", "Fliesenspiegel"), 1, 560.0),
    ]
    chosen = [ln for ln in lines_ if rng.random() < 0.8]
    rows = []
    net = 0.0
    for name, qty, price in chosen:
        price = round(price * rng.uniform(0.8, 1.3), 2)
        net += qty * price
        rows.append([name, str(qty), money(price, lg), money(qty * price, lg)])
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.6, "right"), (1.3, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Position"),
            tr(lg, "Qty", "Menge"),
            tr(lg, "Unit", "EP"),
            tr(lg, "Total", "GP"),
        ],
        rows,
        s,
        rules=True,
    )
    vat = 0.2 if lg == "en" else 0.19
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                (tr(lg, "Net", "Netto"), money(net, lg)),
                (tr(lg, "VAT", "MwSt.") + f" {int(vat * 100)}%", money(net * vat, lg)),
                (tr(lg, "Total", "Gesamt"), money(net * (1 + vat), lg)),
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
            "Payment: 30% deposit on order, 60% on delivery of units, 10% on "
            "completion. Lead time is currently 6-8 weeks from order.",
            "Zahlung: 30 % bei Auftrag, 60 % bei Lieferung, Rest nach Abnahme. "
            "Lieferzeit derzeit 6-8 Wochen.",
        ),
        size=s.size - 1,
    )
    closing(f, s, lg, folk(rng), tr(lg, "Kitchen Designer", "Kuechenplanung"), rng.random() < 0.6)
    pages = f.pages
    close(pages, s, fm)
    n = rng.choice([0, 1, 1, 2, 3])
    pages += [plan_page(rng, s, fm, job, k + 1, n) for k in range(n)]
    return pages


FAULTS = [
    "Cracked screen",
    "Battery swelling / poor charge",
    "Charging port not working",
    "Water damage",
    "Rear glass broken",
    "No sound from earpiece",
    "Camera blurred",
    "Face ID not working",
    "Stuck on logo",
]
PHONES = [
    "iPhone 13",
    "iPhone 12 mini",
    "iPhone 15 Pro",
    "Samsung Galaxy S22",
    "Galaxy A54",
    "Google Pixel 7",
    "iPad 9th gen",
    "Xiaomi Redmi Note 12",
    "Motorola G84",
]


def tpl_repair_jobsheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A phone repair shop's job sheet (A5): customer, device, IMEI, fault, pass code left,
    condition boxes, estimate, the shop's terms in small print and the customer's signature."""
    fm = firm(who, "repairs", ["band", "plainname", "monogram"])
    lg = fm.lang
    s = sized(who.style, A5, 28.0)
    w, h = A5
    m = s.margin
    p = Page(A5)
    y = crest(p, s, fm)
    job = pattern(rng, "J99999") if rng.random() < 0.5 else str(rng.randint(1200, 9800))
    d = when(rng)
    p.text(m, y + 4, tr(lg, "JOB SHEET", "Reparaturauftrag"), s.bold, s.size + 2)
    p.text(w - m, y + 4, f"No. {job}", "Courier-Bold", s.size + 1, "right")
    y += 16
    cust = client(rng, lg)
    half = (w - 2 * m) / 2
    for k, (lab, val) in enumerate(
        [
            (tr(lg, "Customer", "Kunde"), cust[0]),
            (
                tr(lg, "Phone", "Telefon"),
                pattern(rng, "07999 999999" if lg == "en" else "0179 9999999"),
            ),
            (tr(lg, "Device", "Geraet"), rng.choice(PHONES)),
            ("IMEI / S/N", pattern(rng, "35999999999999")),
            (tr(lg, "Booked in", "Annahme"), stamp(fm, d)),
            (tr(lg, "Ready by", "Fertig ca."), stamp(fm, d + timedelta(days=rng.randint(0, 4)))),
        ]
    ):
        slot(p, m + (k % 2) * half, y + (k // 2) * 24, half - 3, lab, val, h=22)
    y += 3 * 24 + 8
    fault = rng.choice(FAULTS)
    slot(p, m, y, w - 2 * m, tr(lg, "Fault reported", "Fehlerbeschreibung"), fault, h=34)
    y += 44
    checks = [
        tr(lg, c, c2)
        for c, c2 in [
            ("Powers on", "Geht an"),
            ("Screen ok", "Display ok"),
            ("Scratches", "Kratzer"),
            ("Dents", "Dellen"),
            ("SIM removed", "SIM entnommen"),
            ("Case kept", "Huelle dabei"),
        ]
    ]
    for k, c in enumerate(checks):
        bx = m + (k % 3) * (w - 2 * m) / 3
        by = y + (k // 3) * 14
        box(p, bx, by, rng.random() < 0.5, 7)
        p.text(bx + 11, by, c, s.font, 7)
    y += 36
    est = rng.choice([39.0, 49.0, 69.0, 89.0, 119.0, 149.0, 199.0])
    p.text(
        m,
        y,
        tr(lg, "Estimate", "Kostenvoranschlag") + f": {money(est, lg)} {cur(lg)}",
        s.bold,
        s.size,
    )
    p.text(
        w - m,
        y,
        tr(lg, "Deposit", "Anzahlung") + f": {money(rng.choice([0, 10, 20]), lg)}",
        s.font,
        s.size - 1,
        "right",
    )
    y += 18
    terms = tr(
        lg,
        "Devices not collected within 90 days may be sold to cover costs. We are not "
        "responsible for data loss - please back up your device. Water damaged "
        "devices carry no warranty. Repairs are guaranteed for 90 days against the "
        "part fitted only.",
        "Nicht abgeholte Geraete werden nach 90 Tagen verwertet. Fuer Datenverlust wird "
        "keine Haftung uebernommen. Gewaehrleistung 6 Monate auf verbaute Teile.",
    )
    for ln in wrap(terms, s.font, 6, w - 2 * m)[:6]:
        p.text(m, y, ln, s.font, 6)
        y += 7.2
    y = max(y + 18, h - 70)
    p.line(m, y, m + 140, y)
    p.text(m, y + 9, tr(lg, "Customer signature", "Unterschrift Kunde"), s.font, 6.5)
    p.line(w - m - 100, y, w - m, y)
    p.text(w - m - 100, y + 9, tr(lg, "Technician", "Techniker"), s.font, 6.5)
    close([p], s, fm, paging="none")
    return [p]


GARMENTS = {
    "en": [
        ("2pc suit", 14.50),
        ("Shirt, laundered", 3.20),
        ("Trousers", 6.90),
        ("Dress", 11.50),
        ("Coat, wool", 16.00),
        ("Duvet, king", 24.00),
        ("Jacket", 8.90),
        ("Silk blouse", 7.80),
        ("Curtains per sq m", 6.50),
        ("Tie", 4.00),
    ],
    "fr": [
        ("Costume 2 pieces", 16.90),
        ("Chemise", 3.90),
        ("Pantalon", 7.50),
        ("Robe", 12.90),
        ("Manteau laine", 18.50),
        ("Couette", 22.00),
        ("Veste", 9.90),
        ("Chemisier soie", 8.50),
    ],
}


def tpl_drycleaning(rng: random.Random, who: Issuer) -> list[Page]:
    """A dry cleaner's ticket: a narrow counter receipt on A6 with the items handed in, ready
    date, paid or to pay, and a tag number; no title on most."""
    fm = firm(who, "cleaners", ["stack", "plainname"])
    lg = fm.lang
    s = sized(who.style, A6, 18.0)
    w, h = A6
    m = s.margin
    p = Page(A6)
    y = m + 4
    big = shrink(fm.name, s.bold, 10, w - 2 * m)
    p.text(w / 2, y, fm.name, s.bold, big, "center")
    p.text(w / 2, y + 10, fit(f"{fm.street}, {fm.town}", s.font, 6, w - 2 * m), s.font, 6, "center")
    p.text(w / 2, y + 18, f"Tel {fm.phone}", s.font, 6, "center")
    y += 32
    tag = rng.randint(100, 999)
    p.text(
        w / 2, y + 6, f"{rng.choice(['No.', 'Ticket', '#'])} {tag}", "Courier-Bold", 16, "center"
    )
    y += 22
    d = when(rng)
    rd = d + timedelta(days=rng.choice([1, 2, 3, 7]))
    pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "In", "", "Depot"), stamp(fm, d)),
            (
                tr(lg, "Ready", "", "Pret le"),
                stamp(fm, rd)
                + " "
                + rng.choice(["12:00", "16:00", "after 2pm" if lg == "en" else "17h"]),
            ),
            (tr(lg, "Name", "", "Nom"), folk(rng).split()[-1].upper()),
        ],
        w - m,
        7,
    )
    y += 36
    p.line(m, y, w - m, y)
    y += 10
    total = 0.0
    for name, price in rng.sample(GARMENTS[lg if lg in GARMENTS else "en"], rng.randint(1, 6)):
        qty = rng.choice([1, 1, 1, 2, 3]) if "hirt" in name or "emise" in name else 1
        total += qty * price
        p.text(m, y, fit(f"{qty} x {name}", "Courier", 7, w - 2 * m - 40), "Courier", 7)
        p.text(w - m, y, money(qty * price, lg), "Courier", 7, "right")
        y += 9
        if y > h - 70:
            break
    p.line(m, y, w - m, y)
    y += 10
    p.text(m, y, tr(lg, "TOTAL", "", "TOTAL TTC"), "Courier-Bold", 8)
    p.text(w - m, y, money(total, lg), "Courier-Bold", 8, "right")
    y += 11
    p.text(
        m,
        y,
        rng.choice(
            [tr(lg, "PAID - card", "", "REGLE CB"), tr(lg, "TO PAY ON COLLECTION", "", "A REGLER")]
        ),
        "Courier",
        7,
    )
    y = max(y + 16, h - 40)
    for ln in wrap(
        tr(
            lg,
            "Items left over 3 months will be disposed of. We cannot accept "
            "responsibility for buttons or trims.",
            "",
            "Articles non retires sous 3 mois : nous declinons toute responsabilite.",
        ),
        s.font,
        5.5,
        w - 2 * m,
    )[:3]:
        p.text(w / 2, y, ln, s.font, 5.5, "center")
        y += 6.5
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_K: dict[str, Template] = {
    "physio_summary": tpl_physio_summary,
    "rx_exemption": tpl_rx_exemption,
    "care_fees": tpl_care_fees,
    "nursery_offer": tpl_nursery_offer,
    "exam_entry": tpl_exam_entry,
    "student_let": tpl_student_let,
    "tuition_invoice": tpl_tuition_invoice,
    "nip_notice": tpl_nip_notice,
    "finance_settlement": tpl_finance_settlement,
    "rate_switch": tpl_rate_switch,
    "completion_statement": tpl_completion_statement,
    "meter_read_card": tpl_meter_read_card,
    "tree_consent": tpl_tree_consent,
    "premium_prize": tpl_premium_prize,
    "credit_limit": tpl_credit_limit,
    "p11d": tpl_p11d,
    "rentenanpassung": tpl_rentenanpassung,
    "echeancier": tpl_echeancier,
    "furniture_delivery": tpl_furniture_delivery,
    "kitchen_quote": tpl_kitchen_quote,
    "repair_jobsheet": tpl_repair_jobsheet,
    "drycleaning": tpl_drycleaning,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "drycleaning",
    "repair_jobsheet",
    "care_fees",
    "premium_prize",
    "meter_read_card",
    "nip_notice",
)
#: A kind that is often followed by a related kind (the companion's sender is drawn from the
#: same issuer, and so is the household it is addressed to where both kinds share one).
FOLLOWS = {
    "kitchen_quote": "furniture_delivery",
    "completion_statement": "meter_read_card",
    "student_let": "tuition_invoice",
    "physio_summary": "rx_exemption",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_satchel_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; a kitchen quotation is followed by the delivery
    booking, a completion statement by a meter reading card, a student tenancy by the tuition
    fee invoice, a physiotherapy summary by a prescription certificate, each with probability
    0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_K, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_satchel_stream, "templates K")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

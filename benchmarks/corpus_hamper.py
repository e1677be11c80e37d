"""Hamper part of the generated corpus: templates L, written blind for the next measurement.

A twelfth part, ``hamper``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the paperwork a small business
(a cafe, a builder, a shop, a consultancy) and a household keep in one box file and scan in
one go: suppliers' statements of account with the remittance slip, couriers' proof-of-delivery
sheets, plant and tool hire agreements with the hire conditions, fuel card statements, van
contract hire invoices, portable appliance test certificates with the appliance register
(or a German DGUV V3 Pruefprotokoll), pest control visit reports, roofing / window
guarantee certificates, bookkeepers' year-end query lists, letters of representation,
German chamber of commerce fee notices (IHK Beitragsbescheid), trade waste agreements with
the waste transfer note, card terminal (merchant) statements, printed domain / hosting
renewal e-mails, criminal record certificates (DBS basic certificate, Fuehrungszeugnis,
bulletin n. 3), holiday cottage booking confirmations with the booking form, wedding
photography contracts, music lesson invoices, sports club fixtures lists, daily till cash-up
sheets, bank paying-in slips and food hygiene inspection letters. Some senders write in
German or French; page sizes range from a paying-in slip to landscape A4 and US Letter.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page kinds such as
proof-of-delivery sheets, van lease invoices, lesson invoices, cash-up sheets, paying-in
slips, fixtures lists and renewal e-mails often come 2-4 in a row from one sender, and
companions: a food hygiene inspection letter is often followed by the pest control report
for the same premises, a cash-up sheet by the paying-in slip, a bookkeeper's query list by
the letter of representation, a fuel card statement by the van lease invoice. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "hamper"`` and seeds offset by 1_100_000.

Usage: ``python benchmarks/corpus_hamper.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/hamper/hamper_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
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
    table,
    text_block,
    tr,
    tw,
    wrap,
)
from corpus_kit import address as window
from corpus_kit import currency as cur

PART = "hamper"
SEED_OFFSET = 1_100_000

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Sender rows: name, language, street, town, telephone.
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "wholesale": [
        (
            "Brindley Catering Supplies Ltd",
            "en",
            "Unit 9, Canal Way",
            "Stoke ST4 2RG",
            "01782 414 900",
        ),
        (
            "Marchant Timber & Builders Merchants",
            "en",
            "Station Yard",
            "Hexham NE46 1ET",
            "01434 602 117",
        ),
        (
            "Gastro-Grosshandel Rheinmain GmbH",
            "de",
            "Hanauer Landstrasse 301",
            "60314 Frankfurt",
            "069 42 09 77-0",
        ),
        ("Penrose Office & Janitorial", "en", "2 Ferry Road", "Truro TR1 2SD", "01872 270 655"),
    ],
    "courier": [
        ("Swiftline Parcels", "en", "Hub 3, Magna Park", "Lutterworth LE17 4XN", "0344 800 2211"),
        ("Northgate Same Day Couriers", "en", "14 Wharf Street", "Leeds LS2 7EQ", "0113 244 9080"),
        ("Kurierdienst Mainblitz", "de", "Gutleutstrasse 120", "60327 Frankfurt", "069 27 13 99 0"),
    ],
    "planthire": [
        ("Hollis Tool & Plant Hire", "en", "Brunel Road", "Newbury RG14 5BX", "01635 521 440"),
        (
            "Castleton Access & Plant Ltd",
            "en",
            "Moss Lane Industrial Estate",
            "Bolton BL1 4QA",
            "01204 380 715",
        ),
        (
            "Baumaschinen Vermietung Taunus",
            "de",
            "Am Kreuzweg 4",
            "61440 Oberursel",
            "06171 58 22-0",
        ),
    ],
    "fuelcard": [
        ("FleetFuel Card Services", "en", "PO Box 771", "Chester CH99 3FF", "0345 266 0404"),
        (
            "Roadway Fuel Solutions Ltd",
            "en",
            "Roadway House, Cadley Hill",
            "Swadlincote DE11 9EU",
            "0330 020 1515",
        ),
        ("Tankkarte Sued GmbH", "de", "Zeppelinstrasse 12", "73760 Ostfildern", "0711 93 15 60"),
    ],
    "vanlease": [
        ("Crossley Vehicle Leasing", "en", "Crossley Park", "Warrington WA1 1RG", "01925 480 300"),
        (
            "Tamar Commercial Contract Hire",
            "en",
            "Parkway Business Centre",
            "Plymouth PL6 8LH",
            "01752 771 260",
        ),
    ],
    "testing": [
        (
            "Safecheck Electrical Testing",
            "en",
            "4 Orchard Units",
            "Evesham WR11 1TD",
            "01386 444 019",
        ),
        (
            "Lumen Compliance Services Ltd",
            "en",
            "The Old Dairy, Coombe Lane",
            "Tiverton EX16 4PJ",
            "01884 258 470",
        ),
        (
            "Elektro Pruefservice Hessen",
            "de",
            "Industriestrasse 18",
            "63150 Heusenstamm",
            "06104 66 17 20",
        ),
    ],
    "pest": [
        ("Guardian Pest Control", "en", "Unit 2, Mill Farm", "Ashford TN25 4AD", "01233 662 450"),
        (
            "Kestrel Environmental Hygiene",
            "en",
            "19 Corporation Street",
            "Stafford ST16 3AG",
            "01785 257 930",
        ),
        ("Anti-Nuisibles Loire", "fr", "12 rue de la Fonderie", "44200 Nantes", "02 40 48 17 63"),
    ],
    "roofer": [
        ("J. Pengelly & Sons Roofing", "en", "Trelawney Yard", "Bodmin PL31 2QR", "01208 72 114"),
        (
            "Clearview Windows & Doors Ltd",
            "en",
            "Unit 11, Hadrian Way",
            "Carlisle CA1 3NX",
            "01228 520 980",
        ),
        (
            "Summit Flat Roofing Specialists",
            "en",
            "45 Lime Kiln Road",
            "Bath BA2 7QE",
            "01225 311 094",
        ),
    ],
    "accountant": [
        (
            "Tremayne Hughes Chartered Accountants",
            "en",
            "3 Lemon Street",
            "Truro TR1 2LS",
            "01872 263 400",
        ),
        (
            "Ashby Bookkeeping Services",
            "en",
            "Suite 4, Abbey Mews",
            "Tewkesbury GL20 5SR",
            "01684 291 070",
        ),
        (
            "Steuerbuero Weidmann & Koch",
            "de",
            "Schillerstrasse 27",
            "60313 Frankfurt",
            "069 28 60 41",
        ),
    ],
    "ihk": [
        ("IHK Frankfurt am Main", "de", "Boersenplatz 4", "60313 Frankfurt", "069 2197-0"),
        (
            "IHK Darmstadt Rhein Main Neckar",
            "de",
            "Rheinstrasse 89",
            "64295 Darmstadt",
            "06151 871-0",
        ),
    ],
    "waste": [
        (
            "Greenbank Commercial Waste",
            "en",
            "Greenbank Depot, Quarry Road",
            "Redruth TR15 3AZ",
            "01209 314 660",
        ),
        (
            "Metro Trade Waste Services",
            "en",
            "Arches 112-114, Vine Street",
            "Leeds LS9 8AQ",
            "0113 360 7700",
        ),
        (
            "Collecte Pro Atlantique",
            "fr",
            "ZI de la Lande",
            "44800 Saint-Herblain",
            "02 28 25 60 30",
        ),
    ],
    "acquirer": [
        (
            "Paylane Merchant Services",
            "en",
            "1 Finsbury Avenue",
            "London EC2M 2PP",
            "0345 702 3344",
        ),
        (
            "Tillpoint Card Payments",
            "en",
            "Tillpoint House, Aztec West",
            "Bristol BS32 4TD",
            "0333 015 8800",
        ),
        (
            "Kartenzahlung Direkt AG",
            "de",
            "Theodor-Heuss-Allee 80",
            "60486 Frankfurt",
            "069 50 50 77 0",
        ),
        ("Monetis Encaissement", "fr", "18 rue de Londres", "75009 Paris", "01 70 98 44 10"),
    ],
    "registrar": [
        ("Hostmoor Domains", "en", "PO Box 3300", "Gloucester GL1 9AB", "0333 444 2010"),
        (
            "Brightnode Web Hosting Ltd",
            "en",
            "12 Quay Street",
            "Manchester M3 3HN",
            "0161 518 2020",
        ),
        ("Netzfabrik Hosting GmbH", "de", "Speicherstrasse 55", "60327 Frankfurt", "069 710 45 60"),
    ],
    "records": [
        (
            "Disclosure and Barring Service",
            "en",
            "PO Box 165",
            "Liverpool L69 3JD",
            "03000 200 190",
        ),
        (
            "Bundesamt fuer Justiz - Bundeszentralregister",
            "de",
            "Adenauerallee 99-103",
            "53113 Bonn",
            "0228 99 410-40",
        ),
        ("Casier judiciaire national", "fr", "107 rue du Landreau", "44317 Nantes Cedex 3", ""),
    ],
    "cottage": [
        (
            "Tregenna Barn Holiday Cottages",
            "en",
            "Tregenna Farm",
            "St Keverne TR12 6QB",
            "01326 280 517",
        ),
        ("Fellside Lets", "en", "The Old Post Office", "Keswick CA12 5JR", "017687 73 210"),
        ("Gites du Val de Loire", "fr", "La Grande Maison", "49730 Montsoreau", "02 41 51 70 22"),
    ],
    "photographer": [
        (
            "Elin Marsh Photography",
            "en",
            "Studio 3, The Granary",
            "Ledbury HR8 1DQ",
            "07786 220 491",
        ),
        (
            "Two Hearts Wedding Films & Photo",
            "en",
            "88 Castle Street",
            "Shrewsbury SY1 2BQ",
            "07512 903 118",
        ),
        (
            "Lichtblick Hochzeitsfotografie",
            "de",
            "Berger Strasse 160",
            "60385 Frankfurt",
            "0176 2290 4416",
        ),
    ],
    "teacher": [
        ("Margaret Tilling LRSM", "en", "17 Vicarage Gardens", "Ledbury HR8 2AL", "01531 633 408"),
        ("David Okonjo - Piano & Theory", "en", "4 Hazel Close", "Truro TR1 3QG", "07841 552 093"),
        (
            "Clare Fenwick (violin, viola)",
            "en",
            "Flat 2, 9 Abbey Road",
            "Tewkesbury GL20 5SP",
            "07403 118 276",
        ),
    ],
    "club": [
        (
            "Ledbury Town Cricket Club",
            "en",
            "Victoria Road Ground",
            "Ledbury HR8 2DA",
            "01531 631 422",
        ),
        ("Truro Athletic Football Club", "en", "Tremorvah Park", "Truro TR1 1RL", "01872 240 377"),
        (
            "TSV Bornheim 1878 e.V. - Handball",
            "de",
            "Ballsporthalle Seckbacher Landstrasse",
            "60389 Frankfurt",
            "069 45 22 81",
        ),
    ],
    "shop": [
        ("The Copper Kettle Cafe", "en", "6 Boscawen Street", "Truro TR1 2QQ", "01872 271 880"),
        (
            "Barlow's Farm Shop",
            "en",
            "Barlow's Farm, Upton Road",
            "Ledbury HR8 1JT",
            "01531 640 330",
        ),
        ("Baeckerei Hofmann", "de", "Leipziger Strasse 23", "60487 Frankfurt", "069 77 81 40"),
        ("Epicerie Fine Le Panier", "fr", "3 place du Bouffay", "44000 Nantes", "02 40 20 11 48"),
    ],
    "bank": [
        ("Western Counties Bank", "en", "", "", ""),
        ("Lowland & Borders Bank plc", "en", "", "", ""),
        ("Unity Mutual Bank", "en", "", "", ""),
    ],
    "ehealth": [
        (
            "Cornwall Council - Food Safety Team",
            "en",
            "New County Hall, Treyew Road",
            "Truro TR1 3AY",
            "0300 1234 212",
        ),
        (
            "Herefordshire Council - Environmental Health",
            "en",
            "Plough Lane",
            "Hereford HR4 0LE",
            "01432 261 761",
        ),
        (
            "Tewkesbury Borough Council - Environmental Health",
            "en",
            "Gloucester Road",
            "Tewkesbury GL20 5TT",
            "01684 295 010",
        ),
    ],
    "smallbiz": [
        (
            "Kernow Kitchens & Bathrooms Ltd",
            "en",
            "Unit 5, Threemilestone Ind. Est.",
            "Truro TR4 9LD",
            "01872 560 118",
        ),
        (
            "Ridgeway Digital Ltd",
            "en",
            "The Coach House, Bridge Street",
            "Ledbury HR8 2AN",
            "01531 670 042",
        ),
        (
            "Fenwick & Lowe Surveyors",
            "en",
            "22 High Street",
            "Tewkesbury GL20 5AL",
            "01684 850 515",
        ),
    ],
}
#: Public bodies and people: no company or bank footer on their pages.
OFFICIAL = {"records", "ihk", "ehealth", "teacher", "club", "bank"}
#: Businesses the paperwork is addressed to: name, contact, street, town, language.
BUSINESSES: list[tuple[str, str, str, str, str]] = [
    ("The Copper Kettle Cafe", "Mrs J. Trevithick", "6 Boscawen Street", "Truro TR1 2QQ", "en"),
    ("Barlow's Farm Shop", "Mr P. Barlow", "Barlow's Farm, Upton Road", "Ledbury HR8 1JT", "en"),
    (
        "Kernow Kitchens & Bathrooms Ltd",
        "Accounts Dept",
        "Unit 5, Threemilestone Ind. Est.",
        "Truro TR4 9LD",
        "en",
    ),
    ("Abbey Mill Tearooms", "Ms S. Okafor", "Mill Bank", "Tewkesbury GL20 5SD", "en"),
    ("R. Polglase Building Contractors", "Rob Polglase", "Chyvelah Yard", "Truro TR4 9AZ", "en"),
    ("Fenwick & Lowe Surveyors", "Practice Manager", "22 High Street", "Tewkesbury GL20 5AL", "en"),
    ("The Feathers Inn", "Mr D. Hallam", "25 High Street", "Ledbury HR8 1DS", "en"),
    ("Ridgeway Digital Ltd", "Finance", "The Coach House, Bridge Street", "Ledbury HR8 2AN", "en"),
    ("Baeckerei Hofmann", "Herrn Stefan Hofmann", "Leipziger Strasse 23", "60487 Frankfurt", "de"),
    ("Cafe Kranzler am Markt", "Frau Irene Kranzler", "Marktplatz 5", "61440 Oberursel", "de"),
    ("Malerbetrieb Yilmaz GmbH", "Buchhaltung", "Ginnheimer Strasse 48", "60487 Frankfurt", "de"),
    ("Epicerie Fine Le Panier", "Mme Claire Guerin", "3 place du Bouffay", "44000 Nantes", "fr"),
    ("Creperie Ty Breizh", "M. Yann Le Goff", "14 rue Kervegan", "44000 Nantes", "fr"),
]
FOOD_TRADE = {
    "The Copper Kettle Cafe",
    "Barlow's Farm Shop",
    "Abbey Mill Tearooms",
    "The Feathers Inn",
    "Baeckerei Hofmann",
    "Cafe Kranzler am Markt",
    "Epicerie Fine Le Panier",
    "Creperie Ty Breizh",
}
PEOPLE = [
    "Rebecca Trevorrow",
    "Alastair Menzies",
    "Joanna Whitfield",
    "Owain Pryce",
    "Keeley Nankervis",
    "Dominic Achterberg",
    "Farida Hussain",
    "Graham Polkinghorne",
    "Bethan Lloyd-Evans",
    "Marek Nowak",
    "Sunita Rao",
    "Hamish Strachan",
    "Katrin Albrecht",
    "Matthias Engel",
    "Aurelie Cadiou",
    "Thibault Marchal",
]
PUPILS = ["Isla", "Theo", "Maisie", "Arjun", "Poppy", "Felix", "Ruby", "Hugo", "Edie", "Kit"]
STREETS = {
    "en": ["Lemon Street", "Kenwyn Hill", "Bye Street", "Church Lane", "Orchard Rise", "Mill Bank"],
    "de": ["Eschersheimer Landstrasse", "Oeder Weg", "Rhoenstrasse", "Berger Strasse"],
    "fr": ["rue Crebillon", "quai de la Fosse", "rue de Strasbourg", "allee Baco"],
}
TOWNS = {
    "en": ["Truro TR1 3HP", "Ledbury HR8 2EG", "Tewkesbury GL20 8JU", "Hereford HR1 2PB"],
    "de": ["60318 Frankfurt", "60389 Frankfurt", "61440 Oberursel", "63150 Heusenstamm"],
    "fr": ["44000 Nantes", "44100 Nantes", "44800 Saint-Herblain", "49400 Saumur"],
}
VANS = [
    ("Ford Transit Custom 300 L1 2.0 EcoBlue", "WP22 ODX"),
    ("Vauxhall Vivaro 2900 L2 1.5d", "EA71 KRV"),
    ("Renault Trafic LL30 Business+", "DK23 HNF"),
    ("Volkswagen Crafter CR35 MWB", "YL70 UMB"),
    ("Citroen Berlingo 1000 XL", "CV72 PZS"),
    ("Mercedes-Benz Sprinter 315 L2", "HN21 YXT"),
]
WORDS = {
    "en": {
        "glue": "the of and to in for with on as by this that your you we our is are be "
        "from at will any if all",
        "pest": "bait station rodent activity droppings proofing gap door sweep bin store "
        "monitor trap kitchen cellar entry point hygiene",
        "food": "hygiene kitchen storage temperature cleaning records allergen fridge probe "
        "handwash training management structure cross contamination",
        "books": "bank transaction invoice receipt ledger director loan expense capital "
        "mileage payroll accounts records reconcile year end",
        "hire": "equipment hire period operator site damage loss fuel collection delivery "
        "insurance inspection return charges weekend",
        "roof": "workmanship materials membrane flashing slate tiles leadwork gutter "
        "ventilation installation property defect owner",
        "event": "ceremony reception couple coverage images gallery album edit venue "
        "guests portraits confetti timeline delivery",
        "stay": "cottage arrival departure linen towels heating parking dogs garden "
        "key safe balance deposit guests",
        "waste": "container bin lift collection waste recycling general mixed glass "
        "contamination access site schedule duty care",
        "rep": "financial statements records transactions directors accounting "
        "estimates related parties disclosure events liabilities",
    },
    "de": {
        "glue": "die der das und zu im fuer mit auf als von dass Ihre wir unsere ist sind "
        "wird bei nach den dem",
        "books": "Beleg Buchung Kasse Bank Rechnung Konto Privatentnahme Abschluss "
        "Vorsteuer Fahrtenbuch Lohn Jahresabschluss",
        "hire": "Mietgeraet Mietdauer Baustelle Rueckgabe Schaden Betankung Abholung "
        "Lieferung Haftung Pruefung Miete",
        "fee": "Beitrag Grundbeitrag Umlage Gewerbeertrag Bemessungsgrundlage Kammer "
        "Veranlagung Bescheid Zahlung Mitglied",
        "event": "Hochzeit Trauung Paar Bilder Galerie Album Reportage Location "
        "Gaeste Zeitplan Lieferung Nutzungsrechte",
    },
    "fr": {
        "glue": "le la les et de du pour avec sur par que votre vos nous est sont sera au aux",
        "pest": "poste appat rongeur activite traces deratisation desinsectisation cuisine "
        "reserve local entree produit",
        "waste": "bac collecte dechets tri levee conteneur verre carton emplacement "
        "frequence contrat",
        "stay": "gite arrivee depart draps menage chauffage animaux jardin cle caution solde",
    },
}


def talk(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """Made-up words on ``topic`` in ``lang`` (English words where ``lang`` has none)."""
    pool = WORDS[lang] if topic in WORDS[lang] else WORDS["en"]
    own, glue = pool[topic].split(), pool["glue"].split()
    picked = [
        rng.choice(own if rng.random() < 0.42 else glue) for _ in range(n or rng.randint(8, 17))
    ]
    words = " ".join(picked)
    return words[:1].upper() + words[1:] + "."


def prose(rng: random.Random, lang: str, topic: str, sentences: tuple[int, int] = (2, 4)) -> str:
    return " ".join(talk(rng, lang, topic) for _ in range(rng.randint(*sentences)))


def some_day(rng: random.Random) -> date:
    return date(2023, 3, 1) + timedelta(days=rng.randint(0, 1180))


def keyed(who: Issuer, salt: str) -> random.Random:
    """A generator that gives the same values for the same issuer and ``salt``: the documents
    of one run or one companion pair keep their customer, account and premises."""
    return random.Random(zlib.crc32(f"hamper|{who.name}|{who.street}|{salt}|{who.city}".encode()))


def ident(rng: random.Random, shape: str) -> str:
    """``shape`` with every ``#`` a digit and every ``@`` a capital letter."""
    out = []
    for c in shape:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def business(
    who: Issuer, lang: str | None = None, food: bool = False
) -> tuple[str, str, str, str, str]:
    """The small business ``who``'s paperwork is about (same for a run or a companion); with
    ``food``, one that serves or sells food."""
    r = keyed(who, "business")
    pool = [b for b in BUSINESSES if lang is None or b[4] == lang]
    if food:
        pool = [b for b in pool if b[0] in FOOD_TRADE]
    return r.choice(pool or BUSINESSES)


def household(rng: random.Random, lang: str) -> list[str]:
    name = rng.choice(PEOPLE)
    no = rng.randint(1, 96)
    road = rng.choice(STREETS[lang])
    return [name, f"{road} {no}" if lang == "de" else f"{no} {road}", rng.choice(TOWNS[lang])]


def restyle(
    s: Style, size: tuple[float, float], margin: float | None = None, pt: float | None = None
) -> Style:
    """``s`` on another paper size, margin or type size."""
    return replace(
        s,
        page_size=size,
        margin=s.margin if margin is None else margin,
        size=s.size if pt is None else pt,
    )


# ---------------------------------------------------------------------------------------------
# Senders and page furniture
# ---------------------------------------------------------------------------------------------


@dataclass
class House:
    """A sender as it appears on paper."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str
    look: str  # banner | centred | ruled | block | initials | typed
    every: bool  # letterhead repeated on later pages
    foot: list[str]  # company / bank lines at the foot of each page
    numbers: str  # format for corpus_kit.number_pages
    num_pos: str
    dates: str  # style for corpus_kit.date_text


LOOKS = ["banner", "centred", "ruled", "block", "initials", "typed"]
NUMBERINGS = {
    "en": [
        "none",
        "none",
        "none",
        "none",
        "Page {i} of {n}",
        "{i} of {n}",
        "2:Page {i}",
        "- {i} -",
    ],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -"],
}


def foot_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    """Company registration and bank details as printed at the foot of a business's pages."""
    short = name.split(" - ")[0]
    if lang == "de":
        court = town.split()[-1]
        boss = r.choice(["Thomas Brenner", "Sabine Roth", "Ulrich Haas", "Petra Lenz"])
        return [
            f"{short} | Geschaeftsfuehrung: {boss} | Amtsgericht {court} "
            f"HRB {r.randint(10000, 99999)}",
            f"Bankverbindung: Frankfurter Volksbank | IBAN DE{r.randint(10, 99)} 5019 0000 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} | "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{short} - SARL au capital de {r.choice([5000, 8000, 20000, 50000])} EUR - RCS Nantes "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA intracom. "
            f"FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}",
        ]
    lines = [
        f"{short} is registered in England and Wales, company no. "
        f"{r.randint(2000000, 15999999):08d}. "
        f"VAT reg. no. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
    ]
    if r.random() < 0.6:
        lines.append(
            f"Bank: {r.choice(['Lloyds', 'NatWest', 'Barclays', 'HSBC'])}  Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  "
            f"Account {r.randint(10000000, 99999999)}"
        )
    return lines


def house(who: Issuer, trade: str, looks: list[str] | None = None) -> House:
    """The ``trade`` sender behind ``who``; one issuer always gets the same sender."""
    r = keyed(who, trade)
    name, lang, street, town, phone = r.choice(SENDERS[trade])
    stem = "".join(ch for ch in name.split(" - ")[0].lower() if ch.isalnum())[:18]
    tld = {"en": ".co.uk", "de": ".de", "fr": ".fr"}[lang]
    mail = f"{r.choice(['info', 'accounts', 'office', 'hello'])}@{stem}{tld}"
    official = trade in OFFICIAL
    return House(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        mail=mail,
        look=r.choice(looks or LOOKS),
        every=r.random() < 0.35,
        foot=[] if official or r.random() < 0.35 else foot_lines(r, name, lang, town),
        numbers=r.choice(NUMBERINGS[lang]),
        num_pos=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["long", "short", "long", "iso" if lang == "en" else "short"]),
    )


def dt(hs: House, d: date) -> str:
    return date_text(d, hs.lang, hs.dates)


def initials(name: str) -> str:
    caps = [w[0] for w in name.replace("&", " ").split() if w[:1].isupper()]
    return "".join(caps[:3]) or name[:2].upper()


def masthead(p: Page, s: Style, hs: House, look: str | None = None) -> float:
    """``hs``'s letterhead in ``look`` (its own by default); the y where content may start."""
    w, _ = p.size
    m = s.margin
    top = max(m - 8, 30.0)
    look = look or hs.look
    contact = " | ".join(t for t in (hs.street, hs.town, hs.phone) if t)
    small = 7.2
    if look == "banner":
        p.rect(0, top - 26, w, 36, fill=0.82)
        size = shrink(hs.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, top - 2, hs.name, s.bold, size)
        p.text(m, top + 22, fit(contact, s.font, small, w - 2 * m), s.font, small)
        p.text(w - m, top + 22, fit(hs.mail, s.font, small, w / 3), s.font, small, "right")
        return top + 44
    if look == "centred":
        size = shrink(hs.name, "Times-Bold", s.size + 7, w - 2 * m)
        p.text(w / 2, top, hs.name, "Times-Bold", size, "center")
        p.text(w / 2, top + 13, fit(contact, s.font, small, w - 2 * m), s.font, small, "center")
        p.text(w / 2, top + 22, hs.mail, s.font, small, "center")
        p.line(w / 2 - 60, top + 28, w / 2 + 60, top + 28)
        return top + 46
    if look == "ruled":
        size = shrink(hs.name.upper(), s.bold, s.size + 3, w * 0.6 - m)
        p.text(m, top, hs.name.upper(), s.bold, size)
        p.text(
            w - m,
            top - 6,
            fit(hs.phone or hs.mail, s.font, small, w * 0.35),
            s.font,
            small,
            "right",
        )
        p.text(w - m, top + 3, fit(hs.mail, s.font, small, w * 0.35), s.font, small, "right")
        p.line(m, top + 9, w - m, top + 9)
        where = ", ".join(t for t in (hs.street, hs.town) if t)
        p.text(m, top + 19, fit(where, s.font, small, w - 2 * m), s.font, small)
        return top + 38
    if look == "block":
        right = w - m
        size = shrink(hs.name, s.bold, s.size + 2, w * 0.45)
        p.text(right, top, hs.name, s.bold, size, "right")
        y = top + 11
        for t in (hs.street, hs.town, hs.phone, hs.mail):
            if t:
                p.text(right, y, fit(t, s.font, small, w * 0.42), s.font, small, "right")
                y += 8.5
        return y + 14
    if look == "initials":
        p.rect(m, top - 20, 30, 30, fill=0.25)
        p.text(m + 15, top - 1, initials(hs.name), "Helvetica-Bold", 10, "center")
        size = shrink(hs.name, s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 38, top - 6, hs.name, s.bold, size)
        p.text(m + 38, top + 6, fit(contact, s.font, small, w - 2 * m - 40), s.font, small)
        return top + 32
    p.text(m, top, fit(hs.name, "Courier-Bold", 10, w - 2 * m), "Courier-Bold", 10)
    p.text(m, top + 11, fit(contact, "Courier", 8, w - 2 * m), "Courier", 8)
    return top + 30


def continuation(p: Page, s: Style, hs: House, running: str) -> float:
    """The top of a later page: the letterhead again, a running header, or just the margin."""
    if hs.every:
        return masthead(p, s, hs)
    w, _ = p.size
    m = s.margin
    if running:
        p.text(
            w - m,
            m - 16,
            fit(running, italic(s.font), 7.5, w - 2 * m),
            italic(s.font),
            7.5,
            "right",
        )
        p.line(m, m - 11, w - m, m - 11)
        return m + 8
    return m - 4


def foot_room(hs: House) -> float:
    return 30.0 + 7.8 * len(hs.foot)


def finish(
    pages: list[Page], s: Style, hs: House, skip: int = 0, numbers: str | None = None
) -> list[Page]:
    """Foot lines on each of ``hs``'s pages after ``skip`` covers, then page numbers."""
    for p in pages[skip:]:
        w, h = p.size
        base = h - 16 - 7.8 * len(hs.foot)
        if hs.foot:
            p.line(s.margin, base - 2, w - s.margin, base - 2)
        for k, t in enumerate(hs.foot):
            p.text(
                w / 2,
                base + 7.8 * (k + 1),
                fit(t, s.font, 5.7, w - 2 * s.margin),
                s.font,
                5.7,
                "center",
            )
    fmt = numbers if numbers is not None else hs.numbers
    number_pages(pages, s, fmt, hs.num_pos, skip, top=18, bottom=26 + 7.8 * len(hs.foot))
    return pages


class Pager(Flow):
    """This part's spacing."""

    line = 1.36
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.55


def pager(s: Style, hs: House, running: str = "", headed: bool = True) -> Pager:
    """Pages of ``hs``: the letterhead on the first (unless not ``headed``), then
    ``continuation`` tops."""

    def top(p: Page, n: int) -> float:
        if n == 1 and headed:
            return masthead(p, s, hs)
        return continuation(p, s, hs, running)

    w, h = s.page_size
    return Pager((w, h), h - s.margin - foot_room(hs) + 24, top)


def addressed(
    f: Flow, s: Style, hs: House, to: list[str], d: date, refs: list[tuple[str, str]] | None = None
) -> None:
    """The recipient in the window, the date flush right beside it, references on one line
    beneath."""
    w, _ = f.size
    y = f.y + 6
    f.page.text(w - s.margin, y + 14, dt(hs, d), s.font, s.size, "right")
    below = window(f.page, s, hs if hs.look != "typed" else None, y, to)
    f.y = below + 10
    if refs:
        line = "     ".join(f"{k}: {v}" for k, v in refs)
        f.page.text(
            s.margin, f.y, fit(line, s.font, s.size - 1.5, w - 2 * s.margin), s.font, s.size - 1.5
        )
        f.y += 12
    f.y += 12


def headline(f: Flow, s: Style, text: str, grow: float = 2.5, bar: bool = False) -> None:
    w, _ = f.size
    size = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(size * 3.2)
    if bar:
        f.page.rect(s.margin - 3, f.y - size - 2, w - 2 * s.margin + 6, size + 7, fill=0.88)
    f.page.text(s.margin, f.y, text, s.bold, size)
    f.y += size * 1.8


def words(f: Flow, s: Style, text: str, indent: float = 0, pt: float | None = None) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def salute(f: Flow, s: Style, lang: str, who: str) -> bool:
    """The greeting; True when it names nobody (so an English letter ends "faithfully")."""
    if lang == "de":
        text = "Sehr geehrte Damen und Herren," if not who else f"Guten Tag {who},"
    elif lang == "fr":
        text = "Madame, Monsieur,"
    else:
        text = f"Dear {who}," if who else "Dear Sir or Madam,"
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, text, s.font, s.size)
    f.y += s.size * 2
    return not who


def farewell(
    f: Flow,
    s: Style,
    lang: str,
    name: str,
    role: str,
    signed: bool = True,
    faithfully: bool = False,
) -> None:
    f.need(100)
    m = s.margin
    english = "Yours faithfully," if faithfully else "Yours sincerely,"
    bye = tr(lang, english, "Mit freundlichen Gruessen", "Cordialement,")
    f.page.text(m, f.y, bye, s.font, s.size)
    f.y += 18
    if signed:
        f.page.text(
            m + 4, f.y + 14, name.split()[0][:1] + ". " + name.split()[-1], "Times-Italic", 17
        )
        f.y += 24
    else:
        f.y += 6
    f.page.text(m, f.y + 6, name, s.bold, s.size)
    f.page.text(m, f.y + 6 + s.size * 1.35, role, s.font, s.size - 1)
    f.y += 20 + s.size * 2.2


def cut_here(p: Page, y: float, x0: float, x1: float, label: str = "") -> None:
    """A dashed tear-off line, with ``label`` centred in a gap."""
    mid = (x0 + x1) / 2
    gap = tw(label, "Helvetica", 6.5) / 2 + 6 if label else 0
    x = x0
    while x < x1:
        end = min(x + 4, x1)
        if not (mid - gap < x < mid + gap):
            p.line(x, y, end, y)
        x += 7
    if label:
        p.text(mid, y + 2, label, "Helvetica", 6.5, "center")


def entry(
    p: Page, x: float, y: float, w: float, label: str, value: str = "", pt: float = 9
) -> float:
    """A label above an underlined entry (written in if ``value``); the y below it."""
    p.text(x, y, fit(label, "Helvetica", 6.5, w), "Helvetica", 6.5)
    if value:
        p.text(x + 2, y + 13, fit(value, "Helvetica-Oblique", pt, w - 4), "Helvetica-Oblique", pt)
    p.line(x, y + 16, x + w, y + 16)
    return y + 26


def scrawl(p: Page, x: float, y: float, name: str, size: float = 14) -> None:
    """A signature-like mark on the baseline ``y``."""
    last = name.split()[-1]
    p.text(x, y, last[:1] + last[1:].lower(), "Times-Italic", size)
    p.line(x - 2, y + 3, x + tw(last, "Times-Italic", size) + 6, y)


# ---------------------------------------------------------------------------------------------
# Templates L: suppliers, deliveries, hire and fleet
# ---------------------------------------------------------------------------------------------


def tpl_supplier_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's monthly statement of account: open items with a running balance, an aged
    analysis and a remittance slip to tear off at the foot of the last page."""
    hs = house(who, "wholesale")
    lg = hs.lang
    s = restyle(who.style, A4) if lg == "de" else who.style
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    acct = ident(keyed(who, "acct"), rng.choice(["@@@###", "#####", "K-####"]))
    d = some_day(rng)
    f = pager(s, hs, tr(lg, f"Statement - account {acct} - {biz[0]}", f"Kontoauszug {acct}"))
    addressed(f, s, hs, [biz[0], biz[1], biz[2], biz[3]], d)
    headline(
        f,
        s,
        rng.choice(
            [
                tr(lg, "STATEMENT OF ACCOUNT", "Kontoauszug / Offene Posten"),
                tr(lg, "Statement", "Saldenbestaetigung und offene Posten"),
                "",
            ]
        )
        or tr(lg, f"Account {acct}", f"Kundenkonto {acct}"),
        3,
    )
    words(
        f,
        s,
        tr(
            lg,
            f"Account {acct}. Terms: {rng.choice([30, 30, 45, 60])} days from end of month. "
            f"Credit limit {money(rng.choice([2500, 5000, 7500, 15000]))}.",
            f"Kundennummer {acct}. Zahlungsziel {rng.choice([14, 30])} Tage netto. "
            "Bitte pruefen Sie die aufgefuehrten Posten.",
        ),
        pt=s.size - 1,
    )
    n = rng.choice([4, 7, 11, 18, 30, 46, 80])
    bal = round(rng.uniform(0, 900), 2)
    rows = [
        [dt(hs, d - timedelta(days=40)), tr(lg, "B/F", "Vortrag"), "", "", "", "", money(bal, lg)]
    ]
    ages = [0.0, 0.0, 0.0, 0.0]
    start = d - timedelta(days=rng.choice([30, 62, 95]))
    for k in range(n):
        day = start + timedelta(days=int((d - start).days * (k + 1) / (n + 1)))
        kind = rng.choices(["INV", "CRN", "PAY"], [6, 1, 2])[0]
        amt = round(rng.uniform(18, 1450), 2)
        if kind == "INV":
            bal += amt
            ages[min(3, (d - day).days // 30)] += amt
            dr, cr = money(amt, lg), ""
        else:
            bal -= amt if kind == "PAY" else amt / 8
            dr, cr = "", money(amt if kind == "PAY" else amt / 8, lg)
        ref = ident(rng, {"INV": "SI######", "CRN": "SC#####", "PAY": "CASH"}[kind])
        po = ident(rng, rng.choice(["PO####", "####", "", "site @@"])) if kind == "INV" else ""
        label = {
            "INV": tr(lg, "Invoice", "Rechnung"),
            "CRN": tr(lg, "Credit", "Gutschrift"),
            "PAY": tr(lg, "Payment", "Zahlung"),
        }
        rows.append([dt(hs, day), label[kind], ref, po, dr, cr, money(bal, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.3, "left"),
                (1.1, "left"),
                (1.3, "left"),
                (1.1, "left"),
                (1, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum"),
            tr(lg, "Type", "Art"),
            tr(lg, "Ref", "Beleg"),
            tr(lg, "Your ref", "Ihr Zeichen"),
            tr(lg, "Debit", "Soll"),
            tr(lg, "Credit", "Haben"),
            tr(lg, "Balance", "Saldo"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.need(90)
    f.y += 6
    cols = columns(m, w - m, [(1, "center")] * 5)
    heads = [
        tr(lg, "Current", "aktuell"),
        "30 " + tr(lg, "days", "Tage"),
        "60 " + tr(lg, "days", "Tage"),
        "90+ " + tr(lg, "days", "Tage"),
        tr(lg, "TOTAL DUE", "SALDO"),
    ]
    vals = [*(money(a, lg) for a in ages), money(max(bal, 0), lg)]
    for (x0, x1, _), t, v in zip(cols, heads, vals, strict=True):
        f.page.rect(x0, f.y - 9, x1 - x0 - 4, 30)
        f.page.text((x0 + x1 - 4) / 2, f.y, t, s.font, 7, "center")
        f.page.text((x0 + x1 - 4) / 2, f.y + 15, v, s.bold, s.size - 1, "center")
    f.y += 40
    if rng.random() < 0.7:
        if f.y > f.bottom - 110:
            f.new_page()
        y = max(f.y + 10, f.bottom - 96)
        cut_here(
            f.page,
            y,
            m - 20,
            w - m + 20,
            tr(lg, "please detach and return with your payment", "bitte abtrennen"),
        )
        f.page.text(m, y + 20, tr(lg, "REMITTANCE ADVICE", "Zahlungsavis"), s.bold, s.size)
        f.page.text(w - m, y + 20, hs.name, s.font, s.size - 1.5, "right")
        pairs(
            f.page,
            s,
            m,
            y + 36,
            [
                (tr(lg, "Customer", "Kunde"), biz[0]),
                (tr(lg, "Account", "Konto"), acct),
                (tr(lg, "Statement date", "Stand"), dt(hs, d)),
            ],
            w / 2 - 10,
            s.size - 2,
        )
        f.page.text(
            w / 2 + 10, y + 36, tr(lg, "Amount paid", "Betrag") + f" {cur(lg)}", s.font, s.size - 2
        )
        f.page.rect(w / 2 + 10, y + 42, w / 2 - m - 10, 20)
        f.page.text(
            w / 2 + 10, y + 74, tr(lg, "BACS / cheque no.", "Ueberweisung am"), s.font, s.size - 2
        )
        f.page.line(w / 2 + 100, y + 75, w - m, y + 75)
    return finish(f.pages, s, hs)


def tpl_pod_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A courier's driver manifest signed at each drop (proof of delivery), landscape A4; a
    run of these holds other days and drivers."""
    hs = house(who, "courier", ["ruled", "initials", "typed", "banner"])
    lg = hs.lang
    size = landscape(A4)
    s = restyle(who.style, size, 36, 8.5)
    w, h = size
    m = s.margin
    p = Page(size)
    y = masthead(p, s, hs)
    d = some_day(rng)
    driver = rng.choice(PEOPLE)
    title = rng.choice(
        [
            tr(lg, "PROOF OF DELIVERY", "Zustellnachweis"),
            tr(lg, "Delivery manifest / POD", "Tourenliste mit Empfangsbestaetigung"),
            "",
        ]
    )
    if title:
        p.text(w - m, y - 4, title, s.bold, 13, "right")
    info = [
        (tr(lg, "Date", "Datum"), dt(hs, d)),
        (tr(lg, "Driver", "Fahrer"), driver),
        (tr(lg, "Route", "Tour"), ident(rng, "R##-@")),
        (
            tr(lg, "Vehicle", "Fahrzeug"),
            rng.choice(VANS)[1] if lg == "en" else ident(rng, "F-@@ ###"),
        ),
        (tr(lg, "Depot", "Depot"), hs.town.split()[0 if lg == "en" else -1]),
    ]
    x = m
    for k, v in info:
        p.text(x, y + 10, k, s.font, 6.5)
        p.text(x, y + 21, v, s.bold, 9)
        x += (w - 2 * m) / len(info)
    y += 40
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.4, "left"),
            (2.4, "left"),
            (0.9, "left"),
            (0.6, "center"),
            (0.7, "center"),
            (1.5, "left"),
            (1.5, "left"),
        ],
    )
    head = [
        "#",
        tr(lg, "Consignment", "Sendung"),
        tr(lg, "Consignee", "Empfaenger"),
        tr(lg, "Postcode", "PLZ"),
        tr(lg, "Items", "Pkt"),
        tr(lg, "Time", "Zeit"),
        tr(lg, "Received by (print)", "Name (Druckschrift)"),
        tr(lg, "Signature", "Unterschrift"),
    ]
    p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.88)
    for c, t in zip(cols, head, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y += 16
    hour = rng.randint(7, 9) * 60
    targets = [b for b in BUSINESSES if b[4] == lg]
    for row in range(rng.randint(7, 17)):
        if y > h - 70:
            break
        b = rng.choice(targets)
        hour += rng.randint(8, 35)
        got = rng.random()
        signer = (
            rng.choice(PEOPLE).split()[-1].upper()
            if got > 0.12
            else tr(lg, "CARDED - no answer", "nicht angetroffen")
        )
        vals = [
            str(row + 1),
            ident(rng, "SW#########" if lg == "en" else "#### #### ####"),
            b[0],
            b[3].split(" ", 1)[-1] if lg == "en" else b[3].split()[0],
            str(rng.randint(1, 6)),
            f"{hour // 60:02d}:{hour % 60:02d}",
            signer,
            "",
        ]
        for c, t in zip(cols, vals, strict=True):
            cell(p, c, y, t, s.font, 8)
        if got > 0.12:
            scrawl(p, cols[7][0] + 4, y + 1, signer, 11)
        p.line(m, y + 7, w - m, y + 7)
        y += 22
    p.text(
        m,
        h - 40,
        tr(
            lg,
            "Driver's declaration: all consignments delivered as recorded above.",
            "Alle Sendungen wie oben zugestellt.",
        ),
        s.font,
        7,
    )
    scrawl(p, w - m - 150, h - 40, driver, 13)
    p.line(w - m - 160, h - 36, w - m, h - 36)
    return finish([p], s, hs, numbers="none")


HIRE_KIT = {
    "en": [
        ("Mini excavator 1.5t", 95.0, 285.0),
        ("Breaker 110v heavy duty", 28.0, 56.0),
        ("Tower scaffold 6.2m", 45.0, 90.0),
        ("Cement mixer petrol", 22.0, 44.0),
        ("Floor sander drum", 38.0, 76.0),
        ("Plate compactor", 30.0, 60.0),
        ("Dehumidifier 30L", 18.0, 36.0),
        ("Dumper 1t hi-tip", 65.0, 195.0),
        ("Wacker roller", 55.0, 165.0),
        ("Disc cutter 300mm", 24.0, 48.0),
    ],
    "de": [
        ("Minibagger 1,7 t", 115.0, 460.0),
        ("Abbruchhammer 16 kg", 35.0, 140.0),
        ("Rollgeruest 5,4 m", 49.0, 196.0),
        ("Ruettelplatte 90 kg", 39.0, 156.0),
        ("Bautrockner", 25.0, 100.0),
        ("Motorflex 350 mm", 29.0, 116.0),
    ],
}


def tpl_plant_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A tool and plant hire agreement: hire details and items with a damage waiver and
    signature, sometimes an off-hire condition check, and the conditions of hire in two
    columns of small print."""
    hs = house(who, "planthire", ["banner", "initials", "ruled", "block"])
    lg = hs.lang
    s = restyle(who.style, A4)
    w, h = A4
    m = s.margin
    biz = business(who, lg)
    d = some_day(rng)
    no = ident(rng, "HA######")
    f = pager(s, hs, tr(lg, f"Hire agreement {no}", f"Mietvertrag {no}"))
    headline(f, s, tr(lg, "HIRE AGREEMENT", "MIETVERTRAG") + f"   {no}", 4)
    site = household(rng, lg)
    left = [
        (tr(lg, "Account", "Kunde"), biz[0]),
        (tr(lg, "Contact", "Ansprechpartner"), rng.choice(PEOPLE)),
        (tr(lg, "Order no.", "Bestell-Nr."), ident(rng, "####")),
    ]
    right = [
        (tr(lg, "On hire", "Mietbeginn"), dt(hs, d)),
        (
            tr(lg, "Est. off hire", "Mietende ca."),
            dt(hs, d + timedelta(days=rng.choice([1, 3, 7, 14]))),
        ),
        (
            tr(lg, "Delivery", "Lieferung"),
            rng.choice(
                [
                    tr(lg, "Collected by customer", "Selbstabholer"),
                    tr(lg, "Deliver to site", "Anlieferung Baustelle"),
                ]
            ),
        ),
    ]
    y0 = f.y
    pairs(f.page, s, m, y0, left, w / 2 - 14, s.size - 1)
    pairs(f.page, s, w / 2 + 6, y0, right, w - m, s.size - 1)
    f.y = y0 + 50
    words(f, s, tr(lg, "Site address: ", "Einsatzort: ") + ", ".join(site[1:]), pt=s.size - 1)
    kit = rng.sample(HIRE_KIT[lg if lg in HIRE_KIT else "en"], rng.randint(1, 4))
    rows = []
    for name, day, week in kit:
        rows.append(
            [
                ident(rng, "##-####"),
                name,
                str(rng.choice([1, 1, 1, 2])),
                money(day, lg),
                money(week, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1, "left"), (3, "left"), (0.6, "right"), (1, "right"), (1, "right")]),
        [
            tr(lg, "Stock no.", "Inv.-Nr."),
            tr(lg, "Description", "Geraet"),
            tr(lg, "Qty", "Anz."),
            tr(lg, "Per day", "Tag"),
            tr(lg, "Per week", "Woche"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    for label, on in [
        (
            tr(lg, "Damage waiver (8% of hire) accepted", "Haftungsbegrenzung (10 %) gewuenscht"),
            rng.random() < 0.7,
        ),
        (
            tr(
                lg,
                "Customer's own insurance - certificate seen",
                "Eigene Versicherung nachgewiesen",
            ),
            rng.random() < 0.3,
        ),
        (
            tr(
                lg,
                "Fuel: full tank supplied, refuel charge applies",
                "Geraet vollgetankt uebergeben",
            ),
            True,
        ),
        (
            tr(lg, "Safety information and operating instructions given", "Einweisung erfolgt"),
            rng.random() < 0.8,
        ),
    ]:
        f.need(14)
        box(f.page, m, f.y, on)
        f.page.text(m + 14, f.y, label, s.font, s.size - 1)
        f.y += 15
    f.y += 6
    words(
        f,
        s,
        tr(
            lg,
            "I have read and accept the conditions of hire overleaf. The goods are received in "
            "good order.",
            "Es gelten die umseitigen Mietbedingungen. Die Geraete wurden in einwandfreiem "
            "Zustand uebernommen.",
        ),
        pt=s.size - 1,
    )
    f.need(60)
    ys = f.y + 20
    scrawl(f.page, m + 10, ys, rng.choice(PEOPLE))
    f.page.text(m, ys + 14, tr(lg, "Customer signature", "Unterschrift Mieter"), s.font, 7)
    f.page.text(w / 2, ys + 14, tr(lg, "For ", "Fuer ") + hs.name, s.font, 7)
    f.page.line(m, ys + 5, m + 170, ys + 5)
    f.page.line(w / 2, ys + 5, w - m, ys + 5)
    f.y = ys + 36
    pages = finish(f.pages, s, hs)
    if rng.random() < 0.4:
        p = Page(A4)
        y = (
            continuation(
                p, s, hs, f"{no} - " + tr(lg, "return / condition check", "Rueckgabeprotokoll")
            )
            + 10
        )
        p.text(m, y, tr(lg, "Off-hire condition check", "Rueckgabeprotokoll"), s.bold, s.size + 2)
        y += 24
        for name, _, _ in kit:
            p.text(m, y, name, s.bold, s.size)
            y += 14
            for label in [
                tr(lg, "Clean", "sauber"),
                tr(lg, "Damage", "Schaden"),
                tr(lg, "Fuel full", "vollgetankt"),
                tr(lg, "Accessories", "Zubehoer"),
            ]:
                box(p, m + 10, y, rng.random() < 0.7)
                p.text(m + 24, y, label, s.font, s.size - 1)
                y += 13
            y = (
                entry(
                    p,
                    m + 10,
                    y + 4,
                    w - 2 * m - 10,
                    tr(lg, "Hour meter / notes", "Betriebsstunden / Bemerkungen"),
                    rng.choice(["", f"{rng.randint(100, 3000)} h", talk(rng, lg, "hire", 6)]),
                )
                + 6
            )
            if y > h - 120:
                break
        pages.append(finish([p], s, hs, numbers="none")[0])
    if rng.random() < 0.8:
        p = Page(A4)
        p.text(
            w / 2,
            40,
            tr(lg, "CONDITIONS OF HIRE", "ALLGEMEINE MIETBEDINGUNGEN"),
            "Helvetica-Bold",
            9,
            "center",
        )
        colw = (w - 2 * 36 - 16) / 2
        x, y, k = 36.0, 58.0, 1
        while True:
            para = f"{k}. " + prose(rng, lg, "hire", (2, 4))
            lines = wrap(para, "Helvetica", 6.3, colw)
            if y + 7.6 * len(lines) > h - 34:
                if x > 40:
                    break
                x, y = 36 + colw + 16, 58.0
            for ln in lines:
                p.text(x, y, ln, "Helvetica", 6.3)
                y += 7.6
            y += 4
            k += 1
        pages.append(p)
    return pages


def tpl_fuel_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel card account statement: a summary by product on the first page, then every
    transaction grouped by card / vehicle with subtotals, over one to five pages."""
    hs = house(who, "fuelcard", ["banner", "block", "ruled"])
    lg = hs.lang
    s = restyle(who.style, A4, pt=min(who.style.size, 10))
    w, _ = A4
    m = s.margin
    biz = business(who, lg)
    acct = ident(keyed(who, "fuel"), "7#######")
    d = some_day(rng).replace(day=rng.choice([7, 14, 21, 28]))
    stmt = ident(rng, "S######")
    f = pager(
        s,
        hs,
        tr(
            lg, f"Account {acct}  Statement {stmt}  {dt(hs, d)}", f"Kunde {acct}  Abrechnung {stmt}"
        ),
    )
    addressed(
        f,
        s,
        hs,
        [biz[0], biz[1], biz[2], biz[3]],
        d,
        [(tr(lg, "Account", "Kunden-Nr."), acct), (tr(lg, "Statement", "Rechnung"), stmt)],
    )
    headline(
        f, s, tr(lg, "Fuel card statement", "Tankkarten-Sammelrechnung"), 3, bar=rng.random() < 0.5
    )
    vans = rng.sample(VANS, rng.randint(1, 6))
    sites = (
        [
            "Shell Exeter Rd",
            "BP Carland Cross",
            "Esso Ledbury",
            "Texaco Ross Spur",
            "Morrisons Truro",
            "Tesco Hereford",
            "Gulf Tewkesbury",
        ]
        if lg == "en"
        else [
            "Aral Frankfurt-Ost",
            "Shell Oberursel",
            "Esso Bad Homburg",
            "JET Offenbach",
            "TotalEnergies Hanau",
        ]
    )
    groups: list[tuple[str, list[list[str]], float]] = []
    totals = {"Diesel": 0.0, "AdBlue": 0.0, tr(lg, "Car wash", "Waesche"): 0.0}
    for name, reg in vans:
        dated: list[tuple[date, str, str, str, str, str, str, str]] = []
        sub = 0.0
        for _ in range(rng.choice([3, 6, 10, 16, 24])):
            prod = rng.choices(list(totals), [10, 1, 1])[0]
            litres = (
                round(rng.uniform(25, 80), 2) if prod == "Diesel" else round(rng.uniform(5, 10), 2)
            )
            ppl = rng.uniform(1.38, 1.62) if prod == "Diesel" else rng.uniform(0.9, 1.2)
            wash = prod not in ("Diesel", "AdBlue")
            amt = rng.choice([6.0, 8.5, 10.0]) if wash else litres * ppl
            totals[prod] += amt
            sub += amt
            day = d - timedelta(days=rng.randint(1, 27))
            dated.append(
                (
                    day,
                    dt(hs, day),
                    f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(sites),
                    prod,
                    "" if wash else money(litres, lg),
                    str(rng.randint(10000, 99999) * 3),
                    money(amt, lg),
                )
            )
        rows = [list(r[1:]) for r in sorted(dated)]
        groups.append(
            (
                f"{tr(lg, 'Card', 'Karte')} ...{rng.randint(1000, 9999)}  "
                + (f"{reg}  {name}" if lg == "en" else ident(rng, "F-@@ ####")),
                rows,
                sub,
            )
        )
    net = sum(totals.values())
    pairs(
        f.page,
        s,
        m,
        f.y,
        [
            *((k, money(v, lg)) for k, v in totals.items() if v),
            (tr(lg, "Net", "Netto"), money(net, lg)),
            (tr(lg, "VAT 20%", "USt 19 %"), money(net * (0.2 if lg == "en" else 0.19), lg)),
            (
                tr(lg, "Total payable by Direct Debit", "Gesamtbetrag (Lastschrift)"),
                money(net * (1.2 if lg == "en" else 1.19), lg),
            ),
        ],
        w / 2 + 60,
        s.size - 1,
    )
    f.y += 110
    f.page.text(
        m,
        f.y - 20,
        tr(
            lg,
            f"Collection on or after {dt(hs, d + timedelta(days=10))}.",
            f"Einzug ab {dt(hs, d + timedelta(days=10))}.",
        ),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.6:
        f.new_page()
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.6, "left"),
            (2, "left"),
            (0.9, "left"),
            (0.8, "right"),
            (1, "right"),
            (1, "right"),
        ],
    )
    for label, rows, sub in groups:
        f.need(60)
        f.page.text(m, f.y, fit(label, s.bold, s.size - 0.5, w - 2 * m), s.bold, s.size - 0.5)
        f.y += 14
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum"),
                tr(lg, "Time", "Zeit"),
                tr(lg, "Site", "Station"),
                tr(lg, "Product", "Produkt"),
                tr(lg, "Litres", "Liter"),
                tr(lg, "Receipt", "Beleg"),
                tr(lg, "Net", "Netto"),
            ],
            rows,
            s,
            size=s.size - 2,
            step=1.45,
        )
        f.page.text(
            w - m,
            f.y,
            tr(lg, "Subtotal ", "Zwischensumme ") + money(sub, lg),
            s.bold,
            s.size - 1.5,
            "right",
        )
        f.y += 20
    return finish(f.pages, s, hs)


def tpl_van_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """A contract hire company's monthly rental invoice for one van; a run of these holds the
    same customer's other months or other vans."""
    hs = house(who, "vanlease", ["block", "ruled", "centred", "banner"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    biz = business(who, "en")
    van, reg = rng.choice(VANS)
    agr = ident(keyed(who, "agreement"), "CH/######")
    d = some_day(rng).replace(day=1)
    inv = ident(rng, "INV#######")
    f = pager(s, hs)
    addressed(f, s, hs, [biz[1], biz[0], biz[2], biz[3]], d)
    headline(f, s, rng.choice(["TAX INVOICE", "Invoice", "Rental invoice"]), 4)
    pairs(
        f.page,
        s,
        m,
        f.y,
        [
            ("Invoice number", inv),
            ("Tax point", dt(hs, d)),
            ("Agreement", agr),
            ("Customer no.", ident(keyed(who, "cust"), "C#####")),
        ],
        w / 2,
        s.size - 1,
    )
    f.y += 66
    rent = rng.choice([289.0, 312.5, 349.99, 374.0, 419.0])
    maint = rng.choice([0.0, 38.5, 44.0, 52.75])
    end = d.replace(day=28) + timedelta(days=4)
    end = end - timedelta(days=end.day)
    rows = [[f"{van} - {reg}", f"{dt(hs, d)} - {dt(hs, end)}", money(rent)]]
    if maint:
        rows.append(["Maintenance package", "monthly", money(maint)])
    if rng.random() < 0.25:
        rows.append(
            [
                "Excess mileage adjustment",
                f"{rng.randint(200, 3000)} miles @ 8p",
                money(rng.randint(16, 240)),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (2, "left"), (1, "right")]),
        ["Description", "Period", "Net"],
        rows,
        s,
        rules=True,
    )
    net = sum(float(r[2].replace(",", "")) for r in rows)
    f.y += 6
    pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [("Net", money(net)), ("VAT @ 20%", money(net * 0.2)), ("Total", money(net * 1.2))],
        w - m,
    )
    f.y += 56
    words(
        f,
        s,
        "This amount will be collected by Direct Debit on or around "
        f"{dt(hs, d + timedelta(days=rng.choice([5, 10, 14])))}. "
        "Please do not send payment.",
        pt=s.size - 1,
    )
    if rng.random() < 0.5:
        words(
            f,
            s,
            "Contract mileage: "
            + f"{rng.choice([10000, 12000, 15000, 20000])} miles per annum. "
            + "Report any damage, accidents or service reminders to our fleet desk straight away.",
            pt=s.size - 1.5,
        )
    return finish(f.pages, s, hs, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates L: premises, compliance and contractors
# ---------------------------------------------------------------------------------------------

APPLIANCES = [
    ("Kettle", "1"),
    ("Microwave", "1"),
    ("Toaster 4-slice", "1"),
    ("Extension lead 4-way", "1"),
    ("Desk lamp", "2"),
    ("Laptop PSU", "2"),
    ("Monitor", "1"),
    ("Printer", "1"),
    ("Fridge (under counter)", "1"),
    ("Coffee machine", "1"),
    ("Vacuum cleaner", "2"),
    ("Fan heater", "1"),
    ("Phone charger", "2"),
    ("Till printer", "1"),
    ("Drill 110v", "2"),
    ("Site transformer", "1"),
]
ROOMS = [
    "Kitchen",
    "Office 1",
    "Office 2",
    "Front of house",
    "Store",
    "Workshop",
    "Reception",
    "Staff room",
]


def tpl_pat_register(rng: random.Random, who: Issuer) -> list[Page]:
    """A portable appliance test certificate with the register of every item tested (English),
    or a German DGUV V3 test record (Pruefprotokoll) with its list of devices."""
    hs = house(who, "testing")
    lg = hs.lang
    s = restyle(who.style, A4)
    w, _ = A4
    m = s.margin
    biz = business(who, lg)
    d = some_day(rng)
    cert = ident(rng, "PAT-#####" if lg == "en" else "PR-####-##")
    n = rng.choice([8, 14, 22, 35, 60, 85, 130])
    items = []
    fails = 0
    for k in range(n):
        name, cls = rng.choice(APPLIANCES)
        ok = rng.random() > 0.06
        fails += not ok
        items.append(
            [
                f"{k + 1:03d}",
                name if lg == "en" else name.split()[0],
                rng.choice(ROOMS),
                cls,
                "P" if ok or rng.random() < 0.5 else "F",
                f"{rng.uniform(0.02, 0.3):.2f}" if cls == "1" else "n/a",
                ">" + str(rng.choice([99, 200, 299])) if ok else f"{rng.uniform(0.1, 0.9):.2f}",
                tr(lg, "PASS" if ok else "FAIL", "i.O." if ok else "n.i.O."),
            ]
        )
    f = pager(s, hs, tr(lg, f"{biz[0]} - certificate {cert}", f"Pruefprotokoll {cert} - {biz[0]}"))
    headline(
        f,
        s,
        tr(
            lg,
            "Portable Appliance Inspection & Test Certificate",
            "Pruefprotokoll ortsveraenderliche elektrische Betriebsmittel",
        ),
        3,
        bar=True,
    )
    if lg == "de":
        words(f, s, "Pruefung nach DGUV Vorschrift 3 und DIN VDE 0701-0702", pt=s.size - 1)
    y0 = f.y
    pairs(
        f.page,
        s,
        m,
        y0,
        [
            (tr(lg, "Client", "Auftraggeber"), biz[0]),
            (tr(lg, "Site", "Pruefort"), f"{biz[2]}, {biz[3]}"),
            (tr(lg, "Certificate no.", "Protokoll-Nr."), cert),
        ],
        w / 2 - 12,
        s.size - 1,
    )
    pairs(
        f.page,
        s,
        w / 2 + 6,
        y0,
        [
            (tr(lg, "Date of test", "Prueftag"), dt(hs, d)),
            (
                tr(lg, "Next test due", "Naechste Pruefung"),
                dt(hs, d + timedelta(days=365 * rng.choice([1, 1, 2]))),
            ),
            (
                tr(lg, "Instrument", "Messgeraet"),
                rng.choice(
                    ["Seaward Primetest 250+", "Megger PAT420", "Metrel Beta", "Gossen Secutest"]
                ),
            ),
            (tr(lg, "Serial", "Serien-Nr."), ident(rng, "##@####")),
        ],
        w - m,
        s.size - 1,
    )
    f.y = y0 + 64
    f.need(40)
    for k, (label, value) in enumerate(
        [
            (tr(lg, "Items tested", "Geprueft"), str(n)),
            (tr(lg, "Passed", "bestanden"), str(n - fails)),
            (tr(lg, "Failed", "nicht bestanden"), str(fails)),
        ]
    ):
        x = m + k * (w - 2 * m) / 3
        f.page.rect(x, f.y - 10, (w - 2 * m) / 3 - 8, 32)
        f.page.text(x + 6, f.y, label, s.font, 7)
        f.page.text(x + 6, f.y + 16, value, s.bold, 13)
    f.y += 40
    words(
        f,
        s,
        tr(
            lg,
            "I certify that the appliances listed in the attached register have been inspected "
            "and tested in accordance with the IET Code of Practice, and that the results are as "
            "recorded. Failed items have been labelled and withdrawn from use and the client has "
            "been informed.",
            "Die aufgefuehrten Betriebsmittel wurden geprueft. Als nicht in Ordnung "
            "gekennzeichnete Geraete wurden der Benutzung entzogen; der Auftraggeber wurde "
            "informiert.",
        ),
        pt=s.size - 1,
    )
    tester = rng.choice(PEOPLE)
    f.need(50)
    scrawl(f.page, m + 6, f.y + 14, tester)
    f.page.line(m, f.y + 18, m + 170, f.y + 18)
    f.page.text(
        m,
        f.y + 28,
        tr(lg, f"Tester: {tester}", f"Pruefer: {tester} (Elektrofachkraft)"),
        s.font,
        s.size - 1.5,
    )
    f.y += 48
    if rng.random() < 0.5:
        f.new_page()
    else:
        f.y += 10
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (2.2, "left"),
                (1.6, "left"),
                (0.6, "center"),
                (0.8, "center"),
                (1, "right"),
                (1, "right"),
                (0.9, "center"),
            ],
        ),
        [
            tr(lg, "ID", "Nr."),
            tr(lg, "Appliance", "Geraet"),
            tr(lg, "Location", "Standort"),
            tr(lg, "Class", "SK"),
            tr(lg, "Visual", "Sicht"),
            tr(lg, "Earth", "RPE"),
            tr(lg, "Insul.", "RISO"),
            tr(lg, "Result", "Ergebnis"),
        ],
        items,
        s,
        size=s.size - 2,
        shade=0.9,
        step=1.5,
    )
    return finish(
        f.pages,
        s,
        hs,
        numbers=rng.choice([hs.numbers, "Sheet {i} of {n}" if lg == "en" else "Blatt {i} von {n}"]),
    )


def tpl_pest_visit(rng: random.Random, who: Issuer) -> list[Page]:
    """A pest control technician's visit report for a food business: bait point checks,
    findings, recommendations, products used, signatures (English or French)."""
    hs = house(who, "pest", ["initials", "banner", "ruled", "block"])
    lg = hs.lang
    s = restyle(who.style, A4)
    w, _ = A4
    m = s.margin
    biz = business(who, lg, food=True)
    d = some_day(rng)
    f = pager(
        s, hs, tr(lg, f"{biz[0]} - visit {dt(hs, d)}", "", f"{biz[0]} - passage du {dt(hs, d)}")
    )
    title = rng.choice(
        [
            tr(lg, "Service Visit Report", "", "Rapport d'intervention"),
            tr(lg, "Pest Control Report", "", "Bon de passage"),
            "",
        ]
    )
    if title:
        headline(f, s, title, 4)
    y0 = f.y
    pairs(
        f.page,
        s,
        m,
        y0,
        [
            (tr(lg, "Customer", "", "Client"), biz[0]),
            (tr(lg, "Site", "", "Site"), biz[3]),
            (tr(lg, "Contract", "", "Contrat"), ident(keyed(who, "pestcon"), "GPC####")),
        ],
        w / 2 - 12,
        s.size - 1,
    )
    pairs(
        f.page,
        s,
        w / 2 + 6,
        y0,
        [
            (tr(lg, "Visit date", "", "Date"), dt(hs, d)),
            (
                tr(lg, "Visit type", "", "Type"),
                rng.choice(
                    [
                        tr(lg, "Routine", "", "Visite periodique"),
                        tr(lg, "Call-out", "", "Intervention urgente"),
                        tr(lg, "Follow-up", "", "Suivi"),
                    ]
                ),
            ),
            (
                tr(lg, "Time on site", "", "Horaires"),
                f"{rng.randint(7, 15)}:{rng.choice(['00', '15', '30', '45'])} - "
                f"{rng.randint(16, 18)}:00",
            ),
        ],
        w - m,
        s.size - 1,
    )
    f.y = y0 + 50
    target = rng.choice(
        [
            tr(lg, "Mice", "", "Souris"),
            tr(lg, "Rats", "", "Rats"),
            tr(lg, "Cockroaches", "", "Blattes"),
            tr(lg, "Flies", "", "Mouches"),
            tr(lg, "Stored product insects", "", "Mites alimentaires"),
        ]
    )
    words(f, s, tr(lg, "Target pest: ", "", "Nuisible cible : ") + target, pt=s.size - 1)
    rows = []
    for k in range(rng.randint(4, 16)):
        act = rng.choices(
            [
                tr(lg, "None", "", "Neant"),
                tr(lg, "Takes", "", "Consommation"),
                tr(lg, "Droppings", "", "Dejections"),
            ],
            [8, 2, 1],
        )[0]
        rows.append(
            [
                f"BS{k + 1:02d}",
                rng.choice(ROOMS)
                if lg == "en"
                else rng.choice(["Cuisine", "Reserve", "Cave", "Local poubelles", "Salle"]),
                rng.choice(
                    [
                        tr(lg, "Tamper-resistant box", "", "Boitier securise"),
                        tr(lg, "Monitor", "", "Appat non toxique"),
                        tr(lg, "Snap trap", "", "Piege"),
                    ]
                ),
                act,
                rng.choice(
                    [
                        tr(lg, "Checked", "", "Controle"),
                        tr(lg, "Replenished", "", "Recharge"),
                        tr(lg, "Replaced", "", "Remplace"),
                    ]
                ),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.7, "left"), (1.6, "left"), (1.8, "left"), (1.2, "left"), (1.2, "left")]
        ),
        [
            tr(lg, "Point", "", "Poste"),
            tr(lg, "Location", "", "Emplacement"),
            tr(lg, "Type", "", "Type"),
            tr(lg, "Activity", "", "Activite"),
            tr(lg, "Action", "", "Action"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    for head in [
        tr(lg, "Findings", "", "Constat"),
        tr(lg, "Recommendations", "", "Preconisations"),
    ]:
        f.heading(m, head, s.bold, s.size)
        for _ in range(rng.randint(1, 3)):
            words(f, s, "- " + talk(rng, lg, "pest", rng.randint(10, 20)), 8)
    if rng.random() < 0.7:
        f.heading(m, tr(lg, "Products used", "", "Produits utilises"), s.bold, s.size)
        table(
            f,
            columns(m, w - m, [(2, "left"), (2, "left"), (1, "right")]),
            [
                tr(lg, "Product", "", "Produit"),
                tr(lg, "Active ingredient", "", "Substance active"),
                tr(lg, "Quantity", "", "Quantite"),
            ],
            [
                [
                    rng.choice(["Sakarat X", "Roban Bait Block", "Vertox Paste", "Advion Gel"]),
                    rng.choice(["Bromadiolone 0.005%", "Difenacoum 0.005%", "Indoxacarb 0.6%"]),
                    f"{rng.randint(20, 400)} g",
                ]
                for _ in range(rng.randint(1, 3))
            ],
            s,
        )
    f.need(60)
    f.y += 16
    tech = rng.choice(PEOPLE)
    scrawl(f.page, m + 6, f.y, tech)
    scrawl(f.page, w / 2 + 6, f.y, rng.choice(PEOPLE))
    f.page.line(m, f.y + 4, m + 160, f.y + 4)
    f.page.line(w / 2, f.y + 4, w / 2 + 160, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, f"Technician: {tech}", "", f"Technicien : {tech}"), s.font, 7.5)
    f.page.text(
        w / 2, f.y + 14, tr(lg, "Customer signature", "", "Signature du client"), s.font, 7.5
    )
    f.y += 30
    return finish(f.pages, s, hs)


def tpl_roof_guarantee(rng: random.Random, who: Issuer) -> list[Page]:
    """A roofing or window contractor's workmanship guarantee certificate in a border, often
    behind the covering letter that sends it and followed by the guarantee terms."""
    hs = house(who, "roofer", ["centred", "ruled", "block", "initials"])
    s = who.style
    w, h = s.page_size
    m = s.margin
    home = household(keyed(who, "home"), "en")
    d = some_day(rng)
    years = rng.choice([5, 10, 10, 15, 20])
    windows = "Windows" in hs.name
    works = rng.choice(
        [
            "Supply and installation of 7 uPVC casement windows and a composite front door",
            "Replacement of rear patio doors and 3 windows",
        ]
        if windows
        else [
            "Strip and re-roof main roof in natural slate, new battens and breathable membrane",
            "Replacement flat roof (GRP) to rear extension, 24 m2",
            "Re-bed ridge tiles, renew valley leadwork and flashings",
        ]
    )
    cert = ident(rng, "G-####/##")
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = pager(s, hs)
        addressed(f, s, hs, home, d + timedelta(days=rng.randint(3, 20)), [("Our ref", cert)])
        f.page.text(m, f.y, f"Re: {home[1]}, {home[2]}", s.bold, s.size)
        f.y += 20
        salute(f, s, "en", "Mr & Mrs " + home[0].split()[-1] if rng.random() < 0.5 else home[0])
        words(
            f,
            s,
            "Thank you for choosing us for the recent work at your property. We are pleased to "
            f"enclose your {years} year guarantee certificate, which we recommend you keep with "
            "your house deeds.",
        )
        words(f, s, prose(rng, "en", "roof", (1, 3)))
        words(
            f,
            s,
            "Should you have any concerns about the work, please contact the office quoting the "
            "certificate number above.",
        )
        farewell(
            f,
            s,
            "en",
            rng.choice(PEOPLE),
            rng.choice(["Director", "Office Manager", "Contracts Manager"]),
            rng.random() < 0.7,
        )
        pages += finish(f.pages, s, hs, numbers="none")
    p = Page(s.page_size)
    p.rect(24, 24, w - 48, h - 48)
    p.rect(30, 30, w - 60, h - 60)
    y = 80.0
    size = shrink(hs.name, "Times-Bold", 18, w - 120)
    p.text(w / 2, y, hs.name, "Times-Bold", size, "center")
    p.text(
        w / 2,
        y + 16,
        fit(f"{hs.street}, {hs.town}  Tel {hs.phone}", "Times-Roman", 8, w - 120),
        "Times-Roman",
        8,
        "center",
    )
    y += 80
    p.text(
        w / 2,
        y,
        rng.choice(["Certificate of Guarantee", "GUARANTEE", "Workmanship Guarantee"]),
        "Times-Bold",
        24,
        "center",
    )
    p.text(
        w / 2, y + 28, f"{years} years from the date of completion", "Times-Italic", 13, "center"
    )
    y += 80
    for label, value in [
        ("Certificate no.", cert),
        ("Issued to", home[0]),
        ("Property", f"{home[1]}, {home[2]}"),
        ("Date of completion", dt(hs, d)),
        ("Expires", dt(hs, date(d.year + years, d.month, min(d.day, 28)))),
    ]:
        p.text(90, y, label, "Times-Roman", 10)
        p.text(220, y, fit(value, "Times-Bold", 11, w - 310), "Times-Bold", 11)
        y += 22
    p.text(90, y + 6, "Description of works", "Times-Roman", 10)
    y += 24
    for ln in wrap(works, "Times-Roman", 11, w - 180):
        p.text(90, y, ln, "Times-Roman", 11)
        y += 15
    y += 14
    for ln in wrap(
        f"{hs.name} guarantees the above works against defects in workmanship and materials "
        f"supplied for {years} years, subject to the terms overleaf. This guarantee is "
        "transferable to subsequent owners of the property.",
        "Times-Italic",
        9.5,
        w - 180,
    ):
        p.text(90, y, ln, "Times-Italic", 9.5)
        y += 13
    yb = h - 120
    scrawl(p, 100, yb, rng.choice(PEOPLE), 16)
    p.line(90, yb + 5, 250, yb + 5)
    p.text(90, yb + 16, "Signed for and on behalf of the company", "Times-Roman", 8)
    p.rect(w - 190, yb - 50, 100, 60)
    p.text(w - 140, yb - 16, "SEAL", "Times-Bold", 12, "center")
    pages.append(p)
    if rng.random() < 0.55:
        p = Page(s.page_size)
        p.text(m, m, "Terms of this guarantee", s.bold, s.size + 1)
        y = m + 24
        for k in range(1, rng.randint(7, 12)):
            for j, ln in enumerate(
                wrap(
                    talk(rng, "en", "roof", rng.randint(18, 34)),
                    s.font,
                    s.size - 1.5,
                    w - 2 * m - 16,
                )
            ):
                if j == 0:
                    p.text(m, y, f"{k}.", s.font, s.size - 1.5)
                p.text(m + 16, y, ln, s.font, s.size - 1.5)
                y += (s.size - 1.5) * 1.35
            y += 5
            if y > h - m - 40:
                break
        pages.append(p)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates L: the books, fees and services of a small business
# ---------------------------------------------------------------------------------------------


def year_end(who: Issuer) -> date:
    """The client business's accounting year end (the same for a query list and the letter
    of representation that follows it)."""
    r = keyed(who, "yearend")
    month = r.choice([3, 3, 12, 6])
    return date(r.choice([2023, 2024, 2025]), month, 30 if month == 6 else 31)


def tpl_book_queries(rng: random.Random, who: Issuer) -> list[Page]:
    """A bookkeeper's or accountant's year-end query list: a short covering letter, then the
    bank items and records they need explained, with a column left for the client's answers."""
    hs = house(who, "accountant")
    lg = hs.lang
    s = restyle(who.style, A4) if lg == "de" else who.style
    w, _ = s.page_size
    m = s.margin
    biz = business(who, lg)
    ye = year_end(who)
    d = ye + timedelta(days=rng.randint(40, 150))
    f = pager(
        s,
        hs,
        tr(
            lg,
            f"{biz[0]} - queries, period ended {dt(hs, ye)}",
            f"{biz[0]} - offene Fragen Jahresabschluss {ye.year}",
        ),
    )
    addressed(
        f,
        s,
        hs,
        [biz[1], biz[0], biz[2], biz[3]],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen"), ident(keyed(who, "client"), "@@@###"))],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Accounts for the year ended {dt(hs, ye)}",
            f"Jahresabschluss {ye.year} - fehlende Unterlagen",
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    anon = salute(
        f, s, lg, biz[1] if lg == "en" and not biz[1].startswith(("Acc", "Fin", "Prac")) else ""
    )
    words(
        f,
        s,
        tr(
            lg,
            "We have now made a start on your accounts and have a few queries, listed on the "
            "attached schedule. We would be grateful if you could answer them in the column "
            "provided and return the schedule to us with any supporting paperwork.",
            "wir haben mit der Erstellung Ihres Jahresabschlusses begonnen. Zu einigen Buchungen "
            "benoetigen wir noch Belege bzw. Erlaeuterungen, siehe beigefuegte Liste.",
        ),
    )
    words(f, s, prose(rng, lg, "books", (1, 3)))
    words(
        f,
        s,
        tr(
            lg,
            "To allow us to meet the filing deadline, please reply by "
            f"{dt(hs, d + timedelta(days=21))}.",
            f"Bitte senden Sie uns die Unterlagen bis zum {dt(hs, d + timedelta(days=21))}.",
        ),
    )
    farewell(
        f,
        s,
        lg,
        rng.choice(PEOPLE),
        tr(
            lg,
            rng.choice(["Senior bookkeeper", "Accounts manager", "Partner"]),
            "Steuerfachangestellte/r",
        ),
        rng.random() < 0.5,
        anon,
    )
    f.page.text(
        m, f.y, tr(lg, "Enc. schedule of queries", "Anlage: Fragenliste"), s.font, s.size - 1
    )
    f.new_page()
    headline(f, s, tr(lg, "Schedule of queries", "Offene Posten / Rueckfragen"), 2)
    asked: list[tuple[date, str, str, str]] = []
    for _ in range(rng.choice([5, 8, 12, 18, 26])):
        day = ye - timedelta(days=rng.randint(0, 360))
        desc = (
            rng.choice(
                [
                    "FPS LTD",
                    "AMAZON MKTPLACE",
                    "TRANSFER FROM J SMITH",
                    "CASH WDL",
                    "PAYPAL *EBAY",
                    "HMRC VAT",
                    "DVLA",
                    "SCREWFIX DIRECT",
                    "CARD PAYMENT - B&Q",
                    "STO ISA",
                ]
            )
            if lg == "en"
            else rng.choice(
                [
                    "Bargeldauszahlung",
                    "PayPal Europe",
                    "Amazon EU",
                    "Uebertrag Privat",
                    "Finanzamt",
                    "Lastschrift Telekom",
                ]
            )
        )
        q = rng.choice(
            [
                tr(lg, "Please provide invoice", "Beleg fehlt"),
                tr(lg, "Business or private?", "betrieblich oder privat?"),
                tr(lg, "What was this for?", "Wofuer?"),
                tr(lg, "Loan from director?", "Darlehen?"),
                tr(lg, "Receipt missing", "Rechnung fehlt"),
            ]
        )
        asked.append((day, desc, money(rng.uniform(4, 2400), lg), q))
    rows = [[dt(hs, day), desc, amt, "", q, ""] for day, desc, amt, q in sorted(asked)]
    table(
        f,
        columns(
            m,
            w - m,
            [(1.5, "left"), (2, "left"), (0.9, "right"), (0.2, "left"), (2, "left"), (2.2, "left")],
        ),
        [
            tr(lg, "Date", "Datum"),
            tr(lg, "Bank narrative", "Buchungstext"),
            tr(lg, "Amount", "Betrag"),
            "",
            tr(lg, "Query", "Frage"),
            tr(lg, "Your answer", "Ihre Antwort"),
        ],
        rows,
        s,
        rules=True,
        step=2.3,
    )
    if rng.random() < 0.6:
        f.heading(m, tr(lg, "Other information needed", "Ausserdem benoetigen wir"), s.bold, s.size)
        for item in rng.sample(
            [
                tr(lg, "Closing stock value at the year end", "Inventurliste zum Stichtag"),
                tr(lg, "Business mileage for the year", "Fahrtenbuch"),
                tr(lg, "Use of home as office: number of rooms", "Arbeitszimmer: Flaeche"),
                tr(lg, "Bank statements for the last two months", "Kontoauszuege Dezember"),
                tr(lg, "Hire purchase agreement for the van", "Leasingvertrag Fahrzeug"),
            ],
            3,
        ):
            words(f, s, "[  ]  " + item, 8)
    return finish(f.pages, s, hs)


def tpl_rep_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter of representation on the client company's own letterhead to its accountants,
    as the accountants drafted it: numbered confirmations over two or three pages, signed by a
    director; often without any title."""
    hs = house(who, "smallbiz", ["centred", "ruled", "block", "typed"])
    acc = house(who, "accountant")
    s = who.style
    w, _ = s.page_size
    m = s.margin
    ye = year_end(who)
    d = ye + timedelta(days=rng.randint(120, 260))
    f = pager(s, hs, rng.choice(["", f"Letter of representation - {dt(hs, ye)}"]))
    f.y += 8
    addressed(
        f,
        s,
        hs,
        [acc.name, acc.street, acc.town]
        if acc.lang == "en"
        else ["Tremayne Hughes Chartered Accountants", "3 Lemon Street", "Truro TR1 2LS"],
        d,
    )
    salute(f, s, "en", "Sirs")
    if rng.random() < 0.5:
        f.page.text(m, f.y, f"Financial statements for the year ended {dt(hs, ye)}", s.bold, s.size)
        f.y += 20
    words(
        f,
        s,
        "This representation letter is provided in connection with your preparation of the "
        f"financial statements of {hs.name} for the year ended {dt(hs, ye)}. We confirm, to the "
        "best of our knowledge and belief, the following representations:",
    )
    for k in range(1, rng.randint(9, 24)):
        text = prose(rng, "en", "rep", (1, 3))
        f.need(s.size * 3)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        f.para(m + 22, w - 2 * m - 22, text, s.font, s.size)
    words(
        f,
        s,
        "We confirm that the above representations are made on the basis of adequate enquiries of "
        "management and staff, and of such documentation as we considered necessary.",
    )
    f.need(110)
    f.page.text(m, f.y, "Yours faithfully,", s.font, s.size)
    f.y += 16
    f.page.text(
        m, f.y, f"Signed on behalf of the board of directors of {hs.name}", s.font, s.size - 1
    )
    director = rng.choice(PEOPLE)
    scrawl(f.page, m + 6, f.y + 34, director, 17)
    f.page.line(m, f.y + 38, m + 180, f.y + 38)
    f.page.text(m, f.y + 50, f"{director}, Director", s.font, s.size)
    f.page.text(m, f.y + 64, "Date: ...........................", s.font, s.size)
    f.y += 80
    return finish(f.pages, s, hs, numbers=rng.choice([hs.numbers, "- {i} -", "2:{i}"]))


def tpl_ihk_fee(rng: random.Random, who: Issuer) -> list[Page]:
    """A German chamber of commerce fee notice (IHK Beitragsbescheid): basic fee and levy on
    the trade profit, payment request with the chamber's bank details, and the notes on
    objection (Rechtsbehelfsbelehrung) and the calculation on the following page."""
    hs = house(who, "ihk", ["ruled", "block", "centred"])
    s = restyle(who.style, A4)
    w, _ = A4
    m = s.margin
    biz = business(who, "de")
    year = rng.randint(2023, 2026)
    d = date(year, rng.randint(2, 6), rng.randint(1, 28))
    mitglied = ident(keyed(who, "ihknr"), "#########")
    f = pager(s, hs, f"Mitgliedsnummer {mitglied} - Beitragsbescheid {year}")
    addressed(
        f,
        s,
        hs,
        [biz[0], biz[1], biz[2], biz[3]],
        d,
        [("Mitgliedsnummer", mitglied), ("Kassenzeichen", ident(rng, "##########"))],
    )
    headline(
        f,
        s,
        f"Beitragsbescheid {year}"
        + rng.choice(["", " (Vorauszahlung)", " und Abrechnung " + str(year - 2)]),
        3,
    )
    salute(f, s, "de", "")
    words(
        f,
        s,
        f"auf Grundlage des IHK-Gesetzes und der Beitragsordnung der {hs.name} setzen wir Ihren "
        f"Beitrag fuer das Geschaeftsjahr {year} wie folgt fest:",
    )
    ertrag = rng.randint(15000, 240000)
    grund = rng.choice([60, 150, 190, 280, 450])
    umlage = round(max(0, ertrag - 15340) * rng.choice([0.0012, 0.0015, 0.002]), 2)
    rows = [
        ["Grundbeitrag", f"Gewerbeertrag bis {money(ertrag, 'de')} EUR", money(grund, "de")],
        ["Umlage", f"{money(max(0, ertrag - 15340), 'de')} EUR x Hebesatz", money(umlage, "de")],
    ]
    paid = rng.randint(50, 300) if rng.random() < 0.4 else 0
    if paid:
        rows.append(["Abrechnung Vorjahr", "bereits gezahlt", "-" + money(paid, "de")])
    table(
        f,
        columns(m, w - m, [(1.6, "left"), (3, "left"), (1, "right")]),
        ["Beitragsart", "Bemessungsgrundlage", "EUR"],
        rows,
        s,
        rules=True,
    )
    total = grund + umlage - paid
    f.page.text(
        w - m, f.y + 4, f"Zahlbetrag: {money(total, 'de')} EUR", s.bold, s.size + 1, "right"
    )
    f.y += 28
    words(
        f,
        s,
        f"Bitte ueberweisen Sie den Betrag bis zum {dt(hs, d + timedelta(days=30))} unter Angabe "
        "des Kassenzeichens auf eines unserer Konten. Sofern uns ein SEPA-Lastschriftmandat "
        "vorliegt, wird der Betrag zum Faelligkeitstag eingezogen.",
    )
    words(f, s, prose(rng, "de", "fee", (1, 2)))
    f.page.text(
        m,
        f.y,
        "Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
        italic(s.font),
        s.size - 1.5,
    )
    f.y += 20
    f.new_page()
    f.heading(m, "Erlaeuterungen zur Beitragsberechnung", s.bold, s.size + 1)
    for _ in range(rng.randint(2, 4)):
        words(f, s, prose(rng, "de", "fee", (2, 4)), pt=s.size - 1)
    f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
    words(
        f,
        s,
        "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
        f"werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der {hs.name}, "
        f"{hs.street}, {hs.town}, einzulegen. Ein Widerspruch hat keine aufschiebende Wirkung; "
        "der Beitrag ist fristgerecht zu zahlen.",
        pt=s.size - 1,
    )
    f.need(60)
    f.page.text(m, f.y + 10, "Bankverbindungen", s.bold, s.size - 1)
    f.page.text(
        m,
        f.y + 24,
        f"Frankfurter Sparkasse  IBAN DE{rng.randint(10, 99)} 5005 0201 0000 "
        f"{rng.randint(1000, 9999)} "
        f"{rng.randint(10, 99)}",
        s.font,
        s.size - 1.5,
    )
    f.page.text(
        m,
        f.y + 36,
        f"Commerzbank  IBAN DE{rng.randint(10, 99)} 5004 0000 0{rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)} 00",
        s.font,
        s.size - 1.5,
    )
    f.y += 50
    return finish(f.pages, s, hs, numbers=rng.choice(["Seite {i} von {n}", "2:- {i} -", "none"]))


BINS = {
    "en": [
        ("1100L wheelie bin", "General waste"),
        ("1100L wheelie bin", "Mixed recycling"),
        ("240L bin", "Glass"),
        ("660L bin", "Cardboard"),
        ("240L bin", "Food waste"),
    ],
    "fr": [
        ("Bac 770 L", "Ordures menageres"),
        ("Bac 340 L", "Emballages"),
        ("Bac 240 L", "Verre"),
        ("Bac 660 L", "Cartons"),
    ],
}


def tpl_trade_waste(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade waste collection agreement with its container schedule and signatures, then the
    annual waste transfer note (duty of care) as a boxed form; the French version is a
    collection contract with its conditions."""
    hs = house(who, "waste", ["banner", "initials", "block"])
    lg = hs.lang
    s = restyle(who.style, A4)
    w, h = A4
    m = s.margin
    biz = business(who, lg)
    d = some_day(rng)
    agr = ident(keyed(who, "wasteagr"), "TW######")
    f = pager(s, hs, tr(lg, f"Agreement {agr}", "", f"Contrat {agr}"))
    headline(
        f,
        s,
        tr(
            lg,
            "Trade Waste Collection Agreement",
            "",
            "Contrat de collecte des dechets professionnels",
        ),
        3,
    )
    y0 = f.y
    pairs(
        f.page,
        s,
        m,
        y0,
        [
            (tr(lg, "Customer", "", "Client"), biz[0]),
            (tr(lg, "Collection address", "", "Adresse"), biz[2]),
            ("", biz[3]),
            (tr(lg, "Contact", "", "Contact"), biz[1]),
        ],
        w / 2 - 12,
        s.size - 1,
    )
    pairs(
        f.page,
        s,
        w / 2 + 6,
        y0,
        [
            (tr(lg, "Agreement no.", "", "N de contrat"), agr),
            (tr(lg, "Start date", "", "Date d'effet"), dt(hs, d)),
            (tr(lg, "Minimum term", "", "Duree"), tr(lg, "12 months", "", "1 an renouvelable")),
            (
                tr(lg, "Billing", "", "Facturation"),
                tr(lg, "Monthly in advance", "", "Trimestrielle"),
            ),
        ],
        w - m,
        s.size - 1,
    )
    f.y = y0 + 68
    rows = []
    for kind, what in rng.sample(BINS[lg if lg in BINS else "en"], rng.randint(1, 4)):
        rows.append(
            [
                str(rng.randint(1, 3)),
                kind,
                what,
                rng.choice(["Mon", "Tue/Fri", "Wed", "Daily ex Sun", "Thu"])
                if lg == "en"
                else rng.choice(["lundi", "mardi, vendredi", "jeudi"]),
                money(rng.uniform(6, 24), lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.5, "right"), (1.6, "left"), (1.8, "left"), (1.5, "left"), (1, "right")]
        ),
        [
            tr(lg, "Qty", "", "Qte"),
            tr(lg, "Container", "", "Contenant"),
            tr(lg, "Waste type", "", "Flux"),
            tr(lg, "Collection day", "", "Jours"),
            tr(lg, "Per lift", "", "Prix/levee"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 6
    words(f, s, prose(rng, lg, "waste", (2, 3)), pt=s.size - 1)
    words(
        f,
        s,
        tr(
            lg,
            "The customer agrees to the standard terms and conditions, which form part of this "
            "agreement, and confirms that the waste described is produced by the business at the "
            "collection address.",
            "",
            "Le client reconnait avoir pris connaissance des conditions generales ci-jointes.",
        ),
        pt=s.size - 1,
    )
    f.need(60)
    f.y += 18
    scrawl(f.page, m + 6, f.y, rng.choice(PEOPLE))
    f.page.line(m, f.y + 4, m + 170, f.y + 4)
    f.page.line(w / 2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, "Signed (customer)", "", "Le client"), s.font, 7.5)
    f.page.text(
        w / 2, f.y + 14, tr(lg, "Signed (for the company)", "", "Pour la societe"), s.font, 7.5
    )
    f.y += 30
    pages = finish(f.pages, s, hs)
    if lg == "en":
        p = Page(A4)
        y = masthead(p, s, hs, "typed") + 4
        p.text(w / 2, y, "WASTE TRANSFER NOTE", "Helvetica-Bold", 13, "center")
        p.text(w / 2, y + 13, "Annual (season ticket) - duty of care", "Helvetica", 8, "center")
        y += 30
        sections = [
            (
                "A  Description of the waste",
                [
                    ("Description", rows[0][2]),
                    ("EWC code", rng.choice(["20 03 01", "15 01 06", "20 01 08"])),
                    ("How contained", rows[0][1]),
                    ("Quantity", f"{rows[0][0]} x {rows[0][1]}"),
                ],
            ),
            (
                "B  Current holder of the waste - transferor",
                [
                    ("Name", biz[0]),
                    ("Address", f"{biz[2]}, {biz[3]}"),
                    ("SIC code", ident(rng, "#####")),
                    ("Producer of the waste", "Yes"),
                ],
            ),
            (
                "C  Person collecting the waste - transferee",
                [
                    ("Name", hs.name),
                    ("Waste carrier registration", ident(rng, "CBDU######")),
                    ("Address", f"{hs.street}, {hs.town}"),
                    ("Permit", ident(rng, "EPR/@@####@@")),
                ],
            ),
            (
                "D  The transfer",
                [
                    ("Address of transfer", biz[3]),
                    ("Period covered", f"{dt(hs, d)} - {dt(hs, d + timedelta(days=364))}"),
                    ("Broker", "n/a"),
                    ("Signed", ""),
                ],
            ),
        ]
        for head, fields in sections:
            p.rect(m, y - 10, w - 2 * m, 14, fill=0.86)
            p.text(m + 4, y, head, "Helvetica-Bold", 8.5)
            y += 10
            half = (w - 2 * m) / 2
            for k, (label, value) in enumerate(fields):
                x = m + (k % 2) * half
                p.rect(x, y, half, 30)
                p.text(x + 3, y + 9, label, "Helvetica", 6.5)
                if value:
                    p.text(x + 5, y + 23, fit(value, "Helvetica", 9, half - 10), "Helvetica", 9)
                if k % 2:
                    y += 30
            y += 16
        pages.append(finish([p], s, hs, numbers="none")[0])
    if rng.random() < 0.5 or lg == "fr":
        p = Page(A4)
        p.text(
            36,
            40,
            tr(lg, "Standard terms and conditions", "", "Conditions generales de service"),
            "Helvetica-Bold",
            9,
        )
        y = 56.0
        for k in range(1, 40):
            para = f"{k}. " + prose(rng, lg, "waste", (1, 3))
            lines = wrap(para, "Helvetica", 6.8, w - 72)
            if y + 8.2 * len(lines) > h - 36:
                break
            for ln in lines:
                p.text(36, y, ln, "Helvetica", 6.8)
                y += 8.2
            y += 3
        pages.append(p)
    return pages


def tpl_merchant_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A card terminal provider's monthly merchant statement: summary of takings, charges and
    settlements, a breakdown by card type, and the daily settlements table."""
    hs = house(who, "acquirer", ["banner", "block", "ruled", "initials"])
    lg = hs.lang
    s = restyle(who.style, A4, pt=min(who.style.size, 10))
    w, _ = A4
    m = s.margin
    biz = business(who, lg if lg != "en" else None, food=True)
    mid = ident(keyed(who, "mid"), "##########")
    first = some_day(rng).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    k = first.month - 1
    month = f"{tr(lg, MONTHS['en'][k], MONTHS['de'][k], MONTHS['fr'][k])} {first.year}"
    f = pager(
        s,
        hs,
        tr(
            lg,
            f"Merchant statement {month} - MID {mid}",
            f"Haendlerabrechnung {month} - VU-Nr. {mid}",
            f"Releve commercant {month} - {mid}",
        ),
    )
    addressed(
        f,
        s,
        hs,
        [biz[0], biz[1], biz[2], biz[3]],
        last + timedelta(days=3),
        [
            (tr(lg, "Merchant ID", "VU-Nummer", "N commercant"), mid),
            (tr(lg, "Period", "Zeitraum", "Periode"), month),
        ],
    )
    headline(
        f,
        s,
        tr(lg, "Your merchant statement", "Ihre monatliche Abrechnung", "Votre releve mensuel"),
        3,
        bar=rng.random() < 0.4,
    )
    schemes = (
        [
            ("Visa Debit", 0.0045),
            ("Visa Credit", 0.0095),
            ("Mastercard Debit", 0.005),
            ("Mastercard Credit", 0.0099),
            ("Maestro", 0.006),
            ("Amex", 0.0175),
        ]
        if lg == "en"
        else [("girocard", 0.0025), ("Visa", 0.0089), ("Mastercard", 0.0089), ("V PAY", 0.006)]
        if lg == "de"
        else [("CB", 0.004), ("Visa", 0.009), ("Mastercard", 0.009)]
    )
    rows = []
    gross = fees = 0.0
    for name, rate in schemes:
        n = rng.randint(20, 900)
        val = n * rng.uniform(6, 48)
        fee = val * rate + n * 0.02
        gross += val
        fees += fee
        rows.append([name, str(n), money(val, lg), money(rate * 100, lg) + "%", money(fee, lg)])
    refunds = rng.uniform(0, gross * 0.01)
    rental = rng.choice([15.0, 19.95, 24.5, 29.0])
    summary = [
        (tr(lg, "Card sales", "Umsaetze", "Ventes"), money(gross, lg)),
        (tr(lg, "Refunds", "Gutschriften", "Remboursements"), "-" + money(refunds, lg)),
        (tr(lg, "Transaction charges", "Entgelte", "Commissions"), "-" + money(fees, lg)),
        (tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"), "-" + money(rental, lg)),
        (
            tr(
                lg,
                "Net settled to your bank account",
                "Gutschrift auf Ihr Konto",
                "Net verse sur votre compte",
            ),
            money(gross - refunds - fees - rental, lg),
        ),
    ]
    pairs(f.page, s, m, f.y, summary, w - m - 140, s.size - 1)
    f.y += 14.5 * len(summary) + 10
    f.heading(
        m,
        tr(lg, "Charges by card type", "Entgelte nach Kartenart", "Commissions par type de carte"),
        s.bold,
        s.size,
    )
    table(
        f,
        columns(
            m, w - m, [(2, "left"), (0.8, "right"), (1.3, "right"), (0.8, "right"), (1, "right")]
        ),
        [
            tr(lg, "Card type", "Kartenart", "Carte"),
            tr(lg, "Count", "Anzahl", "Nombre"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 10
    days = []
    day = first
    while day <= last:
        if day.weekday() != 6 or rng.random() < 0.3:
            v = rng.uniform(80, 1900)
            days.append(
                [
                    dt(hs, day),
                    str(rng.randint(6, 140)),
                    money(v, lg),
                    money(v * 0.011, lg),
                    money(v * 0.989, lg),
                    dt(hs, day + timedelta(days=rng.choice([1, 2, 3]))),
                ]
            )
        day += timedelta(days=1)
    f.heading(
        m,
        tr(lg, "Daily settlements", "Taegliche Auszahlungen", "Remises quotidiennes"),
        s.bold,
        s.size,
    )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.7, "right"),
                (1.1, "right"),
                (0.9, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Trading date", "Datum", "Date"),
            tr(lg, "Txns", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid on", "Valuta", "Credite le"),
        ],
        days,
        s,
        size=s.size - 2,
        step=1.45,
    )
    return finish(
        f.pages,
        s,
        hs,
        numbers=rng.choice([hs.numbers, "Page {i} of {n}" if lg == "en" else hs.numbers]),
    )


def tpl_domain_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """A domain / hosting renewal invoice received by e-mail and printed from the mail
    program: the mail header block, the message with the renewal lines, and the print
    header and footer of the browser; a run holds several such e-mails."""
    hs = house(who, "registrar")
    lg = hs.lang
    size = rng.choice([A4, A4, LETTER])
    s = restyle(who.style, size, 48, 9.5)
    w, h = size
    m = 48.0
    biz = business(who, lg)
    stamp = some_day(rng)
    sent = f"{dt(hs, stamp)} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    inv = ident(rng, "HM-#######")
    domain = "".join(c for c in biz[0].lower() if c.isalnum())[:16] + rng.choice(
        [".co.uk", ".com", ".uk"] if lg == "en" else [".de", ".com"]
    )
    p = Page(size)
    shown = stamp + timedelta(days=rng.randint(0, 9))
    printed = f"{dt(hs, shown)}, {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    p.text(30, 20, printed, "Helvetica", 7)
    p.text(
        w / 2,
        20,
        fit(tr(lg, f"Mail - {biz[1]} - Outlook", f"Posteingang - {biz[1]}"), "Helvetica", 7, w / 3),
        "Helvetica",
        7,
        "center",
    )
    y = 56.0
    subject = tr(
        lg,
        f"Your renewal invoice {inv} - {domain}",
        f"Ihre Rechnung {inv} - Verlaengerung {domain}",
    )
    p.text(m, y, fit(subject, "Helvetica-Bold", 13, w - 2 * m), "Helvetica-Bold", 13)
    y += 22
    for label, value in [
        (tr(lg, "From", "Von"), f"{hs.name} <billing@{hs.mail.split('@')[1]}>"),
        (tr(lg, "Sent", "Gesendet"), sent),
        (tr(lg, "To", "An"), f"{biz[1]} <{biz[1].split()[-1].lower().strip('.')}@{domain}>"),
    ]:
        p.text(m, y, label + ":", "Helvetica-Bold", 8.5)
        p.text(m + 60, y, fit(value, "Helvetica", 8.5, w - 2 * m - 60), "Helvetica", 8.5)
        y += 12
    p.line(m, y, w - m, y)
    y += 22
    p.text(m, y, hs.name, "Helvetica-Bold", 12)
    y += 22
    for ln in wrap(
        tr(
            lg,
            f"Hello {biz[1]}, thank you for renewing with us. Your services have been renewed and "
            "your payment card has been charged. Your invoice is below.",
            "Guten Tag, vielen Dank fuer Ihre Verlaengerung. Der Betrag wurde von Ihrer "
            "hinterlegten Zahlungsart abgebucht.",
        ),
        "Helvetica",
        9.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, "Helvetica", 9.5)
        y += 13
    y += 12
    services = [
        (
            f"{domain} " + tr(lg, "domain renewal", "Domain-Verlaengerung"),
            rng.choice([1, 2]),
            rng.choice([9.99, 12.99, 14.99]),
        )
    ]
    for extra, price in rng.sample(
        [
            (tr(lg, "Web hosting Starter", "Webhosting Basic"), 59.88),
            (tr(lg, "Email mailbox x3", "E-Mail-Postfach x3"), 35.64),
            (tr(lg, "SSL certificate", "SSL-Zertifikat"), 29.99),
            ("WordPress Managed", 119.88),
            (tr(lg, "Privacy protection", "Datenschutz"), 4.99),
        ],
        rng.randint(0, 3),
    ):
        services.append((extra, 1, price))
    cols = columns(m, w - m, [(3.4, "left"), (0.9, "left"), (1, "right")])
    for c, t in zip(
        cols,
        [tr(lg, "Product", "Produkt"), tr(lg, "Term", "Laufzeit"), tr(lg, "Price", "Preis")],
        strict=True,
    ):
        cell(p, c, y, t, "Helvetica-Bold", 9)
    y += 5
    p.line(m, y, w - m, y)
    y += 14
    net = 0.0
    for name, yrs, price in services:
        net += yrs * price
        for c, t in zip(
            cols,
            [
                name,
                f"{yrs} "
                + tr(lg, "year" if yrs == 1 else "years", "Jahr" if yrs == 1 else "Jahre"),
                money(yrs * price, lg),
            ],
            strict=True,
        ):
            cell(p, c, y, t, "Helvetica", 9)
        y += 15
    p.line(w / 2, y - 4, w - m, y - 4)
    y += 8
    rate = 0.2 if lg == "en" else 0.19
    y = (
        pairs(
            p,
            s,
            w / 2,
            y,
            [
                (tr(lg, "Subtotal", "Netto"), money(net, lg)),
                (tr(lg, "VAT", "USt."), money(net * rate, lg)),
                (tr(lg, "Total charged", "Gesamt"), money(net * (1 + rate), lg)),
            ],
            w - m,
            9,
        )
        + 14
    )
    for ln in wrap(
        tr(
            lg,
            "Services renew automatically. Next renewal: "
            f"{dt(hs, date(stamp.year + 1, stamp.month, min(stamp.day, 28)))}. "
            "Manage your account at control panel > Billing.",
            "Die Vertraege verlaengern sich automatisch um ein Jahr.",
        ),
        "Helvetica",
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, "Helvetica", 8)
        y += 11
    y += 10
    p.text(
        m, y, fit(f"{hs.name}, {hs.street}, {hs.town}", "Helvetica", 7, w - 2 * m), "Helvetica", 7
    )
    p.text(
        30,
        h - 18,
        fit(
            f"https://outlook.office.com/mail/inbox/id/AAQkADk{ident(rng, '##@@##@@##')}",
            "Helvetica",
            7,
            w - 90,
        ),
        "Helvetica",
        7,
    )
    p.text(w - 30, h - 18, "1/1", "Helvetica", 7, "right")
    return [p]


def tpl_record_check(rng: random.Random, who: Issuer) -> list[Page]:
    """A criminal record certificate for a job applicant: a UK basic disclosure certificate,
    a German Fuehrungszeugnis or a French bulletin n. 3, sometimes with a page of notes."""
    hs = house(who, "records")
    lg = hs.lang
    s = restyle(who.style, A4)
    w, h = A4
    m = s.margin
    person = household(rng, lg)
    born = date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))
    d = some_day(rng)
    p = Page(A4)
    p.rect(m - 22, 28, w - 2 * m + 44, h - 66, fill=0.9)
    p.rect(m - 10, 40, w - 2 * m + 20, h - 90, fill=1.0)
    p.rect(m - 10, 40, w - 2 * m + 20, h - 90)
    y = 72.0
    if lg == "en":
        p.text(m, y, hs.name, "Helvetica-Bold", 12)
        p.text(w - m, y, "Basic Certificate", "Helvetica-Bold", 15, "right")
        y += 34
        fields = [
            ("Certificate number", ident(rng, "00#########")),
            ("Date of issue", dt(hs, d)),
            ("Applicant surname", person[0].split()[-1].upper()),
            ("Forename(s)", person[0].split()[0].upper()),
            ("Date of birth", dt(hs, born)),
            (
                "Place of birth",
                rng.choice(["TRURO", "HEREFORD", "GLOUCESTER", "BRISTOL", "CARDIFF"]),
            ),
            ("Gender", rng.choice(["FEMALE", "MALE"])),
            ("Address", f"{person[1].upper()}, {person[2].upper()}"),
        ]
        for label, value in fields:
            p.text(m, y, label, "Helvetica", 9)
            p.text(
                m + 170, y, fit(value, "Helvetica-Bold", 10, w - 2 * m - 170), "Helvetica-Bold", 10
            )
            y += 20
        y += 20
        p.rect(m, y - 14, w - 2 * m, 60)
        p.text(m + 8, y, "Unspent convictions / conditional cautions", "Helvetica", 9)
        p.text(m + 8, y + 24, "NONE RECORDED", "Helvetica-Bold", 14)
        y += 80
        for ln in wrap(
            "This certificate is a statement of the information held on the Police National "
            "Computer at the date of issue. It is not evidence of identity. Employers can check "
            "that this certificate is genuine online using the certificate number.",
            "Helvetica",
            8,
            w - 2 * m,
        ):
            p.text(m, y, ln, "Helvetica", 8)
            y += 11
    elif lg == "de":
        p.text(w / 2, y, "Bundesrepublik Deutschland", "Helvetica", 10, "center")
        p.text(w / 2, y + 24, "Fuehrungszeugnis", "Helvetica-Bold", 20, "center")
        p.text(
            w / 2,
            y + 40,
            "Belegart: " + rng.choice(["N (Privatperson)", "O (Behoerde)", "NE (erweitert)"]),
            "Helvetica",
            9,
            "center",
        )
        y += 80
        for label, value in [
            ("Geburtsname", person[0].split()[-1].upper()),
            ("Familienname", person[0].split()[-1].upper()),
            ("Vornamen", person[0].split()[0]),
            ("Geburtsdatum", dt(hs, born)),
            ("Geburtsort", rng.choice(["Frankfurt am Main", "Offenbach", "Darmstadt", "Kassel"])),
            ("Staatsangehoerigkeit", "deutsch"),
            ("Anschrift", f"{person[1]}, {person[2]}"),
        ]:
            p.text(m, y, label, "Helvetica", 9)
            p.text(
                m + 150, y, fit(value, "Helvetica-Bold", 10, w - 2 * m - 150), "Helvetica-Bold", 10
            )
            y += 19
        y += 24
        p.text(m, y, "Inhalt:", "Helvetica", 10)
        p.text(m + 150, y, "Keine Eintragung", "Helvetica-Bold", 14)
        y += 44
        p.text(m, y, f"Bonn, den {dt(hs, d)}", "Helvetica", 10)
        p.text(w - m, y, f"Az.: {ident(rng, '@ ########/####')}", "Helvetica", 9, "right")
        y += 40
        p.text(m, y, "Bundesamt fuer Justiz - Bundeszentralregister", "Helvetica", 9)
        p.text(m, y + 12, "Im Auftrag", "Helvetica", 9)
        p.text(
            m,
            y + 28,
            "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            "Helvetica-Oblique",
            8,
        )
    else:
        p.text(w / 2, y, "REPUBLIQUE FRANCAISE", "Times-Bold", 11, "center")
        p.text(w / 2, y + 14, "Ministere de la Justice", "Times-Roman", 10, "center")
        p.text(w / 2, y + 44, "Extrait du casier judiciaire", "Times-Bold", 16, "center")
        p.text(w / 2, y + 62, "Bulletin n. 3", "Times-Bold", 13, "center")
        y += 100
        for label, value in [
            ("Nom", person[0].split()[-1].upper()),
            ("Prenoms", person[0].split()[0]),
            ("Ne(e) le", dt(hs, born)),
            ("a", rng.choice(["NANTES (44)", "ANGERS (49)", "RENNES (35)"])),
            (
                "Fils / fille de",
                rng.choice(PEOPLE).split()[0] + " et de " + rng.choice(PEOPLE).split()[0],
            ),
        ]:
            p.text(m, y, label, "Times-Roman", 10)
            p.text(m + 120, y, fit(value, "Times-Bold", 11, w - 2 * m - 120), "Times-Bold", 11)
            y += 19
        y += 30
        p.text(w / 2, y, "NEANT", "Times-Bold", 22, "center")
        y += 50
        p.text(m, y, f"Delivre a Nantes, le {dt(hs, d)}", "Times-Roman", 10)
        p.text(m, y + 14, f"Numero de demande : {ident(rng, '##########')}", "Times-Roman", 9)
    pages = [p]
    if lg != "fr" and rng.random() < 0.4:
        q = Page(A4)
        q.text(
            m,
            m,
            tr(lg, "Information about your certificate", "Hinweise", "Informations"),
            s.bold,
            s.size + 2,
        )
        f_y = m + 26
        for _ in range(rng.randint(4, 7)):
            notes = prose(rng, lg, "rep" if lg == "en" else "fee", (2, 4))
            f_y = text_block(q, s, m, f_y, w - 2 * m, notes, s.size - 1) + 4
            if f_y > h - 120:
                break
        pages.append(q)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates L: household, leisure and the shop counter
# ---------------------------------------------------------------------------------------------

PROPERTIES = {
    "en": [
        "The Hayloft (sleeps 4)",
        "Shepherd's Rest (sleeps 2)",
        "Old Dairy Cottage (sleeps 6)",
        "Beck View (sleeps 5)",
    ],
    "fr": ["Gite Les Tilleuls (6 pers.)", "La Petite Grange (4 pers.)", "Le Pigeonnier (2 pers.)"],
}


def tpl_cottage_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A holiday cottage booking confirmation letter, followed by the guest's booking form as
    returned (boxes filled in by hand) and sometimes the house notes and terms."""
    hs = house(who, "cottage", ["centred", "initials", "ruled", "typed"])
    lg = hs.lang
    s = restyle(who.style, A4) if lg == "fr" else who.style
    w, _ = s.page_size
    m = s.margin
    guest = household(keyed(who, "guest"), "en" if rng.random() < 0.7 else lg)
    d = some_day(rng)
    arrive = d + timedelta(days=rng.randint(30, 200))
    nights = rng.choice([3, 4, 7, 7, 14])
    prop = rng.choice(PROPERTIES[lg if lg in PROPERTIES else "en"])
    price = rng.choice([420, 560, 695, 840, 1150, 1380])
    deposit = round(price * rng.choice([0.25, 0.3, 0.5]))
    ref = ident(rng, "BK####")
    f = pager(s, hs, f"{tr(lg, 'Booking', '', 'Reservation')} {ref}")
    addressed(f, s, hs, guest, d, [(tr(lg, "Booking ref", "", "Reservation"), ref)])
    headline(
        f,
        s,
        rng.choice(
            [
                tr(lg, "Booking confirmation", "", "Confirmation de reservation"),
                tr(lg, "Your holiday booking", "", "Contrat de location saisonniere"),
            ]
        ),
        2,
    )
    anon = salute(f, s, lg, guest[0].split()[0] if rng.random() < 0.5 else "")
    words(
        f,
        s,
        tr(
            lg,
            "Thank you for your booking and deposit. We are delighted to confirm your stay at "
            f"{prop.split(' (')[0]}:",
            "",
            f"Nous vous remercions de votre reservation et vous confirmons la location de {prop} :",
        ),
    )
    y0 = f.y
    pairs(
        f.page,
        s,
        m + 20,
        y0,
        [
            (tr(lg, "Property", "", "Logement"), prop),
            (
                tr(lg, "Arrival", "", "Arrivee"),
                f"{dt(hs, arrive)} " + tr(lg, "from 4pm", "", "a partir de 16h"),
            ),
            (
                tr(lg, "Departure", "", "Depart"),
                f"{dt(hs, arrive + timedelta(days=nights))} " + tr(lg, "by 10am", "", "avant 10h"),
            ),
            (
                tr(lg, "Party", "", "Personnes"),
                f"{rng.randint(1, 4)} "
                + tr(lg, "adult(s)", "", "adultes")
                + f", {rng.randint(0, 3)} "
                + tr(lg, "children", "", "enfants"),
            ),
            (tr(lg, "Total rental", "", "Prix du sejour"), f"{money(price, lg)} {cur(lg)}"),
            (tr(lg, "Deposit received", "", "Acompte recu"), money(deposit, lg)),
            (
                tr(lg, "Balance due", "", "Solde a regler le"),
                f"{money(price - deposit, lg)} "
                + tr(lg, "by", "", "avant le")
                + f" {dt(hs, arrive - timedelta(days=42))}",
            ),
        ],
        w - m - 40,
        s.size - 1,
    )
    f.y = y0 + 7 * 14.5 + 10
    words(f, s, prose(rng, lg, "stay", (2, 3)))
    words(
        f,
        s,
        tr(
            lg,
            "Please find enclosed a copy of your booking form for your records.",
            "",
            "Vous trouverez ci-joint un exemplaire du contrat a nous retourner signe.",
        ),
    )
    farewell(
        f, s, lg, rng.choice(PEOPLE), tr(lg, "Owner", "", "Proprietaire"), rng.random() < 0.6, anon
    )
    pages = finish(f.pages, s, hs)
    p = Page(s.page_size)
    y = masthead(p, s, hs, "typed")
    p.text(
        w / 2,
        y,
        tr(lg, "BOOKING FORM", "", "BULLETIN DE RESERVATION"),
        s.bold,
        s.size + 3,
        "center",
    )
    y += 26
    half = (w - 2 * m) / 2 - 8
    for a, b in [
        (
            (tr(lg, "Name", "", "Nom"), guest[0]),
            (
                tr(lg, "Telephone", "", "Telephone"),
                ident(rng, "07### ######") if lg == "en" else ident(rng, "06 ## ## ## ##"),
            ),
        ),
        (
            (tr(lg, "Address", "", "Adresse"), guest[1]),
            (tr(lg, "Town / postcode", "", "Ville"), guest[2]),
        ),
        (
            (tr(lg, "Property", "", "Gite"), prop),
            (tr(lg, "Arrival date", "", "Date d'arrivee"), dt(hs, arrive)),
        ),
        (
            (tr(lg, "Number of nights", "", "Nombre de nuits"), str(nights)),
            (
                tr(lg, "Pets", "", "Animaux"),
                rng.choice(["none", "1 dog", "-"])
                if lg == "en"
                else rng.choice(["non", "1 chien"]),
            ),
        ),
    ]:
        entry(p, m, y, half, a[0], a[1])
        y = entry(p, m + half + 16, y, half, b[0], b[1])
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Names and ages of all guests", "", "Noms et ages des occupants"),
        s.font,
        s.size - 1,
    )
    y += 8
    for _ in range(4):
        y = entry(
            p,
            m,
            y,
            w - 2 * m,
            "",
            f"{rng.choice(PUPILS)} {guest[0].split()[-1]} ({rng.randint(4, 70)})"
            if rng.random() < 0.6
            else "",
        )
    y += 6
    for label in [
        tr(
            lg, "I enclose the deposit by cheque / bank transfer", "", "Je joins un acompte de 25 %"
        ),
        tr(
            lg,
            "I have read and accept the booking conditions",
            "",
            "J'accepte les conditions generales",
        ),
    ]:
        box(p, m, y, True)
        p.text(m + 14, y, label, s.font, s.size - 1)
        y += 16
    y += 16
    scrawl(p, m + 6, y, guest[0], 15)
    p.line(m, y + 4, m + 180, y + 4)
    p.text(m, y + 14, tr(lg, "Signed", "", "Signature"), s.font, 7.5)
    p.text(w - m - 120, y, dt(hs, d - timedelta(days=rng.randint(2, 12))), "Helvetica-Oblique", 10)
    pages.append(p)
    if rng.random() < 0.4:
        g = pager(restyle(s, s.page_size), hs, prop, headed=False)
        headline(
            g,
            s,
            tr(lg, "House notes and booking conditions", "", "Conditions generales de location"),
            2,
        )
        for k in range(1, rng.randint(6, 12)):
            g.heading(
                m,
                f"{k}. "
                + rng.choice(
                    tr(
                        lg,
                        "Arrival|Payment|Cancellation|Pets|Damage|Heating|Parking|Linen",
                        "",
                        "Arrivee|Paiement|Annulation|Animaux|Caution|Chauffage|Menage",
                    ).split("|")
                ),
                s.bold,
                s.size - 0.5,
            )
            words(g, s, prose(rng, lg, "stay", (1, 3)), pt=s.size - 1)
        pages += g.pages
    return pages


def tpl_photo_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A wedding photographer's booking contract: sometimes a cover page with the couple's
    names, the package and its price, the day's timeline, the payment schedule, numbered
    terms and a signature page; English or German."""
    hs = house(who, "photographer", ["centred", "typed", "ruled", "initials"])
    lg = hs.lang
    s = restyle(who.style, A4) if lg == "de" else who.style
    w, h = s.page_size
    m = s.margin
    a, b = rng.sample(PEOPLE, 2)
    couple = f"{a.split()[0]} & {b.split()[0]}"
    d = some_day(rng)
    wedding = d + timedelta(days=rng.randint(120, 500))
    venue = rng.choice(
        [
            "Eastnor Castle",
            "The Barn at Tregenna",
            "Hellens Manor",
            "Trevenna Estate",
            "Schloss Braunfels",
            "Villa Rothschild",
        ]
    )
    pages: list[Page] = []
    skip = 0
    if rng.random() < 0.45:
        c = Page(s.page_size)
        c.text(w / 2, h * 0.3, hs.name, "Times-Italic", 22, "center")
        c.line(w / 2 - 80, h * 0.3 + 14, w / 2 + 80, h * 0.3 + 14)
        c.text(
            w / 2,
            h * 0.45,
            tr(lg, "Wedding Photography Agreement", "Vertrag Hochzeitsreportage"),
            "Times-Roman",
            16,
            "center",
        )
        c.text(w / 2, h * 0.5, couple, "Times-Bold", 20, "center")
        c.text(w / 2, h * 0.54, f"{dt(hs, wedding)}  -  {venue}", "Times-Roman", 11, "center")
        c.text(
            w / 2,
            h - 60,
            fit(f"{hs.phone}  |  {hs.mail}", "Times-Roman", 9, w - 80),
            "Times-Roman",
            9,
            "center",
        )
        pages.append(c)
        skip = 1
    f = pager(s, hs, f"{couple} - {dt(hs, wedding)}")
    headline(
        f,
        s,
        rng.choice(
            [
                tr(lg, "Photography booking contract", "Fotografenvertrag"),
                tr(
                    lg,
                    "Agreement for wedding photography services",
                    "Dienstleistungsvertrag Hochzeitsfotografie",
                ),
            ]
        ),
        3,
    )
    words(
        f,
        s,
        tr(
            lg,
            f'This agreement is made on {dt(hs, d)} between {hs.name} ("the Photographer") '
            f'and {a} and {b} ("the Client").',
            f"Zwischen {hs.name} (Fotograf) und {a} und {b} (Auftraggeber) wird am {dt(hs, d)} "
            "folgender Vertrag geschlossen.",
        ),
    )
    pkg = rng.choice([("Silver", 1450), ("Gold", 1950), ("Full day", 2350), ("Elopement", 850)])
    pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Wedding date", "Hochzeitsdatum"), dt(hs, wedding)),
            (tr(lg, "Ceremony", "Trauung"), venue),
            (tr(lg, "Package", "Paket"), pkg[0]),
            (
                tr(lg, "Coverage", "Begleitung"),
                f"{rng.choice([6, 8, 10])} " + tr(lg, "hours", "Stunden"),
            ),
            (tr(lg, "Fee", "Honorar"), f"{money(pkg[1], lg)} {cur(lg)}"),
        ],
        w - m - 80,
        s.size - 1,
    )
    f.y += 5 * 14.5 + 12
    f.heading(m, tr(lg, "Timeline of the day", "Ablauf"), s.bold, s.size + 0.5)
    hour = rng.randint(10, 13)
    rows = []
    for step in tr(
        lg,
        "Bridal preparations|Ceremony|Confetti and group photos|Couple portraits|Wedding "
        "breakfast|Speeches|First dance",
        "Getting Ready|Trauung|Sektempfang und "
        "Gruppenfotos|Paarshooting|Essen|Reden|Eroeffnungstanz",
    ).split("|"):
        rows.append(
            [
                f"{hour}:{rng.choice(['00', '30'])}",
                step,
                rng.choice(["", "", talk(rng, lg, "event", 5)]),
            ]
        )
        hour += rng.choice([0, 1, 1])
    table(
        f,
        columns(m, w - m, [(0.6, "left"), (2, "left"), (3, "left")]),
        [tr(lg, "Time", "Zeit"), tr(lg, "What", "Programmpunkt"), tr(lg, "Notes", "Hinweise")],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.heading(m, tr(lg, "Payment schedule", "Zahlungsplan"), s.bold, s.size + 0.5)
    retainer = rng.choice([250, 300, 500])
    table(
        f,
        columns(m, w - m - 120, [(2.4, "left"), (1.3, "left"), (1, "right")]),
        [tr(lg, "Payment", "Zahlung"), tr(lg, "Due", "faellig"), cur(lg)],
        [
            [tr(lg, "Booking fee (non-refundable)", "Anzahlung"), dt(hs, d), money(retainer, lg)],
            [
                tr(lg, "Balance", "Restbetrag"),
                dt(hs, wedding - timedelta(days=28)),
                money(pkg[1] - retainer, lg),
            ],
        ],
        s,
    )
    f.y += 6
    f.heading(m, tr(lg, "Terms and conditions", "Vertragsbedingungen"), s.bold, s.size + 0.5)
    for k in range(1, rng.choice([9, 14, 20, 28, 36])):
        f.need(s.size * 3)
        if rng.random() < 0.3:
            f.y += 4
            f.page.text(m, f.y, talk(rng, lg, "event", 3).rstrip(".").title(), s.bold, s.size - 1)
            f.y += s.size * 1.4
        f.page.text(m, f.y, f"{k}.", s.font, s.size - 1)
        f.para(m + 18, w - 2 * m - 18, prose(rng, lg, "event", (1, 4)), s.font, s.size - 1)
    f.need(130)
    f.heading(m, tr(lg, "Signatures", "Unterschriften"), s.bold, s.size + 0.5)
    for k, name in enumerate([a, b, hs.name]):
        y = f.y + 24
        if k < 2 and rng.random() < 0.8:
            scrawl(f.page, m + 6, y - 3, name, 15)
        f.page.line(m, y, m + 200, y)
        f.page.text(m, y + 10, name, s.font, s.size - 1.5)
        f.page.text(
            m + 240, y + 10, tr(lg, "Date", "Datum") + " ..................", s.font, s.size - 1.5
        )
        f.y += 40
    own = "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}"
    finish(pages + f.pages, s, hs, skip, rng.choice([hs.numbers, own]))
    pages += f.pages
    return pages


INSTRUMENTS = ["piano", "violin", "viola", "cello", "flute", "guitar"]


def tpl_lesson_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A private music teacher's termly invoice on A5: pupil, lesson dates, fee and bank
    details, typed on a home computer; a run holds the invoices for other pupils."""
    hs = house(who, "teacher")
    s = restyle(who.style, A5, 36, 9)
    w, h = A5
    m = 36.0
    p = Page(A5)
    y = 48.0
    plain = rng.random() < 0.5
    p.text(w / 2 if plain else m, y, hs.name, s.bold, 12, "center" if plain else "left")
    p.text(
        w / 2 if plain else m,
        y + 12,
        fit(f"{hs.street}, {hs.town}  -  {hs.phone}", s.font, 7.5, w - 2 * m),
        s.font,
        7.5,
        "center" if plain else "left",
    )
    y += 40
    parent = household(rng, "en")
    pupil = rng.choice(PUPILS) + " " + parent[0].split()[-1]
    term = rng.choice(["Autumn", "Spring", "Summer"])
    plays = [i for i in INSTRUMENTS if i in hs.name.lower()] or ["piano", "flute", "guitar"]
    instrument = rng.choice(plays)
    year = rng.randint(2023, 2026)
    y = window(p, s, None, y, parent) + 10
    p.text(w - m, y - 40, rng.choice(["INVOICE", "Invoice", "Lesson fees"]), s.bold, 13, "right")
    p.text(w - m, y - 26, f"{term} term {year}", s.font, 9, "right")
    p.text(
        m,
        y,
        f"{instrument.capitalize()} lessons for {pupil}",
        s.bold,
        9.5,
    )
    y += 16
    mins = rng.choice([30, 30, 45, 60])
    rate = {30: 17.0, 45: 25.5, 60: 34.0}[mins] + rng.choice([0, 1, 2])
    start = date(year, {"Autumn": 9, "Spring": 1, "Summer": 4}[term], rng.randint(5, 12))
    n = rng.randint(9, 12)
    lessons = []
    day = start
    for _ in range(n):
        lessons.append(day.strftime("%d/%m"))
        day += timedelta(days=7 if rng.random() > 0.1 else 14)
    p.text(m, y, f"{n} x {mins} min lessons on " + start.strftime("%A") + "s:", s.font, 8.5)
    y += 12
    for k in range(0, len(lessons), 6):
        p.text(m + 10, y, "   ".join(lessons[k : k + 6]), "Courier", 8.5)
        y += 11
    y += 8
    extra = rng.random() < 0.3
    rows = [(f"{n} lessons @ {money(rate)}", n * rate)]
    if extra:
        rows.append(
            (
                rng.choice(["ABRSM exam entry fee", "Music books", "Accompanist for exam"]),
                rng.choice([12.5, 44.0, 51.0, 25.0]),
            )
        )
    for label, amt in rows:
        p.text(m, y, label, s.font, 9)
        p.text(w - m, y, money(amt), s.font, 9, "right")
        y += 13
    p.line(w - m - 90, y - 6, w - m, y - 6)
    p.text(m, y + 4, "Total due", s.bold, 9.5)
    p.text(w - m, y + 4, "£" + money(sum(a for _, a in rows)), s.bold, 9.5, "right")
    y += 28
    for ln in wrap(
        "Payment by the first lesson of term please, by bank transfer to sort code "
        f"{ident(keyed(who, 'bank'), '##-##-##')} account {ident(keyed(who, 'acct'), '########')} "
        f"(reference: {pupil.split()[0].upper()}) or cash/cheque. Lessons missed without 24 "
        "hours' notice are charged. Many thanks!",
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10.5
    if rng.random() < 0.3:
        p.text(w - m - 40, h - 40, "PAID " + dt(hs, start), "Helvetica-Bold", 11, "right")
    return [p]


def tpl_fixtures_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A sports club's season fixtures list for one team: club name, season and team, a table
    of dates, opponents, home or away and times, and the notices at the foot; landscape or
    portrait; a run holds the lists of the club's other teams."""
    hs = house(who, "club")
    lg = hs.lang
    size = rng.choice([A4, landscape(A4), A5])
    s = restyle(who.style, size, 40 if size != A5 else 30, 9 if size != A5 else 8)
    w, h = size
    m = s.margin
    sport = "cricket" if "Cricket" in hs.name else "handball" if lg == "de" else "football"
    team = rng.choice(
        {
            "cricket": ["1st XI", "2nd XI", "Sunday XI", "Under 13s", "Under 15s"],
            "football": ["First Team", "Reserves", "U12 Lions", "U14 Colts", "Vets"],
            "handball": ["1. Herren", "2. Herren", "Damen", "mA-Jugend", "wC-Jugend"],
        }[sport]
    )
    season = rng.randint(2023, 2026)
    p = Page(size)
    y = 44.0
    p.rect(m, y - 26, 34, 34)
    p.text(m + 17, y - 5, initials(hs.name)[:3], "Times-Bold", 12, "center")
    p.text(m + 44, y - 10, fit(hs.name, s.bold, 13, w - 2 * m - 44), s.bold, 13)
    label = tr(
        lg,
        f"Fixtures {season}"
        if sport == "cricket"
        else f"Fixtures {season}/{(season + 1) % 100:02d}",
        f"Spielplan Saison {season}/{(season + 1) % 100:02d}",
    )
    p.text(m + 44, y + 5, f"{label}  -  {team}", s.font, 10)
    y += 34
    opponents = (
        [
            "Colwall",
            "Malvern Wells",
            "Bromyard",
            "Ross-on-Wye",
            "Hereford City",
            "Eastnor",
            "Much Marcle",
            "Newent",
            "Upton",
            "Falmouth",
            "Penryn",
            "St Austell",
            "Bodmin Town",
            "Newquay",
        ]
        if lg == "en"
        else [
            "TG Hanau",
            "SG Bruchkoebel",
            "HSG Maintal",
            "TV Gelnhausen",
            "Eintracht Frankfurt",
            "TSG Offenbach",
            "HC Bad Homburg",
        ]
    )
    d = date(season, 4 if sport == "cricket" else 8, rng.randint(1, 14))
    while d.weekday() != (5 if sport != "handball" else 6):
        d += timedelta(days=1)
    games = rng.randint(8, 20 if size != A5 else 14)
    cols = columns(
        m, w - m, [(1.4, "left"), (2.4, "left"), (0.6, "center"), (0.7, "center"), (1.6, "left")]
    )
    head = [
        tr(lg, "Date", "Datum"),
        tr(lg, "Opponents", "Gegner"),
        tr(lg, "H/A", "H/A"),
        tr(lg, "Start", "Anwurf"),
        tr(lg, "Competition", "Wettbewerb"),
    ]
    p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.86)
    for c, t in zip(cols, head, strict=True):
        cell(p, c, y, t, s.bold, s.size - 0.5)
    y += 15
    step = min(15.0, (h - y - 70) / games)
    for _ in range(games):
        vals = [
            d.strftime("%a %d %b") if lg == "en" else dt(hs, d),
            rng.choice(opponents),
            rng.choice("HA"),
            rng.choice(
                ["13:00", "13:30", "14:00", "11:00"]
                if sport != "handball"
                else ["17:00", "18:30", "15:00"]
            ),
            rng.choice(
                {
                    "cricket": ["League Div 2", "Cup", "Friendly", "League Div 2"],
                    "football": ["League", "League", "County Cup", "Friendly"],
                    "handball": ["Bezirksoberliga", "Kreispokal"],
                }[sport]
            ),
        ]
        for c, t in zip(cols, vals, strict=True):
            cell(p, c, y, t, s.font, s.size - 0.5)
        y += step
        d += timedelta(days=7 * rng.choice([1, 1, 1, 2]))
    y = h - 54
    for ln in wrap(
        tr(
            lg,
            "Teas: rota on the noticeboard. Availability to the captain by Wednesday evening "
            f"please. Match fees {money(rng.choice([5, 6, 8]))} adults, "
            f"{money(rng.choice([2, 3]))} "
            "juniors.",
            "Treffpunkt 60 Minuten vor Anwurf in der Halle. Fahrgemeinschaften bitte ueber die "
            "Gruppe absprechen.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    )[:3]:
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    return [p]


DENOMS = {
    "en": ["£50", "£20", "£10", "£5", "£2", "£1", "50p", "20p", "10p", "5p", "2p", "1p"],
    "eu": [
        "200 EUR",
        "100 EUR",
        "50 EUR",
        "20 EUR",
        "10 EUR",
        "5 EUR",
        "2 EUR",
        "1 EUR",
        "0,50",
        "0,20",
        "0,10",
        "0,05",
    ],
}
DENOM_VALUES = [50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]
DENOM_EU = [200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05]


def tpl_cash_up(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop's or cafe's daily till cash-up sheet: a printed form filled in by hand with the
    cash count by denomination, the card and Z-reading totals, float, banking and the
    difference, initialled by staff; a run holds the sheets of following days."""
    hs = house(who, "shop", ["typed", "ruled", "centred"])
    lg = hs.lang
    s = restyle(who.style, A4, 50, 9.5)
    w, _ = A4
    m = 50.0
    hand = "Helvetica-Oblique"
    p = Page(A4)
    y = 50.0
    p.text(m, y, hs.name, s.bold, 12)
    p.text(
        w - m,
        y,
        tr(lg, "DAILY CASH UP", "Kassenbericht / Tagesabschluss", "Fiche de caisse journaliere"),
        s.bold,
        12,
        "right",
    )
    y += 26
    d = some_day(rng)
    till = str(rng.randint(1, 3))
    for label, value, x in [
        (tr(lg, "Date", "Datum", "Date"), dt(hs, d), m),
        (tr(lg, "Till", "Kasse", "Caisse"), till, m + 200),
        (
            tr(lg, "Counted by", "Gezaehlt von", "Comptee par"),
            rng.choice(PEOPLE).split()[0],
            m + 300,
        ),
    ]:
        p.text(x, y, label + ":", s.font, 9)
        p.text(x + tw(label + ": ", s.font, 9) + 4, y, value, hand, 11)
    y += 26
    eu = lg != "en"
    names = DENOMS["eu" if eu else "en"]
    values = DENOM_EU if eu else DENOM_VALUES
    cash = 0.0
    cols = [m, m + 110, m + 190, m + 280]
    p.rect(m - 4, y - 10, 300, 14, fill=0.88)
    for x, t in zip(
        cols,
        [
            tr(lg, "Denomination", "Stueckelung", "Valeur"),
            tr(lg, "Count", "Anzahl", "Nombre"),
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        strict=False,
    ):
        p.text(x, y, t, s.bold, 8.5)
    y += 16
    for name, v in zip(names, values, strict=True):
        count = rng.randint(0, 40) if v < 50 else rng.randint(0, 6)
        cash += count * v
        p.text(cols[0], y, name, s.font, 9)
        p.rect(cols[1] - 4, y - 10, 60, 14)
        p.rect(cols[2] - 4, y - 10, 90, 14)
        if count:
            p.text(cols[1], y, str(count), hand, 10)
            p.text(cols[2] + 80, y, money(count * v, lg), hand, 10, "right")
        y += 16
    p.text(cols[1], y + 4, tr(lg, "Total cash", "Summe bar", "Total especes"), s.bold, 9)
    p.text(cols[2] + 80, y + 4, money(cash, lg), hand, 11, "right")
    floatv = rng.choice([100.0, 150.0, 200.0])
    card = rng.uniform(300, 2500)
    z = cash - floatv + card + rng.choice([0, 0, 0, rng.uniform(-6, 6)])
    right = [
        (tr(lg, "Z reading total", "Z-Bon Umsatz", "Ticket Z"), money(z, lg)),
        (tr(lg, "Card machine total", "EC/Kreditkarte", "Total CB"), money(card, lg)),
        (
            tr(lg, "Cash less float", "Bar abzgl. Wechselgeld", "Especes hors fond"),
            money(cash - floatv, lg),
        ),
        (tr(lg, "Float left in till", "Wechselgeld", "Fond de caisse"), money(floatv, lg)),
        (
            tr(lg, "Paid outs (receipts)", "Barauslagen", "Sorties de caisse"),
            money(rng.choice([0.0, 4.5, 12.8, 23.0]), lg),
        ),
        (tr(lg, "Over / short", "Differenz", "Ecart"), money(cash - floatv + card - z, lg)),
        (tr(lg, "Cash to bank", "Einzahlung Bank", "Remise en banque"), money(cash - floatv, lg)),
    ]
    yy = y - 16 * 12 - 4
    for label, value in right:
        p.text(m + 330, yy, label, s.font, 8.5)
        p.rect(w - m - 80, yy - 10, 80, 14)
        p.text(w - m - 4, yy, value, hand, 10, "right")
        yy += 24
    y += 40
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.font, 9)
    note = (
        rng.choice(
            [
                "",
                "",
                "Card machine offline 12-1, took cash",
                "Refund table 4 £8.50 - see receipt",
                "Short - recounted twice",
                "Bag no. " + ident(rng, "######"),
            ]
        )
        if lg == "en"
        else rng.choice(["", "Wechselgeld aufgefuellt", "Fehlbetrag gemeldet"])
    )
    p.rect(m, y + 6, w - 2 * m, 50)
    if note:
        p.text(m + 6, y + 24, note, hand, 10)
    y += 80
    for k, label in enumerate(
        [tr(lg, "Counted", "Gezaehlt", "Compte"), tr(lg, "Checked", "Geprueft", "Verifie")]
    ):
        x = m + k * 220
        scrawl(p, x + 10, y, rng.choice(PEOPLE), 13)
        p.line(x, y + 4, x + 170, y + 4)
        p.text(x, y + 14, label, s.font, 7.5)
    return [p]


def tpl_paying_in(rng: random.Random, who: Issuer) -> list[Page]:
    """A bank paying-in slip with its counterfoil, the business's cash and cheques written in
    by hand, stamped by the cashier: a small landscape slip; often several in a row."""
    hs = house(who, "bank")
    size = (480.0, 230.0)
    w, h = size
    hand = "Helvetica-Oblique"
    shop = house(who, "shop")
    biz = (
        (shop.name, "", shop.street, shop.town, "en") if shop.lang == "en" else business(who, "en")
    )
    r = keyed(who, "payin")
    sort = ident(r, "##-##-##")
    acct = ident(r, "########")
    d = some_day(rng)
    notes = rng.choice([0, 20, 40, 60, 80, 140, 200, 260, 340, 480])
    coins = round(rng.uniform(0, 60), 2)
    cheques = [round(rng.uniform(15, 900), 2) for _ in range(rng.choice([0, 0, 1, 2, 3]))]
    total = notes + coins + sum(cheques)
    p = Page(size)
    stub = 130.0
    p.line(stub, 8, stub, h - 8)
    p.text(12, 24, "Date", "Helvetica", 6.5)
    p.text(12, 36, date_text(d, "en", "short"), hand, 9)
    p.text(12, 56, "Credit", "Helvetica", 6.5)
    p.text(12, 68, fit(biz[0], hand, 8, stub - 20), hand, 8)
    p.text(12, 84, f"{sort}  {acct}", "Helvetica", 7)
    y = 108.0
    for label, value in [
        ("Notes", money(notes)),
        ("Coins", money(coins)),
        ("Cheques", money(sum(cheques))),
        ("£", money(total)),
    ]:
        p.text(12, y, label, "Helvetica-Bold" if label == "£" else "Helvetica", 7)
        p.text(stub - 10, y, value, hand, 9, "right")
        y += 16
    p.text(12, h - 14, ident(rng, "######"), "Courier", 7)
    x0 = stub + 12
    p.text(x0, 24, hs.name, "Helvetica-Bold", 10)
    p.text(w - 14, 24, "bank giro credit", "Helvetica", 7, "right")
    p.text(x0, 42, "Date", "Helvetica", 6.5)
    p.text(x0 + 24, 42, date_text(d, "en", "short"), hand, 10)
    p.rect(x0 + 120, 30, 90, 60)
    p.text(x0 + 124, 38, "Cashier's stamp", "Helvetica", 5.5)
    if rng.random() < 0.8:
        p.text(x0 + 165, 62, "PAID IN", "Courier-Bold", 10, "center")
        p.text(x0 + 165, 74, dt(hs, d), "Courier", 7, "center")
    p.text(x0, 106, "Account name", "Helvetica", 6.5)
    p.text(x0, 120, fit(biz[0], hand, 10, 200), hand, 10)
    p.line(x0, 123, x0 + 200, 123)
    p.text(x0, 140, "Sort code", "Helvetica", 6.5)
    p.text(x0 + 70, 140, "Account number", "Helvetica", 6.5)
    p.text(x0, 154, sort, hand, 10)
    p.text(x0 + 70, 154, acct, hand, 10)
    p.text(x0, 176, "Paid in by", "Helvetica", 6.5)
    p.text(x0 + 50, 176, rng.choice(PEOPLE), hand, 9)
    p.text(x0, 190, "Reference", "Helvetica", 6.5)
    p.text(
        x0 + 50,
        190,
        rng.choice(["TAKINGS", "CASH UP " + d.strftime("%d/%m"), "SALES", ""]),
        hand,
        9,
    )
    x1 = w - 118
    y = 42.0
    for label, value in [
        ("£50 notes", ""),
        ("£20 notes", money(notes)),
        ("£10 & £5", ""),
        ("£2 & £1", money(coins * 0.6)),
        ("Other coin", money(coins * 0.4)),
        ("Total cash", money(notes + coins)),
        ("Cheques etc.", money(sum(cheques)) if cheques else ""),
        ("£", money(total)),
    ]:
        p.text(x1, y, label, "Helvetica-Bold" if label == "£" else "Helvetica", 6.8)
        p.rect(w - 62, y - 9, 50, 12)
        if value and value != "0.00":
            p.text(w - 15, y, value, hand, 8.5, "right")
        y += 17
    p.text(x0, h - 12, f"{sort.replace('-', '')}<   {acct}<   {rng.randint(10, 99)}", "Courier", 9)
    return [p]


def tpl_food_hygiene(rng: random.Random, who: Issuer) -> list[Page]:
    """A council's letter after a food hygiene inspection: the rating given, the three scores,
    a numbered schedule of the work required with the legal references, and the notes on
    appeal and the right to reply, over two to four pages."""
    hs = house(who, "ehealth", ["ruled", "block", "centred"])
    s = who.style
    w, _ = s.page_size
    m = s.margin
    biz = business(who, "en", food=True)
    d = some_day(rng)
    ref = ident(rng, "FH/###### /@@").replace(" ", "")
    f = pager(s, hs, f"{biz[0]} - our ref {ref}")
    addressed(
        f,
        s,
        hs,
        ["The Food Business Operator", biz[0], biz[2], biz[3]],
        d + timedelta(days=rng.randint(3, 14)),
        [("Our ref", ref), ("Officer", rng.choice(PEOPLE))],
    )
    about = fit(f"Food hygiene inspection - {biz[0]}, {biz[2]}", s.bold, s.size, w - 2 * m)
    f.page.text(m, f.y, about, s.bold, s.size)
    f.y += 20
    anon = salute(f, s, "en", biz[1] if biz[1].startswith(("Mr", "Ms", "Mrs")) else "")
    words(
        f,
        s,
        f"Thank you for your assistance during my inspection of the above premises on {dt(hs, d)}. "
        "The purpose of the visit was to assess compliance with food hygiene legislation. I am "
        "writing to confirm the findings of the inspection.",
    )
    rating = rng.choices([5, 4, 3, 2, 1], [4, 4, 3, 2, 1])[0]
    f.need(80)
    f.page.rect(m, f.y, 120, 60)
    f.page.text(m + 60, f.y + 42, str(rating), "Helvetica-Bold", 34, "center")
    f.page.text(m + 60, f.y + 55, "FOOD HYGIENE RATING", "Helvetica", 5.5, "center")
    lines = [
        ("Hygienic food handling", rng.choice([0, 5, 10, 15])),
        ("Cleanliness and condition of facilities and building", rng.choice([0, 5, 10, 15])),
        ("Management of food safety", rng.choice([0, 5, 10, 20])),
    ]
    yy = f.y + 12
    for label, score in lines:
        f.page.text(
            m + 136, yy, fit(label, s.font, s.size - 1, w - 2 * m - 190), s.font, s.size - 1
        )
        f.page.text(w - m, yy, str(score), s.bold, s.size - 1, "right")
        yy += 16
    f.y += 80
    words(f, s, prose(rng, "en", "food", (2, 3)))
    items = rng.randint(2 if rating < 5 else 0, 9 if rating < 3 else 4)
    if items:
        words(
            f,
            s,
            "The matters listed in the attached schedule require your attention. Items marked as "
            "legal requirements must be put right; the others are recommendations of good "
            "practice.",
        )
    words(
        f,
        s,
        "If you disagree with the rating you may appeal in writing within 21 days of receiving "
        "this letter. You may also request a re-visit once the work is completed, and you have a "
        "right to reply, which will be published with your rating.",
    )
    officer = rng.choice(PEOPLE)
    farewell(f, s, "en", officer, "Environmental Health Officer", rng.random() < 0.4, anon)
    if items:
        f.new_page()
        headline(f, s, "Schedule of work", 2, bar=True)
        for k in range(1, items + 1):
            f.need(60)
            f.page.text(m, f.y, f"{k}.", s.bold, s.size)
            f.page.text(
                m + 20, f.y, rng.choice(["Legal requirement", "Recommendation"]), s.bold, s.size - 1
            )
            f.y += s.size * 1.5
            words(f, s, prose(rng, "en", "food", (1, 3)), 20)
            words(
                f,
                s,
                "Ref: "
                + rng.choice(
                    [
                        "Regulation (EC) 852/2004 Annex II Chapter I",
                        "Food Safety and Hygiene (England) Regulations 2013",
                        "Regulation (EC) 852/2004 Article 5 (HACCP)",
                        "Annex II Chapter IX paragraph 3",
                    ]
                ),
                20,
                s.size - 1.5,
            )
    if rng.random() < 0.5:
        f.new_page()
        headline(f, s, "Right to reply", 2)
        words(
            f,
            s,
            "Please complete this form and return it to the food safety team. Your comments may "
            "be published alongside your rating on the national website.",
            pt=s.size - 1,
        )
        y = f.y + 6
        for label in [
            "Name of business",
            "Address",
            "Rating given and date of inspection",
            "Your comments",
        ]:
            y = entry(f.page, m, y, w - 2 * m, label)
        for _ in range(6):
            f.page.line(m, y + 10, w - m, y + 10)
            y += 18
        f.y = y + 20
    return finish(f.pages, s, hs, numbers=rng.choice([hs.numbers, "Page {i} of {n}", "2:Page {i}"]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_L: dict[str, Template] = {
    "supplier_statement": tpl_supplier_statement,
    "pod_sheet": tpl_pod_sheet,
    "plant_hire": tpl_plant_hire,
    "fuel_card": tpl_fuel_card,
    "van_lease": tpl_van_lease,
    "pat_register": tpl_pat_register,
    "pest_visit": tpl_pest_visit,
    "roof_guarantee": tpl_roof_guarantee,
    "book_queries": tpl_book_queries,
    "rep_letter": tpl_rep_letter,
    "ihk_fee": tpl_ihk_fee,
    "trade_waste": tpl_trade_waste,
    "merchant_statement": tpl_merchant_statement,
    "domain_renewal": tpl_domain_renewal,
    "record_check": tpl_record_check,
    "cottage_booking": tpl_cottage_booking,
    "photo_contract": tpl_photo_contract,
    "lesson_invoice": tpl_lesson_invoice,
    "fixtures_list": tpl_fixtures_list,
    "cash_up": tpl_cash_up,
    "paying_in": tpl_paying_in,
    "food_hygiene": tpl_food_hygiene,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "pod_sheet",
    "van_lease",
    "lesson_invoice",
    "cash_up",
    "paying_in",
    "fixtures_list",
    "domain_renewal",
)
#: A kind often followed by a related kind; the companion is drawn for the same issuer, so it
#: is about the same business.
FOLLOWS = {
    "food_hygiene": "pest_visit",
    "cash_up": "paying_in",
    "book_queries": "rep_letter",
    "fuel_card": "van_lease",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_hamper_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; a food hygiene letter is followed by the pest
    control report, a cash-up sheet by the paying-in slip, a query list by the letter of
    representation, a fuel card statement by a van lease invoice, each with probability 0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_L, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_hamper_stream, "templates L")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Sack part of the generated corpus: templates QQ, written blind for the next measurement.

A part of its own, ``sack``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
children's day nursery (a day nursery in England, a Kita in Germany or a crèche in France)
feeds through its scanner: parents' childcare contracts (Betreuungsvertrag, contrat d'accueil)
with their terms, fee schedule and house rules, monthly fee invoices to parents, the local
authority's or family fund's funding and subsidy statements (early education funding
remittance, Zuschussbescheid, CAF notification de paiement PSU) with the list of children,
child registration forms with tick boxes and hand entries, medical, medicine and photo consent
forms, accident and incident reports signed by the parent with the body map, staff criminal
record check certificates (DBS enhanced certificate, erweitertes Führungszeugnis, bulletin
n° 3 du casier judiciaire), food suppliers' invoices and cash-and-carry till receipts, toy and
furniture suppliers' invoices, the regulator's or youth office's inspection report (Ofsted,
Landesjugendamt, PMI), parents' newsletters, fire evacuation drill records, weekly cleaning
logs, daily attendance registers, the cleaning company's invoices, staff payslips, the
landlord's rent invoices, first-aid training certificates and parents' letters. Each stream is
one nursery's pile: the nursery (country, name, staff, children and parents, month) is drawn
once per stream; its own papers and those of the authority, the regulator, the landlord, the
cleaners and most suppliers are of its country and in its language, while a toy or furniture
supplier now and then writes from a neighbouring country in its own language. Page sizes range
from cash-and-carry till strips and pay slips through A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the nursery office files
it: the terms pages, fee schedule and house rules of a childcare contract; the health, contacts
and declaration pages of a registration form; the body map of an accident report; the second
page of a DBS certificate; the continuation pages and delivery summary of a food supplier's
invoice; the terms page of a toy supplier's invoice; the covering letter, setting details and
annex of an inspection report; the covering letter and child schedule of a funding statement;
the account statement behind a fee invoice; the service record behind a cleaning invoice; the
service charge page and the tear-off quittance of a rent invoice; the tear-off reply slip and
calendar page of a newsletter; the course content printed on the back of a first-aid
certificate; the second page of a French payslip. Related papers are documents of their own:
the contract after the registration form, the consent form after the contract, the parent's
letter after an accident report, the final fee invoice after a parent's notice, the fee invoice
after a funding statement, the cleaning company's invoice after the cleaning log, the first-aid
certificate after a staff member's criminal record certificate, the newsletter after an
inspection report; and each child's consent form, each day's register, each week's cleaning
log, each drill record, each employee's payslip and each person's certificate is a document.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: fee invoices, consent forms, accident
reports, criminal record certificates, food invoices, drill records, cleaning logs, registers,
payslips and first-aid certificates often come 2-4 in a row from one sender with other
children, staff, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers, about the same child or staff member. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "sack"`` and seeds offset by 4_200_000.

Usage: ``python benchmarks/corpus_sack.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/sack/sack_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import math
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

import itertools

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    band,
    bar_width,
    box,
    caption,
    columns,
    date_text,
    dear,
    fields,
    fit,
    foot_and_number,
    money,
    pairs,
    part_generate,
    part_main,
    photo,
    running_header,
    serial,
    short,
    shrink,
    slip_rule,
    stamp,
    table,
    ticks,
    tr,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "sack"
SEED_OFFSET = 4_200_000

MM = 72 / 25.4
TILL = (80 * MM, 210 * MM)
PAYSLIP = (210 * MM, 105 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the nursery and the firms and bodies around it
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "nursery": {
        "en": [
            ("Little Acorns Day Nursery", "14 Chapel Row", "Reading RG1 4QT", "0118 957 3320"),
            (
                "Puddle Ducks Nursery & Pre-School",
                "The Old Vicarage, Mill Road",
                "Norwich NR3 2HB",
                "01603 612 448",
            ),
            ("Treetops Childcare Ltd", "2 Elmfield Avenue", "Leicester LE2 1RB", "0116 270 9915"),
            ("Honeypot Lane Day Nursery", "61 Honeypot Lane", "York YO31 8JU", "01904 634 201"),
        ],
        "de": [
            ("Kita Sonnenblume", "Kastanienweg 7", "48149 Münster", "0251 27 44 90"),
            (
                "Kinderhaus Pusteblume gGmbH",
                "Wilhelmshöher Allee 212",
                "34119 Kassel",
                "0561 31 66 02",
            ),
            (
                "Kita Regenbogen - Elterninitiative e.V.",
                "Gutenbergstraße 31",
                "04178 Leipzig",
                "0341 44 21 87",
            ),
            (
                "Kindertagesstätte Zwergenland",
                "Schwarzwaldstraße 88",
                "79117 Freiburg",
                "0761 61 20 35",
            ),
        ],
        "fr": [
            ("Crèche Les P'tits Loups", "12 rue des Hauts-Pavés", "44000 Nantes", "02 40 35 18 62"),
            (
                "Multi-accueil Les Lucioles",
                "3 allée Jules Vallès",
                "35000 Rennes",
                "02 99 30 41 77",
            ),
            ("Crèche parentale Pirouette", "27 rue Saint-Gabriel", "59800 Lille", "03 20 55 12 09"),
            ("Micro-crèche Les Petits Pas", "8 cours Berriat", "38000 Grenoble", "04 76 47 90 31"),
        ],
    },
    "authority": {
        "en": [
            (
                "Reading Borough Council - Early Years Funding Team",
                "Civic Offices, Bridge Street",
                "Reading RG1 2LU",
                "0118 937 3641",
            ),
            (
                "Norfolk County Council - Early Education Funding",
                "County Hall, Martineau Lane",
                "Norwich NR1 2DH",
                "0344 800 8020",
            ),
            (
                "Leicester City Council - Early Years Finance",
                "City Hall, 115 Charles Street",
                "Leicester LE1 1FZ",
                "0116 454 1004",
            ),
            (
                "City of York Council - Childcare Funding",
                "West Offices, Station Rise",
                "York YO1 6GA",
                "01904 551 550",
            ),
        ],
        "de": [
            (
                "Stadt Münster - Amt für Kinder, Jugendliche und Familien",
                "Hafenstraße 30",
                "48153 Münster",
                "0251 492 51 01",
            ),
            (
                "Stadt Kassel - Jugendamt, Abteilung Kindertagesbetreuung",
                "Obere Königsstraße 8",
                "34117 Kassel",
                "0561 787 5023",
            ),
            (
                "Stadt Leipzig - Amt für Jugend und Familie",
                "Naumburger Straße 26",
                "04229 Leipzig",
                "0341 123 4580",
            ),
            (
                "Stadt Freiburg i. Br. - Amt für Kinder, Jugend und Familie",
                "Kaiser-Joseph-Str. 143",
                "79098 Freiburg",
                "0761 201 8401",
            ),
        ],
        "fr": [
            (
                "Caisse d'allocations familiales de Loire-Atlantique",
                "22 rue de Malville",
                "44937 Nantes Cedex 9",
                "3230",
            ),
            (
                "Caisse d'allocations familiales d'Ille-et-Vilaine",
                "Cours des Alliés",
                "35028 Rennes Cedex 9",
                "3230",
            ),
            (
                "Caisse d'allocations familiales du Nord",
                "82 rue Brûle-Maison",
                "59024 Lille Cedex",
                "3230",
            ),
            (
                "Caisse d'allocations familiales de l'Isère",
                "3 rue des Alliés",
                "38051 Grenoble Cedex 9",
                "3230",
            ),
        ],
    },
    "regulator": {
        "en": [("Ofsted", "Piccadilly Gate, Store Street", "Manchester M1 2WD", "0300 123 1231")],
        "de": [
            (
                "LWL-Landesjugendamt Westfalen",
                "Warendorfer Straße 25",
                "48145 Münster",
                "0251 591 01",
            ),
            (
                "Landesjugendamt Hessen - Aufsicht Kindertageseinrichtungen",
                "Hansteinstraße 29",
                "34121 Kassel",
                "0561 106 0",
            ),
            (
                "KSV Sachsen - Landesjugendamt",
                "Reichsstraße 3",
                "09112 Chemnitz",
                "0371 577 0",
            ),
            (
                "KVJS Landesjugendamt Baden-Württemberg",
                "Lindenspürstraße 39",
                "70176 Stuttgart",
                "0711 6375 0",
            ),
        ],
        "fr": [
            (
                "Département de Loire-Atlantique - Service de PMI",
                "3 quai Ceineray",
                "44041 Nantes Cedex 1",
                "02 40 99 10 00",
            ),
            (
                "Département d'Ille-et-Vilaine - Protection maternelle et infantile",
                "1 avenue de la Préfecture",
                "35042 Rennes Cedex",
                "02 99 02 35 35",
            ),
            (
                "Département du Nord - Direction Enfance Famille, PMI",
                "51 rue Gustave Delory",
                "59047 Lille Cedex",
                "03 59 73 59 59",
            ),
            (
                "Département de l'Isère - Service de PMI",
                "7 rue Fantin-Latour",
                "38022 Grenoble Cedex 1",
                "04 76 00 38 38",
            ),
        ],
    },
    "records": {
        "en": [
            (
                "Disclosure and Barring Service",
                "PO Box 3961",
                "Wootton Bassett SN4 4HF",
                "03000 200 190",
            )
        ],
        "de": [
            (
                "Bundesamt für Justiz - Bundeszentralregister",
                "Adenauerallee 99-103",
                "53113 Bonn",
                "0228 99 410 40",
            )
        ],
        "fr": [
            (
                "Ministère de la Justice - Casier judiciaire national",
                "107 rue du Landreau",
                "44317 Nantes Cedex 3",
                "",
            )
        ],
    },
    "food": {
        "en": [
            (
                "Fenland Fresh Foodservice Ltd",
                "Unit 9, Cromwell Road",
                "Wisbech PE14 0SN",
                "01945 583 200",
            ),
            (
                "Thames Valley Catering Supplies",
                "Portman Road",
                "Reading RG30 1EA",
                "0118 959 2271",
            ),
            ("Shires Organic Wholesale", "Bradgate Business Park", "Leicester LE3 2GD", ""),
        ],
        "de": [
            ("Frischdienst Kaiser GmbH", "Am Großmarkt 12", "48155 Münster", "0251 60 98 40"),
            (
                "Naturkost Großhandel Weserland",
                "Industriestraße 5",
                "34123 Kassel",
                "0561 57 40 11",
            ),
            ("Sachsen-Frische Lebensmittel KG", "Am Alten Flughafen 3", "04356 Leipzig", ""),
        ],
        "fr": [
            (
                "Restauration Collective de l'Ouest",
                "ZI de la Lande, rue de l'Aubinière",
                "44470 Carquefou",
                "02 40 30 14 52",
            ),
            (
                "Primeurs & Crèmerie du Val",
                "MIN de Rennes, rue Barthélémy Thimonnier",
                "35000 Rennes",
                "02 99 31 71 60",
            ),
            ("Bio Alpes Distribution", "ZA des Glairons", "38400 Saint-Martin-d'Hères", ""),
        ],
    },
    "cash": {
        "en": [("TradeStore Cash & Carry", "Basingstoke Road", "Reading RG2 0HH", "")],
        "de": [("Großmarkt Handelshof", "Robert-Bosch-Str. 4", "48153 Münster", "")],
        "fr": [("Dépôt Pro Alimentaire", "Route de Vannes", "44800 Saint-Herblain", "")],
    },
    "toys": {
        "en": [
            (
                "Wooden Ark Educational Supplies",
                "Castle Mill, Dock Lane",
                "Shipley BD17 7DJ",
                "01274 580 300",
            ),
            (
                "KinderSpace Nursery Furniture Ltd",
                "Kingsway Business Park",
                "Rochdale OL16 4NW",
                "01706 640 222",
            ),
        ],
        "de": [
            (
                "Holzwurm Spielwaren & Kita-Ausstattung GmbH",
                "Industriestraße 40",
                "96482 Ahorn",
                "09561 85 20",
            ),
            (
                "Kita-Ausstatter Brandl KG",
                "Gewerbering 7",
                "83071 Stephanskirchen",
                "08031 40 10 0",
            ),
        ],
        "fr": [
            (
                "Éveil & Jeux Diffusion SAS",
                "Parc d'activités du Moulin",
                "49300 Cholet",
                "02 41 71 20 20",
            ),
            (
                "Mobilier Petite Enfance Lemaire",
                "4 rue de l'Industrie",
                "68000 Colmar",
                "03 89 20 44 10",
            ),
        ],
    },
    "cleaning": {
        "en": [
            (
                "Sparkle Commercial Cleaning Ltd",
                "Unit 3, Acre Road",
                "Reading RG2 0SA",
                "0118 931 0041",
            ),
            ("ClearView Facilities Services", "42 Narborough Road", "Leicester LE3 0BQ", ""),
        ],
        "de": [
            ("Gebäudereinigung Blitzblank GmbH", "Hansaring 61", "48155 Münster", "0251 39 77 60"),
            ("Reinigungsservice Sauer & Sohn", "Holländische Straße 140", "34127 Kassel", ""),
        ],
        "fr": [
            (
                "Net'Services Propreté SARL",
                "15 boulevard de la Prairie au Duc",
                "44200 Nantes",
                "02 40 48 66 10",
            ),
            ("Alpes Nettoyage Industriel", "6 rue Ampère", "38000 Grenoble", ""),
        ],
    },
    "landlord": {
        "en": [
            (
                "Hartwell Property Management LLP",
                "9 Market Place",
                "Reading RG1 2EQ",
                "0118 950 1144",
            ),
            (
                "Diocese of Norwich Board of Finance - Property",
                "Diocesan House, Easton",
                "Norwich NR9 5ES",
                "",
            ),
        ],
        "de": [
            (
                "Wohnungsbaugenossenschaft Aasee eG",
                "Weseler Straße 120",
                "48151 Münster",
                "0251 52 30 0",
            ),
            (
                "Immobilienverwaltung Kern & Partner",
                "Friedrich-Ebert-Straße 55",
                "34117 Kassel",
                "",
            ),
        ],
        "fr": [
            ("Cabinet Gérance Lemoine", "5 place du Commerce", "44000 Nantes", "02 40 47 12 90"),
            (
                "Nantes Métropole Habitat - Gestion locative",
                "26 place Rosa Parks",
                "44000 Nantes",
                "",
            ),
        ],
    },
    "training": {
        "en": [
            (
                "Safe Hands Paediatric First Aid Ltd",
                "The Studio, 5 Abbey Street",
                "Reading RG1 3BA",
                "0118 324 7700",
            ),
            ("First Steps Safety Training", "Unit 12, Riverside Court", "Leicester LE1 5EL", ""),
        ],
        "de": [
            (
                "Erste-Hilfe-Schule Rettungsring",
                "Bahnhofstraße 18",
                "48143 Münster",
                "0251 41 41 22",
            ),
            (
                "Kreisverband Kassel-Stadt - Ausbildung Erste Hilfe",
                "Königstor 24",
                "34117 Kassel",
                "",
            ),
        ],
        "fr": [
            (
                "Formation Secours Atlantique",
                "18 rue de la Garde",
                "44300 Nantes",
                "02 51 89 40 02",
            ),
            (
                "Union départementale des sapeurs-pompiers de l'Isère - Formation",
                "22 rue René Camphin",
                "38600 Fontaine",
                "",
            ),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "Emma",
        "Kirsty",
        "Hannah",
        "Jade",
        "Laura",
        "Nadia",
        "Becky",
        "Amira",
        "Chloe",
        "Joanne",
        "Priya",
        "Gemma",
        "Tom",
        "Daniel",
        "James",
        "Ollie",
        "Ravi",
        "Mark",
        "Ben",
    ],
    "de": [
        "Anna",
        "Julia",
        "Katharina",
        "Lea",
        "Sabine",
        "Nicole",
        "Melanie",
        "Aylin",
        "Franziska",
        "Svenja",
        "Jana",
        "Tobias",
        "Jonas",
        "Markus",
        "Stefan",
        "Deniz",
        "Florian",
        "Lukas",
    ],
    "fr": [
        "Camille",
        "Julie",
        "Manon",
        "Sandrine",
        "Nathalie",
        "Aurélie",
        "Sophie",
        "Inès",
        "Laetitia",
        "Chloé",
        "Fatima",
        "Thomas",
        "Nicolas",
        "Julien",
        "Mehdi",
        "Antoine",
        "Romain",
        "Kevin",
    ],
}
FEMALE = {
    "en": 13,
    "de": 12,
    "fr": 11,
}
LASTS = {
    "en": [
        "Walker",
        "Hughes",
        "Patel",
        "Thompson",
        "Robinson",
        "Khan",
        "Wright",
        "Clarke",
        "Edwards",
        "Turner",
        "Begum",
        "Murphy",
        "Cooper",
        "Shaw",
        "Ellis",
        "Mensah",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Schulz",
        "Yilmaz",
        "Krämer",
        "Lange",
        "Vogel",
        "Brandt",
        "Kaya",
        "Zimmermann",
        "Hartmann",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Petit",
        "Moreau",
        "Lefebvre",
        "Garnier",
        "Benali",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Diallo",
        "Morel",
        "Guérin",
        "Lambert",
    ],
}
KIDS = {
    "en": [
        ("Olivia", 1),
        ("Amelia", 1),
        ("Isla", 1),
        ("Ava", 1),
        ("Freya", 1),
        ("Maya", 1),
        ("Ivy", 1),
        ("Aisha", 1),
        ("Noah", 0),
        ("Leo", 0),
        ("Oscar", 0),
        ("Arlo", 0),
        ("Muhammad", 0),
        ("Theo", 0),
        ("Alfie", 0),
        ("Reggie", 0),
    ],
    "de": [
        ("Emilia", 1),
        ("Mia", 1),
        ("Hanna", 1),
        ("Lina", 1),
        ("Ella", 1),
        ("Zeynep", 1),
        ("Clara", 1),
        ("Ida", 1),
        ("Noah", 0),
        ("Paul", 0),
        ("Emil", 0),
        ("Finn", 0),
        ("Mats", 0),
        ("Elias", 0),
        ("Anton", 0),
        ("Yusuf", 0),
    ],
    "fr": [
        ("Jade", 1),
        ("Louise", 1),
        ("Ambre", 1),
        ("Alba", 1),
        ("Rose", 1),
        ("Lina", 1),
        ("Mila", 1),
        ("Nour", 1),
        ("Gabriel", 0),
        ("Léo", 0),
        ("Raphaël", 0),
        ("Louis", 0),
        ("Adam", 0),
        ("Sacha", 0),
        ("Gabin", 0),
        ("Timéo", 0),
    ],
}
ROADS = {
    "en": [
        "Oxford Road",
        "Victoria Street",
        "Church Lane",
        "Park Crescent",
        "Woodland Way",
        "Station Road",
        "Meadow Close",
        "Kings Avenue",
    ],
    "de": [
        "Hauptstraße",
        "Lindenstraße",
        "Am Stadtpark",
        "Bahnhofstraße",
        "Schillerweg",
        "Gartenstraße",
        "Rosenweg",
        "Ringstraße",
    ],
    "fr": [
        "rue Paul Bert",
        "avenue de la République",
        "rue des Lilas",
        "boulevard Victor Hugo",
        "impasse des Tilleuls",
        "rue du Général Leclerc",
        "allée des Peupliers",
    ],
}
ROOMS = {
    "en": ["Baby Room", "Caterpillars (Toddlers)", "Butterflies (2-3s)", "Owls Pre-School"],
    "de": ["Krippe Mäusegruppe", "Igelgruppe", "Bärengruppe", "Füchse (Vorschule)"],
    "fr": ["Section des bébés", "Section des moyens", "Section des grands"],
}
STAFF_ROLES = {
    "en": [
        "Nursery Manager",
        "Deputy Manager",
        "Room Leader",
        "Nursery Practitioner",
        "Nursery Practitioner",
        "Apprentice Practitioner",
        "Nursery Cook",
        "SENCo",
    ],
    "de": [
        "Kita-Leitung",
        "stellv. Leitung",
        "Erzieherin",
        "Erzieher",
        "Kinderpflegerin",
        "Sozialassistentin",
        "Hauswirtschaftskraft",
        "Auszubildende (PiA)",
    ],
    "fr": [
        "Directrice",
        "Éducatrice de jeunes enfants",
        "Auxiliaire de puériculture",
        "Auxiliaire de puériculture",
        "Accompagnante éducative petite enfance",
        "Agent d'entretien",
        "Cuisinière",
    ],
}


@dataclass
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Child:
    first: str
    last: str
    girl: bool
    born: date
    room: str
    mum: Person
    dad: Person | None
    street: str
    town: str
    ref: str


@dataclass
class Worker:
    who: Person
    role: str
    born: date
    started: date
    ref: str


def a_person(r: random.Random, lang: str, last: str = "") -> Person:
    k = r.randrange(len(FIRSTS[lang]))
    return Person(FIRSTS[lang][k], last or r.choice(LASTS[lang]), k < FEMALE[lang])


NURSERY: dict[str, object] = {
    "lang": "en",
    "idx": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "children": [],
    "staff": [],
    "town": "",
}
#: What the previous document was about: a companion takes up the same child or staff member.
LAST: dict[str, object] = {"kind": "", "child": None, "worker": None, "day": None}


def home() -> str:
    return str(NURSERY["lang"])


def children() -> list[Child]:
    return NURSERY["children"]  # type: ignore[return-value]


def staff() -> list[Worker]:
    return NURSERY["staff"]  # type: ignore[return-value]


def month() -> date:
    return NURSERY["month"]  # type: ignore[return-value]


def on(rng: random.Random, lo: int = -40, hi: int = 25) -> date:
    """A day near the stream's month, on a weekday."""
    d = month() + timedelta(days=rng.randint(lo, hi))
    return d - timedelta(days=max(0, d.weekday() - 4))


def a_child(r: random.Random, lang: str, k: int, town: str) -> Child:
    first, girl = r.choice(KIDS[lang])
    mum = a_person(r, lang)
    while not mum.female:
        mum = a_person(r, lang, mum.last)
    dad = None
    if r.random() < 0.75:
        dad = a_person(r, lang, mum.last if r.random() < 0.7 else "")
        while dad.female:
            dad = a_person(r, lang, dad.last)
    last = dad.last if dad is not None and r.random() < 0.6 else mum.last
    if lang == "de" and dad is not None and dad.last != mum.last and r.random() < 0.3:
        last = f"{mum.last}-{dad.last}"
    born = month() - timedelta(days=r.randint(120, 5 * 365 - 30))
    age = (month() - born).days / 365
    rooms = ROOMS[lang]
    room = rooms[min(len(rooms) - 1, int(age * len(rooms) / 5))]
    no = r.randint(1, 120)
    road = r.choice(ROADS[lang])
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    return Child(first, last, girl == 1, born, room, mum, dad, street, town, f"{k + 1:03d}")


def a_worker(r: random.Random, lang: str, role: str, k: int) -> Worker:
    p = a_person(r, lang)
    if r.random() < 0.8:
        while not p.female:
            p = a_person(r, lang, p.last)
    born = date(r.randint(1968, 2005), r.randint(1, 12), r.randint(1, 28))
    started = month() - timedelta(days=r.randint(60, 3000))
    return Worker(p, role, born, started, f"{k + 101}")


def the_child(rng: random.Random, after: tuple[str, ...] = ()) -> Child:
    c = LAST["child"]
    if LAST["kind"] in after and isinstance(c, Child):
        return c
    return rng.choice(children())


def the_worker(rng: random.Random, after: tuple[str, ...] = (), care: bool = False) -> Worker:
    w = LAST["worker"]
    if LAST["kind"] in after and isinstance(w, Worker):
        return w
    pool = [x for x in staff() if not care or "Cook" not in x.role] or staff()
    return rng.choice(pool)


def noted(child: Child | None = None, worker: Worker | None = None, d: date | None = None) -> None:
    LAST.update(child=child, worker=worker, day=d)


def kid(c: Child) -> str:
    return f"{c.first} {c.last}"


def parent_name(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}" if random.random() < 0 else p.name


def parents_lines(c: Child, lang: str) -> list[str]:
    if c.dad is not None and c.dad.last == c.mum.last and lang != "en":
        top = tr(lang, "", f"Familie {c.mum.last}", f"Monsieur et Madame {c.mum.last.upper()}")
    elif c.dad is not None and lang == "en":
        top = (
            f"{c.mum.name} & {c.dad.name}"
            if c.dad.last != c.mum.last
            else (
                f"Mr & Mrs {c.mum.last}"
                if len(c.first) % 2
                else f"{c.mum.first} & {c.dad.first} {c.mum.last}"
            )
        )
    else:
        top = parent_name(c.mum, lang)
    return [top, c.street, c.town]


def age_text(c: Child, d: date, lang: str) -> str:
    months = (d.year - c.born.year) * 12 + d.month - c.born.month
    y, m = divmod(max(months, 0), 12)
    return tr(lang, f"{y} y {m} m", f"{y} J. {m} M.", f"{y} an{'s' if y > 1 else ''} {m} mois")


def cash(v: float, lang: str) -> str:
    sign = "-" if v < 0 else ""
    return f"{sign}£{money(abs(v), lang)}" if lang == "en" else f"{money(v, lang)} €"


def month_name(d: date, lang: str) -> str:
    names = {
        "en": "January February March April May June July August September October November "
        "December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
    }[lang].split()
    return f"{names[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

TALK = {
    "en": {
        "care": "children play outdoor garden sensory story song room key person learning "
        "development snack lunch nap parents carers staff week activities topic messy phonics "
        "mark making den forest school",
        "admin": "fees invoice session funding hours account payment direct debit notice term "
        "booking deposit contract policy register attendance holiday closure",
        "inspect": "practitioners children safeguarding leaders curriculum interactions "
        "vocabulary routines independence behaviour staff supervision training outcomes "
        "partnership parents progress needs",
    },
    "de": {
        "care": "Kinder Spiel Garten Gruppe Morgenkreis Bezugserzieherin Eingewöhnung "
        "Frühstück Mittagessen Schlafenszeit Eltern Projekt Woche Ausflug Wald Turnhalle Lieder "
        "Bilderbuch Matschhose Wechselwäsche",
        "admin": "Beitrag Betreuungszeit Monat Lastschrift Kündigung Vertrag Satzung Essensgeld "
        "Schließtage Anmeldung Bescheid Zuschuss Elternbeitrag Stunden Buchung",
        "inspect": "Fachkräfte Kinder Kinderschutz Konzeption Räume Aufsichtspflicht "
        "Personalschlüssel Gruppe Leitung Träger Betriebserlaubnis Hygiene Beteiligung "
        "Beschwerdeverfahren Dokumentation",
    },
    "fr": {
        "care": "enfants jeux jardin section motricité éveil comptines repas sieste goûter "
        "parents familles semaine atelier peinture sortie bibliothèque adaptation référente "
        "doudou change",
        "admin": "facture mensualisation heures contrat tarif participation prélèvement "
        "préavis réservation absence déduction fermeture règlement inscription dossier",
        "inspect": "professionnels enfants locaux projet encadrement effectif hygiène "
        "sécurité protocole direction gestionnaire agrément continuité référent santé "
        "accueil familles",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as our we all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous tous",
}
SAY = {
    "en": [
        "The children have really enjoyed exploring the garden this month.",
        "Please remember to label all clothing, bottles and comforters with your child's name.",
        "We ask that children are collected by 6pm; a late collection fee applies after this.",
        "Our key persons will be in touch to arrange your child's two-year progress check.",
        "Please let us know of any changes to contact details or collection arrangements.",
        "Thank you to everyone who donated to our cake sale, which raised over £200.",
        "Sun cream should be applied before children arrive; we will reapply after lunch.",
        "Children with sickness or diarrhoea must stay at home for 48 hours after the last "
        "episode.",
        "Our menu has been reviewed with the local authority nutritionist.",
        "We welcome new families joining the Baby Room this term.",
    ],
    "de": [
        "Die Kinder haben in diesem Monat viel Zeit im Garten verbracht.",
        "Bitte beschriften Sie Kleidung, Trinkflaschen und Kuscheltiere mit dem Namen Ihres "
        "Kindes.",
        "Bitte holen Sie Ihr Kind bis spätestens 16:30 Uhr ab.",
        "Die Entwicklungsgespräche finden in den nächsten Wochen statt.",
        "Bitte teilen Sie uns Änderungen Ihrer Telefonnummern umgehend mit.",
        "Vielen Dank an alle Eltern, die beim Sommerfest geholfen haben.",
        "Nach Erbrechen oder Durchfall darf Ihr Kind die Kita erst 48 Stunden später wieder "
        "besuchen.",
        "Bitte denken Sie an wetterfeste Kleidung und Gummistiefel.",
        "Wir begrüßen die neuen Familien in der Krippe herzlich.",
    ],
    "fr": [
        "Les enfants ont beaucoup profité du jardin ce mois-ci.",
        "Merci de marquer tous les vêtements, biberons et doudous au nom de votre enfant.",
        "La crèche ferme ses portes à 18h30 ; merci de respecter les horaires.",
        "Les rencontres avec les référentes auront lieu dans les prochaines semaines.",
        "Pensez à nous signaler tout changement de coordonnées.",
        "Merci à toutes les familles qui ont participé à la fête de fin d'année.",
        "En cas de fièvre supérieure à 38,5 degrés, nous vous appellerons.",
        "Merci de prévoir des vêtements de rechange adaptés à la saison.",
        "Nous souhaitons la bienvenue aux nouvelles familles.",
    ],
}


TERMS = {
    "en": [
        "Fees are charged for booked sessions whether or not the child attends.",
        "One month's written notice is required to reduce sessions or to leave the nursery.",
        "No refund is given for absence due to illness or family holidays.",
        "The nursery is closed on bank holidays and for one week between Christmas and New Year.",
        "A late collection fee of £15 per 15 minutes will be charged.",
        "Funded hours are offered free of charge; optional consumables are charged separately.",
        "The deposit is refunded against the final invoice provided notice has been given.",
        "Children must be collected by an adult named on the registration form.",
        "The nursery reserves the right to review its fees annually with one month's notice.",
    ],
    "de": [
        "Der Elternbeitrag ist auch während der Schließzeiten und bei Krankheit zu entrichten.",
        "Der Vertrag kann mit einer Frist von drei Monaten zum Monatsende gekündigt werden.",
        "Die Kündigung bedarf der Schriftform.",
        "Die Kita ist an bis zu 25 Tagen im Jahr geschlossen; die Termine werden rechtzeitig "
        "bekannt gegeben.",
        "Erkrankte Kinder dürfen die Einrichtung nicht besuchen.",
        "Die Aufsichtspflicht beginnt mit der persönlichen Übergabe des Kindes an das Personal.",
        "Änderungen der Betreuungszeit sind nur zum Monatsbeginn möglich.",
        "Der Nachweis über den Masernschutz ist vor der Aufnahme vorzulegen.",
    ],
    "fr": [
        "La participation familiale est calculée selon le barème national de la CNAF.",
        "Le contrat est mensualisé sur la base des heures réservées.",
        "Les heures réalisées au-delà du contrat sont facturées en heures complémentaires.",
        "Les déductions sont limitées aux cas prévus par le règlement de fonctionnement.",
        "Le préavis de départ est d'un mois, à notifier par écrit.",
        "Toute demi-heure entamée est due.",
        "L'enfant malade ne peut être accueilli si son état nécessite des soins particuliers.",
        "Les familles s'engagent à respecter les horaires d'ouverture de l'établissement.",
    ],
}
FOUND = {
    "en": [
        "Children are happy and settled at this welcoming nursery.",
        "Staff know the children well and plan activities that build on what they already "
        "know and can do.",
        "Leaders have a clear vision for the curriculum and share this with staff.",
        "Staff have a good knowledge of the signs that a child may be at risk of harm.",
        "Partnership with parents is strong; parents speak highly of the nursery.",
        "At times, staff do not give younger children enough time to respond to questions.",
        "Children behave well and are kind to their friends.",
        "The arrangements for safeguarding are effective.",
        "Staff support children's communication and language skills well.",
        "The key-person system is effective and babies form secure attachments.",
    ],
    "de": [
        "Die Einrichtung verfügt über eine gültige Betriebserlaubnis.",
        "Die Räume sind hell, freundlich und altersgerecht ausgestattet.",
        "Der Personalschlüssel entsprach am Tag der Prüfung den Vorgaben.",
        "Ein einrichtungsbezogenes Schutzkonzept liegt vor und ist dem Team bekannt.",
        "Die Fluchtwege waren frei, die Feuerlöscher wurden fristgerecht geprüft.",
        "Das Beschwerdeverfahren für Kinder ist in der Konzeption beschrieben.",
        "Die Dokumentation der Belehrungen nach dem Infektionsschutzgesetz ist vollständig.",
        "Es wird empfohlen, die Konzeption fortzuschreiben.",
    ],
    "fr": [
        "Les locaux sont propres, lumineux et adaptés à l'accueil des jeunes enfants.",
        "Le taux d'encadrement était respecté le jour de la visite.",
        "Le projet d'établissement est à actualiser.",
        "Les protocoles de soins et d'urgence sont affichés et connus de l'équipe.",
        "La référente santé et accueil inclusif intervient une fois par mois.",
        "Les issues de secours étaient dégagées.",
        "L'accueil des familles est chaleureux et individualisé.",
        "Il est recommandé de sécuriser l'accès au local technique.",
    ],
}


def words(rng: random.Random, lang: str, topic: str = "care", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "care", lo: int = 2, hi: int = 4) -> str:
    """A paragraph: now and then one of the stock sentences, otherwise topic words."""
    stock = {"care": SAY, "inspect": FOUND, "admin": TERMS}.get(topic)
    odds = 0.3 if topic == "care" else 0.45
    out = []
    for _ in range(rng.randint(lo, hi)):
        if stock is not None and rng.random() < odds:
            out.append(rng.choice(stock[lang]))
        else:
            out.append(words(rng, lang, topic))
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: letterhead, later pages, footer, page numbers
# ---------------------------------------------------------------------------------------------


@dataclass
class Paper:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str
    look: str  # blocks | ribbon | crest | flush | centre | bar | plain
    font: str
    bold: str
    size: float
    margin: float
    again: bool  # letterhead repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    tag: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
PUBLIC = ("authority", "regulator", "records")
#: Roles the nursery has one of: its landlord and its cleaning contractor.
ONE_PER_NURSERY = ("landlord", "cleaning")


def house(key: str) -> random.Random:
    """Draws fixed by the stream's nursery and ``key``: the nursery's own habits."""
    return random.Random(zlib.crc32(f"sack/house/{key}/{NURSERY['seed']}".encode()))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"sack/{key}/{who.name}/{who.street}/{who.city}/{NURSERY['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def web(name: str, lang: str) -> str:
    stem = "".join(ch for ch in name.lower().split(" - ")[0] if ch.isalnum())[:18]
    return f"www.{stem}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[lang] }"


def footer_lines(r: random.Random, role: str, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if role in PUBLIC:
        return []
    if lang == "de":
        if role == "nursery":
            head = (
                "Träger: "
                + (name.split(" - ")[-1] if " e.V." in name else f"Kinderwelt {place} gGmbH")
                + f" - Amtsgericht {place} VR {r.randint(1000, 9999)}"
            )
        else:
            head = f"{name} - Sitz {place} - HRB {r.randint(10000, 99999)}"
        return [
            head,
            f"{r.choice(['Sparkasse ' + place, 'Volksbank ' + place, 'GLS Bank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            + (
                f"St.-Nr. {r.randint(100, 399)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}"
                if role == "nursery"
                else f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
            ),
        ]
    if lang == "fr":
        siret = f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} " + (
            f"{r.randint(10000, 99999)}"
        )
        if role == "nursery":
            return [
                f"{name} - Association loi 1901 - SIRET {siret} - APE 8891A",
                f"Établissement agréé par le Président du Conseil départemental - {place}",
            ]
        return [
            f"{name} - SAS au capital de {r.randint(10, 500)} 000 € - SIRET {siret} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(2000000, 14999999):08d}"]
    if role == "nursery":
        out.append(f"Ofsted URN EY{r.randint(100000, 599999)}")
    elif r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)]


TAGS = {
    "nursery": {
        "en": [
            "Day Nursery & Pre-School",
            "Caring for children from 3 months to 5 years",
            "Ofsted registered",
            "",
        ],
        "de": ["Kindertageseinrichtung", "Krippe - Kindergarten - Hort", ""],
        "fr": ["Établissement d'accueil du jeune enfant", "Multi-accueil 0-3 ans", ""],
    },
}


def make_paper(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Paper:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in PUBLIC else FACES[:2])
    default = ["crest"] if role in PUBLIC else ["blocks", "ribbon", "flush", "centre", "bar"]
    tags = TAGS.get(role, {}).get(lang, [""])
    return Paper(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        mail=r.choice(["office", "info", "accounts", "admin"]) + "@" + web(name, lang)[4:],
        look=r.choice(looks or default),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10.5]) if font != "Courier" else 9,
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=footer_lines(r, role, name, lang, town) if r.random() < 0.8 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        tag=r.choice(tags),
    )


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the nursery's, or for a toy supplier now and then a neighbour's."""
    if role == "toys":
        r = keyed(who, "abroad")
        if r.random() < 0.2:
            return r.choice([x for x in ("en", "de", "fr") if x != home()])
    return home()


def nursery_paper() -> Paper:
    """The nursery itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["nursery"][lang][int(NURSERY["idx"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"sack/nursery/{NURSERY['seed']}".encode()))
    return make_paper(row, lang, "nursery", r, ["blocks", "ribbon", "centre", "bar", "flush"])


def paper_of(who: Issuer, role: str, looks: list[str] | None = None) -> Paper:
    if role == "nursery":
        return nursery_paper()
    lang = lang_of(who, role)
    r = keyed(who, role)
    if role in ONE_PER_NURSERY:
        r = random.Random(zlib.crc32(f"sack/{role}/{NURSERY['seed']}".encode()))
    rows = SENDERS[role][lang]
    if lang == home() and role in ("authority", "regulator"):
        row = rows[int(NURSERY["idx"]) % len(rows)]  # type: ignore[call-overload]
    else:
        town = str(NURSERY["town"])
        city = town.split()[0] if lang == "en" else town.split(" ", 1)[-1]
        near = [x for x in rows if city in x[2] or city in x[0]]
        row = r.choice(near if near and r.random() < 0.7 else rows)
    return make_paper(row, lang, role, r, looks)


def style_of(pp: Paper, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    return Style(
        font=pp.font,
        bold=pp.bold,
        size=pt or pp.size,
        margin=margin or pp.margin,
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=pp.dates,
    )


def letter_size(pp: Paper, r: random.Random | None = None) -> tuple[float, float]:
    """A4, or for an English sender now and then US Letter (its software's default)."""
    rr = r or random.Random(zlib.crc32(f"sack/size/{pp.name}".encode()))
    return LETTER if pp.lang == "en" and rr.random() < 0.25 else A4


def day(pp: Paper, d: date) -> str:
    return date_text(d, pp.lang, pp.dates)


def ring(p: Page, cx: float, cy: float, rx: float, ry: float | None = None, n: int = 28) -> None:
    """An ellipse drawn as a polygon."""
    ry = rx if ry is None else ry
    pts = [
        (cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n))
        for k in range(n + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def emblem(p: Page, x: float, y: float, lang: str) -> None:
    """A public body's emblem: a shield for England and France, an eagle block for Germany."""
    if lang == "de":
        p.rect(x, y, 20, 24, fill=0.15)
        p.rect(x + 5, y + 5, 10, 14, fill=0.85)
        p.rect(x + 24, y, 3, 24, fill=0.5)
        return
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 14)
    p.line(x + 22, y, x + 22, y + 14)
    p.line(x, y + 14, x + 11, y + 26)
    p.line(x + 22, y + 14, x + 11, y + 26)
    p.rect(x + 6, y + 5, 10, 8, fill=0.3)


def letterhead(p: Page, s: Style, pp: Paper) -> float:
    """Print ``pp``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(pp.lang, 'Tel', 'Tel.', 'Tél.')} {pp.phone}" if pp.phone else ""
    where = f"{pp.street}, {pp.town}"
    contact = "  ".join(t for t in (tel, pp.mail) if t)
    if pp.look == "blocks":
        for k, (dx, dy, g) in enumerate(((0, 12, 0.25), (14, 12, 0.55), (7, 0, 0.4))):
            p.rect(m + dx, y - 12 + dy, 12, 12, fill=g if k != 1 else 0.7)
        pt = shrink(pp.name, pp.bold, s.size + 6, w - 2 * m - 36)
        p.text(m + 34, y + 2, pp.name, pp.bold, pt)
        if pp.tag:
            p.text(m + 34, y + 13, pp.tag, italic_face(pp.font), 7.5)
        yy = y + 26
        p.text(m, yy, fit(f"{where}  -  {contact}", s.font, 7, w - 2 * m), s.font, 7)
        return yy + 24
    if pp.look == "ribbon":
        p.rect(0, 0, w, y + 14, fill=0.86)
        pt = shrink(pp.name, pp.bold, s.size + 5, w - 2 * m)
        p.text(m, y + 2, pp.name, pp.bold, pt)
        p.text(w - m, y + 2, fit(pp.tag, s.font, 7.5, w / 3), s.font, 7.5, "right")
        p.text(m, y + 26, fit(f"{where}   {contact}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 48
    if pp.look == "crest":
        emblem(p, m, y - 10, pp.lang)
        parts = pp.name.split(" - ")
        p.text(m + 34, y, fit(parts[0], pp.bold, s.size + 2, w / 2), pp.bold, s.size + 2)
        if len(parts) > 1:
            p.text(m + 34, y + 12, fit(parts[1], s.font, 8, w / 2 - 20), s.font, 8)
        yy = y - 6
        for t in (pp.street, pp.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 3), s.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 26
    if pp.look == "flush":
        pt = shrink(pp.name, pp.bold, s.size + 3, w / 2)
        p.text(w - m, y, pp.name, pp.bold, pt, "right")
        yy = y + 11
        for t in (pp.street, pp.town, contact):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7.5, w / 2), s.font, 7.5, "right")
                yy += 9
        p.line(m, yy, w - m, yy)
        return yy + 22
    if pp.look == "centre":
        pt = shrink(pp.name, pp.bold, s.size + 7, w - 2 * m)
        p.text(w / 2, y + 4, pp.name, pp.bold, pt, "center")
        if pp.tag:
            p.text(w / 2, y + 16, pp.tag, italic_face(pp.font), 8, "center")
        p.line(m, y + 22, w - m, y + 22)
        p.line(m, y + 24.5, w - m, y + 24.5)
        p.text(
            w / 2, y + 34, fit(f"{where} - {contact}", s.font, 7, w - 2 * m), s.font, 7, "center"
        )
        return y + 56
    if pp.look == "bar":
        p.rect(m - 14, y - 14, 6, 46, fill=0.2)
        pt = shrink(pp.name, pp.bold, s.size + 4, w - 2 * m)
        p.text(m, y, pp.name, pp.bold, pt)
        p.text(m, y + 12, fit(where, s.font, 7.5, w - 2 * m), s.font, 7.5)
        p.text(m, y + 21, fit(contact, s.font, 7.5, w - 2 * m), s.font, 7.5)
        return y + 46
    p.text(m, y, fit(pp.name.upper(), pp.bold, s.size + 1, w - 2 * m), pp.bold, s.size + 1)
    p.text(m, y + 11, fit(f"{where} {tel}", s.font, 7.5, w - 2 * m), s.font, 7.5)
    return y + 34


def italic_face(font: str) -> str:
    return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(
        font, "Courier-Oblique"
    )


class Sheet(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.55


def sheet(s: Style, pp: Paper, running: str = "", headed: bool = True) -> Sheet:
    """Pages of ``s``: ``pp``'s letterhead on the first (unless not ``headed``); on later
    pages the letterhead again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return letterhead(p, s, pp) if headed else s.margin
        if pp.again and headed:
            return letterhead(p, s, pp)
        return running_header(p, s, running) if running else s.margin

    w, h = s.page_size
    return Sheet((w, h), h - s.margin - 7 * len(pp.foot) - 8, start)


def close(
    pages: list[Page], s: Style, pp: Paper, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    return foot_and_number(
        pages, s, pp.foot, pp.numbers if numbers is None else numbers, pp.corner, covers
    )


def autograph(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A signature over the baseline ``y``: the initial and surname, then a flourish."""
    parts = name.split()
    t = f"{parts[0][0]}{parts[-1][:7].lower()}" if len(parts[-1]) > 4 else name
    p.text(x + 2, y - 3, t, INK, pt)
    end = x + 6 + len(t) * pt * 0.42
    p.line(x, y + 1, end, y - 2)
    p.line(end, y - 2, end - 10, y + 3)


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5) -> None:
    p.text(x, y, text, HAND, pt)


def got(
    rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4, low: bool = False
) -> None:
    """Now and then the nursery's received stamp, near the top or (``low``) the foot."""
    if rng.random() < odds:
        w, h = p.size
        stamp(
            p,
            w - rng.uniform(160, 220),
            h - rng.uniform(130, 200) if low else rng.uniform(80, 150),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Nursery office", "Kita-Büro", "Direction"),
            ],
        )


def to_whom(
    f: Sheet, s: Style, pp: Paper, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The recipient in the window, references and date on the right."""
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, pp if pp.look in ("flush", "bar", "plain") else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(pp.lang, "Date", "Datum", "Date"), day(pp, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def nursery_lines(lang: str, att: str = "") -> list[str]:
    pp = nursery_paper()
    return [pp.name, *([att] if att else []), pp.street, pp.town]


def manager() -> Worker:
    return staff()[0]


def regards(f: Sheet, s: Style, lang: str, name: str, role: str) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely,", "Kind regards,", "With best wishes,"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    autograph(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def lined(
    p: Page,
    x: float,
    y: float,
    w: float,
    n: int,
    texts: list[str],
    gap: float = 16,
    pt: float = 9.5,
) -> float:
    """``n`` ruled lines, the first ones written on by hand with ``texts``; the y below."""
    for k in range(n):
        if k < len(texts):
            p.text(x + 3, y, fit(texts[k], HAND, pt, w - 6), HAND, pt)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


def hand_lines(rng: random.Random, text: str, w: float, pt: float = 9.5) -> list[str]:
    return wrap(text, HAND, pt, w - 8)


def grid(
    p: Page,
    x: float,
    y: float,
    widths: list[float],
    rows: int,
    rh: float,
    head: list[str],
    font: str,
    bold: str,
    pt: float = 7.5,
) -> list[float]:
    """An empty ruled grid with a head row; returns the baselines of the body rows."""
    total = sum(widths)
    hh = rh + 4
    p.rect(x, y, total, hh, fill=0.88)
    xx = x
    for wd, t in zip(widths, head, strict=True):
        lines = wrap(t, bold, pt, wd - 4)[:2]
        for k, ln in enumerate(lines):
            p.text(xx + 2, y + 9 + k * (pt + 1), ln, bold, pt)
        xx += wd
    p.rect(x, y, total, hh + rows * rh)
    xx = x
    for wd in widths[:-1]:
        xx += wd
        p.line(xx, y, xx, y + hh + rows * rh)
    base = []
    for k in range(rows):
        yy = y + hh + k * rh
        p.line(x, yy, x + total, yy)
        base.append(yy + rh - 4)
    return base


def clock(rng: random.Random, lo: int = 7, hi: int = 18) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randrange(0, 60, 5):02d}"


def initials(p: Person) -> str:
    return f"{p.first[0]}{p.last[0]}"


# ---------------------------------------------------------------------------------------------
# Templates QQ: the nursery and its parents
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "en": [
        "Definitions",
        "Commencement and settling-in",
        "Sessions and opening hours",
        "Fees and payment",
        "Government funded hours",
        "Deposit",
        "Absence and holidays",
        "Closure days",
        "Illness and exclusion",
        "Meals, snacks and dietary requirements",
        "Collection of children",
        "Late collection",
        "Behaviour",
        "Safeguarding",
        "Data protection",
        "Changes to sessions",
        "Notice and termination",
        "Complaints",
    ],
    "de": [
        "Vertragsgegenstand",
        "Aufnahme und Eingewöhnung",
        "Betreuungszeiten und Öffnungszeiten",
        "Elternbeitrag",
        "Verpflegung und Essensgeld",
        "Schließzeiten",
        "Erkrankungen des Kindes",
        "Aufsichtspflicht",
        "Bring- und Abholberechtigung",
        "Unfallversicherung",
        "Datenschutz und Fotoaufnahmen",
        "Mitwirkung der Eltern",
        "Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Période d'adaptation",
        "Horaires et jours d'accueil",
        "Participation financière des familles",
        "Mensualisation",
        "Heures complémentaires",
        "Déductions autorisées",
        "Fermetures de l'établissement",
        "Santé de l'enfant",
        "Personnes autorisées à reprendre l'enfant",
        "Assurances",
        "Droit à l'image",
        "Résiliation du contrat",
        "Règlement de fonctionnement",
    ],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr"],
    "fr": ["Lun", "Mar", "Mer", "Jeu", "Ven"],
}


def hourly_rate(lang: str, rng: random.Random) -> float:
    if lang == "en":
        return round(rng.uniform(6.8, 9.9), 2)
    if lang == "fr":
        return round(rng.uniform(0.55, 3.4), 2)
    return round(rng.uniform(1.2, 3.6), 2)


def pattern(rng: random.Random, lang: str) -> tuple[list[tuple[str, str, str]], float]:
    """The booked days: (day, from, to) and the weekly hours."""
    days = sorted(rng.sample(range(5), rng.randint(2, 5)))
    out = []
    hours = 0.0
    start = rng.choice([7.5, 8.0, 8.0, 8.5, 9.0])
    end = start + rng.choice([4.5, 8.0, 9.0, 9.5, 10.0])
    for d in days:
        out.append((DAYS[lang][d], hm(start), hm(end)))
        hours += end - start
    return out, hours


def hm(v: float) -> str:
    return f"{int(v):02d}:{round((v % 1) * 60):02d}"


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's childcare contract with a child's parents: parties, booked days, fees,
    numbered terms over one to three pages, both signatures, and now and then a fee schedule
    or house rules annex (both belong to the contract)."""
    pp = nursery_paper()
    lg = pp.lang
    s = style_of(pp, letter_size(pp))
    w, _h = s.page_size
    m = s.margin
    c = the_child(rng, ("registration_form",))
    d = on(rng, -60, 10)
    startd = d + timedelta(days=rng.randint(10, 60))
    title = tr(lg, "Childcare Agreement", "Betreuungsvertrag", "Contrat d'accueil")
    if lg == "en" and rng.random() < 0.4:
        title = "Parent Contract - Terms and Conditions"
    f = sheet(s, pp, f"{title} - {kid(c)}")
    pt = shrink(title, s.bold, s.size + 7, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 12
    if lg == "de":
        f.page.text(
            w / 2,
            f.y,
            "über die Betreuung eines Kindes in einer Kindertageseinrichtung",
            s.font,
            s.size - 1,
            "center",
        )
    elif lg == "fr":
        f.page.text(
            w / 2,
            f.y,
            "Accueil régulier - établissement d'accueil du jeune enfant",
            s.font,
            s.size - 1,
            "center",
        )
    f.y += 22
    write(f, s, tr(lg, "This agreement is made between:", "Zwischen", "Entre :"))
    write(f, s, f"{pp.name}, {pp.street}, {pp.town}", indent=16)
    write(
        f,
        s,
        tr(
            lg,
            '("the Nursery") and',
            "(im Folgenden Einrichtung) und",
            "(ci-après l'établissement) et",
        ),
    )
    parents = [c.mum] + ([c.dad] if c.dad is not None else [])
    write(f, s, ", ".join(p.name for p in parents) + f", {c.street}, {c.town}", indent=16)
    write(
        f,
        s,
        tr(
            lg,
            '("the Parents") in respect of the child:',
            "(Personensorgeberechtigte) für das Kind:",
            "(ci-après les représentants légaux) pour l'enfant :",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(
                    lg, "Child's full name", "Name, Vorname des Kindes", "Nom et prénom de l'enfant"
                ),
                f"{c.last}, {c.first}" if lg == "de" else kid(c),
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(c.born, lg)),
            (tr(lg, "Start date", "Aufnahme zum", "Date d'entrée"), short(startd, lg)),
            (tr(lg, "Room", "Gruppe", "Section"), c.room),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    booked, hours = pattern(rng, lg)
    caption(
        f, s, tr(lg, "Booked sessions", "Gebuchte Betreuungszeit", "Jours et horaires réservés"), 1
    )
    cols = columns(m, m + 300, [(1, "left"), (1, "center"), (1, "center")])
    table(
        f,
        cols,
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "From", "von", "Arrivée"),
            tr(lg, "To", "bis", "Départ"),
        ],
        [list(b) for b in booked],
        s,
        rules=True,
    )
    rate = hourly_rate(lg, rng)
    monthly = hours * rate * 52 / 12
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            f"Weekly hours: {hours:g}. Hourly rate: {cash(rate, lg)}. Monthly fee (before funded "
            f"hours): {cash(monthly, lg)}, payable in advance by Direct Debit on the 1st of each "
            "month over 12 equal instalments.",
            f"Wöchentliche Betreuungszeit: {hours:g} Stunden. Der Elternbeitrag richtet sich nach "
            f"der Beitragssatzung und beträgt derzeit {cash(monthly, lg)} monatlich zuzüglich "
            "Essensgeld. Er wird zum 5. des Monats per SEPA-Lastschrift eingezogen.",
            f"Volume horaire hebdomadaire : {hours:g} h. Tarif horaire selon le barème CNAF : "
            f"{cash(rate, lg)}. Mensualité : {cash(monthly * 0.9, lg)} sur {rng.choice([11, 12])} "
            "mois, prélevée le 10 de chaque mois.",
        ),
    )
    for k, head in enumerate(rng.sample(CLAUSES[lg], k=rng.randint(6, len(CLAUSES[lg])))):
        f.heading(m, f"{k + 1}. {head}", s.bold, s.size)
        for j in range(rng.choice([1, 1, 2])):
            label = f"{k + 1}.{j + 1}  " if rng.random() < 0.5 else ""
            f.para(m, w - 2 * m, label + prose(rng, lg, "admin", 2, 4), s.font, s.size - 0.5)
    f.need(130)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Signed on behalf of the Nursery and by the Parents:",
            "Ort, Datum und Unterschriften:",
            f"Fait en deux exemplaires, à {pp.town.split(' ', 1)[-1]}, le {day(pp, d)}.",
        ),
    )
    f.y += 26
    y = f.y
    for k, (label, name) in enumerate(
        [
            (tr(lg, "Nursery Manager", "Für die Einrichtung", "La directrice"), manager().who.name),
            (tr(lg, "Parent / carer", "Personensorgeberechtigte/r", "Le(s) parent(s)"), c.mum.name),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        if rng.random() < 0.9:
            autograph(f.page, x + 6, y, name)
        f.page.line(x, y + 4, x + (w - 2 * m) / 2 - 24, y + 4)
        f.page.text(x, y + 14, f"{label}: {name}", s.font, 7.5)
        if lg != "fr":
            f.page.text(x, y + 24, f"{tr(lg, 'Date', 'Datum')}: ", s.font, 7.5)
            hand(f.page, x + 30, y + 24, short(d + timedelta(days=k * rng.randint(0, 6)), lg), 8)
    f.y = y + 40
    pages = f.pages
    annex = rng.random()
    if annex < 0.35:
        pages.append(fee_schedule(rng, s, pp))
    elif annex < 0.55:
        pages.append(house_rules(rng, s, pp))
    noted(c, None, d)
    return close(pages, s, pp)


def fee_schedule(rng: random.Random, s: Style, pp: Paper) -> Page:
    """An annex with the fee table: by age and hours, or the French effort rate scale."""
    lg = pp.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = m
    t = tr(
        lg,
        f"Schedule 1 - Fees from 1 {month_name(month(), lg).split()[0]}",
        "Anlage 1 - Beitragstabelle nach der Elternbeitragssatzung",
        "Annexe 1 - Barème national des participations familiales (taux d'effort)",
    )
    p.text(m, y, fit(t, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
    y += 26
    if lg == "fr":
        head = ["Nombre d'enfants", "Taux horaire", "Plancher", "Plafond"]
        rows = [
            [
                f"{k} enfant{'s' if k > 1 else ''}",
                f"{0.0619 - 0.0103 * (k - 1):.4f} %",
                cash(801.0 * (1 + 0.0 * k), lg),
                cash(6000.0, lg),
            ]
            for k in range(1, 6)
        ]
    elif lg == "de":
        head = ["Jahreseinkommen", "bis 25 Std.", "bis 35 Std.", "bis 45 Std."]
        rows = []
        for k, lim in enumerate([25000, 37000, 49000, 61000, 73000, 85000, 100000]):
            rows.append(
                [
                    f"bis {lim:,} €".replace(",", "."),
                    *[cash(0 if k == 0 else 38.0 * k * f, lg) for f in (1.0, 1.35, 1.7)],
                ]
            )
    else:
        head = ["Age group", "Full day", "Morning", "Afternoon", "Hourly"]
        rows = [
            [a, cash(v, lg), cash(v * 0.6, lg), cash(v * 0.5, lg), cash(v / 10, lg)]
            for a, v in [
                ("0-2 years", rng.uniform(68, 92)),
                ("2-3 years", rng.uniform(62, 85)),
                ("3-5 years", rng.uniform(58, 78)),
            ]
        ]
    widths = [(w - 2 * m) / len(head)] * len(head)
    base = grid(p, m, y, widths, len(rows), 18, head, s.font, s.bold, 8)
    for yy, row in zip(base, rows, strict=True):
        x = m
        for wd, v in zip(widths, row, strict=True):
            p.text(x + 4, yy, v, s.font, 8)
            x += wd
    y = base[-1] + 28
    for _ in range(rng.randint(2, 4)):
        y = text_wrap(p, s, m, y, w - 2 * m, prose(rng, lg, "admin", 1, 3), s.size - 1)
    return p


def text_wrap(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.6


def house_rules(rng: random.Random, s: Style, pp: Paper) -> Page:
    lg = pp.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = m
    t = tr(
        lg,
        "Our nursery day - what parents need to know",
        "Anlage 2 - Hausordnung",
        "Extrait du règlement de fonctionnement",
    )
    p.text(w / 2, y, fit(t, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2, "center")
    y += 28
    for k in range(rng.randint(7, 11)):
        lines = wrap(
            prose(rng, lg, rng.choice(["care", "admin"]), 1, 2), s.font, s.size - 1, w - 2 * m - 18
        )
        p.text(m, y, f"{k + 1}." if lg != "en" else "-", s.bold, s.size - 1)
        for ln in lines:
            p.text(m + 18, y, ln, s.font, s.size - 1)
            y += (s.size - 1) * 1.4
        y += 5
    return p


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's monthly fee invoice to a child's parents: sessions, funded hours
    deducted, meals and extras, total and how to pay; now and then the statement of account
    on a second page (it belongs to the invoice)."""
    pp = nursery_paper()
    lg = pp.lang
    s = style_of(pp, letter_size(pp))
    w, _h = s.page_size
    m = s.margin
    c = the_child(rng, ("parent_letter", "contract"))
    final = LAST["kind"] == "parent_letter" and LAST["child"] is c
    d = month() + timedelta(days=house("feeday").randint(-3, 2))
    if final:
        d = on(rng, 20, 50)
    no = serial(rng, house("feemask").choice(["INV-99999", "2025-9999", "F999999"]))
    f = sheet(s, pp, pp.name)
    to_whom(
        f,
        s,
        pp,
        parents_lines(c, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kind-Nr.", "Dossier"), f"{c.last[:3].upper()}{c.ref}"),
        ],
    )
    period = month_name(d, lg)
    t = tr(
        lg,
        f"Invoice - {period}",
        f"Rechnung Elternbeitrag und Verpflegung {period}",
        f"Facture du mois de {period}",
    )
    if final:
        t = tr(
            lg,
            f"Final invoice - {period}",
            f"Schlussrechnung {period}",
            f"Facture de solde - {period}",
        )
    caption(f, s, t, 2)
    f.page.text(
        m, f.y, f"{tr(lg, 'Child', 'Kind', 'Enfant')}: {kid(c)}  ({c.room})", s.font, s.size
    )
    f.y += 20
    booked, hours = pattern(rng, lg)
    rate = hourly_rate(lg, rng)
    weeks = 52 / 12
    rows: list[list[str]] = []
    total = 0.0

    def add(label: str, qty: str, unit: float | None, amount: float) -> None:
        nonlocal total
        total += amount
        rows.append([label, qty, cash(unit, lg) if unit is not None else "", cash(amount, lg)])

    if lg == "en":
        add(
            f"Sessions {' '.join(b[0] for b in booked)} ({hours:g} hrs/week)",
            f"{hours * weeks:.1f} h",
            rate,
            hours * weeks * rate,
        )
        if rng.random() < 0.7:
            fh = rng.choice([15, 15, 30])
            add(
                f"Less: funded hours ({fh} hrs x 38 weeks, stretched)",
                f"{fh * 38 / 12:.1f} h",
                rate,
                -fh * 38 / 12 * rate,
            )
            add(
                "Consumables & meals (funded hours)",
                f"{fh * 38 / 12:.1f} h",
                1.5,
                fh * 38 / 12 * 1.5,
            )
        if rng.random() < 0.4:
            add("Nappies & wipes", "1", 15.0, 15.0)
        if rng.random() < 0.3:
            add(f"Late collection {short(on(rng), lg)}", "1", 15.0, 15.0)
        if rng.random() < 0.3:
            add("Additional session", "1", 72.5, 72.5)
    elif lg == "de":
        base = hours * rate * weeks
        add(f"Elternbeitrag ({hours:g} Std./Woche)", "1", None, base)
        if rng.random() < 0.5:
            add("Geschwisterermäßigung 50 %", "", None, -base / 2)
        add(
            "Verpflegungsgeld (Mittagessen)",
            f"{rng.randint(15, 21)} Tage",
            3.6,
            3.6 * rng.randint(15, 21),
        )
        if rng.random() < 0.3:
            add("Ausflug Tierpark (Eintritt)", "1", 4.0, 4.0)
    else:
        hh = round(hours * weeks, 1)
        add("Heures contractualisées (mensualisation)", f"{hh} h", rate, hh * rate)
        if rng.random() < 0.5:
            hc = rng.choice([0.5, 1.0, 1.5, 2.5])
            add("Heures complémentaires", f"{hc} h", rate, hc * rate)
        if rng.random() < 0.4:
            dd = rng.choice([8, 10, 20])
            add("Déduction éviction / hospitalisation", f"{dd} h", rate, -dd * rate)
    cols = columns(m, w - m, [(5, "left"), (1.2, "right"), (1.2, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    f.y += 4
    f.page.line(w / 2, f.y - 8, w - m, f.y - 8)
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 4,
            [
                (tr(lg, "Total due", "Rechnungsbetrag", "Total à payer"), cash(total, lg)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Fees are payable in advance. "
            + rng.choice(
                [
                    "Payment will be collected by Direct Debit on or after the 1st.",
                    f"Please pay by bank transfer quoting reference {c.last.upper()}{c.ref}.",
                    "If you pay using Tax-Free Childcare or childcare vouchers, please ensure "
                    "payment reaches us by the 5th.",
                ]
            ),
            "Der Betrag wird zum 5. des Monats von Ihrem Konto eingezogen (SEPA-Mandat "
            f"{serial(rng, 'KITA-9999')}). Elternbeiträge sind nach § 10 Abs. 1 Nr. 5 EStG als "
            "Kinderbetreuungskosten absetzbar.",
            "Montant prélevé le 10 du mois. Les factures acquittées peuvent être utilisées pour le "
            "crédit d'impôt frais de garde. Paiement accepté : prélèvement, CESU, chèque.",
        ),
        pt=s.size - 1,
    )
    f.need(110)
    f.y += 14
    bw = w - 2 * m
    f.page.rect(m, f.y - 10, bw, 62)
    f.page.text(m + 8, f.y + 2, tr(lg, "How to pay", "Bankverbindung", "Règlement"), s.bold, 8.5)
    bank = tr(
        lg,
        f"Account name: {pp.name}|Sort code: {serial(keyed(who, 'bank'), '99-99-99')}   "
        f"Account no: {serial(keyed(who, 'bank'), '99999999')}|Reference: "
        f"{c.last.upper()}{c.ref}",
        f"Empfänger: {pp.name}|IBAN: DE{serial(keyed(who, 'bank'), '99 9999 9999 9999 9999 99')}"
        f"|Verwendungszweck: {c.last}, {c.first} / {month_name(d, lg)}",
        f"Titulaire : {pp.name}|IBAN : FR76 {serial(keyed(who, 'bank'), '9999 9999 9999 9999')}"
        f"|Référence : {c.last.upper()} {c.first}",
    ).split("|")
    for k, t in enumerate(bank):
        f.page.text(m + 8, f.y + 14 + k * 11, fit(t, s.font, 8, bw - 16), s.font, 8)
    f.y += 66
    if rng.random() < 0.5:
        write(f, s, rng.choice(SAY[lg]), pt=s.size - 1)
    pages = list(f.pages)
    if rng.random() < 0.25:
        pages.append(account_page(rng, s, pp, c, d, total))
    noted(c, None, d)
    return close(pages, s, pp)


def account_page(rng: random.Random, s: Style, pp: Paper, c: Child, d: date, last: float) -> Page:
    lg = pp.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = m
    p.text(
        m,
        y,
        tr(lg, "Statement of account", "Kontoauszug Beitragskonto", "Relevé de compte famille"),
        s.bold,
        s.size + 3,
    )
    p.text(w - m, y, f"{kid(c)}  #{c.ref}", s.font, s.size, "right")
    y += 30
    widths = [(w - 2 * m) * k for k in (0.18, 0.42, 0.13, 0.13, 0.14)]
    n = 2 * rng.randint(2, 5) + 1
    base = grid(
        p,
        m,
        y,
        widths,
        n,
        16,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Buchung", "Libellé"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        s.font,
        s.bold,
    )
    bal = 0.0
    dd = d - timedelta(days=15 * (n - 1))
    amt = last
    for k, yy in enumerate(base):
        inv = k % 2 == 0
        if inv:
            amt = last * rng.uniform(0.9, 1.1) if k < n - 1 else last
        bal += amt if inv else -amt
        row = [
            short(dd, lg),
            tr(lg, "Invoice ", "Rechnung ", "Facture ") + serial(rng, "9999")
            if inv
            else tr(
                lg,
                "Payment received - thank you",
                "Zahlungseingang Lastschrift",
                "Prélèvement reçu",
            ),
            money(amt, lg) if inv else "",
            "" if inv else money(amt, lg),
            money(bal, lg),
        ]
        x = m
        for wd, v in zip(widths, row, strict=True):
            p.text(x + 3, yy, fit(v, s.font, 7.5, wd - 5), s.font, 7.5)
            x += wd
        dd += timedelta(days=15)
    return p


def tpl_funding_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The local authority's or family fund's funding statement: now and then a covering
    letter, then the statement with the children and funded hours over one to three pages
    (an early education funding remittance, a German Zuschussbescheid with its appeal notice,
    a CAF PSU payment notification); all of it one document."""
    pp = paper_of(who, "authority")
    lg = pp.lang
    s = style_of(pp, A4)
    w, _h = s.page_size
    m = s.margin
    d = on(rng, -20, 10)
    ref = serial(rng, keyed(who, "mask").choice(["EYF/99999", "51.2-999/AA", "PSU-9999999"]))
    term = tr(
        lg,
        rng.choice(["Spring Term", "Summer Term", "Autumn Term"]) + f" {d.year}",
        f"Kindergartenjahr {d.year}/{d.year + 1 - 2000:02d}",
        f"exercice {d.year}",
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        cf = sheet(s, pp)
        to_whom(
            cf,
            s,
            pp,
            nursery_lines(
                lg, tr(lg, "FAO The Manager", "z. Hd. der Leitung", "À l'attention de la direction")
            ),
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Référence"), ref)],
        )
        caption(
            cf,
            s,
            tr(
                lg,
                f"Early Education Funding - {term}",
                "Übersendung des Zuwendungsbescheides",
                "Notification de la prestation de service unique",
            ),
            1,
        )
        write(cf, s, dear(lg, manager().who.name if rng.random() < 0.5 else None))
        for _ in range(rng.randint(2, 3)):
            write(cf, s, prose(rng, lg, "admin"))
        regards(
            cf,
            s,
            lg,
            f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
            tr(
                lg,
                "Early Years Funding Officer",
                "Sachbearbeitung",
                "Conseillère technique petite enfance",
            ),
        )
        pages += cf.pages
    f = sheet(s, pp, f"{pp.name.split(' - ')[0]} - {ref}")
    if not pages:
        to_whom(
            f,
            s,
            pp,
            nursery_lines(lg),
            d,
            [(tr(lg, "Provider ref", "Aktenzeichen", "N° allocataire"), ref)],
        )
    t = tr(
        lg,
        "Provider Payment Statement - Early Education and Childcare",
        "Bescheid über die Gewährung eines Betriebskostenzuschusses",
        "Notification de paiement - Prestation de service unique (PSU)",
    )
    caption(f, s, t, 1.5, rule=True)
    f.page.text(
        m,
        f.y,
        f"{term}  -  {tr(lg, 'Payment date', 'Datum', 'Date de valeur')}: {day(pp, d)}",
        s.font,
        s.size,
    )
    f.y += 20
    kids = rng.sample(children(), k=min(len(children()), rng.randint(8, 34)))
    total = 0.0
    if lg == "en":
        rate = round(rng.uniform(5.2, 11.5), 2)
        rows = []
        for c in kids:
            kind = rng.choice(["U15", "U15", "EXT", "2YO", "WP", "U15+EYPP"])
            hrs = 15 if kind in ("U15", "2YO", "WP") else 30
            amt = hrs * rng.choice([11, 12, 13]) * rate
            total += amt
            rows.append(
                [
                    f"{c.last}, {c.first}",
                    short(c.born, lg),
                    kind,
                    f"{hrs}",
                    money(rate, lg),
                    money(amt, lg),
                ]
            )
        head = ["Child", "DOB", "Type", "Hrs/wk", "Rate", "Amount"]
        spec = [
            (3, "left"),
            (1.4, "left"),
            (1.2, "left"),
            (0.8, "right"),
            (0.9, "right"),
            (1.2, "right"),
        ]
    elif lg == "de":
        rows = []
        for grp, n in [
            ("Gruppenform I (2 J. bis Schuleintritt), 35 Std.", rng.randint(5, 15)),
            ("Gruppenform II (unter 3 J.), 45 Std.", rng.randint(4, 10)),
            ("Gruppenform III (3 J. bis Schuleintritt), 45 Std.", rng.randint(8, 25)),
            ("Zuschlag Kinder mit Behinderung", rng.randint(0, 3)),
            ("Zuschuss Sprach-Kita", 1),
            ("Mietzuschuss", 1),
        ]:
            each = (
                round(rng.uniform(2500, 19000), 2) if n > 1 else round(rng.uniform(3000, 25000), 2)
            )
            amt = each * n
            total += amt
            rows.append([grp, str(n), money(each, lg), money(amt, lg)])
        head = ["Pauschale", "Anzahl", "je Kind/Jahr", "Betrag"]
        spec = [(5, "left"), (1, "right"), (1.5, "right"), (1.6, "right")]
    else:
        rows = []
        for k in range(rng.randint(6, 12)):
            mo = date(d.year, k + 1, 1)
            hf = rng.randint(2800, 7200)
            hr = int(hf * rng.uniform(0.86, 0.98))
            amt = hf * rng.uniform(4.8, 5.9)
            total += amt
            rows.append(
                [month_name(mo, lg), f"{hf}", f"{hr}", f"{hr / hf * 100:.1f} %", money(amt, lg)]
            )
        head = [
            "Mois",
            "Heures facturées",
            "Heures réalisées",
            "Taux de facturation",
            "Montant PSU",
        ]
        spec = [(1.6, "left"), (1.3, "right"), (1.3, "right"), (1.3, "right"), (1.4, "right")]
    table(f, columns(m, w - m, spec), head, rows, s, size=s.size - 1.5, rules=True, shade=0.9)
    f.y += 6
    f.need(60)
    summary = [(tr(lg, "Total for the term", "Gesamtzuschuss", "Droit PSU"), cash(total, lg))]
    if lg != "de":
        paid = total * rng.uniform(0.5, 0.8)
        summary += [
            (tr(lg, "Less: interim payment made", "", "Acomptes versés"), "-" + cash(paid, lg)),
            (tr(lg, "Balance payable", "", "Solde à régulariser"), cash(total - paid, lg)),
        ]
    f.y = pairs(f.page, s, w / 2 - 40, f.y, summary, w - m, s.size) + 12
    if lg == "de":
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
            "beim Verwaltungsgericht erhoben werden. " + prose(rng, lg, "admin", 1, 2),
            pt=s.size - 1,
        )
        f.heading(m, "Nebenbestimmungen", s.bold, s.size)
        for k in range(rng.randint(3, 6)):
            write(f, s, f"{k + 1}. " + prose(rng, lg, "admin", 1, 2), pt=s.size - 1)
    else:
        write(f, s, prose(rng, lg, "admin", 1, 3), pt=s.size - 1)
    if rng.random() < 0.5:
        got(rng, pages[0] if pages else f.pages[0], home(), d, 0.7)
    covers = 0
    noted(None, None, d)
    return close(pages + f.pages, s, pp, covers=covers)


def tpl_registration_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's child registration form filled in by hand: child, parents, days wanted
    and dietary ticks on the first page; health, emergency contacts, collection and the
    declaration on the second (and now and then a third page of consents); one document."""
    pp = nursery_paper()
    lg = pp.lang
    s = style_of(pp, A4, margin=40, pt=9)
    w, _h = A4
    m = s.margin
    c = rng.choice(children())
    d = on(rng, -120, -20)
    p = Page(A4)
    y = letterhead(p, s, pp)
    t = tr(lg, "CHILD REGISTRATION FORM", "ANMELDEBOGEN / AUFNAHMEBOGEN", "FICHE D'INSCRIPTION")
    p.text(m, y, t, s.bold, 13)
    p.text(
        w - m, y, tr(lg, "Office use: ref ", "Eingang: ", "Réservé: ") + c.ref, s.font, 7, "right"
    )
    y += 16
    y = band(p, s, y, tr(lg, "1. Child's details", "1. Angaben zum Kind", "1. L'enfant")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Familienname", "Nom"), c.last),
            (tr(lg, "First name(s)", "Vorname(n)", "Prénom(s)"), c.first),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(c.born, lg)),
            (
                tr(lg, "Gender", "Geschlecht", "Sexe"),
                tr(lg, "F" if c.girl else "M", "w" if c.girl else "m", "F" if c.girl else "M"),
            ),
            (tr(lg, "Home address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
            (
                tr(lg, "Language(s) spoken at home", "Familiensprache(n)", "Langue(s) parlée(s)"),
                rng.choice(
                    [
                        tr(lg, "English", "Deutsch", "Français"),
                        tr(lg, "English, Urdu", "Deutsch, Türkisch", "Français, arabe"),
                        tr(lg, "English, Polish", "Deutsch, Russisch", "Français, portugais"),
                    ]
                ),
            ),
            (
                tr(lg, "Ethnicity / religion", "Religion", "Frères et soeurs"),
                rng.choice(
                    tr(
                        lg,
                        "White British|Pakistani|Mixed|Black African|-|Polish",
                        "rk|ev|islam.|-|keine|-",
                        "1 soeur|1 frère|-|non|2 frères",
                    ).split("|")
                ),
            ),
            (
                tr(
                    lg,
                    "Siblings at the nursery",
                    "Geschwisterkinder in der Kita",
                    "Fratrie déjà accueillie",
                ),
                rng.choice(["", "-", tr(lg, "No", "nein", "non"), rng.choice(KIDS[lg])[0]]),
            ),
        ],
        per=2,
        tall=30,
    )
    for k, par in enumerate([c.mum, c.dad]):
        y = (
            band(
                p,
                s,
                y,
                tr(
                    lg,
                    f"{k + 2}. Parent / carer {k + 1}",
                    f"{k + 2}. Personensorgeberechtigte/r {k + 1}",
                    f"{k + 2}. Responsable légal {k + 1}",
                ),
            )
            + 4
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), par.name if par else ""),
                (
                    tr(lg, "Relationship", "Verhältnis", "Lien"),
                    (
                        tr(lg, "Mother", "Mutter", "Mère")
                        if k == 0
                        else tr(lg, "Father", "Vater", "Père")
                    )
                    if par
                    else "",
                ),
                (
                    tr(lg, "Mobile", "Mobil", "Portable"),
                    serial(
                        rng,
                        {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg],
                    )
                    if par
                    else "",
                ),
                (
                    tr(
                        lg,
                        "Employer / work phone",
                        "Arbeitgeber / Tel. dienstlich",
                        "Employeur / tél. pro",
                    ),
                    words(rng, lg, "admin", 2)[:-1] if par and rng.random() < 0.7 else "",
                ),
                (
                    tr(lg, "Email", "E-Mail", "Courriel"),
                    f"{par.first.lower()}.{par.last.lower()}"
                    f"@{rng.choice(['gmail.com', 'outlook.com', 'web.de', 'orange.fr'])}"
                    if par
                    else "",
                ),
                (
                    tr(lg, "Parental responsibility", "Sorgerecht", "Autorité parentale"),
                    yes_no(lg)[0] if par else "",
                ),
            ],
            per=2,
            tall=27,
        )
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "4. Sessions required", "4. Gewünschte Betreuungszeit", "4. Accueil souhaité"),
        )
        + 12
    )
    p.text(
        m,
        y,
        tr(lg, "Start date wanted:", "Aufnahme gewünscht ab:", "Date d'entrée souhaitée :"),
        s.font,
        8,
    )
    hand(p, m + 110, y, short(d + timedelta(days=rng.randint(40, 200)), lg))
    y += 14
    slots = [f"{dd} {tr(lg, 'AM', 'vorm.', 'matin')}" for dd in DAYS[lg]] + [
        f"{dd} {tr(lg, 'PM', 'nachm.', 'a-m')}" for dd in DAYS[lg]
    ]
    y = ticks(p, s, m, y, w - 2 * m, slots, set(rng.sample(range(10), rng.randint(3, 10))))
    y = band(p, s, y + 4, tr(lg, "5. Diet", "5. Ernährung", "5. Alimentation")) + 12
    diets = tr(
        lg,
        "No special diet|Vegetarian|Halal|No pork|Dairy free|Allergy (see health)",
        "keine Besonderheiten|vegetarisch|kein Schweinefleisch|halal|laktosefrei|Allergie "
        "(siehe Gesundheit)",
        "Sans particularité|Végétarien|Sans porc|Halal|Sans lait|Allergie (voir santé)",
    ).split("|")
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        diets,
        {0} if rng.random() < 0.6 else set(rng.sample(range(1, 6), rng.randint(1, 2))),
    )
    if rng.random() < 0.6:
        y += 6
        p.text(
            m,
            y,
            tr(
                lg,
                "How did you hear about us?",
                "Wie sind Sie auf uns aufmerksam geworden?",
                "Comment nous avez-vous connus ?",
            ),
            s.font,
            8,
        )
        hand(
            p,
            m + 170,
            y,
            rng.choice(
                [
                    "friend",
                    "website",
                    "Google",
                    "Facebook",
                    "Nachbarin",
                    "Internet",
                    "mairie",
                    "RAM",
                ]
            ),
        )
    pages = [p]
    q = Page(A4)
    y = running_header(q, s, f"{pp.name} - {t.title()} - {kid(c)}") + 10
    y = band(q, s, y, tr(lg, "6. Health", "6. Gesundheit", "6. Santé")) + 4
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "GP name and surgery", "Kinderarzt / Kinderärztin", "Médecin traitant"),
                tr(lg, "Dr ", "Dr. med. ", "Dr ") + rng.choice(LASTS[lg]),
            ),
            (
                tr(lg, "Surgery phone", "Telefon Praxis", "Téléphone"),
                serial(
                    rng, {"en": "0118 999 9999", "de": "0251 99 99 99", "fr": "02 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Health visitor", "Krankenkasse", "N° de sécurité sociale"),
                rng.choice(LASTS[lg]) if lg != "fr" else serial(rng, "2 99 99 99 999 999 99"),
            ),
            (
                tr(lg, "NHS number", "Versichertennr.", "Mutuelle"),
                serial(rng, "999 999 9999")
                if lg != "fr"
                else rng.choice(["MGEN", "Harmonie", "Malakoff"]),
            ),
        ],
        per=2,
        tall=24,
    )
    y += 4
    qs = tr(
        lg,
        "Immunisations up to date?|Allergies?|Long-term medication?|Additional needs / "
        "SEND?|Any dietary requirement?",
        "Impfschutz (Masern) nachgewiesen?|Allergien?|Dauermedikation?|Förderbedarf?|"
        "Besonderheiten Ernährung?",
        "Vaccins obligatoires à jour ?|Allergies ?|Traitement régulier ?|PAI / handicap ?|"
        "Régime particulier ?",
    ).split("|")
    for k, qq in enumerate(qs):
        q.text(m, y, qq, s.font, 8.5)
        yes = (k == 0) == (rng.random() < 0.85)
        ticks(q, s, w - m - 110, y, 110, yes_no(lg), {0 if yes else 1})
        if yes and k > 0:
            hand(q, m + 220, y, words(rng, lg, "care", 3)[:-1], 8.5)
        y += 17
    y = (
        band(
            q,
            s,
            y + 2,
            tr(
                lg,
                "7. Emergency contacts and people authorised to collect",
                "7. Abholberechtigte Personen / Notfallkontakte",
                "7. Personnes autorisées à venir chercher l'enfant",
            ),
        )
        + 4
    )
    widths = [(w - 2 * m) * k for k in (0.32, 0.2, 0.26, 0.22)]
    n = rng.randint(2, 4)
    base = grid(
        q,
        m,
        y,
        widths,
        4,
        20,
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Relationship", "Beziehung", "Lien"),
            tr(lg, "Phone", "Telefon", "Téléphone"),
            tr(lg, "Password", "Ausweis geprüft", "Pièce d'identité"),
        ],
        s.font,
        s.bold,
    )
    for yy in base[:n]:
        row = [
            f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
            rng.choice(
                tr(
                    lg,
                    "Grandma|Grandad|Aunt|Neighbour|Childminder",
                    "Oma|Opa|Tante|Nachbarin|Tagesmutter",
                    "Grand-mère|Grand-père|Tante|Voisine|Nounou",
                ).split("|")
            ),
            serial(rng, {"en": "07999 999999", "de": "0171 9999999", "fr": "06 99 99 99 99"}[lg]),
            rng.choice(["owl", "teddy", "blue", "ja", "oui", "x"]),
        ]
        x = m
        for wd, v in zip(widths, row, strict=True):
            hand(q, x + 4, yy, fit(v, HAND, 9, wd - 8), 9)
            x += wd
    y = base[-1] + 22
    y = band(q, s, y, tr(lg, "8. Declaration", "8. Erklärung", "8. Engagement")) + 12
    y = (
        text_wrap(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "I confirm that the information given is correct and I will inform the nursery of "
                "any changes. I have read the nursery's policies and the terms and conditions.",
                "Ich versichere die Richtigkeit der Angaben und teile Änderungen unverzüglich "
                "mit. Die Konzeption und die Satzung habe ich erhalten.",
                "Je certifie l'exactitude des renseignements ci-dessus et m'engage à signaler tout "
                "changement. J'ai pris connaissance du règlement de fonctionnement.",
            ),
            8.5,
        )
        + 16
    )
    autograph(q, m + 10, y, c.mum.name)
    q.line(m, y + 4, m + 200, y + 4)
    q.text(m, y + 14, tr(lg, "Signature of parent / carer", "Unterschrift", "Signature"), s.font, 7)
    hand(q, w - m - 150, y, short(d, lg))
    q.line(w - m - 160, y + 4, w - m, y + 4)
    q.text(w - m - 160, y + 14, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 46
    q.rect(m, y, w - 2 * m, 92, fill=0.93)
    q.rect(m, y, w - 2 * m, 92)
    q.text(
        m + 6,
        y + 12,
        tr(lg, "FOR OFFICE USE ONLY", "NUR FÜR DIE VERWALTUNG", "CADRE RÉSERVÉ À LA STRUCTURE"),
        s.bold,
        8,
    )
    office = tr(
        lg,
        "Date received|Registration fee paid|Start date confirmed|Key person|"
        "Funding eligible|Entered on system",
        "Eingang am|Platzzusage|Vertrag ab|Bezugserzieherin|Kita-Card / Gutschein|Masernnachweis",
        "Reçu le|Commission d'attribution|Date d'entrée|Référente|N° allocataire CAF|"
        "Vaccins vérifiés",
    ).split("|")
    for k, lab in enumerate(office):
        xx = m + 8 + (k % 2) * (w - 2 * m) / 2
        yy = y + 30 + (k // 2) * 20
        q.text(xx, yy, lab + ":", s.font, 7.5)
        if rng.random() < 0.7:
            hand(
                q,
                xx + 110,
                yy,
                rng.choice(
                    [
                        short(d + timedelta(days=rng.randint(1, 9)), lg),
                        "ok",
                        initials(manager().who),
                        "x",
                    ]
                ),
                8.5,
            )
    pages.append(q)
    if rng.random() < 0.3:
        pages.append(consent_page(rng, s, pp, c, d, headed=False))
    got(rng, p, lg, d, 0.25)
    noted(c, None, d)
    return close(pages, s, pp)


CONSENTS = {
    "en": [
        "Photographs of my child may be used in their learning journal (Tapestry)",
        "Photographs may be displayed within the nursery",
        "Photographs may be used on the nursery website and social media",
        "My child may be taken on local outings and walks",
        "Staff may apply sun cream provided by the nursery",
        "Staff may apply plasters and cold compresses",
        "Emergency medical advice or treatment may be sought if I cannot be contacted",
        "Liquid paracetamol (Calpol) may be given in the event of a high temperature",
        "My child may use the nursery's nappy cream",
        "My child may take part in Forest School sessions",
    ],
    "de": [
        "Fotos meines Kindes dürfen im Portfolio verwendet werden",
        "Fotos dürfen in der Einrichtung ausgehängt werden",
        "Fotos dürfen auf der Homepage des Trägers veröffentlicht werden",
        "Mein Kind darf an Ausflügen und Spaziergängen teilnehmen",
        "Sonnenschutz darf durch das Personal aufgetragen werden",
        "Zecken dürfen durch das Personal entfernt werden",
        "Pflaster dürfen verwendet werden",
        "Im Notfall darf ein Arzt / Notarzt hinzugezogen werden",
        "Mein Kind darf mit dem Bus / der Straßenbahn befördert werden",
        "Mein Kind darf im Planschbecken baden",
    ],
    "fr": [
        "Photographier mon enfant dans le cadre des activités de la crèche",
        "Afficher les photos dans les locaux",
        "Diffuser les photos sur le site internet de la structure",
        "Emmener mon enfant en sortie (parc, bibliothèque, marché)",
        "Appliquer de la crème solaire",
        "Administrer du paracétamol selon le protocole du médecin de la crèche",
        "Faire appel au SAMU et transporter mon enfant à l'hôpital en cas d'urgence",
        "Utiliser les produits de change de la crèche",
        "Participer aux ateliers d'éveil musical",
    ],
}


def consent_page(
    rng: random.Random, s: Style, pp: Paper, c: Child, d: date, headed: bool = True
) -> Page:
    lg = pp.lang
    p = Page(s.page_size)
    w, h = s.page_size
    m = s.margin
    y = letterhead(p, s, pp) if headed else m
    t = rng.choice(
        [
            tr(
                lg,
                "PERMISSIONS AND CONSENT FORM",
                "EINVERSTÄNDNISERKLÄRUNG",
                "AUTORISATIONS PARENTALES",
            ),
            tr(
                lg,
                "Consent Form - Photographs, Outings and First Aid",
                "Einwilligung Foto- und Videoaufnahmen, Ausflüge und Erste Hilfe",
                "Autorisations : droit à l'image, sorties et soins",
            ),
        ]
    )
    pt = shrink(t, s.bold, 12, w - 2 * m)
    p.text(m, y, t, s.bold, pt)
    y += 16
    p.text(m, y, f"{tr(lg, 'Child', 'Kind', 'Enfant')}: ", s.font, 9)
    hand(p, m + 40, y, kid(c))
    p.text(w / 2 + 20, y, f"{tr(lg, 'Date of birth', 'geb.', 'né(e) le')}: ", s.font, 9)
    hand(p, w / 2 + 90, y, short(c.born, lg))
    y += 20
    yes, no = yes_no(lg)
    items = rng.sample(CONSENTS[lg], k=rng.randint(5, len(CONSENTS[lg])))
    rowh = 22 if h > 700 else 17
    p.text(w - m - 66, y, yes, s.bold, 8)
    p.text(w - m - 26, y, no, s.bold, 8)
    y += 8
    for it in items:
        lines = wrap(it, s.font, 8.5, w - 2 * m - 90)
        for k, ln in enumerate(lines):
            p.text(m, y + 10 + k * 10, ln, s.font, 8.5)
        ok = rng.random() < 0.85
        box(p, w - m - 62, y + 11, ok, 9)
        box(p, w - m - 22, y + 11, not ok, 9)
        y += max(rowh, 10 * len(lines) + 8)
        p.line(m, y, w - m, y)
    y += 14
    y = (
        text_wrap(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "I understand that I may withdraw my consent at any time by informing the nursery "
                "in writing.",
                "Die Einwilligung ist freiwillig und kann jederzeit für die Zukunft widerrufen "
                "werden (Art. 7 Abs. 3 DSGVO).",
                "Ces autorisations sont valables pour toute la durée de l'accueil et peuvent être "
                "retirées à tout moment par écrit.",
            ),
            8,
        )
        + 18
    )
    autograph(p, m + 10, y, c.mum.name)
    p.line(m, y + 4, m + 180, y + 4)
    p.text(
        m,
        y + 13,
        tr(
            lg,
            "Parent / carer signature",
            "Unterschrift der Sorgeberechtigten",
            "Signature du responsable légal",
        ),
        s.font,
        7,
    )
    hand(p, w - m - 120, y, short(d, lg))
    p.line(w - m - 130, y + 4, w - m, y + 4)
    return p


def tpl_consent_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's consent form for one child (photographs, outings, first aid, sun cream,
    paracetamol) with Yes/No ticks and the parent's signature, on A4 or A5; now and then a
    medicine administration form with the doses given written in by staff."""
    pp = nursery_paper()
    c = the_child(rng, ("contract", "registration_form"))
    d = on(rng, -40, 10)
    if rng.random() < 0.3:
        pages = [medicine_form(rng, pp, c, d)]
    else:
        size = A5 if keyed(who, "consent").random() < 0.4 else A4
        s = style_of(pp, size, margin=30 if size == A5 else 0, pt=8.5)
        pages = [consent_page(rng, s, pp, c, d)]
    noted(c, None, d)
    return pages


MEDICINES = {
    "en": [
        "Amoxicillin 125mg/5ml",
        "Calpol infant suspension",
        "Salbutamol inhaler",
        "Piriton syrup",
        "Ibuprofen 100mg/5ml",
        "Hydrocortisone cream 1%",
    ],
    "de": [
        "Amoxicillin Saft 250 mg/5 ml",
        "Fiebersaft Paracetamol",
        "Salbutamol Dosieraerosol",
        "Cetirizin Tropfen",
        "Ibuprofen Saft 2 %",
        "Bepanthen Wundsalbe",
    ],
    "fr": [
        "Amoxicilline 250 mg/5 ml",
        "Doliprane suspension buvable",
        "Ventoline",
        "Aerius sirop",
        "Advil enfants",
        "Bétaméthasone crème",
    ],
}


def medicine_form(rng: random.Random, pp: Paper, c: Child, d: date) -> Page:
    lg = pp.lang
    s = style_of(pp, A4, margin=44, pt=9)
    p = Page(A4)
    w, _ = A4
    m = s.margin
    y = letterhead(p, s, pp)
    t = tr(
        lg,
        "Medication Administration Record and Parental Consent",
        "Vollmacht zur Medikamentengabe",
        "Autorisation d'administration de médicaments",
    )
    p.text(m, y, fit(t, s.bold, 12, w - 2 * m), s.bold, 12)
    y += 18
    med = rng.choice(MEDICINES[lg])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Child's name", "Name des Kindes", "Nom de l'enfant"), kid(c)),
            (tr(lg, "Room", "Gruppe", "Section"), c.room),
            (tr(lg, "Medicine (as on label)", "Medikament", "Médicament"), med),
            (
                tr(lg, "Prescribed by", "verordnet von", "Prescrit par"),
                tr(lg, "Dr ", "Dr. ", "Dr ") + rng.choice(LASTS[lg]),
            ),
            (
                tr(lg, "Dose", "Dosierung", "Posologie"),
                rng.choice(["5 ml", "2.5 ml", "2 puffs", "1 Hub", "10 Tropfen", "1 dose"]),
            ),
            (
                tr(lg, "Time(s) to be given", "Uhrzeit", "Heure(s)"),
                rng.choice(["12:00", "13:30", "as needed", "11:30"]),
            ),
            (tr(lg, "Start date", "von", "Du"), short(d, lg)),
            (tr(lg, "End date", "bis", "Au"), short(d + timedelta(days=rng.randint(3, 10)), lg)),
        ],
        per=2,
        tall=26,
    )
    y = (
        text_wrap(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "I give permission for a member of staff to administer the above medicine to my "
                "child. The medicine is in its original container with the pharmacy label.",
                "Hiermit bevollmächtige ich das pädagogische Personal, meinem Kind das oben "
                "genannte Medikament nach ärztlicher Verordnung zu verabreichen.",
                "J'autorise le personnel de la crèche à administrer le médicament ci-dessus à mon "
                "enfant, conformément à l'ordonnance jointe.",
            ),
            8.5,
        )
        + 14
    )
    autograph(p, m + 10, y, c.mum.name)
    p.line(m, y + 4, m + 180, y + 4)
    p.text(
        m,
        y + 13,
        tr(lg, "Parent signature", "Unterschrift Eltern", "Signature du parent"),
        s.font,
        7,
    )
    y += 34
    p.text(
        m,
        y,
        tr(lg, "Record of doses given", "Dokumentation der Gabe", "Suivi des administrations"),
        s.bold,
        10,
    )
    y += 8
    widths = [(w - 2 * m) * k for k in (0.16, 0.12, 0.14, 0.2, 0.19, 0.19)]
    base = grid(
        p,
        m,
        y,
        widths,
        7,
        20,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Uhrzeit", "Heure"),
            tr(lg, "Dose", "Menge", "Dose"),
            tr(lg, "Given by", "gegeben von", "Donné par"),
            tr(lg, "Witness", "Zeuge", "Témoin"),
            tr(lg, "Parent initials", "Eltern", "Parent"),
        ],
        s.font,
        s.bold,
    )
    for k, yy in enumerate(base[: rng.randint(1, 6)]):
        st = rng.choice(staff())
        vals = [
            short(d + timedelta(days=k), lg),
            clock(rng, 9, 16),
            med.split()[-1][:6],
            initials(st.who),
            initials(rng.choice(staff()).who),
            initials(c.mum),
        ]
        x = m
        for wd, v in zip(widths, vals, strict=True):
            hand(p, x + 4, yy, fit(v, HAND, 9, wd - 6), 9)
            x += wd
    return p


INJURIES = {
    "en": [
        (
            "Bumped head on the edge of the table while standing up",
            "Forehead, left side",
            "Cold compress applied for 5 minutes, head injury monitoring",
        ),
        (
            "Tripped over on the outdoor decking",
            "Right knee - graze",
            "Cleaned with water, plaster applied",
        ),
        (
            "Bitten by another child during play",
            "Left forearm, teeth marks, skin not broken",
            "Cold compress, comforted",
        ),
        (
            "Fell from the climbing frame (approx. 60 cm)",
            "Back of head, small bump",
            "Ice pack, observed, head injury letter given",
        ),
        ("Trapped finger in the gate", "Right index finger - red", "Held under cold water"),
        ("Scratched by another child", "Cheek under right eye", "Cleaned with water"),
    ],
    "de": [
        (
            "Beim Aufstehen mit dem Kopf an die Tischkante gestoßen",
            "Stirn links, Beule",
            "Kühlkompresse, Beobachtung",
        ),
        (
            "Auf dem Außengelände gestolpert und hingefallen",
            "rechtes Knie, Schürfwunde",
            "Wunde mit Wasser gereinigt, Pflaster",
        ),
        (
            "Von einem anderen Kind gebissen",
            "linker Unterarm, Abdruck, Haut nicht verletzt",
            "gekühlt, getröstet",
        ),
        (
            "Vom Klettergerüst gefallen (ca. 60 cm)",
            "Hinterkopf",
            "Kühlpack, Beobachtung, Eltern informiert",
        ),
        ("Finger in der Tür eingeklemmt", "rechter Zeigefinger gerötet", "gekühlt"),
    ],
    "fr": [
        (
            "S'est cogné la tête contre le bord de la table en se relevant",
            "Front, côté gauche",
            "Poche de froid, surveillance",
        ),
        (
            "A chuté dans la cour extérieure",
            "Genou droit, écorchure",
            "Nettoyage à l'eau et au savon, pansement",
        ),
        ("Morsure par un autre enfant", "Avant-bras gauche, trace sans plaie", "Froid, réconfort"),
        (
            "Chute du toboggan (environ 60 cm)",
            "Arrière de la tête",
            "Poche de froid, surveillance, Arnica",
        ),
        ("Doigt coincé dans la barrière", "Index droit rouge", "Eau froide"),
    ],
}


def figure(p: Page, cx: float, top: float, hgt: float, mark: tuple[float, float] | None) -> None:
    """A body outline (front or back) for a body map, with an optional mark."""
    u = hgt / 8
    ring(p, cx, top + u * 0.55, u * 0.5, u * 0.55)
    p.line(cx - u * 0.2, top + u * 1.1, cx - u * 0.2, top + u * 1.35)
    p.line(cx + u * 0.2, top + u * 1.1, cx + u * 0.2, top + u * 1.35)
    p.line(cx - u * 0.9, top + u * 1.4, cx + u * 0.9, top + u * 1.4)
    p.line(cx - u * 0.9, top + u * 1.4, cx - u * 0.75, top + u * 4.2)
    p.line(cx + u * 0.9, top + u * 1.4, cx + u * 0.75, top + u * 4.2)
    p.line(cx - u * 0.9, top + u * 1.4, cx - u * 1.5, top + u * 3.9)
    p.line(cx + u * 0.9, top + u * 1.4, cx + u * 1.5, top + u * 3.9)
    p.line(cx - u * 1.5, top + u * 3.9, cx - u * 1.25, top + u * 4.1)
    p.line(cx + u * 1.5, top + u * 3.9, cx + u * 1.25, top + u * 4.1)
    p.line(cx - u * 0.75, top + u * 4.2, cx - u * 0.6, top + u * 7.9)
    p.line(cx + u * 0.75, top + u * 4.2, cx + u * 0.6, top + u * 7.9)
    p.line(cx, top + u * 4.5, cx - u * 0.1, top + u * 7.9)
    p.line(cx, top + u * 4.5, cx + u * 0.1, top + u * 7.9)
    p.line(cx - u * 0.6, top + u * 7.9, cx - u * 0.1, top + u * 7.9)
    p.line(cx + u * 0.6, top + u * 7.9, cx + u * 0.1, top + u * 7.9)
    if mark is not None:
        mx, my = cx + mark[0] * u, top + mark[1] * u
        ring(p, mx, my, 5, 5, 12)
        p.line(mx - 6, my - 6, mx + 6, my + 6)


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's accident / incident record for one child on A5 or A4: what happened,
    injury, first aid, staff and witness, and the parent's signature on collection; now and
    then the body map on a second page (part of the record)."""
    pp = nursery_paper()
    lg = pp.lang
    size = A5 if keyed(who, "accsize").random() < 0.45 else A4
    s = style_of(pp, size, margin=28 if size == A5 else 42, pt=8.5)
    w, h = size
    m = s.margin
    c = the_child(rng)
    d = on(rng)
    what, where, aid = rng.choice(INJURIES[lg])
    st = the_worker(rng, care=True)
    p = Page(size)
    y = letterhead(p, s, pp) if rng.random() < 0.6 else m + 4
    t = rng.choice(
        [
            tr(lg, "ACCIDENT RECORD", "UNFALLPROTOKOLL / VERBANDBUCH", "FICHE ACCIDENT / INCIDENT"),
            tr(lg, "Accident / Incident Report", "Unfallbericht", "Déclaration d'accident"),
        ]
    )
    p.text(m, y, fit(t, s.bold, 12, w - 2 * m - 60), s.bold, 12)
    p.text(w - m, y, tr(lg, "No. ", "Nr. ", "N° ") + serial(rng, "999"), s.font, 8, "right")
    y += 14
    incident = rng.random() < 0.2
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Accident", "Unfall", "Accident"),
            tr(lg, "Incident", "Vorfall", "Incident"),
            tr(lg, "Existing injury", "mitgebrachte Verletzung", "Blessure constatée à l'arrivée"),
        ],
        {1 if incident else 0},
    )
    tall = 22 if size == A5 else 25
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Child's name", "Name des Kindes", "Nom de l'enfant"), kid(c)),
            (tr(lg, "Room", "Gruppe", "Section"), c.room),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), clock(rng, 8, 17)),
            (
                tr(lg, "Location", "Ort", "Lieu"),
                rng.choice(
                    tr(
                        lg,
                        "Garden|Baby Room|Bathroom|Dining area|Hall",
                        "Außengelände|Gruppenraum|Waschraum|Flur|Turnraum",
                        "Cour|Salle de vie|Salle de change|Dortoir|Salle de motricité",
                    ).split("|")
                ),
            ),
            (tr(lg, "Staff member", "Aufsicht", "Professionnel(le)"), st.who.name),
        ],
        per=2,
        tall=tall,
    )
    gap = 13 if size == A5 else 15
    for label, text in [
        (tr(lg, "What happened?", "Hergang:", "Circonstances :"), what),
        (
            tr(
                lg,
                "Injury (nature and position)",
                "Art und Ort der Verletzung:",
                "Nature et localisation :",
            ),
            where,
        ),
        (
            tr(lg, "Action taken / first aid given", "Erste-Hilfe-Maßnahmen:", "Soins apportés :"),
            aid,
        ),
    ]:
        p.text(m, y, label, s.bold, 8.5)
        y += gap
        y = lined(
            p, m, y, w - 2 * m, 2 if size == A5 else 4, hand_lines(rng, text, w - 2 * m), gap=gap
        )
        y += 2
    y += 4
    checks = [
        tr(lg, "Medical attention needed?", "Arztbesuch erforderlich?", "Avis médical ?"),
        tr(lg, "Head injury advice given?", "Kopfverletzung - Merkblatt?", "Choc à la tête ?"),
    ]
    if size != A5:
        checks.append(
            tr(
                lg,
                "Notifiable to Ofsted / RIDDOR?",
                "Meldung an die Unfallkasse?",
                "Déclaration à la PMI ?",
            )
        )
    for k, q in enumerate(checks):
        p.text(m, y, q, s.font, 8.5)
        ticks(p, s, w - m - 100, y, 100, yes_no(lg), {1 if k != 1 or rng.random() < 0.6 else 0})
        y += gap + 1
    y += 2
    if rng.random() < 0.6:
        p.text(m, y, tr(lg, "Witness:", "Zeuge/Zeugin:", "Témoin :"), s.font, 8.5)
        hand(p, m + 60, y, rng.choice(staff()).who.name, 9)
        y += gap + 2
    p.text(
        m,
        y,
        tr(
            lg,
            "Parent informed at / by:",
            "Eltern informiert um / durch:",
            "Parents prévenus à / par :",
        ),
        s.font,
        8.5,
    )
    hand(
        p,
        m + 140,
        y,
        f"{clock(rng, 12, 18)}  {rng.choice(['phone', 'in person', 'Tel.', 'tél.'])}",
        9,
    )
    y += gap + 14
    half = (w - 2 * m) / 2
    autograph(p, m + 4, y, st.who.name, 11)
    p.line(m, y + 4, m + half - 16, y + 4)
    p.text(
        m,
        y + 12,
        tr(lg, "Staff signature", "Unterschrift Fachkraft", "Signature du professionnel"),
        s.font,
        6.5,
    )
    if rng.random() < 0.9:
        autograph(
            p,
            m + half + 4,
            y,
            c.mum.name if rng.random() < 0.7 or c.dad is None else c.dad.name,
            11,
        )
    p.line(m + half, y + 4, w - m, y + 4)
    p.text(
        m + half,
        y + 12,
        tr(
            lg,
            "Parent signature - I have been informed",
            "Unterschrift Eltern - zur Kenntnis genommen",
            "Signature du parent - pris connaissance",
        ),
        s.font,
        6.5,
    )
    y += 26
    if y < h - 60:
        p.text(
            m, y, tr(lg, "Manager's review:", "Gesehen Leitung:", "Vu la direction :"), s.font, 7.5
        )
        autograph(p, m + 90, y + 2, manager().who.name, 10)
    pages = [p]
    if rng.random() < 0.45:
        q = Page(size)
        yy = m + 4
        q.text(
            w / 2, yy, tr(lg, "BODY MAP", "KÖRPERSCHEMA", "SCHÉMA CORPOREL"), s.bold, 11, "center"
        )
        yy += 14
        q.text(
            w / 2,
            yy,
            tr(
                lg,
                "Mark the position of the injury",
                "Verletzung einzeichnen",
                "Indiquer l'emplacement de la blessure",
            ),
            s.font,
            7.5,
            "center",
        )
        hgt = min(h - yy - 90, 360)
        mark = (rng.uniform(-0.8, 0.8), rng.choice([0.4, 0.6, 2.5, 5.8, 6.5, 3.2]))
        front = rng.random() < 0.6
        figure(q, w * 0.3, yy + 24, hgt, mark if front else None)
        figure(q, w * 0.7, yy + 24, hgt, None if front else mark)
        q.text(w * 0.3, yy + 34 + hgt, tr(lg, "Front", "vorne", "Face"), s.font, 8, "center")
        q.text(w * 0.7, yy + 34 + hgt, tr(lg, "Back", "hinten", "Dos"), s.font, 8, "center")
        q.text(
            m,
            yy + 56 + hgt,
            f"{tr(lg, 'Child', 'Kind', 'Enfant')}: {kid(c)}   {short(d, lg)}",
            HAND,
            9,
        )
        pages.append(q)
    noted(c, st, d)
    return close(pages, s, pp, numbers="none")


def security_ground(p: Page, x0: float, y0: float, x1: float, y1: float, step: float = 5) -> None:
    """The pale tint and fine ruling of a security paper."""
    p.rect(x0, y0, x1 - x0, y1 - y0, fill=0.95)
    y = y0 + step
    k = 0
    while y < y1:
        p.rect(x0, y, x1 - x0, 0.5, fill=0.86 if k % 4 else 0.8)
        y += step
        k += 1


def tpl_record_check(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's criminal record check: a DBS enhanced certificate (two pages, the
    second with the police and barred list sections), a German erweitertes Führungszeugnis
    or a French bulletin n° 3; one document."""
    pp = paper_of(who, "records", ["crest"])
    lg = pp.lang
    s = style_of(pp, A4, margin=48, pt=9)
    w, h = A4
    m = s.margin
    st = the_worker(rng)
    d = on(rng, -200, 0)
    p = Page(A4)
    if rng.random() < 0.8:
        security_ground(p, m - 10, m - 10, w - m + 10, h - m + 10)
    y = m
    if lg == "en":
        p.rect(m, y - 14, w - 2 * m, 46, fill=0.8)
        p.text(m + 10, y + 4, "Disclosure & Barring Service", "Helvetica-Bold", 14)
        p.text(w - m - 10, y + 4, "Enhanced Certificate", "Helvetica-Bold", 13, "right")
        p.text(w - m - 10, y + 20, "Page 1 of 2", "Helvetica", 8, "right")
        y += 54
        no = serial(rng, "0019999999999")
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Certificate Number", no),
                ("Date of Issue", date_text(d, "en", "long").upper()),
                ("Employment Details", "CHILD WORKFORCE - NURSERY PRACTITIONER"),
                ("Name of Employer", nursery_paper().name.upper()),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        p.text(m, y, "Applicant Personal Details", "Helvetica-Bold", 10)
        y += 8
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Surname", st.who.last.upper()),
                ("Forename(s)", st.who.first.upper()),
                ("Other Names", "NONE DECLARED"),
                ("Date of Birth", date_text(st.born, "en", "short")),
                (
                    "Place of Birth",
                    rng.choice(["READING", "LEICESTER", "NORWICH", "LAGOS", "KRAKOW", "YORK"]),
                ),
                ("Gender", "FEMALE" if st.who.female else "MALE"),
                (
                    "Address",
                    f"{rng.randint(1, 99)} {rng.choice(ROADS['en']).upper()}, "
                    f"{rng.choice(['READING', 'WOKINGHAM', 'LEICESTER', 'YORK'])}",
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        y += 6
        for sec in [
            "Police Records of Convictions, Cautions, Reprimands and Warnings",
            "Information from the list held under Section 142 of the Education Act 2002",
            "DBS Children's Barred List information",
        ]:
            p.text(m, y, sec, "Helvetica-Bold", 9)
            y += 14
            p.text(m + 20, y, "NONE RECORDED", "Courier-Bold", 10)
            y += 22
        p.text(
            m,
            y,
            "Countersignatory: "
            + rng.choice(["UCHECK LTD", "ATLANTIC DATA", "CARE CHECK SERVICES"]),
            s.font,
            8,
        )
        pages = [p]
        q = Page(A4)
        security_ground(q, m - 10, m - 10, w - m + 10, h - m + 10)
        yy = m
        q.rect(m, yy - 14, w - 2 * m, 30, fill=0.8)
        q.text(m + 10, yy + 4, f"Enhanced Certificate  {no}", "Helvetica-Bold", 10)
        q.text(w - m - 10, yy + 4, "Page 2 of 2", "Helvetica", 8, "right")
        yy += 40
        for sec in [
            "DBS Adults' Barred List information",
            "Other relevant information disclosed at the Chief Police Officer(s) discretion",
        ]:
            q.text(m, yy, sec, "Helvetica-Bold", 9)
            yy += 14
            q.text(
                m + 20,
                yy,
                "NOT REQUESTED" if "Adults" in sec else "NONE RECORDED",
                "Courier-Bold",
                10,
            )
            yy += 30
        for _ in range(3):
            yy = text_wrap(
                q,
                s,
                m,
                yy,
                w - 2 * m,
                "This certificate is issued in accordance "
                "with section 113B of the Police Act 1997. " + words(rng, "en", "admin"),
                7.5,
            )
        pages.append(q)
    elif lg == "de":
        emblem(p, m, y - 4, "de")
        p.text(m + 34, y + 4, "Bundesamt für Justiz", "Helvetica-Bold", 12)
        p.text(m + 34, y + 16, "- Bundeszentralregister -", "Helvetica", 8)
        p.text(w - m, y + 4, "53094 Bonn", "Helvetica", 8, "right")
        y += 50
        p.text(w / 2, y, "Führungszeugnis", "Helvetica-Bold", 16, "center")
        y += 16
        p.text(
            w / 2, y, "Erweitertes Führungszeugnis (§ 30a Abs. 1 BZRG)", "Helvetica", 9, "center"
        )
        y += 14
        p.text(
            w / 2,
            y,
            "Belegart: NE (Erweitertes Führungszeugnis für private Zwecke)",
            "Helvetica",
            8,
            "center",
        )
        y += 24
        for lab, val in [
            ("Geburtsname", st.who.last),
            ("Familienname", st.who.last),
            ("Vornamen", st.who.first),
            ("Geburtsdatum", short(st.born, "de")),
            (
                "Geburtsort",
                rng.choice(["Münster", "Kassel", "Leipzig", "Freiburg", "Ankara", "Dresden"]),
            ),
            ("Staatsangehörigkeit", "deutsch"),
            ("Anschrift", f"{rng.choice(ROADS['de'])} {rng.randint(1, 90)}, {NURSERY['town']}"),
        ]:
            p.text(m + 20, y, f"{lab}:", "Helvetica", 9)
            p.text(m + 160, y, val, "Courier", 9.5)
            y += 15
        y += 14
        p.text(m + 20, y, "Inhalt:", "Helvetica-Bold", 10)
        p.text(m + 160, y, "Keine Eintragung", "Courier-Bold", 11)
        y += 40
        p.text(m + 20, y, f"Bonn, den {short(d, 'de')}", "Helvetica", 9)
        p.text(w - m - 20, y, "Im Auftrag", "Helvetica", 9, "right")
        p.text(
            w - m - 20,
            y + 14,
            "(maschinell erstellt, ohne Unterschrift gültig)",
            "Helvetica",
            7,
            "right",
        )
        p.text(m, h - m - 10, f"Nr. {serial(rng, 'AA 999999999')}", "Courier", 8)
        pages = [p]
    else:
        p.text(w / 2, y, "RÉPUBLIQUE FRANÇAISE", "Times-Bold", 11, "center")
        p.text(w / 2, y + 13, "Ministère de la Justice", "Times-Italic", 9, "center")
        y += 44
        p.text(w / 2, y, "CASIER JUDICIAIRE NATIONAL", "Times-Bold", 13, "center")
        y += 18
        p.text(w / 2, y, "BULLETIN N° 3", "Times-Bold", 16, "center")
        y += 14
        p.text(
            w / 2,
            y,
            "Relevé des condamnations contenues au casier judiciaire",
            "Times-Roman",
            9,
            "center",
        )
        y += 30
        for lab, val in [
            ("Nom", st.who.last.upper()),
            ("Prénom(s)", st.who.first),
            ("Né(e) le", short(st.born, "fr")),
            (
                "à",
                rng.choice(
                    ["NANTES (44)", "RENNES (35)", "LILLE (59)", "GRENOBLE (38)", "ORAN (ALGERIE)"]
                ),
            ),
            (
                "Fils / fille de",
                f"{rng.choice(FIRSTS['fr'])} et de "
                f"{rng.choice(FIRSTS['fr'])} {rng.choice(LASTS['fr']).upper()}",
            ),
        ]:
            p.text(m + 30, y, lab, "Times-Roman", 10)
            p.text(m + 150, y, val, "Courier", 10)
            y += 16
        y += 20
        p.rect(m + 20, y - 14, w - 2 * m - 40, 50)
        p.text(w / 2, y + 14, "NÉANT", "Times-Bold", 18, "center")
        y += 70
        p.text(m + 30, y, f"Délivré le {date_text(d, 'fr', 'long')}, à Nantes", "Times-Roman", 10)
        p.text(
            m + 30,
            y + 14,
            "Le magistrat, directeur du casier judiciaire national",
            "Times-Italic",
            9,
        )
        p.text(
            m, h - m - 10, f"Référence de la demande : {serial(rng, '99999999999')}", "Courier", 8
        )
        pages = [p]
    noted(None, st, d)
    return pages


FOODS = {
    "en": [
        ("Semi-skimmed milk 4 pt", "ea", 1.45, 0),
        ("Whole milk 2 pt", "ea", 1.1, 0),
        ("Bananas loose", "kg", 0.98, 0),
        ("Apples Gala 5kg", "case", 7.9, 0),
        ("Carrots 10kg", "sack", 6.2, 0),
        ("Wholemeal bread 800g", "ea", 1.35, 0),
        ("Rice cakes unsalted 100g", "pk", 0.85, 0),
        ("Cheddar mild 2.5kg", "ea", 14.9, 0),
        ("Chicken breast fillets 2kg", "pk", 13.5, 0),
        ("Pasta fusilli 3kg", "ea", 4.6, 0),
        ("Natural yoghurt 1kg", "ea", 2.1, 0),
        ("Frozen peas 2.5kg", "ea", 3.4, 0),
        ("Washing-up liquid 5L", "ea", 6.5, 20),
        ("Blue roll 2-ply x6", "case", 11.9, 20),
        ("Porridge oats 3kg", "ea", 4.2, 0),
        ("Lentils red 2kg", "ea", 3.9, 0),
    ],
    "de": [
        ("Vollmilch 3,5 % 1 l", "Stk", 1.15, 7),
        ("Bananen Bio", "kg", 1.99, 7),
        ("Äpfel Elstar Bio", "kg", 2.79, 7),
        ("Möhren Bio 5 kg", "Sack", 6.9, 7),
        ("Vollkornbrot 1 kg", "Stk", 3.2, 7),
        ("Reiswaffeln ungesalzen", "Pck", 1.09, 7),
        ("Gouda jung 1 kg", "kg", 8.9, 7),
        ("Hähnchenbrustfilet", "kg", 11.8, 7),
        ("Vollkornnudeln 5 kg", "Sack", 9.6, 7),
        ("Naturjoghurt 1 kg", "Stk", 1.79, 7),
        ("TK-Erbsen 2,5 kg", "Btl", 4.3, 7),
        ("Haferflocken 2,5 kg", "Pck", 3.9, 7),
        ("Spülmittel 5 l", "Kan", 7.5, 19),
        ("Küchenrolle 3-lg", "Pck", 12.9, 19),
    ],
    "fr": [
        ("Lait demi-écrémé 1 L", "u", 0.98, 5.5),
        ("Bananes bio", "kg", 2.1, 5.5),
        ("Pommes Golden cat. I", "kg", 1.85, 5.5),
        ("Carottes bio", "kg", 1.6, 5.5),
        ("Pain de mie complet", "u", 1.9, 5.5),
        ("Yaourt nature 4x125 g", "lot", 1.2, 5.5),
        ("Comté AOP 12 mois", "kg", 16.9, 5.5),
        ("Filet de poulet Label Rouge", "kg", 13.4, 5.5),
        ("Coquillettes 5 kg", "sac", 7.8, 5.5),
        ("Compote pomme sans sucre ajouté", "lot", 2.9, 5.5),
        ("Petits pois surgelés 2,5 kg", "sac", 4.7, 5.5),
        ("Liquide vaisselle 5 L", "bid", 6.9, 20),
        ("Essuie-tout x6", "colis", 8.4, 20),
    ],
}


def tpl_food_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A food supplier's invoice for a month's or a week's deliveries: product codes, delivery
    dates, quantities, VAT codes and the VAT analysis, running onto one or two continuation
    pages and now and then a delivery summary page (all one document); or, from the
    cash-and-carry, a till receipt on a narrow strip."""
    lg = home()
    if keyed(who, "foodkind").random() < 0.3:
        return till_receipt(rng, who)
    pp = paper_of(who, "food", ["flush", "bar", "ribbon", "blocks"])
    lg = pp.lang
    s = style_of(pp, A4, pt=min(pp.size, 9.5))
    w, _h = A4
    m = s.margin
    d = on(rng, -10, 20)
    no = serial(rng, keyed(who, "mask").choice(["SI999999", "RE-2025-99999", "FA99999"]))
    f = sheet(s, pp, f"{pp.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    to_whom(
        f,
        s,
        pp,
        nursery_lines(lg, tr(lg, "Kitchen", "Küche", "Cuisine")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kundennr.", "Client n°"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net: dict[float, float] = {}
    dd = d - timedelta(days=28 if rng.random() < 0.6 else 7)
    for _ in range(rng.choice([6, 10, 16, 24, 34, 48])):
        name, unit, price, vat = rng.choice(FOODS[lg])
        q = rng.choice([1, 2, 2, 3, 4, 6, 8, 12])
        pr = price * rng.uniform(0.95, 1.08)
        val = q * pr
        net[vat] = net.get(vat, 0.0) + val
        dd += timedelta(days=rng.choice([0, 0, 1, 2]))
        rows.append(
            [
                short(dd, lg)[:5],
                serial(rng, "99999"),
                name,
                f"{q}",
                unit,
                money(pr, lg),
                money(val, lg),
                f"{vat:g}" if lg != "en" else ("Z" if vat == 0 else "S"),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (0.9, "left"),
            (4, "left"),
            (0.6, "right"),
            (0.7, "center"),
            (1, "right"),
            (1.1, "right"),
            (0.6, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Del.", "Lief.", "Liv."),
            tr(lg, "Code", "Art.", "Réf."),
            tr(lg, "Product", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Net", "Netto", "Total HT"),
            tr(lg, "VAT", "USt %", "TVA %"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9 if rng.random() < 0.6 else None,
    )
    f.need(90)
    f.y += 6
    items = []
    tot = 0.0
    for vat, v in sorted(net.items()):
        tax = v * vat / 100
        tot += v + tax
        items.append(
            (tr(lg, f"Net at {vat:g}%", f"Netto {vat:g} %", f"Base HT {vat:g} %"), money(v, lg))
        )
        items.append((tr(lg, f"VAT {vat:g}%", f"USt {vat:g} %", f"TVA {vat:g} %"), money(tax, lg)))
    items.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), cash(tot, lg)))
    f.y = pairs(f.page, s, w / 2, f.y, items, w - m) + 8
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: 30 days net. Account {serial(rng, '99999999')}.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Es gelten unsere AGB.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux "
            "d'intérêt légal; indemnité forfaitaire de 40 €.",
        ),
        pt=7.5,
    )
    pages = list(f.pages)
    if rng.random() < 0.25:
        q = Page(A4)
        yy = letterhead(q, s, pp) if pp.again else m
        q.text(
            m,
            yy,
            tr(
                lg,
                "Delivery summary",
                "Lieferscheinübersicht",
                "Récapitulatif des bons de livraison",
            ),
            s.bold,
            11,
        )
        yy += 20
        widths = [(w - 2 * m) * k for k in (0.2, 0.25, 0.25, 0.3)]
        base = grid(
            q,
            m,
            yy,
            widths,
            rng.randint(4, 12),
            17,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Delivery note", "Lieferschein", "Bon n°"),
                tr(lg, "Driver", "Fahrer", "Chauffeur"),
                tr(lg, "Value", "Wert", "Montant"),
            ],
            s.font,
            s.bold,
        )
        dd = d - timedelta(days=28)
        for yy2 in base:
            dd += timedelta(days=rng.randint(2, 4))
            vals = [
                short(dd, lg),
                serial(rng, "999999"),
                rng.choice(FIRSTS[lg]),
                money(rng.uniform(40, 380), lg),
            ]
            x = m
            for wd, v in zip(widths, vals, strict=True):
                q.text(x + 3, yy2, v, s.font, 8)
                x += wd
        pages.append(q)
    got(rng, pages[0], home(), d, 0.3)
    noted(None, None, d)
    return close(pages, s, pp)


def till_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    pp = paper_of(who, "cash")
    lg = pp.lang
    items = [rng.choice(FOODS[lg]) for _ in range(rng.randint(5, 22))]
    p = Page(TILL)
    w = TILL[0]
    x0, x1 = 12.0, w - 12
    y = 26.0
    p.text(w / 2, y, pp.name.upper(), "Courier-Bold", 9.5, "center")
    y += 11
    for t in (pp.street, pp.town):
        p.text(w / 2, y, t, "Courier", 7.5, "center")
        y += 9
    d = on(rng, -10, 20)
    p.text(x0, y + 6, f"{short(d, lg)} {clock(rng, 8, 17)}", "Courier", 7.5)
    p.text(
        x1,
        y + 6,
        tr(lg, "Till ", "Kasse ", "Caisse ") + str(rng.randint(1, 24)),
        "Courier",
        7.5,
        "right",
    )
    y += 16
    p.text(
        x0,
        y,
        tr(lg, "Card ", "Kunde ", "Carte ") + serial(keyed(who, "card"), "999 999 999"),
        "Courier",
        7.5,
    )
    y += 8
    p.line(x0, y, x1, y)
    y += 11
    tot = 0.0
    for name, _unit, price, vat in items:
        q = rng.choice([1, 1, 2, 3, 6])
        v = q * price
        tot += v * (1 + vat / 100)
        label = fit(name.upper() if lg == "en" else name, "Courier", 7.5, x1 - x0 - 58)
        p.text(x0, y, label, "Courier", 7.5)
        p.text(x1, y, f"{money(v, lg)} {'A' if vat < 10 else 'B'}", "Courier", 7.5, "right")
        if q > 1:
            y += 8.5
            p.text(x0 + 8, y, f"{q} x {money(price, lg)}", "Courier", 7)
        y += 9.5
    p.line(x0, y - 4, x1, y - 4)
    y += 6
    p.text(x0, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 10)
    p.text(x1, y, money(tot, lg), "Courier-Bold", 10, "right")
    y += 14
    p.text(x0, y, tr(lg, "CARD PAYMENT", "EC-KARTE", "CB SANS CONTACT"), "Courier", 7.5)
    p.text(x1, y, money(tot, lg), "Courier", 7.5, "right")
    y += 14
    p.text(
        w / 2,
        y,
        tr(
            lg, "VAT INCLUDED WHERE APPLICABLE", "A = 7 %  B = 19 % MwSt", "A = 5,5 %  B = 20 % TVA"
        ),
        "Courier",
        6.5,
        "center",
    )
    y += 10
    p.text(
        w / 2,
        y,
        tr(lg, "THANK YOU FOR SHOPPING", "VIELEN DANK FÜR IHREN EINKAUF", "MERCI DE VOTRE VISITE"),
        "Courier",
        7,
        "center",
    )
    y += 14
    code = serial(rng, "9999999999")
    p.barcode("code128", code, (w - bar_width("code128", code)) / 2, y)
    if rng.random() < 0.5:
        hand(p, x0, y + 96, tr(lg, "kitchen - petty cash", "Küche, Kasse", "cuisine - caisse"), 8)
    p.size = (w, max(110 * MM, y + 112))
    noted(None, None, d)
    return [p]


TOYS = {
    "en": [
        ("Hollow wooden blocks set (24 pcs)", 289.0),
        ("Toddler table beech 60x60 h46", 129.0),
        ("Toddler chair beech h26 (pack of 4)", 189.0),
        ("Sand and water tray with lid", 165.0),
        ("Jumbo crayons (96)", 11.5),
        ("Washable paint 5L assorted", 32.0),
        ("Small world farm set", 46.0),
        ("Mark-making easel double sided", 98.0),
        ("Soft play shapes (8)", 239.0),
        ("Cosy book corner sofa", 349.0),
        ("Board books bundle (20)", 69.0),
        ("Mud kitchen with sink", 275.0),
        ("Sleep mats, stackable (10)", 310.0),
        ("Storage unit 12 trays", 215.0),
    ],
    "de": [
        ("Holzbausteine Grundpaket 100 Teile", 149.0),
        ("Krippentisch Buche 80x80", 219.0),
        ("Kinderstuhl Sitzhöhe 21 cm", 59.0),
        ("Sand- und Wasserspieltisch", 189.0),
        ("Wachsmalblöcke 24 Stk.", 12.9),
        ("Fingerfarbe 6 x 750 ml", 34.5),
        ("Bauernhof mit Tieren", 79.0),
        ("Maltafel doppelseitig", 119.0),
        ("Schaumstoff-Bausteine 12 Teile", 259.0),
        ("Kuschelecke mit Matratze", 399.0),
        ("Bilderbuchpaket Krippe", 89.0),
        ("Matschküche Lärche", 345.0),
        ("Schlafmatten stapelbar", 49.0),
        ("Eigentumsfachregal 16 Fächer", 429.0),
    ],
    "fr": [
        ("Blocs de construction bois 100 pièces", 139.0),
        ("Table crèche hêtre 80x80", 205.0),
        ("Chaise crèche h. 21 cm", 55.0),
        ("Bac à sable et eau", 179.0),
        ("Craies de cire x 24", 11.9),
        ("Gouache lavable 6 x 1 L", 29.9),
        ("Ferme et animaux", 72.0),
        ("Chevalet double face", 109.0),
        ("Modules de motricité mousse", 289.0),
        ("Coin lecture banquette", 319.0),
        ("Lot de livres cartonnés", 79.0),
        ("Cuisine d'extérieur", 299.0),
        ("Couchettes empilables", 45.0),
        ("Meuble casiers 12 bacs", 389.0),
    ],
}


def tpl_toy_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A toy or furniture supplier's invoice (Rechnung, facture) with article numbers,
    delivery charge and VAT, now and then a second page of conditions of sale in two
    columns (part of the invoice)."""
    pp = paper_of(who, "toys", ["centre", "blocks", "ribbon", "flush", "bar"])
    lg = pp.lang
    s = style_of(pp, letter_size(pp), pt=min(pp.size, 9.5))
    w, h = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, keyed(who, "mask").choice(["99999999", "R9999999", "FC-99999"]))
    f = sheet(s, pp, f"{pp.name} - {no}")
    dest = nursery_lines(home(), tr(lg, "FAO ", "z. Hd. ", "À l'att. de ") + manager().who.name)
    to_whom(
        f,
        s,
        pp,
        dest,
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (
                tr(lg, "Order ref", "Ihre Bestellung", "Votre commande"),
                serial(rng, "PO-9999")
                if rng.random() < 0.6
                else tr(lg, "email", "per E-Mail", "par courriel"),
            ),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "cust"), "K99999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    for name, price in rng.sample(TOYS[lg], k=rng.randint(2, 9)):
        q = rng.choice([1, 1, 1, 2, 3, 4])
        net += q * price
        rows.append([serial(rng, "99-9999"), name, str(q), money(price, lg), money(q * price, lg)])
    ship = rng.choice([0.0, 9.95, 29.0, 49.0])
    if ship:
        rows.append(
            [
                "",
                tr(lg, "Delivery (pallet)", "Frachtkosten Spedition", "Frais de port"),
                "1",
                money(ship, lg),
                money(ship, lg),
            ]
        )
        net += ship
    cols = columns(
        m, w - m, [(1, "left"), (4.5, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Total", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        shade=0.85 if rng.random() < 0.5 else None,
        rules=True,
    )
    vat = {"en": 20, "de": 19, "fr": 20}[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 8,
            [
                (tr(lg, "Net", "Nettobetrag", "Total HT"), money(net, lg)),
                (
                    tr(lg, f"VAT {vat}%", f"zzgl. {vat} % USt", f"TVA {vat} %"),
                    money(net * vat / 100, lg),
                ),
                (
                    tr(lg, "Invoice total", "Rechnungsbetrag", "Total TTC"),
                    cash(net * (1 + vat / 100), lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Goods remain our property until paid in full. Please check goods on "
            "delivery and report any damage within 48 hours.",
            "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Lieferdatum "
            "entspricht Rechnungsdatum.",
            "Réserve de propriété jusqu'au paiement "
            "intégral. Tout dommage doit être signalé sous 48 heures.",
        ),
        pt=7.5,
    )
    pages = list(f.pages)
    if rng.random() < 0.35:
        q = Page(s.page_size)
        yy = m
        q.text(
            m,
            yy,
            tr(
                lg,
                "Terms and Conditions of Sale",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales de vente",
            ),
            s.bold,
            10,
        )
        yy += 18
        colw = (w - 2 * m - 16) / 2
        x = m
        y0 = yy
        for k in range(rng.randint(10, 16)):
            text = f"{k + 1}. " + prose(rng, lg, "admin", 2, 3)
            lines = wrap(text, s.font, 6.5, colw)
            if yy + len(lines) * 8 > h - m - 20:
                if x != m:
                    break
                x, yy = m + colw + 16, y0
            for ln in lines:
                q.text(x, yy, ln, s.font, 6.5)
                yy += 8
            yy += 4
        pages.append(q)
    got(rng, pages[0], home(), d, 0.35)
    noted(None, None, d)
    return close(pages, s, pp)


GRADES = {
    "en": ["Outstanding", "Good", "Good", "Good", "Requires improvement"],
    "de": [],
    "fr": [],
}
FINDINGS = {
    "en": [
        "What is it like to attend this early years setting?",
        "What does the early years setting do well and what does it need to do better?",
        "Safeguarding",
        "What does the setting need to do to improve?",
    ],
    "de": [
        "Räumliche Ausstattung und Außengelände",
        "Personelle Besetzung und Qualifikation",
        "Pädagogische Konzeption",
        "Schutzkonzept und Beschwerdeverfahren",
        "Hygiene und Gesundheitsvorsorge",
        "Beteiligung der Eltern",
    ],
    "fr": [
        "Locaux et équipements",
        "Personnel et encadrement",
        "Projet d'établissement",
        "Hygiène, santé et sécurité",
        "Accueil des familles",
        "Protocoles",
    ],
}


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The regulator's or youth office's inspection report on the nursery over three to six
    pages: now and then a covering letter, the judgements, the findings, the setting details
    and an annex (all one document): an Ofsted report, a Landesjugendamt Niederschrift on an
    örtliche Prüfung, a PMI rapport de visite."""
    pp = paper_of(who, "regulator", ["crest"])
    lg = pp.lang
    s = style_of(pp, A4, pt=min(pp.size, 10))
    w, _h = A4
    m = s.margin
    d = on(rng, -50, -5)
    ours = nursery_paper()
    pages: list[Page] = []
    inspector = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    if rng.random() < 0.35:
        cf = sheet(s, pp)
        to_whom(
            cf,
            s,
            pp,
            nursery_lines(lg, manager().who.name),
            d + timedelta(days=20),
            [(tr(lg, "URN", "Az.", "Réf."), serial(rng, "EY999999"))],
        )
        caption(
            cf,
            s,
            tr(
                lg,
                "Your inspection report",
                "Örtliche Prüfung Ihrer Einrichtung",
                "Visite de contrôle de votre établissement",
            ),
            1,
        )
        write(cf, s, dear(lg, None if lg == "fr" else manager().who.name))
        for _ in range(rng.randint(2, 3)):
            write(cf, s, prose(rng, lg, "inspect"))
        regards(
            cf,
            s,
            lg,
            inspector,
            tr(
                lg,
                "Early Years Regulatory Inspector",
                "Fachberatung Kindertageseinrichtungen",
                "Médecin de PMI",
            ),
        )
        pages += cf.pages
    numbers = "Page {i} of {n}" if lg == "en" else pp.numbers
    label = tr(
        lg,
        f"Inspection report: {ours.name}, {day(pp, d)}",
        f"Niederschrift örtliche Prüfung - {ours.name}",
        f"Rapport de visite - {ours.name}",
    )
    f = sheet(s, pp, label, headed=True)
    if lg == "en":
        caption(f, s, f"Inspection of {ours.name}", 6)
        f.page.text(m, f.y, f"{ours.street}, {ours.town}", s.font, s.size)
        f.y += 24
        f.page.text(m, f.y, f"Inspection date: {date_text(d, 'en', 'long')}", s.bold, s.size)
        f.y += 22
        grade = rng.choice(GRADES["en"])
        items = [
            ("Overall effectiveness", grade),
            ("The quality of education", grade),
            ("Behaviour and attitudes", rng.choice(["Good", grade])),
            ("Personal development", rng.choice(["Good", grade, "Outstanding"])),
            ("Leadership and management", grade),
            (
                "Overall effectiveness at previous inspection",
                rng.choice(["Good", "Outstanding", "Met"]),
            ),
        ]
        for k, (a, b) in enumerate(items):
            f.page.rect(m, f.y - 12, w - 2 * m, 18, fill=0.9 if k % 2 == 0 else None)
            f.page.text(m + 6, f.y, a, s.font, s.size)
            f.page.text(w - m - 6, f.y, b, s.bold, s.size, "right")
            f.y += 18
        f.y += 14
        for sec in FINDINGS["en"]:
            f.heading(m, sec, s.bold, s.size + 2)
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, "inspect", 3, 5))
            if sec.startswith("What does the setting need"):
                write(f, s, "The provider should:", pt=s.size)
                for _ in range(rng.randint(1, 2)):
                    write(f, s, "- " + words(rng, lg, "inspect"), indent=12)
        f.new_page()
        caption(f, s, "Setting details", 2, rule=True)
        rows = [
            ["Unique reference number", serial(rng, "EY999999")],
            [
                "Local authority",
                ["Reading", "Norfolk", "Leicester", "York"][int(str(NURSERY["idx"]))],
            ],
            ["Inspection number", serial(rng, "10999999")],
            ["Type of provision", "Childcare on non-domestic premises"],
            [
                "Registers",
                "Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register",
            ],
            ["Day care type", "Full day care"],
            ["Age range of children at time of inspection", "0 to 4"],
            ["Total number of places", str(rng.choice([38, 45, 52, 60, 74]))],
            ["Number of children on roll", str(rng.randint(40, 110))],
            ["Name of registered person", ours.name],
            ["Registered person unique reference number", serial(rng, "RP999999")],
            ["Telephone number", ours.phone],
            [
                "Date of previous inspection",
                short(d - timedelta(days=rng.randint(900, 1900)), "en"),
            ],
        ]
        for a, b in rows:
            f.need(20)
            f.page.text(m, f.y, a, s.font, s.size - 1)
            f.page.text(
                w / 2 + 10, f.y, fit(b, s.bold, s.size - 1, w / 2 - m - 10), s.bold, s.size - 1
            )
            f.page.line(m, f.y + 5, w - m, f.y + 5)
            f.y += 17
        f.heading(m, "Information about this early years setting", s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "admin", 2, 3))
        f.heading(m, "Information about this inspection", s.bold, s.size + 1)
        write(f, s, f"Inspector: {inspector}")
        write(f, s, prose(rng, lg, "inspect", 2, 4))
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "",
                "Niederschrift über die örtliche Prüfung gemäß § 46 SGB VIII",
                "Rapport de visite de contrôle - Établissement d'accueil du jeune enfant",
            ),
            2,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "", "Einrichtung", "Établissement"), ours.name),
                (tr(lg, "", "Anschrift", "Adresse"), f"{ours.street}, {ours.town}"),
                (tr(lg, "", "Tag der Prüfung", "Date de la visite"), short(d, lg)),
                (
                    tr(lg, "", "Anlass", "Motif"),
                    rng.choice(
                        tr(
                            lg,
                            "",
                            "Regelprüfung|anlassbezogen|Erweiterung Betriebserlaubnis",
                            "Visite annuelle|Demande d'extension d'agrément|Suite à signalement",
                        ).split("|")
                    ),
                ),
                (
                    tr(lg, "", "Plätze laut Betriebserlaubnis", "Capacité agréée"),
                    str(rng.choice([20, 35, 45, 60, 75])),
                ),
                (tr(lg, "", "Teilnehmende", "Présents"), f"{manager().who.name}, {inspector}"),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        for k, sec in enumerate(rng.sample(FINDINGS[lg], k=rng.randint(4, 6))):
            f.heading(m, f"{k + 1}. {sec}", s.bold, s.size + 1)
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, "inspect", 2, 5))
        f.heading(
            m,
            tr(lg, "", "Feststellungen und Auflagen", "Recommandations et prescriptions"),
            s.bold,
            s.size + 1,
        )
        rows = []
        for k in range(rng.randint(2, 7)):
            rows.append(
                [
                    str(k + 1),
                    words(rng, lg, "inspect", rng.randint(6, 11))[:-1],
                    short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
                ]
            )
        table(
            f,
            columns(m, w - m, [(0.4, "left"), (6, "left"), (1.4, "left")]),
            [
                tr(lg, "", "Nr.", "N°"),
                tr(lg, "", "Feststellung / Auflage", "Objet"),
                tr(lg, "", "Frist", "Échéance"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 16
        f.need(70)
        autograph(f.page, m, f.y + 20, inspector)
        f.page.text(m, f.y + 32, inspector, s.font, s.size - 1)
        if rng.random() < 0.5:
            f.new_page()
            caption(
                f,
                s,
                tr(
                    lg,
                    "",
                    "Anlage: Personalübersicht zum Stichtag",
                    "Annexe : tableau des effectifs",
                ),
                1,
            )
            rows = [
                [
                    x.who.name,
                    x.role,
                    rng.choice(["39", "30", "25", "19,5", "35"]),
                    short(x.started, lg),
                ]
                for x in staff()
            ]
            table(
                f,
                columns(m, w - m, [(3, "left"), (3, "left"), (1, "right"), (1.5, "right")]),
                [
                    tr(lg, "", "Name", "Nom"),
                    tr(lg, "", "Qualifikation", "Fonction"),
                    tr(lg, "", "Std./Woche", "h/sem."),
                    tr(lg, "", "seit", "Entrée"),
                ],
                rows,
                s,
                rules=True,
            )
    got(rng, (pages or f.pages)[0], lg, d + timedelta(days=20), 0.4)
    noted(None, None, d)
    covers = len(pages)
    return close(pages + f.pages, s, pp, numbers=numbers, covers=covers)


NEWS_HEADS = {
    "en": [
        "Welcome to our new starters",
        "Dates for your diary",
        "What we've been learning",
        "Healthy eating",
        "Staff news",
        "Parents' evening",
        "Sun safety",
        "Fundraising",
        "Tapestry learning journals",
        "Reminders",
    ],
    "de": [
        "Herzlich willkommen",
        "Termine",
        "Aus den Gruppen",
        "Gesunde Ernährung",
        "Neues aus dem Team",
        "Elternabend",
        "Sonnenschutz",
        "Förderverein",
        "Erinnerungen",
        "Schließtage",
    ],
    "fr": [
        "Bienvenue",
        "Agenda",
        "La vie des sections",
        "Alimentation",
        "L'équipe",
        "Réunion des familles",
        "Soleil et chaleur",
        "Fête de la crèche",
        "Rappels",
        "Fermetures",
    ],
}


def column_text(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float, bottom: float
) -> float:
    for ln in wrap(text, s.font, pt, width):
        if y > bottom:
            return y
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + pt * 0.5


EVENTS = {
    "en": [
        "Nursery closed - bank holiday",
        "Staff training day - nursery closed",
        "Parents' evening (book a slot with your key person)",
        "Sports day on the field",
        "Trip to Blackberry Farm (Pre-School)",
        "Stay and play morning",
        "Christmas nativity and mince pies",
        "Pre-School graduation",
        "Photographer in - individual and sibling photos",
        "Red Nose Day - wear something red",
        "World Book Day - come dressed as a character",
        "Summer fair",
    ],
    "de": [
        "Schließtag (Brückentag)",
        "Konzeptionstag - Kita geschlossen",
        "Elternabend um 19:30 Uhr",
        "Sommerfest im Garten",
        "Laternenumzug",
        "Ausflug der Vorschulkinder in den Zoo",
        "Fotograf in der Kita",
        "Nikolausfeier",
        "Verabschiedung der Schulkinder",
        "Elternsprechtage",
        "Teamfortbildung - Kita ab 12 Uhr geschlossen",
    ],
    "fr": [
        "Fermeture - pont de l'Ascension",
        "Journée pédagogique - crèche fermée",
        "Réunion des familles à 18h30",
        "Fête de l'été",
        "Sortie à la ferme pédagogique (grands)",
        "Passage du photographe",
        "Spectacle de Noël",
        "Carnaval de la crèche",
        "Café des parents",
        "Fermeture estivale",
    ],
}


def diary(rng: random.Random, lang: str, d: date, n: int, span: int) -> list[tuple[date, str]]:
    """``n`` coming events within ``span`` days of ``d``, in date order."""
    evs = rng.sample(EVENTS[lang], k=min(n, len(EVENTS[lang])))
    days = sorted(d + timedelta(days=rng.randint(5, span)) for _ in evs)
    return list(zip(days, evs, strict=True))


def tpl_newsletter(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's newsletter to parents: a masthead with issue and season, articles in two
    columns with photographs, dates for the diary, and now and then a second page with the
    term calendar and a tear-off reply slip (one document)."""
    pp = nursery_paper()
    lg = pp.lang
    s = style_of(pp, letter_size(pp), margin=40, pt=9)
    w, h = s.page_size
    m = s.margin
    d = on(rng, -10, 10)
    issue = rng.randint(3, 60)
    season = tr(
        lg,
        rng.choice(["Spring", "Summer", "Autumn", "Winter"]),
        rng.choice(["Frühling", "Sommer", "Herbst", "Winter"]),
        rng.choice(["Printemps", "Été", "Automne", "Hiver"]),
    )
    p = Page(s.page_size)
    p.rect(m, m - 10, w - 2 * m, 64, fill=0.82)
    title = tr(
        lg,
        f"{pp.name.split()[0]} {pp.name.split()[1]} News",
        f"Kita-Post {pp.name.split()[-1] if 'Kita' in pp.name else ''}".strip(),
        f"La gazette des {pp.name.split()[-1]}",
    )
    if rng.random() < 0.4:
        title = tr(lg, "Parent Newsletter", "Elternbrief", "Lettre aux familles")
    pt = shrink(title, pp.bold, 26, w - 2 * m - 20)
    p.text(m + 10, m + 20, title, pp.bold, pt)
    p.text(
        m + 10,
        m + 42,
        f"{season} {d.year}  -  {tr(lg, 'Issue', 'Ausgabe', 'N°')} {issue}  -  {pp.name}",
        s.font,
        9,
    )
    y = m + 74
    colw = (w - 2 * m - 18) / 2
    bottom = h - m - 20
    heads = rng.sample(NEWS_HEADS[lg], k=len(NEWS_HEADS[lg]))
    yy = [y, y]
    col = 0
    for k, head in enumerate(heads):
        x = m + col * (colw + 18)
        yc = yy[col]
        if yc > bottom - 80:
            col = 1 - col
            x = m + col * (colw + 18)
            yc = yy[col]
            if yc > bottom - 80:
                break
        p.text(x, yc, head, s.bold, 11)
        yc += 15
        if k in (1, 3, 6) and rng.random() < 0.7:
            ph = rng.uniform(70, 110)
            if yc + ph < bottom:
                photo(p, x, yc - 8, colw, ph, rng)
                yc += ph + 4
                p.text(
                    x,
                    yc,
                    fit(words(rng, lg, "care", 6), italic_face(s.font), 7, colw),
                    italic_face(s.font),
                    7,
                )
                yc += 14
        if head in ("Dates for your diary", "Termine", "Agenda"):
            for dd, ev in diary(rng, lg, d, rng.randint(3, 6), 80):
                p.text(x, yc, short(dd, lg), s.bold, 8.5)
                p.text(x + 58, yc, fit(ev, s.font, 8.5, colw - 60), s.font, 8.5)
                yc += 12
            yc += 6
        else:
            yc = column_text(p, s, x, yc, colw, prose(rng, lg, "care", 3, 6), 8.5, bottom)
        yy[col] = yc + 6
        col = 0 if yy[0] <= yy[1] else 1
    pages = [p]
    if rng.random() < 0.45:
        q = Page(s.page_size)
        y = m
        q.text(
            m,
            y,
            tr(
                lg, "Term dates and closures", "Schließtage und Termine", "Calendrier et fermetures"
            ),
            s.bold,
            13,
        )
        y += 20
        widths = [(w - 2 * m) * 0.3, (w - 2 * m) * 0.7]
        n = rng.randint(5, 10)
        base = grid(
            q,
            m,
            y,
            widths,
            n,
            18,
            [tr(lg, "Date", "Datum", "Date"), tr(lg, "Event", "Anlass", "Événement")],
            s.font,
            s.bold,
            8.5,
        )
        for yb, (dd, ev) in zip(base, diary(rng, lg, d, n, 200), strict=True):
            q.text(m + 4, yb, short(dd, lg), s.font, 8.5)
            q.text(m + widths[0] + 4, yb, ev, s.font, 8.5)
        y = base[-1] + 40
        if rng.random() < 0.7:
            slip_rule(
                q,
                m,
                w - m,
                y,
                tr(
                    lg,
                    "cut here and return to the office",
                    "hier abtrennen",
                    "à découper et à rendre",
                ),
            )
            y += 22
            q.text(m, y, tr(lg, "Reply slip", "Rückmeldung", "Coupon-réponse"), s.bold, 10)
            y += 16
            c = rng.choice(children())
            q.text(
                m, y, tr(lg, "Child's name:", "Name des Kindes:", "Nom de l'enfant :"), s.font, 9
            )
            if rng.random() < 0.5:
                hand(q, m + 90, y, kid(c))
            y += 16
            y = ticks(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    tr(lg, "We will attend", "Wir nehmen teil", "Nous participerons"),
                    tr(lg, "We cannot attend", "Wir können nicht", "Nous ne pourrons pas venir"),
                ],
                {0} if rng.random() < 0.5 else set(),
                pt=9,
            )
            q.text(m, y + 10, tr(lg, "Signed:", "Unterschrift:", "Signature :"), s.font, 9)
            q.line(m + 50, y + 14, m + 220, y + 14)
        pages.append(q)
    noted(None, None, d)
    return close(pages, s, pp, numbers=rng.choice(["none", "none", "{i}/{n}"]))


def tpl_fire_drill(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's fire evacuation drill record on one page: the drill, the times and
    numbers by hand, problems found and the manager's signature; or a page of the drill log
    book with several drills by hand on landscape A4."""
    pp = nursery_paper()
    lg = pp.lang
    d = on(rng, -60, 20)
    if keyed(who, "drillbook").random() < 0.35:
        s = style_of(pp, landscape(A4), margin=34, pt=9)
        w, _ = s.page_size
        m = s.margin
        p = Page(s.page_size)
        p.text(
            m,
            m,
            tr(
                lg,
                "FIRE DRILL LOG",
                "NACHWEIS RÄUMUNGSÜBUNGEN",
                "REGISTRE DE SÉCURITÉ - EXERCICES D'ÉVACUATION",
            ),
            s.bold,
            13,
        )
        p.text(w - m, m, pp.name, s.font, 9, "right")
        p.text(
            w - m,
            m + 12,
            tr(lg, "Sheet ", "Blatt ", "Feuillet ") + str(rng.randint(2, 9)),
            s.font,
            8,
            "right",
        )
        head = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Uhrzeit", "Heure"),
            tr(lg, "Announced?", "angekündigt", "Prévu ?"),
            tr(lg, "Exit used", "Fluchtweg", "Issue utilisée"),
            tr(lg, "Evac. time", "Dauer", "Durée"),
            tr(lg, "Children", "Kinder", "Enfants"),
            tr(lg, "Staff", "Personal", "Adultes"),
            tr(lg, "Comments / problems", "Bemerkungen", "Observations"),
            tr(lg, "Signed", "Unterschrift", "Visa"),
        ]
        widths = [64, 44, 60, 90, 50, 50, 50, 260, 90]
        sc = (w - 2 * m) / sum(widths)
        widths = [x * sc for x in widths]
        base = grid(p, m, m + 28, widths, 14, 26, head, s.font, s.bold, 7.5)
        dd = d - timedelta(days=30 * 8)
        for yb in base[: rng.randint(3, 12)]:
            dd += timedelta(days=rng.randint(20, 40))
            vals = [
                short(dd, lg),
                clock(rng, 9, 16),
                rng.choice(yes_no(lg)),
                rng.choice(
                    tr(
                        lg,
                        "Main door|Garden door|Fire exit 2",
                        "Haupteingang|Terrasse|Notausgang",
                        "Porte principale|Jardin|Issue de secours",
                    ).split("|")
                ),
                f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d}",
                str(rng.randint(18, 64)),
                str(rng.randint(5, 14)),
                words(rng, lg, "care", rng.randint(3, 7))[:-1] if rng.random() < 0.6 else "-",
                initials(manager().who),
            ]
            x = m
            for wd, v in zip(widths, vals, strict=True):
                hand(p, x + 3, yb, fit(v, HAND, 8.5, wd - 5), 8.5)
                x += wd
        noted(None, None, d)
        return [p]
    s = style_of(pp, A4, margin=46, pt=9)
    w, _h = A4
    m = s.margin
    p = Page(A4)
    y = letterhead(p, s, pp)
    p.text(
        m,
        y,
        tr(
            lg,
            "Fire Evacuation Drill Record",
            "Protokoll Räumungsübung",
            "Compte rendu d'exercice d'évacuation",
        ),
        s.bold,
        13,
    )
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time alarm raised", "Alarm ausgelöst um", "Heure du déclenchement"),
                clock(rng, 9, 16),
            ),
            (
                tr(
                    lg,
                    "Alarm activated by / call point",
                    "Auslösung durch / Melder",
                    "Déclenché par",
                ),
                f"{initials(manager().who)} / {serial(rng, 'MCP 9')}",
            ),
            (
                tr(lg, "Assembly point", "Sammelplatz", "Point de rassemblement"),
                rng.choice(
                    tr(
                        lg,
                        "Front car park|Church hall|Rear gate",
                        "Parkplatz|Spielplatz gegenüber|Wiese",
                        "Parking|Place de l'église|Square",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Time to evacuate", "Räumungsdauer", "Durée de l'évacuation"),
                f"{rng.randint(1, 4)} min {rng.randint(0, 59):02d} s",
            ),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(
                    tr(lg, "dry|rain|cold", "trocken|Regen|kalt", "sec|pluie|froid").split("|")
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, tr(lg, "Drill type:", "Art der Übung:", "Type d'exercice :"), s.font, 9)
    ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "announced", "angekündigt", "prévu"),
            tr(lg, "unannounced", "unangekündigt", "inopiné"),
            tr(lg, "nap time", "Schlafenszeit", "pendant la sieste"),
        ],
        {rng.randint(0, 2)},
    )
    y += 22
    widths = [(w - 2 * m) * k for k in (0.4, 0.2, 0.2, 0.2)]
    base = grid(
        p,
        m,
        y,
        widths,
        4,
        20,
        [
            "",
            tr(lg, "On register", "anwesend", "Présents"),
            tr(lg, "Evacuated", "geräumt", "Évacués"),
            tr(lg, "Checked", "geprüft", "Vérifié"),
        ],
        s.font,
        s.bold,
    )
    for yb, lab in zip(
        base,
        [
            tr(lg, "Children", "Kinder", "Enfants"),
            tr(lg, "Staff", "Personal", "Professionnels"),
            tr(lg, "Visitors / students", "Besucher / Praktikanten", "Stagiaires / visiteurs"),
            tr(
                lg,
                "Babies in evacuation cot",
                "Krippenkinder im Evakuierungsbett",
                "Bébés (lit d'évacuation)",
            ),
        ],
        strict=True,
    ):
        n = rng.randint(*[(12, 60), (4, 14), (0, 3), (0, 6)][base.index(yb)])
        p.text(m + 4, yb, lab, s.font, 8.5)
        for k, v in enumerate([str(n), str(n), "✓" if False else "ok"]):
            hand(p, m + widths[0] + k * widths[1] + 8, yb, v, 9)
    y = base[-1] + 24
    for label, n in [
        (tr(lg, "Problems found", "Festgestellte Mängel", "Difficultés rencontrées"), 3),
        (tr(lg, "Action to be taken", "Maßnahmen", "Actions à mener"), 2),
    ]:
        p.text(m, y, label, s.bold, 9)
        y += 16
        texts = (
            hand_lines(rng, words(rng, lg, "care", rng.randint(8, 20)), w - 2 * m)
            if rng.random() < 0.75
            else [tr(lg, "None", "keine", "RAS")]
        )
        y = lined(p, m, y, w - 2 * m, n, texts) + 6
    y += 16
    autograph(p, m + 4, y, manager().who.name)
    p.line(m, y + 4, m + 200, y + 4)
    p.text(m, y + 13, f"{manager().who.name}, {manager().role}", s.font, 7.5)
    noted(None, None, d)
    return close([p], s, pp, numbers="none")


TASKS = {
    "en": [
        "Toilets and sinks cleaned",
        "Nappy changing mat disinfected",
        "Tables wiped before meals",
        "High chairs cleaned",
        "Floors swept and mopped",
        "Toys washed (rota)",
        "Sleep mats and cots wiped",
        "Bins emptied",
        "Door handles and light switches",
        "Kitchen surfaces sanitised",
        "Fridge temperature checked",
        "Garden checked for hazards",
        "Sand pit covered",
        "Bedding laundered",
    ],
    "de": [
        "Toiletten und Waschbecken gereinigt",
        "Wickelauflage desinfiziert",
        "Tische vor den Mahlzeiten abgewischt",
        "Hochstühle gereinigt",
        "Boden gewischt",
        "Spielzeug gewaschen (Plan)",
        "Schlafmatten abgewischt",
        "Mülleimer geleert",
        "Türklinken und Lichtschalter",
        "Küchenflächen desinfiziert",
        "Kühlschrank Temperatur",
        "Außengelände kontrolliert",
        "Sandkasten abgedeckt",
        "Bettwäsche gewaschen",
    ],
    "fr": [
        "Sanitaires nettoyés",
        "Plan de change désinfecté",
        "Tables nettoyées avant repas",
        "Chaises hautes nettoyées",
        "Sols balayés et lavés",
        "Jouets lavés (roulement)",
        "Lits et couchettes désinfectés",
        "Poubelles vidées",
        "Poignées et interrupteurs",
        "Plans de travail cuisine",
        "Température du réfrigérateur",
        "Cour vérifiée",
        "Bac à sable couvert",
        "Linge lavé",
    ],
}


def tpl_cleaning_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's weekly cleaning checklist for one room on landscape A4: tasks by day
    with staff initials by hand and the room leader's check at the foot."""
    pp = nursery_paper()
    lg = pp.lang
    s = style_of(pp, landscape(A4), margin=34, pt=9)
    w, _h = s.page_size
    m = s.margin
    d = on(rng, -40, 20)
    d = d - timedelta(days=d.weekday())
    room = rng.choice(ROOMS[lg] + [tr(lg, "Kitchen", "Küche", "Cuisine")])
    p = Page(s.page_size)
    t = tr(lg, "Cleaning Schedule", "Reinigungs- und Hygieneplan", "Plan de nettoyage")
    p.text(m, m, t, s.bold, 14)
    p.text(m, m + 16, f"{tr(lg, 'Room', 'Raum', 'Pièce')}: {room}", s.font, 9)
    p.text(
        w - m,
        m,
        tr(lg, "Week commencing ", "Woche vom ", "Semaine du ") + short(d, lg),
        s.font,
        9,
        "right",
    )
    p.text(w - m, m + 14, pp.name, s.font, 8, "right")
    tasks = rng.sample(TASKS[lg], k=rng.randint(8, 13))
    head = [
        tr(lg, "Task", "Tätigkeit", "Tâche"),
        tr(lg, "Frequency", "Häufigkeit", "Fréquence"),
    ] + DAYS[lg]
    widths = [260, 90] + [70] * 5
    sc = (w - 2 * m) / sum(widths)
    widths = [x * sc for x in widths]
    base = grid(p, m, m + 28, widths, len(tasks), 24, head, s.font, s.bold, 8)
    crew = [initials(x.who) for x in rng.sample(staff(), k=min(3, len(staff())))]
    stop = rng.randint(3, 5)
    for yb, task in zip(base, tasks, strict=False):
        p.text(m + 4, yb, fit(task, s.font, 8.5, widths[0] - 8), s.font, 8.5)
        p.text(
            m + widths[0] + 4,
            yb,
            rng.choice(
                tr(
                    lg,
                    "daily|after use|2x daily",
                    "täglich|nach Benutzung|2x tägl.",
                    "quotidien|après usage|2x/jour",
                ).split("|")
            ),
            s.font,
            8,
        )
        x = m + widths[0] + widths[1]
        for k in range(5):
            if k < stop and rng.random() < 0.93:
                hand(p, x + 14, yb, rng.choice(crew), 9)
            x += widths[2 + k]
    y = base[-1] + 26
    p.text(
        m,
        y,
        tr(lg, "Checked by room leader:", "Kontrolle Gruppenleitung:", "Vérifié par :"),
        s.font,
        9,
    )
    if stop == 5 and rng.random() < 0.8:
        autograph(p, m + 140, y + 2, rng.choice(staff()).who.name, 12)
    noted(None, None, d)
    return [p]


def tpl_register(rng: random.Random, who: Issuer) -> list[Page]:
    """The nursery's daily attendance register for one room: children, arrival and departure
    times, who collected and the parents' initials by hand, the staff on duty at the foot."""
    pp = nursery_paper()
    lg = pp.lang
    land = keyed(who, "regland").random() < 0.6
    s = style_of(pp, landscape(A4) if land else A4, margin=32, pt=9)
    w, _h = s.page_size
    m = s.margin
    d = on(rng)
    room = rng.choice(ROOMS[lg])
    p = Page(s.page_size)
    p.text(
        m,
        m,
        tr(lg, "Daily Attendance Register", "Anwesenheitsliste", "Registre des présences"),
        s.bold,
        13,
    )
    p.text(m, m + 15, f"{room}  -  {pp.name}", s.font, 8.5)
    p.text(w - m - 90, m, f"{tr(lg, 'Date', 'Datum', 'Date')}:", s.font, 9, "right")
    hand(p, w - m - 84, m, short(d, lg))
    p.line(w - m - 86, m + 3, w - m, m + 3)
    kids = [c for c in children() if c.room == room] or children()
    kids = kids[: rng.randint(6, 18)]
    head = [
        tr(lg, "Child", "Kind", "Enfant"),
        tr(lg, "Arrived", "Ankunft", "Arrivée"),
        tr(lg, "Dropped off by", "gebracht von", "Déposé par"),
        tr(lg, "Departed", "Abholung", "Départ"),
        tr(lg, "Collected by", "abgeholt von", "Repris par"),
        tr(lg, "Parent sign.", "Unterschr.", "Signature"),
    ]
    widths = [150, 55, 110, 55, 110, 90]
    sc = (w - 2 * m) / sum(widths)
    widths = [x * sc for x in widths]
    rows = len(kids) + rng.randint(0, 3)
    base = grid(p, m, m + 30, widths, rows, 20 if land else 22, head, s.font, s.bold, 8)
    for yb, c in zip(base, kids, strict=False):
        p.text(m + 4, yb, fit(kid(c), s.font, 8.5, widths[0] - 6), s.font, 8.5)
        if rng.random() < 0.1:
            hand(p, m + widths[0] + 8, yb, tr(lg, "absent", "krank", "absent"), 8.5)
            continue
        by = c.mum if rng.random() < 0.6 or c.dad is None else c.dad
        vals = [
            clock(rng, 7, 9),
            by.first,
            clock(rng, 15, 18),
            by.first if rng.random() < 0.7 else tr(lg, "Nan", "Oma", "Mamie"),
            "",
        ]
        x = m + widths[0]
        for wd, v in zip(widths[1:], vals, strict=True):
            hand(p, x + 4, yb, fit(v, HAND, 9, wd - 6), 9)
            x += wd
        autograph(p, x - widths[-1] + 6, yb + 2, by.name, 9)
    y = base[-1] + 24
    p.text(
        m, y, tr(lg, "Staff on duty:", "Personal im Dienst:", "Personnel présent :"), s.font, 8.5
    )
    hand(
        p,
        m + 90,
        y,
        ", ".join(initials(x.who) for x in rng.sample(staff(), k=min(3, len(staff())))),
        9,
    )
    noted(None, None, d)
    return [p]


def tpl_cleaning_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The cleaning company's monthly invoice for contract cleaning (hours, deep clean,
    consumables), now and then with the service record of visits signed on site behind it
    (part of the invoice)."""
    pp = paper_of(who, "cleaning", ["bar", "flush", "ribbon", "centre"])
    lg = pp.lang
    s = style_of(pp, letter_size(pp))
    w, _h = s.page_size
    m = s.margin
    d = month() + timedelta(days=rng.randint(0, 4))
    if LAST["kind"] == "cleaning_log" and isinstance(LAST["day"], date):
        d = LAST["day"] + timedelta(days=rng.randint(3, 20))  # type: ignore[operator]
    no = serial(rng, keyed(who, "mask").choice(["INV9999", "RG-2025-9999", "F-9999"]))
    f = sheet(s, pp, pp.name)
    to_whom(
        f,
        s,
        pp,
        nursery_lines(lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnr.", "N° facture"), no),
            (tr(lg, "Contract", "Vertrag", "Contrat"), serial(keyed(who, "contract"), "C-999")),
        ],
    )
    per = month_name(d - timedelta(days=20), lg)
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - contract cleaning {per}",
            f"Rechnung Unterhaltsreinigung {per}",
            f"Facture - prestation de nettoyage {per}",
        ),
        1.5,
    )
    hours = rng.choice([2, 2.5, 3, 3.5]) * rng.choice([20, 21, 22])
    rate = round(rng.uniform(17, 29), 2)
    rows = [
        [
            tr(
                lg,
                f"Daily cleaning, {hours:g} hrs",
                f"Unterhaltsreinigung Mo-Fr, {hours:g} Std.",
                f"Nettoyage quotidien, {hours:g} h",
            ),
            f"{hours:g}",
            money(rate, lg),
            money(hours * rate, lg),
        ]
    ]
    net = hours * rate
    for label, v in [
        (
            tr(lg, "Deep clean - kitchen", "Grundreinigung Küche", "Nettoyage approfondi cuisine"),
            rng.uniform(120, 420),
        ),
        (tr(lg, "Window cleaning (quarterly)", "Glasreinigung", "Vitrerie"), rng.uniform(90, 260)),
        (
            tr(
                lg,
                "Consumables (hand towels, soap, bin liners)",
                "Verbrauchsmaterial (Handtücher, Seife)",
                "Consommables (essuie-mains, savon)",
            ),
            rng.uniform(40, 180),
        ),
    ]:
        if rng.random() < 0.5:
            rows.append([label, "1", money(v, lg), money(v, lg)])
            net += v
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    vat = {"en": 20, "de": 19, "fr": 20}[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 8,
            [
                (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
                (tr(lg, f"VAT {vat}%", f"USt {vat} %", f"TVA {vat} %"), money(net * vat / 100, lg)),
                (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net * (1 + vat / 100), lg)),
            ],
            w - m,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days by BACS. Thank you for your business.",
            "Zahlbar innerhalb 14 Tagen netto.",
            "Règlement à 30 jours par virement.",
        ),
        pt=8,
    )
    pages = list(f.pages)
    if rng.random() < 0.4:
        q = Page(s.page_size)
        y = m
        q.text(
            m, y, tr(lg, "Service record", "Leistungsnachweis", "Feuille de passage"), s.bold, 12
        )
        q.text(w - m, y, f"{nursery_paper().name} - {per}", s.font, 8, "right")
        y += 20
        widths = [(w - 2 * m) * k for k in (0.18, 0.14, 0.14, 0.24, 0.3)]
        base = grid(
            q,
            m,
            y,
            widths,
            22,
            17,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "In", "Beginn", "Arrivée"),
                tr(lg, "Out", "Ende", "Départ"),
                tr(lg, "Operative", "Mitarbeiter", "Agent"),
                tr(lg, "Nursery signature", "Bestätigung Kita", "Visa crèche"),
            ],
            s.font,
            s.bold,
            8,
        )
        dd = d - timedelta(days=35)
        cleaner = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
        for yb in base[: rng.randint(12, 22)]:
            dd += timedelta(days=1 if dd.weekday() < 4 else 3)
            vals = [
                short(dd, lg),
                "18:" + rng.choice(["00", "05", "15"]),
                f"{18 + int(hours / 20) + 1}:" + rng.choice(["00", "30", "10"]),
                cleaner,
            ]
            x = m
            for wd, v in zip(widths, vals, strict=False):
                hand(q, x + 3, yb, fit(v, HAND, 8.5, wd - 5), 8.5)
                x += wd
            if rng.random() < 0.8:
                hand(q, x + 6, yb, initials(rng.choice(staff()).who), 8.5)
        pages.append(q)
    got(rng, pages[0], home(), d, 0.35)
    noted(None, None, d)
    return close(pages, s, pp)


def month_end(d: date) -> date:
    nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's monthly payslip from the nursery as employer (printed by its payroll
    software or bureau): an English slip or A4 payslip, a German Entgeltabrechnung, a French
    bulletin de paie (now and then with its second page of contributions and totals)."""
    pp = nursery_paper()
    lg = pp.lang
    st = the_worker(rng)
    d = month_end(month() - timedelta(days=3)) - timedelta(days=keyed(who, "payday").randint(0, 3))
    hrs = rng.choice([16, 22.5, 25, 30, 37.5, 39, 40])
    bureau = keyed(who, "bureau").choice(
        tr(
            lg,
            "Sage Payroll|BrightPay|Moorepay Ltd",
            "DATEV eG - Lohn und Gehalt|Lexware lohn+gehalt|Steuerbüro Albers",
            "Silae|Sage Paie|Cabinet Comptable Rigaud",
        ).split("|")
    )
    if lg == "en":
        slip = keyed(who, "slip").random() < 0.55
        size = PAYSLIP if slip else A4
        s = style_of(pp, size, margin=22 if slip else 40, pt=8)
        w, h = size
        m = s.margin
        p = Page(size)
        p.text(m, m, pp.name, s.bold, 10)
        p.text(w - m, m, "PAYSLIP", s.bold, 10, "right")
        y = fields(
            p,
            s,
            m,
            m + 8,
            w - 2 * m,
            [
                ("Employee", st.who.name),
                ("Employee No.", st.ref),
                ("NI Number", serial(rng, "AA 99 99 99 A")),
                ("Tax code", rng.choice(["1257L", "1257L", "BR", "1257L M1"])),
                ("Pay date", short(d, "en")),
                ("Tax period", f"Month {(d.month + 8) % 12 + 1}"),
            ],
            per=6 if slip else 3,
            tall=20,
            hand=False,
        )
        rate = round(rng.uniform(11.5, 16.5), 2)
        gross = hrs * 52 / 12 * rate
        tax = max(0.0, (gross - 1048) * 0.2)
        ni = max(0.0, (gross - 1048) * 0.08)
        pen = gross * 0.05
        half = (w - 2 * m) / 2
        rows_l = [("Basic pay", f"{hrs * 52 / 12:.2f}", money(rate), money(gross))]
        if rng.random() < 0.3:
            rows_l.append(("Holiday pay", "", "", money(rng.uniform(50, 300))))
        rows_r = [
            ("PAYE tax", money(tax)),
            ("National Insurance", money(ni)),
            ("Pension (NEST)", money(pen)),
        ]
        p.text(m, y, "Payments", s.bold, 8.5)
        p.text(m + half + 8, y, "Deductions", s.bold, 8.5)
        y += 11
        for k in range(max(len(rows_l), len(rows_r))):
            if k < len(rows_l):
                a, b, c, v = rows_l[k]
                p.text(m, y, a, s.font, 8)
                p.text(m + half * 0.55, y, b, s.font, 8, "right")
                p.text(m + half * 0.75, y, c, s.font, 8, "right")
                p.text(m + half - 6, y, v, s.font, 8, "right")
            if k < len(rows_r):
                a, v = rows_r[k]
                p.text(m + half + 8, y, a, s.font, 8)
                p.text(w - m, y, v, s.font, 8, "right")
            y += 10
        y += 4
        p.line(m, y - 6, w - m, y - 6)
        net = gross - tax - ni - pen
        p.text(m, y + 4, f"Total gross {money(gross)}", s.font, 8)
        p.text(m + half + 8, y + 4, f"Total deductions {money(tax + ni + pen)}", s.font, 8)
        p.rect(w - m - 110, y + 10, 110, 20)
        p.text(w - m - 104, y + 24, "NET PAY", s.bold, 8)
        p.text(w - m - 6, y + 24, f"£{money(net)}", s.bold, 10, "right")
        y += 40
        ytd = (d.month + 8) % 12 + 1
        p.text(
            m,
            y,
            f"Year to date: taxable pay {money(gross * ytd)}  tax {money(tax * ytd)}  "
            f"NI {money(ni * ytd)}  pension {money(pen * ytd)}",
            s.font,
            7,
        )
        p.text(m, min(y + 12, h - 12), f"Produced by {bureau}", s.font, 6)
        return [p]
    if lg == "de":
        s = style_of(pp, A4, margin=40, pt=8.5)
        w, h = A4
        m = s.margin
        p = Page(A4)
        p.text(m, m, "Abrechnung der Brutto/Netto-Bezüge", "Helvetica-Bold", 11)
        p.text(w - m, m, f"für {month_name(d, 'de')}", "Helvetica", 9, "right")
        window(
            p,
            s,
            pp,
            m + 30,
            [
                f"{'Frau' if st.who.female else 'Herr'}",
                st.who.name,
                f"{rng.choice(ROADS['de'])} {rng.randint(1, 90)}",
                str(NURSERY["town"]),
            ],
        )
        y = fields(
            p,
            s,
            w / 2 + 10,
            m + 20,
            w / 2 - m - 10,
            [
                ("Personal-Nr.", st.ref),
                ("Eintritt", short(st.started, "de")),
                ("Steuerklasse", rng.choice(["1", "1", "3", "4", "5"])),
                ("Kinderfreibetrag", rng.choice(["0,0", "0,5", "1,0"])),
                ("Konfession", rng.choice(["rk", "ev", "--"])),
                ("SV-Nummer", serial(rng, "99 999999 A 999")),
                ("Krankenkasse", rng.choice(["AOK NordWest", "TK", "BARMER", "DAK-Gesundheit"])),
                (
                    "Tarif",
                    f"TVöD SuE S{rng.choice(['3', '4', '8a', '8b', '11b'])} Stufe "
                    f"{rng.randint(1, 6)}",
                ),
            ],
            per=2,
            tall=20,
            hand=False,
        )
        gross = hrs / 39 * rng.uniform(2900, 4300)
        rows = [["Tabellenentgelt", f"{hrs:g} Std./Wo", money(gross, "de")]]
        if rng.random() < 0.4:
            z = rng.uniform(50, 180)
            rows.append(["SuE-Zulage", "", money(z, "de")])
            gross += z
        lst = gross * rng.uniform(0.04, 0.14)
        items = [
            ("Lohnsteuer", lst),
            ("Kirchensteuer", lst * 0.09 if rng.random() < 0.5 else 0),
            ("KV-Beitrag", gross * 0.0865),
            ("RV-Beitrag", gross * 0.093),
            ("AV-Beitrag", gross * 0.013),
            ("PV-Beitrag", gross * 0.018),
            ("ZVK-Umlage AN", gross * 0.0165),
        ]
        f = Flow(A4, h - m, lambda pg, n: y + 10)
        f.pages = [p]
        f.page = p
        f.y = y + 10
        table(
            f,
            columns(m, w - m, [(4, "left"), (2, "left"), (1.5, "right")]),
            ["Bezeichnung", "Menge", "Betrag"],
            rows,
            s,
            rules=True,
        )
        f.y += 4
        f.y = pairs(p, s, m, f.y, [("Gesamt-Brutto", money(gross, "de"))], w - m, 9) + 6
        f.y = pairs(p, s, m, f.y, [(a, money(v, "de")) for a, v in items if v], w / 2, 8.5) + 6
        net = gross - sum(v for _, v in items)
        p.rect(w / 2 + 20, f.y - 12, w / 2 - m - 20, 20, fill=0.88)
        p.text(w / 2 + 26, f.y + 2, "Auszahlungsbetrag", "Helvetica-Bold", 9.5)
        p.text(w - m - 6, f.y + 2, f"{money(net, 'de')} €", "Helvetica-Bold", 10, "right")
        f.y += 24
        p.text(
            m,
            f.y,
            f"Überweisung an IBAN DE** **** **** **** {rng.randint(1000, 9999)} "
            f"{rng.randint(10, 99)}",
            s.font,
            8,
        )
        p.text(m, h - 30, f"{pp.name} - erstellt mit {bureau}", s.font, 6.5)
        return [p]
    s = style_of(pp, A4, margin=34, pt=8)
    w, h = A4
    m = s.margin
    p = Page(A4)
    p.text(w / 2, m, "BULLETIN DE PAIE", "Helvetica-Bold", 12, "center")
    p.text(
        w / 2,
        m + 12,
        f"Période du 01/{d.month:02d}/{d.year} au {short(month_end(d), 'fr')} - paiement le "
        f"{short(month_end(d) - timedelta(days=2), 'fr')}",
        "Helvetica",
        7.5,
        "center",
    )
    p.rect(m, m + 22, (w - 2 * m) / 2 - 6, 64)
    yy = m + 34
    for t in (
        pp.name,
        pp.street,
        pp.town,
        f"SIRET {serial(keyed(who, 'siret'), '999 999 999 99999')}  APE 8891A",
        "URSSAF des Pays de la Loire" if "Nantes" in pp.town else "URSSAF",
    ):
        p.text(m + 6, yy, fit(t, s.font, 7.5, (w - 2 * m) / 2 - 18), s.font, 7.5)
        yy += 10
    for k, t in enumerate(
        [
            f"{'Madame' if st.who.female else 'Monsieur'} {st.who.name}",
            f"{rng.randint(1, 90)} {rng.choice(ROADS['fr'])}",
            str(NURSERY["town"]),
        ]
    ):
        p.text(w / 2 + 30, m + 44 + k * 11, t, s.font, 9)
    y = fields(
        p,
        s,
        m,
        m + 96,
        w - 2 * m,
        [
            ("Emploi", st.role),
            ("Matricule", st.ref),
            ("N° Sécurité sociale", serial(rng, "2 99 99 99 999 999")),
            ("Convention collective", "ALISFA (IDCC 1261)"),
            ("Entrée", short(st.started, "fr")),
            ("Coefficient / pesée", str(rng.randint(250, 520))),
        ],
        per=3,
        tall=20,
        hand=False,
    )
    base_h = round(hrs * 52 / 12, 2)
    rate = round(rng.uniform(11.9, 17.5), 4)
    gross = base_h * rate
    lines = [
        ("Salaire de base", f"{base_h:.2f}", f"{rate:.4f}", money(gross, "fr"), "", ""),
        ("SANTÉ", "", "", "", "", ""),
        ("Sécurité sociale - Maladie Maternité", money(gross, "fr"), "", "", "", "7,000"),
        ("Complémentaire santé", "", "", "", money(24.5, "fr"), money(24.5, "fr")),
        ("ACCIDENTS DU TRAVAIL", money(gross, "fr"), "", "", "", "1,100"),
        ("RETRAITE", "", "", "", "", ""),
        (
            "Sécurité sociale plafonnée",
            money(gross, "fr"),
            "6,900",
            "",
            money(gross * 0.069, "fr"),
            "8,550",
        ),
        (
            "Sécurité sociale déplafonnée",
            money(gross, "fr"),
            "0,400",
            "",
            money(gross * 0.004, "fr"),
            "2,020",
        ),
        (
            "Complémentaire Tranche 1",
            money(gross, "fr"),
            "4,010",
            "",
            money(gross * 0.0401, "fr"),
            "6,010",
        ),
        ("FAMILLE", money(gross, "fr"), "", "", "", "3,450"),
        ("ASSURANCE CHÔMAGE", money(gross, "fr"), "", "", "", "4,050"),
        (
            "CSG déductible de l'impôt sur le revenu",
            money(gross * 0.9825, "fr"),
            "6,800",
            "",
            money(gross * 0.9825 * 0.068, "fr"),
            "",
        ),
        (
            "CSG/CRDS non déductible",
            money(gross * 0.9825, "fr"),
            "2,900",
            "",
            money(gross * 0.9825 * 0.029, "fr"),
            "",
        ),
    ]
    f = Flow(A4, h - m - 20, lambda pg, n: m + 10)
    f.pages = [p]
    f.page = p
    f.y = y + 6
    table(
        f,
        columns(
            m,
            w - m,
            [
                (4.5, "left"),
                (1.2, "right"),
                (0.9, "right"),
                (1.1, "right"),
                (1.1, "right"),
                (0.9, "right"),
            ],
        ),
        ["Rubrique", "Base", "Taux sal.", "Gain", "Retenue", "Taux pat."],
        [list(x) for x in lines],
        s,
        size=7.5,
        rules=True,
        step=1.75,
    )
    ded = gross * (0.069 + 0.004 + 0.0401 + 0.9825 * 0.097) + 24.5
    net = gross - ded
    pas = rng.choice([0.0, 1.5, 3.2, 5.8, 7.4])
    f.need(80)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w / 2 - 40,
            f.y,
            [
                ("Net à payer avant impôt sur le revenu", money(net, "fr")),
                (
                    f"Impôt sur le revenu prélevé à la source - taux {money(pas, 'fr')} %",
                    money(net * pas / 100, "fr"),
                ),
                ("NET PAYÉ", f"{money(net * (1 - pas / 100), 'fr')} €"),
            ],
            w - m,
            8.5,
        )
        + 8
    )
    f.page.text(
        m,
        f.y,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        s.font,
        6.5,
    )
    if rng.random() < 0.35:
        f.new_page()
        f.page.text(
            m, f.y, f"Bulletin de paie - {st.who.name} - {month_name(d, 'fr')} (suite)", s.bold, 9
        )
        f.y += 18
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.5, "right"), (1.5, "right")]),
            ["Cumuls", "Mois", "Année"],
            [
                ["Salaire brut", money(gross, "fr"), money(gross * d.month, "fr")],
                ["Net imposable", money(net * 1.03, "fr"), money(net * 1.03 * d.month, "fr")],
                ["Heures travaillées", f"{base_h:.2f}", f"{base_h * d.month:.2f}"],
                ["Congés payés acquis (jours)", "2,08", money(2.08 * d.month, "fr")],
                [
                    "Coût total employeur",
                    money(gross * 1.42, "fr"),
                    money(gross * 1.42 * d.month, "fr"),
                ],
            ],
            s,
            rules=True,
        )
    for pg in f.pages:
        pg.text(m, h - 22, f"Édité par {bureau}", s.font, 6)
    return f.pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent invoice for the nursery's premises: an English quarterly rent
    demand, a German Mietrechnung, a French avis d'échéance with the quittance to tear off;
    now and then with the service charge page (all one document)."""
    pp = paper_of(who, "landlord", ["flush", "centre", "bar", "ribbon"])
    lg = pp.lang
    s = style_of(pp, A4)
    w, h = A4
    m = s.margin
    d = on(rng, -25, 5)
    f = sheet(s, pp, pp.name)
    ref = serial(keyed(who, "lease"), rng.choice(["L/999/99", "ME-9999-99", "LOC99999"]))
    to_whom(
        f,
        s,
        pp,
        nursery_lines(lg, tr(lg, "The Proprietor", "Geschäftsführung", "Monsieur le Président")),
        d,
        [(tr(lg, "Tenant ref", "Mietobjekt", "Référence"), ref)],
    )
    rent = rng.uniform(1800, 7200)
    sc = rent * rng.uniform(0.08, 0.2)
    if lg == "en":
        q = rng.choice(["25 March", "24 June", "29 September", "25 December"])
        caption(f, s, f"Rent demand - quarter commencing {q} {d.year}", 1.5)
        write(
            f,
            s,
            f"Premises: {nursery_paper().street}, {nursery_paper().town}. "
            + prose(rng, "en", "admin", 1, 2),
        )
        rows = [
            ["Rent (quarter)", money(rent * 3)],
            ["Service charge on account", money(sc * 3)],
            ["Buildings insurance", money(rng.uniform(120, 400))],
        ]
        vat = 0.2 if rng.random() < 0.5 else 0.0
    elif lg == "de":
        caption(f, s, f"Mietrechnung {month_name(d, 'de')}", 1.5)
        write(
            f,
            s,
            f"Mietobjekt: Kindertagesstätte {nursery_paper().street}, "
            f"{nursery_paper().town}. Gewerbemietvertrag vom "
            f"{short(d - timedelta(days=2000), 'de')}.",
        )
        rows = [
            ["Grundmiete", money(rent, "de")],
            ["Betriebskostenvorauszahlung", money(sc, "de")],
            ["Heizkostenvorauszahlung", money(sc * 0.6, "de")],
        ]
        vat = 0.0
    else:
        caption(f, s, f"Avis d'échéance - {month_name(d, 'fr')}", 1.5)
        write(
            f,
            s,
            f"Locaux : {nursery_paper().street}, {nursery_paper().town}. Bail "
            "professionnel. Échéance payable d'avance le 1er du mois.",
        )
        rows = [
            ["Loyer", money(rent, "fr")],
            ["Provision sur charges", money(sc, "fr")],
            ["Taxe foncière (quote-part)", money(rng.uniform(80, 300), "fr")],
        ]
        vat = 0.0
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.5, "right")]),
        [tr(lg, "Item", "Position", "Libellé"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    total = sum(
        float(r[1].replace(" ", "").replace(".", "").replace(",", "."))
        if lg != "en"
        else float(r[1].replace(",", ""))
        for r in rows
    )
    items = []
    if vat:
        items.append(("VAT at 20%", money(total * vat)))
    items.append(
        (tr(lg, "Total due", "Gesamtbetrag", "Total à payer"), cash(total * (1 + vat), lg))
    )
    f.y = pairs(f.page, s, w / 2, f.y + 8, items, w - m) + 6
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due on the quarter day. Please pay by standing order to "
            f"sort code {serial(rng, '99-99-99')} account {serial(rng, '99999999')}.",
            "Bitte überweisen Sie den Betrag bis zum 3. Werktag des Monats.",
            "Le règlement est dû au 1er du mois. En cas de prélèvement, ne pas payer.",
        ),
        pt=s.size - 1,
    )
    if lg == "fr" and rng.random() < 0.7:
        f.need(150)
        f.y = max(f.y + 20, h - m - 150)
        slip_rule(f.page, m, w - m, f.y, "Quittance - à détacher")
        f.y += 24
        f.page.text(m, f.y, "QUITTANCE DE LOYER", s.bold, 11)
        f.y += 16
        write(
            f,
            s,
            f"Je soussigné(e), {pp.name}, bailleur, reconnais avoir reçu de "
            f"{nursery_paper().name} la somme de {cash(total, 'fr')} au titre du loyer et des "
            f"charges pour la période de {month_name(d, 'fr')}.",
            pt=8.5,
        )
        signer = keyed(who, "gerant")
        autograph(
            f.page,
            w - m - 150,
            f.y + 10,
            f"{signer.choice(FIRSTS['fr'])} {signer.choice(LASTS['fr'])}",
        )
    pages = list(f.pages)
    if rng.random() < 0.3:
        q = Page(A4)
        y = m
        q.text(
            m,
            y,
            tr(
                lg,
                "Service charge budget",
                "Aufstellung Betriebskosten",
                "Budget prévisionnel des charges",
            ),
            s.bold,
            11,
        )
        y += 22
        widths = [(w - 2 * m) * 0.55, (w - 2 * m) * 0.2, (w - 2 * m) * 0.25]
        heads = tr(
            lg,
            "Cost heading|Share|Annual",
            "Kostenart|Schlüssel|Jahresbetrag",
            "Poste|Tantièmes|Montant annuel",
        ).split("|")
        names = tr(
            lg,
            "Cleaning of common parts|Lighting|Lift maintenance|Landscaping|"
            "Management fee|Insurance|Refuse collection|Fire alarm maintenance",
            "Grundsteuer|Wasser/Abwasser|Müllabfuhr|Gebäudeversicherung|Hausmeister|"
            "Gartenpflege|Wartung Brandmeldeanlage|Straßenreinigung",
            "Entretien parties communes|Eau|Ordures ménagères|Assurance immeuble|"
            "Honoraires de gestion|Espaces verts|Ascenseur|Électricité communs",
        ).split("|")
        base = grid(q, m, y, widths, len(names), 18, heads, s.font, s.bold, 8.5)
        for yb, nm in zip(base, names, strict=True):
            q.text(m + 4, yb, nm, s.font, 8.5)
            q.text(m + widths[0] + 4, yb, f"{rng.randint(80, 400)}/1000", s.font, 8.5)
            q.text(w - m - 6, yb, money(rng.uniform(300, 6000), lg), s.font, 8.5, "right")
        pages.append(q)
    got(rng, pages[0], home(), d, 0.3)
    noted(None, None, d)
    return close(pages, s, pp)


COURSES = {
    "en": [
        ("Level 3 Award in Paediatric First Aid (RQF)", "12 hours", 3),
        ("Emergency Paediatric First Aid", "6 hours", 3),
        ("Paediatric First Aid - annual refresher", "3 hours", 1),
    ],
    "de": [
        ("Erste Hilfe in Bildungs- und Betreuungseinrichtungen für Kinder", "9 UE", 2),
        ("Erste-Hilfe-Fortbildung Kindernotfälle", "9 UE", 2),
    ],
    "fr": [
        ("Prévention et Secours Civiques de niveau 1 (PSC)", "7 heures", 0),
        ("Sauveteur Secouriste du Travail (SST)", "14 heures", 2),
        ("Gestes d'urgence pédiatriques", "7 heures", 0),
    ],
}
CONTENT = {
    "en": [
        "Role and responsibilities of the paediatric first aider",
        "Assessing an emergency",
        "CPR for infants and children",
        "Choking",
        "Recovery position",
        "Anaphylaxis",
        "Seizures and febrile convulsions",
        "Bleeding and shock",
        "Burns and scalds",
        "Head injuries",
        "Meningitis and sepsis",
        "Asthma",
        "Recording accidents",
    ],
    "de": [
        "Eigenschutz und Absichern",
        "Notruf",
        "Bewusstlosigkeit, stabile Seitenlage",
        "Herz-Lungen-Wiederbelebung bei Säuglingen und Kindern",
        "Fremdkörper in den Atemwegen",
        "Fieberkrampf",
        "Vergiftungen",
        "Verbrennungen",
        "Wunden und Blutungen",
        "Knochenbrüche",
        "Insektenstiche und Allergien",
        "Dokumentation im Verbandbuch",
    ],
    "fr": [
        "Protection",
        "Alerte",
        "Obstruction des voies aériennes",
        "Hémorragies",
        "Perte de connaissance",
        "Arrêt cardiaque et défibrillation",
        "Malaises",
        "Traumatismes",
        "Plaies et brûlures",
        "Spécificités du nourrisson et de l'enfant",
    ],
}


def tpl_first_aid_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training provider's first-aid certificate for one staff member (paediatric first aid,
    Erste Hilfe in Kitas, PSC / SST) on landscape or portrait A4 with a frame, the course
    dates, validity, certificate number and trainer's signature; now and then the course
    content printed on a second page (part of the certificate)."""
    pp = paper_of(who, "training", ["centre", "blocks", "bar"])
    lg = pp.lang
    land = keyed(who, "certland").random() < 0.7
    size = landscape(A4) if land else A4
    w, h = size
    st = the_worker(rng, ("record_check",))
    d = on(rng, -90, 0)
    course, length, valid = rng.choice(COURSES[lg])
    p = Page(size)
    p.rect(22, 22, w - 44, h - 44)
    p.rect(28, 28, w - 56, h - 56)
    if rng.random() < 0.5:
        p.rect(22, 22, w - 44, 10, fill=0.7)
    g = 1.45 if land else 2.1
    y = 92.0 if land else 120.0
    p.text(w / 2, y, pp.name, pp.bold, shrink(pp.name, pp.bold, 14, w - 120), "center")
    y += 50 * g
    t = tr(
        lg,
        "Certificate of Achievement",
        "Teilnahmebescheinigung",
        "Certificat de compétences" if "PSC" in course else "Attestation de formation",
    )
    p.text(w / 2, y, t, "Times-BoldItalic" if pp.font != "Courier" else pp.bold, 28, "center")
    y += 36 * g
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        "Times-Italic",
        12,
        "center",
    )
    y += 32 * g
    p.text(w / 2, y, st.who.name, "Times-Bold", 22, "center")
    p.line(w / 2 - 150, y + 6, w / 2 + 150, y + 6)
    y += 28 * g
    if lg == "de":
        p.text(w / 2, y, f"geboren am {short(st.born, 'de')}", "Times-Roman", 10, "center")
        y += 18
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "has successfully completed",
            "an der Ausbildung",
            "a suivi avec succès la formation",
        ),
        "Times-Italic",
        12,
        "center",
    )
    y += 26 * g
    p.text(w / 2, y, course, "Times-Bold", shrink(course, "Times-Bold", 15, w - 140), "center")
    y += 20
    extra = tr(
        lg,
        f"({length}) - regulated qualification, Ofqual ref. 603/{serial(rng, '9999/9')}",
        f"({length}) gemäß DGUV Grundsatz 304-001 teilgenommen hat.",
        f"({length}) conforme au référentiel national.",
    )
    p.text(w / 2, y, extra, "Times-Roman", 10, "center")
    y = h - 150 if land else h - 200
    end = d
    start = d - timedelta(days=rng.choice([0, 1, 7]))
    left = [
        (
            tr(lg, "Course date(s)", "Datum", "Date(s) de formation"),
            short(start, lg) + (f" - {short(end, lg)}" if start != end else ""),
        ),
        (
            tr(lg, "Certificate no.", "Bescheinigungs-Nr.", "N° de certificat"),
            serial(rng, keyed(who, "mask").choice(["PFA/99999", "EH-99-9999", "99999999"])),
        ),
    ]
    if valid:
        left.append(
            (
                tr(lg, "Valid until", "gültig bis", "Valable jusqu'au"),
                short(end.replace(year=end.year + valid), lg),
            )
        )
    for k, (a, b) in enumerate(left):
        p.text(90, y + k * 15, f"{a}: {b}", "Helvetica", 9)
    trainer = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    autograph(p, w - 260, y + 8, trainer, 16)
    p.line(w - 270, y + 12, w - 90, y + 12)
    p.text(
        w - 270,
        y + 24,
        f"{trainer}, {tr(lg, 'Trainer', 'Ausbilder/in', 'Formateur')}",
        "Helvetica",
        8,
    )
    if rng.random() < 0.5:
        stamp(p, w - 250, y + 40, [" ".join(pp.name.split()[:3]).upper(), pp.town])
    pages = [p]
    if rng.random() < 0.35:
        q = Page(size)
        q.text(
            w / 2,
            70,
            tr(lg, "Course content", "Lehrgangsinhalte", "Contenu de la formation"),
            "Helvetica-Bold",
            14,
            "center",
        )
        yy = 110.0
        for it in CONTENT[lg]:
            q.text(120, yy, "-  " + it, "Helvetica", 10)
            yy += 17
        q.text(
            120,
            yy + 20,
            tr(
                lg,
                "Assessment: practical and written - PASS",
                "Lernerfolgskontrolle: erfolgreich",
                "Évaluation : apte",
            ),
            "Helvetica-Bold",
            10,
        )
        pages.append(q)
    noted(None, st, d)
    return pages


LETTER_WHY = {
    "en": {
        "notice": (
            "Notice to end childcare place",
            [
                "Please accept this letter as one month's written notice that {child} will be "
                "leaving the nursery. {child}'s last day will be {date}.",
                "We have been very happy with the care {child} has received and would like to "
                "thank all the staff, especially the key person.",
            ],
        ),
        "change": (
            "Change of days",
            [
                "I am writing to ask whether {child} could change from the current days to "
                "Monday, Tuesday and Thursday from {date}.",
                "My working pattern is changing and I would be grateful if you could let me know "
                "as soon as possible whether this is possible.",
            ],
        ),
        "accident": (
            "Accident on {date}",
            [
                "I am writing about the accident {child} had at nursery on {date}.",
                "When I collected {child} the injury was worse than described on the form and we "
                "went to the walk-in centre that evening. I would like to understand how this "
                "happened and what will be done to prevent it happening again.",
            ],
        ),
        "funding": (
            "Funding code",
            [
                "Please find below our 30 hours funding code for {child}, valid from {date}.",
                "I understand that the code must be reconfirmed every three months.",
            ],
        ),
    },
    "de": {
        "notice": (
            "Kündigung des Betreuungsvertrages",
            [
                "hiermit kündigen wir den Betreuungsvertrag für unser Kind {child} fristgerecht "
                "zum {date}.",
                "Wir bedanken uns herzlich beim ganzen Team für die schöne Zeit.",
            ],
        ),
        "change": (
            "Änderung der Betreuungszeit",
            [
                "wir möchten die Betreuungszeit für {child} ab dem {date} von 35 auf 45 Stunden "
                "erhöhen.",
                "Bitte teilen Sie uns mit, ob dies möglich ist und welche Unterlagen benötigt "
                "werden.",
            ],
        ),
        "accident": (
            "Unfall am {date}",
            [
                "wir beziehen uns auf den Unfall unseres Kindes {child} am {date}.",
                "Am Abend waren wir beim Kinderarzt. Wir bitten um ein Gespräch, wie es zu dem "
                "Sturz kommen konnte, und um die Meldung an die Unfallkasse.",
            ],
        ),
        "funding": (
            "Antrag auf Beitragsbefreiung",
            [
                "anbei übersenden wir den Bescheid des Jugendamtes über die Übernahme des "
                "Elternbeitrags für {child} ab dem {date}.",
                "Bitte berücksichtigen Sie dies bei der nächsten Abrechnung.",
            ],
        ),
    },
    "fr": {
        "notice": (
            "Résiliation du contrat d'accueil",
            [
                "Par la présente, nous vous informons de notre décision de mettre fin au contrat "
                "d'accueil de {child}, avec un préavis d'un mois. Le dernier jour d'accueil sera "
                "le {date}.",
                "Nous remercions toute l'équipe pour son accompagnement.",
            ],
        ),
        "change": (
            "Modification du contrat",
            [
                "Nous souhaiterions modifier les jours d'accueil de {child} à partir du {date}.",
                "Pourriez-vous nous indiquer si cette modification est possible ?",
            ],
        ),
        "accident": (
            "Incident du {date}",
            [
                "Nous revenons vers vous au sujet de l'incident survenu à {child} le {date}.",
                "Nous avons consulté le médecin le soir même. Nous souhaiterions vous rencontrer "
                "afin de comprendre les circonstances.",
            ],
        ),
        "funding": (
            "Changement de situation",
            [
                "Suite à un changement de situation professionnelle, nous vous transmettons notre "
                "nouvelle attestation CAF pour {child}, valable à partir du {date}.",
                "Merci de recalculer notre tarif horaire.",
            ],
        ),
    },
}


def tpl_parent_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's letter to the nursery, typed or handwritten: notice to leave, a change of
    days, a funding code or a complaint about an accident (after an accident report it is
    about that accident)."""
    lg = home()
    c = the_child(rng, ("accident_report", "contract", "fee_invoice"))
    after = LAST["kind"] == "accident_report" and LAST["child"] is c
    why = "accident" if after else rng.choice(["notice", "notice", "change", "funding"])
    d0 = LAST["day"] if after and isinstance(LAST["day"], date) else on(rng, 10, 60)
    d = (d0 + timedelta(days=rng.randint(1, 4))) if after else on(rng, -20, 5)
    subject, paras = LETTER_WHY[lg][why]
    writer = c.mum if rng.random() < 0.7 or c.dad is None else c.dad
    handwritten = rng.random() < 0.3
    size = (
        A5
        if handwritten and rng.random() < 0.5
        else (LETTER if lg == "en" and rng.random() < 0.3 else A4)
    )
    font = HAND if handwritten else rng.choice(["Helvetica", "Times-Roman"])
    bold = font if handwritten else ("Helvetica-Bold" if font == "Helvetica" else "Times-Bold")
    pt = 10 if handwritten else rng.choice([10, 11])
    s = Style(font, bold, pt, 40 if size == A5 else 60, "none", "bottom", size, "short")
    w, _h = size
    m = s.margin
    p = Page(size)
    y = m
    me = [writer.name, c.street, c.town]
    for k, t in enumerate(me):
        if lg == "en":
            p.text(w - m, y + k * pt * 1.3, t, font, pt, "right")
        else:
            p.text(m, y + k * pt * 1.3, t, font, pt)
    y += 3 * pt * 1.3 + 24
    if lg != "en":
        for k, t in enumerate(
            nursery_lines(lg, tr(lg, "", "Kita-Leitung", "Madame la Directrice"))
        ):
            p.text(m, y + k * pt * 1.3, t, font, pt)
        y += 4 * pt * 1.3 + 18
        p.text(
            w - m,
            y,
            f"{c.town.split(' ', 1)[-1]}, {short(d, lg)}"
            if lg == "de"
            else f"{c.town.split(' ', 1)[-1]}, le {date_text(d, lg, 'long')}",
            font,
            pt,
            "right",
        )
    else:
        p.text(w - m, y, date_text(d, lg, rng.choice(["long", "short"])), font, pt, "right")
        y += 20
        for k, t in enumerate([f"{manager().who.name}", *nursery_lines(lg)]):
            p.text(m, y + k * pt * 1.3, t, font, pt)
        y += 4 * pt * 1.3
    y += 30
    sub = subject.format(child=c.first, date=short(d0, lg))
    p.text(
        m, y, (tr(lg, "Re: ", "Betreff: ", "Objet : ") if not handwritten else "") + sub, bold, pt
    )
    y += 24
    p.text(m, y, dear(lg, None) if lg != "en" else f"Dear {manager().who.first},", font, pt)
    y += pt * 2
    for para in paras:
        text = para.format(
            child=c.first, date=short(d0 if why != "notice" else d + timedelta(days=31), lg)
        )
        for ln in wrap(text, font, pt, w - 2 * m):
            p.text(m, y, ln, font, pt)
            y += pt * 1.45
        y += pt * 0.8
    if why == "funding" and lg == "en":
        p.text(m + 30, y, serial(rng, "99999999999"), "Courier-Bold", 12)
        y += 24
    y += 10
    p.text(
        m,
        y,
        tr(
            lg,
            rng.choice(["Kind regards,", "Many thanks,", "Yours sincerely,"]),
            "Mit freundlichen Grüßen",
            "Cordialement,",
        ),
        font,
        pt,
    )
    autograph(p, m + 4, y + 32, writer.name, 14)
    p.text(m, y + 46, writer.name, font, pt)
    got(rng, p, lg, d, 0.5, low=True)
    noted(c, None, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def remember(kind: str, tpl: Template) -> Template:
    """``tpl`` noting its kind once drawn, so that a companion can take up its child or
    staff member."""

    def draw(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = kind
        return pages

    draw.__doc__ = tpl.__doc__
    return draw


KINDS: dict[str, Template] = {
    "contract": tpl_contract,
    "fee_invoice": tpl_fee_invoice,
    "funding_statement": tpl_funding_statement,
    "registration_form": tpl_registration_form,
    "consent_form": tpl_consent_form,
    "accident_report": tpl_accident_report,
    "record_check": tpl_record_check,
    "food_invoice": tpl_food_invoice,
    "toy_invoice": tpl_toy_invoice,
    "inspection_report": tpl_inspection_report,
    "newsletter": tpl_newsletter,
    "fire_drill": tpl_fire_drill,
    "cleaning_log": tpl_cleaning_log,
    "register": tpl_register,
    "cleaning_invoice": tpl_cleaning_invoice,
    "payslip": tpl_payslip,
    "rent_invoice": tpl_rent_invoice,
    "first_aid_cert": tpl_first_aid_cert,
    "parent_letter": tpl_parent_letter,
}
TEMPLATES_QQ: dict[str, Template] = {k: remember(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "fee_invoice",
    "consent_form",
    "accident_report",
    "record_check",
    "food_invoice",
    "fire_drill",
    "cleaning_log",
    "register",
    "payslip",
    "first_aid_cert",
)
#: A kind often followed by a related paper, about the same child or staff member.
FOLLOWS = {
    "registration_form": "contract",
    "contract": "consent_form",
    "accident_report": "parent_letter",
    "parent_letter": "fee_invoice",
    "funding_statement": "fee_invoice",
    "cleaning_log": "cleaning_invoice",
    "record_check": "first_aid_cert",
    "inspection_report": "newsletter",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_sack_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One nursery's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.5) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The nursery
    (country, name, staff, children and parents, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    NURSERY["lang"] = lang
    NURSERY["idx"] = r.randrange(len(SENDERS["nursery"][lang]))
    NURSERY["seed"] = r.getrandbits(24)
    NURSERY["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    town = SENDERS["nursery"][lang][int(NURSERY["idx"])][2]
    NURSERY["town"] = town
    roles = STAFF_ROLES[lang]
    team = [a_worker(r, lang, roles[0], 0)]
    team += [a_worker(r, lang, r.choice(roles[1:]), k) for k in range(1, r.randint(6, 12))]
    NURSERY["staff"] = team
    NURSERY["children"] = [a_child(r, lang, k, town) for k in range(r.randint(25, 60))]
    LAST.update(kind="", child=None, worker=None, day=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_QQ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_sack_stream, "templates QQ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

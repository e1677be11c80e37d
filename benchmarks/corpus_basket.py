"""Basket part of the generated corpus: templates FF, written blind for the next measurement.

A part of its own, ``basket``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the back office of a car
rental and fleet management company (a branch in England, Germany or France) feeds through its
scanner: rental agreements (Mietvertrag, contrat de location) with their terms pages and the
vehicle condition sheet, vehicle handover and return protocols (Übergabeprotokoll, état des lieux
de restitution), the branch's damage reports with photo sheets, European accident statements
(Unfallbericht, constat amiable), body shops' repair estimates (Kostenvoranschlag, devis),
the branch's damage recharge letters to renters, the renters' letters, traffic fines and parking
penalties (Notice of Intended Prosecution, Anhörungsbogen, avis de contravention) and the
branch's driver nominations, fuel card statements, fuel station till receipts, leasing
companies' monthly invoices, workshops' service and maintenance invoices, MOT test
certificates / TÜV Prüfberichte / procès-verbaux de contrôle technique, registration documents
(V5C, Zulassungsbescheinigung Teil I, certificat d'immatriculation), motor claim forms
(Schadenanzeige, déclaration de sinistre), insurers' letters, toll statements and end-of-lease
inspection reports. Each stream is one branch's pile: the branch (country, company, fleet,
renters, month) is drawn once per stream; its senders are of the branch's country and write in
its language, except that fines, toll statements and fuel receipts now and then come from
abroad in their own language. Page sizes range from narrow till receipts, A5 protocols and
small card copies to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the back office files it:
the terms pages and the vehicle condition sheet of a rental agreement; the photo sheets of a
damage report or an end-of-lease inspection; the photo page and the terms page of a repair
estimate; the photos and the copy of the body shop's estimate enclosed with a damage recharge
letter (the copy is on the body shop's paper, yet the branch sent it); the reply form and the
camera photo page of a fine; the copy of the rental agreement and of the renter's licence
enclosed with a driver nomination; the driver's declaration on the back of an accident
statement; the renter's own photos behind the renter's letter; the summary page and
transaction pages of a fuel card statement; the vehicle schedule of a lease invoice; the
health check sheet of a service invoice; the mileage history or defects page of a test report;
the continuation sheet and the copy of the accident statement attached to a claim form; the
settlement statement of an insurer's letter; the back of a registration card copied with it.
Related papers are documents of their own: the driver nomination after a fine, the body shop's
estimate after a damage report or an end-of-lease inspection, the damage report after a return
protocol, the claim form after an accident statement and the insurer's letter after the claim
form, the rental invoice after a rental agreement, the workshop's invoice after a test report,
the renter's letter after a recharge letter.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: return protocols, fines, fuel
receipts, service invoices, test reports, registration documents, lease invoices and rental
invoices often come 2-4 in a row from one sender with other vehicles, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers,
about the same vehicle. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "basket"`` and seeds offset by
3_100_000.

Usage: ``python benchmarks/corpus_basket.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/basket/basket_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    band,
    bar_width,
    box,
    caption,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
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
    text_block,
    ticks,
    tr,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import (
    hand as scribble,
)

PART = "basket"
SEED_OFFSET = 3_100_000

MM = 72 / 25.4
SLIP = (80 * MM, 200 * MM)
CARD = (105 * MM, 74 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "fleet": {
        "en": [
            (
                "Arden Vehicle Rental Ltd",
                "Unit 3, Saltley Business Park",
                "Birmingham B8 1BL",
                "0121 327 4410",
            ),
            ("Kestrel Car & Van Hire", "Ferry Road Depot", "Southampton SO14 3AB", "023 8063 9150"),
        ],
        "de": [
            (
                "Autovermietung Brandl GmbH",
                "Landsberger Straße 302",
                "80687 München",
                "089 57 93 61-0",
            ),
            (
                "Mobilia Fahrzeugvermietung GmbH",
                "Hanauer Landstraße 180",
                "60314 Frankfurt am Main",
                "069 94 33 12-0",
            ),
        ],
        "fr": [
            (
                "Loca-Route Services SAS",
                "12 boulevard de l'Europe",
                "67300 Schiltigheim",
                "03 88 83 20 40",
            ),
            (
                "Azur Location Véhicules",
                "245 avenue de la Californie",
                "06200 Nice",
                "04 93 72 18 60",
            ),
        ],
    },
    "lessor": {
        "en": [
            ("Lombard Fleet Leasing Ltd", "Harbour Exchange Square", "London E14 9GE", ""),
            (
                "Northbridge Contract Hire plc",
                "Quayside House, Salford Quays",
                "Manchester M50 3AZ",
                "0161 872 5500",
            ),
        ],
        "de": [
            ("Südwest Auto-Leasing GmbH", "Heilbronner Straße 150", "70191 Stuttgart", ""),
            ("Hanse Fuhrparkleasing AG", "Überseering 30", "22297 Hamburg", "040 63 78 40-0"),
        ],
        "fr": [
            ("Crédit-Bail Auto Est SA", "3 place de la Gare", "67000 Strasbourg", ""),
            (
                "Ovalis Location Longue Durée",
                "18 rue Hoche",
                "92130 Issy-les-Moulineaux",
                "01 46 29 71 00",
            ),
        ],
    },
    "workshop": {
        "en": [
            (
                "Tyseley Motor Services Ltd",
                "42 Wharfdale Road",
                "Birmingham B11 2DE",
                "0121 706 2288",
            ),
            ("Hamble Road Garage", "Hamble Lane", "Southampton SO31 4QA", "023 8045 2211"),
            ("Midland Commercial Vehicle Centre", "Kingsbury Road", "Birmingham B24 8QN", ""),
        ],
        "de": [
            (
                "Autohaus Riedl GmbH & Co. KG",
                "Fürstenrieder Straße 45",
                "80686 München",
                "089 54 70 30",
            ),
            ("Kfz-Meisterbetrieb Schuster", "Gutleutstraße 210", "60327 Frankfurt am Main", ""),
            ("Auto Service Weigl", "Ingolstädter Straße 88", "80939 München", "089 31 19 44"),
        ],
        "fr": [
            (
                "Garage du Rhin SARL",
                "27 route de Bischwiller",
                "67300 Schiltigheim",
                "03 88 33 61 02",
            ),
            ("Centre Auto Var-Esterel", "1180 route de Grenoble", "06200 Nice", ""),
            ("Garage Muller Frères", "8 rue de la Forêt", "67800 Hoenheim", "03 88 81 09 47"),
        ],
    },
    "bodyshop": {
        "en": [
            (
                "Accident Repair Centre (Solihull) Ltd",
                "Cranmore Boulevard",
                "Solihull B90 4RZ",
                "0121 745 3300",
            ),
            ("Itchen Body Repairs", "Belvidere Road", "Southampton SO14 5QR", ""),
        ],
        "de": [
            (
                "Karosserie & Lack Huber GmbH",
                "Frankfurter Ring 17",
                "80807 München",
                "089 35 66 02-0",
            ),
            ("Unfallinstandsetzung Demir", "Orber Straße 12", "60386 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Carrosserie Schaeffer", "14 rue du Chemin de Fer", "67300 Schiltigheim", ""),
            (
                "Carrosserie des Baumettes",
                "62 boulevard de la Madeleine",
                "06000 Nice",
                "04 93 86 40 12",
            ),
        ],
    },
    "testing": {
        "en": [
            ("Tyseley Motor Services Ltd", "42 Wharfdale Road", "Birmingham B11 2DE", ""),
            ("Solent MOT & Test Centre", "Millbrook Road West", "Southampton SO15 0LD", ""),
        ],
        "de": [
            ("TÜV SÜD Auto Service GmbH", "Ridlerstraße 57", "80339 München", ""),
            (
                "DEKRA Automobil GmbH - Niederlassung Frankfurt",
                "Rüsselsheimer Straße 22",
                "60326 Frankfurt am Main",
                "",
            ),
        ],
        "fr": [
            ("Autosur Schiltigheim", "5 rue Jean Monnet", "67300 Schiltigheim", ""),
            ("Dekra Contrôle Technique Nice Ouest", "55 boulevard du Mercantour", "06200 Nice", ""),
        ],
    },
    "police": {
        "en": [
            (
                "West Midlands Police - Central Ticket Office",
                "PO Box 4224",
                "Birmingham B4 6AT",
                "",
            ),
            (
                "Hampshire Constabulary - Central Ticket Office",
                "Mottisfont Court",
                "Winchester SO23 8ZD",
                "",
            ),
            ("Birmingham City Council - Parking Services", "PO Box 2017", "Birmingham B1 1TU", ""),
        ],
        "de": [
            (
                "Landeshauptstadt München - Kreisverwaltungsreferat",
                "Verkehrsüberwachung, Ruppertstraße 19",
                "80466 München",
                "",
            ),
            (
                "Regierungspräsidium Kassel - Zentrale Bußgeldstelle",
                "Am Alten Stadtschloss 1",
                "34117 Kassel",
                "",
            ),
            (
                "Zentrale Bußgeldstelle im Bayerischen Polizeiverwaltungsamt",
                "Postfach 11 44",
                "94091 Viechtach",
                "",
            ),
        ],
        "fr": [
            (
                "Agence Nationale de Traitement Automatisé des Infractions",
                "CS 41101",
                "35911 Rennes Cedex 9",
                "",
            ),
            (
                "Ville de Nice - Service du Stationnement",
                "5 rue de l'Hôtel de Ville",
                "06364 Nice Cedex 4",
                "",
            ),
        ],
    },
    "fuelcard": {
        "en": [("AllStar Fleet Fuel Cards", "Gateway House, Brunel Way", "Swindon SN5 7DS", "")],
        "de": [("EuroFleet Tankkarten GmbH", "Balanstraße 73", "81541 München", "")],
        "fr": [
            (
                "Carte Flotte Total Services",
                "Tour Coupole, 2 place Jean Millier",
                "92400 Courbevoie",
                "",
            )
        ],
    },
    "toll": {
        "en": [
            ("Dart Charge - National Highways", "PO Box 842", "Leeds LS1 9QF", ""),
            ("M6toll - Midland Expressway Ltd", "Green Lanes", "Wall, Lichfield WS14 0QJ", ""),
        ],
        "fr": [
            (
                "Sanef - Service Clients Télépéage",
                "30 boulevard Gallieni",
                "92130 Issy-les-Moulineaux",
                "",
            ),
            (
                "Escota - Autoroutes du Sud de la France",
                "432 avenue de Cannes",
                "06210 Mandelieu",
                "",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Sentinel Motor Fleet Insurance",
                "1 Leadenhall Market",
                "London EC3V 1LR",
                "0345 600 2290",
            ),
            ("Brindley Commercial Insurance plc", "Colmore Row", "Birmingham B3 2BJ", ""),
        ],
        "de": [
            (
                "Bayerische Kraftfahrt-Versicherung AG",
                "Prinzregentenstraße 61",
                "80538 München",
                "",
            ),
            ("Rhein-Main Versicherung AG", "Mainzer Landstraße 50", "60325 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Mutuelle Assurance Flottes", "24 rue de la Ville-l'Évêque", "75008 Paris", ""),
            ("Alsace Assurances Entreprises", "9 place Kléber", "67000 Strasbourg", ""),
        ],
    },
    "registry": {
        "en": [("DVLA", "Longview Road", "Swansea SA99 1BA", "")],
        "de": [
            (
                "Kreisverwaltungsreferat - Kfz-Zulassungsbehörde",
                "Eichstätter Straße 2",
                "80686 München",
                "",
            )
        ],
        "fr": [("Agence Nationale des Titres Sécurisés", "CS 30023", "57008 Metz Cedex 1", "")],
    },
    "inspector": {
        "en": [
            (
                "Fairwear Vehicle Inspections Ltd",
                "Unit 9, Arden Court",
                "Coventry CV4 9HP",
                "024 7669 1180",
            )
        ],
        "de": [("Gutachterbüro Sachverständige Lorenz", "Leopoldstraße 244", "80807 München", "")],
        "fr": [
            (
                "Expertises Automobiles Lemaire",
                "7 rue du Faubourg National",
                "67000 Strasbourg",
                "03 88 22 47 19",
            )
        ],
    },
    "station": {
        "en": [
            ("Shellgate Service Station", "Coventry Road", "Birmingham B26 3QX", ""),
            ("Esso Hedge End", "Charles Watts Way", "Southampton SO30 4RT", ""),
        ],
        "de": [
            ("ARAL Tankstelle Garmischer Straße", "Garmischer Straße 21", "81373 München", ""),
            ("JET Tankstelle", "Hanauer Landstraße 301", "60314 Frankfurt", ""),
        ],
        "fr": [
            (
                "Station Total Energies Relais Hoenheim",
                "Route de Bischwiller",
                "67800 Hoenheim",
                "",
            ),
            ("Intermarché Carburants", "Avenue Sainte-Marguerite", "06200 Nice", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Gary",
        "Hannah",
        "Darren",
        "Priya",
        "Callum",
        "Joanne",
        "Marek",
        "Aisha",
        "Stuart",
        "Leanne",
        "Tom",
        "Fiona",
        "Raj",
        "Kelly",
        "Declan",
        "Nadia",
    ],
    "de": [
        "Stefan",
        "Katrin",
        "Murat",
        "Julia",
        "Andreas",
        "Sabine",
        "Florian",
        "Anja",
        "Tobias",
        "Melanie",
        "Sven",
        "Petra",
        "Ivan",
        "Lena",
        "Uwe",
        "Derya",
    ],
    "fr": [
        "Julien",
        "Camille",
        "Karim",
        "Sophie",
        "Nicolas",
        "Élodie",
        "Thierry",
        "Amandine",
        "Yannick",
        "Claire",
        "Mehdi",
        "Sandrine",
        "Loïc",
        "Manon",
        "Pascal",
        "Leïla",
    ],
}
LASTS = {
    "en": [
        "Hughes",
        "Patel",
        "O'Connor",
        "Whitfield",
        "Barker",
        "Nowak",
        "Singh",
        "Fletcher",
        "Doyle",
        "Armitage",
        "Khan",
        "Holloway",
        "Pearce",
        "McBride",
    ],
    "de": [
        "Huber",
        "Schreiner",
        "Yilmaz",
        "Wagner",
        "Baumgartner",
        "Kowalski",
        "Hofmann",
        "Lehner",
        "Brandt",
        "Krüger",
        "Seidl",
        "Öztürk",
        "Maier",
        "Vogt",
    ],
    "fr": [
        "Schmitt",
        "Moreau",
        "Benali",
        "Lefèvre",
        "Meyer",
        "Giraud",
        "Haddad",
        "Roux",
        "Muller",
        "Fabre",
        "Mercier",
        "Boyer",
        "Klein",
        "Perrin",
    ],
}
FEMALE = {
    "Hannah",
    "Priya",
    "Joanne",
    "Aisha",
    "Leanne",
    "Fiona",
    "Kelly",
    "Nadia",
    "Katrin",
    "Julia",
    "Sabine",
    "Anja",
    "Melanie",
    "Petra",
    "Lena",
    "Derya",
    "Camille",
    "Sophie",
    "Élodie",
    "Amandine",
    "Claire",
    "Sandrine",
    "Manon",
    "Leïla",
}
ROADS = {
    "en": [
        "Stratford Road",
        "Hagley Road",
        "Shirley Road",
        "Portswood Road",
        "Wake Green Road",
        "Bitterne Road",
        "Lode Lane",
        "Chester Road",
    ],
    "de": [
        "Lindwurmstraße",
        "Leopoldstraße",
        "Berger Straße",
        "Schweizer Straße",
        "Tegernseer Landstraße",
        "Eschersheimer Landstraße",
        "Dachauer Straße",
    ],
    "fr": [
        "rue du Général de Gaulle",
        "avenue Jean Médecin",
        "rue des Vosges",
        "boulevard Gambetta",
        "rue de la Mairie",
        "chemin de Saint-Antoine",
    ],
}
TOWNS = {
    "en": [
        "Birmingham B13 9HG",
        "Solihull B91 3QT",
        "Southampton SO17 1XN",
        "Eastleigh SO50 5PA",
        "Coventry CV3 5FL",
        "Wolverhampton WV3 7DT",
        "Reading RG1 8JB",
    ],
    "de": [
        "80337 München",
        "81541 München",
        "60318 Frankfurt am Main",
        "63065 Offenbach",
        "85221 Dachau",
        "65185 Wiesbaden",
        "86150 Augsburg",
    ],
    "fr": [
        "67300 Schiltigheim",
        "67000 Strasbourg",
        "06000 Nice",
        "06400 Cannes",
        "67500 Haguenau",
        "06600 Antibes",
        "68100 Mulhouse",
    ],
}
CORPORATE = {
    "en": [
        "Halcrow Site Services Ltd",
        "Brightwell Events Ltd",
        "Mercia Housing Group",
        "Pinnacle Film Crew Hire",
    ],
    "de": [
        "Elektro Lindner GmbH",
        "Messebau Seiler KG",
        "Pflegedienst Sonnenhof gGmbH",
        "IT-Consult Bauer & Partner",
    ],
    "fr": [
        "Transports Weber SARL",
        "Agence Événements Côte d'Azur",
        "Bâti-Est Rénovation",
        "Clinique Saint-Luc",
    ],
}

# make, model, kind (car | van), fuel
MODELS = [
    ("Ford", "Fiesta 1.0 EcoBoost", "car", "petrol"),
    ("Ford", "Transit Custom 2.0 TDCi", "van", "diesel"),
    ("Vauxhall", "Corsa 1.2", "car", "petrol"),
    ("Volkswagen", "Golf 1.5 TSI Life", "car", "petrol"),
    ("Volkswagen", "Passat Variant 2.0 TDI", "car", "diesel"),
    ("Volkswagen", "Crafter 35 2.0 TDI", "van", "diesel"),
    ("Skoda", "Octavia Combi 2.0 TDI", "car", "diesel"),
    ("BMW", "320d Touring", "car", "diesel"),
    ("Mercedes-Benz", "Sprinter 315 CDI", "van", "diesel"),
    ("Mercedes-Benz", "A 180", "car", "petrol"),
    ("Renault", "Clio TCe 90", "car", "petrol"),
    ("Renault", "Trafic L2H1 dCi 150", "van", "diesel"),
    ("Peugeot", "308 SW BlueHDi 130", "car", "diesel"),
    ("Peugeot", "e-208", "car", "electric"),
    ("Citroën", "Berlingo Van M 1.5 BlueHDi", "van", "diesel"),
    ("Toyota", "Corolla 1.8 Hybrid", "car", "hybrid"),
    ("Kia", "Niro EV", "car", "electric"),
    ("Tesla", "Model 3 RWD", "car", "electric"),
]
COLOURS = {
    "en": ["White", "Silver", "Grey", "Black", "Blue", "Red"],
    "de": ["weiß", "silber", "grau", "schwarz", "blau", "rot"],
    "fr": ["blanc", "gris argent", "gris", "noir", "bleu", "rouge"],
}


@dataclass
class Car:
    plate: str
    make: str
    model: str
    kind: str
    fuel: str
    vin: str
    first_reg: date
    km: int
    colour: str
    group: str
    fleet_no: str

    @property
    def name(self) -> str:
        return f"{self.make} {self.model}"


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str
    born: date
    licence: str
    company: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def plate_of(r: random.Random, lang: str, year: int) -> str:
    if lang == "en":
        age = year % 100 + (50 if r.random() < 0.5 else 0)
        return f"{r.choice(['BK', 'BN', 'HN', 'HY', 'OV', 'LR'])}{age:02d} {serial(r, 'AAA')}"
    if lang == "de":
        city = r.choice(["M", "M", "F", "FFB", "OF"])
        return f"{city}-{serial(r, 'AA')} {r.randint(10, 9999)}{r.choice(['', '', 'E'])}"
    return serial(r, "AA-999-AA")


def a_car(r: random.Random, lang: str, k: int) -> Car:
    make, model, kind, fuel = r.choice(MODELS)
    first = date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    wmi = {
        "Ford": "WF0",
        "Volkswagen": "WVW",
        "BMW": "WBA",
        "Mercedes-Benz": "WDD",
        "Renault": "VF1",
        "Peugeot": "VF3",
        "Citroën": "VF7",
        "Skoda": "TMB",
        "Vauxhall": "W0V",
        "Toyota": "SB1",
        "Kia": "KNA",
        "Tesla": "LRW",
    }[make]
    return Car(
        plate=plate_of(r, lang, first.year),
        make=make,
        model=model,
        kind=kind,
        fuel=fuel,
        vin=wmi + serial(r, "AA9AA99A9A9999999")[3:],
        first_reg=first,
        km=r.randint(3000, 96000),
        colour=r.choice(COLOURS[lang]),
        group=r.choice(["ECMR", "CDMR", "IDAR", "SWMR", "FVMR", "CDAE", "XVMD"])
        if kind == "car"
        else r.choice(["XVMD", "FKMN", "SKMD"]),
        fleet_no=f"{r.randint(1, 9)}{k:03d}",
    )


def a_person(r: random.Random, lang: str) -> Person:
    first = r.choice(FIRSTS[lang])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 180)
    return Person(
        first=first,
        last=r.choice(LASTS[lang]),
        female=first in FEMALE,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no} {road}"
        if lang == "en"
        else f"{no}, {road}",
        town=r.choice(TOWNS[lang]),
        born=date(r.randint(1958, 2002), r.randint(1, 12), r.randint(1, 28)),
        licence={
            "en": serial(r, "AAAAA999999AA9AA"),
            "de": serial(r, "B99AAA99999"),
            "fr": serial(r, "99AA99999"),
        }[lang],
        company=r.choice(CORPORATE[lang]) if r.random() < 0.3 else "",
    )


OFFICE: dict[str, object] = {
    "lang": "en",
    "fleet": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "cars": [],
    "renters": [],
}
#: What the previous document was about (a companion takes up the same vehicle and renter).
LAST: dict[str, object] = {"kind": "", "car": None, "renter": None, "day": None, "ref": ""}


def home() -> str:
    return str(OFFICE["lang"])


def cars() -> list[Car]:
    return OFFICE["cars"]  # type: ignore[return-value]


def renters() -> list[Person]:
    return OFFICE["renters"]  # type: ignore[return-value]


def on(rng: random.Random, lo: int = -120, hi: int = 25) -> date:
    """A day near the stream's month."""
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"basket/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_car(rng: random.Random, after: tuple[str, ...] = ()) -> Car:
    """The vehicle of the previous document if it was one of ``after``, else any."""
    c = LAST["car"]
    if LAST["kind"] in after and isinstance(c, Car):
        return c
    return rng.choice(cars())


def the_renter(rng: random.Random, after: tuple[str, ...] = ()) -> Person:
    p = LAST["renter"]
    if LAST["kind"] in after and isinstance(p, Person):
        return p
    return rng.choice(renters())


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(car: Car | None, renter: Person | None, d: date, ref: str = "") -> None:
    LAST.update(car=car, renter=renter, day=d, ref=ref)


def mr(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def renter_lines(p: Person, lang: str) -> list[str]:
    if p.company:
        return [
            p.company,
            tr(lang, "FAO ", "z. Hd. ", "A l'att. de ") + mr(p, lang),
            p.street,
            p.town,
        ]
    return [mr(p, lang), p.street, p.town]


def cash(v: float, lang: str) -> str:
    return f"£{money(v, lang)}" if lang == "en" else f"{money(v, lang)} EUR"


TALK = {
    "en": {
        "rental": "vehicle hire period renter driver mileage fuel deposit collection return "
        "branch booking charges insurance excess damage waiver keys licence",
        "claim": "damage accident bumper panel third party liability claim repair excess "
        "photographs estimate inspection policy settlement recovery vehicle",
        "service": "service brakes tyres oil filter inspection warranty mileage parts labour "
        "diagnostic wear replacement recall advisory",
    },
    "de": {
        "rental": "Fahrzeug Mietdauer Mieter Fahrer Kilometer Tankfüllung Kaution Abholung "
        "Rückgabe Station Buchung Selbstbeteiligung Schaden Schlüssel Führerschein",
        "claim": "Schaden Unfall Stoßfänger Kotflügel Gegner Haftpflicht Reparatur Gutachten "
        "Lichtbilder Kostenvoranschlag Besichtigung Regulierung Versicherung",
        "service": "Inspektion Bremsen Reifen Ölwechsel Filter Hauptuntersuchung Gewährleistung "
        "Laufleistung Ersatzteile Arbeitswerte Verschleiß Austausch",
    },
    "fr": {
        "rental": "véhicule location locataire conducteur kilométrage carburant dépôt départ "
        "retour agence réservation franchise dommages clés permis",
        "claim": "sinistre accident pare-chocs aile tiers responsabilité réparation expertise "
        "photos devis franchise assureur indemnisation véhicule",
        "service": "entretien freins pneumatiques vidange filtre contrôle garantie kilométrage "
        "pièces main-d'oeuvre usure remplacement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une",
}


def words(rng: random.Random, lang: str, topic: str = "rental", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "rental", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: heading, later pages, footer, page numbers
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    look: str  # band | wheel | centred | split | rule | framed
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


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


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        return [
            f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB {r.randint(10000, 99999)}"
            f" - Geschäftsführer: {r.choice(FIRSTS['de'])} {r.choice(LASTS['de'])}",
            f"{r.choice(['Stadtsparkasse', 'HypoVereinsbank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SAS au capital de {r.randint(10, 900)} 000 EUR - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if r.random() < 0.4:
        out.append(r.choice(["Member of the BVRLA", "FCA registered", "Motor Ombudsman"]))
    return [" - ".join(out)]


NO_FOOT = ("police", "registry", "station", "customer")


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role != "police" else FACES[:2])
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or ["band", "wheel", "centred", "split", "rule", "framed"]),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town) if role not in NO_FOOT and r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
    )


def fleet_head() -> Head:
    """The branch itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["fleet"][lang][int(OFFICE["fleet"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"basket/fleet/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "fleet", r, ["band", "wheel", "split", "rule"])


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the branch's, or for fines, tolls and fuel receipts now and then
    a neighbour's."""
    if role == "toll" and home() == "de":
        return keyed(who, "abroad").choice(["fr", "fr", "en"])
    if role in ("police", "toll", "station"):
        r = keyed(who, "abroad")
        if r.random() < 0.25:
            return r.choice([x for x in SENDERS[role] if x != home()])
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "fleet":
        return fleet_head()
    lang = lang_of(who, role)
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"basket/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([48, 54, 60, 66]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.72)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "wheel":
        cx = w - m - 16
        p.rect(cx - 16, y - 14, 32, 32, fill=0.15)
        p.rect(cx - 8, y - 6, 16, 16, fill=0.9)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 50)
        p.text(m, y + 2, h.name, s.bold, pt)
        p.text(m, y + 14, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 50), s.font, 7)
        p.line(m, y + 22, w - m, y + 22)
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.text(
            w / 2,
            y + 14,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        p.line(w / 2 - 80, y + 20, w / 2 + 80, y + 20)
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 22
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 44
    bw = min(w - 2 * m, 240.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.35
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 6
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}"[: 4 + len(parts[-1])], INK, pt)
    p.line(x + 2, y + 1, x + 12 + len(parts[-1]) * pt * 0.42, y - 4)


def got(lang: str, d: date, who: str = "") -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
        short(d, lang),
        who or tr(lang, "Fleet admin", "Fuhrpark", "Service flotte"),
    ]


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.45) -> None:
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(170, 230),
            rng.uniform(90, 170),
            got(lang, d + timedelta(days=rng.randint(1, 6))),
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "wheel") else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day(h, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"basket/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def fleet_lines(lang: str, att: str = "") -> list[str]:
    h = fleet_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def vehicle_pairs(c: Car, lang: str) -> list[tuple[str, str]]:
    return [
        (tr(lang, "Registration", "Kennzeichen", "Immatriculation"), c.plate),
        (tr(lang, "Make / model", "Fabrikat / Typ", "Marque / modèle"), c.name),
        (tr(lang, "VIN", "FIN", "N° VIN"), c.vin),
    ]


# ---------------------------------------------------------------------------------------------
# Drawing helpers of this part: vehicle outlines, fuel gauges, terms, photo sheets
# ---------------------------------------------------------------------------------------------


def poly(p: Page, pts: list[tuple[float, float]]) -> None:
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        p.line(x1, y1, x2, y2)


def wheel(p: Page, cx: float, cy: float, r: float) -> None:
    k = r * 0.41
    poly(
        p,
        [
            (cx - k, cy - r),
            (cx + k, cy - r),
            (cx + r, cy - k),
            (cx + r, cy + k),
            (cx + k, cy + r),
            (cx - k, cy + r),
            (cx - r, cy + k),
            (cx - r, cy - k),
        ],
    )


SIDE = {
    "car": [
        (0, 0.15),
        (0, 0.5),
        (0.2, 0.56),
        (0.32, 0.95),
        (0.68, 0.95),
        (0.82, 0.56),
        (1, 0.5),
        (1, 0.15),
    ],
    "van": [(0, 0.15), (0, 0.55), (0.06, 0.8), (0.18, 1), (1, 1), (1, 0.15)],
}


def side_view(p: Page, x: float, y: float, w: float, h: float, kind: str, flip: bool) -> None:
    def at(u: float, v: float) -> tuple[float, float]:
        return (x + (1 - u if flip else u) * w, y + (1 - v) * h)

    poly(p, [at(u, v) for u, v in SIDE[kind]])
    for u in (0.2, 0.8) if kind == "car" else (0.17, 0.82):
        cx, cy = at(u, 0.15)
        wheel(p, cx, cy, h * 0.17)
    if kind == "car":
        poly(p, [at(0.24, 0.58), at(0.34, 0.88), at(0.49, 0.88), at(0.49, 0.58)])
        poly(p, [at(0.52, 0.58), at(0.52, 0.88), at(0.66, 0.88), at(0.78, 0.58)])
    else:
        poly(p, [at(0.08, 0.6), at(0.12, 0.8), at(0.22, 0.93), at(0.26, 0.6)])
        p.line(*at(0.3, 0.98), *at(0.3, 0.2))


def top_view(p: Page, x: float, y: float, w: float, h: float, kind: str) -> None:
    p.rect(x, y + h * 0.08, w, h * 0.84)
    for u in (0.22, 0.78):
        p.rect(x + u * w - w * 0.05, y, w * 0.1, h * 0.08, fill=0.2)
        p.rect(x + u * w - w * 0.05, y + h * 0.92, w * 0.1, h * 0.08, fill=0.2)
    if kind == "car":
        poly(
            p,
            [
                (x + 0.28 * w, y + 0.18 * h),
                (x + 0.7 * w, y + 0.18 * h),
                (x + 0.64 * w, y + 0.3 * h),
                (x + 0.34 * w, y + 0.3 * h),
            ],
        )
        p.rect(x + 0.34 * w, y + 0.3 * h, 0.3 * w, 0.4 * h)
        poly(
            p,
            [
                (x + 0.34 * w, y + 0.7 * h),
                (x + 0.64 * w, y + 0.7 * h),
                (x + 0.7 * w, y + 0.82 * h),
                (x + 0.28 * w, y + 0.82 * h),
            ],
        )
    else:
        p.line(x + 0.22 * w, y + 0.08 * h, x + 0.22 * w, y + 0.92 * h)
        p.rect(x + 0.05 * w, y + 0.2 * h, 0.12 * w, 0.6 * h)


def end_view(p: Page, x: float, y: float, w: float, h: float, front: bool) -> None:
    poly(
        p,
        [
            (x + 0.18 * w, y),
            (x + 0.82 * w, y),
            (x + w, y + 0.45 * h),
            (x + w, y + 0.88 * h),
            (x, y + 0.88 * h),
            (x, y + 0.45 * h),
        ],
    )
    p.rect(x + 0.06 * w, y + 0.88 * h, 0.16 * w, 0.12 * h, fill=0.2)
    p.rect(x + 0.78 * w, y + 0.88 * h, 0.16 * w, 0.12 * h, fill=0.2)
    poly(
        p,
        [
            (x + 0.22 * w, y + 0.06 * h),
            (x + 0.78 * w, y + 0.06 * h),
            (x + 0.92 * w, y + 0.42 * h),
            (x + 0.08 * w, y + 0.42 * h),
        ],
    )
    if front:
        p.rect(x + 0.3 * w, y + 0.6 * h, 0.4 * w, 0.14 * h)
    else:
        p.rect(x + 0.36 * w, y + 0.62 * h, 0.28 * w, 0.1 * h)


DAMAGE_CODES = {
    "en": [("S", "scratch"), ("D", "dent"), ("C", "chip"), ("B", "broken"), ("M", "missing")],
    "de": [("K", "Kratzer"), ("D", "Delle"), ("S", "Steinschlag"), ("B", "Bruch"), ("F", "fehlt")],
    "fr": [("R", "rayure"), ("B", "bosse"), ("E", "éclat"), ("C", "casse"), ("M", "manquant")],
}
PARTS = {
    "en": [
        "front bumper",
        "rear bumper",
        "N/S front wing",
        "O/S front wing",
        "N/S rear door",
        "O/S front door",
        "bonnet",
        "tailgate",
        "N/S mirror",
        "O/S sill",
        "windscreen",
        "O/S rear quarter",
        "N/S front alloy",
        "roof",
    ],
    "de": [
        "Stoßfänger vorn",
        "Stoßfänger hinten",
        "Kotflügel vorn links",
        "Kotflügel vorn rechts",
        "Tür hinten links",
        "Tür vorn rechts",
        "Motorhaube",
        "Heckklappe",
        "Außenspiegel links",
        "Schweller rechts",
        "Windschutzscheibe",
        "Seitenwand hinten rechts",
        "Felge vorn links",
        "Dach",
    ],
    "fr": [
        "pare-chocs avant",
        "pare-chocs arrière",
        "aile avant gauche",
        "aile avant droite",
        "porte arrière gauche",
        "porte avant droite",
        "capot",
        "hayon",
        "rétroviseur gauche",
        "bas de caisse droit",
        "pare-brise",
        "custode arrière droite",
        "jante avant gauche",
        "pavillon",
    ],
}


def vehicle_sheet(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    kind: str,
    lang: str,
    rng: random.Random,
    marks: int,
) -> float:
    """The five outlines of a vehicle condition sheet with ``marks`` damage marks drawn in by
    hand, and the code legend; the y below."""
    sh = w * 0.16
    side_view(p, x, y, w * 0.46, sh, kind, False)
    side_view(p, x + w * 0.54, y, w * 0.46, sh, kind, True)
    top_view(p, x + w * 0.27, y + sh + 16, w * 0.46, sh * 0.95, kind)
    end_view(p, x, y + sh + 22, w * 0.18, sh * 0.75, True)
    end_view(p, x + w * 0.82, y + sh + 22, w * 0.18, sh * 0.75, False)
    p.text(x + w * 0.09, y + sh * 2 + 24, tr(lang, "front", "vorn", "avant"), s.font, 6.5, "center")
    p.text(
        x + w * 0.91, y + sh * 2 + 24, tr(lang, "rear", "hinten", "arrière"), s.font, 6.5, "center"
    )
    bottom = y + sh * 2 + 30
    codes = DAMAGE_CODES[lang]
    for k in range(marks):
        mx, my = x + rng.uniform(0.05, 0.95) * w, y + rng.uniform(0.1, 0.95) * (bottom - y - 20)
        p.line(mx - 4, my - 4, mx + 4, my + 4)
        p.line(mx - 4, my + 4, mx + 4, my - 4)
        p.text(mx + 5, my - 3, f"{rng.choice(codes)[0]}{k + 1}", HAND, 8)
    legend = "   ".join(f"{c} = {t}" for c, t in codes)
    p.text(x, bottom + 4, fit(legend, s.font, 6.5, w), s.font, 6.5)
    return bottom + 16


def fuel_gauge(p: Page, s: Style, x: float, y: float, lang: str, level: int, ev: bool) -> float:
    """A fuel (or battery) gauge of eight steps, one ticked by hand; the x after."""
    label = tr(
        lang,
        "Charge" if ev else "Fuel",
        "Akku" if ev else "Tank",
        "Batterie" if ev else "Carburant",
    )
    p.text(x, y, label, s.font, 7.5)
    xx = x + 44
    for k, t in enumerate(["E", "", "1/4", "", "1/2", "", "3/4", "", "F"]):
        p.rect(xx, y - 7, 12, 9)
        if k == level:
            p.text(xx + 2, y, "X", HAND, 9)
        if t:
            p.text(xx + 6, y + 8, t, s.font, 5.5, "center")
        xx += 13
    return xx + 10


CLAUSES = {
    "en": [
        "Definitions",
        "The rental period",
        "Use of the vehicle",
        "Drivers",
        "Fuel and charging",
        "Charges and payment",
        "Deposit",
        "Damage and loss",
        "Collision damage waiver",
        "Accidents",
        "Fines, tolls and congestion charges",
        "Breakdown",
        "Return of the vehicle",
        "Data protection",
        "Complaints",
        "Law and jurisdiction",
    ],
    "de": [
        "Geltungsbereich",
        "Mietdauer",
        "Berechtigte Fahrer",
        "Nutzung des Fahrzeugs",
        "Tankregelung",
        "Mietpreis und Zahlung",
        "Kaution",
        "Haftung des Mieters",
        "Haftungsreduzierung",
        "Verhalten bei Unfällen",
        "Verkehrsverstöße und Mautgebühren",
        "Pannen",
        "Rückgabe des Fahrzeugs",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée de la location",
        "Conducteurs autorisés",
        "Utilisation du véhicule",
        "Carburant",
        "Prix et paiement",
        "Dépôt de garantie",
        "Dommages et vol",
        "Rachat de franchise",
        "Accident",
        "Contraventions et péages",
        "Panne",
        "Restitution du véhicule",
        "Données personnelles",
        "Réclamations",
        "Litiges",
    ],
}


def terms_pages(
    rng: random.Random, s0: Style, h: Head, title: str, n: int, topic: str = "rental", cols: int = 2
) -> list[Page]:
    """``n`` pages of small print in ``cols`` columns under ``title``: numbered clauses."""
    lg = h.lang
    s = Style(
        s0.font, s0.bold, 6.5, min(s0.margin, 44), "none", "bottom", s0.page_size, s0.date_style
    )
    w, hh = s.page_size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    pages: list[Page] = []
    heads = CLAUSES[lg]
    per = max(2, round((n * cols * (hh - 2 * m - 50) / len(heads) - 9) / 30))
    k = 0
    while k < len(heads):
        p = Page(s.page_size)
        pages.append(p)
        p.text(w / 2, m, title, s.bold, 9, "center")
        for c in range(cols):
            x = m + c * (cw + gap)
            y = m + 20
            while y < hh - m - 40 and k < len(heads):
                p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
                y += 9
                for sub in range(max(1, per + rng.randint(-1, 1))):
                    text = f"{k + 1}.{sub + 1} " + prose(rng, lg, topic, 2, 3)
                    for ln in wrap(text, s.font, 6.5, cw):
                        if y > hh - m - 30:
                            break
                        p.text(x, y, ln, s.font, 6.5)
                        y += 7.8
                    y += 2
                y += 4
                k += 1
    return pages


def photo_page(
    rng: random.Random, s: Style, h: Head, title: str, n: int, captions: list[str], header: str = ""
) -> Page:
    """A sheet of ``n`` photographs in a grid with numbered captions."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    y = m - 6
    if header:
        p.text(m, y, fit(header, s.font, 7.5, w - 2 * m), s.font, 7.5)
        y += 14
    p.text(m, y + 6, title, s.bold, s.size + 2)
    y += 22
    per = 2
    rows = -(-n // per)
    cw = (w - 2 * m - 14) / per
    ch = min((hh - y - m - 30) / rows - 22, cw * 0.72)
    for k in range(n):
        cx = m + (k % per) * (cw + 14)
        cy = y + (k // per) * (ch + 24)
        photo(p, cx, cy, cw, ch, rng)
        p.text(
            cx,
            cy + ch + 10,
            fit(f"{k + 1}  {captions[k % len(captions)]}", s.font, 7.5, cw),
            s.font,
            7.5,
        )
    return p


def licence_card(p: Page, x: float, y: float, lang: str, who: Person, rng: random.Random) -> None:
    """A photocopied driving licence card."""
    w, h = 242.0, 153.0
    p.rect(x, y, w, h)
    p.rect(x + 1, y + 1, w - 2, 16, fill=0.75)
    p.text(
        x + 8,
        y + 12,
        tr(lang, "DRIVING LICENCE", "FÜHRERSCHEIN", "PERMIS DE CONDUIRE"),
        "Helvetica-Bold",
        8,
    )
    p.text(
        x + w - 8, y + 12, {"en": "UK", "de": "D", "fr": "F"}[lang], "Helvetica-Bold", 9, "right"
    )
    photo(p, x + 8, y + 24, 58, 74, rng)
    rows = [
        f"1. {who.last.upper()}",
        f"2. {who.first}",
        f"3. {short(who.born, lang)}",
        f"4a. {short(who.born.replace(year=min(who.born.year + 30, 2023)), lang)}",
        f"5. {who.licence}",
        "9. AM/A/B/BE",
    ]
    for k, t in enumerate(rows):
        p.text(x + 74, y + 32 + k * 12, t, "Helvetica", 7.5)
    p.text(
        x + 74, y + 118, fit(f"8. {who.street}, {who.town}", "Helvetica", 6, 160), "Helvetica", 6
    )
    p.text(x + 8, y + 138, f"{who.first[0]}. {who.last}", INK, 12)


def copy_mark(p: Page, lang: str) -> None:
    w, _ = p.size
    stamp(p, w - 150, 18, [tr(lang, "COPY", "KOPIE", "COPIE")])


# ---------------------------------------------------------------------------------------------
# Templates FF: the branch's own paper
# ---------------------------------------------------------------------------------------------

EXTRAS = {
    "en": [
        ("Collision damage waiver (CDW)", 14.5),
        ("Super CDW - excess reduced to nil", 19.0),
        ("Additional driver", 12.0),
        ("Sat nav", 9.5),
        ("Child seat", 8.0),
        ("Young driver surcharge", 22.0),
        ("One-way fee", 65.0),
    ],
    "de": [
        ("Haftungsreduzierung SB 950 EUR", 15.9),
        ("Haftungsreduzierung ohne SB", 24.5),
        ("Zusatzfahrer", 11.0),
        ("Navigationsgerät", 9.9),
        ("Kindersitz", 8.5),
        ("Winterreifen-Pauschale", 6.5),
        ("Einwegmiete", 79.0),
    ],
    "fr": [
        ("Rachat partiel de franchise", 16.0),
        ("Rachat total de franchise", 23.0),
        ("Conducteur additionnel", 10.0),
        ("GPS", 9.0),
        ("Siège enfant", 8.0),
        ("Jeune conducteur", 25.0),
        ("Frais d'abandon", 85.0),
    ],
}
VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}


def agreement_no(rng: random.Random) -> str:
    return serial(rng, rng.choice(["RA99999999", "9999-999999", "MV 9999999"]))


def agreement_front(
    rng: random.Random,
    h: Head,
    s: Style,
    car: Car,
    who: Person,
    d: date,
    days: int,
    no: str,
    copy: bool = False,
) -> tuple[Page, float]:
    """The front page of a rental agreement; the page and its estimated total."""
    lg = h.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = heading(p, s, h)
    title = tr(lg, "RENTAL AGREEMENT", "MIETVERTRAG", "CONTRAT DE LOCATION")
    p.text(m, y, title, s.bold, 14)
    p.text(w - m, y, f"No. {no}", s.bold, 11, "right")
    if copy:
        copy_mark(p, lg)
    y += 14
    back = d + timedelta(days=days)
    y = band(
        p,
        s,
        y + 8,
        tr(lg, "Renter / main driver", "Mieter / Hauptfahrer", "Locataire / conducteur principal"),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), mr(who, lg)),
            (tr(lg, "Company", "Firma", "Société"), who.company or "-"),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{who.street}, {who.town}"),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(who.born, lg)),
            (tr(lg, "Licence no.", "Führerschein-Nr.", "N° de permis"), who.licence),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Vehicle", "Fahrzeug", "Véhicule"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Make / model", "Fabrikat / Typ", "Modèle"), car.name),
            (tr(lg, "Group", "Gruppe", "Catégorie"), car.group),
            (tr(lg, "Unit no.", "Fahrzeug-Nr.", "N° parc"), car.fleet_no),
            (
                tr(lg, "Mileage out", "km-Stand Ausgabe", "Km départ"),
                f"{car.km:,}".replace(",", "."),
            ),
            (
                tr(lg, "Fuel out", "Tank Ausgabe", "Carburant départ"),
                "8/8" if car.fuel != "electric" else f"{rng.randint(70, 100)} %",
            ),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Rental", "Mietzeitraum", "Location"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Pick-up", "Übernahme", "Départ"),
                f"{short(d, lg)} {rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Return due", "Rückgabe geplant", "Retour prévu"),
                f"{short(back, lg)} {rng.randint(7, 18):02d}:00",
            ),
            (tr(lg, "Branch out", "Station", "Agence départ"), h.town),
            (
                tr(lg, "Branch in", "Rückgabestation", "Agence retour"),
                h.town if rng.random() < 0.8 else rng.choice(TOWNS[lg]),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "Charges (estimate)", "Mietpreis (voraussichtlich)", "Tarification (estimation)"),
    )
    rate = round(rng.uniform(28, 95) * (1.5 if car.kind == "van" else 1), 2)
    rows = [
        (
            tr(
                lg,
                f"Time and mileage - {days} day(s) x ",
                f"Zeit und km - {days} Tag(e) x ",
                f"Temps et km - {days} jour(s) x ",
            )
            + cash(rate, lg),
            rate * days,
        )
    ]
    for name, price in rng.sample(EXTRAS[lg], rng.randint(1, 3)):
        mult = 1 if "One" in name or "Einweg" in name or "abandon" in name else days
        rows.append((f"{name}" + (f" x {days}" if mult > 1 else ""), price * mult))
    net = sum(v for _, v in rows)
    vat = net * VAT[lg]
    rows += [(tr(lg, "VAT 20%", "MwSt. 19 %", "TVA 20 %"), vat)]
    y += 4
    for t, v in rows:
        p.text(m + 4, y, fit(t, s.font, 8.5, w - 2 * m - 100), s.font, 8.5)
        p.text(w - m - 4, y, cash(v, lg), s.font, 8.5, "right")
        y += 12
    p.line(w - m - 150, y - 7, w - m, y - 7)
    p.text(
        m + 4, y + 3, tr(lg, "Estimated total", "Summe voraussichtlich", "Total estimé"), s.bold, 9
    )
    p.text(w - m - 4, y + 3, cash(net + vat, lg), s.bold, 9, "right")
    y += 16
    p.text(
        m + 4,
        y,
        tr(lg, "Deposit held on card ", "Kaution (Kreditkarte) ", "Dépôt de garantie (CB) ")
        + cash(rng.choice([250, 300, 500, 800]), lg)
        + f"   VISA **** {rng.randint(1000, 9999)}",
        s.font,
        8,
    )
    y += 14
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "I accept CDW", "Haftungsreduzierung gewünscht", "J'accepte le rachat"),
            tr(lg, "I decline CDW", "Keine Haftungsreduzierung", "Je refuse le rachat"),
            tr(
                lg,
                "Vehicle may not leave the country",
                "Keine Auslandsfahrt",
                "Sortie du territoire interdite",
            ),
        ],
        {rng.choice([0, 1]), 2} if rng.random() < 0.5 else {rng.choice([0, 1])},
    )
    decl = tr(
        lg,
        "I have read and accept the terms and conditions overleaf and confirm the "
        "condition of the vehicle as shown on the condition report.",
        "Ich habe die umseitigen Mietbedingungen gelesen und erkenne sie an; den Zustand des "
        "Fahrzeugs laut Übergabeprotokoll bestätige ich.",
        "Je reconnais avoir pris connaissance des conditions générales au verso et de "
        "l'état du véhicule décrit dans l'état des lieux.",
    )
    y = text_block(p, s, m, y + 2, w - 2 * m, decl, 7.5)
    p.line(m, y + 26, m + 180, y + 26)
    p.line(w - m - 180, y + 26, w - m, y + 26)
    sign(p, m + 10, y + 22, who.name)
    sign(p, w - m - 170, y + 22, staff(h, "desk"))
    p.text(m, y + 36, tr(lg, "Renter", "Mieter", "Locataire"), s.font, 7)
    p.text(
        w - m - 180,
        y + 36,
        tr(lg, "For the company", "Für den Vermieter", "Pour l'agence"),
        s.font,
        7,
    )
    return p, net + vat


def condition_page(
    rng: random.Random,
    h: Head,
    s: Style,
    car: Car,
    who: Person,
    d: date,
    no: str,
    title: str,
    km: int,
    level: int,
    marks: int,
) -> Page:
    lg = h.lang
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = m - 4
    p.text(m, y + 6, title, s.bold, 12)
    p.text(w - m, y + 6, no, s.font, 9, "right")
    y = fields(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Model", "Typ", "Modèle"), car.name),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Mileage", "km-Stand", "Kilométrage"), str(km)),
        ],
        per=4,
        tall=24,
    )
    fuel_gauge(p, s, m, y + 4, lg, level, car.fuel == "electric")
    y = vehicle_sheet(p, s, m, y + 24, w - 2 * m, car.kind, lg, rng, marks)
    items = [
        tr(lg, *t)
        for t in [
            ("Keys (2)", "Schlüssel (2)", "Clés (2)"),
            ("V5C copy", "Fahrzeugschein", "Carte grise"),
            ("Spare wheel / kit", "Reserverad / Pannenset", "Roue de secours / kit"),
            ("Warning triangle", "Warndreieck", "Triangle"),
            ("Hi-vis vest", "Warnweste", "Gilet"),
            ("First aid kit", "Verbandkasten", "Trousse de secours"),
            ("Charging cable", "Ladekabel", "Câble de recharge"),
            ("Mats", "Fußmatten", "Tapis"),
        ]
    ]
    y = ticks(p, s, m, y + 8, w - 2 * m, items, set(rng.sample(range(8), rng.randint(5, 8))), pt=8)
    p.text(m, y + 2, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 8)
    y += 14
    for _ in range(3):
        if rng.random() < 0.5:
            scribble(
                p, m + 4, y, fit(words(rng, lg, "claim", rng.randint(4, 8)), HAND, 9, w - 2 * m - 8)
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 14
    sign(p, m + 10, y, who.name)
    sign(p, w / 2 + 10, y, staff(h, "yard"))
    p.line(m, y + 4, m + 170, y + 4)
    p.line(w / 2, y + 4, w / 2 + 170, y + 4)
    p.text(m, y + 14, tr(lg, "Customer", "Kunde", "Client"), s.font, 7)
    p.text(w / 2, y + 14, tr(lg, "Agent", "Mitarbeiter", "Agent"), s.font, 7)
    return p


def tpl_rental_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The branch's rental agreement: the front page with renter, vehicle, rental period, the
    charges estimate, ticks and signatures; the terms and conditions on one or two pages (two
    or three columns of small print); often the vehicle condition sheet at check-out."""
    h = fleet_head()
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    car, renter = rng.choice(cars()), rng.choice(renters())
    d = on(rng)
    days = rng.choice([1, 2, 3, 3, 4, 7, 7, 10, 14, 28])
    no = agreement_no(rng)
    front, _ = agreement_front(rng, h, s, car, renter, d, days, no)
    pages = [front]
    t = tr(
        lg,
        "TERMS AND CONDITIONS OF RENTAL",
        "ALLGEMEINE MIETBEDINGUNGEN",
        "CONDITIONS GÉNÉRALES DE LOCATION",
    )
    pages += terms_pages(rng, s, h, t, rng.choice([1, 1, 1, 2]), cols=rng.choice([2, 2, 3]))
    if rng.random() < 0.6:
        pages.append(
            condition_page(
                rng,
                h,
                s,
                car,
                renter,
                d,
                no,
                tr(
                    lg,
                    "VEHICLE CONDITION REPORT - CHECK-OUT",
                    "ÜBERGABEPROTOKOLL - AUSGABE",
                    "ÉTAT DES LIEUX - DÉPART",
                ),
                car.km,
                8 if car.fuel != "electric" else rng.randint(5, 8),
                rng.randint(0, 4),
            )
        )
    note(car, renter, d + timedelta(days=days), no)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}", "none"]) if lg == "en" else h.numbers,
    )


def tpl_return_protocol(rng: random.Random, who: Issuer) -> list[Page]:
    """The vehicle return / check-in sheet (Rücknahmeprotokoll, état des lieux de
    restitution), one page on A4 or A5: vehicle, time, mileage and fuel in, the outlines with
    the damage marked by hand, accessories ticked and both signatures."""
    h = fleet_head()
    lg = h.lang
    size = rng.choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8 if size == A5 else 0)
    car = the_car(rng, ("rental_agreement",))
    renter = the_renter(rng, ("rental_agreement",))
    d = the_day(rng, ("rental_agreement",), (0, 0))
    no = agreement_no(rng) if LAST["kind"] != "rental_agreement" else str(LAST["ref"])
    title = tr(
        lg,
        "VEHICLE RETURN - CHECK-IN SHEET",
        "FAHRZEUG-RÜCKNAHMEPROTOKOLL",
        "ÉTAT DES LIEUX DE RESTITUTION",
    )
    p = condition_page(
        rng,
        h,
        s,
        car,
        renter,
        d,
        no,
        title,
        car.km + rng.randint(40, 3200),
        rng.randint(0, 8),
        rng.randint(0, 5),
    )
    if size != A5 and rng.random() < 0.5:
        w, _ = size
        pt = shrink(h.name, s.bold, 8, w / 2)
        p.text(w - s.margin, 14, h.name, s.bold, pt, "right")
    note(car, renter, d, no)
    return close([p], s, h, numbers="none")


def tpl_damage_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The branch's internal damage report: case, vehicle, renter, how it was found (ticks),
    the description by hand, the outlines with the marks, an estimate and the liability; then
    one or two photo sheets."""
    h = fleet_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    car = the_car(rng, ("return_protocol",))
    renter = the_renter(rng, ("return_protocol",))
    d = the_day(rng, ("return_protocol",), (0, 1))
    case = serial(rng, rng.choice(["DR-9999-999", "SCH 999999", "SIN-99999"]))
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DAMAGE REPORT", "SCHADENMELDUNG", "RAPPORT DE DOMMAGES"), s.bold, 14)
    p.text(w - m, y, f"{tr(lg, 'Case', 'Vorgang', 'Dossier')} {case}", s.font, 9, "right")
    y = fields(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Model", "Typ", "Modèle"), car.name),
            (tr(lg, "Mileage", "km-Stand", "Kilométrage"), str(car.km + rng.randint(100, 5000))),
            (
                tr(lg, "Rental agreement", "Mietvertrag", "Contrat"),
                str(LAST["ref"]) if LAST["kind"] == "return_protocol" else agreement_no(rng),
            ),
            (tr(lg, "Renter", "Mieter", "Locataire"), renter.name),
            (tr(lg, "Date found", "Festgestellt am", "Constaté le"), short(d, lg)),
        ],
        per=3,
        tall=26,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "How was the damage found?",
            "Wie wurde der Schaden festgestellt?",
            "Circonstances de la constatation",
        ),
        s.bold,
        8.5,
    )
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            tr(lg, *t)
            for t in [
                ("At return", "Bei Rückgabe", "Au retour"),
                ("Reported by renter", "Vom Mieter gemeldet", "Déclaré par le client"),
                ("Found in yard", "Auf dem Hof festgestellt", "Constaté sur parc"),
                ("Accident with third party", "Unfall mit Gegner", "Accident avec tiers"),
                ("Vandalism / theft", "Vandalismus / Diebstahl", "Vandalisme / vol"),
            ]
        ],
        {rng.randint(0, 4)},
    )
    p.text(m, y, tr(lg, "Description", "Schadenbeschreibung", "Description"), s.bold, 8.5)
    y += 14
    for _ in range(4):
        if rng.random() < 0.7:
            scribble(
                p,
                m + 4,
                y,
                fit(words(rng, lg, "claim", rng.randint(5, 10)), HAND, 9.5, w - 2 * m - 8),
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 17
    y = vehicle_sheet(p, s, m, y + 10, w - 2 * m, car.kind, lg, rng, rng.randint(1, 4))
    est = rng.uniform(180, 4200)
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Estimated repair cost", "Geschätzte Kosten", "Coût estimé"), cash(est, lg)),
            (
                tr(lg, "Renter liable", "Mieter haftet", "Responsabilité client"),
                rng.choice(yes_no(lg)),
            ),
            (tr(lg, "Photos taken", "Fotos", "Photos"), str(rng.randint(3, 8))),
            (tr(lg, "Reported by", "Aufgenommen von", "Établi par"), staff(h, "yard")),
        ],
        per=4,
        tall=26,
    )
    if y < hh - m - 40:
        sign(p, m + 10, y + 16, staff(h, "yard"))
        sign(p, w / 2 + 10, y + 16, staff(h, "manager"))
    pages = [p]
    caps = PARTS[lg]
    for k in range(rng.choice([1, 1, 2])):
        pages.append(
            photo_page(
                rng,
                s,
                h,
                tr(lg, "Photographs", "Lichtbilder", "Photos") + (f" ({k + 1})" if k else ""),
                rng.choice([4, 6]),
                [rng.choice(caps) for _ in range(6)],
                header=f"{tr(lg, 'Case', 'Vorgang', 'Dossier')} {case} - {car.plate}",
            )
        )
    note(car, renter, d, case)
    return close(pages, s, h)


def tpl_rental_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The branch's final rental invoice after the vehicle is back: agreement, period,
    mileage, charges with VAT, paid by card or due."""
    h = fleet_head()
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    car = the_car(rng, ("rental_agreement",))
    renter = the_renter(rng, ("rental_agreement",))
    back = the_day(rng, ("rental_agreement",), (0, 1))
    days = rng.choice([1, 2, 3, 4, 7, 10])
    no = str(LAST["ref"]) if LAST["kind"] == "rental_agreement" else agreement_no(rng)
    f = sheets(s, h, h.name)
    inv = serial(rng, rng.choice(["INV 9999999", "RE-99-999999", "F99999999"]))
    recipient(
        f,
        s,
        h,
        renter_lines(renter, lg),
        back,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Agreement", "Mietvertrag", "Contrat"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(rng, "9999999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    km0 = car.km
    km1 = km0 + rng.randint(60, 2400)
    y = pairs(
        f.page,
        s,
        s.margin,
        f.y,
        [
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.name} - {car.plate}"),
            (
                tr(lg, "Out", "Ausgabe", "Départ"),
                f"{short(back - timedelta(days=days), lg)}  {km0} km",
            ),
            (tr(lg, "In", "Rückgabe", "Retour"), f"{short(back, lg)}  {km1} km"),
            (tr(lg, "Driven", "Gefahren", "Parcourus"), f"{km1 - km0} km"),
        ],
        w * 0.62,
    )
    f.y = y + 10
    rate = round(rng.uniform(28, 95), 2)
    rows = [
        [tr(lg, "Rental", "Miete", "Location"), f"{days}", cash(rate, lg), cash(rate * days, lg)]
    ]
    net = rate * days
    for name, price in rng.sample(EXTRAS[lg], rng.randint(0, 3)):
        rows.append([name, str(days), cash(price, lg), cash(price * days, lg)])
        net += price * days
    if rng.random() < 0.4:
        fuel = rng.uniform(25, 90)
        rows.append(
            [
                tr(lg, "Refuelling charge", "Nachtankpauschale", "Complément carburant"),
                "1",
                cash(fuel, lg),
                cash(fuel, lg),
            ]
        )
        net += fuel
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.6, "right"), (1.6, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT", "MwSt.", "TVA"), cash(vat, lg)),
                (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
        )
        + 10
    )
    paid = rng.random() < 0.7
    write(
        f,
        s,
        tr(
            lg,
            "Paid by card on return - thank you for renting with us."
            if paid
            else "Payment due within 14 days to the account below.",
            "Betrag mit Kreditkarte bei Rückgabe beglichen."
            if paid
            else "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Réglé par carte bancaire au retour."
            if paid
            else "Paiement à 30 jours date de facture.",
        ),
        pt=8.5,
    )
    note(car, renter, back, no)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates FF: accidents, estimates and claims
# ---------------------------------------------------------------------------------------------

CIRCUMSTANCES = {
    "en": [
        "parked / stationary",
        "leaving a parking space",
        "entering a parking space",
        "emerging from a car park / private road",
        "entering a car park / private road",
        "entering a roundabout",
        "circulating a roundabout",
        "hit the rear of the other vehicle",
        "same direction, different lane",
        "changing lanes",
        "overtaking",
        "turning right",
        "turning left",
        "reversing",
        "encroaching on opposite lane",
        "coming from the right at a junction",
        "disregarded a priority sign or red light",
    ],
    "de": [
        "parkte / hielt",
        "verließ einen Parkplatz",
        "fuhr in einen Parkplatz",
        "fuhr aus Grundstück / Parkhaus",
        "bog in Grundstück / Parkhaus ein",
        "fuhr in einen Kreisverkehr ein",
        "fuhr im Kreisverkehr",
        "fuhr auf das Heck des anderen Fahrzeugs auf",
        "fuhr gleiche Richtung, andere Spur",
        "wechselte die Fahrspur",
        "überholte",
        "bog rechts ab",
        "bog links ab",
        "setzte zurück",
        "geriet auf die Gegenfahrbahn",
        "kam von rechts",
        "missachtete Vorfahrt / Rotlicht",
    ],
    "fr": [
        "en stationnement / à l'arrêt",
        "quittait un stationnement",
        "prenait un stationnement",
        "sortait d'un parking, d'un lieu privé",
        "s'engageait dans un parking, un lieu privé",
        "s'engageait sur une place à sens giratoire",
        "roulait sur une place à sens giratoire",
        "heurtait à l'arrière, en roulant dans le même sens",
        "roulait dans le même sens et sur une file différente",
        "changeait de file",
        "doublait",
        "virait à droite",
        "virait à gauche",
        "reculait",
        "empiétait sur une voie réservée à la circulation en sens inverse",
        "venait de droite (dans un carrefour)",
        "n'avait pas observé un signal de priorité ou un feu rouge",
    ],
}


def accident_statement_page(
    rng: random.Random, lg: str, car: Car, who: Person, d: date, copy: bool = False
) -> Page:
    """The European accident statement filled in by hand by the two drivers."""
    p = Page(A4)
    w, hh = A4
    m = 28
    s = Style("Helvetica", "Helvetica-Bold", 7, m, "none", "bottom", A4, "short")
    title = tr(
        lg,
        "EUROPEAN ACCIDENT STATEMENT",
        "EUROPÄISCHER UNFALLBERICHT",
        "CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE",
    )
    p.text(w / 2, 30, title, "Helvetica-Bold", 12, "center")
    p.text(
        w / 2,
        41,
        tr(
            lg,
            "Not an admission of liability - to be signed by both drivers",
            "Kein Schuldanerkenntnis - von beiden Fahrern zu unterzeichnen",
            "Ne constitue pas une reconnaissance de responsabilité",
        ),
        "Helvetica",
        6.5,
        "center",
    )
    if copy:
        copy_mark(p, lg)
    y = fields(
        p,
        s,
        m,
        50,
        w - 2 * m,
        [
            (
                tr(lg, "1. Date / time", "1. Datum / Uhrzeit", "1. Date / heure"),
                f"{short(d, lg)}  {clock(rng, lg)}",
            ),
            (tr(lg, "2. Location", "2. Unfallort", "2. Lieu"), rng.choice(ROADS[lg])),
            (tr(lg, "3. Injuries", "3. Verletzte", "3. Blessés"), tr(lg, "no", "nein", "non")),
            (
                tr(lg, "4. Other damage", "4. Andere Schäden", "4. Autres dégâts"),
                tr(lg, "no", "nein", "non"),
            ),
        ],
        per=4,
        tall=24,
    )
    col = 170.0
    mid_x0, mid_x1 = m + col + 6, w - m - col - 6
    other = a_person(rng, lg)
    other_car = a_car(rng, lg, 0)
    for side, (x, pers, vc) in enumerate([(m, who, car), (w - m - col, other, other_car)]):
        p.rect(x, y, col, 14, fill=0.7 if side == 0 else 0.88)
        p.text(
            x + col / 2,
            y + 10,
            tr(lg, "VEHICLE ", "FAHRZEUG ", "VÉHICULE ") + "AB"[side],
            "Helvetica-Bold",
            8,
            "center",
        )
        yy = y + 18
        for cap, val in [
            (
                tr(lg, "6. Policyholder", "6. Versicherungsnehmer", "6. Preneur d'assurance"),
                fleet_head().name if side == 0 else pers.name,
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pers.street}"),
            (
                tr(lg, "7. Make / reg.", "7. Marke / Kennz.", "7. Marque / immat."),
                f"{vc.make} {vc.plate}",
            ),
            (
                tr(lg, "8. Insurer / policy", "8. Versicherer / Nr.", "8. Assureur / contrat"),
                serial(rng, "99999999"),
            ),
            (tr(lg, "9. Driver", "9. Fahrer", "9. Conducteur"), pers.name),
            (tr(lg, "Licence no.", "Führerschein", "Permis n°"), pers.licence),
            (tr(lg, "10. Point of impact", "10. Anstoßstelle", "10. Point de choc"), ""),
        ]:
            p.rect(x, yy, col, 31)
            p.text(x + 3, yy + 7, cap, "Helvetica", 5.8)
            if val:
                p.text(x + 4, yy + 24, fit(val, HAND, 8.5, col - 8), HAND, 8.5)
            yy += 31
        top_view(p, x + col * 0.35, yy - 22, col * 0.3, 19, vc.kind)
        p.line(x + col * rng.uniform(0.3, 0.7), yy - 24, x + col * rng.uniform(0.3, 0.7), yy - 4)
        p.rect(x, yy, col, 50)
        p.text(
            x + 3,
            yy + 7,
            tr(lg, "11. Visible damage", "11. Sichtbare Schäden", "11. Dégâts apparents"),
            "Helvetica",
            5.8,
        )
        p.text(x + 4, yy + 20, fit(rng.choice(PARTS[lg]), HAND, 8.5, col - 8), HAND, 8.5)
        p.text(x + 4, yy + 32, fit(rng.choice(PARTS[lg]), HAND, 8.5, col - 8), HAND, 8.5)
    p.text(
        (mid_x0 + mid_x1) / 2,
        y + 10,
        tr(lg, "12. Circumstances", "12. Umstände", "12. Circonstances"),
        "Helvetica-Bold",
        7.5,
        "center",
    )
    yy = y + 24
    a_on = set(rng.sample(range(17), rng.randint(1, 2)))
    b_on = set(rng.sample(range(17), rng.randint(1, 2)))
    for k, t in enumerate(CIRCUMSTANCES[lg]):
        box(p, mid_x0, yy, k in a_on, 7)
        box(p, mid_x1 - 7, yy, k in b_on, 7)
        p.text(
            mid_x0 + 10,
            yy,
            fit(f"{k + 1} {t}", "Helvetica", 5.6, mid_x1 - mid_x0 - 22),
            "Helvetica",
            5.6,
        )
        yy += 13.5
    p.text(
        mid_x0,
        yy + 4,
        tr(lg, "number of boxes ticked", "Anzahl angekreuzter Felder", "nombre de cases marquées"),
        "Helvetica",
        5.6,
    )
    scribble(p, mid_x0 + 2, yy + 16, str(len(a_on)))
    scribble(p, mid_x1 - 10, yy + 16, str(len(b_on)))
    y = max(yy + 24, y + 18 + 31 * 7 + 54) + 8
    p.rect(m, y, w - 2 * m, 170)
    p.text(
        m + 4,
        y + 9,
        tr(
            lg,
            "13. Sketch of the accident",
            "13. Skizze des Unfallhergangs",
            "13. Croquis de l'accident",
        ),
        "Helvetica",
        6.5,
    )
    cy = y + rng.uniform(55, 95)
    p.line(m + 20, cy - 22, w - m - 20, cy - 22)
    p.line(m + 20, cy + 22, w - m - 20, cy + 22)
    x0 = rng.uniform(m + 60, w / 2 - 40)
    p.rect(x0, cy - 14, 40, 16)
    p.text(x0 + 20, cy - 3, "A", HAND, 10, "center")
    p.rect(x0 + rng.uniform(30, 80), cy + 2, 40, 16)
    p.text(x0 + rng.uniform(60, 90), cy + 30, "B", HAND, 10)
    p.line(x0 - 40, cy - 6, x0, cy - 6)
    y += 176
    p.rect(m, y, w - 2 * m, 40)
    p.text(
        m + 4,
        y + 9,
        tr(lg, "14. My remarks", "14. Bemerkungen", "14. Mes observations"),
        "Helvetica",
        6.5,
    )
    scribble(p, m + 8, y + 26, fit(words(rng, lg, "claim", 9), HAND, 9, w - 2 * m - 16))
    y += 46
    p.rect(m, y, (w - 2 * m) / 2 - 4, min(50, hh - y - 20))
    p.rect(w / 2 + 4, y, (w - 2 * m) / 2 - 4, min(50, hh - y - 20))
    p.text(
        m + 4,
        y + 9,
        tr(lg, "15. Signature driver A", "15. Unterschrift Fahrer A", "15. Signature conducteur A"),
        "Helvetica",
        6.5,
    )
    p.text(
        w / 2 + 8,
        y + 9,
        tr(lg, "Signature driver B", "Unterschrift Fahrer B", "Signature conducteur B"),
        "Helvetica",
        6.5,
    )
    sign(p, m + 30, y + 36, who.name)
    sign(p, w / 2 + 34, y + 36, other.name)
    return p


def clock(rng: random.Random, lang: str) -> str:
    hh, mm = rng.randint(6, 21), rng.randint(0, 59)
    return {"en": f"{hh:02d}:{mm:02d}", "de": f"{hh:02d}:{mm:02d} Uhr", "fr": f"{hh}h{mm:02d}"}[
        lang
    ]


def tpl_accident_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A European accident statement (Unfallbericht, constat amiable) as the renter handed it
    in: the insurer's printed form, filled in by hand by both drivers, sometimes with the
    driver's own declaration on the back."""
    lg = home()
    car, renter = rng.choice(cars()), rng.choice(renters())
    d = on(rng)
    pages = [accident_statement_page(rng, lg, car, renter, d)]
    if rng.random() < 0.35:
        p = Page(A4)
        w, _ = A4
        s = Style("Helvetica", "Helvetica-Bold", 8, 36, "none", "bottom", A4, "short")
        p.text(
            36,
            40,
            tr(
                lg,
                "Driver's declaration (to be sent to your insurer)",
                "Erklärung des Fahrers (an den eigenen Versicherer)",
                "Déclaration du conducteur (à adresser à votre assureur)",
            ),
            "Helvetica-Bold",
            10,
        )
        y = 60.0
        for q in [
            tr(lg, *t)
            for t in [
                ("Purpose of the journey", "Zweck der Fahrt", "Motif du déplacement"),
                (
                    "Was the vehicle driveable?",
                    "War das Fahrzeug fahrbereit?",
                    "Le véhicule pouvait-il rouler ?",
                ),
                (
                    "Where can the vehicle be inspected?",
                    "Wo kann das Fahrzeug besichtigt werden?",
                    "Où le véhicule peut-il être expertisé ?",
                ),
                (
                    "Did the police attend?",
                    "Wurde die Polizei hinzugezogen?",
                    "Un procès-verbal a-t-il été établi ?",
                ),
                (
                    "Account of the accident",
                    "Schilderung des Unfallhergangs",
                    "Description de l'accident",
                ),
            ]
        ]:
            p.text(36, y, q, "Helvetica", 8)
            y += 14
            for _ in range(rng.randint(1, 4)):
                scribble(
                    p, 40, y, fit(words(rng, lg, "claim", rng.randint(5, 10)), HAND, 9.5, w - 80)
                )
                p.line(36, y + 4, w - 36, y + 4)
                y += 17
            y += 8
        sign(p, 60, y + 30, renter.name)
        p.text(36, y + 44, f"{short(d + timedelta(days=1), lg)}", HAND, 9)
        ticks(p, s, 36, y + 70, w - 72, yes_no(lg), {0})
        pages.append(p)
    note(car, renter, d)
    return pages


def tpl_claim_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The motor insurer's claim form (Kfz-Schadenanzeige, déclaration de sinistre) filled in
    by the branch: policy and vehicle, driver, the accident, the third party, witnesses, a
    sketch box and the declaration over two or three numbered pages with the form number;
    sometimes a copy of the accident statement attached."""
    h = head_of(who, "insurer", ["band", "framed", "rule"])
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, hh = A4
    m = s.margin
    car = the_car(rng, ("accident_statement",))
    renter = the_renter(rng, ("accident_statement",))
    d = the_day(rng, ("accident_statement",), (0, 0))
    form = serial(rng, rng.choice(["MCF/99/99", "KS 999 (99.99)", "DS-AUTO 99"]))
    pol = serial(rng, "FL999999/99")
    title = tr(
        lg,
        "MOTOR CLAIM FORM - FLEET",
        "KFZ-SCHADENANZEIGE (FLOTTE)",
        "DÉCLARATION DE SINISTRE AUTOMOBILE - FLOTTE",
    )
    p1 = Page(A4)
    y = heading(p1, s, h)
    p1.text(m, y, title, s.bold, 12)
    y += 8
    secs: list[tuple[str, list[tuple[str, str]]]] = [
        (
            tr(lg, "1  Policyholder", "1  Versicherungsnehmer", "1  Assuré"),
            [
                (tr(lg, "Name", "Name", "Nom"), fleet_head().name),
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(fleet_head(), "claims")),
                (tr(lg, "VAT registered", "Vorsteuerabzug", "Récupère la TVA"), yes_no(lg)[0]),
            ],
        ),
        (
            tr(lg, "2  Vehicle", "2  Fahrzeug", "2  Véhicule"),
            [
                (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
                (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), car.name),
                (tr(lg, "Mileage", "km-Stand", "Kilométrage"), str(car.km + rng.randint(50, 900))),
                (
                    tr(lg, "Where can it be seen?", "Besichtigung wo?", "Lieu d'expertise"),
                    rng.choice(SENDERS["bodyshop"][home()])[0],
                ),
            ],
        ),
        (
            tr(lg, "3  Driver", "3  Fahrer", "3  Conducteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), renter.name),
                (
                    tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                    short(renter.born, lg),
                ),
                (tr(lg, "Licence", "Führerschein", "Permis"), renter.licence),
                (
                    tr(lg, "Relation to policyholder", "Verhältnis zum VN", "Lien avec l'assuré"),
                    tr(lg, "hirer", "Mieter", "locataire"),
                ),
            ],
        ),
        (
            tr(lg, "4  Accident", "4  Schadenereignis", "4  Sinistre"),
            [
                (
                    tr(lg, "Date and time", "Datum, Uhrzeit", "Date, heure"),
                    f"{short(d, lg)} {rng.randint(6, 21)}:{rng.randint(0, 59):02d}",
                ),
                (
                    tr(lg, "Place", "Ort", "Lieu"),
                    f"{rng.choice(ROADS[lg])}, {rng.choice(TOWNS[lg])}",
                ),
                (
                    tr(lg, "Police reference", "Polizei Az.", "Réf. police"),
                    serial(rng, "99/9999/99") if rng.random() < 0.4 else "-",
                ),
                (tr(lg, "Injuries", "Personenschaden", "Blessés"), yes_no(lg)[1]),
            ],
        ),
    ]
    secs += [
        (
            tr(
                lg,
                "5  Damage to the insured vehicle",
                "5  Schaden am versicherten Fahrzeug",
                "5  Dommages au véhicule assuré",
            ),
            [
                (
                    tr(lg, "Damaged parts", "Beschädigte Teile", "Parties endommagées"),
                    ", ".join(rng.sample(PARTS[lg], 2)),
                ),
                (tr(lg, "Driveable", "Fahrbereit", "Roulant"), rng.choice(yes_no(lg))),
                (
                    tr(lg, "Estimate obtained", "Kostenvoranschlag liegt vor", "Devis établi"),
                    rng.choice(yes_no(lg)),
                ),
                (
                    tr(lg, "Estimated cost", "Geschätzte Höhe", "Montant estimé"),
                    cash(rng.uniform(300, 5000), lg) if rng.random() < 0.6 else "",
                ),
            ],
        ),
        (
            tr(lg, "6  Payment", "6  Bankverbindung", "6  Règlement"),
            [
                (tr(lg, "Account holder", "Kontoinhaber", "Titulaire"), fleet_head().name),
                (
                    tr(lg, "Sort code / account", "IBAN", "IBAN"),
                    serial(
                        rng,
                        {
                            "en": "99-99-99 99999999",
                            "de": "DE99 9999 9999 9999 9999 99",
                            "fr": "FR99 9999 9999 9999 9999 9999 999",
                        }[lg],
                    ),
                ),
            ],
        ),
    ]
    for t, items in secs:
        y = band(p1, s, y + 10, t)
        y = fields(p1, s, m, y, w - 2 * m, items, per=2, tall=26)
    pages = [p1]
    p2 = Page(A4)
    y = m
    y = band(p2, s, y, tr(lg, "7  How did it happen?", "7  Schadenhergang", "7  Circonstances")) + 4
    for _ in range(rng.randint(5, 9)):
        scribble(
            p2,
            m + 4,
            y + 10,
            fit(words(rng, lg, "claim", rng.randint(6, 11)), HAND, 9.5, w - 2 * m - 8),
        )
        p2.line(m, y + 14, w - m, y + 14)
        y += 18
    y = band(p2, s, y + 14, tr(lg, "8  Sketch", "8  Skizze", "8  Croquis"))
    p2.rect(m, y, w - 2 * m, 150)
    cy = y + 75
    p2.line(m + 30, cy - 25, w - m - 30, cy - 25)
    p2.line(m + 30, cy + 25, w - m - 30, cy + 25)
    p2.line(w / 2 - 25, y + 10, w / 2 - 25, cy - 25)
    p2.line(w / 2 + 25, y + 10, w / 2 + 25, cy - 25)
    p2.rect(w / 2 - 60, cy - 5, 36, 16)
    p2.rect(w / 2 - 10, cy - 50, 16, 34)
    p2.text(w / 2 - 42, cy + 7, "A", HAND, 9, "center")
    p2.text(w / 2 - 2, cy - 30, "B", HAND, 9, "center")
    y += 160
    y = band(p2, s, y, tr(lg, "9  Third party", "9  Unfallgegner", "9  Tiers"))
    op = a_person(rng, lg)
    y = fields(
        p2,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), op.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{op.street}, {op.town}"),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), plate_of(rng, lg, 2021)),
            (tr(lg, "Insurer", "Versicherer", "Assureur"), rng.choice(SENDERS["insurer"][lg])[0]),
        ],
        per=2,
        tall=26,
    )
    y = band(p2, s, y + 4, tr(lg, "10  Witnesses", "10  Zeugen", "10  Témoins"))
    y = fields(
        p2,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Name and address", "Name und Anschrift", "Nom et adresse"),
                a_person(rng, lg).name if rng.random() < 0.5 else "",
            ),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
        ],
        per=2,
        tall=26,
    )
    if y > hh - 200:
        pages.append(p2)
        p2 = Page(A4)
        y = m
    y = band(p2, s, y + 4, tr(lg, "11  Declaration", "11  Erklärung", "11  Déclaration"))
    y = text_block(
        p2,
        s,
        m,
        y + 2,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given is true and complete. I understand that "
            "the insurer may share it with other insurers to prevent fraud.",
            "Ich versichere, die Fragen wahrheitsgemäß und vollständig beantwortet zu haben. "
            "Unrichtige Angaben können zum Verlust des Versicherungsschutzes führen.",
            "Je certifie l'exactitude des renseignements ci-dessus. Toute fausse déclaration "
            "expose à la déchéance de garantie.",
        ),
        7.5,
    )
    scribble(
        p2,
        m + 4,
        y + 16,
        f"{rng.choice(TOWNS[lg]).split()[-1]}, {short(d + timedelta(days=rng.randint(1, 5)), lg)}",
    )
    sign(p2, w / 2, y + 18, staff(fleet_head(), "claims"))
    p2.line(w / 2, y + 22, w - m, y + 22)
    pages.append(p2)
    for p in pages:
        p.text(m, A4[1] - 24, form, s.font, 6)
    pages = close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "- {i} -"]))
    if rng.random() < 0.4:
        pages.append(accident_statement_page(rng, home(), car, renter, d, copy=True))
    note(car, renter, d, pol)
    return pages


def tpl_insurer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's letter on a fleet claim (acknowledgement, request for documents, or
    settlement), sometimes with the settlement statement as a second page."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    car = the_car(rng, ("claim_form",))
    d = the_day(rng, ("claim_form",), (5, 30))
    claim = serial(rng, rng.choice(["CLM/9999999", "S 99-999999-9", "SIN 999999999"]))
    f = sheets(s, h, f"{h.name} - {claim}")
    recipient(
        f,
        s,
        h,
        fleet_lines(lg, tr(lg, "Claims Department", "Schadenabteilung", "Service sinistres")),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "N° sinistre"), claim),
            (tr(lg, "Policy", "Vertrag", "Contrat"), serial(keyed(who, "pol"), "FL999999/99")),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car.plate),
        ],
    )
    kind = rng.choice(["ack", "docs", "settle", "settle"])
    caption(
        f,
        s,
        {
            "ack": tr(
                lg,
                "Your claim - acknowledgement",
                "Ihre Schadenmeldung - Eingangsbestätigung",
                "Accusé de réception de votre déclaration",
            ),
            "docs": tr(lg, "Information required", "Fehlende Unterlagen", "Pièces manquantes"),
            "settle": tr(
                lg, "Settlement of your claim", "Schadenregulierung", "Règlement du sinistre"
            ),
        }[kind],
        1.5,
    )
    write(f, s, dear(lg, None))
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "claim"))
    if kind == "docs":
        for t in rng.sample(
            [
                tr(lg, *x)
                for x in [
                    (
                        "a copy of the rental agreement",
                        "Kopie des Mietvertrags",
                        "copie du contrat",
                    ),
                    ("the repair estimate", "Kostenvoranschlag", "le devis de réparation"),
                    (
                        "photographs of the damage",
                        "Lichtbilder des Schadens",
                        "photos des dommages",
                    ),
                    ("the driver's licence", "Führerscheinkopie", "copie du permis"),
                ]
            ],
            3,
        ):
            write(f, s, f"-  {t}", indent=14)
    settle = kind == "settle"
    amount = rng.uniform(450, 6800)
    excess = rng.choice([250, 500, 1000])
    if settle:
        write(
            f,
            s,
            tr(lg, "We have today paid ", "Wir haben heute ", "Nous avons réglé ")
            + cash(amount - excess, lg)
            + tr(lg, " to your account.", " an Sie überwiesen.", " sur votre compte."),
        )
    regards(
        f,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Claims Handler", "Schadensachbearbeitung", "Gestionnaire sinistres"),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d)
    if settle and rng.random() < 0.45:
        s2 = style_of(h, A4)
        f2 = sheets(s2, h)
        caption(f2, s2, tr(lg, "Settlement statement", "Abrechnung", "Décompte d'indemnisation"))
        f2.y += 6
        rows = [
            [
                tr(
                    lg,
                    "Repair costs as estimated",
                    "Reparaturkosten lt. KV",
                    "Réparation selon devis",
                ),
                cash(amount * 0.82, lg),
            ],
            [
                tr(lg, "Hire / loss of use", "Nutzungsausfall", "Immobilisation"),
                cash(amount * 0.12, lg),
            ],
            [
                tr(lg, "Engineer's fee", "Gutachterkosten", "Honoraires d'expert"),
                cash(amount * 0.06, lg),
            ],
            [
                tr(lg, "less excess", "abzgl. Selbstbeteiligung", "franchise"),
                f"-{cash(excess, lg)}",
            ],
            [tr(lg, "Paid", "Auszahlung", "Réglé"), cash(amount - excess, lg)],
        ]
        table(
            f2,
            columns(m, w - m, [(4, "left"), (1.5, "right")]),
            [tr(lg, "Item", "Position", "Poste"), tr(lg, "Amount", "Betrag", "Montant")],
            rows,
            s2,
            rules=True,
            step=1.9,
        )
        pages += close(f2.pages, s2, h, numbers="none")
    note(car, None, d, claim)
    return pages


REPAIRS = {
    "en": [
        ("Bumper cover front - replace", "P"),
        ("Bumper cover - paint", "L"),
        ("Wing N/S front - repair 2.0 h", "L"),
        ("Door shell O/S front - replace", "P"),
        ("Headlamp unit LH", "P"),
        ("Door mirror glass RH", "P"),
        ("Clips and fixings", "P"),
        ("Parking sensor bracket", "P"),
        ("Refinish 2-stage metallic", "L"),
        ("Strip and fit", "L"),
        ("Wheel alignment check", "L"),
        ("Paint materials", "M"),
    ],
    "de": [
        ("Stoßfängerverkleidung vorn erneuern", "P"),
        ("Stoßfänger lackieren", "L"),
        ("Kotflügel vorn links instandsetzen", "L"),
        ("Türaußenhaut vorn rechts", "P"),
        ("Scheinwerfer links", "P"),
        ("Spiegelglas rechts", "P"),
        ("Clips / Kleinteile", "P"),
        ("Halter Einparksensor", "P"),
        ("Lackierung Metallic 2-Schicht", "L"),
        ("Aus- und Einbau", "L"),
        ("Achsvermessung", "L"),
        ("Lackmaterial", "M"),
    ],
    "fr": [
        ("Bouclier avant - remplacement", "P"),
        ("Bouclier - peinture", "L"),
        ("Aile avant gauche - redressage", "L"),
        ("Porte avant droite - panneau", "P"),
        ("Projecteur gauche", "P"),
        ("Glace rétroviseur droit", "P"),
        ("Agrafes", "P"),
        ("Support radar de recul", "P"),
        ("Peinture vernis 2 couches", "L"),
        ("Dépose / repose", "L"),
        ("Contrôle géométrie", "L"),
        ("Ingrédients peinture", "M"),
    ],
}


def estimate_pages(
    rng: random.Random, h: Head, car: Car, d: date, no: str, copy: bool = False
) -> list[Page]:
    """A body shop's repair estimate: vehicle, parts, labour and paint lines, totals."""
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Estimate', 'Kostenvoranschlag', 'Devis')} {no}")
    if copy:
        copy_mark(f.page, home())
    recipient(
        f,
        s,
        h,
        fleet_lines(lg),
        d,
        [
            (tr(lg, "Estimate no.", "KV-Nr.", "Devis n°"), no),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
        ],
    )
    caption(f, s, tr(lg, "REPAIR ESTIMATE", "KOSTENVORANSCHLAG", "DEVIS DE RÉPARATION"), 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), car.name),
            (tr(lg, "VIN", "FIN", "VIN"), car.vin),
            (
                tr(lg, "First registered", "Erstzulassung", "1re mise en circ."),
                short(car.first_reg, lg),
            ),
            (tr(lg, "Mileage", "km-Stand", "Km"), str(car.km + rng.randint(0, 4000))),
            (tr(lg, "Paint code", "Farbcode", "Code teinte"), serial(rng, "A9A")),
            (
                tr(lg, "Labour rate", "Stundenverrechnungssatz", "Taux horaire"),
                cash(rng.choice([48, 54, 62, 118, 135, 152]), lg),
            ),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    code = "Courier" if rng.random() < 0.5 else s.font
    rows = []
    net = 0.0
    for t, k in rng.sample(REPAIRS[lg], rng.randint(5, 12)):
        if k == "L":
            hrs = rng.choice([0.5, 1.0, 1.5, 2.0, 3.2, 4.5])
            v = hrs * 58 * (2 if lg != "en" else 1)
            rows.append([serial(rng, "9999"), t, f"{hrs:.1f} h", "", money(v, lg)])
        else:
            v = rng.uniform(8, 640)
            rows.append(
                [
                    serial(rng, "9A9 999 999 A") if k == "P" else "",
                    t,
                    "1",
                    money(v, lg),
                    money(v, lg),
                ]
            )
        net += v
    cols = columns(
        m, w - m, [(1.8, "left"), (4.5, "left"), (0.8, "right"), (1.3, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Part / op.", "Teile-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        Style(code, s.bold, s.size, s.margin, "none", "bottom", A4, s.date_style),
        rules=True,
    )
    f.y += 6
    f.need(70)
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT", "MwSt.", "TVA"), cash(vat, lg)),
                (tr(lg, "Estimate total", "Gesamtbetrag", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Repair time {rng.randint(2, 6)} working days, subject to parts "
            "availability. Hidden damage found on strip-down will be quoted separately.",
            f"Reparaturdauer ca. {rng.randint(2, 6)} Arbeitstage. Verdeckte Schäden "
            "bleiben vorbehalten. Gültig 4 Wochen.",
            f"Immobilisation estimée {rng.randint(2, 6)} jours. Devis valable un mois, "
            "sous réserve de dommages cachés.",
        ),
        pt=8,
    )
    pages = close(f.pages, s, h)
    return pages


def tpl_repair_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """A body shop's repair estimate for a damaged fleet vehicle, sometimes with a page of
    photographs and a terms page behind."""
    h = head_of(who, "bodyshop")
    car = the_car(rng, ("damage_report", "eol_inspection"))
    d = the_day(rng, ("damage_report", "eol_inspection"), (1, 9))
    no = serial(rng, rng.choice(["E99999", "KV-99-9999", "D9999-99"]))
    pages = estimate_pages(rng, h, car, d, no)
    s = style_of(h, A4)
    if rng.random() < 0.4:
        pages.append(
            photo_page(
                rng,
                s,
                h,
                tr(h.lang, "Photographs", "Schadenbilder", "Photos"),
                rng.choice([2, 4, 6]),
                rng.sample(PARTS[h.lang], 6),
                header=f"{h.name} - {no} - {car.plate}",
            )
        )
    if rng.random() < 0.25:
        pages += terms_pages(
            rng,
            s,
            h,
            tr(
                h.lang,
                "Terms of business",
                "Reparaturbedingungen",
                "Conditions générales de réparation",
            ),
            1,
            "service",
        )
    note(car, LAST["renter"] if isinstance(LAST["renter"], Person) else None, d, no)
    return pages


def tpl_damage_recharge(rng: random.Random, who: Issuer) -> list[Page]:
    """The branch's letter charging a renter for damage: what was found, the amount and how to
    pay or dispute; enclosed the photographs and often a copy of the body shop's estimate on
    the body shop's paper, which belong to the letter."""
    h = fleet_head()
    lg = h.lang
    s = style_of(h, A4)
    car, renter = rng.choice(cars()), rng.choice(renters())
    d = on(rng)
    case = serial(rng, rng.choice(["DR-9999-999", "SCH 999999", "SIN-99999"]))
    f = sheets(s, h, f"{h.name} - {case}")
    recipient(
        f,
        s,
        h,
        renter_lines(renter, lg),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), case),
            (tr(lg, "Agreement", "Mietvertrag", "Contrat"), agreement_no(rng)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Damage to vehicle {car.plate}",
            f"Schaden am Fahrzeug {car.plate}",
            f"Dommages constatés sur le véhicule {car.plate}",
        ),
        1.5,
    )
    write(f, s, dear(lg, mr(renter, lg)))
    bs = head_of(who, "bodyshop")
    amount = rng.uniform(220, 1900)
    write(
        f,
        s,
        tr(
            lg,
            f"When the vehicle was returned on {day(h, d)} our staff found the "
            f"following damage, which was not recorded at check-out: "
            f"{rng.choice(PARTS[lg])}.",
            f"bei der Rückgabe des Fahrzeugs am {day(h, d)} haben wir folgenden, im "
            f"Übergabeprotokoll nicht vermerkten Schaden festgestellt: "
            f"{rng.choice(PARTS[lg])}.",
            f"Lors de la restitution du véhicule le {day(h, d)}, nos services ont "
            f"constaté le dommage suivant, absent de l'état des lieux de départ : "
            f"{rng.choice(PARTS[lg])}.",
        ),
    )
    write(f, s, prose(rng, lg, "claim", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"Under clause 8 of the rental terms we charge you {cash(amount, lg)}, "
            "being the repair cost up to your excess plus an administration fee.",
            f"Gemäß Ziffer 8 der Mietbedingungen stellen wir Ihnen {cash(amount, lg)} "
            "(Reparaturkosten bis zur Höhe der Selbstbeteiligung zzgl. "
            "Bearbeitungspauschale) in Rechnung.",
            f"Conformément à l'article 8 des conditions générales, nous vous facturons "
            f"{cash(amount, lg)} correspondant à la franchise et aux frais de dossier.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "If you wish to dispute this charge please write to us within 14 days.",
            "Einwände richten Sie bitte innerhalb von 14 Tagen schriftlich an uns.",
            "Toute contestation doit nous parvenir par écrit sous 15 jours.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "damage"),
        tr(lg, "Damage Recovery", "Schadenmanagement", "Gestion des sinistres"),
    )
    f.need(40)
    f.page.text(
        s.margin,
        f.y,
        tr(
            lg,
            "Enclosures: photographs, repair estimate",
            "Anlagen: Lichtbilder, Kostenvoranschlag",
            "P.J. : photos, devis",
        ),
        s.font,
        8,
    )
    pages = close(f.pages, s, h)
    pages.append(
        photo_page(
            rng,
            s,
            h,
            tr(lg, "Photographs at return", "Lichtbilder Rücknahme", "Photos au retour"),
            rng.choice([2, 4]),
            rng.sample(PARTS[lg], 6),
            header=f"{case} - {car.plate}",
        )
    )
    if rng.random() < 0.7:
        pages += estimate_pages(
            rng, bs, car, d - timedelta(days=rng.randint(1, 5)), serial(rng, "E99999"), copy=True
        )
    note(car, renter, d, case)
    return pages


def tpl_renter_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A renter's own letter to the branch (mostly disputing a damage charge or a fine
    charge, or a complaint): typed on plain paper or written by hand on lined paper, with the
    received stamp; now and then the renter's own photos on a second page."""
    lg = home()
    renter = the_renter(rng, ("damage_recharge",))
    car = the_car(rng, ("damage_recharge",))
    d = the_day(rng, ("damage_recharge",), (4, 20))
    hand = rng.random() < 0.35
    size = A4 if not hand or rng.random() < 0.6 else A5
    font = HAND if hand else rng.choice(["Helvetica", "Times-Roman"])
    s = Style(
        font,
        "Helvetica-Bold" if font == "Helvetica" else "Times-Bold",
        11.5 if hand else 10.5,
        56 if size == A4 else 36,
        "none",
        "bottom",
        size,
        "short",
    )
    w, hh = size
    m = s.margin
    step = 22.0 if hand else s.size * 1.45
    pages: list[Page] = []

    def sheet() -> float:
        pg = Page(size)
        pages.append(pg)
        if hand:
            for k in range(int((hh - 40) / step)):
                pg.line(20, 40 + k * step, w - 20, 40 + k * step)
            return 40 + step - 3
        return m

    y = sheet()

    def put(text: str, align: str = "left", bold: bool = False, skip: int = 0) -> None:
        nonlocal y
        if y > hh - m - 20:
            y = sheet()
        x = w - m if align == "right" else m
        pages[-1].text(x, y, text, s.bold if bold and not hand else font, s.size, align)
        y += step * (1 + skip) if hand else step + skip * 8

    for t in [renter.name, renter.street, renter.town]:
        put(t, "right")
    y += step if hand else 10
    for t in fleet_lines(lg):
        put(t)
    y += step if hand else 10
    put(date_text(d, lg, "long"), "right", skip=1)
    put(
        tr(lg, "Re: ", "Betreff: ", "Objet : ")
        + tr(
            lg,
            f"your letter about {car.plate}",
            f"Ihr Schreiben zum Fahrzeug {car.plate}",
            f"votre courrier concernant le véhicule {car.plate}",
        ),
        bold=True,
        skip=1,
    )
    put(tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    body = [
        tr(
            lg,
            "I do not accept the charge in your letter. The damage was already there when I "
            "collected the car and I pointed it out to your staff.",
            "gegen Ihre Forderung lege ich hiermit Widerspruch ein. Der Schaden war bereits bei "
            "der Übernahme vorhanden, ich habe Ihren Mitarbeiter darauf hingewiesen.",
            "je conteste la somme réclamée dans votre courrier. Le dommage existait déjà lors "
            "du départ et je l'avais signalé à votre agent.",
        ),
        prose(rng, lg, "rental", 1, 3),
        tr(
            lg,
            "Please send me the check-out sheet and the photographs you took.",
            "Bitte senden Sie mir das Übergabeprotokoll und die Fotos zu.",
            "Merci de m'adresser l'état des lieux de départ et les photos.",
        ),
    ]
    if rng.random() < 0.4:
        body.append(prose(rng, lg, "claim", 2, 3))
    for t in body:
        lines = wrap(t, font, s.size, w - 2 * m)
        for k, ln in enumerate(lines):
            put(ln, skip=1 if k == len(lines) - 1 and not hand else 0)
    if y > hh - m - 70:
        y = sheet()
    put(tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Salutations distinguées"))
    sign(pages[-1], m, y + step, renter.name, 16)
    y += step * 2
    if not hand:
        put(renter.name)
    received(rng, pages[0], lg, d, 0.8)
    if rng.random() < 0.25:
        ph = Page(A4)
        for k in range(2):
            photo(ph, 70, 60 + k * 370, A4[0] - 140, 330, rng)
        ph.text(
            70,
            800,
            tr(
                lg,
                "My photos taken at collection",
                "Meine Fotos bei Übernahme",
                "Mes photos au départ",
            ),
            HAND,
            11,
        )
        pages.append(ph)
    note(car, renter, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FF: fines, fuel and tolls
# ---------------------------------------------------------------------------------------------

OFFENCES = {
    "en": [
        ("Speeding - 30 mph limit", "36 mph"),
        ("Speeding - 40 mph limit", "47 mph"),
        ("Speeding - 70 mph limit", "84 mph"),
        ("Failing to comply with a red traffic signal", "red for 1.8 s"),
    ],
    "de": [
        ("Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 12 km/h", "62 km/h"),
        ("Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 18 km/h", "118 km/h"),
        ("Missachtung des Rotlichts der Lichtzeichenanlage", "Rot seit 1,2 s"),
        ("Parken im absoluten Halteverbot", "-"),
    ],
    "fr": [
        ("Excès de vitesse inférieur à 20 km/h - vitesse limite autorisée 50 km/h", "57 km/h"),
        ("Excès de vitesse inférieur à 20 km/h - vitesse limite 110 km/h", "121 km/h"),
        ("Franchissement d'un feu rouge", "-"),
        ("Stationnement gênant", "-"),
    ],
}
PARKING = {
    "de": [
        "Parken im absoluten Haltverbot (Zeichen 283), mit Behinderung",
        "Parken ohne gültigen Parkschein (Zeichen 314)",
        "Parken auf dem Gehweg",
    ],
    "fr": [
        "Stationnement gênant sur trottoir",
        "Stationnement très gênant - arrêt de bus",
        "Forfait post-stationnement impayé",
    ],
}
PCN_CODES = [
    ("01", "Parked in a restricted street during prescribed hours"),
    ("12", "Parked in a residents' or shared use parking place without a permit"),
    ("30", "Parked for longer than permitted"),
    ("40", "Parked in a designated disabled person's parking place without a badge"),
]


def camera_photo(
    p: Page, x: float, y: float, w: float, h: float, rng: random.Random, data: str
) -> None:
    photo(p, x, y, w, h, rng)
    p.rect(x, y + h - 12, w, 12, fill=0.05)
    p.text(x + 4, y + h - 3, fit(data, "Courier", 7, w - 8), "Courier", 7)


def tpl_traffic_fine(rng: random.Random, who: Issuer) -> list[Page]:
    """A traffic fine addressed to the branch as registered keeper: an English Notice of
    Intended Prosecution with the section 172 driver details form on a second page (or a
    council's penalty charge notice with a tear-off payment slip), a German witness
    questionnaire (Zeugenfragebogen / Anhörungsbogen) with the camera photo and the form page,
    a French avis de contravention with its payment card and the designation form."""
    h = head_of(who, "police", ["centred", "split", "rule", "framed"])
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    car = rng.choice(cars())
    d = on(rng, -60, 10)
    sent = d + timedelta(days=rng.randint(5, 14))
    ref = serial(rng, {"en": "99/999999/99", "de": "999.99.999999.9", "fr": "9999999999"}[lg])
    council = "Council" in h.name or "Stationnement" in h.name
    offence, reading = rng.choice(OFFENCES[lg])
    if council and lg != "en":
        offence, reading = rng.choice(PARKING[lg]), "-"
    where = rng.choice(ROADS[lg]) + ", " + rng.choice(TOWNS[lg]).split(" ", 1)[-1]
    t = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    f = sheets(s, h, f"{ref}")
    recipient(
        f,
        s,
        h,
        fleet_lines(
            lg, tr(lg, "The Registered Keeper", "Fahrzeughalter", "Titulaire du certificat")
        ),
        sent,
        [
            (tr(lg, "Notice no.", "Aktenzeichen", "Avis n°"), ref),
            (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), car.plate),
        ],
    )
    pages: list[Page]
    if lg == "en" and council:
        code, text = rng.choice(PCN_CODES)
        caption(f, s, "PENALTY CHARGE NOTICE", 5)
        f.page.text(s.margin, f.y, "Traffic Management Act 2004", s.font, 8)
        f.y += 14
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("PCN number", serial(rng, "BJ99999999")),
                ("Contravention code", code),
                ("Date / time", f"{short(d, lg)} {t}"),
                ("Location", where),
                ("Vehicle", f"{car.plate} {car.make}"),
                ("Civil Enforcement Officer", serial(rng, "CEO 999")),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(f, s, f"Contravention: {text}.", pt=9)
        write(
            f,
            s,
            "A penalty charge of £70.00 is now payable. If paid within 14 days of the "
            "date of this notice the charge is reduced to £35.00.",
            pt=9,
        )
        y = max(f.y + 20, hh - 200)
        slip_rule(f.page, m, w - m, y, "Detach and return with your payment")
        f.page.text(m, y + 22, "PAYMENT SLIP", s.bold, 10)
        fields(
            f.page,
            s,
            m,
            y + 32,
            w - 2 * m,
            [
                ("PCN number", ""),
                ("Vehicle registration", car.plate),
                ("Amount paid", ""),
                ("Cheque payable to", h.name.split(" - ")[0]),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        f.page.barcode("code128", serial(rng, "BJ99999999"), w - m - 190, y + 100)
        pages = close(f.pages, s, h, numbers="none")
        note(car, None, d, ref)
        return pages
    if lg == "en":
        caption(f, s, "NOTICE OF INTENDED PROSECUTION", 4)
        f.page.text(
            m,
            f.y,
            "Section 1 Road Traffic Offenders Act 1988 - Section 172 Road Traffic Act 1988",
            s.font,
            8,
        )
        f.y += 16
    elif lg == "de":
        caption(f, s, rng.choice(["Zeugenfragebogen", "Anhörung im Bußgeldverfahren"]), 4)
        write(f, s, "im Verfahren gegen den verantwortlichen Fahrzeugführer", pt=9)
    else:
        caption(
            f,
            s,
            "AVIS DE PAIEMENT - FORFAIT POST-STATIONNEMENT" if council else "AVIS DE CONTRAVENTION",
            5,
        )
        f.page.text(m, f.y, "Articles L.121-3 et R.130-11 du code de la route", s.font, 8)
        f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Date and time", "Tatzeit", "Date et heure"), f"{short(d, lg)} {t}"),
            (tr(lg, "Location", "Tatort", "Lieu"), where),
            (
                tr(lg, "Offence code", "Tatbestandsnummer", "Code NATINF"),
                serial(rng, {"en": "SP30", "de": "999999", "fr": "99999"}[lg]),
            ),
            (tr(lg, "Recorded", "Gemessen", "Vitesse retenue"), reading),
            (
                tr(lg, "Device", "Messgerät", "Appareil"),
                "-"
                if reading == "-"
                else rng.choice(["Truvelo D-Cam", "PoliScan FM1", "Mesta 1000", "Traffistar S350"]),
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.plate} - {car.make}"),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Offence: ", "Tatvorwurf: ", "Infraction : ") + offence,
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    f.y += s.size * 2
    if lg == "de" and reading != "-" and rng.random() < 0.7:
        camera_photo(
            f.page,
            m,
            f.y,
            w - 2 * m,
            150,
            rng,
            f"{short(d, lg)} {t}  {reading}  {serial(rng, 'A999')}",
        )
        f.y += 162
    for _ in range(rng.randint(1, 2)):
        write(f, s, prose(rng, lg, "rental", 2, 3), pt=9)
    write(
        f,
        s,
        tr(
            lg,
            "You are required by law to provide the full name and address of the driver at "
            "the time of the alleged offence within 28 days. Failure to do so is an offence.",
            "Als Halter werden Sie gebeten, den Fahrzeugführer zu benennen. Bitte senden Sie den "
            "Fragebogen innerhalb einer Woche zurück.",
            "Le titulaire du certificat d'immatriculation personne morale est tenu de désigner "
            "le conducteur dans un délai de 45 jours.",
        ),
        pt=9,
    )
    if lg == "fr":
        f.need(140)
        slip_rule(f.page, m, w - m, f.y + 10, "Carte de paiement - à détacher")
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 22,
            w - 2 * m,
            [
                ("Amende forfaitaire minorée", "90,00 EUR"),
                ("Amende forfaitaire", "135,00 EUR"),
                ("Amende majorée", "375,00 EUR"),
                ("N° télépaiement", serial(rng, "99999 99999 99")),
            ],
            per=4,
            tall=26,
            hand=False,
        )
        f.page.barcode("code128", serial(rng, "9999999999"), m, f.y + 4)
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.55:
        p = Page(A4)
        y = m - 8
        p.text(m, y, ref, s.font, 8)
        y += 20
        p.text(
            m,
            y,
            tr(
                lg,
                "DRIVER DETAILS - complete ONE part only",
                "ANGABEN ZUM FAHRER",
                "FORMULAIRE DE DÉSIGNATION DU CONDUCTEUR",
            ),
            s.bold,
            12,
        )
        y += 20
        for part, sub in enumerate(
            [
                tr(
                    lg,
                    "Part 1 - I was the driver",
                    "Ich habe das Fahrzeug selbst geführt",
                    "Cas n°1 - j'étais le conducteur",
                ),
                tr(
                    lg,
                    "Part 2 - the driver was",
                    "Das Fahrzeug wurde geführt von",
                    "Cas n°3 - je désigne le conducteur",
                ),
                tr(
                    lg,
                    "Part 3 - the vehicle was hired / sold",
                    "Das Fahrzeug war vermietet",
                    "Cas n°2 - véhicule loué / cédé",
                ),
            ]
        ):
            box(p, m, y, False, 9)
            p.text(m + 14, y, sub, s.bold, 9)
            y = (
                fields(
                    p,
                    s,
                    m,
                    y + 8,
                    w - 2 * m,
                    [
                        (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), ""),
                        (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), ""),
                        (tr(lg, "Address", "Anschrift", "Adresse"), ""),
                        (tr(lg, "Licence number", "Führerschein-Nr.", "N° de permis"), ""),
                    ]
                    if part
                    else [
                        (tr(lg, "Licence number", "Führerschein-Nr.", "N° de permis"), ""),
                        (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                    ],
                    per=2,
                    tall=28,
                    hand=False,
                )
                + 6
            )
        p.text(m, y + 8, tr(lg, "Signature", "Datum, Unterschrift", "Date et signature"), s.font, 8)
        p.line(m + 90, y + 10, w / 2, y + 10)
        if lg == "en" and rng.random() < 0.5:
            camera_photo(
                p, m, y + 30, (w - 2 * m) / 2 - 6, 120, rng, f"{short(d, lg)} {t} {reading}"
            )
            camera_photo(
                p,
                w / 2 + 6,
                y + 30,
                (w - 2 * m) / 2 - 6,
                120,
                rng,
                f"{car.plate} {serial(rng, 'LANE 9')}",
            )
        p.text(
            w - m,
            hh - 30,
            tr(lg, "Return to: ", "Zurück an: ", "À retourner à : ") + h.name,
            s.font,
            7,
            "right",
        )
        pages.append(p)
    note(car, None, d, ref)
    return pages


def tpl_driver_nomination(rng: random.Random, who: Issuer) -> list[Page]:
    """The branch's reply to a fine: the vehicle was on hire, the renter is named as driver;
    enclosed a copy of the rental agreement and sometimes of the renter's licence."""
    h = fleet_head()
    lg = h.lang
    s = style_of(h, A4)
    car = the_car(rng, ("traffic_fine",))
    ref = str(LAST["ref"]) if LAST["kind"] == "traffic_fine" else serial(rng, "99/999999/99")
    fined = the_day(rng, ("traffic_fine",), (0, 0))
    d = fined + timedelta(days=rng.randint(9, 25))
    renter = rng.choice(renters())
    auth = head_of(who, "police")
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        [auth.name, auth.street, auth.town],
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), ref),
            (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), car.plate),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg, "Nomination of driver", "Benennung des Fahrzeugführers", "Désignation du conducteur"
        ),
        1.5,
    )
    write(f, s, dear(lg, None))
    no = agreement_no(rng)
    write(
        f,
        s,
        tr(
            lg,
            f"The above vehicle is owned by this company and was on hire at the time "
            f"of the alleged offence on {day(h, fined)} under rental agreement {no}. The "
            "hirer and driver was:",
            f"das o. g. Fahrzeug war zur Tatzeit am {day(h, fined)} mit Mietvertrag {no} "
            "vermietet. Fahrer war:",
            f"Le véhicule ci-dessus était loué à la date de l'infraction "
            f"({day(h, fined)}) selon le contrat {no}. Le conducteur était :",
        ),
    )
    for t in [
        mr(renter, lg),
        renter.street,
        renter.town,
        tr(lg, "Date of birth ", "geb. ", "né(e) le ") + short(renter.born, lg),
        tr(lg, "Licence ", "Führerschein ", "Permis ") + renter.licence,
    ]:
        f.page.text(s.margin + 30, f.y, t, s.bold if t == mr(renter, lg) else s.font, s.size)
        f.y += s.size * 1.4
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "A copy of the rental agreement signed by the hirer is enclosed.",
            "Eine Kopie des vom Mieter unterschriebenen Mietvertrags liegt bei.",
            "Vous trouverez ci-joint la copie du contrat signé par le locataire.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "fines"),
        tr(lg, "Fines Administration", "Bußgeldstelle Fuhrpark", "Service contraventions"),
    )
    pages = close(f.pages, s, h)
    copy, _ = agreement_front(
        rng,
        h,
        style_of(h, A4),
        car,
        renter,
        fined - timedelta(days=rng.randint(0, 3)),
        rng.randint(2, 9),
        no,
        copy=True,
    )
    pages.append(copy)
    if rng.random() < 0.2:
        p = Page(A4)
        licence_card(p, 70, 80, lg, renter, rng)
        if rng.random() < 0.6:
            p.rect(70, 260, 242, 153)
            p.text(80, 280, tr(lg, "reverse", "Rückseite", "verso"), "Helvetica", 7)
            for k in range(6):
                p.line(80, 300 + k * 16, 300, 300 + k * 16)
        pages.append(p)
    note(car, renter, fined, ref)
    return pages


FUELS = {
    "en": ["Diesel", "Unleaded 95", "Super Unleaded", "AdBlue", "EV charge (kWh)", "Car wash"],
    "de": ["Diesel", "Super E10", "Super 95", "AdBlue", "Laden (kWh)", "Wäsche"],
    "fr": ["Gazole", "SP95-E10", "SP98", "AdBlue", "Recharge (kWh)", "Lavage"],
}


def tpl_fuel_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The fuel card company's monthly statement on landscape A4: a summary page with the
    totals per card, then the transactions (date, station, card, vehicle, mileage, product,
    litres, amounts) over one to four pages, numbered."""
    h = head_of(who, "fuelcard", ["band", "rule", "split"])
    lg = h.lang
    s = style_of(h, landscape(A4), margin=36, pt=8.5)
    w, _ = landscape(A4)
    m = s.margin
    acct = serial(keyed(who, "acct"), "999999")
    mon = on(rng, -40, 0).replace(day=1)
    stmt = f"{tr(lg, 'Statement', 'Rechnung', 'Relevé')} {serial(rng, '99999999')}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Kunden-Nr.', 'Compte')} {acct} - {stmt}")
    recipient(
        f,
        s,
        h,
        fleet_lines(lg, tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        mon + timedelta(days=rng.randint(31, 36)),
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Statement", "Rechnungs-Nr.", "Relevé n°"), stmt.split()[-1]),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(mon, lg)} - {short(mon + timedelta(days=29), lg)}",
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Fuel card statement - summary",
            "Tankkartenabrechnung - Übersicht",
            "Relevé carte carburant - récapitulatif",
        ),
        2,
    )
    fleet_cars = rng.sample(cars(), min(len(cars()), rng.randint(4, 12)))
    tx = []
    for _ in range(rng.randint(10, 60) if rng.random() < 0.85 else rng.randint(100, 150)):
        c = rng.choice(fleet_cars)
        prod = "EV" if c.fuel == "electric" else "D" if c.fuel == "diesel" else "P"
        names = FUELS[lg]
        pr = names[4] if prod == "EV" else names[0] if prod == "D" else rng.choice(names[1:3])
        if rng.random() < 0.08:
            pr = rng.choice([names[3], names[5]])
        q = rng.uniform(8, 70)
        unit = rng.uniform(1.45, 1.89) if "kWh" not in pr else rng.uniform(0.39, 0.79)
        tx.append((mon + timedelta(days=rng.randint(0, 29)), c, pr, q, unit))
    tx.sort(key=lambda r: r[0])
    totals: dict[str, float] = {}
    for _, c, _, q, unit in tx:
        totals[c.plate] = totals.get(c.plate, 0.0) + q * unit
    cols = columns(
        m, w - m, [(1.6, "left"), (2, "left"), (3, "left"), (1, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennzeichen", "Véhicule"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "TTC"),
        ],
        [
            [
                f"**** {serial(rng, '9999')}",
                c.plate,
                c.name,
                str(sum(1 for r in tx if r[1] is c)),
                money(totals[c.plate], lg),
            ]
            for c in fleet_cars
            if c.plate in totals
        ],
        s,
        rules=True,
    )
    gross = sum(totals.values())
    f.y += 8
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.6,
            f.y,
            [
                (tr(lg, "Net", "Netto", "HT"), money(gross / (1 + VAT[lg]), lg)),
                (tr(lg, "VAT", "USt.", "TVA"), money(gross - gross / (1 + VAT[lg]), lg)),
                (tr(lg, "Total due", "Rechnungsbetrag", "Total à payer"), cash(gross, lg)),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "The total will be collected by Direct Debit on or after ",
            "Der Betrag wird per SEPA-Lastschrift eingezogen am ",
            "Le montant sera prélevé le ",
        )
        + short(mon + timedelta(days=rng.randint(40, 48)), lg)
        + ".",
        pt=8,
    )
    f.new_page()
    caption(f, s, tr(lg, "Transactions", "Einzelnachweis", "Détail des transactions"), 1)
    tcols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.7, "left"),
            (3.2, "left"),
            (1.2, "left"),
            (1, "center"),
            (1.6, "left"),
            (1, "right"),
            (1, "right"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        tcols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Site", "Station", "Station"),
            tr(lg, "Vehicle", "Kennz.", "Véhicule"),
            tr(lg, "Mileage", "km", "Km"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Gross", "Brutto", "TTC"),
        ],
        [
            [
                short(dd, lg),
                f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                site_name(rng, lg),
                c.plate,
                str(c.km + rng.randint(0, 4000)),
                pr,
                f"{q:.2f}",
                f"{unit:.3f}",
                money(q * unit, lg),
            ]
            for dd, c, pr, q, unit in tx
        ],
        Style(
            "Courier" if rng.random() < 0.5 else s.font,
            s.bold,
            s.size,
            m,
            "none",
            "bottom",
            s.page_size,
            s.date_style,
        ),
        size=7.5,
        step=1.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"]
        ),
    )
    received(rng, pages[0], home(), mon + timedelta(days=36), 0.3)
    note(None, None, mon)
    return pages


SITES = {
    "en": ["Shell", "BP", "Esso", "Texaco", "Tesco", "Sainsbury's", "Jet", "Gridserve"],
    "de": ["ARAL", "Shell", "JET", "Esso", "TotalEnergies", "Star", "Avia", "EnBW Laden"],
    "fr": ["TotalEnergies", "Intermarché", "Leclerc", "Esso", "Carrefour", "Avia", "Ionity"],
}


def site_name(rng: random.Random, lang: str) -> str:
    town = rng.choice(TOWNS[lang])
    place = town.split(" ")[0] if lang == "en" else town.split(" ", 1)[1]
    return f"{rng.choice(SITES[lang])} {place.upper() if lang == 'fr' else place}"


def tpl_fuel_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A filling station's till receipt on a narrow slip, handed in by a renter or driver:
    station, pump, product, litres, price, VAT, card and authorisation."""
    h = head_of(who, "station")
    lg = h.lang
    length = rng.uniform(120, 200) * MM
    size = (rng.choice([58, 80, 80]) * MM, length)
    w, hh = size
    font = "Courier"
    pt = 7 if w < 70 * MM else 8
    p = Page(size)
    y = 20.0
    for t in [h.name, h.street, h.town]:
        p.text(
            w / 2,
            y,
            fit(t, "Courier-Bold" if t == h.name else font, pt, w - 12),
            "Courier-Bold" if t == h.name else font,
            pt,
            "center",
        )
        y += pt * 1.4
    if lg != "en":
        p.text(
            w / 2,
            y,
            fit(
                tr(
                    lg,
                    "",
                    f"St.-Nr. {serial(rng, '999/999/99999')}",
                    f"SIRET {serial(rng, '999 999 999 99999')}",
                ),
                font,
                pt - 1,
                w - 12,
            ),
            font,
            pt - 1,
            "center",
        )
        y += pt * 1.4
    y += 6
    d = on(rng)
    p.text(8, y, f"{short(d, lg)}  {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}", font, pt)
    p.text(w - 8, y, f"#{rng.randint(1000, 9999)}", font, pt, "right")
    y += pt * 2
    car = rng.choice(cars())
    names = FUELS[lg]
    pr = names[0] if car.fuel == "diesel" else names[1] if car.fuel != "electric" else names[4]
    q = rng.uniform(15, 65)
    unit = rng.uniform(1.45, 1.89) if "kWh" not in pr else rng.uniform(0.39, 0.79)
    total = q * unit
    p.text(8, y, tr(lg, "Pump", "Säule", "Pompe") + f" {rng.randint(1, 12)}  {pr}", font, pt)
    y += pt * 1.4
    p.text(8, y, f"{q:.2f} {'kWh' if 'kWh' in pr else 'l'} x {unit:.3f}", font, pt)
    p.text(w - 8, y, money(total, lg), font, pt, "right")
    y += pt * 1.4
    extra = 0.0
    if rng.random() < 0.3:
        extra = rng.choice([2.49, 3.99, 1.80])
        p.text(
            8,
            y,
            fit(rng.choice([tr(lg, "Coffee", "Kaffee", "Café"), "Snack"]), font, pt, w - 60),
            font,
            pt,
        )
        p.text(w - 8, y, money(extra, lg), font, pt, "right")
        y += pt * 1.4
    p.line(8, y, w - 8, y)
    y += pt * 1.6
    p.text(8, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", pt + 2)
    p.text(
        w - 8, y, f"{currency_sym(lg)} {money(total + extra, lg)}", "Courier-Bold", pt + 2, "right"
    )
    y += pt * 2
    rate = VAT[lg]
    p.text(8, y, f"{tr(lg, 'VAT', 'MwSt', 'TVA')} {int(rate * 100)}%", font, pt)
    p.text(w - 8, y, money((total + extra) * rate / (1 + rate), lg), font, pt, "right")
    y += pt * 2
    for t in [
        rng.choice(["VISA", "MASTERCARD", "FLEET CARD", "DKV"]),
        f"**** **** **** {rng.randint(1000, 9999)}",
        f"AUTH {serial(rng, '999999')}  TID {serial(rng, '99999999')}",
        tr(lg, "CARDHOLDER COPY", "KUNDENBELEG", "TICKET CLIENT"),
    ]:
        p.text(8, y, fit(t, font, pt, w - 16), font, pt)
        y += pt * 1.4
    if rng.random() < 0.5 and y < hh - 50:
        y += 8
        p.text(8, y, tr(lg, "Reg / mileage:", "Kennz. / km:", "Immat. / km :"), font, pt)
        y += pt * 1.6
        scribble(p, 12, y + 2, f"{car.plate}  {car.km + rng.randint(0, 3000)}", 8)
        y += pt * 1.6
    if y < hh - 30:
        p.text(
            w / 2,
            min(hh - 20, y + 16),
            tr(
                lg,
                "Thank you for your visit",
                "Vielen Dank für Ihren Besuch",
                "Merci de votre visite",
            ),
            font,
            pt,
            "center",
        )
    note(car, None, d)
    return [p]


def currency_sym(lang: str) -> str:
    return "GBP" if lang == "en" else "EUR"


def tpl_toll_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A toll operator's statement of passages for the branch's tags or vehicles (a French
    télépéage statement with entry and exit stations and vehicle class, an English crossing
    or road charge statement): account, period, passages per vehicle over one to three pages,
    totals."""
    h = head_of(who, "toll", ["band", "rule", "centred", "split"])
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    mon = on(rng, -40, 0).replace(day=1)
    acct = serial(keyed(who, "acct"), "9999999999")
    f = sheets(s, h, f"{h.name} - {acct}")
    recipient(
        f,
        s,
        h,
        fleet_lines(home() if home() == lg else lg),
        mon + timedelta(days=rng.randint(32, 40)),
        [
            (tr(lg, "Account", "Konto", "N° client"), acct),
            (tr(lg, "Statement", "Abrechnung", "Facture n°"), serial(rng, "F99999999")),
        ],
    )
    caption(
        f, s, tr(lg, "Statement of journeys", "Fahrtenübersicht", "Relevé des trajets télépéage"), 2
    )
    fr_road = lg == "fr"
    stations = (
        [
            "Antibes",
            "Cannes-Mandelieu",
            "Fréjus",
            "Le Muy",
            "Nice-St-Isidore",
            "La Turbie",
        ]
        if "Escota" in h.name
        else ["Hoerdt", "Brumath", "Schwindratzheim", "Saverne", "Phalsbourg", "Metz-Est"]
        if fr_road
        else [
            "Dartford Crossing N",
            "Dartford Crossing S",
            "M6toll J T1",
            "M6toll J T8",
            "ULEZ zone",
            "Mersey Gateway",
        ]
    )
    cs = rng.sample(cars(), min(len(cars()), rng.randint(1, 6)))
    rows = []
    total = 0.0
    for _ in range(rng.randint(5, 45)):
        c = rng.choice(cs)
        v = rng.choice([2.1, 3.4, 4.9, 7.8, 12.6]) if fr_road else rng.choice([2.5, 3.5, 8.1, 12.5])
        if c.kind == "van" and fr_road:
            v *= 1.5
        total += v
        dd = mon + timedelta(days=rng.randint(0, 29))
        a, b = rng.sample(stations, 2)
        rows.append(
            (
                dd,
                [
                    short(dd, lg),
                    f"{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}",
                    f"{serial(rng, '9999999')}" if fr_road else c.plate,
                    a,
                    b if fr_road else "-",
                    "2" if c.kind == "van" else "1",
                    money(v, lg),
                ],
            )
        )
    rows.sort(key=lambda r: r[0])
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (0.8, "left"),
            (1.5, "left"),
            (2.2, "left"),
            (2.2, "left"),
            (0.6, "center"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Vehicle", "Fahrzeug", "Badge"),
            tr(lg, "Crossing / entry", "Einfahrt", "Entrée"),
            tr(lg, "Exit", "Ausfahrt", "Sortie"),
            tr(lg, "Cl.", "Kl.", "Cl."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [r for _, r in rows],
        s,
        size=7.5,
        step=1.55,
        rules=rng.random() < 0.3,
    )
    f.y += 8
    f.need(40)
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Total", "Summe", "Total TTC"), cash(total, lg)),
            (
                tr(lg, "incl. VAT", "inkl. MwSt.", "dont TVA"),
                cash(total * VAT[lg] / (1 + VAT[lg]), lg),
            ),
        ],
        w - m,
    )
    pages = close(f.pages, s, h)
    note(None, None, mon)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FF: leasing, workshops, tests and registration
# ---------------------------------------------------------------------------------------------


def tpl_lease_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A leasing company's monthly invoice: contract hire rentals and maintenance per vehicle
    (the vehicle list runs onto further pages for a large fleet, or stands on its own
    schedule page), totals, VAT and the direct debit note."""
    h = head_of(who, "lessor")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    mon = on(rng, -10, 30).replace(day=1)
    inv = serial(rng, rng.choice(["SI9999999", "LR-999999", "FA999999"]))
    cust = serial(keyed(who, "cust"), "C99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        fleet_lines(lg, tr(lg, "Fleet Manager", "Fuhrparkleitung", "Responsable de flotte")),
        mon,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), cust),
            (tr(lg, "Tax point", "Leistungsdatum", "Date d'opération"), short(mon, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - CONTRACT HIRE",
            "RECHNUNG LEASINGRATEN",
            "FACTURE - LOCATION LONGUE DURÉE",
        ),
        2,
    )
    period = f"{short(mon, lg)} - {short(mon + timedelta(days=30), lg)}"
    f.page.text(
        m,
        f.y,
        tr(lg, "Rental period ", "Abrechnungszeitraum ", "Période ") + period,
        s.font,
        s.size,
    )
    f.y += 18
    n = rng.choice([2, 3, 4, 6, 9, 14, 30])
    fleet_cars = [
        rng.choice(cars()) if rng.random() < 0.5 else a_car(rng, home(), 900 + k) for k in range(n)
    ]
    rows = []
    net = 0.0
    for c in fleet_cars:
        rent = rng.uniform(189, 690)
        maint = rng.choice([0.0, 24.5, 38.9, 52.0])
        net += rent + maint
        rows.append(
            [
                serial(rng, "99999999"),
                c.plate,
                c.name,
                money(rent, lg),
                money(maint, lg) if maint else "-",
                money(rent + maint, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(1.6, "left"), (1.4, "left"), (3, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")],
    )
    head = [
        tr(lg, "Contract", "Vertrag", "Contrat"),
        tr(lg, "Reg.", "Kennz.", "Immat."),
        tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
        tr(lg, "Rental", "Rate", "Loyer"),
        tr(lg, "Maint.", "Service", "Entretien"),
        tr(lg, "Net", "Netto", "HT"),
    ]
    schedule = n > 6 and rng.random() < 0.25
    if not schedule:
        table(f, cols, head, rows, s, size=8, rules=True)
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Contract hire rentals for {n} vehicles as per the attached schedule.",
                f"Leasingraten für {n} Fahrzeuge gemäß beigefügter Aufstellung.",
                f"Loyers pour {n} véhicules selon l'annexe jointe.",
            ),
        )
    f.y += 8
    f.need(80)
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT", "USt.", "TVA"), cash(vat, lg)),
                (tr(lg, "Total", "Rechnungsbetrag", "Total TTC"), cash(net + vat, lg)),
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
            "This amount will be collected by Direct Debit on ",
            "Der Betrag wird per Lastschrift eingezogen am ",
            "Ce montant sera prélevé le ",
        )
        + short(mon + timedelta(days=14), lg)
        + ".",
        pt=8.5,
    )
    if schedule:
        f.new_page()
        caption(f, s, tr(lg, "Vehicle schedule", "Fahrzeugaufstellung", "Annexe - véhicules"), 1)
        table(f, cols, head, rows, s, size=8, rules=True)
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), mon, 0.3)
    note(None, None, mon)
    return pages


SERVICE_OPS = {
    "en": [
        "Major service as per manufacturer schedule",
        "Replace engine oil and filter",
        "Replace pollen filter",
        "Replace front brake pads and discs",
        "Replace wiper blades",
        "Tyre 205/55 R16 91V",
        "Four-wheel alignment",
        "Diagnostic check - engine light",
        "Replace battery 70Ah",
        "Air con regas",
        "Brake fluid change",
    ],
    "de": [
        "Inspektion nach Herstellervorgabe",
        "Motoröl und Ölfilter erneuern",
        "Innenraumfilter erneuern",
        "Bremsbeläge und -scheiben vorn erneuern",
        "Wischerblätter erneuern",
        "Reifen 205/55 R16 91V",
        "Achsvermessung",
        "Fehlerspeicher auslesen",
        "Batterie 70Ah erneuern",
        "Klimaservice",
        "Bremsflüssigkeit erneuern",
    ],
    "fr": [
        "Révision constructeur",
        "Vidange huile moteur et filtre",
        "Filtre d'habitacle",
        "Plaquettes et disques AV",
        "Balais d'essuie-glace",
        "Pneumatique 205/55 R16 91V",
        "Géométrie",
        "Diagnostic électronique",
        "Batterie 70Ah",
        "Recharge climatisation",
        "Purge liquide de frein",
    ],
}


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A workshop's service or repair invoice: vehicle data, the work done with labour and
    parts, totals and the next service; sometimes the vehicle health check sheet with its
    traffic-light ticks as a second page."""
    h = head_of(who, "workshop")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    car = the_car(rng, ("test_report",))
    d = the_day(rng, ("test_report",), (0, 6))
    inv = serial(rng, rng.choice(["99999", "R-99-99999", "FA 999999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        fleet_lines(lg),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Order", "Auftrag", "OR n°"), serial(rng, "99999")),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    km = car.km + rng.randint(0, 6000)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car.name),
            (tr(lg, "VIN", "FIN", "VIN"), car.vin),
            (tr(lg, "First reg.", "EZ", "MEC"), short(car.first_reg, lg)),
            (tr(lg, "Mileage", "km-Stand", "Km"), str(km)),
            (tr(lg, "Fleet no.", "Fzg-Nr.", "N° parc"), car.fleet_no),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    rows = []
    net = 0.0
    for op in rng.sample(SERVICE_OPS[lg], rng.randint(2, 7)):
        lab = rng.choice([0.3, 0.5, 0.8, 1.0, 1.4, 2.2])
        rate = rng.choice([72, 84, 96, 118, 132])
        rows.append(["", op, f"{lab:.1f}", money(lab * rate, lg)])
        net += lab * rate
        for _ in range(rng.randint(0, 2)):
            v = rng.uniform(6, 260)
            rows.append(
                [
                    serial(rng, "99999-AA9"),
                    tr(lg, "  part", "  Teil", "  pièce") + " " + serial(rng, "A99"),
                    "1",
                    money(v, lg),
                ]
            )
            net += v
    cols = columns(m, w - m, [(1.6, "left"), (5, "left"), (0.9, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty/h", "Menge/AW", "Qté/h"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=8,
    )
    f.y += 6
    f.need(70)
    vat = net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT", "MwSt.", "TVA"), cash(vat, lg)),
                (tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(net + vat, lg)),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Next service due at {km + 20000} miles or {short(d + timedelta(days=365), lg)}.",
            f"Nächste Inspektion bei {km + 30000} km oder am {short(d + timedelta(days=730), lg)}.",
            f"Prochaine révision à {km + 30000} km.",
        ),
        pt=8.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.2:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "Vehicle Health Check", "Fahrzeug-Check", "Bilan de santé du véhicule"),
            s.bold,
            12,
        )
        p.text(w - m, y, f"{car.plate} - {short(d, lg)}", s.font, 9, "right")
        y += 22
        for k, t in enumerate(
            [
                tr(lg, "OK", "i.O.", "OK"),
                tr(lg, "Advisory", "Beobachten", "À surveiller"),
                tr(lg, "Urgent", "Dringend", "Urgent"),
            ]
        ):
            p.rect(w - m - 150 + k * 50, y - 9, 12, 12, fill=[0.85, 0.6, 0.3][k])
            p.text(w - m - 135 + k * 50, y, t, s.font, 6.5)
        y += 16
        for item in [
            tr(lg, *t)
            for t in [
                ("Tyres front", "Reifen vorn", "Pneus AV"),
                ("Tyres rear", "Reifen hinten", "Pneus AR"),
                ("Brakes front", "Bremsen vorn", "Freins AV"),
                ("Brakes rear", "Bremsen hinten", "Freins AR"),
                ("Lights", "Beleuchtung", "Éclairage"),
                ("Wipers", "Wischer", "Essuie-glaces"),
                ("Exhaust", "Abgasanlage", "Échappement"),
                ("Suspension", "Fahrwerk", "Suspension"),
                ("Battery", "Batterie", "Batterie"),
                ("Fluids", "Flüssigkeiten", "Niveaux"),
                ("Windscreen", "Frontscheibe", "Pare-brise"),
                ("Horn", "Hupe", "Avertisseur"),
            ]
        ]:
            p.text(m, y, item, s.font, 9)
            pick = rng.choices([0, 1, 2], [8, 3, 1])[0]
            for k in range(3):
                box(p, w - m - 150 + k * 50, y + 1, k == pick, 10)
            if pick and rng.random() < 0.6:
                scribble(p, m + 130, y, fit(words(rng, lg, "service", 4), HAND, 8.5, 200), 8.5)
            p.line(m, y + 5, w - m, y + 5)
            y += 20
        p.text(m, y + 20, tr(lg, "Technician", "Mechaniker", "Technicien"), s.font, 8)
        sign(p, m + 70, y + 20, staff(h, "tech"))
        pages += close([p], s, h, numbers="none")
    note(car, None, d, inv)
    return pages


DEFECTS = {
    "en": [
        ("Nearside front tyre worn close to legal limit", "Advisory"),
        ("Offside rear brake disc worn, pitted or scored", "Advisory"),
        ("Windscreen damage not adversely affecting the driver's view", "Advisory"),
        ("Headlamp aim too low (1.1.1 (a))", "Major"),
        ("Nearside rear registration plate lamp inoperative", "Minor"),
        ("Front brake pad less than 1.5 mm thick", "Major"),
    ],
    "de": [
        ("Reifen vorn links Profiltiefe grenzwertig", "HM"),
        ("Bremsscheibe hinten rechts riefig", "GM"),
        ("Scheinwerfereinstellung fehlerhaft", "EM"),
        ("Kennzeichenbeleuchtung links ohne Funktion", "GM"),
        ("Frontscheibe Steinschlag außerhalb Sichtfeld", "HM"),
        ("Bremsbelag vorn verschlissen", "EM"),
    ],
    "fr": [
        ("Pneumatique AVG : usure proche de la limite", "mineure"),
        ("Disque de frein ARD : usure prononcée", "mineure"),
        ("Feu de croisement : orientation incorrecte", "majeure"),
        ("Éclairage plaque AR : défaut de fonctionnement", "mineure"),
        ("Pare-brise : impact hors champ de vision", "mineure"),
        ("Plaquettes AV : usure excessive", "majeure"),
    ],
}


def tpl_test_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The periodic roadworthiness test: an English MOT test certificate (pass or refusal,
    advisories, mileage history on a second page), a German Untersuchungsbericht
    Hauptuntersuchung with the defect classes and the next HU month, or a French procès-verbal
    de contrôle technique with the defects list on the second page."""
    h = head_of(who, "testing", ["band", "rule", "centred", "framed"])
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    car = rng.choice(cars())
    d = on(rng)
    km = car.km + rng.randint(0, 2000)
    defects = rng.sample(DEFECTS[lg], rng.randint(0, 4))
    failed = any(k in ("Major", "EM", "majeure") for _, k in defects)
    p = Page(A4)
    pages = [p]
    y = heading(p, s, h) if lg != "en" else m - 4
    title = {
        "en": "MOT test certificate" if not failed else "Refusal of an MOT test certificate",
        "de": "Untersuchungsbericht - Hauptuntersuchung nach § 29 StVZO",
        "fr": "PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE PÉRIODIQUE",
    }[lg]
    if lg == "en":
        p.rect(m, y - 6, w - 2 * m, 34, fill=0.15)
        p.text(m + 10, y + 16, title, "Helvetica-Bold", 16)
        p.text(w - m - 10, y + 16, "VT20" if not failed else "VT30", "Helvetica-Bold", 12, "right")
        y += 50
    else:
        p.text(m, y, fit(title, s.bold, 12, w - 2 * m), s.bold, 12)
        y += 20
    test_no = serial(rng, {"en": "9999 9999 9999", "de": "999 9999 99999", "fr": "AA999999999"}[lg])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Make and model", "Hersteller / Typ", "Marque / modèle"), car.name),
            (tr(lg, "VIN", "FIN", "N° d'identification"), car.vin),
            (tr(lg, "Colour", "Farbe", "Couleur"), car.colour),
            (tr(lg, "Mileage", "km-Stand", "Kilométrage"), f"{km:,}".replace(",", " ")),
            (tr(lg, "Date of test", "Datum", "Date du contrôle"), short(d, lg)),
            (tr(lg, "Test number", "Prüfbericht-Nr.", "N° de PV"), test_no),
            (
                tr(lg, "Expiry date", "Nächste HU", "Prochain contrôle avant le"),
                short(d + timedelta(days=365 if lg == "en" else 730), lg) if not failed else "-",
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    result = {
        "en": "FAIL" if failed else "PASS",
        "de": "ohne festgestellte Mängel"
        if not defects
        else (
            "erhebliche Mängel - Wiedervorführung binnen 1 Monat"
            if failed
            else "geringe Mängel - Plakette zugeteilt"
        ),
        "fr": "Défavorable - contre-visite" if failed else "Favorable",
    }[lg]
    p.text(m, y + 6, tr(lg, "Result: ", "Ergebnis: ", "Résultat : ") + result, s.bold, 11)
    y += 26
    if lg == "de" and not failed:
        cx, cy = w - m - 50, y + 40
        p.rect(cx - 34, cy - 34, 68, 68)
        for k in range(12):
            p.text(
                cx + 26 * _cos12(k), cy + 26 * _sin12(k) + 3, str(k + 1), "Helvetica", 6, "center"
            )
        p.text(cx, cy + 4, str((d.year + 2) % 100), "Helvetica-Bold", 14, "center")
    later = lg == "fr" and len(defects) > 0 and rng.random() < 0.5
    if defects and not later:
        p.text(
            m, y, tr(lg, "Defects", "Festgestellte Mängel", "Défaillances constatées"), s.bold, 10
        )
        y += 16
        for t, k in defects:
            p.text(m + 10, y, fit(f"{k}: {t}", s.font, 9, w - 2 * m - 120), s.font, 9)
            y += 14
    elif not defects:
        p.text(
            m,
            y,
            tr(
                lg, "No advisory items", "Keine Mängel festgestellt", "Aucune défaillance constatée"
            ),
            s.font,
            9,
        )
        y += 14
    y = max(y + 30, 560.0)
    p.text(
        m,
        y,
        tr(lg, "Testing location / tester", "Prüfstelle / Prüfingenieur", "Centre / contrôleur"),
        s.font,
        8,
    )
    p.text(m, y + 14, fit(f"{h.name}, {h.town}", s.font, 9, w - 2 * m), s.font, 9)
    sign(p, m + 20, y + 46, staff(h, "tester"))
    stamp(
        p,
        w - m - 200,
        y + 10,
        [
            h.name.split(" - ")[0][:26].upper(),
            h.town[:26],
            tr(lg, "Test station", "Prüfstelle", "Agrément")
            + f" {serial(keyed(who, 'agr'), 'A9999')}",
        ],
    )
    if lg == "en" and rng.random() < 0.3:
        p2 = Page(A4)
        p2.text(m, m, "Mileage history", "Helvetica-Bold", 12)
        yy = m + 20
        for k in range(rng.randint(1, 4)):
            p2.text(m, yy, short(d - timedelta(days=365 * (k + 1)), lg), "Helvetica", 9)
            p2.text(m + 140, yy, f"{max(1000, km - 15000 * (k + 1)):,} miles", "Helvetica", 9)
            yy += 14
        yy += 20
        p2.text(
            m,
            yy,
            "Check the MOT history of this vehicle at www.gov.uk/check-mot-history",
            "Helvetica",
            8,
        )
        pages.append(p2)
    if later:
        p2 = Page(A4)
        yy = m
        p2.text(m, yy, f"PV n° {test_no} - {car.plate}", s.font, 8)
        yy += 20
        p2.text(m, yy, "Liste des défaillances", s.bold, 11)
        yy += 18
        for grp in [
            "0. Identification",
            "1. Freinage",
            "2. Direction",
            "3. Visibilité",
            "4. Éclairage",
            "5. Essieux, roues, pneus",
            "6. Châssis",
            "7. Équipements",
            "8. Nuisances",
        ]:
            p2.text(m, yy, grp, s.bold, 9)
            yy += 13
            for t, k in defects:
                if rng.random() < 0.25:
                    p2.text(m + 14, yy, fit(f"{t} ({k})", s.font, 8.5, w - 2 * m - 20), s.font, 8.5)
                    yy += 12
            yy += 4
        pages.append(p2)
    note(car, None, d, test_no)
    return close(pages, s, h, numbers="{i}/{n}" if len(pages) > 1 and lg == "fr" else "none")


def _cos12(k: int) -> float:
    import math

    return math.cos(math.pi * 2 * k / 12 - math.pi / 2)


def _sin12(k: int) -> float:
    import math

    return math.sin(math.pi * 2 * k / 12 - math.pi / 2)


def tpl_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A registration document as the back office files it: a photocopy of the English V5C
    (two pages of numbered sections), of the German Zulassungsbescheinigung Teil I (the
    folded card, both sides on one A4 page) or of the French certificat d'immatriculation
    (the card with its lettered fields), sometimes the card on its own small page."""
    h = head_of(who, "registry")
    lg = h.lang
    car = rng.choice(cars())
    d = car.first_reg
    holder = fleet_head()
    if lg == "en":
        pages = []
        for k in range(rng.choice([1, 1, 2])):
            p = Page(A4)
            w, hh = A4
            m = 40
            p.rect(m - 10, m - 10, w - 2 * m + 20, hh - 2 * m + 20, fill=0.93)
            if k == 0:
                p.text(m, m + 10, "Vehicle Registration Certificate", "Helvetica-Bold", 15)
                p.text(w - m, m + 10, "V5C", "Helvetica-Bold", 18, "right")
                p.text(
                    m, m + 26, "Driver & Vehicle Licensing Agency, Swansea SA99 1BA", "Helvetica", 8
                )
                p.barcode(
                    "code39",
                    (bc := serial(rng, "999999999")),
                    w - m - bar_width("code39", bc),
                    m + 40,
                )
                s = Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", A4, "short")
                y = fields(
                    p,
                    s,
                    m,
                    m + 120,
                    w - 2 * m,
                    [
                        ("A  Registration number", car.plate),
                        ("B  Date of first registration", short(d, "en")),
                        ("C.1  Registered keeper", holder.name),
                        ("     Address", f"{holder.street}, {holder.town}"),
                        ("D.1  Make", car.make.upper()),
                        ("D.3  Model", car.model.upper()),
                        ("E  VIN/Chassis/Frame no.", car.vin),
                        ("R  Colour", car.colour.upper()),
                        ("P.3  Type of fuel", car.fuel.upper()),
                        ("Document reference number", serial(rng, "99999999999")),
                    ],
                    per=2,
                    tall=30,
                    hand=False,
                )
                p.text(m, y + 20, "This document is not proof of ownership.", "Helvetica-Bold", 10)
            else:
                p.text(m, m + 10, "Vehicle details continued", "Helvetica-Bold", 12)
                y = m + 30
                for t in [
                    "J  Vehicle category  M1",
                    "P.1  Cylinder capacity  1968 cc",
                    "V.7  CO2  128 g/km",
                    "F.1  Max permissible mass  2110 kg",
                    "S.1  No. of seats  5",
                    "Taxation class  PETROL CAR",
                    "Previous keepers  0",
                ]:
                    p.text(m, y, t, "Courier", 10)
                    y += 16
                p.rect(m, y + 20, w - 2 * m, 180)
                p.text(
                    m + 6,
                    y + 34,
                    "Section 2 - New keeper details (do not use if selling to the motor trade)",
                    "Helvetica-Bold",
                    8,
                )
            pages.append(p)
        note(car, None, d)
        return pages
    card = rng.random() < 0.25
    size = CARD if card else A4
    p = Page(size)
    sc = 1.0 if card else rng.choice([1.0, 1.25, 1.4])
    ox, oy = (0.0, 0.0) if card else (rng.uniform(40, 80), rng.uniform(50, 100))
    sides = 1 if card or rng.random() < 0.3 else 2
    for side in range(sides):
        reg_card(p, ox, oy + side * (CARD[1] * sc + 24), sc, lg, car, holder, side, rng)
    if not card and rng.random() < 0.5:
        scribble(
            p,
            ox,
            oy + sides * (CARD[1] * sc + 24) + 30,
            tr(
                lg,
                "",
                "Kopie für Fuhrparkakte - Original im Fahrzeug",
                "Copie dossier parc - original dans le véhicule",
            ),
            10,
        )
    note(car, None, d)
    return [p]


def reg_card(
    p: Page,
    ox: float,
    oy: float,
    sc: float,
    lg: str,
    car: Car,
    holder: Head,
    side: int,
    rng: random.Random,
) -> None:
    """One side of the German or French registration card at ``sc`` times its size."""
    cw, ch = CARD[0] * sc, CARD[1] * sc
    d = car.first_reg
    p.rect(ox + 4, oy + 4, cw - 8, ch - 8)
    p.rect(ox + 4, oy + 4, cw - 8, 13 * sc, fill=0.8)
    if lg == "de":
        title = (
            "Zulassungsbescheinigung Teil I"
            if side == 0
            else "Zulassungsbescheinigung Teil I (Fortsetzung)"
        )
        top = "Bundesrepublik Deutschland"
        rows = (
            [
                ("A", car.plate),
                ("B", short(d, "de")),
                ("C.1.1", holder.name),
                ("C.1.2", ""),
                ("C.1.3", f"{holder.street}, {holder.town}"),
                ("C.4c", "ist Halter"),
                ("D.1", car.make.upper()),
                ("D.2", serial(rng, "A9AAA")),
                ("D.3", car.model),
                ("E", car.vin),
                ("I", short(d, "de")),
                ("2.1", serial(rng, "9999")),
                ("2.2", serial(rng, "AAA")),
                ("J", "M1" if car.kind == "car" else "N1"),
                ("4", "AA" if car.kind == "car" else "BB"),
            ]
            if side == 0
            else [
                ("F.1", str(rng.randint(1500, 3500))),
                ("F.2", str(rng.randint(1500, 3500))),
                ("G", str(rng.randint(1100, 2300))),
                ("K", f"e1*2007/46*{rng.randint(1000, 9999)}"),
                ("P.1", str(rng.choice([999, 1498, 1968, 2143]))),
                ("P.2/P.4", f"{rng.randint(55, 140)}"),
                (
                    "P.3",
                    {
                        "diesel": "DIESEL",
                        "petrol": "BENZIN",
                        "electric": "ELEKTR",
                        "hybrid": "HYBR",
                    }[car.fuel],
                ),
                ("R", car.colour.upper()),
                ("S.1", "5" if car.kind == "car" else "3"),
                ("V.7", str(rng.randint(0, 180))),
                ("V.9", "EURO 6E"),
                ("14", "715/2007*2018/1832AP"),
                ("15.1", "205/55R16 91V"),
                ("15.2", "205/55R16 91V"),
                ("22", f"HU {d.month:02d}/{(d.year + 3) % 100:02d}"),
            ]
        )
    else:
        title = (
            "CERTIFICAT D'IMMATRICULATION" if side == 0 else "CERTIFICAT D'IMMATRICULATION - suite"
        )
        top = "RÉPUBLIQUE FRANÇAISE"
        rows = (
            [
                ("A", car.plate),
                ("B", short(d, "fr")),
                ("C.1", holder.name),
                ("C.3", f"{holder.street} {holder.town}"),
                ("C.4.1", ""),
                ("D.1", car.make.upper()),
                ("D.2", serial(rng, "A9AAA9")),
                ("D.2.1", serial(rng, "AAA9999A9999")),
                ("D.3", car.model.upper()),
                ("E", car.vin),
                ("I", short(d, "fr")),
                ("J.1", "VP" if car.kind == "car" else "CTTE"),
                ("J.3", "CI" if car.kind == "car" else "FOURGON"),
            ]
            if side == 0
            else [
                ("F.1", str(rng.randint(1500, 3500))),
                ("F.2", str(rng.randint(1500, 3500))),
                ("F.3", str(rng.randint(2000, 5000))),
                ("G", str(rng.randint(1100, 2300))),
                ("G.1", str(rng.randint(1000, 2200))),
                ("K", f"e2*2007/46*{rng.randint(1000, 9999)}"),
                ("P.1", str(rng.choice([999, 1199, 1499, 1997]))),
                ("P.2", str(rng.randint(55, 110))),
                (
                    "P.3",
                    {"diesel": "GO", "petrol": "ES", "electric": "EL", "hybrid": "EH"}[car.fuel],
                ),
                ("P.6", str(rng.randint(4, 9))),
                ("S.1", "5" if car.kind == "car" else "3"),
                ("V.7", str(rng.randint(0, 180))),
                ("V.9", "EURO6E"),
                ("X.1", ""),
                ("Y.1", "0,00"),
            ]
        )
    p.text(ox + 9, oy + 13 * sc, title, "Helvetica-Bold", 6.5 * sc)
    p.text(
        ox + cw - 9,
        oy + 13 * sc,
        top if side == 0 else serial(rng, "AA9999999"),
        "Helvetica",
        5 * sc,
        "right",
    )
    per = -(-len(rows) // 2)
    for k, (c, v) in enumerate(rows):
        cx = ox + 9 + (k // per) * (cw / 2 - 4)
        cy = oy + 26 * sc + (k % per) * (ch - 44 * sc) / per
        p.text(cx, cy, c, "Helvetica-Bold", 4.8 * sc)
        p.text(
            cx + 20 * sc, cy, fit(v, "Helvetica", 5.2 * sc, cw / 2 - 30 * sc), "Helvetica", 5.2 * sc
        )
    if side == 0:
        p.rect(ox + cw - 38 * sc, oy + ch - 36 * sc, 26 * sc, 26 * sc)
        p.text(
            ox + cw - 25 * sc,
            oy + ch - 20 * sc,
            "Siegel" if lg == "de" else "ANTS",
            "Helvetica",
            4 * sc,
            "center",
        )


def tpl_eol_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An independent inspector's end-of-lease / return inspection report (Rücknahmegutachten,
    PV de restitution): the summary page with vehicle, mileage, grade and chargeable total,
    the damage items table, then photo sheets."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    car = rng.choice(cars())
    d = on(rng)
    rep = serial(rng, rng.choice(["FW-99999", "GA 99/9999", "EXP-999999"]))
    lessor = head_of(who, "lessor")
    f = sheets(s, h, f"{h.name} - {rep} - {car.plate}")
    caption(
        f,
        s,
        tr(
            lg,
            "END OF CONTRACT INSPECTION REPORT",
            "RÜCKNAHMEGUTACHTEN",
            "PROCÈS-VERBAL DE RESTITUTION - EXPERTISE",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Gutachten-Nr.", "Rapport n°"), rep),
            (tr(lg, "Date of inspection", "Besichtigung am", "Date d'expertise"), short(d, lg)),
            (tr(lg, "Lessor", "Leasinggeber", "Bailleur"), lessor.name),
            (tr(lg, "Lessee", "Leasingnehmer", "Locataire"), fleet_head().name),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.plate),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), car.name),
            (tr(lg, "VIN", "FIN", "VIN"), car.vin),
            (tr(lg, "Mileage", "km-Stand", "Kilométrage"), str(car.km + rng.randint(20000, 60000))),
            (tr(lg, "Location", "Ort", "Lieu"), fleet_head().town),
            (
                tr(lg, "Keys / documents", "Schlüssel / Papiere", "Clés / documents"),
                f"{rng.choice([1, 2, 2])} / {yes_no(lg)[0].lower()}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    items = []
    total = 0.0
    for _ in range(rng.randint(3, 14)):
        charge = rng.random() < 0.6
        v = rng.uniform(60, 900) if charge else 0.0
        total += v
        items.append(
            [
                rng.choice(PARTS[lg]),
                rng.choice(DAMAGE_CODES[lg])[1],
                rng.choice(["< 25 mm", "25-50 mm", "> 50 mm", "-"]),
                yes_no(lg)[0 if charge else 1],
                money(v, lg) if charge else "-",
            ]
        )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Overall grade", "Gesamtzustand", "État général"),
                    rng.choice(["2 - good", "3 - average", "gut", "befriedigend", "bon", "moyen"]),
                ),
                (
                    tr(lg, "Chargeable damage", "Minderwert gesamt", "Frais de remise en état"),
                    cash(total, lg),
                ),
            ],
            w * 0.6,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "claim", 2, 3))
    tyres = [
        [
            pos,
            rng.choice(["Michelin", "Continental", "Bridgestone", "Pirelli"]),
            f"{rng.uniform(1.8, 6.5):.1f} mm",
            rng.choice(["OK", "OK", tr(lg, "damaged", "beschädigt", "endommagé")]),
        ]
        for pos in [
            tr(lg, *x)
            for x in [
                ("N/S front", "VL", "AVG"),
                ("O/S front", "VR", "AVD"),
                ("N/S rear", "HL", "ARG"),
                ("O/S rear", "HR", "ARD"),
            ]
        ]
    ]
    table(
        f,
        columns(m, w * 0.7, [(1, "left"), (1.6, "left"), (1, "right"), (1.2, "left")]),
        [
            tr(lg, "Tyre", "Reifen", "Pneu"),
            tr(lg, "Make", "Fabrikat", "Marque"),
            tr(lg, "Tread", "Profil", "Sculpture"),
            tr(lg, "Condition", "Zustand", "État"),
        ],
        tyres,
        s,
        size=8,
    )
    f.y += 10
    for item in [
        tr(lg, *x)
        for x in [
            ("Service book stamped", "Serviceheft gepflegt", "Carnet d'entretien à jour"),
            ("Interior clean", "Innenraum sauber", "Intérieur propre"),
            ("Smoking odour", "Raucherfahrzeug", "Odeur de tabac"),
            ("Warning lights on", "Warnleuchten aktiv", "Voyants allumés"),
        ]
    ]:
        f.need(14)
        f.page.text(m, f.y, item, s.font, 8.5)
        yn = yes_no(lg)
        ticks(f.page, s, w * 0.5, f.y, w * 0.4, yn, {rng.randrange(2)})
        f.y += 14
    f.y += 10
    sign(f.page, m + 10, f.y + 14, staff(h, "inspector"))
    f.y += 30
    f.new_page()
    caption(f, s, tr(lg, "Damage items", "Schadenpositionen", "Détail des dommages"), 1)
    table(
        f,
        columns(
            m, w - m, [(3, "left"), (1.5, "left"), (1.2, "left"), (1, "center"), (1.2, "right")]
        ),
        [
            tr(lg, "Area", "Bauteil", "Élément"),
            tr(lg, "Damage", "Schaden", "Dommage"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Charge", "Berechnet", "Imputable"),
            tr(lg, "Cost", "Betrag", "Coût"),
        ],
        items,
        s,
        rules=True,
        step=1.8,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), h.numbers]
        ),
    )
    for k in range(rng.choice([1, 2, 2])):
        pages.append(
            photo_page(
                rng,
                s,
                h,
                tr(lg, "Photographs", "Fotodokumentation", "Photos") + f" ({k + 1})",
                6,
                [r[0] for r in items],
                header=f"{rep} - {car.plate}",
            )
        )
    note(car, None, d, rep)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same vehicle."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "rental_agreement": tpl_rental_agreement,
    "return_protocol": tpl_return_protocol,
    "damage_report": tpl_damage_report,
    "rental_invoice": tpl_rental_invoice,
    "accident_statement": tpl_accident_statement,
    "claim_form": tpl_claim_form,
    "insurer_letter": tpl_insurer_letter,
    "repair_estimate": tpl_repair_estimate,
    "damage_recharge": tpl_damage_recharge,
    "renter_letter": tpl_renter_letter,
    "traffic_fine": tpl_traffic_fine,
    "driver_nomination": tpl_driver_nomination,
    "fuel_card_statement": tpl_fuel_card_statement,
    "fuel_receipt": tpl_fuel_receipt,
    "toll_statement": tpl_toll_statement,
    "lease_invoice": tpl_lease_invoice,
    "service_invoice": tpl_service_invoice,
    "test_report": tpl_test_report,
    "registration": tpl_registration,
    "eol_inspection": tpl_eol_inspection,
}
TEMPLATES_FF: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "return_protocol",
    "traffic_fine",
    "fuel_receipt",
    "service_invoice",
    "test_report",
    "registration",
    "lease_invoice",
    "rental_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "traffic_fine": "driver_nomination",
    "damage_report": "repair_estimate",
    "return_protocol": "damage_report",
    "accident_statement": "claim_form",
    "claim_form": "insurer_letter",
    "rental_agreement": "rental_invoice",
    "test_report": "service_invoice",
    "damage_recharge": "renter_letter",
    "eol_inspection": "repair_estimate",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_basket_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One branch's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The branch
    (country, company, fleet, renters, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["fleet"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["cars"] = [a_car(r, lang, k) for k in range(r.randint(25, 70))]
    OFFICE["renters"] = [a_person(r, lang) for _ in range(r.randint(30, 60))]
    LAST.update(kind="", car=None, renter=None, day=None, ref="")
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_FF, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_basket_stream, "templates FF")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

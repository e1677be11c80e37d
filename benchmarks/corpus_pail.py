"""Pail part of the generated corpus: templates LL, written blind for the next measurement.

A part of its own, ``pail``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a heating,
heat-pump and solar installation company (in England, Germany or France) feeds through its
scanner: the company's customer quotations with the system design, the price schedule and its
terms (Angebot, devis), order confirmations, site survey reports with photo sheets, heat-loss
calculations (Heizlastberechnung, étude thermique) with the room schedule and the emitter
schedule, grid connection applications to the network operator (ENA G98 / G99, Anmeldung zum
Netzanschluss with the Datenblatt, demande de raccordement) with the single-line diagram and the
operator's approval letters, grant applications (Boiler Upgrade Scheme, BEG / KfW Zuschuss,
MaPrimeRénov') and award letters, wholesalers' invoices and delivery notes, manufacturers'
product data sheets and warranty certificates, commissioning records, electrical installation
certificates with the PV test schedules, compliance certificates (MCS certificate, building
regulations compliance certificate, Schornsteinfeger-Bescheinigung, attestation Consuel),
maintenance contracts with the direct debit mandate, the company's deposit, stage and final
invoices, scaffold hire invoices, customers' complaints (letters, handwritten notes, printed
e-mails) and the company's replies. Each stream is one installer's pile: the installer
(country, name, accreditations, customers, month) is drawn once per stream; its network
operator, grant body, scheme, wholesalers, scaffolders and customers are of its country and
write in its language; manufacturers are English, German or French and write in their own
language. Page sizes range from narrow trade counter tickets and A5 delivery notes and warranty
cards to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
cover sheet, system design, price schedule, roof layout, yield estimate, terms page and
acceptance slip of a quotation; the preparation page of an order confirmation; the photo sheets
and sketch of a survey report; the room, U-value and emitter schedules of a heat-loss
calculation; the declaration page and the single-line diagram of a grid application; the
conditions page and the acceptance slip of the operator's approval; the installer's covering
letter and the customer's declaration sent with a grant application; the conditions
(Nebenbestimmungen) of an award letter; the terms on the back of a wholesaler's invoice; the
dimensions page of a data sheet; the service record page of a commissioning record; the
schedules of test results of an electrical installation certificate; the terms and the direct
debit mandate of a maintenance contract; the payment schedule of an invoice; the customer's own
photos behind a complaint; the visit report enclosed with a reply. Related papers are documents
of their own: the order confirmation after a quotation, the heat-loss calculation after a
survey, the operator's approval after the application, the award after the grant application,
the wholesaler's invoice after its delivery note, the warranty certificate after a
commissioning record, the compliance certificate after the test certificate, the reply after a
complaint, every data sheet (several from one manufacturer often follow each other) and each
invoice of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, data sheets,
warranty certificates, compliance certificates, customer invoices, scaffold invoices and
wholesalers' invoices often come 2-4 in a row from one sender with other customers, products,
dates, numbers and amounts; and companions: each related paper above often follows the
document it belongs with, about the same customer. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "pail"`` and seeds
offset by 3_700_000.

Usage: ``python benchmarks/corpus_pail.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pail/pail_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    box,
    caption,
    close,
    columns,
    date_text,
    day,
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
)
from corpus_kit import address as window

PART = "pail"
SEED_OFFSET = 3_700_000

MM = 72 / 25.4
TICKET = (80 * MM, 190 * MM)
CARD = (148 * MM, 105 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, phone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "installer": {
        "en": [
            (
                "Greenfield Heat & Solar Ltd",
                "Unit 6, Harlescott Barns",
                "Shrewsbury SY1 3SZ",
                "01743 460 212",
            ),
            (
                "Calder Valley Renewables Ltd",
                "Mytholm Works, Burnley Road",
                "Hebden Bridge HX7 8LY",
                "01422 845 390",
            ),
            (
                "Wessex Heat Pumps & Plumbing",
                "14 Churchfields Industrial Estate",
                "Salisbury SP2 7NX",
                "01722 339 018",
            ),
        ],
        "de": [
            (
                "Haustechnik Albrecht GmbH",
                "Hermann-Mitsch-Straße 22",
                "79108 Freiburg im Breisgau",
                "0761 507 44 80",
            ),
            (
                "Sonnenwärme Kessler GmbH & Co. KG",
                "Sandershäuser Straße 61",
                "34123 Kassel",
                "0561 57 40 66",
            ),
            (
                "Brandt Heizung Sanitär Solar",
                "Bei der Ratsmühle 9",
                "21335 Lüneburg",
                "04131 22 87 30",
            ),
        ],
        "fr": [
            (
                "Thermique Solaire du Lyonnais SARL",
                "27 rue Francis de Pressensé",
                "69100 Villeurbanne",
                "04 78 85 61 20",
            ),
            (
                "Éco-Chauffage Bretagne SAS",
                "ZA du Prat, 8 rue Ella Maillart",
                "56000 Vannes",
                "02 97 46 33 81",
            ),
            (
                "Soleil & Confort Énergies",
                "112 route de Launaguet",
                "31200 Toulouse",
                "05 61 47 20 95",
            ),
        ],
    },
    "consultant": {
        "en": [
            (
                "Heatwise Design Services",
                "The Old Dairy, Upton Lane",
                "Cheltenham GL52 3QJ",
                "01242 806 114",
            ),
            ("Lowcarbon Building Physics LLP", "2 Canal Street", "Manchester M1 3HE", ""),
        ],
        "de": [
            (
                "Ingenieurbüro Dipl.-Ing. Kramer",
                "Wilhelmstraße 18",
                "79098 Freiburg",
                "0761 38 77 21",
            ),
            ("Energieberatung Nordheide", "Am Markt 3", "21244 Buchholz", "04181 93 02 40"),
        ],
        "fr": [
            (
                "BET Thermibat Ingénierie",
                "5 allée Alban Vistel",
                "69110 Sainte-Foy-lès-Lyon",
                "04 72 16 90 30",
            ),
            ("Cabinet Énergie Conseil Ouest", "18 rue du Commerce", "56100 Lorient", ""),
        ],
    },
    "dno": {
        "en": [
            (
                "Pennine Electricity Networks plc",
                "Connections Team, Lister House",
                "Halifax HX1 5QP",
                "0800 011 3332",
            ),
            (
                "Marches & Wessex Power Distribution",
                "Avonbank, Feeder Road",
                "Bristol BS2 0TB",
                "0800 096 3080",
            ),
        ],
        "de": [
            ("Netze Südbaden GmbH", "Tullastraße 61", "79108 Freiburg", "0761 279 25 00"),
            ("Netzgesellschaft Nordhessen mbH", "Königstor 3-13", "34117 Kassel", "0561 782 60 00"),
            ("Elbe-Heide Netz GmbH", "Am Alten Eisenwerk 1", "21339 Lüneburg", "04131 703 00"),
        ],
        "fr": [
            (
                "Enedis - Agence Raccordement Producteurs Rhône-Alpes",
                "288 rue Duguesclin",
                "69003 Lyon",
                "09 69 32 18 00",
            ),
            (
                "Enedis - Direction Régionale Bretagne",
                "1 rue du Champ de Mars",
                "35000 Rennes",
                "09 69 32 18 79",
            ),
            (
                "Enedis - Direction Régionale Midi-Pyrénées Sud",
                "5 rue Ampère",
                "31500 Toulouse",
                "09 69 32 18 71",
            ),
        ],
    },
    "grant": {
        "en": [
            (
                "Ofgem - Boiler Upgrade Scheme",
                "10 South Colonnade, Canary Wharf",
                "London E14 4PU",
                "0300 003 2289",
            )
        ],
        "de": [
            (
                "KfW Bankengruppe - Bundesförderung für effiziente Gebäude",
                "Palmengartenstraße 5-9",
                "60325 Frankfurt am Main",
                "0800 539 9007",
            ),
            (
                "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)",
                "Frankfurter Straße 29-35",
                "65760 Eschborn",
                "06196 908 1625",
            ),
        ],
        "fr": [
            (
                "Agence nationale de l'habitat - MaPrimeRénov'",
                "8 avenue de l'Opéra",
                "75001 Paris",
                "0 808 800 700",
            )
        ],
    },
    "scheme": {
        "en": [
            (
                "MCS Service Company Ltd",
                "Violet Hill House, Meriden Street",
                "Coventry CV1 5DN",
                "0333 103 8130",
            ),
            (
                "Certsure Competent Person Scheme",
                "Warwick House, Houghton Hall Park",
                "Dunstable LU5 5ZX",
                "0333 015 6626",
            ),
        ],
        "de": [
            (
                "Bezirksschornsteinfegermeister Jörg Weißhaupt",
                "Lindenstraße 4",
                "79194 Gundelfingen",
                "0761 58 34 27",
            ),
            (
                "Bezirksschornsteinfegermeister Klaus Rehbein",
                "Wolfhager Straße 212",
                "34128 Kassel",
                "0561 88 21 43",
            ),
            (
                "Bezirksschornsteinfegermeisterin Petra Lühr",
                "Am Sande 40",
                "21335 Lüneburg",
                "04131 40 31 55",
            ),
        ],
        "fr": [
            (
                "Consuel - Comité National pour la Sécurité des Usagers de l'Électricité",
                "Direction régionale, 10 rue Crépet",
                "69007 Lyon",
                "09 70 80 80 20",
            ),
        ],
    },
    "supplier": {
        "en": [
            (
                "Midland Heating Supplies Ltd",
                "Fort Parkway, Castle Bromwich",
                "Birmingham B35 7AR",
                "0121 747 2300",
            ),
            (
                "Solarline Distribution UK Ltd",
                "Unit 3, Brunel Way",
                "Stroud GL10 3SX",
                "01453 826 510",
            ),
            (
                "Pennine Plumbing & Heating Merchants",
                "Sowerby Bridge Ind. Est.",
                "Halifax HX6 3LL",
                "01422 831 700",
            ),
        ],
        "de": [
            (
                "SHK-Großhandel Ortmann KG",
                "Robert-Bosch-Straße 14",
                "79211 Denzlingen",
                "07666 88 12 0",
            ),
            ("Nordsolar PV-Großhandel GmbH", "Hafenstraße 30", "21079 Hamburg", "040 767 93 40"),
        ],
        "fr": [
            (
                "Comptoir Thermique du Rhône",
                "44 avenue Jean Jaurès",
                "69007 Lyon",
                "04 72 73 18 40",
            ),
            (
                "Distri-Solaire France SAS",
                "ZI Le Bois Rigault",
                "44470 Carquefou",
                "02 40 25 16 70",
            ),
        ],
    },
    "scaffold": {
        "en": [
            (
                "Top Lift Scaffolding Ltd",
                "Yard 2, Ditherington Road",
                "Shrewsbury SY1 4DJ",
                "01743 232 800",
            ),
            (
                "A1 Access Scaffolding (Yorkshire)",
                "Pellon Lane Yard",
                "Halifax HX1 4AA",
                "07971 448 210",
            ),
            ("Sarum Scaffolding Services", "Brunel Road", "Salisbury SP2 7PU", "01722 411 906"),
        ],
        "de": [
            ("Gerüstbau Henning GmbH", "Gewerbestraße 7", "79194 Gundelfingen", "0761 58 66 40"),
            ("Gerüstbau Nordhessen GmbH", "Osterholzstraße 40", "34123 Kassel", "0561 57 11 90"),
            ("Gerüstbau Peters & Sohn", "Bilmer Straße 22", "21337 Lüneburg", "04131 85 41 0"),
        ],
        "fr": [
            (
                "Échafaudages Martin & Fils",
                "12 chemin des Mûriers",
                "69120 Vaulx-en-Velin",
                "04 78 80 12 45",
            ),
            (
                "Ouest Échafaudage Location",
                "Parc d'activités de Kerlann",
                "56000 Vannes",
                "02 97 63 40 77",
            ),
            (
                "Échafaudages Garonne Location",
                "9 chemin de Gabardie",
                "31200 Toulouse",
                "05 61 26 48 10",
            ),
        ],
    },
}
# Manufacturers: name, street, town, phone, language (they write in their own).
MAKERS: list[tuple[str, str, str, str, str]] = [
    ("Nordvolt Wärmepumpen GmbH", "Industriepark Ost 12", "32657 Lemgo", "05261 94 77 0", "de"),
    ("Sonnenstrom Systemtechnik AG", "Kupferstraße 5", "97424 Schweinfurt", "09721 65 90 0", "de"),
    ("Calorie Atlantique Industrie", "13 boulevard Monge", "69330 Meyzieu", "04 72 45 10 00", "fr"),
    ("Voltaïs Stockage SAS", "Technopole Izarbel", "64210 Bidart", "05 59 41 25 00", "fr"),
    ("Brightwell Solar Components Ltd", "Hawkley Drive", "Wigan WN2 4XQ", "01942 830 600", "en"),
    (
        "Pennant Cylinders Ltd",
        "Pennant Way, Dewsbury Road",
        "Leeds LS11 5DP",
        "0113 385 2200",
        "en",
    ),
]
# Products: maker index, model, category (hp | pv | inv | bat | cyl | dhw), rated size.
PRODUCTS: list[tuple[int, str, str, float]] = [
    (0, "AirTherm NV-LW 5", "hp", 5.0),
    (0, "AirTherm NV-LW 8", "hp", 8.0),
    (0, "AirTherm NV-LW 12", "hp", 12.0),
    (1, "SST 5.0 Hybrid", "inv", 5.0),
    (1, "SST 8.0 Hybrid", "inv", 8.0),
    (1, "SST Speicher 7.7", "bat", 7.7),
    (2, "Alizéa Duo 8 kW", "hp", 8.0),
    (2, "Alizéa 11 kW", "hp", 11.0),
    (2, "Thermo-Ballon 270 L", "dhw", 270.0),
    (3, "VS-Bat 5", "bat", 5.1),
    (3, "VS-Bat 10", "bat", 10.2),
    (4, "BW-430 N-type Mono", "pv", 430.0),
    (4, "BW-445 Full Black", "pv", 445.0),
    (5, "Pennant HP 210", "cyl", 210.0),
    (5, "Pennant HP 250", "cyl", 250.0),
    (5, "Pennant HP 300", "cyl", 300.0),
]
CATEGORY = {
    "hp": ("Air source heat pump", "Luft/Wasser-Wärmepumpe", "Pompe à chaleur air/eau"),
    "inv": ("Hybrid inverter", "Hybrid-Wechselrichter", "Onduleur hybride"),
    "bat": ("Battery storage system", "Batteriespeicher", "Batterie de stockage"),
    "pv": ("Photovoltaic module", "Photovoltaik-Modul", "Module photovoltaïque"),
    "cyl": ("Unvented hot water cylinder", "Warmwasserspeicher", "Ballon d'eau chaude"),
    "dhw": ("Heat pump water heater", "Brauchwasser-Wärmepumpe", "Chauffe-eau thermodynamique"),
}

FIRSTS = {
    "en": [
        "James",
        "Sarah",
        "David",
        "Helen",
        "Robert",
        "Claire",
        "Michael",
        "Joanne",
        "Peter",
        "Rachel",
        "Andrew",
        "Nicola",
        "Graham",
        "Fiona",
        "Stephen",
        "Alison",
        "Richard",
        "Karen",
        "Ian",
        "Hannah",
        "Tom",
        "Lucy",
    ],
    "de": [
        "Jürgen",
        "Sabine",
        "Thomas",
        "Monika",
        "Andreas",
        "Petra",
        "Stefan",
        "Claudia",
        "Michael",
        "Birgit",
        "Frank",
        "Kerstin",
        "Uwe",
        "Anja",
        "Markus",
        "Heike",
        "Jan",
        "Katrin",
        "Holger",
        "Silke",
    ],
    "fr": [
        "Alain",
        "Sylvie",
        "Philippe",
        "Nathalie",
        "Laurent",
        "Isabelle",
        "Christophe",
        "Valérie",
        "Olivier",
        "Sandrine",
        "Éric",
        "Céline",
        "Patrick",
        "Véronique",
        "Didier",
        "Sophie",
        "Thierry",
        "Florence",
    ],
}
FEMALE = set(
    [
        "Sarah",
        "Helen",
        "Claire",
        "Joanne",
        "Rachel",
        "Nicola",
        "Fiona",
        "Alison",
        "Karen",
        "Hannah",
        "Lucy",
        "Sabine",
        "Monika",
        "Petra",
        "Claudia",
        "Birgit",
        "Kerstin",
        "Anja",
        "Heike",
        "Katrin",
        "Silke",
        "Sylvie",
        "Nathalie",
        "Isabelle",
        "Valérie",
        "Sandrine",
        "Céline",
        "Véronique",
        "Sophie",
        "Florence",
    ]
)
LASTS = {
    "en": [
        "Hughes",
        "Pritchard",
        "Whitaker",
        "Barraclough",
        "Jones",
        "Evans",
        "Marsh",
        "Fletcher",
        "Holroyd",
        "Bennett",
        "Ashworth",
        "Hammond",
        "Clarke",
        "Sutcliffe",
        "Lloyd",
        "Davies",
        "Moss",
        "Greenwood",
        "Turner",
        "Preece",
    ],
    "de": [
        "Weber",
        "Schneider",
        "Hofmann",
        "Becker",
        "Wagner",
        "Zimmermann",
        "Krüger",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Krause",
        "Meier",
        "Lehmann",
        "Vogel",
        "Brandt",
        "Haas",
        "Schulze",
        "Dietrich",
        "Kaiser",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Lefebvre",
        "Garnier",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Le",
        "Goff",
        "Guillou",
        "Morvan",
        "Fabre",
        "Girard",
        "Roussel",
        "Mercier",
        "Perrin",
        "Blanc",
        "Guérin",
    ],
}
ROADS = {
    "en": [
        "Meole Crescent",
        "Sundorne Road",
        "Longden Road",
        "Birch Grove",
        "Heathgates",
        "Church Lane",
        "Station Road",
        "Moorside",
        "Hebble Drive",
        "The Paddocks",
        "Wilton Road",
        "Castle Road",
        "Orchard Close",
    ],
    "de": [
        "Schwarzwaldstraße",
        "Lindenweg",
        "Am Sonnenhang",
        "Birkenallee",
        "Mühlenweg",
        "Wiesenstraße",
        "Gartenstraße",
        "Im Brühl",
        "Kirchstraße",
        "Eichendorffstraße",
        "Am Kalkberg",
        "Heideweg",
    ],
    "fr": [
        "rue des Acacias",
        "allée des Tilleuls",
        "chemin de la Source",
        "rue Victor Hugo",
        "impasse des Lilas",
        "rue du Moulin",
        "avenue de la Gare",
        "rue Jean Moulin",
        "chemin des Vignes",
        "rue de Kerlo",
        "route de Baud",
        "rue Pasteur",
    ],
}
TOWNS = {
    "en": [
        "Shrewsbury SY3 9HT",
        "Church Stretton SY6 6DD",
        "Ludlow SY8 1QF",
        "Hebden Bridge HX7 6DB",
        "Todmorden OL14 5AB",
        "Halifax HX2 0PL",
        "Salisbury SP1 3TE",
        "Wilton SP2 0HQ",
        "Amesbury SP4 7BN",
        "Oswestry SY11 2TH",
    ],
    "de": [
        "79104 Freiburg",
        "79211 Denzlingen",
        "79194 Gundelfingen",
        "79183 Waldkirch",
        "34119 Kassel",
        "34225 Baunatal",
        "34246 Vellmar",
        "21335 Lüneburg",
        "21394 Kirchgellersen",
        "21391 Reppenstedt",
    ],
    "fr": [
        "69100 Villeurbanne",
        "69300 Caluire-et-Cuire",
        "69500 Bron",
        "69140 Rillieux",
        "56000 Vannes",
        "56610 Arradon",
        "56860 Séné",
        "31200 Toulouse",
        "31140 Aucamville",
        "31240 L'Union",
    ],
}
#: The towns (indices into ``TOWNS``) around each installer.
NEAR = {
    "en": [[0, 1, 2, 9], [3, 4, 5], [6, 7, 8]],
    "de": [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "fr": [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]],
}
HOMES = {
    "en": [
        "1930s semi-detached house",
        "Victorian mid-terrace",
        "1970s detached bungalow",
        "stone-built end terrace",
        "1990s detached house",
        "converted barn",
        "1960s detached chalet bungalow",
    ],
    "de": [
        "Einfamilienhaus, Bj. 1965",
        "Doppelhaushälfte, Bj. 1978",
        "Reihenmittelhaus, Bj. 1992",
        "Einfamilienhaus, Bj. 1958, teilsaniert",
        "Zweifamilienhaus, Bj. 1972",
        "Bungalow, Bj. 1981",
    ],
    "fr": [
        "maison individuelle 1975, plain-pied",
        "pavillon 1982 à étage",
        "longère rénovée",
        "maison de ville 1930",
        "maison individuelle 2001",
        "maison mitoyenne 1968",
    ],
}
#: Technologies of a job: heat pump, PV, PV with battery, heat pump and PV, hybrid boiler.
SYSTEMS = ["hp", "hp", "hp", "pv", "pvb", "pvb", "hp_pv", "hybrid"]


@dataclass
class Client:
    first: str
    last: str
    female: bool
    street: str
    town: str
    home: str
    system: str
    kw: float  # heat pump output
    panels: int
    job: str
    meter: str  # MPAN, Zählpunkt or PDL
    phone: str
    email: str
    brand: int  # the heat pump's maker (an index into MAKERS)


def a_client(r: random.Random, lang: str, k: int, year: int) -> Client:
    first = r.choice(FIRSTS[lang])
    last = r.choice(LASTS[lang])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 140)
    system = r.choice(SYSTEMS)
    meter = {
        "en": f"{r.randint(10, 23)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(100, 999)}",
        "de": f"DE000{r.randint(1000, 9999)}{r.randint(10**9, 10**10 - 1)}"
        f"{r.randint(10**9, 10**10 - 1)}",
        "fr": f"{r.randint(10**13, 10**14 - 1)}",
    }[lang]
    mail = f"{first.lower()[0]}.{last.lower().replace(' ', '')}"
    host = {"en": "btinternet.com", "de": "t-online.de", "fr": "orange.fr"}[lang]
    phone = {
        "en": f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
        "de": f"0{r.randint(151, 179)} {r.randint(1000000, 9999999)}",
        "fr": f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    return Client(
        first=first,
        last=last,
        female=first in FEMALE,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=TOWNS[lang][r.choice(NEAR[lang][int(OFFICE["firm"])])],  # type: ignore[call-overload]
        home=r.choice(HOMES[lang]),
        system=system,
        kw=r.choice([5.0, 6.0, 7.0, 8.0, 8.0, 10.0, 12.0, 14.0]),
        panels=r.choice([8, 10, 12, 12, 14, 16, 18, 20, 24]),
        job=f"{year % 100:02d}-{r.randint(100, 899) + k:04d}",
        meter=meter,
        phone=phone,
        email=f"{mail}@{host}",
        brand=r.choice([0, 2]),
    )


def mr(c: Client, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if c.female else 'Herr'} {c.first} {c.last}"
    if lang == "fr":
        return f"{'Madame' if c.female else 'Monsieur'} {c.first} {c.last.upper()}"
    return f"{'Mrs' if c.female else 'Mr'} {c.first[0]}. {c.last}"


def client_lines(c: Client, lang: str) -> list[str]:
    return [mr(c, lang), c.street, c.town]


def site(c: Client) -> str:
    return f"{c.street}, {c.town}"


def has_hp(c: Client) -> bool:
    return c.system in ("hp", "hp_pv", "hybrid")


def has_pv(c: Client) -> bool:
    return c.system in ("pv", "pvb", "hp_pv")


def kwp(c: Client) -> float:
    return round(c.panels * 0.43, 2)


OFFICE: dict[str, object] = {
    "lang": "en",
    "firm": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "clients": [],
}
#: What the previous document was about (a companion takes up the same customer).
LAST: dict[str, object] = {"kind": "", "client": None, "day": None, "ref": "", "product": None}


def home() -> str:
    return str(OFFICE["lang"])


def firm_no() -> int:
    return int(OFFICE["firm"])  # type: ignore[call-overload]


def clients() -> list[Client]:
    return OFFICE["clients"]  # type: ignore[return-value]


def on(rng: random.Random, lo: int = -150, hi: int = 25) -> date:
    """A day near the stream's month."""
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"pail/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_client(rng: random.Random, after: tuple[str, ...] = (), want: str = "") -> Client:
    """The customer of the previous document if it was one of ``after``, else any (one with
    a heat pump if ``want`` is "hp", with PV if "pv")."""
    c = LAST["client"]
    if LAST["kind"] in after and isinstance(c, Client):
        return c
    pool = clients()
    if want == "hp":
        pool = [x for x in pool if has_hp(x)] or pool
    elif want == "pv":
        pool = [x for x in pool if has_pv(x)] or pool
    return rng.choice(pool)


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(c: Client | None, d: date, ref: str = "") -> None:
    LAST.update(client=c, day=d, ref=ref)


def cash(v: float, lang: str) -> str:
    return f"£{money(v, lang)}" if lang == "en" else f"{money(v, lang)} EUR"


TALK = {
    "en": {
        "heat": "heat pump flow temperature radiators cylinder system design heat loss "
        "emitters outdoor unit pipework controls weather compensation efficiency survey",
        "solar": "panels array roof inverter battery export generation scaffold install "
        "string yield orientation shading meter consumption",
        "office": "installation customer visit engineer warranty booking schedule invoice "
        "payment appointment paperwork handover documentation",
    },
    "de": {
        "heat": "Wärmepumpe Vorlauftemperatur Heizkörper Speicher Anlage Heizlast "
        "Außeneinheit Rohrleitung Regelung Effizienz Jahresarbeitszahl Hydraulik",
        "solar": "Module Dach Wechselrichter Speicher Einspeisung Ertrag Gerüst Montage "
        "String Ausrichtung Verschattung Zähler Eigenverbrauch",
        "office": "Montage Kunde Termin Monteur Gewährleistung Auftrag Rechnung Zahlung "
        "Unterlagen Übergabe Dokumentation Inbetriebnahme",
    },
    "fr": {
        "heat": "pompe à chaleur température départ radiateurs ballon installation "
        "déperditions unité extérieure tuyauterie régulation rendement émetteurs",
        "solar": "modules toiture onduleur batterie injection production échafaudage pose "
        "chaîne orientation ombrage compteur autoconsommation",
        "office": "chantier client rendez-vous technicien garantie commande facture "
        "règlement dossier réception documentation mise en service",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous votre",
}


def words(rng: random.Random, lang: str, topic: str = "office", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "office", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def topic_of(c: Client) -> str:
    return "heat" if has_hp(c) else "solar"


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
    web: str
    tagline: str
    look: str  # sun | bar | stack | tag | initials | plain
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
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
TAGLINES = {
    "installer": (
        "Heat pumps | Solar PV | Battery storage | Plumbing & heating",
        "Heizung - Sanitär - Solar - Wärmepumpen",
        "Pompes à chaleur - Photovoltaïque - Chauffage - Plomberie",
    ),
    "consultant": (
        "Heat loss surveys - system design - EPC",
        "Gebäudeenergieberatung - Heizlastberechnung - Fördermittel",
        "Études thermiques - audits énergétiques",
    ),
    "supplier": (
        "Heating - Plumbing - Renewables - Trade only",
        "Großhandel für Haustechnik und Erneuerbare Energien",
        "Distribution génie climatique et énergies renouvelables",
    ),
    "scaffold": (
        "Domestic & commercial scaffolding - CISRS trained",
        "Fassadengerüste - Dachfanggerüste - Verleih",
        "Location et montage d'échafaudages",
    ),
}
NO_FOOT = ("scheme", "grant", "customer")


def slug(name: str) -> str:
    keep = "".join(ch for ch in name.lower().split(" - ")[0] if ch.isalnum() or ch == " ")
    return "".join(keep.split()[:2])[:18]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if lang == "de":
        out = [
            f"{name} - Amtsgericht {r.choice(['Freiburg', 'Kassel', 'Lüneburg'])} "
            f"HR{'A' if 'KG' in name and 'GmbH &' not in name else 'B'} {r.randint(1000, 99999)}"
            f" - Geschäftsführer: {r.choice(FIRSTS['de'])} {r.choice(LASTS['de'])}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
        if role == "installer":
            out.insert(0, "Meisterbetrieb - Mitglied der Innung Sanitär Heizung Klima")
        return out
    if lang == "fr":
        out = [
            f"{name} - {r.choice(['SARL', 'SAS'])} au capital de {r.randint(5, 300)} 000 EUR - "
            f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)}"
            f"{r.randint(100000000, 999999999)}"
        ]
        if role == "installer":
            out.append(
                f"Qualifications RGE QualiPAC n° QPAC/{r.randint(10000, 99999)} - QualiPV - "
                f"Assurance décennale {r.choice(['MAAF Pro', 'SMABTP', 'AXA'])} "
                f"n° {r.randint(1000000, 9999999)}"
            )
        return out
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    lines = [" - ".join(out)]
    if role == "installer":
        lines.insert(
            0,
            f"MCS certified installer NAP-{r.randint(10000, 99999)} - RECC member - "
            f"Gas Safe Register {r.randint(500000, 599999)} - NICEIC Approved Contractor",
        )
    return lines


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in ("grant", "dno", "scheme") else FACES[:2])
    tag = TAGLINES.get(role)
    host = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        web=f"www.{slug(name)}.{host}",
        tagline=tr(lang, *tag) if tag else "",
        look=r.choice(looks or ["sun", "bar", "stack", "tag", "initials", "plain"]),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if role not in NO_FOOT and r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
    )


def firm_head() -> Head:
    """The installer itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["installer"][lang][int(OFFICE["firm"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"pail/firm/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "installer", r, ["sun", "bar", "stack", "tag", "initials"])


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "installer":
        return firm_head()
    lang = home()
    r = keyed(who, role)
    if role == "maker":
        name, street, town, phone, lang = r.choice(MAKERS)
        return make_head((name, street, town, phone), lang, role, r, looks)
    rows = SENDERS[role][lang]
    firm = int(OFFICE["firm"])  # type: ignore[call-overload]
    if role == "dno":
        # The operator of the installer's area.
        pick = rows[[1, 0, 1][firm]] if lang == "en" else rows[firm]
        return make_head(pick, lang, role, r, looks or ["plain", "bar", "tag"])
    if (role == "scheme" and lang == "de") or role == "scaffold":
        # The district chimney sweep and the scaffolders of the installer's area.
        return make_head(rows[firm], lang, role, r, looks)
    if role in ("grant", "scheme"):
        return make_head(r.choice(rows), lang, role, r, looks or ["plain", "tag"])
    return make_head(r.choice(rows), lang, role, r, looks)


def maker_head(who: Issuer, product: int) -> Head:
    """The manufacturer of ``product`` (each run keeps its own look)."""
    name, street, town, phone, lang = MAKERS[PRODUCTS[product][0]]
    r = keyed(who, f"maker/{name}")
    return make_head((name, street, town, phone), lang, "maker", r, ["bar", "stack", "tag"])


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"pail/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([46, 52, 58, 64]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def initials(name: str) -> str:
    parts = [w for w in name.replace("&", " ").split() if w[0].isalpha() and w[0].isupper()]
    return "".join(w[0] for w in parts[:3])


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "sun":
        cx, cy = m + 14, y - 2
        p.rect(cx - 6, cy - 6, 12, 12, fill=0.2)
        for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0), (-1, -1), (1, 1), (-1, 1), (1, -1)):
            p.line(cx + dx * 9, cy + dy * 9, cx + dx * 14, cy + dy * 14)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 36, y + 1, h.name, s.bold, pt)
        if h.tagline:
            p.text(m + 36, y + 12, fit(h.tagline, s.font, 7.5, w - 2 * m - 40), s.font, 7.5)
        p.text(
            w - m, y + 24, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        p.line(m, y + 29, w - m, y + 29)
        return y + 50
    if h.look == "bar":
        p.rect(0, 0, w, y + 12, fill=0.82)
        pt = max(9.5, shrink(h.name, s.bold, 13, w * 0.6 - m))
        p.text(m, y + 2, fit(h.name, s.bold, pt, w * 0.6 - m), s.bold, pt)
        yy = y - 8
        for t in (h.street, h.town, tel, h.web):
            if t and yy < y + 12:
                p.text(w - m, yy, fit(t, s.font, 7, w * 0.38 - m), s.font, 7, "right")
            yy += 8
        return y + 36
    if h.look == "stack":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 3, h.name, s.bold, pt, "center")
        if h.tagline:
            p.text(w / 2, y + 15, fit(h.tagline, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        p.text(
            w / 2,
            y + 25,
            fit(f"{where} - {tel} - {h.web}".replace(" -  -", " -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        p.line(m, y + 32, w - m, y + 32)
        return y + 52
    if h.look == "tag":
        pt = shrink(h.name, s.bold, s.size + 3, w * 0.55 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.text(m, y + 14, fit(h.tagline or where, s.font, 7, w * 0.55 - m), s.font, 7)
        yy = y - 5
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w * 0.4 - m), s.font, 7, "right")
                yy += 8.5
        p.rect(m, max(yy, y + 20), w - 2 * m, 1.5, fill=0.0)
        return max(yy, y + 20) + 24
    if h.look == "initials":
        p.rect(m, y - 12, 34, 34, fill=0.3)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        ini = initials(h.name)
        p.text(m + 17, y + 9, ini, s.bold, shrink(ini, s.bold, 13, 26), "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 50)
        p.text(m + 44, y + 1, h.name, s.bold, pt)
        p.text(m + 44, y + 12, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 50), s.font, 7)
        if h.tagline:
            p.text(m + 44, y + 21, fit(h.tagline, s.font, 7, w - 2 * m - 50), s.font, 7)
        return y + 46
    # plain: an office's name and department, the address on the right
    pt = shrink(h.name, s.bold, s.size + 1.5, w * 0.58 - m)
    lines = wrap(h.name, s.bold, pt, w * 0.58 - m)[:2]
    for k, t in enumerate(lines):
        p.text(m, y + k * (pt + 2), t, s.bold, pt)
    yy = y - 4
    for t in (h.street, h.town, tel):
        if t:
            p.text(w - m, yy, fit(t, s.font, 7, w * 0.38 - m), s.font, 7, "right")
            yy += 8.5
    return max(yy, y + len(lines) * (pt + 2)) + 26


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.6


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
    p.text(x + 2, y - 2, f"{parts[0][0]}{parts[-1][:7].lower()}", INK, pt)
    p.line(x, y + 2, x + 8 + min(len(parts[-1]), 7) * pt * 0.45, y - 2)


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5) -> None:
    p.text(x, y, text, HAND, pt)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4) -> None:
    """Now and then the office's received stamp: at the top over the letterhead's margin or
    low on the page."""
    if rng.random() < odds:
        w, hh = p.size
        top = rng.random() < 0.5
        stamp(
            p,
            rng.uniform(w * 0.3, w * 0.5) if top else w - rng.uniform(150, 200),
            rng.uniform(6, 14) if top else hh - rng.uniform(150, 230),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Office", "Büro", "Secrétariat") + f" - {initials(firm_head().name)}",
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("tag", "initials", "plain") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Best regards"][len(name) % 4],
            "Mit freundlichen Grüßen",
            ["Cordialement,", "Nous vous prions d'agréer nos salutations distinguées."][
                len(name) % 2
            ],
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
    r = random.Random(zlib.crc32(f"pail/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def firm_lines(lang: str, att: str = "") -> list[str]:
    h = firm_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def cols_text(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    bottom: float,
    paras: list[tuple[str, bool]],
    n: int,
    pt: float = 6.5,
) -> float:
    """Small print in ``n`` columns from ``y`` down to at most ``bottom``; the y reached."""
    gap = 12
    cw = (w - gap * (n - 1)) / n
    col = 0
    yy = y
    low = y
    for para, strong in paras:
        font = s.bold if strong else s.font
        for ln in wrap(para, font, pt, cw):
            if yy > bottom:
                col += 1
                yy = y
                if col >= n:
                    return bottom
            p.text(x + col * (cw + gap), yy, ln, font, pt)
            yy += pt * 1.3
            low = max(low, yy)
        yy += pt * 0.5
    return low


def terms_page(
    rng: random.Random, s: Style, h: Head, title: str, heads: list[str], ncols: int = 2
) -> Page:
    """A page of numbered conditions in small print; no letterhead, now and then the name."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    y = m - 6
    p.text(w / 2, y, title, s.bold, 10, "center")
    y += 16
    paras: list[tuple[str, bool]] = []
    for k, t in enumerate(heads, 1):
        paras.append((f"{k}. {t}", True))
        for _ in range(rng.randint(2, 4)):
            paras.append((prose(rng, h.lang, "office", 3, 5), False))
    cols_text(p, s, m, y, w - 2 * m, hh - m - 7 * len(h.foot) - 12, paras, ncols)
    return p


TERMS = {
    "en": [
        "Definitions",
        "Quotation and acceptance",
        "Prices and payment",
        "Your right to cancel (14-day cooling-off period)",
        "Access, site conditions and preparation",
        "Title and risk",
        "Guarantees and warranties",
        "Insurance-backed workmanship warranty",
        "Complaints and the RECC consumer code",
        "Data protection",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise und Zahlungsbedingungen",
        "Widerrufsrecht für Verbraucher",
        "Mitwirkungspflichten des Auftraggebers",
        "Eigentumsvorbehalt",
        "Abnahme",
        "Gewährleistung",
        "Haftung",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Devis et commande",
        "Prix et modalités de paiement",
        "Droit de rétractation",
        "Délais d'exécution",
        "Réserve de propriété",
        "Réception des travaux",
        "Garanties de parfait achèvement, biennale et décennale",
        "Médiation de la consommation",
        "Données personnelles",
    ],
}


def hp_index(c: Client) -> int:
    """The heat pump of ``c``'s job: the size nearest ``c.kw`` in the brand's range."""
    pool = [k for k, p in enumerate(PRODUCTS) if p[2] == "hp" and p[0] == c.brand]
    return min(pool, key=lambda k: abs(PRODUCTS[k][3] - c.kw))


def hp_model(c: Client) -> str:
    near = PRODUCTS[hp_index(c)]
    return f"{MAKERS[near[0]][0].split()[0]} {near[1]}"


def job_items(rng: random.Random, c: Client, lg: str) -> list[tuple[str, float, float]]:
    """What a quotation or an invoice for ``c``'s job lists: description, quantity, unit
    price (net)."""
    out: list[tuple[str, float, float]] = []
    f = 1.0 if lg == "en" else 1.17
    if has_hp(c):
        out += [
            (
                tr(
                    lg,
                    "Air source heat pump ",
                    "Luft/Wasser-Wärmepumpe ",
                    "Pompe à chaleur air/eau ",
                )
                + hp_model(c)
                + tr(lg, " (monobloc, R290)", " (Monoblock, R290)", " (monobloc, R290)"),
                1,
                round(rng.uniform(5200, 8400) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Unvented heat pump cylinder 250 l",
                    "Warmwasserspeicher 300 l",
                    "Ballon d'eau chaude sanitaire 200 L",
                ),
                1,
                round(rng.uniform(1200, 1900) * f, -1),
            ),
            (
                tr(lg, "Buffer / volumiser 50 l", "Pufferspeicher 50 l", "Bouteille de découplage"),
                1,
                round(rng.uniform(280, 520) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Magnetic system filter, flush and inhibitor",
                    "Schlammabscheider mit Magnetit, Spülung",
                    "Filtre magnétique, désembouage",
                ),
                1,
                round(rng.uniform(240, 460) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Replacement radiators (double panel, type 22)",
                    "Heizkörpertausch Typ 22",
                    "Remplacement de radiateurs",
                ),
                rng.randint(0, 6),
                round(rng.uniform(190, 340) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Primary pipework 28 mm, insulated",
                    "Rohrleitungen Cu 28 mm, gedämmt",
                    "Liaisons hydrauliques isolées",
                ),
                1,
                round(rng.uniform(600, 1400) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Electrical supply, isolator and controls",
                    "Elektroanschluss, Zählerplatz WP-Tarif",
                    "Raccordement électrique et régulation",
                ),
                1,
                round(rng.uniform(450, 1100) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Removal and disposal of existing boiler",
                    "Demontage und Entsorgung Altkessel",
                    "Dépose et évacuation de l'ancienne chaudière",
                ),
                1,
                round(rng.uniform(250, 650) * f, -1),
            ),
            (
                tr(
                    lg,
                    "Commissioning, handover, MCS registration",
                    "Inbetriebnahme, hydraulischer Abgleich, Einweisung",
                    "Mise en service et formation",
                ),
                1,
                round(rng.uniform(350, 700) * f, -1),
            ),
        ]
    if c.system in ("pv", "pvb", "hp_pv"):
        module = rng.choice(["BW-430 N-type Mono", "BW-445 Full Black"])
        out += [
            (
                tr(lg, "PV module ", "PV-Modul ", "Module photovoltaïque ")
                + f"Brightwell {module}",
                c.panels,
                round(rng.uniform(120, 190) * f, 0),
            ),
            (
                tr(lg, "Hybrid inverter ", "Hybrid-Wechselrichter ", "Onduleur hybride ")
                + rng.choice(["Sonnenstrom SST 5.0 Hybrid", "Sonnenstrom SST 8.0 Hybrid"]),
                1,
                round(rng.uniform(1100, 1900) * f, -1),
            ),
            (
                tr(
                    lg,
                    "On-roof mounting system, rails and hooks",
                    "Unterkonstruktion Schrägdach",
                    "Système de fixation en surimposition",
                ),
                1,
                round(rng.uniform(600, 1200) * f, -1),
            ),
            (
                tr(
                    lg,
                    "DC/AC cabling, isolators, generation meter",
                    "DC/AC-Verkabelung, Überspannungsschutz",
                    "Câblage DC/AC, coffrets de protection",
                ),
                1,
                round(rng.uniform(500, 1000) * f, -1),
            ),
            (
                tr(lg, "Scaffolding", "Gerüststellung", "Échafaudage"),
                1,
                round(rng.uniform(450, 1200) * f, -1),
            ),
        ]
        if c.system == "pvb" or rng.random() < 0.3:
            out.append(
                (
                    tr(lg, "Battery storage ", "Batteriespeicher ", "Batterie ")
                    + rng.choice(["Sonnenstrom SST Speicher 7.7", "Voltaïs VS-Bat 10"]),
                    1,
                    round(rng.uniform(3200, 5600) * f, -1),
                )
            )
        out.append(
            (
                tr(
                    lg,
                    "DNO notification, MCS certificate, commissioning",
                    "Anmeldung Netzbetreiber und Marktstammdatenregister",
                    "Démarches Enedis et Consuel, mise en service",
                ),
                1,
                round(rng.uniform(250, 450) * f, -1),
            )
        )
    if c.system == "hybrid":
        out.insert(
            1,
            (
                tr(
                    lg,
                    "Gas condensing boiler 25 kW (hybrid)",
                    "Gas-Brennwertkessel 20 kW (Hybrid)",
                    "Chaudière gaz à condensation (hybride)",
                ),
                1,
                round(rng.uniform(1600, 2400) * f, -1),
            ),
        )
    return [x for x in out if x[1] > 0]


def vat_rate(c: Client, lg: str) -> float:
    if lg == "en":
        return 0.0
    if lg == "de":
        return 0.0 if c.system in ("pv", "pvb") else 0.19
    return 0.055 if has_hp(c) else (0.10 if kwp(c) <= 3 else 0.20)


def grant_amount(c: Client, lg: str, net: float) -> float:
    if not has_hp(c):
        return 0.0
    if lg == "en":
        return 7500.0
    if lg == "de":
        return round(min(net * 1.19, 30000) * 0.5, 2)
    return 4000.0


def vat_label(lg: str, rate: float) -> str:
    pct = f"{rate * 100:g}".replace(".", "," if lg != "en" else ".")
    if lg == "en":
        return "VAT @ 0% (energy-saving materials)" if rate == 0 else f"VAT @ {pct}%"
    if lg == "de":
        return "USt. 0 % (§ 12 Abs. 3 UStG)" if rate == 0 else f"zzgl. {pct} % USt."
    return f"TVA {pct} %"


def quote_no(c: Client, lg: str) -> str:
    return tr(lg, f"Q{c.job}", f"AN-{c.job}", f"DEV-{c.job}")


def roof_page(rng: random.Random, s: Style, c: Client, lg: str, title: str) -> Page:
    """A roof layout: the roof face with the module grid, its dimensions and a legend."""
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    p.text(m, m, title, s.bold, 11)
    p.text(
        m,
        m + 14,
        tr(lg, "Roof layout - ", "Belegungsplan - ", "Calepinage - ") + site(c),
        s.font,
        8,
    )
    x0, y0, rw, rh = m + 30, m + 60, w - 2 * m - 60, (w - 2 * m - 60) * 0.55
    p.rect(x0, y0, rw, rh)
    p.line(x0, y0, x0 + rw / 2, y0 - 40)
    p.line(x0 + rw / 2, y0 - 40, x0 + rw, y0)
    cols = rng.choice([4, 5, 6])
    rows = max(1, -(-c.panels // cols))
    mw, mh = min(44.0, (rw - 40) / cols), min(70.0, (rh - 40) / rows)
    left = x0 + (rw - cols * mw) / 2
    top = y0 + (rh - rows * mh) / 2
    k = 0
    for r_ in range(rows):
        for c_ in range(cols):
            if k >= c.panels:
                break
            p.rect(left + c_ * mw + 1, top + r_ * mh + 1, mw - 2, mh - 2, fill=0.55)
            p.text(
                left + c_ * mw + mw / 2, top + r_ * mh + mh / 2 + 3, str(k + 1), s.font, 6, "center"
            )
            k += 1
    p.line(x0, y0 + rh + 16, x0 + rw, y0 + rh + 16)
    p.text(x0 + rw / 2, y0 + rh + 28, f"{rng.uniform(8, 12):.2f} m", s.font, 8, "center")
    p.line(x0 - 16, y0, x0 - 16, y0 + rh)
    p.text(x0 - 20, y0 + rh / 2, f"{rng.uniform(4.5, 6.5):.2f} m", s.font, 7, "right")
    y = y0 + rh + 56
    for lab, val in [
        (tr(lg, "Orientation", "Ausrichtung", "Orientation"), rng.choice(["S", "SSW", "SE", "SW"])),
        (tr(lg, "Pitch", "Dachneigung", "Inclinaison"), f"{rng.randint(25, 45)}°"),
        (tr(lg, "Modules", "Module", "Modules"), f"{c.panels} x 430 Wp = {money(kwp(c), lg)} kWp"),
        (tr(lg, "Strings", "Strings", "Chaînes"), f"{rng.randint(1, 2)}"),
        (
            tr(lg, "Roof covering", "Dacheindeckung", "Couverture"),
            rng.choice(
                tr(
                    lg,
                    "concrete tile|slate|clay tile",
                    "Betondachstein|Tonziegel|Schiefer",
                    "tuile mécanique|ardoise|tuile canal",
                ).split("|")
            ),
        ),
    ]:
        p.text(m, y, lab, s.font, 9)
        p.text(m + 130, y, val, s.font, 9)
        y += 14
    return p


def yield_page(rng: random.Random, s: Style, c: Client, lg: str) -> Page:
    """An estimate of monthly generation: a bar chart and the month table."""
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    p.text(
        m,
        m,
        tr(
            lg,
            "Performance estimate (MCS MIS 3002)",
            "Ertragsprognose",
            "Estimation de production annuelle",
        ),
        s.bold,
        12,
    )
    share = [0.03, 0.05, 0.08, 0.11, 0.13, 0.13, 0.13, 0.11, 0.09, 0.07, 0.04, 0.03]
    total = kwp(c) * rng.uniform(820, 1150) * (1.0 if lg == "en" else 1.08)
    months = [date_text(date(2025, k + 1, 1), lg, "long").split()[1][:3] for k in range(12)]
    x0, base, bw = m + 20, m + 230, (w - 2 * m - 40) / 12
    p.line(x0, base, x0 + 12 * bw, base)
    for k, sh in enumerate(share):
        hgt = 180 * sh / 0.13
        p.rect(x0 + k * bw + 4, base - hgt, bw - 8, hgt, fill=0.45)
        p.text(x0 + k * bw + bw / 2, base + 10, months[k], s.font, 7, "center")
    y = base + 36
    cl = columns(m, w - m, [(2, "left"), (2, "right"), (2, "right")])
    for k in range(12):
        p.text(cl[0][0], y, months[k], s.font, 8)
        p.text(cl[1][1], y, f"{total * share[k]:.0f} kWh", s.font, 8, "right")
        y += 11
    p.line(m, y - 6, w - m, y - 6)
    p.text(cl[0][0], y + 4, tr(lg, "Annual total", "Jahresertrag", "Total annuel"), s.bold, 8.5)
    p.text(cl[1][1], y + 4, f"{total:.0f} kWh", s.bold, 8.5, "right")
    y += 24
    for t in [
        prose(rng, lg, "solar", 1, 2),
        tr(
            lg,
            "The performance of solar PV systems is impossible to predict with certainty due to "
            "the variability in the amount of solar radiation from location to location and "
            "from year to year. This estimate is based upon the standard MCS procedure and is "
            "given as guidance only.",
            "Die Prognose beruht auf langjährigen Mittelwerten der Globalstrahlung und ist "
            "unverbindlich.",
            "Cette estimation est indicative et ne constitue pas un engagement de production.",
        ),
    ]:
        for ln in wrap(t, s.font, 7.5, w - 2 * m):
            p.text(m, y, ln, s.font, 7.5)
            y += 10
        y += 4
    return p


def acceptance(f: Sheets, s: Style, lg: str, no: str, total: str) -> None:
    w, _ = f.size
    m = s.margin
    f.need(120)
    f.y += 12
    slip_rule(f.page, m, w - m, f.y, tr(lg, "cut here", "hier abtrennen", "à découper"))
    f.y += 18
    f.page.text(
        m,
        f.y,
        tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
        s.bold,
        10,
    )
    f.y += 14
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            f"I/We accept quotation {no} for {total} and the terms and conditions overleaf.",
            f"Hiermit beauftrage ich Angebot {no} über {total} zu den beigefügten Bedingungen.",
            f"Je soussigné(e) accepte le devis {no} d'un montant de {total}, "
            "lu et approuvé, bon pour accord.",
        ),
        s.font,
        8.5,
    )
    for lab in [
        tr(lg, "Signature", "Unterschrift", "Signature"),
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Date", "Datum, Ort", "Date et lieu"),
    ]:
        f.y += 6
        f.page.text(m, f.y, lab, s.font, 8)
        f.page.line(m + 80, f.y + 2, m + 300, f.y + 2)
        f.y += 14


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's quotation: sometimes a cover sheet, the covering letter with the system
    design and the price schedule, for PV the roof layout and the yield estimate, now and then
    the terms page and an acceptance slip; all one document."""
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng)
    d = on(rng)
    no = quote_no(c, lg)
    what = (
        tr(lg, "an air source heat pump", "Luft/Wasser-Wärmepumpe", "pompe à chaleur air/eau")
        if has_hp(c)
        else tr(lg, "a solar PV system", "Photovoltaikanlage", "installation photovoltaïque")
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.3:
        cv = Page(s.page_size)
        heading(cv, s, h)
        title = tr(lg, "Your proposal", "Ihr persönliches Angebot", "Votre proposition")
        cv.text(w / 2, 220, title, s.bold, 24, "center")
        cv.text(
            w / 2,
            248,
            fit(what.removeprefix("an ").removeprefix("a ").capitalize(), s.font, 14, w - 2 * m),
            s.font,
            14,
            "center",
        )
        photo(cv, m + 40, 290, w - 2 * m - 80, 260, rng)
        y = 590
        for t in [mr(c, lg), site(c), f"{tr(lg, 'Reference', 'Angebot', 'Devis')} {no}", day(h, d)]:
            cv.text(w / 2, y, fit(t, s.font, 11, w - 2 * m), s.font, 11, "center")
            y += 16
        pages.append(cv)
        covers = 1
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        client_lines(c, lg),
        d,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), short(d + timedelta(30), lg)),
            (tr(lg, "Surveyor", "Berater", "Technicien"), staff(h, "surveyor")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Quotation for the supply and installation of {what}",
            f"Angebot Nr. {no} - Lieferung und Montage einer {what}",
            f"Devis n° {no} - fourniture et pose d'une {what}",
        ),
        1.5,
    )
    write(f, s, dear(lg, mr(c, lg)))
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, topic_of(c)))
    f.heading(m, tr(lg, "System design", "Anlagenkonzept", "Descriptif technique"), s.bold, 11)
    design: list[tuple[str, str]] = []
    if has_hp(c):
        loss = c.kw * rng.uniform(0.8, 0.98)
        design += [
            (tr(lg, "Design heat loss", "Heizlast", "Déperditions"), f"{loss:.2f} kW"),
            (
                tr(lg, "Design outdoor temperature", "Normaußentemperatur", "Température de base"),
                tr(lg, "-2.2 °C", "-12 °C", "-7 °C"),
            ),
            (
                tr(lg, "Design flow temperature", "Vorlauftemperatur", "Température de départ"),
                f"{rng.choice([40, 45, 45, 50, 55])} °C",
            ),
            (tr(lg, "Heat pump", "Wärmepumpe", "Pompe à chaleur"), hp_model(c)),
            (
                tr(lg, "Seasonal COP (SCOP)", "JAZ (berechnet)", "SCOP"),
                money(rng.uniform(3.1, 4.4), lg),
            ),
            (
                tr(lg, "Annual heat demand", "Jahreswärmebedarf", "Besoin annuel"),
                f"{rng.randint(7000, 21000):,} kWh".replace(",", "." if lg == "de" else ","),
            ),
        ]
    if has_pv(c):
        design += [
            (
                tr(lg, "Array size", "Anlagenleistung", "Puissance crête"),
                f"{money(kwp(c), lg)} kWp ({c.panels} x 430 Wp)",
            ),
            (
                tr(lg, "Orientation / pitch", "Ausrichtung / Neigung", "Orientation / inclinaison"),
                f"{rng.choice(['S', 'SSW', 'SE', 'SW'])} / {rng.randint(25, 45)}°",
            ),
            (tr(lg, "Shade factor", "Verschattung", "Ombrage"), f"{rng.choice([1, 0.95, 0.9])}"),
            (
                tr(
                    lg, "Estimated annual generation", "Prognose Jahresertrag", "Production estimée"
                ),
                f"{kwp(c) * rng.uniform(850, 1100):.0f} kWh",
            ),
        ]
    f.y = pairs(f.page, s, m, f.y, design, w * 0.75, s.size - 0.5) + 6
    items = job_items(rng, c, lg)
    f.heading(m, tr(lg, "Price schedule", "Leistungsverzeichnis", "Détail du devis"), s.bold, 11)
    cl = columns(
        m, w - m, [(0.6, "left"), (6, "left"), (0.8, "right"), (1.6, "right"), (1.6, "right")]
    )
    rows = []
    net = 0.0
    for k, (t, q, pr) in enumerate(items, 1):
        net += q * pr
        rows.append([str(k), t, f"{q:g}", money(pr, lg), money(q * pr, lg)])
    table(
        f,
        cl,
        [
            tr(lg, "Item", "Pos.", "Pos."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    rate = vat_rate(c, lg)
    gross = net * (1 + rate)
    grant = grant_amount(c, lg, net) if lg != "de" else 0.0
    sums = [
        (tr(lg, "Subtotal", "Summe netto", "Total HT"), cash(net, lg)),
        (vat_label(lg, rate), cash(net * rate, lg)),
        (tr(lg, "Total", "Gesamtbetrag brutto", "Total TTC"), cash(gross, lg)),
    ]
    if grant:
        sums.append(
            (
                tr(lg, "Less Boiler Upgrade Scheme grant", "", "Déduction MaPrimeRénov' (estim.)"),
                "-" + cash(grant, lg),
            )
        )
        sums.append((tr(lg, "Balance payable", "", "Reste à charge"), cash(gross - grant, lg)))
    f.need(len(sums) * 14 + 10)
    f.y = pairs(f.page, s, w * 0.5, f.y + 4, sums, w - m, s.size - 0.5) + 8
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Payment: 25% deposit on acceptance, 50% on delivery of materials, 25% on "
            "commissioning.",
            "Zahlungsplan: 30 % bei Auftragserteilung, 60 % nach Montage, 10 % nach "
            "Inbetriebnahme. Förderfähige Kosten gemäß BEG EM.",
            "Acompte de 30 % à la commande, solde à la réception des travaux.",
        ),
        s.font,
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "surveyor"),
        tr(lg, "Renewables Advisor", "Vertrieb / Technik", "Conseiller technique"),
    )
    if rng.random() < 0.35:
        acceptance(f, s, lg, no, cash(gross, lg))
    out = pages + f.pages
    if has_pv(c) and rng.random() < 0.6:
        out.append(roof_page(rng, s, c, lg, tr(lg, "Proposed array", "PV-Anlage", "Implantation")))
    if has_pv(c) and rng.random() < 0.5:
        out.append(yield_page(rng, s, c, lg))
    if rng.random() < 0.45:
        out.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg],
                rng.choice([2, 3]),
            )
        )
    note(c, d, no)
    return close(out, s, h, covers=covers)


def tpl_order_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's order confirmation: the scope in short, the installation week and the
    deposit asked for; now and then a page on preparing the home for the installation."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("quotation",))
    d = the_day(rng, ("quotation",), (6, 40))
    no = tr(lg, f"SO-{c.job}", f"AB-{c.job}", f"CDE-{c.job}")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        client_lines(c, lg),
        d,
        [
            (tr(lg, "Order no.", "Auftrags-Nr.", "Commande n°"), no),
            (
                tr(lg, "Your acceptance", "Ihr Auftrag vom", "Votre accord du"),
                short(d - timedelta(days=rng.randint(2, 9)), lg),
            ),
            (tr(lg, "Quotation", "Angebot", "Devis"), quote_no(c, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Order confirmation", "Auftragsbestätigung", "Confirmation de commande"),
        3,
        rule=rng.random() < 0.5,
    )
    write(f, s, dear(lg, mr(c, lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your order. We are pleased to confirm the installation at "
            f"{site(c)} as set out in our quotation {quote_no(c, lg)}.",
            "vielen Dank für Ihren Auftrag, den wir hiermit zu den Bedingungen unseres Angebots "
            f"{quote_no(c, lg)} bestätigen.",
            f"Nous vous remercions de votre commande, que nous confirmons aux conditions de notre "
            f"devis {quote_no(c, lg)}.",
        ),
    )
    items = job_items(rng, c, lg)
    net = sum(q * p for _, q, p in items)
    gross = net * (1 + vat_rate(c, lg))
    for t, q, _ in items[: rng.randint(3, 6)]:
        f.para(m + 14, w - 2 * m - 14, f"- {q:g} x {t}", s.font, s.size - 0.5, 0.2)
    f.y += 6
    start = d + timedelta(days=rng.randint(20, 70))
    wk = start.isocalendar()[1]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Planned installation", "Geplante Montage", "Intervention prévue"),
                    tr(
                        lg,
                        f"w/c {day(h, start - timedelta(days=start.weekday()))}",
                        f"KW {wk} / {start.year}",
                        f"semaine {wk}",
                    ),
                ),
                (
                    tr(lg, "Duration on site", "Dauer", "Durée"),
                    tr(
                        lg,
                        f"{rng.randint(2, 5)} days",
                        f"ca. {rng.randint(2, 5)} Arbeitstage",
                        f"{rng.randint(2, 4)} jours",
                    ),
                ),
                (tr(lg, "Order value", "Auftragssumme brutto", "Montant TTC"), cash(gross, lg)),
                (
                    tr(lg, "Deposit due now", "Anzahlung fällig", "Acompte à régler"),
                    cash(round(gross * (0.25 if lg == "en" else 0.3), 2), lg),
                ),
            ],
            w * 0.72,
            s.size - 0.5,
        )
        + 6
    )
    for _ in range(rng.randint(1, 2)):
        write(f, s, prose(rng, lg, "office", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "office"),
        tr(lg, "Office Manager", "Auftragsabwicklung", "Assistante de direction"),
    )
    if rng.random() < 0.25:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Preparing for your installation",
                "Vorbereitung der Montage",
                "Préparer l'intervention",
            ),
            2,
        )
        for _ in range(rng.randint(5, 9)):
            f.need(30)
            box(f.page, m, f.y, False, 9)
            f.para(m + 18, w - 2 * m - 18, words(rng, lg, topic_of(c)), s.font, s.size, 0.9)
    received(rng, f.pages[0], lg, d, 0.15)
    note(c, d, no)
    return close(f.pages, s, h)


def photo_sheet(
    rng: random.Random, s: Style, title: str, captions: list[str], per: int = 4
) -> list[Page]:
    """Photos two across with a caption under each, ``per`` to a page."""
    out = []
    w, hh = s.page_size
    m = s.margin
    pw = (w - 2 * m - 16) / 2
    ph = pw * 0.72 if per == 4 else pw * 0.55
    for k0 in range(0, len(captions), per):
        p = Page(s.page_size)
        p.text(m, m - 4, title, s.bold, 10)
        for j, cap in enumerate(captions[k0 : k0 + per]):
            x = m + (j % 2) * (pw + 16)
            y = m + 14 + (j // 2) * (ph + 34)
            if y + ph > hh - m:
                break
            photo(p, x, y, pw, ph, rng)
            p.text(x, y + ph + 12, fit(cap, s.font, 8, pw), s.font, 8)
        out.append(p)
    return out


def survey_photos(lg: str, c: Client) -> list[str]:
    opts = [
        tr(
            lg,
            "Proposed outdoor unit position",
            "Aufstellort Außeneinheit",
            "Emplacement unité extérieure",
        ),
        tr(lg, "Existing boiler and flue", "Bestandskessel mit Abgasanlage", "Chaudière existante"),
        tr(lg, "Consumer unit and meter", "Zählerschrank", "Tableau électrique et compteur"),
        tr(
            lg,
            "Airing cupboard - cylinder location",
            "Heizraum - Speicherstandort",
            "Emplacement ballon",
        ),
        tr(lg, "Front elevation", "Ansicht Straßenseite", "Façade principale"),
        tr(lg, "Rear elevation", "Ansicht Gartenseite", "Façade arrière"),
        tr(lg, "Loft - insulation depth", "Dachboden - Dämmung", "Combles - isolation"),
        tr(lg, "Radiator lounge", "Heizkörper Wohnzimmer", "Radiateur séjour"),
    ]
    if has_pv(c):
        opts += [
            tr(lg, "Roof - south face", "Dachfläche Süd", "Pan de toiture sud"),
            tr(lg, "Roof tiles close-up", "Dacheindeckung Detail", "Détail couverture"),
            tr(lg, "Inverter location (garage)", "WR-Standort Keller", "Emplacement onduleur"),
        ]
    return opts


def tpl_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's site survey report: a form over one or two pages (property, fabric,
    existing heating, electrics, outdoor unit or roof, notes by hand, signatures), then one or
    two photo sheets and now and then a floor plan sketch."""
    h = firm_head()
    lg = h.lang
    s = style_of(h, pt=9)
    w, hh = s.page_size
    m = s.margin
    c = the_client(rng)
    d = on(rng, -170, 0)
    surveyor = staff(h, "surveyor")
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "SITE SURVEY REPORT",
        "AUFNAHMEPROTOKOLL VOR-ORT-TERMIN",
        "COMPTE-RENDU DE VISITE TECHNIQUE",
    )
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'Job', 'Projekt', 'Dossier')} {c.job}", s.font, 9, "right")
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{c.first} {c.last}"),
            (tr(lg, "Date of visit", "Datum", "Date de visite"), short(d, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), site(c)),
            (tr(lg, "Surveyor", "Aufgenommen von", "Technicien"), surveyor),
            (tr(lg, "Property type", "Gebäude", "Type de logement"), c.home),
            (
                tr(lg, "Floor area (m2)", "Wohnfläche (m2)", "Surface (m2)"),
                str(rng.randint(70, 220)),
            ),
            (tr(lg, "Occupants", "Bewohner", "Occupants"), str(rng.randint(1, 5))),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), c.phone),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.7,
    )
    y = band(p, s, y, tr(lg, "1  Building fabric", "1  Gebäudehülle", "1  Bâti")) + 12
    for lab, opts in [
        (
            tr(lg, "Walls", "Außenwände", "Murs"),
            tr(
                lg,
                "Cavity filled|Cavity unfilled|Solid|Timber frame",
                "Mauerwerk ungedämmt|WDVS|Kerndämmung|Holzständer",
                "Parpaing isolé|Parpaing non isolé|Pierre|Ossature bois",
            ).split("|"),
        ),
        (
            tr(lg, "Windows", "Fenster", "Menuiseries"),
            tr(
                lg,
                "Double glazed|Triple|Single",
                "2-fach|3-fach|Einfach",
                "Double vitrage|Triple|Simple",
            ).split("|"),
        ),
        (
            tr(lg, "Floor", "Boden", "Plancher"),
            tr(
                lg,
                "Solid|Suspended timber|Insulated",
                "Bodenplatte|Keller unbeheizt|gedämmt",
                "Dalle|Vide sanitaire|Isolé",
            ).split("|"),
        ),
    ]:
        p.text(m, y, lab, s.bold, 8)
        y = ticks(p, s, m + 80, y, w - 2 * m - 80, opts, {rng.randrange(len(opts))}, 8, 2.4)
    p.text(
        m,
        y,
        tr(
            lg,
            "Loft insulation (mm):",
            "Dämmung oberste Geschossdecke (cm):",
            "Isolation combles (cm) :",
        ),
        s.font,
        8,
    )
    hand(p, m + 190, y, str(rng.choice([100, 150, 200, 270, 300]) // (1 if lg == "en" else 10)))
    y += 20
    y = (
        band(
            p, s, y, tr(lg, "2  Existing heating", "2  Bestehende Heizung", "2  Chauffage existant")
        )
        + 12
    )
    opts = tr(
        lg,
        "Gas boiler|Oil boiler|LPG|Storage heaters|None",
        "Gas|Öl|Flüssiggas|Nachtspeicher|Keine",
        "Chaudière gaz|Fioul|Propane|Convecteurs|Aucun",
    ).split("|")
    y = ticks(p, s, m, y, w - 2 * m, opts, {rng.choice([0, 0, 1, 1, 2])}, 8, 2.4)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Make / age", "Fabrikat / Baujahr", "Marque / année"),
                f"{rng.choice(['Worcester', 'Vaillant', 'Viessmann', 'Buderus', 'De Dietrich'])}"
                f" {rng.randint(1994, 2012)}",
            ),
            (
                tr(lg, "Radiators (no.)", "Heizkörper (Anz.)", "Radiateurs (nb)"),
                str(rng.randint(6, 16)),
            ),
            (
                tr(lg, "Pipe size", "Rohrdimension", "Diamètre"),
                rng.choice(
                    tr(
                        lg,
                        "15 mm|22 mm|microbore 10 mm",
                        "Cu 18|Cu 22|Stahl 3/4",
                        "cuivre 16|cuivre 22|acier 20/27",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Annual fuel use", "Verbrauch / Jahr", "Consommation annuelle"),
                tr(
                    lg,
                    f"{rng.randint(9, 24)},000 kWh gas",
                    f"{rng.randint(1200, 3200)} l Öl",
                    f"{rng.randint(1100, 2600)} L fioul",
                ),
            ),
        ],
        per=4,
        tall=24,
    )
    f = Sheets((w, hh), hh - m, lambda pg, n: m - 4)
    f.pages = [p]
    f.page = p
    f.y = y
    if f.y > hh - 300 or rng.random() < 0.6:
        f.new_page()
        f.page.text(m, f.y, f"{title} - {c.first} {c.last} - {c.job}", s.font, 7.5)
        f.y += 16
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "3  Electrical supply", "3  Elektroinstallation", "3  Alimentation électrique"),
        )
        + 12
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Main fuse (A)", "Hauptsicherung (A)", "Disjoncteur (A)"),
                str(rng.choice([60, 80, 100, 35, 63])),
            ),
            (
                tr(lg, "Phases", "Anschluss", "Type"),
                rng.choice(tr(lg, "1ph|3ph", "1~|3~", "mono|tri").split("|")),
            ),
            (tr(lg, "Earthing", "Netzform", "Régime"), rng.choice(["TN-C-S", "TT", "TN-S"])),
            (tr(lg, "Meter ref.", "Zählpunkt", "PDL"), c.meter),
        ],
        per=4,
        tall=24,
    )
    if has_pv(c):
        lab = tr(lg, "4  Roof", "4  Dach", "4  Toiture")
        items = [
            (
                tr(lg, "Orientation", "Ausrichtung", "Orientation"),
                rng.choice(["S", "SW", "SE", tr(lg, "E/W", "O/W", "E/O")]),
            ),
            (tr(lg, "Pitch", "Neigung", "Pente"), f"{rng.randint(22, 48)}°"),
            (
                tr(lg, "Covering", "Eindeckung", "Couverture"),
                rng.choice(
                    tr(
                        lg,
                        "conc. tile|slate|clay tile",
                        "Ziegel|Betonstein|Schiefer",
                        "tuiles méca|ardoise|tuiles canal",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Shading", "Verschattung", "Ombrage"),
                rng.choice(
                    tr(
                        lg,
                        "none|tree SW|chimney|-",
                        "keine|Baum SW|Gaube|-",
                        "aucun|arbre SO|cheminée|-",
                    ).split("|")
                ),
            ),
        ]
    else:
        lab = tr(lg, "4  Outdoor unit", "4  Außeneinheit", "4  Unité extérieure")
        items = [
            (
                tr(lg, "Location", "Standort", "Emplacement"),
                rng.choice(
                    tr(
                        lg,
                        "rear garden|side passage|front drive",
                        "Garten|Hauswand Nord|Carport",
                        "jardin|pignon|terrasse",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Distance to boundary", "Abstand Grenze", "Distance limite"),
                f"{rng.uniform(1, 6):.1f} m",
            ),
            (
                tr(lg, "Base", "Fundament", "Support"),
                rng.choice(
                    tr(
                        lg,
                        "slab|wall brackets|ground frame",
                        "Streifenfundament|Wandkonsole|Bodenkonsole",
                        "dalle béton|support mural|plots",
                    ).split("|")
                ),
            ),
            (tr(lg, "Pipe run", "Leitungslänge", "Longueur liaison"), f"{rng.randint(3, 18)} m"),
        ]
    f.y = band(f.page, s, f.y, lab) + 12
    f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=4, tall=24)
    f.y = band(f.page, s, f.y, tr(lg, "5  Notes", "5  Bemerkungen", "5  Observations")) + 16
    for _ in range(rng.randint(4, 9)):
        if f.y > hh - m - 90:
            break
        if rng.random() < 0.75:
            hand(
                f.page,
                m + 4,
                f.y,
                fit(words(rng, lg, topic_of(c), rng.randint(5, 9)), HAND, 9.5, w - 2 * m - 8),
            )
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 17
    f.y += 18
    f.page.text(m, f.y, tr(lg, "Surveyor", "Berater", "Technicien"), s.font, 8)
    sign(f.page, m + 60, f.y, surveyor)
    f.page.text(w / 2, f.y, tr(lg, "Customer", "Kunde", "Client"), s.font, 8)
    if rng.random() < 0.7:
        sign(f.page, w / 2 + 50, f.y, f"{c.first} {c.last}")
    pages = f.pages
    caps = rng.sample(survey_photos(lg, c), rng.choice([2, 4, 4, 6]))
    pages += photo_sheet(
        rng,
        s,
        tr(lg, "Photographs", "Fotodokumentation", "Photos") + f" - {c.job}",
        [f"{k + 1}. {t}" for k, t in enumerate(caps)],
        rng.choice([4, 6]),
    )
    if rng.random() < 0.25:
        pages.append(plan_sketch(rng, s, lg))
    note(c, d, c.job)
    return close(pages, s, h, numbers=rng.choice(["none", h.numbers, "{i}/{n}"]))


def plan_sketch(rng: random.Random, s: Style, lg: str) -> Page:
    """A floor plan sketched by hand on squared paper: rooms, radiators, the outdoor unit."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    for x in range(int(m), int(w - m), 14):
        p.line(x, m, x, hh - m)
    for y in range(int(m), int(hh - m), 14):
        p.line(m, y, w - m, y)
    rooms = tr(
        lg,
        "Lounge|Kitchen|Dining|Hall|Bed 1|Bed 2|Bath|Utility",
        "Wohnen|Küche|Essen|Flur|Schlafen|Kind|Bad|HWR",
        "Séjour|Cuisine|Salle à manger|Entrée|Chambre 1|Chambre 2|SdB|Cellier",
    ).split("|")
    x0, y0 = m + 40, m + 60
    cw, ch = (w - 2 * m - 80) / 3, 150
    for k in range(6):
        x, y = x0 + (k % 3) * cw, y0 + (k // 3) * ch
        p.rect(x, y, cw, ch)
        hand(p, x + 10, y + 20, rooms[k], 10)
        hand(p, x + 10, y + 36, f"{rng.uniform(2.5, 5.5):.1f} x {rng.uniform(2.5, 4.5):.1f}", 8)
        p.rect(x + cw / 2 - 20, y + ch - 8, 40, 5, fill=0.2)
    p.rect(x0 + 3 * cw + 6, y0 + 40, 24, 40, fill=0.4)
    hand(p, x0 + 3 * cw - 20, y0 + 96, tr(lg, "ODU", "WP", "PAC"), 10)
    hand(
        p,
        m + 10,
        y0 + 2 * ch + 40,
        tr(lg, "N ^  not to scale", "N ^  ohne Maßstab", "N ^  sans échelle"),
        10,
    )
    return p


def tpl_heat_loss(rng: random.Random, who: Issuer) -> list[Page]:
    """A room-by-room heat-loss calculation as design software prints it (from the installer
    or a design consultant): the summary page, the room schedule, the U-values and the emitter
    schedule, numbered 'Page i of n'; portrait or landscape."""
    by_consultant = rng.random() < 0.4
    h = head_of(who, "consultant") if by_consultant else firm_head()
    lg = h.lang
    land = rng.random() < 0.35
    s = style_of(h, landscape(A4) if land else A4, margin=40 if land else 0, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("survey_report",), "hp")
    d = the_day(rng, ("survey_report",), (3, 21))
    soft = rng.choice(
        [
            "HeatEngineer 3.2",
            "Heatpunk",
            "Dimplex EDGE",
            "Hottgenroth ETU",
            "Clima-Win 12",
            "Perrenoud U22",
        ]
    )
    title = tr(
        lg,
        "Room-by-room heat loss calculation (BS EN 12831)",
        "Raumweise Heizlastberechnung nach DIN EN 12831-1",
        "Calcul des déperditions pièce par pièce (NF EN 12831)",
    )
    f = sheets(s, h, f"{title} - {c.last} - {c.job}")
    caption(f, s, title, 2)
    t_out = {"en": -2.2, "de": -12.0, "fr": -7.0}[lg] + rng.choice([0, -1, 1])
    rooms = tr(
        lg,
        "Lounge|Kitchen|Dining room|Hall|Landing|Bedroom 1|Bedroom 2|Bedroom 3|Bathroom|"
        "En-suite|Utility|Study|WC|Conservatory",
        "Wohnzimmer|Küche|Esszimmer|Diele|Flur OG|Schlafzimmer|Kind 1|Kind 2|Bad|Gäste-WC|"
        "HWR|Arbeitszimmer|Hobbyraum|Wintergarten",
        "Séjour|Cuisine|Salle à manger|Entrée|Dégagement|Chambre 1|Chambre 2|Chambre 3|"
        "Salle de bains|Salle d'eau|Cellier|Bureau|WC|Véranda",
    ).split("|")
    chosen = rooms[: rng.randint(6, len(rooms))]
    raw = []
    for r_name in chosen:
        a = rng.uniform(3, 28)
        raw.append((r_name, a, a * rng.uniform(25, 60), a * rng.uniform(8, 22)))
    # The rooms add up to a little under the heat pump's output.
    scale = c.kw * 1000 * rng.uniform(0.82, 0.98) / sum(f + v for _, _, f, v in raw)
    rows = []
    total = 0.0
    area_sum = 0.0
    for r_name, a, fab0, ven0 in raw:
        ti = 22 if r_name in rooms[8:10] else (18 if r_name in rooms[3:5] else 21)
        fab, ven = fab0 * scale, ven0 * scale
        tot = fab + ven
        total += tot
        area_sum += a
        rows.append(
            [
                r_name,
                f"{ti}",
                money(a, lg),
                money(a * 2.4, lg),
                f"{fab:.0f}",
                f"{ven:.0f}",
                f"{tot:.0f}",
                f"{tot / a:.0f}",
            ]
        )
    summary = [
        (tr(lg, "Customer", "Bauherr", "Client"), f"{mr(c, lg)}, {site(c)}"),
        (tr(lg, "Property", "Gebäude", "Logement"), c.home),
        (
            tr(
                lg,
                "Design outdoor temperature",
                "Norm-Außentemperatur",
                "Température extérieure de base",
            ),
            f"{money(t_out, lg)} °C",
        ),
        (
            tr(lg, "Air changes / ventilation", "Luftwechsel", "Renouvellement d'air"),
            f"{money(rng.uniform(0.5, 1.5), lg)} 1/h",
        ),
        (
            tr(lg, "Total floor area", "Beheizte Fläche", "Surface chauffée"),
            f"{money(area_sum, lg)} m2",
        ),
        (
            tr(lg, "Total design heat loss", "Norm-Heizlast Gebäude", "Déperditions totales"),
            f"{total / 1000:.2f} kW".replace(".", "," if lg != "en" else "."),
        ),
        (
            tr(lg, "Specific heat loss", "Spezifische Heizlast", "Déperditions spécifiques"),
            f"{total / area_sum:.0f} W/m2",
        ),
        (tr(lg, "Calculated by", "Bearbeiter", "Établi par"), staff(h, "design")),
        (tr(lg, "Date", "Datum", "Date"), day(h, d)),
    ]
    f.y = pairs(f.page, s, m, f.y + 4, summary, min(w - m, m + 420), 9) + 10
    f.page.rect(m, f.y - 4, min(w - 2 * m, 420), 28)
    f.page.text(
        m + 8,
        f.y + 13,
        tr(lg, "Heat pump selected", "Gewählte Wärmepumpe", "PAC retenue") + f": {hp_model(c)}",
        s.bold,
        9,
    )
    f.y += 44
    if not land or rng.random() < 0.5:
        f.new_page()
    f.heading(m, tr(lg, "Room schedule", "Raumliste", "Détail par pièce"), s.bold, 10)
    cl = columns(
        m,
        w - m,
        [
            (3, "left"),
            (1, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.3, "right"),
            (1.3, "right"),
            (1.3, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cl,
        [
            tr(lg, "Room", "Raum", "Pièce"),
            "°C",
            "m2",
            "m3",
            tr(lg, "Fabric W", "Transm. W", "Parois W"),
            tr(lg, "Vent. W", "Lüftung W", "Air W"),
            tr(lg, "Total W", "Heizlast W", "Total W"),
            "W/m2",
        ],
        rows,
        s,
        size=8,
        shade=0.88,
        rules=True,
    )
    f.y += 6
    f.page.text(cl[6][1], f.y, f"{total:.0f}", s.bold, 8.5, "right")
    f.y += 18
    f.heading(
        m, tr(lg, "Building elements", "Bauteile (U-Werte)", "Parois (coefficients U)"), s.bold, 10
    )
    elems = tr(
        lg,
        "External wall - cavity, filled|External wall - solid brick|Pitched roof, 200 mm|"
        "Ground floor - solid|Window - double glazed|External door",
        "Außenwand 36,5 Bims|Außenwand mit WDVS 12 cm|Dach Zwischensparren|"
        "Bodenplatte gegen Erdreich|Fenster 2-fach Iso|Haustür",
        "Mur parpaing + doublage 10 cm|Mur pierre|Plafond combles 30 cm|Plancher bas|"
        "Fenêtre double vitrage|Porte d'entrée",
    ).split("|")
    cl2 = columns(m, w - m, [(5, "left"), (1.5, "right"), (1.5, "right")])
    table(
        f,
        cl2,
        [
            tr(lg, "Element", "Bauteil", "Paroi"),
            "U W/m2K",
            tr(lg, "Area m2", "Fläche m2", "Surface m2"),
        ],
        [[e, money(rng.uniform(0.15, 2.8), lg), money(rng.uniform(2, 90), lg)] for e in elems],
        s,
        size=8,
    )
    if rng.random() < 0.7:
        f.y += 10
        f.heading(m, tr(lg, "Emitter schedule", "Heizflächenauslegung", "Émetteurs"), s.bold, 10)
        cl3 = columns(
            m, w - m, [(3, "left"), (2.6, "left"), (1.6, "left"), (1.3, "right"), (1.4, "right")]
        )
        acts = tr(
            lg,
            "keep|replace|upsize|add",
            "bleibt|tauschen|vergrößern|neu",
            "conservé|remplacer|agrandir|ajouter",
        ).split("|")
        erows = []
        for r in rows:
            need = int(r[6])
            erows.append(
                [
                    r[0],
                    rng.choice(
                        tr(
                            lg,
                            "K2 600x1000|K1 600x800|K2 450x1400|UFH|towel rail",
                            "Typ 22 600x1000|Typ 11 600x800|FBH|Badheizkörper|Typ 33 500x1200",
                            "Acier T22 600x1000|Fonte 8 él.|Plancher chauffant|Sèche-serviettes",
                        ).split("|")
                    ),
                    rng.choice(acts),
                    r[6],
                    f"{need * rng.uniform(0.7, 1.3):.0f}",
                ]
            )
        table(
            f,
            cl3,
            [
                tr(lg, "Room", "Raum", "Pièce"),
                tr(lg, "Emitter", "Heizkörper", "Émetteur"),
                tr(lg, "Action", "Maßnahme", "Action"),
                tr(lg, "Need W", "Bedarf W", "Besoin W"),
                tr(lg, "@45°C W", "bei 45/35 W", "à 45 °C W"),
            ],
            erows,
            s,
            size=8,
            rules=rng.random() < 0.5,
        )
    for pg in f.pages:
        pg.text(m, 12, f"{soft} - {c.job} - {short(d, lg)}", s.font, 6)
    note(c, d, c.job)
    nos = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    return close(f.pages, s, h, numbers=rng.choice([nos, nos, "{i}/{n}"]))


# ---------------------------------------------------------------------------------------------
# Templates LL: network operator and grant papers
# ---------------------------------------------------------------------------------------------


def form_head(p: Page, s: Style, org: str, code: str, title: str, sub: str = "") -> float:
    """The top of a printed form: the issuing body, the form code, the title over a heavy
    rule; the y below."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0)
    p.text(m, y, fit(org, s.bold, 8.5, w * 0.62 - m), s.bold, 8.5)
    p.text(w - m, y, code, s.font, 7, "right")
    y += 22
    for ln in wrap(title, s.bold, 12.5, w - 2 * m)[:3]:
        p.text(m, y, ln, s.bold, 12.5)
        y += 15
    if sub:
        p.text(m, y, fit(sub, s.font, 8, w - 2 * m), s.font, 8)
        y += 10
    p.rect(m, y - 2, w - 2 * m, 2.5, fill=0.0)
    return y + 16


def sld_page(rng: random.Random, s: Style, c: Client, lg: str, top: str) -> Page:
    """A single-line diagram: the chain from the array (or the heat pump) through isolators,
    the inverter, meters and the consumer unit to the operator's cut-out."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.text(m, m, top, s.bold, 11)
    p.text(
        m,
        m + 13,
        tr(lg, "Single line diagram", "Übersichtsschaltplan", "Schéma unifilaire")
        + f" - {site(c)}",
        s.font,
        8,
    )
    chain: list[str] = []
    if has_pv(c):
        chain += [
            tr(
                lg,
                f"PV array {money(kwp(c), lg)} kWp",
                f"PV-Generator {money(kwp(c), lg)} kWp",
                f"Champ PV {money(kwp(c), lg)} kWc",
            ),
            tr(lg, "DC isolator", "DC-Trennschalter", "Sectionneur DC"),
            tr(lg, "Inverter", "Wechselrichter", "Onduleur"),
            tr(lg, "AC isolator", "AC-Trennstelle", "Coupure AC"),
            tr(lg, "Generation meter", "Erzeugungszähler", "Compteur de production"),
        ]
    if has_hp(c):
        chain += [
            tr(lg, f"Heat pump {c.kw:g} kW", f"Wärmepumpe {c.kw:g} kW", f"PAC {c.kw:g} kW"),
            tr(lg, "Rotary isolator", "Reparaturschalter", "Interrupteur de proximité"),
            tr(lg, "MCB 32 A type C", "LS C32 + RCD 30 mA", "Disjoncteur 32 A + DDR"),
        ]
    chain += [
        tr(lg, "Consumer unit", "Zählerschrank / Verteiler", "Tableau de répartition"),
        tr(lg, "Smart meter (import/export)", "Zweirichtungszähler", "Compteur Linky"),
        tr(lg, "DNO cut-out 100 A", "Hausanschlusskasten NH 63 A", "Disjoncteur de branchement"),
    ]
    bw, bh = 170.0, 26.0
    x = w / 2 - bw / 2
    y = m + 50
    gap = min(28.0, (hh - 2 * m - 120 - len(chain) * bh) / max(1, len(chain) - 1))
    for k, t in enumerate(chain):
        p.rect(x, y, bw, bh)
        p.text(x + bw / 2, y + 16, fit(t, s.font, 8, bw - 8), s.font, 8, "center")
        if k < len(chain) - 1:
            p.line(w / 2, y + bh, w / 2, y + bh + gap)
        if "battery" not in t and k == 2 and c.system == "pvb":
            p.line(x + bw, y + bh / 2, x + bw + 50, y + bh / 2)
            p.rect(x + bw + 50, y, 110, bh)
            p.text(
                x + bw + 105,
                y + 16,
                tr(lg, "Battery", "Batteriespeicher", "Batterie"),
                s.font,
                8,
                "center",
            )
        y += bh + gap
    p.text(
        m,
        hh - m - 10,
        tr(lg, "Drawn by", "Erstellt", "Établi par") + ": " + staff(firm_head(), "electrician"),
        s.font,
        7,
    )
    return p


def tpl_grid_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The connection application the installer sends the network operator, on the operator's
    form (ENA G98 / G99 or the heat pump form; Anmeldung zum Netzanschluss with the Datenblatt
    or the § 14a notification; demande de raccordement): the sections filled in, the
    declaration signed, often the single-line diagram behind."""
    op = head_of(who, "dno")
    firm = firm_head()
    lg = home()
    face = ("Helvetica", "Helvetica-Bold") if rng.random() < 0.7 else ("Times-Roman", "Times-Bold")
    s = Style(face[0], face[1], 8.5, 44, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin
    c = the_client(rng)
    d = on(rng)
    pv = has_pv(c)
    if lg == "en":
        if pv and kwp(c) <= 3.68:
            code, title = (
                "ENA ERG98 Form A - Issue 1 Amd 7",
                (
                    "Installation Document for connection of Micro-generators under Engineering "
                    "Recommendation G98"
                ),
            )
        elif pv:
            code, title = (
                "ENA ERG99 Form A.1-1 - Issue 1 Amd 9",
                ("Application for connection of Power Generating Modules up to 50 kW (G99)"),
            )
        else:
            code, title = (
                "ENA HP/EV Form v3.1",
                ("Heat pump and electric vehicle charge point application (Connect Direct)"),
            )
    elif lg == "de":
        code = "VDE-AR-N 4105 Anhang E.1 / E.8"
        title = (
            "Antragstellung / Anmeldung zum Netzanschluss (Strom) - Datenblatt für "
            "Erzeugungsanlagen und Speicher"
            if pv
            else "Anmeldung einer steuerbaren Verbrauchseinrichtung nach § 14a EnWG (Wärmepumpe)"
        )
    else:
        code = "Enedis-FOR-RAC_02E - V.7"
        title = (
            "Demande de raccordement d'une installation de production de puissance inférieure ou "
            "égale à 36 kVA"
            if pv
            else "Demande de modification de raccordement - augmentation de puissance (PAC)"
        )
    inked = rng.random() < 0.45
    p = Page(A4)
    y = form_head(p, s, op.name, code, title)
    pages = [p]
    secs = [
        (
            tr(
                lg,
                "1  Customer / site",
                "1  Anschlussnehmer / Anlagenanschrift",
                "1  Demandeur / adresse du site",
            ),
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), f"{c.first} {c.last}"),
                (tr(lg, "MPAN", "Zählpunktbezeichnung", "N° PDL"), c.meter),
                (tr(lg, "Installation address", "Anschrift", "Adresse"), site(c)),
                (
                    tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Tél. / courriel"),
                    f"{c.phone}  {c.email}",
                ),
            ],
        ),
        (
            tr(lg, "2  Installer", "2  Installateur (eingetragen)", "2  Installateur"),
            [
                (tr(lg, "Company", "Firma", "Société"), firm.name),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(firm, "electrician")),
                (
                    tr(
                        lg,
                        "Accreditation no.",
                        "Eintragungs-Nr. Installateurverzeichnis",
                        "Qualification",
                    ),
                    serial(keyed(who, "acc"), "AAA-99999"),
                ),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), firm.phone),
            ],
        ),
    ]
    for title_, cells in secs:
        y = band(p, s, y, title_) + 8
        y = fields(p, s, m, y, w - 2 * m, cells, per=2, tall=26, hand=inked)
    y = band(p, s, y, tr(lg, "3  Connection", "3  Netzanschluss", "3  Raccordement")) + 14
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Single phase|Three phase|Export limited|G100 scheme",
            "einphasig|dreiphasig|Einspeisebegrenzung 60 %|Volleinspeisung|Überschusseinspeisung",
            "Monophasé|Triphasé|Autoconsommation avec vente du surplus|Vente totale",
        ).split("|"),
        {rng.randint(0, 1), rng.randint(2, 3)},
        8,
        2.6,
    )
    y = (
        band(p, s, y, tr(lg, "4  Equipment", "4  Erzeugungseinheiten / Geräte", "4  Matériels"))
        + 14
    )
    cl = columns(
        m, w - m, [(2.5, "left"), (2.5, "left"), (1.5, "left"), (1, "right"), (0.8, "right")]
    )
    heads = [
        tr(lg, "Manufacturer", "Hersteller", "Fabricant"),
        tr(lg, "Model", "Typ", "Modèle"),
        tr(lg, "Type test ref.", "Zertifikat", "Certificat"),
        "kW",
        tr(lg, "Qty", "Anz.", "Qté"),
    ]
    for col, t in zip(cl, heads, strict=True):
        p.text(
            col[0] if col[2] == "left" else col[1],
            y,
            t,
            s.bold,
            7.5,
            "left" if col[2] == "left" else "right",
        )
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    equip = []
    if pv:
        equip += [
            ("Sonnenstrom Systemtechnik", "SST 5.0 Hybrid", serial(rng, "ZE-9999-99"), "5.0", "1"),
            ("Brightwell Solar", "BW-430", "IEC 61215", "0.43", str(c.panels)),
        ]
        if c.system == "pvb":
            equip.append(
                (
                    "Sonnenstrom Systemtechnik",
                    "SST Speicher 7.7",
                    serial(rng, "ZE-9999"),
                    "3.7",
                    "1",
                )
            )
    if has_hp(c):
        equip.append(
            (
                MAKERS[0][0] if "AirTherm" in hp_model(c) else MAKERS[2][0],
                hp_model(c).split(" ", 1)[1],
                serial(rng, "HP99999"),
                f"{c.kw * 0.35:.1f}",
                "1",
            )
        )
    for row in equip:
        for col, t in zip(cl, row, strict=True):
            font = HAND if inked else s.font
            p.text(
                col[0] if col[2] == "left" else col[1],
                y,
                fit(t, font, 8, col[1] - col[0] - 4),
                font,
                8,
                "left" if col[2] == "left" else "right",
            )
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 12
    decl_page = p
    if y > hh - 220 or rng.random() < 0.5:
        decl_page = Page(A4)
        pages.append(decl_page)
        y = m
    y = band(decl_page, s, y, tr(lg, "5  Declaration", "5  Erklärung", "5  Engagement")) + 14
    for ln in wrap(
        tr(
            lg,
            "I confirm that the information given is correct and that the installation complies "
            "with the relevant Engineering Recommendation and BS 7671.",
            "Der Anlagenerrichter bestätigt, dass die Anlage nach VDE-AR-N 4105 und den "
            "Technischen Anschlussbedingungen des Netzbetreibers errichtet wird.",
            "Je certifie l'exactitude des renseignements ci-dessus et m'engage à respecter les "
            "prescriptions de la norme NF C 15-100 et de la documentation technique Enedis.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        decl_page.text(m, y, ln, s.font, 8)
        y += 11
    y += 18
    for lab, name in [
        (tr(lg, "Installer", "Anlagenerrichter", "Installateur"), staff(firm, "electrician")),
        (tr(lg, "Customer", "Anschlussnehmer", "Demandeur"), f"{c.first} {c.last}"),
    ]:
        decl_page.text(m, y, lab, s.font, 8)
        sign(decl_page, m + 90, y, name)
        decl_page.text(m + 260, y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
        hand(decl_page, m + 300, y, short(d, lg))
        decl_page.line(m + 85, y + 3, m + 240, y + 3)
        y += 30
    if rng.random() < 0.65:
        pages.append(sld_page(rng, s, c, lg, firm.name))
    for pg in pages:
        pg.text(m, hh - 20, f"{code} - {op.name}", s.font, 6)
    note(c, d, c.meter)
    nos = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    number = rng.choice([nos, nos, "none"])
    foot_and_number(pages, s, [], number, "br")
    return pages


def tpl_grid_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The network operator's answer to a connection application: acceptance with the export
    limit and numbered conditions, sometimes a conditions page and an acceptance slip to return;
    a document of its own."""
    h = head_of(who, "dno")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("grid_application",))
    d = the_day(rng, ("grid_application",), (8, 45))
    ref = serial(rng, tr(lg, "GEN-999999", "NVP-2099-99999", "DR-9999-99999"))
    f = sheets(s, h, f"{h.name} - {ref}")
    to_firm = rng.random() < 0.6
    recipient(
        f,
        s,
        h,
        firm_lines(
            lg, tr(lg, "FAO ", "z. Hd. ", "À l'att. de ") + staff(firm_head(), "electrician")
        )
        if to_firm
        else client_lines(c, lg),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), ref),
            (tr(lg, "MPAN", "Zählpunkt", "PDL"), c.meter),
        ],
    )
    pv = has_pv(c)
    subj = tr(
        lg,
        f"Connection of generation at {site(c)}" if pv else f"Heat pump connection at {site(c)}",
        f"Netzverträglichkeitsprüfung - Anlage {site(c)}",
        f"Votre demande de raccordement - {site(c)}",
    )
    caption(f, s, subj, 1)
    write(f, s, dear(lg, None if to_firm else mr(c, lg)))
    lim = rng.choice([3.68, 5.0, 7.36, 10.0])
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your application. We are pleased to confirm that the proposed "
            f"installation may be connected, subject to an export limit of {lim:g} kW and the "
            "conditions below.",
            "die Prüfung Ihres Antrags hat ergeben, dass die Anlage an der oben genannten "
            "Anschlussstelle ohne Netzausbau angeschlossen werden kann (Einspeisezusage). Es "
            "gelten die folgenden Bedingungen.",
            f"Nous avons bien reçu votre demande. Nous vous informons que le raccordement est "
            f"accepté pour une puissance d'injection de {money(lim, lg)} kVA, sous réserve des "
            "conditions suivantes.",
        ),
    )
    for k in range(rng.randint(3, 6)):
        f.para(
            m + 16,
            w - 2 * m - 16,
            f"{k + 1}. " + words(rng, lg, "solar"),
            s.font,
            s.size - 0.5,
            0.4,
        )
    f.y += 6
    write(f, s, prose(rng, lg, "office", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "dno"),
        tr(lg, "Connections Engineer", "Netzanschlussplanung", "Chargé de raccordement"),
    )
    if rng.random() < 0.3:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Conditions of connection",
                "Technische Bedingungen",
                "Conditions techniques de raccordement",
            ),
            1,
        )
        for k in range(rng.randint(6, 12)):
            f.para(m, w - 2 * m, f"{k + 1}. " + prose(rng, lg, "solar", 1, 2), s.font, s.size - 1)
    if rng.random() < 0.3:
        f.need(120)
        f.y += 10
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(lg, "return this part", "bitte zurücksenden", "coupon à retourner"),
        )
        f.y += 20
        f.page.text(
            m,
            f.y,
            tr(lg, "ACCEPTANCE OF OFFER", "BESTÄTIGUNG", "ACCEPTATION DE LA PROPOSITION"),
            s.bold,
            9.5,
        )
        f.y += 14
        f.page.text(m, f.y, f"{ref} - {site(c)}", s.font, 8.5)
        f.y += 22
        for lab in (
            tr(lg, "Signed", "Unterschrift", "Bon pour accord"),
            tr(lg, "Date", "Datum", "Date"),
        ):
            f.page.text(m, f.y, lab, s.font, 8)
            f.page.line(m + 90, f.y + 2, m + 280, f.y + 2)
            f.y += 18
    received(rng, f.pages[0], lg, d)
    note(c, d, ref)
    return close(f.pages, s, h)


def tpl_grant_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A grant application on the grant body's form (Boiler Upgrade Scheme, KfW / BAFA
    Heizungsförderung, MaPrimeRénov'), filled in and signed, often with the installer's
    covering letter in front and the customer's declaration behind: one document."""
    g = head_of(who, "grant")
    firm = firm_head()
    lg = home()
    c = the_client(rng, (), "hp")
    d = on(rng)
    pages: list[Page] = []
    if rng.random() < 0.4:
        s0 = style_of(firm)
        f = sheets(s0, firm)
        recipient(
            f,
            s0,
            firm,
            [g.name, g.street, g.town],
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), c.job)],
        )
        caption(
            f,
            s0,
            tr(
                lg,
                f"Grant application - {site(c)}",
                f"Förderantrag - {mr(c, lg)}, {site(c)}",
                f"Dossier de demande d'aide - {site(c)}",
            ),
            1,
        )
        write(f, s0, dear(lg, None))
        write(f, s0, prose(rng, lg, "heat", 2, 3))
        regards(
            f,
            s0,
            lg,
            staff(firm, "office"),
            tr(lg, "Grants Administrator", "Fördermittelservice", "Service dossiers"),
        )
        pages += close(f.pages, s0, firm, numbers="none")
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 44, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin
    if lg == "en":
        code, title = "BUS-APP v4", "Boiler Upgrade Scheme - Voucher application (installer copy)"
    elif lg == "de":
        code, title = (
            "KfW 458 - Formular 600 000 5079",
            "Antrag Heizungsförderung für Privatpersonen - Wohngebäude (458) - Zusammenfassung",
        )
    else:
        code, title = "MPR-DEM-2025", "MaPrimeRénov' - Récapitulatif de la demande de prime"
    p = Page(A4)
    sub = (
        tr(lg, "Submitted", "Eingereicht am", "Déposée le")
        + f" {short(d, lg)} - "
        + tr(lg, "Application ref ", "Antragsnummer ", "Dossier ")
        + serial(rng, tr(lg, "BUS9999999", "99999999", "MPR-9999-999999"))
    )
    y = form_head(p, s, g.name, code, title, sub)
    inked = rng.random() < 0.35
    price = sum(q * pr for _, q, pr in job_items(rng, c, lg)) * (1 + vat_rate(c, lg))
    secs = [
        (
            tr(lg, "A  Property owner", "A  Antragsteller/in", "A  Demandeur"),
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), f"{c.last}, {c.first}"),
                (tr(lg, "Address", "Anschrift", "Adresse"), site(c)),
                (tr(lg, "E-mail", "E-Mail", "Courriel"), c.email),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), c.phone),
            ],
        ),
        (
            tr(lg, "B  Property", "B  Wohngebäude", "B  Logement"),
            [
                (
                    tr(lg, "EPC reference", "Baujahr / Wohneinheiten", "Année de construction"),
                    tr(
                        lg,
                        serial(rng, "9999-9999-9999-9999-9999"),
                        f"{rng.randint(1950, 1995)} / 1",
                        str(rng.randint(1950, 1995)),
                    ),
                ),
                (tr(lg, "Property type", "Gebäudeart", "Type"), c.home),
            ],
        ),
        (
            tr(lg, "C  Measure", "C  Maßnahme", "C  Travaux"),
            [
                (tr(lg, "Technology", "Wärmeerzeuger", "Équipement"), hp_model(c)),
                (tr(lg, "Capacity", "Nennleistung", "Puissance"), f"{c.kw:g} kW"),
                (
                    tr(
                        lg,
                        "Quote value (incl. VAT)",
                        "Förderfähige Kosten (brutto)",
                        "Montant du devis TTC",
                    ),
                    cash(price, lg),
                ),
                (
                    tr(lg, "Installer MCS no.", "BzA-ID / Fachunternehmen", "SIRET entreprise RGE"),
                    serial(rng, tr(lg, "NAP-99999", "BzA-99999999", "999 999 999 99999")),
                ),
            ],
        ),
    ]
    for t, cells in secs:
        y = band(p, s, y, t) + 8
        y = fields(p, s, m, y, w - 2 * m, cells, per=2, tall=26, hand=inked)
    opts = tr(
        lg,
        "No outstanding loft or cavity insulation recommendations|Replaces fossil fuel heating|"
        "Property owner consent confirmed",
        "Klimageschwindigkeitsbonus (Austausch Öl/Gas)|Einkommensbonus (zvE bis 40.000 EUR)|"
        "Effizienzbonus (natürliches Kältemittel)|Lieferungs- und Leistungsvertrag mit "
        "aufschiebender Bedingung",
        "Ménages aux revenus très modestes (bleu)|Modestes (jaune)|Intermédiaires (violet)|"
        "Logement achevé depuis plus de 15 ans",
    ).split("|")
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "D  Eligibility",
                "D  Boni / Bestätigungen",
                "D  Catégorie de revenus / conditions",
            ),
        )
        + 14
    )
    for k, t in enumerate(opts):
        box(p, m, y, rng.random() < 0.7 or k == 0, 8)
        p.text(m + 14, y, fit(t, s.font, 8, w - 2 * m - 14), s.font, 8)
        y += 14
    y += 8
    sign_page = p
    if y > hh - 200 or rng.random() < 0.55:
        sign_page = Page(A4)
        pages_form = [p, sign_page]
        y = m
    else:
        pages_form = [p]
    y = (
        band(
            sign_page,
            s,
            y,
            tr(
                lg,
                "E  Declaration",
                "E  Erklärungen des Antragstellers",
                "E  Attestation sur l'honneur",
            ),
        )
        + 14
    )
    for _ in range(rng.randint(2, 5)):
        for ln in wrap(words(rng, lg, "office", rng.randint(14, 26)), s.font, 7.5, w - 2 * m - 14):
            sign_page.text(m + 14, y, ln, s.font, 7.5)
            y += 10
        y += 4
    y += 18
    sign_page.text(
        m,
        y,
        tr(
            lg,
            "Signature of property owner",
            "Unterschrift Antragsteller/in",
            "Signature du demandeur",
        ),
        s.font,
        8,
    )
    sign(sign_page, m + 150, y, f"{c.first} {c.last}")
    sign_page.line(m + 145, y + 3, m + 330, y + 3)
    hand(sign_page, m + 360, y, short(d - timedelta(days=rng.randint(0, 4)), lg))
    for pg in pages_form:
        pg.text(m, hh - 20, code, s.font, 6)
    foot_and_number(
        pages_form,
        s,
        [],
        rng.choice(
            ["{i}/{n}", "none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
        "br",
    )
    note(c, d, c.job)
    return pages + pages_form


def tpl_grant_award(rng: random.Random, who: Issuer) -> list[Page]:
    """The grant body's award: the BUS voucher issued to the installer, the KfW Zusage or
    BAFA Zuwendungsbescheid with the grant breakdown, the Anah's notification; often with the
    conditions (Nebenbestimmungen) on further pages."""
    h = head_of(who, "grant", ["plain", "bar"])
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("grant_application",), "hp")
    d = the_day(rng, ("grant_application",), (5, 40))
    ref = serial(rng, tr(lg, "BUS-AAA-99999", "9999999999", "MPR-9999-999999"))
    f = sheets(s, h, f"{h.name} - {ref}")
    to = firm_lines(lg) if lg == "en" else client_lines(c, lg)
    recipient(f, s, h, to, d, [(tr(lg, "Voucher", "Antragsnummer", "Dossier n°"), ref)])
    caption(
        f,
        s,
        tr(
            lg,
            "Boiler Upgrade Scheme: voucher issued",
            "Zusage - Zuschuss Heizungsförderung (458)",
            "Notification d'attribution de prime MaPrimeRénov'",
        ),
        2,
    )
    write(f, s, dear(lg, None if lg == "en" else mr(c, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"We have approved your application for a grant at {site(c)}.",
            f"wir freuen uns, Ihnen für Ihr Vorhaben in {site(c)} folgenden Zuschuss zuzusagen:",
            f"Nous avons le plaisir de vous informer que votre demande concernant le "
            f"logement situé {site(c)} a été acceptée.",
        ),
    )
    price = sum(q * pr for _, q, pr in job_items(rng, c, lg)) * (1 + vat_rate(c, lg))
    if lg == "de":
        basis = min(price, 30000.0)
        parts = [("Grundförderung", 0.30), ("Klimageschwindigkeitsbonus", 0.20)]
        if rng.random() < 0.4:
            parts.append(("Einkommensbonus", 0.30))
        if rng.random() < 0.6:
            parts.append(("Effizienzbonus", 0.05))
        q = min(0.70, sum(x for _, x in parts))
        rows = [("Förderfähige Kosten", cash(basis, lg))]
        rows += [(f"{n} {round(x * 100)} %", "") for n, x in parts]
        rows += [
            (f"Fördersatz gesamt (max. 70 %) {round(q * 100)} %", ""),
            ("Zuschuss", cash(basis * q, lg)),
        ]
    elif lg == "en":
        rows = [
            ("Technology", "Air source heat pump"),
            ("Voucher value", cash(7500, lg)),
            ("Property owner", f"{c.first} {c.last}"),
            ("Valid until", day(h, d + timedelta(days=92))),
        ]
    else:
        rows = [
            ("Travaux", "Pompe à chaleur air/eau"),
            ("Dépense éligible", cash(price, lg)),
            ("Montant prévisionnel de la prime", cash(rng.choice([2500, 3000, 4000, 5000]), lg)),
        ]
    f.page.rect(m, f.y - 10, w - 2 * m, len(rows) * 13 + 12)
    f.y = pairs(f.page, s, m + 10, f.y + 2, rows, w - m - 10, s.size - 0.5) + 14
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "heat", 1, 3))
    regards(
        f, s, lg, staff(h, "grant"), tr(lg, "Boiler Upgrade Scheme team", "Ihre KfW", "Pour l'Anah")
    )
    if lg != "en" and rng.random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Conditions",
                "Nebenbestimmungen und Hinweise",
                "Conditions de versement de la prime",
            ),
            1,
        )
        for k in range(rng.randint(6, 16)):
            f.para(
                m, w - 2 * m, f"{k + 1}. " + prose(rng, lg, "office", 1, 2), s.font, s.size - 1.5
            )
    note(c, d, ref)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates LL: wholesalers and manufacturers
# ---------------------------------------------------------------------------------------------

STOCK = {
    "en": [
        ("HP-NV8", "Nordvolt AirTherm NV-LW 8 monobloc heat pump", 5480.0),
        ("CYL-P250", "Pennant HP 250 unvented cylinder", 1135.0),
        ("VOL-50", "Volumiser 50 l with fixings", 212.0),
        ("MAGF-28", "Magnetic filter 28 mm", 86.5),
        ("CU22-3", "Copper tube 22 mm x 3 m", 31.4),
        ("CU28-3", "Copper tube 28 mm x 3 m", 48.9),
        ("ARM-28", "Pipe insulation 28 x 19 mm x 2 m", 6.8),
        ("AVF-600", "Anti-vibration feet 600 mm (pair)", 27.5),
        ("INH-1L", "Central heating inhibitor 1 l", 14.9),
        ("TRV-15", "Thermostatic radiator valve 15 mm", 12.2),
        ("RAD-K2-6010", "Radiator type 22 600 x 1000", 118.0),
        ("PV-BW430", "Brightwell BW-430 module", 98.0),
        ("INV-SST5", "Sonnenstrom SST 5.0 Hybrid inverter", 1120.0),
        ("RAIL-33", "Mounting rail 3.3 m", 24.5),
        ("HOOK-T", "Roof hook, tile", 7.9),
        ("MC4-P", "MC4 connector pair", 2.4),
        ("CAB-6-100", "Solar cable 6 mm2, 100 m drum", 92.0),
        ("ISO-DC", "DC isolator 4-pole", 38.0),
    ],
    "de": [
        ("4711208", "Nordvolt AirTherm NV-LW 8 Monoblock", 6190.0),
        ("4712300", "Warmwasserspeicher WP 300 l", 1390.0),
        ("4410050", "Pufferspeicher 50 l", 238.0),
        ("6300128", "Schlammabscheider magnetisch DN 25", 94.0),
        ("2202812", "Kupferrohr 28 x 1,0 mm, 5 m", 86.0),
        ("2302819", "Rohrisolierung 28 x 20 mm, 1 m", 4.9),
        ("7100420", "Heizkörper Typ 22 600 x 1000", 132.0),
        ("7300015", "Thermostatventil DN 15", 13.8),
        ("8801430", "PV-Modul BW-430", 104.0),
        ("8805001", "Hybrid-Wechselrichter SST 5.0", 1240.0),
        ("8807707", "Batteriespeicher SST 7,7 kWh", 3350.0),
        ("8810330", "Montageschiene 3,30 m", 26.0),
        ("8810101", "Dachhaken Ziegel", 8.4),
        ("8820006", "Solarkabel 6 mm2, 100 m", 98.0),
    ],
    "fr": [
        ("PAC-ALZ8", "Pompe à chaleur Alizéa Duo 8 kW", 5640.0),
        ("BAL-200", "Ballon ECS 200 L", 980.0),
        ("BDC-25", "Bouteille de découplage 25 L", 176.0),
        ("FILM-26", "Filtre magnétique 26/34", 82.0),
        ("CUI-22", "Tube cuivre 22 mm, barre 4 m", 44.0),
        ("ISO-22", "Manchon isolant 22 mm", 5.2),
        ("RAD-22", "Radiateur acier type 22 600 x 1000", 124.0),
        ("MOD-430", "Module BW-430 Wc", 101.0),
        ("OND-5", "Onduleur hybride SST 5.0", 1190.0),
        ("RAIL-33", "Rail de fixation 3,30 m", 25.0),
        ("CROCH", "Crochet de toit tuile", 8.1),
        ("CAB-6", "Câble solaire 6 mm2, 100 m", 95.0),
    ],
}


def pick_stock(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, float]]:
    return rng.sample(STOCK[lg], min(n, len(STOCK[lg])))


def account_no(who: Issuer) -> str:
    return serial(keyed(who, "account"), "A99999")


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's invoice to the installer: account, order reference (the customer's
    job), delivery to site, items with codes, discount and VAT; now and then the terms on the
    back and a second page of items."""
    h = head_of(who, "supplier")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("delivery_note",))
    d = the_day(rng, ("delivery_note",), (0, 6))
    no = serial(rng, tr(lg, "SI999999", "RE 99-999999", "FA999999"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(lg, tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité fournisseurs")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), account_no(who)),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{c.last.upper()} {c.job}",
            ),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "9999999")),
        ],
    )
    f.page.text(m, f.y, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), s.bold, 15)
    f.y += 16
    f.page.text(
        m, f.y, tr(lg, "Delivered to: ", "Lieferanschrift: ", "Livré à : ") + site(c), s.font, 8.5
    )
    f.y += 18
    cl = columns(
        m,
        w - m,
        [
            (1.4, "left"),
            (4.5, "left"),
            (0.7, "right"),
            (1.3, "right"),
            (0.8, "right"),
            (1.4, "right"),
        ],
    )
    rows = []
    net = 0.0
    for code, desc, price in pick_stock(rng, lg, rng.choice([3, 5, 7, 9, 12, 14])):
        q = rng.choice([1, 1, 2, 4, 10, 20]) if price < 200 else 1
        disc = rng.choice([0, 0, 10, 15, 22.5, 30])
        line = q * price * (1 - disc / 100)
        net += line
        rows.append([code, desc, str(q), money(price, lg), f"{disc:g}%", money(line, lg)])
    table(
        f,
        cl,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Net", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    f.need(70)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y + 6,
            [
                (tr(lg, "Goods net", "Warenwert netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), cash(net * rate, lg)),
                (
                    tr(lg, "Invoice total", "Rechnungsbetrag", "Total TTC"),
                    cash(net * (1 + rate), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    due = d + timedelta(days=30)
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            f"Payment due by {short(due, lg)} (30 days end of month). Goods remain our property "
            "until paid in full.",
            f"Zahlbar bis {short(due, lg)} ohne Abzug, bei Zahlung bis "
            f"{short(d + timedelta(days=10), lg)} 2 % Skonto. Es gelten unsere AGB.",
            f"Échéance : {short(due, lg)}. Pénalités de retard : 3 fois le taux d'intérêt légal. "
            "Indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
        s.font,
        s.size - 1.5,
    )
    out = f.pages
    received(rng, out[0], home(), d, 0.35)
    if rng.random() < 0.3:
        out.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale",
                    "Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg][:7],
                3,
            )
        )
    note(c, d, no)
    return close(out, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's delivery note to site (A4, A5 landscape) or the trade counter's
    collection ticket on a narrow slip: items, quantities ticked by hand, signed for."""
    h = head_of(who, "supplier")
    lg = h.lang
    kind = rng.choice(["a4", "a5", "a5", "ticket"])
    c = the_client(rng)
    d = on(rng)
    no = serial(rng, tr(lg, "DN9999999", "LS 9999999", "BL9999999"))
    items = pick_stock(rng, lg, rng.randint(2, 8))
    if kind == "ticket":
        s = Style("Courier", "Courier-Bold", 7.5, 12, "none", "bottom", TICKET, "short")
        w, hh = TICKET
        p = Page(TICKET)
        y = 22.0
        for t in [h.name.upper(), h.street, h.town, h.phone]:
            if t:
                p.text(
                    w / 2,
                    y,
                    fit(t, s.bold if y < 25 else s.font, 7.5, w - 16),
                    s.bold if y < 25 else s.font,
                    7.5,
                    "center",
                )
                y += 10
        y += 6
        p.text(
            w / 2,
            y,
            tr(lg, "TRADE COUNTER - COLLECTION", "ABHOLSCHEIN THEKE", "RETRAIT COMPTOIR"),
            s.bold,
            8,
            "center",
        )
        y += 14
        for lab, val in [
            (tr(lg, "No", "Nr", "N°"), no),
            (
                tr(lg, "Date", "Datum", "Date"),
                f"{short(d, lg)} {rng.randint(7, 16)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "Account", "Kunde", "Compte"), account_no(who)),
            (tr(lg, "Ref", "Komm.", "Réf"), c.last.upper()[:10]),
        ]:
            p.text(12, y, f"{lab}: {val}", s.font, 7.5)
            y += 10
        p.text(12, y, "-" * 40, s.font, 7.5)
        y += 10
        for code, desc, _ in items:
            p.text(12, y, fit(desc, s.font, 7, w - 24), s.font, 7)
            y += 9
            p.text(12, y, code, s.font, 7)
            p.text(w - 12, y, f"x {rng.choice([1, 1, 2, 5, 10])}", s.font, 7, "right")
            y += 12
            if y > hh - 80:
                break
        p.text(12, y, "-" * 40, s.font, 7.5)
        y += 14
        p.text(12, y, tr(lg, "Collected by:", "Abgeholt:", "Enlevé par :"), s.font, 7.5)
        sign(p, 70, y + 6, staff(firm_head(), "fitter"), 11)
        y += 22
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "NO RETURNS WITHOUT THIS TICKET",
                "Umtausch nur mit Beleg",
                "Reprise sur présentation",
            ),
            s.font,
            6.5,
            "center",
        )
        # The printer cuts the roll where the ticket ends.
        p.size = (w, max(300.0, min(hh, y + 40)))
        return [p]
    size = A4 if kind == "a4" else landscape(A5)
    s = style_of(h, size, margin=34 if kind == "a5" else 0, pt=8.5 if kind == "a5" else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12)
    p.text(w - m, y, no, s.bold, 11, "right")
    y += 14
    left = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Account", "Kunden-Nr.", "Compte"), account_no(who)),
        (tr(lg, "Order ref", "Kommission", "Réf. chantier"), f"{c.last.upper()} {c.job}"),
    ]
    y2 = pairs(p, s, m, y, left, m + 200, 8)
    yy = y
    p.text(w / 2, yy, tr(lg, "Deliver to:", "Lieferadresse:", "Adresse de livraison :"), s.bold, 8)
    for t in [firm_head().name, f"c/o {mr(c, lg)}", c.street, c.town]:
        yy += 10
        p.text(w / 2, yy, fit(t, s.font, 8, w / 2 - m), s.font, 8)
    y = max(y2, yy) + 16
    cl = columns(
        m, w - m, [(1.5, "left"), (5, "left"), (1, "right"), (1, "right"), (0.6, "center")]
    )
    for col, t in zip(
        cl,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ordered", "Bestellt", "Cdé"),
            tr(lg, "Sent", "Geliefert", "Livré"),
            "ok",
        ],
        strict=True,
    ):
        p.text(
            col[0]
            if col[2] == "left"
            else (col[1] if col[2] == "right" else (col[0] + col[1]) / 2),
            y,
            t,
            s.bold,
            8,
            col[2],
        )
    p.line(m, y + 4, w - m, y + 4)
    y += 15
    for code, desc, _ in items:
        if y > hh - 70:
            break
        q = rng.choice([1, 1, 2, 4, 10])
        sent = q if rng.random() < 0.85 else q - 1
        p.text(cl[0][0], y, code, s.font, 8)
        p.text(cl[1][0], y, fit(desc, s.font, 8, cl[1][1] - cl[1][0]), s.font, 8)
        p.text(cl[2][1], y, str(q), s.font, 8, "right")
        p.text(cl[3][1], y, str(sent), s.font, 8, "right")
        if rng.random() < 0.8:
            hand(p, (cl[4][0] + cl[4][1]) / 2 - 3, y, "v" if sent == q else "-1", 9)
        y += 13
    y = max(y + 10, hh - 64)
    p.text(
        m,
        y,
        tr(lg, "Received in good condition:", "Ware vollständig erhalten:", "Reçu en bon état :"),
        s.font,
        8,
    )
    if rng.random() < 0.85:
        sign(p, m + 150, y + 2, rng.choice([f"{c.first} {c.last}", staff(firm_head(), "fitter")]))
    p.text(
        w / 2 + 40,
        y,
        tr(lg, "Driver", "Fahrer", "Chauffeur") + ": " + serial(rng, "AA99 AAA"),
        s.font,
        8,
    )
    note(c, d, no)
    return close([p], s, h, numbers="none")


SPECS = {
    "hp": [
        ("Heating output A7/W35", "Heizleistung A7/W35", "Puissance calorifique A7/W35", "{k} kW"),
        ("COP A7/W35", "COP A7/W35", "COP A7/W35", "{cop}"),
        ("Heating output A2/W35", "Heizleistung A2/W35", "Puissance A2/W35", "{k2} kW"),
        ("SCOP average climate 35 °C", "SCOP 35 °C (durchschn. Klima)", "SCOP 35 °C", "{scop}"),
        (
            "ErP class 35 °C / 55 °C",
            "Energieeffizienzklasse 35/55 °C",
            "Classe ErP 35/55 °C",
            "A+++ / A++",
        ),
        ("Refrigerant / charge", "Kältemittel / Füllmenge", "Fluide / charge", "R290 / {rc} kg"),
        ("Max. flow temperature", "Max. Vorlauftemperatur", "Température départ max.", "70 °C"),
        ("Sound power level", "Schallleistungspegel", "Puissance acoustique", "{db} dB(A)"),
        ("Operating range", "Einsatzbereich", "Plage de fonctionnement", "-25 ... +35 °C"),
        ("Power supply", "Spannungsversorgung", "Alimentation", "{ph}"),
        ("Dimensions H x W x D", "Abmessungen H x B x T", "Dimensions H x L x P", "{dim} mm"),
        ("Weight", "Gewicht", "Poids", "{kg} kg"),
    ],
    "pv": [
        ("Rated power (Pmax)", "Nennleistung (Pmax)", "Puissance nominale", "{k} Wp"),
        ("Module efficiency", "Modulwirkungsgrad", "Rendement", "{eff} %"),
        ("Open circuit voltage (Voc)", "Leerlaufspannung (Voc)", "Tension à vide (Voc)", "{voc} V"),
        (
            "Short circuit current (Isc)",
            "Kurzschlussstrom (Isc)",
            "Courant de court-circuit",
            "{isc} A",
        ),
        (
            "Temperature coefficient Pmax",
            "Temperaturkoeffizient Pmax",
            "Coefficient de temp.",
            "-0.30 %/K",
        ),
        ("Cells", "Zellen", "Cellules", "108 half-cut N-type TOPCon"),
        ("Dimensions", "Abmessungen", "Dimensions", "1722 x 1134 x 30 mm"),
        ("Weight", "Gewicht", "Poids", "21.5 kg"),
        ("Max. system voltage", "Max. Systemspannung", "Tension système max.", "1500 V DC"),
        (
            "Product / performance warranty",
            "Produkt- / Leistungsgarantie",
            "Garantie produit / performance",
            "25 / 30 years",
        ),
    ],
    "inv": [
        ("Rated AC output", "AC-Nennleistung", "Puissance AC nominale", "{k} kW"),
        ("Max. PV input power", "Max. PV-Eingangsleistung", "Puissance PV max.", "{pv} kWp"),
        ("MPP trackers", "MPP-Tracker", "Trackers MPP", "2"),
        ("MPPT voltage range", "MPP-Spannungsbereich", "Plage MPPT", "90 - 520 V"),
        (
            "Max. efficiency / Euro",
            "Max. / europ. Wirkungsgrad",
            "Rendement max. / européen",
            "97.8 / 97.1 %",
        ),
        ("Battery voltage", "Batteriespannung", "Tension batterie", "85 - 460 V"),
        (
            "Grid code",
            "Netzanschlussnorm",
            "Conformité réseau",
            "G98/G99, VDE-AR-N 4105, EN 50549-1",
        ),
        ("Protection class", "Schutzart", "Indice de protection", "IP65"),
        (
            "Dimensions / weight",
            "Abmessungen / Gewicht",
            "Dimensions / poids",
            "480 x 415 x 180 mm / 21 kg",
        ),
    ],
    "bat": [
        ("Usable capacity", "Nutzbare Kapazität", "Capacité utile", "{k} kWh"),
        ("Cell chemistry", "Zellchemie", "Technologie", "LiFePO4"),
        ("Nominal voltage", "Nennspannung", "Tension nominale", "{v} V"),
        (
            "Max. charge / discharge",
            "Max. Lade-/Entladeleistung",
            "Puissance charge/décharge",
            "{p} kW",
        ),
        ("Cycle life (90 % DoD)", "Zyklenfestigkeit", "Cycles", "6000"),
        ("Operating temperature", "Betriebstemperatur", "Température", "-10 ... +50 °C"),
        ("Protection class", "Schutzart", "Protection", "IP55"),
        ("Weight", "Gewicht", "Poids", "{kg} kg"),
        ("Warranty", "Garantie", "Garantie", "10 years"),
    ],
    "cyl": [
        ("Nominal capacity", "Nenninhalt", "Capacité", "{k} l"),
        ("Coil surface area", "Wärmetauscherfläche", "Surface échangeur", "{coil} m2"),
        ("Standing heat loss", "Bereitschaftsverlust", "Pertes statiques", "{loss} kWh/24h"),
        ("ErP class", "Effizienzklasse", "Classe ErP", "B"),
        ("Max. working pressure", "Max. Betriebsdruck", "Pression de service", "3.5 bar"),
        ("Expansion vessel", "Ausdehnungsgefäß", "Vase d'expansion", "24 l"),
        ("Height / diameter", "Höhe / Durchmesser", "Hauteur / diamètre", "{hgt} / 580 mm"),
        ("Weight empty / full", "Gewicht leer / gefüllt", "Poids vide / plein", "{kg} kg"),
    ],
    "dhw": [
        ("Capacity", "Speicherinhalt", "Capacité", "{k} L"),
        ("COP (EN 16147, A14)", "COP (EN 16147, A14)", "COP (EN 16147, A14)", "{cop}"),
        ("Heating time", "Aufheizzeit", "Temps de chauffe", "7 h 10"),
        ("Refrigerant", "Kältemittel", "Fluide frigorigène", "R290"),
        ("Sound power", "Schallleistung", "Puissance acoustique", "{db} dB(A)"),
        ("Energy class", "Energieeffizienzklasse", "Classe énergétique", "A+"),
        ("Height / weight", "Höhe / Gewicht", "Hauteur / poids", "1870 mm / {kg} kg"),
    ],
}
FEATURES = {
    "en": "quiet efficient compact natural refrigerant app control smart tariff weather "
    "compensation frost protection long warranty easy installation monitoring",
    "de": "leise effizient kompakt natürliches Kältemittel App-Steuerung PV-Überschuss "
    "Smart-Grid-ready Frostschutz Garantie einfache Montage Monitoring",
    "fr": "silencieux performant compact fluide naturel pilotage connecté délestage "
    "autoconsommation hors-gel garantie installation simple supervision",
}


def spec_rows(rng: random.Random, cat: str, rated: float, lg: str) -> list[tuple[str, str]]:
    vals = {
        "k": f"{rated:g}",
        "k2": f"{rated * 0.78:.1f}",
        "cop": f"{rng.uniform(3.9, 5.2):.2f}",
        "scop": f"{rng.uniform(4.2, 5.1):.2f}",
        "rc": f"{rng.uniform(0.6, 1.4):.2f}",
        "db": str(rng.randint(52, 62)),
        "ph": rng.choice(["230 V / 50 Hz", "400 V 3N / 50 Hz"]),
        "dim": f"{rng.randint(800, 1400)} x {rng.randint(1000, 1300)} x {rng.randint(450, 600)}",
        "kg": str(rng.randint(45, 190)),
        "eff": f"{rng.uniform(21.2, 22.8):.1f}",
        "voc": f"{rng.uniform(38, 40):.2f}",
        "isc": f"{rng.uniform(13.5, 14.2):.2f}",
        "pv": f"{rated * 1.5:g}",
        "v": str(rng.choice([51.2, 102.4, 204.8])),
        "p": f"{rated * 0.5:.1f}",
        "coil": f"{rng.uniform(2.5, 3.5):.1f}",
        "loss": f"{rng.uniform(1.2, 2.1):.2f}",
        "hgt": str(rng.randint(1200, 2000)),
    }
    k = {"en": 0, "de": 1, "fr": 2}[lg]
    return [(row[k], row[3].format(**vals)) for row in SPECS[cat]]


def maker_pick(who: Issuer, rng: random.Random, cats: tuple[str, ...] = ()) -> int:
    """A product index: the maker is fixed by the sender (a run stays with one maker), the
    product is drawn."""
    pool = [k for k, p in enumerate(PRODUCTS) if not cats or p[2] in cats]
    maker = PRODUCTS[keyed(who, "maker").choice(pool)][0]
    return rng.choice([k for k in pool if PRODUCTS[k][0] == maker])


def dims_drawing(
    p: Page, s: Style, x: float, y: float, wd: float, ht: float, a: str, b: str
) -> None:
    """An outline with dimension lines and their values."""
    p.rect(x, y, wd, ht)
    p.rect(x + wd * 0.1, y + ht * 0.12, wd * 0.8, ht * 0.55)
    p.line(x, y + ht + 12, x + wd, y + ht + 12)
    p.line(x, y + ht + 8, x, y + ht + 16)
    p.line(x + wd, y + ht + 8, x + wd, y + ht + 16)
    p.text(x + wd / 2, y + ht + 24, a, s.font, 7.5, "center")
    p.line(x - 12, y, x - 12, y + ht)
    p.line(x - 16, y, x - 8, y)
    p.line(x - 16, y + ht, x - 8, y + ht)
    p.text(x - 16, y + ht / 2, b, s.font, 7.5, "right")


def tpl_data_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's product data sheet in its own language: the product name, a picture,
    key features, the technical data table, certifications; now and then a second page with
    the dimensions drawing and connections."""
    k = maker_pick(who, rng)
    _, model, cat, rated = PRODUCTS[k]
    h = maker_head(who, k)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h)
    ci = {"en": 0, "de": 1, "fr": 2}[lg]
    p.text(m, y, tr(lg, "PRODUCT DATA SHEET", "DATENBLATT", "FICHE TECHNIQUE"), s.font, 8)
    y += 20
    p.text(m, y, model, s.bold, shrink(model, s.bold, 20, w - 2 * m))
    y += 16
    p.text(m, y, CATEGORY[cat][ci], s.font, 11)
    y += 16
    pw = (w - 2 * m) * 0.42
    photo(p, m, y, pw, pw * 0.9, rng)
    fy = y + 6
    fx = m + pw + 18
    for _ in range(rng.randint(4, 6)):
        t = (
            words(rng, lg, "heat", 5)
            if rng.random() < 0.3
            else " ".join(rng.sample(FEATURES[lg].split(), 3)).capitalize()
        )
        for j, ln in enumerate(wrap(t, s.font, 8.5, w - m - fx - 12)):
            if j == 0:
                p.rect(fx, fy - 5, 4, 4, fill=0.2)
            p.text(fx + 10, fy, ln, s.font, 8.5)
            fy += 11
        fy += 4
    y += pw * 0.9 + 22
    p.text(
        m,
        y,
        tr(lg, "Technical data", "Technische Daten", "Caractéristiques techniques"),
        s.bold,
        11,
    )
    y += 8
    rows = spec_rows(rng, cat, rated, lg)
    split = len(rows) if rng.random() < 0.55 else len(rows) * 2 // 3
    for k2, (lab, val) in enumerate(rows[:split]):
        if k2 % 2 == 0:
            p.rect(m, y + 3, w - 2 * m, 13, fill=0.93)
        p.text(m + 4, y + 13, fit(lab, s.font, 8.5, (w - 2 * m) * 0.55), s.font, 8.5)
        p.text(
            m + (w - 2 * m) * 0.58, y + 13, fit(val, s.bold, 8.5, (w - 2 * m) * 0.4), s.bold, 8.5
        )
        y += 13
        if y > hh - m - 40:
            break
    marks = {
        "hp": "MCS  |  Keymark  |  ErP A+++",
        "pv": "IEC 61215  |  IEC 61730  |  MCS",
        "inv": "CE  |  G98/G99  |  VDE-AR-N 4105",
        "bat": "CE  |  IEC 62619  |  UN 38.3",
        "cyl": "WRAS  |  KIWA  |  ErP",
        "dhw": "NF Électricité Performance  |  CE",
    }[cat]
    p.text(m, hh - m - 8, marks, s.bold, 8)
    stamp_ = (
        f"DS-{model.split()[-1]}-{lg.upper()}-{rng.randint(1, 12):02d}/"
        f"{rng.choice([2023, 2024, 2025])}"
    )
    pages = [p]
    if split < len(rows) or rng.random() < 0.35:
        q = Page(s.page_size)
        y = heading(q, s, h) if h.again else m - 4
        q.text(
            m,
            y,
            model
            + tr(
                lg,
                " - dimensions and connections",
                " - Abmessungen und Anschlüsse",
                " - dimensions et raccordements",
            ),
            s.bold,
            11,
        )
        y += 30
        dims_drawing(
            q, s, m + 60, y, 150, 200, f"{rng.randint(500, 1300)}", f"{rng.randint(700, 2000)}"
        )
        dims_drawing(q, s, m + 290, y, 90, 200, f"{rng.randint(300, 700)}", "")
        y += 250
        for lab, val in rows[split:]:
            q.text(m, y, lab, s.font, 8.5)
            q.text(m + 250, y, val, s.bold, 8.5)
            y += 13
        y += 10
        for j in range(rng.randint(3, 6)):
            q.text(
                m,
                y,
                f"{j + 1}  "
                + rng.choice(
                    tr(
                        lg,
                        "Flow 28 mm|Return 28 mm|Drain|Cable entry|Condensate|Sensor pocket",
                        'Vorlauf 1"|Rücklauf 1"|Entleerung|Kabeleinführung|Kondensat|Fühlerhülse',
                        'Départ 1"|Retour 1"|Vidange|Passage câbles|Condensats|Doigt de gant',
                    ).split("|")
                ),
                s.font,
                8.5,
            )
            y += 12
        pages.append(q)
    for pg in pages:
        pg.text(w - m, hh - 22, stamp_, s.font, 6, "right")
        pg.text(
            m,
            hh - 22,
            tr(
                lg,
                "Subject to technical change without notice.",
                "Technische Änderungen vorbehalten.",
                "Document non contractuel, sous réserve de modifications.",
            ),
            s.font,
            6,
        )
    return foot_and_number(
        pages, s, [], "none" if len(pages) == 1 else rng.choice(["{i}/{n}", "none"]), "tr"
    )


def tpl_warranty(rng: random.Random, who: Issuer) -> list[Page]:
    """The manufacturer's warranty certificate for one installed unit, on A4 or a landscape
    A5 card in a frame: registration number, product and serial, the customer, the installer,
    the warranty term."""
    c = the_client(rng, ("commissioning",))
    d = the_day(rng, ("commissioning",), (1, 20))
    if LAST["kind"] == "commissioning":
        k = hp_index(c)
    else:
        k = maker_pick(who, rng, ("hp", "inv", "bat", "cyl", "dhw"))
    _, model, cat, _ = PRODUCTS[k]
    h = maker_head(who, k)
    lg = h.lang
    size = rng.choice([A4, landscape(A5), landscape(A5)])
    s = style_of(h, size, margin=48 if size != A4 else 0, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(22, 22, w - 44, hh - 44)
    y = heading(p, s, h) + (0 if size == A4 else -6)
    title = tr(lg, "Warranty Certificate", "Garantiezertifikat", "Certificat de garantie")
    p.text(w / 2, y + 8, title, s.bold, 20 if size == A4 else 16, "center")
    years = rng.choice([5, 7, 10, 12])
    y += 28
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"{years}-year parts and labour warranty",
            f"{years} Jahre Herstellergarantie",
            f"Garantie {years} ans pièces",
        ),
        s.font,
        10,
        "center",
    )
    y += 24
    ci = {"en": 0, "de": 1, "fr": 2}[lg]
    rows = [
        (
            tr(lg, "Registration no.", "Registrier-Nr.", "N° d'enregistrement"),
            serial(rng, "W9999999"),
        ),
        (tr(lg, "Product", "Produkt", "Produit"), f"{model} ({CATEGORY[cat][ci]})"),
        (tr(lg, "Serial number", "Seriennummer", "N° de série"), serial(rng, "AA999999999")),
        (
            tr(lg, "Installation date", "Installationsdatum", "Date de mise en service"),
            short(d - timedelta(days=rng.randint(1, 10)), lg),
        ),
        (tr(lg, "End user", "Endkunde", "Utilisateur"), f"{c.first} {c.last}, {site(c)}"),
        (tr(lg, "Installer", "Fachbetrieb", "Installateur"), firm_head().name),
        (
            tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
            short(date(d.year + years, d.month, min(d.day, 28)), lg),
        ),
    ]
    lw = (w - 2 * m) * 0.36
    for lab, val in rows:
        p.text(m + 10, y, lab, s.font, 8.5)
        p.text(m + 10 + lw, y, fit(val, s.bold, 9, w - 2 * m - lw - 20), s.bold, 9)
        y += 15 if size == A4 else 12.5
    y += 8
    if size == A4:
        for ln in wrap(prose(rng, lg, "office", 3, 5), s.font, 7, w - 2 * m - 20):
            p.text(m + 10, y, ln, s.font, 7)
            y += 9
    sign(p, w - m - 150, hh - 44, staff(h, "warranty"), 12)
    p.text(
        w - m - 150,
        hh - 34,
        tr(lg, "Customer Service", "Kundendienst", "Service client"),
        s.font,
        7,
    )
    note(c, d, "")
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates LL: commissioning, testing and compliance
# ---------------------------------------------------------------------------------------------


def check_rows(
    p: Page, s: Style, y: float, rows: list[tuple[str, str]], rng: random.Random, lg: str
) -> float:
    """Check lines: the item, a value written by hand in a box, a ticked OK column."""
    w, _ = p.size
    m = s.margin
    for lab, val in rows:
        p.text(m + 4, y, fit(lab, s.font, 8, w * 0.5), s.font, 8)
        p.rect(w * 0.58, y - 9, w * 0.22, 12)
        if val:
            hand(p, w * 0.58 + 4, y, val, 9)
        box(p, w - m - 30, y, rng.random() < 0.92, 8)
        y += 15
    return y


def tpl_commissioning(rng: random.Random, who: Issuer) -> list[Page]:
    """The commissioning record of a heat pump on the manufacturer's form (Benchmark-style
    checklist, Inbetriebnahmeprotokoll, fiche de mise en service), values and ticks by hand,
    the engineer's and the customer's signatures; now and then the service record page."""
    firm = firm_head()
    lg = home()
    c = the_client(rng, (), "hp")
    maker = MAKERS[PRODUCTS[hp_index(c)][0]][0]
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 40, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin
    d = on(rng)
    eng = staff(firm, "engineer")
    p = Page(A4)
    y = form_head(
        p,
        s,
        maker,
        serial(rng, "Form IBN-99 / 99.9999"),
        tr(
            lg,
            "Heat pump commissioning checklist",
            "Inbetriebnahmeprotokoll Wärmepumpe",
            "Fiche de mise en service - pompe à chaleur",
        ),
        tr(
            lg,
            "To be completed by the commissioning engineer and left with the customer.",
            "Vom Fachhandwerker vollständig auszufüllen - Voraussetzung für die Garantie.",
            "À remplir par l'installateur - conditionne la garantie constructeur.",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Betreiber", "Client"), f"{c.first} {c.last}"),
            (tr(lg, "Address", "Anschrift", "Adresse"), site(c)),
            (tr(lg, "Model", "Gerätetyp", "Modèle"), hp_model(c)),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), serial(rng, "99999999AA9999")),
            (tr(lg, "Installer", "Fachbetrieb", "Installateur"), firm.name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Hydraulics", "Hydraulik", "Hydraulique")) + 14
    y = check_rows(
        p,
        s,
        y,
        [
            (tr(lg, "System flushed and cleaned", "Anlage gespült", "Réseau désemboué"), ""),
            (
                tr(
                    lg,
                    "Inhibitor / concentration",
                    "Inhibitor / Konzentration",
                    "Inhibiteur / concentration",
                ),
                rng.choice(["Sentinel X100", "Fernox F1", "ok"]),
            ),
            (
                tr(lg, "System pressure (bar)", "Anlagendruck (bar)", "Pression (bar)"),
                f"{rng.uniform(1.2, 2.0):.1f}",
            ),
            (
                tr(
                    lg,
                    "Expansion vessel pre-charge (bar)",
                    "Vordruck MAG (bar)",
                    "Prégonflage vase (bar)",
                ),
                f"{rng.uniform(0.8, 1.5):.1f}",
            ),
            (
                tr(lg, "Flow rate (l/min)", "Volumenstrom (l/h)", "Débit (l/h)"),
                tr(
                    lg,
                    f"{rng.randint(14, 30)}",
                    f"{rng.randint(900, 1800)}",
                    f"{rng.randint(900, 1800)}",
                ),
            ),
            (
                tr(
                    lg,
                    "Flow / return temperature (°C)",
                    "Vorlauf / Rücklauf (°C)",
                    "Départ / retour (°C)",
                ),
                f"{rng.randint(33, 45)} / {rng.randint(28, 39)}",
            ),
            (tr(lg, "Magnetic filter fitted", "Schlammabscheider montiert", "Filtre installé"), ""),
        ],
        rng,
        lg,
    )
    y = band(p, s, y + 4, tr(lg, "Electrical", "Elektrik", "Électricité")) + 14
    y = check_rows(
        p,
        s,
        y,
        [
            (
                tr(lg, "Supply voltage (V)", "Netzspannung (V)", "Tension (V)"),
                str(rng.randint(226, 245)),
            ),
            (
                tr(lg, "MCB rating (A)", "Absicherung (A)", "Protection (A)"),
                rng.choice(["20", "32", "C16 3p"]),
            ),
            (
                tr(
                    lg,
                    "Earth loop impedance Zs (Ohm)",
                    "Schleifenimpedanz Zs (Ohm)",
                    "Impédance de boucle (Ohm)",
                ),
                f"{rng.uniform(0.2, 0.9):.2f}",
            ),
            (
                tr(lg, "Controls set, weather curve", "Heizkurve eingestellt", "Loi d'eau réglée"),
                rng.choice(["0.4", "0.6", "slope 5", "K 0,5"]),
            ),
        ],
        rng,
        lg,
    )
    y = band(p, s, y + 4, tr(lg, "Handover", "Übergabe", "Remise")) + 14
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "User instructions explained|Documents left|Benchmark signed",
            "Einweisung erfolgt|Unterlagen übergeben|Garantie registriert",
            "Explications données|Notices remises|Garantie enregistrée",
        ).split("|"),
        {0, 1, 2} if rng.random() < 0.8 else {0, 1},
        8,
        3,
    )
    y += 8
    for lab, name in [
        (tr(lg, "Engineer", "Fachhandwerker", "Technicien"), eng),
        (tr(lg, "Customer", "Betreiber", "Client"), f"{c.first} {c.last}"),
    ]:
        p.text(m, y, lab, s.font, 8)
        if rng.random() < 0.9:
            sign(p, m + 80, y, name)
        p.line(m + 75, y + 3, m + 250, y + 3)
        y += 28
    pages = [p]
    if rng.random() < 0.4:
        q = Page(A4)
        y = form_head(
            q, s, maker, "", tr(lg, "Service record", "Wartungsnachweis", "Carnet d'entretien")
        )
        cl = columns(
            m, w - m, [(1, "left"), (1.3, "left"), (2.5, "left"), (2.5, "left"), (1.4, "left")]
        )
        for k2 in range(10):
            q.rect(m, y, w - 2 * m, 56)
            q.text(
                m + 4,
                y + 10,
                tr(lg, f"Service {k2 + 1}", f"Wartung {k2 + 1}", f"Visite {k2 + 1}"),
                s.bold,
                7.5,
            )
            for col, t in zip(
                cl[1:],
                [
                    tr(lg, "Date", "Datum", "Date"),
                    tr(lg, "Engineer", "Techniker", "Technicien"),
                    tr(lg, "Work done", "Arbeiten", "Travaux"),
                    tr(lg, "Stamp", "Stempel", "Cachet"),
                ],
                strict=True,
            ):
                q.text(col[0], y + 10, t, s.font, 6.5)
            y += 60
            if y > hh - 80:
                break
        pages.append(q)
    note(c, d, "")
    foot_and_number(pages, s, [], "none" if len(pages) == 1 else "{i}/{n}", "br")
    return pages


def tpl_pv_test(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's electrical installation certificate / PV test report (BS 7671 with
    the IEC 62446 array test; Prüfprotokoll nach DIN VDE 0100-600 / 0126-23; procès-verbal
    d'essais): the front page with supply data and signatures, then the schedule of test
    results and the string measurements, often on landscape pages; always numbered."""
    h = firm_head()
    lg = h.lang
    c = the_client(rng, (), "pv")
    d = on(rng)
    s = Style(
        h.font if h.font != "Courier" else "Helvetica",
        h.bold if h.font != "Courier" else "Helvetica-Bold",
        8,
        36,
        "none",
        "bottom",
        A4,
        "short",
    )
    w, _ = A4
    m = s.margin
    spark = staff(h, "electrician")
    cert = serial(rng, tr(lg, "EIC-999999", "PP-2099-9999", "PV-9999-999"))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "ELECTRICAL INSTALLATION CERTIFICATE",
        "PRÜFPROTOKOLL PHOTOVOLTAIKANLAGE",
        "PROCÈS-VERBAL D'ESSAIS - INSTALLATION PHOTOVOLTAÏQUE",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m - 100))
    p.text(w - m, y, cert, s.bold, 9, "right")
    y += 10
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Requirements for Electrical Installations BS 7671:2018+A2:2022",
            "nach DIN VDE 0100-600 und DIN VDE 0126-23-1 (IEC 62446-1)",
            "selon NF C 15-100 et UTE C 15-712-1",
        ),
        s.font,
        7,
    )
    y += 14
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Details of the client and installation",
                "Anlagendaten",
                "Identification de l'installation",
            ),
        )
        + 8
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), f"{c.first} {c.last}"),
            (tr(lg, "Installation address", "Anlagenstandort", "Adresse"), site(c)),
            (
                tr(lg, "Description of work", "Umfang", "Nature des travaux"),
                tr(
                    lg,
                    f"New {money(kwp(c), lg)} kWp PV system and circuit",
                    f"PV-Anlage {money(kwp(c), lg)} kWp",
                    f"Centrale PV {money(kwp(c), lg)} kWc",
                ),
            ),
            (
                tr(lg, "Extent covered", "Prüfart", "Type de vérification"),
                tr(lg, "New installation", "Erstprüfung", "Mise en service"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Supply characteristics and earthing",
                "Netz und Erdung",
                "Caractéristiques de l'alimentation",
            ),
        )
        + 14
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        ["TN-C-S", "TN-S", "TT", "1-phase", "3-phase"],
        {rng.randint(0, 2), rng.randint(3, 4)},
        8,
        2.4,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Ze (Ohm)", f"{rng.uniform(0.1, 0.4):.2f}"),
            ("Ipf (kA)", f"{rng.uniform(0.8, 2.5):.1f}"),
            (
                tr(lg, "Main fuse (A)", "Vorsicherung (A)", "Calibre (A)"),
                str(rng.choice([60, 80, 100, 63])),
            ),
            (tr(lg, "Main earth (mm2)", "Erdungsleiter (mm2)", "Terre (mm2)"), "16"),
        ],
        per=4,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Declaration - design, construction, inspection and testing",
                "Bestätigung",
                "Déclaration",
            ),
        )
        + 14
    )
    for ln in wrap(words(rng, lg, "solar", 30), s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    y += 16
    p.text(m, y, tr(lg, "Signature", "Prüfer", "Signature"), s.font, 8)
    sign(p, m + 70, y, spark)
    p.text(m + 230, y, f"{spark} - {short(d, lg)}", s.font, 8)
    y += 20
    p.text(
        m,
        y,
        tr(lg, "Next inspection recommended: ", "Nächste Prüfung: ", "Prochaine vérification : ")
        + tr(lg, "10 years", "4 Jahre", "5 ans"),
        s.font,
        8,
    )
    pages = [p]
    q = Page(landscape(A4) if rng.random() < 0.6 else A4)
    qw, _ = q.size
    y = m
    q.text(
        m,
        y,
        tr(
            lg,
            "SCHEDULE OF TEST RESULTS",
            "MESSWERTE STROMKREISE",
            "RÉSULTATS DES ESSAIS - CIRCUITS",
        ),
        s.bold,
        11,
    )
    q.text(qw - m, y, cert, s.font, 8, "right")
    y += 18
    heads = [
        tr(lg, "Cct", "Nr.", "N°"),
        tr(lg, "Description", "Stromkreis", "Désignation"),
        tr(lg, "Type", "Typ", "Type"),
        "In A",
        "mm2",
        "R1+R2",
        "IR MOhm",
        "Zs Ohm",
        "RCD ms",
        tr(lg, "Pol.", "Pol.", "Pol."),
    ]
    cl = columns(
        m,
        qw - m,
        [
            (0.5, "left"),
            (3, "left"),
            (0.8, "left"),
            (0.7, "right"),
            (0.7, "right"),
            (0.9, "right"),
            (1, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.6, "center"),
        ],
    )
    q.rect(m - 2, y - 9, qw - 2 * m + 4, 13, fill=0.88)
    for col, t in zip(cl, heads, strict=True):
        x = col[0] if col[2] == "left" else col[1] if col[2] == "right" else (col[0] + col[1]) / 2
        q.text(x, y, t, s.bold, 7.5, col[2])
    y += 14
    circuits = tr(
        lg,
        "PV inverter AC|Battery|Heat pump|Immersion|Sockets garage|EV charger",
        "PV-Wechselrichter|Speicher|Wärmepumpe|Heizstab|Steckdosen Garage|Wallbox",
        "Onduleur PV|Batterie|PAC|Thermoplongeur|Prises garage|IRVE",
    ).split("|")
    for k2 in range(rng.randint(2, 6)):
        vals = [
            str(k2 + 1),
            circuits[k2],
            rng.choice(["B", "C"]),
            rng.choice(["16", "20", "32"]),
            rng.choice(["2.5", "4", "6"]),
            f"{rng.uniform(0.1, 0.6):.2f}",
            ">999",
            f"{rng.uniform(0.3, 1.1):.2f}",
            str(rng.randint(14, 28)),
            "v",
        ]
        for col, t in zip(cl, vals, strict=True):
            x = (
                col[0]
                if col[2] == "left"
                else col[1]
                if col[2] == "right"
                else (col[0] + col[1]) / 2
            )
            q.text(x, y, t, HAND if col is not cl[1] else s.font, 8.5, col[2])
        q.line(m, y + 4, qw - m, y + 4)
        y += 16
    y += 20
    q.text(
        m,
        y,
        tr(
            lg,
            "PV ARRAY TEST REPORT (IEC 62446-1)",
            "PV-GENERATOR (STRINGMESSUNG)",
            "ESSAIS DU CHAMP PV (CHAÎNES)",
        ),
        s.bold,
        10,
    )
    y += 16
    heads2 = [
        "String",
        tr(lg, "Modules", "Module", "Modules"),
        "Voc V",
        "Isc A",
        tr(lg, "Irradiance W/m2", "Einstrahlung W/m2", "Éclairement W/m2"),
        "Riso + MOhm",
        "Riso - MOhm",
        tr(lg, "Polarity", "Polarität", "Polarité"),
    ]
    cl2 = columns(
        m,
        qw - m,
        [
            (0.8, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.6, "right"),
            (1.3, "right"),
            (1.3, "right"),
            (1, "center"),
        ],
    )
    for col, t in zip(cl2, heads2, strict=True):
        x = col[0] if col[2] == "left" else col[1] if col[2] == "right" else (col[0] + col[1]) / 2
        q.text(x, y, t, s.bold, 7.5, col[2])
    q.line(m, y + 4, qw - m, y + 4)
    y += 15
    nstr = 1 if c.panels < 12 else 2
    for k2 in range(nstr):
        n = c.panels // nstr
        vals = [
            f"{k2 + 1}",
            str(n),
            f"{n * rng.uniform(37.5, 39.5):.0f}",
            f"{rng.uniform(6, 13):.2f}",
            str(rng.randint(350, 900)),
            ">40",
            ">40",
            "v",
        ]
        for col, t in zip(cl2, vals, strict=True):
            x = (
                col[0]
                if col[2] == "left"
                else col[1]
                if col[2] == "right"
                else (col[0] + col[1]) / 2
            )
            q.text(x, y, t, HAND, 8.5, col[2])
        y += 15
    y += 16
    q.text(
        m,
        y,
        tr(lg, "Test instrument: ", "Messgerät: ", "Appareil : ")
        + rng.choice(["Megger MFT1741", "Seaward PV200", "Benning PV 2", "Metrel MI 3108"])
        + f"  S/N {serial(rng, '99999999')}",
        s.font,
        8,
    )
    pages.append(q)
    if rng.random() < 0.3:
        pages.append(sld_page(rng, s, c, lg, f"{h.name} - {cert}"))
    note(c, d, cert)
    nos = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    return foot_and_number(pages, s, [], nos, rng.choice(["br", "tr", "bc"]))


def tpl_compliance(rng: random.Random, who: Issuer) -> list[Page]:
    """A compliance certificate from outside the company: the MCS certificate or the
    building regulations compliance certificate (England), the district chimney sweep's
    certificate on the old boiler's decommissioning or the hybrid's flue (Germany), the
    Consuel's stamped attestation de conformité (France)."""
    h = head_of(who, "scheme")
    lg = h.lang
    pv_first = lg == "fr" or (lg == "en" and rng.random() < 0.5)
    c = the_client(rng, ("pv_test", "commissioning"), "pv" if pv_first else "hp")
    d = the_day(rng, ("pv_test", "commissioning"), (3, 30))
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    if lg == "en":
        mcs = "MCS" in h.name
        p.rect(24, 24, w - 48, hh - 48)
        p.rect(28, 28, w - 56, hh - 56)
        y = heading(p, s, h)
        title = "MCS Certificate" if mcs else "Building Regulations Compliance Certificate"
        p.text(w / 2, y + 20, title, s.bold, 22 if mcs else 16, "center")
        y += 44
        intro = (
            "This certificate confirms that the installation below was carried out by an MCS "
            "certified contractor in accordance with the MCS Standards."
            if mcs
            else "This certificate confirms that the work has been notified to the local "
            "authority by a registered competent person and complies with the applicable "
            "requirements of the Building Regulations 2010."
        )
        for ln in wrap(intro, s.font, 9, w - 2 * m - 40):
            p.text(w / 2, y, ln, s.font, 9, "center")
            y += 12
        y += 14
        tech = "Solar PV" if has_pv(c) else "Air Source Heat Pump"
        rows = [
            ("Certificate number", serial(rng, "MCS-99999999" if mcs else "BRCC 9999999")),
            ("Installation address", site(c)),
            (
                "Technology" if mcs else "Description of work",
                tech
                if mcs
                else rng.choice(
                    [
                        "Installation of a new circuit (heat pump)",
                        "Installation of a heat producing appliance",
                        "Addition of a generator (solar PV)",
                    ]
                ),
            ),
            ("Capacity", f"{kwp(c):.2f} kWp" if has_pv(c) else f"{c.kw:g} kW"),
            (
                "Commissioning date" if mcs else "Date work completed",
                day(h, d - timedelta(days=rng.randint(5, 25))),
            ),
            ("Installer", firm_head().name),
            (
                "Local authority",
                ["Shropshire Council", "Calderdale Council", "Wiltshire Council"][firm_no()],
            ),
        ]
        if mcs and has_pv(c):
            rows.append(
                ("Estimated annual generation", f"{kwp(c) * rng.uniform(850, 1000):.0f} kWh")
            )
        for lab, val in rows:
            p.text(m + 30, y, lab, s.font, 9)
            p.text(m + 200, y, fit(val, s.bold, 9.5, w - 2 * m - 210), s.bold, 9.5)
            y += 18
        p.text(m + 30, hh - 70, f"Issued {day(h, d)}", s.font, 8)
        p.text(
            w - m - 30,
            hh - 70,
            "Keep this certificate with your property deeds.",
            s.font,
            8,
            "right",
        )
    elif lg == "de":
        y = heading(p, s, h)
        window(p, s, h, y, client_lines(c, lg))
        y += 80
        hp = has_hp(c) and c.system != "hybrid"
        title = (
            "Bescheinigung über die Stilllegung einer Feuerstätte"
            if hp
            else "Bescheinigung über die Abnahme einer Feuerungsanlage nach § 14 Abs. 2 SchfHwG"
        )
        for ln in wrap(title, s.bold, 13, w - 2 * m):
            p.text(m, y, ln, s.bold, 13)
            y += 16
        y += 8
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Grundstück / Liegenschaft", site(c)),
                ("Eigentümer", f"{c.first} {c.last}"),
                (
                    "Feuerstätte",
                    rng.choice(
                        [
                            "Öl-Niedertemperaturkessel 24 kW",
                            "Gas-Brennwert 20 kW",
                            "Gas-Umlaufwasserheizer",
                        ]
                    ),
                ),
                (
                    "Abgasanlage",
                    rng.choice(["Schornstein, einschalig", "LAS-System", "Edelstahl-Innenrohr"]),
                ),
                ("Datum der Überprüfung", short(d, lg)),
                ("Ergebnis", "ohne Mängel" if rng.random() < 0.8 else "Mangel behoben"),
            ],
            per=2,
            tall=28,
            hand=rng.random() < 0.5,
        )
        for ln in wrap(words(rng, lg, "heat", 30), s.font, 8.5, w - 2 * m):
            p.text(m, y, ln, s.font, 8.5)
            y += 12
        y += 30
        stamp(p, m, y, [h.name.split()[0], h.name.split(" ", 1)[1], h.town])
        sign(p, m + 260, y + 30, h.name.split(" ", 1)[1])
        p.text(m + 260, y + 44, "Bevollmächtigte/r Bezirksschornsteinfeger/in", s.font, 7)
    else:
        p.rect(20, 20, w - 40, hh - 40, fill=None)
        y = heading(p, s, h)
        p.text(w / 2, y + 6, "ATTESTATION DE CONFORMITÉ", s.bold, 16, "center")
        p.text(
            w / 2,
            y + 22,
            "Installation électrique de production d'énergie - photovoltaïque (modèle AC 144)",
            s.font,
            8.5,
            "center",
        )
        y += 46
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Adresse de l'installation", site(c)),
                ("Propriétaire", f"{c.first} {c.last.upper()}"),
                ("Puissance", f"{money(kwp(c), lg)} kWc - onduleur {rng.choice([3, 5, 6])} kVA"),
                (
                    "Type de raccordement",
                    rng.choice(["Vente du surplus", "Vente totale", "Autoconsommation totale"]),
                ),
                ("Installateur", firm_head().name),
                ("N° PDL", c.meter),
            ],
            per=2,
            tall=28,
            hand=rng.random() < 0.6,
        )
        for ln in wrap(
            "Je soussigné atteste que l'installation décrite ci-dessus est conforme "
            "aux prescriptions de sécurité imposées par les règlements en vigueur. "
            + words(rng, lg, "solar", 18),
            s.font,
            8.5,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 8.5)
            y += 12
        y += 16
        sign(p, m, y + 20, staff(firm_head(), "electrician"))
        p.text(m, y + 34, "Cachet et signature de l'installateur", s.font, 7)
        p.rect(w - m - 190, y, 190, 90)
        p.text(w - m - 180, y + 14, "VISA DU CONSUEL", s.bold, 9)
        stamp(
            p, w - m - 178, y + 24, ["CONSUEL - VISÉ", short(d, lg), serial(rng, "N° 99 999 999")]
        )
    note(c, d, "")
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates LL: contracts, invoices, scaffolding, complaints
# ---------------------------------------------------------------------------------------------


def dd_mandate(rng: random.Random, s: Style, h: Head, c: Client, lg: str, ref: str) -> Page:
    """The direct debit instruction (UK) or the SEPA mandate that comes with a contract."""
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = m
    if lg == "en":
        p.text(
            m, y, "Instruction to your bank or building society to pay by Direct Debit", s.bold, 11
        )
        p.rect(w - m - 60, y - 14, 60, 22, fill=0.85)
        p.text(w - m - 30, y + 1, "DIRECT", "Helvetica-Bold", 7, "center")
        y += 24
        p.text(m, y, "Service user number", s.font, 8)
        num = serial(keyed_any(h.name, "sun"), "999999")
        for k2, ch in enumerate(num):
            p.rect(m + 110 + k2 * 16, y - 10, 16, 16)
            p.text(m + 118 + k2 * 16, y + 2, ch, s.bold, 9, "center")
        y += 24
        cells = [
            ("Name(s) of account holder(s)", f"{c.first} {c.last}"),
            ("Reference", ref),
            (
                "Bank/building society account number",
                serial(rng, "99999999") if rng.random() < 0.8 else "",
            ),
            ("Branch sort code", serial(rng, "99-99-99")),
            (
                "Name and address of your bank",
                rng.choice(
                    [
                        "Lloyds Bank, Shrewsbury",
                        "Nationwide BS",
                        "HSBC UK, Halifax",
                        "Barclays, Salisbury",
                    ]
                ),
            ),
            ("Date", short(on(rng), lg)),
        ]
        y = fields(p, s, m, y, w - 2 * m, cells, per=2, tall=30)
        for ln in wrap(
            "Please pay " + h.name + " Direct Debits from the account detailed in "
            "this Instruction subject to the safeguards assured by the Direct Debit "
            "Guarantee. I understand that this Instruction may remain with "
            + h.name
            + " and, if so, details will be passed electronically to my "
            "bank/building society.",
            s.font,
            8,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 8)
            y += 11
        y += 24
        p.text(m, y, "Signature(s)", s.font, 8)
        p.line(w / 2 + 30, y + 3, w - m, y + 3)
        y += 16
    else:
        p.text(m, y, tr(lg, "", "SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA"), s.bold, 12)
        y += 18
        cred = tr(
            lg,
            "",
            f"Gläubiger-Identifikationsnummer: DE{rng.randint(10, 99)}ZZZ0000"
            f"{rng.randint(1000000, 9999999)}",
            f"ICS : FR{rng.randint(10, 99)}ZZZ{rng.randint(100000, 999999)}",
        )
        p.text(m, y, cred, s.font, 8.5)
        y += 12
        p.text(
            m,
            y,
            tr(lg, "", "Mandatsreferenz: ", "Référence unique du mandat : ") + ref,
            s.font,
            8.5,
        )
        y += 16
        for ln in wrap(
            tr(
                lg,
                "",
                f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels "
                "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, "
                "die gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb "
                "von acht Wochen die Erstattung des belasteten Betrages verlangen.",
                f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer "
                "des instructions à votre banque pour débiter votre compte. Vous "
                "bénéficiez du droit d'être remboursé par votre banque.",
            ),
            s.font,
            8,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 8)
            y += 11
        y += 8
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), f"{c.first} {c.last}"),
                (tr(lg, "", "Anschrift", "Adresse"), site(c)),
                (
                    "IBAN",
                    tr(
                        lg,
                        "",
                        f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                        f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                        f"FR76 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                        f"{rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                    ),
                ),
                ("BIC", serial(rng, "AAAAAA9A")),
                (
                    tr(lg, "", "Ort, Datum", "Lieu, date"),
                    f"{c.town.split(' ', 1)[1]}, {short(on(rng), lg)}",
                ),
                (tr(lg, "", "Unterschrift", "Signature"), ""),
            ],
            per=2,
            tall=30,
        )
    sign(p, w / 2 + 40, y - 16, f"{c.first} {c.last}")
    return p


def keyed_any(name: str, key: str) -> random.Random:
    return random.Random(zlib.crc32(f"pail/{key}/{name}".encode()))


def tpl_maintenance(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's annual maintenance contract: parties, equipment, the service level
    ticked with its yearly price, signatures; the terms page and the direct debit or SEPA
    mandate behind."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng)
    d = on(rng)
    ref = tr(lg, f"SA-{c.job}", f"WV-{c.job}", f"CE-{c.job}")
    title = tr(lg, "Annual Service Agreement", "Wartungsvertrag", "Contrat d'entretien annuel")
    f = sheets(s, h, f"{title} {ref}")
    caption(f, s, title, 6)
    f.page.text(w - m, f.y - 16, ref, s.font, 9, "right")
    f.y += 4
    f.heading(m, tr(lg, "Between", "Zwischen", "Entre"), s.bold, 9)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "The company", "Auftragnehmer", "L'entreprise"), h.name),
                (tr(lg, "The customer", "Auftraggeber", "Le client"), f"{mr(c, lg)}, {site(c)}"),
                (tr(lg, "Start date", "Vertragsbeginn", "Date d'effet"), day(h, d)),
            ],
            w - m,
        )
        + 8
    )
    f.heading(
        m, tr(lg, "Equipment covered", "Wartungsgegenstand", "Matériels concernés"), s.bold, 9
    )
    eq = []
    if has_hp(c):
        eq.append([hp_model(c), serial(rng, "99999999AA9999"), str(d.year - rng.randint(0, 3))])
        eq.append(
            [
                tr(lg, "Hot water cylinder", "Warmwasserspeicher", "Ballon ECS"),
                serial(rng, "AA99999"),
                str(d.year - rng.randint(0, 3)),
            ]
        )
    if has_pv(c):
        eq.append(
            [
                tr(lg, "PV system ", "PV-Anlage ", "Centrale PV ") + f"{money(kwp(c), lg)} kWp",
                "-",
                str(d.year - rng.randint(0, 3)),
            ]
        )
        eq.append(
            [
                tr(lg, "Inverter SST 5.0", "Wechselrichter SST 5.0", "Onduleur SST 5.0"),
                serial(rng, "SST99999999"),
                str(d.year - rng.randint(0, 3)),
            ]
        )
    table(
        f,
        columns(m, w - m, [(4, "left"), (2.5, "left"), (1, "right")]),
        [
            tr(lg, "Appliance", "Gerät", "Appareil"),
            tr(lg, "Serial", "Seriennr.", "N° série"),
            tr(lg, "Year", "Baujahr", "Année"),
        ],
        eq,
        s,
    )
    f.y += 6
    f.heading(m, tr(lg, "Level of cover", "Leistungsumfang", "Formule"), s.bold, 9)
    levels = [
        (tr(lg, "Annual service", "Inspektion jährlich", "Visite annuelle"), 145.0),
        (
            tr(
                lg, "Service + parts and labour cover", "Inspektion + Wartung", "Visite + dépannage"
            ),
            219.0,
        ),
        (
            tr(
                lg,
                "Premium incl. 24h callout",
                "Vollwartung inkl. Notdienst",
                "Formule sérénité (pièces et main-d'oeuvre)",
            ),
            298.0,
        ),
    ]
    pick = rng.randrange(3)
    for k2, (t, pr) in enumerate(levels):
        f.need(16)
        box(f.page, m, f.y, k2 == pick, 9)
        f.page.text(m + 16, f.y, t, s.font, s.size)
        f.page.text(
            w - m,
            f.y,
            cash(pr * (1 if lg == "en" else 1.15), lg)
            + tr(lg, " per year", " / Jahr", " TTC / an"),
            s.font,
            s.size,
            "right",
        )
        f.y += 16
    f.y += 6
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "heat" if has_hp(c) else "solar", 1, 3))
    f.need(70)
    f.y += 20
    for k2, (lab, name) in enumerate(
        [
            (tr(lg, "For the company", "Auftragnehmer", "Pour l'entreprise"), staff(h, "office")),
            (tr(lg, "Customer", "Auftraggeber", "Le client"), f"{c.first} {c.last}"),
        ]
    ):
        x = m + k2 * (w - 2 * m) / 2
        f.page.line(x, f.y + 3, x + 180, f.y + 3)
        f.page.text(x, f.y + 14, lab, s.font, 8)
        if rng.random() < 0.85:
            sign(f.page, x + 10, f.y, name)
    f.y += 30
    pages = f.pages
    if rng.random() < 0.75:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Service agreement - terms",
                    "Wartungsbedingungen",
                    "Conditions générales d'entretien",
                ),
                TERMS[lg][2:9],
                2,
            )
        )
    if rng.random() < 0.6:
        pages.append(dd_mandate(rng, s, h, c, lg, ref))
    note(c, d, ref)
    return close(pages, s, h)


def tpl_customer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's invoice to a customer: the deposit invoice, a stage payment request or
    the final invoice with the payments received deducted; bank details; sometimes a second
    page with the payment schedule."""
    h = firm_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, ("order_confirmation", "quotation"))
    d = on(rng)
    stage = rng.choice([1, 2, 2, 3])
    items = job_items(rng, c, lg)
    net = sum(q * pr for _, q, pr in items)
    rate = vat_rate(c, lg)
    gross = net * (1 + rate)
    shares = [0.25, 0.5, 0.25] if lg == "en" else [0.3, 0.6, 0.1]
    no = serial(rng, tr(lg, "INV-9999", "RE-2099-9999", "FA-2099-9999"))
    label = [
        tr(lg, "Deposit invoice", "1. Abschlagsrechnung", "Facture d'acompte"),
        tr(lg, "Stage payment request 2 of 3", "2. Abschlagsrechnung", "Facture de situation"),
        tr(lg, "Final invoice", "Schlussrechnung", "Facture de solde"),
    ][stage - 1]
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        client_lines(c, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"), c.job),
            (tr(lg, "Tax point", "Leistungsdatum", "Date d'exécution"), short(d, lg)),
        ],
    )
    caption(f, s, f"{label} - {no}", 2)
    f.page.text(
        m,
        f.y,
        tr(lg, "Installation at ", "Bauvorhaben: ", "Chantier : ") + site(c),
        s.font,
        s.size - 0.5,
    )
    f.y += 18
    if stage < 3:
        rows = [
            [
                tr(
                    lg,
                    f"{label} ({round(shares[stage - 1] * 100)}% of contract {cash(gross, lg)})",
                    f"{label}: {round(shares[stage - 1] * 100)} % "
                    f"der Auftragssumme {cash(gross, lg)}",
                    f"{label} : {round(shares[stage - 1] * 100)} % du devis {quote_no(c, lg)}",
                ),
                money(gross * shares[stage - 1] / (1 + rate), lg),
            ]
        ]
        cl = columns(m, w - m, [(6, "left"), (1.5, "right")])
        table(
            f,
            cl,
            [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Net", "Netto", "HT")],
            rows,
            s,
        )
        due_net = gross * shares[stage - 1] / (1 + rate)
        paid = 0.0
    else:
        cl = columns(m, w - m, [(0.6, "left"), (6, "left"), (0.8, "right"), (1.5, "right")])
        table(
            f,
            cl,
            [
                tr(lg, "Pos", "Pos.", "Pos."),
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            [[str(k + 1), t, f"{q:g}", money(q * pr, lg)] for k, (t, q, pr) in enumerate(items)],
            s,
            size=s.size - 1.5,
        )
        due_net = net
        paid = gross * (shares[0] + shares[1])
    f.need(90)
    sums = [
        (tr(lg, "Net amount", "Nettobetrag", "Total HT"), cash(due_net, lg)),
        (vat_label(lg, rate), cash(due_net * rate, lg)),
        (tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(due_net * (1 + rate), lg)),
    ]
    if paid:
        sums.append(
            (
                tr(
                    lg,
                    "Less payments received",
                    "abzgl. geleisteter Abschläge",
                    "Acomptes déjà versés",
                ),
                "-" + cash(paid, lg),
            )
        )
        sums.append(
            (
                tr(lg, "Balance due", "Restbetrag", "Net à payer"),
                cash(due_net * (1 + rate) - paid, lg),
            )
        )
    f.y = pairs(f.page, s, w * 0.5, f.y + 6, sums, w - m, s.size) + 10
    sort_code = serial(keyed_any(h.name, "sc"), "99-99-99")
    bank = tr(
        lg,
        f"Please pay within 7 days to: {h.name}, sort code {sort_code}, account "
        f"{serial(keyed_any(h.name, 'ac'), '99999999')}, quoting {no}.",
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der "
        f"Rechnungsnummer {no}. Bei Leistungen an Privatpersonen: Aufbewahrungspflicht 2 Jahre "
        "(§ 14b UStG).",
        f"Règlement à réception par virement, en rappelant la référence {no}. Pas d'escompte "
        "pour paiement anticipé.",
    )
    write(f, s, bank, s.size - 1)
    if stage == 3 and rng.random() < 0.35:
        f.new_page()
        caption(f, s, tr(lg, "Payment schedule", "Zahlungsübersicht", "Échéancier"), 1)
        table(
            f,
            columns(m, w - m, [(3, "left"), (2, "left"), (1.5, "right")]),
            [
                tr(lg, "Stage", "Abschlag", "Étape"),
                tr(lg, "Paid", "Bezahlt am", "Réglé le"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    tr(lg, "Deposit", "1. Abschlag", "Acompte"),
                    short(d - timedelta(days=rng.randint(40, 90)), lg),
                    cash(gross * shares[0], lg),
                ],
                [
                    tr(lg, "Stage 2", "2. Abschlag", "Situation"),
                    short(d - timedelta(days=rng.randint(5, 30)), lg),
                    cash(gross * shares[1], lg),
                ],
            ],
            s,
        )
    note(c, d, no)
    return close(f.pages, s, h)


def tpl_scaffold_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A scaffolder's invoice to the installer for access on a PV job: erect and dismantle,
    the hire period, extra weeks, edge protection, VAT."""
    h = head_of(who, "scaffold")
    lg = h.lang
    s = style_of(h, A4 if rng.random() < 0.8 else A5)
    w, _ = s.page_size
    m = s.margin
    c = the_client(rng, (), "pv")
    d = on(rng)
    no = serial(rng, tr(lg, "9999", "R-2099-999", "F999999"))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(lg),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), c.job),
        ],
    )
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 14)
    f.y += 16
    f.page.text(
        m, f.y, tr(lg, "Site: ", "Baustelle: ", "Chantier : ") + site(c), s.font, s.size - 0.5
    )
    f.y += 18
    weeks = rng.randint(0, 4)
    rate_wk = rng.choice([45.0, 60.0, 75.0])
    rows = [
        (
            tr(
                lg,
                f"Erect and dismantle scaffold to {rng.choice(['front', 'rear', 'side'])} "
                "elevation incl. 4 weeks hire",
                "Fassadengerüst LK 3 auf- und abbauen, inkl. 4 Wochen Standzeit",
                "Montage et démontage échafaudage de pied, location 4 semaines incluse",
            ),
            1,
            round(rng.uniform(450, 950), -1),
        ),
        (
            tr(
                lg, "Roof edge protection / loading bay", "Dachfanggerüst", "Garde-corps de toiture"
            ),
            1,
            round(rng.uniform(80, 220), -1),
        ),
        (
            tr(
                lg,
                "Additional hire per week",
                "Vorhaltung je weitere Woche",
                "Location semaine supplémentaire",
            ),
            weeks,
            rate_wk,
        ),
    ]
    if rng.random() < 0.3:
        rows.append((tr(lg, "Scaffold alarm", "Gerüstalarm", "Alarme échafaudage"), 1, 40.0))
    cl = columns(m, w - m, [(6, "left"), (0.8, "right"), (1.5, "right")])
    net = sum(q * p for _, q, p in rows)
    table(
        f,
        cl,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, f"{q:g}", money(q * p, lg)] for t, q, p in rows if q],
        s,
        size=s.size - 1,
    )
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    f.need(60)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y + 6,
            [
                (tr(lg, "Net", "Netto", "Total HT"), cash(net, lg)),
                (tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), cash(net * rate, lg)),
                (tr(lg, "Total due", "Gesamt", "Total TTC"), cash(net * (1 + rate), lg)),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Erected "
            + short(d - timedelta(days=7 * (4 + weeks) + 2), lg)
            + ", struck "
            + short(d - timedelta(days=1), lg)
            + ". Payment 14 days.",
            f"Standzeit bis {short(d, lg)}. Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à 30 jours.",
        ),
        s.font,
        s.size - 1,
    )
    received(rng, f.pages[0], home(), d, 0.5)
    note(c, d, no)
    return close(f.pages, s, h, numbers="none")


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint: a typed letter, a handwritten letter on lined paper or a
    printed e-mail; now and then the customer's own photos behind."""
    lg = home()
    c = the_client(rng)
    d = on(rng, -60, 25)
    firm = firm_head()
    form = rng.choice(["typed", "hand", "mail", "mail"])
    topic = topic_of(c)
    pages: list[Page] = []
    if form == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 50, "none", "bottom", A4, "short")
        w, hh = A4
        m = s.margin
        f = Flow(A4, hh - m, lambda pg, n: m - 10)
        f.page.text(m, 24, f"{c.first} {c.last} <{c.email}>", s.font, 7)
        f.page.line(m, 40, w - m, 40)
        f.y = 60
        for lab, val in [
            (tr(lg, "From:", "Von:", "De :"), f"{c.first} {c.last} <{c.email}>"),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{day(firm, d)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "To:", "An:", "À :"), f"info@{firm.web.removeprefix('www.')}"),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                tr(lg, "Complaint - ", "Reklamation - ", "Réclamation - ")
                + rng.choice(
                    tr(
                        lg,
                        "noise from heat pump|system not working|damage to roof|invoice",
                        "Geräusche Wärmepumpe|Anlage ohne Funktion|Schaden am Dach|Rechnung",
                        "bruit PAC|panne|dégâts toiture|facture",
                    ).split("|")
                ),
            ),
        ]:
            f.page.text(m, f.y, lab, s.bold, 9)
            f.page.text(m + 70, f.y, fit(val, s.font, 9, w - 2 * m - 70), s.font, 9)
            f.y += 13
        f.y += 16
        f.para(
            m,
            w - 2 * m,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Bonjour,"),
            s.font,
            9.5,
        )
        for _ in range(rng.randint(2, 6)):
            f.para(m, w - 2 * m, prose(rng, lg, topic, 2, 4), s.font, 9.5)
        f.para(m, w - 2 * m, tr(lg, "Regards", "Viele Grüße", "Cordialement"), s.font, 9.5)
        f.para(m, w - 2 * m, f"{c.first} {c.last}", s.font, 9.5)
        f.para(m, w - 2 * m, c.phone, s.font, 9.5)
        pages = f.pages
        n = len(pages)
        for k2, pg in enumerate(pages):
            pg.text(w - m, hh - 24, f"{k2 + 1}/{n}", s.font, 7, "right")
            pg.text(m, hh - 24, f"{day(firm, d + timedelta(days=rng.randint(0, 2)))}", s.font, 7)
    else:
        s = Style("Times-Roman", "Times-Bold", 10.5, 62, "none", "bottom", A4, "short")
        w, hh = A4
        m = s.margin
        p = Page(A4)
        font, pt, gap = (s.font, 10.5, 14.5) if form == "typed" else (HAND, 11, 21.0)
        if form == "hand":
            for yy in range(90, int(hh) - 40, 21):
                p.line(40, yy + 4, w - 40, yy + 4)
        y = 70.0 if form == "typed" else 87.0
        for t in [f"{c.first} {c.last}", c.street, c.town, "", short(d, lg)]:
            if t:
                p.text(w - m, y, t, font, pt, "right")
            y += gap
        y += gap
        for t in firm_lines(lg):
            p.text(m if form == "typed" else 50, y, t, font, pt)
            y += gap
        y += gap
        if form == "typed":
            p.text(
                m,
                y,
                tr(lg, "Re: ", "Betreff: ", "Objet : ")
                + tr(lg, f"your job {c.job}", f"Ihr Auftrag {c.job}", f"dossier {c.job}"),
                s.bold,
                pt,
            )
            y += gap * 1.6
        pages = [p]
        x0 = m if form == "typed" else 50
        lines = [tr(lg, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")]
        for _ in range(rng.randint(2, 5)):
            lines += [*wrap(prose(rng, lg, topic, 2, 3), font, pt, w - x0 - m), ""]
        lines += [
            tr(
                lg,
                "Yours faithfully",
                "Mit freundlichen Grüßen",
                "Veuillez agréer mes salutations.",
            )
        ]
        for ln in lines:
            if y > hh - 70:
                p = Page(A4)
                pages.append(p)
                if form == "hand":
                    for yy in range(90, int(hh) - 40, 21):
                        p.line(40, yy + 4, w - 40, yy + 4)
                    hand(p, w - 70, 60, "2", 11)
                y = 87.0 if form == "hand" else 70.0
            if ln:
                p.text(x0, y, ln, font, pt)
            y += gap
        sign(p, x0, y + gap, f"{c.first} {c.last}", 16)
        if form == "typed":
            p.text(x0, y + gap * 2.5, f"{c.first} {c.last}", font, pt)
    received(rng, pages[0], lg, d, 0.55)
    if rng.random() < 0.3:
        sp = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
        pages += photo_sheet(rng, sp, "", [hand_cap(rng, lg) for _ in range(rng.choice([2, 4]))], 4)
    note(c, d, "")
    return pages


def hand_cap(rng: random.Random, lg: str) -> str:
    return rng.choice(
        tr(
            lg,
            "water on floor|noise at night|crack in render|tiles broken|display error code",
            "Wasser im Keller|Fehlermeldung|Riss im Putz|Ziegel beschädigt",
            "fuite|code erreur|fissure|tuiles cassées",
        ).split("|")
    )


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The installer's reply to a complaint, sometimes with the report of the service visit
    enclosed (a form page of its own look, part of the reply)."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    c = the_client(rng, ("complaint",))
    d = the_day(rng, ("complaint",), (3, 20))
    f = sheets(s, h, h.name)
    recipient(
        f, s, h, client_lines(c, lg), d, [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), c.job)]
    )
    caption(
        f, s, tr(lg, "Your complaint", "Ihre Reklamation", "Votre réclamation") + f" - {site(c)}", 1
    )
    write(f, s, dear(lg, mr(c, lg)))
    for _ in range(rng.randint(2, 5)):
        write(f, s, prose(rng, lg, topic_of(c), 2, 4))
    regards(f, s, lg, staff(h, "director"), tr(lg, "Director", "Geschäftsführer", "Gérant"))
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        p = Page(A4)
        sv = Style("Helvetica", "Helvetica-Bold", 8.5, 44, "none", "bottom", A4, "short")
        y = form_head(
            p,
            sv,
            h.name,
            serial(rng, "SV-99999"),
            tr(lg, "Service visit report", "Kundendienstbericht", "Rapport d'intervention"),
        )
        y = fields(
            p,
            sv,
            44,
            y,
            A4[0] - 88,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d - timedelta(days=rng.randint(1, 6)), lg)),
                (tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "engineer")),
                (
                    tr(lg, "Arrived / left", "Ankunft / Ende", "Arrivée / départ"),
                    f"{rng.randint(8, 11)}:{rng.randint(10, 59)} / {rng.randint(12, 16)}:"
                    f"{rng.randint(10, 59)}",
                ),
                (tr(lg, "Customer", "Kunde", "Client"), f"{c.first} {c.last}"),
            ],
            per=2,
            tall=26,
        )
        for lab in [
            tr(lg, "Fault reported", "Fehlerbeschreibung", "Anomalie signalée"),
            tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"),
            tr(lg, "Parts used", "Material", "Pièces"),
        ]:
            y = band(p, sv, y, lab) + 16
            for _ in range(3):
                if rng.random() < 0.8:
                    hand(p, 48, y, fit(words(rng, lg, topic_of(c), 8), HAND, 9.5, A4[0] - 100))
                p.line(44, y + 4, A4[0] - 44, y + 4)
                y += 17
            y += 6
        y += 10
        ticks(
            p,
            sv,
            44,
            y,
            A4[0] - 88,
            tr(
                lg,
                "Resolved|Further visit needed|Chargeable",
                "Erledigt|Folgetermin|Kostenpflichtig",
                "Résolu|Nouvelle visite|Facturable",
            ).split("|"),
            {rng.randint(0, 1)},
            8,
        )
        sign(p, 60, y + 50, f"{c.first} {c.last}")
        p.text(
            48,
            y + 62,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            sv.font,
            7,
        )
        pages.append(p)
    note(c, d, "")
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "quotation": tpl_quotation,
    "order_confirmation": tpl_order_confirmation,
    "survey_report": tpl_survey,
    "heat_loss": tpl_heat_loss,
    "grid_application": tpl_grid_application,
    "grid_approval": tpl_grid_approval,
    "grant_application": tpl_grant_application,
    "grant_award": tpl_grant_award,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "data_sheet": tpl_data_sheet,
    "commissioning": tpl_commissioning,
    "pv_test": tpl_pv_test,
    "compliance_cert": tpl_compliance,
    "warranty": tpl_warranty,
    "maintenance_contract": tpl_maintenance,
    "customer_invoice": tpl_customer_invoice,
    "scaffold_invoice": tpl_scaffold_invoice,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
}
TEMPLATES_LL: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_note",
    "data_sheet",
    "warranty",
    "compliance_cert",
    "customer_invoice",
    "scaffold_invoice",
    "supplier_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "quotation": "order_confirmation",
    "survey_report": "heat_loss",
    "grid_application": "grid_approval",
    "grant_application": "grant_award",
    "delivery_note": "supplier_invoice",
    "commissioning": "warranty",
    "pv_test": "compliance_cert",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pail_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One installer's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    installer (country, firm, customers, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["firm"] = r.randrange(3)
    OFFICE["seed"] = r.getrandbits(24)
    month = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["month"] = month
    OFFICE["clients"] = [a_client(r, lang, k, month.year) for k in range(r.randint(12, 30))]
    LAST.update(kind="", client=None, day=None, ref="", product=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_LL, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pail_stream, "templates LL")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

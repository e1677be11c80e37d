"""Nutcracker part of the generated corpus: templates OOOOO, written blind for the next measurement.

A part of its own, ``nutcracker``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a canal and
river boat hire company (a fleet of eight to twenty holiday narrowboats, Hausboote or
pénichettes and a small boatyard; a managing director, a booking office, two boatyard engineers
and a cleaner team leader; in England, Germany or France) feeds through its scanner in a month:
customers' booking forms as they come back filled in by hand (the booking form with the boat,
dates and extras ticked, the crew list with ages and swimmers, the damage deposit or waiver form
and now and then the signed booking conditions); the office's booking confirmations with the
balance invoice, the payment schedule and a "before you go" page with the directions to the
base; the boatyard's handover checklists filled in at the base on departure day (A4 or A5 pad,
tick boxes, fuel and hours, inventory, the hirer's and the instructor's signatures); the return
trip reports with the engine hours, diesel used, damage marked on a boat outline and the deposit
settlement; the cleaner team leader's changeover cleaning checklists on A5 cards; the navigation
authority's licences for the hire fleet (a Canal & River Trust business boat licence, a WSA
Genehmigung for charter boats without licence, a VNF titre de péage for professional hirers)
with the fleet schedule and the conditions; the authority's stoppage programmes (winter
stoppages, Sperrungen, chômages) as a covering letter with a landscape table of closures; safety
examination certificates per boat (Boat Safety Scheme examination certificate, Prüfbescheinigung
Flüssiggasanlage nach DVGW G 608, attestation de visite périodique) with the check pages; hull
surveyors' out-of-water survey reports with the ultrasonic thickness readings on a landscape
page and a photo sheet; the engineers' breakdown call-out sheets; fuel distributors' diesel
invoices with the tanker's metered delivery ticket on a narrow slip behind; service wharves'
pump-out, diesel and gas invoices; marinas' winter mooring invoices for the fleet with the
mooring terms; travel agents' booking statements (landscape booking lists with commission) and
the agents' commission invoices; customers' complaints (a letter, a printed e-mail, a
handwritten note, now and then with photos printed behind) and the office's replies with the
deposit breakdown; the office's insurance claim forms with the incident sketch and a copy of the
hirer's incident report; seasonal staff contracts (fixed-term contract, Saisonarbeitsvertrag,
CDD saisonnier) with the terms and a signature page; and the brokers' fleet insurance schedules
with a covering letter, the schedule, the fleet list on a landscape page and the endorsements.
Each stream is one company's pile: the company (country, name, bases, fleet, staff, month) is
drawn once per stream; its outside senders are of its country and write in its language, except
that hirers, travel agents and now and then a surveyor are from abroad and write in their own.
Page sizes range from narrow delivery tickets and A5 cards to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
crew list, deposit form and signed conditions of a booking form; the payment schedule and the
"before you go" page of a confirmation; every page of a handover checklist or a trip report; the
fleet schedule and conditions of a licence; the table of a stoppage programme; the check pages
of a safety certificate; the readings page and photo sheet of a survey; the delivery ticket
behind a diesel invoice (the tanker's slip, yet the distributor sent it); the terms page of a
mooring invoice; the booking list pages of an agent's statement; the photos enclosed with a
complaint; the sketch page and the copy of the hirer's incident report in a claim (the copy is
on the hirer's form, yet the office sent it with its claim); the terms and signature page of a
staff contract; the covering letter, schedule, fleet list and endorsements of an insurance
schedule. Related papers are documents of their own: the office's confirmation after the
customer's booking form, the trip report after the handover checklist, the agent's commission
invoice after the agent's statement, the office's reply after a complaint, the licence after a
safety certificate and the insurance claim after a trip report with damage; and so is each
checklist, card, certificate, call-out sheet and invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: handover checklists, trip reports,
changeover cards, safety certificates, call-out sheets, booking confirmations, service wharf
invoices, diesel invoices and commission invoices often come 2-4 in a row from one sender with
other boats, hirers, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers, about the same booking or boat. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"nutcracker"`` and seeds offset by 11_800_000.

Usage: ``python benchmarks/corpus_nutcracker.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/nutcracker/nutcracker_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    MONTH_NAMES,
    Flow,
    band,
    caption,
    cash,
    close,
    columns,
    date_text,
    dear,
    fields,
    fit,
    hand,
    italic_of,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    photo,
    running_header,
    serial,
    short,
    shrink,
    stamp,
    table,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "nutcracker"
SEED_OFFSET = 11_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
A5L = landscape(A5)
LANGS = ("en", "de", "fr")

# ---------------------------------------------------------------------------------------------
# Who writes: the hire company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
COMPANIES: dict[str, list[Row]] = {
    "en": [
        (
            "Wyvern Wharf Narrowboats Ltd",
            "The Wharf, Canal Road",
            "Devizes SN10 1EB",
            "01380 724 118",
        ),
        (
            "Kingfisher Canal Holidays Ltd",
            "Bridge 47 Boatyard",
            "Market Drayton TF9 2HJ",
            "01630 652 904",
        ),
        (
            "Oxford Cut Boating Company",
            "Lock Cottage, Wharf Lane",
            "Banbury OX16 5TA",
            "01295 271 630",
        ),
    ],
    "de": [
        ("Havelland Bootscharter GmbH", "Am Yachthafen 4", "16792 Zehdenick", "03307 44 81 20"),
        ("Seenplatte Hausboot-Vermietung KG", "Hafenstraße 11", "17248 Rechlin", "039823 27 55 0"),
        ("Spreewald Kanalschiffer GmbH", "Schleusenweg 2", "15907 Lübben", "03546 18 32 70"),
    ],
    "fr": [
        ("Nivernais Plaisance SAS", "Port de la Jonction", "58300 Decize", "03 86 25 14 60"),
        ("Bateaux de la Baïse SARL", "Quai de la Baïse", "47600 Nérac", "05 53 65 48 22"),
        (
            "Croisières du Canal de Bourgogne",
            "Port de plaisance",
            "21320 Pouilly-en-Auxois",
            "03 80 90 71 33",
        ),
    ],
}
BASES = {
    "en": [
        "Devizes Wharf",
        "Market Drayton",
        "Banbury",
        "Bradford on Avon",
        "Whitchurch",
        "Braunston",
    ],
    "de": [
        "Zehdenick",
        "Rechlin",
        "Lübben",
        "Fürstenberg/Havel",
        "Mirow",
        "Brandenburg an der Havel",
    ],
    "fr": [
        "Decize",
        "Nérac",
        "Pouilly-en-Auxois",
        "Châtillon-en-Bazois",
        "Buzet-sur-Baïse",
        "Dijon",
    ],
}
WATERS = {
    "en": ["Kennet & Avon Canal", "Shropshire Union Canal", "Oxford Canal", "Llangollen Canal"],
    "de": ["Obere Havel-Wasserstraße", "Müritz-Havel-Wasserstraße", "Spree-Oder-Wasserstraße"],
    "fr": ["canal du Nivernais", "canal latéral à la Loire", "la Baïse", "canal de Bourgogne"],
}
LOCKS = {
    "en": ["Caen Hill Lock 29", "Bridge 62", "Napton Top Lock", "Audlem Lock 12", "Grindley Brook"],
    "de": ["Schleuse Zaaren", "Schleuse Bredereiche", "Schleuse Canow", "Schleuse Mirow"],
    "fr": [
        "écluse de la Jonction",
        "écluse de Baye",
        "écluse n° 12 de Vandenesse",
        "pont de Cercy",
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "authority": {
        "en": [
            (
                "Canal & River Trust - Boat Licensing",
                "Station House, 500 Elder Gate",
                "Milton Keynes MK9 1BB",
                "0303 040 4040",
            ),
            (
                "Canal & River Trust - West Midlands Waterway",
                "Fradley Junction",
                "Alrewas DE13 7DN",
                "0303 040 4040",
            ),
        ],
        "de": [
            (
                "Wasserstraßen- und Schifffahrtsamt Oder-Havel",
                "Schneidemühlenweg 21",
                "16225 Eberswalde",
                "03334 276 0",
            ),
            (
                "Wasserstraßen- und Schifffahrtsamt Spree-Havel",
                "Brückenstraße 1",
                "14473 Potsdam",
                "0331 9794 0",
            ),
        ],
        "fr": [
            (
                "Voies navigables de France - Direction territoriale Centre-Bourgogne",
                "1 quai du Canal",
                "21000 Dijon",
                "03 80 29 44 44",
            ),
            (
                "Voies navigables de France - Direction territoriale Sud-Ouest",
                "2 port Saint-Étienne",
                "31000 Toulouse",
                "05 61 36 24 24",
            ),
        ],
    },
    "examiner": {
        "en": [
            (
                "R. J. Hargreaves - BSS Examiner",
                "9 Lock Lane",
                "Sandbach CW11 1PE",
                "07731 204 556",
            ),
            (
                "Towpath Safety Inspections",
                "Unit 3, Canal Side",
                "Trowbridge BA14 8RL",
                "01225 760 412",
            ),
        ],
        "de": [
            (
                "Gasprüfung Havel - Sachkundiger nach DVGW G 608",
                "Dorfstraße 17",
                "16798 Fürstenberg",
                "033093 602 14",
            ),
            ("Ing.-Büro Sielaff Bootstechnik", "Am Kanal 8", "14770 Brandenburg", "03381 22 40 91"),
        ],
        "fr": [
            (
                "Commission de surveillance des bateaux - DDT de la Nièvre",
                "2 rue des Pâtis",
                "58000 Nevers",
                "03 86 71 71 71",
            ),
            (
                "Commission de surveillance des bateaux - DDT de Lot-et-Garonne",
                "1722 av. de Colmar",
                "47916 Agen",
                "05 53 69 33 33",
            ),
        ],
    },
    "surveyor": {
        "en": [
            ("Marlow Marine Surveys", "17 Mill Road", "Marlow SL7 1QB", "01628 481 203"),
            ("Inland Hull Surveys Ltd", "The Old Forge", "Stone ST15 8JR", "01785 817 440"),
        ],
        "de": [
            (
                "Sachverständigenbüro Dahlke - Boote und Yachten",
                "Uferweg 5",
                "14469 Potsdam",
                "0331 280 61 13",
            ),
        ],
        "fr": [
            (
                "Cabinet Expertise Fluviale Morin",
                "12 quai de la Loire",
                "58000 Nevers",
                "03 86 59 40 22",
            ),
        ],
    },
    "fuel": {
        "en": [
            ("Midland Marine Fuels Ltd", "Station Yard", "Stoke-on-Trent ST4 2DL", "01782 845 100")
        ],
        "de": [
            ("Havel-Mineralöl Handels GmbH", "Gewerbering 9", "16515 Oranienburg", "03301 57 09 0")
        ],
        "fr": [
            ("Combustibles du Centre SAS", "ZA des Grands Champs", "58000 Nevers", "03 86 61 22 90")
        ],
    },
    "wharf": {
        "en": [
            ("Bridge 80 Services Wharf", "Wharf Lane", "Braunston NN11 7HH", "01788 891 442"),
            ("Lock 21 Pump-out & Diesel", "Towpath Cottage", "Audlem CW3 0AB", "01270 811 665"),
        ],
        "de": [
            (
                "Wassertankstelle Fürstenberg",
                "Am Hafen 2",
                "16798 Fürstenberg/Havel",
                "033093 39 14",
            ),
            ("Servicestation Schleuse Canow", "Canower Weg 1", "17255 Wustrow", "039828 20 37"),
        ],
        "fr": [
            (
                "Capitainerie du port de Decize",
                "Port de la Jonction",
                "58300 Decize",
                "03 86 25 05 19",
            ),
            ("Halte nautique de Buzet", "Quai du Canal", "47160 Buzet-sur-Baïse", "05 53 84 70 03"),
        ],
    },
    "marina": {
        "en": [
            ("Hillmorton Water Park Marina Ltd", "Crick Road", "Rugby CV23 0LX", "01788 544 771"),
            ("Avonside Marina", "Hilperton Wharf", "Trowbridge BA14 7QY", "01225 760 990"),
        ],
        "de": [("Marina Schwielowsee GmbH", "Seestraße 40", "14548 Caputh", "033209 70 44 2")],
        "fr": [("Port fluvial de Digoin SAS", "Quai de Loire", "71160 Digoin", "03 85 53 17 40")],
    },
    "agent": {
        "en": [
            (
                "Waterways Holidays Direct Ltd",
                "Canal House, 3 Market Street",
                "Lowestoft NR32 1AB",
                "01502 500 161",
            ),
            (
                "Blue Ribbon Boating Breaks",
                "Suite 4, Riverside Court",
                "Chester CH1 1SH",
                "01244 313 400",
            ),
        ],
        "de": [
            (
                "Hausboot-Reisen Weltweit GmbH",
                "Kaiserstraße 61",
                "60329 Frankfurt am Main",
                "069 24 75 33 0",
            ),
            (
                "Freizeit Charter Reisedienst",
                "Alte Poststraße 3",
                "70173 Stuttgart",
                "0711 60 19 41",
            ),
        ],
        "fr": [
            ("Évasion Fluviale Voyages", "18 rue de la Barre", "69002 Lyon", "04 78 37 92 15"),
            ("Plaisance Voyages SARL", "6 place du Martroi", "45000 Orléans", "02 38 53 40 88"),
        ],
    },
    "insurer": {
        "en": [
            (
                "Towpath Marine Insurance Brokers Ltd",
                "2 Quay Street",
                "Gloucester GL1 2JN",
                "01452 310 220",
            ),
            (
                "Inland Craft Underwriting Agency",
                "Lloyd's Avenue Chambers",
                "London EC3N 3DS",
                "020 7480 6611",
            ),
        ],
        "de": [
            (
                "Binnen-Charter Versicherungsmakler GmbH",
                "Ballindamm 17",
                "20095 Hamburg",
                "040 30 39 21 0",
            ),
        ],
        "fr": [
            (
                "Cabinet Fluvial Assurances",
                "24 cours de l'Intendance",
                "33000 Bordeaux",
                "05 56 44 31 70",
            ),
        ],
    },
}

FIRSTS = {
    "en": [
        ["James", "Richard", "Tom", "Andrew", "Gareth", "Neil", "Simon", "Peter", "Colin"],
        ["Sarah", "Helen", "Emma", "Karen", "Fiona", "Jenny", "Lucy", "Alison", "Ruth"],
    ],
    "de": [
        ["Thomas", "Michael", "Jens", "Stefan", "Uwe", "Frank", "Jan", "Matthias", "Dirk"],
        ["Sabine", "Katrin", "Anja", "Petra", "Julia", "Heike", "Nicole", "Claudia", "Silke"],
    ],
    "fr": [
        ["Philippe", "Nicolas", "Olivier", "Jean-Marc", "Thierry", "Julien", "Éric", "Hugo"],
        ["Nathalie", "Sandrine", "Isabelle", "Camille", "Sophie", "Valérie", "Claire", "Léa"],
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Holroyd",
        "Bennett",
        "Marsh",
        "Fletcher",
        "Pritchard",
        "Dawson",
        "Hughes",
        "Greenwood",
        "Booth",
        "Iqbal",
        "Sutcliffe",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Hartmann",
        "Wolff",
        "Krüger",
        "Neumann",
        "Vogel",
        "Schulze",
        "Lehmann",
        "Kaya",
        "Richter",
        "Zimmermann",
    ],
    "fr": [
        "Lefèvre",
        "Morel",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Benali",
        "Roux",
        "Perrin",
        "Moreau",
        "Garnier",
        "Lambert",
        "Bertrand",
    ],
}
ROADS = {
    "en": [
        "Church Lane",
        "Station Road",
        "The Crescent",
        "Mill Close",
        "Highfield Road",
        "Orchard Way",
    ],
    "de": [
        "Lindenstraße",
        "Goethestraße",
        "Am Mühlenberg",
        "Bahnhofstraße",
        "Birkenweg",
        "Schillerplatz",
    ],
    "fr": [
        "rue des Écoles",
        "avenue de la Gare",
        "chemin des Vignes",
        "rue Pasteur",
        "allée des Tilleuls",
        "place de l'Église",
    ],
}
TOWNS = {
    "en": [
        "Reading RG4 7AB",
        "Sheffield S11 8YT",
        "Harrogate HG2 0LE",
        "Bath BA2 4QH",
        "Norwich NR2 3DQ",
        "Solihull B91 2JT",
    ],
    "de": [
        "80469 München",
        "50674 Köln",
        "04229 Leipzig",
        "30159 Hannover",
        "69117 Heidelberg",
        "48143 Münster",
    ],
    "fr": [
        "69006 Lyon",
        "44000 Nantes",
        "67000 Strasbourg",
        "13100 Aix-en-Provence",
        "35000 Rennes",
        "75011 Paris",
    ],
}

CLASSES = {
    "en": [
        ("Countess 4+2", 6, 17.4),
        ("Duchess 2+2", 4, 15.2),
        ("Viscount 6", 6, 19.8),
        ("Baroness 8", 8, 21.3),
        ("Cygnet 2", 2, 12.2),
    ],
    "de": [
        ("Kormoran 1140", 6, 11.4),
        ("Haveltrotter 900", 4, 9.0),
        ("Seenkreuzer 1280", 8, 12.8),
        ("Floß-Bungalow", 4, 10.5),
        ("Kompakt 750", 2, 7.5),
    ],
    "fr": [
        ("Pénichette 1107 FB", 6, 11.1),
        ("Pénichette 935", 4, 9.4),
        ("Caravelle 1260", 8, 12.6),
        ("Tarpon 32", 4, 9.8),
        ("Duo 780", 2, 7.8),
    ],
}
BOAT_NAMES = {
    "en": [
        "Lady Wyvern",
        "Kestrel",
        "Meadowsweet",
        "Otter",
        "Damselfly",
        "Heron",
        "Willow",
        "Bramble",
        "Moorhen",
        "Marigold",
        "Kingcup",
        "Nightjar",
        "Teasel",
        "Lapwing",
    ],
    "de": [
        "Havelperle",
        "Möwe",
        "Kranich",
        "Seerose",
        "Eisvogel",
        "Lütte Deern",
        "Fischadler",
        "Biber",
        "Schilfrohr",
        "Morgenrot",
        "Haubentaucher",
        "Libelle",
    ],
    "fr": [
        "Héron",
        "Libellule",
        "Nénuphar",
        "Martin-Pêcheur",
        "Bergeronnette",
        "Saule",
        "Loutre",
        "Colvert",
        "Roseau",
        "Aigrette",
        "Ondine",
        "Sarcelle",
    ],
}
ENGINES = [
    "Beta 43",
    "Beta 38",
    "Isuzu 42",
    "Nanni N4.38",
    "Vetus M4.56",
    "Barrus Shire 40",
    "Kubota 38",
    "Yanmar 3YM30",
]


@dataclass
class Boat:
    name: str
    cls: str
    berths: int
    length: float
    number: str  # licence / index / registration number
    engine: str
    hin: str
    built: int


@dataclass
class Person:
    first: str
    last: str
    female: bool
    lang: str
    street: str
    town: str
    phone: str
    mail: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Booking:
    ref: str
    hirer: Person
    boat: Boat
    start: date
    nights: int
    base: str
    end_base: str
    price: float
    deposit: float
    crew: list[tuple[str, int]]
    extras: list[int] = field(default_factory=list)
    agent: int = -1  # index into the stream's agents, -1: booked direct


OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
FLEET: list[Boat] = []
STAFF: dict[str, str] = {}
#: What the previous document was about (a companion takes up the same booking, boat and day).
LAST: dict[str, object] = {"kind": "", "booking": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def office_row() -> Row:
    return COMPANIES[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"nutcracker/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(b: Booking | None, d: date, extra: object = None) -> None:
    LAST.update(booking=b, day=d, extra=extra)


def a_person(r: random.Random, lang: str) -> Person:
    female = r.random() < 0.5
    first = r.choice(FIRSTS[lang][female])
    last = r.choice(LASTS[lang])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 88)
    phone = {
        "en": f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
        "de": f"01{r.choice([51, 52, 60, 70, 76])} {r.randint(1000000, 9999999)}",
        "fr": f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    host = r.choice(
        {
            "en": ["btinternet.com", "gmail.com", "outlook.com"],
            "de": ["web.de", "gmx.de", "t-online.de"],
            "fr": ["orange.fr", "free.fr", "laposte.net"],
        }[lang]
    )
    plain = "".join(
        c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalpha() or c == ".")
    )
    return Person(
        first,
        last,
        female,
        lang,
        f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}",
        r.choice(TOWNS[lang]),
        phone,
        f"{plain}@{host}",
    )


def a_hirer(r: random.Random) -> Person:
    """A customer: mostly of the company's country, often a foreign holidaymaker."""
    lg = home()
    if r.random() < 0.3:
        lg = r.choice([x for x in LANGS if x != lg])
    return a_person(r, lg)


def a_boat(r: random.Random, lang: str, used: set[str]) -> Boat:
    name = r.choice([n for n in BOAT_NAMES[lang] if n not in used] or BOAT_NAMES[lang])
    used.add(name)
    cls, berths, length = r.choice(CLASSES[lang])
    number = {
        "en": f"{r.randint(500000, 539999)}",
        "de": f"{r.choice(['BR', 'MV', 'B'])}-{r.randint(1000, 9999)}-C",
        "fr": f"{r.choice(['NV', 'DJ', 'AG'])} {r.randint(10000, 99999)} L",
    }[lang]
    built = r.randint(1996, 2021)
    hin = (
        f"{ {'en': 'GB', 'de': 'DE', 'fr': 'FR'}[lang] }-{serial(r, 'AAA99999A')}{built % 100:02d}"
    )
    return Boat(name, cls, berths, length, number, r.choice(ENGINES), hin.replace(" ", ""), built)


def a_booking(rng: random.Random, hirer: Person | None = None, boat: Boat | None = None) -> Booking:
    lg = home()
    boat = boat or rng.choice(FLEET)
    hirer = hirer or a_hirer(rng)
    nights = rng.choice([7, 7, 7, 3, 4, 10, 14])
    start = month() + timedelta(days=rng.randint(-20, 40))
    base = rng.choice(BASES[lg][:3])
    end_base = base if rng.random() < 0.7 else rng.choice(BASES[lg])
    week = {"en": 1450.0, "de": 1690.0, "fr": 1580.0}[lg] * (0.6 + boat.berths * 0.12)
    price = round(week * nights / 7 * rng.uniform(0.85, 1.25) / 5) * 5
    crew: list[tuple[str, int]] = [(hirer.name, rng.randint(28, 71))]
    for _ in range(rng.randint(1, max(1, boat.berths - 1))):
        age = rng.choice([rng.randint(4, 16), rng.randint(18, 75), rng.randint(18, 75)])
        crew.append(
            (
                f"{rng.choice(FIRSTS[hirer.lang][rng.random() < 0.5])} "
                f"{hirer.last if rng.random() < 0.6 else rng.choice(LASTS[hirer.lang])}",
                age,
            )
        )
    return Booking(
        ref=serial(rng, {"en": "WB99999", "de": "HB-25-9999", "fr": "RES 99999"}[lg]),
        hirer=hirer,
        boat=boat,
        start=start,
        nights=nights,
        base=base,
        end_base=end_base,
        price=float(price),
        deposit={"en": 350.0, "de": 500.0, "fr": 600.0}[lg] + (100 if boat.berths > 6 else 0),
        crew=crew,
        extras=sorted(rng.sample(range(6), rng.randint(0, 3))),
        agent=-1 if rng.random() < 0.6 else rng.randint(0, 1),
    )


def booking_for(rng: random.Random, kinds: tuple[str, ...]) -> Booking:
    """The previous document's booking if it was one of ``kinds``, else a new one."""
    b = LAST["booking"]
    if isinstance(b, Booking) and after(kinds):
        return b
    return a_booking(rng)


def boat_for(rng: random.Random, kinds: tuple[str, ...]) -> Boat:
    b = LAST["booking"]
    if isinstance(b, Booking) and after(kinds):
        return b.boat
    return rng.choice(FLEET)


def words_n(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "hire", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words_n(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


TALK = {
    "en": {
        "hire": "boat holiday crew cruise lock mooring towpath canal base handover instruction "
        "week route windlass tiller engine fuel water arrival departure",
        "tech": "engine hull gas locker bilge pump battery cooling exhaust fuel line stern gear "
        "weed hatch alternator belt anode pitting baseplate coating",
        "legal": "hirer company boat damage deposit insurance liability cancellation balance "
        "payment conditions skipper navigation authority loss claim notice",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement commission booking settlement",
    },
    "de": {
        "hire": "Hausboot Urlaub Crew Törn Schleuse Liegeplatz Kanal Basis Einweisung Woche "
        "Route Charterbescheinigung Motor Diesel Wasser Anreise Abreise",
        "tech": "Motor Rumpf Gasanlage Bilge Pumpe Batterie Kühlung Auspuff Kraftstoffleitung "
        "Wellenanlage Lichtmaschine Keilriemen Opferanode Korrosion Beschichtung",
        "legal": "Mieter Vermieter Boot Schaden Kaution Versicherung Haftung Rücktritt "
        "Restzahlung Bedingungen Schiffsführer Behörde Verlust Anzeige",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Provision Buchung Ausgleich",
    },
    "fr": {
        "hire": "bateau croisière équipage écluse amarrage chemin de halage canal base "
        "prise en main semaine itinéraire carte de plaisance moteur gasoil eau départ arrivée",
        "tech": "moteur coque installation gaz cale pompe batterie refroidissement échappement "
        "ligne d'arbre alternateur courroie anode corrosion peinture",
        "legal": "locataire loueur bateau dommage caution assurance responsabilité annulation "
        "solde paiement conditions chef de bord autorité perte déclaration",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "relevé commission réservation règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: letterhead, later pages, footer, page numbers
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    role: str
    look: str  # band | centred | letter | boxed | plain | side | official
    font: str
    bold: str
    pt: float
    margin: float
    again: bool  # letterhead repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "company": (
        "Narrowboat holidays - boatyard services",
        "Hausbootvermietung - Bootswerft",
        "Location de bateaux sans permis - chantier",
    ),
    "agent": (
        "Boating holidays in Britain and Europe",
        "Hausbooturlaub in ganz Europa",
        "Croisières fluviales en France et en Europe",
    ),
    "surveyor": (
        "Marine surveyors - inland craft",
        "Öffentlich bestellter Sachverständiger",
        "Expert maritime et fluvial",
    ),
    "insurer": (
        "Insurance for hire fleets and marine trades",
        "Versicherungen für Charterflotten",
        "Assurances des loueurs de bateaux",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "examiner") and lang != "en":
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Mittelbrandenburgische Sparkasse",
                "Sparkasse Mecklenburg-Strelitz",
                "Berliner Volksbank",
                "Commerzbank Potsdam",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "KG" in name or "AG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Zehdenick', 'Neustrelitz', 'Potsdam', 'Hamburg', 'Frankfurt'])}"
                f" - Amtsgericht {r.choice(['Neuruppin', 'Neubrandenburg', 'Potsdam'])} HRB "
                f"{r.randint(1000, 19999)} - Geschäftsführer: {r.choice(FIRSTS['de'][0])} "
                f"{r.choice(LASTS['de'])} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['7734Z', '5030Z', '7911Z', '4730Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    if role == "authority":
        return [
            "Canal & River Trust is a charity registered with the Charity Commission "
            "no. 1146792 - canalrivertrust.org.uk"
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    if role == "agent" and r.random() < 0.6:
        out.append(f"ABTA No. {serial(r, 'A9999')} - ATOL protected")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"nutcracker/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "examiner") and (lang != "en" or role == "authority"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(looks),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'bookings', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def office_head() -> Head:
    return make_head(office_row(), home(), "company")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and company), of the
    company's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in LANGS if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or h.pt,
        margin=margin or h.margin,
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def dd(h: Head, d: date) -> str:
    return long_date(d, h.lang) if h.dates == "long" else date_text(d, h.lang, h.dates)


def long_date(d: date, lang: str) -> str:
    """``d`` written out with the month's proper spelling ("3. März 2025", "3 février 2025")."""
    name = MONTH_NAMES[lang][d.month - 1]
    return f"{d.day}. {name} {d.year}" if lang == "de" else f"{d.day} {name} {d.year}"


def dec(v: float, lang: str) -> str:
    """A length with one decimal, with the decimal comma in German and French."""
    return f"{v:.1f}" if lang == "en" else f"{v:.1f}".replace(".", ",")


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24}:{minutes % 60:02d}"


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps, tick circles)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.65, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float, lang: str) -> None:
    """The authority's mark: a shield with waves (de/fr) or a round lock-gate badge (en)."""
    if lang == "en":
        ring(p, x + 13, y + 11, 13)
        p.line(x + 5, y + 5, x + 13, y + 17)
        p.line(x + 21, y + 5, x + 13, y + 17)
        for k in range(3):
            p.line(x + 4, y + 18 + k * 2.5, x + 22, y + 18 + k * 2.5)
        return
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        yy = y + 5 + k * 4
        for j in range(4):
            p.line(x + 3 + j * 4, yy + (j % 2), x + 7 + j * 4, yy + 1 - (j % 2))


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        emblem(p, m, y - 12, h.lang)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 34, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 34, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 34, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
    tag = TAGLINE.get(h.role)
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "company":
            boat_mark(p, m, y - 10, 46)
        else:
            initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 60), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "boxed":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if tag:
            p.text(
                m,
                y + 15,
                fit(tr(h.lang, *tag), italic_of(h.font), 7.5, w * 0.6 - m),
                italic_of(h.font),
                7.5,
            )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, h.name, h.bold, pt)
    p.text(w - m, y - 4, fit(where, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    if contact:
        p.text(w - m, y + 5, fit(contact, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.rect(m, y + 10, w - 2 * m, 2, fill=0.2)
    return y + 34


def boat_mark(p: Page, x: float, y: float, w: float) -> None:
    """The hire company's little logo: a narrowboat side view on a wavy line."""
    p.line(x, y + 14, x + w, y + 14)
    p.line(x + 4, y + 20, x + w - 6, y + 20)
    p.line(x, y + 14, x + 4, y + 20)
    p.line(x + w, y + 14, x + w - 6, y + 20)
    p.rect(x + w * 0.2, y + 6, w * 0.6, 8, fill=0.3)
    for k in range(4):
        p.rect(x + w * 0.25 + k * w * 0.13, y + 8, w * 0.07, 3.5, fill=0.95)
    for k in range(6):
        xx = x + k * w / 6
        p.line(xx, y + 24, xx + w / 12, y + 23)
        p.line(xx + w / 12, y + 23, xx + w / 6, y + 24)


def boat_outline(p: Page, x: float, y: float, w: float, h: float) -> None:
    """A boat seen from above (pointed bow right, square stern left) for marking damage."""
    p.line(x, y, x + w * 0.8, y)
    p.line(x, y + h, x + w * 0.8, y + h)
    p.line(x, y, x, y + h)
    p.line(x + w * 0.8, y, x + w, y + h / 2)
    p.line(x + w * 0.8, y + h, x + w, y + h / 2)
    p.rect(x + w * 0.12, y + h * 0.22, w * 0.6, h * 0.56)
    p.line(x + w * 0.05, y + h / 2 - 4, x + w * 0.05, y + h / 2 + 4)


class Sheets(Flow):
    line = 1.4
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.55


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s letterhead on the first (unless not ``top``); on later pages the
    letterhead again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 4
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Yard"],
                        "de": ["Büro", "Buchhaltung", "Werft"],
                        "fr": ["Bureau", "Compta", "Atelier"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "letter", "official") else None, y0, lines
    )
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), dd(h, d))],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 16


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            [
                "Cordialement,",
                "Bien cordialement,",
                "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
            ][len(name) % 3],
        ),
        s.font,
        s.size,
    )
    f.y += 30
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    """A named person at the sender ``h`` (the same through a stream)."""
    r = random.Random(zlib.crc32(f"nutcracker/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang][r.random() < 0.5])} {r.choice(LASTS[h.lang])}"


def crew_member(role: str) -> str:
    """The company's own people: md, office, eng1, eng2, clean."""
    return STAFF.get(role, STAFF.get("md", "A. N. Other"))


def office_lines(att: str = "") -> list[str]:
    o = office_head()
    return [o.name, *([att] if att else []), o.street, o.town]


def person_lines(p: Person) -> list[str]:
    return [title_name(p), p.street, p.town]


def title_name(p: Person, lang: str | None = None) -> str:
    lg = lang or p.lang
    if lg == "de":
        return f"{'Frau' if p.female else 'Herrn'} {p.name}"
    if lg == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def salute(p: Person, lang: str) -> str:
    if lang == "de":
        return f"Sehr geehrte{'' if p.female else 'r'} {'Frau' if p.female else 'Herr'} {p.last},"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'},"
    return f"Dear {'Mrs' if p.female else 'Mr'} {p.last},"


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", note: str = ""
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    s = paper(s0, s0.page_size, margin=min(s0.margin, 44), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 16) / 2
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(2):
        x = m + c * (cw + 16)
        y = m + 20.0
        while y < hh - m - 70 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words_n(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def photo_sheet(
    rng: random.Random, size: tuple[float, float], captions: list[str], title: str, by_hand: bool
) -> Page:
    """A sheet of printed photographs (two columns) with captions."""
    w, hh = size
    p = Page(size)
    m = 44.0
    if title and by_hand:
        hand(p, m, m, title, 11)
    elif title:
        p.text(m, m, fit(title, "Helvetica-Bold", 10, w - 2 * m), "Helvetica-Bold", 10)
    n = len(captions)
    rows = (n + 1) // 2
    ph = min(190.0, (hh - 2 * m - 40 - rows * 22) / max(rows, 1))
    pw = (w - 2 * m - 20) / 2
    for k, cap in enumerate(captions):
        x = m + (k % 2) * (pw + 20)
        y = m + 20 + (k // 2) * (ph + 26)
        photo(p, x, y, pw, ph, rng)
        if by_hand:
            hand(p, x + 2, y + ph + 13, cap, 9, pw - 4)
        else:
            p.text(x, y + ph + 12, fit(cap, "Helvetica", 7.5, pw), "Helvetica", 7.5)
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.7:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    if rng.random() < 0.5:
        p.rect(0, h - rng.uniform(6, 14), w, 14, fill=g + 0.1)


def iban(r: random.Random, lg: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def hirer_issuer(b: Booking) -> Head:
    """A private hirer as a sender: no letterhead, just the address on top."""
    p = b.hirer
    return Head(
        p.name,
        p.lang,
        p.street,
        p.town,
        p.phone,
        "hirer",
        "plain",
        "Helvetica",
        "Helvetica-Bold",
        10,
        60,
        False,
        [],
        "none",
        "bc",
        "short",
        p.mail,
    )


EXTRAS = {
    "en": [
        "Bicycles (2)",
        "Dog on board",
        "Extra linen pack",
        "Welcome hamper",
        "Car parking",
        "Paddleboard",
    ],
    "de": [
        "Fahrräder (2)",
        "Hund an Bord",
        "Zusatz-Bettwäsche",
        "Willkommenspaket",
        "Parkplatz",
        "SUP-Board",
    ],
    "fr": [
        "Vélos (2)",
        "Animal à bord",
        "Linge supplémentaire",
        "Panier de bienvenue",
        "Parking voiture",
        "Paddle",
    ],
}
EXTRA_PRICE = [60.0, 45.0, 25.0, 55.0, 35.0, 70.0]
NOTES_DAMAGE = {
    "en": ["scuffs stbd side", "rubbing strake dented", "ok", "-", "chip on bow paint"],
    "de": ["Kratzer Bug", "Scheuerleiste SB", "i.O.", "-", "Delle Heck BB"],
    "fr": ["éraflure bâbord", "liston enfoncé", "RAS", "-", "éclat peinture proue"],
}
NOTES_HANDOVER = {
    "en": [
        "spare gas bottle fitted",
        "dog on board - blanket",
        "bikes x2 on roof",
        "-",
        "new impeller fitted",
        "2nd helm shown locks",
    ],
    "de": [
        "Ersatz-Gasflasche an Bord",
        "Hund an Bord - Decke",
        "Fahrräder 2x",
        "-",
        "Impeller neu",
        "Revierkarte erklärt",
    ],
    "fr": [
        "bouteille de gaz de secours",
        "chien à bord - plaid",
        "vélos x2",
        "-",
        "turbine neuve",
        "carte expliquée",
    ],
}
NOTES_HIRER = {
    "en": [
        "Lovely boat, heater a bit temperamental.",
        "Toilet pump stiff. Otherwise great week.",
        "Thank you - we'll be back!",
        "Mattress in rear cabin very hard.",
    ],
    "de": [
        "Alles bestens, gerne wieder!",
        "Fenster in der Bugkabine undicht.",
        "Heizung ging nachts aus.",
        "Sehr nette Einweisung, danke.",
    ],
    "fr": [
        "Très bon séjour, merci.",
        "Chauffage capricieux la nuit.",
        "Bateau impeccable, équipe très sympathique.",
        "Pompe de douche faible.",
    ],
}
NOTES_CLEAN = {
    "en": [
        "shower pump slow",
        "bulb out front cabin",
        "curtain rail loose",
        "gas smell? checked ok",
        "mildew in rear cabin",
    ],
    "de": [
        "Wasserhahn tropft",
        "Lampe Bugkabine defekt",
        "Vorhangschiene lose",
        "Duschpumpe langsam",
    ],
    "fr": [
        "store cabine arrière cassé",
        "ampoule cabine avant",
        "robinet qui fuit",
        "pompe de douche lente",
    ],
}
NOTES_WORK = {
    "en": [
        ["Cleared weed hatch - blanket & rope round prop", "Ran engine 10 min ok"],
        ["Replaced alternator belt", "Topped up coolant 2 l"],
        ["Jump started, domestic batteries low", "Advised run engine 2 h/day"],
        ["Freed from mud with 2nd boat", "Checked rudder - ok"],
    ],
    "de": [
        ["Krautfang gereinigt, Leine entfernt", "Probelauf i.O."],
        ["Impeller gewechselt", "Kühlwasser nachgefüllt"],
        ["Starthilfe gegeben, Bordbatterie schwach", "Mieter informiert"],
        ["Boot freigeschleppt", "Ruder geprüft - i.O."],
    ],
    "fr": [
        ["Hélice dégagée (sac plastique)", "Essai OK"],
        ["Pompe WC remplacée", "Essai OK"],
        ["Courroie d'alternateur changée", "Niveau liquide refroidissement fait"],
        ["Bateau déséchoué avec la vedette", "Safran vérifié"],
    ],
}
NOTES_PARTS = {
    "en": ["-", "belt XPZ 887", "impeller 1x", "2x fuse 15A", "coolant 2 l"],
    "de": ["-", "Keilriemen", "Impeller 1x", "Sicherung 15A", "Kühlmittel 2 l"],
    "fr": ["-", "courroie", "turbine 1x", "joint de pompe", "fusible 15A"],
}


# ---------------------------------------------------------------------------------------------
# Templates OOOOO: bookings, handovers, returns and changeovers
# ---------------------------------------------------------------------------------------------

BOOKING_TERMS = {
    "en": [
        "Definitions",
        "Your booking and deposit",
        "Balance and late bookings",
        "Cancellation by you",
        "Cancellation or alteration by us",
        "The damage deposit",
        "Damage waiver",
        "Your responsibilities as skipper",
        "Stoppages and closures",
        "Breakdowns and delays",
        "Pets",
        "Insurance",
        "Complaints",
        "Law and jurisdiction",
    ],
    "de": [
        "Vertragsschluss",
        "Anzahlung und Restzahlung",
        "Rücktritt des Mieters",
        "Rücktritt des Vermieters",
        "Kaution",
        "Kautionsversicherung",
        "Pflichten des Schiffsführers",
        "Charterbescheinigung und Einweisung",
        "Sperrungen",
        "Störungen und Ausfall",
        "Haustiere",
        "Haftung",
        "Reklamationen",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Réservation et acompte",
        "Solde",
        "Annulation par le locataire",
        "Modification par le loueur",
        "Caution",
        "Rachat de franchise",
        "Obligations du chef de bord",
        "Carte de plaisance et prise en main",
        "Chômages et fermetures",
        "Pannes",
        "Animaux",
        "Réclamations",
        "Litiges",
    ],
}


def form_title(p: Page, s: Style, y: float, title: str, sub: str = "") -> float:
    w, _ = p.size
    m = s.margin
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    if sub:
        p.text(w - m, y, fit(sub, s.font, 7.5, w * 0.35), s.font, 7.5, "right")
    p.line(m, y + 5, w - m, y + 5)
    return y + 20


def tpl_booking_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's booking form as it comes back: the company's printed form filled in by
    hand (hirer, boat, dates, base, extras and deposit ticked), the crew list with ages and
    swimmers, the damage deposit or waiver form and now and then the booking conditions signed
    at the foot."""
    b = a_booking(rng)
    o = office_head()
    lg = b.hirer.lang if b.hirer.lang != home() and rng.random() < 0.5 else home()
    s = style_of(o, A4, margin=min(o.margin, 50), pt=9)
    w, hh = s.page_size
    m = s.margin
    d = b.start - timedelta(days=rng.randint(20, 160))
    d = min(d, some_day(rng))
    pages: list[Page] = []
    p = Page(s.page_size)
    y = heading(p, s, o)
    y = form_title(
        p,
        s,
        y,
        tr(lg, "BOOKING FORM", "BUCHUNGSFORMULAR", "BULLETIN DE RÉSERVATION"),
        tr(
            lg,
            "Please complete in BLOCK CAPITALS",
            "Bitte in Druckbuchstaben ausfüllen",
            "À remplir en majuscules",
        ),
    )
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "1. The hirer (skipper)",
            "1. Mieter (Schiffsführer)",
            "1. Le locataire (chef de bord)",
        ),
    )
    hp = b.hirer
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), hp.last.upper()),
            (tr(lg, "First name(s)", "Vorname", "Prénom"), hp.first),
            (tr(lg, "Address", "Anschrift", "Adresse"), hp.street),
            (tr(lg, "Town / postcode", "PLZ / Ort", "Code postal / ville"), hp.town),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), hp.phone),
            (tr(lg, "E-mail", "E-Mail", "Courriel"), hp.mail if rng.random() < 0.8 else ""),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Your holiday", "2. Ihr Törn", "2. Votre croisière"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Boat / class", "Boot / Typ", "Bateau / modèle"), f"{b.boat.cls}"),
            (
                tr(lg, "Boat name if known", "Bootsname (falls bekannt)", "Nom du bateau"),
                b.boat.name if rng.random() < 0.6 else "",
            ),
            (tr(lg, "Start date", "Anreise", "Date de départ"), short(b.start, lg)),
            (tr(lg, "Nights", "Nächte", "Nuits"), str(b.nights)),
            (tr(lg, "Departure base", "Startbasis", "Base de départ"), b.base),
            (tr(lg, "Return base", "Zielbasis", "Base d'arrivée"), b.end_base),
        ],
        per=3,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Return trip", "Rundtour", "Aller-retour"),
            tr(lg, "One way", "Einweg", "Aller simple"),
            tr(lg, "Short break", "Kurztrip", "Week-end / mini-semaine"),
        ],
        {0 if b.base == b.end_base else 1} | ({2} if b.nights < 7 else set()),
    )
    y = band(p, s, y + 4, tr(lg, "3. Extras", "3. Extras", "3. Options"))
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [f"{t} ({cash(EXTRA_PRICE[k], home())})" for k, t in enumerate(EXTRAS[lg])],
        set(b.extras),
    )
    y = band(p, s, y + 4, tr(lg, "4. Damage deposit", "4. Kaution", "4. Caution"))
    waiver = rng.random() < 0.45
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(
                lg,
                f"Refundable deposit {cash(b.deposit, home())}",
                f"Kaution {cash(b.deposit, home())} (wird erstattet)",
                f"Caution {cash(b.deposit, home())} (restituée)",
            ),
            tr(
                lg,
                f"Damage waiver {cash(round(b.deposit * 0.18), home())} (non-refundable)",
                f"Kautionsversicherung {cash(round(b.deposit * 0.18), home())}",
                f"Rachat de franchise {cash(round(b.deposit * 0.18), home())}",
            ),
        ],
        {1 if waiver else 0},
    )
    y = band(p, s, y + 4, tr(lg, "5. Payment", "5. Zahlung", "5. Règlement"))
    dep = round(b.price * 0.25, 2)
    y = pairs(
        p,
        s,
        m,
        y + 6,
        [
            (tr(lg, "Hire charge", "Mietpreis", "Prix de la location"), cash(b.price, home())),
            (
                tr(lg, "Deposit enclosed (25%)", "Anzahlung (25 %)", "Acompte versé (25 %)"),
                cash(dep, home()),
            ),
            (
                tr(
                    lg,
                    "Balance due 8 weeks before departure",
                    "Restzahlung 6 Wochen vor Anreise",
                    "Solde 30 jours avant le départ",
                ),
                cash(b.price - dep, home()),
            ),
        ],
        w / 2 + 40,
    )
    ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Card", "Überweisung", "Chèque"),
            tr(lg, "Cheque", "Lastschrift", "Virement"),
            tr(lg, "Bank transfer", "Kreditkarte", "Carte bancaire"),
        ],
        {rng.randrange(3)},
    )
    for k, t in enumerate([money(dep, hp.lang), b.ref if rng.random() < 0.5 else ""]):
        if t:
            hand(p, w - m - 130, y + 6 + k * 14, t, 9)
    yy = hh - m - 60
    p.text(
        m,
        yy,
        fit(
            tr(
                lg,
                "I have read and accept the booking conditions.",
                "Ich habe die Mietbedingungen gelesen und erkenne sie an.",
                "J'ai pris connaissance des conditions générales de location.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    p.text(m, yy + 26, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 7.5)
    scrawl(p, m + 50, yy + 26, hp.name)
    p.text(w / 2 + 20, yy + 26, tr(lg, "Date", "Datum", "Date"), s.font, 7.5)
    hand(p, w / 2 + 50, yy + 26, short(d, hp.lang), 9)
    pages.append(p)
    # the crew list
    c = Page(A4 if rng.random() < 0.7 else A5)
    cs = paper(s, c.size, margin=min(m, 44.0))
    cw, ch = c.size
    cy = form_title(
        c,
        cs,
        cs.margin + 6,
        tr(lg, "CREW LIST", "CREWLISTE", "LISTE DE L'ÉQUIPAGE"),
        f"{tr(lg, 'Booking', 'Buchung', 'Réservation')} {b.ref}",
    )
    cy = write_line(
        c,
        cs,
        cy,
        tr(
            lg,
            "All persons on board, including children. The skipper must be 18 or over.",
            "Alle Personen an Bord einschließlich Kinder. Der Schiffsführer muss volljährig sein.",
            "Toutes les personnes à bord, enfants compris. Le chef de bord doit être majeur.",
        ),
    )
    cols = columns(
        cs.margin,
        cw - cs.margin,
        [(0.5, "left"), (4, "left"), (1, "center"), (1.3, "center"), (1.6, "center")],
    )
    heads = [
        "#",
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Age", "Alter", "Âge"),
        tr(lg, "Swimmer", "Schwimmer", "Sait nager"),
        tr(lg, "Boating exp.", "Erfahrung", "Expérience"),
    ]
    for col, t in zip(cols, heads, strict=True):
        c.text(col[0], cy, t, cs.bold, 7.5)
    cy += 6
    rows = max(len(b.crew), b.boat.berths)
    rh = min(24.0, (ch - cs.margin - cy - 90) / max(rows, 1))
    for k in range(rows):
        c.rect(cs.margin, cy, cw - 2 * cs.margin, rh)
        c.text(cols[0][0], cy + rh - 6, str(k + 1), cs.font, 7.5)
        if k < len(b.crew):
            nm, age = b.crew[k]
            hand(c, cols[1][0], cy + rh - 6, nm, 9, cols[1][1] - cols[1][0])
            hand(c, cols[2][0] + 4, cy + rh - 6, str(age), 9)
            hand(c, cols[3][0] + 6, cy + rh - 6, yes_no(lg)[0 if rng.random() < 0.85 else 1], 8.5)
            hand(
                c, cols[4][0] + 4, cy + rh - 6, rng.choice(["-", "some", "x3", "yes", "none"]), 8.5
            )
        cy += rh
    cy += 14
    c.text(
        cs.margin,
        cy,
        fit(
            tr(
                lg,
                "Second helmsman / emergency contact ashore:",
                "Zweiter Bootsführer / Notfallkontakt an Land:",
                "Second barreur / contact à terre en cas d'urgence :",
            ),
            cs.font,
            8,
            cw - 2 * cs.margin,
        ),
        cs.font,
        8,
    )
    hand(
        c,
        cs.margin,
        cy + 16,
        f"{rng.choice(FIRSTS[hp.lang][0])} {hp.last}  {a_person(rng, hp.lang).phone}",
        9,
        cw - 2 * cs.margin,
    )
    pages.append(c)
    if rng.random() < 0.75:
        pages.append(deposit_form(rng, s, o, b, lg, waiver, d))
    if rng.random() < 0.35:
        t = small_print(
            rng,
            s,
            lg,
            tr(lg, "Booking conditions", "Mietbedingungen", "Conditions générales de location"),
            BOOKING_TERMS[lg],
        )
        t.text(
            m,
            hh - 60,
            tr(lg, "Read and accepted:", "Gelesen und akzeptiert:", "Lu et approuvé :"),
            s.font,
            8,
        )
        scrawl(t, m + 100, hh - 58, hp.name)
        pages.append(t)
    remember(b, d)
    return close(pages, s, o, numbers="none")


def write_line(p: Page, s: Style, y: float, text: str, pt: float = 8) -> float:
    w, _ = p.size
    for ln in wrap(text, s.font, pt, w - 2 * s.margin):
        p.text(s.margin, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 8


def deposit_form(
    rng: random.Random, s0: Style, o: Head, b: Booking, lg: str, waiver: bool, d: date
) -> Page:
    """The damage deposit / waiver declaration, signed by the hirer."""
    size = A4 if rng.random() < 0.6 else A5
    s = paper(s0, size, margin=min(s0.margin, 44.0), pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = m + 4
    if rng.random() < 0.5:
        y = heading(p, s, o)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "DAMAGE DEPOSIT & WAIVER FORM",
            "KAUTIONSVEREINBARUNG",
            "CAUTION ET RACHAT DE FRANCHISE",
        ),
        b.ref,
    )
    text = tr(
        lg,
        f"A refundable security deposit of {cash(b.deposit, home())} is taken on arrival by card "
        "pre-authorisation. It is refunded within 14 days of the end of your holiday less the "
        "cost of any loss or damage, fuel not paid for and any cleaning beyond normal use. "
        "Alternatively you may take out our damage waiver, which reduces your liability to the "
        "first " + cash(60, home()) + " of each incident.",
        f"Bei Übernahme des Bootes ist eine Kaution von {cash(b.deposit, home())} zu hinterlegen. "
        "Sie wird nach Rückgabe abzüglich etwaiger Schäden, Verluste, nicht bezahlten "
        "Kraftstoffs und besonderer Reinigungskosten innerhalb von 14 Tagen erstattet. Mit der "
        "Kautionsversicherung reduziert sich Ihre Haftung auf "
        + cash(150, home())
        + " je Schaden.",
        f"Une caution de {cash(b.deposit, home())} est demandée à la prise en main (empreinte "
        "bancaire). Elle est restituée sous 14 jours, déduction faite des dommages, pertes, "
        "carburant et frais de nettoyage éventuels. Le rachat de franchise limite votre "
        "responsabilité à " + cash(150, home()) + " par sinistre.",
    )
    y = write_line(p, s, y + 4, text, 8.5)
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "I will pay the deposit", "Ich hinterlege die Kaution", "Je verse la caution"),
            tr(
                lg,
                "I take the damage waiver",
                "Ich schließe die Kautionsversicherung ab",
                "Je prends le rachat de franchise",
            ),
        ],
        {1 if waiver else 0},
        8.5,
    )
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Card holder", "Karteninhaber", "Titulaire de la carte"), b.hirer.name),
            (
                tr(lg, "Card type", "Kartentyp", "Type de carte"),
                rng.choice(["Visa", "Mastercard", "Amex"]),
            ),
            (
                tr(lg, "Card no. (last 4)", "Karten-Nr. (letzte 4)", "N° carte (4 derniers)"),
                f"**** {rng.randint(1000, 9999)}",
            ),
            (
                tr(lg, "Expiry", "Gültig bis", "Expiration"),
                f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = min(y + 20, hh - m - 60)
    p.text(
        m,
        y,
        tr(lg, "Signature of hirer", "Unterschrift Mieter", "Signature du locataire"),
        s.font,
        7.5,
    )
    scrawl(p, m + 90, y + 2, b.hirer.name)
    hand(p, w - m - 90, y + 2, short(d, b.hirer.lang), 9)
    return p


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's booking confirmation and invoice to a hirer: the boat, dates, bases and
    extras priced, the deposit received and the balance date, the payment details; on a second
    page now and then the "before you go" notes with arrival times, what to bring and the way
    to the base."""
    b = booking_for(rng, ("booking_form",))
    o = office_head()
    lg = b.hirer.lang if b.hirer.lang != home() and rng.random() < 0.6 else home()
    s = style_of(o, A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("booking_form",), (1, 6))
    inv = serial(rng, rng.choice(["INV-99999", "CONF 9999", "99999"]))
    f = sheets(s, o, f"{o.name} - {b.ref}")
    recipient(
        f,
        s,
        o,
        person_lines(b.hirer),
        d,
        [
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Réservation n°"), b.ref),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Booking confirmation and invoice",
            "Buchungsbestätigung und Rechnung",
            "Confirmation de réservation et facture",
        ),
        3,
    )
    f.page.text(m, f.y, salute(b.hirer, lg), s.font, s.size)
    f.y += s.size * 2
    end = b.start + timedelta(days=b.nights)
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking your boating holiday with us. We are pleased to confirm "
            f"{b.boat.name} ({b.boat.cls}, {b.boat.berths} berths) from {b.base} on "
            f"{dd(o, b.start)} to {b.end_base} on {dd(o, end)}.",
            f"vielen Dank für Ihre Buchung. Hiermit bestätigen wir Ihnen das Boot {b.boat.name} "
            f"({b.boat.cls}, {b.boat.berths} Kojen) ab {b.base} am {dd(o, b.start)} bis "
            f"{b.end_base} am {dd(o, end)}.",
            f"Nous vous remercions de votre réservation et avons le plaisir de vous confirmer le "
            f"bateau {b.boat.name} ({b.boat.cls}, {b.boat.berths} couchettes) au départ de "
            f"{b.base} le {dd(o, b.start)}, retour à {b.end_base} le {dd(o, end)}.",
        ),
    )
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.5, "right")])
    rows = [
        [
            f"{tr(lg, 'Hire', 'Miete', 'Location')} {b.boat.cls} - {b.nights} "
            f"{tr(lg, 'nights', 'Nächte', 'nuits')}",
            "1",
            money(b.price, lg),
        ]
    ]
    net = b.price
    for k in b.extras:
        rows.append([EXTRAS[lg][k], "1", money(EXTRA_PRICE[k], lg)])
        net += EXTRA_PRICE[k]
    if b.base != b.end_base:
        rows.append(
            [
                tr(lg, "One-way supplement", "Einwegzuschlag", "Supplément aller simple"),
                "1",
                money(150.0, lg),
            ]
        )
        net += 150.0
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    paid = round(b.price * 0.25, 2)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (
                    tr(lg, "Total (incl. VAT)", "Gesamt (inkl. USt.)", "Total TTC"),
                    cash(net, home()),
                ),
                (
                    tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte reçu"),
                    f"- {cash(paid, home())}",
                ),
                (tr(lg, "Balance due", "Restbetrag", "Solde à régler"), cash(net - paid, home())),
                (
                    tr(lg, "Balance due by", "Fällig am", "À régler avant le"),
                    dd(o, b.start - timedelta(days=56 if home() == "en" else 30)),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment by bank transfer quoting your booking reference to:",
            "Bitte überweisen Sie unter Angabe der Buchungsnummer auf:",
            "Règlement par virement en rappelant la référence de réservation :",
        ),
        s.size - 1,
    )
    write(f, s, f"{o.name} - {iban(keyed(who, 'bank'), home())}", s.size - 1, 12)
    write(f, s, prose(rng, lg, "hire", 1, 2), s.size - 1)
    regards(
        f,
        s,
        lg,
        crew_member("office"),
        tr(lg, "Booking office", "Buchungsbüro", "Service réservations"),
    )
    pages = f.pages
    if rng.random() < 0.55:
        g = sheets(s, o, f"{o.name} - {b.ref}", top=rng.random() < 0.4)
        caption(g, s, tr(lg, "Before you go", "Vor Ihrer Anreise", "Avant votre départ"), 4, True)
        for head_t, topic in [
            (tr(lg, "Arrival", "Anreise", "Arrivée"), "hire"),
            (tr(lg, "What to bring", "Was Sie mitbringen sollten", "À prévoir"), "hire"),
            (tr(lg, "Parking", "Parken", "Stationnement"), "hire"),
        ]:
            g.heading(m, head_t, s.bold, s.size + 1)
            write(g, s, prose(rng, lg, topic, 1, 3), s.size - 0.5)
        write(
            g,
            s,
            tr(
                lg,
                f"Check-in from 2 pm at {b.base}; handover and trial run take about "
                "an hour. Please return the boat by 9 am on the last day.",
                f"Übernahme ab 16 Uhr in {b.base}, die Einweisung dauert etwa eine Stunde. "
                "Rückgabe am Abreisetag bis 9 Uhr.",
                f"Embarquement à partir de 16 h à {b.base} ; la prise en main dure environ "
                "une heure. Retour du bateau avant 9 h le dernier jour.",
            ),
            s.size - 0.5,
        )
        g.need(150)
        x0, y0 = m + 20, g.y + 10
        g.page.rect(m, g.y, w - 2 * m, 130)
        for k in range(5):
            g.page.line(
                x0 + k * 60, y0 + 40 + (k % 2) * 20, x0 + (k + 1) * 60, y0 + 40 + ((k + 1) % 2) * 20
            )
        g.page.line(m + 10, y0 + 90, w - m - 10, y0 + 70)
        g.page.rect(x0 + 240, y0 + 46, 14, 10, fill=0.2)
        g.page.text(x0 + 258, y0 + 54, b.base, s.bold, 8)
        g.page.text(
            m + 12,
            y0 + 104,
            fit(rng.choice(WATERS[home()]), italic_of(s.font), 8, 200),
            italic_of(s.font),
            8,
        )
        pages += g.pages
    received_none = rng.random() < 0.2
    if received_none:
        hand(
            pages[0],
            w - m - 110,
            hh - m - 40,
            tr(home(), "sent", "versandt", "envoyé") + f" {short(d, home())}",
            9,
        )
    remember(b, d)
    return close(pages, s, o)


CHECKS = {
    "en": [
        "Engine oil",
        "Coolant",
        "Gearbox oil",
        "Weed hatch secure",
        "Stern gland greased",
        "Gas locker / bottles",
        "Fire extinguishers (3)",
        "Fire blanket",
        "CO alarm tested",
        "Smoke alarm tested",
        "Lifejackets / buoyancy aids",
        "Lifebuoy",
        "Windlasses (2)",
        "Mooring pins & hammer",
        "Centre line",
        "Boat hook / pole",
        "Water tank full",
        "Toilet cassette / tank empty",
        "Horn",
        "Headlight / nav lights",
    ],
    "de": [
        "Motoröl",
        "Kühlwasser",
        "Getriebeöl",
        "Krautfang verschlossen",
        "Stopfbuchse",
        "Gaskasten / Flaschen",
        "Feuerlöscher (2)",
        "Löschdecke",
        "CO-Melder geprüft",
        "Rauchmelder geprüft",
        "Rettungswesten",
        "Rettungsring",
        "Festmacher (4)",
        "Erdanker / Heringe",
        "Bootshaken",
        "Fender",
        "Frischwasser voll",
        "Fäkalientank leer",
        "Signalhorn",
        "Positionslichter",
    ],
    "fr": [
        "Huile moteur",
        "Liquide de refroidissement",
        "Huile inverseur",
        "Trappe d'hélice",
        "Presse-étoupe",
        "Coffre à gaz / bouteilles",
        "Extincteurs (2)",
        "Couverture anti-feu",
        "Détecteur CO testé",
        "Détecteur de fumée",
        "Gilets de sauvetage",
        "Bouée couronne",
        "Amarres (4)",
        "Piquets et maillet",
        "Gaffe",
        "Pare-battages",
        "Réservoir d'eau plein",
        "Cuve à eaux noires vide",
        "Avertisseur sonore",
        "Feux de navigation",
    ],
}
TOPICS = {
    "en": [
        "Steering & stopping",
        "Working locks",
        "Swing bridges",
        "Mooring",
        "Engine checks",
        "Weed hatch",
        "Toilet & pump-out",
        "Gas & CO safety",
        "Man overboard",
        "Tunnels",
    ],
    "de": [
        "Steuern & Aufstoppen",
        "Schleusen",
        "Anlegen",
        "Motorkontrolle",
        "Krautfang",
        "Toilette & Absaugung",
        "Gas & CO",
        "Mann über Bord",
        "Schifffahrtszeichen",
        "Revierkarte",
    ],
    "fr": [
        "Barre et arrêt",
        "Passage d'écluse",
        "Amarrage",
        "Contrôles moteur",
        "Trappe d'hélice",
        "WC et vidange",
        "Gaz et CO",
        "Homme à la mer",
        "Signalisation",
        "Carte du réseau",
    ],
}


def fuel_gauge(p: Page, s: Style, x: float, y: float, level: int, label: str) -> None:
    """A printed gauge E 1/4 1/2 3/4 F with one mark ringed by hand."""
    p.text(x, y, label, s.font, 7.5)
    marks = ["E", "1/4", "1/2", "3/4", "F"]
    for k, t in enumerate(marks):
        xx = x + 70 + k * 26
        p.text(xx, y, t, s.font, 7.5, "center")
        if k == level:
            ring(p, xx, y - 3, 9, 18)


def tpl_handover_checklist(rng: random.Random, who: Issuer) -> list[Page]:
    """The boatyard's handover checklist filled in on departure day (A4 or A5 pad): boat and
    hirer, engine hours, fuel and water, the checks ticked, the existing damage marked on the
    boat outline, the instruction topics, the trial run and the signatures of instructor and
    hirer; on A5 the instruction and signatures are on a second sheet."""
    b = booking_for(rng, ("booking_confirmation", "booking_form"))
    o = office_head()
    lg = home()
    small = keyed(who, "pad").random() < 0.5
    size = A5 if small else A4
    s = style_of(o, size, margin=34 if small else 44, pt=8)
    w, hh = size
    m = s.margin
    d = b.start
    eng = crew_member(rng.choice(["eng1", "eng2"]))
    pages: list[Page] = []
    p = Page(size)
    y = m + 2
    p.text(m, y, fit(o.name, s.bold, 9, w * 0.55), s.bold, 9)
    p.text(w - m, y, f"No {rng.randint(1000, 9999)}", "Courier-Bold", 9, "right")
    y += 16
    y = form_title(
        p, s, y, tr(lg, "HANDOVER CHECKLIST", "ÜBERGABEPROTOKOLL", "FICHE DE PRISE EN MAIN")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Boat", "Boot", "Bateau"), b.boat.name),
            (tr(lg, "Booking", "Buchung", "Réservation"), b.ref),
            (tr(lg, "Hirer", "Mieter", "Locataire"), b.hirer.name),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(13, 17)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Engine hours", "Betriebsstunden", "Compteur moteur"),
                f"{rng.randint(1200, 9800)}",
            ),
            (tr(lg, "Crew on board", "Personen an Bord", "Personnes à bord"), str(len(b.crew))),
        ],
        per=2,
        tall=22,
    )
    fuel_gauge(p, s, m, y, 4 if rng.random() < 0.8 else 3, tr(lg, "Fuel", "Diesel", "Gasoil"))
    fuel_gauge(
        p,
        s,
        m + (w - 2 * m) / 2 if not small else m,
        y + (0 if not small else 16),
        4,
        tr(lg, "Water", "Wasser", "Eau"),
    )
    y += 18 if not small else 34
    y = band(
        p,
        s,
        y,
        tr(lg, "Checks before departure", "Kontrolle vor Abfahrt", "Vérifications avant départ"),
    )
    items = CHECKS[lg]
    cols_n = 2
    cw = (w - 2 * m) / cols_n
    per = -(-len(items) // cols_n)
    y += 6
    for k, t in enumerate(items):
        x = m + (k // per) * cw
        yy = y + (k % per) * 11.5
        box_tick(p, x, yy, rng.random() < 0.96)
        p.text(x + 12, yy, fit(t, s.font, 7.5, cw - 16), s.font, 7.5)
    y += per * 11.5 + 6
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Existing damage (mark on drawing)",
            "Vorschäden (bitte einzeichnen)",
            "Dommages existants (à reporter sur le schéma)",
        ),
    )
    bw = w - 2 * m - (0 if small else 150)
    boat_outline(p, m + 4, y + 6, bw - 8, 46)
    for _ in range(rng.randint(0, 4)):
        cx, cy = m + rng.uniform(20, bw - 30), y + 6 + rng.choice([0, 46]) + rng.uniform(-3, 3)
        p.text(cx, cy + 3, "X", HAND, 10)
    if not small:
        hand(
            p,
            m + bw + 6,
            y + 20,
            rng.choice(NOTES_DAMAGE[lg]),
            8.5,
            140,
        )
    y += 62
    if small:
        p.text(
            w / 2,
            hh - 18,
            tr(lg, "continued overleaf", "bitte wenden", "voir au verso"),
            italic_of(s.font),
            7,
            "center",
        )
        pages.append(p)
        p = Page(size)
        y = m + 4
        p.text(m, y, fit(f"{b.boat.name} - {b.ref}", HAND, 9, w - 2 * m), HAND, 9)
        y += 16
    y = band(p, s, y, tr(lg, "Instruction given", "Einweisung", "Instruction donnée"))
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        TOPICS[lg],
        set(range(len(TOPICS[lg]))) - set(rng.sample(range(len(TOPICS[lg])), rng.randint(0, 2))),
        7.5,
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(
                lg, "Trial run completed", "Probefahrt durchgeführt", "Essai de navigation effectué"
            ),
            tr(lg, "Skipper competent", "Schiffsführer geeignet", "Chef de bord apte"),
        ],
        {0, 1} if rng.random() < 0.9 else {0},
        7.5,
    )
    if lg == "de":
        y = ticks(p, s, m, y, w - 2 * m, ["Charterbescheinigung ausgehändigt"], {0}, 7.5)
    elif lg == "fr":
        y = ticks(p, s, m, y, w - 2 * m, ["Carte de plaisance remise"], {0}, 7.5)
    p.text(m, y + 4, tr(lg, "Notes", "Bemerkungen", "Remarques"), s.font, 7)
    hand(
        p,
        m + 40,
        y + 4,
        rng.choice(NOTES_HANDOVER[lg]),
        8.5,
        w - 2 * m - 40,
    )
    y += 30
    half = (w - 2 * m) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Instructor", "Einweiser", "Instructeur"), eng),
            (tr(lg, "Hirer", "Mieter", "Locataire"), b.hirer.name),
        ]
    ):
        x = m + k * half
        p.text(x, y, cap, s.font, 7)
        p.line(x, y + 22, x + half - 12, y + 22)
        scrawl(p, x + 4, y + 18, nm, 11)
    p.text(
        m,
        hh - 16,
        fit(
            tr(
                lg,
                "White copy: office - yellow copy: hirer",
                "Original: Büro - Durchschlag: Mieter",
                "Original : bureau - copie : locataire",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    pages.append(p)
    remember(b, d, eng)
    return pages


def box_tick(p: Page, x: float, y: float, ticked: bool) -> None:
    """A tick box with a hand tick (a check mark rather than a cross)."""
    p.rect(x, y - 7, 8, 8)
    if ticked:
        p.line(x + 1.5, y - 3, x + 3.5, y)
        p.line(x + 3.5, y, x + 9, y - 9)


def tpl_trip_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The return report on the last morning: engine hours out and in, diesel used and
    charged, pump-out, items missing, damage marked on the boat outline, the hirer's comments
    and the deposit settlement, signed by the engineer and the hirer; now and then a second
    page with the damage detail or the hirer's remarks."""
    b = booking_for(rng, ("handover_checklist", "booking_confirmation"))
    o = office_head()
    lg = home()
    s = style_of(o, A4, margin=46, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = b.start + timedelta(days=b.nights)
    eng = crew_member(rng.choice(["eng1", "eng2"]))
    p = Page(s.page_size)
    y = heading(p, s, o) if rng.random() < 0.6 else m
    y = form_title(
        p,
        s,
        y,
        tr(lg, "RETURN / TRIP REPORT", "RÜCKGABEPROTOKOLL", "ÉTAT DES LIEUX DE RETOUR"),
        b.ref,
    )
    h_out = rng.randint(1200, 9800)
    used = b.nights * rng.uniform(3.5, 6.5)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Boat", "Boot", "Bateau"), b.boat.name),
            (tr(lg, "Hirer", "Mieter", "Locataire"), b.hirer.name),
            (tr(lg, "Returned to", "Rückgabe in", "Retour à"), b.end_base),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(7, 10)}:{rng.choice(['05', '20', '40', '55'])}",
            ),
            (tr(lg, "Hours out", "Stunden Abfahrt", "Compteur départ"), str(h_out)),
            (tr(lg, "Hours in", "Stunden Rückgabe", "Compteur retour"), str(h_out + round(used))),
        ],
        per=2,
        tall=22,
    )
    litres = round(used * rng.uniform(1.4, 2.1), 1)
    price = {"en": 1.32, "de": 1.79, "fr": 1.72}[lg] + rng.choice([0, 0.04, 0.09])
    diesel = round(litres * price, 2)
    damage: list[tuple[str, float]] = []
    if rng.random() < 0.45:
        for _ in range(rng.randint(1, 3)):
            damage.append(
                rng.choice(
                    [
                        (tr(lg, "Windlass lost", "Festmacher verloren", "Piquet perdu"), 18.0),
                        (
                            tr(
                                lg,
                                "Centre line replaced",
                                "Fender ersetzt",
                                "Pare-battage remplacé",
                            ),
                            35.0,
                        ),
                        (
                            tr(
                                lg,
                                "Paintwork stbd side",
                                "Lackschaden Steuerbord",
                                "Peinture tribord",
                            ),
                            120.0,
                        ),
                        (tr(lg, "Tiller pin bent", "Ruderpinne verbogen", "Barre faussée"), 45.0),
                        (
                            tr(lg, "Prop fouled - diver", "Schraube Taucher", "Hélice - plongeur"),
                            85.0,
                        ),
                        (
                            tr(lg, "Extra cleaning", "Sonderreinigung", "Nettoyage supplémentaire"),
                            60.0,
                        ),
                        (
                            tr(lg, "Broken glass (cabin)", "Fensterscheibe Kajüte", "Vitre cabine"),
                            95.0,
                        ),
                    ]
                )
            )
    y = band(p, s, y, tr(lg, "Return checks", "Kontrolle bei Rückgabe", "Contrôles au retour"))
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(lg, "Inventory complete", "Inventar vollständig", "Inventaire complet"),
            tr(lg, "Toilet tank pumped", "Fäkalientank abgepumpt", "Cuve vidée"),
            tr(lg, "Gas bottle changed", "Gasflasche gewechselt", "Bouteille de gaz changée"),
            tr(lg, "Boat clean", "Boot sauber", "Bateau propre"),
            tr(lg, "Damage found", "Schäden festgestellt", "Dommages constatés"),
        ],
        {0 if not damage else 3}
        | ({4} if damage else {1, 3})
        | ({2} if rng.random() < 0.4 else set()),
        8,
    )
    boat_outline(p, m + 4, y + 4, w - 2 * m - 170, 50)
    for k, _ in enumerate(damage):
        cx = m + rng.uniform(30, w - 2 * m - 200)
        cy = y + 4 + rng.choice([0, 50])
        ring(p, cx, cy, 7, 16)
        p.text(cx + 9, cy - 6, str(k + 1), HAND, 9)
    yy = y + 10
    for k, (t, _) in enumerate(damage):
        hand(p, w - m - 160, yy, f"{k + 1}. {t}", 8.5, 160)
        yy += 13
    y += 70
    y = band(p, s, y, tr(lg, "Deposit settlement", "Kautionsabrechnung", "Décompte de la caution"))
    rows = [
        (tr(lg, "Damage deposit held", "Hinterlegte Kaution", "Caution versée"), b.deposit),
        (
            tr(
                lg,
                f"Diesel {litres:.1f} l x {price:.2f}",
                f"Diesel {litres:.1f} l x {money(price, lg)}",
                f"Gasoil {litres:.1f} l x {money(price, lg)}",
            ),
            -diesel,
        ),
    ]
    if rng.random() < 0.3:
        rows.append((tr(lg, "Pump-out", "Absaugung", "Vidange eaux noires"), -20.0))
    for t, v in damage:
        rows.append((t, -v))
    y += 6
    bal = 0.0
    for t, v in rows:
        p.text(m + 4, y, fit(t, s.font, 8.5, w * 0.5), s.font, 8.5)
        p.text(w * 0.62, y, cash(v, lg), HAND, 9, "right")
        bal += v
        y += 13
    p.line(m + 4, y - 8, w * 0.64, y - 8)
    p.text(
        m + 4,
        y + 2,
        tr(lg, "To refund / (to pay)", "Erstattung / (Nachzahlung)", "À rembourser / (à payer)"),
        s.bold,
        8.5,
    )
    p.text(
        w * 0.62, y + 2, cash(bal, lg) if bal >= 0 else f"({cash(-bal, lg)})", HAND, 9.5, "right"
    )
    y += 24
    p.text(
        m,
        y,
        tr(lg, "Hirer's comments", "Anmerkungen des Mieters", "Remarques du locataire"),
        s.font,
        7.5,
    )
    for k in range(3):
        p.line(m, y + 14 + k * 14, w - m, y + 14 + k * 14)
    if rng.random() < 0.6:
        hand(
            p,
            m + 4,
            y + 11,
            rng.choice(NOTES_HIRER[b.hirer.lang]),
            9,
            w - 2 * m - 8,
        )
    y += 62
    half = (w - 2 * m) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Checked by", "Geprüft von", "Contrôlé par"), eng),
            (tr(lg, "Hirer", "Mieter", "Locataire"), b.hirer.name),
        ]
    ):
        x = m + k * half
        p.text(x, y, cap, s.font, 7)
        scrawl(p, x + 4, y + 20, nm, 11)
        p.line(x, y + 24, x + half - 14, y + 24)
    pages = [p]
    if damage and rng.random() < 0.4:
        pages.append(
            photo_sheet(
                rng,
                A4,
                [t for t, _ in damage][:4] or ["-"],
                f"{b.boat.name} {short(d, lg)}",
                rng.random() < 0.5,
            )
        )
    remember(b, d, damage)
    return pages


ZONES = {
    "en": [
        "Galley: hob, oven, sink",
        "Fridge emptied & wiped",
        "Saloon & dinette",
        "Front cabin",
        "Rear cabin",
        "Shower & heads",
        "Toilet cassette",
        "Windows inside",
        "Floors mopped",
        "Bins emptied",
        "Linen sets",
        "Towels",
        "Cratch / well deck",
        "Roof & cabin sides",
    ],
    "de": [
        "Pantry: Herd, Spüle",
        "Kühlschrank",
        "Salon",
        "Bugkabine",
        "Heckkabine",
        "Dusche & WC",
        "Fäkalientank",
        "Fenster innen",
        "Böden gewischt",
        "Müll entsorgt",
        "Bettwäsche",
        "Handtücher",
        "Vorschiff",
        "Deck & Dach",
    ],
    "fr": [
        "Cuisine : plaques, évier",
        "Réfrigérateur",
        "Carré",
        "Cabine avant",
        "Cabine arrière",
        "Douche et WC",
        "Cuve eaux noires",
        "Vitres intérieures",
        "Sols lavés",
        "Poubelles",
        "Parures de lit",
        "Serviettes",
        "Pont avant",
        "Pont et toit",
    ],
}


def tpl_changeover_clean(rng: random.Random, who: Issuer) -> list[Page]:
    """The cleaner team leader's changeover card for one boat (A5, portrait or landscape):
    boat, date, times, the areas ticked with initials, linen counted, faults found for the
    yard and the leader's sign-off."""
    o = office_head()
    lg = home()
    boat = rng.choice(FLEET)
    r = keyed(who, "card")
    size = A5 if r.random() < 0.6 else A5L
    s = style_of(o, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    while d.weekday() not in (4, 5) and rng.random() < 0.8:
        d += timedelta(days=1)
    lead = crew_member("clean")
    helpers = [f"{rng.choice(FIRSTS[lg][1])}", f"{rng.choice(FIRSTS[lg][rng.random() < 0.5])}"]
    p = Page(size)
    y = m + 4
    p.text(
        m, y, tr(lg, "CHANGEOVER CLEAN", "ENDREINIGUNG / WECHSEL", "NETTOYAGE ROTATION"), s.bold, 11
    )
    p.text(w - m, y, fit(o.name, s.font, 7, w * 0.4), s.font, 7, "right")
    y += 8
    p.line(m, y, w - m, y)
    y += 14
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Boat", "Boot", "Bateau"), boat.name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Start", "Beginn", "Début"),
                f"{rng.randint(9, 11)}:{rng.choice(['00', '15', '30'])}",
            ),
            (
                tr(lg, "Finish", "Ende", "Fin"),
                f"{rng.randint(12, 14)}:{rng.choice(['00', '20', '45'])}",
            ),
        ]
    ):
        x = m + k * (w - 2 * m) / 4
        p.text(x, y, cap, s.font, 7)
        hand(p, x + tw(cap, s.font, 7) + 4, y, val, 9, (w - 2 * m) / 4 - tw(cap, s.font, 7) - 8)
    y += 14
    zones = ZONES[lg]
    cols_n = 2 if w > 450 else 1
    per = -(-len(zones) // cols_n)
    cw = (w - 2 * m) / cols_n
    step = min(12.5, (hh - y - 110) / per)
    initials = "".join(t[0] for t in lead.split())
    for k, t in enumerate(zones):
        x = m + (k // per) * cw
        yy = y + (k % per) * step + 8
        box_tick(p, x, yy, rng.random() < 0.93)
        p.text(x + 12, yy, fit(t, s.font, 7.5, cw - 60), s.font, 7.5)
        if rng.random() < 0.5:
            p.text(x + cw - 30, yy, rng.choice([initials, helpers[0][:2].upper()]), HAND, 8)
    y += per * step + 16
    p.text(m, y, tr(lg, "Linen sets", "Bettwäsche-Sets", "Parures"), s.font, 7.5)
    hand(p, m + 60, y, str(boat.berths // 2 + rng.randint(0, 1)), 9)
    p.text(m + 100, y, tr(lg, "Towels", "Handtücher", "Serviettes"), s.font, 7.5)
    hand(p, m + 150, y, str(boat.berths), 9)
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Faults for the yard:", "Mängel für die Werft:", "Défauts pour l'atelier :"),
        s.font,
        7.5,
    )
    fault = rng.choice([*NOTES_CLEAN[lg], "", ""])
    if fault:
        hand(p, m + 110, y, fault, 9, w - 2 * m - 110)
    p.line(m + 108, y + 3, w - m, y + 3)
    y += 20
    p.text(m, y, tr(lg, "Team", "Team", "Équipe"), s.font, 7.5)
    hand(p, m + 40, y, f"{lead.split()[0]}, {helpers[0]}, {helpers[1]}", 9, w / 2 - m - 40)
    p.text(w / 2 + 10, y, tr(lg, "Signed", "Unterschrift", "Visa"), s.font, 7.5)
    scrawl(p, w / 2 + 50, y + 2, lead, 11)
    remember(None, d, boat)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates OOOOO: the navigation authority, safety examinations, surveys and the yard
# ---------------------------------------------------------------------------------------------

LICENCE_TERMS = {
    "en": [
        "Definitions",
        "Display of licence and index number",
        "Boat Safety Scheme",
        "Third party insurance",
        "Hire boat code",
        "Mooring and continuous cruising",
        "Navigation rules",
        "Stoppages",
        "Payment and refunds",
        "Transfer of licence",
        "Enforcement",
        "Data protection",
    ],
    "de": [
        "Gegenstand der Genehmigung",
        "Kennzeichnung der Fahrzeuge",
        "Charterbescheinigung",
        "Einweisung der Mieter",
        "Ausrüstung",
        "Revierbeschränkungen",
        "Haftpflichtversicherung",
        "Anzeigepflichten",
        "Widerruf",
        "Gebühren",
        "Nebenbestimmungen",
    ],
    "fr": [
        "Objet",
        "Identification des bateaux",
        "Titre de navigation",
        "Carte de plaisance",
        "Assurance",
        "Stationnement",
        "Règlement général de police",
        "Chômages",
        "Paiement du péage",
        "Cession",
        "Contrôles",
        "Données personnelles",
    ],
}


def tpl_nav_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The navigation authority's licence for the hire fleet: a licence letter or Bescheid
    with the licence period and fee, the fleet schedule (boat, number, length, class, licence
    number, fee) on a page of its own and the conditions in small print; German ones with the
    Rechtsbehelfsbelehrung."""
    h = head_of(who, "authority")
    lg = h.lang
    office_head()
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("safety_certificate",), (3, 20))
    year = d.year if d.month < 10 else d.year + 1
    ref = {
        "en": serial(rng, "BL/99999"),
        "de": f"Az. 3-224.5/{rng.randint(10, 99)}-{year}",
        "fr": serial(rng, "PL-99-9999"),
    }[lg]
    boats = rng.sample(FLEET, min(len(FLEET), rng.randint(3, len(FLEET))))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(
            tr(lg, "The Fleet Manager", "z. Hd. Geschäftsführung", "À l'attention du gérant")
        ),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "c"), "9999999")),
        ],
    )
    title = tr(
        lg,
        f"Business Boat Licence (Hire) {year}",
        "Genehmigung zur gewerbsmäßigen Vermietung von Sportbooten ohne Fahrerlaubnis",
        f"Titre de péage plaisance - loueurs professionnels - année {year}",
    )
    caption(f, s, title, 2)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    fee_each = {"en": 1180.0, "de": 95.0, "fr": 640.0}[lg]
    total = sum(round(fee_each * bt.length / 15, 2) for bt in boats)
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your application. Licences have been issued for the {len(boats)} hire "
            f"boats listed on the attached schedule for the period 1 April {year} to 31 March "
            f"{year + 1}. The total fee of {cash(total, lg)} has been taken by Direct Debit.",
            f"auf Ihren Antrag vom {short(d - timedelta(days=30), lg)} wird Ihnen nach § 1 "
            f"BinSch-SportbootVermV die Genehmigung erteilt, die in der Anlage aufgeführten "
            f"{len(boats)} Fahrzeuge gewerbsmäßig ohne Fahrerlaubnis zu vermieten. Die Genehmigung "
            f"gilt bis zum 31.12.{year + 1}.",
            f"Nous accusons réception de votre déclaration de flotte. Le péage des {len(boats)} "
            f"bateaux de location figurant en annexe est acquitté pour l'année {year}, pour un "
            f"montant total de {cash(total, lg)}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    if lg == "de":
        f.heading(m, "Gebühren", s.bold, s.size)
        write(
            f,
            s,
            f"Für diesen Bescheid wird eine Gebühr von {cash(total, lg)} festgesetzt. "
            "Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            f"erhoben werden. Der Widerspruch ist beim {h.name}, {h.street}, {h.town} "
            "schriftlich oder zur Niederschrift einzulegen.",
            s.size - 1,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Licence plates for each boat are enclosed. Please display them on "
                "both sides of the cabin where they can be clearly seen.",
                "",
                "Les vignettes sont jointes ; elles doivent être apposées de façon "
                "visible sur chaque bateau.",
            ),
        )
    regards(f, s, lg, staff(h, "lic"), tr(lg, "Licensing Team", "Im Auftrag", "Service péage"))
    if lg == "de" and rng.random() < 0.6:
        seal(
            f.pages[-1],
            w - m - 60,
            f.y - 40,
            30,
            "Wasserstraßen- und Schifffahrtsamt",
            "Dienstsiegel",
        )
    pages = f.pages
    sch = Page(s.page_size)
    y = heading(sch, s, h) if h.again else m
    sch.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Schedule of licensed boats",
                "Anlage 1 - Fahrzeugliste",
                "Annexe - liste des bateaux",
            ),
            s.bold,
            s.size + 2,
            w - 2 * m,
        ),
        s.bold,
        s.size + 2,
    )
    sch.text(w - m, y, ref, s.font, 8, "right")
    y += 22
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (1.6, "left"),
            (2.2, "left"),
            (0.9, "center"),
            (1.6, "left"),
            (1.2, "right"),
        ],
    )
    heads = [
        tr(lg, "Boat name", "Name", "Nom"),
        tr(lg, "Index no.", "Kennzeichen", "Immat."),
        tr(lg, "Type", "Typ", "Modèle"),
        tr(lg, "Length m", "Länge m", "Long. m"),
        tr(lg, "Licence no.", "Charter-Nr.", "Vignette n°"),
        tr(lg, "Fee", "Gebühr", "Péage"),
    ]
    for c, t in zip(cols, heads, strict=True):
        x = {"right": c[1], "center": (c[0] + c[1]) / 2}.get(c[2], c[0])
        sch.text(x, y, t, s.bold, 8, c[2])
    sch.line(m, y + 4, w - m, y + 4)
    y += 16
    for bt in boats:
        vals = [
            bt.name,
            bt.number,
            bt.cls,
            dec(bt.length, lg),
            serial(rng, {"en": "HB99999", "de": "CB 9999", "fr": "V99-99999"}[lg]),
            money(round(fee_each * bt.length / 15, 2), lg),
        ]
        for c, t in zip(cols, vals, strict=True):
            if c[2] == "center":
                sch.text((c[0] + c[1]) / 2, y, t, s.font, 8.5, "center")
            elif c[2] == "right":
                sch.text(c[1], y, t, s.font, 8.5, "right")
            else:
                sch.text(c[0], y, fit(t, s.font, 8.5, c[1] - c[0] - 4), s.font, 8.5)
        y += 14
    sch.line(m, y - 6, w - m, y - 6)
    sch.text(w - m, y + 6, cash(total, lg), s.bold, 9, "right")
    pages.append(sch)
    if rng.random() < 0.65:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Licence conditions - hire boats",
                    "Nebenbestimmungen",
                    "Conditions générales du péage",
                ),
                LICENCE_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(None, d)
    return close(pages, s, h)


def tpl_stoppage_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The navigation authority's stoppage programme (winter stoppages, Sperrungen,
    chômages): a covering letter to hire operators and a landscape table of the closures with
    place, dates, works and diversions, over one or two sheets."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    _w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{rng.randint(1, 140)}/{d.year}"
    f = sheets(s, h, "")
    recipient(f, s, h, office_lines(), d, [(tr(lg, "Notice", "Bekanntmachung Nr.", "Avis n°"), no)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Winter stoppage programme {d.year}/{(d.year + 1) % 100:02d}",
            f"Bekanntmachung für die Binnenschifffahrt Nr. {no} - Sperrungen",
            f"Avis à la batellerie n° {no} - programme des chômages",
        ),
        1.5,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Please find enclosed the programme of planned works for the coming "
            "season. Boats should not be navigated through the sites listed during "
            "the closure periods.",
            "hiermit geben wir die geplanten Sperrungen der Schleusen und Wehre im "
            "Revier bekannt. Die Durchfahrt ist während der angegebenen Zeiten nicht "
            "möglich.",
            "Nous vous prions de trouver ci-joint le programme des chômages. La "
            "navigation est interrompue aux ouvrages et aux dates indiqués.",
        ),
    )
    write(f, s, prose(rng, lg, "hire", 1, 3))
    regards(
        f, s, lg, staff(h, "ops"), tr(lg, "Waterway Operations", "Im Auftrag", "Le chef d'unité")
    )
    pages = f.pages
    ls = paper(s, landscape(A4), margin=40, pt=8)
    lw, lh = ls.page_size
    n_rows = rng.randint(8, 30)
    flow = Sheets(
        ls.page_size,
        lh - 50,
        lambda p, n: running_header(
            p, ls, f"{h.name} - {no} - {tr(lg, 'Sheet', 'Blatt', 'Feuille')} {n}"
        ),
    )
    cols = columns(
        40,
        lw - 40,
        [
            (0.8, "left"),
            (3, "left"),
            (2.4, "left"),
            (1.4, "left"),
            (1.4, "left"),
            (3.5, "left"),
            (2.5, "left"),
        ],
    )
    rows = []
    start = date(d.year, 11, 1)
    for k in range(n_rows):
        a = start + timedelta(days=rng.randint(0, 120))
        rows.append(
            [
                f"{k + 1}",
                rng.choice(LOCKS[lg]) + (f" ({rng.randint(1, 40)})" if rng.random() < 0.3 else ""),
                rng.choice(WATERS[lg]),
                short(a, lg),
                short(a + timedelta(days=rng.randint(2, 40)), lg),
                rng.choice(
                    tr(
                        lg,
                        "Gate replacement|Dredging|Culvert repair|Bridge deck|Lock chamber "
                        "repointing|Paddle gear",
                        "Tornerneuerung|Baggerarbeiten|Wehrsanierung|Brückenprüfung|"
                        "Kammersanierung|Antriebstechnik",
                        "Remplacement des portes|Dragage|Maçonnerie|Pont-levis|Vidange du "
                        "bief|Automatisation",
                    ).split("|")
                ),
                rng.choice(
                    tr(
                        lg,
                        "None - closed|Towpath diverted|Pass at weekends|-",
                        "keine|Umtragen möglich|nur Sportboote|-",
                        "aucune|passage le week-end|sur rendez-vous|-",
                    ).split("|")
                ),
            ]
        )
    table(
        flow,
        cols,
        [
            "#",
            tr(lg, "Location", "Ort / Bauwerk", "Ouvrage"),
            tr(lg, "Waterway", "Wasserstraße", "Voie d'eau"),
            tr(lg, "From", "Von", "Du"),
            tr(lg, "To", "Bis", "Au"),
            tr(lg, "Works", "Maßnahme", "Travaux"),
            tr(lg, "Diversion / passage", "Hinweise", "Observations"),
        ],
        rows,
        ls,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    pages += flow.pages
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return close(pages, s, h, numbers="none" if rng.random() < 0.5 else "{i}/{n}")


BSS_CHECKS = {
    "en": [
        ("1.1", "Permanently installed fuel tanks"),
        ("1.2", "Fuel filling and venting"),
        ("2.1", "Engine fuel feed pipes"),
        ("2.4", "Fuel shut-off valve"),
        ("3.1", "Electrical systems - battery securing"),
        ("3.3", "Battery master switch"),
        ("4.1", "Electric propulsion (n/a)"),
        ("5.1", "Outboard and portable fuel systems"),
        ("6.1", "Fire extinguishers - number and rating"),
        ("6.2", "Fire blanket"),
        ("7.1", "LPG cylinder storage"),
        ("7.2", "Cylinder locker drain"),
        ("7.7", "LPG pipework and hoses"),
        ("7.10", "Gas tightness test"),
        ("8.1", "Appliance installation"),
        ("8.3", "Flue systems"),
        ("9.1", "Ventilation"),
        ("9.2", "CO alarms fitted and working"),
        ("10.1", "Hire boat additional checks"),
    ],
    "de": [
        ("1", "Flaschenaufstellung / Gaskasten"),
        ("2", "Gaskastenentlüftung"),
        ("3", "Druckregler, Schlauchleitungen"),
        ("4", "Rohrleitungen, Befestigung"),
        ("5", "Absperrventile"),
        ("6", "Dichtheitsprüfung mit Prüfmanometer"),
        ("7", "Kocher / Backofen"),
        ("8", "Heizung, Abgasführung"),
        ("9", "Kühlschrank"),
        ("10", "Be- und Entlüftung"),
        ("11", "CO-Warnmelder"),
        ("12", "Betriebsanleitung an Bord"),
    ],
    "fr": [
        ("1", "Coque et superstructures"),
        ("2", "Stabilité et franc-bord"),
        ("3", "Appareil moteur"),
        ("4", "Installation électrique"),
        ("5", "Installation gaz"),
        ("6", "Moyens de lutte contre l'incendie"),
        ("7", "Matériel d'armement et sécurité"),
        ("8", "Signalisation et feux"),
        ("9", "Ancres et amarres"),
        ("10", "Équipements sanitaires"),
        ("11", "Documents de bord"),
    ],
}


def tpl_safety_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A safety examination certificate for one boat of the fleet: the Boat Safety Scheme
    examination certificate with the examiner's number and the check pages, the
    Prüfbescheinigung for the LPG system after DVGW G 608 with the test plaque, or the
    commission de surveillance's attestation de visite; the check list on one or two further
    pages."""
    h = head_of(who, "examiner")
    lg = h.lang
    s = style_of(h, A4, margin=min(h.margin, 50), pt=8.5)
    w, hh = s.page_size
    m = s.margin
    boat = rng.choice(FLEET)
    d = some_day(rng)
    examiner = staff(h, "exam") if lg != "en" or "Towpath" in h.name else h.name.split(" - ")[0]
    cert = serial(rng, {"en": "BSS-99999999", "de": "G608-99-9999", "fr": "CS 99/9999"}[lg])
    p = Page(s.page_size)
    if lg == "en":
        p.rect(m, m - 6, w - 2 * m, 40, fill=0.15)
        p.text(m + 10, m + 12, "BOAT SAFETY SCHEME", "Helvetica-Bold", 15)
        p.text(m + 10, m + 26, "Examination Certificate - Hire boat", "Helvetica", 9)
        p.text(w - m - 10, m + 12, cert, "Courier-Bold", 10, "right")
        y = m + 56
    else:
        y = heading(p, s, h)
        y = form_title(p, s, y, tr(lg, "", "PRÜFBESCHEINIGUNG", "ATTESTATION DE VISITE"), cert)
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "",
                    "über die Prüfung der Flüssiggasanlage auf Wassersportfahrzeugen "
                    "nach DVGW-Arbeitsblatt G 608",
                    "Visite périodique d'un bateau de plaisance destiné à la location "
                    "(commission de surveillance)",
                ),
                s.font,
                8.5,
                w - 2 * m,
            ),
            s.font,
            8.5,
        )
        y += 18
    y = band(p, s, y, tr(lg, "Vessel", "Fahrzeug", "Bateau"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Boat name", "Name", "Nom"), boat.name),
            (tr(lg, "Index / registration no.", "Kennzeichen", "Immatriculation"), boat.number),
            (tr(lg, "Type / builder", "Typ / Werft", "Modèle / chantier"), boat.cls),
            (tr(lg, "Length", "Länge", "Longueur"), f"{boat.length:.1f} m"),
            (
                tr(lg, "Owner / operator", "Eigner / Betreiber", "Propriétaire / loueur"),
                office_row()[0],
            ),
            (
                tr(lg, "Location examined", "Prüfort", "Lieu de visite"),
                rng.choice(BASES[home()][:3]),
            ),
        ],
        per=2,
        tall=24,
        hand=lg == "en",
    )
    y = band(p, s, y, tr(lg, "Result", "Ergebnis", "Résultat"))
    ok = rng.random() < 0.88
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(
                lg,
                "PASS - boat meets the BSS requirements",
                "Anlage ist dicht und betriebssicher",
                "Avis favorable",
            ),
            tr(
                lg,
                "FAIL - see check pages",
                "Mängel - Nachprüfung erforderlich",
                "Avis défavorable - prescriptions",
            ),
        ],
        {0 if ok else 1},
        8.5,
    )
    if lg == "en" and rng.random() < 0.5:
        y = write_line(
            p,
            s,
            y,
            "Advice notices issued: "
            + rng.choice(["none", "1 (7.10 - gas tap labelling)", "2 (3.3, 9.2)"]),
            8.5,
        )
    exp = d.replace(year=d.year + (4 if lg == "en" else 2 if lg == "de" else 5))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Date of examination", "Prüfdatum", "Date de la visite"), short(d, lg)),
            (tr(lg, "Valid until", "Nächste Prüfung", "Valable jusqu'au"), short(exp, lg)),
            (tr(lg, "Examiner", "Sachkundiger", "Expert"), examiner),
            (tr(lg, "Examiner no.", "Prüfer-Nr.", "N° agrément"), serial(keyed(who, "no"), "9999")),
        ],
        per=2,
        tall=24,
        hand=lg == "en",
    )
    y += 8
    p.text(m, y, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7.5)
    scrawl(p, m + 70, y + 4, examiner)
    if lg == "de":
        ring(p, w - m - 50, y + 10, 28)
        p.text(w - m - 50, y + 6, "G 608", "Helvetica-Bold", 9, "center")
        p.text(w - m - 50, y + 18, f"{exp.month:02d}/{exp.year}", "Helvetica", 7.5, "center")
    elif lg == "fr":
        seal(p, w - m - 55, y + 14, 30, "Commission de surveillance", "DDT")
    p.text(
        m,
        hh - m,
        fit(
            tr(
                lg,
                "This certificate relates only to the condition of the boat on "
                "the date of examination.",
                "Diese Bescheinigung ist an Bord mitzuführen.",
                "Cette attestation doit être conservée à bord.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        italic_of(s.font),
        7,
    )
    pages = [p]
    chk = BSS_CHECKS[lg]
    q = Page(s.page_size)
    y = m
    q.text(
        m,
        y,
        fit(
            f"{tr(lg, 'Check record', 'Prüfprotokoll', 'Procès-verbal de visite')} - "
            f"{boat.name} - {cert}",
            s.bold,
            10,
            w - 2 * m,
        ),
        s.bold,
        10,
    )
    y += 20
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (5, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (2.6, "left"),
        ],
    )
    heads = [
        tr(lg, "Ref", "Nr.", "N°"),
        tr(lg, "Check", "Prüfpunkt", "Point de contrôle"),
        tr(lg, "Pass", "i.O.", "OK"),
        tr(lg, "Fail", "n.i.O.", "NC"),
        "N/A",
        tr(lg, "Notes", "Bemerkung", "Observations"),
    ]
    for c, t in zip(cols, heads, strict=True):
        q.text(c[0], y, t, s.bold, 7.5)
    q.line(m, y + 4, w - m, y + 4)
    y += 16
    fails = set() if ok else set(rng.sample(range(len(chk)), rng.randint(1, 2)))
    for k, (no, t) in enumerate(chk):
        q.text(cols[0][0], y, no, s.font, 8)
        q.text(cols[1][0], y, fit(t, s.font, 8, cols[1][1] - cols[1][0]), s.font, 8)
        col = 3 if k in fails else 4 if rng.random() < 0.06 else 2
        q.text((cols[col][0] + cols[col][1]) / 2, y, "X" if lg != "en" else "/", HAND, 9, "center")
        if k in fails:
            hand(
                q,
                cols[5][0],
                y,
                rng.choice(
                    [
                        "hose date 2017",
                        "no label",
                        "Schlauch porös",
                        "flexible périmé",
                        "drain blocked",
                    ]
                ),
                8,
                cols[5][1] - cols[5][0],
            )
        q.line(m, y + 4, w - m, y + 4)
        y += 17
    y += 8
    if lg == "de":
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Prüfdruck", f"{rng.choice([150, 150, 110])} mbar"),
                ("Prüfdauer", "10 min"),
                ("Druckabfall", "0 mbar" if ok else f"{rng.randint(3, 12)} mbar"),
                ("Prüfgerät", serial(rng, "PM-9999")),
            ],
            per=4,
            tall=24,
        )
    q.text(
        m, y + 10, tr(lg, "Examiner's initials", "Kürzel Prüfer", "Visa de l'expert"), s.font, 7.5
    )
    hand(q, m + 90, y + 10, "".join(t[0] for t in examiner.split() if t[0].isalpha())[:3], 10)
    pages.append(q)
    remember(None, d, boat)
    return close(
        pages,
        s,
        h,
        numbers="none"
        if rng.random() < 0.4
        else "Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "{i}/{n}",
    )


def tpl_hull_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """A hull surveyor's out-of-water survey of one hire boat: a cover page, the numbered
    sections with findings and recommendations, the ultrasonic thickness readings on a
    landscape page (frames by side and baseplate against the original plate), a photo sheet
    and the surveyor's declaration."""
    h = head_of(who, "surveyor", 0.25)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    boat = rng.choice(FLEET)
    d = some_day(rng)
    ref = serial(rng, rng.choice(["S-99-999", "GA 9999/99", "EXP-9999"]))
    surveyor = staff(h, "surveyor")
    pages: list[Page] = []
    cov = Page(s.page_size)
    y = heading(cov, s, h)
    y = max(y, hh * 0.3)
    cov.text(
        w / 2,
        y,
        tr(lg, "CONDITION SURVEY", "ZUSTANDSGUTACHTEN", "RAPPORT D'EXPERTISE"),
        s.bold,
        18,
        "center",
    )
    cov.text(
        w / 2,
        y + 22,
        tr(lg, "Out of water hull survey", "Unterwasserschiff und Rumpf", "Visite de coque à sec"),
        s.font,
        11,
        "center",
    )
    y += 70
    for cap, val in [
        (tr(lg, "Vessel", "Fahrzeug", "Bateau"), f"{boat.name} ({boat.cls})"),
        (tr(lg, "Hull no.", "Rumpf-Nr.", "N° de coque"), boat.hin),
        (tr(lg, "Built", "Baujahr", "Année"), str(boat.built)),
        (tr(lg, "Client", "Auftraggeber", "Client"), office_row()[0]),
        (tr(lg, "Date of survey", "Besichtigung", "Date de la visite"), dd(h, d)),
        (tr(lg, "Our ref", "Gutachten-Nr.", "Réf."), ref),
    ]:
        cov.text(w / 2 - 10, y, cap, s.font, s.size, "right")
        cov.text(w / 2 + 10, y, fit(val, s.bold, s.size, w / 2 - m - 10), s.bold, s.size)
        y += s.size * 1.9
    pages.append(cov)
    f = sheets(s, h, f"{ref} - {boat.name}")
    secs = tr(
        lg,
        "Scope|Hull - sides|Baseplate|Stern gear and rudder|Anodes|Coating|Recommendations",
        "Auftrag und Umfang|Seitenwände|Boden|Wellenanlage und Ruder|Opferanoden|"
        "Beschichtung|Empfehlungen",
        "Mission|Bordés|Fond|Ligne d'arbre et safran|Anodes|Revêtement|Préconisations",
    ).split("|")
    for k, t in enumerate(secs):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "tech", 1, 4))
        if t in ("Recommendations", "Empfehlungen", "Préconisations"):
            for j in range(rng.randint(2, 4)):
                write(f, s, f"{k + 1}.{j + 1}  " + words_n(rng, lg, "tech"), s.size, 12)
    pages += f.pages
    ls = paper(s, landscape(A4), margin=44, pt=8)
    lw, _lh = ls.page_size
    t_ = Page(ls.page_size)
    y = 44.0
    t_.text(
        44,
        y,
        fit(
            tr(
                lg,
                "Ultrasonic thickness readings (mm)",
                "Wanddickenmessung Ultraschall (mm)",
                "Mesures d'épaisseur par ultrasons (mm)",
            ),
            ls.bold,
            11,
            lw - 88,
        ),
        ls.bold,
        11,
    )
    t_.text(lw - 44, y, f"{boat.name} - {ref}", ls.font, 8, "right")
    y += 22
    frames = rng.randint(8, 14)
    orig = {"side": 6.0, "base": 10.0}
    cw = (lw - 88 - 110) / frames
    t_.text(44, y, tr(lg, "Position", "Messpunkt", "Position"), ls.bold, 8)
    for j in range(frames):
        t_.text(44 + 110 + j * cw + cw / 2, y, f"F{j + 1}", ls.bold, 8, "center")
    y += 6
    t_.line(44, y, lw - 44, y)
    y += 14
    for row in tr(
        lg,
        "Port upper|Port lower|Baseplate port|Baseplate centre|Baseplate stbd|"
        "Stbd lower|Stbd upper",
        "BB oben|BB unten|Boden BB|Boden Mitte|Boden SB|SB unten|SB oben",
        "Bâbord haut|Bâbord bas|Fond bâbord|Fond axe|Fond tribord|Tribord bas|Tribord haut",
    ).split("|"):
        t_.text(44, y, row, ls.font, 8)
        base = orig["base"] if "oden" in row or "ase" in row or "Fond" in row else orig["side"]
        for j in range(frames):
            v = base - abs(rng.gauss(0.4, 0.5))
            t_.text(44 + 110 + j * cw + cw / 2, y, f"{v:.1f}", ls.font, 8, "center")
        y += 18
    y += 8
    t_.text(
        44,
        y,
        fit(
            tr(
                lg,
                "Original plate: sides 6 mm, baseplate 10 mm. Probe: single echo "
                "through coating, calibrated on a 5 mm block.",
                "Ursprüngliche Blechstärke: Seiten 6 mm, Boden 10 mm. Messung mit "
                "Echo-Echo-Verfahren durch die Beschichtung.",
                "Tôle d'origine : bordés 6 mm, fond 10 mm. Mesure écho-écho à travers la peinture.",
            ),
            ls.font,
            8,
            lw - 88,
        ),
        ls.font,
        8,
    )
    boat_outline(t_, 44 + 60, y + 24, lw - 88 - 120, 80)
    for j in range(frames):
        x = 44 + 60 + (lw - 88 - 120) * 0.8 * (j + 0.5) / frames
        t_.line(x, y + 24, x, y + 104)
        t_.text(x, y + 118, f"F{j + 1}", ls.font, 6.5, "center")
    pages.append(t_)
    if rng.random() < 0.7:
        caps = tr(
            lg,
            "Baseplate after pressure wash|Pitting stbd aft|Rudder stock|Anode, "
            "60% wasted|Weed hatch|Bow fender",
            "Boden nach Reinigung|Lochfraß SB achtern|Ruderschaft|Anode, 60 % "
            "verbraucht|Krautfang|Bugfender",
            "Fond après nettoyage|Piqûres tribord arrière|Mèche de safran|Anode usée à 60 "
            "%|Trappe d'hélice|Défense d'étrave",
        ).split("|")
        pages.append(
            photo_sheet(
                rng,
                A4,
                rng.sample(caps, rng.choice([4, 4, 6])),
                tr(lg, "Photographs", "Fotodokumentation", "Photographies"),
                False,
            )
        )
    g = sheets(s, h, f"{ref} - {boat.name}", top=False)
    g.heading(m, tr(lg, "Declaration", "Erklärung", "Déclaration"), s.bold, s.size + 1)
    write(
        g,
        s,
        tr(
            lg,
            "This report has been prepared for the client named and reflects the "
            "condition of the vessel on the date of survey only. No part of the hull "
            "was opened up.",
            "Das Gutachten wurde nach bestem Wissen und Gewissen erstellt und gibt den "
            "Zustand am Tag der Besichtigung wieder.",
            "Le présent rapport reflète l'état du bateau au jour de la visite et ne "
            "saurait engager l'expert au-delà.",
        ),
    )
    g.y += 30
    scrawl(g.page, m, g.y, surveyor)
    g.page.text(m, g.y + 14, surveyor, s.bold, s.size)
    g.page.text(
        m,
        g.y + 26,
        tr(lg, "IIMS / YDSA member", "ö. b. u. v. Sachverständiger", "Expert agréé"),
        s.font,
        s.size - 1,
    )
    pages += g.pages
    received(rng, pages[0], d + timedelta(days=7), 0.3)
    remember(None, d, boat)
    return close(pages, s, h, covers=1)


FAULTS = {
    "en": [
        "Engine won't start",
        "Overheating",
        "Prop fouled",
        "Batteries flat",
        "Toilet / pump",
        "Gas / cooker",
        "Grounded / stuck",
        "Water pump",
        "Heating",
        "Other",
    ],
    "de": [
        "Motor springt nicht an",
        "Überhitzung",
        "Schraube blockiert",
        "Batterie leer",
        "Toilette / Pumpe",
        "Gas / Kocher",
        "Festgefahren",
        "Wasserpumpe",
        "Heizung",
        "Sonstiges",
    ],
    "fr": [
        "Moteur ne démarre pas",
        "Surchauffe",
        "Hélice bloquée",
        "Batteries à plat",
        "WC / pompe",
        "Gaz / réchaud",
        "Échouage",
        "Pompe à eau",
        "Chauffage",
        "Autre",
    ],
}


def tpl_callout_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's breakdown call-out sheet from the yard pad: the call taken by the office
    (time, boat, hirer, where the boat is), the fault ticked, travel, time on site, the work
    and parts in hand, whether it is chargeable to the hirer, and the engineer's and hirer's
    signatures."""
    o = office_head()
    lg = home()
    r = keyed(who, "callpad")
    size = A4 if r.random() < 0.5 else A5
    s = style_of(o, size, margin=36, pt=8)
    w, hh = size
    m = s.margin
    b = a_booking(rng)
    d = some_day(rng)
    eng = crew_member(rng.choice(["eng1", "eng2"]))
    t0 = rng.randint(8 * 60, 17 * 60)
    p = Page(size)
    y = m + 4
    p.text(
        m, y, tr(lg, "BREAKDOWN CALL-OUT", "PANNENEINSATZ", "INTERVENTION DÉPANNAGE"), s.bold, 12
    )
    p.text(w - m, y, f"N° {rng.randint(100, 999)}", "Courier-Bold", 10, "right")
    y += 10
    p.text(m, y, fit(o.name, s.font, 7, w - 2 * m), s.font, 7)
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Call received", "Anruf", "Appel reçu"),
                f"{short(d, lg)} {rng.randint(8, 19)}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Taken by", "Aufgenommen", "Pris par"), crew_member("office").split()[0]),
            (tr(lg, "Boat", "Boot", "Bateau"), b.boat.name),
            (
                tr(lg, "Hirer / phone", "Mieter / Tel.", "Locataire / tél."),
                f"{b.hirer.last} {b.hirer.phone}",
            ),
            (tr(lg, "Location", "Standort", "Emplacement"), rng.choice(LOCKS[lg])),
            (tr(lg, "Engineer", "Techniker", "Mécanicien"), eng),
        ],
        per=2,
        tall=23,
    )
    y = band(p, s, y, tr(lg, "Fault reported", "Gemeldeter Fehler", "Panne signalée"))
    fault = rng.randrange(len(FAULTS[lg]))
    y = ticks(p, s, m, y + 8, w - 2 * m, FAULTS[lg], {fault}, 7.5)
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Left yard", "Abfahrt", "Départ atelier"), clock(t0)),
            (tr(lg, "On site", "Vor Ort", "Sur place"), clock(t0 + rng.randint(15, 70))),
            (tr(lg, "Finished", "Fertig", "Terminé"), clock(t0 + rng.randint(90, 200))),
            (tr(lg, "Miles / km", "km", "km"), str(rng.randint(4, 60))),
        ],
        per=4,
        tall=23,
    )
    p.text(m, y, tr(lg, "Work done", "Ausgeführte Arbeiten", "Travaux effectués"), s.font, 7.5)
    y += 4
    work = rng.choice(NOTES_WORK[lg])
    for k in range(4):
        p.line(m, y + 14 + k * 14, w - m, y + 14 + k * 14)
    for k, t in enumerate(work):
        hand(p, m + 4, y + 11 + k * 14, t, 9, w - 2 * m - 8)
    y += 72
    p.text(m, y, tr(lg, "Parts used", "Material", "Pièces"), s.font, 7.5)
    hand(
        p,
        m + 60,
        y,
        rng.choice(NOTES_PARTS[lg]),
        9,
        w - 2 * m - 60,
    )
    y += 16
    charge = fault in (2, 6) and rng.random() < 0.6
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Chargeable to hirer", "Kostenpflichtig für Mieter", "À la charge du locataire"),
            tr(lg, "Not chargeable", "Kostenfrei", "Non facturé"),
        ],
        {0 if charge else 1},
        7.5,
    )
    if charge:
        hand(p, m + 200, y - 17, cash(rng.choice([65.0, 85.0, 120.0]), lg), 9.5)
    y = min(y + 10, hh - m - 30)
    half = (w - 2 * m) / 2
    for k, (cap, nm) in enumerate(
        [
            (tr(lg, "Engineer", "Techniker", "Mécanicien"), eng),
            (tr(lg, "Hirer", "Mieter", "Locataire"), b.hirer.name),
        ]
    ):
        x = m + k * half
        p.text(x, y, cap, s.font, 7)
        scrawl(p, x + 4, y + 18, nm, 11)
    remember(b, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates OOOOO: fuel, wharves, moorings and agents
# ---------------------------------------------------------------------------------------------


def delivery_ticket(rng: random.Random, h: Head, d: date, litres: float, product: str) -> Page:
    """A road tanker's metered delivery ticket on a narrow slip."""
    p = Page(SLIP)
    w, _hh = SLIP
    x = 12.0
    y = 24.0
    ft = "Courier"
    p.text(w / 2, y, fit(h.name.upper(), "Courier-Bold", 8, w - 20), "Courier-Bold", 8, "center")
    y += 11
    p.text(
        w / 2, y, tr(h.lang, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"), ft, 8, "center"
    )
    y += 16
    start = rng.randint(100000, 900000)
    temp = rng.uniform(4, 19)
    lines = [
        (tr(h.lang, "TICKET", "BELEG", "BON"), str(rng.randint(10000, 99999))),
        (tr(h.lang, "DATE", "DATUM", "DATE"), short(d, h.lang)),
        (tr(h.lang, "TIME", "ZEIT", "HEURE"), f"{rng.randint(7, 15)}:{rng.randint(0, 59):02d}"),
        (
            tr(h.lang, "VEHICLE", "FAHRZEUG", "VÉHICULE"),
            serial(
                rng,
                "AA99 AAA" if h.lang == "en" else "AA-AA 999" if h.lang == "de" else "AA-999-AA",
            ),
        ),
        (tr(h.lang, "PRODUCT", "PRODUKT", "PRODUIT"), product[:14]),
        (tr(h.lang, "METER START", "ZÄHLER ANF.", "INDEX DÉBUT"), str(start)),
        (tr(h.lang, "METER END", "ZÄHLER ENDE", "INDEX FIN"), str(start + round(litres))),
        (tr(h.lang, "GROSS L", "LITER BRUTTO", "LITRES BRUTS"), f"{litres:.0f}"),
        (tr(h.lang, "TEMP C", "TEMP C", "TEMP C"), f"{temp:.1f}"),
        (
            tr(h.lang, "L @ 15C", "L BEI 15C", "L A 15C"),
            f"{litres * (1 - (temp - 15) * 0.0008):.0f}",
        ),
    ]
    for a, bb in lines:
        p.text(x, y, a, ft, 7.5)
        p.text(w - x, y, bb, ft, 7.5, "right")
        y += 10
    y += 10
    p.text(x, y, tr(h.lang, "DRIVER", "FAHRER", "CHAUFFEUR"), ft, 7)
    scrawl(p, x + 40, y, staff(h, "driver"), 10)
    y += 22
    p.text(x, y, tr(h.lang, "RECEIVED BY", "EMPFANGEN", "REÇU PAR"), ft, 7)
    scrawl(p, x + 60, y, crew_member("eng1"), 10)
    y += 18
    p.text(
        w / 2,
        y,
        "*** " + tr(h.lang, "CUSTOMER COPY", "KUNDENKOPIE", "COPIE CLIENT") + " ***",
        ft,
        7,
        "center",
    )
    return p


def tpl_diesel_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel distributor's invoice for a road tanker delivery into the yard's bulk tank
    (litres, price per litre, duty and VAT, the delivery address and tank), often with the
    tanker's metered delivery ticket on a narrow slip behind."""
    h = head_of(who, "fuel")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["SI999999", "RG-2025-99999", "FA999999"]))
    acc = serial(keyed(who, "acc"), "A99999")
    litres = float(rng.choice([1000, 1500, 2000, 2500, 3000]) + rng.randint(-60, 60))
    product = tr(lg, "Gas oil (diesel) B7", "Diesel EN 590", "Gazole non routier")
    ppl = {"en": 0.98, "de": 1.21, "fr": 1.08}[lg] + rng.uniform(-0.06, 0.08)
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), acc),
            (tr(lg, "Delivery date", "Lieferdatum", "Livré le"), short(d, lg)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{tr(lg, 'Delivered to', 'Lieferanschrift', 'Lieu de livraison')}: "
        f"{office_row()[0]}, {office_row()[1]} - {tr(lg, 'bulk tank', 'Tank', 'cuve')} "
        f"{rng.choice(['1', '2', 'A'])}",
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(4, "left"), (1.3, "right"), (1.3, "right"), (1.5, "right")])
    net = round(litres * ppl, 2)
    rows = [
        [
            product,
            f"{litres:,.0f}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
            f"{ppl:.4f}".replace(".", "," if lg != "en" else "."),
            money(net, lg),
        ]
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Small delivery surcharge", "Mindermengenzuschlag", "Frais de livraison"),
                "1",
                money(35.0, lg),
                money(35.0, lg),
            ]
        )
        net += 35.0
    if lg == "en" and rng.random() < 0.5:
        rows.append(["Fuel additive (biocide)", "1", "18.50", "18.50"])
        net += 18.5
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "Price/l", "Preis/l", "Prix/l"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        note=tr(
            lg,
            "Prices include fuel duty. Payment 14 days net by direct debit.",
            "Preise inkl. Energiesteuer. Zahlbar innerhalb 14 Tagen per Lastschrift.",
            "Prix incluant la TICPE. Règlement à 30 jours par prélèvement.",
        ),
    )
    received(rng, f.pages[0], d, 0.4)
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.7:
        pages.append(delivery_ticket(rng, h, d, litres, product))
    remember(None, d)
    return pages


def tpl_wharf_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A service wharf's invoice to the company for one visit of a hire boat or a day's
    visits (pump-out, diesel at the pump, gas bottle exchange, water, overnight mooring) as a
    till print on a slip or an A5 invoice, charged to the company's account."""
    h = head_of(who, "wharf")
    lg = h.lang
    d = some_day(rng)
    till = keyed(who, "till").random() < 0.45
    items = [
        (
            tr(lg, "Pump-out", "Fäkalienabsaugung", "Vidange eaux noires"),
            1,
            20.0 if lg == "en" else 15.0,
        ),
        (
            tr(lg, "Diesel (propulsion)", "Diesel Zapfsäule", "Gazole à la pompe"),
            rng.randint(40, 180),
            {"en": 1.35, "de": 1.82, "fr": 1.76}[lg],
        ),
        (
            tr(lg, "Calor propane 13 kg exch.", "Propan 11 kg Tausch", "Butane 13 kg échange"),
            1,
            {"en": 42.5, "de": 29.9, "fr": 36.0}[lg],
        ),
        (
            tr(lg, "Overnight mooring", "Liegegeld", "Nuit au ponton"),
            1,
            {"en": 12.0, "de": 15.0, "fr": 14.0}[lg],
        ),
        (tr(lg, "Elsan / rubbish", "Müllentsorgung", "Déchets"), 1, 3.0),
    ]
    boats = rng.sample(FLEET, min(len(FLEET), rng.choice([1, 1, 1, 2, 3])))
    lines = []
    for bt in boats:
        for it in rng.sample(items, rng.randint(1, 3)):
            lines.append((bt.name, *it))
    if till:
        p = Page((SLIP[0], 200 + 22 * len(lines) + 160))
        w = p.size[0]
        x = 12.0
        y = 22.0
        p.text(w / 2, y, fit(h.name, "Courier-Bold", 8.5, w - 20), "Courier-Bold", 8.5, "center")
        y += 10
        p.text(
            w / 2, y, fit(f"{h.street}, {h.town}", "Courier", 6.5, w - 20), "Courier", 6.5, "center"
        )
        y += 9
        if h.phone:
            p.text(w / 2, y, h.phone, "Courier", 6.5, "center")
        y += 16
        p.text(
            x, y, f"{short(d, lg)}  {rng.randint(8, 18)}:{rng.randint(0, 59):02d}", "Courier", 7.5
        )
        p.text(w - x, y, f"#{rng.randint(1000, 9999)}", "Courier", 7.5, "right")
        y += 14
        tot = 0.0
        for bt, t, q, pr in lines:
            v = round(q * pr, 2)
            tot += v
            p.text(x, y, fit(f"{t}", "Courier", 7.5, w - 2 * x), "Courier", 7.5)
            y += 9
            p.text(
                x + 8, y, fit(f"{q} x {money(pr, lg)}  {bt}", "Courier", 7, w - 70), "Courier", 7
            )
            p.text(w - x, y, money(v, lg), "Courier", 7.5, "right")
            y += 12
        p.line(x, y - 4, w - x, y - 4)
        y += 6
        p.text(x, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 9)
        p.text(w - x, y, money(tot, lg), "Courier-Bold", 9, "right")
        y += 12
        p.text(
            x,
            y,
            fit(
                tr(
                    lg,
                    f"incl. VAT {money(tot / 6, lg)}",
                    f"inkl. MwSt {money(tot * 0.19 / 1.19, lg)}",
                    f"dont TVA {money(tot / 6, lg)}",
                ),
                "Courier",
                7,
                w - 2 * x,
            ),
            "Courier",
            7,
        )
        y += 16
        p.text(
            x,
            y,
            fit(
                tr(lg, "ON ACCOUNT: ", "AUF RECHNUNG: ", "EN COMPTE : ") + office_row()[0],
                "Courier",
                7,
                w - 2 * x,
            ),
            "Courier",
            7,
        )
        y += 22
        p.text(x, y, tr(lg, "Signed", "Unterschrift", "Signature"), "Courier", 7)
        scrawl(p, x + 40, y, rng.choice([crew_member("eng1"), crew_member("eng2")]), 10)
        remember(None, d)
        return [p]
    s = style_of(h, A5, margin=36, pt=8)
    w, _hh = A5
    m = s.margin
    inv = serial(rng, rng.choice(["W-9999", "99/999", "F9999"]))
    f = sheets(s, h, "")
    recipient(f, s, h, office_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), inv)])
    caption(f, s, tr(lg, "Invoice - account customer", "Rechnung", "Facture"), 2)
    cols = columns(m, w - m, [(2, "left"), (3.5, "left"), (0.8, "right"), (1.3, "right")])
    rows = []
    net = 0.0
    for bt, t, q, pr in lines:
        v = round(q * pr, 2)
        net += v
        rows.append([bt, t, str(q), money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Boat", "Boot", "Bateau"),
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total incl. VAT', 'Gesamt inkl. USt.', 'Total TTC')}  {cash(net, lg)}",
        s.bold,
        s.size + 0.5,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Payable within 30 days. Thank you.",
            "Zahlbar innerhalb 30 Tagen.",
            "Payable à 30 jours.",
        ),
        s.size - 0.5,
    )
    remember(None, d)
    return close(f.pages, s, h, numbers="none")


MOORING_TERMS = {
    "en": [
        "The berth",
        "Period of the licence",
        "Charges and payment",
        "Insurance",
        "Use of the marina",
        "Electricity",
        "Works on boats",
        "Liability",
        "Termination",
        "Lien",
        "Notices",
    ],
    "de": [
        "Liegeplatz",
        "Vertragsdauer",
        "Entgelte und Zahlung",
        "Versicherung",
        "Hafenordnung",
        "Stromentnahme",
        "Arbeiten an Booten",
        "Haftung",
        "Kündigung",
        "Pfandrecht",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Emplacement",
        "Durée",
        "Tarifs et règlement",
        "Assurance",
        "Règlement du port",
        "Électricité",
        "Travaux",
        "Responsabilité",
        "Résiliation",
        "Droit de rétention",
        "Dispositions finales",
    ],
}


def tpl_mooring_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A marina's invoice for the winter moorings of part of the fleet: each boat with its
    length, pontoon berth and months at a rate per metre, electricity by meter, and now and
    then the marina's mooring terms on the back."""
    h = head_of(who, "marina")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["MI-99999", "2025/9999", "FM-99999"]))
    boats = rng.sample(FLEET, min(len(FLEET), rng.randint(2, 8)))
    months = rng.choice([1, 3, 5, 6])
    rate = {"en": 14.5, "de": 16.0, "fr": 13.0}[lg]
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "cust"), "K9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Winter moorings - {months} month(s)",
            f"Winterliegeplätze - {months} Monat(e)",
            f"Hivernage à flot - {months} mois",
        ),
        2,
    )
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (1, "left"),
            (0.9, "right"),
            (0.8, "right"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    net = 0.0
    for bt in boats:
        v = round(bt.length * rate * months, 2)
        net += v
        rows.append(
            [
                bt.name,
                f"{rng.choice('ABCD')}{rng.randint(1, 40)}",
                dec(bt.length, lg),
                str(months),
                money(rate, lg),
                money(v, lg),
            ]
        )
    if rng.random() < 0.6:
        kwh = rng.randint(120, 1400)
        v = round(kwh * {"en": 0.34, "de": 0.41, "fr": 0.27}[lg], 2)
        rows.append(
            [
                tr(lg, f"Electricity {kwh} kWh", f"Strom {kwh} kWh", f"Électricité {kwh} kWh"),
                "",
                "",
                "",
                "",
                money(v, lg),
            ]
        )
        net += v
    table(
        f,
        cols,
        [
            tr(lg, "Boat", "Boot", "Bateau"),
            tr(lg, "Berth", "Platz", "Place"),
            tr(lg, "Length m", "Länge m", "Long. m"),
            tr(lg, "Months", "Monate", "Mois"),
            tr(lg, "Rate/m", "Preis/m", "Tarif/m"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {dd(h, d + timedelta(days=14))}.",
            f"Zahlbar bis {dd(h, d + timedelta(days=14))} ohne Abzug.",
            f"Échéance : {dd(h, d + timedelta(days=30))}.",
        ),
        s.size - 1,
    )
    write(f, s, iban(keyed(who, "bank"), lg), s.size - 1)
    pages = f.pages
    if keyed(who, "terms").random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Mooring terms and conditions",
                    "Liegeplatzbedingungen",
                    "Conditions générales",
                ),
                MOORING_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(None, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


AGENT_ROWS = ("agent",)


def agent_of(who: Issuer) -> Head:
    """The travel agent ``who`` stands for: often from abroad (they sell to foreigners)."""
    return head_of(who, "agent", 0.35)


def tpl_agent_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A travel agent's booking statement for the month: a landscape list of the bookings
    sold (reference, client, boat, start, nights, gross, commission, net) over one or more
    sheets, the totals and the remittance on the last."""
    h = agent_of(who)
    lg = h.lang
    ls = paper(style_of(h, landscape(A4)), landscape(A4), margin=40, pt=8)
    lw, lh = ls.page_size
    d = some_day(rng)
    no = serial(rng, "ST-9999")
    rate = keyed(who, "rate").choice([15.0, 17.5, 20.0])
    period = tr(
        lg,
        f"{MONTH_EN[month().month - 1]} {month().year}",
        f"{MONTH_DE[month().month - 1]} {month().year}",
        f"{MONTH_FR[month().month - 1]} {month().year}",
    )

    def start(p: Page, n: int) -> float:
        if n == 1:
            y = heading(p, ls, h)
            p.text(
                40,
                y,
                fit(
                    tr(
                        lg,
                        f"Booking statement {period}",
                        f"Buchungsabrechnung {period}",
                        f"Relevé de réservations {period}",
                    ),
                    ls.bold,
                    12,
                    lw * 0.55,
                ),
                ls.bold,
                12,
            )
            p.text(
                lw - 40,
                y - 2,
                fit(f"{office_row()[0]}", ls.font, 8, lw * 0.35),
                ls.font,
                8,
                "right",
            )
            p.text(
                lw - 40,
                y + 9,
                f"{tr(lg, 'Statement', 'Abrechnung', 'Relevé')} {no} - {short(d, lg)}",
                ls.font,
                8,
                "right",
            )
            return y + 26
        return running_header(p, ls, f"{h.name} - {no} - {period}") + 6

    flow = Sheets(ls.page_size, lh - 60, start)
    cols = columns(
        40,
        lw - 40,
        [
            (1.3, "left"),
            (2.4, "left"),
            (1.8, "left"),
            (1.2, "left"),
            (0.7, "right"),
            (1.2, "right"),
            (0.8, "right"),
            (1.1, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    gross_t = comm_t = 0.0
    for _ in range(rng.randint(5, 34)):
        b = a_booking(rng)
        g = b.price
        c = round(g * rate / 100, 2)
        gross_t += g
        comm_t += c
        rows.append(
            [
                serial(rng, "A9999999"),
                f"{b.hirer.last}, {b.hirer.first[0]}.",
                b.boat.name,
                short(b.start, lg),
                str(b.nights),
                money(g, home()),
                f"{rate:g}%",
                money(c, home()),
                money(g - c, home()),
            ]
        )
    table(
        flow,
        cols,
        [
            tr(lg, "Agent ref", "Vorgang", "Dossier"),
            tr(lg, "Client", "Kunde", "Client"),
            tr(lg, "Boat", "Boot", "Bateau"),
            tr(lg, "Start", "Anreise", "Départ"),
            tr(lg, "Nts", "N.", "Nts"),
            tr(lg, "Gross", "Brutto", "Brut"),
            "%",
            tr(lg, "Comm.", "Provision", "Commission"),
            tr(lg, "Net to you", "Netto", "Net loueur"),
        ],
        rows,
        ls,
        rules=rng.random() < 0.4,
        step=1.7,
    )
    flow.need(80)
    flow.y += 8
    flow.y = pairs(
        flow.page,
        ls,
        lw * 0.58,
        flow.y,
        [
            (tr(lg, "Gross bookings", "Umsatz brutto", "Total brut"), cash(gross_t, home())),
            (tr(lg, "Commission", "Provision", "Commission"), cash(comm_t, home())),
            (
                tr(lg, "Paid to you on", "Überwiesen am", "Virement effectué le"),
                short(d + timedelta(days=rng.randint(3, 10)), lg),
            ),
            (
                tr(lg, "Net remitted", "Auszahlungsbetrag", "Net versé"),
                cash(gross_t - comm_t, home()),
            ),
        ],
        lw - 40,
        9,
    )
    pages = flow.pages
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h, no, comm_t, rate))
    return close(pages, ls, h)


MONTH_EN = MONTH_NAMES["en"]
MONTH_DE = MONTH_NAMES["de"]
MONTH_FR = MONTH_NAMES["fr"]


def tpl_commission_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A travel agent's commission invoice to the company for the bookings of a period or
    for single bookings, with the statement it refers to, VAT or reverse charge and the
    agent's bank details."""
    ex = LAST["extra"]
    if after(("agent_statement",)) and isinstance(ex, tuple):
        h, no, comm, rate = ex
        assert isinstance(h, Head)
    else:
        h = agent_of(who)
        no = serial(rng, "ST-9999")
        comm = round(rng.uniform(300, 4800), 2)
        rate = keyed(who, "rate").choice([15.0, 17.5, 20.0])
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.7 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("agent_statement",), (0, 4))
    inv = serial(rng, rng.choice(["CI-99999", "PR-2025-999", "FC99999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), str(no)),
        ],
    )
    caption(f, s, tr(lg, "Commission invoice", "Provisionsrechnung", "Facture de commission"), 3)
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.6, "right")])
    rows = [
        [
            tr(
                lg,
                f"Commission {rate:g}% on bookings per statement {no}",
                f"Provision {rate:g} % lt. Abrechnung {no}",
                f"Commission {rate:g} % sur réservations, relevé {no}",
            ),
            "1",
            money(float(comm), lg),
        ]
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            "",
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        float(comm),
        0.0 if cross else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge - VAT to be accounted for by the recipient.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - art. 283-2 du CGI.",
        )
        if cross
        else tr(
            lg,
            "Deducted from the remittance - for your records.",
            "Bereits mit der Auszahlung verrechnet.",
            "Déjà déduite du versement.",
        ),
    )
    write(f, s, f"{h.name} - {iban(keyed(who, 'bank'), lg)}", s.size - 1.5)
    received(rng, f.pages[0], d, 0.3)
    remember(None, d, ex)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates OOOOO: complaints, claims, staff and insurance
# ---------------------------------------------------------------------------------------------

GRIPES = {
    "en": [
        "the heating failed on the second night and we were cold for three days",
        "the boat was not clean when we arrived and the shower drain was blocked",
        "we were charged for damage to the paintwork that was there before we left",
        "the engine overheated twice and we lost a full day waiting for the engineer",
        "a stoppage closed the route we had booked and nobody told us beforehand",
    ],
    "de": [
        "die Heizung ab der zweiten Nacht nicht mehr funktioniert hat",
        "das Boot bei Übernahme nicht gereinigt war und die Dusche nicht ablief",
        "uns ein Lackschaden berechnet wurde, der bereits vor der Abfahrt vorhanden war",
        "der Motor zweimal überhitzte und wir einen ganzen Tag auf den Techniker warteten",
        "eine Schleusensperrung unsere gebuchte Route verhinderte, ohne dass man uns "
        "vorher informierte",
    ],
    "fr": [
        "le chauffage est tombé en panne dès la deuxième nuit",
        "le bateau n'était pas propre à notre arrivée et la douche était bouchée",
        "on nous a retenu sur la caution une rayure qui existait avant le départ",
        "le moteur a chauffé deux fois et nous avons perdu une journée à attendre le mécanicien",
        "un chômage a fermé l'itinéraire réservé sans que nous en soyons informés",
    ],
}


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A hirer's complaint after the holiday, in the hirer's language: a typed letter, a
    printed e-mail with the mail header or a handwritten note on A5; now and then with the
    hirer's photos printed behind it."""
    b = booking_for(rng, ("trip_report",))
    hp = b.hirer
    lg = hp.lang
    d = b.start + timedelta(days=b.nights + rng.randint(2, 20))
    gripe = rng.randrange(len(GRIPES[lg]))
    form = rng.choice(["letter", "mail", "mail", "note"])
    body = tr(
        lg,
        f"We hired {b.boat.name} from {b.base} for {b.nights} nights from {short(b.start, lg)} "
        f"(booking {b.ref}). I am writing to complain because {GRIPES[lg][gripe]}.",
        f"wir hatten die {b.boat.name} ab {b.base} für {b.nights} Nächte ab {short(b.start, lg)} "
        f"gemietet (Buchung {b.ref}). Leider müssen wir uns beschweren, da {GRIPES[lg][gripe]}.",
        f"Nous avons loué le bateau {b.boat.name} au départ de {b.base} pour {b.nights} nuits "
        f"à partir du {short(b.start, lg)} (réservation {b.ref}). Je me permets de vous écrire car "
        f"{GRIPES[lg][gripe]}.",
    )
    ask = tr(
        lg,
        "I would ask you to refund the deductions from our deposit and to consider "
        "some compensation for the days lost.",
        "Wir bitten um Erstattung der Kautionsabzüge und eine angemessene Entschädigung.",
        "Je vous demande le remboursement des retenues sur la caution et un geste commercial.",
    )
    o = office_head()
    pages: list[Page] = []
    if form == "note":
        p = Page(A5)
        w, hh = A5
        y = 40.0
        hand(p, w - 150, y, short(d, lg), 10)
        y += 24
        hand(
            p,
            36,
            y,
            salute(Person("", o.name, False, lg, "", "", "", ""), lg)
            if lg != "en"
            else "Dear Sir / Madam,",
            10,
        )
        y += 18
        for ln in wrap(body + " " + ask, HAND, 10, w - 72):
            if y > hh - 60:
                break
            p.text(36, y, ln, HAND, 10)
            y += 14
        scrawl(p, 36, min(y + 24, hh - 30), hp.name)
        pages.append(p)
    elif form == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
        w, hh = A4
        m = 54.0
        f = Sheets(A4, hh - 60, lambda p, n: m)
        f.page.text(m, 36, fit(f"{hp.name} <{hp.mail}>", "Helvetica", 7, w - 2 * m), "Helvetica", 7)
        f.page.text(
            w - m,
            36,
            f"{short(d, lg)} {rng.randint(7, 23)}:{rng.randint(0, 59):02d}",
            "Helvetica",
            7,
            "right",
        )
        hdr = [
            (tr(lg, "From", "Von", "De"), f"{hp.name} <{hp.mail}>"),
            (tr(lg, "To", "An", "À"), o.mail or f"bookings@{o.name.split()[0].lower()}.com"),
            (tr(lg, "Sent", "Gesendet", "Envoyé"), long_date(d, lg)),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(
                    lg,
                    f"Complaint - booking {b.ref}",
                    f"Beschwerde Buchung {b.ref}",
                    f"Réclamation - réservation {b.ref}",
                ),
            ),
        ]
        f.y = 70.0
        for a, v in hdr:
            f.page.text(m, f.y, a + ":", "Helvetica-Bold", 9)
            f.page.text(m + 70, f.y, fit(v, "Helvetica", 9, w - 2 * m - 70), "Helvetica", 9)
            f.y += 13
        f.page.line(m, f.y, w - m, f.y)
        f.y += 20
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
            "Helvetica",
            9.5,
        )
        f.y += 18
        write(f, s, body)
        write(f, s, prose(rng, lg, "hire", 2, 4))
        write(f, s, ask)
        write(f, s, tr(lg, "Regards,", "Mit freundlichen Grüßen", "Cordialement,"))
        write(f, s, f"{hp.name}\n{hp.phone}")
        pages += f.pages
        for k, p in enumerate(pages):
            p.text(w / 2, hh - 24, f"{k + 1}/{len(pages)}", "Helvetica", 7, "center")
    else:
        h = hirer_issuer(b)
        s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, h, "", top=False)
        for k, t in enumerate([hp.name, hp.street, hp.town, hp.phone]):
            f.page.text(w - m, m - 4 + k * 12, t, s.font, s.size - 0.5, "right")
        f.y = m + 60
        window(f.page, s, None, f.y, [o.name, o.street, o.town])
        f.y += 60
        f.page.text(w - m, f.y, long_date(d, lg), s.font, s.size, "right")
        f.y += 24
        caption(
            f,
            s,
            tr(
                lg,
                f"Booking {b.ref} - {b.boat.name}",
                f"Beschwerde - Buchung {b.ref}",
                f"Réclamation - réservation {b.ref}",
            ),
            0.5,
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
            s.font,
            s.size,
        )
        f.y += s.size * 2
        write(f, s, body)
        write(f, s, prose(rng, lg, "hire", 2, 5))
        write(f, s, ask)
        regards(f, s, lg, hp.name, "")
        pages += f.pages
    if rng.random() < 0.35:
        caps = tr(
            lg,
            "Shower tray|Heater panel|Scratch already there|Our mooring|Water in bilge",
            "Dusche|Heizung|Kratzer (Vorschaden)|Liegeplatz|Wasser in der Bilge",
            "Douche|Chauffage|Rayure déjà présente|Amarrage|Eau dans la cale",
        ).split("|")
        pages.append(photo_sheet(rng, A4, rng.sample(caps, rng.choice([2, 4])), "", False))
    received(rng, pages[0], d)
    remember(b, d, gripe)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's reply to a complaint, in the hirer's language where it can: what the
    yard found, the deposit deductions in a small table, a goodwill refund or voucher, signed
    by the managing director."""
    b = booking_for(rng, ("complaint",))
    o = office_head()
    lg = b.hirer.lang
    s = style_of(o, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("complaint",), (3, 14))
    f = sheets(s, o, f"{o.name} - {b.ref}")
    recipient(
        f, s, o, person_lines(b.hirer), d, [(tr(lg, "Booking", "Buchung", "Réservation"), b.ref)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your holiday on {b.boat.name}",
            f"Ihr Törn mit der {b.boat.name}",
            f"Votre croisière à bord du {b.boat.name}",
        ),
        1,
    )
    f.page.text(m, f.y, salute(b.hirer, lg), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your letter of {short(d - timedelta(days=5), lg)}. We are "
            "sorry that your holiday did not go as it should have.",
            f"vielen Dank für Ihr Schreiben vom {short(d - timedelta(days=5), lg)}. Es tut "
            "uns leid, dass Ihr Urlaub nicht wie geplant verlaufen ist.",
            f"Nous avons bien reçu votre courrier du {short(d - timedelta(days=5), lg)} et "
            "regrettons sincèrement les désagréments subis.",
        ),
    )
    write(f, s, prose(rng, lg, "tech", 1, 3))
    cols = columns(m + 20, w - m - 60, [(4, "left"), (1.4, "right")])
    dep = b.deposit
    rows = [[tr(lg, "Deposit held", "Kaution", "Caution"), money(dep, home())]]
    ded = round(rng.choice([45.0, 85.0, 120.0, 160.0]), 2)
    rows.append([tr(lg, "Deductions made", "Einbehalten", "Retenues"), f"- {money(ded, home())}"])
    back = round(ded * rng.choice([0.5, 1.0]), 2)
    rows.append(
        [
            tr(lg, "Goodwill refund now", "Erstattung aus Kulanz", "Geste commercial"),
            f"+ {money(back, home())}",
        ]
    )
    table(
        f,
        cols,
        [tr(lg, "Deposit", "Kaution", "Caution"), "£" if home() == "en" else "EUR"],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"We would also like to offer you a voucher of {cash(100, home())} "
                "towards a future holiday.",
                f"Gern schicken wir Ihnen außerdem einen Gutschein über {cash(100, home())} "
                "für Ihre nächste Buchung.",
                f"Nous vous offrons également un avoir de {cash(100, home())} sur une "
                "prochaine location.",
            ),
        )
    regards(f, s, lg, crew_member("md"), tr(lg, "Managing Director", "Geschäftsführer", "Gérant"))
    remember(b, d)
    return close(f.pages, s, o, numbers="none")


def tpl_insurance_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's claim to its fleet insurer on the insurer's claim form: policy, boat,
    date and place, what happened, third parties and witnesses, the repair estimate and the
    declaration signed; a sketch page drawn by hand; and now and then a copy of the hirer's
    own incident report form behind."""
    b = booking_for(rng, ("trip_report",))
    h = head_of(who, "insurer")
    lg = h.lang
    o = office_head()
    s = style_of(h, A4, margin=min(h.margin, 48), pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("trip_report",), (1, 6))
    when = b.start + timedelta(days=rng.randint(1, max(1, b.nights - 1)))
    pol = serial(keyed(who, "pol"), rng.choice(["HF/99999/25", "FL-9999999", "PF 99 999 999"]))
    what = rng.choice(
        tr(
            lg,
            "Struck the lock gate while descending; rudder and stern fender "
            "damaged|Collided with a moored boat in wind; cabin side dented|"
            "Grounded on a shoal; propeller and skeg damaged|Window broken by "
            "a branch under a bridge",
            "Beim Schleusen gegen das Untertor gefahren, Ruder und Heckfender "
            "beschädigt|Bei Wind gegen ein liegendes Boot, Delle in der "
            "Bordwand|Auf Grund gelaufen, Propeller und Skeg beschädigt|"
            "Fenster durch Ast unter einer Brücke zerbrochen",
            "Choc contre la porte aval à l'éclusage ; safran endommagé|Collision "
            "avec un bateau amarré par vent fort ; bordé enfoncé|Échouage sur un "
            "haut-fond ; hélice et talonnière|Vitre brisée par une branche sous un "
            "pont",
        ).split("|")
    )
    p = Page(s.page_size)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "CLAIM FORM - HIRE CRAFT",
            "SCHADENANZEIGE CHARTERBOOT",
            "DÉCLARATION DE SINISTRE - BATEAU DE LOCATION",
        ),
        pol,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "A. Policyholder and craft",
            "A. Versicherungsnehmer und Fahrzeug",
            "A. Assuré et bateau",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Assuré"), o.name),
            (tr(lg, "Policy no.", "Vertrags-Nr.", "N° de police"), pol),
            (tr(lg, "Craft name", "Bootsname", "Nom du bateau"), b.boat.name),
            (tr(lg, "Hull / index no.", "Kennzeichen", "Immatriculation"), b.boat.number),
        ],
        per=2,
        tall=23,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "B. The incident", "B. Schadenereignis", "B. Le sinistre"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(when, lg)} {rng.randint(9, 19)}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Place", "Ort", "Lieu"), rng.choice(LOCKS[home()])),
            (
                tr(
                    lg,
                    "Person in charge (hirer)",
                    "Schiffsführer (Mieter)",
                    "Chef de bord (locataire)",
                ),
                b.hirer.name,
            ),
            (tr(lg, "Booking", "Buchung", "Réservation"), b.ref),
        ],
        per=2,
        tall=23,
    )
    p.text(m, y, tr(lg, "What happened?", "Schilderung des Hergangs", "Circonstances"), s.font, 7.5)
    y += 4
    for k in range(4):
        p.line(m, y + 14 + k * 14, w - m, y + 14 + k * 14)
    for k, ln in enumerate(
        wrap(what + ". " + words_n(rng, home(), "tech"), HAND, 9, w - 2 * m - 8)[:4]
    ):
        p.text(m + 4, y + 11 + k * 14, ln, HAND, 9)
    y += 72
    y = band(
        p,
        s,
        y,
        tr(lg, "C. Third parties and witnesses", "C. Beteiligte und Zeugen", "C. Tiers et témoins"),
    )
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(lg, "Third party involved", "Dritte beteiligt", "Tiers impliqué"),
            tr(lg, "Injuries", "Personenschaden", "Blessés"),
            tr(lg, "Navigation authority informed", "Behörde informiert", "VNF informé"),
        ],
        set(rng.sample(range(3), rng.randint(0, 2))),
        8,
    )
    y = band(p, s, y, tr(lg, "D. Damage and repair", "D. Schaden und Reparatur", "D. Dommages"))
    est = rng.choice([480.0, 950.0, 1650.0, 2380.0, 3900.0])
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Estimated cost", "Geschätzte Kosten", "Coût estimé"), cash(est, home())),
            (
                tr(lg, "Repairer", "Werkstatt", "Réparateur"),
                tr(home(), "own yard", "eigene Werft", "notre atelier"),
            ),
            (
                tr(lg, "Boat off hire (days)", "Ausfalltage", "Jours d'immobilisation"),
                str(rng.randint(0, 9)),
            ),
            (
                tr(lg, "Deposit retained", "Kaution einbehalten", "Caution retenue"),
                cash(b.deposit, home()),
            ),
        ],
        per=2,
        tall=23,
    )
    y = min(y + 4, hh - m - 50)
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I declare the above is true and complete to the best of my knowledge.",
                "Ich versichere die Richtigkeit und Vollständigkeit der Angaben.",
                "Je certifie l'exactitude des renseignements ci-dessus.",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    scrawl(p, m + 20, y + 26, crew_member("md"))
    hand(p, w - m - 100, y + 26, short(d, home()), 9)
    pages = close([p], s, h, numbers="none")
    sk = Page(A4)
    hand(
        sk,
        50,
        50,
        tr(home(), "Sketch - ", "Skizze - ", "Croquis - ") + rng.choice(LOCKS[home()]),
        11,
    )
    sk.rect(50, 70, A4[0] - 100, 420)
    sk.rect(120, 140, 120, 280)
    sk.line(240, 200, 320, 230)
    sk.line(240, 360, 320, 330)
    boat_outline(sk, 140, 230, 90, 22)
    sk.line(230, 240, 300, 250)
    sk.line(300, 250, 292, 244)
    sk.line(300, 250, 292, 256)
    hand(sk, 330, 240, tr(home(), "lower gate", "Untertor", "porte aval"), 9)
    hand(sk, 130, 130, tr(home(), "lock chamber", "Schleusenkammer", "sas"), 9)
    hand(sk, 330, 300, "X " + tr(home(), "impact", "Anstoß", "choc"), 9)
    pages.append(sk)
    if rng.random() < 0.5:
        c = Page(A4)
        copier_edge(c, rng)
        cs = style_of(o, A4, margin=54, pt=8.5)
        hl = b.hirer.lang if rng.random() < 0.4 else home()
        y = form_title(
            c,
            cs,
            60,
            tr(
                hl,
                "INCIDENT REPORT (to be completed by the hirer)",
                "UNFALLMELDUNG (vom Mieter auszufüllen)",
                "CONSTAT D'INCIDENT (à remplir par le locataire)",
            ),
            b.ref,
        )
        y = fields(
            c,
            cs,
            54,
            y,
            A4[0] - 108,
            [
                (tr(hl, "Name", "Name", "Nom"), b.hirer.name),
                (tr(hl, "Boat", "Boot", "Bateau"), b.boat.name),
                (tr(hl, "Date", "Datum", "Date"), short(when, hl)),
                (tr(hl, "Where", "Wo", "Lieu"), ""),
            ],
            per=2,
            tall=24,
        )
        c.text(
            54,
            y,
            tr(
                hl,
                "Please describe what happened",
                "Bitte schildern Sie den Hergang",
                "Décrivez ce qui s'est passé",
            ),
            cs.font,
            8,
        )
        y += 4
        for k in range(8):
            c.line(54, y + 16 + k * 16, A4[0] - 54, y + 16 + k * 16)
        for k, ln in enumerate(
            wrap(prose(rng, b.hirer.lang, "hire", 1, 2), HAND, 9.5, A4[0] - 120)[:7]
        ):
            c.text(58, y + 13 + k * 16, ln, HAND, 9.5)
        scrawl(c, 60, y + 170, b.hirer.name)
        pages.append(c)
    remember(b, d)
    return pages


CONTRACT_CLAUSES = {
    "en": [
        "Commencement and fixed term",
        "Job title and duties",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holiday entitlement",
        "Sickness absence",
        "Uniform and equipment",
        "Health and safety",
        "Termination",
        "Confidentiality",
        "Pension",
    ],
    "de": [
        "Beginn und Befristung",
        "Tätigkeit",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Arbeitskleidung",
        "Arbeitsschutz",
        "Kündigung",
        "Verschwiegenheit",
        "Ausschlussfristen",
    ],
    "fr": [
        "Engagement et durée",
        "Fonctions",
        "Lieu de travail",
        "Durée du travail",
        "Rémunération",
        "Congés payés",
        "Absences",
        "Tenue de travail",
        "Sécurité",
        "Fin du contrat",
        "Confidentialité",
        "Convention collective",
    ],
}
JOBS = {
    "en": ["Boat cleaner (seasonal)", "Boatyard hand", "Boat instructor", "Booking assistant"],
    "de": ["Reinigungskraft (Saison)", "Werfthelfer", "Einweiser", "Mitarbeiter Buchungsbüro"],
    "fr": [
        "Agent d'entretien saisonnier",
        "Aide mécanicien",
        "Agent de base / instructeur",
        "Employé de réservation",
    ],
}


def tpl_staff_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A seasonal fixed-term contract as the employee signs and returns it: the fixed-term
    contract of employment, the befristeter Saisonarbeitsvertrag or the CDD saisonnier, its
    numbered clauses over two or three pages and a signature page for both parties."""
    o = office_head()
    lg = home()
    s = style_of(o, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    emp = a_person(rng, lg)
    job = rng.choice(JOBS[lg])
    start = date(d.year, rng.choice([3, 4, 5]), 1)
    end = date(d.year, rng.choice([9, 10, 10]), 30)
    pay = {
        "en": f"£{rng.choice([11.44, 12.21, 12.50, 13.0]):.2f} per hour",
        "de": f"{money(rng.choice([12.82, 13.5, 14.0]), 'de')} € brutto je Stunde",
        "fr": f"{money(rng.choice([11.88, 12.1, 12.5]), 'fr')} € brut de l'heure",
    }[lg]
    f = sheets(
        s,
        o,
        f"{o.name} - {tr(lg, 'Contract', 'Arbeitsvertrag', 'Contrat')} {emp.name}",
        top=rng.random() < 0.7,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Fixed-term contract of employment (seasonal)",
            "Befristeter Arbeitsvertrag (Saisonkraft)",
            "Contrat de travail à durée déterminée saisonnier",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"between {o.name}, {o.street}, {o.town} (the Employer) and "
            f"{emp.name}, {emp.street}, {emp.town} (the Employee).",
            f"zwischen {o.name}, {o.street}, {o.town} (Arbeitgeber) und {title_name(emp)}, "
            f"{emp.street}, {emp.town} (Arbeitnehmer/in).",
            f"Entre {o.name}, {o.street}, {o.town}, ci-après l'employeur, et "
            f"{title_name(emp)}, demeurant {emp.street}, {emp.town}, ci-après le salarié.",
        ),
    )
    for k, t in enumerate(CONTRACT_CLAUSES[lg]):
        f.heading(
            m, tr(lg, f"{k + 1}. {t}", f"§ {k + 1} {t}", f"Article {k + 1} - {t}"), s.bold, s.size
        )
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Your employment starts on {dd(o, start)} and ends without notice "
                    f"on {dd(o, end)} at the end of the hire season.",
                    f"Das Arbeitsverhältnis beginnt am {dd(o, start)} und endet mit Ablauf "
                    f"des {dd(o, end)}, ohne dass es einer Kündigung bedarf.",
                    f"Le présent contrat prend effet le {dd(o, start)} et prend fin le "
                    f"{dd(o, end)}, terme de la saison de location.",
                ),
            )
        elif k == 1:
            write(f, s, f"{job}. " + words_n(rng, lg, "hire"))
        elif k == 4:
            write(
                f,
                s,
                tr(
                    lg,
                    f"You will be paid {pay}, monthly in arrears.",
                    f"Die Vergütung beträgt {pay}, zahlbar zum Monatsende.",
                    f"Le salarié percevra {pay}, versé mensuellement.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = f.pages
    sg = Page(s.page_size)
    y = m + 20
    sg.text(
        m,
        y,
        tr(
            lg,
            "Signed for the Employer",
            "Ort, Datum / Arbeitgeber",
            "Fait en deux exemplaires, pour l'employeur",
        ),
        s.font,
        s.size,
    )
    hand(sg, m, y + 30, f"{rng.choice(BASES[lg][:3])}, {short(d, lg)}", 10)
    scrawl(sg, m + 20, y + 60, crew_member("md"))
    sg.text(m, y + 74, crew_member("md"), s.font, s.size - 1)
    y += 140
    sg.text(
        m,
        y,
        tr(lg, "Signed by the Employee", "Arbeitnehmer/in", "Le salarié (lu et approuvé)"),
        s.font,
        s.size,
    )
    if lg == "fr":
        hand(sg, m, y + 28, "Lu et approuvé", 10)
    scrawl(sg, m + 20, y + 60, emp.name)
    sg.text(m, y + 74, emp.name, s.font, s.size - 1)
    if rng.random() < 0.5:
        sg.text(
            m,
            y + 120,
            fit(
                tr(
                    lg,
                    "Please return one signed copy to the office.",
                    "Eine Ausfertigung erhält der/die Arbeitnehmer/in.",
                    "Un exemplaire est remis au salarié.",
                ),
                s.font,
                8,
                w - 2 * m,
            ),
            italic_of(s.font),
            8,
        )
    pages.append(sg)
    remember(None, d)
    return close(
        pages,
        s,
        o,
        numbers=rng.choice(
            [
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
            ]
        ),
    )


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the fleet insurance: a covering letter, the schedule (insured,
    period, sections of cover, limits, excesses, premium and tax), the fleet list on a
    landscape page with each boat's hull value and sum insured, and the endorsements."""
    h = head_of(who, "insurer")
    lg = h.lang
    o = office_head()
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["HF/99999/25", "FL-9999999", "PF 99 999 999"]))
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    pages: list[Page] = []
    f = sheets(s, h, "")
    recipient(
        f, s, h, office_lines(crew_member("md")), d, [(tr(lg, "Policy", "Vertrag", "Police"), pol)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Renewal of your hire fleet insurance",
            "Verlängerung Ihrer Charterflotten-Versicherung",
            "Renouvellement de votre contrat flotte",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal schedule for the period from "
            f"{dd(h, start)}. Please check the fleet list and let us know of any changes.",
            f"anbei erhalten Sie den Versicherungsschein für die Verlängerung ab "
            f"{dd(h, start)}. Bitte prüfen Sie die Fahrzeugliste.",
            f"Veuillez trouver ci-joint les conditions particulières de votre contrat à "
            f"compter du {dd(h, start)}. Merci de vérifier la liste des bateaux.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "broker"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages += f.pages
    g = sheets(s, h, f"{pol} - {o.name}", top=rng.random() < 0.5)
    caption(g, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4, True)
    premium = 0.0
    boats = list(FLEET)
    values = [round(rng.uniform(38000, 120000), -3) for _ in boats]
    premium = round(sum(values) * 0.012 + 850, 2)
    g.y = pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), o.name),
            (tr(lg, "Policy number", "Vertragsnummer", "N° de police"), pol),
            (
                tr(lg, "Period", "Laufzeit", "Période"),
                f"{short(start, lg)} - "
                f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Craft insured", "Versicherte Fahrzeuge", "Bateaux assurés"),
                tr(
                    lg,
                    f"{len(boats)} - see fleet list",
                    f"{len(boats)} - siehe Anlage",
                    f"{len(boats)} - voir annexe",
                ),
            ),
            (
                tr(lg, "Hull & machinery", "Kasko", "Corps et machines"),
                tr(lg, "Agreed value", "Vereinbarter Wert", "Valeur agréée"),
            ),
            (
                tr(lg, "Third party liability", "Haftpflicht", "Responsabilité civile"),
                cash(rng.choice([3_000_000, 5_000_000]), lg),
            ),
            (
                tr(lg, "Hirers' personal effects", "Gepäck der Mieter", "Effets des locataires"),
                cash(1500, lg),
            ),
            (
                tr(lg, "Excess each claim", "Selbstbeteiligung", "Franchise"),
                cash(rng.choice([250, 500, 750]), lg),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(premium, lg)),
            (
                tr(lg, "Insurance premium tax", "Versicherungsteuer", "Taxe"),
                cash(round(premium * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2), lg),
            ),
        ],
        w - m,
        s.size,
    )
    g.y += 10
    write(g, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    pages += g.pages
    ls = paper(s, landscape(A4), margin=44, pt=8)
    lw, lh = ls.page_size
    fl = Sheets(
        ls.page_size,
        lh - 50,
        lambda p, n: running_header(
            p, ls, f"{tr(lg, 'Fleet list', 'Fahrzeugliste', 'Liste des bateaux')} - {pol}"
        ),
    )
    cols = columns(
        44,
        lw - 44,
        [
            (1.8, "left"),
            (1.6, "left"),
            (1.5, "left"),
            (0.8, "center"),
            (0.7, "center"),
            (1.4, "left"),
            (1.3, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    for bt, v in zip(boats, values, strict=True):
        rows.append(
            [
                bt.name,
                bt.hin,
                bt.cls,
                dec(bt.length, lg),
                str(bt.built),
                bt.engine,
                money(v, lg),
                money(round(v * 0.012, 2), lg),
            ]
        )
    table(
        fl,
        cols,
        [
            tr(lg, "Craft", "Fahrzeug", "Bateau"),
            tr(lg, "Hull no.", "Rumpf-Nr.", "N° coque"),
            tr(lg, "Type", "Typ", "Modèle"),
            tr(lg, "Length", "Länge", "Long."),
            tr(lg, "Built", "Bj.", "Année"),
            tr(lg, "Engine", "Motor", "Moteur"),
            tr(lg, "Sum insured", "Vers.-Summe", "Capital"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        ls,
        shade=0.87,
        rules=True,
        step=1.9,
    )
    pages += fl.pages
    if rng.random() < 0.6:
        e = sheets(s, h, f"{pol}", top=False)
        caption(
            e, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 2
        )
        for k in range(rng.randint(3, 6)):
            e.heading(
                m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1:02d}", s.bold, s.size
            )
            write(e, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
        pages += e.pages
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return close(pages, s, h, numbers=rng.choice(["none", h.numbers]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` writing down its kind, so that a companion can take up the same booking."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking_form": tpl_booking_form,
    "booking_confirmation": tpl_booking_confirmation,
    "handover_checklist": tpl_handover_checklist,
    "trip_report": tpl_trip_report,
    "changeover_clean": tpl_changeover_clean,
    "nav_licence": tpl_nav_licence,
    "stoppage_notice": tpl_stoppage_notice,
    "safety_certificate": tpl_safety_certificate,
    "hull_survey": tpl_hull_survey,
    "callout_sheet": tpl_callout_sheet,
    "diesel_invoice": tpl_diesel_invoice,
    "wharf_invoice": tpl_wharf_invoice,
    "mooring_invoice": tpl_mooring_invoice,
    "agent_statement": tpl_agent_statement,
    "commission_invoice": tpl_commission_invoice,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "insurance_claim": tpl_insurance_claim,
    "staff_contract": tpl_staff_contract,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_OOOOO: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "handover_checklist",
    "trip_report",
    "changeover_clean",
    "safety_certificate",
    "callout_sheet",
    "booking_confirmation",
    "wharf_invoice",
    "diesel_invoice",
    "commission_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "booking_form": "booking_confirmation",
    "handover_checklist": "trip_report",
    "agent_statement": "commission_invoice",
    "complaint": "complaint_reply",
    "safety_certificate": "nav_licence",
    "trip_report": "insurance_claim",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_nutcracker_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.5) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, name, fleet, staff, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "fr", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(COMPANIES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    used: set[str] = set()
    FLEET[:] = [a_boat(r, lang, used) for _ in range(r.randint(6, 12))]
    STAFF.clear()
    for role in ("md", "office", "eng1", "eng2", "clean"):
        STAFF[role] = (
            f"{r.choice(FIRSTS[lang][role in ('office', 'clean')])} {r.choice(LASTS[lang])}"
        )
    LAST.clear()
    LAST.update(kind="", booking=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_OOOOO, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_nutcracker_stream, "templates OOOOO")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

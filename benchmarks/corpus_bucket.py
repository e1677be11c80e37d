"""Bucket part of the generated corpus: templates BB, written blind for the next measurement.

Another part, ``bucket``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the back office of a mid-sized city hotel
(in Manchester or Liverpool, Dresden, Cologne or Hamburg, Toulouse, Nice or Strasbourg) feeds
its paper through the scanner in one pile: food and drink wholesalers' invoices (sometimes with
their terms page or a remittance slip) and credit notes, delivery notes with the goods-in
temperature check, the hotel's own guest folios (sometimes with the card slip stapled behind),
the monthly city-tax return (City Visitor Charge, Beherbergungssteuer, Kulturfoerderabgabe,
Kultur- und Tourismustaxe, taxe de sejour) with its list of stays and the authority's notice,
agencies' booking confirmations with their rooming lists and group / allotment contracts
(Kontingentvertrag, contrat de groupe) with a covering letter, rate annex and signature page,
food-hygiene inspection reports (with the rating certificate, a Kontrollbericht, a rapport
d'inspection), fire-safety audits and inspections (notification of deficiencies,
Brandverhuetungsschau, proces-verbal de la commission de securite, with a floor plan),
extinguisher service certificates, pest-control visit reports with their bait-station plan,
weekly department rotas on landscape A4, staffing agencies' timesheets, laundry delivery notes,
the hotel's maintenance job tickets and the engineers' service reports, guests' complaint
letters (with the folio copy or photos they enclose) and the hotel's replies (sometimes with a
voucher), card-terminal end-of-day reports on till-roll strips and the acquirer's monthly
merchant statement. Each stream is the pile of one hotel; its outside firms are of the hotel's
country and write its language, agencies and guests now and then write from another country
in their own. Page sizes range from 58 mm and 80 mm strips and narrow handheld prints through
A6 cards and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the back office files it
under one reference: the terms page and the remittance slip of an invoice; the conditions
printed on the back of a delivery note; the terms of engagement on the back of an agency
timesheet; the card slip stapled behind a folio; the list of stays of a city-tax return; the
appeal notes page of the authority's notice; the rooming list pages of a booking confirmation;
the covering letter, the rate annex and the signature page of a group contract; the rating
certificate and the report pages behind an inspection letter; the photo annex of a
Kontrollbericht or rapport d'inspection; the schedule of deficiencies and the floor plan of a
fire inspection; the bait-station table and site plan of a pest-control report; the checklist
page of an engineer's service report; the folio copy and the photo sheet a guest encloses with
a complaint; the voucher sent with the hotel's reply; the later pages of statements and
certificates belong to their document. Related papers are documents of their own: the
wholesaler's invoice after its delivery note, the authority's notice after the city-tax return,
the hotel's folio after an agency's booking confirmation, the pest-control report after a
hygiene inspection, the extinguisher service after a fire inspection, the engineer's service
report after the hotel's job ticket, the reply after a complaint and the acquirer's statement
after a terminal report.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, credit notes, guest
folios, rotas, agency timesheets, laundry notes, job tickets and terminal reports often come
2-4 in a row from one sender with other dates, numbers and amounts; and companions: each of
the related papers above often follows the document it belongs with. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "bucket"`` and seeds offset by 2_700_000.

Usage: ``python benchmarks/corpus_bucket.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/bucket/bucket_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape
from reportlab.lib.units import mm

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    caption,
    close,
    columns,
    date_text,
    day,
    fields,
    fit,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    serial,
    shrink,
    table,
    ticks,
    tr,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "bucket"
SEED_OFFSET = 2_700_000

# ---------------------------------------------------------------------------------------------
# The hotel of a stream, its authorities and its outside firms
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hotel:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    city: str
    stars: int
    rooms: int


HOTELS = [
    Hotel(
        "The Portland Street Hotel",
        "en",
        "27 Portland Street",
        "Manchester M1 3LA",
        "0161 236 4410",
        "Manchester",
        4,
        118,
    ),
    Hotel(
        "Ancoats Mill Hotel",
        "en",
        "9 Redhill Street",
        "Manchester M4 5BA",
        "0161 228 9032",
        "Manchester",
        3,
        74,
    ),
    Hotel(
        "Albert Quay Hotel",
        "en",
        "Hartley Quay",
        "Liverpool L3 4AA",
        "0151 709 3300",
        "Liverpool",
        4,
        96,
    ),
    Hotel(
        "The Rodney Street House",
        "en",
        "41 Rodney Street",
        "Liverpool L1 9EN",
        "0151 707 2218",
        "Liverpool",
        3,
        42,
    ),
    Hotel(
        "Hotel Elbterrasse",
        "de",
        "Terrassenufer 12",
        "01069 Dresden",
        "0351 48 66 20",
        "Dresden",
        4,
        132,
    ),
    Hotel(
        "Hotel Am Altmarkt",
        "de",
        "Wilsdruffer Strasse 5",
        "01067 Dresden",
        "0351 49 78 0",
        "Dresden",
        3,
        58,
    ),
    Hotel(
        "Hotel Rheinblick Deutz",
        "de",
        "Siegburger Strasse 31",
        "50679 Koeln",
        "0221 88 02 40",
        "Koeln",
        4,
        104,
    ),
    Hotel(
        "Hotel Fleetschloesschen",
        "de",
        "Brooktorkai 17",
        "20457 Hamburg",
        "040 36 09 71 0",
        "Hamburg",
        3,
        66,
    ),
    Hotel(
        "Hotel des Capitouls",
        "fr",
        "29 allees Jean Jaures",
        "31000 Toulouse",
        "05 61 62 08 40",
        "Toulouse",
        4,
        87,
    ),
    Hotel(
        "Hotel Le Cours Saleya",
        "fr",
        "6 rue de la Prefecture",
        "06300 Nice",
        "04 93 80 21 55",
        "Nice",
        3,
        45,
    ),
    Hotel(
        "Grand Hotel de l'Ill",
        "fr",
        "4 quai Saint-Nicolas",
        "67000 Strasbourg",
        "03 88 36 20 05",
        "Strasbourg",
        4,
        112,
    ),
]

# Per city: the city-tax office, the food-hygiene authority and the fire-safety authority
# (name, street, town).
AUTHORITIES: dict[str, dict[str, tuple[str, str, str]]] = {
    "Manchester": {
        "tax": (
            "Manchester Accommodation BID - City Visitor Charge",
            "Suite 3, Peter House, Oxford Street",
            "Manchester M1 5AN",
        ),
        "food": (
            "Manchester City Council - Food Safety Team",
            "Hammerstone Road Depot",
            "Manchester M18 8EQ",
        ),
        "fire": (
            "Greater Manchester Fire and Rescue Service - Protection",
            "146 Bolton Road West, Swinton",
            "Manchester M27 8US",
        ),
    },
    "Liverpool": {
        "tax": (
            "Liverpool Accommodation BID - Accommodation Levy",
            "Cotton Exchange, Old Hall Street",
            "Liverpool L3 9LQ",
        ),
        "food": (
            "Liverpool City Council - Environmental Health",
            "Cunard Building, Water Street",
            "Liverpool L3 1AH",
        ),
        "fire": (
            "Merseyside Fire & Rescue Service - Fire Protection",
            "Bridle Road, Bootle",
            "Liverpool L30 4YD",
        ),
    },
    "Dresden": {
        "tax": (
            "Landeshauptstadt Dresden - Steuer- und Stadtkassenamt",
            "Dr.-Kuelz-Ring 19",
            "01067 Dresden",
        ),
        "food": (
            "Landeshauptstadt Dresden - Lebensmittelueberwachungs- und Veterinaeramt",
            "Ehrlichstrasse 3",
            "01067 Dresden",
        ),
        "fire": (
            "Brand- und Katastrophenschutzamt Dresden - Vorbeugender Brandschutz",
            "Scharfenberger Strasse 47",
            "01139 Dresden",
        ),
    },
    "Koeln": {
        "tax": (
            "Stadt Koeln - Kassen- und Steueramt, Kulturfoerderabgabe",
            "Ottmar-Pohl-Platz 1",
            "51103 Koeln",
        ),
        "food": (
            "Stadt Koeln - Amt fuer Verbraucherschutz, Lebensmittelueberwachung",
            "Neumarkt 15-21",
            "50667 Koeln",
        ),
        "fire": (
            "Stadt Koeln - Feuerwehr, Vorbeugender Brandschutz",
            "Scheibenstrasse 13",
            "50737 Koeln",
        ),
    },
    "Hamburg": {
        "tax": (
            "Finanzamt Hamburg-Mitte - Kultur- und Tourismustaxe",
            "Steinstrasse 10",
            "20095 Hamburg",
        ),
        "food": (
            "Bezirksamt Hamburg-Mitte - Verbraucherschutzamt",
            "Klosterwall 2",
            "20095 Hamburg",
        ),
        "fire": (
            "Feuerwehr Hamburg - Vorbeugender Brand- und Gefahrenschutz",
            "Westphalensweg 1",
            "20099 Hamburg",
        ),
    },
    "Toulouse": {
        "tax": (
            "Toulouse Metropole - Service Taxe de sejour",
            "6 rue Rene Leduc",
            "31505 Toulouse Cedex 5",
        ),
        "food": (
            "DDPP de la Haute-Garonne - Service securite sanitaire des aliments",
            "1 place Saint-Etienne",
            "31038 Toulouse Cedex 9",
        ),
        "fire": (
            "Mairie de Toulouse - Commission communale de securite",
            "17 place de la Daurade",
            "31000 Toulouse",
        ),
    },
    "Nice": {
        "tax": (
            "Metropole Nice Cote d'Azur - Regie taxe de sejour",
            "5 rue de l'Hotel de Ville",
            "06364 Nice Cedex 4",
        ),
        "food": (
            "DDPP des Alpes-Maritimes - Securite sanitaire des aliments",
            "147 boulevard du Mercantour",
            "06286 Nice Cedex 3",
        ),
        "fire": (
            "Ville de Nice - Commission communale de securite",
            "5 rue de l'Hotel de Ville",
            "06364 Nice Cedex 4",
        ),
    },
    "Strasbourg": {
        "tax": (
            "Eurometropole de Strasbourg - Taxe de sejour",
            "1 parc de l'Etoile",
            "67076 Strasbourg Cedex",
        ),
        "food": (
            "DDPP du Bas-Rhin - Service alimentation",
            "14 rue du Marechal Juin",
            "67084 Strasbourg Cedex",
        ),
        "fire": (
            "Ville de Strasbourg - Commission de securite",
            "1 parc de l'Etoile",
            "67076 Strasbourg Cedex",
        ),
    },
}

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "food": [
        (
            "Pennine Foodservice Ltd",
            "en",
            "Unit 7, Trafford Park Road",
            "Manchester M17 1HG",
            "0161 872 5500",
        ),
        ("Mersey Catering Supplies", "en", "Regent Road", "Liverpool L20 8DB", "0151 933 6120"),
        ("Holt & Garside Butchers", "en", "14 Tib Street", "Manchester M4 1SH", ""),
        (
            "Grosshandel Elbland Gastro GmbH",
            "de",
            "Werftstrasse 8",
            "01139 Dresden",
            "0351 84 21 30",
        ),
        (
            "Frischeservice Rheinland GmbH",
            "de",
            "Robert-Perthel-Strasse 12",
            "50739 Koeln",
            "0221 17 40 90",
        ),
        ("Fleischerei Wendt & Sohn", "de", "Grosse Elbstrasse 60", "22767 Hamburg", ""),
        (
            "Promo Gastro Distribution SAS",
            "fr",
            "ZI de Montaudran",
            "31400 Toulouse",
            "05 61 20 44 10",
        ),
        ("Primeurs Lorenzi", "fr", "MIN de Nice, 105 route de Grenoble", "06200 Nice", ""),
        (
            "Boucherie Schaller & Fils",
            "fr",
            "8 rue du Faubourg de Saverne",
            "67000 Strasbourg",
            "03 88 32 11 74",
        ),
    ],
    "drinks": [
        ("Cask & Crown Drinks Ltd", "en", "Pomona Strand", "Manchester M16 0BB", "0161 848 0044"),
        ("Dock Road Wine Shippers", "en", "112 Dock Road", "Liverpool L19 2LE", ""),
        ("Getraenke Pohle KG", "de", "Kesselsdorfer Strasse 220", "01169 Dresden", "0351 41 15 60"),
        ("Weinkontor am Hafen", "de", "Ellerholzdamm 40", "20457 Hamburg", ""),
        ("Getraenkefachgrosshandel Breuer", "de", "Industriestrasse 161", "50999 Koeln", ""),
        ("Boissons du Sud-Ouest SARL", "fr", "Chemin de Lapujade", "31200 Toulouse", ""),
        ("Cave Delmas & Cie", "fr", "33 quai des Etats-Unis", "06300 Nice", "04 93 62 70 18"),
        ("Brasserie Distribution Alsace", "fr", "Route du Rhin", "67100 Strasbourg", ""),
    ],
    "agency": [
        (
            "Albion Group Travel Ltd",
            "en",
            "Coronation House, 4 Kingsway",
            "London WC2B 6XE",
            "020 7405 1190",
        ),
        ("Northern Conference Bureau", "en", "2 St James's Square", "Manchester M2 6DN", ""),
        ("Heritage Coach Holidays", "en", "Station Approach", "Harrogate HG1 1TT", "01423 566 700"),
        ("Reisebuero Sonnenweg GmbH", "de", "Koenigstrasse 18", "70173 Stuttgart", "0711 22 40 55"),
        ("Kuhlmann Busreisen", "de", "Am Bahnhof 3", "49074 Osnabrueck", "0541 35 88 0"),
        (
            "Messe & Event Service Rhein GmbH",
            "de",
            "Deutz-Muelheimer Strasse 30",
            "50679 Koeln",
            "",
        ),
        ("Voyages Arc-en-Ciel", "fr", "12 rue de la Republique", "69002 Lyon", "04 78 42 19 90"),
        ("Agence Evasion Groupes", "fr", "45 boulevard Haussmann", "75009 Paris", ""),
        ("Seminaires & Congres du Sud", "fr", "2 place du Capitole", "31000 Toulouse", ""),
    ],
    "staffing": [
        (
            "Top Table Hospitality Staffing",
            "en",
            "80 Mosley Street",
            "Manchester M2 3FX",
            "0161 237 9960",
        ),
        ("Liver Bird Events Staff Ltd", "en", "Tithebarn Street", "Liverpool L2 2NZ", ""),
        (
            "Gastro Personal Service GmbH",
            "de",
            "Prager Strasse 2",
            "01069 Dresden",
            "0351 21 99 40",
        ),
        ("Servicekraefte Nord GmbH", "de", "Spaldingstrasse 64", "20097 Hamburg", ""),
        ("Interim Hotellerie Plus", "fr", "18 rue de Metz", "31000 Toulouse", "05 34 31 72 00"),
        ("Extras & Co Riviera", "fr", "9 avenue Jean Medecin", "06000 Nice", ""),
    ],
    "laundry": [
        (
            "Northern Linen Services Ltd",
            "en",
            "Lower Moss Lane",
            "Manchester M15 4HG",
            "0161 834 1200",
        ),
        ("Wirral Hotel Laundry", "en", "Dock Road, Birkenhead", "Wirral CH41 1DQ", ""),
        (
            "Textilpflege Weisskraft GmbH",
            "de",
            "Meschwitzstrasse 20",
            "01099 Dresden",
            "0351 88 42 70",
        ),
        ("Hotelwaescherei Rhein-Berg", "de", "Olpener Strasse 440", "51109 Koeln", ""),
        ("Blanchisserie Industrielle Occitane", "fr", "ZA du Chapitre", "31100 Toulouse", ""),
        ("Blanchisserie d'Alsace", "fr", "3 rue de l'Industrie", "67400 Illkirch", ""),
    ],
    "engineer": [
        (
            "Coldline Refrigeration Services",
            "en",
            "Unit 3, Hyde Road",
            "Manchester M12 5AD",
            "0161 273 4411",
        ),
        ("Apex Lift & Escalator Ltd", "en", "Brunswick Business Park", "Liverpool L3 4BD", ""),
        ("Catering Equipment Care Ltd", "en", "Ashton Old Road", "Manchester M11 2NA", ""),
        ("Grosskuechentechnik Elbe GmbH", "de", "Loebtauer Strasse 61", "01159 Dresden", ""),
        ("Cuisine Pro Maintenance", "fr", "22 rue Bayard", "31000 Toulouse", "05 61 99 42 80"),
        ("Kaeltetechnik Brandl GmbH", "de", "Gasanstaltstrasse 10", "01237 Dresden", ""),
        ("Aufzugsdienst Nord GmbH", "de", "Billstrasse 118", "20539 Hamburg", "040 78 45 20"),
        ("Froid Cuisine Services 31", "fr", "15 rue Marie-Louise Dissard", "31300 Toulouse", ""),
        ("Ascenseurs Rhin Services", "fr", "21 route de Bischwiller", "67300 Schiltigheim", ""),
    ],
    "firekit": [
        (
            "Redline Fire Protection Ltd",
            "en",
            "Unit 12, Chorlton Street",
            "Manchester M1 3HW",
            "0161 236 7070",
        ),
        ("Brandschutz Ritter GmbH", "de", "Grossenhainer Strasse 99", "01127 Dresden", ""),
        ("Feuerschutz Hansa Service", "de", "Wendenstrasse 130", "20537 Hamburg", ""),
        ("Protec Incendie Midi", "fr", "8 impasse Arthur Rimbaud", "31200 Toulouse", ""),
        ("Securite Incendie Est", "fr", "10 rue Jean Monnet", "67201 Eckbolsheim", ""),
    ],
    "pest": [
        (
            "Pestaway Environmental Ltd",
            "en",
            "Heywood Distribution Park",
            "Heywood OL10 2TS",
            "01706 621 400",
        ),
        (
            "Kammerjaeger Lutz Schaedlingsbekaempfung",
            "de",
            "Loebtauer Strasse 40",
            "01159 Dresden",
            "0351 49 33 77",
        ),
        ("Hygiene-Service Hansa GmbH", "de", "Hammer Deich 70", "20537 Hamburg", ""),
        ("3D Anti-Nuisibles Sud", "fr", "14 chemin de la Flambere", "31300 Toulouse", ""),
        ("Hygiene Services Rhin", "fr", "6 rue de Rosheim", "67000 Strasbourg", ""),
    ],
    "acquirer": [
        ("Sterling Card Acquiring Ltd", "en", "1 Canada Square", "London E14 5AB", ""),
        ("Paylink Merchant Services", "en", "Tower Wharf", "Chester CH1 4EZ", ""),
        ("Kartenzahlung Nord Acquiring GmbH", "de", "Ballindamm 27", "20095 Hamburg", ""),
        ("Monetik Acquiring SA", "fr", "18 rue de Courcelles", "75008 Paris", ""),
    ],
}
#: Roles whose firm may write from another country than the hotel's.
ABROAD = {"agency": 0.3}

PEOPLE = {
    "en": [
        "Karen Whitfield",
        "Dean Ashcroft",
        "Priya Lal",
        "Stuart McBride",
        "Joanne Kershaw",
        "Femi Adeyemi",
        "Claire Oduya",
        "Lee Harland",
        "Nadia Rahman",
        "Gareth Pryce",
        "Beth Lomax",
        "Tomasz Wojcik",
        "Sinead Keogh",
        "Ryan Stott",
    ],
    "de": [
        "Katrin Loesch",
        "Stefan Ruehle",
        "Ayse Demir",
        "Marco Lindner",
        "Jana Pietsch",
        "Holger Brandt",
        "Swetlana Orlow",
        "Tobias Kern",
        "Ute Rademacher",
        "Kemal Yilmaz",
    ],
    "fr": [
        "Sandrine Pujol",
        "Mehdi Bensaid",
        "Aurelie Fabre",
        "Thierry Castan",
        "Lea Roussel",
        "Jerome Dalmas",
        "Fatou Diallo",
        "Nicolas Girard",
        "Ophelie Marchal",
        "Yann Le Goff",
    ],
}
STREETS = {
    "en": [
        "Wilmslow Road",
        "Church Lane",
        "Beech Avenue",
        "Station Road",
        "Mill Street",
        "Queens Drive",
        "Park Crescent",
    ],
    "de": [
        "Lindenstrasse",
        "Am Muehlbach",
        "Goethestrasse",
        "Schillerplatz",
        "Ringstrasse",
        "Bahnhofstrasse",
    ],
    "fr": [
        "rue des Lilas",
        "avenue de la Gare",
        "boulevard Victor Hugo",
        "rue Pasteur",
        "chemin des Vignes",
        "place de la Liberte",
    ],
}
TOWNS = {
    "en": [
        "Leeds LS6 2AB",
        "Cheltenham GL50 1QX",
        "Norwich NR2 3HT",
        "Reading RG1 7JP",
        "Durham DH1 4RS",
        "Exeter EX4 6PX",
    ],
    "de": [
        "80331 Muenchen",
        "30159 Hannover",
        "04109 Leipzig",
        "65183 Wiesbaden",
        "28195 Bremen",
        "90402 Nuernberg",
    ],
    "fr": [
        "69003 Lyon",
        "44000 Nantes",
        "33000 Bordeaux",
        "35000 Rennes",
        "59000 Lille",
        "21000 Dijon",
    ],
}
TALK = {
    "en": "kitchen room guest stay booking breakfast service staff night delivery bar "
    "restaurant floor order reception manager housekeeping event menu check group",
    "de": "Kueche Zimmer Gast Aufenthalt Buchung Fruehstueck Service Personal Nacht Lieferung "
    "Bar Restaurant Etage Bestellung Rezeption Leitung Hausdame Veranstaltung Gruppe",
    "fr": "cuisine chambre client sejour reservation petit-dejeuner service personnel nuit "
    "livraison bar restaurant etage commande reception direction gouvernante groupe",
}
GLUES = {
    "en": "the of and to for with on at by from this is are was will be our your",
    "de": "die der das und zu fuer mit auf von ist sind war wird bei nach den dem unser",
    "fr": "le la les et de du pour avec sur par est sont etait sera au aux des notre",
}

#: The hotel whose pile a stream is (drawn once per stream).
STAY: dict[str, Hotel] = {}


def hotel() -> Hotel:
    return STAY.get("hotel", HOTELS[0])


def words(rng: random.Random, lang: str, n: int | None = None, topic: str = "") -> str:
    """A sentence in ``lang``: hotel words (or ``topic``) mixed with the language's glue."""
    trade, glue = (topic or TALK[lang]).split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4, topic: str = "") -> str:
    return " ".join(words(rng, lang, topic=topic) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 2, 5) + timedelta(days=rng.randint(0, 600))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the stream's hotel, the issuer and ``key``: a run or a companion keeps
    its firm."""
    k = f"bucket/{key}/{hotel().name}/{who.name}/{who.street}/{who.city}"
    return random.Random(zlib.crc32(k.encode()))


def person(rng: random.Random, lang: str) -> str:
    return rng.choice(PEOPLE[lang])


def staff(who: Issuer, key: str, lang: str = "") -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[lang or hotel().lang])


def a_guest(rng: random.Random, lang: str) -> list[str]:
    first = rng.choice(PEOPLE[lang]).split()[0]
    last = rng.choice(PEOPLE[lang]).split()[-1]
    title = tr(
        lang,
        rng.choice(["Mr", "Mrs", "Ms", "Dr"]),
        rng.choice(["Herrn", "Frau"]),
        rng.choice(["Monsieur", "Madame"]),
    )
    road = rng.choice(STREETS[lang])
    no = rng.randint(1, 140)
    return [
        f"{title} {first} {last}",
        f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}",
        rng.choice(TOWNS[lang]),
    ]


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
    look: str  # monogram | ledger | corner | tab | plain
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


LOOKS = ["monogram", "ledger", "corner", "tab", "plain"]
PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    city = town.split()[-1] if lang != "en" else town.split()[0]
    if lang == "de":
        return [
            f"{name} - Amtsgericht {city} HRB {r.randint(1000, 39999)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)} - Geschaeftsfuehrung: "
            + r.choice(["Frank Heidrich", "Birgit Sommer", "Lars Voigt", "Petra Adler"]),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank'])} {city} - IBAN "
            f"DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAADEAA999"),
        ]
    if lang == "fr":
        siren = f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return [
            f"{name} - {r.choice(['SAS', 'SARL', 'SA'])} au capital de {r.randint(8, 900)} 000 EUR"
            f" - RCS {city} {siren} - APE {r.choice(['4639B', '4634Z', '9601A', '8121Z'])}",
            f"TVA intracommunautaire FR{r.randint(10, 99)} {siren} - IBAN FR76 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(100, 999)}",
        ]
    out = [f"Registered in England & Wales No. {r.randint(1000000, 14999999):08d}"]
    out.append(f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if r.random() < 0.5:
        out.append(
            f"Bank: sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} "
            f"account {r.randint(10000000, 99999999)}"
        )
    return [" | ".join(out)]


def make_head(r: random.Random, row: Firm, looks: list[str] | None, public: bool) -> Head:
    name, lang, street, town, phone = row
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or LOOKS),
        again=r.random() < 0.25,
        foot=[] if public or r.random() < 0.25 else legal_lines(r, name, lang, town),
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["iso", "short", "short"] if lang == "en" else [])),
    )


def firm(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer): a firm of
    the hotel's country, for some roles now and then one from abroad."""
    r = seeded(who, role)
    lg = hotel().lang
    if r.random() < ABROAD.get(role, 0.0):
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    rows = [x for x in ROLES[role] if x[1] == lg] or ROLES[role]
    return make_head(r, r.choice(rows), looks, public=False)


def authority(who: Issuer, what: str, looks: list[str] | None = None) -> Head:
    """The hotel's city's ``what`` authority (tax | food | fire)."""
    h = hotel()
    name, street, town = AUTHORITIES[h.city][what]
    r = seeded(who, "auth" + what)
    return make_head(r, (name, h.lang, street, town, ""), looks, public=True)


def house(who: Issuer, purpose: str, looks: list[str] | None = None) -> Head:
    """The hotel itself, printing ``purpose`` (folios, letters, forms): one look per purpose."""
    h = hotel()
    r = random.Random(zlib.crc32(f"bucket/house/{h.name}/{purpose}".encode()))
    head = make_head(r, (h.name, h.lang, h.street, h.town, h.phone), looks, public=False)
    return head


def initials(name: str) -> str:
    ws = [
        w
        for w in name.replace("-", " ").split()
        if w[0].isupper() and w not in ("GmbH", "KG", "SA", "SAS")
    ]
    return "".join(w[0] for w in ws[:3]) or name[:2].upper()


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "monogram":
        p.rect(m, y - 14, 30, 30)
        ini = initials(h.name)
        p.text(m + 15, y + 5, ini, s.bold, shrink(ini, s.bold, 14, 26), "center")
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 38, y, h.name, s.bold, pt)
        p.text(m + 38, y + 11, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 40), s.font, 7)
        p.line(m, y + 22, w - m, y + 22)
        return y + 40
    if h.look == "ledger":
        pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name.upper(), s.bold, pt, "center")
        p.line(m, y + 8, w - m, y + 8)
        p.line(m, y + 10.5, w - m, y + 10.5)
        p.text(
            w / 2, y + 20, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "center"
        )
        return y + 40
    if h.look == "corner":
        yy = y - 6
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        pt = shrink(h.name, s.bold, s.size + 6, w / 2 - m + 20)
        p.text(m, y + 8, h.name, s.bold, pt)
        return max(yy, y + 12) + 26
    if h.look == "tab":
        p.rect(m, y - 12, w - 2 * m, 20, fill=0.86)
        pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m - 12)
        p.text(m + 6, y + 2, fit(h.name, s.bold, pt, w - 2 * m - 12), s.bold, pt)
        p.text(m, y + 20, fit(f"{where}   {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7)
        return y + 40
    pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m)
    p.text(m, y, h.name, s.bold, pt)
    p.text(m, y + 11, fit(where, s.font, s.size - 2, w - 2 * m), s.font, s.size - 2)
    if tel:
        p.text(m, y + 21, tel, s.font, s.size - 2)
    return y + 42


class Sheet(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


def sheet(s: Style, h: Head, running: str = "", top: bool = True) -> Sheet:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 6
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, running) if running else s.margin - 6

    w, hh = s.page_size
    return Sheet((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.42, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str]) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``."""
    bw = max(len(t) for t in lines) * 5.2 + 16
    bh = 12 * len(lines) + 8
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        p.text(
            x + bw / 2, y + 14 + 12 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, "center"
        )


def got(lang: str, d: date) -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lang, "short"),
        tr(lang, "Accounts", "Buchhaltung", "Comptabilite"),
    ]


def booked(p: Page, x: float, y: float, rng: random.Random, lang: str) -> None:
    """The accounts' coding stamp, filled in by hand: cost centre, account, initials."""
    rows = [
        (
            tr(lang, "Cost centre", "Kostenstelle", "Centre"),
            rng.choice(["F&B 410", "Kitchen 420", "Bar 430", "Rooms 210", "Maint 610", "Banq 440"]),
        ),
        (
            tr(lang, "Nominal", "Konto", "Compte"),
            str(rng.choice([5000, 5010, 3400, 3100, 6061, 6063, 6150])),
        ),
        (tr(lang, "Approved", "Freigabe", "Vise"), ""),
    ]
    p.rect(x, y, 120, 14 * len(rows) + 4)
    for k, (a, b) in enumerate(rows):
        yy = y + 11 + 14 * k
        p.text(x + 4, yy, a, "Helvetica", 6.5)
        p.line(x + 52, yy + 2, x + 116, yy + 2)
        if b:
            p.text(x + 56, yy, b, HAND, 9)
    p.text(
        x + 60, y + 11 + 14 * (len(rows) - 1), rng.choice(["KW", "JP", "SR", "ok", "LD"]), INK, 11
    )


def recipient(
    f: Sheet,
    s: Style,
    h: Head | None,
    lines: list[str],
    d: date,
    refs: list[tuple[str, str]],
    lang: str,
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h is not None and h.look != "tab" else None, y0, lines)
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [
            *refs,
            (tr(lang, "Date", "Datum", "Date"), day(h, d) if h else date_text(d, lang, "long")),
        ],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def hotel_lines(attn: str = "") -> list[str]:
    h = hotel()
    return [h.name, *([attn] if attn else []), h.street, h.town]


def dear(f: Sheet, s: Style, lang: str, name: str = "") -> None:
    if lang == "de":
        t = "Sehr geehrte Damen und Herren," if not name else f"Guten Tag {name},"
    elif lang == "fr":
        t = "Madame, Monsieur," if not name else f"Bonjour {name},"
    else:
        t = "Dear Sir or Madam," if not name else f"Dear {name},"
    write(f, s, t)


def regards(f: Sheet, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely,", "Kind regards,", "Yours faithfully,"][len(name) % 3],
            "Mit freundlichen Gruessen",
            "Nous vous prions d'agreer nos salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(f: Sheet, s: Style, paras: list[str], pt: float = 6.6, cols: int = 2) -> None:
    """Paragraphs in ``cols`` columns of small type, running on to new pages."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[str] = []
    for t in paras:
        lines.extend(wrap(t, s.font, pt, cw))
        lines.append("")
    col, y0 = 0, f.y
    y = y0
    for ln in lines:
        if y > f.bottom:
            col += 1
            if col == cols:
                f.new_page()
                col, y0 = 0, f.y
            y = y0
        if ln:
            f.page.text(m + col * (cw + gap), y, ln, s.font, pt)
        y += pt * 1.3
    f.y = y if col == 0 else f.bottom + 1
    f.y += 6


def sums(f: Sheet, s: Style, items: list[tuple[str, str]], bold_last: bool = True) -> None:
    """Label / amount lines right-aligned under a table."""
    w, _ = f.size
    x = w * 0.52
    f.need(len(items) * 13 + 10)
    for k, (label, value) in enumerate(items):
        last = bold_last and k == len(items) - 1
        font = s.bold if last else s.font
        if last:
            f.page.line(x, f.y - 9, w - s.margin, f.y - 9)
        f.page.text(x, f.y, fit(label, font, s.size - 1, w * 0.3), font, s.size - 1)
        f.page.text(w - s.margin, f.y, value, font, s.size - 1, "right")
        f.y += (s.size - 1) * 1.55
    f.y += 8


def amount(v: float, lang: str) -> str:
    return f"{money(v, lang)} EUR" if lang != "en" else f"£{money(v, lang)}"


def grid(
    f: Sheet,
    s: Style,
    spec: list[tuple[float, str]],
    head: list[str],
    rows: list[list[str]],
    pt: float = 0,
    shade: float | None = None,
    rules: bool = False,
    step: float = 1.6,
) -> None:
    w, _ = f.size
    cols = columns(s.margin, w - s.margin, spec)
    for k in range(1, len(cols)):
        if cols[k][2] != "right" and cols[k - 1][2] == "right":
            cols[k] = (cols[k][0] + 8, cols[k][1], cols[k][2])
    table(f, cols, head, rows, s, pt or s.size - 1.5, shade, rules, step)
    f.y += 6


def hand_box(
    p: Page, x: float, y: float, w: float, h: float, text: str, rng: random.Random, pt: float = 9
) -> None:
    """A box written into by hand (``text`` wrapped inside)."""
    p.rect(x, y, w, h)
    yy = y + pt + 5
    for ln in wrap(text, HAND, pt, w - 10):
        if yy > y + h - 4:
            break
        p.text(x + 5 + rng.uniform(-1, 2), yy, ln, HAND, pt)
        yy += pt * 1.5


def dashed(p: Page, x0: float, x1: float, y: float) -> None:
    x = x0
    while x < x1:
        p.line(x, y, min(x + 5, x1), y)
        x += 9


def photo(p: Page, x: float, y: float, w: float, h: float, rng: random.Random, label: str) -> None:
    """A printed photo: a grey frame with shapes in it and a caption below."""
    p.rect(x, y, w, h, fill=rng.choice([0.55, 0.62, 0.7, 0.48]))
    for _ in range(rng.randint(2, 5)):
        bw, bh = rng.uniform(0.1, 0.5) * w, rng.uniform(0.1, 0.5) * h
        p.rect(
            x + rng.uniform(0, w - bw),
            y + rng.uniform(0, h - bh),
            bw,
            bh,
            fill=rng.choice([0.3, 0.8, 0.9, 0.4]),
        )
    p.line(x, y + h * rng.uniform(0.5, 0.8), x + w, y + h * rng.uniform(0.4, 0.9))
    p.text(x, y + h + 11, fit(label, "Helvetica", 7.5, w), "Helvetica", 7.5)


# ---------------------------------------------------------------------------------------------
# Templates BB: goods in (invoices, delivery notes, credit notes)
# ---------------------------------------------------------------------------------------------

# description, pack, price, low VAT rate (food) or not
FOODS = {
    "en": [
        ("Chicken breast fillets", "2 kg", 11.40),
        ("Free range eggs large", "15 doz", 38.50),
        ("Unsalted butter portions", "100x7g", 9.80),
        ("Double cream", "2 L", 6.95),
        ("Smoked back bacon", "2.27 kg", 16.20),
        ("Pork sausages 8s", "4.54 kg", 21.60),
        ("Mature cheddar block", "5 kg", 29.75),
        ("Salmon fillet skin on", "1.4 kg", 24.10),
        ("Maris Piper potatoes", "25 kg", 14.50),
        ("Plum tomatoes tinned", "6x2.5 kg", 17.90),
        ("Croissants frozen", "60x70g", 22.40),
        ("Sourdough loaf sliced", "each", 2.85),
        ("Rapeseed oil", "20 L", 31.00),
        ("Beef sirloin strip", "per kg", 22.90),
        ("Mixed salad leaves", "1 kg", 6.40),
        ("Orange juice chilled", "6x1 L", 9.30),
        ("Greek style yoghurt", "2 kg", 5.95),
        ("Basmati rice", "10 kg", 16.75),
    ],
    "de": [
        ("Haehnchenbrustfilet", "2,5 kg", 17.90),
        ("Eier Bodenhaltung M", "180 St.", 34.20),
        ("Butter Portionen", "100x10g", 11.60),
        ("Schlagsahne 30%", "1 l", 3.45),
        ("Fruehstuecksspeck geschn.", "1 kg", 11.90),
        ("Nuernberger Rostbratwurst", "1 kg", 9.80),
        ("Gouda mittelalt Scheiben", "1 kg", 8.40),
        ("Lachsfilet mit Haut", "1,5 kg", 27.30),
        ("Kartoffeln festkochend", "12,5 kg", 9.60),
        ("Tomaten passiert", "6x2,5 kg", 16.80),
        ("Brotchen TK Weizen", "100 St.", 14.20),
        ("Rapsoel", "10 l", 18.40),
        ("Rinderhuefte", "je kg", 24.90),
        ("Blattsalat Mix", "1 kg", 7.20),
        ("Joghurt 3,5%", "5 kg", 7.90),
        ("Basmatireis", "5 kg", 9.95),
    ],
    "fr": [
        ("Filet de poulet", "2,5 kg", 18.40),
        ("Oeufs plein air", "180 p.", 36.00),
        ("Beurre doux portions", "100x10g", 12.30),
        ("Creme liquide 35%", "1 l", 4.10),
        ("Jambon blanc superieur", "1 kg", 12.60),
        ("Saucisses de Toulouse", "1 kg", 10.20),
        ("Comte 12 mois", "1 kg", 17.80),
        ("Pave de saumon", "1,5 kg", 29.10),
        ("Pommes de terre", "25 kg", 13.80),
        ("Tomates concassees", "6x2,5 kg", 17.50),
        ("Croissants pur beurre surg.", "60 p.", 23.60),
        ("Huile de tournesol", "10 l", 19.90),
        ("Entrecote de boeuf", "le kg", 26.40),
        ("Mesclun", "1 kg", 8.10),
        ("Yaourt nature", "24x125g", 6.30),
        ("Riz basmati", "5 kg", 10.40),
    ],
}
DRINKS = {
    "en": [
        ("Lager keg 50 L", "keg", 142.00),
        ("Bitter cask 9 gal", "cask", 118.50),
        ("House red Merlot 75cl", "6", 34.20),
        ("Prosecco DOC 75cl", "6", 49.80),
        ("London dry gin 70cl", "1", 17.90),
        ("Tonic water 200ml", "24", 11.40),
        ("Cola 330ml can", "24", 12.60),
        ("Still water 750ml glass", "12", 8.90),
        ("Sauvignon Blanc 75cl", "6", 41.70),
        ("CO2 gas cylinder", "1", 28.00),
        ("Empty keg credit", "1", -30.00),
    ],
    "de": [
        ("Pils Fass 50 l", "Fass", 139.00),
        ("Weissbier 20x0,5 l", "Kiste", 19.40),
        ("Mineralwasser 12x0,7 l", "Kiste", 7.80),
        ("Apfelschorle 12x0,5 l", "Kiste", 9.60),
        ("Riesling trocken 0,75 l", "6", 38.10),
        ("Spaetburgunder 0,75 l", "6", 44.70),
        ("Sekt trocken 0,75 l", "6", 36.50),
        ("Cola 24x0,33 l", "Kiste", 15.90),
        ("Pfand Kiste", "1", 3.10),
        ("Pfand Fass", "1", 30.00),
    ],
    "fr": [
        ("Biere pression fut 30 l", "fut", 118.00),
        ("Cotes du Rhone rouge 75cl", "6", 33.60),
        ("Cremant d'Alsace brut 75cl", "6", 47.40),
        ("Eau minerale 1 l verre", "12", 9.80),
        ("Eau gazeuse 50cl", "24", 14.20),
        ("Jus d'orange 1 l", "6", 10.90),
        ("Pastis 1 l", "1", 19.30),
        ("Soda cola 33cl", "24", 13.70),
        ("Consigne fut", "1", 30.00),
        ("Bordeaux superieur 75cl", "6", 46.20),
    ],
}
VAT = {"en": (0.0, 20.0), "de": (7.0, 19.0), "fr": (5.5, 20.0)}


def goods(who: Issuer, role: str, rng: random.Random, n: int) -> list[tuple[str, str, float]]:
    lg = firm(who, role).lang
    pool = (FOODS if role == "food" else DRINKS)[lg]
    return [rng.choice(pool) for _ in range(n)]


def invoice_terms(rng: random.Random, lg: str) -> list[str]:
    heads = {
        "en": [
            "1. Definitions",
            "2. Orders",
            "3. Delivery",
            "4. Risk and title",
            "5. Price and payment",
            "6. Shortages and damage",
            "7. Returns",
            "8. Liability",
            "9. Law",
        ],
        "de": [
            "1. Geltungsbereich",
            "2. Angebot und Vertragsschluss",
            "3. Lieferung",
            "4. Eigentumsvorbehalt",
            "5. Preise und Zahlung",
            "6. Maengelruege",
            "7. Leergut",
            "8. Haftung",
            "9. Gerichtsstand",
        ],
        "fr": [
            "Article 1 - Objet",
            "Article 2 - Commandes",
            "Article 3 - Livraison",
            "Article 4 - Reserve de propriete",
            "Article 5 - Prix et paiement",
            "Article 6 - Reclamations",
            "Article 7 - Consignes",
            "Article 8 - Penalites de retard",
            "Article 9 - Attribution de juridiction",
        ],
    }[lg]
    topic = {
        "en": "goods delivery customer seller invoice days payment risk title claim notice "
        "written price credit account",
        "de": "Ware Lieferung Kunde Verkaeufer Rechnung Tage Zahlung Gefahr Eigentum "
        "Ruege schriftlich Preis Gutschrift Konto",
        "fr": "marchandise livraison client vendeur facture jours paiement risque propriete "
        "reclamation ecrit prix avoir compte",
    }[lg]
    return [f"{t}. " + prose(rng, lg, 2, 5, topic) for t in heads]


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A food or drinks wholesaler's invoice: lines with pack, quantity, price and VAT code over
    one to three pages, the VAT summary and bank details; sometimes the terms of trade on a
    page of its own or a remittance slip to tear off at the foot, a received and coding stamp."""
    role = "food" if seeded(who, "invrole").random() < 0.6 else "drinks"
    h = firm(who, role)
    lg = h.lang
    r = seeded(who, "invoice")
    s = paper(who.style, LETTER if lg == "en" and r.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    no = serial(rng, r.choice(["9999999", "INV-999999", "RE 99-99999", "FA99999", "9999/99999"]))
    title = tr(
        lg,
        r.choice(["INVOICE", "Tax Invoice", "Sales Invoice"]),
        r.choice(["Rechnung", "RECHNUNG"]),
        r.choice(["FACTURE", "Facture"]),
    )
    f = sheet(s, h, f"{h.name} - {title} {no}")
    attn = tr(
        lg,
        r.choice(["Accounts Payable", "Purchase Ledger", "Attn: Head Chef"]),
        r.choice(["Buchhaltung", "z. Hd. Kuechenchef"]),
        r.choice(["Comptabilite", ""]),
    )
    cust = serial(r, "99999")
    recipient(
        f,
        s,
        h,
        hotel_lines(attn),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), cust),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), serial(rng, "99999999")),
            (
                tr(lg, "Delivered", "Lieferdatum", "Livre le"),
                day(h, d - timedelta(days=rng.randint(0, 2))),
            ),
        ],
        lg,
    )
    caption(f, s, title, 3)
    if rng.random() < 0.35:
        stamp(
            f.page, w - m - 100, f.y - 52, got(hotel().lang, d + timedelta(days=rng.randint(2, 9)))
        )
    low, high = VAT[lg]
    n = rng.choice([4, 6, 9, 14, 20, 28, 40, 60])
    rows = []
    net = {low: 0.0, high: 0.0}
    for it, pack, price in goods(who, role, rng, n):
        q = rng.choice([1, 1, 2, 2, 3, 4, 6, 10, 12]) if price > 0 else rng.randint(1, 4)
        rate = high if role == "drinks" or rng.random() < 0.08 else low
        v = q * price
        net[rate] += v
        code = {0.0: "Z", 5.5: "1", 7.0: "1", 19.0: "2", 20.0: "S" if lg == "en" else "2"}[rate]
        rows.append([serial(rng, "999999"), it, pack, str(q), money(price, lg), code, money(v, lg)])
    grid(
        f,
        s,
        [
            (1, "left"),
            (4, "left"),
            (1.2, "left"),
            (0.6, "right"),
            (1.1, "right"),
            (0.5, "center"),
            (1.2, "right"),
        ],
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Artikel", "Designation"),
            tr(lg, "Pack", "Gebinde", "Cond."),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "VAT", "USt", "TVA"),
            tr(lg, "Net", "Betrag", "Montant HT"),
        ],
        rows,
        shade=0.9 if r.random() < 0.5 else None,
        rules=r.random() < 0.4,
    )
    vat = sum(v * k / 100 for k, v in net.items())
    tot = sum(net.values())
    items = [(tr(lg, "Goods net", "Warenwert netto", "Total HT"), money(tot, lg))]
    for k, v in sorted(net.items()):
        if v:
            items.append(
                (
                    f"{tr(lg, 'VAT', 'USt.', 'TVA')} {money(k, lg)}% "
                    f"{tr(lg, 'on', 'auf', 'sur')} {money(v, lg)}",
                    money(v * k / 100, lg),
                )
            )
    items.append((tr(lg, "Total due", "Rechnungsbetrag", "Net a payer TTC"), amount(tot + vat, lg)))
    sums(f, s, items)
    due = d + timedelta(days=r.choice([14, 30, 30, 45]))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: {(due - d).days} days net, due {day(h, due)}. Goods remain "
            "our property until paid in full. Please quote the invoice number.",
            f"Zahlbar bis {day(h, due)} ohne Abzug. Die Ware bleibt bis zur vollstaendigen "
            "Bezahlung unser Eigentum.",
            f"Echeance : {day(h, due)}. Pas d'escompte pour paiement anticipe. Penalites "
            "de retard : 3 fois le taux d'interet legal, indemnite forfaitaire de 40 EUR.",
        ),
        pt=s.size - 1.5,
    )
    if rng.random() < 0.3:
        booked(f.page, m, f.y + 2, rng, hotel().lang)
        f.y += 56
    if r.random() < 0.35:
        f.need(120)
        f.y = max(f.y + 10, f.bottom - 110)
        dashed(f.page, m, w - m, f.y)
        f.page.text(
            m,
            f.y + 16,
            tr(
                lg,
                "REMITTANCE ADVICE - please return with your payment",
                "Zahlschein - bitte mit der Zahlung zuruecksenden",
                "TALON A JOINDRE A VOTRE REGLEMENT",
            ),
            s.bold,
            s.size - 1,
        )
        fields(
            f.page,
            s,
            m,
            f.y + 24,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Client"), cust),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), amount(tot + vat, lg)),
                (tr(lg, "Paid by / date", "Bezahlt am", "Regle le"), ""),
            ],
            per=4,
            tall=24,
            hand=False,
        )
        f.y = f.bottom
    if (lg == "fr" and r.random() < 0.6) or r.random() < 0.15:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Conditions of sale",
                "Allgemeine Liefer- und Zahlungsbedingungen",
                "Conditions generales de vente",
            ),
            1,
        )
        small_print(f, s, invoice_terms(rng, lg))
    return close(f.pages, s, h)


TEMPS = {
    "en": ("Chilled (0-5 C)", "Frozen (-18 C)", "Ambient"),
    "de": ("Kuehlware (0-7 C)", "TK (-18 C)", "Trocken"),
    "fr": ("Frais (0-4 C)", "Surgele (-18 C)", "Sec"),
}


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's delivery note: on A5 (portrait or landscape) or A4 a form with ordered and
    delivered quantities and the goods-in check (temperatures, ticks) written by the kitchen;
    or a driver's handheld print on a narrow slip, signed on the screen."""
    role = "food" if seeded(who, "dnrole").random() < 0.65 else "drinks"
    h = firm(who, role, ["monogram", "tab", "plain", "corner"])
    lg = h.lang
    r = seeded(who, "dnsize")
    form = r.choice(["a5", "a5l", "a4", "slip", "a5"])
    d = on(rng)
    no = serial(
        rng,
        r.choice(
            {
                "en": ["DN999999", "D/9999999"],
                "de": ["LS 9999999", "LS-99999"],
                "fr": ["BL999999", "BL 99-9999"],
            }[lg]
        ),
    )
    items = goods(who, role, rng, rng.randint(3, 11))
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    if form == "slip":
        lines_n = len(items) * 2 + 22
        size = (mm * 104, max(mm * 150, lines_n * 11 + 60.0))
        s = paper(who.style, size, margin=14, pt=7.5)
        p = Page(size)
        w, hh = size
        y = 22.0
        c = "Courier"
        for t in (h.name.upper(), h.street, h.town):
            p.text(
                w / 2,
                y,
                fit(t, "Courier-Bold" if y < 25 else c, 8, w - 20),
                "Courier-Bold" if y < 25 else c,
                8,
                "center",
            )
            y += 10
        y += 6
        for t in (
            title,
            f"{no}",
            f"{day(h, d)}  {rng.randint(6, 13):02d}:{rng.randint(0, 59):02d}",
            f"{tr(lg, 'ROUTE', 'TOUR', 'TOURNEE')} {rng.randint(10, 89)} "
            f"{tr(lg, 'DROP', 'STOPP', 'ARRET')} {rng.randint(1, 19)}",
            "",
            fit(hotel().name.upper(), c, 7.5, w - 24),
            hotel().street,
        ):
            p.text(12, y, t, c, 7.5)
            y += 10
        p.line(12, y - 4, w - 12, y - 4)
        y += 6
        for it, pack, _ in items:
            q = rng.choice([1, 2, 3, 4, 6, 10])
            p.text(12, y, fit(it.upper(), c, 7.5, w - 50), c, 7.5)
            p.text(w - 12, y, str(q), c, 7.5, "right")
            y += 9
            p.text(20, y, pack, c, 6.5)
            y += 10
        p.line(12, y - 4, w - 12, y - 4)
        y += 8
        p.text(12, y, f"{tr(lg, 'ITEMS', 'POS.', 'LIGNES')}: {len(items)}", c, 7.5)
        y += 11
        temps = TEMPS[lg]
        p.text(12, y, f"{temps[0][:10]}: {rng.uniform(0.8, 4.9):.1f}C", c, 7.5)
        y += 11
        p.text(12, y, tr(lg, "SIGNED FOR BY:", "UNTERSCHRIFT:", "SIGNATURE :"), c, 7.5)
        y += 22
        sign(p, 16, y, staff(who, "chef"), 13)
        y += 10
        p.text(12, y, staff(who, "chef").upper(), c, 7.5)
        y += 12
        p.text(
            12,
            y,
            tr(lg, "CLAIMS WITHIN 24H", "REKLAMATION BINNEN 24 STD", "RECLAMATION SOUS 24H"),
            c,
            6.5,
        )
        return [p]
    size = {"a5": A5, "a5l": landscape(A5), "a4": A4}[form]
    s = paper(
        who.style,
        size,
        margin=r.choice([24, 28, 34]) if form != "a4" else 0,
        pt=min(who.style.size, 9),
    )
    w, hh = size
    m = s.margin
    f = sheet(s, h)
    p = f.page
    p.text(w - m, f.y, title, s.bold, s.size + 3, "right")
    p.text(w - m, f.y + 12, no, s.font, s.size, "right")
    y = fields(
        p,
        s,
        m,
        f.y + 20,
        w - 2 * m,
        [
            (
                tr(lg, "Deliver to", "Lieferanschrift", "Livrer a"),
                f"{hotel().name}, {hotel().street}",
            ),
            (tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"), day(h, d)),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO 99999")),
            (
                tr(lg, "Goods entrance", "Anlieferung", "Acces"),
                tr(lg, "Rear yard / kitchen door", "Hof, Kuecheneingang", "Quai cuisine"),
            ),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    f.y = y
    rows = []
    for it, pack, _ in items:
        q = rng.choice([1, 2, 3, 4, 6, 10])
        got_ = q if rng.random() < 0.85 else max(0, q - rng.randint(1, q))
        rows.append([serial(rng, "999999"), it, pack, str(q), str(got_), ""])
    cols = columns(
        m,
        w - m,
        [(1, "left"), (4, "left"), (1.2, "left"), (0.7, "right"), (0.9, "right"), (0.6, "center")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Pack", "Einheit", "Cond."),
            tr(lg, "Ord.", "Best.", "Cde"),
            tr(lg, "Deliv.", "Geliefert", "Livre"),
            "OK",
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    size_ = s.size - 1.5
    for k in range(len(rows)):
        if rng.random() < 0.75:
            p.text(
                (cols[-1][0] + cols[-1][1]) / 2 - 3,
                y + size_ * (1.9 + 1.6 * k),
                rng.choice(["v", "/", "v"]),
                HAND,
                9,
            )
    f.need(90)
    p = f.page
    y = max(f.y + 6, hh - m - 86)
    p.text(
        m, y, tr(lg, "Goods-in check", "Wareneingangskontrolle", "Controle a reception"), s.bold, 8
    )
    t1, t2, t3 = TEMPS[lg]
    y = ticks(
        p,
        s,
        m + 110,
        y,
        w - 2 * m - 110,
        [t1, t2, t3, tr(lg, "Packaging OK", "Verpackung i.O.", "Emballage conforme")],
        {k for k in range(4) if rng.random() < 0.7},
        pt=7,
    )
    p.text(m, y + 2, tr(lg, "Temp.", "Temp.", "Temp."), s.font, 7.5)
    p.text(m + 30, y + 2, f"{rng.uniform(0.5, 6.5):.1f} / -{rng.uniform(17, 22):.0f}", HAND, 10)
    p.text(w / 2, y + 2, tr(lg, "Received by", "Empfangen", "Recu par"), s.font, 7.5)
    sign(p, w / 2 + 54, y + 4, staff(who, "chef"), 12)
    p.line(w / 2 + 50, y + 6, w - m, y + 6)
    p.text(
        m,
        y + 20,
        fit(
            tr(
                lg,
                "Any shortages or damage must be noted on this delivery note.",
                "Fehlmengen und Schaeden bitte auf dem Lieferschein vermerken.",
                "Toute reserve doit etre portee sur le bon de livraison.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if form == "a4" and r.random() < 0.5:
        # conditions of sale printed on the back of the delivery note
        t = Sheet(size, hh - m, lambda q, n: m)
        caption(t, s, tr(lg, "Conditions of sale", "Lieferbedingungen", "Conditions de vente"), 0.5)
        small_print(t, s, invoice_terms(rng, lg), pt=6.5, cols=3)
        pages += t.pages[:1]
    return pages


REASONS = {
    "en": [
        "Short delivered",
        "Damaged in transit",
        "Out of date on arrival",
        "Wrong product",
        "Rejected - temperature",
        "Price correction",
        "Empty kegs returned",
    ],
    "de": [
        "Fehlmenge",
        "Transportschaden",
        "MHD ueberschritten",
        "Falschlieferung",
        "Temperatur zu hoch",
        "Preiskorrektur",
        "Leergutruecknahme",
    ],
    "fr": [
        "Manquant a la livraison",
        "Casse transport",
        "DLC depassee",
        "Erreur d'article",
        "Refus temperature",
        "Correction de prix",
        "Retour consignes",
    ],
}


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's one-page credit note: the invoice it corrects, the credited lines with
    their reason, VAT and the credit total."""
    role = "food" if seeded(who, "cnrole").random() < 0.6 else "drinks"
    h = firm(who, role)
    lg = h.lang
    s = paper(who.style, A4)

    d = on(rng)
    f = sheet(s, h)
    no = serial(rng, {"en": "CN999999", "de": "GS-999999", "fr": "AV999999"}[lg])
    recipient(
        f,
        s,
        h,
        hotel_lines(),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift Nr.", "Avoir n."), no),
            (tr(lg, "Against invoice", "zu Rechnung", "Sur facture"), serial(rng, "9999999")),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(seeded(who, "invoice"), "99999")),
        ],
        lg,
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT / RECHNUNGSKORREKTUR", "AVOIR"), 3)
    rows, tot = [], 0.0
    for it, pack, price in goods(who, role, rng, rng.randint(1, 4)):
        q = rng.randint(1, 3)
        tot += q * abs(price)
        rows.append(
            [
                it,
                pack,
                str(q),
                money(abs(price), lg),
                rng.choice(REASONS[lg][:-1] if role == "food" else REASONS[lg]),
                "-" + money(q * abs(price), lg),
            ]
        )
    grid(
        f,
        s,
        [(3.3, "left"), (1.1, "left"), (0.7, "right"), (1, "right"), (3, "left"), (1.3, "right")],
        [
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Pack", "Gebinde", "Cond."),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Price", "EP", "PU"),
            tr(lg, "Reason", "Grund", "Motif"),
            tr(lg, "Credit", "Betrag", "Montant"),
        ],
        rows,
        rules=True,
    )
    rate = VAT[lg][0 if role == "food" else 1]
    sums(
        f,
        s,
        [
            (tr(lg, "Net credit", "Netto", "Total HT"), "-" + money(tot, lg)),
            (
                f"{tr(lg, 'VAT', 'USt.', 'TVA')} {money(rate, lg)}%",
                "-" + money(tot * rate / 100, lg),
            ),
            (
                tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir TTC"),
                "-" + amount(tot * (1 + rate / 100), lg),
            ),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "This credit will be set against your next payment. " + words(rng, lg),
            "Der Betrag wird mit der naechsten Zahlung verrechnet.",
            "Ce montant sera deduit de votre prochain reglement.",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            f"{tr(lg, 'Raised by', 'Bearbeitet von', 'Etabli par')}: {staff(who, 'cn', lg)}",
            pt=s.size - 1.5,
        )
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates BB: the hotel's own paper (folios, city tax)
# ---------------------------------------------------------------------------------------------

# city: (name of the tax in the hotel's language, how it is charged, rate)
CITY_TAX = {
    "Manchester": ("City Visitor Charge", "room", 1.00),
    "Liverpool": ("Accommodation BID Levy", "room", 2.00),
    "Dresden": ("Beherbergungssteuer", "pct", 6.0),
    "Koeln": ("Kulturfoerderabgabe", "pct", 5.0),
    "Hamburg": ("Kultur- und Tourismustaxe", "step", 0.0),
    "Toulouse": ("Taxe de sejour", "person", 1.65),
    "Nice": ("Taxe de sejour", "person", 2.53),
    "Strasbourg": ("Taxe de sejour", "person", 1.98),
}
EXTRAS = {
    "en": [
        ("Breakfast", 16.50),
        ("Restaurant", 48.00),
        ("Bar", 21.40),
        ("Minibar", 7.50),
        ("Car park", 18.00),
        ("Room service", 26.90),
        ("Laundry", 14.00),
    ],
    "de": [
        ("Fruehstueck", 19.50),
        ("Restaurant", 54.00),
        ("Bar", 18.60),
        ("Minibar", 6.80),
        ("Garage", 16.00),
        ("Zimmerservice", 24.50),
        ("Waescheservice", 12.00),
    ],
    "fr": [
        ("Petit-dejeuner", 17.00),
        ("Restaurant", 52.00),
        ("Bar", 19.80),
        ("Minibar", 8.00),
        ("Parking", 20.00),
        ("Room service", 27.00),
        ("Blanchisserie", 13.50),
    ],
}
CARDS = ["VISA", "MASTERCARD", "AMEX", "MAESTRO"]


def stay_tax(lg: str, rate: float, persons: int) -> float:
    kind, value = CITY_TAX[hotel().city][1:]
    if kind == "room":
        return value
    if kind == "pct":
        return round(rate / 1.07 * value / 100, 2)
    if kind == "step":
        return 2.0 if rate < 100 else 3.0 if rate < 150 else 4.0
    return round(value * persons, 2)


def card_slip(rng: random.Random, total: float, d: date, lg: str) -> Page:
    """The merchant copy of a card payment, printed on an 80 mm strip."""
    size = (mm * 80, mm * rng.choice([110, 125, 140]))
    w, _ = size
    p = Page(size)
    c = "Courier"
    y = 20.0
    ho = hotel()
    for t in (ho.name.upper(), ho.street, ho.town):
        p.text(w / 2, y, fit(t, c, 7, w - 16), c, 7, "center")
        y += 9
    y += 6
    card = rng.choice(CARDS)
    for t in (
        tr(lg, "MERCHANT COPY", "HAENDLERBELEG", "TICKET COMMERCANT"),
        f"TID {serial(rng, '99999999')}",
        f"{date_text(d, lg, 'short')} {rng.randint(6, 12):02d}:{rng.randint(0, 59):02d}",
        "",
        card,
        f"************{rng.randint(1000, 9999)}",
        tr(lg, "SALE", "KAUF", "DEBIT"),
        f"{tr(lg, 'AMOUNT', 'BETRAG', 'MONTANT')}  {money(total, lg)} "
        f"{'GBP' if lg == 'en' else 'EUR'}",
        "",
        tr(lg, "PIN VERIFIED", "PIN VERIFIZIERT", "CODE CONFIRME"),
        f"AUTH {serial(rng, '999999')}",
        tr(lg, "PLEASE RETAIN", "BITTE AUFBEWAHREN", "A CONSERVER"),
    ):
        p.text(10, y, fit(t, c, 7.5, w - 20), c, 7.5)
        y += 10
    return p


def tpl_guest_folio(rng: random.Random, who: Issuer) -> list[Page]:
    """The hotel's guest folio (invoice) printed from its property system: the guest's or
    company's address, room, arrival and departure, nightly room and city tax, extras, the
    payment and the VAT split; long stays run on; sometimes the card slip stapled behind."""
    h = house(who, "folio", ["monogram", "ledger", "corner", "plain"])
    lg = h.lang
    r = random.Random(zlib.crc32(f"bucket/folio/{hotel().name}".encode()))
    s = paper(
        who.style, LETTER if lg == "en" and r.random() < 0.3 else A4, pt=min(who.style.size, 9.5)
    )

    m = s.margin
    d = on(rng)
    nights = rng.choice([1, 1, 2, 2, 3, 4, 5, 7, 12, 16])
    persons = rng.choice([1, 1, 2, 2, 3])
    rate = round(rng.uniform(69, 189), 0)
    folio = serial(rng, r.choice(["999999", "F-9999999", "R 9999999"]))
    guest_lg = lg if rng.random() < 0.75 else rng.choice(["en", "de", "fr"])
    company = rng.random() < 0.3
    lines = a_guest(rng, guest_lg)
    if company:
        ag = firm(who, "agency")
        lines = [ag.name, f"{tr(lg, 'Guest', 'Gast', 'Client')}: {lines[0]}", ag.street, ag.town]
    title = tr(
        lg,
        r.choice(["INVOICE", "Guest Folio", "VAT Invoice"]),
        r.choice(["Rechnung", "RECHNUNG"]),
        r.choice(["FACTURE", "Note / Facture"]),
    )
    f = sheet(s, h, f"{hotel().name} - {title} {folio}")
    recipient(
        f,
        s,
        h,
        lines,
        d + timedelta(days=nights),
        [
            (tr(lg, "Folio no.", "Rechnungs-Nr.", "Facture n."), folio),
            (
                tr(lg, "Room", "Zimmer", "Chambre"),
                str(rng.randint(1, 6) * 100 + rng.randint(1, 40)),
            ),
            (tr(lg, "Arrival", "Anreise", "Arrivee"), date_text(d, lg, "short")),
            (
                tr(lg, "Departure", "Abreise", "Depart"),
                date_text(d + timedelta(days=nights), lg, "short"),
            ),
            (tr(lg, "Guests", "Personen", "Personnes"), str(persons)),
        ],
        lg,
    )
    caption(f, s, title, 2)
    tax_name = CITY_TAX[hotel().city][0]
    room = tr(lg, "Accommodation", "Uebernachtung", "Hebergement")
    rows: list[list[str]] = []
    tot = 0.0
    low = {"en": 20.0, "de": 7.0, "fr": 10.0}[lg]
    high = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]
    net = {low: 0.0, high: 0.0, 0.0: 0.0}
    extras = EXTRAS[lg]
    for k in range(nights):
        dd = date_text(d + timedelta(days=k), lg, "short")
        rows.append([dd, room, money(rate, lg), ""])
        net[low] += rate
        t = stay_tax(lg, rate, persons)
        rows.append([dd, tax_name, money(t, lg), ""])
        net[0.0] += t
        tot += rate + t
        for name, price in extras:
            if rng.random() < 0.22:
                v = round(price * rng.uniform(0.6, 1.6), 2)
                rows.append([dd, name, money(v, lg), ""])
                net[high if name not in ("Petit-dejeuner",) else low] += v
                tot += v
    pay = (
        rng.choice(CARDS)
        if not company
        else tr(
            lg, "Transfer to account", "Ueberweisung / Rechnung an Firma", "Debiteur - virement"
        )
    )
    rows.append([date_text(d + timedelta(days=nights), lg, "short"), pay, "", money(tot, lg)])
    grid(
        f,
        s,
        [(1.2, "left"), (4, "left"), (1.2, "right"), (1.2, "right")],
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Libelle"),
            tr(lg, "Charges", "Belastung", "Debit"),
            tr(lg, "Credits", "Gutschrift", "Credit"),
        ],
        rows,
        shade=0.9 if r.random() < 0.5 else None,
        rules=r.random() < 0.3,
        step=1.5,
    )
    sums(
        f,
        s,
        [
            (tr(lg, "Total", "Gesamt", "Total TTC"), amount(tot, lg)),
            (tr(lg, "Balance", "Saldo", "Solde"), money(0, lg)),
        ],
        bold_last=False,
    )
    vat_rows = []
    for k, v in sorted(net.items()):
        if v:
            vat_rows.append(
                [
                    f"{money(k, lg)} %",
                    money(v / (1 + k / 100), lg),
                    money(v - v / (1 + k / 100), lg),
                    money(v, lg),
                ]
            )
    grid(
        f,
        s,
        [(1, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right"), (3, "left")],
        [
            tr(lg, "VAT", "MwSt.", "TVA"),
            tr(lg, "Net", "Netto", "HT"),
            tr(lg, "VAT", "MwSt.", "TVA"),
            tr(lg, "Gross", "Brutto", "TTC"),
            "",
        ],
        [[*x, ""] for x in vat_rows],
        pt=s.size - 2,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for staying with us. We look forward to welcoming you again.",
            "Vielen Dank fuer Ihren Besuch. Wir freuen uns auf Ihren naechsten Aufenthalt.",
            "Merci de votre visite et a bientot.",
        ),
        pt=s.size - 1,
    )
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Cashier', 'Kassierer', 'Caisse')}: "
        f"{person(rng, lg).split()[0]}  -  {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}",
        s.font,
        s.size - 2,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4 and not company:
        pages.append(card_slip(rng, tot, d + timedelta(days=nights), lg))
    return pages


def tpl_city_tax_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The hotel's monthly city-tax return on the authority's form, filled in and signed by the
    hotel (City Visitor Charge return, Steueranmeldung, declaration de taxe de sejour), with
    the day-by-day list of stays printed from the hotel's system on one or two pages behind."""
    ho = hotel()
    lg = ho.lang
    a = authority(who, "tax", ["ledger", "plain", "tab"])
    me = house(who, "letter")
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = A4
    m = s.margin
    d = on(rng).replace(day=1)
    month = f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.year}"  # noqa: E501
    month = date_text(d, lg, "long").split(" ", 1)[1] if lg != "en" else month
    tax_name, kind, value = CITY_TAX[ho.city]
    p = Page(A4)
    y = heading(p, s, a)
    title = tr(
        lg,
        f"{tax_name} - Monthly Return",
        f"{tax_name} - Steueranmeldung",
        "Declaration de la taxe de sejour au reel",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m))
    y += 16
    p.text(
        m,
        y,
        tr(lg, f"Return period: {month}", f"Anmeldungszeitraum: {month}", f"Periode : {month}"),
        s.font,
        s.size,
    )
    y += 8
    hand = rng.random() < 0.6
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Establishment", "Beherbergungsbetrieb", "Etablissement"), ho.name),
            (
                tr(
                    lg,
                    "Account / levy reference",
                    "Steuernummer / Kassenzeichen",
                    "N. d'enregistrement",
                ),
                serial(seeded(who, "taxref"), "999/999/99999"),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{ho.street}, {ho.town}"),
            (
                tr(lg, "Rooms / classification", "Zimmer / Kategorie", "Classement"),
                f"{ho.rooms} / {ho.stars}*",
            ),
        ],
        per=2,
        tall=26,
        hand=hand,
    )
    days_n = 28 if d.month == 2 else 30 if d.month in (4, 6, 9, 11) else 31
    daily = []
    for k in range(days_n):
        occ = rng.randint(int(ho.rooms * 0.45), ho.rooms)
        pers = int(occ * rng.uniform(1.2, 1.7))
        free = rng.randint(0, max(1, pers // 12))
        daily.append((d + timedelta(days=k), occ, pers, free))
    nights = sum(x[1] for x in daily)
    pn = sum(x[2] for x in daily)
    free = sum(x[3] for x in daily)
    revenue = nights * rng.uniform(78, 140)
    if kind == "room":
        figs = [
            ("Room nights sold", str(nights)),
            ("Complimentary / exempt room nights", str(free)),
            ("Chargeable room nights", str(nights - free)),
            (
                f"Charge at {amount(value, 'en')} per room night",
                amount((nights - free) * value, "en"),
            ),
        ]
        due = (nights - free) * value
    elif kind == "person":
        figs = [
            ("Nombre total de nuitees", str(pn)),
            ("Nuitees exonerees (mineurs, saisonniers...)", str(free)),
            ("Nuitees assujetties", str(pn - free)),
            (f"Tarif par personne et par nuitee ({ho.stars} etoiles)", money(value, "fr")),
            ("Montant de la taxe collectee", amount((pn - free) * value, "fr")),
        ]
        due = (pn - free) * value
    else:
        rate = value if kind == "pct" else 0
        base = revenue / 1.07
        due = base * rate / 100 if kind == "pct" else (nights - free) * 2.6
        figs = [
            ("Anzahl Uebernachtungen", str(pn)),
            ("davon steuerbefreit", str(free)),
            ("Uebernachtungsentgelte netto (ohne USt.)", money(base, "de")),
            (f"Steuersatz / Steuerbetrag{f' {rate:.0f} %' if rate else ''}", amount(due, "de")),
        ]
    y += 4
    for k, (lab, val) in enumerate(figs):
        p.rect(m, y - 10, w - 2 * m, 18)
        p.text(m + 4, y + 2, f"{k + 1:02d}", s.font, 7)
        p.text(m + 22, y + 2, fit(lab, s.font, s.size - 1, w - 2 * m - 150), s.font, s.size - 1)
        p.line(w - m - 120, y - 10, w - m - 120, y + 8)
        p.text(w - m - 6, y + 3, val, HAND if hand else s.font, 10 if hand else s.size, "right")
        y += 18
    y += 12
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "First return", "Erstanmeldung", "Declaration initiale"),
            tr(lg, "Amended return", "Berichtigte Anmeldung", "Declaration rectificative"),
            tr(lg, "Paid by direct debit", "SEPA-Lastschrift erteilt", "Paiement par prelevement"),
        ],
        {0, 2} if rng.random() < 0.6 else {0},
        pt=8,
    )
    y += 6
    for ln in wrap(
        tr(
            lg,
            "I declare that the information given on this return is correct and "
            "complete to the best of my knowledge.",
            "Ich versichere, die Angaben in dieser Steueranmeldung wahrheitsgemaess "
            "nach bestem Wissen und Gewissen gemacht zu haben.",
            "Je certifie exactes les informations portees sur la presente declaration.",
        ),
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.4
    y += 20
    signer = staff(who, "gm")
    p.text(m, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: ", s.font, s.size - 1)
    p.text(m + 34, y, date_text(d + timedelta(days=rng.randint(33, 44)), lg, "short"), HAND, 10)
    sign(p, w / 2, y, signer)
    p.line(w / 2, y + 4, w - m, y + 4)
    p.text(
        w / 2,
        y + 14,
        tr(lg, "Signature, name in capitals", "Unterschrift / Stempel", "Signature et cachet"),
        s.font,
        6.5,
    )
    if rng.random() < 0.6:
        st = [ho.name.upper()[:28], ho.street, ho.town]
        stamp(p, w / 2 + 20, y + 22, st)
    pages = close([p], s, a, numbers="none")
    # the list of stays from the hotel's system
    f = sheet(
        paper(s, A4, pt=8.5),
        me,
        f"{ho.name} - {tr(lg, 'list of stays', 'Aufstellung', 'etat')} {month}",
        top=False,
    )
    f.page.text(
        m,
        f.y,
        fit(
            f"{ho.name} - "
            + tr(
                lg,
                f"Room night report {month}",
                f"Aufstellung der Uebernachtungen {month}",
                f"Etat recapitulatif des nuitees - {month}",
            ),
            s.bold,
            11,
            w - 2 * m,
        ),
        s.bold,
        11,
    )
    f.y += 20
    rows = []
    for dd, occ, pers, fr_ in daily:
        rows.append(
            [
                date_text(dd, lg, "short"),
                str(occ),
                str(pers),
                str(fr_),
                str(pers - fr_) if kind != "room" else str(occ - min(fr_, occ)),
            ]
        )
    rows.append(
        [
            tr(lg, "Total", "Summe", "Total"),
            str(nights),
            str(pn),
            str(free),
            str(pn - free) if kind != "room" else str(nights - free),
        ]
    )
    grid(
        f,
        s,
        [(1.6, "left"), (1, "right"), (1, "right"), (1, "right"), (1.2, "right")],
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Rooms", "Zimmer", "Chambres"),
            tr(lg, "Guests", "Personen", "Personnes"),
            tr(lg, "Exempt", "befreit", "Exoneres"),
            tr(lg, "Chargeable", "steuerpfl.", "Assujettis"),
        ],
        rows,
        pt=8,
        rules=True,
        step=1.55,
    )
    f.page.text(
        m,
        f.y + 6,
        tr(
            lg,
            "Printed from the property management system",
            "Ausdruck aus dem Hotelprogramm",
            "Edition logiciel hotelier",
        ),
        s.font,
        6.5,
    )
    return pages + close(f.pages, s, me, numbers=rng.choice(["none", "{i}/{n}"]))


def tpl_city_tax_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's notice on the city tax: an English levy invoice with a payment slip, a
    German Bescheid with the assessment table and the Rechtsbehelfsbelehrung on the second
    page, a French avis des sommes a payer with the talon."""
    ho = hotel()
    lg = ho.lang
    a = authority(who, "tax", ["ledger", "plain", "tab", "monogram"])
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    tax_name = CITY_TAX[ho.city][0]
    ref = serial(seeded(who, "taxref"), "999/999/99999")
    f = sheet(s, a, f"{a.name} - {ref}")
    recipient(
        f,
        s,
        a,
        hotel_lines(tr(lg, "Finance Department", "Buchhaltung", "Direction")),
        d,
        [
            (tr(lg, "Our ref", "Kassenzeichen", "Reference"), ref),
            (tr(lg, "Contact", "Sachbearbeitung", "Dossier suivi par"), person(rng, lg)),
        ],
        lg,
    )
    period = date_text(d - timedelta(days=rng.randint(35, 70)), lg, "long").split(" ", 1)[1]
    due_amt = rng.uniform(600, 14000)
    due_day = d + timedelta(days=rng.choice([14, 30]))
    if lg == "de":
        caption(f, s, f"Bescheid ueber die Festsetzung der {tax_name} fuer {period}", 1.5)
        dear(f, s, lg)
        write(
            f,
            s,
            f"aufgrund Ihrer Steueranmeldung vom {date_text(d - timedelta(days=9), lg, 'short')} "
            f"wird die {tax_name} wie folgt festgesetzt:",
        )
        grid(
            f,
            s,
            [(4, "left"), (1.5, "right")],
            ["Zeitraum / Bezeichnung", "Betrag EUR"],
            [
                [f"{tax_name} {period}", money(due_amt, lg)],
                ["bereits entrichtet", money(0, lg)],
                ["Saeumniszuschlag", money(0 if rng.random() < 0.7 else due_amt * 0.01, lg)],
                ["zu zahlen", money(due_amt, lg)],
            ],
            rules=True,
        )
        write(
            f,
            s,
            f"Der Betrag ist bis zum {day(a, due_day)} unter Angabe des Kassenzeichens "
            "zu ueberweisen. " + prose(rng, lg, 1, 2),
        )
        regards(f, s, lg, person(rng, lg), "im Auftrag", ink=rng.random() < 0.3)
        f.page.text(
            m,
            f.y,
            "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gueltig.",
            s.font,
            7,
        )
        f.new_page()
        caption(f, s, "Rechtsbehelfsbelehrung", 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
            f"Widerspruch erhoben werden. Der Widerspruch ist bei der {a.name}, "
            f"{a.street}, {a.town}, schriftlich oder zur Niederschrift einzulegen.",
        )
        caption(f, s, "Hinweise", 0.5)
        for _ in range(rng.randint(2, 4)):
            write(
                f,
                s,
                prose(
                    rng,
                    lg,
                    2,
                    3,
                    "Steuer Anmeldung Zahlung Frist Saeumnis "
                    "Vollstreckung Abgabe Bescheid Zeitraum Entgelt",
                ),
                pt=s.size - 1,
            )
        return close(f.pages, s, a)
    if lg == "fr":
        caption(f, s, "AVIS DES SOMMES A PAYER", 2)
        write(f, s, f"Objet : {tax_name} - periode {period}")
        grid(
            f,
            s,
            [(4, "left"), (1.5, "right")],
            ["Designation", "Montant EUR"],
            [
                [f"Taxe de sejour collectee - {period}", money(due_amt * 0.91, lg)],
                ["Taxe additionnelle departementale (10 %)", money(due_amt * 0.09, lg)],
                ["Total a payer", money(due_amt, lg)],
            ],
            rules=True,
        )
        write(f, s, f"Date limite de paiement : {day(a, due_day)}. " + prose(rng, lg, 1, 2))
        f.need(150)
        y = max(f.y + 10, f.bottom - 120)
        dashed(f.page, m, w - m, y)
        f.page.text(m, y + 16, "TALON A JOINDRE A VOTRE REGLEMENT", s.bold, 9)
        fields(
            f.page,
            s,
            m,
            y + 24,
            w - 2 * m,
            [
                ("Debiteur", ho.name),
                ("Reference", ref),
                ("Montant", amount(due_amt, lg)),
                ("Echeance", date_text(due_day, lg, "short")),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        return close(f.pages, s, a)
    caption(f, s, f"{tax_name} - Invoice", 2)
    dear(f, s, lg)
    write(
        f,
        s,
        f"Thank you for your {tax_name} return for {period}. Please find below the amount "
        "due, which should be paid within 14 days. " + prose(rng, lg, 1, 2),
    )
    grid(
        f,
        s,
        [(4, "left"), (1.2, "right")],
        ["Description", "Amount"],
        [[f"{tax_name} - {period}", money(due_amt, lg)], ["Total due", amount(due_amt, lg)]],
        rules=True,
    )
    write(
        f,
        s,
        f"Pay by BACS to sort code 30-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account "
        f"{rng.randint(10000000, 99999999)}, quoting {ref}.",
        pt=s.size - 1,
    )
    regards(f, s, lg, person(rng, lg), "BID Levy Officer", ink=rng.random() < 0.5)
    return close(f.pages, s, a)


# ---------------------------------------------------------------------------------------------
# Templates BB: agencies (booking confirmations, group contracts)
# ---------------------------------------------------------------------------------------------

ROOM_TYPES = {
    "en": ["Single", "Double", "Twin", "Triple", "Superior double"],
    "de": ["EZ", "DZ", "DZ twin", "Dreibett", "DZ Superior"],
    "fr": ["Single", "Double", "Twin", "Triple", "Double superieure"],
}
BOARD = {
    "en": ["Room only", "B&B", "Half board"],
    "de": ["UE", "UEF", "HP"],
    "fr": ["Logement seul", "Chambre et petit-dejeuner", "Demi-pension"],
}
GROUPS = {
    "en": [
        "Harrogate Ladies' Choir",
        "Year 11 History Trip",
        "Penrose Bowls Club",
        "Midlands Dental Conference",
        "Classic Motor Club Tour",
    ],
    "de": [
        "Gesangverein Frohsinn 1884",
        "Klassenfahrt 10b Gymnasium Marienschule",
        "Seniorenreise AWO Ortsverein",
        "Fachtagung Gebaeudetechnik",
        "Kegelclub Alle Neune",
    ],
    "fr": [
        "Chorale Sainte-Cecile",
        "Voyage scolaire College Jean Moulin",
        "Club des Aines ruraux",
        "Congres regional des experts-comptables",
        "Amicale des sapeurs-pompiers",
    ],
}


def rooming_list(rng: random.Random, lg: str, n: int) -> list[list[str]]:
    rows = []
    for k in range(n):
        a = rng.choice(PEOPLE[lg]).split()
        b = rng.choice(PEOPLE[lg]).split()
        rt = rng.choice(ROOM_TYPES[lg][:3])
        share = f"{b[0]} {a[-1]}" if rt != ROOM_TYPES[lg][0] and rng.random() < 0.8 else ""
        rows.append(
            [
                str(k + 1),
                f"{a[-1].upper()}, {a[0]}",
                share,
                rt,
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "vegetarian", "vegetarisch", "vegetarien"),
                        tr(lg, "ground floor", "Erdgeschoss", "rez-de-chaussee"),
                        tr(lg, "gluten free", "glutenfrei", "sans gluten"),
                        tr(lg, "cot", "Kinderbett", "lit bebe"),
                    ]
                ),
            ]
        )
    return rows


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """An agency's booking confirmation to the hotel: the group or guests, dates, rooms by type,
    board, agreed rates, billing (voucher or invoice to the agency) and cancellation terms;
    larger groups with the rooming list on one or two further pages (sometimes landscape)."""
    h = firm(who, "agency")
    lg = h.lang
    s = paper(who.style, LETTER if lg == "en" and rng.random() < 0.25 else A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    arr = d + timedelta(days=rng.randint(10, 150))
    n = rng.choice([1, 2, 3, 4, 5])
    dep = arr + timedelta(days=n)
    booking = serial(rng, seeded(who, "bk").choice(["BK-999999", "99/9999", "GRP99999"]))
    group = rng.random() < 0.65
    f = sheet(s, h, f"{h.name} - {booking}")
    recipient(
        f,
        s,
        h,
        hotel_lines(tr(lg, "Reservations", "Reservierung", "Service reservations")),
        d,
        [
            (tr(lg, "Booking ref.", "Vorgang", "Dossier"), booking),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(who, "agent", lg)),
        ],
        lg,
    )
    what = rng.choice(GROUPS[lg]) if group else a_guest(rng, lg)[0]
    caption(
        f,
        s,
        tr(lg, "Booking confirmation", "Buchungsbestaetigung", "Confirmation de reservation")
        + f" - {what}",
        1.5,
    )
    dear(f, s, lg)
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to confirm the following booking for {what}. "
            "Please check the details and let us know of any discrepancy.",
            f"hiermit bestaetigen wir verbindlich die folgende Buchung fuer {what}. "
            "Bitte pruefen Sie die Angaben.",
            f"Nous avons le plaisir de vous confirmer la reservation suivante pour {what}."
            " Merci de verifier les informations ci-dessous.",
        ),
    )
    y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Arrival", "Anreise", "Arrivee"), day(h, arr)),
            (tr(lg, "Departure", "Abreise", "Depart"), day(h, dep)),
            (tr(lg, "Nights", "Naechte", "Nuits"), str(n)),
            (tr(lg, "Board", "Verpflegung", "Formule"), rng.choice(BOARD[lg])),
            (tr(lg, "Arrival time", "Ankunft ca.", "Heure d'arrivee"), f"{rng.randint(13, 20)}:00"),
        ],
        w * 0.6,
    )
    f.y = y + 8
    rows, tot_rooms = [], 0
    for rt in rng.sample(ROOM_TYPES[lg], rng.randint(1, 3) if group else 1):
        q = rng.randint(2, 14) if group else 1
        tot_rooms += q
        rate = rng.randint(62, 160)
        rows.append([rt, str(q), str(n), money(rate, lg), money(rate * q * n, lg)])
    grid(
        f,
        s,
        [(3, "left"), (0.8, "right"), (0.8, "right"), (1.2, "right"), (1.3, "right")],
        [
            tr(lg, "Room type", "Zimmerart", "Type"),
            tr(lg, "Rooms", "Anzahl", "Nbre"),
            tr(lg, "Nights", "Naechte", "Nuits"),
            tr(lg, "Rate", "Preis", "Tarif"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            rng.choice(
                [
                    "Billing: room and breakfast to our account, extras direct.",
                    "Billing: voucher - all charges except extras to agency.",
                ]
            ),
            rng.choice(
                [
                    "Abrechnung: Logis und Fruehstueck an uns, Extras zahlt der Gast.",
                    "Abrechnung ueber Voucher, Nebenkosten direkt.",
                ]
            ),
            rng.choice(
                [
                    "Facturation : hebergement et petits-dejeuners a l'agence, "
                    "extras a regler sur place.",
                    "Prise en charge : bon d'echange.",
                ]
            ),
        ),
        pt=s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Free cancellation up to 21 days before arrival; thereafter 80% of the "
            "booked services.",
            "Kostenfreie Stornierung bis 21 Tage vor Anreise, danach 80 % des Logispreises.",
            "Annulation sans frais jusqu'a J-21, au-dela 80 % du montant de l'hebergement.",
        ),
        pt=s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(who, "agent", lg),
        tr(lg, "Groups & Events", "Gruppenreisen", "Service groupes"),
        ink=rng.random() < 0.4,
    )
    pages = close(f.pages, s, h)
    if group and rng.random() < 0.7:
        persons = rooming_list(rng, lg, min(60, int(tot_rooms * rng.uniform(0.9, 1.1)) + 1))
        land = rng.random() < 0.4
        rs = paper(s, landscape(A4) if land else A4, margin=40, pt=8.5)
        rf = sheet(rs, h, top=False)
        rw, _ = rs.page_size
        rf.page.text(
            40,
            rf.y,
            fit(
                f"{tr(lg, 'ROOMING LIST', 'ZIMMERLISTE', 'ROOMING LIST')} - "
                f"{what} - {date_text(arr, lg, 'short')}",
                rs.bold,
                11,
                rw - 80,
            ),
            rs.bold,
            11,
        )
        rf.y += 22
        grid(
            rf,
            rs,
            [(0.4, "center"), (3, "left"), (2.5, "left"), (1.4, "left"), (2.5, "left")],
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Sharing with", "Mit", "Partage avec"),
                tr(lg, "Room", "Zimmer", "Chambre"),
                tr(lg, "Notes", "Bemerkung", "Remarques"),
            ],
            persons,
            pt=8.5,
            shade=0.88,
            rules=True,
            step=1.7,
        )
        pages += close(rf.pages, rs, h, numbers=rng.choice(["{i}/{n}", "none", h.numbers]))
    return pages


CLAUSES = {
    "en": [
        "Allocation",
        "Rates",
        "Release dates",
        "Rooming list",
        "Payment",
        "Cancellation",
        "Attrition",
        "Meals and functions",
        "Liability",
        "Force majeure",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Kontingent",
        "Preise",
        "Abruf und Freigabe",
        "Namensliste",
        "Zahlung",
        "Stornierung",
        "Verpflegung",
        "Haftung",
        "Hoehere Gewalt",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Allotement",
        "Tarifs",
        "Date de retrocession",
        "Liste nominative",
        "Conditions de paiement",
        "Annulation",
        "Restauration",
        "Responsabilite",
        "Force majeure",
        "Donnees personnelles",
        "Litiges",
    ],
}
LEGAL = {
    "en": "hotel agency rooms allocation release date rate payment party notice agreement "
    "written cancellation guests group period",
    "de": "Hotel Veranstalter Zimmer Kontingent Freigabe Preis Zahlung Vertragspartner "
    "schriftlich Stornierung Gaeste Gruppe Zeitraum Vereinbarung",
    "fr": "hotel agence chambres allotement retrocession tarif paiement partie ecrit "
    "annulation clients groupe periode convention",
}


def tpl_group_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """An agency's group / allotment contract with the hotel (Kontingentvertrag, contrat
    d'allotement): sometimes a covering letter asking for a signed copy back, the parties, the
    numbered clauses over two to four pages, a rate annex with a table and the signature page;
    often 'Page i of n' on the contract pages only."""
    h = firm(who, "agency")
    lg = h.lang
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    ref = serial(rng, "K-99-999")
    title = tr(lg, "GROUP ALLOCATION AGREEMENT", "KONTINGENTVERTRAG", "CONTRAT D'ALLOTEMENT")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.45:
        c = sheet(s, h)
        recipient(
            c,
            s,
            h,
            hotel_lines(tr(lg, "Sales Manager", "Verkaufsleitung", "Direction commerciale")),
            d,
            [(tr(lg, "Ref", "Zeichen", "Ref."), ref)],
            lg,
        )
        caption(
            c,
            s,
            tr(
                lg,
                f"Allocation {d.year + 1}",
                f"Kontingent {d.year + 1}",
                f"Allotement {d.year + 1}",
            ),
            1,
        )
        dear(c, s, lg)
        write(
            c,
            s,
            tr(
                lg,
                "Please find enclosed two copies of our allocation agreement. Kindly "
                "sign and return one copy to us.",
                "anbei erhalten Sie den Kontingentvertrag in zweifacher Ausfertigung. "
                "Bitte senden Sie uns ein Exemplar unterschrieben zurueck.",
                "Veuillez trouver ci-joint notre contrat en deux exemplaires, dont un "
                "a nous retourner signe.",
            )
            + " "
            + prose(rng, lg, 1, 2),
        )
        regards(
            c,
            s,
            lg,
            staff(who, "ctr", lg),
            tr(lg, "Contracting", "Einkauf Hotellerie", "Service contrats"),
        )
        pages += close(c.pages, s, h, numbers="none")
        covers = 1
    f = sheet(s, h, f"{title} {ref}", top=rng.random() < 0.7)
    f.y += 10
    pt = shrink(title, s.bold, s.size + 6, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 20
    f.page.text(w / 2, f.y, f"{tr(lg, 'No.', 'Nr.', 'n.')} {ref}", s.font, s.size, "center")
    f.y += 26
    ho = hotel()
    for lab, who_ in (
        (tr(lg, "between", "zwischen", "entre"), f"{h.name}, {h.street}, {h.town}"),
        (tr(lg, "and", "und", "et"), f"{ho.name}, {ho.street}, {ho.town}"),
    ):
        f.page.text(m, f.y, lab, s.font, s.size)
        f.y += s.size * 1.5
        write(f, s, who_, indent=20)
    arr = d + timedelta(days=rng.randint(60, 240))
    for k, t in enumerate(CLAUSES[lg][: rng.randint(6, 11)], 1):
        f.heading(
            m, f"{'§ ' if lg == 'de' else 'Art. ' if lg == 'fr' else ''}{k}  {t}", s.bold, s.size
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 2, 4, LEGAL[lg]))
    # rate annex
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Annex 1 - Allocation and rates",
            "Anlage 1 - Kontingent und Preise",
            "Annexe 1 - Allotement et tarifs",
        ),
        1,
    )
    rows = []
    for k in range(rng.randint(6, 16)):
        dd = arr + timedelta(days=7 * k)
        rows.append(
            [
                date_text(dd, lg, "short"),
                date_text(dd + timedelta(days=rng.choice([1, 2, 3])), lg, "short"),
                str(rng.randint(5, 25)),
                money(rng.randint(59, 99), lg),
                money(rng.randint(79, 139), lg),
                date_text(dd - timedelta(days=21), lg, "short"),
            ]
        )
    grid(
        f,
        s,
        [
            (1.2, "left"),
            (1.2, "left"),
            (0.9, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.3, "right"),
        ],
        [
            tr(lg, "From", "Von", "Du"),
            tr(lg, "To", "Bis", "Au"),
            tr(lg, "Rooms", "Zimmer", "Chambres"),
            tr(lg, "Single", "EZ", "Single"),
            tr(lg, "Double", "DZ", "Double"),
            tr(lg, "Release", "Freigabe", "Retrocession"),
        ],
        rows,
        shade=0.9,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Rates per room per night including breakfast and VAT.",
            "Preise pro Zimmer und Nacht inkl. Fruehstueck und MwSt.",
            "Tarifs par chambre et par nuit, petit-dejeuner et TVA inclus.",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.5 or f.y > f.bottom - 200:
        f.new_page()
    else:
        f.y += 30
    place = h.town.split()[-1] if lg != "en" else h.town.split()[0]
    f.page.text(m, f.y, f"{place}, {day(h, d)}", s.font, s.size)
    f.page.text(w / 2 + 10, f.y, f"{ho.city}, ", s.font, s.size)
    f.y += 50
    sign(f.page, m, f.y - 4, staff(who, "ctr", lg))
    if rng.random() < 0.6:
        sign(f.page, w / 2 + 10, f.y - 4, staff(who, "gm"))
    for x, t in ((m, h.name), (w / 2 + 10, ho.name)):
        f.page.line(x, f.y, x + w / 2 - m - 20, f.y)
        f.page.text(x, f.y + 12, fit(t, s.font, s.size - 1, w / 2 - m - 20), s.font, s.size - 1)
    f.y += 30
    return close(pages + f.pages, s, h, covers=covers)


# ---------------------------------------------------------------------------------------------
# Templates BB: inspections (food hygiene, fire safety, extinguishers, pest control)
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        "Seals on walk-in chiller door damaged - replace",
        "Probe thermometer not calibrated",
        "Hand wash basin in pastry area obstructed by equipment",
        "Raw and ready-to-eat foods stored on same shelf in chiller 2",
        "Food safety management system (Safer Food Better Business) diary not completed",
        "Build-up of grease on extraction canopy filters",
        "No sanitiser contact time known",
        "Allergen matrix not updated for new menu",
        "Flaking paint above dishwash area",
        "Date labelling of prepared foods inconsistent",
    ],
    "de": [
        "Dichtung Kuehlzellentuer beschaedigt",
        "Einstichthermometer ohne Kalibrierung",
        "Handwaschbecken Patisserie zugestellt",
        "Rohware und verzehrfertige Lebensmittel im Kuehlraum nicht getrennt",
        "Eigenkontrollen (HACCP) unvollstaendig dokumentiert",
        "Fettablagerungen an Dunstabzugshaube",
        "Allergenkennzeichnung Speisekarte fehlt",
        "Abblaetternde Farbe ueber Spuelbereich",
        "Rueckstellproben nicht beschriftet",
        "Personalschulung nach IfSG nicht nachgewiesen",
    ],
    "fr": [
        "Joint de la porte de chambre froide deteriore",
        "Thermometre sonde non etalonne",
        "Lave-mains de la patisserie encombre",
        "Denrees crues et pretes a consommer stockees ensemble",
        "Plan de maitrise sanitaire incomplet",
        "Graisse sur les filtres de la hotte",
        "Information allergenes absente de la carte",
        "Peinture ecaillee en plonge",
        "Etiquetage des preparations incomplet",
        "Tracabilite des produits non conservee",
    ],
}
SCORE_HEADS = [
    "Hygienic food handling",
    "Cleanliness and condition of facilities and building",
    "Management of food safety",
]
RATINGS = [
    (5, "Very good"),
    (4, "Good"),
    (3, "Generally satisfactory"),
    (2, "Improvement necessary"),
]


def tpl_hygiene_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The food-hygiene authority's inspection: in England the rating letter, the inspection
    report with the three scores and the numbered matters to put right, and the rating
    certificate; in Germany the Kontrollbericht with tick boxes, the deficiencies and both
    signatures; in France the rapport d'inspection with the Alim'confiance level and the
    non-conformities. All pages belong to the one inspection."""
    ho = hotel()
    lg = ho.lang
    a = authority(who, "food", ["ledger", "plain", "tab", "corner"])
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    ref = serial(rng, "9999/99999")
    officer = person(rng, lg)
    found = rng.sample(FINDINGS[lg], rng.randint(2, 7))
    if lg == "en":
        score, word = rng.choice(RATINGS)
        f = sheet(s, a, f"Food Hygiene Inspection - {ho.name} - {ref}")
        recipient(
            f,
            s,
            a,
            ["The Food Business Operator", ho.name, ho.street, ho.town],
            d + timedelta(days=rng.randint(3, 12)),
            [("Our ref", ref), ("Officer", officer)],
            lg,
        )
        caption(f, s, "Food Hygiene Rating Scheme - your food hygiene rating", 1)
        dear(f, s, lg)
        write(
            f,
            s,
            f"Following the inspection of your premises on {day(a, d)}, I am writing to "
            f"confirm that your food hygiene rating is {score} ({word.lower()}). "
            "The enclosed report sets out the matters you need to address. " + prose(rng, lg, 1, 2),
        )
        write(
            f,
            s,
            "If you disagree with your rating you may appeal within 21 days. You also "
            "have a right to reply, and you may request a re-visit once the works "
            "are done.",
        )
        regards(f, s, lg, officer, "Environmental Health Officer")
        f.new_page()
        caption(f, s, "Food Safety Inspection Report", 2, rule=True)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Premises", ho.name),
                ("Date of inspection", date_text(d, lg, "short")),
                ("Type", rng.choice(["Full inspection", "Partial inspection", "Revisit"])),
                ("Person seen", staff(who, "chef")),
            ],
            per=2,
            tall=24,
            hand=rng.random() < 0.5,
        )
        grid(
            f,
            s,
            [(5, "left"), (1, "right")],
            ["Area", "Score"],
            [[t, str(rng.choice([0, 5, 5, 10, 10, 15]))] for t in SCORE_HEADS],
            rules=True,
        )
        caption(f, s, "Matters requiring attention", 0.5)
        for k, t in enumerate(found, 1):
            write(
                f,
                s,
                f"{k}. {t}. "
                + prose(
                    rng,
                    lg,
                    1,
                    2,
                    "food hygiene clean surfaces "
                    "regulation temperature storage "
                    "training records equipment",
                ),
                indent=6,
            )
        caption(f, s, "Recommendations (good practice)", 0.5)
        write(f, s, prose(rng, lg, 1, 3))
        f.need(60)
        f.y += 16
        sign(f.page, m, f.y, officer)
        f.page.text(m, f.y + 12, f"{officer}, Environmental Health Officer", s.font, s.size - 1)
        pages = close(f.pages, s, a)
        # the rating certificate
        c = Page(A4)
        c.rect(70, 120, w - 140, 420)
        c.rect(76, 126, w - 152, 408)
        c.text(w / 2, 180, "FOOD HYGIENE RATING", "Helvetica-Bold", 26, "center")
        c.text(w / 2, 210, ho.name, "Helvetica", 14, "center")
        bw = (w - 200) / 6
        for k in range(6):
            x = 100 + k * bw
            c.rect(x, 260, bw - 8, bw - 8, fill=0.35 if k == score else None)
            c.text(x + (bw - 8) / 2, 260 + bw / 2 + 6, str(k), "Helvetica-Bold", 22, "center")
        c.text(w / 2, 350, word.upper(), "Helvetica-Bold", 20, "center")
        c.text(
            w / 2, 400, f"Date of inspection {date_text(d, lg, 'short')}", "Helvetica", 11, "center"
        )
        c.text(w / 2, 420, a.name.split(" - ")[0], "Helvetica", 10, "center")
        c.text(w / 2, 500, "food.gov.uk/ratings", "Helvetica", 9, "center")
        return [*pages, c]
    f = sheet(s, a, f"{a.name} - {ref}")
    title = tr(
        lg,
        "",
        "Kontrollbericht Lebensmittelueberwachung",
        "Rapport d'inspection - securite sanitaire des aliments",
    )
    caption(f, s, title, 2, rule=True)
    hand = rng.random() < 0.7
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "", "Betrieb", "Etablissement"), ho.name),
            (tr(lg, "", "Anschrift", "Adresse"), f"{ho.street}, {ho.town}"),
            (
                tr(lg, "", "Datum / Uhrzeit", "Date / heure"),
                f"{date_text(d, lg, 'short')} {rng.randint(8, 15)}:"
                + rng.choice(["00", "15", "30"]),
            ),
            (
                tr(lg, "", "Anlass", "Motif"),
                rng.choice(
                    tr(
                        lg,
                        "",
                        "Routine|Nachkontrolle|Beschwerde",
                        "Programmee|Suite plainte|Recontrole",
                    ).split("|")
                ),
            ),
            (tr(lg, "", "Anwesend", "Personne rencontree"), staff(who, "chef")),
            (tr(lg, "", "Kontrolleur/in", "Inspecteur"), officer),
        ],
        per=2,
        tall=26,
        hand=hand,
    )
    areas = tr(
        lg,
        "",
        "Bauliche Beschaffenheit|Reinigung und Desinfektion|Personalhygiene|"
        "Temperaturfuehrung|Eigenkontrollen / HACCP|Kennzeichnung / Allergene|"
        "Schaedlingsmonitoring",
        "Locaux et equipements|Nettoyage et desinfection|Hygiene du personnel|"
        "Maitrise des temperatures|Plan de maitrise sanitaire|Etiquetage / allergenes|"
        "Lutte contre les nuisibles",
    ).split("|")
    caption(f, s, tr(lg, "", "Pruefbereiche", "Points controles"), 0.5)
    opts = tr(
        lg,
        "",
        "ohne Befund|geringe Maengel|erhebliche Maengel",
        "Conforme|Ecart mineur|Non-conformite",
    ).split("|")
    for t in areas:
        f.need(26)
        f.page.text(m, f.y, t, s.font, s.size - 1)
        x0 = m + 150
        f.y = ticks(
            f.page, s, x0, f.y, w - m - x0, opts, {rng.choice([0, 0, 0, 1, 2])}, pt=7, after=2.1
        )
    f.y += 6
    caption(f, s, tr(lg, "", "Festgestellte Maengel", "Non-conformites constatees"), 0.5)
    for k, t in enumerate(found, 1):
        f.need(40)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        lines_ = wrap(t + ". " + words(rng, lg, 8), HAND if hand else s.font, 9.5, w - 2 * m - 20)
        for ln in lines_:
            f.page.text(m + 16, f.y, ln, HAND if hand else s.font, 9.5)
            f.y += 13
        f.y += 3
    if lg == "fr":
        caption(f, s, "Niveau d'hygiene (Alim'confiance)", 0.5)
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Tres satisfaisant", "Satisfaisant", "A ameliorer", "A corriger de maniere urgente"],
            {rng.choice([0, 1, 1, 2])},
            pt=8,
        )
        f.y += 24
        write(
            f,
            s,
            "Suites : "
            + rng.choice(["aucune", "lettre d'avertissement", "mise en demeure sous 15 jours"])
            + ". "
            + prose(rng, lg, 1, 2),
        )
    else:
        write(
            f,
            s,
            "Frist zur Maengelbeseitigung: "
            + date_text(d + timedelta(days=rng.choice([14, 28, 42])), lg, "short")
            + ". "
            + prose(rng, lg, 1, 2, "Frist Nachkontrolle Gebuehr Beseitigung Mangel Verordnung"),
        )
    f.need(80)
    f.y += 30
    sign(f.page, m, f.y, officer)
    sign(f.page, w / 2 + 10, f.y, staff(who, "chef"))
    for x, t in (
        (m, tr(lg, "", "Kontrolleur/in", "L'inspecteur")),
        (w / 2 + 10, tr(lg, "", "Betriebsverantwortliche/r", "Le responsable")),
    ):
        f.page.line(x, f.y + 4, x + w / 2 - m - 20, f.y + 4)
        f.page.text(x, f.y + 14, t, s.font, 7)
    f.y += 30
    if rng.random() < 0.4:
        # the inspector's photographs, printed as an annex to the report
        f.new_page()
        caption(f, s, tr(lg, "", "Anlage: Fotodokumentation", "Annexe : photographies"), 1)
        pw = (w - 2 * m - 20) / 2
        for k in range(min(len(found), rng.choice([2, 4, 6]))):
            x = m + (k % 2) * (pw + 20)
            y = f.y + (k // 2) * 215
            photo(f.page, x, y, pw, 180, rng, f"{k + 1}. {found[k]}")
    return close(f.pages, s, a)


DEFICIENCIES = {
    "en": [
        ("Art. 14(2)(h)", "Fire door to second floor linen store wedged open"),
        ("Art. 14(2)(b)", "Escape route in basement corridor obstructed by stored chairs"),
        ("Art. 17", "Emergency lighting test records incomplete for last 3 months"),
        ("Art. 21", "Night staff not trained in evacuation procedure"),
        ("Art. 9", "Fire risk assessment not reviewed since refurbishment"),
        ("Art. 8", "Self-closing device on kitchen door defective"),
        ("Art. 13", "Fire alarm zone plan at reception out of date"),
    ],
    "de": [
        ("MBeVO 7", "Rauchschutztuer 2. OG durch Keil offengehalten"),
        ("MBeVO 7", "Rettungsweg Untergeschoss durch Stuehle eingeengt"),
        ("SiBe", "Pruefnachweis Sicherheitsbeleuchtung fehlt"),
        ("BetrSichV", "Unterweisung Nachtpersonal nicht nachgewiesen"),
        ("DIN 14095", "Feuerwehrplan nicht aktuell"),
        ("MBeVO 9", "Flucht- und Rettungsplaene in Zimmern fehlen teilweise"),
        ("BMA", "Brandmeldeanlage: Wartungsnachweis abgelaufen"),
    ],
    "fr": [
        ("GN 8", "Porte coupe-feu du 2e etage maintenue ouverte par une cale"),
        ("CO 43", "Degagement du sous-sol encombre par du mobilier"),
        ("EC 14", "Registre de securite : verification eclairage de securite absente"),
        ("MS 48", "Formation du personnel de nuit a l'evacuation non justifiee"),
        ("MS 41", "Plans d'intervention a mettre a jour"),
        ("CO 47", "Ferme-porte de la cuisine defectueux"),
        ("MS 68", "Verification SSI non realisee"),
    ],
}


def floor_plan(rng: random.Random, title: str, marks: int, land: bool, legend: list[str]) -> Page:
    """A floor plan sheet: the outline, corridors, rooms and numbered marks, a title block."""
    size = landscape(A4) if land else A4
    w, hh = size
    p = Page(size)
    x0, y0, x1, y1 = 40.0, 50.0, w - 40, hh - 110
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cy = (y0 + y1) / 2 + rng.uniform(-30, 30)
    p.line(x0, cy - 18, x1, cy - 18)
    p.line(x0, cy + 18, x1, cy + 18)
    n = rng.randint(6, 12)
    for k in range(1, n):
        x = x0 + (x1 - x0) * k / n
        p.line(x, y0, x, cy - 18)
        p.line(x, cy + 18, x, y1)
        if rng.random() < 0.7:
            p.text(
                x - (x1 - x0) / n / 2,
                (y0 + cy) / 2,
                str(100 * rng.randint(1, 4) + k),
                "Helvetica",
                7,
                "center",
            )
    p.rect(x1 - 70, cy - 18, 30, 36, fill=0.85)
    p.text(x1 - 55, cy + 4, "T", "Helvetica-Bold", 8, "center")
    for k in range(marks):
        mx, my = rng.uniform(x0 + 20, x1 - 20), rng.choice([cy, rng.uniform(y0 + 15, y1 - 15)])
        p.rect(mx - 6, my - 6, 12, 12)
        p.text(mx, my + 3, str(k + 1), "Helvetica-Bold", 7, "center")
    yb = hh - 95
    p.rect(w - 260, yb, 220, 62)
    p.text(w - 254, yb + 14, fit(title, "Helvetica-Bold", 8, 208), "Helvetica-Bold", 8)
    p.text(w - 254, yb + 28, fit(hotel().name, "Helvetica", 7, 208), "Helvetica", 7)
    p.text(w - 254, yb + 40, f"1:{rng.choice([100, 200, 250])}", "Helvetica", 7)
    yy = yb + 8
    for t in legend:
        p.text(40, yy, t, "Helvetica", 7)
        yy += 10
    return p


def tpl_fire_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire authority's audit after a visit: the English notification of deficiencies with
    the schedule of articles and actions, the German Brandverhuetungsschau record with its
    Maengelliste, the French commission de securite proces-verbal with its prescriptions and
    opinion; sometimes the floor plan with the marked items behind."""
    ho = hotel()
    lg = ho.lang
    a = authority(who, "fire", ["ledger", "tab", "monogram", "plain"])
    s = paper(who.style, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    ref = serial(rng, tr(lg, "FS/99999", "BVS 99/9999", "CCS-9999-999"))
    officer = person(rng, lg)
    defs = rng.sample(DEFICIENCIES[lg], rng.randint(2, 6))
    f = sheet(s, a, f"{a.name} - {ref}")
    recipient(
        f,
        s,
        a,
        [
            tr(lg, "The Responsible Person", "Betreiber", "L'exploitant"),
            ho.name,
            ho.street,
            ho.town,
        ],
        d + timedelta(days=rng.randint(5, 20)),
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Reference"), ref),
            (tr(lg, "Inspecting officer", "Sachbearbeiter", "Rapporteur"), officer),
        ],
        lg,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Regulatory Reform (Fire Safety) Order 2005 - Notification of Fire Safety Deficiencies",
            "Brandverhuetungsschau - Niederschrift und Maengelbescheid",
            "Proces-verbal de visite periodique - etablissement de type O",
        ),
        1,
    )
    dear(f, s, lg)
    write(
        f,
        s,
        tr(
            lg,
            f"An audit of your premises was carried out on {day(a, d)}. The following "
            "deficiencies were found; you must remedy them by the dates shown. "
            + prose(rng, lg, 1, 2),
            f"am {day(a, d)} wurde in Ihrem Betrieb eine Brandverhuetungsschau "
            "durchgefuehrt. Folgende Maengel wurden festgestellt und sind fristgerecht "
            "zu beseitigen.",
            f"La commission communale de securite a procede le {day(a, d)} a la visite "
            "periodique de votre etablissement (type O, 3e categorie). " + prose(rng, lg, 1, 2),
        ),
    )
    if rng.random() < 0.5:
        f.new_page()
        caption(f, s, tr(lg, "Schedule of deficiencies", "Maengelliste", "Prescriptions"), 1)
    rows = [
        [str(k), a_, t, date_text(d + timedelta(days=rng.choice([14, 28, 56, 90])), lg, "short")]
        for k, (a_, t) in enumerate(defs, 1)
    ]
    grid(
        f,
        s,
        [(0.4, "center"), (1.2, "left"), (6, "left"), (1.3, "left")],
        [
            "#",
            tr(lg, "Article", "Grundlage", "Article"),
            tr(
                lg,
                "Deficiency and action required",
                "Mangel / Massnahme",
                "Observation / prescription",
            ),
            tr(lg, "By", "Frist", "Delai"),
        ],
        rows,
        rules=True,
        step=2.0,
    )
    if lg == "fr":
        caption(f, s, "Avis de la commission", 0.5)
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Avis favorable a la poursuite de l'exploitation", "Avis defavorable"],
            {0 if rng.random() < 0.85 else 1},
            pt=8,
        )
        f.y += 24
        grid(
            f,
            s,
            [(3, "left"), (3, "left"), (2, "left")],
            ["Membre", "Service", "Signature"],
            [
                [who_, sv, ""]
                for who_, sv in zip(
                    rng.sample(PEOPLE[lg], 4),
                    [
                        "Maire (president)",
                        "SDIS - prevention",
                        "Police nationale",
                        "DDT - accessibilite",
                    ],
                    strict=True,
                )
            ],
            rules=True,
            step=2.2,
        )
    else:
        write(f, s, prose(rng, lg, 1, 3))
        regards(f, s, lg, officer, tr(lg, "Fire Safety Inspector", "Brandoberinspektor", ""))
    pages = close(f.pages, s, a)
    if rng.random() < 0.5:
        pages.append(
            floor_plan(
                rng,
                tr(
                    lg,
                    "Ground floor - deficiencies marked",
                    "Erdgeschoss - Maengel markiert",
                    "Plan RDC - observations",
                ),
                len(defs),
                rng.random() < 0.7,
                [f"{k + 1} = {t[:50]}" for k, (_, t) in enumerate(defs[:5])],
            )
        )
    return pages


EXTINGUISHERS = {
    "en": [
        "Water 9L",
        "Foam 6L",
        "CO2 2kg",
        "CO2 5kg",
        "Powder 6kg",
        "Wet chem 6L",
        "Fire blanket",
    ],
    "de": ["Schaum 6 l", "Wasser 9 l", "CO2 5 kg", "Pulver 6 kg", "Fettbrand 6 l", "Loeschdecke"],
    "fr": [
        "Eau pulverisee 6 l",
        "CO2 2 kg",
        "CO2 5 kg",
        "Poudre ABC 9 kg",
        "Classe F 6 l",
        "Couverture anti-feu",
    ],
}
SPOTS = {
    "en": [
        "Reception",
        "Kitchen exit",
        "Bar",
        "Restaurant",
        "Plant room",
        "Laundry",
        "1st floor corridor",
        "2nd floor corridor",
        "3rd floor corridor",
        "Basement stores",
        "Conference room",
        "Car park",
    ],
    "de": [
        "Rezeption",
        "Kueche Ausgang",
        "Bar",
        "Restaurant",
        "Technikraum",
        "Waescherei",
        "Flur 1. OG",
        "Flur 2. OG",
        "Flur 3. OG",
        "Keller Lager",
        "Tagungsraum",
        "Tiefgarage",
    ],
    "fr": [
        "Reception",
        "Sortie cuisine",
        "Bar",
        "Salle de restaurant",
        "Local technique",
        "Lingerie",
        "Couloir 1er",
        "Couloir 2e",
        "Couloir 3e",
        "Reserve sous-sol",
        "Salle de seminaire",
        "Parking",
    ],
}


def tpl_extinguisher_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire-equipment contractor's service certificate: each extinguisher by location with
    type, serial, year and the work done (basic or extended service, replaced), a pass tick;
    the technician's and the hotel's signatures; one or two pages, portrait or landscape."""
    h = firm(who, "firekit", ["tab", "corner", "monogram"])
    lg = h.lang
    land = seeded(who, "xland").random() < 0.5
    s = paper(who.style, landscape(A4) if land else A4, margin=40, pt=min(who.style.size, 9))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    title = tr(
        lg,
        "Service Certificate - Portable Fire Extinguishers (BS 5306-3)",
        "Pruefprotokoll Feuerloescher nach DIN 14406-4 / ASR A2.2",
        "Rapport de verification des extincteurs (regle APSAD R4)",
    )
    f = sheet(s, h, f"{h.name} - {title}")
    caption(f, s, title, 1.5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), hotel().name),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Job no.", "Auftrag", "Intervention"), serial(rng, "J999999")),
            (tr(lg, "Technician", "Techniker", "Technicien"), staff(who, "tech", lg)),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    rows = []
    spots = SPOTS[lg]
    for k in range(rng.randint(12, 52)):
        t = rng.choice(EXTINGUISHERS[lg])
        act = rng.choice(
            tr(
                lg,
                "Basic service|Basic service|Basic service|Extended service|Replaced|Recharged",
                "Wartung|Wartung|Wartung|Instandhaltung|ersetzt|neu befuellt",
                "Verification|Verification|Verification|Revision|Remplace|Recharge",
            ).split("|")
        )
        rows.append(
            [
                str(k + 1),
                spots[k % len(spots)] + ("" if k < len(spots) else f" {k}"),
                t,
                serial(rng, "99999999"),
                str(rng.randint(2012, 2024)),
                act,
                tr(lg, "Pass", "i.O.", "Conforme")
                if rng.random() < 0.92
                else tr(lg, "Fail", "n.i.O.", "Non conf."),
            ]
        )
    grid(
        f,
        s,
        [
            (0.4, "center"),
            (2.5, "left"),
            (1.6, "left"),
            (1.4, "left"),
            (0.7, "left"),
            (1.8, "left"),
            (0.9, "left"),
        ],
        [
            "#",
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Serial", "Nr.", "N. serie"),
            tr(lg, "Year", "Bj.", "Annee"),
            tr(lg, "Action", "Massnahme", "Operation"),
            tr(lg, "Result", "Ergebnis", "Etat"),
        ],
        rows,
        pt=s.size - 1.5,
        rules=True,
        shade=0.9,
    )
    f.need(70)
    write(
        f,
        s,
        tr(
            lg,
            "All extinguishers tagged and dated. Next service due ",
            "Alle Geraete mit Pruefplakette versehen. Naechste Pruefung ",
            "Tous les appareils ont ete etiquetes. Prochaine verification ",
        )
        + date_text(d + timedelta(days=365), lg, "short")
        + ".",
        pt=s.size - 1,
    )
    f.y += 20
    sign(f.page, m, f.y, staff(who, "tech", lg))
    sign(f.page, w / 2, f.y, staff(who, "maint"))
    f.page.text(m, f.y + 12, tr(lg, "Technician", "Sachkundiger", "Technicien"), s.font, 7)
    f.page.text(w / 2, f.y + 12, tr(lg, "Customer", "Kunde", "Client"), s.font, 7)
    f.y += 24
    return close(f.pages, s, h)


STATIONS = {
    "en": ["Rodent bait box", "Rodent bait box", "Insect monitor", "EFK (fly killer)", "Snap trap"],
    "de": [
        "Koederstation Nager",
        "Koederstation Nager",
        "Insektenmonitor",
        "UV-Fliegenfalle",
        "Schlagfalle",
    ],
    "fr": [
        "Poste d'appatage",
        "Poste d'appatage",
        "Piege a insectes",
        "Desinsectiseur UV",
        "Piege mecanique",
    ],
}


def tpl_pest_control(rng: random.Random, who: Issuer) -> list[Page]:
    """A pest-control contractor's visit report: routine or call-out, findings and treatment
    written by the technician, recommendations on proofing and hygiene, the customer's
    signature; then the bait-station table and often the site plan with the stations."""
    h = firm(who, "pest", ["monogram", "tab", "corner", "plain"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = A4
    m = s.margin
    d = on(rng)
    tech = staff(who, "pt", lg)
    title = tr(
        lg, "Service Report", "Servicebericht Schaedlingsmonitoring", "Rapport d'intervention 3D"
    )
    f = sheet(s, h, f"{h.name} - {title} - {hotel().name}")
    caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), hotel().name),
            (tr(lg, "Visit date", "Datum", "Date de passage"), day(h, d)),
            (
                tr(lg, "Visit type", "Art", "Type"),
                rng.choice(
                    tr(
                        lg,
                        "Routine|Routine|Call-out|Follow-up",
                        "Routine|Routine|Sonderbesuch",
                        "Visite contrat|Visite contrat|Intervention urgente",
                    ).split("|")
                ),
            ),
            (tr(lg, "Technician", "Techniker", "Technicien"), tech),
            (
                tr(lg, "Areas", "Bereiche", "Zones"),
                tr(
                    lg,
                    "Kitchen, stores, bin area, basement",
                    "Kueche, Lager, Muellraum, Keller",
                    "Cuisine, reserves, local poubelles",
                ),
            ),
            (tr(lg, "Time on site", "Zeit vor Ort", "Duree"), f"{rng.randint(30, 120)} min"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    pests = tr(
        lg,
        "Rats|Mice|Cockroaches|Flies|Ants|Stored product insects",
        "Ratten|Maeuse|Schaben|Fliegen|Ameisen|Vorratsschaedlinge",
        "Rats|Souris|Blattes|Mouches|Fourmis|Insectes des denrees",
    ).split("|")
    f.page.text(
        m,
        f.y,
        tr(lg, "Activity found", "Befall festgestellt", "Activite constatee"),
        s.bold,
        s.size - 1,
    )
    f.y = ticks(
        f.page,
        s,
        m + 110,
        f.y,
        w - 2 * m - 110,
        pests,
        {k for k in range(len(pests)) if rng.random() < 0.15},
        pt=8,
    )
    f.y += 4
    for lab in (
        tr(lg, "Findings", "Befund", "Constat"),
        tr(lg, "Treatment", "Massnahmen", "Traitement"),
        tr(lg, "Recommendations", "Empfehlungen", "Recommandations"),
    ):
        f.need(80)
        f.page.text(m, f.y, lab, s.bold, s.size - 1)
        hand_box(
            f.page,
            m,
            f.y + 4,
            w - 2 * m,
            62,
            prose(
                rng,
                lg,
                2,
                3,
                "bait station rodent droppings "
                "proofing gap door bin area hygiene "
                "activity monitor kitchen"
                if lg == "en"
                else "",
            ),
            rng,
        )
        f.y += 80
    f.need(40)
    sign(f.page, m, f.y + 10, tech)
    sign(f.page, w / 2, f.y + 10, staff(who, "chef"))
    f.page.text(m, f.y + 22, tr(lg, "Technician", "Techniker", "Technicien"), s.font, 7)
    f.page.text(w / 2, f.y + 22, tr(lg, "Customer", "Kunde", "Client"), s.font, 7)
    f.y += 40
    n = rng.randint(8, 40)
    if rng.random() < 0.8:
        f.new_page()
        caption(f, s, tr(lg, "Monitoring points", "Monitoringpunkte", "Points de controle"), 1)
        rows = []
        for k in range(n):
            act = rng.random() < 0.12
            rows.append(
                [
                    str(k + 1),
                    rng.choice(STATIONS[lg]),
                    rng.choice(SPOTS[lg]),
                    tr(lg, "Activity", "Befall", "Activite")
                    if act
                    else tr(lg, "No activity", "kein Befall", "RAS"),
                    tr(lg, "Bait replaced", "Koeder erneuert", "Appat remplace")
                    if act or rng.random() < 0.3
                    else tr(lg, "Checked", "kontrolliert", "Controle"),
                ]
            )
        grid(
            f,
            s,
            [(0.4, "center"), (2, "left"), (2, "left"), (1.3, "left"), (1.5, "left")],
            [
                "#",
                tr(lg, "Device", "Geraet", "Dispositif"),
                tr(lg, "Location", "Standort", "Emplacement"),
                tr(lg, "Result", "Ergebnis", "Resultat"),
                tr(lg, "Action", "Massnahme", "Action"),
            ],
            rows,
            pt=s.size - 1.5,
            rules=True,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.5:
        pages.append(
            floor_plan(
                rng,
                tr(lg, "Site plan - monitoring points", "Lageplan Monitoring", "Plan des postes"),
                min(n, 24),
                rng.random() < 0.6,
                [tr(lg, "[n] = monitoring point", "[n] = Koederstation", "[n] = poste")],
            )
        )
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BB: staff and upkeep (rotas, timesheets, laundry, job tickets, engineers)
# ---------------------------------------------------------------------------------------------

DEPTS = {
    "en": [
        "Housekeeping",
        "Kitchen",
        "Front Office",
        "Restaurant & Bar",
        "Night Team",
        "Maintenance",
    ],
    "de": ["Housekeeping", "Kueche", "Rezeption", "Restaurant / Bar", "Nachtdienst", "Haustechnik"],
    "fr": ["Etages", "Cuisine", "Reception", "Salle & bar", "Veille de nuit", "Maintenance"],
}
#: Shift codes per language: working shifts, the day off, absences (holiday, sick).
SHIFTS = {
    "en": (["07-15", "07-15", "15-23", "09-17", "10-18", "23-07"], "OFF", ("HOL", "SICK")),
    "de": (["F", "F", "S", "M", "N"], "frei", ("U", "K")),
    "fr": (["M", "M", "S", "J", "N"], "RH", ("CP", "MAL")),
}
#: Roles per department (the order of ``DEPTS``), the head of department first.
DEPT_ROLES = {
    "en": [
        ["Head housekeeper", "Room attendant", "Room attendant", "Houseperson"],
        ["Head chef", "Chef de partie", "Commis chef", "Kitchen porter"],
        ["Front office manager", "Receptionist", "Receptionist", "Concierge"],
        ["Restaurant manager", "Waiter", "Bartender", "Runner"],
        ["Night manager", "Night auditor", "Night porter"],
        ["Maintenance manager", "Technician", "Handyperson"],
    ],
    "de": [
        ["Hausdame", "Zimmermaedchen", "Zimmermaedchen", "Hausmann"],
        ["Kuechenchef", "Koch", "Jungkoch", "Spueler"],
        ["Empfangschef/in", "Rezeptionist/in", "Azubi Hotelfach", "Concierge"],
        ["Restaurantleitung", "Service", "Barkeeper", "Azubi"],
        ["Nachtmanager", "Nachtportier"],
        ["Haustechnik Leitung", "Haustechniker", "Hausmeister"],
    ],
    "fr": [
        ["Gouvernante generale", "Femme de chambre", "Valet de chambre", "Equipier"],
        ["Chef de cuisine", "Cuisinier", "Commis", "Plongeur"],
        ["Chef de reception", "Receptionniste", "Receptionniste", "Concierge"],
        ["Maitre d'hotel", "Serveur", "Barman", "Apprenti"],
        ["Night audit", "Veilleur de nuit"],
        ["Responsable technique", "Technicien", "Agent d'entretien"],
    ],
}
WEEK = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "Lun Mar Mer Jeu Ven Sam Dim",
}


def crew(rng: random.Random, lang: str, n: int) -> list[str]:
    firsts = [p.split()[0] for p in PEOPLE[lang] + PEOPLE["en"][:3]]
    lasts = [p.split()[-1] for p in PEOPLE[lang]]
    out: list[str] = []
    while len(out) < n:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in out:
            out.append(name)
    return out


def tpl_staff_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """A department's weekly rota on landscape A4 printed from a spreadsheet: names down the
    side, the seven days across with shift codes, a legend, hours per person, the manager's
    sign-off, now and then changes written in by hand."""
    me = house(who, "rota", ["plain", "tab"])
    lg = me.lang
    s = paper(who.style, landscape(A4), margin=30, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    d -= timedelta(days=d.weekday())
    dept = rng.choice(DEPTS[lg])
    title = tr(
        lg,
        f"ROTA - {dept} - week commencing {date_text(d, lg, 'short')}",
        f"Dienstplan {dept} - KW {d.isocalendar()[1]} "
        f"({date_text(d, lg, 'short')} - {date_text(d + timedelta(days=6), lg, 'short')})",
        f"Planning {dept} - semaine du {date_text(d, lg, 'short')}",
    )
    days = WEEK[lg].split()
    cols = columns(
        m, w - m, [(2.6, "left"), (1.4, "left")] + [(1, "center")] * 7 + [(0.8, "right")]
    )
    x0, x1 = m - 2, w - m + 2
    pages: list[Page] = []

    def frame(p: Page, y: float) -> None:
        for c in cols[1:]:
            p.line(c[0] - 3, 66, c[0] - 3, y - 12)
        p.rect(x0, 66, x1 - x0, y - 78)

    def new_sheet() -> tuple[Page, float]:
        p = Page(s.page_size)
        pages.append(p)
        more = "" if len(pages) == 1 else tr(lg, " (continued)", " (Forts.)", " (suite)")
        p.text(m, 34, fit(hotel().name, s.font, 8, 300), s.font, 8)
        p.text(m, 52, fit(title + more, s.bold, 12, w - 2 * m - 120), s.bold, 12)
        p.text(
            w - m,
            34,
            tr(lg, "Printed ", "Stand ", "Edite le ") + date_text(printed, lg, "short"),
            s.font,
            7,
            "right",
        )
        y = 76.0
        p.rect(x0, y - 10, x1 - x0, 16, fill=0.85)
        for c, t in zip(
            cols,
            [tr(lg, "Name", "Name", "Nom"), tr(lg, "Role", "Funktion", "Poste")]
            + [f"{a} {(d + timedelta(days=k)).day}" for k, a in enumerate(days)]
            + [tr(lg, "Hrs", "Std.", "H")],
            strict=True,
        ):
            cell_text(p, c, y, t, s.bold, 8)
        return p, y + 16

    printed = d - timedelta(days=rng.randint(3, 9))
    p, y = new_sheet()
    work, off, away = SHIFTS[lg]
    dk = DEPTS[lg].index(dept)
    if dk != 4:
        work = [c for c in work if c not in ("23-07", "N")]
    else:
        work = [c for c in work if c in ("23-07", "N")]
    roles = DEPT_ROLES[lg][dk]
    codes = [*work, off]
    big = dk in (0, 1, 3)
    for name in crew(rng, lg, rng.randint(10, 38) if big else rng.randint(4, 12)):
        if y > hh - 60:
            frame(p, y)
            p, y = new_sheet()
        sh_ = [rng.choice(work) for _ in range(7)]
        for k in rng.sample(range(7), 2):
            sh_[k] = off
        if rng.random() < 0.08:
            sh_ = [away[0] if c != off else off for c in sh_]
        elif rng.random() < 0.06:
            sh_[rng.randint(0, 6)] = away[1]
        hours = sum(8 for c in sh_ if c in work)
        row = [name, rng.choice(roles[:1] + roles[1:] * 4), *sh_, str(hours)]
        for c, t in zip(cols, row, strict=True):
            cell_text(p, c, y, t, s.font, 8)
        p.line(x0, y + 5, x1, y + 5)
        if rng.random() < 0.1:
            k = rng.randint(0, 6)
            c = cols[2 + k]
            p.line(c[0] + 4, y - 3, c[1] - 4, y - 3)
            p.text((c[0] + c[1]) / 2 + 10, y - 8, rng.choice(codes), HAND, 9)
        y += 17
    frame(p, y)
    if y > hh - 40:
        p, y = new_sheet()
    legend = {
        "en": "07-15 early, 15-23 late, 23-07 night, OFF day off, HOL holiday, SICK sick",
        "de": "F Frueh 6-14.30, S Spaet 14-22.30, N Nacht, M Mittel, U Urlaub, K krank",
        "fr": "M matin, S soir, N nuit, J journee, RH repos, CP conges, MAL maladie",
    }[lg]
    p.text(m, y + 8, legend, s.font, 7)
    p.text(
        m,
        y + 22,
        tr(
            lg,
            "Rota is subject to change - check the board daily.",
            "Aenderungen vorbehalten. Tausch nur nach Absprache mit der Leitung.",
            "Planning susceptible de modification.",
        ),
        s.font,
        7,
    )
    p.text(w - m - 220, y + 16, tr(lg, "Approved", "Genehmigt", "Valide"), s.font, 8)
    sign(p, w - m - 170, y + 18, staff(who, "dept" + dept))
    if len(pages) > 1:
        for k, q in enumerate(pages, 1):
            q.text(w - m, hh - 16, f"{k}/{len(pages)}", s.font, 7, "right")
    return pages


def cell_text(
    p: Page, col: tuple[float, float, str], y: float, t: str, font: str, pt: float
) -> None:
    left, right, al = col
    t = fit(t, font, pt, right - left - 3)
    if al == "right":
        p.text(right, y, t, font, pt, "right")
    elif al == "center":
        p.text((left + right) / 2, y, t, font, pt, "center")
    else:
        p.text(left, y, t, font, pt)


def agency_terms(rng: random.Random, lg: str) -> list[str]:
    topic = tr(
        lg,
        "worker client agency hours timesheet fee introduction notice engagement supervision "
        "liability insurance days payment",
        "Mitarbeiter Kunde Verleiher Stunden Nachweis Verguetung Uebernahme Frist Einsatz "
        "Weisung Haftung Versicherung Tage Zahlung",
        "salarie client agence heures releve facturation embauche preavis mission direction "
        "responsabilite assurance jours paiement",
    )
    return [f"{k}. " + prose(rng, lg, 2, 4, topic) for k in range(1, rng.randint(8, 14))]


def tpl_agency_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A staffing agency's timesheet for one worker placed at the hotel for a week: the days
    with start, finish and break written in by hand, the hours, the client's signature and the
    agency's return instructions; on A4 or A5 landscape."""
    h = firm(who, "staffing", ["tab", "monogram", "plain"])
    lg = h.lang
    land = seeded(who, "tsland").random() < 0.5
    size = landscape(A5) if land else A4
    s = paper(who.style, size, margin=26 if land else 0, pt=min(who.style.size, 9))
    w, hh = size
    m = s.margin
    d = on(rng)
    d -= timedelta(days=d.weekday())
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "TIMESHEET", "STUNDENNACHWEIS", "RELEVE D'HEURES INTERIMAIRE")
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, serial(rng, "No 999999"), s.font, 8, "right")
    worker = crew(rng, lg, 1)[0]
    y = fields(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            (tr(lg, "Worker", "Mitarbeiter/in", "Salarie"), worker),
            (tr(lg, "Client", "Kunde", "Client"), hotel().name),
            (
                tr(lg, "Position", "Taetigkeit", "Poste"),
                rng.choice(
                    tr(
                        lg,
                        "Banqueting waiter|Kitchen porter|Room attendant|Bar staff",
                        "Servicekraft Bankett|Spuelkraft|Zimmerreinigung|Barkeeper",
                        "Extra banquet|Plongeur|Femme de chambre|Barman",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Week ending", "Woche bis", "Semaine du"),
                date_text(d + timedelta(days=6), lg, "short"),
            ),
        ],
        per=4 if w > 500 else 2,
        tall=24,
        hand=False,
    )
    days = WEEK[lg].split()
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (1.2, "center"),
            (1.2, "center"),
            (1.2, "center"),
            (1, "center"),
            (2.5, "left"),
        ],
    )
    heads = [
        tr(lg, "Day", "Tag", "Jour"),
        tr(lg, "Start", "Beginn", "Debut"),
        tr(lg, "Finish", "Ende", "Fin"),
        tr(lg, "Break", "Pause", "Pause"),
        tr(lg, "Hours", "Std.", "Heures"),
        tr(lg, "Supervisor", "Vorgesetzter", "Visa"),
    ]
    p.rect(m, y - 10, w - 2 * m, 15, fill=0.88)
    for c, t in zip(cols, heads, strict=True):
        cell_text(p, c, y, t, s.bold, 7.5)
    y += 8
    total = 0.0
    for k, dd in enumerate(days):
        p.rect(m, y, w - 2 * m, 18)
        cell_text(p, cols[0], y + 12, f"{dd} {(d + timedelta(days=k)).day}", s.font, 8)
        if rng.random() < 0.65:
            a = rng.randint(6, 17)
            b = min(a + rng.randint(4, 9), 23)
            half = rng.random() < 0.4
            br = rng.choice([0, 0.5, 0.5, 1])
            hrs = b - a - br + (0.5 if half else 0)
            total += hrs
            for c, t in zip(
                cols[1:5],
                [f"{a}:00", f"{b}:{'30' if half else '00'}", str(br), str(hrs)],
                strict=True,
            ):
                cell_text(p, c, y + 12, t, HAND, 9.5)
            p.text(cols[5][0] + 4, y + 12, staff(who, "sup").split()[-1][:3], INK, 10)
        y += 18
    for c in cols[1:]:
        p.line(c[0] - 3, y - 18 * 7, c[0] - 3, y)
    y += 14
    p.text(m, y, tr(lg, "Total hours", "Stunden gesamt", "Total heures"), s.bold, 8.5)
    p.text(m + 90, y, str(total), HAND, 11)
    p.text(
        w / 2, y, tr(lg, "Client signature", "Unterschrift Kunde", "Signature client"), s.font, 7.5
    )
    sign(p, w / 2 + 80, y + 2, staff(who, "sup"), 12)
    p.line(w / 2 + 75, y + 5, w - m, y + 5)
    y += 18
    if y < hh - 30:
        note = tr(
            lg,
            "Please email or hand this sheet to your consultant by Monday 10am. By "
            "signing, the client confirms the hours worked and agrees to our terms.",
            "Bitte bis Montag 10 Uhr einreichen. Mit der Unterschrift bestaetigt der "
            "Kunde die geleisteten Stunden.",
            "A retourner a l'agence le lundi avant 10h. La signature du client vaut "
            "acceptation des heures.",
        )
        for ln in wrap(note, s.font, 6.5, w - 2 * m)[:2]:
            p.text(m, y, ln, s.font, 6.5)
            y += 8
    pages = close([p], s, h, numbers="none")
    if seeded(who, "tsterms").random() < 0.5:
        # the agency's terms of engagement on the back of the sheet, scanned with it
        t = Sheet(size, hh - 20, lambda q, n: 30.0)
        caption(
            t,
            s,
            tr(
                lg,
                "Terms of engagement of temporary workers",
                "Allgemeine Geschaeftsbedingungen Arbeitnehmerueberlassung",
                "Conditions generales de mise a disposition",
            ),
            0.5,
        )
        small_print(t, s, agency_terms(rng, lg), pt=6 if land else 6.8)
        pages += t.pages[:1]
    return pages


LINEN = {
    "en": [
        "Double sheet",
        "King sheet",
        "Single sheet",
        "Duvet cover double",
        "Pillowcase",
        "Bath towel",
        "Hand towel",
        "Bath mat",
        "Bathrobe",
        "Tablecloth 54x54",
        "Napkin",
        "Chef jacket",
        "Tea towel",
    ],
    "de": [
        "Bettlaken 160x280",
        "Bettlaken 100x250",
        "Bettbezug 135x200",
        "Kissenbezug 80x80",
        "Duschtuch",
        "Handtuch",
        "Badvorleger",
        "Bademantel",
        "Tischdecke 130x170",
        "Serviette",
        "Kochjacke",
        "Geschirrtuch",
    ],
    "fr": [
        "Drap 240x300",
        "Drap 180x290",
        "Housse de couette",
        "Taie d'oreiller",
        "Drap de bain",
        "Serviette eponge",
        "Tapis de bain",
        "Peignoir",
        "Nappe 180x180",
        "Serviette de table",
        "Veste de cuisine",
        "Torchon",
    ],
}


def tpl_laundry_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A commercial laundry's delivery / collection note: each linen item with the clean
    pieces delivered, soiled pieces collected and rejects, on A5 or a narrow sheet, the
    driver's and housekeeping's signatures; counts corrected by hand."""
    h = firm(who, "laundry", ["plain", "monogram", "tab", "corner"])
    lg = h.lang
    r = seeded(who, "lsize")
    size = r.choice([A5, (mm * 148, mm * 250), A4])
    s = paper(who.style, size, margin=24 if size != A4 else 0, pt=8)
    w, _ = size
    m = s.margin
    d = on(rng)
    f = sheet(s, h)
    p = f.page
    title = tr(
        lg, "DELIVERY / COLLECTION NOTE", "LIEFER- UND ABHOLSCHEIN", "BON DE LIVRAISON / ENLEVEMENT"
    )
    p.text(m, f.y, fit(title, s.bold, 10, w - 2 * m - 70), s.bold, 10)
    p.text(w - m, f.y, serial(rng, "999999"), s.font, 8.5, "right")
    f.y += 14
    p.text(
        m,
        f.y,
        fit(
            f"{hotel().name} - {tr(lg, 'Customer', 'Kunde', 'Client')} "
            f"{serial(r, '9999')} - {day(h, d)} - "
            f"{tr(lg, 'Round', 'Tour', 'Tournee')} {r.randint(1, 9)}",
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    f.y += 12
    rows = []
    for it in rng.sample(LINEN[lg], rng.randint(6, len(LINEN[lg]))):
        q = rng.choice([20, 40, 50, 60, 80, 100, 120, 150, 200])
        rows.append([it, str(q), "", str(rng.randint(0, 4)) if rng.random() < 0.35 else ""])
    cols = columns(m, w - m, [(3.2, "left"), (1, "right"), (1, "right"), (0.9, "right")])
    y0 = f.y
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Clean", "Sauber", "Propre"),
            tr(lg, "Soiled", "Schmutzig", "Sale"),
            tr(lg, "Rejects", "Ausschuss", "Rebuts"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.9,
    )
    for k in range(len(rows)):
        yy = y0 + 8 * (1.9 + 1.9 * k)
        if f.pages[0] is p and yy < f.bottom:
            p.text(cols[2][1] - 2, yy, str(rng.randint(15, 210)), HAND, 9, "right")
            if rng.random() < 0.08:
                p.line(cols[1][1] - 18, yy - 3, cols[1][1], yy - 3)
                p.text(cols[1][1] + 2, yy - 7, str(rng.randint(10, 150)), HAND, 7)
    f.need(50)
    f.y += 16
    f.page.text(m, f.y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(f.page, m + 30, f.y, person(rng, lg), 11)
    f.page.text(w / 2, f.y, tr(lg, "Housekeeping", "Hausdame", "Gouvernante"), s.font, 7)
    sign(f.page, w / 2 + 50, f.y, staff(who, "hk"), 11)
    f.y += 14
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "Counts are checked at our plant; differences will be notified within 48 hours.",
                "Die Stueckzahlen werden im Betrieb geprueft; Differenzen melden "
                "wir binnen 48 Stunden.",
                "Les quantites sont verifiees en usine ; les ecarts vous seront "
                "signales sous 48 h.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    return close(f.pages, s, h, numbers="none")


#: Fault reported and the work done, as written on a job ticket.
FAULTS = {
    "en": [
        ("Shower drains slowly", "Cleared trap, tested ok"),
        ("TV remote not working", "Replaced batteries"),
        ("Radiator cold", "Bled radiator, warm now"),
        ("Toilet keeps running", "New flush valve fitted"),
        ("Light over bed flickering", "Changed bulb"),
        ("Window will not close", "Adjusted hinge, lubricated"),
        ("Door card reader dead", "Needs lock contractor - called"),
        ("Air con noisy", "Cleaned filter, fan ok"),
        ("Grout mouldy around bath", "Resealed bath, room off 24h"),
        ("Wardrobe door off hinge", "Refitted hinge, new screws"),
        ("Kettle tripping the power", "Kettle replaced from stock"),
        ("Leak under sink in room", "Tightened waste, no leak"),
    ],
    "de": [
        ("Dusche laeuft schlecht ab", "Siphon gereinigt, ok"),
        ("Fernbedienung defekt", "Batterien getauscht"),
        ("Heizung kalt", "Heizkoerper entlueftet"),
        ("WC-Spuelung laeuft nach", "Dichtung Spuelkasten neu"),
        ("Leselampe flackert", "Leuchtmittel getauscht"),
        ("Fenster schliesst nicht", "Beschlag nachgestellt"),
        ("Kartenleser Tuer ohne Funktion", "Fremdfirma bestellt"),
        ("Klimaanlage laut", "Filter gereinigt"),
        ("Silikonfuge Wanne schimmelig", "Neu verfugt, Zimmer 24 h gesperrt"),
        ("Schranktuer ausgehaengt", "Scharnier neu montiert"),
        ("Wasserkocher loest Sicherung aus", "Wasserkocher ersetzt"),
    ],
    "fr": [
        ("Douche s'evacue mal", "Siphon debouche"),
        ("Telecommande en panne", "Piles changees"),
        ("Radiateur froid", "Purge radiateur"),
        ("Chasse d'eau fuit", "Joint de mecanisme remplace"),
        ("Lampe de chevet clignote", "Ampoule changee"),
        ("Fenetre ne ferme pas", "Reglage ferrure"),
        ("Lecteur de carte HS", "Appel entreprise serrurerie"),
        ("Climatisation bruyante", "Filtre nettoye"),
        ("Joint de baignoire moisi", "Joint refait, chambre bloquee 24h"),
        ("Porte de placard degondee", "Charniere remontee"),
        ("Bouilloire fait disjoncter", "Bouilloire remplacee"),
    ],
}


def tpl_work_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The hotel's maintenance job ticket from a pad: room or area, reported by, the fault and
    the work done written by hand, priority ticks, time and parts, signed off; on A6 or A5
    landscape or a third of A4."""
    me = house(who, "ticket", ["plain", "tab"])
    lg = me.lang
    r = random.Random(zlib.crc32(f"bucket/ticket/{hotel().name}".encode()))
    size = r.choice([landscape(A6), landscape(A5), (A4[0], A4[1] / 3)])
    s = paper(who.style, size, margin=18, pt=7.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    p = Page(size)
    p.text(m, 22, fit(hotel().name, s.bold, 8, w / 2), s.bold, 8)
    title = tr(
        lg, "MAINTENANCE JOB TICKET", "REPARATURAUFTRAG HAUSTECHNIK", "BON D'INTERVENTION TECHNIQUE"
    )
    p.text(w - m, 22, fit(title, s.bold, 9, w / 2 - m), s.bold, 9, "right")
    p.text(w - m, 33, f"No {rng.randint(1000, 9999)}", "Courier-Bold", 9, "right")
    room = (
        str(rng.randint(1, 5) * 100 + rng.randint(1, 40))
        if rng.random() < 0.75
        else rng.choice(
            tr(
                lg,
                "Kitchen|Bar|Lobby|Laundry",
                "Kueche|Bar|Lobby|Waescherei",
                "Cuisine|Bar|Hall|Lingerie",
            ).split("|")
        )
    )
    y = fields(
        p,
        s,
        m,
        40,
        w - 2 * m,
        [
            (tr(lg, "Room / area", "Zimmer / Bereich", "Chambre / zone"), room),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
            (tr(lg, "Reported by", "Gemeldet von", "Signale par"), crew(rng, lg, 1)[0].split()[0]),
        ],
        per=3,
        tall=22,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Urgent|Today|This week|Room off sale",
            "Sofort|Heute|Diese Woche|Zimmer gesperrt",
            "Urgent|Jour|Semaine|Chambre bloquee",
        ).split("|"),
        {rng.randint(0, 3)},
        pt=7,
    )
    bh = max(24.0, (hh - y - 46) / 2)
    p.text(m, y, tr(lg, "Fault", "Schaden", "Panne"), s.font, 6.5)
    fault, fix = rng.choice(FAULTS[lg])
    hand_box(p, m, y + 3, w - 2 * m, bh, fault, rng)
    y += bh + 12
    p.text(
        m, y, tr(lg, "Work done / parts", "Erledigt / Material", "Travaux / pieces"), s.font, 6.5
    )
    done = rng.random() < 0.75
    hand_box(
        p,
        m,
        y + 3,
        w - 2 * m,
        bh,
        fix if done else "",
        rng,
    )
    y += bh + 14
    if y < hh - 4:
        p.text(
            m,
            y,
            f"{tr(lg, 'Time', 'Zeit', 'Temps')}: "
            f"{rng.choice(['15', '20', '30', '45', '60', '90'])} min",
            HAND,
            8,
        )
        if done:
            sign(p, w / 2, y + 1, staff(who, "maint"), 10)
    return [p]


JOBS = {
    "en": [
        ("Refrigeration", "Walk-in cold room not holding temperature"),
        ("Refrigeration", "Planned maintenance - kitchen refrigeration"),
        ("Lift", "Passenger lift 1 stopping out of level"),
        ("Lift", "Six-monthly service - passenger lifts"),
        ("Kitchen equipment", "Combi oven error code E34"),
        ("Kitchen equipment", "Dishwasher not reaching rinse temperature"),
    ],
    "de": [
        ("Kaelte", "Kuehlzelle erreicht Solltemperatur nicht"),
        ("Kaelte", "Wartung Kaelteanlagen Kueche"),
        ("Aufzug", "Personenaufzug 1 haelt nicht buendig"),
        ("Aufzug", "Halbjaehrliche Wartung Aufzugsanlage"),
        ("Kuechentechnik", "Kombidaempfer Stoerung E34"),
        ("Kuechentechnik", "Spuelmaschine erreicht Klarspueltemperatur nicht"),
    ],
    "fr": [
        ("Froid", "Chambre froide positive hors temperature"),
        ("Froid", "Maintenance preventive froid cuisine"),
        ("Ascenseur", "Ascenseur 1 arret hors niveau"),
        ("Ascenseur", "Visite semestrielle ascenseurs"),
        ("Materiel cuisine", "Four mixte defaut E34"),
        ("Materiel cuisine", "Lave-vaisselle temperature rincage insuffisante"),
    ],
}


CHECKS = [
    {
        "en": "Condenser coil cleaned|Evaporator drain clear|Door seals|Refrigerant leak check "
        "(F-gas)|Controller settings|Alarm test|Electrical connections|Fan operation|Defrost "
        "cycle|Temperature after service",
        "de": "Verfluessiger gereinigt|Tauwasserablauf frei|Tuerdichtungen|Dichtheitspruefung "
        "Kaeltemittel|Reglereinstellung|Alarmtest|Elektrische Anschluesse|Luefter|Abtauung|"
        "Temperatur nach Service",
        "fr": "Nettoyage condenseur|Evacuation condensats|Joints de porte|Controle d'etancheite "
        "fluide|Reglages regulateur|Test alarme|Connexions electriques|Ventilateurs|Degivrage|"
        "Temperature apres intervention",
    },
    {
        "en": "Landing doors and locks|Car door and safety edge|Levelling|Brake|Suspension ropes|"
        "Alarm and intercom|Car emergency lighting|Pit|Machine room|Temperature after service",
        "de": "Schachttueren / Verriegelung|Fahrkorbtuer / Lichtgitter|Haltegenauigkeit|Bremse|"
        "Tragseile|Notruf|Notbeleuchtung Fahrkorb|Schachtgrube|Triebwerksraum|"
        "Temperatur Triebwerksraum",
        "fr": "Portes palieres et verrouillage|Porte de cabine|Precision d'arret|Frein|Cables|"
        "Alarme et telephonie|Eclairage de secours cabine|Cuvette|Local machinerie|"
        "Temperature local machinerie",
    },
    {
        "en": "Door seal|Heating elements|Water inlet valve|Drain and pump|Detergent dosing|"
        "Thermostats|Safety cut-out|Electrical connections|Descaling|Temperature after service",
        "de": "Tuerdichtung|Heizkoerper|Magnetventil Zulauf|Ablaufpumpe|Dosierung Reiniger|"
        "Thermostate|Sicherheitstemperaturbegrenzer|Elektrische Anschluesse|Entkalkung|"
        "Temperatur nach Service",
        "fr": "Joint de porte|Resistances|Electrovanne|Pompe de vidange|Dosage lessiviel|"
        "Thermostats|Securite thermique|Connexions electriques|Detartrage|"
        "Temperature apres intervention",
    },
]


ENG_TALK = {
    "en": "checked tested replaced adjusted cleaned unit fan motor seal temperature pressure "
    "sensor controller fault reset running order door panel safe",
    "de": "geprueft getestet ersetzt eingestellt gereinigt Anlage Luefter Motor Dichtung "
    "Temperatur Druck Fuehler Regler Stoerung quittiert Betrieb Tuer",
    "fr": "verifie teste remplace regle nettoye appareil ventilateur moteur joint temperature "
    "pression sonde regulateur defaut acquitte fonctionnement porte",
}


def specialty(name: str) -> int:
    """0 refrigeration, 1 lifts, 2 kitchen equipment, from the firm's name."""
    if any(k in name for k in ("Lift", "Aufzug", "Ascenseur")):
        return 1
    if any(k in name for k in ("Kaelte", "Refriger", "Froid ")):
        return 0
    return 2


def tpl_engineer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A service contractor's job sheet (refrigeration, lifts, kitchen equipment): the call,
    the engineer's findings and work written in, parts used, travel and labour time, follow-up
    ticks and both signatures; sometimes a checklist or readings page behind."""
    h = firm(who, "engineer", ["tab", "monogram", "corner", "plain"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9))
    w, _ = A4
    m = s.margin
    d = on(rng)
    trade = specialty(h.name)
    kind, job = rng.choice(JOBS[lg][2 * trade : 2 * trade + 2])
    eng = staff(who, "eng", lg)
    title = tr(
        lg,
        "SERVICE REPORT / JOB SHEET",
        "SERVICEBERICHT / ARBEITSNACHWEIS",
        "RAPPORT D'INTERVENTION",
    )
    f = sheet(s, h, f"{h.name} - {title}")
    f.page.text(m, f.y, title, s.bold, 12)
    f.page.text(w - m, f.y, serial(rng, "SR 999999"), s.font, 9, "right")
    f.y += 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), hotel().name),
            (tr(lg, "Site address", "Einsatzort", "Adresse"), hotel().street),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (tr(lg, "Equipment", "Anlage", "Equipement"), kind),
            (
                tr(lg, "Order / contract", "Auftrag / Vertrag", "Bon / contrat"),
                serial(rng, "PO9999"),
            ),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    for lab, text, hgt in (
        (
            tr(
                lg,
                "Reported fault / reason for visit",
                "Stoerung / Anlass",
                "Motif de l'intervention",
            ),
            job,
            40,
        ),
        (
            tr(lg, "Work carried out", "Ausgefuehrte Arbeiten", "Travaux effectues"),
            prose(rng, lg, 2, 4, ENG_TALK[lg]),
            110,
        ),
    ):
        f.page.text(m, f.y, lab, s.bold, 8)
        hand_box(f.page, m, f.y + 4, w - 2 * m, hgt, text, rng)
        f.y += hgt + 18
    parts = [
        [
            serial(rng, "99-9999"),
            rng.choice(
                tr(
                    lg,
                    "Door gasket|Fan motor|Thermostat|Relay|Filter drier|Door contact",
                    "Tuerdichtung|Luefter|Thermostat|Relais|Filtertrockner|Tuerkontakt",
                    "Joint de porte|Ventilateur|Thermostat|Relais|Deshydrateur|Contact de porte",
                ).split("|")
            ),
            str(rng.randint(1, 2)),
        ]
        for _ in range(rng.randint(0, 4))
    ]
    if parts:
        grid(
            f,
            s,
            [(1.2, "left"), (4, "left"), (0.6, "right")],
            [
                tr(lg, "Part no.", "Teile-Nr.", "Ref."),
                tr(lg, "Parts used", "Material", "Pieces"),
                tr(lg, "Qty", "Menge", "Qte"),
            ],
            parts,
            rules=True,
        )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Arrived", "Ankunft", "Arrivee"),
                f"{rng.randint(7, 15)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Departed", "Abfahrt", "Depart"),
                f"{rng.randint(10, 18)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Travel (h)", "Fahrzeit (h)", "Deplacement (h)"),
                str(rng.choice([0.5, 1, 1.5])),
            ),
            (tr(lg, "Labour (h)", "Arbeitszeit (h)", "Main d'oeuvre (h)"), str(rng.randint(1, 6))),
        ],
        per=4,
        tall=24,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "Job complete|Further visit required|Quote to follow|Equipment left safe",
            "Erledigt|Folgeeinsatz noetig|Angebot folgt|Anlage betriebssicher",
            "Termine|Nouvelle intervention|Devis a suivre|Installation en securite",
        ).split("|"),
        {k for k in range(4) if rng.random() < 0.5},
        pt=8,
    )
    f.need(50)
    f.y += 16
    sign(f.page, m, f.y, eng)
    sign(f.page, w / 2, f.y, staff(who, "maint"))
    f.page.text(m, f.y + 12, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7)
    f.page.text(w / 2, f.y + 12, tr(lg, "Customer (print and sign)", "Kunde", "Client"), s.font, 7)
    f.y += 24
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Checklist and readings",
                "Pruefliste und Messwerte",
                "Points de controle et releves",
            ),
            1,
        )
        items = CHECKS[trade][lg].split("|")
        rows = [
            [
                t,
                tr(lg, "OK", "i.O.", "OK") if rng.random() < 0.85 else "X",
                f"{rng.uniform(-22, 6):.1f} C" if k == len(items) - 1 else "",
            ]
            for k, t in enumerate(items)
        ]
        grid(
            f,
            s,
            [(5, "left"), (1, "center"), (1.5, "right")],
            [
                tr(lg, "Check", "Pruefpunkt", "Point"),
                tr(lg, "Result", "Ergebnis", "Resultat"),
                tr(lg, "Reading", "Messwert", "Mesure"),
            ],
            rows,
            rules=True,
            step=2.0,
        )
        if trade == 0:
            write(
                f,
                s,
                f"{tr(lg, 'Refrigerant', 'Kaeltemittel', 'Fluide')}: "
                f"{rng.choice(['R404A', 'R134a', 'R290', 'R449A'])}  "
                f"{rng.uniform(0.3, 6):.2f} kg",
                pt=s.size - 1,
            )
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates BB: guests (complaints and replies) and card payments
# ---------------------------------------------------------------------------------------------

GRIPES = {
    "en": "room noise night sleep shower breakfast cold staff rude booking charged twice "
    "refund disappointed dirty towels air conditioning lift broken manager stay",
    "de": "Zimmer Laerm Nacht Schlaf Dusche Fruehstueck kalt Personal unfreundlich Buchung "
    "doppelt belastet Erstattung enttaeuscht schmutzig Handtuecher Klimaanlage Aufzug",
    "fr": "chambre bruit nuit sommeil douche petit-dejeuner froid personnel desagreable "
    "reservation debite deux fois remboursement decu sale serviettes climatisation",
}


def complainant(who: Issuer) -> tuple[str, list[str]]:
    """The guest who complains (fixed by the issuer, so that the reply goes to the same guest):
    the guest's language and address."""
    r = seeded(who, "guest")
    lg = hotel().lang if r.random() < 0.75 else r.choice(["en", "de", "fr"])
    return lg, a_guest(r, lg)


def folio_copy(rng: random.Random, who: Issuer, d: date) -> Page:
    """A photocopy of the hotel's folio as a guest encloses it: the top of a folio, a table of
    charges, one line circled by hand."""
    ho = hotel()
    lg = ho.lang
    p = Page(A4)
    w, _ = A4
    p.text(60, 60, ho.name, "Helvetica-Bold", 13)
    p.text(60, 73, f"{ho.street}, {ho.town}", "Helvetica", 7)
    p.text(
        60,
        130,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE") + f"  {serial(rng, '999999')}",
        "Helvetica-Bold",
        11,
    )
    y = 160.0
    circled = rng.randint(2, 6)
    for k in range(rng.randint(5, 12)):
        name, price = rng.choice(EXTRAS[lg])
        p.text(60, y, date_text(d + timedelta(days=k // 3), lg, "short"), "Helvetica", 8.5)
        p.text(140, y, name, "Helvetica", 8.5)
        p.text(w - 60, y, money(price, lg), "Helvetica", 8.5, "right")
        if k == circled:
            p.rect(135, y - 11, w - 190, 15)
            p.text(w - 55, y + 1, "??", HAND, 12)
        y += 14
    p.text(
        w - 60,
        y + 10,
        f"{tr(lg, 'Total', 'Gesamt', 'Total')} {money(rng.uniform(150, 900), lg)}",
        "Helvetica-Bold",
        9,
        "right",
    )
    p.text(60, 790, tr(lg, "copy", "Kopie", "copie"), HAND, 11)
    return p


def tpl_complaint_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest's complaint letter, typed at home (or a printed e-mail) in the guest's
    language, unnumbered, signed by hand; sometimes with a copy of the folio or a sheet of
    photos enclosed, which belong to the letter."""
    lg, addr = complainant(who)
    name = addr[0].split(" ", 1)[1]
    s = paper(who.style, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    stay = d - timedelta(days=rng.randint(4, 30))
    email = rng.random() < 0.35

    def start(p: Page, n: int) -> float:
        if n > 1:
            return m
        if email:
            p.text(
                m,
                30,
                fit(
                    f"{name} <{name.lower().replace(' ', '.')}@"
                    f"{rng.choice(['gmail.com', 'web.de', 'orange.fr', 'outlook.com'])}>",
                    "Helvetica",
                    7,
                    w - 2 * m,
                ),
                "Helvetica",
                7,
            )
            p.text(w - m, 30, date_text(d, lg, "short"), "Helvetica", 7, "right")
            yy = m + 10
            for lab, val in (
                (tr(lg, "From", "Von", "De"), name),
                (tr(lg, "To", "An", "A"), f"info@{hotel().name.lower().replace(' ', '')[:18]}.com"),
                (tr(lg, "Sent", "Gesendet", "Envoye"), date_text(d, lg, "long")),
                (
                    tr(lg, "Subject", "Betreff", "Objet"),
                    tr(
                        lg,
                        f"Complaint - my stay on {date_text(stay, lg, 'short')}",
                        f"Beschwerde Aufenthalt {date_text(stay, lg, 'short')}",
                        f"Reclamation sejour du {date_text(stay, lg, 'short')}",
                    ),
                ),
            ):
                p.text(m, yy, f"{lab}:", "Helvetica-Bold", 9)
                p.text(m + 60, yy, fit(val, "Helvetica", 9, w - 2 * m - 60), "Helvetica", 9)
                yy += 12
            p.line(m, yy, w - m, yy)
            return yy + 20
        yy = m
        for t in addr:
            p.text(w - m, yy, t, s.font, s.size, "right")
            yy += s.size * 1.3
        yy += 20
        for t in hotel_lines(
            tr(lg, "The General Manager", "z. Hd. Hoteldirektion", "A l'attention du directeur")
        ):
            p.text(m, yy, t, s.font, s.size)
            yy += s.size * 1.3
        yy += 16
        p.text(w - m, yy, date_text(d, lg, "long"), s.font, s.size, "right")
        return yy + 30

    f = Sheet((w, hh), hh - m - 20, start)
    if not email:
        caption(
            f,
            s,
            tr(
                lg,
                f"Re: my stay from {date_text(stay, lg, 'short')}",
                f"Beschwerde zu meinem Aufenthalt vom {date_text(stay, lg, 'short')}",
                f"Objet : reclamation - sejour du {date_text(stay, lg, 'short')}",
            ),
            0,
        )
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    for _ in range(rng.randint(3, 8)):
        write(f, s, prose(rng, lg, 2, 5, GRIPES[lg]))
    write(
        f,
        s,
        tr(
            lg,
            "I look forward to your reply and a suitable refund.",
            "Ich erwarte Ihre Stellungnahme und eine angemessene Erstattung.",
            "Dans l'attente de votre reponse et d'un geste commercial.",
        ),
    )
    f.need(70)
    f.page.text(
        m,
        f.y,
        tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen", "Cordialement,"),
        s.font,
        s.size,
    )
    f.y += 30
    if not email:
        sign(f.page, m, f.y, name)
        f.y += 10
    f.page.text(m, f.y, name, s.font, s.size)
    f.y += 20
    encl = rng.random()
    if encl < 0.5 and not email:
        f.page.text(m, f.y, tr(lg, "Enc.", "Anlagen", "PJ"), s.font, s.size - 1)
    pages = list(f.pages)
    if email and len(pages) > 0:
        for k, p in enumerate(pages, 1):
            p.text(w / 2, hh - 20, f"{k}/{len(pages)}", "Helvetica", 7, "center")
    if encl < 0.25:
        pages.append(folio_copy(rng, who, stay))
    elif encl < 0.5:
        ph = Page(A4)
        pw, _ = A4
        for k in range(rng.choice([2, 4, 6])):
            x = 50 + (k % 2) * (pw / 2 - 30)
            y = 50 + (k // 2) * 250
            photo(
                ph,
                x,
                y,
                pw / 2 - 70,
                200,
                rng,
                f"{tr(lg, 'Photo', 'Foto', 'Photo')} {k + 1}"
                f" - {words(rng, lg, 4, GRIPES[lg])[:-1]}",
            )
        pages.append(ph)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The hotel's reply to a guest's complaint on its letterhead, signed by the general
    manager; sometimes a voucher on a cut sheet enclosed, which belongs to the reply."""
    me = house(who, "letter")
    lg = me.lang
    s = paper(who.style, A4)

    d = on(rng)
    guest = complainant(who)[1]
    f = sheet(s, me, hotel().name)
    recipient(
        f,
        s,
        me,
        guest,
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Ref"), serial(rng, "GR/999"))],
        lg,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your recent stay with us",
            "Ihr Aufenthalt in unserem Haus",
            "Votre sejour dans notre etablissement",
        ),
        1,
    )
    dear(f, s, lg, guest[0])
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for taking the time to write to us about your stay, and please "
            "accept my sincere apologies.",
            "vielen Dank fuer Ihr Schreiben. Es tut uns sehr leid, dass Ihr Aufenthalt "
            "nicht Ihren Erwartungen entsprochen hat.",
            "Nous vous remercions pour votre courrier et vous prions d'accepter nos excuses.",
        ),
    )
    for _ in range(rng.randint(1, 4)):
        write(f, s, prose(rng, lg, 2, 4))
    voucher = rng.random() < 0.45
    if voucher:
        write(
            f,
            s,
            tr(
                lg,
                "As a gesture of goodwill please accept the enclosed voucher.",
                "Als kleine Entschuldigung legen wir Ihnen einen Gutschein bei.",
                "En guise de geste commercial, veuillez trouver ci-joint un bon cadeau.",
            ),
        )
    regards(
        f,
        s,
        lg,
        staff(who, "gm"),
        tr(lg, "General Manager", "Hoteldirektor/in", "Directeur/Directrice"),
    )
    pages = close(f.pages, s, me, numbers="none")
    if voucher:
        size = rng.choice([landscape(A5), (A4[0], A4[1] / 3), landscape(A6)])
        vw, vh = size
        p = Page(size)
        p.rect(10, 10, vw - 20, vh - 20)
        p.rect(14, 14, vw - 28, vh - 28)
        p.text(vw / 2, 44, hotel().name.upper(), "Times-Bold", 12, "center")
        t = tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU")
        p.text(vw / 2, vh / 2 - 6, t, "Times-Bold", 24, "center")
        p.text(
            vw / 2,
            vh / 2 + 16,
            rng.choice(
                tr(
                    lg,
                    "Dinner for two|One night with breakfast|"
                    f"{amount(50, lg)} towards your next stay",
                    "Abendessen fuer zwei Personen|Eine "
                    "Uebernachtung mit Fruehstueck|"
                    f"{amount(50, lg)} fuer Ihren naechsten "
                    "Aufenthalt",
                    "Un diner pour deux|Une nuit avec petit-"
                    "dejeuner|"
                    f"{amount(50, lg)} sur votre prochain "
                    "sejour",
                ).split("|")
            ),
            "Times-Italic",
            11,
            "center",
        )
        p.text(
            30,
            vh - 28,
            f"No {serial(rng, 'V9999')} - "
            + tr(lg, "valid until", "gueltig bis", "valable jusqu'au")
            + " "
            f"{date_text(d + timedelta(days=365), lg, 'short')}",
            "Helvetica",
            7,
        )
        sign(p, vw - 140, vh - 26, staff(who, "gm"), 11)
        pages.append(p)
    return pages


SCHEMES = {
    "en": ["VISA", "MASTERCARD", "MAESTRO", "AMEX", "VISA DEBIT"],
    "de": ["GIROCARD", "VISA", "MASTERCARD", "V PAY", "AMEX"],
    "fr": ["CB", "VISA", "MASTERCARD", "AMEX"],
}


def tpl_terminal_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A card terminal's end-of-day settlement report on a till-roll strip (58 or 80 mm): the
    merchant, terminal and batch numbers, counts and totals by card scheme, refunds and the
    grand total, 'transmission OK'."""
    lg = hotel().lang
    r = random.Random(zlib.crc32(f"bucket/terminal/{hotel().name}/{who.name}".encode()))
    width = r.choice([58, 80, 80])
    schemes = SCHEMES[lg]
    lines_n = 22 + 3 * len(schemes)
    size = (mm * width, lines_n * 10 + 60.0)
    w, _ = size
    p = Page(size)
    c = "Courier"
    pt = 6.5 if width == 58 else 7.5
    d = on(rng)
    y = 18.0
    outlet = r.choice(
        tr(
            lg, "RECEPTION|BAR|RESTAURANT", "REZEPTION|BAR|RESTAURANT", "RECEPTION|BAR|RESTAURANT"
        ).split("|")
    )
    for t in (hotel().name.upper(), outlet, hotel().town.upper()):
        p.text(w / 2, y, fit(t, c, pt, w - 10), c, pt, "center")
        y += pt * 1.35
    y += 6
    title = tr(lg, "END OF DAY REPORT", "KASSENSCHNITT / TAGESABSCHLUSS", "TELECOLLECTE / CLOTURE")
    p.text(
        w / 2, y, fit(title, "Courier-Bold", pt + 0.5, w - 8), "Courier-Bold", pt + 0.5, "center"
    )
    y += pt * 2
    for t in (
        f"TID: {serial(r, '99999999')}",
        f"MID: {serial(r, '999999999999')}",
        f"{date_text(d, lg, 'short')}  {rng.randint(22, 23)}:{rng.randint(10, 59)}",
        f"{tr(lg, 'BATCH', 'BATCH-NR', 'REMISE')} {rng.randint(1, 999):03d}",
    ):
        p.text(6, y, fit(t, c, pt, w - 10), c, pt)
        y += pt * 1.35
    y += 4
    dashed(p, 6, w - 6, y - 4)
    y += 6
    total = 0.0
    cnt = 0
    for sc in schemes:
        if rng.random() < 0.25:
            continue
        n = rng.randint(1, 40)
        v = round(n * rng.uniform(20, 180), 2)
        total += v
        cnt += n
        p.text(6, y, sc, "Courier-Bold", pt)
        y += pt * 1.35
        p.text(6, y, f"{tr(lg, 'SALES', 'UMSATZ', 'DEBITS')} {n:>3}", c, pt)
        p.text(w - 6, y, money(v, lg), c, pt, "right")
        y += pt * 1.35
        if rng.random() < 0.15:
            rv = round(rng.uniform(10, 90), 2)
            total -= rv
            p.text(6, y, f"{tr(lg, 'REFUNDS', 'GUTSCHR.', 'CREDITS')}   1", c, pt)
            p.text(w - 6, y, "-" + money(rv, lg), c, pt, "right")
            y += pt * 1.35
        y += 3
    dashed(p, 6, w - 6, y - 4)
    y += 6
    p.text(6, y, f"{tr(lg, 'TOTAL', 'GESAMT', 'TOTAL')} {cnt}", "Courier-Bold", pt)
    p.text(w - 6, y, money(total, lg), "Courier-Bold", pt, "right")
    y += pt * 2.2
    p.text(w / 2, y, tr(lg, "TRANSMISSION OK", "UEBERTRAGUNG OK", "TRANSFERT OK"), c, pt, "center")
    y += pt * 1.6
    p.text(
        w / 2,
        y,
        tr(lg, "TOTALS RESET", "SUMMENSPEICHER GELOESCHT", "FIN DE TELECOLLECTE"),
        c,
        pt,
        "center",
    )
    if rng.random() < 0.3:
        p.text(
            10,
            y + 20,
            rng.choice(["ok", "gepr.", "vu", "checked"])
            + " "
            + staff(who, "nightaud").split()[0][:1],
            HAND,
            9,
        )
    return [p]


def tpl_merchant_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: the account summary on the first page,
    the settlements day by day over one to three pages, the charges by card type and the fee
    total; 'Page i of n' on every page."""
    h = firm(who, "acquirer", ["tab", "corner", "ledger"])
    lg = h.lang
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))

    d = on(rng).replace(day=1)
    mid = serial(seeded(who, "mid"), "999999999999")
    what = tr(lg, "Merchant statement", "Haendlerabrechnung", "Releve commercant")
    f = sheet(s, h, f"{h.name} - {what} - MID {mid}")
    recipient(
        f,
        s,
        h,
        hotel_lines(tr(lg, "Finance", "Buchhaltung", "Comptabilite")),
        (d + timedelta(days=35)).replace(day=rng.randint(2, 6)),
        [
            (tr(lg, "Merchant ID", "Haendler-Nr.", "N. commercant"), mid),
            (tr(lg, "Statement", "Abrechnung", "Releve"), serial(rng, "99999")),
        ],
        lg,
    )
    month = date_text(d, lg, "long").split(" ", 1)[1]
    caption(
        f,
        s,
        tr(
            lg,
            f"Merchant statement {month}",
            f"Monatsabrechnung {month}",
            f"Releve mensuel {month}",
        ),
        2,
    )
    days_n = 28 + rng.randint(0, 3)
    rows = []
    gross = 0.0
    fees = 0.0
    for k in range(days_n):
        v = rng.uniform(800, 9000)
        fee = v * rng.uniform(0.008, 0.016)
        gross += v
        fees += fee
        rows.append(
            [
                date_text(d + timedelta(days=k), lg, "short"),
                str(rng.randint(12, 140)),
                money(v, lg),
                money(fee, lg),
                money(v - fee, lg),
                date_text(d + timedelta(days=k + rng.choice([1, 2, 3])), lg, "short"),
            ]
        )
    sums(
        f,
        s,
        [
            (tr(lg, "Card sales", "Kartenumsaetze", "Montant des transactions"), money(gross, lg)),
            (tr(lg, "Charges", "Entgelte", "Commissions"), "-" + money(fees, lg)),
            (
                tr(lg, "Paid to your account", "Auszahlung", "Montant credite"),
                amount(gross - fees, lg),
            ),
        ],
    )
    write(
        f,
        s,
        prose(
            rng,
            lg,
            1,
            2,
            "card transaction settlement fee interchange scheme account payment merchant",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.6:
        f.new_page()
    caption(f, s, tr(lg, "Settlements", "Auszahlungen", "Remises"), 0.5)
    grid(
        f,
        s,
        [
            (1.2, "left"),
            (0.8, "right"),
            (1.4, "right"),
            (1.1, "right"),
            (1.4, "right"),
            (1.2, "right"),
        ],
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Txns", "Anz.", "Nbre"),
            tr(lg, "Gross", "Umsatz", "Brut"),
            tr(lg, "Fees", "Entgelt", "Comm."),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid", "Valuta", "Credite le"),
        ],
        rows,
        pt=s.size - 1.5,
        shade=0.9,
    )
    caption(
        f,
        s,
        tr(lg, "Charges by card type", "Entgelte nach Kartenart", "Commissions par type de carte"),
        0.5,
    )
    crow = []
    weights = {sc: rng.uniform(0.05, 0.4) for sc in SCHEMES[lg]}
    shares = {sc: v / sum(weights.values()) for sc, v in weights.items()}
    for sc in SCHEMES[lg]:
        share = shares[sc]
        crow.append(
            [
                sc,
                money(gross * share, lg),
                f"{rng.uniform(0.2, 2.5):.2f} %",
                money(fees * share, lg),
            ]
        )
    grid(
        f,
        s,
        [(2, "left"), (1.5, "right"), (1, "right"), (1.3, "right")],
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Volume", "Umsatz", "Volume"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        crow,
        pt=s.size - 1.5,
        rules=True,
    )
    if rng.random() < 0.4:
        # the acquirer's notices, printed on the back of the last sheet
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Important information", "Wichtige Hinweise", "Informations importantes"),
            1,
        )
        small_print(
            f,
            s,
            [
                prose(
                    rng,
                    lg,
                    2,
                    5,
                    tr(
                        lg,
                        "card transaction chargeback fee scheme statement account dispute "
                        "days notice settlement merchant agreement",
                        "Karte Umsatz Rueckbelastung Entgelt Abrechnung Konto Reklamation "
                        "Tage Frist Auszahlung Haendlervertrag",
                        "carte transaction impaye commission releve compte contestation "
                        "jours delai remise contrat commercant",
                    ),
                )
                for _ in range(rng.randint(6, 12))
            ],
            pt=7,
        )
    return close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_BB: dict[str, Template] = {
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "credit_note": tpl_credit_note,
    "guest_folio": tpl_guest_folio,
    "city_tax_return": tpl_city_tax_return,
    "city_tax_notice": tpl_city_tax_notice,
    "booking_confirmation": tpl_booking_confirmation,
    "group_contract": tpl_group_contract,
    "hygiene_inspection": tpl_hygiene_inspection,
    "fire_inspection": tpl_fire_inspection,
    "extinguisher_service": tpl_extinguisher_service,
    "pest_control": tpl_pest_control,
    "staff_rota": tpl_staff_rota,
    "agency_timesheet": tpl_agency_timesheet,
    "laundry_note": tpl_laundry_note,
    "work_order": tpl_work_order,
    "engineer_report": tpl_engineer_report,
    "complaint_letter": tpl_complaint_letter,
    "complaint_reply": tpl_complaint_reply,
    "terminal_report": tpl_terminal_report,
    "merchant_statement": tpl_merchant_statement,
}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_note",
    "credit_note",
    "guest_folio",
    "staff_rota",
    "agency_timesheet",
    "laundry_note",
    "work_order",
    "terminal_report",
)
#: A kind often followed by a related paper from another sender (or another paper of the same
#: supplier).
FOLLOWS = {
    "delivery_note": "supplier_invoice",
    "city_tax_return": "city_tax_notice",
    "booking_confirmation": "guest_folio",
    "hygiene_inspection": "pest_control",
    "fire_inspection": "extinguisher_service",
    "work_order": "engineer_report",
    "complaint_letter": "complaint_reply",
    "terminal_report": "merchant_statement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_bucket_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One hotel's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The hotel (and so
    the country, its authorities and outside firms) is drawn once per stream."""
    STAY["hotel"] = rng.choice(HOTELS)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_BB, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_bucket_stream, "templates BB")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

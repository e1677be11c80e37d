"""Cask part of the generated corpus: templates MM, written blind for the next measurement.

A part of its own, ``cask``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a wine
merchant with a small winery of its own (in England, Germany or France) feeds through its
scanner: grape purchase contracts with growers (Traubenliefervertrag, contrat d'achat de
raisins) with the parcel schedule, the parcel plan and the conditions, the winery's grape
settlement statements to its growers (Traubengeldabrechnung, décompte de vendange) and the
weighbridge tickets of the grape reception, excise movement documents (e-AD, e-VD, DAE
printouts from EMCS), the forwarder's export declarations (CDS print, Ausfuhrbegleitdokument,
document d'accompagnement export), laboratory certificates of analysis (Prüfbericht, bulletin
d'analyse), organic certificates under Regulation (EU) 2018/848 and the control body's
inspection reports, bottling-line, glass, closure and label suppliers' delivery notes and
invoices, the winery's own invoices and credit notes to its customers, its price lists to the
trade, trade fair exhibitor contracts with the hall plan, tasting-event invitations, cellar
stock sheets, bank and insurer letters, wine authority letters (the Wine Standards team, the
Landwirtschaftskammer's notice of the official test number, the INAO, the customs' wine
register) and restaurant orders. Each stream is one business's pile: the business (country,
name, wines, growers, customers, month) is drawn once per stream; the winery's own papers, its
growers, its forwarder, laboratory, control body, bank, insurer and authority are of its
country and write in its language; suppliers, customers, trade fairs and importers are
English, German or French and each writes in its own language. Page sizes range from narrow
weighbridge tickets and A5 delivery notes, credit notes and invitation cards to A4, Letter,
landscape A5 and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
parcel schedule, parcel plan, general conditions and signature page of a grape contract; the
delivery list on the second page of a settlement statement; the continuation page of an e-AD;
the forwarder's covering note in front of an export declaration and the declaration's item
pages; the second results page of a certificate of analysis; the product annex of an organic
certificate; the checklist pages, findings page and photo sheet of an inspection report; the
label proof and the terms page of a supplier's invoice; the delivery conditions page of an
invoice; the covering letter, list pages and order form of a price list; the hall plan and
conditions behind a fair contract or a stand confirmation; the reply form of an invitation;
the second page of a stock sheet; the schedule behind a bank's or an insurer's letter; the
appeal instructions and fee page of an authority's notice; the fax cover sheet in front of a
restaurant's order. Related papers are documents of their own: every weighbridge ticket, every
e-AD, the settlement after the contract, the export declaration after the e-AD, the supplier's
invoice after its own delivery note, the winery's invoice after a restaurant's order, the
credit note after the invoice, the organic certificate after the inspection report, the
authority's test-number notice after the laboratory certificate, a restaurant's order after the
price list.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: weighbridge tickets, e-ADs,
certificates of analysis, delivery notes, customer invoices, credit notes, stock sheets and
restaurant orders often come 2-4 in a row from one sender with other dates, numbers, wines and
amounts; and companions: each related paper above often follows the document it belongs with,
about the same grower, customer, wine or order. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "cask"`` and
seeds offset by 3_800_000.

Usage: ``python benchmarks/corpus_cask.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cask/cask_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cash,
    cell,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    italic_of,
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
from corpus_kit import (
    hand as scribble,
)

PART = "cask"
SEED_OFFSET = 3_800_000

MM = 72 / 25.4
A4L = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
#: The business whose pile it is: name, street, town, telephone, region.
HOUSES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "en": [
        (
            "Hollowdene Estate Wines Ltd",
            "Hollowdene Lane, Ditchling",
            "Hassocks BN6 8TJ",
            "01273 845 210",
            "Sussex",
        ),
        (
            "Coombe Barrow Vineyard & Wine Merchants",
            "The Old Dairy, Coombe Lane",
            "Canterbury CT4 6HJ",
            "01227 702 455",
            "Kent",
        ),
    ],
    "de": [
        ("Weingut Kessler-Hahn", "Weinstraße 41", "67146 Deidesheim", "06326 98 41 0", "Pfalz"),
        (
            "Weinhandel & Weingut Brandt GbR",
            "Kirchgasse 7",
            "55234 Flonheim",
            "06734 91 22 0",
            "Rheinhessen",
        ),
    ],
    "fr": [
        (
            "Domaine Vernière-Lacombe",
            "12 rue des Tonneliers",
            "21190 Meursault",
            "03 80 21 44 96",
            "Bourgogne",
        ),
        (
            "Maison Gaudry & Fils - Vins et Domaine",
            "4 route de Saumur",
            "37500 Chinon",
            "02 47 93 18 60",
            "Touraine",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "forwarder": {
        "en": [
            (
                "Channel Bonded Logistics Ltd",
                "Unit 9, Port Zone",
                "Dover CT16 1JA",
                "01304 218 400",
            ),
            ("Weald Freight & Customs Services", "Riverside Way", "Ashford TN24 0GT", ""),
        ],
        "de": [
            ("Spedition Hammes GmbH & Co. KG", "Am Rheinhafen 12", "67061 Ludwigshafen", ""),
            ("Zollagentur Pfeiffer & Roth", "Hafenstraße 3", "55120 Mainz", "06131 61 44 0"),
        ],
        "fr": [
            ("Transports Moreau - Commissionnaire en douane", "ZI Nord", "21200 Beaune", ""),
            ("Transit Val de Loire SARL", "8 rue de l'Industrie", "37000 Tours", "02 47 66 10 30"),
        ],
    },
    "lab": {
        "en": [
            ("Weald Oenology Laboratory Ltd", "Unit 2, Bell Lane", "Uckfield TN22 1QL", ""),
            ("Corkwise Wine Analysis", "14 Stour Street", "Canterbury CT1 2NR", "01227 456 900"),
        ],
        "de": [
            ("Weinlabor Dr. Raabe", "Bahnhofstraße 18", "67433 Neustadt a. d. W.", ""),
            ("Önologisches Labor Rheinhessen GmbH", "Mainzer Straße 90", "55232 Alzey", ""),
        ],
        "fr": [
            ("Laboratoire Oenocôte", "5 avenue Charles de Gaulle", "21200 Beaune", ""),
            ("Laboratoire d'Oenologie de Touraine", "21 quai Paul Bert", "37100 Tours", ""),
        ],
    },
    "certifier": {
        "en": [
            ("Verdant Organic Certification Ltd", "Greenhill House", "Stroud GL5 3BH", ""),
        ],
        "de": [
            ("Öko-Prüfstelle Südwest GmbH", "Industriestraße 5", "76829 Landau", "06341 55 70 0"),
        ],
        "fr": [
            ("Certibio Contrôle SAS", "Parc Technologique", "31670 Labège", "05 61 39 44 00"),
        ],
    },
    "supplier": {
        "en": [
            ("Kentish Label & Print Ltd", "Unit 6, Lympne Industrial Park", "Hythe CT21 4LR", ""),
            ("Mobile Bottling Services UK", "Hop Farm Yard", "Paddock Wood TN12 6PY", ""),
            ("Albion Glass & Closures Ltd", "Canal Road", "Worksop S80 2EH", "01909 471 300"),
        ],
        "de": [
            ("Etikettendruckerei Hofmann GmbH", "Gutenbergring 4", "67227 Frankenthal", ""),
            ("Korkwerk Bender KG", "Industriestraße 21", "55543 Bad Kreuznach", ""),
            ("Abfüllservice Walter", "Im Weinberg 3", "67098 Bad Dürkheim", "06322 66 01 2"),
            ("Glas & Verschluss Handel Pfalz GmbH", "Hafenstraße 9", "67346 Speyer", ""),
        ],
        "fr": [
            (
                "Imprimerie Lardy Étiquettes",
                "ZA Les Champs Dolents",
                "21700 Nuits-Saint-Georges",
                "",
            ),
            ("Bouchages Delage", "Route de Cognac", "16100 Cognac", "05 45 82 14 00"),
            ("Embouteillage Mobile Bourguignon", "3 rue du Pressoir", "71150 Chagny", ""),
            ("Verrerie du Val de Saône - Distribution", "Port Nord", "71100 Chalon-sur-Saône", ""),
        ],
    },
    "bank": {
        "en": [
            ("Downland Bank plc - Agricultural Banking", "22 High Street", "Lewes BN7 2LU", ""),
            ("Harrow & Kent Bank - Business Centre", "1 Longmarket", "Canterbury CT1 2JS", ""),
        ],
        "de": [
            ("Volksbank Weinland eG", "Marktplatz 2", "67433 Neustadt a. d. W.", ""),
            ("Sparkasse Rhein-Haardt", "Rathausplatz 1", "67098 Bad Dürkheim", ""),
        ],
        "fr": [
            (
                "Crédit Agricole Champagne-Bourgogne - Agence de Beaune",
                "2 place Carnot",
                "21200 Beaune",
                "",
            ),
            ("Banque Populaire Val de France", "9 rue Nationale", "37000 Tours", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Cellarsure Underwriting Agency", "40 Lime Street", "London EC3M 7AW", ""),
            ("NFU Rural Mutual Insurance", "Tiddington Road", "Stratford-upon-Avon CV37 7BJ", ""),
        ],
        "de": [
            (
                "Vereinigte Hagel- und Weinbau-Versicherung VVaG",
                "Wilhelmstraße 25",
                "35392 Gießen",
                "",
            ),
            ("Rheinpfalz Versicherung AG", "Ludwigsplatz 4", "67059 Ludwigshafen", ""),
        ],
        "fr": [
            (
                "Groupama Rhône-Alpes Auvergne - Viticulture",
                "50 rue de Saint-Cyr",
                "69009 Lyon",
                "",
            ),
            ("Mutuelle Vigneronne d'Assurances", "12 boulevard Béranger", "37000 Tours", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Food Standards Agency - Wine Standards",
                "Foss House, Kings Pool",
                "York YO1 7PR",
                "",
            ),
            ("HM Revenue & Customs - Excise Approvals", "BX9 1GL", "Bootle", ""),
        ],
        "de": [
            (
                "Landwirtschaftskammer Rheinland-Pfalz - Qualitätsweinprüfung",
                "Burgenlandstraße 7",
                "55543 Bad Kreuznach",
                "",
            ),
            (
                "Hauptzollamt Koblenz - Sachgebiet B",
                "Ferdinand-Sauerbruch-Str. 19",
                "56073 Koblenz",
                "",
            ),
        ],
        "fr": [
            (
                "Institut national de l'origine et de la qualité - INAO",
                "12 rue Henri Rol-Tanguy",
                "93100 Montreuil",
                "",
            ),
            (
                "Direction régionale des douanes - Service viticulture",
                "9 rue de la Gare",
                "21000 Dijon",
                "",
            ),
        ],
    },
    "fair": {
        "en": [("London Wine Trade Week Ltd", "Olympia, Hammersmith Road", "London W14 8UX", "")],
        "de": [("WeinMesse Rhein-Main GmbH", "Messeplatz 1", "60327 Frankfurt am Main", "")],
        "fr": [
            (
                "Comexpo Vins & Spiritueux SAS",
                "1 place de la Porte de Versailles",
                "75015 Paris",
                "",
            )
        ],
    },
    "importer": {
        "en": [
            ("Fenwick & Hale Fine Wine Importers", "31 Borough High Street", "London SE1 1LX", ""),
            ("The Vintners' Table Ltd", "4 Mill Yard", "Bath BA1 5EB", "01225 310 422"),
        ],
        "de": [
            ("Weinimport Lindner & Söhne", "Gerberstraße 14", "80331 München", ""),
            ("Vinothek am Dom GmbH", "Domkloster 2", "50667 Köln", ""),
        ],
        "fr": [
            ("Cave Saint-Roch - Importateur", "18 rue Saint-Roch", "75001 Paris", ""),
            ("Les Vins du Nord SARL", "7 place du Théâtre", "59000 Lille", ""),
        ],
    },
    "restaurant": {
        "en": [
            ("The Sorrel Kitchen", "14 Ship Street", "Brighton BN1 1AD", "01273 202 118"),
            ("The Anchor Inn", "Main Road", "Barcombe BN8 5BS", ""),
            ("Fenwick House Hotel & Restaurant", "Castle Street", "Canterbury CT1 2PT", ""),
            ("Osteria Bianchi", "22 Lower Marsh", "London SE1 7RJ", "020 7928 4410"),
        ],
        "de": [
            ("Restaurant Zum Goldenen Hirsch", "Marktstraße 12", "67146 Deidesheim", ""),
            ("Hotel Ritter - Weinstube", "Hauptstraße 78", "67433 Neustadt a. d. W.", ""),
            ("Gasthaus Lindenhof", "Lindenplatz 3", "55232 Alzey", "06731 44 12"),
            ("Brasserie am Rhein", "Rheinufer 5", "55116 Mainz", ""),
        ],
        "fr": [
            ("Restaurant Le Comptoir des Vignes", "3 place Monge", "21200 Beaune", ""),
            ("Bistrot du Marché", "14 rue des Halles", "37000 Tours", "02 47 05 22 61"),
            ("Hôtel-Restaurant La Côte d'Or", "22 route de Dijon", "21190 Meursault", ""),
            ("Brasserie Lutetia", "45 boulevard Raspail", "75006 Paris", ""),
        ],
    },
}
FIRSTS = {
    "en": [
        "James",
        "Sarah",
        "Tom",
        "Rachel",
        "Oliver",
        "Hannah",
        "Mark",
        "Lucy",
        "Ben",
        "Claire",
        "Ravi",
        "Megan",
    ],
    "de": [
        "Jürgen",
        "Sabine",
        "Markus",
        "Katrin",
        "Stefan",
        "Andrea",
        "Florian",
        "Julia",
        "Matthias",
        "Anke",
        "Tobias",
    ],
    "fr": [
        "Pierre",
        "Isabelle",
        "Nicolas",
        "Céline",
        "Jérôme",
        "Sandrine",
        "Antoine",
        "Aurélie",
        "Olivier",
        "Manon",
    ],
}
LASTS = {
    "en": [
        "Whitlock",
        "Harding",
        "Moreton",
        "Pryce",
        "Ashdown",
        "Kemp",
        "Fuller",
        "Okafor",
        "Barnes",
        "Lindqvist",
        "Hale",
    ],
    "de": [
        "Schäfer",
        "Becker",
        "Hahn",
        "Klein",
        "Braun",
        "Zimmermann",
        "Wolf",
        "Krämer",
        "Bender",
        "Seeger",
        "Roth",
    ],
    "fr": [
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bonnet",
        "Rousseau",
        "Fontaine",
        "Mercier",
        "Chevalier",
        "Guérin",
    ],
}
FEMALE = {
    "Sarah",
    "Rachel",
    "Hannah",
    "Lucy",
    "Claire",
    "Megan",
    "Sabine",
    "Katrin",
    "Andrea",
    "Julia",
    "Anke",
    "Isabelle",
    "Céline",
    "Sandrine",
    "Aurélie",
    "Manon",
}

# name, colour (sp | w | ro | r | sw), appellation, alcohol
WineRow = tuple[str, str, str, float]
WINES: dict[str, list[WineRow]] = {
    "Sussex": [
        ("Classic Cuvée Brut", "sp", "Sussex PDO Quality Sparkling Wine", 12.0),
        ("Blanc de Blancs Brut", "sp", "Sussex PDO Quality Sparkling Wine", 12.0),
        ("Rosé Brut", "sp", "English Quality Sparkling Wine", 12.0),
        ("Bacchus", "w", "English Wine PDO", 11.0),
        ("Chardonnay Barrel Reserve", "w", "Sussex PDO", 11.5),
        ("Pinot Noir Précoce", "r", "English Wine PDO", 12.0),
        ("Ortega Late Harvest", "sw", "English Wine PDO", 10.5),
    ],
    "Kent": [
        ("Kent Classic Brut", "sp", "English Quality Sparkling Wine", 12.0),
        ("Blanc de Noirs Brut", "sp", "English Quality Sparkling Wine", 12.5),
        ("Bacchus Fumé", "w", "English Wine PDO", 11.5),
        ("Solaris", "w", "English Wine PDO", 12.5),
        ("Pinot Noir Rosé", "ro", "English Wine PDO", 11.5),
        ("Pinot Noir", "r", "English Wine PDO", 12.0),
    ],
    "Pfalz": [
        ("Riesling trocken", "w", "Qualitätswein Pfalz", 12.0),
        ("Deidesheimer Leinhöhle Riesling Kabinett", "w", "Prädikatswein Pfalz", 10.0),
        ("Forster Ungeheuer Riesling trocken", "w", "Qualitätswein Pfalz", 13.0),
        ("Grauburgunder trocken", "w", "Qualitätswein Pfalz", 13.0),
        ("Weißburgunder trocken", "w", "Qualitätswein Pfalz", 12.5),
        ("Spätburgunder trocken", "r", "Qualitätswein Pfalz", 13.5),
        ("Rosé trocken", "ro", "Qualitätswein Pfalz", 12.0),
        ("Riesling Sekt b.A. brut", "sp", "Pfalz", 12.0),
    ],
    "Rheinhessen": [
        ("Flonheimer Adelberg Silvaner trocken", "w", "Qualitätswein Rheinhessen", 12.5),
        ("Riesling feinherb", "w", "Qualitätswein Rheinhessen", 11.0),
        ("Scheurebe Spätlese", "sw", "Prädikatswein Rheinhessen", 9.0),
        ("Müller-Thurgau Gutswein", "w", "Qualitätswein Rheinhessen", 11.5),
        ("Dornfelder trocken", "r", "Qualitätswein Rheinhessen", 13.0),
        ("Spätburgunder Blanc de Noirs", "w", "Qualitätswein Rheinhessen", 12.5),
        ("Secco Rosé", "sp", "Perlwein", 11.0),
    ],
    "Bourgogne": [
        ("Bourgogne Aligoté", "w", "AOC Bourgogne Aligoté", 12.5),
        ("Bourgogne Chardonnay", "w", "AOC Bourgogne", 13.0),
        ("Meursault « Les Narvaux »", "w", "AOC Meursault", 13.5),
        ("Meursault 1er Cru « Charmes »", "w", "AOC Meursault Premier Cru", 13.5),
        ("Bourgogne Pinot Noir", "r", "AOC Bourgogne", 13.0),
        ("Volnay « Vieilles Vignes »", "r", "AOC Volnay", 13.5),
        ("Crémant de Bourgogne Brut", "sp", "AOC Crémant de Bourgogne", 12.0),
    ],
    "Touraine": [
        ("Chinon « Les Graves »", "r", "AOC Chinon", 12.5),
        ("Chinon « Vieilles Vignes »", "r", "AOC Chinon", 13.0),
        ("Chinon rosé", "ro", "AOC Chinon", 12.5),
        ("Vouvray sec", "w", "AOC Vouvray", 12.5),
        ("Touraine Sauvignon", "w", "AOC Touraine", 12.5),
        ("Crémant de Loire Brut", "sp", "AOC Crémant de Loire", 12.0),
    ],
}
VARIETIES = {
    "Sussex": ["Chardonnay", "Pinot Noir", "Pinot Meunier", "Bacchus", "Ortega"],
    "Kent": ["Chardonnay", "Pinot Noir", "Pinot Meunier", "Bacchus", "Solaris", "Seyval Blanc"],
    "Pfalz": ["Riesling", "Grauburgunder", "Weißburgunder", "Spätburgunder", "Dornfelder"],
    "Rheinhessen": ["Silvaner", "Riesling", "Müller-Thurgau", "Scheurebe", "Spätburgunder"],
    "Bourgogne": ["Chardonnay", "Pinot Noir", "Aligoté", "Gamay"],
    "Touraine": ["Cabernet Franc", "Chenin Blanc", "Sauvignon Blanc"],
}
PLACES = {
    "Sussex": ["Ditchling", "Clayton", "Plumpton", "Streat", "Westmeston", "Offham"],
    "Kent": ["Barham", "Womenswold", "Kingston", "Bridge", "Chartham", "Petham"],
    "Pfalz": ["Deidesheim", "Forst", "Ruppertsberg", "Wachenheim", "Niederkirchen"],
    "Rheinhessen": ["Flonheim", "Uffhofen", "Alzey", "Erbes-Büdesheim", "Bornheim"],
    "Bourgogne": ["Meursault", "Puligny-Montrachet", "Monthelie", "Auxey-Duresses", "Volnay"],
    "Touraine": ["Chinon", "Cravant-les-Coteaux", "Beaumont-en-Véron", "Ligré"],
}
SITES = {
    "Sussex": ["Top Field", "Long Acre", "Chalk Pit", "Church Piece", "Beacon Slope", "Dew Pond"],
    "Kent": ["Downs Field", "Chalk Bank", "Orchard Piece", "Hop Garden", "Rectory Field"],
    "Pfalz": ["Leinhöhle", "Paradiesgarten", "Herrgottsacker", "Ungeheuer", "Reiterpfad"],
    "Rheinhessen": ["Adelberg", "La Roche", "Rotenfels", "Kapellenberg", "Hölle"],
    "Bourgogne": ["Les Narvaux", "Les Clous", "Les Grands Champs", "En l'Ormeau", "Les Vireuils"],
    "Touraine": ["Les Picasses", "La Croix Boissée", "Les Quartiers", "Le Puy", "Les Graves"],
}
FARMS = ["Hoads", "Blackberry", "Nettlecombe", "Stonegate", "Ridge", "Court Lodge", "Hale"]


@dataclass
class Wine:
    name: str
    colour: str
    appellation: str
    abv: float
    vintage: int
    price: float  # trade price per bottle, net
    lot: str


@dataclass
class Grower:
    name: str
    holder: str
    street: str
    town: str
    number: str
    varieties: list[str]
    parcels: list[tuple[str, str, str, str, int, float]]  # site, place, cadastre, variety, yr, ha


@dataclass
class Customer:
    name: str
    lang: str
    street: str
    town: str
    number: str
    role: str  # restaurant | importer


HOUSE: dict[str, object] = {
    "lang": "en",
    "idx": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "wines": [],
    "growers": [],
    "customers": [],
}
#: What the previous document was about (a companion takes up the same grower, customer, wine).
LAST: dict[str, object] = {
    "kind": "",
    "grower": None,
    "customer": None,
    "wines": None,
    "day": None,
    "ref": "",
}


def home() -> str:
    return str(HOUSE["lang"])


def house_row() -> tuple[str, str, str, str, str]:
    return HOUSES[home()][int(HOUSE["idx"])]  # type: ignore[call-overload]


def region() -> str:
    return house_row()[4]


def wines() -> list[Wine]:
    return HOUSE["wines"]  # type: ignore[return-value]


def growers() -> list[Grower]:
    return HOUSE["growers"]  # type: ignore[return-value]


def customers() -> list[Customer]:
    return HOUSE["customers"]  # type: ignore[return-value]


def vintage() -> int:
    """The latest harvest before the stream's month."""
    m: date = HOUSE["month"]  # type: ignore[assignment]
    return m.year if m.month >= 10 else m.year - 1


def on(rng: random.Random, lo: int = -90, hi: int = 20) -> date:
    """A day near the stream's month."""
    base: date = HOUSE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def harvest_day(rng: random.Random) -> date:
    return date(vintage(), 9, 8) + timedelta(days=rng.randint(0, 40))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"cask/{key}/{who.name}/{who.street}/{who.city}/{HOUSE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def mr(name: str, lang: str) -> str:
    first = name.split()[0]
    fem = first in FEMALE
    if lang == "de":
        return f"{'Frau' if fem else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if fem else 'Monsieur'} {name}"
    return f"{'Mrs' if fem else 'Mr'} {name}"


def a_wine(r: random.Random, row: WineRow) -> Wine:
    name, colour, app, abv = row
    base = {"sp": 16.5, "w": 9.0, "ro": 8.5, "r": 10.5, "sw": 12.0}[colour]
    if "1er" in name or "Meursault" in name or "Volnay" in name:
        base *= 3.2
    return Wine(
        name=name,
        colour=colour,
        appellation=app,
        abv=abv,
        vintage=vintage() - (r.choice([0, 1, 1, 2, 3]) if colour == "sp" else r.choice([0, 0, 1])),
        price=round(base * r.uniform(0.85, 1.35), 2),
        lot=serial(r, r.choice(["L99-999", "L 9999", "LOT 99A"])),
    )


def a_grower(r: random.Random, lang: str, k: int) -> Grower:
    reg = region()
    first, last = r.choice(FIRSTS[lang]), r.choice(LASTS[lang])
    holder = f"{first} {last}"
    place = r.choice(PLACES[reg])
    if lang == "de":
        name = r.choice([f"Weinbau {holder}", f"{last} GbR", f"Weingut {last}"])
        road = r.choice(["Hauptstraße", "Weinbergstraße", "Obergasse", "Am Rebenhang"])
        street = f"{road} {r.randint(1, 80)}"
        town = f"{r.randint(55000, 67999)} {place}"
    elif lang == "fr":
        name = r.choice([f"EARL {last}", f"GAEC {last} Père et Fils", f"{holder}, viticulteur"])
        street = (
            f"{r.randint(1, 40)} {r.choice(['rue de la Cave', 'chemin des Vignes', 'Grande Rue'])}"
        )
        town = f"{r.choice(['21190', '21630', '37500', '37420'])} {place}"
    else:
        name = r.choice(
            [
                f"{first[0]}. & {r.choice(FIRSTS['en'])[0]}. {last}",
                f"{r.choice(FARMS)} Farm Vineyards",
            ]
        )
        street = f"{r.choice(FARMS)} Farm, {r.choice(['Lodge Lane', 'Church Road', 'Downs Road'])}"
        town = f"{place}, {r.choice(['East Sussex', 'West Sussex', 'Kent'])}"
    vs = r.sample(VARIETIES[reg], min(len(VARIETIES[reg]), r.randint(1, 3)))
    parcels = []
    for _ in range(r.randint(2, 7)):
        parcels.append(
            (
                r.choice(SITES[reg]),
                r.choice(PLACES[reg]),
                {
                    "en": f"Field {r.randint(1000, 9999)}",
                    "de": f"Flur {r.randint(1, 40)}, Nr. {r.randint(100, 2999)}/{r.randint(1, 9)}",
                    "fr": f"{r.choice(['A', 'B', 'AB', 'C', 'ZD'])} {r.randint(10, 999)}",
                }[lang],
                r.choice(vs),
                r.randint(1975, 2019),
                round(r.uniform(0.12, 2.4), 4 if lang == "fr" else 2),
            )
        )
    return Grower(name, holder, street, town, f"{k + 101:03d}", vs, parcels)


def a_customer(r: random.Random) -> Customer:
    lang = home() if r.random() < 0.7 else r.choice(["en", "de", "fr"])
    role = r.choice(["restaurant", "restaurant", "importer"])
    name, street, town, _ = r.choice(SENDERS[role][lang])
    return Customer(name, lang, street, town, serial(r, "K9999"), role)


TALK = {
    "en": {
        "wine": "wine vintage bottles cases delivery order allocation cellar tasting list price "
        "trade duty bond pallet release stock label",
        "vine": "grapes harvest parcel vineyard yield tonnes ripeness sugar acidity pressing "
        "delivery quality crop spraying canopy rows",
        "money": "facility account interest repayment security overdraft review term rate "
        "balance covenant harvest loan stock valuation",
        "cover": "policy cover stock sum insured premium renewal excess cellar transit breakage "
        "schedule claim property equipment",
        "law": "party agreement clause obligation notice term liability delivery payment "
        "quality rejection force majeure dispute law",
        "rule": "registration record inspection labelling standards producer regulation "
        "vineyard register return declaration approval",
    },
    "de": {
        "wine": "Wein Jahrgang Flaschen Kartons Lieferung Bestellung Keller Verkostung Preisliste "
        "Händler Steuer Palette Abfüllung Bestand Etikett",
        "vine": "Trauben Lese Parzelle Weinberg Ertrag Mostgewicht Oechsle Säure Kelterung "
        "Anlieferung Qualität Rebfläche Laubarbeit Pflanzenschutz",
        "money": "Kredit Konto Zinsen Tilgung Sicherheit Kontokorrent Laufzeit Zinssatz Saldo "
        "Betriebsmittel Lesekredit Vorratsbewertung Bürgschaft",
        "cover": "Vertrag Deckung Vorräte Versicherungssumme Beitrag Verlängerung Selbstbehalt "
        "Keller Transport Bruch Schaden Inventar Hagel",
        "law": "Vertragspartner Vereinbarung Pflicht Kündigung Laufzeit Haftung Anlieferung "
        "Zahlung Qualität Zurückweisung höhere Gewalt Gerichtsstand",
        "rule": "Zulassung Prüfung Kontrolle Kennzeichnung Erzeuger Verordnung Weinbaukartei "
        "Meldung Erntemeldung Bestandsmeldung Antrag Bescheid",
    },
    "fr": {
        "wine": "vin millésime bouteilles cartons livraison commande allocation cave dégustation "
        "tarif négoce droits palette mise stock étiquette",
        "vine": "raisins vendange parcelle vigne rendement degré acidité pressurage apport "
        "qualité récolte traitements palissage rangs",
        "money": "crédit compte intérêts remboursement garantie découvert durée taux solde "
        "fonds de roulement warrantage stock échéance",
        "cover": "contrat garantie stock capital assuré cotisation échéance franchise chai "
        "transport casse sinistre matériel grêle",
        "law": "partie contrat article obligation résiliation durée responsabilité livraison "
        "paiement qualité refus force majeure litige",
        "rule": "habilitation contrôle inspection étiquetage opérateur règlement casier "
        "déclaration récolte stock demande décision",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une",
}


def words(rng: random.Random, lang: str, topic: str = "wine", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "wine", lo: int = 2, hi: int = 4) -> str:
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
    look: str  # band | bottle | centred | split | rule | framed | script
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    tagline: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "bottle", "centred", "split", "rule", "framed", "script"]


def legal_lines(r: random.Random, name: str, lang: str, town: str, role: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        out = [
            f"{name} - Sitz {place} - Amtsgericht {r.choice(['Ludwigshafen', 'Mainz', 'Landau'])} "
            f"{r.choice(['HRA', 'HRB'])} {r.randint(10000, 69999)}",
            f"{r.choice(['Volksbank Weinland', 'Sparkasse Rhein-Haardt', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
        if role == "house" and r.random() < 0.6:
            out.append(
                f"Verbrauchsteuernummer DE0{r.randint(1000000000, 9999999999)} - Kontrollstelle "
                "DE-ÖKO-047"
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - {r.choice(['SAS', 'SARL', 'SCEA', 'EARL'])} au capital de "
            f"{r.randint(8, 400)} 000 € - RCS {place} {r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} - TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
        if role == "house":
            out.append(
                f"N° d'accise FR0{r.randint(10000, 99999)}E{r.randint(1000, 9999)} - "
                f"CVI {r.randint(2100000000, 3799999999)}"
            )
        return out
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.75:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "house" and r.random() < 0.7:
        out.append(f"WOWGR approval GBWK{r.randint(100000000, 999999999)}")
    return [" - ".join(out)]


NO_FOOT = ("authority", "restaurant")
TAGLINES = {
    "en": ["Vineyard & Winery", "Wine Merchants since 1994", "Estate grown English wine", ""],
    "de": ["Weingut seit 1887", "Weinhandel - Weingut - Vinothek", "Familienweingut", ""],
    "fr": ["Propriétaire-récoltant", "Vins fins de Bourgogne", "Négociant-éleveur", ""],
}


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role != "authority" else FACES[:2])
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or LOOKS),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town, role)
        if role not in NO_FOOT and r.random() < 0.75
        else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        tagline=r.choice(TAGLINES[lang]) if role == "house" else "",
    )


def house_head() -> Head:
    """The business itself: the same paper throughout the stream."""
    name, street, town, phone, _ = house_row()
    r = random.Random(zlib.crc32(f"cask/house/{HOUSE['seed']}".encode()))
    h = make_head(
        (name, street, town, phone),
        home(),
        "house",
        r,
        ["bottle", "centred", "script", "split", "rule"],
    )
    h.foot = legal_lines(r, name, home(), town, "house")
    return h


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the business's for its own side (forwarder, laboratory, control
    body, bank, insurer, authority), any of the three for suppliers, fairs and importers."""
    if role in ("supplier", "fair", "importer"):
        r = keyed(who, "abroad")
        return home() if r.random() < 0.5 else r.choice(["en", "de", "fr"])
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "house":
        return house_head()
    lang = lang_of(who, role)
    row = keyed(who, role).choice(SENDERS[role][lang])
    # The firm's paper is the same whichever issuer drew it.
    r = random.Random(zlib.crc32(f"cask/head/{row[0]}/{HOUSE['seed']}".encode()))
    return make_head(row, lang, role, r, looks)


def customer_head(c: Customer, r: random.Random) -> Head:
    rows = [x for x in SENDERS[c.role][c.lang] if x[0] == c.name]
    row = rows[0] if rows else (c.name, c.street, c.town, "")
    rr = random.Random(zlib.crc32(f"cask/customer/{c.name}/{HOUSE['seed']}".encode()))
    return make_head(row, c.lang, c.role, rr)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"cask/style/{h.name}".encode()))
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


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.78)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "bottle":
        # A bottle outline beside the name.
        x0 = m
        p.rect(x0 + 5, y - 16, 5, 10, fill=0.1)
        p.rect(x0 + 1, y - 6, 13, 30, fill=0.1)
        p.rect(x0 + 3, y + 4, 9, 9, fill=0.95)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 30)
        p.text(m + 24, y + 2, h.name, s.bold, pt)
        sub = h.tagline or where
        p.text(m + 24, y + 14, fit(sub, italic_of(s.font), 8, w - 2 * m - 30), italic_of(s.font), 8)
        if h.tagline:
            p.text(
                m + 24, y + 24, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 30), s.font, 7
            )
        return y + 48
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
        if h.tagline:
            p.text(m, y + 15, h.tagline, italic_of(s.font), 7.5)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 20), w - m, max(yy, y + 20))
        return max(yy, y + 20) + 22
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 44
    if h.look == "script":
        name = h.name
        fnt = "Times-Italic" if s.font != "Courier" else "Courier-BoldOblique"
        pt = shrink(name, fnt, 20, w - 2 * m)
        p.text(w / 2, y + 8, name, fnt, pt, "center")
        sub = " · ".join(t for t in (h.tagline, where) if t)
        p.text(w / 2, y + 21, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(m + 40, y + 26, w - m - 40, y + 26)
        p.line(m + 40, y + 28, w - m - 40, y + 28)
        return y + 48
    bw = min(w - 2 * m, 250.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
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
    p.text(x + 3, y - 2, f"{parts[0][0]}. {parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 12 + len(parts[-1]) * pt * 0.42, y - 4)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.4) -> None:
    """The business's received stamp, now and then."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(160, 220),
            rng.uniform(80, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                tr(lg, "Office", "Büro", "Bureau"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "bottle", "script") else None, y0, lines)
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            "Yours faithfully,"
            if formal
            else ["Yours sincerely,", "Kind regards,", "With best wishes,"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"cask/staff/{tag}/{h.name}/{HOUSE['seed']}".encode()))
    return person(r, h.lang)


def house_lines(att: str = "") -> list[str]:
    name, street, town, _, _ = house_row()
    out = [name]
    if att:
        out.append(att)
    return [*out, street, town]


def customer_lines(c: Customer) -> list[str]:
    return [c.name, c.street, c.town]


def grower_lines(g: Grower, lang: str) -> list[str]:
    att = [] if g.name.endswith(g.holder) else [mr(g.holder, lang)]
    return [g.name, *att, g.street, g.town]


def the_grower(rng: random.Random, after: tuple[str, ...] = ()) -> Grower:
    g = LAST["grower"]
    if LAST["kind"] in after and isinstance(g, Grower):
        return g
    return rng.choice(growers())


def the_customer(rng: random.Random, after: tuple[str, ...] = ()) -> Customer:
    c = LAST["customer"]
    if LAST["kind"] in after and isinstance(c, Customer):
        return c
    return rng.choice(customers())


def the_wines(rng: random.Random, n: int, after: tuple[str, ...] = ()) -> list[Wine]:
    ws = LAST["wines"]
    if LAST["kind"] in after and isinstance(ws, list) and ws:
        return ws
    return rng.sample(wines(), min(n, len(wines())))


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(**kw: object) -> None:
    LAST.update(grower=None, customer=None, wines=None, day=None, ref="")
    LAST.update(kw)


# ---------------------------------------------------------------------------------------------
# Drawing helpers of this part: small print, plans, labels, forms
# ---------------------------------------------------------------------------------------------

CLAUSES = {
    "grapes": {
        "en": [
            "Definitions",
            "Quantity and parcels",
            "Vineyard management",
            "Spray records",
            "Harvest date",
            "Quality standards",
            "Delivery and weighing",
            "Rejection of fruit",
            "Price",
            "Payment",
            "Title and risk",
            "Force majeure",
            "Term and termination",
            "Disputes",
            "Governing law",
        ],
        "de": [
            "Vertragsgegenstand",
            "Rebflächen",
            "Bewirtschaftung",
            "Pflanzenschutz",
            "Lesezeitpunkt",
            "Qualitätsanforderungen",
            "Anlieferung und Verwiegung",
            "Zurückweisung",
            "Traubenpreis",
            "Zahlung",
            "Eigentumsübergang",
            "Höhere Gewalt",
            "Laufzeit und Kündigung",
            "Schlussbestimmungen",
        ],
        "fr": [
            "Objet",
            "Parcelles engagées",
            "Conduite de la vigne",
            "Traitements",
            "Date de vendange",
            "Critères qualitatifs",
            "Apport et pesée",
            "Refus de vendange",
            "Prix",
            "Paiement",
            "Transfert de propriété",
            "Force majeure",
            "Durée et résiliation",
            "Litiges",
        ],
    },
    "sale": {
        "en": [
            "Orders",
            "Prices",
            "Delivery",
            "Risk",
            "Retention of title",
            "Payment",
            "Breakages and shortages",
            "Claims",
            "Liability",
            "Returns",
            "Governing law",
        ],
        "de": [
            "Geltungsbereich",
            "Angebot und Vertragsschluss",
            "Preise",
            "Lieferung",
            "Gefahrübergang",
            "Eigentumsvorbehalt",
            "Zahlung",
            "Mängelrüge",
            "Haftung",
            "Leergut und Paletten",
            "Gerichtsstand",
        ],
        "fr": [
            "Commandes",
            "Prix",
            "Livraison",
            "Transfert des risques",
            "Réserve de propriété",
            "Paiement",
            "Pénalités de retard",
            "Réclamations",
            "Responsabilité",
            "Palettes et emballages",
            "Juridiction",
        ],
    },
    "fair": {
        "en": [
            "Application",
            "Admission",
            "Stand allocation",
            "Payment",
            "Cancellation",
            "Co-exhibitors",
            "Stand construction",
            "Technical services",
            "Insurance",
            "Liability",
            "Security",
            "Sampling and alcohol licensing",
            "Force majeure",
            "Governing law",
        ],
        "de": [
            "Anmeldung",
            "Zulassung",
            "Standzuteilung",
            "Zahlungsbedingungen",
            "Rücktritt",
            "Mitaussteller",
            "Standbau und Gestaltung",
            "Technische Leistungen",
            "Versicherung",
            "Haftung",
            "Bewachung",
            "Ausschank und Verkostung",
            "Höhere Gewalt",
            "Gerichtsstand",
        ],
        "fr": [
            "Inscription",
            "Admission",
            "Attribution des stands",
            "Paiement",
            "Annulation",
            "Co-exposants",
            "Aménagement des stands",
            "Prestations techniques",
            "Assurance",
            "Responsabilité",
            "Gardiennage",
            "Dégustation et service",
            "Force majeure",
            "Litiges",
        ],
    },
}


def small_print(
    rng: random.Random,
    s0: Style,
    lang: str,
    title: str,
    kind: str,
    n: int,
    cols: int = 2,
    header: str = "",
    topic: str = "law",
) -> list[Page]:
    """``n`` pages of numbered clauses under ``title`` in ``cols`` columns of small print."""
    heads = CLAUSES[kind][lang]
    w, hh = s0.page_size
    m = min(s0.margin, 44)
    gap = 12
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    per_page = -(-len(heads) // n)
    pages: list[Page] = []
    k = 0
    pt = 6.5 if cols > 1 else 7.5
    for _ in range(n):
        p = Page(s0.page_size)
        pages.append(p)
        y0 = m
        if header:
            p.text(m, m - 18, fit(header, s0.font, 7, w - 2 * m), s0.font, 7)
            p.line(m, m - 13, w - m, m - 13)
            y0 += 4
        if not pages[:-1]:
            p.text(w / 2, y0 + 2, fit(title, s0.bold, 9.5, w - 2 * m), s0.bold, 9.5, "center")
            y0 += 22
        bottom = hh - m - 34
        lines_per_col = int((bottom - y0) / (pt * 1.2))
        share = max(1, -(-min(per_page, len(heads) - k) // cols))
        for c in range(cols):
            x = m + c * (cw + gap)
            y = y0
            budget = lines_per_col // share
            for _ in range(share):
                if k >= len(heads) or y > bottom - 20:
                    break
                p.text(x, y, fit(f"{k + 1}. {heads[k]}", s0.bold, pt + 0.5, cw), s0.bold, pt + 0.5)
                y += pt * 1.35
                used = 1
                sub = 1
                while used < budget - 2 and y < bottom:
                    text = f"{k + 1}.{sub} " + prose(rng, lang, topic, 2, 4)
                    for ln in wrap(text, s0.font, pt, cw):
                        if y > bottom or used >= budget - 1:
                            break
                        p.text(x, y, ln, s0.font, pt)
                        y += pt * 1.2
                        used += 1
                    sub += 1
                    y += 1.5
                y += pt * 0.8
                k += 1
    return pages


def poly(p: Page, pts: list[tuple[float, float]]) -> None:
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        p.line(x1, y1, x2, y2)


def parcel_plan(rng: random.Random, s: Style, lang: str, title: str, g: Grower) -> Page:
    """A cadastral sketch: strips of parcels along a track, the contracted ones hatched, with
    their numbers, a north arrow, a scale bar and a legend."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.text(m, m, title, s.bold, s.size + 2)
    p.text(m, m + 14, fit(f"{g.name} - {g.town}", s.font, 8, w - 2 * m), s.font, 8)
    x0, y0, x1, y1 = m, m + 34, w - m, hh - m - 90
    p.rect(x0, y0, x1 - x0, y1 - y0)
    # A track across the sheet and the parcel strips above and below it.
    ty = y0 + (y1 - y0) * rng.uniform(0.35, 0.6)
    p.line(x0, ty - 6, x1, ty - 10)
    p.line(x0, ty + 6, x1, ty + 2)
    p.text(
        x0 + 20,
        ty + 1,
        tr(lang, "farm track", "Wirtschaftsweg", "chemin rural"),
        italic_of(s.font),
        6.5,
    )
    names = [pc[2] for pc in g.parcels]
    for upper in (True, False):
        x = x0 + 4
        while x < x1 - 30:
            sw = rng.uniform(22, 58)
            slant = rng.uniform(-14, 14)
            top = y0 + 4 if upper else ty + 10
            bot = ty - 12 if upper else y1 - 4
            pts = [(x, top), (x + sw, top), (x + sw + slant, bot), (x + slant, bot)]
            if x + sw + max(slant, 0) > x1 - 4:
                break
            poly(p, pts)
            mine = names and rng.random() < 0.25
            label = names.pop(0) if mine else f"{rng.randint(100, 2999)}"
            if mine:
                k = 0.0
                while k < sw:
                    p.line(x + k, top, x + k + slant, bot)
                    k += 5
            p.text(
                x + sw / 2 + slant / 2,
                (top + bot) / 2,
                fit(label.split()[-1], s.font, 6, sw + 10),
                s.bold if mine else s.font,
                6,
                "center",
            )
            x += sw
    # North arrow and scale bar.
    nx, ny = x1 - 12, m + 8
    p.line(nx, ny + 16, nx, ny - 16)
    p.line(nx, ny - 16, nx - 5, ny - 6)
    p.line(nx, ny - 16, nx + 5, ny - 6)
    p.text(nx, ny - 20, "N", s.bold, 9, "center")
    for k in range(4):
        p.rect(x0 + 10 + k * 25, y1 + 14, 25, 4, fill=0.0 if k % 2 == 0 else None)
    p.text(x0 + 10, y1 + 30, "0        50       100 m", s.font, 6.5)
    ly = y1 + 48
    p.rect(x0 + 10, ly - 7, 14, 8)
    for k in range(0, 14, 4):
        p.line(x0 + 10 + k, ly - 7, x0 + 10 + k + 2, ly + 1)
    p.text(
        x0 + 30,
        ly,
        tr(lang, "Parcels under this agreement", "Vertragsflächen", "Parcelles engagées"),
        s.font,
        7.5,
    )
    p.rect(x0 + 10, ly + 6, 14, 8)
    p.text(
        x0 + 30,
        ly + 13,
        tr(lang, "Other parcels", "Sonstige Flurstücke", "Autres parcelles"),
        s.font,
        7.5,
    )
    return p


def hall_plan(rng: random.Random, s: Style, lang: str, hall: str, stand: str, event: str) -> Page:
    """A hall plan: blocks of stands between aisles, the allocated stand shaded."""
    p = Page(A4L)
    w, hh = A4L
    m = 40
    p.text(m, m, fit(event, s.bold, 12, w - 2 * m - 160), s.bold, 12)
    p.text(w - m, m, f"{tr(lang, 'Hall', 'Halle', 'Hall')} {hall}", s.bold, 16, "right")
    p.text(
        m,
        m + 14,
        tr(
            lang,
            "Floor plan - stand allocation",
            "Hallenplan - Standeinteilung",
            "Plan du hall - attribution des stands",
        ),
        s.font,
        8,
    )
    x0, y0, x1, y1 = m, m + 30, w - m, hh - m - 30
    p.rect(x0, y0, x1 - x0, y1 - y0)
    rows = 4
    cols = 7
    bw = (x1 - x0 - 40 - (cols - 1) * 22) / cols
    bh = (y1 - y0 - 40 - (rows - 1) * 26) / rows
    mine_r, mine_c = rng.randrange(rows), rng.randrange(cols)
    num = 10
    for r in range(rows):
        for c in range(cols):
            bx = x0 + 20 + c * (bw + 22)
            by = y0 + 20 + r * (bh + 26)
            parts = rng.choice([2, 3, 4])
            for k in range(parts):
                sx = bx + k * bw / parts
                if r == mine_r and c == mine_c and k == 0:
                    p.rect(sx, by, bw / parts, bh, fill=0.55)
                    label = stand
                else:
                    label = f"{hall.split('.')[0]}{chr(65 + r)}{num:02d}"
                p.rect(sx, by, bw / parts, bh)
                p.text(sx + bw / parts / 2, by + bh / 2 + 3, label, s.font, 5.5, "center")
                num += 1
    for k in range(3):
        ex = x0 + (x1 - x0) * (k + 1) / 4
        p.rect(ex - 15, y1 - 3, 30, 6, fill=1.0)
        p.text(ex, y1 + 14, tr(lang, "Entrance", "Eingang", "Entrée"), s.font, 6.5, "center")
    p.rect(x1 - 150, y1 + 8, 10, 8, fill=0.55)
    p.text(
        x1 - 135,
        y1 + 15,
        tr(lang, "Your stand", "Ihr Stand", "Votre stand") + f" {stand}",
        s.font,
        7,
    )
    return p


def wine_label(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    house: str,
    wn: Wine,
    lang: str,
    rng: random.Random,
) -> None:
    """A front label as printed on a proof: name, wine, vintage, appellation, volume, alcohol."""
    p.rect(x, y, w, h)
    p.rect(x + 4, y + 4, w - 8, h - 8)
    p.text(x + w / 2, y + 26, fit(house, "Times-Italic", 13, w - 20), "Times-Italic", 13, "center")
    p.line(x + w * 0.3, y + 34, x + w * 0.7, y + 34)
    p.text(
        x + w / 2, y + h * 0.42, fit(wn.name, "Times-Bold", 15, w - 20), "Times-Bold", 15, "center"
    )
    p.text(x + w / 2, y + h * 0.42 + 22, str(wn.vintage), "Times-Roman", 14, "center")
    p.text(
        x + w / 2,
        y + h * 0.42 + 40,
        fit(wn.appellation, "Times-Roman", 8, w - 20),
        "Times-Roman",
        8,
        "center",
    )
    p.text(x + 12, y + h - 14, "75 cl", "Helvetica", 7)
    p.text(x + w - 12, y + h - 14, f"{money(wn.abv, lang)} % vol", "Helvetica", 7, "right")
    p.text(
        x + w / 2,
        y + h - 14,
        tr(lang, "Contains sulphites", "Enthält Sulfite", "Contient des sulfites"),
        "Helvetica",
        5.5,
        "center",
    )


def form_table(
    f: Sheets,
    s: Style,
    rows: list[tuple[str, int]],
    head: list[str],
    pt: float = 8,
    notes: dict[int, str] | None = None,
) -> None:
    """Checklist rows with tick columns (``head``) at the right; ``rows``: question and the
    index of the ticked column (-1: none); ``notes``: a hand remark under some rows."""
    w, _ = f.size
    m = s.margin
    cw = 30
    xs = [w - m - cw * (len(head) - k) for k in range(len(head))]

    def draw_head() -> None:
        for x, t in zip(xs, head, strict=True):
            f.page.text(x + cw / 2, f.y, t, s.bold, 7, "center")
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 14

    f.need(40)
    draw_head()
    for k, (q, on_col) in enumerate(rows):
        lines = wrap(q, s.font, pt, xs[0] - m - 10)
        extra = 12 if notes and k in notes else 0
        if f.need(len(lines) * pt * 1.3 + 6 + extra):
            draw_head()
        for j, ln in enumerate(lines):
            f.page.text(m, f.y + j * pt * 1.3, ln, s.font, pt)
        for c, x in enumerate(xs):
            box(f.page, x + cw / 2 - 4, f.y, c == on_col, 8)
        f.y += len(lines) * pt * 1.3
        if extra and notes:
            scribble(f.page, m + 14, f.y + 4, fit(notes[k], HAND, 8.5, xs[0] - m - 20), 8.5)
            f.y += extra
        f.page.line(m, f.y - pt * 0.6 + 3, w - m, f.y - pt * 0.6 + 3)
        f.y += 5


def signature_pair(
    p: Page,
    s: Style,
    y: float,
    left: tuple[str, str],
    right: tuple[str, str],
    lang: str,
    place: str,
    when: str,
    other: str = "",
) -> float:
    """Two signature blocks side by side: caption, hand-written place (``other`` on the right,
    if given) and date, signature, printed name under a rule."""
    w, _ = p.size
    m = s.margin
    half = (w - 2 * m) / 2
    for k, (cap, name) in enumerate((left, right)):
        x = m + k * half
        if k and other:
            place = other
        p.text(x, y, cap, s.bold, s.size - 1)
        p.text(
            x, y + 16, tr(lang, "Place, date:", "Ort, Datum:", "Fait à, le :"), s.font, s.size - 2
        )
        scribble(p, x + 60, y + 16, fit(f"{place}, {when}", HAND, 9, half - 70), 9)
        if name:
            sign(p, x + 10, y + 48, name)
        p.line(x, y + 54, x + half - 24, y + 54)
        p.text(x, y + 64, name or "", s.font, s.size - 2)
    return y + 80


# ---------------------------------------------------------------------------------------------
# Templates MM: grapes from growers
# ---------------------------------------------------------------------------------------------


def must_weight(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return f"{rng.randint(74, 98)} °Oe"
    if lang == "fr":
        return f"{money(rng.uniform(10.8, 13.6), lang)} % pot."
    return f"{rng.uniform(16.0, 21.5):.1f} °Brix"


def grape_price(rng: random.Random, lang: str) -> tuple[float, str]:
    """A price per unit and the unit: per tonne in England, per kilogram elsewhere."""
    if lang == "en":
        return rng.choice([1850.0, 2000.0, 2150.0, 2300.0, 2450.0, 2600.0]), "t"
    if lang == "de":
        return round(rng.uniform(0.85, 1.65), 2), "kg"
    top = 5.5 if region() == "Bourgogne" else 2.6
    return round(rng.uniform(1.6, top), 2), "kg"


def tpl_grape_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's grape purchase agreement with a grower: the parties and particulars, the
    numbered terms, the parcel schedule and both signatures; sometimes a parcel plan and the
    general conditions of purchase behind it."""
    h = house_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    g = the_grower(rng)
    d = on(rng, -160, 5)
    first = d.year if d.month < 10 else d.year + 1
    years = rng.choice([1, 1, 3, 5])
    ref = serial(rng, rng.choice(["GPA/9999/99", "TLV-99-999", "CA 9999-99"]))
    title = tr(lg, "GRAPE PURCHASE AGREEMENT", "TRAUBENLIEFERVERTRAG", "CONTRAT D'ACHAT DE RAISINS")
    f = sheets(s, h, f"{title} - {g.name} - {ref}")
    f.y += 6
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "Contract no. ", "Vertrag Nr. ", "Contrat n° ") + ref,
        s.font,
        s.size - 1,
        "center",
    )
    f.y += 26
    name, street, town, _, _ = house_row()
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{name}, {street}, {town} - "
        + tr(lg, "the Buyer", "nachfolgend Käufer", "ci-après l'Acheteur"),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{g.name}, {g.street}, {g.town} ({tr(lg, 'grower no.', 'Lieferant Nr.', 'apporteur n°')} "
        f"{g.number}) - " + tr(lg, "the Grower", "nachfolgend Winzer", "ci-après le Vendeur"),
        indent=20,
    )
    f.y += 4
    price, unit = grape_price(rng, lg)
    area = sum(pc[5] for pc in g.parcels)
    tonnes = area * rng.uniform(4.5, 9.0)
    span = str(first) if years == 1 else f"{first}-{first + years - 1}"
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Harvest(s)", "Lesejahr(e)", "Récolte(s)"), span),
            (tr(lg, "Varieties", "Rebsorten", "Cépages"), ", ".join(g.varieties)),
            (
                tr(lg, "Area under contract", "Vertragsfläche", "Surface engagée"),
                f"{money(area, lg)} ha",
            ),
            (
                tr(lg, "Estimated quantity", "Erwartete Menge", "Quantité estimée"),
                f"{money(tonnes, lg)} t",
            ),
            (
                tr(lg, "Base price", "Grundpreis", "Prix de base"),
                f"{cash(price, lg)} / {unit}"
                + tr(lg, "", " zzgl. Qualitätszuschlag", " hors prime"),
            ),
            (
                tr(lg, "Minimum ripeness", "Mindestmostgewicht", "Maturité minimale"),
                tr(lg, "16.5 °Brix", "78 °Oe", "11,0 % vol. pot."),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    heads = CLAUSES["grapes"][lg]
    for k, t in enumerate(rng.sample(heads, rng.randint(4, 7))):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, rng.choice(["vine", "law"]), 1, 3))
    if rng.random() < 0.5:
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Parcels",
            "Anlage 1 - Flächenverzeichnis",
            "Annexe 1 - Relevé parcellaire",
        ),
        1,
    )
    rows = [[pc[0], pc[1], pc[2], pc[3], str(pc[4]), money(pc[5], lg)] for pc in g.parcels]
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.9, "left"),
                (1.8, "left"),
                (2.6, "left"),
                (1.8, "left"),
                (1.1, "right"),
                (0.9, "right"),
            ],
        ),
        [
            tr(lg, "Site", "Lage", "Lieu-dit"),
            tr(lg, "Parish", "Gemarkung", "Commune"),
            tr(lg, "Field ref.", "Flurstück", "Cadastre"),
            tr(lg, "Variety", "Rebsorte", "Cépage"),
            tr(lg, "Planted", "Pflanzj.", "Plant."),
            "ha",
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    f.y += 14
    f.need(110)
    when = day(h, d)
    f.y = signature_pair(
        f.page,
        s,
        f.y,
        (tr(lg, "For the Buyer", "Der Käufer", "L'Acheteur"), staff(h, "md")),
        (tr(lg, "The Grower", "Der Winzer", "Le Vendeur"), g.holder),
        lg,
        town.split(" ", 1)[-1] if lg != "en" else town.rsplit(" ", 2)[0],
        short(d, lg) if rng.random() < 0.7 else when,
    )
    pages = f.pages
    extra: list[Page] = []
    if rng.random() < 0.35:
        extra.append(
            parcel_plan(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Schedule 2 - Parcel plan",
                    "Anlage 2 - Lageplan",
                    "Annexe 2 - Plan des parcelles",
                ),
                g,
            )
        )
    if rng.random() < 0.4:
        extra += small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "GENERAL CONDITIONS OF PURCHASE OF GRAPES",
                "ALLGEMEINE TRAUBENEINKAUFSBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES D'ACHAT DE VENDANGE",
            ),
            "grapes",
            rng.choice([1, 1, 2]),
        )
    numbers = rng.choice(
        [
            h.numbers,
            "Page {i} of {n}"
            if lg == "en"
            else "Seite {i} von {n}"
            if lg == "de"
            else "Page {i}/{n}",
        ]
    )
    pages = close(pages + extra, s, h, numbers)
    note(grower=g, day=d, ref=ref)
    return pages


def tpl_grape_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's settlement statement to a grower after the harvest: each delivery with
    weight, must weight and price, deductions, advance payments and the balance; sometimes the
    deliveries on a page of their own behind the summary."""
    h = house_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    g = the_grower(rng, ("grape_contract", "grape_ticket"))
    d = max(on(rng, -40, 10), date(vintage(), 10, 25))
    ref = f"{serial(rng, rng.choice(['TA', 'ST', 'DV']))}-{vintage()}-{g.number}"
    f = sheets(s, h, f"{house_row()[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        grower_lines(g, lg),
        d,
        [
            (tr(lg, "Grower no.", "Lieferanten-Nr.", "N° apporteur"), g.number),
            (tr(lg, "Statement", "Abrechnung", "Décompte"), ref),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Grape settlement statement - harvest {vintage()}",
            f"Traubengeldabrechnung Lese {vintage()}",
            f"Décompte de vendange {vintage()}",
        ),
        2,
    )
    price, unit = grape_price(rng, lg)
    deliveries = []
    for _ in range(rng.randint(2, 14)):
        kg = rng.randint(380, 4200)
        var = rng.choice(g.varieties)
        pc = rng.choice([x for x in g.parcels if x[3] == var] or g.parcels)
        bonus = rng.choice([0.0, 0.0, 0.05, 0.1, -0.05]) * price
        amount = kg / (1000 if unit == "t" else 1) * (price + bonus)
        deliveries.append(
            (
                harvest_day(rng),
                serial(rng, "99999"),
                var,
                pc[0],
                kg,
                must_weight(rng, lg),
                price + bonus,
                amount,
            )
        )
    deliveries.sort()
    total_kg = sum(x[4] for x in deliveries)
    gross = sum(x[7] for x in deliveries)
    split_page = rng.random() < 0.35 and len(deliveries) > 4
    head = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Ticket", "Wiegeschein", "Bon"),
        tr(lg, "Variety", "Rebsorte", "Cépage"),
        tr(lg, "Site", "Lage", "Lieu-dit"),
        "kg",
        tr(lg, "Ripeness", "Mostgewicht", "Degré"),
        f"{tr(lg, 'Price', 'Preis', 'Prix')}/{unit}",
        tr(lg, "Amount", "Betrag", "Montant"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (1, "left"),
            (1.6, "left"),
            (1.8, "left"),
            (0.9, "right"),
            (1.2, "right"),
            (1, "right"),
            (1.3, "right"),
        ],
    )
    rows = [
        [
            short(x[0], lg),
            x[1],
            x[2],
            x[3],
            f"{x[4]:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
            x[5],
            money(x[6], lg),
            money(x[7], lg),
        ]
        for x in deliveries
    ]
    if not split_page:
        table(f, cols, head, rows, s, size=7.5, rules=rng.random() < 0.5)
        f.y += 8
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"{len(deliveries)} deliveries, {total_kg:,} kg in total - see the delivery list "
                "overleaf.",
                f"{len(deliveries)} Anlieferungen, insgesamt {total_kg} kg - Einzelaufstellung "
                "siehe Rückseite.",
                f"{len(deliveries)} apports, {total_kg} kg au total - détail des apports au verso.",
            ),
        )
    f.need(120)
    deduct = gross * rng.uniform(0.0, 0.06)
    advance = round(gross * rng.choice([0.0, 0.3, 0.5]), -1)
    rate = {"en": 0.0, "de": 0.078, "fr": 0.055}[lg]
    items = [
        (tr(lg, "Grapes, gross", "Traubengeld brutto", "Vendange, montant brut"), cash(gross, lg)),
        (
            tr(
                lg,
                "less harvesting & haulage",
                "abzgl. Lesekosten / Transport",
                "moins frais de vendange",
            ),
            f"-{cash(deduct, lg)}",
        ),
        (
            tr(lg, "VAT (zero-rated)", "zzgl. 7,8 % USt (§ 24 UStG)", "TVA 5,5 %"),
            cash((gross - deduct) * rate, lg),
        ),
    ]
    if advance:
        items.append(
            (
                tr(lg, "less advance paid", "abzgl. Abschlagszahlung", "moins acompte versé"),
                f"-{cash(advance, lg)}",
            )
        )
    bal = (gross - deduct) * (1 + rate) - advance
    items.append(
        (tr(lg, "Balance due to you", "Auszahlungsbetrag", "Solde en votre faveur"), cash(bal, lg))
    )
    f.y = pairs(f.page, s, w * 0.45, f.y, items, w - m) + 10
    inst = rng.choice([1, 2, 3])
    if inst > 1:
        write(
            f, s, tr(lg, "Payment in instalments:", "Auszahlung in Raten:", "Paiement échelonné :")
        )
        for k in range(inst):
            due = date(vintage() + (1 if k else 0), [12, 2, 4][k], [15, 28, 30][k])
            write(f, s, f"{k + 1}.  {short(due, lg)}   {cash(bal / inst, lg)}", indent=16)
    else:
        write(f, s, prose(rng, lg, "vine", 1, 2))
    pages = f.pages
    if split_page:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Delivery list", "Einzelaufstellung der Anlieferungen", "Détail des apports"),
            1,
        )
        table(f, cols, head, rows, s, size=7.5, rules=True)
        pages = f.pages
    pages = close(pages, s, h)
    if rng.random() < 0.3:
        scribble(
            pages[0],
            w - m - 150,
            70,
            tr(lg, "paid ", "bez. ", "payé ") + short(d + timedelta(days=12), lg),
            10,
        )
    note(grower=g, day=d, ref=ref)
    return pages


def tpl_grape_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The weighbridge ticket of the grape reception on a narrow slip: grower, variety,
    parcel, gross, tare and net weight, the refractometer reading and initials."""
    h = house_head()
    lg = h.lang
    size = (80 * MM, rng.uniform(125, 170) * MM)
    w, hh = size
    font, bold = "Courier", "Courier-Bold"
    pt = 7.5
    p = Page(size)
    g = the_grower(rng, ("grape_ticket",)) if rng.random() < 0.6 else rng.choice(growers())
    prev = LAST["ref"] if LAST["kind"] == "grape_ticket" else ""
    no = (
        int(prev) + rng.randint(1, 9)
        if isinstance(prev, str) and prev.isdigit()
        else rng.randint(1200, 4800)
    )
    d = (
        the_day(rng, ("grape_ticket",), (0, 2))
        if LAST["kind"] == "grape_ticket"
        else harvest_day(rng)
    )
    y = 18.0
    name, _street, town, _, _ = house_row()
    for t, f_ in [(name, bold), (town, font)]:
        p.text(w / 2, y, fit(t, f_, pt, w - 12), f_, pt, "center")
        y += pt * 1.4
    y += 4
    p.line(6, y, w - 6, y)
    y += 12
    p.text(
        w / 2,
        y,
        tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "BON D'APPORT"),
        bold,
        pt + 2,
        "center",
    )
    y += pt * 1.5
    p.text(
        w / 2,
        y,
        tr(lg, "Grape reception", "Traubenannahme", "Réception vendange"),
        font,
        pt,
        "center",
    )
    y += pt * 2
    rows = [
        (tr(lg, "Ticket no.", "Schein-Nr.", "N° bon"), str(no)),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (
            tr(lg, "Time in", "Uhrzeit", "Heure"),
            f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        ),
        (tr(lg, "Grower", "Lieferant", "Apporteur"), g.number),
        ("", g.name),
        (tr(lg, "Variety", "Sorte", "Cépage"), rng.choice(g.varieties)),
        (tr(lg, "Site", "Lage", "Parcelle"), rng.choice(g.parcels)[0]),
    ]
    gross = rng.randint(1400, 9800)
    tare = rng.randint(900, gross - 300)
    rows += [
        (tr(lg, "Gross", "Brutto", "Brut"), f"{gross} kg"),
        (tr(lg, "Tare", "Tara", "Tare"), f"{tare} kg"),
        (tr(lg, "NET", "NETTO", "NET"), f"{gross - tare} kg"),
    ]
    for a, b in rows:
        if a:
            p.text(8, y, a, font, pt)
        p.text(
            w - 8,
            y,
            fit(b, bold if a.upper() == a and a else font, pt, w - 70 if a else w - 16),
            bold if a.upper() == a and a else font,
            pt,
            "right",
        )
        y += pt * 1.45
    y += 4
    p.line(6, y, w - 6, y)
    y += 12
    p.text(8, y, tr(lg, "Refractometer:", "Mostgewicht:", "Degré mesuré :"), font, pt)
    scribble(p, w - 70, y, must_weight(rng, lg), 9)
    y += pt * 2
    ticks(
        p,
        Style(font, bold, pt, 8, "none", "bottom", size, "short"),
        8,
        y,
        w - 16,
        [tr(lg, "Hand", "Hand", "Manuel"), tr(lg, "Machine", "Vollernter", "Machine")],
        {rng.randrange(2)},
        pt=7,
    )
    y += pt * 2.6
    ticks(
        p,
        Style(font, bold, pt, 8, "none", "bottom", size, "short"),
        8,
        y,
        w - 16,
        [tr(lg, "Sound", "Gesund", "Sain"), tr(lg, "Rot %", "Fäule %", "Pourriture %")],
        {0} if rng.random() < 0.8 else {1},
        pt=7,
    )
    y += pt * 3
    p.text(8, y, tr(lg, "Checked", "Annahme", "Contrôle"), font, pt)
    p.line(60, y + 2, w - 8, y + 2)
    scribble(
        p, 66, y - 1, staff(h, "cellar").split()[0][:1] + staff(h, "cellar").split()[-1][:1], 11
    )
    y += pt * 3
    p.text(8, y, tr(lg, "Grower", "Winzer", "Apporteur"), font, pt)
    p.line(60, y + 2, w - 8, y + 2)
    if rng.random() < 0.7:
        sign(p, 60, y, g.holder, 11)
    if y < hh - 30:
        p.text(
            w / 2,
            hh - 14,
            tr(lg, "Copy: grower", "Durchschrift Winzer", "Exemplaire apporteur")
            if rng.random() < 0.5
            else tr(lg, "Copy: office", "Büro", "Exemplaire bureau"),
            font,
            6.5,
            "center",
        )
    note(grower=g, day=d, ref=str(no))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates MM: excise and customs
# ---------------------------------------------------------------------------------------------

EXCISE = {"en": "GBWK999999999", "de": "DE099999999999", "fr": "FR099999A9999"}
CN = {
    "sp": ("22041098", "W300"),
    "w": ("22042138", "W200"),
    "ro": ("22042178", "W200"),
    "r": ("22042179", "W200"),
    "sw": ("22042196", "W200"),
}
OFFICES = {
    "en": ["GB000060 Dover/Folkestone", "GB003140 Tilbury", "GB005160 Southampton"],
    "de": [
        "DE004700 Zollamt Mainz",
        "DE004851 Zollamt Ludwigshafen",
        "DE002101 Zollamt Flughafen Frankfurt",
    ],
    "fr": ["FR002150 Dijon", "FR004500 Tours", "FR000690 Le Havre Port"],
}
BONDS = {
    "en": [("London City Bond - Tilbury", "Fort Road", "Tilbury RM18 7NR")],
    "de": [("Steuerlager Weinkontor Hafen GmbH", "Speicherstraße 4", "60327 Frankfurt")],
    "fr": [("Entrepôt sous douane Bercy Vins", "20 rue des Pirogues", "75012 Paris")],
}


#: Consignees outside the EU and the UK: name, street, town, country code.
FAR = [
    ("Weinkeller am See AG", "Seestrasse 40", "8002 Zürich", "CH"),
    ("Nordvin Import AS", "Karl Johans gate 5", "0154 Oslo", "NO"),
    ("Hudson Valley Wine Imports LLC", "220 West 19th Street", "New York, NY 10011", "US"),
    ("Maple Leaf Fine Wines Inc.", "88 Front Street East", "Toronto ON M5E 1C3", "CA"),
    ("Sakura Vintners K.K.", "2-4-1 Nihonbashi", "Tokyo 103-0027", "JP"),
]
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR"}


def export_consignee(rng: random.Random, c: Customer) -> tuple[str, str, str, str]:
    """Who an export goes to: the customer if it is across the UK / EU border, else an
    importer that is."""
    if (home() == "en") != (c.lang == "en"):
        return c.name, c.street, c.town, COUNTRY[c.lang]
    if home() == "en":
        lg = rng.choice(["de", "fr"])
        row = rng.choice(SENDERS["importer"][lg])
        return row[0], row[1], row[2], COUNTRY[lg]
    if rng.random() < 0.35:
        row = rng.choice(SENDERS["importer"]["en"])
        return row[0], row[1], row[2], "GB"
    return rng.choice(FAR)


def arc(rng: random.Random, lang: str) -> str:
    tail = f"{serial(rng, 'AA99999999999999')}{rng.randint(0, 9)}"
    return f"{vintage() % 100 + 1:02d}{lang.upper()}{tail}"


def consignment(rng: random.Random, ws: list[Wine]) -> list[tuple[Wine, int]]:
    return [(wn, rng.choice([6, 12, 12, 24, 30, 60, 120, 300])) for wn in ws]


def tpl_ead(rng: random.Random, who: Issuer) -> list[Page]:
    """The printout of an electronic administrative document (e-AD, e-VD, DAE) of a duty
    suspended movement the winery dispatches: ARC with barcode, consignor, consignee, places,
    transport and the body records; a continuation page when there are many wines."""
    h = house_head()
    lg = h.lang
    s = Style(
        "Helvetica" if rng.random() < 0.7 else "Courier",
        "Helvetica-Bold",
        8.5,
        40,
        "none",
        "bottom",
        A4,
        h.dates,
    )
    if s.font == "Courier":
        s.bold = "Courier-Bold"
    w, hh = A4
    m = s.margin
    c = the_customer(rng, ("customer_invoice", "restaurant_order"))
    d = the_day(rng, ("customer_invoice",), (0, 2))
    ws = the_wines(rng, rng.randint(1, 6), ("customer_invoice",))
    lines = consignment(rng, ws)
    code = arc(rng, lg)
    bonded = c.role != "importer" or (home() == "en" and c.lang != "en")
    title = tr(
        lg,
        "e-AD - Electronic Administrative Document",
        "e-VD - Elektronisches Verwaltungsdokument",
        "DAE - Document administratif électronique",
    )
    f = Sheets(
        A4,
        hh - m - 20,
        lambda p, n: m - 8 if n == 1 else running_header(p, s, f"{title} - ARC {code}"),
    )
    p = f.page
    p.rect(m, f.y - 10, w - 2 * m, 18, fill=0.85)
    p.text(m + 6, f.y + 3, title, s.bold, 10.5)
    p.text(w - m - 6, f.y + 3, "EMCS", s.bold, 10.5, "right")
    f.y += 24
    p.text(m, f.y, "ARC", s.bold, 9)
    p.text(m + 40, f.y, code, "Courier-Bold", 11)
    p.barcode("code128", code, w - m - bar_width("code128", code), f.y - 12)
    f.y += 14
    p.text(
        m,
        f.y,
        tr(
            lg,
            "Date / time of validation",
            "Datum / Uhrzeit der Validierung",
            "Date / heure de validation",
        )
        + f": {short(d, lg)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        s.font,
        7.5,
    )
    f.y += 11
    p.text(
        m,
        f.y,
        tr(
            lg,
            "Sequence number 1 - Local reference number ",
            "Laufende Nummer 1 - Bezugsnummer ",
            "Numéro de séquence 1 - Référence locale ",
        )
        + serial(rng, "LRN-99999"),
        s.font,
        7.5,
    )
    f.y += 62
    name, street, town, _, _ = house_row()
    rr = random.Random(zlib.crc32(f"cask/excise/{HOUSE['seed']}".encode()))
    own = serial(rr, EXCISE[lg])
    dest = BONDS[home()][0] if bonded else (c.name, c.street, c.town)
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "1 Consignor - excise number",
                    "1 Versender - Verbrauchsteuernummer",
                    "1 Expéditeur - numéro d'accise",
                ),
                f"{own}  {name}",
            ),
            (
                tr(lg, "2 Place of dispatch", "2 Versandort (Steuerlager)", "2 Lieu d'expédition"),
                f"{own}  {street}, {town}",
            ),
            (
                tr(lg, "3 Consignee", "3 Empfänger", "3 Destinataire"),
                f"{serial(rng, EXCISE[home() if bonded else c.lang])}  {dest[0]}",
            ),
            (
                tr(lg, "4 Place of delivery", "4 Lieferort", "4 Lieu de livraison"),
                f"{dest[1]}, {dest[2]}",
            ),
            (
                tr(lg, "5 Office of dispatch", "5 Zollstelle Versand", "5 Bureau d'expédition"),
                rng.choice(OFFICES[lg]),
            ),
            (
                tr(lg, "6 Journey time", "6 Beförderungsdauer", "6 Durée du transport"),
                rng.choice(["D01", "D02", "D03", "D05"]),
            ),
            (
                tr(lg, "7 Transport arranger", "7 Veranlasser", "7 Organisateur du transport"),
                tr(lg, "1 Consignor", "1 Versender", "1 Expéditeur"),
            ),
            (
                tr(lg, "8 Invoice no. / date", "8 Rechnungs-Nr. / Datum", "8 Facture n° / date"),
                f"{serial(rng, '99999')} / {short(d, lg)}",
            ),
            (
                tr(lg, "9 Transport mode", "9 Beförderungsart", "9 Mode de transport"),
                tr(lg, "3 Road", "3 Straßenverkehr", "3 Route"),
            ),
            (
                tr(lg, "10 Guarantor", "10 Sicherheitsleistender", "10 Garant"),
                tr(lg, "1 Consignor", "1 Versender", "1 Expéditeur"),
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    f.y += 6
    band(p, s, f.y, tr(lg, "17 Body records", "17 Positionen", "17 Corps du document"))
    f.y += 16
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (0.8, "left"),
            (1.1, "left"),
            (3.2, "left"),
            (1, "right"),
            (0.8, "right"),
            (1, "right"),
            (0.9, "right"),
        ],
    )
    rows = []
    for k, (wn, bottles) in enumerate(lines, 1):
        cn, epc = CN[wn.colour]
        litres = bottles * 0.75
        rows.append(
            [
                str(k),
                epc,
                cn,
                f"{wn.name} {wn.vintage}",
                money(litres, lg),
                money(wn.abv, lg),
                money(litres * 1.32, lg),
                f"{bottles // 6} CT",
            ]
        )
    per_page = 3 if rng.random() < 0.5 else 6
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "EPC", "VSt-Code", "Code"),
            tr(lg, "CN code", "KN-Code", "Code NC"),
            tr(lg, "Description", "Handelsbezeichnung", "Désignation"),
            tr(lg, "Litres", "Liter", "Litres"),
            "% vol",
            tr(lg, "Gross kg", "Rohmasse", "Masse brute"),
            tr(lg, "Pack.", "Packst.", "Colis"),
        ],
        rows[:per_page],
        s,
        size=7.5,
        rules=True,
        step=2.0,
    )
    f.y += 6
    for wn, _ in lines[:per_page]:
        f.need(12)
        f.page.text(
            m + 8,
            f.y,
            fit(
                tr(
                    lg,
                    "Wine product category 1 - origin ",
                    "Weinbauerzeugnis Kat. 1 - Ursprung ",
                    "Catégorie 1 - origine ",
                )
                + f"{wn.appellation}",
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
        f.y += 10
    if len(rows) > per_page or rng.random() < 0.2:
        f.new_page()
        if len(rows) > per_page:
            band(
                f.page,
                s,
                f.y,
                tr(
                    lg,
                    "17 Body records (continued)",
                    "17 Positionen (Fortsetzung)",
                    "17 Corps du document (suite)",
                ),
            )
            f.y += 16
            table(
                f,
                cols,
                [
                    "#",
                    "EPC",
                    "CN",
                    tr(lg, "Description", "Handelsbezeichnung", "Désignation"),
                    "l",
                    "% vol",
                    "kg",
                    "",
                ],
                rows[per_page:],
                s,
                size=7.5,
                rules=True,
                step=2.0,
            )
            f.y += 10
        band(
            f.page,
            s,
            f.y,
            tr(lg, "Transport details", "Beförderungsangaben", "Détails du transport"),
        )
        f.y += 16
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Transport unit", "Beförderungsmittel", "Unité de transport"),
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                ),
                (
                    tr(lg, "Identity", "Kennzeichen", "Immatriculation"),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg]),
                ),
                (tr(lg, "Commercial seal", "Verschluss", "Scellé"), serial(rng, "999999")),
                (
                    tr(lg, "First transporter", "Erster Beförderer", "Premier transporteur"),
                    rng.choice([r[0] for r in SENDERS["forwarder"][lg]]),
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
    pages = f.pages
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        pg.text(w - m, hh - 22, f"{k}/{n}", s.font, 7, "right")
        pg.text(m, hh - 22, f"ARC {code}", s.font, 7)
    note(customer=c, wines=ws, day=d, ref=code)
    return pages


def tpl_export_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """The forwarder's export declaration for a shipment of the winery's wine (CDS print,
    Ausfuhrbegleitdokument, document d'accompagnement export) with its MRN barcode, boxes and
    items, now and then with the forwarder's covering note in front."""
    h = head_of(who, "forwarder")
    lg = h.lang
    s0 = style_of(h, A4)
    w, hh = A4
    c = the_customer(rng, ("ead", "customer_invoice"))
    ws = the_wines(rng, rng.randint(1, 5), ("ead", "customer_invoice"))
    d = the_day(rng, ("ead", "customer_invoice"), (0, 3))
    lines = consignment(rng, ws)
    to = export_consignee(rng, c)
    mrn = f"{d.year % 100:02d}{lg.upper()}{serial(rng, 'AAAA99999999999')}{rng.randint(0, 9)}"
    ead_ref = LAST["ref"] if LAST["kind"] == "ead" else arc(rng, home())
    pages: list[Page] = []
    if rng.random() < 0.45:
        f = sheets(s0, h)
        recipient(
            f,
            s0,
            h,
            house_lines(tr(lg, "Shipping dept.", "Versandabteilung", "Service expéditions")),
            d,
            [
                (tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), serial(rng, "SH-999999")),
                ("MRN", mrn),
            ],
        )
        caption(
            f,
            s0,
            tr(
                lg,
                "Export declaration - your shipment",
                "Ausfuhranmeldung - Ihre Sendung",
                "Déclaration d'export - votre expédition",
            ),
            1,
        )
        write(f, s0, dear(lg, None))
        write(f, s0, prose(rng, lg, "wine", 2, 3))
        write(
            f,
            s0,
            tr(
                lg,
                "Please keep the enclosed declaration with your records as evidence of export.",
                "Bitte bewahren Sie das beiliegende Ausfuhrbegleitdokument als Ausfuhrnachweis "
                "auf.",
                "Veuillez conserver le document ci-joint comme justificatif d'exportation.",
            ),
        )
        regards(
            f,
            s0,
            lg,
            staff(h, "customs"),
            tr(lg, "Customs clearance", "Zollabfertigung", "Service douane"),
        )
        pages += close(f.pages, s0, h, numbers="none")
    s = Style(
        "Courier" if rng.random() < 0.5 else "Helvetica",
        "Courier-Bold",
        8,
        36,
        "none",
        "bottom",
        A4,
        "short",
    )
    if s.font == "Helvetica":
        s.bold = "Helvetica-Bold"
    m = s.margin
    title = tr(
        lg, "EXPORT DECLARATION (CDS)", "AUSFUHRBEGLEITDOKUMENT", "DOCUMENT D'ACCOMPAGNEMENT EXPORT"
    )
    f = Sheets(
        A4,
        hh - m - 20,
        lambda p, n: m + 4 if n == 1 else running_header(p, s, f"{title} - MRN {mrn}"),
    )
    p = f.page
    p.text(m, f.y, title, s.bold, 12)
    p.text(
        m,
        f.y + 13,
        tr(
            lg,
            "HM Revenue & Customs - Customs Declaration Service",
            "ATLAS-Ausfuhr - Zollverwaltung",
            "DELTA G - Direction générale des douanes",
        ),
        s.font,
        7,
    )
    p.rect(w - m - 170, f.y - 12, 170, 36)
    p.text(w - m - 165, f.y - 1, "A", s.bold, 12)
    p.text(
        w - m - 150,
        f.y - 1,
        tr(lg, "Declaration EX A", "Anmeldung EX A", "Déclaration EX A"),
        s.font,
        8,
    )
    p.text(w - m - 150, f.y + 12, f"{short(d, home())}", s.font, 8)
    f.y += 34
    p.text(m, f.y, "MRN", s.bold, 9)
    p.text(m + 36, f.y, mrn, "Courier-Bold", 11)
    f.y += 8
    p.barcode("code128", mrn, m, f.y)
    f.y += 80
    name, _street, town, _, _ = house_row()
    eori = serial(
        random.Random(zlib.crc32(f"cask/eori/{HOUSE['seed']}".encode())),
        f"{home().upper()}999999999999",
    )
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "2 Exporter (EORI)", "2 Ausführer (EORI)", "2 Exportateur (EORI)"),
                f"{eori}  {name}, {town}",
            ),
            (tr(lg, "8 Consignee", "8 Empfänger", "8 Destinataire"), f"{to[0]}, {to[2]}"),
            (
                tr(
                    lg,
                    "14 Declarant / representative",
                    "14 Anmelder / Vertreter",
                    "14 Déclarant / représentant",
                ),
                h.name,
            ),
            (
                tr(lg, "17 Country of destination", "17 Bestimmungsland", "17 Pays de destination"),
                to[3],
            ),
            (
                tr(lg, "29 Office of exit", "29 Ausgangszollstelle", "29 Bureau de sortie"),
                rng.choice(OFFICES[lg]),
            ),
            (tr(lg, "30 Location of goods", "30 Warenort", "30 Lieu des marchandises"), town),
            (
                tr(lg, "31 Packages", "31 Packstücke", "31 Colis"),
                f"{sum(b for _, b in lines) // 6} CT / {max(1, sum(b for _, b in lines) // 300)} "
                "PAL",
            ),
            (tr(lg, "44 Documents", "44 Unterlagen", "44 Documents"), f"C651 {ead_ref}"),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    band(f.page, s, f.y, tr(lg, "Goods items", "Warenpositionen", "Articles"))
    f.y += 16
    rows = []
    for k, (wn, bottles) in enumerate(lines, 1):
        rows.append(
            [
                str(k),
                CN[wn.colour][0],
                f"{wn.name} {wn.vintage}",
                "10 00",
                str(bottles // 6),
                money(bottles * 1.32, lg),
                money(bottles * 0.75, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (1.1, "left"),
                (3.5, "left"),
                (0.8, "left"),
                (0.7, "right"),
                (1, "right"),
                (1, "right"),
            ],
        ),
        [
            "32",
            "33",
            tr(lg, "31 Description", "31 Warenbezeichnung", "31 Désignation"),
            "37",
            "CT",
            tr(lg, "35 Gross kg", "35 Rohmasse", "35 Masse brute"),
            tr(lg, "Litres", "Liter", "Litres"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=2.1,
    )
    f.y += 12
    if rng.random() < 0.5:
        f.need(70)
        stamp(
            f.page,
            w - m - 170,
            f.y,
            [
                tr(lg, "EXPORTED", "AUSGANG BESTÄTIGT", "SORTIE CONFIRMÉE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(OFFICES[lg]).split()[0],
            ],
        )
    decl = f.pages
    n = len(decl)
    for k, pg in enumerate(decl, 1):
        pg.text(
            w / 2,
            hh - 20,
            tr(lg, f"Page {k} of {n}", f"Seite {k} von {n}", f"Page {k}/{n}"),
            s.font,
            7,
            "center",
        )
    note(customer=c, wines=ws, day=d, ref=mrn)
    return pages + decl


# ---------------------------------------------------------------------------------------------
# Templates MM: laboratory and organic control
# ---------------------------------------------------------------------------------------------

MARKS = {
    "en": ("UKAS", "TESTING", "9999"),
    "de": ("DAkkS", "D-PL-99999-01-00", ""),
    "fr": ("COFRAC", "ESSAIS", "N° 1-9999"),
}
# parameter (en, de, fr), method, low, high, unit, decimals
PARAMS = [
    (
        ("Alcoholic strength", "Vorhandener Alkohol", "Titre alcoométrique volumique"),
        "OIV-MA-AS312-01",
        0,
        0,
        "% vol",
        2,
    ),
    (("Total alcohol", "Gesamtalkohol", "TAV total"), "calc.", 0, 0, "% vol", 2),
    (
        ("Relative density 20/20", "Relative Dichte 20/20", "Masse volumique 20 °C"),
        "OIV-MA-AS2-01",
        0.9890,
        0.9990,
        "",
        4,
    ),
    (
        ("Total dry extract", "Gesamtextrakt", "Extrait sec total"),
        "OIV-MA-AS2-03",
        18,
        32,
        "g/l",
        1,
    ),
    (
        ("Glucose + fructose", "Glucose + Fructose", "Glucose + fructose"),
        "OIV-MA-AS311-02",
        0.4,
        9,
        "g/l",
        1,
    ),
    (
        ("Total acidity (tartaric)", "Gesamtsäure (als Weinsäure)", "Acidité totale (H2SO4)"),
        "OIV-MA-AS313-01",
        4.5,
        9.5,
        "g/l",
        1,
    ),
    (
        ("Volatile acidity (acetic)", "Flüchtige Säure (als Essigsäure)", "Acidité volatile"),
        "OIV-MA-AS313-02",
        0.2,
        0.7,
        "g/l",
        2,
    ),
    (("pH", "pH-Wert", "pH"), "OIV-MA-AS313-15", 3.0, 3.7, "", 2),
    (
        ("Free sulphur dioxide", "Freie schweflige Säure", "SO2 libre"),
        "OIV-MA-AS323-04",
        18,
        45,
        "mg/l",
        0,
    ),
    (
        ("Total sulphur dioxide", "Gesamte schweflige Säure", "SO2 total"),
        "OIV-MA-AS323-04",
        60,
        165,
        "mg/l",
        0,
    ),
    (("Malic acid", "Äpfelsäure", "Acide malique"), "OIV-MA-AS313-11", 0.1, 4.5, "g/l", 1),
    (("Lactic acid", "Milchsäure", "Acide lactique"), "OIV-MA-AS313-07", 0.1, 2.5, "g/l", 1),
]
EXPORT_PARAMS = [
    (("Methanol", "Methanol", "Méthanol"), "OIV-MA-AS312-03", 30, 180, "mg/l", 0),
    (("Citric acid", "Citronensäure", "Acide citrique"), "OIV-MA-AS313-09", 0.1, 0.6, "g/l", 2),
    (("Ash", "Asche", "Cendres"), "OIV-MA-AS2-04", 1.4, 2.6, "g/l", 2),
    (("Sodium", "Natrium", "Sodium"), "OIV-MA-AS322-03", 5, 40, "mg/l", 0),
    (("Copper", "Kupfer", "Cuivre"), "OIV-MA-AS322-06", 0.02, 0.4, "mg/l", 2),
    (("Lead", "Blei", "Plomb"), "OIV-MA-AS322-12", 0.005, 0.06, "mg/l", 3),
    (("Cadmium", "Cadmium", "Cadmium"), "OIV-MA-AS322-10", 0.0005, 0.003, "mg/l", 4),
    (("Ochratoxin A", "Ochratoxin A", "Ochratoxine A"), "OIV-MA-AS315-10", 0.01, 0.3, "µg/l", 2),
]


def tpl_lab_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's certificate of analysis (Prüfbericht, bulletin d'analyse) for one wine:
    accreditation mark, customer and sample, results with method and uncertainty, always
    numbered; a second page with the export parameters and the signatory now and then."""
    h = head_of(who, "lab", ["band", "split", "rule", "framed", "centred"])
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    wn = rng.choice(wines())
    d = on(rng, -60, 15)
    no = serial(rng, rng.choice(["99-99999", "PB 9999/99", "BA99999"]))
    header = f"{h.name} - {tr(lg, 'Report', 'Prüfbericht', 'Bulletin')} {no}"
    f = sheets(s, h, header)
    mk = MARKS[lg]
    rr = random.Random(zlib.crc32(f"cask/mark/{h.name}".encode()))
    p = f.page
    bx = w - m - 92
    p.rect(bx, f.y - 14, 92, 40)
    p.text(bx + 46, f.y, mk[0], "Helvetica-Bold", 12, "center")
    p.text(bx + 46, f.y + 11, serial(rr, mk[1]), "Helvetica", 6, "center")
    if mk[2]:
        p.text(bx + 46, f.y + 20, serial(rr, mk[2]), "Helvetica", 6, "center")
    caption(f, s, tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "BULLETIN D'ANALYSE"), 4)
    p.text(m, f.y, tr(lg, "Report no. ", "Prüfbericht-Nr. ", "Bulletin n° ") + no, s.font, s.size)
    f.y += 22
    name, _street, town, _, _ = house_row()
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), f"{name}, {town}"),
            (tr(lg, "Sample", "Probe", "Échantillon"), f"{wn.name} {wn.vintage}"),
            (
                tr(lg, "Lot / tank", "Los / Tank", "Lot / cuve"),
                f"{wn.lot} / {tr(lg, 'Tank', 'Tank', 'Cuve')} {rng.randint(1, 40)}",
            ),
            (tr(lg, "Sample no.", "Proben-Nr.", "N° échantillon"), serial(rng, "99-99999")),
            (tr(lg, "Received", "Eingang", "Réception"), short(d, lg)),
            (
                tr(lg, "Analysed", "Prüfzeitraum", "Analysé le"),
                f"{short(d, lg)} - {short(d + timedelta(days=rng.randint(1, 4)), lg)}",
            ),
            (
                tr(lg, "Purpose", "Zweck", "Objet"),
                rng.choice(
                    [
                        tr(lg, "Pre-bottling", "Füllfertigkeit", "Avant mise"),
                        tr(lg, "Export", "Export", "Export"),
                        tr(lg, "Certification", "Qualitätsweinprüfung", "Agrément"),
                    ]
                ),
            ),
            (
                tr(lg, "Container", "Gebinde", "Contenant"),
                rng.choice(["0,75 l", "0,5 l PET", "1 l"]),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    params = [x for x in PARAMS if not (x[0][0] == "Malic acid" and rng.random() < 0.5)]
    params = params[: rng.randint(8, len(params))]
    if wn.colour == "sp":
        params.append(
            (
                ("Carbon dioxide pressure", "Kohlensäureüberdruck", "Surpression CO2"),
                "OIV-MA-AS314-02",
                4.5,
                6.2,
                "bar",
                1,
            )
        )
    rows = []
    for names, method, lo, hi, unit, dec in params:
        if unit == "% vol":
            v = wn.abv + rng.uniform(-0.3, 0.3) + (0.3 if names[0].startswith("Total") else 0.0)
        elif names[0].startswith("Glucose"):
            v = rng.uniform(0.5, 3.5) if wn.colour != "sw" else rng.uniform(30, 90)
        else:
            v = rng.uniform(lo, hi)
        unc = f"± {money(v * rng.uniform(0.02, 0.08), lg)}" if rng.random() < 0.8 else ""
        rows.append([tr(lg, *names), method, money(v, lg) if dec else str(round(v)), unit, unc])
    cols = columns(
        m, w - m, [(3.2, "left"), (2, "left"), (1, "right"), (0.9, "center"), (1, "right")]
    )
    head = [
        tr(lg, "Parameter", "Parameter", "Paramètre"),
        tr(lg, "Method", "Methode", "Méthode"),
        tr(lg, "Result", "Ergebnis", "Résultat"),
        tr(lg, "Unit", "Einheit", "Unité"),
        tr(lg, "Uncertainty", "Messuns.", "Incertitude"),
    ]
    table(f, cols, head, rows, s, size=8, shade=0.88, rules=rng.random() < 0.5, step=1.8)
    f.y += 10
    two = rng.random() < 0.4
    if two:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Additional parameters (export)",
                "Weitere Parameter (Export)",
                "Paramètres complémentaires (export)",
            ),
            1,
        )
        rows2 = []
        for names, method, lo, hi, unit, dec in EXPORT_PARAMS[: rng.randint(4, len(EXPORT_PARAMS))]:
            v = rng.uniform(lo, hi)
            rows2.append([tr(lg, *names), method, money(v, lg) if dec else str(round(v)), unit, ""])
        table(f, cols, head, rows2, s, size=8, shade=0.88, step=1.8)
        f.y += 10
    write(
        f,
        s,
        tr(lg, "Remarks: ", "Bemerkungen: ", "Observations : ") + prose(rng, lg, "wine", 1, 1),
        pt=s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The results relate only to the sample as received. This report shall not be "
            "reproduced except in full.",
            "Die Ergebnisse beziehen sich ausschließlich auf den Prüfgegenstand. Auszugsweise "
            "Vervielfältigung nur mit Genehmigung.",
            "Les résultats ne concernent que l'échantillon soumis à l'essai. Reproduction "
            "partielle interdite.",
        ),
        pt=7.5,
    )
    f.need(70)
    f.y += 20
    sign(f.page, m, f.y, staff(h, "chem"))
    f.y += 8
    f.page.text(m, f.y, staff(h, "chem"), s.bold, s.size - 1)
    f.page.text(
        m,
        f.y + 11,
        tr(lg, "Authorised signatory", "Prüfleiter/in", "Responsable technique"),
        s.font,
        s.size - 2,
    )
    f.page.text(
        w - m,
        f.y + 11,
        tr(lg, "- End of report -", "- Ende des Prüfberichts -", "- Fin du bulletin -"),
        s.font,
        7.5,
        "right",
    )
    numbers = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    pages = close(f.pages, s, h, numbers)
    for pg in pages:
        pg.text(
            w - m, 20, f"{tr(lg, 'Report', 'Prüfbericht', 'Bulletin')} {no}", s.font, 7, "right"
        )
    received(rng, pages[0], d + timedelta(days=3), 0.3)
    note(wines=[wn], day=d, ref=no)
    return pages


CERT_CODES = {"en": "GB-ORG-08", "de": "DE-ÖKO-047", "fr": "FR-BIO-21"}


def tpl_organic_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The control body's certificate under Regulation (EU) 2018/848 (or its UK counterpart):
    boxes 1-9 in a frame, activity and product category ticks, validity and signature; the
    product list as an annex page now and then."""
    h = head_of(who, "certifier", ["band", "centred", "rule", "framed"])
    lg = h.lang
    s = style_of(h, A4, 50)
    w, hh = A4
    m = s.margin
    d = the_day(rng, ("organic_inspection",), (14, 60))
    code = CERT_CODES[lg]
    no = f"{code}-{d.year}-{rng.randint(10000, 99999)}"
    p = Page(A4)
    p.rect(m - 16, m - 36, w - 2 * m + 32, hh - 2 * m + 26)
    p.rect(m - 13, m - 33, w - 2 * m + 26, hh - 2 * m + 20)
    y = heading(p, s, h) + 4
    p.text(w / 2, y, tr(lg, "CERTIFICATE", "BESCHEINIGUNG", "CERTIFICAT"), s.bold, 16, "center")
    y += 14
    for ln in wrap(
        tr(
            lg,
            "Certificate for operator in accordance with Article 35(1) of Regulation (EU) "
            "2018/848 as retained in UK law",
            "Bescheinigung für Unternehmer gemäß Artikel 35 Absatz 1 der Verordnung (EU) 2018/848",
            "Certificat pour opérateur conformément à l'article 35, paragraphe 1, du règlement "
            "(UE) 2018/848",
        ),
        s.font,
        8,
        w - 2 * m - 40,
    ):
        p.text(w / 2, y, ln, s.font, 8, "center")
        y += 10
    y += 10
    name, street, town, _, _ = house_row()
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "1. Document number", "1. Nummer des Dokuments", "1. Numéro du document"), no),
            (
                tr(lg, "2. Type", "2. Art", "2. Type"),
                tr(lg, "Operator", "Unternehmer", "Opérateur"),
            ),
            (
                tr(
                    lg,
                    "3. Name and address of the operator",
                    "3. Name und Anschrift des Unternehmers",
                    "3. Nom et adresse de l'opérateur",
                ),
                f"{name}, {street}, {town}",
            ),
            (
                tr(lg, "5. Control body", "5. Kontrollstelle", "5. Organisme de contrôle"),
                f"{h.name} - {code}",
            ),
        ],
        per=1,
        tall=27,
        hand=False,
    )
    p.text(m, y, tr(lg, "4. Activity", "4. Tätigkeit", "4. Activité"), s.bold, 8.5)
    y += 13
    acts = [
        tr(lg, "Production", "Erzeugung", "Production"),
        tr(lg, "Preparation", "Aufbereitung", "Préparation"),
        tr(
            lg,
            "Distribution / placing on the market",
            "Vertrieb / Inverkehrbringen",
            "Distribution / mise sur le marché",
        ),
        tr(lg, "Storage", "Lagerung", "Stockage"),
        tr(lg, "Import", "Einfuhr", "Importation"),
        tr(lg, "Export", "Ausfuhr", "Exportation"),
    ]
    y = ticks(
        p,
        s,
        m + 8,
        y,
        w - 2 * m - 16,
        acts,
        {0, 1, 2, 3} | ({5} if rng.random() < 0.5 else set()),
        8,
    )
    p.text(
        m,
        y,
        tr(lg, "6. Category of products", "6. Erzeugniskategorie", "6. Catégorie de produits"),
        s.bold,
        8.5,
    )
    y += 13
    cats = [
        tr(
            lg,
            "(a) unprocessed plants",
            "(a) unverarbeitete Pflanzen",
            "(a) végétaux non transformés",
        ),
        tr(
            lg,
            "(d) processed agricultural products",
            "(d) verarbeitete landw. Erzeugnisse",
            "(d) produits agricoles transformés",
        ),
        tr(lg, "(f) wine", "(f) Wein", "(f) vin"),
        tr(lg, "(g) other products", "(g) sonstige Erzeugnisse", "(g) autres produits"),
    ]
    y = ticks(p, s, m + 8, y, w - 2 * m - 16, cats, {0, 2}, 8)
    conv = rng.random() < 0.2
    y = ticks(
        p,
        s,
        m + 8,
        y,
        w - 2 * m - 16,
        [
            tr(lg, "organic production", "ökologische Produktion", "production biologique"),
            tr(lg, "in conversion", "Umstellung", "en conversion"),
        ],
        {0, 1} if conv else {0},
        8,
    )
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "7. Period of validity", "7. Gültigkeitsdauer", "7. Période de validité"),
                f"{short(d, lg)} - {short(date(d.year + 1, 12, 31), lg)}",
            ),
            (
                tr(lg, "8. Date of control", "8. Datum der Kontrolle", "8. Date du contrôle"),
                short(d - timedelta(days=rng.randint(14, 60)), lg),
            ),
        ],
        per=2,
        tall=27,
        hand=False,
    )
    for ln in wrap(
        tr(
            lg,
            "9. This document has been issued on the basis of the verification of the operator "
            "and confirms that the operator complies with the requirements of the Regulation.",
            "9. Dieses Dokument wurde auf der Grundlage der Kontrolle des Unternehmers "
            "ausgestellt und bestätigt, dass der Unternehmer die Anforderungen der Verordnung "
            "erfüllt.",
            "9. Le présent document a été délivré sur la base du contrôle de l'opérateur et "
            "atteste que celui-ci respecte les exigences du règlement.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 26
    sign(p, m + 10, y, staff(h, "cert"))
    p.line(m, y + 4, m + 180, y + 4)
    p.text(m, y + 14, f"{staff(h, 'cert')} - {short(d, lg)}", s.font, 7.5)
    stamp(
        p, w - m - 150, y - 30, [code, tr(lg, "CERTIFIED ORGANIC", "ÖKO-KONTROLLE", "CERTIFIÉ BIO")]
    )
    pages = [p]
    if rng.random() < 0.45:
        annex = tr(
            lg, "Annex - list of products", "Anlage - Erzeugnisliste", "Annexe - liste des produits"
        )

        def annex_top(q: Page, n: int) -> float:
            q.text(m, m, annex, s.bold, 12)
            q.text(
                m,
                m + 14,
                f"{tr(lg, 'to certificate', 'zur Bescheinigung', 'au certificat')} {no}",
                s.font,
                8,
            )
            return m + 40

        f = Sheets(A4, hh - m, annex_top)
        rows = [
            [
                wn.name,
                tr(lg, "wine", "Wein", "vin"),
                tr(lg, "organic", "ökologisch", "biologique")
                if not conv or rng.random() < 0.6
                else tr(lg, "in conversion", "Umstellung", "conversion"),
            ]
            for wn in wines()
        ]
        rows.append(
            [
                tr(lg, "Grapes", "Trauben", "Raisins"),
                tr(lg, "unprocessed", "unverarbeitet", "non transformé"),
                tr(lg, "organic", "ökologisch", "biologique"),
            ]
        )
        table(
            f,
            columns(m, w - m, [(4, "left"), (2, "left"), (2, "left")]),
            [
                tr(lg, "Product", "Erzeugnis", "Produit"),
                tr(lg, "Category", "Kategorie", "Catégorie"),
                tr(lg, "Status", "Status", "Statut"),
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        pages += f.pages
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        pg.text(w / 2, hh - m + 4, f"{no}  -  {k}/{n}", s.font, 7, "center")
    note(day=d, ref=no)
    return pages


CHECKS = {
    "vine": {
        "en": [
            "Parcel records and maps up to date",
            "Inputs used are authorised (Annex II)",
            "Copper applied within limit (28 kg/ha over 7 years)",
            "Buffer zones to conventional neighbours respected",
            "Spray diary complete and signed",
            "Harvest records by parcel",
        ],
        "de": [
            "Flächenverzeichnis und Lagepläne aktuell",
            "Betriebsmittel zugelassen (Anhang II)",
            "Kupfereinsatz innerhalb der Grenze (28 kg/ha in 7 Jahren)",
            "Abstand zu konventionellen Nachbarflächen eingehalten",
            "Spritztagebuch vollständig",
            "Ernteaufzeichnungen je Fläche",
        ],
        "fr": [
            "Relevé parcellaire et plans à jour",
            "Intrants autorisés (annexe II)",
            "Cuivre dans la limite (28 kg/ha sur 7 ans)",
            "Zones tampons avec les voisins conventionnels",
            "Cahier de traitements complet",
            "Registre de récolte par parcelle",
        ],
    },
    "cellar": {
        "en": [
            "Oenological practices and substances authorised",
            "Total SO2 within organic limits",
            "Separation of organic and non-organic lots",
            "Cellar register / stock records reconcile",
            "Cleaning agents documented",
            "Bought-in grapes covered by certificates",
        ],
        "de": [
            "Önologische Verfahren und Stoffe zulässig",
            "Gesamt-SO2 innerhalb der Öko-Grenzwerte",
            "Trennung ökologischer und konventioneller Partien",
            "Kellerbuch / Bestandsbuch schlüssig",
            "Reinigungsmittel dokumentiert",
            "Zugekaufte Trauben mit Bescheinigung",
        ],
        "fr": [
            "Pratiques et produits oenologiques autorisés",
            "SO2 total dans les limites bio",
            "Séparation des lots bio et non bio",
            "Registre de cave et stocks cohérents",
            "Produits de nettoyage documentés",
            "Achats de raisins couverts par certificat",
        ],
    },
    "label": {
        "en": [
            "EU organic logo and code number correct",
            "Place of farming indicated",
            "Labels approved before printing",
            "Sales invoices mention organic status",
        ],
        "de": [
            "EU-Bio-Logo und Codenummer korrekt",
            "Herkunftsangabe vorhanden",
            "Etiketten vor Druck freigegeben",
            "Verkaufsrechnungen mit Öko-Hinweis",
        ],
        "fr": [
            "Logo bio UE et numéro de code corrects",
            "Lieu de production indiqué",
            "Étiquettes validées avant impression",
            "Factures de vente mentionnant le statut bio",
        ],
    },
}


def tpl_organic_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The control body's inspection report filled in on site: visit data in hand, checklists
    for vineyard, cellar and labelling with Yes / No / N/A ticks, findings, samples and both
    signatures; now and then a photo sheet."""
    h = head_of(who, "certifier", ["band", "centred", "rule", "framed"])
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = on(rng, -120, 0)
    no = serial(rng, "IR-9999-99999")
    title = tr(lg, "Inspection report", "Kontrollbericht", "Rapport d'inspection")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    caption(f, s, title.upper(), 3)
    f.page.text(w - m, f.y - 22, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.font, s.size, "right")
    name, _street, town, _, _ = house_row()
    inspector = staff(h, "insp")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Unternehmen", "Opérateur"), name),
            (
                tr(lg, "Operator no.", "Betriebs-Nr.", "N° opérateur"),
                serial(random.Random(int(HOUSE["seed"])), "99999"),
            ),  # type: ignore[call-overload]
            (tr(lg, "Date of inspection", "Datum der Kontrolle", "Date du contrôle"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Horaire"),
                f"{rng.randint(8, 10)}:{rng.choice(['00', '15', '30'])} - "
                f"{rng.randint(12, 16)}:{rng.choice(['00', '30', '45'])}",
            ),
            (tr(lg, "Inspector", "Kontrolleur/in", "Inspecteur"), inspector),
            (
                tr(
                    lg,
                    "Present for the operator",
                    "Anwesend für den Betrieb",
                    "Présent pour l'opérateur",
                ),
                staff(house_head(), "md"),
            ),
        ],
        per=2,
        tall=26,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "announced", "angekündigt", "annoncé"),
            tr(lg, "unannounced", "unangekündigt", "inopiné"),
            tr(lg, "annual", "jährlich", "annuel"),
            tr(lg, "follow-up", "Nachkontrolle", "suivi"),
        ],
        {rng.randrange(2), 2 if rng.random() < 0.8 else 3},
    )
    head = [*yes_no(lg), tr(lg, "N/A", "entf.", "S.O.")]
    for key, t in (
        ("vine", tr(lg, "A. Vineyard", "A. Weinbau", "A. Vigne")),
        (
            "cellar",
            tr(
                lg,
                "B. Winemaking and storage",
                "B. Kellerwirtschaft und Lagerung",
                "B. Vinification et stockage",
            ),
        ),
        (
            "label",
            tr(
                lg,
                "C. Labelling and sales",
                "C. Kennzeichnung und Vermarktung",
                "C. Étiquetage et ventes",
            ),
        ),
    ):
        f.need(60)
        f.y += 6
        band(f.page, s, f.y, t)
        f.y += 16
        qs = CHECKS[key][lg]
        rows = [(q, 0 if rng.random() < 0.85 else rng.choice([1, 2])) for q in qs]
        notes = {k: words(rng, lg, "rule", 6) for k, (_, c) in enumerate(rows) if c == 1}
        form_table(f, s, rows, head, notes=notes)
    f.need(160)
    f.y += 8
    band(
        f.page,
        s,
        f.y,
        tr(lg, "D. Findings", "D. Feststellungen / Abweichungen", "D. Constats / manquements"),
    )
    f.y += 16
    nf = rng.choice([0, 0, 1, 2, 3])
    if nf == 0:
        scribble(
            f.page,
            m + 6,
            f.y + 4,
            tr(
                lg,
                "No non-conformities found.",
                "Keine Abweichungen festgestellt.",
                "Aucun manquement constaté.",
            ),
            10,
        )
        f.y += 22
    for k in range(nf):
        f.need(30)
        f.page.rect(m, f.y - 10, w - 2 * m, 24)
        f.page.text(m + 4, f.y, f"{k + 1}.", s.font, 8)
        scribble(
            f.page,
            m + 20,
            f.y + 2,
            fit(words(rng, lg, "rule", rng.randint(6, 10)), HAND, 9, w - 2 * m - 110),
            9,
        )
        f.page.text(
            w - m - 80,
            f.y,
            tr(lg, "minor", "gering", "mineur")
            if rng.random() < 0.7
            else tr(lg, "major", "schwer", "majeur"),
            s.font,
            8,
        )
        f.y += 28
    f.y += 6
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [tr(lg, "Sample taken", "Probe gezogen", "Prélèvement effectué"), *yes_no(lg)],
        {1 if rng.random() < 0.3 else 2},
    )
    f.need(120)
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "The operator confirms having been present during the inspection and having received "
            "a copy of this report.",
            "Der Unternehmer bestätigt, bei der Kontrolle anwesend gewesen zu sein und eine Kopie "
            "dieses Berichts erhalten zu haben.",
            "L'opérateur certifie avoir assisté au contrôle et avoir reçu un exemplaire du "
            "présent rapport.",
        ),
        pt=7.5,
    )
    f.y += 6
    f.y = signature_pair(
        f.page,
        s,
        f.y,
        (tr(lg, "Inspector", "Kontrolleur/in", "L'inspecteur"), inspector),
        (tr(lg, "Operator", "Unternehmer", "L'opérateur"), staff(house_head(), "md")),
        lg,
        town.split(" ", 1)[-1] if lg != "en" else town.rsplit(" ", 2)[0],
        short(d, lg),
    )
    pages = f.pages
    if rng.random() < 0.3:
        q = Page(A4)
        y = running_header(q, s, f"{h.name} - {title} {no}")
        q.text(m, y + 10, tr(lg, "Photographs", "Fotodokumentation", "Photos"), s.bold, s.size + 2)
        caps = [
            tr(lg, "Sprayer store", "Pflanzenschutzlager", "Local phytosanitaire"),
            tr(lg, "Tank labelling", "Tankbeschriftung", "Étiquetage des cuves"),
            tr(lg, "Buffer zone", "Pufferstreifen", "Zone tampon"),
            tr(lg, "Bottled stock", "Flaschenlager", "Stock bouteilles"),
        ]
        cw = (w - 2 * m - 14) / 2
        ch = cw * 0.7
        for k in range(4):
            cx = m + (k % 2) * (cw + 14)
            cy = y + 30 + (k // 2) * (ch + 28)
            photo(q, cx, cy, cw, ch, rng)
            q.text(cx, cy + ch + 11, f"{k + 1}  {caps[k]}", s.font, 7.5)
        pages.append(q)
    numbers = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    pages = close(pages, s, h, numbers if rng.random() < 0.7 else h.numbers)
    note(day=d, ref=no)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MM: suppliers of the bottling line
# ---------------------------------------------------------------------------------------------

# (en, de, fr), unit price, quantity range
Good = tuple[tuple[str, str, str], float, tuple[int, int]]
GOODS: dict[str, list[Good]] = {
    "labels": [
        (
            (
                "Front label 90 x 120 mm, 4 col. + hot foil",
                "Frontetikett 90 x 120 mm, 4-farbig + Heißfolie",
                "Étiquette 90 x 120 mm, quadri + dorure",
            ),
            0.11,
            (2000, 12000),
        ),
        (
            ("Back label 80 x 100 mm", "Rückenetikett 80 x 100 mm", "Contre-étiquette 80 x 100 mm"),
            0.06,
            (2000, 12000),
        ),
        (("Neck collar", "Halsschleife", "Collerette"), 0.05, (1000, 6000)),
        (("Printing plates / set-up", "Klischees / Rüstkosten", "Clichés / calage"), 85.0, (1, 1)),
        (("Digital proof", "Digitalproof", "BAT numérique"), 25.0, (1, 2)),
    ],
    "closures": [
        (
            (
                "Natural cork 45 x 24 mm, grade 1",
                "Naturkork 45 x 24 mm, Qualität 1",
                "Bouchon naturel 45 x 24, 1er choix",
            ),
            0.21,
            (1000, 10000),
        ),
        (
            (
                "Technical cork 44 x 24 mm",
                "Technischer Kork 44 x 24 mm",
                "Bouchon technique 44 x 24",
            ),
            0.09,
            (2000, 12000),
        ),
        (
            (
                "Screwcap 30 x 60 mm, Saranex liner",
                "Schraubverschluss 30 x 60, Saranex",
                "Capsule à vis 30 x 60 Saranex",
            ),
            0.07,
            (2000, 15000),
        ),
        (
            (
                "Tin capsule 30 x 55 mm, printed",
                "Zinnkapsel 30 x 55 mm, bedruckt",
                "Capsule étain 30 x 55 imprimée",
            ),
            0.12,
            (1000, 8000),
        ),
        (
            ("Sparkling cork + wire hood", "Sektkorken + Agraffe", "Bouchon champenois + muselet"),
            0.24,
            (1000, 6000),
        ),
    ],
    "glass": [
        (
            (
                "Burgundy bottle 75 cl, antique green",
                "Burgunderflasche 0,75 l, antikgrün",
                "Bourguignonne 75 cl vert antique",
            ),
            0.42,
            (2000, 18000),
        ),
        (
            (
                "Schlegel bottle 75 cl, flint",
                "Schlegelflasche 0,75 l, weiß",
                "Flûte 75 cl extra-blanc",
            ),
            0.38,
            (2000, 18000),
        ),
        (
            (
                "Sparkling bottle 75 cl, heavy",
                "Sektflasche 0,75 l, schwer",
                "Champenoise 75 cl lourde",
            ),
            0.62,
            (1000, 8000),
        ),
        (
            (
                "Carton 6 x 75 cl, printed",
                "Karton 6 x 0,75 l, bedruckt",
                "Carton 6 x 75 cl imprimé",
            ),
            0.85,
            (200, 3000),
        ),
        (
            ("Euro pallet (deposit)", "Europalette (Pfand)", "Palette Europe (consigne)"),
            12.0,
            (2, 18),
        ),
    ],
    "bottling": [
        (
            (
                "Mobile bottling, per bottle",
                "Lohnabfüllung je Flasche",
                "Mise en bouteilles, par col",
            ),
            0.14,
            (2000, 14000),
        ),
        (
            ("Set-up and cleaning", "Rüsten und Reinigung", "Installation et nettoyage"),
            180.0,
            (1, 1),
        ),
        (
            ("Sterile filtration cartridges", "Sterilfilterkerzen", "Cartouches de filtration"),
            95.0,
            (1, 3),
        ),
        (("Nitrogen", "Stickstoff", "Azote"), 38.0, (1, 2)),
        (("Travel / call-out", "Anfahrt", "Déplacement"), 120.0, (1, 1)),
    ],
}


def supply_kind(name: str) -> str:
    n = name.lower()
    if "label" in n or "etikett" in n or "étiquette" in n:
        return "labels"
    if "bottling" in n or "abfüll" in n or "embouteillage" in n:
        return "bottling"
    if "kork" in n or "bouchage" in n:
        return "closures"
    return "glass"


def goods_of(rng: random.Random, h: Head) -> list[tuple[str, int, float]]:
    kind = supply_kind(h.name)
    if kind == "glass" and ("Closures" in h.name or "Verschluss" in h.name) and rng.random() < 0.5:
        kind = "closures"
    pool = GOODS[kind]
    picks = [pool[0], *rng.sample(pool[1:], rng.randint(1, len(pool) - 1))]
    out = []
    for names, price, (lo, hi) in picks:
        qty = rng.randint(lo, hi)
        if qty > 100:
            qty = qty // 500 * 500 or 500
        out.append((tr(h.lang, *names), qty, price * rng.uniform(0.9, 1.15)))
    return out


VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}


def vat_lines(lang: str, net: float) -> tuple[list[tuple[str, str]], float]:
    """The VAT rows of an invoice from a ``lang`` sender to the business, and the total."""
    if lang == home():
        v = net * VAT[lang]
        return [(tr(lang, "VAT 20%", "USt. 19 %", "TVA 20 %"), cash(v, lang))], net + v
    if "en" in (lang, home()):
        t = tr(
            lang,
            "VAT zero-rated - export",
            "steuerfreie Ausfuhr",
            "Exonération de TVA - exportation",
        )
    else:
        t = tr(
            lang,
            "",
            "Steuerschuldnerschaft des Leistungsempfängers",
            "Autoliquidation - art. 196 directive 2006/112/CE",
        )
    return [(t, cash(0, lang))], net


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's invoice for bottles, closures, labels or mobile bottling in its own language
    and currency; a specimen label sheet and a terms page behind it now and then."""
    h = head_of(who, "supplier")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = the_day(rng, ("delivery_note",), (0, 6))
    gs = LAST.get("goods") if LAST["kind"] == "delivery_note" else None
    goods = gs if isinstance(gs, list) and gs else goods_of(rng, h)
    dn = LAST["ref"] if LAST["kind"] == "delivery_note" else serial(rng, "LS 999999")
    no = serial(rng, rng.choice(["INV-999999", "RE 99-99999", "FA999999", "99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    rr = random.Random(zlib.crc32(f"cask/custno/{h.name}/{HOUSE['seed']}".encode()))
    recipient(
        f,
        s,
        h,
        house_lines(tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(rr, "99999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), str(dn)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for k, (t, q, pr) in enumerate(goods, 1):
        rows.append([str(k), t, f"{q}", money(pr, lg), money(q * pr, lg)])
        net += q * pr
    table(
        f,
        columns(
            m, w - m, [(0.6, "left"), (4.2, "left"), (1, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Pos.", "Pos.", "Pos."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
        step=1.8,
    )
    f.y += 8
    f.need(80)
    vl, total = vat_lines(lg, net)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.52,
            f.y,
            [
                (tr(lg, "Net", "Nettobetrag", "Total HT"), cash(net, lg)),
                *vl,
                (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), cash(total, lg)),
            ],
            w - m,
        )
        + 8
    )
    due = d + timedelta(days=rng.choice([14, 30, 30, 60]))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due by {short(due, lg)}. Please quote the invoice number.",
            f"Zahlbar bis {short(due, lg)} ohne Abzug, bei Zahlung innerhalb 8 Tagen 2 % Skonto.",
            f"Échéance : {short(due, lg)}. Pénalités de retard : 3 fois le taux d'intérêt légal ; "
            "indemnité forfaitaire de recouvrement 40 €.",
        ),
        pt=s.size - 1,
    )
    pages = close(f.pages, s, h)
    if supply_kind(h.name) == "labels" and rng.random() < 0.5:
        q = Page(s.page_size)
        y = running_header(q, s, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
        q.text(
            m,
            y + 12,
            tr(lg, "Specimen - as printed", "Belegmuster", "Spécimen - tel qu'imprimé"),
            s.bold,
            s.size + 2,
        )
        wn = rng.choice(wines())
        lw, lh = 90 * MM * 1.6, 120 * MM * 1.2
        wine_label(q, (w - lw) / 2, y + 40, lw, lh, house_row()[0], wn, home(), rng)
        yy = y + 60 + lh
        for t in [
            tr(lg, "Format", "Format", "Format") + ": 90 x 120 mm",
            tr(lg, "Colours", "Farben", "Couleurs")
            + f": CMYK + Pantone {rng.randint(100, 7600)} C + "
            + tr(lg, "hot foil gold", "Heißfolie gold", "dorure or"),
            tr(lg, "Material", "Material", "Support")
            + ": "
            + rng.choice(["Rivoli 90 g", "Estate No. 8", "Tintoretto Gesso"]),
            tr(lg, "Unwind", "Abrollrichtung", "Sens de déroulement") + f": {rng.randint(1, 8)}",
        ]:
            q.text(m, yy, t, s.font, 8)
            yy += 12
        pages.append(q)
    if rng.random() < 0.25:
        pages += small_print(
            rng,
            style_of(h, s.page_size),
            lg,
            tr(
                lg,
                "TERMS AND CONDITIONS OF SALE",
                "ALLGEMEINE VERKAUFS- UND LIEFERBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES DE VENTE",
            ),
            "sale",
            1,
            rng.choice([2, 3]),
        )
    received(rng, pages[0], d, 0.45)
    note(day=d, ref=no, goods=goods)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note for glass, closures or labels, or a mobile bottler's bottling
    record: items, pallets, ticks and the winery's signature on receipt."""
    h = head_of(who, "supplier")
    lg = h.lang
    size = rng.choice([A5, A5L, A4, A4])
    s = style_of(h, size, 36 if size != A4 else 0, 8.5 if size != A4 else 0)
    w, _hh = size
    m = s.margin
    d = on(rng, -60, 10)
    bottling = supply_kind(h.name) == "bottling"
    goods = goods_of(rng, h)
    no = serial(rng, rng.choice(["DN 999999", "LS-9999999", "BL 99999"]))
    f = sheets(s, h)
    p = f.page
    title = (
        tr(lg, "BOTTLING RECORD", "ABFÜLLPROTOKOLL", "RAPPORT DE MISE EN BOUTEILLES")
        if bottling
        else tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    )
    p.text(m, f.y, title, s.bold, s.size + 4)
    p.text(w - m, f.y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, s.size, "right")
    f.y += 18
    name, _street, town, _, _ = house_row()
    lines = [
        (tr(lg, "Deliver to", "Lieferanschrift", "Livré à"), f"{name}, {town}"),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "99999")),
        (
            tr(lg, "Vehicle / driver", "Fahrzeug / Fahrer", "Véhicule / chauffeur"),
            staff(h, "driver").split()[0],
        ),
    ]
    f.y = fields(p, s, m, f.y, w - 2 * m, lines, per=2, tall=22, hand=False)
    if bottling:
        wn = rng.choice(wines())
        n_b = rng.randint(2000, 14000) // 10 * 10
        rows = [
            [tr(lg, "Wine", "Wein", "Vin"), f"{wn.name} {wn.vintage}"],
            [tr(lg, "Tank", "Tank", "Cuve"), str(rng.randint(1, 30))],
            [
                tr(lg, "Closure", "Verschluss", "Bouchage"),
                rng.choice(["Stelvin 30x60", "Natural 45x24", "DIAM 5"]),
            ],
            [tr(lg, "Bottles filled", "Gefüllte Flaschen", "Cols tirés"), str(n_b)],
            [tr(lg, "Lot", "Los", "Lot"), wn.lot],
            [
                tr(lg, "Dissolved O2", "Gelöster O2", "O2 dissous"),
                f"{rng.uniform(0.2, 1.2):.2f} mg/l",
            ],
        ]
        for a, b in rows:
            f.need(16)
            f.page.text(m, f.y, a, s.font, s.size)
            scribble(f.page, m + (w - 2 * m) * 0.45, f.y, b, 9.5)
            f.page.line(m + (w - 2 * m) * 0.44, f.y + 3, w - m, f.y + 3)
            f.y += 16
        goods = [(tr(lg, "Bottles filled", "Gefüllte Flaschen", "Cols tirés"), n_b, 0.14)]
    else:
        rows2 = [[str(k), t, str(q)] for k, (t, q, _) in enumerate(goods, 1)]
        table(
            f,
            columns(m, w - m, [(0.4, "left"), (4.6, "left"), (1, "right")]),
            [
                tr(lg, "Pos.", "Pos.", "Pos."),
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            rows2,
            s,
            size=8,
            rules=True,
            step=1.9,
        )
        f.y += 4
        f.need(30)
        f.page.text(
            m,
            f.y,
            tr(lg, "Pallets: delivered", "Paletten: geliefert", "Palettes : livrées"),
            s.font,
            8,
        )
        scribble(f.page, m + 110, f.y, str(rng.randint(1, 12)), 10)
        f.page.text(m + 150, f.y, tr(lg, "returned", "getauscht", "rendues"), s.font, 8)
        scribble(f.page, m + 200, f.y, str(rng.randint(0, 6)), 10)
        f.y += 16
    f.need(60)
    f.y += 4
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Received in good order", "Ware ohne Beanstandung erhalten", "Reçu en bon état"),
            tr(lg, "Damage noted", "Schaden vermerkt", "Réserves"),
        ],
        {0} if rng.random() < 0.85 else {1},
    )
    f.y += 14
    f.page.text(m, f.y, tr(lg, "Received by", "Empfangen", "Réceptionné par"), s.font, 8)
    sign(f.page, m + 70, f.y, staff(house_head(), "cellar"), 12)
    f.page.line(m + 65, f.y + 3, m + 220, f.y + 3)
    scribble(f.page, w - m - 70, f.y, short(d, lg), 9)
    pages = close(f.pages, s, h, "none")
    note(day=d, ref=no, goods=goods)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MM: the winery's sales
# ---------------------------------------------------------------------------------------------

COLOURS = {
    "sp": ("Sparkling", "Sekt & Perlwein", "Effervescents"),
    "w": ("White", "Weißweine", "Vins blancs"),
    "ro": ("Rosé", "Roséweine", "Rosés"),
    "r": ("Red", "Rotweine", "Vins rouges"),
    "sw": ("Sweet", "Edelsüße Weine", "Moelleux"),
}
UK_DUTY = {"sp": 2.67, "w": 2.67, "ro": 2.67, "r": 2.67, "sw": 2.27}


def order_lines(rng: random.Random, after: tuple[str, ...]) -> list[tuple[Wine, int]]:
    ls = LAST.get("lines")
    if LAST["kind"] in after and isinstance(ls, list) and ls:
        return ls
    return [
        (wn, rng.choice([6, 6, 12, 12, 18, 24, 36, 60]))
        for wn in rng.sample(wines(), rng.randint(1, min(6, len(wines()))))
    ]


def tpl_customer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's invoice to a restaurant, merchant or importer: wines with vintage,
    bottles and prices, duty for English trade customers, VAT or the intra-Community / export
    note with the ARC; the delivery conditions as a second page now and then."""
    h = house_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    c = the_customer(rng, ("restaurant_order",))
    lines = order_lines(rng, ("restaurant_order",))
    d = the_day(rng, ("restaurant_order",), (1, 6))
    no = serial(rng, rng.choice(["99999", "INV 9999", "RE-99-9999", "F99-9999"]))
    f = sheets(s, h, f"{house_row()[0]} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        customer_lines(c),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), c.number),
            (
                tr(lg, "Delivery", "Lieferdatum", "Livraison"),
                short(d - timedelta(days=rng.randint(0, 2)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    rows = []
    net = 0.0
    export = c.lang != home()
    duty = 0.0
    for k, (wn, b) in enumerate(lines, 1):
        pr = wn.price * (1.0 if c.role == "importer" else 1.15)
        rows.append(
            [str(k), f"{wn.name}", str(wn.vintage), str(b), money(pr, lg), money(pr * b, lg)]
        )
        net += pr * b
        if lg == "en" and not export:
            duty += UK_DUTY[wn.colour] * b
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (4.2, "left"),
                (0.8, "center"),
                (0.8, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            "#",
            tr(lg, "Wine", "Wein", "Vin"),
            tr(lg, "Vintage", "Jahrg.", "Mill."),
            tr(lg, "Bottles", "Fl.", "Btl."),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        step=1.8,
    )
    f.y += 8
    f.need(90)
    items = [(tr(lg, "Goods", "Warenwert netto", "Total HT"), cash(net, lg))]
    if duty:
        items.append(("Excise duty (UK)", cash(duty, lg)))
    if rng.random() < 0.3 and not export:
        items.append(
            (tr(lg, "Delivery", "Fracht", "Port"), cash(rng.choice([12.0, 15.0, 25.0]), lg))
        )
    base = net + duty + (rng.choice([12.0, 15.0, 25.0]) if len(items) > 2 else 0.0)
    if export:
        items.append(
            (
                tr(
                    lg,
                    "VAT zero-rated (export)",
                    "steuerfreie innergemeinschaftliche Lieferung"
                    if c.lang != "en"
                    else "steuerfreie Ausfuhr",
                    "Exonération de TVA, art. 262 ter I du CGI"
                    if c.lang != "en"
                    else "Exonération - exportation",
                ),
                cash(0, lg),
            )
        )
        total = base
    else:
        items.append((tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), cash(base * VAT[lg], lg)))
        total = base * (1 + VAT[lg])
    items.append((tr(lg, "Total due", "Gesamtbetrag", "Net à payer"), cash(total, lg)))
    f.y = pairs(f.page, s, w * 0.5, f.y, items, w - m) + 8
    if export:
        write(
            f,
            s,
            f"ARC {arc(rng, lg)} - "
            + tr(lg, "consignee VAT no. ", "USt-IdNr. Empfänger ", "TVA destinataire ")
            + serial(rng, c.lang.upper() + "999999999"),
            pt=8,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within {rng.choice([14, 30])} days to the account shown below. Goods remain "
            "our property until paid in full.",
            f"Zahlbar innerhalb {rng.choice([10, 14, 30])} Tagen ohne Abzug. Die Ware bleibt bis "
            "zur vollständigen Bezahlung unser Eigentum.",
            "Paiement à 30 jours. Pas d'escompte pour paiement anticipé. Réserve de propriété "
            "jusqu'au paiement intégral.",
        ),
        pt=8.5,
    )
    pages = f.pages
    if rng.random() < 0.2:
        pages += small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "CONDITIONS OF SALE AND DELIVERY",
                "LIEFER- UND ZAHLUNGSBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES DE VENTE",
            ),
            "sale",
            1,
            rng.choice([1, 2]),
        )
    pages = close(pages, s, h)
    note(customer=c, lines=lines, wines=[wn for wn, _ in lines], day=d, ref=no)
    return pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's credit note to a customer for corked or broken bottles, returns or a price
    correction, referring to the invoice; on A4 or A5."""
    h = house_head()
    lg = h.lang
    size = rng.choice([A4, A4, A5])
    s = style_of(h, size, 40 if size == A5 else 0, 8.5 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    c = the_customer(rng, ("customer_invoice",))
    d = the_day(rng, ("customer_invoice",), (5, 40))
    inv = LAST["ref"] if LAST["kind"] == "customer_invoice" else serial(rng, "99999")
    lines = order_lines(rng, ("customer_invoice",))
    no = serial(rng, rng.choice(["CN 9999", "GS-9999", "AV 9999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        customer_lines(c),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift", "Avoir n°"), no),
            (tr(lg, "Re invoice", "zu Rechnung", "Sur facture"), str(inv)),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 3)
    reason = rng.choice(
        [
            tr(lg, "corked bottles returned", "Korkschmecker reklamiert", "bouteilles bouchonnées"),
            tr(lg, "breakage in transit", "Transportbruch", "casse au transport"),
            tr(lg, "goods returned", "Warenrücknahme", "retour de marchandise"),
            tr(lg, "price correction", "Preiskorrektur", "correction de prix"),
        ]
    )
    write(f, s, tr(lg, "Reason: ", "Grund: ", "Motif : ") + reason)
    rows = []
    net = 0.0
    for wn, b in lines[: rng.randint(1, 2)]:
        q = min(b, rng.choice([1, 1, 2, 3, 6]))
        rows.append(
            [f"{wn.name} {wn.vintage}", str(q), money(wn.price, lg), f"-{money(wn.price * q, lg)}"]
        )
        net += wn.price * q
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.7, "right"), (1.1, "right"), (1.2, "right")]),
        [
            tr(lg, "Wine", "Wein", "Vin"),
            tr(lg, "Btl.", "Fl.", "Btl."),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        step=1.8,
    )
    f.y += 6
    v = 0.0 if c.lang != home() else net * VAT[lg]
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (tr(lg, "Net", "Netto", "HT"), f"-{cash(net, lg)}"),
                (tr(lg, "VAT", "USt.", "TVA"), f"-{cash(v, lg)}"),
                (
                    tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir"),
                    f"-{cash(net + v, lg)}",
                ),
            ],
            w - m,
        )
        + 6
    )
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be set against your next invoice.",
            "Der Betrag wird mit der nächsten Rechnung verrechnet.",
            "Ce montant sera déduit de votre prochaine facture.",
        ),
        pt=s.size - 1,
    )
    pages = close(f.pages, s, h, "none")
    note(customer=c, lines=lines, day=d, ref=no)
    return pages


def tpl_price_list(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's price list to the trade: a covering letter now and then, the list by
    colour over one or two pages (portrait or landscape) and an order form now and then."""
    h = house_head()
    lg = h.lang
    d = on(rng, -40, 10)
    year = d.year if d.month < 9 else d.year + 1
    pages: list[Page] = []
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    title = tr(
        lg,
        f"Trade price list {year}",
        f"Preisliste {year} - Fachhandel & Gastronomie",
        f"Tarif professionnel {year}",
    )
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, customer_lines(rng.choice(customers())), d, [])
        caption(f, s, title, 1)
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "wine", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                f"Our new prices apply to all orders from {short(d + timedelta(days=30), lg)}.",
                "Die neuen Preise gelten für alle Bestellungen ab "
                f"{short(d + timedelta(days=30), lg)}.",
                "Ces tarifs s'appliquent à toute commande à partir du "
                f"{short(d + timedelta(days=30), lg)}.",
            ),
        )
        regards(f, s, lg, staff(h, "md"), tr(lg, "Director", "Inhaber", "Gérant"))
        pages += f.pages
    size = A4L if rng.random() < 0.35 else A4
    s2 = style_of(h, size)
    w2, h2 = size
    m2 = s2.margin

    def top(p: Page, n: int) -> float:
        if n == 1:
            y = heading(p, s2, h)
            p.text(m2, y, title, s2.bold, s2.size + 4)
            p.text(
                w2 - m2,
                y,
                tr(lg, "valid from ", "gültig ab ", "valable à partir du ")
                + short(d + timedelta(days=30), lg),
                s2.font,
                8,
                "right",
            )
            return y + 24
        return running_header(p, s2, f"{house_row()[0]} - {title}")

    f2 = Sheets(size, h2 - m2 - 7 * len(h.foot) - 6, top)
    cols = columns(
        m2,
        w2 - m2,
        [
            (0.7, "left"),
            (4.0, "left"),
            (0.7, "center"),
            (2.6, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    vat = VAT[lg]
    older = rng.random() < 0.5
    for col in ("sp", "w", "ro", "r", "sw"):
        group = [wn for wn in wines() if wn.colour == col]
        if not group:
            continue
        f2.need(60)
        f2.y += 6
        f2.page.text(m2, f2.y, tr(lg, *COLOURS[col]), s2.bold, s2.size + 1)
        f2.y += 14
        rows = []
        for wn in group:
            back = rng.choice([1, 2, 3]) if older and rng.random() < 0.5 else 0
            sizes = ["75"] + (["150"] if rng.random() < 0.25 else [])
            sizes += ["37,5" if lg != "en" else "37.5"] if rng.random() < 0.15 else []
            for age in range(back + 1):
                for size_cl in sizes if age == 0 else ["75"]:
                    pr = wn.price * {"75": 1.0, "150": 2.3}.get(size_cl, 0.6) * (1 + 0.18 * age)
                    rows.append(
                        [
                            serial(random.Random(zlib.crc32(wn.name.encode())), "999")
                            + ("" if size_cl == "75" else "M" if size_cl == "150" else "H")
                            + (f"-{age}" if age else ""),
                            wn.name,
                            str(wn.vintage - age),
                            wn.appellation,
                            money(wn.abv, lg),
                            size_cl,
                            money(pr, lg),
                            money(pr * (1 + vat), lg) if lg != "en" else money(pr * 6, lg),
                        ]
                    )
        table(
            f2,
            cols,
            [
                tr(lg, "Code", "Art.", "Réf."),
                tr(lg, "Wine", "Wein", "Vin"),
                tr(lg, "Vint.", "Jg.", "Mill."),
                tr(lg, "Appellation", "Qualität", "Appellation"),
                "% vol",
                "cl",
                tr(lg, "btl ex VAT", "netto", "HT"),
                tr(lg, "case of 6", "inkl. MwSt.", "TTC"),
            ],
            rows,
            s2,
            size=7.5,
            rules=rng.random() < 0.4,
            step=1.9,
        )
    f2.need(40)
    f2.y += 10
    write(
        f2,
        s2,
        tr(
            lg,
            "Prices per bottle ex VAT, duty paid, delivered free on orders of 36 bottles or more "
            "on the mainland.",
            "Preise je Flasche ab Weingut. Frachtfrei ab 60 Flaschen innerhalb Deutschlands. Es "
            "gelten unsere Lieferbedingungen.",
            "Prix départ cave, franco à partir de 60 bouteilles en France métropolitaine.",
        ),
        pt=7.5,
    )
    pages += f2.pages
    if rng.random() < 0.4:
        f3 = sheets(s, h)
        caption(f3, s, tr(lg, "ORDER FORM", "BESTELLSCHEIN", "BON DE COMMANDE"), 3)
        f3.y = fields(
            f3.page,
            s,
            m,
            f3.y,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), ""),
                (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), ""),
                (tr(lg, "Delivery address", "Lieferanschrift", "Adresse de livraison"), ""),
                (tr(lg, "Delivery date wanted", "Wunschtermin", "Date souhaitée"), ""),
            ],
            per=2,
            tall=28,
        )
        rows = [[wn.name, str(wn.vintage), money(wn.price, lg), "", ""] for wn in wines()]
        table(
            f3,
            columns(
                m,
                w - m,
                [(4.5, "left"), (0.8, "center"), (1, "right"), (1.2, "center"), (1.2, "center")],
            ),
            [
                tr(lg, "Wine", "Wein", "Vin"),
                tr(lg, "Vint.", "Jg.", "Mill."),
                tr(lg, "Price", "Preis", "Prix"),
                tr(lg, "Bottles", "Flaschen", "Btl."),
                tr(lg, "Cases", "Kartons", "Cartons"),
            ],
            rows,
            s,
            rules=True,
            step=2.2,
        )
        f3.y += 20
        f3.need(40)
        f3.page.text(
            m, f3.y, tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature"), s.font, 8
        )
        f3.page.line(m + 90, f3.y + 2, m + 300, f3.y + 2)
        pages += f3.pages
    out: list[Page] = []
    for p in pages:
        out += close([p], style_of(h, p.size), h, "none")
    if rng.random() < 0.5:
        n = len(out)
        for k, p in enumerate(out, 1):
            pw, ph = p.size
            p.text(pw - m, ph - 30 - 7 * len(h.foot), f"{k}/{n}", s.font, 7.5, "right")
    note(day=d, wines=list(wines()))
    return out


def tpl_restaurant_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A restaurant's or merchant's order in its own language: typed on its letterhead, an
    e-mail printout, or the winery's order form filled in by hand and faxed; a fax cover sheet
    in front now and then."""
    rs = [c for c in customers() if c.role == "restaurant"] or customers()
    c = keyed(who, "restaurant").choice(rs)
    h = customer_head(c, rng)
    lg = c.lang
    d = the_day(rng, ("price_list",), (3, 30))
    lines = [
        (wn, rng.choice([6, 6, 12, 12, 18, 24, 36]))
        for wn in rng.sample(wines(), rng.randint(1, min(6, len(wines()))))
    ]
    name, _street, _town, phone, _ = house_row()
    kind = rng.choice(["letter", "mail", "form", "form"])
    pages: list[Page] = []
    faxed = kind != "mail" and rng.random() < 0.4
    fax_line = (
        f"{short(d, lg)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}  "
        f"FROM: +{rng.choice(['44', '49', '33'])} {serial(rng, '9999 999999')}  "
        f"{c.name.upper()[:24]}"
    )
    if faxed and rng.random() < 0.5:
        s = style_of(h, A4)
        p = Page(A4)
        w, hh = A4
        m = s.margin
        y = heading(p, s, h) + 10
        p.text(m, y + 20, "FAX", s.bold, 40)
        y += 60
        for a, b in [
            (tr(lg, "To", "An", "À"), name),
            (tr(lg, "Fax", "Fax", "Fax"), phone),
            (tr(lg, "From", "Von", "De"), staff(h, "chef")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Pages incl. cover", "Seiten inkl. Deckblatt", "Pages y compris celle-ci"),
                "2",
            ),
            (
                tr(lg, "Re", "Betreff", "Objet"),
                tr(lg, "Wine order", "Weinbestellung", "Commande de vin"),
            ),
        ]:
            p.text(m, y, a, s.bold, 11)
            p.text(m + 150, y, b, s.font, 11)
            p.line(m + 148, y + 4, w - m, y + 4)
            y += 26
        scribble(
            p,
            m,
            y + 30,
            tr(
                lg,
                "Thanks - delivery before the weekend please!",
                "Danke! Lieferung bitte vor dem Wochenende",
                "Merci, livraison avant le week-end svp",
            ),
            11,
        )
        pages.append(p)
    if kind == "letter":
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h)
        recipient(f, s, h, house_lines(), d, [])
        caption(
            f, s, tr(lg, "Order", "Bestellung", "Bon de commande") + f" {serial(rng, '9999')}", 2
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Please deliver the following wines:",
                "hiermit bestellen wir:",
                "Merci de nous livrer :",
            ),
        )
        rows = [[str(b), f"{wn.name} {wn.vintage}", money(wn.price, lg)] for wn, b in lines]
        table(
            f,
            columns(m, w - m, [(1, "right"), (5, "left"), (1.2, "right")]),
            [
                tr(lg, "Btl.", "Fl.", "Btl."),
                tr(lg, "Wine", "Wein", "Vin"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            rows,
            s,
            step=1.8,
        )
        f.y += 6
        write(f, s, prose(rng, lg, "wine", 1, 2))
        regards(
            f, s, lg, staff(h, "chef"), tr(lg, "Head sommelier", "Küchenchef", "Chef sommelier")
        )
        pp = close(f.pages, s, h, "none")
    elif kind == "mail":
        size = rng.choice([A4, LETTER])
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 50, "none", "bottom", size, "short")
        w, hh = size
        m = 50
        f = Sheets(size, hh - 50, lambda p, n: 40)
        f.page.text(
            m,
            f.y,
            fit(
                f"{house_row()[0]} Mail - {tr(lg, 'Order', 'Bestellung', 'Commande')}",
                "Helvetica-Bold",
                11,
                w - 2 * m,
            ),
            "Helvetica-Bold",
            11,
        )
        f.y += 8
        f.page.line(m, f.y, w - m, f.y)
        f.y += 16
        mail = c.name.lower().replace(" ", "").replace("'", "")[:14]
        for a, b in [
            (
                tr(lg, "From", "Von", "De"),
                f"{staff(h, 'chef')} <orders@{mail}.{'co.uk' if lg == 'en' else lg}>",
            ),
            (
                tr(lg, "Sent", "Gesendet", "Envoyé"),
                f"{short(d, lg)} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "To", "An", "À"),
                f"orders@{name.split()[0].lower()}.{'co.uk' if home() == 'en' else home()}",
            ),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(lg, "Order for next week", "Bestellung KW ", "Commande semaine ")
                + (str(d.isocalendar()[1]) if lg != "en" else ""),
            ),
        ]:
            f.page.text(m, f.y, f"{a}:", "Helvetica-Bold", 9)
            f.page.text(m + 60, f.y, fit(b, "Helvetica", 9, w - 2 * m - 60), "Helvetica", 9)
            f.y += 13
        f.y += 10
        write(f, s, tr(lg, "Hi,", "Hallo zusammen,", "Bonjour,"))
        write(f, s, tr(lg, "could you send us", "bitte liefert uns", "pourriez-vous nous livrer"))
        for wn, b in lines:
            write(f, s, f"{b} x {wn.name} {wn.vintage}", indent=14)
        write(f, s, prose(rng, lg, "wine", 1, 1))
        write(f, s, tr(lg, "Thanks,", "Danke und viele Grüße", "Merci et bonne journée,"))
        write(f, s, f"{staff(h, 'chef')}\n")
        write(f, s, f"{c.name} - {c.street}, {c.town}", pt=8)
        pp = f.pages
        for k, p in enumerate(pp, 1):
            p.text(
                m,
                hh - 24,
                fit(
                    f"https://mail.{name.split()[0].lower()}.com/mail/u/0/#inbox",
                    "Helvetica",
                    6.5,
                    w / 2,
                ),
                "Helvetica",
                6.5,
            )
            p.text(w - m, hh - 24, f"{k}/{len(pp)}", "Helvetica", 6.5, "right")
            p.text(
                m,
                22,
                f"{short(d, lg)}, {rng.randint(8, 23):02d}:{rng.randint(10, 59):02d}",
                "Helvetica",
                6.5,
            )
    else:
        hh_ = house_head()
        s = style_of(hh_, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, hh_)
        caption(f, s, tr(home(), "ORDER FORM", "BESTELLSCHEIN", "BON DE COMMANDE"), 3)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(home(), "Customer", "Kunde", "Client"), c.name),
                (tr(home(), "Customer no.", "Kunden-Nr.", "N° client"), c.number),
                (
                    tr(home(), "Delivery address", "Lieferanschrift", "Adresse de livraison"),
                    f"{c.street}, {c.town}",
                ),
                (
                    tr(home(), "Delivery date wanted", "Wunschtermin", "Date souhaitée"),
                    short(d + timedelta(days=rng.randint(2, 9)), lg),
                ),
            ],
            per=2,
            tall=28,
        )
        wanted = {wn.name: b for wn, b in lines}
        rows = [[wn.name, str(wn.vintage), money(wn.price, home()), "", ""] for wn in wines()]
        table(
            f,
            columns(
                m,
                w - m,
                [(4.5, "left"), (0.8, "center"), (1, "right"), (1.2, "center"), (1.2, "center")],
            ),
            [
                tr(home(), "Wine", "Wein", "Vin"),
                tr(home(), "Vint.", "Jg.", "Mill."),
                tr(home(), "Price", "Preis", "Prix"),
                tr(home(), "Bottles", "Flaschen", "Btl."),
                tr(home(), "Cases", "Kartons", "Cartons"),
            ],
            rows,
            s,
            rules=True,
            step=2.2,
        )
        # The quantities written by hand into the rows.
        size = s.size - 1
        y_last = f.y - size * 2.2
        for k, wn in enumerate(reversed(wines())):
            if wn.name in wanted:
                b = wanted[wn.name]
                scribble(
                    f.page,
                    m + (w - 2 * m) * 0.78,
                    y_last - k * size * 2.2,
                    str(b) if b % 6 else f"{b // 6} ct",
                    10,
                )
        f.y += 16
        f.page.text(
            m,
            f.y,
            tr(home(), "Date, signature", "Datum, Unterschrift", "Date, signature"),
            s.font,
            8,
        )
        sign(f.page, m + 100, f.y, staff(h, "chef"))
        f.page.line(m + 90, f.y + 2, m + 300, f.y + 2)
        if rng.random() < 0.6:
            stamp(f.page, w - m - 180, f.y - 10, [c.name[:26], c.town[:26]])
        pp = close(f.pages, s, hh_, "none")
    pages += pp
    if faxed:
        for p in pages:
            pw, _ = p.size
            p.text(12, 10, fit(fax_line, "Courier", 7, pw - 24), "Courier", 7)
    note(customer=c, lines=lines, wines=[wn for wn, _ in lines], day=d, ref="")
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MM: fairs and tastings
# ---------------------------------------------------------------------------------------------

EVENTS = {
    "en": "London Wine Trade Week",
    "de": "WeinMesse Rhein-Main",
    "fr": "Salon Vins & Spiritueux Paris",
}


def tpl_fair_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade fair organiser's paper: the exhibitor contract (application form filled in by
    the winery and countersigned) or the stand confirmation letter with the payment schedule;
    the hall plan and the conditions of participation behind it."""
    h = head_of(who, "fair", ["band", "rule", "centred", "framed"])
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = on(rng, -200, -20)
    year = d.year + (1 if d.month > 4 else 0)
    event = f"{EVENTS[lg]} {year}"
    hall = rng.choice(["1", "2", "3", "4.1", "5.2"])
    stand = f"{hall.split('.')[0]}{chr(65 + rng.randrange(4))}{rng.randint(10, 90):02d}"
    area = rng.choice([6, 9, 12, 15, 18, 24])
    rate = rng.choice([265.0, 289.0, 310.0, 345.0])
    name, street, town, phone, _ = house_row()
    f = sheets(s, h, f"{event} - {tr(lg, 'Exhibitor', 'Aussteller', 'Exposant')} {name}")
    pages: list[Page] = []
    if rng.random() < 0.55:
        caption(
            f,
            s,
            tr(
                lg,
                "EXHIBITOR CONTRACT",
                "ANMELDUNG / STANDMIETVERTRAG",
                "DEMANDE DE PARTICIPATION / CONTRAT",
            ),
            3,
        )
        f.page.text(m, f.y, event, s.bold, s.size + 1)
        f.y += 16
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Company", "Firma", "Raison sociale"), name),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(house_head(), "md")),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), phone),
                (
                    tr(lg, "VAT no.", "USt-IdNr.", "N° TVA"),
                    serial(random.Random(int(HOUSE["seed"])), f"{home().upper()}999999999"),
                ),  # type: ignore[call-overload]
                (tr(lg, "Country / region", "Land / Anbaugebiet", "Pays / région"), region()),
            ],
            per=2,
            tall=26,
        )
        f.page.text(m, f.y, tr(lg, "Stand type", "Standart", "Type de stand"), s.bold, 8.5)
        f.y += 13
        f.y = ticks(
            f.page,
            s,
            m + 8,
            f.y,
            w - 2 * m - 16,
            [
                tr(
                    lg,
                    "Row stand (1 side open)",
                    "Reihenstand (1 Seite offen)",
                    "Stand en ligne (1 face)",
                ),
                tr(lg, "Corner stand", "Eckstand", "Stand d'angle"),
                tr(lg, "Peninsula", "Kopfstand", "Stand en tête"),
                tr(lg, "Shared table", "Gemeinschaftsstand", "Table partagée"),
            ],
            {rng.randrange(4)},
        )
        f.y = ticks(
            f.page,
            s,
            m + 8,
            f.y,
            w - 2 * m - 16,
            [
                tr(lg, "Shell scheme package", "Komplettstand-Paket", "Stand équipé"),
                tr(lg, "Space only", "nur Fläche", "Surface nue"),
                tr(lg, "Refrigerator", "Kühlschrank", "Réfrigérateur"),
                tr(lg, "Spittoons and glasses", "Gläserservice", "Verres et crachoirs"),
            ],
            set(rng.sample(range(4), 2)),
        )
        f.y += 4
        rows = [
            [
                tr(lg, "Stand area", "Standfläche", "Surface"),
                f"{area} m²",
                money(rate, lg),
                money(area * rate, lg),
            ],
            [
                tr(lg, "Registration fee", "Anmeldegebühr", "Frais de dossier"),
                "1",
                money(395, lg),
                money(395, lg),
            ],
            [
                tr(lg, "Media package", "Medienpaket", "Pack communication"),
                "1",
                money(180, lg),
                money(180, lg),
            ],
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.3, "right")]),
            [
                tr(lg, "Item", "Leistung", "Prestation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rate", "Preis", "Prix"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        f.y += 10
        write(
            f,
            s,
            tr(
                lg,
                "We accept the conditions of participation and the technical guidelines.",
                "Wir erkennen die Teilnahmebedingungen und die Technischen Richtlinien als "
                "verbindlich an.",
                "Nous acceptons le règlement général et les conditions de participation.",
            ),
            pt=8,
        )
        f.need(110)
        f.y = signature_pair(
            f.page,
            s,
            f.y + 6,
            (tr(lg, "Exhibitor", "Aussteller", "L'exposant"), staff(house_head(), "md")),
            (
                tr(
                    lg,
                    "Organiser - confirmed",
                    "Veranstalter - bestätigt",
                    "L'organisateur - accepté",
                ),
                staff(h, "sales"),
            ),
            lg,
            town.split(" ", 1)[-1] if home() != "en" else town.rsplit(" ", 2)[0],
            short(d, lg),
            h.town.split(" ", 1)[-1] if lg != "en" else h.town.rsplit(" ", 2)[0],
        )
        pages += f.pages
        if rng.random() < 0.5:
            pages.append(hall_plan(rng, s, lg, hall, stand, event))
    else:
        recipient(
            f,
            s,
            h,
            house_lines(),
            d,
            [
                (tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"), serial(rng, "99999")),
                (tr(lg, "Stand", "Stand", "Stand"), stand),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Confirmation of stand allocation",
                "Zulassung und Standbestätigung",
                "Confirmation d'attribution de stand",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We are pleased to confirm your participation in {event}.",
                f"wir freuen uns, Ihnen die Zulassung zur {event} zu bestätigen.",
                f"Nous avons le plaisir de confirmer votre participation au {event}.",
            ),
        )
        write(f, s, prose(rng, lg, "wine", 2, 3))
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (tr(lg, "Hall / stand", "Halle / Stand", "Hall / stand"), f"{hall} / {stand}"),
                    (tr(lg, "Area", "Fläche", "Surface"), f"{area} m²"),
                    (tr(lg, "Set-up", "Aufbau", "Montage"), short(date(year, 3, 14), lg)),
                    (
                        tr(lg, "First instalment", "1. Rate", "Premier acompte"),
                        cash(area * rate * 0.5, lg),
                    ),
                ],
                w - m - 120,
            )
            + 10
        )
        regards(
            f,
            s,
            lg,
            staff(h, "sales"),
            tr(lg, "Exhibitor services", "Ausstellerservice", "Service exposants"),
        )
        pages += f.pages
        pages.append(hall_plan(rng, s, lg, hall, stand, event))
    if rng.random() < 0.6:
        pages += small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "CONDITIONS OF PARTICIPATION",
                "TEILNAHMEBEDINGUNGEN",
                "RÈGLEMENT GÉNÉRAL DU SALON",
            ),
            "fair",
            rng.choice([1, 1, 2]),
            rng.choice([2, 3]),
            f"{h.name} - {event}",
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.35)
    note(day=d, ref=stand)
    return pages


def association(lang: str) -> Row:
    reg = region()
    return {
        "en": (
            f"Wines of {reg} - Growers' Association",
            "The Old Granary, Market Square",
            "Lewes BN7 2NB" if reg == "Sussex" else "Faversham ME13 7AG",
            "",
        ),
        "de": (
            f"Weinbauverband {reg} e.V.",
            "Weinstraße Süd 4",
            "67433 Neustadt a. d. W." if reg == "Pfalz" else "55232 Alzey",
            "",
        ),
        "fr": (
            f"Union des vignerons de {reg}",
            "6 rue du Tribunal",
            "21200 Beaune" if reg == "Bourgogne" else "37500 Chinon",
            "",
        ),
    }[lang]


def tpl_tasting_invitation(rng: random.Random, who: Issuer) -> list[Page]:
    """An invitation to a trade tasting or vintage presentation from the regional growers'
    association or an importer: a card (A5, landscape A5) or a letter, with a reply slip or
    a reply form behind it now and then."""
    r = keyed(who, "inviter")
    if r.random() < 0.5:
        lg = home()
        row = association(lg)
        rh = random.Random(zlib.crc32(f"cask/head/{row[0]}/{HOUSE['seed']}".encode()))
        h = make_head(row, lg, "association", rh, ["centred", "script", "rule"])
        what = tr(
            lg,
            f"{region()} Trade Tasting",
            f"Jahrgangspräsentation {vintage()} - {region()}",
            f"Salon des vins de {region()}",
        )
    else:
        h = head_of(who, "importer", ["centred", "script", "split", "rule"])
        lg = h.lang
        what = tr(
            lg,
            "Spring Portfolio Tasting",
            "Frühjahrsverkostung unserer Winzer",
            "Dégustation de printemps des vignerons",
        )
    d = on(rng, -50, 0)
    ev = d + timedelta(days=rng.randint(14, 60))
    venue = {
        "en": [
            "Vintners' Hall, Upper Thames Street, London",
            "The Assembly Rooms, Lewes",
            "Canterbury Cathedral Lodge",
        ],
        "de": ["Kurhaus Bad Dürkheim", "Kreuzgang des Doms, Mainz", "Rheingoldhalle Mainz"],
        "fr": ["Palais des Congrès de Beaune", "Caves Painctes, Chinon", "Pavillon Ledoyen, Paris"],
    }[lg]
    place = rng.choice(venue)
    card = rng.random() < 0.55
    pages: list[Page] = []
    if card:
        size = rng.choice([A5L, A5L, A5])
        s = style_of(h, size, 46, 9)
        w, hh = size
        m = s.margin
        p = Page(size)
        p.rect(12, 12, w - 24, hh - 24)
        y = heading(p, s, h) + 16
        fnt = "Times-Italic"
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "You are cordially invited to",
                "Herzliche Einladung zur",
                "Vous êtes cordialement invités au",
            ),
            fnt,
            12,
            "center",
        )
        y += 28
        pt = shrink(what, "Times-Bold", 22, w - 2 * m)
        p.text(w / 2, y, what, "Times-Bold", pt, "center")
        y += 30
        for t in [
            date_text(ev, lg, "long")
            + f" - {rng.choice(['11', '12', '14'])}:00 - {rng.choice(['17', '18', '19'])}:00",
            place,
        ]:
            p.text(w / 2, y, fit(t, s.font, 10, w - 2 * m), s.font, 10, "center")
            y += 15
        y += 8
        for t in wrap(prose(rng, lg, "wine", 1, 2), fnt, 9, w - 2 * m - 40)[:3]:
            p.text(w / 2, y, t, fnt, 9, "center")
            y += 12
        p.text(
            w / 2,
            hh - 30,
            tr(lg, "RSVP by ", "Um Antwort wird gebeten bis ", "Réponse souhaitée avant le ")
            + short(ev - timedelta(days=10), lg),
            s.font,
            8,
            "center",
        )
        pages.append(p)
        if rng.random() < 0.4:
            q = Page(size)
            q.text(m, m, tr(lg, "REPLY", "ANTWORT", "COUPON-RÉPONSE"), s.bold, 13)
            q.text(m, m + 14, what, s.font, 9)
            yy = ticks(
                q,
                s,
                m,
                m + 40,
                w - 2 * m,
                [
                    tr(lg, "I will attend", "Ich nehme teil", "Je participerai"),
                    tr(lg, "I cannot attend", "Ich kann leider nicht", "Je ne pourrai pas venir"),
                ],
                {0} if rng.random() < 0.7 else {1},
                9,
            )
            for a in [
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Company", "Firma", "Société"),
                tr(lg, "Guests", "Begleitpersonen", "Accompagnants"),
            ]:
                q.text(m, yy + 10, a, s.font, 9)
                q.line(m + 80, yy + 12, w - m, yy + 12)
                yy += 22
            scribble(q, m + 86, yy - 56, staff(house_head(), "md"), 10)
            scribble(q, m + 86, yy - 34, house_row()[0][:30], 10)
            pages.append(q)
    else:
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h)
        recipient(f, s, h, house_lines(), d, [])
        caption(f, s, tr(lg, "Invitation - ", "Einladung - ", "Invitation - ") + what, 1.5)
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We would be delighted to welcome you on {date_text(ev, lg, 'long')} at {place}.",
                f"wir laden Sie herzlich ein am {date_text(ev, lg, 'long')} in {place}.",
                f"Nous serions heureux de vous accueillir le {date_text(ev, lg, 'long')} au "
                f"{place}.",
            ),
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "wine", 2, 3))
        f.heading(m, tr(lg, "Programme", "Programm", "Programme"), s.bold, s.size + 1)
        for k in range(rng.randint(3, 5)):
            write(
                f,
                s,
                f"{10 + k * 2}:00   " + words(rng, lg, "wine", rng.randint(4, 7))[:-1],
                indent=10,
            )
        regards(f, s, lg, staff(h, "events"), tr(lg, "Events", "Veranstaltungen", "Événements"))
        if rng.random() < 0.5 and f.y < hh - 190:
            y = hh - m - 150
            slip_rule(f.page, m, w - m, y, tr(lg, "cut here", "bitte abtrennen", "à découper"))
            f.page.text(
                m, y + 20, tr(lg, "Reply to ", "Antwort an ", "Réponse à ") + h.name, s.bold, 9
            )
            yy = ticks(
                f.page,
                s,
                m,
                y + 40,
                w - 2 * m,
                [
                    tr(lg, "Yes, we will attend with", "Ja, wir kommen mit", "Oui, nous serons"),
                    tr(lg, "No", "Nein", "Non"),
                ],
                {0},
                9,
            )
            scribble(f.page, m + 200, y + 40, str(rng.randint(1, 3)), 10)
            f.page.text(
                m, yy + 12, tr(lg, "Name / company", "Name / Firma", "Nom / société"), s.font, 9
            )
            f.page.line(m + 100, yy + 14, w - m, yy + 14)
        pages += close(f.pages, s, h, "none")
    received(rng, pages[0], d, 0.25)
    note(day=ev, ref=what)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MM: the cellar
# ---------------------------------------------------------------------------------------------


def tpl_cellar_stock(rng: random.Random, who: Issuer) -> list[Page]:
    """The winery's stock sheet for a month's end: tanks and barrels with the book volume and
    the count written in by hand, or the bottle store by bin; over one or two pages."""
    h = house_head()
    lg = h.lang
    size = A4L if rng.random() < 0.65 else A4
    s = style_of(h, size, 40)
    w, hh = size
    m = s.margin
    prev = LAST["day"] if LAST["kind"] == "cellar_stock" else None
    if isinstance(prev, date):
        d = (
            (prev.replace(day=1) - timedelta(days=1))
            if rng.random() < 0.5
            else (prev.replace(day=28) + timedelta(days=10)).replace(day=1) - timedelta(days=1)
        )
    else:
        d = on(rng, -40, 0).replace(day=1) - timedelta(days=1)
    bottles = rng.random() < 0.4
    title = (
        tr(
            lg,
            "Bottle stock - count sheet",
            "Flaschenlager - Inventurliste",
            "Stock bouteilles - feuille d'inventaire",
        )
        if bottles
        else tr(
            lg,
            "Cellar stock sheet - tanks & barrels",
            "Kellerbuch - Bestandsaufnahme Tanks und Fässer",
            "Inventaire de cave - cuves et fûts",
        )
    )

    def top(p: Page, n: int) -> float:
        y = 34.0
        p.text(m, y, house_row()[0], s.bold, 10)
        p.text(w - m, y, tr(lg, "as at ", "Stichtag ", "au ") + short(d, lg), s.bold, 10, "right")
        y += 16
        p.text(
            m, y, title if n == 1 else f"{title} ({tr(lg, 'cont.', 'Forts.', 'suite')})", s.font, 9
        )
        p.text(w - m, y, tr(lg, "Sheet ", "Blatt ", "Feuille ") + str(n), s.font, 8, "right")
        p.line(m, y + 6, w - m, y + 6)
        return y + 22

    f = Sheets(size, hh - 70, top)
    rows = []
    if bottles:
        for wn in wines():
            for _ in range(rng.randint(1, 3)):
                book = rng.randint(24, 4800)
                rows.append(
                    [
                        f"{rng.choice('ABCDEF')}{rng.randint(1, 24)}",
                        f"{wn.name}",
                        str(wn.vintage - rng.choice([0, 0, 1])),
                        wn.lot,
                        str(book),
                        "",
                        "",
                    ]
                )
        cols = columns(
            m,
            w - m,
            [
                (0.8, "left"),
                (4, "left"),
                (0.8, "center"),
                (1.2, "left"),
                (1, "right"),
                (1.1, "center"),
                (2, "left"),
            ],
        )
        head = [
            tr(lg, "Bin", "Platz", "Case"),
            tr(lg, "Wine", "Wein", "Vin"),
            tr(lg, "Vint.", "Jg.", "Mill."),
            tr(lg, "Lot", "Los", "Lot"),
            tr(lg, "Book", "Soll", "Théorique"),
            tr(lg, "Counted", "Ist", "Compté"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ]
    else:
        for k in range(rng.randint(10, 34)):
            cap = rng.choice([228, 300, 500, 1200, 2500, 5000, 8000, 10000])
            kind = (
                tr(lg, "barrel", "Fass", "fût")
                if cap <= 500
                else tr(lg, "s/s tank", "Edelstahl", "cuve inox")
            )
            wn = rng.choice(wines())
            book = int(cap * rng.uniform(0.55, 0.99)) if rng.random() < 0.85 else 0
            rows.append(
                [
                    f"{'B' if cap <= 500 else 'T'}{k + 1:02d}",
                    kind,
                    str(cap),
                    f"{wn.name} {vintage() - rng.choice([0, 0, 1])}"
                    if book
                    else tr(lg, "empty", "leer", "vide"),
                    str(book),
                    "",
                    str(rng.randint(18, 45)) if book else "",
                    "",
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (1.1, "left"),
                (0.8, "right"),
                (4, "left"),
                (0.9, "right"),
                (0.9, "center"),
                (0.7, "right"),
                (1.8, "left"),
            ],
        )
        head = [
            tr(lg, "No.", "Nr.", "N°"),
            tr(lg, "Vessel", "Gebinde", "Contenant"),
            tr(lg, "Cap. l", "Inhalt l", "Cap. l"),
            tr(lg, "Contents", "Inhalt / Wein", "Contenu"),
            tr(lg, "Book l", "Soll l", "Théor. l"),
            tr(lg, "Dip l", "Ist l", "Mesuré l"),
            tr(lg, "SO2", "SO2 fr.", "SO2"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ]
    # The counts written by hand, row by row, in the column after the book figure.
    hand_col = 5
    start_pages = len(f.pages)
    ys: list[tuple[int, float]] = []
    size_t = 8.0
    f.need(size_t * 5)
    for c, t in zip(cols, head, strict=True):
        cell(f.page, c, f.y, t, s.bold, size_t)
    f.page.line(cols[0][0] - 2, f.y + 5, cols[-1][1] + 2, f.y + 5)
    f.y += size_t * 1.9
    for row in rows:
        if f.need(size_t * 2.1):
            for c, t in zip(cols, head, strict=True):
                cell(f.page, c, f.y, t, s.bold, size_t)
            f.page.line(cols[0][0] - 2, f.y + 5, cols[-1][1] + 2, f.y + 5)
            f.y += size_t * 1.9
        for c, t in zip(cols, row, strict=True):
            cell(f.page, c, f.y, t, s.font, size_t)
        ys.append((len(f.pages) - 1, f.y))
        f.page.line(cols[0][0] - 2, f.y + 5, cols[-1][1] + 2, f.y + 5)
        f.y += size_t * 2.1
    _ = start_pages
    for (pi, y), row in zip(ys, rows, strict=True):
        book = int(row[4])
        if book and rng.random() < 0.92:
            cnt = book if rng.random() < 0.7 else book + rng.randint(-40, 12)
            c = cols[hand_col]
            scribble(f.pages[pi], (c[0] + c[1]) / 2 - 14, y, str(cnt), 9)
            if cnt != book and rng.random() < 0.5:
                scribble(
                    f.pages[pi],
                    cols[-1][0],
                    y,
                    fit(words(rng, lg, "wine", 3), HAND, 8, cols[-1][1] - cols[-1][0]),
                    8,
                )
    f.need(40)
    f.y += 14
    f.page.text(m, f.y, tr(lg, "Counted by", "Aufgenommen", "Inventaire réalisé par"), s.font, 8)
    sign(f.page, m + 80, f.y, staff(h, "cellar"), 12)
    f.page.text(m + 260, f.y, tr(lg, "Checked", "Geprüft", "Vérifié"), s.font, 8)
    if rng.random() < 0.6:
        sign(f.page, m + 310, f.y, staff(h, "md"), 12)
    pages = f.pages
    note(day=d, ref="")
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MM: bank, insurer, authority
# ---------------------------------------------------------------------------------------------


def schedule_page(
    s: Style,
    h: Head,
    title: str,
    head: list[str],
    rows: list[list[str]],
    spec: list[tuple[float, str]],
    header: str = "",
) -> list[Page]:
    """A schedule behind a letter: a title and one table, flowing on as needed."""
    w, hh = s.page_size
    m = s.margin

    def top(p: Page, n: int) -> float:
        y = heading(p, s, h) if h.again else running_header(p, s, header) + 8 if header else m
        if n == 1:
            p.text(m, y, title, s.bold, s.size + 2)
            return y + 22
        return y

    f = Sheets(s.page_size, hh - m - 7 * len(h.foot) - 6, top)
    table(f, columns(m, w - m, spec), head, rows, s, rules=True, step=1.9)
    return f.pages


def tpl_bank_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The bank's letter: an offer of a harvest or stock loan with the repayment schedule, the
    annual review of the facilities asking for accounts and stock figures, or a notice of new
    rates and charges."""
    h = head_of(who, "bank", ["band", "split", "rule", "framed", "centred"])
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = on(rng)
    acc = serial(
        keyed(who, "acc"),
        {
            "en": "99-99-99 99999999",
            "de": "DE99 9999 9999 9999 9999 99",
            "fr": "FR76 9999 9999 9999 9999 9999 999",
        }[lg],
    )
    kind = rng.choice(["loan", "loan", "review", "rates"])
    f = sheets(s, h, f"{h.name} - {acc}")
    manager = staff(h, "rm")
    recipient(
        f,
        s,
        h,
        house_lines(tr(lg, "The Directors", "Geschäftsführung", "Direction")),
        d,
        [
            (tr(lg, "Account", "Konto", "Compte"), acc),
            (tr(lg, "Your contact", "Ihr Berater", "Votre conseiller"), manager),
        ],
    )
    amount = rng.choice([40, 60, 75, 120, 150, 250]) * 1000.0
    rate = rng.uniform(3.9, 7.2)
    title = {
        "loan": tr(
            lg,
            "Harvest and stock finance - offer of loan",
            "Angebot Betriebsmittelkredit / Lesekredit",
            "Offre de prêt - financement des stocks",
        ),
        "review": tr(
            lg,
            "Annual review of your facilities",
            "Jährliche Kreditprüfung - Unterlagen",
            "Revue annuelle de vos concours",
        ),
        "rates": tr(
            lg,
            "Changes to your interest rates and charges",
            "Änderung Ihrer Konditionen",
            "Évolution de vos conditions tarifaires",
        ),
    }[kind]
    caption(f, s, title, 1.5)
    write(f, s, dear(lg, None))
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "money", 2, 4))
    pages_extra: list[Page] = []
    if kind == "loan":
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (tr(lg, "Amount", "Kreditbetrag", "Montant"), cash(amount, lg)),
                    (tr(lg, "Interest rate", "Sollzins p.a.", "Taux"), f"{money(rate, lg)} %"),
                    (
                        tr(lg, "Term", "Laufzeit", "Durée"),
                        tr(lg, "12 months", "12 Monate", "12 mois"),
                    ),
                    (
                        tr(lg, "Security", "Sicherheiten", "Garantie"),
                        tr(
                            lg,
                            "Charge over wine stock",
                            "Sicherungsübereignung Weinvorräte",
                            "Warrant agricole sur stocks",
                        ),
                    ),
                ],
                w - m - 140,
            )
            + 10
        )
        write(
            f,
            s,
            tr(
                lg,
                "Please sign and return the enclosed copy.",
                "Bitte senden Sie uns die beigefügte Zweitschrift unterschrieben zurück.",
                "Merci de nous retourner un exemplaire signé.",
            ),
        )
        if rng.random() < 0.65:
            rows = []
            bal = amount
            start = date(d.year, d.month, 1)
            n = rng.choice([4, 6, 12])
            for k in range(n):
                due = start + timedelta(days=31 * (k + 1))
                intr = bal * rate / 100 / 12
                princ = amount / n
                bal -= princ
                rows.append(
                    [
                        str(k + 1),
                        short(due.replace(day=28), lg),
                        money(princ, lg),
                        money(intr, lg),
                        money(princ + intr, lg),
                        money(max(bal, 0), lg),
                    ]
                )
            pages_extra = schedule_page(
                s,
                h,
                tr(lg, "Repayment schedule", "Tilgungsplan", "Tableau d'amortissement"),
                [
                    "#",
                    tr(lg, "Due", "Fällig", "Échéance"),
                    tr(lg, "Capital", "Tilgung", "Capital"),
                    tr(lg, "Interest", "Zinsen", "Intérêts"),
                    tr(lg, "Instalment", "Rate", "Échéance"),
                    tr(lg, "Balance", "Restschuld", "Restant dû"),
                ],
                rows,
                [
                    (0.4, "left"),
                    (1.3, "left"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (1.3, "right"),
                ],
                f"{h.name} - {acc}",
            )
    elif kind == "review":
        for t in [
            tr(lg, "year-end accounts", "Jahresabschluss", "bilan et compte de résultat"),
            tr(
                lg,
                "stock valuation by vintage",
                "Bestandsbewertung nach Jahrgängen",
                "valorisation des stocks par millésime",
            ),
            tr(lg, "harvest declaration", "Erntemeldung", "déclaration de récolte"),
            tr(lg, "management accounts to date", "aktuelle BWA", "situation intermédiaire"),
        ][: rng.randint(2, 4)]:
            write(f, s, f"-  {t}", indent=14)
    else:
        rows = [
            [
                tr(lg, "Overdraft rate", "Kontokorrentzins", "Taux du découvert"),
                f"{money(rate + 1, lg)} %",
                f"{money(rate + 1.5, lg)} %",
            ],
            [
                tr(lg, "Account fee / month", "Kontoführung / Monat", "Frais de tenue de compte"),
                cash(12.5, lg),
                cash(15, lg),
            ],
            [
                tr(lg, "Card terminal", "Kartenterminal", "Terminal de paiement"),
                cash(19, lg),
                cash(22, lg),
            ],
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.5, "right"), (1.5, "right")]),
            [
                tr(lg, "Item", "Position", "Prestation"),
                tr(lg, "Now", "bisher", "Actuel"),
                tr(lg, "New", "neu", "Nouveau"),
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        f.y += 8
    regards(
        f,
        s,
        lg,
        manager,
        tr(
            lg,
            "Relationship Manager, Agriculture",
            "Firmenkundenberater Agrar",
            "Chargé d'affaires agricoles",
        ),
    )
    pages = close(f.pages + pages_extra, s, h)
    received(rng, pages[0], d, 0.35)
    note(day=d, ref=acc)
    return pages


def tpl_insurer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's letter: renewal of the winery's stock, property and transit cover with the
    schedule of sums insured, or the settlement of a claim (breakage, a leaking tank, hail) with
    the settlement statement now and then."""
    h = head_of(who, "insurer", ["band", "split", "rule", "framed", "centred"])
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = on(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["WN/999999/99", "VS 99.999.999", "CT 9999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
    renew = rng.random() < 0.55
    recipient(
        f,
        s,
        h,
        house_lines(),
        d,
        [(tr(lg, "Policy", "Versicherungsschein", "Contrat"), pol)]
        + (
            []
            if renew
            else [(tr(lg, "Claim", "Schaden-Nr.", "Sinistre"), serial(rng, "99-999999"))]
        ),
    )
    extra: list[Page] = []
    if renew:
        caption(
            f,
            s,
            tr(
                lg,
                "Renewal of your policy",
                "Beitragsrechnung und Verlängerung",
                "Avis d'échéance - renouvellement",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "cover", 2, 4))
        items = [
            (
                tr(
                    lg,
                    "Wine stock in tank and barrel",
                    "Weinvorräte Tank und Fass",
                    "Stock de vin en cuve et fût",
                ),
                rng.randint(20, 120) * 10000,
            ),
            (
                tr(lg, "Bottled stock", "Flaschenlager", "Stock bouteilles"),
                rng.randint(10, 90) * 10000,
            ),
            (tr(lg, "Buildings", "Gebäude", "Bâtiments"), rng.randint(40, 300) * 10000),
            (
                tr(
                    lg,
                    "Machinery (press, tanks, bottling)",
                    "Technik (Presse, Tanks, Abfüllung)",
                    "Matériel (pressoir, cuves, embouteillage)",
                ),
                rng.randint(10, 80) * 10000,
            ),
            (
                tr(
                    lg,
                    "Goods in transit, per consignment",
                    "Transport je Sendung",
                    "Marchandises transportées, par envoi",
                ),
                rng.choice([25000, 50000, 100000]),
            ),
            (
                tr(lg, "Business interruption", "Betriebsunterbrechung", "Perte d'exploitation"),
                rng.randint(10, 60) * 10000,
            ),
            (
                tr(
                    lg,
                    "Public and products liability",
                    "Betriebs- und Produkthaftpflicht",
                    "RC exploitation et produits",
                ),
                5000000,
            ),
        ]
        prem = sum(v for _, v in items) * rng.uniform(0.0012, 0.003)
        tax = {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(lg, "Period", "Versicherungsperiode", "Période"),
                        f"{short(d + timedelta(days=30), lg)} - "
                        f"{short(d + timedelta(days=394), lg)}",
                    ),
                    (tr(lg, "Premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
                    (
                        tr(lg, "Insurance premium tax", "Versicherungsteuer", "Taxes"),
                        cash(prem * tax, lg),
                    ),
                    (tr(lg, "Total", "Gesamtbeitrag", "Total TTC"), cash(prem * (1 + tax), lg)),
                ],
                w - m - 120,
            )
            + 10
        )
        regards(
            f,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Underwriting", "Vertragsabteilung", "Service production"),
        )
        if rng.random() < 0.7:
            extra = schedule_page(
                s,
                h,
                tr(lg, "Schedule of cover", "Versicherungsübersicht", "Tableau des garanties"),
                [
                    tr(lg, "Section", "Position", "Garantie"),
                    tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
                    tr(lg, "Excess", "Selbstbehalt", "Franchise"),
                ],
                [[t, cash(v, lg), cash(rng.choice([250, 500, 1000, 2500]), lg)] for t, v in items],
                [(4, "left"), (1.6, "right"), (1.2, "right")],
                f"{h.name} - {pol}",
            )
    else:
        cause = rng.choice(
            [
                tr(lg, "breakage in transit", "Transportbruch", "casse en cours de transport"),
                tr(lg, "leaking tank valve", "undichtes Tankventil", "fuite de vanne de cuve"),
                tr(lg, "hail damage to vines", "Hagelschaden im Weinberg", "grêle sur vignes"),
            ]
        )
        caption(f, s, tr(lg, "Your claim - ", "Ihr Schaden - ", "Votre sinistre - ") + cause, 1.5)
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "cover", 2, 3))
        amt = rng.uniform(800, 24000)
        exc = rng.choice([250, 500, 1000])
        write(
            f,
            s,
            tr(
                lg,
                f"We have today paid {cash(amt - exc, lg)} to your account.",
                f"Wir haben heute {cash(amt - exc, lg)} an Sie überwiesen.",
                f"Nous avons procédé ce jour au règlement de {cash(amt - exc, lg)}.",
            ),
        )
        regards(
            f, s, lg, staff(h, "claims"), tr(lg, "Claims", "Schadenabteilung", "Service sinistres")
        )
        if rng.random() < 0.5:
            extra = schedule_page(
                s,
                h,
                tr(lg, "Settlement statement", "Abrechnung", "Décompte d'indemnité"),
                [tr(lg, "Item", "Position", "Poste"), tr(lg, "Amount", "Betrag", "Montant")],
                [
                    [
                        tr(lg, "Loss as adjusted", "Festgestellter Schaden", "Dommage retenu"),
                        cash(amt, lg),
                    ],
                    [
                        tr(lg, "less excess", "abzgl. Selbstbehalt", "franchise"),
                        f"-{cash(exc, lg)}",
                    ],
                    [tr(lg, "Paid", "Auszahlung", "Règlement"), cash(amt - exc, lg)],
                ],
                [(4, "left"), (1.5, "right")],
                f"{h.name} - {pol}",
            )
    pages = close(f.pages + extra, s, h)
    received(rng, pages[0], d, 0.4)
    note(day=d, ref=pol)
    return pages


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The wine authority's or excise office's letter: the notice of the official test number
    (Prüfungsnummer) or of the product check of a wine, a registration or approval, an
    inspection visit or audit announcement; the appeal instructions or conditions on a second
    page now and then."""
    lg = home()
    after_lab = LAST["kind"] == "lab_certificate"
    r = keyed(who, "authority")
    idx = 0 if after_lab else r.randrange(2)
    row = SENDERS["authority"][lg][idx]
    rh = random.Random(zlib.crc32(f"cask/head/{row[0]}/{HOUSE['seed']}".encode()))
    h = make_head(row, lg, "authority", rh, ["centred", "split", "rule", "framed"])
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = the_day(rng, ("lab_certificate",), (10, 40))
    ref = serial(rng, tr(lg, "WS/99/9999", "Az. 99-999/99", "N/Réf. 99-9999"))
    f = sheets(s, h, f"{h.name} - {ref}")
    officer = staff(h, "officer")
    recipient(
        f,
        s,
        h,
        house_lines(),
        d,
        [
            (tr(lg, "Our ref.", "Aktenzeichen", "N/Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter/in", "Dossier suivi par"), officer),
        ],
    )
    wn = (
        LAST["wines"][0]
        if after_lab and isinstance(LAST["wines"], list) and LAST["wines"]
        else rng.choice(wines())
    )  # type: ignore[index]
    extra: list[Page] = []
    if idx == 0:
        title = tr(
            lg,
            "PDO certification - result of product check",
            "Bescheid über die Zuteilung einer amtlichen Prüfungsnummer",
            "Contrôle produit - notification de résultat",
        )
        caption(f, s, title, 1.5)
        write(f, s, dear(lg, None))
        write(f, s, prose(rng, lg, "rule", 1, 3))
        apn = " ".join(
            [
                str(rng.randint(1, 5)),
                str(rng.randint(100, 999)),
                str(rng.randint(100, 999)),
                str(rng.randint(10, 99)),
                f"{d.year % 100:02d}",
            ]
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Wine", "Wein", "Vin"), f"{wn.name} {wn.vintage}"),
                (tr(lg, "Designation", "Qualitätsstufe", "Appellation"), wn.appellation),
                (
                    tr(lg, "Lot", "Menge / Los", "Lot / volume"),
                    f"{wn.lot} / {rng.randint(8, 120) * 100} l",
                ),
                (
                    tr(lg, "Sensory score", "Prüfergebnis (Punkte)", "Examen organoleptique"),
                    tr(lg, "pass", f"{money(rng.uniform(2.5, 4.5), lg)}", "conforme"),
                ),
                (
                    tr(lg, "Certificate no.", "Amtliche Prüfungsnummer", "N° de lot agréé"),
                    apn if lg == "de" else serial(rng, "99-99999"),
                ),
                (tr(lg, "Fee", "Gebühr", "Frais"), cash(rng.choice([28.0, 36.5, 45.0, 62.0]), lg)),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(f, s, prose(rng, lg, "rule", 1, 2))
    else:
        kinds = {
            "en": tr(lg, "Approval as a warehousekeeper (WOWGR)"),
            "de": "Prüfungsanordnung - Außenprüfung Schaumweinsteuer / Steuerlager",
            "fr": "Casier viticole informatisé - mise à jour de votre fiche",
        }
        if lg == "en" and idx == 0:
            kinds["en"] = "Wine Standards inspection visit"
        caption(f, s, kinds[lg], 1.5)
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "rule", 2, 4))
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y,
                [
                    (
                        tr(lg, "Approval no.", "Verbrauchsteuernummer", "N° CVI"),
                        serial(
                            random.Random(int(HOUSE["seed"])),
                            {"en": "GBWK999999999", "de": "DE099999999999", "fr": "9999999999"}[lg],
                        ),
                    ),  # type: ignore[call-overload]
                    (
                        tr(lg, "Effective from", "Prüfungsbeginn", "Date d'effet"),
                        short(d + timedelta(days=rng.randint(14, 40)), lg),
                    ),
                ],
                w - m - 140,
            )
            + 10
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Officer", "Im Auftrag", "Pour le directeur, par délégation"),
        formal=True,
    )
    if rng.random() < 0.5:
        g = Sheets(
            A4,
            hh - m - 7 * len(h.foot) - 6,
            lambda p, n: running_header(p, s, f"{h.name} - {ref}") + 6,
        )
        caption(
            g,
            s,
            tr(
                lg,
                "Conditions and right of review",
                "Rechtsbehelfsbelehrung",
                "Voies et délais de recours",
            ),
            1,
        )
        for _ in range(rng.randint(3, 6)):
            write(g, s, prose(rng, lg, "rule", 2, 4), pt=s.size - 1)
        extra = g.pages
    pages = close(f.pages + extra, s, h)
    received(rng, pages[0], d, 0.45)
    note(day=d, ref=ref)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same grower, customer or
    wine."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "grape_contract": tpl_grape_contract,
    "grape_settlement": tpl_grape_settlement,
    "grape_ticket": tpl_grape_ticket,
    "ead": tpl_ead,
    "export_declaration": tpl_export_declaration,
    "lab_certificate": tpl_lab_certificate,
    "organic_certificate": tpl_organic_certificate,
    "organic_inspection": tpl_organic_inspection,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "customer_invoice": tpl_customer_invoice,
    "credit_note": tpl_credit_note,
    "price_list": tpl_price_list,
    "fair_contract": tpl_fair_contract,
    "tasting_invitation": tpl_tasting_invitation,
    "cellar_stock": tpl_cellar_stock,
    "bank_letter": tpl_bank_letter,
    "insurer_letter": tpl_insurer_letter,
    "authority_letter": tpl_authority_letter,
    "restaurant_order": tpl_restaurant_order,
}
TEMPLATES_MM: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "grape_ticket",
    "ead",
    "lab_certificate",
    "delivery_note",
    "customer_invoice",
    "credit_note",
    "cellar_stock",
    "restaurant_order",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "grape_contract": "grape_settlement",
    "grape_ticket": "grape_settlement",
    "ead": "export_declaration",
    "delivery_note": "supplier_invoice",
    "restaurant_order": "customer_invoice",
    "customer_invoice": "credit_note",
    "organic_inspection": "organic_certificate",
    "lab_certificate": "authority_letter",
    "price_list": "restaurant_order",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cask_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One business's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The business
    (country, name, wines, growers, customers, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr", "fr"])
    HOUSE["lang"] = lang
    HOUSE["idx"] = r.randrange(2)
    HOUSE["seed"] = r.getrandbits(24)
    HOUSE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    rows = WINES[region()]
    HOUSE["wines"] = [
        a_wine(r, row) for row in r.sample(rows, r.randint(max(3, len(rows) - 3), len(rows)))
    ]
    HOUSE["growers"] = [a_grower(r, lang, k) for k in range(r.randint(4, 12))]
    HOUSE["customers"] = [a_customer(r) for _ in range(r.randint(8, 16))]
    LAST.update(
        kind="", grower=None, customer=None, wines=None, day=None, ref="", lines=None, goods=None
    )
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_MM, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cask_stream, "templates MM")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

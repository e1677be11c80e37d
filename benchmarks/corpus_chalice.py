"""Chalice part of the generated corpus: templates QQQ, written blind for the next measurement.

A part of its own, ``chalice``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
beekeeping business that produces and sells honey (the owner, a seasonal helper, a small
extraction and bottling room and a farm shop stall; in England, Germany or France) feeds
through its scanner in a month: glass jar, lid and label suppliers' invoices whose lines run
over pages, now and then with the terms of sale behind; the label printer's artwork proofs on
landscape pages with the approval box signed by hand; queen breeders' invoices for mated
queens and nucleus colonies with the bee health certificate (Gesundheitszeugnis für
Bienenvölker, certificat sanitaire) attached behind; apiary site agreements with landowners
(Standplatzvereinbarung, convention de mise à disposition d'un emplacement de ruches) with
clauses, the site sketch and the signature page; bee inspectors' apiary inspection reports
(National Bee Unit, Bieneninstitut / Bienensachverständiger, GDSA technicien sanitaire
apicole) with the colony table, tick boxes and hand entries; the authority's disease notices
(a standstill notice, an Allgemeinverfügung über einen Sperrbezirk wegen Amerikanischer
Faulbrut, an arrêté préfectoral) with numbered articles, the map of the restricted zone and
the notes on appeal; honey laboratories' analysis reports (moisture, HMF, diastase,
conductivity, sugars) with the pollen spectrum page, now and then behind a covering letter;
the food authority's registration letters (food business registration, Registrierung als
Lebensmittelunternehmer, récépissé de déclaration) with the guidance leaflet or the copy of
the form; delis' and farm shops' orders (a printed purchase order or a handwritten order pad
sheet); the office's own sales invoices to delis and to fruit growers, now and then with the
signed delivery note; farmers' market pitch bookings with the market rules and the pitch plan;
pollination service contracts with fruit growers with the orchard schedule and the signature
page; beekeeping association membership renewals with the renewal form; the association's
insurers' certificates of public and product liability insurance with the schedule;
equipment suppliers' invoices (extractor, honey tanks, hives, frames, foundation) and their
delivery notes on A5; sugar, syrup and fondant feed invoices; the office's own varroa
treatment records (veterinary medicines record, Bestandsbuch, registre d'élevage) on
landscape sheets filled in by hand; its honey extraction and batch records; and weighing
instrument verification certificates for the shop scales (Eichschein, certificat de
vérification périodique). Each stream is one office's pile: the office (country, name,
month) is drawn once per stream; its senders are of the office's country and write in its
language, except that queen breeders, equipment suppliers, labs and delis are now and then
from abroad and write in their own. Page sizes range from A5 and order pad slips to A4,
Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page of an invoice; the back label proof behind the front label proof; the health
certificate behind a queen breeder's invoice (the certificate is the veterinary officer's
paper, yet the breeder sent it with the invoice); the covering letter, site sketch and
signature page of a site agreement; the colony continuation sheet of an inspection report;
the map and the notes on appeal of a disease notice; the covering letter and the pollen page
of a lab report; the guidance leaflet or the form copy sent with a registration letter; the
delivery note stapled behind the office's own invoice; the rules and pitch plan of a market
booking; the orchard schedule and signature page of a pollination contract; the renewal form
of a membership renewal; the schedule of an insurance certificate. Related papers are
documents of their own: the disease notice after the inspection report, the office's invoice
after a deli's order or after a pollination contract, the supplier's invoice after the label
proof and after the delivery note, the insurance certificate after the association renewal;
and so is each invoice, order, lab report, treatment record, batch record and certificate of
a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: jar invoices, queen invoices, lab
reports, delis' orders, the office's invoices, feed invoices, treatment records, batch
records and scale certificates often come 2-4 in a row from one sender with other numbers,
dates and amounts; and companions: each related paper above often follows the document it
answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "chalice"`` and seeds offset by 6_800_000.

Usage: ``python benchmarks/corpus_chalice.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/chalice/chalice_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
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
    cash,
    close,
    columns,
    day,
    dear,
    fields,
    fit,
    hand,
    italic_of,
    money,
    number_pages,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    serial,
    short,
    shrink,
    slip_rule,
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

PART = "chalice"
SEED_OFFSET = 6_800_000

MM = 72 / 25.4
PAD = (105 * MM, 170 * MM)  # an order pad sheet

# ---------------------------------------------------------------------------------------------
# Who writes: the office and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        ("Hollybank Honey", "Hollybank Farm, Mill Lane", "Malton YO17 6RT", "01653 694 220"),
        ("Wealden Hives Ltd", "Oast Cottage, Bells Lane", "Cranbrook TN17 2QE", "01580 713 448"),
        ("Teme Valley Apiaries", "The Old Granary", "Tenbury Wells WR15 8LP", "07790 412 335"),
    ],
    "de": [
        ("Imkerei Sonnenwabe", "Am Lindenhof 4", "29525 Uelzen", "0581 973 21 40"),
        ("Bienenhof Kessler", "Obere Dorfstraße 17", "79227 Schallstadt", "07664 61 03 8"),
        ("Honigmanufaktur Heidegold GbR", "Heideweg 2", "29633 Munster", "05192 88 47 1"),
    ],
    "fr": [
        ("Miellerie des Cévennes", "Mas de la Fage", "30170 Saint-Hippolyte-du-Fort", ""),
        ("Rucher du Val de Loire", "12 chemin des Acacias", "37270 Montlouis-sur-Loire", ""),
        ("Les Ruchers de Brocéliande", "La Ville Hervé", "35380 Paimpont", "02 99 07 84 16"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "jars": {
        "en": [
            ("Freshfield Glass & Closures Ltd", "Unit 9, Stour Park", "Blandford DT11 7TE", ""),
            ("Northern Jar Supplies", "Canal Wharf", "Knottingley WF11 8DB", "01977 671 500"),
            ("Label Apiary Print Ltd", "4 Tanners Yard", "Hexham NE46 3NY", "01434 600 912"),
        ],
        "de": [
            ("Glashandel Ruhland GmbH", "Gewerbering 12", "01945 Ruhland", "035752 90 40"),
            ("Etikettendruck Imme & Sohn", "Bahnhofstraße 33", "37574 Einbeck", ""),
            ("Deutscher Imkerbund Gewährverschlussversand", "Villiper Hauptstraße 3", "", ""),
        ],
        "fr": [
            ("Verrerie du Sud-Ouest SAS", "ZA de Montplaisir", "47300 Villeneuve-sur-Lot", ""),
            ("Étiquettes Abeille Imprim", "8 rue Gutenberg", "49000 Angers", "02 41 73 18 50"),
            ("Emballages Apicoles Dumont", "Route de Lyon", "71000 Mâcon", ""),
        ],
    },
    "queens": {
        "en": [
            ("Black Mountain Queens", "Cwm Farm", "Crickhowell NP8 1TB", "07812 330 415"),
            ("B4 Bee Breeders", "Holme Lane", "Driffield YO25 9PA", ""),
        ],
        "de": [
            ("Carnica-Zucht Hoffmann", "Waldweg 9", "96271 Grub am Forst", "09560 92 11 4"),
            ("Buckfastimkerei am Deister", "Deisterstraße 41", "30890 Barsinghausen", ""),
        ],
        "fr": [
            ("Élevage de reines Le Bourdon d'Or", "Lieu-dit Peyrelevade", "19290 Sornac", ""),
            ("GAEC Essaims des Monts", "Le Bourg", "63210 Rochefort-Montagne", ""),
        ],
    },
    "landowner": {
        "en": [
            ("Sledmere Estate Office", "Estate Office", "Sledmere YO25 3XG", "01377 236 637"),
            ("R. & J. Pickering (Farmers)", "Low Hall Farm", "Pickering YO18 8JQ", ""),
            ("Woodland Trust - Area North", "Kempton Way", "Grantham NG31 6LL", ""),
        ],
        "de": [
            ("Hofgut Lindenau GbR", "Lindenau 1", "29581 Gerdau", ""),
            ("Klosterkammer Hannover - Forstbetrieb", "Eichstraße 4", "30161 Hannover", ""),
            ("Obsthof Brenner", "Feldstraße 22", "79241 Ihringen", ""),
        ],
        "fr": [
            ("Domaine de la Garrigue", "Route d'Anduze", "30140 Anduze", ""),
            ("Commune de Paimpont - Mairie", "Place du Roi Judicaël", "35380 Paimpont", ""),
            ("Château de Pocé - Exploitation", "Pocé-sur-Cisse", "37530 Amboise", ""),
        ],
    },
    "inspector": {
        "en": [
            ("APHA - National Bee Unit", "Sand Hutton", "York YO41 1LZ", "0300 303 0094"),
            ("National Bee Unit - South East Region", "Sand Hutton", "York YO41 1LZ", ""),
        ],
        "de": [
            (
                "LAVES Institut für Bienenkunde Celle",
                "Herzogin-Eleonore-Allee 5",
                "29221 Celle",
                "",
            ),
            ("Bienensachverständiger Landkreis", "Veterinäramt", "Landkreis", ""),
            ("Landesanstalt für Bienenkunde Hohenheim", "August-von-Hartmann-Str. 13", "", ""),
        ],
        "fr": [
            ("GDSA - Groupement de Défense Sanitaire Apicole", "Maison de l'Agriculture", "", ""),
            ("FRGDS - Section apicole", "5 rue Robert Geffré", "", ""),
        ],
    },
    "authority": {
        "en": [("Animal and Plant Health Agency", "Sand Hutton", "York YO41 1LZ", "")],
        "de": [
            ("Landkreis Uelzen - Veterinäramt", "Albrecht-Thaer-Straße 101", "29525 Uelzen", ""),
            ("Landratsamt Breisgau-Hochschwarzwald", "Stadtstraße 2", "79104 Freiburg", ""),
        ],
        "fr": [
            ("Préfecture - Direction départementale de la protection des populations", "", "", ""),
        ],
    },
    "lab": {
        "en": [
            ("Fera Science Ltd - Food Chemistry", "York Biotech Campus", "York YO41 1LZ", ""),
            ("Honey Analysis Services Ltd", "Unit 4, Ashford Business Park", "Ashford", ""),
        ],
        "de": [
            ("Quality Services International GmbH", "Flughafendamm 9a", "28199 Bremen", ""),
            ("Institut für Honiganalytik Dr. Sommer", "Lessingstraße 7", "28203 Bremen", ""),
        ],
        "fr": [
            ("Laboratoire CETAM Lorraine", "12 rue de la Vologne", "88000 Épinal", ""),
            (
                "Laboratoire d'analyses apicoles LARA",
                "Chemin de Borde-Rouge",
                "31320 Auzeville",
                "",
            ),
        ],
    },
    "council": {
        "en": [
            ("Ryedale District Council - Environmental Health", "Ryedale House", "Malton", ""),
            ("Tunbridge Wells BC - Food & Safety", "Mount Pleasant Road", "Tunbridge Wells", ""),
            ("Malvern Hills DC - Environmental Services", "Priory Road", "Malvern", ""),
        ],
        "de": [
            ("Landkreis Uelzen - Lebensmittelüberwachung", "Veerßer Straße 53", "29525 Uelzen", ""),
            ("Landratsamt - Lebensmittelüberwachung", "Europaplatz 3", "79206 Breisach", ""),
        ],
        "fr": [
            ("DDPP - Service sécurité sanitaire des aliments", "Cité administrative", "", ""),
        ],
    },
    "deli": {
        "en": [
            ("The Larder at Kirkham", "12 Market Place", "Malton YO17 7LS", "01653 600 341"),
            ("Hambleton Farm Shop", "Thirsk Road", "Sutton Bank YO7 2HA", ""),
            ("Fenwick Food Hall", "Briggate", "Leeds LS1 6AE", ""),
            ("Cotswold Deli & Wine", "5 High Street", "Broadway WR12 7DP", ""),
        ],
        "de": [
            ("Feinkost Lührs", "Lüneburger Straße 8", "29525 Uelzen", ""),
            ("Hofladen Bruns", "Dorfstraße 1", "29553 Bienenbüttel", ""),
            ("Naturkostladen Löwenzahn", "Konviktstraße 20", "79098 Freiburg", ""),
            ("EDEKA Meyer", "Hauptstraße 70", "29614 Soltau", ""),
        ],
        "fr": [
            ("Épicerie fine Le Comptoir", "4 rue Nationale", "37000 Tours", ""),
            ("Biocoop Les Halles", "Place du Marché", "30100 Alès", ""),
            ("La Ferme du Prieuré - magasin", "Route de Ploërmel", "35380 Paimpont", ""),
            ("Maison Pérol Primeurs", "16 rue des Halles", "30000 Nîmes", ""),
        ],
    },
    "market": {
        "en": [
            ("Malton Food Lovers Market", "Town Hall", "Malton YO17 7HP", ""),
            ("Kent Farmers' Market Association", "Oast House", "Sevenoaks TN15 0AB", ""),
        ],
        "de": [
            ("Marktgemeinschaft Ökomarkt Uelzen e.V.", "Herzogenplatz", "29525 Uelzen", ""),
            ("Stadt Freiburg - Marktamt", "Münsterplatz", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Mairie de Tours - Service des marchés", "1-3 rue des Minimes", "37000 Tours", ""),
            ("Marché des producteurs de pays - Chambre d'agriculture", "", "", ""),
        ],
    },
    "grower": {
        "en": [
            ("Norton Fruit Farms Ltd", "Norton Court", "Teynham ME9 9JT", "01795 521 014"),
            ("Haygrove Orchards", "Redbank", "Ledbury HR8 2JL", ""),
        ],
        "de": [
            ("Obstbau Jork GbR Quast", "Westerjork 29", "21635 Jork", ""),
            ("Obsthof am Kaiserstuhl", "Winzerweg 5", "79235 Vogtsburg", ""),
        ],
        "fr": [
            ("Vergers de la Loire EARL", "La Rabière", "37210 Vernou-sur-Brenne", ""),
            ("SCEA Pommeraie du Gard", "Mas Neuf", "30260 Quissac", ""),
        ],
    },
    "association": {
        "en": [
            ("British Beekeepers Association", "NAC, Stoneleigh Park", "Kenilworth CV8 2LG", ""),
            ("Ryedale Beekeepers' Association", "c/o 3 Church View", "Malton YO17 9HN", ""),
        ],
        "de": [
            ("Imkerverein Uelzen und Umgebung e.V.", "Schulstraße 6", "29525 Uelzen", ""),
            ("Landesverband Badischer Imker e.V.", "Ringstraße 1", "79224 Umkirch", ""),
        ],
        "fr": [
            ("Syndicat Apicole du Gard", "Maison des Agriculteurs", "30000 Nîmes", ""),
            (
                "Union Nationale de l'Apiculture Française",
                "5 bis rue Faÿs",
                "94160 Saint-Mandé",
                "",
            ),
        ],
    },
    "insurer": {
        "en": [("Beekeepers Mutual Insurance Services", "PO Box 116", "Shrewsbury SY1 9BL", "")],
        "de": [("Deutscher Imkerbund - Sammelversicherung", "Villiper Hauptstr. 3", "", "")],
        "fr": [("Mutuelle Apicole - Contrat groupe", "20 rue Chaptal", "75009 Paris", "")],
    },
    "equipment": {
        "en": [
            ("Thornes of Rand", "Beehive Works", "Wragby LN8 5NJ", "01673 858 555"),
            ("Maisemore Apiaries Ltd", "Old Road", "Gloucester GL2 8HT", "01452 700 289"),
        ],
        "de": [
            ("Imkereibedarf Bienen&Natur", "Industriestraße 5", "73525 Schwäbisch Gmünd", ""),
            ("Holtermann Imkereifachhandel", "Brockeler Straße 2", "27386 Brockel", ""),
        ],
        "fr": [
            ("Icko Apiculture", "ZA Les Vignes", "13640 La Roque-d'Anthéron", ""),
            ("Thomas Apiculture SAS", "86 rue Abbé Thomas", "45450 Fay-aux-Loges", ""),
        ],
    },
    "feed": {
        "en": [
            ("Yorkshire Agricultural Supplies", "Station Yard", "Driffield YO25 6PX", ""),
            ("Bee Feed Direct Ltd", "Unit 2, Mill Road", "Ely CB6 1AD", ""),
        ],
        "de": [
            ("Raiffeisen Warengenossenschaft Uelzen", "Hafenstraße 12", "29525 Uelzen", ""),
            ("ZG Raiffeisen Markt", "Gewerbestraße 3", "79227 Schallstadt", ""),
        ],
        "fr": [
            ("Coopérative Agricole Terres du Sud", "Route de Nîmes", "30170 Saint-Hippolyte", ""),
            ("Apisucre Distribution", "ZI Nord", "41000 Blois", ""),
        ],
    },
    "weights": {
        "en": [
            ("North Yorkshire Trading Standards", "County Hall", "Northallerton DL7 8AD", ""),
            ("Avery Weigh-Tronix Service", "Foundry Lane", "Smethwick B66 2LP", ""),
        ],
        "de": [
            ("Eichamt Lüneburg", "Bei der Keulahütte 1", "21339 Lüneburg", ""),
            ("Eichamt Freiburg", "Hermann-Mitsch-Straße 3", "79108 Freiburg", ""),
        ],
        "fr": [
            ("Précia-Molen Service - Organisme agréé", "BP 106", "07001 Privas", ""),
            ("Métrologie Balances Ouest", "ZA La Janais", "35170 Bruz", ""),
        ],
    },
}
ABROAD = {"queens": 0.25, "equipment": 0.2, "lab": 0.25, "deli": 0.1, "jars": 0.15}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Gareth", "Hannah", "Richard", "Ruth", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Heinrich", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Gilles", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Meyer", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Ruth", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa"}

TALK = {
    "en": {
        "bees": "colonies brood queen frames supers apiary varroa forage nectar flow swarm "
        "inspection hive season honey treatment strength queenless combs",
        "legal": "party agreement site access liability notice term termination insurance "
        "landowner hives rights obligations consent damage",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "food": "food business registration premises hygiene labelling traceability honey "
        "bottling room records allergens guidance inspection cleaning",
    },
    "de": {
        "bees": "Völker Brut Königin Waben Honigraum Bienenstand Varroa Tracht Schwarm "
        "Durchsicht Beute Saison Honig Behandlung Volksstärke weisellos",
        "legal": "Vertragsparteien Vereinbarung Standplatz Zufahrt Haftung Kündigung Laufzeit "
        "Versicherung Eigentümer Beuten Rechte Pflichten Schäden",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "food": "Lebensmittelunternehmer Registrierung Betriebsstätte Hygiene Kennzeichnung "
        "Rückverfolgbarkeit Honig Abfüllraum Aufzeichnungen Kontrolle Reinigung",
    },
    "fr": {
        "bees": "colonies couvain reine cadres hausses rucher varroa miellée essaim visite "
        "ruche saison miel traitement force orpheline rayons",
        "legal": "parties convention emplacement accès responsabilité préavis durée résiliation "
        "assurance propriétaire ruches droits obligations dommages",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "food": "déclaration établissement hygiène étiquetage traçabilité miel miellerie "
        "registre contrôle nettoyage denrées plan de maîtrise sanitaire",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "bees", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "bees", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The office of a stream and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def office_row() -> Row:
    return OFFICES[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run or a repeat keeps its
    sender."""
    text = f"chalice/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def same_run(kind: str, name: str) -> tuple[object, ...] | None:
    """The previous document's extra if it was a ``kind`` from ``name`` (a run goes on)."""
    ex = LAST["extra"]
    if after((kind,)) and isinstance(ex, tuple) and ex and ex[0] == name:
        return ex
    return None


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
    again: bool
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
OFFICIAL = ("inspector", "authority", "council", "weights")


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL and "Service" not in name and "agréé" not in name:
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            r.choice(["Sparkasse Uelzen Lüchow-Dannenberg", "Volksbank Lüneburger Heide"])
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            + f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Lüneburg', 'Freiburg', 'Bremen'])} "
                f"HRB {r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['0149Z', '4638B', '2313Z', '4661Z', '1813Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"chalice/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL and "Service" not in name and "agréé" not in name:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("office", "queens", "landowner", "grower"):
        looks = ["plain", "centred", "side", "letter"]
    return Head(
        name=name,
        lang=lang,
        street=street or r.choice(["Hauptstraße 1", "BP 14", "Route de la Gare"]),
        town=town or {"en": "York", "de": "29525 Uelzen", "fr": "30000 Nîmes"}[lang],
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
        mail=f"{r.choice(['info', 'office', 'kontakt' if lang == 'de' else 'hello', 'sales'])}"
        f"@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    return make_head(office_row(), home(), "office")


def head_of(who: Issuer, role: str) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and office), of the
    office's country or, now and then, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < ABROAD.get(role, 0.0):
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
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


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (seals and round stamps)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def comb(p: Page, x: float, y: float, r: float = 6) -> None:
    """A small honeycomb mark of three hexagons (beekeepers' and suppliers' logos)."""
    for cx, cy in ((x, y), (x + r * 1.75, y), (x + r * 0.875, y + r * 1.5)):
        pts = [
            (
                cx + r * math.cos(math.pi / 6 + k * math.pi / 3),
                cy + r * math.sin(math.pi / 6 + k * math.pi / 3),
            )
            for k in range(7)
        ]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            p.line(x1, y1, x2, y2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    bee = h.role in ("office", "queens", "equipment", "association", "jars")
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if bee:
            comb(p, w / 2 - 8, y - 22, 5)
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if bee:
            comb(p, m + 6, y - 6, 9)
        else:
            initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = {
            "office": tr(
                h.lang,
                "Local honey - pollination - nucs",
                "Honig aus eigener Imkerei",
                "Miel de nos ruchers",
            ),
            "queens": tr(
                h.lang,
                "Queen rearing - nucleus colonies",
                "Königinnenzucht - Ableger",
                "Élevage de reines - essaims",
            ),
        }.get(h.role, "")
        p.text(m, y + 15, tag, italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "Herr", "Frau", "Mr", "Mrs")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the office's received stamp or a hand note on the first page."""
    lg = home()
    w, _ = p.size
    r = rng.random()
    if r < odds:
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
            ],
        )
    elif r < odds + 0.15:
        hand(
            p,
            w - rng.uniform(170, 220),
            rng.uniform(40, 70),
            rng.choice(
                {
                    "en": ["paid online", "file - bees", "chq sent", "ok"],
                    "de": ["bez.", "erl.", "Ablage Imkerei", "ok"],
                    "fr": ["payé CB", "classé", "vu", "réglé"],
                }[lg]
            )
            + f" {short(d + timedelta(days=rng.randint(2, 12)), lg)[:5]}",
            10,
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
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day(h, d))],
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
            "Veuillez agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"chalice/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def owner() -> str:
    """The beekeeper who runs the office."""
    return staff(office_head(), "owner")


def helper() -> str:
    return staff(office_head(), "helper")


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def office_lines(att: bool = False) -> list[str]:
    h = office_head()
    return [h.name, *([mx(owner(), h.lang)] if att else []), h.street, h.town]


def head_lines(h: Head) -> list[str]:
    return [h.name, h.street, h.town]


def vat_rate(lang: str, food: bool = False) -> float:
    if food:
        return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate or lg == "en":
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
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
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
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
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


SALE_TERMS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Delivery",
        "Breakages",
        "Risk and title",
        "Payment",
        "Returns",
        "Liability",
        "Force majeure",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Bruch",
        "Eigentumsvorbehalt",
        "Zahlung",
        "Mängelrüge",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Casse",
        "Réserve de propriété",
        "Paiement",
        "Pénalités de retard",
        "Responsabilité",
        "Litiges",
    ],
}


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str) -> None:
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates QQQ: suppliers' invoices, proofs and delivery notes
# ---------------------------------------------------------------------------------------------

Item = tuple[str, str, float]  # description, unit, unit price

JARS: dict[str, list[Item]] = {
    "en": [
        ("1lb (454g) round honey jar, tray of 72", "tray", 38.40),
        ("12oz (340g) hexagonal jar, tray of 40", "tray", 26.80),
        ("8oz (227g) round jar, tray of 96", "tray", 41.20),
        ("Gold lids 63mm lug, pack of 100", "pack", 14.95),
        ("Gold lids 53mm lug, pack of 100", "pack", 12.50),
        ("Tamper-evident seals, roll of 1000", "roll", 11.90),
        ("Printed labels 'Yorkshire Honey' 454g, 1000", "1000", 44.00),
        ("Comb honey cassettes with lids, 50", "pack", 27.50),
        ("Shipping cartons 6 x 1lb, flat packed 25", "bundle", 19.75),
        ("Pallet charge", "each", 12.00),
    ],
    "de": [
        ("DIB-Glas 500 g mit Gewährverschluss, Lage 40 St.", "Lage", 27.60),
        ("Neutralglas 500 g Twist-off TO 82, Lage 35 St.", "Lage", 19.25),
        ("Neutralglas 250 g TO 66, Lage 60 St.", "Lage", 24.60),
        ("Twist-off-Deckel TO 82 Goldlack, 100 St.", "Pack", 11.80),
        ("Gewährstreifen DIB, 1000 St.", "Rolle", 28.50),
        ("Rundetikett 'Heidehonig' 500 g, 1000 St.", "Rolle", 46.00),
        ("Cremehonigbecher 250 g mit Deckel, 100 St.", "Pack", 18.90),
        ("Versandkarton 12 x 500 g", "Bund", 21.40),
        ("Palettenpfand Europalette", "St.", 15.00),
    ],
    "fr": [
        ("Pot verre 500 g TO 70, palette couche 56", "couche", 24.90),
        ("Pot verre 250 g TO 58, couche 90", "couche", 27.00),
        ("Pot hexagonal 375 g TO 63", "carton", 31.50),
        ("Capsules TO 70 dorées, sachet de 100", "sachet", 9.80),
        ("Étiquettes 'Miel de France' 500 g, rouleau 1000", "rouleau", 39.00),
        ("Bande de garantie inviolable, rouleau 500", "rouleau", 14.20),
        ("Seau plastique 5 kg alimentaire", "pièce", 2.35),
        ("Carton d'expédition 6 pots", "lot 25", 17.60),
        ("Consigne palette", "pièce", 12.00),
    ],
}
EQUIPMENT: dict[str, list[Item]] = {
    "en": [
        ("National brood box, cedar, flat", "each", 74.00),
        ("National super, cedar, flat", "each", 46.50),
        ("Open mesh floor with varroa tray", "each", 32.00),
        ("Crownboard with porter escape holes", "each", 14.50),
        ("Roof, 4in, galvanised", "each", 41.00),
        ("Frames DN4, pack of 10", "pack", 13.80),
        ("Frames SN1, pack of 10", "pack", 12.60),
        ("Wired foundation, brood, 10 sheets", "pack", 15.20),
        ("Thin super foundation, 10 sheets", "pack", 11.40),
        ("Radial extractor 12-frame, electric", "each", 1249.00),
        ("Honey settling tank 50kg with valve", "each", 148.00),
        ("Uncapping tray stainless", "each", 119.00),
        ("Double strainer stainless", "each", 24.50),
        ("Queen excluder, framed", "each", 17.90),
        ("Hive strap 25mm", "each", 4.20),
    ],
    "de": [
        ("Zander-Zarge Weymouthskiefer", "St.", 21.90),
        ("Dadant-Brutraum komplett", "St.", 39.50),
        ("Gitterboden mit Schublade", "St.", 28.00),
        ("Deckel Blech, flach", "St.", 24.80),
        ("Zander-Rähmchen gedrahtet, 50 St.", "Pack", 52.00),
        ("Mittelwände Zander Bio, kg", "kg", 24.90),
        ("Radialschleuder 20 Waben, Motor 230 V", "St.", 1690.00),
        ("Abfüllbehälter 50 kg mit Quetschhahn", "St.", 129.00),
        ("Entdeckelungsgeschirr Edelstahl", "St.", 139.00),
        ("Doppelsieb Edelstahl", "St.", 22.50),
        ("Absperrgitter Kunststoff", "St.", 6.40),
        ("Varroa-Windel", "St.", 4.90),
    ],
    "fr": [
        ("Corps Dadant 10 cadres pin", "pièce", 36.50),
        ("Hausse Dadant 10 cadres", "pièce", 24.80),
        ("Plancher grillagé aéré", "pièce", 29.00),
        ("Toit chalet tôle", "pièce", 33.00),
        ("Cadres corps filés, lot de 10", "lot", 16.90),
        ("Cire gaufrée corps, kg", "kg", 23.50),
        ("Extracteur radial 9 cadres électrique", "pièce", 1180.00),
        ("Maturateur inox 100 kg avec robinet", "pièce", 219.00),
        ("Bac à désoperculer inox", "pièce", 165.00),
        ("Double filtre inox", "pièce", 27.00),
        ("Grille à reine métal", "pièce", 12.50),
    ],
}
FEEDS: dict[str, list[Item]] = {
    "en": [
        ("Ambrosia syrup 16kg bag-in-box", "box", 26.40),
        ("Invertbee syrup 28kg", "drum", 39.80),
        ("Fondant (bakers') 12.5kg block", "block", 17.50),
        ("Apifonda 2.5kg pack, case of 6", "case", 31.20),
        ("Granulated sugar 25kg sack", "sack", 21.60),
        ("Pollen substitute patties 10 x 450g", "box", 34.00),
        ("Delivery charge", "drop", 18.00),
    ],
    "de": [
        ("Apiinvert Sirup 28 kg Kanister", "Kan.", 41.90),
        ("Ambrosia Futtersirup 16 kg BiB", "St.", 27.60),
        ("Apifonda Futterteig 2,5 kg, Karton 6", "Ktn.", 29.40),
        ("Zucker EG-Qualität 50 kg Sack", "Sack", 48.50),
        ("Futterteig 12,5 kg Block", "Block", 18.90),
        ("Anlieferung Pritsche", "Pausch.", 15.00),
    ],
    "fr": [
        ("Sirop Apisucre 14 kg", "bidon", 23.80),
        ("Candi Apifonda 2,5 kg, carton de 6", "carton", 30.60),
        ("Sirop nourrissement 70/30 seau 25 kg", "seau", 32.10),
        ("Sucre cristal 50 kg", "sac", 46.00),
        ("Pâte protéinée 1 kg", "pain", 7.90),
        ("Frais de livraison", "forfait", 20.00),
    ],
}


def invoice_lines(
    rng: random.Random, items: list[Item], n: int, qty: tuple[int, int]
) -> list[tuple[str, str, int, float]]:
    picks = rng.sample(items, min(n, len(items)))
    return [(d, u, rng.randint(*qty) if p < 500 else 1, p) for d, u, p in picks]


def supplier_invoice(
    rng: random.Random,
    who: Issuer,
    role: str,
    kind: str,
    items: list[Item],
    n: int,
    qty: tuple[int, int],
    food: bool = False,
    size: tuple[float, float] = A4,
) -> tuple[list[Page], date, Head]:
    """A supplier's invoice on its letterhead: the office's address, refs, the lines (running
    over pages when long), the totals and the payment details; now and then the terms behind."""
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    prev = same_run(kind, h.name)
    d = (
        (prev[1] + timedelta(days=rng.randint(3, 12)))
        if prev and isinstance(prev[1], date)
        else some_day(rng)
    )
    d = (
        last_day(rng, ("delivery_note", "label_proof"), (0, 6))
        if after(("delivery_note", "label_proof"))
        else d
    )
    no = serial(
        rng,
        keyed(who, "mask").choice(["INV-99999", "99999", "SI999999", "RE-2025-9999", "F99-9999"]),
    )
    cust = serial(keyed(who, "cust"), "C9999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    placed = keyed(who, "title").random() < 0.5
    if placed:
        caption(f, s, title, 5)
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), cust),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [
                        tr(lg, "by phone", "telefonisch", "par téléphone"),
                        tr(lg, "web", "Webshop", "site web") + f" #{rng.randint(10000, 99999)}",
                        short(d - timedelta(days=rng.randint(2, 9)), lg),
                    ]
                ),
            ),
        ],
    )
    if not placed:
        caption(f, s, title, 3)
    lines = invoice_lines(rng, items, n, qty)
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (4.6, "left"),
            (0.8, "right"),
            (0.9, "left"),
            (1.2, "right"),
            (1.3, "right"),
        ],
    )
    net = 0.0
    rows = []
    for d_, u, q, p in lines:
        net += q * p
        rows.append(
            [
                serial(rng, rng.choice(["A999", "99-999", "9999"])),
                d_,
                str(q),
                u,
                money(p, lg),
                money(q * p, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "Unité"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.5,
    )
    total = totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg, food),
        tr(
            lg,
            f"Payment within 30 days to sort code {serial(keyed(who, 'sc'), '99-99-99')} "
            f"account {serial(keyed(who, 'ac'), '99999999')}. Please quote the invoice number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bei Zahlung innerhalb "
            f"8 Tagen 2 % Skonto ({money(net * 0.98, lg)} EUR netto).",
            "Paiement à 30 jours fin de mois. Pas d'escompte pour paiement "
            "anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
            )
        )
    close(pages, s, h, covers=0)
    received(rng, pages[0], d)
    remember(d, (h.name, d, total))
    return pages, d, h


def tpl_jar_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The jar, lid and label supplier's invoice: trays of jars, lids, seals, printed labels,
    cartons and the pallet charge; a few lines or two pages; now and then the terms behind."""
    lg = head_of(who, "jars").lang
    n = rng.choice([3, 4, 6, 8, 9])
    return supplier_invoice(rng, who, "jars", "jar_invoice", JARS[lg], n, (1, 24))[0]


def tpl_equipment_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The equipment supplier's invoice: hive parts, frames, foundation, now and then an
    extractor or a settling tank; over one to three pages, now and then with terms."""
    lg = head_of(who, "equipment").lang
    return supplier_invoice(
        rng,
        who,
        "equipment",
        "equipment_invoice",
        EQUIPMENT[lg],
        rng.choice([2, 4, 7, 10, 12, 15]),
        (1, 12),
    )[0]


def tpl_feed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The agricultural merchant's invoice for syrup, fondant and sugar for autumn and spring
    feeding; A4 or A5."""
    lg = head_of(who, "feed").lang
    size = keyed(who, "size").choice([A4, A4, A5])
    return supplier_invoice(
        rng,
        who,
        "feed",
        "feed_invoice",
        FEEDS[lg],
        rng.randint(1, 4),
        (2, 30),
        food=lg != "en",
        size=size,
    )[0]


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The equipment supplier's delivery note on A5 (or landscape A5): parcels, items
    without prices, items to follow, and the receipt signed by the office's owner or helper."""
    h = head_of(who, "equipment")
    lg = h.lang
    size = keyed(who, "dn").choice([A5, landscape(A5)])
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    no = serial(rng, "LS-999999" if lg == "de" else "DN999999" if lg == "en" else "BL99999")
    f.page.text(m, f.y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12)
    f.y += 16
    below = window(f.page, s, None, f.y, office_lines())
    yy = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Parcels", "Packstücke", "Colis"), str(rng.randint(1, 6))),
            (
                tr(lg, "Carrier", "Versand", "Transporteur"),
                rng.choice(["DPD", "DHL", "GLS", "Parcelforce", "Colissimo"]),
            ),
        ],
        w - m,
        7.5,
    )
    f.y = max(below, yy) + 8
    lines = invoice_lines(rng, EQUIPMENT[lg], rng.randint(2, 7), (1, 10))
    cols = columns(m, w - m, [(0.6, "right"), (0.7, "left"), (4, "left"), (0.9, "center")])
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "Unité"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "B/O", "Rückst.", "Reliquat"),
        ],
        [
            [str(q), u, dd, "" if rng.random() < 0.85 else str(rng.randint(1, 3))]
            for dd, u, q, _ in lines
        ],
        s,
        size=7.5,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please check goods on receipt. Shortages or damage must be reported within 48 hours.",
            "Bitte Ware bei Empfang prüfen. Fehlmengen und "
            "Transportschäden innerhalb 48 Std. melden.",
            "Merci de vérifier la marchandise à réception. Réserves sous 48 h au transporteur.",
        ),
        7,
    )
    y = max(f.y + 10, hh - m - 46)
    if y < hh - 30:
        sign_line(
            f.page,
            s,
            m,
            y + 20,
            150,
            tr(lg, "Received in good condition", "Ware erhalten", "Reçu en bon état"),
        )
        if rng.random() < 0.8:
            scrawl(f.page, m + 8, y + 16, rng.choice([owner(), helper()]), 12)
            hand(f.page, m + 170, y + 18, short(d + timedelta(days=rng.randint(1, 3)), home()), 9)
    pages = close(f.pages, s, h, numbers="none")
    remember(d, (h.name,))
    return pages


HONEYS = {
    "en": [
        "Spring Blossom Honey",
        "Summer Wildflower Honey",
        "Heather Honey",
        "Soft Set Honey",
        "Borage Honey",
        "Cut Comb Honey",
    ],
    "de": [
        "Frühtracht",
        "Sommertracht",
        "Heidehonig",
        "Rapshonig cremig",
        "Lindenhonig",
        "Waldhonig",
    ],
    "fr": [
        "Miel de printemps",
        "Miel toutes fleurs",
        "Miel de châtaignier",
        "Miel de lavande",
        "Miel d'acacia",
        "Miel de bruyère",
    ],
}


def tpl_label_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """The label printer's artwork proof on landscape A4: the label drawn at size with its
    wording, the print specification, the approval box ticked and signed by the office's
    owner, now and then hand corrections; now and then the back label on a second page."""
    h = head_of(who, "jars")
    lg = h.lang
    size = landscape(A4)
    s = style_of(h, size, margin=40)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    job = serial(rng, "P99999")
    off = office_head()
    honey = rng.choice(HONEYS[lg])
    pages = []
    for k in range(1 if rng.random() < 0.6 else 2):
        p = Page(size)
        p.rect(0, 0, w, 30, fill=0.25 if k == 0 else 0.5)
        p.text(
            m,
            20,
            tr(lg, "ARTWORK PROOF", "DRUCKFREIGABE / KORREKTURABZUG", "BON À TIRER"),
            "Helvetica-Bold",
            13,
        )
        p.text(
            w - m,
            20,
            fit(f"{h.name}  |  Job {job}  |  {short(d, lg)}", "Helvetica", 8, w / 2),
            "Helvetica",
            8,
            "right",
        )
        # the label
        lw, lh = (250, 170) if k == 0 else (200, 150)
        lx, ly = m + 20, 70
        p.rect(lx - 6, ly - 6, lw + 12, lh + 12)
        p.rect(lx, ly, lw, lh)
        p.text(
            lx - 6,
            ly - 12,
            tr(lg, "Bleed 3mm", "Beschnitt 3 mm", "Fond perdu 3 mm"),
            "Helvetica",
            6,
        )
        cx = lx + lw / 2
        if k == 0:
            comb(p, cx - 10, ly + 22, 7)
            p.text(
                cx,
                ly + 58,
                fit(off.name, "Times-Bold", 15, lw - 20),
                "Times-Bold",
                shrink(off.name, "Times-Bold", 15, lw - 20),
                "center",
            )
            p.text(cx, ly + 82, honey, "Times-Italic", 13, "center")
            p.text(
                cx,
                ly + 104,
                tr(
                    lg,
                    "Produce of England",
                    "Aus eigener Imkerei - Deutschland",
                    "Récolté et mis en pot par l'apiculteur - France",
                ),
                "Helvetica",
                7,
                "center",
            )
            p.text(
                lx + 10, ly + lh - 12, "454g e" if lg == "en" else "500 g e", "Helvetica-Bold", 11
            )
            p.text(
                lx + lw - 10,
                ly + lh - 12,
                fit(off.town, "Helvetica", 6.5, lw / 2),
                "Helvetica",
                6.5,
                "right",
            )
        else:
            yy = ly + 18
            for t in [
                tr(
                    lg,
                    "Best before: see lid",
                    "Mindestens haltbar bis: siehe Deckel",
                    "À consommer de préférence avant : voir couvercle",
                ),
                tr(lg, "Lot: see lid", "Los: siehe Deckel", "Lot : voir couvercle"),
                tr(
                    lg,
                    "Not suitable for infants under 12 months.",
                    "Nicht für Säuglinge unter 12 Monaten.",
                    "Ne convient pas aux enfants de moins d'un an.",
                ),
                tr(
                    lg,
                    "Store in a cool dry place. May granulate naturally.",
                    "Kühl und trocken lagern. Honig kristallisiert natürlich.",
                    "Conserver au sec. Le miel cristallise naturellement.",
                ),
                f"{off.name}, {off.street}, {off.town}",
            ]:
                for ln in wrap(t, "Helvetica", 7.5, lw - 20):
                    p.text(lx + 10, yy, ln, "Helvetica", 7.5)
                    yy += 10
                yy += 3
            for b in range(34):
                bw_ = rng.choice([0.8, 1.6, 2.4])
                p.rect(lx + 12 + b * 3.2, ly + lh - 40, bw_, 26, fill=0.0)
            p.text(lx + 12, ly + lh - 6, serial(rng, "5 099999 999999"), "Helvetica", 7)
        # specification
        x2 = w / 2 + 20
        y = 70.0
        spec = [
            (tr(lg, "Customer", "Kunde", "Client"), off.name),
            (
                tr(lg, "Item", "Artikel", "Article"),
                (
                    tr(lg, "Front label", "Vorderetikett", "Étiquette face")
                    if k == 0
                    else tr(lg, "Back label", "Rückenetikett", "Contre-étiquette")
                ),
            ),
            (
                tr(lg, "Size", "Format", "Format"),
                rng.choice(["80 x 55 mm", "90 x 60 mm", "70 x 50 mm", "Ø 60 mm"]),
            ),
            (
                tr(lg, "Material", "Material", "Support"),
                rng.choice(
                    ["Gloss paper", "Kraft paper", "White PP"]
                    if lg == "en"
                    else ["Haftpapier glänzend", "Kraftpapier", "PP weiß"]
                    if lg == "de"
                    else ["Papier couché brillant", "Kraft", "PP blanc"]
                ),
            ),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(["CMYK", "2 Pantone (123, Black)", "CMYK + gold foil"]),
            ),
            (tr(lg, "Quantity", "Auflage", "Quantité"), str(rng.choice([500, 1000, 2000, 3000]))),
            (
                tr(lg, "Roll / core", "Rolle / Kern", "Rouleau / mandrin"),
                rng.choice(["76 mm, wind 3", "40 mm, wind 4", "76 mm, wind 1"]),
            ),
        ]
        y = pairs(p, s, x2, y, spec, w - m, 8.5)
        y += 14
        p.rect(x2, y, w - m - x2, 150)
        p.text(x2 + 8, y + 14, tr(lg, "APPROVAL", "FREIGABE", "VALIDATION"), "Helvetica-Bold", 9)
        ty = y + 32
        labels = [
            tr(
                lg,
                "Approved - print as shown",
                "Freigegeben - Druck wie gezeigt",
                "Bon pour accord - imprimer en l'état",
            ),
            tr(
                lg,
                "Approved subject to corrections marked",
                "Freigegeben nach Korrektur",
                "Bon pour accord sous réserve des corrections",
            ),
            tr(
                lg,
                "Not approved - please send new proof",
                "Nicht freigegeben - neuer Abzug",
                "Refusé - nouveau BAT souhaité",
            ),
        ]
        pick = rng.choice([0, 0, 1, 1, 2])
        for j, t in enumerate(labels):
            box(p, x2 + 10, ty, j == pick, 9)
            p.text(x2 + 26, ty, fit(t, "Helvetica", 8, w - m - x2 - 36), "Helvetica", 8)
            ty += 16
        sign_line(p, s, x2 + 10, y + 120, 140, tr(lg, "Signature", "Unterschrift", "Signature"))
        sign_line(p, s, x2 + 170, y + 120, 90, tr(lg, "Date", "Datum", "Date"))
        scrawl(p, x2 + 14, y + 116, owner())
        hand(p, x2 + 172, y + 115, short(d + timedelta(days=rng.randint(0, 4)), home()), 9)
        if pick == 1:
            hand(
                p,
                lx + lw + 8,
                ly + 80,
                rng.choice(["<- bigger pls", "colour darker?", "spelling!", "add lot no."]),
                9,
            )
            p.line(lx + lw - 10, ly + 82, lx + lw + 6, ly + 78)
        p.text(
            m,
            hh - 28,
            fit(
                tr(
                    lg,
                    "Please check all text, colours and dimensions "
                    "carefully. We cannot accept liability for "
                    "errors not marked on this proof. Colours on "
                    "screen and laser proofs are not binding.",
                    "Bitte prüfen Sie Texte, Farben und Maße sorgfältig. Für "
                    "nicht angezeichnete Fehler übernehmen wir keine Haftung.",
                    "Merci de vérifier textes, couleurs et dimensions. Les erreurs "
                    "non signalées sur ce BAT restent à la charge du client.",
                ),
                "Helvetica",
                6.5,
                w - 2 * m,
            ),
            "Helvetica",
            6.5,
        )
        pages.append(p)
    if len(pages) > 1:
        number_pages(pages, s, "{i}/{n}", "tr", top=46)
    remember(d, (h.name,))
    return pages


QUEENS: dict[str, list[Item]] = {
    "en": [
        ("Mated queen, Buckfast, marked & clipped", "each", 42.00),
        ("Mated queen, native black (A.m.m.), marked", "each", 48.00),
        ("Virgin queen, Buckfast", "each", 15.00),
        ("5-frame nucleus colony, National, 2025 queen", "each", 235.00),
        ("Nuc box (returnable deposit)", "each", 20.00),
        ("Special delivery (queens)", "each", 9.50),
    ],
    "de": [
        ("Begattete Königin Carnica, gezeichnet", "St.", 39.00),
        ("Reinzuchtkönigin Carnica (Belegstelle)", "St.", 95.00),
        ("Begattete Königin Buckfast", "St.", 45.00),
        ("Ableger auf 5 Zanderwaben mit Königin", "St.", 180.00),
        ("Pfand Ablegerkiste", "St.", 25.00),
        ("Versand Expresskäfig", "Pausch.", 12.50),
    ],
    "fr": [
        ("Reine fécondée Buckfast marquée", "pièce", 38.00),
        ("Reine fécondée noire (A.m.m.)", "pièce", 35.00),
        ("Essaim sur 5 cadres Dadant, reine de l'année", "pièce", 170.00),
        ("Ruchette carton de transport", "pièce", 9.00),
        ("Envoi Chronopost cagette", "forfait", 18.00),
    ],
}


def health_certificate(rng: random.Random, lg: str, breeder: Head, d: date, colonies: int) -> Page:
    """The health certificate for bees that the breeder sends with queens or colonies: the
    official veterinarian's or bee inspector's form, with the seal and signature."""
    s = Style("Helvetica", "Helvetica-Bold", 9, 56, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin
    p = Page(A4)
    emblem(p, m, m - 10)
    auth = {
        "en": ("Animal and Plant Health Agency", "National Bee Unit"),
        "de": (
            "Landkreis - Veterinär- und Lebensmittelüberwachungsamt",
            "Amtstierärztin / Amtstierarzt",
        ),
        "fr": (
            "Direction départementale de la protection des populations",
            "Service santé et protection animales",
        ),
    }[lg]
    p.text(m + 32, m, auth[0], "Helvetica-Bold", 10)
    p.text(m + 32, m + 12, auth[1], "Helvetica", 8)
    y = m + 50
    title = tr(
        lg,
        "HEALTH CERTIFICATE FOR BEES",
        "GESUNDHEITSZEUGNIS FÜR BIENENVÖLKER",
        "CERTIFICAT SANITAIRE APICOLE",
    )
    p.text(w / 2, y, title, "Helvetica-Bold", 13, "center")
    p.text(
        w / 2,
        y + 14,
        tr(
            lg,
            "for the movement or sale of colonies, nuclei and queens",
            "nach § 5 Bienenseuchen-Verordnung (Verbringen von Bienenvölkern)",
            "pour la cession de colonies, essaims et reines",
        ),
        "Helvetica",
        8,
        "center",
    )
    y += 40
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Owner of the bees", "Besitzer/in der Bienen", "Propriétaire"), breeder.name),
            (
                tr(lg, "Apiary location", "Standort des Bienenstandes", "Emplacement du rucher"),
                f"{breeder.street}, {breeder.town}",
            ),
            (
                tr(lg, "Apiary reg. no.", "Registriernummer", "N° NAPI / rucher"),
                serial(rng, "A9999999" if lg == "fr" else "99 999 999 999"),
            ),
            (
                tr(
                    lg,
                    "Number of colonies / queens",
                    "Anzahl Völker / Königinnen",
                    "Nombre de colonies / reines",
                ),
                str(colonies),
            ),
            (
                tr(lg, "Date of examination", "Datum der Untersuchung", "Date de la visite"),
                short(d - timedelta(days=rng.randint(5, 60)), lg),
            ),
            (tr(lg, "Destination", "Bestimmungsort", "Destination"), office_head().town),
        ],
        per=2,
        tall=28,
    )
    y += 6
    text = tr(
        lg,
        "I certify that the colonies of the above apiary were examined on the "
        "date shown and that no signs of American foulbrood (Paenibacillus "
        "larvae), European foulbrood, Small hive beetle (Aethina tumida) or "
        "Tropilaelaps mites were found. The apiary is not within a standstill area.",
        "Hiermit wird bescheinigt, dass die Bienenvölker des oben genannten "
        "Bienenstandes amtlich untersucht und frei von Amerikanischer "
        "Faulbrut befunden wurden. Der Herkunftsort liegt nicht in einem "
        "Sperrbezirk. Das Zeugnis ist ab Untersuchung neun Monate gültig.",
        "Je soussigné certifie que les colonies du rucher ci-dessus ont "
        "été visitées et ne présentent aucun signe clinique de loque "
        "américaine, loque européenne, d'Aethina tumida ni de Tropilaelaps. "
        "Le rucher n'est pas situé dans une zone réglementée.",
    )
    y = max(y, m + 220)
    for ln in wrap(text, s.font, 9, w - 2 * m):
        p.text(m, y, ln, s.font, 9)
        y += 13
    y += 10
    for t in [
        tr(lg, "Brood examined (sample of combs)", "Brutwaben untersucht", "Couvain examiné"),
        tr(
            lg,
            "Debris / honey sample tested",
            "Futterkranzprobe untersucht (negativ)",
            "Prélèvement analysé (négatif)",
        ),
    ]:
        box(p, m, y, rng.random() < 0.8, 9)
        p.text(m + 16, y, t, s.font, 9)
        y += 16
    y = hh - 190
    seal(p, w - m - 70, y + 30, 38, auth[0][:34], tr(lg, "Official", "Siegel", "Cachet"))
    sign_line(
        p,
        s,
        m,
        y + 60,
        190,
        tr(
            lg,
            "Signature, bee inspector / official veterinarian",
            "Unterschrift Amtstierarzt/-ärztin",
            "Signature du vétérinaire / agent sanitaire",
        ),
    )
    scrawl(p, m + 6, y + 56, f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}", 14)
    p.text(
        m,
        y + 90,
        f"{tr(lg, 'Place, date', 'Ort, Datum', 'Fait à, le')}: "
        f"{short(d - timedelta(days=rng.randint(2, 50)), lg)}",
        s.font,
        8,
    )
    p.text(
        m,
        hh - 40,
        tr(
            lg,
            "Form BH-4 (rev. 2023)",
            "Muster nach Anlage BienSeuchV",
            "Cerfa - modèle départemental",
        ),
        s.font,
        6.5,
    )
    return p


def tpl_queen_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The queen breeder's invoice for mated queens or nucleus colonies, with the health
    certificate for bees attached behind it (most of the time), now and then a note on
    introducing the queen."""
    h = head_of(who, "queens")
    lg = h.lang
    pages, d, _ = supplier_invoice(
        rng,
        who,
        "queens",
        "queen_invoice",
        QUEENS[lg],
        rng.randint(1, 3),
        (1, 6),
        food=False,
        size=A4 if lg != "en" or rng.random() < 0.7 else LETTER,
    )
    if rng.random() < 0.25:
        s = style_of(h, A5, margin=36, pt=8.5)
        f = sheets(s, h)
        caption(
            f,
            s,
            tr(
                lg,
                "Introducing your new queen",
                "Hinweise zum Zusetzen der Königin",
                "Introduction de votre reine",
            ),
            1,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Remove the old queen 24 hours before. Place the cage between the frames "
                "with the candy end up. Do not disturb the colony for seven days.",
                "Das Volk 24 Stunden vorher entweiseln. Den Käfig mit der Futterteigseite "
                "nach oben zwischen die Waben hängen. Sieben Tage nicht stören.",
                "Orpheliner la colonie 24 heures avant. Placer la cage entre les cadres, "
                "le candi vers le haut. Ne pas ouvrir la ruche pendant sept jours.",
            )
            + " "
            + prose(rng, lg, "bees", 1, 3),
        )
        pages.append(f.pages[0])
    if rng.random() < 0.8:
        pages.append(health_certificate(rng, lg, h, d, rng.randint(1, 12)))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQ: sites, inspections and the authority
# ---------------------------------------------------------------------------------------------

SITE_CLAUSES = {
    "en": [
        "Permission",
        "Number of hives",
        "Access",
        "Rent",
        "Stock and crops",
        "Spraying",
        "Insurance",
        "Swarms",
        "Removal of hives",
        "Termination",
        "Notices",
    ],
    "de": [
        "Gegenstand",
        "Anzahl der Völker",
        "Zufahrt",
        "Entgelt",
        "Tierhaltung und Kulturen",
        "Pflanzenschutz",
        "Haftung und Versicherung",
        "Schwärme",
        "Räumung",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Objet",
        "Nombre de ruches",
        "Accès",
        "Contrepartie",
        "Cultures et animaux",
        "Traitements phytosanitaires",
        "Assurance",
        "Essaims",
        "Enlèvement des ruches",
        "Durée et résiliation",
    ],
}


def site_sketch(
    rng: random.Random, s: Style, lg: str, title: str, size: tuple[float, float]
) -> Page:
    """A plan of the apiary site: field boundaries, track, gate, hive stands, north arrow."""
    w, hh = size
    m = s.margin
    p = Page(size)
    p.text(m, m, title, s.bold, s.size + 2)
    x0, y0, x1, y1 = m, m + 24, w - m, hh - m - 60
    p.rect(x0, y0, x1 - x0, y1 - y0)
    # fields and hedges
    cx = rng.uniform(x0 + 120, x1 - 120)
    cy = rng.uniform(y0 + 100, y1 - 100)
    p.line(cx, y0, cx + rng.uniform(-40, 40), y1)
    p.line(x0, cy, x1, cy + rng.uniform(-30, 30))
    for k in range(4):
        fx = [x0 + 20, cx + 20][k % 2]
        fy = [y0 + 20, cy + 20][k // 2]
        p.text(
            fx,
            fy + 8,
            rng.choice(
                {
                    "en": ["OSR", "Winter wheat", "Grass ley", "Orchard", "Heather"],
                    "de": ["Raps", "Wiese", "Obstanlage", "Heide", "Mais"],
                    "fr": ["Colza", "Prairie", "Verger", "Lavande", "Tournesol"],
                }[lg]
            ),
            "Helvetica-Oblique",
            8,
        )
    # track and gate
    tx = rng.uniform(x0 + 40, x1 - 40)
    p.line(tx, y1, tx + 30, cy)
    p.line(tx + 16, y1, tx + 46, cy)
    p.rect(tx - 4, y1 - 8, 24, 8, fill=0.3)
    p.text(tx + 26, y1 - 2, tr(lg, "gate", "Tor", "portail"), "Helvetica", 7)
    # hive stands
    hx, hy = tx + rng.uniform(50, 110), cy - rng.uniform(30, 70)
    n = rng.randint(4, 10)
    for k in range(n):
        p.rect(hx + (k % 5) * 16, hy + (k // 5) * 18, 11, 11, fill=0.55)
    p.text(
        hx,
        hy - 8,
        tr(lg, f"apiary ({n} hives)", f"Bienenstand ({n} Völker)", f"rucher ({n} ruches)"),
        "Helvetica-Bold",
        7,
    )
    # north arrow and scale
    p.line(x1 - 30, y0 + 50, x1 - 30, y0 + 20)
    p.line(x1 - 30, y0 + 20, x1 - 35, y0 + 30)
    p.line(x1 - 30, y0 + 20, x1 - 25, y0 + 30)
    p.text(x1 - 30, y0 + 14, "N", "Helvetica-Bold", 9, "center")
    p.line(x0 + 10, y1 - 14, x0 + 110, y1 - 14)
    p.text(x0 + 10, y1 - 18, "0        50        100 m", "Helvetica", 6)
    hand(
        p,
        x0 + 12,
        y1 + 22,
        rng.choice(
            {
                "en": [
                    "hives behind hedge, out of view of footpath",
                    "park by the barn",
                    "water trough - keep clear",
                ],
                "de": ["Zufahrt nur bei trockenem Wetter", "Weidezaun - Tor schließen!"],
                "fr": ["ruches à 20 m du chemin", "se garer près de la grange"],
            }[lg]
        ),
        9,
    )
    return p


def tpl_site_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The landowner's apiary site agreement: now and then a covering letter; the parties and
    numbered clauses (rent often paid in jars of honey), the schedule with the site, a sketch
    of the site and the signature page; numbered like the landowner numbers his papers."""
    h = head_of(who, "landowner")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    agent = staff(h, "agent")
    pages: list[Page] = []
    if rng.random() < 0.45:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            office_lines(True),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AA/99"))],
        )
        caption(
            f0,
            s,
            tr(
                lg,
                "Bee hives at " + rng.choice(["Low Field", "Top Wood", "Church Farm"]),
                "Standplatz für Bienenvölker",
                "Emplacement de ruches",
            ),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, mx(owner(), lg)), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Further to our conversation I enclose two copies of the agreement for the "
                "site. Please sign both, return one to this office and keep the other.",
                "wie besprochen erhalten Sie anbei die Vereinbarung über den Standplatz in "
                "zweifacher Ausfertigung. Bitte senden Sie "
                "uns ein unterschriebenes Exemplar zurück.",
                "Suite à notre entretien, veuillez trouver ci-joint la convention en "
                "deux exemplaires. Merci de nous en retourner un exemplaire signé.",
            )
            + " "
            + prose(rng, lg, "legal", 1, 2),
        )
        regards(f0, s, lg, agent, tr(lg, "Estate Manager", "Verwaltung", "Gérant"))
        pages += close(f0.pages, s, h, numbers="none")
    title = tr(
        lg,
        "APIARY SITE AGREEMENT",
        "VEREINBARUNG ÜBER DIE AUFSTELLUNG VON BIENENVÖLKERN",
        "CONVENTION DE MISE À DISPOSITION D'UN EMPLACEMENT DE RUCHER",
    )
    f = sheets(s, h, title, top=rng.random() < 0.5)
    f.y += 10
    f.page.text(
        w / 2,
        f.y,
        fit(title, s.bold, s.size + 3, w - 2 * m),
        s.bold,
        shrink(title, s.bold, s.size + 3, w - 2 * m),
        "center",
    )
    f.y += 30
    off = office_head()
    write(
        f,
        s,
        tr(
            lg,
            f"This agreement is made on {day(h, d)} between {h.name} of {h.street}, {h.town} (the "
            f"Landowner) and {owner()} trading as {off.name} "
            f"of {off.street}, {off.town} (the Beekeeper).",
            f"Zwischen {h.name}, {h.street}, {h.town} (Eigentümer) und {owner()}, {off.name}, "
            f"{off.street}, {off.town} (Imker/in) wird folgende Vereinbarung geschlossen:",
            f"Entre {h.name}, {h.street}, {h.town}, ci-après "
            f"le propriétaire, et {owner()}, {off.name}, "
            f"{off.street}, {off.town}, ci-après l'apiculteur, il est convenu ce qui suit :",
        ),
    )
    hives = rng.choice([6, 8, 10, 12, 20])
    jars = rng.choice([4, 6, 6, 12])
    for k, head_ in enumerate(SITE_CLAUSES[lg], 1):
        f.heading(
            m,
            f"{k}. {head_}"
            if lg == "en"
            else (f"§ {k} {head_}" if lg == "de" else f"Article {k} - {head_}"),
            s.bold,
            s.size,
        )
        extra = ""
        if k == 2:
            extra = tr(
                lg,
                f"Not more than {hives} colonies shall be kept on the site. ",
                f"Es dürfen höchstens {hives} Völker aufgestellt werden. ",
                f"Le nombre de ruches est limité à {hives}. ",
            )
        if k == 4:
            extra = tr(
                lg,
                f"The Beekeeper shall give the Landowner {jars} "
                "1lb jars of honey each year in lieu of rent. ",
                f"Als Entgelt erhält der Eigentümer jährlich {jars} Gläser Honig zu 500 g. ",
                f"En contrepartie, l'apiculteur remet chaque année {jars} pots de miel de 500 g. ",
            )
        write(f, s, extra + prose(rng, lg, "legal", 1, 3))
    f.heading(
        m,
        tr(lg, "Schedule - the site", "Anlage 1 - Standplatz", "Annexe 1 - Emplacement"),
        s.bold,
        s.size + 1,
    )
    cols = columns(m, w - m, [(2, "left"), (3, "left")])
    grid = (
        serial(rng, "SE 99999 99999")
        if lg == "en"
        else (
            f"Gemarkung {rng.choice(['Oldenstadt', 'Wrestedt', 'Ihringen'])}, Flur "
            f"{rng.randint(1, 12)}, Flurstück {rng.randint(10, 400)}/{rng.randint(1, 9)}"
            if lg == "de"
            else f"Parcelle cadastrale {serial(rng, 'AA 999')}"
        )
    )
    table(
        f,
        cols,
        [tr(lg, "Item", "Angabe", "Rubrique"), tr(lg, "Detail", "Inhalt", "Détail")],
        [
            [
                tr(lg, "Site", "Standort", "Lieu"),
                rng.choice(
                    {
                        "en": ["Low Field, north hedge", "Top Wood, east edge"],
                        "de": ["Obstwiese hinter der Scheune", "Waldrand am Heideweg"],
                        "fr": ["Bois des Fontaines, lisière sud", "Parcelle des Lavandes"],
                    }[lg]
                ),
            ],
            [tr(lg, "Location", "Lage", "Localisation"), grid],
            [tr(lg, "Max. colonies", "Max. Völker", "Ruches max."), str(hives)],
            [
                tr(lg, "Access", "Zufahrt", "Accès"),
                rng.choice(
                    {
                        "en": [
                            "via farm track, gate code 1846",
                            "through yard, 4x4 only in winter",
                        ],
                        "de": ["über Feldweg, Schlüssel beim Hof", "Waldweg, Schranke"],
                        "fr": ["par le chemin rural n° 12", "accès par la cour de ferme"],
                    }[lg]
                ),
            ],
            [
                tr(lg, "Term", "Laufzeit", "Durée"),
                tr(lg, "one year, renewing", "ein Jahr, verlängert sich", "un an, reconductible"),
            ],
            [
                tr(lg, "Emergency contact", "Notfallkontakt", "Contact urgence"),
                f"{owner()} {off.phone or serial(rng, '07999 999999')}",
            ],
        ],
        s,
        rules=True,
    )
    pages_main = f.pages
    sketch = site_sketch(
        rng,
        s,
        lg,
        tr(
            lg,
            "Plan of the site (not to scale)",
            "Lageskizze (nicht maßstäblich)",
            "Plan de situation (sans échelle)",
        ),
        s.page_size,
    )
    # signature page
    sp = Page(s.page_size)
    y = m + 20
    sp.text(
        m,
        y,
        tr(lg, "Signed by the parties", "Unterschriften", "Fait en deux exemplaires"),
        s.bold,
        s.size + 1,
    )
    y += 40
    for who_, name in [
        (tr(lg, "Landowner", "Eigentümer", "Le propriétaire"), agent),
        (tr(lg, "Beekeeper", "Imker/in", "L'apiculteur"), owner()),
    ]:
        sp.text(m, y, who_, s.bold, s.size)
        sign_line(
            sp, s, m, y + 50, 200, tr(lg, "Signature", "Unterschrift", "Signature (lu et approuvé)")
        )
        sign_line(sp, s, m + 240, y + 50, 120, tr(lg, "Date", "Ort, Datum", "Date"))
        if rng.random() < 0.85:
            scrawl(sp, m + 8, y + 46, name, 14)
            hand(sp, m + 244, y + 44, short(d + timedelta(days=rng.randint(0, 12)), lg), 9)
        sp.text(m, y + 72, name, s.font, s.size - 1)
        y += 130
    if rng.random() < 0.7:
        doc = pages_main + ([sketch, sp] if rng.random() < 0.6 else [sp, sketch])
    else:
        doc = [*pages_main, sp]
    close(doc, s, h)
    pages += doc
    remember(d, (h.name,))
    return pages


SITES = {
    "en": ["Home apiary", "Orchard site", "Heather site", "Church Farm", "Low Wood"],
    "de": ["Heimstand", "Heideblick", "Obstwiese", "Waldrand", "Rapsfeld Nord"],
    "fr": ["Rucher des Chênes", "Rucher du Moulin", "Garrigue", "Rucher de la Source"],
}
NOTES = {
    "en": ["sample taken", "queen cells", "drone laying", "light stores", "requeen"],
    "de": ["Probe", "weisellos", "Schwarmzellen", "Futter knapp", "umweiseln"],
    "fr": ["prélèvement", "orpheline", "cellules royales", "peu de provisions", "essaimage"],
}
INSPECTIONS = {
    "en": ["AFB", "EFB", "Chalkbrood", "Sacbrood", "Varroa / DWV", "Queen seen", "Eggs seen"],
    "de": [
        "AFB",
        "EFB",
        "Kalkbrut",
        "Sackbrut",
        "Varroa / Krüppelflügel",
        "Königin gesehen",
        "Stifte",
    ],
    "fr": [
        "Loque am.",
        "Loque eur.",
        "Couvain plâtré",
        "Couvain sacciforme",
        "Varroa / DWV",
        "Reine vue",
        "Œufs",
    ],
}


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The bee inspector's apiary inspection report: the apiary and beekeeper, the colony table
    (one row a colony: brood frames, temper, disease signs ticked, varroa level) in hand, the
    outcome and advice, both signatures; a continuation sheet for a large apiary."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    insp = staff(h, "insp")
    title = tr(
        lg,
        "APIARY INSPECTION REPORT",
        "PRÜFBERICHT BIENENSTAND / BIENENSACHVERSTÄNDIGER",
        "COMPTE RENDU DE VISITE SANITAIRE DE RUCHER",
    )
    off = office_head()
    f = sheets(s, h, f"{title} - {off.name} - {short(d, lg)}")
    caption(f, s, title, 2, rule=True)
    reason = rng.choice(
        [
            tr(lg, "Routine", "Routine", "Visite de routine"),
            tr(
                lg,
                "Apiary in 3km of EFB outbreak",
                "Umkreisuntersuchung Sperrbezirk",
                "Enquête périmètre foyer",
            ),
            tr(lg, "Sale of colonies", "Verbringen / Verkauf", "Cession d'essaims"),
        ]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Beekeeper", "Imker/in", "Apiculteur"), f"{owner()}, {off.name}"),
            (
                tr(lg, "BeeBase apiary ref", "Registriernummer (Tierseuchenkasse)", "N° NAPI"),
                serial(
                    keyed(who, "ref"),
                    "999999" if lg == "en" else "99 999 999 999" if lg == "de" else "A9999999",
                ),
            ),
            (
                tr(lg, "Apiary", "Standort", "Rucher"),
                rng.choice(
                    ["Home apiary", "Heideblick", "Rucher des Chênes", "Orchard site", "Waldrand"]
                ),
            ),
            (tr(lg, "Reason for visit", "Anlass", "Motif"), reason),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(
                    {
                        "en": ["sunny 19C", "windy, 14C", "overcast 16C"],
                        "de": ["bedeckt 16 °C", "sonnig 21 °C"],
                        "fr": ["ensoleillé 22 °C", "couvert 17 °C"],
                    }[lg]
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    n = rng.choice([4, 6, 8, 12, 18, 24])
    cols = columns(
        m,
        w - m,
        [(0.7, "left"), (0.9, "center"), (0.8, "center")] + [(0.8, "center")] * 7 + [(2.3, "left")],
    )
    heads = (
        [
            tr(lg, "Hive", "Volk", "Ruche"),
            tr(lg, "Brood fr.", "Brutw.", "Cadres c."),
            tr(lg, "Temper", "Sanftm.", "Douceur"),
        ]
        + INSPECTIONS[lg]
        + [tr(lg, "Notes", "Bemerkung", "Observations")]
    )
    rows = []
    for k in range(n):
        sick = rng.random() < 0.06
        rows.append(
            [
                str(k + 1) if rng.random() < 0.7 else serial(rng, "A9"),
                str(rng.randint(3, 9)),
                str(rng.randint(1, 4)),
                "X" if sick else "-",
                "-",
                "X" if rng.random() < 0.12 else "-",
                "-",
                rng.choice(["L", "L", "M", "H"]),
                "v" if rng.random() < 0.6 else "",
                "v" if rng.random() < 0.8 else "",
                rng.choice(["", "", "", *NOTES[lg]]),
            ]
        )
    # entries in hand
    start = len(f.pages), len(f.page.items)
    table(f, cols, heads, rows, s, size=7, rules=True, step=2.0)
    for pg in f.pages[start[0] - 1 :]:
        for k, (kind, args) in enumerate(pg.items):
            if (
                kind == "text"
                and args[3] == s.font
                and args[4] == 7
                and (pg is not f.pages[start[0] - 1] or k >= start[1])
            ):
                pg.items[k] = ("text", (*args[:3], HAND, 7.5, args[5]))
    f.y += 8
    f.need(150)
    f.page.text(m, f.y, tr(lg, "Outcome", "Ergebnis", "Conclusion"), s.bold, s.size)
    f.y += 12
    found = any(r[3] == "X" for r in rows)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "No notifiable disease seen",
                "Keine Anzeichen einer anzeigepflichtigen Seuche",
                "Aucun signe de maladie réglementée",
            ),
            tr(
                lg,
                "Suspected notifiable disease - sample sent",
                "Verdacht - Probe eingesandt",
                "Suspicion - échantillon envoyé",
            ),
            tr(lg, "Advisory visit", "Beratung", "Visite de conseil"),
        ],
        {1} if found else {0, 2} if rng.random() < 0.4 else {0},
        8,
    )
    f.y += 4
    f.page.text(m, f.y, tr(lg, "Advice given:", "Hinweise:", "Conseils :"), s.font, s.size)
    f.y += 12
    for ln in wrap(
        rng.choice(
            [
                tr(
                    lg,
                    "Monitor varroa in August, treat after honey off. Replace old brood combs.",
                    "Varroa im August kontrollieren, nach der Ernte behandeln. Altwaben erneuern.",
                    "Surveiller varroa en août, traiter après récolte. Renouveler les cadres.",
                ),
                tr(
                    lg,
                    "Shook swarm hive 7. Keep apiary records up to date.",
                    "Volk 7 Kunstschwarm bilden. Bestandsbuch führen.",
                    "Transvaser ruche 7. Tenir le registre d'élevage à jour.",
                ),
            ]
        ),
        HAND,
        9,
        w - 2 * m,
    ):
        f.page.text(m + 6, f.y, ln, HAND, 9)
        f.y += 13
    f.y += 30
    f.need(60)
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Bee inspector", "Bienensachverständige/r", "Technicien sanitaire apicole"),
    )
    sign_line(f.page, s, w / 2 + 10, f.y, 180, tr(lg, "Beekeeper", "Imker/in", "Apiculteur"))
    scrawl(f.page, m + 6, f.y - 4, insp)
    if rng.random() < 0.8:
        scrawl(f.page, w / 2 + 16, f.y - 4, owner())
    f.page.text(m, f.y + 20, insp, s.font, 7.5)
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
                "none",
            ]
        ),
    )
    remember(d, (h.name, found))
    return pages


def restricted_map(rng: random.Random, s: Style, lg: str, title: str, radius_km: int) -> Page:
    """The annex map of a restricted zone: roads, villages, the outbreak and a circle."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(m, m, title, s.bold, s.size + 2)
    x0, y0, x1, y1 = m, m + 20, w - m, hh - m - 40
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cx, cy = (x0 + x1) / 2 + rng.uniform(-40, 40), (y0 + y1) / 2 + rng.uniform(-60, 60)
    r = min(x1 - x0, y1 - y0) * 0.38
    ring(p, cx, cy, r, 60)
    for _ in range(rng.randint(5, 9)):
        a, b = rng.uniform(x0, x1), rng.uniform(x0, x1)
        p.line(a, y0, b, y1)
    for _ in range(rng.randint(3, 6)):
        a, b = rng.uniform(y0, y1), rng.uniform(y0, y1)
        p.line(x0, a, x1, b)
    for t in rng.sample(
        [
            "Oldenstadt",
            "Holdenstedt",
            "Molzen",
            "Kirchweyhe",
            "Ihringen",
            "Wasenweiler",
            "Bachenheim",
            "Thorpe",
            "Amotherby",
            "Swinton",
            "Anduze",
            "Lasalle",
            "Monoblet",
            "Sauve",
        ],
        6,
    ):
        tx, ty = rng.uniform(x0 + 20, x1 - 80), rng.uniform(y0 + 20, y1 - 20)
        p.rect(tx, ty - 6, 5, 5, fill=0.2)
        p.text(tx + 8, ty, t, "Helvetica", 7)
    p.text(cx, cy + 4, "X", "Helvetica-Bold", 14, "center")
    p.text(
        cx + 12, cy + 4, tr(lg, "infected apiary", "Seuchenstand", "foyer"), "Helvetica-Oblique", 7
    )
    p.text(
        x0 + 6,
        y1 - 6,
        tr(
            lg,
            f"Boundary: {radius_km} km radius",
            f"Grenze Sperrbezirk (Radius {radius_km} km)",
            f"Limite de la zone ({radius_km} km)",
        ),
        "Helvetica",
        7,
    )
    p.text(x1, y1 + 14, "© GeoBasis / OS / IGN", "Helvetica", 6, "right")
    return p


def tpl_disease_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's notice on a notifiable bee disease: a standstill notice, an
    Allgemeinverfügung über einen Sperrbezirk or an arrêté préfectoral with its numbered
    articles, the map of the zone and the notes on appeal on a page of their own."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = last_day(rng, ("inspection_report",), (3, 14))
    ref = {
        "en": f"BDPC/{serial(rng, '99/9999')}",
        "de": f"39.1-{serial(rng, '9999-99')}/AFB",
        "fr": f"AP n° {serial(rng, '2025-99-999')}",
    }[lg]
    f = sheets(s, h, f"{h.name} - {ref}")
    radius = rng.choice([1, 3, 3, 5])
    if lg == "en":
        recipient(f, s, h, office_lines(True), d, [("Ref", ref)])
        caption(f, s, "STANDSTILL NOTICE", 3)
        write(f, s, "The Bee Diseases and Pests Control (England) Order 2006", s.size - 0.5)
        write(
            f,
            s,
            f"{dear(lg, mx(owner(), lg))} Following the finding of "
            f"{rng.choice(['European foulbrood', 'American foulbrood'])} "
            "in an apiary near you, an inspector has placed the apiaries within "
            f"{radius} km under a standstill. You must not "
            "move any bees, combs, hives or appliances "
            "into or out of the apiary named below without "
            "a licence from an Appointed Bee Inspector.",
        )
        arts = ["Apiaries affected", "Prohibited movements", "Inspection", "Duration", "Offences"]
    elif lg == "de":
        f.page.text(m, f.y, "Allgemeinverfügung", s.bold, s.size + 4)
        f.y += 18
        write(
            f,
            s,
            "zur Bildung eines Sperrbezirks wegen Ausbruchs der Amerikanischen "
            f"Faulbrut der Bienen (Bienenseuchen-Verordnung) vom {day(h, d)}",
            s.size,
        )
        write(
            f,
            s,
            "Auf Grund der §§ 10 und 11 der Bienenseuchen-Verordnung in Verbindung "
            "mit § 38 Abs. 11 Tiergesundheitsgesetz wird folgendes verfügt:",
        )
        arts = [
            "Sperrbezirk",
            "Untersuchungspflicht",
            "Verbringungsverbot",
            "Anzeigepflicht",
            "Sofortige Vollziehung",
            "Inkrafttreten",
        ]
    else:
        f.page.text(w / 2, f.y, "ARRÊTÉ PRÉFECTORAL", s.bold, s.size + 4, "center")
        f.y += 16
        f.page.text(
            w / 2,
            f.y,
            f"n° {ref} portant déclaration d'infection de loque américaine",
            s.font,
            s.size,
            "center",
        )
        f.y += 24
        write(
            f,
            s,
            "Le préfet, VU le code rural et de la pêche maritime, VU l'arrêté "
            "du 11 août 1980 relatif à la lutte contre les maladies "
            "réputées contagieuses des abeilles, SUR proposition du directeur "
            "départemental de la protection des populations, ARRÊTE :",
        )
        arts = [
            "Déclaration d'infection",
            "Périmètre",
            "Mesures",
            "Recensement",
            "Levée",
            "Exécution",
        ]
    for k, a in enumerate(arts, 1):
        f.heading(
            m,
            f"{k}. {a}"
            if lg == "en"
            else (f"Nr. {k} - {a}" if lg == "de" else f"Article {k} - {a}"),
            s.bold,
            s.size,
        )
        if k == 2 and lg != "en":
            write(
                f,
                s,
                tr(
                    lg,
                    "",
                    f"Der Sperrbezirk umfasst das Gebiet im Umkreis von {radius} km "
                    "um den Seuchenstand, wie in der anliegenden Karte dargestellt. ",
                    f"La zone réglementée couvre un rayon de {radius} "
                    "km autour du rucher infecté (carte en annexe). ",
                )
                + prose(rng, lg, "bees", 1, 2),
            )
        else:
            write(f, s, prose(rng, lg, "bees", 1, 3))
    f.y += 10
    sig = staff(h, "vet")
    role = tr(
        lg,
        "Appointed Bee Inspector",
        "Amtstierarzt / Amtstierärztin",
        "Pour le préfet et par délégation, le directeur de la DDPP",
    )
    if lg == "en":
        regards(f, s, lg, sig, role)
    else:
        f.need(90)
        town = h.town.split()[-1]
        f.page.text(
            m,
            f.y,
            tr(lg, "", f"{town}, den {day(h, d)}", f"Fait à {town}, le {day(h, d)}"),
            s.font,
            s.size,
        )
        f.y += 16
        f.page.text(m, f.y, tr(lg, "", "Im Auftrag", role), s.font, s.size)
        f.y += 34
        scrawl(f.page, m, f.y - 4, sig)
        f.y += 8
        f.page.text(m, f.y, sig, s.bold, s.size)
        if lg == "de":
            f.page.text(m, f.y + 12, role, s.font, s.size - 1)
        f.y += 30
    pages = f.pages
    if rng.random() < 0.8:
        pages.append(
            restricted_map(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Map - standstill area",
                    "Anlage: Karte des Sperrbezirks",
                    "Annexe : carte de la zone réglementée",
                ),
                radius,
            )
        )
    if lg != "en" or rng.random() < 0.5:
        ap = Page(A4)
        y = m + 10
        ap.text(
            m,
            y,
            tr(
                lg,
                "Notes - your right of appeal",
                "Rechtsbehelfsbelehrung",
                "Voies et délais de recours",
            ),
            s.bold,
            s.size + 2,
        )
        y += 24
        for para in range(rng.randint(3, 5)):
            for ln in wrap(
                (
                    ""
                    if para
                    else tr(
                        lg,
                        "You may appeal against this notice. ",
                        "Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach "
                        "Bekanntgabe Klage beim Verwaltungsgericht erhoben werden. ",
                        "La présente décision peut faire l'objet d'un recours devant "
                        "le tribunal administratif dans un délai de deux mois. ",
                    )
                )
                + prose(rng, lg, "legal", 1, 2),
                s.font,
                s.size,
                w - 2 * m,
            ):
                ap.text(m, y, ln, s.font, s.size)
                y += s.size * 1.4
            y += 8
        pages.append(ap)
    close(pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, (h.name,))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQ: the honey laboratory and the food authority
# ---------------------------------------------------------------------------------------------

POLLEN = {
    "en": [
        "Brassica napus (oilseed rape)",
        "Trifolium repens (white clover)",
        "Rubus (bramble)",
        "Calluna vulgaris (heather)",
        "Tilia (lime)",
        "Prunus / Malus (fruit)",
        "Taraxacum (dandelion)",
        "Castanea (sweet chestnut)",
        "Borago officinalis",
        "Phacelia",
        "Salix (willow)",
        "Acer (maple)",
    ],
    "de": [
        "Brassica napus (Raps)",
        "Trifolium repens (Weißklee)",
        "Rubus (Brombeere)",
        "Calluna vulgaris (Heide)",
        "Tilia (Linde)",
        "Prunus / Malus (Obst)",
        "Taraxacum (Löwenzahn)",
        "Castanea (Edelkastanie)",
        "Robinia (Robinie)",
        "Phacelia",
        "Salix (Weide)",
        "Acer (Ahorn)",
    ],
    "fr": [
        "Brassica napus (colza)",
        "Trifolium repens (trèfle blanc)",
        "Rubus (ronce)",
        "Calluna vulgaris (callune)",
        "Tilia (tilleul)",
        "Prunus / Malus (fruitiers)",
        "Taraxacum (pissenlit)",
        "Castanea (châtaignier)",
        "Robinia (acacia)",
        "Lavandula (lavande)",
        "Salix (saule)",
        "Erica (bruyère)",
    ],
}


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The honey laboratory's test report: sample data, the physico-chemical results with
    method, unit and limits, the verdict, then the pollen analysis on the next page with the
    pollen spectrum table and the sensory notes; "Page i of n" throughout; now and then a
    covering letter on the lab's letterhead before it."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    prev = same_run("lab_report", h.name)
    d = (
        (prev[1] + timedelta(days=rng.randint(0, 2)))
        if prev and isinstance(prev[1], date)
        else some_day(rng)
    )
    rep = serial(rng, rng.choice(["R25-99999", "999999-01", "PB 99999"]))
    honey = rng.choice(HONEYS[home()])
    pages: list[Page] = []
    if not prev and rng.random() < 0.3:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            office_lines(True),
            d,
            [(tr(lg, "Order", "Auftrag", "Commande"), serial(rng, "A99999"))],
        )
        caption(
            f0, s, tr(lg, "Your honey samples", "Ihre Honigproben", "Vos échantillons de miel"), 1
        )
        f0.page.text(m, f0.y, dear(lg, mx(owner(), lg)), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Thank you for your samples. Please find the test "
                "reports enclosed; our invoice follows separately.",
                "vielen Dank für Ihren Auftrag. Anbei erhalten Sie "
                "die Prüfberichte; die Rechnung folgt gesondert.",
                "Nous vous remercions de votre envoi. Veuillez trouver "
                "ci-joint les rapports d'analyse ; la facture suivra.",
            )
            + " "
            + prose(rng, lg, "food", 1, 2),
        )
        regards(
            f0,
            s,
            lg,
            staff(h, "rec"),
            tr(lg, "Sample reception", "Probeneingang", "Réception des échantillons"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    title = tr(lg, "TEST REPORT", "PRÜFBERICHT", "RAPPORT D'ESSAI")
    f = sheets(s, h, f"{title} {rep} - {h.name}")
    caption(f, s, f"{title} {rep}", 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Client", "Auftraggeber", "Client"),
                f"{office_head().name}, {office_head().town}",
            ),
            (
                tr(lg, "Sample", "Probenbezeichnung", "Échantillon"),
                f"{honey} - lot {serial(rng, 'L99-99')}",
            ),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                short(d - timedelta(days=rng.randint(6, 20)), lg),
            ),
            (
                tr(lg, "Tested", "Prüfzeitraum", "Date d'analyse"),
                f"{short(d - timedelta(days=5), lg)} - {short(d - timedelta(days=1), lg)}",
            ),
            (tr(lg, "Lab no.", "Labor-Nr.", "N° labo"), serial(rng, "99-99999")),
            (
                tr(lg, "Packaging", "Verpackung", "Conditionnement"),
                tr(lg, "glass jar 454g", "Glas 500 g", "pot verre 250 g"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    res = [
        (
            tr(lg, "Water content", "Wassergehalt", "Teneur en eau"),
            "%",
            f"{rng.uniform(15.6, 19.2):.1f}",
            "max. 20",
            "DIN 10752" if lg == "de" else "Refractometry",
        ),
        ("HMF", "mg/kg", f"{rng.uniform(1.5, 28):.1f}", "max. 40", "HPLC"),
        (
            tr(lg, "Diastase activity", "Diastase-Aktivität", "Activité diastasique"),
            "Schade",
            f"{rng.uniform(9, 28):.1f}",
            "min. 8",
            "Phadebas",
        ),
        (
            tr(
                lg,
                "Electrical conductivity",
                "Elektrische Leitfähigkeit",
                "Conductivité électrique",
            ),
            "mS/cm",
            f"{rng.uniform(0.18, 0.95):.2f}",
            "max. 0.8",
            "IHC 2009",
        ),
        (
            tr(lg, "Free acidity", "Freie Säure", "Acidité libre"),
            "meq/kg",
            f"{rng.uniform(10, 38):.0f}",
            "max. 50",
            "IHC 2009",
        ),
        (
            tr(lg, "Fructose + glucose", "Fructose + Glucose", "Fructose + glucose"),
            "g/100g",
            f"{rng.uniform(64, 76):.1f}",
            "min. 60",
            "HPLC-RI",
        ),
        (
            tr(lg, "Sucrose", "Saccharose", "Saccharose"),
            "g/100g",
            f"{rng.uniform(0.1, 3.2):.1f}",
            "max. 5",
            "HPLC-RI",
        ),
    ]
    cols = columns(
        m, w - m, [(3, "left"), (1, "left"), (1, "right"), (1.1, "center"), (1.6, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Limit", "Grenzwert", "Limite"),
            tr(lg, "Method", "Methode", "Méthode"),
        ],
        [list(r) for r in res],
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    ok = rng.random() < 0.9
    write(
        f,
        s,
        tr(lg, "Assessment: ", "Beurteilung: ", "Appréciation : ")
        + (
            tr(
                lg,
                "the sample complies with the Honey (England) Regulations 2015.",
                "Die Probe entspricht den Anforderungen der Honigverordnung.",
                "L'échantillon est conforme au décret n° 2003-587 relatif au miel.",
            )
            if ok
            else tr(
                lg,
                "water content above the limit for honey intended for sale.",
                "Wassergehalt über dem DIB-Grenzwert von 18 %.",
                "teneur en eau trop élevée pour la vente.",
            )
        ),
    )
    # pollen page
    if rng.random() < 0.75:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Pollen analysis (melissopalynology)",
                "Pollenanalyse (mikroskopisch)",
                "Analyse pollinique",
            ),
            1,
        )
        types = rng.sample(POLLEN[lg], rng.randint(6, 11))
        shares = sorted((rng.random() ** 2 for _ in types), reverse=True)
        tot = sum(shares)
        rows = [
            [
                t,
                f"{100 * v / tot:.1f}",
                rng.choice(["D", "S", "I", "M"]) if 100 * v / tot > 3 else "M",
            ]
            for t, v in zip(types, shares, strict=True)
        ]
        cols2 = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "center")])
        table(
            f,
            cols2,
            [
                tr(lg, "Pollen type", "Pollenform", "Type pollinique"),
                "%",
                tr(lg, "Class", "Klasse", "Classe"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                f"Pollen count: {rng.randint(8, 90)} thousand grains / 10 g. Sensory: ",
                f"Pollenzahl: {rng.randint(8, 90)} Tsd. / 10 g. Sensorik: ",
                f"Nombre de pollens : {rng.randint(8, 90)} 000 / 10 g. Analyse sensorielle : ",
            )
            + words(rng, lg, "food"),
        )
        write(
            f,
            s,
            tr(lg, "Botanical origin: ", "Sortenbezeichnung: ", "Origine florale : ")
            + rng.choice(
                [
                    tr(
                        lg,
                        "consistent with declared variety",
                        "Sortenangabe bestätigt",
                        "conforme à l'appellation déclarée",
                    ),
                    tr(
                        lg,
                        "polyfloral - declaration not justified",
                        "Sortenangabe nicht gerechtfertigt (Blütenhonig)",
                        "polyfloral - appellation non justifiée",
                    ),
                ]
            ),
        )
    f.y += 12
    f.need(80)
    sign_line(
        f.page,
        s,
        m,
        f.y + 40,
        170,
        tr(lg, "Authorised signatory", "Prüfleiter/in", "Responsable technique"),
    )
    scrawl(f.page, m + 6, f.y + 36, staff(h, "head"))
    f.page.text(
        m,
        f.y + 60,
        fit(
            tr(
                lg,
                "Results relate only to the sample tested. This report shall not be "
                "reproduced except in full without written approval of the laboratory.",
                "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte "
                "Probe. Auszugsweise Vervielfältigung nur mit Genehmigung.",
                "Les résultats ne concernent que l'échantillon "
                "soumis à l'essai. Reproduction partielle interdite.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    if rng.random() < 0.7:
        p0 = f.pages[0]
        ay = hh - m - 8 * len(h.foot) - 50
        p0.rect(w - m - 64, ay, 64, 30)
        acc = {
            "en": ("UKAS", "TESTING " + serial(rng, "9999")),
            "de": ("DAkkS", "D-PL-" + serial(rng, "99999-99-99")),
            "fr": ("COFRAC", "ESSAIS " + serial(rng, "1-9999")),
        }[lg]
        p0.text(w - m - 32, ay + 12, acc[0], "Helvetica-Bold", 9, "center")
        p0.text(w - m - 32, ay + 24, acc[1], "Helvetica", 6, "center")
    no = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    pages += close(f.pages, s, h, numbers=no)
    remember(d, (h.name, d))
    return pages


def tpl_hygiene_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The food authority's letter on the office's registration as a food business (the
    honey room and the market stall): an acknowledgement with the registration number and
    what happens next; behind it the guidance leaflet or a copy of the registration form as
    the office filled it in."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    ref = {"en": "FH/", "de": "LMÜ 39-", "fr": "DDPP-SSA-"}[lg] + serial(rng, "99999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(True),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Ansprechpartner", "Affaire suivie par"), staff(h, "ehp")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Registration of a food business establishment",
            "Registrierung als Lebensmittelunternehmer (Art. 6 VO (EG) 852/2004)",
            "Récépissé de déclaration d'un établissement manipulant des denrées alimentaires",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(owner(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for registering your food business. Your "
            f"registration number is {serial(rng, 'FBR-99999')}. "
            "Registration is free and cannot be refused. An officer may "
            "contact you to arrange an inspection of your premises.",
            "Ihr Betrieb wurde unter der Nummer "
            f"DE-{serial(rng, '99-999-9999')} registriert. Die Registrierung "
            "ist gebührenfrei. Eine Kontrolle der Betriebsstätte "
            "(Honigraum) erfolgt risikoorientiert.",
            "Nous accusons réception de votre déclaration "
            "(Cerfa n° 13984). Votre établissement est "
            f"enregistré sous le n° {serial(rng, '99.999.999')}. "
            "Ce récépissé ne vaut pas agrément sanitaire.",
        )
        + " "
        + prose(rng, lg, "food", 2, 3),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Activities registered: honey extraction and bottling; "
            "retail sale at farmers' markets; wholesale to local shops.",
            "Tätigkeiten: Gewinnung und Abfüllung von Honig; "
            "Direktvermarktung; Abgabe an Einzelhandel.",
            "Activités : extraction et conditionnement de miel ; vente "
            "directe sur les marchés ; vente à des commerces de détail.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "ehp"),
        tr(
            lg,
            "Environmental Health Officer",
            "Lebensmittelkontrolleur/in",
            "Inspecteur de la santé publique vétérinaire",
        ),
    )
    pages = f.pages
    if rng.random() < 0.5:
        g = sheets(s, h, top=False)
        g.page.rect(m, g.y - 4, w - 2 * m, 40, fill=0.85)
        g.page.text(
            m + 10,
            g.y + 18,
            tr(
                lg,
                "Honey: what small producers need to know",
                "Merkblatt Honig für Direktvermarkter",
                "Fiche pratique : le miel en vente directe",
            ),
            s.bold,
            13,
        )
        g.y += 60
        for t in [
            tr(lg, "Labelling", "Kennzeichnung", "Étiquetage"),
            tr(lg, "Country of origin", "Herkunftsland", "Pays d'origine"),
            tr(lg, "Best before and lot", "MHD und Los", "DDM et lot"),
            tr(lg, "The honey room", "Der Schleuderraum", "La miellerie"),
            tr(lg, "Records and traceability", "Rückverfolgbarkeit", "Traçabilité"),
        ]:
            g.heading(m, t, s.bold, s.size + 1)
            write(g, s, prose(rng, lg, "food", 2, 4))
        pages += g.pages[:2]
    else:
        c = Page(A4)
        y = 40.0
        c.text(
            m,
            y,
            tr(
                lg,
                "Food business registration form (copy)",
                "Anzeige / Registrierung Lebensmittelbetrieb - Kopie",
                "Déclaration Cerfa 13984*06 - copie",
            ),
            "Helvetica-Bold",
            11,
        )
        y += 20
        sh = Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", A4, "short")
        off = office_head()
        y = band(
            c,
            sh,
            y + 10,
            tr(lg, "1. The business", "1. Angaben zum Unternehmen", "1. L'exploitant"),
        )
        y = fields(
            c,
            sh,
            m,
            y + 6,
            w - 2 * m,
            [
                (tr(lg, "Trading name", "Name", "Raison sociale"), off.name),
                (tr(lg, "Proprietor", "Inhaber/in", "Exploitant"), owner()),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{off.street}, {off.town}"),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), off.phone),
            ],
            per=2,
        )
        y = band(
            c, sh, y + 6, tr(lg, "2. Type of business", "2. Art der Tätigkeit", "2. Activités")
        )
        y = ticks(
            c,
            sh,
            m,
            y + 14,
            w - 2 * m,
            [
                tr(lg, "Primary producer", "Urproduktion", "Production primaire"),
                tr(lg, "Manufacturer / packer", "Hersteller / Abfüller", "Conditionnement"),
                tr(lg, "Retailer", "Einzelhandel", "Vente au détail"),
                tr(lg, "Market stall", "Marktstand", "Marchés"),
                tr(lg, "Mobile", "Mobil", "Ambulant"),
                tr(lg, "Home-based", "Im Wohnhaus", "À domicile"),
            ],
            {0, 1, 3} if rng.random() < 0.6 else {1, 3, 5},
            8.5,
        )
        y = band(c, sh, y + 10, tr(lg, "3. Declaration", "3. Erklärung", "3. Engagement"))
        y += 16
        for ln in wrap(
            tr(
                lg,
                "I declare that the information given is correct.",
                "Ich versichere die Richtigkeit der Angaben.",
                "Je certifie l'exactitude des renseignements.",
            ),
            "Helvetica",
            8.5,
            w - 2 * m,
        ):
            c.text(m, y, ln, "Helvetica", 8.5)
            y += 12
        sign_line(c, sh, m, y + 36, 180, tr(lg, "Signature", "Unterschrift", "Signature"))
        scrawl(c, m + 6, y + 32, owner())
        hand(c, m + 220, y + 30, short(d - timedelta(days=rng.randint(10, 40)), lg), 9)
        pages.append(c)
    close(pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name,))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQ: selling honey
# ---------------------------------------------------------------------------------------------

PRODUCTS = {
    "en": [
        ("1lb Wildflower honey", 5.20),
        ("12oz Heather honey", 6.80),
        ("8oz Soft set", 3.40),
        ("1lb Soft set", 5.20),
        ("Cut comb 200g", 6.50),
        ("Beeswax candle (pillar)", 4.75),
        ("Honey gift box", 11.00),
    ],
    "de": [
        ("Frühtracht cremig 500 g", 5.60),
        ("Sommertracht flüssig 500 g", 5.60),
        ("Heidehonig 500 g", 7.90),
        ("Lindenhonig 250 g", 3.40),
        ("Wabenhonig 250 g", 7.50),
        ("Bienenwachskerze", 4.90),
        ("Met 0,5 l", 8.50),
    ],
    "fr": [
        ("Miel de printemps 500 g", 6.20),
        ("Miel de châtaignier 500 g", 6.80),
        ("Miel de lavande 250 g", 4.60),
        ("Miel crémeux 500 g", 6.00),
        ("Pain d'épices 400 g", 5.90),
        ("Bougie cire d'abeille", 4.50),
        ("Pollen sec 250 g", 8.90),
    ],
}


def tpl_wholesale_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A deli's or farm shop's order for honey: a printed purchase order from its till system,
    or a sheet from its order pad written by hand."""
    h = head_of(who, "deli")
    lg = h.lang
    d = some_day(rng)
    items = rng.sample(PRODUCTS[lg], rng.randint(2, 5))
    po = serial(rng, keyed(who, "po").choice(["PO99999", "B-9999", "9999"]))
    if keyed(who, "pad").random() < 0.5:
        s = style_of(h, PAD, margin=20, pt=8)
        w, hh = PAD
        m = s.margin
        p = Page(PAD)
        p.text(
            w / 2,
            30,
            fit(h.name, s.bold, 11, w - 40),
            s.bold,
            shrink(h.name, s.bold, 11, w - 40),
            "center",
        )
        p.text(w / 2, 42, fit(f"{h.street}, {h.town}", s.font, 6.5, w - 40), s.font, 6.5, "center")
        p.text(m, 64, tr(lg, "ORDER", "BESTELLUNG", "BON DE COMMANDE"), s.bold, 10)
        p.text(w - m, 64, f"N° {serial(rng, '9999')}", s.font, 9, "right")
        p.text(m, 82, tr(lg, "To:", "An:", "À :"), s.font, 8)
        hand(p, m + 22, 82, office_head().name, 9, w - m - 50)
        p.text(m, 98, tr(lg, "Date:", "Datum:", "Date :"), s.font, 8)
        hand(p, m + 30, 98, short(d, lg), 9)
        y = 118.0
        p.line(m, y, w - m, y)
        p.text(m, y + 10, tr(lg, "Qty", "Menge", "Qté"), s.bold, 7)
        p.text(m + 34, y + 10, tr(lg, "Item", "Artikel", "Désignation"), s.bold, 7)
        y += 14
        for k in range(12):
            p.line(m, y + 16, w - m, y + 16)
            if k < len(items):
                hand(p, m + 4, y + 12, str(rng.choice([6, 12, 12, 24, 36])), 10)
                hand(p, m + 34, y + 12, items[k][0], 9.5, w - m - 40 - m)
            y += 16
        p.line(m + 28, 118, m + 28, y)
        if rng.random() < 0.6:
            hand(
                p,
                m,
                y + 18,
                rng.choice(
                    {
                        "en": ["deliver Thurs pls", "+ invoice w/ delivery"],
                        "de": ["bis Freitag bitte", "Rechnung beilegen"],
                        "fr": ["livrer mardi matin", "facture avec la livraison"],
                    }[lg]
                ),
                9.5,
            )
        scrawl(p, w - 110, hh - 40, staff(h, "buyer"), 12)
        p.text(
            w / 2,
            hh - 14,
            tr(
                lg,
                "white: supplier  yellow: shop copy",
                "weiß: Lieferant  gelb: Durchschrift",
                "blanc : fournisseur  jaune : souche",
            ),
            s.font,
            5.5,
            "center",
        )
        pages = [p]
    else:
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h)
        caption(f, s, tr(lg, "Purchase order", "Bestellung", "Bon de commande") + f" {po}", 3)
        recipient(
            f,
            s,
            h,
            office_lines(),
            d,
            [
                (
                    tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° fournisseur"),
                    serial(keyed(who, "sup"), "S9999"),
                ),
                (
                    tr(lg, "Delivery by", "Liefertermin", "Livraison le"),
                    short(d + timedelta(days=rng.randint(3, 10)), lg),
                ),
            ],
        )
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.3, "right")])
        rows = []
        net = 0.0
        for name, price in items:
            q = rng.choice([6, 12, 12, 24, 48])
            net += q * price
            rows.append([name, str(q), money(price, lg), money(q * price, lg)])
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "EK netto", "PU HT"),
                tr(lg, "Total", "Gesamt", "Total HT"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 4
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Order value', 'Bestellwert netto', 'Total commande HT')}: {cash(net, lg)}",
            s.bold,
            s.size,
            "right",
        )
        f.y += 24
        write(
            f,
            s,
            tr(
                lg,
                "Please quote our PO number on your invoice. Deliveries Mon-Fri 8-11am.",
                "Bitte Bestellnummer auf der Rechnung angeben. Anlieferung Mo-Fr 7-11 Uhr.",
                "Merci de rappeler notre numéro de commande sur "
                "la facture. Livraison du lundi au vendredi.",
            ),
            s.size - 1,
        )
        regards(f, s, lg, staff(h, "buyer"), tr(lg, "Buyer", "Einkauf", "Achats"))
        pages = close(f.pages, s, h, numbers="none")
    remember(d, (h.name, d, [(n, p) for n, p in items], po))
    return pages


def tpl_sales_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's own invoice (the file copy): honey to a deli or farm shop, taking up the
    order just before it, or the pollination fee to the fruit grower after the contract; now
    and then the delivery note signed by the shop stapled behind."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    pollination = after(("pollination_contract",)) and isinstance(ex, tuple)
    if pollination:
        assert isinstance(ex, tuple)
        cust = make_head(ex[1], lg, "grower")  # type: ignore[arg-type]
    elif after(("wholesale_order",)) and isinstance(ex, tuple):
        cust = make_head(
            next(r for rs in SENDERS["deli"].values() for r in rs if r[0] == ex[0]), lg, "deli"
        )
    else:
        r = keyed(who, "deli")
        cust = make_head(r.choice(SENDERS["deli"][lg]), lg, "deli")
    s = style_of(h, A4 if lg != "en" or keyed(who, "p").random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("wholesale_order", "pollination_contract"), (1, 8))
    prev = same_run("sales_invoice", cust.name)
    no = (
        f"{d.year % 100}{rng.randint(100, 999)}"
        if not prev
        else str(int(str(prev[2])) + rng.randint(1, 4))
    )
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        head_lines(cust),
        d,
        [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)]
        + (
            [(tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), str(ex[3]))]
            if after(("wholesale_order",)) and isinstance(ex, tuple) and len(ex) > 3
            else []
        ),
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    if pollination:
        assert isinstance(ex, tuple)
        hives = int(ex[2])
        fee = {"en": 45.0, "de": 40.0, "fr": 38.0}[lg]
        rows.append(
            [
                tr(
                    lg,
                    f"Pollination service - {hives} colonies",
                    f"Bestäubungsleistung - {hives} Völker",
                    f"Prestation de pollinisation - {hives} colonies",
                ),
                str(hives),
                money(fee, lg),
                money(hives * fee, lg),
            ]
        )
        rows.append(
            [
                tr(
                    lg, "Transport and placing", "An- und Abtransport", "Transport et mise en place"
                ),
                "1",
                money(80.0, lg),
                money(80.0, lg),
            ]
        )
        net = hives * fee + 80
        rate = vat_rate(lg)
    else:
        if after(("wholesale_order",)) and isinstance(ex, tuple):
            items = list(ex[2])  # type: ignore[arg-type]
        else:
            items = rng.sample(PRODUCTS[lg], rng.randint(2, 5))
        for name, price in items:
            q = rng.choice([6, 12, 12, 24])
            net += q * price
            rows.append([name, str(q), money(price, lg), money(q * price, lg)])
        rate = vat_rate(lg, food=True)
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    note = {
        "en": "Honey is zero-rated for VAT. " if not pollination else "",
        "de": "Kleinunternehmer nach § 19 UStG. " if rng.random() < 0.3 else "",
        "fr": "TVA non applicable, art. 293 B du CGI. " if rng.random() < 0.3 else "",
    }[lg]
    if lg != "en" and note:
        rate = 0.0
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        note
        + tr(
            lg,
            "Payment within 14 days please. Bank: sort "
            f"code {serial(keyed(who, 'sc'), '99-99-99')}.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.",
            "Règlement à réception par virement ou chèque.",
        ),
    )
    pages = f.pages
    if not pollination and rng.random() < 0.35:
        sd = paper(s, A5, margin=30, pt=8)
        dn = sheets(sd, h)
        caption(dn, sd, tr(lg, "Delivery note", "Lieferschein", "Bon de livraison") + f" {no}", 2)
        table(
            dn,
            columns(30, A5[0] - 30, [(4, "left"), (1, "right")]),
            [tr(lg, "Item", "Artikel", "Article"), tr(lg, "Qty", "Menge", "Qté")],
            [[r[0], r[1]] for r in rows],
            sd,
            rules=True,
        )
        dn.y += 30
        sign_line(dn.page, sd, 30, dn.y, 150, tr(lg, "Received by", "Ware erhalten", "Reçu par"))
        scrawl(dn.page, 36, dn.y - 4, staff(cust, "buyer"), 12)
        pages.append(dn.page)
    close(pages, s, h, numbers="none")
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            hh - 60,
            tr(home(), "paid BACS", "bez. Überweisung", "réglé chèque n° ")
            + short(d + timedelta(days=rng.randint(5, 20)), home())[:5],
            10,
        )
    remember(d, (cust.name, d, no))
    return pages


def tpl_market_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The farmers' market organiser's pitch booking confirmation: the market dates, pitch
    and fees, then the market rules and now and then the pitch plan on a landscape page."""
    h = head_of(who, "market")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    pitch = rng.randint(1, 40)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        office_lines(True),
        d,
        [(tr(lg, "Trader no.", "Händler-Nr.", "N° exposant"), serial(keyed(who, "tr"), "T999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Pitch booking confirmation",
            "Standplatzzuweisung / Buchungsbestätigung",
            "Confirmation d'emplacement",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to confirm your pitch (no. {pitch}, "
            "3m x 3m, gazebo) at the following markets:",
            "hiermit bestätigen wir Ihren Standplatz Nr. "
            f"{pitch} (3 m Front) für folgende Markttage:",
            "Nous avons le plaisir de vous confirmer l'emplacement "
            f"n° {pitch} (3 ml) pour les marchés suivants :",
        ),
    )
    dates = sorted(
        {
            month() + timedelta(days=rng.choice([5, 6, 12, 13, 19, 20, 26, 27, 33, 40]))
            for _ in range(rng.randint(2, 6))
        }
    )
    fee = rng.choice([18.0, 22.0, 25.0, 30.0])
    rows = [
        [
            day(h, x),
            "08:00-13:00" if rng.random() < 0.7 else "07:30-14:00",
            str(pitch),
            money(fee, lg),
        ]
        for x in dates
    ]
    cols = columns(m, w - m, [(2.2, "left"), (1.4, "left"), (0.8, "center"), (1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Market day", "Markttag", "Date"),
            tr(lg, "Trading hours", "Marktzeit", "Horaires"),
            tr(lg, "Pitch", "Platz", "Empl."),
            tr(lg, "Fee", "Gebühr", "Droit de place"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(fee * len(dates), lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Please pay by bank transfer before the first market. Public liability "
            "insurance and your food hygiene registration must be shown on request.",
            "Die Standgebühr wird per Gebührenbescheid erhoben. Nachweis der Registrierung "
            "und der Haftpflichtversicherung bitte am Markttag bereithalten.",
            "Le droit de place est payable au placier. Attestation "
            "d'assurance et récépissé de déclaration à présenter sur demande.",
        )
        + " "
        + prose(rng, lg, "food", 1, 2),
    )
    regards(f, s, lg, staff(h, "mgr"), tr(lg, "Market Manager", "Marktmeister/in", "Placier"))
    pages = f.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Market rules for traders", "Marktordnung", "Règlement du marché"),
                [
                    tr(lg, "Producers only", "Erzeuger", "Producteurs"),
                    tr(lg, "Setting up", "Aufbau", "Installation"),
                    tr(lg, "Gazebos and weights", "Pavillons", "Barnums"),
                    tr(lg, "Food hygiene", "Hygiene", "Hygiène"),
                    tr(lg, "Waste", "Abfall", "Déchets"),
                    tr(lg, "Cancellation", "Absage", "Annulation"),
                    tr(lg, "Vehicles", "Fahrzeuge", "Véhicules"),
                ],
                "food",
            )
        )
    if rng.random() < 0.4:
        ls = landscape(A4)
        p = Page(ls)
        p.text(40, 40, tr(lg, "Pitch plan", "Standplan", "Plan des emplacements"), s.bold, 12)
        cols_n, rows_n = 10, 4
        for k in range(cols_n * rows_n):
            x = 60 + (k % cols_n) * 70
            r_ = k // cols_n
            y = 90 + r_ * 80 + (50 if r_ >= 2 else 0)
            p.rect(x, y, 60, 40, fill=0.6 if k + 1 == pitch else None)
            if k + 1 == pitch:
                hand(p, x + 4, y - 5, tr(home(), "us", "wir", "nous"), 9)
            p.text(x + 30, y + 24, str(k + 1), "Helvetica", 9, "center")
        p.text(
            60,
            480,
            tr(
                lg,
                "Market square - entrance from High Street",
                "Marktplatz - Zufahrt Lieferverkehr über Kirchstraße",
                "Place du marché - accès livraisons rue des Halles",
            ),
            "Helvetica-Oblique",
            9,
        )
        pages.append(p)
    close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name,))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQ: pollination, the association and insurance
# ---------------------------------------------------------------------------------------------

POLL_CLAUSES = {
    "en": [
        "Services",
        "Colony strength",
        "Placement and removal",
        "Pesticides",
        "Fee and payment",
        "Liability",
        "Access and safety",
        "Termination",
    ],
    "de": [
        "Vertragsgegenstand",
        "Volksstärke",
        "Aufstellung und Abtransport",
        "Pflanzenschutzmittel",
        "Vergütung",
        "Haftung",
        "Zugang",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Force des colonies",
        "Installation et retrait",
        "Traitements",
        "Rémunération",
        "Responsabilité",
        "Accès",
        "Résiliation",
    ],
}


def tpl_pollination_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The fruit grower's pollination service contract: the parties and numbered clauses,
    the schedule of orchards on a table (often on a landscape page), the signature page."""
    h = head_of(who, "grower")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    title = tr(
        lg,
        "POLLINATION SERVICES AGREEMENT",
        "BESTÄUBUNGSVERTRAG",
        "CONTRAT DE PRESTATION DE POLLINISATION",
    )
    f = sheets(s, h, f"{title} - {h.name} / {office_head().name}")
    f.y += 6
    f.page.text(w / 2, f.y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m), "center")
    f.y += 28
    write(
        f,
        s,
        tr(
            lg,
            f"Between {h.name} (the Grower) and {office_head().name} "
            f"(the Beekeeper), season {d.year}.",
            f"zwischen {h.name} (Auftraggeber) und "
            f"{office_head().name} (Imkerei), Saison {d.year}.",
            f"Entre {h.name}, ci-après l'arboriculteur, et {office_head().name}, "
            f"ci-après l'apiculteur, pour la saison {d.year}.",
        ),
    )
    orchards = []
    for _ in range(rng.randint(2, 6)):
        orchards.append(
            [
                rng.choice(
                    {
                        "en": ["Block A", "Block C", "Top orchard", "Cherry tunnels"],
                        "de": ["Parzelle 7", "Altes Land 3", "Quartier Nord", "Hofanlage"],
                        "fr": ["Quartier Nord", "Parcelle 7", "Verger du haut", "Bas-Fond"],
                    }[lg]
                ),
                rng.choice(
                    [
                        "Gala",
                        "Braeburn",
                        "Conference",
                        "Elstar",
                        "Jonagold",
                        "Golden",
                        tr(lg, "Cherries", "Kirschen", "Cerises Burlat"),
                    ]
                ),
                f"{rng.uniform(1.5, 12):.1f} ha",
                str(rng.randint(4, 20)),
                short(d + timedelta(days=rng.randint(10, 40)), lg),
            ]
        )
    hives = sum(int(o[3]) for o in orchards)
    for k, c in enumerate(POLL_CLAUSES[lg], 1):
        f.heading(m, f"{k}. {c}" if lg != "de" else f"§ {k} {c}", s.bold, s.size)
        extra = ""
        if k == 2:
            extra = tr(
                lg,
                "Each colony shall have at least six frames "
                "of brood and bees covering eight frames. ",
                "Jedes Volk muss mindestens sechs besetzte Brutwaben aufweisen. ",
                "Chaque colonie comportera au moins six cadres de couvain. ",
            )
        if k == 5:
            extra = tr(
                lg,
                f"The Grower pays {cash(45, lg)} per colony plus transport. ",
                f"Die Vergütung beträgt {cash(40, lg)} je Volk zzgl. Transport. ",
                f"La rémunération est fixée à {cash(38, lg)} par colonie, transport en sus. ",
            )
        write(f, s, extra + prose(rng, lg, "legal", 1, 2))
    pages = f.pages
    if rng.random() < 0.6:
        ls = landscape(A4)
        sl = paper(s, ls, margin=44)
        fl = Sheets(ls, ls[1] - 50, lambda p, n: 60.0)
        fl.page.text(
            44,
            40,
            tr(
                lg,
                "Schedule 1 - orchards and colonies",
                "Anlage 1 - Anlagen und Völker",
                "Annexe 1 - Vergers et colonies",
            ),
            s.bold,
            11,
        )
        table(
            fl,
            columns(
                44,
                ls[0] - 44,
                [(2, "left"), (2, "left"), (1, "right"), (1, "right"), (1.5, "left")],
            ),
            [
                tr(lg, "Orchard", "Anlage", "Verger"),
                tr(lg, "Variety", "Sorte", "Variété"),
                tr(lg, "Area", "Fläche", "Surface"),
                tr(lg, "Colonies", "Völker", "Colonies"),
                tr(lg, "Placing from", "Aufstellung ab", "Installation le"),
            ],
            orchards,
            sl,
            rules=True,
            step=2.2,
        )
        pages.append(fl.page)
    else:
        table(
            f,
            columns(
                m, w - m, [(2, "left"), (2, "left"), (1, "right"), (1, "right"), (1.5, "left")]
            ),
            [
                tr(lg, "Orchard", "Anlage", "Verger"),
                tr(lg, "Variety", "Sorte", "Variété"),
                tr(lg, "Area", "Fläche", "Surface"),
                tr(lg, "Colonies", "Völker", "Colonies"),
                tr(lg, "From", "Ab", "Le"),
            ],
            orchards,
            s,
            rules=True,
        )
    sp = Page(A4)
    y = m + 30
    sp.text(
        m,
        y,
        tr(lg, "Signed for and on behalf of", "Unterschriften", "Signatures"),
        s.bold,
        s.size + 1,
    )
    y += 50
    for label, name in [(h.name, staff(h, "boss")), (office_head().name, owner())]:
        sp.text(m, y, label, s.font, s.size)
        sign_line(sp, s, m, y + 46, 200, tr(lg, "Signature", "Unterschrift", "Signature"))
        scrawl(sp, m + 6, y + 42, name)
        sp.text(m + 240, y + 40, short(d + timedelta(days=rng.randint(0, 6)), lg), HAND, 9)
        y += 110
    pages.append(sp)
    close(pages, s, h)
    remember(d, (h.name, (h.name, h.street, h.town, h.phone), hives))
    return pages


def tpl_association_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The beekeeping association's membership renewal: the secretary's letter with the
    subscription and insurance tiers for the number of colonies, then the renewal form with
    tick boxes, hand entries and a tear-off for the bank; sometimes the form comes first."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    memb = serial(keyed(who, "mem"), "99999")
    sec = staff(h, "sec")
    year = d.year + (1 if d.month > 9 else 0)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        office_lines(True),
        d,
        [(tr(lg, "Membership no.", "Mitglieds-Nr.", "N° adhérent"), memb)],
    )
    caption(
        f,
        s,
        tr(lg, f"Membership renewal {year}", f"Mitgliedsbeitrag {year}", f"Adhésion {year}"),
        2,
    )
    f.page.text(m, f.y, dear(lg, mx(owner(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Your membership is due for renewal. Membership includes third party and product "
            "liability insurance and Bee Disease Insurance for the number of colonies you declare.",
            "der Jahresbeitrag ist fällig. Er enthält die Haftpflicht- und Sammelversicherung "
            "des Imkerbundes für die gemeldete Völkerzahl sowie die Zeitschrift.",
            "Votre adhésion arrive à échéance. Elle comprend l'assurance responsabilité "
            "civile et la protection juridique pour le nombre de ruches déclaré.",
        )
        + " "
        + prose(rng, lg, "bees", 1, 2),
    )
    tiers = [
        (
            tr(lg, "Registered member", "Grundbeitrag", "Cotisation de base"),
            {"en": 34.0, "de": 28.0, "fr": 25.0}[lg],
        )
    ] + [
        (
            tr(
                lg,
                f"BDI up to {n} colonies",
                f"Versicherung bis {n} Völker",
                f"Assurance jusqu'à {n} ruches",
            ),
            v,
        )
        for n, v in [(10, 6.0), (20, 11.0), (40, 19.0)]
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Subscription", "Beitrag", "Cotisation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[a, money(b, lg)] for a, b in tiers],
        s,
        rules=True,
    )
    f.y += 8
    regards(f, s, lg, sec, tr(lg, "Membership Secretary", "Kassenwart/in", "Trésorier"))
    letter = f.pages
    fp = Page(A4)
    sf = paper(s, A4, margin=48, pt=8.5)
    y = 50.0
    fp.text(
        m,
        y,
        fit(
            f"{h.name} - "
            + tr(lg, "Renewal form", "Beitrittserklärung / Völkermeldung", "Bulletin d'adhésion"),
            s.bold,
            11,
            w - 2 * m,
        ),
        s.bold,
        11,
    )
    y = band(fp, sf, y + 24, tr(lg, "Member details", "Angaben zum Mitglied", "Adhérent"))
    off = office_head()
    y = fields(
        fp,
        sf,
        48,
        y + 6,
        w - 96,
        [
            (tr(lg, "Name", "Name", "Nom"), owner()),
            (tr(lg, "Membership no.", "Mitglieds-Nr.", "N°"), memb),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{off.street}, {off.town}"),
            (tr(lg, "E-mail", "E-Mail", "Courriel"), off.mail or "-"),
            (
                tr(lg, "Colonies on 1 Oct", "Völkerzahl zum Stichtag", "Ruches au 31/12"),
                str(rng.choice([18, 26, 34, 45, 60])),
            ),
            (tr(lg, "Apiary sites", "Standorte", "Ruchers"), str(rng.randint(2, 6))),
        ],
        per=2,
    )
    y = band(fp, sf, y + 6, tr(lg, "Options", "Auswahl", "Options"))
    y = ticks(
        fp,
        sf,
        48,
        y + 14,
        w - 96,
        [
            tr(lg, "Magazine by post", "Zeitschrift per Post", "Revue papier"),
            tr(lg, "Gift Aid", "Spendenquittung", "Reçu fiscal"),
            tr(lg, "Honey show entry", "Honigprämierung", "Concours des miels"),
            tr(lg, "Bulk sugar order", "Sammelbestellung Futter", "Commande groupée sirop"),
        ],
        set(rng.sample(range(4), rng.randint(1, 3))),
        8.5,
    )
    y += 10
    y = band(fp, sf, y, tr(lg, "Payment", "Zahlung", "Règlement"))
    y = ticks(
        fp,
        sf,
        48,
        y + 14,
        w - 96,
        [
            tr(lg, "Bank transfer", "SEPA-Lastschrift", "Virement"),
            tr(lg, "Cheque", "Überweisung", "Chèque"),
        ],
        {rng.randint(0, 1)},
        8.5,
    )
    sign_line(fp, sf, 48, y + 40, 180, tr(lg, "Signature", "Unterschrift", "Signature"))
    scrawl(fp, 54, y + 36, owner())
    hand(fp, 260, y + 34, short(d + timedelta(days=rng.randint(1, 14)), lg), 9)
    slip_rule(
        fp,
        30,
        w - 30,
        hh - 150,
        tr(lg, "Keep this part", "Abschnitt für Ihre Unterlagen", "Partie à conserver"),
    )
    fp.text(
        48,
        hh - 120,
        tr(
            lg,
            f"Paid {year}: ______   Card no. {memb}",
            f"Beitrag {year} bezahlt am ______   Nr. {memb}",
            f"Cotisation {year} réglée le ______  N° {memb}",
        ),
        s.font,
        9,
    )
    pages = [fp, *letter] if rng.random() < 0.2 else [*letter, fp]
    close(pages, s, h, numbers="none")
    remember(d, (h.name, year))
    return pages


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The certificate of the association's group insurance: public and product liability and
    the bee disease cover for the member, with the schedule of cover and the limits; an A4
    certificate with a bordered title, now and then a second page of the schedule."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("association_renewal",), (3, 20))
    f = sheets(s, h)
    f.page.rect(m - 8, f.y - 6, w - 2 * m + 16, 54)
    f.page.rect(m - 5, f.y - 3, w - 2 * m + 10, 48)
    t = tr(lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE")
    f.page.text(w / 2, f.y + 18, t, s.bold, 16, "center")
    f.page.text(
        w / 2,
        f.y + 34,
        tr(
            lg,
            "Beekeepers' public & product liability",
            "Imker-Haftpflicht- und Sammelversicherung",
            "Responsabilité civile apiculteur",
        ),
        s.font,
        9,
        "center",
    )
    f.y += 72
    pol = serial(rng, "AA999999/99")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy no.", "Vertrags-Nr.", "Contrat n°"), pol),
            (
                tr(lg, "Insured member", "Versicherte/r", "Assuré"),
                f"{owner()} ({office_head().name})",
            ),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période"),
                f"{short(date(d.year, 1, 1), lg)} - {short(date(d.year, 12, 31), lg)}",
            ),
            (
                tr(lg, "Colonies declared", "Gemeldete Völker", "Ruches déclarées"),
                str(rng.choice([20, 30, 40])),
            ),
        ],
        per=2,
        hand=False,
    )
    cover = [
        [
            tr(lg, "Public liability", "Betriebshaftpflicht", "RC exploitation"),
            cash(rng.choice([5_000_000, 10_000_000]), lg),
            cash(250, lg),
        ],
        [
            tr(lg, "Products liability (honey, wax)", "Produkthaftpflicht", "RC produits"),
            cash(5_000_000, lg),
            cash(250, lg),
        ],
        [
            tr(
                lg,
                "Bee disease insurance (EFB/AFB)",
                "Seuchenversicherung (Völker)",
                "Perte de cheptel (maladies)",
            ),
            tr(lg, "per schedule", "lt. Tabelle", "selon barème"),
            "-",
        ],
        [tr(lg, "Legal expenses", "Rechtsschutz", "Protection juridique"), cash(25_000, lg), "-"],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit of indemnity", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
        ],
        cover,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "This certificate is evidence of cover only and is subject "
            "to the terms, conditions and exclusions of the policy.",
            "Diese Bestätigung dient dem Nachweis des Versicherungsschutzes; "
            "maßgeblich sind die Versicherungsbedingungen.",
            "La présente attestation ne peut engager l'assureur au-delà des conditions du contrat.",
        )
        + " "
        + prose(rng, lg, "legal", 1, 2),
        s.size - 1,
    )
    f.y += 20
    f.need(60)
    scrawl(f.page, m, f.y + 10, staff(h, "uw"))
    f.page.text(
        m,
        f.y + 26,
        tr(lg, "for and on behalf of the insurers", "für den Versicherer", "pour l'assureur"),
        s.font,
        8,
    )
    if rng.random() < 0.5:
        sp = Page(A4)
        sp.text(
            m,
            m + 10,
            tr(
                lg,
                "Schedule of bee disease compensation",
                "Entschädigungstabelle Völker",
                "Barème d'indemnisation",
            ),
            s.bold,
            11,
        )
        ff = Sheets(A4, hh - m, lambda p, n: m + 40)
        ff.page = sp
        ff.pages = [sp]
        table(
            ff,
            columns(m, w - m, [(3, "left"), (1.2, "right")]),
            [
                tr(lg, "Item", "Gegenstand", "Élément"),
                tr(lg, "Compensation", "Entschädigung", "Indemnité"),
            ],
            [
                [tr(lg, x, y_, z), money(v, lg)]
                for (x, y_, z), v in zip(
                    [
                        ("Colony destroyed (EFB/AFB)", "Vernichtetes Volk", "Colonie détruite"),
                        ("Brood box and frames", "Zarge mit Waben", "Corps et cadres"),
                        ("Super with drawn comb", "Honigraum ausgebaut", "Hausse bâtie"),
                        ("Nucleus colony", "Ableger", "Essaim"),
                        ("Queen", "Königin", "Reine"),
                        ("Floor, roof, crownboard", "Boden, Deckel", "Plancher, toit"),
                    ],
                    [150.0, 60.0, 40.0, 90.0, 30.0, 35.0],
                    strict=True,
                )
            ],
            s,
            rules=True,
        )
        f.pages.append(sp)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name,))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQ: the office's own records and the shop scales
# ---------------------------------------------------------------------------------------------

TREATMENTS = {
    "en": [
        ("Apivar (amitraz strips)", "2 strips/hive", "0"),
        ("Api-Bioxal (oxalic acid)", "5ml/seam dribble", "0"),
        ("MAQS (formic acid)", "2 strips", "0"),
        ("ApiLife Var (thymol)", "1 tablet", "0"),
    ],
    "de": [
        ("Oxuvar 5,7 % (Oxalsäure)", "träufeln 30 ml", "0"),
        ("Ameisensäure 60 % ad us. vet.", "Nassenheider 200 ml", "0"),
        ("VarroMed", "15-45 ml", "0"),
        ("Thymovar", "2 Streifen", "0"),
    ],
    "fr": [
        ("Apivar (amitraze)", "2 lanières", "0"),
        ("Api-Bioxal (acide oxalique)", "dégouttement 5 ml", "0"),
        ("Apiguard (thymol)", "1 barquette", "0"),
        ("MAQS (acide formique)", "2 bandes", "0"),
    ],
}


def tpl_varroa_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's own veterinary medicines record for one apiary (Bestandsbuch über die
    Anwendung von Arzneimitteln, registre d'élevage - traitements): a printed landscape form
    filled in by hand, one line a treatment, with the vet's prescription number in France;
    a run holds one sheet an apiary."""
    h = office_head()
    lg = h.lang
    size = landscape(A4)
    w, hh = size
    m = 36
    s = Style("Helvetica", "Helvetica-Bold", 8, m, "none", "bottom", size, "short")
    d = some_day(rng)
    p = Page(size)
    title = tr(
        lg,
        "VETERINARY MEDICINES RECORD - HONEY BEES",
        "BESTANDSBUCH über die Anwendung von Arzneimitteln bei Bienen",
        "REGISTRE D'ÉLEVAGE - TRAITEMENTS VÉTÉRINAIRES (abeilles)",
    )
    p.text(m, 34, title, "Helvetica-Bold", 11)
    p.text(w - m - 24, 34, tr(lg, "Sheet no.", "Blatt Nr.", "Feuillet n°"), "Helvetica", 8, "right")
    hand(p, w - m - 16, 34, str(rng.randint(1, 9)), 10)
    prev = same_run("varroa_record", h.name)
    sites = SITES[lg]
    site = rng.choice(sites)
    if prev:
        site = rng.choice([x for x in sites if x != prev[1]])
    y = fields(
        p,
        s,
        m,
        48,
        w - 2 * m,
        [
            (tr(lg, "Beekeeper", "Tierhalter/in", "Apiculteur"), owner()),
            (tr(lg, "Apiary", "Bienenstand", "Rucher"), site),
            (tr(lg, "Reg. no.", "Reg.-Nr.", "N° NAPI"), serial(keyed(who, "reg"), "A999999")),
            (tr(lg, "Season", "Jahr", "Année"), str(d.year)),
        ],
        per=4,
        tall=24,
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Hives", "Völker", "Ruches"),
        tr(lg, "Product", "Arzneimittel", "Médicament"),
        tr(lg, "Batch", "Ch.-B.", "Lot"),
        tr(lg, "Dose", "Menge", "Dose"),
        tr(lg, "Supplier / Rx", "Bezug / Beleg", "Ordonnance"),
        tr(lg, "Withdrawal", "Wartezeit", "Attente"),
        tr(lg, "End date", "Ende", "Fin"),
        tr(lg, "Disposal", "Entsorgung", "Élimination"),
        tr(lg, "Init.", "Zeichen", "Visa"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (1, "left"),
            (2.4, "left"),
            (1, "left"),
            (1.4, "left"),
            (1.6, "left"),
            (0.9, "left"),
            (1, "left"),
            (1.2, "left"),
            (0.6, "left"),
        ],
    )
    x0, x1 = m, w - m
    y += 4
    p.rect(x0, y, x1 - x0, 16, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0] + 2, y + 11, fit(t, "Helvetica-Bold", 7, c[1] - c[0] - 2), "Helvetica-Bold", 7)
    y += 16
    n_rows = 14
    filled = rng.randint(2, 8)
    dd = d - timedelta(days=rng.randint(30, 150))
    for k in range(n_rows):
        p.line(x0, y + 22, x1, y + 22)
        if k < filled:
            prod, dose, wd = rng.choice(TREATMENTS[lg])
            dd += timedelta(days=rng.randint(3, 40))
            vals = [
                short(dd, lg)[:5],
                rng.choice(["1-8", tr(lg, "all", "alle", "toutes"), "3,5,7", "1-12"]),
                prod,
                serial(rng, "A9999"),
                dose,
                rng.choice(
                    {
                        "en": ["Thornes", "E H Thorne", "vet Rx " + serial(rng, "9999")],
                        "de": ["Apotheke", "Tierarzt", "Beleg " + serial(rng, "999")],
                        "fr": ["GDSA", "OSAD", "Ord. " + serial(rng, "9999")],
                    }[lg]
                ),
                wd,
                short(dd + timedelta(days=rng.choice([1, 14, 28, 42])), lg)[:5],
                rng.choice(
                    {
                        "en": ["bin", "returned"],
                        "de": ["Hausmüll", "Restmüll"],
                        "fr": ["DASRI", "déchetterie"],
                    }[lg]
                ),
                "".join(x[0] for x in owner().split()),
            ]
            for c, v in zip(cols, vals, strict=True):
                p.text(c[0] + 2, y + 16, fit(v, HAND, 8.5, c[1] - c[0] - 3), HAND, 8.5)
        y += 22
    for c in cols[1:]:
        p.line(c[0] - 2, y - 22 * n_rows - 16, c[0] - 2, y)
    p.rect(x0, y - 22 * n_rows - 16, x1 - x0, 22 * n_rows + 16)
    p.text(
        m,
        hh - 24,
        tr(
            lg,
            "Keep records for at least 5 years (VMR 2013). Withdrawal "
            "period for honey: none when used as authorised.",
            "Aufbewahrungsfrist 5 Jahre (§ 2 TÄHAV / Tierarzneimittelgesetz).",
            "Conserver 5 ans. Registre d'élevage - arrêté du 5 juin 2000.",
        ),
        "Helvetica",
        6.5,
    )
    if rng.random() < 0.3:
        hand(
            p,
            w - 260,
            hh - 40,
            rng.choice(
                {
                    "en": ["mite drop 12/day before"],
                    "de": ["Gemülldiagnose 3 M/Tag"],
                    "fr": ["chute 20 varroas/jour"],
                }[lg]
            ),
            9,
        )
    remember(d, (h.name, site))
    return [p]


def tpl_extraction_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's own extraction and batch record from the honey room: the lot, the apiaries
    and supers taken off, weights, the refractometer reading, jars filled by size and the
    best-before date, in hand on a printed form; a run holds one sheet a batch."""
    h = office_head()
    lg = h.lang
    size = A4 if keyed(who, "sz").random() < 0.7 else A5
    w, hh = size
    m = 40 if size == A4 else 26
    s = Style("Helvetica", "Helvetica-Bold", 8.5, m, "none", "bottom", size, "short")
    prev = same_run("extraction_log", h.name)
    d = (
        (prev[1] + timedelta(days=rng.randint(1, 6)))
        if prev and isinstance(prev[1], date)
        else some_day(rng)
    )
    lot = (
        f"L{d.year % 100}{d.month:02d}{rng.randint(1, 9)}"
        if not prev
        else f"{str(prev[2])[:-1]}{int(str(prev[2])[-1]) % 9 + 1}"
    )
    p = Page(size)
    p.text(
        m,
        m,
        fit(
            f"{h.name} - "
            + tr(
                lg,
                "Extraction & batch record",
                "Schleuder- und Abfüllprotokoll",
                "Fiche de lot - extraction et mise en pot",
            ),
            "Helvetica-Bold",
            11,
            w - 2 * m,
        ),
        "Helvetica-Bold",
        shrink(f"{h.name} - x", "Helvetica-Bold", 11, w - 2 * m - 60),
    )
    y = fields(
        p,
        s,
        m,
        m + 14,
        w - 2 * m,
        [
            (tr(lg, "Lot no.", "Los-Nr.", "N° de lot"), lot),
            (tr(lg, "Extraction date", "Schleuderdatum", "Date d'extraction"), short(d, lg)),
            (tr(lg, "Honey", "Sorte", "Miel"), rng.choice(HONEYS[lg])),
            (
                tr(lg, "Apiaries", "Standorte", "Ruchers"),
                rng.choice(
                    {
                        "en": ["Home, Orchard", "Church Farm", "Heather site"],
                        "de": ["Heideblick", "Obstwiese + Waldrand"],
                        "fr": ["Garrigue + Moulin", "Rucher des Chênes"],
                    }[lg]
                ),
            ),
            (tr(lg, "Supers", "Honigräume", "Hausses"), str(rng.randint(6, 30))),
            (
                tr(lg, "Water % (refract.)", "Wassergehalt %", "Humidité %"),
                f"{rng.uniform(16.2, 18.6):.1f}",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y + 4, tr(lg, "Weights", "Gewichte", "Pesées"))
    gross = rng.randint(80, 420)
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (
                tr(lg, "Gross in tank (kg)", "Brutto Abfüllbehälter (kg)", "Maturateur brut (kg)"),
                str(gross),
            ),
            (tr(lg, "Tare (kg)", "Tara (kg)", "Tare (kg)"), str(rng.choice([11, 14, 18]))),
            (
                tr(lg, "Settled from / to", "Abschäumen von / bis", "Maturation du / au"),
                f"{short(d, lg)[:5]} - {short(d + timedelta(days=3), lg)[:5]}",
            ),
            (tr(lg, "Creamed?", "Gerührt?", "Crémé ?"), rng.choice(yes_no(lg))),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y + 4, tr(lg, "Jars filled", "Abgefüllt", "Mise en pot"))
    y += 12
    cols = columns(m, w - m, [(2, "left"), (1, "right"), (1.5, "left"), (1.2, "left")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Size", "Gebinde", "Contenant"),
            tr(lg, "Jars", "Gläser", "Pots"),
            tr(lg, "Best before", "MHD", "DDM"),
            tr(lg, "Checked", "Geprüft", "Contrôle"),
        ],
        strict=True,
    ):
        p.text(c[0] + 2, y, t, "Helvetica-Bold", 7.5)
    y += 6
    for sz in (
        ["454g", "340g", "227g", "bucket 14kg"]
        if lg == "en"
        else ["500 g", "250 g", "30 g Probierglas", "Eimer 12,5 kg"]
        if lg == "de"
        else ["500 g", "250 g", "1 kg", "seau 5 kg"]
    ):
        p.line(m, y + 14, w - m, y + 14)
        p.text(cols[0][0] + 2, y + 10, sz, "Helvetica", 8)
        if rng.random() < 0.75:
            hand(p, cols[1][1] - 24, y + 10, str(rng.randint(6, 240)), 9)
            hand(p, cols[2][0] + 2, y + 10, short(d + timedelta(days=730), lg), 9)
            hand(
                p,
                cols[3][0] + 2,
                y + 10,
                "".join(x[0] for x in rng.choice([owner(), helper()]).split()),
                9,
            )
        y += 16
    y += 12
    if y < hh - 90:
        p.text(
            m,
            y,
            tr(
                lg,
                "Cleaning of room and equipment done",
                "Raum und Geräte gereinigt",
                "Nettoyage local et matériel effectué",
            ),
            "Helvetica",
            8,
        )
        box(p, w - m - 12, y, True, 9)
        y += 20
        p.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Remarques :"), "Helvetica", 8)
        hand(
            p,
            m + 50,
            y,
            rng.choice(
                {
                    "en": [
                        "some granulation in tank",
                        "2 supers heather pressed separately",
                        "foam skimmed, ok",
                    ],
                    "de": ["Schaum abgeschöpft", "Heide gepresst, separat"],
                    "fr": ["filtré 200 microns", "écumé, ok"],
                }[lg]
            ),
            9,
            w - 2 * m - 50,
        )
    scrawl(p, w - m - 120, hh - m, owner(), 12)
    remember(d, (h.name, d, lot))
    return [p]


def tpl_scale_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The verification certificate for one of the office's weighing instruments (the
    bottling room scale, the shop scale): the instrument data, the test loads with errors
    and tolerances, the verdict and the mark; a run holds one certificate an instrument."""
    h = head_of(who, "weights")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    prev = same_run("scale_certificate", h.name)
    d = (prev[1]) if prev and isinstance(prev[1], date) else some_day(rng)
    assert isinstance(d, date)
    f = sheets(s, h)
    title = tr(
        lg,
        "CERTIFICATE OF VERIFICATION - NON-AUTOMATIC WEIGHING INSTRUMENT",
        "EICHSCHEIN - Nichtselbsttätige Waage",
        "CERTIFICAT DE VÉRIFICATION PÉRIODIQUE - IPFNA",
    )
    caption(f, s, title, 2, rule=True)
    cert = {"en": "TS/NAWI/", "de": "EA 36-", "fr": "VP-"}[lg] + serial(rng, "99999")
    maxw = rng.choice([3, 6, 15, 30, 60])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Certificate no.", "Nr.", "N° certificat"), cert),
            (tr(lg, "Owner / user", "Verwender", "Détenteur"), office_head().name),
            (
                tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"),
                rng.choice(
                    [
                        "Mettler Toledo bPro",
                        "Bizerba K-Class",
                        "Soehnle 9401",
                        "Dibal G-310",
                        "Precia X201",
                        "Marsden M-210",
                    ]
                ),
            ),
            (tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"), serial(rng, "9999999AA")),
            (
                tr(lg, "Max / e", "Max / e", "Portée / e"),
                f"{maxw} kg / {maxw // 3 if maxw >= 6 else 1} g",
            ),
            (tr(lg, "Accuracy class", "Genauigkeitsklasse", "Classe"), "III"),
            (
                tr(lg, "Location", "Aufstellort", "Lieu d'utilisation"),
                rng.choice(
                    [
                        tr(lg, "Bottling room", "Abfüllraum", "Miellerie"),
                        tr(lg, "Market stall", "Marktstand", "Stand marché"),
                    ]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    loads = [0.02, 0.5, 1, 2, 5, 10, 15, 30, 60]
    rows = []
    for L in [x for x in loads if x <= maxw]:
        e = rng.choice([0, 0, 1, -1, 2])
        rows.append(
            [
                f"{L:g} kg",
                f"{L:g}",
                f"{e:+d} g" if e else "0",
                "± 1 g" if L < 0.5 else "± 2 g" if L < 2 else "± 3 g",
                tr(lg, "pass", "i.O.", "conforme"),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "center")]),
        [
            tr(lg, "Test load", "Prüflast", "Charge"),
            tr(lg, "Indication", "Anzeige", "Indication"),
            tr(lg, "Error", "Fehler", "Erreur"),
            tr(lg, "MPE", "Fehlergrenze", "EMT"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Eccentricity", "Außermittigkeit", "Excentration"),
            tr(lg, "Repeatability", "Wiederholbarkeit", "Fidélité"),
            tr(lg, "Tare", "Tara", "Tare"),
            tr(lg, "Seals intact", "Sicherungsstempel", "Scellements"),
        ],
        {0, 1, 2, 3},
        8.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The instrument was found within the maximum permissible errors and has been "
            f"stamped. Next verification due {short(d.replace(year=d.year + 2), lg)}.",
            "Die Waage wurde geeicht. Eichgültigkeit bis "
            f"31.12.{d.year + 2}. Die Eichmarke wurde angebracht.",
            "L'instrument est conforme. Vignette verte apposée. Prochaine "
            f"vérification avant le {short(d.replace(year=d.year + 1), lg)}.",
        ),
    )
    f.need(90)
    seal(f.page, w - m - 60, f.y + 40, 34, h.name[:30], str(d.year))
    sign_line(
        f.page, s, m, f.y + 50, 170, tr(lg, "Inspector", "Eichbeamter/-beamtin", "Technicien")
    )
    scrawl(f.page, m + 6, f.y + 46, staff(h, "tech"))
    f.y += 80
    if lg == "de" and rng.random() < 0.7:
        write(
            f,
            s,
            f"Gebühr nach MessEGebV: {cash(rng.choice([48.0, 62.5, 77.0]), lg)} - Bescheid folgt.",
            s.size - 1,
        )
    pages = close(f.pages, s, h, numbers="none")
    remember(d, (h.name, d))
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run can take up what it was about."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "jar_invoice": tpl_jar_invoice,
    "label_proof": tpl_label_proof,
    "queen_invoice": tpl_queen_invoice,
    "site_agreement": tpl_site_agreement,
    "inspection_report": tpl_inspection_report,
    "disease_notice": tpl_disease_notice,
    "lab_report": tpl_lab_report,
    "hygiene_registration": tpl_hygiene_registration,
    "wholesale_order": tpl_wholesale_order,
    "sales_invoice": tpl_sales_invoice,
    "market_booking": tpl_market_booking,
    "pollination_contract": tpl_pollination_contract,
    "association_renewal": tpl_association_renewal,
    "insurance_certificate": tpl_insurance_certificate,
    "equipment_invoice": tpl_equipment_invoice,
    "delivery_note": tpl_delivery_note,
    "feed_invoice": tpl_feed_invoice,
    "varroa_record": tpl_varroa_record,
    "extraction_log": tpl_extraction_log,
    "scale_certificate": tpl_scale_certificate,
}
TEMPLATES_QQQ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "jar_invoice",
    "queen_invoice",
    "lab_report",
    "wholesale_order",
    "sales_invoice",
    "feed_invoice",
    "varroa_record",
    "extraction_log",
    "scale_certificate",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "inspection_report": "disease_notice",
    "wholesale_order": "sales_invoice",
    "pollination_contract": "sales_invoice",
    "label_proof": "jar_invoice",
    "delivery_note": "equipment_invoice",
    "association_renewal": "insurance_certificate",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_chalice_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One office's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_QQQ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_chalice_stream, "templates QQQ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Ramekin part of the generated corpus: templates FFFF, written blind for the next measurement.

A part of its own, ``ramekin``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a pottery
and ceramics studio with classes and a shop (two potters and a studio assistant, in England,
Germany or France) feeds through its scanner in a month: clay and glaze suppliers' invoices
whose lines run over pages, now and then with the conditions of sale behind; the suppliers'
delivery notes (A5, a narrow handheld slip or A4) signed on receipt, with the safety data sheets
of the glaze materials delivered (sixteen sections, 'Page i of n' of their own, now and then a
manufacturer's sheet from abroad on Letter) stapled behind; kiln engineers' service reports with
the checklist, the element resistance table and both signatures, sometimes with a framed kiln
safety certificate; electricians' inspection reports of the studio's installation (Electrical
Installation Condition Report, Prüfprotokoll DGUV Vorschrift 3, rapport de vérification des
installations électriques) with the observations, often a schedule of inspections and the
schedule of test results on a landscape page; the studio's class booking forms filled in by hand
with tick boxes, now and then the booking terms signed on a page of their own; the studio's
course invoices to participants and firms; studio membership agreements with independent makers
(numbered clauses, the fees, the house rules and the firing price list, a signature page);
galleries' sale-or-return agreements (consignment, Kommissionsvertrag, contrat de dépôt-vente)
with the schedule of consigned works on a landscape page, some behind a covering letter; the
galleries' monthly sale-or-return statements with the sales, the commission and the stock held;
craft fair organisers' stand booking confirmations with the exhibitor information and the floor
plan of the hall on a landscape page; shops' wholesale orders (a shop's printed purchase order,
or the studio's own order pad filled in by hand at a trade fair); the studio's trade invoices to
shops with a packing list behind; the studio's kiln firing logs on landscape sheets filled in by
hand; insurers' policy schedules behind a covering letter with the endorsements and the
statement of fact; electricity bills with the meter readings and the consumption chart (kilns
are heavy users), now and then with a page of explanations; arts council and craft grant offer
letters (offer of grant, Zuwendungsbescheid, notification de subvention) with the conditions and
an acceptance form; the studio's grant claim forms with the expenditure table and the copies of
receipts attached; the studio's commission quotes to customers for dinner sets with a page of
sketched profiles and an acceptance slip; the studio's breakage claims to couriers with a page
of photographs; and the couriers' claim decisions. Each stream is one studio's pile: the studio
(country, name, potters, month) is drawn once per stream; its outside senders are of the
studio's country and write in its language, except that clay suppliers, glaze manufacturers,
galleries, shops and fair organisers are now and then from abroad and write in their own. Page
sizes range from narrow delivery slips and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the studio files it: the
conditions of sale behind a supplier's invoice; the safety data sheets stapled to a delivery
note (they come in the same box with it, however unlike the note they look); the kiln safety
certificate of a service report; the observations, schedule of inspections and schedule of test
results of an inspection report; the booking terms signed with a booking form; the house rules,
price list and signature page of a membership agreement; the covering letter and schedule of
works of a sale-or-return agreement; the exhibitor information and floor plan of a stand
booking; the packing list of a trade invoice; every sheet of one kiln's firing log; the covering
letter, endorsements and statement of fact of an insurance schedule; every page of one
electricity bill; the conditions and acceptance form of a grant offer; the receipt copies
attached to a grant claim; the sketch page and acceptance slip of a commission quote; the photo
page of a breakage claim. Related papers are documents of their own: the supplier's invoice
after its delivery note, the studio's course invoice after a booking form, the studio's trade
invoice after a shop's order, the gallery's statement after the agreement, the studio's claim
after a grant offer and the courier's decision after the breakage claim; and so is each invoice,
delivery note, booking form, order, statement, log and bill of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: suppliers' invoices and delivery
notes, booking forms, course invoices, wholesale orders, trade invoices, gallery statements,
firing logs and electricity bills often come 2-4 in a row from one sender with other customers,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers, about the same delivery, course, order, gallery, grant or parcel. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "ramekin"`` and seeds offset by 8_300_000.

Usage: ``python benchmarks/corpus_ramekin.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/ramekin/ramekin_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "ramekin"
SEED_OFFSET = 8_300_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the studio and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
STUDIOS: dict[str, list[Row]] = {
    "en": [
        ("Saltmarsh Pottery", "Unit 3, Harbour Yard", "Whitstable CT5 1AB", "01227 771 204"),
        ("Ridgeway Clay Studio", "The Old Forge, Mill Street", "Wantage OX12 9AB", "01235 760 318"),
        ("Hopwood Lane Ceramics", "14 Hopwood Lane", "Halifax HX1 5ER", "01422 352 660"),
    ],
    "de": [
        ("Töpferei am Mühlbach", "Mühlbachweg 7", "79100 Freiburg", "0761 45 71 22"),
        ("Keramikwerkstatt Lehmhaus", "Alte Ziegelei 3", "56203 Höhr-Grenzhausen", "02624 94 18 0"),
        ("Studio Scherbe Keramik", "Gneisenaustraße 41", "10961 Berlin", "030 69 81 44 2"),
    ],
    "fr": [
        ("Atelier Terre & Feu", "12 rue des Potiers", "84000 Avignon", "04 90 82 17 45"),
        ("La Poterie du Canal", "5 quai de la Fontaine", "30000 Nîmes", "04 66 21 08 93"),
        ("Atelier Grès d'Ouest", "28 rue de Saint-Malo", "35000 Rennes", "02 99 31 64 70"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "supplier": {
        "en": [
            (
                "Trentham Clay & Glaze Supplies Ltd",
                "Whieldon Road",
                "Stoke-on-Trent ST4 4JE",
                "01782 745 000",
            ),
            (
                "Brickfield Ceramic Materials Ltd",
                "Unit 9, Etruria Trading Estate",
                "Stoke-on-Trent ST1 5NU",
                "01782 219 440",
            ),
            ("Cornish Clay Company Ltd", "Par Moor Road", "St Austell PL25 3RF", "01726 812 600"),
        ],
        "de": [
            ("Westerwälder Tonwaren GmbH", "Rheinstraße 60", "56203 Höhr-Grenzhausen", ""),
            ("Keramikbedarf Schwarz KG", "Industriestraße 12", "91301 Forchheim", "09191 73 40"),
            ("Glasuren & Rohstoffe Elbtal GmbH", "Meißner Straße 210", "01445 Radebeul", ""),
        ],
        "fr": [
            ("Terres et Émaux du Limousin SAS", "ZI Nord, rue Ampère", "87000 Limoges", ""),
            ("Céramique Fournitures Provence", "Chemin des Argiles", "13400 Aubagne", ""),
            (
                "Argiles de Puisaye SA",
                "Route de Saint-Amand",
                "58310 Saint-Amand-en-Puisaye",
                "03 86 39 62 10",
            ),
        ],
    },
    "maker": {
        "en": [
            (
                "Midwest Ceramic Colors Inc.",
                "2200 Industrial Parkway",
                "Indianapolis, IN 46241",
                "",
            ),
            ("Hanley Colours Ltd", "Bucknall New Road", "Stoke-on-Trent ST1 2BA", ""),
        ],
        "de": [
            ("Farbkörperwerk Rheinbach GmbH", "Am Bahndamm 4", "53359 Rheinbach", ""),
            ("Chemische Fabrik Kölbel AG", "Werkstraße 1", "06766 Bitterfeld-Wolfen", ""),
        ],
        "fr": [
            ("Colorants Céramiques de Vierzon SA", "Avenue de la Gare", "18100 Vierzon", ""),
            ("Minéraux Industriels du Sud SAS", "ZA Les Paluds", "13400 Aubagne", ""),
        ],
    },
    "kiln": {
        "en": [
            (
                "Kilnserve Engineering Ltd",
                "Unit 2, Forge Lane",
                "Cannock WS11 8JP",
                "01543 466 211",
            ),
            ("Northern Kiln Repairs", "22 Canal Wharf", "Leeds LS11 5PS", "07789 402 155"),
        ],
        "de": [
            ("Ofenservice Brenner & Sohn", "Gewerbering 8", "56235 Ransbach-Baumbach", ""),
            ("Keramikofen-Technik Wagner GmbH", "Lilienthalstraße 17", "85399 Hallbergmoos", ""),
        ],
        "fr": [
            ("Fours Techniques Rhône SARL", "14 chemin du Moulin", "69200 Vénissieux", ""),
            ("SAV Fours Céramique Dupuy", "3 impasse des Tuileries", "31200 Toulouse", ""),
        ],
    },
    "electrician": {
        "en": [
            ("Brightwire Electrical Contractors Ltd", "8 Station Road", "Faversham ME13 8ER", ""),
            ("J. Holroyd Electrical Services", "41 Skircoat Road", "Halifax HX1 2RL", ""),
        ],
        "de": [
            ("Elektro Hofmann GmbH", "Schwarzwaldstraße 88", "79117 Freiburg", "0761 6 11 20"),
            ("Elektrotechnik Kaya & Bauer", "Reichenberger Straße 150", "10999 Berlin", ""),
        ],
        "fr": [
            ("Vérif'Élec Contrôle SAS", "Parc d'activités Agroparc", "84140 Montfavet", ""),
            ("Électricité Martin & Fils", "17 rue de Brest", "35000 Rennes", "02 99 59 22 13"),
        ],
    },
    "gallery": {
        "en": [
            ("The Quay Gallery", "7 Fore Street", "St Ives TR26 1AB", "01736 793 440"),
            ("Harlow & Finch Contemporary Craft", "22 Stonegate", "York YO1 8AS", ""),
            ("Oriel Maker Gallery", "3 Bridge Street", "Llandeilo SA19 6BN", "01558 822 190"),
        ],
        "de": [
            ("Galerie Form & Feuer", "Kunigundenstraße 4", "80805 München", "089 36 22 71"),
            ("Galerie am Domplatz", "Domplatz 9", "48143 Münster", ""),
            ("Kunsthandwerk Hansen", "Große Straße 31", "24937 Flensburg", ""),
        ],
        "fr": [
            ("Galerie Argile", "14 rue de Seine", "75006 Paris", "01 43 26 18 90"),
            ("L'Atelier des Métiers d'Art", "6 place du Marché", "24200 Sarlat-la-Canéda", ""),
            ("Galerie du Vieux Port", "21 quai des Belges", "13001 Marseille", ""),
        ],
    },
    "shop": {
        "en": [
            ("The Kitchen Drawer", "31 Bridge Street", "Hebden Bridge HX7 8EX", "01422 845 112"),
            ("Lark & Linen Homeware", "9 Market Place", "Frome BA11 1AN", ""),
            ("Harbour Arts Centre Shop", "Quayside", "Ilfracombe EX34 9EQ", ""),
            ("Pantry & Co.", "58 North Road", "Brighton BN1 1YD", ""),
        ],
        "de": [
            ("Wohnkultur Lindner", "Hauptstraße 77", "69117 Heidelberg", "06221 16 44 90"),
            ("Küchenladen Tafelrunde", "Ostertorsteinweg 12", "28203 Bremen", ""),
            ("Museumsladen im Stadtmuseum", "Am Markt 2", "96047 Bamberg", ""),
            ("Concept Store Hafenkante", "Große Elbstraße 145", "22767 Hamburg", ""),
        ],
        "fr": [
            ("La Maison d'Hortense", "8 rue Lepic", "75018 Paris", "01 42 54 77 10"),
            ("Épicerie fine Les Bocaux", "33 rue d'Antibes", "06400 Cannes", ""),
            ("Boutique du Musée de la Faïence", "Place de la République", "44000 Nantes", ""),
            ("Comptoir des Arts de la Table", "10 rue Mercière", "69002 Lyon", ""),
        ],
    },
    "fair": {
        "en": [
            ("Maker's Yard Craft Fairs Ltd", "PO Box 418", "Harrogate HG1 9FJ", ""),
            ("Coastline Ceramics Festival", "c/o 12 The Parade", "Aldeburgh IP15 5BU", ""),
        ],
        "de": [
            ("Keramikmarkt am Rhein e.V.", "Marktplatz 1", "53604 Bad Honnef", ""),
            ("Kunsthandwerkermesse Nordwest GmbH", "Messeplatz 5", "26122 Oldenburg", ""),
        ],
        "fr": [
            ("Association Terre Vive - Marché des Potiers", "Mairie", "84220 Gordes", ""),
            ("Salon Métiers d'Art Ouest SAS", "Parc Expo, route de Lorient", "35170 Bruz", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Cavendish Craft Insurance Brokers Ltd", "40 Park Row", "Bristol BS1 5LH", ""),
            ("Aldwych Mutual Insurance plc", "Aldwych House", "Norwich NR1 3QT", ""),
        ],
        "de": [
            ("Rheinland Gewerbeversicherung AG", "Konrad-Adenauer-Ufer 21", "50668 Köln", ""),
            (
                "Versicherungsbüro Seitz - Generalagentur",
                "Kaiser-Joseph-Straße 250",
                "79098 Freiburg",
                "",
            ),
        ],
        "fr": [
            ("Mutuelle des Artisans d'Art", "18 rue du Faubourg Poissonnière", "75010 Paris", ""),
            (
                "Cabinet Leroux Assurances - Agent général",
                "4 cours Jean Jaurès",
                "84000 Avignon",
                "",
            ),
        ],
    },
    "energy": {
        "en": [
            ("Meridian Business Energy Ltd", "PO Box 7020", "Sheffield S98 1XZ", "0345 300 7120"),
            ("Northfield Power plc", "Customer Services, PO Box 55", "Leeds LS98 1PQ", ""),
        ],
        "de": [
            ("Stadtwerke Breisgau GmbH", "Bismarckallee 10", "79098 Freiburg", "0761 279 0"),
            ("Nordstrom Energie GmbH", "Kundenservice, Postfach 12 40", "10117 Berlin", ""),
        ],
        "fr": [
            ("Volta Énergie Pro SAS", "Service clients, TSA 30412", "92099 La Défense", ""),
            ("Énergies du Sud Entreprises", "Service clients, BP 40", "13080 Aix-en-Provence", ""),
        ],
    },
    "grant": {
        "en": [
            ("Arts Council England", "The Hive, 49 Lever Street", "Manchester M1 1FN", ""),
            ("The Crafts Makers' Foundation", "44a Pentonville Road", "London N1 9BY", ""),
        ],
        "de": [
            (
                "Landesverband Kunsthandwerk e.V. - Förderprogramm",
                "Kanzleistraße 9",
                "70173 Stuttgart",
                "",
            ),
            ("Stiftung Angewandte Kunst und Handwerk", "Unter den Linden 42", "10117 Berlin", ""),
        ],
        "fr": [
            (
                "Direction régionale des affaires culturelles",
                "Pôle création, 23 bd du Roi René",
                "13100 Aix-en-Provence",
                "",
            ),
            ("Fondation pour les Métiers d'Art", "8 rue Chapon", "75003 Paris", ""),
        ],
    },
    "courier": {
        "en": [
            (
                "Swiftline Parcels Ltd - Claims Department",
                "Hub 4, Magna Park",
                "Lutterworth LE17 4XT",
                "",
            ),
            ("ParcelNet UK - Customer Claims", "PO Box 812", "Wolverhampton WV98 1PN", ""),
        ],
        "de": [
            (
                "Paketdienst Nordstern GmbH - Schadenabteilung",
                "Postfach 11 03 20",
                "22851 Norderstedt",
                "",
            ),
            ("Expresslogistik Süd GmbH", "Reklamationen, Industriestraße 40", "68169 Mannheim", ""),
        ],
        "fr": [
            ("Expressa Colis SAS - Service Réclamations", "TSA 91005", "93199 Roissy CDG", ""),
            (
                "Messageries Rapides de l'Ouest",
                "Service litiges, ZI de la Janais",
                "35136 Saint-Jacques",
                "",
            ),
        ],
    },
}
TAGLINES = {
    "supplier": (
        "Clay - Glazes - Kilns - Tools",
        "Tone - Glasuren - Brennöfen - Werkzeug",
        "Terres - Émaux - Fours - Outillage",
    ),
    "studio": (
        "Handmade pottery - classes - studio shop",
        "Gebrauchskeramik - Kurse - Werkstattladen",
        "Céramique - cours - boutique d'atelier",
    ),
    "kiln": (
        "Kiln installation, servicing and repairs",
        "Brennofenbau, Wartung und Reparatur",
        "Installation, entretien et dépannage de fours",
    ),
    "electrician": (
        "NICEIC approved contractor",
        "Meisterbetrieb - Elektroinstallation",
        "Installations et vérifications électriques",
    ),
    "gallery": (
        "Contemporary craft and applied art",
        "Zeitgenössisches Kunsthandwerk",
        "Métiers d'art contemporains",
    ),
}
FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Hannah",
        "Richard",
        "Priya",
        "Tom",
        "Fiona",
        "Ruth",
    ],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Stefan",
        "Katrin",
        "Michael",
        "Sabine",
        "Jan",
        "Eva",
        "Lena",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Camille",
        "Olivier",
        "Sandrine",
        "Nicolas",
        "Léa",
        "Hugo",
        "Inès",
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Holroyd",
        "Bennett",
        "Ahmed",
        "Gallagher",
        "Thornton",
        "Moss",
        "Reid",
        "Pryce",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Hartmann",
        "Wolff",
        "Kaya",
        "Neumann",
        "Vogel",
        "Ziegler",
        "Roth",
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
        "Barbier",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Ruth", "Andrea", "Julia", "Katrin"}
FEMALE |= {"Sabine", "Eva", "Lena", "Nathalie", "Camille", "Sandrine", "Léa", "Inès"}
ROADS = {
    "en": ["Church Lane", "Victoria Road", "The Crescent", "Albert Street", "Orchard Close"],
    "de": ["Lindenstraße", "Schillerstraße", "Am Kirchberg", "Gartenweg", "Rosenstraße"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "rue des Lilas", "chemin des Vignes"],
}
TOWNS = {
    "en": ["Canterbury CT1 2QP", "Oxford OX4 1DA", "Huddersfield HD1 4AS", "Bath BA2 3HR"],
    "de": ["79104 Freiburg", "10437 Berlin", "56068 Koblenz", "77933 Lahr"],
    "fr": ["84000 Avignon", "30900 Nîmes", "35700 Rennes", "13210 Saint-Rémy"],
}

TALK = {
    "en": {
        "clay": "clay stoneware porcelain glaze bisque firing kiln cone shelf batch order "
        "delivery pallet bags powder oxide test tile sample colour texture grog",
        "kiln": "element thermocouple controller relay contactor door seal brickwork lid "
        "insulation vent wiring earth continuity resistance cycle ramp hold fault",
        "legal": "party agreement term notice obligations liability insurance works commission "
        "payment termination damage consignment return title risk period",
        "class": "course session wheel throwing hand-building glazing apron tools clay "
        "participants beginners booking refund cancellation firing collection",
        "grant": "project activity development funding award condition payment evaluation "
        "report budget expenditure public acknowledgement research residency",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement remittance",
        "safety": "exposure dust inhalation gloves ventilation respirator eyes skin disposal "
        "spillage storage container label hazard aquatic toxic",
    },
    "de": {
        "clay": "Ton Steinzeug Porzellan Glasur Schrühbrand Brand Ofen Kegel Platte Charge "
        "Bestellung Lieferung Palette Säcke Pulver Oxid Probe Farbe Schamotte",
        "kiln": "Heizwendel Thermoelement Regler Relais Schütz Türdichtung Ausmauerung Deckel "
        "Isolierung Abzug Verkabelung Schutzleiter Widerstand Programm Rampe Haltezeit",
        "legal": "Vertragsparteien Vereinbarung Laufzeit Kündigung Pflichten Haftung "
        "Versicherung Werke Provision Zahlung Kommission Rückgabe Eigentum Gefahr",
        "class": "Kurs Termin Drehscheibe Aufbaukeramik Glasieren Schürze Werkzeug Ton "
        "Teilnehmer Anfänger Anmeldung Erstattung Rücktritt Brand Abholung",
        "grant": "Vorhaben Projekt Förderung Zuwendung Auflage Auszahlung Nachweis Bericht "
        "Finanzierungsplan Ausgaben Veröffentlichung Recherche Stipendium",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel Ausgleich",
        "safety": "Exposition Staub Einatmen Handschuhe Lüftung Atemschutz Augen Haut "
        "Entsorgung Verschütten Lagerung Behälter Kennzeichnung Gefahr Gewässer",
    },
    "fr": {
        "clay": "terre grès porcelaine émail biscuit cuisson four cône plaque lot commande "
        "livraison palette sacs poudre oxyde essai couleur chamotte",
        "kiln": "résistance thermocouple régulateur relais contacteur joint porte briques "
        "couvercle isolation hotte câblage terre continuité programme palier",
        "legal": "parties convention durée préavis obligations responsabilité assurance "
        "oeuvres commission paiement dépôt retour propriété risques",
        "class": "stage séance tour tournage modelage émaillage tablier outils terre "
        "participants débutants inscription remboursement annulation cuisson",
        "grant": "projet activité aide subvention condition versement bilan rapport budget "
        "dépenses communication recherche résidence création",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "relevé frais règlement",
        "safety": "exposition poussière inhalation gants ventilation masque yeux peau "
        "élimination déversement stockage récipient étiquetage danger aquatique",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "clay", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "clay", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The studio of a stream: its country, month and people
# ---------------------------------------------------------------------------------------------

STUDIO: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(STUDIO["lang"])


def month() -> date:
    m = STUDIO["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's studio and ``key``: a run or a repeat keeps
    its sender."""
    text = f"ramekin/{key}/{who.name}/{who.street}/{who.city}/{STUDIO['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


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


def extra(kinds: tuple[str, ...]) -> object:
    """The previous document's matter if it was one of ``kinds``."""
    return LAST["extra"] if after(kinds) else None


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def potters() -> list[str]:
    """The studio's two potters and its assistant."""
    r = random.Random(zlib.crc32(f"ramekin/people/{STUDIO['seed']}".encode()))
    lg = home()
    out: list[str] = []
    while len(out) < 3:
        n = person(r, lg)
        if n.split()[1] not in {o.split()[1] for o in out}:
            out.append(n)
    return out


def place(town: str) -> str:
    """The town of an address line without its postcode."""
    parts = town.split()
    return " ".join(parts[1:]) if parts[0][0].isdigit() else parts[0]


def customer(rng: random.Random, lang: str = "") -> list[str]:
    """A private customer: name, street and town."""
    lg = lang or home()
    road, no = rng.choice(ROADS[lg]), rng.randint(1, 90)
    return [
        person(rng, lg),
        f"{road} {no}" if lg == "de" else f"{no} {road}",
        rng.choice(TOWNS[lg]),
    ]


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
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]


def is_us(town: str) -> bool:
    return any(f", {st} " in town for st in ("IN", "NY", "OH", "CA", "PA"))


def legal_lines(r: random.Random, name: str, lang: str, role: str, town: str) -> list[str]:
    if role == "grant" or is_us(town):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Freiburg", "Volksbank Mittelhessen", "Berliner Sparkasse", "GLS Bank"]
        )
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if any(t in name for t in ("GmbH", "AG", "KG", "e.V.")):
            court = r.choice(["Freiburg", "Koblenz", "Montabaur", "Charlottenburg", "Köln"])
            reg = "VR" if "e.V." in name else "HRB"
            out.insert(0, f"Amtsgericht {court} {reg} {r.randint(1000, 99999)}")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['2341Z', '4673A', '3514Z', '4322A', '9003A'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"ramekin/head/{name}/{STUDIO['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = "com" if is_us(town) else {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "grant":
        looks = ["official", "centred"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role in ("studio", "gallery"):
        looks = ["centred", "side", "plain", "letter"]
    elif role in ("energy", "insurer", "courier"):
        looks = ["band", "letter", "plain"]
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
        foot=legal_lines(r, name, lang, role, town) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates="us"
        if is_us(town)
        else r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts', 'sales'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def studio_head() -> Head:
    lang = home()
    return make_head(STUDIOS[lang][int(STUDIO["row"])], lang, "studio")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and studio), of the
    studio's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
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
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a public body: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def tagline(h: Head) -> str:
    t = TAGLINES.get(h.role)
    return tr(h.lang, *t) if t else ""


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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
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
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        sub = tagline(h) or where
        p.text(w / 2, y + 15, fit(sub, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}  {contact}" if sub != where else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
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
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(
            m, y + 15, fit(tagline(h), italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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


def plain(s: Style, header: str = "", bottom: float = 0) -> Sheets:
    """Pages without a letterhead: a running header on later pages if ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - (bottom or s.margin) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the studio's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(potters()[:3]).split()[0],
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
    r = random.Random(zlib.crc32(f"ramekin/staff/{tag}/{h.name}/{STUDIO['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def studio_lines(att: str = "") -> list[str]:
    return head_lines(studio_head(), att)


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
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


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
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def qty(v: float, lg: str) -> str:
    s = f"{v:,.0f}" if v == int(v) else f"{v:,.1f}"
    if lg == "de":
        return s.replace(",", "_").replace(".", ",").replace("_", ".")
    if lg == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its caption under it, signed by ``name`` if given."""
    if name:
        scrawl(p, x + 6, y - 3, name)
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# What the studio buys and makes
# ---------------------------------------------------------------------------------------------

# code, English, German, French, unit price (GBP/EUR), hazardous material for an SDS
MATERIALS: list[tuple[str, str, str, str, float, str]] = [
    (
        "ST-12",
        "Buff stoneware clay 1200-1300C, 12.5 kg",
        "Steinzeugton hell 1200-1300 C, 12,5 kg",
        "Grès chamotté clair 1200-1300 C, 12,5 kg",
        11.4,
        "",
    ),
    ("PC-10", "Porcelain body, 10 kg", "Porzellanmasse, 10 kg", "Pâte porcelaine, 10 kg", 21.9, ""),
    (
        "RE-12",
        "Red earthenware clay, 12.5 kg",
        "Irdenware rot, 12,5 kg",
        "Faïence rouge, 12,5 kg",
        9.2,
        "",
    ),
    (
        "RK-12",
        "Raku clay with grog, 12.5 kg",
        "Rakuton mit Schamotte, 12,5 kg",
        "Terre raku chamottée, 12,5 kg",
        13.8,
        "",
    ),
    (
        "GL-TR5",
        "Transparent stoneware glaze, powder 5 kg",
        "Transparentglasur Steinzeug, 5 kg Pulver",
        "Émail transparent grès, poudre 5 kg",
        34.5,
        "",
    ),
    (
        "GL-CEL",
        "Celadon glaze, powder 5 kg",
        "Seladonglasur, 5 kg Pulver",
        "Émail céladon, poudre 5 kg",
        41.0,
        "",
    ),
    (
        "GL-TEN",
        "Tenmoku glaze, powder 5 kg",
        "Tenmokuglasur, 5 kg Pulver",
        "Émail tenmoku, poudre 5 kg",
        38.0,
        "",
    ),
    (
        "OX-CO",
        "Cobalt carbonate, 500 g",
        "Kobaltcarbonat, 500 g",
        "Carbonate de cobalt, 500 g",
        39.5,
        "cobalt",
    ),
    (
        "OX-MN",
        "Manganese dioxide, 1 kg",
        "Mangandioxid, 1 kg",
        "Dioxyde de manganèse, 1 kg",
        12.8,
        "manganese",
    ),
    (
        "OX-CU",
        "Copper carbonate, 1 kg",
        "Kupfercarbonat, 1 kg",
        "Carbonate de cuivre, 1 kg",
        24.6,
        "copper",
    ),
    (
        "RM-LI",
        "Lithium carbonate, 1 kg",
        "Lithiumcarbonat, 1 kg",
        "Carbonate de lithium, 1 kg",
        29.0,
        "lithium",
    ),
    ("RM-ZN", "Zinc oxide, 1 kg", "Zinkoxid, 1 kg", "Oxyde de zinc, 1 kg", 9.7, "zinc"),
    (
        "RM-SIL",
        "Silica (quartz) 200 mesh, 25 kg",
        "Quarzmehl 200 mesh, 25 kg",
        "Silice broyée 200 mesh, 25 kg",
        18.5,
        "silica",
    ),
    (
        "KS-400",
        "Kiln shelf silicon carbide 400 x 400 x 10 mm",
        "Brennplatte SiC 400 x 400 x 10 mm",
        "Plaque de cuisson SiC 400 x 400 x 10 mm",
        96.0,
        "",
    ),
    (
        "KP-SET",
        "Kiln props, set of 12 assorted",
        "Stützen, Satz 12 Stück sortiert",
        "Colonnettes, lot de 12",
        27.5,
        "",
    ),
    (
        "OC-08",
        "Orton cones no. 8, box of 50",
        "Segerkegel Nr. 8, 50 Stück",
        "Cônes Orton n° 8, boîte de 50",
        17.2,
        "",
    ),
    (
        "BW-1",
        "Batt wash / kiln shelf primer, 1 kg",
        "Plattenschutz / Trennmittel, 1 kg",
        "Engobe de protection plaques, 1 kg",
        8.9,
        "",
    ),
    ("WX-1", "Wax resist, 1 litre", "Wachsreserve, 1 Liter", "Cire de réserve, 1 litre", 11.5, ""),
    (
        "TL-SP",
        "Sponges on sticks, pack of 10",
        "Stielschwämme, 10 Stück",
        "Éponges sur tige, lot de 10",
        9.9,
        "",
    ),
    (
        "SL-W",
        "White slip, ready mixed 5 kg",
        "Engobe weiß, gebrauchsfertig 5 kg",
        "Engobe blanche prête à l'emploi 5 kg",
        16.4,
        "",
    ),
]
HAZARDS: dict[str, tuple[str, str, list[str], str]] = {
    # material: CAS, EC, hazard statements, signal
    "cobalt": (
        "513-79-1",
        "208-169-4",
        ["H302", "H317", "H334", "H350i", "H360F", "H410"],
        "Danger",
    ),
    "manganese": ("1313-13-9", "215-202-6", ["H302", "H332", "H373"], "Warning"),
    "copper": ("12069-69-1", "235-113-6", ["H302", "H332", "H410"], "Warning"),
    "lithium": ("554-13-2", "209-062-5", ["H302", "H319"], "Warning"),
    "zinc": ("1314-13-2", "215-222-5", ["H410"], "Warning"),
    "silica": ("14808-60-7", "238-878-4", ["H373"], "Warning"),
}
SIGNALS = {"Danger": ("Danger", "Gefahr", "Danger"), "Warning": ("Warning", "Achtung", "Attention")}
H_TEXT = {
    "H302": (
        "Harmful if swallowed.",
        "Gesundheitsschädlich bei Verschlucken.",
        "Nocif en cas d'ingestion.",
    ),
    "H317": (
        "May cause an allergic skin reaction.",
        "Kann allergische Hautreaktionen verursachen.",
        "Peut provoquer une allergie cutanée.",
    ),
    "H319": (
        "Causes serious eye irritation.",
        "Verursacht schwere Augenreizung.",
        "Provoque une sévère irritation des yeux.",
    ),
    "H332": ("Harmful if inhaled.", "Gesundheitsschädlich bei Einatmen.", "Nocif par inhalation."),
    "H334": (
        "May cause allergy or asthma symptoms if inhaled.",
        "Kann bei Einatmen Allergie oder asthmaartige Symptome verursachen.",
        "Peut provoquer des symptômes allergiques ou d'asthme par inhalation.",
    ),
    "H350i": (
        "May cause cancer by inhalation.",
        "Kann bei Einatmen Krebs erzeugen.",
        "Peut provoquer le cancer par inhalation.",
    ),
    "H360F": (
        "May damage fertility.",
        "Kann die Fruchtbarkeit beeinträchtigen.",
        "Peut nuire à la fertilité.",
    ),
    "H373": (
        "May cause damage to organs through prolonged or repeated exposure.",
        "Kann die Organe schädigen bei längerer oder wiederholter Exposition.",
        "Risque présumé d'effets graves pour les organes.",
    ),
    "H410": (
        "Very toxic to aquatic life with long lasting effects.",
        "Sehr giftig für Wasserorganismen mit langfristiger Wirkung.",
        "Très toxique pour les organismes aquatiques, effets néfastes à long terme.",
    ),
}
SDS_SECTIONS = {
    "en": [
        "Identification of the substance/mixture and of the company/undertaking",
        "Hazards identification",
        "Composition/information on ingredients",
        "First aid measures",
        "Firefighting measures",
        "Accidental release measures",
        "Handling and storage",
        "Exposure controls/personal protection",
        "Physical and chemical properties",
        "Stability and reactivity",
        "Toxicological information",
        "Ecological information",
        "Disposal considerations",
        "Transport information",
        "Regulatory information",
        "Other information",
    ],
    "de": [
        "Bezeichnung des Stoffs bzw. des Gemischs und des Unternehmens",
        "Mögliche Gefahren",
        "Zusammensetzung/Angaben zu Bestandteilen",
        "Erste-Hilfe-Maßnahmen",
        "Maßnahmen zur Brandbekämpfung",
        "Maßnahmen bei unbeabsichtigter Freisetzung",
        "Handhabung und Lagerung",
        "Begrenzung und Überwachung der Exposition/Persönliche Schutzausrüstungen",
        "Physikalische und chemische Eigenschaften",
        "Stabilität und Reaktivität",
        "Toxikologische Angaben",
        "Umweltbezogene Angaben",
        "Hinweise zur Entsorgung",
        "Angaben zum Transport",
        "Rechtsvorschriften",
        "Sonstige Angaben",
    ],
    "fr": [
        "Identification de la substance/du mélange et de la société/l'entreprise",
        "Identification des dangers",
        "Composition/informations sur les composants",
        "Premiers secours",
        "Mesures de lutte contre l'incendie",
        "Mesures à prendre en cas de dispersion accidentelle",
        "Manipulation et stockage",
        "Contrôles de l'exposition/protection individuelle",
        "Propriétés physiques et chimiques",
        "Stabilité et réactivité",
        "Informations toxicologiques",
        "Informations écologiques",
        "Considérations relatives à l'élimination",
        "Informations relatives au transport",
        "Informations relatives à la réglementation",
        "Autres informations",
    ],
}

# code, English, German, French, trade price
WARES: list[tuple[str, str, str, str, float]] = [
    ("MUG-T", "Tall mug", "Becher hoch", "Mug haut", 11.0),
    ("MUG-S", "Espresso cup", "Espressotasse", "Tasse à expresso", 7.5),
    ("BWL-C", "Cereal bowl 16 cm", "Müslischale 16 cm", "Bol à céréales 16 cm", 12.5),
    ("BWL-N", "Noodle bowl 19 cm", "Nudelschale 19 cm", "Bol à nouilles 19 cm", 16.0),
    ("PLT-S", "Side plate 20 cm", "Frühstücksteller 20 cm", "Assiette à dessert 20 cm", 12.0),
    ("PLT-D", "Dinner plate 27 cm", "Speiseteller 27 cm", "Assiette plate 27 cm", 19.0),
    ("JUG-M", "Milk jug 0.5 l", "Milchkanne 0,5 l", "Pot à lait 0,5 l", 14.0),
    ("VAS-B", "Bud vase", "Knospenvase", "Soliflore", 9.0),
    ("VAS-L", "Bottle vase, large", "Flaschenvase groß", "Vase bouteille, grand", 38.0),
    ("TPT-4", "Teapot, four cups", "Teekanne für 4 Tassen", "Théière 4 tasses", 42.0),
    ("BTR-D", "Butter dish with lid", "Butterdose mit Deckel", "Beurrier avec couvercle", 18.0),
    ("SRV-B", "Serving bowl 28 cm", "Servierschüssel 28 cm", "Saladier 28 cm", 34.0),
]
GLAZES = {
    "en": [
        "celadon",
        "tenmoku",
        "oatmeal matt",
        "speckled white",
        "cobalt blue",
        "ash glaze",
        "shino",
    ],
    "de": [
        "Seladon",
        "Tenmoku",
        "Haferflocken matt",
        "weiß gesprenkelt",
        "Kobaltblau",
        "Ascheglasur",
        "Shino",
    ],
    "fr": [
        "céladon",
        "tenmoku",
        "mat avoine",
        "blanc moucheté",
        "bleu de cobalt",
        "cendre",
        "shino",
    ],
}
KILNS = [
    ("Rohde", "TE 150 MCC", "top", 150),
    ("Nabertherm", "Top 80", "top", 80),
    ("Kilncraft", "KC 200", "front", 200),
    ("Naber-Tec", "NTF 120", "front", 120),
]


def kiln_type(lg: str, kind: str) -> str:
    if kind == "top":
        return tr(lg, "top loader", "Toplader", "chargement par le dessus")
    return tr(lg, "front loader", "Frontlader", "chargement frontal")


def wares(lg: str, k: int) -> str:
    return tr(lg, WARES[k][1], WARES[k][2], WARES[k][3])


def studio_kilns() -> list[tuple[str, str, str, int, str]]:
    """The studio's two or three kilns: make, model, type, litres, serial."""
    r = random.Random(zlib.crc32(f"ramekin/kilns/{STUDIO['seed']}".encode()))
    picks = r.sample(KILNS, r.choice([2, 2, 3]))
    return [(a, b, c, d, serial(r, "99-99999")) for a, b, c, d in picks]


# ---------------------------------------------------------------------------------------------
# Templates FFFF: suppliers, safety data sheets, kiln and electrics
# ---------------------------------------------------------------------------------------------

SALE_TERMS = {
    "en": [
        "Definitions",
        "Orders and acceptance",
        "Prices and carriage",
        "Delivery and shortages",
        "Risk and title",
        "Payment",
        "Returns of unused stock",
        "Product information and testing",
        "Limitation of liability",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise und Fracht",
        "Lieferung und Mängelrüge",
        "Gefahrübergang",
        "Eigentumsvorbehalt",
        "Zahlung",
        "Rücknahme",
        "Hinweise zu Rohstoffen und Glasuren",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix et frais de port",
        "Livraison et réserves",
        "Transfert des risques",
        "Clause de réserve de propriété",
        "Paiement et pénalités de retard",
        "Retours",
        "Informations produits et essais",
        "Responsabilité",
        "Juridiction",
    ],
}


def material_lines(rng: random.Random, n: int, lg: str) -> list[tuple[str, str, float, float, str]]:
    """``n`` lines of materials: code, description, quantity, unit price, hazard key."""
    out = []
    for k in rng.sample(range(len(MATERIALS)), min(n, len(MATERIALS))):
        code, en, de, fr, price, hz = MATERIALS[k]
        q = rng.choice([1, 2, 2, 4, 5, 10, 20]) if price < 25 else rng.choice([1, 1, 2, 4])
        out.append((code, tr(lg, en, de, fr), float(q), price * (1.0 if lg == "en" else 1.17), hz))
    while len(out) < n:
        out.append(out[len(out) % len(out)])
    return out


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A clay and glaze supplier's invoice: account and delivery references, the lines of
    clay, glaze materials and kiln furniture that now and then run over pages, carriage,
    VAT and the bank details; now and then the conditions of sale behind."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    prev = extra(("delivery_note",))
    d = last_day(rng, ("delivery_note",), (0, 4))
    if isinstance(prev, tuple) and prev[0] == h.name:
        lines = list(prev[2])
        dn = str(prev[1])
    else:
        lines = material_lines(rng, rng.choice([2, 4, 6, 9, 13, 18]), lg)
        dn = serial(rng, "DN999999")
    no = serial(rng, keyed(who, "inv").choice(["INV-999999", "99999", "RE-2025-9999", "FA99999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "K99999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(["tel.", "web", "e-mail", serial(rng, "999")]),
            ),
        ],
    )
    caption(f, s, title, 4)
    cols = columns(
        m, w - m, [(1.1, "left"), (4.4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")]
    )
    rows = []
    net = 0.0
    for code, desc, q, pr, _ in lines:
        v = round(q * pr, 2)
        net += v
        rows.append([code, desc, qty(q, lg), money(pr, lg), money(v, lg)])
    carriage = rng.choice([0.0, 12.5, 18.0, 35.0, 65.0])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage (pallet)", "Fracht (Palette)", "Port (palette)"),
                "1",
                money(carriage, lg),
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: strictly 30 days net. Please quote invoice {no} with your payment.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bei Zahlung bis "
            f"{short(d + timedelta(days=8), lg)} 2 % Skonto.",
            "Paiement à 30 jours date de facture. Pénalités de retard au taux légal ; indemnité "
            "forfaitaire de 40 EUR pour frais de recouvrement.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 4,
            f.bottom - 20 if len(pages) == 1 else 200,
            tr(
                home(),
                f"pd {short(d + timedelta(days=12), home())} BACS",
                f"bez. {short(d + timedelta(days=9), home())}",
                f"réglé le {short(d + timedelta(days=20), home())}",
            ),
            11,
        )
    remember(d, (h.name, no))
    return pages


def sds_pages(rng: random.Random, hz: str, desc: str, supplier: Head, abroad: bool) -> list[Page]:
    """The safety data sheet of one hazardous material: a header on every page, the sixteen
    sections, 'Page i of n' of its own; from the manufacturer (now and then from abroad)."""
    if abroad:
        row = SENDERS["maker"]["en"][0]
        mh = make_head(row, "en", "maker")
        size = LETTER
    else:
        lg0 = supplier.lang
        mh = (
            supplier
            if rng.random() < 0.5
            else make_head(rng.choice(SENDERS["maker"][lg0]), lg0, "maker")
        )
        size = A4
    lg = mh.lang
    cas, ec, hs, signal = HAZARDS[hz]
    s = Style("Helvetica", "Helvetica-Bold", 8, 44, "none", "bottom", size, "short")
    w, hh = size
    m = s.margin
    rev = some_day(rng) - timedelta(days=rng.randint(200, 1400))
    name = desc.split(",")[0]
    version = f"{rng.randint(2, 9)}.{rng.randint(0, 3)}"
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    reg = tr(
        lg,
        "according to Regulation (EC) No. 1907/2006 (REACH) as amended"
        if not is_us(mh.town)
        else "according to OSHA HazCom 2012 (29 CFR 1910.1200) and GHS Rev. 7",
        "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
        "conforme au règlement (CE) n° 1907/2006 (REACH), annexe II",
    )

    def start(p: Page, n: int) -> float:
        p.rect(m, 24, w - 2 * m, 30, fill=0.88)
        p.text(m + 6, 36, title, s.bold, 10)
        p.text(m + 6, 48, fit(reg, s.font, 6.5, w / 2), s.font, 6.5)
        p.text(w - m - 6, 36, fit(name, s.bold, 9, w / 2 - 20), s.bold, 9, "right")
        p.text(
            w - m - 6,
            48,
            f"{tr(lg, 'Revision', 'Überarbeitet am', 'Révision')}: {date_of(mh, rev)}  "
            f"Version {version}",
            s.font,
            6.5,
            "right",
        )
        return 74.0

    f = Sheets((w, hh), hh - m - 16, start)
    for k, sec in enumerate(SDS_SECTIONS[lg], 1):
        f.need(40)
        f.page.rect(m, f.y - 8, w - 2 * m, 11, fill=0.94)
        f.page.text(
            m + 3,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k}: {sec}", s.bold, 8, w - 2 * m - 6
            ),
            s.bold,
            8,
        )
        f.y += 14
        if k == 1:
            for lab, val in [
                (tr(lg, "Product name", "Produktname", "Nom du produit"), name),
                (tr(lg, "Product code", "Artikelnummer", "Code produit"), serial(rng, "AAA-9999")),
                (
                    tr(lg, "Relevant use", "Verwendung", "Utilisation"),
                    tr(
                        lg,
                        "Ceramic glaze raw material. Professional and hobby use.",
                        "Rohstoff für keramische Glasuren. Gewerbliche Verwendung.",
                        "Matière première pour émaux céramiques.",
                    ),
                ),
                (
                    tr(lg, "Supplier", "Lieferant", "Fournisseur"),
                    f"{mh.name}, {mh.street}, {mh.town}",
                ),
                (
                    tr(lg, "Emergency telephone", "Notrufnummer", "Numéro d'urgence"),
                    "1-800-424-9300 (CHEMTREC)"
                    if is_us(mh.town)
                    else tr(lg, "+44 1865 407333", "+49 (0)30 30686 700", "+33 (0)1 45 42 59 59"),
                ),
            ]:
                f.page.text(m + 8, f.y, lab, s.font, 7.5)
                f.page.text(m + 130, f.y, fit(val, s.font, 7.5, w - 2 * m - 140), s.font, 7.5)
                f.y += 10
        elif k == 2:
            f.page.text(
                m + 8,
                f.y,
                tr(lg, "Signal word", "Signalwort", "Mention d'avertissement")
                + ": "
                + SIGNALS[signal][["en", "de", "fr"].index(lg)],
                s.bold,
                7.5,
            )
            f.y += 11
            for x0 in range(min(3, len(hs) // 2 + 1)):
                cx = m + 20 + x0 * 34
                f.page.line(cx, f.y, cx + 12, f.y + 12)
                f.page.line(cx + 12, f.y + 12, cx, f.y + 24)
                f.page.line(cx, f.y + 24, cx - 12, f.y + 12)
                f.page.line(cx - 12, f.y + 12, cx, f.y)
                f.page.text(cx, f.y + 15, "!", "Helvetica-Bold", 9, "center")
            f.y += 36
            for code in hs:
                f.need(10)
                f.page.text(m + 8, f.y, code, s.bold, 7.5)
                f.page.text(m + 44, f.y, tr(lg, *H_TEXT[code]), s.font, 7.5)
                f.y += 10
            f.y += 6
            f.para(m + 8, w - 2 * m - 8, prose(rng, lg, "safety", 2, 3), s.font, 7.5, 0.5)
        elif k == 3:
            cols = columns(
                m + 8,
                w - m,
                [(3, "left"), (1.4, "left"), (1.4, "left"), (1, "center"), (2.4, "left")],
            )
            table(
                f,
                cols,
                [
                    tr(lg, "Substance", "Stoff", "Substance"),
                    "CAS",
                    "EC",
                    "%",
                    tr(lg, "Classification", "Einstufung", "Classification"),
                ],
                [[name, cas, ec, rng.choice([">99", "95-100", ">98"]), ", ".join(hs)]],
                s,
                7.5,
            )
            f.y += 4
        else:
            for sub in range(1, rng.randint(2, 5 if k in (4, 7, 8, 9) else 3) + 1):
                f.need(24)
                f.page.text(m + 8, f.y, f"{k}.{sub}", s.bold, 7.5)
                f.para(m + 30, w - 2 * m - 30, prose(rng, lg, "safety", 1, 3), s.font, 7.5, 0.5)
    pages = f.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=26
    )
    for p in pages:
        p.text(m, p.size[1] - 26, fit(f"{mh.name} - {name}", s.font, 6.5, w / 2), s.font, 6.5)
    return pages


def date_of(h: Head, d: date) -> str:
    return day(h, d)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note (A5 landscape, a narrow handheld slip or A4) with the
    pallet and bag counts, signed on receipt by the studio; the safety data sheets of the
    hazardous glaze materials delivered stapled behind."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    fmt = keyed(who, "dnfmt").choice(["a5", "a5", "slip", "a4"])
    d = some_day(rng)
    lines = material_lines(rng, rng.choice([2, 3, 4, 5, 7]), lg)
    if rng.random() < 0.6 and not any(x[4] for x in lines):
        k = rng.choice([i for i, x in enumerate(MATERIALS) if x[5]])
        code, en, de, fr, price, hz = MATERIALS[k]
        lines.append((code, tr(lg, en, de, fr), float(rng.choice([1, 2])), price, hz))
    dn = serial(rng, keyed(who, "dn").choice(["DN999999", "LS-999999", "BL99999"]))
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    signer = rng.choice(potters())
    if fmt == "slip":
        s = style_of(h, SLIP, margin=14, pt=7.5)
        w, _ = SLIP
        p = Page(SLIP)
        y = heading(p, s, h)
        p.text(w / 2, y, title, s.bold, 10, "center")
        y += 14
        for lab, val in [
            (tr(lg, "No.", "Nr.", "N°"), dn),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver").split()[0]),
            (tr(lg, "Route", "Tour", "Tournée"), serial(rng, "99")),
        ]:
            p.text(14, y, lab, s.font, 7)
            p.text(w - 14, y, val, "Courier", 7.5, "right")
            y += 9
        y += 4
        for ln in studio_lines()[:3]:
            p.text(14, y, fit(ln, s.font, 7, w - 28), s.font, 7)
            y += 8.5
        y += 6
        p.line(14, y - 6, w - 14, y - 6)
        for code, desc, q, _, _ in lines:
            p.text(14, y, fit(f"{code} {desc}", "Courier", 6.5, w - 50), "Courier", 6.5)
            p.text(w - 14, y, qty(q, lg), "Courier", 7, "right")
            y += 9
        p.line(14, y - 4, w - 14, y - 4)
        y += 10
        p.text(
            14,
            y,
            tr(lg, "Received in good order", "Ware vollständig erhalten", "Reçu en bon état"),
            s.font,
            7,
        )
        y += 26
        scrawl(p, 20, y - 4, signer, 11)
        p.line(14, y, w - 14, y)
        p.text(14, y + 9, fit(signer.upper(), HAND, 7.5, w - 28), HAND, 7.5)
        pages = [p]
    else:
        size = A5L if fmt == "a5" else A4
        s = style_of(h, size, margin=32 if fmt == "a5" else 0, pt=8 if fmt == "a5" else 0)
        w, _hh = size
        m = s.margin
        f = sheets(s, h, f"{title} {dn}")
        below = window(f.page, s, None, f.y, [*studio_lines(), ""])
        yy = pairs(
            f.page,
            s,
            w * 0.56,
            f.y,
            [
                (tr(lg, "Delivery note", "Lieferschein-Nr.", "Bon n°"), dn),
                (tr(lg, "Date", "Lieferdatum", "Date"), day(h, d)),
                (
                    tr(lg, "Account", "Kunden-Nr.", "Code client"),
                    serial(keyed(who, "acct"), "K99999"),
                ),
                (
                    tr(lg, "Packages", "Packstücke", "Colis"),
                    f"{rng.randint(1, 2)} {tr(lg, 'pallet(s)', 'Palette(n)', 'palette(s)')} / "
                    f"{rng.randint(3, 24)} {tr(lg, 'bags', 'Sack', 'sacs')}",
                ),
                (tr(lg, "Weight", "Gewicht", "Poids"), f"{rng.randint(60, 640)} kg"),
            ],
            w - m,
            s.size - 1,
        )
        f.y = max(below, yy) + 6
        caption(f, s, title, 2)
        cols = columns(
            m, w - m, [(1, "left"), (5, "left"), (1, "right"), (1, "right"), (1.2, "center")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Ordered", "Bestellt", "Cdé"),
                tr(lg, "Delivered", "Geliefert", "Livré"),
                tr(lg, "Batch", "Charge", "Lot"),
            ],
            [
                [
                    c,
                    dsc,
                    qty(q, lg),
                    qty(q, lg) if rng.random() < 0.9 else "0",
                    serial(rng, "99A99"),
                ]
                for c, dsc, q, _, _ in lines
            ],
            s,
            rules=True,
        )
        f.need(70)
        f.y += 10
        write(
            f,
            s,
            tr(
                lg,
                "Goods remain our property until paid for in full. Please check the goods on "
                "delivery and note any damage on this note.",
                "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Transportschäden "
                "bitte sofort auf dem Lieferschein vermerken.",
                "Marchandise voyageant aux risques du destinataire. Toute réserve doit être "
                "portée sur le bon à la livraison.",
            ),
            s.size - 1.5,
        )
        f.y += 18
        sign_line(
            f.page,
            s,
            m,
            f.y,
            150,
            tr(
                lg,
                "Received by (signature)",
                "Ware erhalten (Unterschrift)",
                "Reçu par (signature)",
            ),
            signer,
        )
        hand(f.page, m + 170, f.y - 3, f"{signer.split()[0]}  {short(d, lg)}", 9)
        if rng.random() < 0.3:
            hand(
                f.page,
                m + 300,
                f.y - 3,
                tr(home(), "1 bag split", "1 Sack beschädigt", "1 sac percé"),
                9,
            )
        pages = close(f.pages, s, h, numbers="none")
    abroad = keyed(who, "usds").random() < 0.3
    for _, desc, _, _, hz in lines:
        if hz and rng.random() < 0.8:
            pages.extend(sds_pages(rng, hz, desc, h, abroad and rng.random() < 0.6))
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, dn, lines))
    return pages


def tpl_kiln_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A kiln engineer's service report on the engineer's form: the kiln, the checklist with
    OK / fault / n/a boxes, the element resistance table, work done and parts fitted in hand,
    both signatures; now and then a framed kiln safety certificate on a page of its own."""
    h = head_of(who, "kiln")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    kilns = studio_kilns()
    make, model, kind, litres, sn = rng.choice(kilns)
    eng = staff(h, "engineer")
    no = serial(rng, "SR-99999")
    f = sheets(s, h)
    p = f.page
    title = tr(
        lg, "KILN SERVICE REPORT", "WARTUNGSPROTOKOLL BRENNOFEN", "RAPPORT D'INTERVENTION - FOUR"
    )
    p.text(m, f.y, title, s.bold, s.size + 4)
    p.text(w - m, f.y, f"No. {no}", "Courier-Bold", 10, "right")
    f.y += 14
    st = studio_head()
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), st.name),
            (tr(lg, "Date of visit", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{st.street}, {st.town}"),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (tr(lg, "Kiln make / model", "Hersteller / Typ", "Marque / modèle"), f"{make} {model}"),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), sn),
            (
                tr(lg, "Type / capacity", "Bauart / Volumen", "Type / volume"),
                f"{kiln_type(lg, kind)}, {litres} l",
            ),
            (
                tr(lg, "Controller", "Regler", "Régulateur"),
                rng.choice(["Stafford 6", "TC 507", "B 150", "Genesis", "Bentrup TC 88e"]),
            ),
            (
                tr(lg, "Reason for visit", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(lg, "annual service", "Jahreswartung", "entretien annuel"),
                        tr(
                            lg,
                            "slow firing / not reaching top temp",
                            "erreicht Endtemperatur nicht",
                            "n'atteint pas la température",
                        ),
                        tr(lg, "error E-04", "Fehler E-04", "erreur E-04"),
                    ]
                ),
            ),
            (
                tr(
                    lg,
                    "Firings since last service",
                    "Brände seit letzter Wartung",
                    "Cuissons depuis dernier entretien",
                ),
                str(rng.randint(40, 190)),
            ),
        ],
        per=2,
        tall=24,
    )
    p.text(m, f.y, tr(lg, "CHECKS", "PRÜFUNGEN", "CONTRÔLES"), s.bold, s.size)
    hdr = ["OK", tr(lg, "Fault", "Mangel", "Défaut"), "n/a"]
    for k, t in enumerate(hdr):
        p.text(w - m - 110 + k * 40, f.y, t, s.bold, 7.5, "center")
    f.y += 12
    checks = [
        tr(
            lg,
            "Elements - condition and connections",
            "Heizwendeln - Zustand und Anschlüsse",
            "Résistances - état et connexions",
        ),
        tr(
            lg,
            "Thermocouple and compensating cable",
            "Thermoelement und Ausgleichsleitung",
            "Thermocouple et câble de compensation",
        ),
        tr(
            lg,
            "Controller calibration (cone check)",
            "Reglerkalibrierung (Kegelkontrolle)",
            "Étalonnage du régulateur",
        ),
        tr(lg, "Contactors / relays", "Schütze / Relais", "Contacteurs / relais"),
        tr(
            lg,
            "Door / lid seal and brickwork",
            "Tür- bzw. Deckeldichtung, Ausmauerung",
            "Joint de porte / couvercle, briques",
        ),
        tr(lg, "Door safety interlock", "Türkontaktschalter", "Sécurité d'ouverture de porte"),
        tr(
            lg,
            "Earth continuity of case",
            "Schutzleiterverbindung Gehäuse",
            "Continuité de terre de l'enveloppe",
        ),
        tr(lg, "Insulation resistance", "Isolationswiderstand", "Résistance d'isolement"),
        tr(lg, "Ventilation / vent hood", "Abluft / Abzugshaube", "Ventilation / hotte"),
        tr(
            lg,
            "Clearances to walls and combustibles",
            "Abstände zu Wänden und Brennbarem",
            "Distances aux parois et matériaux combustibles",
        ),
    ]
    bad = set(rng.sample(range(len(checks)), rng.choice([0, 1, 1, 2])))
    for k, t in enumerate(checks):
        p.text(m + 4, f.y, fit(t, s.font, s.size - 1, w - 2 * m - 130), s.font, s.size - 1)
        pick = 1 if k in bad else (2 if k == 8 and rng.random() < 0.3 else 0)
        for j in range(3):
            bx = w - m - 114 + j * 40
            p.rect(bx, f.y - 7, 8, 8)
            if j == pick:
                hand(p, bx + 0.5, f.y, "x", 10)
        p.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 13
    f.y += 8
    p.text(
        m,
        f.y,
        tr(
            lg,
            "ELEMENT RESISTANCE (ohms)",
            "WIDERSTAND HEIZWENDELN (Ohm)",
            "RÉSISTANCE DES ÉLÉMENTS (ohms)",
        ),
        s.bold,
        s.size,
    )
    f.y += 12
    n_el = rng.choice([3, 4, 6])
    nominal = rng.choice([14.2, 18.6, 22.5, 9.8])
    cols = columns(m, w - m, [(1.5, "left")] + [(1, "center")] * n_el)
    x0 = cols[0][0]
    for r_i, lab in enumerate(
        [
            tr(lg, "Element", "Wendel", "Élément"),
            tr(lg, "Nominal", "Soll", "Nominal"),
            tr(lg, "Measured", "Gemessen", "Mesuré"),
        ]
    ):
        p.rect(x0 - 2, f.y - 9, cols[-1][1] - x0 + 4, 13)
        p.text(x0 + 2, f.y, lab, s.bold if r_i == 0 else s.font, 8)
        for j in range(n_el):
            c = cols[j + 1]
            if r_i == 0:
                t, font = str(j + 1), s.bold
            elif r_i == 1:
                t, font = qty(nominal, lg), s.font
            else:
                t, font = qty(round(nominal * rng.uniform(1.01, 1.14), 1), lg), HAND
            p.text((c[0] + c[1]) / 2, f.y, t, font, 8.5, "center")
        f.y += 13
    f.y += 10
    p.text(
        m,
        f.y,
        tr(
            lg,
            "Work carried out / parts fitted",
            "Ausgeführte Arbeiten / Ersatzteile",
            "Travaux réalisés / pièces remplacées",
        ),
        s.bold,
        s.size,
    )
    f.y += 4
    p.rect(m, f.y, w - 2 * m, 70)
    work = rng.sample(
        [
            tr(
                lg,
                "Replaced thermocouple type S",
                "Thermoelement Typ S getauscht",
                "Remplacement thermocouple type S",
            ),
            tr(
                lg,
                "Tightened element tails, new porcelain connectors",
                "Wendelanschlüsse nachgezogen, Porzellanklemmen neu",
                "Resserrage des queues, bornes porcelaine neuves",
            ),
            tr(
                lg,
                "Lid brick repaired with cement",
                "Deckelstein mit Kitt repariert",
                "Brique de couvercle réparée au ciment",
            ),
            tr(
                lg,
                "Contactor replaced (worn contacts)",
                "Schütz getauscht (Kontakte verschlissen)",
                "Contacteur remplacé (contacts usés)",
            ),
            tr(
                lg,
                "Test firing to cone 6 - OK",
                "Probebrand bis 1220 C - i.O.",
                "Cuisson d'essai à 1220 C - OK",
            ),
            tr(
                lg,
                "Vacuumed element grooves, advised new elements within 50 firings",
                "Nuten gereinigt, neue Wendeln in ca. 50 Bränden empfohlen",
                "Nettoyage des gorges, résistances à prévoir sous 50 cuissons",
            ),
        ],
        rng.randint(2, 4),
    )
    for k, t in enumerate(work):
        hand(p, m + 6, f.y + 14 + k * 14, t, 9, w - 2 * m - 12)
    f.y += 88
    p.text(m, f.y, f"{tr(lg, 'Time on site', 'Arbeitszeit', 'Temps passé')}: ", s.font, s.size - 1)
    hand(p, m + 80, f.y, f"{rng.randint(1, 3)}h {rng.choice([0, 15, 30, 45]):02d}", 9.5)
    p.text(
        w / 2,
        f.y,
        tr(lg, "Kiln safe to use:", "Ofen betriebssicher:", "Four apte à l'utilisation :"),
        s.font,
        s.size - 1,
    )
    ok = not bad or rng.random() < 0.8
    ticks(p, s, w - m - 90, f.y, 90, yes_no(lg), {0 if ok else 1})
    f.y += 40
    sign_line(p, s, m, f.y, 170, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    sign_line(
        p,
        s,
        w - m - 170,
        f.y,
        170,
        tr(lg, "Customer", "Kunde", "Client"),
        rng.choice(potters()[:2]),
    )
    pages = [p]
    if ok and keyed(who, "cert").random() < 0.45:
        c = Page(A4)
        c.rect(36, 36, w - 72, hh - 72)
        c.rect(42, 42, w - 84, hh - 84)
        y = heading(c, s, h, 90)
        y += 30
        c.text(
            w / 2,
            y,
            tr(
                lg,
                "CERTIFICATE OF KILN SAFETY INSPECTION",
                "PRÜFBESCHEINIGUNG BRENNOFEN",
                "ATTESTATION DE VÉRIFICATION DE FOUR",
            ),
            s.bold,
            15,
            "center",
        )
        y += 40
        for lab, val in [
            (
                tr(lg, "Premises", "Betriebsstätte", "Établissement"),
                f"{st.name}, {st.street}, {st.town}",
            ),
            (tr(lg, "Kiln", "Ofen", "Four"), f"{make} {model} ({kiln_type(lg, kind)}, {litres} l)"),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), sn),
            (tr(lg, "Inspected on", "Geprüft am", "Vérifié le"), day(h, d)),
            (
                tr(lg, "Next inspection due", "Nächste Prüfung", "Prochaine vérification"),
                day(h, d + timedelta(days=365)),
            ),
        ]:
            c.text(110, y, lab, s.font, 10)
            c.text(260, y, fit(val, s.bold, 10, w - 340), s.bold, 10)
            y += 22
        y += 20
        for ln in wrap(words(rng, lg, "kiln", 30), s.font, 9, w - 220):
            c.text(110, y, ln, s.font, 9)
            y += 13
        seal(
            c, w / 2, y + 90, 42, h.name.split(" - ")[0], tr(lg, "INSPECTED", "GEPRÜFT", "VÉRIFIÉ")
        )
        sign_line(c, s, 110, y + 190, 160, eng, eng)
        c.text(w - 110, y + 199, no, "Courier", 8, "right")
        pages.append(c)
    received(rng, pages[0], d, 0.15)
    remember(d)
    return close(pages, s, h, numbers="none")


EICR = {
    "en": [
        ("A", "Details of the person ordering the report", "client"),
        ("B", "Reason for producing this report", "reason"),
        ("C", "Details of the installation which is the subject of this report", "install"),
        ("D", "Extent and limitations of inspection and testing", "prose"),
        ("E", "Summary of the condition of the installation", "summary"),
        ("F", "Observations and recommendations", "obs"),
        ("G", "Declaration", "declare"),
    ],
    "de": [
        ("1", "Auftraggeber", "client"),
        ("2", "Prüfanlass", "reason"),
        ("3", "Anlage / Betriebsstätte", "install"),
        ("4", "Umfang der Prüfung", "prose"),
        ("5", "Besichtigen - festgestellte Mängel", "obs"),
        ("6", "Ergebnis", "summary"),
        ("7", "Prüfer", "declare"),
    ],
    "fr": [
        ("1", "Renseignements généraux", "client"),
        ("2", "Objet de la vérification", "reason"),
        ("3", "Caractéristiques de l'installation", "install"),
        ("4", "Étendue de la mission et limites", "prose"),
        ("5", "Synthèse de la vérification", "summary"),
        ("6", "Observations", "obs"),
        ("7", "Intervenant", "declare"),
    ],
}


INSPECT = {
    "en": [
        (
            "1.0 Intake equipment",
            [
                "Service cable and head",
                "Meter tails and isolator",
                "Person ordering work advised of defects",
            ],
        ),
        ("2.0 Parallel or switched alternative sources", ["Not applicable to this installation"]),
        (
            "3.0 Earthing and bonding",
            [
                "Main earthing conductor",
                "Main protective bonding to water",
                "Main protective bonding to gas",
                "Earth electrode (TT only)",
            ],
        ),
        (
            "4.0 Consumer unit / distribution board",
            [
                "Adequacy of working space and access",
                "Security of fixing",
                "Condition of enclosure",
                "RCD test button operation",
                "Circuit charts and labels",
                "Protection against mechanical damage where cables enter",
            ],
        ),
        (
            "5.0 Final circuits",
            [
                "Identification of conductors",
                "Cables correctly supported",
                "Condition of insulation",
                "Adequacy of cables for current-carrying capacity",
                "RCD protection for socket outlets up to 32 A",
                "Kiln isolators within reach and labelled",
            ],
        ),
        ("6.0 Location(s) containing a bath or shower", ["Not applicable"]),
    ],
    "de": [
        (
            "Hausanschluss und Zählerplatz",
            ["Hausanschlusskasten", "Zählerplatz und Hauptschalter", "Überspannungsschutz"],
        ),
        (
            "Erdung und Potentialausgleich",
            [
                "Haupterdungsschiene",
                "Schutzpotentialausgleich Wasser",
                "Schutzpotentialausgleich Heizung",
            ],
        ),
        (
            "Verteiler",
            [
                "Zustand Gehäuse",
                "Beschriftung der Stromkreise",
                "Prüftaste FI betätigt",
                "Staubfreiheit",
                "Schutz gegen direktes Berühren",
            ],
        ),
        (
            "Endstromkreise",
            [
                "Leitungsverlegung",
                "Steckdosen und Schalter",
                "CEE-Dosen Brennöfen",
                "Ortsveränderliche Leitungen",
                "Not-Aus Werkstatt",
            ],
        ),
    ],
    "fr": [
        (
            "A. Origine de l'installation",
            [
                "Appareil général de commande et de protection",
                "Dispositif de coupure d'urgence",
                "Prise de terre",
            ],
        ),
        (
            "B. Tableau de répartition",
            [
                "État de l'enveloppe",
                "Repérage des circuits",
                "Test des dispositifs différentiels",
                "Empoussièrement",
            ],
        ),
        (
            "C. Circuits",
            [
                "Section des conducteurs",
                "Protection contre les surintensités",
                "Prises de courant atelier",
                "Alimentation des fours",
                "Câbles souples et prolongateurs",
            ],
        ),
        ("D. Locaux particuliers", ["Locaux humides (évier, émaillage)", "Éclairage de sécurité"]),
    ],
}


def tpl_electrical_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An electrician's inspection report of the studio's installation: the numbered sections
    (EICR, Prüfprotokoll DGUV Vorschrift 3, rapport de vérification) with ticks and hand
    entries, the observations with their codes, the schedule of circuits and test results on
    a landscape page, the inspector's declaration and signature; 'Page i of n' throughout."""
    h = head_of(who, "electrician")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    st = studio_head()
    insp = staff(h, "inspector")
    no = serial(rng, keyed(who, "no").choice(["EICR/99999", "PR-2025-999", "RV 99-9999"]))
    title = tr(
        lg,
        "ELECTRICAL INSTALLATION CONDITION REPORT",
        "PRÜFPROTOKOLL ELEKTRISCHE ANLAGEN UND BETRIEBSMITTEL",
        "RAPPORT DE VÉRIFICATION DES INSTALLATIONS ÉLECTRIQUES",
    )
    sub = tr(
        lg,
        "Requirements for electrical installations BS 7671",
        "nach DGUV Vorschrift 3 / DIN VDE 0105-100",
        "Vérification périodique - articles R.4226-14 à R.4226-21 du Code du travail",
    )
    f = sheets(s, h, f"{title} - {no}")
    caption(f, s, title, 2)
    f.page.text(m, f.y - 6, sub, italic_of(s.font), 8)
    f.page.text(
        w - m,
        f.y - 6,
        f"{tr(lg, 'Report no.', 'Protokoll-Nr.', 'Rapport n°')} {no}",
        "Courier-Bold",
        8.5,
        "right",
    )
    f.y += 10
    circuits = [
        (tr(lg, "Kiln 1 (radial)", "Brennofen 1", "Four 1"), "32", "6.0", "C"),
        (tr(lg, "Kiln 2 (radial)", "Brennofen 2", "Four 2"), "32", "6.0", "C"),
        (
            tr(
                lg,
                "Wheels / workshop sockets",
                "Steckdosen Werkstatt / Drehscheiben",
                "Prises atelier / tours",
            ),
            "20",
            "2.5",
            "B",
        ),
        (tr(lg, "Shop sockets", "Steckdosen Laden", "Prises boutique"), "20", "2.5", "B"),
        (
            tr(lg, "Lighting workshop", "Beleuchtung Werkstatt", "Éclairage atelier"),
            "6",
            "1.5",
            "B",
        ),
        (tr(lg, "Lighting shop", "Beleuchtung Laden", "Éclairage boutique"), "6", "1.5", "B"),
        (tr(lg, "Extractor fan", "Abluftventilator", "Extracteur"), "16", "2.5", "B"),
        (tr(lg, "Water heater", "Durchlauferhitzer", "Chauffe-eau"), "16", "2.5", "B"),
        (tr(lg, "Pug mill", "Tonschneider", "Boudineuse"), "16", "2.5", "C"),
        (tr(lg, "Spare", "Reserve", "Réserve"), "16", "2.5", "B"),
    ][: rng.randint(6, 10)]
    obs_pool = [
        (
            tr(
                lg,
                "No RCD protection to kiln circuit 2",
                "Kein FI-Schutz für Brennofen 2",
                "Absence de DDR sur le circuit four 2",
            ),
            "C2",
        ),
        (
            tr(
                lg,
                "Socket outlet near sink - damaged faceplate",
                "Steckdose am Spülbecken beschädigt",
                "Prise près de l'évier endommagée",
            ),
            "C2",
        ),
        (
            tr(
                lg,
                "Clay dust accumulation in consumer unit",
                "Tonstaub im Verteiler",
                "Accumulation de poussière d'argile dans le tableau",
            ),
            "C3",
        ),
        (
            tr(
                lg,
                "Labelling of circuits incomplete",
                "Stromkreise nicht vollständig beschriftet",
                "Repérage des circuits incomplet",
            ),
            "C3",
        ),
        (
            tr(
                lg,
                "Flexible cable to wheel run across floor",
                "Zuleitung Drehscheibe über Fußboden verlegt",
                "Câble du tour posé au sol",
            ),
            "C3",
        ),
        (
            tr(
                lg,
                "Main bonding to water not verified",
                "Schutzpotentialausgleich Wasser nicht nachweisbar",
                "Liaison équipotentielle eau non vérifiée",
            ),
            "FI",
        ),
    ]
    obs = rng.sample(obs_pool, rng.randint(1, 4))
    sat = all(c != "C2" for _, c in obs) or rng.random() < 0.2
    for code, sec, role in EICR[lg]:
        f.need(70)
        f.y = band(f.page, s, f.y + 4, f"{code}. {sec}") + 6
        if role == "client":
            f.y = fields(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    (tr(lg, "Name", "Name", "Nom"), st.name),
                    (tr(lg, "Address", "Anschrift", "Adresse"), f"{st.street}, {st.town}"),
                ],
                per=2,
                tall=24,
            )
        elif role == "reason":
            f.y = ticks(
                f.page,
                s,
                m,
                f.y + 4,
                w - 2 * m,
                [
                    tr(
                        lg, "Periodic inspection", "Wiederholungsprüfung", "Vérification périodique"
                    ),
                    tr(lg, "Change of occupancy", "Nutzungsänderung", "Changement d'occupant"),
                    tr(
                        lg,
                        "Insurer's request",
                        "Forderung des Versicherers",
                        "Demande de l'assureur",
                    ),
                    tr(lg, "New kiln installed", "Neuer Brennofen", "Nouveau four"),
                ],
                {0, rng.choice([2, 3])},
            )
        elif role == "install":
            f.y = fields(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    (
                        tr(
                            lg,
                            "Description of premises",
                            "Art der Betriebsstätte",
                            "Nature de l'établissement",
                        ),
                        tr(
                            lg,
                            "Pottery workshop and shop",
                            "Keramikwerkstatt mit Laden",
                            "Atelier de céramique et boutique",
                        ),
                    ),
                    (
                        tr(lg, "Estimated age of wiring", "Alter der Anlage (ca.)", "Âge estimé"),
                        f"{rng.randint(8, 40)} {tr(lg, 'years', 'Jahre', 'ans')}",
                    ),
                    (
                        tr(lg, "Earthing arrangement", "Netzform", "Schéma de liaison"),
                        rng.choice(["TN-C-S", "TN-S", "TT"]),
                    ),
                    (
                        tr(lg, "Supply", "Einspeisung", "Alimentation"),
                        rng.choice(["230 V 1-ph 100 A", "400 V 3-ph 63 A", "400/230 V TN 80 A"]),
                    ),
                    (
                        tr(lg, "Ze / PFC", "Ze / Ik", "Ze / Icc"),
                        f"{rng.uniform(0.12, 0.45):.2f} ohm / {rng.uniform(1.2, 4.8):.1f} kA",
                    ),
                    (
                        tr(lg, "Main switch rating", "Hauptschalter", "Interrupteur général"),
                        f"{rng.choice([63, 80, 100])} A",
                    ),
                ],
                per=2,
                tall=24,
            )
        elif role == "summary":
            f.y = ticks(
                f.page,
                s,
                m,
                f.y + 4,
                w - 2 * m,
                [
                    tr(lg, "SATISFACTORY", "keine Mängel festgestellt", "Installation conforme"),
                    tr(lg, "UNSATISFACTORY", "Mängel festgestellt", "Non-conformités relevées"),
                ],
                {0 if sat else 1},
                9,
            )
            hand(f.page, m, f.y + 2, words(rng, lg, "kiln", 9), 8.5, w - 2 * m)
            f.y += 18
        elif role == "obs":
            for t, c in obs:
                f.need(14)
                f.page.text(m + 4, f.y, fit(t, s.font, s.size, w - 2 * m - 60), s.font, s.size)
                f.page.text(w - m - 4, f.y, c, s.bold, s.size, "right")
                f.page.line(m, f.y + 4, w - m, f.y + 4)
                f.y += 13
            f.y += 4
        elif role == "declare":
            write(f, s, words(rng, lg, "kiln", 24), 7.5)
            f.need(50)
            f.y += 16
            sign_line(
                f.page,
                s,
                m,
                f.y,
                180,
                f"{tr(lg, 'Inspected by', 'Prüfer', 'Vérificateur')}: {insp}",
                insp,
            )
            f.page.text(m + 220, f.y - 2, day(h, d), HAND, 9)
            f.y += 24
        else:
            write(f, s, prose(rng, lg, "kiln", 1, 2), 7.5)
    if keyed(who, "insp").random() < 0.7:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Schedule of inspections",
                "Besichtigung - Prüfpunkte",
                "Liste des points vérifiés",
            ),
            1,
            rule=True,
        )
        outcome = [tr(lg, "ok", "i.O.", "C"), "N/A", "LIM", "C3", "C2"]
        k = 0
        for grp, items in INSPECT[lg]:
            f.heading(m, grp, s.bold, s.size)
            for it in items:
                k += 1
                f.need(12)
                f.page.text(m + 6, f.y, f"{k}.", s.font, s.size - 0.5)
                f.page.text(
                    m + 26, f.y, fit(it, s.font, s.size - 0.5, w - 2 * m - 90), s.font, s.size - 0.5
                )
                o = rng.choices(outcome, [20, 4, 1, 2, 0 if sat else 1])[0]
                if it.startswith("Not applicable"):
                    o = "N/A"
                f.page.rect(w - m - 40, f.y - 8, 40, 11)
                hand(f.page, w - m - 34, f.y, o, 8.5)
                f.y += 12
    land = Page(A4L)
    ls = paper(s, A4L, margin=36, pt=7.5)
    lw, lh = A4L
    land.text(
        36,
        34,
        tr(
            lg,
            "SCHEDULE OF CIRCUIT DETAILS AND TEST RESULTS",
            "MESSPROTOKOLL STROMKREISE",
            "TABLEAU DES CIRCUITS ET RÉSULTATS DE MESURE",
        ),
        ls.bold,
        10,
    )
    land.text(lw - 36, 34, f"{no}  -  {st.name}", ls.font, 7.5, "right")
    land.text(
        36,
        48,
        f"{tr(lg, 'DB reference', 'Verteiler', 'Tableau')}: {rng.choice(['DB1', 'UV1', 'TD-1'])}   "
        + tr(
            lg,
            "Location: workshop, by the door",
            "Ort: Werkstatt, neben der Tür",
            "Emplacement : atelier, près de la porte",
        ),
        ls.font,
        7.5,
    )
    lf = Sheets(A4L, lh - 50, lambda p, n: 66.0)
    lf.pages = [land]
    lf.page = land
    lf.y = 66.0
    cols = columns(
        36,
        lw - 36,
        [
            (0.5, "center"),
            (3, "left"),
            (1, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.9, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (0.8, "center"),
            (1, "center"),
        ],
    )
    rows = []
    for k, (desc, amp, csa, curve) in enumerate(circuits, 1):
        rows.append(
            [
                str(k),
                desc,
                f"{curve}{amp}",
                csa,
                str(rng.randint(1, 8)) if "ock" in desc or "ose" in desc or "rise" in desc else "1",
                f"{rng.uniform(0.2, 0.9):.2f}",
                f"{rng.uniform(0.35, 1.3):.2f}",
                ">200" if rng.random() < 0.7 else f"{rng.randint(20, 199)}",
                "ok",
                str(rng.choice([30, 30, 30, 0])),
                f"{rng.randint(14, 28)}",
            ]
        )
    table(
        lf,
        cols,
        [
            "No",
            tr(lg, "Circuit", "Stromkreis", "Circuit"),
            "OCPD",
            "mm2",
            tr(lg, "Points", "Anz.", "Pts"),
            "R1+R2",
            "Zs",
            "IR MOhm",
            tr(lg, "Pol.", "Pol.", "Pol."),
            "RCD mA",
            "RCD ms",
        ],
        rows,
        ls,
        7.5,
        rules=True,
        step=2.0,
    )
    hand(land, 40, lf.y + 14, words(rng, lg, "kiln", 8), 8.5, lw - 80)
    pages = [*f.pages, *lf.pages]
    pages = close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFFF: classes, makers and galleries
# ---------------------------------------------------------------------------------------------

# English, German, French, price GBP, price EUR, sessions
COURSES: list[tuple[str, str, str, float, float, int]] = [
    (
        "Taster evening - wheel throwing",
        "Schnupperabend Drehscheibe",
        "Soirée découverte du tour",
        45.0,
        49.0,
        1,
    ),
    (
        "Beginners' wheel course (6 weeks)",
        "Drehkurs für Anfänger (6 Abende)",
        "Stage tournage débutants (6 séances)",
        240.0,
        260.0,
        6,
    ),
    ("Hand-building weekend", "Wochenendkurs Aufbaukeramik", "Week-end modelage", 165.0, 180.0, 2),
    ("Raku firing day", "Raku-Brenntag", "Journée cuisson raku", 110.0, 120.0, 1),
    (
        "Kids' clay club (term)",
        "Kinder-Töpferkurs (Trimester)",
        "Atelier enfants (trimestre)",
        120.0,
        135.0,
        10,
    ),
    (
        "Private lesson for two",
        "Privatstunde für zwei",
        "Cours particulier pour deux",
        130.0,
        140.0,
        1,
    ),
    ("Glaze chemistry workshop", "Glasurkurs", "Atelier chimie des émaux", 95.0, 110.0, 1),
]


def course_name(lg: str, k: int) -> str:
    return tr(lg, *COURSES[k][:3])


def course_price(lg: str, k: int) -> float:
    return COURSES[k][3] if lg == "en" else COURSES[k][4]


MAIL_HOSTS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
}


def tpl_class_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's class booking form filled in by hand: the course ticked, the dates, the
    participant's details, experience, health notes, how they heard of the studio, payment,
    photo consent, signature and the office-use box; A4 or A5; now and then the booking
    terms signed on a page of their own."""
    h = studio_head()
    lg = h.lang
    size = A5 if keyed(who, "bsize").random() < 0.5 else A4
    small = size == A5
    s = style_of(h, size, margin=30 if small else 0, pt=8 if small else 0)
    w, hh = s.page_size
    m = s.margin
    k = keyed(who, "course").randrange(len(COURSES))
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(5, 40))
    who_lines = customer(rng)
    name = who_lines[0]
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(lg, "CLASS BOOKING FORM", "ANMELDUNG ZUM KURS", "BULLETIN D'INSCRIPTION"),
        s.bold,
        s.size + 4,
        "center",
    )
    y += 18
    y = band(p, s, y, tr(lg, "1. Course", "1. Kurs", "1. Stage")) + 8
    opts = [course_name(lg, j) for j in range(len(COURSES))]
    y = ticks(p, s, m, y, w - 2 * m, opts, {k}, 7.5 if small else 8)
    p.text(m, y, tr(lg, "Date(s):", "Termin(e):", "Date(s) :"), s.font, s.size)
    hand(
        p,
        m + 60,
        y,
        short(start, lg) + (f" + {COURSES[k][5] - 1}" if COURSES[k][5] > 1 else ""),
        9.5,
    )
    p.text(
        w / 2, y, tr(lg, "No. of places:", "Anzahl Plätze:", "Nombre de places :"), s.font, s.size
    )
    hand(p, w / 2 + 80, y, str(rng.choice([1, 1, 1, 2])), 9.5)
    y += 18
    y = band(p, s, y, tr(lg, "2. Your details", "2. Ihre Angaben", "2. Vos coordonnées")) + 6
    host = rng.choice(MAIL_HOSTS[lg])
    mail = f"{name.split()[0].lower()}.{name.split()[1].lower()}@{host}"
    mail = mail.encode("ascii", "ignore").decode()
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom, prénom"), name),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(rng, rng.choice(["07999 999999", "0179 9999999", "06 99 99 99 99"])),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{who_lines[1]}, {who_lines[2]}"),
            (tr(lg, "E-mail", "E-Mail", "Courriel"), mail),
        ],
        per=2,
        tall=22 if small else 26,
    )
    p.text(m, y, tr(lg, "Experience:", "Vorkenntnisse:", "Expérience :"), s.font, s.size)
    ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        [
            tr(lg, "none", "keine", "aucune"),
            tr(lg, "some", "etwas", "un peu"),
            tr(lg, "experienced", "fortgeschritten", "confirmé"),
        ],
        {rng.choice([0, 0, 1, 2])},
        7.5,
    )
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            "Health, allergies, access needs:",
            "Gesundheit, Allergien, Barrierefreiheit:",
            "Santé, allergies, accessibilité :",
        ),
        s.font,
        s.size - 0.5,
    )
    y += 12
    hand(
        p,
        m + 6,
        y,
        rng.choice(
            [
                "-",
                "none",
                tr(lg, "latex allergy", "Latexallergie", "allergie au latex"),
                tr(lg, "bad back - prefer a stool", "Rückenprobleme", "mal de dos"),
                "",
            ]
        ),
        9.5,
    )
    p.line(m, y + 3, w - m, y + 3)
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            "How did you hear about us?",
            "Wie haben Sie von uns erfahren?",
            "Comment nous avez-vous connus ?",
        ),
        s.font,
        s.size - 0.5,
    )
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            tr(lg, "friend", "Freunde", "bouche à oreille"),
            "Instagram",
            tr(lg, "website", "Website", "site web"),
            tr(lg, "gift voucher", "Gutschein", "bon cadeau"),
            tr(lg, "passing by", "vorbeigekommen", "en passant"),
        ],
        {rng.randrange(5)},
        7.5,
    )
    y = band(p, s, y + 2, tr(lg, "3. Payment", "3. Zahlung", "3. Règlement")) + 8
    pay = rng.randrange(4)
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "card in studio", "EC-Karte im Atelier", "carte bancaire"),
            tr(lg, "bank transfer", "Überweisung", "virement"),
            tr(lg, "cash", "bar", "espèces"),
            tr(lg, "gift voucher no.", "Gutschein Nr.", "bon cadeau n°"),
        ],
        {pay},
        7.5,
    )
    if pay == 3:
        hand(p, w - m - 70, y - 16, serial(rng, "GV-999"), 9)
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "I am happy for photos of me in class to be used on social media",
                "Fotos von mir im Kurs dürfen in sozialen Medien verwendet werden",
                "J'accepte que des photos prises pendant le stage soient publiées",
            )
        ],
        {0} if rng.random() < 0.7 else set(),
        7.5,
    )
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "I have read and accept the booking terms.",
            "Ich habe die Teilnahmebedingungen gelesen und akzeptiere sie.",
            "J'ai lu et j'accepte les conditions d'inscription.",
        ),
        s.font,
        s.size - 0.5,
    )
    y += 28
    sign_line(p, s, m, y, 140, tr(lg, "Signature", "Unterschrift", "Signature"), name)
    hand(p, m + 170, y - 3, short(d, lg), 9.5)
    p.text(m + 170, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 22
    if y < hh - 60:
        p.rect(m, y, w - 2 * m, 30, fill=0.93)
        p.text(
            m + 4,
            y + 9,
            tr(
                lg,
                "Office use:  paid / ref / entered in diary",
                "Intern:  bezahlt / Beleg / im Kalender",
                "Réservé à l'atelier :  payé / réf. / agenda",
            ),
            s.font,
            6.5,
        )
        hand(
            p,
            m + 10,
            y + 23,
            f"{tr(lg, 'pd', 'bez.', 'payé')} {money(course_price(lg, k), lg)}  "
            f"{serial(rng, '999')}  {rng.choice(potters()).split()[0][:1]}.",
            9,
        )
    pages = [p]
    if keyed(who, "terms").random() < 0.4:
        q = Page(size)
        yy = m
        q.text(
            w / 2,
            yy,
            tr(lg, "Booking terms", "Teilnahmebedingungen", "Conditions d'inscription"),
            s.bold,
            s.size + 2,
            "center",
        )
        yy += 20
        heads = [
            tr(lg, "Payment", "Zahlung", "Paiement"),
            tr(
                lg,
                "Cancellation by you",
                "Rücktritt durch Teilnehmende",
                "Annulation par le participant",
            ),
            tr(lg, "Cancellation by us", "Absage durch das Atelier", "Annulation par l'atelier"),
            tr(lg, "Clay and firing", "Ton und Brände", "Terre et cuissons"),
            tr(lg, "Collection of work", "Abholung der Arbeiten", "Retrait des pièces"),
            tr(lg, "Health and safety", "Sicherheit", "Sécurité"),
        ]
        for j, t in enumerate(heads, 1):
            q.text(m, yy, f"{j}. {t}", s.bold, s.size - 0.5)
            yy += s.size * 1.4
            for ln in wrap(prose(rng, lg, "class", 1, 2), s.font, s.size - 1, w - 2 * m):
                q.text(m, yy, ln, s.font, s.size - 1)
                yy += (s.size - 1) * 1.35
            yy += 5
        yy = min(yy + 20, hh - 50)
        sign_line(q, s, m, yy, 140, tr(lg, "Signed", "Unterschrift", "Lu et approuvé"), name)
        pages.append(q)
    remember(d, (name, who_lines, k, start))
    return pages


def tpl_course_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's invoice for a course: to a participant after the booking form, or to a
    firm for a team day; the course fee, clay and firing charges, a voucher deducted, the
    small-business VAT note or VAT; A4 or A5, now and then stamped paid."""
    h = studio_head()
    lg = h.lang
    size = A5 if keyed(who, "isize").random() < 0.4 else A4
    small = size == A5
    s = style_of(h, size, margin=32 if small else 0, pt=8 if small else 0)
    w, hh = s.page_size
    m = s.margin
    prev = extra(("class_booking",))
    d = last_day(rng, ("class_booking",), (0, 3))
    if isinstance(prev, tuple):
        _name, lines0, k, start = prev
        lines = list(lines0)
    else:
        lines = customer(rng)
        k = rng.randrange(len(COURSES))
        start = d + timedelta(days=rng.randint(-10, 20))
        if rng.random() < 0.25:
            firm = rng.choice(SENDERS["shop"][lg] + SENDERS["insurer"][lg])
            lines = [
                firm[0],
                tr(lg, "FAO", "z. Hd.", "À l'attention de") + f" {person(rng, lg)}",
                firm[1],
                firm[2],
            ]
            k = 2
    places = 1 if len(lines) == 3 else rng.randint(6, 14)
    no = f"{tr(lg, 'C', 'K', 'C')}{month().year % 100}-{rng.randint(100, 480):03d}"
    f = sheets(s, h)
    recipient(f, s, h, lines, d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)])
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    small_biz = lg != "en" and keyed(who, "kl").random() < 0.5
    price = course_price(lg, k)
    rows = [
        [
            course_name(lg, k),
            short(start, lg),
            str(places),
            money(price, lg),
            money(price * places, lg),
        ]
    ]
    net = price * places
    if rng.random() < 0.5:
        kg = rng.choice([2.5, 5, 7.5])
        clay = kg * (2.0 if lg == "en" else 2.5) * places
        rows.append(
            [
                tr(
                    lg,
                    "Clay and firing (per kg fired)",
                    "Ton und Brennkosten (je kg)",
                    "Terre et cuisson (au kg)",
                ),
                "",
                qty(kg * places, lg),
                money(clay / (kg * places), lg),
                money(clay, lg),
            ]
        )
        net += clay
    if places == 1 and rng.random() < 0.25:
        rows.append(
            [
                tr(lg, "Gift voucher redeemed", "Gutschein eingelöst", "Bon cadeau déduit"),
                serial(rng, "GV-999"),
                "1",
                money(-50.0, lg),
                money(-50.0, lg),
            ]
        )
        net -= 50.0
    cols = columns(
        m, w - m, [(3.2, "left"), (1.2, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    if small_biz:
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0,
            note=tr(
                lg,
                "",
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, article 293 B du CGI.",
            ),
        )
    else:
        totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days to the account below, quoting the invoice number.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der "
            "Rechnungsnummer.",
            "Règlement à réception par virement ou chèque à l'ordre de l'atelier.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        stamp(
            pages[0],
            w - m - 130,
            f.y - 10 if f.y < hh - 80 else hh - 140,
            [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d + timedelta(days=rng.randint(0, 9)), lg)],
        )
    remember(d)
    return pages


MEMBER_CLAUSES = {
    "en": [
        "Membership and space",
        "Fees and deposit",
        "Access and keys",
        "Use of kilns and firing charges",
        "Materials, glazes and storage",
        "Health and safety",
        "Insurance",
        "Your business",
        "Studio shop and open studios",
        "Ending the membership",
    ],
    "de": [
        "Gegenstand",
        "Nutzungsentgelt und Kaution",
        "Zugang und Schlüssel",
        "Nutzung der Brennöfen",
        "Material, Glasuren und Lagerflächen",
        "Arbeitssicherheit",
        "Versicherung und Haftung",
        "Selbständige Tätigkeit",
        "Werkstattladen und offene Ateliers",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Redevance et dépôt de garantie",
        "Accès et clés",
        "Utilisation des fours",
        "Matériaux, émaux et rangements",
        "Hygiène et sécurité",
        "Assurance et responsabilité",
        "Activité indépendante",
        "Boutique et portes ouvertes",
        "Résiliation",
    ],
}


def tpl_membership_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's membership agreement with an independent maker: the parties, the plan
    ticked, fees, deposit and shelf, numbered clauses flowing over pages, the house rules
    and the firing price list, and a signature page signed by both; numbered from page 2."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    maker = customer(rng)
    trade = rng.choice(
        [
            tr(lg, "ceramic jewellery", "Keramikschmuck", "bijoux en céramique"),
            tr(lg, "tableware", "Gebrauchsgeschirr", "arts de la table"),
            tr(lg, "sculptural ceramics", "Keramikobjekte", "sculpture céramique"),
            tr(lg, "tiles", "Fliesen", "carreaux"),
        ]
    )
    title = tr(
        lg,
        "Studio Membership Agreement",
        "Nutzungsvertrag Werkstattplatz",
        "Convention de mise à disposition d'un poste en atelier partagé",
    )
    f = sheets(s, h, f"{h.name} - {title} - {maker[0]}")
    caption(f, s, title, 4)
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        "(" + tr(lg, "the Studio", "nachfolgend Werkstatt", "ci-après l'atelier") + ")",
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{maker[0]}, {maker[1]}, {maker[2]} "
        f"({tr(lg, 'the Member', 'nachfolgend Mitglied', 'ci-après le membre')}), {trade}",
        indent=20,
    )
    plan = rng.randrange(3)
    fees = [(320.0, 190.0, 60.0), (350.0, 210.0, 70.0), (330.0, 200.0, 65.0)][
        ["en", "de", "fr"].index(lg)
    ]
    f.y += 4
    ticks(
        f.page,
        s,
        s.margin,
        f.y,
        w - 2 * m,
        [
            f"{tr(lg, 'Full-time bench', 'Vollzeitplatz', 'Poste plein temps')} "
            f"{cash(fees[0], lg)}",
            f"{tr(lg, 'Part-time (3 days)', 'Teilzeit (3 Tage)', 'Temps partiel (3 j)')} "
            f"{cash(fees[1], lg)}",
            f"{tr(lg, 'Firing only', 'Nur Brennen', 'Cuissons seules')} {cash(fees[2], lg)}",
        ],
        {plan},
    )
    f.y += 20
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Start date", "Beginn", "Date d'effet"), short(add_months(d, 1), lg)),
            (
                tr(lg, "Shelf / bench no.", "Regal / Platz Nr.", "Étagère / poste n°"),
                f"{rng.randint(1, 12)}{rng.choice('ABC')}",
            ),
            (tr(lg, "Deposit", "Kaution", "Dépôt de garantie"), cash(fees[plan] * 1.0, lg)),
            (tr(lg, "Key fob no.", "Schlüssel Nr.", "Badge n°"), serial(rng, "99")),
        ],
        per=4,
        tall=24,
    )
    for j, t in enumerate(MEMBER_CLAUSES[lg], 1):
        f.heading(m, f"{j}. {t}", s.bold, s.size)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "legal", 2, 3))
    # house rules and price list on a page of their own
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - House rules",
            "Anlage 1 - Werkstattordnung",
            "Annexe 1 - Règlement intérieur",
        ),
        2,
        rule=True,
    )
    rules = [
        tr(
            lg,
            "Wet clean only - no sweeping, dust is a hazard.",
            "Nur feucht reinigen - nicht fegen.",
            "Nettoyage humide uniquement, ne jamais balayer.",
        ),
        tr(
            lg,
            "Label all work and glaze buckets with your name.",
            "Alle Arbeiten und Glasureimer beschriften.",
            "Étiqueter pièces et seaux d'émail à son nom.",
        ),
        tr(
            lg,
            "Kiln loading only by the studio potters.",
            "Öfen werden nur vom Werkstattteam beladen.",
            "Enfournement par l'équipe de l'atelier uniquement.",
        ),
        tr(
            lg,
            "Reclaim clay goes in the blue bins.",
            "Recyclington in die blauen Tonnen.",
            "La terre de récupération va dans les bacs bleus.",
        ),
        tr(
            lg,
            "Last one out: wheels off, lights off, door locked.",
            "Wer zuletzt geht: Scheiben aus, Licht aus, abschließen.",
            "Dernier sorti : tours éteints, lumière, porte fermée.",
        ),
        tr(
            lg,
            "No food or drink at the glaze bench.",
            "Kein Essen und Trinken am Glasurplatz.",
            "Ni nourriture ni boisson au poste d'émaillage.",
        ),
        tr(
            lg,
            "Classes have priority in the main room on class days.",
            "An Kurstagen haben Kurse Vorrang.",
            "Les jours de stage, les cours sont prioritaires.",
        ),
    ]
    for j, r in enumerate(rng.sample(rules, rng.randint(5, 7)), 1):
        write(f, s, f"{j}. {r}", indent=10)
    f.y += 10
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 2 - Firing charges",
            "Anlage 2 - Brennkosten",
            "Annexe 2 - Tarif des cuissons",
        ),
        1,
    )
    cols = columns(m, w - m, [(3, "left"), (1.3, "right"), (1.3, "right")])
    kilns = studio_kilns()
    rows = []
    for make, model, _, litres, _ in kilns:
        base = litres * (0.18 if lg == "en" else 0.22)
        rows.append([f"{make} {model} ({litres} l)", money(base, lg), money(base * 1.35, lg)])
    rows.append(
        [
            tr(
                lg,
                "Per shelf (shared firing)",
                "Je Platte (Gemeinschaftsbrand)",
                "Par plaque (cuisson partagée)",
            ),
            money(6.0, lg),
            money(8.5, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Kiln", "Ofen", "Four"),
            tr(lg, "Bisque", "Schrühbrand", "Biscuit"),
            tr(lg, "Glaze", "Glasurbrand", "Émail"),
        ],
        rows,
        s,
        rules=True,
    )
    # signature page
    f.new_page()
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "Signed by the parties in two copies.",
            "Zweifach ausgefertigt und unterschrieben.",
            "Fait en deux exemplaires originaux.",
        ),
    )
    f.y += 50
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "For the Studio", "Für die Werkstatt", "Pour l'atelier") + f": {potters()[0]}",
        potters()[0],
    )
    sign_line(
        f.page,
        s,
        w - m - 180,
        f.y,
        180,
        f"{tr(lg, 'Member', 'Mitglied', 'Le membre')}: {maker[0]}",
        maker[0],
    )
    hand(f.page, m, f.y + 30, f"{place(h.town)}, {short(d, lg)}", 9.5)
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["2:" + tr(lg, "Page {i}", "Seite {i}", "Page {i}"), "{i}/{n}", h.numbers]
        ),
    )
    remember(d)
    return pages


SOR_CLAUSES = {
    "en": [
        "Consignment",
        "Pricing",
        "Commission",
        "Payment",
        "Insurance and care of work",
        "Display and promotion",
        "Unsold work",
        "Term and ending",
    ],
    "de": [
        "Kommissionsware",
        "Verkaufspreise",
        "Provision",
        "Abrechnung und Zahlung",
        "Versicherung und Sorgfalt",
        "Präsentation und Werbung",
        "Rückgabe",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Dépôt",
        "Prix de vente",
        "Commission",
        "Règlement",
        "Assurance et garde des oeuvres",
        "Présentation et communication",
        "Oeuvres invendues",
        "Durée et résiliation",
    ],
}


def consigned(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, float]]:
    """``n`` consigned works: stock number, description, retail price."""
    out = []
    for _ in range(n):
        k = rng.randrange(len(WARES))
        g = rng.choice(GLAZES[lg])
        out.append(
            (
                serial(rng, "99-999"),
                f"{wares(lg, k)}, {g}",
                round(WARES[k][4] * rng.choice([2.2, 2.4, 2.5]) + 0.0, 0),
            )
        )
    return out


def tpl_consignment_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A gallery's sale-or-return agreement with the studio (consignment, Kommissionsvertrag,
    contrat de dépôt-vente), now and then behind a covering letter: the commission, clauses
    numbered, signatures; the schedule of consigned works on a landscape page."""
    h = head_of(who, "gallery", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    owner = staff(h, "owner")
    comm = keyed(who, "comm").choice([33.3, 35, 40, 40, 45, 50])
    pages: list[Page] = []
    if keyed(who, "cover").random() < 0.5:
        c = sheets(s, h)
        recipient(c, s, h, studio_lines(potters()[0]), d, [])
        c.page.text(m, c.y, dear(lg, mx(potters()[0], lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                "Thank you for agreeing to show your work with us. Please find enclosed two "
                "copies of our sale or return agreement together with the schedule of the pieces "
                "delivered. Please sign and return one copy.",
                "vielen Dank für die Zusammenarbeit. Anbei erhalten Sie den Kommissionsvertrag in "
                "zweifacher Ausfertigung mit der Liste der übergebenen Stücke. Bitte senden Sie "
                "uns ein Exemplar unterschrieben zurück.",
                "Nous vous remercions de nous confier vos pièces. Vous trouverez ci-joint le "
                "contrat de dépôt-vente en deux exemplaires ainsi que la liste des pièces "
                "déposées. Merci de nous en retourner un exemplaire signé.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 1, 2))
        regards(
            c,
            s,
            lg,
            owner,
            tr(
                lg,
                "Gallery director",
                "Galerieleitung",
                "Directrice de la galerie"
                if owner.split()[0] in FEMALE
                else "Directeur de la galerie",
            ),
        )
        pages += c.pages
    title = tr(lg, "Sale or Return Agreement", "Kommissionsvertrag", "Contrat de dépôt-vente")
    f = sheets(s, h, f"{title} - {h.name}")
    caption(f, s, title, 4)
    st = studio_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Gallery", "Galerie", "Galerie"), h.name),
            (tr(lg, "Maker", "Künstler/in", "Artiste"), f"{st.name} ({potters()[0]})"),
            (
                tr(lg, "Commission", "Provision", "Commission"),
                f"{comm:g} % "
                + tr(
                    lg,
                    "of retail price incl. VAT",
                    "vom Bruttoverkaufspreis",
                    "du prix de vente TTC",
                ),
            ),
            (
                tr(lg, "Period", "Laufzeit", "Durée"),
                f"{short(d, lg)} - {short(d + timedelta(days=rng.choice([90, 180, 365])), lg)}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    for j, t in enumerate(SOR_CLAUSES[lg], 1):
        f.heading(m, f"{j}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3))
    f.need(70)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        170,
        f"{tr(lg, 'For the gallery', 'Für die Galerie', 'Pour la galerie')}: {owner}",
        owner,
    )
    sign_line(
        f.page,
        s,
        w - m - 170,
        f.y,
        170,
        tr(lg, "Maker", "Künstler/in", "L'artiste"),
        potters()[0] if rng.random() < 0.6 else "",
    )
    pages += f.pages
    works = consigned(rng, lg, rng.randint(6, 30))
    ls = style_of(h, A4L, margin=40, pt=8.5)
    lf = sheets(
        ls,
        h,
        f"{tr(lg, 'Schedule of works', 'Übergabeliste', 'Liste des pièces déposées')} - {st.name}",
        top=False,
    )
    caption(
        lf,
        ls,
        tr(
            lg,
            "Schedule of works consigned",
            "Übergabeliste Kommissionsware",
            "Liste des pièces déposées",
        )
        + f" - {st.name} - {short(d, lg)}",
        2,
    )
    cols = columns(
        40,
        A4L[0] - 40,
        [
            (0.5, "right"),
            (1, "left"),
            (4, "left"),
            (1.2, "center"),
            (1.2, "right"),
            (1.2, "right"),
            (1.4, "left"),
        ],
    )
    rows = []
    for k, (sn, desc, rp) in enumerate(works, 1):
        rows.append(
            [
                str(k),
                sn,
                desc,
                f"{rng.randint(8, 35)} cm",
                money(rp, lg),
                money(rp * (1 - comm / 100), lg),
                "",
            ]
        )
    table(
        lf,
        cols,
        [
            "#",
            tr(lg, "Stock no.", "Inv.-Nr.", "N° inv."),
            tr(lg, "Description", "Beschreibung", "Description"),
            tr(lg, "Height", "Höhe", "Hauteur"),
            tr(lg, "Retail", "VK-Preis", "Prix public"),
            tr(lg, "Maker's net", "Netto Künstler", "Net artiste"),
            tr(lg, "Condition", "Zustand", "État"),
        ],
        rows,
        ls,
        rules=True,
    )
    lf.need(40)
    lf.y += 20
    hand(
        lf.page,
        44,
        lf.y,
        tr(
            lg,
            f"{len(works)} pieces checked in, all ok",
            f"{len(works)} Stück übernommen, o.B.",
            f"{len(works)} pièces reçues, RAS",
        ),
        10,
    )
    pages += lf.pages
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, comm, works))
    return close(pages, s, h, numbers="none")


def tpl_sor_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A gallery's monthly sale-or-return statement: the pieces sold with retail price,
    commission and the maker's net, the amount paid and the stock still held; printed from
    the gallery's till system, portrait or landscape."""
    h = head_of(who, "gallery", abroad=0.15)
    lg = h.lang
    land = keyed(who, "sland").random() < 0.35
    s = style_of(h, A4L if land else A4, margin=40 if land else 0, pt=8.5 if land else 0)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    if (
        after(("sor_statement",))
        and isinstance(prev, tuple)
        and prev[0] == h.name
        and len(prev) == 2
    ):
        period = add_months(prev[1], 1)
    else:
        period = add_months(month(), -1)
    d = add_months(period, 1) + timedelta(days=rng.randint(2, 12))
    p0 = extra(("consignment_agreement",))
    comm = (
        float(p0[1])
        if isinstance(p0, tuple) and p0[0] == h.name
        else keyed(who, "comm").choice([33.3, 35, 40, 40, 45, 50])
    )
    works = (
        list(p0[2])
        if isinstance(p0, tuple) and p0[0] == h.name
        else consigned(rng, lg, rng.randint(8, 30))
    )
    sold = rng.sample(works, min(len(works), rng.randint(0, 9)))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Abrechnung', 'Relevé')}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (
                tr(lg, "Artist account", "Künstler-Nr.", "Compte artiste"),
                serial(keyed(who, "art"), "A999"),
            )
        ],
    )
    mname = tr(lg, *MONTH_NAMES[period.month - 1])
    caption(
        f,
        s,
        tr(lg, "Sale or return statement", "Kommissionsabrechnung", "Relevé des ventes en dépôt")
        + f" - {mname} {period.year}",
        2,
    )
    cols = columns(
        m,
        w - m,
        [(1.6, "left"), (1.1, "left"), (4, "left"), (1.2, "right"), (1.4, "right"), (1.3, "right")],
    )
    rows = []
    tot = 0.0
    for sn, desc, rp in sold:
        ds = period + timedelta(days=rng.randint(0, 27))
        net = round(rp * (1 - comm / 100), 2)
        tot += net
        rows.append([short(ds, lg), sn, desc, money(rp, lg), money(rp - net, lg), money(net, lg)])
    if rows:
        table(
            f,
            cols,
            [
                tr(lg, "Date sold", "Verkauft am", "Vendu le"),
                tr(lg, "Stock no.", "Inv.-Nr.", "N° inv."),
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Retail", "VK brutto", "Prix TTC"),
                f"{tr(lg, 'Comm.', 'Prov.', 'Com.')} {comm:g}%",
                tr(lg, "Due to you", "Ihr Anteil", "Net artiste"),
            ],
            rows,
            s,
            shade=0.9,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "No sales this month.",
                "Im Abrechnungszeitraum keine Verkäufe.",
                "Aucune vente ce mois-ci.",
            ),
        )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total due to you', 'Auszahlungsbetrag', 'Total à vous reverser')}: "
        f"{cash(tot, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 20
    if tot:
        write(
            f,
            s,
            tr(
                lg,
                f"Paid by BACS on {day(h, d + timedelta(days=3))}.",
                f"Überweisung erfolgt am {day(h, d + timedelta(days=3))}.",
                f"Virement effectué le {day(h, d + timedelta(days=3))}.",
            ),
            s.size - 1,
        )
    left = len(works) - len(sold)
    write(
        f,
        s,
        tr(
            lg,
            f"Stock held on your behalf at month end: {left} pieces.",
            f"Bestand Kommissionsware zum Monatsende: {left} Stück.",
            f"Stock en dépôt en fin de mois : {left} pièces.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, period))
    return pages


MONTH_NAMES = [
    ("January", "Januar", "janvier"),
    ("February", "Februar", "février"),
    ("March", "März", "mars"),
    ("April", "April", "avril"),
    ("May", "Mai", "mai"),
    ("June", "Juni", "juin"),
    ("July", "Juli", "juillet"),
    ("August", "August", "août"),
    ("September", "September", "septembre"),
    ("October", "Oktober", "octobre"),
    ("November", "November", "novembre"),
    ("December", "Dezember", "décembre"),
]


# ---------------------------------------------------------------------------------------------
# Templates FFFF: fairs, shops and the kilns' log
# ---------------------------------------------------------------------------------------------


def floor_plan(rng: random.Random, s: Style, title: str, ours: str, lg: str) -> Page:
    """A landscape floor plan of a fair hall: rows of numbered stands, aisles, entrance,
    café and the exhibitor's stand shaded."""
    p = Page(A4L)
    w, hh = A4L
    m = 40
    p.text(m, 40, title, s.bold, 12)
    p.text(
        w - m,
        40,
        tr(
            lg,
            "Floor plan - not to scale",
            "Hallenplan - nicht maßstäblich",
            "Plan - échelle non contractuelle",
        ),
        s.font,
        7.5,
        "right",
    )
    x0, y0, x1, y1 = m, 60.0, w - m, hh - 70
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cols, rowsn = rng.choice([(10, 4), (12, 4), (9, 3)])
    sw = (x1 - x0 - 60) / cols
    sh = 34.0
    n = 1
    for r in range(rowsn):
        yy = y0 + 30 + r * (sh * 2 + 26)
        for half in range(2):
            for c in range(cols):
                xx = x0 + 30 + c * sw
                yb = yy + half * sh
                code = f"{chr(65 + r)}{n:02d}"
                if code == ours:
                    p.rect(xx, yb, sw, sh, fill=0.6)
                p.rect(xx, yb, sw, sh)
                p.text(xx + sw / 2, yb + sh / 2 + 3, code, s.font, 6.5, "center")
                n += 1
        n = 1
    p.rect(x0 + (x1 - x0) / 2 - 40, y1 - 4, 80, 8, fill=0.2)
    p.text(
        x0 + (x1 - x0) / 2,
        y1 + 14,
        tr(lg, "MAIN ENTRANCE", "HAUPTEINGANG", "ENTRÉE PRINCIPALE"),
        s.bold,
        8,
        "center",
    )
    p.text(x1 - 50, y1 - 14, tr(lg, "Café", "Café", "Buvette"), s.font, 8, "center")
    p.text(x0 + 40, y1 - 14, "WC", s.font, 8, "center")
    hand(p, x0 + 10, hh - 40, f"{tr(lg, 'our stand', 'unser Stand', 'notre stand')} = {ours}", 10)
    return p


def tpl_fair_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A craft fair organiser's stand booking confirmation: the fair, dates, stand number,
    size, shell scheme and power, the fee with VAT and the deposit paid, the balance due;
    the exhibitor information (build-up times, rules, insurance) on a second page and the
    floor plan of the hall on a landscape page."""
    h = head_of(who, "fair", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    fair_day = d + timedelta(days=rng.randint(30, 150))
    fair = rng.choice(
        [
            tr(lg, "Summer Ceramics Fair", "Keramikmarkt", "Marché des potiers"),
            tr(
                lg,
                "Christmas Craft Fair",
                "Kunsthandwerkermarkt im Advent",
                "Salon des métiers d'art",
            ),
        ]
    )
    ours = f"{chr(65 + rng.randint(0, 2))}{rng.randint(1, 9):02d}"
    size_m = rng.choice(["3 x 2 m", "3 x 3 m", "4 x 2 m", "2 x 2 m"])
    f = sheets(s, h, f"{h.name} - {fair} {fair_day.year}")
    recipient(
        f,
        s,
        h,
        studio_lines(potters()[rng.randint(0, 1)]),
        d,
        [(tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"), serial(rng, "E9999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Stand booking confirmation",
            "Standbestätigung",
            "Confirmation de réservation de stand",
        )
        + f" - {fair} {fair_day.year}",
        2,
    )
    fee = rng.choice([180.0, 240.0, 295.0, 360.0, 420.0])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Stand", "Stand", "Stand"), ours),
            (tr(lg, "Size", "Größe", "Surface"), size_m),
            (
                tr(lg, "Dates", "Termine", "Dates"),
                f"{short(fair_day, lg)} - "
                f"{short(fair_day + timedelta(days=rng.choice([1, 2])), lg)}",
            ),
            (tr(lg, "Shell scheme", "Standbau", "Cloisons"), rng.choice(yes_no(lg))),
            (tr(lg, "Power (socket)", "Stromanschluss", "Électricité"), rng.choice(yes_no(lg))),
            (
                tr(lg, "Table / chairs", "Tisch / Stühle", "Table / chaises"),
                f"{rng.randint(0, 2)} / {rng.randint(0, 2)}",
            ),
        ],
        per=3,
        tall=26,
        hand=False,
    )
    rows = [[tr(lg, "Stand fee", "Standmiete", "Emplacement"), money(fee, lg)]]
    net = fee
    if rng.random() < 0.5:
        rows.append(
            [tr(lg, "Electricity", "Strompauschale", "Forfait électricité"), money(35.0, lg)]
        )
        net += 35.0
    if rng.random() < 0.4:
        rows.append(
            [tr(lg, "Catalogue entry", "Katalogeintrag", "Insertion catalogue"), money(25.0, lg)]
        )
        net += 25.0
    cols = columns(m, w - m, [(5, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    gross = totals(f, s, lg, net, vat_rate(lg) if keyed(who, "vat").random() < 0.7 else 0.0)
    dep = round(gross * 0.3, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Deposit received: {cash(dep, lg)}. Balance of {cash(gross - dep, lg)} due by "
            f"{day(h, fair_day - timedelta(days=42))}.",
            f"Anzahlung erhalten: {cash(dep, lg)}. Restbetrag {cash(gross - dep, lg)} fällig bis "
            f"{day(h, fair_day - timedelta(days=42))}.",
            f"Acompte reçu : {cash(dep, lg)}. Solde de {cash(gross - dep, lg)} à régler avant le "
            f"{day(h, fair_day - timedelta(days=42))}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "org"),
        tr(lg, "Exhibitor liaison", "Ausstellerbetreuung", "Relations exposants"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Exhibitor information", "Informationen für Aussteller", "Informations exposants"),
        3,
        rule=True,
    )
    for t in [
        tr(lg, "Build-up and breakdown", "Aufbau und Abbau", "Montage et démontage"),
        tr(lg, "Parking and unloading", "Parken und Entladen", "Stationnement et déchargement"),
        tr(
            lg,
            "Public liability insurance",
            "Haftpflichtversicherung",
            "Assurance responsabilité civile",
        ),
        tr(lg, "Card payments and wifi", "Kartenzahlung und WLAN", "Paiement par carte et wifi"),
        tr(lg, "Fire safety", "Brandschutz", "Sécurité incendie"),
        tr(
            lg,
            "Selection and own work",
            "Jurierung und Eigenproduktion",
            "Sélection et production personnelle",
        ),
    ]:
        f.heading(m, t, s.bold, s.size)
        write(f, s, prose(rng, lg, "class", 1, 3))
    pages = [*f.pages]
    if keyed(who, "plan").random() < 0.75:
        pages.append(
            floor_plan(
                rng,
                s,
                f"{fair} {fair_day.year} - {tr(lg, 'Hall', 'Halle', 'Hall')} {rng.randint(1, 3)}",
                ours,
                lg,
            )
        )
    pages = close(pages, s, h, numbers="none" if rng.random() < 0.5 else h.numbers)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def shop_of(who: Issuer, abroad: float = 0.15) -> Head:
    return head_of(who, "shop", abroad)


def order_lines(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, int, float]]:
    out = []
    for k in rng.sample(range(len(WARES)), n):
        g = rng.choice(GLAZES[lg])
        code = f"{WARES[k][0]}-{g[:3].upper()}"
        out.append(
            (
                code,
                f"{wares(lg, k)}, {g}",
                rng.choice([4, 6, 6, 8, 10, 12, 24]),
                WARES[k][4] * (1.0 if lg == "en" else 1.15),
            )
        )
    return out


def tpl_wholesale_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop's wholesale order: the shop's printed purchase order with lines, delivery and
    payment terms, or the studio's own carbon order pad filled in by hand at a trade fair
    (A5) by the shop's buyer and signed."""
    pad = keyed(who, "pad").random() < 0.45
    lg = home()
    d = some_day(rng)
    if pad:
        shop = make_head(rng.choice(SENDERS["shop"][lg]), lg, "shop")
        h = studio_head()
        s = style_of(h, A5, margin=28, pt=8)
        w, hh = A5
        m = 28
        p = Page(A5)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "TRADE ORDER", "BESTELLUNG HÄNDLER", "BON DE COMMANDE REVENDEUR"),
            s.bold,
            11,
        )
        p.text(w - m, y, f"No {rng.randint(100, 999)}", "Courier-Bold", 10, "right")
        y += 12
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Shop", "Geschäft", "Boutique"), shop.name),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
                (tr(lg, "Contact / tel.", "Ansprechpartner", "Contact"), staff(shop, "buyer")),
            ],
            per=2,
            tall=22,
        )
        lines = order_lines(rng, lg, rng.randint(3, 8))
        cols = columns(m, w - m, [(1.4, "left"), (3.5, "left"), (0.7, "right"), (1, "right")])
        x0 = cols[0][0] - 2
        for j, t in enumerate(
            [
                tr(lg, "Code", "Art.", "Réf."),
                tr(lg, "Item / glaze", "Artikel / Glasur", "Article / émail"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ]
        ):
            p.text(
                cols[j][0] if j < 2 else cols[j][1], y, t, s.bold, 7, "left" if j < 2 else "right"
            )
        y += 4
        for r in range(12):
            p.line(x0, y + 13 * r, w - m, y + 13 * r)
        for r, (code, desc, q, pr) in enumerate(lines):
            yy = y + 13 * r + 10
            hand(p, cols[0][0], yy, code, 7.5, cols[0][1] - cols[0][0])
            hand(p, cols[1][0], yy, desc, 7.5, cols[1][1] - cols[1][0])
            p.text(cols[2][1], yy, str(q), HAND, 8, "right")
            p.text(cols[3][1], yy, money(pr, lg), HAND, 8, "right")
        y += 13 * 12 + 10
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "deliver asap", "sofort liefern", "livrer dès que possible"),
                tr(lg, "deliver in:", "liefern im:", "livrer en :"),
                tr(lg, "pro forma", "Vorkasse", "paiement à la commande"),
            ],
            {rng.randint(0, 2)},
            7,
        )
        y += 20
        p.text(
            m,
            y,
            tr(
                lg,
                "Minimum first order applies. Prices ex VAT, carriage extra.",
                "Mindestbestellwert beachten. Preise netto zzgl. Versand.",
                "Minimum de première commande. Prix HT, port en sus.",
            ),
            s.font,
            6.5,
        )
        y += 26
        sign_line(p, s, m, y, 120, tr(lg, "Buyer", "Besteller", "Acheteur"), staff(shop, "buyer"))
        p.text(
            w - m,
            hh - 20,
            tr(
                lg,
                "white: studio  yellow: customer",
                "weiß: Werkstatt  gelb: Kunde",
                "blanc : atelier  jaune : client",
            ),
            s.font,
            6,
            "right",
        )
        remember(d, (shop.name, shop.lang, lines, shop.street, shop.town))
        return [p]
    h = shop_of(who)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    po = serial(rng, keyed(who, "po").choice(["PO-9999", "B-99999", "BC 9999"]))
    f = sheets(s, h, f"{h.name} - PO {po}")
    f.page.text(
        w - m,
        f.y,
        tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"),
        s.bold,
        s.size + 5,
        "right",
    )
    f.y += 14
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), po),
            (tr(lg, "Buyer", "Einkauf", "Acheteur"), staff(h, "buyer")),
        ],
    )
    lines = order_lines(rng, lg, rng.randint(3, 10))
    cols = columns(
        m, w - m, [(1.5, "left"), (4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
    )
    net = sum(q * pr for _, _, q, pr in lines)
    table(
        f,
        cols,
        [
            tr(lg, "Your code", "Ihre Art.-Nr.", "Votre réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Trade price", "EK netto", "Prix HT"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        [[c, dsc, str(q), money(pr, lg), money(q * pr, lg)] for c, dsc, q, pr in lines],
        s,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Order value (net)', 'Bestellwert netto', 'Total HT')}: {cash(net, lg)}",
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
            f"Please deliver by {day(h, d + timedelta(days=rng.randint(14, 45)))}. Goods must be "
            "packed to arrive unbroken; breakages will be deducted. Payment 30 days from invoice.",
            f"Liefertermin: {day(h, d + timedelta(days=rng.randint(14, 45)))}. Bitte bruchsicher "
            "verpacken; Bruch wird abgezogen. Zahlung 30 Tage nach Rechnungseingang.",
            f"Livraison souhaitée avant le {day(h, d + timedelta(days=rng.randint(14, 45)))}. "
            "Emballage soigné exigé, la casse sera déduite. Paiement à 30 jours.",
        ),
        s.size - 1,
    )
    f.y += 14
    sign_line(
        f.page,
        s,
        m,
        f.y + 20,
        150,
        tr(lg, "Authorised", "Freigabe", "Bon pour commande"),
        staff(h, "buyer"),
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, h.lang, lines, h.street, h.town))
    return pages


def tpl_trade_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's invoice to a shop for a wholesale order: the lines, carriage, VAT and
    the bank details; now and then the packing list (boxes, contents, 'fragile') on a page of
    its own behind."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    prev = extra(("wholesale_order",))
    d = last_day(rng, ("wholesale_order",), (3, 21))
    if isinstance(prev, tuple):
        name, slang, lines0, street, town = prev
        lines = list(lines0)
    else:
        sh = shop_of(who)
        name, slang, street, town = sh.name, sh.lang, sh.street, sh.town
        lines = order_lines(rng, lg, rng.randint(3, 9))
    no = f"{month().year}-{rng.randint(40, 380):04d}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [name, street, town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"), short(d, lg)),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    cols = columns(
        m, w - m, [(1.5, "left"), (4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
    )
    net = sum(q * pr for _, _, q, pr in lines)
    rows = [[c, dsc, str(q), money(pr, lg), money(q * pr, lg)] for c, dsc, q, pr in lines]
    boxes = min(rng.randint(1, 4), len(lines))
    carriage = 9.5 * boxes if lg == "en" else 11.9 * boxes
    rows.append(
        [
            "",
            tr(
                lg,
                f"Carriage ({boxes} boxes, insured)",
                f"Versand ({boxes} Pakete, versichert)",
                f"Port ({boxes} colis, assurés)",
            ),
            "",
            "",
            money(carriage, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    cross = slang != lg
    rate = 0.0 if cross else vat_rate(lg)
    note = tr(
        lg,
        "Zero-rated supply, customer's VAT number shown." if cross else "",
        "Steuerfreie innergemeinschaftliche Lieferung." if cross else "",
        "Autoliquidation - livraison intracommunautaire exonérée." if cross else "",
    )
    totals(f, s, lg, round(net + carriage, 2), rate, note=note)
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days from invoice. Thank you for stocking our work!",
            "Zahlbar innerhalb 30 Tagen. Vielen Dank für Ihre Bestellung!",
            "Paiement à 30 jours. Merci de votre confiance !",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.45:
        g = sheets(s, h)
        caption(g, s, f"{tr(lg, 'Packing list', 'Packliste', 'Liste de colisage')} - {no}", 3)
        write(g, s, f"{name}, {street}, {town}")
        per = -(-len(lines) // boxes)
        for b in range(boxes):
            g.heading(
                m,
                f"{tr(lg, 'Box', 'Paket', 'Colis')} {b + 1} / {boxes}   -   "
                + tr(
                    lg,
                    "FRAGILE - HANDMADE CERAMICS",
                    "ZERBRECHLICH - KERAMIK",
                    "FRAGILE - CÉRAMIQUE",
                ),
                s.bold,
                s.size,
            )
            for c, dsc, q, _ in lines[b * per : (b + 1) * per]:
                box_y = g.y
                g.page.rect(m, box_y - 8, 8, 8)
                hand(g.page, m + 1, box_y, "x", 9)
                g.page.text(
                    m + 16,
                    box_y,
                    fit(f"{q} x {dsc} ({c})", s.font, s.size, w - 2 * m - 20),
                    s.font,
                    s.size,
                )
                g.y += s.size * 1.6
        g.y += 20
        hand(
            g.page,
            m,
            g.y,
            f"{tr(lg, 'packed by', 'gepackt', 'emballé par')} {potters()[2].split()[0]}",
            10,
        )
        pages += g.pages
    pages = close(pages, s, h, numbers="none")
    remember(d)
    return pages


def tpl_firing_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's kiln log: a printed landscape grid filled in by hand, one row per firing
    (date, firing, programme, cone, times, meter readings, loaded by, notes); one or two
    sheets of one kiln for the month."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4L, margin=30, pt=8)
    w, hh = A4L
    m = 30
    kilns = studio_kilns()
    prev = LAST["extra"]
    k = rng.randrange(len(kilns))
    if after(("firing_log",)) and isinstance(prev, tuple) and len(prev) == 2 and prev[0] == "log":
        k = (int(prev[1]) + 1) % len(kilns)
    make, model, _kind, litres, sn = kilns[k]
    n = rng.randint(6, 26)
    meter = rng.randint(10000, 80000)
    dd = month()
    entries = []
    for _ in range(n):
        dd += timedelta(days=rng.randint(0, 3))
        typ = rng.choice(
            [
                tr(lg, "bisque", "Schrüh", "biscuit"),
                tr(lg, "glaze", "Glasur", "émail"),
                tr(lg, "glaze", "Glasur", "émail"),
            ]
        )
        bisque = typ.startswith(("b", "S"))
        top = rng.choice([1000, 950, 980]) if bisque else rng.choice([1220, 1240, 1260, 1280])
        used = round(litres * rng.uniform(0.25, 0.45) * (0.8 if bisque else 1.0))
        st_h = rng.randint(7, 20)
        entries.append(
            [
                short(dd, lg)[:5],
                typ,
                f"P{rng.randint(1, 9)}",
                f"{top} C",
                f"{st_h:02d}:{rng.choice([0, 15, 30, 45]):02d}",
                str(meter),
                str(meter + used),
                f"{(st_h + rng.randint(9, 13)) % 24:02d}:{rng.choice([0, 10, 30, 50]):02d}",
                rng.choice(potters()).split()[0][:1] + rng.choice(potters()).split()[1][:1],
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "cone 8 bent", "Kegel 8 gefallen", "cône 8 tombé"),
                        tr(lg, "class work", "Kursware", "pièces stage"),
                        tr(lg, "slow cool", "langsam abkühlen", "refroid. lent"),
                        tr(lg, "1 shelf cracked", "Platte gerissen", "plaque fendue"),
                        "E-01",
                    ]
                ),
            ]
        )
        meter += used + rng.randint(0, 6)
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Firing", "Brand", "Cuisson"),
        tr(lg, "Prog.", "Prog.", "Prog."),
        tr(lg, "Top", "Endtemp.", "Temp."),
        tr(lg, "On", "Start", "Début"),
        tr(lg, "kWh start", "Zähler Start", "Compteur début"),
        tr(lg, "kWh end", "Zähler Ende", "Compteur fin"),
        tr(lg, "Off", "Ende", "Fin"),
        tr(lg, "By", "Wer", "Qui"),
        tr(lg, "Notes", "Bemerkungen", "Remarques"),
    ]
    spec = [0.7, 0.8, 0.5, 0.7, 0.6, 1, 1, 0.6, 0.4, 2.6]
    xs = [m]
    for v in spec:
        xs.append(xs[-1] + (w - 2 * m) * v / sum(spec))
    per = 16
    pages = []
    for sheet in range(-(-len(entries) // per)):
        p = Page(A4L)
        p.text(
            m,
            36,
            f"{tr(lg, 'KILN LOG', 'BRENNBUCH', 'CARNET DE CUISSON')} - {make} {model}",
            s.bold,
            12,
        )
        p.text(w - m, 36, f"{tr(lg, 'Sheet', 'Blatt', 'Feuille')} ____", s.font, 9, "right")
        hand(p, w - m - 22, 35, str(sheet + 1), 10)
        p.text(
            m,
            50,
            f"{h.name}  -  {tr(lg, 'serial', 'Serien-Nr.', 'n° série')} {sn}  -  {litres} l  -  "
            + tr(
                lg,
                "never leave kiln unattended above 600 C",
                "Ofen über 600 C nicht unbeaufsichtigt lassen",
                "ne jamais laisser le four sans surveillance",
            ),
            s.font,
            7.5,
        )
        y0 = 64
        rh = (hh - y0 - 40) / (per + 1)
        for r in range(per + 2):
            p.line(m, y0 + r * rh, w - m, y0 + r * rh)
        for x in xs:
            p.line(x, y0, x, y0 + (per + 1) * rh)
        p.rect(m, y0, w - 2 * m, rh, fill=0.88)
        for j, t in enumerate(heads):
            p.text(xs[j] + 3, y0 + rh - 6, fit(t, s.bold, 7.5, xs[j + 1] - xs[j] - 5), s.bold, 7.5)
        for r, e in enumerate(entries[sheet * per : (sheet + 1) * per], 1):
            for j, t in enumerate(e):
                if t:
                    p.text(
                        xs[j] + 3,
                        y0 + (r + 1) * rh - 6,
                        fit(t, HAND, 8.5, xs[j + 1] - xs[j] - 5),
                        HAND,
                        8.5,
                    )
        pages.append(p)
    remember(month(), ("log", k))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFFF: insurance, energy and grants
# ---------------------------------------------------------------------------------------------


def cover_all(lg: str) -> str:
    return tr(
        lg,
        "Craft business combined policy",
        "Inhalts- und Betriebshaftpflichtversicherung",
        "Multirisque professionnelle artisan d'art",
    )


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's or broker's renewal: a covering letter, the policy schedule (the
    insured, period, premises, sections with sums insured and excesses, premium and tax),
    the endorsements that apply and the statement of fact with the studio's answers about
    kilns, dust and classes."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    st = studio_head()
    pol = serial(
        rng, keyed(who, "pol").choice(["CRF/999999/AA", "VS-99.999.999-9", "MRP 99 999 999"])
    )
    start = add_months(d, 1)
    c = sheets(s, h)
    recipient(
        c,
        s,
        h,
        studio_lines(potters()[0]),
        d,
        [(tr(lg, "Policy no.", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
    )
    caption(
        c,
        s,
        tr(
            lg,
            "Your renewal documents",
            "Ihre Versicherungsunterlagen",
            "Vos conditions particulières",
        ),
        1,
    )
    c.page.text(m, c.y, dear(lg, mx(potters()[0], lg)), s.font, s.size)
    c.y += s.size * 2
    write(
        c,
        s,
        tr(
            lg,
            f"Please find enclosed your policy schedule for the period starting {day(h, start)}. "
            "Please read the statement of fact carefully and tell us straight away if anything is "
            "incorrect, in particular the number and type of kilns and whether you run classes.",
            f"anbei erhalten Sie Ihren Versicherungsschein ab dem {day(h, start)}. Bitte prüfen "
            "Sie die Angaben zum Risiko, insbesondere Anzahl und Art der Brennöfen sowie das "
            "Kursangebot, und teilen Sie uns Änderungen umgehend mit.",
            "Veuillez trouver ci-joint les conditions particulières de votre contrat à effet du "
            f"{day(h, start)}. Merci de vérifier la déclaration du risque, notamment le nombre de "
            "fours et l'activité d'enseignement.",
        ),
    )
    write(c, s, prose(rng, lg, "money", 1, 2))
    regards(
        c,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Account handler", "Kundenbetreuung", "Chargé de clientèle"),
    )
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Policy schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    caption(f, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    cover = rng.choice(
        [
            tr(
                lg,
                "Craft business combined policy",
                "Inhalts- und Betriebshaftpflichtversicherung",
                "Multirisque professionnelle artisan d'art",
            ),
            tr(
                lg,
                "Goods in transit and exhibitions",
                "Transport- und Ausstellungsversicherung",
                "Marchandises transportées et expositions",
            ),
            tr(
                lg,
                "Kiln and equipment breakdown",
                "Maschinenversicherung Brennöfen",
                "Bris de machine - fours et matériel",
            ),
        ]
    )
    f.page.text(m, f.y - 8, cover, italic_of(s.font), s.size)
    f.y += 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "The insured", "Versicherungsnehmer", "Souscripteur"), st.name),
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Premises", "Versicherungsort", "Lieu du risque"), f"{st.street}, {st.town}"),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Pottery studio, classes and retail shop",
                    "Keramikwerkstatt mit Kursen und Ladenverkauf",
                    "Atelier de céramique, cours et boutique",
                ),
            ),
            (tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"), short(start, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    secs = [
        (
            tr(
                lg,
                "Contents and equipment (incl. kilns, wheels)",
                "Inhalt / Betriebseinrichtung (inkl. Brennöfen)",
                "Matériel et mobilier (fours, tours compris)",
            ),
            rng.choice([25000, 40000, 60000]),
            250,
        ),
        (
            tr(
                lg,
                "Stock and work in progress",
                "Waren und Vorräte",
                "Marchandises et pièces en cours",
            ),
            rng.choice([8000, 12000, 20000]),
            250,
        ),
        (
            tr(lg, "Goods in transit", "Transportversicherung", "Marchandises transportées"),
            rng.choice([2500, 5000]),
            100,
        ),
        (
            tr(
                lg,
                "Business interruption (12 months)",
                "Betriebsunterbrechung (12 Monate)",
                "Pertes d'exploitation (12 mois)",
            ),
            rng.choice([30000, 50000]),
            0,
        ),
        (
            tr(
                lg,
                "Kiln breakdown / engineering",
                "Maschinenbruch Brennöfen",
                "Bris de machine - fours",
            ),
            rng.choice([10000, 15000]),
            500,
        ),
        (
            tr(
                lg,
                "Public and products liability",
                "Betriebs- und Produkthaftpflicht",
                "Responsabilité civile exploitation et produits",
            ),
            2000000 if lg == "en" else 3000000,
            250,
        ),
        (
            tr(
                lg,
                "Employers' liability",
                "Gesetzliche Unfallversicherung (BG ETEM)",
                "Responsabilité employeur",
            ),
            10000000,
            0,
        ),
    ]
    rows = [
        [
            t,
            cash(float(v), lg),
            cash(float(x), lg) if x else "-",
            tr(lg, "Operative", "eingeschlossen", "garanti"),
        ]
        for t, v, x in (secs if cover == cover_all(lg) else rng.sample(secs, rng.randint(2, 4)))
    ]
    cols = columns(m, w - m, [(4, "left"), (1.6, "right"), (1, "right"), (1.2, "center")])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte / Deckung", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
            tr(lg, "Status", "Status", "Statut"),
        ],
        rows,
        s,
        rules=True,
    )
    prem = rng.uniform(480, 1650)
    tax = prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Annual premium", "Jahresnettobeitrag", "Prime annuelle HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Zu zahlen", "Total TTC"), cash(prem + tax, lg)),
        ],
        w - m,
        s.size,
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Endorsements applying to this policy",
            "Besondere Vereinbarungen und Klauseln",
            "Clauses particulières applicables",
        ),
        1,
        rule=True,
    )
    ends = [
        (tr(lg, "E12 Kiln clause", "K 12 Brennöfen", "CP 12 Fours"), words(rng, lg, "kiln", 26)),
        (
            tr(lg, "E15 Tuition and classes", "K 15 Kursbetrieb", "CP 15 Activité d'enseignement"),
            words(rng, lg, "class", 22),
        ),
        (
            tr(
                lg,
                "E21 Fragile goods in transit",
                "K 21 Bruchgefährdete Güter",
                "CP 21 Objets fragiles",
            ),
            words(rng, lg, "legal", 24),
        ),
        (
            tr(
                lg,
                "E30 Security - intruder alarm",
                "K 30 Einbruchmeldeanlage",
                "CP 30 Protection vol",
            ),
            words(rng, lg, "legal", 18),
        ),
    ]
    for t, txt in rng.sample(ends, rng.randint(2, 4)):
        f.heading(m, t, s.bold, s.size)
        write(f, s, txt + " " + prose(rng, lg, "legal", 1, 2), s.size - 1)
    if keyed(who, "sof").random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Statement of fact", "Angaben zum Risiko", "Déclaration du risque"),
            2,
            rule=True,
        )
        qs = [
            (
                tr(
                    lg,
                    "Number of electric kilns on the premises",
                    "Anzahl Elektrobrennöfen",
                    "Nombre de fours électriques",
                ),
                str(len(studio_kilns())),
            ),
            (
                tr(
                    lg,
                    "Are kilns on a non-combustible floor at least 0.5 m from walls?",
                    "Stehen die Öfen auf nicht brennbarem Boden mit 0,5 m Wandabstand?",
                    "Les fours sont-ils posés sur un sol incombustible à 0,5 m des murs ?",
                ),
                yes_no(lg)[0],
            ),
            (
                tr(
                    lg,
                    "Gas or raku firing on the premises?",
                    "Gas- oder Rakubrand auf dem Gelände?",
                    "Cuisson gaz ou raku sur place ?",
                ),
                rng.choice(yes_no(lg)),
            ),
            (
                tr(
                    lg,
                    "Classes for children under 16?",
                    "Kurse für Kinder unter 16 Jahren?",
                    "Cours pour enfants de moins de 16 ans ?",
                ),
                rng.choice(yes_no(lg)),
            ),
            (
                tr(lg, "Annual turnover", "Jahresumsatz", "Chiffre d'affaires annuel"),
                cash(float(rng.choice([48000, 72000, 96000, 130000])), lg),
            ),
            (
                tr(
                    lg,
                    "Claims in the last 5 years",
                    "Schäden in den letzten 5 Jahren",
                    "Sinistres sur 5 ans",
                ),
                rng.choice(["0", "0", "1"]),
            ),
            (
                tr(
                    lg,
                    "Any kiln fires or electrical faults?",
                    "Ofenbrände oder Elektroschäden?",
                    "Incendie de four ou sinistre électrique ?",
                ),
                yes_no(lg)[1],
            ),
        ]
        for q, a in qs:
            f.need(24)
            for ln in wrap(q, s.font, s.size, w - 2 * m - 110):
                f.page.text(m, f.y, ln, s.font, s.size)
                f.y += s.size * 1.3
            f.page.text(w - m, f.y - s.size * 1.3, a, s.bold, s.size, "right")
            f.page.line(m, f.y - 4, w - m, f.y - 4)
            f.y += 6
    pages = close([*c.pages, *f.pages], s, h, covers=len(c.pages))
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


def bars(
    p: Page, s: Style, x: float, y: float, w: float, h: float, vals: list[float], labels: list[str]
) -> None:
    """A bar chart of monthly consumption with a base line and month labels."""
    top = max(vals) or 1.0
    bw = w / len(vals)
    p.line(x, y + h, x + w, y + h)
    for k, v in enumerate(vals):
        bh = h * v / top
        p.rect(x + k * bw + 2, y + h - bh, bw - 4, bh, fill=0.35 if k == len(vals) - 1 else 0.7)
        p.text(x + k * bw + bw / 2, y + h + 9, labels[k], s.font, 6, "center")


def tpl_energy_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """An electricity bill for the studio's business supply: the summary page with the
    amount due and the payment date, the detail page with the meter readings, units, unit
    rates, standing charge, levies and VAT and a bar chart of twelve months' use (kilns make
    it climb), now and then a page of explanations; a run covers the studio's two meters."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    if after(("energy_bill",)) and isinstance(prev, tuple) and len(prev) == 3 and prev[0] == h.name:
        period = add_months(prev[1], 1) if rng.random() < 0.5 else prev[1]
        meter_no = serial(rng, "M99A999999") if period == prev[1] else str(prev[2])
    else:
        period = add_months(month(), -1)
        meter_no = serial(keyed(who, "meter"), "M99A999999")
    end = add_months(period, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(3, 12))
    acct = serial(keyed(who, "acct"), "9999 9999 99")
    units = rng.randint(900, 3800)
    rate = {"en": 0.268, "de": 0.312, "fr": 0.224}[lg] + rng.uniform(-0.02, 0.03)
    standing = {"en": 0.62, "de": 0.48, "fr": 0.55}[lg] * (end - period).days
    levy = units * {"en": 0.00775, "de": 0.0205, "fr": 0.0225}[lg]
    net = units * rate + standing + levy
    vat = net * (0.2 if lg != "de" else 0.19)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        4,
    )
    f.page.rect(m, f.y - 4, w - 2 * m, 64, fill=0.92)
    f.page.text(
        m + 10, f.y + 12, tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"), s.font, s.size
    )
    f.page.text(m + 10, f.y + 40, cash(net + vat, lg), s.bold, 22)
    f.page.text(
        w - m - 10,
        f.y + 12,
        f"{tr(lg, 'Billing period', 'Abrechnungszeitraum', 'Période')}: {short(period, lg)} - "
        f"{short(end, lg)}",
        s.font,
        s.size - 1,
        "right",
    )
    f.page.text(
        w - m - 10,
        f.y + 28,
        tr(
            lg,
            "Collected by Direct Debit on or after",
            "Abbuchung per Lastschrift ab",
            "Prélèvement le",
        )
        + f" {short(d + timedelta(days=14), lg)}",
        s.font,
        s.size - 1,
        "right",
    )
    f.y += 80
    write(
        f,
        s,
        tr(
            lg,
            "Tariff: Business Fixed 24 months, single rate. Supply address: "
            f"{studio_head().street}, {studio_head().town}. Meter {meter_no}.",
            f"Tarif: Gewerbestrom Fix 24. Lieferstelle: {studio_head().street}, "
            f"{studio_head().town}. Zähler {meter_no}.",
            f"Offre : Pro Fixe 24 mois, option base. Point de livraison : {studio_head().street}, "
            f"{studio_head().town}. Compteur {meter_no}.",
        ),
        s.size - 1,
    )
    mnames = [tr(lg, *MONTH_NAMES[(period.month - 12 + k) % 12])[:3] for k in range(12)]
    vals = [units * rng.uniform(0.45, 1.25) for _ in range(11)] + [float(units)]
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Your use over the last 12 months (kWh)",
            "Ihr Verbrauch der letzten 12 Monate (kWh)",
            "Votre consommation sur 12 mois (kWh)",
        ),
        s.bold,
        s.size - 0.5,
    )
    bars(f.page, s, m, f.y + 8, w - 2 * m, 110, vals, mnames)
    f.y += 150
    f.new_page()
    caption(f, s, tr(lg, "Bill details", "Rechnungsdetails", "Détail de la facture"), 2)
    cols = columns(
        m, w - m, [(1.6, "left"), (1.2, "right"), (1.2, "right"), (1.1, "center"), (1.2, "right")]
    )
    prev_r = rng.randint(10000, 90000)
    table(
        f,
        cols,
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Previous", "Alter Stand", "Ancien index"),
            tr(lg, "Present", "Neuer Stand", "Nouvel index"),
            tr(lg, "Type", "Art", "Type"),
            "kWh",
        ],
        [[meter_no, str(prev_r), str(prev_r + units), rng.choice(["A", "A", "E"]), str(units)]],
        s,
        rules=True,
    )
    f.y += 6
    rows = [
        [
            tr(lg, "Electricity used", "Arbeitspreis", "Consommation"),
            f"{units} kWh x {money(rate, lg)}",
            money(units * rate, lg),
        ],
        [
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{(end - period).days} {tr(lg, 'days', 'Tage', 'jours')}",
            money(standing, lg),
        ],
        [
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{units} kWh",
            money(levy, lg),
        ],
        [tr(lg, "VAT 20%", "USt. 19 %", "TVA 20 %"), money(net, lg), money(vat, lg)],
    ]
    cols2 = columns(m, w - m, [(3, "left"), (2, "right"), (1.2, "right")])
    table(
        f,
        cols2,
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Calculation", "Berechnung", "Calcul"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Gesamtbetrag', 'Total TTC')}  {cash(net + vat, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Prices are fixed until the end of your contract. Ofgem's Energy Ombudsman can help "
            "if you are unhappy with how we deal with a complaint.",
            "Hinweise nach § 40 EnWG: Ihr Lieferant, Messstellenbetreiber und Netzbetreiber sowie "
            "die Schlichtungsstelle Energie e.V. finden Sie auf der Rückseite.",
            "En cas de litige, vous pouvez saisir le médiateur national de l'énergie. Montant de "
            "la CTA inclus dans l'abonnement.",
        ),
        s.size - 1.5,
    )
    if keyed(who, "expl").random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Understanding your bill",
                "Erläuterungen zu Ihrer Rechnung",
                "Comprendre votre facture",
            ),
            2,
        )
        for t in (
            tr(lg, "Meter readings", "Zählerstände", "Index"),
            tr(lg, "Your tariff", "Ihr Tarif", "Votre offre"),
            tr(lg, "Paying your bill", "Zahlung", "Paiement"),
            tr(lg, "Complaints", "Beschwerden", "Réclamations"),
        ):
            f.heading(m, t, s.bold, s.size)
            write(f, s, prose(rng, lg, "money", 2, 3), s.size - 1)
    pages = close(f.pages, s, h, numbers=h.numbers if h.numbers != "none" else "{i}/{n}")
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, period, meter_no))
    return pages


def grant_body(who: Issuer) -> Head:
    return head_of(who, "grant")


def tpl_grant_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """An arts council or craft foundation's offer of a grant (offer of grant,
    Zuwendungsbescheid, notification d'attribution): the award, the project, the payment
    schedule, the conditions on pages of their own (Nebenbestimmungen, articles) and an
    acceptance form to sign and return."""
    h = grant_body(who)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, tr(lg, "DYCP-99999999", "KH-2025-999", "SUB-2025-9999"))
    award = float(rng.choice([2500, 4800, 7500, 9950, 12000]))
    proj = rng.choice(
        [
            tr(
                lg,
                "Research into local wild clays and ash glazes",
                "Erforschung regionaler Tone und Ascheglasuren",
                "Recherche sur les argiles locales et les émaux de cendre",
            ),
            tr(
                lg,
                "New wood-fired tableware collection",
                "Neue holzgebrannte Geschirrkollektion",
                "Nouvelle collection d'arts de la table cuite au bois",
            ),
            tr(
                lg,
                "Community clay workshops for older people",
                "Töpferwerkstätten für Senioren im Quartier",
                "Ateliers terre pour les seniors du quartier",
            ),
        ]
    )
    applicant = potters()[0]
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        [mx(applicant, lg), studio_head().name, studio_head().street, studio_head().town],
        d,
        [(tr(lg, "Reference", "Aktenzeichen", "Dossier n°"), ref)],
    )
    caption(
        f,
        s,
        tr(lg, "Offer of grant", "Zuwendungsbescheid", "Notification d'attribution de subvention"),
        3,
    )
    f.page.text(m, f.y, dear(lg, mx(applicant, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to tell you that we are offering you a grant of {cash(award, lg)} "
            f"towards your project '{proj}'. This offer is subject to the conditions set out in "
            "this letter and in the enclosed standard terms.",
            f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(40, 90)), lg)} "
            f"bewillige ich Ihnen für das Vorhaben „{proj}“ eine Zuwendung in Höhe von "
            f"{cash(award, lg)} als Festbetragsfinanzierung im Wege der Projektförderung.",
            f"J'ai le plaisir de vous informer qu'une subvention de {cash(award, lg)} vous est "
            f"attribuée pour le projet « {proj} », dans les conditions définies ci-après et en "
            "annexe.",
        ),
    )
    write(f, s, prose(rng, lg, "grant", 1, 3))
    cols = columns(m, w - m, [(0.6, "left"), (3, "left"), (1.2, "right")])
    first = round(award * rng.choice([0.5, 0.75, 0.9]), 2)
    table(
        f,
        cols,
        [
            tr(lg, "No.", "Rate", "N°"),
            tr(lg, "Instalment due on", "Auszahlung", "Versement"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                "1",
                tr(
                    lg,
                    "on receipt of signed acceptance",
                    "nach Bestandskraft / Mittelabruf",
                    "à la signature de l'acceptation",
                ),
                money(first, lg),
            ],
            [
                "2",
                tr(
                    lg,
                    "on receipt of final report",
                    "nach Prüfung des Verwendungsnachweises",
                    "sur production du compte rendu final",
                ),
                money(award - first, lg),
            ],
        ],
        s,
        rules=True,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(
            lg,
            "Relationship Manager, Visual Arts and Crafts",
            "Im Auftrag",
            "Pour le directeur régional, la conseillère arts plastiques et métiers d'art",
        ),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Standard terms and conditions of grant",
            "Nebenbestimmungen (ANBest-P) und Auflagen",
            "Conditions générales d'attribution",
        ),
        2,
        rule=True,
    )
    for j, t in enumerate(
        [
            tr(lg, "Use of the grant", "Zweckbindung", "Objet"),
            tr(lg, "Acknowledgement", "Hinweis auf die Förderung", "Mention du soutien"),
            tr(lg, "Changes to the project", "Änderungen", "Modifications"),
            tr(lg, "Monitoring and evaluation", "Verwendungsnachweis", "Compte rendu"),
            tr(lg, "Repayment", "Rückforderung", "Reversement"),
            tr(lg, "Data protection", "Datenschutz", "Protection des données"),
        ],
        1,
    ):
        f.heading(m, f"{j}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "grant", 1, 3), s.size - 1)
    if lg == "de":
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden.",
            s.size - 1,
        )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Acceptance of offer - please sign and return",
            "Rechtsbehelfsverzicht und Mittelabruf",
            "Acceptation de la subvention - à retourner signée",
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
            (tr(lg, "Reference", "Aktenzeichen", "Dossier"), ref),
            (tr(lg, "Grant amount", "Betrag", "Montant"), cash(award, lg)),
            (tr(lg, "Name", "Name", "Nom"), applicant),
            (tr(lg, "Bank account / IBAN", "IBAN", "IBAN"), ""),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            "I accept this offer on the terms set out in the offer letter and the standard terms.",
            "Ich verzichte auf Rechtsbehelfe und rufe die erste Rate ab.",
            "J'accepte la subvention aux conditions indiquées.",
        ),
    )
    f.y += 40
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Signature and date", "Datum, Unterschrift", "Date et signature"),
        "",
    )
    pages = close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, ref, award, proj, first))
    return pages


def receipt_copy(rng: random.Random, lg: str, items: list[tuple[str, str, float, date]]) -> Page:
    """An A4 photocopy of two to four receipts laid on the glass: narrow till slips and
    small invoices at slight offsets, the copier's grey edge."""
    p = Page(A4)
    w, hh = A4
    copier_edge(p, rng)
    x, y = 40.0, 50.0
    for sup, what, amt, dd in items:
        bw, bh = rng.uniform(150, 230), rng.uniform(170, 300)
        if x + bw > w - 30:
            x, y = 40.0, y + 330
        if y + bh > hh - 30:
            break
        p.rect(x, y, bw, bh)
        yy = y + 16
        p.text(x + bw / 2, yy, fit(sup, "Courier-Bold", 8, bw - 10), "Courier-Bold", 8, "center")
        yy += 12
        p.text(x + bw / 2, yy, short(dd, lg), "Courier", 7, "center")
        yy += 16
        for ln in wrap(what, "Courier", 7, bw - 14):
            p.text(x + 7, yy, ln, "Courier", 7)
            yy += 9
        yy += 6
        p.text(x + 7, yy, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 8)
        p.text(x + bw - 7, yy, money(amt, lg), "Courier-Bold", 8, "right")
        yy += 12
        p.text(x + 7, yy, tr(lg, "CARD", "KARTE", "CB"), "Courier", 7)
        hand(p, x + 8, y + bh - 10, serial(rng, "R99"), 9)
        x += bw + rng.uniform(12, 30)
    return p


def tpl_grant_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's grant claim (payment request, Verwendungsnachweis, compte rendu
    financier) on the funder's form: the grant details, a short activity report, the
    expenditure table against the budget, the declaration signed; the copies of receipts
    attached behind."""
    h = studio_head()
    lg = h.lang
    g = grant_body(who)
    s = style_of(g, A4)
    w, _hh = s.page_size
    m = s.margin
    prev = extra(("grant_offer",))
    d = last_day(rng, ("grant_offer",), (20, 120))
    if isinstance(prev, tuple):
        _, ref, award, proj, first = prev
    else:
        ref = serial(rng, tr(lg, "DYCP-99999999", "KH-2025-999", "SUB-2025-9999"))
        award = float(rng.choice([2500, 4800, 7500, 9950, 12000]))
        proj = tr(
            lg,
            "Studio development project",
            "Werkstattprojekt",
            "Projet de développement de l'atelier",
        )
        first = round(award * 0.75, 2)
    f = sheets(
        s, g, f"{ref} - {tr(lg, 'Payment claim', 'Verwendungsnachweis', 'Demande de versement')}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Grant payment claim and final report",
            "Verwendungsnachweis mit Mittelabruf",
            "Compte rendu financier et demande de versement du solde",
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
            (tr(lg, "Grant reference", "Aktenzeichen", "N° de dossier"), str(ref)),
            (
                tr(lg, "Recipient", "Zuwendungsempfänger", "Bénéficiaire"),
                f"{potters()[0]}, {h.name}",
            ),
            (tr(lg, "Project", "Vorhaben", "Projet"), str(proj)),
            (tr(lg, "Amount awarded", "Bewilligt", "Montant attribué"), cash(float(award), lg)),
        ],
        per=2,
        tall=26,
    )
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "1. What did you do?", "1. Sachbericht (Kurzfassung)", "1. Bilan qualitatif"),
        )
        + 8
    )
    for ln in wrap(prose(rng, lg, "grant", 3, 4), HAND, 8.5, w - 2 * m - 8):
        f.need(12)
        hand(f.page, m + 4, f.y, ln, 8.5)
        f.y += 12
    f.y += 6
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "2. Expenditure", "2. Zahlenmäßiger Nachweis", "2. Dépenses réalisées"),
        )
        + 10
    )
    items = []
    sup = [r[0] for r in SENDERS["supplier"][lg]] + [r[0] for r in SENDERS["kiln"][lg]]
    total = 0.0
    n_items = rng.randint(4, 9)
    weights = [rng.uniform(0.2, 1.0) for _ in range(n_items)]
    spend = float(award) * rng.uniform(1.0, 1.12)
    for wt in weights:
        amt = round(spend * wt / sum(weights), 2)
        total += amt
        items.append(
            (
                rng.choice(sup),
                rng.choice(
                    [
                        tr(lg, "clay and materials", "Ton und Rohstoffe", "terre et matières"),
                        tr(
                            lg,
                            "kiln shelves and props",
                            "Brennplatten und Stützen",
                            "plaques et colonnettes",
                        ),
                        tr(lg, "mentor fee", "Honorar Mentorin", "honoraires mentor"),
                        tr(
                            lg,
                            "travel to clay pits",
                            "Fahrtkosten Tongruben",
                            "déplacements carrières",
                        ),
                        tr(lg, "photography", "Fotografie", "photographies"),
                    ]
                ),
                amt,
                d - timedelta(days=rng.randint(5, 120)),
            )
        )
    cols = columns(
        m, w - m, [(0.5, "left"), (1.2, "left"), (3, "left"), (2.5, "left"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Supplier", "Empfänger", "Fournisseur"),
            tr(lg, "Item", "Zweck", "Objet"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [f"R{k}", short(dd, lg), sp, wt, money(a, lg)]
            for k, (sp, wt, a, dd) in enumerate(items, 1)
        ],
        s,
        rules=True,
    )
    f.page.text(
        w - m,
        f.y + 2,
        f"{tr(lg, 'Total spent', 'Summe', 'Total')}: {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (
                tr(lg, "Already received", "Bereits ausgezahlt", "Déjà perçu"),
                cash(float(first), lg),
            ),
            (
                tr(lg, "Amount now claimed", "Jetzt abgerufen", "Solde demandé"),
                cash(float(award) - float(first), lg),
            ),
        ],
        w - m,
    )
    f.need(90)
    f.y = band(f.page, s, f.y + 6, tr(lg, "3. Declaration", "3. Erklärung", "3. Attestation")) + 8
    write(
        f,
        s,
        tr(
            lg,
            "I confirm that the grant has been spent on the project as agreed and that the "
            "information on this form is correct.",
            "Ich bestätige, dass die Ausgaben notwendig waren, wirtschaftlich und sparsam "
            "verfahren wurde und die Angaben mit den Büchern und Belegen übereinstimmen.",
            "Je certifie exactes les informations du présent compte rendu et l'emploi de la "
            "subvention conformément à son objet.",
        ),
        s.size - 1,
    )
    f.y += 26
    sign_line(f.page, s, m, f.y, 170, potters()[0], potters()[0])
    hand(f.page, m + 200, f.y - 3, short(d, lg), 9.5)
    pages = close(f.pages, s, g, numbers="none")
    if rng.random() < 0.65:
        rest = items[:]
        while rest:
            n = rng.randint(2, 4)
            pages.append(receipt_copy(rng, lg, rest[:n]))
            rest = rest[n:]
            if len(pages) > 4:
                break
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFFF: commissions and breakages
# ---------------------------------------------------------------------------------------------


SHAPES = {
    "plate": ("Teller", "assiette"),
    "bowl": ("Schale", "bol"),
    "mug": ("Becher", "mug"),
    "jug": ("Kanne", "pichet"),
    "platter": ("Platte", "plat"),
}


def profile(p: Page, x: float, y: float, w: float, h: float, shape: str) -> None:
    """A pencil sketch of a pot's half profile with its centre line and a dimension line."""
    pts = {
        "plate": [(0, 1), (0.75, 1), (0.88, 0.7), (1, 0.55)],
        "bowl": [(0, 1), (0.35, 1), (0.55, 0.85), (0.85, 0.45), (1, 0)],
        "mug": [(0, 1), (0.85, 1), (0.9, 0.6), (0.88, 0.2), (0.92, 0)],
        "jug": [(0, 1), (0.7, 1), (0.95, 0.6), (0.75, 0.25), (0.8, 0.05), (1, 0)],
        "platter": [(0, 1), (0.85, 1), (0.95, 0.75), (1, 0.7)],
    }[shape]
    p.line(x, y - 6, x, y + h + 6)
    for (ax, ay), (bx, by) in itertools.pairwise(pts):
        p.line(x + ax * w, y + ay * h, x + bx * w, y + by * h)
        p.line(x - ax * w, y + ay * h, x - bx * w, y + by * h)
    p.line(x - w, y + h + 14, x + w, y + h + 14)
    p.line(x - w, y + h + 10, x - w, y + h + 18)
    p.line(x + w, y + h + 10, x + w, y + h + 18)


def tpl_commission_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's quote to a private customer for a commissioned dinner set: a letter with
    the pieces, sizes, glaze, price, deposit and making time; a page of sketched profiles
    with dimensions and hand notes; the terms and an acceptance slip to return."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    cust = customer(rng)
    if rng.random() < 0.15:
        other = rng.choice([x for x in ("en", "de", "fr") if x != lg])
        cust = customer(rng, other)
    glaze = rng.choice(GLAZES[lg])
    persons = rng.choice([4, 6, 8, 12])
    sets = [(5, persons), (4, persons), (2, persons), (3, persons), (11, rng.randint(1, 2)), (6, 1)]
    sets = sets[: rng.randint(3, 6)]
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} - {cust[0]}")
    no = f"{tr(lg, 'Q', 'A', 'D')}-{month().year % 100}{rng.randint(10, 99)}"
    recipient(f, s, h, cust, d, [(tr(lg, "Quote", "Angebot Nr.", "Devis n°"), no)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Your dinner service for {persons} in {glaze}",
            f"Ihr Tafelservice für {persons} Personen - {glaze}",
            f"Votre service de table pour {persons} personnes - {glaze}",
        ),
        2,
    )
    f.page.text(m, f.y, dear(lg, mx(cust[0], lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for coming to the studio to talk about your set. As discussed, here is "
            "what we would make for you. Every piece is thrown by hand, so sizes and glaze will "
            "vary slightly from piece to piece.",
            "vielen Dank für Ihren Besuch in der Werkstatt. Wie besprochen, bieten wir Ihnen "
            "folgendes Service an. Alle Stücke sind handgedreht; Maße und Glasur variieren leicht.",
            "Merci de votre visite à l'atelier. Comme convenu, voici notre proposition. Chaque "
            "pièce est tournée à la main ; les dimensions et l'émail varient légèrement.",
        ),
    )
    cols = columns(m, w - m, [(3.5, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
    net = 0.0
    rows = []
    for k, n in sets:
        pr = WARES[k][4] * 2.4 * (1.0 if lg == "en" else 1.15)
        net += pr * n
        rows.append([f"{wares(lg, k)}, {glaze}", str(n), money(pr, lg), money(pr * n, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Piece", "Teil", "Pièce"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Each", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        rules=True,
    )
    rate = 0.0 if lg != "en" and keyed(who, "kl").random() < 0.5 else vat_rate(lg)
    gross = totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        note=tr(
            lg,
            "",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet." if not rate else "",
            "TVA non applicable, art. 293 B du CGI." if not rate else "",
        ),
    )
    weeks = rng.choice([8, 10, 12, 14])
    write(
        f,
        s,
        tr(
            lg,
            f"We ask for a 50% deposit ({cash(gross / 2, lg)}) to start; making, drying and two "
            f"firings take about {weeks} weeks. The quote is valid for 60 days.",
            f"Zum Start bitten wir um 50 % Anzahlung ({cash(gross / 2, lg)}); Drehen, Trocknen und "
            f"zwei Brände dauern etwa {weeks} Wochen. Angebot gültig 60 Tage.",
            f"Un acompte de 50 % ({cash(gross / 2, lg)}) est demandé à la commande ; fabrication "
            f"et deux cuissons : environ {weeks} semaines. Devis valable 60 jours.",
        ),
    )
    regards(f, s, lg, potters()[0], "")
    sk = Page(A4)
    sk.text(
        m,
        m,
        tr(lg, "Sketches - not to scale", "Skizzen - nicht maßstäblich", "Croquis - sans échelle"),
        HAND,
        11,
    )
    shapes = rng.sample(["plate", "bowl", "mug", "jug", "platter"], rng.randint(3, 5))
    for j, sh in enumerate(shapes):
        cx = m + 110 + (j % 2) * (w - 2 * m - 220)
        cy = m + 50 + (j // 2) * 230
        hgt = {"plate": 25, "platter": 22, "bowl": 70, "mug": 90, "jug": 120}[sh]
        profile(sk, cx, cy, 80, hgt, sh)
        hand(
            sk,
            cx - 60,
            cy + hgt + 34,
            f"{tr(lg, sh, *SHAPES[sh])} - {rng.randint(9, 32)} cm",
            10,
        )
        if rng.random() < 0.5 and sh in ("mug", "jug"):
            hand(
                sk,
                cx - 60,
                cy + hgt + 48,
                rng.choice(
                    [
                        tr(lg, "foot ring unglazed", "Fußring unglasiert", "pied non émaillé"),
                        tr(lg, "rim: iron wash", "Rand: Eisenengobe", "bord : oxyde de fer"),
                        tr(lg, "handle pulled", "Henkel gezogen", "anse tirée"),
                    ]
                ),
                9,
            )
    pages = [*f.pages, sk]
    t = Page(A4)
    y = m
    t.text(
        m,
        y,
        tr(lg, "Commission terms", "Auftragsbedingungen", "Conditions de commande"),
        s.bold,
        s.size + 2,
    )
    y += 20
    for j, tt in enumerate(
        [
            tr(lg, "Deposit", "Anzahlung", "Acompte"),
            tr(lg, "Variation", "Abweichungen", "Variations"),
            tr(lg, "Breakage in the kiln", "Bruch im Brand", "Casse en cuisson"),
            tr(lg, "Collection and delivery", "Abholung und Versand", "Retrait et livraison"),
            tr(lg, "Care of your pots", "Pflege", "Entretien"),
        ],
        1,
    ):
        t.text(m, y, f"{j}. {tt}", s.bold, s.size - 0.5)
        y += s.size * 1.4
        for ln in wrap(prose(rng, lg, "clay", 1, 2), s.font, s.size - 1, w - 2 * m):
            t.text(m, y, ln, s.font, s.size - 1)
            y += (s.size - 1) * 1.4
        y += 6
    y = max(y + 20, hh - 220)
    slip_rule(
        t,
        m,
        w - m,
        y,
        tr(
            lg,
            "cut here and return with your deposit",
            "hier abtrennen und mit der Anzahlung zurücksenden",
            "à découper et retourner avec l'acompte",
        ),
    )
    y += 20
    t.text(
        m,
        y,
        f"{tr(lg, 'I accept quote', 'Ich nehme das Angebot an', 'Bon pour accord devis')} {no}  "
        f"({cash(gross, lg)})",
        s.bold,
        s.size,
    )
    y = ticks(
        t,
        s,
        m,
        y + 20,
        w - 2 * m,
        [
            tr(lg, "as quoted", "wie angeboten", "tel quel"),
            tr(lg, "with changes (see note)", "mit Änderungen (s. Notiz)", "avec modifications"),
        ],
        set(),
        8,
    )
    y += 30
    sign_line(t, s, m, y, 170, tr(lg, "Signature", "Unterschrift", "Signature"))
    t.line(w - m - 130, y, w - m, y)
    t.text(w - m - 130, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages.append(t)
    pages = close(pages, s, h, numbers=rng.choice(["none", "{i}/{n}", "2:- {i} -"]))
    remember(d)
    return pages


def courier_of(who: Issuer) -> Head:
    return head_of(who, "courier")


def tpl_breakage_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's damage claim to a courier on the courier's claim form: consignment
    number, dates, sender and receiver, contents, packaging ticked, value claimed, the
    signed declaration; a page of photographs of the broken pots and the box behind."""
    c = courier_of(who)
    lg = c.lang
    h = studio_head()
    s = style_of(c, A4, margin=44)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    sent = d - timedelta(days=rng.randint(3, 14))
    cons = serial(
        rng, keyed(who, "cons").choice(["AA999999999GB", "JJD0099999999999", "9999 9999 9999"])
    )
    rcv = rng.choice([customer(rng), list(rng.choice(SENDERS["shop"][lg])[:3])])
    k = rng.randrange(len(WARES))
    n = rng.randint(1, 8)
    val = round(WARES[k][4] * 2.4 * n, 2)
    p = Page(A4)
    y = heading(p, s, c)
    p.text(
        m,
        y,
        tr(
            lg,
            "LOSS / DAMAGE CLAIM FORM",
            "SCHADENSMELDUNG / REKLAMATION",
            "DÉCLARATION DE LITIGE / AVARIE",
        ),
        s.bold,
        13,
    )
    y += 16
    y = band(p, s, y, tr(lg, "Consignment", "Sendung", "Envoi")) + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Tracking number", "Sendungsnummer", "N° de suivi"), cons),
            (tr(lg, "Date sent", "Einlieferung", "Date d'envoi"), short(sent, lg)),
            (
                tr(lg, "Date delivered", "Zugestellt", "Livré le"),
                short(sent + timedelta(days=rng.randint(1, 4)), lg),
            ),
            (
                tr(lg, "Service", "Produkt", "Service"),
                rng.choice(["Next Day", "Paket 10 kg", "Express 24h", "Standard"]),
            ),
        ],
        per=4,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "Sender and receiver", "Absender und Empfänger", "Expéditeur et destinataire"),
        )
        + 6
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Sender (claimant)", "Absender (Anspruchsteller)", "Expéditeur (demandeur)"),
                f"{h.name}, {h.town}",
            ),
            (tr(lg, "Receiver", "Empfänger", "Destinataire"), ", ".join(rcv[::2])),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(p, s, y, tr(lg, "Contents and damage", "Inhalt und Schaden", "Contenu et dommages"))
        + 6
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Description of contents", "Inhalt", "Nature du contenu"),
                f"{n} x {wares(home(), k)} ({tr(home(), 'stoneware', 'Steinzeug', 'grès')})",
            ),
            (tr(lg, "Value claimed", "Schadenhöhe", "Montant réclamé"), cash(val, lg)),
        ],
        per=2,
        tall=24,
    )
    p.text(m, y, tr(lg, "Packaging used:", "Verpackung:", "Emballage :"), s.font, s.size)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "double box", "Doppelkarton", "double carton"),
            tr(lg, "bubble wrap", "Luftpolsterfolie", "papier bulle"),
            tr(lg, "loose fill", "Füllmaterial", "calage"),
            tr(lg, "FRAGILE labels", "Aufkleber ZERBRECHLICH", "étiquettes FRAGILE"),
        ],
        set(rng.sample(range(4), rng.randint(2, 4))),
        8,
    )
    p.text(
        m,
        y,
        tr(lg, "Outer box damaged?", "Außenverpackung beschädigt?", "Carton extérieur endommagé ?"),
        s.font,
        s.size,
    )
    ticks(p, s, m + 160, y, 120, yes_no(lg), {rng.randint(0, 1)}, 8)
    y += 18
    p.text(m, y, tr(lg, "What happened:", "Schadenhergang:", "Description :"), s.font, s.size)
    y += 14
    for ln in wrap(
        tr(
            home(),
            f"Customer reports {rng.randint(1, n)} pieces smashed on arrival, box crushed on one "
            "corner. Photos attached, box kept for inspection.",
            f"Kundin meldet {rng.randint(1, n)} Teile bei Ankunft zerbrochen, Karton an einer Ecke "
            "eingedrückt. Fotos anbei, Verpackung aufbewahrt.",
            f"Le client signale {rng.randint(1, n)} pièces cassées à l'arrivée, carton écrasé sur "
            "un angle. Photos jointes, emballage conservé.",
        ),
        HAND,
        9,
        w - 2 * m,
    ):
        hand(p, m + 4, y, ln, 9)
        y += 13
    y += 6
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "copy of sales invoice enclosed",
                "Kopie Rechnung anbei",
                "copie de facture jointe",
            ),
            tr(lg, "photos enclosed", "Fotos anbei", "photos jointes"),
        ],
        {0, 1},
        8,
    )
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "I declare that the information given is true and complete.",
            "Ich versichere die Richtigkeit der Angaben.",
            "Je certifie exactes les informations ci-dessus.",
        ),
        s.font,
        s.size - 1,
    )
    y += 30
    sign_line(p, s, m, y, 170, tr(lg, "Signature", "Unterschrift", "Signature"), potters()[1])
    hand(p, m + 200, y - 3, short(d, lg), 9.5)
    if y < hh - 150:
        yb = hh - m - 60 - 7 * len(c.foot)
        p.rect(m, yb, w - 2 * m, 46, fill=0.93)
        p.text(
            m + 4,
            yb + 10,
            tr(lg, "FOR OFFICE USE ONLY", "NUR FÜR INTERNE ZWECKE", "CADRE RÉSERVÉ AU SERVICE"),
            s.bold,
            7,
        )
        p.text(
            m + 4,
            yb + 24,
            tr(
                lg,
                "Claim no. ........  Received ........  Handler ........",
                "Vorgang ........  Eingang ........  Bearbeiter ........",
                "Dossier ........  Reçu le ........  Gestionnaire ........",
            ),
            s.font,
            7,
        )
    pages = [p]
    if rng.random() < 0.8:
        ph = Page(A4)
        ph.text(
            m,
            m,
            f"{tr(home(), 'Photos - consignment', 'Fotos - Sendung', 'Photos - envoi')} {cons}",
            s.bold,
            10,
        )
        k2 = rng.choice([2, 3, 4])
        pw, phh = (w - 2 * m - 16) / 2, 220.0 if k2 > 2 else 300.0
        caps = [
            tr(home(), "outer box", "Außenkarton", "carton"),
            tr(home(), "contents as opened", "Inhalt beim Öffnen", "contenu à l'ouverture"),
            tr(home(), "broken pieces", "zerbrochene Teile", "pièces cassées"),
            tr(home(), "packing", "Polsterung", "calage"),
        ]
        rng.shuffle(caps)
        for j in range(k2):
            x = m + (j % 2) * (pw + 16)
            yy = m + 20 + (j // 2) * (phh + 30)
            photo(ph, x, yy, pw, phh, rng)
            ph.text(x, yy + phh + 12, caps[j], s.font, 8)
        pages.append(ph)
    close(pages[:1], s, c, numbers="none")
    remember(d, (c.name, cons, val, n, k))
    return pages


def tpl_claim_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The courier's decision on a damage claim: the claim reference and consignment, the
    amount settled (limited to the service's liability) or the refusal (ceramics not
    covered, packaging not adequate), and now and then a settlement form to sign."""
    c = courier_of(who)
    lg = c.lang
    s = style_of(c, A4)
    w, _hh = s.page_size
    m = s.margin
    prev = extra(("breakage_claim",))
    d = last_day(rng, ("breakage_claim",), (10, 35))
    if isinstance(prev, tuple) and prev[0] == c.name:
        _, cons, val, _n, _k = prev
    else:
        cons = serial(rng, "AA999999999GB")
        val = round(rng.uniform(40, 300), 2)
    ref = serial(rng, "CLM-9999999")
    f = sheets(s, c, f"{c.name} - {ref}")
    recipient(
        f,
        s,
        c,
        studio_lines(),
        d,
        [
            (tr(lg, "Claim ref", "Vorgang", "Dossier"), ref),
            (tr(lg, "Consignment", "Sendung", "Envoi"), str(cons)),
        ],
    )
    caption(f, s, tr(lg, "Your claim", "Ihre Schadensmeldung", "Votre réclamation"), 2)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    outcome = rng.random()
    paid = 0.0
    if outcome < 0.45:
        paid = min(float(val), rng.choice([25.0, 50.0, 100.0, 150.0]))
        write(
            f,
            s,
            tr(
                lg,
                "We have reviewed your claim and are sorry for the damage. We will pay "
                f"{cash(paid, lg)}, the maximum compensation for the service used, to your account "
                "within 10 working days.",
                "wir haben Ihre Schadensmeldung geprüft. Im Rahmen der Haftungsgrenzen des "
                f"gewählten Produkts erstatten wir Ihnen {cash(paid, lg)}. Die Zahlung erfolgt "
                "innerhalb von 10 Werktagen.",
                "Après examen de votre dossier, nous vous indemnisons à hauteur de "
                f"{cash(paid, lg)}, plafond contractuel du service utilisé. Le virement sera "
                "effectué sous 10 jours ouvrés.",
            ),
        )
    elif outcome < 0.8:
        write(
            f,
            s,
            tr(
                lg,
                "Unfortunately we are unable to accept your claim. Ceramics, glass and pottery "
                "are listed as prohibited items for compensation in our terms and conditions "
                "(section 7.3).",
                "leider können wir Ihre Forderung nicht anerkennen. Keramik und Glas sind gemäß "
                "Ziffer 7.3 unserer AGB von der Haftung ausgeschlossen.",
                "Nous ne pouvons malheureusement pas donner une suite favorable à votre demande : "
                "la céramique et le verre sont exclus de l'indemnisation (article 7.3 de nos "
                "conditions générales).",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Our inspection found that the packaging was not adequate for fragile items, as "
                "it did not allow 5 cm of cushioning on all sides. We therefore cannot accept "
                "liability.",
                "Nach Prüfung war die Verpackung für zerbrechliche Güter nicht ausreichend (kein "
                "Polsterabstand von 5 cm). Eine Haftung besteht daher nicht.",
                "Notre expertise a conclu à un emballage insuffisant pour des objets fragiles. "
                "Notre responsabilité ne peut donc être engagée.",
            ),
        )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(c, "claims"),
        tr(lg, "Claims Team", "Schadenabteilung", "Service réclamations"),
    )
    if paid and rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Settlement and discharge form", "Abfindungserklärung", "Quittance subrogative"),
            2,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Claim ref", "Vorgang", "Dossier"), ref),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(paid, lg)),
                (tr(lg, "Account name", "Kontoinhaber", "Titulaire"), ""),
                (tr(lg, "Sort code / IBAN", "IBAN", "IBAN"), ""),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(f, s, words(rng, lg, "legal", 30), s.size - 1)
        f.y += 36
        sign_line(
            f.page, s, m, f.y, 170, tr(lg, "Signature of claimant", "Unterschrift", "Signature")
        )
    pages = close(f.pages, s, c)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "kiln_service": tpl_kiln_service,
    "electrical_cert": tpl_electrical_cert,
    "class_booking": tpl_class_booking,
    "course_invoice": tpl_course_invoice,
    "membership_agreement": tpl_membership_agreement,
    "consignment_agreement": tpl_consignment_agreement,
    "sor_statement": tpl_sor_statement,
    "fair_booking": tpl_fair_booking,
    "wholesale_order": tpl_wholesale_order,
    "trade_invoice": tpl_trade_invoice,
    "firing_log": tpl_firing_log,
    "insurance_schedule": tpl_insurance_schedule,
    "energy_bill": tpl_energy_bill,
    "grant_offer": tpl_grant_offer,
    "grant_claim": tpl_grant_claim,
    "commission_quote": tpl_commission_quote,
    "breakage_claim": tpl_breakage_claim,
    "claim_decision": tpl_claim_decision,
}
TEMPLATES_FFFF: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "supplier_invoice",
    "delivery_note",
    "class_booking",
    "course_invoice",
    "wholesale_order",
    "trade_invoice",
    "sor_statement",
    "firing_log",
    "energy_bill",
)
#: A kind often followed by a related paper about the same matter.
FOLLOWS = {
    "delivery_note": "supplier_invoice",
    "class_booking": "course_invoice",
    "wholesale_order": "trade_invoice",
    "consignment_agreement": "sor_statement",
    "grant_offer": "grant_claim",
    "breakage_claim": "claim_decision",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_ramekin_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One studio's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The studio
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    STUDIO["lang"] = lang
    STUDIO["row"] = r.randrange(len(STUDIOS[lang]))
    STUDIO["seed"] = r.getrandbits(24)
    STUDIO["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_FFFF, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_ramekin_stream, "templates FFFF")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

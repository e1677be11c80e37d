"""Saucer part of the generated corpus: templates UUU, written blind for the next measurement.

A part of its own, ``saucer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent bicycle shop with a repair workshop (the owner, two mechanics, a sales assistant,
an e-bike and a cargo-bike specialist; in England, Germany or France) feeds through its scanner
in a month: bike and parts distributors' invoices, some of many pages with a running header,
and their delivery notes with frame numbers and a backorder page; manufacturers' warranty claim
forms as the shop filled them in, with a page of photos and the copy of the customer's receipt
behind, and the manufacturer's decision letter, now and then with its credit note or lab
report; cycle-to-work orders (a salary-sacrifice certificate, a Dienstrad order from the
leasing company with the handover confirmation, a bon de commande with its procès-verbal de
livraison) and the scheme's settlement statements; the workshop's own job cards on A5 or A4
with the check list, the parts used and the customer's signature, and its repair estimates
(for customers and cycle insurers) with an acceptance slip; hire agreements for the rental
bikes with the terms on the back and a return check; bike fitting reports with a landscape
page of position coordinates; trade-in valuation forms; lithium battery consignment notes for
collection and recycling with a list of the batteries; the landlord's service charge
reconciliation with its landscape apportionment schedule; 0 % finance agreements with the
pre-contract information, terms, signature page and direct debit mandate; frame number
registration certificates on card-sized paper; police letters about bikes stolen from the
shop or not returned from hire, with the victims' leaflet; the council's cycle training
contract with its covering letter, session schedule on a landscape page and signature page;
trade show stand invoices with the hall plan; manufacturers' safety recall notices with the
list of affected frame numbers and a dealer reply form; and the e-bike diagnostic reports the
workshop prints from the drive system's service tool. Each stream is one shop's pile: the shop
(country, name, month) is drawn once per stream; its senders are of the shop's country and
write in its language, except that manufacturers, distributors and trade show organisers are
now and then from abroad and write in their own (an American maker on Letter paper). Page
sizes range from card-sized certificates and A5 job cards to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the shop files it: every
page of a distributor's invoice and the backorder page of its delivery note; the photo page
and the receipt copy the shop put behind a warranty claim form (the shop sent them as one
claim); the credit note or lab report sent with a warranty decision; the handover
confirmation page of a leasing order; the terms on the back and the return check of a hire
agreement; all pages of a fitting report; the battery list of a consignment note; the
schedule pages of a service charge reconciliation; the pre-contract information, terms,
signature page and mandate of a finance agreement; the victims' leaflet behind a police
letter; the covering letter, schedule and signature page of a training contract; the hall
plan of a stand invoice; the affected-frames list and reply form of a recall notice; every
page of a diagnostic report. Related papers are documents of their own: the invoice after the
delivery note it bills, the manufacturer's decision after the warranty claim, the warranty
claim after the diagnostic report that found the fault, the settlement statement after the
cycle-to-work order it pays, the job card after the repair estimate the customer accepted;
and so is each invoice, job card, hire agreement, trade-in form, certificate and settlement
statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: distributors' invoices, job cards,
hire agreements, trade-in forms, frame registration certificates and settlement statements
often come 2-4 in a row from one sender with other customers, bikes, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers,
about the same bike or order. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "saucer"`` and seeds offset by
7_200_000.

Usage: ``python benchmarks/corpus_saucer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/saucer/saucer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Col,
    Flow,
    band,
    box,
    caption,
    cash,
    close,
    columns,
    day,
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
)
from corpus_kit import address as window

PART = "saucer"
SEED_OFFSET = 7_200_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
CARD = (148 * MM, 105 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("Spokes & Sprockets Cycles Ltd", "42 Gloucester Road", "Bristol BS7 8AE", "0117 942 3310"),
        ("Fenland Cycle Works", "7 Mill Road", "Cambridge CB1 2AD", "01223 361 402"),
        ("Pedal Republic Ltd", "Unit 3, Kelham Island Works", "Sheffield S3 8RY", "0114 272 0915"),
    ],
    "de": [
        ("Radhaus Kettenblatt GmbH", "Körnerstraße 31", "04107 Leipzig", "0341 221 47 80"),
        ("Zweirad Brenner e.K.", "Friedrichstraße 12", "79098 Freiburg", "0761 38 29 14"),
        ("Velowerk Münster GmbH", "Hammer Straße 84", "48153 Münster", "0251 78 44 20"),
    ],
    "fr": [
        ("Cycles du Vieux Port", "18 rue de la République", "13002 Marseille", "04 91 90 22 71"),
        ("L'Atelier du Cycle SARL", "5 rue Paul Bert", "35000 Rennes", "02 99 38 61 05"),
        ("Vélos Garonne SARL", "42 allées Jean Jaurès", "31000 Toulouse", "05 61 62 80 13"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "distributor": {
        "en": [
            (
                "Ridgeway Cycle Distribution Ltd",
                "Launton Road",
                "Bicester OX26 4UR",
                "01869 320 400",
            ),
            ("Velotech Parts UK Ltd", "Unit 12, Hillside Park", "Milton Keynes MK1 1DR", ""),
            ("Northern Spoke Wholesale", "Canal Wharf", "Leeds LS11 5PS", "0113 245 8800"),
        ],
        "de": [
            ("Veloteile Nord GmbH & Co. KG", "Industriestraße 18", "27318 Hoya", "04251 81 20"),
            ("Radsport Großhandel Schäfer GmbH", "Gutenbergring 7", "63110 Rodgau", ""),
            ("Zweiradteile Süd AG", "Daimlerstraße 44", "73037 Göppingen", "07161 60 48 0"),
        ],
        "fr": [
            ("Distrivélo SAS", "ZA des Platières", "69340 Francheville", "04 78 59 30 30"),
            ("Cycles Europe Distribution", "12 rue des Artisans", "44470 Carquefou", ""),
            ("Rayon d'Or Pièces Cycles", "Parc d'activités du Moulin", "59810 Lesquin", ""),
        ],
    },
    "manufacturer": {
        "en": [
            ("Brackenfell Bicycles Ltd", "Shap Road Industrial Estate", "Kendal LA9 6NZ", ""),
            ("Trailhead Cycles Inc.", "1200 Fourier Drive", "Madison, WI 53717, USA", ""),
            ("Cadence Cargo Bikes Ltd", "Unit 4, Riverside Works", "Bath BA2 3DP", ""),
        ],
        "de": [
            ("Elbtal Bikes GmbH", "Meißner Landstraße 140", "01157 Dresden", "0351 42 77 0"),
            ("Kronwerk E-Bikes AG", "Am Wasserturm 3", "33649 Bielefeld", "0521 94 10 0"),
            ("Lastenrad-Manufaktur Weser GmbH", "Hafenstraße 9", "28217 Bremen", ""),
        ],
        "fr": [
            ("Cycles Méridienne SAS", "Rue Jean Servanton", "42000 Saint-Étienne", ""),
            ("Vélo-Atlantique Industrie", "ZI de la Sèvre", "85600 Montaigu", "02 51 46 11 00"),
            ("Triporteurs Lumière SAS", "8 chemin du Pontet", "69150 Décines", ""),
        ],
    },
    "scheme": {
        "en": [
            ("Cycle2Work Direct Ltd", "Victoria House, Queens Road", "Norwich NR1 3QQ", ""),
            ("GreenCommute Benefits Ltd", "3 Temple Quay", "Bristol BS1 6DZ", "0345 600 2020"),
        ],
        "de": [
            ("RadLeasing Direkt GmbH", "Kaiserallee 61", "76185 Karlsruhe", "0721 50 60 70"),
            ("Dienstrad Plus GmbH", "Emil-von-Behring-Straße 2", "60439 Frankfurt am Main", ""),
        ],
        "fr": [
            ("VéloPro Leasing SAS", "27 rue du Faubourg Montmartre", "75009 Paris", ""),
            ("Mobilivélo Entreprises", "Immeuble Le Sextant", "33700 Mérignac", ""),
        ],
    },
    "finance": {
        "en": [
            ("Northgate Retail Finance Ltd", "PO Box 2107", "Leicester LE1 9DB", "0330 123 4400"),
            ("Pennant Consumer Credit plc", "Pennant House", "Stoke-on-Trent ST4 4EU", ""),
        ],
        "de": [
            ("Hanse Kreditbank AG", "Ballindamm 27", "20095 Hamburg", "040 35 99 80"),
            ("Zweirad Finanz Service GmbH", "Marienplatz 4", "80331 München", ""),
        ],
        "fr": [
            ("Cofivélo Crédit SA", "12 place des Vosges", "92400 Courbevoie", ""),
            ("Banque Sorelia Financement", "4 avenue de l'Europe", "67000 Strasbourg", ""),
        ],
    },
    "recycler": {
        "en": [
            ("ReCell Battery Recycling Ltd", "Halesfield 21", "Telford TF7 4PF", "01952 580 311"),
            ("Greenpath Waste Carriers Ltd", "Avonside Industrial Park", "Bristol BS2 0RS", ""),
        ],
        "de": [
            ("Akku-Rückführung Nord GmbH", "Heidenkampsweg 99", "20097 Hamburg", ""),
            ("BatterieRücknahme Süd GmbH", "Robert-Bosch-Straße 5", "71088 Holzgerlingen", ""),
        ],
        "fr": [
            ("Recypile SAS", "ZI Les Grives", "62220 Carvin", "03 21 79 40 00"),
            ("Batri'Collecte SARL", "Chemin de la Traille", "13170 Les Pennes-Mirabeau", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Chesterton Property Management", "Clifton Down", "Bristol BS8 3HT", ""),
            ("Mill Road Estates Ltd", "c/o Bidwells, Bene't Place", "Cambridge CB2 1EL", ""),
            ("Kelham Works Management Co", "Alma Street", "Sheffield S3 8SA", ""),
        ],
        "de": [
            ("Hausverwaltung Lindner & Sohn", "Dittrichring 8", "04109 Leipzig", ""),
            ("Immobilien Hug Verwaltungs GmbH", "Kaiser-Joseph-Straße 200", "79098 Freiburg", ""),
            ("Domplatz Immobilien KG", "Prinzipalmarkt 2", "48143 Münster", ""),
        ],
        "fr": [
            ("Cabinet Giraud Immobilier", "4 cours Pierre Puget", "13006 Marseille", ""),
            ("Foncière Armorique Gestion", "10 quai Lamennais", "35000 Rennes", ""),
            ("Cabinet Sarrail Gestion", "21 rue d'Alsace-Lorraine", "31000 Toulouse", ""),
        ],
    },
    "show": {
        "en": [("Cycle Trade Expo Ltd", "NEC, North Avenue", "Birmingham B40 1NT", "")],
        "de": [("Messe Bodensee GmbH - RADWELT", "Neue Messe 1", "88046 Friedrichshafen", "")],
        "fr": [("Expovélo SAS - Salon Vélo Pro", "Parc des Expositions", "75015 Paris", "")],
    },
    "register": {
        "en": [("CycleMark National Register", "PO Box 410", "Chester CH1 9QR", "")],
        "de": [("FahrradPass Registrierstelle", "Postfach 10 44 20", "28044 Bremen", "")],
        "fr": [("Marquage Vélo France - Bicymark", "BP 30145", "67004 Strasbourg Cedex", "")],
    },
}
#: The police station and the council of the shop's town, by the shop's row.
POLICE: dict[str, list[Row]] = {
    "en": [
        ("Avon and Somerset Police", "Trinity Road Police Station", "Bristol BS2 0NW", "101"),
        ("Cambridgeshire Constabulary", "Parkside Police Station", "Cambridge CB1 1JG", "101"),
        ("South Yorkshire Police", "Snig Hill", "Sheffield S3 8LY", "101"),
    ],
    "de": [
        (
            "Polizeidirektion Leipzig - Polizeirevier Zentrum",
            "Ritterstraße 19",
            "04109 Leipzig",
            "",
        ),
        (
            "Polizeipräsidium Freiburg - Polizeirevier Nord",
            "Heinrich-von-Stephan-Straße 4",
            "79100 Freiburg",
            "",
        ),
        ("Polizeipräsidium Münster - Wache Friesenring", "Friesenring 43", "48147 Münster", ""),
    ],
    "fr": [
        (
            "Commissariat de police du 2e arrondissement",
            "66 rue de la Joliette",
            "13002 Marseille",
            "",
        ),
        ("Commissariat central de Rennes", "Boulevard de la Tour d'Auvergne", "35000 Rennes", ""),
        ("Hôtel de police de Toulouse", "23 boulevard de l'Embouchure", "31200 Toulouse", ""),
    ],
}
COUNCILS: dict[str, list[Row]] = {
    "en": [
        (
            "Bristol City Council - Sustainable Transport",
            "City Hall, College Green",
            "Bristol BS1 5TR",
            "",
        ),
        ("Cambridgeshire County Council - Road Safety", "New Shire Hall", "Alconbury PE28 4YE", ""),
        (
            "Sheffield City Council - Active Travel",
            "Howden House, 1 Union St",
            "Sheffield S1 2SH",
            "",
        ),
    ],
    "de": [
        ("Stadt Leipzig - Verkehrs- und Tiefbauamt", "Prager Straße 118-136", "04317 Leipzig", ""),
        (
            "Stadt Freiburg i. Br. - Garten- und Tiefbauamt",
            "Fehrenbachallee 12",
            "79106 Freiburg",
            "",
        ),
        (
            "Stadt Münster - Amt für Mobilität",
            "Stadthaus 3, Albersloher Weg 33",
            "48155 Münster",
            "",
        ),
    ],
    "fr": [
        ("Ville de Marseille - Direction de la Mobilité", "Hôtel de Ville", "13002 Marseille", ""),
        (
            "Rennes Métropole - Service Mobilité urbaine",
            "4 avenue Henri Fréville",
            "35207 Rennes",
            "",
        ),
        ("Toulouse Métropole - Direction des Mobilités", "6 rue René Leduc", "31505 Toulouse", ""),
    ],
}
#: Each manufacturer's brand and models: model, kind, list price in the shop's currency, e-bike.
Model = tuple[str, str, float, bool]
MODELS: dict[str, tuple[str, list[Model]]] = {
    "Brackenfell Bicycles Ltd": (
        "Brackenfell",
        [
            ("Fellrunner 2", "gravel", 1449.0, False),
            ("Scree 140", "MTB full suspension", 2899.0, False),
            ("Tarn E-Trek", "e-trekking", 3199.0, True),
            ("Howgill Road 105", "road", 1299.0, False),
        ],
    ),
    "Trailhead Cycles Inc.": (
        "Trailhead",
        [
            ("Ridgeline 29 SX", "MTB hardtail", 1199.0, False),
            ("Switchback E+", "e-MTB", 4599.0, True),
            ("Commuter 7i", "city", 899.0, False),
        ],
    ),
    "Cadence Cargo Bikes Ltd": (
        "Cadence",
        [
            ("Longtail LT2", "e-cargo longtail", 4999.0, True),
            ("Box Two", "e-cargo box bike", 5899.0, True),
        ],
    ),
    "Elbtal Bikes GmbH": (
        "Elbtal",
        [
            ("Trekking 8.0", "trekking", 1099.0, False),
            ("E-Tour 625 Wave", "e-trekking", 3499.0, True),
            ("Urban 3 Nexus", "city", 849.0, False),
            ("Gravel GX", "gravel", 1599.0, False),
        ],
    ),
    "Kronwerk E-Bikes AG": (
        "Kronwerk",
        [
            ("Alltag E5 Tiefeinsteiger", "e-city", 2999.0, True),
            ("Trail E9", "e-MTB", 5299.0, True),
            ("Speed S45", "S-Pedelec", 4799.0, True),
        ],
    ),
    "Lastenrad-Manufaktur Weser GmbH": (
        "Weserlast",
        [
            ("Kiste 2 E", "e-cargo box bike", 5990.0, True),
            ("Lang L", "e-cargo longtail", 4690.0, True),
        ],
    ),
    "Cycles Méridienne SAS": (
        "Méridienne",
        [
            ("Randonneuse 700", "touring", 1390.0, False),
            ("Urbaine E-7", "e-city", 2490.0, True),
            ("Col 105 Disc", "road", 1690.0, False),
        ],
    ),
    "Vélo-Atlantique Industrie": (
        "Atlantique",
        [
            ("VTC Lande 500", "hybrid", 749.0, False),
            ("E-Côte 500", "e-trekking", 2790.0, True),
            ("Enfant 24", "kids", 349.0, False),
        ],
    ),
    "Triporteurs Lumière SAS": (
        "Lumière",
        [
            ("Triporteur T2 E", "e-cargo trike", 6490.0, True),
            ("Biporteur B1 E", "e-cargo box bike", 5490.0, True),
        ],
    ),
}
COLOURS = {
    "en": ["matt black", "slate grey", "racing green", "sand", "petrol blue", "white", "red"],
    "de": ["schwarz matt", "anthrazit", "tannengrün", "sandbeige", "petrol", "weiß", "rot"],
    "fr": ["noir mat", "gris ardoise", "vert sapin", "sable", "bleu pétrole", "blanc", "rouge"],
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
        "Kwame",
        "Lucy",
        "Gareth",
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
        "Mehmet",
        "Lena",
        "Florian",
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
        "Mathieu",
        "Chloé",
        "Karim",
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
        "Okafor",
        "Pearce",
        "Hughes",
        "Lam",
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
        "Krause",
        "Lehmann",
        "Schulz",
        "Nowak",
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
        "Marchand",
        "Blanc",
        "Guérin",
        "Le Goff",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Lucy",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Lena",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Inès",
    "Chloé",
}
ROADS = {
    "en": [
        "Cotham Hill",
        "Chesterton Road",
        "Abbeydale Road",
        "Victoria Park Road",
        "Mill Lane",
        "Elm Grove",
        "St Michael's Hill",
        "Hartington Road",
    ],
    "de": [
        "Karl-Liebknecht-Straße",
        "Wiesenweg",
        "Schillerstraße",
        "Am Kanonengraben",
        "Lindenallee",
        "Hansaring",
        "Goethestraße",
        "Eschholzstraße",
    ],
    "fr": [
        "rue Paradis",
        "avenue de la Libération",
        "rue de Fougères",
        "boulevard Carnot",
        "rue des Lilas",
        "chemin de la Colline",
        "rue Saint-Rome",
        "impasse des Tilleuls",
    ],
}
TOWNS = {
    "en": [
        "Bristol BS6 5TL",
        "Cambridge CB4 1DT",
        "Sheffield S7 2QW",
        "Bath BA1 5JH",
        "Bristol BS3 4NQ",
        "Ely CB7 4AA",
        "Sheffield S11 8YH",
    ],
    "de": [
        "04275 Leipzig",
        "79102 Freiburg",
        "48151 Münster",
        "04155 Leipzig",
        "79111 Freiburg",
        "48149 Münster",
        "04229 Leipzig",
    ],
    "fr": [
        "13006 Marseille",
        "35700 Rennes",
        "31400 Toulouse",
        "13008 Marseille",
        "35200 Rennes",
        "31300 Toulouse",
        "13100 Aix-en-Provence",
    ],
}

TALK = {
    "en": {
        "bike": "frame fork wheel hub bearing brake caliper rotor chain cassette derailleur "
        "gear cable tyre tube saddle seatpost headset battery motor display charger torque",
        "legal": "agreement party hirer owner obligations liability term termination notice "
        "insurance damage loss deposit charges law dispute personal data consent",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement credit",
        "safety": "safety inspection affected serial component failure risk riders dealers "
        "customers replacement check immediately stop use notify",
    },
    "de": {
        "bike": "Rahmen Gabel Laufrad Nabe Lager Bremse Bremssattel Scheibe Kette Kassette "
        "Schaltwerk Schaltzug Reifen Schlauch Sattel Sattelstütze Steuersatz Akku Motor Display",
        "legal": "Vertrag Parteien Mieter Eigentümer Pflichten Haftung Laufzeit Kündigung "
        "Versicherung Schaden Verlust Kaution Gebühren Recht Gerichtsstand Datenschutz",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Gutschrift",
        "safety": "Sicherheit Prüfung betroffene Seriennummern Bauteil Bruch Risiko Fahrer "
        "Händler Kunden Austausch Kontrolle sofort Nutzung einstellen informieren",
    },
    "fr": {
        "bike": "cadre fourche roue moyeu roulement frein étrier disque chaîne cassette "
        "dérailleur câble pneu chambre selle tige direction batterie moteur écran chargeur",
        "legal": "contrat parties locataire propriétaire obligations responsabilité durée "
        "résiliation préavis assurance dommages perte caution frais droit litige données",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement avoir",
        "safety": "sécurité contrôle numéros concernés composant rupture risque cyclistes "
        "revendeurs clients remplacement vérification immédiatement arrêt utilisation",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "bike", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "bike", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The shop of a stream: country, name, month; what the previous document was about
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def row_no() -> int:
    r = SHOP["row"]
    assert isinstance(r, int)
    return r


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps its
    sender."""
    text = f"saucer/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def earlier(kinds: tuple[str, ...], typ: type) -> object | None:
    """The previous document's note if it was one of ``kinds`` and of type ``typ``."""
    ex = LAST["extra"]
    return ex if after(kinds) and isinstance(ex, typ) else None


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
TAGLINES = {
    "shop": (
        "Bicycles - Repairs - Hire",
        "Fahrräder - Werkstatt - Verleih",
        "Vente - Atelier - Location",
    ),
    "distributor": (
        "Cycle parts & accessories wholesale",
        "Fahrradteile-Großhandel",
        "Grossiste pièces et accessoires cycles",
    ),
    "manufacturer": ("Bicycles built to last", "Fahrradmanufaktur", "Fabricant de cycles"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("police", "council"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Leipzig",
                "Volksbank Freiburg",
                "Sparkasse Münsterland Ost",
                "Commerzbank",
                "GLS Bank",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}"
        ]
        if any(t in name for t in ("GmbH", "AG", "KG")):
            out.insert(
                0,
                f"Sitz {name.split()[0]} - Amtsgericht {r.choice(['Leipzig', 'Bremen', 'Ulm'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - NAF {r.choice(['4764Z', '3092Z', '4649Z', '7711A'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Lyon', 'Nantes', 'Paris', 'Marseille'])}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "Co")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role == "finance":
        out.append(
            f"Authorised and regulated by the Financial Conduct Authority FRN "
            f"{r.randint(600000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"saucer/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if "USA" in town:
        tld = "com"
    looks = LOOKS
    if role in ("police", "council"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
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
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates="us"
        if "USA" in town
        else r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'service', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def shop_head() -> Head:
    lang = home()
    return make_head(SHOPS[lang][row_no()], lang, "shop")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def local(role: str) -> Head:
    """The police station or council of the shop's town."""
    rows = POLICE if role == "police" else COUNCILS
    return make_head(rows[home()][row_no()], home(), role)


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
    """A circle drawn as a polygon (round stamps, wheels)."""
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
    p.text(cx, cy - r * 0.4, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def bike_outline(p: Page, x: float, y: float, w: float) -> None:
    """A line drawing of a bicycle (side view) in a box ``w`` wide, top-left ``x``, ``y``:
    the sketch on condition reports where damage is marked."""
    r = w * 0.2
    cy = y + w * 0.42
    bx, fx = x + r + 4, x + w - r - 4
    ring(p, bx, cy, r, 28)
    ring(p, fx, cy, r, 28)
    bb = (x + w * 0.45, cy)
    seat = (x + w * 0.38, cy - r * 1.25)
    head = (x + w * 0.7, cy - r * 1.15)
    p.line(bx, cy, *bb)
    p.line(bx, cy, *seat)
    p.line(*bb, *seat)
    p.line(*seat, *head)
    p.line(*bb, *head)
    p.line(*head, fx, cy)
    p.line(seat[0] - 8, seat[1] - 6, seat[0] + 8, seat[1] - 6)
    p.line(seat[0], seat[1], seat[0], seat[1] - 6)
    p.line(head[0], head[1], head[0] + 4, head[1] - 10)
    p.line(head[0] - 4, head[1] - 10, head[0] + 10, head[1] - 10)
    ring(p, bb[0], bb[1], r * 0.18, 12)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    line2 = tr(h.lang, *tag) if tag else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
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
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        info = f"{where}  {contact}" if line2 else contact
        if info:
            p.text(w / 2, y + 24, fit(info, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        p.text(m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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


def plain(s: Style, header: str = "") -> Sheets:
    """Pages with no letterhead: a running header from the second page if ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "PC", "Insp")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the shop's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Workshop", "Accounts"],
                        "de": ["Büro", "Werkstatt", "Buchhaltung"],
                        "fr": ["Bureau", "Atelier", "Compta"],
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
            ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"saucer/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr, Madame/Monsieur or Mrs/Mr before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def dear_of(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Ms' if female else 'Mr'} {last},"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
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
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "") -> None:
    """A signature line with its label under it, signed by ``who`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if who:
        scrawl(p, x + 6, y - 3, who, 12)


# ---------------------------------------------------------------------------------------------
# Customers, bikes and parts
# ---------------------------------------------------------------------------------------------


def a_person(rng: random.Random, lang: str | None = None) -> str:
    lg = lang or home()
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def lives(rng: random.Random, lang: str | None = None) -> tuple[str, str]:
    lg = lang or home()
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 140)
    return (f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg]))


def phone(rng: random.Random) -> str:
    return {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.choice([51, 57, 60, 62, 70, 76])} {rng.randint(1000000, 99999999)}",
        "fr": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
    }[home()]


@dataclass
class Bike:
    maker: str
    brand: str
    model: str
    kind: str
    price: float
    ebike: bool
    colour: str
    size: str
    frame: str
    year: int
    motor: str
    battery: str


FRAME_MASKS = ["WAA99999999A", "AA9999999", "99A999999", "A9AA999999", "AA99-999999"]


def bike_of(rng: random.Random, maker: str) -> Bike:
    """A bike of the manufacturer ``maker`` (a key of ``MODELS``)."""
    brand, models = MODELS[maker]
    model, kind, price, ebike = rng.choice(models)
    mask = FRAME_MASKS[zlib.crc32(maker.encode()) % len(FRAME_MASKS)]
    size = rng.choice(["S", "M", "L", "XL", "48 cm", "52 cm", "56 cm", "45 cm", "50 cm"])
    return Bike(
        maker=maker,
        brand=brand,
        model=model,
        kind=kind,
        price=price,
        ebike=ebike,
        colour=rng.choice(COLOURS[home()]),
        size=size,
        frame=serial(rng, mask),
        year=month().year - rng.choice([0, 0, 1, 1, 2, 3, 5]),
        motor=serial(rng, "VDU99999999") if ebike else "",
        battery=serial(rng, "VBA-999999-A") if ebike else "",
    )


def any_bike(rng: random.Random) -> Bike:
    return bike_of(rng, rng.choice(sorted(MODELS)))


def maker_head(who: Issuer, abroad: float = 0.25) -> Head:
    return head_of(who, "manufacturer", abroad)


#: Parts and accessories: part number mask, English, German, French, trade price.
PARTS: list[tuple[str, str, str, str, float]] = [
    (
        "CH-12-126",
        "Chain 12-speed 126 links",
        "Kette 12-fach 126 Glieder",
        "Chaîne 12V 126 maillons",
        24.90,
    ),
    (
        "CH-11-116",
        "Chain 11-speed 116 links",
        "Kette 11-fach 116 Glieder",
        "Chaîne 11V 116 maillons",
        17.40,
    ),
    (
        "BP-R-04",
        "Disc brake pads resin (pair)",
        "Bremsbeläge organisch (Paar)",
        "Plaquettes résine (paire)",
        8.20,
    ),
    (
        "BP-S-11",
        "Disc brake pads sintered (pair)",
        "Bremsbeläge gesintert (Paar)",
        "Plaquettes frittées (paire)",
        10.60,
    ),
    (
        "TY-700-32R",
        "Tyre 700x32C reflective",
        "Reifen 32-622 Reflex",
        "Pneu 700x32C flancs réfléchissants",
        15.80,
    ),
    (
        "TY-275-24",
        "Tyre 27.5x2.4 tubeless ready",
        "Reifen 62-584 TLR",
        "Pneu 27.5x2.4 tubeless ready",
        27.50,
    ),
    (
        "TU-700-SV",
        "Inner tube 700x28-35 Presta",
        "Schlauch 28-35/622 SV",
        "Chambre 700x28-35 Presta",
        3.10,
    ),
    (
        "TU-28-DV",
        "Inner tube 28in Dunlop valve",
        "Schlauch 28 Zoll DV",
        "Chambre 28 pouces valve Dunlop",
        2.90,
    ),
    ("CS-11-34", "Cassette 11-speed 11-34", "Kassette 11-fach 11-34", "Cassette 11V 11-34", 31.20),
    ("CS-12-51", "Cassette 12-speed 10-51", "Kassette 12-fach 10-51", "Cassette 12V 10-51", 58.00),
    (
        "CK-GEAR",
        "Gear cable kit stainless",
        "Schaltzug-Set Edelstahl",
        "Kit câble dérailleur inox",
        6.40,
    ),
    (
        "BB-BSA-68",
        "Bottom bracket BSA 68 mm",
        "Tretlager BSA 68 mm",
        "Boîtier de pédalier BSA 68",
        14.90,
    ),
    (
        "DR-180-6B",
        "Disc rotor 180 mm 6-bolt",
        "Bremsscheibe 180 mm 6-Loch",
        "Disque 180 mm 6 trous",
        16.70,
    ),
    (
        "GR-LOCK",
        "Lock-on grips ergonomic",
        "Ergo-Griffe Schraubklemme",
        "Poignées ergonomiques",
        12.30,
    ),
    (
        "SD-GEL-W",
        "Saddle comfort gel wide",
        "Sattel Komfort Gel breit",
        "Selle confort gel large",
        19.90,
    ),
    ("MG-50", "Mudguard set 50 mm", "Schutzblech-Set 50 mm", "Garde-boue 50 mm (paire)", 18.40),
    ("KS-CTR", "Centre kickstand", "Zweibeinständer", "Béquille centrale", 21.60),
    ("LT-SET-D", "Dynamo light set", "Dynamo-Lichtset StVZO", "Kit éclairage dynamo", 34.90),
    ("HM-URB-M", "Helmet urban size M", "Helm Urban Gr. M", "Casque urbain taille M", 28.00),
    ("LK-D-150", "D-lock 150 mm sold secure", "Bügelschloss 150 mm", "Antivol U 150 mm", 26.50),
    ("DH-042", "Derailleur hanger #42", "Schaltauge Nr. 42", "Patte de dérailleur n°42", 9.80),
    ("CG-4A", "E-bike charger 4 A", "Ladegerät 4 A", "Chargeur 4 A", 119.00),
    ("BT-625", "E-bike battery 625 Wh", "Akku 625 Wh", "Batterie 625 Wh", 519.00),
    ("PB-RACK", "Pannier rack alloy", "Gepäckträger Alu", "Porte-bagages alu", 22.70),
    (
        "SP-PRO",
        "Spoke 2.0 mm 292 (box 100)",
        "Speiche 2,0 mm 292 (100 St.)",
        "Rayons 2,0 mm 292 (boîte 100)",
        21.00,
    ),
    (
        "HS-1125",
        "Headset 1 1/8 semi-integrated",
        "Steuersatz 1 1/8 semi-int.",
        "Jeu de direction 1 1/8",
        15.30,
    ),
    ("BT-TAPE", "Bar tape cork", "Lenkerband Kork", "Guidoline liège", 7.90),
    ("PD-FLAT", "Flat pedals alloy", "Plattformpedale Alu", "Pédales plates alu", 17.80),
    ("CS-SEAL", "Tubeless sealant 1 l", "Dichtmilch 1 l", "Préventif tubeless 1 l", 14.20),
    ("LB-WET", "Chain lube wet 100 ml", "Kettenöl nass 100 ml", "Lubrifiant chaîne 100 ml", 3.60),
]


def part_name(p: tuple[str, str, str, str, float], lang: str) -> str:
    return tr(lang, p[1], p[2], p[3])


def spaced(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gap where a left-aligned column follows a right-aligned
    one."""
    out = columns(x0, x1, spec)
    for k in range(1, len(out)):
        if spec[k][1] == "left" and spec[k - 1][1] != "left":
            out[k] = (out[k][0] + 10, out[k][1], "left")
    return out


def retail(trade: float) -> float:
    """The shop's shelf price for a part bought at ``trade``: about 1.9 times, ending in .99."""
    return math.ceil(trade * 1.9) - 0.01


LABOUR_RATE = {"en": 60.0, "de": 72.0, "fr": 62.0}


# ---------------------------------------------------------------------------------------------
# Templates UUU: distributors, manufacturers and warranty
# ---------------------------------------------------------------------------------------------


@dataclass
class Delivery:
    """What a delivery note brought, for the invoice that bills it."""

    dist: str
    order: str
    note: str
    lines: list[tuple[str, str, int, float]]  # part no, description, quantity, unit price
    bikes: list[Bike]


def order_lines(rng: random.Random, lang: str, n: int) -> list[tuple[str, str, int, float]]:
    out = []
    for p in rng.sample(PARTS, min(n, len(PARTS))):
        no = f"{p[0]}-{rng.randint(10, 99)}"
        out.append((no, part_name(p, lang), rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12, 20]), p[4]))
    return out


def tpl_distributor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts or bike distributor's invoice to the shop: account number, order and delivery
    note references, a table of part numbers, quantities, trade prices and discounts (long
    ones over several pages with the table head repeated and a running header), carriage,
    VAT or reverse charge, settlement discount terms."""
    h = head_of(who, "distributor", 0.15)
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, hh = s.page_size
    m = s.margin
    prev = earlier(("delivery_note",), Delivery)
    d = last_day(rng, ("delivery_note",), (0, 3))
    if isinstance(prev, Delivery) and prev.dist == h.name:
        lines = list(prev.lines)
        order, note = prev.order, prev.note
        bikes = prev.bikes
    else:
        lines = order_lines(rng, lg, rng.choice([2, 4, 6, 9, 14, 22, 30]))
        order = serial(rng, rng.choice(["WEB-999999", "SO99999", "AB-9999999"]))
        note = serial(rng, "LS99999999")
        bikes = []
    inv = serial(rng, rng.choice(["SI-9999999", "RE99999999", f"FA{d.year}-99999", "9999999"]))
    acct = serial(keyed(who, "acct"), rng.choice(["K99999", "ACC-9999", "C999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), acct),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), note),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = keyed(who, "disc").choice([0, 5, 10, 15])
    rows = []
    net = 0.0
    for b in bikes:
        v = round(b.price * 0.62, 2)
        net += v
        rows.append(
            [
                b.frame[:6] + "-B",
                f"{b.brand} {b.model} {b.size} {b.colour}",
                "1",
                money(b.price * 0.62, lg),
                "",
                money(v, lg),
            ]
        )
    for no, desc, q, price in lines:
        v = round(q * price * (1 - disc / 100), 2)
        net += v
        rows.append([no, desc, str(q), money(price, lg), f"{disc}%" if disc else "", money(v, lg)])
    carriage = rng.choice([0.0, 0.0, 7.50, 12.00, 19.90])
    if carriage:
        net += carriage
        rows.append(
            [
                "CARR",
                tr(lg, "Carriage", "Fracht / Versand", "Frais de port"),
                "1",
                money(carriage, lg),
                "",
                money(carriage, lg),
            ]
        )
    cols = spaced(
        m,
        w - m,
        [(1.4, "left"), (4, "left"), (0.6, "right"), (1, "right"), (0.7, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU HT"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Net", "Gesamt", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "rules").random() < 0.4,
    )
    cross = lg != home()
    note_txt = (
        tr(
            lg,
            "Intra-community supply, reverse charge: VAT to be accounted for by the customer.",
            "Innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. 1b UStG.",
            "Livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
        )
        if cross
        else ""
    )
    totals(f, s, lg, round(net, 2), 0.0 if cross else vat_rate(lg), note=note_txt)
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days net, {keyed(who, 'sk').choice([2, 3])}% settlement discount if paid "
            "within 10 days. Title to goods remains with us until paid in full.",
            f"Zahlbar innerhalb 30 Tagen netto, bei Zahlung innerhalb 10 Tagen "
            f"{keyed(who, 'sk').choice([2, 3])} % Skonto. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum.",
            "Règlement à 30 jours fin de mois. Escompte pour paiement anticipé : néant. Pénalités "
            "de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : "
            "40 €. Clause de réserve de propriété.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(
            f.pages[0],
            m + 10,
            hh - m - 50,
            tr(home(), f"checked v. {note[-4:]} - ok", f"mit LS gepr. {note[-4:]}", "vu - ok"),
            10,
        )
    remember(d)
    return close(f.pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's delivery note packed with the goods: ordered, delivered and backordered
    quantities, frame numbers of the bikes in the consignment, a box for the mechanic who
    received it (signed by hand); now and then a second page listing the backorders, or the
    whole note on landscape paper as the warehouse prints it."""
    h = head_of(who, "distributor", 0.15)
    lg = h.lang
    land = keyed(who, "land").random() < 0.3
    s = style_of(h, landscape(A4) if land else A4, pt=min(h.pt, 9))
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    order = serial(rng, rng.choice(["WEB-999999", "SO99999", "AB-9999999"]))
    note = serial(rng, "LS99999999")
    lines = order_lines(rng, lg, rng.choice([3, 5, 8, 12, 18]))
    bikes = []
    if rng.random() < 0.45:
        mk = maker_head(who, 0.2)
        for _ in range(rng.randint(1, 4)):
            bikes.append(bike_of(rng, mk.name))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {note}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), note),
            (tr(lg, "Order", "Auftrag", "Commande"), order),
            (tr(lg, "Parcels", "Packstücke", "Colis"), str(rng.randint(1, 6) + len(bikes))),
            (
                tr(lg, "Carrier", "Spediteur", "Transporteur"),
                rng.choice(["DPD", "GLS", "DHL Freight", "Geodis", "own van", "Palletways"]),
            ),
        ],
    )
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 4)
    rows = []
    back = []
    for no, desc, q, _ in lines:
        dq = q if rng.random() < 0.8 else max(0, q - rng.randint(1, q))
        rows.append([no, desc, str(q), str(dq), str(q - dq) if dq < q else ""])
        if dq < q:
            back.append((no, desc, q - dq))
    for b in bikes:
        rows.append(
            [
                b.frame[:6] + "-B",
                f"{b.brand} {b.model} {b.size}",
                "1",
                "1",
                f"{tr(lg, 'Frame', 'RNr.', 'Cadre')} {b.frame}",
            ]
        )
    cols = spaced(
        m, w - m, [(1.4, "left"), (4, "left"), (0.7, "right"), (0.8, "right"), (2, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Deliv.", "Gelief.", "Livré"),
            tr(lg, "Backorder / frame", "Rückstand / Rahmen", "Reliquat / cadre"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(90)
    f.y += 14
    f.page.rect(m, f.y, w - 2 * m, 62)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(
            lg,
            "Goods received in good condition (subject to check)",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue en bon état (sous réserve)",
        ),
        s.font,
        8,
    )
    mech = staff(shop_head(), "mech1" if rng.random() < 0.5 else "mech2")
    hand(f.page, m + 10, f.y + 34, short(d + timedelta(days=rng.randint(1, 3)), lg), 10)
    scrawl(f.page, m + 120, f.y + 36, mech, 12)
    f.page.text(
        m + 6,
        f.y + 54,
        tr(lg, "Date / signature / name", "Datum / Unterschrift / Name", "Date / signature / nom"),
        s.font,
        6.5,
    )
    f.y += 74
    if back and rng.random() < 0.6:
        f.new_page()
        caption(f, s, tr(lg, "Backorder list", "Rückstandsliste", "Liste des reliquats"), 2)
        write(
            f,
            s,
            tr(
                lg,
                "The following items will follow as soon as available.",
                "Folgende Positionen werden nachgeliefert, sobald verfügbar.",
                "Les articles suivants seront livrés dès réception.",
            ),
            s.size - 1,
        )
        table(
            f,
            spaced(m, w - m, [(1.4, "left"), (4, "left"), (0.8, "right"), (1.5, "left")]),
            [
                tr(lg, "Part no.", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Expected", "Voraussichtlich", "Prévu"),
            ],
            [[a, b, str(c), short(d + timedelta(days=rng.randint(7, 40)), lg)] for a, b, c in back],
            s,
        )
    remember(d, Delivery(h.name, order, note, lines, bikes))
    pages = close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else "{i}/{n}")
    received(rng, pages[0], d, 0.2)
    return pages


@dataclass
class Claim:
    """A warranty case: the bike, its rider, the fault, the claim number."""

    maker: str
    bike: Bike
    customer: str
    fault: int
    no: str
    bought: date
    km: int


FAULTS = [
    (
        "Motor noise / grinding under load",
        "Motorgeräusch / Mahlen unter Last",
        "Bruit moteur / grincement en charge",
    ),
    (
        "Battery does not charge beyond 60%",
        "Akku lädt nicht über 60 %",
        "Batterie ne charge pas au-delà de 60 %",
    ),
    (
        "Crack at chainstay weld",
        "Riss an der Kettenstrebe (Schweißnaht)",
        "Fissure soudure base arrière",
    ),
    (
        "Fork oil leak, lockout not working",
        "Gabel verliert Öl, Lockout ohne Funktion",
        "Fuite d'huile fourche, blocage inopérant",
    ),
    (
        "Display error 503, no assistance",
        "Displayfehler 503, keine Unterstützung",
        "Erreur écran 503, pas d'assistance",
    ),
    (
        "Rear hub freewheel slipping",
        "Freilauf Hinterradnabe rutscht durch",
        "Roue libre moyeu arrière patine",
    ),
    ("Paint bubbling on down tube", "Lackblasen am Unterrohr", "Cloquage peinture tube diagonal"),
]


def a_claim(rng: random.Random, mk: Head) -> Claim:
    b = bike_of(rng, mk.name)
    f = rng.choice([0, 1, 4]) if b.ebike else rng.choice([2, 3, 5, 6])
    return Claim(
        maker=mk.name,
        bike=b,
        customer=a_person(rng),
        fault=f,
        no=serial(rng, rng.choice(["WC-99999", "RMA999999", "GA-2099-9999"])),
        bought=month() - timedelta(days=rng.randint(60, 900)),
        km=rng.randint(300, 9000),
    )


STATES = [
    ("active", "aktiv", "actif"),
    ("stored", "gespeichert", "mémorisé"),
    ("cleared", "gelöscht", "effacé"),
]


def tpl_diagnostic_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The e-bike diagnostic report the workshop prints from the drive system's service tool:
    the tool's own header with the shop's name, the system components with part and serial
    numbers and firmware, the battery's health, the error memory and the updates done; 1-3
    pages numbered by the tool."""
    mk = maker_head(who)
    b = bike_of(rng, mk.name)
    while not b.ebike:
        b = bike_of(rng, rng.choice([k for k, v in MODELS.items() if any(x[3] for x in v[1])]))
    lg = home()
    shop = shop_head()
    tool = keyed(who, "tool").choice(
        ["Voltaris eBike Service Tool", "DriveLink Diagnostics", "MotionCore Service Suite"]
    )
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 42, "none", "bottom", A4, "iso")
    w, hh = A4
    m = s.margin
    d = some_day(rng)

    def start(p: Page, n: int) -> float:
        p.rect(m, 26, w - 2 * m, 22, fill=0.85)
        p.text(
            m + 6,
            41,
            f"{tool} {keyed(who, 'ver').choice(['4.2.1', '5.0.3', '3.18'])}",
            "Helvetica-Bold",
            10,
        )
        p.text(w - m - 6, 41, f"{shop.name}", "Helvetica", 8, "right")
        p.text(
            m,
            62,
            f"{tr(lg, 'Report', 'Protokoll', 'Rapport')}: {d.isoformat()} "
            f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}   "
            f"VIN/{tr(lg, 'Frame', 'Rahmen', 'Cadre')}: "
            f"{b.frame}",
            "Helvetica",
            7.5,
        )
        return 84

    f = Sheets(A4, hh - 50, start)
    cust = a_person(rng)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "System diagnosis report",
            "Diagnoseprotokoll eBike-System",
            "Rapport de diagnostic du système",
        ),
        "Helvetica-Bold",
        13,
    )
    f.y += 20
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), cust),
            (tr(lg, "Bike", "Fahrrad", "Vélo"), f"{b.brand} {b.model} ({b.year})"),
            (tr(lg, "Odometer", "Gesamtkilometer", "Compteur"), f"{rng.randint(250, 14000)} km"),
            (tr(lg, "Technician", "Techniker", "Technicien"), staff(shop, "ebike")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    caption(f, s, tr(lg, "Components", "Komponenten", "Composants"), 1.5, rule=True)
    comps = [
        (tr(lg, "Drive unit", "Antriebseinheit", "Moteur"), serial(rng, "0 275 A99 999"), b.motor),
        (tr(lg, "Battery", "Akku", "Batterie"), serial(rng, "0 275 A07 999"), b.battery),
        (
            tr(lg, "Display", "Display", "Écran"),
            serial(rng, "1 270 A20 999"),
            serial(rng, "DS99999999"),
        ),
        (
            tr(lg, "Remote", "Bedieneinheit", "Commande"),
            serial(rng, "1 270 A20 999"),
            serial(rng, "RC99999999"),
        ),
        (
            tr(lg, "Speed sensor", "Geschwindigkeitssensor", "Capteur vitesse"),
            serial(rng, "1 270 A20 999"),
            "",
        ),
    ]
    table(
        f,
        spaced(m, w - m, [(2, "left"), (1.6, "left"), (1.8, "left"), (1, "left"), (1, "left")]),
        [
            tr(lg, "Component", "Komponente", "Composant"),
            tr(lg, "Part no.", "Sachnummer", "Réf."),
            tr(lg, "Serial", "Seriennummer", "N° série"),
            "Firmware",
            "HW",
        ],
        [
            [
                a,
                pn,
                sn,
                f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 4)}.{rng.randint(0, 9)}",
            ]
            for a, pn, sn in comps
        ],
        s,
        shade=0.9,
    )
    f.y += 6
    caption(f, s, tr(lg, "Battery", "Akku", "Batterie"), 1.5, rule=True)
    health = rng.randint(58, 99)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Nominal capacity", "Nennkapazität", "Capacité nominale"),
                    rng.choice(["500 Wh", "625 Wh", "750 Wh"]),
                ),
                (
                    tr(lg, "Full charge cycles", "Vollladezyklen", "Cycles complets"),
                    str(rng.randint(12, 640)),
                ),
                (tr(lg, "Remaining capacity", "Restkapazität", "Capacité restante"), f"{health} %"),
                (
                    tr(
                        lg,
                        "Cell voltage spread",
                        "Zellspannungsdifferenz",
                        "Écart tension cellules",
                    ),
                    f"{rng.randint(4, 90)} mV",
                ),
            ],
            w * 0.6,
            s.size,
        )
        + 8
    )
    caption(f, s, tr(lg, "Error memory", "Fehlerspeicher", "Mémoire de défauts"), 1.5, rule=True)
    codes = [
        (
            "503",
            "Speed sensor signal implausible",
            "Geschwindigkeitssignal unplausibel",
            "Signal vitesse incohérent",
        ),
        (
            "410",
            "Button stuck on remote",
            "Taste der Bedieneinheit klemmt",
            "Bouton de commande bloqué",
        ),
        ("0x54E", "Drive unit overtemperature", "Übertemperatur Antrieb", "Surchauffe moteur"),
        (
            "0x20C",
            "Battery communication lost",
            "Kommunikation Akku unterbrochen",
            "Perte communication batterie",
        ),
        ("0x7F3", "Torque sensor offset", "Drehmomentsensor Offset", "Décalage capteur de couple"),
        (
            "0x111",
            "Wheel circumference changed",
            "Radumfang geändert",
            "Circonférence roue modifiée",
        ),
    ]
    errs = rng.sample(codes, rng.randint(0, 5))
    if errs:
        table(
            f,
            spaced(
                m,
                w - m,
                [(0.8, "left"), (4, "left"), (0.7, "right"), (1.1, "right"), (0.8, "left")],
            ),
            [
                tr(lg, "Code", "Code", "Code"),
                tr(lg, "Description", "Beschreibung", "Description"),
                tr(lg, "Count", "Anzahl", "Nb"),
                "km",
                tr(lg, "Status", "Status", "État"),
            ],
            [
                [
                    c,
                    tr(lg, a, b_, c_),
                    str(rng.randint(1, 40)),
                    str(rng.randint(10, 9000)),
                    tr(lg, *rng.choice(STATES)),
                ]
                for c, a, b_, c_ in errs
            ],
            s,
        )
    else:
        write(f, s, tr(lg, "No entries.", "Keine Einträge.", "Aucune entrée."))
    if rng.random() < 0.6:
        caption(
            f,
            s,
            tr(lg, "Software update", "Software-Update", "Mise à jour logicielle"),
            1.5,
            rule=True,
        )
        for _ in range(rng.randint(2, 6)):
            f.need(12)
            f.page.text(
                m,
                f.y,
                f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  "
                f"{rng.choice(comps)[0]}  "
                f"{rng.randint(1, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 9)} -> "
                f"{rng.randint(6, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}  OK",
                "Courier",
                7.5,
            )
            f.y += 11
    if rng.random() < 0.5:
        caption(f, s, tr(lg, "Ride data", "Fahrdaten", "Données de conduite"), 1.5, rule=True)
        modes = ["OFF", "ECO", "TOUR", "SPORT", "TURBO"]
        table(
            f,
            spaced(m, w * 0.7, [(1.5, "left"), (1, "right"), (1, "right")]),
            [tr(lg, "Mode", "Modus", "Mode"), "km", "h"],
            [[x, str(rng.randint(20, 4000)), str(rng.randint(2, 300))] for x in modes],
            s,
        )
    pages = f.pages
    number_pages(
        pages,
        s,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}"),
        "br",
        bottom=30,
    )
    if rng.random() < 0.45:
        hand(
            pages[-1],
            m,
            hh - 80,
            tr(
                lg,
                f"-> warranty claim {b.brand}",
                f"-> Garantie {b.brand}",
                f"-> garantie {b.brand}",
            ),
            10,
        )
    fault = 1 if any(e[0] == "0x20C" for e in errs) or health < 70 else rng.choice([0, 4])
    remember(
        d,
        Claim(
            mk.name,
            b,
            cust,
            fault,
            "",
            month() - timedelta(days=rng.randint(60, 700)),
            rng.randint(300, 9000),
        ),
    )
    return pages


def tpl_warranty_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The manufacturer's warranty claim form as the shop filled it in: dealer, end customer,
    the bike and its frame number, purchase date and mileage, tick boxes for the part and the
    remedy asked for, the fault described by hand, the dealer's stamp and signature; behind it
    a page of photos of the fault and now and then the copy of the customer's sales receipt."""
    mk = maker_head(who)
    lg = mk.lang
    prev = earlier(("diagnostic_report",), Claim)
    c = prev if isinstance(prev, Claim) and prev.maker == mk.name else a_claim(rng, mk)
    if not c.no:
        c.no = serial(rng, rng.choice(["WC-99999", "RMA999999", "GA-2099-9999"]))
    size = LETTER if "USA" in mk.town else A4
    s = style_of(mk, size, pt=8.5)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("diagnostic_report",), (0, 3))
    shop = shop_head()
    p = Page(size)
    y = heading(p, s, mk)
    title = tr(
        lg,
        "WARRANTY CLAIM FORM",
        "GARANTIE- / GEWÄHRLEISTUNGSANTRAG",
        "DEMANDE DE PRISE EN GARANTIE",
    )
    p.text(m, y, fit(title, s.bold, 13, w - 2 * m - 120), s.bold, 13)
    p.rect(w - m - 110, y - 12, 110, 18)
    p.text(
        w - m - 106,
        y - 3,
        tr(lg, "Claim no. (office use)", "Vorgangs-Nr. (intern)", "N° dossier"),
        s.font,
        5.5,
    )
    hand(p, w - m - 100, y + 4, c.no if rng.random() < 0.5 else "", 8)
    y += 22
    y = band(p, s, y, tr(lg, "1. Dealer", "1. Fachhändler", "1. Revendeur"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Dealer name", "Händler", "Raison sociale"), shop.name),
            (
                tr(lg, "Dealer no.", "Händler-Nr.", "Code revendeur"),
                serial(keyed(who, "dn"), "D99999"),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
            (
                tr(lg, "Contact / phone", "Ansprechpartner / Tel.", "Contact / tél."),
                f"{staff(shop, 'ebike')} {shop.phone}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Product", "2. Produkt", "2. Produit"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Model", "Modell", "Modèle"), f"{c.bike.brand} {c.bike.model}"),
            (
                tr(lg, "Model year / size", "Modelljahr / Größe", "Millésime / taille"),
                f"{c.bike.year} / {c.bike.size}",
            ),
            (tr(lg, "Frame number", "Rahmennummer", "N° de cadre"), c.bike.frame),
            (tr(lg, "Date of sale", "Verkaufsdatum", "Date de vente"), short(c.bought, home())),
            (tr(lg, "Mileage", "Laufleistung", "Kilométrage"), f"{c.km} km"),
            (
                tr(lg, "Motor / battery serial", "Motor- / Akku-Nr.", "N° moteur / batterie"),
                f"{c.bike.motor} {c.bike.battery}".strip() or "-",
            ),
        ],
        per=3,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "3. End customer", "3. Endkunde", "3. Client final"))
    street, town = lives(rng)
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.customer),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "4. Defect", "4. Mangel", "4. Défaut"))
    parts = [
        tr(lg, *t)
        for t in [
            ("Frame", "Rahmen", "Cadre"),
            ("Fork", "Gabel", "Fourche"),
            ("Drive unit", "Motor", "Moteur"),
            ("Battery", "Akku", "Batterie"),
            ("Display / remote", "Display / Bedienteil", "Écran / commande"),
            ("Wheels / hubs", "Laufräder / Naben", "Roues / moyeux"),
            ("Paint", "Lack", "Peinture"),
            ("Other", "Sonstiges", "Autre"),
        ]
    ]
    on = {[2, 3, 0, 1, 4, 5, 6][c.fault]}
    y = ticks(p, s, m, y + 12, w - 2 * m, parts, on, 8)
    p.text(
        m,
        y + 4,
        tr(lg, "Description of the fault:", "Fehlerbeschreibung:", "Description du défaut :"),
        s.font,
        7.5,
    )
    y += 8
    desc = tr(home(), *FAULTS[c.fault])
    extra = rng.choice(
        [
            tr(
                home(),
                "customer reports since 3 weeks",
                "laut Kunde seit 3 Wochen",
                "selon client depuis 3 semaines",
            ),
            tr(
                home(),
                "reproduced on test ride",
                "bei Probefahrt reproduziert",
                "reproduit à l'essai",
            ),
            tr(
                home(),
                "see photos + diag. report",
                "siehe Fotos + Diagnoseprotokoll",
                "voir photos + rapport diag.",
            ),
        ]
    )
    for k in range(4):
        p.line(m, y + 18 * (k + 1), w - m, y + 18 * (k + 1))
    hand(p, m + 4, y + 15, desc, 9.5, w - 2 * m - 8)
    hand(p, m + 4, y + 33, extra, 9.5, w - 2 * m - 8)
    y += 84
    y = band(p, s, y, tr(lg, "5. Requested", "5. Gewünschte Abwicklung", "5. Demande"))
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            tr(lg, *t)
            for t in [
                ("Replacement part", "Ersatzteil", "Pièce de rechange"),
                ("Repair by manufacturer", "Reparatur beim Hersteller", "Réparation usine"),
                ("Credit note", "Gutschrift", "Avoir"),
                ("Labour refund", "Arbeitszeitvergütung", "Prise en charge MO"),
            ]
        ],
        {rng.choice([0, 0, 1, 2]), 3} if rng.random() < 0.5 else {0},
        8,
    )
    y += 14
    sign_line(
        p,
        s,
        m,
        y + 30,
        170,
        tr(
            lg, "Date, dealer signature", "Datum, Unterschrift Händler", "Date, signature revendeur"
        ),
        staff(shop, "owner"),
    )
    hand(p, m + 4, y + 14, short(d, home()), 9)
    stamp(p, m + 220, y - 2, [shop.name[:26].upper(), shop.street, shop.town])
    pages = [p]
    if rng.random() < 0.75:
        q = Page(size)
        yy = m
        q.text(
            m, yy, tr(lg, "Photo documentation", "Fotodokumentation", "Photos jointes"), s.bold, 12
        )
        q.text(w - m, yy, f"{c.bike.frame}  {c.no}", s.font, 8, "right")
        yy += 16
        n = rng.choice([2, 4, 4, 6])
        cols = 2
        pw = (w - 2 * m - 14) / cols
        ph = min(pw * 0.72, (hh - yy - 60) / (n // cols) - 22)
        for k in range(n):
            x = m + (k % cols) * (pw + 14)
            yk = yy + (k // cols) * (ph + 22)
            photo(q, x, yk, pw, ph, rng)
            q.text(
                x,
                yk + ph + 10,
                f"{k + 1}. {fit(words(rng, home(), 'bike', 5), s.font, 7, pw - 12)}",
                s.font,
                7,
            )
        pages.append(q)
    if rng.random() < 0.4:
        pages.append(receipt_copy(rng, c))
    remember(d, c)
    return pages


def receipt_copy(rng: random.Random, c: Claim) -> Page:
    """A photocopy of the customer's sales receipt for the bike, as a copy on an A4 page."""
    lg = home()
    shop = shop_head()
    p = Page(A4)
    _w, _h = A4
    copier_edge(p, rng)
    x0, y0 = rng.uniform(70, 130), rng.uniform(60, 120)
    bw = 230
    p.rect(x0, y0, bw, 330)
    y = y0 + 22
    p.text(x0 + bw / 2, y, shop.name, "Courier-Bold", 9, "center")
    p.text(x0 + bw / 2, y + 11, f"{shop.street}, {shop.town}", "Courier", 6.5, "center")
    y += 34
    p.text(
        x0 + 10,
        y,
        f"{tr(lg, 'Receipt', 'Beleg', 'Ticket')} {rng.randint(10000, 99999)}   "
        f"{short(c.bought, lg)}",
        "Courier",
        7.5,
    )
    y += 18
    p.text(
        x0 + 10, y, fit(f"{c.bike.brand} {c.bike.model}", "Courier", 7.5, bw - 80), "Courier", 7.5
    )
    p.text(x0 + bw - 10, y, money(c.bike.price, lg), "Courier", 7.5, "right")
    y += 11
    p.text(x0 + 10, y, f"  {tr(lg, 'Frame', 'Rahmen', 'Cadre')} {c.bike.frame}", "Courier", 7)
    y += 11
    paid = c.bike.price
    for _ in range(rng.randint(0, 3)):
        pr = rng.choice(PARTS)
        paid += retail(pr[4])
        p.text(x0 + 10, y, fit(part_name(pr, lg), "Courier", 7.5, bw - 80), "Courier", 7.5)
        p.text(x0 + bw - 10, y, money(retail(pr[4]), lg), "Courier", 7.5, "right")
        y += 11
    y += 6
    p.line(x0 + 10, y, x0 + bw - 10, y)
    y += 12
    p.text(x0 + 10, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), "Courier-Bold", 8.5)
    p.text(x0 + bw - 10, y, money(paid, lg), "Courier-Bold", 8.5, "right")
    y += 14
    p.text(
        x0 + 10,
        y,
        tr(lg, "Card payment - thank you", "Kartenzahlung - vielen Dank", "Paiement CB - merci"),
        "Courier",
        7,
    )
    p.text(
        x0 + 10, y + 40, tr(lg, "Customer:", "Kunde:", "Client :") + f" {c.customer}", "Courier", 7
    )
    if rng.random() < 0.6:
        hand(p, x0 + bw + 20, y0 + 40, tr(lg, "copy", "Kopie", "copie"), 12)
    return p


def tpl_warranty_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The manufacturer's decision on a warranty claim: a letter (approved, goodwill share,
    or declined as wear and tear or unauthorised modification), and now and then with it the
    credit note for the part and labour, or the lab's inspection report on its own page."""
    mk = maker_head(who)
    lg = mk.lang
    prev = earlier(("warranty_claim",), Claim)
    c = prev if isinstance(prev, Claim) and prev.maker == mk.name else a_claim(rng, mk)
    if not c.no:
        c.no = serial(rng, "WC-99999")
    size = LETTER if "USA" in mk.town else A4
    s = style_of(mk, size)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("warranty_claim",), (6, 25))
    agent = staff(mk, "warranty")
    f = sheets(s, mk, f"{mk.name} - {c.no}")
    recipient(
        f,
        s,
        mk,
        shop_lines(),
        d,
        [
            (tr(lg, "Claim no.", "Vorgang", "Dossier"), c.no),
            (tr(lg, "Frame no.", "Rahmen-Nr.", "N° cadre"), c.bike.frame),
            (tr(lg, "Contact", "Bearbeiter/in", "Interlocuteur"), agent),
        ],
    )
    outcome = rng.choice(["ok", "ok", "ok", "goodwill", "declined"])
    caption(
        f,
        s,
        tr(
            lg,
            f"Warranty claim {c.no} - {c.bike.brand} {c.bike.model}",
            f"Ihr Garantieantrag {c.no} - {c.bike.brand} {c.bike.model}",
            f"Votre demande de garantie {c.no} - {c.bike.brand} {c.bike.model}",
        ),
        1,
    )
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    fault = tr(lg, *FAULTS[c.fault]).lower()
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your claim regarding the {fault} on the above bicycle, received "
            f"on {day(mk, d - timedelta(days=rng.randint(4, 12)))}. We have examined the "
            "information, photographs and, where returned, the part itself.",
            f'vielen Dank für Ihren Antrag zum Fehler "{fault}" am oben genannten Rad, '
            f"eingegangen am {day(mk, d - timedelta(days=rng.randint(4, 12)))}. Wir haben "
            "die Angaben, die Fotos und ggf. das eingesandte Teil geprüft.",
            f"Nous accusons réception de votre demande concernant le défaut « {fault} » sur "
            "le cycle référencé ci-dessus. Nous avons examiné les informations, les photos "
            "et, le cas échéant, la pièce retournée.",
        ),
    )
    if outcome == "ok":
        write(
            f,
            s,
            tr(
                lg,
                "We are pleased to confirm that the claim is accepted under warranty. A "
                "replacement part will be dispatched with your next order and the agreed "
                "labour time will be credited to your account.",
                "Wir erkennen den Anspruch im Rahmen der Herstellergarantie an. Das "
                "Ersatzteil geht Ihnen mit der nächsten Lieferung zu, die Arbeitszeit wird "
                "Ihrem Kundenkonto gutgeschrieben.",
                "Nous acceptons la prise en charge au titre de la garantie. La pièce de "
                "remplacement vous sera expédiée avec votre prochaine commande et la main "
                "d'oeuvre forfaitaire sera créditée sur votre compte.",
            ),
        )
    elif outcome == "goodwill":
        share = rng.choice([30, 50, 70])
        write(
            f,
            s,
            tr(
                lg,
                f"The warranty period for this component has expired. As a gesture of "
                f"goodwill we will nevertheless cover {share}% of the cost of the part. "
                "Labour cannot be refunded.",
                f"Die Garantiezeit für dieses Bauteil ist abgelaufen. Aus Kulanz übernehmen "
                f"wir dennoch {share} % der Teilekosten. Arbeitszeit kann nicht vergütet "
                "werden.",
                f"La période de garantie de ce composant est échue. À titre commercial, "
                f"nous prenons néanmoins en charge {share} % du prix de la pièce. La main "
                "d'oeuvre reste à votre charge.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Unfortunately we are unable to accept the claim. The damage shows signs "
                "of normal wear, insufficient maintenance or an impact, which are excluded "
                "from the warranty under section 4 of our warranty terms.",
                "Leider können wir dem Antrag nicht entsprechen. Das Schadensbild weist auf "
                "Verschleiß, mangelnde Wartung oder äußere Einwirkung hin; diese sind nach "
                "Ziffer 4 unserer Garantiebedingungen ausgeschlossen.",
                "Nous ne pouvons malheureusement pas donner une suite favorable à votre "
                "demande : les dommages relèvent de l'usure normale, d'un défaut "
                "d'entretien ou d'un choc, exclus par l'article 4 de nos conditions.",
            ),
        )
    write(f, s, prose(rng, lg, "bike", 1, 2))
    regards(
        f, s, lg, agent, tr(lg, "Warranty & Service", "Garantie & Service", "Service après-vente")
    )
    if outcome != "declined" and rng.random() < 0.55:
        f.new_page()
        caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
        cn = serial(rng, "CN-999999")
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Credit note no.", "Gutschrift-Nr.", "Avoir n°"), cn),
                    (tr(lg, "Claim", "Vorgang", "Dossier"), c.no),
                    (tr(lg, "Date", "Datum", "Date"), day(mk, d)),
                ],
                w * 0.55,
                s.size - 1,
            )
            + 10
        )
        pr = rng.choice(PARTS[20:23] if c.bike.ebike else PARTS[:20])
        labour = rng.choice([0.5, 1.0, 1.5, 2.0])
        rows = [
            [pr[0], part_name(pr, lg), "1", money(pr[4] * 1.4, lg)],
            [
                "LAB",
                tr(
                    lg,
                    f"Labour {labour} h flat rate",
                    f"Arbeitszeit {labour} Std. pauschal",
                    f"Forfait MO {labour} h",
                ),
                "1",
                money(labour * 45, lg),
            ],
        ]
        table(
            f,
            spaced(m, w - m, [(1.2, "left"), (4, "left"), (0.6, "right"), (1.2, "right")]),
            [
                tr(lg, "Ref.", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
        )
        net = round(pr[4] * 1.4 + labour * 45, 2)
        totals(f, s, lg, net, 0.0 if lg != home() else vat_rate(lg))
    elif outcome == "declined" and rng.random() < 0.5:
        f.new_page()
        caption(
            f, s, tr(lg, "Inspection report", "Prüfbericht", "Rapport d'expertise"), 2, rule=True
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Part received", "Teil eingegangen", "Pièce reçue"),
                        day(mk, d - timedelta(days=5)),
                    ),
                    (tr(lg, "Inspected by", "Geprüft von", "Expertisé par"), staff(mk, "lab")),
                    (
                        tr(lg, "Result", "Ergebnis", "Conclusion"),
                        tr(
                            lg,
                            "no manufacturing defect",
                            "kein Material- oder Fertigungsfehler",
                            "absence de vice de fabrication",
                        ),
                    ),
                ],
                w - m,
                s.size - 0.5,
            )
            + 10
        )
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "bike", 2, 3))
        yy = f.y
        if yy < hh - 260:
            photo(f.page, m, yy, 200, 140, rng)
            photo(f.page, m + 220, yy, 200, 140, rng)
    pages = close(f.pages, s, mk)
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


@dataclass
class Lease:
    """A cycle-to-work order the settlement statement pays."""

    scheme: str
    no: str
    rider: str
    employer: str
    value: float


EMPLOYERS = {
    "en": [
        "University Hospitals NHS Trust",
        "Avonvale Building Society",
        "Hartley Engineering Ltd",
        "City of Sheffield Council",
        "Granta Biotech Ltd",
        "Westcountry Water plc",
    ],
    "de": [
        "Stadtwerke Leipzig GmbH",
        "Universitätsklinikum Freiburg",
        "Sparkasse Münsterland",
        "Haufe Software GmbH",
        "LVM Versicherung",
        "Porsche Werkzeugbau GmbH",
    ],
    "fr": [
        "CHU de Rennes",
        "Airbus Opérations SAS",
        "Crédit Mutuel Arkéa",
        "Ville de Marseille",
        "Sopra Steria Group",
        "CMA CGM",
    ],
}


def tpl_c2w_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A cycle-to-work order as the scheme sends it to the shop: the UK salary-sacrifice
    certificate with its code and the employee's collection signature, the German leasing
    company's Dienstrad order with the handover confirmation (Übernahmebestätigung) on a
    second page, or a French leasing bon de commande with its procès-verbal de livraison."""
    h = head_of(who, "scheme")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    shop = shop_head()
    rider = a_person(rng)
    emp = rng.choice(EMPLOYERS[lg])
    b = any_bike(rng)
    acc = rng.sample(PARTS[13:21], rng.randint(0, 3))
    value = round(b.price + sum(retail(x[4]) for x in acc), 2)
    no = serial(rng, rng.choice(["C2W-9999999", "DR-2099-999999", "BC-99999999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    if lg == "en":
        recipient(f, s, h, shop_lines(), d, [("Certificate no.", no), ("Employer", emp)])
        caption(f, s, "Cycle to Work - Certificate of Eligibility", 3)
        write(
            f,
            s,
            f"This certificate entitles the employee named below to collect the equipment "
            f"listed from {shop.name} up to the certificate value. The certificate is valid "
            f"until {day(h, d + timedelta(days=60))}.",
            s.size - 0.5,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Employee", rider),
                ("Employer", emp),
                ("Certificate value", cash(value, lg)),
                ("Redemption code", serial(rng, "AAAA-9999-AA99")),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        rows = [[f"{b.brand} {b.model} {b.size}", money(b.price, lg)]]
        rows += [[part_name(x, lg), money(retail(x[4]), lg)] for x in acc]
        table(
            f,
            spaced(m, w - m, [(5, "left"), (1.2, "right")]),
            ["Equipment (per quote)", "Price"],
            rows,
            s,
            rules=True,
        )
        f.y += 10
        band(f.page, s, f.y, "Collection - to be signed by the employee on collection")
        f.y += 16
        write(
            f,
            s,
            "I confirm that I have received the equipment listed above in good order and "
            "that I have read the hire agreement.",
            s.size - 1,
        )
        f.y += 24
        sign_line(f.page, s, m, f.y, 180, "Employee signature", rider if rng.random() < 0.8 else "")
        sign_line(f.page, s, m + 220, f.y, 120, "Date of collection")
        hand(f.page, m + 226, f.y - 4, short(d + timedelta(days=rng.randint(3, 12)), lg), 9)
        f.y += 30
        write(
            f,
            s,
            f"Please upload the signed certificate and your invoice to the retailer portal "
            f"to receive payment (less {keyed(who, 'com').choice([8, 10, 12])}% commission).",
            s.size - 1.5,
        )
        pages = close(f.pages, s, h)
    else:
        recipient(
            f,
            s,
            h,
            shop_lines(),
            d,
            [
                (tr(lg, "", "Bestell-Nr.", "Bon de commande n°"), no),
                (tr(lg, "", "Arbeitgeber", "Employeur"), emp),
            ],
        )
        caption(
            f,
            s,
            tr(lg, "", "Bestellung Dienstrad-Leasing", "Bon de commande - vélo de fonction"),
            3,
        )
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Hiermit bestellen wir im Namen und für Rechnung des Leasinggebers "
                "das nachfolgend bezeichnete Fahrrad zur Überlassung an den "
                "Nutzer. Grundlage ist Ihr Angebot.",
                "Nous vous commandons le cycle désigné ci-dessous, destiné à être mis à "
                "disposition du salarié bénéficiaire dans le cadre d'une location longue "
                "durée, conformément à votre devis.",
            ),
            s.size - 0.5,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "", "Nutzer/in", "Bénéficiaire"), rider),
                (tr(lg, "", "Arbeitgeber (Leasingnehmer)", "Employeur (locataire)"), emp),
                (tr(lg, "", "Marke / Modell", "Marque / modèle"), f"{b.brand} {b.model}"),
                (tr(lg, "", "Rahmenhöhe / Farbe", "Taille / coloris"), f"{b.size} / {b.colour}"),
                (tr(lg, "", "UVP brutto", "Prix public TTC"), cash(b.price, lg)),
                (tr(lg, "", "Laufzeit", "Durée"), tr(lg, "", "36 Monate", "36 mois")),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        if acc:
            table(
                f,
                spaced(m, w - m, [(5, "left"), (1.2, "right")]),
                [tr(lg, "", "Zubehör", "Accessoires"), tr(lg, "", "Preis", "Prix")],
                [[part_name(x, lg), money(retail(x[4]), lg)] for x in acc],
                s,
            )
        f.y += 6
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [(tr(lg, "", "Gesamt brutto", "Total TTC"), cash(value, lg))],
            w - m,
            s.size,
        )
        f.y += 24
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Die Rechnung stellen Sie bitte erst nach Übergabe auf uns aus und "
                "laden Sie die unterschriebene Übernahmebestätigung im Händlerportal hoch.",
                "Merci d'établir la facture à notre nom après la livraison et de nous "
                "retourner le procès-verbal signé.",
            ),
            s.size - 1,
        )
        regards(f, s, lg, staff(h, "ops"), tr(lg, "", "Händlerbetreuung", "Service partenaires"))
        f.new_page()
        caption(
            f, s, tr(lg, "", "Übernahmebestätigung", "Procès-verbal de livraison"), 4, rule=True
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                (tr(lg, "", "Bestell-Nr.", "Commande n°"), no),
                (tr(lg, "", "Nutzer/in", "Bénéficiaire"), rider),
                (tr(lg, "", "Rahmennummer", "N° de cadre"), b.frame),
                (tr(lg, "", "Akku-Nr.", "N° batterie"), b.battery or "-"),
                (
                    tr(lg, "", "Übergabedatum", "Date de livraison"),
                    short(d + timedelta(days=rng.randint(4, 20)), lg),
                ),
                (tr(lg, "", "Kilometerstand", "Kilométrage"), "0"),
            ],
            per=2,
            tall=28,
        )
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y + 6,
                w - 2 * m,
                [
                    tr(lg, "", "Fahrrad vollständig und mangelfrei", "Cycle complet et conforme"),
                    tr(lg, "", "Einweisung erhalten", "Prise en main effectuée"),
                    tr(lg, "", "Schlüssel / Ladegerät erhalten", "Clés / chargeur remis"),
                ],
                {0, 1, 2},
                8,
            )
            + 20
        )
        sign_line(
            f.page,
            s,
            m,
            f.y + 20,
            170,
            tr(lg, "", "Unterschrift Nutzer/in", "Signature bénéficiaire"),
            rider,
        )
        sign_line(
            f.page,
            s,
            m + 230,
            f.y + 20,
            170,
            tr(lg, "", "Unterschrift/Stempel Händler", "Signature / cachet revendeur"),
            staff(shop, "sales"),
        )
        stamp(f.page, m + 250, f.y + 34, [shop.name[:24].upper(), shop.town])
        pages = close(f.pages, s, h, numbers="none")
    remember(d, Lease(h.name, no, rider, emp, value))
    return pages


def tpl_c2w_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The cycle-to-work scheme's settlement statement (remittance advice, Abrechnung,
    relevé de règlement): the orders paid in the period with the gross value, the scheme's
    commission and the amount transferred; longer ones over several pages."""
    h = head_of(who, "scheme")
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, _ = s.page_size
    m = s.margin
    prev = earlier(("c2w_certificate", "c2w_settlement"), Lease)
    d = last_day(rng, ("c2w_certificate",), (10, 30))
    if after(("c2w_settlement",)) and isinstance(LAST["day"], date):
        d = LAST["day"] + timedelta(days=rng.choice([7, 14, 14, 30]))  # type: ignore[operator]
    com = keyed(who, "com").choice([8, 10, 12])
    no = serial(rng, "RA-999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Remittance', 'Abrechnung', 'Relevé')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Remittance no.", "Abrechnungs-Nr.", "Relevé n°"), no),
            (
                tr(lg, "Retailer ID", "Händler-Nr.", "Code partenaire"),
                serial(keyed(who, "id"), "R99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "Remittance advice", "Zahlungsavis / Abrechnung", "Avis de règlement"), 3)
    orders = []
    if isinstance(prev, Lease) and prev.scheme == h.name and after(("c2w_certificate",)):
        orders.append((prev.no, prev.rider, prev.employer, prev.value))
    for _ in range(rng.choice([1, 2, 3, 5, 8, 14, 30])):
        orders.append(
            (
                serial(rng, "C2W-9999999" if lg == "en" else "DR-2099-999999"),
                a_person(rng),
                rng.choice(EMPLOYERS[lg]),
                round(rng.uniform(450, 5500), 2),
            )
        )
    rows = []
    tot = 0.0
    for o, r_, e, v in orders:
        c = round(v * com / 100, 2)
        tot += v - c
        rows.append([o, r_, e, money(v, lg), money(c, lg), money(v - c, lg)])
    table(
        f,
        spaced(
            m,
            w - m,
            [
                (1.5, "left"),
                (1.5, "left"),
                (2.2, "left"),
                (1, "right"),
                (0.9, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Order", "Bestellung", "Commande"),
            tr(lg, "Employee", "Nutzer", "Salarié"),
            tr(lg, "Employer", "Arbeitgeber", "Employeur"),
            tr(lg, "Gross", "Brutto", "TTC"),
            tr(lg, f"Comm. {com}%", f"Prov. {com} %", f"Comm. {com} %"),
            tr(lg, "Paid", "Auszahlung", "Versé"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.need(40)
    f.y += 6
    f.page.text(
        w * 0.5,
        f.y,
        tr(lg, "Total transferred", "Überweisungsbetrag", "Montant viré"),
        s.bold,
        s.size,
    )
    f.page.text(w - m, f.y, cash(tot, lg), s.bold, s.size, "right")
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            f"Paid by BACS on {day(h, d)} to your nominated account.",
            f"Die Gutschrift erfolgt am {day(h, d)} auf Ihr hinterlegtes Konto.",
            f"Virement émis le {day(h, d)} sur votre compte.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    remember(d, prev)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUU: the workshop's and the shop floor's own paper
# ---------------------------------------------------------------------------------------------


@dataclass
class Repair:
    """A repair the customer accepted, for the job card that follows the estimate."""

    customer: str
    bike: Bike
    lines: list[tuple[str, float]]
    labour: float


CHECKS = [
    ("Brakes", "Bremsen", "Freins"),
    ("Gears / indexing", "Schaltung", "Transmission / réglage"),
    ("Chain wear", "Kettenverschleiß", "Usure chaîne"),
    ("Wheels true", "Laufräder zentriert", "Dévoilage roues"),
    ("Tyres / pressure", "Reifen / Luftdruck", "Pneus / pression"),
    ("Headset", "Steuersatz", "Jeu de direction"),
    ("Bottom bracket", "Tretlager", "Boîtier"),
    ("Lights", "Beleuchtung", "Éclairage"),
    ("Bolts torque", "Schrauben Drehmoment", "Serrages au couple"),
    ("Battery / motor", "Akku / Motor", "Batterie / moteur"),
    ("Test ride", "Probefahrt", "Essai routier"),
]
SERVICES = [
    ("Safety check", "Sicherheitscheck", "Contrôle sécurité"),
    ("Standard service", "Inspektion", "Révision"),
    ("Full service", "Große Inspektion", "Révision complète"),
    ("Repair", "Reparatur", "Réparation"),
    ("E-bike service", "E-Bike-Inspektion", "Révision VAE"),
]

REQUESTS = [
    (
        "rear brake rubbing, gears jumping",
        "HR-Bremse schleift, Schaltung springt",
        "frein AR frotte, vitesses sautent",
    ),
    (
        "puncture front + check chain",
        "Platten vorn + Kette prüfen",
        "crevaison AV + vérifier chaîne",
    ),
    ("annual service, new pads", "Jahresinspektion, neue Beläge", "révision annuelle, plaquettes"),
    ("creaking from bottom bracket", "Knacken am Tretlager", "craquement boîtier de pédalier"),
    ("motor cuts out uphill", "Motor setzt am Berg aus", "moteur coupe en côte"),
    (
        "fit mudguards + rack",
        "Schutzbleche + Gepäckträger montieren",
        "poser garde-boue + porte-bagages",
    ),
    ("wheel buckled after kerb", "Laufrad nach Bordstein verbogen", "roue voilée (trottoir)"),
    ("collect Sat am please", "Abholung Sa vormittag", "récupère samedi matin"),
]


def tpl_job_card(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's job card for one bike: a pre-printed, numbered form on A5 or A4 filled
    in by hand at the counter (customer, phone, bike, date in and promised), the service
    booked, the mechanic's check list, the parts used and labour, the total and the customer's
    signature on collection; now and then the workshop terms on the back."""
    shop = shop_head()
    lg = home()
    r = keyed(who, "card")
    size = A5 if r.random() < 0.6 else A4
    s = style_of(shop, size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    prev = earlier(("repair_estimate",), Repair)
    d = last_day(rng, ("repair_estimate",), (1, 6))
    if isinstance(prev, Repair):
        cust, b, lines, labour = prev.customer, prev.bike, prev.lines, prev.labour
    else:
        cust, b = a_person(rng), any_bike(rng)
        lines = [
            (part_name(x, lg), retail(x[4])) for x in rng.sample(PARTS[:21], rng.randint(0, 4))
        ]
        labour = rng.choice([0.5, 1.0, 1.0, 1.5, 2.0, 2.5])
    p = Page(size)
    y = heading(p, s, shop)
    no = rng.randint(10000, 99999)
    p.text(m, y, tr(lg, "WORKSHOP JOB CARD", "WERKSTATTAUFTRAG", "FICHE ATELIER"), s.bold, 12)
    p.text(w - m, y, f"No. {no}", "Courier-Bold", 11, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), cust),
            (tr(lg, "Phone", "Telefon", "Tél."), phone(rng)),
            (
                tr(
                    lg,
                    "Bike (make / model / colour)",
                    "Rad (Marke / Modell / Farbe)",
                    "Vélo (marque / modèle / couleur)",
                ),
                f"{b.brand} {b.model}, {b.colour}",
            ),
            (tr(lg, "Frame no.", "Rahmen-Nr.", "N° cadre"), b.frame if rng.random() < 0.7 else ""),
            (tr(lg, "Date in", "Angenommen am", "Déposé le"), short(d, lg)),
            (
                tr(lg, "Promised", "Fertig bis", "Prévu le"),
                short(d + timedelta(days=rng.randint(1, 8)), lg),
            ),
        ],
        per=2,
        tall=22 if size == A5 else 26,
    )
    y = (
        ticks(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            [tr(lg, *x) for x in SERVICES],
            {rng.randrange(len(SERVICES))},
            7.5,
        )
        + 2
    )
    p.text(m, y, tr(lg, "Customer's request:", "Kundenwunsch:", "Demande du client :"), s.font, 7)
    hand(p, m + 4, y + 13, tr(lg, *rng.choice(REQUESTS)), 9, w - 2 * m - 8)
    p.line(m, y + 16, w - m, y + 16)
    y += 28
    checks = CHECKS if b.ebike else CHECKS[:9] + CHECKS[10:]
    cw = (w - 2 * m) / 2
    for k, t in enumerate(checks):
        x = m + (k % 2) * cw
        yy = y + (k // 2) * 12
        box(p, x, yy, rng.random() < 0.9, 7)
        p.text(x + 11, yy, fit(tr(lg, *t), s.font, 7, cw - 60), s.font, 7)
        if rng.random() < 0.15:
            hand(p, x + cw - 48, yy, rng.choice(["adj.", "worn", "ok", "x"]), 7.5)
    y += (len(checks) + 1) // 2 * 12 + 8
    cols = spaced(m, w - m, [(4, "left"), (0.6, "right"), (1.2, "right")])
    p.rect(m - 2, y - 9, w - 2 * m + 4, 12, fill=0.88)
    for c, t in zip(
        cols,
        [
            tr(lg, "Parts / labour", "Material / Arbeit", "Pièces / main d'oeuvre"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        strict=True,
    ):
        left, right, al = c
        p.text(right if al == "right" else left, y, t, s.bold, 7, al)
    y += 12
    total = 0.0
    rows = [
        *lines,
        (
            tr(lg, f"Labour {labour} h", f"Arbeitszeit {labour} Std.", f"MO {labour} h"),
            labour * LABOUR_RATE[lg],
        ),
    ]
    nrows = 9 if size == A5 else 12
    for k in range(nrows):
        p.line(m, y + 3, w - m, y + 3)
        if k < len(rows):
            t, v = rows[k]
            total += v
            hand(p, cols[0][0] + 2, y, t, 8, cols[0][1] - cols[0][0] - 4)
            hand(p, cols[1][1] - 8, y, "1", 8)
            p.text(cols[2][1], y, money(v, lg), HAND, 8, "right")
        y += 12
    y += 4
    p.text(cols[1][0], y, tr(lg, "TOTAL", "GESAMT", "TOTAL TTC"), s.bold, 8.5)
    p.text(cols[2][1], y, money(total, lg), HAND, 9.5, "right")
    y += 10
    mech = staff(shop, rng.choice(["mech1", "mech2", "ebike"]))
    bottom = hh - m - 8
    if y < bottom - 26:
        y = bottom - 26
    p.text(m, y, tr(lg, "Mechanic", "Mechaniker", "Mécanicien"), s.font, 6.5)
    hand(p, m + 2, y + 12, "".join(t[0] for t in mech.split()), 10)
    sign_line(
        p,
        s,
        m + (w - 2 * m) * 0.45,
        y + 14,
        (w - 2 * m) * 0.55,
        tr(
            lg,
            "Collected / paid - customer signature",
            "Abgeholt / bezahlt - Unterschrift Kunde",
            "Retiré / réglé - signature client",
        ),
        cust if rng.random() < 0.75 else "",
    )
    if rng.random() < 0.5:
        stamp(
            p,
            w - m - 120,
            y - 64,
            [
                tr(lg, "PAID", "BEZAHLT", "RÉGLÉ"),
                rng.choice({"en": ["CARD", "CASH"], "de": ["EC", "BAR"], "fr": ["CB", "ESP."]}[lg]),
            ],
        )
    pages = [p]
    if r.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Workshop terms", "Werkstattbedingungen", "Conditions de l'atelier"),
                [
                    tr(lg, *x)
                    for x in [
                        ("Estimates", "Kostenvoranschläge", "Devis"),
                        ("Uncollected bikes", "Nicht abgeholte Räder", "Vélos non retirés"),
                        ("Storage charges", "Lagergebühren", "Frais de garde"),
                        ("Liability", "Haftung", "Responsabilité"),
                        ("Old parts", "Altteile", "Pièces remplacées"),
                        ("Payment", "Zahlung", "Paiement"),
                    ]
                ],
            )
        )
    remember(d)
    return pages


def tpl_repair_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's written repair estimate (quote, Kostenvoranschlag, devis): to a customer,
    or after a crash to the customer's cycle insurer with the damage listed and photos on a
    second page; parts and labour table, validity, an acceptance slip at the foot."""
    shop = shop_head()
    lg = home()
    s = style_of(shop, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    cust = a_person(rng)
    b = any_bike(rng)
    crash = rng.random() < 0.4
    street, town = lives(rng)
    no = serial(rng, rng.choice(["Q-9999", "KV-2099-999", "D99999"]))
    f = sheets(s, shop, f"{shop.name} - {tr(lg, 'Estimate', 'Kostenvoranschlag', 'Devis')} {no}")
    if crash:
        ins = rng.choice(
            {
                "en": ["Cycleguard Insurance", "Yellow Jersey Claims", "Laka Claims Team"],
                "de": [
                    "ENRA Versicherung - Schadenabteilung",
                    "Wertgarantie AG - Schaden",
                    "Hepster Schadenservice",
                ],
                "fr": [
                    "Cyclassur - Service sinistres",
                    "Mutuelle des Motards - Vélo",
                    "Assurvélo Indemnisation",
                ],
            }[lg]
        )
        lines_to = [
            ins,
            f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Sinistre')} {serial(rng, '99999999')}",
            f"{tr(lg, 'Policyholder', 'VN', 'Assuré')}: {cust}",
        ]
    else:
        lines_to = [mx(cust, lg), street, town]
    recipient(
        f,
        s,
        shop,
        lines_to,
        d,
        [
            (tr(lg, "Estimate no.", "KV-Nr.", "Devis n°"), no),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=30), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "REPAIR ESTIMATE", "KOSTENVORANSCHLAG", "DEVIS DE RÉPARATION"), 3)
    write(
        f,
        s,
        f"{tr(lg, 'Bicycle', 'Fahrrad', 'Cycle')}: {b.brand} {b.model} ({b.kind}), "
        f"{tr(lg, 'frame no.', 'Rahmen-Nr.', 'cadre n°')} {b.frame}, {b.colour}",
    )
    if crash:
        write(
            f,
            s,
            tr(
                lg,
                f"Inspected after an accident on "
                f"{day(shop, d - timedelta(days=rng.randint(3, 20)))}. "
                "Damage found: ",
                f"Begutachtet nach Sturz am {day(shop, d - timedelta(days=rng.randint(3, 20)))}. "
                "Festgestellte Schäden: ",
                f"Examiné suite à la chute du {day(shop, d - timedelta(days=rng.randint(3, 20)))}. "
                "Dommages constatés : ",
            )
            + words(rng, lg, "bike", 12),
        )
    items = rng.sample(PARTS, rng.randint(2, 8))
    lines = [(part_name(x, lg), retail(x[4])) for x in items]
    labour = rng.choice([1.0, 1.5, 2.0, 3.0, 4.5])
    rows = [[part_name(x, lg), "1", money(retail(x[4]), lg)] for x in items]
    rows.append(
        [
            tr(
                lg,
                f"Workshop labour {labour} h",
                f"Arbeitszeit {labour} Std.",
                f"Main d'oeuvre {labour} h",
            ),
            str(labour),
            money(labour * LABOUR_RATE[lg], lg),
        ]
    )
    table(
        f,
        spaced(m, w - m, [(5, "left"), (0.7, "right"), (1.3, "right")]),
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price incl. VAT", "Preis inkl. MwSt.", "Prix TTC"),
        ],
        rows,
        s,
        rules=True,
    )
    gross = sum(v for _, v in lines) + labour * LABOUR_RATE[lg]
    rate = vat_rate(lg)
    f.need(50)
    f.y += 4
    pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Total incl. VAT", "Gesamt inkl. MwSt.", "Total TTC"), cash(gross, lg)),
            (
                tr(
                    lg, f"includes VAT {rate:g}%", f"enth. MwSt. {rate:g} %", f"dont TVA {rate:g} %"
                ),
                cash(gross * rate / (100 + rate), lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 36
    write(
        f,
        s,
        tr(
            lg,
            "Estimates may vary by up to 15%. We will contact you before any further "
            "work. Hidden damage found on dismantling is not included.",
            "Abweichungen bis 15 % vorbehalten. Bei Mehraufwand melden wir uns vorher. "
            "Verdeckte Schäden sind nicht berücksichtigt.",
            "Devis valable 30 jours, hors dommages cachés constatés au démontage.",
        ),
        s.size - 1,
    )
    if not crash:
        f.need(110)
        y = max(f.y + 10, hh - m - 110)
        slip_rule(f.page, m, w - m, y, tr(lg, "Acceptance", "Auftragserteilung", "Bon pour accord"))
        f.page.text(
            m,
            y + 18,
            tr(
                lg,
                f"I accept estimate {no} and ask you to carry out the work.",
                f"Ich erteile den Auftrag gemäß KV {no}.",
                f"Bon pour accord sur le devis {no}.",
            ),
            s.font,
            8.5,
        )
        signed = rng.random() < 0.6
        sign_line(
            f.page,
            s,
            m,
            y + 56,
            180,
            tr(lg, "Date, signature", "Datum, Unterschrift", "Date et signature"),
            cust if signed else "",
        )
        if signed:
            hand(f.page, m + 4, y + 40, short(d + timedelta(days=rng.randint(0, 4)), lg), 9)
    else:
        regards(
            f,
            s,
            lg,
            staff(shop, "owner"),
            tr(lg, "Workshop manager", "Werkstattleitung", "Responsable atelier"),
        )
        if rng.random() < 0.7:
            f.new_page()
            caption(f, s, tr(lg, "Photos of the damage", "Schadensfotos", "Photos des dommages"), 1)
            for k in range(rng.choice([2, 4])):
                x = m + (k % 2) * ((w - 2 * m) / 2 + 5)
                y = f.y + (k // 2) * 200
                photo(f.page, x, y, (w - 2 * m) / 2 - 5, 180, rng)
    remember(d, Repair(cust, b, lines, labour))
    return close(f.pages, s, shop, numbers="none")


def tpl_hire_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's hire agreement for its rental bikes: the hirer's details and ID seen, the
    bikes hired by fleet number, frame number and size, period, rates and deposit, extras
    ticked, a sketch for marking existing damage and both signatures; the hire terms on the
    back and now and then a return check page."""
    shop = shop_head()
    lg = home()
    s = style_of(shop, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    hirer = a_person(rng, lg if rng.random() < 0.7 else rng.choice(["en", "de", "fr"]))
    p = Page(A4)
    y = heading(p, s, shop)
    no = rng.randint(1000, 9999)
    p.text(
        m,
        y,
        tr(lg, "CYCLE HIRE AGREEMENT", "MIETVERTRAG FAHRRADVERLEIH", "CONTRAT DE LOCATION"),
        s.bold,
        12,
    )
    p.text(w - m, y, f"N° {no}", "Courier-Bold", 11, "right")
    y += 8
    street, town = lives(rng)
    y = band(p, s, y + 6, tr(lg, "Hirer", "Mieter/in", "Locataire"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), hirer),
            (tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"), phone(rng)),
            (tr(lg, "Home address", "Anschrift", "Adresse"), f"{street}, {town}"),
            (
                tr(lg, "Holiday address", "Urlaubsadresse", "Adresse de séjour"),
                rng.choice(
                    [
                        "",
                        "",
                        *{
                            "en": ["Premier Inn", "Travelodge", "Airbnb"],
                            "de": ["Hotel am Markt", "Jugendherberge", "Ferienwohnung"],
                            "fr": ["Camping Les Pins", "Hôtel du Port", "Airbnb"],
                        }[lg],
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "ID seen:", "Ausweis geprüft:", "Pièce d'identité :"),
            tr(lg, "Passport", "Reisepass", "Passeport"),
            tr(lg, "Driving licence", "Führerschein", "Permis"),
            tr(lg, "ID card", "Personalausweis", "CNI"),
        ],
        {rng.choice([1, 2, 3])},
        7.5,
    )
    y = band(p, s, y + 4, tr(lg, "Bikes", "Fahrräder", "Vélos"))
    n = rng.choice([1, 1, 2, 2, 3, 4])
    cols = spaced(
        m, w - m, [(0.8, "left"), (2.6, "left"), (0.7, "left"), (1.8, "left"), (1, "right")]
    )
    y += 12
    for c, t in zip(
        cols,
        [
            tr(lg, "Fleet", "Nr.", "Parc"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Size", "RH", "Taille"),
            tr(lg, "Frame no.", "Rahmen-Nr.", "N° cadre"),
            tr(lg, "Rate/day", "Tag", "Jour"),
        ],
        strict=True,
    ):
        p.text(c[1] if c[2] == "right" else c[0], y, t, s.bold, 7.5, c[2])
    y += 4
    kinds = [
        ("City bike 7-speed", "Citybike 7-Gang", "Vélo de ville 7V", 18.0),
        ("E-bike trekking", "E-Bike Trekking", "VAE randonnée", 38.0),
        ("Gravel bike", "Gravelbike", "Gravel", 32.0),
        ("E-cargo bike", "E-Lastenrad", "Vélo cargo électrique", 55.0),
        ("Kids 24in", "Kinderrad 24 Zoll", "Enfant 24 pouces", 12.0),
        ("Tandem", "Tandem", "Tandem", 45.0),
    ]
    daily = 0.0
    for _ in range(n):
        k = rng.choice(kinds)
        daily += k[3]
        y += 14
        p.line(m, y + 3, w - m, y + 3)
        hand(p, cols[0][0], y, f"H{rng.randint(1, 40):02d}", 8.5)
        p.text(cols[1][0], y, tr(lg, k[0], k[1], k[2]), s.font, 8)
        hand(p, cols[2][0], y, rng.choice(["S", "M", "L", "50", "54"]), 8.5)
        p.text(cols[3][0], y, serial(rng, "AA9999999"), s.font, 8)
        p.text(cols[4][1], y, money(k[3], lg), s.font, 8, "right")
    days = rng.choice([1, 1, 2, 3, 5, 7])
    start = d + timedelta(days=rng.randint(0, 3))
    y += 14
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "From", "Von", "Du"), f"{short(start, lg)} {rng.randint(9, 11)}:00"),
            (tr(lg, "To", "Bis", "Au"), f"{short(start + timedelta(days=days), lg)} 17:00"),
            (
                tr(lg, "Hire charge", "Mietpreis", "Montant location"),
                cash(daily * days * (0.85 if days >= 5 else 1), lg),
            ),
            (tr(lg, "Deposit", "Kaution", "Caution"), cash(rng.choice([50, 100, 200, 500]), lg)),
        ],
        per=4,
        tall=24,
    )
    y0 = y
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w * 0.55 - m,
        [
            tr(lg, *x)
            for x in [
                ("Helmet", "Helm", "Casque"),
                ("Lock", "Schloss", "Antivol"),
                ("Panniers", "Packtaschen", "Sacoches"),
                ("Child seat", "Kindersitz", "Siège enfant"),
                ("Repair kit", "Flickzeug", "Kit réparation"),
                ("Charger", "Ladegerät", "Chargeur"),
            ]
        ],
        set(rng.sample(range(6), rng.randint(1, 4))),
        7.5,
    )
    sk = min(150.0, w * 0.3)
    bike_outline(p, w - m - sk, y0 + 14, sk)
    p.text(
        w - m - sk,
        y0 + 8,
        tr(lg, "Existing damage marked:", "Vorschäden markiert:", "Dommages existants :"),
        s.font,
        6.5,
    )
    if rng.random() < 0.5:
        hand(p, w - m - sk * rng.uniform(0.3, 0.8), y0 + 14 + sk * 0.45, "x", 12)
    y = max(y, y0 + 14 + sk * 0.7) + 24
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I have read and accept the hire terms overleaf.",
                "Ich habe die umseitigen Mietbedingungen gelesen und akzeptiere sie.",
                "Je reconnais avoir pris connaissance des conditions au verso.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    y += 34
    sign_line(p, s, m, y, 190, tr(lg, "Hirer", "Mieter/in", "Locataire"), hirer)
    sign_line(
        p,
        s,
        m + 240,
        y,
        150,
        tr(lg, "For the shop", "Für den Verleih", "Pour le loueur"),
        staff(shop, "sales"),
    )
    pages = [p]
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Hire terms and conditions",
                "Mietbedingungen",
                "Conditions générales de location",
            ),
            [
                tr(lg, *x)
                for x in [
                    ("Hire period", "Mietdauer", "Durée"),
                    ("Deposit", "Kaution", "Caution"),
                    ("Use of the bikes", "Nutzung", "Utilisation"),
                    ("Theft and loss", "Diebstahl und Verlust", "Vol et perte"),
                    ("Damage", "Beschädigung", "Dommages"),
                    ("Late return", "Verspätete Rückgabe", "Retard"),
                    ("Liability", "Haftung", "Responsabilité"),
                    ("Data protection", "Datenschutz", "Données personnelles"),
                ]
            ],
        )
    )
    if rng.random() < 0.35:
        q = Page(A4)
        yy = m
        q.text(
            m, yy, tr(lg, "Return check", "Rücknahmeprotokoll", "État des lieux retour"), s.bold, 12
        )
        q.text(w - m, yy, f"N° {no}", s.font, 9, "right")
        yy += 24
        for t in CHECKS[:8]:
            q.text(m, yy, tr(lg, *t), s.font, 8.5)
            box(q, w * 0.55, yy, rng.random() < 0.9, 8)
            q.text(w * 0.55 + 12, yy, "ok", s.font, 8)
            box(q, w * 0.7, yy, False, 8)
            q.text(w * 0.7 + 12, yy, tr(lg, "damage", "Schaden", "dommage"), s.font, 8)
            yy += 16
        yy += 14
        hand(q, m, yy, tr(lg, "deposit refunded", "Kaution zurück", "caution restituée"), 10)
        sign_line(
            q,
            s,
            m,
            yy + 40,
            180,
            tr(lg, "Checked by", "Geprüft", "Vérifié par"),
            staff(shop, "sales"),
        )
        pages.append(q)
    remember(d)
    return pages


def tpl_fitting_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's bike fitting report for a customer: a cover page with the rider, goals and
    complaints, the flexibility and foot assessment ticked, the body measurements; a table of
    the bike's position before and after; and a landscape page of position coordinates and
    the recommended components. Numbered "Page i of n" or not at all."""
    shop = shop_head()
    lg = home()
    s = style_of(shop, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    rider = a_person(rng)
    b = any_bike(rng)
    fitter = staff(shop, "fitter")
    f = sheets(s, shop, f"{tr(lg, 'Bike fit', 'Bikefitting', 'Étude posturale')} - {rider}")
    caption(
        f,
        s,
        tr(lg, "Bike Fit Report", "Bikefitting - Ergebnisbericht", "Rapport d'étude posturale"),
        7,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Rider", "Fahrer/in", "Cycliste"), rider),
                (tr(lg, "Date of fit", "Datum", "Date"), day(shop, d)),
                (tr(lg, "Fitter", "Bikefitter", "Technicien"), fitter),
                (tr(lg, "Bike", "Rad", "Vélo"), f"{b.brand} {b.model} ({b.size})"),
                (
                    tr(lg, "Type of fit", "Art des Fittings", "Type d'étude"),
                    rng.choice(
                        [
                            tr(lg, "Road - comfort", "Straße - Komfort", "Route - confort"),
                            tr(lg, "Gravel", "Gravel", "Gravel"),
                            tr(lg, "Commuting", "Alltag", "Vélotaf"),
                        ]
                    ),
                ),
            ],
            w * 0.7,
            s.size,
        )
        + 10
    )
    caption(
        f,
        s,
        tr(lg, "Goals and complaints", "Ziele und Beschwerden", "Objectifs et douleurs"),
        1.5,
        rule=True,
    )
    write(
        f,
        s,
        words(rng, lg, "bike", 14)
        + " "
        + rng.choice(
            [
                tr(
                    lg,
                    "Numbness in the hands after 40 km.",
                    "Taubheit in den Händen nach 40 km.",
                    "Engourdissement des mains après 40 km.",
                ),
                tr(
                    lg,
                    "Pain on the outside of the right knee.",
                    "Schmerzen außen am rechten Knie.",
                    "Douleur externe du genou droit.",
                ),
                tr(
                    lg,
                    "Lower back ache on long rides.",
                    "Rückenschmerzen auf langen Touren.",
                    "Lombalgies sur les longues sorties.",
                ),
            ]
        ),
    )
    caption(f, s, tr(lg, "Assessment", "Anamnese / Tests", "Bilan"), 1.5, rule=True)
    for t, opts in [
        (
            tr(
                lg,
                "Hamstring flexibility",
                "Beweglichkeit hintere Kette",
                "Souplesse ischio-jambiers",
            ),
            [
                tr(lg, "low", "gering", "faible"),
                tr(lg, "average", "mittel", "moyenne"),
                tr(lg, "good", "gut", "bonne"),
            ],
        ),
        (
            tr(lg, "Foot arch", "Fußgewölbe", "Voûte plantaire"),
            [
                tr(lg, "flat", "Senkfuß", "plat"),
                tr(lg, "neutral", "normal", "neutre"),
                tr(lg, "high", "Hohlfuß", "creux"),
            ],
        ),
        (
            tr(lg, "Leg length difference", "Beinlängendifferenz", "Différence longueur jambes"),
            [tr(lg, "none", "keine", "aucune"), "< 5 mm", "> 5 mm"],
        ),
    ]:
        f.need(16)
        f.page.text(m, f.y, t, s.font, s.size - 0.5)
        ticks(f.page, s, w * 0.45, f.y, w * 0.5 - m, opts, {rng.randrange(3)}, 8)
        f.y += 16
    f.y += 6
    caption(
        f, s, tr(lg, "Body measurements", "Körpermaße", "Mesures morphologiques"), 1.5, rule=True
    )
    body = [
        (tr(lg, "Height", "Körpergröße", "Taille"), f"{rng.randint(158, 196)} cm"),
        (tr(lg, "Inseam", "Schrittlänge", "Entrejambe"), f"{rng.randint(72, 94)} cm"),
        (tr(lg, "Torso", "Oberkörper", "Buste"), f"{rng.randint(58, 72)} cm"),
        (tr(lg, "Arm", "Armlänge", "Bras"), f"{rng.randint(56, 70)} cm"),
        (
            tr(lg, "Shoulder width", "Schulterbreite", "Largeur d'épaules"),
            f"{rng.randint(36, 46)} cm",
        ),
        (
            tr(lg, "Sit bone width", "Sitzknochenabstand", "Largeur ischions"),
            f"{rng.randint(10, 15)} cm",
        ),
        (tr(lg, "Shoe size", "Schuhgröße", "Pointure"), str(rng.randint(37, 47))),
    ]
    f.y = pairs(f.page, s, m, f.y, body, w * 0.55, s.size) + 10
    f.new_page()
    caption(f, s, tr(lg, "Position changes", "Positionsänderungen", "Modifications de position"), 3)
    rows = []
    for t, lo, hi, unit in [
        (
            tr(
                lg,
                "Saddle height (BB to top)",
                "Sattelhöhe (Tretlager-Oberkante)",
                "Hauteur de selle",
            ),
            680,
            800,
            "mm",
        ),
        (tr(lg, "Saddle setback", "Sattelversatz", "Recul de selle"), 30, 90, "mm"),
        (tr(lg, "Saddle tilt", "Sattelneigung", "Inclinaison selle"), -3, 2, "°"),
        (
            tr(lg, "Reach saddle-bar", "Sattel-Lenker-Abstand", "Distance selle-cintre"),
            480,
            590,
            "mm",
        ),
        (tr(lg, "Drop saddle-bar", "Sattelüberhöhung", "Drop selle-cintre"), 0, 90, "mm"),
        (
            tr(lg, "Stem length / angle", "Vorbau Länge / Winkel", "Potence longueur / angle"),
            70,
            120,
            "mm",
        ),
        (tr(lg, "Spacers", "Spacer", "Entretoises"), 5, 35, "mm"),
        (tr(lg, "Crank length", "Kurbellänge", "Longueur manivelle"), 165, 175, "mm"),
        (tr(lg, "Cleat position (L/R)", "Cleatposition (L/R)", "Position cales (G/D)"), 0, 6, "mm"),
    ]:
        before = rng.randint(lo, hi)
        after_ = before + rng.choice(
            [0, 0, -5, 5, 8, -10, 12, 2, -2] if unit == "mm" else [0, 1, -1, 2]
        )
        rows.append(
            [
                t,
                f"{before} {unit}",
                f"{after_} {unit}",
                "" if after_ == before else f"{after_ - before:+d}",
            ]
        )
    table(
        f,
        spaced(m, w - m, [(3.5, "left"), (1, "right"), (1, "right"), (0.8, "right")]),
        [
            tr(lg, "Measure", "Maß", "Mesure"),
            tr(lg, "Before", "Vorher", "Avant"),
            tr(lg, "After", "Nachher", "Après"),
            tr(lg, "Change", "Diff.", "Écart"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 10
    caption(f, s, tr(lg, "Recommendations", "Empfehlungen", "Recommandations"), 1.5, rule=True)
    for _ in range(rng.randint(2, 4)):
        write(f, s, "- " + words(rng, lg, "bike", rng.randint(8, 14)), indent=6)
    regards(f, s, lg, fitter, tr(lg, "Bike fitter", "Bikefitter", "Technicien posture"))
    pages = f.pages
    if rng.random() < 0.6:
        ls = paper(s, landscape(A4), margin=40, pt=8.5)
        q = Page(landscape(A4))
        lw, lh = landscape(A4)
        q.text(
            40,
            40,
            tr(
                lg,
                "Position coordinates (from bottom bracket centre)",
                "Koordinaten der Sitzposition (ab Tretlagermitte)",
                "Coordonnées de position (depuis l'axe de pédalier)",
            ),
            s.bold,
            12,
        )
        ff = Flow(landscape(A4), lh - 50, lambda pg, n: 60.0)
        ff.page, ff.pages, ff.y = q, [q], 64.0
        pts = [
            "Saddle X",
            "Saddle Y",
            "Bar X",
            "Bar Y",
            "Hood X",
            "Hood Y",
            "Stack",
            "Reach",
            "Handlebar width",
            "Crank",
            "Q-factor",
        ]
        table(
            ff,
            spaced(
                40,
                lw - 40,
                [
                    (2, "left"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                    (2.5, "left"),
                ],
            ),
            [
                tr(lg, "Point", "Punkt", "Point"),
                "X / mm",
                "Y / mm",
                tr(lg, "Frame", "Rahmen", "Cadre"),
                tr(lg, "Target", "Ziel", "Cible"),
                tr(lg, "Notes", "Notiz", "Remarques"),
            ],
            [
                [
                    t,
                    str(rng.randint(-120, 620)),
                    str(rng.randint(300, 760)),
                    str(rng.randint(360, 640)),
                    str(rng.randint(360, 640)),
                    words(rng, lg, "bike", 4)[:-1],
                ]
                for t in pts
            ],
            ls,
            rules=True,
        )
        bike_outline(ff.page, lw - 260, lh - 200, 200)
        pages.extend(ff.pages)
    numbers = (
        shop.numbers
        if shop.numbers != "none"
        else rng.choice(["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")])
    )
    remember(d)
    return close(pages, s, shop, numbers=numbers)


def tpl_trade_in(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's trade-in valuation form for a customer's old bike: the seller and the ID
    seen, the bike and its frame number (checked against the stolen-bike register), a
    condition check list with grades, battery health for e-bikes, the valuation worked down
    to the offer, and the seller's declaration of ownership signed; A4 or A5."""
    shop = shop_head()
    lg = home()
    size = A5 if keyed(who, "size").random() < 0.45 else A4
    s = style_of(shop, size, margin=30 if size == A5 else 0, pt=7.5 if size == A5 else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    seller = a_person(rng)
    b = any_bike(rng)
    p = Page(size)
    y = heading(p, s, shop)
    p.text(
        m,
        y,
        tr(lg, "TRADE-IN VALUATION", "INZAHLUNGNAHME / ANKAUF", "REPRISE - ESTIMATION"),
        s.bold,
        11,
    )
    p.text(w - m, y, short(d, lg), HAND, 9.5, "right")
    y += 8
    street, town = lives(rng)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Seller", "Verkäufer/in", "Vendeur"), seller),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
            (tr(lg, "Make / model", "Marke / Modell", "Marque / modèle"), f"{b.brand} {b.model}"),
            (
                tr(lg, "Year / size", "Baujahr / RH", "Année / taille"),
                f"{b.year - rng.randint(0, 4)} / {b.size}",
            ),
            (tr(lg, "Frame no.", "Rahmen-Nr.", "N° cadre"), b.frame),
            (tr(lg, "ID no.", "Ausweis-Nr.", "N° pièce d'identité"), serial(rng, "A99999999")),
        ],
        per=2,
        tall=22,
    )
    y = (
        ticks(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Register checked - not stolen",
                    "Register geprüft - nicht gestohlen",
                    "Fichier consulté - non volé",
                ),
                tr(lg, "Receipt seen", "Kaufbeleg vorgelegt", "Facture vue"),
            ],
            {0} if rng.random() < 0.6 else {0, 1},
            7.5,
        )
        + 2
    )
    grades = ["A", "B", "C", "D"]
    items = [
        ("Frame / fork", "Rahmen / Gabel", "Cadre / fourche"),
        ("Drivetrain", "Antrieb", "Transmission"),
        ("Wheels / tyres", "Laufräder / Reifen", "Roues / pneus"),
        ("Brakes", "Bremsen", "Freins"),
        ("Suspension", "Federung", "Suspensions"),
        ("Cosmetic", "Optik", "Aspect"),
    ]
    p.text(m, y, tr(lg, "Condition", "Zustand", "État"), s.bold, 8)
    for k, g in enumerate(grades):
        p.text(w * 0.55 + k * 26, y, g, s.bold, 8)
    y += 12
    for t in items:
        p.text(m, y, tr(lg, *t), s.font, 7.5)
        g = rng.choices(range(4), [3, 4, 2, 1])[0]
        for k in range(4):
            box(p, w * 0.55 + k * 26, y, k == g, 7)
        y += 11
    if b.ebike:
        p.text(
            m,
            y + 2,
            tr(lg, "Battery health (diagnosis)", "Akkuzustand (Diagnose)", "Santé batterie"),
            s.font,
            7.5,
        )
        hand(p, w * 0.55, y + 2, f"{rng.randint(62, 96)} %  {rng.randint(40, 500)} cyc.", 9)
        y += 14
    y += 6
    base = round(b.price * rng.uniform(0.35, 0.6), -1)
    ded = [
        (
            tr(lg, "Service / parts", "Service / Teile", "Remise en état"),
            round(rng.uniform(20, 140), -1),
        )
    ]
    if rng.random() < 0.5:
        ded.append((tr(lg, "Tyres", "Reifen", "Pneus"), 40.0))
    offer = base - sum(v for _, v in ded)
    rows = [(tr(lg, "Guide value", "Richtwert", "Cote"), base)] + [(t, -v) for t, v in ded]
    for t, v in rows:
        p.text(m, y, t, s.font, 8)
        p.text(w - m, y, money(v, lg), HAND, 9, "right")
        y += 12
    p.line(w * 0.55, y - 8, w - m, y - 8)
    p.text(
        m,
        y + 2,
        tr(
            lg, "OFFER (part exchange / cash)", "ANGEBOT (Inzahlungnahme / bar)", "OFFRE DE REPRISE"
        ),
        s.bold,
        9,
    )
    p.text(w - m, y + 2, cash(offer, lg), HAND, 10.5, "right")
    y += 18
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Part exchange", "Verrechnung mit Neukauf", "Avoir achat"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
        ],
        {rng.randrange(2)},
        7.5,
    )
    decl = tr(
        lg,
        "I declare that I am the owner of this bicycle, that it is free of finance and not "
        "stolen, and I transfer ownership to the shop for the amount above.",
        "Ich versichere, Eigentümer/in des Fahrrads zu sein; es ist weder finanziert noch "
        "gestohlen. Ich übertrage das Eigentum zum obigen Preis.",
        "Je certifie être propriétaire de ce cycle, libre de tout crédit et non volé, et en "
        "cède la propriété au magasin pour le montant ci-dessus.",
    )
    for ln in wrap(decl, s.font, 7, w - 2 * m):
        p.text(m, y, ln, s.font, 7)
        y += 9
    y = max(y + 26, hh - m - 16)
    sign_line(p, s, m, y, (w - 2 * m) * 0.45, tr(lg, "Seller", "Verkäufer/in", "Vendeur"), seller)
    sign_line(
        p,
        s,
        m + (w - 2 * m) * 0.55,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Shop", "Händler", "Magasin"),
        staff(shop, "sales"),
    )
    remember(d)
    return [p]


def tpl_battery_consignment(rng: random.Random, who: Issuer) -> list[Page]:
    """The collection and consignment note for used lithium batteries: the recycler's form
    with numbered boxes for producer, carrier and consignee, the waste description (EWC or
    waste code, UN number, class 9, packing instruction), weights and containers, each party's
    signature; with the list of batteries (serials, weight, damaged or not) behind it."""
    h = head_of(who, "recycler")
    lg = h.lang
    s = style_of(h, A4, pt=8)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    shop = shop_head()
    driver = a_person(rng, lg)
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CONSIGNMENT NOTE - WASTE BATTERIES",
        "ÜBERNAHMESCHEIN ALTBATTERIEN",
        "BORDEREAU DE SUIVI - PILES ET ACCUMULATEURS USAGÉS",
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m - 120), s.bold, 11)
    no = serial(rng, tr(lg, "WCN99999999", "ÜS-2099-99999", "BSD-99999999"))
    p.text(w - m, y, no, "Courier-Bold", 10, "right")
    y += 16
    if rng.random() < 0.5:
        p.barcode("code128", no.replace("Ü", "U"), w - m - 190, y - 4)
        y += 76
    nbat = rng.randint(3, 24)
    kg = round(nbat * rng.uniform(2.4, 3.6), 1)
    damaged = rng.random() < 0.3
    sections = [
        (
            tr(
                lg,
                "1. Producer / holder",
                "1. Abfallerzeuger / Besitzer",
                "1. Producteur / détenteur",
            ),
            [
                (tr(lg, "Name", "Name", "Raison sociale"), shop.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop.street}, {shop.town}"),
                (
                    tr(lg, "Collection point no.", "Sammelstellen-Nr.", "N° point de collecte"),
                    serial(keyed(who, "cp"), "99999999"),
                ),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(shop, "owner")),
            ],
        ),
        (
            tr(lg, "2. Description of waste", "2. Abfallbeschreibung", "2. Dénomination du déchet"),
            [
                (
                    tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"),
                    "16 06 05" if not damaged else "16 06 01*",
                ),
                (
                    tr(lg, "Description", "Bezeichnung", "Désignation"),
                    tr(
                        lg,
                        "Lithium-ion batteries (e-bike)",
                        "Lithium-Ionen-Akkus (E-Bike)",
                        "Batteries lithium-ion (VAE)",
                    ),
                ),
                (
                    tr(lg, "UN number / class", "UN-Nr. / Klasse", "N° ONU / classe"),
                    "UN 3480, 9" if not damaged else "UN 3480, 9 (SV 376)",
                ),
                (
                    tr(lg, "Packing", "Verpackung", "Emballage"),
                    rng.choice(["P909", "P908", "LP904"])
                    + f", {rng.randint(1, 3)} x {tr(lg, 'drum', 'Fass', 'fût')}",
                ),
                (tr(lg, "Number of units", "Stückzahl", "Nombre"), str(nbat)),
                (tr(lg, "Weight (kg)", "Gewicht (kg)", "Poids (kg)"), money(kg, lg)),
            ],
        ),
        (
            tr(lg, "3. Carrier", "3. Beförderer", "3. Transporteur"),
            [
                (
                    tr(lg, "Carrier", "Beförderer", "Transporteur"),
                    tr(lg, "Greenpath Logistics", "Spedition Rhenus", "Trans-Valor"),
                ),
                (
                    tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                    serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999"),
                ),
                (tr(lg, "Driver", "Fahrer/in", "Chauffeur"), driver),
                (tr(lg, "Collected on", "Übernommen am", "Enlevé le"), short(d, lg)),
            ],
        ),
        (
            tr(
                lg,
                "4. Consignee / treatment facility",
                "4. Entsorger / Behandlungsanlage",
                "4. Installation de destination",
            ),
            [
                (tr(lg, "Name", "Name", "Nom"), h.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (
                    tr(lg, "Permit no.", "Genehmigung", "Autorisation"),
                    serial(keyed(who, "perm"), "AAA/99999/AA"),
                ),
                (tr(lg, "Weight received", "Gewicht Eingang", "Poids reçu"), ""),
            ],
        ),
    ]
    for title_, items in sections:
        y = band(p, s, y, title_)
        y = fields(p, s, m, y + 3, w - 2 * m, items, per=2, tall=22)
    if damaged:
        p.text(
            m,
            y,
            tr(
                lg,
                "DAMAGED / DEFECTIVE - do not mix with intact batteries",
                "BESCHÄDIGT / DEFEKT - nicht mit intakten Akkus mischen",
                "ENDOMMAGÉES - ne pas mélanger",
            ),
            s.bold,
            8,
        )
        y += 14
    sw = (w - 2 * m - 20) / 3
    y = max(y + 20, hh - m - 50)
    for k, (t, who_) in enumerate(
        [
            (tr(lg, "Producer", "Erzeuger", "Producteur"), staff(shop, "owner")),
            (tr(lg, "Carrier", "Beförderer", "Transporteur"), driver),
            (tr(lg, "Consignee", "Entsorger", "Destinataire"), ""),
        ]
    ):
        sign_line(p, s, m + k * (sw + 10), y, sw, t, who_)
    pages = [p]
    if rng.random() < 0.7:
        q = Page(A4)
        q.text(
            m,
            m,
            tr(
                lg,
                "Annex - list of batteries",
                "Anlage - Akkuliste",
                "Annexe - liste des batteries",
            ),
            s.bold,
            11,
        )
        q.text(w - m, m, no, s.font, 8, "right")
        ff = Flow(A4, hh - m - 20, lambda pg, n: m + 20)
        ff.page, ff.pages, ff.y = q, [q], m + 22.0
        rows = []
        for k in range(nbat):
            b = any_bike(rng)
            rows.append(
                [
                    str(k + 1),
                    b.brand,
                    serial(rng, "VBA-999999-A"),
                    rng.choice(["400", "500", "625", "750"]),
                    money(rng.uniform(2.3, 3.8), lg),
                    tr(lg, "damaged", "beschädigt", "endommagée")
                    if damaged and rng.random() < 0.4
                    else "ok",
                ]
            )
        table(
            ff,
            spaced(
                m,
                w - m,
                [
                    (0.4, "right"),
                    (1.4, "left"),
                    (2, "left"),
                    (0.8, "right"),
                    (0.8, "right"),
                    (1.2, "left"),
                ],
            ),
            [
                "#",
                tr(lg, "Brand", "Marke", "Marque"),
                tr(lg, "Serial", "Seriennummer", "N° série"),
                "Wh",
                "kg",
                tr(lg, "State", "Zustand", "État"),
            ],
            rows,
            s,
            rules=True,
        )
        pages.extend(ff.pages)
    remember(d)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates UUU: landlord, finance, registers, police, council, shows and recalls
# ---------------------------------------------------------------------------------------------


def tpl_service_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's year-end service charge reconciliation for the shop unit (service
    charge statement, Nebenkostenabrechnung für Gewerberäume, régularisation des charges):
    a covering letter with the balance, then the apportionment schedule of the building's
    costs and the shop's share on a landscape page, and the balance worked out."""
    h = make_head(SENDERS["landlord"][home()][row_no()], home(), "landlord")
    lg = h.lang
    s = style_of(h, A4)
    d = some_day(rng)
    year = d.year - 1
    shop = shop_head()
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Service charge', 'Nebenkosten', 'Charges')} {year}")
    unit = keyed(who, "unit").choice(
        {
            "en": ["Unit 2", "Ground floor shop", "Shop unit and workshop"],
            "de": ["EG links", "Laden 1", "Ladenlokal mit Werkstatt"],
            "fr": ["Lot 3", "Local commercial RDC", "Boutique et atelier"],
        }[lg]
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref.", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "t"), "T99999"),
            ),
            (tr(lg, "Premises", "Mietobjekt", "Lot"), unit),
        ],
    )
    costs = [
        ("Building insurance", "Gebäudeversicherung", "Assurance immeuble"),
        ("Cleaning common parts", "Treppenhausreinigung", "Nettoyage parties communes"),
        ("Water / sewerage", "Wasser / Abwasser", "Eau / assainissement"),
        ("Refuse collection", "Müllabfuhr", "Enlèvement des ordures"),
        ("Lighting common parts", "Allgemeinstrom", "Électricité parties communes"),
        ("Repairs and maintenance", "Wartung / Instandhaltung", "Entretien et réparations"),
        ("Management fee", "Verwaltungskosten", "Honoraires de gestion"),
        ("Property tax share", "Grundsteuer", "Taxe foncière (quote-part)"),
        ("Lift / fire alarm service", "Brandmeldeanlage", "Contrôle alarme incendie"),
    ]
    share = rng.choice([8.4, 11.25, 14.6, 18.0, 22.5])
    rows = []
    total_share = 0.0
    for c in costs:
        tot = round(rng.uniform(400, 9000), 2)
        sh = round(tot * share / 100, 2)
        total_share += sh
        rows.append(
            [
                tr(lg, *c),
                rng.choice(["m²", tr(lg, "units", "Einheiten", "tantièmes")]),
                money(tot, lg),
                f"{share:g} %",
                money(sh, lg),
            ]
        )
    paid = round(total_share * rng.uniform(0.8, 1.15), 2)
    bal = round(total_share - paid, 2)
    caption(
        f,
        s,
        tr(
            lg,
            f"Service charge reconciliation {year}",
            f"Nebenkostenabrechnung {year}",
            f"Régularisation des charges {year}",
        ),
        2,
    )
    write(
        f,
        s,
        dear_of(staff(shop, "owner"), lg)
        if rng.random() < 0.5
        else tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Please find enclosed the service charge reconciliation for the year ending "
            f"31/12/{year}. Your share of the costs is {cash(total_share, lg)}; you paid "
            f"{cash(paid, lg)} on account.",
            f"anbei erhalten Sie die Abrechnung der Betriebskosten für den Zeitraum "
            f"01.01.-31.12.{year}. Auf Ihre Einheit entfallen {cash(total_share, lg)}; "
            f"Ihre Vorauszahlungen betrugen {cash(paid, lg)}.",
            f"Veuillez trouver ci-joint la régularisation des charges de l'exercice {year}. "
            f"Votre quote-part s'élève à {cash(total_share, lg)} pour {cash(paid, lg)} de "
            "provisions versées.",
        ),
    )
    if bal > 0:
        write(
            f,
            s,
            tr(
                lg,
                f"The balancing charge of {cash(bal, lg)} is payable within 30 days.",
                f"Den Nachzahlungsbetrag von {cash(bal, lg)} überweisen Sie bitte innerhalb "
                "von 30 Tagen.",
                f"Le solde de {cash(bal, lg)} est à régler sous 30 jours.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"The credit of {cash(-bal, lg)} will be set against your next demand.",
                f"Das Guthaben von {cash(-bal, lg)} verrechnen wir mit der nächsten Miete.",
                f"Le trop-perçu de {cash(-bal, lg)} sera déduit de votre prochain appel.",
            ),
        )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f, s, lg, staff(h, "pm"), tr(lg, "Property manager", "Objektverwaltung", "Gestionnaire")
    )
    pages = close(f.pages, s, h, numbers="none")
    ls = paper(s, landscape(A4), margin=44, pt=8.5)
    lw, lh = landscape(A4)
    ff = Flow(landscape(A4), lh - 50, lambda pg, n: 70.0)
    sched = tr(
        lg, "Apportionment schedule", "Kostenaufstellung und Verteilung", "Répartition des charges"
    )
    ff.page.text(
        44,
        44,
        fit(
            f"{h.name} - {sched} {year} - {unit}",
            s.bold,
            11,
            lw - 88,
        ),
        s.bold,
        11,
    )
    table(
        ff,
        spaced(
            44,
            lw - 44,
            [(3.5, "left"), (1.2, "left"), (1.3, "right"), (0.8, "right"), (1.3, "right")],
        ),
        [
            tr(lg, "Cost", "Kostenart", "Poste"),
            tr(lg, "Key", "Schlüssel", "Clé"),
            tr(lg, "Building total", "Gesamtkosten", "Total immeuble"),
            tr(lg, "Share", "Anteil", "Quote-part"),
            tr(lg, "Your share", "Ihr Anteil", "Votre part"),
        ],
        rows,
        ls,
        rules=True,
        step=1.9,
    )
    ff.y += 10
    for t, v in [
        (tr(lg, "Your share of costs", "Summe Ihr Anteil", "Total quote-part"), total_share),
        (tr(lg, "Paid on account", "Vorauszahlungen", "Provisions versées"), -paid),
        (tr(lg, "Balance", "Nachzahlung / Guthaben", "Solde"), bal),
    ]:
        ff.page.text(lw * 0.55, ff.y, t, ls.bold, 9)
        ff.page.text(lw - 44, ff.y, cash(v, lg), ls.bold, 9, "right")
        ff.y += 14
    pages.extend(ff.pages)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


CREDIT_TERMS = [
    ("Repayments", "Rückzahlung", "Remboursement"),
    ("Early settlement", "Vorzeitige Rückzahlung", "Remboursement anticipé"),
    ("Missed payments", "Zahlungsverzug", "Défaillance de l'emprunteur"),
    ("Right of withdrawal", "Widerrufsrecht", "Droit de rétractation"),
    ("Ownership of the goods", "Eigentumsvorbehalt", "Réserve de propriété"),
    ("Linked supplier", "Verbundenes Geschäft", "Contrat de vente lié"),
    ("Termination", "Kündigung", "Résiliation"),
    ("Assignment", "Abtretung", "Cession"),
    ("Complaints", "Beschwerden", "Réclamations"),
    (
        "Personal data and credit reference",
        "Datenschutz und SCHUFA",
        "Données personnelles et FICP",
    ),
    ("Governing law", "Anwendbares Recht", "Droit applicable"),
]


def tpl_finance_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A 0 % finance agreement for a customer's bike, as the finance company's system prints
    it in the shop: the pre-contract credit information (SECCI, Europäische
    Standardinformationen, fiche d'information européenne) as a boxed table, the agreement
    with its key financial figures, pages of terms, the signature page, and a direct debit
    mandate (Lastschriftmandat, mandat SEPA) at the end."""
    h = head_of(who, "finance")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    cust = a_person(rng)
    b = any_bike(rng)
    price = b.price + rng.choice([0, 49, 120, 250])
    deposit = round(price * rng.choice([0.0, 0.1, 0.2]), -1)
    credit = price - deposit
    months = rng.choice([10, 12, 18, 24, 36])
    inst = round(credit / months, 2)
    ref = serial(rng, rng.choice(["AG99999999", "KV-999-9999999", "OF999999999"]))
    street, town = lives(rng)
    shop = shop_head()
    f = sheets(s, h, f"{h.name} - {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            "Pre-contract credit information",
            "Europäische Standardinformationen für Verbraucherkredite",
            "Fiche d'information standardisée européenne",
        ),
        3,
        rule=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "(Standard European Consumer Credit Information)",
            "(§ 491a BGB, Art. 247 § 3 EGBGB)",
            "(articles L. 312-12 et suivants du code de la consommation)",
        ),
        s.size - 1,
    )
    info = [
        (tr(lg, "Creditor", "Kreditgeber", "Prêteur"), f"{h.name}, {h.street}, {h.town}"),
        (
            tr(lg, "Credit intermediary", "Kreditvermittler", "Intermédiaire"),
            f"{shop.name}, {shop.town}",
        ),
        (
            tr(lg, "Type of credit", "Kreditart", "Type de crédit"),
            tr(
                lg,
                "Fixed sum loan (interest free)",
                "Ratenkredit (0 % Finanzierung)",
                "Crédit affecté (taux 0 %)",
            ),
        ),
        (
            tr(lg, "Total amount of credit", "Nettodarlehensbetrag", "Montant total du crédit"),
            cash(credit, lg),
        ),
        (
            tr(lg, "Duration", "Laufzeit", "Durée"),
            tr(lg, f"{months} months", f"{months} Monate", f"{months} mois"),
        ),
        (tr(lg, "Repayments", "Raten", "Échéances"), f"{months} x {cash(inst, lg)}"),
        (
            tr(lg, "Borrowing rate", "Sollzinssatz (gebunden)", "Taux débiteur fixe"),
            "0,00 %" if lg != "en" else "0.00%",
        ),
        (
            "APR" if lg == "en" else tr(lg, "", "Effektiver Jahreszins", "TAEG"),
            "0,00 %" if lg != "en" else "0.0% APR",
        ),
        (tr(lg, "Total amount payable", "Gesamtbetrag", "Montant total dû"), cash(credit, lg)),
        (
            tr(lg, "Right of withdrawal", "Widerrufsrecht", "Droit de rétractation"),
            tr(lg, "14 days", "14 Tage", "14 jours"),
        ),
    ]
    lw_ = (w - 2 * m) * 0.38
    for t, v in info:
        lines = wrap(v, s.font, s.size - 0.5, w - 2 * m - lw_ - 12)
        hgt = 8 + 11 * len(lines)
        f.need(hgt)
        f.page.rect(m, f.y - 10, lw_, hgt, fill=0.9)
        f.page.rect(m, f.y - 10, w - 2 * m, hgt)
        f.page.text(m + 4, f.y, fit(t, s.bold, s.size - 0.5, lw_ - 8), s.bold, s.size - 0.5)
        for k, ln in enumerate(lines):
            f.page.text(m + lw_ + 6, f.y + 11 * k, ln, s.font, s.size - 0.5)
        f.y += hgt
    f.y += 10
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Fixed Sum Loan Agreement regulated by the Consumer Credit Act 1974",
            "Darlehensvertrag (Finanzierung Fahrrad)",
            "Offre de contrat de crédit affecté",
        ),
        2,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Agreement no.", "Vertrags-Nr.", "N° d'offre"), ref),
                (tr(lg, "Borrower", "Darlehensnehmer/in", "Emprunteur"), cust),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
                (
                    tr(lg, "Goods", "Finanzierte Ware", "Bien financé"),
                    f"{b.brand} {b.model}, {b.frame}",
                ),
                (tr(lg, "Cash price", "Barzahlungspreis", "Prix comptant"), cash(price, lg)),
                (tr(lg, "Deposit", "Anzahlung", "Apport"), cash(deposit, lg)),
                (
                    tr(lg, "Amount of credit", "Darlehensbetrag", "Montant financé"),
                    cash(credit, lg),
                ),
                (
                    tr(lg, "First repayment", "Erste Rate", "Première échéance"),
                    day(h, add_months(d, 1)),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    for k, t in enumerate(CREDIT_TERMS[: rng.randint(5, len(CREDIT_TERMS))]):
        f.heading(
            m,
            f"{k + 1}. {tr(lg, *t)}",
            s.bold,
            s.size,
        )
        write(f, s, prose(rng, lg, "legal", 2, 4), s.size - 0.5)
    f.new_page()
    caption(f, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 2, rule=True)
    write(
        f,
        s,
        tr(
            lg,
            "This is a credit agreement regulated by the Consumer Credit Act 1974. Sign "
            "it only if you want to be legally bound by its terms.",
            "Mit meiner Unterschrift beantrage ich das Darlehen zu den vorstehenden "
            "Bedingungen und bestätige den Erhalt der vorvertraglichen Informationen.",
            "Je déclare accepter la présente offre de crédit après en avoir pris "
            "connaissance et avoir reçu la fiche d'information.",
        ),
        s.size,
    )
    f.y += 40
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(
            lg,
            "Signature of borrower",
            "Unterschrift Darlehensnehmer/in",
            "Signature de l'emprunteur",
        ),
        cust,
    )
    hand(f.page, m + 250, f.y - 4, short(d, lg), 9.5)
    sign_line(f.page, s, m + 240, f.y, 120, tr(lg, "Date", "Datum", "Date"))
    f.y += 60
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(lg, f"Signed for {h.name}", f"Für {h.name}", f"Pour {h.name}"),
        staff(h, "credit"),
    )
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            f"Credit intermediary: {shop.name}. Salesperson: {staff(shop, 'sales')}.",
            f"Vermittelt durch: {shop.name}, Verkäufer/in: {staff(shop, 'sales')}",
            f"Intermédiaire de crédit : {shop.name}, vendeur : {staff(shop, 'sales')}",
        ),
        s.size - 1,
    )
    if rng.random() < 0.8:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Instruction to your bank to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prélèvement SEPA",
            ),
            2,
            rule=True,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                (tr(lg, "Account holder", "Kontoinhaber/in", "Titulaire du compte"), cust),
                (
                    tr(lg, "Sort code / account", "IBAN", "IBAN"),
                    f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} "
                    f"{rng.randint(10000000, 99999999)}"
                    if lg == "en"
                    else f"{lg.upper()}{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)}",
                ),
                (
                    tr(lg, "Service user no.", "Gläubiger-ID", "ICS"),
                    serial(keyed(who, "ci"), "999999" if lg == "en" else "AA99ZZZ99999999999"),
                ),
                (tr(lg, "Reference", "Mandatsreferenz", "RUM"), ref),
            ],
            per=2,
            tall=28,
        )
        write(f, s, prose(rng, lg, "money", 2, 3), s.size - 1.5)
        f.y += 30
        sign_line(f.page, s, m, f.y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), cust)
    remember(d)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
    )


def tpl_frame_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A frame number registration certificate from the bike register (a marking scheme's
    certificate, a Fahrradpass): card-sized or A6, the owner, make, model, colour, frame
    number and the marking code with its barcode or QR code."""
    h = head_of(who, "register")
    lg = h.lang
    size = keyed(who, "size").choice([CARD, CARD, A6])
    w, hh = size
    s = style_of(h, size, margin=18, pt=7.5)
    m = 18
    d = some_day(rng)
    b = any_bike(rng)
    owner = a_person(rng)
    code = serial(rng, rng.choice(["CM9999999AA", "FP-999-999-999", "BM99AA99999"]))
    p = Page(size)
    p.rect(6, 6, w - 12, hh - 12)
    p.rect(6, 6, w - 12, 26, fill=0.8)
    p.text(m, 24, fit(h.name, h.bold, 10, w - 2 * m), h.bold, 10)
    y = 48.0
    p.text(
        m,
        y,
        tr(
            lg,
            "Certificate of Registration",
            "Registrierungsnachweis / Fahrradpass",
            "Certificat de marquage",
        ),
        h.bold,
        9,
    )
    y += 14
    items = [
        (tr(lg, "Owner", "Eigentümer/in", "Propriétaire"), owner),
        (tr(lg, "Make / model", "Marke / Modell", "Marque / modèle"), f"{b.brand} {b.model}"),
        (tr(lg, "Colour", "Farbe", "Couleur"), b.colour),
        (tr(lg, "Frame number", "Rahmennummer", "N° de cadre"), b.frame),
        (tr(lg, "Marking code", "Codierung", "Code de marquage"), code),
        (tr(lg, "Registered", "Registriert am", "Enregistré le"), short(d, lg)),
        (tr(lg, "Registered by", "Registriert durch", "Marqué par"), shop_head().name),
    ]
    right = w * 0.62 if w > hh else w - m
    for t, v in items:
        p.text(m, y, t, s.font, 6.5)
        p.text(m + 70, y, fit(v, s.bold, 7.5, right - m - 74), s.bold, 7.5)
        y += 10.5
    if w > hh:
        p.rect(w * 0.66, 48, w * 0.3, w * 0.3)
        for k in range(7):
            for j in range(7):
                if rng.random() < 0.5:
                    p.rect(
                        w * 0.66 + 4 + k * (w * 0.3 - 8) / 7,
                        52 + j * (w * 0.3 - 8) / 7,
                        (w * 0.3 - 8) / 7,
                        (w * 0.3 - 8) / 7,
                        fill=0.0,
                    )
    p.text(
        m,
        hh - 14,
        fit(
            tr(
                lg,
                "Keep this certificate safe. Report theft to the police quoting the frame number.",
                "Bewahren Sie den Nachweis sicher auf. Bei Diebstahl Rahmennummer angeben.",
                "Conservez ce certificat. En cas de vol, communiquez le code.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
    )
    remember(d)
    return [p]


def tpl_police_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A police letter to the shop about a stolen bike (a break-in at the shop, or a hire bike
    not returned): the crime reference number, the officer in charge, what happens next, the
    frame numbers recorded; with the victims' information leaflet behind it."""
    h = local("police")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["5223999999", "AA/99999/25", "9999/2099/999999"]))
    officer = rng.choice(["PC ", "DC ", ""]) + a_person(rng) if lg == "en" else a_person(rng)
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Crime reference", "Vorgangsnummer", "N° de procédure"), ref),
            (tr(lg, "Officer in case", "Sachbearbeitung", "Enquêteur"), officer),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                h.phone or f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            ),
        ],
    )
    kind = rng.choice(["burglary", "hire"])
    caption(
        f,
        s,
        tr(
            lg,
            "Your report of crime",
            "Bestätigung Ihrer Strafanzeige",
            "Récépissé de dépôt de plainte",
        ),
        1.5,
    )
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    when = day(h, d - timedelta(days=rng.randint(1, 10)))
    burgled = kind == "burglary"
    what_en = "burglary at your premises" if burgled else "theft of a hired bicycle"
    what_de = "Einbruchdiebstahls in Ihre Geschäftsräume"
    if not burgled:
        what_de = "Unterschlagung eines Mietfahrrads"
    what_fr = (
        "cambriolage de votre magasin"
        if kind == "burglary"
        else "détournement d'un vélo de location"
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for reporting the {what_en} "
            f"on {when}. The crime has been recorded under the reference above, which you "
            "will need for any insurance claim.",
            f"Ihre Anzeige wegen {what_de} "
            f"vom {when} wurde unter der obigen Vorgangsnummer aufgenommen. Bitte geben Sie "
            "diese bei Ihrer Versicherung an.",
            f"Votre plainte pour {what_fr} "
            f"du {when} a été enregistrée sous le numéro ci-dessus, à communiquer à votre "
            f"assureur.",
        ),
    )
    bikes = [any_bike(rng) for _ in range(rng.randint(1, 5) if kind == "burglary" else 1)]
    table(
        f,
        spaced(m, w - m, [(2.5, "left"), (1.4, "left"), (2, "left"), (1, "right")]),
        [
            tr(lg, "Property", "Gegenstand", "Objet"),
            tr(lg, "Colour", "Farbe", "Couleur"),
            tr(lg, "Frame no.", "Rahmennummer", "N° de cadre"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        [[f"{b.brand} {b.model}", b.colour, b.frame, cash(b.price, lg)] for b in bikes],
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "The frame numbers have been circulated as stolen on the Police National Computer. "
            "Based on the information available the investigation has been filed pending "
            "further information.",
            "Die Rahmennummern wurden zur Sachfahndung ausgeschrieben. Nach derzeitigem Stand "
            "ergeben sich keine weiteren Ermittlungsansätze; das Verfahren wird an die "
            "Staatsanwaltschaft abgegeben.",
            "Les numéros de cadre ont été inscrits au fichier des objets volés. Le dossier est "
            "transmis au parquet.",
        ),
        s.size,
    )
    regards(f, s, lg, officer, h.name.split(" - ")[0])
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.75:
        q = Page(A4)
        yy = m + 10
        q.rect(m, yy - 14, w - 2 * m, 26, fill=0.85)
        q.text(
            m + 8,
            yy + 4,
            tr(
                lg,
                "Information for victims of crime",
                "Merkblatt für Geschädigte",
                "Information des victimes",
            ),
            s.bold,
            13,
        )
        yy += 36
        cw = (w - 2 * m - 20) / 2
        for c in range(2):
            y2 = yy
            for _ in range(3):
                q.text(
                    m + c * (cw + 20),
                    y2,
                    fit(words(rng, lg, "legal", 4)[:-1].upper(), s.bold, 8.5, cw),
                    s.bold,
                    8.5,
                )
                y2 += 13
                for ln in wrap(prose(rng, lg, "legal", 3, 5), s.font, 8, cw):
                    if y2 > hh - m - 40:
                        break
                    q.text(m + c * (cw + 20), y2, ln, s.font, 8)
                    y2 += 10.5
                y2 += 10
        q.text(
            w / 2,
            hh - m,
            tr(
                lg,
                "Victim Support 08 08 16 89 111",
                "Opfertelefon 116 006",
                "France Victimes 116 006",
            ),
            s.bold,
            9,
            "center",
        )
        pages.append(q)
    remember(d)
    return pages


SCHOOLS = {
    "en": [
        "St Werburgh's Primary",
        "Hotwells Primary",
        "Cotham School",
        "Milton Road Primary",
        "Parkwood Academy",
        "Netherthorpe Primary",
        "Mundella Primary",
    ],
    "de": [
        "Grundschule am Rosental",
        "Lessing-Grundschule",
        "Anne-Frank-Schule",
        "Pestalozzischule",
        "Grundschule Kinderhaus",
        "Hebelschule",
        "Wiehre-Grundschule",
    ],
    "fr": [
        "École élémentaire Chartreux",
        "École Jules Ferry",
        "École Bréquigny",
        "Groupe scolaire Lalande",
        "École des Minimes",
        "Collège Longchamp",
        "École Paul Bert",
    ],
}


def tpl_training_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's contract for cycle training in schools (Bikeability delivery, Radfahr-
    ausbildung, Savoir Rouler à Vélo) that the shop's instructors give: a covering letter
    asking for two signed copies, the contract clauses over a page or two, the schedule of
    sessions on a landscape page, and the signature page."""
    h = local("council")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    shop = shop_head()
    officer = staff(h, "officer")
    ref = serial(rng, rng.choice(["CT/9999/AA", "VTA-2099-999", "MAPA 2099-99"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        shop_lines(staff(shop, "owner")),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Réf."), ref),
            (tr(lg, "Contact", "Ansprechpartner/in", "Affaire suivie par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Cycle training in schools - contract",
            "Radfahrausbildung an Schulen - Vertrag",
            "Savoir Rouler à Vélo - convention de prestation",
        ),
        1.5,
    )
    write(f, s, dear_of(staff(shop, "owner"), lg))
    write(
        f,
        s,
        tr(
            lg,
            "Further to your tender, I enclose two copies of the contract for the delivery "
            "of cycle training. Please sign both copies, return one to me and keep the "
            "other for your records.",
            "im Nachgang zu Ihrem Angebot übersende ich Ihnen den Vertrag über die "
            "Durchführung der Radfahrausbildung in zweifacher Ausfertigung. Bitte senden "
            "Sie ein unterschriebenes Exemplar an uns zurück.",
            "Suite à votre offre, je vous prie de trouver ci-joint la convention relative "
            "aux séances Savoir Rouler à Vélo, en deux exemplaires, dont un à nous retourner "
            "signé.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(f, s, lg, officer, h.name.split(" - ")[-1])
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg, "CONTRACT FOR SERVICES", "VERTRAG ÜBER DIENSTLEISTUNGEN", "CONVENTION DE PRESTATION"
        ),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"between {h.name.split(' - ')[0]} (the Council) and {shop.name} (the Provider)",
            f"zwischen {h.name.split(' - ')[0]} (Auftraggeber) und {shop.name} (Auftragnehmer)",
            f"entre {h.name.split(' - ')[0]} et {shop.name} (le prestataire)",
        ),
    )
    heads = [
        ("Services", "Leistungen", "Objet"),
        ("Term", "Laufzeit", "Durée"),
        ("Instructors", "Ausbilder/innen", "Intervenants"),
        ("Safeguarding", "Kinderschutz", "Protection de l'enfance"),
        ("Insurance", "Versicherung", "Assurance"),
        ("Payment", "Vergütung", "Rémunération"),
        ("Data protection", "Datenschutz", "Données personnelles"),
        ("Termination", "Kündigung", "Résiliation"),
    ]
    for k, t in enumerate(heads[: rng.randint(5, 8)]):
        f.heading(s.margin, f"{k + 1}. {tr(lg, *t)}", s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "legal", 2, 4), s.size - 0.5)
    pages = f.pages
    ls = paper(s, landscape(A4), margin=42, pt=8.5)
    lw, lh = landscape(A4)
    ff = Flow(landscape(A4), lh - 46, lambda pg, n: 74.0)
    ff.page.text(
        42,
        46,
        tr(
            lg,
            "Schedule 1 - Sessions",
            "Anlage 1 - Termine und Schulen",
            "Annexe 1 - Calendrier des séances",
        ),
        ls.bold,
        12,
    )
    rows = []
    start = add_months(d, 1)
    for _ in range(rng.randint(6, 18)):
        day_ = start + timedelta(days=rng.randint(0, 80))
        pupils = rng.randint(12, 30)
        rows.append(
            [
                short(day_, lg),
                rng.choice(SCHOOLS[lg]),
                rng.choice(["Level 1", "Level 2", "Level 3"])
                if lg == "en"
                else rng.choice(["Klasse 4", "Klasse 3", "CM1", "CM2"])
                if lg == "de"
                else rng.choice(["Bloc 1", "Bloc 2", "Bloc 3"]),
                str(pupils),
                str(max(2, pupils // 6)),
                money(pupils * rng.choice([28, 32, 35]), lg),
            ]
        )
    rows.sort(key=lambda r: r[0][-4:] + r[0][3:5] + r[0][:2])
    table(
        ff,
        spaced(
            42,
            lw - 42,
            [(1, "left"), (3, "left"), (1.2, "left"), (0.8, "right"), (1, "right"), (1.2, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "School", "Schule", "École"),
            tr(lg, "Course", "Stufe", "Niveau"),
            tr(lg, "Pupils", "Kinder", "Élèves"),
            tr(lg, "Instructors", "Ausbilder", "Intervenants"),
            tr(lg, "Fee", "Vergütung", "Montant"),
        ],
        rows,
        ls,
        rules=True,
        step=1.8,
    )
    pages.extend(ff.pages)
    q = Page(A4)
    yy = m + 20
    q.text(
        m,
        yy,
        tr(lg, "Signed on behalf of the parties", "Unterschriften", "Signatures des parties"),
        s.bold,
        12,
    )
    yy += 60
    for t, name in [
        (tr(lg, "For the Council", "Für die Stadt", "Pour la collectivité"), staff(h, "head")),
        (
            tr(lg, "For the Provider", "Für den Auftragnehmer", "Pour le prestataire"),
            staff(shop, "owner"),
        ),
    ]:
        q.text(m, yy, t, s.font, 9)
        yy += 40
        q.line(m, yy, m + 220, yy)
        if rng.random() < 0.7:
            scrawl(q, m + 6, yy - 3, name)
        q.text(m, yy + 12, f"{tr(lg, 'Name', 'Name', 'Nom')}: {name}", s.font, 8.5)
        q.text(m + 260, yy, f"{tr(lg, 'Date', 'Datum', 'Date')}: ________", s.font, 8.5)
        yy += 70
    if rng.random() < 0.5:
        seal(
            q,
            w - m - 70,
            yy - 120,
            40,
            h.name.split(" - ")[0][:28],
            tr(lg, "Council", "Siegel", "Cachet"),
        )
    pages.append(q)
    received(rng, pages[0], d, 0.4)
    remember(d)
    return close(pages, s, h, numbers="none" if rng.random() < 0.5 else "2:- {i} -", covers=1)


def tpl_show_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade show organiser's invoice for the shop's stand (cycle trade fair, Radmesse,
    salon): stand space by square metre, corner supplement, power, furniture hire, catalogue
    entry and passes, a deposit already paid; the hall plan with the stand marked on a page
    of its own."""
    h = head_of(who, "show", 0.35)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    show = {"en": "Cycle Trade Expo", "de": "RADWELT Bodensee", "fr": "Salon Vélo Pro"}[lg]
    hall = rng.choice(["A1", "B3", "Hall 2", "Halle 5", "Pavillon 7"])
    stand = f"{hall}-{rng.randint(100, 480)}"
    inv = serial(rng, "EXP-99999")
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"),
                serial(keyed(who, "ex"), "99999"),
            ),
            (tr(lg, "Stand", "Stand", "Stand"), stand),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"INVOICE - {show} {d.year}",
            f"RECHNUNG - {show} {d.year}",
            f"FACTURE - {show} {d.year}",
        ),
        3,
    )
    sqm = rng.choice([9, 12, 16, 20, 24, 36])
    rate = {"en": 215.0, "de": 189.0, "fr": 240.0}[lg]
    rows = [
        [
            tr(
                lg,
                f"Stand space {sqm} m² (shell scheme)",
                f"Standfläche {sqm} m² (Systemstand)",
                f"Surface {sqm} m² (stand équipé)",
            ),
            str(sqm),
            money(rate, lg),
            money(sqm * rate, lg),
        ]
    ]
    net = sqm * rate
    for t, q_, v in [
        (tr(lg, "Corner supplement", "Eckstandzuschlag", "Supplément angle"), 1, 350.0),
        (
            tr(
                lg,
                "Power 3 kW incl. consumption",
                "Stromanschluss 3 kW inkl. Verbrauch",
                "Électricité 3 kW",
            ),
            1,
            290.0,
        ),
        (tr(lg, "Furniture package", "Mobiliarpaket", "Pack mobilier"), 1, 410.0),
        (tr(lg, "Catalogue entry", "Katalogeintrag", "Insertion catalogue"), 1, 145.0),
        (
            tr(
                lg,
                "Additional exhibitor passes",
                "Zusätzliche Ausstellerausweise",
                "Badges supplémentaires",
            ),
            rng.randint(2, 6),
            18.0,
        ),
        (tr(lg, "AUMA fee / waste levy", "AUMA-Beitrag", "Taxe déchets"), sqm, 0.6),
    ]:
        if rng.random() < 0.6:
            rows.append([t, str(q_), money(v, lg), money(q_ * v, lg)])
            net += q_ * v
    table(
        f,
        spaced(m, w - m, [(4.5, "left"), (0.6, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
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
        round(net, 2),
        vat_rate(lg) if not cross or lg == "de" else 0.0,
        note=tr(
            lg,
            "",
            "Leistungsort nach § 3a Abs. 3 Nr. 1 UStG (Messe in Deutschland)." if cross else "",
            "",
        ),
    )
    dep = round(net * 0.5, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Less deposit of {cash(dep, lg)} already invoiced. Balance due 6 weeks before "
            f"the show.",
            f"Abzüglich bereits berechneter Anzahlung {cash(dep, lg)}. Restzahlung bis 6 "
            f"Wochen vor Messebeginn.",
            f"Déduction faite de l'acompte de {cash(dep, lg)}. Solde exigible 6 semaines "
            f"avant le salon.",
        ),
        s.size - 1,
    )
    f.new_page()
    caption(f, s, tr(lg, f"Hall plan {hall}", f"Hallenplan {hall}", f"Plan du hall {hall}"), 2)
    x0, y0 = m, f.y + 10
    gw, gh = w - 2 * m, min(hh - y0 - m - 60, 520)
    f.page.rect(x0, y0, gw, gh)
    mine = (rng.randrange(6), rng.randrange(8))
    for i in range(6):
        for j in range(8):
            bx = x0 + 14 + i * (gw - 28) / 6
            by = y0 + 14 + j * (gh - 28) / 8
            cw_, ch_ = (gw - 28) / 6 - 10, (gh - 28) / 8 - 10
            if (i, j) == mine:
                f.page.rect(bx, by, cw_, ch_, fill=0.3)
                f.page.text(bx + cw_ / 2, by + ch_ / 2 + 3, stand, s.bold, 7, "center")
            elif rng.random() < 0.85:
                f.page.rect(bx, by, cw_, ch_)
                f.page.text(bx + 4, by + 10, f"{hall}-{rng.randint(100, 480)}", s.font, 5.5)
    f.page.text(x0, y0 + gh + 16, tr(lg, "Entrance", "Eingang", "Entrée") + " >", s.bold, 8)
    received(rng, f.pages[0], d, 0.3)
    remember(d)
    return close(f.pages, s, h)


def tpl_recall_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's safety recall notice to its dealers: the urgent letter (what is
    affected, the risk, what the dealer must do), the list of affected frame numbers on one or
    more pages, and a dealer reply form to send back; an American maker on Letter paper."""
    mk = maker_head(who, 0.3)
    lg = mk.lang
    size = LETTER if "USA" in mk.town else A4
    s = style_of(mk, size)
    w, _ = size
    d = some_day(rng)
    brand, models = MODELS[mk.name]
    model = rng.choice(models)[0]
    comp = rng.choice(
        [
            ("fork steerer", "Gabelschaft", "pivot de fourche"),
            ("handlebar stem", "Vorbau", "potence"),
            ("battery housing", "Akkugehäuse", "boîtier de batterie"),
            ("rear dropout", "Ausfallende", "patte arrière"),
            ("brake hose fitting", "Bremsleitungsanschluss", "raccord de durite de frein"),
        ]
    )
    ref = serial(rng, "RC-2099-99")
    f = sheets(s, mk, f"{mk.name} - {tr(lg, 'Recall', 'Rückruf', 'Rappel')} {ref}")
    recipient(
        f,
        s,
        mk,
        shop_lines(tr(lg, "Workshop manager", "Werkstattleitung", "Responsable atelier")),
        d,
        [(tr(lg, "Reference", "Referenz", "Référence"), ref)],
    )
    f.page.rect(s.margin, f.y - 12, w - 2 * s.margin, 20, fill=0.15)
    f.page.text(
        w / 2,
        f.y + 2,
        tr(
            lg,
            "URGENT SAFETY NOTICE - PRODUCT RECALL",
            "WICHTIGE SICHERHEITSINFORMATION - RÜCKRUF",
            "AVIS DE SÉCURITÉ URGENT - RAPPEL PRODUIT",
        ),
        s.bold,
        11,
        "center",
    )
    f.page.text(w / 2, f.y + 2, "", s.font, 1)
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            f"Affected: {brand} {model}, model years {month().year - 2}-{month().year}, "
            f"{tr(lg, *comp)}.",
            f"Betroffen: {brand} {model}, Modelljahre {month().year - 2}-{month().year}, "
            f"{tr(lg, *comp)}.",
            f"Concerné : {brand} {model}, millésimes {month().year - 2}-{month().year}, "
            f"{tr(lg, *comp)}.",
        ),
        s.size,
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "safety", 2, 4))
    caption(f, s, tr(lg, "What you must do", "Was Sie tun müssen", "Actions à mener"), 1)
    for k in range(rng.randint(3, 5)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "safety", rng.randint(8, 14)), indent=8)
    regards(
        f,
        s,
        lg,
        staff(mk, "quality"),
        tr(lg, "Head of Quality", "Leitung Qualitätsmanagement", "Responsable qualité"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            f"Annex 1 - affected frame numbers delivered to {shop_head().name}",
            "Anlage 1 - an Sie gelieferte betroffene Rahmennummern",
            "Annexe 1 - numéros de cadre concernés livrés chez vous",
        ),
        1.5,
    )
    rows = []
    for _ in range(rng.choice([3, 6, 12, 25, 48])):
        b = bike_of(rng, mk.name)
        rows.append(
            [
                b.frame,
                f"{brand} {model}",
                b.size,
                b.colour,
                short(month() - timedelta(days=rng.randint(30, 700)), lg),
                rng.choice(["", "", tr(lg, "sold", "verkauft", "vendu")]),
            ]
        )
    table(
        f,
        spaced(
            s.margin,
            w - s.margin,
            [
                (1.8, "left"),
                (2, "left"),
                (0.7, "left"),
                (1.3, "left"),
                (1.1, "left"),
                (0.8, "left"),
            ],
        ),
        [
            tr(lg, "Frame no.", "Rahmen-Nr.", "N° cadre"),
            tr(lg, "Model", "Modell", "Modèle"),
            tr(lg, "Size", "RH", "Taille"),
            tr(lg, "Colour", "Farbe", "Coloris"),
            tr(lg, "Delivered", "Geliefert", "Livré le"),
            tr(lg, "Status", "Status", "Statut"),
        ],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.75:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Dealer reply form", "Händler-Rückmeldung", "Accusé de réception revendeur"),
            3,
            rule=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Please return within 14 days by e-mail or fax. Reference {ref}.",
                f"Bitte innerhalb von 14 Tagen per E-Mail oder Fax zurücksenden. Referenz {ref}.",
                f"À retourner sous 14 jours par e-mail. Référence {ref}.",
            ),
            s.size - 0.5,
        )
        f.y = fields(
            f.page,
            s,
            s.margin,
            f.y + 4,
            w - 2 * s.margin,
            [
                (tr(lg, "Dealer", "Händler", "Revendeur"), ""),
                (tr(lg, "Dealer no.", "Händler-Nr.", "N° revendeur"), ""),
                (tr(lg, "Bikes in stock", "Räder im Bestand", "Vélos en stock"), ""),
                (tr(lg, "Customers contacted", "Kunden informiert", "Clients contactés"), ""),
            ],
            per=2,
            tall=30,
        )
        f.y = (
            ticks(
                f.page,
                s,
                s.margin,
                f.y + 4,
                w - 2 * s.margin,
                [
                    tr(
                        lg,
                        "We have quarantined all affected stock",
                        "Bestand gesperrt",
                        "Stock bloqué",
                    ),
                    tr(
                        lg,
                        "We hold no affected bikes",
                        "Keine betroffenen Räder",
                        "Aucun vélo concerné",
                    ),
                    tr(
                        lg,
                        "Please send replacement parts",
                        "Bitte Ersatzteile senden",
                        "Merci d'envoyer les pièces",
                    ),
                ],
                set(),
                8,
            )
            + 40
        )
        sign_line(
            f.page,
            s,
            s.margin,
            f.y,
            200,
            tr(
                lg,
                "Date, signature, stamp",
                "Datum, Unterschrift, Stempel",
                "Date, signature, cachet",
            ),
        )
    received(rng, f.pages[0], d, 0.4)
    remember(d)
    return close(
        f.pages,
        s,
        mk,
        numbers=mk.numbers if mk.numbers != "none" else rng.choice(["none", "{i}/{n}"]),
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same bike or order."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "distributor_invoice": tpl_distributor_invoice,
    "delivery_note": tpl_delivery_note,
    "diagnostic_report": tpl_diagnostic_report,
    "warranty_claim": tpl_warranty_claim,
    "warranty_reply": tpl_warranty_reply,
    "c2w_certificate": tpl_c2w_certificate,
    "c2w_settlement": tpl_c2w_settlement,
    "job_card": tpl_job_card,
    "repair_estimate": tpl_repair_estimate,
    "hire_agreement": tpl_hire_agreement,
    "fitting_report": tpl_fitting_report,
    "trade_in": tpl_trade_in,
    "battery_consignment": tpl_battery_consignment,
    "service_charge": tpl_service_charge,
    "finance_agreement": tpl_finance_agreement,
    "frame_registration": tpl_frame_registration,
    "police_letter": tpl_police_letter,
    "training_contract": tpl_training_contract,
    "show_invoice": tpl_show_invoice,
    "recall_notice": tpl_recall_notice,
}
TEMPLATES_UUU: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "distributor_invoice",
    "job_card",
    "hire_agreement",
    "trade_in",
    "frame_registration",
    "c2w_settlement",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "delivery_note": "distributor_invoice",
    "warranty_claim": "warranty_reply",
    "diagnostic_report": "warranty_claim",
    "c2w_certificate": "c2w_settlement",
    "repair_estimate": "job_card",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_saucer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One shop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.55) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_UUU, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_saucer_stream, "templates UUU")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

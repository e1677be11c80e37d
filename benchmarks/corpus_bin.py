"""Bin part of the generated corpus: templates TT, written blind for the next measurement.

A part of its own, ``bin``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a freight
forwarder and customs broker (in England, Germany or France) feeds through its scanner:
shippers' commercial invoices (Handelsrechnung, facture commerciale) and packing lists, shipping
lines' bills of lading and sea waybills (Konnossement, connaissement) with the terms on the
reverse and the container rider, hauliers' CMR consignment notes, customs declarations (a CDS
import or export declaration print, an Ausfuhrbegleitdokument or Zollanmeldung with its
Ergänzungsvordrucke, a DAU with its continuation sheets), chambers' certificates of origin,
EUR.1 movement certificates with their reverse, clients' forwarding instructions (Speditionsauftrag,
ordre de transport), shipping lines' and hauliers' freight invoices, terminal handling charge
invoices, arrival notices and delivery orders (Freistellung, bon à délivrer), dangerous goods
declarations (the multimodal form), cargo insurance certificates, consignees' claim letters
(Haftbarhaltung, lettre de réserves) and surveyors' damage reports with photo sheets, warehouse
receipts and stock reports, duty and VAT notices (an import VAT certificate, an
Einfuhrabgabenbescheid, an avis de liquidation), drivers' delivery receipts signed on delivery
and the office's own transport orders to subcontracted hauliers. Each stream is one office's
pile: the office (country, name, month, its consignments) is drawn once per stream. Customs,
terminals, warehouses, surveyors, chambers and most hauliers are of the office's country;
shippers, consignees, shipping lines and insurers are from England, Germany or France; each
sender writes in its own language. Page sizes range from narrow delivery slips and A5 delivery
orders and receipts to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
continuation pages of an invoice or packing list; the reverse (terms) and the container rider of
a bill of lading; the continuation sheets of a customs declaration; the continuation sheet and
the certified copies issued with a certificate of origin; the reverse of an EUR.1; the covering
letter and the packing details page of a forwarding instruction; the shipment schedule of a
freight invoice; the local charges tariff of an arrival notice; the continuation sheet and the
container packing certificate of a dangerous goods declaration; the claims procedure page of an
insurance certificate; the photos and the copy of the delivery receipt enclosed with a claim
letter; the cover, photo sheets and stowage sketch of a damage report; the entry list pages, the
calculation and the appeal notice page of a duty notice; the terms page of a transport order.
Related papers are documents of their own: the packing list after its commercial invoice (even
from the same shipper, in the same envelope), the transport order after a forwarding
instruction, the CMR after a transport order, the bill of lading after a dangerous goods
declaration, the freight invoice after a bill of lading, the delivery order after an arrival
notice, the duty notice after a customs declaration and the surveyor's report after a claim
letter; so is each CMR, receipt, delivery order, terminal invoice and EUR.1 of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: CMR notes, terminal handling
invoices, delivery receipts, warehouse receipts, delivery orders and EUR.1 certificates often
come 2-4 in a row from one sender with other consignments, dates, numbers and amounts; and
companions: each related paper above often follows the document it relates to, about the same
consignment. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "bin"`` and seeds offset by 4_500_000.

Usage: ``python benchmarks/corpus_bin.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/bin/bin_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    bar_width,
    caption,
    close,
    columns,
    day,
    dear,
    fields,
    fit,
    hand,
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

PART = "bin"
SEED_OFFSET = 4_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)
LANGS = ("en", "de", "fr")

# ---------------------------------------------------------------------------------------------
# Who writes: the office, its senders by role, people, places, goods
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
OFFICES: dict[str, list[Row]] = {
    "en": [
        (
            "Harwich Bridge Freight Ltd",
            "Unit 7, Dock Gate 2",
            "Felixstowe IP11 3HG",
            "01394 604220",
        ),
        ("Medway Clearing & Forwarding Ltd", "Thames House, Pier Road", "Chatham ME4 4UT", ""),
        ("Solent Global Logistics Ltd", "Western Docks, Berth 104", "Southampton SO15 0HR", ""),
    ],
    "de": [
        ("Elbkai Spedition GmbH & Co. KG", "Am Sandtorkai 41", "20457 Hamburg", "040 370855-0"),
        ("Weser Zollagentur und Spedition GmbH", "Barkhausenstraße 2", "27568 Bremerhaven", ""),
        ("Rhein-Main Cargo Logistik GmbH", "Cargo City Süd, Geb. 535", "60549 Frankfurt", ""),
    ],
    "fr": [
        (
            "Normandie Fret Transit SAS",
            "Quai de la Saône, Bât. 4",
            "76600 Le Havre",
            "02 35 19 44 80",
        ),
        ("Phocée Transit et Douane SARL", "Avenue du Port, Distriport", "13270 Fos-sur-Mer", ""),
        ("Lyon Rhône Logistique Internationale", "12 rue de Gerland", "69007 Lyon", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "shipper": {
        "en": [
            ("Pennine Hydraulics Ltd", "Calder Works, Bradley Road", "Huddersfield HD2 1XP", ""),
            ("Marlow Fine Papers Ltd", "Riverside Mill", "Maidstone ME14 2JA", "01622 672900"),
            ("Cotswold Distillery Supplies", "Station Yard", "Moreton-in-Marsh GL56 0AF", ""),
            ("Brindley Precision Castings", "Tipton Road", "Dudley DY1 4SQ", "01384 253100"),
            ("Highland Knitwear Company", "14 Teviot Crescent", "Hawick TD9 9RE", ""),
            ("Humber Coatings Ltd", "Saltend Chemicals Park", "Hull HU12 8DS", "01482 896100"),
        ],
        "de": [
            ("Ostwestfalen Pumpentechnik GmbH", "Industriestraße 18", "33689 Bielefeld", ""),
            ("Schwarzwälder Uhrenfabrik Kienzle KG", "Gewerbepark 3", "78647 Trossingen", ""),
            ("Feinchemie Ludwigshafen AG", "Rheinuferstraße 70", "67061 Ludwigshafen", ""),
            ("Sauerland Armaturen GmbH", "Im Ohl 12", "58791 Werdohl", "02392 50 88-0"),
            ("Möbelwerk Lippe GmbH", "Detmolder Straße 240", "32760 Detmold", ""),
        ],
        "fr": [
            ("Château Lagrange-Puyol SCEA", "Lieu-dit La Croix", "33250 Pauillac", ""),
            ("Savonnerie du Vieux Port", "18 boulevard National", "13003 Marseille", ""),
            ("Forges de Haute-Loire SA", "ZI de Bas-en-Basset", "43210 Bas-en-Basset", ""),
            ("Textiles Vosgiens SAS", "5 rue de la Filature", "88200 Remiremont", ""),
            ("Cosmétiques Provence Azur", "ZA Les Paluds", "13400 Aubagne", ""),
        ],
    },
    "line": {
        "en": [
            ("Atlantic Meridian Lines (UK) Ltd", "1 Dock Road", "Tilbury RM18 7EH", ""),
            ("North Sea Container Line Agency", "Seaforth Dock", "Liverpool L21 1JD", ""),
        ],
        "de": [
            ("Nordatlantik Reederei Agentur GmbH", "Ballindamm 25", "20095 Hamburg", ""),
            ("Hanse Feeder Line GmbH", "Bürgermeister-Smidt-Str. 1", "28195 Bremen", ""),
        ],
        "fr": [
            (
                "Compagnie Maritime Ponant Agence Le Havre",
                "Quai de Southampton",
                "76600 Le Havre",
                "",
            ),
            ("Méditerranée Conteneurs Lignes", "4 quai d'Arenc", "13002 Marseille", ""),
        ],
    },
    "haulier": {
        "en": [
            ("Trent Valley Haulage Ltd", "Centurion Park", "Tamworth B77 5PS", "01827 280011"),
            ("D & J Walsh Transport", "Unit 3, Ransomes Europark", "Ipswich IP3 9SJ", ""),
            ("Kingsway Container Transport", "Stanford Road", "Grays RM16 3LH", ""),
        ],
        "de": [
            ("Spedition Hinrichs Transporte", "Moorfleeter Deich 410", "22113 Hamburg", ""),
            ("Kühne Fernverkehr GmbH", "Lindenstraße 4", "49624 Löningen", ""),
            ("Containertrucking Nord GmbH", "Am Waltershofer Hafen 9", "21129 Hamburg", ""),
        ],
        "fr": [
            ("Transports Lemaire et Fils", "ZA du Mont Gaillard", "76620 Le Havre", ""),
            ("TRB Transports Rhodaniens", "Chemin des Carrières", "69200 Vénissieux", ""),
            ("Sud Conteneurs Routiers", "ZI du Caban", "13270 Fos-sur-Mer", ""),
        ],
    },
    "customs": {
        "en": [
            ("HM Revenue & Customs", "National Clearance Hub, Ralli Quays", "Salford M60 9LA", ""),
        ],
        "de": [
            (
                "Hauptzollamt Hamburg",
                "Zollamt Waltershof, Finkenwerder Str. 4",
                "21129 Hamburg",
                "",
            ),
            (
                "Hauptzollamt Bremen",
                "Zollamt Bremerhaven, Senator-Borttscheller-Str. 1",
                "27568 Bremerhaven",
                "",
            ),
            (
                "Hauptzollamt Darmstadt",
                "Zollamt Frankfurt-Flughafen, Cargo City Süd, Geb. 533",
                "60549 Frankfurt",
                "",
            ),
        ],
        "fr": [
            (
                "Direction générale des douanes et droits indirects",
                "Bureau du Havre-Port, Terminal de Normandie",
                "76600 Le Havre",
                "",
            ),
            (
                "Direction régionale des douanes de Marseille",
                "Bureau de Fos Port-Saint-Louis",
                "13270 Fos-sur-Mer",
                "",
            ),
            (
                "Direction régionale des douanes de Lyon",
                "Bureau de Lyon-Saint-Exupéry Fret",
                "69125 Colombier-Saugnieu",
                "",
            ),
        ],
    },
    "chamber": {
        "en": [
            (
                "West Yorkshire Chamber of Commerce",
                "Devere House, Vicar Lane",
                "Bradford BD1 5AH",
                "",
            ),
            ("London Chamber of Commerce and Industry", "2 Royal Exchange", "London EC3V 3DG", ""),
        ],
        "de": [
            ("IHK Ostwestfalen zu Bielefeld", "Elsa-Brändström-Straße 1-3", "33602 Bielefeld", ""),
            ("IHK für die Pfalz", "Ludwigsplatz 2-4", "67059 Ludwigshafen", ""),
        ],
        "fr": [
            ("CCI Bordeaux Gironde", "17 place de la Bourse", "33076 Bordeaux", ""),
            ("CCI Aix-Marseille-Provence", "9 La Canebière", "13001 Marseille", ""),
        ],
    },
    "insurer": {
        "en": [("Lime Street Marine Underwriting Ltd", "40 Lime Street", "London EC3M 7AW", "")],
        "de": [("Hanseatische Transportversicherung AG", "Neuer Wall 50", "20354 Hamburg", "")],
        "fr": [("Mutuelle Maritime du Havre", "25 rue Jules Siegfried", "76600 Le Havre", "")],
    },
    "terminal": {
        "en": [
            ("Felixstowe Deepwater Terminal Ltd", "Tomline House", "Felixstowe IP11 3SY", ""),
            ("Thames Estuary Gateway Terminal", "Manorway", "Stanford-le-Hope SS17 9DY", ""),
        ],
        "de": [
            ("Container Terminal Burchardkai", "Bei St. Annen 1", "20457 Hamburg", ""),
            ("Nordsee Container Terminal GmbH", "Containerterminal 1", "27568 Bremerhaven", ""),
        ],
        "fr": [
            ("Terminal de Normandie SAS", "Route du Môle Central", "76600 Le Havre", ""),
            ("Seayard Terminal Fos", "Môle Graveleau", "13270 Fos-sur-Mer", ""),
        ],
    },
    "warehouse": {
        "en": [("Orwell Bonded Warehousing Ltd", "Sub Station Road", "Felixstowe IP11 3JB", "")],
        "de": [("Hafenlager Altenwerder GmbH", "Altenwerder Hauptdeich 7", "21129 Hamburg", "")],
        "fr": [
            (
                "Entrepôts Portuaires du Havre",
                "Zone Logistique du Pont de Normandie",
                "76700 Gonfreville-l'Orcher",
                "",
            )
        ],
    },
    "surveyor": {
        "en": [("Hendry Marine & Cargo Surveyors", "Wherstead Park", "Ipswich IP9 2BJ", "")],
        "de": [("Sachverständigenbüro Brandt & Partner", "Kehrwieder 9", "20457 Hamburg", "")],
        "fr": [("Cabinet d'Expertises Maritimes Vernier", "8 rue de Paris", "76600 Le Havre", "")],
    },
    "consignee": {
        "en": [
            ("Lakeland Outdoor Retail Ltd", "Mintsfeet Road North", "Kendal LA9 6NH", ""),
            ("Aston Engineering Supplies", "Lichfield Road", "Birmingham B6 7SJ", ""),
            ("Wessex Wine Importers", "Brunswick Square", "Bristol BS2 8PE", ""),
        ],
        "de": [
            ("Großhandel Brüggemann GmbH", "Hafenstraße 44", "48153 Münster", ""),
            ("Baumarkt-Zentrallager Süd", "Industriering 8", "86368 Gersthofen", ""),
            ("Weinkontor Rheingau GmbH", "Rheinallee 12", "65343 Eltville", ""),
        ],
        "fr": [
            ("Comptoir Industriel de l'Est", "14 rue du Port du Rhin", "67100 Strasbourg", ""),
            ("Grands Magasins Lumière", "22 cours Lafayette", "69003 Lyon", ""),
            ("Quincaillerie Bretonne SA", "ZI de Kergaradec", "29850 Gouesnou", ""),
        ],
    },
}
#: Consignees overseas (export consignments): only ever addressed, never senders.
OVERSEAS = [
    ("Shanghai Jinhai Trading Co., Ltd", "No. 188 Pudong Avenue", "Shanghai 200120", "China"),
    ("Gulf Horizon General Trading LLC", "Plot S-20112, Jebel Ali Free Zone", "Dubai", "UAE"),
    ("Ridgeway Imports Inc.", "2200 Harbor Blvd", "Long Beach, CA 90813", "USA"),
    ("Maple Leaf Industrial Supply Ltd", "55 Eastern Ave", "Toronto ON M4M 1B7", "Canada"),
    ("Pacific Rim Engineering Pte Ltd", "9 Tuas Avenue 5", "Singapore 639335", "Singapore"),
    ("Comercial Atlántica S.A. de C.V.", "Av. Reforma 350", "Ciudad de México 06600", "Mexico"),
    ("Nordic Marine Supply AS", "Strandkaien 12", "5013 Bergen", "Norway"),
]
#: The port an overseas consignee's goods are shipped to, by its country line.
FAR_PORT = {
    "CHINA": "Shanghai",
    "UAE": "Jebel Ali",
    "USA": "Long Beach",
    "CANADA": "Montreal",
    "SINGAPORE": "Singapore",
    "MEXICO": "Veracruz",
    "NORWAY": "Bergen",
}
#: How each of GOODS is packed.
PACKED = [
    ["case", "pallet"],
    ["crate", "pallet", "carton"],
    ["pallet", "crate"],
    ["reel"],
    ["carton", "pallet"],
    ["carton"],
    ["carton", "pallet"],
    ["carton"],
    ["drum", "pallet"],
    ["pallet"],
    ["carton"],
    ["pallet", "case"],
    ["carton", "pallet"],
    ["carton"],
    ["pallet", "drum"],
]
FIRSTS = {
    "en": [
        "Gary",
        "Kerry",
        "Darren",
        "Sian",
        "Mick",
        "Ruth",
        "Wes",
        "Ayesha",
        "Connor",
        "Paul",
        "Lena",
        "Tariq",
        "Joanne",
        "Stuart",
        "Priya",
        "Neil",
    ],
    "de": [
        "Dirk",
        "Sabine",
        "Murat",
        "Jens",
        "Anja",
        "Piotr",
        "Ralf",
        "Katrin",
        "Holger",
        "Svenja",
        "Thorsten",
        "Melanie",
        "Uwe",
        "Birgit",
    ],
    "fr": [
        "Cédric",
        "Nadia",
        "Julien",
        "Hélène",
        "Karim",
        "Sylvain",
        "Inès",
        "Laurent",
        "Sandrine",
        "Mathieu",
        "Aurélie",
        "Olivier",
        "Fatima",
    ],
}
LASTS = {
    "en": [
        "Hebden",
        "Mitchell",
        "Oduya",
        "Pritchard",
        "Flanagan",
        "Castellano",
        "Barraclough",
        "Karim",
        "Dunne",
        "Szymanski",
        "Whitworth",
        "Mahmood",
        "Rowley",
        "Eccles",
        "Gill",
    ],
    "de": [
        "Hoffstädter",
        "Kühl",
        "Özdemir",
        "Pohlmann",
        "Terbrack",
        "Nowak",
        "Engels",
        "Petersen",
        "Claußen",
        "Rademacher",
        "Wulf",
        "Sievers",
        "Jansen",
    ],
    "fr": [
        "Faure",
        "Boukhari",
        "Perrin",
        "Vasseur",
        "Haddad",
        "Roux",
        "Tavares",
        "Lefebvre",
        "Marchand",
        "Giraud",
        "Benali",
        "Lemoine",
        "Duval",
    ],
}
PORTS = {
    "en": ["Felixstowe", "Southampton", "London Gateway", "Liverpool"],
    "de": ["Hamburg", "Bremerhaven"],
    "fr": ["Le Havre", "Fos-sur-Mer"],
}
COUNTRY = {
    "en": ("GB", "United Kingdom", "Vereinigtes Königreich", "Royaume-Uni"),
    "de": ("DE", "Germany", "Deutschland", "Allemagne"),
    "fr": ("FR", "France", "Frankreich", "France"),
}
VESSELS = [
    "MSC AURORA",
    "CMA CGM TAGE",
    "NORTHERN VOLITION",
    "HANSA CALEDONIA",
    "ATLANTIC SAIL",
    "EVER LEGION",
    "MAERSK EMDEN",
    "NORDIC HAMBURG",
    "CAP SAN LORENZO",
    "OOCL POLAND",
    "SEASPAN FRONTIER",
    "X-PRESS ELBE",
]
BOXES = ["MSCU", "CMAU", "HLXU", "TGHU", "SEGU", "TCLU", "MRKU", "GESU", "BMOU", "FCIU"]
# key: (en, de, fr, HS code, unit, net kg per unit, value per unit)
GOODS: list[tuple[str, str, str, str, str, float, float]] = [
    (
        "Hydraulic gear pumps",
        "Hydraulische Zahnradpumpen",
        "Pompes hydrauliques à engrenages",
        "8413 60 61",
        "pcs",
        14.5,
        286.0,
    ),
    (
        "Stainless steel ball valves DN50",
        "Edelstahl-Kugelhähne DN50",
        "Robinets à boisseau sphérique inox DN50",
        "8481 80 81",
        "pcs",
        3.2,
        74.5,
    ),
    (
        "Cast iron pipe fittings",
        "Rohrformstücke aus Gusseisen",
        "Raccords de tuyauterie en fonte",
        "7307 19 10",
        "pcs",
        6.8,
        31.2,
    ),
    (
        "Coated fine paper, 90 g/m2, in reels",
        "Gestrichenes Feinpapier, 90 g/m2, Rollen",
        "Papier couché fin, 90 g/m2, en bobines",
        "4810 19 00",
        "kg",
        1.0,
        1.35,
    ),
    (
        "Red wine, AOC, 75 cl bottles",
        "Rotwein, g.U., Flaschen 75 cl",
        "Vin rouge AOC, bouteilles 75 cl",
        "2204 21 79",
        "btl",
        1.3,
        11.8,
    ),
    (
        "Knitted wool pullovers",
        "Pullover aus Wolle, gewirkt",
        "Pull-overs en laine, tricotés",
        "6110 11 10",
        "pcs",
        0.45,
        39.0,
    ),
    (
        "Olive oil soap, 100 g bars",
        "Olivenölseife, Stücke 100 g",
        "Savon à l'huile d'olive, 100 g",
        "3401 11 00",
        "ctn",
        9.6,
        48.0,
    ),
    (
        "Wall clocks, battery operated",
        "Wanduhren, batteriebetrieben",
        "Horloges murales à piles",
        "9105 21 00",
        "pcs",
        0.9,
        23.5,
    ),
    (
        "Industrial adhesive, solvent based",
        "Industrieklebstoff, lösemittelhaltig",
        "Adhésif industriel à solvant",
        "3506 91 00",
        "kg",
        1.0,
        6.4,
    ),
    (
        "Oak veneered office desks, flat packed",
        "Büroschreibtische Eiche furniert, zerlegt",
        "Bureaux plaqués chêne, en kit",
        "9403 30 11",
        "pcs",
        42.0,
        210.0,
    ),
    (
        "Face cream, 50 ml jars",
        "Gesichtscreme, Tiegel 50 ml",
        "Crème visage, pots de 50 ml",
        "3304 99 00",
        "ctn",
        7.2,
        96.0,
    ),
    (
        "Forged steel flanges",
        "Geschmiedete Stahlflansche",
        "Brides en acier forgé",
        "7307 91 00",
        "pcs",
        11.0,
        58.0,
    ),
    (
        "Malt whisky, 70 cl, 40% vol",
        "Malt Whisky, 70 cl, 40 % vol.",
        "Whisky de malt, 70 cl, 40 % vol.",
        "2208 30 30",
        "btl",
        1.25,
        17.9,
    ),
    (
        "Cotton bed linen sets",
        "Bettwäsche-Garnituren aus Baumwolle",
        "Parures de lit en coton",
        "6302 31 00",
        "set",
        1.8,
        27.0,
    ),
    (
        "Industrial coatings in 20 l pails",
        "Industrielacke in 20-l-Hobbocks",
        "Peintures industrielles en seaux de 20 l",
        "3208 90 19",
        "kg",
        1.0,
        5.2,
    ),
]
#: What each shipper makes (indices into GOODS) and which dangerous goods it ships.
SHIPPER_GOODS: dict[str, list[int]] = {
    "Pennine Hydraulics Ltd": [0, 1],
    "Marlow Fine Papers Ltd": [3],
    "Cotswold Distillery Supplies": [12],
    "Brindley Precision Castings": [2, 11],
    "Highland Knitwear Company": [5, 13],
    "Humber Coatings Ltd": [14, 8],
    "Ostwestfalen Pumpentechnik GmbH": [0, 1],
    "Schwarzwälder Uhrenfabrik Kienzle KG": [7],
    "Feinchemie Ludwigshafen AG": [8, 14],
    "Sauerland Armaturen GmbH": [1, 2, 11],
    "Möbelwerk Lippe GmbH": [9],
    "Château Lagrange-Puyol SCEA": [4],
    "Savonnerie du Vieux Port": [6],
    "Forges de Haute-Loire SA": [11, 2],
    "Textiles Vosgiens SAS": [13, 5],
    "Cosmétiques Provence Azur": [10, 6],
}
SHIPPER_DG: dict[str, list[int]] = {
    "Humber Coatings Ltd": [0, 1, 3],
    "Pennine Hydraulics Ltd": [2],
    "Feinchemie Ludwigshafen AG": [1, 2, 3, 4],
    "Schwarzwälder Uhrenfabrik Kienzle KG": [5],
    "Cosmétiques Provence Azur": [3],
    "Forges de Haute-Loire SA": [4],
}
# UN number, proper shipping name (en, de, fr), class, packing group, flash point
DANGEROUS = [
    ("UN1263", "PAINT", "FARBE", "PEINTURES", "3", "II", "12 °C"),
    (
        "UN1133",
        "ADHESIVES containing flammable liquid",
        "KLEBSTOFFE mit entzündbarer Flüssigkeit",
        "ADHÉSIFS contenant un liquide inflammable",
        "3",
        "II",
        "-4 °C",
    ),
    (
        "UN3082",
        "ENVIRONMENTALLY HAZARDOUS SUBSTANCE, LIQUID, N.O.S.",
        "UMWELTGEFÄHRDENDER STOFF, FLÜSSIG, N.A.G.",
        "MATIÈRE DANGEREUSE DU POINT DE VUE DE L'ENVIRONNEMENT, LIQUIDE, N.S.A.",
        "9",
        "III",
        "-",
    ),
    (
        "UN1993",
        "FLAMMABLE LIQUID, N.O.S.",
        "ENTZÜNDBARER FLÜSSIGER STOFF, N.A.G.",
        "LIQUIDE INFLAMMABLE, N.S.A.",
        "3",
        "III",
        "41 °C",
    ),
    (
        "UN1760",
        "CORROSIVE LIQUID, N.O.S.",
        "ÄTZENDER FLÜSSIGER STOFF, N.A.G.",
        "LIQUIDE CORROSIF, N.S.A.",
        "8",
        "II",
        "-",
    ),
    (
        "UN3481",
        "LITHIUM ION BATTERIES PACKED WITH EQUIPMENT",
        "LITHIUM-IONEN-BATTERIEN IN AUSRÜSTUNGEN VERPACKT",
        "PILES AU LITHIUM IONIQUE EMBALLÉES AVEC UN ÉQUIPEMENT",
        "9",
        "II",
        "-",
    ),
]
TALK = {
    "en": "consignment shipment container vessel carrier freight customs clearance delivery "
    "cargo booking documents release terminal haulage goods invoice entry port charges",
    "de": "Sendung Container Schiff Reederei Fracht Verzollung Zustellung Ladung Buchung "
    "Unterlagen Freistellung Terminal Abholung Ware Rechnung Anmeldung Hafen Kosten",
    "fr": "envoi conteneur navire armateur fret dédouanement livraison marchandise réservation "
    "documents mainlevée terminal enlèvement facture déclaration port frais transitaire",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A forwarding office sentence in ``lang``: trade words mixed with the language's glue."""
    pool, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def city(town: str) -> str:
    """The town of an address line without its postcode ("Hull HU12 8DS" -> "Hull",
    "20457 Hamburg" -> "Hamburg")."""
    first, _, rest = town.partition(" ")
    if first[:1].isdigit():
        return rest
    words_ = town.split()
    if len(words_) >= 3 and any(ch.isdigit() for ch in words_[-2]):
        return " ".join(words_[:-2])
    return town


def goods_name(g: tuple[str, str, str, str, str, float, float], lang: str) -> str:
    return g[{"en": 0, "de": 1, "fr": 2}[lang]]


def country(lang: str, of: str) -> str:
    """The country of ``of`` (a language) as written in ``lang``."""
    return COUNTRY[of][{"en": 1, "de": 2, "fr": 3}[lang]]


# ---------------------------------------------------------------------------------------------
# The office's consignments: what the papers of one pile are about
# ---------------------------------------------------------------------------------------------


@dataclass
class Line:
    goods: int  # index into GOODS
    qty: int
    packages: int
    kind: str  # package kind: pallet | carton | case | drum | reel | crate


@dataclass
class Cons:
    """One consignment the office handles: who ships what to whom, how and when."""

    ref: str
    export: bool
    shipper: Row
    s_lang: str
    consignee: list[str]  # address lines
    c_lang: str  # "" for overseas consignees
    c_row: Row | None
    mode: str  # sea | road
    lines: list[Line]
    incoterm: str
    box: str
    seal: str
    size: str
    vessel: str
    voyage: str
    pol: str
    pod: str
    bl: str
    truck: str
    trailer: str
    mrn: str
    sailed: date
    dg: int  # index into DANGEROUS, -1 for none
    invoice: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def packages(self) -> int:
        return sum(ln.packages for ln in self.lines)

    @property
    def net(self) -> float:
        return round(sum(ln.qty * GOODS[ln.goods][5] for ln in self.lines), 1)

    @property
    def gross(self) -> float:
        return round(self.net * 1.08 + self.packages * 18, 1)

    @property
    def value(self) -> float:
        return round(sum(ln.qty * GOODS[ln.goods][6] for ln in self.lines), 2)

    @property
    def cbm(self) -> float:
        return round(self.packages * 1.15 + self.gross / 900, 2)


OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
CONS: list[Cons] = []
#: What the previous document was about (a companion takes up the same consignment).
LAST: dict[str, object] = {"kind": "", "cons": None, "day": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run or a companion keeps
    its sender."""
    text = f"bin/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(-20, 40))


def next_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    """A day ``lag`` days after the previous document's if that was one of ``after``."""
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(c: Cons | None, d: date) -> None:
    LAST.update(cons=c, day=d)


def office_code() -> str:
    name = OFFICES[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]
    return "".join(w[0] for w in name.split()[:3] if w[0].isalpha()).upper()


def pkg_kind(lang: str, kind: str, n: int = 2) -> str:
    names = {
        "pallet": ("pallets", "Paletten", "palettes"),
        "carton": ("cartons", "Kartons", "cartons"),
        "case": ("wooden cases", "Holzkisten", "caisses bois"),
        "drum": ("drums", "Fässer", "fûts"),
        "reel": ("reels", "Rollen", "bobines"),
        "crate": ("crates", "Verschläge", "cadres"),
    }[kind]
    word = names[LANGS.index(lang)]
    if n == 1:
        one = {
            "wooden cases": "wooden case",
            "caisses bois": "caisse bois",
            "Paletten": "Palette",
            "Holzkisten": "Holzkiste",
            "Rollen": "Rolle",
            "Kartons": "Karton",
            "Fässer": "Fass",
            "Verschläge": "Verschlag",
        }
        word = one.get(word, word.rstrip("s") if lang != "de" else word)
    return word


def new_cons(
    rng: random.Random,
    shipper: tuple[Row, str] | None = None,
    consignee: tuple[Row, str] | None = None,
    mode: str = "",
    dg: bool = False,
) -> Cons:
    """A consignment of the office: an export from its country or an import into it."""
    hm = home()
    others = [x for x in LANGS if x != hm]
    if shipper is None:
        s_lang = hm if rng.random() < 0.55 else rng.choice(others)
        rows = SENDERS["shipper"][s_lang]
        if dg:
            rows = [r for r in rows if r[0] in SHIPPER_DG] or rows
        shipper = (rng.choice(rows), s_lang)
    row, s_lang = shipper
    export = s_lang == hm
    c_row: Row | None = None
    if consignee is not None:
        c_row, c_lang = consignee
        export = c_lang != hm
    elif export:
        if rng.random() < 0.55:
            c_lang = ""
        else:
            c_lang = rng.choice(others)
            c_row = rng.choice(SENDERS["consignee"][c_lang])
    else:
        c_lang = hm
        c_row = rng.choice(SENDERS["consignee"][hm])
    if c_row is not None:
        lines = [c_row[0], c_row[1], c_row[2]]
        if c_lang != hm or export:
            lines.append(COUNTRY[c_lang][1 + LANGS.index(s_lang)].upper())
    else:
        o = rng.choice(OVERSEAS)
        lines = [o[0], o[1], o[2], o[3].upper()]
    if not mode:
        mode = "sea" if not c_lang or rng.random() < 0.35 else "road"
    if not c_lang:
        mode = "sea"
    if mode == "sea":
        pol = rng.choice(PORTS[s_lang])
        pod = FAR_PORT[lines[-1]] if not c_lang else rng.choice(PORTS[c_lang])
    else:
        pol = pod = ""
    own = SHIPPER_GOODS.get(row[0], [0])
    picks = rng.sample(own, rng.randint(1, len(own)))
    lines_ = []
    for g in picks:
        qty = rng.choice([24, 48, 60, 96, 120, 200, 350, 480, 900, 1200, 2400])
        if GOODS[g][4] == "kg":
            qty = rng.randint(4, 20) * 1000
        kind = rng.choice(PACKED[g])
        lines_.append(Line(g, qty, max(1, min(40, qty // rng.choice([12, 24, 48, 100]))), kind))
    dgi = rng.choice(SHIPPER_DG.get(row[0], range(len(DANGEROUS)))) if dg else -1
    sailed = month() + timedelta(days=rng.randint(-30, 20))
    year = sailed.year % 100
    prefix = rng.choice(BOXES)
    return Cons(
        ref=f"{office_code()}/{'E' if export else 'I'}/{year}/{rng.randint(1000, 9999)}",
        export=export,
        shipper=row,
        s_lang=s_lang,
        consignee=lines,
        c_lang=c_lang,
        c_row=c_row,
        mode=mode,
        lines=lines_,
        incoterm=rng.choice(["FCA", "FOB", "CIF", "CPT", "DAP", "EXW", "DDP", "CFR"]),
        box=f"{prefix}{rng.randint(100000, 999999)}{rng.randint(0, 9)}",
        seal=serial(rng, rng.choice(["AA999999", "9999999", "A9999999"])),
        size=rng.choice(["20' DV", "40' DV", "40' HC", "40' HC", "20' DV"]),
        vessel=rng.choice(VESSELS),
        voyage=serial(rng, rng.choice(["999A", "99A99", "AA999A", "999"])),
        pol=pol,
        pod=pod,
        bl=serial(rng, rng.choice(["AAAA99999999", "9999999999", "AAA9999999"])),
        truck=plate(rng, rng.choice(LANGS)),
        trailer=plate(rng, rng.choice(LANGS)),
        mrn=f"{year}{COUNTRY[hm][0]}{serial(rng, 'AAAA9999AA99999')}{rng.randint(0, 9)}",
        sailed=sailed,
        dg=dgi,
        invoice=serial(rng, rng.choice(["INV-99999", "RE 2999999", "FA99-9999", "99999"])),
    )


def plate(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return f"{rng.choice(['HH', 'HB', 'BI', 'OL', 'CLP'])}-{serial(rng, 'AA 999')}"
    if lang == "fr":
        return serial(rng, "AA-999-AA")
    return serial(rng, "AA99 AAA")


def pick(
    rng: random.Random,
    after: tuple[str, ...],
    ok: Callable[[Cons], bool],
    make: Callable[[], Cons],
    fresh: float = 0.3,
) -> Cons:
    """The previous document's consignment if it was one of ``after`` and ``ok`` takes it,
    else one of the office's that ``ok`` takes, or (``fresh`` of the time, or when none fits)
    a new one from ``make`` that ``ok`` takes (the last one tried if none)."""
    c = LAST["cons"]
    if LAST["kind"] in after and isinstance(c, Cons) and ok(c):
        return c
    pool = [x for x in CONS if ok(x)]
    if pool and rng.random() > fresh:
        return rng.choice(pool)
    for _ in range(30):
        c = make()
        if ok(c):
            break
    assert isinstance(c, Cons)
    CONS.append(c)
    return c


def a_ref(rng: random.Random) -> str:
    """Another file number of the office."""
    return f"{office_code()}/{rng.choice('EI')}/{month().year % 100}/{rng.randint(1000, 9999)}"


def cash(v: float, cur: str, lang: str) -> str:
    return f"{money(v, lang)} {cur}"


def cur_of(lang: str) -> str:
    return "GBP" if lang == "en" else "EUR"


def origin_of(c: Cons) -> str:
    return COUNTRY[c.s_lang][0]


def goods_text(c: Cons, lang: str) -> str:
    return "; ".join(goods_name(GOODS[ln.goods], lang) for ln in c.lines)


def pkgs_text(c: Cons, lang: str) -> str:
    kinds = sorted({ln.kind for ln in c.lines})
    if len(kinds) == 1:
        return f"{c.packages} {pkg_kind(lang, kinds[0], c.packages)}"
    return f"{c.packages} {tr(lang, 'packages', 'Packstücke', 'colis')}"


def kg(v: float, lang: str) -> str:
    return f"{money(v, lang)} kg"


def marks(c: Cons) -> list[str]:
    head = c.consignee[0].split()[0].upper().strip(",.")
    return [head, c.ref.split("/")[-1], (c.pod or c.consignee[2]).upper()[:18], "1-UP"]


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
    look: str  # band | crate | centred | split | rule | framed
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    role: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "crate", "centred", "split", "rule", "framed"]
TRADE_TERMS = {
    "en": [
        "All business transacted subject to BIFA Standard Trading Conditions 2021",
        "Member of the British International Freight Association",
        "AEO certificate GB AEOF 0012 3456",
    ],
    "de": [
        "Wir arbeiten ausschließlich auf Grundlage der ADSp 2017",
        "Zugelassener Wirtschaftsbeteiligter AEO-F DE AEOF 123456",
    ],
    "fr": [
        "Nos opérations sont soumises aux conditions générales de vente TLF",
        "Commissionnaire en douane enregistré - OEA",
    ],
}


def legal_lines(r: random.Random, name: str, lang: str, town: str, role: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if role == "customs":
        return []
    if lang == "de":
        out = [
            f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB {r.randint(10000, 99999)}"
            f" - Geschäftsführer: {r.choice(FIRSTS['de'])} {r.choice(LASTS['de'])}",
            f"{r.choice(['Hamburger Sparkasse', 'Commerzbank', 'Deutsche Bank', 'Volksbank'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            f"{serial(r, 'AAAADEAAXXX')} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    elif lang == "fr":
        out = [
            f"{name} - {r.choice(['SAS', 'SA', 'SARL'])} au capital de {r.randint(10, 900)} 000 "
            f"EUR - RCS {place} {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
            f" - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA "
            f"FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
        if r.random() < 0.5:
            out.append(f"EORI FR{r.randint(10000000000000, 99999999999999)} - Code APE 5229B")
    else:
        out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
        if r.random() < 0.8:
            out.append(
                f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
            )
        if r.random() < 0.6:
            out.append(f"EORI GB{r.randint(100000000000, 999999999999)}")
        out = [" - ".join(out)]
    if role in ("office", "haulier", "warehouse") and r.random() < 0.6:
        out.append(r.choice(TRADE_TERMS[lang]))
    return out


def make_head(row: Row, lang: str, role: str, r: random.Random) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in ("customs", "chamber") else FACES[:3])
    looks = {
        "customs": ["centred", "rule", "split"],
        "chamber": ["centred", "framed", "rule"],
        "terminal": ["band", "crate", "split"],
        "line": ["band", "crate", "rule", "split"],
    }.get(role, LOOKS)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone
        or {
            "en": serial(r, "0199 999 9999"),
            "de": serial(r, "099 999 99-0"),
            "fr": serial(r, "09 99 99 99 99"),
        }[lang],
        look=r.choice(looks),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town, role) if r.random() < 0.8 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        role=role,
    )


def office_head() -> Head:
    """The forwarding office itself: the same paper throughout the stream."""
    lang = home()
    row = OFFICES[lang][int(OFFICE["row"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"bin/office/{row[0]}/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "office", r)


#: How often a role's sender is of the office's country (else of one of the other two).
AT_HOME = {
    "line": 0.6,
    "haulier": 0.8,
    "chamber": 1.0,
    "insurer": 0.6,
    "terminal": 1.0,
    "warehouse": 1.0,
    "surveyor": 1.0,
    "customs": 1.0,
    "shipper": 0.55,
    "consignee": 0.7,
}


def lang_of(who: Issuer, role: str) -> str:
    r = keyed(who, "country/" + role)
    if r.random() < AT_HOME[role]:
        return home()
    return r.choice([x for x in LANGS if x != home()])


def head_of(
    who: Issuer, role: str, lang: str = "", only: dict[str, list[int]] | None = None
) -> Head:
    """The ``role`` sender of ``who`` as it prints (the same for the same issuer and stream),
    one named in ``only`` if its country has such a sender."""
    if role == "office":
        return office_head()
    lang = lang or lang_of(who, role)
    r = keyed(who, f"{role}/{lang}")
    rows = SENDERS[role][lang]
    if only:
        rows = [x for x in rows if x[0] in only] or rows
    if role in LOCAL and lang == home():
        # The customs office, terminal, warehouse and surveyor where the office works.
        return make_head(rows[int(OFFICE["row"]) % len(rows)], lang, role, r)  # type: ignore[call-overload]
    return make_head(r.choice(rows), lang, role, r)


LOCAL = ("customs", "terminal", "warehouse", "surveyor")


def row_of(h: Head) -> Row:
    for rows in SENDERS.get(h.role, {}).values():
        for row in rows:
            if row[0] == h.name:
                return row
    return (h.name, h.street, h.town, h.phone)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"bin/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([42, 48, 54, 60]),
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
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.3)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "crate":
        # A stacked-container emblem left of the name.
        for k, (dx, dy) in enumerate(((0, 10), (15, 10), (7, 0))):
            p.rect(m + dx, y - 12 + dy, 14, 9, fill=0.15 if k != 2 else 0.5)
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m - 40)
        p.text(m + 38, y + 2, h.name, s.bold, pt)
        p.text(m + 38, y + 13, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 38
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
        return max(yy, y + 12) + 20
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 42
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


def sign(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").split()
    text = f"{parts[0][0]}. {parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 2, y - 3, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.4) -> None:
    """Now and then the office's received stamp on a first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 215),
            rng.uniform(70, 170),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Import/Export desk", "Abt. Zoll/See", "Service transit"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "crate", "rule") else None, y0, lines)
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
    f.y += 4
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours faithfully", "Kind regards", "Yours sincerely"][len(name) % 3],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"bin/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def addr(row: Row, lang: str, to_lang: str) -> list[str]:
    """``row`` as an address block written by a sender of ``to_lang`` (country added abroad)."""
    out = [row[0], row[1], row[2]]
    if lang != to_lang:
        out.append(country(to_lang, lang).upper())
    return out


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, cur: str, label: str = ""
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(60)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net amount", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    elif label:
        rows.append((label, 0.0))
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.25), bold, s.size)
        f.page.text(w - m, f.y, cash(v, cur, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


def terms_page(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], cols: int = 2
) -> Page:
    """A page of small print under ``title`` in ``cols`` columns of numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 40), pt=6)
    w, hh = s.page_size
    m = s.margin
    gap = 12
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 8.5, w - 2 * m), s.bold, 8.5, "center")
    k = 0
    for c in range(cols):
        x = m + c * (cw + gap)
        y = m + 18.0
        while y < hh - m - 50 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 6.5, cw), s.bold, 6.5)
            y += 8.5
            text = " ".join(words(rng, lg) for _ in range(rng.randint(3, 8)))
            for ln in wrap(text, s.font, 6, cw):
                if y > hh - m - 24:
                    break
                p.text(x, y, ln, s.font, 6)
                y += 7.2
            y += 4
            k += 1
    return p


def photo_page(
    rng: random.Random,
    s: Style,
    h: Head,
    title: str,
    n: int,
    notes: list[str],
    header: str = "",
) -> Page:
    """A sheet of ``n`` photographs (2 or 3 rows of two) with numbered captions."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h) if not header else running_header(p, s, header) + 6
    p.text(m, y, title, s.bold, s.size + 1)
    y += 14
    rows = (n + 1) // 2
    ph = min(190.0, (hh - y - m - 40 - rows * 26) / rows)
    pw = (w - 2 * m - 14) / 2
    for k in range(n):
        x = m + (k % 2) * (pw + 14)
        yy = y + (k // 2) * (ph + 26)
        photo(p, x, yy, pw, ph, rng)
        note = notes[k % len(notes)] if notes else ""
        p.text(x, yy + ph + 10, fit(f"{k + 1}  {note}", s.font, 7.5, pw), s.font, 7.5)
    return p


def boxed(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    h: float,
    cap: str,
    lines: list[str],
    font: str = "",
    pt: float = 8,
    num: str = "",
) -> None:
    """A form box: a small (numbered) caption at the top left, the entry ``lines`` below."""
    p.rect(x, y, w, h)
    c = f"{num}  {cap}" if num else cap
    p.text(x + 3, y + 7, fit(c, s.font, 5.8, w - 6), s.font, 5.8)
    font = font or s.font
    yy = y + 9 + pt * 1.15
    for t in lines:
        if yy > y + h - 2:
            break
        p.text(x + 5, yy, fit(t, font, pt, w - 10), font, pt)
        yy += pt * 1.2


def copy_mark(p: Page, text: str) -> None:
    """A big outlined word across the top of a page (COPY, ORIGINAL, DUPLICATA)."""
    w, _ = p.size
    bw = tw(text, "Helvetica-Bold", 16) + 20
    p.rect(w / 2 - bw / 2, 6, bw, 22)
    p.text(w / 2, 22, text, "Helvetica-Bold", 16, "center")


# ---------------------------------------------------------------------------------------------
# Templates TT: the shippers' papers
# ---------------------------------------------------------------------------------------------


def shipper_cons(
    rng: random.Random, h: Head, after: tuple[str, ...] = (), mode: str = "", dg: bool = False
) -> Cons:
    """A consignment of the shipper ``h``: the previous document's after ``after``."""
    row = row_of(h)
    return pick(
        rng,
        after,
        lambda c: c.shipper == row and (c.dg >= 0 or not dg) and (not mode or c.mode == mode),
        lambda: new_cons(rng, (row, h.lang), mode=mode, dg=dg),
    )


def named_place(c: Cons) -> str:
    """The Incoterms place: where the seller hands over (E and F terms) or the destination."""
    if c.incoterm in ("EXW", "FCA", "FOB"):
        return c.pol if c.mode == "sea" and c.incoterm == "FOB" else city(c.shipper[2])
    return c.pod or c.consignee[2]


def vat_note(c: Cons, lg: str) -> str:
    if not c.c_lang or c.c_lang == "en" or lg == "en":
        return tr(
            lg,
            "Zero-rated export - goods leaving the United Kingdom",
            "Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a i.V.m. § 6 UStG",
            "Exonération de TVA, article 262 I du CGI (exportation)",
        )
    return tr(
        lg,
        "Zero-rated intra-community supply",
        "Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG",
        "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)",
    )


def invoice_rows(rng: random.Random, c: Cons, lg: str) -> list[tuple[str, str, str, int, float]]:
    """Article lines of a consignment: article number, description, HS code, quantity, price."""
    out = []
    for ln in c.lines:
        g = GOODS[ln.goods]
        parts = rng.choice([1, 1, 2, 3, 6, 10, 16, 24])
        left = ln.qty
        for k in range(parts):
            q = left if k == parts - 1 else max(1, ln.qty // parts)
            left -= q
            if q <= 0:
                continue
            if ln.goods in (5, 13):
                variant = f" {rng.choice(['S', 'M', 'L', 'XL', '140x200', 'navy', 'grey'])}"
            else:
                variant = rng.choice(["", f" - {serial(rng, 'A99')}", f" {serial(rng, 'AA-999')}"])
            out.append(
                (
                    serial(rng, rng.choice(["999-9999", "A99999", "99.999.99"])),
                    goods_name(g, lg) + (variant if parts > 1 else ""),
                    g[3],
                    q,
                    round(g[6] * rng.uniform(0.85, 1.15), 2),
                )
            )
    return out


def tpl_commercial_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipper's commercial invoice (Handelsrechnung, facture commerciale): sold-to and
    ship-to boxes, shipping terms, articles with HS codes over one to three pages, the totals
    with the export VAT note, weights and the signed declaration of origin."""
    h = head_of(who, "shipper")
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    c = shipper_cons(rng, h)
    d = c.sailed - timedelta(days=rng.randint(1, 8))
    cur = rng.choice(["EUR", "USD"]) if lg != "en" else rng.choice(["GBP", "USD", "EUR"])
    title = tr(lg, "COMMERCIAL INVOICE", "HANDELSRECHNUNG", "FACTURE COMMERCIALE")
    f = sheets(s, h, f"{title} {c.invoice} - {day(h, d)}")
    f.page.text(m, f.y + 4, title, s.bold, s.size + 7)
    yy = pairs(
        f.page,
        s,
        w * 0.55,
        f.y - 6,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), c.invoice),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO 999999")),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), serial(rng, "99999")),
        ],
        w - m,
    )
    f.y = max(f.y + 24, yy + 8)
    bw = (w - 2 * m - 10) / 2
    ship_to = c.consignee if rng.random() < 0.7 else [c.consignee[0], *c.consignee[1:]]
    boxed(
        f.page,
        s,
        m,
        f.y,
        bw,
        64,
        tr(lg, "Sold to", "Rechnungsempfänger", "Facturé à"),
        c.consignee,
        pt=8.5,
    )
    boxed(
        f.page,
        s,
        m + bw + 10,
        f.y,
        bw,
        64,
        tr(lg, "Ship to", "Lieferanschrift", "Livré à"),
        ship_to,
        pt=8.5,
    )
    f.y += 74
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Incoterms 2020", f"{c.incoterm} {named_place(c)}"),
            (
                tr(lg, "Payment", "Zahlung", "Paiement"),
                rng.choice([tr(lg, "60 days net", "60 Tage netto", "60 jours net"), "L/C", "CAD"]),
            ),
            (
                tr(lg, "Shipment", "Versand", "Expédition"),
                f"{c.vessel} / {c.pol}"
                if c.mode == "sea"
                else tr(lg, "by road", "per LKW", "route"),
            ),
            (tr(lg, "Origin", "Ursprung", "Origine"), country(lg, c.s_lang)),
            (tr(lg, "Currency", "Währung", "Devise"), cur),
            (tr(lg, "Forwarder", "Spediteur", "Transitaire"), office_head().name),
        ],
        per=3,
        tall=22,
        hand=False,
    )
    rows = invoice_rows(rng, c, lg)
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (1.1, "left"),
            (3.6, "left"),
            (1.2, "left"),
            (0.8, "right"),
            (1.0, "right"),
            (1.2, "right"),
        ],
    )
    net = 0.0
    body = []
    for k, (art, desc, hs, q, price) in enumerate(rows, 1):
        net += q * price
        body.append([str(k * 10), art, desc, hs, str(q), money(price, lg), money(q * price, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Pos", "Pos", "Pos"),
            tr(lg, "Article", "Artikel", "Article"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "HS code", "Zolltarif", "Code SH"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        body,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    extra = 0.0
    if c.incoterm in ("CIF", "CPT", "DAP", "DDP", "CFR"):
        extra = round(net * rng.uniform(0.03, 0.09), 2)
    f.need(110)
    f.y += 6
    for t, v in [
        (tr(lg, "Goods value", "Warenwert", "Valeur marchandise"), net),
        (tr(lg, "Freight / insurance", "Fracht / Versicherung", "Fret / assurance"), extra),
        (tr(lg, "Invoice total", "Rechnungsbetrag", "Total facture"), net + extra),
    ]:
        if not v and t.startswith(("Freight", "Fracht", "Fret")):
            continue
        bold = s.bold if t.startswith(("Invoice", "Rechnungs", "Total")) else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, cur, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    f.page.text(m, f.y, fit(vat_note(c, lg), s.font, 7.5, w - 2 * m), s.font, 7.5)
    f.y += 14
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Packages", "Packstücke", "Colis"), pkgs_text(c, lg)),
            (tr(lg, "Net weight", "Nettogewicht", "Poids net"), kg(c.net, lg)),
            (tr(lg, "Gross weight", "Bruttogewicht", "Poids brut"), kg(c.gross, lg)),
        ],
        w * 0.5,
    )
    f.need(70)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "We certify that this invoice is true and correct and that the goods are of "
            f"{country(lg, c.s_lang)} preferential origin.",
            "Der Ausführer der Waren, auf die sich dieses Handelspapier bezieht, erklärt, dass "
            "diese Waren, soweit nicht anders angegeben, präferenzbegünstigte Ursprungswaren "
            f"{country(lg, c.s_lang)} sind.",
            "L'exportateur des produits couverts par le présent document déclare que, sauf "
            "indication claire du contraire, ces produits ont l'origine préférentielle "
            f"{country(lg, c.s_lang)}.",
        ),
        pt=7.5,
    )
    f.y += 18
    sign(f.page, m, f.y, staff(h, "export"))
    f.page.text(
        m,
        f.y + 12,
        f"{staff(h, 'export')} - {tr(lg, 'Export Sales', 'Exportabteilung', 'Service export')}",
        s.font,
        7.5,
    )
    pages = close(f.pages, s, h, numbers=rng.choice([h.numbers, "Page {i} of {n}", "{i}/{n}"]))
    received(rng, pages[0], d, 0.2)
    remember(c, d)
    return pages


def tpl_packing_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipper's packing list: one line per pallet or case with contents, quantities, net
    and gross weights and dimensions, on A4 portrait or landscape, the totals and the shipping
    marks at the end."""
    h = head_of(who, "shipper")
    lg = h.lang
    size = landscape(A4) if rng.random() < 0.35 else A4
    s = style_of(h, size, margin=40 if size != A4 else 0)
    w, _ = size
    m = s.margin
    c = shipper_cons(rng, h, ("commercial_invoice",))
    d = next_day(rng, ("commercial_invoice",), (0, 1))
    title = tr(lg, "PACKING LIST", "PACKLISTE", "LISTE DE COLISAGE")
    f = sheets(s, h, f"{title} - {c.invoice}")
    f.page.text(m, f.y + 4, title, s.bold, s.size + 6)
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Invoice', 'zu Rechnung', 'Réf. facture')} {c.invoice} - {day(h, d)}",
        s.font,
        s.size,
        "right",
    )
    f.y += 22
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), ", ".join(c.consignee[:3])),
            (
                tr(lg, "Container / vehicle", "Container / Fahrzeug", "Conteneur / véhicule"),
                f"{c.box} {c.size}" if c.mode == "sea" else c.truck,
            ),
            (tr(lg, "Our order ref.", "Auftrags-Nr.", "N° commande"), serial(rng, "AB-99999")),
            (tr(lg, "Shipping date", "Versanddatum", "Date d'expédition"), short(c.sailed, lg)),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    rows = []
    no = 1
    tot_n = tot_g = 0.0
    for ln in c.lines:
        g = GOODS[ln.goods]
        per = max(1, ln.qty // ln.packages)
        group = 1 if ln.packages <= 14 else rng.choice([4, 5, 10])
        k = 0
        while k < ln.packages:
            n = min(group, ln.packages - k)
            q = per * n
            net = round(q * g[5], 1)
            gross = round(net * 1.06 + 18 * n, 1)
            tot_n += net
            tot_g += gross
            dims = rng.choice(["120x80x110", "120x100x145", "60x40x40", "115x115x90", "80x60x75"])
            label = str(no) if n == 1 else f"{no}-{no + n - 1}"
            rows.append(
                [
                    label,
                    pkg_kind(lg, ln.kind, n),
                    goods_name(g, lg),
                    str(q),
                    money(net, lg),
                    money(gross, lg),
                    dims,
                ]
            )
            no += n
            k += n
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (1.3, "left"),
            (3.2, "left"),
            (0.8, "right"),
            (1.0, "right"),
            (1.0, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pkg no.", "Kolli", "Colis n°"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Contents", "Inhalt", "Contenu"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Net kg", "Netto kg", "Net kg"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            tr(lg, "Dims cm", "Maße cm", "Dim. cm"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
        step=1.7,
    )
    f.need(90)
    f.y += 6
    f.page.line(m, f.y - 8, w - m, f.y - 8)
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Total', 'Gesamt', 'Total')}: {no - 1} "
        f"{tr(lg, 'packages', 'Packstücke', 'colis')}",
        s.bold,
        s.size,
    )
    f.page.text(
        w - m,
        f.y,
        f"{money(tot_n, lg)} kg / {money(tot_g, lg)} kg  -  {c.cbm} m3",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    p = f.page
    p.rect(m, f.y, 150, 62)
    p.text(m + 4, f.y + 9, tr(lg, "Shipping marks", "Markierung", "Marques"), s.font, 6)
    for k, t in enumerate(marks(c)):
        p.text(m + 10, f.y + 22 + 10 * k, t, "Courier-Bold", 8.5)
    f.y += 70
    pages = close(f.pages, s, h, numbers=rng.choice([h.numbers, "Page {i} of {n}"]))
    remember(c, d)
    return pages


def tpl_dg_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """The shipper's multimodal dangerous goods form (IMDG): numbered boxes for shipper,
    consignee, carrier, vessel and ports, the dangerous goods with UN number, class, packing
    group and flash point, the container packing certificate and the receiving organisation's
    receipt; more goods run onto a continuation sheet."""
    h = head_of(who, "shipper", only=SHIPPER_DG)
    lg = h.lang
    s = style_of(h, A4, margin=30, pt=8)
    w, hh = A4
    m = s.margin
    c = shipper_cons(rng, h, dg=True, mode="sea")
    d = c.sailed - timedelta(days=rng.randint(2, 6))
    own = SHIPPER_DG.get(h.name, list(range(len(DANGEROUS))))
    items = [c.dg, *rng.sample(own, min(len(own), rng.choice([0, 0, 1, 2, 3])))]
    items += [x for x in rng.sample(own, len(own)) for _ in range(rng.choice([0, 0, 0, 1]))]

    per_first = 3
    sheets_n = 1 + (max(0, len(items) - per_first) + 5) // 6
    title = tr(
        lg,
        "MULTIMODAL DANGEROUS GOODS FORM",
        "MULTIMODALES FORMULAR FÜR GEFÄHRLICHE GÜTER",
        "FORMULAIRE MULTIMODAL POUR LES MARCHANDISES DANGEREUSES",
    )
    pages = []
    k = 0
    line = rng.choice(SENDERS["line"][rng.choice(LANGS)])
    for n in range(1, sheets_n + 1):
        p = Page(A4)
        p.text(m, m - 8, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 11, w - 2 * m))
        y = m + 2.0
        half = (w - 2 * m) / 2
        boxed(
            p,
            s,
            m,
            y,
            half,
            62,
            tr(lg, "Shipper / Consignor / Sender", "Absender / Versender", "Expéditeur / Chargeur"),
            [h.name, h.street, h.town],
            pt=8,
            num="1",
        )
        boxed(
            p,
            s,
            m + half,
            y,
            half / 2,
            31,
            tr(
                lg,
                "Transport document number",
                "Nummer des Beförderungsdokuments",
                "N° du document de transport",
            ),
            [c.bl],
            "Courier",
            8.5,
            "2",
        )
        boxed(
            p,
            s,
            m + half * 1.5,
            y,
            half / 4,
            31,
            tr(lg, "Page", "Seite", "Page"),
            [f"{n} / {sheets_n}"],
            "Courier",
            8.5,
            "3",
        )
        boxed(
            p,
            s,
            m + half * 1.75,
            y,
            half / 4,
            31,
            tr(lg, "Shipper's ref.", "Ref. Versender", "Réf."),
            [c.invoice],
            "Courier",
            7.5,
            "4",
        )
        boxed(
            p,
            s,
            m + half,
            y + 31,
            half,
            31,
            tr(
                lg,
                "Freight forwarder's reference",
                "Referenz des Spediteurs",
                "Référence du transitaire",
            ),
            [c.ref],
            "Courier",
            8.5,
            "5",
        )
        y += 62
        boxed(
            p,
            s,
            m,
            y,
            half,
            56,
            tr(lg, "Consignee", "Empfänger", "Destinataire"),
            c.consignee[:4],
            pt=8,
            num="6",
        )
        boxed(
            p,
            s,
            m + half,
            y,
            half,
            56,
            tr(lg, "Carrier (to be completed by the carrier)", "Beförderer", "Transporteur"),
            [line[0]],
            pt=8,
            num="7",
        )
        y += 56
        if n == 1:
            boxed(
                p,
                s,
                m,
                y,
                w - 2 * m,
                40,
                tr(
                    lg,
                    "SHIPPER'S DECLARATION",
                    "ERKLÄRUNG DES VERSENDERS",
                    "DÉCLARATION DE L'EXPÉDITEUR",
                ),
                wrap(
                    tr(
                        lg,
                        "I hereby declare that the contents of this consignment are fully and "
                        "accurately "
                        "described below by the proper shipping name, and are classified, "
                        "packaged, marked "
                        "and labelled/placarded and are in all respects in proper condition for "
                        "transport.",
                        "Hiermit erkläre ich, dass der Inhalt dieser Sendung mit dem richtigen "
                        "technischen "
                        "Namen vollständig und genau beschrieben, zutreffend klassifiziert, "
                        "verpackt, "
                        "markiert und bezettelt ist und sich in jeder Hinsicht in "
                        "beförderungsfähigem "
                        "Zustand befindet.",
                        "Je déclare que le contenu de cet envoi est décrit ci-après de façon "
                        "complète et "
                        "exacte par sa désignation officielle de transport, et qu'il est classé, "
                        "emballé, "
                        "marqué et étiqueté conformément à la réglementation.",
                    ),
                    s.font,
                    6.8,
                    w - 2 * m - 12,
                ),
                pt=6.8,
                num="8",
            )
            y += 40
        boxed(
            p,
            s,
            m,
            y,
            half / 2,
            28,
            tr(lg, "Vessel / voyage", "Schiff / Reise", "Navire / voyage"),
            [f"{c.vessel} {c.voyage}"],
            "Courier",
            8,
            "10",
        )
        boxed(
            p,
            s,
            m + half / 2,
            y,
            half / 2,
            28,
            tr(lg, "Port of loading", "Ladehafen", "Port de chargement"),
            [c.pol],
            "Courier",
            8,
            "11",
        )
        boxed(
            p,
            s,
            m + half,
            y,
            half / 2,
            28,
            tr(lg, "Port of discharge", "Löschhafen", "Port de déchargement"),
            [c.pod],
            "Courier",
            8,
            "12",
        )
        boxed(
            p,
            s,
            m + half * 1.5,
            y,
            half / 2,
            28,
            tr(lg, "Destination", "Bestimmungsort", "Destination"),
            [c.consignee[2]],
            "Courier",
            8,
            "13",
        )
        y += 28
        p.rect(m, y, w - 2 * m, 14, fill=0.88)
        p.text(
            m + 3,
            y + 10,
            fit(
                tr(
                    lg,
                    "14  Shipping marks - Number and kind of packages; description of goods - "
                    "Gross mass (kg) - Net mass - Cube (m3)",
                    "14  Markierungen - Anzahl und Art der Versandstücke; Beschreibung der Güter - "
                    "Bruttomasse (kg) - Nettomasse - Volumen (m3)",
                    "14  Marques - Nombre et type de colis; désignation des marchandises - "
                    "Masse brute (kg) - Masse nette - Cube (m3)",
                ),
                s.font,
                6.3,
                w - 2 * m - 6,
            ),
            s.font,
            6.3,
        )
        y += 14
        top = y
        room = per_first if n == 1 else 6
        for it in items[k : k + room]:
            un, en_, de_, fr_, cls, pg, fp = DANGEROUS[it]
            name = {"en": en_, "de": de_, "fr": fr_}[lg]
            np_ = rng.randint(2, 40)
            gm = rng.randint(200, 9000)
            lines_ = [
                f"{un}, {name}, {cls}, PG {pg}" + (f", ({fp} c.c.)" if fp != "-" else ""),
                f"{np_} x {rng.choice(['4G', '1A1', '3H1', '4H2', '31HA1'])} "
                + tr(lg, "packages", "Versandstücke", "colis")
                + f" - EmS F-{rng.choice('AE')}, S-{rng.choice('DEP')}",
            ]
            if cls == "9" or rng.random() < 0.3:
                lines_.append(tr(lg, "MARINE POLLUTANT", "MEERESSCHADSTOFF", "POLLUANT MARIN"))
            yy = y + 10
            for t in lines_:
                p.text(m + 70, yy, fit(t, "Courier", 7.5, w - 2 * m - 200), "Courier", 7.5)
                yy += 9.5
            p.text(m + 4, y + 10, fit(marks(c)[0], "Courier", 7, 60), "Courier", 7)
            p.text(w - m - 90, y + 10, money(gm, lg), "Courier", 7.5, "right")
            p.text(w - m - 45, y + 10, money(gm * 0.9, lg), "Courier", 7.5, "right")
            p.text(w - m - 4, y + 10, f"{gm / 400:.1f}", "Courier", 7.5, "right")
            y = max(yy, y + 30) + 4
            p.line(m, y - 3, w - m, y - 3)
        k += room
        bottom = top + (150 if n == 1 else 330)
        p.rect(m, top, w - 2 * m, bottom - top)
        y = bottom
        for j, (cap, val) in enumerate(
            [
                (
                    tr(
                        lg,
                        "Container ID no. / vehicle reg. no.",
                        "Container-Nr. / Kennzeichen",
                        "N° conteneur",
                    ),
                    c.box,
                ),
                (tr(lg, "Seal number(s)", "Siegel-Nr.", "N° de scellé"), c.seal),
                (tr(lg, "Container size & type", "Größe und Typ", "Taille et type"), c.size),
                (
                    tr(
                        lg,
                        "Total gross mass (incl. tare)",
                        "Gesamtbruttomasse",
                        "Masse brute totale",
                    ),
                    kg(c.gross + 3800, lg),
                ),
            ]
        ):
            boxed(
                p,
                s,
                m + j * (w - 2 * m) / 4,
                y,
                (w - 2 * m) / 4,
                28,
                cap,
                [val],
                "Courier",
                8,
                str(15 + j),
            )
        y += 28
        if n == 1:
            bh = hh - m - y - 30
            boxed(
                p,
                s,
                m,
                y,
                half,
                bh,
                tr(
                    lg,
                    "CONTAINER / VEHICLE PACKING CERTIFICATE",
                    "CONTAINER-/FAHRZEUGPACKZERTIFIKAT",
                    "CERTIFICAT D'EMPOTAGE DU CONTENEUR",
                ),
                wrap(
                    tr(
                        lg,
                        "I hereby declare that the goods described above have been packed/loaded "
                        "into "
                        "the container identified above in accordance with the applicable "
                        "provisions.",
                        "Hiermit erkläre ich, dass die oben beschriebenen Güter gemäß den "
                        "geltenden "
                        "Vorschriften in den oben bezeichneten Container gepackt/geladen wurden.",
                        "Je déclare que les marchandises décrites ci-dessus ont été empotées dans "
                        "le "
                        "conteneur identifié ci-dessus conformément aux dispositions applicables.",
                    ),
                    s.font,
                    6.5,
                    half - 12,
                ),
                pt=6.5,
                num="20",
            )
            boxed(
                p,
                s,
                m + half,
                y,
                half,
                bh,
                tr(
                    lg,
                    "RECEIVING ORGANISATION RECEIPT",
                    "EMPFANGSBESTÄTIGUNG",
                    "RÉCÉPISSÉ DE L'ORGANISME RÉCEPTEUR",
                ),
                [
                    tr(
                        lg,
                        "Received the above number of packages in apparent good order",
                        "Obige Anzahl Versandstücke in äußerlich gutem Zustand erhalten",
                        "Reçu le nombre de colis ci-dessus en bon état apparent",
                    )
                ],
                pt=6.5,
                num="21",
            )
            sign(p, m + 20, y + bh - 14, staff(h, "dg"))
            p.text(
                m + 6,
                y + bh - 30,
                f"{staff(h, 'dg')}, {city(h.town)}, {short(d, lg)}",
                HAND,
                8,
            )
            if rng.random() < 0.6:
                sign(p, m + half + 20, y + bh - 14, person(rng, home()))
        pages.append(p)
    remember(c, d)
    return close(pages, s, h, numbers="none")


PARTNERS = {
    "en": [
        ("Helvetia Industriebedarf AG", "Hardturmstrasse 101", "8005 Zürich", "Switzerland"),
        ("Nordic Marine Supply AS", "Strandkaien 12", "5013 Bergen", "Norway"),
        ("Atlas Maroc Distribution SARL", "Bd Zerktouni 120", "20000 Casablanca", "Morocco"),
    ],
    "de": [
        ("Helvetia Industriebedarf AG", "Hardturmstrasse 101", "8005 Zürich", "Schweiz"),
        ("Nordic Marine Supply AS", "Strandkaien 12", "5013 Bergen", "Norwegen"),
        ("Anadolu Makina Ticaret A.S.", "Organize Sanayi Bölgesi 4", "16140 Bursa", "Türkei"),
        ("Comercial Atlántica S.A. de C.V.", "Av. Reforma 350", "06600 Ciudad de México", "Mexiko"),
    ],
    "fr": [
        ("Atlas Maroc Distribution SARL", "Bd Zerktouni 120", "20000 Casablanca", "Maroc"),
        ("Société Tunisienne de Quincaillerie", "Route de Sousse km 4", "2034 Ez-Zahra", "Tunisie"),
        ("Helvetia Industriebedarf AG", "Hardturmstrasse 101", "8005 Zürich", "Suisse"),
    ],
}


def tpl_eur1(rng: random.Random, who: Issuer) -> list[Page]:
    """An EUR.1 movement certificate (Warenverkehrsbescheinigung, certificat de circulation
    des marchandises) typed by the exporter on the official form: boxes 1-12 with the customs
    endorsement stamped and signed; now and then the reverse with the request for and the
    result of verification and the notes, which belongs to it."""
    h = head_of(who, "shipper")
    lg = h.lang
    s = style_of(h, A4, margin=36, pt=8)
    w, hh = A4
    m = s.margin
    c = shipper_cons(rng, h, ("commercial_invoice", "packing_list"))
    d = c.sailed - timedelta(days=rng.randint(0, 5))
    partner = rng.choice(PARTNERS[lg])
    home_c = country(lg, lg)
    union = tr(lg, "the United Kingdom", "der Europäischen Union", "l'Union européenne")
    p = Page(A4)
    half = (w - 2 * m) / 2
    y = m - 10.0
    p.rect(m - 4, y - 8, w - 2 * m + 8, hh - 2 * m + 10)
    boxed(
        p,
        s,
        m,
        y,
        half,
        70,
        tr(
            lg,
            "Exporter (name, full address, country)",
            "Ausführer (Name, vollständige Anschrift, Staat)",
            "Exportateur (nom, adresse complète, pays)",
        ),
        [h.name, h.street, h.town, home_c.upper()],
        "Courier",
        8.5,
        "1",
    )
    p.rect(m + half, y, half, 70)
    p.text(m + half + 8, y + 20, "EUR.1", "Helvetica-Bold", 20)
    no = f"{rng.choice('ABCDE')} {rng.randint(1000000, 9999999)}"
    p.text(w - m - 8, y + 20, f"No {no}", "Helvetica-Bold", 11, "right")
    p.text(
        m + half + 8,
        y + 36,
        fit(
            tr(
                lg,
                "See notes overleaf before completing this form.",
                "Vor dem Ausfüllen Anmerkungen auf der Rückseite beachten.",
                "Voir les notes au verso avant de remplir le formulaire.",
            ),
            s.font,
            6.5,
            half - 16,
        ),
        s.font,
        6.5,
    )
    p.text(
        m + half + 8,
        y + 50,
        fit(
            tr(
                lg,
                "2. Certificate used in preferential trade between",
                "2. Bescheinigung für den Präferenzverkehr zwischen",
                "2. Certificat utilisé dans les échanges préférentiels entre",
            ),
            s.font,
            6.5,
            half - 16,
        ),
        s.font,
        6.5,
    )
    p.text(
        m + half + 8,
        y + 62,
        fit(
            f"{union.upper()}  {tr(lg, 'and', 'und', 'et')}  {partner[3].upper()}",
            "Courier",
            8,
            half - 16,
        ),
        "Courier",
        8,
    )
    y += 70
    boxed(
        p,
        s,
        m,
        y,
        half,
        70,
        tr(
            lg,
            "Consignee (name, full address, country) (optional)",
            "Empfänger (Name, vollständige Anschrift, Staat) (Ausfüllung freigestellt)",
            "Destinataire (nom, adresse complète, pays) (mention facultative)",
        ),
        [partner[0], partner[1], partner[2], partner[3].upper()],
        "Courier",
        8.5,
        "3",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half / 2,
        70,
        tr(
            lg,
            "Country in which the products are considered as originating",
            "Staat, in dem die Waren als Ursprungswaren gelten",
            "Pays dans lequel les produits sont considérés comme originaires",
        ),
        ["", "", union.replace("der ", "").replace("l'", "").upper()[:22]],
        "Courier",
        8,
        "4",
    )
    boxed(
        p,
        s,
        m + half * 1.5,
        y,
        half / 2,
        70,
        tr(lg, "Country of destination", "Bestimmungsstaat", "Pays de destination"),
        ["", "", partner[3].upper()],
        "Courier",
        8,
        "5",
    )
    y += 70
    boxed(
        p,
        s,
        m,
        y,
        half,
        50,
        tr(
            lg,
            "Transport details (optional)",
            "Angaben über die Beförderung (Ausfüllung freigestellt)",
            "Informations relatives au transport (mention facultative)",
        ),
        [
            f"{tr(lg, 'By sea', 'Seeweg', 'Voie maritime')} {c.pol} - {c.vessel}"
            if c.mode == "sea"
            else f"{tr(lg, 'By road', 'Straße', 'Route')} {c.truck}"
        ],
        "Courier",
        8.5,
        "6",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        50,
        tr(lg, "Remarks", "Bemerkungen", "Observations"),
        [],
        "Courier",
        8,
        "7",
    )
    y += 50
    gh = 230
    boxed(
        p,
        s,
        m,
        y,
        half * 1.45,
        gh,
        tr(
            lg,
            "Item number; marks and numbers; number and kind of packages; description of goods",
            "Laufende Nr.; Zeichen, Nummern, Anzahl und Art der Packstücke; Warenbezeichnung",
            "N° d'ordre; marques, numéros, nombre et nature des colis; désignation des "
            "marchandises",
        ),
        [],
        "Courier",
        8,
        "8",
    )
    boxed(
        p,
        s,
        m + half * 1.45,
        y,
        half * 0.3,
        gh,
        tr(lg, "Gross mass (kg)", "Rohgewicht (kg)", "Masse brute (kg)"),
        [],
        "Courier",
        8,
        "9",
    )
    boxed(
        p,
        s,
        m + half * 1.75,
        y,
        half * 0.25,
        gh,
        tr(lg, "Invoices", "Rechnungen", "Factures"),
        [],
        "Courier",
        8,
        "10",
    )
    yy = y + 26
    for k, ln in enumerate(c.lines, 1):
        g = GOODS[ln.goods]
        p.text(
            m + 6, yy, f"{k}. {ln.packages} {pkg_kind(lg, ln.kind, ln.packages)}", "Courier", 8.5
        )
        for t in wrap(goods_name(g, lg), "Courier", 8.5, half * 1.45 - 30):
            yy += 11
            p.text(m + 20, yy, t, "Courier", 8.5)
        p.text(
            m + half * 1.75 - 6,
            yy,
            money(round(ln.qty * g[5] * 1.08, 0), lg),
            "Courier",
            8.5,
            "right",
        )
        yy += 16
    p.line(m + 10, yy, m + half * 1.45 - 10, y + gh - 10)
    p.text(m + half * 1.75 + 4, y + 26, c.invoice, "Courier", 7.5)
    p.text(m + half * 1.75 + 4, y + 37, short(d, lg), "Courier", 7.5)
    y += gh
    bh = hh - m - y - 4
    boxed(
        p,
        s,
        m,
        y,
        half,
        bh,
        tr(lg, "CUSTOMS ENDORSEMENT", "SICHTVERMERK DER ZOLLBEHÖRDE", "VISA DE LA DOUANE"),
        [
            tr(
                lg,
                "Declaration certified",
                "Die Richtigkeit der Erklärung wird bescheinigt",
                "Déclaration certifiée conforme",
            ),
            tr(lg, "Export document: ", "Ausfuhrpapier: ", "Document d'exportation: ")
            + c.mrn[:2]
            + COUNTRY[lg][0]
            + c.mrn[4:12]
            + "...",
            tr(lg, "Customs office: ", "Zollstelle: ", "Bureau de douane: ")
            + head_of(who, "customs", lg).town,
            tr(lg, "Issuing country: ", "Ausstellender Staat: ", "Pays délivrant: ") + home_c,
        ],
        pt=6.8,
        num="11",
    )
    if rng.random() < 0.85:
        cx, cy = m + half * 0.62, y + bh * 0.62
        p.rect(cx - 34, cy - 26, 68, 52)
        p.text(cx, cy - 8, tr(lg, "HM CUSTOMS", "ZOLL", "DOUANE"), "Helvetica-Bold", 8, "center")
        p.text(cx, cy + 4, serial(rng, "9999"), "Helvetica-Bold", 9, "center")
        p.text(cx, cy + 16, short(d + timedelta(days=1), lg), "Helvetica", 7, "center")
        sign(p, m + 10, y + bh - 10, person(rng, lg))
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        bh,
        tr(
            lg,
            "DECLARATION BY THE EXPORTER",
            "ERKLÄRUNG DES AUSFÜHRERS",
            "DÉCLARATION DE L'EXPORTATEUR",
        ),
        wrap(
            tr(
                lg,
                "I, the undersigned, declare that the goods described above meet the conditions "
                "required for the issue of this certificate.",
                "Der Unterzeichner erklärt, dass die vorgenannten Waren die Voraussetzungen "
                "erfüllen, um "
                "diese Bescheinigung zu erlangen.",
                "Je soussigné déclare que les marchandises désignées ci-dessus remplissent les "
                "conditions "
                "requises pour l'obtention du présent certificat.",
            ),
            s.font,
            6.8,
            half - 12,
        ),
        pt=6.8,
        num="12",
    )
    p.text(m + half + 8, y + bh - 36, f"{city(h.town)}, {short(d, lg)}", "Courier", 8.5)
    sign(p, m + half + 10, y + bh - 12, staff(h, "export"))
    pages = [p]
    if rng.random() < 0.45:
        b = Page(A4)
        y = m
        for num, cap, body in [
            (
                "13",
                tr(
                    lg,
                    "REQUEST FOR VERIFICATION, to",
                    "NACHPRÜFUNGSERSUCHEN an",
                    "DEMANDE DE CONTRÔLE, à envoyer à",
                ),
                tr(
                    lg,
                    "Verification of the authenticity and accuracy of this certificate is "
                    "requested.",
                    "Um Überprüfung der Echtheit und Richtigkeit dieser Bescheinigung wird "
                    "ersucht.",
                    "Le contrôle de l'authenticité et de l'exactitude du présent certificat est "
                    "demandé.",
                ),
            ),
            (
                "14",
                tr(
                    lg, "RESULT OF VERIFICATION", "ERGEBNIS DER NACHPRÜFUNG", "RÉSULTAT DU CONTRÔLE"
                ),
                tr(
                    lg,
                    "Verification carried out shows that this certificate was issued by the "
                    "customs office "
                    "indicated and that the information contained therein is accurate.",
                    "Die Nachprüfung hat ergeben, dass diese Bescheinigung von der angegebenen "
                    "Zollstelle "
                    "ausgestellt wurde und die darin enthaltenen Angaben richtig sind.",
                    "Le contrôle effectué a permis de constater que le présent certificat a bien "
                    "été délivré "
                    "par le bureau de douane indiqué et que les mentions qu'il contient sont "
                    "exactes.",
                ),
            ),
        ]:
            boxed(
                b,
                s,
                m,
                y,
                w - 2 * m,
                200,
                cap,
                [
                    *wrap(body, s.font, 7.5, w - 2 * m - 12),
                    "",
                    "",
                    "",
                    tr(lg, "(Place and date)", "(Ort und Datum)", "(Lieu et date)")
                    + "   "
                    + "." * 40,
                    tr(lg, "(Signature)", "(Unterschrift)", "(Signature)") + "   " + "." * 40,
                ],
                pt=7.5,
                num=num,
            )
            y += 210
        b.text(
            w / 2, y + 10, tr(lg, "NOTES", "ANMERKUNGEN", "NOTES"), "Helvetica-Bold", 9, "center"
        )
        y += 24
        for k, t in enumerate(
            [
                tr(
                    lg,
                    "Certificates must not contain erasures or words written over one another.",
                    "Die Bescheinigung darf weder Rasuren noch Übermalungen aufweisen.",
                    "Le certificat ne doit comporter ni grattages ni surcharges.",
                ),
                tr(
                    lg,
                    "Each item must be preceded by an item number; a horizontal line must be drawn "
                    "immediately below the last item.",
                    "Vor jeder Warenposition ist die laufende Nummer anzugeben; unmittelbar nach "
                    "der letzten "
                    "Position ist ein waagerechter Strich zu ziehen.",
                    "Chaque article doit être précédé d'un numéro d'ordre; une ligne horizontale "
                    "doit être "
                    "tirée immédiatement sous le dernier article.",
                ),
                tr(
                    lg,
                    "Goods must be described in accordance with commercial practice.",
                    "Die Waren sind nach der Handelsüblichkeit zu bezeichnen.",
                    "Les marchandises doivent être désignées selon les usages commerciaux.",
                ),
            ],
            1,
        ):
            for t2 in wrap(f"{k}. {t}", s.font, 7.5, w - 2 * m):
                b.text(m, y, t2, s.font, 7.5)
                y += 10
            y += 4
        pages.append(b)
    remember(c, d)
    return pages


def tpl_certificate_origin(rng: random.Random, who: Issuer) -> list[Page]:
    """A chamber of commerce's certificate of origin (Ursprungszeugnis, certificat d'origine)
    on the framed form: consignor, consignee, origin, transport, the goods, the chamber's
    certification with stamp and signature; a continuation sheet for long goods lists and now
    and then the certified copies issued with the original (all one document)."""
    h = head_of(who, "chamber")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, hh = A4
    m = s.margin
    srow = rng.choice(SENDERS["shipper"][lg])
    c = pick(
        rng,
        ("commercial_invoice", "packing_list", "eur1"),
        lambda x: x.s_lang == lg and x.export,
        lambda: new_cons(rng, (srow, lg)),
    )
    d = c.sailed - timedelta(days=rng.randint(0, 4))
    no = serial(rng, rng.choice(["99 9999999", "A 9999999", "99/99999"]))
    rows = invoice_rows(rng, c, lg)
    many = len(rows) > 7
    title = tr(lg, "CERTIFICATE OF ORIGIN", "URSPRUNGSZEUGNIS", "CERTIFICAT D'ORIGINE")
    union = tr(lg, "United Kingdom", "Europäische Union - Deutschland", "Union européenne - France")

    def sheet(mark: str) -> list[Page]:
        p = Page(A4)
        half = (w - 2 * m) / 2
        y = m - 6.0
        p.rect(m - 6, y - 10, w - 2 * m + 12, hh - 2 * m + 14)
        boxed(
            p,
            s,
            m,
            y,
            half,
            62,
            tr(lg, "Consignor", "Absender", "Expéditeur"),
            [c.shipper[0], c.shipper[1], c.shipper[2], country(lg, lg).upper()],
            "Courier",
            8.5,
            "1",
        )
        p.rect(m + half, y, half, 130)
        p.text(m + half + 8, y + 14, f"No. {no}", "Courier-Bold", 10)
        p.text(
            m + half + half / 2,
            y + 48,
            title,
            "Helvetica-Bold",
            shrink(title, "Helvetica-Bold", 15, half - 16),
            "center",
        )
        p.text(m + half + half / 2, y + 70, mark, "Helvetica-Bold", 11, "center")
        p.text(m + half + half / 2, y + 96, fit(h.name, s.bold, 8, half - 16), s.bold, 8, "center")
        p.text(m + half + half / 2, y + 108, fit(h.town, s.font, 7, half - 16), s.font, 7, "center")
        boxed(
            p,
            s,
            m,
            y + 62,
            half,
            68,
            tr(lg, "Consignee", "Empfänger", "Destinataire"),
            c.consignee[:4],
            "Courier",
            8.5,
            "2",
        )
        y += 130
        boxed(
            p,
            s,
            m,
            y,
            w - 2 * m,
            30,
            tr(lg, "Country of origin", "Ursprungsland", "Pays d'origine"),
            [union.upper()],
            "Courier",
            9,
            "3",
        )
        y += 30
        boxed(
            p,
            s,
            m,
            y,
            half,
            40,
            tr(
                lg,
                "Transport details (optional)",
                "Angaben über die Beförderung",
                "Informations relatives au transport",
            ),
            [f"{c.vessel} {c.pol} - {c.pod}" if c.mode == "sea" else f"{c.truck} / {c.trailer}"],
            "Courier",
            8,
            "4",
        )
        boxed(
            p,
            s,
            m + half,
            y,
            half,
            40,
            tr(lg, "Remarks", "Bemerkungen", "Observations"),
            [f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {c.invoice}"],
            "Courier",
            8,
            "5",
        )
        y += 40
        gh = hh - m - y - 150
        boxed(
            p,
            s,
            m,
            y,
            (w - 2 * m) * 0.78,
            gh,
            tr(
                lg,
                "Item number; marks, numbers, number and kind of packages; description of goods",
                "Laufende Nr.; Zeichen, Nummern, Anzahl und Art der Packstücke; Warenbezeichnung",
                "N° d'ordre; marques, numéros, nombre et nature des colis; désignation des "
                "marchandises",
            ),
            [],
            num="6",
        )
        boxed(
            p,
            s,
            m + (w - 2 * m) * 0.78,
            y,
            (w - 2 * m) * 0.22,
            gh,
            tr(lg, "Quantity", "Menge", "Quantité"),
            [],
            num="7",
        )
        yy = y + 24
        shown = rows if not many else rows[:4]
        for k, (_, desc, hs, q, _) in enumerate(shown, 1):
            p.text(
                m + 6,
                yy,
                fit(f"{k}. {desc} - HS {hs}", "Courier", 8.5, (w - 2 * m) * 0.74),
                "Courier",
                8.5,
            )
            p.text(w - m - 6, yy, str(q), "Courier", 8.5, "right")
            yy += 12
        if many:
            p.text(
                m + 6,
                yy + 4,
                tr(
                    lg,
                    "- continued on attached sheet -",
                    "- Fortsetzung siehe Anlage -",
                    "- suite sur feuille annexe -",
                ),
                "Courier",
                8.5,
            )
            yy += 14
        p.text(
            m + 6,
            yy + 6,
            f"{pkgs_text(c, lg)} - {kg(c.gross, lg)} {tr(lg, 'gross', 'brutto', 'brut')}",
            "Courier",
            8.5,
        )
        p.line(m + 6, yy + 14, m + 200, yy + 14)
        y += gh
        boxed(
            p,
            s,
            m,
            y,
            w - 2 * m,
            146,
            tr(lg, "CERTIFICATION", "BESCHEINIGUNG", "CERTIFICATION"),
            wrap(
                tr(
                    lg,
                    "The undersigned authority certifies that the goods described above originate "
                    "in the country shown in box 3.",
                    "Es wird hiermit bescheinigt, dass die oben bezeichneten Waren ihren Ursprung "
                    "in dem "
                    "in Feld 3 angegebenen Land haben.",
                    "L'autorité soussignée certifie que les marchandises désignées ci-dessus sont "
                    "originaires du pays figurant dans la case 3.",
                ),
                s.font,
                7.5,
                w - 2 * m - 12,
            ),
            pt=7.5,
            num="8",
        )
        p.text(m + 8, y + 70, f"{city(h.town)}, {short(d, lg)}", "Courier", 9)
        cx = w - m - 110
        p.rect(cx - 40, y + 50, 80, 80)
        p.rect(cx - 36, y + 54, 72, 72)
        p.text(
            cx,
            y + 80,
            fit(h.name.split(" - ")[0][:22], "Helvetica-Bold", 6.5, 70),
            "Helvetica-Bold",
            6.5,
            "center",
        )
        p.text(cx, y + 94, city(h.town).upper(), "Helvetica", 7, "center")
        sign(p, m + 160, y + 120, staff(h, "origin"))
        out = [p]
        if many:
            q = Page(A4)
            q.text(
                m,
                m,
                f"{title} No. {no} - "
                + tr(lg, "Continuation sheet", "Anlage / Fortsetzungsblatt", "Feuille annexe"),
                s.bold,
                10,
            )
            q.line(m, m + 6, w - m, m + 6)
            yy = m + 26
            for k, (_, desc, hs, qn, _) in enumerate(rows, 1):
                if k <= 4:
                    continue
                q.text(
                    m + 6,
                    yy,
                    fit(f"{k}. {desc} - HS {hs}", "Courier", 8.5, w - 2 * m - 70),
                    "Courier",
                    8.5,
                )
                q.text(w - m - 6, yy, str(qn), "Courier", 8.5, "right")
                yy += 12
            q.line(m + 6, yy, m + 200, yy)
            q.text(m, yy + 30, f"{city(h.town)}, {short(d, lg)}", "Courier", 9)
            sign(q, m + 160, yy + 34, staff(h, "origin"))
            out.append(q)
        return out

    pages = sheet("ORIGINAL")
    for _ in range(rng.choice([0, 0, 0, 0, 1, 2])):
        pages += sheet(tr(lg, "CERTIFIED COPY", "KOPIE", "COPIE CERTIFIÉE"))
    remember(c, d)
    return pages


def tpl_forwarding_instruction(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's forwarding instruction (shipping instructions, Speditionsauftrag, ordre de
    transport) to the office on the client's form: addresses, collection, the goods, mode and
    services ticked, documents enclosed, signature; now and then a covering letter before it and
    a packing details page behind (both belong to it)."""
    h = head_of(who, "shipper")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    c = shipper_cons(rng, h)
    d = c.sailed - timedelta(days=rng.randint(4, 12))
    title = tr(lg, "SHIPPING INSTRUCTIONS", "SPEDITIONSAUFTRAG", "ORDRE DE TRANSPORT")
    pages: list[Page] = []
    att = staff(office_head(), "desk")
    if rng.random() < 0.3:
        f = sheets(s, h, h.name)
        recipient(
            f,
            s,
            h,
            office_lines(tr(lg, "FAO ", "z. Hd. ", "À l'attention de ") + att),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), c.invoice)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Shipment to {c.consignee[0]}",
                f"Versand an {c.consignee[0]}",
                f"Expédition pour {c.consignee[0]}",
            ),
            1.5,
        )
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg))
        regards(
            f,
            s,
            lg,
            staff(h, "logistics"),
            tr(lg, "Logistics", "Versandabteilung", "Service logistique"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{title} {c.invoice}")
    f.page.text(m, f.y + 2, title, s.bold, s.size + 6)
    f.page.text(
        w - m, f.y + 2, f"{tr(lg, 'to', 'an', 'à')}: {office_head().name}", s.font, 8, "right"
    )
    f.y += 18
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Shipper", "Versender", "Expéditeur"), h.name),
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), ", ".join(c.consignee[:3])),
            (
                tr(lg, "Notify party", "Notify", "Notifier"),
                rng.choice(["", tr(lg, "same as consignee", "wie Empfänger", "idem destinataire")]),
            ),
            (tr(lg, "Collection from", "Abholung ab", "Enlèvement à"), f"{h.street}, {h.town}"),
            (
                tr(lg, "Ready for collection", "Ladebereit ab", "Prêt le"),
                f"{short(d + timedelta(days=2), lg)} {rng.randint(7, 14)}:00",
            ),
            (tr(lg, "Destination", "Bestimmung", "Destination"), c.pod or c.consignee[2]),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    hand_ = rng.random() < 0.5
    font = HAND if hand_ else s.font
    cols = columns(
        m, w - m, [(1.2, "left"), (1.2, "left"), (3.5, "left"), (1, "right"), (1, "right")]
    )
    rows = [
        [
            marks(c)[0],
            f"{ln.packages} {pkg_kind(lg, ln.kind, ln.packages)}",
            goods_name(GOODS[ln.goods], lg),
            money(round(ln.qty * GOODS[ln.goods][5] * 1.08), lg),
            f"{ln.packages * 1.1:.1f}",
        ]
        for ln in c.lines
    ]
    f.need(60)
    for cc, t in zip(
        cols,
        [
            tr(lg, "Marks", "Zeichen", "Marques"),
            tr(lg, "Packages", "Packstücke", "Colis"),
            tr(lg, "Description of goods", "Warenbezeichnung", "Désignation"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            "m3",
        ],
        strict=True,
    ):
        f.page.text(
            cc[0] if cc[2] == "left" else cc[1],
            f.y,
            t,
            s.bold,
            7.5,
            cc[2] if cc[2] == "right" else "left",
        )
    f.page.line(m, f.y + 4, w - m, f.y + 4)
    f.y += 16
    for r in rows:
        for cc, t in zip(cols, r, strict=True):
            f.page.text(
                cc[0] if cc[2] == "left" else cc[1],
                f.y,
                fit(t, font, 8.5, cc[1] - cc[0] - 2),
                font,
                8.5,
                cc[2] if cc[2] == "right" else "left",
            )
        f.page.line(m, f.y + 5, w - m, f.y + 5)
        f.y += 17
    f.y += 8
    groups = [
        (
            tr(lg, "Mode", "Verkehrsträger", "Mode"),
            [
                tr(lg, "Sea FCL", "See FCL", "Maritime FCL"),
                tr(lg, "Sea LCL", "See LCL", "Maritime LCL"),
                tr(lg, "Road groupage", "Sammelgut LKW", "Groupage route"),
                tr(lg, "Road FTL", "Komplettladung", "Complet route"),
                tr(lg, "Air", "Luftfracht", "Aérien"),
            ],
            {0 if c.mode == "sea" else 3},
        ),
        (
            "Incoterms",
            ["EXW", "FCA", "FOB", "CPT", "CIF", "DAP", "DDP"],
            {["EXW", "FCA", "FOB", "CPT", "CIF", "DAP", "DDP"].index(c.incoterm)}
            if c.incoterm != "CFR"
            else {4},
        ),
        (
            tr(lg, "Services", "Leistungen", "Prestations"),
            [
                tr(lg, "Export clearance", "Ausfuhrabfertigung", "Dédouanement export"),
                tr(lg, "Import clearance", "Einfuhrverzollung", "Dédouanement import"),
                tr(lg, "Cargo insurance", "Transportversicherung", "Assurance"),
                tr(lg, "Certificate of origin", "Ursprungszeugnis", "Certificat d'origine"),
                "EUR.1",
                tr(lg, "Dangerous goods", "Gefahrgut", "Matières dangereuses"),
            ],
            {0} | set(rng.sample(range(1, 6), rng.randint(0, 2))) | ({5} if c.dg >= 0 else set()),
        ),
        (
            tr(lg, "Documents enclosed", "Beigefügte Unterlagen", "Documents joints"),
            [
                tr(lg, "Commercial invoice", "Handelsrechnung", "Facture"),
                tr(lg, "Packing list", "Packliste", "Liste de colisage"),
                tr(lg, "Export licence", "Ausfuhrgenehmigung", "Licence"),
                "DGD",
            ],
            {0, 1} | ({3} if c.dg >= 0 else set()),
        ),
    ]
    for cap, labels, on in groups:
        f.need(30)
        f.page.text(m, f.y, cap, s.bold, 8)
        f.y = ticks(f.page, s, m + 110, f.y, w - 2 * m - 110, labels, on, 8)
        f.y += 4
    f.y += 4
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(lg, "Special instructions", "Besondere Weisungen", "Instructions particulières"),
        s.bold,
        8,
    )
    f.y += 14
    for _ in range(3):
        if rng.random() < 0.6:
            hand(f.page, m + 3, f.y, words(rng, lg, rng.randint(4, 9)), 9, w - 2 * m - 6)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 16
    f.need(50)
    f.y += 16
    f.page.text(m, f.y, f"{city(h.town)}, {short(d, lg)}", HAND, 9.5)
    sign(f.page, w / 2, f.y, staff(h, "logistics"))
    f.page.line(w / 2, f.y + 4, w - m, f.y + 4)
    f.page.text(
        w / 2,
        f.y + 13,
        tr(lg, "Signature / company stamp", "Unterschrift / Firmenstempel", "Signature / cachet"),
        s.font,
        6.5,
    )
    f.y += 26
    form = close(f.pages, s, h, numbers="none")
    received(rng, form[0], d, 0.35)
    pages += form
    if rng.random() < 0.3:
        g = sheets(
            s,
            h,
            f"{title} {c.invoice} - "
            + tr(lg, "packing details", "Packstückliste", "détail colisage"),
        )
        g.new_page()
        g.pages.pop(0)
        caption(g, s, tr(lg, "Packing details", "Packstückliste", "Détail du colisage"), 1)
        rws = []
        for k in range(c.packages if c.packages < 40 else 40):
            rws.append(
                [
                    str(k + 1),
                    rng.choice(["120x80x", "120x100x", "80x60x"]) + str(rng.randint(60, 180)),
                    marks(c)[1],
                    money(round(c.gross / max(1, c.packages) * rng.uniform(0.8, 1.2)), lg),
                ]
            )
        table(
            g,
            columns(m, w - m, [(1, "left"), (2, "left"), (2, "left"), (1.5, "right")]),
            [
                tr(lg, "No.", "Nr.", "N°"),
                tr(lg, "Dimensions cm", "Maße cm", "Dimensions cm"),
                tr(lg, "Marks", "Zeichen", "Marques"),
                tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            ],
            rws,
            s,
            rules=True,
        )
        pages += close(g.pages, s, h, numbers="none")
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TT: shipping lines and terminals
# ---------------------------------------------------------------------------------------------


def sea_cons(
    rng: random.Random, after: tuple[str, ...], ok: Callable[[Cons], bool] | None = None
) -> Cons:
    """A sea consignment (``ok`` takes it), the previous document's after ``after``."""
    return pick(
        rng,
        after,
        lambda c: c.mode == "sea" and (ok is None or ok(c)),
        lambda: new_cons(rng, mode="sea"),
    )


BL_TERMS = {
    "en": [
        "Definitions",
        "Carrier's tariff",
        "Warranty",
        "Sub-contracting and indemnity",
        "Carrier's responsibility",
        "Sundry liability provisions",
        "Shipper-packed containers",
        "Inspection of goods",
        "Description of goods",
        "Freight and charges",
        "Lien",
        "Deck cargo",
        "Dangerous goods",
        "Notification and delivery",
        "General average",
        "Both-to-blame collision clause",
        "Law and jurisdiction",
        "Time bar",
        "Variation",
    ],
    "de": [
        "Begriffsbestimmungen",
        "Tarif des Verfrachters",
        "Gewährleistung",
        "Unterfrachtverträge",
        "Haftung des Verfrachters",
        "Haftungsbestimmungen",
        "Vom Ablader gepackte Container",
        "Untersuchung der Güter",
        "Beschreibung der Güter",
        "Fracht und Kosten",
        "Pfandrecht",
        "Deckladung",
        "Gefährliche Güter",
        "Benachrichtigung und Auslieferung",
        "Große Haverei",
        "Kollisionsklausel",
        "Anwendbares Recht und Gerichtsstand",
        "Ausschlussfrist",
    ],
    "fr": [
        "Définitions",
        "Tarif du transporteur",
        "Garantie",
        "Sous-traitance et indemnité",
        "Responsabilité du transporteur",
        "Dispositions diverses",
        "Conteneurs empotés par le chargeur",
        "Inspection des marchandises",
        "Description des marchandises",
        "Fret et frais",
        "Droit de rétention",
        "Marchandises en pontée",
        "Marchandises dangereuses",
        "Avis d'arrivée et livraison",
        "Avarie commune",
        "Abordage",
        "Loi applicable et juridiction",
        "Prescription",
    ],
}


def tpl_bill_of_lading(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipping line's bill of lading or sea waybill (Konnossement / Seefrachtbrief,
    connaissement / lettre de transport maritime), original or copy: shipper, consignee and
    notify boxes, vessel and ports, the containers and the goods, freight terms, place and date
    of issue and the signature as carrier; the container rider and, on an original, the
    reverse with the carriage terms belong to it."""
    h = head_of(who, "line")
    lg = h.lang
    s = style_of(h, A4, margin=30, pt=8)
    w, hh = A4
    m = s.margin
    c = sea_cons(rng, ("dg_declaration", "commercial_invoice", "packing_list"))
    d = c.sailed
    waybill = rng.random() < 0.3
    title = (
        tr(lg, "SEA WAYBILL", "SEEFRACHTBRIEF", "LETTRE DE TRANSPORT MARITIME")
        if waybill
        else tr(lg, "BILL OF LADING", "KONNOSSEMENT", "CONNAISSEMENT")
    )
    original = not waybill and rng.random() < 0.5
    mark = (
        (
            "ORIGINAL"
            if original
            else tr(lg, "COPY - NOT NEGOTIABLE", "KOPIE - NICHT BEGEBBAR", "COPIE NON NÉGOCIABLE")
        )
        if not waybill
        else tr(lg, "NON-NEGOTIABLE", "NICHT BEGEBBAR", "NON NÉGOCIABLE")
    )
    n_box = rng.choice([1, 1, 1, 2, 3, 6, 14])
    boxes = [c.box] + [
        f"{rng.choice(BOXES)}{rng.randint(1000000, 9999999)}" for _ in range(n_box - 1)
    ]
    loads = [(c.packages, c.gross, c.cbm)]
    if n_box > 1:
        loads = [
            (rng.randint(8, 40), float(rng.randint(6000, 24000)), rng.uniform(20, 67))
            for _ in boxes
        ]
    tot_pk = sum(x[0] for x in loads)
    tot_kg = sum(x[1] for x in loads)
    tot_m3 = sum(x[2] for x in loads)
    p = Page(A4)
    half = (w - 2 * m) / 2
    y = m - 4.0
    boxed(
        p,
        s,
        m,
        y,
        half,
        66,
        tr(lg, "Shipper", "Ablader", "Chargeur"),
        [c.shipper[0], c.shipper[1], c.shipper[2]],
        "Courier",
        8.5,
    )
    p.rect(m + half, y, half, 66)
    p.text(m + half + 8, y + 16, fit(h.name, h.bold, 10, half - 16), h.bold, 10)
    p.text(m + half + 8, y + 28, fit(f"{h.street}, {h.town}", s.font, 6.5, half - 16), s.font, 6.5)
    p.text(
        m + half + 8,
        y + 48,
        title,
        "Helvetica-Bold",
        shrink(title, "Helvetica-Bold", 13, half - 16),
    )
    p.text(m + half + 8, y + 60, f"{tr(lg, 'No.', 'Nr.', 'N°')} {c.bl}", "Courier-Bold", 9)
    y += 66
    boxed(
        p,
        s,
        m,
        y,
        half,
        66,
        tr(lg, "Consignee", "Empfänger", "Destinataire"),
        c.consignee
        if waybill or rng.random() < 0.6
        else [tr(lg, "TO ORDER", "AN ORDER", "À ORDRE")],
        "Courier",
        8.5,
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        66,
        tr(
            lg,
            "Forwarding agent - references",
            "Spediteur - Referenzen",
            "Transitaire - références",
        ),
        [office_head().name, f"Ref. {c.ref}", f"Booking {serial(rng, '999999999')}"],
        "Courier",
        8,
    )
    y += 66
    boxed(
        p,
        s,
        m,
        y,
        half,
        56,
        tr(lg, "Notify party", "Meldeadresse", "Adresse de notification"),
        [tr(lg, "SAME AS CONSIGNEE", "WIE EMPFÄNGER", "IDEM DESTINATAIRE")]
        if rng.random() < 0.5
        else office_lines(),
        "Courier",
        8,
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        56,
        tr(lg, "Place of receipt", "Übernahmeort", "Lieu de prise en charge"),
        [rng.choice([c.pol, c.shipper[2], "CY " + c.pol])],
        "Courier",
        8.5,
    )
    y += 56
    q = half / 2
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Vessel", "Schiff", "Navire"), c.vessel),
            (tr(lg, "Voyage", "Reise", "Voyage"), c.voyage),
            (tr(lg, "Port of loading", "Ladehafen", "Port de chargement"), c.pol),
            (tr(lg, "Port of discharge", "Löschhafen", "Port de déchargement"), c.pod),
        ]
    ):
        boxed(p, s, m + k * q, y, q, 28, cap, [val], "Courier", 8.5)
    y += 28
    p.rect(m, y, w - 2 * m, 14, fill=0.85)
    cols = columns(
        m, w - m, [(1.6, "left"), (1.2, "left"), (3.4, "left"), (1.0, "right"), (0.8, "right")]
    )
    for cc, t in zip(
        cols,
        [
            tr(
                lg, "Container / seal / marks", "Container / Siegel / Zeichen", "Conteneur / scellé"
            ),
            tr(lg, "No. of pkgs", "Anzahl", "Nbre colis"),
            tr(
                lg,
                "Description of goods (said to contain)",
                "Warenbeschreibung (angeblich)",
                "Désignation (dit contenir)",
            ),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            "m3",
        ],
        strict=True,
    ):
        p.text(
            cc[0] if cc[2] == "left" else cc[1],
            y + 10,
            fit(t, s.bold, 6.5, cc[1] - cc[0]),
            s.bold,
            6.5,
            "left" if cc[2] == "left" else "right",
        )
    y += 24
    top = y
    shown = boxes if n_box <= 3 else boxes[:2]
    for b in shown:
        p.text(cols[0][0], y, f"{b} / {c.size}", "Courier", 8)
        p.text(cols[0][0], y + 10, f"SEAL {c.seal}", "Courier", 7.5)
        y += 24
    if n_box > 3:
        p.text(
            cols[0][0],
            y,
            tr(
                lg,
                f"+ {n_box - 2} CONTAINERS",
                f"+ {n_box - 2} CONTAINER",
                f"+ {n_box - 2} CONTENEURS",
            ),
            "Courier",
            8,
        )
        p.text(
            cols[0][0],
            y + 10,
            tr(lg, "AS PER ATTACHED RIDER", "SIEHE ANLAGE", "VOIR ANNEXE"),
            "Courier",
            8,
        )
    yy = top
    p.text(
        cols[1][0],
        yy,
        pkgs_text(c, lg) if n_box == 1 else f"{tot_pk} {tr(lg, 'PACKAGES', 'KOLLI', 'COLIS')}",
        "Courier",
        8,
    )
    p.text(
        cols[2][0],
        yy,
        tr(
            lg,
            "SHIPPER'S LOAD, STOW AND COUNT",
            "VOM ABLADER GELADEN UND GEZÄHLT",
            "CHARGÉ ET COMPTÉ PAR LE CHARGEUR",
        ),
        "Courier",
        7.5,
    )
    yy += 12
    for ln in c.lines:
        for t in wrap(
            goods_name(GOODS[ln.goods], lg).upper(), "Courier", 8, cols[2][1] - cols[2][0]
        ):
            p.text(cols[2][0], yy, t, "Courier", 8)
            yy += 10
        p.text(cols[2][0], yy, f"HS {GOODS[ln.goods][3]}", "Courier", 8)
        yy += 12
    if c.dg >= 0:
        un = DANGEROUS[c.dg]
        p.text(
            cols[2][0],
            yy,
            fit(f"{un[0]} {un[1]} CL {un[4]}", "Courier-Bold", 8, cols[2][1] - cols[2][0]),
            "Courier-Bold",
            8,
        )
        yy += 12
    p.text(
        cols[2][0],
        yy + 4,
        f"{tr(lg, 'FREIGHT', 'FRACHT', 'FRET')} "
        + rng.choice(
            [
                tr(lg, "PREPAID", "VORAUSBEZAHLT", "PAYÉ"),
                tr(lg, "COLLECT", "ZAHLBAR AM BESTIMMUNGSORT", "PAYABLE À DESTINATION"),
            ]
        ),
        "Courier",
        8,
    )
    p.text(cols[3][1], top, money(tot_kg, lg), "Courier", 8, "right")
    p.text(cols[4][1], top, f"{tot_m3:.2f}", "Courier", 8, "right")
    gbottom = hh - m - 150
    p.rect(m, top - 10, w - 2 * m, gbottom - top + 10)
    y = gbottom
    for k, (cap, val) in enumerate(
        [
            (
                tr(lg, "Freight payable at", "Fracht zahlbar in", "Fret payable à"),
                rng.choice([c.pol, c.pod]),
            ),
            (
                tr(lg, "Number of original B/L", "Anzahl Originale", "Nombre d'originaux"),
                "0 (ZERO)" if waybill else rng.choice(["3 (THREE)", "3/3", "1 (ONE)"]),
            ),
            (
                tr(
                    lg,
                    "Place and date of issue",
                    "Ort und Datum der Ausstellung",
                    "Lieu et date d'émission",
                ),
                f"{c.pol}, {short(d, lg)}",
            ),
            (tr(lg, "Shipped on board", "An Bord verladen", "Embarqué le"), short(d, lg)),
        ]
    ):
        boxed(p, s, m + k * q, y, q, 30, cap, [val], "Courier", 8)
    y += 30
    body = tr(
        lg,
        "RECEIVED by the Carrier from the Shipper in apparent good order and condition unless "
        "otherwise "
        "noted herein the total number of containers or packages said to contain the goods, for "
        "carriage "
        "subject to all the terms and conditions hereof from the Place of Receipt or the Port of "
        "Loading to "
        "the Port of Discharge or the Place of Delivery.",
        "EMPFANGEN vom Verfrachter in äußerlich guter Verfassung und Beschaffenheit, soweit nicht "
        "anders "
        "vermerkt, die oben genannte Anzahl Container oder Packstücke, angeblich enthaltend die "
        "Güter, zur "
        "Beförderung nach Maßgabe sämtlicher Bedingungen dieses Konnossements.",
        "REÇU par le transporteur du chargeur en bon état apparent, sauf mention contraire, le "
        "nombre de "
        "conteneurs ou de colis indiqué ci-dessus, dits contenir les marchandises, pour être "
        "transportés aux "
        "conditions du présent connaissement.",
    )
    yy = y + 10
    for t in wrap(body, s.font, 6, half * 1.15):
        p.text(m, yy, t, s.font, 6)
        yy += 7.4
    p.text(
        w - m,
        y + 60,
        tr(
            lg,
            f"Signed as agent for {h.name.split(' (')[0]}, the Carrier",
            "Gezeichnet als Agent für den Verfrachter",
            "Signé en qualité d'agent du transporteur",
        ),
        s.font,
        6.5,
        "right",
    )
    sign(p, w - m - 150, y + 90, staff(h, "docs"))
    pages = [p]
    copy_mark(p, mark)
    if n_box > 3:
        r = Page(A4)
        r.text(
            m,
            m,
            tr(lg, "RIDER / ATTACHED SHEET", "ANLAGE ZUM KONNOSSEMENT", "ANNEXE AU CONNAISSEMENT")
            + f" - {c.bl}",
            "Helvetica-Bold",
            10,
        )
        r.text(m, m + 14, f"{c.vessel} {c.voyage} - {c.pol} / {c.pod}", s.font, 8)
        rows = [
            [
                b,
                c.size,
                serial(rng, "AA999999"),
                str(pk),
                money(kg_, lg),
                f"{m3:.2f}",
            ]
            for b, (pk, kg_, m3) in zip(boxes, loads, strict=True)
        ]
        fl = Flow(A4, hh - m, lambda pg, n: m + 36 if n == 1 else m)
        fl.page = r
        fl.pages = [r]
        fl.y = m + 36
        table(
            fl,
            columns(
                m,
                w - m,
                [
                    (2, "left"),
                    (1, "left"),
                    (1.4, "left"),
                    (0.8, "right"),
                    (1.2, "right"),
                    (0.8, "right"),
                ],
            ),
            [
                tr(lg, "Container", "Container", "Conteneur"),
                tr(lg, "Type", "Typ", "Type"),
                tr(lg, "Seal", "Siegel", "Scellé"),
                tr(lg, "Pkgs", "Kolli", "Colis"),
                tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
                "m3",
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
        pages += fl.pages
    if original and rng.random() < 0.75:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "TERMS AND CONDITIONS OF CARRIAGE (continued from front)",
                    "BEFÖRDERUNGSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE TRANSPORT",
                ),
                BL_TERMS[lg],
                cols=3,
            )
        )
    remember(c, d)
    return pages


def tpl_arrival_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipping line's arrival notice to the office as notify party (Ankunftsmeldung, avis
    d'arrivée): vessel and ETA, the containers, free time, the charges to pay before release;
    now and then a second page with the local charges tariff."""
    h = head_of(who, "line", home())
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    c = sea_cons(rng, ("bill_of_lading",), lambda x: not x.export)
    eta = c.sailed + timedelta(days=rng.randint(3, 30))
    d = eta - timedelta(days=rng.randint(2, 5))
    title = tr(lg, "ARRIVAL NOTICE", "ANKUNFTSMELDUNG", "AVIS D'ARRIVÉE")
    f = sheets(s, h, f"{title} - B/L {c.bl}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [("B/L", c.bl), (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), c.ref)],
    )
    caption(f, s, f"{title} - {c.vessel} {c.voyage}", 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Port of loading", "Ladehafen", "Port de chargement"), c.pol),
            (tr(lg, "Port of discharge", "Löschhafen", "Port de déchargement"), c.pod),
            (tr(lg, "ETA", "Voraussichtliche Ankunft", "ETA"), day(h, eta)),
            (tr(lg, "Terminal", "Terminal", "Terminal"), head_of(who, "terminal").name),
            (tr(lg, "Shipper", "Ablader", "Chargeur"), c.shipper[0]),
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), c.consignee[0]),
            (
                tr(lg, "Free time", "Freie Zeit", "Franchise"),
                tr(
                    lg,
                    f"{rng.choice([4, 5, 7])} days",
                    f"{rng.choice([4, 5, 7])} Tage",
                    f"{rng.choice([4, 5, 7])} jours",
                ),
            ),
            (tr(lg, "Customs status", "Zollstatus", "Statut douanier"), rng.choice(["T1", "C"])),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    table(
        f,
        columns(m, w - m, [(1.6, "left"), (0.9, "left"), (3.2, "left"), (1.1, "right")]),
        [
            tr(lg, "Container", "Container", "Conteneur"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Goods", "Ware", "Marchandise"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
        ],
        [[c.box, c.size, goods_text(c, lg), money(c.gross, lg)]],
        s,
        rules=True,
    )
    f.y += 8
    charges = [
        (
            tr(
                lg,
                "Terminal handling charge (THC)",
                "Terminal Handling Charge (THC)",
                "Frais de manutention (THC)",
            ),
            rng.choice([185, 215, 240, 265]),
        ),
        (
            tr(lg, "Delivery order fee", "Freistellungsgebühr", "Frais de BAD"),
            rng.choice([35, 45, 55]),
        ),
        ("ISPS", rng.choice([12, 15, 18])),
        (
            tr(lg, "Documentation fee", "Dokumentationsgebühr", "Frais de documentation"),
            rng.choice([40, 50]),
        ),
    ]
    if rng.random() < 0.4:
        charges.append(
            (tr(lg, "Inland haulage", "Nachlauf LKW", "Post-acheminement"), rng.randint(350, 900))
        )
    cur = cur_of(lg)
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right")]),
        [
            tr(
                lg,
                "Charges payable before release",
                "Vor Freistellung zu zahlen",
                "Frais à régler avant mainlevée",
            ),
            cur,
        ],
        [[t, money(v, lg)] for t, v in charges],
        s,
        rules=True,
    )
    totals(f, s, lg, sum(v for _, v in charges), 20.0 if lg != "de" else 19.0, cur)
    write(
        f,
        s,
        tr(
            lg,
            "Release only against the original bill of lading or express release and payment of "
            "all "
            "charges. " + words(rng, lg),
            "Freistellung nur gegen Vorlage des Original-Konnossements bzw. "
            "Express Release und Zahlung aller Kosten. " + words(rng, lg),
            "Mainlevée uniquement contre remise du connaissement original ou télex release et "
            "règlement "
            "des frais. " + words(rng, lg),
        ),
        pt=s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Local charges and demurrage tariff",
                    "Lokale Kosten und Demurrage-Tarif",
                    "Tarif des frais locaux et surestaries",
                ),
                BL_TERMS[lg][:10],
                cols=2,
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(c, d)
    return pages


def tpl_delivery_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A delivery order / container release (Freistellung, bon à délivrer) from the shipping
    line to the terminal and haulier: container, release PIN, valid until, the haulier,
    stamp and signature; on A5 landscape or A4."""
    h = head_of(who, "line", home())
    lg = h.lang
    size = landscape(A5) if keyed(who, "do").random() < 0.6 else A4
    s = style_of(h, size, margin=32, pt=8.5)
    w, hh = size
    m = s.margin
    c = sea_cons(rng, ("arrival_notice",), lambda x: not x.export)
    d = next_day(rng, ("arrival_notice",), (1, 4))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "DELIVERY ORDER", "FREISTELLUNG / AUSLIEFERUNGSAUFTRAG", "BON À DÉLIVRER")
    p.text(m, y + 4, title, s.bold, shrink(title, s.bold, 14, w / 2))
    p.text(w - m, y + 4, f"No. {serial(rng, 'DO9999999')}", "Courier-Bold", 10, "right")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "To (terminal)", "An (Terminal)", "À (terminal)"),
                head_of(who, "terminal").name,
            ),
            ("B/L", c.bl),
            (
                tr(lg, "Vessel / voyage", "Schiff / Reise", "Navire / voyage"),
                f"{c.vessel} {c.voyage}",
            ),
            (tr(lg, "Container", "Container", "Conteneur"), f"{c.box} {c.size}"),
            (
                tr(lg, "Release PIN", "Freistellungs-PIN", "Code de mainlevée"),
                serial(rng, "99999999"),
            ),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=rng.choice([3, 5, 7])), lg),
            ),
            (tr(lg, "Release to", "Auszuliefern an", "Délivrer à"), office_head().name),
            (tr(lg, "Haulier", "Abholer", "Transporteur"), head_of(who, "haulier", home()).name),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y += 4
    for t in wrap(
        tr(
            lg,
            "Please deliver the above container(s) to the bearer against presentation of this "
            "order. "
            "Empty container to be returned to the depot named by the line.",
            "Bitte liefern Sie obige(n) Container gegen Vorlage dieses Auftrags an den Abholer "
            "aus. "
            "Leercontainer-Rückgabe an das von der Reederei benannte Depot.",
            "Veuillez délivrer le(s) conteneur(s) ci-dessus au porteur du présent bon. "
            "Restitution du conteneur vide au dépôt désigné par l'armateur.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, t, s.font, 7.5)
        y += 9.5
    stamp(
        p,
        w - m - 170,
        min(y + 4, hh - 80),
        [
            h.name.split(" (")[0].split(" GmbH")[0].split(" Ltd")[0][:24].upper(),
            tr(lg, "RELEASED", "FREIGESTELLT", "BON POUR DÉLIVRANCE"),
            short(d, lg),
        ],
    )
    sign(p, m + 20, min(y + 40, hh - 40), staff(h, "import"))
    remember(c, d)
    return close([p], s, h, numbers="none")


def tpl_freight_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shipping line's or haulier's freight invoice to the office (Frachtrechnung, facture
    de fret): references, the charges in freight currency with the exchange rate, VAT, bank
    details; a monthly one lists its consignments on a shipment schedule, now and then on
    landscape pages, which belong to it."""
    road = rng.random() < 0.35 and LAST["kind"] != "bill_of_lading"
    h = head_of(who, "haulier" if road else "line")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    c = (
        sea_cons(rng, ("bill_of_lading",))
        if not road
        else pick(
            rng,
            ("cmr", "transport_order"),
            lambda x: x.mode == "road",
            lambda: new_cons(rng, mode="road"),
        )
    )
    d = next_day(rng, ("bill_of_lading",), (1, 10))
    no = serial(rng, rng.choice(["9999999999", "AA99-999999", "FA999999"]))
    title = tr(lg, "FREIGHT INVOICE", "FRACHTRECHNUNG", "FACTURE DE FRET")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(
            tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Comptabilité fournisseurs")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(rng, "9999999")),
            (tr(lg, "Due", "Fällig", "Échéance"), short(d + timedelta(days=30), lg)),
        ],
    )
    caption(f, s, title, 3)
    monthly = rng.random() < 0.3
    ref_items = [
        ("B/L" if not road else "CMR", c.bl if not road else serial(rng, "999999")),
        (tr(lg, "Your ref", "Ihre Referenz", "Votre réf."), c.ref),
    ]
    if not road:
        ref_items += [
            (tr(lg, "Vessel", "Schiff", "Navire"), f"{c.vessel} {c.voyage}"),
            (tr(lg, "Route", "Relation", "Trajet"), f"{c.pol} - {c.pod}"),
        ]
    else:
        ref_items += [
            (tr(lg, "Route", "Relation", "Trajet"), f"{c.shipper[2]} - {c.consignee[2]}"),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), c.truck),
        ]
    if not monthly:
        f.y = fields(f.page, s, m, f.y, w - 2 * m, ref_items, per=2, tall=22, hand=False)
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Consolidated invoice for {MONTHS_EN[d.month - 1]} {d.year} as per attached "
                "schedule.",
                f"Sammelrechnung {d.month:02d}/{d.year} gemäß beigefügter Aufstellung.",
                f"Facture récapitulative {d.month:02d}/{d.year} selon relevé joint.",
            ),
        )
    cur = "USD" if not road and rng.random() < 0.5 else cur_of(lg)
    lines: list[tuple[str, float]]
    if road:
        lines = [
            (tr(lg, "Freight charge", "Frachtkosten", "Prix du transport"), rng.randint(600, 2400)),
            (tr(lg, "Fuel surcharge", "Dieselzuschlag", "Surcharge gazole"), rng.randint(40, 240)),
            (tr(lg, "Waiting time", "Standzeit", "Temps d'attente"), rng.choice([0, 0, 45, 90])),
            (tr(lg, "Tolls", "Maut", "Péages"), rng.randint(30, 260)),
        ]
    else:
        lines = [
            (tr(lg, "Ocean freight", "Seefracht", "Fret maritime"), rng.randint(900, 4800)),
            ("BAF", rng.randint(120, 650)),
            ("CAF", rng.choice([0, 0, 45, 80])),
            (tr(lg, "THC origin", "THC Abgangshafen", "THC départ"), rng.randint(150, 280)),
            (tr(lg, "Documentation fee", "B/L-Gebühr", "Frais de BL"), rng.choice([45, 55, 65])),
            ("ISPS", rng.choice([12, 15, 18])),
            (
                tr(lg, "Low sulphur surcharge", "LSS-Zuschlag", "Surcharge LSS"),
                rng.randint(40, 180),
            ),
        ]
    lines = [x for x in lines if x[1]]
    qty = {t: rng.randint(4, 12) if monthly else 1 for t, _ in lines}
    lines = [(t, v * qty[t]) for t, v in lines]
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (0.8, "right"), (1.2, "right"), (1.2, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "Prix"),
            f"{tr(lg, 'Amount', 'Betrag', 'Montant')} {cur}",
        ],
        [[t, str(qty[t]), money(v / qty[t], lg), money(v, lg)] for t, v in lines],
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    net = float(sum(v for _, v in lines))
    if cur == "USD":
        rate = round(rng.uniform(0.78, 0.95), 4)
        f.need(20)
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Exchange rate USD 1 = {cur_of(lg)} {rate}",
                f"Umrechnungskurs 1 USD = {money(rate, lg)} EUR",
                f"Taux de change 1 USD = {money(rate, lg)} EUR",
            ),
            s.font,
            8,
        )
        f.y += 14
    zero = not road
    totals(
        f,
        s,
        lg,
        net,
        0.0 if zero else {"en": 20.0, "de": 19.0, "fr": 20.0}[lg],
        cur,
        label=tr(
            lg,
            "VAT 0% (international transport)",
            "USt. 0 % (grenzüberschreitende Beförderung, § 4 Nr. 3 UStG)",
            "TVA 0 % (transport international, art. 262 II du CGI)",
        )
        if zero
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 30 days to the account shown below. " + words(rng, lg),
            "Zahlbar innerhalb von 30 Tagen ohne Abzug auf das unten genannte Konto.",
            "Paiement à 30 jours sur le compte ci-dessous. Pénalités de retard au taux légal.",
        ),
        pt=8,
    )
    if monthly:
        rows = []
        for _ in range(rng.randint(12, 55)):
            cc = rng.choice(CONS) if CONS and rng.random() < 0.3 else None
            rows.append(
                [
                    month() + timedelta(days=rng.randint(-25, 5)),
                    cc.bl if cc else serial(rng, "AAAA99999999"),
                    cc.ref if cc else a_ref(rng),
                    rng.choice(["20' DV", "40' HC", "40' DV"])
                    if not road
                    else rng.choice(["FTL", "LTL 6 pal", "LTL 12 pal"]),
                    money(rng.randint(300, 5200), lg),
                ]
            )
        rows.sort(key=lambda r: r[0])
        for r in rows:
            r[0] = short(r[0], lg)
        land = rng.random() < 0.4
        s2 = style_of(h, landscape(A4) if land else A4, margin=40 if land else 0)
        g = sheets(
            s2,
            h,
            f"{title} {no} - "
            + tr(lg, "shipment schedule", "Sendungsaufstellung", "relevé des envois"),
        )
        g.new_page()
        g.pages.pop(0)
        w2 = s2.page_size[0]
        caption(g, s2, tr(lg, "Shipment schedule", "Sendungsaufstellung", "Relevé des envois"), 1)
        table(
            g,
            columns(
                s2.margin,
                w2 - s2.margin,
                [(1, "left"), (1.6, "left"), (1.6, "left"), (1, "left"), (1, "right")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                "B/L / CMR",
                tr(lg, "Your ref", "Ihre Ref.", "Votre réf."),
                tr(lg, "Equipment", "Equipment", "Matériel"),
                cur,
            ],
            rows,
            s2,
            rules=True,
        )
        pages = close(f.pages + g.pages, s, h)
    else:
        pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.45)
    remember(c, d)
    return pages


MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def tpl_terminal_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A container terminal's invoice for terminal handling, storage and inspection moves of
    one container: short, one page, the container and moves in a table; batches come several
    at once."""
    h = head_of(who, "terminal")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    c = sea_cons(rng, ("arrival_notice", "delivery_order"))
    d = c.sailed + timedelta(days=rng.randint(-5, 30))
    no = serial(rng, "99999999")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Debitor", "Compte"), serial(seeded_office(h), "99999")),
        ],
    )
    caption(
        f,
        s,
        f"{title} - {tr(lg, 'Terminal services', 'Terminalleistungen', 'Prestations terminal')}",
        2,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Container", "Container", "Conteneur"), f"{c.box} ({c.size})"),
                (
                    tr(lg, "Vessel / voyage", "Schiff / Reise", "Navire / voyage"),
                    f"{c.vessel} / {c.voyage}",
                ),
                ("B/L", c.bl),
                (
                    tr(lg, "Gate in / out", "Gate-in / Gate-out", "Entrée / sortie"),
                    f"{short(d - timedelta(days=rng.randint(2, 9)), lg)} / {short(d, lg)}",
                ),
            ],
            w * 0.65,
        )
        + 8
    )
    moves = [
        (
            tr(lg, "Import discharge THC", "THC Import Löschung", "THC débarquement"),
            1,
            rng.choice([165, 190, 225]),
        )
    ]
    days = rng.choice([0, 0, 2, 4, 9])
    if days:
        moves.append(
            (
                tr(
                    lg,
                    "Storage beyond free time (days)",
                    "Lagergeld nach freier Zeit (Tage)",
                    "Magasinage au-delà de la franchise (jours)",
                ),
                days,
                rng.choice([18, 25, 32]),
            )
        )
    if rng.random() < 0.35:
        moves.append(
            (
                tr(lg, "Customs inspection move", "Zollbeschau-Umfuhr", "Mouvement visite douane"),
                1,
                rng.choice([95, 140]),
            )
        )
    if rng.random() < 0.2:
        moves.append((tr(lg, "X-ray scanning", "Röntgenprüfung", "Passage scanner"), 1, 120))
    if "40" in c.size and rng.random() < 0.3:
        moves.append(
            (
                tr(lg, "Reefer plug-in (days)", "Kühlstrom (Tage)", "Branchement reefer (jours)"),
                rng.randint(1, 5),
                35,
            )
        )
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, str(q), money(r, lg), money(q * r, lg)] for t, q, r in moves],
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        float(sum(q * r for _, q, r in moves)),
        {"en": 20.0, "de": 19.0, "fr": 20.0}[lg],
        cur_of(lg),
    )
    f.page.text(
        m,
        f.y + 6,
        fit(
            tr(
                lg,
                "Payment by direct debit on the due date.",
                "Der Betrag wird per SEPA-Lastschrift eingezogen.",
                "Prélèvement SEPA à l'échéance.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    remember(c, d)
    return close(f.pages, s, h, numbers="none")


def seeded_office(h: Head) -> random.Random:
    return random.Random(zlib.crc32(f"bin/acct/{h.name}/{OFFICE['seed']}".encode()))


# ---------------------------------------------------------------------------------------------
# Templates TT: hauliers and the office's transport orders
# ---------------------------------------------------------------------------------------------

CMR_COPY = [
    ("1", "Exemplar für den Absender", "Exemplaire de l'expéditeur", "Copy for sender"),
    ("2", "Exemplar für den Empfänger", "Exemplaire du destinataire", "Copy for consignee"),
    ("3", "Exemplar für den Frachtführer", "Exemplaire du transporteur", "Copy for carrier"),
]


def road_cons(rng: random.Random, after: tuple[str, ...]) -> Cons:
    return pick(
        rng, after, lambda c: c.mode == "road", lambda: new_cons(rng, mode="road"), fresh=0.4
    )


def tpl_cmr(rng: random.Random, who: Issuer) -> list[Page]:
    """A CMR international consignment note (Internationaler Frachtbrief, lettre de voiture
    internationale) on the standard form: boxes 1-24 captioned in the haulier's language and
    English, the entries typed or by hand, the copy number, the signatures and the consignee's
    stamp and remarks on delivery."""
    h = head_of(who, "haulier")
    lg = h.lang
    s = style_of(h, A4, margin=26, pt=7.5)
    w, hh = A4
    m = s.margin
    c = road_cons(rng, ("transport_order", "forwarding_instruction"))
    d = next_day(rng, ("transport_order",), (0, 2))
    font = HAND if rng.random() < 0.45 else "Courier"
    pt = 8.5

    def cap(en: str, de: str, fr: str) -> str:
        own = tr(lg, en, de, fr)
        return own if lg == "en" else f"{own} / {en}"

    p = Page(A4)
    copy = rng.choice(CMR_COPY)
    top = m
    p.text(m, top, copy[0], "Helvetica-Bold", 16)
    p.text(m + 16, top, fit(tr(lg, copy[3], copy[1], copy[2]), s.font, 7, 200), s.font, 7)
    half = (w - 2 * m) / 2
    y = top + 8
    boxed(
        p,
        s,
        m,
        y,
        half,
        58,
        cap(
            "Sender (name, address, country)",
            "Absender (Name, Anschrift, Land)",
            "Expéditeur (nom, adresse, pays)",
        ),
        [c.shipper[0], c.shipper[1], c.shipper[2], COUNTRY[c.s_lang][0]],
        font,
        pt,
        "1",
    )
    p.rect(m + half, y, half, 58)
    p.text(m + half + 8, y + 18, "CMR", "Helvetica-Bold", 22)
    p.text(
        m + half + 70,
        y + 12,
        fit(
            tr(
                lg,
                "INTERNATIONAL CONSIGNMENT NOTE",
                "INTERNATIONALER FRACHTBRIEF",
                "LETTRE DE VOITURE INTERNATIONALE",
            ),
            "Helvetica-Bold",
            8,
            half - 78,
        ),
        "Helvetica-Bold",
        8,
    )
    for k, t in enumerate(
        wrap(
            tr(
                lg,
                "This carriage is subject, notwithstanding any clause to the contrary, to the "
                "Convention on the Contract for the International Carriage of Goods by Road (CMR).",
                "Diese Beförderung unterliegt trotz einer gegenteiligen Abmachung den Bestimmungen "
                "des Übereinkommens über den Beförderungsvertrag im internationalen "
                "Straßengüterverkehr (CMR).",
                "Ce transport est soumis, nonobstant toute clause contraire, à la Convention "
                "relative au "
                "contrat de transport international de marchandises par route (CMR).",
            ),
            s.font,
            5.5,
            half - 78,
        )
    ):
        p.text(m + half + 70, y + 22 + 6.5 * k, t, s.font, 5.5)
    p.text(m + half + 8, y + 50, f"No. {serial(rng, '9999999')}", "Courier-Bold", 9)
    y += 58
    boxed(
        p,
        s,
        m,
        y,
        half,
        52,
        cap(
            "Consignee (name, address, country)",
            "Empfänger (Name, Anschrift, Land)",
            "Destinataire (nom, adresse, pays)",
        ),
        c.consignee[:4],
        font,
        pt,
        "2",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        52,
        cap(
            "Carrier (name, address, country)",
            "Frachtführer (Name, Anschrift, Land)",
            "Transporteur (nom, adresse, pays)",
        ),
        [h.name, h.street, h.town],
        "Courier",
        pt,
        "16",
    )
    y += 52
    boxed(
        p,
        s,
        m,
        y,
        half,
        36,
        cap(
            "Place of delivery of the goods",
            "Auslieferungsort des Gutes",
            "Lieu prévu pour la livraison",
        ),
        [c.consignee[2]],
        font,
        pt,
        "3",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        36,
        cap("Successive carriers", "Nachfolgende Frachtführer", "Transporteurs successifs"),
        [],
        font,
        pt,
        "17",
    )
    y += 36
    boxed(
        p,
        s,
        m,
        y,
        half,
        36,
        cap(
            "Place and date of taking over the goods",
            "Ort und Tag der Übernahme des Gutes",
            "Lieu et date de la prise en charge",
        ),
        [f"{c.shipper[2]}, {short(d, c.s_lang)}"],
        font,
        pt,
        "4",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        36,
        cap(
            "Carrier's reservations and observations",
            "Vorbehalte und Bemerkungen der Frachtführer",
            "Réserves et observations du transporteur",
        ),
        [
            rng.choice(
                [
                    "",
                    "",
                    tr(
                        lg, "said to contain", "unter Vorbehalt gezählt", "sans contrôle du contenu"
                    ),
                ]
            )
        ],
        font,
        pt,
        "18",
    )
    y += 36
    boxed(
        p,
        s,
        m,
        y,
        half,
        30,
        cap("Documents attached", "Beigefügte Dokumente", "Documents annexés"),
        [
            f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {c.invoice}, "
            + tr(lg, "packing list", "Packliste", "liste de colisage")
        ],
        font,
        pt,
        "5",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        30,
        cap("Special agreements", "Besondere Vereinbarungen", "Conventions particulières"),
        [],
        font,
        pt,
        "19",
    )
    y += 30
    p.rect(m, y, w - 2 * m, 12, fill=0.9)
    gcols = [
        (m, "6", cap("Marks and Nos", "Kennzeichen und Nummern", "Marques et numéros")),
        (m + 90, "7", cap("Number of packages", "Anzahl der Packstücke", "Nombre des colis")),
        (m + 160, "8", cap("Method of packing", "Art der Verpackung", "Mode d'emballage")),
        (
            m + 240,
            "9",
            cap("Nature of the goods", "Bezeichnung des Gutes", "Nature de la marchandise"),
        ),
        (m + 390, "10", cap("Statistical No.", "Statistiknummer", "N° statistique")),
        (m + 450, "11", cap("Gross weight kg", "Bruttogewicht kg", "Poids brut kg")),
        (w - m - 40, "12", cap("Volume m3", "Umfang m3", "Cubage m3")),
    ]
    for k, (x, n, t) in enumerate(gcols):
        nxt = gcols[k + 1][0] if k + 1 < len(gcols) else w - m
        p.text(x + 2, y + 8, fit(f"{n} {t}", s.font, 5, nxt - x - 3), s.font, 5)
        if k:
            p.line(x, y, x, y + 150)
    y += 22
    top_g = y - 22
    for ln in c.lines:
        g = GOODS[ln.goods]
        p.text(m + 3, y, fit(marks(c)[0], font, pt, 84), font, pt)
        p.text(m + 95, y, str(ln.packages), font, pt)
        p.text(m + 163, y, fit(pkg_kind(lg, ln.kind, ln.packages), font, pt, 74), font, pt)
        p.text(m + 243, y, fit(goods_name(g, lg), font, pt, 144), font, pt)
        p.text(m + 393, y, g[3].replace(" ", "")[:8], font, pt)
        p.text(w - m - 44, y, money(round(ln.qty * g[5] * 1.08), lg), font, pt, "right")
        y += 14
    if c.dg >= 0:
        un = DANGEROUS[c.dg]
        p.text(
            m + 243,
            y,
            fit(f"{un[0]} {un[1]}, {un[4]}, {un[5]}, (E)", font, pt - 1, 240),
            font,
            pt - 1,
        )
        y += 14
    p.rect(m, top_g, w - 2 * m, 150)
    y = top_g + 150
    boxed(
        p,
        s,
        m,
        y,
        half,
        40,
        cap("Sender's instructions", "Anweisungen des Absenders", "Instructions de l'expéditeur"),
        [
            tr(lg, "Customs: ", "Zoll: ", "Douane: ")
            + (c.mrn[:18] if rng.random() < 0.6 else office_head().name)
        ],
        font,
        pt,
        "13",
    )
    p.rect(m + half, y, half, 40)
    p.text(
        m + half + 3,
        y + 7,
        fit(f"20  {cap('To be paid by', 'Zu zahlen vom', 'À payer par')}", s.font, 5.8, half - 6),
        s.font,
        5.8,
    )
    ticks(
        p,
        s,
        m + half + 8,
        y + 22,
        half - 16,
        [
            tr(lg, "Sender", "Absender", "Expéditeur"),
            tr(lg, "Consignee", "Empfänger", "Destinataire"),
        ],
        {0 if c.incoterm in ("CPT", "CIF", "DAP", "DDP") else 1},
        7,
    )
    y += 40
    boxed(
        p,
        s,
        m,
        y,
        half,
        30,
        cap(
            "Instructions as to payment for carriage",
            "Frachtzahlungsanweisungen",
            "Prescriptions d'affranchissement",
        ),
        [rng.choice(["Franco", "Unfrei", "Frei Haus", "Port payé", "Carriage paid"])],
        font,
        pt,
        "14",
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        30,
        cap("Cash on delivery", "Rückerstattung", "Remboursement"),
        [],
        font,
        pt,
        "15",
    )
    y += 30
    boxed(
        p,
        s,
        m,
        y,
        w - 2 * m,
        26,
        cap("Established in / on", "Ausgefertigt in / am", "Établie à / le"),
        [f"{c.shipper[2]}   {short(d, lg)}"],
        font,
        pt,
        "21",
    )
    y += 26
    bw = (w - 2 * m) / 3
    bh = hh - m - y
    for k, (n, t) in enumerate(
        [
            (
                "22",
                cap(
                    "Signature and stamp of the sender",
                    "Unterschrift und Stempel des Absenders",
                    "Signature et timbre de l'expéditeur",
                ),
            ),
            (
                "23",
                cap(
                    "Signature and stamp of the carrier",
                    "Unterschrift und Stempel des Frachtführers",
                    "Signature et timbre du transporteur",
                ),
            ),
            (
                "24",
                cap(
                    "Goods received - signature and stamp of the consignee",
                    "Gut empfangen - Unterschrift und Stempel des Empfängers",
                    "Marchandises reçues - signature et timbre du destinataire",
                ),
            ),
        ]
    ):
        boxed(p, s, m + k * bw, y, bw, bh, t, [], num=n)
    sign(p, m + 12, y + bh - 16, person(rng, c.s_lang))
    sign(p, m + bw + 12, y + bh - 16, person(rng, lg))
    p.text(m + bw + 12, y + 30, c.truck + " / " + c.trailer, font, pt)
    if rng.random() < 0.6:
        sign(p, m + 2 * bw + 12, y + bh - 14, person(rng, c.c_lang or "en"))
        p.text(
            m + 2 * bw + 8,
            y + 26,
            f"{short(d + timedelta(days=rng.randint(1, 3)), lg)} "
            f"{rng.randint(6, 17)}:{rng.randint(0, 59):02d}",
            HAND,
            8.5,
        )
        if rng.random() < 0.3:
            hand(
                p,
                m + 2 * bw + 8,
                y + 40,
                rng.choice(
                    [
                        "1 Pal. beschädigt",
                        "2 cartons écrasés",
                        "1 pallet damaged - unter Vorbehalt",
                        "Folie beschädigt",
                        "sous réserve de déballage",
                    ]
                ),
                8,
                bw - 14,
            )
    if rng.random() < 0.3:
        p.text(
            w - m - 6,
            top,
            fit(tr(lg, "Copy", "Kopie", "Copie"), "Helvetica-Bold", 12, 60),
            "Helvetica-Bold",
            12,
            "right",
        )
    remember(c, d)
    return [p]


def tpl_delivery_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A driver's delivery receipt / proof of delivery (Abliefernachweis, récépissé de
    livraison) printed from the haulier's system on a narrow slip or A5: consignment, packages,
    the receiver's name, signature, time and remarks by hand; a driver hands in several at
    once."""
    h = head_of(who, "haulier")
    lg = h.lang
    slip = keyed(who, "pod").random() < 0.55
    size = SLIP if slip else A5
    s = style_of(h, size, margin=14 if slip else 30, pt=7.5 if slip else 8.5)
    w, hh = size
    m = s.margin
    c = pick(
        rng,
        ("cmr", "transport_order"),
        lambda x: bool(x.c_lang),
        lambda: new_cons(rng, mode="road"),
        fresh=0.5,
    )
    d = next_day(rng, ("cmr",), (1, 3))
    p = Page(size)
    y = m + 6.0
    if slip:
        p.text(w / 2, y, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9, "center")
        y += 10
        p.text(w / 2, y, fit(h.town, s.font, 7, w - 2 * m), s.font, 7, "center")
        y += 8
        p.line(m, y, w - m, y)
        y += 14
    else:
        y = heading(p, s, h)
    title = tr(lg, "PROOF OF DELIVERY", "ABLIEFERNACHWEIS", "RÉCÉPISSÉ DE LIVRAISON")
    p.text(
        m if not slip else w / 2,
        y,
        title,
        s.bold,
        shrink(title, s.bold, 11, w - 2 * m),
        "left" if not slip else "center",
    )
    y += 16
    no = serial(rng, "99999999")
    items = [
        (tr(lg, "Consignment", "Sendung", "Envoi"), no),
        (tr(lg, "Your ref", "Auftraggeber-Ref.", "Réf. donneur d'ordre"), c.ref),
        (tr(lg, "Consignee", "Empfänger", "Destinataire"), c.consignee[0]),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.consignee[1]}, {c.consignee[2]}"),
        (tr(lg, "Packages", "Packstücke", "Colis"), pkgs_text(c, lg)),
        (tr(lg, "Weight", "Gewicht", "Poids"), kg(c.gross, lg)),
        (
            tr(lg, "Tour / driver", "Tour / Fahrer", "Tournée / chauffeur"),
            f"{rng.randint(100, 999)} / {person(rng, lg).split()[0]}",
        ),
    ]
    if slip:
        for a, b in items:
            p.text(m, y, a, s.font, 6.5)
            y += 8
            p.text(m + 4, y, fit(b, "Courier", 8, w - 2 * m - 4), "Courier", 8)
            y += 12
        p.barcode("code128", no, m, y + 4)
        y += 100
    else:
        y = pairs(p, s, m, y, items, w - m) + 4
        bx = w - m - bar_width("code128", no)
        p.barcode("code128", no, max(m, bx), y)
        y += 86
    p.text(
        m,
        y,
        tr(
            lg,
            "Received in good order and condition",
            "Ware in einwandfreiem Zustand erhalten",
            "Reçu en bon état",
        ),
        s.font,
        7,
    )
    y += 12
    yes = rng.random() < 0.75
    ticks(p, s, m, y, w - 2 * m, yes_no(lg), {0 if yes else 1}, 7)
    y += 14
    if not yes:
        hand(
            p,
            m + 2,
            y + 4,
            rng.choice(
                [
                    "1 pallet wrap torn",
                    "2 Kartons eingedrückt",
                    "carton mouillé",
                    "1 colis manquant",
                    "Palette umgekippt",
                ]
            ),
            9,
            w - 2 * m,
        )
    y += 20
    lines = [
        (
            tr(lg, "Name (capitals)", "Name in Druckbuchstaben", "Nom en capitales"),
            person(rng, c.c_lang or lg).upper(),
        ),
        (
            tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
            f"{short(d, lg)}  {rng.randint(6, 17)}:{rng.randint(0, 59):02d}",
        ),
        (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
    ]
    for a, b in lines:
        p.text(m, y, a, s.font, 6.5)
        y += 14
        if b:
            hand(p, m + 4, y - 2, b, 9, w - 2 * m - 4)
        else:
            sign(p, m + 8, y, person(rng, c.c_lang or lg))
        p.line(m, y + 3, w - m, y + 3)
        y += 10
    if rng.random() < 0.4:
        stamp(
            p,
            m + 10,
            min(y + 6, hh - 70),
            [
                c.consignee[0][:24].upper(),
                tr(lg, "Goods inwards", "Warenannahme", "Réception"),
                short(d, lg),
            ],
        )
    remember(c, d)
    return [p]


ADSP = {
    "en": [
        "Definitions",
        "Application",
        "The Company's status",
        "Quotations",
        "Customer's obligations",
        "Dangerous goods",
        "Perishable goods",
        "Carriage and insurance",
        "Charges and payment",
        "Lien",
        "Liability and limitation",
        "Time limits for claims",
        "Jurisdiction and law",
    ],
    "de": [
        "Anwendungsbereich",
        "Pflichten des Auftraggebers",
        "Übernahme des Gutes",
        "Gefährliche Güter",
        "Verpackung und Kennzeichnung",
        "Ladefristen und Standgeld",
        "Weisungen",
        "Zollamtliche Abwicklung",
        "Vergütung",
        "Aufrechnung",
        "Pfand- und Zurückbehaltungsrecht",
        "Haftung des Spediteurs",
        "Haftungsbegrenzungen",
        "Versicherung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Prix et conditions de paiement",
        "Obligations du donneur d'ordre",
        "Chargement et déchargement",
        "Délais",
        "Marchandises dangereuses",
        "Réserves à la livraison",
        "Responsabilité",
        "Indemnisation",
        "Assurance",
        "Sous-traitance",
        "Prescription",
        "Attribution de juridiction",
    ],
}


def tpl_transport_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's transport order to a subcontracted haulier (Transportauftrag, ordre
    d'affrètement): loading and unloading places and times, the goods, vehicle requirements
    ticked, the agreed freight and the request to confirm; the terms page behind it belongs to
    it."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    haul = head_of(who, "haulier", home())
    c = pick(
        rng,
        ("forwarding_instruction",),
        lambda x: x.mode == "road" or x.export,
        lambda: new_cons(rng, mode="road"),
        fresh=0.4,
    )
    d = next_day(rng, ("forwarding_instruction",), (0, 2))
    no = serial(rng, "TA99999")
    title = tr(lg, "TRANSPORT ORDER", "TRANSPORTAUFTRAG", "ORDRE D'AFFRÈTEMENT")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        [haul.name, tr(lg, "Dispatch", "Disposition", "Exploitation"), haul.street, haul.town],
        d,
        [
            (tr(lg, "Order no.", "Auftrags-Nr.", "Ordre n°"), no),
            (tr(lg, "File", "Akte", "Dossier"), c.ref),
            (tr(lg, "Contact", "Sachbearbeiter", "Contact"), staff(h, "road")),
        ],
    )
    caption(f, s, f"{title} {no}", 3)
    load = d + timedelta(days=rng.randint(1, 3))
    sea = c.mode == "sea"
    pickup = (
        [f"{head_of(who, 'terminal').name}", c.box + " " + c.size]
        if sea and not c.export
        else [c.shipper[0], c.shipper[1], c.shipper[2]]
    )
    drop = (
        [head_of(who, "terminal").name, f"{tr(lg, 'Vessel', 'Schiff', 'Navire')} {c.vessel}"]
        if sea and c.export
        else c.consignee[:3]
    )
    half = (w - 2 * m - 10) / 2
    boxed(
        f.page,
        s,
        m,
        f.y,
        half,
        74,
        tr(lg, "Loading", "Beladestelle", "Chargement"),
        [
            *pickup,
            f"{short(load, lg)} {rng.choice(['07:00', '08:00-12:00', '10:00', '13:00-15:00'])}",
        ],
        pt=8.5,
    )
    boxed(
        f.page,
        s,
        m + half + 10,
        f.y,
        half,
        74,
        tr(lg, "Delivery", "Entladestelle", "Livraison"),
        [
            *drop,
            f"{short(load + timedelta(days=rng.randint(1, 3)), lg)} "
            + tr(lg, "by 16:00", "bis 16:00", "avant 16h"),
        ],
        pt=8.5,
    )
    f.y += 86
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (3, "left"), (1, "right"), (0.8, "right")]),
        [
            tr(lg, "Packages", "Packstücke", "Colis"),
            tr(lg, "Goods", "Ware", "Marchandise"),
            tr(lg, "Gross kg", "Brutto kg", "Brut kg"),
            tr(lg, "LDM", "LDM", "ml"),
        ],
        [
            [
                f"{ln.packages} {pkg_kind(lg, ln.kind, ln.packages)}",
                goods_name(GOODS[ln.goods], lg),
                money(round(ln.qty * GOODS[ln.goods][5] * 1.08), lg),
                f"{ln.packages * 0.4:.1f}",
            ]
            for ln in c.lines
        ],
        s,
        rules=True,
    )
    f.need(50)
    f.page.text(m, f.y + 4, tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), s.bold, 8)
    f.y = (
        ticks(
            f.page,
            s,
            m + 80,
            f.y + 4,
            w - 2 * m - 80,
            [
                tr(lg, "Curtainsider", "Planensattel", "Tautliner"),
                tr(lg, "Tail lift", "Hebebühne", "Hayon"),
                tr(lg, "Container chassis", "Containerchassis", "Porte-conteneur"),
                "ADR",
                tr(lg, "Straps / edge protectors", "Spanngurte / Kantenschutz", "Sangles"),
                tr(lg, "Pallet exchange", "Palettentausch", "Échange palettes"),
            ],
            {2} if sea else set(rng.sample([0, 1, 4, 5], 2)) | ({3} if c.dg >= 0 else set()),
            8,
        )
        + 4
    )
    price = rng.randint(280, 1900)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(
                        lg,
                        "Agreed freight (all-in, excl. VAT)",
                        "Vereinbarte Fracht (pauschal, zzgl. USt.)",
                        "Prix convenu (forfait, HT)",
                    ),
                    cash(price, cur_of(lg), lg),
                ),
                (
                    tr(lg, "Payment", "Zahlung", "Paiement"),
                    tr(
                        lg,
                        "30 days from receipt of POD and invoice",
                        "30 Tage nach Eingang Rechnung und Abliefernachweis",
                        "30 jours après réception facture et récépissé",
                    ),
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
            "Please confirm this order by return, stating the vehicle registration. "
            "Subcontracting without our written consent is not permitted. " + words(rng, lg),
            "Bitte bestätigen Sie den Auftrag umgehend unter Angabe des Kennzeichens. "
            "Eine Weitergabe an Dritte ist ohne unsere schriftliche Zustimmung nicht gestattet.",
            "Merci de nous confirmer cet ordre par retour en indiquant l'immatriculation. "
            "Toute sous-traitance est interdite sans notre accord écrit.",
        ),
        pt=8.5,
    )
    regards(f, s, lg, staff(h, "road"), tr(lg, "Road freight", "Landverkehre", "Service route"))
    if rng.random() < 0.4:
        f.need(40)
        f.page.text(
            m, f.y, tr(lg, "Confirmed:", "Auftrag bestätigt:", "Bon pour accord :"), s.font, 8
        )
        sign(f.page, m + 90, f.y + 2, person(rng, lg))
        hand(f.page, m + 220, f.y, c.truck, 9)
        f.y += 20
    pages = close(f.pages, s, h)
    if rng.random() < 0.55:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Standard Trading Conditions (extract)",
                    "Allgemeine Deutsche Spediteurbedingungen 2017 (ADSp) - Auszug",
                    "Conditions générales de vente - extrait",
                ),
                ADSP[lg],
            )
        )
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TT: customs
# ---------------------------------------------------------------------------------------------

PROCEDURE = {True: ("1000", "EX A"), False: ("4000", "IM A")}


def customs_cons(rng: random.Random, after: tuple[str, ...]) -> Cons:
    return pick(rng, after, lambda c: True, lambda: new_cons(rng), fresh=0.3)


def item_data(rng: random.Random, c: Cons, lg: str) -> list[tuple[str, str, float, float, float]]:
    """Declaration items: description, commodity code, net mass, gross mass, value."""
    out = []
    for ln in c.lines:
        g = GOODS[ln.goods]
        parts = rng.choice([1, 1, 1, 2, 3])
        for _ in range(parts):
            q = ln.qty / parts
            out.append(
                (
                    goods_name(g, lg),
                    g[3].replace(" ", "") + serial(rng, "99"),
                    round(q * g[5], 1),
                    round(q * g[5] * 1.08 + 10, 1),
                    round(q * g[6], 2),
                )
            )
    return out


def tpl_customs_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """A customs declaration as the office's system prints it after acceptance: in England a
    CDS declaration listing data elements by item, in Germany the ATLAS Ausfuhrbegleitdokument
    / Zollanmeldung with Ergänzungsvordrucke, in France the DAU with its continuation sheets
    (formulaires complémentaires); the MRN with a barcode on the first page."""
    h = head_of(who, "customs")
    lg = h.lang
    s = style_of(h, A4, margin=30, pt=8)
    w, _ = A4
    m = s.margin
    c = customs_cons(rng, ("commercial_invoice", "packing_list", "arrival_notice", "cmr", "eur1"))
    d = (
        (c.sailed - timedelta(days=rng.randint(0, 3)))
        if c.export
        else c.sailed + timedelta(days=rng.randint(2, 25))
    )
    items = item_data(rng, c, lg)
    off = office_head()
    if lg == "en":
        title = "CUSTOMS DECLARATION - " + ("EXPORT" if c.export else "IMPORT")
        f = sheets(s, h, f"{title} - MRN {c.mrn}")
        f.page.text(m, f.y, "Customs Declaration Service", s.bold, 11)
        f.y += 16
        f.page.text(m, f.y, title, s.bold, 13)
        f.y += 10
        f.page.barcode("code128", c.mrn[:18], w - m - bar_width("code128", c.mrn[:18]), f.y)
        f.y += 90
        head_rows = [
            ("DE 1/1", "Declaration type", "EX" if c.export else "IM"),
            ("DE 1/2", "Additional declaration type", "A"),
            ("DE 2/5", "LRN", serial(rng, "AAA99999999")),
            ("DE 3/39", "Authorisation holder", off.name),
            ("DE 3/1", "Exporter", c.shipper[0]),
            ("DE 3/9", "Consignee", c.consignee[0]),
            (
                "DE 3/21",
                "Representative status code",
                "2 (direct)" if rng.random() < 0.6 else "3 (indirect)",
            ),
            ("DE 4/1", "Delivery terms", f"{c.incoterm} {c.pod or c.consignee[2]}"),
            (
                "DE 5/23",
                "Location of goods",
                (c.pol or c.pod or h.town)[:14].upper() + "-" + serial(rng, "AAA"),
            ),
            ("DE 7/4", "Mode of transport at border", "1" if c.mode == "sea" else "3"),
            ("DE 7/10", "Container identification", c.box if c.mode == "sea" else "-"),
            ("DE 6/18", "Total packages", str(c.packages)),
            ("DE 4/11", "Total amount invoiced", money(c.value, lg)),
            ("", "Acceptance date", short(d, lg)),
            ("", "MRN", c.mrn),
        ]
        table(
            f,
            columns(m, w - m, [(1, "left"), (3, "left"), (3, "left")]),
            ["DE", "Data element", "Value"],
            [list(r) for r in head_rows],
            s,
            size=7.5,
            rules=True,
            step=1.5,
        )
        for k, (desc, code, nm, gm, val) in enumerate(items, 1):
            f.need(120)
            f.y += 6
            f.page.text(m, f.y, f"Item {k} of {len(items)}", s.bold, 9)
            f.y += 16
            duty = 0.0 if c.export else round(val * rng.choice([0, 0.02, 0.027, 0.04, 0.12]), 2)
            rows = [
                ["DE 6/8", "Description of goods", desc],
                ["DE 6/14", "Commodity code", code],
                ["DE 1/10", "Procedure", f"{PROCEDURE[c.export][0]} 000"],
                ["DE 5/15", "Country of origin", COUNTRY[c.s_lang][0]],
                ["DE 6/1", "Net mass (kg)", money(nm, lg)],
                ["DE 6/5", "Gross mass (kg)", money(gm, lg)],
                ["DE 4/14", "Item price", money(val, lg)],
            ]
            if not c.export:
                rows += [
                    ["DE 4/3", "Tax type A00 (duty)", money(duty, lg)],
                    ["DE 4/3", "Tax type B00 (VAT)", money(round((val + duty) * 0.2, 2), lg)],
                ]
            table(
                f,
                columns(m, w - m, [(1, "left"), (3, "left"), (3, "left")]),
                ["DE", "Data element", "Value"],
                rows,
                s,
                size=7.5,
                rules=True,
                step=1.5,
            )
        pages = close(f.pages, s, h, numbers="Page {i} of {n}")
    else:
        pages = sad(rng, s, h, c, items, d)
    remember(c, d)
    return pages


def sad(
    rng: random.Random,
    s: Style,
    h: Head,
    c: Cons,
    items: list[tuple[str, str, float, float, float]],
    d: date,
) -> list[Page]:
    """The German or French single administrative document: main sheet with the first item,
    continuation sheets with three items each."""
    lg = h.lang
    w, hh = A4
    m = s.margin
    off = office_head()
    exp = c.export
    title = tr(
        lg,
        "",
        "AUSFUHRBEGLEITDOKUMENT" if exp else "ZOLLANMELDUNG - EINFUHR",
        "DOCUMENT D'ACCOMPAGNEMENT EXPORT" if exp else "DÉCLARATION EN DOUANE - DAU IMPORT",
    )
    cont = tr(lg, "", "Ergänzungsvordruck", "Formulaire complémentaire")
    n_cont = (max(0, len(items) - 1) + 2) // 3
    total = 1 + n_cont
    pages = []

    def item_block(p: Page, y: float, k: int, it: tuple[str, str, float, float, float]) -> float:
        desc, code, nm, gm, val = it
        bw = w - 2 * m
        boxed(
            p,
            s,
            m,
            y,
            bw * 0.55,
            58,
            tr(
                lg,
                "",
                "31 Packstücke und Warenbezeichnung",
                "31 Colis et désignation des marchandises",
            ),
            [f"{marks(c)[0]} - {c.box if c.mode == 'sea' else ''}", desc],
            "Courier",
            8,
        )
        boxed(
            p,
            s,
            m + bw * 0.55,
            y,
            bw * 0.1,
            29,
            tr(lg, "", "32 Pos.-Nr.", "32 N° art."),
            [str(k)],
            "Courier",
            8.5,
        )
        boxed(
            p,
            s,
            m + bw * 0.65,
            y,
            bw * 0.35,
            29,
            tr(lg, "", "33 Warennummer", "33 Code des marchandises"),
            [code],
            "Courier",
            8.5,
        )
        boxed(
            p,
            s,
            m + bw * 0.55,
            y + 29,
            bw * 0.15,
            29,
            tr(lg, "", "34 Ursprungsland", "34 Pays d'origine"),
            [COUNTRY[c.s_lang][0]],
            "Courier",
            8.5,
        )
        boxed(
            p,
            s,
            m + bw * 0.7,
            y + 29,
            bw * 0.15,
            29,
            tr(lg, "", "35 Rohmasse (kg)", "35 Masse brute (kg)"),
            [money(gm, lg)],
            "Courier",
            8,
        )
        boxed(
            p,
            s,
            m + bw * 0.85,
            y + 29,
            bw * 0.15,
            29,
            tr(lg, "", "38 Eigenmasse (kg)", "38 Masse nette (kg)"),
            [money(nm, lg)],
            "Courier",
            8,
        )
        boxed(
            p,
            s,
            m,
            y + 58,
            bw * 0.3,
            24,
            tr(lg, "", "37 Verfahren", "37 Régime"),
            [f"{PROCEDURE[exp][0]} 000"],
            "Courier",
            8.5,
        )
        boxed(
            p,
            s,
            m + bw * 0.3,
            y + 58,
            bw * 0.35,
            24,
            tr(lg, "", "44 Besondere Vermerke / Unterlagen", "44 Mentions spéciales / documents"),
            [f"N380 {c.invoice}" + (" / N954 EUR.1" if rng.random() < 0.3 else "")],
            "Courier",
            7.5,
        )
        boxed(
            p,
            s,
            m + bw * 0.65,
            y + 58,
            bw * 0.35,
            24,
            tr(lg, "", "46 Statistischer Wert", "46 Valeur statistique"),
            [money(val, lg)],
            "Courier",
            8.5,
        )
        return y + 88

    p = Page(A4)
    y = m - 10.0
    p.text(m, y + 4, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 12, w / 2))
    p.text(m, y + 16, fit(h.name, s.font, 7, w / 2), s.font, 7)
    p.barcode("code128", c.mrn[:18], w - m - bar_width("code128", c.mrn[:18]), y - 8)
    p.text(w - m, y + 66, f"MRN {c.mrn}", "Courier-Bold", 8.5, "right")
    y += 74
    half = (w - 2 * m) / 2
    boxed(
        p,
        s,
        m,
        y,
        half,
        54,
        tr(lg, "", "2 Versender / Ausführer", "2 Expéditeur / exportateur"),
        [c.shipper[0], c.shipper[1], c.shipper[2]],
        "Courier",
        8,
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half / 3,
        27,
        tr(lg, "", "1 Anmeldung", "1 Déclaration"),
        [PROCEDURE[exp][1]],
        "Courier",
        9,
    )
    boxed(
        p,
        s,
        m + half * 4 / 3,
        y,
        half / 3,
        27,
        tr(lg, "", "3 Vordrucke", "3 Formulaires"),
        [f"1 / {total}"],
        "Courier",
        9,
    )
    boxed(
        p,
        s,
        m + half * 5 / 3,
        y,
        half / 3,
        27,
        tr(lg, "", "5 Positionen", "5 Articles"),
        [str(len(items))],
        "Courier",
        9,
    )
    boxed(
        p,
        s,
        m + half,
        y + 27,
        half / 2,
        27,
        tr(lg, "", "6 Packstücke insg.", "6 Total des colis"),
        [str(c.packages)],
        "Courier",
        9,
    )
    boxed(
        p,
        s,
        m + half * 1.5,
        y + 27,
        half / 2,
        27,
        tr(lg, "", "7 Bezugsnummer", "7 N° de référence"),
        [c.ref],
        "Courier",
        8,
    )
    y += 54
    boxed(
        p,
        s,
        m,
        y,
        half,
        54,
        tr(lg, "", "8 Empfänger", "8 Destinataire"),
        c.consignee[:3],
        "Courier",
        8,
    )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        54,
        tr(lg, "", "14 Anmelder / Vertreter", "14 Déclarant / représentant"),
        [
            off.name,
            off.street,
            off.town,
            tr(lg, "", "[2] direkte Vertretung", "[2] représentation directe"),
        ],
        "Courier",
        8,
    )
    y += 54
    q = (w - 2 * m) / 4
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "", "15 Versendungsland", "15 Pays d'expédition"), country(lg, c.s_lang)),
            (
                tr(lg, "", "17 Bestimmungsland", "17 Pays de destination"),
                c.consignee[-1].title()[:18],
            ),
            (
                tr(lg, "", "18 Beförderungsmittel", "18 Moyen de transport"),
                c.vessel if c.mode == "sea" else c.truck,
            ),
            (tr(lg, "", "19 Ctr.", "19 Ctr."), "1" if c.mode == "sea" else "0"),
            (tr(lg, "", "20 Lieferbedingung", "20 Conditions de livraison"), c.incoterm),
            (
                tr(lg, "", "22 Währung / Rechnungsbetrag", "22 Monnaie / montant facturé"),
                f"EUR {money(c.value, lg)}",
            ),
            (
                tr(lg, "", "25 Verkehrszweig Grenze", "25 Mode de transport frontière"),
                "1" if c.mode == "sea" else "3",
            ),
            (
                tr(lg, "", "29 Ausgangs-/Eingangszollstelle", "29 Bureau de sortie / d'entrée"),
                serial(rng, f"{COUNTRY[lg][0]}999999"),
            ),
        ]
    ):
        boxed(p, s, m + (k % 4) * q, y + (k // 4) * 26, q, 26, cap, [val], "Courier", 8)
    y += 52
    y = item_block(p, y, 1, items[0])
    if not exp:
        duty = round(sum(it[4] for it in items) * rng.choice([0.0, 0.017, 0.027, 0.04, 0.12]), 2)
        vat = round((sum(it[4] for it in items) + duty) * (0.19 if lg == "de" else 0.2), 2)
        boxed(
            p,
            s,
            m,
            y,
            half,
            70,
            tr(lg, "", "47 Abgabenberechnung", "47 Calcul des impositions"),
            [
                f"A00 {tr(lg, '', 'Zoll', 'Droits')}  {money(duty, lg)}",
                f"B00 {tr(lg, '', 'EUSt', 'TVA')}  {money(vat, lg)}",
                f"{tr(lg, '', 'Summe', 'Total')}  {money(duty + vat, lg)} EUR",
            ],
            "Courier",
            8,
        )
    else:
        boxed(
            p,
            s,
            m,
            y,
            half,
            70,
            tr(lg, "", "47 Abgabenberechnung", "47 Calcul des impositions"),
            [],
            "Courier",
            8,
        )
    boxed(
        p,
        s,
        m + half,
        y,
        half,
        70,
        tr(
            lg,
            "",
            "54 Ort und Datum / Unterschrift des Anmelders",
            "54 Lieu et date / signature du déclarant",
        ),
        [f"{city(off.town)}, {short(d, lg)}"],
        "Courier",
        8.5,
    )
    sign(p, m + half + 20, y + 58, staff(off, "customs"))
    y += 74
    boxed(
        p,
        s,
        m,
        y,
        w - 2 * m,
        hh - m - y,
        tr(
            lg,
            "",
            "C / D  Abgangs-/Ausfuhrzollstelle - Vermerke",
            "C / D  Bureau de départ - mentions",
        ),
        [
            tr(lg, "", f"Überlassen am {short(d, lg)}", f"Mainlevée le {short(d, lg)}"),
            tr(lg, "", "Ausgangsvermerk elektronisch", "Visa de sortie électronique"),
        ],
        "Courier",
        8,
    )
    pages.append(p)
    rest = items[1:]
    for n in range(n_cont):
        q_ = Page(A4)
        y = m - 10.0
        q_.text(
            m,
            y + 4,
            f"{cont} - {title}",
            "Helvetica-Bold",
            shrink(f"{cont} - {title}", "Helvetica-Bold", 10, w - 2 * m - 90),
        )
        q_.text(w - m, y + 4, f"3  {n + 2} / {total}", "Courier-Bold", 9, "right")
        q_.text(m, y + 18, f"MRN {c.mrn}   -   {c.ref}", "Courier", 8)
        y += 30
        boxed(
            q_,
            s,
            m,
            y,
            half,
            40,
            tr(lg, "", "2 Versender / Ausführer", "2 Expéditeur / exportateur"),
            [c.shipper[0]],
            "Courier",
            8,
        )
        boxed(
            q_,
            s,
            m + half,
            y,
            half,
            40,
            tr(lg, "", "14 Anmelder / Vertreter", "14 Déclarant / représentant"),
            [off.name],
            "Courier",
            8,
        )
        y += 48
        for k, it in enumerate(rest[n * 3 : n * 3 + 3]):
            y = item_block(q_, y, 2 + n * 3 + k, it)
        pages.append(q_)
    return pages


def tpl_duty_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The customs authority's duty and VAT notice to the office as representative: in
    England the monthly import VAT certificate (C79) listing entries over one to three pages,
    in Germany an Einfuhrabgabenbescheid with the calculation and the Rechtsbehelfsbelehrung,
    in France an avis de liquidation with the calculation and the voies de recours."""
    h = head_of(who, "customs")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    c = pick(
        rng,
        ("customs_declaration",),
        lambda x: not x.export,
        lambda: new_cons(rng, consignee=(rng.choice(SENDERS["consignee"][home()]), home())),
    )
    d = next_day(rng, ("customs_declaration",), (1, 12))
    off = office_head()
    f = sheets(s, h, h.name)
    if lg == "en":
        recipient(
            f,
            s,
            h,
            [off.name, off.street, off.town],
            d,
            [
                ("EORI", f"GB{rng.randint(100000000000, 999999999999)}"),
                ("VAT reg. no.", serial(rng, "999 9999 99")),
            ],
        )
        caption(f, s, "Import VAT Certificate (C79)", 3)
        per = month().replace(day=1) - timedelta(days=1)
        write(
            f,
            s,
            "This certificate shows the import VAT paid on goods imported under your VAT "
            "registration number "
            f"in the accounting period {MONTHS_EN[per.month - 1]} {per.year}. Keep it with your "
            "VAT records. "
            "It is evidence for deduction of import VAT as input tax.",
            pt=8.5,
        )
        rows = []
        tot = 0.0
        entries = rng.randint(8, 70)
        for k in range(entries):
            v = round(rng.uniform(40, 9000), 2)
            tot += v
            cc = c if k == 0 else None
            rows.append(
                [
                    short(per.replace(day=rng.randint(1, 28)), lg),
                    cc.mrn if cc else f"{per.year % 100}GB{serial(rng, 'AAAA9999AA99999')}9",
                    serial(rng, "999-999999A"),
                    money(v, lg),
                ]
            )
        rows.sort(key=lambda r: r[0][3:5] + r[0][:2])
        table(
            f,
            columns(m, w - m, [(1, "left"), (2.6, "left"), (1.3, "left"), (1.1, "right")]),
            ["Date", "Declaration (MRN)", "Entry no.", "Import VAT GBP"],
            rows,
            s,
            size=7.5,
            step=1.5,
        )
        f.need(30)
        f.page.text(
            w - m, f.y + 6, f"Total import VAT  {money(tot, lg)} GBP", s.bold, s.size, "right"
        )
        f.y += 20
        pages = close(f.pages, s, h, numbers="Page {i} of {n}")
    else:
        recipient(
            f,
            s,
            h,
            [
                off.name,
                tr(lg, "", "als Vertreter von", "en qualité de représentant de"),
                c.consignee[0],
                off.street,
                off.town,
            ],
            d,
            [
                (
                    tr(lg, "", "Aktenzeichen", "Référence"),
                    serial(rng, "AZ 9999-99/9999" if lg == "de" else "999999/AA"),
                ),
                ("MRN", c.mrn),
            ],
        )
        caption(
            f, s, tr(lg, "", "Einfuhrabgabenbescheid", "Avis de liquidation des droits et taxes"), 3
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "",
                "für die mit der oben genannten Zollanmeldung zur Überlassung in den "
                "zollrechtlich freien "
                "Verkehr angemeldeten Waren werden folgende Einfuhrabgaben festgesetzt:",
                "pour les marchandises déclarées pour la mise en libre pratique au titre de la "
                "déclaration "
                "ci-dessus, les droits et taxes suivants ont été liquidés :",
            ),
        )
        rows = []
        tot = 0.0
        for k, it in enumerate(item_data(rng, c, lg), 1):
            rate = rng.choice([0.0, 1.7, 2.7, 4.0, 6.5, 12.0])
            duty = round(it[4] * rate / 100, 2)
            vat = round((it[4] + duty) * (0.19 if lg == "de" else 0.2), 2)
            tot += duty + vat
            rows.append(
                [str(k), it[1], money(it[4], lg), f"{rate:g} %", money(duty, lg), money(vat, lg)]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (0.5, "left"),
                    (1.6, "left"),
                    (1.4, "right"),
                    (0.9, "right"),
                    (1.2, "right"),
                    (1.2, "right"),
                ],
            ),
            [
                tr(lg, "", "Pos.", "Art."),
                tr(lg, "", "Warennummer", "Nomenclature"),
                tr(lg, "", "Zollwert EUR", "Valeur en douane"),
                tr(lg, "", "Zollsatz", "Taux"),
                tr(lg, "", "Zoll (A00)", "Droits (A00)"),
                tr(lg, "", "EUSt (B00)", "TVA (B00)"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
        f.need(60)
        f.page.text(
            w - m,
            f.y + 4,
            f"{tr(lg, '', 'Zu zahlender Betrag', 'Montant à payer')}: {money(tot, lg)} EUR",
            s.bold,
            s.size + 1,
            "right",
        )
        f.y += 22
        write(
            f,
            s,
            tr(
                lg,
                "",
                f"Der Betrag ist bis zum {short(d + timedelta(days=10), lg)} auf das Konto der "
                "Bundeskasse "
                "zu überweisen; bei Aufschub wird er dem Aufschubkonto belastet.",
                f"Le montant est exigible au {short(d + timedelta(days=10), lg)}; il sera prélevé "
                "sur votre "
                "crédit d'enlèvement.",
            ),
            pt=8.5,
        )
        regards(f, s, lg, staff(h, "officer"), tr(lg, "", "Im Auftrag", "Pour le receveur"))
        f.new_page()
        caption(f, s, tr(lg, "", "Rechtsbehelfsbelehrung", "Voies et délais de recours"), 1)
        for _ in range(rng.randint(2, 4)):
            write(
                f,
                s,
                tr(
                    lg,
                    "",
                    "Gegen diesen Bescheid ist der Einspruch gegeben. " + prose(rng, lg, 2, 3),
                    "La présente décision peut faire l'objet d'un recours. " + prose(rng, lg, 2, 3),
                ),
                pt=8,
            )
        pages = close(
            f.pages,
            s,
            h,
            numbers=rng.choice(["Seite {i} von {n}" if lg == "de" else "Page {i}/{n}", "none"]),
        )
    received(rng, pages[0], d, 0.5)
    remember(c, d)
    return pages


CLAUSES = {
    "en": "Institute Cargo Clauses (A) 1/1/09, Institute War Clauses (Cargo), "
    "Institute Strikes Clauses (Cargo)",
    "de": "DTV-Güterversicherungsbedingungen 2000/2011 - volle Deckung, "
    "einschließlich Kriegs- und Streikrisiken",
    "fr": "Conditions générales - Police française d'assurance maritime sur facultés, "
    "garantie tous risques",
}


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A cargo insurance certificate under the office's open policy (Versicherungszertifikat,
    certificat d'assurance): insured, voyage, goods, insured value (CIF + 10%), conditions,
    the claims agent; original or duplicate; the claims procedure page behind belongs to it."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    c = pick(rng, ("commercial_invoice", "bill_of_lading"), lambda x: True, lambda: new_cons(rng))
    d = c.sailed - timedelta(days=rng.randint(0, 3))
    p = Page(A4)
    p.rect(m - 10, m - 30, w - 2 * m + 20, hh - 2 * m + 40)
    p.rect(m - 7, m - 27, w - 2 * m + 14, hh - 2 * m + 34)
    y = heading(p, s, h) + 10
    title = tr(lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSZERTIFIKAT", "CERTIFICAT D'ASSURANCE")
    p.text(w / 2, y, title, s.bold, 16, "center")
    y += 16
    p.text(
        w / 2,
        y,
        rng.choice(
            ["ORIGINAL", "DUPLICATE" if lg == "en" else tr(lg, "", "DUPLIKAT", "DUPLICATA")]
        ),
        s.bold,
        10,
        "center",
    )
    y += 24
    cert = serial(rng, "99 999999")
    val = round(c.value * 1.1, 2)
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Certificate no.", "Zertifikat-Nr.", "Certificat n°"), cert),
                (
                    tr(lg, "Open policy no.", "Generalpolice Nr.", "Police d'abonnement n°"),
                    serial(keyed(who, "policy"), "AA 999999"),
                ),
                (tr(lg, "Assured", "Versicherungsnehmer", "Assuré"), office_head().name),
                (
                    tr(lg, "For account of", "Für Rechnung von", "Pour compte de"),
                    c.shipper[0] if c.export else c.consignee[0],
                ),
                (
                    tr(lg, "Conveyance", "Transportmittel", "Moyen de transport"),
                    c.vessel if c.mode == "sea" else tr(lg, "Truck", "LKW", "Camion"),
                ),
                (tr(lg, "From", "Von", "De"), c.pol or c.shipper[2]),
                (tr(lg, "To", "Nach", "À"), c.pod or c.consignee[2]),
                (
                    tr(lg, "Sailing on or about", "Abfahrt am / um", "Départ le ou vers le"),
                    day(h, c.sailed),
                ),
                (
                    tr(lg, "Insured value", "Versicherungssumme", "Valeur assurée"),
                    cash(val, "EUR" if lg != "en" else "GBP", lg),
                ),
            ],
            w - m,
        )
        + 8
    )
    p.rect(m, y, w - 2 * m, 90)
    p.text(
        m + 4,
        y + 10,
        tr(
            lg,
            "Subject-matter insured - marks and numbers",
            "Versicherte Güter - Markierung",
            "Marchandises assurées - marques",
        ),
        s.font,
        6.5,
    )
    yy = y + 26
    for t in [
        pkgs_text(c, lg),
        goods_text(c, lg),
        f"{c.box} / B/L {c.bl}" if c.mode == "sea" else c.truck,
    ]:
        for ln in wrap(t, s.font, 9, w - 2 * m - 12)[:2]:
            p.text(m + 8, yy, ln, s.font, 9)
            yy += 12
    y += 100
    p.text(m, y, tr(lg, "Conditions", "Bedingungen", "Conditions"), s.bold, 9)
    y += 12
    for ln in wrap(CLAUSES[lg] + ". " + words(rng, lg), s.font, 8, w - 2 * m):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 8
    agent = rng.choice(
        [
            "Lloyd's Agency, Shanghai",
            "Crawford & Co., Jebel Ali",
            "WK Webster, New York",
            "Hamburg: Carl Robert Eckelmann",
            "Le Havre: Cabinet Vernier",
        ]
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "In case of loss or damage apply to:",
            "Im Schadenfall wenden Sie sich an:",
            "En cas de sinistre s'adresser à :",
        )
        + f" {agent}",
        s.font,
        8,
    )
    y += 30
    p.text(m, y, f"{city(h.town)}, {day(h, d)}", s.font, 9)
    sign(p, w - m - 170, y + 8, staff(h, "cargo"))
    p.text(
        w - m - 170,
        y + 20,
        tr(lg, "For the underwriters", "Für die Versicherer", "Pour les assureurs"),
        s.font,
        7,
    )
    pages = [p]
    if rng.random() < 0.5:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "IMPORTANT - PROCEDURE IN THE EVENT OF LOSS OR DAMAGE",
                    "WICHTIG - VERHALTEN IM SCHADENFALL",
                    "IMPORTANT - CONDUITE À TENIR EN CAS DE SINISTRE",
                ),
                [
                    tr(lg, t, de, fr)
                    for t, de, fr in [
                        (
                            "Liability of carriers",
                            "Haftung der Frachtführer",
                            "Responsabilité des transporteurs",
                        ),
                        ("Notice of loss", "Schadenanzeige", "Avis de sinistre"),
                        ("Survey", "Havariezertifikat", "Expertise"),
                        ("Documentation of claims", "Schadenunterlagen", "Pièces justificatives"),
                        (
                            "Reservations on delivery",
                            "Vorbehalte bei Ablieferung",
                            "Réserves à la livraison",
                        ),
                        ("Time limits", "Fristen", "Délais"),
                        ("Subrogation", "Regress", "Subrogation"),
                    ]
                ],
            )
        )
    close(pages, s, h, numbers="none")
    remember(c, d)
    return pages


def damaged_cons(rng: random.Random, after: tuple[str, ...]) -> Cons:
    return pick(
        rng,
        after,
        lambda c: bool(c.c_lang),
        lambda: new_cons(rng, mode=rng.choice(["sea", "road"])),
        fresh=0.4,
    )


DAMAGES = {
    "en": [
        "pallet crushed, cartons torn",
        "water staining on cartons",
        "wrapping torn, goods exposed",
        "case broken open",
        "dents to pump housings",
        "bottles broken, contents leaked",
        "reel edges damaged",
    ],
    "de": [
        "Palette gestaucht, Kartons aufgerissen",
        "Wasserflecken an Kartons",
        "Folie beschädigt, Ware freiliegend",
        "Kiste aufgebrochen",
        "Gehäuse verbeult",
        "Flaschen zerbrochen, ausgelaufen",
        "Rollenkanten beschädigt",
    ],
    "fr": [
        "palette écrasée, cartons déchirés",
        "traces d'humidité sur les cartons",
        "film déchiré, marchandise à nu",
        "caisse éventrée",
        "carters enfoncés",
        "bouteilles brisées, coulage",
        "chants de bobines abîmés",
    ],
}


def tpl_claim_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A consignee's claim letter to the office holding it liable for damage or shortage
    (notice of claim, Haftbarhaltung, lettre de réserves / mise en cause): the consignment, the
    damage, the amount claimed; the photos, the copy of the signed delivery receipt with the
    remark and now and then the damage invoice are enclosed and belong to it."""
    h = head_of(who, "consignee")
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    row = row_of(h)
    c = pick(
        rng,
        ("delivery_receipt", "cmr"),
        lambda x: x.c_row == row,
        lambda: new_cons(rng, consignee=(row, lg)),
        fresh=0.5,
    )
    d = c.sailed + timedelta(days=rng.randint(6, 40))
    dmg = rng.sample(DAMAGES[lg], rng.randint(1, 3))
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), c.ref),
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), serial(rng, "SCH-9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Notice of claim - damage in transit",
            "Haftbarhaltung - Transportschaden",
            "Lettre de réserves et mise en cause - avaries",
        ),
        1.5,
    )
    write(f, s, dear(lg, staff(office_head(), "claims") if rng.random() < 0.4 else None))
    write(
        f,
        s,
        tr(
            lg,
            f"On {day(h, d - timedelta(days=3))} we took delivery of consignment {c.ref} "
            f"({pkgs_text(c, lg)}, {goods_text(c, lg)}). On unloading we found: {'; '.join(dmg)}.",
            f"am {day(h, d - timedelta(days=3))} erhielten wir die Sendung {c.ref} "
            f"({pkgs_text(c, lg)}, "
            f"{goods_text(c, lg)}). Bei der Entladung stellten wir fest: {'; '.join(dmg)}.",
            f"Le {day(h, d - timedelta(days=3))}, nous avons réceptionné l'envoi {c.ref} "
            f"({pkgs_text(c, lg)}, "
            f"{goods_text(c, lg)}). Au déchargement, nous avons constaté : {'; '.join(dmg)}.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "We hereby hold you liable for the loss and reserve all our rights. "
            + prose(rng, lg, 1, 2),
            "Wir machen Sie hiermit für den entstandenen Schaden haftbar und behalten uns alle "
            "Rechte vor. " + prose(rng, lg, 1, 2),
            "Nous vous tenons pour responsable du préjudice subi et réservons l'ensemble de nos "
            "droits. " + prose(rng, lg, 1, 2),
        ),
    )
    amount = round(rng.uniform(300, 14000), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Our provisional claim amounts to {cash(amount, cur_of(lg), lg)}.",
            f"Unseren Schaden beziffern wir vorläufig auf {cash(amount, cur_of(lg), lg)}.",
            f"Notre préjudice est provisoirement évalué à {cash(amount, cur_of(lg), lg)}.",
        ),
    )
    encl = [
        tr(lg, "Photographs", "Fotos", "Photos"),
        tr(lg, "Copy of delivery receipt", "Kopie Abliefernachweis", "Copie du récépissé"),
    ]
    regards(
        f,
        s,
        lg,
        staff(h, "goodsin"),
        tr(lg, "Goods Inwards Manager", "Leitung Wareneingang", "Responsable réception"),
    )
    f.need(30)
    f.page.text(m, f.y, tr(lg, "Enclosures: ", "Anlagen: ", "PJ : ") + ", ".join(encl), s.font, 8)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.5)
    for k in range(rng.choice([1, 1, 1, 2])):
        pages.append(
            photo_page(
                rng,
                s,
                h,
                tr(lg, "Photographs", "Fotodokumentation", "Photos") + f" {k + 1}",
                rng.choice([4, 6]),
                dmg,
                header=f"{h.name} - {c.ref}",
            )
        )
    if rng.random() < 0.6:
        # The copy of the haulier's signed receipt, on the haulier's paper, copied onto A4.
        cp = Page(size)
        cp.rect(0, 0, w, 14, fill=0.55)
        cp.rect(0, hh - 14, w, 14, fill=0.55)
        hl = head_of(who, "haulier", home())
        sh = style_of(hl, size, margin=70, pt=9)
        y = heading(cp, sh, hl) + 10
        cp.text(
            sh.margin,
            y,
            tr(hl.lang, "PROOF OF DELIVERY", "ABLIEFERNACHWEIS", "RÉCÉPISSÉ DE LIVRAISON"),
            sh.bold,
            11,
        )
        y = pairs(
            cp,
            sh,
            sh.margin,
            y + 18,
            [
                (tr(hl.lang, "Consignment", "Sendung", "Envoi"), c.ref),
                (tr(hl.lang, "Packages", "Packstücke", "Colis"), pkgs_text(c, hl.lang)),
            ],
            w - sh.margin,
        )
        hand(cp, sh.margin + 10, y + 20, dmg[0], 11)
        hand(
            cp,
            sh.margin + 10,
            y + 36,
            tr(lg, "received under reserve", "unter Vorbehalt angenommen", "sous réserves"),
            11,
        )
        sign(cp, sh.margin + 10, y + 70, person(rng, lg))
        pages.append(cp)
    remember(c, d)
    return pages


def stowage_sketch(rng: random.Random, s: Style, h: Head, c: Cons, header: str) -> Page:
    """A sketch of the container's stowage seen from above: pallets as boxes, damaged ones
    hatched, the doors marked."""
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = running_header(p, s, header) + 10
    p.text(
        m, y, tr(h.lang, "Stowage sketch", "Stauskizze", "Croquis d'empotage"), s.bold, s.size + 1
    )
    y += 20
    cw, ch = w - 2 * m, 200.0
    p.rect(m, y, cw, ch)
    p.text(m + cw + 2, y + ch / 2, "", s.font, 7)
    p.rect(m + cw - 6, y, 6, ch, fill=0.4)
    p.text(m + cw - 10, y + ch + 12, tr(h.lang, "doors", "Türen", "portes"), s.font, 7, "right")
    cols, rows = rng.choice([(10, 2), (12, 2), (5, 2)])
    pw, ph = (cw - 16) / cols, (ch - 16) / rows
    bad = set(rng.sample(range(cols * rows), rng.randint(1, 4)))
    for k in range(cols * rows):
        x = m + 4 + (k % cols) * pw
        yy = y + 4 + (k // cols) * ph
        p.rect(x + 2, yy + 2, pw - 4, ph - 4, fill=0.55 if k in bad else None)
        p.text(x + pw / 2, yy + ph / 2 + 3, str(k + 1), "Helvetica", 8, "center")
    y += ch + 30
    for k in sorted(bad):
        hand(p, m, y, f"{k + 1}: {rng.choice(DAMAGES[h.lang])}", 9, w - 2 * m)
        y += 14
    return p


def tpl_damage_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A cargo surveyor's damage report (survey report, Havariezertifikat / Schadengutachten,
    rapport d'expertise): sometimes a cover page, the particulars, attendance, description of
    the damage, cause and extent with the loss table, one or two photo sheets and now and then
    the stowage sketch; numbered throughout."""
    h = head_of(who, "surveyor")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    c = damaged_cons(rng, ("claim_letter", "delivery_receipt"))
    d = next_day(rng, ("claim_letter",), (2, 8))
    no = serial(rng, "99/9999")
    title = tr(lg, "SURVEY REPORT", "HAVARIEZERTIFIKAT / SCHADENGUTACHTEN", "RAPPORT D'EXPERTISE")
    header = f"{h.name} - {title} {no}"
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.35:
        cv = Page(A4)
        heading(cv, s, h)
        cv.text(w / 2, 300, title, s.bold, shrink(title, s.bold, 20, w - 2 * m), "center")
        cv.text(
            w / 2,
            330,
            f"{tr(lg, 'Our ref.', 'Unser Az.', 'Notre réf.')} {no}",
            s.font,
            s.size + 1,
            "center",
        )
        cv.text(
            w / 2, 360, fit(goods_text(c, lg), s.font, s.size, w - 2 * m), s.font, s.size, "center"
        )
        cv.text(
            w / 2,
            376,
            f"{c.box if c.mode == 'sea' else c.truck} - {c.consignee[0]}",
            s.font,
            s.size,
            "center",
        )
        cv.text(
            w / 2,
            420,
            tr(lg, "Prepared for: ", "Im Auftrag von: ", "Pour le compte de : ")
            + head_of(who, "insurer").name,
            s.font,
            s.size,
            "center",
        )
        pages.append(cv)
        covers = 1
    f = sheets(s, h, header)
    caption(f, s, f"{title} {no}", 2, rule=True)
    dmg = rng.sample(DAMAGES[lg], rng.randint(1, 3))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Instructed by", "Auftraggeber", "Mandant"),
                    rng.choice([head_of(who, "insurer").name, office_head().name]),
                ),
                (tr(lg, "Consignee", "Empfänger", "Destinataire"), c.consignee[0]),
                (tr(lg, "Consignment", "Sendung", "Envoi"), f"{c.ref} - {pkgs_text(c, lg)}"),
                (
                    tr(lg, "Container / vehicle", "Container / Fahrzeug", "Conteneur / véhicule"),
                    f"{c.box} {c.size}" if c.mode == "sea" else f"{c.truck} / {c.trailer}",
                ),
                (
                    tr(lg, "Place of survey", "Ort der Besichtigung", "Lieu de l'expertise"),
                    f"{c.consignee[1]}, {c.consignee[2]}"
                    if c.c_lang == home()
                    else f"{head_of(who, 'warehouse').name}, {head_of(who, 'warehouse').town}",
                ),
                (tr(lg, "Date of survey", "Besichtigt am", "Date de l'expertise"), day(h, d)),
                (
                    tr(lg, "Present", "Anwesend", "Présents"),
                    f"{person(rng, lg)}, {person(rng, lg)}",
                ),
            ],
            w - m,
        )
        + 8
    )
    for cap, body in [
        (
            tr(lg, "1. Description of the damage", "1. Schadenbeschreibung", "1. Constatations"),
            "; ".join(dmg).capitalize() + ". " + prose(rng, lg, 2, 4),
        ),
        (tr(lg, "2. Cause", "2. Schadenursache", "2. Causes"), prose(rng, lg, 2, 3)),
        (
            tr(lg, "3. Extent of loss", "3. Schadenumfang", "3. Étendue du dommage"),
            prose(rng, lg, 1, 3),
        ),
    ]:
        f.heading(m, cap, s.bold, s.size + 0.5)
        write(f, s, body)
    rows = []
    tot = 0.0
    for ln in c.lines:
        lost = rng.randint(1, max(1, ln.qty // 10))
        v = round(lost * GOODS[ln.goods][6], 2)
        tot += v
        rows.append(
            [
                goods_name(GOODS[ln.goods], lg),
                str(lost),
                money(GOODS[ln.goods][6], lg),
                money(v, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Units", "Menge", "Qté"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Loss", "Schaden", "Perte"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(30)
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total loss', 'Schaden gesamt', 'Total du préjudice')}: "
        f"{cash(tot, cur_of(lg), lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    f.heading(m, tr(lg, "4. Remarks", "4. Bemerkungen", "4. Observations"), s.bold, s.size + 0.5)
    write(
        f,
        s,
        tr(
            lg,
            "This report is issued without prejudice to the rights of any party. ",
            "Dieses Gutachten wird ohne Anerkennung einer Rechtspflicht erstattet. ",
            "Le présent rapport est établi sous toutes réserves et sans reconnaissance de "
            "responsabilité. ",
        )
        + words(rng, lg),
    )
    regards(
        f, s, lg, staff(h, "surveyor"), tr(lg, "Surveyor", "Sachverständiger", "Expert maritime")
    )
    body = f.pages
    for k in range(rng.choice([1, 1, 1, 2])):
        body.append(
            photo_page(
                rng,
                s,
                h,
                tr(lg, "Photographs", "Lichtbilder", "Planche photographique") + f" {k + 1}",
                rng.choice([4, 6]),
                dmg,
                header=header,
            )
        )
    if c.mode == "sea" and rng.random() < 0.35:
        body.append(stowage_sketch(rng, s, h, c, header))
    pages += body
    close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "{i}/{n}"]
        ),
        covers=covers,
    )
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TT: the warehouse
# ---------------------------------------------------------------------------------------------


def tpl_warehouse_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A warehouse receipt / goods received note (Wareneingangsbestätigung, bon de réception
    entrepôt): lot number, depositor, the packages, condition ticked, storage location, the
    warehouseman's signature; on A4 or A5; a batch holds several."""
    h = head_of(who, "warehouse")
    lg = h.lang
    size = A5 if keyed(who, "wr").random() < 0.5 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5)
    w, hh = size
    m = s.margin
    c = pick(
        rng,
        ("delivery_order", "terminal_invoice", "arrival_notice"),
        lambda x: not x.export or x.mode == "road",
        lambda: new_cons(rng),
        fresh=0.5,
    )
    d = next_day(rng, ("delivery_order",), (0, 3))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "WAREHOUSE RECEIPT", "WARENEINGANGSBESTÄTIGUNG", "BON DE RÉCEPTION ENTREPÔT")
    p.text(m, y + 2, title, s.bold, shrink(title, s.bold, 13, w - 2 * m - 90))
    lot = serial(rng, "L-999999")
    p.text(w - m, y + 2, lot, "Courier-Bold", 11, "right")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Depositor", "Einlagerer", "Déposant"), office_head().name),
            (tr(lg, "For account of", "Für Rechnung", "Pour compte de"), c.consignee[0]),
            (
                tr(lg, "Received from (haulier)", "Angeliefert durch", "Livré par"),
                head_of(who, "haulier", home()).name,
            ),
            (
                tr(lg, "Vehicle / container", "Fahrzeug / Container", "Véhicule / conteneur"),
                c.box if c.mode == "sea" else c.truck,
            ),
            (
                tr(lg, "Date / time in", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(6, 18)}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Customs status", "Zollstatus", "Statut douanier"),
                rng.choice(
                    [
                        tr(lg, "Bonded (T1)", "Zolllager (T1)", "Sous douane (T1)"),
                        tr(lg, "Free circulation", "Freier Verkehr", "Libre pratique"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    rows = [
        [
            str(k + 1),
            f"{ln.packages} {pkg_kind(lg, ln.kind, ln.packages)}",
            goods_name(GOODS[ln.goods], lg),
            serial(rng, rng.choice(["A-99-9", "H9-99-99", "99A"])),
            money(round(ln.qty * GOODS[ln.goods][5] * 1.08), lg),
        ]
        for k, ln in enumerate(c.lines)
    ]
    fl = Flow(size, hh - m, lambda pg, n: m)
    fl.pages = [p]
    fl.page = p
    fl.y = y
    table(
        fl,
        columns(
            m, w - m, [(0.4, "left"), (1.3, "left"), (2.6, "left"), (0.9, "left"), (0.9, "right")]
        ),
        [
            tr(lg, "No", "Pos", "N°"),
            tr(lg, "Packages", "Packstücke", "Colis"),
            tr(lg, "Goods", "Ware", "Marchandise"),
            tr(lg, "Location", "Lagerplatz", "Emplacement"),
            "kg",
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    y = fl.y + 4
    p.text(
        m, y, tr(lg, "Condition on arrival", "Zustand bei Eingang", "État à l'arrivée"), s.bold, 8
    )
    good = rng.random() < 0.75
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            tr(lg, "Good order", "Einwandfrei", "Bon état"),
            tr(lg, "Damaged", "Beschädigt", "Endommagé"),
            tr(lg, "Shortage", "Fehlmenge", "Manquant"),
        ],
        {0} if good else {1},
        8,
    )
    if not good:
        hand(p, m + 4, y + 4, rng.choice(DAMAGES[lg]), 9, w - 2 * m)
        y += 16
    y += 10
    p.text(m, y, tr(lg, "Warehouseman", "Lagermeister", "Magasinier"), s.font, 7)
    sign(p, m + 70, y + 2, staff(h, "store"))
    p.text(w / 2 + 10, y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7)
    sign(p, w / 2 + 60, y + 2, person(rng, lg))
    remember(c, d)
    return close([p], s, h, numbers="none")


def tpl_stock_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The warehouse's stock report for the office's account printed from its warehouse
    system on landscape A4: lots with receipts, issues and balance, the report title and date
    on every page, one to four pages."""
    h = head_of(who, "warehouse")
    lg = h.lang
    size = landscape(A4)
    s = style_of(h, size, margin=34, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    title = tr(lg, "STOCK REPORT", "BESTANDSLISTE", "ÉTAT DES STOCKS")
    run = serial(rng, "99999")
    at = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"

    def start(p: Page, n: int) -> float:
        y = m - 8
        p.text(m, y, fit(h.name, s.bold, 9, w / 3), s.bold, 9)
        p.text(
            w / 2,
            y,
            f"{title} - {tr(lg, 'as at', 'Stand', 'au')} {short(d, lg)}",
            s.bold,
            10,
            "center",
        )
        p.text(w - m, y, f"{tr(lg, 'Page', 'Seite', 'Page')} {n}", "Courier", 8, "right")
        p.text(
            m,
            y + 11,
            f"{tr(lg, 'Depositor', 'Einlagerer', 'Déposant')}: {office_head().name}  -  "
            f"{tr(lg, 'Run', 'Lauf', 'Édition')} {run}  {at}",
            "Courier",
            7,
        )
        p.line(m, y + 16, w - m, y + 16)
        return y + 30

    f = Flow(size, hh - m, start)
    rows = []
    for _ in range(rng.choice([12, 20, 30, 45, 70])):
        g = rng.choice(GOODS)
        start_q = rng.randint(0, 400)
        inn = rng.choice([0, 0, rng.randint(10, 300)])
        out = rng.randint(0, start_q + inn)
        cc = rng.choice(CONS) if CONS and rng.random() < 0.3 else None
        rows.append(
            [
                serial(rng, "L-999999"),
                fit(goods_name(g, lg), s.font, 7.5, 210),
                cc.ref if cc else a_ref(rng),
                short(d - timedelta(days=rng.randint(2, 200)), lg),
                str(start_q),
                str(inn),
                str(out),
                str(start_q + inn - out),
                serial(rng, "A-99-9"),
            ]
        )
    rows.sort(key=lambda r: r[0])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (3, "left"),
                (1.4, "left"),
                (1, "left"),
                (0.7, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (0.8, "right"),
                (0.8, "left"),
            ],
        ),
        [
            tr(lg, "Lot", "Partie", "Lot"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "File", "Akte", "Dossier"),
            tr(lg, "Received", "Eingang", "Entrée"),
            tr(lg, "Opening", "Anfang", "Début"),
            tr(lg, "In", "Zugang", "Entrées"),
            tr(lg, "Out", "Abgang", "Sorties"),
            tr(lg, "Balance", "Bestand", "Solde"),
            tr(lg, "Loc.", "Platz", "Empl."),
        ],
        rows,
        s,
        size=7.5,
        step=1.55,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.need(20)
    f.page.text(
        m,
        f.y + 6,
        f"{len(rows)} {tr(lg, 'lots', 'Partien', 'lots')} - *** "
        f"{tr(lg, 'end of report', 'Ende der Liste', 'fin de l édition')} ***",
        "Courier",
        8,
    )
    remember(None, d)
    return f.pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same consignment."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "commercial_invoice": tpl_commercial_invoice,
    "packing_list": tpl_packing_list,
    "bill_of_lading": tpl_bill_of_lading,
    "cmr": tpl_cmr,
    "customs_declaration": tpl_customs_declaration,
    "certificate_origin": tpl_certificate_origin,
    "eur1": tpl_eur1,
    "forwarding_instruction": tpl_forwarding_instruction,
    "freight_invoice": tpl_freight_invoice,
    "terminal_invoice": tpl_terminal_invoice,
    "arrival_notice": tpl_arrival_notice,
    "delivery_order": tpl_delivery_order,
    "dg_declaration": tpl_dg_declaration,
    "insurance_certificate": tpl_insurance_certificate,
    "claim_letter": tpl_claim_letter,
    "damage_report": tpl_damage_report,
    "warehouse_receipt": tpl_warehouse_receipt,
    "stock_report": tpl_stock_report,
    "duty_notice": tpl_duty_notice,
    "delivery_receipt": tpl_delivery_receipt,
    "transport_order": tpl_transport_order,
}
TEMPLATES_TT: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "cmr",
    "terminal_invoice",
    "delivery_receipt",
    "warehouse_receipt",
    "delivery_order",
    "eur1",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "commercial_invoice": "packing_list",
    "forwarding_instruction": "transport_order",
    "transport_order": "cmr",
    "dg_declaration": "bill_of_lading",
    "bill_of_lading": "freight_invoice",
    "arrival_notice": "delivery_order",
    "customs_declaration": "duty_notice",
    "claim_letter": "damage_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_bin_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One forwarding office's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month, consignments) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    CONS[:] = []
    for _ in range(r.randint(3, 8)):
        CONS.append(new_cons(r, dg=r.random() < 0.15))
    LAST.update(kind="", cons=None, day=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_TT, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_bin_stream, "templates TT")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

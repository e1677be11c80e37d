"""Ricer part of the generated corpus: templates YYYY, written blind for the next measurement.

A part of its own, ``ricer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a mobile
phone, tablet and computer repair shop with a small refurbished-device trade (the owner, two
technicians and a counter assistant; in England, Germany or France) feeds through its scanner:
the shop's repair job tickets (Reparaturauftrag, bon de dépôt) with the condition check, the
customer's disclaimer and signature, a tear-off customer stub and now and then the repair terms
on the back; its collection receipts, as a narrow till slip or an A5 repair report with the
function test; its loan phone agreements; its second-hand purchase declarations
(Ankaufbeleg, attestation de cession with the livre de police number) with the copy of the
seller's ID card, driving licence or passport behind; spare parts wholesalers' delivery notes
and invoices for screens, batteries and charging ports (foreign wholesalers with the reverse
charge note); express couriers' import duty and VAT invoices for parcels of parts from abroad,
some with the import entry behind; refurbished-device wholesalers' invoices for a lot of
graded devices under the margin scheme with the lot manifest on landscape pages; the shop's
RMA requests to a wholesaler with the copy of the original invoice behind, and the
wholesaler's RMA decision, sometimes with its credit note; data recovery laboratories'
diagnosis and quotation with the acceptance form and the terms; service agreements with
business customers with the schedule of covered devices on a landscape page and the signature
page; WEEE and battery collection notes (waste transfer note, Übernahmeschein, bordereau
d'enlèvement); card terminal monthly statements with the daily settlements; shop lease rent
demands; the shop insurance schedule with the insurer's covering letter and endorsements;
customers' complaint letters, some with photographs or a copy of the receipt, and the shop's
reply with the technician's inspection report; police enquiries about stolen devices
(request under Schedule 2 DPA 2018, Auskunftsersuchen, réquisition judiciaire) with the list of
IMEIs; device insurers' repair authorisations. Each stream is one shop's pile: the shop
(country, name, month, technicians) is drawn once per stream; its outside senders are of the
shop's country and write in its language, except that wholesalers, laboratories and
customers are now and then from abroad and write in their own. Page sizes range from 80 mm
till slips and A5 to A4, Letter and landscape A4 and A5.

Labelling rule: what one sender issues in one go is one document, as the shop files it: the
terms on the back of a repair ticket and its customer stub; the ID copy behind a purchase
declaration (the copy shows another's paper, yet the shop's counter attached it); the import
entry behind a duty invoice; the manifest pages of a lot invoice; the invoice copy behind an
RMA request; the credit note sent with an RMA decision; the acceptance form and terms of a
data recovery quotation; the schedules and signature page of a service agreement; every page
of a card terminal statement; the covering letter, endorsements and notices of an insurance
schedule; the photographs and receipt copy enclosed with a complaint; the inspection report
sent with the shop's reply; the IMEI list and data protection form of a police enquiry; the
repairer's instructions of a repair authorisation. Related papers are documents of their own:
the collection receipt after the repair ticket, the invoice after the delivery note, the RMA
decision after the RMA request, the shop's reply after a complaint, the purchase declaration
(the shop's copy for the police) after a police enquiry, the repair ticket after the
insurer's authorisation; and so is each ticket, receipt, declaration, invoice, collection note
and rent demand of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: repair tickets, collection receipts,
purchase declarations, delivery notes, parts invoices, duty invoices, WEEE collection notes and
rent demands often come 2-4 in a row from one sender with other customers, devices, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same repair, order or device. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "ricer"`` and
seeds offset by 10_200_000.

Usage: ``python benchmarks/corpus_ricer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/ricer/ricer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "ricer"
SEED_OFFSET = 10_200_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        (
            "FixPoint Phone & Laptop Repairs",
            "27 Gallowtree Gate",
            "Leicester LE1 5AD",
            "0116 253 8190",
        ),
        ("Cracked It Repairs Ltd", "112 Commercial Road", "Portsmouth PO1 1EJ", "023 9282 6614"),
        ("Byte Doctor Gloucester", "9 Westgate Street", "Gloucester GL1 2NW", "01452 301 772"),
    ],
    "de": [
        ("Handy-Klinik Bachmann", "Schloßstraße 41", "12163 Berlin", "030 79 70 42 18"),
        (
            "iFix Werkstatt Rhein-Main GmbH",
            "Berger Straße 203",
            "60385 Frankfurt am Main",
            "069 48 00 27 61",
        ),
        ("PC & Handy Service Özdemir", "Kortumstraße 12", "44787 Bochum", "0234 96 10 553"),
    ],
    "fr": [
        ("Répar'Phone Nantes", "14 rue de la Marne", "44000 Nantes", "02 40 47 18 63"),
        ("Allo Micro Services SARL", "58 cours Gambetta", "34000 Montpellier", "04 67 58 21 90"),
        (
            "Atelier Smartphone Toulouse",
            "7 rue d'Alsace-Lorraine",
            "31000 Toulouse",
            "05 61 22 73 08",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "supplier": {
        "en": [
            (
                "Mobile Parts Direct Ltd",
                "Unit 14, Trafford Park Road",
                "Manchester M17 1HH",
                "0161 872 4400",
            ),
            ("PartsHub UK Ltd", "Wharf Road", "Enfield EN3 4TA", "020 8443 1920"),
            (
                "Screen Source Trade Ltd",
                "Unit 3, Lakeside Estate",
                "Colnbrook SL3 0EL",
                "01753 687 220",
            ),
        ],
        "de": [
            ("Ersatzteil-Profi GmbH", "Gutenbergstraße 8", "63110 Rodgau", "06106 77 41 0"),
            ("Komponenten Handel Nord GmbH", "Wendenstraße 130", "20537 Hamburg", "040 25 33 18 0"),
            ("MobiTeile24 e.K.", "Industriestraße 22", "33378 Rheda-Wiedenbrück", "05242 90 31 60"),
        ],
        "fr": [
            (
                "Pièces Mobiles Distribution SAS",
                "4 rue Gay-Lussac, ZA des Bruyères",
                "78310 Coignières",
                "01 30 05 44 82",
            ),
            (
                "Répar Pro Grossiste",
                "12 avenue de l'Europe",
                "69140 Rillieux-la-Pape",
                "04 78 88 20 15",
            ),
            ("Écrans & Co SARL", "Parc d'activités du Moulin", "59810 Lesquin", "03 20 87 61 40"),
        ],
    },
    "courier": {
        "en": [
            (
                "Swiftline Express UK Ltd",
                "Import Services, Heathrow Cargo Centre",
                "Hounslow TW6 2JS",
                "0344 248 0844",
            ),
            (
                "Parcelink International",
                "Duty & Tax Dept, Kingsbury Road",
                "Birmingham B35 6AA",
                "0330 808 5050",
            ),
        ],
        "de": [
            (
                "Swiftline Express Germany GmbH",
                "Zollabteilung, Flughafenstraße 1",
                "04435 Schkeuditz",
                "0228 28 60 90 90",
            ),
            (
                "Parcelink Deutschland GmbH",
                "Import-Service, Am Airport 4",
                "51147 Köln",
                "06102 78 68 0",
            ),
        ],
        "fr": [
            (
                "Swiftline Express France SAS",
                "Service dédouanement, 2 rue du Pont",
                "95700 Roissy-en-France",
                "09 69 39 10 10",
            ),
            (
                "Parcelink France",
                "Service Import, ZI Paris Nord II",
                "93290 Tremblay-en-France",
                "01 48 17 30 00",
            ),
        ],
    },
    "wholesaler": {
        "en": [
            (
                "ReCell Trading Ltd",
                "Unit 6, Junction 6 Industrial Park",
                "Birmingham B6 7JJ",
                "0121 327 5030",
            ),
            (
                "Second Wave Devices Ltd",
                "Hollins Mill, Hollins Lane",
                "Bury BL9 8AT",
                "0161 764 9921",
            ),
        ],
        "de": [
            ("ReMarket Devices GmbH", "Hafenstraße 57", "28217 Bremen", "0421 38 69 40"),
            ("Zweitgerät Großhandel GmbH", "Am Güterbahnhof 3", "04157 Leipzig", "0341 91 82 70"),
        ],
        "fr": [
            (
                "Reconditionné Pro SAS",
                "15 rue des Frères Lumière",
                "69680 Chassieu",
                "04 72 47 30 30",
            ),
            (
                "Occaz Télécom Négoce",
                "ZI Les Paluds, 320 avenue du Douard",
                "13400 Aubagne",
                "04 42 84 16 77",
            ),
        ],
    },
    "lab": {
        "en": [
            (
                "Datarescue Labs Ltd",
                "Bletchley Business Campus",
                "Milton Keynes MK3 6EB",
                "01908 643 400",
            ),
            (
                "Platter & Chip Recovery",
                "12 Innovation Way, Science Park",
                "Cambridge CB4 0WS",
                "01223 902 170",
            ),
        ],
        "de": [
            (
                "DataReset Laborrettung GmbH",
                "Mainzer Landstraße 351",
                "60326 Frankfurt am Main",
                "069 24 75 63 0",
            ),
            ("Rettungslabor Süd GmbH", "Leopoldstraße 244", "80807 München", "089 21 09 88 7"),
        ],
        "fr": [
            (
                "Récup'Data Laboratoire",
                "5 allée Alan Turing",
                "35510 Cesson-Sévigné",
                "02 99 83 44 10",
            ),
            (
                "Salle Blanche Récupération SAS",
                "27 rue de Paris",
                "92100 Boulogne-Billancourt",
                "01 46 08 55 20",
            ),
        ],
    },
    "business": {
        "en": [
            ("Holt & Partners Estate Agents", "4 Market Place", "", ""),
            ("Greenfield Care Homes Ltd", "The Coach House, Church Lane", "", ""),
            ("Ridgeway Taxis Ltd", "Unit 2, Station Yard", "", "0800 112 4455"),
        ],
        "de": [
            ("Pflegedienst Sonnenschein GmbH", "Lindenallee 19", "", ""),
            ("Kanzlei Hoffmann & Aksoy", "Goethestraße 7", "", ""),
            ("Autohaus Brenner KG", "Gewerbering 31", "", ""),
        ],
        "fr": [
            ("Cabinet Infirmier des Halles", "3 place des Halles", "", ""),
            ("Agence Immobilière Lemaire", "21 boulevard Victor Hugo", "", ""),
            ("Taxis Atlantique SARL", "9 rue du Port", "", ""),
        ],
    },
    "recycler": {
        "en": [
            (
                "Circuit Recycling Ltd",
                "Unit 2, Canal Side",
                "Stoke-on-Trent ST4 7PT",
                "01782 845 300",
            ),
            (
                "GreenCell Battery Collections",
                "Riverside Works, Mill Road",
                "Rotherham S60 1BX",
                "01709 372 611",
            ),
        ],
        "de": [
            (
                "ElektroRecycling West GmbH",
                "Emscherstraße 88",
                "45891 Gelsenkirchen",
                "0209 70 26 40",
            ),
            (
                "Bauer Entsorgung GmbH & Co. KG",
                "Im Gewerbepark 6",
                "15366 Hoppegarten",
                "03342 30 88 10",
            ),
        ],
        "fr": [
            (
                "Recyclerie Électronique du Grand Ouest",
                "ZI de la Lande",
                "44220 Couëron",
                "02 40 86 31 77",
            ),
            (
                "Piles & Accus Collecte SAS",
                "8 rue de l'Industrie",
                "69200 Vénissieux",
                "04 78 70 15 22",
            ),
        ],
    },
    "acquirer": {
        "en": [
            ("PayTap Merchant Services Ltd", "1 Canada Square", "London E14 5AB", "0345 600 3342"),
            (
                "Cardstream Acquiring",
                "Harman House, George Street",
                "Uxbridge UB8 1QQ",
                "0330 123 4422",
            ),
        ],
        "de": [
            ("PayTap Europe GmbH", "Friedrichstraße 68", "10117 Berlin", "030 20 84 77 0"),
            (
                "KartenTerminal Service GmbH",
                "Theodor-Heuss-Allee 112",
                "60486 Frankfurt am Main",
                "069 79 30 22 0",
            ),
        ],
        "fr": [
            ("PayTap France SAS", "35 rue de la Boétie", "75008 Paris", "01 84 88 31 00"),
            ("Monétique Services Ouest", "2 rue Crucy", "44000 Nantes", "02 51 72 40 40"),
        ],
    },
    "landlord": {
        "en": [
            ("Castlegate Property Management", "Castlegate House, 3 High Street", "", ""),
            (
                "Hartley Commercial Estates Ltd",
                "Hartley House, 40 King Street",
                "Manchester M2 4LY",
                "",
            ),
        ],
        "de": [
            ("Hausverwaltung Krüger & Sohn", "Bismarckstraße 9", "", ""),
            ("Immobilien Kontor Weiß GmbH", "Kaiserstraße 44", "60329 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Gestion Immobilière Duval", "16 rue Crébillon", "", ""),
            ("SCI Les Arcades", "c/o Cabinet Roussel, 4 place du Marché", "", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Bramwell Commercial Insurance plc",
                "Bramwell House, 80 Fenchurch Street",
                "London EC3M 4BY",
                "0345 070 2200",
            ),
            (
                "Shopsure Insurance Services",
                "Shopsure House, Park Lane",
                "Leeds LS3 1EP",
                "0113 388 6800",
            ),
        ],
        "de": [
            ("Gewerbe-Versicherung Mitte AG", "Rheinstraße 101", "65185 Wiesbaden", "0611 17 77 0"),
            (
                "Hanseatische Inhaltsversicherung a.G.",
                "Ballindamm 27",
                "20095 Hamburg",
                "040 30 96 11 0",
            ),
        ],
        "fr": [
            (
                "Mutuelle des Commerçants de l'Ouest",
                "12 boulevard Guist'hau",
                "44000 Nantes",
                "02 40 20 48 48",
            ),
            (
                "Assurances Pro Atlantique",
                "Cabinet Bérard, 30 allées Jean Jaurès",
                "31000 Toulouse",
                "",
            ),
        ],
    },
    "claims": {
        "en": [
            ("Gadgetcover Claims Ltd", "PO Box 5126", "Swindon SN4 8XZ", "0333 003 0610"),
            (
                "Protect My Device Claims",
                "Claims Centre, Brunel Way",
                "Sheffield S9 3LB",
                "0344 334 5000",
            ),
        ],
        "de": [
            (
                "Handyschutz Schadenservice GmbH",
                "Postfach 11 02 44",
                "40502 Düsseldorf",
                "0211 55 04 90",
            ),
            (
                "GeräteSicher Versicherungsservice",
                "Schadenabteilung, Postfach 30 12 51",
                "50782 Köln",
                "",
            ),
        ],
        "fr": [
            (
                "Mobile Assurance - Gestion des sinistres",
                "TSA 60012",
                "92894 Nanterre Cedex 9",
                "09 70 82 06 06",
            ),
            ("Sérénité Appareils - Service sinistres", "CS 70314", "59021 Lille Cedex", ""),
        ],
    },
}
#: The police of each shop's town (same order as ``SHOPS``).
POLICE: dict[str, list[Row]] = {
    "en": [
        (
            "Leicestershire Police - Economic Crime Unit",
            "Mansfield House, 74 Belgrave Gate",
            "Leicester LE1 3GG",
            "101",
        ),
        (
            "Hampshire & Isle of Wight Constabulary - Stolen Property Team",
            "Portsmouth Central Police Station, Winston Churchill Avenue",
            "Portsmouth PO1 2AD",
            "101",
        ),
        (
            "Gloucestershire Constabulary - Acquisitive Crime Team",
            "Waterwells Drive, Quedgeley",
            "Gloucester GL2 2AN",
            "101",
        ),
    ],
    "de": [
        (
            "Polizeipräsidium Berlin - Direktion 4 - Fachkommissariat Eigentum",
            "Eiswaldtstraße 18",
            "12249 Berlin",
            "030 4664 472 100",
        ),
        (
            "Polizeipräsidium Frankfurt am Main - K 21 Eigentumsdelikte",
            "Adickesallee 70",
            "60322 Frankfurt am Main",
            "069 755 52100",
        ),
        (
            "Polizeipräsidium Bochum - Kriminalkommissariat 13",
            "Uhlandstraße 35",
            "44791 Bochum",
            "0234 909 4135",
        ),
    ],
    "fr": [
        (
            "Direction interdépartementale de la police nationale - Commissariat central de Nantes",
            "Place Waldeck-Rousseau",
            "44000 Nantes",
            "02 40 37 21 21",
        ),
        (
            "Gendarmerie nationale - Brigade de recherches de Montpellier",
            "Caserne Lepic, 359 rue de Fontcouverte",
            "34070 Montpellier",
            "04 67 06 31 00",
        ),
        (
            "Commissariat central de Toulouse - Service de sûreté départementale",
            "23 boulevard de l'Embouchure",
            "31000 Toulouse",
            "05 61 12 77 77",
        ),
    ],
}
#: Overseas parts exporters named on couriers' duty invoices.
EXPORTERS = [
    "Shenzhen Huaqiang Mobile Parts Co., Ltd",
    "Guangzhou Phonefix Electronics Trading Co.",
    "Dongguan Lianxin Display Technology Ltd",
    "HK Sunrise Components Ltd, Kowloon",
    "Shenzhen Jiahe Battery Co., Ltd",
]

FIRSTS = {
    "en": ["Sarah", "James", "Chloe", "Daniel", "Aisha", "Ryan", "Megan", "Tom", "Jade", "Kieran"],
    "de": ["Lena", "Tobias", "Sabine", "Murat", "Katrin", "Florian", "Jana", "Dennis", "Elif"],
    "fr": ["Manon", "Julien", "Camille", "Karim", "Sandrine", "Thomas", "Inès", "Hugo", "Chloé"],
}
LASTS = {
    "en": ["Patel", "Hughes", "Walsh", "Okafor", "Barker", "Singh", "Lloyd", "Bradshaw", "Cox"],
    "de": ["Schulz", "Becker", "Yildiz", "Krause", "Lehmann", "Wagner", "Demir", "Hahn", "Kühn"],
    "fr": ["Martin", "Lambert", "Haddad", "Garnier", "Faure", "Mercier", "Blanc", "Diallo"],
}
FEMALE = {"Sarah", "Chloe", "Aisha", "Megan", "Jade", "Lena", "Sabine", "Katrin", "Jana", "Elif"}
FEMALE |= {"Manon", "Camille", "Sandrine", "Inès", "Chloé"}
ROADS = {
    "en": ["Victoria Road", "Church Street", "Albert Avenue", "Station Road", "Queens Drive"],
    "de": ["Lindenstraße", "Bahnhofstraße", "Am Markt", "Gartenweg", "Schillerstraße"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "impasse des Tilleuls"],
}

#: Devices the shop sees: make, model, kind (phone | tablet | laptop | console), IMEI or not.
DEVICES = [
    ("Apple", "iPhone 11", "phone"),
    ("Apple", "iPhone 12", "phone"),
    ("Apple", "iPhone 13 Pro", "phone"),
    ("Apple", "iPhone 14", "phone"),
    ("Apple", "iPhone SE (2022)", "phone"),
    ("Samsung", "Galaxy S21 FE", "phone"),
    ("Samsung", "Galaxy A52s", "phone"),
    ("Samsung", "Galaxy S22 Ultra", "phone"),
    ("Google", "Pixel 7", "phone"),
    ("Xiaomi", "Redmi Note 11", "phone"),
    ("Huawei", "P30 Lite", "phone"),
    ("Apple", "iPad 9th gen A2602", "tablet"),
    ("Samsung", "Galaxy Tab A8", "tablet"),
    ("Apple", "MacBook Air M1 A2337", "laptop"),
    ("Lenovo", "ThinkPad T480", "laptop"),
    ("HP", "Pavilion 15-eg", "laptop"),
    ("Dell", "Inspiron 15 3511", "laptop"),
    ("Acer", "Aspire 5 A515", "laptop"),
    ("Nintendo", "Switch OLED", "console"),
    ("Sony", "PlayStation 5", "console"),
]
COLOURS = {
    "en": ["black", "white", "blue", "midnight", "silver", "graphite", "green", "red"],
    "de": ["schwarz", "weiß", "blau", "mitternacht", "silber", "graphit", "grün", "rot"],
    "fr": ["noir", "blanc", "bleu", "minuit", "argent", "graphite", "vert", "rouge"],
}
FAULTS = {
    "phone": [
        ("Cracked screen, touch works", "Display gebrochen, Touch geht", "Écran cassé, tactile OK"),
        ("Screen black after drop", "Display schwarz nach Sturz", "Écran noir après chute"),
        ("Battery drains fast", "Akku schnell leer", "Batterie se vide vite"),
        ("Not charging", "Lädt nicht", "Ne charge plus"),
        ("Water damage, no power", "Wasserschaden, kein Start", "Oxydation, ne s'allume plus"),
        ("Rear glass cracked", "Rückglas gebrochen", "Vitre arrière cassée"),
        ("Earpiece quiet", "Hörmuschel leise", "Écouteur interne faible"),
        ("Camera blurry", "Kamera unscharf", "Appareil photo flou"),
    ],
    "tablet": [
        ("Glass cracked", "Glas gesprungen", "Vitre fissurée"),
        ("Not charging", "Lädt nicht", "Ne charge plus"),
        ("Battery swollen", "Akku aufgebläht", "Batterie gonflée"),
    ],
    "laptop": [
        (
            "Will not boot, fan runs",
            "Startet nicht, Lüfter läuft",
            "Ne démarre pas, ventilo tourne",
        ),
        ("Liquid spill on keyboard", "Flüssigkeit auf Tastatur", "Liquide renversé sur clavier"),
        ("Hinge broken", "Scharnier gebrochen", "Charnière cassée"),
        ("Very slow, upgrade SSD", "Sehr langsam, SSD-Umrüstung", "Très lent, passage SSD"),
        ("Screen flickers", "Display flackert", "Écran qui scintille"),
        ("Charging port loose", "Ladebuchse locker", "Connecteur de charge desserré"),
    ],
    "console": [
        ("HDMI port damaged", "HDMI-Buchse defekt", "Port HDMI endommagé"),
        ("Joy-Con drift", "Joy-Con Drift", "Joy-Con qui dérive"),
        ("Overheats, shuts down", "Überhitzt, schaltet ab", "Surchauffe, s'éteint"),
    ],
}
#: Repairs with the part fitted and the shop's price in the home currency (GBP or EUR).
REPAIRS = {
    "phone": [
        ("Screen replacement", "Displaytausch", "Remplacement écran", 89.0),
        ("Screen replacement (OEM)", "Displaytausch (Original)", "Écran d'origine", 179.0),
        ("Battery replacement", "Akkutausch", "Remplacement batterie", 59.0),
        ("Charging port replacement", "Ladebuchse tauschen", "Connecteur de charge", 49.0),
        ("Rear glass replacement", "Rückglas tauschen", "Vitre arrière", 69.0),
        ("Ultrasonic clean & board repair", "Ultraschallreinigung", "Désoxydation", 75.0),
        ("Camera module", "Kameramodul", "Module caméra", 65.0),
    ],
    "tablet": [
        ("Digitiser replacement", "Touchscreen tauschen", "Vitre tactile", 95.0),
        ("Battery replacement", "Akkutausch", "Remplacement batterie", 85.0),
    ],
    "laptop": [
        (
            "SSD 500 GB + OS install + data transfer",
            "SSD 500 GB inkl. Einrichtung",
            "SSD 500 Go + système",
            119.0,
        ),
        ("Keyboard replacement", "Tastatur tauschen", "Remplacement clavier", 95.0),
        ("Hinge repair", "Scharnier-Reparatur", "Réparation charnière", 79.0),
        ("Liquid damage clean", "Flüssigkeitsschaden reinigen", "Nettoyage oxydation", 89.0),
        ("DC jack replacement", "Strombuchse tauschen", "Connecteur alimentation", 69.0),
    ],
    "console": [
        ("HDMI port replacement", "HDMI-Buchse tauschen", "Port HDMI", 79.0),
        ("Joy-Con stick replacement", "Joy-Con Stick tauschen", "Joystick Joy-Con", 29.0),
        ("Clean & thermal paste", "Reinigung & Wärmeleitpaste", "Nettoyage + pâte thermique", 49.0),
    ],
}
#: Spare parts a wholesaler sells: SKU mask, description, trade price (GBP/EUR).
PARTS = [
    ("IP11-LCD-IN", "iPhone 11 LCD assembly (incell)", 14.90),
    ("IP12-OLED-SO", "iPhone 12/12 Pro OLED assembly (soft OLED)", 62.50),
    ("IP13P-OLED-RF", "iPhone 13 Pro OLED (refurbished original)", 139.00),
    ("IP14-BAT-OC", "iPhone 14 battery, original cell", 21.80),
    ("IP11-BAT-HC", "iPhone 11 battery high capacity 3500 mAh", 9.95),
    ("IPSE3-CP", "iPhone SE 2022 charging port flex", 6.40),
    ("SM-A526-LCD", "Samsung A52s service pack display", 58.00),
    ("SM-S908-OLED", "Samsung S22 Ultra service pack display", 189.00),
    ("SM-A525-CPB", "Samsung A52 charging board USB-C", 7.20),
    ("PX7-OLED", "Google Pixel 7 OLED with frame", 84.00),
    ("RN11-LCD", "Redmi Note 11 display AMOLED", 31.50),
    ("IPD9-DIG", "iPad 9 digitiser black, with home button", 11.90),
    ("MBA-A2337-KB", "MacBook Air A2337 keyboard UK/DE/FR", 34.00),
    ("T480-HNG", "ThinkPad T480 hinge set L+R", 12.60),
    ("NSW-HDMI", "Switch HDMI port IC + socket", 3.10),
    ("JC-STICK", "Joy-Con analogue stick (10 pcs)", 15.00),
    ("ADH-IP-50", "Adhesive seals iPhone assorted (50)", 8.50),
    ("TG-9H-100", "Tempered glass 9H bulk (100)", 19.00),
    ("TOOL-PENTA", "Pentalobe P2 screwdriver", 2.40),
    ("SSD-500-SATA", "SSD 500 GB SATA 2.5in", 31.90),
    ("B7000-50", "B-7000 glue 50 ml", 1.80),
    ("IPA-1L", "Isopropyl alcohol 99.9% 1 L", 6.90),
]
PARTS_DE = {
    "LCD assembly": "LCD-Einheit",
    "battery": "Akku",
    "charging port flex": "Ladebuchse Flex",
    "display": "Display",
    "keyboard": "Tastatur",
    "hinge set": "Scharnier-Set",
    "Adhesive seals": "Klebedichtungen",
    "Tempered glass": "Panzerglas",
    "screwdriver": "Schraubendreher",
    "glue": "Kleber",
}
PARTS_FR = {
    "LCD assembly": "bloc LCD",
    "battery": "batterie",
    "charging port flex": "nappe connecteur de charge",
    "display": "écran",
    "keyboard": "clavier",
    "hinge set": "jeu de charnières",
    "Adhesive seals": "Joints adhésifs",
    "Tempered glass": "Verre trempé",
    "screwdriver": "tournevis",
    "glue": "colle",
}


def part_name(desc: str, lang: str) -> str:
    table_ = {"de": PARTS_DE, "fr": PARTS_FR}.get(lang, {})
    for a, b in table_.items():
        desc = desc.replace(a, b)
    return desc


TALK = {
    "en": {
        "repair": "device screen battery repair customer technician part fitted tested fault "
        "warranty collection data backup passcode water damage board charging",
        "legal": "party agreement services devices response time charges term termination "
        "liability data protection notice confidential obligations schedule",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement transactions fees",
        "police": "enquiry property stolen device IMEI seller identification records retain "
        "investigation offence officer information disclosure",
    },
    "de": {
        "repair": "Gerät Display Akku Reparatur Kunde Techniker Ersatzteil eingebaut getestet "
        "Fehler Gewährleistung Abholung Datensicherung Code Wasserschaden Platine Ladebuchse",
        "legal": "Vertragsparteien Leistungen Geräte Reaktionszeit Vergütung Laufzeit Kündigung "
        "Haftung Datenschutz Mitteilung vertraulich Pflichten Anlage",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum Abrechnung Gebühren Umsätze Auszahlung",
        "police": "Ermittlungsverfahren Sache entwendet Gerät IMEI Verkäufer Ausweis Unterlagen "
        "Sicherstellung Straftat Beamter Auskunft Herausgabe",
    },
    "fr": {
        "repair": "appareil écran batterie réparation client technicien pièce posée testé "
        "panne garantie retrait sauvegarde code oxydation carte connecteur",
        "legal": "parties contrat prestations appareils délai intervention tarifs durée "
        "résiliation responsabilité données personnelles confidentialité obligations annexe",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "relevé frais règlement transactions commissions",
        "police": "enquête objet volé appareil IMEI vendeur identité registre saisie "
        "infraction officier réquisition communication",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "repair", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "repair", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, month, staff; repairs and what the last paper was about
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Person:
    first: str
    last: str
    lang: str
    street: str
    town: str
    phone: str
    mail: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE


@dataclass
class Repair:
    """One device in for repair, as a companion takes it up."""

    ticket: str
    customer: Person
    make: str
    model: str
    kind: str
    imei: str
    colour: str
    fault: int
    repair: int
    price: float
    tech: str
    booked: date
    claim: str


#: What the previous document was about (a companion takes up the same repair, order, day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps its
    sender."""
    text = f"ricer/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return d + timedelta(days=1) if d.weekday() == 6 else d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: object, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def shop_row() -> Row:
    return SHOPS[home()][int(SHOP["row"])]  # type: ignore[call-overload]


def shop_name() -> str:
    return shop_row()[0]


def shop_town() -> str:
    return shop_row()[2]


def techs() -> list[str]:
    """The owner and the two technicians and the counter assistant of the stream's shop."""
    r = random.Random(zlib.crc32(f"ricer/staff/{SHOP['seed']}".encode()))
    lg = home()
    return [f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}" for _ in range(4)]


def a_person(rng: random.Random, lang: str, town: str = "") -> Person:
    first, last = rng.choice(FIRSTS[lang]), rng.choice(LASTS[lang])
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    if not town:
        town = shop_town() if lang == home() else SHOPS[lang][rng.randrange(3)][2]
    phone = {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.choice([51, 52, 57, 60, 62, 70, 76])} {rng.randint(1000000, 9999999)}",
        "fr": f"0{rng.choice([6, 7])} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
    }[lang]
    host = rng.choice(["gmail.com", "outlook.com", "icloud.com", "yahoo.fr", "web.de", "gmx.de"])
    mail = f"{first.lower()[:1]}{last.lower()}{rng.randint(1, 99)}@{host}"
    mail = mail.encode("ascii", "ignore").decode()
    return Person(first, last, lang, street, town, phone, mail)


def luhn(digits: str) -> str:
    total = 0
    for k, c in enumerate(reversed(digits)):
        v = int(c) * (2 if k % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def an_imei(rng: random.Random) -> str:
    body = rng.choice(["35", "35", "86", "01"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn(body)


def a_serial(rng: random.Random, make: str) -> str:
    masks = {"Apple": "AAAA9AA9AA", "Lenovo": "PF-9AAAA9", "HP": "5CD99999AA", "Dell": "9AAA9A9"}
    return serial(rng, masks.get(make, "A9AAA99999999"))


def a_repair(rng: random.Random, customer: Person | None = None) -> Repair:
    make, model, kind = rng.choice(DEVICES)
    lg = home()
    cust = customer or a_person(rng, lg if rng.random() < 0.9 else rng.choice(["en", "de", "fr"]))
    k = rng.randrange(len(REPAIRS[kind]))
    base = REPAIRS[kind][k][3]
    price = base + rng.choice([0.0, 0.0, 10.0, 20.0, -10.0])
    if lg != "en":
        price = round(price * 1.15) - 0.01 if rng.random() < 0.6 else round(price * 1.15)
    imei = an_imei(rng) if kind == "phone" or (kind == "tablet" and rng.random() < 0.4) else ""
    return Repair(
        ticket=f"{rng.randint(10000, 39999)}",
        customer=cust,
        make=make,
        model=model,
        kind=kind,
        imei=imei,
        colour=rng.choice(COLOURS[lg]),
        fault=rng.randrange(len(FAULTS[kind])),
        repair=k,
        price=float(price),
        tech=rng.choice(techs()[:3]),
        booked=some_day(rng),
        claim="",
    )


def fault_of(job: Repair, lang: str) -> str:
    t = FAULTS[job.kind][job.fault]
    return tr(lang, t[0], t[1], t[2])


def repair_of(job: Repair, lang: str) -> str:
    t = REPAIRS[job.kind][job.repair]
    return tr(lang, t[0], t[1], t[2])


def device_of(job: Repair) -> str:
    return f"{job.make} {job.model}"


def ident(job: Repair) -> str:
    return job.imei or a_serial(random.Random(job.ticket), job.make)


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Repair:
    """The previous document's repair if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Repair) and after(kinds):
        return j
    return a_repair(rng)


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
    look: str  # band | centred | logo | boxed | plain | side | official
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
    paper: tuple[float, float]


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
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("police", "person"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse", "Volksbank", "Commerzbank", "Deutsche Bank", "Postbank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or " AG" in name or "KG" in name or "a.G." in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Berlin', 'Hamburg', 'Frankfurt', 'Köln', 'Bremen'])} - "
                f"Amtsgericht HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dirk Lammers", "Sevgi Arslan", "Dr. Frank Adler", "Nina Roth"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            (
                f"{name} - SIRET {siret} - APE "
                f"{r.choice(['9512Z', '9511Z', '4652Z', '6619B', '3832Z'])}"
            )
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
                f" {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    lines = [" - ".join(out)] if out else []
    if role in ("insurer", "claims"):
        lines.append("Authorised and regulated by the Financial Conduct Authority")
    if role == "recycler":
        lines.append(f"Registered waste carrier CBDU{r.randint(100000, 999999)}")
    return lines


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"ricer/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "police":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "shop":
        looks = ["logo", "band", "side", "centred"]
    paper_ = A4
    if role in ("acquirer", "wholesaler", "lab") and r.random() < 0.2:
        paper_ = LETTER
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town or shop_town(),
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
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'service', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
        paper=paper_,
    )


def shop_head() -> Head:
    return make_head(shop_row(), home(), "shop")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def police_head() -> Head:
    return make_head(POLICE[home()][int(SHOP["row"])], home(), "police")  # type: ignore[call-overload]


def style_of(
    h: Head, size: tuple[float, float] | None = None, margin: float = 0, pt: float = 0
) -> Style:
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or h.pt,
        margin=margin or h.margin,
        numbering="none",
        number_pos="bottom",
        page_size=size or h.paper,
        date_style=h.dates,
    )


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps)."""
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
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def phone_mark(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """The shop's logo: a phone outline with a spanner across it."""
    p.rect(x, y - 22 * k, 14 * k, 26 * k)
    p.rect(x + 2 * k, y - 19 * k, 10 * k, 18 * k, fill=0.3)
    p.line(x + 5 * k, y + 1.5 * k, x + 9 * k, y + 1.5 * k)
    p.line(x + 10 * k, y - 4 * k, x + 22 * k, y - 18 * k)
    p.line(x + 12 * k, y - 2 * k, x + 24 * k, y - 16 * k)
    p.rect(x + 20 * k, y - 22 * k, 6 * k, 6 * k)


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of the police: a shield outline with a star."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    p.text(x + 11, y + 15, "*", "Helvetica-Bold", 14, "center")


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
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w * 0.62 - m), h.font, 7)
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
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "logo":
        if h.role == "shop":
            phone_mark(p, m, y + 12, 1.0)
        else:
            initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())
            p.rect(m, y - 12, 28, 28, fill=0.2)
            p.text(m + 14, y + 6, initials[:2], h.bold, 12, "center")
            p.rect(m + 2, y - 10, 24, 24)
        pt = shrink(h.name, h.bold, s.size + 5, w * 0.55 - m)
        p.text(m + 34, y + 2, h.name, h.bold, pt)
        if h.role == "shop":
            tag = tr(
                h.lang,
                "Phones - Tablets - Laptops - Consoles",
                "Smartphone - Tablet - Notebook - Konsole",
                "Smartphones - Tablettes - PC - Consoles",
            )
            p.text(m + 34, y + 13, tag, italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.36), h.font, 7, "right")
                yy += 8.5
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
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
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                shop_name()[:22],
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "logo", "official") else None, y0, lines
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
    r = random.Random(zlib.crc32(f"ricer/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def person_lines(p: Person, lang: str) -> list[str]:
    return [mx(p.name, lang), p.street, p.town]


def greet(lang: str, name: str) -> str:
    """The salutation of a letter to ``name`` (with its title)."""
    if lang == "en" and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return dear(lang, name)


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
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 40), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    ncol = 2 if w > 400 else 1
    cw = (w - 2 * m - 16 * (ncol - 1)) / ncol
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(ncol):
        x = m + c * (cw + 16)
        y = m + 20.0
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 30:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)
    if rng.random() < 0.5:
        p.rect(w - rng.uniform(4, 12), 0, 14, h, fill=g + 0.1)


def signature_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = ""
) -> None:
    """A line to sign on with its label below, signed with ``name`` when given."""
    if name:
        scrawl(p, x + 4, y - 2, name, 12)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(label, s.font, 6.5, w), s.font, 6.5)


def shopped(key: str) -> random.Random:
    """Draws fixed by the stream's shop and ``key``: the shop's own forms stay the same."""
    return random.Random(zlib.crc32(f"ricer/shop/{key}/{SHOP['seed']}".encode()))


def ruled(p: Page, x: float, y: float, w: float, texts: list[str], n: int, pt: float = 9) -> float:
    """``n`` ruled lines for a hand entry, the first ones written on; the y below."""
    for k in range(n):
        p.line(x, y + 3, x + w, y + 3)
        if k < len(texts) and texts[k]:
            p.text(x + 4, y, fit(texts[k], HAND, pt, w - 8), HAND, pt)
        y += pt * 1.9
    return y + 4


def outline(p: Page, x: float, y: float, kind: str, marks: list[tuple[float, float]]) -> None:
    """A printed device outline (front and back) with the counter's crosses on it."""
    if kind == "laptop":
        p.rect(x, y, 70, 44)
        p.rect(x + 4, y + 4, 62, 36)
        p.line(x - 6, y + 44, x + 76, y + 44)
        p.line(x - 6, y + 44, x - 2, y + 52)
        p.line(x + 76, y + 44, x + 72, y + 52)
        p.line(x - 2, y + 52, x + 72, y + 52)
        boxes = [(x, y, 70, 52)]
    else:
        for k in range(2):
            xx = x + k * 44
            p.rect(xx, y, 32, 58)
            if k == 0:
                p.rect(xx + 3, y + 5, 26, 46)
            else:
                p.rect(xx + 3, y + 3, 10, 10)
        boxes = [(x, y, 32, 58), (x + 44, y, 32, 58)]
    for fx, fy in marks:
        bx, by, bw, bh = boxes[int(fx * 10) % len(boxes)]
        p.text(bx + bw * fx, by + bh * fy, "x", HAND, 11)


REPAIR_TERMS = {
    "en": [
        "Estimates and diagnostics",
        "Your data",
        "Liquid-damaged and previously opened devices",
        "Parts",
        "Warranty on repairs",
        "Uncollected devices",
        "Passcodes and accounts",
        "Manufacturer warranty",
        "Our liability",
        "Payment",
    ],
    "de": [
        "Kostenvoranschlag und Diagnose",
        "Ihre Daten",
        "Flüssigkeitsschäden und Fremdeingriffe",
        "Ersatzteile",
        "Gewährleistung",
        "Nicht abgeholte Geräte",
        "Gerätecodes und Konten",
        "Herstellergarantie",
        "Haftung",
        "Zahlung",
    ],
    "fr": [
        "Devis et diagnostic",
        "Vos données",
        "Appareils oxydés ou déjà ouverts",
        "Pièces détachées",
        "Garantie des réparations",
        "Appareils non retirés",
        "Codes et comptes",
        "Garantie constructeur",
        "Responsabilité",
        "Paiement",
    ],
}
DISCLAIMER = {
    "en": "I authorise {shop} to diagnose and repair the device above. I understand that data "
    "may be lost during the repair and confirm that I have backed up my data. Devices with "
    "liquid damage or that have been opened before may develop further faults; no warranty is "
    "given on such devices. Devices not collected within 90 days of our notice may be disposed "
    "of to cover costs. A diagnostic fee of {fee} applies if the repair is declined.",
    "de": "Ich beauftrage {shop} mit der Diagnose und Reparatur des oben genannten Geräts. Mir "
    "ist bekannt, dass bei der Reparatur Daten verloren gehen können; eine Datensicherung habe "
    "ich selbst vorgenommen. Bei Geräten mit Flüssigkeitsschaden oder Fremdeingriff können "
    "Folgeschäden auftreten, hierfür wird keine Gewährleistung übernommen. Geräte, die nicht "
    "innerhalb von 3 Monaten nach Benachrichtigung abgeholt werden, gehen in das Eigentum der "
    "Werkstatt über. Bei Ablehnung der Reparatur berechnen wir eine Prüfpauschale von {fee}.",
    "fr": "J'autorise {shop} à diagnostiquer et réparer l'appareil ci-dessus. Je reconnais "
    "avoir été informé(e) que des données peuvent être perdues et avoir effectué ma propre "
    "sauvegarde. Les appareils oxydés ou déjà ouverts peuvent présenter d'autres pannes et ne "
    "sont pas garantis. Tout appareil non retiré dans un délai de 3 mois après avis sera "
    "considéré comme abandonné. En cas de refus du devis, un forfait diagnostic de {fee} sera "
    "facturé.",
}


def tpl_repair_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's repair job ticket: customer, device, condition check with an outline, the
    fault in hand, the estimate, the customer's disclaimer and signature, a tear-off customer
    stub on A4; now and then the repair terms printed on the back."""
    h = shop_head()
    lg = h.lang
    size = shopped("ticket").choice([A4, A4, A5])
    small = size == A5
    s = style_of(h, size, margin=30 if small else 40, pt=8 if small else 9)
    w, hh = size
    m = s.margin
    j = LAST["job"]
    if isinstance(j, Repair) and after(("insurer_authorisation",)):
        job = j
        d = last_day(rng, ("insurer_authorisation",), (1, 6))
    else:
        job = a_repair(rng)
        d = job.booked
    job.booked = d
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "REPAIR JOB TICKET", "REPARATURAUFTRAG", "BON DE DÉPÔT / PRISE EN CHARGE")
    p.text(m, y, title, s.bold, s.size + (3 if small else 5))
    p.rect(w - m - 110, y - 14, 110, 22)
    p.text(w - m - 104, y - 4, tr(lg, "Job no.", "Auftrag Nr.", "N° de dossier"), s.font, 6)
    p.text(w - m - 6, y + 4, job.ticket, s.bold, 12, "right")
    y += 12
    when = f"{short(d, lg)}  {rng.randint(9, 17):02d}:{rng.choice(['05', '20', '35', '50'])}"
    p.text(m, y, f"{tr(lg, 'Booked in', 'Angenommen', 'Déposé le')}: {when}", s.font, s.size - 1)
    staff_ = techs()[3] if rng.random() < 0.6 else job.tech
    p.text(
        w - m - 120,
        y,
        f"{tr(lg, 'By', 'Von', 'Par')}: {staff_.split()[0]}",
        s.font,
        s.size - 1,
        "right",
    )
    y += 16
    tall = 22.0 if small else 25.0
    c = job.customer
    y = band(p, s, y, tr(lg, "Customer", "Kunde", "Client"))
    items = [
        (tr(lg, "Name", "Name", "Nom"), c.name),
        (tr(lg, "Mobile / phone", "Telefon", "Téléphone"), c.phone),
        (tr(lg, "Email", "E-Mail", "E-mail"), c.mail if rng.random() < 0.8 else ""),
        (
            tr(lg, "Postcode", "PLZ / Ort", "Code postal"),
            c.town.split()[0] if lg != "en" else c.town.split(" ", 1)[-1],
        ),
    ]
    if job.claim:
        items.append((tr(lg, "Insurance claim no.", "Schaden-Nr.", "N° de sinistre"), job.claim))
        items.append((tr(lg, "Excess collected", "Selbstbeteiligung", "Franchise"), ""))
    y = fields(p, s, m, y + 2, w - 2 * m, items, per=2, tall=tall) + 4
    y = band(p, s, y, tr(lg, "Device", "Gerät", "Appareil"))
    code_known = rng.random() < 0.7
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "Make / model", "Hersteller / Modell", "Marque / modèle"), device_of(job)),
                ("IMEI / " + tr(lg, "serial no.", "Seriennr.", "n° de série"), ident(job)),
                (tr(lg, "Colour", "Farbe", "Couleur"), job.colour),
                (
                    tr(lg, "Passcode / pattern", "Code / Muster", "Code / schéma"),
                    serial(rng, "999999")
                    if code_known and rng.random() < 0.5
                    else (
                        tr(lg, "given verbally", "mündlich", "donné oralement")
                        if code_known
                        else tr(lg, "refused", "nicht angegeben", "refusé")
                    ),
                ),
            ],
            per=2,
            tall=tall,
        )
        + 4
    )
    p.text(
        m, y, tr(lg, "Left with device:", "Mitgegeben:", "Laissé avec l'appareil :"), s.font, 7.5
    )
    acc = [
        tr(lg, "SIM card", "SIM-Karte", "Carte SIM"),
        tr(lg, "SIM tray", "SIM-Schlitten", "Tiroir SIM"),
        tr(lg, "Case", "Hülle", "Coque"),
        tr(lg, "Charger", "Ladegerät", "Chargeur"),
        tr(lg, "Memory card", "Speicherkarte", "Carte mémoire"),
    ]
    on = set(rng.sample(range(len(acc)), rng.randint(0, 2)))
    y = ticks(p, s, m + 80, y, w - 2 * m - 80, acc, on, pt=7.5) + 2
    y = band(p, s, y, tr(lg, "Condition on arrival", "Zustand bei Annahme", "État à la réception"))
    cond = [
        tr(lg, "Screen cracked", "Display gebrochen", "Écran fissuré"),
        tr(lg, "Scratches", "Kratzer", "Rayures"),
        tr(lg, "Dents / bent", "Dellen / verbogen", "Chocs / tordu"),
        tr(lg, "Back cracked", "Rückseite gebrochen", "Dos fissuré"),
        tr(lg, "Liquid indicator", "Feuchtigkeitsindikator", "Témoin d'humidité"),
        tr(lg, "No power", "Kein Start", "Ne s'allume pas"),
    ]
    on = set(rng.sample(range(len(cond)), rng.randint(1, 3)))
    y0 = y + 4
    ow = 0 if small else 100
    y = ticks(p, s, m, y0 + 8, w - 2 * m - ow, cond, on, pt=7.5)
    if not small:
        outline(
            p,
            w - m - 84,
            y0,
            job.kind,
            [(rng.random(), rng.uniform(0.1, 0.9)) for _ in range(rng.randint(1, 3))],
        )
        y = max(y, y0 + 64)
    y = band(p, s, y + 2, tr(lg, "Fault reported", "Fehlerbeschreibung", "Panne signalée"))
    notes = [fault_of(job, lg)]
    if rng.random() < 0.5:
        notes.append(tr(lg, "cust. wants data kept", "Daten bitte erhalten", "garder les données"))
    y = ruled(p, m, y + 10, w - 2 * m, notes, 2 if small else 3, 8.5 if small else 9.5)
    y = band(p, s, y, tr(lg, "Estimate", "Kostenvoranschlag", "Devis"))
    deposit = rng.choice([0.0, 0.0, 20.0, 30.0]) if not job.claim else 0.0
    fee = 25.0 if lg == "en" else 29.0
    items = [
        (tr(lg, "Repair", "Leistung", "Intervention"), repair_of(job, lg)),
        (tr(lg, "Price quoted", "Preis", "Prix annoncé"), cash(job.price, lg)),
        (tr(lg, "Deposit paid", "Anzahlung", "Acompte"), cash(deposit, lg) if deposit else "-"),
        (
            tr(lg, "Ready (approx.)", "Fertig ca.", "Prêt vers le"),
            short(d + timedelta(days=rng.randint(0, 4)), lg),
        ),
    ]
    y = fields(p, s, m, y + 2, w - 2 * m, items, per=4 if not small else 2, tall=tall) + 4
    text = DISCLAIMER[lg].format(shop=h.name, fee=cash(fee, lg))
    pt = 6.5 if small else 7
    for ln in wrap(text, s.font, pt, w - 2 * m):
        p.text(m, y, ln, s.font, pt)
        y += pt * 1.3
    y += 20
    half = (w - 2 * m) / 2 - 10
    signature_line(
        p,
        s,
        m,
        y,
        half,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client (lu et approuvé)"),
        c.name,
    )
    signature_line(
        p, s, m + half + 20, y, half * 0.6, tr(lg, "Staff", "Mitarbeiter", "Technicien"), ""
    )
    hand(p, m + half + 26, y - 2, "".join(t[0] for t in staff_.split()), 11)
    y += 26
    if not small and y < hh - 110:
        yy = hh - 96
        slip_rule(
            p,
            m,
            w - m,
            yy,
            tr(
                lg,
                "Customer copy - bring this slip to collect your device",
                "Abholschein - bitte bei Abholung vorlegen",
                "Coupon client - à présenter au retrait",
            ),
        )
        p.text(m, yy + 18, h.name, s.bold, 9)
        p.text(
            m,
            yy + 30,
            f"{tr(lg, 'Job no.', 'Auftrag Nr.', 'Dossier n°')} {job.ticket}   {device_of(job)}",
            s.font,
            8,
        )
        p.text(
            m,
            yy + 41,
            f"{short(d, lg)}   {cash(job.price, lg)}   {tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}",
            s.font,
            8,
        )
        p.text(w - m, yy + 18, job.ticket, s.bold, 16, "right")
    pages = [p]
    if shopped("terms").random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions of repair",
                    "Reparaturbedingungen",
                    "Conditions générales de réparation",
                ),
                REPAIR_TERMS[lg],
                "repair",
            )
        )
    remember(job, d)
    return pages


def tpl_collection_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """What the shop prints when a repaired device is collected: a till slip with the card
    payment, or an A5 repair report with the function test and the collection signature."""
    h = shop_head()
    lg = h.lang
    job = job_for(rng, ("repair_ticket",))
    d = last_day(rng, ("repair_ticket",), (1, 9))
    vat = vat_rate(lg)
    parts = [(f"{repair_of(job, lg)} - {device_of(job)}", job.price)]
    if rng.random() < 0.35:
        parts.append(
            (
                tr(
                    lg,
                    "Tempered glass protector fitted",
                    "Panzerglas inkl. Montage",
                    "Verre trempé posé",
                ),
                15.0 if lg == "en" else 19.99,
            )
        )
    if job.claim:
        parts = [
            (
                tr(
                    lg,
                    f"Insurance excess - claim {job.claim}",
                    f"Selbstbeteiligung - Schaden {job.claim}",
                    f"Franchise - sinistre {job.claim}",
                ),
                rng.choice([50.0, 75.0, 99.0]),
            )
        ]
    total = sum(v for _, v in parts)
    if shopped("receipt").random() < 0.55 if rng.random() < 0.8 else rng.random() < 0.5:
        # A till slip, as long as its lines.
        n_lines = 30 + 2 * len(parts)
        size = (80 * MM, 40 + n_lines * 10.5)
        p = Page(size)
        w, _ = size
        x0, x1 = 12.0, w - 12
        y = 24.0
        f = "Courier"
        for t in (h.name, h.street, h.town, f"{tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}"):
            p.text(w / 2, y, fit(t, f, 7.5, x1 - x0), f, 7.5, "center")
            y += 10
        if h.foot:
            p.text(w / 2, y, fit(h.foot[0].split(" - ")[-1], f, 6, x1 - x0), f, 6, "center")
            y += 10
        y += 6
        p.text(
            w / 2,
            y,
            tr(lg, "SALES RECEIPT", "KASSENBELEG", "TICKET DE CAISSE"),
            "Courier-Bold",
            9,
            "center",
        )
        y += 14
        p.text(x0, y, f"{short(d, lg)} {rng.randint(10, 18):02d}:{rng.randint(0, 59):02d}", f, 7)
        p.text(
            x1,
            y,
            f"{tr(lg, 'Receipt', 'Beleg', 'Ticket')} {rng.randint(1000, 9999)}",
            f,
            7,
            "right",
        )
        y += 10
        p.text(x0, y, f"{tr(lg, 'Job', 'Auftrag', 'Dossier')} {job.ticket}", f, 7)
        p.text(
            x1,
            y,
            f"{tr(lg, 'Served by', 'Bediener', 'Vendeur')} {techs()[3].split()[0]}",
            f,
            7,
            "right",
        )
        y += 8
        p.line(x0, y, x1, y)
        y += 12
        for t, v in parts:
            lines = wrap(t, f, 7, x1 - x0 - 50)
            for k, ln in enumerate(lines):
                p.text(x0, y, ln, f, 7)
                if k == 0:
                    p.text(x1, y, money(v, lg), f, 7, "right")
                y += 9
        p.line(x0, y - 4, x1, y - 4)
        y += 6
        p.text(x0, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), "Courier-Bold", 9)
        p.text(x1, y, cash(total, lg), "Courier-Bold", 9, "right")
        y += 12
        net = total / (1 + vat / 100)
        p.text(
            x0, y, tr(lg, f"incl. VAT {vat:g}%", f"enth. MwSt {vat:g}%", f"dont TVA {vat:g}%"), f, 7
        )
        p.text(x1, y, money(total - net, lg), f, 7, "right")
        y += 14
        card = rng.choice(
            ["VISA", "MASTERCARD", "MAESTRO", "V PAY"]
            if lg == "de"
            else ["VISA", "MASTERCARD", "AMEX"]
        )
        if lg == "fr":
            card = rng.choice(["CB", "CB", "VISA", "MASTERCARD"])
        if rng.random() < 0.2:
            p.text(x0, y, tr(lg, "CASH", "BAR", "ESPÈCES"), f, 7)
            p.text(x1, y, money(total + rng.choice([0, 5, 10, 20]), lg), f, 7, "right")
            y += 10
        else:
            p.text(x0, y, f"{card} {tr(lg, 'CONTACTLESS', 'KONTAKTLOS', 'SANS CONTACT')}", f, 7)
            p.text(x1, y, money(total, lg), f, 7, "right")
            y += 10
            p.text(
                x0,
                y,
                f"************{rng.randint(1000, 9999)}  AUTH {rng.randint(100000, 999999)}",
                f,
                6.5,
            )
            y += 10
        y += 8
        for ln in wrap(
            tr(
                lg,
                (
                    "90 day warranty on parts fitted. Warranty void if device shows new "
                    "physical or liquid damage. Keep this receipt. Device collected by "
                    "customer."
                ),
                (
                    "3 Monate Gewährleistung auf verbaute Ersatzteile, nicht bei Sturz- oder "
                    "Wasserschaden. Beleg bitte aufbewahren."
                ),
                (
                    "Garantie 3 mois sur les pièces posées, hors casse et oxydation. "
                    "Conservez ce ticket."
                ),
            ),
            f,
            6.5,
            x1 - x0,
        ):
            p.text(x0, y, ln, f, 6.5)
            y += 8.5
        y += 8
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "Thank you - see you soon",
                "Vielen Dank für Ihren Besuch",
                "Merci de votre visite",
            ),
            f,
            7,
            "center",
        )
        if rng.random() < 0.5:
            y += 22
            p.line(x0 + 10, y, x1 - 10, y)
            scrawl(p, x0 + 14, y - 2, job.customer.name, 11)
            p.text(
                w / 2,
                y + 9,
                tr(lg, "Collected - signature", "Erhalten - Unterschrift", "Retiré - signature"),
                f,
                6,
                "center",
            )
        remember(job, d)
        return [p]
    size = A5
    s = style_of(h, size, margin=32, pt=8.5)
    w, _ = size
    m = s.margin
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "Repair report and collection receipt",
            "Reparaturbericht / Abholbestätigung",
            "Rapport d'intervention et bon de retrait",
        ),
        2,
    )
    y = fields(
        f.page,
        s,
        m,
        f.y - 4,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Auftrag", "Dossier"), job.ticket),
            (tr(lg, "Customer", "Kunde", "Client"), job.customer.name),
            (tr(lg, "Device", "Gerät", "Appareil"), device_of(job)),
            ("IMEI / S/N", ident(job)),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    f.y = y + 4
    cols = columns(m, w - m, [(4, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        [[t, money(v, lg)] for t, v in parts],
        s,
        rules=True,
    )
    f.y += 2
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total incl. VAT', 'Gesamt inkl. MwSt.', 'Total TTC')}: {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 16
    tests = [
        tr(lg, "Display/touch", "Display/Touch", "Écran/tactile"),
        "Face ID / Touch ID",
        tr(lg, "Cameras", "Kameras", "Caméras"),
        tr(lg, "Speaker/mic", "Lautspr./Mikro", "HP/micro"),
        "Wi-Fi/BT",
        tr(lg, "Charging", "Laden", "Charge"),
        tr(lg, "Buttons", "Tasten", "Boutons"),
    ]
    f.page.text(
        m,
        f.y,
        tr(lg, "Function test passed:", "Funktionstest bestanden:", "Test fonctionnel OK :"),
        s.bold,
        8,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 12,
        w - 2 * m,
        tests,
        set(range(len(tests))) - {rng.randrange(len(tests))},
        pt=7.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "Repairs carry a 90 day warranty on the parts fitted. The warranty does not "
                "cover new accidental or liquid damage."
            ),
            (
                "Auf verbaute Ersatzteile gewähren wir 3 Monate Gewährleistung. Ausgenommen "
                "sind neue Sturz- und Flüssigkeitsschäden."
            ),
            "Garantie 3 mois sur les pièces remplacées, hors nouvelle casse ou oxydation.",
        ),
        7.5,
    )
    paid = [
        tr(lg, "Card", "Karte", "CB"),
        tr(lg, "Cash", "Bar", "Espèces"),
        tr(lg, "Invoice", "Rechnung", "Facture"),
    ]
    f.page.text(m, f.y, tr(lg, "Paid by:", "Bezahlt:", "Réglé par :"), s.font, 8)
    f.y = (
        ticks(
            f.page, s, m + 50, f.y, w - 2 * m - 50, paid, {0 if rng.random() < 0.75 else 1}, pt=7.5
        )
        + 6
    )
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "I confirm I have collected my device in working order.",
            "Gerät in funktionsfähigem Zustand erhalten.",
            "Je reconnais avoir retiré mon appareil en état de marche.",
        ),
        s.font,
        7.5,
    )
    f.y += 30
    signature_line(f.page, s, m, f.y, 150, tr(lg, "Customer", "Kunde", "Client"), job.customer.name)
    hand(f.page, w - m - 90, f.y, short(d, lg), 9)
    pages = close(f.pages, s, h, numbers="none")
    remember(job, d)
    return pages


LOAN_RULES = {
    "en": [
        (
            "The loan device remains the property of the shop and must be returned when you "
            "collect your own device."
        ),
        (
            "The deposit is refunded in full when the loan device is returned undamaged with "
            "its charger."
        ),
        (
            "You are responsible for loss, theft or damage while the device is in your care; "
            "repair or replacement is charged at cost."
        ),
        (
            "Please remove your SIM card and sign out of all accounts before returning; the "
            "device is reset after each loan."
        ),
        (
            "Loan devices not returned within 7 days of our collection notice will be "
            "reported as stolen."
        ),
    ],
    "de": [
        (
            "Das Leihgerät bleibt Eigentum der Werkstatt und ist bei Abholung des eigenen "
            "Geräts zurückzugeben."
        ),
        "Die Kaution wird bei unbeschädigter Rückgabe mit Ladekabel vollständig erstattet.",
        (
            "Für Verlust, Diebstahl oder Beschädigung haftet der Entleiher; Reparatur oder "
            "Ersatz werden zum Selbstkostenpreis berechnet."
        ),
        (
            "Bitte SIM-Karte entnehmen und alle Konten abmelden; das Gerät wird nach jeder "
            "Leihe zurückgesetzt."
        ),
        (
            "Nicht innerhalb von 7 Tagen nach Abholbenachrichtigung zurückgegebene "
            "Leihgeräte werden als gestohlen gemeldet."
        ),
    ],
    "fr": [
        (
            "L'appareil prêté reste la propriété de l'atelier et doit être restitué lors du "
            "retrait de votre appareil."
        ),
        (
            "Le dépôt de garantie est restitué intégralement si l'appareil est rendu en bon "
            "état avec son chargeur."
        ),
        (
            "L'emprunteur est responsable de la perte, du vol ou de la casse ; la réparation "
            "ou le remplacement seront facturés."
        ),
        (
            "Retirez votre carte SIM et déconnectez vos comptes avant la restitution ; "
            "l'appareil est réinitialisé après chaque prêt."
        ),
        "Un appareil non restitué 7 jours après notre avis de retrait fera l'objet d'une plainte.",
    ],
}
LOANERS = [
    "Samsung Galaxy A12",
    "Apple iPhone 8",
    "Motorola Moto G22",
    "Nokia G10",
    "Apple iPhone XR",
]


def tpl_loan_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's loan phone agreement on A5: borrower, loan device, deposit, the rules, both
    signatures and the return box, ticked when the phone came back."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A5, margin=30, pt=8.5)
    w, _ = A5
    m = s.margin
    job = job_for(rng, ("repair_ticket",))
    d = last_day(rng, ("repair_ticket",), (0, 0))
    p = Page(A5)
    y = heading(p, s, h)
    title = tr(
        lg,
        "LOAN PHONE AGREEMENT",
        "LEIHGERÄT - ÜBERLASSUNGSVEREINBARUNG",
        "CONTRAT DE PRÊT D'UN APPAREIL",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 14
    k = rng.randrange(len(LOANERS))
    deposit = rng.choice([50.0, 50.0, 100.0])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Borrower", "Entleiher", "Emprunteur"), job.customer.name),
            (tr(lg, "Phone", "Telefon", "Téléphone"), job.customer.phone),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{job.customer.street}, {job.customer.town}",
            ),
            (
                tr(lg, "Own device job no.", "Reparaturauftrag Nr.", "Dossier réparation n°"),
                job.ticket,
            ),
            (tr(lg, "Loan device", "Leihgerät", "Appareil prêté"), f"{LOANERS[k]} (L{k + 1})"),
            ("IMEI", an_imei(random.Random(f"{SHOP['seed']}/{k}"))),
            (
                tr(lg, "Accessories", "Zubehör", "Accessoires"),
                tr(lg, "charger + cable", "Ladekabel", "chargeur + câble"),
            ),
            (tr(lg, "Deposit taken", "Kaution", "Dépôt de garantie"), cash(deposit, lg)),
        ],
        per=2,
        tall=23,
    )
    for n, rule in enumerate(LOAN_RULES[lg], 1):
        lines = wrap(rule, s.font, 7.5, w - 2 * m - 12)
        p.text(m, y, f"{n}.", s.font, 7.5)
        for ln in lines:
            p.text(m + 12, y, ln, s.font, 7.5)
            y += 9.5
        y += 2
    y += 24
    half = (w - 2 * m) / 2 - 8
    signature_line(
        p,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Borrower signature / date",
            "Unterschrift Entleiher / Datum",
            "Signature emprunteur / date",
        ),
        job.customer.name,
    )
    hand(p, m + half - 50, y - 3, short(d, lg), 8)
    signature_line(
        p,
        s,
        m + half + 16,
        y,
        half,
        tr(lg, "For the shop", "Für die Werkstatt", "Pour l'atelier"),
        techs()[3],
    )
    y += 26
    p.rect(m, y, w - 2 * m, 62)
    p.text(
        m + 4,
        y + 10,
        tr(lg, "RETURN (shop use)", "RÜCKGABE (intern)", "RESTITUTION (réservé atelier)"),
        s.bold,
        7.5,
    )
    back = rng.random() < 0.55
    yy = ticks(
        p,
        s,
        m + 4,
        y + 26,
        w - 2 * m - 8,
        [
            tr(lg, "Returned complete", "Vollständig zurück", "Rendu complet"),
            tr(lg, "Damage", "Beschädigt", "Dommage"),
            tr(lg, "Deposit refunded", "Kaution erstattet", "Dépôt restitué"),
        ],
        {0, 2} if back else set(),
        pt=7.5,
    )
    p.text(
        m + 4, yy + 8, tr(lg, "Date / initials:", "Datum / Kürzel:", "Date / visa :"), s.font, 7.5
    )
    if back:
        hand(
            p,
            m + 80,
            yy + 8,
            (
                f"{short(d + timedelta(days=rng.randint(2, 8)), lg)}  "
                f"{''.join(t[0] for t in techs()[3].split())}"
            ),
            9,
        )
    remember(job, d)
    return [p]


ID_KINDS = {
    "en": ["Passport", "Driving licence", "National ID card"],
    "de": ["Personalausweis", "Reisepass", "Aufenthaltstitel"],
    "fr": ["Carte d'identité", "Passeport", "Titre de séjour"],
}


def id_copy(rng: random.Random, seller: Person, kind: int, born: date, number: str) -> Page:
    """A photocopy of the seller's identity document: the card's front and back (or the
    passport's data page) on an A4 sheet, with the copier's edge."""
    p = Page(A4)
    copier_edge(p, rng)
    lg = seller.lang
    x, y = rng.uniform(70, 130), rng.uniform(80, 140)
    passport = (lg == "en" and kind == 0) or (lg != "en" and kind == 1)
    cw, ch = (125 * MM, 88 * MM) if passport else (86 * MM * 1.25, 54 * MM * 1.25)
    sides = 1 if passport else 2
    for k in range(sides):
        yy = y + k * (ch + 40)
        p.rect(x, yy, cw, ch)
        if k == 0:
            p.rect(x + 1, yy + 1, cw - 2, 16, fill=0.75)
            top = {
                "en": "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"
                if passport
                else "DRIVING LICENCE  UK",
                "de": "BUNDESREPUBLIK DEUTSCHLAND",
                "fr": "RÉPUBLIQUE FRANÇAISE",
            }[lg]
            p.text(x + 6, yy + 12, fit(top, "Helvetica-Bold", 7, cw - 12), "Helvetica-Bold", 7)
            photo(p, x + 8, yy + 24, cw * 0.28, ch * 0.62, rng)
            fx = x + cw * 0.34
            rows = [
                (tr(lg, "Surname", "Name", "Nom"), seller.last.upper()),
                (tr(lg, "Given names", "Vornamen", "Prénoms"), seller.first.upper()),
                (tr(lg, "Date of birth", "Geburtstag", "Né(e) le"), short(born, lg)),
                (
                    tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"),
                    {"en": "BRITISH CITIZEN", "de": "DEUTSCH", "fr": "FRANÇAISE"}[lg],
                ),
                (
                    tr(lg, "Date of expiry", "Gültig bis", "Valable jusqu'au"),
                    short(date(month().year + rng.randint(1, 9), born.month, born.day), lg),
                ),
                (tr(lg, "Document no.", "Ausweisnummer", "N° du document"), number),
            ]
            ry = yy + 28
            for cap, val in rows:
                p.text(fx, ry, cap, "Helvetica", 5.5)
                p.text(
                    fx, ry + 8, fit(val, "Helvetica-Bold", 8, x + cw - fx - 6), "Helvetica-Bold", 8
                )
                ry += ch * 0.115
            scrawl(p, fx, yy + ch - 8, seller.name, 10)
        else:
            back = [
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{seller.street}, {seller.town}"),
                (tr(lg, "Height", "Größe", "Taille"), f"{rng.randint(155, 195)} cm"),
                (
                    tr(lg, "Eye colour", "Augenfarbe", "Yeux"),
                    tr(lg, *rng.choice([("BROWN", "BRAUN", "MARRON"), ("BLUE", "BLAU", "BLEUS")])),
                ),
                (tr(lg, "Authority", "Behörde", "Autorité"), f"{shop_town().split()[-1].upper()}"),
            ]
            ry = yy + 14
            for cap, val in back:
                p.text(x + 6, ry, cap, "Helvetica", 5.5)
                p.text(x + 6, ry + 8, fit(val, "Helvetica", 7.5, cw - 12), "Helvetica", 7.5)
                ry += 20
        if passport or k == 1:
            code = {"en": "GBR", "de": "D", "fr": "FRA"}[lg]
            a = f"{'P' if passport else 'ID'}<{code}{seller.last.upper()}<<{seller.first.upper()}"
            a = (a + "<" * 44)[: 44 if passport else 30]
            b = (f"{number}<{code}{born.strftime('%y%m%d')}{rng.randint(0, 9)}" + "<" * 44)[
                : 44 if passport else 30
            ]
            pt = shrink(a, "Courier", 9, cw - 12)
            p.text(x + 6, yy + ch - 18, a.encode("ascii", "replace").decode(), "Courier", pt)
            p.text(x + 6, yy + ch - 7, b, "Courier", pt)
    if rng.random() < 0.5:
        hand(
            p,
            x,
            y + 2 * (ch + 40) + 10,
            tr(home(), "Copy taken", "Kopie gefertigt", "Copie faite")
            + f" {techs()[3].split()[0]}",
            10,
        )
    return p


def tpl_buy_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's record of a second-hand device bought from a member of the public: seller
    and ID, device, checks, price, the seller's declaration of ownership and both signatures;
    the copy of the seller's ID behind it."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=9)
    w, _ = A4
    m = s.margin
    ex = LAST["extra"]
    copy_for_police = after(("police_enquiry",)) and isinstance(ex, tuple)
    make, model, kind = rng.choice(
        [dv for dv in DEVICES if dv[2] in ("phone", "tablet", "laptop", "console")]
    )
    imei = an_imei(rng) if kind == "phone" else ""
    d = some_day(rng)
    if copy_for_police:
        make, model, imei = ex[0], ex[1], ex[2]  # type: ignore[index]
        d = month() - timedelta(days=rng.randint(20, 120))
    seller = a_person(rng, lg if rng.random() < 0.9 else rng.choice(["en", "de", "fr"]))
    seller_lg = seller.lang
    born = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    kind_id = rng.randrange(3)
    number = {
        "en": serial(rng, "999999999") if kind_id != 1 else serial(rng, "AAAAA999999AA9AA"),
        "de": serial(rng, "A9A9AA9A9"),
        "fr": serial(rng, "AA9A99AA9"),
    }[seller_lg]
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "PURCHASE OF SECOND-HAND GOODS - SELLER'S DECLARATION",
        "ANKAUFBELEG / EIGENTUMSERKLÄRUNG",
        "ATTESTATION DE CESSION D'UN BIEN D'OCCASION",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 16
    ref = (
        f"{tr(lg, 'Purchase no.', 'Ankauf-Nr.', 'Achat n°')} "
        f"A-{d.year % 100}{rng.randint(100, 999)}"
    )
    p.text(m, y, ref, s.font, 8.5)
    if lg == "fr":
        p.text(w - m, y, f"Livre de police n° {rng.randint(200, 2400)}", s.font, 8.5, "right")
    else:
        p.text(w - m, y, short(d, lg), s.font, 8.5, "right")
    y += 12
    y = band(p, s, y, tr(lg, "Seller", "Verkäufer/in", "Vendeur"))
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "Full name", "Vor- und Nachname", "Nom et prénom"), seller.name),
                (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{seller.street}, {seller.town}"),
                (tr(lg, "Phone", "Telefon", "Téléphone"), seller.phone),
            ],
            per=2,
        )
        + 4
    )
    p.text(m, y, tr(lg, "ID seen:", "Ausweis vorgelegt:", "Pièce présentée :"), s.font, 8)
    y = ticks(p, s, m + 70, y, w - 2 * m - 70, ID_KINDS[lg], {kind_id}, pt=8)
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "Document number", "Ausweisnummer", "Numéro du document"), number),
                (
                    tr(
                        lg,
                        "Issued by / expiry",
                        "Ausstellende Behörde / gültig bis",
                        "Délivré par / expire le",
                    ),
                    tr(seller_lg, "HMPO", f"Stadt {shop_town().split()[-1]}", "Préfecture"),
                ),
            ],
            per=2,
        )
        + 4
    )
    y = band(p, s, y, tr(lg, "Item bought", "Angekauftes Gerät", "Bien acheté"))
    storage = rng.choice(["64 GB", "128 GB", "256 GB", "512 GB"]) if kind != "console" else "1 TB"
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Make / model", "Hersteller / Modell", "Marque / modèle"),
                    f"{make} {model}",
                ),
                (
                    "IMEI / " + tr(lg, "serial", "Seriennr.", "n° de série"),
                    imei or a_serial(rng, make),
                ),
                (
                    tr(lg, "Storage / colour", "Speicher / Farbe", "Capacité / couleur"),
                    f"{storage} {rng.choice(COLOURS[lg])}",
                ),
                (
                    tr(lg, "Accessories", "Zubehör", "Accessoires"),
                    rng.choice(["-", tr(lg, "box + cable", "OVP + Kabel", "boîte + câble")]),
                ),
            ],
            per=2,
        )
        + 4
    )
    p.text(m, y, tr(lg, "Grade:", "Zustand:", "État :"), s.font, 8)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        ["A", "B", "C", tr(lg, "Faulty", "Defekt", "HS")],
        {rng.choice([0, 1, 1, 2, 3])},
        pt=8,
    )
    checks = [
        tr(lg, "IMEI check clear (CheckMEND)", "IMEI-Abfrage ohne Treffer", "IMEI non blacklisté"),
        tr(
            lg,
            "Find My / Google account off",
            "Konten abgemeldet (iCloud/Google)",
            "Compte iCloud/Google retiré",
        ),
        tr(lg, "Factory reset", "Werkseinstellung", "Réinitialisé"),
        tr(lg, "Not on finance / contract", "Nicht finanziert", "Non financé"),
    ]
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        checks,
        set(range(4)) - ({rng.randrange(4)} if rng.random() < 0.3 else set()),
        pt=8,
    )
    price = rng.choice([45, 60, 80, 110, 140, 175, 220, 260, 320])
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "Price paid", "Ankaufpreis", "Prix payé"), cash(float(price), lg)),
                (
                    tr(lg, "Paid by", "Zahlung", "Réglé par"),
                    rng.choice(
                        [
                            tr(lg, "bank transfer", "Überweisung", "virement"),
                            tr(lg, "cash", "bar", "espèces"),
                            tr(lg, "store credit", "Gutschein", "avoir"),
                        ]
                    ),
                ),
            ],
            per=2,
        )
        + 4
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "Seller's declaration", "Erklärung des Verkäufers", "Déclaration du vendeur"),
    )
    decl = tr(
        lg,
        (
            "I declare that I am the legal owner of the item above, that it is not stolen, "
            "not subject to any finance or hire agreement and free of any third-party "
            "rights. I have removed all accounts and locks. I understand that the shop keeps "
            "this record and a copy of my identification and may pass them to the police on "
            "request. False statements may be a criminal offence."
        ),
        (
            "Ich versichere, dass ich Eigentümer/in des oben genannten Geräts bin, dass es "
            "nicht gestohlen oder unterschlagen ist, keine Rechte Dritter daran bestehen und "
            "es nicht finanziert ist. Alle Konten und Sperren habe ich entfernt. Mir ist "
            "bekannt, dass dieser Beleg und eine Ausweiskopie aufbewahrt und auf Anfrage an "
            "die Polizei weitergegeben werden."
        ),
        (
            "Je soussigné(e) certifie être le propriétaire légitime du bien ci-dessus, qu'il "
            "ne provient ni d'un vol ni d'un recel et qu'il est libre de tout droit. J'ai "
            "supprimé tous les comptes et verrouillages. Je reconnais que cette attestation "
            "et la copie de ma pièce d'identité sont conservées au registre et peuvent être "
            "communiquées aux services de police."
        ),
    )
    y = ruled_text(p, s, m, y + 10, w - 2 * m, decl, 7.5)
    y += 26
    half = (w - 2 * m) / 2 - 10
    signature_line(
        p,
        s,
        m,
        y,
        half,
        tr(lg, "Seller's signature", "Unterschrift Verkäufer/in", "Signature du vendeur"),
        seller.name,
    )
    signature_line(
        p,
        s,
        m + half + 20,
        y,
        half,
        tr(lg, "For the shop", "Für den Ankauf", "Pour l'atelier"),
        techs()[0],
    )
    hand(p, m + half - 60, y - 4, short(d, lg), 8.5)
    if copy_for_police:
        stamp(
            p,
            w - m - 170,
            y + 30,
            [
                tr(lg, "COPY", "KOPIE", "COPIE"),
                tr(lg, "sent to police", "an Polizei", "transmise police"),
                short(month() + timedelta(days=rng.randint(2, 25)), lg),
            ],
        )
    pages = [p]
    if rng.random() < 0.85:
        pages.append(id_copy(rng, seller, kind_id, born, number))
    remember(None, d)
    return pages


def ruled_text(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y


def tpl_police_enquiry(rng: random.Random, who: Issuer) -> list[Page]:
    """The police asking the shop about stolen devices: the letter with the crime reference
    and the list of IMEIs, and now and then the data protection request form behind it."""
    h = police_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    officer = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    rank = tr(
        lg,
        rng.choice(["DC", "PC", "DS"]),
        rng.choice(["KOK", "KHK", "POK"]),
        rng.choice(["Brigadier", "Lieutenant", "Capitaine"]),
    )
    crime = {
        "en": f"{rng.choice(['LE', 'HC', 'GL'])}/{rng.randint(10000, 99999)}/{d.year % 100}",
        "de": f"{rng.randint(100, 999)} Js {rng.randint(1000, 9999)}/{d.year % 100}",
        "fr": f"PV n° {rng.randint(1000, 9999)}/{d.year}/{rng.randint(100, 999)}",
    }[lg]
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {crime}")
    recipient(
        f,
        s,
        h,
        [tr(lg, "The Manager", "Inhaber/in", "Le gérant"), *shop_lines()],
        d,
        [
            (tr(lg, "Crime ref.", "Aktenzeichen", "Procédure"), crime),
            (tr(lg, "Officer", "Sachbearbeiter", "Enquêteur"), f"{rank} {officer}"),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Request for information - stolen property",
            "Auskunftsersuchen - entwendete Mobiltelefone",
            "Réquisition judiciaire - recherche d'appareils volés",
        ),
        2,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            (
                "I am investigating a series of thefts and burglaries in which the mobile "
                "devices listed below were stolen. Enquiries indicate that second-hand "
                "devices are bought and sold at your premises. I would be grateful if you "
                "could check your purchase records for the devices below."
            ),
            (
                "In einem hier anhängigen Ermittlungsverfahren wegen Diebstahls wurden die "
                "nachstehend aufgeführten Geräte entwendet. Da Sie gebrauchte Mobiltelefone "
                "ankaufen, bitte ich um Prüfung Ihrer Ankaufsunterlagen."
            ),
            (
                "Dans le cadre d'une enquête pour vols et recel, les appareils désignés "
                "ci-dessous ont été dérobés. Votre commerce pratiquant l'achat d'appareils "
                "d'occasion, je vous requiers de consulter votre livre de police."
            ),
        ),
    )
    n = rng.randint(1, 7)
    rows = []
    first: tuple[str, str, str] | None = None
    for _ in range(n):
        make, model, _k = rng.choice([dv for dv in DEVICES if dv[2] == "phone"])
        imei = an_imei(rng)
        first = first or (make, model, imei)
        rows.append(
            [
                make,
                model,
                imei,
                rng.choice(COLOURS[lg]),
                short(d - timedelta(days=rng.randint(10, 150)), lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.2, "left"), (2, "left"), (2.2, "left"), (1.2, "left"), (1.3, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Make", "Hersteller", "Marque"),
            tr(lg, "Model", "Modell", "Modèle"),
            "IMEI",
            tr(lg, "Colour", "Farbe", "Couleur"),
            tr(lg, "Stolen", "Tatzeit", "Date des faits"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    asks = [
        tr(
            lg,
            "whether any of these devices has been bought, sold or repaired by you;",
            "ob eines der Geräte bei Ihnen angekauft, verkauft oder repariert wurde;",
            "si l'un de ces appareils a été acheté, vendu ou réparé par vos soins ;",
        ),
        tr(
            lg,
            "copies of the purchase record and the seller's identification;",
            "Kopien des Ankaufbelegs und des vorgelegten Ausweises;",
            "copie de l'attestation de cession et de la pièce d'identité du vendeur ;",
        ),
        tr(
            lg,
            "any CCTV footage covering the date of purchase.",
            "vorhandene Videoaufzeichnungen vom Ankaufstag.",
            "les enregistrements vidéo du jour de l'achat.",
        ),
    ]
    write(
        f,
        s,
        tr(
            lg,
            "Please let me know:",
            "Ich bitte um Mitteilung:",
            "Je vous prie de me communiquer :",
        ),
    )
    for k, t in enumerate(asks, 1):
        write(f, s, f"{k}. {t}", indent=12)
    write(
        f,
        s,
        tr(
            lg,
            (
                "If any device is still in your possession, please do not sell, reset or "
                "return it; keep it aside and contact me. This request is made under "
                "Schedule 2, Part 1, Paragraph 2 of the Data Protection Act 2018."
            ),
            (
                "Befindet sich ein Gerät noch bei Ihnen, bitte ich, es nicht zu veräußern "
                "oder zurückzusetzen, sondern zur Sicherstellung bereitzuhalten. "
                "Rechtsgrundlage: §§ 161, 163 StPO."
            ),
            (
                "Si un appareil est encore en votre possession, veuillez ne pas le revendre "
                "ni le réinitialiser et le tenir à notre disposition. Réquisition établie en "
                "application de l'article 77-1-1 du code de procédure pénale."
            ),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Please reply to the address above or by email quoting {crime}.",
            f"Bitte antworten Sie unter Angabe des Aktenzeichens {crime}.",
            f"Merci de répondre en rappelant la référence {crime}.",
        ),
    )
    regards(f, s, lg, officer, f"{rank} - {h.name.split(' - ')[-1]}")
    if lg == "fr" or rng.random() < 0.3:
        # the round office stamp beside the signature
        seal(
            f.page,
            w - m - 70,
            f.y - 50,
            30,
            h.name.split(" - ")[0][:26].upper(),
            shop_town().split()[-1].upper(),
        )
    pages = list(f.pages)
    if rng.random() < 0.45:
        pages.append(police_form(rng, h, s, crime, officer, rank, d))
    pages = close(pages, s, h)
    remember(None, d, first)
    return pages


def police_form(
    rng: random.Random, h: Head, s: Style, crime: str, officer: str, rank: str, d: date
) -> Page:
    """The police's own disclosure request form, with tick boxes and the authorising
    officer's signature."""
    lg = h.lang
    w, _ = A4
    m = s.margin
    p = Page(A4)
    y = m
    title = tr(
        lg,
        "REQUEST FOR DISCLOSURE OF PERSONAL DATA",
        "HERAUSGABEVERLANGEN / AUSKUNFTSERSUCHEN",
        "RÉQUISITION AUX FINS DE COMMUNICATION",
    )
    p.text(w / 2, y, title, s.bold, 12, "center")
    y += 14
    sub = tr(
        lg,
        "Data Protection Act 2018, Schedule 2, Part 1, Paragraph 2",
        "gem. §§ 94, 95, 161 StPO",
        "Article 77-1-1 du code de procédure pénale",
    )
    p.text(w / 2, y, sub, s.font, 8, "center")
    y += 20
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Part A - to be completed by the requesting officer",
            "Teil A - ersuchende Dienststelle",
            "Partie A - service requérant",
        ),
    )
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Name / rank / number",
                        "Name / Amtsbezeichnung",
                        "Nom / grade / matricule",
                    ),
                    f"{rank} {officer} {rng.randint(1000, 9999)}",
                ),
                (tr(lg, "Reference", "Aktenzeichen", "Référence"), crime),
                (tr(lg, "Data holder", "Auskunftspflichtiger", "Destinataire"), shop_name()),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            per=2,
            hand=rng.random() < 0.5,
        )
        + 4
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "The information is needed for:",
            "Die Auskunft ist erforderlich zur:",
            "Les informations sont nécessaires pour :",
        ),
        s.font,
        8.5,
    )
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            tr(
                lg,
                "prevention or detection of crime",
                "Aufklärung einer Straftat",
                "la manifestation de la vérité",
            ),
            tr(
                lg,
                "apprehension of offenders",
                "Ermittlung von Tatverdächtigen",
                "l'identification des auteurs",
            ),
            tr(
                lg,
                "recovery of property",
                "Wiederbeschaffung von Diebesgut",
                "la restitution des objets",
            ),
        ],
        {0, 2},
        pt=8,
    )
    p.text(
        m,
        y,
        tr(lg, "Information requested:", "Angeforderte Unterlagen:", "Éléments demandés :"),
        s.font,
        8.5,
    )
    y = ruled(
        p,
        m,
        y + 16,
        w - 2 * m,
        [
            tr(
                lg,
                "purchase records, seller ID, CCTV (see letter)",
                "Ankaufbelege, Ausweiskopie, Video (s. Anschreiben)",
                "registre, pièce d'identité, vidéo (cf. courrier)",
            )
        ],
        3,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            (
                "I confirm that failure to provide the information would be likely to "
                "prejudice the matters above."
            ),
            "Ohne die Auskunft wäre die Aufklärung der Tat wesentlich erschwert.",
            "À défaut de réponse, le destinataire s'expose aux sanctions de l'article 60-1 du CPP.",
        ),
        s.font,
        7.5,
    )
    y += 30
    signature_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Requesting officer", "Sachbearbeiter/in", "L'officier de police judiciaire"),
        officer,
    )
    y += 34
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Part B - authorising officer (Inspector or above)",
            "Teil B - Zeichnungsbefugte/r",
            "Partie B - visa du chef de service",
        ),
    )
    boss = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Name / rank", "Name / Dienstgrad", "Nom / grade"),
                    tr(lg, f"Insp {boss}", f"KHK {boss}", f"Commandant {boss}"),
                ),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            per=2,
        )
        + 16
    )
    signature_line(p, s, m, y, 180, tr(lg, "Signature", "Unterschrift", "Signature"), boss)
    y += 30
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Part C - data holder's reply",
            "Teil C - Antwort",
            "Partie C - réponse du destinataire",
        ),
    )
    ruled(p, m, y + 16, w - 2 * m, [], 4)
    return p


@dataclass
class Order:
    """A parts order as the wholesaler's delivery note and invoice both show it."""

    no: str
    customer_no: str
    lines: list[tuple[str, str, int, float]]
    shipped: date
    tracking: str
    supplier: str


def an_order(rng: random.Random, h: Head, who: Issuer) -> Order:
    picks = rng.sample(PARTS, rng.choice([2, 3, 4, 6, 8, 11, 16]))
    lines = []
    for sku, desc, price in picks:
        qty = rng.choice([1, 1, 2, 2, 3, 5, 10]) if price < 50 else rng.choice([1, 1, 2])
        lines.append((sku, part_name(desc, h.lang), qty, price * (1 if h.lang == "en" else 1.16)))
    d = some_day(rng)
    return Order(
        no=serial(rng, rng.choice(["SO-999999", "A9999999", "CMD-99999", "99999999"])),
        customer_no=serial(keyed(who, "cust"), rng.choice(["C99999", "KD-9999", "CL99999"])),
        lines=lines,
        shipped=d,
        tracking=serial(rng, rng.choice(["AA999999999GB", "9999 9999 9999", "1Z999A99999999999"])),
        supplier=h.name,
    )


def order_for(rng: random.Random, h: Head, who: Issuer) -> Order:
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, Order) and ex.supplier == h.name:
        return ex
    return an_order(rng, h, who)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts wholesaler's delivery note: order, customer number, carrier and tracking, the
    pick list with ordered, shipped and back-ordered quantities, the packer's initials and
    the returns note; continued over pages for a long order."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    o = an_order(rng, h, who)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f = sheets(s, h, f"{title} {o.no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        o.shipped,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), f"D{o.no[-6:]}"),
            (tr(lg, "Order no.", "Auftrag", "Commande"), o.no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), o.customer_no),
        ],
    )
    caption(f, s, title, 4)
    carrier = rng.choice(
        {
            "en": ["Royal Mail Tracked 24", "DPD Next Day", "Parcelforce 48"],
            "de": ["DHL Paket", "GLS", "DPD Classic"],
            "fr": ["Colissimo", "Chronopost 13h", "DPD Predict"],
        }[lg]
    )
    write(
        f,
        s,
        (
            f"{tr(lg, 'Shipped via', 'Versand mit', 'Transporteur')}: {carrier}   "
            f"{tr(lg, 'Tracking', 'Sendungsnr.', 'Suivi')}: {o.tracking}   "
            f"{tr(lg, 'Parcels', 'Packstücke', 'Colis')}: {rng.randint(1, 2)}"
        ),
        s.size - 1,
    )
    cols = columns(
        m, w - m, [(1.6, "left"), (4.4, "left"), (0.9, "right"), (0.9, "right"), (0.9, "right")]
    )
    rows = []
    for sku, desc, qty, _ in o.lines:
        short_ = qty if rng.random() < 0.88 else max(0, qty - rng.randint(1, qty))
        rows.append([sku, desc, str(qty), str(short_), str(qty - short_) if qty - short_ else ""])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Sent", "Gel.", "Livré"),
            tr(lg, "B/O", "Rückst.", "Reliquat"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 8
    f.need(90)
    write(
        f,
        s,
        tr(
            lg,
            (
                "Please check the goods on arrival. Shortages or transit damage must be "
                "reported within 48 hours. Returns only with an RMA number from our returns "
                "portal. Screens must be returned unfitted, with the protective film in "
                "place."
            ),
            (
                "Bitte Ware sofort prüfen. Fehlmengen und Transportschäden innerhalb von 48 "
                "Stunden melden. Rücksendungen nur mit RMA-Nummer. Displays nur unverbaut "
                "und mit Schutzfolie zurücksenden."
            ),
            (
                "Merci de vérifier la marchandise à réception. Toute réserve doit nous "
                "parvenir sous 48 heures. Retours uniquement avec un numéro RMA ; les écrans "
                "doivent être retournés non montés, avec leur film."
            ),
        ),
        s.size - 1.5,
    )
    f.y += 8
    f.page.text(
        m,
        f.y,
        (
            f"{tr(lg, 'Packed by', 'Gepackt', 'Préparé par')}: ____   "
            f"{tr(lg, 'Checked', 'Kontrolle', 'Contrôlé')}: ____"
        ),
        s.font,
        s.size - 1,
    )
    hand(
        f.page,
        m + tw(tr(lg, "Packed by", "Gepackt", "Préparé par") + ": ", s.font, s.size - 1),
        f.y - 2,
        serial(rng, "AA"),
        9,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        hand(
            pages[0],
            m + 20,
            hh - m - 20 - 7 * len(h.foot),
            tr(home(), "all ok", "vollständig", "ok reçu")
            + f" {short(o.shipped + timedelta(days=1), home())}",
            11,
        )
    remember(None, o.shipped, o)
    return pages


def tpl_parts_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts wholesaler's invoice: the items with SKU, quantity and price, carriage, VAT or
    the reverse charge note for a foreign customer, payment terms and bank details."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    o = order_for(rng, h, who)
    d = o.shipped if after(("delivery_note",)) else some_day(rng)
    no = serial(rng, rng.choice(["INV-999999", "RE99999999", "FA-9999-99999", "999999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité") if rng.random() < 0.3 else ""),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Order no.", "Auftrag", "Commande"), o.no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), o.customer_no),
        ],
    )
    caption(f, s, title, 4)
    cols = columns(
        m, w - m, [(1.5, "left"), (4.2, "left"), (0.7, "right"), (1.1, "right"), (1.2, "right")]
    )
    rows = []
    net = 0.0
    for sku, desc, qty, price in o.lines:
        rows.append([sku, desc, str(qty), money(price, lg), money(qty * price, lg)])
        net += qty * price
    carriage = rng.choice([0.0, 4.95, 6.90, 9.50]) if net < 250 else 0.0
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Versandkosten", "Frais de port"),
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
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U. HT"),
            tr(lg, "Amount", "Gesamt", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    abroad = lg != home()
    rate = 0.0 if abroad else vat_rate(lg)
    note = ""
    if abroad:
        note = tr(
            lg,
            "Reverse charge: customer to account for VAT to HMRC.",
            (
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge). "
                "Innergemeinschaftliche Lieferung."
            ),
            "Autoliquidation - livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
        )
    totals(f, s, lg, round(net, 2), rate, note=note)
    terms = tr(
        lg,
        f"Payment terms: {rng.choice([14, 30])} days net. Paid by card at checkout"
        if rng.random() < 0.4
        else f"Payment terms: {rng.choice([14, 30])} days net. Please quote the invoice number.",
        (
            f"Zahlbar innerhalb {rng.choice([10, 14, 30])} Tagen ohne Abzug. Bitte "
            "Rechnungsnummer angeben."
        ),
        (
            f"Règlement à {rng.choice([30, 45])} jours date de facture. Pénalités de retard : "
            "3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
            "recouvrement : 40 €."
        ),
    )
    write(f, s, terms, s.size - 1.5)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    remember(None, d, o)
    return pages


def tpl_duty_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An express courier's import duty and VAT invoice for a parcel of parts from abroad:
    waybill, shipper, goods, customs value, duty, import VAT and the disbursement fee, a pay
    slip; sometimes the import entry printed behind it."""
    h = head_of(who, "courier")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    awb = serial(rng, "9999999999")
    no = serial(rng, rng.choice(["DTI99999999", "ZR-999999999", "DT99999999"]))
    exporter = rng.choice(EXPORTERS)
    value = round(rng.uniform(80, 1400), 2)
    freight = round(rng.uniform(12, 45), 2)
    duty_rate = rng.choice([0.0, 0.0, 2.7])
    duty = round((value + freight) * duty_rate / 100, 2)
    vat = round((value + freight + duty) * vat_rate(lg) / 100, 2)
    fee = {"en": 11.0, "de": 12.5, "fr": 9.9}[lg] + (
        round(vat * 0.025, 2) if rng.random() < 0.5 else 0.0
    )
    f = sheets(s, h, f"{no} - AWB {awb}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Waybill", "Luftfrachtbrief", "N° LTA"), awb),
            (
                tr(lg, "Account", "Kundennummer", "Compte"),
                tr(lg, "Cash / receiver", "Empfänger (bar)", "Destinataire"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "IMPORT DUTY AND TAX INVOICE",
            "RECHNUNG ÜBER EINFUHRABGABEN",
            "FACTURE DE DROITS ET TAXES",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "We have paid the following charges to HM Revenue & Customs on your behalf "
                f"to clear shipment {awb} from {exporter}."
            ),
            (
                f"Für die Sendung {awb} von {exporter} haben wir die nachstehenden "
                "Einfuhrabgaben an das Hauptzollamt verauslagt."
            ),
            (
                "Nous avons acquitté pour votre compte auprès de la douane les droits et "
                f"taxes de l'envoi {awb} expédié par {exporter}."
            ),
        ),
        s.size - 0.5,
    )
    ff = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Description of goods", "Warenbezeichnung", "Désignation"),
                rng.choice(
                    [
                        "Mobile phone parts (LCD)",
                        "Phone batteries (lithium ion, packed)",
                        "Spare parts for mobile phones",
                        "Repair tools and adhesives",
                    ]
                ),
            ),
            (
                tr(lg, "Commodity code", "Zolltarifnummer", "Code SH"),
                rng.choice(["8517 79 00 00", "8507 60 00 90", "8524 91 00 00", "8205 40 00 00"]),
            ),
            (tr(lg, "Origin", "Ursprung", "Origine"), "CN"),
            (
                tr(lg, "Pieces / weight", "Packstücke / Gewicht", "Colis / poids"),
                f"1 / {rng.uniform(0.4, 6.5):.1f} kg",
            ),
            (
                tr(lg, "Customs entry", "Zollanmeldung", "Déclaration"),
                serial(
                    rng,
                    {
                        "en": "999-999999A-99",
                        "de": "99DE99999999999999A9",
                        "fr": "99FRA99999999999",
                    }[lg],
                ),
            ),
        ],
        w - m,
        s.size - 1,
    )
    f.y = ff + 10
    cols = columns(m, w - m, [(4, "left"), (1.5, "right")])
    rows = [
        [
            tr(
                lg,
                "Customs value (goods + freight)",
                "Zollwert (Ware + Fracht)",
                "Valeur en douane (marchandise + fret)",
            ),
            cash(value + freight, lg),
        ],
        [
            tr(
                lg,
                f"Import duty {duty_rate:g}%",
                f"Zoll {duty_rate:g} %",
                f"Droits de douane {duty_rate:g} %",
            ),
            cash(duty, lg),
        ],
        [
            tr(
                lg,
                f"Import VAT {vat_rate(lg):g}%",
                f"Einfuhrumsatzsteuer {vat_rate(lg):g} %",
                f"TVA à l'import {vat_rate(lg):g} %",
            ),
            cash(vat, lg),
        ],
        [
            tr(lg, "Duty and tax paid service fee", "Auslagenpauschale", "Frais d'avance de fonds"),
            cash(fee, lg),
        ],
    ]
    table(
        f,
        cols,
        [tr(lg, "Charge", "Position", "Rubrique"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    total = duty + vat + fee
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total payable', 'Zu zahlen', 'Total à payer')}: {cash(total, lg)}",
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
            (
                "Import VAT shown is not our VAT; you may be able to reclaim it using your "
                "postponed or C79 statement. Payment is due within 10 days."
            ),
            (
                "Die Einfuhrumsatzsteuer kann bei Vorliegen der Voraussetzungen als "
                "Vorsteuer abgezogen werden. Zahlbar innerhalb von 10 Tagen."
            ),
            (
                "La TVA import est déductible dans les conditions de droit commun. Paiement "
                "à 10 jours."
            ),
        ),
        s.size - 1.5,
    )
    if f.y < hh - 190:
        yy = hh - m - 120 - 7 * len(h.foot)
        slip_rule(
            f.page,
            m,
            w - m,
            yy,
            tr(
                lg,
                "Payment slip - return with your payment or pay online",
                "Zahlschein - bitte abtrennen",
                "Talon de paiement - à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            yy + 10,
            w - 2 * m,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                ("AWB", awb),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(total, lg)),
                (
                    tr(lg, "Pay online", "Online zahlen", "Payer en ligne"),
                    f"pay.{h.name.split()[0].lower()}.com",
                ),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = list(f.pages)
    if rng.random() < 0.35:
        pages.append(import_entry(rng, h, s, awb, exporter, value, freight, duty, vat, d))
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


def import_entry(
    rng: random.Random,
    h: Head,
    s: Style,
    awb: str,
    exporter: str,
    value: float,
    freight: float,
    duty: float,
    vat: float,
    d: date,
) -> Page:
    """A print of the import declaration: numbered boxes as the customs system lays them."""
    lg = h.lang
    w, _ = A4
    m = 36
    p = Page(A4)
    title = tr(
        lg,
        "IMPORT ENTRY - ACCEPTANCE ADVICE",
        "ATLAS - EINFUHRABGABENBESCHEID (Ausdruck)",
        "DÉCLARATION D'IMPORTATION - BON À ENLEVER",
    )
    p.text(m, m, title, "Courier-Bold", 10)
    p.text(w - m, m, short(d, lg), "Courier", 8, "right")
    boxes = [
        ("1 " + tr(lg, "Declaration", "Anmeldung", "Déclaration"), "IM A"),
        ("2 " + tr(lg, "Consignor", "Versender", "Expéditeur"), exporter),
        ("8 " + tr(lg, "Consignee", "Empfänger", "Destinataire"), shop_name()),
        ("14 " + tr(lg, "Declarant", "Anmelder", "Déclarant"), h.name),
        ("15 " + tr(lg, "Country of dispatch", "Versendungsland", "Pays d'expédition"), "CN"),
        (
            "22 "
            + tr(lg, "Currency / invoice total", "Währung / Rechnungsbetrag", "Monnaie / montant"),
            f"USD {value * 1.27:.2f}",
        ),
        (
            "31 "
            + tr(
                lg, "Packages / description", "Packstücke / Warenbezeichnung", "Colis / désignation"
            ),
            f"1 PK AWB {awb}",
        ),
        (
            "33 " + tr(lg, "Commodity code", "Warennummer", "Code marchandise"),
            rng.choice(["85177900", "85076000"]),
        ),
        ("37 " + tr(lg, "Procedure", "Verfahren", "Régime"), "4000 000"),
        (
            "46 " + tr(lg, "Statistical value", "Statistischer Wert", "Valeur statistique"),
            money(value + freight, lg),
        ),
        ("47 A00 " + tr(lg, "Duty", "Zoll", "Droits"), money(duty, lg)),
        ("47 B00 " + tr(lg, "Import VAT", "EUSt", "TVA"), money(vat, lg)),
    ]
    y = fields(p, paper(s, A4, margin=m), m, m + 16, w - 2 * m, boxes, per=2, tall=30, hand=False)
    y += 10
    for ln in wrap(prose(rng, lg, "money", 2, 3), "Courier", 7, w - 2 * m):
        p.text(m, y, ln, "Courier", 7)
        y += 9
    p.text(m, y + 14, f"MRN {serial(rng, '99AA99999999999999')}", "Courier-Bold", 9)
    return p


def tpl_lot_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A refurbished-device wholesaler's invoice for a lot of graded used devices under the
    margin scheme: the invoice with the lot summary, then the manifest, one device a line, on
    landscape pages."""
    h = head_of(who, "wholesaler", abroad=0.1)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SI-99999", "RG-999999", "F99-9999"]))
    lot = serial(rng, "LOT-99999")
    n = rng.choice([8, 12, 20, 25, 36, 50])
    models = rng.sample([dv for dv in DEVICES if dv[2] in ("phone", "tablet")], rng.randint(2, 5))
    devices = []
    for _ in range(n):
        make, model, _k = rng.choice(models)
        grade = rng.choices(["A", "B", "C", "D"], [3, 5, 3, 1])[0]
        base = {"A": 210, "B": 165, "C": 120, "D": 60}[grade] * rng.uniform(0.6, 1.5)
        devices.append(
            (
                make,
                model,
                rng.choice(["64GB", "128GB", "256GB"]),
                rng.choice(COLOURS["en"]),
                an_imei(rng),
                grade,
                rng.randint(76, 100),
                round(base, 0),
            )
        )
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Lot", "Posten", "Lot"), lot),
        ],
    )
    caption(f, s, title, 4)
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.4, "right"), (1.4, "right")])
    rows = []
    total = 0.0
    for make, model, _k in models:
        for g in "ABCD":
            picked = [dv for dv in devices if dv[1] == model and dv[5] == g]
            if picked:
                amt = sum(dv[7] for dv in picked)
                total += amt
                rows.append(
                    [
                        f"{make} {model} - {tr(lg, 'grade', 'Grade', 'grade')} {g}",
                        str(len(picked)),
                        money(amt / len(picked), lg),
                        money(amt, lg),
                    ]
                )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Avg. unit", "Ø Einzel", "P.U. moyen"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Gesamtbetrag', 'Total')}: {cash(total, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            (
                "Second-hand goods - margin scheme. No VAT is shown separately on this "
                "invoice and input tax cannot be reclaimed."
            ),
            (
                "Gebrauchtgegenstände / Sonderregelung - Differenzbesteuerung nach § 25a "
                "UStG. Kein gesonderter Steuerausweis."
            ),
            "Régime particulier - biens d'occasion (article 297 A du CGI). TVA non récupérable.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                f"{n} devices as per attached manifest. Grades to our grading guide; 12 "
                "months warranty on grades A-C, grade D sold as seen. Devices are checked "
                "and reset; blacklist checks on file."
            ),
            (
                f"{n} Geräte lt. beigefügter Liste. Zustand gemäß unserer Gradierung; 12 "
                "Monate Gewährleistung auf Grade A-C, Grade D ohne Gewährleistung. Alle "
                "Geräte geprüft und zurückgesetzt."
            ),
            (
                f"{n} appareils selon liste jointe. Grades selon notre grille ; garantie 12 "
                "mois grades A à C, grade D vendu en l'état. Appareils testés et "
                "réinitialisés."
            ),
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Paid in advance by bank transfer - thank you.",
            "Bereits per Vorkasse beglichen.",
            "Réglé par virement à la commande.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    # The manifest on landscape pages.
    ls = paper(s, landscape(A4), margin=36, pt=7.5)
    lw, lh = ls.page_size

    def start(p: Page, k: int) -> float:
        p.text(
            36,
            30,
            (
                f"{tr(lg, 'MANIFEST', 'GERÄTELISTE', 'LISTE DES APPAREILS')} - {lot} - "
                f"{tr(lg, 'invoice', 'Rechnung', 'facture')} {no}"
            ),
            s.bold,
            9,
        )
        p.text(lw - 36, 30, h.name, s.font, 7.5, "right")
        return 54

    mf = Flow(ls.page_size, lh - 40, start)
    mcols = columns(
        36,
        lw - 36,
        [
            (0.5, "left"),
            (1, "left"),
            (2.2, "left"),
            (1, "left"),
            (1.1, "left"),
            (2.2, "left"),
            (0.7, "center"),
            (0.9, "right"),
            (1, "right"),
        ],
    )
    mrows = [
        [str(k + 1), dv[0], dv[1], dv[2], dv[3], dv[4], dv[5], f"{dv[6]}%", money(dv[7], lg)]
        for k, dv in enumerate(devices)
    ]
    table(
        mf,
        mcols,
        [
            "#",
            tr(lg, "Make", "Marke", "Marque"),
            tr(lg, "Model", "Modell", "Modèle"),
            tr(lg, "Storage", "Speicher", "Capacité"),
            tr(lg, "Colour", "Farbe", "Couleur"),
            "IMEI",
            "Grade",
            tr(lg, "Battery", "Akku", "Batterie"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        mrows,
        ls,
        size=7.5,
        shade=0.85,
        step=1.7,
    )
    mf.y += 6
    mf.page.text(
        lw - 36,
        mf.y,
        f"{n} {tr(lg, 'units', 'Stück', 'unités')}  {cash(total, lg)}",
        s.bold,
        8,
        "right",
    )
    pages = close(pages + mf.pages, s, h)
    remember(None, d)
    return pages


RMA_FAULTS = {
    "en": [
        "Dead on arrival",
        "Touch not responsive",
        "Dead pixels / lines",
        "No backlight",
        "Battery not charging",
        "Wrong part supplied",
        "True Tone / Face ID not working",
    ],
    "de": [
        "DOA - ohne Funktion",
        "Touch reagiert nicht",
        "Pixelfehler / Streifen",
        "Keine Hintergrundbeleuchtung",
        "Akku lädt nicht",
        "Falschlieferung",
        "True Tone / Face ID defekt",
    ],
    "fr": [
        "HS à réception",
        "Tactile inopérant",
        "Pixels morts / lignes",
        "Pas de rétroéclairage",
        "Batterie ne charge pas",
        "Erreur de référence",
        "True Tone / Face ID HS",
    ],
}


def tpl_warranty_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's RMA request to a parts wholesaler on the wholesaler's form: original invoice,
    the faulty parts with fault codes ticked, the technician's notes and signature; the copy
    of the original invoice behind it."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    o = an_order(rng, h, who)
    inv = serial(rng, rng.choice(["INV-999999", "RE99999999", "FA-9999-99999"]))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "RETURNS / RMA REQUEST FORM",
        "REKLAMATIONS- / RMA-FORMULAR",
        "DEMANDE DE RETOUR SAV (RMA)",
    )
    p.text(m, y, title, s.bold, 13)
    y += 10
    p.text(
        m,
        y + 8,
        tr(
            lg,
            "Complete one form per parcel and enclose it with the parts.",
            "Bitte pro Paket ein Formular ausfüllen und beilegen.",
            "Un formulaire par colis, à joindre aux pièces.",
        ),
        italic_of(s.font),
        7.5,
    )
    y += 20
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), o.customer_no),
                (tr(lg, "Company", "Firma", "Société"), shop_name()),
                (tr(lg, "Original invoice no.", "Rechnungs-Nr.", "N° de facture d'origine"), inv),
                (
                    tr(lg, "Invoice date", "Rechnungsdatum", "Date de facture"),
                    short(d - timedelta(days=rng.randint(8, 60)), lg),
                ),
                (
                    tr(lg, "Contact / phone", "Ansprechpartner / Tel.", "Contact / tél."),
                    f"{techs()[1].split()[0]} {shop_row()[3]}",
                ),
                ("RMA no. (" + tr(lg, "office use", "wird vergeben", "réservé SAV") + ")", ""),
            ],
            per=2,
        )
        + 4
    )
    y = band(p, s, y, tr(lg, "Parts returned", "Zurückgesandte Artikel", "Pièces retournées"))
    y += 12
    cw = [0.16, 0.38, 0.07, 0.39]
    xs = [m + sum(cw[:k]) * (w - 2 * m) for k in range(5)]
    heads = [
        tr(lg, "SKU", "Art.-Nr.", "Réf."),
        tr(lg, "Description", "Bezeichnung", "Désignation"),
        tr(lg, "Qty", "Menge", "Qté"),
        tr(lg, "Fault (code)", "Fehler (Code)", "Défaut (code)"),
    ]
    for k, t in enumerate(heads):
        p.text(xs[k] + 3, y, t, s.bold, 7.5)
    y += 5
    claimed = rng.sample(o.lines, min(len(o.lines), rng.randint(1, 4)))
    codes = []
    for sku, desc, qty, _ in claimed:
        code = rng.randrange(len(RMA_FAULTS[lg]))
        codes.append(code)
        p.rect(m, y, w - 2 * m, 20)
        for x in xs[1:4]:
            p.line(x, y, x, y + 20)
        p.text(xs[0] + 3, y + 13, fit(sku, HAND, 8, xs[1] - xs[0] - 6), HAND, 8)
        p.text(xs[1] + 3, y + 13, fit(desc, HAND, 8, xs[2] - xs[1] - 6), HAND, 8)
        p.text(xs[2] + 3, y + 13, str(min(qty, rng.randint(1, 2))), HAND, 8)
        p.text(
            xs[3] + 3,
            y + 13,
            fit(f"{code + 1} - {RMA_FAULTS[lg][code]}", HAND, 8, xs[4] - xs[3] - 6),
            HAND,
            8,
        )
        y += 20
    for _ in range(max(0, 5 - len(claimed))):
        p.rect(m, y, w - 2 * m, 20)
        for x in xs[1:4]:
            p.line(x, y, x, y + 20)
        y += 20
    y += 12
    p.text(m, y, tr(lg, "Fault codes:", "Fehlercodes:", "Codes défaut :"), s.bold, 7.5)
    y = ticks(
        p,
        s,
        m,
        y + 13,
        w - 2 * m,
        [f"{k + 1} {t}" for k, t in enumerate(RMA_FAULTS[lg])],
        set(codes),
        pt=7,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Tested before fitting? / Part fitted to device?",
            "Vor Einbau getestet? / Bereits verbaut?",
            "Testé avant pose ? / Déjà monté ?",
        ),
        s.font,
        8,
    )
    y = ticks(p, s, m + 250, y, w - 2 * m - 250, yes_no(lg), {0}, pt=8)
    p.text(
        m,
        y + 4,
        tr(lg, "Technician's notes:", "Bemerkungen Techniker:", "Remarques du technicien :"),
        s.font,
        8,
    )
    y = ruled(p, m, y + 20, w - 2 * m, [words(rng, lg, "repair", 9)], 3)
    p.text(m, y, tr(lg, "Preferred outcome:", "Gewünscht:", "Solution souhaitée :"), s.font, 8)
    y = ticks(
        p,
        s,
        m + 100,
        y,
        w - 2 * m - 100,
        [
            tr(lg, "Replacement", "Ersatz", "Échange"),
            tr(lg, "Credit note", "Gutschrift", "Avoir"),
            tr(lg, "Refund", "Erstattung", "Remboursement"),
        ],
        {rng.randrange(3)},
        pt=8,
    )
    y += 14
    small_ = tr(
        lg,
        (
            "Parts showing physical damage, removed protective film, heat marks or liquid "
            "damage are not covered. Returns without an RMA number will be refused."
        ),
        (
            "Teile mit mechanischer Beschädigung, entfernter Schutzfolie, Hitzespuren oder "
            "Feuchtigkeit sind von der Gewährleistung ausgeschlossen."
        ),
        (
            "Les pièces cassées, sans film, chauffées ou oxydées ne sont pas prises en "
            "charge. Tout retour sans numéro RMA sera refusé."
        ),
    )
    y = ruled_text(p, s, m, y, w - 2 * m, small_, 7)
    y += 24
    signature_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
        techs()[1],
    )
    hand(p, m + 120, y - 3, short(d, lg), 8.5)
    pages = close([p], s, h, numbers="none")
    if rng.random() < 0.7:
        pages.append(invoice_copy(rng, h, o, inv, d - timedelta(days=rng.randint(8, 60))))
    remember(None, d, (h.name, inv, claimed, codes))
    return pages


def invoice_copy(rng: random.Random, h: Head, o: Order, inv: str, d: date) -> Page:
    """A photocopy of the wholesaler's original invoice, the claimed lines marked by hand."""
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin + 10
    f = sheets(s, h)
    copier_edge(f.page, rng)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Order no.", "Auftrag", "Commande"), o.no),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    cols = columns(m, w - m, [(1.5, "left"), (4.2, "left"), (0.7, "right"), (1.2, "right")])
    rows = [[sku, desc, str(q), money(q * pr, lg)] for sku, desc, q, pr in o.lines]
    y0 = f.y
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Gesamt", "Montant"),
        ],
        rows,
        s,
    )
    net = sum(q * pr for _, _, q, pr in o.lines)
    totals(f, s, lg, round(net, 2), 0.0 if lg != home() else vat_rate(lg))
    if len(f.pages) == 1:
        k = rng.randrange(len(o.lines))
        yy = y0 + (s.size - 1) * (1.9 + 1.6 * k)
        f.page.rect(m - 6, yy - 10, w - 2 * m + 12, 14)
        hand(f.page, w - m + 2, yy, "<- RMA", 9)
    p = f.pages[0]
    p.text(w / 2, hh - 30, tr(lg, "COPY", "KOPIE", "COPIE"), s.bold, 9, "center")
    return p


def tpl_warranty_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's RMA decision: the returned parts with the outcome for each (credit,
    replacement, rejected with the reason), sometimes the credit note sent with it."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("warranty_claim",)) and isinstance(ex, tuple) and ex[0] == h.name:
        inv, claimed, codes = ex[1], ex[2], ex[3]
        d = last_day(rng, ("warranty_claim",), (6, 20))
    else:
        o = an_order(rng, h, who)
        inv = serial(rng, "INV-999999")
        claimed = rng.sample(o.lines, min(len(o.lines), rng.randint(1, 3)))
        codes = [rng.randrange(len(RMA_FAULTS[lg])) for _ in claimed]
        d = some_day(rng)
    rma = serial(rng, rng.choice(["RMA-999999", "R99999", "SAV-99999"]))
    f = sheets(s, h, f"RMA {rma}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [("RMA", rma), (tr(lg, "Your invoice", "Rechnung", "Facture"), inv)],
    )
    caption(
        f, s, tr(lg, "Returns decision", "Prüfergebnis Reklamation", "Résultat d'expertise SAV"), 2
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            (
                "We have received and tested the parts returned under the RMA above. The "
                "result of our inspection is as follows:"
            ),
            (
                "die unter obiger RMA-Nummer eingesandten Teile wurden in unserer "
                "Prüfabteilung getestet. Ergebnis:"
            ),
            (
                "Nous avons réceptionné et testé les pièces retournées sous le numéro "
                "ci-dessus. Résultat de l'expertise :"
            ),
        ),
    )
    outcomes = [
        tr(
            lg,
            "Fault confirmed - credit issued",
            "Fehler bestätigt - Gutschrift",
            "Défaut confirmé - avoir émis",
        ),
        tr(
            lg,
            "Fault confirmed - replacement sent",
            "Fehler bestätigt - Ersatz versandt",
            "Défaut confirmé - pièce renvoyée",
        ),
        tr(
            lg,
            "Rejected - physical damage",
            "Abgelehnt - mechanische Beschädigung",
            "Refusé - casse",
        ),
        tr(
            lg,
            "Rejected - part fitted / adhesive residue",
            "Abgelehnt - Teil verbaut / Kleberreste",
            "Refusé - pièce montée / traces de colle",
        ),
        tr(lg, "No fault found", "Kein Fehler feststellbar", "Aucun défaut constaté"),
    ]
    rows = []
    credit = 0.0
    for (sku, desc, _q, price), _c in zip(claimed, codes, strict=True):
        k = rng.choices(range(5), [5, 3, 2, 2, 1])[0]
        if k == 0:
            credit += price
        rows.append([sku, desc, outcomes[k]])
    cols = columns(m, w - m, [(1.3, "left"), (3.2, "left"), (3.2, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Outcome", "Ergebnis", "Décision"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    if credit:
        write(
            f,
            s,
            tr(
                lg,
                f"A credit note for {cash(credit, lg)} has been raised to your account.",
                f"Eine Gutschrift über {cash(credit, lg)} wurde Ihrem Kundenkonto gutgeschrieben.",
                f"Un avoir de {cash(credit, lg)} a été porté au crédit de votre compte.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            (
                "Rejected parts are held for 30 days and returned on request at a carriage "
                "charge; after that they are recycled."
            ),
            (
                "Abgelehnte Teile bewahren wir 30 Tage auf und senden sie auf Wunsch "
                "kostenpflichtig zurück; danach werden sie entsorgt."
            ),
            (
                "Les pièces refusées sont conservées 30 jours et renvoyées sur demande "
                "contre frais de port, puis recyclées."
            ),
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "rma"),
        tr(lg, "Returns department", "Reklamationsabteilung", "Service après-vente"),
    )
    pages = list(f.pages)
    if credit and rng.random() < 0.5:
        cf = sheets(s, h, "")
        cn = serial(rng, rng.choice(["CN-99999", "GS99999", "AV-99999"]))
        recipient(
            cf,
            s,
            h,
            shop_lines(),
            d,
            [(tr(lg, "Credit note", "Gutschrift Nr.", "Avoir n°"), cn), ("RMA", rma)],
        )
        caption(cf, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
        ccols = columns(m, w - m, [(4, "left"), (1.3, "right")])
        table(
            cf,
            ccols,
            [
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [r[1], money(c[3], lg)]
                for r, c in zip(rows, claimed, strict=True)
                if r[2] == outcomes[0]
            ],
            s,
        )
        totals(cf, s, lg, round(credit, 2), 0.0 if lg != home() else vat_rate(lg))
        pages += cf.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return pages


MEDIA = [
    (
        "Seagate Barracuda 2 TB 2.5in ST2000LM015",
        "HDD",
        "clicking, not detected",
        "Kopfschaden, Klackern",
        "têtes HS, claquements",
    ),
    (
        "WD Blue 1 TB WD10SPZX",
        "HDD",
        "slow reads, bad sectors",
        "viele defekte Sektoren",
        "secteurs défectueux",
    ),
    (
        "Samsung 870 EVO 500 GB",
        "SSD",
        "not detected, controller failure",
        "nicht erkannt, Controllerfehler",
        "non détecté, contrôleur HS",
    ),
    (
        "Apple iPhone 12 (logic board)",
        "Phone",
        "no power after liquid damage",
        "kein Start nach Wasserschaden",
        "ne démarre plus après oxydation",
    ),
    (
        "SanDisk Ultra 128 GB microSD",
        "Flash",
        "RAW file system",
        "Dateisystem RAW",
        "système de fichiers RAW",
    ),
    (
        "Toshiba Canvio 4 TB USB",
        "HDD",
        "dropped, motor does not spin",
        "Sturzschaden, Motor dreht nicht",
        "chute, moteur bloqué",
    ),
]
LAB_TERMS = {
    "en": [
        "Scope of service",
        "Diagnosis",
        "No data - no fee",
        "Prices and payment",
        "Target media",
        "Confidentiality",
        "Liability",
        "Storage and disposal of media",
        "Law",
    ],
    "de": [
        "Leistungsumfang",
        "Analyse",
        "Keine Daten - keine Kosten",
        "Preise und Zahlung",
        "Zielmedium",
        "Vertraulichkeit",
        "Haftung",
        "Aufbewahrung und Entsorgung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Diagnostic",
        "Pas de données - pas de frais",
        "Prix et paiement",
        "Support de restitution",
        "Confidentialité",
        "Responsabilité",
        "Conservation et destruction",
        "Droit applicable",
    ],
}


def tpl_recovery_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A data recovery laboratory's diagnosis and quotation for a customer's drive the shop
    sent in: the findings, the service levels with prices, the acceptance form to tick and
    sign, and often the terms."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    med = rng.choice(MEDIA)
    case = serial(rng, rng.choice(["DR-99999", "CASE 999999", "AZ-2099-999"]))
    cust = a_person(rng, home())
    f = sheets(s, h, f"{tr(lg, 'Case', 'Auftrag', 'Dossier')} {case}")
    recipient(
        f,
        s,
        h,
        shop_lines(
            tr(lg, f"Attn: {techs()[0]}", f"z. Hd. {techs()[0]}", f"à l'attention de {techs()[0]}")
        ),
        d,
        [
            (tr(lg, "Case no.", "Auftrags-Nr.", "Dossier n°"), case),
            (tr(lg, "End customer", "Endkunde", "Client final"), cust.name),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Diagnosis report and quotation",
            "Analysebericht und Angebot",
            "Rapport de diagnostic et devis",
        ),
        2,
    )
    fpairs = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Medium", "Datenträger", "Support"), med[0]),
            (tr(lg, "Type", "Typ", "Type"), med[1]),
            (
                tr(lg, "Received", "Eingang", "Reçu le"),
                short(d - timedelta(days=rng.randint(2, 6)), lg),
            ),
            (tr(lg, "Symptom", "Fehlerbild", "Symptôme"), tr(lg, med[2], med[3], med[4])),
        ],
        w - m,
        s.size - 0.5,
    )
    f.y = fpairs + 8
    f.heading(m, tr(lg, "Findings", "Befund", "Constat"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "repair", 2, 3))
    pct = rng.choice([60, 75, 85, 90, 95, 98])
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Estimated recoverable data: approx. {pct}%. The file list will be sent to "
                "you for checking before the data are copied."
            ),
            (
                f"Voraussichtlich wiederherstellbar: ca. {pct} %. Vor der Übergabe erhalten "
                "Sie eine Dateiliste zur Prüfung."
            ),
            (
                f"Taux de récupération estimé : environ {pct} %. La liste des fichiers vous "
                "sera transmise pour validation."
            ),
        ),
    )
    base = {"HDD": 450.0, "SSD": 590.0, "Phone": 690.0, "Flash": 290.0}[med[1]] * rng.uniform(
        0.8, 1.3
    )
    rows = [
        [
            tr(
                lg,
                "Standard (5-8 working days)",
                "Standard (5-8 Werktage)",
                "Standard (5 à 8 jours ouvrés)",
            ),
            cash(round(base, 0), lg),
        ],
        [
            tr(
                lg,
                "Priority (2-3 working days)",
                "Express (2-3 Werktage)",
                "Prioritaire (2 à 3 jours)",
            ),
            cash(round(base * 1.5, 0), lg),
        ],
        [
            tr(
                lg,
                "Emergency (24 h, weekends)",
                "Notfall (24 h, auch Wochenende)",
                "Urgence (24 h, week-end inclus)",
            ),
            cash(round(base * 2.4, 0), lg),
        ],
        [
            tr(
                lg,
                "Donor parts (if needed)",
                "Spenderteile (falls nötig)",
                "Pièces donneuses (si nécessaire)",
            ),
            cash(round(rng.choice([90, 120, 180]), 0), lg),
        ],
    ]
    cols = columns(m, w - m, [(4, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Service level", "Leistung", "Formule"),
            tr(lg, "Price excl. VAT", "Netto", "Prix HT"),
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
            (
                "No data - no fee: if we cannot recover the data you have marked as "
                "important, you pay only the return carriage. Prices exclude VAT and the "
                "target drive."
            ),
            (
                "Keine Daten - keine Kosten: Können die als wichtig markierten Daten nicht "
                "gerettet werden, berechnen wir nur den Rückversand. Preise zzgl. MwSt. und "
                "Zielmedium."
            ),
            (
                "Pas de données, pas de frais : seuls les frais de retour sont facturés si "
                "les données prioritaires ne sont pas récupérées. Prix HT, support de "
                "restitution en sus."
            ),
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "engineer"),
        tr(lg, "Recovery engineer", "Datenrettungsingenieur", "Ingénieur récupération"),
    )
    pages = list(f.pages)
    # The acceptance form.
    p = Page(s.page_size)
    y = heading(p, s, h)
    p.text(
        m, y, tr(lg, "ORDER / ACCEPTANCE FORM", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"), s.bold, 13
    )
    y += 12
    p.text(m, y + 6, f"{tr(lg, 'Case', 'Auftrag', 'Dossier')} {case} - {med[0]}", s.font, 8.5)
    y += 24
    p.text(
        m,
        y,
        tr(
            lg,
            "Please tick the service level:",
            "Gewünschte Leistung bitte ankreuzen:",
            "Formule choisie :",
        ),
        s.font,
        9,
    )
    choice = {rng.randrange(3)} if rng.random() < 0.7 else set()
    y = ticks(p, s, m, y + 16, w - 2 * m, [r[0] for r in rows[:3]], choice, pt=8.5)
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Most important folders / file types:",
            "Wichtigste Ordner / Dateitypen:",
            "Dossiers / types de fichiers prioritaires :",
        ),
        s.font,
        9,
    )
    y = ruled(
        p,
        m,
        y + 22,
        w - 2 * m,
        [
            rng.choice(
                [
                    "Photos (DCIM), Documents",
                    "Bilder, Rechnungen 2023",
                    "Photos famille, Bureau",
                    "Pictures, Desktop, QuickBooks",
                ]
            )
        ]
        if choice
        else [],
        3,
    )
    p.text(m, y, tr(lg, "Return data on:", "Rückgabe auf:", "Restitution sur :"), s.font, 9)
    y = ticks(
        p,
        s,
        m + 100,
        y,
        w - 2 * m - 100,
        [
            tr(
                lg,
                "new USB drive (+ price)",
                "neue USB-Festplatte (+ Preis)",
                "disque USB neuf (+ prix)",
            ),
            tr(lg, "customer's own drive", "eigener Datenträger", "support fourni"),
            tr(lg, "secure download", "Download", "téléchargement"),
        ],
        {0} if choice else set(),
        pt=8.5,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "After recovery, the original medium is to be:",
            "Originaldatenträger nach Abschluss:",
            "Support d'origine après intervention :",
        ),
        s.font,
        9,
    )
    y = ticks(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        [
            tr(lg, "returned", "zurücksenden", "retourné"),
            tr(lg, "securely destroyed", "datenschutzgerecht vernichten", "détruit"),
        ],
        {0} if choice else set(),
        pt=8.5,
    )
    y += 10
    y = ruled_text(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            (
                "I accept the quotation above and the laboratory's terms of business. I "
                "confirm that I am entitled to the data on the medium."
            ),
            (
                "Ich erteile den Auftrag zu obigen Konditionen und den AGB des Labors und "
                "bestätige, dass ich über die Daten verfügungsberechtigt bin."
            ),
            (
                "J'accepte le devis et les conditions générales du laboratoire et certifie "
                "être autorisé(e) à disposer des données."
            ),
        ),
        8,
    )
    y += 30
    signature_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Name, signature, date", "Name, Unterschrift, Datum", "Nom, signature, date"),
        techs()[0] if choice else "",
    )
    y += 26
    p.text(
        m,
        y,
        tr(
            lg,
            f"Return by email to {h.mail or 'the laboratory'} or fax.",
            f"Bitte per E-Mail an {h.mail or 'das Labor'} zurücksenden.",
            f"À retourner par e-mail à {h.mail or 'notre laboratoire'}.",
        ),
        italic_of(s.font),
        8,
    )
    pages.append(p)
    if rng.random() < 0.55:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms of business - data recovery",
                    "Allgemeine Geschäftsbedingungen Datenrettung",
                    "Conditions générales - récupération de données",
                ),
                LAB_TERMS[lg],
            )
        )
    pages = close(pages, s, h)
    remember(None, d)
    return pages


SLA_CLAUSES = {
    "en": [
        "Definitions",
        "Services",
        "Covered devices",
        "Response times",
        "Charges and invoicing",
        "Customer's obligations",
        "Data protection",
        "Exclusions",
        "Liability",
        "Term and termination",
        "General",
    ],
    "de": [
        "Begriffe",
        "Vertragsgegenstand",
        "Erfasste Geräte",
        "Reaktionszeiten",
        "Vergütung und Abrechnung",
        "Mitwirkungspflichten",
        "Datenschutz (Auftragsverarbeitung)",
        "Ausschlüsse",
        "Haftung",
        "Laufzeit und Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Définitions",
        "Objet",
        "Parc couvert",
        "Délais d'intervention",
        "Prix et facturation",
        "Obligations du client",
        "Données personnelles",
        "Exclusions",
        "Responsabilité",
        "Durée et résiliation",
        "Dispositions générales",
    ],
}


SLA_NOS = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}


def tpl_service_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's service agreement with a business customer for its phones and laptops:
    parties, numbered clauses over pages, the schedule of covered devices on a landscape page,
    the price schedule and the signature page."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, _ = A4
    m = s.margin
    r = keyed(who, "business")
    brow = r.choice(SENDERS["business"][lg])
    biz = make_head(brow, lg, "business")
    d = some_day(rng)
    ref = f"SA-{d.year}-{rng.randint(10, 99)}"
    title = tr(
        lg,
        "DEVICE REPAIR AND SUPPORT SERVICE AGREEMENT",
        "SERVICEVERTRAG ÜBER REPARATUR UND BETREUUNG MOBILER ENDGERÄTE",
        "CONTRAT DE MAINTENANCE DU PARC MOBILE ET INFORMATIQUE",
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    pt = shrink(title, s.bold, 13, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 24
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        (
            f"{h.name}, {h.street}, {h.town} "
            f"({tr(lg, 'the Provider', 'Auftragnehmer', 'le Prestataire')})"
        ),
        indent=14,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        (
            f"{biz.name}, {biz.street}, {biz.town} "
            f"({tr(lg, 'the Customer', 'Auftraggeber', 'le Client')})"
        ),
        indent=14,
    )
    n_dev = rng.choice([6, 9, 14, 22, 30])
    for k, head in enumerate(SLA_CLAUSES[lg], 1):
        f.heading(m, f"{k}. {head}", s.bold, s.size)
        if k == 4:
            write(
                f,
                s,
                tr(
                    lg,
                    (
                        "Priority 1 (device unusable): device collected or swap unit "
                        "provided within 4 working hours. Priority 2: within the next "
                        "working day. Repairs of covered faults are completed within 3 "
                        "working days where parts are in stock."
                    ),
                    (
                        "Priorität 1 (Gerät unbrauchbar): Abholung oder Austauschgerät "
                        "binnen 4 Arbeitsstunden. Priorität 2: am nächsten Werktag. "
                        "Reparaturen sind bei vorrätigen Teilen binnen 3 Werktagen "
                        "abgeschlossen."
                    ),
                    (
                        "Priorité 1 (appareil inutilisable) : enlèvement ou prêt d'un "
                        "appareil sous 4 heures ouvrées. Priorité 2 : le jour ouvré suivant. "
                        "Réparation sous 3 jours ouvrés si pièces en stock."
                    ),
                ),
            )
        elif k == 5:
            fee = rng.choice([79, 120, 180, 250])
            write(
                f,
                s,
                tr(
                    lg,
                    (
                        f"A fixed monthly fee of {cash(fee, lg)} plus VAT covers labour for "
                        "the devices in Schedule 1; parts are charged at the prices in "
                        "Schedule 2. Invoices are issued monthly in advance and payable "
                        "within 14 days."
                    ),
                    (
                        f"Die monatliche Pauschale beträgt {cash(fee, lg)} zzgl. USt. und "
                        "deckt die Arbeitszeit für die Geräte gem. Anlage 1; Ersatzteile "
                        "werden nach Anlage 2 berechnet."
                    ),
                    (
                        f"Un forfait mensuel de {cash(fee, lg)} HT couvre la main-d'oeuvre "
                        "pour les appareils de l'annexe 1 ; les pièces sont facturées selon "
                        "l'annexe 2."
                    ),
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    pages = list(f.pages)
    # Schedule 1 on a landscape page.
    ls = paper(s, landscape(A4), margin=40, pt=8)
    lw, lh = ls.page_size

    def start(p: Page, k: int) -> float:
        p.text(
            40,
            36,
            tr(
                lg,
                "Schedule 1 - Covered devices",
                "Anlage 1 - Geräteliste",
                "Annexe 1 - Liste des appareils couverts",
            ),
            s.bold,
            11,
        )
        p.text(lw - 40, 36, f"{ref} - {biz.name}", s.font, 8, "right")
        return 60

    sf = Flow(ls.page_size, lh - 44, start)
    users = [f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}" for _ in range(n_dev)]
    rows = []
    for k in range(n_dev):
        make, model, kind = rng.choice(
            [dv for dv in DEVICES if dv[2] in ("phone", "laptop", "tablet")]
        )
        rows.append(
            [
                f"{biz.name[:3].upper()}-{k + 1:03d}",
                f"{make} {model}",
                users[k],
                an_imei(rng) if kind == "phone" else a_serial(rng, make),
                rng.choice(["P1", "P2", "P2"]),
                short(d - timedelta(days=rng.randint(100, 1200)), lg),
            ]
        )
    cols = columns(
        40,
        lw - 40,
        [(1, "left"), (2.2, "left"), (1.6, "left"), (2, "left"), (0.6, "center"), (1, "right")],
    )
    table(
        sf,
        cols,
        [
            tr(lg, "Asset tag", "Inventar-Nr.", "N° inventaire"),
            tr(lg, "Device", "Gerät", "Appareil"),
            tr(lg, "User", "Nutzer", "Utilisateur"),
            "IMEI / S/N",
            tr(lg, "Prio", "Prio", "Prio"),
            tr(lg, "Purchased", "Kaufdatum", "Achat"),
        ],
        rows,
        ls,
        rules=True,
        step=1.8,
    )
    pages += sf.pages
    # Schedule 2 and the signatures.
    p2 = sheets(s, h, f"{h.name} - {ref}", top=False)
    caption(
        p2,
        s,
        tr(
            lg,
            "Schedule 2 - Parts prices",
            "Anlage 2 - Ersatzteilpreise",
            "Annexe 2 - Tarifs des pièces",
        ),
        1,
    )
    prow = [
        [
            repair_of(Repair("", a_person(rng, lg), "", "", kd, "", "", 0, k, 0, "", d, ""), lg)
            + f" ({kd})",
            cash(REPAIRS[kd][k][3] * 0.8, lg),
        ]
        for kd in ("phone", "laptop")
        for k in range(len(REPAIRS[kd]))
    ]
    table(
        p2,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Repair", "Leistung", "Prestation"), tr(lg, "Price excl. VAT", "Netto", "Prix HT")],
        prow,
        s,
        rules=True,
    )
    p2.y += 20
    p2.need(180)
    write(
        p2,
        s,
        tr(
            lg,
            f"Signed for and on behalf of the parties on {day(h, d)}.",
            f"{h.town.split()[-1]}, den {day(h, d)}",
            f"Fait à {h.town.split()[-1]}, le {day(h, d)}, en deux exemplaires.",
        ),
    )
    p2.y += 36
    half = (w - 2 * m) / 2 - 14
    signs = rng.random() < 0.8
    signature_line(
        p2.page, s, m, p2.y, half, f"{h.name} - {techs()[0]}", techs()[0] if signs else ""
    )
    signature_line(
        p2.page,
        s,
        m + half + 28,
        p2.y,
        half,
        f"{biz.name} - {staff(biz, 'boss')}",
        staff(biz, "boss") if signs else "",
    )
    pages += p2.pages
    pages = close(pages, s, h, numbers=SLA_NOS[lg] if rng.random() < 0.7 else "{i}/{n}")
    remember(None, d)
    return pages


WASTES = [
    (
        "20 01 35*",
        "Discarded electrical equipment containing hazardous components (phones, tablets)",
        "Gebrauchte elektrische Geräte mit gefährlichen Bauteilen",
        "DEEE contenant des composants dangereux",
    ),
    (
        "16 06 05",
        "Lithium-ion batteries (loose, terminals taped)",
        "Lithium-Ionen-Akkus (lose, Pole abgeklebt)",
        "Batteries lithium-ion (pôles isolés)",
    ),
    ("16 06 01*", "Lead batteries", "Bleibatterien", "Accumulateurs au plomb"),
    (
        "20 01 36",
        "Discarded electrical equipment (laptops, chargers, cables)",
        "Elektroaltgeräte (Notebooks, Netzteile, Kabel)",
        "DEEE (ordinateurs portables, chargeurs, câbles)",
    ),
    (
        "16 02 16",
        "Components removed from discarded equipment (screens, boards)",
        "Aus Altgeräten entfernte Bauteile (Displays, Platinen)",
        "Composants retirés (écrans, cartes)",
    ),
]


def tpl_recycling_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A WEEE and battery collection note, the carrier's form with numbered sections: the
    waste with its code and weight, the holder (the shop), the carrier and its registration,
    the transfer with both signatures; the copy for the producer. A4 or landscape A5."""
    h = head_of(who, "recycler")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, landscape(A5)])
    s = style_of(h, size, margin=30 if size != A4 else 40, pt=8.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    d = some_day(rng)
    if after(("recycling_note",)) and isinstance(ex, date):
        d = ex + timedelta(days=rng.choice([14, 21, 28, 30, 35]))
    no = serial(rng, rng.choice(["WTN 999999", "Nr. 9999999", "BE-99999"]))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "WASTE TRANSFER NOTE - WEEE & BATTERIES",
        "ÜBERNAHMESCHEIN / RÜCKNAHMEBELEG ELEKTROALTGERÄTE",
        "BORDEREAU D'ENLÈVEMENT DEEE ET PILES",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m - 90)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y, no, s.bold, 10, "right")
    y += 8
    copy = rng.choice(
        [
            tr(lg, "Copy 2 - holder", "Ausfertigung Erzeuger", "Exemplaire producteur"),
            tr(lg, "Customer copy", "Kundenexemplar", "Exemplaire client"),
        ]
    )
    p.text(w - m, y + 6, copy, italic_of(s.font), 7, "right")
    y += 16
    half = size[0] > 600
    y = band(
        p,
        s,
        y,
        tr(
            lg, "A  Description of the waste", "A  Abfallbeschreibung", "A  Désignation des déchets"
        ),
    )
    y += 12
    cw = columns(m, w - m, [(1, "left"), (4.5, "left"), (1.2, "left"), (1, "right")])
    for c, t in zip(
        cw,
        [
            tr(lg, "EWC code", "AVV-Nr.", "Code déchet"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Container", "Behälter", "Contenant"),
            "kg",
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] != "right" else c[1],
            y,
            t,
            s.bold,
            7.5,
            "left" if c[2] != "right" else "right",
        )
    y += 4
    picks = sorted(rng.sample(range(len(WASTES)), rng.randint(1, 3)))
    for k in picks:
        code, en, de, fr = WASTES[k]
        p.rect(m, y, w - 2 * m, 18)
        y += 12
        p.text(cw[0][0] + 2, y, code, s.font, 8)
        p.text(
            cw[1][0], y, fit(tr(lg, en, de, fr), s.font, 7.5, cw[1][1] - cw[1][0] - 4), s.font, 7.5
        )
        p.text(
            cw[2][0],
            y,
            fit(
                rng.choice(
                    [
                        tr(lg, "60 L drum", "60-l-Fass", "fût 60 L"),
                        tr(lg, "cage", "Gitterbox", "caisse grillagée"),
                        tr(lg, "box", "Karton", "carton"),
                    ]
                ),
                s.font,
                7.5,
                cw[2][1] - cw[2][0],
            ),
            s.font,
            7.5,
        )
        p.text(
            cw[3][1],
            y,
            f"{rng.uniform(2, 65):.1f}".replace(".", "," if lg != "en" else "."),
            HAND,
            9,
            "right",
        )
        y += 6
    y += 16
    sec = [
        (
            tr(lg, "B  Holder / producer", "B  Abfallerzeuger / Besitzer", "B  Détenteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), shop_name()),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop_row()[1]}, {shop_town()}"),
                (
                    tr(lg, "SIC / activity", "Tätigkeit", "Activité"),
                    tr(
                        lg,
                        "95.12 repair of communication equipment",
                        "Reparatur von Telekommunikationsgeräten",
                        "9512Z réparation d'équipements de communication",
                    ),
                ),
            ],
        ),
        (
            tr(lg, "C  Carrier", "C  Beförderer", "C  Transporteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), h.name),
                (
                    tr(lg, "Registration no.", "Beförderernummer / EfbV", "N° de récépissé"),
                    serial(
                        keyed(who, "reg"),
                        {"en": "CBDU999999", "de": "E99999999999", "fr": "99-99-99"}[lg],
                    ),
                ),
                (
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-A 9999", "fr": "AA-999-AA"}[lg]),
                ),
            ],
        ),
    ]
    for title_, items in sec:
        y = band(p, s, y, title_)
        y = fields(p, s, m, y + 2, w - 2 * m, items, per=3, tall=22, hand=False) + 4
    y = band(p, s, y, tr(lg, "D  Transfer", "D  Übergabe", "D  Remise"))
    y = (
        fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (
                    tr(lg, "Time", "Uhrzeit", "Heure"),
                    f"{rng.randint(8, 16):02d}:{rng.choice(['00', '15', '30', '45'])}",
                ),
                (tr(lg, "Collection round", "Tour", "Tournée"), serial(rng, "T99")),
            ],
            per=3,
            tall=22,
        )
        + 14
    )
    third = (w - 2 * m) / 2 - 12
    signature_line(
        p,
        s,
        m,
        y,
        third,
        tr(lg, "Holder's signature", "Unterschrift Übergeber", "Signature du détenteur"),
        techs()[rng.randrange(4)],
    )
    signature_line(
        p,
        s,
        m + third + 24,
        y,
        third,
        tr(lg, "Driver's signature", "Unterschrift Fahrer", "Signature du chauffeur"),
        staff(h, f"driver{rng.randrange(3)}"),
    )
    y += 22
    if y < hh - m - 30 and not half:
        ruled_text(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                (
                    "You must keep this note for at least two years (hazardous waste: three "
                    "years). Batteries are collected free of charge under the producer "
                    "compliance scheme."
                ),
                (
                    "Bitte Beleg mindestens drei Jahre aufbewahren. Die Rücknahme von "
                    "Gerätealtbatterien erfolgt kostenfrei im Auftrag des Rücknahmesystems."
                ),
                (
                    "Conservez ce bordereau au moins trois ans. Enlèvement gratuit pour le "
                    "compte de l'éco-organisme agréé."
                ),
            ),
            7,
        )
    pages = close([p], s, h, numbers="none")
    remember(None, d, d)
    return pages


def tpl_terminal_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement for the shop's terminal: the summary by
    card scheme with the fees, the daily settlements over the following pages, and now and
    then a landscape page of the fee breakdown."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    start_ = add_months(month(), -1)
    end_ = month() - timedelta(days=1)
    d = month() + timedelta(days=rng.randint(2, 8))
    mid = serial(keyed(who, "mid"), "9999999999")
    tid = serial(keyed(who, "tid"), "99999999")
    f = sheets(
        s,
        h,
        (
            f"{tr(lg, 'Merchant statement', 'Händlerabrechnung', 'Relevé commerçant')} {mid} "
            f"- {short(start_, lg)} - {short(end_, lg)}"
        ),
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Merchant ID", "Händlernummer", "N° de contrat"), mid),
            (tr(lg, "Terminal ID", "Terminal-ID", "N° TPE"), tid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start_, lg)} - {short(end_, lg)}"),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Monthly merchant statement",
            "Monatliche Händlerabrechnung",
            "Relevé mensuel des opérations par carte",
        ),
        3,
    )
    schemes = [
        "Visa Debit",
        "Visa Credit",
        "Mastercard Debit",
        "Mastercard Credit",
        "Maestro" if lg != "fr" else "CB",
        "American Express",
    ]
    if lg == "de":
        schemes[4] = "girocard"
    days = []
    dd = start_
    total_n = 0
    total_v = 0.0
    while dd <= end_:
        if dd.weekday() != 6:
            n = rng.randint(3, 22)
            v = round(
                sum(rng.choice([15, 29, 49, 59, 69, 89, 99, 129, 179, 220]) for _ in range(n))
                * (1.0 if lg == "en" else 1.1),
                2,
            )
            fee = round(v * rng.uniform(0.012, 0.019), 2)
            days.append((dd, n, v, fee))
            total_n += n
            total_v += v
        dd += timedelta(days=1)
    total_fee = sum(x[3] for x in days)
    split = [rng.uniform(1, 5) for _ in schemes]
    split[-1] *= 0.2
    tot = sum(split)
    rows = []
    for sch, part in zip(schemes, split, strict=True):
        val = total_v * part / tot
        rows.append(
            [
                sch,
                str(round(total_n * part / tot)),
                money(val, lg),
                f"{rng.uniform(0.3, 2.5):.2f}%".replace(".", "," if lg != "en" else "."),
                money(val * rng.uniform(0.008, 0.025), lg),
            ]
        )
    cols = columns(
        m, w - m, [(2.2, "left"), (1, "right"), (1.5, "right"), (1, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Card scheme", "Kartenart", "Réseau"),
            tr(lg, "Trans.", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Fees", "Entgelt", "Commission"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    summary = [
        (
            tr(lg, "Total card turnover", "Kartenumsatz gesamt", "Total des encaissements"),
            cash(total_v, lg),
        ),
        (tr(lg, "Transaction charges", "Transaktionsentgelte", "Commissions"), cash(total_fee, lg)),
        (
            tr(lg, "Terminal rental", "Terminalmiete", "Location du TPE"),
            cash(rng.choice([14.5, 19.0, 24.9]), lg),
        ),
        (
            tr(lg, "PCI compliance fee", "PCI-Entgelt", "Frais PCI DSS"),
            cash(rng.choice([0.0, 4.5]), lg),
        ),
        (
            tr(lg, "Chargebacks", "Rückbelastungen", "Impayés"),
            cash(rng.choice([0.0, 0.0, 0.0, 89.0]), lg),
        ),
    ]
    f.y = pairs(f.page, s, w * 0.45, f.y, summary, w - m, s.size) + 6
    write(
        f,
        s,
        tr(
            lg,
            (
                "Charges are collected by direct debit on the 5th working day. Settlement "
                "details per day are shown overleaf."
            ),
            (
                "Die Entgelte werden am 5. Bankarbeitstag per Lastschrift eingezogen. "
                "Tägliche Auszahlungen siehe Folgeseiten."
            ),
            (
                "Les commissions sont prélevées le 5e jour ouvré. Le détail des remises par "
                "jour figure en pages suivantes."
            ),
        ),
        s.size - 1,
    )
    f.new_page()
    f.heading(
        m,
        tr(lg, "Daily settlements", "Tägliche Auszahlungen", "Détail des remises"),
        s.bold,
        s.size + 2,
    )
    drows = [
        [
            short(dd, lg),
            serial(rng, "999"),
            str(n),
            money(v, lg),
            money(fee, lg),
            money(v - fee, lg),
            short(dd + timedelta(days=1 if dd.weekday() < 4 else 3), lg),
        ]
        for dd, n, v, fee in days
    ]
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.7, "right"),
            (0.7, "right"),
            (1.3, "right"),
            (1.1, "right"),
            (1.3, "right"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "Batch",
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Fees", "Entgelt", "Comm."),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid", "Gutschrift", "Crédité"),
        ],
        drows,
        s,
        step=1.55,
    )
    pages = list(f.pages)
    if rng.random() < 0.3:
        ls = paper(s, landscape(A4), margin=40, pt=7.5)
        lw, lh = ls.page_size
        bd = tr(
            lg,
            "Interchange and scheme fee breakdown",
            "Aufschlüsselung Interchange- und Scheme-Entgelte",
            "Détail des commissions d'interchange et frais de réseau",
        )

        def top(p_: Page, k: int) -> float:
            p_.text(40, 40, bd, s.bold, 10)
            return 60

        lf = Flow(ls.page_size, lh - 40, top)
        brow = []
        for sch in schemes:
            for region in (tr(lg, "domestic", "Inland", "national"), tr(lg, "EEA", "EWR", "EEE")):
                v = total_v * rng.uniform(0.01, 0.2)
                brow.append(
                    [
                        sch,
                        region,
                        tr(
                            lg,
                            "chip & PIN / contactless",
                            "kontaktlos / PIN",
                            "sans contact / code",
                        ),
                        f"{rng.uniform(0.2, 1.5):.2f}%",
                        money(v * 0.006, lg),
                        f"{rng.uniform(0.02, 0.2):.3f}%",
                        money(v * 0.001, lg),
                    ]
                )
        table(
            lf,
            columns(
                40,
                lw - 40,
                [
                    (1.6, "left"),
                    (0.8, "left"),
                    (1.8, "left"),
                    (0.8, "right"),
                    (1, "right"),
                    (0.8, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Scheme", "Karte", "Réseau"),
                tr(lg, "Region", "Region", "Zone"),
                tr(lg, "Channel", "Verfahren", "Canal"),
                "IC %",
                "IC",
                "Scheme %",
                "Scheme",
            ],
            brow,
            ls,
            rules=True,
        )
        pages += lf.pages
    pages = close(
        pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(None, d)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent demand for the shop unit: a quarterly rent demand with service
    charge and insurance rent, a monthly Mietrechnung for Gewerberaum with VAT, or an avis
    d'échéance for the bail commercial with the tear-off slip; A4 or A5."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 3 if lg == "en" else 1
    ex = LAST["extra"]
    if after(("rent_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 1))
    d = q0 - timedelta(days=rng.randint(10, 24))
    unit = keyed(who, "unit").choice(
        {
            "en": ["Unit 4", "Ground floor shop", "Shop 12"],
            "de": ["Ladenlokal EG", "Gewerbeeinheit 2", "Laden links"],
            "fr": ["Local commercial n° 3", "Boutique RDC", "Lot 7"],
        }[lg]
    )
    rent = keyed(who, "rent").choice([1350.0, 1600.0, 1875.0, 2200.0, 980.0])
    f = sheets(s, h)
    no = serial(rng, "999999")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "t"), "T99999"),
            ),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "RENT DEMAND", "MIETRECHNUNG GEWERBERAUM", "AVIS D'ÉCHÉANCE - BAIL COMMERCIAL"),
        3,
    )
    if lg == "en":
        period = f"{short(q0, lg)} - {short(add_months(q0, 3) - timedelta(days=1), lg)}"
        rows = [
            ["Rent", period, money(rent * 3, lg)],
            ["Service charge (on account)", period, money(rent * 0.35, lg)],
            ["Buildings insurance rent", period, money(rent * 0.07, lg)],
        ]
        net = rent * 3.42
    else:
        period = f"{tr(lg, '', 'Monat', 'Mois de')} {short(q0, lg)[3:]}"
        rows = [
            [tr(lg, "", "Nettokaltmiete", "Loyer principal"), period, money(rent, lg)],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision sur charges"),
                period,
                money(rent * 0.16, lg),
            ],
        ]
        net = rent * 1.16
        if lg == "fr" and rng.random() < 0.4:
            rows.append(["Taxe foncière (quote-part)", period, money(rent * 0.08, lg)])
            net += rent * 0.08
    write(
        f,
        s,
        (
            f"{tr(lg, 'Premises', 'Mietobjekt', 'Lieux loués')}: {unit}, {shop_row()[1]}, "
            f"{shop_town()}"
        ),
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(3, "left"), (2.4, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        label=tr(lg, "VAT 20% (option to tax)", "USt. 19 % (Option § 9 UStG)", "TVA 20 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Due in advance on the quarter day, {day(h, q0)}. Please pay by bank "
                "transfer quoting your tenant reference."
            ),
            (
                "Fällig am 3. Werktag des Monats. Bitte per Dauerauftrag unter Angabe der "
                "Mieternummer zahlen."
            ),
            "Payable d'avance le 1er du mois. Prélèvement sur votre compte sauf avis contraire.",
        ),
        s.size - 1,
    )
    if lg == "fr" and f.y < hh - 150:
        y = hh - m - 100
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Locataire", shop_name()),
                ("Avis n°", no),
                ("Montant", cash(net * 1.2, lg)),
                ("Échéance", short(q0, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40 - (110 if lg == "fr" else 0),
            tr(
                home(),
                f"paid {short(d + timedelta(days=4), home())}",
                f"bez. {short(d + timedelta(days=4), home())}",
                f"réglé le {short(d + timedelta(days=4), home())}",
            ),
            11,
        )
    remember(None, d, (h.name, q0))
    return pages


INS_SECTIONS = {
    "en": [
        ("Contents (shop fittings, tools, equipment)", 25000),
        ("Stock including refurbished devices", 30000),
        ("Customers' goods in trust or custody", 20000),
        ("Money in premises / in safe", 2500),
        ("Plate glass", 0),
        ("Business interruption (12 months)", 60000),
        ("Employers' liability", 10000000),
        ("Public and products liability", 2000000),
    ],
    "de": [
        ("Inhalt (Einrichtung, Werkzeug, Geräte)", 25000),
        ("Warenvorräte inkl. Gebrauchtgeräte", 30000),
        ("Fremdes Eigentum / Kundengeräte", 20000),
        ("Bargeld im Tresor", 2500),
        ("Glasversicherung", 0),
        ("Betriebsunterbrechung (12 Monate)", 60000),
        ("Betriebshaftpflicht (Personen-/Sachschäden)", 3000000),
        ("Elektronikversicherung Messgeräte", 8000),
    ],
    "fr": [
        ("Contenu (agencements, outillage, matériel)", 25000),
        ("Marchandises dont appareils reconditionnés", 30000),
        ("Biens confiés par la clientèle", 20000),
        ("Espèces en coffre", 2500),
        ("Bris de glace (vitrine)", 0),
        ("Perte d'exploitation (12 mois)", 60000),
        ("Responsabilité civile exploitation", 3000000),
        ("Protection juridique", 0),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop insurance renewal: the insurer's covering letter, the schedule with the sums
    insured by section (customers' goods in custody among them), the endorsements, and often
    the important notices page."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["RTL/999999/99", "GV 99.999.999", "99 999 999 A"]))
    start_ = add_months(d, 1)
    f = sheets(s, h, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}")
    recipient(f, s, h, shop_lines(), d, [(tr(lg, "Policy no.", "Vers.-Nr.", "Contrat n°"), pol)])
    caption(
        f,
        s,
        tr(
            lg,
            "Your shop insurance renewal",
            "Ihre Geschäftsversicherung - Verlängerung",
            "Renouvellement de votre multirisque professionnelle",
        ),
        2,
    )
    write(f, s, greet(lg, mx(techs()[0], lg)))
    prem = round(rng.uniform(650, 1900), 2)
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Your policy renews on {day(h, start_)}. Please find enclosed your schedule. "
                f"The annual premium is {cash(prem, lg)} including Insurance Premium Tax, "
                "collected by ten monthly instalments."
            ),
            (
                f"Ihr Vertrag verlängert sich zum {day(h, start_)}. Anbei erhalten Sie den "
                "aktuellen Nachtrag zum Versicherungsschein. Der Jahresbeitrag beträgt "
                f"{cash(prem, lg)} inkl. Versicherungsteuer."
            ),
            (
                f"Votre contrat est reconduit au {day(h, start_)}. Vous trouverez ci-joint "
                "vos conditions particulières. La cotisation annuelle s'élève à "
                f"{cash(prem, lg)} TTC."
            ),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "Please check the sums insured carefully, in particular the cover for "
                "customers' devices left with you for repair, and tell us of any change in "
                "your business."
            ),
            (
                "Bitte prüfen Sie die Versicherungssummen, insbesondere für Kundengeräte in "
                "Ihrer Obhut, und teilen Sie uns Änderungen Ihres Betriebs mit."
            ),
            (
                "Nous vous invitons à vérifier les capitaux assurés, notamment pour les "
                "appareils confiés par vos clients, et à nous signaler toute modification de "
                "votre activité."
            ),
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "uw"),
        tr(lg, "Commercial Underwriting", "Gewerbe-Kundenservice", "Service Professionnels"),
    )
    pages = close(list(f.pages), s, h, numbers="none")
    sf = sheets(s, h, f"{tr(lg, 'Schedule', 'Nachtrag', 'Conditions particulières')} - {pol}")
    caption(
        sf,
        s,
        tr(lg, "POLICY SCHEDULE", "NACHTRAG ZUM VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"),
        3,
        rule=True,
    )
    sf.y = (
        pairs(
            sf.page,
            s,
            m,
            sf.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), shop_name()),
                (
                    tr(lg, "Premises", "Versicherungsort", "Adresse du risque"),
                    f"{shop_row()[1]}, {shop_town()}",
                ),
                (
                    tr(lg, "Trade", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Mobile phone and computer repairs, sale of refurbished devices",
                        "Reparatur von Mobiltelefonen und Computern, Handel mit Gebrauchtgeräten",
                        "Réparation de téléphones et ordinateurs, vente d'appareils reconditionnés",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    (
                        f"{short(start_, lg)} - "
                        f"{short(date(start_.year + 1, start_.month, 1) - timedelta(days=1), lg)}"
                    ),
                ),
                (tr(lg, "Annual premium", "Jahresbeitrag", "Cotisation annuelle"), cash(prem, lg)),
            ],
            w - m,
            s.size - 0.5,
        )
        + 10
    )
    rows = []
    for sec, si in INS_SECTIONS[lg]:
        rows.append(
            [
                sec,
                cash(float(si), lg) if si else tr(lg, "Full value", "Neuwert", "Valeur à neuf"),
                cash(rng.choice([100.0, 250.0, 500.0]), lg) if si else "-",
            ]
        )
    table(
        sf,
        columns(m, w - m, [(4, "left"), (1.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Baustein", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
        ],
        rows,
        s,
        rules=True,
    )
    sf.y += 10
    sf.heading(
        m,
        tr(lg, "Endorsements applying", "Besondere Vereinbarungen", "Clauses particulières"),
        s.bold,
        s.size + 1,
    )
    ends = [
        tr(
            lg,
            "E12 Intruder alarm - the alarm must be set whenever the premises are closed.",
            "K12 Einbruchmeldeanlage - bei Geschäftsschluss ist die Anlage scharf zu schalten.",
            "C12 Alarme - le système d'alarme doit être activé en dehors des heures d'ouverture.",
        ),
        tr(
            lg,
            "E19 Stock in window - devices displayed in the window overnight are excluded.",
            (
                "K19 Schaufensterware - über Nacht im Schaufenster verbliebene Geräte sind "
                "nicht versichert."
            ),
            "C19 Vitrine - les appareils laissés en vitrine la nuit sont exclus.",
        ),
        tr(
            lg,
            "E27 Customers' goods - cover is limited to 1,500 any one device.",
            "K27 Kundengeräte - Entschädigung höchstens 1.500 EUR je Gerät.",
            "C27 Biens confiés - indemnité limitée à 1 500 EUR par appareil.",
        ),
        tr(
            lg,
            "E31 Lithium batteries - must be stored in a fire-resistant container.",
            "K31 Lithium-Akkus - Lagerung nur in feuerfesten Behältern.",
            "C31 Batteries lithium - stockage en contenant ignifugé obligatoire.",
        ),
    ]
    for e in rng.sample(ends, rng.randint(2, 4)):
        write(sf, s, e, s.size - 0.5)
    pages2 = list(sf.pages)
    if rng.random() < 0.6:
        pages2.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Important information", "Wichtige Hinweise", "Informations importantes"),
                [tr(lg, t, t, t) for t in SLA_CLAUSES[lg][5:]],
            )
        )
    pages2 = close(
        pages2,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(None, d)
    return pages + pages2


COMPLAINTS = {
    "en": [
        (
            "Two weeks after you replaced the screen it has started lifting at the corner "
            "and the touch no longer responds at the bottom."
        ),
        (
            "Since the battery replacement the phone gets hot and the battery health shows a "
            "warning message."
        ),
        (
            "When I collected my laptop the keyboard was fine but now several keys do not "
            "work and there is a scratch on the lid that was not there before."
        ),
        "The charging port you fitted already works only with the cable at an angle.",
    ],
    "de": [
        (
            "Zwei Wochen nach dem Displaytausch löst sich das Display an der Ecke und der "
            "Touch reagiert unten nicht mehr."
        ),
        (
            "Seit dem Akkutausch wird das Telefon heiß und in den Einstellungen erscheint "
            "ein Hinweis zum Akkuzustand."
        ),
        (
            "Bei der Abholung ging die Tastatur noch, jetzt funktionieren mehrere Tasten "
            "nicht und auf dem Deckel ist ein neuer Kratzer."
        ),
        "Die neue Ladebuchse lädt nur noch, wenn man das Kabel schräg hält.",
    ],
    "fr": [
        (
            "Deux semaines après le remplacement de l'écran, celui-ci se décolle dans le "
            "coin et le tactile ne répond plus en bas."
        ),
        (
            "Depuis le changement de batterie, le téléphone chauffe et un message sur l'état "
            "de la batterie s'affiche."
        ),
        (
            "Au retrait, le clavier fonctionnait, mais plusieurs touches ne marchent plus et "
            "le capot porte une rayure qui n'y était pas."
        ),
        "Le connecteur de charge que vous avez posé ne fonctionne qu'en tenant le câble de biais.",
    ],
}


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about a repair: typed or handwritten, the customer's address at
    the top, the job number, what went wrong and what they want; now and then printed photos
    or a copy of the receipt enclosed."""
    job = job_for(rng, ("collection_receipt", "repair_ticket"))
    c = job.customer
    lg = c.lang
    d = last_day(rng, ("collection_receipt", "repair_ticket"), (10, 40))
    by_hand = rng.random() < 0.35
    font = HAND if by_hand else rng.choice(["Helvetica", "Times-Roman"])
    pt = 11 if by_hand else 10.5
    s = Style(
        font,
        font if by_hand else ("Helvetica-Bold" if font == "Helvetica" else "Times-Bold"),
        pt,
        62,
        "none",
        "bottom",
        A4,
        "short",
    )
    w, hh = A4
    m = s.margin

    def start(p: Page, k: int) -> float:
        return m

    f = Sheets(A4, hh - m, start)
    f.line = 1.7 if by_hand else 1.4
    y = m
    for t in (c.name, c.street, c.town, c.phone, "" if by_hand else c.mail):
        if t:
            f.page.text(w - m, y, t, font, pt - 1, "right")
            y += pt * 1.3
    y += 10
    for t in shop_lines():
        f.page.text(m, y, t, font, pt - 1)
        y += pt * 1.3
    y += 10
    f.page.text(
        w - m,
        y,
        tr(lg, day_text(d, lg), day_text(d, lg), f"{c.town.split()[-1]}, le {day_text(d, lg)}"),
        font,
        pt - 1,
        "right",
    )
    f.y = y + 30
    subj = tr(
        lg,
        f"Re: repair job {job.ticket} - {device_of(job)}",
        f"Reklamation Reparatur Auftrag {job.ticket} ({device_of(job)})",
        f"Objet : réclamation - dossier {job.ticket} ({device_of(job)})",
    )
    f.para(m, w - 2 * m, subj, s.bold, pt)
    f.y += 6
    f.para(m, w - 2 * m, dear(lg, None), font, pt)
    when = short(job.booked, lg)
    body = [
        tr(
            lg,
            (
                f"On {when} I left my {device_of(job)} with you for a "
                f"{repair_of(job, 'en').lower()}, which I paid {cash(job.price, lg)} for."
            ),
            (
                f"Am {when} habe ich mein {device_of(job)} bei Ihnen zur Reparatur "
                f"({repair_of(job, 'de')}) abgegeben und {cash(job.price, lg)} bezahlt."
            ),
            (
                f"Le {when}, je vous ai confié mon {device_of(job)} pour : "
                f"{repair_of(job, 'fr').lower()}, facturé {cash(job.price, lg)}."
            ),
        ),
        COMPLAINTS[lg][rng.choice({"laptop": [2, 3], "console": [3]}.get(job.kind, [0, 1, 3]))],
        tr(
            lg,
            (
                "I have not dropped the device or got it wet. I would like you to put this "
                "right free of charge or refund me."
            ),
            (
                "Das Gerät ist weder heruntergefallen noch nass geworden. Ich bitte um "
                "kostenlose Nachbesserung oder Erstattung."
            ),
            (
                "L'appareil n'a subi ni chute ni contact avec l'eau. Je vous demande une "
                "reprise gratuite ou le remboursement."
            ),
        ),
        tr(
            lg,
            "I look forward to hearing from you within 14 days.",
            "Ich erwarte Ihre Antwort innerhalb von 14 Tagen.",
            "Dans l'attente de votre réponse sous quinze jours,",
        ),
    ]
    if rng.random() < 0.5:
        body.insert(
            2,
            tr(
                lg,
                "I came into the shop last week and was told to put it in writing.",
                (
                    "Ich war letzte Woche schon im Laden und wurde gebeten, mich schriftlich "
                    "zu melden."
                ),
                "Je suis passé(e) au magasin la semaine dernière et on m'a demandé d'écrire.",
            ),
        )
    for t in body:
        f.para(m, w - 2 * m, t, font, pt)
    f.y += 10
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Grüßen",
            "Veuillez agréer mes salutations distinguées.",
        ),
        font,
        pt,
    )
    f.need(50)
    scrawl(f.page, m, f.y + 18, c.name, 14)
    f.y += 34
    if not by_hand:
        f.page.text(m, f.y, c.name, font, pt)
        f.y += 20
    enc = rng.random()
    if enc < 0.5:
        f.page.text(
            m,
            min(f.y + 10, hh - 40),
            tr(
                lg,
                "Enc.: photos" if enc < 0.25 else "Enc.: copy of receipt",
                "Anlage: Fotos" if enc < 0.25 else "Anlage: Kopie Kassenbon",
                "PJ : photos" if enc < 0.25 else "PJ : copie du ticket",
            ),
            font,
            pt - 1.5,
        )
    pages = list(f.pages)
    if enc < 0.25:
        p = Page(A4)
        caps = [
            tr(lg, "screen lifting at corner", "Display löst sich", "écran décollé"),
            tr(lg, "touch dead at bottom", "Touch unten tot", "tactile HS en bas"),
            tr(lg, "receipt", "Beleg", "ticket"),
        ]
        y = 60.0
        for k in range(rng.randint(2, 3)):
            photo(p, 80, y, 300, 200, rng)
            p.text(80, y + 214, f"{k + 1}. {caps[k % len(caps)]}", "Helvetica", 9)
            y += 240
            if y > hh - 260:
                break
        pages.append(p)
    elif enc < 0.5:
        p = Page(A4)
        copier_edge(p, rng)
        x0, y0 = rng.uniform(180, 240), rng.uniform(80, 140)
        p.rect(x0, y0, 80 * MM, 120 * MM)
        yy = y0 + 20
        for t in (
            shop_name(),
            shop_row()[1],
            shop_town(),
            "",
            tr(lg, "SALES RECEIPT", "KASSENBELEG", "TICKET DE CAISSE"),
            f"{short(job.booked, lg)}  {tr(lg, 'Job', 'Auftrag', 'Dossier')} {job.ticket}",
            "",
            fit(repair_of(job, lg), "Courier", 8, 80 * MM - 60) + f"  {money(job.price, lg)}",
            "",
            f"{tr(lg, 'TOTAL', 'SUMME', 'TOTAL')}  {cash(job.price, lg)}",
            "VISA ****" + str(rng.randint(1000, 9999)),
        ):
            p.text(x0 + 40 * MM, yy, fit(t, "Courier", 8, 80 * MM - 16), "Courier", 8, "center")
            yy += 11
        pages.append(p)
    remember(job, d)
    return pages


def day_text(d: date, lg: str) -> str:
    from corpus_kit import date_text

    return date_text(d, lg, "long")


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's reply to a complaint: a letter from the owner with the outcome, and often the
    technician's inspection report sent with it."""
    h = shop_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    job = job_for(rng, ("complaint",))
    d = last_day(rng, ("complaint",), (3, 12))
    c = job.customer
    f = sheets(s, h)
    recipient(
        f, s, h, person_lines(c, lg), d, [(tr(lg, "Job no.", "Auftrag", "Dossier"), job.ticket)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your {device_of(job)} - repair {job.ticket}",
            f"Ihre Reklamation - {device_of(job)}, Auftrag {job.ticket}",
            f"Votre réclamation - {device_of(job)}, dossier {job.ticket}",
        ),
        1,
    )
    write(f, s, greet(lg, mx(c.name, lg)))
    write(
        f,
        s,
        tr(
            lg,
            (
                "Thank you for your letter and for bringing the device back in so that we "
                "could inspect it."
            ),
            (
                "vielen Dank für Ihr Schreiben und dafür, dass Sie uns das Gerät zur Prüfung "
                "überlassen haben."
            ),
            "Nous vous remercions de votre courrier et d'avoir déposé l'appareil pour expertise.",
        ),
    )
    outcome = rng.randrange(3)
    write(
        f,
        s,
        [
            tr(
                lg,
                (
                    "Our technician found that the part we fitted was faulty. We have "
                    "replaced it free of charge under our 90 day warranty and the device is "
                    "ready for collection."
                ),
                (
                    "Unser Techniker hat einen Defekt des eingebauten Ersatzteils "
                    "festgestellt. Wir haben es im Rahmen der Gewährleistung kostenlos "
                    "getauscht; das Gerät liegt zur Abholung bereit."
                ),
                (
                    "Notre technicien a constaté un défaut de la pièce posée. Elle a été "
                    "remplacée gratuitement au titre de la garantie ; l'appareil est prêt à "
                    "être retiré."
                ),
            ),
            tr(
                lg,
                (
                    "Our inspection found signs of impact on the frame next to the affected "
                    "corner, which is not covered by our warranty. As a gesture of goodwill "
                    "we can offer the repair at the cost of the part only."
                ),
                (
                    "Bei der Prüfung haben wir Stoßspuren am Rahmen neben der betroffenen "
                    "Ecke festgestellt; dies fällt nicht unter die Gewährleistung. Aus "
                    "Kulanz bieten wir die Reparatur zum Materialpreis an."
                ),
                (
                    "L'expertise révèle des traces de choc sur le châssis près du coin "
                    "concerné, non couvertes par la garantie. À titre commercial, nous vous "
                    "proposons la réparation au prix de la pièce."
                ),
            ),
            tr(
                lg,
                (
                    "The liquid indicators inside the device have been triggered since our "
                    "repair. We are therefore unable to accept a warranty claim, but we will "
                    "refund the diagnostic fee."
                ),
                (
                    "Die Feuchtigkeitsindikatoren im Gerät haben seit unserer Reparatur "
                    "ausgelöst. Eine Gewährleistung ist daher leider ausgeschlossen; die "
                    "Prüfpauschale erstatten wir Ihnen."
                ),
                (
                    "Les témoins d'humidité se sont déclenchés depuis notre intervention. "
                    "Nous ne pouvons donc pas appliquer la garantie, mais nous vous "
                    "remboursons le diagnostic."
                ),
            ),
        ][outcome],
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "Please see the enclosed inspection report. If you are unhappy with this "
                "answer you may contact your local Citizens Advice consumer service."
            ),
            "Den Prüfbericht fügen wir bei. Für Rückfragen stehen wir Ihnen gern zur Verfügung.",
            (
                "Vous trouverez ci-joint le rapport d'expertise. En cas de désaccord, vous "
                "pouvez saisir le médiateur de la consommation dont nous relevons."
            ),
        ),
    )
    regards(f, s, lg, techs()[0], tr(lg, "Owner", "Inhaber", "Gérant"))
    pages = list(f.pages)
    if rng.random() < 0.6:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(m, y, tr(lg, "INSPECTION REPORT", "PRÜFBERICHT", "RAPPORT D'EXPERTISE"), s.bold, 13)
        y += 16
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Job no.", "Auftrag", "Dossier"), job.ticket),
                (tr(lg, "Device", "Gerät", "Appareil"), device_of(job)),
                ("IMEI / S/N", ident(job)),
                (tr(lg, "Inspected by", "Geprüft von", "Expertisé par"), job.tech),
                (tr(lg, "Date", "Datum", "Date"), short(d - timedelta(days=2), lg)),
                (
                    tr(lg, "Original repair", "Ursprüngliche Reparatur", "Réparation d'origine"),
                    repair_of(job, lg),
                ),
            ],
            per=2,
        )
        p.text(m, y, tr(lg, "Findings:", "Befund:", "Constatations :"), s.bold, 9)
        y = ruled(
            p, m, y + 16, w - 2 * m, [words(rng, lg, "repair", 10), words(rng, lg, "repair", 8)], 4
        )
        p.text(m, y, tr(lg, "Conclusion:", "Ergebnis:", "Conclusion :"), s.bold, 9)
        y = ticks(
            p,
            s,
            m,
            y + 16,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Part fault - warranty",
                    "Teiledefekt - Gewährleistung",
                    "Défaut pièce - garantie",
                ),
                tr(lg, "Accidental damage", "Sturz-/Bruchschaden", "Casse accidentelle"),
                tr(lg, "Liquid damage", "Flüssigkeitsschaden", "Oxydation"),
                tr(lg, "No fault found", "Kein Fehler", "Aucun défaut"),
            ],
            {outcome},
            pt=8.5,
        )
        photo(p, m, y + 10, 150, 110, rng)
        photo(p, m + 170, y + 10, 150, 110, rng)
        signature_line(
            p, s, m, y + 160, 160, tr(lg, "Technician", "Techniker", "Technicien"), job.tech
        )
        pages.append(p)
    pages = close(pages, s, h)
    remember(job, d)
    return pages


def tpl_insurer_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """A device insurer's repair authorisation to the shop: claim, policyholder, device and
    incident, the authorised repair and limit, the excess to collect, where to invoice; often
    the repairer's instructions on a second page."""
    h = head_of(who, "claims")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    job = a_repair(rng)
    job.kind = "phone" if job.kind in ("console", "laptop") else job.kind
    if job.kind == "phone" and not job.imei:
        job.imei = an_imei(rng)
    job.make, job.model = rng.choice([(a, b) for a, b, k in DEVICES if k == job.kind])
    job.fault = rng.randrange(len(FAULTS[job.kind]))
    job.repair = rng.randrange(len(REPAIRS[job.kind]))
    job.claim = serial(rng, rng.choice(["CLM-99999999", "SN99999999", "S-999-99999"]))
    excess = rng.choice([50.0, 75.0, 99.0, 125.0])
    limit = round(job.price * rng.uniform(1.1, 1.6) / 10) * 10
    f = sheets(s, h, f"{tr(lg, 'Claim', 'Schaden', 'Sinistre')} {job.claim}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Repairs desk", "Werkstatt", "Atelier")),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "N° de sinistre"), job.claim),
            (tr(lg, "Policy", "Vertrag", "Contrat"), serial(rng, "99999999")),
        ],
    )
    if rng.random() < 0.5:
        f.page.barcode("code128", job.claim, w - m - 200, f.y - 8)
        f.y += 62
    caption(
        f, s, tr(lg, "REPAIR AUTHORISATION", "REPARATURFREIGABE", "ACCORD DE PRISE EN CHARGE"), 3
    )
    c = job.customer
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Assuré"), c.name),
                (tr(lg, "Contact", "Telefon", "Téléphone"), c.phone),
                (tr(lg, "Device", "Gerät", "Appareil"), device_of(job)),
                ("IMEI / S/N", ident(job)),
                (
                    tr(lg, "Incident", "Schadenhergang", "Circonstances"),
                    rng.choice(
                        [
                            tr(lg, "accidental drop", "Sturzschaden", "chute accidentelle"),
                            tr(lg, "liquid damage", "Flüssigkeitsschaden", "dommage liquide"),
                            tr(lg, "cracked screen", "Displaybruch", "bris d'écran"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Date of incident", "Schadentag", "Date du sinistre"),
                    short(d - timedelta(days=rng.randint(3, 20)), lg),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                f"We authorise the following repair up to {cash(limit, lg)} including VAT: "
                f"{repair_of(job, lg)}. Please collect the policy excess of "
                f"{cash(excess, lg)} from the policyholder when the device is collected."
            ),
            (
                f"Wir geben folgende Reparatur bis {cash(limit, lg)} brutto frei: "
                f"{repair_of(job, lg)}. Die Selbstbeteiligung von {cash(excess, lg)} ziehen "
                "Sie bitte bei Abholung vom Kunden ein."
            ),
            (
                "Nous prenons en charge la réparation suivante dans la limite de "
                f"{cash(limit, lg)} TTC : {repair_of(job, lg)}. La franchise de "
                f"{cash(excess, lg)} est à encaisser auprès de l'assuré au retrait."
            ),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "If the repair cost will exceed the limit, or the device is beyond economic "
                "repair, do not proceed; send us a BER report with photographs instead."
            ),
            (
                "Übersteigen die Kosten die Freigabe oder ist das Gerät wirtschaftlicher "
                "Totalschaden, bitte nicht reparieren, sondern einen Kostenvoranschlag mit "
                "Fotos senden."
            ),
            (
                "Si le coût dépasse ce plafond ou si l'appareil est irréparable, ne pas "
                "intervenir et nous adresser un rapport d'irréparabilité avec photos."
            ),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Invoice {h.name}, quoting the claim number, within 14 days of the repair.",
            f"Rechnung unter Angabe der Schadennummer innerhalb von 14 Tagen an {h.name}.",
            f"Facture à adresser à {h.name} sous 14 jours en rappelant le numéro de sinistre.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Claims handler", "Schadensachbearbeitung", "Gestionnaire sinistres"),
    )
    pages = list(f.pages)
    if rng.random() < 0.5:
        g = sheets(s, h, f"{tr(lg, 'Claim', 'Schaden', 'Sinistre')} {job.claim}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Instructions for approved repairers",
                "Hinweise für Partnerwerkstätten",
                "Consignes aux réparateurs agréés",
            ),
            2,
            rule=True,
        )
        for k, t in enumerate(
            [words(rng, lg, "repair", rng.randint(14, 24)) for _ in range(rng.randint(6, 10))], 1
        ):
            write(g, s, f"{k}. {t}", s.size - 0.5)
        pages += g.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` writing down its kind, so that a companion can take up the same repair."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "repair_ticket": tpl_repair_ticket,
    "collection_receipt": tpl_collection_receipt,
    "loan_agreement": tpl_loan_agreement,
    "buy_declaration": tpl_buy_declaration,
    "delivery_note": tpl_delivery_note,
    "parts_invoice": tpl_parts_invoice,
    "duty_invoice": tpl_duty_invoice,
    "lot_invoice": tpl_lot_invoice,
    "warranty_claim": tpl_warranty_claim,
    "warranty_reply": tpl_warranty_reply,
    "recovery_quote": tpl_recovery_quote,
    "service_agreement": tpl_service_agreement,
    "recycling_note": tpl_recycling_note,
    "terminal_statement": tpl_terminal_statement,
    "rent_invoice": tpl_rent_invoice,
    "insurance_schedule": tpl_insurance_schedule,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "police_enquiry": tpl_police_enquiry,
    "insurer_authorisation": tpl_insurer_authorisation,
}
TEMPLATES_YYYY: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "repair_ticket",
    "collection_receipt",
    "buy_declaration",
    "delivery_note",
    "parts_invoice",
    "duty_invoice",
    "recycling_note",
    "rent_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "repair_ticket": "collection_receipt",
    "delivery_note": "parts_invoice",
    "warranty_claim": "warranty_reply",
    "complaint": "complaint_reply",
    "police_enquiry": "buy_declaration",
    "insurer_authorisation": "repair_ticket",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_ricer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One shop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_YYYY, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_ricer_stream, "templates YYYY")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

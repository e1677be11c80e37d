"""Thimble part of the generated corpus: templates ZZZ, written blind for the next measurement.

A part of its own, ``thimble``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
coworking space operator in a converted building (a mill, a print works, a warehouse; a general
manager, a community manager, a part-time bookkeeper and a cleaner; in England, Germany or
France) feeds through its scanner in a month: the operator's membership agreements with
member companies (plan tick boxes, fees, the terms in small print and the house rules annex
signed by the member); the house rules and access fob acknowledgements signed one by one by
the members' staff (A4 or A5 forms filled in by hand); meeting room booking confirmations
printed from the booking system, some with a "how to find us" page, and the operator's
invoices for room hire and extras; virtual office and mail handling agreements (contrat de
domiciliation, Geschäftsadresse und Postservice) with the identity check form (money
laundering rules) and the photocopy of the client's passport or identity card and of a utility
bill behind; fit-out contractors' quotations for partitions, glazed screens and data points
(a covering letter, the schedule of works, a layout sketch on a landscape page, the terms) and
their applications for payment with the retention; the landlord's quarterly rent and service
charge demands (rent demand, Mietrechnung Gewerbe, avis d'échéance) now and then with the
service charge budget on a landscape page; broadband and telephony contracts (the order form,
the contract summary, the terms and a direct debit mandate) and the monthly bills with their
itemised call pages; furniture suppliers' invoices (desks, task chairs, phone booths, lockers;
now and then a supplier from abroad) and their delivery notes (A5, landscape A5, a driver's
slip), signed on receipt; fire alarm inspection and servicing certificates (BS 5839-1, Prüfbericht
Brandmeldeanlage, rapport de vérification SSI) with the device test log on a landscape page;
emergency lighting test certificates (BS 5266, Prüfprotokoll Sicherheitsbeleuchtung,
vérification des BAES) with the luminaire schedule; cleaning contractors' agreements with
the cleaning specification on a landscape page and the signature page, sometimes behind a
covering letter; the operator's event hire contracts with outside organisers; members'
notices of termination (a typed letter, a handwritten note on A5 or an e-mail as printed,
now and then from a member abroad in its own language); the operator's deposit return
letters with the final account; business rates bills (a council's non-domestic rates demand
notice with its explanatory notes, a Grundbesitzabgabenbescheid with the
Rechtsbehelfsbelehrung, an avis de CFE); and coffee machine lease agreements with the
equipment schedule, the terms, the direct debit mandate and the installation certificate,
sometimes behind a covering letter. Each stream is one operator's pile: the operator
(country, name, month, staff) is drawn once per stream; its outside senders are of its country
and write in its language, except that furniture suppliers, coffee machine lessors, members
and virtual office clients are now and then from abroad and write in their own. Page sizes
range from delivery slips and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms pages and the house rules annex of a membership agreement; the "how to find us" page of a
booking confirmation; the terms page, identity check form and the copies of the passport and
utility bill of a virtual office agreement (the copies show another's paper, yet they were
taken and filed with it); the covering letter, schedule of works, layout sketch and terms of
a quotation; the service charge budget of a rent demand; the contract summary, terms and
mandate of a telephony contract; every page of one bill with its itemised calls; the device
log of a fire alarm certificate and the luminaire schedule of an emergency lighting
certificate; the covering letter, specification and signature page of a cleaning agreement;
the explanatory notes of a rates bill; the covering letter, terms, mandate and installation
certificate of a coffee machine lease. Related papers are documents of their own: each
member's staff acknowledgement form, the invoice after a booking confirmation, the fit-out
contractor's application for payment after its quotation, the furniture invoice after the
delivery note, the emergency lighting certificate after the fire alarm certificate from the
same engineer's visit, the first bill after the telephony contract, the staff acknowledgement
forms after a membership agreement and the deposit return letter after a member's notice of
termination; and so is each invoice, bill, demand, delivery note and application of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: staff acknowledgement forms, room
hire invoices, telephony bills, delivery notes, fit-out applications, rent demands and rates
bills often come 2-4 in a row from one sender with other people, accounts, periods, numbers
and amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "thimble"`` and seeds offset by 7_700_000.

Usage: ``python benchmarks/corpus_thimble.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/thimble/thimble_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cell,
    close,
    columns,
    date_text,
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

PART = "thimble"
SEED_OFFSET = 7_700_000

MM = 72 / 25.4
SLIP = (80 * MM, 180 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the operator and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OPERATORS: dict[str, list[Row]] = {
    "en": [
        (
            "The Print Works Coworking Ltd",
            "Old Print Works, 12 Cable Street",
            "Manchester M4 5HT",
            "0161 834 2290",
        ),
        ("Millyard Workspace Ltd", "Canal Mill, Pitt Street", "Sheffield S3 8AY", "0114 270 1455"),
        (
            "Hatch & Loom Workspaces",
            "The Loom House, 4 Dyer Lane",
            "Bristol BS2 0EQ",
            "0117 955 3060",
        ),
    ],
    "de": [
        ("Alte Weberei Coworking GmbH", "Spinnereistraße 7", "04179 Leipzig", "0341 926 48 10"),
        ("Kontorhaus Spaces GmbH", "Am Sandtorkai 23", "20457 Hamburg", "040 36 09 81 0"),
        ("Werkhalle 4 Coworking UG", "Gießereistraße 4", "44147 Dortmund", "0231 58 63 20"),
    ],
    "fr": [
        ("La Filature Coworking SAS", "18 rue de la Filature", "59100 Roubaix", "03 20 70 44 12"),
        ("Les Docks Espace de Travail SAS", "45 quai Rambaud", "69002 Lyon", "04 72 41 08 90"),
        ("L'Atelier Partagé SARL", "7 rue des Tanneurs", "67000 Strasbourg", "03 88 22 61 05"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "member": {
        "en": [
            ("Brightpixel Studio Ltd", "", "", ""),
            ("Kinross Data Consulting Ltd", "", "", ""),
            ("Ashby Lowe Architects", "", "", ""),
            ("Fernleaf Marketing Ltd", "", "", ""),
            ("Quillon Legal Services LLP", "", "", ""),
            ("Northgate Robotics Ltd", "", "", ""),
            ("Saltmarsh Games Ltd", "", "", ""),
        ],
        "de": [
            ("Pixelhain Mediendesign GmbH", "", "", ""),
            ("Nordlicht Software UG", "", "", ""),
            ("Brenner & Koç Architekten PartG", "", "", ""),
            ("Datenwerk Analytics GmbH", "", "", ""),
            ("Grünkraft Energieberatung", "", "", ""),
            ("Tiefblau Games GmbH", "", "", ""),
        ],
        "fr": [
            ("Agence Colibri SAS", "", "", ""),
            ("Octave Conseil SARL", "", "", ""),
            ("Atelier Marin Architectes", "", "", ""),
            ("Datalys SAS", "", "", ""),
            ("Studio Boréal SAS", "", "", ""),
            ("Éclair Formation SARL", "", "", ""),
        ],
    },
    "client": {
        "en": [
            ("Pennine Housing Trust", "Europa House, 2 Grove Street", "Leeds LS1 2AB", ""),
            ("Carrow & Finch Recruitment Ltd", "19 Bank Street", "Manchester M2 4DL", ""),
            ("British Society of Cartographers", "PO Box 412", "Bath BA1 2ZZ", ""),
            ("Maple Health Ltd", "Unit 3, Riverside Park", "Wakefield WF1 5JR", ""),
        ],
        "de": [
            ("Sparkassenverband Westfalen-Lippe", "Regina-Protmann-Str. 1", "48159 Münster", ""),
            ("Verein Junger Gründer e.V.", "Karl-Liebknecht-Str. 58", "04275 Leipzig", ""),
            ("Hanse IT-Akademie GmbH", "Hammerbrookstraße 93", "20097 Hamburg", ""),
            ("Dr. Lenz Personalberatung", "Ostenhellweg 12", "44135 Dortmund", ""),
        ],
        "fr": [
            ("CCI Grand Lille", "Place du Théâtre", "59000 Lille", ""),
            ("Association French Tech Rhône", "24 rue Salomon Reinach", "69007 Lyon", ""),
            ("Groupe Vauban Formation", "3 place Kléber", "67000 Strasbourg", ""),
            ("Mutuelle des Artisans", "11 boulevard Carnot", "59800 Lille", ""),
        ],
    },
    "landlord": {
        "en": [
            (
                "Ancoats Estates Ltd c/o Brookfield Property Management",
                "Brookfield House, 8 King Street",
                "Manchester M2 6AQ",
                "0161 832 7700",
            ),
            ("Corbel Property Management LLP", "3 Temple Quay", "Bristol BS1 6DZ", "0117 930 6400"),
            (
                "Riverside Mills (Sheffield) Ltd",
                "c/o Hallam Asset Management, 1 Leopold Street",
                "Sheffield S1 2GZ",
                "0114 273 5000",
            ),
        ],
        "de": [
            (
                "Industriedenkmal Verwaltungs GmbH & Co. KG",
                "Nonnenstraße 39",
                "04229 Leipzig",
                "0341 480 22 0",
            ),
            (
                "HanseHaus Immobilienverwaltung GmbH",
                "Ballindamm 17",
                "20095 Hamburg",
                "040 30 38 77 0",
            ),
            (
                "Ruhrgrund Gewerbeimmobilien GmbH",
                "Kampstraße 45",
                "44137 Dortmund",
                "0231 91 72 30",
            ),
        ],
        "fr": [
            (
                "SCI Les Tissages",
                "c/o Foncia Pro, 30 rue Nationale",
                "59000 Lille",
                "03 20 12 34 80",
            ),
            ("Nexity Property Management", "25 cours Lafayette", "69003 Lyon", "04 72 60 55 00"),
            ("SCI Quai des Bateliers", "12 quai des Bateliers", "67000 Strasbourg", ""),
        ],
    },
    "fitout": {
        "en": [
            (
                "Apex Interiors (NW) Ltd",
                "Unit 9, Trafford Park Road",
                "Manchester M17 1HG",
                "0161 872 4411",
            ),
            ("Sawley & Dunn Partitions Ltd", "Station Works", "Rotherham S60 1BX", "01709 382 118"),
            ("Spectrum Office Interiors", "44 Feeder Road", "Bristol BS2 0SB", "0117 971 0032"),
        ],
        "de": [
            ("Trockenbau Seidel GmbH", "Zschortauer Straße 71", "04129 Leipzig", "0341 90 14 55"),
            ("Nordbau Innenausbau GmbH", "Billbrookdeich 118", "22113 Hamburg", "040 73 26 10"),
            (
                "Ruhr Objekteinrichtung Krause",
                "Evinger Straße 200",
                "44145 Dortmund",
                "0231 81 20 77",
            ),
        ],
        "fr": [
            (
                "Agencement Nord Cloisons SARL",
                "ZA du Pont Rouge",
                "59116 Houplines",
                "03 20 48 71 30",
            ),
            ("SAS Rhône Aménagement", "8 rue Paul Bert", "69100 Villeurbanne", "04 78 85 20 14"),
            (
                "Alsace Cloisons Plafonds",
                "2 rue de l'Industrie",
                "67400 Illkirch",
                "03 88 67 30 45",
            ),
        ],
    },
    "telecom": {
        "en": [
            ("Fibrenest Business Ltd", "PO Box 7720", "Leeds LS2 8ZZ", "0333 222 4100"),
            (
                "Gigaloop Networks Ltd",
                "Peel House, 30 Peel Street",
                "Manchester M1 3JJ",
                "0345 601 1180",
            ),
        ],
        "de": [
            (
                "Glasfaser Plus Business GmbH",
                "Postfach 10 22 30",
                "44022 Dortmund",
                "0800 200 44 11",
            ),
            (
                "NetzWerk Carrier Services AG",
                "Frankfurter Straße 21",
                "65760 Eschborn",
                "069 59 77 20 0",
            ),
        ],
        "fr": [
            ("Fibrea Entreprises SAS", "TSA 40521", "92893 Nanterre Cedex", "09 70 82 11 00"),
            ("Optilien Pro", "14 rue du Colonel Pierre Avia", "75015 Paris", "01 76 21 30 00"),
        ],
    },
    "furniture": {
        "en": [
            (
                "Penrose Office Furniture Ltd",
                "Penrose Works, Ings Road",
                "Wakefield WF2 9AS",
                "01924 380 610",
            ),
            ("Deskworks Direct", "Unit 14, Centurion Park", "Tamworth B77 5PN", "01827 250 900"),
            ("Hush Booth Co. Ltd", "Studio 2, 45 Vyse Street", "Birmingham B18 6HF", ""),
        ],
        "de": [
            ("Büromöbel Hartmann GmbH", "Industriestraße 22", "32584 Löhne", "05732 10 60 0"),
            ("Lignum Objektmöbel GmbH", "Am Hafen 8", "49090 Osnabrück", "0541 60 90 30"),
            ("Stille Box Akustiksysteme", "Tullastraße 3", "76131 Karlsruhe", ""),
        ],
        "fr": [
            (
                "Mobilier de Bureau Lefèvre",
                "ZI de la Pilaterie",
                "59290 Wasquehal",
                "03 20 89 14 40",
            ),
            ("Bureaux & Assises SAS", "130 avenue Jean Jaurès", "69007 Lyon", "04 78 72 33 10"),
            ("Cabines Silence SAS", "5 rue Gutenberg", "67610 La Wantzenau", ""),
        ],
    },
    "fire": {
        "en": [
            (
                "Sentinel Fire & Security Ltd",
                "Unit 2, Hulme Hall Lane",
                "Manchester M40 8HH",
                "0161 203 5501",
            ),
            (
                "Firecheck Services (South West) Ltd",
                "18 Brislington Trading Estate",
                "Bristol BS4 5NG",
                "0117 977 8410",
            ),
            ("Yorkshire Fire Protection Ltd", "Parkway Works", "Sheffield S9 3BL", "0114 256 0020"),
        ],
        "de": [
            (
                "Brandschutz Lehmann GmbH",
                "Max-Liebermann-Straße 91",
                "04157 Leipzig",
                "0341 91 16 20",
            ),
            ("Hanse Sicherheitstechnik GmbH", "Wendenstraße 130", "20537 Hamburg", "040 25 17 60"),
            (
                "Westfalen Brandmeldetechnik GmbH",
                "Bornstraße 260",
                "44145 Dortmund",
                "0231 86 10 40",
            ),
        ],
        "fr": [
            (
                "Prévention Incendie Nord SAS",
                "Parc d'activités de la Haute Borne",
                "59650 Villeneuve-d'Ascq",
                "03 20 19 61 00",
            ),
            (
                "SSI Services Rhône",
                "60 avenue Franklin Roosevelt",
                "69150 Décines",
                "04 78 49 22 80",
            ),
            (
                "Alsace Sécurité Incendie",
                "14 rue de Rheinfelden",
                "67100 Strasbourg",
                "03 88 39 47 12",
            ),
        ],
    },
    "cleaning": {
        "en": [
            (
                "Sparkle Commercial Cleaning Ltd",
                "62 Oldham Road",
                "Manchester M4 5EE",
                "0161 236 8801",
            ),
            ("Clearwater Facility Services", "7 Bath Road", "Bristol BS4 3DR", "0117 971 6622"),
        ],
        "de": [
            (
                "Glanzwerk Gebäudereinigung GmbH",
                "Torgauer Straße 231",
                "04347 Leipzig",
                "0341 24 69 80",
            ),
            (
                "Hansa Gebäudedienste GmbH",
                "Wandsbeker Chaussee 55",
                "22089 Hamburg",
                "040 20 00 45 0",
            ),
        ],
        "fr": [
            ("Net'Pro Services SARL", "17 rue de Lannoy", "59100 Roubaix", "03 20 26 78 90"),
            ("Lumière Propreté SAS", "88 rue de Gerland", "69007 Lyon", "04 78 58 10 27"),
        ],
    },
    "council": {
        "en": [
            (
                "Manchester City Council - Business Rates",
                "PO Box 512",
                "Manchester M60 2LA",
                "0161 234 5009",
            ),
            (
                "Bristol City Council - Business Rates",
                "PO Box 3399",
                "Bristol BS1 9NE",
                "0117 922 2300",
            ),
            (
                "Sheffield City Council - Business Rates",
                "PO Box 1282",
                "Sheffield S1 1UJ",
                "0114 273 4400",
            ),
        ],
        "de": [
            (
                "Stadt Leipzig - Stadtkämmerei - Steueramt",
                "Martin-Luther-Ring 4-6",
                "04109 Leipzig",
                "0341 123 0",
            ),
            (
                "Freie und Hansestadt Hamburg - Finanzamt für Verkehrsteuern und Grundbesitz",
                "Gorch-Fock-Wall 11",
                "20355 Hamburg",
                "040 428 43 0",
            ),
            ("Stadt Dortmund - Steueramt", "Südwall 2-4", "44122 Dortmund", "0231 50 0"),
        ],
        "fr": [
            (
                "Direction générale des Finances publiques - SIE Roubaix",
                "Rue du Château",
                "59100 Roubaix",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE Lyon 2e",
                "3 rue de la Charité",
                "69002 Lyon",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE Strasbourg",
                "4 place de la République",
                "67000 Strasbourg",
                "",
            ),
        ],
    },
    "coffee": {
        "en": [
            (
                "BeanLease Finance Ltd",
                "Regent House, 5 Regent Street",
                "Cheltenham GL50 1HE",
                "01242 257 700",
            ),
            (
                "Crema Business Solutions Ltd",
                "3 Ascot Business Park",
                "Reading RG2 0QY",
                "0118 975 3300",
            ),
        ],
        "de": [
            ("KaffeeMietwerk GmbH", "Kaiserstraße 60", "60329 Frankfurt am Main", "069 24 24 88 0"),
            (
                "Bohnenglück Office Service GmbH",
                "Eschersheimer Landstraße 14",
                "60322 Frankfurt",
                "",
            ),
        ],
        "fr": [
            ("Expresso Location Pro SAS", "9 rue de la Pompe", "75116 Paris", "01 45 04 71 20"),
            (
                "Grain d'Or Distribution",
                "ZAC des Hauts de Sainte-Lucie",
                "13090 Aix-en-Provence",
                "",
            ),
        ],
    },
}

# Senders of the building itself (landlord, council, fire engineers, fit-out and cleaning
# contractors) are local: the k-th of each list serves the k-th operator of the country.
SENDERS["landlord"]["en"][1:3] = SENDERS["landlord"]["en"][2:0:-1]
SENDERS["fire"]["en"][1:3] = SENDERS["fire"]["en"][2:0:-1]
SENDERS["council"]["en"][1:3] = SENDERS["council"]["en"][2:0:-1]
SENDERS["cleaning"]["en"].insert(
    1, ("Steel City Cleaning Services Ltd", "40 Attercliffe Road", "Sheffield S4 7WZ", "")
)
SENDERS["cleaning"]["de"].append(
    ("Ruhrglanz Gebäudeservice GmbH", "Brackeler Hellweg 88", "44309 Dortmund", "0231 25 44 90")
)
SENDERS["cleaning"]["fr"].append(
    ("Alsace Propreté Services", "9 rue du Rhin Napoléon", "67100 Strasbourg", "03 88 61 20 74")
)
LOCAL = ("landlord", "council", "fire", "fitout", "cleaning")

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Priya",
        "Tom",
        "Hannah",
        "Owen",
        "Chloe",
        "Daniel",
        "Aisha",
        "Mark",
        "Fiona",
        "Callum",
        "Emma",
        "Ravi",
    ],
    "de": [
        "Julia",
        "Jonas",
        "Katrin",
        "Felix",
        "Sabine",
        "Tobias",
        "Lea",
        "Murat",
        "Anja",
        "Stefan",
        "Eva",
        "Niklas",
        "Hannah",
        "Marco",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Sandrine",
        "Thomas",
        "Léa",
        "Nicolas",
        "Nathalie",
        "Karim",
        "Émilie",
        "Antoine",
        "Claire",
        "Mathieu",
        "Inès",
        "Hugo",
    ],
}
LASTS = {
    "en": [
        "Whitfield",
        "Okafor",
        "Hughes",
        "Patel",
        "Brennan",
        "Clarke",
        "Ashworth",
        "Doyle",
        "Kaur",
        "Pemberton",
        "Lloyd",
        "Murray",
        "Sutcliffe",
        "Evans",
    ],
    "de": [
        "Becker",
        "Yilmaz",
        "Hoffmann",
        "Krüger",
        "Lange",
        "Schulte",
        "Brandt",
        "Vogel",
        "Kowalski",
        "Neumann",
        "Dietrich",
        "Hartmann",
        "Özdemir",
        "Winter",
    ],
    "fr": [
        "Lefebvre",
        "Moreau",
        "Benali",
        "Garnier",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Dupuis",
        "Lambert",
        "Roux",
        "Faure",
        "Perrin",
    ],
}
FEMALE = {
    "Sarah",
    "Priya",
    "Hannah",
    "Chloe",
    "Aisha",
    "Fiona",
    "Emma",
    "Julia",
    "Katrin",
    "Sabine",
    "Lea",
    "Anja",
    "Eva",
    "Camille",
    "Sandrine",
    "Léa",
    "Nathalie",
    "Émilie",
    "Claire",
    "Inès",
}
ROADS = {
    "en": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Park Road",
        "Queen Street",
        "Mill Lane",
        "Albert Road",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenstraße",
        "Lindenallee",
        "Schillerstraße",
        "Kirchweg",
        "Marktplatz",
        "Goethestraße",
    ],
    "fr": [
        "rue de la Paix",
        "avenue Jean Jaurès",
        "rue Victor Hugo",
        "boulevard Gambetta",
        "rue du Moulin",
        "place de l'Église",
        "rue Pasteur",
        "rue des Écoles",
    ],
}
TOWNS = {
    "en": [
        "London EC2A 4NE",
        "Leeds LS1 6PU",
        "Birmingham B3 2PB",
        "Stockport SK1 3AZ",
        "Bath BA1 1SU",
        "York YO1 7HH",
    ],
    "de": [
        "10997 Berlin",
        "50672 Köln",
        "80331 München",
        "01067 Dresden",
        "30159 Hannover",
        "90402 Nürnberg",
    ],
    "fr": [
        "75011 Paris",
        "59000 Lille",
        "33000 Bordeaux",
        "44000 Nantes",
        "13001 Marseille",
        "31000 Toulouse",
    ],
}

TALK = {
    "en": {
        "terms": "member agreement licence space notice period fees deposit termination "
        "obligations services access premises liability insurance rules breach payment "
        "invoice month terms operator building desk office clause law",
        "works": "partition stud plasterboard glazing door frame ceiling tile lighting data "
        "cabling socket decoration skirting carpet screed programme site access hours "
        "materials labour drawings variations defects completion",
        "fire": "detector sounder call point panel zone battery fault log inspection service "
        "luminaire duration test discharge escape route signage standard recommendation",
        "clean": "cleaning vacuum kitchen washroom bins surfaces desks floors consumables "
        "operatives supervisor schedule frequency quality audit keys security hours",
        "tele": "broadband fibre line router static address minimum term service level fault "
        "repair porting numbers calls charges tariff bill account installation",
        "space": "members community kitchen meeting room event desk hot fixed locker post "
        "reception guests wifi printing booking building access fob weekend",
    },
    "de": {
        "terms": "Mitglied Vertrag Nutzung Arbeitsplatz Kündigung Frist Entgelt Kaution "
        "Leistungen Zugang Räume Haftung Versicherung Hausordnung Zahlung Rechnung Monat "
        "Betreiber Gebäude Schreibtisch Büro Paragraph",
        "works": "Trockenbauwand Gipskarton Verglasung Tür Zarge Decke Beleuchtung Datenkabel "
        "Steckdose Malerarbeiten Sockelleiste Teppich Estrich Bauzeit Baustelle Material "
        "Lohn Zeichnung Nachtrag Mangel Abnahme",
        "fire": "Melder Signalgeber Handmelder Zentrale Meldergruppe Akku Störung Prüfung "
        "Wartung Leuchte Betriebsdauer Test Rettungsweg Kennzeichnung Norm Empfehlung",
        "clean": "Reinigung Staubsaugen Küche Sanitärräume Abfall Oberflächen Tische Böden "
        "Verbrauchsmaterial Personal Objektleiter Plan Turnus Qualität Kontrolle Schlüssel",
        "tele": "Anschluss Glasfaser Leitung Router feste IP Mindestlaufzeit Entstörung "
        "Rufnummern Portierung Verbindungen Entgelte Tarif Rechnung Kundenkonto Bereitstellung",
        "space": "Mitglieder Community Küche Besprechungsraum Veranstaltung Arbeitsplatz "
        "Schließfach Post Empfang Gäste WLAN Drucken Buchung Gebäude Zugang Chip Wochenende",
    },
    "fr": {
        "terms": "membre contrat prestation espace préavis redevance dépôt résiliation "
        "obligations services accès locaux responsabilité assurance règlement paiement "
        "facture mois opérateur immeuble poste bureau article",
        "works": "cloison plaque plâtre vitrage porte huisserie plafond éclairage câblage prise "
        "peinture plinthe moquette chape planning chantier matériaux main-d'oeuvre plans "
        "avenant réserves réception",
        "fire": "détecteur diffuseur déclencheur centrale zone batterie défaut registre "
        "vérification maintenance bloc autonomie essai évacuation balisage norme observation",
        "clean": "nettoyage aspiration cuisine sanitaires poubelles surfaces bureaux sols "
        "consommables agents chef d'équipe planning fréquence contrôle qualité clés",
        "tele": "accès fibre ligne box adresse IP fixe engagement garantie rétablissement "
        "portabilité numéros appels consommations forfait facture compte installation",
        "space": "membres communauté cuisine salle de réunion événement poste casier courrier "
        "accueil invités wifi impression réservation immeuble accès badge week-end",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos tout",
}


def words(rng: random.Random, lang: str, topic: str = "terms", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "terms", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The operator of a stream: its country, month and staff; what the previous paper was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same member, job or visit).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's operator and ``key``: a run or a repeat keeps
    its sender."""
    text = f"thimble/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def staff(role: str) -> str:
    """The operator's general manager ("gm"), community manager ("cm"), bookkeeper ("bk") or
    cleaner ("cl"): the same all through one stream."""
    r = random.Random(zlib.crc32(f"thimble/staff/{role}/{OFFICE['seed']}".encode()))
    return person(r, home())


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def salute(lang: str, name: str) -> str:
    """The salutation of a letter to ``name`` (as :func:`mx` titles it)."""
    if lang == "en" and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return dear(lang, name)


def role_name(role: str, lang: str) -> str:
    return {
        "gm": tr(lang, "General Manager", "Standortleitung", "Directeur/trice du site"),
        "cm": tr(lang, "Community Manager", "Community Managerin", "Community manager"),
        "bk": tr(lang, "Accounts", "Buchhaltung", "Comptabilité"),
    }[role]


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
    look: str  # band | centred | letter | boxed | plain | side | official | system
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
    "member": ("", "", ""),
    "client": ("", "", ""),
    "operator": (
        "Coworking - Private offices - Meeting rooms",
        "Coworking - Büros - Besprechungsräume",
        "Coworking - Bureaux - Salles de réunion",
    ),
    "landlord": ("Property management", "Hausverwaltung Gewerbe", "Gestion immobilière"),
    "fitout": (
        "Partitioning - Ceilings - Office fit-out",
        "Trockenbau - Innenausbau",
        "Cloisons - Plafonds - Aménagement",
    ),
    "telecom": ("Business connectivity", "Geschäftskunden", "Offre Entreprises"),
    "furniture": ("Office furniture", "Büroeinrichtung", "Mobilier de bureau"),
    "fire": (
        "Fire detection - Emergency lighting",
        "Brandmelde- und Sicherheitstechnik",
        "Sécurité incendie - Éclairage de sécurité",
    ),
    "cleaning": ("Commercial cleaning", "Gebäudereinigung", "Propreté - Services"),
    "coffee": (
        "Coffee solutions for business",
        "Kaffeelösungen für Büros",
        "Solutions café pour l'entreprise",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "member"):
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank'])} IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if any(t in name for t in ("GmbH", "AG", "UG", "KG")):
            out.insert(
                0,
                f"Sitz {r.choice(['Leipzig', 'Hamburg', 'Dortmund'])}"
                f" - Amtsgericht HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + person(r, "de"),
            )
        return out
    if lang == "fr":
        siren = f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
        out = [
            f"{name} - au capital de {r.choice([5000, 10000, 37000, 150000]):,} €".replace(",", " ")
            + f" - RCS {r.choice(['Lille', 'Lyon', 'Strasbourg', 'Paris'])} {siren}",
            f"SIRET {siren} {r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)} {siren}",
        ]
        return out[: r.randint(1, 2)]
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"thimble/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    word = next(
        (x for x in name.lower().split() if len(x) > 3 and x not in ("the", "les", "la")),
        name.lower().split()[0],
    )
    host = "".join(c for c in word if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "council":
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role == "telecom":
        looks = ["band", "system", "letter"]
    elif role == "member":
        looks = ["plain", "centred", "side", "letter"]
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
        mail=f"{r.choice(['info', 'hello', 'office', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_row() -> Row:
    return OPERATORS[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def office_head() -> Head:
    return make_head(office_row(), home(), "operator")


def OFFICE_NAME() -> str:
    return office_row()[0]


def office_lines(att: str = "") -> list[str]:
    name, street, town, _ = office_row()
    return [name, *([att] if att else []), street, town]


def sender(who: Issuer, role: str, abroad: float = 0.0) -> tuple[Row, str]:
    """The ``role`` sender ``who`` stands for (the same for the same issuer and operator), of the
    operator's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    row = r.choice(SENDERS[role][lang])
    if role in LOCAL and lang == home():
        row = SENDERS[role][lang][int(OFFICE["row"])]  # type: ignore[call-overload]
    if role == "member" and not row[1]:
        no = r.randint(1, 180)
        road = r.choice(ROADS[lang])
        row = (
            row[0],
            f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}",
            r.choice(TOWNS[lang]),
            "",
        )
    return row, lang


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    row, lang = sender(who, role, abroad)
    return make_head(row, lang, role)


def of_n(lg: str) -> str:
    """ "Page i of n" as the language writes it."""
    return {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]


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
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round company stamp: two rings, the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica-Bold", 7, r * 1.6)
    p.text(cx, cy - 3, fit(top, "Helvetica-Bold", pt, r * 1.6), "Helvetica-Bold", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy + 8, fit(mid, "Helvetica", pt2, r * 1.5), "Helvetica", pt2, "center")


def crest(p: Page, x: float, y: float) -> None:
    """A small council or city crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = tr(h.lang, *TAGLINES.get(h.role, ("", "", "")))
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        crest(p, m, y - 12)
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if h.phone:
            p.text(m + 32, yy + 9, fit(tel, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
    if h.look == "system":
        p.rect(m, y - 12, 26, 26, fill=0.1)
        p.text(m + 13, y + 5, h.name[0], "Helvetica-Bold", 15, "center")
        p.text(m + 34, y + 1, fit(h.name, "Helvetica-Bold", 12, w * 0.5), "Helvetica-Bold", 12)
        p.text(m + 34, y + 11, fit(tag, "Helvetica", 7, w * 0.5), "Helvetica", 7)
        p.text(
            w - m, y - 2, fit(contact or where, "Helvetica", 7, w * 0.4), "Helvetica", 7, "right"
        )
        p.text(w - m, y + 8, fit(where, "Helvetica", 7, w * 0.4), "Helvetica", 7, "right")
        p.rect(m, y + 20, w - 2 * m, 1.5, fill=0.3)
        return y + 40
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
        p.text(w / 2, y + 15, fit(tag or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tag else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if tag:
            p.text(m, y + 15, fit(tag, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["x"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the operator's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Front desk", "GM"],
                        "de": ["Buchhaltung", "Empfang", "GF"],
                        "fr": ["Compta", "Accueil", "Direction"],
                    }[lang]
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


def sign_pair(
    f: Sheets, s: Style, lang: str, left: tuple[str, str], right: tuple[str, str], signed: bool
) -> None:
    """Two signature boxes side by side: (party, name) each; ``signed``: both signed."""
    w, _ = f.size
    m = s.margin
    f.need(110)
    cw = (w - 2 * m - 20) / 2
    for k, (party, name) in enumerate((left, right)):
        x = m + k * (cw + 20)
        y = f.y
        f.page.text(
            x,
            y,
            fit(tr(lang, "For", "Für", "Pour") + f" {party}", s.bold, s.size - 1, cw),
            s.bold,
            s.size - 1,
        )
        f.page.line(x, y + 44, x + cw, y + 44)
        if signed or k == 0:
            scrawl(f.page, x + 10, y + 40, name)
        f.page.text(
            x,
            y + 54,
            fit(f"{tr(lang, 'Name', 'Name', 'Nom')}: {name}", s.font, s.size - 1.5, cw),
            s.font,
            s.size - 1.5,
        )
        f.page.text(x, y + 65, f"{tr(lang, 'Date', 'Datum', 'Date')}: ", s.font, s.size - 1.5)
    f.y += 84


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), gross)
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


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(
    rng: random.Random,
    s0: Style,
    lg: str,
    title: str,
    heads: list[str],
    topic: str = "terms",
    size: tuple[float, float] | None = None,
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    s = paper(s0, size or s0.page_size, margin=min(s0.margin, 44), pt=6.5)
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


def mandate(rng: random.Random, s0: Style, h: Head, payer: list[str], ref: str) -> Page:
    """A direct debit instruction or SEPA mandate on a page of its own, filled in by hand."""
    lg = h.lang
    s = paper(s0, A4)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = m
    title = tr(
        lg,
        "Instruction to your bank or building society to pay by Direct Debit",
        "SEPA-Lastschriftmandat",
        "Mandat de prélèvement SEPA",
    )
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m), s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 18
    p.text(m, y, fit(f"{h.name}, {h.street}, {h.town}", s.font, 8, w - 2 * m), s.font, 8)
    y += 12
    cid = tr(
        lg,
        f"Service user number {rng.randint(100000, 999999)}",
        f"Gläubiger-ID DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}",
        f"ICS FR{rng.randint(10, 99)}ZZZ{rng.randint(100000, 999999)}",
    )
    p.text(m, y, cid, s.font, 8)
    p.text(w - m, y, f"{tr(lg, 'Reference', 'Mandatsreferenz', 'RUM')}: {ref}", s.font, 8, "right")
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name(s) of account holder(s)", "Kontoinhaber", "Nom du débiteur"), payer[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(payer[1:])),
            (
                tr(lg, "Bank/building society account number", "IBAN", "IBAN"),
                tr(
                    lg,
                    f"{rng.randint(10000000, 99999999)}",
                    f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                    f"FR76 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                ),
            ),
            (
                tr(lg, "Branch sort code", "BIC", "BIC"),
                tr(
                    lg,
                    f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                    serial(rng, "AAAADEAA999"),
                    serial(rng, "AAAAFRPP999"),
                ),
            ),
        ],
        per=1,
        tall=28,
    )
    text = tr(
        lg,
        f"Please pay {h.name} Direct Debits from the account detailed in this Instruction "
        "subject to the safeguards assured by the Direct Debit Guarantee. I understand that this "
        "Instruction may remain with the payee and, if so, details will be passed electronically "
        "to my bank or building society.",
        f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. "
        "Zugleich weise ich mein Kreditinstitut an, die gezogenen Lastschriften einzulösen. "
        "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die "
        "Erstattung des belasteten Betrages verlangen.",
        f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer des instructions "
        "à votre banque pour débiter votre compte. Vous bénéficiez du droit d'être remboursé par "
        "votre banque selon les conditions décrites dans la convention que vous avez passée avec "
        "elle.",
    )
    for ln in wrap(text, s.font, 8, w - 2 * m):
        p.text(m, y, ln, s.font, 8)
        y += 10.5
    y += 14
    p.text(m, y, tr(lg, "Signature(s)", "Unterschrift", "Signature"), s.font, 8)
    p.rect(m, y + 4, (w - 2 * m) * 0.6, 40)
    scrawl(p, m + 14, y + 32, staff("gm"))
    p.text(m + (w - 2 * m) * 0.65, y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    p.rect(m + (w - 2 * m) * 0.65, y + 4, (w - 2 * m) * 0.35, 40)
    hand(p, m + (w - 2 * m) * 0.65 + 8, y + 30, short(some_day(rng), home()))
    y += 66
    if lg == "en":
        p.rect(m, y, w - 2 * m, 150)
        p.text(m + 8, y + 14, "The Direct Debit Guarantee", s.bold, 9)
        yy = y + 28
        for ln in wrap(prose(rng, "en", "terms", 3, 4), s.font, 7, w - 2 * m - 16):
            if yy > y + 140:
                break
            p.text(m + 8, yy, ln, s.font, 7)
            yy += 9
    return p


def member_of(who: Issuer, abroad: float = 0.08) -> tuple[Row, str]:
    """The member company ``who`` stands for: of the operator's country, now and then not."""
    return sender(who, "member", abroad)


PLANS = {
    "en": ["Hot desk", "Fixed desk", "Private office", "Virtual office"],
    "de": ["Flex Desk", "Fix Desk", "Privatbüro", "Geschäftsadresse"],
    "fr": ["Poste nomade", "Poste dédié", "Bureau privatif", "Domiciliation"],
}
PLAN_FEE = {
    "en": [190.0, 290.0, 420.0, 65.0],
    "de": [210.0, 320.0, 450.0, 59.0],
    "fr": [220.0, 330.0, 460.0, 49.0],
}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "Licence to occupy",
        "Services",
        "Fees and payment",
        "Deposit",
        "Term and notice",
        "Use of the space",
        "Guests",
        "Insurance",
        "Liability",
        "Data protection",
        "Assignment",
        "Termination",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Nutzungsrecht",
        "Leistungen",
        "Entgelt und Zahlung",
        "Kaution",
        "Laufzeit und Kündigung",
        "Nutzung der Räume",
        "Gäste",
        "Versicherung",
        "Haftung",
        "Datenschutz",
        "Übertragung",
        "Außerordentliche Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Mise à disposition",
        "Prestations",
        "Redevance et paiement",
        "Dépôt de garantie",
        "Durée et préavis",
        "Usage des espaces",
        "Invités",
        "Assurance",
        "Responsabilité",
        "Données personnelles",
        "Cession",
        "Résiliation",
        "Droit applicable",
    ],
}
RULES = {
    "en": [
        "Keep phone calls to the phone booths and meeting rooms.",
        "Clear your desk at the end of each day (hot desk members).",
        "Guests must be signed in at reception and accompanied at all times.",
        "Access fobs are personal and must not be lent to anyone.",
        "Wash up your own mugs and label food in the fridge; the fridge is emptied on Fridays.",
        "No smoking or vaping anywhere in the building or on the fire escape.",
        "Bikes may be left in the courtyard store only, not in the corridors.",
        "Meeting rooms are booked through the app; release rooms you do not need.",
        "The last member out sets the alarm; see the instructions by the main door.",
        "Keep the fire exits and corridors clear at all times.",
    ],
    "de": [
        "Telefonate bitte in den Telefonboxen oder Besprechungsräumen führen.",
        "Flex-Desk-Plätze sind abends aufzuräumen (Clean Desk).",
        "Gäste melden sich am Empfang an und werden stets begleitet.",
        "Zugangschips sind personengebunden und dürfen nicht weitergegeben werden.",
        "Geschirr bitte selbst spülen; der Kühlschrank wird freitags geleert.",
        "Im gesamten Gebäude gilt Rauchverbot, auch für E-Zigaretten.",
        "Fahrräder nur im Fahrradraum im Hof abstellen.",
        "Besprechungsräume werden über die App gebucht.",
        "Wer zuletzt geht, schaltet die Alarmanlage scharf (Anleitung am Haupteingang).",
        "Flucht- und Rettungswege sind jederzeit freizuhalten.",
    ],
    "fr": [
        "Les appels se passent dans les cabines ou les salles de réunion.",
        "Les postes nomades sont libérés et rangés chaque soir.",
        "Les invités s'enregistrent à l'accueil et restent accompagnés.",
        "Les badges sont nominatifs et ne peuvent être prêtés.",
        "Chacun lave sa vaisselle ; le réfrigérateur est vidé le vendredi.",
        "Il est interdit de fumer ou de vapoter dans l'immeuble.",
        "Les vélos se garent uniquement dans le local vélos de la cour.",
        "Les salles se réservent via l'application.",
        "Le dernier membre à partir active l'alarme (consignes près de l'entrée).",
        "Les issues de secours et couloirs doivent rester dégagés.",
    ],
}


def tpl_membership_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's membership agreement with a member company: the member's details, the
    plan ticked, fees and deposit, signatures; the terms in small print and the house rules
    annex signed by the member."""
    h = office_head()
    lg = h.lang
    (mrow, _mlang) = member_of(who)
    contact = person(keyed(who, "contact"), home())
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["MA-9999", "M99999", "2025-999"]))
    f = sheets(
        s,
        h,
        f"{OFFICE_NAME()} - "
        + tr(lg, "Membership Agreement", "Mitgliedsvertrag", "Contrat de membre")
        + f" {no}",
    )
    title = tr(
        lg,
        "MEMBERSHIP AGREEMENT",
        "MITGLIEDSVERTRAG COWORKING",
        "CONTRAT DE PRESTATIONS DE SERVICES - COWORKING",
    )
    caption(f, s, title, 4)
    f.page.text(w - m, f.y - 4, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.font, s.size - 1, "right")
    f.y += 14
    f.y = band(f.page, s, f.y, tr(lg, "1. Member", "1. Mitglied", "1. Le membre")) + 4
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company / trading name", "Firma", "Raison sociale"), mrow[0]),
            (
                tr(lg, "Company no.", "Handelsregister", "SIREN"),
                tr(
                    lg,
                    serial(rng, "99999999"),
                    serial(rng, "HRB 99999"),
                    serial(rng, "999 999 999"),
                ),
            ),
            (tr(lg, "Main contact", "Ansprechpartner", "Contact principal"), contact),
            (
                tr(lg, "E-mail", "E-Mail", "E-mail"),
                f"{contact.split()[0].lower()}@{mrow[0].split()[0].lower()}.{'com'}",
            ),
            (
                tr(lg, "Invoice address", "Rechnungsanschrift", "Adresse de facturation"),
                f"{mrow[1]}, {mrow[2]}",
            ),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(rng, "07999 999999")
                if lg == "en"
                else serial(rng, "0199 9999999")
                if lg == "de"
                else serial(rng, "06 99 99 99 99"),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.y = band(f.page, s, f.y + 6, tr(lg, "2. Membership", "2. Tarif", "2. Formule")) + 12
    plan = rng.choice([0, 1, 1, 2, 2])
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, PLANS[lg], {plan}, 9)
    desks = 1 if plan < 2 else rng.randint(2, 8)
    extras = [
        tr(lg, "Locker", "Schließfach", "Casier"),
        tr(lg, "Parking space", "Stellplatz", "Place de parking"),
        tr(lg, "Mail handling", "Postservice", "Gestion du courrier"),
        tr(lg, "24/7 access", "24/7-Zugang", "Accès 24h/24"),
    ]
    on = {k for k in range(4) if rng.random() < 0.35}
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, extras, on, 9)
    start = add_months(d, 1)
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Start date", "Beginn", "Date de début"), short(start, lg)),
            (
                tr(lg, "Minimum term", "Mindestlaufzeit", "Durée minimale"),
                tr(
                    lg,
                    f"{rng.choice([1, 3, 6, 12])} month(s)",
                    f"{rng.choice([1, 3, 6, 12])} Monat(e)",
                    f"{rng.choice([1, 3, 6, 12])} mois",
                ),
            ),
            (tr(lg, "Desks / persons", "Plätze / Personen", "Postes / personnes"), str(desks)),
            (
                tr(lg, "Office / desk no.", "Büro / Platz-Nr.", "Bureau / poste n°"),
                rng.choice(["G.04", "1.12", "2.03", "Studio 5", "D14", "B-07"]) if plan else "-",
            ),
        ],
        per=4,
        tall=26,
    )
    fee = PLAN_FEE[lg][plan] * desks
    rows = [[PLANS[lg][plan] + (f" x {desks}" if desks > 1 else ""), cash(fee, lg)]]
    for k in sorted(on):
        rows.append([extras[k], cash([25.0, 95.0, 35.0, 40.0][k], lg)])
        fee += [25.0, 95.0, 35.0, 40.0][k]
    dep = fee * rng.choice([1, 2])
    rows.append([tr(lg, "Deposit (refundable)", "Kaution", "Dépôt de garantie"), cash(dep, lg)])
    rows.append(
        [
            tr(lg, "Set-up fee (fobs, keys)", "Einrichtungsgebühr", "Frais d'ouverture"),
            cash(50.0, lg),
        ]
    )
    f.y = (
        band(
            f.page,
            s,
            f.y + 6,
            tr(lg, "3. Fees (excl. VAT)", "3. Entgelte (netto)", "3. Redevance (HT)"),
        )
        + 14
    )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "per month", "monatlich", "par mois")],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Fees are payable monthly in advance by direct debit. The deposit is "
            "returned within 30 days of the end of the membership, less any sums owed.",
            "Das Entgelt ist monatlich im Voraus per Lastschrift fällig. Die Kaution wird "
            "binnen 30 Tagen nach Vertragsende abzüglich offener Forderungen erstattet.",
            "La redevance est payable mensuellement d'avance par prélèvement. Le dépôt est "
            "restitué sous 30 jours après la fin du contrat, déduction faite des sommes "
            "dues.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "By signing, the Member accepts the Terms of Membership and the House Rules attached.",
            "Mit der Unterschrift erkennt das Mitglied die beigefügten AGB und die Hausordnung an.",
            "En signant, le membre accepte les conditions générales et le règlement "
            "intérieur ci-joints.",
        ),
        s.size - 1,
    )
    signed = rng.random() < 0.8
    sign_pair(f, s, lg, (OFFICE_NAME(), staff("gm")), (mrow[0], contact), signed)
    pages = f.pages
    heads = TERMS_HEADS[lg]
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Terms of Membership",
                "Allgemeine Geschäftsbedingungen Coworking",
                "Conditions générales de prestations",
            ),
            heads,
        )
    )
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms of Membership (continued)",
                    "AGB (Fortsetzung)",
                    "Conditions générales (suite)",
                ),
                [f"{k + 15}. " + t for k, t in enumerate(heads[:8])],
            )
        )
    if rng.random() < 0.75:
        p = Page(A4)
        y = m
        p.text(
            w / 2,
            y,
            tr(lg, "Annex: House Rules", "Anlage: Hausordnung", "Annexe : Règlement intérieur"),
            s.bold,
            13,
            "center",
        )
        y += 30
        for k, t in enumerate(RULES[lg], 1):
            for j, ln in enumerate(wrap(t, s.font, s.size, w - 2 * m - 24)):
                if j == 0:
                    p.text(m, y, f"{k}.", s.bold, s.size)
                p.text(m + 20, y, ln, s.font, s.size)
                y += s.size * 1.35
            y += 5
        y += 16
        p.text(
            m,
            y,
            tr(
                lg,
                "Read and accepted on behalf of the Member:",
                "Gelesen und anerkannt für das Mitglied:",
                "Lu et approuvé pour le membre :",
            ),
            s.font,
            s.size,
        )
        y += 40
        p.line(m, y, m + 200, y)
        if signed:
            scrawl(p, m + 10, y - 4, contact)
            hand(p, m + 230, y - 4, short(d + timedelta(days=rng.randint(0, 4)), lg))
        pages.append(p)
    return close(pages, s, h, numbers=rng.choice([of_n(lg), "{i}/{n}", h.numbers]))


def tpl_house_rules_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's staff's acknowledgement of the house rules and the access fob issued: the
    operator's printed form (A4 or A5) filled in and signed by hand, one per person."""
    h = office_head()
    lg = h.lang
    mrow, _ = member_of(who, 0.0)
    size = keyed(who, "ack").choice([A5, A5, A4])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    t = tr(
        lg,
        "House rules & access fob acknowledgement",
        "Bestätigung Hausordnung und Zugangschip",
        "Accusé de réception du règlement intérieur et du badge",
    )
    pt = shrink(t, s.bold, 12, w - 2 * m)
    p.text(m, y, t, s.bold, pt)
    y += 20
    name = person(rng, home() if rng.random() < 0.8 else rng.choice(["en", "de", "fr"]))
    d = last_day(rng, ("membership_agreement", "house_rules_ack"), (0, 6))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom et prénom"), name),
            (tr(lg, "Company", "Firma", "Société"), mrow[0]),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Fob no.", "Chip-Nr.", "N° de badge"), serial(rng, "99999")),
            (
                tr(lg, "Car registration (if parking)", "Kfz-Kennzeichen", "Immatriculation"),
                rng.choice(
                    [
                        "",
                        "",
                        serial(rng, "AA99 AAA")
                        if lg == "en"
                        else serial(rng, "AA-AA 999")
                        if lg == "de"
                        else serial(rng, "AA-999-AA"),
                    ]
                ),
            ),
            (tr(lg, "Start date", "Ab", "À partir du"), short(d, lg)),
        ],
        per=2,
        tall=24 if size == A5 else 28,
    )
    y += 2
    checks = [
        tr(
            lg,
            "I have received a copy of the House Rules",
            "Hausordnung erhalten",
            "J'ai reçu le règlement intérieur",
        ),
        tr(
            lg,
            "Fire evacuation briefing given",
            "Brandschutzunterweisung erhalten",
            "Consignes d'évacuation présentées",
        ),
        tr(
            lg,
            "Wi-Fi acceptable use policy read",
            "WLAN-Nutzungsbedingungen gelesen",
            "Charte wifi lue",
        ),
        tr(
            lg,
            "Photo for the member board may be used",
            "Foto für die Mitgliederwand erlaubt",
            "Photo pour le trombinoscope autorisée",
        ),
    ]
    for k, c in enumerate(checks):
        box(p, m, y, k < 3 or rng.random() < 0.5, 9)
        p.text(m + 16, y, fit(c, s.font, s.size, w - 2 * m - 16), s.font, s.size)
        y += s.size * 2
    y += 4
    text = tr(
        lg,
        "I agree to keep to the House Rules. A lost fob is replaced for a fee of £15; "
        "fobs are returned when I leave.",
        "Ich verpflichte mich zur Einhaltung der Hausordnung. Für einen verlorenen Chip "
        "werden 20 € berechnet; der Chip ist beim Auszug zurückzugeben.",
        "Je m'engage à respecter le règlement. Un badge perdu est facturé 20 € ; il est "
        "restitué à mon départ.",
    )
    for ln in wrap(text, s.font, s.size - 1, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.35
    y += 30
    p.line(m, y, m + (w - 2 * m) * 0.55, y)
    scrawl(p, m + 8, y - 4, name)
    p.text(m, y + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    p.line(w - m - 100, y, w - m, y)
    hand(p, w - m - 95, y - 4, short(d, lg), 9)
    p.text(w - m - 100, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 26
    if y < hh - m - 40:
        p.rect(m, y, w - 2 * m, 32, fill=0.93)
        p.text(
            m + 4,
            y + 10,
            tr(lg, "Office use", "Vom Betreiber auszufüllen", "Réservé à l'accueil"),
            s.bold,
            7,
        )
        label = tr(lg, "Fob activated by:", "Chip freigeschaltet von:", "Badge activé par :")
        p.text(m + 4, y + 24, label, s.font, 7)
        hand(p, m + 12 + tw(label, s.font, 7), y + 24, staff("cm").split()[0], 9)
    remember(d, mrow[0])
    return [p]


ROOMS = {
    "en": ["The Boardroom", "Loom Room", "Snug", "Event Space", "Workshop Room"],
    "de": [
        "Konferenzraum Weberei",
        "Meetingraum Kontor",
        "Denkstube",
        "Eventfläche",
        "Workshopraum",
    ],
    "fr": ["Salle Jacquard", "Salle Canut", "Le Boudoir", "Espace Événements", "Salle Atelier"],
}
ROOM_RATE = [65.0, 40.0, 25.0, 120.0, 55.0]  # per hour
LAYOUTS = {
    "en": ["Boardroom", "Theatre", "U-shape", "Cabaret", "Classroom"],
    "de": ["Blocktafel", "Reihe", "U-Form", "Bankett", "Parlament"],
    "fr": ["Table de conseil", "Théâtre", "En U", "Cabaret", "École"],
}
CATERING = {
    "en": [
        ("Tea, coffee & biscuits (per person)", 3.5),
        ("Working lunch (per person)", 11.0),
        ("Pastries (per person)", 2.8),
        ("Fruit bowl", 12.0),
        ("Flipchart & pens", 8.0),
        ("Video conference kit", 25.0),
    ],
    "de": [
        ("Kaffeepauschale p. P.", 4.5),
        ("Business-Lunch p. P.", 14.5),
        ("Gebäck p. P.", 3.2),
        ("Obstkorb", 15.0),
        ("Flipchart & Moderationskoffer", 12.0),
        ("Videokonferenz-Set", 30.0),
    ],
    "fr": [
        ("Forfait café par personne", 4.0),
        ("Plateau-repas par personne", 16.0),
        ("Viennoiseries par personne", 3.0),
        ("Corbeille de fruits", 14.0),
        ("Paperboard et feutres", 10.0),
        ("Kit visioconférence", 30.0),
    ],
}


def client_of(who: Issuer) -> tuple[Row, str]:
    return sender(who, "client", 0.1)


@dataclass
class Booking:
    ref: str
    room: int
    when: date
    hours: tuple[int, int]
    people: int
    extras: list[tuple[str, float, int]]

    def total(self) -> float:
        room = ROOM_RATE[self.room] * (self.hours[1] - self.hours[0])
        return round(room + sum(v * n for _, v, n in self.extras), 2)


def a_booking(rng: random.Random) -> Booking:
    lg = home()
    start = rng.choice([8, 9, 9, 10, 13, 14])
    length = rng.choice([2, 3, 4, 4, 8]) if start < 12 else rng.choice([2, 3, 4])
    people = rng.choice([4, 6, 8, 10, 12, 16, 24, 40])
    room = 3 if people > 16 else rng.choice([0, 1, 2, 4] if people <= 6 else [0, 4])
    extras = []
    for name, v in rng.sample(CATERING[lg], rng.randint(0, 3)):
        extras.append(
            (name, v, people if "person" in name or "p. P." in name or "personne" in name else 1)
        )
    return Booking(
        ref=serial(rng, rng.choice(["BK-99999", "R999999", "#99999"])),
        room=room,
        when=some_day(rng) + timedelta(days=rng.randint(3, 20)),
        hours=(start, min(start + length, 20)),
        people=people,
        extras=extras,
    )


def tpl_room_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's meeting room booking confirmation to an outside client, as printed from
    its booking system: the booking box, the room, layout and catering, the price and the
    cancellation terms; now and then a "how to find us" page behind."""
    h = office_head()
    lg = h.lang
    crow, _ = client_of(who)
    b = a_booking(rng)
    contact = person(keyed(who, "booker"), home())
    s = paper(style_of(h), A4, pt=9)
    s = Style("Helvetica", "Helvetica-Bold", 9, s.margin, "none", "bottom", A4, h.dates)
    w, hh = A4
    m = s.margin
    d = b.when - timedelta(days=rng.randint(3, 20))
    p = Page(A4)
    y = heading(p, s, Head(**{**h.__dict__, "look": "system"}))
    p.text(
        m,
        y,
        tr(lg, "Booking confirmation", "Buchungsbestätigung", "Confirmation de réservation"),
        "Helvetica-Bold",
        15,
    )
    p.text(
        w - m, y, f"{tr(lg, 'Ref', 'Buchungs-Nr.', 'Réf.')} {b.ref}", "Helvetica-Bold", 10, "right"
    )
    y += 14
    p.text(
        m,
        y,
        f"{tr(lg, 'Issued', 'Erstellt', 'Émise le')} {short(d, lg)} "
        f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
        "Helvetica",
        7.5,
    )
    y += 20
    y = window(p, s, None, y, [crow[0], contact, crow[1], crow[2]]) + 14
    p.rect(m, y, w - 2 * m, 92, fill=0.94)
    p.rect(m, y, w - 2 * m, 92)
    rows = [
        (tr(lg, "Room", "Raum", "Salle"), ROOMS[lg][b.room]),
        (tr(lg, "Date", "Datum", "Date"), date_long(b.when, lg)),
        (tr(lg, "Time", "Uhrzeit", "Horaire"), f"{b.hours[0]:02d}:00 - {b.hours[1]:02d}:00"),
        (tr(lg, "Attendees", "Teilnehmer", "Participants"), str(b.people)),
        (tr(lg, "Layout", "Bestuhlung", "Configuration"), rng.choice(LAYOUTS[lg])),
        (tr(lg, "Booked by", "Gebucht von", "Réservé par"), contact),
    ]
    for k, (a, v) in enumerate(rows):
        x = m + 10 + (k % 2) * (w - 2 * m) / 2
        yy = y + 18 + (k // 2) * 26
        p.text(x, yy - 6, a.upper(), "Helvetica", 6.5)
        p.text(x, yy + 5, fit(v, "Helvetica-Bold", 10, (w - 2 * m) / 2 - 20), "Helvetica-Bold", 10)
    y += 110
    f = Sheets(A4, hh - m - 30, lambda pg, n: m)
    f.pages = [p]
    f.page = p
    f.y = y
    hrs = b.hours[1] - b.hours[0]
    lines = [
        [
            f"{ROOMS[lg][b.room]} ({hrs} h)",
            str(hrs),
            money(ROOM_RATE[b.room], lg),
            money(ROOM_RATE[b.room] * hrs, lg),
        ]
    ]
    for name, v, n in b.extras:
        lines.append([name, str(n), money(v, lg), money(v * n, lg)])
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        lines,
        s,
        shade=0.88,
    )
    totals(f, s, lg, b.total(), vat_rate(lg))
    f.y += 6
    f.heading(m, tr(lg, "Cancellation", "Stornierung", "Annulation"), "Helvetica-Bold", 9)
    write(
        f,
        s,
        tr(
            lg,
            "Free cancellation up to 48 hours before the booking; after that the room "
            "hire is charged in full. Catering numbers can be changed until 12 noon "
            "the day before.",
            "Kostenfreie Stornierung bis 48 Stunden vor Beginn; danach wird die Raummiete "
            "voll berechnet. Die Teilnehmerzahl für die Verpflegung kann bis 12 Uhr am "
            "Vortag angepasst werden.",
            "Annulation gratuite jusqu'à 48 heures avant ; au-delà, la location est due "
            "en totalité. Le nombre de repas peut être modifié jusqu'à la veille midi.",
        ),
        8,
    )
    write(
        f,
        s,
        tr(
            lg,
            "An invoice will follow after your meeting. Wi-Fi details are on the "
            "screen in the room.",
            "Die Rechnung erhalten Sie nach der Veranstaltung. Die WLAN-Zugangsdaten "
            "finden Sie im Raum.",
            "La facture vous sera adressée après la réunion. Les codes wifi sont affichés "
            "dans la salle.",
        ),
        8,
    )
    pages = f.pages
    if rng.random() < 0.4:
        q = Page(A4)
        q.text(m, m, tr(lg, "How to find us", "Anfahrt", "Plan d'accès"), "Helvetica-Bold", 16)
        q.rect(m, m + 20, w - 2 * m, 300)
        r = random.Random(zlib.crc32(f"thimble/map/{OFFICE['seed']}".encode()))
        for _ in range(7):
            if r.random() < 0.5:
                yy = m + 20 + r.uniform(20, 280)
                q.rect(m, yy, w - 2 * m, r.uniform(6, 12), fill=0.8)
            else:
                xx = m + r.uniform(20, w - 2 * m - 30)
                q.rect(xx, m + 20, r.uniform(6, 12), 300, fill=0.8)
        bx, by = m + r.uniform(80, w - 2 * m - 120), m + r.uniform(80, 220)
        q.rect(bx, by, 40, 30, fill=0.2)
        q.text(bx + 20, by + 44, OFFICE_NAME().split()[0], "Helvetica-Bold", 8, "center")
        yy = m + 350
        for t in [
            tr(
                lg,
                "By train: 10 minutes' walk from the station.",
                "Mit der Bahn: 10 Minuten Fußweg vom Hauptbahnhof.",
                "En train : 10 minutes à pied de la gare.",
            ),
            tr(
                lg,
                "By car: no parking on site; the nearest car park is 200 m away.",
                "Mit dem Auto: Parkhaus in 200 m Entfernung, keine Parkplätze im Hof.",
                "En voiture : parking public à 200 m, pas de stationnement sur place.",
            ),
            tr(
                lg,
                "Entrance through the courtyard gate; reception is on the ground floor.",
                "Eingang über das Hoftor, Empfang im Erdgeschoss.",
                "Entrée par le portail de la cour, accueil au rez-de-chaussée.",
            ),
            tr(
                lg,
                "Step-free access via the lift in the courtyard.",
                "Barrierefreier Zugang über den Aufzug im Hof.",
                "Accès PMR par l'ascenseur de la cour.",
            ),
        ]:
            q.text(m, yy, fit(t, "Helvetica", 10, w - 2 * m), "Helvetica", 10)
            yy += 18
        pages.append(q)
    remember(b.when, (crow, b, contact))
    return close(pages, s, h, numbers="none")


def date_long(d: date, lg: str) -> str:
    return date_text(d, lg, "long")


def tpl_room_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's invoice for meeting room hire and extras to an outside client (after
    the booking confirmation, the same booking)."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("room_booking",)) and isinstance(ex, tuple) and isinstance(ex[1], Booking):
        crow, b, contact = ex
    else:
        crow, _ = client_of(who)
        b = a_booking(rng)
        b.when = some_day(rng)
        contact = person(keyed(who, "booker"), home())
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = b.when + timedelta(days=rng.randint(0, 5))
    inv = serial(rng, rng.choice(["INV-99999", "RE-2025-9999", "F999999", "999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [crow[0], f"{tr(lg, 'FAO', 'z. Hd.', 'À l attention de')} {contact}", crow[1], crow[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Booking ref", "Buchung", "Réservation"), b.ref),
            (
                tr(lg, "Your PO", "Ihre Bestell-Nr.", "Votre commande"),
                rng.choice(["", serial(rng, "PO99999")]),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    hrs = b.hours[1] - b.hours[0]
    rows = [
        [
            short(b.when, lg),
            f"{ROOMS[lg][b.room]} {b.hours[0]:02d}:00-{b.hours[1]:02d}:00",
            str(hrs),
            money(ROOM_RATE[b.room] * hrs, lg),
        ]
    ]
    for name, v, n in b.extras:
        rows.append([short(b.when, lg), name, str(n), money(v * n, lg)])
    if rng.random() < 0.25:
        rows.append(
            [
                short(b.when, lg),
                tr(lg, "Late finish", "Verlängerung", "Dépassement"),
                "1",
                money(ROOM_RATE[b.room], lg),
            ]
        )
    net = b.total() + (ROOM_RATE[b.room] if len(rows) > 1 + len(b.extras) else 0)
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (4, "left"), (0.7, "right"), (1.2, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment due within 14 days by bank transfer quoting the invoice number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug unter Angabe der Rechnungsnummer.",
            "Paiement à 14 jours par virement en rappelant le numéro de facture. Pénalités "
            "de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for meeting with us - we hope to see you again.",
                "Vielen Dank für Ihren Besuch!",
                "Merci de votre visite !",
            ),
            s.size - 1,
        )
    remember(d, (crow, b, contact))
    return close(f.pages, s, h)


def passport_copy(rng: random.Random, name: str, lg: str, bill: bool, born: date) -> Page:
    """A photocopy of the client's passport or identity card (and a utility bill below, or on
    a page of its own with ``bill``)."""
    p = Page(A4)
    _w, hh = A4
    copier_edge(p, rng)
    x, y = rng.uniform(70, 140), rng.uniform(60, 110)
    cw, ch = 340.0, 225.0
    p.rect(x, y, cw, ch, fill=0.88)
    p.rect(x, y, cw, ch)
    first, last = name.split()[0], name.split()[-1]
    country = {"en": "GBR", "de": "D", "fr": "FRA"}[lg]
    p.text(
        x + 10,
        y + 16,
        tr(
            lg,
            "PASSPORT  UNITED KINGDOM",
            "BUNDESREPUBLIK DEUTSCHLAND  PERSONALAUSWEIS",
            "RÉPUBLIQUE FRANÇAISE  CARTE NATIONALE D'IDENTITÉ",
        ),
        "Helvetica-Bold",
        7.5,
    )
    photo(p, x + 12, y + 28, 78, 100, rng)
    yy = y + 36
    for a, v in [
        (tr(lg, "Surname", "Name", "Nom"), last.upper()),
        (tr(lg, "Given names", "Vornamen", "Prénoms"), first.upper()),
        (tr(lg, "Date of birth", "Geburtstag", "Né(e) le"), short(born, lg)),
        (
            tr(lg, "Date of expiry", "Gültig bis", "Valable jusqu'au"),
            short(
                date(month().year + rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 28)), lg
            ),
        ),
    ]:
        p.text(x + 102, yy, a, "Helvetica", 6)
        p.text(x + 102, yy + 9, v, "Helvetica-Bold", 8.5)
        yy += 22
    mrz = f"P<{country}{last.upper()}<<{first.upper()}".ljust(44, "<")[:44]
    p.text(x + 8, y + ch - 26, mrz.replace(" ", "<"), "Courier", 8.6)
    p.text(
        x + 8,
        y + ch - 14,
        serial(rng, "999999999")
        + "<"
        + country
        + serial(rng, "9999999")
        + "<" * 10
        + serial(rng, "99"),
        "Courier",
        8.6,
    )
    if rng.random() < 0.6:
        p.text(
            x + 20,
            y + ch + 30,
            tr(
                home(),
                "Certified true copy - original seen",
                "Original hat vorgelegen",
                "Copie certifiée conforme",
            ),
            HAND,
            10,
        )
        scrawl(p, x + 30, y + ch + 56, staff("cm"))
        hand(p, x + 150, y + ch + 56, short(some_day(rng), home()), 9)
    if not bill:
        return p
    by = y + ch + 110
    if by + 200 < hh:
        utility(p, rng, x - 20, by, name, lg)
    return p


def utility(p: Page, rng: random.Random, x: float, y: float, name: str, lg: str) -> None:
    """The top of a utility bill as copied: supplier, address window, account, amount."""
    bw = 420.0
    p.rect(x, y, bw, 190)
    sup = rng.choice(
        {
            "en": ["Octavia Energy", "Northern Water", "BrightGas"],
            "de": ["Stadtwerke", "Vattenwerk Strom", "EnergieNord"],
            "fr": ["EDF", "Engie", "Veolia Eau"],
        }[lg]
    )
    p.text(x + 12, y + 22, sup, "Helvetica-Bold", 14)
    p.text(
        x + bw - 12,
        y + 22,
        tr(lg, "Your bill", "Ihre Rechnung", "Votre facture"),
        "Helvetica-Bold",
        10,
        "right",
    )
    r = random.Random(rng.random())
    yy = y + 52
    for t in [name, f"{r.randint(2, 90)} {r.choice(ROADS[lg])}", r.choice(TOWNS[lg])]:
        p.text(x + 12, yy, t, "Helvetica", 9)
        yy += 11
    p.text(
        x + bw - 12,
        y + 52,
        f"{tr(lg, 'Account', 'Kundennr.', 'Réf. client')} {serial(r, '9999 9999 99')}",
        "Helvetica",
        8,
        "right",
    )
    p.text(
        x + bw - 12,
        y + 64,
        short(some_day(r) - timedelta(days=r.randint(20, 60)), lg),
        "Helvetica",
        8,
        "right",
    )
    p.rect(x + 12, y + 110, bw - 24, 30, fill=0.9)
    p.text(
        x + 20,
        y + 129,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        "Helvetica-Bold",
        10,
    )
    p.text(x + bw - 20, y + 129, cash(r.uniform(40, 180), lg), "Helvetica-Bold", 10, "right")
    p.text(x + 12, y + 165, words(r, lg, "tele", 9), "Helvetica", 7)


def tpl_virtual_office(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's virtual office and mail handling agreement (contrat de domiciliation,
    Vertrag Geschäftsadresse und Postservice) with a client, the terms, the identity check form
    and the copies of the passport and a utility bill behind."""
    h = office_head()
    lg = h.lang
    crow, clg = sender(who, "member", 0.3)
    name = person(keyed(who, "vo"), clg)
    born = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["VO-9999", "DOM-99-999", "GA99999"]))
    f = sheets(
        s,
        h,
        tr(lg, "Virtual Office Agreement", "Vertrag Geschäftsadresse", "Contrat de domiciliation")
        + f" {no}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Virtual Office & Mail Handling Agreement",
            "Vertrag über Geschäftsadresse und Postservice",
            "Contrat de domiciliation commerciale",
        ),
        3,
    )
    if lg == "fr":
        write(
            f,
            s,
            f"Agrément préfectoral n° {serial(rng, '99-99-999')} - article L123-11-3 du "
            "Code de commerce",
            s.size - 1.5,
        )
    f.y = band(f.page, s, f.y, tr(lg, "Client", "Kunde", "Domicilié")) + 4
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Company name", "Firma", "Dénomination"), crow[0]),
            (
                tr(lg, "Legal form", "Rechtsform", "Forme juridique"),
                rng.choice(["Ltd", "GmbH", "SAS", "sole trader", "UG", "SARL"]),
            ),
            (
                tr(lg, "Director / authorised person", "Geschäftsführer/in", "Représentant légal"),
                name,
            ),
            (
                tr(lg, "Home address", "Privatanschrift", "Adresse personnelle"),
                f"{crow[1]}, {crow[2]}",
            ),
            (
                tr(lg, "Nature of business", "Tätigkeit", "Activité"),
                rng.choice(
                    [
                        "IT consultancy",
                        "E-commerce",
                        "Design",
                        "Beratung",
                        "Import/Export",
                        "Conseil",
                    ]
                ),
            ),
            (tr(lg, "Start date", "Beginn", "Date d'effet"), short(add_months(d, 1), lg)),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.6,
    )
    f.y = band(f.page, s, f.y + 6, tr(lg, "Services", "Leistungen", "Prestations")) + 14
    svc = [
        tr(lg, "Registered office address", "Geschäftsanschrift", "Siège social"),
        tr(lg, "Mail scanned & e-mailed", "Post scannen", "Numérisation du courrier"),
        tr(lg, "Mail forwarded weekly", "Wöchentliche Weiterleitung", "Réexpédition hebdomadaire"),
        tr(lg, "Collection from reception", "Abholung am Empfang", "Retrait à l'accueil"),
        tr(lg, "Telephone answering", "Telefonservice", "Permanence téléphonique"),
    ]
    on = {0} | {k for k in range(1, 5) if rng.random() < 0.45}
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, svc, on, 8.5)
    fee = PLAN_FEE[lg][3] + 15 * (len(on) - 1)
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Fees", "Entgelte", "Tarifs"), tr(lg, "excl. VAT", "netto", "HT")],
        [
            [tr(lg, "Monthly fee", "Monatliches Entgelt", "Forfait mensuel"), cash(fee, lg)],
            [
                tr(lg, "Forwarding postage", "Porto Weiterleitung", "Affranchissement"),
                tr(lg, "at cost + 10%", "nach Aufwand", "au réel"),
            ],
            [tr(lg, "Deposit", "Kaution", "Dépôt de garantie"), cash(fee * 3, lg)],
        ],
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "terms", 2, 3), s.size - 1)
    sign_pair(f, s, lg, (OFFICE_NAME(), staff("gm")), (crow[0], name), rng.random() < 0.85)
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Virtual Office Terms and Conditions",
                "Bedingungen Geschäftsadresse und Postservice",
                "Conditions générales de domiciliation",
            ),
            TERMS_HEADS[lg][:12],
            "terms",
        )
    )
    # The identity check form (anti money laundering).
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "Customer identification - Money Laundering Regulations 2017",
        "Identifizierung nach dem Geldwäschegesetz (GwG)",
        "Vérification d'identité - lutte contre le blanchiment (LCB-FT)",
    )
    p.text(m, y, fit(t, s.bold, 11, w - 2 * m), s.bold, shrink(t, s.bold, 11, w - 2 * m))
    y += 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), name),
            (tr(lg, "Company", "Firma", "Société"), crow[0]),
            (
                tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"),
                {"en": "British", "de": "deutsch", "fr": "française"}[clg],
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(born, lg),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(
        m,
        y,
        tr(lg, "Photo ID seen:", "Vorgelegtes Ausweisdokument:", "Pièce d'identité :"),
        s.bold,
        9,
    )
    y = ticks(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        [
            tr(lg, "Passport", "Reisepass", "Passeport"),
            tr(lg, "Driving licence", "Personalausweis", "Carte d'identité"),
            tr(lg, "Residence permit", "Aufenthaltstitel", "Titre de séjour"),
        ],
        {0},
        9,
    )
    p.text(
        m,
        y,
        tr(lg, "Proof of address:", "Adressnachweis:", "Justificatif de domicile :"),
        s.bold,
        9,
    )
    y = ticks(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        [
            tr(lg, "Utility bill < 3 months", "Versorgerrechnung", "Facture < 3 mois"),
            tr(lg, "Bank statement", "Kontoauszug", "Relevé bancaire"),
            tr(lg, "Council tax bill", "Meldebescheinigung", "Avis d'imposition"),
        ],
        {0},
        9,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Document no.", "Ausweis-Nr.", "N° du document"), serial(rng, "999999999")),
            (tr(lg, "Expiry", "Gültig bis", "Expire le"), short(date(month().year + 4, 6, 30), lg)),
            (
                tr(
                    lg,
                    "Companies House / register checked",
                    "Transparenzregister geprüft",
                    "Extrait Kbis vérifié",
                ),
                tr(lg, "Yes", "ja", "oui"),
            ),
            (
                tr(
                    lg,
                    "PEP / sanctions check",
                    "PEP-/Sanktionsprüfung",
                    "Contrôle PPE / gel des avoirs",
                ),
                tr(lg, "clear", "unauffällig", "RAS"),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y + 6, tr(lg, "Checked by", "Geprüft von", "Vérifié par"), s.font, 8)
    scrawl(p, m + 80, y + 10, staff("cm"))
    hand(p, m + 240, y + 8, short(d, lg))
    pages.append(p)
    pages = close(pages, s, h, numbers=rng.choice([h.numbers, of_n(lg)]))
    # The copies taken at the desk, filed behind the agreement.
    bill = rng.random() < 0.5
    pages.append(passport_copy(rng, name, clg, not bill, born))
    if bill:
        q = Page(A4)
        copier_edge(q, rng)
        utility(q, rng, rng.uniform(60, 110), rng.uniform(60, 140), name, clg)
        pages.append(q)
    remember(d, crow)
    return pages


WORKS = {
    "en": [
        ("Metal stud partition, 100 mm, 2 x 15 mm plasterboard, insulated", "m²", 48.0),
        ("Frameless glazed screen, 12 mm toughened, manifestation", "m²", 265.0),
        ("Solid core door set, oak veneer, with closer", "nr", 640.0),
        ("Suspended ceiling grid and tiles 600 x 600", "m²", 32.0),
        ("LED panel light 600 x 600, DALI", "nr", 96.0),
        ("Double socket and data outlet (Cat 6)", "nr", 145.0),
        ("Carpet tiles incl. uplift of existing", "m²", 29.0),
        ("Decorate walls, two coats emulsion", "m²", 7.5),
        ("Acoustic wall panels, felt", "nr", 180.0),
        ("Builder's work and making good", "item", 450.0),
        ("Protection, cleaning and waste removal", "item", 380.0),
    ],
    "de": [
        ("Trockenbauwand 100 mm, doppelt beplankt, gedämmt", "m²", 62.0),
        ("Ganzglastrennwand ESG 12 mm inkl. Markierung", "m²", 295.0),
        ("Holztür mit Stahlzarge und Obentürschließer", "Stk", 720.0),
        ("Rasterdecke 625 x 625 inkl. Platten", "m²", 38.0),
        ("LED-Einlegeleuchte 625, DALI", "Stk", 115.0),
        ("Doppelsteckdose und Datendose Cat 6", "Stk", 160.0),
        ("Teppichfliesen inkl. Entfernen Altbelag", "m²", 34.0),
        ("Wände streichen, Dispersion 2-fach", "m²", 9.5),
        ("Akustikpaneele Filz", "Stk", 210.0),
        ("Baustelleneinrichtung und Schutzmaßnahmen", "psch", 520.0),
        ("Endreinigung und Entsorgung", "psch", 410.0),
    ],
    "fr": [
        ("Cloison placo 72/48 isolée, deux faces", "m²", 55.0),
        ("Cloison vitrée toute hauteur, verre 10 mm, vitrophanie", "m²", 280.0),
        ("Bloc-porte âme pleine avec ferme-porte", "u", 690.0),
        ("Faux plafond démontable 600 x 600", "m²", 36.0),
        ("Dalle LED 600 x 600", "u", 105.0),
        ("Prise double et prise RJ45 cat. 6", "u", 150.0),
        ("Dalles de moquette, dépose de l'existant", "m²", 31.0),
        ("Peinture murs, deux couches", "m²", 8.5),
        ("Panneaux acoustiques feutre", "u", 195.0),
        ("Installation de chantier et protections", "forfait", 480.0),
        ("Nettoyage de fin de chantier et évacuation", "forfait", 400.0),
    ],
}


def fitout_job(rng: random.Random) -> tuple[str, list[tuple[str, str, float, float]]]:
    lg = home()
    area = rng.choice(
        [
            tr(
                lg,
                "Second floor - four new private offices",
                "2. OG - vier neue Einzelbüros",
                "2e étage - quatre bureaux privatifs",
            ),
            tr(
                lg,
                "Ground floor - meeting room and phone booths",
                "EG - Besprechungsraum",
                "RDC - salle de réunion",
            ),
            tr(
                lg,
                "Mezzanine - event space",
                "Galerie - Eventfläche",
                "Mezzanine - espace événementiel",
            ),
        ]
    )
    items = []
    for name, unit, rate in WORKS[lg]:
        if rng.random() < 0.75:
            q = (
                1.0
                if unit in ("item", "psch", "forfait")
                else float(
                    rng.choice([2, 3, 4, 6, 8])
                    if unit in ("nr", "Stk", "u")
                    else rng.randint(12, 160)
                )
            )
            items.append((name, unit, q, rate))
    return area, items


def tpl_fitout_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A fit-out contractor's quotation: now and then a covering letter, the schedule of
    works with quantities and rates, a layout sketch on a landscape page and the terms."""
    h = head_of(who, "fitout")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    area, items = fitout_job(rng)
    no = serial(rng, rng.choice(["Q-9999", "ANG-2025-999", "DEV999999", "QT9999"]))
    pages: list[Page] = []
    gm = staff("gm")
    boss = person(keyed(who, "boss"), lg)
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(mx(gm, lg)),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), no)],
        )
        write(f, s, tr(lg, f"Re: {area}", f"Betreff: {area}", f"Objet : {area}"), s.size)
        f.y += 4
        write(f, s, salute(lg, mx(gm, lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for showing us round the building last week. Please find "
                "enclosed our quotation for the works discussed, based on the sketch "
                "layout agreed on site.",
                "vielen Dank für die Begehung in der vergangenen Woche. Anbei erhalten "
                "Sie unser Angebot für die besprochenen Arbeiten auf Grundlage der vor Ort "
                "abgestimmten Skizze.",
                "Suite à notre visite, nous avons le plaisir de vous adresser notre devis "
                "pour les travaux évoqués, sur la base du croquis validé sur place.",
            ),
        )
        write(f, s, prose(rng, lg, "works", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "The works can be carried out out of hours so that members are not "
                "disturbed. We look forward to hearing from you.",
                "Die Arbeiten können außerhalb der Öffnungszeiten ausgeführt werden. Wir "
                "freuen uns auf Ihren Auftrag.",
                "Les travaux peuvent être réalisés en dehors des heures d'ouverture. Dans "
                "l'attente de votre accord,",
            ),
        )
        regards(f, s, lg, boss, tr(lg, "Director", "Geschäftsführer", "Gérant"))
        pages += f.pages
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), no),
            (tr(lg, "Valid until", "Gültig bis", "Validité"), short(d + timedelta(days=30), lg)),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS"), 4)
    write(
        f,
        s,
        f"{tr(lg, 'Project', 'Bauvorhaben', 'Chantier')}: {OFFICE_NAME()}, "
        f"{office_row()[1]} - {area}",
        s.size - 0.5,
    )
    rows = []
    net = 0.0
    for k, (name, unit, q, rate) in enumerate(items, 1):
        v = round(q * rate, 2)
        net += v
        rows.append([f"{k}", name, f"{q:g}", unit, money(rate, lg), money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (5, "left"),
                (0.7, "right"),
                (0.6, "left"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Pos.", "Poste"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U"),
            tr(lg, "Rate", "EP", "P.U."),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.8,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.heading(m, tr(lg, "Exclusions", "Nicht enthalten", "Exclusions"), s.bold, s.size)
    for t in [
        tr(
            lg,
            "Fire stopping to existing walls",
            "Brandschutz an Bestandswänden",
            "Calfeutrement coupe-feu existant",
        ),
        tr(lg, "Building control fees", "Genehmigungsgebühren", "Frais administratifs"),
        tr(
            lg,
            "Work to the fire alarm system",
            "Arbeiten an der Brandmeldeanlage",
            "Travaux sur le SSI",
        ),
    ]:
        write(f, s, f"- {t}", s.size - 1, 8)
    sign = f.y < f.bottom - 120 and rng.random() < 0.5
    if sign:
        f.heading(m, tr(lg, "Acceptance", "Auftragserteilung", "Bon pour accord"), s.bold, s.size)
        write(
            f,
            s,
            tr(
                lg,
                "We accept this quotation and the terms attached.",
                "Wir erteilen den Auftrag zu den beigefügten Bedingungen.",
                "Devis reçu avant l'exécution des travaux, bon pour accord.",
            ),
            s.size - 1,
        )
        f.y += 30
        f.page.line(m, f.y, m + 200, f.y)
        f.page.text(
            m,
            f.y + 10,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date / cachet"),
            s.font,
            7,
        )
    pages += f.pages
    if rng.random() < 0.6:
        size = landscape(A4)
        p = Page(size)
        W, H = size
        p.text(
            40, 40, f"{tr(lg, 'Layout sketch', 'Grundrissskizze', 'Croquis')} - {area}", s.bold, 11
        )
        p.rect(40, 60, W - 80, H - 140)
        x = 40.0
        n = rng.randint(3, 5)
        for k in range(n):
            rw = (W - 80) * 0.7 / n
            p.rect(x, 60, rw, (H - 140) * 0.45)
            p.text(
                x + rw / 2,
                60 + (H - 140) * 0.22,
                f"{tr(lg, 'Office', 'Büro', 'Bureau')} {k + 1}",
                s.font,
                9,
                "center",
            )
            p.text(
                x + rw / 2,
                60 + (H - 140) * 0.22 + 12,
                f"{rng.randint(9, 22)} m²",
                s.font,
                8,
                "center",
            )
            x += rw
        p.rect(x, 60, (W - 80) * 0.3, (H - 140) * 0.6, fill=0.93)
        p.text(x + 10, 80, tr(lg, "Meeting", "Besprechung", "Réunion"), s.font, 9)
        p.line(40, 60 + (H - 140) * 0.6, W - 40, 60 + (H - 140) * 0.6)
        p.text(
            W / 2,
            60 + (H - 140) * 0.78,
            tr(lg, "Corridor / open-plan", "Flur / Open Space", "Circulation / plateau"),
            s.font,
            9,
            "center",
        )
        p.rect(W - 260, H - 70, 220, 44)
        p.line(W - 260, H - 56, W - 40, H - 56)
        p.text(W - 254, H - 60, fit(h.name, s.font, 7, 210), s.font, 7)
        p.text(
            W - 254,
            H - 44,
            f"{tr(lg, 'Scale', 'Maßstab', 'Échelle')} 1:100  "
            f"{tr(lg, 'Dwg', 'Plan', 'Plan')} {no}-01",
            s.font,
            7,
        )
        p.text(W - 254, H - 33, short(d, lg), s.font, 7)
        pages.append(p)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of contract",
                    "Allgemeine Geschäftsbedingungen (VOB/B ergänzend)",
                    "Conditions générales de vente",
                ),
                [
                    "Scope",
                    "Prices",
                    "Programme",
                    "Access",
                    "Variations",
                    "Payment",
                    "Retention",
                    "Defects",
                    "Insurance",
                    "Disputes",
                ]
                if lg == "en"
                else [
                    "Geltung",
                    "Preise",
                    "Ausführungsfristen",
                    "Zugang",
                    "Nachträge",
                    "Zahlung",
                    "Sicherheitseinbehalt",
                    "Mängel",
                    "Versicherung",
                    "Gerichtsstand",
                ]
                if lg == "de"
                else [
                    "Objet",
                    "Prix",
                    "Délais",
                    "Accès",
                    "Travaux supplémentaires",
                    "Paiement",
                    "Retenue de garantie",
                    "Réserves",
                    "Assurance décennale",
                    "Litiges",
                ],
                "works",
            )
        )
    remember(d, (h.name, no, area, round(net, 2)))
    received(rng, pages[0], d, 0.3)
    return close(pages, s, h)


def tpl_fitout_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A fit-out contractor's application for payment / interim invoice: the contract sum,
    the value of work done by section, retention, previous payments and the amount due."""
    h = head_of(who, "fitout")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("fitout_quote", "fitout_invoice")) and isinstance(ex, tuple) and ex[0] == h.name:
        _, qno, area, total = ex[:4]
        stage = ex[4] + 1 if len(ex) > 4 else 1
    else:
        qno = serial(rng, "Q-9999")
        area, items = fitout_job(rng)
        total = round(sum(q * r for _, _, q, r in items), 2)
        stage = rng.randint(1, 3)
    d = last_day(rng, ("fitout_quote", "fitout_invoice"), (14, 32))
    inv = serial(rng, rng.choice(["9999", "AR-9999", "F-2025-999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), inv),
            (tr(lg, "Quotation", "Angebot", "Devis"), str(qno)),
        ],
    )
    title = tr(
        lg,
        f"APPLICATION FOR PAYMENT No. {stage}",
        f"{stage}. ABSCHLAGSRECHNUNG",
        f"SITUATION DE TRAVAUX N° {stage}",
    )
    if stage >= 3 and rng.random() < 0.5:
        title = tr(lg, "FINAL ACCOUNT", "SCHLUSSRECHNUNG", "DÉCOMPTE GÉNÉRAL DÉFINITIF")
    caption(f, s, title, 3)
    write(f, s, f"{tr(lg, 'Project', 'Bauvorhaben', 'Chantier')}: {area}", s.size - 0.5)
    done = min(1.0, 0.35 * stage + rng.uniform(-0.05, 0.1))
    secs = [
        tr(lg, "Partitions and glazing", "Trockenbau und Glas", "Cloisons et vitrages"),
        tr(lg, "Ceilings and lighting", "Decken und Beleuchtung", "Plafonds et éclairage"),
        tr(lg, "Electrical and data", "Elektro und Daten", "Électricité et courants faibles"),
        tr(lg, "Floor finishes and decoration", "Boden und Maler", "Sols et peinture"),
        tr(lg, "Preliminaries", "Baustelleneinrichtung", "Installation de chantier"),
    ]
    shares = [0.34, 0.18, 0.2, 0.2, 0.08]
    rows = []
    value = 0.0
    for sec, sh in zip(secs, shares, strict=True):
        pct = min(100, max(0, round(done * 100 + rng.randint(-20, 20))))
        v = round(total * sh * pct / 100, 2)
        value += v
        rows.append([sec, money(total * sh, lg), f"{pct} %", money(v, lg)])
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (1.3, "right"), (0.8, "right"), (1.3, "right")]),
        [
            tr(lg, "Section", "Gewerk", "Lot"),
            tr(lg, "Contract", "Auftrag", "Marché"),
            tr(lg, "Complete", "Stand", "Avancement"),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    ret = round(value * 0.05, 2)
    prev = round(total * max(0.0, done - 0.35) * 0.95, 2) if stage > 1 else 0.0
    due = round(value - ret - prev, 2)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (
                    tr(lg, "Gross value to date", "Leistungsstand brutto", "Cumul des travaux"),
                    cash(value, lg),
                ),
                (
                    tr(
                        lg,
                        "Less retention 5%",
                        "Sicherheitseinbehalt 5 %",
                        "Retenue de garantie 5 %",
                    ),
                    "-" + cash(ret, lg),
                ),
                (
                    tr(
                        lg,
                        "Less previously certified",
                        "Abzgl. bisherige Abschläge",
                        "Déjà facturé",
                    ),
                    "-" + cash(prev, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    totals(f, s, lg, due, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days of the date of this application, in accordance "
            "with the Construction Act payment provisions.",
            "Zahlbar innerhalb von 21 Tagen gemäß § 16 VOB/B.",
            "Paiement à 30 jours selon l'article L441-10 du Code de commerce.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.35:
        hand(
            f.pages[0],
            m + 20,
            hh - m - 50,
            tr(home(), "approved - pay", "sachlich richtig", "bon à payer")
            + f" {staff('gm').split()[0]}",
            11,
        )
    remember(d, (h.name, qno, area, total, stage))
    return close(f.pages, s, h)


def tpl_landlord_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's or managing agent's demand for the operator's lease: quarterly rent,
    service charge and insurance in England, a monthly Mietrechnung with Nebenkosten in
    Germany, an avis d'échéance with taxe foncière in France; now and then the service charge
    budget behind on a landscape page."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    step = 3 if lg in ("en", "fr") else 1
    ex = LAST["extra"]
    if after(("landlord_demand",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 2))
    d = q0 - timedelta(days=rng.randint(10, 28))
    rent = keyed(who, "rent").choice([9500.0, 12750.0, 16200.0, 21000.0])
    f = sheets(s, h)
    no = serial(rng, "999999")
    tref = serial(keyed(who, "t"), "T/99999")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "FAO Accounts", "z. Hd. Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"), tref),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "RENT AND SERVICE CHARGE DEMAND",
            "MIETRECHNUNG GEWERBEMIETE",
            "AVIS D'ÉCHÉANCE - BAIL COMMERCIAL",
        ),
        2,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Locaux')}: {office_row()[1]}, {office_row()[2]}",
        s.size - 0.5,
    )
    end = add_months(q0, step) - timedelta(days=1)
    period = f"{short(q0, lg)} - {short(end, lg)}"
    if lg == "en":
        rows = [
            ["Rent", period, money(rent / 4, lg)],
            ["Service charge (on account)", period, money(rent * 0.06, lg)],
            ["Buildings insurance", period, money(rent * 0.015, lg)],
        ]
        net = rent / 4 + rent * 0.075
    elif lg == "de":
        rows = [
            ["Grundmiete", period, money(rent / 12, lg)],
            ["Betriebskostenvorauszahlung", period, money(rent * 0.02, lg)],
            ["Heizkostenvorauszahlung", period, money(rent * 0.009, lg)],
        ]
        net = rent / 12 + rent * 0.029
    else:
        rows = [
            ["Loyer HT HC", period, money(rent / 4, lg)],
            ["Provision sur charges", period, money(rent * 0.05, lg)],
            ["Taxe foncière (refacturation)", period, money(rent * 0.02, lg)],
        ]
        net = rent / 4 + rent * 0.07
    table(
        f,
        columns(m, w - m, [(3, "left"), (2.4, "left"), (1.3, "right")]),
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
        label=tr(lg, "VAT 20%", "USt. 19 % (Option § 9 UStG)", "TVA 20 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Due on the quarter day, {day(h, q0)}. Please pay to our client account "
            "quoting the tenant reference.",
            f"Fällig am {day(h, q0)}. Bitte Zahlung unter Angabe der Mieternummer.",
            f"Terme payable d'avance le {day(h, q0)}.",
        ),
        s.size - 1,
    )
    if lg == "en" and rng.random() < 0.5:
        write(
            f,
            s,
            "Landlord's address for service of notices (s.48 Landlord and Tenant Act "
            f"1987): {h.street}, {h.town}.",
            s.size - 2,
        )
    pages = f.pages
    if rng.random() < 0.35:
        size = landscape(A4)
        p = Page(size)
        W, _H = size
        y = 44.0
        p.text(
            40,
            y,
            tr(
                lg,
                f"Service charge budget {q0.year}/{(q0.year + 1) % 100}",
                f"Nebenkosten-Vorauszahlung - Wirtschaftsplan {q0.year}",
                f"Budget prévisionnel des charges {q0.year}",
            ),
            s.bold,
            12,
        )
        y += 14
        p.text(40, y, fit(f"{office_row()[1]}, {office_row()[2]}", s.font, 8, W - 80), s.font, 8)
        y += 22
        heads = [
            tr(lg, "Cost head", "Kostenart", "Poste"),
            tr(lg, "Budget", "Plan", "Budget"),
            tr(lg, "Last year", "Vorjahr", "N-1"),
            tr(lg, "Your share", "Ihr Anteil", "Quote-part"),
            tr(lg, "Your cost", "Ihr Betrag", "Montant"),
        ]
        cs = columns(
            40, W - 40, [(4, "left"), (1.2, "right"), (1.2, "right"), (1, "right"), (1.2, "right")]
        )
        for c, t in zip(cs, heads, strict=True):
            cell(p, c, y, t, s.bold, 8.5)
        p.line(40, y + 5, W - 40, y + 5)
        y += 16
        share = rng.choice([18.4, 22.5, 31.0, 40.2])
        tot = 0.0
        for t in {
            "en": [
                "Cleaning of common parts",
                "Lift maintenance",
                "Fire alarm and emergency lighting",
                "Common electricity",
                "Security and CCTV",
                "Window cleaning",
                "Repairs and maintenance",
                "Managing agent's fee",
                "Reserve fund contribution",
                "Accountancy",
            ],
            "de": [
                "Hausreinigung",
                "Aufzug Wartung",
                "Brandmeldeanlage Wartung",
                "Allgemeinstrom",
                "Hauswart",
                "Winterdienst",
                "Grundsteuer",
                "Gebäudeversicherung",
                "Müllabfuhr",
                "Verwaltungskosten",
            ],
            "fr": [
                "Nettoyage parties communes",
                "Maintenance ascenseur",
                "Contrat SSI",
                "Électricité communs",
                "Gardiennage",
                "Espaces verts",
                "Entretien et réparations",
                "Honoraires de gestion",
                "Assurance immeuble",
                "Taxe bureaux",
            ],
        }[lg]:
            b = rng.randint(1200, 24000)
            v = b * share / 100
            tot += v
            for c, val in zip(
                cs,
                [
                    t,
                    money(b, lg),
                    money(b * rng.uniform(0.85, 1.1), lg),
                    f"{share:g} %",
                    money(v, lg),
                ],
                strict=True,
            ):
                cell(p, c, y, val, s.font, 8.5)
            y += 14
        p.line(40, y - 8, W - 40, y - 8)
        p.text(W - 40, y + 4, cash(tot, lg), s.bold, 9, "right")
        pages.append(p)
    received(rng, pages[0], d, 0.4)
    remember(d, (h.name, q0))
    return close(pages, s, h, numbers="none")


TEL_LINES = {
    "en": [
        ("Fibre Leased Line 1 Gbps, 3 yr", 495.0),
        ("Full Fibre 900/900, static /29", 89.0),
        ("SIP trunk, 10 channels", 45.0),
        ("Hosted PBX seats", 8.5),
        ("Managed Wi-Fi access points", 12.0),
        ("4G failover router", 19.0),
    ],
    "de": [
        ("Glasfaser Standleitung 1 Gbit/s", 540.0),
        ("Glasfaser 1000/500 mit festen IPs", 99.0),
        ("SIP-Trunk 10 Sprachkanäle", 49.0),
        ("Cloud-Telefonanlage je Nutzer", 9.9),
        ("Managed WLAN je Access Point", 14.0),
        ("LTE-Backup", 24.9),
    ],
    "fr": [
        ("Fibre dédiée FTTO 1 Gbit/s", 520.0),
        ("Fibre FTTH Pro 1 Gbit/s, IP fixe", 79.0),
        ("Trunk SIP 10 canaux", 45.0),
        ("Standard cloud par poste", 9.0),
        ("Bornes wifi managées", 13.0),
        ("Secours 4G", 20.0),
    ],
}


def tpl_telecom_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A business broadband and telephony contract: the order form with the site, the services,
    monthly and one-off charges, numbers to port and the signature; the contract summary; the
    terms; the direct debit mandate."""
    h = head_of(who, "telecom")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    acct = serial(keyed(who, "acct"), rng.choice(["BA9999999", "KD-99999999", "CLI999999"]))
    order = serial(rng, "ORD-999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Order form', 'Auftrag', 'Bon de commande')} {order}")
    caption(
        f,
        s,
        tr(
            lg,
            "Business Services Order Form",
            "Auftragsformular Geschäftskunden",
            "Bon de commande - Offre Entreprises",
        ),
        3,
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), OFFICE_NAME()),
            (tr(lg, "Account no.", "Kundennummer", "N° de compte"), acct),
            (
                tr(lg, "Installation address", "Anschlussadresse", "Adresse d'installation"),
                f"{office_row()[1]}, {office_row()[2]}",
            ),
            (tr(lg, "Site contact", "Ansprechpartner vor Ort", "Contact sur site"), staff("gm")),
            (tr(lg, "Order date", "Auftragsdatum", "Date"), short(d, lg)),
            (
                tr(lg, "Minimum term", "Mindestvertragslaufzeit", "Durée d'engagement"),
                tr(lg, "36 months", "24 Monate", "36 mois"),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    lines = rng.sample(TEL_LINES[lg], rng.randint(2, 5))
    rows = []
    monthly = 0.0
    for name, v in lines:
        q = rng.choice([1, 1, 4, 6, 10]) if v < 15 else 1
        monthly += v * q
        rows.append(
            [name, str(q), money(v, lg), money(v * q, lg), money(rng.choice([0, 0, 99, 250]), lg)]
        )
    table(
        f,
        columns(
            m, w - m, [(4, "left"), (0.6, "right"), (1, "right"), (1.1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Service", "Leistung", "Service"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Unit/month", "mtl. je", "P.U./mois"),
            tr(lg, "Monthly", "Monatlich", "Mensuel"),
            tr(lg, "One-off", "Einmalig", "Frais uniques"),
        ],
        rows,
        s,
        shade=0.9,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Total monthly (excl. VAT)", "Summe monatlich netto", "Total mensuel HT")
        + f": {cash(monthly, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    f.heading(
        m, tr(lg, "Numbers to port", "Rufnummernmitnahme", "Numéros à porter"), s.bold, s.size
    )
    nums = [
        serial(rng, {"en": "0161 999 9999", "de": "0341 999999", "fr": "03 99 99 99 99"}[lg])
        for _ in range(rng.randint(1, 3))
    ]
    for nm in nums:
        write(f, s, nm, s.size - 1, 10)
    f.y += 6
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "I have received the contract summary",
                "Vertragszusammenfassung erhalten",
                "Récapitulatif contractuel reçu",
            ),
            tr(lg, "Marketing by e-mail", "Werbung per E-Mail", "Offres par e-mail"),
        ],
        {0},
        8.5,
    )
    sign_pair(f, s, lg, (OFFICE_NAME(), staff("gm")), (h.name, person(rng, lg)), True)
    pages = f.pages
    # The contract summary.
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "Contract Summary",
        "Vertragszusammenfassung gemäß § 54 Abs. 3 TKG",
        "Récapitulatif contractuel",
    )
    p.text(m, y, t, s.bold, 13)
    y += 8
    for head_, body in [
        (tr(lg, "Services", "Dienste", "Services"), "; ".join(n for n, _ in lines)),
        (
            tr(lg, "Speeds and remedies", "Geschwindigkeiten und Abhilfen", "Débits et recours"),
            prose(rng, lg, "tele", 1, 2),
        ),
        (
            tr(lg, "Price", "Preis", "Prix"),
            f"{cash(monthly, lg)} "
            + tr(lg, "per month excl. VAT", "monatlich netto", "par mois HT"),
        ),
        (
            tr(
                lg,
                "Duration, renewal and termination",
                "Laufzeit, Verlängerung und Kündigung",
                "Durée, renouvellement et résiliation",
            ),
            prose(rng, lg, "tele", 1, 2),
        ),
        (
            tr(lg, "Other useful information", "Sonstige Informationen", "Autres informations"),
            prose(rng, lg, "tele", 1, 2),
        ),
    ]:
        y += 16
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        p.text(m + 4, y, head_, s.bold, 9)
        y += 16
        for ln in wrap(body, s.font, 8.5, w - 2 * m - 8):
            p.text(m + 4, y, ln, s.font, 8.5)
            y += 11
    pages.append(p)
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "General Terms for Business Services",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales de service",
            ),
            TERMS_HEADS[lg],
            "tele",
        )
    )
    if rng.random() < 0.6:
        pages.append(mandate(rng, s, h, office_lines(), f"{acct}-01"))
    remember(d, (h.name, acct, monthly))
    return close(
        pages,
        s,
        h,
        numbers=rng.choice([of_n(lg), "{i}/{n}", h.numbers]),
    )


def tpl_telecom_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A monthly telephony and broadband bill: the summary page with the amount and the
    direct debit date, then the itemised calls over pages in small type, numbered."""
    h = head_of(who, "telecom")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("telecom_contract", "telecom_bill")) and isinstance(ex, tuple) and ex[0] == h.name:
        acct, monthly = ex[1], ex[2]
        bill_month = add_months(ex[3], 1) if len(ex) > 3 else add_months(month(), 1)
        if after(("telecom_bill",)) and rng.random() < 0.5:
            acct = serial(rng, "BA9999999" if lg == "en" else "KD-99999999")
            bill_month = ex[3]
    else:
        acct = serial(keyed(who, "acct"), rng.choice(["BA9999999", "KD-99999999", "CLI999999"]))
        monthly = rng.choice([89.0, 145.0, 310.0, 540.0])
        bill_month = add_months(month(), rng.randint(0, 1))
    d = bill_month + timedelta(days=rng.randint(1, 5))
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Account', 'Kundennummer', 'Compte')} {acct} - {short(d, lg)}"
    )
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Account no.", "Kundennummer", "N° de compte"), str(acct)),
            (tr(lg, "Invoice no.", "Rechnungsnummer", "N° de facture"), serial(rng, "9999999999")),
        ],
    )
    caption(f, s, tr(lg, "Your bill", "Ihre Rechnung", "Votre facture"), 6)
    calls = round(rng.uniform(4, 90), 2)
    rows = [
        [
            tr(lg, "Monthly charges", "Monatliche Entgelte", "Abonnements"),
            f"{short(bill_month, lg)} - {short(add_months(bill_month, 1) - timedelta(days=1), lg)}",
            money(float(monthly), lg),
        ],
        [
            tr(lg, "Calls", "Verbindungen", "Communications"),
            tr(lg, "see itemisation", "siehe Einzelverbindungsnachweis", "voir détail"),
            money(calls, lg),
        ],
    ]
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Engineer visit", "Technikereinsatz", "Intervention technicien"),
                short(bill_month + timedelta(days=9), lg),
                money(120.0, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3, "left"), (2.6, "left"), (1.2, "right")]),
        [tr(lg, "Summary", "Übersicht", "Synthèse"), "", tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    net = float(monthly) + calls + (120.0 if len(rows) > 2 else 0.0)
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.page.rect(m, f.y, w - 2 * m, 34, fill=0.92)
    f.page.text(
        m + 8,
        f.y + 14,
        tr(
            lg,
            f"We will collect this amount by Direct Debit on or "
            f"after {day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} von Ihrem Konto abgebucht.",
            f"Prélèvement le {day(h, d + timedelta(days=12))}.",
        ),
        s.font,
        8.5,
    )
    f.y += 50
    # Itemised calls.
    f.new_page()
    f.heading(
        m,
        tr(lg, "Itemised calls", "Einzelverbindungsnachweis", "Détail des communications"),
        s.bold,
        10,
    )
    n = rng.choice([25, 60, 110, 180])
    rows = []
    for _ in range(n):
        dd = bill_month + timedelta(days=rng.randint(0, 27))
        secs = rng.randint(8, 2400)
        rows.append(
            [
                short(dd, lg),
                f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
                serial(
                    rng, {"en": "07999 999999", "de": "0171 99999999", "fr": "06 99 99 99 99"}[lg]
                ),
                rng.choice(
                    [
                        tr(lg, "Mobile", "Mobilfunk", "Mobile"),
                        tr(lg, "National", "Festnetz", "Fixe"),
                        tr(lg, "International", "Ausland", "International"),
                    ]
                ),
                f"{secs // 60}:{secs % 60:02d}",
                money(secs * rng.choice([0.0, 0.0002, 0.0015]), lg),
            ]
        )
    rows.sort(key=lambda r: r[0][6:] + r[0][3:5] + r[0][:2] if lg != "en" or "/" in r[0] else r[0])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.7, "left"),
                (1.8, "left"),
                (1.3, "left"),
                (0.8, "right"),
                (0.8, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Number", "Rufnummer", "Numéro"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Duration", "Dauer", "Durée"),
            tr(lg, "Cost", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=7,
        step=1.45,
    )
    remember(d, (h.name, acct, monthly, bill_month))
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice([of_n(lg), "{i}/{n}"]),
    )


FURNITURE = {
    "en": [
        ("Sit-stand desk 1600 x 800, white frame, oak top", 389.0, "SSD-1608"),
        ("Bench desk 4-person 2800 x 1600", 845.0, "BEN-4P"),
        ("Task chair, mesh back, adjustable arms", 179.0, "TC-M200"),
        ("Mobile pedestal 3-drawer, lockable", 119.0, "PED-3"),
        ("Single phone booth, acoustic, with fan and light", 3950.0, "PB-1"),
        ("Meeting table 2400 x 1200", 690.0, "MT-2412"),
        ("Stacking chair, upholstered", 65.0, "SC-10"),
        ("Locker bank 12 doors, digital locks", 1240.0, "LK-12D"),
        ("Acoustic screen 1200 mm, desk-mounted", 88.0, "AS-1200"),
        ("Soft seating sofa, 2-seat", 1120.0, "SF-2"),
    ],
    "de": [
        ("Steh-Sitz-Tisch 160 x 80, Gestell weiß, Eiche", 429.0, "STS-1608"),
        ("Bench-Arbeitsplatz 4 Personen", 935.0, "BE-4"),
        ("Bürodrehstuhl Netzrücken, 3D-Armlehnen", 219.0, "BD-300"),
        ("Rollcontainer 3 Schübe, abschließbar", 139.0, "RC-3"),
        ("Telefonbox Einzelperson, schallgedämmt", 4390.0, "TB-1"),
        ("Konferenztisch 240 x 120", 780.0, "KT-2412"),
        ("Stapelstuhl gepolstert", 79.0, "SST-10"),
        ("Schließfachanlage 12 Fächer, Zahlenschloss", 1390.0, "SF-12"),
        ("Akustik-Tischtrennwand 120 cm", 96.0, "ATW-120"),
        ("Lounge-Sofa 2-Sitzer", 1290.0, "LS-2"),
    ],
    "fr": [
        ("Bureau assis-debout 160 x 80, piétement blanc", 419.0, "BAD-1608"),
        ("Bench 4 postes 280 x 160", 890.0, "BN-4"),
        ("Siège de travail résille, accoudoirs réglables", 199.0, "ST-R200"),
        ("Caisson mobile 3 tiroirs", 129.0, "CM-3"),
        ("Cabine acoustique individuelle", 4190.0, "CAB-1"),
        ("Table de réunion 240 x 120", 740.0, "TR-2412"),
        ("Chaise empilable garnie", 72.0, "CE-10"),
        ("Vestiaire casiers 12 portes, serrures à code", 1320.0, "VC-12"),
        ("Écran acoustique de bureau 120 cm", 92.0, "EA-120"),
        ("Canapé 2 places", 1190.0, "CN-2"),
    ],
}


def furniture_order(rng: random.Random, lg: str) -> list[tuple[str, float, str, int]]:
    out = []
    for name, price, code in rng.sample(FURNITURE[lg], rng.randint(2, 6)):
        q = 1 if price > 1000 else rng.choice([2, 4, 6, 8, 12])
        out.append((name, price, code, q))
    return out


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A furniture supplier's delivery note: A5, landscape A5 or a narrow driver's slip, the
    items and quantities, back orders, signed by whoever took the delivery."""
    h = head_of(who, "furniture", 0.15)
    lg = h.lang
    size = keyed(who, "dnsize").choice([A5, landscape(A5), SLIP, A4])
    narrow = size == SLIP
    s = style_of(
        h,
        size,
        margin=20 if narrow else 32 if size[0] < 600 else 0,
        pt=7.5 if narrow else 8.5 if size[0] < 600 else 0,
    )
    w, hh = size
    m = s.margin
    d = some_day(rng)
    items = furniture_order(rng, lg)
    order = serial(rng, rng.choice(["SO-99999", "AB 999999", "CMD99999"]))
    dn = serial(rng, rng.choice(["DN999999", "LS 9999999", "BL-99999"]))
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        12 if not narrow else 10,
    )
    y += 16
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), dn),
                (tr(lg, "Order", "Auftrag", "Commande"), order),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Deliver to", "Lieferanschrift", "Livré à"), OFFICE_NAME()),
            ],
            w - m,
            s.size,
        )
        + 4
    )
    if not narrow:
        p.text(
            m,
            y,
            fit(f"{office_row()[1]}, {office_row()[2]}", s.font, s.size, w - 2 * m),
            s.font,
            s.size,
        )
        y += 16
    cols = columns(
        m,
        w - m,
        [(1, "left"), (4, "left"), (0.6, "right"), (0.7, "right")]
        if not narrow
        else [(3.5, "left"), (0.6, "right")],
    )
    f = Sheets(size, hh - m - 60, lambda pg, n: m)
    f.pages, f.page, f.y = [p], p, y
    back = rng.random() < 0.3
    rows = []
    for k, (name, _, code, q) in enumerate(items):
        got = q - (rng.randint(1, q) if back and k == 0 and q > 1 else 0)
        rows.append([code, name, str(q), str(got)] if not narrow else [name, f"{got}/{q}"])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Gel.", "Livré"),
        ]
        if not narrow
        else [tr(lg, "Item", "Artikel", "Article"), tr(lg, "Qty", "Menge", "Qté")],
        rows,
        s,
        size=s.size - 0.5,
        rules=True,
    )
    if back:
        f.need(20)
        f.page.text(
            m,
            f.y,
            tr(lg, "Balance to follow", "Rest folgt", "Reliquat à suivre"),
            s.bold,
            s.size - 0.5,
        )
        f.y += 14
    f.need(60)
    f.y += 6
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "Received in good condition",
                "Ware einwandfrei erhalten",
                "Reçu en bon état, sous réserve de déballage",
            ),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 30
    taker = staff(rng.choice(["cm", "gm", "cl"]))
    f.page.line(m, f.y, m + min(180.0, w - 2 * m), f.y)
    scrawl(f.page, m + 6, f.y - 4, taker, 11)
    f.page.text(
        m,
        f.y + 9,
        tr(lg, "Signature / print name", "Unterschrift / Name", "Signature / nom"),
        s.font,
        6.5,
    )
    hand(f.page, m + 4, f.y + 22, taker.split()[-1].upper(), 9)
    f.y += 30
    if rng.random() < 0.4:
        hand(
            f.page,
            m + (w - 2 * m) * 0.55,
            f.y - 14,
            tr(home(), "1 box damaged", "1 Karton beschädigt", "1 carton abîmé")
            if rng.random() < 0.4
            else short(d, home()),
            9,
            (w - 2 * m) * 0.45,
        )
    remember(d, (h.name, lg, items, order))
    return close(f.pages, s, h, numbers="none")


def tpl_furniture_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A furniture supplier's invoice (after the delivery note, the same order): the lines,
    delivery and installation, now and then a supplier from abroad with the reverse charge."""
    h = head_of(who, "furniture", 0.15)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        items, order = ex[2], ex[3]
    else:
        items, order = furniture_order(rng, lg), serial(rng, "SO-99999")
    d = last_day(rng, ("delivery_note",), (0, 6))
    inv = serial(rng, rng.choice(["SI-999999", "RE 9999999", "FA99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Order", "Auftrag", "Commande"), str(order)),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "c"), "C99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for name, price, code, q in items:  # type: ignore[union-attr]
        v = price * q
        net += v
        rows.append([code, name, str(q), money(price, lg), money(v, lg)])
    extra = [
        (
            tr(
                lg,
                "Delivery and installation",
                "Lieferung und Montage",
                "Livraison et installation",
            ),
            180.0 + 20 * len(rows),
        ),
        (tr(lg, "Packaging removal", "Verpackungsentsorgung", "Reprise des emballages"), 45.0),
    ]
    for name, v in extra[: rng.randint(1, 2)]:
        net += v
        rows.append(["", name, "1", money(v, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(1, "left"), (4, "left"), (0.5, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Total", "Gesamt", "Total HT"),
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
        0.0 if cross else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - article 283-2 du CGI.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days net. Goods remain our property until paid in full.",
            "Zahlbar innerhalb 30 Tagen netto. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum.",
            "Paiement à 30 jours. Clause de réserve de propriété.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(
            f.pages[0],
            m + 10,
            hh - m - 40,
            tr(home(), "checked v DN", "mit LS geprüft", "vérifié avec BL"),
            10,
        )
    remember(d, (h.name, lg, items, order))
    return close(f.pages, s, h)


FLOORS = {"en": ["GF", "1F", "2F"], "de": ["EG", "1. OG", "2. OG"], "fr": ["RDC", "R+1", "R+2"]}


def engineer(who: Issuer) -> str:
    return person(keyed(who, "engineer"), home())


def tpl_fire_alarm_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire alarm inspection and servicing certificate (BS 5839-1, Prüfbericht nach DIN
    14675 / VDE 0833, rapport de vérification SSI): the form with the system details, the ticks
    of the checks, the defects and the engineer's signature; the device test log behind on a
    landscape page."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    cert = serial(rng, rng.choice(["FA-99999", "PB-2025-9999", "RV999999"]))
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "Certificate of inspection and servicing - fire detection and fire alarm system",
        "Prüfbericht Instandhaltung Brandmeldeanlage (DIN 14675 / VDE 0833-2)",
        "Rapport de vérification périodique - système de sécurité incendie (SSI)",
    )
    for ln in wrap(t, s.bold, 11, w - 2 * m):
        p.text(m, y, ln, s.bold, 11)
        y += 14
    p.text(
        w - m, y, f"{tr(lg, 'Cert. no.', 'Bericht-Nr.', 'Rapport n°')} {cert}", s.font, 8, "right"
    )
    y += 12
    zones = rng.randint(4, 12)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Objekt", "Établissement"), f"{OFFICE_NAME()}, {office_row()[1]}"),
            (
                tr(lg, "System category", "Kategorie / Schutzumfang", "Catégorie SSI"),
                tr(
                    lg,
                    rng.choice(["L2", "L3", "M/L2"]),
                    rng.choice(["Vollschutz", "Teilschutz"]),
                    rng.choice(["Catégorie A", "Catégorie B", "Équipement d'alarme type 2b"]),
                ),
            ),
            (
                tr(lg, "Control panel", "Zentrale", "Centrale"),
                rng.choice(
                    ["Advanced MxPro 5", "Esser IQ8Control", "Kentec Syncro", "Siemens FC724"]
                ),
            ),
            (tr(lg, "Zones / loops", "Meldergruppen", "Zones"), str(zones)),
            (tr(lg, "Date of visit", "Datum der Prüfung", "Date de visite"), short(d, lg)),
            (
                tr(lg, "Visit", "Art", "Visite"),
                rng.choice(
                    [
                        tr(lg, "6-monthly service", "Inspektion (vierteljährlich)", "Semestrielle"),
                        tr(lg, "Annual", "Wartung (jährlich)", "Annuelle"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    checks = {
        "en": [
            "Log book examined",
            "False alarm record reviewed",
            "Batteries and charger tested",
            "Control panel functions tested",
            "Each detector / call point tested (rotation)",
            "Sounders and beacons audible / visible",
            "Remote signalling to ARC tested",
            "Cause and effect checked",
            "Zone chart displayed",
        ],
        "de": [
            "Betriebsbuch geprüft",
            "Falschalarme ausgewertet",
            "Notstromversorgung / Akkus",
            "Zentrale Funktionsprüfung",
            "Melder geprüft (Anteil)",
            "Signalgeber geprüft",
            "Übertragungseinrichtung (ÜE) getestet",
            "Brandfallsteuerungen geprüft",
            "Feuerwehrlaufkarten vorhanden",
        ],
        "fr": [
            "Registre de sécurité consulté",
            "Alarmes intempestives analysées",
            "Batteries et chargeur contrôlés",
            "Fonctions de la centrale",
            "Détecteurs testés (rotation)",
            "Diffuseurs sonores / flashs",
            "Report d'alarme testé",
            "Asservissements contrôlés",
            "Plans d'intervention affichés",
        ],
    }[lg]
    y += 2
    cols3 = [*yes_no(lg), "n/a"]
    p.text(w - m - 96, y - 2, "   ".join(cols3), s.bold, 7)
    y += 10
    for c in checks:
        p.text(m, y, fit(c, s.font, 8.5, w - 2 * m - 110), s.font, 8.5)
        pick = 0 if rng.random() < 0.9 else rng.choice([1, 2])
        for k in range(3):
            box(p, w - m - 96 + k * 30, y, k == pick, 8)
        y += 14
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Defects / recommendations", "Mängel / Empfehlungen", "Observations / anomalies"),
        s.bold,
        9,
    )
    y += 6
    p.rect(m, y, w - 2 * m, 70)
    defects = rng.sample(
        {
            "en": [
                "Detector in kitchen (zone 3) contaminated - replace",
                "Call point by rear exit obscured by bike rack",
                "Battery date 2019 - replace at next visit",
                "Zone chart out of date after office partitioning",
            ],
            "de": [
                "Melder Küche (MG 3) verschmutzt - tauschen",
                "Handmelder Hinterausgang zugestellt",
                "Akkus älter als 4 Jahre",
                "Laufkarten nach Umbau aktualisieren",
            ],
            "fr": [
                "Détecteur cuisine (zone 3) encrassé",
                "Déclencheur manuel masqué par un rack vélos",
                "Batteries à remplacer",
                "Plans à mettre à jour après travaux",
            ],
        }[lg],
        rng.randint(0, 2),
    )
    yy = y + 14
    for t in defects or [tr(lg, "None", "Keine", "Néant")]:
        hand(p, m + 6, yy, fit(t, HAND, 8.5, w - 2 * m - 12), 8.5)
        yy += 14
    y += 86
    eng = engineer(who)
    p.text(m, y, tr(lg, "Engineer", "Prüfer / Fachkraft", "Technicien"), s.font, 8)
    scrawl(p, m + 10, y + 28, eng)
    p.text(m, y + 40, eng, s.font, 8)
    p.text(w / 2, y, tr(lg, "Responsible person", "Betreiber", "Exploitant"), s.font, 8)
    scrawl(p, w / 2 + 10, y + 28, staff("gm"))
    p.text(w / 2, y + 40, staff("gm"), s.font, 8)
    if rng.random() < 0.6:
        seal(p, w - m - 50, y + 90, 38, h.name.split()[0].upper(), h.town.split()[-1])
    pages = [p]
    # The device test log.
    size = landscape(A4)
    q = Page(size)
    W, H = size
    yq = 44.0
    q.text(
        40, yq, tr(lg, "Device test log", "Prüfprotokoll Melder", "Relevé des essais"), s.bold, 12
    )
    q.text(W - 40, yq, f"{cert} - {short(d, lg)}", s.font, 8, "right")
    yq += 22
    cs = columns(
        40,
        W - 40,
        [(0.6, "left"), (0.7, "left"), (3, "left"), (1.6, "left"), (0.8, "center"), (2.4, "left")],
    )
    for c, t in zip(
        cs,
        [
            tr(lg, "Zone", "MG", "Zone"),
            tr(lg, "Dev.", "Nr.", "N°"),
            tr(lg, "Location", "Einbauort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Remarks", "Bemerkung", "Remarque"),
        ],
        strict=True,
    ):
        cell(q, c, yq, t, s.bold, 8)
    q.line(40, yq + 5, W - 40, yq + 5)
    yq += 16
    rooms = {
        "en": [
            "Reception",
            "Kitchen",
            "Office 1.0",
            "Office 1.0",
            "Boardroom",
            "Corridor",
            "Stair core",
            "Plant room",
            "Open plan",
            "Phone booth area",
            "Store",
        ],
        "de": [
            "Empfang",
            "Küche",
            "Büro 1.0",
            "Besprechung",
            "Flur",
            "Treppenhaus",
            "Technikraum",
            "Open Space",
            "Lager",
            "Galerie",
        ],
        "fr": [
            "Accueil",
            "Cuisine",
            "Bureau 1.0",
            "Salle de réunion",
            "Couloir",
            "Cage d'escalier",
            "Local technique",
            "Plateau",
            "Réserve",
            "Mezzanine",
        ],
    }[lg]
    types = [
        tr(lg, "Optical smoke", "Rauchmelder", "Détecteur optique"),
        tr(lg, "Heat", "Wärmemelder", "Détecteur thermique"),
        tr(lg, "Call point", "Handmelder", "Déclencheur manuel"),
        tr(lg, "Sounder", "Signalgeber", "Diffuseur"),
    ]
    k = 0
    while yq < H - 50:
        k += 1
        zone = min(zones, 1 + k // 4)
        ok = rng.random() < 0.94
        for c, t in zip(
            cs,
            [
                str(zone),
                f"{zone}/{k:02d}",
                f"{rng.choice(rooms)} ({rng.choice(FLOORS[lg])})",
                rng.choice(types),
                "OK" if ok else tr(lg, "FAIL", "n.i.O.", "NC"),
                "" if ok else tr(lg, "replaced", "getauscht", "remplacé"),
            ],
            strict=True,
        ):
            cell(q, c, yq, t, s.font, 8)
        yq += 13
        if k > rng.randint(18, 34):
            break
    pages.append(q)
    remember(d, (h.name, eng, cert))
    return close(pages, s, h, numbers=rng.choice([of_n(lg), "{i}/{n}", "none"]))


def tpl_emergency_lighting_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An emergency lighting periodic inspection and test certificate (BS 5266-1, Prüfprotokoll
    Sicherheitsbeleuchtung, vérification des BAES): the certificate, then the luminaire schedule
    with the duration test results over one or two pages (after the fire alarm certificate:
    the same engineer's visit)."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("fire_alarm_cert",)) and isinstance(ex, tuple) and ex[0] == h.name:
        eng = str(ex[1])
    else:
        eng = engineer(who)
    d = last_day(rng, ("fire_alarm_cert",), (0, 0))
    cert = serial(rng, rng.choice(["EL-99999", "SB-2025-999", "BAES-9999"]))
    f = sheets(s, h, f"{h.name} - {cert}")
    t = tr(
        lg,
        "Emergency lighting - periodic inspection and testing certificate",
        "Prüfprotokoll Sicherheitsbeleuchtung (DIN EN 50172 / DIN VDE 0108-100)",
        "Vérification de l'éclairage de sécurité (BAES)",
    )
    caption(f, s, t, 1.5)
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Objekt", "Établissement"), f"{OFFICE_NAME()}, {office_row()[1]}"),
            (
                tr(lg, "Test", "Prüfart", "Essai"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Annual full-duration (3 h)",
                            "Jährliche Betriebsdauerprüfung",
                            "Essai d'autonomie annuel (1 h)",
                        ),
                        tr(
                            lg, "Monthly functional", "Monatliche Funktionsprüfung", "Essai mensuel"
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "System", "System", "Système"),
                rng.choice(
                    [
                        tr(
                            lg, "Self-contained, non-maintained", "Einzelbatterie", "BAES autonomes"
                        ),
                        tr(lg, "Central battery", "Zentralbatterie", "Source centrale"),
                    ]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    n = rng.randint(14, 60)
    fails = [k for k in range(n) if rng.random() < 0.07]
    write(
        f,
        s,
        tr(
            lg,
            f"{n} luminaires tested; {len(fails)} failed (see schedule). "
            "The installation complies with BS 5266-1 subject to the remedial works "
            "listed.",
            f"{n} Leuchten geprüft, davon {len(fails)} mit Mangel (siehe Anlage).",
            f"{n} blocs contrôlés, dont {len(fails)} non conformes (voir relevé).",
        ),
        s.size,
    )
    write(f, s, prose(rng, lg, "fire", 1, 2), s.size - 1)
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Competent person", "Prüfer", "Vérificateur"), s.font, 8)
    scrawl(f.page, m + 100, f.y + 6, eng)
    f.page.text(m + 100, f.y + 18, eng, s.font, 8)
    f.y += 40
    f.new_page()
    f.heading(
        m, tr(lg, "Luminaire schedule", "Leuchtenliste", "Relevé des blocs"), s.bold, s.size + 1
    )
    rows = []
    locs = {
        "en": [
            "Exit, reception",
            "Stair 1 landing",
            "Corridor",
            "Kitchen",
            "WC",
            "Open plan",
            "Fire exit rear",
            "Plant room",
            "Meeting room",
        ],
        "de": [
            "Ausgang Empfang",
            "Treppenhaus",
            "Flur",
            "Küche",
            "WC",
            "Open Space",
            "Notausgang hinten",
            "Technik",
            "Besprechung",
        ],
        "fr": [
            "Sortie accueil",
            "Palier escalier",
            "Couloir",
            "Cuisine",
            "Sanitaires",
            "Plateau",
            "Issue de secours",
            "Local technique",
            "Salle de réunion",
        ],
    }[lg]
    for k in range(n):
        rows.append(
            [
                f"EL{k + 1:03d}",
                f"{rng.choice(locs)} ({rng.choice(FLOORS[lg])})",
                rng.choice(
                    [
                        tr(lg, "Exit sign", "Rettungszeichen", "Balisage"),
                        tr(lg, "Bulkhead", "Antipanik", "Ambiance"),
                        tr(lg, "Downlight", "Einbauleuchte", "Évacuation"),
                    ]
                ),
                "3h" if lg == "en" else "1h",
                tr(lg, "FAIL", "Mangel", "NC")
                if k in fails
                else "Pass"
                if lg == "en"
                else "i.O."
                if lg == "de"
                else "OK",
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.8, "left"), (3, "left"), (1.6, "left"), (0.6, "center"), (0.8, "center")]
        ),
        [
            tr(lg, "Ref", "Nr.", "Réf."),
            tr(lg, "Location", "Ort", "Emplacement"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Dur.", "Dauer", "Aut."),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        rules=True,
        step=1.7,
    )
    remember(d, (h.name, eng))
    return close(f.pages, s, h, numbers=rng.choice([of_n(lg), h.numbers]))


def tpl_cleaning_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A cleaning contractor's agreement: sometimes a covering letter, the clauses, the
    cleaning specification with frequencies on a landscape page, the price and the signature
    page."""
    h = head_of(who, "cleaning")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    boss = person(keyed(who, "boss"), lg)
    no = serial(rng, rng.choice(["CA-9999", "RV-2025-99", "CT99999"]))
    pages: list[Page] = []
    if rng.random() < 0.45:
        f = sheets(s, h)
        recipient(f, s, h, office_lines(mx(staff("gm"), lg)), d, [])
        write(f, s, salute(lg, mx(staff("gm"), lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Following our site survey, please find enclosed two copies of our "
                "cleaning agreement. Please sign one copy and return it to us.",
                "wie besprochen erhalten Sie anbei den Reinigungsvertrag in zweifacher "
                "Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                "Suite à notre visite, veuillez trouver ci-joint notre contrat de "
                "nettoyage en deux exemplaires, dont un à nous retourner signé.",
            ),
        )
        write(f, s, prose(rng, lg, "clean", 1, 3))
        regards(
            f,
            s,
            lg,
            boss,
            tr(lg, "Operations Manager", "Objektleitung", "Responsable d'exploitation"),
        )
        pages += f.pages
    f = sheets(
        s, h, f"{tr(lg, 'Cleaning Agreement', 'Reinigungsvertrag', 'Contrat de nettoyage')} {no}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "CLEANING SERVICES AGREEMENT",
            "VERTRAG ÜBER UNTERHALTSREINIGUNG",
            "CONTRAT DE PRESTATIONS DE NETTOYAGE",
        ),
        3,
    )
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size)
    write(
        f,
        s,
        f"{OFFICE_NAME()}, {office_row()[1]}, {office_row()[2]} "
        f"({tr(lg, 'the Client', 'Auftraggeber', 'le Client')})",
        s.size,
        12,
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size)
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} ("
        + tr(lg, "the Contractor", "Auftragnehmer", "le Prestataire")
        + ")",
        s.size,
        12,
    )
    heads = TERMS_HEADS[lg][: rng.randint(6, 11)]
    for k, t in enumerate(heads, 1):
        f.heading(
            m, f"{'§ ' if lg == 'de' else ''}{k}{'.' if lg != 'de' else ''} {t}", s.bold, s.size
        )
        write(f, s, prose(rng, lg, "clean", 1, 3))
    pages += f.pages
    # Specification on a landscape page.
    size = landscape(A4)
    p = Page(size)
    W, _H = size
    y = 44.0
    p.text(
        40,
        y,
        tr(
            lg,
            "Schedule 1 - Cleaning specification",
            "Anlage 1 - Leistungsverzeichnis",
            "Annexe 1 - Cahier des charges",
        ),
        s.bold,
        12,
    )
    y += 24
    freq = [
        tr(lg, "Daily", "tägl.", "Quot."),
        tr(lg, "3x wk", "3x/Wo", "3x/sem"),
        tr(lg, "Weekly", "wöch.", "Hebdo"),
        tr(lg, "Monthly", "mtl.", "Mens."),
        tr(lg, "Quarterly", "vierteljährl.", "Trim."),
    ]
    tasks = {
        "en": [
            "Empty bins and replace liners",
            "Vacuum carpets, open plan",
            "Clean and sanitise kitchen worktops",
            "Load / unload dishwasher",
            "Clean washrooms and replenish consumables",
            "Damp-wipe desks (clear desks only)",
            "Mop hard floors",
            "Clean internal glass and glazed screens",
            "Dust high-level surfaces",
            "Clean fridge and microwave",
            "Deep clean carpets",
            "Wash external windows (ground floor)",
        ],
        "de": [
            "Papierkörbe leeren",
            "Teppichböden saugen",
            "Küche reinigen und desinfizieren",
            "Spülmaschine ein-/ausräumen",
            "Sanitärräume reinigen, Verbrauchsmaterial auffüllen",
            "Freie Tische feucht wischen",
            "Hartböden wischen",
            "Glastrennwände reinigen",
            "Hochstaub entfernen",
            "Kühlschrank reinigen",
            "Teppichgrundreinigung",
            "Fensterreinigung EG",
        ],
        "fr": [
            "Vidage des corbeilles",
            "Aspiration des moquettes",
            "Nettoyage et désinfection de la cuisine",
            "Lave-vaisselle",
            "Sanitaires et réapprovisionnement",
            "Bureaux dégagés",
            "Lavage des sols durs",
            "Vitrages intérieurs",
            "Dépoussiérage en hauteur",
            "Réfrigérateur et micro-ondes",
            "Shampooing moquettes",
            "Vitres extérieures RDC",
        ],
    }[lg]
    x0, xf = 40.0, W - 40 - 5 * 58
    p.text(x0, y, tr(lg, "Task", "Leistung", "Prestation"), s.bold, 9)
    for k, t in enumerate(freq):
        p.text(xf + 29 + 58 * k, y, t, s.bold, 8, "center")
    p.line(40, y + 5, W - 40, y + 5)
    y += 18
    for t in tasks:
        p.text(x0, y, fit(t, s.font, 9, xf - x0 - 10), s.font, 9)
        pick = rng.choice([0, 0, 1, 2, 2, 3, 4])
        for k in range(5):
            box(p, xf + 25 + 58 * k, y, k == pick, 8)
        p.line(40, y + 5, W - 40, y + 5)
        y += 17
    y += 10
    hours = rng.choice([2, 3, 4])
    p.text(
        40,
        y,
        fit(
            tr(
                lg,
                f"Attendance: Monday to Friday, 06:00-{6 + hours:02d}:00, one "
                "operative; keys and alarm code held by the supervisor.",
                f"Reinigungszeit: Mo-Fr 18:00-{18 + hours:02d}:00 Uhr, eine "
                "Reinigungskraft; Schlüssel beim Objektleiter.",
                f"Horaires : du lundi au vendredi, 6h-{6 + hours}h, un agent.",
            ),
            s.font,
            9,
            W - 80,
        ),
        s.font,
        9,
    )
    pages.append(p)
    # Price and signature page.
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Cleaning Agreement', 'Reinigungsvertrag', 'Contrat de nettoyage')} {no}",
        top=False,
    )
    f.heading(
        m,
        tr(lg, "Schedule 2 - Price", "Anlage 2 - Vergütung", "Annexe 2 - Prix"),
        s.bold,
        s.size + 2,
    )
    price = hours * 5 * 52 / 12 * {"en": 19.5, "de": 27.0, "fr": 26.0}[lg]
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
                        "Monthly charge (excl. VAT)",
                        "Monatliche Pauschale netto",
                        "Forfait mensuel HT",
                    ),
                    cash(price, lg),
                ),
                (
                    tr(lg, "Consumables", "Verbrauchsmaterial", "Consommables"),
                    tr(lg, "at cost + 12%", "nach Verbrauch", "refacturés au réel"),
                ),
                (
                    tr(lg, "Additional hours", "Zusatzstunden", "Heures supplémentaires"),
                    cash({"en": 24.0, "de": 32.0, "fr": 30.0}[lg], lg)
                    + tr(lg, "/h", "/Std.", "/h"),
                ),
                (tr(lg, "Start date", "Vertragsbeginn", "Début"), short(add_months(d, 1), lg)),
            ],
            w - m,
            s.size,
        )
        + 20
    )
    write(
        f,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties:",
            "Unterschriften:",
            "Fait en deux exemplaires,",
        ),
        s.size,
    )
    sign_pair(f, s, lg, (h.name, boss), (OFFICE_NAME(), staff("gm")), rng.random() < 0.6)
    pages += f.pages
    remember(d, h.name)
    received(rng, pages[0], d, 0.25)
    return close(pages, s, h, numbers=rng.choice([h.numbers, of_n(lg)]))


def tpl_event_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's event hire contract with an outside organiser: the event details,
    spaces and times, the fee and deposit schedule, the conditions and both signatures;
    sometimes a page of event rules and the organiser's risk checklist."""
    h = office_head()
    lg = h.lang
    crow, _ = client_of(who)
    org = person(keyed(who, "org"), home())
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(20, 80))
    no = serial(rng, rng.choice(["EV-999", "EVT2025-99", "E-9999"]))
    f = sheets(
        s,
        h,
        tr(lg, "Event Hire Agreement", "Mietvertrag Veranstaltung", "Contrat de location")
        + f" {no}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "EVENT HIRE AGREEMENT",
            "MIETVERTRAG FÜR VERANSTALTUNGEN",
            "CONTRAT DE MISE À DISPOSITION D'ESPACE",
        ),
        3,
    )
    people = rng.choice([40, 60, 80, 120])
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Veranstalter", "Organisateur"), crow[0]),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), org),
            (
                tr(lg, "Event", "Veranstaltung", "Événement"),
                rng.choice(
                    [
                        tr(lg, "Product launch", "Produktvorstellung", "Lancement produit"),
                        tr(lg, "Networking evening", "Netzwerkabend", "Soirée réseau"),
                        tr(lg, "Workshop day", "Workshoptag", "Journée atelier"),
                        tr(lg, "Summer party", "Sommerfest", "Fête d'été"),
                    ]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), day(h, ev)),
            (
                tr(lg, "Access / end", "Aufbau / Ende", "Installation / fin"),
                f"{rng.choice([14, 15, 16])}:00 / {rng.choice([22, 23])}:00",
            ),
            (tr(lg, "Guests (max.)", "Gäste (max.)", "Invités (max.)"), str(people)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    fee = rng.choice([650.0, 950.0, 1400.0, 2100.0])
    rows = [
        [tr(lg, "Event space hire", "Raummiete Eventfläche", "Location espace"), cash(fee, lg)],
        [
            tr(lg, "AV package (PA, projector, 2 mics)", "Technikpaket", "Pack technique"),
            cash(rng.choice([150.0, 250.0]), lg),
        ],
        [
            tr(
                lg, "Event staff / security", "Personal / Sicherheitsdienst", "Personnel / sécurité"
            ),
            cash(rng.choice([180.0, 360.0]), lg),
        ],
        [tr(lg, "Cleaning after event", "Endreinigung", "Nettoyage"), cash(120.0, lg)],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Charges (excl. VAT)", "Entgelte netto", "Tarifs HT"), ""],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit of 50% is due on signature, the balance 14 days before the "
            f"event. A damage deposit of {cash(500, lg)} is held until the day after.",
            f"50 % Anzahlung bei Unterzeichnung, Rest 14 Tage vor der Veranstaltung. "
            f"Kaution {cash(500, lg)}.",
            f"Acompte de 50 % à la signature, solde 14 jours avant. Caution {cash(500, lg)}.",
        ),
        s.size - 0.5,
    )
    for k, t in enumerate(
        [
            tr(lg, "Use of the space", "Nutzung", "Usage des lieux"),
            tr(lg, "Noise and neighbours", "Lärmschutz", "Nuisances sonores"),
            tr(lg, "Alcohol and licensing", "Ausschank", "Boissons alcoolisées"),
            tr(lg, "Cancellation", "Rücktritt", "Annulation"),
            tr(lg, "Liability and insurance", "Haftung", "Responsabilité"),
        ],
        1,
    ):
        f.heading(m, f"{k}. {t}", s.bold, s.size - 0.5)
        write(f, s, prose(rng, lg, "space", 1, 2), s.size - 1)
    sign_pair(f, s, lg, (OFFICE_NAME(), staff("cm")), (crow[0], org), rng.random() < 0.7)
    pages = f.pages
    if rng.random() < 0.4:
        p = Page(A4)
        y = m
        p.text(
            m,
            y,
            tr(
                lg,
                "Organiser's checklist",
                "Checkliste Veranstalter",
                "Liste de contrôle organisateur",
            ),
            s.bold,
            13,
        )
        y += 28
        for t in [
            tr(
                lg,
                "Public liability insurance certificate sent",
                "Haftpflichtnachweis übermittelt",
                "Attestation RC transmise",
            ),
            tr(
                lg,
                "Guest list sent 48 h before",
                "Gästeliste 48 h vorher",
                "Liste des invités 48 h avant",
            ),
            tr(
                lg,
                "Caterer's hygiene certificate",
                "Hygienenachweis Caterer",
                "Attestation hygiène traiteur",
            ),
            tr(
                lg,
                "Fire exits briefed to stewards",
                "Fluchtwege erklärt",
                "Issues de secours présentées",
            ),
            tr(
                lg,
                "No naked flames / confetti",
                "Keine offenen Flammen / Konfetti",
                "Pas de flammes nues / confettis",
            ),
            tr(lg, "Music off by 22:30", "Musik bis 22:30 Uhr", "Musique coupée à 22h30"),
        ]:
            box(p, m, y, rng.random() < 0.6, 10)
            p.text(m + 18, y, t, s.font, 10)
            y += 24
        y += 20
        p.text(
            m,
            y,
            tr(
                lg, "Signed (organiser)", "Unterschrift Veranstalter", "Signature de l'organisateur"
            ),
            s.font,
            9,
        )
        scrawl(p, m + 150, y, org)
        pages.append(p)
    remember(d, (crow, org))
    return close(pages, s, h, numbers=rng.choice([h.numbers, "{i}/{n}"]))


def tpl_termination_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's notice of termination: a typed letter on the member's paper, a handwritten
    note on A5 or an e-mail as printed; now and then from a member abroad in its own language."""
    mrow, ml = member_of(who, 0.12)
    mh = make_head(mrow, ml, "member")
    name = person(keyed(who, "contact"), ml)
    d = some_day(rng)
    end = add_months(d, rng.choice([1, 1, 2, 3])) - timedelta(days=1)
    desk = rng.choice(["G.04", "1.12", "2.03", "Studio 5", "D14", "B-07"])
    how = rng.choice(["letter", "letter", "note", "mail"])
    body = tr(
        ml,
        f"Please accept this letter as formal notice that we are terminating our "
        f"membership (office {desk}) with effect from {day(mh, end)}, in line with the "
        f"notice period in our agreement. We will return all fobs and keys on our last "
        f"day. Please return our deposit to the account you hold on file.",
        f"hiermit kündigen wir unseren Mitgliedsvertrag (Büro {desk}) fristgerecht zum "
        f"{day(mh, end)}. Die Zugangschips und Schlüssel geben wir am letzten Tag am "
        f"Empfang ab. Bitte erstatten Sie die Kaution auf unser bekanntes Konto.",
        f"Par la présente, nous vous informons de la résiliation de notre contrat "
        f"(bureau {desk}) à effet du {day(mh, end)}, conformément au préavis prévu. Les "
        f"badges et clés seront restitués le dernier jour. Merci de nous restituer le dépôt "
        f"de garantie.",
    )
    reason = tr(
        ml,
        "We have enjoyed our time in the building; the team is moving to a larger "
        "office of our own.",
        "Wir waren sehr gerne bei Ihnen; unser Team zieht in ein eigenes Büro.",
        "Nous avons apprécié notre passage chez vous ; l'équipe s'installe dans ses "
        "propres locaux.",
    )
    if how == "note":
        size = A5
        p = Page(size)
        w, hh = size
        y = 56.0
        hand(p, w - 150, y, short(d, ml), 11)
        y += 30
        hand(
            p,
            40,
            y,
            tr(ml, f"Dear {staff('cm').split()[0]},", "Liebe/r Community-Team,", "Bonjour,"),
            11,
        )
        y += 22
        for ln in wrap(body, HAND, 10.5, w - 80):
            if y > hh - 120:
                break
            hand(p, 40, y, ln, 10.5)
            y += 17
        y += 12
        hand(p, 40, y, tr(ml, "Many thanks,", "Viele Grüße", "Cordialement,"), 11)
        scrawl(p, 40, y + 30, name)
        hand(p, 40, y + 48, f"{name} - {mrow[0]}", 9)
        pages = [p]
    elif how == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
        w, hh = A4
        m = 54
        p = Page(A4)
        p.text(
            m,
            30,
            f"{short(d, ml)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            "Helvetica",
            7,
        )
        p.text(w - m, 30, f"Mail - {OFFICE_NAME()}", "Helvetica", 7, "right")
        y = 66.0
        mail = f"{name.split()[0].lower()}@{mrow[0].split()[0].lower()}.com"
        tld = {"en": "co.uk", "de": "de", "fr": "fr"}[home()]
        for a, v in [
            (tr(ml, "From", "Von", "De"), f"{name} <{mail}>"),
            (tr(ml, "To", "An", "À"), f"hello@{OFFICE_NAME().split()[0].lower()}.{tld}"),
            (
                tr(ml, "Subject", "Betreff", "Objet"),
                tr(
                    ml,
                    f"Notice - office {desk}",
                    f"Kündigung Büro {desk}",
                    f"Résiliation bureau {desk}",
                ),
            ),
            (tr(ml, "Date", "Datum", "Date"), day(mh, d)),
        ]:
            p.text(m, y, f"{a}:", "Helvetica-Bold", 9)
            p.text(m + 60, y, fit(v, "Helvetica", 9, w - 2 * m - 60), "Helvetica", 9)
            y += 13
        p.line(m, y, w - m, y)
        f = Sheets(A4, hh - 60, lambda pg, n: 50)
        f.pages, f.page, f.y = [p], p, y + 20
        write(f, s, tr(ml, "Hi,", "Hallo zusammen,", "Bonjour,"))
        write(f, s, body)
        write(f, s, reason)
        write(f, s, tr(ml, "Best wishes,", "Viele Grüße", "Bien cordialement,"))
        write(f, s, f"{name}\n{mrow[0]}")
        number_all = f.pages
        for k, pg in enumerate(number_all, 1):
            pg.text(w - m, hh - 24, f"{k}/{len(number_all)}", "Helvetica", 7, "right")
        pages = number_all
    else:
        size = LETTER if ml == "en" and ml != home() else A4
        s = style_of(mh, size)
        f = sheets(s, mh)
        recipient(
            f,
            s,
            mh,
            office_lines(
                tr(
                    ml,
                    "FAO The General Manager",
                    "z. Hd. Standortleitung",
                    "À l'attention de la direction",
                )
            ),
            d,
            [],
        )
        write(
            f,
            s,
            tr(
                ml,
                f"Notice of termination - office {desk}",
                f"Kündigung des Mitgliedsvertrags - Büro {desk}",
                f"Objet : résiliation du contrat - bureau {desk}",
            ),
            s.size,
        )
        f.y += 4
        write(f, s, salute(ml, mx(staff("gm"), ml)))
        write(f, s, body)
        write(f, s, reason)
        regards(f, s, ml, name, tr(ml, "Director", "Geschäftsführung", "Gérant(e)"))
        pages = close(f.pages, s, mh, numbers="none")
    received(rng, pages[0], d, 0.5)
    if rng.random() < 0.4:
        hand(
            pages[0],
            50,
            pages[0].size[1] - 60,
            tr(
                home(),
                f"ack'd {short(d + timedelta(days=2), home())} - dep. to BK",
                f"Eingang bestätigt {short(d + timedelta(days=2), home())}",
                f"AR envoyé le {short(d + timedelta(days=2), home())}",
            ),
            10,
        )
    remember(d, (mrow, ml, name, desk, end))
    return pages


def tpl_deposit_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's deposit return letter to a leaving member with the final account: the
    deposit held, deductions (fobs not returned, cleaning, unpaid invoices) and the balance
    refunded (after the member's notice: the same member)."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("termination_notice",)) and isinstance(ex, tuple) and len(ex) == 5:
        mrow, _ml, name, desk, end = ex
    else:
        mrow, _ml = member_of(who)
        name = person(keyed(who, "contact"), home())
        desk = rng.choice(["G.04", "1.12", "2.03", "D14"])
        end = some_day(rng) - timedelta(days=rng.randint(5, 20))
    d = max(end + timedelta(days=rng.randint(5, 28)), some_day(rng))
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [mrow[0], mx(name, lg), mrow[1], mrow[2]],
        d,
        [(tr(lg, "Member", "Mitglied", "Membre"), serial(keyed(who, "mno"), "M9999"))],
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Return of deposit - office {desk}",
            f"Rückzahlung der Kaution - Büro {desk}",
            f"Objet : restitution du dépôt de garantie - bureau {desk}",
        ),
        s.size,
    )
    f.y += 4
    write(f, s, salute(lg, mx(name, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for being part of our community. Following the end of your "
            f"membership on {day(h, end)} we have inspected the office and closed your "
            "account. Your final account is set out below.",
            f"vielen Dank, dass Sie Teil unserer Community waren. Nach Ende Ihrer "
            f"Mitgliedschaft am {day(h, end)} haben wir das Büro abgenommen und Ihr "
            "Kundenkonto abgerechnet:",
            f"Merci d'avoir fait partie de notre communauté. Suite à la fin de votre "
            f"contrat le {day(h, end)}, nous avons procédé à l'état des lieux et arrêté "
            "votre compte comme suit :",
        ),
    )
    dep = rng.choice([580.0, 840.0, 1260.0, 1680.0])
    rows = [[tr(lg, "Deposit held", "Kaution", "Dépôt de garantie versé"), cash(dep, lg)]]
    ded = 0.0
    for t, v in [
        (
            tr(lg, "Access fob not returned", "Chip nicht zurückgegeben", "Badge non restitué"),
            15.0 if lg == "en" else 20.0,
        ),
        (
            tr(
                lg,
                "Cleaning and removal of items left",
                "Reinigung / Räumung",
                "Nettoyage et débarras",
            ),
            85.0,
        ),
        (tr(lg, "Repair to wall (picture hooks)", "Ausbesserung Wand", "Reprise peinture"), 60.0),
        (
            tr(
                lg,
                "Unpaid meeting room invoice",
                "Offene Rechnung Besprechungsraum",
                "Facture salle impayée",
            ),
            rng.choice([48.0, 96.0, 130.0]),
        ),
    ]:
        if rng.random() < 0.3:
            rows.append([f"- {t}", "-" + cash(v, lg)])
            ded += v
    rows.append(
        [tr(lg, "Balance refunded", "Erstattungsbetrag", "Solde remboursé"), cash(dep - ded, lg)]
    )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Final account", "Abrechnung", "Décompte"), ""],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The balance will be paid by bank transfer within 5 working days.",
            "Der Betrag wird innerhalb von 5 Werktagen auf Ihr Konto überwiesen.",
            "Le solde vous sera viré sous 5 jours ouvrés.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "We wish you every success in your new office - do come back and see us.",
            "Wir wünschen Ihnen viel Erfolg am neuen Standort.",
            "Nous vous souhaitons une belle réussite dans vos nouveaux locaux.",
        ),
    )
    regards(f, s, lg, staff("gm"), role_name("gm", lg))
    remember(d, None)
    return close(f.pages, s, h, numbers="none")


def tpl_rates_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The business rates bill for the building or one of its rated units: a council's
    non-domestic rates demand notice with the instalments and the explanatory notes behind, a
    city's Grundbesitzabgabenbescheid with the Rechtsbehelfsbelehrung, or an avis de
    cotisation foncière des entreprises."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    d = month() + timedelta(days=rng.randint(0, 20))
    unit = rng.choice(["Ground floor", "First floor", "Second floor", "Unit 2", "Mezzanine"])
    if lg == "de":
        unit = rng.choice(["EG", "1. OG", "2. OG", "Hinterhaus", "Halle 4"])
    if lg == "fr":
        unit = rng.choice(["Lot 1", "Lot 2", "RDC", "1er étage"])
    acct = serial(rng, rng.choice(["99999999", "Az. 99.999.999.9-999", "999 999 999 999"]))
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {acct}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Account no.", "Kassenzeichen", "Référence de l'avis"), acct),
            (tr(lg, "Property ref", "Aktenzeichen", "N° FIP"), serial(rng, "99999999999")),
        ],
    )
    year = d.year if d.month >= 3 else d.year - 1
    if lg == "en":
        caption(f, s, f"NON-DOMESTIC RATES DEMAND NOTICE {year}/{(year + 1) % 100}", 2)
        rv = rng.choice([14500, 23750, 38000, 51500])
        mult = 0.546 if rv >= 51000 else 0.499
        gross = rv * mult
        relief = gross * rng.choice([0.0, 0.0, 0.4, 0.75]) if rv < 51000 else 0.0
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Property", f"{unit}, {office_row()[1]}, {office_row()[2]}"),
                    (
                        "Description",
                        rng.choice(
                            ["Offices and premises", "Serviced office", "Workshop and premises"]
                        ),
                    ),
                    ("Rateable value", cash(rv, lg)),
                    ("Multiplier", f"{mult:.3f}"),
                    ("Gross charge", cash(gross, lg)),
                    (
                        "Retail, hospitality and leisure / small business rate relief",
                        "-" + cash(relief, lg),
                    ),
                    ("Net amount payable 1 April to 31 March", cash(gross - relief, lg)),
                ],
                w - m,
                s.size,
            )
            + 12
        )
        net = gross - relief
        rows = []
        for k in range(10):
            due = add_months(date(year, 4, 1), k)
            rows.append([short(due, lg), cash(net / 10, lg)])
        table(
            f,
            columns(m, m + 260, [(2, "left"), (1.4, "right")]),
            ["Instalment due", "Amount"],
            rows,
            s,
        )
        write(
            f,
            s,
            "Payment by Direct Debit on the 1st of the month. If you do not pay an "
            "instalment on time you will lose the right to pay by instalments.",
            s.size - 1,
        )
        notes = [
            "Non-Domestic Rates",
            "Rateable value",
            "Revaluation",
            "National non-domestic rating multiplier",
            "Business rates instalments",
            "Reliefs",
            "Small business rate relief",
            "Charitable rate relief",
            "Unoccupied property",
            "Hardship",
            "Rating advisers",
            "State aid",
            "Information supplied with demand notices",
        ]
        title = "Explanatory notes"
    elif lg == "de":
        caption(f, s, f"Grundbesitzabgabenbescheid {year}", 2)
        write(
            f,
            s,
            "Sehr geehrte Damen und Herren, für den nachstehenden Grundbesitz werden die "
            "folgenden Abgaben festgesetzt:",
            s.size,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Grundbesitz", f"{office_row()[1]}, {office_row()[2]} ({unit})"),
                    ("Messbetrag", money(rng.uniform(180, 900), lg) + " €"),
                    ("Hebesatz Grundsteuer B", f"{rng.choice([650, 695, 740, 850])} %"),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        gs = rng.uniform(2500, 9000)
        rows = [
            ["Grundsteuer B", cash(gs, lg)],
            ["Straßenreinigung", cash(rng.uniform(120, 600), lg)],
            ["Abfallentsorgung Gewerbe", cash(rng.uniform(300, 1400), lg)],
            ["Niederschlagswasser", cash(rng.uniform(150, 800), lg)],
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.4, "right")]),
            ["Abgabeart", "Jahresbetrag"],
            rows,
            s,
            rules=True,
        )
        net = gs
        write(
            f,
            s,
            "Fälligkeiten: 15.02., 15.05., 15.08. und 15.11. jeweils ein Viertel des "
            "Jahresbetrages.",
            s.size - 1,
        )
        notes = [
            "Rechtsbehelfsbelehrung",
            "Hinweise zur Zahlung",
            "Säumniszuschläge",
            "Datenschutz",
            "Grundsteuerreform",
            "Erlass wegen Ertragsminderung",
        ]
        title = "Rechtsbehelfsbelehrung und Erläuterungen"
    else:
        caption(f, s, f"AVIS DE COTISATION FONCIÈRE DES ENTREPRISES {year}", 2)
        base = rng.uniform(4000, 18000)
        taux = rng.choice([27.6, 31.2, 33.9])
        net = base * taux / 100
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Établissement", f"{office_row()[1]}, {office_row()[2]}"),
                    ("SIREN", serial(rng, "999 999 999")),
                    ("Base nette d'imposition", cash(base, lg)),
                    ("Taux communal et intercommunal", f"{taux:g} %".replace(".", ",")),
                    ("Cotisation", cash(net, lg)),
                    ("Frais de gestion", cash(net * 0.03, lg)),
                    ("Montant à payer", cash(net * 1.03, lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        write(
            f,
            s,
            f"Date limite de paiement : 15/12/{year}. Paiement en ligne sur "
            "impots.gouv.fr (espace professionnel).",
            s.size - 0.5,
        )
        rows = []
        notes = [
            "Comment est calculée votre CFE",
            "Base minimum",
            "Exonérations",
            "Dégrèvement plafonnement valeur ajoutée",
            "Réclamations",
            "Paiement",
        ]
        title = "Informations utiles"
    if lg == "fr" and rng.random() < 0.7:
        slip_rule(f.page, m, w - m, hh - m - 120, "TIP SEPA - à détacher")
        fields(
            f.page,
            s,
            m,
            hh - m - 108,
            w - 2 * m,
            [
                ("Référence", acct),
                ("Montant", cash(net * 1.03, lg)),
                ("Titulaire", OFFICE_NAME()),
                ("Date limite", f"15/12/{year}"),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = f.pages
    if rng.random() < 0.75:
        pages.append(small_print(rng, s, lg, title, notes, "terms"))
    remember(d, (h.name, unit))
    return close(
        pages,
        s,
        h,
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


def tpl_coffee_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """A coffee machine lease or rental agreement: sometimes a covering letter, the agreement
    with the equipment schedule, rentals and service plan; the terms; a direct debit mandate;
    the delivery and installation certificate signed on site."""
    h = head_of(who, "coffee", 0.12)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["LA-999999", "MV-2025-9999", "CL99999"]))
    rep = person(keyed(who, "rep"), lg)
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(mx(staff("gm"), lg)),
            d,
            [(tr(lg, "Agreement", "Vertrag", "Contrat"), no)],
        )
        write(f, s, salute(lg, mx(staff("gm"), lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for choosing us for your members' coffee. Please find "
                "enclosed your lease agreement. Kindly sign where marked, complete "
                "the Direct Debit instruction and return all pages in the envelope "
                "provided.",
                "vielen Dank für Ihr Vertrauen. Anbei erhalten Sie Ihren Mietvertrag. "
                "Bitte unterschreiben Sie an den markierten Stellen und senden Sie uns "
                "alle Seiten inkl. SEPA-Mandat zurück.",
                "Merci de votre confiance. Veuillez trouver ci-joint votre contrat de "
                "location, à nous retourner signé avec le mandat SEPA.",
            ),
        )
        write(f, s, prose(rng, lg, "space", 1, 2))
        regards(f, s, lg, rep, tr(lg, "Account Manager", "Kundenbetreuung", "Chargé(e) d'affaires"))
        pages += f.pages
    f = sheets(s, h, f"{h.name} - {no}")
    caption(
        f,
        s,
        tr(
            lg,
            "EQUIPMENT LEASE AGREEMENT",
            "MIETVERTRAG KAFFEEVOLLAUTOMAT",
            "CONTRAT DE LOCATION DE MATÉRIEL",
        ),
        3,
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Mieter", "Locataire"), OFFICE_NAME()),
            (tr(lg, "Agreement no.", "Vertrags-Nr.", "Contrat n°"), no),
            (
                tr(lg, "Installation address", "Aufstellort", "Lieu d'installation"),
                f"{office_row()[1]}, {office_row()[2]}",
            ),
            (tr(lg, "Term", "Laufzeit", "Durée"), tr(lg, "60 months", "48 Monate", "60 mois")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    machine = rng.choice(
        [
            "Franke A600 FM",
            "Jura GIGA X8c",
            "WMF 1500 S+",
            "Schaerer Coffee Soul",
            "Melitta Cafina XT6",
        ]
    )
    rows = [
        ["1", machine, serial(rng, "AA999999")],
        [
            "1",
            tr(lg, "Fridge unit 5 l", "Milchkühler 5 l", "Réfrigérateur lait 5 l"),
            serial(rng, "KU99999"),
        ],
        ["1", tr(lg, "Water filter kit", "Wasserfilter-Set", "Kit filtration eau"), "-"],
    ]
    if rng.random() < 0.4:
        rows.append(
            [
                "1",
                tr(lg, "Card payment reader", "Kartenterminal", "Lecteur de carte"),
                serial(rng, "PX999999"),
            ]
        )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (4, "left"), (1.6, "left")]),
        [
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Equipment", "Gerät", "Matériel"),
            tr(lg, "Serial no.", "Seriennummer", "N° de série"),
        ],
        rows,
        s,
        rules=True,
    )
    rent = rng.choice([79.0, 99.0, 129.0, 159.0])
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 6,
            [
                (
                    tr(
                        lg,
                        "Monthly rental (excl. VAT)",
                        "Monatliche Miete netto",
                        "Loyer mensuel HT",
                    ),
                    cash(rent, lg),
                ),
                (
                    tr(
                        lg,
                        "Service plan (parts, labour, 2 visits/yr)",
                        "Wartungsvertrag",
                        "Contrat de maintenance",
                    ),
                    cash(rng.choice([19.0, 29.0, 39.0]), lg),
                ),
                (
                    tr(lg, "Documentation fee", "Bearbeitungsgebühr", "Frais de dossier"),
                    cash(75.0, lg),
                ),
                (
                    tr(lg, "First payment", "Erste Zahlung", "Premier prélèvement"),
                    short(add_months(d, 1), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "The Hirer has read the terms overleaf and confirms the equipment is for "
            "business use only. This agreement cannot be cancelled during the minimum "
            "term.",
            "Der Mieter hat die umseitigen Bedingungen gelesen. Eine ordentliche "
            "Kündigung während der Grundmietzeit ist ausgeschlossen.",
            "Le locataire reconnaît avoir pris connaissance des conditions au verso. Le "
            "contrat est irrévocable pendant sa durée.",
        ),
        s.size - 1,
    )
    sign_pair(f, s, lg, (OFFICE_NAME(), staff("gm")), (h.name, rep), rng.random() < 0.5)
    pages += f.pages
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Terms and conditions of hire",
                "Allgemeine Mietbedingungen",
                "Conditions générales de location",
            ),
            TERMS_HEADS[lg],
            "terms",
        )
    )
    if rng.random() < 0.6:
        pages.append(mandate(rng, s, h, office_lines(), no))
    if rng.random() < 0.5:
        p = Page(A5)
        W, _H = A5
        y = heading(p, paper(s, A5, margin=34, pt=8.5), h)
        p.text(
            34,
            y,
            tr(
                lg,
                "Delivery & installation certificate",
                "Übergabe- und Installationsprotokoll",
                "Procès-verbal de livraison et d'installation",
            ),
            s.bold,
            10,
        )
        y += 20
        for t in [
            tr(
                lg,
                "Equipment delivered and installed",
                "Gerät geliefert und aufgestellt",
                "Matériel livré et installé",
            ),
            tr(
                lg,
                "Water supply connected and tested",
                "Wasseranschluss geprüft",
                "Raccordement eau testé",
            ),
            tr(
                lg,
                "Staff shown how to clean the machine",
                "Einweisung Reinigung erfolgt",
                "Formation au nettoyage faite",
            ),
            tr(
                lg,
                "Equipment in good working order",
                "Gerät funktionsfähig",
                "Matériel en bon état de marche",
            ),
        ]:
            box(p, 34, y, True, 8)
            p.text(48, y, fit(t, s.font, 8.5, W - 82), s.font, 8.5)
            y += 18
        y += 10
        hand(p, 34, y, f"{machine} - {rows[0][2]}", 9)
        y += 36
        p.line(34, y, 200, y)
        scrawl(p, 40, y - 4, staff(rng.choice(["gm", "cm"])), 11)
        p.text(
            34,
            y + 10,
            tr(lg, "Signed for the hirer", "Unterschrift Mieter", "Signature du locataire"),
            s.font,
            7,
        )
        hand(p, 230, y - 4, short(add_months(d, 1) - timedelta(days=rng.randint(2, 9)), lg), 9)
        pages.append(p)
    remember(d, h.name)
    return close(pages, s, h, numbers=rng.choice(["none", of_n(lg), h.numbers]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same member, job or visit."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "membership_agreement": tpl_membership_agreement,
    "house_rules_ack": tpl_house_rules_ack,
    "room_booking": tpl_room_booking,
    "room_invoice": tpl_room_invoice,
    "virtual_office": tpl_virtual_office,
    "fitout_quote": tpl_fitout_quote,
    "fitout_invoice": tpl_fitout_invoice,
    "landlord_demand": tpl_landlord_demand,
    "telecom_contract": tpl_telecom_contract,
    "telecom_bill": tpl_telecom_bill,
    "delivery_note": tpl_delivery_note,
    "furniture_invoice": tpl_furniture_invoice,
    "fire_alarm_cert": tpl_fire_alarm_cert,
    "emergency_lighting_cert": tpl_emergency_lighting_cert,
    "cleaning_agreement": tpl_cleaning_agreement,
    "event_hire": tpl_event_hire,
    "termination_notice": tpl_termination_notice,
    "deposit_return": tpl_deposit_return,
    "rates_bill": tpl_rates_bill,
    "coffee_lease": tpl_coffee_lease,
}
TEMPLATES_ZZZ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "house_rules_ack",
    "room_invoice",
    "telecom_bill",
    "delivery_note",
    "fitout_invoice",
    "landlord_demand",
    "rates_bill",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "membership_agreement": "house_rules_ack",
    "room_booking": "room_invoice",
    "fitout_quote": "fitout_invoice",
    "telecom_contract": "telecom_bill",
    "delivery_note": "furniture_invoice",
    "fire_alarm_cert": "emergency_lighting_cert",
    "termination_notice": "deposit_return",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_thimble_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One operator's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The operator
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OPERATORS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_ZZZ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_thimble_stream, "templates ZZZ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

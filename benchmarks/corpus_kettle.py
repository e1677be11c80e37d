"""Kettle part of the generated corpus: templates OOO, written blind for the next measurement.

A part of its own, ``kettle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
family-run campsite and holiday park with static caravans and chalets (the owning family, a
reception, a maintenance man and seasonal staff; in England, Germany or France) feeds through
its scanner in a month: the park's pitch and chalet booking confirmations (Buchungsbestätigung,
confirmation de réservation), sometimes with the booking terms or the directions on a second
page; the duplicate slips of its deposit receipt book; seasonal pitch and holiday home licence
agreements (Dauercamping-Vertrag, contrat de location d'emplacement) with the park rules and a
signature page; holiday home sale agreements with the specification, the inventory and
photographs of the unit; annual site fee invoices to the holiday home owners with a remittance
slip and the electricity readings; gas safety records for the caravans and chalets (landscape
record, Prüfbescheinigung G 607, attestation de contrôle gaz); electrical condition reports of
the hook-up pillars with observations and landscape schedules of test results; drinking and
pool water results from the local authority (Environmental Health, Gesundheitsamt, ARS) with
the covering letter and the laboratory sheets; the pool's weekly log sheets with hand entries
(Betriebstagebuch, carnet sanitaire); the council's letters about the caravan site licence
with the licence conditions (Betriebsgenehmigung, cahier de prescriptions de sécurité);
tourist board grading reports with the scores and action points (Klassifizierung, rapport de
contrôle de classement); cesspool and tanker emptying invoices with the drivers' tickets;
laundry and linen hire invoices with the delivery summary; wholesalers' delivery notes for the
site shop; LPG invoices with the delivery tickets; caravan clubs' rally bookings with the list
of units; guests' complaint letters and e-mails, with photographs now and then, and the park's
replies, some with a voucher; accident book records (BI 510, Verbandbuch, registre
d'accidents); seasonal workers' fixed-term contracts with the staff accommodation terms. Each
stream is one park's pile: the park (country, name, month, holiday home owners, units, staff)
is drawn once per stream; its outside senders are of the park's country and write in its
language, except that guests and caravan clubs are now and then from abroad and write in their
own (and a buyer of a holiday home or a seasonal worker may live abroad). Page sizes range
from narrow delivery tickets, receipt book slips and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page or the directions page of a booking confirmation; the park rules and the signature
page of a licence agreement; the specification, the inventory and the photographs of a sale
agreement; the remittance slip and the meter reading page of a site fee invoice; every page of
a gas safety record and of an electrical condition report; the covering letter and the
laboratory sheets of a water results letter; all weekly sheets of one pool log as the office
files it for the month; the conditions annexed to a site licence letter; every page of a
grading report; the drivers' tickets behind a tanker invoice and the delivery tickets behind an
LPG invoice; the delivery summary of a linen invoice; the continuation pages of a delivery
note; the list of units and the programme of a rally booking; the photographs a guest encloses
with a complaint; the voucher sent with the park's reply; the accommodation terms of a
seasonal contract. Related papers are documents of their own: the deposit receipt after the
booking confirmation, the park's reply after a guest's complaint, the licence agreement after
the sale agreement of a holiday home, the park's booking confirmation after a club's rally
booking; and so is each booking confirmation, deposit receipt, site fee invoice, gas safety
record, tanker invoice, linen invoice, delivery note, accident record and seasonal contract,
even when several from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking confirmations, deposit
receipts, site fee invoices, gas safety records, tanker invoices, linen invoices, delivery
notes, accident records and seasonal contracts often come 2-4 in a row from one sender with
other guests, owners, units, dates, numbers and amounts; and companions: each related paper
above often follows the document it answers, about the same guest, unit or club. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "kettle"`` and seeds offset by 6_600_000.

Usage: ``python benchmarks/corpus_kettle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/kettle/kettle_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "kettle"
SEED_OFFSET = 6_600_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
A6L = (148 * MM, 105 * MM)
TICKET = (80 * MM, 170 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the park and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
PARKS: dict[str, list[Row]] = {
    "en": [
        (
            "Hollybush Farm Holiday Park",
            "Coast Road, Widemouth Bay",
            "Bude EX23 0DF",
            "01288 361 204",
        ),
        ("Larkrise Caravan & Camping Park", "Steeple Lane", "Ludlow SY8 2QT", "01584 872 519"),
        ("Saltmarsh Sands Holiday Park", "Sea Lane", "Mablethorpe LN12 1PQ", "01507 473 880"),
    ],
    "de": [
        (
            "Campingplatz Seeblick Fam. Hagedorn",
            "Am Seeufer 12",
            "17192 Waren (Müritz)",
            "03991 66 21 40",
        ),
        (
            "Ferienpark Eichenhain GmbH & Co. KG",
            "Zum Eichenhain 3",
            "29690 Schwarmstedt",
            "05071 91 33 0",
        ),
        (
            "Camping am Kaiserstuhl - Familie Winterhalter",
            "Rheinstraße 44",
            "79361 Sasbach",
            "07642 40 17",
        ),
    ],
    "fr": [
        ("Camping Les Genêts d'Or", "Route de la Plage", "29120 Combrit", "02 98 56 33 81"),
        (
            "Camping Le Moulin du Roy",
            "Lieu-dit Le Moulin",
            "24200 Sarlat-la-Canéda",
            "05 53 29 47 10",
        ),
        ("Domaine de la Pinède SARL", "Chemin des Pins", "40200 Mimizan", "05 58 09 12 64"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "gas": {
        "en": [
            (
                "Tamar Gas & Heating Ltd",
                "Unit 4, Pennygillam Ind. Est.",
                "Launceston PL15 7ED",
                "01566 774 312",
            ),
            ("R. J. Bowden Gas Services", "27 Corve Street", "Ludlow SY8 1DA", "07789 204 551"),
            ("Wolds Gas Safe Engineers", "2 Station Yard", "Louth LN11 9AB", "01507 600 418"),
        ],
        "de": [
            (
                "Flüssiggas-Technik Brandl",
                "Gewerbestraße 9",
                "17192 Waren (Müritz)",
                "03991 12 07 66",
            ),
            ("Heizung-Sanitär-Gas Meinecke", "Lindenweg 22", "29690 Schwarmstedt", "05071 28 84"),
            ("Gas + Camping Service Roth", "Im Brühl 5", "79346 Endingen", "07642 92 55 0"),
        ],
        "fr": [
            (
                "Gaz Service Atlantique SARL",
                "ZA de Kerourvois",
                "29500 Ergué-Gabéric",
                "02 98 59 70 14",
            ),
            (
                "Périgord Chauffage Gaz",
                "12 avenue de Selves",
                "24200 Sarlat-la-Canéda",
                "05 53 31 08 42",
            ),
            ("Landes Gaz Maintenance", "ZI de Pontenx", "40200 Mimizan", "05 58 07 21 93"),
        ],
    },
    "electric": {
        "en": [
            (
                "Pengelly Electrical Contractors Ltd",
                "Hayle Industrial Park",
                "Hayle TR27 5JR",
                "01736 752 090",
            ),
            ("Marches Electrical Testing", "8 Old Street", "Ludlow SY8 1NP", "01584 876 213"),
            (
                "Eastcoast Electrical (NICEIC) Ltd",
                "Hadley Road",
                "Skegness PE25 2RA",
                "01754 765 443",
            ),
        ],
        "de": [
            (
                "Elektro Wiechmann GmbH",
                "Industriestraße 17",
                "17192 Waren (Müritz)",
                "03991 73 40 0",
            ),
            ("Elektrotechnik Lühmann", "Hauptstraße 61", "29690 Buchholz (Aller)", "05071 92 60 3"),
            ("Elektro-Kaltenbach GmbH", "Bahnhofstraße 2", "79361 Sasbach", "07642 83 10"),
        ],
        "fr": [
            (
                "Électricité Le Bihan & Fils",
                "14 rue de Pont-l'Abbé",
                "29120 Combrit",
                "02 98 51 90 27",
            ),
            ("Sarlat Élec Services", "Zone du Pontet", "24200 Sarlat-la-Canéda", "05 53 59 02 35"),
            (
                "Bureau de contrôle Socotec Landes",
                "4 rue du Pays Basque",
                "40000 Mont-de-Marsan",
                "",
            ),
        ],
    },
    "health": {
        "en": [
            (
                "Cornwall Council - Environmental Health",
                "Pydar House, Pydar Street",
                "Truro TR1 1XU",
                "0300 1234 212",
            ),
            (
                "Shropshire Council - Regulatory Services",
                "Shirehall, Abbey Foregate",
                "Shrewsbury SY2 6ND",
                "0345 678 9067",
            ),
            (
                "East Lindsey District Council - Environmental Health",
                "The Hub, Mareham Road",
                "Horncastle LN9 6PH",
                "01507 601 111",
            ),
        ],
        "de": [
            (
                "Landkreis Mecklenburgische Seenplatte - Gesundheitsamt",
                "Platanenstraße 43",
                "17033 Neubrandenburg",
                "",
            ),
            (
                "Landkreis Heidekreis - Gesundheitsamt",
                "Vogteistraße 19",
                "29683 Bad Fallingbostel",
                "",
            ),
            (
                "Landratsamt Emmendingen - Gesundheitsamt",
                "Bahnhofstraße 2-4",
                "79312 Emmendingen",
                "",
            ),
        ],
        "fr": [
            (
                "Agence Régionale de Santé Bretagne - Délégation départementale du Finistère",
                "5 venelle de Kergos",
                "29324 Quimper Cedex",
                "",
            ),
            (
                "ARS Nouvelle-Aquitaine - Délégation départementale de la Dordogne",
                "Cité administrative",
                "24016 Périgueux Cedex",
                "",
            ),
            (
                "ARS Nouvelle-Aquitaine - Délégation départementale des Landes",
                "Cité Galliane",
                "40011 Mont-de-Marsan Cedex",
                "",
            ),
        ],
    },
    "licensing": {
        "en": [
            (
                "Cornwall Council - Licensing (Caravan Sites)",
                "Dolcoath Avenue",
                "Camborne TR14 8SX",
                "0300 1234 212",
            ),
            (
                "Shropshire Council - Housing Enforcement and Caravan Sites",
                "Shirehall, Abbey Foregate",
                "Shrewsbury SY2 6ND",
                "",
            ),
            (
                "East Lindsey District Council - Caravan Site Licensing",
                "The Hub, Mareham Road",
                "Horncastle LN9 6PH",
                "",
            ),
        ],
        "de": [
            (
                "Landkreis Mecklenburgische Seenplatte - Bauordnungsamt",
                "Platanenstraße 43",
                "17033 Neubrandenburg",
                "",
            ),
            (
                "Landkreis Heidekreis - Bauaufsicht",
                "Vogteistraße 19",
                "29683 Bad Fallingbostel",
                "",
            ),
            (
                "Landratsamt Emmendingen - Baurechtsamt",
                "Bahnhofstraße 2-4",
                "79312 Emmendingen",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture du Finistère - Service interministériel de défense et de protection "
                "civiles",
                "42 boulevard Dupleix",
                "29320 Quimper Cedex",
                "",
            ),
            (
                "Mairie de Sarlat-la-Canéda - Service urbanisme",
                "Place de la Liberté",
                "24200 Sarlat-la-Canéda",
                "",
            ),
            (
                "Préfecture des Landes - Direction des sécurités",
                "24-26 rue Victor Hugo",
                "40021 Mont-de-Marsan Cedex",
                "",
            ),
        ],
    },
    "grading": {
        "en": [
            (
                "VisitEngland Quality Assessment Services",
                "4th Floor, 10 Bloomsbury Way",
                "London WC1A 2SL",
                "",
            ),
            (
                "Quality in Tourism - Parks Assessment",
                "Fowler House, Hartley Business Park",
                "Alton GU34 5GN",
                "",
            ),
        ],
        "de": [
            (
                "BVCD Bundesverband der Campingwirtschaft - Klassifizierung",
                "Kurfürstendamm 31",
                "10719 Berlin",
                "",
            ),
            (
                "DTV Service GmbH - Sterne-Klassifizierung Camping",
                "Schillstraße 9",
                "10785 Berlin",
                "",
            ),
        ],
        "fr": [
            (
                "Bureau Veritas Exploitation - Classement hébergements touristiques",
                "8 cours du Triangle",
                "92800 Puteaux",
                "",
            ),
            (
                "Qualitour Contrôle SAS - organisme accrédité COFRAC",
                "15 rue des Arts",
                "33000 Bordeaux",
                "",
            ),
        ],
    },
    "waste": {
        "en": [
            ("Kernow Tanker Services Ltd", "Trenoweth Yard", "Redruth TR15 3AE", "01209 218 640"),
            ("Teme Valley Drainage", "Bromfield Road", "Ludlow SY8 1ES", "01584 875 332"),
            ("Fenland Liquid Waste Ltd", "Marsh Road", "Boston PE21 7TX", "01205 352 910"),
        ],
        "de": [
            (
                "Grubenentleerung & Kanalservice Dittmann",
                "Am Bauhof 4",
                "17192 Waren (Müritz)",
                "03991 63 38 5",
            ),
            ("Heide-Entsorgung Krüger GmbH", "Industriering 11", "29664 Walsrode", "05161 48 20 0"),
            ("Kanal-Müller Abwassertechnik", "Gewerbepark 7", "79331 Teningen", "07641 92 91 0"),
        ],
        "fr": [
            (
                "Vidange Assainissement Kerjean",
                "ZA de Lanvern",
                "29720 Plonéour-Lanvern",
                "02 98 87 64 10",
            ),
            (
                "SARL Aqua Vidange Périgord",
                "Route de Vitrac",
                "24200 Sarlat-la-Canéda",
                "05 53 28 19 55",
            ),
            ("Landes Assainissement Services", "ZA du Born", "40200 Mimizan", "05 58 82 44 07"),
        ],
    },
    "laundry": {
        "en": [
            (
                "Atlantic Linen Services Ltd",
                "Kernick Industrial Estate",
                "Penryn TR10 9EW",
                "01326 372 818",
            ),
            ("Marches Laundry & Linen Hire", "Parkway", "Leominster HR6 0LD", "01568 612 404"),
            ("Eastgate Linen Ltd", "Grimsby Road", "Louth LN11 0SX", "01507 604 002"),
        ],
        "de": [
            (
                "Wäscherei Blütenweiß GmbH",
                "Rostocker Straße 88",
                "17192 Waren (Müritz)",
                "03991 16 86 20",
            ),
            ("Textilservice Heide-Wäsche", "Celler Straße 40", "29614 Soltau", "05191 98 31 0"),
            ("Mietwäsche Breisgau GmbH", "Hanferstraße 12", "79108 Freiburg", "0761 50 33 88"),
        ],
        "fr": [
            ("Blanchisserie de l'Odet", "ZA de Kerdroniou", "29000 Quimper", "02 98 52 11 76"),
            (
                "Linge Service Périgord",
                "Zone de Madrazès",
                "24200 Sarlat-la-Canéda",
                "05 53 30 44 18",
            ),
            ("Blanchisserie Côte d'Argent", "Avenue de la Gare", "40200 Mimizan", "05 58 09 85 30"),
        ],
    },
    "wholesale": {
        "en": [
            (
                "Westcountry Foodservice Ltd",
                "Threemilestone Ind. Est.",
                "Truro TR4 9LD",
                "01872 272 900",
            ),
            ("Chelston Cash & Carry", "Bath Road", "Hereford HR1 2NS", "01432 353 871"),
            ("Lincs Wholesale Grocers Ltd", "Boston Road", "Sleaford NG34 7HG", "01529 410 606"),
        ],
        "de": [
            (
                "Nordfrisch Großhandel GmbH",
                "Hafenstraße 30",
                "17033 Neubrandenburg",
                "0395 56 90 0",
            ),
            ("Hansa C+C Großmarkt", "Ohestraße 5", "29664 Walsrode", "05161 60 05 0"),
            ("Breisgau Getränke & Lebensmittel GmbH", "Zähringer Straße 8", "79108 Freiburg", ""),
        ],
        "fr": [
            ("Distri-Ouest Cash", "ZA de l'Hippodrome", "29000 Quimper", "02 98 95 40 88"),
            (
                "Comptoir Alimentaire du Périgord",
                "Route de Bordeaux",
                "24000 Périgueux",
                "05 53 08 66 71",
            ),
            ("Landes Distribution Alimentaire", "ZI Lapeyre", "40100 Dax", "05 58 74 20 13"),
        ],
    },
    "lpg": {
        "en": [
            ("Westgas LPG Ltd", "Wheal Rose", "Scorrier TR16 5DF", "0800 318 2201"),
            (
                "Tri-County Propane",
                "Unit 9, Bromfield Ind. Est.",
                "Ludlow SY8 2JJ",
                "01584 879 100",
            ),
        ],
        "de": [
            ("Nordgas Flüssiggas GmbH", "Tanklager 2", "18146 Rostock", "0381 66 59 0"),
            ("Südflüssiggas Breisgau KG", "Im Gewerbegebiet 14", "79331 Teningen", "07641 58 92 0"),
        ],
        "fr": [
            ("Propagaz Ouest", "Zone portuaire", "29200 Brest", "09 70 82 44 10"),
            ("Sud-Ouest Propane SAS", "ZI de Bersol", "33600 Pessac", "05 56 36 71 02"),
        ],
    },
    "club": {
        "en": [
            (
                "Severn Vale Caravan Rally Association",
                "c/o 14 Orchard Close",
                "Tewkesbury GL20 5QP",
                "",
            ),
            (
                "Motorhome Fellowship - East Midlands Group",
                "c/o 3 The Paddocks",
                "Newark NG24 2XT",
                "",
            ),
            (
                "Trailblazers Camping Club - Devon District",
                "c/o 22 Fore Street",
                "Okehampton EX20 1HB",
                "",
            ),
        ],
        "de": [
            (
                "Deutscher Camping-Club e.V. - Landesverband Nord",
                "Mandlstraße 28",
                "80802 München",
                "",
            ),
            ("Wohnmobilfreunde Hannover e.V.", "Postfach 31 02 11", "30539 Hannover", ""),
            ("Caravan-Club Rhein-Neckar e.V.", "Schwetzinger Straße 80", "68165 Mannheim", ""),
        ],
        "fr": [
            ("Fédération des Caravaniers de l'Ouest", "BP 1204", "44012 Nantes Cedex", ""),
            ("Camping-Car Club de la Loire", "12 rue de la Roë", "49100 Angers", ""),
            ("Amicale Campeurs et Caravaniers d'Alsace", "3 place Kléber", "67000 Strasbourg", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Gary",
        "Hannah",
        "Richard",
        "Karen",
        "Tom",
        "Fiona",
        "Neil",
        "Joanne",
        "Craig",
    ],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Uwe",
        "Katrin",
        "Michael",
        "Sabine",
        "Jens",
        "Petra",
        "Dirk",
        "Heike",
        "Lars",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Camille",
        "Thierry",
        "Sandrine",
        "Nicolas",
        "Isabelle",
        "Hugo",
        "Martine",
        "Yann",
        "Élodie",
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Trewin",
        "Bennett",
        "Pascoe",
        "Gallagher",
        "Thornton",
        "Moss",
        "Rowe",
        "Hughes",
        "Dawson",
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
        "Brandt",
        "Lange",
    ],
    "fr": [
        "Lefèvre",
        "Le Goff",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Benali",
        "Roux",
        "Perrin",
        "Tanguy",
        "Lacoste",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Karen",
    "Fiona",
    "Joanne",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Petra",
    "Heike",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Isabelle",
    "Martine",
    "Élodie",
}
ROADS = {
    "en": [
        "Mill Lane",
        "Church Road",
        "Victoria Street",
        "The Crescent",
        "Oak Avenue",
        "Station Road",
    ],
    "de": ["Lindenstraße", "Am Markt", "Bergstraße", "Schulweg", "Gartenstraße", "Kirchplatz"],
    "fr": [
        "rue des Écoles",
        "avenue Jean Jaurès",
        "rue de la Gare",
        "allée des Tilleuls",
        "rue Pasteur",
    ],
}
TOWNS = {
    "en": [
        "Birmingham B17 9PL",
        "Leicester LE2 3FD",
        "Swindon SN3 1RT",
        "Reading RG4 8EX",
        "Derby DE22 1HQ",
        "Stockport SK4 2LN",
    ],
    "de": [
        "30159 Hannover",
        "10437 Berlin",
        "40210 Düsseldorf",
        "04109 Leipzig",
        "70190 Stuttgart",
        "22765 Hamburg",
    ],
    "fr": [
        "75011 Paris",
        "69003 Lyon",
        "44000 Nantes",
        "59000 Lille",
        "67000 Strasbourg",
        "45000 Orléans",
    ],
}

TALK = {
    "en": {
        "camp": "pitch awning hook-up arrival departure reception site park shower block "
        "facilities dogs vehicles gate barrier quiet hours lake play area season booking",
        "legal": "licensee park owner pitch fee holiday home agreement terms notice termination "
        "rules insurance sub-letting season occupation residence liability assignment",
        "tech": "inspection installation appliance flue ventilation pipework test readings "
        "pillar socket earthing bonding circuit defect remedial recommendation satisfactory",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "gripe": "shower cold dirty noise neighbours reception staff chalet bed damp smell "
        "pitch muddy refund disappointed holiday children toilets broken booked promised",
        "water": "sample supply tap bacteria coliforms chlorine parameter result compliance "
        "treatment disinfection tank borehole laboratory regulation monitoring",
    },
    "de": {
        "camp": "Stellplatz Vorzelt Stromanschluss Anreise Abreise Rezeption Platz Sanitärgebäude "
        "Duschen Hunde Fahrzeuge Schranke Mittagsruhe Nachtruhe See Spielplatz Saison Buchung",
        "legal": "Mieter Platzbetreiber Stellplatz Pachtzins Mobilheim Vertrag Bedingungen "
        "Kündigung Platzordnung Versicherung Untervermietung Saison Nutzung Haftung",
        "tech": "Prüfung Anlage Gerät Abgasführung Belüftung Leitungen Dichtheit Messwerte "
        "Verteiler Steckdose Erdung Potentialausgleich Stromkreis Mangel Instandsetzung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "gripe": "Dusche kalt schmutzig Lärm Nachbarn Rezeption Personal Mobilheim Bett feucht "
        "Geruch Stellplatz matschig Erstattung enttäuscht Urlaub Kinder Toiletten defekt",
        "water": "Probe Versorgung Zapfstelle Bakterien coliforme Chlor Parameter Ergebnis "
        "Grenzwert Aufbereitung Desinfektion Behälter Brunnen Labor Trinkwasserverordnung",
    },
    "fr": {
        "camp": "emplacement auvent branchement électrique arrivée départ accueil camping "
        "sanitaires douches chiens véhicules barrière calme piscine aire de jeux saison séjour",
        "legal": "locataire exploitant emplacement redevance résidence mobile contrat conditions "
        "résiliation règlement intérieur assurance sous-location saison occupation responsabilité",
        "tech": "vérification installation appareil conduit ventilation tuyauterie étanchéité "
        "mesures borne prise terre liaison circuit anomalie travaux recommandation conforme",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "gripe": "douche froide sale bruit voisins accueil personnel mobil-home lit humidité "
        "odeur emplacement boue remboursement déçus vacances enfants toilettes cassé promis",
        "water": "prélèvement réseau robinet bactéries coliformes chlore paramètre résultat "
        "conformité traitement désinfection réservoir forage laboratoire contrôle sanitaire",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "camp", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "camp", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The park of a stream: country, month, owners, units, staff
# ---------------------------------------------------------------------------------------------

PARK: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 6, 1)}


@dataclass
class Unit:
    """A static caravan, chalet or mobile home on a pitch, and its owner (or the park)."""

    pitch: str
    kind: str  # caravan | chalet
    make: str
    model: str
    year: int
    serial: str
    owner: str  # "" when the park lets it out itself
    owner_lines: list[str]


UNITS: list[Unit] = []
STAFF: dict[str, str] = {}
#: What the previous document was about (a companion takes up the same guest, unit or club).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}

MAKES = {
    "en": [
        ("Willerby", ["Avonmore", "Sierra", "Linwood"]),
        ("ABI", ["Beverley", "Keswick"]),
        ("Swift", ["Bordeaux", "Moselle"]),
        ("Atlas", ["Debut", "Everglade"]),
        ("Pemberton", ["Marlow", "Rivendale"]),
        ("Carnaby", ["Oakdale", "Glenmoor"]),
    ],
    "de": [
        ("O'Hara", ["Atlantique 2", "Vacances 784"]),
        ("IRM", ["Super Mercure", "Titania"]),
        ("Louisiane", ["Florida", "Ohio"]),
        ("Rapidhome", ["Lodge 94", "Elite 53"]),
        ("Tabbert", ["Mobilheim 750", "Cellini"]),
    ],
    "fr": [
        ("O'Hara", ["Atlantique 2", "Vacances 784"]),
        ("IRM", ["Super Mercure", "Titania"]),
        ("Louisiane", ["Florida", "Ohio", "Grand Bahamas"]),
        ("Trigano", ["Évasion", "Loggia"]),
        ("Rideau", ["Cottage Confort", "Duo"]),
    ],
}


def lang() -> str:
    return str(PARK["lang"])


def month() -> date:
    m = PARK["month"]
    assert isinstance(m, date)
    return m


def park_row() -> Row:
    return PARKS[lang()][int(PARK["row"])]  # type: ignore[call-overload]


def park_name() -> str:
    return park_row()[0]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's park and ``key``: a run or a repeat keeps its
    sender."""
    text = f"kettle/{key}/{who.name}/{who.street}/{who.city}/{PARK['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def person(rng: random.Random, lg: str) -> str:
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def mx(name: str, lg: str) -> str:
    """``name`` with its title: Mrs/Mr, Frau/Herr, Madame/Monsieur (French surnames in capitals)."""
    female = name.split()[0] in FEMALE
    first, _, last = name.partition(" ")
    if lg == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lg == "fr":
        return f"{'Madame' if female else 'Monsieur'} {first} {last.upper()}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def dear(name: str, lg: str) -> str:
    female = name.split()[0] in FEMALE
    last = name.partition(" ")[2]
    if lg == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lg == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Mrs' if female else 'Mr'} {last},"


def home_lines(rng: random.Random, lg: str, name: str) -> list[str]:
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 140)
    return [mx(name, lg), f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])]


def a_unit(r: random.Random, lg: str, k: int) -> Unit:
    make, models = r.choice(MAKES[lg])
    chalet = r.random() < 0.25
    own = r.random() < 0.7
    name = person(r, lg) if own else ""
    pitch = {
        "en": f"{r.randint(1, 86)}",
        "de": f"{r.randint(1, 140)}",
        "fr": f"{r.randint(1, 120)}",
    }[lg]
    return Unit(
        pitch=pitch,
        kind="chalet" if chalet else "caravan",
        make="Lodge" if chalet and lg == "en" else make,
        model=r.choice(["Kingfisher", "Heron", "Skylark", "Oak"]) if chalet else r.choice(models),
        year=r.randint(2004, 2023),
        serial=serial(r, {"en": "AAA99999", "de": "9999-AA-999", "fr": "AA 99999"}[lg]),
        owner=name,
        owner_lines=home_lines(r, lg, name) if own else [],
    )


def owned_units() -> list[Unit]:
    return [u for u in UNITS if u.owner] or UNITS


def unit_word(u: Unit, lg: str) -> str:
    if u.kind == "chalet":
        return tr(lg, "Lodge", "Chalet", "Chalet")
    return tr(lg, "Holiday home", "Mobilheim", "Mobil-home")


def pitch_word(lg: str) -> str:
    return tr(lg, "Pitch", "Stellplatz", "Emplacement")


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
    look: str  # band | centred | letter | boxed | plain | side | official | park
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
TRADE = {
    "gas": ("Gas Safe registered engineers", "Flüssiggas - Heizung - Sanitär", "Gaz - Chauffage"),
    "electric": (
        "Electrical contractors - testing",
        "Elektroinstallation - E-Check",
        "Électricité générale",
    ),
    "waste": (
        "Cesspool & septic tank emptying",
        "Gruben- und Kanalreinigung",
        "Vidange - Assainissement",
    ),
    "laundry": (
        "Linen hire & laundry",
        "Mietwäsche - Wäscherei",
        "Location de linge - Blanchisserie",
    ),
    "wholesale": ("Wholesale grocers", "Lebensmittel-Großhandel", "Grossiste alimentaire"),
    "lpg": ("LPG - propane - butane", "Flüssiggas - Propan", "Propane - Butane"),
    "park": (
        "Touring - camping - holiday homes",
        "Camping - Mobilheime - Ferienhäuser",
        "Camping - Mobil-homes - Chalets",
    ),
}


def legal_lines(r: random.Random, name: str, lg: str, role: str) -> list[str]:
    if role in ("health", "licensing", "club", "grading", "guest"):
        return []
    if lg == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank'])} - IBAN DE{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Registergericht Amtsgericht HRA/HRB {r.randint(1000, 9999)} - "
                f"Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lg == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['5530Z', '4322B', '3700Z', '9601A', '4639B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lg: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"kettle/head/{name}/{PARK['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    if role == "park":
        host = "".join(
            c for c in name.lower().replace("camping", "") if c.isalpha() and c.isascii()
        )[:14]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lg]
    looks = LOOKS
    if role in ("health", "licensing"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "park":
        looks = ["park", "park", "centred", "side"]
    elif role == "club":
        looks = ["plain", "centred", "boxed"]
    return Head(
        name=name,
        lang=lg,
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
        foot=legal_lines(r, name, lg, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lg]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["short"] if lg == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'enquiries', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def park_head() -> Head:
    return make_head(park_row(), lang(), "park")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and park), of the park's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lg = lang()
    if r.random() < abroad:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return make_head(r.choice(SENDERS[role][lg]), lg, role)


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
    """A circle drawn as a polygon (seals, round stamps, logos)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")


def tent(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """The park's logo: a tent under a tree and a sun, in lines."""
    p.line(x, y + 24 * k, x + 16 * k, y)
    p.line(x + 16 * k, y, x + 32 * k, y + 24 * k)
    p.line(x - 2 * k, y + 24 * k, x + 34 * k, y + 24 * k)
    p.line(x + 16 * k, y + 24 * k, x + 16 * k, y + 10 * k)
    p.line(x + 16 * k, y + 10 * k, x + 11 * k, y + 24 * k)
    ring(p, x + 32 * k, y + 2 * k, 4 * k, 14)
    p.rect(x - 10 * k, y + 8 * k, 2.5 * k, 16 * k, fill=0.3)
    ring(p, x - 8.8 * k, y + 6 * k, 6 * k, 14)


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = TRADE.get(h.role, ("", "", ""))
    line2 = tr(h.lang, *trade) if trade[0] else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 32, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
    if h.look == "park":
        tent(p, m + 12, y - 14, 1.1)
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m - 60)
        p.text(m + 56, y + 2, h.name, h.bold, pt)
        it = italic_of(h.font)
        p.text(m + 56, y + 14, fit(line2, it, 8, w - 2 * m - 60), it, 8)
        p.text(m + 56, y + 24, fit(f"{where}  {contact}", h.font, 7, w - 2 * m - 60), h.font, 7)
        p.line(m, y + 31, w - m, y + 31)
        return y + 52
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
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if line2 else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
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
    """Pages without letterhead (annexes, rules, schedules); ``header`` on the later ones."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the park's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = lang()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Reception", "Accounts"],
                        "de": ["Büro", "Rezeption", "Buchhaltung"],
                        "fr": ["Bureau", "Accueil", "Compta"],
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
        f.page,
        s,
        h if h.look in ("plain", "band", "letter", "official", "park") else None,
        y0,
        lines,
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


def regards(f: Sheets, s: Style, lg: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
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


def staff_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"kettle/staff/{tag}/{h.name}/{PARK['seed']}".encode()))
    return person(r, h.lang)


def park_lines(att: str = "") -> list[str]:
    n, st, town, _ = park_row()
    return [n, *([att] if att else []), st, town]


def unmoney(text: str, lg: str) -> float:
    """The value of an amount written by :func:`corpus_kit.money` in ``lg``."""
    if lg == "en":
        return float(text.replace(",", ""))
    return float(text.replace(".", "").replace(" ", "").replace(",", "."))


def vat_rate(lg: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "") -> float:
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


def sign_boxes(
    p: Page, s: Style, y: float, who: list[tuple[str, str]], d: date | None, lg: str
) -> float:
    """Side-by-side signature boxes, each with the role above and the name below; a hand
    signature and date in those with a name."""
    w, _ = p.size
    m = s.margin
    n = len(who)
    bw = (w - 2 * m - 12 * (n - 1)) / n
    for k, (role, name) in enumerate(who):
        x = m + k * (bw + 12)
        p.text(x, y, fit(role, s.bold, s.size - 1, bw), s.bold, s.size - 1)
        p.rect(x, y + 6, bw, 50)
        if name:
            scrawl(p, x + 10, y + 38, name)
            if d is not None:
                hand(p, x + bw - 70, y + 50, short(d, lg), 8)
        p.text(x, y + 68, fit(name or "", s.font, s.size - 1.5, bw), s.font, s.size - 1.5)
    return y + 84


# ---------------------------------------------------------------------------------------------
# Templates OOO: the park's own papers to guests and owners
# ---------------------------------------------------------------------------------------------

STAYS = {
    "en": [
        ("Hardstanding pitch, 16A hook-up", 31.0, False),
        ("Grass pitch with electric hook-up", 26.0, False),
        ("Tent pitch (no hook-up)", 19.0, False),
        ("Serviced pitch (water, waste, TV point)", 36.0, False),
        ("Caravan holiday home 'Bronze' 2 bed", 62.0, True),
        ("Lodge 'Heron' 3 bed, hot tub", 128.0, True),
    ],
    "de": [
        ("Komfortstellplatz mit Strom (16 A)", 29.0, False),
        ("Wiesenstellplatz mit Stromanschluss", 24.5, False),
        ("Zeltwiese (ohne Strom)", 17.0, False),
        ("Mobilheim 'Seerose' (4 Pers.)", 74.0, True),
        ("Ferienhaus 'Birke' (6 Pers.)", 112.0, True),
    ],
    "fr": [
        ("Emplacement confort (électricité 10 A)", 32.0, False),
        ("Emplacement nature", 22.0, False),
        ("Emplacement tente", 18.5, False),
        ("Mobil-home Cottage 2 ch. (4 pers.)", 79.0, True),
        ("Chalet Bois 3 ch. (6 pers.)", 118.0, True),
    ],
}
TOURIST_TAX = {"en": 0.0, "de": 2.20, "fr": 0.66}


def a_guest(rng: random.Random, abroad: float = 0.15) -> tuple[str, str, list[str]]:
    """A guest: name, language and address (now and then from abroad)."""
    lg = lang()
    if rng.random() < abroad:
        lg = rng.choice([x for x in ("en", "de", "fr") if x != lg])
    name = person(rng, lg)
    return name, lg, home_lines(rng, lg, name)


def directions_page(rng: random.Random, s: Style, h: Head) -> Page:
    """A 'how to find us' page: a sketch map of roads and the park, and the directions."""
    lg = h.lang
    w, _hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(m, m, tr(lg, "How to find us", "Anfahrt", "Plan d'accès"), s.bold, s.size + 6)
    x0, y0, mw, mh = m, m + 20, w - 2 * m, 260.0
    p.rect(x0, y0, mw, mh)
    for _ in range(4):
        if rng.random() < 0.5:
            yy = y0 + rng.uniform(20, mh - 20)
            p.line(x0, yy, x0 + mw, yy + rng.uniform(-30, 30))
        else:
            xx = x0 + rng.uniform(20, mw - 20)
            p.line(xx, y0, xx + rng.uniform(-40, 40), y0 + mh)
    px, py = x0 + rng.uniform(60, mw - 120), y0 + rng.uniform(40, mh - 80)
    p.rect(px, py, 70, 40, fill=0.75)
    p.text(px + 35, py + 24, "P", "Helvetica-Bold", 14, "center")
    p.text(px + 35, py + 54, fit(h.name, s.font, 7, 150), s.font, 7, "center")
    for t in rng.sample(["A39", "B192", "D44", "A30", "B3", "D57", "A16"], 2):
        p.text(x0 + rng.uniform(20, mw - 40), y0 + rng.uniform(15, mh - 10), t, "Helvetica-Bold", 8)
    p.text(x0 + mw - 14, y0 + 18, "N", "Helvetica-Bold", 10, "center")
    p.line(x0 + mw - 14, y0 + 22, x0 + mw - 14, y0 + 40)
    y = y0 + mh + 24
    for k in range(rng.randint(4, 6)):
        for ln in wrap(f"{k + 1}. {words(rng, lg, 'camp')}", s.font, s.size, w - 2 * m):
            p.text(m, y, ln, s.font, s.size)
            y += s.size * 1.35
        y += 3
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Sat nav:", "Navi:", "GPS :") + f" {rng.uniform(43, 54):.5f} N, "
        f"{rng.uniform(-5, 13):.5f} E",
        s.bold,
        s.size,
    )
    return p


def tpl_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's booking confirmation to a guest (pitch, holiday home or lodge), with the
    charges, the deposit paid and the balance due; now and then the booking terms or the
    directions on a second page. A4 or A5."""
    h = park_head()
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    a5 = size == A5
    s = style_of(h, size, margin=34 if a5 else 0, pt=8 if a5 else 0)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    name, glg, lines = a_guest(rng)
    arrive = d + timedelta(days=rng.randint(10, 150))
    nights = rng.choice([2, 3, 4, 7, 7, 10, 14])
    stay, rate, let = rng.choice(STAYS[lg])
    adults, kids = rng.choice([1, 2, 2, 2, 3, 4]), rng.choice([0, 0, 1, 2, 3])
    dogs = rng.choice([0, 0, 0, 1, 2])
    ex = LAST["extra"]
    if (
        after(("rally_booking",))
        and isinstance(ex, tuple)
        and len(ex) == 6
        and isinstance(LAST["day"], date)
    ):
        # The park's confirmation of a club's rally booking, to the rally secretary.
        name, glg, lines, units, arrive, nights = ex
        d = LAST["day"] + timedelta(days=rng.randint(2, 10))
        stay = tr(
            lg,
            f"Rally field - {units} units",
            f"Gruppenwiese - {units} Stellplätze",
            f"Aire de groupe - {units} emplacements",
        )
        rate, let = round(units * rng.choice([14.0, 16.0, 18.5]), 2), False
        adults, kids, dogs = 2 * units, 0, 0
    ref = serial(rng, rng.choice(["B99999", "99999", "RES-9999"]))
    f = sheets(s, h, f"{tr(lg, 'Booking', 'Buchung', 'Réservation')} {ref}")
    recipient(
        f, s, h, lines, d, [(tr(lg, "Booking ref", "Buchungs-Nr.", "N° de réservation"), ref)]
    )
    caption(
        f,
        s,
        tr(lg, "BOOKING CONFIRMATION", "BUCHUNGSBESTÄTIGUNG", "CONFIRMATION DE RÉSERVATION"),
        3,
    )
    write(
        f,
        s,
        dear(name, lg)
        + " "
        + tr(
            lg,
            "thank you for your booking. We are pleased to confirm the following:",
            "vielen Dank für Ihre Buchung. Hiermit bestätigen wir verbindlich:",
            "nous vous remercions de votre réservation et vous confirmons :",
        ),
    )
    leave = arrive + timedelta(days=nights)
    items = [
        (
            tr(lg, "Arrival", "Anreise", "Arrivée"),
            f"{day(h, arrive)} {tr(lg, 'from 2 pm', 'ab 14 Uhr', 'à partir de 15h')}",
        ),
        (
            tr(lg, "Departure", "Abreise", "Départ"),
            f"{day(h, leave)} {tr(lg, 'by 11 am', 'bis 11 Uhr', 'avant 10h')}",
        ),
        (tr(lg, "Accommodation", "Unterkunft", "Hébergement"), stay),
        (
            tr(lg, "Party", "Personen", "Participants"),
            f"{adults} {tr(lg, 'adults', 'Erw.', 'adultes')}, {kids} "
            f"{tr(lg, 'children', 'Kinder', 'enfants')}"
            + (f", {dogs} {tr(lg, 'dog(s)', 'Hund(e)', 'chien(s)')}" if dogs else ""),
        ),
    ]
    if not let and "Rally" not in stay and "Gruppe" not in stay and "groupe" not in stay:
        items.append(
            (
                tr(lg, "Unit", "Fahrzeug", "Équipement"),
                rng.choice(
                    [
                        tr(lg, "Caravan + car", "Wohnwagen + Pkw", "Caravane + voiture"),
                        tr(lg, "Motorhome", "Wohnmobil", "Camping-car"),
                        tr(lg, "Tent + car", "Zelt + Pkw", "Tente + voiture"),
                    ]
                ),
            )
        )
    f.y = pairs(f.page, s, m, f.y, items, w - m) + 8
    rows = [[stay, f"{nights} x {money(rate, lg)}", money(nights * rate, lg)]]
    if dogs:
        rows.append(
            [
                tr(lg, "Dogs", "Hund", "Chien"),
                f"{nights * dogs} x {money(2.5, lg)}",
                money(2.5 * nights * dogs, lg),
            ]
        )
    if not let and not adults > 12 and rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Awning", "Vorzelt", "Auvent"),
                f"{nights} x {money(3.0, lg)}",
                money(3.0 * nights, lg),
            ]
        )
    if let and rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Linen pack", "Bettwäsche-Paket", "Kit linge de lit"),
                f"{adults + kids} x {money(12.0, lg)}",
                money(12.0 * (adults + kids), lg),
            ]
        )
    if TOURIST_TAX[lg]:
        t = TOURIST_TAX[lg]
        rows.append(
            [
                tr(lg, "", "Kurabgabe", "Taxe de séjour"),
                f"{adults * nights} x {money(t, lg)}",
                money(t * adults * nights, lg),
            ]
        )
    total = round(sum(unmoney(r[2], lg) for r in rows), 2)
    cols = columns(m, w - m, [(3.4, "left"), (1.6, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Qty x rate", "Menge x Preis", "Qté x tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    dep = round(total * 0.25, 0) if let else min(50.0, total)
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (tr(lg, "Total", "Gesamtpreis", "Total séjour"), cash(total, lg)),
                (tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte versé"), cash(dep, lg)),
                (tr(lg, "Balance due", "Restbetrag", "Solde à régler"), cash(total - dep, lg)),
            ],
            w - m,
            s.size,
        )
        + 6
    )
    due = arrive - timedelta(days=42 if let else 0)
    write(
        f,
        s,
        tr(
            lg,
            f"The balance is due by {day(h, due)}."
            if let
            else "The balance is payable on arrival at reception.",
            f"Der Restbetrag ist bis {day(h, due)} zu überweisen."
            if let
            else "Der Restbetrag ist bei Anreise an der Rezeption zu zahlen.",
            f"Le solde est à régler avant le {day(h, due)}."
            if let
            else "Le solde est à régler à votre arrivée.",
        )
        + " "
        + words(rng, lg, "camp"),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "camp", 1, 2), s.size - 0.5)
    regards(
        f,
        s,
        lg,
        STAFF.get("reception", staff_of(h, "reception")),
        tr(lg, "Reception", "Rezeption", "Accueil"),
    )
    pages = f.pages
    r = rng.random()
    if r < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Booking terms and conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                [tr(lg, t[0], t[1], t[2]) for t in CONDITIONS],
                "legal",
            )
        )
    elif r < 0.45 and not a5:
        pages.append(directions_page(rng, s, h))
    pages = close(pages, s, h)
    LAST["extra"] = (name, glg, lines, ref, dep, arrive, stay)
    LAST["day"] = d
    return pages


CONDITIONS = [
    ("Bookings and deposits", "Buchung und Anzahlung", "Réservation et acompte"),
    ("Balance payments", "Restzahlung", "Paiement du solde"),
    ("Cancellation by you", "Rücktritt durch den Gast", "Annulation par le client"),
    ("Cancellation by us", "Rücktritt durch den Platz", "Annulation par le camping"),
    ("Arrival and departure", "An- und Abreise", "Arrivée et départ"),
    ("Pets", "Haustiere", "Animaux"),
    ("Vehicles and speed limit", "Fahrzeuge", "Véhicules"),
    ("Noise and quiet hours", "Ruhezeiten", "Calme et repos"),
    ("Damage and breakages", "Schäden", "Dégradations"),
    ("Liability", "Haftung", "Responsabilité"),
    ("Complaints", "Beanstandungen", "Réclamations"),
    ("Data protection", "Datenschutz", "Données personnelles"),
]


def tpl_deposit_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A page of the park's duplicate receipt book: a pre-numbered slip filled in by hand for a
    deposit, a balance or a seasonal payment; A6 landscape or a narrow slip."""
    h = park_head()
    lg = h.lang
    size = keyed(who, "book").choice([A6L, A6L, A6])
    s = style_of(h, size, margin=18, pt=7.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    d = some_day(rng)
    if after(("booking",)) and isinstance(ex, tuple) and isinstance(LAST["day"], date):
        name, amount, what = (
            ex[0],
            float(ex[4]),
            tr(
                lg,
                f"Deposit - booking {ex[3]}",
                f"Anzahlung Buchung {ex[3]}",
                f"Acompte résa {ex[3]}",
            ),
        )
        d = LAST["day"]
    else:
        u = rng.choice(owned_units()) if UNITS and rng.random() < 0.4 else None
        if u is not None and u.owner:
            name = u.owner
            amount = float(rng.choice([250, 500, 750, 1000]))
            what = tr(
                lg,
                f"Site fees on account - pitch {u.pitch}",
                f"Standgebühr a conto - Platz {u.pitch}",
                f"Redevance acompte - empl. {u.pitch}",
            )
        else:
            name = person(rng, lang())
            amount = float(rng.choice([25, 40, 50, 60, 100, 150, 200]))
            what = rng.choice(
                [
                    tr(lg, "Deposit", "Anzahlung", "Acompte"),
                    tr(lg, "Balance of stay", "Restzahlung", "Solde séjour"),
                    tr(lg, "Gas bottle deposit", "Pfand Gasflasche", "Consigne bouteille gaz"),
                ]
            )
    ex2 = LAST["extra"]
    if after(("deposit_receipt",)) and isinstance(ex2, int):
        no = ex2 + rng.randint(1, 3)
    else:
        no = rng.randint(120, 4800)
    p = Page(size)
    x0 = m
    if keyed(who, "stub").random() < 0.5 and w > hh:
        x0 = m + 70
        for yy in range(int(m), int(hh - m), 8):
            p.line(m + 62, yy, m + 62, yy + 4)
        p.text(m, m + 10, f"No {no:04d}", "Helvetica-Bold", 7)
        hand(p, m, m + 30, short(d, lg), 7)
        hand(p, m, m + 46, fit(name, HAND, 7, 58), 7)
        hand(p, m, m + 62, cash(amount, lg), 7)
    p.text(x0, m + 8, fit(h.name, s.bold, 8.5, w - x0 - m - 60), s.bold, 8.5)
    p.text(x0, m + 17, fit(f"{h.street}, {h.town}", s.font, 6, w - x0 - m - 60), s.font, 6)
    p.text(w - m, m + 8, tr(lg, "RECEIPT", "QUITTUNG", "REÇU"), "Helvetica-Bold", 11, "right")
    p.text(w - m, m + 20, f"No {no:04d}", "Helvetica-Bold", 9, "right")
    y = m + 38
    lines = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Received from", "Erhalten von", "Reçu de"), name),
        (tr(lg, "The sum of", "Betrag", "La somme de"), cash(amount, lg)),
        (tr(lg, "For", "Für", "Pour"), what),
    ]
    for cap, val in lines:
        p.text(x0, y, cap, s.font, 7)
        cx = x0 + 62
        p.line(cx, y + 2, w - m, y + 2)
        hand(p, cx + 4, y - 1, val, 8.5, w - m - cx - 8)
        y += 17
    y = ticks(
        p,
        s,
        x0,
        y + 4,
        w - x0 - m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
        ],
        {rng.choice([0, 1, 1, 2])},
        7,
    )
    p.text(x0, y + 10, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 7)
    scrawl(p, x0 + 50, y + 10, STAFF.get("reception", "A Clerk"), 10)
    if rng.random() < 0.6:
        p.text(
            w - m,
            hh - m,
            tr(lg, "DUPLICATE", "DURCHSCHRIFT", "DOUBLE"),
            "Helvetica-Bold",
            7,
            "right",
        )
    LAST["extra"] = no
    LAST["day"] = d
    return [p]


LICENCE_CLAUSES = {
    "en": [
        "Definitions",
        "The pitch",
        "Period of the licence",
        "The pitch fee",
        "Pitch fee review",
        "Payment",
        "Use of the holiday home",
        "Occupation and residence",
        "Sub-letting",
        "Insurance",
        "Condition and age of the holiday home",
        "Sale of the holiday home",
        "Park rules",
        "Termination by the licensee",
        "Termination by the park owner",
        "Notices",
        "Data protection",
    ],
    "de": [
        "Vertragsgegenstand",
        "Stellplatz",
        "Vertragsdauer",
        "Standgebühr",
        "Nebenkosten",
        "Zahlungsweise",
        "Nutzung",
        "Kein Erstwohnsitz",
        "Untervermietung",
        "Versicherung",
        "Zustand des Mobilheims",
        "Verkauf",
        "Platzordnung",
        "Kündigung",
        "Räumung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Désignation de l'emplacement",
        "Durée",
        "Redevance",
        "Révision de la redevance",
        "Modalités de paiement",
        "Usage de la résidence mobile",
        "Occupation",
        "Sous-location",
        "Assurance",
        "Entretien et vétusté",
        "Cession",
        "Règlement intérieur",
        "Résiliation",
        "Litiges",
    ],
}
RULES = {
    "en": "Speed limit 5 mph on all park roads. Quiet between 10.30 pm and 7.30 am. Dogs on leads "
    "at all times. No fences or sheds without written consent. Barbecues off the ground only. "
    "Gas bottles upright and secured. Pitch kept tidy. Car parked on hardstanding. No commercial "
    "use. Visitors sign in at reception. Bins emptied at the compound only.",
    "de": "Schrittgeschwindigkeit auf dem gesamten Platz. Mittagsruhe 13-15 Uhr, Nachtruhe 22-7 "
    "Uhr. Hunde sind an der Leine zu führen. Zäune und Schuppen nur mit Genehmigung. Grillen "
    "nur mit Holzkohle- oder Gasgrill. Gasflaschen gesichert aufstellen. Pkw auf dem Stellplatz. "
    "Besucher melden sich an der Rezeption. Müll nur am Wertstoffhof.",
    "fr": "Vitesse limitée à 10 km/h. Silence de 23h à 7h. Chiens tenus en laisse. Aucune "
    "clôture ni abri sans accord écrit. Barbecues au gaz ou au charbon uniquement. Bouteilles de "
    "gaz arrimées. Véhicule sur l'emplacement. Visiteurs déclarés à l'accueil. Tri sélectif au "
    "point propreté.",
}


def tpl_pitch_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """A seasonal pitch or holiday home licence agreement between the park and an owner: the
    schedule, the numbered clauses, the park rules annex and a signature page."""
    h = park_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("caravan_sale",)) and isinstance(ex, tuple):
        name, lines, u = ex[0], ex[1], ex[2]
        d = LAST["day"] if isinstance(LAST["day"], date) else some_day(rng)
    else:
        u = rng.choice(owned_units())
        name = u.owner or person(rng, lg)
        lines = u.owner_lines or home_lines(rng, lg, name)
        d = some_day(rng)
    title = tr(
        lg,
        "HOLIDAY HOME LICENCE AGREEMENT",
        "DAUERCAMPING-VERTRAG",
        "CONTRAT DE LOCATION D'EMPLACEMENT POUR RÉSIDENCE MOBILE DE LOISIRS",
    )
    f = sheets(
        s, h, f"{title.title() if lg != 'fr' else title.capitalize()} - {pitch_word(lg)} {u.pitch}"
    )
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 28
    write(
        f,
        s,
        tr(
            lg,
            f"This agreement is made on {day(h, d)} between {h.name} of {h.street}, {h.town} "
            f'("the Park Owner") and {mx(name, lg)} of {", ".join(lines[1:])} ("the Licensee").',
            f"Zwischen {h.name}, {h.street}, {h.town} (nachfolgend Platzbetreiber) und "
            f"{mx(name, lg)}, {', '.join(lines[1:])} (nachfolgend Mieter) wird am {day(h, d)} "
            "folgender "
            "Vertrag geschlossen:",
            f"Entre les soussignés : {h.name}, {h.street}, {h.town}, ci-après « l'exploitant », et "
            f"{mx(name, lg)}, demeurant {', '.join(lines[1:])}, ci-après « le locataire », il a "
            "été "
            "convenu ce qui suit :",
        ),
    )
    f.y += 4
    fee = float(rng.choice([2850, 3200, 3650, 4100, 4475, 1890, 2380]))
    f.page.text(
        m, f.y, tr(lg, "SCHEDULE", "ÜBERSICHT", "CONDITIONS PARTICULIÈRES"), s.bold, s.size + 1
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            (pitch_word(lg), u.pitch),
            (unit_word(u, lg), f"{u.make} {u.model} ({u.year})"),
            (tr(lg, "Serial no.", "Fahrgestell-Nr.", "N° de série"), u.serial),
            (
                tr(lg, "Season", "Saison", "Période d'ouverture"),
                tr(
                    lg, "1 March - 31 October", "1. April - 31. Oktober", "1er avril - 30 septembre"
                ),
            ),
            (
                tr(lg, "Pitch fee per year", "Standgebühr pro Jahr", "Redevance annuelle"),
                cash(fee, lg),
            ),
            (
                tr(lg, "Payable", "Fällig", "Payable"),
                tr(lg, "1 March, or 3 instalments", "bis 31. Januar", "en 3 échéances"),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    clauses = LICENCE_CLAUSES[lg]
    for k, t in enumerate(clauses[: rng.randint(len(clauses) - 4, len(clauses))], 1):
        f.heading(
            m, f"{tr(lg, '', '§ ', 'Article ')}{k}{'.' if lg == 'en' else ''} {t}", s.bold, s.size
        )
        write(f, s, prose(rng, lg, "legal", 1, 4), s.size - 0.5)
    note = tr(
        lg,
        "The Licensee confirms having received a copy of the park rules and the "
        "written statement of the pitch fee.",
        "Der Mieter bestätigt, die Platzordnung und die Preisliste erhalten zu haben.",
        f"Fait en deux exemplaires originaux à {h.town.split(' ', 1)[-1]}, le {day(h, d)}. "
        "Le locataire reconnaît avoir reçu le règlement intérieur.",
    )
    parties = [
        (tr(lg, "For the Park Owner", "Platzbetreiber", "L'exploitant"), staff_of(h, "owner")),
        (tr(lg, "Licensee", "Mieter", "Le locataire"), name if rng.random() < 0.8 else ""),
    ]
    own_page = rng.random() < 0.55
    if not own_page:
        # The signatures under the last clause.
        f.y += 10
        f.need(150)
        write(f, s, note, s.size - 0.5)
        f.y = sign_boxes(f.page, s, f.y + 4, parties, d, lg)
    pages = list(f.pages)
    if rng.random() < 0.7:
        r = plain(s, tr(lg, "Park rules", "Platzordnung", "Règlement intérieur"))
        r.page.text(
            w / 2,
            r.y + 6,
            tr(lg, "PARK RULES", "PLATZORDNUNG", "RÈGLEMENT INTÉRIEUR"),
            s.bold,
            s.size + 5,
            "center",
        )
        r.y += 30
        for k, sent in enumerate(RULES[lg].split(". ")):
            top = r.y
            r.para(m + 14, w - 2 * m - 14, sent.rstrip(".") + ".", s.font, s.size)
            r.page.text(m, top, f"{k + 1}.", s.bold, s.size)
            if rng.random() < 0.5:
                r.para(m + 14, w - 2 * m - 14, words(rng, lg, "camp"), s.font, s.size - 1)
        pages.extend(r.pages)
    if own_page:
        sp = Page(A4)
        y = m + 10
        sp.text(
            m,
            y,
            tr(lg, "Signed by the parties", "Unterschriften", "Signatures"),
            s.bold,
            s.size + 3,
        )
        y = text_lines(sp, s, y + 24, note) + 16
        sign_boxes(sp, s, y, parties, d, lg)
        if rng.random() < 0.6:
            stamp(sp, m, y + 110, [h.name[:30].upper(), h.town])
        pages.append(sp)
    pages = close(
        pages, s, h, numbers=rng.choice([h.numbers, "Page {i} of {n}" if lg == "en" else h.numbers])
    )
    return pages


def text_lines(p: Page, s: Style, y: float, text: str, pt: float = 0) -> float:
    w, _ = p.size
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, w - 2 * s.margin):
        p.text(s.margin, y, ln, s.font, pt)
        y += pt * 1.4
    return y


INVENTORY = {
    "en": [
        "Double glazing",
        "Gas central heating",
        "Fitted kitchen with oven and hob",
        "Fridge freezer",
        "Shower room with WC",
        "En-suite to master bedroom",
        "Sofa bed",
        "Dining table and 4 chairs",
        "Curtains and blinds",
        "TV aerial point",
        "Steps (front and side)",
        "Skirting (uPVC)",
        "Gas bottles (2 x 47 kg)",
        "Decking with balustrade",
        "Bedding and crockery",
    ],
    "de": [
        "Doppelverglasung",
        "Gasheizung",
        "Einbauküche mit Herd",
        "Kühl-/Gefrierkombination",
        "Duschbad mit WC",
        "Zweites WC",
        "Schlafcouch",
        "Esstisch mit 4 Stühlen",
        "Gardinen und Rollos",
        "SAT-Anlage",
        "Treppen vorn und seitlich",
        "Verkleidung Unterbau",
        "Gasflaschen 2 x 11 kg",
        "Terrasse (Holz) mit Geländer",
        "Geschirr und Bettwaren",
    ],
    "fr": [
        "Double vitrage",
        "Chauffage gaz",
        "Cuisine équipée (four, plaques)",
        "Réfrigérateur-congélateur",
        "Salle d'eau avec WC",
        "WC séparé",
        "Canapé convertible",
        "Table et 4 chaises",
        "Rideaux et stores",
        "Prise TV",
        "Marches d'accès",
        "Habillage soubassement",
        "Bouteilles de gaz 2 x 13 kg",
        "Terrasse bois semi-couverte",
        "Vaisselle et literie",
    ],
}


def tpl_caravan_sale(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's sale agreement for a holiday home on a pitch: buyer and unit, price, part
    exchange and payment; the specification and inventory; photographs of the unit now and
    then; the signatures."""
    h = park_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    blg = lg if rng.random() < 0.9 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
    name = person(rng, blg)
    lines = home_lines(rng, blg, name)
    make, models = rng.choice(MAKES[lg])
    new = rng.random() < 0.35
    u = Unit(
        pitch=str(rng.randint(1, 120)),
        kind="caravan",
        make=make,
        model=rng.choice(models),
        year=month().year if new else rng.randint(2008, 2022),
        serial=serial(rng, "AAA99999"),
        owner=name,
        owner_lines=lines,
    )
    no = serial(rng, "S-9999")
    f = sheets(s, h, f"{tr(lg, 'Sale agreement', 'Kaufvertrag', 'Contrat de vente')} {no}")
    caption(
        f,
        s,
        tr(
            lg,
            "HOLIDAY HOME SALE AGREEMENT",
            "KAUFVERTRAG ÜBER EIN MOBILHEIM",
            "CONTRAT DE VENTE D'UNE RÉSIDENCE MOBILE DE LOISIRS",
        ),
        3,
        rule=True,
    )
    f.page.text(
        w - m,
        f.y - 10,
        f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}  -  {day(h, d)}",
        s.font,
        s.size - 1,
        "right",
    )
    f.y += 4
    band(f.page, s, f.y, tr(lg, "Purchaser", "Käufer", "Acquéreur"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 8,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), mx(name, blg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(lines[1:])),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(rng, "07999 999999" if blg == "en" else "0999 9999999"),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{name.split()[0].lower()}.{rng.randint(10, 99)}@example.net",
            ),
        ],
        per=2,
        hand=rng.random() < 0.5,
    )
    band(f.page, s, f.y, tr(lg, "Holiday home", "Mobilheim", "Résidence mobile"))
    length = rng.choice([28, 32, 35, 36, 38, 40])
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 8,
        w - 2 * m,
        [
            (
                tr(lg, "Make / model", "Hersteller / Modell", "Marque / modèle"),
                f"{u.make} {u.model}",
            ),
            (tr(lg, "Year", "Baujahr", "Année"), str(u.year)),
            (
                tr(lg, "Size", "Maße", "Dimensions"),
                f"{length} x 12 ft" if lg == "en" else f"{length * 0.3:.1f} x 4,0 m",
            ),
            (
                tr(lg, "Bedrooms / berths", "Schlafzimmer / Betten", "Chambres / couchages"),
                f"{rng.choice([2, 2, 3])} / {rng.choice([4, 6, 8])}",
            ),
            (tr(lg, "Serial no.", "Fahrgestell-Nr.", "N° de série"), u.serial),
            (pitch_word(lg), u.pitch),
            (
                tr(lg, "New / pre-owned", "Neu / gebraucht", "Neuf / occasion"),
                tr(lg, "New", "Neu", "Neuf")
                if new
                else tr(lg, "Pre-owned", "Gebraucht", "Occasion"),
            ),
            (
                tr(lg, "Siting", "Aufstellung", "Installation"),
                tr(lg, "Included", "inklusive", "incluse"),
            ),
        ],
        per=2,
        hand=False,
    )
    price = float(rng.choice([24995, 32500, 38950, 44995, 52000, 18750, 27995]))
    px = float(rng.choice([0, 0, 4500, 7250, 9000]))
    dep = float(rng.choice([1000, 2500, 5000]))
    band(f.page, s, f.y, tr(lg, "Price and payment", "Preis und Zahlung", "Prix et règlement"))
    f.y += 12
    items = [(tr(lg, "Cash price incl. VAT", "Kaufpreis inkl. MwSt.", "Prix TTC"), cash(price, lg))]
    if px:
        items.append(
            (
                tr(
                    lg,
                    "Less part exchange allowance",
                    "abzgl. Inzahlungnahme",
                    "Reprise de l'ancien mobil-home",
                ),
                f"- {cash(px, lg)}",
            )
        )
    items += [
        (tr(lg, "Less deposit paid", "abzgl. Anzahlung", "Acompte versé"), f"- {cash(dep, lg)}"),
        (
            tr(
                lg,
                "Balance due on completion",
                "Restkaufpreis bei Übergabe",
                "Solde à la livraison",
            ),
            cash(price - px - dep, lg),
        ),
    ]
    f.y = pairs(f.page, s, m, f.y, items, w - m, s.size) + 8
    write(
        f,
        s,
        tr(
            lg,
            "The holiday home may only be sited on the park under a licence agreement with the "
            "park "
            "owner and is not to be used as a main residence.",
            "Das Mobilheim verbleibt auf dem Stellplatz; die Nutzung setzt einen "
            "Dauercamping-Vertrag "
            "voraus und ist nicht als Hauptwohnsitz gestattet.",
            "La résidence mobile ne peut être installée que dans le cadre d'un contrat de location "
            "d'emplacement et ne peut constituer une résidence principale.",
        )
        + " "
        + words(rng, lg, "legal"),
        s.size - 1,
    )
    pages = list(f.pages)
    sp = plain(s, f"{tr(lg, 'Sale agreement', 'Kaufvertrag', 'Contrat de vente')} {no}")
    caption(
        sp,
        s,
        tr(
            lg,
            "Specification and inventory",
            "Ausstattung und Inventar",
            "Descriptif et inventaire",
        ),
        2,
    )
    inv = rng.sample(INVENTORY[lg], rng.randint(9, len(INVENTORY[lg])))
    cols = columns(m, w - m, [(4, "left"), (1, "center"), (2.4, "left")])
    table(
        sp,
        cols,
        [
            tr(lg, "Item", "Gegenstand", "Équipement"),
            tr(lg, "Included", "Enth.", "Inclus"),
            tr(lg, "Notes", "Bemerkung", "Observations"),
        ],
        [
            [
                t,
                "X" if rng.random() < 0.85 else "-",
                rng.choice(["", "", "", tr(lg, "as seen", "wie besichtigt", "en l'état")]),
            ]
            for t in inv
        ],
        s,
        rules=True,
        step=1.9,
    )
    sp.y += 20
    sp.need(150)
    sign_boxes(
        sp.page,
        s,
        sp.y,
        [
            (tr(lg, "For the park (seller)", "Verkäufer", "Le vendeur"), staff_of(h, "owner")),
            (tr(lg, "Purchaser", "Käufer", "L'acquéreur"), name),
        ],
        d,
        lg,
    )
    pages.extend(sp.pages)
    if rng.random() < 0.45:
        pp = Page(A4)
        pp.text(m, m, tr(lg, "Photographs", "Fotos", "Photos"), s.bold, s.size + 3)
        pw, ph = (w - 2 * m - 14) / 2, 200.0
        caps = rng.sample(
            [
                tr(lg, "Exterior", "Außenansicht", "Extérieur"),
                tr(lg, "Lounge", "Wohnraum", "Séjour"),
                tr(lg, "Kitchen", "Küche", "Cuisine"),
                tr(lg, "Bedroom", "Schlafzimmer", "Chambre"),
                tr(lg, "Shower room", "Bad", "Salle d'eau"),
                tr(lg, "Decking", "Terrasse", "Terrasse"),
            ],
            4,
        )
        for k in range(4):
            x, y = m + (k % 2) * (pw + 14), m + 20 + (k // 2) * (ph + 34)
            photo(pp, x, y, pw, ph, rng)
            pp.text(x, y + ph + 12, caps[k], s.font, s.size - 1)
        pages.append(pp)
    pages = close(pages, s, h)
    LAST["extra"] = (name, lines, u)
    LAST["day"] = d
    return pages


def tpl_site_fee(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's annual or half-yearly site fee invoice to a holiday home owner: pitch fee,
    rates, water and sewerage, metered electricity, gas; a remittance slip at the foot; now
    and then a second page with the meter readings and the fee review note."""
    h = park_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    owners = owned_units()
    ex = LAST["extra"]
    k = (
        (ex + 1) % len(owners)
        if after(("site_fee",)) and isinstance(ex, int)
        else rng.randrange(len(owners))
    )
    u = owners[k]
    name = u.owner or person(rng, lg)
    lines = u.owner_lines or home_lines(rng, lg, name)
    d = LAST["day"] if after(("site_fee",)) and isinstance(LAST["day"], date) else some_day(rng)
    no = serial(rng, rng.choice(["SF99999", "99999", "2025-9999"]))
    year = month().year + (1 if month().month >= 10 else 0)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no), (pitch_word(lg), u.pitch)],
    )
    caption(
        f,
        s,
        tr(lg, f"SITE FEES {year}", f"RECHNUNG STANDGEBÜHR {year}", f"FACTURE REDEVANCE {year}"),
        3,
    )
    fee = rng.choice([2850.0, 3200.0, 3650.0, 4100.0, 2380.0])
    kwh0 = rng.randint(2000, 30000)
    kwh = rng.randint(300, 2400)
    tariff = {"en": 0.29, "de": 0.36, "fr": 0.24}[lg]
    rows = [
        [
            tr(lg, "Pitch fee", "Standgebühr Saison", "Redevance emplacement"),
            f"{pitch_word(lg)} {u.pitch}",
            money(fee, lg),
        ],
        [
            tr(
                lg,
                "Water and sewerage",
                "Wasser / Abwasser pauschal",
                "Eau et assainissement (forfait)",
            ),
            "",
            money(rng.choice([180.0, 240.0, 310.0]), lg),
        ],
        [
            tr(lg, "Business rates contribution", "Müllgebühr", "Taxe ordures ménagères"),
            "",
            money(rng.choice([95.0, 140.0, 210.0]), lg),
        ],
        [
            tr(lg, "Electricity", "Strom", "Électricité"),
            f"{kwh} kWh x {money(tariff, lg)}",
            money(kwh * tariff, lg),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Gas (bulk, metered)", "Gas (Zähler)", "Gaz (compteur)"),
                f"{rng.randint(80, 400)} m³",
                money(rng.uniform(90, 420), lg),
            ]
        )
    if rng.random() < 0.4:
        rows.append(
            [
                tr(
                    lg,
                    "Winter storage / drain down",
                    "Winterdienst / Wasser ablassen",
                    "Hivernage (purge)",
                ),
                "",
                money(rng.choice([45.0, 60.0, 75.0]), lg),
            ]
        )
    cols = columns(m, w - m, [(3.2, "left"), (2.2, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Detail", "Menge", "Détail"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = sum(unmoney(r[2], lg) for r in rows)
    total = totals(f, s, lg, round(net, 2), vat_rate(lg) if lg != "en" else 20.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due by 1 March {year}. Instalments by arrangement with the office.",
            f"Zahlbar bis 31.01.{year} ohne Abzug.",
            f"Règlement avant le 31 janvier {year} ou en trois échéances.",
        )
        + " "
        + words(rng, lg, "money"),
        s.size - 1,
    )
    if f.y < hh - 190:
        y = hh - m - 120
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please detach and return with your payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "Coupon à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), name),
                (pitch_word(lg), u.pitch),
                (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(total, lg)),
                (tr(lg, "Amount enclosed", "Überwiesener Betrag", "Montant joint"), ""),
                (tr(lg, "Cheque no.", "Datum", "Chèque n°"), ""),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = list(f.pages)
    if rng.random() < 0.35:
        q = plain(s)
        caption(
            q,
            s,
            tr(
                lg,
                "Electricity meter readings",
                "Zählerstände Strom",
                "Relevés de compteur électrique",
            ),
            2,
        )
        cols = columns(
            m, w - m, [(1.6, "left"), (1.6, "right"), (1.6, "right"), (1.2, "right"), (1.3, "left")]
        )
        rows2 = []
        a = kwh0
        for q_ in range(rng.randint(3, 8)):
            b = a + rng.randint(40, 420)
            rows2.append(
                [
                    short(add_months(month(), -8 + q_), lg),
                    str(a),
                    str(b),
                    str(b - a),
                    rng.choice(["A", "E", "A"]),
                ]
            )
            a = b
        table(
            q,
            cols,
            [
                tr(lg, "Read on", "Datum", "Date"),
                tr(lg, "Previous", "Alt", "Ancien"),
                tr(lg, "Present", "Neu", "Nouveau"),
                "kWh",
                tr(lg, "A/E", "Art", "R/E"),
            ],
            rows2,
            s,
            rules=True,
        )
        q.y += 14
        caption(
            q,
            s,
            tr(lg, "Pitch fee review", "Hinweis zur Preisanpassung", "Révision de la redevance"),
            1,
        )
        write(q, s, prose(rng, lg, "legal", 2, 4), s.size - 0.5)
        pages.extend(q.pages)
    pages = close(pages, s, h)
    LAST["extra"] = k
    LAST["day"] = d
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OOO: inspections, certificates and the authorities
# ---------------------------------------------------------------------------------------------

APPLIANCES = {
    "en": [
        ("Boiler", "Alde", "Compact 3020", "RS"),
        ("Cooker / hob", "Spinflo", "Caprice", "FL"),
        ("Gas fire", "Truma", "S 3004", "BF"),
        ("Water heater", "Morco", "F11E", "RS"),
        ("Fridge (gas)", "Dometic", "RM 8505", "RS"),
    ],
    "de": [
        ("Heizung", "Truma", "S 3004", "Kamin"),
        ("Kocher", "Thetford", "Duplex", "raumluftabh."),
        ("Warmwasser", "Truma", "Boiler B 10", "Kamin"),
        ("Kühlschrank", "Dometic", "RM 8401", "Kamin"),
        ("Gasheizung", "Alde", "Compact 3020", "Kamin"),
    ],
    "fr": [
        ("Chaudière", "Saunier Duval", "Thelia", "ventouse"),
        ("Table de cuisson", "Thetford", "Duplex", "-"),
        ("Chauffe-eau", "Chaffoteaux", "Fluendo", "ventouse"),
        ("Convecteur gaz", "Truma", "S 3004", "ventouse"),
        ("Réfrigérateur", "Dometic", "RM 8401", "-"),
    ],
}


def unit_for(rng: random.Random, key: str) -> Unit:
    """A unit of the park; a run takes the next one."""
    ex = LAST["extra"]
    if after((key,)) and isinstance(ex, int) and UNITS:
        k = (ex + rng.randint(1, 3)) % len(UNITS)
    else:
        k = rng.randrange(len(UNITS))
    LAST["extra"] = k
    return UNITS[k]


def tpl_gas_safety(rng: random.Random, who: Issuer) -> list[Page]:
    """A gas engineer's safety record for one caravan or chalet: in England the landscape gas
    safety record with the appliance table, in Germany the G 607 Prüfbescheinigung, in France
    the attestation de contrôle with the control points; hand entries, signature."""
    h = head_of(who, "gas")
    lg = h.lang
    ex_day = LAST["day"] if after(("gas_safety",)) and isinstance(LAST["day"], date) else None
    u = unit_for(rng, "gas_safety")
    d = ex_day or some_day(rng)
    eng = staff_of(h, "engineer")
    reg = serial(keyed(who, "reg"), "999999")
    no = serial(rng, "999999")
    apps = rng.sample(APPLIANCES[lg], rng.randint(2, 4))
    fails = rng.random() < 0.15
    if lg == "en":
        s = style_of(h, LAND, margin=30, pt=8)
        w, hh = LAND
        m = s.margin
        p = Page(LAND)
        p.rect(m, m - 14, w - 2 * m, 24, fill=0.85)
        p.text(m + 6, m + 2, "GAS SAFETY RECORD", "Helvetica-Bold", 13)
        p.text(
            w - m - 6, m + 2, f"Holiday home / LPG     Serial No. {no}", "Helvetica", 8.5, "right"
        )
        y = m + 20
        bw = (w - 2 * m - 20) / 3
        boxes = [
            (
                "Engineer / company",
                [
                    h.name,
                    h.street,
                    h.town,
                    f"Tel {h.phone}",
                    f"Gas Safe reg. no. {reg}",
                    f"Engineer: {eng}  ID {serial(keyed(who, 'id'), '9999999')}",
                ],
            ),
            (
                "Site address",
                [
                    park_name(),
                    park_row()[1],
                    park_row()[2],
                    f"Pitch {u.pitch}",
                    f"{u.make} {u.model} ({u.year})",
                ],
            ),
            (
                "Owner / agent",
                [u.owner or park_name(), *(u.owner_lines[1:] if u.owner else ["(park owned)"])],
            ),
        ]
        for k, (t, lines) in enumerate(boxes):
            x = m + k * (bw + 10)
            p.rect(x, y, bw, 84)
            p.text(x + 4, y + 9, t, "Helvetica-Bold", 7)
            for j, ln in enumerate(lines):
                p.text(
                    x + 4,
                    y + 21 + j * 10,
                    fit(ln, HAND if k else s.font, 8, bw - 8),
                    HAND if k else s.font,
                    8,
                )
        y += 96
        heads = [
            "No",
            "Location",
            "Appliance",
            "Make",
            "Model",
            "Flue",
            "Op. pressure mbar",
            "Safety device",
            "Ventilation",
            "Flue visual",
            "Flue perf.",
            "Serviced",
            "Safe to use",
        ]
        spec = [
            (0.4, "center"),
            (1.1, "left"),
            (1.2, "left"),
            (1.0, "left"),
            (1.0, "left"),
            (0.5, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.7, "center"),
            (0.7, "center"),
            (0.7, "center"),
            (0.8, "center"),
        ]
        cols = columns(m, w - m, spec)
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.9)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0] + 1, y, fit(t, "Helvetica-Bold", 6, c[1] - c[0] - 1), "Helvetica-Bold", 6)
        y += 10
        for k in range(6):
            p.rect(m, y - 4, w - 2 * m, 26)
            if k < len(apps):
                a = apps[k]
                vals = [
                    str(k + 1),
                    rng.choice(["Kitchen", "Lounge", "Bathroom", "Hall cupboard"]),
                    a[0],
                    a[1],
                    a[2],
                    a[3],
                    f"{rng.choice([28, 29, 30, 37]):d}",
                    "Yes",
                    "Yes",
                    "Pass",
                    rng.choice(["Pass", "N/A"]),
                    "Yes",
                    "No" if fails and k == 0 else "Yes",
                ]
                for c, t in zip(cols, vals, strict=True):
                    hand(p, c[0] + 1, y + 13, fit(t, HAND, 8.5, c[1] - c[0] - 2), 8.5)
            y += 26
        y += 10
        p.rect(m, y, w * 0.55 - m, 70)
        p.text(
            m + 4,
            y + 10,
            "Defects identified / remedial action taken / warning notice issued",
            "Helvetica-Bold",
            7,
        )
        hand(
            p,
            m + 6,
            y + 28,
            "Cooker flame picture poor - ID notice issued, isolated"
            if fails
            else rng.choice(
                ["None", "Regulator hose dated - advise replace", "None found", "CO alarm replaced"]
            ),
            9,
            w * 0.55 - m - 12,
        )
        x2 = w * 0.55 + 10
        checks = [
            "Gas tightness test",
            "Pipework visual inspection",
            "Regulator / ECV accessible",
            "CO alarm fitted and tested",
            "Bottles secured upright",
        ]
        for j, t in enumerate(checks):
            p.text(x2, y + 10 + j * 13, t, s.font, 7.5)
            hand(
                p,
                w - m - 40,
                y + 10 + j * 13,
                "FAIL" if fails and j == 1 else rng.choice(["PASS", "YES"]),
                8,
            )
        y += 84
        p.text(m, y, "Engineer's signature", s.font, 7)
        scrawl(p, m + 90, y, eng)
        p.text(m + 260, y, f"Date of check: {short(d, lg)}", s.font, 8)
        p.text(m + 420, y, f"Next check due by: {short(d + timedelta(days=365), lg)}", s.font, 8)
        p.text(m, y + 22, "Received by (signature)", s.font, 7)
        if rng.random() < 0.5:
            scrawl(p, m + 100, y + 22, STAFF.get("maint", "J Smith"), 11)
        p.text(
            w - m,
            hh - m + 8,
            rng.choice(["Customer copy", "Landlord / owner copy", "Page 1 of 1"]),
            s.font,
            7,
            "right",
        )
        return [p]
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "",
        "Prüfbescheinigung über die Prüfung der Flüssiggasanlage",
        "Attestation de contrôle de l'installation de gaz",
    )
    sub = tr(
        lg,
        "",
        "in Mobilheimen / Freizeitfahrzeugen nach DVGW-Arbeitsblatt G 607 / G 608",
        "Résidence mobile de loisirs - installation alimentée en GPL",
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m), "center")
    p.text(w / 2, y + 13, sub, s.font, 8, "center")
    y += 26
    p.text(w - m, y, f"{tr(lg, '', 'Nr.', 'N°')} {no}", s.font, 8, "right")
    y += 8
    y = band(p, s, y + 8, tr(lg, "", "Aufstellort / Halter", "Lieu d'installation / propriétaire"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "", "Campingplatz", "Camping"), park_name()),
            (pitch_word(lg), u.pitch),
            (tr(lg, "", "Halter", "Propriétaire"), u.owner or park_name()),
            (tr(lg, "", "Hersteller / Typ", "Marque / modèle"), f"{u.make} {u.model}"),
            (tr(lg, "", "Fahrgestell-Nr.", "N° de série"), u.serial),
            (tr(lg, "", "Baujahr", "Année"), str(u.year)),
        ],
        per=3,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "", "Verbrauchsgeräte", "Appareils raccordés"))
    cols = columns(
        m, w - m, [(2, "left"), (1.6, "left"), (1.6, "left"), (1.3, "left"), (1.2, "center")]
    )
    heads = [
        tr(lg, "", "Gerät", "Appareil"),
        tr(lg, "", "Hersteller", "Marque"),
        tr(lg, "", "Typ", "Type"),
        tr(lg, "", "Abgas", "Évacuation"),
        tr(lg, "", "i.O.", "Conforme"),
    ]
    y += 4
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 15
    for k, a in enumerate(apps):
        for c, t in zip(
            cols,
            [
                a[0],
                a[1],
                a[2],
                a[3],
                "nein"
                if fails and k == 0 and lg == "de"
                else "non"
                if fails and k == 0
                else tr(lg, "", "ja", "oui"),
            ],
            strict=True,
        ):
            hand(p, c[0], y, fit(t, HAND, 8.5, c[1] - c[0] - 2), 8.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y = band(p, s, y + 8, tr(lg, "", "Prüfumfang", "Points de contrôle"))
    points = {
        "de": [
            "Dichtheitsprüfung (150 mbar / 5 min)",
            "Druckregelgerät und Sicherheitseinrichtung",
            "Schlauchleitungen (Alter < 10 J.)",
            "Gasflaschenkasten / Belüftung",
            "Abgasführung und Verbrennungsluft",
            "Absperreinrichtungen",
            "Kennzeichnung",
        ],
        "fr": [
            "Étanchéité de la tuyauterie",
            "Détendeur et lyre (date de péremption)",
            "Ventilation haute et basse",
            "Évacuation des produits de combustion",
            "Robinets de commande",
            "Bouteilles arrimées à l'extérieur",
            "Détecteur de CO",
        ],
    }[lg]
    labels = [tr(lg, "", "i.O.", "C"), tr(lg, "", "Mangel", "NC"), tr(lg, "", "entf.", "SO")]
    for j, t in enumerate(points):
        p.text(m, y + 4, t, s.font, 8)
        bad = fails and j == 1
        ticks(
            p,
            s,
            w - m - 150,
            y + 4,
            150,
            labels,
            {1 if bad else (2 if rng.random() < 0.08 else 0)},
            7,
        )
        y += 14
    y += 6
    y = band(p, s, y, tr(lg, "", "Ergebnis", "Conclusion"))
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "", "Die Anlage ist dicht und betriebssicher", "Installation conforme"),
            tr(lg, "", "Mängel - Anlage stillgelegt", "Anomalies - appareil mis hors service"),
        ],
        {1 if fails else 0},
        8,
    )
    if fails:
        hand(
            p,
            m,
            y + 4,
            tr(
                lg,
                "",
                "Druckregler defekt, ersetzt am Folgetag",
                "Détendeur hors d'usage - à remplacer",
            ),
            9,
        )
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "",
            f"Nächste Prüfung: {MONTHS_DE[(d.month - 1)]} {d.year + 2}",
            f"Prochain contrôle : {short(d.replace(year=d.year + 1), lg)}",
        ),
        s.bold,
        8.5,
    )
    y += 26
    p.text(m, y, f"{tr(lg, '', 'Ort, Datum', 'Fait le')}: {short(d, lg)}", s.font, 8)
    p.text(
        w / 2,
        y,
        tr(lg, "", "Sachkundiger (Stempel, Unterschrift)", "Le technicien (cachet, signature)"),
        s.font,
        8,
    )
    scrawl(p, w / 2 + 10, y + 26, eng)
    seal(
        p, w - m - 50, y + 30, 28, h.name.split(" ")[0][:14].upper(), h.town.split(" ", 1)[-1][:14]
    )
    if lg == "de":
        ring(p, m + 40, y + 60, 26, 24)
        p.text(m + 40, y + 57, "G 607", "Helvetica-Bold", 8, "center")
        p.text(m + 40, y + 67, f"{d.month:02d}/{(d.year + 2) % 100:02d}", "Helvetica", 7, "center")
    return close([p], s, h, numbers="none")


MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def tpl_hookup_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An electrician's periodic inspection report of the park's supply to the hook-up
    pillars: the summary and overall assessment, the observations with their codes, and
    landscape schedules of test results per pillar; numbered on every page."""
    h = head_of(who, "electric")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, {"en": "EICR-99999", "de": "P9999/99", "fr": "RV 99-999"}[lg])
    eng = staff_of(h, "eng")
    n_pillars = rng.randint(10, 48)
    bad = rng.random() < 0.35
    title = tr(
        lg,
        "ELECTRICAL INSTALLATION CONDITION REPORT",
        "PRÜFPROTOKOLL - WIEDERHOLUNGSPRÜFUNG",
        "RAPPORT DE VÉRIFICATION PÉRIODIQUE DES INSTALLATIONS ÉLECTRIQUES",
    )
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 8
    p.text(
        m,
        y + 8,
        tr(
            lg,
            "BS 7671 - Part 708: caravan / camping parks",
            "nach DIN VDE 0105-100 und DIN VDE 0100-708 (Campingplätze)",
            "Norme NF C 15-100 section 708 - terrains de camping",
        ),
        s.font,
        7.5,
    )
    p.text(
        w - m,
        y + 8,
        f"{tr(lg, 'Report no.', 'Protokoll-Nr.', 'Rapport n°')} {no}",
        s.font,
        8,
        "right",
    )
    y = band(
        p,
        s,
        y + 26,
        tr(
            lg,
            "A. Details of the client and installation",
            "A. Auftraggeber und Anlage",
            "A. Client et installation",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Exploitant"), park_name()),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{park_row()[1]}, {park_row()[2]}"),
            (
                tr(lg, "Extent of inspection", "Prüfumfang", "Étendue"),
                tr(
                    lg,
                    f"Supply to {n_pillars} hook-up pillars, zones A-D",
                    f"Stellplatzverteiler ({n_pillars} Säulen), Zonen A-D",
                    f"Bornes de distribution ({n_pillars}), zones A à D",
                ),
            ),
            (
                tr(lg, "Limitations", "Einschränkungen", "Limites"),
                tr(
                    lg,
                    "Buried cables not exposed",
                    "Erdkabel nicht freigelegt",
                    "Câbles enterrés non dégagés",
                ),
            ),
            (tr(lg, "Supply", "Netzform", "Schéma"), rng.choice(["TN-C-S", "TT", "TN-S"])),
            (tr(lg, "Date of inspection", "Prüfdatum", "Date de vérification"), short(d, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "B. Summary", "B. Zusammenfassung", "B. Synthèse"))
    y += 8
    for ln in wrap(prose(rng, lg, "tech", 2, 3), s.font, s.size, w - 2 * m):
        p.text(m, y, ln, s.font, s.size)
        y += s.size * 1.35
    y += 6
    y = band(p, s, y, tr(lg, "C. Overall assessment", "C. Gesamtergebnis", "C. Avis général"))
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(lg, "SATISFACTORY", "KEINE MÄNGEL", "SATISFAISANT"),
            tr(lg, "UNSATISFACTORY", "MÄNGEL FESTGESTELLT", "NON SATISFAISANT"),
        ],
        {1 if bad else 0},
        9,
    )
    y = (
        text_lines(
            p,
            s,
            y + 4,
            tr(
                lg,
                "Next inspection recommended within 12 months, by "
                f"{short(d + timedelta(days=365), lg)}.",
                f"Nächste Prüfung spätestens {short(d + timedelta(days=365), lg)}.",
                f"Prochaine vérification avant le {short(d + timedelta(days=365), lg)}.",
            ),
            s.size,
        )
        + 14
    )
    sign_boxes(
        p,
        s,
        y,
        [
            (tr(lg, "Inspected and tested by", "Prüfer", "Vérificateur"), eng),
            (
                tr(
                    lg,
                    "Reviewed by (QS)",
                    "Verantwortliche Elektrofachkraft",
                    "Visa du responsable",
                ),
                staff_of(h, "qs"),
            ),
        ],
        d,
        lg,
    )
    pages = [p]
    q = plain(s, f"{tr(lg, 'Report', 'Protokoll', 'Rapport')} {no}")
    caption(
        q,
        s,
        tr(lg, "D. Observations and recommendations", "D. Festgestellte Mängel", "D. Observations"),
        1,
    )
    obs = {
        "en": [
            "RCD at pillar {k} failed to trip within 40 ms at 5x rating",
            "Socket outlet at pillar {k} damaged, cover missing",
            "No RCD test label on distribution board DB{j}",
            "Earth electrode resistance high at pillar {k}",
            "Pillar {k} not secured to base",
            "Cable entry at pillar {k} not sealed (IP rating)",
        ],
        "de": [
            "FI-Schutzschalter Säule {k} löst nicht aus",
            "CEE-Steckdose Säule {k} beschädigt, Deckel fehlt",
            "Kennzeichnung Verteiler UV{j} fehlt",
            "Erdungswiderstand Säule {k} zu hoch",
            "Säule {k} nicht standsicher",
            "Kabeleinführung Säule {k} nicht abgedichtet",
        ],
        "fr": [
            "Différentiel de la borne {k} ne déclenche pas",
            "Prise de la borne {k} détériorée, clapet absent",
            "Repérage du tableau TD{j} absent",
            "Résistance de terre élevée borne {k}",
            "Borne {k} mal fixée",
            "Presse-étoupe borne {k} non étanche",
        ],
    }[lg]
    rows = []
    for k in range(rng.randint(2 if bad else 0, 6 if bad else 3)):
        code = {
            "en": rng.choice(["C2", "C3", "C3", "FI"] + (["C1"] if bad else [])),
            "de": rng.choice(["B", "C", "C"] + (["A"] if bad else [])),
            "fr": rng.choice(["C2", "C3", "C3"] + (["C1"] if bad else [])),
        }[lg]
        rows.append(
            [
                str(k + 1),
                rng.choice(obs).format(k=rng.randint(1, n_pillars), j=rng.randint(1, 4)),
                code,
            ]
        )
    if rows:
        cols = columns(m, w - m, [(0.5, "left"), (6, "left"), (0.8, "center")])
        table(
            q,
            cols,
            [
                tr(lg, "Item", "Nr.", "N°"),
                tr(lg, "Observation", "Beschreibung", "Observation"),
                tr(lg, "Code", "Bew.", "Code"),
            ],
            rows,
            s,
            rules=True,
            step=2.0,
        )
    else:
        write(
            q,
            s,
            tr(
                lg,
                "No remedial action is required.",
                "Keine Mängel festgestellt.",
                "Aucune anomalie constatée.",
            ),
        )
    q.y += 10
    write(
        q,
        s,
        tr(
            lg,
            "C1 danger present. C2 potentially dangerous. C3 improvement recommended. FI further "
            "investigation.",
            "Bewertung: A sofort, B kurzfristig, C Empfehlung.",
            "Classement : C1 danger, C2 à corriger, C3 amélioration.",
        ),
        s.size - 1.5,
    )
    write(q, s, prose(rng, lg, "tech", 1, 3), s.size - 0.5)
    pages.extend(q.pages)
    ls = paper(s, LAND, margin=30, pt=7)
    lw, lh = LAND
    heads = [
        tr(lg, "Pillar", "Säule", "Borne"),
        tr(lg, "Zone", "Zone", "Zone"),
        tr(lg, "Sockets", "Steckd.", "Prises"),
        tr(lg, "OCPD", "LS", "Disj."),
        tr(lg, "RCD mA", "RCD mA", "DDR mA"),
        tr(lg, "Trip ms", "Auslösezeit ms", "Tps ms"),
        "Zs Ohm",
        "R1+R2 Ohm",
        tr(lg, "IR MOhm", "Riso MOhm", "Riso MOhm"),
        tr(lg, "Polarity", "Drehfeld", "Polarité"),
        tr(lg, "Remarks", "Bemerkung", "Remarques"),
    ]
    spec = [
        (0.6, "left"),
        (0.5, "center"),
        (0.6, "center"),
        (0.8, "center"),
        (0.9, "center"),
        (0.8, "right"),
        (0.7, "right"),
        (0.8, "right"),
        (0.8, "right"),
        (0.7, "center"),
        (2.2, "left"),
    ]

    def lstart(pg: Page, n: int) -> float:
        pg.text(
            30,
            30,
            tr(
                lg,
                "Schedule of test results",
                "Messprotokoll Stellplatzverteiler",
                "Relevé des mesures",
            ),
            ls.bold,
            10,
        )
        pg.text(lw - 30, 30, f"{no} - {park_name()}", ls.font, 7, "right")
        return 54

    lf = Sheets(LAND, lh - 40, lstart)
    rows2 = []
    for k in range(1, n_pillars + 1):
        rows2.append(
            [
                f"P{k:02d}",
                "ABCD"[min(3, (k - 1) * 4 // n_pillars)],
                rng.choice(["2", "4", "4", "6"]),
                rng.choice(["B16", "C16", "B16"]),
                "30",
                f"{rng.randint(14, 38)}" if rng.random() > 0.02 else ">300",
                f"{rng.uniform(0.3, 1.6):.2f}",
                f"{rng.uniform(0.1, 0.9):.2f}",
                rng.choice([">200", ">299", f"{rng.randint(20, 199)}"]),
                "OK",
                rng.choice(["", "", "", "", "cover cracked" if lg == "en" else "-"]),
            ]
        )
    table(lf, columns(30, lw - 30, spec), heads, rows2, ls, size=7, rules=True, step=1.8)
    pages.extend(lf.pages)
    fmt = {"en": "Page {i} of {n}", "de": "Blatt {i} von {n}", "fr": "Page {i} / {n}"}[lg]
    pages = close(pages, s, h, numbers=fmt)
    return pages


WATER_PARAMS = [
    (
        "Escherichia coli (E. coli)",
        "cfu/100 ml",
        "0",
        lambda r: "0" if r.random() < 0.9 else str(r.randint(1, 6)),
    ),
    (
        "Coliform bacteria",
        "cfu/100 ml",
        "0",
        lambda r: "0" if r.random() < 0.8 else str(r.randint(1, 30)),
    ),
    ("Enterococci", "cfu/100 ml", "0", lambda r: "0"),
    ("Colony count 22 °C", "cfu/ml", "-", lambda r: str(r.randint(0, 120))),
    ("Colony count 36 °C", "cfu/ml", "-", lambda r: str(r.randint(0, 60))),
    ("pH", "", "6.5-9.5", lambda r: f"{r.uniform(6.8, 8.1):.1f}"),
    ("Conductivity 20 °C", "µS/cm", "2500", lambda r: str(r.randint(180, 720))),
    ("Turbidity", "NTU", "4", lambda r: f"{r.uniform(0.05, 1.2):.2f}"),
    ("Nitrate", "mg/l", "50", lambda r: f"{r.uniform(2, 38):.1f}"),
    ("Lead", "µg/l", "10", lambda r: f"<{1}" if r.random() < 0.7 else f"{r.uniform(1, 6):.1f}"),
    ("Free chlorine", "mg/l", "-", lambda r: f"{r.uniform(0.05, 0.5):.2f}"),
]
POOL_PARAMS = [
    (
        "Pseudomonas aeruginosa",
        "cfu/100 ml",
        "0",
        lambda r: "0" if r.random() < 0.85 else str(r.randint(1, 12)),
    ),
    ("Free chlorine", "mg/l", "0.3-0.6", lambda r: f"{r.uniform(0.2, 1.4):.2f}"),
    ("Combined chlorine", "mg/l", "0.2", lambda r: f"{r.uniform(0.05, 0.45):.2f}"),
    ("pH", "", "6.5-7.6", lambda r: f"{r.uniform(6.9, 7.8):.1f}"),
    ("Cyanuric acid", "mg/l", "75", lambda r: str(r.randint(10, 90))),
]
PARAM_NAMES = {
    "de": {
        "Escherichia coli (E. coli)": "Escherichia coli",
        "Coliform bacteria": "Coliforme Bakterien",
        "Enterococci": "Enterokokken",
        "Colony count 22 °C": "Koloniezahl 22 °C",
        "Colony count 36 °C": "Koloniezahl 36 °C",
        "Conductivity 20 °C": "Leitfähigkeit 25 °C",
        "Turbidity": "Trübung",
        "Nitrate": "Nitrat",
        "Lead": "Blei",
        "Free chlorine": "freies Chlor",
        "Combined chlorine": "gebundenes Chlor",
        "Cyanuric acid": "Cyanursäure",
    },
    "fr": {
        "Escherichia coli (E. coli)": "Escherichia coli",
        "Coliform bacteria": "Bactéries coliformes",
        "Enterococci": "Entérocoques",
        "Colony count 22 °C": "Germes aérobies 22 °C",
        "Colony count 36 °C": "Germes aérobies 36 °C",
        "Conductivity 20 °C": "Conductivité 25 °C",
        "Turbidity": "Turbidité",
        "Nitrate": "Nitrates",
        "Lead": "Plomb",
        "Free chlorine": "Chlore libre",
        "Combined chlorine": "Chlore combiné",
        "Cyanuric acid": "Stabilisant",
    },
}
LABS = {
    "en": ("Kernow Analytical Laboratories", "UKAS accredited testing laboratory No. 2731"),
    "de": (
        "Landeslabor Wasserhygiene GmbH",
        "Akkreditiert nach DIN EN ISO/IEC 17025 - D-PL-14021-01",
    ),
    "fr": ("Laboratoire Départemental d'Analyses", "Accréditation COFRAC Essais n° 1-0887"),
}


def tpl_water_results(rng: random.Random, who: Issuer) -> list[Page]:
    """The local authority's letter with the results of its sampling of the park's drinking
    water (private supply or the shower block taps) or of the pool, and the laboratory's
    certificates of analysis behind it, one per sample."""
    h = head_of(who, "health")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    sampled = d - timedelta(days=rng.randint(7, 21))
    pool = rng.random() < 0.35
    officer = staff_of(h, "officer")
    ref = serial(rng, {"en": "PWS/9999/AA", "de": "GA-53.9-999/99", "fr": "ARS/EAU/99-9999"}[lg])
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        park_lines(tr(lg, "The Site Operator", "Betreiber", "À l'attention de l'exploitant")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Bearbeiter/in", "Dossier suivi par"), officer),
        ],
    )
    subj = tr(
        lg,
        "Swimming pool water sampling"
        if pool
        else "Private Water Supplies Regulations 2016 - sampling results",
        "Badebeckenwasser - Untersuchungsergebnisse"
        if pool
        else "Trinkwasserverordnung - Ergebnis der Überwachung",
        "Contrôle sanitaire des eaux de piscine"
        if pool
        else "Contrôle sanitaire de l'eau destinée à la consommation humaine",
    )
    f.page.text(s.margin, f.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    f.y += 20
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    samples = rng.randint(1, 3)
    fail = rng.random() < 0.25
    write(
        f,
        s,
        tr(
            lg,
            f"On {day(h, sampled)} samples were taken from {samples} point(s) on your site. The "
            "laboratory "
            "results are enclosed.",
            f"am {day(h, sampled)} wurden auf Ihrem Platz an {samples} Entnahmestelle(n) Proben "
            "entnommen. Die "
            "Befunde des Labors liegen bei.",
            f"Le {day(h, sampled)}, {samples} prélèvement(s) ont été réalisés sur votre "
            "établissement. Vous "
            "trouverez ci-joint les résultats d'analyse.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "One or more parameters did not meet the required standard. You must take action as "
            "set out below "
            "and arrange resampling."
            if fail
            else "All parameters tested met the required standards.",
            "Der Grenzwert wurde bei mindestens einem Parameter überschritten. Wir bitten um "
            "umgehende Spülung, "
            "Desinfektion und Nachbeprobung."
            if fail
            else "Die Proben entsprachen den Anforderungen.",
            "Au moins un paramètre n'est pas conforme aux limites de qualité. Des mesures "
            "correctives et un "
            "nouveau prélèvement sont demandés."
            if fail
            else "L'eau est conforme aux limites et références de qualité.",
        ),
    )
    write(f, s, prose(rng, lg, "water", 1, 3))
    if lg == "en" and rng.random() < 0.6:
        write(
            f,
            s,
            "An invoice for the sampling and analysis fee of "
            f"{cash(rng.choice([115.0, 148.5, 92.0]), lg)} will follow.",
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environmental Health Officer",
            "Gesundheitsaufsicht",
            "Ingénieur d'études sanitaires",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Enc. certificates of analysis",
            "Anlage: Prüfberichte",
            "P.J. : bulletins d'analyse",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d)
    lab, acc = LABS[lg]
    params = (
        POOL_PARAMS
        if pool
        else rng.sample(WATER_PARAMS[:5], 5) + rng.sample(WATER_PARAMS[5:], rng.randint(2, 5))
    )
    ls = paper(s, A4, margin=46, pt=8)
    lm = ls.margin
    for k in range(samples):
        p = Page(A4)
        p.rect(lm, lm - 18, w - 2 * lm, 40)
        p.text(lm + 8, lm - 2, lab, "Helvetica-Bold", 12)
        p.text(lm + 8, lm + 12, acc, "Helvetica", 7)
        p.text(
            w - lm - 8,
            lm + 4,
            tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "BULLETIN D'ANALYSE"),
            "Helvetica-Bold",
            10,
            "right",
        )
        y = lm + 44
        no = serial(rng, "9999-99999")
        point = rng.choice(
            {
                "en": [
                    "Shower block A - wash basin tap",
                    "Reception kitchen tap",
                    "Borehole storage tank outlet",
                    "Pitch standpipe 12",
                    "Pool - outlet main pool",
                ],
                "de": [
                    "Sanitärgebäude 1 - Waschbecken",
                    "Rezeption Küche",
                    "Hochbehälter Ausgang",
                    "Zapfstelle Stellplatz 12",
                    "Becken - Ablauf",
                ],
                "fr": [
                    "Bloc sanitaire A - lavabo",
                    "Accueil - évier",
                    "Réservoir - sortie",
                    "Borne eau emplacement 12",
                    "Bassin - reprise",
                ],
            }[lg]
        )
        y = (
            pairs(
                p,
                ls,
                lm,
                y,
                [
                    (tr(lg, "Report no.", "Prüfbericht-Nr.", "N° de bulletin"), no),
                    (tr(lg, "Client", "Auftraggeber", "Demandeur"), h.name.split(" - ")[0]),
                    (tr(lg, "Site", "Objekt", "Installation"), park_name()),
                    (
                        tr(lg, "Sampling point", "Entnahmestelle", "Point de prélèvement"),
                        tr(
                            lg,
                            "Pool - main pool outlet",
                            "Schwimmbecken - Ablauf",
                            "Bassin - reprise",
                        )
                        if pool
                        else point,
                    ),
                    (
                        tr(lg, "Sampled", "Probenahme", "Prélevé le"),
                        f"{short(sampled, lg)} {rng.randint(8, 15)}:"
                        + rng.choice(["05", "20", "40"]),
                    ),
                    (
                        tr(lg, "Received", "Eingang Labor", "Reçu le"),
                        short(sampled + timedelta(days=1), lg),
                    ),
                ],
                w * 0.62,
                8,
            )
            + 14
        )
        cols = columns(
            lm,
            w - lm,
            [(3, "left"), (1.1, "center"), (1.2, "left"), (1.2, "center"), (1.6, "left")],
        )
        head = [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "PCV / limit", "Grenzwert", "Limite"),
            tr(lg, "Method", "Verfahren", "Méthode"),
        ]
        x0, x1 = lm, w - lm
        p.rect(x0, y - 10, x1 - x0, 16, fill=0.88)
        for c, t in zip(cols, head, strict=True):
            p.text(
                c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                y,
                t,
                "Helvetica-Bold",
                8,
                "left" if c[2] == "left" else "center",
            )
        y += 18
        bad_row = rng.randrange(len(params)) if fail and k == 0 else -1
        for j, (nm, unit, lim, fn) in enumerate(params):
            res = fn(rng)
            if j == bad_row:
                res = str(rng.randint(2, 40)) + " *"
            label = PARAM_NAMES.get(lg, {}).get(nm, nm)
            vals = [
                label,
                res,
                unit,
                lim.replace(".", ",") if lg != "en" else lim,
                rng.choice(
                    [
                        "ISO 9308-1",
                        "ISO 7899-2",
                        "ISO 6222",
                        "DIN 38404",
                        "ISO 7393-2",
                        "NF EN 27888",
                    ]
                ),
            ]
            for c, t in zip(cols, vals, strict=True):
                p.text(
                    c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                    y,
                    fit(t, "Helvetica", 8, c[1] - c[0] - 2),
                    "Helvetica",
                    8,
                    "left" if c[2] == "left" else "center",
                )
            p.line(x0, y + 4, x1, y + 4)
            y += 15
        y += 10
        if bad_row >= 0:
            p.text(
                lm,
                y,
                tr(
                    lg,
                    "* exceeds the prescribed concentration or value",
                    "* Grenzwert überschritten",
                    "* non conforme",
                ),
                "Helvetica",
                7.5,
            )
            y += 14
        for ln in wrap(
            tr(
                lg,
                "Results relate only to the sample tested. This certificate shall not be "
                "reproduced except in full.",
                "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte Probe.",
                "Les résultats ne concernent que l'échantillon soumis à l'essai.",
            ),
            "Helvetica",
            7,
            w - 2 * lm,
        ):
            p.text(lm, y, ln, "Helvetica", 7)
            y += 9
        y += 20
        p.text(lm, y, tr(lg, "Authorised by", "Freigabe", "Validé par"), "Helvetica", 8)
        scrawl(p, lm + 70, y, person(keyed(who, "lab"), lg), 11)
        p.text(
            lm + 70,
            y + 12,
            person(keyed(who, "lab"), lg)
            + tr(lg, ", Laboratory Manager", ", Laborleitung", ", responsable technique"),
            "Helvetica",
            7.5,
        )
        p.text(
            w - lm,
            hh - 28,
            f"{no}  -  {tr(lg, 'Page', 'Seite', 'Page')} 1 {tr(lg, 'of', 'von', 'sur')} 1",
            "Helvetica",
            7,
            "right",
        )
        pages.append(p)
    LAST["day"] = d
    return pages


def tpl_pool_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's own pool log for a few weeks: landscape sheets, one a week, with the twice
    daily readings entered by hand and initialled, and a manager's check at the foot."""
    lg = lang()
    h = park_head()
    s = paper(style_of(h, LAND, margin=30, pt=7.5), LAND)
    w, _hh = LAND
    m = s.margin
    weeks = rng.randint(1, 4)
    first = month()
    if first.month in (11, 12, 1, 2, 3):
        # The pool is shut: the sheets of the last weeks of the season, filed late.
        first = date(first.year - (1 if first.month < 4 else 0), 9, 1)
    mon = first + timedelta(days=(7 - first.weekday()) % 7)
    title = tr(
        lg,
        "SWIMMING POOL DAILY RECORD",
        "BETRIEBSTAGEBUCH SCHWIMMBECKEN",
        "CARNET SANITAIRE - RELEVÉS JOURNALIERS",
    )
    heads = {
        "en": [
            "Date",
            "Time",
            "Free Cl mg/l",
            "Total Cl mg/l",
            "Comb. Cl",
            "pH",
            "Water °C",
            "Air °C",
            "Clarity",
            "Bathers",
            "Backwash",
            "Chemicals added",
            "Init.",
        ],
        "de": [
            "Datum",
            "Uhrzeit",
            "freies Cl mg/l",
            "gesamt Cl",
            "geb. Cl",
            "pH",
            "Wasser °C",
            "Luft °C",
            "Sichttiefe",
            "Besucher",
            "Rückspülung",
            "Frischwasser m³ / Chemie",
            "Kürzel",
        ],
        "fr": [
            "Date",
            "Heure",
            "Chlore libre",
            "Chlore total",
            "Chl. combiné",
            "pH",
            "T° eau",
            "T° air",
            "Transparence",
            "Fréquentation",
            "Lavage filtre",
            "Eau neuve m³ / produits",
            "Visa",
        ],
    }[lg]
    spec = [
        (1.0, "left"),
        (0.6, "left"),
        (0.8, "center"),
        (0.8, "center"),
        (0.7, "center"),
        (0.5, "center"),
        (0.7, "center"),
        (0.6, "center"),
        (0.8, "center"),
        (0.7, "center"),
        (0.8, "center"),
        (2.0, "left"),
        (0.5, "center"),
    ]
    cols = columns(m, w - m, spec)
    inits = [STAFF.get("maint", "JB"), STAFF.get("seasonal", "KL"), STAFF.get("owner", "MH")]
    inits = ["".join(t[0] for t in n.split()[:2]) for n in inits]
    pages = []
    closed = False
    for wk in range(weeks):
        p = Page(LAND)
        p.text(m, m, title, s.bold, 12)
        start = mon + timedelta(days=7 * wk)
        p.text(
            m,
            m + 16,
            f"{park_name()}  -  {tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} ",
            s.font,
            8.5,
        )
        hand(
            p,
            m
            + tw(
                f"{park_name()}  -  {tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} ",
                s.font,
                8.5,
            ),
            m + 16,
            short(start, lg),
            9,
        )
        p.text(
            w - m,
            m,
            tr(
                lg,
                "Target: free Cl 1.0-3.0 mg/l, pH 7.2-7.6",
                "Sollwerte: freies Cl 0,3-0,6 mg/l, pH 6,5-7,6",
                "Valeurs : chlore libre 0,4-1,4 mg/l, pH 6,9-7,7",
            ),
            s.font,
            7.5,
            "right",
        )
        y = m + 36
        p.rect(m, y - 10, w - 2 * m, 18, fill=0.88)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0] + 1, y + 1, fit(t, s.bold, 6.5, c[1] - c[0]), s.bold, 6.5)
        y += 10
        for dd in range(7):
            dte = start + timedelta(days=dd)
            for slot in ("09:00", "16:00"):
                p.rect(m, y, w - 2 * m, 22)
                if not closed and rng.random() < 0.93:
                    fcl = rng.uniform(0.8, 2.8) if lg == "en" else rng.uniform(0.3, 0.9)
                    tcl = fcl + rng.uniform(0.05, 0.4)
                    dec = "," if lg != "en" else "."
                    vals = [
                        short(dte, lg)[:5] if slot == "09:00" else "",
                        slot
                        if rng.random() < 0.8
                        else slot[:2] + ":" + rng.choice(["10", "25", "45"]),
                        f"{fcl:.1f}".replace(".", dec),
                        f"{tcl:.1f}".replace(".", dec),
                        f"{tcl - fcl:.1f}".replace(".", dec),
                        f"{rng.uniform(7.1, 7.7):.1f}".replace(".", dec),
                        str(rng.randint(24, 29)),
                        str(rng.randint(14, 31)),
                        rng.choice(["ok", "clear", "good"])
                        if lg == "en"
                        else rng.choice(["ok", "i.O.", "klar"])
                        if lg == "de"
                        else rng.choice(["bonne", "ok", "bonne"]),
                        str(rng.randint(0, 60)),
                        rng.choice(["", "", "", "Y" if lg == "en" else "x"]),
                        rng.choice(["", "", "", "2 kg Cl granules", "pH- 1 l", "shock", "3 m³"])
                        if lg == "en"
                        else rng.choice(["", "", "", "pH- 1 l", "Chlor 2 kg", "3,5"])
                        if lg == "de"
                        else rng.choice(["", "", "", "pH- 1 l", "chlore 2 kg", "3,5"]),
                        rng.choice(inits),
                    ]
                    for c, t in zip(cols, vals, strict=True):
                        if t:
                            hand(p, c[0] + 2, y + 15, t, 8.5, c[1] - c[0] - 3)
                y += 22
        for c in cols[1:]:
            p.line(c[0] - 2, m + 26, c[0] - 2, y)
        y += 12
        p.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.font, 8)
        p.line(m + 50, y + 2, w - m, y + 2)
        if rng.random() < 0.5 and not closed:
            hand(
                p,
                m + 56,
                y - 1,
                rng.choice(
                    [
                        "Filter backwashed Tue, pump seal checked",
                        "Pool closed 2 h - fouling",
                        "Rückspülung Di., Pumpe geprüft",
                        "Bassin fermé 1h - orage",
                    ]
                ),
                8.5,
            )
        if closed:
            hand(
                p,
                m + 56,
                y - 1,
                tr(
                    lg,
                    "Pool closed for winter",
                    "Becken außer Betrieb (Winter)",
                    "Piscine fermée (hiver)",
                ),
                9,
            )
        y += 22
        p.text(
            m,
            y,
            tr(
                lg,
                "Checked by manager:",
                "Geprüft (Betriebsleitung):",
                "Vérifié par le responsable :",
            ),
            s.font,
            8,
        )
        if rng.random() < 0.7:
            scrawl(p, m + 110, y, STAFF.get("owner", "M Hill"), 11)
        pages.append(p)
    return pages


LICENCE_CONDITIONS = {
    "en": [
        "Boundaries",
        "Density and spacing (6 metres between units)",
        "Roads, gateways and footpaths",
        "Hardstandings",
        "Fire fighting appliances and fire points",
        "Fire notices",
        "Electrical installations",
        "Water supply",
        "Drainage and sanitation",
        "Refuse disposal",
        "Parking",
        "Recreation space",
        "Notices and plan of the site",
        "Flood warning and evacuation",
        "LPG storage",
    ],
    "de": [
        "Zahl der Standplätze",
        "Abstände zwischen den Standplätzen",
        "Fahrwege und Zufahrten",
        "Brandschutz und Löschwasser",
        "Feuerlöscher",
        "Elektrische Anlagen",
        "Trinkwasserversorgung",
        "Abwasserbeseitigung",
        "Abfallentsorgung",
        "Sanitäre Anlagen",
        "Aushang der Platzordnung",
        "Hochwasserschutz",
        "Flüssiggaslagerung",
    ],
    "fr": [
        "Information des occupants",
        "Consignes de sécurité affichées",
        "Alerte (sirène, mégaphone)",
        "Évacuation vers la zone refuge",
        "Registre de sécurité",
        "Éclairage de sécurité",
        "Moyens de secours contre l'incendie",
        "Accès des véhicules de secours",
        "Débroussaillement",
        "Surveillance météorologique",
        "Exercices",
        "Mise à jour du cahier",
    ],
}


def tpl_site_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's letter about the park's caravan site licence (after an inspection, a
    transfer or a change of conditions) with the licence conditions annexed; in Germany the
    Bescheid with its Auflagen and the Rechtsbehelfsbelehrung, in France the préfecture's
    letter with the cahier de prescriptions de sécurité."""
    h = head_of(who, "licensing")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    officer = staff_of(h, "licensing")
    ref = serial(rng, {"en": "CSL/9999", "de": "63-999-99/AA", "fr": "SIDPC/99-999"}[lg])
    lic = serial(keyed(who, "lic"), "99/999")
    f = sheets(s, h, f"{tr(lg, 'Our ref', 'Az.', 'Réf.')} {ref}")
    recipient(
        f,
        s,
        h,
        park_lines(tr(lg, "The Licence Holder", "Betreiber", "Monsieur le gérant")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter", "Affaire suivie par"), officer),
        ],
    )
    subj = tr(
        lg,
        f"Caravan Sites and Control of Development Act 1960 - Site Licence No. {lic}",
        "Betrieb des Campingplatzes - Nachschau nach der Camping- und Wochenendplatzverordnung, "
        f"Genehmigung Nr. {lic}",
        f"Camping situé en zone à risque - cahier de prescriptions de sécurité (arrêté n° {lic})",
    )
    for ln in wrap(subj, s.bold, s.size, w - 2 * m):
        f.page.text(m, f.y, ln, s.bold, s.size)
        f.y += s.size * 1.35
    f.y += 10
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Monsieur,"))
    inspected = d - timedelta(days=rng.randint(10, 40))
    write(
        f,
        s,
        tr(
            lg,
            f"Further to the inspection of the site on {day(h, inspected)}, I enclose the site "
            "licence with the "
            "conditions as amended. Please display a copy at reception.",
            f"nach der Ortsbesichtigung am {day(h, inspected)} ergeht folgender Bescheid. Die "
            "Genehmigung wird mit "
            "den nachstehenden Auflagen verbunden.",
            f"Suite à la visite de la sous-commission départementale du {day(h, inspected)}, je "
            "vous adresse le "
            "cahier de prescriptions de sécurité applicable à votre terrain.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 2, 4))
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "Items requiring attention: "
                + "; ".join(rng.sample(LICENCE_CONDITIONS["en"], 2)).lower()
                + ".",
                "Folgende Punkte sind bis zum Saisonbeginn zu erledigen: "
                + ", ".join(rng.sample(LICENCE_CONDITIONS["de"], 2))
                + ".",
                "Points à mettre en conformité : "
                + ", ".join(rng.sample(LICENCE_CONDITIONS["fr"], 2)).lower()
                + ".",
            ),
        )
    if lg == "de":
        f.heading(m, "Gebühr", s.bold, s.size)
        write(
            f,
            s,
            "Für diesen Bescheid wird eine Verwaltungsgebühr von "
            f"{cash(rng.choice([120.0, 185.0, 240.0]), lg)} erhoben.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. "
            "Der Widerspruch ist schriftlich oder zur Niederschrift beim Landkreis einzulegen.",
            s.size - 1,
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Licensing Officer",
            "Sachbearbeitung Bauaufsicht",
            "Pour le Préfet et par délégation" if "Préfecture" in h.name else "Le Maire",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    a = plain(
        s,
        tr(
            lg,
            f"Site licence {lic} - conditions",
            f"Auflagen zur Genehmigung {lic}",
            f"Cahier de prescriptions - {park_name()}",
        ),
    )
    t = tr(
        lg,
        "CONDITIONS ATTACHED TO SITE LICENCE",
        "ANLAGE - AUFLAGEN",
        "CAHIER DE PRESCRIPTIONS DE SÉCURITÉ",
    )
    a.page.text(w / 2, a.y + 8, t, s.bold, shrink(t, s.bold, s.size + 4, w - 2 * m), "center")
    a.page.text(
        w / 2,
        a.y + 22,
        fit(f"{park_name()} - {park_row()[2]}", s.font, s.size, w - 2 * m),
        s.font,
        s.size,
        "center",
    )
    a.y += 44
    conds = LICENCE_CONDITIONS[lg]
    for k, c in enumerate(conds[: rng.randint(8, len(conds))], 1):
        a.heading(m, f"{k}. {c}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            a.para(
                m + 18,
                w - 2 * m - 18,
                f"({chr(97 + j)}) " + words(rng, lg, "legal", rng.randint(12, 28)),
                s.font,
                s.size - 0.5,
            )
    a.y += 10
    a.need(60)
    a.page.text(
        m,
        a.y,
        tr(
            lg,
            f"Issued {day(h, d)}",
            f"{h.town.split(' ', 1)[-1]}, {day(h, d)}",
            f"Fait à {h.town.split(' ', 1)[-1]}, le {day(h, d)}",
        ),
        s.font,
        s.size,
    )
    scrawl(a.page, m, a.y + 30, officer)
    pages.extend(close(a.pages, s, h, numbers=rng.choice(["{i}/{n}", "none", "- {i} -"])))
    LAST["day"] = d
    return pages


GRADING_AREAS = {
    "en": [
        "Arrival and reception",
        "Park appearance and landscaping",
        "Pitches and hardstandings",
        "Toilet and shower blocks",
        "Cleanliness of facilities",
        "Laundry and dishwashing",
        "Children's play area",
        "Shop",
        "Holiday homes (let fleet)",
        "Environmental management",
        "Accessibility",
    ],
    "de": [
        "Rezeption und Information",
        "Gesamteindruck und Begrünung",
        "Stellplätze",
        "Sanitärgebäude",
        "Sauberkeit",
        "Waschen und Spülen",
        "Spielplatz",
        "Einkaufen",
        "Mietunterkünfte",
        "Umwelt",
        "Barrierefreiheit",
    ],
    "fr": [
        "Accueil",
        "Aspect général et paysager",
        "Emplacements",
        "Blocs sanitaires",
        "Propreté",
        "Laverie et bacs à vaisselle",
        "Aire de jeux",
        "Épicerie",
        "Hébergements locatifs",
        "Développement durable",
        "Accessibilité",
    ],
}


def tpl_grading(rng: random.Random, who: Issuer) -> list[Page]:
    """A tourist board's grading or classification report on the park: a cover page with the
    result, the score table by area, the assessor's comments and the action points; in France
    the classification inspection report with the criteria grid."""
    h = head_of(who, "grading")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(10, 35))
    stars = rng.choice([3, 4, 4, 5])
    assessor = staff_of(h, "assessor")
    cover = Page(A4)
    cover.rect(0, 0, w, 150, fill=0.82)
    for k, part in enumerate(h.name.split(" - ")[:2]):
        pt = 16 if k == 0 else 11
        cover.text(m, 44 + 18 * k, fit(part, s.bold, pt, w - 2 * m), s.bold, pt)
    cover.text(
        m,
        84,
        tr(
            lg,
            "Quality Assessment Report",
            "Klassifizierungsbericht Campingplätze",
            "Rapport de contrôle - classement des terrains de camping",
        ),
        s.font,
        12,
    )
    cover.text(
        m,
        104,
        tr(
            lg,
            "Holiday, Touring and Camping Parks",
            "nach den Kriterien des BVCD",
            "Arrêté du 23 décembre 2010 modifié",
        ),
        italic_of(s.font),
        9,
    )
    y = 220.0
    cover.text(m, y, park_name(), s.bold, 18)
    cover.text(m, y + 20, f"{park_row()[1]}, {park_row()[2]}", s.font, 10)
    y += 70
    for k in range(stars):
        x = w / 2 - stars * 22 + k * 44 + 22
        pts = [
            (
                x + 16 * math.cos(math.pi / 2 + 2 * math.pi * j * 2 / 5),
                y - 16 * math.sin(math.pi / 2 + 2 * math.pi * j * 2 / 5),
            )
            for j in range(6)
        ]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            cover.line(x1, y1, x2, y2)
    y += 40
    res = tr(
        lg,
        f"{stars} Star Holiday Park",
        f"{stars} Sterne",
        f"{stars} étoiles - catégorie « tourisme »",
    )
    cover.text(w / 2, y, res, s.bold, 16, "center")
    y += 50
    pairs(
        cover,
        s,
        m,
        y,
        [
            (tr(lg, "Date of visit", "Besuchsdatum", "Date de la visite"), day(h, visit)),
            (tr(lg, "Assessor", "Prüfer/in", "Contrôleur"), assessor),
            (
                tr(lg, "Type of visit", "Art", "Type"),
                rng.choice(
                    tr(
                        lg,
                        "Annual;Re-grading;Mystery guest",
                        "Erstklassifizierung;Nachklassifizierung",
                        "Classement initial;Renouvellement",
                    ).split(";")
                ),
            ),
            (tr(lg, "Report date", "Datum", "Date du rapport"), day(h, d)),
        ],
        w - m,
        s.size,
    )
    pages = [cover]
    f = plain(
        s,
        f"{park_name()} - {tr(lg, 'Assessment', 'Klassifizierung', 'Contrôle')} {short(visit, lg)}",
    )
    caption(f, s, tr(lg, "Scores by area", "Bewertung nach Bereichen", "Grille de contrôle"), 2)
    if lg == "fr":
        rows = []
        for k in range(rng.randint(18, 34)):
            rows.append(
                [
                    f"{k + 1}",
                    words(rng, lg, "camp", rng.randint(4, 8))[:-1],
                    rng.choice(["Obligatoire", "À la carte"]),
                    str(rng.choice([5, 10, 15, 20, 30])),
                    rng.choice(["C", "C", "C", "NC", "SO"]),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [(0.5, "left"), (5, "left"), (1.4, "left"), (0.8, "right"), (0.8, "center")],
            ),
            ["N°", "Critère", "Type", "Points", "Résultat"],
            rows,
            s,
            rules=True,
        )
    else:
        rows = []
        for a in GRADING_AREAS[lg]:
            sc = rng.randint(62, 94)
            rows.append([a, f"{sc}%", f"{sc + rng.randint(-6, 6)}%", rng.choice(["", "", "*"])])
        table(
            f,
            columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (0.4, "center")]),
            [
                tr(lg, "Area", "Bereich", ""),
                tr(lg, "This year", "Ergebnis", ""),
                tr(lg, "Last year", "Vorjahr", ""),
                "",
            ],
            rows,
            s,
            rules=True,
            step=1.9,
            shade=0.9,
        )
    f.y += 12
    caption(f, s, tr(lg, "Assessor's comments", "Anmerkungen", "Observations du contrôleur"), 1)
    for a in rng.sample(GRADING_AREAS[lg], rng.randint(3, 6)):
        f.heading(m, a, s.bold, s.size)
        write(f, s, prose(rng, lg, "camp", 2, 4))
    caption(f, s, tr(lg, "Action points", "Empfehlungen", "Points à améliorer"), 1)
    for k in range(rng.randint(3, 7)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "camp"), indent=10)
    f.y += 10
    f.need(50)
    f.page.text(m, f.y, assessor, s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(lg, "Quality Assessor", "Klassifizierungsprüfer/in", "Contrôleur - organisme accrédité"),
        s.font,
        s.size - 1,
    )
    pages.extend(f.pages)
    fmt = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "{i}/{n}"}[lg]
    pages = close(pages, s, h, numbers=fmt)
    return pages


def ticket(
    rng: random.Random, h: Head, lines: list[tuple[str, str]], title: str, driver: str
) -> Page:
    """A driver's ticket printed on the lorry or torn from a pad: narrow, one column."""
    s = style_of(h, TICKET, margin=14, pt=7.5)
    w, _hh = TICKET
    m = s.margin
    p = Page(TICKET)
    mono = rng.random() < 0.6
    font = "Courier" if mono else s.font
    y = 24.0
    p.text(
        w / 2,
        y,
        fit(h.name.upper(), "Courier-Bold" if mono else s.bold, 8, w - 2 * m),
        "Courier-Bold" if mono else s.bold,
        8,
        "center",
    )
    p.text(w / 2, y + 10, fit(h.town, font, 6.5, w - 2 * m), font, 6.5, "center")
    y += 26
    p.text(w / 2, y, title, "Courier-Bold" if mono else s.bold, 9, "center")
    y += 16
    for a, b in lines:
        p.text(m, y, fit(a, font, 7, w * 0.5), font, 7)
        p.text(w - m, y, fit(b, font, 7, w * 0.5 - m), font, 7, "right")
        y += 11
    y += 16
    p.text(m, y, tr(h.lang, "Driver", "Fahrer", "Chauffeur") + f": {driver}", font, 7)
    y += 26
    p.line(m, y, w - m, y)
    p.text(
        m,
        y + 9,
        tr(h.lang, "Customer signature", "Unterschrift Kunde", "Signature client"),
        font,
        6.5,
    )
    if rng.random() < 0.8:
        scrawl(p, m + 10, y - 3, STAFF.get("maint", "J Bowden"), 10)
    return p


def tpl_tanker_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A waste contractor's invoice for emptying the park's cesspools, septic tank and the
    chemical toilet disposal point, with the drivers' tickets (waste transfer notes) behind it."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ex = LAST["day"]
    d = (
        (ex + timedelta(days=rng.randint(25, 35)))
        if after(("tanker_invoice",)) and isinstance(ex, date)
        else some_day(rng)
    )
    no = serial(rng, rng.choice(["INV-99999", "99999", "R99-9999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        park_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client n°"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    tanks = {
        "en": [
            "Cesspool - shower block A",
            "Septic tank - holiday homes",
            "Elsan / CDP point",
            "Grease trap - café",
        ],
        "de": [
            "Sammelgrube Sanitär 1",
            "Kleinkläranlage Mobilheime",
            "Chemie-WC-Entsorgung",
            "Fettabscheider Kiosk",
        ],
        "fr": [
            "Fosse toutes eaux - bloc A",
            "Fosse septique - mobil-homes",
            "Borne vidange WC chimiques",
            "Bac à graisse snack",
        ],
    }[lg]
    rows = []
    tickets = []
    rate = {"en": 38.0, "de": 42.0, "fr": 45.0}[lg]
    for _ in range(rng.randint(2, 6)):
        dd = d - timedelta(days=rng.randint(1, 28))
        tank = rng.choice(tanks)
        vol = (
            rng.choice([4, 6, 8, 10, 12, 16])
            if lg != "en"
            else rng.choice([1000, 2000, 3000, 4000])
        )
        qty = f"{vol} m³" if lg != "en" else f"{vol} gal"
        amt = vol * rate if lg != "en" else vol / 1000 * 165.0
        tno = serial(rng, "999999")
        rows.append([short(dd, lg), tank, qty, tno, money(amt, lg)])
        tickets.append((dd, tank, qty, tno))
    cols = columns(
        m, w - m, [(1.2, "left"), (3.2, "left"), (1.1, "center"), (1.1, "center"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Location", "Entleerstelle", "Ouvrage"),
            tr(lg, "Volume", "Menge", "Volume"),
            tr(lg, "Ticket", "Schein", "Bon"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = sum(unmoney(r[4], lg) for r in rows)
    if rng.random() < 0.5:
        extra = rng.choice([35.0, 48.0, 60.0])
        net += extra
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Disposal / treatment works charge",
                "Einleitgebühr Kläranlage",
                "Redevance dépotage station",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(extra, lg), s.font, s.size - 1, "right")
        f.y += 16
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 10.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 30 days. Waste carrier registration CBDU"
            + serial(keyed(who, "cbdu"), "999999")
            + ".",
            "Zahlbar innerhalb 14 Tagen ohne Abzug. Entsorgungsnachweise liegen bei.",
            "Règlement à 30 jours. Bordereaux de suivi joints. Agrément préfectoral n° "
            + serial(keyed(who, "agr"), "9999-99")
            + ".",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    driver = staff_of(h, "driver")
    for dd, tank, qty, tno in tickets[: rng.choice([0, 1, len(tickets)])]:
        pages.append(
            ticket(
                rng,
                h,
                [
                    (tr(lg, "Ticket", "Schein", "Bon"), tno),
                    (tr(lg, "Date", "Datum", "Date"), short(dd, lg)),
                    (tr(lg, "Site", "Ort", "Site"), park_name()),
                    (tr(lg, "Tank", "Grube", "Ouvrage"), tank),
                    (tr(lg, "Volume", "Menge", "Volume"), qty),
                    ("EWC", "20 03 04"),
                    (tr(lg, "Disposal", "Annahme", "Dépotage"), rng.choice(["STW", "KA", "STEP"])),
                ],
                tr(lg, "WASTE TRANSFER NOTE", "ENTSORGUNGSNACHWEIS", "BORDEREAU DE SUIVI"),
                driver,
            )
        )
    LAST["day"] = d
    return pages


LINEN = {
    "en": [
        ("Single duvet cover", 1.05),
        ("Double duvet cover", 1.35),
        ("Pillowcase", 0.32),
        ("Single fitted sheet", 0.78),
        ("Double fitted sheet", 0.95),
        ("Bath towel", 0.62),
        ("Hand towel", 0.35),
        ("Bath mat", 0.41),
        ("Tea towel", 0.22),
    ],
    "de": [
        ("Bettbezug 135x200", 1.15),
        ("Kissenbezug 80x80", 0.38),
        ("Spannbettlaken 90", 0.82),
        ("Spannbettlaken 140", 0.99),
        ("Duschtuch", 0.66),
        ("Handtuch", 0.39),
        ("Badvorleger", 0.44),
        ("Geschirrtuch", 0.24),
    ],
    "fr": [
        ("Housse de couette 1 pers.", 1.10),
        ("Housse de couette 2 pers.", 1.40),
        ("Taie d'oreiller", 0.35),
        ("Drap housse 90", 0.80),
        ("Drap housse 140", 0.98),
        ("Drap de bain", 0.64),
        ("Serviette", 0.36),
        ("Torchon", 0.23),
    ],
}


def tpl_linen_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A laundry's linen hire invoice for the park's holiday homes: the items hired by the
    piece over the weeks, and a delivery summary page (a landscape grid of items by
    delivery) behind it now and then."""
    h = head_of(who, "laundry")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ex = LAST["day"]
    d = (
        (ex + timedelta(days=rng.choice([7, 14, 28, 30])))
        if after(("linen_invoice",)) and isinstance(ex, date)
        else some_day(rng)
    )
    no = serial(rng, rng.choice(["LH999999", "99999", "F-999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        park_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "c"), "C9999")),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=27), lg)} - {short(d, lg)}",
            ),
        ],
    )
    caption(
        f, s, tr(lg, "INVOICE - LINEN HIRE", "RECHNUNG MIETWÄSCHE", "FACTURE LOCATION DE LINGE"), 2
    )
    items = rng.sample(LINEN[lg], rng.randint(5, len(LINEN[lg])))
    deliveries = [d - timedelta(days=27 - 7 * k) for k in range(4)]
    grid = [[rng.randint(6, 80) if rng.random() < 0.9 else 0 for _ in deliveries] for _ in items]
    rows = []
    net = 0.0
    for (it, price), counts in zip(items, grid, strict=True):
        q = sum(counts)
        net += q * price
        rows.append([it, str(q), money(price, lg), money(q * price, lg)])
    rows.append(
        [
            tr(lg, "Delivery charge", "Anfahrtspauschale", "Frais de livraison"),
            str(len(deliveries)),
            money(12.5, lg),
            money(12.5 * len(deliveries), lg),
        ]
    )
    net += 12.5 * len(deliveries)
    if rng.random() < 0.4:
        lost = rng.randint(1, 6)
        rows.append(
            [
                tr(
                    lg,
                    "Losses / damaged items",
                    "Schwund / Beschädigung",
                    "Pertes / articles abîmés",
                ),
                str(lost),
                money(8.5, lg),
                money(8.5 * lost, lg),
            ]
        )
        net += 8.5 * lost
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU"),
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
            "Direct debit will be taken on or after the 10th of next month.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen.",
            "Prélèvement SEPA à échéance.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.55:
        ls = paper(s, LAND, margin=36, pt=8)
        lw, lh = LAND
        lf = Sheets(LAND, lh - 40, lambda pg, n: 40.0)
        caption(
            lf,
            ls,
            tr(lg, "Delivery summary", "Lieferübersicht", "Récapitulatif des livraisons")
            + f" - {no}",
            1,
        )
        head = (
            [tr(lg, "Item", "Artikel", "Article")]
            + [f"{tr(lg, 'Del.', 'LS', 'BL')} {short(x, lg)}" for x in deliveries]
            + [tr(lg, "Total", "Summe", "Total")]
        )
        rows2 = [
            [it] + [str(c) for c in counts] + [str(sum(counts))]
            for (it, _), counts in zip(items, grid, strict=True)
        ]
        table(
            lf,
            columns(
                36, lw - 36, [(3, "left")] + [(1.2, "right")] * len(deliveries) + [(1, "right")]
            ),
            head,
            rows2,
            ls,
            rules=True,
            step=2.0,
            shade=0.9,
        )
        lf.y += 20
        lf.page.text(
            36,
            lf.y,
            tr(lg, "Signed for on delivery by:", "Empfang bestätigt:", "Réception signée par :"),
            ls.font,
            8,
        )
        lf.page.text(
            200,
            lf.y,
            ", ".join(sorted({STAFF.get("maint", ""), STAFF.get("seasonal", "")} - {""})),
            HAND,
            9,
        )
        pages.extend(lf.pages)
    LAST["day"] = d
    return pages


SHOP = {
    "en": [
        ("Milk semi-skimmed 2L", 1.32),
        ("Bread white sliced 800g", 1.05),
        ("Baked beans 415g x24", 14.40),
        ("Firelighters x24", 1.65),
        ("Charcoal 5kg", 6.25),
        ("Disposable BBQ", 2.10),
        ("Crisps multipack 6", 1.45),
        ("Ice cream cones x6", 2.60),
        ("Sun cream SPF30", 4.10),
        ("Eggs free range 12", 2.45),
        ("Bacon back 300g", 2.15),
        ("Sausages 8", 1.95),
        ("Tea bags 80", 1.85),
        ("Coffee instant 100g", 3.20),
        ("Butter 250g", 1.90),
        ("Chemical toilet fluid 2L", 9.50),
        ("Batteries AA x4", 2.30),
        ("Tent pegs x10", 3.40),
        ("Lager 4 x 440ml", 4.30),
        ("Wine red 75cl", 5.60),
    ],
    "de": [
        ("Vollmilch 1 l", 0.99),
        ("Brötchen TK x30", 4.80),
        ("Grillkohle 3 kg", 4.49),
        ("Grillanzünder", 1.29),
        ("Bratwurst 5 Stk.", 2.49),
        ("Eier Bodenh. 10", 1.99),
        ("Butter 250 g", 1.79),
        ("Kaffee 500 g", 5.49),
        ("Sonnencreme LSF 30", 4.99),
        ("Speiseeis Sortiment", 18.90),
        ("Pils 0,5 l x20", 13.90),
        ("Mineralwasser 1,5 l x6", 2.94),
        ("Chemie-WC Zusatz 2 l", 8.90),
        ("Batterien AA 4er", 2.29),
        ("Zeltheringe 10er", 2.95),
        ("Chips 175 g", 1.29),
    ],
    "fr": [
        ("Lait demi-écrémé 1 L", 0.98),
        ("Baguettes précuites x10", 3.90),
        ("Charbon de bois 5 kg", 5.90),
        ("Allume-feu x32", 1.60),
        ("Saucisses de Toulouse 6", 3.20),
        ("Œufs plein air x12", 2.80),
        ("Beurre doux 250 g", 2.10),
        ("Café moulu 250 g", 2.95),
        ("Crème solaire SPF 30", 5.20),
        ("Glaces bâtonnets x24", 16.80),
        ("Bière blonde 25 cl x24", 11.50),
        ("Eau minérale 1,5 L x6", 2.40),
        ("Produit WC chimique 2 L", 9.20),
        ("Piles AA x4", 2.50),
        ("Sardines de tente x10", 3.10),
        ("Chips 150 g", 1.35),
    ],
}


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's delivery note (or delivery note and invoice) for the site shop: the lines
    with codes, packs and prices over as many pages as it takes, the received-by box."""
    h = head_of(who, "wholesale")
    lg = h.lang
    s = style_of(h, rng.choice([A4, A4, LETTER]) if lg == "en" else A4, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["day"]
    d = (
        (ex + timedelta(days=rng.choice([3, 4, 7])))
        if after(("delivery_note",)) and isinstance(ex, date)
        else some_day(rng)
    )
    no = serial(rng, rng.choice(["DN9999999", "99999999", "BL999999"]))
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no} - "
        f"{tr(lg, 'continued', 'Fortsetzung', 'suite')}",
    )
    recipient(
        f,
        s,
        h,
        park_lines(tr(lg, "Site shop", "Platzladen", "Épicerie")),
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), no),
            (tr(lg, "Order", "Bestellung", "Commande"), serial(rng, "999999")),
            (tr(lg, "Route / drop", "Tour", "Tournée"), serial(rng, "99/9")),
        ],
    )
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
    lines = rng.sample(SHOP[lg], rng.randint(8, len(SHOP[lg])))
    n = rng.choice([1, 1, 2, 3])
    lines = (lines * n)[: len(lines) * n]
    rows = []
    net = 0.0
    for it, price in lines:
        q = rng.choice([1, 2, 3, 4, 6, 12])
        short_q = q if rng.random() > 0.06 else q - 1
        rows.append(
            [
                serial(rng, "999999"),
                it,
                str(q),
                str(short_q),
                money(price, lg),
                money(short_q * price, lg),
            ]
        )
        net += short_q * price
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (3.6, "left"),
                (0.6, "right"),
                (0.6, "right"),
                (0.9, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord", "Best.", "Cdé"),
            tr(lg, "Del", "Gel.", "Livré"),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    f.y += 6
    f.need(110)
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Goods value', 'Warenwert netto', 'Total HT')}: {cash(net, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    f.page.rect(m, f.y, w - 2 * m, 60)
    f.page.text(
        m + 6,
        f.y + 12,
        tr(
            lg,
            "Received in good condition (subject to count)",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue sous réserve de déballage",
        ),
        s.font,
        8,
    )
    f.page.text(
        m + 6,
        f.y + 48,
        tr(lg, "Name / signature", "Name / Unterschrift", "Nom / signature"),
        s.font,
        7,
    )
    if rng.random() < 0.8:
        scrawl(f.page, m + 90, f.y + 40, STAFF.get("reception", "K Rowe"), 12)
        hand(
            f.page,
            w - m - 150,
            f.y + 40,
            short(d, lg) + rng.choice(["", " - 2 crates short", " - 1 x Milch fehlt", ""]),
            9,
        )
    f.y += 70
    pages = close(f.pages, s, h)
    LAST["day"] = d
    return pages


def tpl_lpg_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The LPG supplier's invoice for the bulk tank fill and the cylinders exchanged for the
    shop, with the driver's delivery tickets (meter readings, tank gauge) behind it."""
    h = head_of(who, "lpg")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "99999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        park_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), serial(keyed(who, "a"), "9999999")),
            (tr(lg, "Tank", "Behälter", "Citerne"), serial(keyed(who, "t"), "T99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    fills = []
    for _ in range(rng.randint(1, 2)):
        lit = rng.randint(800, 4200)
        ppl = {"en": 0.62, "de": 0.79, "fr": 1.05}[lg] + rng.uniform(-0.05, 0.06)
        dd = d - timedelta(days=rng.randint(1, 20))
        rows.append(
            [
                short(dd, lg),
                tr(lg, "Propane bulk (litres)", "Propan lose (Liter)", "Propane vrac (litres)"),
                str(lit),
                f"{ppl:.4f}".replace(".", "," if lg != "en" else "."),
                money(lit * ppl, lg),
            ]
        )
        net += lit * ppl
        fills.append((dd, lit))
    for it, pr in rng.sample(
        [
            (
                tr(
                    lg,
                    "Propane 13 kg cylinder refill",
                    "Propan 11 kg Tauschflasche",
                    "Propane 13 kg échange",
                ),
                31.0,
            ),
            (
                tr(lg, "Butane 7 kg refill", "Propan 5 kg Tauschflasche", "Butane 13 kg échange"),
                24.5,
            ),
            (tr(lg, "Patio gas 5 kg", "Campinggas 2,8 kg", "Cube butane 6 kg"), 19.0),
        ],
        rng.randint(0, 3),
    ):
        q = rng.randint(4, 30)
        rows.append(
            [
                short(d - timedelta(days=rng.randint(1, 20)), lg),
                it,
                str(q),
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
        net += q * pr
    if rng.random() < 0.6:
        rows.append(
            [
                "",
                tr(lg, "Annual tank rental", "Behältermiete jährlich", "Location citerne annuelle"),
                "1",
                money(95.0, lg),
                money(95.0, lg),
            ]
        )
        net += 95.0
    table(
        f,
        columns(
            m, w - m, [(1.1, "left"), (3.4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
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
        {"en": 5.0, "de": 19.0, "fr": 20.0}[lg],
        "VAT 5% (domestic fuel)" if lg == "en" else "",
    )
    write(f, s, words(rng, lg, "money"), s.size - 1)
    pages = close(f.pages, s, h)
    driver = staff_of(h, "driver")
    for dd, lit in fills:
        if rng.random() < 0.7:
            g0 = rng.randint(12, 30)
            pages.append(
                ticket(
                    rng,
                    h,
                    [
                        (tr(lg, "Ticket", "Lieferschein", "Bon"), serial(rng, "9999999")),
                        (tr(lg, "Date", "Datum", "Date"), short(dd, lg)),
                        (
                            tr(lg, "Time", "Zeit", "Heure"),
                            f"{rng.randint(7, 16)}:{rng.randint(0, 59):02d}",
                        ),
                        (
                            tr(lg, "Meter start", "Zählerst. Beginn", "Index début"),
                            str(rng.randint(100000, 900000)),
                        ),
                        (tr(lg, "Litres", "Liter", "Litres"), str(lit)),
                        (tr(lg, "Gauge before", "Füllstand vorher", "Jauge avant"), f"{g0}%"),
                        (
                            tr(lg, "Gauge after", "Füllstand nachher", "Jauge après"),
                            f"{min(85, g0 + lit // 60)}%",
                        ),
                        (tr(lg, "Temp.", "Temp.", "Temp."), f"{rng.randint(4, 24)} °C"),
                    ],
                    tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"),
                    driver,
                )
            )
    LAST["day"] = d
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OOO: clubs, guests, accidents and staff
# ---------------------------------------------------------------------------------------------

UNIT_TYPES = {
    "en": ["Caravan", "Motorhome", "Caravan", "Trailer tent", "Campervan"],
    "de": ["Wohnwagen", "Wohnmobil", "Wohnwagen", "Faltcaravan", "Campingbus"],
    "fr": ["Caravane", "Camping-car", "Camping-car", "Tente-caravane", "Van"],
}


def reg_no(rng: random.Random, lg: str) -> str:
    if lg == "en":
        return serial(rng, "AA99 AAA")
    if lg == "de":
        return f"{rng.choice(['H', 'HB', 'MA', 'M', 'HD', 'OL'])}-{serial(rng, 'AA 999')}"
    return serial(rng, "AA-999-AA")


def tpl_rally_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A caravan club's rally booking: the rally secretary's letter, the list of members' units
    with their registrations and hook-up needs, and now and then the rally programme."""
    h = head_of(who, "club", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    sec = staff_of(h, "secretary")
    arrive = d + timedelta(days=rng.randint(30, 200))
    nights = rng.choice([2, 3, 3, 4, 7])
    n = rng.randint(8, 34)
    rally = tr(
        lg,
        rng.choice(["Spring Rally", "Summer Meet", "Autumn Half-Term Rally", "Bank Holiday Rally"]),
        rng.choice(["Frühjahrstreffen", "Sommertreffen", "Herbstausfahrt"]),
        rng.choice(["Rassemblement de printemps", "Sortie d'été", "Rassemblement d'automne"]),
    )
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        park_lines(tr(lg, "Bookings", "Reservierung", "Réservations")),
        d,
        [(tr(lg, "Rally", "Treffen", "Rassemblement"), rally)],
    )
    f.page.text(
        m,
        f.y,
        fit(
            f"{rally} {arrive.year} - {short(arrive, lg)} - "
            f"{short(arrive + timedelta(days=nights), lg)}",
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    write(
        f,
        s,
        tr(
            lg,
            "Further to our telephone conversation I am pleased to confirm our rally booking for "
            f"{n} units. "
            "The list of members attending is enclosed; a few more may join nearer the date.",
            f"wie telefonisch besprochen möchten wir für unser Clubtreffen {n} Stellplätze "
            "verbindlich reservieren. "
            "Die Teilnehmerliste liegt bei.",
            f"Suite à notre échange téléphonique, nous vous confirmons la réservation de {n} "
            "emplacements pour notre "
            "rassemblement. Vous trouverez ci-joint la liste des participants.",
        ),
    )
    write(f, s, prose(rng, lg, "camp", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit cheque for {cash(n * 10.0, lg)} is enclosed.",
            f"Die Anzahlung von {cash(n * 10.0, lg)} haben wir überwiesen.",
            f"Vous trouverez ci-joint un chèque d'acompte de {cash(n * 10.0, lg)}.",
        ),
    )
    regards(f, s, lg, sec, tr(lg, "Rally Secretary", "Fahrtenwart", "Secrétaire"))
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d)
    ls = paper(s, LAND if rng.random() < 0.5 else A4, margin=36, pt=8)
    lw, _lh = ls.page_size
    lf = plain(ls, f"{h.name} - {rally}")
    caption(
        lf,
        ls,
        tr(
            lg,
            "Booking form - members attending",
            "Teilnehmerliste",
            "Bulletin d'inscription - participants",
        ),
        2,
    )
    lf.page.text(36, lf.y, f"{rally}  -  {park_name()}", ls.font, 8)
    lf.y += 18
    rows = []
    for _ in range(n):
        nm = person(rng, lg)
        rows.append(
            [
                str(rng.randint(10000, 99999)),
                nm,
                rng.choice(UNIT_TYPES[lg]),
                f"{rng.uniform(5.5, 8.8):.1f} m",
                reg_no(rng, lg),
                rng.choice(yes_no(lg)) if rng.random() < 0.5 else yes_no(lg)[0],
                str(nights - (1 if rng.random() < 0.15 else 0)),
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "dog", "Hund", "chien"),
                        tr(lg, "late arr.", "Anreise spät", "arrivée tardive"),
                    ]
                ),
            ]
        )
    table(
        lf,
        columns(
            36,
            lw - 36,
            [
                (0.9, "left"),
                (2.2, "left"),
                (1.4, "left"),
                (0.7, "center"),
                (1.2, "left"),
                (0.8, "center"),
                (0.6, "center"),
                (1.5, "left"),
            ],
        ),
        [
            tr(lg, "Member", "Mitgl.", "Adhérent"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Unit", "Fahrzeug", "Équipement"),
            tr(lg, "Length", "Länge", "Long."),
            tr(lg, "Reg.", "Kennz.", "Immat."),
            tr(lg, "EHU", "Strom", "Élec."),
            tr(lg, "Nights", "Nächte", "Nuits"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ],
        rows,
        ls,
        rules=True,
        step=1.9,
    )
    pages.extend(lf.pages)
    if rng.random() < 0.4:
        ps = paper(s, A5, margin=34, pt=9)
        pf = plain(ps)
        caption(pf, ps, tr(lg, "Rally programme", "Programm", "Programme"), 4)
        for k in range(nights + 1):
            dd = arrive + timedelta(days=k)
            pf.heading(34, day(h, dd), ps.bold, 9.5)
            for _ in range(rng.randint(1, 3)):
                pf.para(
                    44,
                    A5[0] - 78,
                    f"{rng.randint(9, 20)}:{rng.choice(['00', '30'])}  "
                    + words(rng, lg, "camp", rng.randint(4, 9)),
                    ps.font,
                    9,
                )
        pages.extend(pf.pages)
    contact = sec
    LAST["extra"] = (contact, lg, [mx(sec, lg), h.name, h.street, h.town], n, arrive, nights)
    LAST["day"] = d
    return pages


ISSUES = {
    "en": [
        "the shower block was dirty on three mornings",
        "the hot water in our holiday home failed twice",
        "our pitch was waterlogged and we were not offered another",
        "the noise from the bar went on after midnight",
        "the chalet had a damp smell and mould in the bedroom",
        "we were charged twice for the dog",
        "the pool was closed for most of our stay without notice",
    ],
    "de": [
        "die Duschen an drei Tagen verschmutzt waren",
        "das Warmwasser im Mobilheim zweimal ausfiel",
        "unser Stellplatz unter Wasser stand und uns kein anderer angeboten wurde",
        "der Lärm aus dem Kiosk bis nach Mitternacht ging",
        "das Mobilheim muffig roch und im Schlafzimmer Schimmel war",
        "uns der Hund doppelt berechnet wurde",
        "das Schwimmbad fast die ganze Zeit ohne Ankündigung geschlossen war",
    ],
    "fr": [
        "les sanitaires étaient sales trois matins de suite",
        "l'eau chaude du mobil-home est tombée en panne deux fois",
        "notre emplacement était inondé et aucun autre ne nous a été proposé",
        "le bruit du bar a duré après minuit",
        "le mobil-home sentait l'humidité avec de la moisissure dans la chambre",
        "le chien nous a été facturé deux fois",
        "la piscine est restée fermée presque tout le séjour sans information",
    ],
}


def lined(p: Page, m: float, top: float, step: float = 18) -> None:
    w, hh = p.size
    y = top
    while y < hh - m:
        p.line(m - 10, y, w - m + 10, y)
        y += step
    p.line(m + 14, 20, m + 14, hh - 20)


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest's complaint after a stay: a typed letter, a handwritten letter on lined paper or
    a printed e-mail, in the guest's language; now and then with the photographs the guest
    took."""
    r = keyed(who, "guest")
    name, glg, lines = a_guest(r, abroad=0.3)
    d = some_day(rng)
    stay_from = d - timedelta(days=rng.randint(5, 30))
    stay_to = stay_from + timedelta(days=rng.choice([3, 7, 7, 14]))
    issue = rng.sample(ISSUES[glg], rng.randint(1, 3))
    text1 = tr(
        glg,
        f"We stayed at your park from {short(stay_from, glg)} to {short(stay_to, glg)} (booking "
        f"{serial(rng, 'B99999')}) "
        "and I am writing because we were very disappointed.",
        f"wir waren vom {short(stay_from, glg)} bis {short(stay_to, glg)} auf Ihrem Platz und "
        "möchten uns leider beschweren.",
        f"Nous avons séjourné dans votre camping du {short(stay_from, glg)} au "
        f"{short(stay_to, glg)} et nous tenons à vous faire "
        "part de notre mécontentement.",
    )
    text2 = tr(
        glg,
        "In particular " + "; ".join(issue) + ".",
        "Insbesondere hat uns gestört, dass " + ", und dass ".join(issue) + ".",
        "En particulier, " + " ; ".join(issue) + ".",
    )
    text3 = tr(
        glg,
        "I would ask you to consider a partial refund of our stay.",
        "Wir bitten um eine teilweise Erstattung des Preises.",
        "Nous vous demandons un geste commercial.",
    )
    style = rng.choice(["typed", "typed", "hand", "mail"])
    pages: list[Page] = []
    if style == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 50, "none", "bottom", A4, "short")
        f = plain(s)
        w, hh = A4
        f.page.text(
            50,
            30,
            f"{name} <{name.split()[0].lower()}.{name.split()[-1].lower()}@"
            + rng.choice(["gmail.com", "web.de", "orange.fr", "btinternet.com"])
            + ">",
            "Helvetica-Bold",
            10,
        )
        f.page.line(50, 38, w - 50, 38)
        f.y = 56
        for a, b in [
            (tr(glg, "From:", "Von:", "De :"), name),
            (
                tr(glg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{short(d, glg)} {rng.randint(7, 23)}:{rng.randint(0, 59):02d}",
            ),
            (tr(glg, "To:", "An:", "À :"), park_head().mail or "info@park"),
            (
                tr(glg, "Subject:", "Betreff:", "Objet :"),
                tr(glg, "Complaint about our stay", "Beschwerde Aufenthalt", "Réclamation séjour"),
            ),
        ]:
            f.page.text(50, f.y, a, "Helvetica-Bold", 9)
            f.page.text(120, f.y, b, "Helvetica", 9)
            f.y += 13
        f.y += 12
        for t in [
            tr(glg, "Dear Sir/Madam,", "Sehr geehrte Damen und Herren,", "Bonjour,"),
            text1,
            text2,
            prose(rng, glg, "gripe", 2, 4),
            text3,
            tr(glg, "Regards", "Viele Grüße", "Cordialement"),
            name,
        ]:
            write(f, s, t)
        pages = f.pages
        for k, pg in enumerate(pages, 1):
            pg.text(
                50,
                hh - 24,
                f"https://mail.{rng.choice(['google.com', 'web.de', 'orange.fr'])}/mail/u/0/#inbox",
                "Helvetica",
                7,
            )
            pg.text(w - 50, hh - 24, f"{k}/{len(pages)}", "Helvetica", 7, "right")
            pg.text(
                50,
                16,
                f"{short(d, glg)} {rng.randint(8, 20)}:{rng.randint(10, 59)}",
                "Helvetica",
                7,
            )
    elif style == "hand":
        size = rng.choice([A4, A5])
        w, hh = size
        m = 40.0
        pg = Page(size)
        lined(pg, m, 80)
        pages.append(pg)
        y = 26.0
        for ln in [*lines[1:], short(d, glg)]:
            hand(pg, w - m - 150, y, ln, 10)
            y += 14
        y = 80.0 + 18 * 3 - 4
        body = " ".join(
            [
                tr(glg, "Dear Sir/Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
                text1,
                text2,
                text3,
            ]
        )
        for ln in wrap(body, HAND, 10.5, w - 2 * m - 20):
            if y > hh - m - 20:
                pg = Page(size)
                lined(pg, m, 62)
                pages.append(pg)
                y = 58.0
            hand(pg, m + 20, y, ln, 10.5)
            y += 18
        if y > hh - m - 40:
            pg = Page(size)
            lined(pg, m, 62)
            pages.append(pg)
            y = 40.0
        scrawl(pg, m + 20, y + 22, name)
    else:
        s = Style(
            rng.choice(["Helvetica", "Times-Roman"]),
            "Helvetica-Bold",
            10.5,
            62,
            "none",
            "bottom",
            A4 if glg != "en" or rng.random() < 0.7 else LETTER,
            "short",
        )
        w, hh = s.page_size
        f = plain(s)
        yy = f.y
        for ln in lines:
            f.page.text(w - 62, yy, ln, s.font, 10, "right")
            yy += 13
        f.y = yy + 20
        f.y = window(f.page, s, None, f.y, park_lines())
        f.page.text(w - 62, f.y, short(d, glg), s.font, 10, "right")
        f.y += 30
        write(
            f,
            s,
            tr(
                glg,
                "Complaint - our stay",
                "Beschwerde über unseren Aufenthalt",
                "Réclamation - notre séjour",
            ).upper(),
        )
        for t in [
            tr(glg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
            text1,
            text2,
            prose(rng, glg, "gripe", 2, 5),
            text3,
        ]:
            write(f, s, t)
        f.need(80)
        write(
            f,
            s,
            tr(
                glg,
                "Yours faithfully,",
                "Mit freundlichen Grüßen",
                "Veuillez agréer nos salutations.",
            ),
        )
        scrawl(f.page, 62, f.y + 16, name)
        f.y += 30
        write(f, s, name)
        pages = f.pages
    if rng.random() < 0.3:
        pp = Page(A4)
        w, hh = A4
        n = rng.choice([2, 3, 4])
        ph = (hh - 120) / ((n + 1) // 2) - 30
        pw = (w - 110) / (2 if n > 1 else 1)
        for k in range(n):
            x = 50 + (k % 2) * (pw + 10)
            y = 50 + (k // 2) * (ph + 30)
            photo(pp, x, y, pw, ph, rng)
            if rng.random() < 0.5:
                hand(
                    pp,
                    x,
                    y + ph + 16,
                    rng.choice(
                        ["shower block", "Dusche", "douche", "bedroom", "pitch 21", "Stellplatz"]
                    ),
                    9,
                )
        pages.append(pp)
    received(rng, pages[0], d, 0.5)
    LAST["extra"] = (name, glg, lines, issue, stay_from)
    LAST["day"] = d
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's reply to a guest's complaint, apologising or explaining, sometimes with a
    goodwill voucher for a next stay on a second sheet."""
    h = park_head()
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(ex, tuple):
        name, glg, lines, _issue, stay_from = ex
        d = (
            LAST["day"] + timedelta(days=rng.randint(3, 12))
            if isinstance(LAST["day"], date)
            else some_day(rng)
        )
    else:
        name, glg, lines = a_guest(rng, 0.2)
        stay_from = some_day(rng) - timedelta(days=20)
        d = some_day(rng)
    lg = glg if glg != h.lang and rng.random() < 0.5 else h.lang
    h.lang = lg
    s = style_of(h, A4)
    _w, _hh = A4
    m = s.margin
    owner = STAFF.get("owner", staff_of(h, "owner"))
    f = sheets(s, h)
    recipient(f, s, h, lines, d, [])
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Your stay from {short(stay_from, lg)}",
            f"Ihr Aufenthalt ab {short(stay_from, lg)}",
            f"Votre séjour du {short(stay_from, lg)}",
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    write(f, s, dear(name, lg))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for taking the time to write to us. I am sorry that your holiday did not "
            "meet your expectations.",
            "vielen Dank für Ihr Schreiben. Es tut uns leid, dass Ihr Urlaub nicht Ihren "
            "Erwartungen entsprach.",
            "Nous vous remercions de votre courrier et regrettons sincèrement que votre séjour "
            "n'ait pas été à la hauteur.",
        ),
    )
    write(f, s, prose(rng, lg, "camp", 2, 4))
    voucher = rng.random() < 0.5
    pct = rng.choice([10, 15, 20, 25])
    if voucher:
        write(
            f,
            s,
            tr(
                lg,
                f"As a gesture of goodwill please accept the enclosed voucher for {pct}% off your "
                "next stay.",
                f"Als Zeichen unseres Bedauerns erhalten Sie anbei einen Gutschein über {pct} % "
                "für Ihren nächsten Aufenthalt.",
                f"À titre commercial, nous vous offrons un bon de réduction de {pct} % sur votre "
                "prochain séjour.",
            ),
        )
    elif rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"We have refunded {cash(rng.choice([25.0, 40.0, 60.0, 85.0]), lg)} to your card.",
                f"Wir haben Ihnen {cash(rng.choice([25.0, 40.0, 60.0]), lg)} erstattet.",
                "Nous avons procédé au remboursement de "
                f"{cash(rng.choice([25.0, 40.0, 60.0]), lg)}.",
            ),
        )
    regards(f, s, lg, owner, tr(lg, "Park Owner", "Inhaber", "Gérant"))
    pages = close(f.pages, s, h)
    if voucher:
        v = Page(A6L if rng.random() < 0.5 else A4)
        vw, vh = v.size
        v.rect(14, 14, vw - 28, vh - 28)
        v.rect(18, 18, vw - 36, vh - 36)
        tent(v, 40, 40, 1.0)
        v.text(
            vw / 2,
            56,
            fit(park_name(), "Helvetica-Bold", 12, vw - 120),
            "Helvetica-Bold",
            12,
            "center",
        )
        v.text(
            vw / 2,
            vh / 2,
            tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU"),
            "Times-Bold",
            22,
            "center",
        )
        v.text(
            vw / 2,
            vh / 2 + 26,
            tr(
                lg,
                f"{pct}% off your next stay",
                f"{pct} % Rabatt auf Ihren nächsten Aufenthalt",
                f"{pct} % sur votre prochain séjour",
            ),
            "Times-Italic",
            13,
            "center",
        )
        v.text(
            vw / 2,
            vh / 2 + 44,
            f"{tr(lg, 'For', 'Für', 'Pour')} {mx(name, lg)}",
            "Helvetica",
            9,
            "center",
        )
        v.text(
            30,
            vh - 30,
            f"Code {serial(rng, 'AAA-9999')}   "
            f"{tr(lg, 'Valid until', 'Gültig bis', 'Valable jusqu au')} "
            f"{short(d.replace(year=d.year + 1), lg)}",
            "Helvetica",
            8,
        )
        pages.append(v)
    LAST["day"] = d
    return pages


def tpl_accident(rng: random.Random, who: Issuer) -> list[Page]:
    """A record from the park's accident book: in England a BI 510 record (about the person,
    the person filling it in, the accident, the RIDDOR box), in Germany a page of the
    Verbandbuch with its entries, in France a fiche de déclaration d'accident; hand entries."""
    h = park_head()
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    ex = LAST["extra"]
    no = ex + 1 if after(("accident",)) and isinstance(ex, int) else rng.randint(3, 140)
    d = some_day(rng)
    who_hurt = person(rng, rng.choice([lg, lg, lg, "en", "de", "fr"]))
    writer = rng.choice(
        [
            STAFF.get("reception", "K Rowe"),
            STAFF.get("maint", "J Bowden"),
            STAFF.get("owner", "M Hill"),
        ]
    )
    where = rng.choice(
        {
            "en": [
                "play area",
                "shower block B",
                "pool surround",
                "path by pitch 30",
                "shop steps",
                "lake jetty",
            ],
            "de": [
                "Spielplatz",
                "Sanitärgebäude 2",
                "Beckenumgang",
                "Weg bei Platz 30",
                "Kiosktreppe",
                "Badesteg",
            ],
            "fr": [
                "aire de jeux",
                "bloc sanitaire B",
                "plage de la piscine",
                "allée emplacement 30",
                "marches de l'épicerie",
                "ponton",
            ],
        }[lg]
    )
    how = rng.choice(
        {
            "en": [
                "slipped on wet floor",
                "fell from climbing frame",
                "cut foot on broken tile",
                "tripped over guy rope",
                "stung by wasp - allergic reaction",
                "trapped finger in barrier gate",
            ],
            "de": [
                "auf nassem Boden ausgerutscht",
                "vom Klettergerüst gefallen",
                "Schnitt am Fuß durch Fliese",
                "über Zeltleine gestolpert",
                "Wespenstich",
                "Finger in Schranke eingeklemmt",
            ],
            "fr": [
                "glissade sur sol mouillé",
                "chute du portique",
                "coupure au pied (carrelage)",
                "chute sur une sardine",
                "piqûre de guêpe",
                "doigt coincé dans la barrière",
            ],
        }[lg]
    )
    injury = rng.choice(
        {
            "en": [
                "graze to knee",
                "sprained wrist",
                "small cut, plaster applied",
                "bruised elbow",
                "bump to head",
            ],
            "de": [
                "Schürfwunde Knie",
                "Verstauchung Handgelenk",
                "kleine Schnittwunde, Pflaster",
                "Prellung Ellenbogen",
            ],
            "fr": [
                "égratignure au genou",
                "entorse du poignet",
                "petite coupure, pansement",
                "contusion au coude",
            ],
        }[lg]
    )
    p = Page(A4)
    if lg == "de":
        p.text(m, m, "Verbandbuch", s.bold, 16)
        p.text(
            m,
            m + 16,
            "Dokumentation der Erste-Hilfe-Leistungen (DGUV Information 204-021)",
            s.font,
            8,
        )
        p.text(w - m, m, f"Blatt {no // 4 + 1}", s.font, 9, "right")
        y = m + 40
        cols = columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (1.6, "left"),
                (1.1, "left"),
                (1.5, "left"),
                (2.4, "left"),
                (1.3, "left"),
            ],
        )
        heads = [
            "Nr.",
            "Name",
            "Datum / Zeit",
            "Ort",
            "Hergang / Art der Verletzung",
            "Erste Hilfe durch",
        ]
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.88)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y, t, s.bold, 7.5)
        y += 10
        entries = rng.randint(1, 5)
        for k in range(6):
            p.rect(m, y, w - 2 * m, 80)
            if k < entries:
                nm = who_hurt if k == entries - 1 else person(rng, lg)
                vals = [
                    str(no - entries + 1 + k),
                    nm,
                    f"{short(d - timedelta(days=3 * (entries - 1 - k)), lg)} "
                    f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}",
                    where
                    if k == entries - 1
                    else rng.choice(["Rezeption", "Spielplatz", "Platz 14"]),
                    f"{how}, {injury}"
                    if k == entries - 1
                    else rng.choice(
                        ["Splitter Finger", "Schnitt Daumen, Pflaster", "Insektenstich"]
                    ),
                    writer,
                ]
                for c, t in zip(cols, vals, strict=True):
                    for j, ln in enumerate(wrap(t, HAND, 8.5, c[1] - c[0] - 2)[:4]):
                        hand(p, c[0], y + 14 + j * 12, ln, 8.5)
            y += 80
        LAST["extra"] = no
        return [p]
    title = tr(lg, "ACCIDENT BOOK - RECORD", "", "FICHE DE DÉCLARATION D'ACCIDENT / INCIDENT")
    p.text(m, m, title, s.bold, 13)
    p.text(w - m, m, f"{tr(lg, 'Record no.', '', 'N°')} {no:03d}", s.bold, 10, "right")
    if lg == "en":
        p.text(
            m, m + 13, "BI 510 - Data Protection: detach this record and keep it secure", s.font, 7
        )
    y = m + 30
    y = band(
        p, s, y, tr(lg, "1  About the person who had the accident", "", "1  Personne accidentée")
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "", "Nom"), who_hurt),
            (
                tr(lg, "Guest / staff / visitor", "", "Client / salarié / visiteur"),
                rng.choice(
                    tr(lg, "Guest;Guest;Staff;Visitor", "", "Client;Client;Salarié;Visiteur").split(
                        ";"
                    )
                ),
            ),
            (
                tr(lg, "Address", "", "Adresse"),
                rng.choice(
                    [
                        f"{pitch_word(lg)} {rng.randint(1, 90)}",
                        ", ".join(home_lines(rng, lg, who_hurt)[1:]),
                    ]
                ),
            ),
            (tr(lg, "Age", "", "Âge"), str(rng.randint(3, 78))),
        ],
        per=2,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "2  About you, the person filling in this record",
            "",
            "2  Personne qui remplit la fiche",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "", "Nom"), writer),
            (
                tr(lg, "Position", "", "Fonction"),
                rng.choice(
                    tr(lg, "Reception;Maintenance;Owner", "", "Accueil;Technique;Gérant").split(";")
                ),
            ),
        ],
        per=2,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "3  About the accident - continue on the back of this form if you need to",
            "",
            "3  Circonstances",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "When (date)", "", "Date"), short(d, lg)),
            (tr(lg, "Time", "", "Heure"), f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"),
            (tr(lg, "Where", "", "Lieu"), where),
            (tr(lg, "First aid given by", "", "Premiers secours"), writer),
        ],
        per=2,
    )
    p.rect(m, y, w - 2 * m, 96)
    p.text(
        m + 3,
        y + 8,
        tr(
            lg,
            "How did the accident happen? Give the cause if possible. If injured, say what the "
            "injury was.",
            "",
            "Description de l'accident et des blessures",
        ),
        s.font,
        6.5,
    )
    yy = y + 24
    for ln in wrap(
        f"{how}. {injury}. "
        + rng.choice(
            [
                "Parents informed.",
                "Advised to see GP.",
                "Area cordoned off and mopped.",
                "Famille prévenue.",
                "Pas d'évacuation.",
            ]
        ),
        HAND,
        9.5,
        w - 2 * m - 12,
    )[:6]:
        hand(p, m + 6, yy, ln, 9.5)
        yy += 13
    y += 108
    if lg == "en":
        y = band(p, s, y, "4  For the employer only")
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            ["Reportable under RIDDOR", "Not reportable", "Reported on ____"],
            {1 if rng.random() < 0.85 else 0},
            8,
        )
    else:
        y = band(p, s, y, "4  Suites données")
        y = ticks(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            ["Soins sur place", "Médecin / pompiers appelés", "Déclaration assureur"],
            {rng.randint(0, 2)},
            8,
        )
    y += 18
    p.text(m, y, tr(lg, "Signature", "", "Signature"), s.font, 8)
    scrawl(p, m + 60, y, writer)
    p.text(w / 2, y, f"{tr(lg, 'Date', '', 'Date')}: ", s.font, 8)
    hand(p, w / 2 + 30, y, short(d, lg), 9)
    for yy in range(20, int(hh) - 20, 10):
        p.line(w - 14, yy, w - 14, yy + 5)
    LAST["extra"] = no
    return [p]


JOBS = {
    "en": [
        "Receptionist",
        "Pool attendant",
        "Housekeeper (holiday homes)",
        "Shop and bar assistant",
        "Grounds assistant",
        "Kids' club host",
    ],
    "de": [
        "Rezeptionskraft",
        "Badeaufsicht",
        "Reinigungskraft Mietunterkünfte",
        "Kiosk- und Verkaufskraft",
        "Platzwart-Helfer",
        "Animateur/in",
    ],
    "fr": [
        "Réceptionniste",
        "Surveillant de baignade (BNSSA)",
        "Agent d'entretien locatifs",
        "Employé épicerie-bar",
        "Agent d'entretien espaces verts",
        "Animateur club enfants",
    ],
}
CONTRACT_CLAUSES = {
    "en": [
        "Commencement and duration",
        "Job title and duties",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holidays",
        "Sickness",
        "Staff accommodation",
        "Uniform",
        "Notice",
        "Disciplinary and grievance",
        "Data protection",
    ],
    "de": [
        "Beginn und Befristung",
        "Tätigkeit",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Unterkunft",
        "Probezeit und Kündigung",
        "Verschwiegenheit",
        "Ausschlussfristen",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Motif du recours au contrat saisonnier",
        "Durée - période d'essai",
        "Fonctions",
        "Lieu de travail",
        "Durée du travail",
        "Rémunération",
        "Congés payés",
        "Logement",
        "Convention collective",
        "Fin du contrat",
    ],
}


def tpl_seasonal_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The park's fixed-term contract with a seasonal worker: the parties, the numbered clauses
    over two or three pages, the staff accommodation terms (a staff caravan) on a page of their
    own now and then, and the signatures."""
    h = park_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = (
        LAST["day"]
        if after(("seasonal_contract",)) and isinstance(LAST["day"], date)
        else some_day(rng)
    )
    wlg = lg if rng.random() < 0.85 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
    worker = person(rng, wlg)
    job = rng.choice(JOBS[lg])
    mo = month()
    if 2 <= mo.month <= 6:
        start = add_months(mo, rng.randint(0, 2))
    else:
        start = date(mo.year + (1 if mo.month >= 7 else 0), rng.choice([3, 4, 4, 5]), 1)
    start += timedelta(days=rng.choice([0, 0, 14]))
    end = date(start.year, rng.choice([9, 10, 10]), rng.choice([15, 30]))
    wage = {
        "en": rng.choice([11.44, 12.21, 12.50, 13.00]),
        "de": rng.choice([12.41, 12.82, 13.50, 14.00]),
        "fr": rng.choice([11.65, 11.88, 12.10]),
    }[lg]
    title = tr(
        lg,
        "FIXED-TERM CONTRACT OF EMPLOYMENT (SEASONAL)",
        "BEFRISTETER ARBEITSVERTRAG (SAISONKRAFT)",
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE SAISONNIER",
    )
    f = sheets(s, h, f"{tr(lg, 'Contract', 'Arbeitsvertrag', 'Contrat')} - {worker}")
    f.page.text(w / 2, f.y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m), "center")
    f.y += 26
    write(
        f,
        s,
        tr(
            lg,
            f'Between {h.name} ("the Employer") and {worker}, '
            f'{", ".join(home_lines(rng, wlg, worker)[1:])} ("the Employee").',
            f"Zwischen {h.name} (Arbeitgeber) und {mx(worker, 'de')}, "
            f"{', '.join(home_lines(rng, wlg, worker)[1:])} (Arbeitnehmer/in) "
            "wird folgender Arbeitsvertrag geschlossen:",
            f"Entre {h.name}, ci-après l'employeur, et {mx(worker, 'fr')}, demeurant "
            f"{', '.join(home_lines(rng, wlg, worker)[1:])}, "
            "ci-après le salarié, il est convenu ce qui suit :",
        ),
    )
    clauses = CONTRACT_CLAUSES[lg]
    for k, c in enumerate(clauses, 1):
        f.heading(
            m, f"{tr(lg, '', '§ ', 'Article ')}{k}{'.' if lg == 'en' else ''} {c}", s.bold, s.size
        )
        extra = ""
        if k == 1:
            extra = tr(
                lg,
                f"Employment begins on {day(h, start)} and ends on {day(h, end)} without notice. ",
                f"Das Arbeitsverhältnis beginnt am {day(h, start)} und endet am {day(h, end)}, "
                "ohne dass es einer Kündigung bedarf. ",
                f"Le salarié est engagé à compter du {day(h, start)} jusqu'au {day(h, end)}. ",
            )
        if c in ("Pay", "Vergütung", "Rémunération"):
            extra = tr(
                lg,
                f"Pay is {cash(wage, lg)} per hour, paid monthly in arrears. ",
                f"Der Stundenlohn beträgt {cash(wage, lg)} brutto. ",
                f"Le salaire horaire brut est de {cash(wage, lg)}. ",
            )
        if c in ("Job title and duties", "Tätigkeit", "Fonctions"):
            extra = f"{job}. "
        write(f, s, extra + prose(rng, lg, "legal", 1, 2), s.size - 0.5)
    parties = [
        (
            tr(lg, "For the Employer", "Arbeitgeber", "L'employeur"),
            STAFF.get("owner", staff_of(h, "owner")),
        ),
        (tr(lg, "Employee", "Arbeitnehmer/in", "Le salarié"), worker),
    ]
    if rng.random() < 0.55:
        # The signatures under the last clause.
        f.y += 10
        f.need(110)
        f.y = sign_boxes(f.page, s, f.y, parties, d, lg)
        pages = list(f.pages)
    else:
        pages = list(f.pages)
        sp = Page(A4)
        hand(sp, m, m + 10, f"{h.town.split(' ', 1)[-1]}, {short(d, lg)}", 10)
        sign_boxes(sp, s, m + 40, parties, d, lg)
        pages.append(sp)
    if rng.random() < 0.5:
        a = plain(s, tr(lg, "Staff accommodation", "Unterkunft", "Logement du personnel"))
        caption(
            a,
            s,
            tr(
                lg,
                "Schedule - Staff accommodation licence",
                "Anlage - Überlassung einer Unterkunft",
                "Annexe - Mise à disposition d'un logement",
            ),
            2,
            rule=True,
        )
        u = rng.choice(UNITS) if UNITS else None
        a.y = (
            pairs(
                a.page,
                s,
                m,
                a.y,
                [
                    (
                        tr(lg, "Accommodation", "Unterkunft", "Logement"),
                        f"{tr(lg, 'Staff caravan', 'Personalwohnwagen', 'Mobil-home personnel')} "
                        f"{u.pitch if u else 'S1'}",
                    ),
                    (
                        tr(lg, "Shared with", "Mitbewohner", "Partagé avec"),
                        rng.choice(["1", "2", "-"]),
                    ),
                    (
                        tr(lg, "Charge", "Entgelt", "Retenue"),
                        cash(rng.choice([9.99, 10.66, 75.0]), lg)
                        + tr(lg, " per day (offset)", " / Woche", " / semaine"),
                    ),
                    (tr(lg, "Deposit", "Kaution", "Caution"), cash(rng.choice([100.0, 150.0]), lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        for k in range(rng.randint(5, 9)):
            write(f=a, s=s, text=f"{k + 1}. " + words(rng, lg, "legal"), indent=8)
        pages.extend(a.pages)
    pages = close(pages, s, h)
    LAST["day"] = d
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same guest or unit."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking": tpl_booking,
    "deposit_receipt": tpl_deposit_receipt,
    "pitch_licence": tpl_pitch_licence,
    "caravan_sale": tpl_caravan_sale,
    "site_fee": tpl_site_fee,
    "gas_safety": tpl_gas_safety,
    "hookup_report": tpl_hookup_report,
    "water_results": tpl_water_results,
    "pool_log": tpl_pool_log,
    "site_licence": tpl_site_licence,
    "grading": tpl_grading,
    "tanker_invoice": tpl_tanker_invoice,
    "linen_invoice": tpl_linen_invoice,
    "delivery_note": tpl_delivery_note,
    "lpg_invoice": tpl_lpg_invoice,
    "rally_booking": tpl_rally_booking,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "accident": tpl_accident,
    "seasonal_contract": tpl_seasonal_contract,
}
TEMPLATES_OOO: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "booking",
    "deposit_receipt",
    "site_fee",
    "gas_safety",
    "tanker_invoice",
    "linen_invoice",
    "delivery_note",
    "accident",
    "seasonal_contract",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "booking": "deposit_receipt",
    "complaint": "complaint_reply",
    "caravan_sale": "pitch_licence",
    "rally_booking": "booking",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_kettle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One park's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.5) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The park (country,
    name, month, units and owners, staff) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lg = r.choice(["en", "en", "de", "de", "fr"])
    PARK["lang"] = lg
    PARK["row"] = r.randrange(len(PARKS[lg]))
    PARK["seed"] = r.getrandbits(24)
    PARK["month"] = date(
        r.choice([2024, 2025]),
        r.choice([1, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12]),
        1,
    )
    UNITS[:] = [a_unit(r, lg, k) for k in range(r.randint(6, 18))]
    STAFF.clear()
    STAFF.update(
        owner=person(r, lg), reception=person(r, lg), maint=person(r, lg), seasonal=person(r, lg)
    )
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_OOO, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_kettle_stream, "templates OOO")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

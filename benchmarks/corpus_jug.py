"""Jug part of the generated corpus: templates PP, written blind for the next measurement.

A part of its own, ``jug``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a craft
bakery with a bakehouse and three shops (in England, Germany or France) feeds through its
scanner: the flour mill's and the dairy's invoices and delivery notes (silo blow tickets,
sack deliveries, crate slips), the food hygiene inspection report (council Environmental
Health, Lebensmittelüberwachung, DDPP), HACCP records (fridge and cold room temperatures,
cleaning schedules, cooling and core temperature logs), allergen declaration sheets for the
bakery's products, customer orders for celebration and wedding cakes with sketches, business
customers' catering orders and the bakery's invoices to them, the card terminal provider's
merchant statements and the bank's cash deposit slips, shop lease invoices (rent demand,
Mietrechnung, avis d'échéance), oven and cold room service reports, bakers' payslips (payslip,
Entgeltabrechnung, bulletin de paie) and weekly shift plans, supplier price lists and
price-change letters, packaging suppliers' invoices and order confirmations, used cooking oil
and food waste collection notes, market stall permits, energy bills and employer's liability
insurance schedules. Each stream is one bakery's pile: the bakery (country, name, shops,
staff, month) is drawn once per stream; the mill, dairy, council, bank, landlord, energy
supplier, insurer, payroll bureau and waste collector are of its country and write in its
language, while packaging suppliers, ingredient wholesalers and oven makers' service
departments are now and then of a neighbouring country and write in their own language. Page
sizes range from narrow crate slips, weighbridge tickets and paying-in slips, A5 order forms
and delivery notes to A4, Letter, landscape A4 shift plans and logs.

Labelling rule: what one sender issues in one go is one document, as the bakery files it: the
continuation and terms pages of an invoice; the cover page of a price list and the price list
pages behind a price-change letter; the covering letter, findings pages and photo sheet of an
inspection report; the second sheet (corrective actions) of a HACCP log; the design sheet, the
customer's inspiration photo page and the terms page of a cake order; the dietary list behind a
catering order; the leak check record of a service report; the summary, transaction pages and
explanation page of a card statement; the service charge page and remittance slip of a rent
demand; the counterfoil of a paying-in slip; the permit, stall plan and regulations of a market
permit; the charges, meter reading and information pages of an energy bill; the covering
letter, schedule, certificate and notices of an insurance schedule; the artwork proof of a
packaging order confirmation. Related papers are documents of their own: the supplier's
invoice after its delivery note, the bakery's invoice after a catering order, the HACCP log
after an inspection report or a service report, the cash deposit slip after a card statement,
the insurance schedule after a market permit; each delivery, each week's or unit's log, each
product's allergen sheet, each customer's cake order, each deposit, each employee's payslip,
each week's shift plan and each collection note is a document of its own, even when several
follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, HACCP logs, allergen
sheets, cake orders, cash deposits, payslips, shift plans and collection notes often come 2-4
in a row from one sender with other dates, products, customers, numbers and amounts; and
companions: a delivery note is often followed by the supplier's invoice, a catering order by
the bakery's invoice, an inspection report or a service report by a HACCP log, a card
statement by a cash deposit slip, a market permit by the insurance schedule. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "jug"`` and seeds offset by 4_100_000.

Usage: ``python benchmarks/corpus_jug.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/jug/jug_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    bar_width,
    box,
    caption,
    cash,
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    foot_and_number,
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

PART = "jug"
SEED_OFFSET = 4_100_000

MM = 72 / 25.4
LAND = landscape(A4)
A5L = landscape(A5)
SLIP = (80 * MM, 190 * MM)  # a dairy crate slip or weighbridge ticket from a roll
TICKET = (105 * MM, 220 * MM)  # a collection note pad
PAYIN = (210 * MM, 99 * MM)  # a bank paying-in slip with counterfoil
THIRD = (210 * MM, 148 * MM)  # a payslip on a landscape half sheet

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and language
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone


@dataclass
class Bakery:
    name: str
    street: str
    town: str
    phone: str
    shops: list[tuple[str, str]]  # shop name, street and town
    owner: str
    motto: str


BAKERIES: dict[str, list[Bakery]] = {
    "en": [
        Bakery(
            "Hartley & Daughters Craft Bakery",
            "Unit 3, Station Yard",
            "Frome BA11 1BE",
            "01373 462 880",
            [
                ("Cheap Street shop", "8 Cheap Street, Frome BA11 1BN"),
                ("Warminster shop", "22 Market Place, Warminster BA12 9AN"),
                ("Bruton shop", "41 High Street, Bruton BA10 0AH"),
            ],
            "Ruth Hartley",
            "Sourdough - Pastries - Celebration cakes",
        ),
        Bakery(
            "The Flour Pot Bakery Ltd",
            "Bakehouse, 2 Tanner Row",
            "York YO1 6JB",
            "01904 631 207",
            [
                ("Bishopthorpe Road", "96 Bishopthorpe Road, York YO23 1JS"),
                ("Gillygate", "17 Gillygate, York YO31 7EA"),
                ("Malton", "5 Wheelgate, Malton YO17 7HP"),
            ],
            "Daniel Oyelaran",
            "Real bread baked overnight since 1987",
        ),
        Bakery(
            "Pengelly's Bakers",
            "The Old Forge, Mill Lane",
            "Ludlow SY8 1BB",
            "01584 872 310",
            [
                ("Broad Street", "12 Broad Street, Ludlow SY8 1NG"),
                ("Church Stretton", "30 High Street, Church Stretton SY6 6BX"),
                ("Leominster", "9 Corn Square, Leominster HR6 8LR"),
            ],
            "Tom Pengelly",
            "Family bakers - Shropshire",
        ),
    ],
    "de": [
        Bakery(
            "Bäckerei Lindner",
            "Gewerbestraße 14",
            "79111 Freiburg im Breisgau",
            "0761 48 33 20",
            [
                ("Filiale Wiehre", "Günterstalstraße 31, 79100 Freiburg"),
                ("Filiale Herdern", "Habsburgerstraße 88, 79104 Freiburg"),
                ("Filiale Kirchzarten", "Hauptstraße 6, 79199 Kirchzarten"),
            ],
            "Markus Lindner",
            "Handwerksbäckerei seit 1921",
        ),
        Bakery(
            "Backhaus Overbeck GmbH",
            "Am Kanonengraben 3",
            "48151 Münster",
            "0251 52 09 61",
            [
                ("Filiale Kreuzviertel", "Nordstraße 19, 48149 Münster"),
                ("Filiale Hiltrup", "Marktallee 42, 48165 Münster"),
                ("Filiale Telgte", "Königstraße 8, 48291 Telgte"),
            ],
            "Anne Overbeck",
            "Meisterbäckerei - Konditorei",
        ),
        Bakery(
            "Bäckerei-Konditorei Hofmann",
            "Laurenziplatz 9",
            "96049 Bamberg",
            "0951 5 47 11",
            [
                ("Laden Sandstraße", "Sandstraße 27, 96049 Bamberg"),
                ("Laden Gaustadt", "Gaustadter Hauptstraße 60, 96049 Bamberg"),
                ("Laden Hallstadt", "Lichtenfelser Straße 2, 96103 Hallstadt"),
            ],
            "Stefan Hofmann",
            "Fränkisches Backhandwerk",
        ),
    ],
    "fr": [
        Bakery(
            "Boulangerie-Pâtisserie Marchand",
            "12 rue Colbert",
            "37000 Tours",
            "02 47 05 61 38",
            [
                ("Boutique Colbert", "12 rue Colbert, 37000 Tours"),
                ("Boutique Rabelais", "4 place Rabelais, 37000 Tours"),
                ("Boutique Saint-Cyr", "77 rue du Docteur Tonnellé, 37540 Saint-Cyr-sur-Loire"),
            ],
            "Jérôme Marchand",
            "Artisan boulanger - Pain au levain",
        ),
        Bakery(
            "Maison Perrillat SARL",
            "ZA des Glaisins, 9 rue du Bulloz",
            "74940 Annecy-le-Vieux",
            "04 50 23 88 14",
            [
                ("Boutique Vieille Ville", "5 rue Sainte-Claire, 74000 Annecy"),
                ("Boutique Novel", "31 avenue de Genève, 74000 Annecy"),
                ("Boutique Sévrier", "140 route d'Albertville, 74320 Sévrier"),
            ],
            "Claire Perrillat",
            "Boulangerie - Pâtisserie - Traiteur",
        ),
    ],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "mill": {
        "en": [
            (
                "Wessex Mill Flour Co.",
                "Mill Lane, Wantage",
                "Oxfordshire OX12 9AH",
                "01235 768 991",
            ),
            ("Holbrook & Sons Millers", "Castle Mills", "Driffield YO25 6NH", "01377 253 040"),
            ("Shipton Roller Mills Ltd", "Station Road", "Tetbury GL8 8LN", "01666 505 050"),
        ],
        "de": [
            ("Kunzmühle GmbH & Co. KG", "Mühlenweg 2", "79189 Bad Krozingen", "07633 90 41 0"),
            ("Hildebrand Mühlenwerke", "Hafenweg 31", "48155 Münster", "0251 6 18 20"),
            ("Walkmühle Seubert", "Am Mühlbach 5", "96114 Hirschaid", "09543 84 20"),
        ],
        "fr": [
            ("Moulins de la Loire SA", "Quai de la Loire", "37210 Vouvray", "02 47 52 70 11"),
            ("Minoterie Dufour Frères", "Route de Chambéry", "73800 Montmélian", "04 79 84 12 30"),
        ],
    },
    "dairy": {
        "en": [
            ("Mendip Valley Dairies", "Chewton Road", "Wells BA5 3EX", "01749 670 420"),
            ("Yorkshire Dales Creamery", "Hawes Road", "Hawes DL8 3NT", "01969 667 130"),
            ("Marcher Dairy Supplies", "Bromyard Road", "Ludlow SY8 1PQ", "01584 811 662"),
        ],
        "de": [
            ("Schwarzwaldmilch Großhandel", "Haslacher Straße 12", "79115 Freiburg", ""),
            ("Molkerei Ahlhorn eG", "Molkereistraße 4", "48727 Billerbeck", "02543 93 10"),
            ("Milchhof Frankenland", "Industriestraße 20", "96052 Bamberg", "0951 96 62 0"),
        ],
        "fr": [
            ("Laiterie Coopérative de Touraine", "Route de Bléré", "37150 Chenonceaux", ""),
            ("Fromagerie Laiterie des Aravis", "Le Villaret", "74230 Thônes", "04 50 02 11 20"),
        ],
    },
    "wholesaler": {
        "en": [
            ("BakeServe Ingredients Ltd", "Unit 9, Avonside Ind. Est.", "Bristol BS2 0UQ", ""),
            ("Northern Bakers' Supply Co-op", "Canal Road", "Bradford BD2 1AR", "01274 733 300"),
        ],
        "de": [
            ("BÄKO Südbaden eG", "Tullastraße 50", "79108 Freiburg", "0761 1 55 10"),
            ("Backmittel Brandes GmbH", "Dieselstraße 7", "33334 Gütersloh", "05241 9 71 20"),
        ],
        "fr": [
            ("Distribution Boulangère du Centre", "ZI Nord, rue Gustave Eiffel", "37100 Tours", ""),
            ("Comptoir Savoyard des Métiers de Bouche", "RD 1201", "73420 Viviers-du-Lac", ""),
        ],
    },
    "packaging": {
        "en": [
            ("Bagworks Packaging Ltd", "Unit 4, Vale Park", "Evesham WR11 1GS", "01386 760 040"),
            ("Cakebox Direct", "Harbour Trading Estate", "Hull HU9 1PL", "01482 223 509"),
        ],
        "de": [
            ("Tüten-Krämer Verpackungen", "Siemensstraße 18", "74076 Heilbronn", "07131 6 49 30"),
            ("Papierwaren Bohnsack GmbH", "Lagerstraße 3", "28199 Bremen", "0421 5 97 61"),
        ],
        "fr": [
            ("Emballages Gourmets SAS", "ZA du Pré Long", "69800 Saint-Priest", "04 72 28 90 00"),
            ("Papeterie Boulangère Vidal", "3 rue de l'Industrie", "49000 Angers", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Somerset Council - Environmental Health",
                "The Council Offices, Frome",
                "BA11 1AE",
                "",
            ),
            (
                "City of York Council - Public Protection",
                "West Offices, Station Rise",
                "YO1 6GA",
                "",
            ),
            ("Shropshire Council - Food Safety", "Shirehall, Abbey Foregate", "SY2 6ND", ""),
        ],
        "de": [
            ("Landratsamt Breisgau-Hochschwarzwald", "Stadtstraße 2", "79104 Freiburg", ""),
            (
                "Stadt Münster - Veterinär- und Lebensmittelüberwachungsamt",
                "Hafenstr. 3",
                "48153",
                "",
            ),
            ("Landratsamt Bamberg - Lebensmittelüberwachung", "Ludwigstraße 23", "96052", ""),
        ],
        "fr": [
            ("Préfecture d'Indre-et-Loire - DDPP", "61 avenue de Grammont", "37041 Tours", ""),
            ("Préfecture de la Haute-Savoie - DDPP", "9 rue Blaise Pascal", "74600 Seynod", ""),
        ],
    },
    "market": {
        "en": [
            ("Frome Town Council - Markets Office", "Town Hall, Christchurch St W", "BA11 1EB", ""),
            ("York BID - Shambles Market", "Shambles Market Office", "York YO1 7LZ", ""),
            ("Ludlow Town Council - Market Office", "Guildhall, Mill Street", "SY8 1AZ", ""),
        ],
        "de": [
            ("Stadt Freiburg - Marktamt", "Fahnenbergplatz 4", "79098 Freiburg", ""),
            ("Stadt Münster - Ordnungsamt, Marktwesen", "Stühmerweg 8", "48147 Münster", ""),
            ("Stadt Bamberg - Märkte und Veranstaltungen", "Maximiliansplatz 3", "96047", ""),
        ],
        "fr": [
            ("Ville de Tours - Service des Marchés", "1-3 rue des Minimes", "37926 Tours", ""),
            (
                "Ville d'Annecy - Service Commerce et Marchés",
                "Esplanade de l'Hôtel de Ville",
                "74000",
                "",
            ),
        ],
    },
    "card": {
        "en": [
            ("PayPoint Merchant Services", "1 The Boulevard", "Welwyn AL7 1EL", "0345 600 4411"),
            ("Elavon Financial Services DAC", "Cardinal Square", "Derby DE1 3QT", "0345 850 0195"),
        ],
        "de": [
            ("Payone GmbH", "Lyoner Straße 9", "60528 Frankfurt am Main", "069 66 30 50"),
            ("Concardis Händlerservice", "Helfmann-Park 7", "65760 Eschborn", ""),
        ],
        "fr": [
            ("Monétique CA Touraine Poitou", "18 rue Salvador Allende", "86000 Poitiers", ""),
            (
                "Banque Populaire Auvergne Rhône Alpes - Monétique",
                "4 bd Eugène Deruelle",
                "69003",
                "",
            ),
        ],
    },
    "bank": {
        "en": [
            ("Lloyds Bank plc", "Business Banking", "Bristol BS1 4BL", ""),
            ("Yorkshire Bank", "Commercial Banking", "Leeds LS1 5AS", ""),
            ("NatWest", "Business Centre", "Birmingham B2 4NH", ""),
        ],
        "de": [
            ("Sparkasse Freiburg-Nördlicher Breisgau", "Kaiser-Joseph-Straße 186", "79098", ""),
            ("Sparkasse Münsterland Ost", "Weseler Straße 230", "48151 Münster", ""),
            ("Volksbank Bamberg eG", "Schützenstraße 1", "96047 Bamberg", ""),
        ],
        "fr": [
            (
                "Crédit Agricole de la Touraine et du Poitou",
                "Boulevard Winston Churchill",
                "37041",
                "",
            ),
            ("Banque Populaire Auvergne Rhône Alpes", "Agence Annecy Bonlieu", "74000 Annecy", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Selwood Estates Ltd", "4 Bath Street", "Frome BA11 1DH", "01373 455 100"),
            ("Castlegate Property Management", "Fishergate House", "York YO10 4FB", ""),
            ("Marches Commercial Lettings", "7 Corve Street", "Ludlow SY8 1DA", ""),
        ],
        "de": [
            ("Hausverwaltung Bruder & Keller", "Bertoldstraße 45", "79098 Freiburg", ""),
            ("Immobilien Wienkamp GbR", "Hammer Straße 110", "48153 Münster", ""),
            ("Grundstücksgemeinschaft Rauh", "Luitpoldstraße 8", "96052 Bamberg", ""),
        ],
        "fr": [
            ("Cabinet Lemoine Gestion", "22 boulevard Béranger", "37000 Tours", "02 47 66 10 10"),
            ("SCI Les Arcades du Lac", "8 rue Royale", "74000 Annecy", ""),
        ],
    },
    "engineer": {
        "en": [
            ("Coldline Refrigeration Services", "Unit 12, Marsh Lane", "Bristol BS20 0NH", ""),
            ("Bakery Equipment Engineers Ltd", "Brook Street", "Leeds LS10 1TT", "0113 270 4455"),
            ("ArcticAir Commercial Cooling", "Ercall Lane", "Telford TF6 5AL", ""),
        ],
        "de": [
            ("Kältetechnik Rees GmbH", "Robert-Bosch-Straße 4", "79211 Denzlingen", ""),
            ("Backofenbau Service Nord", "Gewerbepark 11", "48268 Greven", "02571 5 99 30"),
            ("MK Ofen- und Kälteservice", "Kronacher Straße 70", "96052 Bamberg", ""),
        ],
        "fr": [
            ("Froid Service Touraine", "ZA de la Châtaigneraie", "37300 Joué-lès-Tours", ""),
            ("Fournils Alpes Maintenance", "12 chemin des Prés", "74370 Pringy", ""),
        ],
    },
    "payroll": {
        "en": [
            ("Castle Payroll Bureau", "3 Palace Yard", "Wells BA5 2RB", "01749 678 200"),
            ("Ainsworth & Kaye Chartered Accountants", "Micklegate House", "York YO1 6JX", ""),
        ],
        "de": [
            ("Steuerkanzlei Wolber & Partner", "Schwabentorring 2", "79098 Freiburg", ""),
            ("Lohnbüro Tenhagen", "Ludgeristraße 74", "48143 Münster", ""),
        ],
        "fr": [
            ("Cabinet Fidaudit Expertise Comptable", "5 rue Nationale", "37000 Tours", ""),
            ("In Extenso Annecy", "2 avenue du Pont de Tasset", "74960 Meythet", ""),
        ],
    },
    "waste": {
        "en": [
            ("GreenFry Oil Recycling", "Unit 2, Westway", "Chelmsford CM1 3BA", "0800 072 4411"),
            ("Olleco Collections South West", "Avonmouth Dock", "Bristol BS11 9AZ", ""),
            ("Bio Loop Food Waste Ltd", "Hessle Road", "Hull HU3 4AA", ""),
        ],
        "de": [
            ("Fettrecycling Südwest GmbH", "Im Mittelgrund 3", "77933 Lahr", "07821 9 23 40"),
            ("ReFood GmbH & Co. KG", "Niederlassung Münsterland", "48308 Senden", ""),
        ],
        "fr": [
            ("Gecco Collecte Huiles", "ZI de la Haute-Borne", "59650 Villeneuve-d'Ascq", ""),
            ("Valorisation Alimentaire Alpes", "ZA des Marais", "74800 Amancy", ""),
        ],
    },
    "energy": {
        "en": [
            ("British Gas Business", "PO Box 7832", "Leicester LE3 1HL", "0333 202 9802"),
            ("EDF Energy Business", "Freepost RTCT-ZSLU", "Sunderland SR5 3XB", ""),
            (
                "Octopus Energy for Business",
                "UK House, 164-182 Oxford Street",
                "London W1D 1NN",
                "",
            ),
        ],
        "de": [
            ("badenova AG & Co. KG", "Tullastraße 61", "79108 Freiburg", "0800 2 79 10 40"),
            ("Stadtwerke Münster GmbH", "Hafenplatz 1", "48155 Münster", "0251 694 0"),
            ("Stadtwerke Bamberg Energie", "Margaretendamm 28", "96052 Bamberg", ""),
        ],
        "fr": [
            ("EDF Entreprises", "Service clients", "TSA 21941, 62978 Arras Cedex 9", ""),
            ("ENGIE Pro", "Service clients", "TSA 49218, 76934 Rouen Cedex 9", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Hiscox Food & Drink Insurance", "22 Bishopsgate", "London EC2N 4BQ", ""),
            ("NFU Mutual - Frome Agency", "2 North Parade", "Frome BA11 1AT", ""),
            ("Aviva Insurance Ltd", "Pitheavlis", "Perth PH2 0NH", ""),
        ],
        "de": [
            ("SIGNAL IDUNA Bäckerversicherung", "Joseph-Scherer-Straße 3", "44139 Dortmund", ""),
            ("Provinzial Versicherung AG", "Provinzial-Allee 1", "48159 Münster", ""),
        ],
        "fr": [
            ("MAAF Pro", "Chaban de Chauray", "79036 Niort Cedex 9", ""),
            ("Allianz - Agence Martin & Roux", "9 boulevard Heurteloup", "37000 Tours", ""),
        ],
    },
    "customer": {
        "en": [
            ("Mendip Conference Centre", "Rookery Lane", "Shepton Mallet BA4 4AA", ""),
            ("St Peter's School Bursary", "Clifton", "York YO30 6AB", ""),
            ("Hereford & Marches Events Ltd", "Widemarsh Street", "Hereford HR4 9EU", ""),
            ("The Old Mill Hotel", "Mill Street", "Bruton BA10 0EH", ""),
        ],
        "de": [
            ("Universitätsklinikum Freiburg - Casino", "Hugstetter Straße 55", "79106", ""),
            ("Eventagentur Blaustein", "Warendorfer Straße 30", "48145 Münster", ""),
            ("Hotel Residenzschloss", "Untere Sandstraße 32", "96049 Bamberg", ""),
            ("Kanzlei Dr. Eberle Rechtsanwälte", "Rotteckring 10", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Mairie de Saint-Cyr-sur-Loire - Protocole", "Parc de la Perraudière", "37540", ""),
            ("Hôtel Le Bon Laboureur", "6 rue du Docteur Bretonneau", "37150 Chenonceaux", ""),
            ("Alpes Séminaires & Congrès", "1 rue Jean Jaurès", "74000 Annecy", ""),
        ],
    },
}
#: Roles whose firm is now and then of a neighbouring country (and writes in its language).
ABROAD = ("packaging", "wholesaler", "engineer")
#: Roles that print no registration footer.
NO_FOOT = ("council", "market", "bakery", "customer")

FIRSTS = {
    "en": [
        "Amy",
        "Callum",
        "Sophie",
        "Jack",
        "Priya",
        "Ellie",
        "Harry",
        "Joanne",
        "Mohammed",
        "Beth",
        "Liam",
        "Grace",
        "Tomasz",
        "Rhiannon",
        "Olu",
        "Kirsty",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Sabine",
        "Tobias",
        "Aylin",
        "Florian",
        "Katrin",
        "Mehmet",
        "Julia",
        "Dominik",
        "Svenja",
        "Piotr",
        "Heike",
        "Lukas",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Inès",
        "Maxime",
        "Léa",
        "Karim",
        "Chloé",
        "Nicolas",
        "Sandrine",
        "Romain",
        "Amandine",
        "Yannick",
    ],
}
LASTS = {
    "en": [
        "Whitcombe",
        "Barnes",
        "Okafor",
        "Lister",
        "Shah",
        "Pritchard",
        "Doyle",
        "Kowalski",
        "Haigh",
        "Emerson",
        "Fairweather",
        "Nwosu",
        "Sutcliffe",
        "Bramley",
    ],
    "de": [
        "Schneider",
        "Wehrle",
        "Kaiser",
        "Öztürk",
        "Brandt",
        "Zimmermann",
        "Hummel",
        "Kowalczyk",
        "Riedinger",
        "Lange",
        "Baumann",
        "Scholz",
        "Vogt",
    ],
    "fr": [
        "Moreau",
        "Lefèvre",
        "Girard",
        "Benali",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Perrin",
        "Bonnet",
        "Mercier",
        "Gauthier",
        "Haddad",
        "Blanc",
    ],
}
FEMALE = {
    "Amy",
    "Sophie",
    "Priya",
    "Ellie",
    "Joanne",
    "Beth",
    "Grace",
    "Rhiannon",
    "Kirsty",
    "Lena",
    "Sabine",
    "Aylin",
    "Katrin",
    "Julia",
    "Svenja",
    "Heike",
    "Camille",
    "Manon",
    "Inès",
    "Léa",
    "Chloé",
    "Sandrine",
    "Amandine",
}
ROADS = {
    "en": ["Vallis Road", "Nunney Road", "Clarence Street", "Holgate Road", "Gravel Hill"],
    "de": ["Lorettostraße", "Weberstraße", "Am Kreuztor", "Wolbecker Straße", "Pödeldorfer Str."],
    "fr": ["rue Nationale", "rue de la République", "avenue de Chevreul", "chemin des Fins"],
}
JOBS = {
    "en": [
        "Head baker",
        "Baker",
        "Baker",
        "Pastry chef",
        "Apprentice baker",
        "Shop manager",
        "Sales assistant",
        "Sales assistant",
        "Delivery driver",
        "Kitchen porter",
    ],
    "de": [
        "Backstubenleiter",
        "Bäcker",
        "Bäcker",
        "Konditorin",
        "Auszubildender Bäcker",
        "Filialleitung",
        "Verkäuferin",
        "Verkäuferin",
        "Fahrer",
        "Spüler",
    ],
    "fr": [
        "Chef boulanger",
        "Boulanger",
        "Boulanger",
        "Pâtissière",
        "Apprenti boulanger",
        "Responsable de boutique",
        "Vendeuse",
        "Vendeuse",
        "Livreur",
        "Plongeur",
    ],
}

# ---------------------------------------------------------------------------------------------
# The bakery of the stream
# ---------------------------------------------------------------------------------------------


@dataclass
class Worker:
    name: str
    job: str
    night: bool  # works in the bakehouse at night
    shop: int  # 0..2 for shop staff, -1 for the bakehouse
    number: str  # payroll or staff number
    hours: float  # contracted weekly hours
    rate: float  # hourly rate


HOME: dict[str, object] = {"lang": "en", "idx": 0, "seed": 0, "month": date(2025, 3, 1)}
STAFF: list[Worker] = []
#: What the previous document was about (a companion takes up the same day and sender's goods).
LAST: dict[str, object] = {"kind": "", "day": None, "ref": "", "items": None, "shop": 0}


def home() -> str:
    return str(HOME["lang"])


def bakery() -> Bakery:
    return BAKERIES[home()][int(HOME["idx"])]  # type: ignore[call-overload]


def on(rng: random.Random, lo: int = -60, hi: int = 25) -> date:
    """A day near the stream's month."""
    base: date = HOME["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"jug/{key}/{who.name}/{who.street}/{who.city}/{HOME['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def after(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    """The previous document's day plus ``lag`` days if it was one of ``kinds``, else any."""
    d = LAST["day"]
    if LAST["kind"] in kinds and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(d: date, ref: str = "", items: object = None, shop: int = 0) -> None:
    LAST.update(day=d, ref=ref, items=items, shop=shop)


def a_name(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def mr(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def whole(v: float, lang: str) -> str:
    """A sum insured without pence or cents: "£5,000,000", "5.000.000 €"."""
    s = cash(v, lang)
    return s.replace(",00 ", " ") if lang != "en" else s.removesuffix(".00")


def shop_of(rng: random.Random) -> int:
    return rng.randrange(3)


def shop_name(k: int) -> str:
    return bakery().shops[k][0]


def shop_addr(k: int) -> str:
    return bakery().shops[k][1]


TALK = {
    "en": {
        "bake": "flour dough proving oven batch loaves sourdough starter hydration crumb crust "
        "bake schedule quality delivery order product range recipe",
        "admin": "account payment invoice period terms contract notice charges premises records "
        "schedule agreement conditions balance reference",
        "safety": "food hygiene temperature storage records cleaning procedures pest control "
        "training staff allergens labelling premises structure management evidence",
    },
    "de": {
        "bake": "Mehl Teig Gare Ofen Charge Brote Sauerteig Führung Krume Kruste Backen Termin "
        "Qualität Lieferung Bestellung Sortiment Rezeptur",
        "admin": "Konto Zahlung Rechnung Zeitraum Bedingungen Vertrag Mitteilung Entgelte "
        "Räume Unterlagen Vereinbarung Saldo Abrechnung Frist",
        "safety": "Lebensmittelhygiene Temperatur Lagerung Dokumentation Reinigung "
        "Schädlingsbekämpfung Schulung Personal Allergene Kennzeichnung Betrieb Eigenkontrolle",
    },
    "fr": {
        "bake": "farine pâte pousse four fournée pains levain hydratation mie croûte cuisson "
        "planning qualité livraison commande gamme recette",
        "admin": "compte paiement facture période conditions contrat avis charges locaux "
        "documents convention solde échéance référence",
        "safety": "hygiène alimentaire température stockage traçabilité nettoyage nuisibles "
        "formation personnel allergènes étiquetage locaux plan de maîtrise sanitaire",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as all any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im ein eine",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une un en",
}


def words(rng: random.Random, lang: str, topic: str = "bake", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "bake", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Goods: what the mill, the dairy and the packaging firms sell; what the bakery bakes
# ---------------------------------------------------------------------------------------------

# name, unit, price
FLOUR = {
    "en": [
        ("Strong white bread flour 16 kg", "sack", 13.40),
        ("Organic stoneground wholemeal 25 kg", "sack", 24.95),
        ("Canadian extra strong white 32 kg", "sack", 29.10),
        ("Light rye flour 16 kg", "sack", 17.60),
        ("Spelt flour, white 16 kg", "sack", 22.30),
        ("Plain cake flour 16 kg", "sack", 12.15),
        ("Malted grain blend 16 kg", "sack", 19.80),
        ("Strong white bread flour, bulk", "t", 498.00),
        ("Semolina, durum 16 kg", "sack", 16.25),
    ],
    "de": [
        ("Weizenmehl Type 550, 25 kg", "Sack", 15.20),
        ("Weizenmehl Type 1050, 25 kg", "Sack", 15.90),
        ("Roggenmehl Type 1150, 25 kg", "Sack", 17.40),
        ("Dinkelmehl Type 630, 25 kg", "Sack", 26.80),
        ("Weizenvollkornmehl, 25 kg", "Sack", 16.70),
        ("Roggenschrot mittel, 25 kg", "Sack", 15.10),
        ("Weizenmehl Type 550, lose (Silo)", "t", 455.00),
        ("Roggenmehl Type 997, lose (Silo)", "t", 472.00),
        ("Saatenmischung 5-Korn, 10 kg", "Sack", 31.50),
    ],
    "fr": [
        ("Farine de tradition française T65, 25 kg", "sac", 18.90),
        ("Farine de blé T55, 25 kg", "sac", 15.40),
        ("Farine de seigle T130, 25 kg", "sac", 21.70),
        ("Farine bio T80 meule de pierre, 25 kg", "sac", 27.60),
        ("Farine de gruau T45, 25 kg", "sac", 19.30),
        ("Farine de tradition T65, vrac", "t", 612.00),
        ("Farine d'épeautre T70, 25 kg", "sac", 34.20),
        ("Mix céréales pain nordique, 10 kg", "sac", 29.90),
    ],
}
DAIRY = {
    "en": [
        ("Unsalted butter 82% 10 kg block", "case", 71.50),
        ("Whole milk 10 L", "bag", 9.80),
        ("Double cream 5 L", "tub", 18.60),
        ("Free range eggs, large x 180", "tray", 46.80),
        ("Liquid pasteurised egg 5 L", "bottle", 22.40),
        ("Full fat soft cheese 2 kg", "tub", 9.15),
        ("Mature cheddar, grated 2 kg", "bag", 14.30),
        ("Buttermilk 5 L", "bag", 7.20),
    ],
    "de": [
        ("Süßrahmbutter 82 %, 10 kg", "Karton", 78.40),
        ("Vollmilch 3,5 %, 10 l Bag-in-Box", "Stk", 10.20),
        ("Sahne 32 %, 5 l", "Eimer", 19.90),
        ("Speisequark 20 %, 5 kg", "Eimer", 11.40),
        ("Eier Bodenhaltung M, 180 Stk", "Lage", 39.60),
        ("Vollei flüssig pasteurisiert, 10 kg", "Stk", 42.10),
        ("Schmand 24 %, 5 kg", "Eimer", 16.75),
        ("Butterreinfett, 10 kg", "Karton", 91.20),
    ],
    "fr": [
        ("Beurre de tourage AOP 84 %, 10 kg", "carton", 96.50),
        ("Beurre doux 82 %, 10 kg", "carton", 84.20),
        ("Lait entier 10 L", "poche", 10.60),
        ("Crème fleur 35 %, 5 L", "bidon", 24.30),
        ("Oeufs plein air calibre M x 180", "plateau", 44.70),
        ("Oeuf entier liquide 5 kg", "brique", 21.90),
        ("Fromage blanc 20 %, 5 kg", "seau", 12.80),
    ],
}
PACKAGING = {
    "en": [
        ("Kraft bread bags, printed 1 colour", "1000", 38.50),
        ("Cake box 10 x 10 x 5 in, white", "100", 41.20),
        ("Cake board 12 in round, gold", "25", 17.90),
        ("Paper doilies 8 in", "1000", 12.40),
        ("Sandwich wedges, window", "500", 36.75),
        ("Greaseproof sheets 250 x 350", "1000", 15.60),
        ("Pastry trays, coated 18 cm", "500", 27.30),
        ("Compostable cups 12 oz", "1000", 64.00),
    ],
    "de": [
        ("Bäckerfaltenbeutel 1/2 kg, bedruckt", "1000", 29.40),
        ("Konditorentüten 10 x 20 cm", "1000", 18.60),
        ("Tortenkarton 28 x 28 x 10 cm", "50", 27.80),
        ("Tortenunterlagen rund 32 cm, gold", "50", 21.50),
        ("Brötchentüten Kraft, 2 kg", "1000", 34.90),
        ("Pergamentersatz Bögen 37 x 50", "1000", 17.20),
        ("Coffee-to-go Becher 0,3 l", "1000", 58.00),
    ],
    "fr": [
        ("Sacs à baguette kraft imprimés", "1000", 26.40),
        ("Sachets viennoiserie 14 x 22", "1000", 14.90),
        ("Boîtes pâtissières 24 cm", "50", 19.60),
        ("Cartons à gâteau 30 cm, or", "50", 24.10),
        ("Plateaux traiteur carton 40 x 30", "25", 18.30),
        ("Papier ingraissable 32 x 50", "1000", 16.80),
        ("Dentelles papier 20 cm", "1000", 11.70),
    ],
}
INGREDIENTS = {
    "en": [
        ("Caster sugar 25 kg", "sack", 27.80),
        ("Icing sugar 12.5 kg", "box", 18.40),
        ("Dark chocolate callets 54% 10 kg", "box", 98.00),
        ("Fresh yeast 1 kg", "block", 2.35),
        ("Ground almonds 5 kg", "bag", 46.50),
        ("Sugarpaste white 7 kg", "tub", 31.60),
        ("Sea salt flakes 3 kg", "tub", 11.20),
        ("Sultanas 12.5 kg", "box", 41.90),
    ],
    "de": [
        ("Zucker fein, 25 kg", "Sack", 26.90),
        ("Puderzucker, 10 kg", "Karton", 17.30),
        ("Kuvertüre zartbitter 55 %, 10 kg", "Karton", 104.00),
        ("Backhefe frisch, 1 kg", "Würfel", 2.10),
        ("Mandeln gemahlen, 10 kg", "Karton", 92.40),
        ("Mohnback, 6 kg", "Eimer", 27.50),
        ("Sonnenblumenkerne, 25 kg", "Sack", 44.80),
        ("Backmittel Laugengebäck, 10 kg", "Sack", 36.10),
    ],
    "fr": [
        ("Sucre semoule 25 kg", "sac", 28.70),
        ("Sucre glace 10 kg", "carton", 17.90),
        ("Chocolat de couverture noir 64 %, 5 kg", "sac", 71.40),
        ("Levure fraîche 500 g", "pain", 1.45),
        ("Poudre d'amande blanche 5 kg", "sac", 52.30),
        ("Pâte à sucre blanche 5 kg", "seau", 29.80),
        ("Fleur de sel de Guérande 1 kg", "pot", 6.90),
    ],
}
# product, allergens it contains (indices into ALLERGENS), may-contain indices
PRODUCTS = {
    "en": [
        ("White sourdough loaf 800 g", [0], [7]),
        ("Seeded rye 600 g", [0, 10], [7]),
        ("Spelt & honey loaf", [0], [7, 10]),
        ("Butter croissant", [0, 2, 6], [7]),
        ("Almond croissant", [0, 2, 6, 7], [4]),
        ("Chelsea bun", [0, 2, 6], [7]),
        ("Cheese & chive scone", [0, 2, 6], [7]),
        ("Lemon drizzle slice", [0, 2, 6], [7]),
        ("Sausage roll", [0, 6, 9], [7, 10]),
        ("Victoria sponge 8 in", [0, 2, 6], [7, 4]),
        ("Carrot cake", [0, 2, 6, 7], [4]),
        ("Bakewell tart", [0, 2, 6, 7], [4]),
    ],
    "de": [
        ("Bauernbrot 1000 g", [0], [10]),
        ("Dinkelvollkornbrot", [0, 10], [7]),
        ("Laugenbrezel", [0], [10]),
        ("Mohnbrötchen", [0], [10, 11]),
        ("Butterzopf", [0, 2, 6], [7]),
        ("Bienenstich", [0, 2, 6, 7], [4]),
        ("Käsekuchen", [0, 2, 6], [7]),
        ("Schwarzwälder Kirschtorte", [0, 2, 6], [7, 4]),
        ("Nussecke", [0, 2, 6, 7], [4]),
        ("Apfelstrudel", [0, 2, 6], [7]),
        ("Mehrkornbrötchen", [0, 10], [11]),
    ],
    "fr": [
        ("Baguette de tradition", [0], [10]),
        ("Pain de campagne au levain", [0], [10]),
        ("Croissant pur beurre", [0, 2, 6], [7]),
        ("Pain au chocolat", [0, 2, 6, 5], [7]),
        ("Éclair au café", [0, 2, 6], [7]),
        ("Tarte aux pommes", [0, 2, 6], [7]),
        ("Paris-Brest", [0, 2, 6, 7], [4]),
        ("Flan pâtissier", [0, 2, 6], [7]),
        ("Fraisier", [0, 2, 6], [7]),
        ("Quiche lorraine", [0, 2, 6], [7]),
        ("Pain aux céréales", [0, 10], [11]),
    ],
}
# The 14 allergens of EU/UK food information law, in the usual order.
ALLERGENS = {
    "en": [
        "Cereals containing gluten",
        "Crustaceans",
        "Eggs",
        "Fish",
        "Peanuts",
        "Soya",
        "Milk",
        "Nuts",
        "Celery",
        "Mustard",
        "Sesame",
        "Sulphur dioxide",
        "Lupin",
        "Molluscs",
    ],
    "de": [
        "Glutenhaltiges Getreide",
        "Krebstiere",
        "Eier",
        "Fisch",
        "Erdnüsse",
        "Soja",
        "Milch (inkl. Laktose)",
        "Schalenfrüchte",
        "Sellerie",
        "Senf",
        "Sesam",
        "Schwefeldioxid/Sulfite",
        "Lupinen",
        "Weichtiere",
    ],
    "fr": [
        "Céréales contenant du gluten",
        "Crustacés",
        "Oeufs",
        "Poissons",
        "Arachides",
        "Soja",
        "Lait",
        "Fruits à coque",
        "Céleri",
        "Moutarde",
        "Graines de sésame",
        "Anhydride sulfureux",
        "Lupin",
        "Mollusques",
    ],
}
VAT = {"en": 0.0, "de": 7.0, "fr": 5.5}  # on food ingredients
VAT_STD = {"en": 20.0, "de": 19.0, "fr": 20.0}


def goods_of(role: str, lang: str) -> list[tuple[str, str, float]]:
    return {
        "mill": FLOUR,
        "dairy": DAIRY,
        "packaging": PACKAGING,
        "wholesaler": INGREDIENTS,
    }[role][lang]


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
    role: str
    look: str  # sheaf | band | centred | split | rule | boxed | crest | monogram
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    extra: str  # a line under the heading: a motto, an approval or registration number


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = {
    "mill": ["sheaf", "sheaf", "rule", "split"],
    "dairy": ["band", "centred", "boxed", "split"],
    "council": ["crest"],
    "market": ["crest", "rule"],
    "bank": ["band", "split", "rule"],
    "card": ["band", "rule", "split"],
    "energy": ["band", "rule"],
    "insurer": ["rule", "centred", "split"],
    "bakery": ["monogram", "monogram", "centred"],
}


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    place = place.split(",")[0].split(" Cedex")[0]
    if lang == "de":
        bank = r.choice(["Sparkasse", "Volksbank", "Commerzbank", "Deutsche Bank"])
        return [
            f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB {r.randint(1000, 99999)}"
            f" - Geschäftsführer: {a_name(r, 'de')}",
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            f" {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        form = r.choice(["SAS", "SARL", "SA"])
        return [
            f"{name} - {form} au capital de {r.randint(8, 900)} 000 € - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)} - APE {r.randint(10, 96)}"
            f".{r.randint(10, 99)}Z"
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if r.random() < 0.4:
        out.append("Registered office: " + r.choice(["as above", f"{place}"]))
    return [" - ".join(out)]


def extra_line(r: random.Random, role: str, lang: str) -> str:
    if role == "mill":
        return tr(lang, "Millers since 1868 - BRCGS AA grade", "Mühle seit 1874", "Meunier")
    if role == "dairy":
        return tr(
            lang,
            f"Approval No. UK {r.randint(1000, 9999)} EC",
            f"DE BW {r.randint(100, 999)} EG",
            f"FR {r.randint(10, 95)}.{r.randint(100, 999)}.{r.randint(1, 99):03d} CE",
        )
    if role == "waste":
        return tr(
            lang,
            f"Waste carrier reg. CBDU{r.randint(100000, 399999)}",
            f"Entsorgungsfachbetrieb - Beförderernummer {r.randint(10000, 99999)}",
            f"Récépissé déclaration transport de déchets n° {r.randint(100, 999)}",
        )
    if role == "card":
        return tr(lang, "Authorised by the Financial Conduct Authority", "", "")
    return ""


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    public = role in ("council", "market")
    font, bold = r.choice(FACES[:3] if public else FACES)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(looks or LOOKS.get(role, ["band", "centred", "split", "rule", "boxed"])),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town) if role not in NO_FOOT and r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        extra=extra_line(r, role, lang),
    )


def bakery_head() -> Head:
    """The bakery itself: the same paper throughout the stream."""
    b = bakery()
    r = random.Random(zlib.crc32(f"jug/bakery/{HOME['seed']}".encode()))
    h = make_head((b.name, b.street, b.town, b.phone), home(), "bakery", r)
    h.extra = b.motto
    h.again = False
    return h


def lang_of(who: Issuer, role: str) -> str:
    if role in ABROAD:
        r = keyed(who, "abroad")
        if r.random() < 0.15:
            return r.choice([x for x in ("en", "de", "fr") if x != home()])
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "bakery":
        return bakery_head()
    lang = lang_of(who, role)
    r = keyed(who, role)
    rows = SENDERS[role][lang]
    if lang == home() and len(rows) >= 3 and role not in ABROAD:
        row = rows[int(HOME["idx"]) % len(rows)]  # the local firm, near the bakery
    else:
        row = r.choice(rows)
    return make_head(row, lang, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"jug/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([44, 50, 56, 62]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def paper_of(h: Head) -> tuple[float, float]:
    """A4, or now and then Letter for an English sender."""
    r = random.Random(zlib.crc32(f"jug/paper/{h.name}".encode()))
    return LETTER if h.lang == "en" and r.random() < 0.25 else A4


def sheaf(p: Page, x: float, y: float, size: float) -> None:
    """A wheat sheaf drawn in strokes, its foot at ``x``, ``y``."""
    for k in (-2, -1, 0, 1, 2):
        p.line(x, y, x + k * size * 0.18, y - size)
        for j in range(3):
            yy = y - size + j * size * 0.16
            xx = x + k * size * 0.18 * (1 - j * 0.16)
            p.line(xx, yy, xx - size * 0.07, yy - size * 0.06)
            p.line(xx, yy, xx + size * 0.07, yy - size * 0.06)
    p.line(x - size * 0.2, y - size * 0.3, x + size * 0.2, y - size * 0.3)


def initials_of(name: str) -> str:
    skip = {"&", "and", "The", "Ltd", "GmbH", "SARL", "SAS", "SA", "Co.", "KG", "eG", "de", "-"}
    caps = [w[0] for w in name.replace("-", " ").split() if w not in skip and w[0].isupper()]
    return "".join(caps[:3]) or name[:2].upper()


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "sheaf":
        sheaf(p, m + 12, y + 20, 32)
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m - 40)
        p.text(m + 34, y + 2, h.name, s.bold, pt)
        p.text(m + 34, y + 13, fit(where, s.font, 7.5, w - 2 * m - 40), s.font, 7.5)
        line2 = "  ".join(t for t in (tel, h.extra) if t)
        p.text(m + 34, y + 22, fit(line2, s.font, 6.5, w - 2 * m - 40), s.font, 6.5)
        return y + 46
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.7)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        if h.extra:
            p.text(w - m, y + 22, fit(h.extra, s.font, 6.5, w / 2 - m), s.font, 6.5, "right")
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        if h.extra:
            p.text(
                w / 2,
                y + 13,
                fit(h.extra, italic_of(s.font), 7.5, w - 2 * m),
                italic_of(s.font),
                7.5,
                "center",
            )
        p.text(
            w / 2,
            y + 24,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        p.line(w / 2 - 70, y + 30, w / 2 + 70, y + 30)
        return y + 50
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if h.extra:
            p.text(m, y + 14, fit(h.extra, s.font, 6.5, w / 2 - m), s.font, 6.5)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 18), w - m, max(yy, y + 18))
        return max(yy, y + 18) + 22
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 44
    if h.look == "crest":
        # A public body: a shield outline and the body's name and department.
        p.rect(m, y - 14, 26, 26)
        p.line(m, y + 12, m + 13, y + 20)
        p.line(m + 26, y + 12, m + 13, y + 20)
        p.text(m + 13, y + 3, initials_of(h.name)[:2], "Times-Bold", 10, "center")
        parts = h.name.split(" - ", 1)
        pt = shrink(parts[0], s.bold, s.size + 3, w - 2 * m - 40)
        p.text(m + 36, y - 2, parts[0], s.bold, pt)
        if len(parts) > 1:
            p.text(
                m + 36,
                y + 9,
                fit(parts[1], s.font, s.size - 0.5, w - 2 * m - 40),
                s.font,
                s.size - 0.5,
            )
        p.text(m + 36, y + 19, fit(where, s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 44
    if h.look == "monogram":
        tag = initials_of(h.name)
        p.rect(m, y - 14, 34, 34, fill=0.2)
        p.rect(m + 3, y - 11, 28, 28)
        p.text(m + 17, y + 7, tag[:2], "Times-Bold", 13, "center")
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m - 46)
        p.text(m + 44, y + 1, h.name, s.bold, pt)
        if h.extra:
            p.text(
                m + 44,
                y + 12,
                fit(h.extra, italic_of(s.font), 7.5, w - 2 * m - 46),
                italic_of(s.font),
                7.5,
            )
        p.text(m + 44, y + 21, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 46), s.font, 7)
        return y + 46
    bw = min(w - 2 * m, 240.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.55


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
    p.text(x + 3, y - 2, f"{parts[0][0]}{parts[-1][:5].lower()}", INK, pt)
    p.line(x + 4, y + 2, x + 14 + len(parts[-1]) * pt * 0.36, y - 5)


def hand(p: Page, x: float, y: float, text: str, pt: float = 9.5, align: str = "left") -> None:
    p.text(x, y, text, HAND, pt, align)


def initials(name: str) -> str:
    return "".join(x[0] for x in name.split()[:2]).upper()


def got(lang: str, d: date) -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
        short(d, lang),
        fit(bakery().name.upper(), "Helvetica", 8, 160),
    ]


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(170, 240),
            rng.uniform(90, 160),
            got(lang, d + timedelta(days=rng.randint(1, 6))),
        )


def bakery_lines(lang: str, shop: int | None = None, att: str = "") -> list[str]:
    b = bakery()
    out = [b.name]
    if att:
        out.append(att)
    if shop is None:
        return [*out, b.street, b.town]
    street, town = shop_addr(shop).split(", ", 1)
    return [*out, tr(lang, shop_name(shop), shop_name(shop), shop_name(shop)), street, town]


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "rule", "crest") else None, y0, lines)
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully", "With best wishes"][
                len(name) % 4
            ],
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


def staff_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"jug/staff/{tag}/{h.name}/{HOME['seed']}".encode()))
    return a_name(r, h.lang)


def account_no(h: Head, mask: str = "9999999") -> str:
    r = random.Random(zlib.crc32(f"jug/acct/{h.name}/{HOME['seed']}".encode()))
    return serial(r, mask)


def terms_page(rng: random.Random, s: Style, h: Head, title: str) -> Page:
    """The sender's conditions printed in two small columns on the back."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, 9, "center")
    col = (w - 2 * m - 18) / 2
    x, y = m, m + 20
    k = 1
    while True:
        head = f"{k}. {words(rng, h.lang, 'admin', rng.randint(2, 4))[:-1]}"
        body = wrap(prose(rng, h.lang, "admin", 2, 5), s.font, 6, col)
        if y + 9 * (len(body) + 2) > hh - m - 10:
            if x > m:
                break
            x, y = m + col + 18, m + 20
        p.text(x, y, fit(head, s.bold, 6.5, col), s.bold, 6.5)
        y += 8.5
        for ln in body:
            p.text(x, y, ln, s.font, 6)
            y += 7.4
        y += 5
        k += 1
    return p


def supplier_role(who: Issuer) -> str:
    """Mill or dairy: the supplier behind this issuer (a delivery note and the invoice after it
    come from the same firm)."""
    return keyed(who, "supplier").choice(["mill", "mill", "dairy", "dairy", "wholesaler"])


# ---------------------------------------------------------------------------------------------
# Templates PP: suppliers
# ---------------------------------------------------------------------------------------------


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The mill's, dairy's or wholesaler's invoice for a period's deliveries: each delivery note
    with its lines, VAT and totals over one to three pages; now and then the conditions of sale
    on the back."""
    role = supplier_role(who)
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, paper_of(h), pt=9)
    w, _ = s.page_size
    m = s.margin
    d = after(rng, ("delivery_note",), (2, 12))
    no = serial(rng, rng.choice(["99999", "INV-999999", "9999/99", "FA99999"]))
    title = tr(lg, rng.choice(["INVOICE", "Tax Invoice", "Invoice"]), "Rechnung", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        bakery_lines(lg),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), account_no(h)),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Terms", "Zahlungsziel", "Échéance"), tr(lg, "30 days", "14 Tage", "30 jours")),
        ],
    )
    caption(f, s, title if lg != "de" else f"Rechnung Nr. {no}", 3)
    pool = goods_of(role, lg)
    n_dn = rng.choice([1, 2, 3, 4, 6, 9, 12, 16])
    rows: list[list[str]] = []
    net = 0.0
    items = LAST["items"] if LAST["kind"] == "delivery_note" else None
    for k in range(n_dn):
        dd = d - timedelta(days=(n_dn - k) * rng.randint(2, 4))
        dn = serial(rng, "D999999")
        picks = rng.sample(pool, rng.randint(1, min(5, len(pool))))
        if k == n_dn - 1 and isinstance(items, list):
            picks = [x for x in pool if x[0] in items] or picks
        for j, (name, unit, price) in enumerate(picks):
            qty = (
                rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 20])
                if unit != "t"
                else rng.choice([8, 10, 12])
            )
            val = qty * price
            net += val
            rows.append(
                [
                    short(dd, lg) if j == 0 else "",
                    dn if j == 0 else "",
                    name,
                    f"{qty} {unit}",
                    money(price, lg),
                    money(val, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.1, "left"),
            (4.2, "left"),
            (1.0, "right"),
            (1.0, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Del. note", "Lieferschein", "BL n°"),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=7.5,
        step=1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.3,
    )
    rate = VAT[lg] if role != "packaging" else VAT_STD[lg]
    tax = net * rate / 100
    f.need(70)
    f.y += 8
    f.page.line(w / 2, f.y - 8, w - m, f.y - 8)
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (tr(lg, "Goods total", "Warenwert netto", "Total HT"), money(net, lg)),
            (
                tr(
                    lg,
                    f"VAT {rate:g}% (zero rated food)" if rate == 0 else f"VAT {rate:g}%",
                    f"MwSt {rate:g} %",
                    f"TVA {rate:g} %",
                ),
                money(tax, lg),
            ),
            (tr(lg, "TOTAL DUE", "Rechnungsbetrag", "NET À PAYER TTC"), cash(net + tax, lg)),
        ],
        w - m,
        9,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay by BACS to sort code {serial(rng, '99-99-99')}, account "
            f"{serial(rng, '99999999')}, quoting your account number.",
            f"Zahlbar bis {short(d + timedelta(days=14), lg)} ohne Abzug. Bei Zahlung innerhalb "
            "von 8 Tagen 2 % Skonto.",
            f"Règlement par LCR à échéance du {short(d + timedelta(days=30), lg)}. Pénalités de "
            "retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire 40 €.",
        ),
        7.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d)
    if rng.random() < 0.25:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufsbedingungen",
                    "Conditions générales de vente",
                ),
            )
        )
    note(d, no)
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A delivery from the mill (a silo blow ticket with weighbridge weights on a narrow slip,
    or a sack delivery on A5), the dairy (a crate slip with crates out and back) or the
    wholesaler (A5 or A4 pick list), signed on receipt."""
    role = supplier_role(who)
    h = head_of(who, role)
    lg = h.lang
    d = on(rng)
    r = keyed(who, "dn")
    bulk = role == "mill" and r.random() < 0.5
    size = SLIP if (bulk or role == "dairy") and r.random() < 0.7 else r.choice([A5, A5, A4])
    narrow = size == SLIP
    s = style_of(h, size, margin=18 if narrow else 34, pt=7.5 if narrow else 8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    shop = shop_of(rng) if role == "dairy" else None
    if narrow:
        pt = shrink(h.name, s.bold, 10, w - 2 * m)
        p.text(w / 2, m + 4, h.name, s.bold, pt, "center")
        p.text(w / 2, m + 14, fit(h.town, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")
        y = m + 26
        p.line(m, y, w - m, y)
        y += 14
    else:
        y = heading(p, s, h)
    title = (
        tr(lg, "BULK DELIVERY TICKET", "WIEGESCHEIN / LIEFERSCHEIN", "BON DE LIVRAISON VRAC")
        if bulk
        else tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    )
    no = serial(rng, "9999999")
    p.text(m, y, title, s.bold, s.size + 2)
    y += 12
    p.text(m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, s.size)
    y += 12
    where = bakery().name if shop is None else f"{bakery().name} - {shop_name(shop)}"
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Customer", "Kunde", "Client"), f"{account_no(h, '99999')}"),
            (tr(lg, "Deliver to", "Lieferadresse", "Livré à"), where),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(3, 10):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999"),
            ),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), staff_of(h, f"driver{rng.randint(1, 3)}")),
        ],
        w - m,
        s.size - 0.5,
    )
    y += 8
    picked: list[str] = []
    if bulk:
        flour = [x for x in goods_of("mill", lg) if x[1] == "t"]
        name = rng.choice(flour)[0]
        picked.append(name)
        tare = rng.randint(11800, 14200)
        net = rng.choice([8, 10, 12, 14]) * 1000 + rng.randint(-120, 120)
        p.text(m, y, fit(name, s.bold, s.size, w - 2 * m), s.bold, s.size)
        y += 14
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Gross", "Brutto", "Brut"), f"{tare + net:,} kg".replace(",", " ")),
                (tr(lg, "Tare", "Tara", "Tare"), f"{tare:,} kg".replace(",", " ")),
                (tr(lg, "Net", "Netto", "Net"), f"{net:,} kg".replace(",", " ")),
                (tr(lg, "Silo", "Silo", "Silo"), f"{rng.randint(1, 3)}"),
                (tr(lg, "Batch", "Charge", "Lot"), serial(rng, "A9999-99")),
                (tr(lg, "Moisture", "Feuchte", "Humidité"), f"{rng.uniform(13.6, 14.9):.1f} %"),
            ],
            w - m,
            s.size,
        )
        y += 6
        p.text(m, y, tr(lg, "Seal numbers", "Plombennummern", "N° de plombs"), s.font, 6.5)
        p.text(w - m, y, f"{serial(rng, '999999')} / {serial(rng, '999999')}", s.font, 6.5, "right")
        y += 16
        hand(
            p, m, y, tr(lg, "Silo checked, hatch closed", "Silo kontrolliert", "Silo vérifié"), 8.5
        )
        y += 16
    else:
        pool = [x for x in goods_of(role, lg) if x[1] != "t"]
        lines = rng.sample(
            pool, rng.randint(2 if narrow else 3, min(len(pool), 5 if narrow else 8))
        )
        cols = (
            columns(m, w - m, [(4, "left"), (1, "right"), (0.8, "center")])
            if narrow
            else columns(m, w - m, [(1.2, "left"), (4.5, "left"), (1, "right"), (0.8, "center")])
        )
        head = [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Chk", "OK", "OK"),
        ]
        if not narrow:
            head = [tr(lg, "Code", "Art.-Nr.", "Réf."), *head]
        for k, t in enumerate(head):
            left, right, al = cols[k]
            p.text(
                right if al == "right" else left if al == "left" else (left + right) / 2,
                y,
                t,
                s.bold,
                s.size - 0.5,
                al,
            )
        p.line(m, y + 3, w - m, y + 3)
        y += 12
        for name, unit, _ in lines:
            picked.append(name)
            qty = rng.choice([1, 2, 2, 3, 4, 5, 6, 10])
            vals = [fit(name, s.font, s.size - 0.5, cols[-3][1] - cols[-3][0] - 2), f"{qty} {unit}"]
            if not narrow:
                vals = [serial(rng, "99999"), *vals]
            for k, t in enumerate(vals):
                left, right, al = cols[k]
                p.text(right if al == "right" else left, y, t, s.font, s.size - 0.5, al)
            if rng.random() < 0.8:
                c0, c1, _ = cols[-1]
                hand(p, (c0 + c1) / 2 - 3, y, "v", 9)
            y += s.size * 1.5
        if role == "dairy":
            y += 4
            out_, back = rng.randint(2, 9), rng.randint(0, 9)
            y = pairs(
                p,
                s,
                m,
                y,
                [
                    (tr(lg, "Crates delivered", "Kisten geliefert", "Caisses livrées"), str(out_)),
                    (tr(lg, "Crates returned", "Kisten zurück", "Caisses reprises"), ""),
                ],
                w - m,
                s.size,
            )
            hand(p, w - m - 4, y - s.size * 1.45, str(back), 10, "right")
        y += 6
        if rng.random() < 0.35:
            hand(
                p,
                m,
                y,
                fit(
                    tr(lg, "1 short - to follow", "1 Kt. fehlt, wird nachgeliefert", "1 manquant"),
                    HAND,
                    8.5,
                    w - 2 * m,
                ),
                8.5,
            )
            y += 14
    y = max(y + 10, hh - m - 80 if not narrow else y + 10)
    p.line(m, y + 14, m + (w - 2 * m) * 0.6, y + 14)
    p.text(
        m,
        y + 22,
        tr(
            lg,
            "Received in good condition - signature",
            "Ware erhalten - Unterschrift",
            "Reçu en bon état - signature",
        ),
        s.font,
        6.2,
    )
    sign(p, m, y + 12, a_name(rng, home()), 12)
    if narrow or rng.random() < 0.4:
        code = serial(rng, "99999999")
        if bar_width("code128", code) < w - 2 * m and y + 120 < hh:
            p.barcode("code128", code, m, y + 40)
    if not narrow and rng.random() < 0.5:
        p.text(
            w - m,
            hh - m + 10,
            tr(lg, "Customer copy", "Kundenexemplar", "Exemplaire client"),
            s.font,
            6.5,
            "right",
        )
    note(d, no, picked, shop or 0)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates PP: food safety
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        (
            "Wash hand basin in bakehouse obstructed by trays; keep clear and stocked with soap.",
            "Reg. (EC) 852/2004 Annex II Ch. I(4)",
        ),
        (
            "Flaking paint to ceiling above proving cabinet; make good and repaint.",
            "Annex II Ch. II(1)(c)",
        ),
        ("Cold room door seal split; repair or replace.", "Annex II Ch. V(1)"),
        (
            "Temperature records for display chillers not completed for 6 days.",
            "Art. 5 HACCP procedures",
        ),
        (
            "Cream cakes on display at 11 C; display at 8 C or below.",
            "Food Safety and Hygiene (England) Regs 2013 Sch. 4",
        ),
        (
            "Allergen matrix not updated after new seeded roll introduced.",
            "FIC Reg. 1169/2011 Art. 9",
        ),
        (
            "Evidence of mouse droppings behind flour store; engage pest contractor.",
            "Annex II Ch. IX(4)",
        ),
        (
            "Probe thermometer not calibrated; check in iced and boiling water monthly.",
            "Good practice",
        ),
    ],
    "de": [
        (
            "Handwaschbecken in der Backstube zugestellt; jederzeit frei zugänglich halten.",
            "VO (EG) 852/2004 Anh. II Kap. I Nr. 4",
        ),
        (
            "Deckenanstrich über dem Gärschrank blättert ab; instand setzen.",
            "Anh. II Kap. II Nr. 1 c",
        ),
        ("Türdichtung Kühlzelle beschädigt; erneuern.", "Anh. II Kap. V Nr. 1"),
        ("Temperaturaufzeichnungen Kühltheke Filiale lückenhaft.", "Art. 5 VO (EG) 852/2004"),
        ("Sahnetorten in der Theke bei 12 °C; max. 7 °C einhalten.", "LMHV § 3"),
        ("Allergenkennzeichnung lose Ware unvollständig.", "LMIDV § 4"),
        ("Schädlingsmonitoring: Köderstation 4 fehlt.", "Anh. II Kap. IX Nr. 4"),
        ("Reinigungsplan nicht abgezeichnet.", "Eigenkontrolle"),
    ],
    "fr": [
        (
            "Lave-mains du fournil encombré ; le maintenir accessible et approvisionné.",
            "Règl. (CE) 852/2004 annexe II ch. I",
        ),
        ("Peinture écaillée au plafond de la chambre de pousse ; reprendre.", "annexe II ch. II"),
        ("Joint de porte de la chambre froide détérioré.", "annexe II ch. V"),
        ("Relevés de température des vitrines non tenus depuis 8 jours.", "PMS - art. 5"),
        ("Entremets exposés à 10 °C en vitrine ; respecter + 3 °C.", "Arrêté du 21/12/2009"),
        (
            "Information allergènes non disponible en boutique pour les produits non préemballés.",
            "Décret 2015-447",
        ),
        (
            "Traces de rongeurs en réserve farine ; renforcer la lutte contre les nuisibles.",
            "annexe II ch. IX",
        ),
        (
            "Traçabilité des matières premières : étiquettes des lots non conservées.",
            "Règl. (CE) 178/2002 art. 18",
        ),
    ],
}


def tpl_hygiene_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The food hygiene inspection report after a visit to the bakehouse or a shop: now and
    then the covering letter, the report form (premises, type of visit, areas, scores or
    rating), the matters requiring attention, and now and then a photo sheet; two to five
    pages."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    officer = staff_of(h, "officer")
    ref = serial(rng, tr(lg, "FS/99999/AA", "LMÜ-99-9999", "DDPP37-99-9999"))
    shop = rng.choice([None, 0, 1, 2])
    premises = bakery().name + ("" if shop is None else f" - {shop_name(shop)}")
    scores = [rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 10])]
    total = sum(scores)
    rating = 5 if total <= 15 else 4 if total <= 20 else 3 if total <= 30 else 2
    paddr = f"{bakery().street}, {bakery().town}" if shop is None else shop_addr(shop)
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [bakery().owner, *bakery_lines(lg)],
            d + timedelta(days=rng.randint(2, 9)),
            [
                (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
                (tr(lg, "Officer", "Sachbearbeitung", "Inspecteur"), officer),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Food hygiene inspection - {premises}",
                f"Lebensmittelkontrolle am {short(d, lg)}",
                f"Inspection sanitaire du {short(d, lg)}",
            ),
            1,
        )
        write(f, s, dear(lg, mr(bakery().owner, lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for your assistance during my visit on {short(d, lg)}. Please find "
                "enclosed my report of the inspection with the matters that require your "
                "attention.",
                "anbei erhalten Sie die Niederschrift über die amtliche Kontrolle vom "
                f"{short(d, lg)} in "
                "Ihrem Betrieb mit den festgestellten Mängeln und den Fristen zu deren "
                "Beseitigung.",
                f"Suite à l'inspection réalisée le {short(d, lg)} dans votre établissement, vous "
                "trouverez "
                "ci-joint le rapport d'inspection et les suites données.",
            ),
        )
        write(f, s, prose(rng, lg, "safety", 2, 4))
        if lg == "en":
            write(
                f,
                s,
                f"Your food hygiene rating is {rating}. You have the right of "
                "appeal within 21 days.",
            )
        regards(
            f,
            s,
            lg,
            officer,
            tr(
                lg,
                "Environmental Health Officer",
                "Lebensmittelkontrolleur",
                "Inspecteur de santé publique vétérinaire",
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(
        lg,
        "FOOD HYGIENE INSPECTION REPORT",
        "Niederschrift über eine amtliche Kontrolle",
        "RAPPORT D'INSPECTION",
    )
    f = sheets(s, h, f"{title} - {ref}")
    caption(f, s, title, 4)
    if lg == "de":
        write(f, s, "gemäß Art. 9 VO (EU) 2017/625 i. V. m. § 42 LFGB", 8)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises / trading name", "Betrieb", "Établissement"), premises),
            (tr(lg, "Address", "Anschrift", "Adresse"), paddr),
            (
                tr(lg, "Food business operator", "Lebensmittelunternehmer", "Exploitant"),
                bakery().owner,
            ),
            (
                tr(lg, "Date and time of visit", "Datum / Uhrzeit", "Date et heure"),
                f"{short(d, lg)} {rng.randint(6, 14):02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), ref),
            (tr(lg, "Officer", "Kontrolleur/in", "Inspecteur"), officer),
        ],
        per=2,
        hand=rng.random() < 0.5,
    )
    f.y += 4
    f.page.text(
        m, f.y, tr(lg, "Type of visit", "Anlass der Kontrolle", "Type d'inspection"), s.bold, 8.5
    )
    f.y += 12
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "Programmed|Revisit|Complaint|Sampling|Advisory",
            "Routinekontrolle|Nachkontrolle|Beschwerde|Probenahme|Verdacht",
            "Programmée|Recontrôle|Plainte|Prélèvement|Suite alerte",
        ).split("|"),
        {rng.choice([0, 0, 0, 1, 2])},
    )
    areas = tr(
        lg,
        "Bakehouse|Dry store|Cold room|Wash-up|Shop counter|Staff toilets|Waste area|Records",
        "Backstube|Mehllager|Kühlzelle|Spülbereich|Verkaufstheke|Personal-WC|Abfall|Eigenkontrollen",
        "Fournil|Réserve sèche|Chambre froide|Plonge|Vente|Vestiaires|Déchets|Documents",
    ).split("|")
    f.y += 4
    f.page.text(
        m, f.y, tr(lg, "Areas inspected", "Kontrollierte Bereiche", "Zones inspectées"), s.bold, 8.5
    )
    f.y += 12
    f.y = ticks(
        f.page, s, m, f.y, w - 2 * m, areas, set(rng.sample(range(len(areas)), rng.randint(4, 8)))
    )
    f.y += 8
    if lg == "en":
        rows = [
            ["Compliance with food hygiene and safety procedures", "0-25", str(scores[0])],
            ["Compliance with structural requirements", "0-25", str(scores[1])],
            ["Confidence in management / control procedures", "0-30", str(scores[2])],
        ]
        cols = columns(m, w - m, [(6, "left"), (1, "center"), (1, "center")])
        table(f, cols, ["Area", "Range", "Score"], rows, s, size=8.5, rules=True, step=1.9)
        f.y += 4
        f.page.rect(m, f.y - 11, 200, 26)
        f.page.text(m + 8, f.y + 5, f"Food hygiene rating: {rating}", s.bold, 11)
        f.y += 34
    elif lg == "fr":
        levels = [
            "Très satisfaisant",
            "Satisfaisant",
            "À améliorer",
            "À corriger de manière urgente",
        ]
        f.page.text(m, f.y, "Niveau d'hygiène (Alim'confiance)", s.bold, 8.5)
        f.y += 12
        f.y = ticks(f.page, s, m, f.y, w - 2 * m, levels, {rng.choice([0, 1, 1, 2])})
    else:
        f.page.text(m, f.y, "Probenahme", s.bold, 8.5)
        f.y += 12
        f.y = ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Nein", "Ja, Proben-Nr.:"],
            {0 if rng.random() < 0.7 else 1},
        )
    f.y += 6
    if rng.random() < 0.5:
        f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Matters requiring attention",
            "Festgestellte Mängel / Anordnungen",
            "Constats et mesures",
        ),
        1.5,
        rule=True,
    )
    picks = rng.sample(FINDINGS[lg], rng.randint(2, 7))
    cols = columns(m, w - m, [(0.4, "left"), (5.2, "left"), (2.2, "left"), (1.1, "left")])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Observation / action", "Feststellung / Maßnahme", "Constat"),
            tr(lg, "Legal reference", "Rechtsgrundlage", "Référence"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        [
            [str(k + 1), t, ref_, short(d + timedelta(days=rng.choice([7, 14, 28, 56])), lg)]
            for k, (t, ref_) in enumerate(picks)
        ],
        s,
        size=7.2,
        step=2.6,
        rules=True,
    )
    f.y += 6
    caption(f, s, tr(lg, "Recommendations (good practice)", "Hinweise", "Observations"), 1.5)
    for _ in range(rng.randint(1, 3)):
        write(f, s, "- " + words(rng, lg, "safety"), 8.5)
    f.need(90)
    f.y += 16
    sign(f.page, m, f.y, officer)
    sign(f.page, w / 2, f.y, bakery().owner, 13)
    f.page.line(m, f.y + 4, m + 180, f.y + 4)
    f.page.line(w / 2, f.y + 4, w / 2 + 180, f.y + 4)
    f.page.text(
        m, f.y + 13, tr(lg, "Officer", "Unterschrift Kontrolleur/in", "L'inspecteur"), s.font, 7
    )
    f.page.text(
        w / 2,
        f.y + 13,
        tr(lg, "Received by (FBO)", "Unterschrift Betrieb", "L'exploitant"),
        s.font,
        7,
    )
    f.y += 30
    report = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )
    pages += report
    if rng.random() < 0.35:
        p = Page(A4)
        y = running_header(
            p, s, f"{title} - {ref} - {tr(lg, 'Photographs', 'Fotodokumentation', 'Photographies')}"
        )
        y += 20
        n = rng.choice([2, 4, 4, 6])
        pw = (w - 2 * m - 20) / 2
        ph = (hh - y - m - 30 * (n // 2)) / (n // 2) - 10
        ph = min(ph, pw * 0.75)
        for k in range(n):
            x = m + (k % 2) * (pw + 20)
            yy = y + (k // 2) * (ph + 34)
            photo(p, x, yy, pw, ph, rng)
            p.text(
                x,
                yy + ph + 11,
                fit(
                    f"{tr(lg, 'Photo', 'Foto', 'Photo')} {k + 1}: {picks[k % len(picks)][0]}",
                    s.font,
                    7,
                    pw,
                ),
                s.font,
                7,
            )
        pages.append(p)
    note(d, ref, None, shop or 0)
    return pages


def tpl_haccp_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The bakery's own HACCP record for one week or one unit: fridge and cold room
    temperatures morning and evening, a cleaning schedule with daily ticks, or a cooling and
    core temperature log, written by hand with initials; now and then the corrective action
    sheet behind it."""
    h = bakery_head()
    lg = h.lang
    r = keyed(who, "haccp")
    kind = r.choice(["fridge", "fridge", "clean", "core"])
    d = after(rng, ("hygiene_inspection", "service_report"), (-6, 10))
    monday = d - timedelta(days=d.weekday())
    size = LAND if kind != "core" and r.random() < 0.6 else A4
    s = style_of(h, size, margin=36, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    shop = LAST["shop"] if LAST["kind"] == "hygiene_inspection" else rng.randrange(-1, 3)
    place = tr(lg, "Bakehouse", "Backstube", "Fournil") if shop == -1 else shop_name(int(shop))  # type: ignore[arg-type]
    title = {
        "fridge": tr(
            lg,
            "Fridge / Cold Room Temperature Record",
            "Temperaturkontrolle Kühlgeräte",
            "Relevé des températures - enceintes froides",
        ),
        "clean": tr(
            lg,
            "Cleaning Schedule & Record",
            "Reinigungs- und Desinfektionsplan",
            "Plan de nettoyage et de désinfection",
        ),
        "core": tr(
            lg,
            "Cooling & Core Temperature Log",
            "Kerntemperatur / Abkühlprotokoll",
            "Fiche de refroidissement rapide",
        ),
    }[kind]
    p.text(m, m, fit(bakery().name, s.font, 7.5, w / 2), s.font, 7.5)
    p.text(
        w - m,
        m,
        tr(lg, "HACCP form", "HACCP-Formblatt", "PMS - fiche") + f" {r.randint(1, 12):02d}",
        s.font,
        7.5,
        "right",
    )
    p.text(m, m + 22, title, s.bold, 13)
    y = m + 40
    p.text(m, y, f"{tr(lg, 'Site', 'Bereich', 'Site')}: {place}", s.font, 9)
    p.text(m + 220, y, f"{tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')}:", s.font, 9)
    hand(p, m + 330, y, short(monday, lg), 10)
    y += 18
    days = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
    ).split()
    staff = [x for x in STAFF if (x.shop == shop) or (shop == -1 and x.night)] or STAFF
    ini = [initials(x.name) for x in staff]
    if kind == "fridge":
        units = rng.sample(
            tr(
                lg,
                "Cold room|Dough retarder 1|Dough retarder 2|Cream fridge|Display "
                "chiller|Freezer|Blast chiller",
                "Kühlzelle|Gärunterbrecher 1|Gärunterbrecher "
                "2|Sahnekühlschrank|Kühltheke|Tiefkühlzelle|Schockfroster",
                "Chambre froide|Armoire de pousse contrôlée|Réfrigérateur crèmes|Vitrine "
                "réfrigérée|Congélateur|Cellule de refroidissement",
            ).split("|"),
            3 if size == A4 else 4,
        )
        cols = columns(m, w - m, [(2.2, "left")] + [(1, "center")] * 14 + [(1.4, "left")])
        head = [tr(lg, "Unit (limit)", "Gerät (Soll)", "Enceinte (limite)")]
        for dname in days:
            head += [f"{dname} {tr(lg, 'am', 'früh', 'mat.')}", tr(lg, "pm", "spät", "soir")]
        head.append(tr(lg, "Action", "Maßnahme", "Action"))
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.85)
        for c, t in zip(cols, head, strict=True):
            p.text(
                c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                y,
                fit(t, s.bold, 6, c[1] - c[0]),
                s.bold,
                6,
                c[2],
            )
        y += 14
        upto = rng.randint(8, 14)
        for u in units:
            frozen = "Freez" in u or "Tiefk" in u or "Congél" in u
            p.text(
                cols[0][0],
                y,
                fit(u + (" (-18)" if frozen else " (1-5)"), s.font, 7, cols[0][1] - cols[0][0]),
                s.font,
                7,
            )
            p.text(cols[0][0], y + 11, tr(lg, "initials", "Kürzel", "visa"), s.font, 5.5)
            for k in range(14):
                c = cols[1 + k]
                x = (c[0] + c[1]) / 2
                if k < upto and rng.random() < 0.93:
                    t = rng.uniform(-21, -18) if frozen else rng.uniform(1.2, 5.4)
                    if rng.random() < 0.04:
                        t += 4
                    hand(p, x, y, f"{t:.0f}" if frozen else f"{t:.1f}", 8, "center")
                    hand(p, x, y + 11, rng.choice(ini), 6.5, "center")
            p.line(m - 2, y + 15, w - m + 2, y + 15)
            y += 28
        for c in cols[1:]:
            p.line(c[0] - 2, y - 28 * len(units) - 22, c[0] - 2, y - 13)
    elif kind == "clean":
        tasks = tr(
            lg,
            "Work benches|Mixer bowls & hooks|Divider / moulder|Proving cabinet|Oven doors & "
            "deck|Floors|Sinks & basins|Cold room shelves|Bins|Slicer|Shop counter|Display fridge",
            "Arbeitstische|Knetkessel|Teigteiler|Gärschrank|Ofentüren|Fußböden|Spülbecken|Kühlzellenregale|Abfallbehälter|Brotschneidemaschine|Verkaufstheke|Kühltheke",
            "Plans de travail|Cuves du pétrin|Diviseuse|Chambre de pousse|Portes du "
            "four|Sols|Éviers|Étagères chambre froide|Poubelles|Trancheuse|Comptoir|Vitrine",
        ).split("|")
        n = len(tasks) if size == LAND else rng.randint(9, 12)
        cols = columns(m, w - m, [(3, "left"), (1.6, "left")] + [(0.8, "center")] * 7)
        head = [
            tr(lg, "Item / area", "Bereich / Gerät", "Zone / matériel"),
            tr(lg, "Method", "Mittel", "Produit"),
            *days,
        ]
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.85)
        for c, t in zip(cols, head, strict=True):
            p.text(c[0] if c[2] == "left" else (c[0] + c[1]) / 2, y, t, s.bold, 7, c[2])
        y += 14
        upto = rng.randint(4, 7)
        for t in tasks[:n]:
            p.text(cols[0][0], y, fit(t, s.font, 7.5, cols[0][1] - cols[0][0]), s.font, 7.5)
            p.text(
                cols[1][0],
                y,
                fit(
                    rng.choice(["D10", "Sanitiser", "Degreaser", "Hot water", "Detergent"]),
                    s.font,
                    7,
                    cols[1][1] - cols[1][0],
                ),
                s.font,
                7,
            )
            for k in range(7):
                c = cols[2 + k]
                if k < upto and rng.random() < 0.9:
                    hand(p, (c[0] + c[1]) / 2, y, rng.choice(ini), 7.5, "center")
            p.line(m - 2, y + 5, w - m + 2, y + 5)
            y += 17
    else:
        cols = columns(
            m,
            w - m,
            [
                (2.6, "left"),
                (0.9, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (0.8, "center"),
                (1.8, "left"),
            ],
        )
        head = [
            tr(lg, "Product / batch", "Produkt / Charge", "Produit / lot"),
            tr(lg, "Out of oven", "Backende", "Sortie four"),
            tr(lg, "Core C", "Kern °C", "Coeur °C"),
            tr(lg, "Time +90", "Zeit +90", "Heure +90"),
            tr(lg, "Core C", "Kern °C", "Coeur °C"),
            tr(lg, "Init.", "Kürzel", "Visa"),
            tr(lg, "Comments", "Bemerkung", "Observations"),
        ]
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.85)
        for c, t in zip(cols, head, strict=True):
            p.text(
                c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                y,
                fit(t, s.bold, 7, c[1] - c[0]),
                s.bold,
                7,
                c[2],
            )
        y += 16
        prods = PRODUCTS[lg]
        for k in range(rng.randint(10, 22)):
            if y > hh - m - 60:
                break
            if k < rng.randint(6, 20):
                name = rng.choice(prods)[0]
                hh_, mm_ = rng.randint(1, 11), rng.choice([0, 10, 20, 30, 40, 50])
                vals = [
                    name,
                    f"{hh_:02d}:{mm_:02d}",
                    str(rng.randint(88, 98)),
                    f"{hh_ + 1:02d}:{(mm_ + 30) % 60:02d}",
                    str(rng.randint(14, 24)),
                    rng.choice(ini),
                    "",
                ]
                for j, (c, t) in enumerate(zip(cols, vals, strict=True)):
                    if t:
                        hand(
                            p,
                            c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                            y,
                            fit(t, HAND, 8, c[1] - c[0]),
                            8,
                            c[2] if j else "left",
                        )
            p.line(m - 2, y + 5, w - m + 2, y + 5)
            y += 18
    y += 14
    if y < hh - m - 40:
        p.text(
            m,
            y,
            tr(lg, "Checked by (manager)", "Geprüft (Leitung)", "Vérifié par le responsable"),
            s.font,
            8,
        )
        if rng.random() < 0.7:
            sign(p, m + 110, y, bakery().owner, 12)
        p.line(m + 105, y + 3, m + 260, y + 3)
        p.text(
            m + 290,
            y,
            fit(
                tr(
                    lg,
                    "If out of limit: adjust, move food, re-check in 30 min, tell manager.",
                    "Bei Abweichung: Maßnahme eintragen, Leitung informieren.",
                    "En cas d'écart : action corrective et information du responsable.",
                ),
                s.font,
                6.5,
                w - m - 290 - m,
            ),
            s.font,
            6.5,
        )
    pages = [p]
    if rng.random() < 0.2:
        q = Page(size)
        q.text(
            m,
            m + 10,
            tr(
                lg,
                "Corrective actions / faults",
                "Korrekturmaßnahmen / Störungen",
                "Actions correctives / incidents",
            ),
            s.bold,
            11,
        )
        yy = m + 34
        for _ in range(int((hh - m - yy) / 20)):
            if rng.random() < 0.25:
                hand(
                    q,
                    m + 4,
                    yy,
                    fit(
                        f"{short(monday + timedelta(days=rng.randint(0, 6)), lg)}  "
                        f"{words(rng, lg, 'safety', rng.randint(5, 9))}",
                        HAND,
                        8.5,
                        w - 2 * m - 8,
                    ),
                    8.5,
                )
            q.line(m, yy + 5, w - m, yy + 5)
            yy += 20
        pages.append(q)
    note(d, "", None, int(shop))  # type: ignore[arg-type]
    return pages


def tpl_allergen_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The bakery's allergen declaration for one product, kept at the counter: the product,
    its ingredients with the allergens in capitals, the 14 allergens with Contains / May
    contain / Free ticks, the version and the head baker's signature."""
    h = bakery_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = on(rng, -200, 20)
    name, has, may = rng.choice(PRODUCTS[lg])
    alls = ALLERGENS[lg]
    f = sheets(s, h)
    caption(f, s, tr(lg, "Allergen Information", "Allergenkennzeichnung", "Fiche allergènes"), 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Product", "Artikel", "Produit"), name),
            (tr(lg, "Product code", "Artikel-Nr.", "Code article"), serial(rng, "P-999")),
            (
                tr(lg, "Weight / portion", "Gewicht", "Poids"),
                f"{rng.choice([80, 95, 120, 400, 500, 750, 800, 1000])} g",
            ),
            (tr(lg, "Version / date", "Stand", "Version"), f"{rng.randint(1, 6)} / {short(d, lg)}"),
        ],
        per=2,
        hand=False,
    )
    f.page.text(m, f.y, tr(lg, "Ingredients", "Zutaten", "Ingrédients"), s.bold, s.size)
    f.y += s.size * 1.5
    base = tr(
        lg,
        "WHEAT flour (WHEAT flour, calcium carbonate, iron, niacin, thiamin), water, salt",
        "WEIZENMEHL Type 550, Wasser, Speisesalz, Hefe",
        "Farine de BLÉ, eau, sel, levure",
    )
    extra: list[str] = []
    for k in has:
        extra.append(
            {
                2: tr(lg, "free range EGG", "Vollei", "OEUFS frais"),
                6: tr(lg, "BUTTER (MILK)", "BUTTER", "BEURRE (LAIT)"),
                7: tr(lg, "ALMONDS", "HASELNÜSSE", "AMANDES"),
                10: tr(lg, "SESAME seeds", "SESAM", "graines de SÉSAME"),
                5: tr(lg, "SOYA lecithin", "SOJAlecithin", "lécithine de SOJA"),
                9: tr(lg, "MUSTARD", "SENF", "MOUTARDE"),
            }.get(k, "")
        )
    text = ", ".join([base, *[e for e in extra if e], tr(lg, "sugar, yeast", "Zucker", "sucre")])
    write(f, s, text + ".", s.size)
    f.y += 4
    cols = columns(m, w - m, [(4, "left"), (1.2, "center"), (1.2, "center"), (1.2, "center")])
    head = [
        tr(lg, "Allergen", "Allergen", "Allergène"),
        tr(lg, "Contains", "Enthalten", "Présent"),
        tr(lg, "May contain", "Spuren", "Traces"),
        tr(lg, "Free from", "Nicht enth.", "Absent"),
    ]
    f.page.rect(m - 2, f.y - 9, w - 2 * m + 4, 13, fill=0.82)
    for c, t in zip(cols, head, strict=True):
        f.page.text(c[0] if c[2] == "left" else (c[0] + c[1]) / 2, f.y, t, s.bold, 8, c[2])
    f.y += 16
    for k, a in enumerate(alls):
        f.page.text(cols[0][0], f.y, f"{k + 1}. {a}", s.font, 8.5)
        on_col = 1 if k in has else 2 if k in may else 3
        for j in (1, 2, 3):
            c = cols[j]
            box(f.page, (c[0] + c[1]) / 2 - 4, f.y, j == on_col, 8)
        f.page.line(m, f.y + 5, w - m, f.y + 5)
        f.y += 17
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "All our products are made in a bakery that handles nuts, sesame and seeds. We cannot "
            "guarantee any product is free from traces of allergens. Please ask a member of staff.",
            "Alle Produkte werden in einer Backstube hergestellt, in der auch Schalenfrüchte, "
            "Sesam "
            "und Soja verarbeitet werden. Spuren können nicht ausgeschlossen werden.",
            "Nos produits sont fabriqués dans un atelier qui utilise des fruits à coque, du sésame "
            "et du soja. La présence de traces ne peut être exclue.",
        ),
        7.5,
    )
    f.need(50)
    f.y += 14
    who_ = next((x.name for x in STAFF if x.night), bakery().owner)
    f.page.text(m, f.y, tr(lg, "Checked by", "Geprüft", "Validé par"), s.font, 8)
    sign(f.page, m + 60, f.y, who_, 12)
    f.page.text(m + 200, f.y, who_, s.font, 8)
    return close(f.pages, s, h, numbers="none")


CAKE = {
    "en": {
        "occasion": [
            "Wedding",
            "18th birthday",
            "Christening",
            "Anniversary",
            "Retirement",
            "Birthday",
        ],
        "sponge": ["Vanilla", "Lemon", "Chocolate fudge", "Red velvet", "Carrot", "Fruit (fed)"],
        "filling": [
            "Raspberry jam & buttercream",
            "Lemon curd",
            "Salted caramel",
            "Cream cheese",
            "Chocolate ganache",
        ],
        "finish": ["Naked / semi-naked", "Smooth buttercream", "Sugarpaste", "Drip", "Royal icing"],
        "words": [
            "Happy 18th Ellie",
            "Congratulations",
            "Happy Birthday Grandad",
            "Welcome baby Noah",
            "Mr & Mrs Lister",
        ],
    },
    "de": {
        "occasion": ["Hochzeit", "Geburtstag", "Taufe", "Kommunion", "Konfirmation", "Jubiläum"],
        "sponge": ["Wiener Boden hell", "Schokoboden", "Biskuit Zitrone", "Nussboden", "Käsesahne"],
        "filling": [
            "Himbeer-Sahne",
            "Erdbeer-Quark",
            "Buttercreme Vanille",
            "Kirsch (Schwarzwälder)",
            "Schokosahne",
        ],
        "finish": ["Fondant weiß", "Sahne gespritzt", "Naked Cake", "Marzipan", "Drip Cake"],
        "words": [
            "Alles Gute zum 60.",
            "Zur Taufe - Emma",
            "Herzlichen Glückwunsch",
            "Lena & Jonas",
        ],
    },
    "fr": {
        "occasion": ["Mariage", "Anniversaire", "Baptême", "Communion", "Départ en retraite"],
        "sponge": ["Génoise vanille", "Biscuit chocolat", "Dacquoise noisette", "Biscuit joconde"],
        "filling": [
            "Fraisier",
            "Framboisier",
            "Mousse trois chocolats",
            "Crème praliné",
            "Poire-caramel",
        ],
        "finish": ["Pièce montée choux", "Pâte à sucre", "Glaçage miroir", "Nu", "Crème au beurre"],
        "words": [
            "Joyeux anniversaire Léa",
            "Vive les mariés",
            "Bonne retraite",
            "Bienvenue Jules",
        ],
    },
}


DECO = {
    "en": ["sugar roses", "gold leaf", "fresh berries", "topper (theirs)", "ribbon, sage"],
    "de": ["Zuckerrosen", "Blattgold", "frische Beeren", "Figur bringt Kunde", "Schleife"],
    "fr": ["roses en sucre", "feuille d'or", "fruits rouges", "sujet fourni", "ruban"],
}
DESIGN = {
    "en": [
        "Tiers on separators, 2 in gap, fresh flowers by florist",
        "Bride wants ivory not white - match sample",
        "Delivery to venue 11:00, set up on their stand",
        "Top tier to be kept (fruit) for christening",
        "Colour swatch stapled - dusky pink",
        "Cutting cake in kitchen extra 40 portions",
        "Tasting box collected 12/4 - chose lemon + raspberry",
    ],
    "de": [
        "Etagen mit Säulen, Abstand 5 cm",
        "Farbe elfenbein, nicht reinweiß!",
        "Lieferung Festsaal 11 Uhr, Aufbau durch uns",
        "Oberste Etage ohne Alkohol (Kinder)",
        "Blumen bringt Floristin mit",
        "Zusätzlich Blechkuchen 2 Bleche",
        "Probierstücke abgeholt - Himbeer gewählt",
    ],
    "fr": [
        "Pièce montée 80 choux + nougatine",
        "Couleur ivoire, pas blanc pur",
        "Livraison salle 11h, montage sur place",
        "Étage du haut sans alcool",
        "Fleurs fraîches fournies par la fleuriste",
        "Prévoir 30 parts en plus (gâteau de service)",
        "Dégustation le 12/04 - choix framboise",
    ],
}


def cake_sketch(
    p: Page, x: float, y: float, w: float, hh: float, tiers: int, rng: random.Random, lang: str
) -> None:
    """A hand sketch of a tiered cake in a box, with notes and arrows."""
    p.rect(x, y, w, hh)
    p.text(x + 4, y + 10, tr(lang, "Design sketch", "Skizze", "Croquis"), "Helvetica", 7)
    base_w = w * 0.5
    tier_h = min(46.0, (hh - 50) / max(tiers, 1))
    cx = x + w * 0.42
    yy = y + hh - 22
    p.line(cx - base_w / 2 - 16, yy, cx + base_w / 2 + 16, yy)
    for k in range(tiers):
        tw_ = base_w * (1 - 0.22 * k)
        p.rect(cx - tw_ / 2, yy - tier_h, tw_, tier_h)
        if rng.random() < 0.6:
            for j in range(int(tw_ / 14)):
                p.line(
                    cx - tw_ / 2 + 7 + j * 14,
                    yy - tier_h + 3,
                    cx - tw_ / 2 + 12 + j * 14,
                    yy - tier_h + 9,
                )
        yy -= tier_h
    for k in range(rng.randint(1, 3)):
        tx = x + w * 0.74
        ty = y + 30 + k * 34
        p.line(tx - 4, ty - 3, cx + rng.uniform(0, base_w / 3), ty + rng.uniform(10, 40))
        hand(
            p,
            tx,
            ty,
            fit(
                rng.choice(CAKE[lang]["finish"] + DECO[lang]),
                HAND,
                8,
                w * 0.25,
            ),
            8,
        )


def tpl_cake_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's order for a celebration or wedding cake, taken in a shop on the bakery's
    order form (A5 or A4): customer, collection or delivery, occasion, tiers, sponge, filling,
    finish, inscription, allergies, price and deposit, a sketch; a wedding cake now and then
    with a design sheet, the customer's inspiration photo page and the terms."""
    h = bakery_head()
    lg = h.lang
    shop = shop_of(rng)
    small = keyed(who, "cakeform").random() < 0.5
    size = A5 if small else A4
    s = style_of(h, size, margin=28 if small else 40, pt=8 if small else 9)
    w, hh = size
    m = s.margin
    d = on(rng)
    due = d + timedelta(days=rng.randint(5, 120))
    c = CAKE[lg]
    occasion = rng.choice(c["occasion"])
    wedding = occasion in ("Wedding", "Hochzeit", "Mariage")
    tiers = rng.randint(2, 4) if wedding else rng.choice([1, 1, 1, 2])
    cust = a_name(rng, lg)
    no = serial(rng, "9999")
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CELEBRATION CAKE ORDER",
        "Tortenbestellung",
        "Bon de commande - Pièce montée / entremets",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m - 70)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y, f"N° {no}", "Courier-Bold", 11, "right")
    y += 14
    p.text(m, y, fit(f"{shop_name(shop)} - {shop_addr(shop)}", s.font, 7, w - 2 * m), s.font, 7)
    y += 10
    price = (
        rng.choice([32, 38, 45, 55, 65, 80])
        if not wedding
        else rng.choice([280, 350, 420, 495, 560, 640])
    )
    deposit = round(price * rng.choice([0.2, 0.25, 0.5]) if wedding else rng.choice([0, 10, 20]))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer name", "Name", "Nom du client"), cust),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(rng, tr(lg, "07999 999999", "0179 9999999", "06 99 99 99 99")),
            ),
            (tr(lg, "Order taken", "Bestellt am", "Commande du"), short(d, lg)),
            (
                tr(lg, "Taken by", "Aufgenommen von", "Prise par"),
                rng.choice([x.name.split()[0] for x in STAFF if x.shop == shop] or ["Amy"]),
            ),
            (
                tr(lg, "Collect / deliver on", "Abholung / Lieferung", "Retrait / livraison le"),
                f"{short(due, lg)} {rng.choice(['09:00', '10:30', '12:00', '15:00'])}",
            ),
            (
                tr(lg, "Venue (if delivered)", "Lieferort", "Lieu"),
                rng.choice(["", "", rng.choice(SENDERS["customer"][lg])[0]]),
            ),
        ],
        per=2,
        tall=24 if small else 26,
    )
    p.text(m, y, tr(lg, "Occasion", "Anlass", "Occasion"), s.bold, 8)
    y += 11
    occ = c["occasion"]
    y = ticks(p, s, m, y, w - 2 * m, occ, {occ.index(occasion)}, 7.5)
    y += 2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Tiers / size", "Etagen / Größe", "Étages / taille"),
                f"{tiers} x "
                + ", ".join(
                    f"{10 - 2 * k} in" if lg == "en" else f"{26 - 4 * k} cm" for k in range(tiers)
                ),
            ),
            (tr(lg, "Portions", "Stücke", "Parts"), str(tiers * rng.choice([12, 16, 20]))),
            (tr(lg, "Sponge", "Boden", "Biscuit"), rng.choice(c["sponge"])),
            (tr(lg, "Filling", "Füllung", "Garniture"), rng.choice(c["filling"])),
            (tr(lg, "Finish", "Überzug / Deko", "Finition"), rng.choice(c["finish"])),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(["ivory & sage", "pink / gold", "blau-weiß", "blanc & or", "lilac"]),
            ),
        ],
        per=2,
        tall=24 if small else 26,
    )
    y = fields(
        p,
        s,
        m,
        y - 10,
        w - 2 * m,
        [
            (
                tr(lg, "Inscription", "Aufschrift", "Inscription"),
                rng.choice(c["words"]) if not wedding else "",
            )
        ],
        per=1,
    )
    p.text(
        m,
        y,
        tr(lg, "Allergies / dietary", "Allergien / Unverträglichkeiten", "Allergies / régime"),
        s.bold,
        7.5,
    )
    if rng.random() < 0.35:
        hand(
            p,
            m + 130,
            y,
            rng.choice(
                [
                    tr(lg, "NO NUTS", "keine Nüsse!", "SANS fruits à coque"),
                    tr(lg, "1 guest coeliac", "laktosefrei", "sans lactose"),
                ]
            ),
            9,
        )
    y += 10
    sk_h = hh - m - y - (70 if small else 90)
    if sk_h > 80:
        cake_sketch(p, m, y, w - 2 * m, sk_h, tiers, rng, lg)
        y += sk_h + 8
    y = pairs(
        p,
        s,
        m + (w - 2 * m) * 0.45,
        y + 4,
        [
            (tr(lg, "Price", "Preis", "Prix TTC"), ""),
            (tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"), ""),
            (tr(lg, "Balance due", "Restbetrag", "Reste à payer"), ""),
        ],
        w - m,
        8,
    )
    for k, v in enumerate([price, deposit, price - deposit]):
        hand(p, w - m - 4, y - 8 * 1.45 * (3 - k), money(v, lg), 9.5, "right")
    p.text(
        m,
        y - 26,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client"),
        s.font,
        7,
    )
    sign(p, m, y - 8, cust, 12)
    p.line(m, y - 5, m + (w - 2 * m) * 0.4, y - 5)
    pages = [p]
    if wedding and rng.random() < 0.6:
        q = Page(A4)
        s4 = style_of(h, A4, margin=40)
        yq = running_header(
            q,
            s4,
            f"{bakery().name} - "
            + tr(lg, "Wedding cake design", "Hochzeitstorte - Entwurf", "Pièce montée - projet")
            + f" - N° {no}",
        )
        yq += 14
        q.text(40, yq, f"{cust} - {short(due, lg)}", s4.bold, 11)
        yq += 16
        cake_sketch(q, 40, yq, A4[0] - 80, 430, tiers, rng, lg)
        yq += 450
        for _ in range(rng.randint(3, 6)):
            hand(q, 46, yq, fit(rng.choice(DESIGN[lg]), HAND, 9, A4[0] - 92), 9)
            q.line(40, yq + 4, A4[0] - 40, yq + 4)
            yq += 20
        pages.append(q)
    if wedding and rng.random() < 0.35:
        q = Page(A4)
        n = rng.choice([1, 2, 3])
        for k in range(n):
            photo(q, 60, 60 + k * 250, A4[0] - 120, 220, rng)
        hand(
            q,
            60,
            A4[1] - 50,
            tr(
                lg,
                "like this but ivory, no gold",
                "so ähnlich, aber in weiß",
                "comme ça mais en blanc",
            ),
            11,
        )
        pages.append(q)
    if wedding and rng.random() < 0.3:
        pages.append(
            terms_page(
                rng,
                s if not small else style_of(h, A5, margin=28, pt=8),
                h,
                tr(
                    lg,
                    "Terms for celebration cake orders",
                    "Bedingungen für Tortenbestellungen",
                    "Conditions de commande",
                ),
            )
        )
    note(d, no, None, shop)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PP: customers and money
# ---------------------------------------------------------------------------------------------

CATERING = {
    "en": [
        ("Mini croissant & pain au chocolat platter (24)", 28.00),
        ("Sandwich platter, assorted fillings (20 quarters)", 32.50),
        ("Sausage rolls, cocktail (30)", 21.00),
        ("Scones with jam & clotted cream (12)", 24.00),
        ("Afternoon tea cake selection (24 pieces)", 39.00),
        ("Sourdough loaf, sliced", 4.20),
        ("Fruit platter (serves 10)", 27.50),
        ("Vegan wraps platter (16)", 30.00),
    ],
    "de": [
        ("Belegte Brötchen gemischt", 2.40),
        ("Laugenbrezel mit Butter", 1.90),
        ("Mini-Plunder Platte (30 Stk)", 34.00),
        ("Blechkuchen Apfel, 1/2 Blech", 26.00),
        ("Käsekuchen, ganz", 24.50),
        ("Fingerfood-Platte vegetarisch", 45.00),
        ("Bauernbrot geschnitten", 4.60),
    ],
    "fr": [
        ("Mini-viennoiseries (plateau de 30)", 33.00),
        ("Plateau de mini-sandwichs (24)", 38.00),
        ("Pain surprise (40 pièces)", 42.00),
        ("Mignardises sucrées (plateau de 30)", 36.00),
        ("Quiche lorraine 8 parts", 17.50),
        ("Baguette de tradition", 1.30),
        ("Fraisier 10 parts", 36.00),
    ],
}


def tpl_catering_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A business customer's catering order: an e-mail printed out, or the customer's
    purchase order, with the event, delivery time and the items; now and then a second page
    with the running order or dietary list."""
    h = head_of(who, "customer", ["split", "rule", "centred", "boxed"])
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    event = d + timedelta(days=rng.randint(3, 21))
    contact = staff_of(h, "events")
    items = rng.sample(CATERING[lg], rng.randint(3, 6))
    qty = [rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 30]) for _ in items]
    email = rng.random() < 0.5
    if email:
        f = Sheets(s.page_size, hh - m, lambda p, n: m if n == 1 else m - 6)
        mail = (
            contact.lower().replace(" ", ".").replace("é", "e").replace("ö", "o").replace("ü", "u")
        )
        dom = "".join(ch for ch in h.name.lower().split(" - ")[0].split()[0] if ch.isalpha()) + tr(
            lg, ".co.uk", ".de", ".fr"
        )
        f.page.text(m, m, contact, s.bold, 12)
        f.y = m + 18
        f.page.line(m, f.y - 8, w - m, f.y - 8)
        for lab, val in [
            (tr(lg, "From:", "Von:", "De :"), f"{contact} <{mail}@{dom}>"),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{date_text(d, lg, 'long')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "To:", "An:", "À :"),
                "orders@"
                + "".join(ch for ch in bakery().name.lower().split()[-1] if ch.isalpha())
                + tr(lg, ".co.uk", ".de", ".fr"),
            ),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                tr(
                    lg,
                    f"Catering order for {short(event, lg)}",
                    f"Bestellung Catering {short(event, lg)}",
                    f"Commande traiteur du {short(event, lg)}",
                ),
            ),
        ]:
            f.page.text(m, f.y, lab, s.bold, 8.5)
            f.page.text(m + 60, f.y, fit(val, s.font, 8.5, w - 2 * m - 60), s.font, 8.5)
            f.y += 12
        f.y += 10
        write(f, s, tr(lg, "Hello,", "Hallo zusammen,", "Bonjour,"))
        write(
            f,
            s,
            tr(
                lg,
                "Please could we order the following for our event on "
                f"{date_text(event, lg, 'long')}, "
                f"delivery to reception by {rng.choice(['8:30', '11:45', '12:15', '15:00'])} "
                "please.",
                f"für unsere Veranstaltung am {short(event, lg)} bestellen wir wie folgt, "
                "Lieferung bis "
                f"{rng.choice(['8:30', '11:45', '12:15'])} Uhr an den Empfang:",
                f"Pour notre événement du {short(event, lg)}, nous souhaitons commander les "
                "produits "
                f"suivants, livraison à l'accueil avant {rng.choice(['8h30', '11h45', '12h15'])} :",
            ),
        )
        for it, q in zip(items, qty, strict=True):
            write(f, s, f"- {q} x {it[0]}", indent=12)
        write(f, s, prose(rng, lg, "bake", 1, 2))
        write(
            f,
            s,
            tr(
                lg,
                f"Please invoice us quoting PO {serial(rng, '9999999')}. Many thanks,",
                f"Rechnung bitte mit Bestellnummer {serial(rng, '999999')}. Vielen Dank!",
                f"Merci de rappeler le bon de commande n° {serial(rng, '999999')} sur la facture. "
                "Cordialement,",
            ),
        )
        write(f, s, contact)
        write(f, s, h.name, 8)
        write(f, s, f"{h.street}, {h.town}", 8)
        for p_ in f.pages:
            p_.text(
                w / 2,
                hh - 22,
                fit(f"{dom} Mail - {short(d, lg)}", s.font, 6.5, w - 2 * m),
                s.font,
                6.5,
                "center",
            )
        pages = f.pages
    else:
        f = sheets(s, h, tr(lg, "Purchase order", "Bestellung", "Bon de commande"))
        po = serial(rng, "PO-999999")
        recipient(
            f,
            s,
            h,
            bakery_lines(lg),
            d,
            [
                (tr(lg, "PO number", "Bestell-Nr.", "N° de commande"), po),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
            ],
        )
        caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
        write(
            f,
            s,
            tr(
                lg,
                "Event: "
                + rng.choice(
                    ["Board meeting", "Open day", "Staff training", "Graduation reception"]
                )
                + f" - {date_text(event, lg, 'long')}",
                "Veranstaltung: "
                f"{rng.choice(['Mitarbeiterversammlung', 'Tag der offenen Tür', 'Seminar'])} am "
                f"{short(event, lg)}",
                f"Manifestation : {rng.choice(['vœux du maire', 'séminaire', 'réception'])} le "
                f"{short(event, lg)}",
            ),
        )
        cols = columns(m, w - m, [(0.6, "right"), (5, "left"), (1.2, "right"), (1.2, "right")])
        rows = [
            [str(q), it[0], money(it[1], lg), money(q * it[1], lg)]
            for it, q in zip(items, qty, strict=True)
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Unit", "Einzel", "PU"),
                tr(lg, "Total", "Gesamt", "Total"),
            ],
            rows,
            s,
            shade=0.86,
            rules=True,
        )
        total = sum(q * it[1] for it, q in zip(items, qty, strict=True))
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [(tr(lg, "Order total (net)", "Summe netto", "Total HT"), cash(total, lg))],
            w - m,
            9,
        )
        f.y += 10
        write(
            f,
            s,
            tr(lg, "Deliver to: Reception, ", "Lieferung an: Empfang, ", "Livraison : accueil, ")
            + f"{h.street}, {h.town}",
            8.5,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Invoices must quote the PO number or they will be returned unpaid.",
                "Rechnungen ohne Bestellnummer können nicht bearbeitet werden.",
                "Toute facture sans numéro de commande sera retournée.",
            ),
            7.5,
        )
        regards(f, s, lg, contact, tr(lg, "Facilities", "Verwaltung", "Services généraux"))
        pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        p = Page(s.page_size)
        y = running_header(p, s, f"{h.name} - {short(event, lg)}")
        p.text(
            m,
            y + 10,
            tr(lg, "Dietary requirements", "Besondere Ernährungswünsche", "Régimes particuliers"),
            s.bold,
            11,
        )
        y += 30
        for _ in range(rng.randint(3, 9)):
            p.text(m, y, a_name(rng, lg), s.font, 9)
            p.text(
                m + 180,
                y,
                rng.choice(
                    tr(
                        lg,
                        "vegan|gluten free|nut allergy|vegetarian|no pork|dairy free",
                        "vegan|glutenfrei|Nussallergie|vegetarisch|kein Schwein|laktosefrei",
                        "végétalien|sans gluten|allergie fruits à coque|végétarien|sans porc|sans "
                        "lactose",
                    ).split("|")
                ),
                s.font,
                9,
            )
            y += 14
        pages.append(p)
    note(event, "", [(it[0], q, it[1]) for it, q in zip(items, qty, strict=True)])
    return pages


WHOLE = ("torte", "cake", "sponge", "fraisier", "paris-brest", "kuchen", "tart", "flan", "quiche")


def trade_price(name: str) -> float:
    """The bakery's trade price of ``name``: a whole cake or tart, a loaf or a piece."""
    r = random.Random(zlib.crc32(f"jug/price/{name}".encode()))
    low = name.lower()
    if any(k in low for k in WHOLE) and "slice" not in low:
        return round(r.uniform(14, 32), 1)
    if any(k in low for k in ("loaf", "brot ", "brot", "pain ", "rye", "baguette", "zopf")):
        return round(r.uniform(1.2, 4.4), 2)
    return round(r.uniform(0.7, 2.4), 2)


def tpl_sales_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The bakery's own invoice to a business customer: the catering order just delivered, or a
    month's bread and pastry deliveries to a café or hotel day by day; one or two pages."""
    h = bakery_head()
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, _ = s.page_size
    m = s.margin
    cust = head_of(who, "customer")
    d = after(rng, ("catering_order",), (0, 3))
    no = serial(rng, tr(lg, "INV 9999", "RE-2025-9999", "F2025-9999"))
    f = sheets(s, h, f"{bakery().name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [cust.name, cust.street, cust.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(rng, "K999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows: list[list[str]] = []
    net = 0.0
    items = LAST["items"] if LAST["kind"] == "catering_order" else None
    if isinstance(items, list):
        for name, q, price in items:
            rows.append([short(d, lg), name, str(q), money(price, lg), money(q * price, lg)])
            net += q * price
        rows.append(
            [
                short(d, lg),
                tr(lg, "Delivery", "Lieferpauschale", "Frais de livraison"),
                "1",
                money(12.0, lg),
                money(12.0, lg),
            ]
        )
        net += 12.0
    else:
        prods = PRODUCTS[lg]
        start = d.replace(day=1) - timedelta(days=28)
        n = rng.choice([8, 14, 22, 30, 44, 56])
        for k in range(n):
            dd = start + timedelta(days=k * 27 // n)
            name = rng.choice(prods)[0]
            q = rng.randint(4, 40)
            price = trade_price(name)
            rows.append([short(dd, lg), name, str(q), money(price, lg), money(q * price, lg)])
            net += q * price
    cols = columns(
        m, w - m, [(1.1, "left"), (4.4, "left"), (0.7, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    rate = {"en": 20.0 if isinstance(items, list) else 0.0, "de": 7.0, "fr": 5.5}[lg]
    tax = net * rate / 100
    f.need(60)
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 8,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (tr(lg, f"VAT {rate:g}%", f"USt {rate:g} %", f"TVA {rate:g} %"), money(tax, lg)),
            (tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(net + tax, lg)),
        ],
        w - m,
        9,
    )
    f.y += 10
    r = random.Random(zlib.crc32(f"jug/bank/{HOME['seed']}".encode()))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within 14 days to {bakery().name}, sort code {serial(r, '99-99-99')}, "
            f"account {serial(r, '99999999')}.",
            "Bitte überweisen Sie den Betrag innerhalb von 10 Tagen auf IBAN "
            f"DE{serial(r, '99 9999 9999 9999 9999 99')}.",
            "Paiement à réception par virement : IBAN FR76 "
            f"{serial(r, '9999 9999 9999 9999 9999 999')}.",
        ),
        8,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your custom!",
            "Vielen Dank für Ihren Auftrag!",
            "Merci de votre confiance.",
        ),
        8,
    )
    foot = [
        tr(
            lg,
            f"{bakery().name} - {bakery().street}, {bakery().town} - VAT No. GB "
            f"{serial(r, '999 9999 99')}",
            f"{bakery().name} - Inh. {bakery().owner} - St.-Nr. {serial(r, '99/999/99999')} - "
            f"USt-IdNr. DE{serial(r, '999999999')}",
            f"{bakery().name} - SIRET {serial(r, '999 999 999 99999')} - TVA "
            f"FR{serial(r, '99999999999')}",
        )
    ]
    pages = foot_and_number(
        f.pages,
        s,
        foot,
        rng.choice(["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
        "br",
    )
    note(d, no)
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card terminal provider's monthly merchant statement: a summary page with the three
    shops' terminals, the takings by card scheme and the fees charged, then the day-by-day
    transactions over one to three pages, and now and then a page of fee explanations."""
    h = head_of(who, "card")
    lg = h.lang
    s = style_of(h, paper_of(h), pt=8.5)
    w, _ = s.page_size
    m = s.margin
    month: date = HOME["month"]  # type: ignore[assignment]
    first = (month - timedelta(days=rng.choice([1, 31]))).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    mid = account_no(h, "9999999999")
    title = tr(lg, "Merchant Statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(s, h, f"{h.name} - {title} - MID {mid} - {short(last, lg)}")
    recipient(
        f,
        s,
        h,
        bakery_lines(lg),
        last + timedelta(days=rng.randint(2, 6)),
        [
            (tr(lg, "Merchant ID", "Vertragsnummer", "N° contrat"), mid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(first, lg)} - {short(last, lg)}"),
        ],
    )
    caption(f, s, f"{title} {date_text(last, lg, 'long').split(' ', 1)[1]}", 4)
    terms = [serial(rng, "99999999") for _ in range(3)]
    days = (last - first).days + 1
    per = [[rng.uniform(180, 1100) for _ in range(days)] for _ in range(3)]
    rows = []
    for k in range(3):
        tot = sum(per[k])
        rows.append([terms[k], shop_name(k), str(int(tot / rng.uniform(7, 11))), money(tot, lg)])
    cols = columns(m, w - m, [(1.4, "left"), (3, "left"), (1, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Terminal", "Terminal-ID", "Terminal"),
            tr(lg, "Outlet", "Filiale", "Point de vente"),
            tr(lg, "Trans.", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
        ],
        rows,
        s,
        shade=0.87,
    )
    f.y += 8
    gross = sum(sum(x) for x in per)
    schemes = [
        ("Visa Debit", 0.46),
        ("Mastercard Debit", 0.28),
        ("Visa Credit", 0.09),
        ("Mastercard Credit", 0.07),
        ("Maestro" if lg != "fr" else "CB", 0.06),
        ("Amex", 0.04),
    ]
    if lg == "de":
        schemes[0] = ("girocard", 0.52)
    caption(f, s, tr(lg, "Charges", "Entgelte", "Commissions"), 1.5, rule=True)
    rows = []
    fees = 0.0
    for name, share in schemes:
        v = gross * share
        rate = rng.choice([0.3, 0.35, 0.45, 0.6, 0.95, 1.6]) if name != "Amex" else 2.1
        fee = v * rate / 100
        fees += fee
        rows.append([name, money(v, lg), f"{rate:.2f} %", money(fee, lg)])
    rows.append(
        [
            tr(lg, "Terminal rental x 3", "Terminalmiete x 3", "Location TPE x 3"),
            "",
            "",
            money(3 * rng.choice([14.5, 19.9, 24.0]), lg),
        ]
    )
    rows.append(
        [
            tr(lg, "PCI DSS compliance fee", "Sicherheitsentgelt", "Frais de gestion"),
            "",
            "",
            money(rng.choice([4.5, 7.95, 9.0]), lg),
        ]
    )
    cols = columns(m, w - m, [(3, "left"), (1.4, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    total_fees = fees + 3 * 19.9
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 8,
        [
            (
                tr(lg, "Total charges (no VAT)", "Summe Entgelte", "Total commissions HT"),
                cash(total_fees, lg),
            ),
            (
                tr(lg, "Collected by direct debit on", "Lastschrift am", "Prélevé le"),
                short(last + timedelta(days=10), lg),
            ),
        ],
        w - m,
        8.5,
    )
    f.new_page()
    caption(f, s, tr(lg, "Transactions by day", "Umsätze nach Tagen", "Détail des remises"), 2)
    rows = []
    for dd in range(days):
        for k in range(3):
            if (per[k][dd] > 0 and (first + timedelta(days=dd)).weekday() != 6) or k == 0:
                rows.append(
                    [
                        short(first + timedelta(days=dd), lg),
                        terms[k],
                        shop_name(k),
                        str(int(per[k][dd] / 8)),
                        money(per[k][dd], lg),
                        short(first + timedelta(days=dd + rng.choice([1, 2, 3])), lg),
                    ]
                )
    if rng.random() < 0.5:
        rows = rows[: len(rows) // 2]
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.1, "left"),
            (2.4, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "Terminal",
            tr(lg, "Outlet", "Filiale", "Boutique"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Settled", "Gutschrift", "Crédité le"),
        ],
        rows,
        s,
        size=7,
        step=1.4,
    )
    if rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Understanding your statement", "Erläuterungen", "Comprendre votre relevé"),
            2,
        )
        for _ in range(rng.randint(4, 7)):
            f.heading(m, words(rng, lg, "admin", rng.randint(2, 4))[:-1], s.bold, 8.5)
            write(f, s, prose(rng, lg, "admin", 2, 3), 7.5)
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    note(last, mid)
    return pages


def tpl_cash_deposit(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop's cash takings paid in at the bank: the bank's paying-in slip (with the
    counterfoil on the left), a Safebag deposit slip or a bordereau de remise d'espèces, with
    the notes and coins written in by hand and the teller's stamp."""
    h = head_of(who, "bank", ["split", "rule"])
    lg = h.lang
    d = after(rng, ("card_statement",), (-20, 5))
    shop = shop_of(rng)
    size = PAYIN if lg == "en" or rng.random() < 0.4 else A5L
    s = style_of(h, size, margin=14, pt=7.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    notes = tr(
        lg,
        "£50|£20|£10|£5|£2 coin|£1 coin|Silver|Bronze",
        "200 €|100 €|50 €|20 €|10 €|5 €|Münzgeld",
        "200 €|100 €|50 €|20 €|10 €|5 €|Pièces",
    ).split("|")
    amounts = []
    for k in range(len(notes)):
        if k == 0 and rng.random() < 0.7:
            amounts.append(0.0)
            continue
        base = {0: 50, 1: 20, 2: 10, 3: 5}.get(k, 0)
        if lg != "en":
            base = {0: 200, 1: 100, 2: 50, 3: 20, 4: 10, 5: 5}.get(k, 0)
        amounts.append(base * rng.randint(0, 30) if base else round(rng.uniform(5, 90), 2))
    total = sum(amounts)
    cf = 0.0
    r = random.Random(zlib.crc32(f"jug/bank/{HOME['seed']}".encode()))
    acct = serial(r, "99999999")
    if lg == "en":
        cf = w * 0.27
        slip_rule(p, m, hh - m, m, "")
        for yy in range(int(m), int(hh - m), 9):
            p.line(cf, yy, cf, yy + 4)
        p.text(m, m + 8, "Counterfoil", s.bold, 7)
        p.text(m, m + 22, "Date", s.font, 6.5)
        hand(p, m + 30, m + 22, short(d, lg), 8)
        p.text(m, m + 36, "Credit", s.font, 6.5)
        hand(p, m + 30, m + 36, fit(shop_name(shop), HAND, 8, cf - m - 34), 8)
        p.text(m, m + 50, "Total", s.font, 6.5)
        hand(p, m + 30, m + 50, money(total, lg), 8.5)
        p.text(m, m + 64, "Paid in by", s.font, 6.5)
        p.text(m, hh - m - 18, fit(h.name, s.bold, 7, cf - m - 6), s.bold, 7)
        x0 = cf + 10
    else:
        x0 = m
    p.text(x0, m + 8, fit(h.name, s.bold, 10, w - x0 - m - 120), s.bold, 10)
    p.text(
        w - m,
        m + 8,
        tr(lg, "bank giro credit", "Einzahlungsbeleg / Safebag", "Bordereau de remise d'espèces"),
        s.bold,
        8,
        "right",
    )
    y = m + 24
    y = fields(
        p,
        s,
        x0,
        y,
        (w - m - x0) * 0.58,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Cashier's stamp", "Kassenstempel", "Visa guichet"), ""),
            (tr(lg, "Account name", "Kontoinhaber", "Titulaire"), f"{bakery().name}"),
            (
                tr(lg, "Reference", "Verwendungszweck", "Référence"),
                f"{shop_name(shop)} {short(d - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Sort code", "IBAN", "Compte"),
                serial(
                    r,
                    tr(lg, "99-99-99", "DE99 9999 9999 9999 9999 99", "99999 99999 99999999999 99"),
                ),
            ),
            (
                tr(lg, "Account number", "Safebag-Nr.", "N° sachet scellé"),
                acct if lg == "en" else serial(rng, "A9999999"),
            ),
        ],
        per=2,
        tall=22,
    )
    x1 = x0 + (w - m - x0) * 0.62
    yy = m + 24
    for n, a in zip(notes, amounts, strict=True):
        p.rect(x1, yy - 9, (w - m - x1) * 0.45, 12)
        p.rect(x1 + (w - m - x1) * 0.45, yy - 9, (w - m - x1) * 0.55, 12)
        p.text(x1 + 3, yy, n, s.font, 7)
        if a:
            hand(p, w - m - 3, yy, money(a, lg), 8, "right")
        yy += 12
    p.rect(x1, yy - 9, w - m - x1, 14, fill=0.85)
    p.text(x1 + 3, yy + 1, tr(lg, "Total £", "Summe EUR", "Total EUR"), s.bold, 7.5)
    hand(p, w - m - 3, yy + 1, money(total, lg), 9, "right")
    if y < hh - m - 20:
        p.text(x0, hh - m - 6, tr(lg, "Paid in by", "Eingezahlt von", "Déposant"), s.font, 6.5)
        sign(
            p,
            x0 + 50,
            hh - m - 6,
            rng.choice([x.name for x in STAFF if x.shop == shop] or ["Amy Barnes"]),
            11,
        )
    if rng.random() < 0.6:
        stamp(
            p,
            x0 + rng.uniform(60, 180),
            y + rng.uniform(0, 8),
            [h.name.split()[0].upper(), short(d, lg), tr(lg, "CASHIER 4", "KASSE 2", "GUICHET 1")],
        )
    note(d, acct, None, shop)
    return [p]


def tpl_lease_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent demand for one shop: the quarter's rent, service charge on account,
    insurance rent and VAT, a tear-off remittance slip; now and then the service charge budget
    on a second page (Mietrechnung with Nebenkostenvorauszahlung, avis d'échéance with the
    quittance)."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, hh = s.page_size
    m = s.margin
    shop = keyed(who, "leaseshop").randrange(3)
    d = on(rng)
    q0 = d + timedelta(days=rng.randint(10, 25))
    q1 = q0 + timedelta(days=rng.choice([30, 91]))
    no = serial(rng, tr(lg, "RD/99999", "MR-99-9999", "AE-9999-999"))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        bakery_lines(lg, shop, bakery().owner),
        d,
        [
            (tr(lg, "Demand no.", "Rechnungs-Nr.", "Avis n°"), no),
            (tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"), account_no(h, "T9999")),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "Mietrechnung / Dauerrechnung", "AVIS D'ÉCHÉANCE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Premises: {shop_addr(shop)}",
            f"Mietobjekt: Ladenlokal {shop_addr(shop)}",
            f"Local commercial : {shop_addr(shop)}",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Period: {short(q0, lg)} to {short(q1 - timedelta(days=1), lg)}",
            f"Zeitraum: {short(q0, lg)} bis {short(q1 - timedelta(days=1), lg)}",
            f"Période du {short(q0, lg)} au {short(q1 - timedelta(days=1), lg)}",
        ),
    )
    rent = rng.choice([3250, 4100, 4875, 5600, 6200]) * (1 if (q1 - q0).days > 40 else 1 / 3)
    rows = [
        [tr(lg, "Rent", "Nettokaltmiete", "Loyer"), money(rent, lg)],
        [
            tr(
                lg, "Service charge on account", "Nebenkostenvorauszahlung", "Provision sur charges"
            ),
            money(rent * 0.12, lg),
        ],
        [
            tr(lg, "Insurance rent", "Grundsteuer-Umlage", "Taxe foncière (quote-part)"),
            money(rent * 0.04, lg),
        ],
    ]
    net = rent * 1.16
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [tr(lg, "Description", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 8,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (tr(lg, "VAT @ 20%", "USt 19 %", "TVA 20 %"), money(net * VAT_STD[lg] / 100, lg)),
            (tr(lg, "TOTAL DUE", "Gesamt", "TOTAL TTC"), cash(net * (1 + VAT_STD[lg] / 100), lg)),
        ],
        w - m,
        9,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due in advance on the quarter day, {short(q0, lg)}. Interest is "
            "chargeable on late payment under the terms of your lease.",
            "Die Miete ist gemäß § 4 des Mietvertrags bis zum 3. Werktag des Monats im Voraus zu "
            "zahlen.",
            f"Payable d'avance le {short(q0, lg)}. Le présent avis ne vaut pas quittance.",
        ),
        8,
    )
    if f.y < hh - m - 150 and rng.random() < 0.7:
        y = hh - m - 120 - 7 * len(h.foot)
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Bitte abtrennen",
                "Coupon à joindre à votre règlement",
            ),
        )
        y += 20
        f.page.text(m, y, tr(lg, "REMITTANCE ADVICE", "ZAHLSCHEIN", "TALON DE PAIEMENT"), s.bold, 9)
        y = pairs(
            f.page,
            s,
            m,
            y + 14,
            [
                (tr(lg, "Tenant", "Mieter", "Locataire"), bakery().name),
                (tr(lg, "Demand no.", "Rechnungs-Nr.", "Avis n°"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net * (1 + VAT_STD[lg] / 100), lg)),
            ],
            w / 2,
            8,
        )
        if rng.random() < 0.4:
            hand(
                f.page,
                w / 2 + 30,
                y - 14,
                tr(
                    lg,
                    f"paid BACS {short(q0, lg)}",
                    f"überwiesen {short(q0, lg)}",
                    f"payé vir. {short(q0, lg)}",
                ),
                10,
            )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d)
    if rng.random() < 0.3:
        f2 = sheets(
            s,
            h,
            f"{h.name} - "
            + tr(
                lg,
                "Service charge budget",
                "Nebenkostenaufstellung",
                "Budget prévisionnel des charges",
            ),
            top=False,
        )
        caption(
            f2,
            s,
            tr(
                lg,
                f"Service charge budget - year to {short(q1 + timedelta(days=300), lg)}",
                "Betriebskosten - Vorauszahlungsberechnung",
                "Budget prévisionnel des charges",
            ),
            2,
        )
        rows2 = []
        tot = 0.0
        for item in tr(
            lg,
            "Cleaning of common parts|Lighting|Repairs & maintenance|Buildings insurance|Refuse "
            "collection|Management fee|Fire alarm|Sinking fund",
            "Grundsteuer|Wasser/Abwasser|Müllabfuhr|Hausreinigung|Gebäudeversicherung|Hausmeister|Allgemeinstrom|Verwaltung",
            "Nettoyage parties communes|Électricité|Entretien|Assurance immeuble|Ordures "
            "ménagères|Honoraires de gestion|Ascenseur",
        ).split("|"):
            v = rng.uniform(300, 4800)
            tot += v
            rows2.append([item, money(v, lg), f"{rng.uniform(6, 18):.2f} %", money(v * 0.11, lg)])
        cols = columns(m, w - m, [(3.5, "left"), (1.3, "right"), (1, "right"), (1.3, "right")])
        table(
            f2,
            cols,
            [
                tr(lg, "Head of expenditure", "Kostenart", "Poste"),
                tr(lg, "Budget", "Gesamt", "Budget"),
                tr(lg, "Share", "Anteil", "Tantièmes"),
                tr(lg, "Your share", "Ihr Anteil", "Quote-part"),
            ],
            rows2,
            s,
        )
        write(f2, s, prose(rng, lg, "admin", 2, 3), 8)
        pages += close(f2.pages, s, h, numbers="none")
    note(d, no, None, shop)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PP: plant, staff
# ---------------------------------------------------------------------------------------------

MACHINES = {
    "en": [
        ("4-deck electric deck oven", "Tom Chandley Compacta 4", "oven"),
        ("Rack oven", "MIWE roll-in e+", "oven"),
        ("Walk-in cold room", "Foster 2.4 x 2.1 m, R448A", "cold"),
        ("Retarder prover", "Koma Sunriser 1", "cold"),
        ("Blast chiller", "Williams WBC40", "cold"),
        ("Spiral mixer 80 kg", "Diosna SP 80", "mixer"),
    ],
    "de": [
        ("Etagenbackofen 4 Herde", "Wachtel Piccolo 4", "oven"),
        ("Stikkenofen", "MIWE roll-in e+ 6080", "oven"),
        ("Kühlzelle begehbar", "Viessmann TectoCell, R449A", "cold"),
        ("Gärvollautomat", "Koma Sunriser 2", "cold"),
        ("Schockfroster", "Friulinox 10 GN", "cold"),
        ("Spiralkneter 120 kg", "Kemper SP 125", "mixer"),
    ],
    "fr": [
        ("Four à soles 4 étages", "Bongard Orion 4", "oven"),
        ("Four ventilé à chariot", "Pavailler Topaze", "oven"),
        ("Chambre froide positive", "Dagard 2,4 x 2 m, R452A", "cold"),
        ("Chambre de pousse contrôlée", "Panimatic Stop & Go", "cold"),
        ("Cellule de refroidissement", "Irinox EF 10.1", "cold"),
        ("Pétrin spirale 80 kg", "VMI SP 80", "mixer"),
    ],
}


FAULTS = {
    "en": {
        "oven": [
            "Deck 3 not reaching temp, bottom element",
            "Steam not injecting on deck 2",
            "Oven tripping RCD at start of bake",
            "Door will not close, hinge worn",
        ],
        "cold": [
            "Cold room running warm (9 C) overnight",
            "Ice build up on evaporator",
            "Retarder not switching to prove",
            "Water leaking from unit under door",
        ],
        "mixer": [
            "Bowl not turning in reverse",
            "Noise from gearbox at 2nd speed",
            "Guard interlock fault",
        ],
    },
    "de": {
        "oven": [
            "Herd 3 erreicht Temperatur nicht",
            "Schwaden Herd 2 ohne Funktion",
            "FI löst beim Anheizen aus",
            "Tür schließt nicht, Scharnier",
        ],
        "cold": [
            "Kühlzelle nachts 9 °C",
            "Verdampfer vereist",
            "Gärunterbrecher schaltet nicht auf Gare",
            "Wasser läuft unter Tür aus",
        ],
        "mixer": [
            "Kessel dreht nicht rückwärts",
            "Getriebegeräusch 2. Gang",
            "Schutzgitter-Schalter defekt",
        ],
    },
    "fr": {
        "oven": [
            "Sole 3 ne monte pas en température",
            "Buée sole 2 HS",
            "Disjoncte au démarrage",
            "Porte ne ferme plus, charnière usée",
        ],
        "cold": [
            "Chambre froide à 9 °C la nuit",
            "Évaporateur pris en glace",
            "Armoire de pousse ne passe pas en pousse",
            "Fuite d'eau sous la porte",
        ],
        "mixer": [
            "Cuve ne tourne pas en sens inverse",
            "Bruit réducteur 2e vitesse",
            "Défaut sécurité grille",
        ],
    },
}
WORK = {
    "en": [
        "Found element open circuit, replaced and tested",
        "Cleaned condenser coil",
        "Checked and adjusted door seal and hinges",
        "Reset controller, updated parameters",
        "Tested safety cut-outs - OK",
        "Defrosted evaporator, cleared drain line",
        "Left unit running at 3 C",
        "Customer advised to keep condenser clear of boxes",
    ],
    "de": [
        "Heizstab defekt, ersetzt und geprüft",
        "Verflüssiger gereinigt",
        "Türdichtung und Scharniere eingestellt",
        "Regler zurückgesetzt, Parameter neu",
        "Sicherheitsabschaltungen geprüft - i.O.",
        "Verdampfer abgetaut, Ablauf frei",
        "Anlage läuft, 3 °C erreicht",
        "Kunde: Verflüssiger freihalten!",
    ],
    "fr": [
        "Résistance HS remplacée et testée",
        "Nettoyage du condenseur",
        "Réglage joint de porte et charnières",
        "Régulateur réinitialisé",
        "Sécurités contrôlées - OK",
        "Dégivrage évaporateur, évacuation débouchée",
        "Installation remise en service à 3 °C",
        "Client : dégager le condenseur",
    ],
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The engineer's service report (job sheet) for an oven, a cold room or a mixer: the job,
    machine and serial number, fault reported, work done by hand, parts used, checks with
    ticks, refrigerant readings, time on and off site and two signatures; a cold room visit now
    and then with the F-gas leak check record behind it."""
    h = head_of(who, "engineer")
    lg = h.lang
    r = keyed(who, "machine")
    mname, model, kind = r.choice(MACHINES[lg])
    s = style_of(h, A4, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    eng = staff_of(h, f"eng{rng.randint(1, 2)}")
    job = serial(rng, "J99999")
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "SERVICE REPORT", "Serviceprotokoll / Arbeitsbericht", "RAPPORT D'INTERVENTION")
    p.text(m, y, title, s.bold, 13)
    p.text(w - m, y, f"{tr(lg, 'Job', 'Auftrag', 'Bon')} {job}", "Courier-Bold", 11, "right")
    y += 10
    site = rng.choice([-1, -1, 0, 1, 2])
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), bakery().name),
            (
                tr(lg, "Site", "Standort", "Site"),
                f"{bakery().street}, {bakery().town}" if site == -1 else shop_addr(site),
            ),
            (tr(lg, "Equipment", "Gerät", "Équipement"), mname),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), model),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), serial(r, "99999-9999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    p.text(m, y, tr(lg, "Visit type", "Einsatzart", "Nature"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        tr(
            lg,
            "Breakdown|Planned maintenance|Installation|Recall",
            "Störung|Wartung|Inbetriebnahme|Nacharbeit",
            "Dépannage|Maintenance préventive|Mise en service|Retour",
        ).split("|"),
        {rng.choice([0, 1, 1])},
        8,
    )
    y += 6
    for cap, n, said in [
        (tr(lg, "Fault reported", "Störungsmeldung", "Panne signalée"), 2, FAULTS[lg][kind]),
        (tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"), 5, WORK[lg]),
    ]:
        lines = rng.sample(said, min(n, len(said)))
        p.text(m, y, cap, s.bold, 8.5)
        y += 14
        for k in range(n):
            if k < len(lines) and rng.random() < 0.85:
                hand(p, m + 3, y, fit(lines[k], HAND, 9, w - 2 * m - 6), 9)
            p.line(m, y + 4, w - m, y + 4)
            y += 16
        y += 6
    p.text(m, y, tr(lg, "Parts used", "Material", "Pièces fournies"), s.bold, 8.5)
    y += 12
    parts = tr(
        lg,
        "Door seal|Element 3 kW|Contactor|Thermostat probe|Fan motor|Steam valve|Drive "
        "belt|Filter drier",
        "Türdichtung|Heizstab 3 kW|Schütz|Fühler "
        "PT1000|Lüftermotor|Schwadenventil|Keilriemen|Filtertrockner",
        "Joint de porte|Résistance 3 kW|Contacteur|Sonde|Moteur ventilateur|Électrovanne "
        "buée|Courroie|Déshydrateur",
    ).split("|")
    for _ in range(rng.randint(0, 3)):
        hand(p, m + 3, y, f"{rng.randint(1, 2)} x {rng.choice(parts)}", 9)
        hand(p, w / 2, y, serial(rng, "99-999"), 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 8
    checks = tr(
        lg,
        "Controls|Safety cut-outs|Door seals|Condenser clean|Drain clear|Electrical|Earth "
        "bond|Left working",
        "Steuerung|Sicherheitsabschaltung|Dichtungen|Verflüssiger gereinigt|Ablauf "
        "frei|Elektrik|Schutzleiter|Funktion i.O.",
        "Régulation|Sécurités|Joints|Condenseur nettoyé|Évacuation|Électricité|Terre|En service",
    ).split("|")
    p.text(m, y, tr(lg, "Checks", "Prüfungen", "Contrôles"), s.bold, 8.5)
    y += 12
    y = ticks(
        p, s, m, y, w - 2 * m, checks, set(rng.sample(range(len(checks)), rng.randint(5, 8))), 8
    )
    if kind == "cold":
        y += 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Refrigerant", "Kältemittel", "Fluide"),
                    model.split()[-1] if "R4" in model else "R452A",
                ),
                (tr(lg, "Charge kg", "Füllmenge kg", "Charge kg"), f"{rng.uniform(2, 9):.1f}"),
                (tr(lg, "Suction bar", "Saugdruck bar", "BP bar"), f"{rng.uniform(1.5, 3.5):.1f}"),
                (tr(lg, "Discharge bar", "Hochdruck bar", "HP bar"), f"{rng.uniform(14, 21):.1f}"),
                (
                    tr(lg, "Room temp C", "Raumtemp. °C", "T° chambre"),
                    f"{rng.uniform(1.5, 4.5):.1f}",
                ),
                (tr(lg, "Leak test", "Dichtheit", "Étanchéité"), tr(lg, "pass", "dicht", "OK")),
            ],
            per=3,
            tall=24,
        )
    y = max(y + 6, hh - m - 110)
    p.text(m, y, tr(lg, "Time on site", "Ankunft", "Arrivée"), s.font, 7.5)
    hand(p, m + 70, y, f"{rng.randint(6, 14):02d}:{rng.choice(['05', '20', '40', '55'])}", 9)
    p.text(m + 130, y, tr(lg, "Time off", "Abfahrt", "Départ"), s.font, 7.5)
    hand(p, m + 180, y, f"{rng.randint(15, 18):02d}:{rng.choice(['10', '30', '45'])}", 9)
    p.text(m + 250, y, tr(lg, "Travel", "Anfahrt", "Déplacement"), s.font, 7.5)
    hand(p, m + 300, y, f"{rng.randint(20, 140)} {tr(lg, 'mi', 'km', 'km')}", 9)
    y += 22
    p.text(
        m,
        y,
        tr(
            lg,
            "Further work required?",
            "Weitere Arbeiten erforderlich?",
            "Intervention complémentaire ?",
        ),
        s.font,
        8,
    )
    ticks(p, s, m + 170, y, 120, yes_no(lg), {rng.choice([0, 1, 1])}, 8)
    y += 34
    sign(p, m, y, eng)
    sign(p, w / 2 + 10, y, rng.choice([x.name for x in STAFF if x.night] or [bakery().owner]), 12)
    p.line(m, y + 4, m + 170, y + 4)
    p.line(w / 2 + 10, y + 4, w - m, y + 4)
    p.text(m, y + 13, f"{tr(lg, 'Engineer', 'Techniker', 'Technicien')}: {eng}", s.font, 7)
    p.text(
        w / 2 + 10,
        y + 13,
        tr(lg, "Customer signature / name", "Unterschrift Kunde", "Signature client"),
        s.font,
        7,
    )
    pages = close([p], s, h, numbers="none")
    if kind == "cold" and rng.random() < 0.45:
        q = Page(A4)
        yq = running_header(q, s, f"{h.name} - {tr(lg, 'Job', 'Auftrag', 'Bon')} {job}")
        q.text(
            m,
            yq + 14,
            tr(
                lg,
                "F-GAS LEAK CHECK RECORD",
                "Dichtheitsprüfung nach VO (EU) 2024/573",
                "FICHE D'INTERVENTION - FLUIDES FRIGORIGÈNES",
            ),
            s.bold,
            12,
        )
        yq += 34
        yq = fields(
            q,
            s,
            m,
            yq,
            w - 2 * m,
            [
                (tr(lg, "Operator", "Betreiber", "Détenteur"), bakery().name),
                (
                    tr(lg, "Certificate no.", "Zertifikat-Nr.", "Attestation de capacité"),
                    serial(rng, "REF99999"),
                ),
                (tr(lg, "Refrigerant", "Kältemittel", "Fluide"), "R452A"),
                (
                    tr(lg, "CO2 equivalent t", "CO2-Äquivalent t", "Tonnes éq. CO2"),
                    f"{rng.uniform(4, 19):.1f}",
                ),
                (tr(lg, "Detector used", "Prüfgerät", "Détecteur"), serial(rng, "D-TEK 9999")),
                (
                    tr(lg, "Next check due", "Nächste Prüfung", "Prochain contrôle"),
                    short(d + timedelta(days=365), lg),
                ),
            ],
            per=2,
            tall=26,
        )
        cols = columns(m, w - m, [(2.4, "left"), (1, "center"), (1, "center"), (2, "left")])
        f = Sheets(A4, hh - m, lambda pg, n: m)
        f.page, f.pages, f.y = q, [q], yq + 10
        points = tr(
            lg,
            "Compressor joints|Condenser|Evaporator|Expansion valve|Service valves|Pipework|Sight "
            "glass|Pressure switches",
            "Verdichter|Verflüssiger|Verdampfer|Expansionsventil|Serviceventile|Rohrleitungen|Schauglas|Druckschalter",
            "Compresseur|Condenseur|Évaporateur|Détendeur|Vannes|Tuyauteries|Voyant|Pressostats",
        ).split("|")
        table(
            f,
            cols,
            [
                tr(lg, "Check point", "Prüfstelle", "Point de contrôle"),
                tr(lg, "OK", "i.O.", "OK"),
                tr(lg, "Leak", "Undicht", "Fuite"),
                tr(lg, "Remarks", "Bemerkung", "Remarques"),
            ],
            [[pt, "x", "", ""] for pt in points],
            s,
            rules=True,
            step=2.1,
        )
        sign(q, m, f.y + 40, eng)
        q.line(m, f.y + 44, m + 170, f.y + 44)
        pages.append(q)
    note(d, job, None, int(site))
    return pages


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """One employee's payslip from the payroll bureau: an English payslip on a landscape half
    sheet or A4 with a tear-off, an Entgeltabrechnung with night-work supplements, or a
    bulletin de paie with its long list of contributions."""
    h = head_of(who, "payroll")
    lg = h.lang
    emp = rng.choice(STAFF)
    month: date = HOME["month"]  # type: ignore[assignment]
    d = (month - timedelta(days=1)).replace(day=rng.choice([25, 28]))
    size = THIRD if lg == "en" and keyed(who, "slip").random() < 0.6 else A4
    s = style_of(h, size, margin=28 if size == THIRD else 44, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    hours = emp.hours * 4.33
    basic = hours * emp.rate
    rows: list[list[str]] = []
    y = m
    if lg == "en":
        p.text(m, y, bakery().name, s.bold, 11)
        p.text(w - m, y, "PAYSLIP", s.bold, 11, "right")
        y += 14
        p.text(m, y, fit(f"{tr(lg, 'Prepared by')} {h.name}", s.font, 6.5, w / 2), s.font, 6.5)
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Employee", emp.name),
                ("Employee no.", emp.number),
                ("Tax code", rng.choice(["1257L", "1257L", "BR", "1257L M1"])),
                ("NI number", serial(rng, "AA 99 99 99 A")),
                ("Pay date", short(d, lg)),
                ("Period", f"M{(d.month + 8) % 12 + 1:02d}"),
            ],
            per=6 if size == THIRD else 3,
            tall=22,
            hand=False,
        )
        night = emp.night
        pay = [("Basic pay", f"{hours:.2f}", money(emp.rate, lg), basic)]
        if night:
            pay.append(("Night premium", f"{hours * 0.8:.2f}", money(1.25, lg), hours * 0.8 * 1.25))
        if rng.random() < 0.4:
            ot = rng.randint(3, 14)
            pay.append(
                ("Overtime x1.5", f"{ot:.2f}", money(emp.rate * 1.5, lg), ot * emp.rate * 1.5)
            )
        if rng.random() < 0.3:
            pay.append(
                ("Holiday pay", f"{rng.randint(8, 40):.2f}", money(emp.rate, lg), emp.rate * 16)
            )
        gross = sum(x[3] for x in pay)
        ded = [
            ("PAYE tax", gross * 0.12),
            ("National Insurance", gross * 0.06),
            ("Pension (5%)", gross * 0.05),
        ]
        if rng.random() < 0.2:
            ded.append(("Student loan", gross * 0.02))
        cols_w = (w - 2 * m - 20) / 2
        cl = columns(m, m + cols_w, [(3, "left"), (1, "right"), (1, "right"), (1.3, "right")])
        cr = columns(m + cols_w + 20, w - m, [(3, "left"), (1.3, "right")])
        for c, t in zip(cl, ["Payments", "Units", "Rate", "Amount"], strict=True):
            p.text(c[1] if c[2] == "right" else c[0], y, t, s.bold, 7.5, c[2])
        for c, t in zip(cr, ["Deductions", "Amount"], strict=True):
            p.text(c[1] if c[2] == "right" else c[0], y, t, s.bold, 7.5, c[2])
        p.line(m, y + 3, w - m, y + 3)
        y0 = y + 13
        for k, (a, u, rt, v) in enumerate(pay):
            for c, t in zip(cl, [a, u, rt, money(v, lg)], strict=True):
                p.text(c[1] if c[2] == "right" else c[0], y0 + 11 * k, t, s.font, 7.5, c[2])
        for k, (a, v) in enumerate(ded):
            for c, t in zip(cr, [a, money(v, lg)], strict=True):
                p.text(c[1] if c[2] == "right" else c[0], y0 + 11 * k, t, s.font, 7.5, c[2])
        y = y0 + 11 * max(len(pay), len(ded)) + 8
        p.line(m, y - 6, w - m, y - 6)
        net = gross - sum(v for _, v in ded)
        y = pairs(
            p,
            s,
            m,
            y + 4,
            [
                ("Total gross pay", money(gross, lg)),
                ("Gross pay TD", money(gross * ((d.month + 8) % 12 + 1), lg)),
                ("Tax paid TD", money(gross * 0.12 * ((d.month + 8) % 12 + 1), lg)),
            ],
            m + cols_w,
            7.5,
        )
        p.rect(w - m - 150, y - 36, 150, 26, fill=0.85)
        p.text(w - m - 144, y - 19, "NET PAY", s.bold, 9)
        p.text(w - m - 6, y - 19, f"£{money(net, lg)}", s.bold, 11, "right")
        if size == A4:
            slip_rule(p, m, w - m, hh * 0.5, "")
            yy = hh * 0.5 + 30
            p.text(m, yy, "PRIVATE & CONFIDENTIAL", s.bold, 9)
            for k, ln in enumerate(
                [
                    emp.name,
                    *rng.choice(
                        [
                            ["14 Vallis Road", "Frome BA11 3EA"],
                            ["2 Holgate Road", "York YO24 4AB"],
                            ["9 Gravel Hill", "Ludlow SY8 1QS"],
                        ]
                    ),
                ]
            ):
                p.text(m + 20, yy + 30 + 12 * k, ln, s.font, 10)
    elif lg == "de":
        p.text(
            m,
            y,
            f"Abrechnung der Brutto/Netto-Bezüge für {MONTHS_DE[d.month - 1]} {d.year}",
            s.bold,
            11,
        )
        y += 12
        p.text(m, y, fit(f"Erstellt durch {h.name}", s.font, 6.5, w - 2 * m), s.font, 6.5)
        y += 12
        for k, ln in enumerate([bakery().name, bakery().street, bakery().town]):
            p.text(m, y + 10 * k, ln, s.font, 7)
        y += 40
        for k, ln in enumerate(
            [mr(emp.name, lg), rng.choice(ROADS["de"]) + f" {rng.randint(1, 80)}", bakery().town]
        ):
            p.text(m, y + 12 * k, ln, s.font, 9.5)
        pairs(
            p,
            s,
            w / 2 + 20,
            y,
            [
                ("Personal-Nr.", emp.number),
                ("Eintritt", short(date(rng.randint(2008, 2023), rng.randint(1, 12), 1), lg)),
                ("Steuerklasse", str(rng.choice([1, 1, 3, 4, 5]))),
                ("Konfession", rng.choice(["rk", "ev", "--"])),
                ("Krankenkasse", rng.choice(["AOK BW", "TK", "BARMER", "IKK classic"])),
                ("Tätigkeit", emp.job),
            ],
            w - m,
            7.5,
        )
        y += 80
        pay = [("1000 Gehalt / Stundenlohn", hours, emp.rate, basic)]
        if emp.night:
            pay.append(
                (
                    "1200 Nachtzuschlag 25 % stfr.",
                    hours * 0.7,
                    emp.rate * 0.25,
                    hours * 0.7 * emp.rate * 0.25,
                )
            )
            pay.append(("1210 Sonntagszuschlag 50 % stfr.", 8.0, emp.rate * 0.5, 4 * emp.rate))
        if rng.random() < 0.5:
            pay.append(("1500 VWL AG-Anteil", 1, 26.59, 26.59))
        gross = sum(x[3] for x in pay)
        rows = [[a, f"{u:.2f}", money(r_, lg), money(v, lg)] for a, u, r_, v in pay]
        f = Flow(size, hh - m, lambda pg, n: m)
        f.page, f.pages, f.y = p, [p], y
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (1.2, "right")])
        table(f, cols, ["Bezeichnung", "Menge", "Faktor", "Betrag"], rows, s, shade=0.88)
        taxable = basic
        ded = [
            ("Lohnsteuer", taxable * 0.09),
            ("Solidaritätszuschlag", 0.0),
            ("Krankenversicherung", taxable * 0.08),
            ("Rentenversicherung", taxable * 0.093),
            ("Arbeitslosenversicherung", taxable * 0.013),
            ("Pflegeversicherung", taxable * 0.017),
        ]
        f.y += 6
        table(
            f,
            columns(m, w - m, [(5, "left"), (1.2, "right")]),
            ["Gesetzliche Abzüge", "Betrag"],
            [[a, money(v, lg)] for a, v in ded],
            s,
        )
        net = gross - sum(v for _, v in ded)
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                ("Gesamt-Brutto", money(gross, lg)),
                ("Netto-Verdienst", money(net, lg)),
                ("Auszahlungsbetrag", money(net, lg)),
            ],
            w - m,
            8.5,
        )
        f.page.text(
            m,
            f.y + 12,
            fit(
                f"Überweisung an IBAN DE{serial(rng, '99 9999 9999 9999 9999 99')}",
                s.font,
                7.5,
                w - 2 * m,
            ),
            s.font,
            7.5,
        )
    else:
        p.text(w / 2, y, "BULLETIN DE PAIE", s.bold, 12, "center")
        y += 12
        p.text(
            w / 2,
            y,
            f"Période du {short(d.replace(day=1), lg)} au {short(month - timedelta(days=1), lg)}",
            s.font,
            8,
            "center",
        )
        y += 12
        r = random.Random(zlib.crc32(f"jug/bank/{HOME['seed']}".encode()))
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Employeur", bakery().name),
                ("Salarié", emp.name.upper()),
                ("SIRET", serial(r, "999 999 999 99999")),
                ("Emploi", emp.job),
                ("Code NAF", "1071C Boulangerie et boulangerie-pâtisserie"),
                ("Convention collective", "Boulangerie-pâtisserie artisanale (IDCC 843)"),
                ("N° SS", serial(rng, "9 99 99 99 999 999 99")),
                ("Coefficient", str(rng.choice([155, 160, 170, 185, 190]))),
            ],
            per=2,
            tall=22,
            hand=False,
        )
        f = Flow(size, hh - m - 10, lambda pg, n: m)
        f.page, f.pages, f.y = p, [p], y + 4
        base = 151.67 * emp.rate
        rows = [["Salaire de base", "151,67", money(emp.rate, lg), money(base, lg), "", ""]]
        if emp.night:
            rows.append(
                [
                    "Majoration travail de nuit 25 %",
                    f"{rng.randint(60, 120)},00",
                    money(emp.rate * 0.25, lg),
                    money(emp.rate * 0.25 * 90, lg),
                    "",
                    "",
                ]
            )
        gross = base * (1.15 if emp.night else 1)
        rows.append(["SALAIRE BRUT", "", "", money(gross, lg), "", ""])
        for name, sal, emp_ in [
            ("Santé - Sécurité sociale maladie", 0.0, 7.0),
            ("Complémentaire santé", 0.9, 1.1),
            ("Prévoyance", 0.45, 0.55),
            ("Accidents du travail", 0.0, 1.9),
            ("Retraite Sécurité sociale plafonnée", 6.9, 8.55),
            ("Retraite Sécurité sociale déplafonnée", 0.4, 2.02),
            ("Retraite complémentaire T1", 4.01, 6.01),
            ("Famille", 0.0, 3.45),
            ("Assurance chômage", 0.0, 4.05),
            ("CSG déductible", 6.8, 0.0),
            ("CSG/CRDS non déductible", 2.9, 0.0),
        ]:
            rows.append(
                [
                    name,
                    money(gross, lg),
                    f"{sal:.2f}".replace(".", ","),
                    money(gross * sal / 100, lg) if sal else "",
                    f"{emp_:.2f}".replace(".", ","),
                    money(gross * emp_ / 100, lg),
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (3.6, "left"),
                (1, "right"),
                (0.8, "right"),
                (1, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        )
        table(
            f,
            cols,
            ["Rubrique", "Base", "Taux sal.", "Part salarié", "Taux pat.", "Part patronale"],
            rows,
            s,
            size=7,
            step=1.55,
            rules=True,
        )
        net = gross * 0.78
        f.y = pairs(
            f.page,
            s,
            w / 2,
            f.y + 6,
            [
                ("Net à payer avant impôt", money(net, lg)),
                ("Impôt sur le revenu prélevé à la source", money(net * 0.03, lg)),
                ("NET PAYÉ", cash(net * 0.97, lg)),
            ],
            w - m,
            8.5,
        )
        f.page.text(
            m,
            f.y + 10,
            "Dans votre intérêt, conservez ce bulletin de paie sans limitation de durée.",
            s.font,
            6.5,
        )
    note(d, emp.number)
    return [p]


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


def tpl_shift_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """The weekly shift plan on landscape A4 (bakehouse night shifts, shop shifts), printed
    from a spreadsheet, with changes written over by hand and the manager's initials."""
    h = bakery_head()
    lg = h.lang
    s = style_of(h, LAND, margin=30, pt=8)
    w, _ = LAND
    m = s.margin
    d = on(rng)
    monday = d - timedelta(days=d.weekday())
    part = rng.choice(["all", "bakehouse", "shops"])
    people = [x for x in STAFF if part == "all" or (part == "bakehouse") == (x.shop == -1)] or STAFF
    p = Page(LAND)
    title = tr(lg, "Rota - week commencing", "Dienstplan - Woche ab", "Planning de la semaine du")
    p.text(m, m + 4, f"{title} {short(monday, lg)}", s.bold, 14)
    p.text(w - m, m + 4, fit(bakery().name, s.font, 9, w / 3), s.font, 9, "right")
    p.text(
        m,
        m + 18,
        tr(
            lg,
            {"all": "Bakehouse & shops", "bakehouse": "Bakehouse", "shops": "Shops"}[part],
            {"all": "Backstube & Filialen", "bakehouse": "Backstube", "shops": "Verkauf"}[part],
            {"all": "Fournil et boutiques", "bakehouse": "Fournil", "shops": "Vente"}[part],
        )
        + f" - KW {monday.isocalendar()[1]}",
        s.font,
        9,
    )
    days = tr(
        lg,
        "Mon|Tue|Wed|Thu|Fri|Sat|Sun",
        "Mo|Di|Mi|Do|Fr|Sa|So",
        "Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche",
    ).split("|")
    cols = columns(
        m, w - m, [(2.4, "left"), (1.3, "left")] + [(1, "center")] * 7 + [(0.7, "right")]
    )
    y = m + 40
    p.rect(m - 2, y - 10, w - 2 * m + 4, 24, fill=0.82)
    for c, t in zip(
        cols,
        [tr(lg, "Name", "Name", "Nom"), tr(lg, "Role", "Funktion", "Poste")]
        + [f"{dn} {(monday + timedelta(days=k)).day}" for k, dn in enumerate(days)]
        + [tr(lg, "Hrs", "Std.", "H")],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1] if c[2] == "right" else (c[0] + c[1]) / 2,
            y + 2,
            t,
            s.bold,
            8,
            c[2],
        )
    y += 24
    off = tr(lg, "OFF", "frei", "repos")
    for x in people[:16]:
        p.text(cols[0][0], y, fit(x.name, s.font, 8.5, cols[0][1] - cols[0][0]), s.font, 8.5)
        p.text(
            cols[1][0],
            y,
            fit(
                x.job if x.shop == -1 else f"{x.job[:10]} {x.shop + 1}",
                s.font,
                7,
                cols[1][1] - cols[1][0],
            ),
            s.font,
            7,
        )
        tot = 0
        rest = set(rng.sample(range(7), 2))
        for k in range(7):
            c = cols[2 + k]
            if k in rest:
                t = off
            elif x.night:
                a = rng.choice([1, 2, 2, 3, 22])
                t = f"{a:02d}:00-{(a + 8) % 24:02d}:00"
                tot += 8
            else:
                a = rng.choice([6, 7, 11, 12])
                t = f"{a:02d}:30-{a + 6:02d}:30"
                tot += 6
            p.text((c[0] + c[1]) / 2, y, t, s.font, 7.5, "center")
            if rng.random() < 0.06:
                p.line(c[0] + 4, y - 3, c[1] - 4, y - 3)
                hand(
                    p,
                    (c[0] + c[1]) / 2,
                    y + 9,
                    rng.choice([off, "sick", "krank", "14-20", "ill", "malade"]),
                    7.5,
                    "center",
                )
        p.text(cols[-1][1], y, str(tot), s.font, 8, "right")
        p.line(m - 2, y + 12, w - m + 2, y + 12)
        y += 22
    for c in cols[1:]:
        p.line(c[0] - 3, m + 30, c[0] - 3, y - 10)
    y += 10
    p.text(
        m,
        y,
        tr(
            lg,
            "Swaps must be agreed with the manager. Holiday requests 4 weeks in advance.",
            "Tausch nur nach Absprache mit der Leitung. Urlaubsanträge 4 Wochen vorher.",
            "Tout échange doit être validé par le responsable.",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.6:
        hand(
            p,
            w - m - 120,
            y,
            f"ok {initials(bakery().owner)} "
            f"{short(monday - timedelta(days=rng.randint(3, 9)), lg)}",
            10,
        )
    note(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates PP: prices, packaging, waste
# ---------------------------------------------------------------------------------------------


def tpl_price_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's price-change letter (new harvest wheat, butter prices, paper costs) with
    the new price list behind it over one to three pages, or the price list alone with a cover
    page."""
    role = keyed(who, "pricer").choice(["mill", "dairy", "wholesaler", "packaging"])
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    valid = (d + timedelta(days=rng.randint(20, 45))).replace(day=1)
    rep = staff_of(h, "sales")
    title = tr(lg, "Price list", "Preisliste", "Tarifs")
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            bakery_lines(
                lg,
                None,
                tr(
                    lg,
                    "For the attention of the buyer",
                    "z. Hd. Einkauf",
                    "À l'attention du responsable achats",
                ),
            ),
            d,
            [(tr(lg, "Account", "Kunden-Nr.", "Code client"), account_no(h))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Price changes from {date_text(valid, lg, 'long')}",
                f"Preisanpassung zum {short(valid, lg)}",
                f"Évolution tarifaire au {short(valid, lg)}",
            ),
            1.5,
        )
        write(f, s, dear(lg, mr(bakery().owner, lg)))
        reason = {
            "mill": tr(
                lg,
                "the new harvest wheat prices and higher energy costs at the mill",
                "die Weizenpreise der neuen Ernte und gestiegene Energiekosten",
                "le prix des blés de la nouvelle récolte et la hausse de l'énergie",
            ),
            "dairy": tr(
                lg,
                "the continued rise in cream and butter prices on the market",
                "die anhaltend hohen Butter- und Rahmnotierungen",
                "la hausse persistante des cotations du beurre",
            ),
            "wholesaler": tr(
                lg,
                "increases from our manufacturers",
                "Preiserhöhungen unserer Lieferanten",
                "les hausses de nos fournisseurs",
            ),
            "packaging": tr(
                lg,
                "higher paper and board costs",
                "gestiegene Papier- und Kartonpreise",
                "la hausse du prix du papier et du carton",
            ),
        }[role]
        write(
            f,
            s,
            tr(
                lg,
                f"Owing to {reason}, we must regretfully adjust our prices with effect from "
                f"{date_text(valid, lg, 'long')}. Your new prices are set out in the enclosed "
                "list.",
                f"aufgrund von {reason} sind wir leider gezwungen, unsere Preise zum "
                f"{short(valid, lg)} anzupassen. Ihre neuen Preise finden Sie in der beiliegenden "
                "Preisliste.",
                f"En raison de {reason}, nous sommes contraints de réviser nos tarifs à compter "
                f"du {short(valid, lg)}. Vous trouverez ci-joint vos nouveaux prix.",
            ),
        )
        write(f, s, prose(rng, lg, "admin", 1, 3))
        write(
            f,
            s,
            tr(
                lg,
                "Orders placed before that date will be invoiced at current prices.",
                "Bis dahin eingehende Bestellungen berechnen wir zu den bisherigen Preisen.",
                "Les commandes passées avant cette date seront facturées à l'ancien tarif.",
            ),
        )
        regards(f, s, lg, rep, tr(lg, "Sales Manager", "Vertrieb", "Responsable commercial"))
        f.page.text(
            m, f.y + 6, tr(lg, "Enc. price list", "Anlage: Preisliste", "P.J. : tarifs"), s.font, 8
        )
        pages += close(f.pages, s, h, numbers="none")
    else:
        p = Page(s.page_size)
        y = heading(p, s, h)
        p.text(w / 2, y + 160, title.upper(), s.bold, 28, "center")
        p.text(
            w / 2,
            y + 190,
            tr(
                lg,
                f"valid from {date_text(valid, lg, 'long')}",
                f"gültig ab {short(valid, lg)}",
                f"applicable au {short(valid, lg)}",
            ),
            s.font,
            13,
            "center",
        )
        p.text(
            w / 2,
            y + 214,
            tr(
                lg,
                "All prices ex works, excluding VAT",
                "Alle Preise zzgl. MwSt., ab Werk",
                "Prix HT départ",
            ),
            s.font,
            9,
            "center",
        )
        pages += close([p], s, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {title} {short(valid, lg)}", top=rng.random() < 0.4)
    caption(f, s, f"{title} - {short(valid, lg)}", 3)
    pool = list(goods_of(role, lg))
    extra = (
        rng.sample(goods_of("wholesaler", lg), rng.randint(0, 4)) if role == "wholesaler" else []
    )
    groups = [("", pool + extra)]
    if role == "wholesaler":
        groups = [
            (tr(lg, "Flour", "Mehle", "Farines"), [x for x in FLOUR[lg] if x[1] != "t"]),
            (tr(lg, "Dairy & eggs", "Molkereiprodukte und Eier", "Crèmerie"), list(DAIRY[lg])),
            (tr(lg, "Ingredients", "Backzutaten", "Ingrédients"), pool),
        ]
    if role in ("mill", "dairy") and rng.random() < 0.6:
        more = rng.sample(goods_of("wholesaler", lg), rng.randint(3, 7))
        groups.append(
            (tr(lg, "Bakery sundries", "Backzutaten und Saaten", "Produits d'épicerie"), more)
        )
    if rng.random() < 0.4:
        groups.append(
            (tr(lg, "Packaging", "Verpackung", "Emballages"), list(goods_of("packaging", lg)))
        )
    for label, grp in groups:
        if label:
            f.heading(m, label, s.bold, s.size + 1)
        rows = []
        for name, unit, price in full_range(rng, grp, lg):
            old = price * rng.uniform(0.85, 1.0)
            rows.append(
                [
                    serial(rng, "99999"),
                    name,
                    unit,
                    money(old, lg),
                    money(price * rng.uniform(1.0, 1.12), lg),
                ]
            )
        cols = columns(
            m, w - m, [(1, "left"), (4.6, "left"), (0.9, "left"), (1.1, "right"), (1.1, "right")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Product", "Artikel", "Désignation"),
                tr(lg, "Unit", "VE", "Unité"),
                tr(lg, "Old", "bisher", "Ancien"),
                tr(lg, "New", "neu", "Nouveau"),
            ],
            rows,
            s,
            size=8,
            shade=0.87,
            rules=rng.random() < 0.4,
        )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Delivery free over 40 sacks or £500. Surcharge for deliveries before 6 am.",
            "Frei Haus ab 500 EUR Warenwert. Mindermengenzuschlag 15 EUR.",
            "Franco à partir de 500 € HT. Frais de livraison 18 € HT en dessous.",
        ),
        7.5,
    )
    pages += close(f.pages, s, h, numbers=rng.choice(["none", tr(lg, "{i}", "Seite {i}", "{i}")]))
    received(rng, pages[0], home(), d, 0.25)
    note(d)
    return pages


def full_range(
    rng: random.Random, pool: list[tuple[str, str, float]], lang: str
) -> list[tuple[str, str, float]]:
    """``pool`` as a full price list prints it: each line now and then also in other pack
    sizes and as an organic line."""
    out = []
    for name, unit, price in pool:
        out.append((name, unit, price))
        for big, small, share in (("25 kg", "10 kg", 0.46), ("16 kg", "1.5 kg", 0.14)):
            if big in name and rng.random() < 0.6:
                out.append((name.replace(big, small), unit, price * share))
        if rng.random() < 0.35:
            bio = tr(lang, "Organic", "Bio", "Bio")
            out.append((f"{bio} {name[0].lower()}{name[1:]}", unit, price * 1.35))
    return out


def proof_page(rng: random.Random, s: Style, h: Head, job: str) -> Page:
    """An artwork proof of a printed bag: the bag's outline, the bakery's name as it will be
    printed, dimensions, colours and a box for the customer's approval."""
    w, _ = LAND
    m = 36
    lg = h.lang
    p = Page(LAND)
    p.text(
        m,
        m,
        fit(
            f"{h.name} - {tr(lg, 'ARTWORK PROOF', 'DRUCKFREIGABE', 'BON À TIRER')} {job}",
            s.bold,
            11,
            w - 2 * m,
        ),
        s.bold,
        11,
    )
    bx, by, bw, bh = m + 40, m + 40, 230, 380
    p.rect(bx, by, bw, bh)
    p.line(bx, by + 30, bx + bw, by + 30)
    p.line(bx + 20, by, bx + 20, by + bh)
    p.line(bx + bw - 20, by, bx + bw - 20, by + bh)
    p.text(bx + bw / 2, by + 140, initials_of(bakery().name), "Times-Bold", 42, "center")
    pt = shrink(bakery().name, "Times-Bold", 14, bw - 50)
    p.text(bx + bw / 2, by + 180, bakery().name, "Times-Bold", pt, "center")
    p.text(
        bx + bw / 2,
        by + 198,
        fit(bakery().motto, "Times-Italic", 9, bw - 50),
        "Times-Italic",
        9,
        "center",
    )
    p.line(bx - 14, by, bx - 14, by + bh)
    p.text(bx - 18, by + bh / 2, f"{rng.choice([320, 350, 400])} mm", "Helvetica", 7, "right")
    p.line(bx, by + bh + 14, bx + bw, by + bh + 14)
    p.text(bx + bw / 2, by + bh + 26, f"{rng.choice([180, 200, 220])} mm", "Helvetica", 7, "center")
    x = m + 360
    y = m + 60
    y = fields(
        p,
        s,
        x,
        y,
        w - m - x,
        [
            (tr(lg, "Item", "Artikel", "Article"), rng.choice(goods_of("packaging", lg))[0]),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(["1c Pantone 469", "2c black + 7406", "1c noir"]),
            ),
            (tr(lg, "Quantity", "Auflage", "Quantité"), f"{rng.choice([5, 10, 20, 25])} 000"),
            (
                tr(lg, "Paper", "Papier", "Papier"),
                rng.choice(["40 g kraft", "50 g white ribbed", "Pergamin"]),
            ),
        ],
        per=1,
        tall=26,
        hand=False,
    )
    y += 10
    p.text(
        x,
        y,
        tr(
            lg,
            "Please check spelling, colours and position carefully.",
            "Bitte Text, Farben und Stand genau prüfen.",
            "Merci de vérifier textes, couleurs et positions.",
        ),
        "Helvetica",
        8,
    )
    y += 18
    ticks(
        p,
        s,
        x,
        y,
        w - m - x,
        tr(
            lg,
            "Approved|Approved with changes|Not approved",
            "Freigegeben|Mit Korrekturen|Nicht freigegeben",
            "Bon pour accord|Avec corrections|Refusé",
        ).split("|"),
        {0} if rng.random() < 0.6 else set(),
        9,
    )
    y += 34
    p.text(
        x, y, tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"), "Helvetica", 8
    )
    p.line(x + 100, y + 3, w - m, y + 3)
    if rng.random() < 0.5:
        sign(p, x + 110, y, bakery().owner, 12)
    return p


def tpl_packaging_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's invoice for bags, boxes and boards, or its order confirmation for
    printed bags with the artwork proof on a landscape page behind it."""
    h = head_of(who, "packaging")
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    confirm = rng.random() < 0.35
    no = serial(rng, "999999")
    label = tr(
        lg,
        "Order confirmation" if confirm else "Invoice",
        "Auftragsbestätigung" if confirm else "Rechnung",
        "Confirmation de commande" if confirm else "Facture",
    )
    f = sheets(s, h, f"{h.name} - {label} {no}")
    recipient(
        f,
        s,
        h,
        bakery_lines(lg),
        d,
        [
            (tr(lg, "Number", "Nummer", "Numéro"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), account_no(h, "99999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [
                        tr(lg, "by phone", "telefonisch", "par téléphone"),
                        short(d - timedelta(days=3), lg),
                    ]
                ),
            ),
        ],
    )
    caption(f, s, f"{label} {no}", 3)
    if lg != home():
        write(
            f,
            s,
            tr(
                lg,
                "Delivery: DAP, carriage paid. Intra-EU supply / reverse charge where applicable.",
                "Lieferung frei Haus. Innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. "
                "1b UStG.",
                "Livraison franco. Autoliquidation - article 283-2 du CGI.",
            ),
            7.5,
        )
    pool = goods_of("packaging", lg)
    rows = []
    net = 0.0
    for name, per, price in rng.sample(pool, rng.randint(2, min(7, len(pool)))):
        q = rng.choice([1, 2, 3, 5, 10])
        v = q * price
        net += v
        rows.append([serial(rng, "99-9999"), name, f"{q} x {per}", money(price, lg), money(v, lg)])
    if confirm:
        setup = rng.choice([45.0, 60.0, 85.0])
        rows.append(
            [
                "",
                tr(lg, "Print plate / origination", "Klischeekosten", "Cliché d'impression"),
                "1",
                money(setup, lg),
                money(setup, lg),
            ]
        )
        net += setup
    cols = columns(
        m, w - m, [(1.1, "left"), (4.2, "left"), (1.2, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Art.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        shade=0.9,
        rules=True,
        step=1.8,
    )
    rate = VAT_STD[lg] if lg == home() else 0.0
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 8,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
            (
                tr(lg, f"VAT {rate:g}%", f"MwSt {rate:g} %", f"TVA {rate:g} %"),
                money(net * rate / 100, lg),
            ),
            (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net * (1 + rate / 100), lg)),
        ],
        w - m,
        9,
    )
    f.y += 8
    if confirm:
        write(
            f,
            s,
            tr(
                lg,
                "Production starts on receipt of your signed proof. Estimated despatch: week "
                f"{(d + timedelta(days=21)).isocalendar()[1]}.",
                "Die Produktion beginnt nach Eingang der unterschriebenen Druckfreigabe. "
                f"Voraussichtlicher Versand: KW {(d + timedelta(days=21)).isocalendar()[1]}.",
                "Fabrication après retour du BAT signé. Expédition prévue semaine "
                f"{(d + timedelta(days=21)).isocalendar()[1]}.",
            ),
            8,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Payment terms: 30 days net.",
                "Zahlbar innerhalb 30 Tagen netto.",
                "Paiement à 30 jours fin de mois.",
            ),
            8,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d, 0.3)
    if confirm:
        pages.append(proof_page(rng, s, h, no))
    note(d, no)
    return pages


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A collection note for used cooking oil (drums collected and left, litres, EWC 20 01 25,
    signatures) or food waste (caddies and weight), on a narrow pad sheet or A5; the
    Übernahmeschein or bordereau of Germany and France."""
    h = head_of(who, "waste")
    lg = h.lang
    r = keyed(who, "wn")
    size = r.choice([TICKET, TICKET, A5])
    s = style_of(h, size, margin=20, pt=7.5)
    w, hh = size
    m = s.margin
    d = on(rng)
    oil = r.random() < 0.7
    shop = rng.choice([-1, -1, 0, 1, 2])
    p = Page(size)
    pt = shrink(h.name, s.bold, 11, w - 2 * m)
    p.text(m, m + 4, h.name, s.bold, pt)
    p.text(m, m + 14, fit(f"{h.street}, {h.town}", s.font, 6.5, w - 2 * m), s.font, 6.5)
    if h.extra:
        p.text(m, m + 22, fit(h.extra, s.font, 6, w - 2 * m), s.font, 6)
    y = m + 40
    title = (
        tr(
            lg,
            "USED COOKING OIL COLLECTION NOTE",
            "Übernahmeschein Altspeisefett",
            "Bon d'enlèvement - huiles alimentaires usagées",
        )
        if oil
        else tr(
            lg,
            "FOOD WASTE COLLECTION TICKET",
            "Abholbeleg Speisereste / Biomüll",
            "Bon d'enlèvement - biodéchets",
        )
    )
    p.rect(m, y - 10, w - 2 * m, 15, fill=0.8)
    p.text(m + 3, y, fit(title, s.bold, 8.5, w - 2 * m - 6), s.bold, 8.5)
    no = serial(rng, "9999999")
    y += 16
    p.text(m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", "Courier-Bold", 10)
    y += 8
    place = f"{bakery().street}, {bakery().town}" if shop == -1 else shop_addr(shop)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Producer / site", "Abfallerzeuger / Anfallstelle", "Producteur / site"),
                f"{bakery().name}, {place}",
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "EWC code", "Abfallschlüssel", "Code déchet"),
                "20 01 25" if oil else "20 01 08",
            ),
            (
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(
                    lg,
                    "Used cooking oil" if oil else "Bakery food waste",
                    "Speiseöle und -fette" if oil else "Biologisch abbaubare Küchenabfälle",
                    "Huiles alimentaires" if oil else "Biodéchets",
                ),
            ),
        ],
        per=1,
        tall=22,
        hand=rng.random() < 0.5,
    )
    if oil:
        items = [
            (
                tr(lg, "Drums collected (20 L)", "Kanister abgeholt (20 l)", "Fûts enlevés (20 L)"),
                str(rng.randint(1, 6)),
            ),
            (
                tr(lg, "Clean drums left", "Leere Kanister gestellt", "Fûts propres déposés"),
                str(rng.randint(1, 6)),
            ),
            (
                tr(lg, "Litres (approx.)", "Menge ca. Liter", "Volume (L)"),
                str(rng.randint(1, 6) * 20 - rng.randint(0, 15)),
            ),
        ]
    else:
        items = [
            (tr(lg, "Caddies emptied", "Behälter geleert", "Bacs vidés"), str(rng.randint(1, 4))),
            (tr(lg, "Weight kg", "Gewicht kg", "Poids kg"), str(rng.randint(18, 140))),
        ]
    for lab, val in items:
        p.text(m, y, lab, s.font, 7.5)
        p.rect(w - m - 50, y - 9, 50, 13)
        hand(p, w - m - 25, y, val, 9.5, "center")
        y += 17
    if oil and y < hh - 160:
        y += 4
        p.text(m, y, tr(lg, "Rebate", "Vergütung", "Rachat"), s.font, 7.5)
        hand(p, w - m - 4, y, cash(rng.uniform(4, 30), lg), 9, "right")
        y += 16
    y = max(y + 14, hh - m - 70)
    for k, lab in enumerate(
        [tr(lg, "Collector", "Fahrer", "Collecteur"), tr(lg, "Customer", "Kunde", "Client")]
    ):
        x = m + k * (w - 2 * m) / 2
        p.line(x, y + 2, x + (w - 2 * m) / 2 - 10, y + 2)
        p.text(x, y + 10, lab, s.font, 6.5)
        sign(
            p,
            x,
            y,
            staff_of(h, "driver") if k == 0 else rng.choice([x_.name for x_ in STAFF] or ["A B"]),
            10,
        )
    p.text(
        m,
        hh - m + 6,
        fit(
            tr(
                lg,
                "Keep this note for 2 years (Duty of Care).",
                "Bitte 3 Jahre aufbewahren (NachwV).",
                "À conserver 3 ans.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    note(d, no)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates PP: permits, energy, insurance
# ---------------------------------------------------------------------------------------------


def stall_plan(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    hh: float,
    pitch: int,
    rng: random.Random,
    lang: str,
) -> None:
    """A market square plan: rows of numbered pitches, the bakery's pitch shaded, a road and a
    north arrow."""
    p.rect(x, y, w, hh)
    cols, rows = rng.choice([(8, 4), (10, 3), (6, 5)])
    pw, ph = (w - 80) / cols, (hh - 100) / rows
    n = 1
    for j in range(rows):
        for i in range(cols):
            px, py = x + 40 + i * pw, y + 40 + j * (ph + 8)
            if n == pitch:
                p.rect(px + 2, py + 2, pw - 4, ph - 8, fill=0.55)
            p.rect(px + 2, py + 2, pw - 4, ph - 8)
            p.text(px + pw / 2, py + ph / 2, str(n), "Helvetica", 7, "center")
            n += 1
    p.rect(x + 10, y + hh - 40, w - 20, 18, fill=0.9)
    p.text(
        x + w / 2,
        y + hh - 27,
        rng.choice(
            tr(
                lang,
                "Market Place|Cheap Street|Parliament Street",
                "Münsterplatz|Domplatz|Grüner Markt",
                "Place des Halles|Place Velten|Rue Sainte-Claire",
            ).split("|")
        ),
        "Helvetica-Oblique",
        8,
        "center",
    )
    ax, ay = x + w - 24, y + 30
    p.line(ax, ay, ax, ay - 18)
    p.line(ax, ay - 18, ax - 4, ay - 12)
    p.line(ax, ay - 18, ax + 4, ay - 12)
    p.text(ax, ay + 9, "N", "Helvetica-Bold", 7, "center")


def tpl_market_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's market stall permit: a covering letter, the permit with pitch, days,
    stall size and fees, now and then the market plan with the pitch shaded and the market
    regulations; two to four pages (Zulassung zum Wochenmarkt, arrêté d'autorisation)."""
    h = head_of(who, "market")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    start = (d + timedelta(days=rng.randint(10, 40))).replace(day=1)
    pitch = rng.randint(1, 24)
    ref = serial(rng, tr(lg, "MKT/99/999", "32-99-999", "AOT-9999-99"))
    officer = staff_of(h, "markets")
    fee = rng.choice([18.5, 22.0, 27.5, 31.0])
    days = rng.choice(
        tr(
            lg,
            "Wednesday and Saturday|Saturday|Friday",
            "Mittwoch und Samstag|Samstag|Dienstag, Donnerstag, Samstag",
            "mercredi et samedi|samedi|dimanche matin",
        ).split("|")
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [bakery().owner, *bakery_lines(lg)],
        d,
        [
            (tr(lg, "Our ref", "Az.", "Réf."), ref),
            (tr(lg, "Contact", "Auskunft", "Dossier suivi par"), officer),
        ],
    )
    if lg == "fr":
        caption(f, s, f"ARRÊTÉ N° {ref}", 2)
        write(
            f,
            s,
            "portant autorisation d'occupation temporaire du domaine public - marché de plein air",
            9,
        )
        write(
            f,
            s,
            "Le Maire, vu le Code général des collectivités territoriales, vu le règlement des "
            "marchés, vu la demande présentée par " + bakery().owner + ",",
        )
        caption(f, s, "ARRÊTE", 1)
        for k, t in enumerate(
            [
                f"{bakery().name} est autorisée à occuper l'emplacement n° {pitch} du marché, le "
                f"{days}, à compter du {short(start, lg)}.",
                f"Le droit de place est fixé à {money(fee, lg)} € par séance, payable auprès du "
                "placier.",
                "La présente autorisation est personnelle, précaire et révocable.",
                "Le bénéficiaire devra justifier d'une assurance responsabilité civile.",
            ],
            1,
        ):
            write(f, s, f"Article {k} - {t}")
    else:
        caption(
            f,
            s,
            tr(
                lg,
                f"Market stall permit - pitch {pitch}",
                f"Zulassung zum Wochenmarkt - Standplatz {pitch}",
            ),
            2,
        )
        write(f, s, dear(lg, mr(bakery().owner, lg)))
        write(
            f,
            s,
            tr(
                lg,
                "I am pleased to confirm that your application for a regular pitch at the market "
                "has been approved. Your permit is enclosed and runs from "
                f"{date_text(start, lg, 'long')}.",
                f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(14, 60)), lg)} "
                f"werden Sie ab dem {short(start, lg)} als Dauerbeschicker zum Wochenmarkt "
                "zugelassen.",
            ),
        )
        write(f, s, prose(rng, lg, "admin", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "Please display the permit on your stall at all times and bring your public "
                "liability insurance certificate and food registration to the market office.",
                "Die Zulassung ist am Stand mitzuführen. Der Nachweis einer "
                "Betriebshaftpflichtversicherung ist bis zum Beginn vorzulegen.",
            ),
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Markets Officer", "Marktmeister", "Pour le Maire, l'adjoint délégué"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if lg != "fr" or rng.random() < 0.5:
        p = Page(A4)
        y = heading(p, s, h)
        p.rect(m, y - 4, w - 2 * m, hh - y - m - 20)
        p.rect(m + 4, y, w - 2 * m - 8, hh - y - m - 28)
        p.text(
            w / 2,
            y + 40,
            tr(
                lg,
                "MARKET TRADER'S PERMIT",
                "ZULASSUNGSBESCHEINIGUNG",
                "CARTE DE COMMERÇANT NON SÉDENTAIRE",
            ),
            s.bold,
            16,
            "center",
        )
        p.text(
            w / 2,
            y + 60,
            tr(
                lg,
                "to be displayed on the stall",
                "am Stand gut sichtbar anzubringen",
                "à présenter à toute réquisition",
            ),
            italic_of(s.font),
            9,
            "center",
        )
        y = pairs(
            p,
            s,
            m + 50,
            y + 100,
            [
                (tr(lg, "Permit holder", "Inhaber", "Titulaire"), bakery().name),
                (
                    tr(lg, "Goods", "Warensortiment", "Activité"),
                    tr(
                        lg,
                        "Bread, cakes and pastries",
                        "Backwaren, Feinbackwaren",
                        "Boulangerie, pâtisserie",
                    ),
                ),
                (tr(lg, "Pitch", "Standplatz", "Emplacement"), str(pitch)),
                (
                    tr(lg, "Frontage", "Frontlänge", "Métrage linéaire"),
                    f"{rng.choice([3, 4, 6])} m",
                ),
                (tr(lg, "Market days", "Markttage", "Jours de marché"), days),
                (tr(lg, "Valid from", "gültig ab", "Valable du"), short(start, lg)),
                (tr(lg, "Valid to", "gültig bis", "au"), short(start + timedelta(days=364), lg)),
                (tr(lg, "Fee per day", "Standgeld je Markttag", "Droit de place"), cash(fee, lg)),
                (tr(lg, "Permit no.", "Nr.", "N°"), ref),
            ],
            w - m - 50,
            10,
        )
        stamp(
            p,
            w - m - 200,
            y + 40,
            [
                h.name.split(" - ")[0].upper()[:26],
                tr(lg, "MARKETS OFFICE", "MARKTAMT", "SERVICE DES MARCHÉS"),
                short(d, lg),
            ],
        )
        sign(p, m + 50, y + 70, officer)
        pages.append(p)
    if rng.random() < 0.55:
        p = Page(A4)
        y = running_header(
            p, s, f"{h.name} - {tr(lg, 'Market plan', 'Lageplan', 'Plan du marché')}"
        )
        p.text(
            m,
            y + 14,
            tr(lg, "Market plan", "Lageplan Wochenmarkt", "Plan d'implantation"),
            s.bold,
            12,
        )
        stall_plan(p, s, m, y + 30, w - 2 * m, hh * 0.5, pitch, rng, lg)
        p.text(
            m,
            y + 50 + hh * 0.5,
            tr(
                lg,
                f"Your pitch: {pitch} (shaded)",
                f"Ihr Standplatz: {pitch} (grau)",
                f"Votre emplacement : n° {pitch} (grisé)",
            ),
            s.font,
            9,
        )
        pages.append(p)
    if rng.random() < 0.4:
        f = sheets(
            s,
            h,
            f"{h.name} - {tr(lg, 'Market regulations', 'Marktsatzung', 'Règlement des marchés')}",
            top=False,
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Market regulations (extract)",
                "Auszug aus der Marktsatzung",
                "Extrait du règlement des marchés",
            ),
            2,
        )
        for k in range(1, rng.randint(7, 14)):
            write(
                f,
                s,
                f"{tr(lg, '', '§ ', 'Art. ')}{k}{'.' if lg == 'en' else ''} "
                + prose(rng, lg, "admin", 1, 3),
                8,
            )
        pages += close(f.pages, s, h, numbers="none")
    note(d, ref)
    return pages


def tpl_energy_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity or gas bill for the bakehouse or a shop: a summary page with the amount
    due, the charges page (unit rates, standing charge, levies, VAT), a meter readings page
    with a consumption bar chart, and now and then an information page; one to four pages."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    shop = keyed(who, "supply").randrange(-1, 3)
    gas = shop == -1 and keyed(who, "fuel").random() < 0.5
    place = f"{bakery().street}, {bakery().town}" if shop == -1 else shop_addr(shop)
    p0 = d - timedelta(days=rng.choice([30, 31, 91]))
    kwh = rng.randint(2500, 18000) if shop == -1 else rng.randint(900, 4200)
    unit = rng.uniform(0.22, 0.34)
    standing = rng.uniform(0.45, 1.3) * (d - p0).days
    net = kwh * unit + standing
    levy = net * (0.05 if lg == "en" else 0.02)
    rate = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]
    total = (net + levy) * (1 + rate / 100)
    acct = account_no(h, "9999999999")
    title = tr(
        lg,
        "Your business " + ("gas" if gas else "electricity") + " bill",
        "Ihre " + ("Erdgas" if gas else "Strom") + "rechnung",
        "Votre facture " + ("de gaz" if gas else "d'électricité"),
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        bakery_lines(lg),
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill number", "Rechnungs-Nr.", "N° de facture"), serial(rng, "9999999999")),
        ],
    )
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(lg, f"Supply address: {place}", f"Lieferstelle: {place}", f"Adresse du site : {place}"),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Billing period {short(p0, lg)} to {short(d, lg)}",
            f"Abrechnungszeitraum {short(p0, lg)} - {short(d, lg)}",
            f"Période du {short(p0, lg)} au {short(d, lg)}",
        ),
    )
    f.y += 4
    f.page.rect(m, f.y, w - 2 * m, 60, fill=0.9)
    f.page.text(
        m + 12, f.y + 22, tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"), s.bold, 12
    )
    f.page.text(w - m - 12, f.y + 24, cash(total, lg), s.bold, 20, "right")
    f.page.text(
        m + 12,
        f.y + 44,
        tr(
            lg,
            f"Will be collected by Direct Debit on or after {short(d + timedelta(days=14), lg)}",
            f"wird am {short(d + timedelta(days=14), lg)} per Lastschrift eingezogen",
            f"prélevé le {short(d + timedelta(days=14), lg)}",
        ),
        s.font,
        8,
    )
    f.y += 80
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Previous balance", "Saldo Vormonat", "Solde précédent"), money(0, lg)),
            (
                tr(lg, "Payments received - thank you", "Zahlungseingang", "Paiements reçus"),
                money(rng.uniform(200, 900), lg),
            ),
            (
                tr(
                    lg,
                    "Charges this period",
                    "Kosten dieses Zeitraums",
                    "Consommation de la période",
                ),
                money(total, lg),
            ),
        ],
        w - m,
        9,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"MPAN {serial(rng, '99 999 999 9999 999')}"
            if not gas
            else f"MPRN {serial(rng, '9999999999')}",
            f"Zählpunkt DE{serial(rng, '99999999999999999999999999999')}",
            f"PDL {serial(rng, '99999999999999')}",
        ),
        8,
    )
    write(f, s, prose(rng, lg, "admin", 1, 2), 8)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Your charges explained", "Ihre Kosten im Detail", "Détail de votre facture"),
        2,
    )
    rows = [
        [
            tr(lg, "Energy used", "Arbeitspreis", "Consommation"),
            f"{kwh:,} kWh".replace(",", " "),
            f"{unit * 100:.3f} p" if lg == "en" else f"{unit * 100:.2f} ct",
            money(kwh * unit, lg),
        ],
        [
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{(d - p0).days} {tr(lg, 'days', 'Tage', 'jours')}",
            "",
            money(standing, lg),
        ],
        [
            tr(
                lg, "Climate Change Levy", "Stromsteuer / Energiesteuer", "Accise sur l'électricité"
            ),
            f"{kwh:,} kWh".replace(",", " "),
            "",
            money(levy, lg),
        ],
    ]
    if lg == "de":
        rows.append(["Netzentgelte (enthalten)", "", "", ""])
    cols = columns(m, w - m, [(3, "left"), (1.3, "right"), (1.1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Preis", "Prix unitaire"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 6,
        [
            (tr(lg, "Total before VAT", "Netto", "Total HT"), money(net + levy, lg)),
            (
                tr(lg, f"VAT at {rate:g}%", f"USt {rate:g} %", f"TVA {rate:g} %"),
                money((net + levy) * rate / 100, lg),
            ),
            (tr(lg, "Total charges", "Gesamtbetrag", "Total TTC"), cash(total, lg)),
        ],
        w - m,
        9,
    )
    f.y += 14
    caption(f, s, tr(lg, "Meter readings", "Zählerstände", "Relevés du compteur"), 1.5)
    m0 = rng.randint(10000, 90000)
    table(
        f,
        columns(m, w - m, [(1.5, "left"), (1.2, "right"), (1.2, "right"), (1.2, "left")]),
        [
            tr(lg, "Meter", "Zähler-Nr.", "Compteur"),
            tr(lg, "Previous", "alt", "Ancien"),
            tr(lg, "Latest", "neu", "Nouveau"),
            tr(lg, "Type", "Art", "Type"),
        ],
        [
            [
                serial(rng, "A99A99999"),
                str(m0),
                str(m0 + kwh),
                rng.choice(
                    [
                        tr(lg, "Actual", "abgelesen", "réel"),
                        tr(lg, "Estimated", "geschätzt", "estimé"),
                        tr(lg, "Smart", "fernausgelesen", "Linky"),
                    ]
                ),
            ]
        ],
        s,
    )
    f.y += 10
    if f.y < hh - m - 220:
        caption(
            f,
            s,
            tr(
                lg,
                "Your usage over the last 12 months (kWh)",
                "Ihr Verbrauch der letzten 12 Monate (kWh)",
                "Votre consommation sur 12 mois (kWh)",
            ),
            1,
        )
        x0, base = m + 20, f.y + 140
        bw = (w - 2 * m - 40) / 12
        for k in range(12):
            bh = rng.uniform(0.4, 1.0) * 120
            f.page.rect(x0 + k * bw + 3, base - bh, bw - 6, bh, fill=0.45 if k < 11 else 0.15)
            f.page.text(
                x0 + k * bw + bw / 2,
                base + 10,
                tr(lg, "JFMAMJJASOND", "JFMAMJJASOND", "JFMAMJJASOND")[(d.month + k) % 12],
                s.font,
                7,
                "center",
            )
        f.page.line(x0, base, x0 + 12 * bw, base)
        f.y = base + 24
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Important information", "Wichtige Hinweise", "Informations importantes"),
            2,
        )
        for _ in range(rng.randint(4, 8)):
            f.heading(m, words(rng, lg, "admin", rng.randint(2, 4))[:-1], s.bold, 8.5)
            write(f, s, prose(rng, lg, "admin", 1, 3), 7.5)
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"), h.numbers]),
    )
    note(d, acct, None, shop)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's renewal papers: now and then a covering letter, the policy schedule with
    the sections of cover, limits and premium, the certificate of employers' liability
    insurance in a frame (to be displayed), and now and then the important notices page
    (Versicherungsschein Betriebshaftpflicht, conditions particulières with the attestation)."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, hh = s.page_size
    m = s.margin
    d = after(rng, ("market_permit",), (-200, 30))
    start = d + timedelta(days=rng.randint(10, 30))
    end = start + timedelta(days=364)
    pol = serial(rng, tr(lg, "AAA/999999/99", "99-999.999-9", "999999999 A"))
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [bakery().owner, *bakery_lines(lg)],
            d,
            [(tr(lg, "Policy no.", "Vers.-Schein-Nr.", "Contrat n°"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihr Versicherungsschein",
                "Votre contrat multirisque professionnelle",
            ),
            1.5,
        )
        write(f, s, dear(lg, mr(bakery().owner, lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for renewing your Bakers & Confectioners policy with us. Your cover "
                f"runs from {date_text(start, lg, 'long')} to {date_text(end, lg, 'long')}. "
                "Please check the enclosed schedule carefully and tell us if anything is "
                "incorrect.",
                "anbei erhalten Sie Ihren Versicherungsschein für die Betriebshaftpflicht- und "
                f"Inhaltsversicherung Ihrer Bäckerei mit Beginn {short(start, lg)}.",
                "Nous avons le plaisir de vous adresser les conditions particulières de votre "
                f"contrat, prenant effet le {short(start, lg)}.",
            ),
        )
        write(f, s, prose(rng, lg, "admin", 1, 3))
        if lg == "en":
            write(
                f,
                s,
                "Your Employers' Liability certificate must be displayed where your employees can "
                "easily read it, or made available electronically.",
            )
        regards(
            f,
            s,
            lg,
            staff_of(h, "uw"),
            tr(lg, "Commercial Underwriting", "Ihr Kundenservice", "Votre conseiller"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES")
    f = sheets(s, h, f"{title} - {pol}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), bakery().name),
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Craft bakers with 3 retail shops",
                    "Bäckerei mit Konditorei, 3 Filialen",
                    "Boulangerie-pâtisserie, 3 points de vente",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(end, lg)}",
            ),
            (
                tr(lg, "Premises", "Versicherungsorte", "Lieux assurés"),
                f"{bakery().street}, {bakery().town} + 3",
            ),
            (tr(lg, "Employees", "Beschäftigte", "Effectif"), str(len(STAFF) + rng.randint(0, 6))),
        ],
        per=2,
        hand=False,
    )
    sections = tr(
        lg,
        "Employers' liability|Public & products liability|Contents & stock|Business "
        "interruption|Money|Glass|Deterioration of stock|Equipment breakdown",
        "Betriebshaftpflicht|Produkthaftpflicht|Inhaltsversicherung|Betriebsunterbrechung|Glas|"
        "Kühlgut (Warenverderb)|Elektronik|Maschinenbruch",
        "Responsabilité civile exploitation|RC après livraison|Incendie - dégâts des eaux|Perte "
        "d'exploitation|Vol|Bris de glace|Marchandises en chambre froide|Bris de machine",
    ).split("|")
    rows = []
    prem = 0.0
    for k, sec in enumerate(sections):
        cov = rng.random() < 0.85 or k < 2
        limit = (
            (
                10_000_000
                if k == 0 and lg == "en"
                else rng.choice([5_000_000, 2_000_000, 250_000, 75_000, 25_000, 10_000])
            )
            if cov
            else 0
        )
        pp = rng.uniform(80, 1400) if cov else 0.0
        prem += pp
        rows.append(
            [
                sec,
                tr(
                    lg,
                    "Insured" if cov else "Not insured",
                    "versichert" if cov else "nicht vers.",
                    "Garanti" if cov else "Non souscrit",
                ),
                whole(limit, lg) if cov else "-",
                money(rng.choice([250, 500, 1000]), lg) if cov else "",
                money(pp, lg) if cov else "",
            ]
        )
    cols = columns(
        m, w - m, [(3, "left"), (1.1, "left"), (1.5, "right"), (1, "right"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Cover", "Status", "Statut"),
            tr(lg, "Limit / sum insured", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.8,
    )
    tax = prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09)
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 6,
        [
            (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), money(prem, lg)),
            (
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                money(tax, lg),
            ),
            (
                tr(lg, "Total annual premium", "Jahresbeitrag", "Cotisation annuelle TTC"),
                cash(prem + tax, lg),
            ),
        ],
        w - m,
        9,
    )
    f.y += 8
    if rng.random() < 0.5:
        caption(f, s, tr(lg, "Premises", "Versicherungsorte", "Locaux assurés"), 1)
        places = [f"{bakery().street}, {bakery().town}"] + [shop_addr(k) for k in range(3)]
        table(
            f,
            columns(m, w - m, [(3.4, "left"), (1.1, "right"), (1.1, "right"), (1.1, "right")]),
            [
                tr(lg, "Address", "Anschrift", "Adresse"),
                tr(lg, "Contents", "Inhalt", "Contenu"),
                tr(lg, "Stock", "Vorräte", "Marchandises"),
                tr(lg, "Glass", "Glas", "Vitrages"),
            ],
            [
                [
                    a,
                    money(rng.choice([40, 60, 85, 120, 250]) * 1000, lg),
                    money(rng.choice([5, 8, 12, 20]) * 1000, lg),
                    tr(lg, "Full value", "Neuwert", "Valeur à neuf") if k else "-",
                ]
                for k, a in enumerate(places)
            ],
            s,
            size=8,
            rules=True,
            step=1.9,
        )
        f.y += 6
    caption(f, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 1)
    for k in range(rng.choice([2, 3, 4, 5, 9, 14])):
        write(
            f,
            s,
            f"{tr(lg, 'E', 'BV ', 'Clause ')}{k + 1:02d}  "
            + words(rng, lg, "admin", rng.randint(10, 20)),
            7.5,
        )
    pages += close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )
    if lg != "de" or rng.random() < 0.4:
        p = Page(s.page_size)
        p.rect(m - 10, m - 10, w - 2 * m + 20, hh - 2 * m + 20)
        p.rect(m - 6, m - 6, w - 2 * m + 12, hh - 2 * m + 12)
        y = m + 30
        ct = tr(
            lg,
            "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE",
            "VERSICHERUNGSBESTÄTIGUNG",
            "ATTESTATION D'ASSURANCE",
        )
        p.text(w / 2, y, ct, s.bold, shrink(ct, s.bold, 14, w - 2 * m - 20), "center")
        y += 16
        if lg == "en":
            p.text(
                w / 2,
                y,
                "(Where required by regulation 5 of the Employers' Liability (Compulsory "
                "Insurance) Regulations 1998)",
                s.font,
                7,
                "center",
            )
        y += 30
        y = pairs(
            p,
            s,
            m + 20,
            y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "Contrat n°"), pol),
                (tr(lg, "Name of policyholder", "Versicherungsnehmer", "Assuré"), bakery().name),
                (tr(lg, "Date of commencement", "Beginn", "Date d'effet"), short(start, lg)),
                (tr(lg, "Date of expiry", "Ablauf", "Date d'échéance"), short(end, lg)),
                (
                    tr(
                        lg,
                        "Limit of indemnity",
                        "Deckungssumme Personen-/Sachschäden",
                        "Montant garanti",
                    ),
                    tr(
                        lg,
                        "£10,000,000 any one occurrence",
                        "5.000.000 EUR pauschal",
                        "8 000 000 € par sinistre",
                    ),
                ),
            ],
            w - m - 20,
            10,
        )
        y += 16
        for ln in wrap(prose(rng, lg, "admin", 3, 5), s.font, 8.5, w - 2 * m - 40):
            p.text(m + 20, y, ln, s.font, 8.5)
            y += 12
        y += 30
        sign(p, m + 20, y, staff_of(h, "md"))
        p.line(m + 20, y + 4, m + 200, y + 4)
        p.text(
            m + 20,
            y + 14,
            tr(lg, "Signed on behalf of the insurer", "Für den Versicherer", "Pour l'assureur"),
            s.font,
            7.5,
        )
        p.text(w / 2, hh - m - 10, h.name, s.bold, 9, "center")
        pages.append(p)
    if rng.random() < 0.35:
        f = sheets(
            s,
            h,
            f"{h.name} - "
            f"{tr(lg, 'Important notices', 'Wichtige Hinweise', 'Informations importantes')}",
            top=False,
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Important notices",
                "Hinweise zur vorvertraglichen Anzeigepflicht",
                "Informations importantes",
            ),
            2,
        )
        for _ in range(rng.randint(5, 9)):
            f.heading(m, words(rng, lg, "admin", rng.randint(2, 4))[:-1], s.bold, 8.5)
            write(f, s, prose(rng, lg, "admin", 2, 4), 7.5)
        pages += close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.3)
    note(d, pol)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same day and goods."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "hygiene_inspection": tpl_hygiene_inspection,
    "haccp_log": tpl_haccp_log,
    "allergen_sheet": tpl_allergen_sheet,
    "cake_order": tpl_cake_order,
    "catering_order": tpl_catering_order,
    "sales_invoice": tpl_sales_invoice,
    "card_statement": tpl_card_statement,
    "cash_deposit": tpl_cash_deposit,
    "lease_invoice": tpl_lease_invoice,
    "service_report": tpl_service_report,
    "payslip": tpl_payslip,
    "shift_plan": tpl_shift_plan,
    "price_letter": tpl_price_letter,
    "packaging_invoice": tpl_packaging_invoice,
    "waste_note": tpl_waste_note,
    "market_permit": tpl_market_permit,
    "energy_bill": tpl_energy_bill,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_PP: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_note",
    "haccp_log",
    "allergen_sheet",
    "cake_order",
    "cash_deposit",
    "payslip",
    "shift_plan",
    "waste_note",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "delivery_note": "supplier_invoice",
    "catering_order": "sales_invoice",
    "hygiene_inspection": "haccp_log",
    "service_report": "haccp_log",
    "card_statement": "cash_deposit",
    "market_permit": "insurance_schedule",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_jug_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One bakery's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.5) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The bakery
    (country, name, shops, staff, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    HOME["lang"] = lang
    HOME["idx"] = r.randrange(len(BAKERIES[lang]))
    HOME["seed"] = r.getrandbits(24)
    HOME["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    jobs = JOBS[lang]
    STAFF.clear()
    for k in range(r.randint(9, 15)):
        job = jobs[k % len(jobs)] if k < len(jobs) else r.choice(jobs[5:8])
        night = jobs.index(job) < 5
        STAFF.append(
            Worker(
                name=a_name(r, lang),
                job=job,
                night=night,
                shop=-1 if night else k % 3,
                number=str(r.randint(100, 999)),
                hours=r.choice([16.0, 20.0, 30.0, 37.5, 39.0, 40.0]),
                rate=r.uniform(11.5, 15.8) if lang != "fr" else r.uniform(11.9, 14.5),
            )
        )
    LAST.update(kind="", day=None, ref="", items=None, shop=0)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_PP, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_jug_stream, "templates PP")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

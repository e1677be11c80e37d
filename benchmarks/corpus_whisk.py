"""Whisk part of the generated corpus: templates MMMM, written blind for the next measurement.

A part of its own, ``whisk``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a family
butcher's shop with a small catering trade (a master butcher, two butchers, a shop assistant and
a part-time bookkeeper; in England, Germany or France) feeds through its scanner in a month:
farmers' livestock movement documents with the food chain information (ARAMS / eAML2 movement
document with the FCI declaration, Standarderklärung mit Lebensmittelketteninformation, document
d'accompagnement avec ICA) as the copy that came back from the abattoir, and the farmers' own
invoices for the animals (a duplicate book filled in by hand or a typed sheet, flat-rate VAT
notes); the abattoir's carcass and kill charge invoices (Schlachtabrechnung, facture
d'abattage) with the carcass lines, EUROP grades and weights, levies and inspection fees, and the
kill sheet on a landscape page behind; the food authority's inspection report (council
Environmental Health, Lebensmittelüberwachung of the Landratsamt, DDPP) with the visit fields,
the scores or findings, numbered observations and both signatures, and the authority's letter
after it with the food hygiene rating, the Kontrollergebnis or the Alim'confiance level, now
and then the window notice to display behind; the shop's own HACCP temperature records for
chillers, the cold room and the counter on landscape sheets filled in by hand, or the cooking and
cooling record of the cooked meats, and its weekly cleaning records with ticks and initials;
refrigeration engineers' service reports with the checklist, the readings and both signatures,
now and then a readings page behind, and their F-gas leak check records (refrigerant log,
Dichtheitsprüfprotokoll, fiche d'intervention Cerfa 15497) for each installation; spice, casing
and sundries suppliers' invoices whose lines run over pages with a running header, now and then
with the conditions of sale behind, some from abroad; customers' catering orders for weddings,
hog roasts and parties on the shop's order form filled in by hand, and the shop's catering
invoices with the deposit taken off; wholesale supply agreements with pubs and restaurants with
numbered clauses, a price schedule on a landscape page and a signature page; animal by-product
collectors' commercial documents for category 3 material (narrow carbonless slips or A5), and
their monthly invoices with the collections listed; card terminal merchant statements over one to
three pages with the daily takings and the charges; award and competition entry forms filled in
by hand with the product table and the rules page, and the organiser's results letter with the
judges' score sheet and the award certificate on a landscape page; staff training certificates
(Level 2 food hygiene, Belehrung nach § 43 IfSG, attestation de formation hygiène) on A4
portrait or landscape, some behind a covering letter; the shop's insurance schedule (combined
policy with deterioration of stock, Versicherungsschein, conditions particulières) with the
broker's covering letter, the sections and the endorsements; and the weighing machine
verification certificates (Trading Standards / approved verifier test report, Eichschein,
certificat de vérification périodique) with the list of scales and the test loads. Each stream
is one shop's pile: the shop (country, name, month) is drawn once per stream; its outside
senders are of the shop's country and write in its language, except that casing and spice
suppliers and competition organisers are now and then from abroad and write in their own. Page
sizes range from narrow collection slips and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the shop files it: the kill
sheet behind an abattoir's invoice; the FCI declaration and the copies of a movement document;
every page of an inspection report with its signature page; the window notice sent with a
rating letter; the readings page of a service report; the conditions of sale behind a supplier's
invoice; the rules page of a competition entry; the score sheet and the certificate sent with the
results; the covering letter of a training certificate or of an insurance schedule and the
schedule's endorsements; the schedule and signature pages of a supply agreement; every sheet of
one card statement, of one temperature log and of one verification certificate. Related papers
are documents of their own: the farmer's invoice after the movement document, the rating letter
after the inspection report, the F-gas record after the service report, the shop's catering
invoice after the customer's order, the collector's invoice after its consignment notes, the
results after the competition entry; and so is each invoice, note, log, certificate and
statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: farmers' invoices, abattoir invoices,
temperature logs, by-product consignment notes, supplier invoices, F-gas records, training
certificates and catering invoices often come 2-4 in a row from one sender with other dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "whisk"`` and seeds offset by 9_000_000.

Usage: ``python benchmarks/corpus_whisk.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/whisk/whisk_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
from corpus_kit import close as kit_close
from corpus_kit import columns as kit_columns
from corpus_kit import day as day_of

PART = "whisk"
SEED_OFFSET = 9_000_000

MM = 72 / 25.4
SLIP = (99 * MM, 210 * MM)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("Hartley & Sons Family Butchers", "42 Market Place", "Malton YO17 7LX", "01653 692 318"),
        ("J. Pickering Master Butcher", "7 High Street", "Ludlow SY8 1BS", "01584 872 064"),
        ("Whitcombe's Butchers & Deli", "18 Fore Street", "Totnes TQ9 5DX", "01803 862 550"),
    ],
    "de": [
        ("Metzgerei Brenner", "Marktstraße 12", "88212 Ravensburg", "0751 231 48"),
        ("Fleischerei Kuhnert GmbH", "Hauptstraße 61", "01662 Meißen", "03521 45 27 80"),
        ("Landmetzgerei Eckhardt", "Kirchgasse 3", "36037 Fulda", "0661 7 38 90"),
    ],
    "fr": [
        ("Boucherie-Charcuterie Lemaire", "14 rue du Marché", "72000 Le Mans", "02 43 28 51 09"),
        ("Maison Vidal, Boucher-Traiteur", "6 place de la Halle", "12000 Rodez", "05 65 68 22 41"),
        ("Boucherie du Beffroi", "21 rue de Paris", "62000 Arras", "03 21 51 37 84"),
    ],
}
#: Senders tied to the shop's district: one per shop row, in the same order as ``SHOPS``.
LOCAL: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            (
                "North Yorkshire Council",
                "Environmental Health, Ryedale House",
                "Malton YO17 7HH",
                "",
            ),
            ("Shropshire Council", "Regulatory Services, Guildhall", "Shrewsbury SY3 8HQ", ""),
            ("South Hams District Council", "Environmental Health, Follaton", "Totnes TQ9 5NE", ""),
        ],
        "de": [
            (
                "Landratsamt Ravensburg - Veterinäramt und Lebensmittelüberwachung",
                "Frauenstraße 4",
                "88212 Ravensburg",
                "",
            ),
            (
                "Landratsamt Meißen - Lebensmittelüberwachungs- und Veterinäramt",
                "Remonteplatz 8",
                "01558 Großenhain",
                "",
            ),
            (
                "Landkreis Fulda - Veterinärwesen und Verbraucherschutz",
                "Wörthstraße 15",
                "36037 Fulda",
                "",
            ),
        ],
        "fr": [
            (
                "DDPP de la Sarthe - Sécurité sanitaire des aliments",
                "19 boulevard Paixhans",
                "72000 Le Mans",
                "",
            ),
            (
                "DDETSPP de l'Aveyron - Sécurité sanitaire des aliments",
                "9 rue de Bruxelles",
                "12000 Rodez",
                "",
            ),
            (
                "DDPP du Pas-de-Calais - Service SSA",
                "Rue Ferdinand Buisson",
                "62000 Arras",
                "",
            ),
        ],
    },
    "abattoir": {
        "en": [
            ("Dalesway Meats Ltd", "Station Road", "Thirsk YO7 1PZ", "01845 523 110"),
            ("Marches Abattoir Ltd", "Bromfield Road", "Ludlow SY8 1DL", "01584 875 240"),
            ("Dartmoor Country Abattoir Ltd", "Halwell Cross", "Totnes TQ9 7JB", ""),
        ],
        "de": [
            ("Schlachthof Oberschwaben GmbH", "Schlachthofstraße 8", "88214 Ravensburg", ""),
            ("Regionalschlachthof Großenhain eG", "Am Viehhof 2", "01558 Großenhain", ""),
            ("Schlachthof Fulda-Rhön GmbH", "Kohlhäuser Straße 40", "36043 Fulda", ""),
        ],
        "fr": [
            ("Abattoir du Mans - SEMAM", "Route de Changé", "72100 Le Mans", "02 43 84 61 00"),
            ("Rouergue Viandes SAS - Abattoir de Rodez", "Zone de Bel-Air", "12000 Rodez", ""),
            ("Artois Viandes - Abattoir d'Arras", "Rue de Lille", "62000 Arras", ""),
        ],
    },
    "metrology": {
        "en": [
            (
                "North Yorkshire Trading Standards - Weights & Measures",
                "Racecourse Lane",
                "Northallerton DL7 8AD",
                "",
            ),
            ("Marches Scale Services Ltd", "Unit 9, Bromfield Road", "Ludlow SY8 1DW", ""),
            ("Devon Weighing Ltd - Approved Verifier", "Marsh Barton", "Exeter EX2 8PW", ""),
        ],
        "de": [
            ("Eichamt Ravensburg", "Gartenstraße 107", "88212 Ravensburg", ""),
            (
                "Staatsbetrieb Mess- und Eichwesen - Eichamt Dresden",
                "Hermann-Reichelt-Str. 3",
                "01109 Dresden",
                "",
            ),
            (
                "Hessische Eichdirektion - Eichamt Kassel",
                "Ludwig-Mond-Straße 1",
                "34121 Kassel",
                "",
            ),
        ],
        "fr": [
            ("Pesage Contrôle Ouest SARL", "ZA du Ribay", "72000 Le Mans", "02 43 72 18 30"),
            ("Bascules et Pesage du Rouergue", "Zone de Cantaranne", "12850 Onet-le-Château", ""),
            ("Nord Métrologie SAS", "Parc d'activités des Bonnettes", "62000 Arras", ""),
        ],
    },
    "renderer": {
        "en": [
            ("Ouse Valley By-Products Ltd", "Canal Road", "Selby YO8 8AB", "01757 708 200"),
            ("Midshires By-Products Ltd", "Kidderminster Road", "Bewdley DY12 1LU", ""),
            ("Westward Animal By-Products Ltd", "Bridgwater Road", "Taunton TA2 8BJ", ""),
        ],
        "de": [
            ("Nebenprodukte-Verwertung Süd GmbH", "Industriegebiet 4", "89173 Lonsee", ""),
            ("Sächsische Fett- und Knochenverwertung GmbH", "Am Werk 3", "04758 Oschatz", ""),
            ("Hessen-Protein Verwertung GmbH", "Hafenstraße 10", "34125 Kassel", ""),
        ],
        "fr": [
            ("Valorisation Animale de l'Ouest SAS", "ZI de la Gaudinière", "49000 Angers", ""),
            ("Sud Protéines Collecte", "Route d'Albi", "81000 Albi", ""),
            ("Nord Co-produits SAS", "Port fluvial", "59300 Valenciennes", ""),
        ],
    },
    "trainer": {
        "en": [
            ("Ryedale Food Safety Training", "The Old Granary, Wheelgate", "Malton YO17 7HT", ""),
            ("Marches Skills & Training Ltd", "Corve Street", "Ludlow SY8 1DB", ""),
            ("South Devon College - Business Training", "Long Road", "Paignton TQ4 7EJ", ""),
        ],
        "de": [
            ("Landratsamt Ravensburg - Gesundheitsamt", "Gartenstraße 107", "88212 Ravensburg", ""),
            ("Landratsamt Meißen - Gesundheitsamt", "Dresdner Straße 25", "01662 Meißen", ""),
            ("Landkreis Fulda - Gesundheitsamt", "Otfrid-von-Weißenburg-Str. 3", "36043 Fulda", ""),
        ],
        "fr": [
            (
                "Chambre de Métiers et de l'Artisanat de la Sarthe",
                "5 cours d'Angleterre",
                "72000 Le Mans",
                "",
            ),
            (
                "Chambre de Métiers et de l'Artisanat de l'Aveyron",
                "Avenue de Paris",
                "12000 Rodez",
                "",
            ),
            (
                "Chambre de Métiers et de l'Artisanat du Pas-de-Calais",
                "Rue Jules Ferry",
                "62000 Arras",
                "",
            ),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "farm": {
        "en": [
            ("R. & E. Atkinson", "Low Moor Farm", "Kirkbymoorside YO62 6LT", "01751 431 208"),
            ("G. Pryce - Bryn Hall Farm", "Clee St Margaret", "Craven Arms SY7 9DT", ""),
            ("Higher Coombe Farm", "Coombe Lane", "Kingsbridge TQ7 4AB", "01548 550 316"),
            ("T. Dent & Son", "Ings Farm", "Pickering YO18 8NE", ""),
        ],
        "de": [
            ("Josef Maier, Landwirt", "Hof Eggenreute 2", "88276 Berg", "0751 4 17 22"),
            ("Hofgut Sonnenbühl - Familie Heß", "Sonnenbühl 1", "88339 Bad Waldsee", ""),
            ("Agrargenossenschaft Lommatzscher Pflege eG", "Dorfstraße 14", "01623 Lommatzsch", ""),
            ("Rhöner Weidehof Schäfer", "Am Hang 7", "36129 Gersfeld", ""),
        ],
        "fr": [
            ("GAEC des Trois Chênes", "Lieu-dit La Touche", "72450 Montfort-le-Gesnois", ""),
            ("EARL Bouyssou", "Mas de Lagarde", "12850 Onet-le-Château", "05 65 42 18 07"),
            (
                "Ferme du Bois Joli - M. Dufour",
                "Hameau de Bellevue",
                "62123 Beaumetz-lès-Loges",
                "",
            ),
            ("SCEA Le Pré Vert", "La Grande Borne", "72230 Arnage", ""),
        ],
    },
    "supplier": {
        "en": [
            (
                "Northern Casings & Seasonings Ltd",
                "Unit 12, Cross Green Ind. Est.",
                "Leeds LS9 0SG",
                "0113 249 7701",
            ),
            (
                "Dalziel Butchers' Sundries Ltd",
                "Bellshill Industrial Estate",
                "Bellshill ML4 3NP",
                "",
            ),
            ("Wessex Spice Company", "Unit 4, Yeo Business Park", "Yeovil BA22 8RN", ""),
        ],
        "de": [
            ("Gewürzmühle Albrecht GmbH", "Industriestraße 22", "97076 Würzburg", "0931 27 04 50"),
            ("Naturdarm-Handel Kröger KG", "Schlachthofstraße 5", "20357 Hamburg", ""),
            ("Fleischerei-Bedarf Süd GmbH", "Gewerbepark 9", "89231 Neu-Ulm", ""),
        ],
        "fr": [
            ("Boyauderie du Centre SAS", "ZA des Varennes", "18000 Bourges", "02 48 21 60 70"),
            ("Épices & Aromates Ribot", "12 rue de l'Industrie", "44200 Nantes", ""),
            ("Comptoir des Bouchers SARL", "ZI Nord", "69400 Villefranche-sur-Saône", ""),
        ],
    },
    "fridge": {
        "en": [
            (
                "Coldline Refrigeration Services Ltd",
                "Unit 3, Eden Court",
                "York YO30 4XD",
                "01904 778 300",
            ),
            ("Severn Valley Cooling Ltd", "Coton Hill", "Shrewsbury SY1 2DP", "01743 360 112"),
            (
                "Westcountry Refrigeration & Air Con",
                "Heathfield Ind. Est.",
                "Newton Abbot TQ12 6UT",
                "",
            ),
        ],
        "de": [
            ("Kälte-Klima Wagner GmbH", "Gewerbestraße 17", "88250 Weingarten", "0751 56 14 70"),
            ("Kältetechnik Seidel", "Dresdner Straße 80", "01662 Meißen", "03521 73 04 11"),
            ("Frigotec Osthessen GmbH", "Rangstraße 21", "36043 Fulda", ""),
        ],
        "fr": [
            ("Froid Service Sarthe", "12 rue de la Fuie", "72100 Le Mans", "02 43 84 10 90"),
            ("Rouergue Froid Climatisation", "ZA de Cantaranne", "12850 Onet-le-Château", ""),
            ("Artois Froid Industriel", "Parc des Bonnettes", "62000 Arras", "03 21 24 77 15"),
        ],
    },
    "trade": {
        "en": [
            ("The Black Swan Inn", "Market Place", "Helmsley YO62 5BJ", "01439 770 466"),
            ("The Feathers Hotel", "The Bull Ring", "Ludlow SY8 1AA", ""),
            ("Riverford Lane Bistro", "3 The Plains", "Totnes TQ9 5DR", ""),
            ("The Plough at Coxwold", "Main Street", "Coxwold YO61 4AD", ""),
        ],
        "de": [
            ("Gasthof Zum Hirschen", "Dorfplatz 2", "88263 Horgenzell", ""),
            ("Landgasthaus Linde - Familie Strobel", "Lindenstraße 5", "88250 Weingarten", ""),
            ("Restaurant Ratskeller Meißen", "Markt 1", "01662 Meißen", ""),
            ("Hotel-Restaurant Goldener Karpfen", "Simpliziusbrunnen 1", "36037 Fulda", ""),
        ],
        "fr": [
            ("Auberge du Lion d'Or", "2 place de l'Église", "72210 Voivres-lès-le-Mans", ""),
            ("Brasserie de la Halle", "8 place du Bourg", "12000 Rodez", ""),
            ("Restaurant Le Saint-Julien", "15 rue Saint-Aubert", "62000 Arras", ""),
            ("Hôtel-Restaurant Le Cheval Blanc", "3 route de Paris", "72400 La Ferté-Bernard", ""),
        ],
    },
    "acquirer": {
        "en": [
            (
                "Paylink Merchant Services Ltd",
                "Quayside House, Brackmills",
                "Northampton NN4 7YE",
                "",
            ),
            ("Counterpoint Card Acceptance", "PO Box 1120", "Basildon SS14 3WZ", ""),
        ],
        "de": [
            ("Kartenzahlung Süd GmbH", "Lyoner Straße 9", "60528 Frankfurt am Main", ""),
            ("Sparkasse Terminal-Service (S-Payment)", "Am Wallgraben 115", "70565 Stuttgart", ""),
        ],
        "fr": [
            ("Crédit Agricole - Monétique Commerçants", "40 rue Prémartine", "72000 Le Mans", ""),
            (
                "Banque Populaire - Service Monétique",
                "4 boulevard Eugène Deruelle",
                "69003 Lyon",
                "",
            ),
        ],
    },
    "contest": {
        "en": [
            (
                "National Sausage & Pie Championships",
                "Meat Trades Hall, 6 Smithfield St",
                "London EC1A 9LA",
                "",
            ),
            (
                "Great Northern Butchers' Awards",
                "Pavilion Centre, Great Yorkshire Showground",
                "Harrogate HG2 8NZ",
                "",
            ),
        ],
        "de": [
            (
                "Fleischer-Landesinnungsverband - Qualitätswettbewerb",
                "Steinhäldenstraße 30",
                "70376 Stuttgart",
                "",
            ),
            (
                "Internationaler Wurstwettbewerb der Fleischerhandwerke",
                "Kennedyallee 53",
                "60596 Frankfurt am Main",
                "",
            ),
        ],
        "fr": [
            (
                "Concours National du Boudin Noir - Comité d'organisation",
                "Mairie, place du Général",
                "61400 Mortagne-au-Perche",
                "",
            ),
            ("Trophées de la Charcuterie Artisanale", "9 rue de la Pépinière", "75008 Paris", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Provision Trades Mutual Insurance",
                "Mutual House, Victoria Square",
                "Birmingham B2 4AJ",
                "",
            ),
            ("Thornbury & Walsh Insurance Brokers", "12 Bootham", "York YO30 7BL", ""),
        ],
        "de": [
            ("Handwerker-Versicherung Süd VVaG", "Heilbronner Straße 158", "70191 Stuttgart", ""),
            ("Mitteldeutsche Gewerbeversicherung AG", "Schweriner Straße 7", "01067 Dresden", ""),
        ],
        "fr": [
            ("Mutuelle des Métiers de Bouche", "22 rue de Châteaudun", "75009 Paris", ""),
            ("Assurances Artisans - Agence Dupuis & Fils", "10 avenue de Paris", "12000 Rodez", ""),
        ],
    },
    "college": {
        "en": [
            ("Meat Trades Training Academy", "Unit 5, Roundhay Road", "Leeds LS8 5AJ", ""),
            ("FoodSafe Training Services", "The Courtyard, Station Road", "Bristol BS1 6QF", ""),
        ],
        "de": [
            ("Fleischerinnung Bildungszentrum", "Kornwestheimer Straße 46", "70439 Stuttgart", ""),
            ("Akademie Fleischerhandwerk Mitte", "Hafenstraße 3", "34125 Kassel", ""),
        ],
        "fr": [
            ("Hygiène Formation Conseil SARL", "14 rue Nationale", "37000 Tours", ""),
            ("CEPROC - Formation boucherie charcuterie", "37 boulevard Soult", "75012 Paris", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Hannah",
        "Richard",
        "Claire",
        "Tom",
        "Fiona",
        "Gary",
        "Louise",
        "Mark",
        "Jade",
        "Callum",
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
        "Uwe",
        "Petra",
        "Markus",
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
        "Patrice",
        "Sylvie",
        "Thierry",
        "Manon",
        "Kévin",
        "Aurélie",
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
        "Pickles",
        "Dobson",
        "Hughes",
        "Rowe",
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
        "Häberle",
        "Riedel",
        "Gutknecht",
        "Sauter",
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
        "Bouyssou",
        "Delattre",
        "Mercier",
        "Courtin",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Claire", "Fiona", "Louise", "Jade", "Andrea", "Julia"}
FEMALE |= {"Katrin", "Sabine", "Eva", "Petra", "Lena", "Nathalie", "Camille", "Sandrine", "Léa"}
FEMALE |= {"Sylvie", "Manon", "Aurélie"}
ROADS = {
    "en": ["Church Lane", "Westgate", "Orchard Close", "Victoria Road", "Mill Lane", "The Green"],
    "de": ["Bahnhofstraße", "Lindenweg", "Schulstraße", "Am Sportplatz", "Bergstraße", "Talweg"],
    "fr": [
        "rue des Écoles",
        "allée des Tilleuls",
        "rue Pasteur",
        "chemin du Moulin",
        "avenue Jean Jaurès",
        "rue de la Gare",
    ],
}
TOWNS = {
    "en": [
        ["Malton YO17 6AB", "Norton YO17 9DF", "Helmsley YO62 5AE", "Pickering YO18 7AA"],
        ["Ludlow SY8 2NE", "Leominster HR6 8DJ", "Craven Arms SY7 9QX", "Bromfield SY8 2JR"],
        ["Totnes TQ9 5SL", "Dartington TQ9 6HQ", "Paignton TQ3 2AS", "Kingsbridge TQ7 1DR"],
    ],
    "de": [
        ["88212 Ravensburg", "88250 Weingarten", "88276 Berg", "88069 Tettnang"],
        ["01662 Meißen", "01640 Coswig", "01558 Großenhain", "01665 Diera-Zehren"],
        ["36037 Fulda", "36100 Petersberg", "36119 Neuhof", "36093 Künzell"],
    ],
    "fr": [
        ["72000 Le Mans", "72190 Coulaines", "72230 Arnage", "72700 Allonnes"],
        ["12000 Rodez", "12850 Onet-le-Château", "12450 Luc-la-Primaube", "12510 Olemps"],
        ["62000 Arras", "62223 Saint-Laurent-Blangy", "62217 Beaurains", "62000 Dainville"],
    ],
}

TALK = {
    "en": {
        "meat": "carcass lamb beef pork sausage mince joint steak brisket shoulder loin belly "
        "casings seasoning cure bacon hang dry-aged chiller counter traceability batch label",
        "hygiene": "hygiene food business operator cross-contamination raw ready-to-eat "
        "separation cleaning disinfection probe temperature records training allergens "
        "structure hand wash basin vacuum packer procedures management confidence",
        "fridge": "compressor condenser evaporator refrigerant charge leak pressure superheat "
        "defrost fan motor door seal thermostat controller alarm cold room display",
        "legal": "supplier customer agreement order delivery price schedule term termination "
        "notice payment invoice liability quality specification traceability law",
        "insure": "policy insured sum premium cover excess endorsement section period "
        "deterioration stock breakdown liability indemnity claim conditions",
        "money": "payment account balance amount reference transfer period statement charges "
        "settlement transaction card fees",
    },
    "de": {
        "meat": "Schlachtkörper Lamm Rind Schwein Wurst Hackfleisch Braten Steak Bauch Schulter "
        "Naturdarm Gewürz Pökelsalz Schinken Reifung Kühlraum Theke Rückverfolgbarkeit Charge",
        "hygiene": "Hygiene Lebensmittelunternehmer Kreuzkontamination roh verzehrfertig "
        "Trennung Reinigung Desinfektion Temperatur Dokumentation Schulung Allergene "
        "Handwaschbecken Vakuumierer Eigenkontrolle HACCP Mängel Beseitigung",
        "fridge": "Verdichter Verflüssiger Verdampfer Kältemittel Füllmenge Leckage Druck "
        "Überhitzung Abtauung Lüfter Türdichtung Regler Alarm Kühlzelle Kühltheke",
        "legal": "Lieferant Abnehmer Vereinbarung Bestellung Lieferung Preis Anlage Laufzeit "
        "Kündigung Zahlung Rechnung Haftung Qualität Spezifikation Rückverfolgbarkeit",
        "insure": "Versicherungsschein Versicherungsnehmer Versicherungssumme Beitrag Deckung "
        "Selbstbeteiligung Klausel Verderb Kühlgut Betriebsunterbrechung Haftpflicht",
        "money": "Zahlung Konto Saldo Betrag Verwendungszweck Überweisung Zeitraum Abrechnung "
        "Gebühren Umsatz Karte Transaktion",
    },
    "fr": {
        "meat": "carcasse agneau boeuf porc saucisse haché rôti entrecôte poitrine épaule "
        "boyaux épices sel nitrité jambon maturation chambre froide vitrine traçabilité lot",
        "hygiene": "hygiène exploitant contamination croisée cru prêt à consommer séparation "
        "nettoyage désinfection température enregistrements formation allergènes plan de "
        "maîtrise sanitaire lave-mains machine sous vide non-conformité mesures correctives",
        "fridge": "compresseur condenseur évaporateur fluide frigorigène charge fuite pression "
        "surchauffe dégivrage ventilateur joint de porte régulateur alarme chambre froide vitrine",
        "legal": "fournisseur client accord commande livraison prix annexe durée résiliation "
        "préavis paiement facture responsabilité qualité cahier des charges traçabilité",
        "insure": "contrat assuré capital prime garantie franchise clause période "
        "détérioration marchandises bris de machine responsabilité civile indemnité sinistre",
        "money": "paiement compte solde montant référence virement période relevé frais "
        "remise transaction carte commission",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "meat", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "meat", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, name, month and staff
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None, "sender": None}


def home() -> str:
    return str(SHOP["lang"])


def row_no() -> int:
    r = SHOP["row"]
    assert isinstance(r, int)
    return r


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps its
    sender."""
    text = f"whisk/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
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


def remember(d: date, extra: object = None, sender: object = None) -> None:
    LAST.update(day=d, extra=extra, sender=sender)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def shop_staff(role: str) -> str:
    """A person of the shop: "master", "butcher1", "butcher2", "assistant", "books"."""
    r = random.Random(zlib.crc32(f"whisk/shop/{role}/{SHOP['seed']}".encode()))
    lg = home()
    if role == "master":
        last = SHOPS[lg][row_no()][0]
        for t in (
            "Metzgerei ",
            "Fleischerei ",
            "Landmetzgerei ",
            " GmbH",
            " & Sons Family Butchers",
            " Master Butcher",
            "'s Butchers & Deli",
            "Boucherie-Charcuterie ",
            "Maison ",
            ", Boucher-Traiteur",
            "J. ",
        ):
            last = last.replace(t, "")
        if "Beffroi" in last:
            last = "Delattre"
        return f"{r.choice(FIRSTS[lg])} {last.strip()}"
    return person(r, lg)


def staff_list() -> list[str]:
    return [shop_staff(k) for k in ("master", "butcher1", "butcher2", "assistant")]


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[:1].isupper())[:3]


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def local(role: str) -> tuple[Row, str]:
    return LOCAL[role][home()][row_no()], home()


def pick(who: Issuer, role: str, abroad: float = 0.0) -> tuple[Row, str]:
    """The ``role`` sender ``who`` stands for: of the shop's country or, with odds ``abroad``,
    of another."""
    r = keyed(who, role)
    lg = home()
    if r.random() < abroad:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS[role][lg]), lg


def vat_food(lang: str) -> float:
    return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]


def vat_std(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def kg(v: float, lang: str, nd: int = 1) -> str:
    s = f"{v:,.{nd}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


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
    look: str  # band | centred | letter | boxed | plain | side | official | farm
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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "shop": (
        "Family butchers - home-cured bacon - outside catering",
        "Hausschlachtung - eigene Wurstherstellung - Partyservice",
        "Boucherie - Charcuterie - Traiteur",
    ),
    "abattoir": (
        "Licensed slaughterhouse and cutting plant",
        "EU-zugelassener Schlachtbetrieb",
        "Abattoir agréé CE - découpe",
    ),
    "fridge": (
        "Commercial refrigeration - installation - 24 h service",
        "Kälte- und Klimatechnik - Kundendienst rund um die Uhr",
        "Froid commercial - climatisation - dépannage 7j/7",
    ),
    "supplier": (
        "Natural casings - seasonings - butchers' sundries",
        "Naturdärme - Gewürze - Fleischereibedarf",
        "Boyaux naturels - épices - fournitures pour la boucherie",
    ),
    "renderer": (
        "Animal by-products collection - Category 3",
        "Abholung tierischer Nebenprodukte - Kategorie 3",
        "Collecte de sous-produits animaux - catégorie 3",
    ),
}
APPROVALS = {"en": "UK {n} EC", "de": "DE BY {n} EG", "fr": "FR {d}.{n}.001 CE"}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "metrology", "trainer") or (role == "farm" and r.random() < 0.7):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Kreissparkasse Ravensburg",
                "Volksbank Mittelhessen",
                "Ostsächsische Sparkasse Dresden",
                "Sparkasse Fulda",
                "Commerzbank",
            ]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name or "eG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Ulm', 'Dresden', 'Fulda', 'Hamburg', 'Würzburg'])} "
                f"HR{'B' if 'eG' not in name else 'G'} {r.randint(100, 99999)} - Geschäftsführer: "
                + r.choice(["Bernd Albrecht", "Karin Seidel", "Ralf Kröger", "Dr. Ute Merz"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4722Z', '1011Z', '3320C', '4638B', '3821Z', '1013B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Capital {r.choice(['7 500', '15 000', '40 000'])} €"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "fridge" and r.random() < 0.7:
        out.append(f"REFCOM F-gas company certificate {r.randint(1000, 9999)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"whisk/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "metrology", "trainer") and not name.endswith(("Ltd", "SARL", "SAS")):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "farm":
        looks = ["farm", "plain", "centred"]
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
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role != "farm"
        else "",
    )


def shop_head() -> Head:
    return make_head(SHOPS[home()][row_no()], home(), "shop")


def head_of(sender: tuple[Row, str], role: str) -> Head:
    return make_head(sender[0], sender[1], role)


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


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[tuple[float, float, str]]:
    """``corpus_kit.columns`` with a gap where a left-aligned column follows a right-aligned one."""
    out = kit_columns(x0, x1, spec)
    for k in range(1, len(out)):
        if out[k][2] != "right" and out[k - 1][2] == "right":
            left, right, align = out[k]
            out[k] = (left + (8 if align == "left" else 4), right, align)
    return out


def day(h: Head, d: date) -> str:
    return day_of(h, d)


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
    font = "Helvetica"
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.42, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.6, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
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


def tagline(h: Head) -> str:
    t = TAGLINE.get(h.role)
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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "farm":
        p.text(
            m,
            y + 2,
            fit(h.name, italic_of(h.font), s.size + 5, w - 2 * m),
            italic_of(h.font),
            s.size + 5,
        )
        p.text(
            m, y + 15, fit(where + (f" - {tel}" if tel else ""), h.font, 8, w - 2 * m), h.font, 8
        )
        return y + 38
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
        initials_ = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials_, h.bold, 13, "center")
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
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def close(
    pages: list[Page], s: Style, h: Head, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    return kit_close(pages, s, h, numbers, covers)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the shop's received or paid stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(70, 170),
            [
                rng.choice(
                    [tr(lg, "RECEIVED", "EINGANG", "REÇU LE"), tr(lg, "PAID", "BEZAHLT", "PAYÉ")]
                ),
                short(d + timedelta(days=rng.randint(1, 6)), lg),
                initials(shop_staff(rng.choice(["books", "master"]))),
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


def shop_lines(att: str = "") -> list[str]:
    name, street, town, _ = SHOPS[home()][row_no()]
    return [name, *([att] if att else []), street, town]


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
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"whisk/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return person(r, h.lang)


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    lines: list[tuple[float, float]],
    less: tuple[str, float] | None = None,
) -> float:
    """Net, tax by rate (``lines``: (net, rate)) and total right-aligned under a table, less a
    deposit when ``less``; returns what is due."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    net = round(sum(v for v, _ in lines), 2)
    rows: list[tuple[str, float]] = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    tax_all = 0.0
    for rate in sorted({r for _, r in lines}):
        base = sum(v for v, r in lines if r == rate)
        tax = round(base * rate / 100, 2)
        tax_all += tax
        if rate or lg != "en":
            rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
        else:
            rows.append((tr(lg, "VAT zero-rated", "", ""), 0.0))
    gross = round(net + tax_all, 2)
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), gross))
    due = gross
    if less:
        rows.append((less[0], -less[1]))
        due = round(gross - less[1], 2)
        rows.append((tr(lg, "Balance due", "Restbetrag", "Reste à payer"), due))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.27), bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return due


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


def bank_line(r: random.Random, lg: str) -> str:
    if lg == "en":
        return (
            f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  "
            f"Account {r.randint(10000000, 99999999)}"
        )
    cc = "DE" if lg == "de" else "FR76"
    return (
        f"IBAN {cc}{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
    )


def form_top(p: Page, s: Style, title: str, sub: str = "", y: float | None = None) -> float:
    """A form's title bar (the shop's own forms and the preprinted forms of others)."""
    w, _ = p.size
    m = s.margin
    y = m - 6 if y is None else y
    pt = shrink(title, s.bold, s.size + 4, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    if sub:
        p.text(m, y + 12, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5)
    p.line(m, y + (18 if sub else 6), w - m, y + (18 if sub else 6))
    return y + (32 if sub else 20)


# ---------------------------------------------------------------------------------------------
# Small shared pieces of the templates
# ---------------------------------------------------------------------------------------------


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str, signed: bool = True
) -> None:
    """A signature line at ``y`` with ``label`` under it, signed by ``name`` when ``signed``."""
    if signed and name:
        scrawl(p, x + 4, y - 2, name)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(label, s.font, 7, w), s.font, 7)


def holding_no(r: random.Random, lg: str) -> str:
    if lg == "en":
        return f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(1000, 9999)}"
    if lg == "de":
        return (
            f"276 {r.randint(1, 16):02d} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(1000, 9999)}"
        )
    return (
        f"FR {r.choice(['72', '12', '62', '53', '61'])} {r.randint(100, 999)} {r.randint(100, 999)}"
    )


def ear_tag(r: random.Random, lg: str, species: str) -> str:
    if lg == "en":
        if species == "cattle":
            return f"UK {r.randint(100000, 799999)} {r.randint(100000, 799999)}"
        return f"UK 0 {r.randint(100000, 999999)} {r.randint(10000, 99999)}"
    if lg == "de":
        return f"DE {r.randint(1, 16):02d} {r.randint(100, 999)} {r.randint(10000, 99999)}"
    return f"FR {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"


SPECIES = {
    "lambs": ("Lambs", "Lämmer", "Agneaux"),
    "pigs": ("Pigs", "Schlachtschweine", "Porcs charcutiers"),
    "cattle": ("Cattle", "Rinder", "Bovins"),
}
#: Deadweight per head (kg) and a price per kg deadweight by country.
DEAD = {"lambs": (18.0, 24.0), "pigs": (78.0, 96.0), "cattle": (290.0, 390.0)}
PRICE = {
    "lambs": {"en": 7.1, "de": 8.2, "fr": 8.6},
    "pigs": {"en": 2.05, "de": 2.1, "fr": 2.0},
    "cattle": {"en": 5.4, "de": 5.6, "fr": 5.9},
}


AGE = {"lambs": (120, 330), "cattle": (560, 940), "pigs": (160, 200)}
CATS = {"lambs": ["M", "F"], "cattle": ["A", "C", "E"], "pigs": ["M", "F", "C"]}


def farm_of(who: Issuer) -> tuple[Row, str]:
    r = keyed(who, "farm")
    return r.choice(SENDERS["farm"][home()]), home()


def approval(r: random.Random, lg: str) -> str:
    return APPROVALS[lg].format(n=r.randint(1000, 9999), d=r.choice(["72", "12", "62"]))


# ---------------------------------------------------------------------------------------------
# Templates MMMM: livestock, carcasses and the abattoir
# ---------------------------------------------------------------------------------------------


def tpl_movement(rng: random.Random, who: Issuer) -> list[Page]:
    """A farmer's livestock movement document as the copy that came back with the carcasses:
    departure, transport and destination fields, the food chain information ticks and
    declaration signed by the keeper, the abattoir's receipt; the individual identification on a
    continuation sheet for cattle and sheep, now and then the haulier's copy behind."""
    sender = farm_of(who)
    h = head_of(sender, "farm")
    lg = h.lang
    r = keyed(who, "holding")
    species = r.choice(["lambs", "lambs", "pigs", "cattle"])
    n = {"lambs": rng.randint(4, 14), "pigs": rng.randint(2, 8), "cattle": rng.randint(1, 3)}[
        species
    ]
    d = some_day(rng)
    ab = local("abattoir")
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    title = {
        ("en", "lambs"): (
            "ARAMS-1  Sheep, goat and deer movement document",
            "Incorporating the Food Chain Information declaration",
        ),
        ("en", "pigs"): (
            "eAML2  Pig movement licence and haulier summary",
            "Printed from the electronic licence - Food Chain Information",
        ),
        ("en", "cattle"): (
            "Cattle movement and Food Chain Information",
            "To accompany the cattle passports to the slaughterhouse",
        ),
        ("de", "lambs"): (
            "Begleitpapier nach § 27 ViehVerkV - Schafe und Ziegen",
            "mit Standarderklärung (Lebensmittelketteninformation)",
        ),
        ("de", "pigs"): (
            "Standarderklärung für Schlachtschweine",
            "Lebensmittelketteninformation nach VO (EG) Nr. 853/2004",
        ),
        ("de", "cattle"): (
            "Standarderklärung für Schlachtrinder",
            "Lebensmittelketteninformation - mit Rinderpässen",
        ),
        ("fr", "lambs"): (
            "Document de circulation ovins-caprins",
            "et information sur la chaîne alimentaire (ICA)",
        ),
        ("fr", "pigs"): (
            "Bon d'enlèvement porcs charcutiers - ICA",
            "Information sur la chaîne alimentaire",
        ),
        ("fr", "cattle"): (
            "Information sur la chaîne alimentaire - bovins",
            "à joindre aux passeports (DAB)",
        ),
    }[(lg, species)]
    pages: list[Page] = []
    copies = [""]
    if rng.random() < 0.25:
        copies.append(
            tr(lg, "Copy 3 - haulier", "Durchschrift Transporteur", "Exemplaire transporteur")
        )
    hold = holding_no(r, lg)
    tags = [ear_tag(rng, lg, species) for _ in range(n)]
    haulier = rng.choice(
        [
            h.name,
            tr(lg, "Own transport", "Eigentransport", "Transport propre"),
            "Moorside Livestock Haulage"
            if lg == "en"
            else "Viehtransporte Egger"
            if lg == "de"
            else "Transports Guérin",
        ]
    )
    for cp in copies:
        p = Page((w, hh))
        y = form_top(p, s, title[0], title[1])
        if cp:
            p.text(w - m, m - 20, cp, s.bold, 8, "right")
        y = band(p, s, y, tr(lg, "A  Departure", "A  Abgebender Betrieb", "A  Départ")) + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Keeper / holding", "Tierhalter / Betrieb", "Détenteur / exploitation"),
                    h.name,
                ),
                (tr(lg, "CPH / holding no.", "Registriernummer", "N° EDE"), hold),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (
                    tr(
                        lg,
                        "Date and time of departure",
                        "Datum / Uhrzeit Abgang",
                        "Date / heure départ",
                    ),
                    f"{short(d, lg)}  {rng.randint(5, 9):02d}:"
                    f"{rng.choice(['00', '15', '30', '45'])}",
                ),
                (tr(lg, "Species", "Tierart", "Espèce"), tr(lg, *SPECIES[species])),
                (tr(lg, "Number of animals", "Anzahl Tiere", "Nombre d'animaux"), str(n)),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, tr(lg, "B  Transport", "B  Transport", "B  Transport")) + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Haulier", "Transporteur", "Transporteur"), haulier),
                (
                    tr(lg, "Vehicle registration", "Kennzeichen", "Immatriculation"),
                    serial(rng, "AA99 AAA")
                    if lg == "en"
                    else serial(rng, "RV-AA 999")
                    if lg == "de"
                    else serial(rng, "AA-999-AA"),
                ),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, tr(lg, "C  Destination", "C  Bestimmungsbetrieb", "C  Destination")) + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Slaughterhouse", "Schlachtstätte", "Abattoir"), ab[0][0]),
                (tr(lg, "Approval no.", "Zulassungsnummer", "N° d'agrément"), approval(r, lg)),
                (
                    tr(lg, "Carcasses for", "Schlachtkörper für", "Carcasses pour le compte de"),
                    SHOPS[home()][row_no()][0],
                ),
                (
                    tr(lg, "Date and time of arrival", "Ankunft", "Arrivée"),
                    f"{short(d, lg)}  {rng.randint(8, 11):02d}:{rng.choice(['05', '20', '40'])}",
                ),
            ],
            per=2,
            tall=24,
        )
        y = (
            band(
                p,
                s,
                y,
                tr(
                    lg,
                    "D  Food chain information",
                    "D  Lebensmittelketteninformation",
                    "D  Information sur la chaîne alimentaire",
                ),
            )
            + 6
        )
        qs = [
            tr(
                lg,
                "Withdrawal periods of all medicines given have been observed",
                "Wartezeiten verabreichter Arzneimittel wurden eingehalten",
                "Les délais d'attente des médicaments administrés sont respectés",
            ),
            tr(
                lg,
                "The animals have not been treated in the last 28 days",
                "Die Tiere wurden in den letzten 28 Tagen nicht behandelt",
                "Pas de traitement au cours des 28 derniers jours",
            ),
            tr(
                lg,
                "No disease affecting the safety of meat on the holding",
                "Keine die Fleischsicherheit beeinträchtigende Erkrankung im Bestand",
                "Aucune maladie pouvant affecter la sécurité des viandes",
            ),
            tr(
                lg,
                "Holding under movement restrictions",
                "Bestand unterliegt Sperrmaßnahmen",
                "Exploitation sous restriction de mouvement",
            ),
        ]
        if species == "pigs":
            qs.append(
                tr(
                    lg,
                    "Salmonella monitoring category 1",
                    "Salmonellen-Kategorie I",
                    "Statut salmonelles favorable",
                )
            )
        for k, q in enumerate(qs):
            p.text(m, y, fit(q, s.font, 8, w * 0.62), s.font, 8)
            yes = k != 3
            ticks(p, s, w * 0.7, y, w * 0.25, yes_no(lg), {0 if yes else 1})
            y += 14
        y += 6
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "I declare that the information given is correct.",
                    "Ich versichere die Richtigkeit der Angaben.",
                    "Je certifie l'exactitude des informations ci-dessus.",
                ),
                s.font,
                8,
                w - 2 * m,
            ),
            s.font,
            8,
        )
        y += 30
        keeper = staff(h, "keeper")
        sign_line(
            p,
            s,
            m,
            y,
            190,
            tr(lg, "Keeper's signature", "Unterschrift Tierhalter", "Signature du détenteur"),
            keeper,
        )
        hand(p, m + 220, y - 2, short(d, lg))
        y += 30
        y = (
            band(
                p,
                s,
                y,
                tr(
                    lg,
                    "E  Receipt at destination",
                    "E  Bestätigung Empfänger",
                    "E  Réception à destination",
                ),
            )
            + 6
        )
        hand(p, m + 4, y + 8, tr(lg, f"{n} received", f"{n} erhalten", f"{n} reçus"))
        sign_line(
            p,
            s,
            m + 180,
            y + 24,
            150,
            tr(lg, "For the slaughterhouse", "Schlachthof", "Pour l'abattoir"),
            staff(head_of(ab, "abattoir"), "lairage"),
        )
        if rng.random() < 0.6:
            stamp(p, w - m - 150, y - 6, [ab[0][0][:28].upper(), short(d, lg)])
        pages.append(p)
        if species != "pigs" and n > 0 and not cp:
            c = Sheets(
                (w, hh),
                hh - m,
                lambda pg, k: running_header(pg, s, f"{title[0]} - {hold} - {short(d, lg)}"),
            )
            caption(
                c,
                s,
                tr(
                    lg,
                    "Continuation sheet - individual identification",
                    "Anlage - Einzeltierkennzeichnung",
                    "Feuillet annexe - identification individuelle",
                ),
                1,
            )
            cols = columns(
                m, w - m, [(0.6, "left"), (3, "left"), (1.2, "left"), (1.5, "left"), (1.6, "left")]
            )
            rows = []
            for k, t in enumerate(tags):
                born = d - timedelta(
                    days=rng.randint(150, 330) if species == "lambs" else rng.randint(600, 900)
                )
                rows.append(
                    [
                        str(k + 1),
                        t,
                        rng.choice(["M", "F"])
                        if species == "lambs"
                        else rng.choice(["M", "F", "steer"]),
                        short(born, lg),
                        rng.choice(
                            ["Texel x", "Suffolk x", "Mule", "Charollais x", "Lleyn"]
                            if species == "lambs"
                            else ["Limousin x", "Angus x", "Charolais x", "Hereford x"]
                        ),
                    ]
                )
            table(
                c,
                cols,
                [
                    "No.",
                    tr(lg, "Ear tag", "Ohrmarke", "N° d'identification"),
                    tr(lg, "Sex", "Geschl.", "Sexe"),
                    tr(lg, "Born", "Geburt", "Né le"),
                    tr(lg, "Breed", "Rasse", "Race"),
                ],
                rows,
                s,
                rules=True,
            )
            pages += c.pages
    remember(d, {"species": species, "n": n, "tags": tags}, sender)
    return pages


def tpl_farm_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A farmer's invoice for animals sold to the shop by deadweight: a page of a carbon
    duplicate book filled in by hand (A5), or a typed sheet on the farm's paper with the flat-rate
    VAT note and bank details."""
    sender = farm_of(who)
    if after(("movement",)) and isinstance(LAST["sender"], tuple):
        sender = LAST["sender"]  # type: ignore[assignment]
    h = head_of(sender, "farm")
    lg = h.lang
    x = LAST["extra"] if after(("movement",)) else None
    if isinstance(x, dict):
        species, n = str(x["species"]), int(x["n"])
    else:
        species = keyed(who, "holding").choice(["lambs", "lambs", "pigs", "cattle"])
        n = {"lambs": rng.randint(3, 12), "pigs": rng.randint(2, 6), "cattle": 1}[species]
    d = last_day(rng, ("movement",), (3, 16))
    lo, hi = DEAD[species]
    dwt = round(sum(rng.uniform(lo, hi) for _ in range(n)), 1)
    price = round(PRICE[species][lg] + rng.choice([-0.2, -0.1, 0, 0.1, 0.15, 0.3]), 2)
    net = round(dwt * price, 2)
    rate = {"en": 0.0, "de": 7.8 if month().year >= 2025 else 9.0, "fr": 10.0}[lg]
    no = f"{keyed(who, 'no').randint(100, 900) + rng.randint(0, 40)}"
    what = tr(
        lg,
        f"{n} {SPECIES[species][0].lower()} deadweight",
        f"{n} {SPECIES[species][1]} nach Schlachtgewicht",
        f"{n} {SPECIES[species][2].lower()} au poids carcasse",
    )
    if keyed(who, "book").random() < 0.5:
        s = style_of(h, A5, margin=30, pt=8.5)
        w, hh = s.page_size
        m = s.margin
        p = Page((w, hh))
        p.text(m, m, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 14)
        p.text(w - m, m, f"No. {no}", "Helvetica-Bold", 12, "right")
        p.text(
            m,
            m + 14,
            tr(
                lg,
                "Duplicate book - top copy",
                "Durchschreibebuch - Original",
                "Carnet à souches - original",
            ),
            "Helvetica",
            6.5,
        )
        y = m + 34
        p.text(m, y, tr(lg, "From:", "Von:", "De :"), "Helvetica", 8)
        hand(p, m + 40, y, h.name, 9, w - 2 * m - 40)
        hand(p, m + 40, y + 12, f"{h.street}, {h.town}", 8, w - 2 * m - 40)
        y += 34
        p.text(m, y, tr(lg, "To:", "An:", "À :"), "Helvetica", 8)
        hand(p, m + 40, y, SHOPS[home()][row_no()][0], 9, w - 2 * m - 40)
        p.text(m, y + 16, tr(lg, "Date:", "Datum:", "Date :"), "Helvetica", 8)
        hand(p, m + 40, y + 16, short(d, lg), 9)
        y += 34
        cols = columns(m, w - m, [(4, "left"), (1.4, "right"), (1.2, "right"), (1.6, "right")])
        p.line(m, y + 4, w - m, y + 4)
        for c, t in zip(
            cols,
            [
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                "kg",
                tr(lg, "per kg", "je kg", "le kg"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            strict=True,
        ):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                t,
                "Helvetica-Bold",
                7.5,
                "left" if c[2] == "left" else "right",
            )
        y += 18
        for t, v in [
            (what, None),
            (f"({tr(lg, 'kill sheet', 'lt. Schlachtprotokoll', 'selon ticket de pesée')})", None),
        ]:
            hand(p, cols[0][0], y, t, 8.5, cols[0][1] - cols[0][0])
            if v is None and t == what:
                hand(p, cols[1][1] - tw(kg(dwt, lg), HAND, 8.5), y, kg(dwt, lg), 8.5)
                hand(p, cols[2][1] - tw(money(price, lg), HAND, 8.5), y, money(price, lg), 8.5)
                hand(p, cols[3][1] - tw(money(net, lg), HAND, 8.5), y, money(net, lg), 8.5)
            y += 16
        for k in range(6):
            p.line(m, y + k * 16, w - m, y + k * 16)
        y += 6 * 16 + 10
        tax = round(net * rate / 100, 2)
        for t, v in [
            (tr(lg, "VAT", "MwSt", "TVA") + f" {rate:g}%", tax),
            (tr(lg, "TOTAL", "GESAMT", "TOTAL"), net + tax),
        ]:
            p.text(cols[2][0], y, t, "Helvetica", 8)
            hand(p, cols[3][1] - tw(money(v, lg), HAND, 9), y, money(v, lg), 9)
            y += 16
        if lg == "de":
            p.text(m, y + 6, "Durchschnittssatz gem. § 24 UStG", "Helvetica", 7)
        if rng.random() < 0.6:
            hand(
                p,
                m,
                hh - m - 30,
                tr(
                    lg,
                    "Paid by BACS - thanks",
                    "Betrag dankend erhalten",
                    "Réglé par virement, merci",
                ),
                8.5,
            )
        scrawl(p, w - m - 110, hh - m - 28, staff(h, "keeper"))
        received(rng, p, d, 0.4)
        remember(d, {"species": species, "n": n}, sender)
        return [p]
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, shop_lines(), d, [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)])
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    cols = columns(m, w - m, [(4.5, "left"), (1.2, "right"), (1.4, "right"), (1.4, "right")])
    rows = [[what, kg(dwt, lg), money(price, lg), money(net, lg)]]
    if rng.random() < 0.4:
        extra = round(rng.choice([4.5, 6.0, 8.0]) * n, 2)
        rows.append(
            [
                tr(
                    lg,
                    "Haulage to slaughterhouse",
                    "Transport zum Schlachthof",
                    "Transport à l'abattoir",
                ),
                "",
                "",
                money(extra, lg),
            ]
        )
        net += extra
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "kg dwt", "kg SG", "kg carc."),
            tr(lg, "per kg", "€/kg", "€/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, [(net, rate)])
    f.y += 10
    if lg == "de":
        write(
            f,
            s,
            "Die Umsatzsteuer wird nach Durchschnittssätzen (§ 24 UStG) berechnet.",
            s.size - 1,
        )
    if lg == "fr" and rng.random() < 0.5:
        write(
            f,
            s,
            "Exploitant agricole au régime du remboursement forfaitaire : le cas échéant, "
            "taux applicable selon l'art. 298 quater du CGI.",
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days to: ",
            "Zahlbar innerhalb 14 Tagen auf: ",
            "Paiement à 14 jours sur : ",
        )
        + bank_line(keyed(who, "bank"), lg),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.4)
    remember(d, {"species": species, "n": n}, sender)
    return close(f.pages, s, h)


def tpl_abattoir(rng: random.Random, who: Issuer) -> list[Page]:
    """The abattoir's invoice for carcasses bought or killed for the shop (Schlachtabrechnung,
    facture d'abattage): carcass lines with grades and cold weights, kill and dress charges,
    inspection fees and levies, with the kill sheet behind on a landscape page."""
    sender = local("abattoir")
    h = head_of(sender, "abattoir")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    kill = d - timedelta(days=rng.randint(2, 6))
    species = rng.choice(["lambs", "pigs", "cattle", "lambs", "pigs"])
    n = {"lambs": rng.randint(6, 20), "pigs": rng.randint(4, 14), "cattle": rng.randint(1, 4)}[
        species
    ]
    own = rng.random() < 0.4  # the shop's own animals: charges only
    no = serial(rng, "SI-999999" if lg == "en" else "SA 2999999" if lg == "de" else "FA99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acc"), "99999")),
            (tr(lg, "Kill date", "Schlachttag", "Date d'abattage"), short(kill, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Invoice - carcasses and slaughter charges",
            "Schlachtabrechnung",
            "Facture - carcasses et prestations d'abattage",
        ),
        2,
    )
    grades = {
        "lambs": ["R3L", "U3H", "R2", "O3L", "E3L"],
        "pigs": ["S", "E", "U", "E", "R"],
        "cattle": ["R4L", "U-3", "R3", "O+4L", "U+3"],
    }[species]
    lo, hi = DEAD[species]
    carcs = []
    for k in range(n):
        wt = round(rng.uniform(lo, hi), 1)
        carcs.append(
            (
                rng.randint(1000, 9999) if k == 0 else carcs[-1][0] + rng.randint(1, 5),
                ear_tag(rng, lg, species),
                rng.choice(grades),
                wt,
            )
        )
    lines: list[tuple[float, float]] = []
    rows = []
    price = round(PRICE[species][lg] + rng.choice([0.1, 0.25, 0.4]), 2)
    if not own:
        for kn, tag, g, wt in carcs:
            v = round(wt * price, 2)
            rows.append([str(kn), tag, g, kg(wt, lg), money(price, lg), money(v, lg)])
            lines.append((v, vat_food(lg)))
    per_head = {"lambs": 14.5, "pigs": 24.0, "cattle": 95.0}[species] * (0.85 if lg == "en" else 1)
    v = round(per_head * n, 2)
    rows.append(
        [
            "",
            tr(lg, "Kill and dress", "Schlachtlohn", "Prestation d'abattage"),
            f"{n} x",
            "",
            money(per_head, lg),
            money(v, lg),
        ]
    )
    lines.append((v, vat_std(lg) if lg != "fr" else 10.0))
    fee = {
        "en": ("FSA meat inspection charge", 1.8),
        "de": ("Fleischuntersuchungsgebühr", 3.9),
        "fr": ("Redevance sanitaire d'abattage", 2.4),
    }[lg]
    v = round(fee[1] * n * (3 if species == "cattle" else 1), 2)
    rows.append(["", fee[0], f"{n} x", "", "", money(v, lg)])
    lines.append((v, 0.0 if lg != "fr" else 10.0))
    if species == "pigs" and lg == "de":
        v = round(2.1 * n, 2)
        rows.append(["", "Trichinenuntersuchung", f"{n} x", "", money(2.1, lg), money(v, lg)])
        lines.append((v, 0.0))
    if lg == "en" and not own:
        levy = round({"lambs": 0.6, "pigs": 1.05, "cattle": 5.9}[species] * n, 2)
        rows.append(["", "AHDB levy (buyer)", f"{n} x", "", "", money(levy, lg)])
        lines.append((levy, 0.0))
    if rng.random() < 0.5:
        cut = rng.choice([0.35, 0.45])
        v = round(cut * sum(c[3] for c in carcs), 2)
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Cutting and vac-packing",
                    "Zerlegung und Vakuumierung",
                    "Découpe et mise sous vide",
                ),
                "",
                kg(sum(c[3] for c in carcs), lg),
                money(cut, lg),
                money(v, lg),
            ]
        )
        lines.append((v, vat_std(lg) if lg != "fr" else 10.0))
    if species != "pigs" and own and rng.random() < 0.6:
        v = -round(rng.uniform(1.5, 4.0) * n, 2)
        rows.append(
            [
                "",
                tr(lg, "Skin / hide credit", "Gutschrift Häute/Felle", "Avoir peaux"),
                f"{n} x",
                "",
                "",
                money(v, lg),
            ]
        )
        lines.append((v, 0.0))
    cols = columns(
        m,
        w - m,
        [(0.8, "left"), (3.2, "left"), (0.9, "left"), (1, "right"), (1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Kill no.", "Schl.-Nr.", "N° tuerie"),
            tr(lg, "Ear tag / item", "Ohrmarke / Position", "Identification / poste"),
            tr(lg, "Grade", "Klasse", "Classe"),
            tr(lg, "kg", "kg kalt", "kg froid"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
        step=1.5,
    )
    totals(f, s, lg, lines)
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payment 7 days net. Carcass weights are cold weights after the standard "
            "dressing specification. Grades: EUROP conformation and fat class.",
            "Zahlbar netto 7 Tage. Gewichte: Schlachtgewicht kalt, Schnittführung nach "
            "Vorgabe. Handelsklassen EUROP.",
            "Paiement à 7 jours. Poids froid selon présentation de référence. Classement EUROP.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else None)
    # the kill sheet on a landscape page
    s2 = style_of(h, landscape(A4), margin=40, pt=8.5)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, k: (
            running_header(
                p,
                s2,
                f"{h.name} - {tr(lg, 'Kill sheet', 'Schlachtprotokoll', 'Bordereau d abattage')} "
                f"{short(kill, lg)} - {no}",
            )
            + 6
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            f"Kill sheet - {short(kill, lg)} - {SPECIES[species][0]}",
            f"Schlachtprotokoll / Wiegekarte - {short(kill, lg)} - {SPECIES[species][1]}",
            f"Bordereau d'abattage et de pesée - {short(kill, lg)} - {SPECIES[species][2]}",
        ),
        1,
    )
    g.page.text(
        40,
        g.y - 4,
        tr(
            lg,
            f"Supplier / owner: {SHOPS[home()][row_no()][0]}",
            f"Lieferant / Eigentümer: {SHOPS[home()][row_no()][0]}",
            f"Apporteur / propriétaire : {SHOPS[home()][row_no()][0]}",
        ),
        s2.font,
        8,
    )
    g.y += 12
    cols2 = columns(
        40,
        w2 - 40,
        [
            (0.8, "left"),
            (2.4, "left"),
            (1.2, "left"),
            (0.8, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (0.8, "center"),
            (0.9, "right"),
            (2.6, "left"),
        ],
    )
    rows2 = []
    for kn, tag, g_, wt in carcs:
        rows2.append(
            [
                str(kn),
                tag,
                short(kill - timedelta(days=rng.randint(*AGE[species])), lg)
                if species != "pigs"
                else serial(rng, "9999-99"),
                rng.choice(CATS[species]),
                kg(wt * 1.02, lg),
                kg(wt, lg),
                g_,
                (kg(rng.uniform(54, 62), lg) if species == "pigs" else "-"),
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "liver rejected (fluke)", "Leber verworfen", "foie saisi (douve)"),
                        tr(lg, "pluck rejected", "Geschlinge verworfen", "fressure saisie"),
                    ]
                ),
            ]
        )
    table(
        g,
        cols2,
        [
            tr(lg, "Kill no.", "Schl.-Nr.", "N°"),
            tr(lg, "Ear tag / slap mark", "Ohrmarke / Schlagstempel", "Identification"),
            tr(lg, "Born", "Geb.", "Naissance")
            if species != "pigs"
            else tr(lg, "Batch", "Partie", "Lot"),
            tr(lg, "Cat.", "Kat.", "Cat."),
            tr(lg, "Hot kg", "warm kg", "chaud kg"),
            tr(lg, "Cold kg", "kalt kg", "froid kg"),
            tr(lg, "Grade", "HKL", "Classe"),
            tr(lg, "Lean %", "MFA %", "TMP %"),
            tr(lg, "Inspection", "Befund", "Inspection"),
        ],
        rows2,
        s2,
        size=8,
        rules=True,
        shade=0.9,
    )
    g.y += 8
    g.page.text(
        40,
        g.y,
        tr(
            lg,
            f"Total: {n} head, {kg(sum(c[3] for c in carcs), lg)} kg cold",
            f"Summe: {n} Tiere, {kg(sum(c[3] for c in carcs), lg)} kg kalt",
            f"Total : {n} têtes, {kg(sum(c[3] for c in carcs), lg)} kg froid",
        ),
        s2.bold,
        8.5,
    )
    number_pages(g.pages, s2, "{i}/{n}" if rng.random() < 0.5 else "none", "br")
    received(rng, pages[0], d)
    remember(d, {"species": species, "n": n}, sender)
    return pages + g.pages


# ---------------------------------------------------------------------------------------------
# Templates MMMM: the food authority and the shop's own HACCP records
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        (
            "The same vacuum packing machine is used for raw and ready-to-eat foods.",
            "Reg. (EC) 852/2004 Annex II Ch. IX (3); FSA E. coli O157 guidance",
            "Provide a dedicated machine for ready-to-eat foods. Immediately.",
        ),
        (
            "Wash hand basin in the preparation room obstructed by a tray of mince.",
            "Reg. (EC) 852/2004 Annex II Ch. I (4)",
            "Keep clear and accessible at all times.",
        ),
        (
            "Probe thermometer not calibrated; no record of checks since last inspection.",
            "Reg. (EC) 852/2004 Art. 5",
            "Check monthly in iced water and boiling water, record.",
        ),
        (
            "Cooked ham stored on the shelf below raw sausages in the display chiller.",
            "Reg. (EC) 852/2004 Annex II Ch. IX (3)",
            "Separate raw and cooked products.",
        ),
        (
            "Food safety management system not updated for the new curing process.",
            "Reg. (EC) 852/2004 Art. 5",
            "Review HACCP plan within 28 days.",
        ),
        (
            "Allergen information for sausages not available to customers.",
            "Food Information Regulations 2014",
            "Provide written allergen information.",
        ),
        (
            "Seal of cold room door damaged, ice build-up on evaporator.",
            "Reg. (EC) 852/2004 Annex II Ch. II",
            "Repair within 14 days.",
        ),
    ],
    "de": [
        (
            "Vakuumiergerät wird für rohe und verzehrfertige Erzeugnisse gemeinsam genutzt.",
            "VO (EG) 852/2004 Anh. II Kap. IX Nr. 3",
            "Getrennte Geräte verwenden - sofort.",
        ),
        (
            "Handwaschbecken im Zerlegeraum ohne Seifenspender und Einmalhandtücher.",
            "VO (EG) 852/2004 Anh. II Kap. I Nr. 4",
            "Umgehend ausstatten.",
        ),
        (
            "Temperaturaufzeichnungen der Kühltheke lückenhaft (Wochenende).",
            "VO (EG) 852/2004 Art. 5; LMHV",
            "Lückenlos dokumentieren.",
        ),
        (
            "Hackfleisch in der Theke bei 4,8 °C (zulässig max. 2 °C).",
            "Tier-LMHV Anlage 2 / VO (EG) 853/2004",
            "Sofort abstellen, Theke überprüfen lassen.",
        ),
        (
            "Kennzeichnung der Allergene bei losen Wurstwaren unvollständig.",
            "LMIV Art. 44; VorlLMIEV",
            "Allergenliste an der Theke auslegen.",
        ),
        (
            "Belehrungsnachweise nach § 43 IfSG für eine Aushilfe fehlen.",
            "§ 43 IfSG",
            "Nachweis binnen 14 Tagen vorlegen.",
        ),
        (
            "Wandfliesen im Wurstküchenbereich beschädigt.",
            "VO (EG) 852/2004 Anh. II Kap. II",
            "Instandsetzung bis zur Nachkontrolle.",
        ),
    ],
    "fr": [
        (
            "Machine sous vide commune aux produits crus et aux produits prêts à consommer.",
            "Règl. (CE) 852/2004 ann. II ch. IX",
            "Dédier un équipement - immédiat.",
        ),
        (
            "Lave-mains de l'atelier non approvisionné en savon.",
            "Règl. (CE) 852/2004 ann. II ch. I",
            "Approvisionner sans délai.",
        ),
        (
            "Enregistrements de température de la chambre froide incomplets.",
            "Règl. (CE) 852/2004 art. 5 ; arrêté du 21/12/2009",
            "Compléter le PMS.",
        ),
        (
            "Viande hachée à 4,5 °C en vitrine (exigence : 2 °C).",
            "Arrêté du 21/12/2009 ann. I",
            "Corriger le réglage de la vitrine.",
        ),
        (
            "Information allergènes des préparations non disponible par écrit.",
            "Règl. (UE) 1169/2011 ; décret 2015-447",
            "Mettre à disposition un classeur.",
        ),
        (
            "Plan de nettoyage non affiché, produits non identifiés.",
            "Règl. (CE) 852/2004 art. 5",
            "Afficher et identifier.",
        ),
        (
            "Joint de porte de la chambre froide dégradé.",
            "Règl. (CE) 852/2004 ann. II ch. II",
            "Remplacer sous un mois.",
        ),
    ],
}


def tpl_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The food authority's inspection report: the visit fields in a grid, the scores (England),
    the control areas with findings ticked (Germany) or the hygiene level (France), numbered
    observations with the legal basis and the timescale, and both signatures, 'Page i of n'."""
    sender = local("council")
    h = head_of(sender, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    officer = staff(h, "ehO" + str(keyed(who, "officer").randrange(2)))
    title = tr(
        lg,
        "Food Hygiene Inspection Report",
        "Kontrollbericht - amtliche Lebensmittelüberwachung",
        "Rapport d'inspection - sécurité sanitaire des aliments",
    )
    ref = serial(
        rng, "FH/99/9999" if lg == "en" else "LMÜ-2024-99999" if lg == "de" else "INS-999999"
    )
    f = sheets(s, h, f"{title} - {ref}")
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Betrieb", "Établissement"), SHOPS[home()][row_no()][0]),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{SHOPS[home()][row_no()][1]}, {SHOPS[home()][row_no()][2]}",
            ),
            (
                tr(lg, "Food business operator", "Lebensmittelunternehmer", "Exploitant"),
                shop_staff("master"),
            ),
            (
                tr(lg, "Type of business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Retail butcher with catering",
                    "Fleischerei mit Partyservice",
                    "Boucherie-charcuterie traiteur",
                ),
            ),
            (
                tr(lg, "Date / time of visit", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(8, 14)}:{rng.choice(['00', '20', '45'])}",
            ),
            (
                tr(lg, "Type of inspection", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(lg, "Programmed", "Planmäßige Kontrolle", "Contrôle programmé"),
                        tr(lg, "Revisit", "Nachkontrolle", "Contre-visite"),
                        tr(lg, "Complaint", "Beschwerde", "Plainte"),
                    ]
                ),
            ),
            (tr(lg, "Officer", "Kontrolleur/in", "Inspecteur"), officer),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), ref),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    obs = rng.sample(FINDINGS[lg], rng.randint(2, 6))
    if lg == "en":
        f.heading(m, "Scores", s.bold, s.size + 1)
        a, b, c = rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 10])
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1, "right")])
        table(
            f,
            cols,
            ["Area", "Score", "Max (worst)"],
            [
                ["Hygienic food handling", str(a), "25"],
                ["Structure and cleaning", str(b), "25"],
                ["Confidence in management / control procedures", str(c), "30"],
                ["Total", str(a + b + c), "80"],
            ],
            s,
            rules=True,
        )
    elif lg == "de":
        f.heading(m, "Kontrollbereiche", s.bold, s.size + 1)
        for t in [
            "Eigenkontrollen / HACCP",
            "Personalhygiene",
            "Reinigung und Desinfektion",
            "Bauliche Beschaffenheit",
            "Temperaturführung",
            "Kennzeichnung / Allergene",
            "Rückverfolgbarkeit",
        ]:
            f.need(14)
            f.page.text(m, f.y, t, s.font, s.size - 1)
            ticks(
                f.page,
                s,
                w * 0.6,
                f.y,
                w * 0.35,
                ["ohne Beanstandung", "Mängel"],
                {0 if rng.random() < 0.7 else 1},
            )
            f.y += 14
    else:
        f.heading(m, "Niveau d'hygiène constaté", s.bold, s.size + 1)
        f.y = ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Très satisfaisant", "Satisfaisant", "À améliorer", "À corriger de manière urgente"],
            {rng.choice([0, 1, 1, 2])},
        )
    f.heading(
        m,
        tr(
            lg,
            "Observations and required actions",
            "Festgestellte Mängel und Anordnungen",
            "Constats et mesures demandées",
        ),
        s.bold,
        s.size + 1,
    )
    for k, (t, law, act) in enumerate(obs):
        f.need(60)
        f.page.text(m, f.y, f"{k + 1}.", s.bold, s.size)
        f.para(m + 16, w - 2 * m - 16, t, s.font, s.size, 0.2)
        f.para(
            m + 16,
            w - 2 * m - 16,
            f"{tr(lg, 'Legal basis', 'Rechtsgrundlage', 'Base')}: {law}",
            italic_of(s.font),
            s.size - 1.5,
            0.2,
        )
        f.para(
            m + 16,
            w - 2 * m - 16,
            f"{tr(lg, 'Action', 'Maßnahme', 'Mesure')}: {act}",
            s.font,
            s.size - 1,
        )
    write(f, s, prose(rng, lg, "hygiene", 1, 3), s.size - 1)
    f.need(120)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "This report was discussed with the person in charge.",
            "Der Bericht wurde mit dem Verantwortlichen besprochen.",
            "Ce rapport a été commenté au responsable présent.",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 40
    sign_line(f.page, s, m, f.y, 180, tr(lg, "Officer", "Kontrolleur/in", "L'inspecteur"), officer)
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        180,
        tr(
            lg, "Person in charge (receipt)", "Empfang bestätigt (Betrieb)", "Le responsable (reçu)"
        ),
        shop_staff("master"),
        rng.random() < 0.8,
    )
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Notes for the food business operator",
                "Hinweise für den Lebensmittelunternehmer",
                "Informations à l'attention de l'exploitant",
            ),
            1.5,
        )
        for t in tr(
            lg,
            "What happens next|Your right of appeal|Advice and guidance|Fees for revisits",
            "Weiteres Verfahren|Rechtsbehelf|Beratung|Gebühren",
            "Suites du contrôle|Voies de recours|Conseils|Contre-visite",
        ).split("|"):
            f.heading(s.margin, t, s.bold, s.size)
            write(f, s, prose(rng, lg, "hygiene", 2, 4), s.size - 0.5)
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d, {"obs": len(obs), "officer": officer}, sender)
    return pages


def tpl_rating(rng: random.Random, who: Issuer) -> list[Page]:
    """The food authority's letter after an inspection: the food hygiene rating with the 0-5
    scale and the right to reply and appeal (England), the published control result with a fee
    note (Germany) or the Alim'confiance level (France); now and then the window notice behind."""
    sender = local("council")
    h = head_of(sender, "council")
    lg = h.lang
    s = style_of(h, A4)
    _w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("inspection",), (3, 15))
    x = LAST["extra"] if after(("inspection",)) else None
    officer = str(x["officer"]) if isinstance(x, dict) else staff(h, "ehO0")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(
            tr(lg, "The Food Business Operator", "z. Hd. Inhaber", "À l'attention de l'exploitant")
        ),
        d,
        [(tr(lg, "Our ref", "Az.", "N/Réf."), serial(rng, "FHRS/9999/AA"))],
    )
    score = rng.choice([3, 4, 4, 5, 5]) if lg == "en" else rng.choice([1, 1, 2, 2, 3])
    if lg == "en":
        caption(f, s, "Your food hygiene rating", 2)
        f.page.text(m, f.y, dear(lg, mx(shop_staff("master"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            f"Following the inspection of your premises on "
            f"{short(d - timedelta(days=rng.randint(3, 12)), lg)}, I am writing to confirm the "
            f"food hygiene rating given to your business under the Food Hygiene Rating Scheme.",
        )
        f.need(70)
        for k in range(6):
            x0 = m + k * 48
            f.page.rect(x0, f.y, 42, 42, fill=0.15 if k == score else None)
            f.page.text(x0 + 21, f.y + 28, str(k), "Helvetica-Bold", 20, "center")
        f.page.text(
            m + 6 * 48 + 10,
            f.y + 24,
            [
                "Urgent improvement necessary",
                "Major improvement necessary",
                "Improvement necessary",
                "Generally satisfactory",
                "Good",
                "Very good",
            ][score],
            s.bold,
            s.size + 1,
        )
        f.y += 64
        write(
            f,
            s,
            "You have a right to appeal against the rating within 21 days, and a right "
            "to reply for publication with your rating on the FSA website. If you have made "
            "improvements, you may ask for a re-rating visit after three months.",
        )
        write(f, s, prose(rng, lg, "hygiene", 1, 2))
    elif lg == "de":
        caption(f, s, "Ergebnis der amtlichen Lebensmittelkontrolle", 2)
        f.page.text(m, f.y, dear(lg, mx(shop_staff("master"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "bei der Kontrolle Ihres Betriebes wurden die im Kontrollbericht genannten "
            "Feststellungen getroffen. Die Beseitigung der Mängel wird im Rahmen einer "
            "Nachkontrolle überprüft. Nach § 40 Abs. 1a LFGB erfolgt keine Veröffentlichung.",
        )
        f.page.text(m, f.y, "Kontrollergebnis:", s.bold, s.size)
        f.page.text(
            m + 110,
            f.y,
            ["", "ohne wesentliche Mängel", "geringfügige Mängel", "Nachkontrolle erforderlich"][
                score
            ],
            s.font,
            s.size,
        )
        f.y += 20
        fee = rng.choice([68.0, 95.0, 124.5])
        write(
            f,
            s,
            f"Für die Nachkontrolle wird gemäß Gebührenverordnung eine Gebühr von "
            f"{cash(fee, lg)} erhoben. Ein gesonderter Gebührenbescheid ergeht.",
        )
    else:
        caption(f, s, "Publication du résultat du contrôle officiel", 2)
        f.page.text(m, f.y, dear(lg, mx(shop_staff("master"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "À la suite du contrôle réalisé dans votre établissement, le niveau d'hygiène "
            "attribué sera publié sur le site Alim'confiance pour une durée d'un an.",
        )
        f.page.text(
            m,
            f.y,
            "Niveau attribué : " + ["", "Très satisfaisant", "Satisfaisant", "À améliorer"][score],
            s.bold,
            s.size + 1,
        )
        f.y += 22
        write(f, s, "L'affichette jointe peut être apposée sur la vitrine de votre établissement.")
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environmental Health Officer",
            "Lebensmittelkontrolleur/in",
            "Inspecteur de la santé publique vétérinaire",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < (0.5 if lg != "de" else 0.15):
        s2 = style_of(h, A5 if rng.random() < 0.5 else A4, margin=36)
        w2, h2 = s2.page_size
        p = Page((w2, h2))
        p.rect(18, 18, w2 - 36, h2 - 36)
        p.text(
            w2 / 2,
            60,
            tr(lg, "FOOD HYGIENE RATING", "KONTROLLERGEBNIS", "NIVEAU D'HYGIÈNE"),
            "Helvetica-Bold",
            18,
            "center",
        )
        p.text(
            w2 / 2,
            80,
            fit(SHOPS[home()][row_no()][0], "Helvetica", 11, w2 - 60),
            "Helvetica",
            11,
            "center",
        )
        n_box = 6 if lg == "en" else 4
        bw = (w2 - 80) / n_box
        for k in range(n_box):
            p.rect(40 + k * bw, h2 / 2 - 30, bw - 4, 60, fill=0.2 if k == score else None)
            p.text(
                40 + k * bw + bw / 2 - 2,
                h2 / 2 + 12,
                str(k) if lg == "en" else ["", "A", "B", "C"][k] if k else "",
                "Helvetica-Bold",
                22,
                "center",
            )
        p.text(
            w2 / 2,
            h2 - 70,
            fit(
                f"{tr(lg, 'Date of inspection', 'Kontrolle vom', 'Date du contrôle')}: "
                f"{short(d - timedelta(days=9), lg)}",
                "Helvetica",
                9,
                w2 - 60,
            ),
            "Helvetica",
            9,
            "center",
        )
        p.text(w2 / 2, h2 - 52, fit(h.name, "Helvetica", 8, w2 - 60), "Helvetica", 8, "center")
        pages.append(p)
    remember(d, None, sender)
    return pages


UNITS = {
    "en": ["Cold room", "Counter 1", "Counter 2", "Chiller (back)", "Freezer", "Cooked meats"],
    "de": [
        "Kühlzelle",
        "Theke Fleisch",
        "Theke Wurst",
        "Kühlschrank Küche",
        "Tiefkühler",
        "Reiferaum",
    ],
    "fr": [
        "Chambre froide",
        "Vitrine viande",
        "Vitrine charcuterie",
        "Frigo labo",
        "Congélateur",
        "Chambre de maturation",
    ],
}


def tpl_temp_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's own HACCP temperature record for a month or a fortnight on a landscape sheet
    filled in by hand: chillers, counters and freezer morning and afternoon, probe check,
    initials and corrective actions; or the cooking and cooling record of the cooked meats."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, landscape(A4), margin=34, pt=8)
    w, hh = s.page_size
    m = s.margin
    people = [initials(n) for n in staff_list()]
    kind = keyed(who, "log").choice(["fridge", "fridge", "cook"])
    first = month() + timedelta(days=rng.choice([0, 0, 14]))
    span = rng.choice([14, 15]) if first.day > 1 else rng.choice([14, 31])
    g = Sheets((w, hh), hh - 30, lambda p, k: m - 10)
    if kind == "fridge":
        units = keyed(who, "units").sample(UNITS[lg], 4)
        title = tr(
            lg,
            "Temperature record - chillers, counters and freezer",
            "Temperaturkontrolle Kühleinrichtungen",
            "Relevé des températures - enceintes froides",
        )
        caption(g, s, f"{title}   {SHOPS[home()][row_no()][0]}", 3)
        g.page.text(
            m,
            g.y - 6,
            tr(
                lg,
                "Chillers 0-5 °C (mince 0-2 °C), freezer -18 °C or below. "
                "Record AM on opening and PM before closing.",
                "Sollwerte: Kühlung max. +4 °C (Hackfleisch +2 °C), TK -18 °C. "
                "Messung morgens und abends.",
                "Consignes : 0 à +4 °C (viande hachée +2 °C), surgelés -18 °C. "
                "Relevé matin et soir.",
            ),
            s.font,
            7.5,
        )
        g.y += 10
        spec = (
            [(0.9, "left")]
            + [(0.7, "center")] * (len(units) * 2)
            + [(0.8, "center"), (0.7, "center"), (3.2, "left")]
        )
        cols = columns(m, w - m, spec)
        g.page.rect(m - 2, g.y - 9, w - 2 * m + 4, 26, fill=0.9)
        for u, name in enumerate(units):
            a, b = cols[1 + 2 * u], cols[2 + 2 * u]
            g.page.text(
                (a[0] + b[1]) / 2, g.y, fit(name, s.bold, 7, b[1] - a[0]), s.bold, 7, "center"
            )
            for c, t in zip(
                (a, b), (tr(lg, "AM", "früh", "matin"), tr(lg, "PM", "abends", "soir")), strict=True
            ):
                g.page.text((c[0] + c[1]) / 2, g.y + 11, t, s.font, 6.5, "center")
        for c, t in zip(
            (cols[0], *cols[-3:]),
            (
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Probe", "Thermometer", "Sonde"),
                tr(lg, "Init.", "Kürzel", "Visa"),
                tr(lg, "Action taken", "Maßnahme", "Action corrective"),
            ),
            strict=True,
        ):
            x0 = c[0] if c[2] == "left" else (c[0] + c[1]) / 2
            g.page.text(
                x0,
                g.y + 5,
                fit(t, s.bold, 7, c[1] - c[0]),
                s.bold,
                7,
                "left" if c[2] == "left" else "center",
            )
        g.page.line(m - 2, g.y + 17, w - m + 2, g.y + 17)
        g.y += 30
        for k in range(span):
            dd = first + timedelta(days=k)
            if dd.month != first.month:
                break
            g.need(13)
            g.page.text(cols[0][0], g.y, short(dd, lg)[:5], s.font, 7.5)
            g.page.line(m - 2, g.y + 4, w - m + 2, g.y + 4)
            if dd.weekday() == 6:
                g.page.text(cols[1][0], g.y, tr(lg, "closed", "Ruhetag", "fermé"), HAND, 8)
                g.y += 13
                continue
            bad = rng.random() < 0.06
            for u in range(len(units)):
                for ap in range(2):
                    if rng.random() < 0.04:
                        continue
                    base = (
                        -20.0
                        if "reez" in units[u] or "ief" in units[u] or "ongél" in units[u]
                        else rng.uniform(1.0, 3.6)
                    )
                    v = base + rng.uniform(-1.5, 1.5) + (3.0 if bad and u == 0 and ap else 0)
                    c = cols[1 + 2 * u + ap]
                    t = f"{v:.1f}" if lg == "en" else f"{v:.1f}".replace(".", ",")
                    g.page.text((c[0] + c[1]) / 2, g.y, t, HAND, 8, "center")
            if dd.weekday() == 0:
                g.page.text((cols[-3][0] + cols[-3][1]) / 2, g.y, "ok", HAND, 8, "center")
            g.page.text((cols[-2][0] + cols[-2][1]) / 2, g.y, rng.choice(people), HAND, 8, "center")
            if bad:
                g.page.text(
                    cols[-1][0],
                    g.y,
                    fit(
                        tr(
                            lg,
                            "door left open - rechecked 3.1 ok",
                            "Tür offen - nachgemessen 3,2 ok",
                            "porte ouverte - recontrôlé 3,0 ok",
                        ),
                        HAND,
                        7.5,
                        cols[-1][1] - cols[-1][0],
                    ),
                    HAND,
                    7.5,
                )
            g.y += 13
    else:
        title = tr(
            lg,
            "Cooking and cooling record - cooked meats",
            "Gar- und Abkühlprotokoll Kochwurst / Kochschinken",
            "Enregistrement cuisson - refroidissement",
        )
        caption(g, s, f"{title}   {SHOPS[home()][row_no()][0]}", 3)
        g.page.text(
            m,
            g.y - 6,
            tr(
                lg,
                "Core temperature 75 °C or above (ham 70 °C for 2 min); cool "
                "to below 8 °C within 90 minutes (blast chiller).",
                "Kerntemperatur mind. 72 °C; Abkühlung auf unter 7 °C binnen 2 Stunden.",
                "Température à cœur 70 °C minimum ; refroidissement de 63 °C à "
                "10 °C en moins de 2 heures.",
            ),
            s.font,
            7.5,
        )
        g.y += 10
        cols = columns(
            m,
            w - m,
            [
                (0.9, "left"),
                (2.6, "left"),
                (1, "left"),
                (0.8, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (0.8, "center"),
                (0.6, "center"),
                (2.2, "left"),
            ],
        )
        prods = tr(
            lg,
            "Gammon ham|Roast beef|Pork pies|Black pudding|Tongue|Haslet",
            "Kochschinken|Leberkäse|Fleischwurst|Blutwurst|Sülze|Leberwurst",
            "Jambon blanc|Rôti de porc|Pâté de campagne|Boudin noir|Rillettes|Tête roulée",
        )
        rows = []
        for _ in range(rng.randint(10, 24)):
            dd = first + timedelta(days=rng.randint(0, span - 1))
            rows.append((dd, rng.choice(prods.split("|"))))
        rows.sort()
        table(
            g,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Batch", "Charge", "Lot"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "Core C", "Kern C", "Cœur C"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Chill in", "Kühlung", "Refroid."),
                tr(lg, "<8 C at", "<7 C um", "<10 C à"),
                tr(lg, "Init.", "Kürzel", "Visa"),
                tr(lg, "Comments", "Bemerkung", "Observations"),
            ],
            [],
            s,
            size=6.5,
        )
        g.y -= 2
        for dd, pr in rows:
            g.need(14)
            hh0 = rng.randint(7, 12)
            vals = [
                short(dd, lg)[:5],
                pr,
                serial(rng, "99") + short(dd, lg)[:2],
                f"{hh0}:{rng.choice(['00', '15', '30'])}",
                str(rng.randint(72, 84)),
                f"{hh0 + 2}:{rng.choice(['10', '40'])}",
                f"{hh0 + 2}:{rng.choice(['20', '50'])}",
                f"{hh0 + 4}:{rng.choice(['00', '05', '30'])}",
                rng.choice(people),
                rng.choice(["", "", "", tr(lg, "probe re-checked", "nachgemessen", "recontrôlé")]),
            ]
            for c, t in zip(cols, vals, strict=True):
                x0 = c[0] if c[2] == "left" else (c[0] + c[1]) / 2
                g.page.text(
                    x0,
                    g.y,
                    fit(t, HAND, 8, c[1] - c[0]),
                    HAND,
                    8,
                    "left" if c[2] == "left" else "center",
                )
            g.page.line(m - 2, g.y + 4, w - m + 2, g.y + 4)
            g.y += 14
    g.need(40)
    g.y += 14
    g.page.text(
        m,
        g.y,
        tr(lg, "Checked by manager:", "Geprüft (Betriebsleitung):", "Vérifié par le responsable :"),
        s.font,
        8,
    )
    scrawl(g.page, m + 130, g.y + 2, shop_staff("master"), 11)
    hand(g.page, m + 260, g.y, short(first + timedelta(days=span), lg), 8.5)
    pages = g.pages
    if len(pages) > 1:
        number_pages(
            pages, s, tr(lg, "Sheet {i} of {n}", "Blatt {i}/{n}", "Feuille {i}/{n}"), "tr", top=20
        )
    remember(first, None, None)
    return pages


CLEAN = {
    "en": [
        ("Chopping blocks", "After use", "Scrape, hot water, sanitiser D10"),
        ("Mincer and sausage filler", "After use", "Strip, wash, sanitise, air dry"),
        ("Bandsaw", "Daily", "Remove blade guard, brush, sanitise"),
        ("Vacuum packer (raw)", "Daily", "Wipe, sanitise"),
        ("Display counter", "Daily", "Empty, wash, sanitise, dry"),
        ("Cold room floor", "Weekly", "Degrease, rinse"),
        ("Hand wash basins", "Daily", "Clean, refill soap and towels"),
        ("Slicer (cooked only)", "After use", "Dismantle, wash, sanitise"),
        ("Walls and doors", "Weekly", "Wash and sanitise"),
        ("Waste bins / ABP bins", "Daily", "Empty, wash"),
    ],
    "de": [
        ("Hackklötze", "nach Gebrauch", "abkratzen, heiß, Desinfektion"),
        ("Fleischwolf und Füller", "nach Gebrauch", "zerlegen, reinigen, desinfizieren"),
        ("Bandsäge", "täglich", "bürsten, desinfizieren"),
        ("Vakuumierer (roh)", "täglich", "abwischen, desinfizieren"),
        ("Bedientheke", "täglich", "ausräumen, reinigen, desinfizieren"),
        ("Kühlzelle Boden", "wöchentlich", "entfetten, nachspülen"),
        ("Handwaschbecken", "täglich", "reinigen, Seife/Tücher auffüllen"),
        ("Aufschnittmaschine", "nach Gebrauch", "zerlegen, reinigen, desinfizieren"),
        ("Wände und Türen", "wöchentlich", "reinigen, desinfizieren"),
        ("K3-Tonnen", "täglich", "leeren, auswaschen"),
    ],
    "fr": [
        ("Billots", "Après usage", "Gratter, eau chaude, désinfectant"),
        ("Hachoir et poussoir", "Après usage", "Démonter, laver, désinfecter"),
        ("Scie à os", "Quotidien", "Brosser, désinfecter"),
        ("Machine sous vide (cru)", "Quotidien", "Essuyer, désinfecter"),
        ("Vitrine", "Quotidien", "Vider, laver, désinfecter"),
        ("Sol chambre froide", "Hebdomadaire", "Dégraisser, rincer"),
        ("Lave-mains", "Quotidien", "Nettoyer, recharger"),
        ("Trancheuse", "Après usage", "Démonter, laver, désinfecter"),
        ("Murs et portes", "Hebdomadaire", "Laver, désinfecter"),
        ("Bacs C3", "Quotidien", "Vider, laver"),
    ],
}


def tpl_cleaning(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's weekly cleaning schedule and record: items, frequency and method, a tick or
    initials for each day, the manager's weekly check; now and then two weeks on one sheet."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    people = [initials(n) for n in staff_list()]
    wk = month() + timedelta(days=rng.randint(0, 24))
    wk -= timedelta(days=wk.weekday())
    p = Page((w, hh))
    y = form_top(
        p,
        s,
        tr(
            lg,
            "Cleaning schedule and record",
            "Reinigungs- und Desinfektionsplan",
            "Plan de nettoyage et de désinfection",
        ),
        SHOPS[home()][row_no()][0],
    )
    weeks = 2 if rng.random() < 0.3 else 1
    days = tr(lg, "Mon Tue Wed Thu Fri Sat", "Mo Di Mi Do Fr Sa", "Lu Ma Me Je Ve Sa").split()
    for wn in range(weeks):
        start = wk + timedelta(days=7 * wn)
        p.text(m, y, tr(lg, "Week commencing", "Woche ab", "Semaine du") + " ", s.bold, 9)
        hand(p, m + 100, y, short(start, lg), 9)
        y += 16
        cols = columns(
            m, w - m, [(2.4, "left"), (1.2, "left"), (3, "left")] + [(0.6, "center")] * 6
        )
        p.line(m, y + 4, w - m, y + 4)
        for c, t in zip(
            cols,
            [
                tr(lg, "Item", "Objekt", "Élément"),
                tr(lg, "When", "Wann", "Fréquence"),
                tr(lg, "Method / chemical", "Verfahren / Mittel", "Méthode / produit"),
                *days,
            ],
            strict=True,
        ):
            p.text(
                c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
                y,
                t,
                s.bold,
                7.5,
                "left" if c[2] == "left" else "center",
            )
        y += 15
        for item, when, how in CLEAN[lg]:
            for c, t in zip(cols[:3], [item, when, how], strict=True):
                p.text(c[0], y, fit(t, s.font, 7.5, c[1] - c[0]), s.font, 7.5)
            weekly = when.lower().startswith(("week", "wöch", "hebdo"))
            wd = rng.randint(0, 5)
            for k, c in enumerate(cols[3:]):
                if (weekly and k != wd) or rng.random() < 0.05:
                    continue
                p.text(
                    (c[0] + c[1]) / 2,
                    y,
                    rng.choice(people) if rng.random() < 0.6 else "v",
                    HAND,
                    8,
                    "center",
                )
            p.line(m, y + 5, w - m, y + 5)
            y += 16
        for c in cols[1:]:
            p.line(c[0] - 2, y - 16 * len(CLEAN[lg]) - 11, c[0] - 2, y - 11)
        y += 10
        p.text(
            m,
            y,
            tr(
                lg, "Checked (manager):", "Kontrolle (Betriebsleitung):", "Contrôle (responsable) :"
            ),
            s.font,
            8,
        )
        scrawl(p, m + 150, y + 2, shop_staff("master"), 11)
        y += 30
    p.text(
        m,
        hh - 40,
        fit(
            tr(
                lg,
                "Sanitiser: 1 in 50 dilution, contact time 5 minutes "
                "(BS EN 1276). Colour-coded cloths: red raw, blue cooked.",
                "Desinfektionsmittel 2 %, Einwirkzeit 5 Min. Tücher: rot roh, blau gegart.",
                "Désinfectant dilué à 2 %, temps de contact 5 min. "
                "Lavettes : rouge cru, bleu cuit.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    remember(wk, None, None)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates MMMM: refrigeration, suppliers and by-products
# ---------------------------------------------------------------------------------------------

KIT = {
    "en": [
        "Walk-in cold room (meat)",
        "Serve-over counter 3.75 m",
        "Back-bar chiller",
        "Blast chiller 10 kg",
        "Chest freezer",
        "Dry-ageing cabinet",
    ],
    "de": [
        "Kühlzelle Fleisch",
        "Bedientheke 3,75 m",
        "Kühlschrank Wurstküche",
        "Schnellkühler",
        "Tiefkühltruhe",
        "Reifeschrank Dry Aged",
    ],
    "fr": [
        "Chambre froide viande",
        "Vitrine réfrigérée 3,75 m",
        "Armoire froide labo",
        "Cellule de refroidissement",
        "Congélateur coffre",
        "Cave de maturation",
    ],
}
GASES = [("R404A", 3922), ("R449A", 1397), ("R448A", 1387), ("R134a", 1430), ("R290", 3)]


def plant(who: Issuer) -> list[tuple[str, str, str, float, str]]:
    """The shop's refrigeration plant: (equipment, make/model, refrigerant, charge kg, serial)."""
    r = random.Random(zlib.crc32(f"whisk/plant/{SHOP['seed']}".encode()))
    out = []
    for e in r.sample(KIT[home()], 4):
        gas = (
            r.choice(GASES[:4])
            if "room" in e or "zelle" in e or "chambre" in e.lower()
            else r.choice(GASES)
        )
        charge = round(r.uniform(0.15, 0.6) if gas[0] == "R290" else r.uniform(1.2, 7.5), 2)
        out.append(
            (
                e,
                r.choice(
                    [
                        "Foster",
                        "Williams",
                        "Tecumseh",
                        "Bitzer",
                        "Danfoss",
                        "Viessmann",
                        "Costan",
                        "Hengel",
                    ]
                )
                + " "
                + serial(r, "AA-999"),
                gas[0],
                charge,
                serial(r, "99999999"),
            )
        )
    return out


def tpl_fridge_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A refrigeration engineer's service report (job sheet): visit fields, the type of visit,
    the equipment with set points and readings, a checklist, the work done in hand, parts and
    hours, both signatures; now and then a readings page behind."""
    sender = pick(who, "fridge")
    h = head_of(sender, "fridge")
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    eng = staff(h, "eng" + str(keyed(who, "eng").randrange(3)))
    no = serial(rng, "JS99999" if lg == "en" else "KD-99999" if lg == "de" else "BI 99999")
    f = sheets(s, h, f"{h.name} - {no}")
    f.page.text(
        w - m, f.y - 8, f"{tr(lg, 'Job no.', 'Auftrag', 'Bon n°')} {no}", s.bold, 11, "right"
    )
    caption(f, s, tr(lg, "SERVICE REPORT", "KUNDENDIENSTBERICHT", "RAPPORT D'INTERVENTION"), 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), SHOPS[home()][row_no()][0]),
            (tr(lg, "Site", "Einsatzort", "Site"), SHOPS[home()][row_no()][1]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (
                tr(lg, "Arrived", "Ankunft", "Arrivée"),
                f"{rng.randint(7, 15)}:{rng.choice(['05', '30', '50'])}",
            ),
            (
                tr(lg, "Departed", "Abfahrt", "Départ"),
                f"{rng.randint(15, 18)}:{rng.choice(['10', '25', '45'])}",
            ),
        ],
        per=2,
        tall=24,
    )
    kind = rng.choice([0, 0, 1, 2])
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(lg, "Planned maintenance", "Wartung", "Maintenance préventive"),
                tr(lg, "Breakdown", "Störung", "Dépannage"),
                tr(lg, "Out of hours call-out", "Notdienst", "Astreinte"),
                tr(lg, "Installation", "Montage", "Installation"),
            ],
            {kind},
        )
        + 4
    )
    eq = plant(who)
    cols = columns(
        m,
        w - m,
        [
            (3, "left"),
            (1.8, "left"),
            (0.9, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (0.9, "center"),
        ],
    )
    rows = []
    for e, mk, gas, _, _ in eq:
        sp = -20 if "reez" in e or "ruhe" in e or "ongél" in e else rng.choice([1, 2, 3])
        rows.append(
            [
                e,
                mk,
                gas,
                f"{sp}",
                kg(sp + rng.uniform(-0.8, 1.8), lg),
                rng.choice(["OK", "OK", "OK", tr(lg, "Attn", "Mangel", "À revoir")]),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Anlage", "Équipement"),
            tr(lg, "Make / model", "Fabrikat", "Marque / modèle"),
            tr(lg, "Gas", "Kältemittel", "Fluide"),
            tr(lg, "Set °C", "Soll °C", "Consigne"),
            tr(lg, "Actual °C", "Ist °C", "Mesure"),
            tr(lg, "Status", "Zustand", "État"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    checks = [
        tr(lg, "Condensers cleaned", "Verflüssiger gereinigt", "Condenseurs nettoyés"),
        tr(lg, "Drains cleared", "Abläufe frei", "Évacuations dégagées"),
        tr(lg, "Door seals checked", "Türdichtungen geprüft", "Joints contrôlés"),
        tr(lg, "Defrost checked", "Abtauung geprüft", "Dégivrage contrôlé"),
        tr(lg, "Electrical connections", "Elektr. Anschlüsse", "Connexions électriques"),
        tr(lg, "Leak test", "Dichtheitsprüfung", "Contrôle d'étanchéité"),
        tr(lg, "Controller / alarm", "Regler / Alarm", "Régulateur / alarme"),
    ]
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            checks,
            {k for k in range(len(checks)) if rng.random() < 0.8},
        )
        + 2
    )
    f.heading(
        m, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"), s.bold, s.size
    )
    done = [
        tr(
            lg,
            "Cold room running warm 7C, evap iced up - manual defrost, cleared drain line",
            "Kühlzelle 7C, Verdampfer vereist - abgetaut, Ablauf frei gemacht",
            "Chambre froide à 7C, évaporateur pris en glace - dégivrage, évacuation débouchée",
        ),
        tr(
            lg,
            "Replaced door heater strip on counter",
            "Türrahmenheizung Theke erneuert",
            "Remplacement cordon chauffant vitrine",
        ),
        tr(
            lg,
            "Condenser fan motor noisy - replaced",
            "Lüftermotor Verflüssiger getauscht",
            "Moteur ventilateur condenseur remplacé",
        ),
        tr(
            lg,
            "All units cleaned and checked, left working",
            "Alle Anlagen gereinigt, geprüft, in Betrieb",
            "Ensemble nettoyé, contrôlé, en fonctionnement",
        ),
        tr(
            lg,
            "Door seal on cold room torn - quote to follow",
            "Türdichtung Kühlzelle defekt - Angebot folgt",
            "Joint de porte chambre froide déchiré - devis à suivre",
        ),
    ]
    for t in rng.sample(done, rng.randint(2, 4)):
        f.need(16)
        hand(f.page, m + 4, f.y, t, 8.5, w - 2 * m - 8)
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 16
    f.y += 6
    parts = [
        (tr(lg, "Fan motor 10W", "Lüftermotor 10 W", "Moteur ventilateur 10 W"), 48.5),
        (tr(lg, "Door gasket", "Türdichtung", "Joint de porte"), 62.0),
        (tr(lg, "Contactor", "Schütz", "Contacteur"), 31.2),
        (
            tr(
                lg,
                "Refrigerant top-up (kg)",
                "Kältemittel nachgefüllt (kg)",
                "Complément fluide (kg)",
            ),
            85.0,
        ),
    ]
    used = rng.sample(parts, rng.randint(0, 2))
    if used:
        cols2 = columns(m, w * 0.6, [(3, "left"), (0.6, "right"), (1, "right")])
        table(
            f,
            cols2,
            [
                tr(lg, "Parts used", "Material", "Pièces"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            [[t, "1", money(v, lg)] for t, v in used],
            s,
            rules=True,
        )
    else:
        f.y += 18
    f.page.text(
        w * 0.65,
        f.y - 18,
        tr(lg, "Labour", "Arbeitszeit", "Main-d'oeuvre") + ": "
        f"{kg(rng.choice([1.5, 2.0, 2.5, 3.25]), lg, 2)} h",
        HAND,
        9,
    )
    f.need(70)
    f.y += 30
    sign_line(f.page, s, m, f.y, 170, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    cust = shop_staff(rng.choice(["master", "butcher1", "assistant"]))
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        170,
        tr(
            lg,
            "Customer - name and signature",
            "Kunde - Name und Unterschrift",
            "Client - nom et signature",
        ),
        cust,
    )
    hand(f.page, w / 2 + 14, f.y + 22, cust, 8)
    f.y += 36
    pages = f.pages
    if rng.random() < 0.35:
        g = sheets(s, h, f"{h.name} - {no}", top=False)
        caption(
            g, s, tr(lg, "Plant readings", "Messwerte der Anlagen", "Relevés des installations"), 1
        )
        cols3 = columns(
            m,
            w - m,
            [
                (2.6, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
            ],
        )
        rows3 = []
        for e, _, gas, _, _ in eq:
            rows3.append(
                [
                    e,
                    gas,
                    f"{rng.uniform(0.8, 3.5):.1f}",
                    f"{rng.uniform(12, 19):.1f}",
                    f"{rng.uniform(4, 9):.1f}",
                    f"{rng.uniform(2, 6):.1f}",
                    f"{rng.uniform(3.8, 11):.1f}",
                ]
            )
        table(
            g,
            cols3,
            [
                tr(lg, "Unit", "Anlage", "Équipement"),
                tr(lg, "Gas", "KM", "Fluide"),
                tr(lg, "Suction bar", "Saugdr. bar", "BP bar"),
                tr(lg, "Discharge bar", "Hochdr. bar", "HP bar"),
                tr(lg, "Superheat K", "Überhitz. K", "Surchauffe K"),
                tr(lg, "Subcool K", "Unterk. K", "Sous-refr. K"),
                tr(lg, "Amps", "Strom A", "Intensité A"),
            ],
            rows3,
            s,
            rules=True,
        )
        g.y += 6
        write(g, s, prose(rng, lg, "fridge", 1, 3), s.size - 1)
        pages += g.pages
    received(rng, pages[0], d, 0.2)
    remember(d, {"eq": eq, "eng": eng}, sender)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else None)


def tpl_fgas(rng: random.Random, who: Issuer) -> list[Page]:
    """An F-gas leak check record for one installation: England's refrigerant log form, the
    German Dichtheitsprüfprotokoll, or France's Cerfa 15497 'fiche d'intervention' with its
    numbered boxes: operator and certificate, equipment, refrigerant, charge, CO2 equivalent,
    detector, result, refrigerant added or recovered, signatures."""
    sender = pick(who, "fridge")
    if after(("fridge_service", "fgas")) and isinstance(LAST["sender"], tuple):
        sender = LAST["sender"]  # type: ignore[assignment]
    h = head_of(sender, "fridge")
    lg = h.lang
    x = LAST["extra"] if after(("fridge_service", "fgas")) else None
    eq = plant(who)
    d = last_day(rng, ("fridge_service", "fgas"), (0, 0))
    eng = str(x["eng"]) if isinstance(x, dict) else staff(h, "eng0")
    e, mk, gas, charge, sn = rng.choice([q for q in eq if q[2] != "R290"] or eq)
    gwp = dict(GASES)[gas]
    co2 = round(charge * gwp / 1000, 2)
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    p = Page((w, hh))
    leak = rng.random() < 0.15
    added = round(rng.uniform(0.3, 1.2), 2) if leak else 0.0
    if lg == "fr":
        p.text(m, m - 8, "cerfa", "Helvetica-Bold", 11)
        p.text(m, m + 2, "N° 15497*04", "Helvetica", 7)
        p.text(w / 2 + 20, m - 4, "FICHE D'INTERVENTION", "Helvetica-Bold", 13, "center")
        p.text(
            w / 2 + 20,
            m + 8,
            "Équipements contenant des fluides frigorigènes",
            "Helvetica",
            8,
            "center",
        )
        p.text(w - m, m - 8, f"N° {serial(rng, '999999')}", "Helvetica", 8, "right")
        y = m + 26
        boxes = [
            (
                "1. Opérateur",
                [
                    ("Nom", h.name),
                    ("N° d'attestation de capacité", serial(keyed(who, "att"), "AA-999-99")),
                    ("Adresse", f"{h.street}, {h.town}"),
                    ("Technicien", eng),
                ],
            ),
            (
                "2. Détenteur",
                [
                    ("Nom", SHOPS[home()][row_no()][0]),
                    ("Adresse", f"{SHOPS[home()][row_no()][1]}, {SHOPS[home()][row_no()][2]}"),
                ],
            ),
            (
                "3. Équipement",
                [
                    ("Identification", f"{e} - {mk}"),
                    ("N° de série", sn),
                    ("Fluide", gas),
                    ("Charge totale (kg)", kg(charge, lg, 2)),
                    ("Tonnes éq. CO2", kg(co2, lg, 2)),
                    ("PRP", str(gwp)),
                ],
            ),
        ]
        for t, items in boxes:
            y = band(p, s, y, t) + 4
            y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=22)
        y = band(p, s, y, "4. Nature de l'intervention") + 6
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                "Assemblage",
                "Mise en service",
                "Modification",
                "Maintenance",
                "Contrôle d'étanchéité périodique",
                "Contrôle non périodique",
                "Démantèlement",
                "Autre",
            ],
            {4 if not leak else 5},
        )
        y = band(p, s, y, "5. Détecteur manuel de fuite") + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Identification", serial(keyed(who, "det"), "AAA-9999")),
                ("Contrôlé le", short(d - timedelta(days=rng.randint(40, 300)), lg)),
            ],
            per=2,
            tall=22,
        )
        y = band(p, s, y, "6. Fuites constatées") + 6
        y = ticks(p, s, m, y, w - 2 * m, ["Non", "Oui"], {1 if leak else 0})
        if leak:
            hand(p, m, y, "Raccord dudgeon vanne BP - resserré, contrôlé étanche", 8.5)
            y += 14
        y = band(p, s, y, "7. Manipulation du fluide") + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Quantité chargée (kg)", kg(added, lg, 2)),
                ("dont fluide vierge", kg(added, lg, 2)),
                ("Quantité récupérée (kg)", "0"),
                ("BSFF n°", ""),
            ],
            per=4,
            tall=22,
        )
        y += 10
        sign_line(p, s, m, y + 20, 200, "Opérateur - date, nom, signature", eng)
        hand(p, m + 140, y + 16, short(d, lg), 8)
        sign_line(
            p,
            s,
            w / 2 + 10,
            y + 20,
            200,
            "Détenteur - nom, signature",
            shop_staff("master"),
            rng.random() < 0.8,
        )
        p.text(m, hh - 24, "Exemplaire 2 - détenteur", "Helvetica", 7)
    else:
        y = heading(p, s, h)
        title = tr(lg, "F-GAS LEAK CHECK RECORD", "PRÜFPROTOKOLL DICHTHEITSKONTROLLE", "")
        sub = tr(
            lg,
            "Regulation (EU) 2024/573 as retained - refrigerant log entry",
            "nach Art. 5 Verordnung (EU) 2024/573 - Eintrag Anlagenlogbuch",
            "",
        )
        y = form_top(p, s, title, sub, y)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Operator (site)", "Betreiber", ""), SHOPS[home()][row_no()][0]),
                (tr(lg, "Site address", "Standort", ""), SHOPS[home()][row_no()][2]),
                (tr(lg, "Equipment", "Anlage", ""), e),
                (tr(lg, "Make / model / serial", "Hersteller / Typ / Nr.", ""), f"{mk} / {sn}"),
                (tr(lg, "Refrigerant", "Kältemittel", ""), gas),
                (tr(lg, "Charge (kg)", "Füllmenge (kg)", ""), kg(charge, lg, 2)),
                (tr(lg, "GWP", "GWP", ""), str(gwp)),
                (tr(lg, "t CO2 equivalent", "t CO2-Äquivalent", ""), kg(co2, lg, 2)),
                (
                    tr(lg, "Check interval", "Prüfintervall", ""),
                    tr(
                        lg,
                        "12 months" if co2 < 50 else "6 months",
                        "12 Monate" if co2 < 50 else "6 Monate",
                        "",
                    ),
                ),
                (tr(lg, "Date of check", "Datum der Prüfung", ""), short(d, lg)),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, tr(lg, "Method", "Prüfverfahren", "")) + 6
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Direct (electronic detector)", "direkt (elektronisches Lecksuchgerät)", ""),
                tr(lg, "Indirect (system parameters)", "indirekt (Betriebsparameter)", ""),
                tr(lg, "Bubble solution", "Lecksuchspray", ""),
            ],
            {0} if rng.random() < 0.8 else {0, 2},
        )
        y = band(p, s, y, tr(lg, "Result", "Ergebnis", "")) + 6
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "No leak found", "dicht", ""),
                tr(lg, "Leak found and repaired", "Undichtheit festgestellt und beseitigt", ""),
                tr(lg, "Follow-up check within 1 month", "Nachprüfung innerhalb 1 Monat", ""),
            ],
            {1, 2} if leak else {0},
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Refrigerant added (kg)", "Nachgefüllt (kg)", ""), kg(added, lg, 2)),
                (tr(lg, "Refrigerant recovered (kg)", "Zurückgewonnen (kg)", ""), "0"),
                (tr(lg, "Leak location", "Leckstelle", ""), "Schrader valve LP" if leak else "-"),
                (
                    tr(lg, "Detector serial / calibrated", "Lecksuchgerät / kalibriert", ""),
                    f"{serial(keyed(who, 'det'), 'AA9999')} / "
                    f"{short(d - timedelta(days=rng.randint(40, 300)), lg)}",
                ),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, tr(lg, "Engineer", "Sachkundiges Personal", "")) + 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", ""), eng),
                (
                    tr(lg, "F-gas certificate no.", "Sachkundebescheinigung Nr.", ""),
                    serial(keyed(who, "cert" + eng), "999999/99"),
                ),
            ],
            per=2,
            tall=24,
        )
        y += 10
        sign_line(
            p, s, m, y + 16, 180, tr(lg, "Engineer's signature", "Unterschrift Prüfer", ""), eng
        )
        sign_line(
            p,
            s,
            w / 2 + 10,
            y + 16,
            180,
            tr(lg, "Operator's signature", "Unterschrift Betreiber", ""),
            shop_staff("master"),
            rng.random() < 0.6,
        )
        p.text(
            m,
            y + 50,
            fit(
                tr(
                    lg,
                    "Keep this record for at least five years.",
                    "Aufbewahrung mindestens fünf Jahre.",
                    "",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    remember(d, {"eq": eq, "eng": eng}, sender)
    return close([p], s, h, numbers="none")


GOODS = {
    "en": [
        ("Natural hog casings 32/35 mm (hank)", 22.5, "hank", 0),
        ("Sheep casings 22/24 mm (hank)", 31.0, "hank", 0),
        ("Collagen casings 21 mm (box of 40)", 38.9, "box", 0),
        ("Traditional pork sausage seasoning 2.27 kg", 14.2, "bag", 0),
        ("Cumberland seasoning 2.27 kg", 15.4, "bag", 0),
        ("Dry cure mix for bacon 5 kg", 18.6, "bag", 0),
        ("Pinhead rusk 10 kg", 12.9, "sack", 0),
        ("Black pudding mix 5 kg", 21.0, "bag", 0),
        ("Burger seasoning gluten free 2 kg", 16.8, "bag", 0),
        ("Butchers' string 2 kg cone", 9.6, "cone", 20),
        ("Vacuum pouches 250x350 (1000)", 42.0, "box", 20),
        ("Meat trays black 8x10 (500)", 36.5, "box", 20),
        ("Blue nitrile gloves L (100)", 5.9, "box", 20),
        ("Boning knife 15 cm", 18.4, "each", 20),
        ("Price tickets and spikes", 7.5, "set", 20),
        ("Greaseproof sheets 10x15 in (1000)", 11.2, "box", 20),
    ],
    "de": [
        ("Schweinedärme 28/30 (Bund)", 24.9, "Bund", 7),
        ("Saitlinge 20/22 (Bund)", 29.5, "Bund", 7),
        ("Kranzdärme Rind 43/46", 1.35, "Stk", 7),
        ("Nitritpökelsalz 0,5 % 25 kg", 19.8, "Sack", 7),
        ("Bratwurstgewürz fränkisch 1 kg", 13.6, "Beutel", 7),
        ("Leberwurstgewürz 1 kg", 15.2, "Beutel", 7),
        ("Wiener Würstchen Gewürz 1 kg", 14.4, "Beutel", 7),
        ("Kutterhilfsmittel 1 kg", 8.9, "Beutel", 7),
        ("Kunstdarm Kaliber 60 (100 St.)", 27.0, "Pak", 19),
        ("Vakuumbeutel 200x300 (1000)", 38.0, "Karton", 19),
        ("Einweghandschuhe Nitril M (100)", 5.4, "Box", 19),
        ("Ausbeinmesser 15 cm", 17.9, "Stk", 19),
        ("Wurstgarn weiß 1 kg", 8.4, "Rolle", 19),
        ("Metzgerpapier 25x37 (10 kg)", 22.0, "Pak", 19),
    ],
    "fr": [
        ("Boyaux de porc 34/36 (manne)", 26.0, "manne", 5.5),
        ("Boyaux de mouton 22/24 (manne)", 32.0, "manne", 5.5),
        ("Chaudins de porc pour boudin", 19.5, "kg", 5.5),
        ("Sel nitrité 0,6 % 25 kg", 18.9, "sac", 5.5),
        ("Mélange chipolatas 1 kg", 12.8, "sachet", 5.5),
        ("Épices merguez 1 kg", 14.9, "sachet", 5.5),
        ("Épices pâté de campagne 1 kg", 13.4, "sachet", 5.5),
        ("Quatre-épices moulu 500 g", 9.6, "pot", 5.5),
        ("Ficelle de boucher 1 kg", 8.9, "bobine", 20),
        ("Sachets sous vide 200x300 (1000)", 39.0, "carton", 20),
        ("Barquettes noires (500)", 34.5, "carton", 20),
        ("Gants nitrile L (100)", 5.7, "boîte", 20),
        ("Couteau à désosser 14 cm", 19.9, "pièce", 20),
        ("Papier boucherie (10 kg)", 21.5, "colis", 20),
    ],
}


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A spice, casing and sundries supplier's invoice: delivery and order references, item
    codes, quantities and prices at the food and the standard VAT rate, lines running over pages
    with a running header; an intra-EU or export note from abroad; now and then the conditions
    of sale behind."""
    sender = pick(who, "supplier", abroad=0.3)
    h = head_of(sender, "supplier")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "letter").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "INV-999999" if lg == "en" else "RE 2999999" if lg == "de" else "FC-99999")
    foreign = lg != home()
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {short(d, lg)}")
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "cust"), "K99999"),
            ),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "999999")),
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
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (4.2, "left"),
            (0.8, "right"),
            (0.9, "left"),
            (1, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
    )
    items = rng.sample(GOODS[lg], rng.randint(4, min(14, len(GOODS[lg]))))
    if rng.random() < 0.3:
        items = items + rng.sample(GOODS[lg], rng.randint(4, 10))
    rows = []
    lines: list[tuple[float, float]] = []
    for t, pr, unit, rate in items:
        q = rng.choice([1, 1, 2, 2, 3, 4, 5, 10])
        pr2 = round(pr * rng.uniform(0.95, 1.08), 2)
        v = round(q * pr2, 2)
        r_ = 0.0 if foreign else float(rate)
        rows.append(
            [serial(rng, "99-9999"), t, str(q), unit, money(pr2, lg), f"{r_:g}", money(v, lg)]
        )
        lines.append((v, r_))
    if rng.random() < 0.5:
        v = rng.choice([7.5, 9.95, 12.0, 14.5])
        rows.append(
            [
                "",
                tr(lg, "Carriage (chilled courier)", "Versandkosten", "Frais de port"),
                "1",
                "",
                money(v, lg),
                "0" if foreign else f"{vat_std(lg):g}",
                money(v, lg),
            ]
        )
        lines.append((v, 0.0 if foreign else vat_std(lg)))
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "VAT%", "USt%", "TVA%"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if keyed(who, "shade").random() < 0.5 else None,
        rules=keyed(who, "r").random() < 0.5,
    )
    totals(f, s, lg, lines)
    f.y += 8
    if foreign:
        write(
            f,
            s,
            tr(
                lg,
                "Export of goods - zero-rated. Customer VAT no. quoted above.",
                "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG) bzw. "
                "Ausfuhrlieferung. Steuerschuldnerschaft des Leistungsempfängers.",
                "Exonération de TVA, art. 262 ter I du CGI - livraison intracommunautaire.",
            ),
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: 30 days net. {bank_line(keyed(who, 'bank'), lg)}. "
            "Lot numbers are printed on the delivery note.",
            f"Zahlbar innerhalb 30 Tagen netto, 8 Tage 2 % Skonto. "
            f"{bank_line(keyed(who, 'bank'), lg)}. Chargennummern siehe Lieferschein.",
            f"Règlement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux "
            f"d'intérêt légal ; indemnité forfaitaire de recouvrement 40 €. "
            f"{bank_line(keyed(who, 'bank'), lg)}.",
        ),
        s.size - 1.5,
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
                tr(
                    lg,
                    "Orders|Prices|Delivery|Chilled goods|Risk|Retention of "
                    "title|Payment|Claims|Liability|Law",
                    "Geltung|Preise|Lieferung|Kühlware|Gefahrübergang|"
                    "Eigentumsvorbehalt|Zahlung|Mängelrüge|Haftung|Gerichtsstand",
                    "Commandes|Prix|Livraison|Produits frais|Transfert des "
                    "risques|Réserve de propriété|Paiement|Réclamations|"
                    "Responsabilité|Juridiction",
                ).split("|"),
            )
        )
    received(rng, pages[0], d)
    remember(d, None, sender)
    return close(pages, s, h, numbers=None if len(pages) > 1 else "none")


# ---------------------------------------------------------------------------------------------
# Templates MMMM: catering, trade customers, by-products and card takings
# ---------------------------------------------------------------------------------------------

MENUS = {
    "en": [
        ("Hog roast with stuffing, apple sauce, crackling, rolls", 11.5),
        ("BBQ: steak burgers, pork sausages, chicken kebabs", 9.8),
        ("Cold buffet: roast beef, honey-roast ham, pork pie", 12.5),
        ("Lamb spit roast with mint sauce and flatbreads", 14.0),
        ("Sausage rolls and Scotch eggs platter (per 10)", 18.0),
    ],
    "de": [
        ("Spanferkel vom Grill mit Kruste und Soße", 16.5),
        ("Grillbuffet: Rostbratwurst, Steaks, Spieße", 13.8),
        ("Kaltes Buffet: Braten, Schinken, Wurstplatte", 15.5),
        ("Warmes Buffet: Schweinebraten, Rinderroulade, Klöße", 19.5),
        ("Schnittchenplatte (je 20 Stück)", 32.0),
    ],
    "fr": [
        ("Cochon de lait à la broche, jus, pommes grenaille", 17.5),
        ("Méchoui d'agneau, semoule, légumes", 19.0),
        ("Buffet froid : rôti, jambon, terrines maison", 15.5),
        ("Barbecue : brochettes, merguez, chipolatas", 12.5),
        ("Plateau apéritif charcuterie (pour 10)", 29.0),
    ],
}


def customer(who: Issuer) -> list[str]:
    return customer_r(keyed(who, "customer"))


def customer_r(r: random.Random) -> list[str]:
    lg = home()
    name = person(r, lg)
    road = r.choice(ROADS[lg])
    no = r.randint(1, 60)
    return [
        name,
        f"{road} {no}" if lg == "de" else f"{no} {road}",
        r.choice(TOWNS[lg][row_no()]),
        f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        if lg == "en"
        else f"01{r.randint(51, 79)} {r.randint(1000000, 9999999)}"
        if lg == "de"
        else f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    ]


def tpl_catering_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's catering order on the shop's preprinted order form, filled in by hand: the
    customer, the event and its type ticked, guests, the menu lines with numbers, extras,
    dietary notes, the deposit, the signature and the shop's office box; now and then the
    booking terms signed on a second page."""
    h = shop_head()
    lg = h.lang
    size = A4 if rng.random() < 0.7 else A5
    s = style_of(h, size, margin=40 if size == A4 else 28, pt=9 if size == A4 else 8)
    w, hh = s.page_size
    m = s.margin
    cu = customer(who)
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(14, 120))
    guests = rng.choice([40, 60, 80, 100, 120, 150, 30, 25])
    p = Page((w, hh))
    y = heading(p, s, h)
    y = form_top(
        p,
        s,
        tr(lg, "Catering order form", "Auftrag Partyservice", "Bon de commande traiteur"),
        tr(
            lg,
            "Please complete and return with your deposit",
            "Bitte ausfüllen und mit Anzahlung abgeben",
            "À compléter et retourner avec l'acompte",
        ),
        y,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), cu[0]),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), cu[3]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{cu[1]}, {cu[2]}"),
            (tr(lg, "Date of event", "Datum der Feier", "Date de l'événement"), short(ev, lg)),
            (
                tr(lg, "Venue", "Ort der Feier", "Lieu"),
                rng.choice(
                    [
                        tr(lg, "Village hall", "Gemeindehalle", "Salle des fêtes"),
                        tr(lg, "Marquee at home", "Zelt im Garten", "Sous chapiteau, domicile"),
                        tr(lg, "Cricket club", "Sportheim", "Salle communale"),
                    ]
                ),
            ),
            (tr(lg, "Number of guests", "Anzahl Gäste", "Nombre de convives"), str(guests)),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    evs = [
        tr(lg, "Wedding", "Hochzeit", "Mariage"),
        tr(lg, "Birthday", "Geburtstag", "Anniversaire"),
        tr(lg, "Christening", "Taufe", "Baptême"),
        tr(lg, "Funeral", "Trauerfeier", "Obsèques"),
        tr(lg, "Company", "Firmenfeier", "Entreprise"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    y = ticks(p, s, m, y, w - 2 * m, evs, {rng.randrange(len(evs))}) + 2
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.2, "right")])
    p.line(m, y + 4, w - m, y + 4)
    for c, t in zip(
        cols,
        [
            tr(lg, "Menu", "Menü", "Menu"),
            tr(lg, "No.", "Anzahl", "Nb"),
            tr(lg, "Price/head", "Preis p.P.", "Prix/pers."),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            7.5,
            "left" if c[2] == "left" else "right",
        )
    y += 14
    chosen = []
    for t, pr in MENUS[lg]:
        on = rng.random() < 0.4 or (not chosen and t == MENUS[lg][-1][0])
        box(p, m, y, on, 7)
        p.text(m + 12, y, fit(t, s.font, 7.5, cols[0][1] - m - 14), s.font, 7.5)
        p.text(cols[2][1], y, money(pr, lg), s.font, 7.5, "right")
        if on:
            q = guests if pr < 25 else max(1, guests // 10)
            hand(p, cols[1][1] - tw(str(q), HAND, 8.5), y, str(q), 8.5)
            chosen.append((t, pr, q))
        y += 14
    y += 4
    extras = [
        tr(lg, "Serving staff", "Servicepersonal", "Personnel de service"),
        tr(lg, "Carver on the day", "Tranchierer vor Ort", "Découpe sur place"),
        tr(lg, "Plates and cutlery", "Geschirr und Besteck", "Vaisselle"),
        tr(lg, "Delivery", "Lieferung", "Livraison"),
        tr(lg, "Collection", "Abholung", "Retrait en boutique"),
    ]
    on = {k for k in range(len(extras)) if rng.random() < 0.4}
    y = ticks(p, s, m, y, w - 2 * m, extras, on, pt=7.5) + 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Dietary requirements / allergies:",
            "Unverträglichkeiten / Allergien:",
            "Régimes / allergies :",
        ),
        s.font,
        7.5,
    )
    hand(
        p,
        m + 150,
        y,
        rng.choice(
            [
                tr(
                    lg,
                    "2 vegetarian, 1 gluten free",
                    "3 vegetarisch",
                    "2 végétariens, 1 sans gluten",
                ),
                tr(lg, "none", "keine", "aucun"),
                tr(lg, "1 coeliac - separate rolls please", "1x glutenfrei bitte", "1 sans porc"),
            ]
        ),
        8.5,
        w - 2 * m - 150,
    )
    y += 18
    dep = rng.choice([50.0, 100.0, 150.0, 200.0, 250.0])
    p.text(m, y, tr(lg, "Deposit paid:", "Anzahlung:", "Acompte versé :"), s.font, 8)
    hand(p, m + 80, y, cash(dep, lg), 9)
    ticks(
        p,
        s,
        m + 160,
        y,
        w - 2 * m - 160,
        [
            tr(lg, "Cash", "bar", "espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Transfer", "Überweisung", "virement"),
        ],
        {rng.randrange(3)},
        pt=7,
    )
    y += 34
    sign_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Customer's signature", "Unterschrift Auftraggeber", "Signature du client"),
        cu[0],
    )
    hand(p, m + 200, y - 2, short(d, lg), 8.5)
    y += 24
    if y < hh - 60:
        p.rect(m, y, w - 2 * m, 36)
        p.text(
            m + 4, y + 10, tr(lg, "Office use", "Vermerke Metzgerei", "Cadre réservé"), s.bold, 7
        )
        hand(
            p,
            m + 8,
            y + 26,
            f"{initials(shop_staff('assistant'))}  "
            f"{tr(lg, 'rec', 'Quittung', 'reçu')} {rng.randint(100, 999)}",
            8.5,
        )
    pages = [p]
    if rng.random() < 0.3:
        tp = small_print(
            rng,
            s,
            h,
            tr(lg, "Terms of booking", "Bedingungen Partyservice", "Conditions de réservation"),
            tr(
                lg,
                "Booking|Deposit|Final numbers|Cancellation|Equipment|Allergens"
                "|Leftover food|Payment",
                "Auftrag|Anzahlung|Personenzahl|Storno|Leihgeschirr|Allergene|Speisereste|Zahlung",
                "Commande|Acompte|Effectif|Annulation|Matériel|Allergènes|Restes|Paiement",
            ).split("|"),
            "legal",
        )
        tw_, th_ = tp.size
        scrawl(tp, th_ * 0 + tw_ - 200, th_ - 70, cu[0])
        tp.text(
            tw_ - 200,
            th_ - 58,
            tr(lg, "Read and agreed", "Gelesen und einverstanden", "Lu et approuvé"),
            HAND,
            8,
        )
        pages.append(tp)
    remember(d, {"cu": cu, "ev": ev, "guests": guests, "chosen": chosen, "dep": dep}, None)
    return pages


def tpl_catering_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's invoice for a catering job: the event, the menu per head, extras, staff and
    delivery, VAT at the standard rate, the deposit taken off and the balance with the bank
    details."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    x = LAST["extra"] if after(("catering_order",)) else None
    if isinstance(x, dict):
        cu, ev, guests = list(x["cu"]), x["ev"], int(x["guests"])  # type: ignore[call-overload]
        chosen = list(x["chosen"])  # type: ignore[call-overload]
        dep = float(x["dep"])  # type: ignore[arg-type]
    else:
        cu = customer_r(random.Random(rng.random()))
        ev = some_day(rng) - timedelta(days=rng.randint(2, 10))
        guests = rng.choice([30, 45, 60, 80, 100])
        t, pr = rng.choice(MENUS[lg][:4])
        chosen = [(t, pr, guests)]
        dep = rng.choice([0.0, 100.0, 150.0])
    assert isinstance(ev, date)
    d = ev + timedelta(days=rng.randint(1, 5))
    no = f"{month().year % 100}{keyed(who, 'inv').randint(100, 400) + rng.randint(0, 60):04d}"
    f = sheets(s, h)
    recipient(f, s, h, cu[:3], d, [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - catering on {short(ev, lg)}",
            f"Rechnung - Partyservice am {short(ev, lg)}",
            f"Facture - prestation traiteur du {short(ev, lg)}",
        ),
        2,
    )
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.2, "right"), (1.4, "right")])
    rows = []
    lines: list[tuple[float, float]] = []
    rate = {"en": 20.0, "de": 19.0, "fr": 10.0}[lg]
    for t, pr, q in chosen:
        v = round(float(pr) * int(q), 2)
        rows.append([str(t), str(q), money(float(pr), lg), money(v, lg)])
        lines.append((v, rate))
    for t, v in [
        (
            tr(
                lg,
                "Serving staff (2 x 5 h)",
                "Servicepersonal 2 x 5 Std.",
                "Personnel de service 2 x 5 h",
            ),
            180.0,
        ),
        (
            tr(lg, "Delivery and set-up", "Anlieferung und Aufbau", "Livraison et installation"),
            35.0,
        ),
        (tr(lg, "Crockery hire", "Leihgeschirr", "Location vaisselle"), round(guests * 0.9, 2)),
    ]:
        if rng.random() < 0.45:
            rows.append([t, "1", money(v, lg), money(v, lg)])
            lines.append((v, rate))
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U."),
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
        lines,
        (tr(lg, "Less deposit received", "abzgl. Anzahlung", "Acompte reçu"), dep) if dep else None,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for choosing us for your event. Please pay within 14 days to "
            f"{bank_line(keyed(who, 'bank'), lg)}, quoting {no}.",
            f"Vielen Dank für Ihren Auftrag. Bitte überweisen Sie den Betrag innerhalb 14 "
            f"Tagen auf {bank_line(keyed(who, 'bank'), lg)}.",
            f"Merci de votre confiance. Règlement à réception par virement : "
            f"{bank_line(keyed(who, 'bank'), lg)}.",
        ),
        s.size - 1,
    )
    remember(d, None, None)
    return close(f.pages, s, h, numbers="none")


def trade_of(who: Issuer) -> tuple[Row, str]:
    r = keyed(who, "trade")
    return r.choice(SENDERS["trade"][home()]), home()


CUTS = {
    "en": [
        ("Sirloin steak, dry-aged 28 days", "8 oz portions", "kg", 28.5),
        ("Rump steak", "trimmed", "kg", 19.8),
        ("Beef mince 15% fat", "2.5 kg vac", "kg", 9.2),
        ("Pork sausages, traditional", "8 per lb", "kg", 8.4),
        ("Lamb shanks", "400-450 g", "each", 6.1),
        ("Pork belly, boneless", "skin on", "kg", 9.9),
        ("Chicken supremes", "180-200 g", "kg", 11.8),
        ("Back bacon, dry cured", "sliced", "kg", 13.5),
        ("Braising steak", "diced 25 mm", "kg", 13.9),
        ("Black pudding", "2 lb ring", "each", 6.8),
    ],
    "de": [
        ("Rumpsteak dry aged", "Portionen 250 g", "kg", 34.5),
        ("Rinderhackfleisch", "2,5 kg vakuumiert", "kg", 10.9),
        ("Schweinebraten aus der Schulter", "ohne Knochen", "kg", 9.8),
        ("Rostbratwurst", "je 100 g", "kg", 11.2),
        ("Kalbsrücken", "pariert", "kg", 39.0),
        ("Schweinebauch", "mit Schwarte", "kg", 8.9),
        ("Leberkäse", "Laib 3 kg", "kg", 10.4),
        ("Rinderroulade", "geschnitten", "kg", 19.5),
        ("Schinkenspeck", "am Stück", "kg", 16.8),
    ],
    "fr": [
        ("Entrecôte maturée", "portions 300 g", "kg", 36.0),
        ("Steak haché 15 % MG", "10 x 125 g", "kg", 14.5),
        ("Épaule d'agneau désossée", "ficelée", "kg", 21.0),
        ("Saucisse de Toulouse", "boudin de 2 kg", "kg", 11.9),
        ("Joue de boeuf", "parée", "kg", 17.5),
        ("Poitrine de porc", "fraîche", "kg", 9.6),
        ("Jambon blanc supérieur", "à la coupe", "kg", 18.9),
        ("Bavette d'aloyau", "parée", "kg", 26.5),
        ("Boudin noir", "à la pièce", "pièce", 3.2),
    ],
}
CLAUSES = {
    "en": [
        "Supply of products",
        "Orders",
        "Delivery",
        "Quality and specification",
        "Traceability and labelling",
        "Prices and review",
        "Invoicing and payment",
        "Returns and credit",
        "Term and termination",
        "Liability",
        "General",
    ],
    "de": [
        "Vertragsgegenstand",
        "Bestellungen",
        "Lieferung",
        "Qualität und Spezifikation",
        "Rückverfolgbarkeit und Kennzeichnung",
        "Preise und Preisanpassung",
        "Rechnung und Zahlung",
        "Reklamationen",
        "Laufzeit und Kündigung",
        "Haftung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Livraisons",
        "Qualité et cahier des charges",
        "Traçabilité et étiquetage",
        "Prix et révision",
        "Facturation et paiement",
        "Réclamations et avoirs",
        "Durée et résiliation",
        "Responsabilité",
        "Dispositions générales",
    ],
}


def tpl_supply_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's wholesale supply agreement with a pub or restaurant: parties, numbered clauses
    over one or two pages, the price schedule on a landscape page and a signature page signed by
    both, now and then an order and delivery day sheet."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    tr_ = trade_of(who)
    d = some_day(rng)
    title = tr(
        lg,
        "Wholesale Supply Agreement",
        "Liefervereinbarung Gastronomie",
        "Contrat d'approvisionnement - restauration",
    )
    f = sheets(s, h, f"{title} - {tr_[0][0]}")
    caption(f, s, title, 4)
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size)
    for who_, what in [
        (
            h.name + ", " + h.street + ", " + h.town,
            tr(
                lg, '("the Supplier")', '(nachfolgend "Lieferant")', "(ci-après « le Fournisseur »)"
            ),
        ),
        (
            f"{tr_[0][0]}, {tr_[0][1]}, {tr_[0][2]}",
            tr(lg, '("the Customer")', '(nachfolgend "Abnehmer")', "(ci-après « le Client »)"),
        ),
    ]:
        f.para(m + 20, w - 2 * m - 20, f"{who_} {what}", s.bold, s.size, 0.5)
    f.y += 6
    for k, t in enumerate(CLAUSES[lg][: rng.randint(7, 11)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        if k == 2:
            write(
                f,
                s,
                tr(
                    lg,
                    "Orders placed by 2 pm are delivered the next working day "
                    "(Tuesday to Saturday) in the Supplier's refrigerated van at 0-5 C.",
                    "Bestellungen bis 14 Uhr werden am nächsten Werktag (Di-Sa) im "
                    "Kühlfahrzeug bei 0-4 C geliefert.",
                    "Les commandes passées avant 14 h sont livrées le lendemain (mardi au "
                    "samedi) en véhicule frigorifique (0 à +4 C).",
                ),
                s.size - 0.5,
            )
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = close(f.pages, s, h, numbers=tr(lg, "Page {i}", "Seite {i}", "Page {i}"))
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 44,
        lambda p, k: (
            running_header(p, s2, f"{title} - {tr(lg, 'Schedule 1', 'Anlage 1', 'Annexe 1')}") + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            f"Schedule 1 - Products and prices (from {short(d, lg)})",
            f"Anlage 1 - Artikel und Preise (gültig ab {short(d, lg)})",
            f"Annexe 1 - Produits et tarifs (à compter du {short(d, lg)})",
        ),
        2,
    )
    cols = columns(
        44,
        w2 - 44,
        [(0.8, "left"), (4, "left"), (2.4, "left"), (0.8, "left"), (1.2, "right"), (2.4, "left")],
    )
    rows = []
    for t, spec, unit, pr in rng.sample(CUTS[lg], rng.randint(6, len(CUTS[lg]))):
        rows.append(
            [
                serial(rng, "A999"),
                t,
                spec,
                unit,
                money(pr * rng.uniform(0.85, 0.95), lg),
                rng.choice(
                    [
                        "",
                        tr(lg, "min. 5 kg", "Mindestmenge 5 kg", "min. 5 kg"),
                        tr(lg, "48 h notice", "2 Tage Vorlauf", "préavis 48 h"),
                    ]
                ),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Code", "Art.", "Réf."),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Specification", "Spezifikation", "Spécification"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Price ex VAT", "Preis netto", "Prix HT"),
            tr(lg, "Notes", "Hinweis", "Remarques"),
        ],
        rows,
        s2,
        shade=0.88,
        rules=True,
    )
    g.y += 8
    write(
        g,
        s2,
        tr(
            lg,
            "Prices are reviewed quarterly in line with deadweight prices.",
            "Preisanpassung quartalsweise entsprechend der Schlachtviehnotierung.",
            "Révision trimestrielle selon les cotations.",
        ),
        8.5,
    )
    pages += g.pages
    sp = Page((w, hh))
    y = m + 20
    sp.text(
        m,
        y,
        tr(
            lg,
            "Signed for and on behalf of the parties",
            "Unterschriften",
            "Fait en deux exemplaires",
        ),
        s.bold,
        s.size + 1,
    )
    y += 60
    for k, (nm, who_) in enumerate(
        [(shop_staff("master"), h.name), (staff(head_of(tr_, "trade"), "owner"), tr_[0][0])]
    ):
        x0 = m if k == 0 else w / 2 + 10
        hand(
            sp,
            x0,
            y - 30,
            f"{tr(lg, 'Date', 'Datum', 'Le')}: "
            f"{short(d + timedelta(days=k * rng.randint(0, 6)), lg)}",
            8.5,
        )
        sign_line(sp, s, x0, y, 190, f"{nm} - {who_}", nm, k == 0 or rng.random() < 0.85)
    if lg == "fr":
        hand(sp, w / 2 + 10, y + 26, "Lu et approuvé", 8.5)
    pages.append(sp)
    remember(d, None, None)
    return pages


def renderer() -> tuple[Row, str]:
    return local("renderer")


def tpl_abp_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The by-product collector's commercial document for category 3 material: a narrow
    carbonless slip or an A5 form with the numbered boxes (origin, transporter, destination,
    description, quantity), 'not for human consumption', the driver's and the shop's
    signatures and the copy's colour."""
    sender = renderer()
    h = head_of(sender, "renderer")
    lg = h.lang
    size = SLIP if keyed(who, "slip").random() < 0.6 else A5
    s = style_of(h, size, margin=20 if size == SLIP else 28, pt=7.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    p = Page((w, hh))
    y = heading(p, s, h)
    title = tr(
        lg,
        "COMMERCIAL DOCUMENT - ANIMAL BY-PRODUCTS",
        "HANDELSPAPIER - TIERISCHE NEBENPRODUKTE",
        "DOCUMENT D'ACCOMPAGNEMENT COMMERCIAL",
    )
    p.text(w / 2, y, fit(title, "Helvetica-Bold", 8.5, w - 2 * m), "Helvetica-Bold", 8.5, "center")
    p.text(
        w / 2,
        y + 10,
        fit(
            tr(
                lg,
                "Reg. (EC) 1069/2009 and Reg. (EU) 142/2011 Annex VIII",
                "VO (EG) 1069/2009, VO (EU) 142/2011 Anhang VIII",
                "Règl. (CE) 1069/2009 - Règl. (UE) 142/2011 ann. VIII",
            ),
            "Helvetica",
            6.5,
            w - 2 * m,
        ),
        "Helvetica",
        6.5,
        "center",
    )
    p.text(w - m, y - 16, f"No {serial(rng, '9999999')}", "Helvetica-Bold", 8, "right")
    y += 20
    p.rect(m, y, w - 2 * m, 16, fill=0.85)
    p.text(
        w / 2,
        y + 11,
        fit(
            tr(
                lg,
                "CATEGORY 3 MATERIAL - NOT FOR HUMAN CONSUMPTION",
                "MATERIAL DER KATEGORIE 3 - NICHT FÜR DEN MENSCHLICHEN VERZEHR",
                "CATÉGORIE 3 - IMPROPRE À LA CONSOMMATION HUMAINE",
            ),
            "Helvetica-Bold",
            7.5,
            w - 2 * m - 6,
        ),
        "Helvetica-Bold",
        7.5,
        "center",
    )
    y += 24
    per = 1 if size == SLIP else 2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "1 Date of dispatch", "1 Datum", "1 Date"), short(d, lg)),
            (
                tr(lg, "2 Origin - premises", "2 Herkunftsbetrieb", "2 Origine"),
                SHOPS[home()][row_no()][0],
            ),
            (
                tr(lg, "3 Transporter / vehicle", "3 Transporteur / Kennzeichen", "3 Transporteur"),
                serial(rng, "AA99 AAA") if lg == "en" else serial(rng, "AA-AA 999"),
            ),
            (
                tr(
                    lg,
                    "4 Destination plant / approval",
                    "4 Bestimmungsbetrieb / Zulassung",
                    "4 Destination / agrément",
                ),
                f"{h.town.split()[-1]} {serial(keyed(who, 'a'), '9999')}",
            ),
            (
                tr(lg, "5 Description", "5 Beschreibung", "5 Nature"),
                tr(
                    lg,
                    "Bones, fat, trim - butchers' waste",
                    "Knochen, Fett, Abschnitte",
                    "Os, gras, parures de découpe",
                ),
            ),
            (
                tr(lg, "6 Quantity", "6 Menge", "6 Quantité"),
                f"{rng.randint(2, 8)} x 240 l   ~{rng.randint(120, 480)} kg",
            ),
        ],
        per=per,
        tall=22,
    )
    y += 4
    sign_line(
        p,
        s,
        m,
        y + 20,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        staff(h, "driver" + str(keyed(who, "drv").randrange(2))),
    )
    sign_line(
        p,
        s,
        w / 2 + 4,
        y + 20,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Producer", "Abgeber", "Producteur"),
        shop_staff(rng.choice(["butcher1", "butcher2", "master"])),
        rng.random() < 0.85,
    )
    p.text(
        m,
        hh - 14,
        tr(
            lg,
            "Copy 2 (yellow) - producer. Keep for 2 years.",
            "Durchschrift 2 (gelb) - Abgeber. 2 Jahre aufbewahren.",
            "Exemplaire 2 (jaune) - producteur. À conserver 2 ans.",
        ),
        "Helvetica",
        6,
    )
    remember(d, None, sender)
    return [p]


def tpl_abp_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The by-product collector's monthly invoice: the collections listed with their document
    numbers, bins and weights, the bin rental and a fuel surcharge, VAT at the standard rate and
    the direct debit date."""
    sender = renderer()
    h = head_of(sender, "renderer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = month() + timedelta(days=rng.randint(28, 34))
    no = serial(rng, "C9999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acc"), "99999")),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(month(), lg)} - {short(month() + timedelta(days=27), lg)}",
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Invoice - collection of category 3 animal by-products",
            "Rechnung - Abholung Material Kategorie 3",
            "Facture - enlèvement de sous-produits C3",
        ),
        2,
    )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1.4, "left"), (0.8, "right"), (1, "right"), (1, "right"), (1.2, "right")],
    )
    rows = []
    net = 0.0
    rate = rng.choice([9.5, 11.0, 12.5])
    for k in range(rng.randint(3, 5)):
        dd = month() + timedelta(days=3 + 7 * k + rng.randint(0, 1))
        bins = rng.randint(2, 7)
        v = round(bins * rate, 2)
        net += v
        rows.append(
            [
                short(dd, lg),
                serial(rng, "9999999"),
                str(bins),
                kg(bins * rng.uniform(50, 75), lg, 0),
                money(rate, lg),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Document no.", "Handelspapier", "N° DAC"),
            tr(lg, "Bins", "Tonnen", "Bacs"),
            "kg",
            tr(lg, "Per bin", "je Tonne", "Prix/bac"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    extra = []
    for t, v in [
        (
            tr(lg, "Bin rental 4 x 240 l", "Behältermiete 4 x 240 l", "Location bacs 4 x 240 l"),
            12.0,
        ),
        (tr(lg, "Fuel surcharge", "Dieselzuschlag", "Surcharge carburant"), round(net * 0.06, 2)),
    ]:
        if rng.random() < 0.7:
            extra.append([t, "", "", "", "", money(v, lg)])
            net += v
    if extra:
        table(f, cols, ["", "", "", "", "", ""], extra, s)
    totals(f, s, lg, [(round(net, 2), vat_std(lg))])
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"This invoice will be collected by Direct Debit on or after "
            f"{short(d + timedelta(days=10), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            f"eingezogen (Mandatsreferenz {serial(keyed(who, 'sepa'), 'K3-99999')}).",
            f"Prélèvement SEPA le {short(d + timedelta(days=10), lg)}.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d)
    remember(d, None, sender)
    return close(f.pages, s, h)


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card terminal provider's monthly merchant statement: merchant and terminal numbers,
    the summary box, the takings day by day with the charges and the amounts settled, and the
    charges by card type, over one to three pages."""
    sender = pick(who, "acquirer")
    h = head_of(sender, "acquirer")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    per = month()
    d = per + timedelta(days=rng.randint(32, 38))
    mid = serial(keyed(who, "mid"), "99999999")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Merchant statement', 'Händlerabrechnung', 'Relevé commerçant')}"
        f" - {mid} - {short(per, lg)[3:]}",
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Merchant ID", "Händler-Nr.", "N° commerçant"), mid),
            (tr(lg, "Terminal", "Terminal-ID", "TPE"), serial(keyed(who, "tid"), "99999999")),
            (
                tr(lg, "Statement period", "Abrechnungszeitraum", "Période"),
                f"{short(per, lg)} - {short(per + timedelta(days=29), lg)}",
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Merchant statement",
            "Monatliche Händlerabrechnung",
            "Relevé mensuel des opérations par carte",
        ),
        3,
    )
    days = []
    for k in range(31):
        dd = per + timedelta(days=k)
        if dd.month != per.month or dd.weekday() in (0, 6):
            continue
        n = rng.randint(40, 140)
        v = round(n * rng.uniform(14, 32), 2)
        days.append((dd, n, v))
    gross = sum(v for _, _, v in days)
    fee_rate = rng.choice([0.0069, 0.0089, 0.0115])
    fees = round(gross * fee_rate, 2)
    extra_fees = rng.choice([15.0, 19.95, 24.5])
    box_y = f.y
    f.page.rect(m, box_y - 10, w - 2 * m, 58)
    yy = pairs(
        f.page,
        s,
        m + 8,
        box_y + 4,
        [
            (tr(lg, "Card sales", "Umsätze", "Remises"), cash(gross, lg)),
            (tr(lg, "Refunds", "Gutschriften", "Remboursements"), cash(0.0, lg)),
            (tr(lg, "Charges", "Entgelte", "Commissions"), cash(fees + extra_fees, lg)),
        ],
        w / 2 - 20,
    )
    pairs(
        f.page,
        s,
        w / 2 + 8,
        box_y + 4,
        [
            (
                tr(lg, "Transactions", "Transaktionen", "Transactions"),
                str(sum(n for _, n, _ in days)),
            ),
            (tr(lg, "Net settled", "Ausgezahlt", "Net crédité"), cash(gross - fees, lg)),
            (
                tr(lg, "Debited separately", "Separat belastet", "Prélevé à part"),
                cash(extra_fees, lg),
            ),
        ],
        w - m - 8,
    )
    f.y = max(yy, box_y + 48) + 16
    cols = columns(
        m,
        w - m,
        [
            (1.4, "left"),
            (1, "right"),
            (1.4, "right"),
            (1.2, "right"),
            (1.4, "right"),
            (1.4, "left"),
        ],
    )
    rows = []
    for dd, n, v in days:
        fe = round(v * fee_rate, 2)
        rows.append(
            [
                short(dd, lg),
                str(n),
                money(v, lg),
                money(fe, lg),
                money(v - fe, lg),
                short(dd + timedelta(days=1 if dd.weekday() < 4 else 3), lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Count", "Anzahl", "Nb"),
            tr(lg, "Sales", "Umsatz", "Montant"),
            tr(lg, "Charges", "Entgelt", "Comm."),
            tr(lg, "Settled", "Gutschrift", "Net"),
            tr(lg, "Paid on", "Valuta", "Crédité le"),
        ],
        rows,
        s,
        size=7.5,
        step=1.5,
        shade=0.9,
    )
    f.heading(
        m,
        tr(lg, "Charges by card type", "Entgelte nach Kartenart", "Commissions par type de carte"),
        s.bold,
        s.size,
    )
    cols2 = columns(m, w - m, [(3, "left"), (1.2, "right"), (1, "right"), (1.2, "right")])
    split = [0.55, 0.25, 0.12, 0.08]
    names = [
        tr(lg, "Visa debit", "girocard", "CB"),
        tr(lg, "Mastercard debit", "Visa Debit", "Visa"),
        tr(lg, "Visa credit", "Mastercard", "Mastercard"),
        tr(lg, "Commercial cards", "Kreditkarten gewerblich", "Cartes affaires"),
    ]
    table(
        f,
        cols2,
        [
            tr(lg, "Card type", "Kartenart", "Type"),
            tr(lg, "Volume", "Umsatz", "Volume"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        [
            [
                nm,
                money(gross * sp, lg),
                f"{fee_rate * 100 * (0.7 + k * 0.4):.2f}%",
                money(gross * sp * fee_rate * (0.7 + k * 0.4), lg),
            ]
            for k, (nm, sp) in enumerate(zip(names, split, strict=True))
        ]
        + [
            [
                tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"),
                "",
                "",
                money(extra_fees, lg),
            ]
        ],
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    received(rng, f.pages[0], d, 0.15)
    remember(d, None, sender)
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


# ---------------------------------------------------------------------------------------------
# Templates MMMM: competitions, training, insurance and weights and measures
# ---------------------------------------------------------------------------------------------

ENTRIES = {
    "en": [
        ("Traditional pork sausage", "Pork, rusk, white pepper, mace"),
        ("Speciality sausage", "Pork, leek, Wensleydale"),
        ("Dry-cured back bacon", "Cured 10 days, hung 2 weeks"),
        ("Black pudding", "Oatmeal, pork fat, blood, onion"),
        ("Hot eating pork pie", "Hot water crust, shoulder and belly"),
        ("Beef burger", "Chuck and brisket, 20% fat"),
    ],
    "de": [
        ("Bratwurst grob", "Schweinefleisch, Majoran, Kümmel"),
        ("Leberwurst fein", "Schweineleber, Speck, Gewürze"),
        ("Schinkenspeck", "trocken gepökelt, geräuchert"),
        ("Blutwurst", "Schwarte, Speck, Zwiebeln"),
        ("Fleischkäse", "Rind- und Schweinefleisch"),
        ("Salami luftgetrocknet", "Schwein, Rind, Pfeffer"),
    ],
    "fr": [
        ("Boudin noir à l'ancienne", "Sang, oignons, gras, épices"),
        ("Saucisse de Toulouse", "Porc, sel, poivre"),
        ("Pâté de campagne", "Porc, foie, oeufs, cognac"),
        ("Jambon persillé", "Jambon, persil, gelée"),
        ("Rillettes du Mans", "Porc, graisse, sel"),
        ("Andouillette", "Chaudins, estomac, oignons"),
    ],
}


def contest_of(who: Issuer) -> tuple[Row, str]:
    return pick(who, "contest", abroad=0.25)


def tpl_competition_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """An award or competition entry form as the shop filled it in by hand on the organiser's
    form: the entrant, the products entered by class with a short description, the fees, the
    payment ticks and the declaration signed; the rules of entry on a second page, now and then
    an entry label to cut out."""
    sender = contest_of(who)
    h = head_of(sender, "contest")
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    yr = month().year
    p = Page((w, hh))
    y = heading(p, s, h)
    y = form_top(
        p,
        s,
        tr(lg, f"ENTRY FORM {yr}", f"ANMELDUNG {yr}", f"BULLETIN D'INSCRIPTION {yr}"),
        tr(
            lg,
            f"Closing date for entries: {short(d + timedelta(days=20), lg)}",
            f"Anmeldeschluss: {short(d + timedelta(days=20), lg)}",
            f"Date limite d'inscription : {short(d + timedelta(days=20), lg)}",
        ),
        y,
    )
    shop = SHOPS[home()][row_no()]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Business name", "Betrieb", "Raison sociale"), shop[0]),
            (tr(lg, "Contact name", "Ansprechpartner", "Nom du responsable"), shop_staff("master")),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop[1]}, {shop[2]}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), shop[3]),
        ],
        per=2,
        tall=24,
    )
    pool = ENTRIES[home()]
    picks = rng.sample(pool, rng.randint(1, 4))
    cols = columns(m, w - m, [(0.6, "left"), (2.6, "left"), (3.6, "left"), (1, "right")])
    p.line(m, y + 4, w - m, y + 4)
    for c, t in zip(
        cols,
        [
            tr(lg, "Class", "Klasse", "Cat."),
            tr(lg, "Product", "Erzeugnis", "Produit"),
            tr(
                lg,
                "Description / main ingredients",
                "Beschreibung / Zutaten",
                "Description / ingrédients",
            ),
            tr(lg, "Fee", "Gebühr", "Frais"),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            7.5,
            "left" if c[2] == "left" else "right",
        )
    y += 16
    fee = rng.choice([18.0, 25.0, 30.0, 45.0])
    for k in range(6):
        if k < len(picks):
            t, desc = picks[k]
            hand(p, cols[0][0], y, str(pool.index(picks[k]) + 1), 8.5)
            hand(p, cols[1][0], y, t, 8.5, cols[1][1] - cols[1][0])
            hand(p, cols[2][0], y, desc, 8, cols[2][1] - cols[2][0])
            hand(p, cols[3][1] - tw(money(fee, lg), HAND, 8.5), y, money(fee, lg), 8.5)
        p.line(m, y + 5, w - m, y + 5)
        y += 17
    p.text(cols[2][0], y + 4, tr(lg, "Total enclosed", "Summe", "Total"), s.bold, 8)
    hand(p, cols[3][1] - 50, y + 4, cash(fee * len(picks), lg), 9)
    y += 22
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Cheque enclosed", "Überweisung", "Chèque joint"),
                tr(lg, "BACS transfer", "Lastschrift", "Virement"),
                tr(lg, "Card (call us)", "Rechnung", "Carte"),
            ],
            {rng.randrange(3)},
        )
        + 4
    )
    y = band(p, s, y, tr(lg, "Declaration", "Erklärung", "Déclaration")) + 6
    for ln in wrap(
        tr(
            lg,
            "I declare that the products entered were made on our own premises "
            "to our own recipe and are on sale to the public. I accept the rules "
            "of the competition.",
            "Ich versichere, dass die angemeldeten Erzeugnisse im eigenen Betrieb nach "
            "eigener Rezeptur hergestellt wurden. Die Teilnahmebedingungen erkenne ich "
            "an.",
            "Je certifie que les produits présentés sont fabriqués dans mon "
            "établissement selon ma recette et accepte le règlement du concours.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 24
    sign_line(
        p, s, m, y, 190, tr(lg, "Signature", "Unterschrift", "Signature"), shop_staff("master")
    )
    hand(p, m + 220, y - 2, short(d, lg), 8.5)
    pages = [p]
    heads = tr(
        lg,
        "Eligibility|Classes|Delivery of entries|Labelling|Judging|Results|Use of "
        "logos|Fees|Data protection",
        "Teilnahme|Klassen|Anlieferung|Kennzeichnung|Bewertung|Ergebnisse|Auszeichnung "
        "und Logo|Gebühren|Datenschutz",
        "Conditions|Catégories|Dépôt des produits|Étiquetage|Jury|Résultats|Utilisation "
        "des logos|Frais|Données",
    ).split("|")
    if rng.random() < 0.7:
        rp = small_print(
            rng,
            s,
            h,
            tr(lg, "Rules of entry", "Teilnahmebedingungen", "Règlement du concours"),
            heads,
            "meat",
        )
        if rng.random() < 0.5:
            rw, rh = rp.size
            slip_rule(rp, m, rw - m, rh - 140, tr(lg, "cut here", "hier abtrennen", "découper ici"))
            rp.rect(m, rh - 128, 220, 80)
            rp.text(
                m + 8,
                rh - 112,
                tr(lg, "ENTRY LABEL", "PROBENETIKETT", "ÉTIQUETTE"),
                "Helvetica-Bold",
                9,
            )
            rp.text(m + 8, rh - 96, tr(lg, "Class no.:", "Klasse:", "Catégorie :"), "Helvetica", 8)
            rp.text(
                m + 8, rh - 80, tr(lg, "Entry no. (office):", "Prüfnummer:", "N° :"), "Helvetica", 8
            )
        pages.append(rp)
    remember(d, {"picks": picks}, sender)
    return close(pages, s, h, numbers="none")


def tpl_competition_result(rng: random.Random, who: Issuer) -> list[Page]:
    """The organiser's results: a letter with the awards, the judges' score sheet per product
    and the award certificate on a landscape page with a double border."""
    sender = contest_of(who)
    if after(("competition_entry",)) and isinstance(LAST["sender"], tuple):
        sender = LAST["sender"]  # type: ignore[assignment]
    h = head_of(sender, "contest")
    lg = h.lang
    x = LAST["extra"] if after(("competition_entry",)) else None
    picks = list(x["picks"]) if isinstance(x, dict) else rng.sample(ENTRIES[home()], 2)  # type: ignore[call-overload]
    d = last_day(rng, ("competition_entry",), (20, 45))
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    awards = [
        rng.choice(
            [
                tr(lg, "Gold", "Gold", "Médaille d'or"),
                tr(lg, "Silver", "Silber", "Médaille d'argent"),
                tr(lg, "Bronze", "Bronze", "Médaille de bronze"),
                tr(lg, "Highly commended", "Anerkennung", "Diplôme d'honneur"),
                "",
            ]
        )
        for _ in picks
    ]
    f = sheets(s, h)
    recipient(f, s, h, shop_lines(shop_staff("master")), d, [])
    caption(
        f,
        s,
        tr(lg, "Competition results", "Ergebnisse des Wettbewerbs", "Résultats du concours"),
        2,
    )
    f.page.text(m, f.y, dear(lg, mx(shop_staff("master"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for entering this year's competition. The judges tasted more "
            "than 600 products; your results are set out below.",
            "vielen Dank für Ihre Teilnahme. Die Prüfer haben über 600 Erzeugnisse "
            "verkostet; Ihre Ergebnisse finden Sie nachstehend.",
            "Nous vous remercions de votre participation. Le jury a dégusté plus de 300 "
            "produits ; vos résultats figurent ci-dessous.",
        ),
    )
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (2, "left")])
    rows = [
        [t, str(rng.randint(62, 96)), a or "-"] for (t, _), a in zip(picks, awards, strict=True)
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Erzeugnis", "Produit"),
            tr(lg, "Points", "Punkte", "Points"),
            tr(lg, "Award", "Auszeichnung", "Distinction"),
        ],
        rows,
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "meat", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "chair"),
        tr(lg, "Competition secretary", "Wettbewerbsleitung", "Secrétariat du concours"),
    )
    pages = close(f.pages, s, h, numbers="none")
    sc = sheets(s, h, top=False)
    caption(
        sc,
        s,
        tr(lg, "Judges' score sheet", "Prüfbericht / Bewertungsbogen", "Fiche de notation du jury"),
        2,
    )
    crit = tr(
        lg,
        "Appearance|Texture|Aroma|Flavour|Overall",
        "Aussehen|Konsistenz|Geruch|Geschmack|Gesamteindruck",
        "Aspect|Texture|Odeur|Goût|Impression",
    ).split("|")
    for t, _ in picks:
        sc.need(110)
        sc.page.text(m, sc.y, t, s.bold, s.size)
        sc.y += 14
        c3 = columns(m, w - m, [(2, "left"), (0.7, "right"), (4, "left")])
        table(
            sc,
            c3,
            [
                tr(lg, "Criterion", "Merkmal", "Critère"),
                "/20",
                tr(lg, "Judge's comments", "Bemerkung", "Commentaire"),
            ],
            [
                [
                    c,
                    str(rng.randint(11, 19)),
                    rng.choice(
                        [
                            "",
                            tr(lg, "good bind", "schöne Bindung", "belle tenue"),
                            tr(lg, "a little salty", "etwas salzig", "un peu salé"),
                            tr(lg, "excellent", "hervorragend", "excellent"),
                        ]
                    ),
                ]
                for c in crit
            ],
            s,
            size=s.size - 1.5,
            step=1.5,
        )
        sc.y += 8
    pages += sc.pages
    s2 = style_of(h, landscape(A4), margin=60)
    w2, h2 = s2.page_size
    for (t, _), a in zip(picks, awards, strict=True):
        if not a or rng.random() < 0.3:
            continue
        cp = Page((w2, h2))
        cp.rect(24, 24, w2 - 48, h2 - 48)
        cp.rect(32, 32, w2 - 64, h2 - 64)
        cp.text(w2 / 2, 110, fit(h.name, "Times-Bold", 22, w2 - 140), "Times-Bold", 22, "center")
        cp.text(
            w2 / 2,
            150,
            tr(lg, "Certificate of Award", "Urkunde", "Diplôme"),
            "Times-Italic",
            30,
            "center",
        )
        cp.text(w2 / 2, 215, a.upper(), "Times-Bold", 40, "center")
        cp.text(
            w2 / 2,
            260,
            tr(lg, "awarded to", "verliehen an", "décerné à"),
            "Times-Italic",
            14,
            "center",
        )
        cp.text(
            w2 / 2,
            290,
            fit(SHOPS[home()][row_no()][0], "Times-Bold", 20, w2 - 140),
            "Times-Bold",
            20,
            "center",
        )
        cp.text(
            w2 / 2, 320, tr(lg, f"for {t}", f"für {t}", f"pour {t}"), "Times-Roman", 15, "center"
        )
        scrawl(cp, 120, h2 - 110, staff(h, "chair"))
        cp.line(110, h2 - 105, 300, h2 - 105)
        cp.text(
            110,
            h2 - 92,
            tr(lg, "Chairman of judges", "Vorsitz Prüfungskommission", "Président du jury"),
            "Times-Roman",
            9,
        )
        seal(cp, w2 - 170, h2 - 130, 42, h.name[:30], str(month().year))
        pages.append(cp)
    remember(d, None, sender)
    return pages


COURSES = {
    "en": [
        ("Level 2 Award in Food Safety and Hygiene for Retail", "Ofqual 603/2845/X"),
        ("Level 3 Award in HACCP for Food Manufacturing", "Ofqual 603/2638/5"),
        ("Level 2 Award in Health and Safety in the Workplace", "Ofqual 603/2480/7"),
        ("Safe use of bandsaws and mincers", "in-house, 4 hours"),
    ],
    "de": [
        ("Belehrung gemäß § 43 Abs. 1 Nr. 1 Infektionsschutzgesetz", ""),
        ("Hygieneschulung nach VO (EG) 852/2004 Anhang II Kap. XII", ""),
        ("Sachkunde Schlachten - Tierschutz-Schlachtverordnung", ""),
        ("Allergenkennzeichnung an der Fleischtheke", ""),
    ],
    "fr": [
        (
            "Hygiène alimentaire adaptée à l'activité des établissements de restauration "
            "commerciale (14 h)",
            "Décret 2011-731",
        ),
        ("Plan de maîtrise sanitaire et HACCP en boucherie-charcuterie (7 h)", ""),
        ("Sauveteur secouriste du travail (SST)", ""),
        ("Étiquetage des viandes et allergènes (7 h)", ""),
    ],
}


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff training certificate: a landscape certificate from a training centre (England), a
    Bescheinigung of the Gesundheitsamt or a training academy (Germany) or an attestation de
    formation of the Chambre de Métiers (France) on portrait A4, for one of the staff; now and
    then with the training provider's covering letter in front."""
    r = keyed(who, "trainer")
    sender = local("trainer") if r.random() < 0.6 else pick(who, "college")
    role = "trainer" if sender[0] in LOCAL["trainer"][home()] else "college"
    h = head_of(sender, role)
    lg = h.lang
    course, code = COURSES[lg][
        0 if role == "trainer" and lg == "de" else r.randrange(len(COURSES[lg]))
    ]
    who_ = shop_staff(rng.choice(["butcher1", "butcher2", "assistant", "master", "books"]))
    d = some_day(rng)
    trained = d - timedelta(days=rng.randint(3, 20))
    pages: list[Page] = []
    if rng.random() < 0.3:
        s = style_of(h, A4)
        f = sheets(s, h)
        recipient(f, s, h, shop_lines(), d, [])
        caption(f, s, tr(lg, "Your certificate", "Ihre Bescheinigung", "Votre attestation"), 1.5)
        f.page.text(s.margin, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed the certificate for {who_}, who attended "
                f"'{course}' on {short(trained, lg)}. Certificates should be kept "
                f"with your staff training records.",
                f"anbei erhalten Sie die Bescheinigung für {who_} über die Teilnahme an "
                f"der Schulung am {short(trained, lg)}. Bitte bewahren Sie diese im "
                f"Betrieb auf.",
                f"Veuillez trouver ci-joint l'attestation de {who_}, qui a suivi la "
                f"formation du {short(trained, lg)}. Elle doit être conservée dans "
                f"l'établissement.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "admin"),
            tr(lg, "Training administrator", "Sachbearbeitung", "Service formation"),
        )
        pages += close(f.pages, s, h, numbers="none")
    if lg == "en":
        s = style_of(h, landscape(A4), margin=60)
        w, hh = s.page_size
        p = Page((w, hh))
        p.rect(20, 20, w - 40, hh - 40)
        p.text(w / 2, 80, fit(h.name, s.bold, 18, w - 140), s.bold, 18, "center")
        p.text(w / 2, 130, "This is to certify that", "Times-Italic", 14, "center")
        p.text(w / 2, 175, who_, "Times-Bold", 28, "center")
        p.text(w / 2, 215, "has successfully completed", "Times-Italic", 14, "center")
        p.text(w / 2, 250, fit(course, "Times-Bold", 18, w - 140), "Times-Bold", 18, "center")
        if code:
            p.text(w / 2, 272, f"Qualification number {code}", "Helvetica", 9, "center")
        p.text(120, hh - 120, f"Date of achievement: {short(trained, lg)}", "Helvetica", 9)
        p.text(120, hh - 105, f"Certificate no. {serial(rng, 'AA9999999')}", "Helvetica", 9)
        scrawl(p, w - 280, hh - 112, staff(h, "admin"))
        p.line(w - 290, hh - 108, w - 110, hh - 108)
        p.text(w - 290, hh - 96, "Centre manager", "Helvetica", 8)
        pages.append(p)
    else:
        s = style_of(h, A4)
        w, hh = s.page_size
        m = s.margin
        p = Page((w, hh))
        y = heading(p, s, h) + 30
        title = tr(
            lg,
            "",
            "Bescheinigung" if code == "" and "43" in course else "Teilnahmebescheinigung",
            "ATTESTATION DE FORMATION",
        )
        p.text(w / 2, y, title, s.bold, 18, "center")
        y += 40
        if lg == "de" and "43" in course:
            born = date(rng.randint(1965, 2005), rng.randint(1, 12), rng.randint(1, 28))
            body = (
                f"{mx(who_, lg)}, geboren am {short(born, lg)}, "
                f"wurde am {short(trained, lg)} gemäß § 43 Abs. 1 Nr. 1 IfSG über die in "
                f"§ 42 Abs. 1 IfSG genannten Tätigkeitsverbote und über die Verpflichtungen "
                f"nach § 43 Abs. 2, 4 und 5 IfSG in mündlicher und schriftlicher Form "
                f"belehrt. Die belehrte Person hat schriftlich erklärt, dass ihr keine "
                f"Tatsachen für ein Tätigkeitsverbot bekannt sind."
            )
        else:
            body = tr(
                lg,
                "",
                f"{mx(who_, lg)} hat am {short(trained, lg)} an der Schulung "
                f"„{course}“ teilgenommen. Inhalte: " + prose(rng, lg, "hygiene", 1, 2),
                f"Nous soussignés, {h.name}, attestons que {mx(who_, lg)} a suivi la "
                f"formation « {course} » le {short(trained, lg)}"
                + (f", conformément au {code}" if code else "")
                + ". Programme : "
                + prose(rng, lg, "hygiene", 1, 2),
            )
        for ln in wrap(body, s.font, s.size + 1, w - 2 * m):
            p.text(m, y, ln, s.font, s.size + 1)
            y += (s.size + 1) * 1.6
        y += 30
        p.text(
            m, y, f"{h.town.split()[-1]}, {tr(lg, '', 'den', 'le')} {short(d, lg)}", s.font, s.size
        )
        y += 50
        sign_line(p, s, w / 2, y, 180, tr(lg, "", "Im Auftrag", "Le formateur"), staff(h, "admin"))
        seal(p, w / 2 - 70, y - 10, 34, h.name.split(" - ")[0][:28], tr(lg, "", "Siegel", "Cachet"))
        pages.append(p)
    remember(d, None, sender)
    return pages


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's insurance schedule at renewal: now and then the broker's covering letter in
    front; the schedule with the policy fields and the sections with sums insured and premiums
    (deterioration of stock after refrigeration breakdown among them), insurance premium tax, the
    endorsements on a page of their own; French conditions particulières with a signature page."""
    sender = pick(who, "insurer")
    h = head_of(sender, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = month() + timedelta(days=rng.choice([14, 31, 45]))
    pol = serial(
        keyed(who, "pol"),
        "BPC/999999/AA" if lg == "en" else "99.999.999-9" if lg == "de" else "99 999 999 A",
    )
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            shop_lines(mx(shop_staff("master"), lg)),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Renewal of your shop insurance",
                "Ihre Versicherung - Vertragsverlängerung",
                "Renouvellement de votre contrat",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, mx(shop_staff("master"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Your policy renews on {short(start, lg)}. Please check the enclosed "
                f"schedule carefully, in particular the sums insured for stock and "
                f"the refrigeration breakdown cover.",
                f"Ihr Vertrag verlängert sich zum {short(start, lg)}. Bitte prüfen Sie den "
                f"beiliegenden Versicherungsschein, insbesondere die Summen für Waren und "
                f"Kühlgut.",
                f"Votre contrat est renouvelé au {short(start, lg)}. Nous vous remercions "
                f"de vérifier les conditions particulières jointes et de nous en retourner "
                f"un exemplaire signé.",
            ),
        )
        write(f, s, prose(rng, lg, "insure", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "agent"),
            tr(lg, "Account executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(
        lg,
        "Policy Schedule - Retail Butcher Combined Policy",
        "Versicherungsschein - Gewerbliche Sach- und Haftpflichtversicherung",
        "Conditions particulières - Multirisque professionnelle",
    )
    g = sheets(s, h, f"{title} - {pol}")
    caption(g, s, title, 2)
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"),
                SHOPS[home()][row_no()][0],
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Retail butcher with outside catering",
                    "Fleischerei mit Partyservice",
                    "Boucherie-charcuterie, traiteur",
                ),
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Lieu"),
                f"{SHOPS[home()][row_no()][1]}, {SHOPS[home()][row_no()][2]}",
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
            ),
            (
                tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"),
                short(start, lg)[:5],
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    secs = [
        (
            tr(
                lg,
                "Contents and shop fittings",
                "Inhalt / Betriebseinrichtung",
                "Contenu et agencements",
            ),
            rng.choice([45000, 60000, 80000]),
        ),
        (tr(lg, "Stock", "Vorräte / Waren", "Marchandises"), rng.choice([15000, 20000, 30000])),
        (
            tr(
                lg,
                "Deterioration of stock (refrigeration breakdown)",
                "Verderb von Kühlgut",
                "Détérioration des marchandises en chambre froide",
            ),
            rng.choice([10000, 15000]),
        ),
        (
            tr(
                lg,
                "Business interruption (12 months)",
                "Betriebsunterbrechung",
                "Perte d'exploitation",
            ),
            rng.choice([120000, 150000, 200000]),
        ),
        (tr(lg, "Money", "Bargeld", "Espèces et valeurs"), 2500),
        (
            tr(
                lg,
                "Employers' liability",
                "Betriebshaftpflicht Personenschäden",
                "Responsabilité civile exploitation",
            ),
            10000000,
        ),
        (
            tr(
                lg,
                "Public and products liability",
                "Produkthaftpflicht",
                "Responsabilité civile produits",
            ),
            5000000,
        ),
        (tr(lg, "Glass", "Glasversicherung", "Bris de glaces"), 8000),
    ]
    cols = columns(m, w - m, [(4, "left"), (1.6, "right"), (1.2, "right"), (1, "right")])
    rows = []
    total = 0.0
    for t, v in secs:
        prem = round(v * rng.uniform(0.0004, 0.004) if v < 1000000 else rng.uniform(120, 420), 2)
        total += prem
        rows.append(
            [
                t,
                money(v, lg).split(",")[0].split(".")[0] if lg != "en" else f"{v:,}",
                money(prem, lg),
                cash(rng.choice([250, 500, 0]), lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Premium", "Beitrag", "Prime HT"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
        ],
        rows,
        s,
        rules=True,
    )
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    g.y += 4
    for t, v in [
        (tr(lg, "Total premium", "Nettobeitrag", "Prime HT"), total),
        (
            tr(
                lg,
                f"Insurance premium tax {tax:g}%",
                f"Versicherungsteuer {tax:g} %",
                f"Taxe sur les conventions d'assurance {tax:g} %",
            ),
            total * tax / 100,
        ),
        (tr(lg, "Total payable", "Jahresbeitrag", "Prime TTC"), total * (1 + tax / 100)),
    ]:
        g.page.text(w * 0.5, g.y, t, s.font, s.size - 0.5)
        g.page.text(w - m, g.y, cash(v, lg), s.bold, s.size - 0.5, "right")
        g.y += s.size * 1.5
    g.y += 6
    write(g, s, prose(rng, lg, "insure", 1, 3), s.size - 1)
    g.new_page()
    caption(
        g,
        s,
        tr(
            lg,
            "Endorsements and conditions",
            "Klauseln und Vereinbarungen",
            "Clauses et conventions spéciales",
        ),
        1.5,
    )
    ends = tr(
        lg,
        "Refrigeration maintenance warranty|Temperature alarm condition|Cash in safe "
        "overnight limit|Hog roast equipment at clients' premises|Bandsaw guarding "
        "condition|Minimum security (locks)|Outside catering - events up to 300 guests",
        "Wartungsklausel Kühlanlagen|Temperaturalarm|Bargeld im Tresor|Partyservice "
        "außer Haus|Sicherungsrichtlinien|Glas: Thekenverglasung|Elementarschäden",
        "Entretien des installations frigorifiques|Alarme de température|Espèces en coffre|"
        "Prestations traiteur hors établissement|Protection des machines|Moyens de "
        "protection vol|Catastrophes naturelles",
    ).split("|")
    for k, t in enumerate(rng.sample(ends, rng.randint(4, len(ends)))):
        g.heading(m, f"{tr(lg, 'E', 'Klausel ', 'CS ')}{k + 1:02d}  {t}", s.bold, s.size - 0.5)
        write(g, s, prose(rng, lg, "insure", 1, 2), s.size - 1)
    if lg == "fr":
        g.need(120)
        g.y += 20
        write(g, s, f"Fait à {h.town.split()[-1]}, le {short(d, lg)}, en deux exemplaires.")
        g.y += 30
        sign_line(g.page, s, m, g.y, 180, "L'assureur", staff(h, "agent"))
        sign_line(
            g.page,
            s,
            w / 2 + 10,
            g.y,
            180,
            "Le souscripteur (« Lu et approuvé »)",
            shop_staff("master"),
            rng.random() < 0.7,
        )
    pages += close(g.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    remember(d, None, sender)
    return pages


SCALES = [
    "Bizerba SC II 800",
    "Mettler Toledo bPlus",
    "Avery Berkel FX50",
    "Dibal M-525",
    "Bizerba KH II 800",
    "Marel M2200",
    "Soehnle 9320",
]


def tpl_scale_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The weighing machine verification: a test report or certificate of verification of the
    shop's price-computing scales with their serials, Max / e and test loads, the result and
    the verifier's stamp (Trading Standards or an approved verifier, Eichamt, organisme agréé
    with the 'vignette verte'); over one or two pages."""
    sender = local("metrology")
    h = head_of(sender, "metrology")
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = random.Random(zlib.crc32(f"whisk/scales/{SHOP['seed']}".encode()))
    scales = [
        (
            r.choice(SCALES),
            serial(r, "99999999"),
            r.choice(["6/15 kg", "15/30 kg", "150 kg", "6 kg"]),
        )
        for _ in range(r.randint(2, 4))
    ]
    title = tr(
        lg,
        "Certificate of Verification - Non-automatic weighing instruments",
        "Eichschein - Nichtselbsttätige Waagen",
        "Certificat de vérification périodique - IPFNA",
    )
    f = sheets(s, h, f"{title} - {short(d, lg)}")
    caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner / user", "Verwender", "Détenteur"), SHOPS[home()][row_no()][0]),
            (
                tr(lg, "Place of use", "Aufstellort", "Lieu d'utilisation"),
                SHOPS[home()][row_no()][2],
            ),
            (tr(lg, "Date of test", "Datum der Prüfung", "Date de vérification"), short(d, lg)),
            (tr(lg, "Verifier", "Prüfer/in", "Vérificateur"), staff(h, "verifier")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [(0.4, "left"), (2.4, "left"), (1.4, "left"), (1.2, "left"), (1.4, "left"), (1, "center")],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Instrument", "Waage", "Instrument"),
            tr(lg, "Serial no.", "Fabr.-Nr.", "N° de série"),
            "Max / e",
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        [
            [
                str(k + 1),
                mk,
                sn,
                f"{mx_}/{'2/5 g' if '/' in mx_ else '5 g'}",
                rng.choice(
                    [
                        tr(lg, "Counter", "Theke", "Comptoir"),
                        tr(lg, "Prep room", "Zerlegung", "Laboratoire"),
                    ]
                ),
                tr(lg, "PASS", "geeicht", "CONFORME"),
            ]
            for k, (mk, sn, mx_) in enumerate(scales)
        ],
        s,
        rules=True,
    )
    f.heading(m, tr(lg, "Test loads", "Prüflasten", "Essais"), s.bold, s.size)
    cols2 = columns(
        m, w - m, [(0.5, "left"), (1.2, "right"), (1.2, "right"), (1, "right"), (1, "right")]
    )
    rows2 = []
    for k in range(len(scales)):
        for load in ["0.100", "2.000", "6.000", "15.000"][: rng.randint(3, 4)]:
            err = rng.choice([0, 0, 0, 2, -2, 5])
            rows2.append(
                [
                    str(k + 1),
                    load if lg == "en" else load.replace(".", ","),
                    f"{float(load) + err / 1000:.3f}"
                    if lg == "en"
                    else f"{float(load) + err / 1000:.3f}".replace(".", ","),
                    f"{err:+d} g",
                    "5 g" if float(load) <= 6 else "10 g",
                ]
            )
    table(
        f,
        cols2,
        [
            "#",
            tr(lg, "Load kg", "Last kg", "Charge kg"),
            tr(lg, "Indication", "Anzeige", "Indication"),
            tr(lg, "Error", "Fehler", "Erreur"),
            "MPE / EFG / EMT",
        ],
        rows2,
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "The instruments listed were found within the maximum permissible errors "
            "in service and have been marked accordingly.",
            f"Die aufgeführten Waagen wurden geeicht und mit der Eichmarke {d.year % 100} "
            f"gekennzeichnet. Die Eichfrist beträgt zwei Jahre.",
            "Les instruments ci-dessus ont été vérifiés et revêtus de la vignette verte. "
            "Prochaine vérification périodique dans un an.",
        ),
        s.size - 0.5,
    )
    f.need(110)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Inspector / verifier", "Prüfer/in", "Le vérificateur"),
        staff(h, "verifier"),
    )
    seal(
        f.page,
        w - m - 70,
        f.y - 10,
        36,
        h.name.split(" - ")[0][:26],
        tr(lg, "VERIFIED", "GEEICHT", "VÉRIFIÉ"),
    )
    f.y += 50
    if lg == "fr":
        f.page.rect(m, f.y, 120, 60, fill=0.8)
        f.page.rect(m + 4, f.y + 4, 112, 52)
        f.page.text(m + 60, f.y + 24, "VIGNETTE VERTE", "Helvetica-Bold", 8, "center")
        f.page.text(m + 60, f.y + 40, f"{d.month:02d}/{d.year}", "Helvetica-Bold", 12, "center")
    if lg == "de" and rng.random() < 0.7:
        f.heading(m, "Gebühren", s.bold, s.size)
        fee = round(len(scales) * rng.choice([38.5, 44.0, 52.0]), 2)
        write(
            f,
            s,
            f"Für die Eichung werden gemäß Mess- und Eichgebührenverordnung "
            f"{cash(fee, lg)} erhoben. Zahlbar innerhalb eines Monats. "
            f"Rechtsbehelfsbelehrung: Gegen diese Gebührenfestsetzung kann innerhalb "
            f"eines Monats Widerspruch erhoben werden.",
            s.size - 1,
        )
    remember(d, None, sender)
    return close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if len(f.pages) > 1
        else "none",
    )


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
    "movement": tpl_movement,
    "farm_invoice": tpl_farm_invoice,
    "abattoir_invoice": tpl_abattoir,
    "inspection": tpl_inspection,
    "rating": tpl_rating,
    "temp_log": tpl_temp_log,
    "cleaning": tpl_cleaning,
    "fridge_service": tpl_fridge_service,
    "fgas": tpl_fgas,
    "supplier_invoice": tpl_supplier_invoice,
    "catering_order": tpl_catering_order,
    "catering_invoice": tpl_catering_invoice,
    "supply_agreement": tpl_supply_agreement,
    "abp_note": tpl_abp_note,
    "abp_invoice": tpl_abp_invoice,
    "card_statement": tpl_card_statement,
    "competition_entry": tpl_competition_entry,
    "competition_result": tpl_competition_result,
    "training_cert": tpl_training_cert,
    "insurance": tpl_insurance,
    "scale_cert": tpl_scale_cert,
}
TEMPLATES_MMMM: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "farm_invoice",
    "abattoir_invoice",
    "temp_log",
    "abp_note",
    "supplier_invoice",
    "fgas",
    "training_cert",
    "catering_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "movement": "farm_invoice",
    "inspection": "rating",
    "fridge_service": "fgas",
    "catering_order": "catering_invoice",
    "abp_note": "abp_invoice",
    "competition_entry": "competition_result",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_whisk_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One shop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of the
    same kind from the same sender follow with probability 0.6) and companions (each kind in
    ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop (country, name,
    month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None, sender=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_MMMM, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_whisk_stream, "templates MMMM")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

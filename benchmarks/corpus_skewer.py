"""Skewer part of the generated corpus: templates EEEEE, written blind for the next measurement.

A part of its own, ``skewer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an ice
rink feeds through its scanner in a month. The rink is leased from the town council and run by
a small operating company (a general manager, an ice technician, a duty manager, a skating
school coordinator and a finance assistant; in England, Germany or France) with public
skating, an ice hockey club and a figure skating school. Its pile holds: the rink's ice time
hire agreements with clubs and schools (Eisnutzungsvertrag, convention de mise à disposition
de la glace) with the clauses, the schedule of allocated sessions on a landscape page, now and
then the conditions of hire in small print and the signature page with the club's stamp; the
rink's monthly ice time invoices to the clubs and schools with the session lines; parents'
learn-to-skate course enrolment forms filled in by hand (course and day tick boxes, skate hire,
medical notes, photo consent) with the acknowledgement of risk and waiver signed on a second
sheet; freelance skating coaches' invoices for the classes they taught (A5 or A4, small-business
tax notes); the refrigeration contractor's plant service reports (compressor, brine and
condenser readings, the checklist with OK / action ticks, engineer's and duty manager's
signatures, now and then a readings log on a landscape page); the contractor's refrigerant leak
check certificates (F-gas record, Dichtheitsprüfung, fiche d'intervention) or, for an ammonia
plant, gas detector calibration certificates, sometimes with the copy of the engineer's
certificate card behind; refrigeration maintenance contracts behind a covering letter, with the
equipment schedule, the visit calendar on a landscape page and the signature page; the ice
resurfacer dealer's service reports (hours meter, blade, augers, hydraulics, battery or LPG,
parts fitted) and its invoices for parts and labour, now and then from abroad or on Letter
paper; electricity suppliers' invoices (summary page, charges page with the capacity charge and
the energy taxes, a landscape consumption page now and then); skate hire suppliers' invoices by
model and size, sometimes with their conditions of sale; the mobile sharpening service's
dockets on narrow slips or A6; parents' birthday party booking forms (package, numbers, food,
allergies, deposit) with the party terms on the back, and the rink's event hire confirmations
(private ice, school disco, corporate event) with the conditions of hire; the council's rent
review letters with the calculation and the memorandum of rent review for signature, now and
then with a plan of the premises; the council's rent invoices with the tear-off remittance
slip; health and safety inspection letters (the council's environmental health officer, the
Berufsgenossenschaft, the commission de sécurité) with the schedule of matters on a page of its
own; the duty manager's accident book reports (injured person, circumstances, first aid,
reportable ticks) with a witness statement now and then; insurance brokers' renewal letters with
the insurer's schedule and the endorsements page; and the music licence invoices (PPL PRS,
GEMA, SACEM) with the tariff notes page. Each stream is one rink's pile: the rink (country,
name, month) is drawn once per stream; its outside senders are of the rink's country and write
in its language, except that skate suppliers, resurfacer dealers and a coach or two are now
and then from abroad and write in their own. Page sizes range from narrow sharpening slips,
A6 and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the rink files it: the
schedule, conditions and signature pages of an ice time agreement; the waiver sheet of an
enrolment form; the readings log of a service report; the copy of the engineer's certificate
card behind a leak check certificate; the covering letter, schedules and signature page of a
maintenance contract; every page of an energy invoice; the conditions of sale behind a skate
invoice; the terms on the back of a party booking form; the conditions page of an event
confirmation; the memorandum and plan of a rent review; the remittance slip of a rent invoice;
the schedule of matters of an inspection letter; the witness statement behind an accident
report; the broker's letter, schedule pages and endorsements of an insurance renewal; the
tariff notes of a music licence invoice. Related papers are documents of their own: the first
ice time invoice after the agreement it bills, the leak check certificate after the plant
service report of the same visit, the first service report after a new maintenance contract,
the dealer's invoice after the resurfacer service report, the rink's confirmation after a
party booking form, the council's rent invoice after a rent review; and so is each invoice,
form, docket and report of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: ice time invoices, enrolment forms,
coaches' invoices, leak check certificates, energy invoices, sharpening dockets, party booking
forms, rent invoices and accident reports often come 2-4 in a row from one sender (or, for
forms, on one rink's paper) with other people, numbers, dates and amounts; and companions: each
related paper above often follows the document it answers. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "skewer"`` and seeds offset by 10_800_000.

Usage: ``python benchmarks/corpus_skewer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/skewer/skewer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTHS,
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
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "skewer"
SEED_OFFSET = 10_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the rink and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone

#: The rinks, and (same index) the council that leases each its building.
RINKS: dict[str, list[Row]] = {
    "en": [
        (
            "Calderbridge Ice Arena Ltd",
            "Riverside Leisure Park",
            "Calderbridge HX4 2RT",
            "01422 301 770",
        ),
        ("Ashworth Ice Centre Ltd", "Mill Street", "Ashworth BL9 6QS", "0161 764 2210"),
        ("Penmoor Icebowl Operations Ltd", "Quayside Road", "Penmoor PL19 8EX", "01822 613 404"),
    ],
    "de": [
        ("Eissporthalle Talheim Betriebs-GmbH", "Am Sportpark 4", "74388 Talheim", "07133 96 41 0"),
        ("Eiszentrum Wiesenau GmbH", "Stadionweg 12", "35398 Wiesenau", "0641 38 77 20"),
        ("Eisarena Brunnstadt Betriebsges. mbH", "Eisweg 1", "83022 Brunnstadt", "08031 40 95 5"),
    ],
    "fr": [
        (
            "SAS Glisse et Glace Saint-Aubin",
            "Allée de la Patinoire",
            "38400 Saint-Aubin",
            "04 76 51 22 80",
        ),
        (
            "Patinoire des Tilleuls SARL",
            "2 avenue des Sports",
            "57100 Thionville-Est",
            "03 82 54 61 10",
        ),
        (
            "Société d'exploitation de la patinoire de Morlay",
            "Rue du Stade",
            "44120 Morlay",
            "02 40 63 17 45",
        ),
    ],
}
COUNCILS: dict[str, list[Row]] = {
    "en": [
        (
            "Calderbridge Metropolitan Borough Council - Corporate Property",
            "Town Hall, Crossley Street",
            "Calderbridge HX1 1UJ",
            "01422 288 001",
        ),
        (
            "Ashworth Borough Council - Estates and Asset Management",
            "Civic Centre, Market Place",
            "Ashworth BL9 0AW",
            "0161 253 5000",
        ),
        (
            "Penmoor District Council - Property Services",
            "Kilworthy Park",
            "Penmoor PL19 0BZ",
            "01822 813 600",
        ),
    ],
    "de": [
        ("Gemeinde Talheim - Liegenschaftsamt", "Rathausplatz 1", "74388 Talheim", "07133 98 60 0"),
        (
            "Stadt Wiesenau - Amt für Immobilienmanagement",
            "Berliner Platz 1",
            "35390 Wiesenau",
            "0641 306 0",
        ),
        (
            "Stadt Brunnstadt - Liegenschaften und Sportstätten",
            "Rathausplatz 1",
            "83022 Brunnstadt",
            "08031 365 0",
        ),
    ],
    "fr": [
        (
            "Ville de Saint-Aubin - Direction du patrimoine",
            "Hôtel de Ville, place de la Mairie",
            "38400 Saint-Aubin",
            "04 76 51 00 00",
        ),
        (
            "Communauté d'agglomération Portes de France - Service foncier",
            "Espace Cormontaigne",
            "57100 Thionville",
            "03 82 52 30 00",
        ),
        (
            "Mairie de Morlay - Pôle patrimoine et sports",
            "Place de l'Hôtel de Ville",
            "44120 Morlay",
            "02 40 63 00 12",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "club": {
        "en": [
            (
                "Calder Valley Vipers Ice Hockey Club",
                "c/o 14 Moorside Crescent",
                "Halifax HX2 9PL",
                "",
            ),
            ("Pennine Figure Skating Club", "c/o 3 Heather Close", "Ripponden HX6 4DA", ""),
            (
                "St Aidan's Church of England Academy",
                "Skircoat Moor Road",
                "Halifax HX3 0LB",
                "01422 360 344",
            ),
            (
                "Northgate University Ice Hockey Society",
                "Students' Union, Gibbet Street",
                "Halifax HX1 4HU",
                "",
            ),
            ("Riverside Synchro Skating Club", "c/o 7 Beacon Rise", "Elland HX5 0QT", ""),
            ("Ashworth Amateur Curling Club", "c/o 22 Walmersley Old Road", "Bury BL9 6SE", ""),
        ],
        "de": [
            ("EHC Talheim Falken 1987 e.V.", "Postfach 1122", "74386 Talheim", ""),
            ("Eiskunstlaufverein Blau-Weiß Wiesenau e.V.", "Lindenstraße 8", "35394 Wiesenau", ""),
            ("Gymnasium am Schlossberg", "Schlossbergstraße 20", "74388 Talheim", "07133 96 60 20"),
            ("Hochschulsport Mittelhessen", "Kugelberg 62", "35394 Gießen", ""),
            ("Eisstockschützen Brunnstadt e.V.", "Am Anger 5", "83024 Brunnstadt", ""),
            ("Synchron-Eiskunstlauf Team Aurora e.V.", "Birkenweg 3", "35398 Wiesenau", ""),
        ],
        "fr": [
            (
                "Hockey Club Les Aigles de Saint-Aubin",
                "Maison des associations",
                "38400 Saint-Aubin",
                "",
            ),
            (
                "Club de Patinage Artistique de la Vallée",
                "12 rue des Écoles",
                "38400 Saint-Aubin",
                "",
            ),
            ("Collège Jean-Moulin", "8 rue Jean-Moulin", "57100 Thionville", "03 82 53 44 10"),
            ("Association sportive Curling des Lacs", "5 chemin du Lac", "44120 Morlay", ""),
            ("Union sportive de Morlay - section hockey", "Stade municipal", "44120 Morlay", ""),
            (
                "Lycée professionnel Pierre-Mendès-France",
                "Avenue de la Liberté",
                "57100 Thionville",
                "",
            ),
        ],
    },
    "refrig": {
        "en": [
            (
                "Polar Refrigeration Services Ltd",
                "Unit 9, Lowfields Business Park",
                "Elland HX5 9DA",
                "01422 377 210",
            ),
            (
                "Coldstream Industrial Cooling Ltd",
                "Brunswick Street",
                "Nelson BB9 0HZ",
                "01282 694 500",
            ),
            (
                "J. M. Rowley & Sons (Refrigeration) Ltd",
                "Tamar View Works",
                "Saltash PL12 6LD",
                "01752 842 118",
            ),
        ],
        "de": [
            (
                "Kältetechnik Heilbronn-Franken GmbH",
                "Industriestraße 17",
                "74076 Heilbronn",
                "07131 58 93 0",
            ),
            (
                "Mittelhessische Kälte- und Klimatechnik GmbH",
                "Gewerbepark Nord 5",
                "35415 Pohlheim",
                "06403 77 21 0",
            ),
            ("Kälte Rieder GmbH & Co. KG", "Innstraße 44", "83022 Rosenheim", "08031 23 51 0"),
        ],
        "fr": [
            (
                "Froid Industriel Dauphinois SAS",
                "ZA des Platanes",
                "38170 Seyssinet",
                "04 76 21 48 30",
            ),
            ("Lorraine Froid Services", "Rue de la Fonderie", "57290 Fameck", "03 82 58 91 20"),
            (
                "Atlantique Réfrigération SARL",
                "ZI de la Lande",
                "44800 Saint-Herblain",
                "02 40 92 33 61",
            ),
        ],
    },
    "resurfacer": {
        "en": [
            (
                "Icecare Machinery UK Ltd",
                "Unit 4, Stadium Way",
                "Sheffield S9 3HN",
                "0114 256 0400",
            ),
            (
                "Arctic Rink Equipment Ltd",
                "Lakeside Industrial Estate",
                "Colnbrook SL3 0EL",
                "01753 682 944",
            ),
            (
                "Glacier Machine Parts Inc.",
                "16010 Shoemaker Avenue",
                "Cerritos, CA 90703, USA",
                "+1 562 921 3300",
            ),
        ],
        "de": [
            ("Eispflege-Technik Süd GmbH", "Gewerbering 9", "87600 Kaufbeuren", "08341 90 66 0"),
            ("Rinkmaschinen Schwarz GmbH", "Hafenstraße 31", "47119 Duisburg", "0203 80 91 40"),
        ],
        "fr": [
            (
                "Surfaçage Glace Équipement SAS",
                "15 rue de l'Industrie",
                "74000 Annecy",
                "04 50 57 81 20",
            ),
            ("Rink Service France", "ZA du Moulin", "35510 Cesson-Sévigné", "02 99 83 40 11"),
        ],
    },
    "energy": {
        "en": [
            ("Northern Power Business Energy Ltd", "PO Box 7612", "Leeds LS2 1BQ", "0345 600 2712"),
            (
                "Clearline Commercial Electricity plc",
                "Sovereign House, Station Road",
                "Warrington WA1 1RG",
                "0333 202 4470",
            ),
        ],
        "de": [
            ("Stadtwerke Talheim-Neckar GmbH", "Energieweg 2", "74388 Talheim", "07133 99 80 0"),
            ("EnergieSüd Vertrieb GmbH", "Postfach 10 22 44", "70019 Stuttgart", "0800 22 33 440"),
        ],
        "fr": [
            (
                "Électricité Rhône-Lorraine Entreprises",
                "TSA 40211",
                "69584 Lyon Cedex",
                "09 70 81 40 22",
            ),
            (
                "Volta Énergie Pro SAS",
                "Service clients, TSA 70122",
                "92894 Nanterre Cedex",
                "09 69 32 15 45",
            ),
        ],
    },
    "skates": {
        "en": [
            (
                "Bladeline Rink Supplies Ltd",
                "Unit 12, Deeside Park",
                "Deeside CH5 2NU",
                "01244 538 900",
            ),
            (
                "Northern Blades Inc.",
                "6535 Millcreek Drive",
                "Mississauga, ON L5N 2M2, Canada",
                "+1 905 812 4400",
            ),
        ],
        "de": [
            ("Kufen-Kraus Sportartikel GmbH", "Eisweg 7", "87629 Füssen", "08362 91 73 0"),
            (
                "Schlittschuh-Verleihsysteme Mayer KG",
                "Industriestraße 3",
                "94469 Deggendorf",
                "0991 37 04 0",
            ),
        ],
        "fr": [
            (
                "Glisse Location Équipements SAS",
                "Parc d'activités des Glaisins",
                "74940 Annecy-le-Vieux",
                "04 50 64 30 90",
            ),
            (
                "Patins Service Distribution",
                "14 rue des Forges",
                "25000 Besançon",
                "03 81 50 22 17",
            ),
        ],
    },
    "sharpen": {
        "en": [
            (
                "Edgeworks Mobile Skate Sharpening",
                "7 Lister Lane",
                "Halifax HX1 5AS",
                "07791 224 610",
            ),
            (
                "Hollow & Radius Sharpening Services",
                "Unit 2, Dale Mill",
                "Bury BL9 7HG",
                "07412 553 098",
            ),
        ],
        "de": [
            (
                "Schleifservice Kante - Mobiler Kufenschliff",
                "Ahornweg 14",
                "74076 Heilbronn",
                "0171 4 42 98 01",
            ),
            (
                "Kufenschleiferei Brandl",
                "Wasserburger Str. 60",
                "83022 Rosenheim",
                "0160 97 31 22 4",
            ),
        ],
        "fr": [
            ("Affûtage Pro Glisse", "3 impasse des Artisans", "38100 Grenoble", "06 71 28 44 90"),
            (
                "L'Atelier du Patin - Affûtage mobile",
                "21 rue Nationale",
                "44000 Nantes",
                "06 30 85 17 62",
            ),
        ],
    },
    "inspector": {
        "en": [
            ("Environmental Health (Commercial) Service", "Town Hall", "", "01422 288 210"),
            (
                "Health and Safety Executive - Field Operations Directorate",
                "Marshall's Mill, Marshall Street",
                "Leeds LS11 9YJ",
                "0300 003 1747",
            ),
        ],
        "de": [
            (
                "Verwaltungs-Berufsgenossenschaft - Präventionsdienst",
                "Deelbögenkamp 4",
                "22297 Hamburg",
                "040 5146 0",
            ),
            ("Landratsamt - Gewerbeaufsicht", "Allee 1", "", "07131 994 0"),
        ],
        "fr": [
            ("Commission communale de sécurité et d'accessibilité", "Hôtel de Ville", "", ""),
            (
                "DREETS - Inspection du travail, unité de contrôle",
                "22 rue Jean-Jaurès",
                "",
                "04 56 58 90 00",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Harland Leisure Insurance Brokers Ltd",
                "3 Park Square East",
                "Leeds LS1 2NE",
                "0113 245 8870",
            ),
            (
                "Sportscover Direct Ltd",
                "Minster House, Hull Road",
                "York YO10 3JB",
                "01904 611 340",
            ),
        ],
        "de": [
            (
                "Rheinland Sportstätten-Versicherungsmakler GmbH",
                "Kaiser-Wilhelm-Ring 22",
                "50672 Köln",
                "0221 91 28 40",
            ),
            ("Assekuranzkontor Süd GmbH", "Leopoldstraße 120", "80804 München", "089 38 19 77 0"),
        ],
        "fr": [
            (
                "Cabinet Arnaud Courtage Sport & Loisirs",
                "9 cours Berriat",
                "38000 Grenoble",
                "04 76 46 72 20",
            ),
            (
                "Mutuelle des Équipements Sportifs",
                "TSA 61100",
                "79060 Niort Cedex 9",
                "05 49 32 60 00",
            ),
        ],
    },
    "music": {
        "en": [
            ("PPL PRS Ltd - TheMusicLicence", "2 Pancras Square", "London N1C 4AG", "0800 086 0090")
        ],
        "de": [
            ("GEMA - Bezirksdirektion", "Rosenheimer Straße 11", "81667 München", "089 480 03 00")
        ],
        "fr": [
            (
                "Sacem - Délégation régionale",
                "Tour Part-Dieu, 129 rue Servient",
                "69003 Lyon",
                "09 69 32 14 06",
            )
        ],
    },
    "coach": {
        "en": [
            (
                "Natalie Brennan - Figure Skating Coach",
                "Flat 2, 41 Savile Park Road",
                "Halifax HX1 3EA",
                "07788 412 093",
            ),
            (
                "Tom Kowalczyk Ice Hockey Coaching",
                "19 Hollins Lane",
                "Sowerby Bridge HX6 2RP",
                "07533 219 840",
            ),
            ("Ellie Marsh BIS Level 3 Coach", "6 Birch Grove", "Bury BL9 9RD", ""),
        ],
        "de": [
            (
                "Katrin Feldmann - Eiskunstlauftrainerin",
                "Mozartstraße 9",
                "74072 Heilbronn",
                "0172 5 60 21 33",
            ),
            ("Jiri Novak Eishockey-Training", "Am Bach 2", "74388 Talheim", ""),
            ("Sabine Loibl, Trainer-A-Lizenz", "Kufsteiner Str. 31", "83022 Rosenheim", ""),
        ],
        "fr": [
            (
                "Camille Roussel - Entraîneur de patinage",
                "4 rue Lesdiguières",
                "38000 Grenoble",
                "06 62 18 40 93",
            ),
            ("Julien Maréchal EI - Hockey sur glace", "11 allée des Pins", "44300 Nantes", ""),
            ("Léa Fontaine, BEES patinage", "7 rue du Lavoir", "57100 Thionville", ""),
        ],
    },
}
FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Rachel",
        "Craig",
        "Hannah",
        "Lee",
        "Joanne",
        "Mark",
        "Priya",
        "Gareth",
        "Fiona",
        "Neil",
        "Amy",
        "Stuart",
    ],
    "de": [
        "Sabine",
        "Jörg",
        "Katrin",
        "Markus",
        "Julia",
        "Stefan",
        "Anja",
        "Thomas",
        "Eva",
        "Dirk",
        "Nadine",
        "Tobias",
        "Petra",
        "Uwe",
        "Lena",
        "Florian",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Camille",
        "Sébastien",
        "Sandrine",
        "Nicolas",
        "Léa",
        "Thierry",
        "Élodie",
        "Franck",
        "Aurélie",
        "Mathieu",
        "Sophie",
        "Cédric",
    ],
}
LASTS = {
    "en": [
        "Hartley",
        "Sutcliffe",
        "Greenwood",
        "Booth",
        "Akhtar",
        "Holroyd",
        "Pickles",
        "Walsh",
        "Rhodes",
        "Ingham",
        "Marsden",
        "Dobson",
        "Lister",
        "Mitchell",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Krämer",
        "Huber",
        "Wagner",
        "Brunner",
        "Maier",
        "Zimmermann",
        "Vogel",
        "Keller",
        "Schäfer",
        "Lorenz",
        "Hahn",
        "Winkler",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Roux",
        "Girard",
        "Morel",
        "Fournier",
        "Lambert",
        "Bonnet",
        "Faure",
        "Mercier",
        "Blanc",
        "Garnier",
        "Chevalier",
        "Perrin",
    ],
}
FEMALE = set(
    [
        "Sarah",
        "Emma",
        "Rachel",
        "Hannah",
        "Joanne",
        "Priya",
        "Fiona",
        "Amy",
        "Sabine",
        "Katrin",
        "Julia",
        "Anja",
        "Eva",
        "Nadine",
        "Petra",
        "Lena",
        "Nathalie",
        "Camille",
        "Sandrine",
        "Léa",
        "Élodie",
        "Aurélie",
        "Sophie",
        "Natalie",
        "Ellie",
    ]
)
KIDS = {
    "en": [
        "Olivia",
        "Amelia",
        "Isla",
        "Ava",
        "Mia",
        "Poppy",
        "Harry",
        "Oliver",
        "Jack",
        "Noah",
        "Leo",
        "Charlie",
        "Freya",
        "Alfie",
    ],
    "de": [
        "Emilia",
        "Hannah",
        "Mia",
        "Sophia",
        "Lina",
        "Ben",
        "Paul",
        "Leon",
        "Finn",
        "Noah",
        "Elias",
        "Ida",
        "Mats",
        "Greta",
    ],
    "fr": [
        "Jade",
        "Louise",
        "Emma",
        "Alice",
        "Chloé",
        "Lina",
        "Gabriel",
        "Léo",
        "Raphaël",
        "Arthur",
        "Louis",
        "Jules",
        "Inès",
        "Nathan",
    ],
}
MAILS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
}
ROADS = {
    "en": [
        "Moorside Road",
        "Hopwood Lane",
        "Bankfield Avenue",
        "Spring Hall Drive",
        "Albert Street",
        "Church Lane",
    ],
    "de": [
        "Hauptstraße",
        "Lindenweg",
        "Bergstraße",
        "Schillerstraße",
        "Am Mühlbach",
        "Gartenstraße",
    ],
    "fr": [
        "rue Victor-Hugo",
        "allée des Lilas",
        "rue de la Gare",
        "chemin des Vignes",
        "avenue Jean-Jaurès",
        "rue Pasteur",
    ],
}

# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

TALK = {
    "en": {
        "rink": "ice session pad skaters public rink barrier boards dasher club coach booking hire "
        "schedule changing rooms hockey figure skating resurfacing season allocation training",
        "plant": "compressor brine chiller condenser evaporator glycol pump oil pressure "
        "temperature valve refrigerant charge leak detector alarm plant room header slab",
        "legal": "hirer agreement clause party liability notice term period fees insurance "
        "termination indemnity premises obligation consent breach schedule assignment",
        "safety": "risk assessment hazard control measures staff training signage first aid "
        "records inspection barrier floor slip emergency procedures supervision equipment",
        "insure": "policy cover sum insured excess indemnity premium endorsement schedule period "
        "liability property interruption claim condition warranty exclusion",
    },
    "de": {
        "rink": "Eisfläche Eiszeit Training Verein Trainer Bande Umkleide Laufzeit Belegung "
        "Nutzung Saison Eishockey Eiskunstlauf Aufbereitung Publikumslauf Halle Zeiten",
        "plant": "Verdichter Sole Kältemittel Verflüssiger Verdampfer Pumpe Öldruck Temperatur "
        "Ventil Füllmenge Gaswarnanlage Maschinenraum Kühlrohre Anlage Druck",
        "legal": "Nutzer Vertrag Vereinbarung Haftung Kündigung Laufzeit Entgelt Versicherung "
        "Pflichten Betreiber Räume Zustimmung Vertragspartner Regelung Frist",
        "safety": "Gefährdungsbeurteilung Unterweisung Maßnahmen Prüfung Mängel Beschilderung "
        "Erste Hilfe Fluchtwege Dokumentation Aufsicht Betreiber Sicherheit",
        "insure": "Versicherungsschein Deckung Versicherungssumme Selbstbeteiligung Beitrag "
        "Haftpflicht Inhalt Gebäude Betriebsunterbrechung Klausel Schaden Bedingungen",
    },
    "fr": {
        "rink": "glace créneau séance patineurs piste balustrade club entraîneur réservation "
        "saison vestiaires hockey patinage surfaçage planning utilisation occupation",
        "plant": "compresseur saumure fluide condenseur évaporateur pompe pression huile "
        "température vanne charge détecteur alarme salle des machines dalle installation",
        "legal": "utilisateur convention article responsabilité résiliation durée redevance "
        "assurance obligations exploitant locaux accord partie préavis clause",
        "safety": "évaluation des risques consignes formation signalisation secours registre "
        "vérification issues de secours surveillance équipements prescriptions",
        "insure": "contrat garanties capitaux franchise cotisation responsabilité civile "
        "dommages biens perte d'exploitation clause sinistre conditions exclusions",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "rink", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "rink", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The rink of a stream: country, month, and what the previous document was about
# ---------------------------------------------------------------------------------------------

RINK: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same sender, day, matter).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(RINK["lang"])


def month() -> date:
    m = RINK["month"]
    assert isinstance(m, date)
    return m


def rink_row() -> Row:
    return RINKS[home()][int(RINK["row"])]  # type: ignore[call-overload]


def council_row() -> Row:
    return COUNCILS[home()][int(RINK["row"])]  # type: ignore[call-overload]


def rink_town() -> str:
    town = rink_row()[2]
    return town.split(" ", 1)[1] if home() in ("de", "fr") else town.rsplit(" ", 2)[0]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's rink and ``key``: a run or a repeat keeps its
    sender."""
    text = f"skewer/{key}/{who.name}/{who.street}/{who.city}/{RINK['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def rink_keyed(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"skewer/rink/{key}/{RINK['seed']}".encode()))


def add_months(d: date, n: int) -> date:
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


def season(d: date) -> str:
    y = d.year if d.month >= 7 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


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


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def months_name(lang: str, m: int) -> str:
    name = MONTHS[lang][m - 1]
    return {"Maerz": "März", "fevrier": "février", "aout": "août", "decembre": "décembre"}.get(
        name, name
    )


def a_home(rng: random.Random, lang: str) -> list[str]:
    """A private person's street and town near the rink."""
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 140)
    town = rink_row()[2]
    if lang == "en":
        pc = town.split()[-2] if len(town.split()) > 2 else "HX1"
        return [
            f"{no} {road}",
            f"{town.split()[0]} {pc[:2]}{rng.randint(1, 9)} {rng.randint(1, 9)}{serial(rng, 'AA')}",
        ]
    return [f"{road} {no}" if lang == "de" else f"{no} {road}", town]


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
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "rink": (
        "Public skating - Ice hockey - Figure skating school",
        "Publikumslauf - Eishockey - Eiskunstlaufschule",
        "Patinage public - Hockey - École de patinage",
    ),
    "refrig": (
        "Industrial refrigeration - Ice rink plant",
        "Kälteanlagenbau - Eisbahntechnik",
        "Froid industriel - Patinoires",
    ),
    "resurfacer": (
        "Ice resurfacers - Sales, service and parts",
        "Eisbearbeitungsmaschinen - Service - Ersatzteile",
        "Surfaceuses - Vente, entretien, pièces",
    ),
    "skates": (
        "Rental skates and rink accessories",
        "Leihschlittschuhe und Eishallenbedarf",
        "Patins de location et accessoires",
    ),
    "sharpen": ("Skate sharpening on site", "Kufenschliff vor Ort", "Affûtage de patins sur site"),
    "coach": (
        "Private and group lessons",
        "Einzel- und Gruppentraining",
        "Cours particuliers et collectifs",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("inspector", "council", "music"):
        return []
    if role in ("coach", "sharpen"):
        return [
            tr(
                lang,
                f"UTR {r.randint(1000, 9999)} {r.randint(10000, 99999)} - not VAT registered",
                f"Steuernummer {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
                f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(10000, 99999)} - micro-entrepreneur",
            )
        ]
    if lang == "de":
        out = [
            f"{r.choice(['Kreissparkasse', 'Volksbank', 'Sparkasse', 'VR-Bank'])} - IBAN "
            f"DE{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "KG" in name or "mbH" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Stuttgart', 'Gießen', 'Traunstein', 'Kempten'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {r.choice(FIRSTS['de'])} "
                f"{r.choice(LASTS['de'])}",
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE "
            f"{r.choice(['9311Z', '4322B', '3312Z', '4649Z', '9319Z'])}"
            f" - TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"skewer/head/{name}/{RINK['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("inspector", "council", "music"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("coach", "sharpen"):
        looks = ["plain", "centred", "side", "centred"]
    if not town:  # an authority of the rink's town
        town = council_row()[2]
    if "USA" in town or "Canada" in town:
        tld = "com"
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
        mail=f"{r.choice(['info', 'office', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
        paper=LETTER if ("USA" in town or "Canada" in town) else A4,
    )


def rink_head() -> Head:
    return make_head(rink_row(), home(), "rink")


def council_head() -> Head:
    return make_head(council_row(), home(), "council")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and rink), of the rink's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in SENDERS[role] if x != lang] or [lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
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
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}  {tel}", h.font, 7, w - 2 * m - 40), h.font, 7)
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
        low = f"{where}  {contact}" if line2 else contact
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
        if line2:
            p.text(
                m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or name.split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the rink's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Finance", "GM", "Office"],
                        "de": ["Buchhaltung", "GF", "Büro"],
                        "fr": ["Compta", "Direction", "Accueil"],
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


def subject(f: Sheets, s: Style, text: str) -> None:
    w, _ = f.size
    for ln in wrap(text, s.bold, s.size, w - 2 * s.margin):
        f.page.text(s.margin, f.y, ln, s.bold, s.size)
        f.y += s.size * 1.35
    f.y += s.size * 0.8


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Best wishes"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"skewer/staff/{tag}/{h.name}/{RINK['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


ROLES = {
    "gm": ("General Manager", "Geschäftsführer/in", "Directeur/trice"),
    "ice": ("Chief Ice Technician", "Eismeister", "Responsable technique glace"),
    "duty": ("Duty Manager", "Schichtleitung", "Responsable d'exploitation"),
    "school": (
        "Skating School Coordinator",
        "Leitung Eislaufschule",
        "Coordinatrice école de glace",
    ),
    "finance": ("Finance Assistant", "Buchhaltung", "Assistante comptable"),
}


def rink_staff(tag: str) -> tuple[str, str]:
    """A member of the rink's staff: name and role."""
    h = rink_head()
    return staff(h, tag), tr(h.lang, *ROLES[tag])


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def rink_lines(att: str = "") -> list[str]:
    return head_lines(rink_head(), att)


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
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


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 40), pt=6.5)
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


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "", signed: bool = True
) -> None:
    """A signature line of width ``w`` at ``y`` with ``label`` under it, signed by ``name``."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if signed and name:
        scrawl(p, x + 6, y - 3, name, 12)


def hand_lines(
    p: Page, x: float, y: float, w: float, text: str, rows: int, pt: float = 9.5, step: float = 15
) -> float:
    """Ruled lines filled with ``text`` in hand; the y below the last line."""
    lines = wrap(text, HAND, pt, w - 6)
    for k in range(rows):
        p.line(x, y + k * step + 3, x + w, y + k * step + 3)
        if k < len(lines):
            p.text(x + 3, y + k * step, lines[k], HAND, pt)
    return y + rows * step + 6


def bank_line(r: random.Random, lang: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lang]


# ---------------------------------------------------------------------------------------------
# Templates EEEEE: ice time with clubs and schools, the skating school, coaches
# ---------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
USES = {
    "en": [
        "Team training",
        "Junior training",
        "League match",
        "Figure skating patch",
        "Synchro practice",
        "School PE session",
        "Curling sheet hire",
        "Recreational hockey",
    ],
    "de": [
        "Mannschaftstraining",
        "Nachwuchstraining",
        "Ligaspiel",
        "Kürtraining",
        "Synchrontraining",
        "Schulsport",
        "Eisstockbahn",
        "Hobbyeishockey",
    ],
    "fr": [
        "Entraînement équipe",
        "Entraînement jeunes",
        "Match de championnat",
        "Patinage libre",
        "Ballet sur glace",
        "EPS scolaire",
        "Curling",
        "Hockey loisir",
    ],
}
PADS = {
    "en": ["Main pad", "Main pad", "Pad 2 (training)", "Full ice", "Half ice"],
    "de": ["Hauptfläche", "Hauptfläche", "Trainingsfläche", "ganze Fläche", "halbe Fläche"],
    "fr": [
        "Piste principale",
        "Piste principale",
        "Piste d'entraînement",
        "Glace entière",
        "Demi-glace",
    ],
}
RATE = {"en": (138.0, 196.0), "de": (115.0, 178.0), "fr": (105.0, 165.0)}


def club_for(rng: random.Random, who: Issuer, keep: bool) -> Row:
    """The club or school of an agreement or invoice: the issuer's own (``keep``) or any."""
    r = keyed(who, "club") if keep else rng
    return r.choice(SENDERS["club"][home()])


def a_slot(rng: random.Random, lg: str) -> tuple[int, str, str, float]:
    wd = rng.randrange(7)
    start = rng.choice([6.0, 6.5, 7.0, 16.5, 17.0, 18.0, 19.25, 20.5, 21.75, 8.0, 9.0, 13.5])
    if wd >= 5:
        start = rng.choice([7.0, 8.0, 12.0, 17.5, 19.0])
    hours = rng.choice([1.0, 1.0, 1.25, 1.5, 2.0, 0.75])

    def hm(t: float) -> str:
        hh, mm = int(t), round((t - int(t)) * 60)
        return f"{hh:02d}:{mm:02d}" if lg != "fr" else f"{hh:02d}h{mm:02d}"

    return wd, hm(start), hm(start + hours), hours


def tpl_ice_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The rink's ice time hire agreement with a club or school for the season, as the club
    signs and returns it: the parties and clauses, the schedule of sessions on a landscape
    page, now and then the conditions of hire, and the signature page with the club's stamp."""
    h = rink_head()
    lg = h.lang
    club = club_for(rng, who, True)
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    sea = season(d + timedelta(days=40))
    gm, gm_role = rink_staff("gm")
    contact = person(keyed(who, "contact"), lg)
    no = serial(rng, rng.choice(["ITA-99/999", "EZ-999-99", "CONV-9999"]))
    title = tr(
        lg,
        "ICE TIME HIRE AGREEMENT",
        "EISNUTZUNGSVERTRAG",
        "CONVENTION DE MISE À DISPOSITION DE LA GLACE",
    )
    f = sheets(s, h, f"{title} {sea} - {club[0]}")
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Season', 'Saison', 'Saison')} {sea}  -  "
        f"{tr(lg, 'Ref.', 'Vertrags-Nr.', 'Réf.')} {no}",
        s.font,
        s.size,
        "center",
    )
    f.y += 24
    r0 = rink_keyed("rate")
    rate = round(r0.uniform(*RATE[lg]) / 5) * 5
    start = date(int(sea[:4]), 9, 1)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Betreiber", "Exploitant"), h.name),
            (tr(lg, "Hirer", "Nutzer", "Utilisateur"), club[0]),
            (tr(lg, "Represented by", "vertreten durch", "Représenté par"), gm),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
            (tr(lg, "Term from", "Laufzeit ab", "Du"), short(start, lg)),
            (tr(lg, "Term to", "Laufzeit bis", "Au"), short(date(start.year + 1, 3, 31), lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    heads = {
        "en": [
            "Ice time",
            "Fees and payment",
            "Cancellation of sessions",
            "Supervision and conduct",
            "Insurance",
            "Changing rooms and storage",
            "Advertising boards",
            "Termination",
        ],
        "de": [
            "Eiszeiten",
            "Entgelt und Zahlung",
            "Ausfall von Eiszeiten",
            "Aufsicht",
            "Versicherung",
            "Umkleiden und Lagerräume",
            "Bandenwerbung",
            "Kündigung",
        ],
        "fr": [
            "Créneaux",
            "Redevance et paiement",
            "Annulation",
            "Encadrement et discipline",
            "Assurances",
            "Vestiaires et rangements",
            "Publicité",
            "Résiliation",
        ],
    }[lg]
    k = rng.randint(5, len(heads))
    for i, t in enumerate(heads[:k], 1):
        lab = tr(lg, f"{i}. {t}", f"§ {i} {t}", f"Article {i} - {t}")
        f.heading(m, lab, s.bold, s.size)
        text = prose(rng, lg, "legal", 1, 3)
        if i == 2:
            text = (
                tr(
                    lg,
                    f"The hirer shall pay {cash(rate, lg)} per hour of ice, invoiced monthly in "
                    "arrears and payable within 14 days. ",
                    f"Das Entgelt beträgt {cash(rate, lg)} je Stunde Eiszeit zzgl. gesetzlicher "
                    "USt. und wird monatlich nachträglich abgerechnet. ",
                    f"La redevance est fixée à {cash(rate, lg)} HT par heure de glace, facturée "
                    "mensuellement à terme échu. ",
                )
                + text
            )
        write(f, s, text, s.size - 0.5)
    pages = list(f.pages)
    # The schedule of sessions: a landscape page.
    slots = sorted((a_slot(rng, lg) for _ in range(rng.randint(3, 9))), key=lambda t: (t[0], t[1]))
    sl = paper(s, LAND, margin=44, pt=s.size)
    lw, lh = LAND

    def land_start(p: Page, n: int) -> float:
        p.text(
            44,
            40,
            tr(
                lg,
                "SCHEDULE 1 - ALLOCATED ICE TIME",
                "ANLAGE 1 - ZUGETEILTE EISZEITEN",
                "ANNEXE 1 - CRÉNEAUX ATTRIBUÉS",
            ),
            s.bold,
            12,
        )
        p.text(lw - 44, 40, f"{club[0]}  -  {sea}", s.font, 8, "right")
        return 70

    lf = Sheets(LAND, lh - 60, land_start)
    weeks = rng.choice([26, 28, 30, 32])
    cols = columns(
        44,
        lw - 44,
        [
            (1.4, "left"),
            (0.8, "left"),
            (0.8, "left"),
            (1.6, "left"),
            (2.2, "left"),
            (0.7, "right"),
            (0.8, "right"),
            (1, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    tot = 0.0
    for wd, a, b, hrs in slots:
        use = rng.choice(USES[lg])
        v = hrs * weeks * rate
        tot += v
        rows.append(
            [
                WEEKDAYS[lg][wd],
                a,
                b,
                rng.choice(PADS[lg]),
                use,
                str(weeks),
                f"{hrs * weeks:g}",
                money(rate, lg),
                money(v, lg),
            ]
        )
    table(
        lf,
        cols,
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "From", "von", "De"),
            tr(lg, "To", "bis", "À"),
            tr(lg, "Surface", "Fläche", "Piste"),
            tr(lg, "Use", "Nutzung", "Utilisation"),
            tr(lg, "Weeks", "Wochen", "Sem."),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Season", "Saison", "Saison"),
        ],
        rows,
        sl,
        size=9,
        rules=True,
        step=1.9,
    )
    lf.y += 10
    lf.page.text(
        lw - 44,
        lf.y,
        tr(lg, "Estimated season total", "Voraussichtliches Saisonentgelt", "Montant estimé")
        + f": {cash(tot, lg)}",
        s.bold,
        9.5,
        "right",
    )
    lf.y += 22
    text_block(lf.page, sl, 44, lf.y, lw - 88, words(rng, lg, "rink", 22), 8)
    pages.extend(lf.pages)
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF HIRE",
                    "ALLGEMEINE NUTZUNGSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES D'UTILISATION",
                ),
                heads * 2,
            )
        )
    # Signature page.
    p = Page(A4)
    y = m + 20.0
    p.text(m, y, tr(lg, "SIGNATURES", "UNTERSCHRIFTEN", "SIGNATURES"), s.bold, s.size + 2)
    y += 26
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Signed by the parties on the dates below. Each party keeps one original.",
            "Von beiden Parteien unterzeichnet. Jede Partei erhält eine Ausfertigung.",
            "Fait en deux exemplaires originaux, dont un pour chaque partie.",
        ),
    )
    y += 30
    half = (w - 2 * m - 30) / 2
    for k2, (lab, nm) in enumerate(
        [
            (tr(lg, "For the operator", "Für den Betreiber", "Pour l'exploitant"), gm),
            (tr(lg, "For the hirer", "Für den Nutzer", "Pour l'utilisateur"), contact),
        ]
    ):
        x = m + k2 * (half + 30)
        p.text(x, y, lab, s.bold, s.size)
        p.text(x, y + 18, tr(lg, "Date:", "Datum:", "Le :"), s.font, s.size - 1)
        hand(p, x + 40, y + 18, short(d + timedelta(days=k2 * rng.randint(2, 12)), lg), 9.5)
        sign_line(
            p,
            s,
            x,
            y + 70,
            half,
            f"{nm} ({gm_role if k2 == 0 else tr(lg, 'Secretary', 'Vorsitz', 'Président(e)')})",
            nm,
            k2 == 1 or rng.random() < 0.8,
        )
    if rng.random() < 0.7:
        stamp(p, m + half + 40, y + 95, [club[0][:28].upper(), club[1][:28], club[2][:28]])
    pages.append(p)
    received(rng, pages[0], d + timedelta(days=10), 0.3)
    remember(d, (club, rate))
    return close(pages, s, h)


def tpl_ice_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The rink's monthly ice time invoice to a club or school: the sessions of the month by
    date, time and surface, the hourly rate, the series-letting VAT note, the bank details."""
    h = rink_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("ice_agreement",)) and isinstance(ex, tuple):
        club, rate = ex[0], float(ex[1])
        d = last_day(rng, ("ice_agreement",), (20, 40))
    else:
        club = club_for(rng, who, False)
        rate = round(rink_keyed("rate").uniform(*RATE[lg]) / 5) * 5
        d = some_day(rng)
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    per = add_months(d, -1)
    inv = serial(rng, rng.choice(["SI-099999", "RE 2099-9999", "FA99-09999", "INV-09999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv} - {club[0]}")
    recipient(
        f,
        s,
        h,
        [club[0], tr(lg, "The Treasurer", "Kassenwart/in", "Le trésorier"), club[1], club[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, club[0]), "C9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Ice time for {months_name(lg, per.month)} {per.year}",
            f"Eiszeiten {months_name(lg, per.month)} {per.year}",
            f"Heures de glace - {months_name(lg, per.month)} {per.year}",
        ),
        s.size,
    )
    slots = [a_slot(rng, lg) for _ in range(rng.randint(1, 3))]
    rows = []
    net = 0.0
    dated = sorted(
        (per + timedelta(days=wk * 7 + (wd - per.weekday()) % 7), a, b, hrs)
        for wk in range(5)
        for wd, a, b, hrs in slots
    )
    for dd, a, b, hrs in dated:
        if dd.month != per.month:
            continue
        if True:
            if rng.random() < 0.08:
                rows.append(
                    [
                        short(dd, lg),
                        f"{a}-{b}",
                        tr(
                            lg,
                            "Cancelled by rink (plant fault) - no charge",
                            "Ausfall (Anlagenstörung) - keine Berechnung",
                            "Annulé (panne) - non facturé",
                        ),
                        "0",
                        money(rate, lg),
                        money(0, lg),
                    ]
                )
                continue
            v = hrs * rate
            net += v
            rows.append(
                [
                    short(dd, lg),
                    f"{a}-{b}",
                    rng.choice(USES[lg][:3] + USES[lg][3:4]),
                    f"{hrs:g}",
                    money(rate, lg),
                    money(v, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1.2, "left"), (3.4, "left"), (0.7, "right"), (1, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Session", "Nutzung", "Séance"),
            tr(lg, "Hrs", "Std.", "H"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    if lg == "en":
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0,
            note=(
                "VAT: exempt - letting of sports facilities for a series of 10 or more sessions "
                "to a club or school (VAT Notice 742)."
            ),
        )
    else:
        totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days by bank transfer quoting the invoice number:",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug auf folgendes Konto:",
            "Règlement à 30 jours par virement :",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(rink_keyed("bank"), lg), s.size - 1, 12)
    pages = close(f.pages, s, h)
    if rng.random() < 0.25:
        hand(
            pages[0],
            m + 200,
            hh - m - 70,
            tr(
                lg,
                f"pd {short(d + timedelta(days=12), lg)}",
                f"bez. {short(d + timedelta(days=12), lg)}",
                f"réglé le {short(d + timedelta(days=12), lg)}",
            ),
            11,
        )
    remember(d, (club, rate))
    return pages


COURSES = {
    "en": [
        "Tots (3-5 yrs)",
        "Kids Level 1-2",
        "Kids Level 3-4",
        "Kids Level 5-8",
        "Adult beginners",
        "Adult improvers",
        "Hockey starter",
    ],
    "de": [
        "Bambini (3-5 J.)",
        "Kinder Stufe 1",
        "Kinder Stufe 2",
        "Kinder Stufe 3",
        "Erwachsene Anfänger",
        "Erwachsene Fortgeschr.",
        "Eishockey-Schnupperkurs",
    ],
    "fr": [
        "Jardin de glace (3-5 ans)",
        "Enfants niveau 1",
        "Enfants niveau 2",
        "Enfants niveau 3",
        "Adultes débutants",
        "Adultes perfectionnement",
        "Initiation hockey",
    ],
}


def tpl_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's learn-to-skate course enrolment form on the rink's paper, filled in by hand
    (skater, course and day ticks, skate hire, health, photo consent, payment, office use box),
    mostly with the acknowledgement of risk and waiver signed on a second sheet."""
    h = rink_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    parent = person(rng, lg)
    child = f"{rng.choice(KIDS[lg])} {parent.split()[-1]}"
    adult = rng.random() < 0.15
    if adult:
        child = parent
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "LEARN TO SKATE - COURSE ENROLMENT FORM",
        "ANMELDUNG EISLAUFSCHULE",
        "BULLETIN D'INSCRIPTION - ÉCOLE DE GLACE",
    )
    p.text(m, y, fit(title, s.bold, 13, w - 2 * m), s.bold, 13)
    term = tr(
        lg,
        f"Term starting {short(d + timedelta(days=rng.randint(5, 20)), lg)}",
        f"Kursblock ab {short(d + timedelta(days=rng.randint(5, 20)), lg)}",
        f"Session à partir du {short(d + timedelta(days=rng.randint(5, 20)), lg)}",
    )
    y += 15
    p.text(m, y, term, s.font, 8.5)
    y += 20
    y = band(p, s, y, tr(lg, "1. Skater's details", "1. Angaben zum Teilnehmer", "1. Le patineur"))
    born = date(
        d.year - (rng.randint(22, 55) if adult else rng.randint(3, 13)),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )
    home_ = a_home(rng, lg)
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Vor- und Nachname", "Nom et prénom"), child),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(home_)),
            (
                tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Responsable légal"),
                "" if adult else parent,
            ),
            (
                tr(lg, "Mobile", "Handy", "Portable"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{parent.split()[0].lower()}.{parent.split()[-1].lower()}@"
                + rng.choice(MAILS[lg]),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Course and day", "2. Kurs und Tag", "2. Cours et jour"))
    courses = COURSES[lg]
    pick = {rng.randrange(4, 6) if adult else rng.randrange(0, 4)} if rng.random() < 0.9 else {6}
    y = ticks(p, s, m, y + 12, w - 2 * m, courses, pick)
    y = ticks(p, s, m, y, w - 2 * m, WEEKDAYS[lg][2:], {rng.randrange(5)})
    p.text(
        m,
        y + 4,
        tr(lg, "Hire skates needed?", "Leihschlittschuhe benötigt?", "Location de patins ?"),
        s.font,
        8.5,
    )
    hire = rng.random() < 0.6
    ticks(p, s, m + 150, y + 4, 120, yes_no(lg), {0 if hire else 1})
    p.text(m + 290, y + 4, tr(lg, "Shoe size:", "Schuhgröße:", "Pointure :"), s.font, 8.5)
    if hire:
        hand(
            p,
            m + 350,
            y + 4,
            str(rng.randint(26, 44))
            if lg != "en"
            else f"{rng.choice(['C', ''])}{rng.randint(1, 12)}",
        )
    y += 26
    y = band(p, s, y, tr(lg, "3. Health", "3. Gesundheit", "3. Santé"))
    p.text(
        m,
        y + 12,
        fit(
            tr(
                lg,
                "Any medical condition, allergy or injury we should know about?",
                "Gesundheitliche Einschränkungen, Allergien oder Verletzungen?",
                "Problème de santé, allergie ou blessure à signaler ?",
            ),
            s.font,
            8.5,
            w - 2 * m - 90,
        ),
        s.font,
        8.5,
    )
    ill = rng.random() < 0.3
    ticks(p, s, w - m - 80, y + 12, 80, yes_no(lg), {0 if ill else 1})
    y = hand_lines(
        p,
        m,
        y + 30,
        w - 2 * m,
        rng.choice(
            [
                "Asthma - carries inhaler",
                "mild asthma, inhaler in bag",
                "Nut allergy (EpiPen)",
                "Brille",
                "Knie-OP 2023",
                "asthme léger",
                "lunettes",
            ]
        )
        if ill
        else "",
        2,
    )
    y = band(p, s, y, tr(lg, "4. Photographs", "4. Fotos", "4. Droit à l'image"))
    p.text(
        m,
        y + 12,
        fit(
            tr(
                lg,
                "I consent to photos of the skater being used in rink publicity.",
                "Ich bin mit der Verwendung von Fotos für die Öffentlichkeitsarbeit einverstanden.",
                "J'autorise l'utilisation de photos pour la communication de la patinoire.",
            ),
            s.font,
            8.5,
            w - 2 * m - 90,
        ),
        s.font,
        8.5,
    )
    ticks(p, s, w - m - 80, y + 12, 80, yes_no(lg), {rng.randrange(2)})
    y += 28
    y = band(p, s, y, tr(lg, "5. Payment", "5. Zahlung", "5. Règlement"))
    fee = rng.choice([59.0, 72.0, 84.0, 96.0, 110.0])
    y = ticks(
        p,
        s,
        m,
        y + 12,
        w - 2 * m - 160,
        [
            tr(lg, "Card", "EC-Karte", "Carte"),
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Bank transfer", "Überweisung", "Chèque"),
            tr(lg, "Voucher", "Gutschein", "Pass'Sport"),
        ],
        {rng.randrange(4)},
    )
    p.text(w - m - 150, y - 18, tr(lg, "Amount:", "Betrag:", "Montant :"), s.font, 8.5)
    hand(p, w - m - 100, y - 18, cash(fee, lg))
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Signed (parent/guardian or adult skater):", "Unterschrift:", "Signature :"),
        s.font,
        8.5,
    )
    scrawl(p, m + 200, y, parent)
    p.text(w - m - 150, y, tr(lg, "Date:", "Datum:", "Date :"), s.font, 8.5)
    hand(p, w - m - 110, y, short(d, lg))
    y += 24
    if y < hh - 110:
        yb = hh - m - 50
        p.rect(m, yb, w - 2 * m, 40)
        p.text(
            m + 4,
            yb + 9,
            tr(lg, "FOR OFFICE USE", "NUR FÜR DIE VERWALTUNG", "RÉSERVÉ À L'ADMINISTRATION"),
            s.bold,
            7,
        )
        p.text(
            m + 4,
            yb + 24,
            tr(
                lg,
                "Received by / Till ref. / Group",
                "Angenommen von / Beleg / Gruppe",
                "Reçu par / N° caisse / Groupe",
            ),
            s.font,
            7,
        )
        if rng.random() < 0.7:
            hand(
                p,
                m + 200,
                yb + 28,
                f"{rink_staff('school')[0][0]}.{rink_staff('school')[0].split()[-1][:3]} "
                f"  {serial(rng, '99999')}   {rng.choice(['A', 'B', 'C'])}{rng.randint(1, 4)}",
                10,
            )
    pages = [p]
    if rng.random() < 0.75:
        q = Page(A4)
        yy = heading(q, s, h) if rng.random() < 0.5 else m
        q.text(
            w / 2,
            yy,
            fit(
                tr(
                    lg,
                    "ACKNOWLEDGEMENT OF RISK AND WAIVER",
                    "HAFTUNGSAUSSCHLUSS UND EINVERSTÄNDNISERKLÄRUNG",
                    "RECONNAISSANCE DES RISQUES ET DÉCHARGE",
                ),
                s.bold,
                12,
                w - 2 * m,
            ),
            s.bold,
            12,
            "center",
        )
        yy += 28
        yy = text_block(q, s, m, yy, w - 2 * m, words(rng, lg, "safety", 30), 9)
        for k in range(rng.randint(5, 8)):
            yy = text_block(
                q,
                s,
                m + 14,
                yy,
                w - 2 * m - 14,
                f"{k + 1}. " + words(rng, lg, rng.choice(["safety", "rink"]), rng.randint(12, 26)),
                8.5,
            )
        yy += 14
        for lab, val in [
            (tr(lg, "Skater", "Teilnehmer/in", "Patineur"), child),
            (
                tr(
                    lg,
                    "Name of parent / guardian",
                    "Name Erziehungsberechtigte/r",
                    "Nom du responsable légal",
                ),
                parent,
            ),
        ]:
            q.text(m, yy, lab, s.font, 8.5)
            hand(q, m + 170, yy, val.upper() if rng.random() < 0.5 else val)
            q.line(m + 165, yy + 3, w - m, yy + 3)
            yy += 22
        yy += 20
        sign_line(q, s, m, yy, 200, tr(lg, "Signature", "Unterschrift", "Signature"), parent)
        q.line(w - m - 150, yy, w - m, yy)
        q.text(w - m - 150, yy + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        hand(q, w - m - 140, yy - 4, short(d, lg))
        pages.append(q)
    remember(d, parent)
    return pages


CLASSES = {
    "en": [
        "Sat LTS group L3-4",
        "Sun Tots class",
        "Private lesson",
        "Adult improvers",
        "Hockey development",
        "Competition squad",
        "Off-ice session",
    ],
    "de": [
        "Sa Eislaufschule Stufe 2",
        "So Bambini",
        "Einzeltraining",
        "Erwachsenenkurs",
        "Nachwuchs U11",
        "Leistungsgruppe",
        "Athletik (off-ice)",
    ],
    "fr": [
        "Sam. école de glace niv. 2",
        "Dim. jardin de glace",
        "Cours particulier",
        "Adultes perfectionnement",
        "Hockey U11",
        "Groupe compétition",
        "Préparation hors glace",
    ],
}


def tpl_coach_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance skating coach's invoice to the rink's skating school for the classes taught
    in a month: a plain letterhead, the lessons by date and hours, the small-business tax note,
    the coach's bank details; A5 or A4, now and then written in a duplicate book."""
    h = head_of(who, "coach", abroad=0.12)
    lg = h.lang
    r = keyed(who, "coach")
    size = A5 if r.random() < 0.45 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    per = add_months(d, -rng.choice([1, 1, 1, 2]))
    rate = r.choice([24.0, 28.0, 30.0, 32.0, 35.0, 38.0])
    pre = r.choice({"en": ["", "INV", "C"], "de": ["", "R", "RE"], "fr": ["", "F", "FA"]}[lg])
    inv = f"{pre}{per.year % 100}{per.month:02d}{r.randint(1, 9)}"
    coach = (
        h.name.split(" - ")[0]
        .split(",")[0]
        .replace(" Ice Hockey Coaching", "")
        .replace(" Eishockey-Training", "")
        .replace(" BIS Level 3 Coach", "")
        .replace(" EI", "")
    )
    lines = []
    for wk in range(rng.randint(3, 5)):
        for c in r.sample(CLASSES[lg], r.randint(1, 3)):
            dd = per + timedelta(days=wk * 7 + rng.randint(0, 6))
            lines.append((dd, c, rng.choice([0.5, 1.0, 1.0, 1.5, 2.0])))
    lines.sort()
    net = sum(hrs * rate for _, _, hrs in lines)
    if r.random() < 0.3 and lg == home():
        # A duplicate invoice book filled in by hand.
        s = style_of(h, A5, margin=30, pt=8.5)
        w, hh = A5
        m = 30
        p = Page(A5)
        p.rect(m - 8, m - 16, w - 2 * m + 16, hh - 2 * m + 24)
        p.text(m, m, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 13)
        p.text(w - m, m, f"No. {serial(rng, '9999')}", "Helvetica", 9, "right")
        y = m + 22
        for lab, val in [
            (tr(lg, "From", "Von", "De"), coach),
            (tr(lg, "To", "An", "À"), rink_head().name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ]:
            p.text(m, y, lab, "Helvetica", 8)
            hand(p, m + 40, y, val, 9, w - 2 * m - 45)
            p.line(m + 38, y + 3, w - m, y + 3)
            y += 18
        y += 6
        p.line(m, y, w - m, y)
        p.text(m, y + 10, tr(lg, "Details", "Leistung", "Désignation"), "Helvetica-Bold", 8)
        p.text(w - m, y + 10, tr(lg, "£", "€", "€"), "Helvetica-Bold", 8, "right")
        y += 26
        for dd, c, hrs in lines[:14]:
            hand(p, m, y, f"{dd.day:02d}/{dd.month:02d} {c} {hrs:g}h", 8.5, w - 2 * m - 60)
            p.text(w - m, y, money(hrs * rate, lg), HAND, 8.5, "right")
            p.line(m, y + 3, w - m, y + 3)
            y += 14
        y += 6
        p.text(w - m - 90, y, tr(lg, "Total", "Summe", "Total"), "Helvetica-Bold", 9)
        p.text(w - m, y, money(net, lg), HAND, 10, "right")
        y += 22
        hand(
            p,
            m,
            y,
            tr(
                lg,
                "Not VAT registered - BACS please",
                "Kleinunternehmer § 19 UStG",
                "TVA non applicable art. 293 B",
            ),
            8.5,
            w - 2 * m,
        )
        scrawl(p, w - m - 90, y + 28, coach)
        received(rng, p, d, 0.2)
        remember(d)
        return [p]
    f = sheets(s, h, f"{coach} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        rink_lines(tr(lg, "Skating School", "Eislaufschule", "École de glace")),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv)],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"Coaching {months_name(lg, per.month)} {per.year}",
            f"Trainerstunden {months_name(lg, per.month)} {per.year}",
            f"Heures d'encadrement - {months_name(lg, per.month)} {per.year}",
        ),
        s.size,
    )
    cols = columns(
        m, w - m, [(1.1, "left"), (3, "left"), (0.6, "right"), (0.9, "right"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Class", "Kurs", "Cours"),
            tr(lg, "Hrs", "Std.", "H"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [short(dd, lg), c, f"{hrs:g}", money(rate, lg), money(hrs * rate, lg)]
            for dd, c, hrs in lines
        ],
        s,
        rules=r.random() < 0.5,
    )
    note = tr(
        lg,
        "Not registered for VAT.",
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "TVA non applicable, art. 293 B du CGI.",
    )
    totals(f, s, lg, round(net, 2), 0.0, note=note)
    write(f, s, f"{tr(lg, 'Bank', 'Bankverbindung', 'RIB')}: {bank_line(r, lg)}", s.size - 1)
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    if rng.random() < 0.35:
        hand(
            pages[0],
            m,
            hh - m - 20,
            tr(home(), "checked v. register - ok", "sachlich richtig", "vu - bon pour paiement"),
            10,
        )
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates EEEEE: the refrigeration plant and the ice resurfacer
# ---------------------------------------------------------------------------------------------

GASES = [("R717", "ammonia"), ("R449A", "hfc"), ("R404A", "hfc"), ("R744", "co2")]


def plant_gas() -> tuple[str, str, float]:
    r = rink_keyed("gas")
    g, kind = r.choice(GASES)
    charge = {
        "ammonia": r.choice([380.0, 450.0, 620.0]),
        "hfc": r.choice([140.0, 190.0, 240.0]),
        "co2": r.choice([300.0, 420.0]),
    }[kind]
    return g, kind, charge


CHECKS = {
    "en": [
        "Compressor oil level and condition",
        "Suction / discharge pressures",
        "Brine / glycol concentration",
        "Brine pump seals and bearings",
        "Condenser fans and coils",
        "Safety cut-outs tested",
        "Gas detection alarms",
        "Plant room ventilation",
        "Under-floor heating circuit",
        "Control panel alarms and logs",
        "Visual leak inspection",
        "Water treatment dosing",
    ],
    "de": [
        "Ölstand und Ölzustand Verdichter",
        "Saug- / Hochdruck",
        "Solekonzentration",
        "Solepumpen Gleitringdichtungen",
        "Verflüssiger Ventilatoren",
        "Sicherheitsdruckbegrenzer geprüft",
        "Gaswarnanlage",
        "Lüftung Maschinenraum",
        "Unterfrierschutzheizung",
        "Steuerung Störmeldungen",
        "Sichtprüfung Dichtheit",
        "Wasseraufbereitung",
    ],
    "fr": [
        "Niveau et état de l'huile",
        "Pressions BP / HP",
        "Concentration saumure",
        "Garnitures pompes saumure",
        "Ventilateurs condenseur",
        "Pressostats de sécurité",
        "Détection de fluide",
        "Ventilation salle des machines",
        "Réchauffage sous dalle",
        "Automate et alarmes",
        "Contrôle visuel étanchéité",
        "Traitement d'eau",
    ],
}


def tpl_plant_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The refrigeration contractor's plant service report: visit fields, refrigerant and
    charge, the checklist with OK / action / n/a ticks, the compressor readings in hand,
    remarks, engineer's and duty manager's signatures; now and then a landscape readings log."""
    h = head_of(who, "refrig")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("plant_contract",), (10, 30))
    gas, _kind, charge = plant_gas()
    eng = staff(h, f"eng{rng.randrange(2)}")
    job = serial(rng, rng.choice(["SR-999999", "WP 99999", "BI-99-9999"]))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "PLANT SERVICE REPORT",
        "WARTUNGSPROTOKOLL KÄLTEANLAGE",
        "RAPPORT D'INTERVENTION - MAINTENANCE",
    )
    p.text(m, y, fit(title, s.bold, 13, w - 2 * m - 120), s.bold, 13)
    p.text(w - m, y, f"No. {job}", s.bold, 10, "right")
    y += 18
    arr = rng.choice([7, 8, 9, 10, 13])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Anlage / Ort", "Site"), f"{rink_head().name}, {rink_town()}"),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (
                tr(lg, "Arrived / left", "Ankunft / Ende", "Arrivée / départ"),
                f"{arr:02d}:{rng.choice(['05', '20', '40'])} / "
                f"{arr + rng.randint(2, 6):02d}:{rng.choice(['10', '30', '55'])}",
            ),
            (tr(lg, "Refrigerant", "Kältemittel", "Fluide"), gas),
            (tr(lg, "Charge (kg)", "Füllmenge (kg)", "Charge (kg)"), f"{charge:g}"),
        ],
        per=3,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Planned maintenance", "Wartung", "Maintenance préventive"),
            tr(lg, "Breakdown / call-out", "Störung", "Dépannage"),
            tr(lg, "Start-up", "Inbetriebnahme", "Mise en glace"),
        ],
        {0 if rng.random() < 0.7 else rng.randrange(1, 3)},
    )
    y += 4
    cx = [w - m - 96, w - m - 62, w - m - 28]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    p.text(m + 4, y, tr(lg, "Check", "Prüfpunkt", "Point de contrôle"), s.bold, 8)
    for x, t in zip(cx, ["OK", tr(lg, "Act.", "Maßn.", "Action"), "n/a"], strict=True):
        p.text(x + 4, y, t, s.bold, 7.5, "center")
    y += 14
    for item in CHECKS[lg]:
        state = 0 if rng.random() < 0.82 else rng.choice([1, 2])
        p.text(m + 4, y, item, s.font, 8.5)
        for k, x in enumerate(cx):
            box(p, x, y, k == state, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 13
    y += 8
    p.text(m, y, tr(lg, "Readings", "Messwerte", "Relevés"), s.bold, 9)
    y += 12
    cols = [m, m + 110, m + 190, m + 270, m + 350, m + 420]
    heads = [
        tr(lg, "Compressor", "Verdichter", "Compresseur"),
        tr(lg, "Suction bar", "ND bar", "BP bar"),
        tr(lg, "Disch. bar", "HD bar", "HP bar"),
        tr(lg, "Oil bar", "Öl bar", "Huile bar"),
        "A",
        tr(lg, "Run hrs", "Bh", "Heures"),
    ]
    for x, t in zip(cols, heads, strict=True):
        p.text(x, y, t, s.bold, 7.5)
    y += 14
    for c in range(rng.randint(2, 3)):
        vals = [
            f"C{c + 1}",
            f"{rng.uniform(0.8, 2.6):.1f}",
            f"{rng.uniform(9, 14):.1f}",
            f"{rng.uniform(2.5, 4.5):.1f}",
            str(rng.randint(60, 140)),
            str(rng.randint(4000, 38000)),
        ]
        for x, v in zip(cols, vals, strict=True):
            hand(p, x, y, v, 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 15
    hand(
        p,
        m,
        y + 2,
        f"{tr(lg, 'Brine out/in', 'Sole VL/RL', 'Saumure dép./ret.')} -{rng.uniform(7, 10):.1f} / "
        f"-{rng.uniform(5, 7.5):.1f} °C   {tr(lg, 'Ice surface', 'Eisoberfl.', 'Glace')} "
        f"-{rng.uniform(3, 6):.1f} °C",
        9,
    )
    y += 22
    p.text(
        m,
        y,
        tr(
            lg,
            "Remarks / work carried out",
            "Bemerkungen / ausgeführte Arbeiten",
            "Observations / travaux réalisés",
        ),
        s.bold,
        9,
    )
    y = hand_lines(p, m, y + 16, w - 2 * m, words(rng, lg, "plant", rng.randint(14, 30)), 4, 9, 14)
    ys = min(y + 26, hh - m - 40)
    half = (w - 2 * m - 40) / 2
    sign_line(p, s, m, ys, half, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    duty = rink_staff(rng.choice(["duty", "ice"]))
    sign_line(
        p,
        s,
        m + half + 40,
        ys,
        half,
        f"{tr(lg, 'Customer', 'Kunde', 'Client')}: {duty[0]}",
        duty[0],
        rng.random() < 0.85,
    )
    pages = [p]
    if rng.random() < 0.35:
        lw, _lh = LAND
        q = Page(LAND)
        q.text(
            40,
            40,
            tr(lg, "PLANT LOG - READINGS", "ANLAGENPROTOKOLL - MESSWERTE", "RELEVÉ DES PARAMÈTRES"),
            s.bold,
            12,
        )
        q.text(lw - 40, 40, f"{job}  {short(d, lg)}", s.font, 8, "right")
        heads2 = [
            tr(lg, "Time", "Zeit", "Heure"),
            "C1 BP",
            "C1 HP",
            "C2 BP",
            "C2 HP",
            tr(lg, "Brine out", "Sole VL", "Saum. dép."),
            tr(lg, "Brine in", "Sole RL", "Saum. ret."),
            tr(lg, "Cond.", "Verfl.", "Cond."),
            tr(lg, "Slab", "Platte", "Dalle"),
            tr(lg, "Hall °C", "Halle °C", "Hall °C"),
            "RH %",
        ]
        xs = [40 + k * (lw - 80) / len(heads2) for k in range(len(heads2))]
        yy = 70.0
        for x, t in zip(xs, heads2, strict=True):
            q.text(x, yy, t, s.bold, 8)
        q.line(40, yy + 5, lw - 40, yy + 5)
        yy += 20
        for k in range(rng.randint(10, 22)):
            t = f"{(arr + k // 2) % 24:02d}:{'00' if k % 2 == 0 else '30'}"
            vals = [
                t,
                f"{rng.uniform(1, 2.4):.1f}",
                f"{rng.uniform(10, 13):.1f}",
                f"{rng.uniform(1, 2.4):.1f}",
                f"{rng.uniform(10, 13):.1f}",
                f"-{rng.uniform(7, 10):.1f}",
                f"-{rng.uniform(5, 7):.1f}",
                f"{rng.uniform(24, 33):.0f}",
                f"-{rng.uniform(3, 6):.1f}",
                f"{rng.uniform(8, 14):.0f}",
                f"{rng.randint(55, 80)}",
            ]
            for x, v in zip(xs, vals, strict=True):
                hand(q, x, yy, v, 8.5)
            q.line(40, yy + 4, lw - 40, yy + 4)
            yy += 17
        pages.append(q)
    remember(d, job)
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
                else "Page {i}/{n}",
            ]
        ),
    )


SYSTEMS = {
    "en": [
        "Main ice pad plant",
        "Training pad chiller",
        "Bar cold room",
        "Office split A/C",
        "Dehumidifier heat pump",
    ],
    "de": [
        "Hauptkälteanlage Eisfläche",
        "Trainingsfläche Kaltwassersatz",
        "Kühlzelle Gastronomie",
        "Split-Klima Büro",
        "Entfeuchtung Wärmepumpe",
    ],
    "fr": [
        "Production froid piste principale",
        "Groupe piste d'entraînement",
        "Chambre froide buvette",
        "Climatisation bureaux",
        "Déshumidificateur PAC",
    ],
}
GWP = {"R449A": 1397, "R404A": 3922, "R410A": 2088, "R134a": 1430, "R32": 675}


def copy_of_card(rng: random.Random, h: Head, eng: str) -> Page:
    """A photocopy of the engineer's refrigerant handling certificate card on an A4 sheet."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    g = rng.uniform(0.35, 0.6)
    p.rect(0, 0, rng.uniform(8, 20), hh, fill=g)
    if rng.random() < 0.5:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)
    x, y = rng.uniform(70, 140), rng.uniform(90, 200)
    cw, ch = 243.0, 153.0
    for k in range(2):
        yy = y + k * (ch + 30)
        p.rect(x, yy, cw, ch)
        p.rect(x, yy, cw, 22, fill=0.45)
        if k == 0:
            p.text(
                x + 8,
                yy + 15,
                fit(
                    tr(
                        lg,
                        "F-GAS CERTIFICATE - CATEGORY I",
                        "SACHKUNDEBESCHEINIGUNG KAT. I",
                        "ATTESTATION D'APTITUDE CAT. I",
                    ),
                    "Helvetica-Bold",
                    8.5,
                    cw - 16,
                ),
                "Helvetica-Bold",
                8.5,
            )
            p.rect(x + 8, yy + 30, 52, 66, fill=rng.uniform(0.4, 0.7))
            ty = yy + 40
            for t in [
                eng,
                f"{tr(lg, 'Cert. no.', 'Nr.', 'N°')} {serial(rng, 'AA/99999')}",
                tr(lg, "Issued", "Ausgestellt", "Délivrée le")
                + " "
                + short(date(rng.randint(2014, 2023), rng.randint(1, 12), rng.randint(1, 28)), lg),
                tr(
                    lg,
                    "Regulation (EU) 2015/2067",
                    "Durchführungsverordnung (EU) 2015/2067",
                    "Règlement (UE) 2015/2067",
                ),
            ]:
                p.text(x + 68, ty, fit(t, "Helvetica", 7.5, cw - 76), "Helvetica", 7.5)
                ty += 12
            scrawl(p, x + 70, yy + ch - 16, eng, 11)
        else:
            p.text(x + 8, yy + 15, tr(lg, "Reverse", "Rückseite", "Verso"), "Helvetica-Bold", 8)
            ty = yy + 38
            for t in wrap(words(rng, lg, "plant", 40), "Helvetica", 6.5, cw - 16):
                if ty > yy + ch - 8:
                    break
                p.text(x + 8, ty, t, "Helvetica", 6.5)
                ty += 8
    p.text(
        x,
        y + 2 * ch + 60,
        tr(lg, "Copy - certified true copy", "Kopie", "Copie certifiée conforme"),
        HAND,
        10,
    )
    return p


def tpl_leak_check(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's leak check certificate for one system (F-gas leak check record,
    Dichtheitsprüfung nach Verordnung (EU) 2024/573, fiche d'intervention) or, for an ammonia or
    CO2 plant, the gas detector calibration certificate; sometimes with the copy of the
    engineer's certificate card behind."""
    h = head_of(who, "refrig")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("plant_service", "leak_check"), (0, 9))
    gas, kind, charge = plant_gas()
    eng = staff(h, f"eng{rng.randrange(2)}")
    p = Page(A4)
    y = heading(p, s, h)
    sysname = rng.choice(SYSTEMS[lg])
    if sysname == SYSTEMS[lg][0] and kind != "hfc":
        kind2 = kind
    else:
        kind2 = "hfc"
        if sysname != SYSTEMS[lg][0]:
            gas = rng.choice(["R410A", "R134a", "R32", "R449A"])
            charge = rng.choice([3.2, 5.8, 9.5, 14.0, 22.0])
    if kind2 == "hfc":
        title = tr(
            lg,
            "REFRIGERANT LEAK CHECK CERTIFICATE",
            "PROTOKOLL DICHTHEITSPRÜFUNG",
            "FICHE D'INTERVENTION",
        )
        sub = tr(
            lg,
            "Regulation (EU) 2024/573 on fluorinated greenhouse gases",
            "gemäß Verordnung (EU) 2024/573 (F-Gase)",
            "Cerfa n° 15497*04 - articles R.543-75 et suivants du code de l'environnement",
        )
    else:
        title = tr(
            lg,
            "GAS DETECTION - CALIBRATION CERTIFICATE",
            "PRÜFBESCHEINIGUNG GASWARNANLAGE",
            "CERTIFICAT D'ÉTALONNAGE - DÉTECTION",
        )
        sub = tr(
            lg,
            f"{gas} {'ammonia' if kind2 == 'ammonia' else 'carbon dioxide'} detectors - BS EN "
            "378-3",
            f"Gaswarnanlage {gas} nach DIN EN 378-3 / DGUV",
            f"Détecteurs {gas} - NF EN 378-3",
        )
    p.text(m, y, fit(title, s.bold, 13, w - 2 * m), s.bold, 13)
    p.text(m, y + 13, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5)
    y += 30
    cert = serial(rng, rng.choice(["LC-999999", "DP 99-9999", "FI-2099-999"]))
    items = [
        (tr(lg, "Operator", "Betreiber", "Détenteur"), rink_head().name),
        (tr(lg, "Certificate no.", "Protokoll-Nr.", "N° de fiche"), cert),
        (
            tr(lg, "Site address", "Standort", "Adresse du site"),
            f"{rink_head().street}, {rink_town()}",
        ),
        (tr(lg, "Date of check", "Prüfdatum", "Date d'intervention"), short(d, lg)),
        (tr(lg, "System", "Anlage", "Équipement"), sysname),
        (tr(lg, "Refrigerant", "Kältemittel", "Fluide"), gas),
        (tr(lg, "Charge (kg)", "Füllmenge (kg)", "Charge (kg)"), f"{charge:g}"),
    ]
    if kind2 == "hfc":
        items.append(
            (
                tr(lg, "t CO2e", "t CO2-Äquivalent", "t éq. CO2"),
                f"{charge * GWP.get(gas, 1400) / 1000:.1f}",
            )
        )
    y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24, hand=rng.random() < 0.5)
    if kind2 == "hfc":
        y = band(p, s, y, tr(lg, "Check", "Prüfung", "Nature de l'intervention"))
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Periodic leak check",
                    "Wiederkehrende Prüfung",
                    "Contrôle d'étanchéité périodique",
                ),
                tr(lg, "After repair", "Nach Reparatur", "Après réparation"),
                tr(lg, "Commissioning", "Inbetriebnahme", "Mise en service"),
            ],
            {0 if rng.random() < 0.8 else 1},
        )
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Direct (electronic detector)",
                    "direkte Methode (Lecksuchgerät)",
                    "Méthode directe",
                ),
                tr(lg, "Indirect (system parameters)", "indirekte Methode", "Méthode indirecte"),
                tr(lg, "Fixed leak detection", "Leckageerkennungssystem", "Détection permanente"),
            ],
            {0, 2} if rng.random() < 0.4 else {0},
        )
        leak = rng.random() < 0.12
        y = band(p, s, y, tr(lg, "Result", "Ergebnis", "Résultat"))
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                tr(lg, "No leak found", "dicht", "Aucune fuite"),
                tr(lg, "Leak found and repaired", "Undichtigkeit behoben", "Fuite réparée"),
                tr(
                    lg,
                    "Leak found - follow-up required",
                    "Undicht - Nachprüfung erforderlich",
                    "Fuite - contrôle à refaire",
                ),
            ],
            {1 if leak else 0},
        )
        added = rng.choice([0.0, 0.0, 0.0, 1.5, 2.8]) if leak else 0.0
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Refrigerant added (kg)", "Nachgefüllt (kg)", "Quantité chargée (kg)"),
                    f"{added:g}",
                ),
                (
                    tr(
                        lg,
                        "Refrigerant recovered (kg)",
                        "Zurückgewonnen (kg)",
                        "Quantité récupérée (kg)",
                    ),
                    "0",
                ),
                (
                    tr(lg, "Detector used", "Prüfgerät", "Détecteur"),
                    f"{rng.choice(['Inficon D-TEK', 'Testo 316-4', 'Bacharach H25-IR'])} "
                    f"{serial(rng, '99999')}",
                ),
                (
                    tr(lg, "Next check due", "Nächste Prüfung", "Prochain contrôle"),
                    short(add_months(d, rng.choice([3, 6, 12])), lg),
                ),
            ],
            per=2,
            tall=24,
        )
    else:
        y = band(p, s, y, tr(lg, "Detectors tested", "Geprüfte Sensoren", "Détecteurs contrôlés"))
        y += 6
        heads = [
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Range ppm", "Bereich ppm", "Gamme ppm"),
            tr(lg, "Alarm 1", "Alarm 1", "Seuil 1"),
            tr(lg, "Alarm 2", "Alarm 2", "Seuil 2"),
            tr(lg, "Test gas", "Prüfgas", "Gaz étalon"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ]
        xs = [m, m + 150, m + 220, m + 280, m + 340, m + 410]
        for x, t in zip(xs, heads, strict=True):
            p.text(x, y, t, s.bold, 7.5)
        y += 14
        locs = {
            "en": [
                "Plant room low level",
                "Plant room high level",
                "Valve station",
                "Rink header trench",
                "Condenser deck",
            ],
            "de": [
                "Maschinenraum unten",
                "Maschinenraum oben",
                "Ventilstation",
                "Verteilerkanal",
                "Verflüssiger",
            ],
            "fr": [
                "Salle machines bas",
                "Salle machines haut",
                "Poste de vannes",
                "Caniveau collecteurs",
                "Condenseur",
            ],
        }[lg]
        for loc in locs[: rng.randint(3, 5)]:
            rng_ = (
                rng.choice(["0-1000", "0-5000", "0-10000"])
                if kind2 == "co2"
                else rng.choice(["0-500", "0-1000"])
            )
            vals = [
                loc,
                rng_,
                "25" if kind2 == "ammonia" else "5000",
                "150" if kind2 == "ammonia" else "10000",
                f"{rng.choice([100, 250, 5000])} ppm",
                tr(lg, "Pass", "i.O.", "Conforme"),
            ]
            for x, v in zip(xs, vals, strict=True):
                p.text(x, y, fit(v, s.font, 8, 140), s.font, 8)
            p.line(m, y + 4, w - m, y + 4)
            y += 14
        y += 6
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Alarm relays / beacons / ventilation",
                        "Alarmierung / Lüftung angesteuert",
                        "Report d'alarme / ventilation",
                    ),
                    tr(lg, "Tested - OK", "geprüft - i.O.", "Testé - OK"),
                ),
                (
                    tr(lg, "Next calibration due", "Nächste Prüfung", "Prochain étalonnage"),
                    short(add_months(d, 12), lg),
                ),
            ],
            per=2,
            tall=24,
        )
    y += 4
    y = text_block(p, s, m, y, w - 2 * m, words(rng, lg, "plant", rng.randint(14, 24)), 8)
    ys = min(y + 34, hh - m - 60)
    half = (w - 2 * m - 40) / 2
    sign_line(p, s, m, ys, half, f"{tr(lg, 'Engineer', 'Sachkundiger', 'Opérateur')}: {eng}", eng)
    p.text(
        m + half + 40,
        ys - 30,
        tr(lg, "Company certificate no.", "Zertifikat Nr. (Betrieb)", "N° attestation de capacité"),
        s.font,
        7,
    )
    p.text(m + half + 40, ys - 18, serial(keyed(who, "cap"), "AA-9999-99"), s.bold, 9)
    if rng.random() < 0.6:
        seal(p, w - m - 60, ys + 40, 30, h.name[:26], tr(lg, "SERVICE", "KUNDENDIENST", "SAV"))
    pages = [p]
    if rng.random() < 0.3:
        pages.append(copy_of_card(rng, h, eng))
    received(rng, pages[0], d, 0.2)
    remember(d, LAST["extra"])
    return close(pages, s, h, numbers="none")


def tpl_plant_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's refrigeration maintenance contract: a covering letter now and then, the
    contract with its clauses and price, the equipment schedule, the visit calendar on a
    landscape page and the signature page."""
    h = head_of(who, "refrig")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    gas, _kind, _charge = plant_gas()
    mgr = staff(h, "sales")
    gm = rink_staff("gm")
    no = serial(rng, rng.choice(["MC-9999", "WV 99/999", "CM-2099-99"]))
    price = rng.choice([8400.0, 11250.0, 13900.0, 16800.0, 9750.0])
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            rink_lines(mx(gm[0], lg)),
            d,
            [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), no)],
        )
        subject(
            f,
            s,
            tr(
                lg,
                f"Planned maintenance contract - ice rink refrigeration plant ({gas})",
                f"Wartungsvertrag Kälteanlage Eissporthalle ({gas})",
                f"Contrat de maintenance - installation frigorifique de la patinoire ({gas})",
            ),
        )
        f.para(m, w - 2 * m, dear(lg, mx(gm[0], lg)), s.font, s.size)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "plant", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "Please sign both copies and return one to us.",
                "Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                "Nous vous remercions de nous retourner un exemplaire signé.",
            ),
        )
        regards(
            f,
            s,
            lg,
            mgr,
            tr(lg, "Service Contracts Manager", "Vertrieb Service", "Responsable contrats"),
        )
        pages.extend(f.pages)
    f = sheets(
        s, h, f"{tr(lg, 'Maintenance contract', 'Wartungsvertrag', 'Contrat de maintenance')} {no}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "PLANNED MAINTENANCE AGREEMENT",
            "WARTUNGSVERTRAG",
            "CONTRAT DE MAINTENANCE PRÉVENTIVE",
        ),
        4,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Contract no.', 'Vertrags-Nr.', 'Contrat n°')} {no}  -  "
        f"{tr(lg, 'Customer', 'Auftraggeber', 'Client')}: {rink_head().name}",
    )
    heads = {
        "en": [
            "Scope",
            "Planned visits",
            "Breakdown response",
            "Exclusions",
            "Refrigerant and parts",
            "Charges",
            "Term and renewal",
            "Liability",
        ],
        "de": [
            "Gegenstand",
            "Wartungsintervalle",
            "Störungsdienst",
            "Ausschlüsse",
            "Kältemittel und Ersatzteile",
            "Vergütung",
            "Laufzeit",
            "Haftung",
        ],
        "fr": [
            "Objet",
            "Visites",
            "Dépannage",
            "Exclusions",
            "Fluides et pièces",
            "Prix",
            "Durée",
            "Responsabilité",
        ],
    }[lg]
    for i, t in enumerate(heads, 1):
        f.heading(m, f"{i}. {t}", s.bold, s.size)
        text = prose(rng, lg, "plant" if i < 5 else "legal", 1, 2)
        if i == 6:
            text = (
                tr(
                    lg,
                    f"The annual charge is {cash(price, lg)} plus VAT, invoiced quarterly in "
                    "advance. ",
                    f"Die jährliche Pauschale beträgt {cash(price, lg)} netto, zahlbar "
                    "vierteljährlich im Voraus. ",
                    f"Le forfait annuel est de {cash(price, lg)} HT, facturé trimestriellement. ",
                )
                + text
            )
        if i == 3:
            text = (
                tr(
                    lg,
                    f"Attendance within {rng.choice([4, 6, 8])} hours, 24 hours a day, 365 days a "
                    "year. ",
                    f"Reaktionszeit {rng.choice([4, 6, 8])} Stunden, 24/7. ",
                    f"Intervention sous {rng.choice([4, 6, 8])} heures, 7j/7 et 24h/24. ",
                )
                + text
            )
        write(f, s, text, s.size - 0.5)
    f.heading(
        m,
        tr(lg, "Schedule A - Equipment", "Anlage A - Anlagenverzeichnis", "Annexe A - Équipements"),
        s.bold,
        s.size + 1,
    )
    eq = {
        "en": [
            "Screw compressor",
            "Screw compressor",
            "Evaporative condenser",
            "Brine pump",
            "Brine pump (standby)",
            "Plate heat exchanger",
            "Under-floor heating pump",
            "Gas detection panel",
            "PLC control panel",
        ],
        "de": [
            "Schraubenverdichter",
            "Schraubenverdichter",
            "Verdunstungsverflüssiger",
            "Solepumpe",
            "Solepumpe (Reserve)",
            "Plattenwärmeübertrager",
            "Pumpe Unterfrierschutz",
            "Gaswarnzentrale",
            "SPS-Schaltschrank",
        ],
        "fr": [
            "Compresseur à vis",
            "Compresseur à vis",
            "Condenseur évaporatif",
            "Pompe saumure",
            "Pompe saumure (secours)",
            "Échangeur à plaques",
            "Pompe réchauffage",
            "Centrale de détection",
            "Armoire automate",
        ],
    }[lg]
    rows = []
    for k, e in enumerate(eq[: rng.randint(5, len(eq))], 1):
        rows.append(
            [
                str(k),
                e,
                rng.choice(
                    [
                        "Bitzer",
                        "Grasso",
                        "Mycom",
                        "Baltimore Aircoil",
                        "Grundfos",
                        "Alfa Laval",
                        "Dräger",
                        "Siemens",
                    ]
                ),
                serial(rng, "AA99-99999"),
                str(rng.randint(1998, 2022)),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.4, "left"), (2.6, "left"), (1.4, "left"), (1.4, "left"), (0.6, "right")]
        ),
        [
            "#",
            tr(lg, "Item", "Komponente", "Désignation"),
            tr(lg, "Make", "Hersteller", "Marque"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Year", "Baujahr", "Année"),
        ],
        rows,
        s,
        rules=True,
    )
    pages.extend(f.pages)
    # Visit calendar, landscape.
    lw, _lh = LAND
    q = Page(LAND)
    q.text(
        40,
        40,
        tr(
            lg,
            "Schedule B - Maintenance calendar",
            "Anlage B - Wartungsplan",
            "Annexe B - Calendrier des visites",
        ),
        s.bold,
        12,
    )
    q.text(lw - 40, 40, no, s.font, 8, "right")
    tasks = {
        "en": [
            "Service visit (PPM)",
            "Oil sample / analysis",
            "F-gas leak check",
            "Gas detector calibration",
            "Condenser clean and water treatment",
            "Pressure system inspection (PSSR)",
            "Start-up / shut-down of ice",
        ],
        "de": [
            "Wartung",
            "Ölanalyse",
            "Dichtheitsprüfung",
            "Gaswarnanlage",
            "Verflüssigerreinigung",
            "Prüfung nach BetrSichV",
            "Eis auf- / abtauen",
        ],
        "fr": [
            "Visite de maintenance",
            "Analyse d'huile",
            "Contrôle d'étanchéité",
            "Étalonnage détection",
            "Nettoyage condenseur",
            "Inspection ESP",
            "Mise en glace / dégivrage",
        ],
    }[lg]
    x0 = 40 + 190
    cw = (lw - 40 - x0) / 12
    y = 70.0
    q.text(40, y, tr(lg, "Task", "Leistung", "Prestation"), s.bold, 8)
    start = add_months(d, 1)
    for k in range(12):
        mm_ = add_months(start, k)
        q.text(
            x0 + k * cw + cw / 2,
            y,
            months_name(lg, mm_.month)[: 4 if lg == "fr" else 3],
            s.bold,
            8,
            "center",
        )
    y += 8
    for t in tasks:
        q.line(40, y, lw - 40, y)
        q.text(40, y + 13, fit(t, s.font, 8.5, 185), s.font, 8.5)
        every = rng.choice([1, 2, 3, 6, 12])
        off = rng.randrange(every)
        for k in range(12):
            q.rect(x0 + k * cw, y, cw, 20)
            if k % every == off:
                q.text(x0 + k * cw + cw / 2, y + 14, "X", s.bold, 9, "center")
        y += 20
    q.line(40, y, lw - 40, y)
    text_block(q, paper(s, LAND, margin=40), 40, y + 24, lw - 80, words(rng, lg, "plant", 30), 8)
    pages.append(q)
    # Signature page.
    p = Page(A4)
    y = m + 30.0
    p.text(
        m,
        y,
        tr(lg, "Signed on behalf of the parties", "Unterschriften", "Signatures des parties"),
        s.bold,
        s.size + 2,
    )
    y += 60
    half = (w - 2 * m - 40) / 2
    sign_line(p, s, m, y, half, f"{h.name[:36]} - {mgr}", mgr)
    signed = rng.random() < 0.8
    sign_line(p, s, m + half + 40, y, half, f"{rink_head().name[:30]} - {gm[0]}", gm[0], signed)
    hand(p, m, y + 30, short(d, lg))
    if signed:
        hand(p, m + half + 40, y + 30, short(d + timedelta(days=rng.randint(3, 20)), lg))
    pages.append(p)
    received(rng, pages[0], d, 0.35)
    remember(d, no)
    return close(pages, s, h, covers=1 if len(pages) > 2 + len(f.pages) else 0)


MACHINES = ["Iceglider 552E", "Frostmaster 700 LPG", "Polar Classic E-200", "Rinkrunner HD 84"]


def tpl_resurfacer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The ice resurfacer dealer's service report: machine, serial and hours meter, the
    checklist with OK / adjusted / replaced ticks, the parts fitted, next service, signatures."""
    r = keyed(who, "resurfacer")
    lang = home() if r.random() < 0.88 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    rows = [row for row in SENDERS["resurfacer"][lang] if "USA" not in row[2]]
    h = make_head(r.choice(rows), lang, "resurfacer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    mach = rink_keyed("machine").choice(MACHINES)
    sn = serial(rink_keyed("sn"), "99-9999")
    hours = rink_keyed("hrs").randint(2400, 11800) + (d - date(2024, 1, 1)).days * 3
    eng = staff(h, "eng")
    job = serial(rng, "SJ99999")
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "ICE RESURFACER SERVICE REPORT",
            "SERVICEBERICHT EISBEARBEITUNGSMASCHINE",
            "RAPPORT D'ENTRETIEN - SURFACEUSE",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, job, s.bold, 10, "right")
    y += 18
    fuel = "LPG" in mach
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), rink_head().name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Machine", "Maschine", "Machine"), mach),
            (tr(lg, "Serial no.", "Masch.-Nr.", "N° de série"), sn),
            (tr(lg, "Hours meter", "Betriebsstunden", "Compteur horaire"), str(hours)),
            (
                tr(lg, "Service type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "500 h service", "500-h-Wartung", "Révision 500 h"),
                        tr(lg, "Annual service", "Jahreswartung", "Révision annuelle"),
                        tr(lg, "Repair", "Reparatur", "Réparation"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    items = {
        "en": [
            "Blade condition / height setting",
            "Conditioner and towel",
            "Horizontal / vertical augers",
            "Board brush",
            "Hydraulic hoses and fittings",
            "Hydraulic oil level",
            "Wash water system",
            "Ice-making water valve",
            "Snow tank and lift",
            "Brakes and steering",
            "Tyres (studded)",
            "Lights and horn",
        ],
        "de": [
            "Messer Zustand / Einstellung",
            "Aufbereiter und Tuch",
            "Schnecken horizontal / vertikal",
            "Bandenbürste",
            "Hydraulikschläuche",
            "Hydrauliköl",
            "Waschwassersystem",
            "Heißwasserventil",
            "Schneebehälter und Kippung",
            "Bremsen und Lenkung",
            "Reifen (Spikes)",
            "Beleuchtung und Hupe",
        ],
        "fr": [
            "Lame état / réglage",
            "Conditionneur et serviette",
            "Vis sans fin horiz. / vert.",
            "Brosse de bande",
            "Flexibles hydrauliques",
            "Niveau huile hydraulique",
            "Circuit eau de lavage",
            "Vanne eau de surfaçage",
            "Bac à neige et vérin",
            "Freins et direction",
            "Pneus cloutés",
            "Éclairage et avertisseur",
        ],
    }[lg]
    items = items + (
        [
            tr(
                lg,
                "LPG system / regulator leak test",
                "Flüssiggasanlage Dichtheit",
                "Circuit GPL étanchéité",
            )
        ]
        if fuel
        else [tr(lg, "Batteries / charger", "Batterien / Ladegerät", "Batteries / chargeur")]
    )
    cx = [w - m - 110, w - m - 70, w - m - 30]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    p.text(m + 4, y, tr(lg, "Item", "Prüfpunkt", "Point"), s.bold, 8)
    for x, t in zip(
        cx, ["OK", tr(lg, "Adj.", "Einst.", "Réglé"), tr(lg, "Repl.", "Ers.", "Remp.")], strict=True
    ):
        p.text(x + 4, y, t, s.bold, 7.5, "center")
    y += 14
    for it in items:
        st = 0 if rng.random() < 0.75 else rng.choice([1, 2])
        p.text(m + 4, y, it, s.font, 8.5)
        for k, x in enumerate(cx):
            box(p, x, y, k == st, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 13
    y += 10
    p.text(m, y, tr(lg, "Parts fitted", "Eingebaute Teile", "Pièces remplacées"), s.bold, 9)
    y += 14
    parts = [
        ("Blade 84in HSS", "BL-84"),
        ("Conditioner towel", "CT-210"),
        ("Hydraulic filter", "HF-118"),
        ("Squeegee rubber", "SQ-33"),
        ("Auger bearing", "AB-07"),
        ("Water valve seal kit", "WV-KIT"),
    ]
    used = rng.sample(parts, rng.randint(1, 4))
    for name, pn in used:
        hand(p, m, y, f"{rng.randint(1, 2)} x {pn}  {name}", 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 14
    y += 6
    p.text(m, y, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 9)
    y = hand_lines(p, m, y + 15, w - 2 * m, words(rng, lg, "plant", rng.randint(8, 20)), 3)
    nxt = hours + rng.choice([250, 500])
    p.text(
        m,
        y + 4,
        f"{tr(lg, 'Next service due at', 'Nächste Wartung bei', 'Prochaine révision à')} {nxt} h",
        s.bold,
        9,
    )
    ys = min(y + 50, hh - m - 30)
    half = (w - 2 * m - 40) / 2
    sign_line(p, s, m, ys, half, f"{tr(lg, 'Technician', 'Techniker', 'Technicien')}: {eng}", eng)
    tech = rink_staff("ice")
    sign_line(
        p,
        s,
        m + half + 40,
        ys,
        half,
        f"{tr(lg, 'Customer', 'Kunde', 'Client')}: {tech[0]}",
        tech[0],
        rng.random() < 0.8,
    )
    remember(d, (h.name, lg, job, used, mach, sn))
    return close([p], s, h, numbers="none")


def tpl_resurfacer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The resurfacer dealer's invoice: labour, travel and the parts of a service visit, or a
    parts order shipped from abroad (on Letter paper from North America, in US dollars)."""
    ex = LAST["extra"]
    r = keyed(who, "resurfacer")
    if after(("resurfacer_report",)) and isinstance(ex, tuple):
        name, lang, job, used, mach, _sn = ex
        row = next(rw for rows in SENDERS["resurfacer"].values() for rw in rows if rw[0] == name)
        h = make_head(row, lang, "resurfacer")
        d = last_day(rng, ("resurfacer_report",), (2, 15))
    else:
        lang = (
            home() if r.random() < 0.8 else r.choice([x for x in ("en", "de", "fr") if x != home()])
        )
        h = make_head(r.choice(SENDERS["resurfacer"][lang]), lang, "resurfacer")
        job, used = (
            "",
            [
                (p_, c_)
                for p_, c_ in [
                    ("Blade 84in HSS", "BL-84"),
                    ("Conditioner towel", "CT-210"),
                    ("Snow tank lid seal", "ST-41"),
                    ("Blade change trolley", "BT-2"),
                ]
                if rng.random() < 0.5
            ]
            or [("Blade 84in HSS", "BL-84")],
        )
        mach = rink_keyed("machine").choice(MACHINES)
        d = some_day(rng)
    lg = h.lang
    usd = "USA" in h.town
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    inv = serial(rng, rng.choice(["INV-999999", "RE-99999", "F99-9999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        rink_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            *([(tr(lg, "Job ref.", "Auftrag", "Bon"), str(job))] if job else []),
            *([("Terms", "Prepaid / wire")] if usd else []),
        ],
    )
    caption(f, s, "COMMERCIAL INVOICE" if usd else tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(f, s, f"{tr(lg, 'Machine', 'Maschine', 'Machine')}: {mach}", s.size - 0.5)
    rows = []
    net = 0.0

    def amt(v: float) -> str:
        return f"{v:,.2f}" if usd else money(v, lg)

    if job:
        hrs = rng.choice([2.5, 3.0, 4.0, 5.5])
        lab = {"en": 68.0, "de": 78.0, "fr": 72.0}[lg]
        rows.append(
            [
                "LAB",
                tr(lg, "Labour", "Arbeitszeit Techniker", "Main d'oeuvre"),
                f"{hrs:g}",
                amt(lab),
                amt(hrs * lab),
            ]
        )
        net += hrs * lab
        km = rng.randint(40, 260)
        rows.append(
            [
                "TRV",
                tr(lg, f"Travel ({km} km)", f"Anfahrt ({km} km)", f"Déplacement ({km} km)"),
                "1",
                amt(km * 0.9),
                amt(km * 0.9),
            ]
        )
        net += km * 0.9
    for name, pn in used:
        q = rng.randint(1, 3)
        pr = rng.choice([38.0, 62.0, 145.0, 289.0, 412.0, 96.0])
        rows.append([pn, name, str(q), amt(pr), amt(q * pr)])
        net += q * pr
    if usd:
        fr_ = rng.choice([185.0, 240.0, 310.0])
        rows.append(["FRT", "Freight - international courier (DAP)", "1", amt(fr_), amt(fr_)])
        net += fr_
    table(
        f,
        columns(
            m, w - m, [(0.9, "left"), (3.2, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    if usd:
        f.y += 6
        f.page.text(w - m, f.y, f"TOTAL USD {net:,.2f}", s.bold, s.size + 1, "right")
        f.y += 20
        write(
            f,
            s,
            "Country of origin: USA. HS code 8479.89. Delivery terms DAP. Zero-rated export; "
            "import VAT and duty payable by consignee.",
            s.size - 1,
        )
    else:
        cross = lg != home()
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0 if cross else vat_rate(lg),
            note=tr(
                lg,
                "Reverse charge - customer to account for VAT.",
                "Steuerschuldnerschaft des Leistungsempfängers.",
                "Autoliquidation.",
            )
            if cross
            else "",
        )
        write(
            f,
            s,
            tr(
                lg,
                "Payment 30 days net.",
                "Zahlbar innerhalb 30 Tagen netto.",
                "Paiement à 30 jours.",
            ),
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d)
    return pages


def tpl_energy_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity supplier's invoice for one meter: the summary page with the amount due,
    the charges page (unit rates, capacity charge, network charges, the energy tax, VAT) and
    now and then a landscape page of daily consumption."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    per0 = add_months(d, -1)
    per1 = add_months(d, 0) - timedelta(days=1)
    meters = {
        "en": ["Main incomer", "Plant room supply"],
        "de": ["Hauptzähler", "Kälteanlage"],
        "fr": ["Comptage général", "Comptage groupe froid"],
    }[lg]
    mi = rng.randrange(2)
    rk = keyed(who, f"meter{mi}")
    mpan = {
        "en": (
            f"S 00 {rk.randint(800, 899)} {rk.randint(100, 999)} 14 {rk.randint(1000, 9999)} "
            f"{rk.randint(1000, 9999)} {rk.randint(100, 999)}"
        ),
        "de": f"DE000{rk.randint(100000, 999999)}0000000000000{rk.randint(1000000, 9999999)}",
        "fr": f"PDL {rk.randint(10000000000000, 99999999999999)}",
    }[lg]
    acct = serial(keyed(who, "acct"), "999999999")
    kwh_day = rng.randint(52000, 148000) if mi == 0 else rng.randint(30000, 90000)
    kwh_night = int(kwh_day * rng.uniform(0.3, 0.6))
    rate_d = {"en": 0.214, "de": 0.196, "fr": 0.158}[lg] + rng.uniform(-0.02, 0.03)
    rate_n = rate_d * 0.72
    kva = rng.choice([400, 500, 630, 800])
    days = (per1 - per0).days + 1
    lines = [
        (
            tr(lg, "Day units", "Arbeitspreis HT", "Énergie heures pleines"),
            f"{kwh_day:,} kWh",
            rate_d,
            kwh_day * rate_d,
        ),
        (
            tr(lg, "Night units", "Arbeitspreis NT", "Énergie heures creuses"),
            f"{kwh_night:,} kWh",
            rate_n,
            kwh_night * rate_n,
        ),
        (
            tr(lg, "Capacity (availability) charge", "Leistungspreis", "Puissance souscrite"),
            f"{kva} kVA x {days}",
            0.09,
            kva * days * 0.09,
        ),
        (
            tr(lg, "Standing charge", "Grundpreis / Messstellenbetrieb", "Abonnement / comptage"),
            f"{days} d",
            4.2,
            days * 4.2,
        ),
        (
            tr(lg, "Distribution use of system", "Netzentgelte", "Acheminement (TURPE)"),
            f"{kwh_day + kwh_night:,} kWh",
            0.031,
            (kwh_day + kwh_night) * 0.031,
        ),
        (
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{kwh_day + kwh_night:,} kWh",
            0.00775 if lg == "en" else 0.0205 if lg == "de" else 0.0225,
            (kwh_day + kwh_night) * (0.00775 if lg == "en" else 0.0205 if lg == "de" else 0.0225),
        ),
    ]
    if lg == "de":
        lines.append(
            (
                "Konzessionsabgabe",
                f"{kwh_day + kwh_night:,} kWh",
                0.0011,
                (kwh_day + kwh_night) * 0.0011,
            )
        )
    net = round(sum(v for *_, v in lines), 2)
    gross = net * (1 + vat_rate(lg) / 100)
    inv = serial(rng, "999999999")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct} - "
        f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}",
    )
    recipient(
        f,
        s,
        h,
        rink_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° de facture"), inv),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        5,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Supply address', 'Lieferstelle', 'Site')}: {rink_head().street}, "
        f"{rink_head().town} - {meters[mi]}",
    )
    write(f, s, f"{tr(lg, 'Meter point', 'Zählpunkt', 'Point de livraison')}: {mpan}")
    write(
        f,
        s,
        f"{tr(lg, 'Billing period', 'Abrechnungszeitraum', 'Période')}: {short(per0, lg)} - "
        f"{short(per1, lg)}",
    )
    f.y += 10
    f.page.rect(m, f.y - 12, w - 2 * m, 60, fill=0.9)
    f.page.text(
        m + 12,
        f.y + 6,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        s.bold,
        s.size + 2,
    )
    f.page.text(w - m - 12, f.y + 6, cash(gross, lg), s.bold, s.size + 8, "right")
    dd = d + timedelta(days=rng.choice([10, 14, 21]))
    f.page.text(
        m + 12,
        f.y + 30,
        tr(
            lg,
            f"to be collected by Direct Debit on or after {short(dd, lg)}",
            f"wird am {short(dd, lg)} per SEPA-Lastschrift eingezogen",
            f"sera prélevé le {short(dd, lg)}",
        ),
        s.font,
        s.size - 0.5,
    )
    f.y += 66
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for being our customer. You can see your half-hourly data and contract "
            "details in your online account.",
            "Vielen Dank für Ihr Vertrauen. Informationen zu Ihrem Vertrag finden Sie im "
            "Kundenportal.",
            "Merci de votre confiance. Retrouvez le détail de votre contrat dans votre espace "
            "client.",
        ),
        s.size - 0.5,
    )
    f.new_page()
    caption(f, s, tr(lg, "Charges in detail", "Rechnungsdetails", "Détail de la facture"), 2)
    cols = columns(m, w - m, [(3, "left"), (1.8, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Charge", "Position", "Rubrique"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, q, f"{r_:.4f}", money(v, lg)] for t, q, r_, v in lines],
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Unit rates are fixed under your contract until its end date. Network and metering "
            "charges are passed through at cost. Estimated readings are marked E; please send "
            "actual readings if you can.",
            "Die Arbeitspreise sind bis zum Vertragsende fest. Netzentgelte, Messstellenbetrieb "
            "und Umlagen werden in der gesetzlichen Höhe weiterberechnet.",
            "Les prix de l'énergie sont fixes jusqu'au terme du contrat. L'acheminement (TURPE) "
            "et les taxes sont refacturés au réel.",
        ),
        s.size - 2,
    )
    pages = list(f.pages)
    if rng.random() < 0.35:
        lw, _lh = LAND
        q = Page(LAND)
        q.text(
            40,
            40,
            tr(lg, "Daily consumption", "Tagesverbräuche", "Consommations journalières"),
            s.bold,
            12,
        )
        q.text(lw - 40, 40, f"{mpan}  {short(per0, lg)} - {short(per1, lg)}", s.font, 7.5, "right")
        half = (lw - 100) / 2
        y0 = 70.0
        for c in range(2):
            x = 40 + c * (half + 20)
            y = y0
            for k, t in enumerate(
                [
                    tr(lg, "Date", "Datum", "Date"),
                    tr(lg, "Day kWh", "HT kWh", "HP kWh"),
                    tr(lg, "Night kWh", "NT kWh", "HC kWh"),
                    tr(lg, "Max kW", "Max kW", "P max kW"),
                ]
            ):
                q.text(
                    x + k * half / 4 + (half / 4 - 6 if k else 0),
                    y,
                    t,
                    s.bold,
                    8,
                    "right" if k else "left",
                )
            y += 14
            for dd2 in range(c * 16, min(days, c * 16 + 16)):
                dt = per0 + timedelta(days=dd2)
                vals = [
                    short(dt, lg),
                    f"{kwh_day / days * rng.uniform(0.7, 1.3):,.0f}",
                    f"{kwh_night / days * rng.uniform(0.7, 1.3):,.0f}",
                    f"{kva * rng.uniform(0.45, 0.85):.0f}",
                ]
                for k, v in enumerate(vals):
                    q.text(
                        x + k * half / 4 + (half / 4 - 6 if k else 0),
                        y,
                        v,
                        s.font,
                        8,
                        "right" if k else "left",
                    )
                y += 12.5
        pages.append(q)
    received(rng, pages[0], d, 0.25)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )


SKATES = {
    "models": [
        "Rental R300 black",
        "Rental R300 white",
        "Rental Pro hockey",
        "Soft boot rental adult",
        "Double-blade junior",
        "Figure rental FR-50",
    ],
    "acc": [
        ("Skate guards (pair)", 3.2),
        ("Skate aid 'penguin'", 64.0),
        ("Laces 240 cm (pack of 50)", 38.0),
        ("Blade holder screws (100)", 12.5),
        ("Boot dryer rack", 420.0),
    ],
}


def tpl_skate_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The skate hire supplier's invoice: rental skates by model and size, accessories,
    carriage; sometimes the conditions of sale behind; from abroad now and then (on Letter
    paper from Canada)."""
    h = head_of(who, "skates", abroad=0.25)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["SI99999", "RG-999999", "FC99-999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        rink_lines(tr(lg, "Skate hire", "Schlittschuhverleih", "Location de patins")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for model in rng.sample(SKATES["models"], rng.randint(1, 3)):
        pr = rng.choice([42.0, 49.5, 58.0, 64.0, 71.0])
        sizes = sorted(rng.sample(range(28, 47), rng.randint(3, 9)))
        for sz in sizes:
            q = rng.choice([2, 4, 4, 6, 8, 10])
            label = (f"UK {sz - 33}" if sz > 33 else f"UK {sz - 18}C") if lg == "en" else f"EU {sz}"
            rows.append(
                [serial(rng, "99999"), model, label, str(q), money(pr, lg), money(q * pr, lg)]
            )
            net += q * pr
    for name, pr in rng.sample(SKATES["acc"], rng.randint(0, 2)):
        q = rng.randint(1, 20)
        rows.append([serial(rng, "99999"), name, "-", str(q), money(pr, lg), money(q * pr, lg)])
        net += q * pr
    cols = columns(
        m,
        w - m,
        [(0.8, "left"), (2.6, "left"), (0.8, "left"), (0.5, "right"), (0.9, "right"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Size", "Größe", "Pointure"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    carriage = rng.choice([0.0, 45.0, 85.0, 120.0])
    if carriage:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Carriage / pallet delivery",
                "Fracht / Palettenversand",
                "Port / livraison palette",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += 16
        net += carriage
    cross = lg != home()
    if "Canada" in h.town:
        f.y += 6
        f.page.text(w - m, f.y, f"TOTAL CAD {net * 1.0:,.2f}", s.bold, s.size + 1, "right")
        f.y += 18
        write(
            f,
            s,
            "Export sale - zero rated. Goods of Canadian origin (CUSMA/CETA). Duties and import "
            "taxes payable by the consignee.",
            s.size - 1,
        )
    else:
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0 if cross else vat_rate(lg),
            note=tr(
                lg,
                "Intra-EU supply / reverse charge.",
                "Innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. 1b UStG.",
                "Livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
            )
            if cross
            else "",
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days net. Goods remain our property until paid in full.",
            "Zahlbar 30 Tage netto. Die Ware bleibt bis zur vollständigen Bezahlung unser "
            "Eigentum.",
            "Paiement à 30 jours. Réserve de propriété jusqu'au paiement intégral.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        heads = {
            "en": [
                "General",
                "Orders",
                "Prices",
                "Delivery",
                "Risk and title",
                "Returns",
                "Warranty",
                "Liability",
                "Law",
            ],
            "de": [
                "Geltung",
                "Angebot",
                "Preise",
                "Lieferung",
                "Eigentumsvorbehalt",
                "Rücksendungen",
                "Gewährleistung",
                "Haftung",
                "Gerichtsstand",
            ],
            "fr": [
                "Généralités",
                "Commandes",
                "Prix",
                "Livraison",
                "Réserve de propriété",
                "Retours",
                "Garantie",
                "Responsabilité",
                "Juridiction",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF SALE",
                    "ALLGEMEINE VERKAUFSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE VENTE",
                ),
                heads,
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


def tpl_sharpening_docket(rng: random.Random, who: Issuer) -> list[Page]:
    """The mobile sharpening service's docket for a batch of hire or customer skates: a narrow
    slip or A6, pairs by hollow, price, the rink's signature on collection."""
    h = head_of(who, "sharpen")
    lg = h.lang
    size = keyed(who, "size").choice([SLIP, A6, SLIP])
    s = style_of(h, size, margin=16, pt=7.5)
    w, _hh = size
    m = 16
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h, top=22)
    p.text(
        w / 2,
        y,
        tr(lg, "SHARPENING DOCKET", "SCHLEIFAUFTRAG", "BON D'AFFÛTAGE"),
        s.bold,
        10,
        "center",
    )
    y += 14
    no = serial(rng, "99999")
    p.text(m, y, f"No. {no}", s.font, 8)
    p.text(w - m, y, short(d, lg), s.font, 8, "right")
    y += 14
    p.text(m, y, tr(lg, "Customer:", "Kunde:", "Client :"), s.font, 8)
    hand(p, m + 40, y, rink_head().name, 8, w - 2 * m - 42)
    y += 16
    holl = ['3/8"', '1/2"', '5/8"', '3/4"'] if lg == "en" else ["10 mm", "13 mm", "16 mm", "19 mm"]
    pr = {"en": 4.5, "de": 5.0, "fr": 5.5}[lg]
    p.line(m, y, w - m, y)
    y += 10
    p.text(m, y, tr(lg, "Pairs", "Paar", "Paires"), s.bold, 7.5)
    p.text(m + 36, y, tr(lg, "Type / hollow", "Art / Hohlschliff", "Type / gorge"), s.bold, 7.5)
    p.text(w - m, y, tr(lg, "Amount", "Betrag", "Montant"), s.bold, 7.5, "right")
    y += 12
    tot = 0.0
    for _ in range(rng.randint(2, 5)):
        n = rng.choice([6, 10, 12, 18, 24, 30, 40])
        t = rng.choice(
            [
                tr(lg, "Hire", "Leih", "Location"),
                tr(lg, "Hockey", "Hockey", "Hockey"),
                tr(lg, "Figure", "Kunstlauf", "Artistique"),
            ]
        )
        hand(p, m, y, str(n), 8.5)
        hand(p, m + 36, y, f"{t} {rng.choice(holl)}", 8.5, w - 2 * m - 90)
        p.text(w - m, y, money(n * pr, lg), HAND, 8.5, "right")
        tot += n * pr
        p.line(m, y + 3, w - m, y + 3)
        y += 13
    if rng.random() < 0.4:
        hand(
            p,
            m + 36,
            y,
            tr(lg, "2 prs blades chipped", "2 P. Kufen beschädigt", "2 paires lames abîmées"),
            8,
            w - 2 * m - 40,
        )
        y += 13
    y += 4
    p.text(m, y, tr(lg, "Total", "Summe", "Total"), s.bold, 9)
    p.text(w - m, y, cash(tot, lg), HAND, 10, "right")
    y += 12
    if lg != "en" or rng.random() < 0.4:
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "No VAT - below threshold",
                    "Kleinunternehmer, keine USt.",
                    "TVA non applicable",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
        y += 12
    y += 18
    who_ = rink_staff(rng.choice(["duty", "ice"]))[0]
    sign_line(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(lg, "Collected / signed", "Abgeholt / Unterschrift", "Retiré / signature"),
        who_,
        rng.random() < 0.85,
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates EEEEE: parties and events
# ---------------------------------------------------------------------------------------------

SLOTS = {
    "en": ["Sat 14:00", "Sun 10:30", "Sat 16:15", "Sun 13:00"],
    "de": ["Sa 15:00", "So 10:30", "Mi 14:30", "Fr 16:00"],
    "fr": ["mer. 14h", "sam. 16h", "dim. 10h30", "sam. 14h"],
}
INSURERS = {
    "en": [
        "Northern Mutual Insurance plc",
        "Albion Commercial Insurance",
        "Pennant Leisure Underwriting",
    ],
    "de": [
        "Kölner Sportversicherung AG",
        "Hanse Gewerbe Versicherung AG",
        "Alpenland Versicherung VaG",
    ],
    "fr": [
        "Mutuelle Alpine d'Assurances",
        "Assurances Loisirs et Collectivités",
        "Garance Mutuelle Sport",
    ],
}


def whole(v: float, lg: str) -> str:
    """An amount without pence or cents: "£10,000,000", "10.000.000 €"."""
    t = f"{v:,.0f}"
    if lg == "de":
        t = t.replace(",", ".")
    elif lg == "fr":
        t = t.replace(",", " ")
    return f"£{t}" if lg == "en" else f"{t} €"


PACKAGES = {
    "en": ["Bronze (skating only)", "Silver (skating + food)", "Gold (private ice + food)"],
    "de": ["Basis (nur Eislauf)", "Plus (Eislauf + Essen)", "Premium (eigene Eisfläche)"],
    "fr": ["Formule Glisse", "Formule Goûter", "Formule Glace privée"],
}


def tpl_party_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's birthday party booking form on the rink's A5 or A4 paper, filled in by hand
    (child, age, date, package and food ticks, numbers, allergies, deposit), now and then with
    the party terms printed on the back."""
    h = rink_head()
    lg = h.lang
    size = rink_keyed("partysize").choice([A5, A4])
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    parent = person(rng, lg)
    child = rng.choice(KIDS[lg])
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "BIRTHDAY PARTY BOOKING FORM",
                "ANMELDUNG KINDERGEBURTSTAG",
                "RÉSERVATION ANNIVERSAIRE",
            ),
            s.bold,
            12,
            w - 2 * m,
        ),
        s.bold,
        12,
    )
    y += 18
    when = d + timedelta(days=rng.randint(7, 40))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name of parent", "Name Elternteil", "Nom du parent"), parent),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0170 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Birthday child", "Geburtstagskind", "Prénom de l'enfant"), child),
            (tr(lg, "Age on the day", "Alter", "Âge"), str(rng.randint(5, 12))),
            (tr(lg, "Party date", "Datum", "Date"), short(when, lg)),
            (
                tr(lg, "Session", "Uhrzeit", "Créneau"),
                rng.choice(SLOTS[lg]),
            ),
        ],
        per=2,
        tall=22 if size == A5 else 24,
    )
    pk = rng.randrange(3)
    y = ticks(p, s, m, y + 4, w - 2 * m, PACKAGES[lg], {pk})
    foods = {
        "en": ["Hot dog", "Chicken nuggets", "Pizza slice", "Vegetarian"],
        "de": ["Pommes", "Würstchen", "Pizza", "vegetarisch"],
        "fr": ["Crêpes", "Gâteau", "Pizza", "Végétarien"],
    }[lg]
    if pk:
        y = ticks(p, s, m, y, w - 2 * m, foods, set(rng.sample(range(4), rng.randint(1, 2))))
    kids = rng.randint(8, 20)
    p.text(
        m,
        y + 2,
        tr(lg, "Number of children:", "Anzahl Kinder:", "Nombre d'enfants :"),
        s.font,
        s.size,
    )
    hand(p, m + 110, y + 2, str(kids))
    p.text(
        m + 150,
        y + 2,
        tr(lg, "Adults skating:", "Erwachsene auf dem Eis:", "Adultes sur la glace :"),
        s.font,
        s.size,
    )
    hand(p, m + 270, y + 2, str(rng.randint(0, 4)))
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "Allergies / special needs:",
            "Allergien / Besonderheiten:",
            "Allergies / remarques :",
        ),
        s.font,
        s.size,
    )
    y = hand_lines(
        p,
        m,
        y + 14,
        w - 2 * m,
        rng.choice(
            [
                "",
                "",
                "1 child nut allergy",
                "Laktoseintoleranz (1 Kind)",
                "sans gluten x2",
                "one wheelchair user - spectator",
            ]
        ),
        2,
        9,
        14,
    )
    dep = {"en": 50.0, "de": 50.0, "fr": 60.0}[lg]
    p.text(
        m,
        y + 2,
        f"{tr(lg, 'Deposit paid', 'Anzahlung', 'Acompte versé')} ({cash(dep, lg)}):",
        s.font,
        s.size,
    )
    ticks(p, s, m + 140, y + 2, 120, yes_no(lg), {0 if rng.random() < 0.8 else 1})
    y += 22
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I have read and accept the party terms overleaf.",
                "Die Bedingungen (Rückseite) habe ich gelesen.",
                "J'accepte les conditions au verso.",
            ),
            s.font,
            s.size - 0.5,
            w - 2 * m,
        ),
        s.font,
        s.size - 0.5,
    )
    y += 26
    sign_line(
        p, s, m, y, (w - 2 * m) * 0.55, tr(lg, "Signature", "Unterschrift", "Signature"), parent
    )
    hand(p, w - m - 80, y - 3, short(d, lg))
    if y < hh - 80:
        yb = hh - m - 34
        p.rect(m, yb, w - 2 * m, 28, fill=0.93)
        p.text(
            m + 4,
            yb + 9,
            tr(
                lg,
                "Office: taken by / deposit ref / host",
                "Büro: aufgenommen / Beleg / Betreuer",
                "Accueil : pris par / reçu / animateur",
            ),
            s.font,
            6.5,
        )
        if rng.random() < 0.7:
            hand(
                p,
                m + 8,
                yb + 22,
                f"{rink_staff('duty')[0].split()[0]}  {serial(rng, '9999')}  "
                f"{rng.choice(FIRSTS[lg])}",
                9,
            )
    pages = [p]
    if rng.random() < 0.5:
        heads = {
            "en": [
                "Bookings",
                "Deposits",
                "Numbers",
                "Arrival",
                "Supervision",
                "Skates and helmets",
                "Food",
                "Cancellation",
            ],
            "de": [
                "Buchung",
                "Anzahlung",
                "Teilnehmerzahl",
                "Ankunft",
                "Aufsicht",
                "Leihschlittschuhe und Helme",
                "Verpflegung",
                "Stornierung",
            ],
            "fr": [
                "Réservation",
                "Acompte",
                "Participants",
                "Arrivée",
                "Encadrement",
                "Patins et casques",
                "Goûter",
                "Annulation",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                paper(s, size),
                h,
                tr(
                    lg,
                    "PARTY TERMS AND CONDITIONS",
                    "BEDINGUNGEN KINDERGEBURTSTAG",
                    "CONDITIONS DES ANNIVERSAIRES",
                ),
                heads,
                "safety",
            )
        )
    remember(d, (parent, child, when, pk, kids))
    return pages


def tpl_event_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The rink's confirmation of an event hire (a birthday party, private ice, a school
    disco, a company's evening): the letter with the booking details and charges, the deposit
    and balance, and now and then the conditions of hire and a returnable acceptance slip."""
    h = rink_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    dm, dm_role = rink_staff("duty")
    if after(("party_booking",)) and isinstance(ex, tuple):
        parent, child, when, pk, kids = ex
        d = last_day(rng, ("party_booking",), (0, 4))
        to = [mx(str(parent), lg), *a_home(rng, lg)]
        kind = tr(
            lg,
            f"Birthday party for {child}",
            f"Kindergeburtstag {child}",
            f"Anniversaire de {child}",
        )
        lines = [(PACKAGES[lg][int(pk)], int(kids), [9.5, 14.0, 19.5][int(pk)])]
        dear_to = mx(str(parent), lg)
    else:
        d = some_day(rng)
        when = d + timedelta(days=rng.randint(10, 60))
        org = rng.choice(
            [
                *SENDERS["club"][lg][2:4],
                (
                    rng.choice(
                        [
                            "Brightwater Logistics Ltd",
                            "Hartmann Elektro GmbH",
                            "Cabinet Dumas Expertise",
                        ]
                    ),
                    "",
                    rink_row()[2],
                    "",
                ),
            ]
        )
        contact = person(rng, lg)
        to = [org[0], mx(contact, lg), *(org[1:3] if org[1] else [rink_row()[2]])]
        kind = rng.choice(
            [
                tr(lg, "Private ice hire", "Exklusive Eisnutzung", "Privatisation de la glace"),
                tr(lg, "Ice disco", "Eisdisco", "Soirée disco sur glace"),
                tr(lg, "Staff skating evening", "Firmen-Eislaufabend", "Soirée d'entreprise"),
            ]
        )
        n = rng.randint(25, 180)
        lines = [
            (
                tr(lg, "Ice hire (2 hrs)", "Eisfläche (2 Std.)", "Glace (2 h)"),
                1,
                rng.choice([380.0, 450.0, 520.0]),
            ),
            (tr(lg, "Skate hire", "Leihschlittschuhe", "Location patins"), n, 3.0),
            (tr(lg, "DJ and lighting", "DJ und Licht", "DJ et éclairage"), 1, 180.0),
        ]
        dear_to = mx(contact, lg)
    ref = serial(rng, "EV-99999")
    f = sheets(s, h)
    recipient(f, s, h, to, d, [(tr(lg, "Booking ref.", "Buchungs-Nr.", "Réservation"), ref)])
    subject(
        f,
        s,
        tr(
            lg,
            f"Booking confirmation - {kind}, {day(h, when)}",
            f"Buchungsbestätigung - {kind} am {day(h, when)}",
            f"Confirmation de réservation - {kind} le {day(h, when)}",
        ),
    )
    f.para(m, w - 2 * m, dear(lg, dear_to), s.font, s.size)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your booking. We are pleased to confirm the details below.",
            "vielen Dank für Ihre Buchung. Wir bestätigen Ihnen gerne:",
            "Nous vous remercions de votre réservation et vous confirmons les éléments suivants.",
        ),
    )
    rows = []
    tot = 0.0
    for t, q, pr in lines:
        rows.append([t, str(q), money(pr, lg), money(q * pr, lg)])
        tot += q * pr
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
    )
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total incl. VAT', 'Gesamt inkl. USt.', 'Total TTC')}: {cash(tot, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 22
    dep = round(tot * 0.3 / 5) * 5
    write(
        f,
        s,
        tr(
            lg,
            f"A deposit of {cash(dep, lg)} has been received; the balance is payable on the day. "
            "Please arrive 20 minutes before the start.",
            f"Die Anzahlung von {cash(dep, lg)} ist eingegangen, der Restbetrag ist vor Ort zu "
            "zahlen. Bitte kommen Sie 20 Minuten vor Beginn.",
            f"Un acompte de {cash(dep, lg)} a été reçu ; le solde est payable sur place. Merci "
            "d'arriver 20 minutes avant le début.",
        ),
    )
    write(f, s, prose(rng, lg, "rink", 1, 2))
    regards(f, s, lg, dm, dm_role)
    slip = rng.random() < 0.35 and f.y < hh - 200
    if slip:
        yb = hh - m - 120
        slip_rule(
            f.page, m, w - m, yb, tr(lg, "Please return", "Bitte zurücksenden", "À retourner")
        )
        f.page.text(
            m,
            yb + 22,
            tr(
                lg,
                f"I accept the booking {ref} and the conditions of hire.",
                f"Ich nehme die Buchung {ref} und die Nutzungsbedingungen an.",
                f"J'accepte la réservation {ref} et les conditions.",
            ),
            s.font,
            s.size - 0.5,
        )
        f.page.line(m, yb + 70, m + 200, yb + 70)
        f.page.text(
            m,
            yb + 80,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
            s.font,
            7,
        )
    pages = list(f.pages)
    if rng.random() < 0.55:
        heads = {
            "en": [
                "Definitions",
                "Bookings and payment",
                "Cancellation",
                "Conduct",
                "Skating safety",
                "Damage",
                "Music and licensing",
                "Liability",
            ],
            "de": [
                "Begriffe",
                "Buchung und Zahlung",
                "Stornierung",
                "Hausordnung",
                "Sicherheit auf dem Eis",
                "Schäden",
                "Musik",
                "Haftung",
            ],
            "fr": [
                "Définitions",
                "Réservation et paiement",
                "Annulation",
                "Règlement intérieur",
                "Sécurité sur la glace",
                "Dégradations",
                "Musique",
                "Responsabilité",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "CONDITIONS OF HIRE", "NUTZUNGSBEDINGUNGEN", "CONDITIONS DE LOCATION"),
                heads,
            )
        )
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates EEEEE: the council's lease, inspections, accidents, insurance and music
# ---------------------------------------------------------------------------------------------


def rent_of() -> float:
    return rink_keyed("rent").choice([48000.0, 62500.0, 75000.0, 88000.0, 36500.0])


def premises_plan(rng: random.Random, lg: str, title: str) -> Page:
    """A plan of the demised premises: outlines of the rink building, car park and the
    boundary, not to scale."""
    lw, lh = LAND
    p = Page(LAND)
    p.text(40, 40, title, "Helvetica-Bold", 11)
    p.rect(40, 54, lw - 80, lh - 110)
    x0, y0 = rng.uniform(90, 140), rng.uniform(90, 120)
    bw, bh = rng.uniform(330, 420), rng.uniform(210, 260)
    p.rect(x0, y0, bw, bh)
    p.rect(x0 + 30, y0 + 40, bw * 0.62, bh * 0.6)
    p.text(
        x0 + 30 + bw * 0.31,
        y0 + 40 + bh * 0.3,
        tr(lg, "ICE PAD", "EISFLÄCHE", "PISTE"),
        "Helvetica",
        9,
        "center",
    )
    p.rect(x0 + bw * 0.7, y0 + 20, bw * 0.25, bh * 0.35)
    p.text(
        x0 + bw * 0.825,
        y0 + 20 + bh * 0.18,
        tr(lg, "Plant room", "Technik", "Machines"),
        "Helvetica",
        7,
        "center",
    )
    p.rect(x0 + bw * 0.7, y0 + bh * 0.5, bw * 0.25, bh * 0.4)
    p.text(
        x0 + bw * 0.825,
        y0 + bh * 0.7,
        tr(lg, "Café / reception", "Foyer / Kasse", "Accueil / buvette"),
        "Helvetica",
        7,
        "center",
    )
    cx = x0 + bw + 30
    p.rect(cx, y0, lw - 60 - cx, bh)
    for k in range(int(bh // 18)):
        p.line(cx, y0 + k * 18, cx + 40, y0 + k * 18)
    p.text(
        cx + (lw - 60 - cx) / 2,
        y0 + bh / 2,
        tr(lg, "CAR PARK", "PARKPLATZ", "PARKING"),
        "Helvetica",
        8,
        "center",
    )
    for k in range(0, int(lw - 100), 14):
        p.line(50 + k, y0 - 20, 57 + k, y0 - 20)
        p.line(50 + k, y0 + bh + 20, 57 + k, y0 + bh + 20)
    p.text(
        lw - 50,
        lh - 62,
        tr(
            lg,
            "Demise edged red - not to scale",
            "Mietfläche rot umrandet - ohne Maßstab",
            "Emprise en rouge - sans échelle",
        ),
        "Helvetica-Oblique",
        7.5,
        "right",
    )
    p.text(
        50,
        lh - 62,
        f"N ^   {tr(lg, 'Drawing', 'Plan', 'Plan')} {serial(rng, 'EST/9999/A')}",
        "Helvetica",
        7.5,
    )
    return p


def tpl_rent_review(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's rent review letter under the lease of the rink building: the review date,
    the basis (open market or index), the calculation, then the memorandum of rent review for
    signature and now and then a plan of the premises."""
    h = council_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    rev = add_months(d, rng.choice([1, 2, 3]))
    old = rent_of()
    i0, i1 = rng.uniform(108, 118), rng.uniform(121, 134)
    new = round(old * i1 / i0 / 50) * 50
    gm = rink_staff("gm")
    officer = staff(h, "estates")
    ref = serial(keyed(who, "ref"), rng.choice(["EST/L/9999", "LA 99-999", "PAT-99-999"]))
    f = sheets(s, h, f"{tr(lg, 'Rent review', 'Mietanpassung', 'Révision du loyer')} - {ref}")
    recipient(
        f,
        s,
        h,
        rink_lines(mx(gm[0], lg)),
        d,
        [
            (tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Lease of {rink_head().street}, {rink_town()} - rent review at {day(h, rev)}",
            f"Erbbau-/Pachtvertrag Eissporthalle {rink_town()} - Anpassung des Pachtzinses zum "
            f"{day(h, rev)}",
            "Bail emphytéotique / convention d'occupation de la patinoire - révision du loyer au "
            f"{day(h, rev)}",
        ),
    )
    f.para(m, w - 2 * m, dear(lg, mx(gm[0], lg)), s.font, s.size)
    basis = tr(
        lg,
        "the Retail Prices Index",
        "den Verbraucherpreisindex (VPI, 2020 = 100)",
        "l'indice des loyers des activités tertiaires (ILAT)",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Under clause {rng.randint(4, 9)} of the lease the rent is to be reviewed on "
            f"{day(h, rev)} by reference to {basis}.",
            f"Nach § {rng.randint(4, 9)} des Vertrages ist der Pachtzins zum {day(h, rev)} an "
            f"{basis} anzupassen.",
            f"Conformément à l'article {rng.randint(4, 9)} du bail, le loyer est révisé au "
            f"{day(h, rev)} selon {basis}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    rows = [
        [
            tr(lg, "Current annual rent", "Bisheriger Jahrespachtzins", "Loyer annuel actuel"),
            cash(old, lg),
        ],
        [
            tr(lg, "Index at last review", "Index bei letzter Anpassung", "Indice de référence"),
            f"{i0:.1f}",
        ],
        [tr(lg, "Index now", "Aktueller Index", "Dernier indice publié"), f"{i1:.1f}"],
        [tr(lg, "Change", "Veränderung", "Variation"), f"{(i1 / i0 - 1) * 100:.2f} %"],
        [
            tr(
                lg,
                "New annual rent (rounded)",
                "Neuer Jahrespachtzins (gerundet)",
                "Nouveau loyer annuel (arrondi)",
            ),
            cash(new, lg),
        ],
    ]
    table(
        f,
        columns(m + 20, w - m - 20, [(3, "left"), (1.4, "right")]),
        [tr(lg, "Calculation", "Berechnung", "Calcul"), ""],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the enclosed memorandum. The new rent will be invoiced from "
            "the next quarter day.",
            "Bitte senden Sie die beigefügte Vereinbarung unterschrieben zurück. Der neue Betrag "
            "wird ab dem nächsten Fälligkeitstermin berechnet.",
            "Nous vous remercions de nous retourner l'avenant ci-joint signé. Le nouveau loyer "
            "sera appelé à la prochaine échéance.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Estates Surveyor", "Liegenschaftsverwaltung", "Chargé(e) de gestion immobilière"),
    )
    pages = list(f.pages)
    p = Page(A4)
    y = m + 10.0
    title = tr(
        lg,
        "MEMORANDUM OF RENT REVIEW",
        "NACHTRAGSVEREINBARUNG ZUM PACHTZINS",
        "AVENANT DE RÉVISION DU LOYER",
    )
    p.text(w / 2, y, title, "Times-Bold", 14, "center")
    y += 30
    for lab, val in [
        (tr(lg, "Landlord", "Verpächter", "Bailleur"), h.name.split(" - ")[0]),
        (tr(lg, "Tenant", "Pächter", "Preneur"), rink_head().name),
        (
            tr(lg, "Premises", "Pachtgegenstand", "Locaux"),
            f"{rink_head().street}, {rink_head().town}",
        ),
        (tr(lg, "Review date", "Stichtag", "Date d'effet"), day(h, rev)),
        (
            tr(lg, "Revised rent", "Neuer Pachtzins", "Loyer révisé"),
            f"{cash(new, lg)} {tr(lg, 'per annum', 'jährlich', 'par an')}",
        ),
    ]:
        p.text(m, y, lab, "Times-Bold", 10)
        p.text(m + 140, y, fit(val, "Times-Roman", 10, w - 2 * m - 140), "Times-Roman", 10)
        y += 18
    y = text_block(p, paper(s, A4, pt=10), m, y + 10, w - 2 * m, words(rng, lg, "legal", 45), 9.5)
    y += 40
    half = (w - 2 * m - 40) / 2
    sign_line(
        p,
        s,
        m,
        y,
        half,
        f"{tr(lg, 'for the Landlord', 'für den Verpächter', 'Pour le bailleur')} - {officer}",
        officer,
    )
    signed = rng.random() < 0.6
    sign_line(
        p,
        s,
        m + half + 40,
        y,
        half,
        f"{tr(lg, 'for the Tenant', 'für den Pächter', 'Pour le preneur')} - {gm[0]}",
        gm[0],
        signed,
    )
    if rng.random() < 0.6:
        seal(
            p,
            m + 70,
            y + 60,
            32,
            h.name.split(" - ")[0][:26].upper(),
            tr(lg, "SEAL", "SIEGEL", "SCEAU"),
        )
    pages.append(p)
    if rng.random() < 0.3:
        pages.append(
            premises_plan(
                rng,
                lg,
                tr(
                    lg,
                    "PLAN - demised premises",
                    "LAGEPLAN - Pachtfläche",
                    "PLAN - emprise du bail",
                ),
            )
        )
    received(rng, pages[0], d, 0.4)
    remember(d, (rev, new))
    return close(pages, s, h)


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's sundry debtor invoice for the quarter's rent (or the car park licence
    fee or the buildings insurance recharge) with the tear-off remittance slip."""
    h = council_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("rent_review", "rent_invoice")) and isinstance(ex, tuple):
        # After a rent review: the first quarter at the new rent; in a run: the next quarter.
        q0, rent = ex[0], float(ex[1])
        d = q0 - timedelta(days=rng.randint(10, 28))
    else:
        rent = rent_of()
        q0 = add_months(month(), rng.randint(0, 2))
        d = q0 - timedelta(days=rng.randint(10, 28))
    kind = 0 if after(("rent_review",)) or rng.random() < 0.6 else rng.choice([1, 2])
    inv = serial(rng, rng.choice(["9999999999", "SD/99/99999", "R-2099-99999"]))
    cust = serial(keyed(who, "cust"), "9999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        rink_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Kassenzeichen", "Titre n°"), inv),
            (tr(lg, "Customer no.", "Debitor", "Débiteur"), cust),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "SUNDRY DEBTOR INVOICE",
            "RECHNUNG / ZAHLUNGSAUFFORDERUNG",
            "AVIS DES SOMMES À PAYER",
        ),
        3,
    )
    q1 = add_months(q0, 3) - timedelta(days=1)
    item, amount = [
        (
            tr(
                lg,
                f"Rent - ice rink, quarter {short(q0, lg)} to {short(q1, lg)}",
                f"Pachtzins Eissporthalle {short(q0, lg)} - {short(q1, lg)}",
                f"Loyer patinoire du {short(q0, lg)} au {short(q1, lg)}",
            ),
            rent / 4,
        ),
        (
            tr(
                lg,
                "Car park licence fee (annual)",
                "Nutzungsentgelt Parkplatz (jährlich)",
                "Redevance d'occupation parking (annuelle)",
            ),
            rng.choice([2400.0, 3600.0]),
        ),
        (
            tr(
                lg,
                "Buildings insurance recharge",
                "Umlage Gebäudeversicherung",
                "Refacturation assurance bâtiment",
            ),
            rng.choice([6120.0, 7480.0, 8950.0]),
        ),
    ][kind]
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (1.2, "right")]),
        [tr(lg, "Description", "Bezeichnung", "Objet"), tr(lg, "Amount", "Betrag", "Montant")],
        [[item, money(amount, lg)]],
        s,
        rules=True,
    )
    totals(f, s, lg, round(amount, 2), vat_rate(lg) if kind != 2 else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due by {day(h, q0)}.",
            f"Fällig am {day(h, q0)}. Bitte geben Sie bei Zahlung das Kassenzeichen an.",
            f"À régler avant le {day(h, q0)} auprès du comptable public.",
        ),
        s.size - 0.5,
    )
    write(f, s, bank_line(keyed(who, "bank"), lg), s.size - 1)
    if f.y < hh - 170:
        y = hh - m - 120
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - detach and return with payment",
                "Bitte abtrennen und mit der Zahlung einsenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Debitor", "Débiteur"), cust),
                (tr(lg, "Invoice", "Kassenzeichen", "Titre"), inv),
                (
                    tr(lg, "Amount", "Betrag", "Montant"),
                    cash(amount * (1 + (vat_rate(lg) if kind != 2 else 0) / 100), lg),
                ),
                (tr(lg, "Amount paid", "Gezahlt", "Montant réglé"), ""),
            ],
            per=2,
            tall=24,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.35)
    remember(d, (add_months(q0, 3), rent))
    return pages


def tpl_inspection_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A health and safety inspection letter after a visit (the council's environmental
    health officer, the Berufsgenossenschaft or Gewerbeaufsicht, the commission de sécurité):
    the letter, then the schedule of matters requiring attention on a page of its own, now and
    then landscape."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(5, 21))
    officer = staff(h, "officer")
    gm = rink_staff("gm")
    ref = serial(rng, {"en": "EH/HS/99999", "de": "AZ 99-999/99", "fr": "CCS-2099-999"}[lg])
    f = sheets(s, h, ref)
    recipient(
        f,
        s,
        h,
        rink_lines(mx(gm[0], lg)),
        d,
        [
            (tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Bearbeiter", "Rapporteur"), officer),
        ],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Health and Safety at Work etc. Act 1974 - inspection on {day(h, visit)}",
            f"Besichtigung Ihres Betriebes am {day(h, visit)} - Revisionsschreiben",
            f"Visite périodique de l'établissement (ERP type X, 2e catégorie) du {day(h, visit)}",
        ),
    )
    f.para(m, w - 2 * m, dear(lg, mx(gm[0], lg)), s.font, s.size)
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for the assistance given during my visit to {rink_head().name}, "
            "accompanied by your duty manager.",
            "vielen Dank für die Unterstützung bei der Besichtigung der Eissporthalle "
            f"{rink_town()}.",
            f"La commission a procédé le {day(h, visit)} à la visite de la patinoire en présence "
            "de l'exploitant.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "safety", 1, 3))
    fav = rng.random() < 0.85
    if lg == "fr":
        write(
            f,
            s,
            f"La commission émet un avis {'FAVORABLE' if fav else 'DÉFAVORABLE'} à la poursuite "
            "de l'exploitation, sous réserve de la réalisation des prescriptions figurant en "
            "annexe.",
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "The matters listed in the attached schedule require your attention. This letter "
                "is not a formal notice, but failure to address them may lead to enforcement "
                "action.",
                "Die in der Anlage aufgeführten Mängel sind innerhalb der genannten Fristen zu "
                "beseitigen. Bitte teilen Sie uns die Erledigung schriftlich mit.",
                "",
            ),
        )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Environmental Health Officer", "Aufsichtsperson", "Le président de la commission"),
    )
    pages = list(f.pages)
    matters = {
        "en": [
            (
                "Ice resurfacer room",
                "Provide CO monitoring for the LPG resurfacer and record checks",
                "Management of Health and Safety at Work Regs 1999 reg 3",
            ),
            (
                "Plant room",
                "Keep the ammonia emergency procedure displayed and train staff in it",
                "DSEAR 2002 reg 8",
            ),
            (
                "Rink barriers",
                "Repair the damaged gate latch at the skaters' entrance",
                "HSWA 1974 s3",
            ),
            (
                "Public sessions",
                "Review the number of marshals per skaters on the ice",
                "HSWA 1974 s3",
            ),
            (
                "Skate hire",
                "Clean the sharpening machine dust extraction and record LEV tests",
                "COSHH 2002 reg 9",
            ),
            ("First aid", "Restock first aid kits; record checks", "First-Aid Regulations 1981"),
        ],
        "de": [
            (
                "Maschinenraum",
                "Notfallplan Ammoniak aushängen und Beschäftigte unterweisen",
                "§ 12 ArbSchG",
            ),
            ("Eisbearbeitungsmaschine", "CO-Warngerät im Garagenbereich nachrüsten", "GefStoffV"),
            (
                "Bande",
                "Beschädigte Bandentür am Spielereingang instand setzen",
                "DGUV Vorschrift 1",
            ),
            ("Schleifmaschine", "Absaugung warten und prüfen lassen", "TRGS 500"),
            (
                "Erste Hilfe",
                "Verbandkasten ergänzen, Prüfung dokumentieren",
                "DGUV Vorschrift 1 § 25",
            ),
            ("Fluchtwege", "Notausgang Tribüne freihalten", "ASR A2.3"),
        ],
        "fr": [
            (
                "Salle des machines",
                "Afficher la consigne en cas de fuite d'ammoniac",
                "Arrêté du 25 juin 1980, art. PE 27",
            ),
            ("Surfaceuse", "Vérifier la ventilation du local de la surfaceuse", "Art. X 14"),
            ("Gradins", "Maintenir les dégagements libres", "Art. CO 35"),
            ("Éclairage de sécurité", "Remplacer les blocs autonomes défectueux", "Art. EC 8"),
            ("Extincteurs", "Faire vérifier les extincteurs (vérification annuelle)", "Art. MS 38"),
            ("Registre de sécurité", "Tenir à jour le registre de sécurité", "Art. R.143-38 CCH"),
        ],
    }[lg]
    chosen = rng.sample(matters, rng.randint(2, len(matters)))
    land = rng.random() < 0.35
    size = LAND if land else A4
    sw, sh = size

    def start(p: Page, n: int) -> float:
        p.text(
            m,
            m - 4,
            tr(
                lg,
                "SCHEDULE OF MATTERS REQUIRING ATTENTION",
                "ANLAGE - MÄNGELLISTE",
                "ANNEXE - PRESCRIPTIONS",
            ),
            s.bold,
            11,
        )
        p.text(sw - m, m - 4, ref, s.font, 8, "right")
        return m + 22

    sf = Sheets(size, sh - m - 20, start)
    rows = []
    for k, (area, act, law) in enumerate(chosen, 1):
        due = d + timedelta(days=rng.choice([14, 28, 56, 90]))
        rows.append([str(k), area, act, law, short(due, lg)])
    spec = [(0.3, "left"), (1.5, "left"), (4.2, "left"), (2, "left"), (1, "left")]
    ss = paper(s, size)
    table(
        sf,
        columns(m, sw - m, spec),
        [
            "#",
            tr(lg, "Area", "Bereich", "Local"),
            tr(lg, "Action required", "Maßnahme", "Prescription"),
            tr(lg, "Reference", "Rechtsgrundlage", "Référence"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        rows,
        ss,
        size=8,
        rules=True,
        step=2.2,
    )
    sf.y += 10
    text_block(sf.page, ss, m, sf.y, sw - 2 * m, words(rng, lg, "safety", 20), 8)
    pages.extend(sf.pages)
    received(rng, pages[0], d, 0.45)
    remember(d)
    return close(pages, s, h)


BODY = {
    "en": [
        "Head",
        "Face",
        "Wrist",
        "Arm",
        "Shoulder",
        "Back",
        "Hip",
        "Knee",
        "Ankle",
        "Hand / fingers",
    ],
    "de": [
        "Kopf",
        "Gesicht",
        "Handgelenk",
        "Arm",
        "Schulter",
        "Rücken",
        "Hüfte",
        "Knie",
        "Sprunggelenk",
        "Hand / Finger",
    ],
    "fr": [
        "Tête",
        "Visage",
        "Poignet",
        "Bras",
        "Épaule",
        "Dos",
        "Hanche",
        "Genou",
        "Cheville",
        "Main / doigts",
    ],
}


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The duty manager's accident book report on the rink's form: the injured person, when
    and where, what happened in hand, the injury ticks, first aid, whether reportable, the
    signatures; now and then a witness statement sheet behind."""
    h = rink_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    dm = rink_staff("duty")[0]
    hurt = (
        person(rng, lg) if rng.random() < 0.5 else f"{rng.choice(KIDS[lg])} {rng.choice(LASTS[lg])}"
    )
    p = Page(A4)
    y = heading(p, s, h) if rng.random() < 0.6 else m
    p.text(
        m,
        y,
        tr(
            lg,
            "ACCIDENT / INCIDENT REPORT",
            "UNFALLMELDUNG / VERBANDBUCH-EINTRAG",
            "DÉCLARATION D'ACCIDENT / INCIDENT",
        ),
        s.bold,
        13,
    )
    p.text(w - m, y, f"No. {serial(rng, '999')}/{d.year % 100}", s.bold, 10, "right")
    y += 20
    t = f"{rng.randint(10, 21):02d}:{rng.choice(['05', '20', '35', '50'])}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Name of injured person", "Name der verletzten Person", "Nom de la victime"),
                hurt,
            ),
            (tr(lg, "Age", "Alter", "Âge"), str(rng.randint(6, 64))),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(a_home(rng, lg))),
            (tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), f"{short(d, lg)} {t}"),
        ],
        per=2,
        tall=24,
    )
    p.text(m, y + 2, tr(lg, "Person was:", "Person war:", "La victime était :"), s.font, 8.5)
    y = ticks(
        p,
        s,
        m + 70,
        y + 2,
        w - 2 * m - 70,
        [
            tr(lg, "Public skater", "Besucher", "Usager"),
            tr(lg, "Club member", "Vereinsmitglied", "Licencié club"),
            tr(lg, "Lesson pupil", "Kursteilnehmer", "Élève école"),
            tr(lg, "Staff", "Beschäftigte/r", "Salarié"),
            tr(lg, "Spectator", "Zuschauer", "Spectateur"),
        ],
        {rng.randrange(5)},
    )
    p.text(m, y + 2, tr(lg, "Where:", "Ort:", "Lieu :"), s.font, 8.5)
    y = ticks(
        p,
        s,
        m + 70,
        y + 2,
        w - 2 * m - 70,
        [
            tr(lg, "On ice", "Eisfläche", "Sur la glace"),
            tr(lg, "Rink entrance", "Eingang Eis", "Portillon"),
            tr(lg, "Skate hire", "Verleih", "Location"),
            tr(lg, "Changing rooms", "Umkleide", "Vestiaires"),
            tr(lg, "Stairs / foyer", "Treppe / Foyer", "Escalier / hall"),
            tr(lg, "Car park", "Parkplatz", "Parking"),
        ],
        {0 if rng.random() < 0.7 else rng.randrange(1, 6)},
    )
    p.text(m, y + 4, tr(lg, "What happened:", "Unfallhergang:", "Circonstances :"), s.bold, 9)
    what = {
        "en": [
            "Fell backwards while skating forwards, hit head on ice. Wearing helmet. Dazed "
            "briefly.",
            "Caught edge near barrier, fell onto outstretched hand. Pain in wrist, swelling.",
            "Collided with another skater during public session. Cut to chin from blade.",
            "Slipped on wet floor by skate hire counter, twisted ankle.",
        ],
        "de": [
            "Beim Vorwärtslaufen rückwärts gestürzt, mit dem Kopf aufs Eis. Helm getragen.",
            "An der Bande hängen geblieben, Sturz auf die Hand. Schmerzen Handgelenk.",
            "Zusammenstoß mit anderem Läufer beim Publikumslauf, Schnittwunde Kinn.",
            "Auf nassem Boden am Verleih ausgerutscht, Knöchel verdreht.",
        ],
        "fr": [
            "Chute en arrière, tête heurtée sur la glace. Portait un casque.",
            "Chute près de la balustrade, réception sur la main. Douleur au poignet.",
            "Collision avec un autre patineur pendant la séance publique, coupure au menton.",
            "Glissade sur sol mouillé devant la location, entorse cheville.",
        ],
    }[lg]
    y = hand_lines(
        p,
        m,
        y + 20,
        w - 2 * m,
        rng.choice(what) + " " + words(rng, lg, "rink", rng.randint(0, 10)),
        4,
        9,
        14,
    )
    p.text(m, y + 2, tr(lg, "Injury:", "Verletzung:", "Blessure :"), s.font, 8.5)
    y = ticks(
        p, s, m + 70, y + 2, w - 2 * m - 70, BODY[lg], set(rng.sample(range(10), rng.randint(1, 2)))
    )
    p.text(m, y + 2, tr(lg, "First aid given:", "Erste Hilfe:", "Premiers soins :"), s.bold, 9)
    y = hand_lines(
        p,
        m,
        y + 18,
        w - 2 * m,
        rng.choice(
            [
                tr(
                    lg,
                    "Ice pack, observed 20 min, left with parent",
                    "Kühlpack, 20 Min. beobachtet",
                    "Poche de glace, surveillance 20 min",
                ),
                tr(
                    lg,
                    "Steri-strips to cut, advised to see GP",
                    "Pflaster, Arztbesuch empfohlen",
                    "Pansement, conseil consulter médecin",
                ),
                tr(
                    lg,
                    "Wrist splinted, ambulance called",
                    "Schiene, RTW gerufen",
                    "Attelle, SAMU appelé",
                ),
            ]
        ),
        2,
        9,
        14,
    )
    p.text(
        m,
        y + 2,
        tr(lg, "Ambulance called", "Rettungsdienst gerufen", "Secours appelés"),
        s.font,
        8.5,
    )
    amb = rng.random() < 0.2
    ticks(p, s, m + 130, y + 2, 100, yes_no(lg), {0 if amb else 1})
    p.text(
        m + 250,
        y + 2,
        tr(lg, "Reportable (RIDDOR)", "Meldepflichtig (BG)", "Déclaration assureur"),
        s.font,
        8.5,
    )
    ticks(p, s, m + 360, y + 2, 100, yes_no(lg), {0 if amb and rng.random() < 0.5 else 1})
    y += 30
    half = (w - 2 * m - 40) / 2
    sign_line(
        p,
        s,
        m,
        y + 20,
        half,
        f"{tr(lg, 'Completed by', 'Aufgenommen von', 'Rédigé par')}: {dm}",
        dm,
    )
    sign_line(
        p,
        s,
        m + half + 40,
        y + 20,
        half,
        tr(lg, "Injured person / parent", "Verletzte/r bzw. Erziehungsber.", "Victime / parent"),
        hurt,
        rng.random() < 0.6,
    )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A4)
        yy = m + 10.0
        q.text(m, yy, tr(lg, "WITNESS STATEMENT", "ZEUGENAUSSAGE", "TÉMOIGNAGE"), s.bold, 12)
        yy += 22
        wit = person(rng, lg)
        yy = fields(
            q,
            s,
            m,
            yy,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), wit),
                (
                    tr(lg, "Phone", "Telefon", "Téléphone"),
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0171 9999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                ),
            ],
            per=2,
            tall=24,
        )
        yy = hand_lines(
            q,
            m,
            yy + 10,
            w - 2 * m,
            words(rng, lg, "rink", rng.randint(30, 60)),
            rng.randint(8, 14),
            9.5,
            18,
        )
        sign_line(q, s, m, yy + 30, 200, tr(lg, "Signed", "Unterschrift", "Signature"), wit)
        hand(q, w - m - 100, yy + 26, short(d, lg))
        pages.append(q)
    remember(d)
    return pages


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurance broker's renewal letter with the insurer's schedule for the rink's
    combined policy (property, business interruption, employers' and public liability,
    engineering inspection) and the endorsements page."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ren = add_months(d, 1)
    gm = rink_staff("gm")
    broker = staff(h, "broker")
    pol = serial(keyed(who, "pol"), rng.choice(["LSP/999999/99", "BV-99999999", "CT 99 999 999"]))
    insurer = keyed(who, "ins").choice(INSURERS[lg])
    pages: list[Page] = []
    f = sheets(s, h)
    recipient(
        f, s, h, rink_lines(mx(gm[0], lg)), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)]
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Renewal of your combined leisure policy from {day(h, ren)}",
            f"Verlängerung Ihrer Betriebsversicherung zum {day(h, ren)}",
            f"Renouvellement de votre contrat multirisque au {day(h, ren)}",
        ),
    )
    f.para(m, w - 2 * m, dear(lg, mx(gm[0], lg)), s.font, s.size)
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "insure", 1, 3))
    prem = rng.choice([18400.0, 22750.0, 27300.0, 31900.0])
    write(
        f,
        s,
        tr(
            lg,
            f"The renewal premium is {cash(prem, lg)} including Insurance Premium Tax.",
            f"Der Jahresbeitrag beträgt {cash(prem, lg)} inkl. Versicherungsteuer.",
            f"La cotisation annuelle s'élève à {cash(prem, lg)} TTC.",
        ),
    )
    regards(f, s, lg, broker, tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"))
    pages.extend(f.pages)
    # Schedule pages: the insurer's own layout.
    ss = paper(s, A4, pt=9)

    def start(p: Page, n: int) -> float:
        p.rect(0, 24, w, 28, fill=0.85)
        p.text(m, 43, fit(insurer.upper(), "Helvetica-Bold", 12, w / 2), "Helvetica-Bold", 12)
        p.text(
            w - m,
            43,
            tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"),
            "Helvetica-Bold",
            10,
            "right",
        )
        p.text(m, 68, f"{tr(lg, 'Policy no.', 'Vers.-Nr.', 'N° de contrat')} {pol}", "Helvetica", 8)
        return 88

    sf = Sheets(A4, hh - 60, start)
    sf.y = fields(
        sf.page,
        ss,
        m,
        sf.y,
        w - 2 * m,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), rink_head().name),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Ice rink operator, café and skating school",
                    "Betrieb einer Eissporthalle mit Gastronomie",
                    "Exploitation de patinoire et buvette",
                ),
            ),
            (
                tr(lg, "Period", "Laufzeit", "Période"),
                f"{short(ren, lg)} - {short(add_months(ren, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Premises", "Risikoort", "Situation du risque"),
                f"{rink_head().street}, {rink_head().town}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    secs = {
        "en": [
            ("Buildings (tenant's improvements)", 850000),
            ("Contents and plant", 1650000),
            ("Refrigeration plant - deterioration of stock", 25000),
            ("Business interruption (gross profit, 18 months)", 1200000),
            ("Money", 7500),
            ("Employers' liability", 10000000),
            ("Public and products liability", 10000000),
            ("Engineering inspection (pressure systems)", 0),
        ],
        "de": [
            ("Inhalt / technische Einrichtung", 1650000),
            ("Maschinenbruch Kälteanlage", 900000),
            ("Betriebsunterbrechung", 1200000),
            ("Glas", 25000),
            ("Betriebshaftpflicht Personen-/Sachschäden", 10000000),
            ("Umwelthaftpflicht (Ammoniak)", 3000000),
            ("Elektronik", 80000),
            ("Geld und Wertsachen", 7500),
        ],
        "fr": [
            ("Bâtiments (aménagements)", 850000),
            ("Contenu et matériel", 1650000),
            ("Bris de machines - groupe froid", 900000),
            ("Perte d'exploitation", 1200000),
            ("Vol / valeurs", 7500),
            ("Responsabilité civile exploitation", 10000000),
            ("Responsabilité civile atteinte à l'environnement", 3000000),
            ("Protection juridique", 0),
        ],
    }[lg]
    rows = []
    for name, si in secs:
        exc = rng.choice([250, 500, 1000, 2500])
        rows.append(
            [
                name,
                tr(lg, "Insured", "versichert", "Garanti")
                if si
                else tr(lg, "Included", "eingeschlossen", "Inclus"),
                whole(si, lg) if si else "-",
                whole(exc, lg),
            ]
        )
    table(
        sf,
        columns(m, w - m, [(3.2, "left"), (0.9, "left"), (1.9, "right"), (1, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            "",
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capitaux / plafonds"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        ss,
        rules=True,
        step=1.9,
    )
    sf.y += 10
    for _ in range(rng.randint(1, 3)):
        sf.para(m, w - 2 * m, prose(rng, lg, "insure", 1, 2), ss.font, 8.5)
    sf.need(120)
    sf.page.text(
        m, sf.y + 10, tr(lg, "Annual premium", "Jahresbeitrag", "Cotisation annuelle"), ss.bold, 10
    )
    sf.page.text(w - m, sf.y + 10, cash(prem, lg), ss.bold, 10, "right")
    sf.y += 30
    if rng.random() < 0.7:
        sf.new_page()
    else:
        sf.need(160)
    sf.page.text(
        m,
        sf.y,
        tr(
            lg,
            "ENDORSEMENTS AND CONDITIONS",
            "KLAUSELN UND BESONDERE VEREINBARUNGEN",
            "CLAUSES PARTICULIÈRES",
        ),
        ss.bold,
        11,
    )
    sf.y += 20
    for _k in range(rng.randint(4, 8)):
        code = serial(rng, "A99") if lg == "en" else f"{rng.randint(1, 9)}{rng.randint(100, 999)}"
        sf.heading(
            m,
            fit(
                f"{code}  {words(rng, lg, 'insure', rng.randint(3, 6))[:-1].title()}",
                ss.bold,
                9,
                w - 2 * m,
            ),
            ss.bold,
            9,
        )
        sf.para(m, w - 2 * m, prose(rng, lg, "insure", 1, 3), ss.font, 8.5)
    # The letter has the broker's footer; the schedule the insurer's page numbers and line.
    close(pages, s, h, numbers="none")
    for q in sf.pages:
        qw, qh = q.size
        q.text(
            qw / 2,
            qh - 14,
            fit(f"{insurer} - {pol}", "Helvetica", 6, qw - 40),
            "Helvetica",
            6,
            "center",
        )
    number_pages(
        sf.pages,
        ss,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.7
        else "{i}/{n}",
        "br" if rng.random() < 0.6 else "tr",
        bottom=30,
    )
    pages.extend(sf.pages)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_music_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The music licensing body's invoice for the rink's licence year (recorded music at
    public skating sessions, discos, background music in the café) with the tariff notes page
    behind."""
    h = make_head(SENDERS["music"][home()][0], home(), "music")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    lic = serial(rink_keyed("lic"), rng.choice(["LE-99999999", "99999999", "MV-9999999"]))
    inv = serial(rng, "9999999999")
    f = sheets(s, h, f"{lic} - {inv}")
    recipient(
        f,
        s,
        h,
        rink_lines(),
        d,
        [
            (tr(lg, "Licence no.", "Vertrags-Nr.", "N° de contrat"), lic),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "TheMusicLicence - Invoice", "Rechnung - Musiknutzung", "Facture - droits d'auteur"),
        3,
    )
    y0 = d.year if d.month >= 4 else d.year - 1
    write(
        f,
        s,
        tr(
            lg,
            f"Licence period 1 April {y0} - 31 March {y0 + 1}",
            f"Lizenzzeitraum 01.01.{d.year} - 31.12.{d.year}",
            f"Période du 01/01/{d.year} au 31/12/{d.year}",
        ),
    )
    tariff = {
        "en": [
            (
                "Ice rink tariff - skating sessions with music",
                "sessions",
                rng.randint(300, 700),
                1.82,
            ),
            ("Discos and themed ice nights", "events", rng.randint(10, 40), 24.6),
            ("Background music - café (seats)", "seats", rng.randint(40, 90), 1.15),
        ],
        "de": [
            ("Tarif SP - Eislaufbahnen, Laufzeiten mit Musik", "Tage", rng.randint(150, 240), 6.4),
            ("Tarif U-V - Eisdisco", "Veranst.", rng.randint(10, 40), 31.2),
            ("Tarif WR-H - Hintergrundmusik Gastronomie", "m²", rng.randint(60, 180), 1.05),
        ],
        "fr": [
            ("Patinoire - séances publiques sonorisées", "séances", rng.randint(300, 700), 1.65),
            ("Soirées à thème / disco sur glace", "soirées", rng.randint(10, 40), 28.0),
            ("Sonorisation buvette", "m²", rng.randint(60, 180), 0.95),
        ],
    }[lg]
    rows = []
    net = 0.0
    for t, u, q, pr in tariff:
        rows.append([t, f"{q} {u}", money(pr, lg), money(q * pr, lg)])
        net += q * pr
    if rng.random() < 0.5:
        disc = -round(net * 0.2, 2)
        rows.append(
            [
                tr(
                    lg,
                    "Discount - annual licence paid in advance",
                    "Gesamtvertragsnachlass 20 %",
                    "Réduction adhérent organisation professionnelle 20 %",
                ),
                "",
                "",
                money(disc, lg),
            ]
        )
        net += disc
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right"), (0.8, "right"), (1.1, "right")]),
        [
            tr(lg, "Tariff", "Tarif", "Tarif"),
            tr(lg, "Units", "Menge", "Quantité"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 7.0, "fr": 10.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "Payment by Direct Debit in one annual instalment.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen.",
            "Règlement à réception par prélèvement.",
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    if rng.random() < 0.7:
        heads = {
            "en": [
                "What this licence covers",
                "Declarations",
                "Changes to your business",
                "Tariff bases",
                "Payment",
                "Data protection",
            ],
            "de": [
                "Umfang der Einwilligung",
                "Meldepflichten",
                "Änderungen",
                "Tarifgrundlagen",
                "Zahlung",
                "Datenschutz",
            ],
            "fr": [
                "Objet de l'autorisation",
                "Déclarations",
                "Modifications",
                "Bases tarifaires",
                "Paiement",
                "Données personnelles",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "NOTES ON YOUR LICENCE",
                    "HINWEISE ZU IHREM LIZENZVERTRAG",
                    "INFORMATIONS SUR VOTRE CONTRAT",
                ),
                heads,
                "legal",
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


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
    "ice_agreement": tpl_ice_agreement,
    "ice_invoice": tpl_ice_invoice,
    "enrolment": tpl_enrolment,
    "coach_invoice": tpl_coach_invoice,
    "plant_service": tpl_plant_service,
    "leak_check": tpl_leak_check,
    "plant_contract": tpl_plant_contract,
    "resurfacer_report": tpl_resurfacer_report,
    "resurfacer_invoice": tpl_resurfacer_invoice,
    "energy_invoice": tpl_energy_invoice,
    "skate_invoice": tpl_skate_invoice,
    "sharpening_docket": tpl_sharpening_docket,
    "party_booking": tpl_party_booking,
    "event_confirmation": tpl_event_confirmation,
    "rent_review": tpl_rent_review,
    "rent_invoice": tpl_rent_invoice,
    "inspection_letter": tpl_inspection_letter,
    "accident_report": tpl_accident_report,
    "insurance": tpl_insurance,
    "music_licence": tpl_music_licence,
}
TEMPLATES_EEEEE: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender (or on one rink's form).
RUN_KINDS = (
    "ice_invoice",
    "enrolment",
    "coach_invoice",
    "leak_check",
    "energy_invoice",
    "sharpening_docket",
    "party_booking",
    "rent_invoice",
    "accident_report",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "ice_agreement": "ice_invoice",
    "plant_service": "leak_check",
    "plant_contract": "plant_service",
    "resurfacer_report": "resurfacer_invoice",
    "party_booking": "event_confirmation",
    "rent_review": "rent_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_skewer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One rink's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.55) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The rink (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    RINK["lang"] = lang
    RINK["row"] = r.randrange(len(RINKS[lang]))
    RINK["seed"] = r.getrandbits(24)
    RINK["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_EEEEE, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_skewer_stream, "templates EEEEE")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

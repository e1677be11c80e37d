"""Baster part of the generated corpus: templates IIIII, written blind for the next measurement.

A part of its own, ``baster``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a regional
repertory theatre (a main house of about 400 seats and a studio stage; an artistic director, a
general manager, a production manager, a box office supervisor and a finance officer; in
England, Germany or France) feeds through its scanner in a month: the theatre's engagement
contracts with actors and creatives as they come back signed (an Equity / UK Theatre standard
contract, a NV Bühne Solo contract, a CDDU under the CCNEAC) with the special conditions and
schedule pages and a signature page; publishers' and agents' licences to perform a play
(licence to perform, Aufführungsvertrag, autorisation de représentation from the SACD or an
agent) with the licence conditions on a page of small print; the publishers' royalty
statements with the performance table; scenery workshops' stage invoices for the set build,
now and then with the schedule of variations behind; costume hire houses' hire agreements with
the costume list and the conditions of hire, now and then a returns checklist; lighting and
sound hire companies' dispatch notes on landscape A4 with the out / back columns ticked by
hand; reports of thorough examination of the flying system and hoists (LOLER report,
Prüfbericht nach DGUV Vorschrift 17, rapport de vérification des équipements scéniques) with
the item schedule on landscape pages, every page "Page i of n"; the fire authority's letters
after a fire safety audit (a notification of deficiencies, a Bescheid über die
Brandverhütungsschau, the procès-verbal of the commission de sécurité behind the mairie's
covering letter) with the schedule of deficiencies; child performance licences from the local
authority (licence and record of performances, Ausnahmebewilligung nach § 6 JArbSchG,
autorisation individuelle du préfet); grant offer letters from the Arts Council, the Kulturamt
or the DRAC with the conditions, payment schedule and acceptance form; the theatre's
monitoring returns to the funder (activity and audience return, Verwendungsnachweis, compte
rendu financier); co-production agreements with touring companies, with the financial schedule
on a landscape page and a signature page; the touring companies' technical riders with the
crew call, get-in schedule and a stage plan on a landscape page; the theatre's box office
settlement statements for a visiting company's week, signed by both managers; the box office's
daily cash-up sheets filled in by hand with the till's Z report slip behind; ticketing
platforms' monthly settlement statements with the per-event sales on landscape pages; schools'
group booking forms (A4 or A5, filled in by hand) and the box office's booking confirmation and
invoice to the school with a remittance slip; stage managers' show reports; and sponsorship
agreements with the benefits schedule, now and then behind the sponsor's covering letter. Each
stream is one theatre's pile: the theatre (country, name, month, staff, productions) is drawn
once per stream; its outside senders are of the theatre's country and write in its language,
except that publishers, touring companies and hire companies are now and then from abroad and
write in their own (an American play service on Letter paper). Page sizes range from till
slips and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the theatre's office files
it: the special conditions, schedule and signature pages of an engagement contract; the
conditions page of a licence to perform; the later pages of a royalty statement; the schedule
of variations behind a set build invoice; the costume list continuation, conditions of hire and
returns checklist of a hire agreement; every page of a dispatch note; the cover, item schedule,
defects page and declaration of an examination report (and the inspector's covering letter in
front of it); the schedule of deficiencies and the notes on appeals of a fire authority letter
and the procès-verbal behind the mairie's covering letter; the record of performances of a
child licence; the conditions, payment schedule and acceptance form of a grant offer; the
figures pages of a monitoring return; the schedules and signature page of a co-production
agreement; every page of a technical rider including its stage plan; the later pages of a
settlement or a ticketing statement; the Z report slip stapled to a cash-up sheet; the
remittance slip of a booking confirmation; the sponsor's covering letter in front of the
agreement it returns. Related papers are documents of their own: the royalty statement after
the licence it accounts under, the monitoring return after the grant offer, the technical
rider after the co-production agreement, the booking confirmation after the school's booking
form; and so is each contract, cash-up sheet, show report, child licence, settlement, stage
invoice and booking form of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: signed engagement contracts, cash-up
sheets, show reports, child licences, weekly settlements, stage invoices and schools' booking
forms often come 2-4 in a row (from one sender, with other people, dates, numbers and amounts;
booking forms from one school after another); and companions: each related paper above often
follows the document it answers, about the same production. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"baster"`` and seeds offset by 11_200_000.

Usage: ``python benchmarks/corpus_baster.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/baster/baster_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTH_NAMES,
    Flow,
    band,
    caption,
    cash,
    close,
    columns,
    fields,
    fit,
    hand,
    italic_of,
    money,
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
)
from corpus_kit import address as window
from corpus_kit import date_text as _date_text

PART = "baster"
SEED_OFFSET = 11_200_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the theatre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
THEATRES: dict[str, list[Row]] = {
    "en": [
        ("The Cornmarket Theatre", "Cornmarket Street", "Shrewsbury SY1 1LH", "01743 281 600"),
        ("Harbour Lane Playhouse", "14 Harbour Lane", "Scarborough YO11 1PB", "01723 370 541"),
        ("The Tolbooth Repertory Theatre", "Castle Hill", "Lancaster LA1 1YN", "01524 598 500"),
    ],
    "de": [
        ("Theater am Wall", "Am Wall 12", "28195 Bremen", "0421 36 50 40"),
        ("Landesbühne Oberschwaben", "Theaterplatz 3", "88212 Ravensburg", "0751 36 21 0"),
        ("Kammertheater Rheinufer", "Rheinallee 41", "55118 Mainz", "06131 24 77 80"),
    ],
    "fr": [
        ("Théâtre de la Halle aux Grains", "2 place de la Halle", "41000 Blois", "02 54 56 19 79"),
        ("Le Préau - Scène conventionnée", "14 rue du Moulin", "14000 Caen", "02 31 45 80 22"),
        (
            "Théâtre municipal de l'Esplanade",
            "Esplanade Charles-de-Gaulle",
            "86000 Poitiers",
            "05 49 41 28 33",
        ),
    ],
}
#: Authorities of the theatre's town, by the theatre's row: fire, children, funders.
LOCAL: dict[str, list[dict[str, list[Row]]]] = {
    "en": [
        {
            "fire": [
                (
                    "Shropshire Fire and Rescue Service - Fire Safety",
                    "St Michael's Street",
                    "Shrewsbury SY1 2HJ",
                    "01743 260 200",
                )
            ],
            "council": [
                (
                    "Shropshire Council - Child Employment and Entertainment",
                    "Shirehall, Abbey Foregate",
                    "Shrewsbury SY2 6ND",
                    "0345 678 9000",
                )
            ],
            "funder": [
                ("Arts Council England", "The Hive, 49 Lever Street", "Manchester M1 1FN", ""),
                (
                    "Shropshire Council - Culture and Heritage",
                    "Shirehall",
                    "Shrewsbury SY2 6ND",
                    "",
                ),
            ],
        },
        {
            "fire": [
                (
                    "North Yorkshire Fire and Rescue Service - Protection",
                    "Thurston Road",
                    "Northallerton DL6 2ND",
                    "01609 780 150",
                )
            ],
            "council": [
                (
                    "North Yorkshire Council - Children and Families Service",
                    "County Hall, Racecourse Lane",
                    "Northallerton DL7 8AD",
                    "0300 131 2131",
                )
            ],
            "funder": [
                ("Arts Council England", "21 Bond Street", "Leeds LS1 5BQ", ""),
                (
                    "North Yorkshire Council - Culture",
                    "Town Hall, St Nicholas St",
                    "Scarborough YO11 2HG",
                    "",
                ),
            ],
        },
        {
            "fire": [
                (
                    "Lancashire Fire and Rescue Service - Protection Department",
                    "Garstang Road, Fulwood",
                    "Preston PR2 3LH",
                    "01772 862 545",
                )
            ],
            "council": [
                (
                    "Lancashire County Council - Child Employment Team",
                    "PO Box 78, County Hall",
                    "Preston PR1 8XJ",
                    "0300 123 6701",
                )
            ],
            "funder": [
                ("Arts Council England", "The Hive, 49 Lever Street", "Manchester M1 1FN", ""),
                (
                    "Lancaster City Council - Arts and Events",
                    "Town Hall, Dalton Square",
                    "Lancaster LA1 1PJ",
                    "",
                ),
            ],
        },
    ],
    "de": [
        {
            "fire": [
                (
                    "Feuerwehr Bremen - Vorbeugender Brandschutz",
                    "Am Wandrahm 24",
                    "28195 Bremen",
                    "0421 303 0",
                )
            ],
            "council": [("Gewerbeaufsicht des Landes Bremen", "Parkstraße 58", "28209 Bremen", "")],
            "funder": [
                ("Der Senator für Kultur", "Altenwall 15/16", "28195 Bremen", ""),
                ("Fonds Darstellende Künste e.V.", "Ackerstraße 76", "13355 Berlin", ""),
            ],
        },
        {
            "fire": [
                (
                    "Stadt Ravensburg - Baurechtsamt - Brandverhütungsschau",
                    "Salamanderweg 22",
                    "88212 Ravensburg",
                    "0751 82 0",
                )
            ],
            "council": [
                (
                    "Regierungspräsidium Tübingen - Gewerbeaufsicht",
                    "Konrad-Adenauer-Straße 20",
                    "72072 Tübingen",
                    "",
                )
            ],
            "funder": [
                ("Stadt Ravensburg - Kulturamt", "Marienplatz 35", "88212 Ravensburg", ""),
                (
                    "Ministerium für Wissenschaft, Forschung und Kunst Baden-Württemberg",
                    "Königstraße 46",
                    "70173 Stuttgart",
                    "",
                ),
            ],
        },
        {
            "fire": [
                (
                    "Feuerwehr Mainz - Vorbeugender Gefahrenschutz",
                    "Rheinallee 33",
                    "55118 Mainz",
                    "06131 12 0",
                )
            ],
            "council": [
                (
                    "Struktur- und Genehmigungsdirektion Süd - Gewerbeaufsicht",
                    "Kaiserstraße 31",
                    "55116 Mainz",
                    "",
                )
            ],
            "funder": [
                (
                    "Landeshauptstadt Mainz - Amt für Kultur und Bibliotheken",
                    "Rheinstraße 48",
                    "55116 Mainz",
                    "",
                ),
                ("Kultursommer Rheinland-Pfalz", "Stresemannufer 3-5", "56068 Koblenz", ""),
            ],
        },
    ],
    "fr": [
        {
            "fire": [
                (
                    "Mairie de Blois - Service Sécurité des ERP",
                    "9 place Saint-Louis",
                    "41000 Blois",
                    "02 54 44 50 50",
                )
            ],
            "council": [
                ("Préfecture de Loir-et-Cher - DDETS", "34 avenue Maunoury", "41000 Blois", "")
            ],
            "funder": [
                ("DRAC Centre-Val de Loire", "6 rue de la Manufacture", "45000 Orléans", ""),
                ("Région Centre-Val de Loire", "9 rue Saint-Pierre-Lentin", "45041 Orléans", ""),
            ],
        },
        {
            "fire": [
                (
                    "Ville de Caen - Direction Prévention et Sécurité",
                    "Esplanade Jean-Marie Louvel",
                    "14000 Caen",
                    "02 31 30 41 00",
                )
            ],
            "council": [("Préfecture du Calvados - DDETS", "Rue Daniel Huet", "14000 Caen", "")],
            "funder": [
                ("DRAC Normandie", "13 bis rue Saint-Ouen", "14052 Caen", ""),
                ("Département du Calvados", "9 rue Saint-Laurent", "14000 Caen", ""),
            ],
        },
        {
            "fire": [
                (
                    "Ville de Poitiers - Service ERP et Accessibilité",
                    "15 place du Maréchal Leclerc",
                    "86000 Poitiers",
                    "05 49 52 35 35",
                )
            ],
            "council": [
                (
                    "Préfecture de la Vienne - DDETS",
                    "4 rue Micheline Ostermeyer",
                    "86000 Poitiers",
                    "",
                )
            ],
            "funder": [
                ("DRAC Nouvelle-Aquitaine", "102 Grand'Rue", "86020 Poitiers", ""),
                ("Région Nouvelle-Aquitaine", "14 rue François de Sourdis", "33077 Bordeaux", ""),
            ],
        },
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "publisher": {
        "en": [
            ("Fenwick & Lowe Plays Ltd", "12 Tavistock Street", "London WC2E 7PB", "020 7836 4410"),
            ("Harcourt Lane Agency Ltd", "3 Goodwin's Court", "London WC2N 4LL", "020 7240 9175"),
            ("Broadhurst Play Service, Inc.", "440 Park Avenue South", "New York, NY 10016", ""),
        ],
        "de": [
            ("Thalia Bühnenverlag GmbH", "Kurfürstendamm 58", "10707 Berlin", "030 88 41 72 0"),
            ("Merian Theaterverlag", "Schweizer Straße 21", "60594 Frankfurt am Main", ""),
            ("Bühnenvertrieb Hallmann & Söhne", "Widenmayerstraße 14", "80538 München", ""),
        ],
        "fr": [
            ("SACD - Direction du spectacle vivant", "11 bis rue Ballu", "75009 Paris", ""),
            ("Agence Théâtrale Delorme", "18 rue de Douai", "75009 Paris", "01 48 74 22 61"),
            ("Éditions Scène Ouverte - Droits", "7 rue Chaptal", "75009 Paris", ""),
        ],
    },
    "scenery": {
        "en": [
            (
                "Northern Scenic Workshops Ltd",
                "Unit 7, Canal Wharf",
                "Wigan WN3 4HF",
                "01942 820 117",
            ),
            ("Blackbrook Set Construction", "Blackbrook Farm Barns", "Ludlow SY8 2QT", ""),
            ("Proscenia Scenery Ltd", "Unit 2, Ashton Vale Road", "Bristol BS3 2HA", ""),
        ],
        "de": [
            ("Bühnenbau Kessler GmbH", "Gewerbestraße 11", "88250 Weingarten", "0751 56 09 30"),
            ("Kulissenbau Rheinhessen", "Industriestraße 4", "55268 Nieder-Olm", ""),
            ("Theaterwerkstätten Nord GmbH", "Hafenstraße 80", "28217 Bremen", ""),
        ],
        "fr": [
            ("Atelier Décors Ligériens", "ZA des Noëls", "41350 Vineuil", "02 54 42 61 08"),
            ("Construction Scénique Normande SARL", "Rue de la Forge", "14460 Colombelles", ""),
            ("Ateliers du Clain", "12 rue de la Cueille", "86000 Poitiers", ""),
        ],
    },
    "costume": {
        "en": [
            ("Garrick Costume Store Ltd", "Unit 2, Acton Park Estate", "London W3 7QE", ""),
            ("Wardrobe & Co Costume Hire", "The Old Chapel, Mill Street", "Leeds LS9 8AB", ""),
        ],
        "de": [
            ("Kostümfundus Berger", "Lindenstraße 30", "50674 Köln", "0221 24 18 55"),
            ("Fundus Mayr KG - Kostümverleih", "Kunigundenstraße 8", "80805 München", ""),
        ],
        "fr": [
            ("Maison Vallier - Location de costumes", "22 rue de Paradis", "75010 Paris", ""),
            ("Atelier Costumes Sud-Ouest", "5 rue des Teinturiers", "31000 Toulouse", ""),
        ],
    },
    "lighting": {
        "en": [
            ("Limelight Hire Ltd", "Unit 3, Westinghouse Road", "Manchester M17 1PJ", ""),
            ("Proscenium Lighting & Sound Hire", "Unit 12, Avonside", "Bristol BS2 0UQ", ""),
        ],
        "de": [
            ("Lichtwerk Veranstaltungstechnik GmbH", "Otto-Hahn-Straße 9", "55129 Mainz", ""),
            ("Bühnenlicht Süd Verleih GmbH", "Ravensburger Straße 60", "88069 Tettnang", ""),
        ],
        "fr": [
            ("Lumière & Scène Location SAS", "ZI Nord", "14200 Hérouville-Saint-Clair", ""),
            ("Régie Services Loire", "8 rue Denis Papin", "41000 Blois", "02 54 78 33 10"),
        ],
    },
    "inspector": {
        "en": [
            ("Stagesafe Inspection Services Ltd", "2 Riverside Court", "Derby DE1 3AF", ""),
            ("Hallmark Lifting Inspection Ltd", "Units 4-5, Lodge Lane", "Warrington WA5 7RA", ""),
        ],
        "de": [
            (
                "Sachverständigenbüro Veranstaltungstechnik Dipl.-Ing. R. Hauff",
                "Bahnhofstraße 19",
                "88214 Ravensburg",
                "",
            ),
            ("Prüfstelle Bühnentechnik Mittelrhein GmbH", "Hafenstraße 2", "56068 Koblenz", ""),
        ],
        "fr": [
            (
                "Contrôle Scène & Levage SAS",
                "40 rue de la Gare",
                "37700 Saint-Pierre-des-Corps",
                "",
            ),
            (
                "Bureau d'Inspection Technique du Spectacle",
                "3 allée des Cèdres",
                "86360 Chasseneuil",
                "",
            ),
        ],
    },
    "company": {
        "en": [
            (
                "Paper Boat Theatre Company",
                "The Old Fire Station, 40 George St",
                "Oxford OX1 2AQ",
                "",
            ),
            (
                "Lantern Road Productions Ltd",
                "Studio 4, 18 Back Piccadilly",
                "Manchester M1 1HP",
                "",
            ),
            ("Fell & Tide Theatre", "The Brewery Arts Centre", "Kendal LA9 4HE", ""),
        ],
        "de": [
            ("Theater Mobil gGmbH", "Kaiserstraße 5", "76133 Karlsruhe", ""),
            ("Compagnie Fliegende Bauten", "Lindenauer Markt 9", "04177 Leipzig", ""),
            ("Tourneetheater Wanderbühne e.V.", "Kirchplatz 2", "34117 Kassel", ""),
        ],
        "fr": [
            ("Compagnie du Grand Chariot", "5 rue des Tanneurs", "37000 Tours", ""),
            ("Théâtre du Vent Debout", "21 rue Saint-Pierre", "44000 Nantes", ""),
            ("Compagnie Les Passeurs", "La Fabrique, 3 quai de la Fosse", "44000 Nantes", ""),
        ],
    },
    "ticketing": {
        "en": [
            ("Stagebox Ticketing Ltd", "1 Hardman Square", "Manchester M3 3EB", ""),
            ("Boxline Systems Ltd", "Pinewood House, Kings Hill", "West Malling ME19 4AP", ""),
        ],
        "de": [
            ("Kartenhaus Ticketing GmbH", "Friedrichstraße 76", "10117 Berlin", ""),
            ("Vorverkauf Süd GmbH", "Prinzregentenstraße 22", "80538 München", ""),
        ],
        "fr": [
            ("Billetel SAS", "28 rue La Fayette", "75009 Paris", ""),
            ("Guichet Plus SAS", "12 quai Perrache", "69002 Lyon", ""),
        ],
    },
    "sponsor": {
        "en": [
            ("Halliwell & Pryce Solicitors LLP", "8 Market Square", "", "01743 344 900"),
            ("Brookside Motors Ltd", "Brookside Retail Park", "", ""),
            ("Severn Valley Building Society", "22 High Street", "", ""),
        ],
        "de": [
            ("Autohaus Brenner GmbH", "Gewerbepark 14", "", ""),
            ("Weinhandlung Kraus & Töchter", "Marktstraße 7", "", ""),
            ("Stadtwerke - Marketing", "Schlachthofstraße 10", "", ""),
        ],
        "fr": [
            ("Garage Moreau SAS", "Route de Paris", "", ""),
            ("Étude Lemaire & Associés, Notaires", "6 rue du Palais", "", ""),
            ("Brasserie du Théâtre", "1 place du Théâtre", "", ""),
        ],
    },
}
SCHOOLS = {
    "en": [
        "St Aidan's C of E Academy",
        "Castlefields Primary School",
        "Riverbank High School",
        "Oakwood Sixth Form College",
        "Greenhill Community School",
        "Bishop Walsh Catholic School",
    ],
    "de": [
        "Gymnasium am Stadtpark",
        "Realschule Nord",
        "Gesamtschule Am Rosenhügel",
        "Grundschule Lindenhof",
        "Kepler-Gymnasium",
        "Berufliches Schulzentrum Süd",
    ],
    "fr": [
        "Collège Jean Moulin",
        "Lycée Sainte-Marie",
        "École élémentaire Les Tilleuls",
        "Collège Rabelais",
        "Lycée professionnel Le Clos",
        "Collège Marie Curie",
    ],
}
ROADS = {
    "en": ["Mill Road", "Church Lane", "Station Road", "School Lane", "Victoria Road"],
    "de": ["Schulstraße", "Lindenweg", "Am Stadtpark", "Goethestraße", "Bahnhofstraße"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "rue des Écoles", "boulevard Carnot"],
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Rhys", "Priya", "Tom", "Fiona", "Kwame"],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Stefan",
        "Katrin",
        "Malte",
        "Sabine",
        "Jan",
        "Eva",
        "Deniz",
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
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Okafor"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa", "Inès", "Lily", "Mia", "Jade"}
CHILDREN = {
    "en": ["Lily", "Oscar", "Mia", "Alfie", "Isla", "Noah", "Evie", "Theo"],
    "de": ["Mia", "Paul", "Emma", "Leon", "Hannah", "Finn", "Lina", "Noah"],
    "fr": ["Jade", "Louis", "Léna", "Gabriel", "Chloé", "Arthur", "Manon", "Raphaël"],
}
AGENTS = {
    "en": ["Hartley Maddox Associates", "Jo Fenn Management", "Carrow & Reece Ltd", "direct"],
    "de": ["Agentur Schlegel", "ZAV-Künstlervermittlung Köln", "Agentur Lux & Partner", "direkt"],
    "fr": ["Agence Claire Vasseur", "Agence Artistique Morand", "sans agent", "sans agent"],
}

#: Plays of the theatre's season: title, author, publisher row (of SENDERS["publisher"]).
PLAYS = {
    "en": [
        ("The Weight of Water", "Ruth Calloway"),
        ("A Month at Ferrybridge", "Daniel Okafor"),
        ("Salt and Sixpence", "Bridget Harland"),
        ("The Glass Orchard", "Tomas Lindqvist, trans. Amy Rees"),
        ("Small Hours", "Kit Fenwick"),
        ("The Lighthouse Keeper's Daughter", "Margaret Ellery"),
        ("Northbound", "Sam Achebe-Clarke"),
    ],
    "de": [
        ("Die Fährfrau", "Ulrike Sandner"),
        ("Nachtzug nach Triest", "Jakob Wendt"),
        ("Das Haus am See", "Mira Kallenberg"),
        ("Fräulein Brehms Garten", "Theresa Kolb"),
        ("Die Wette", "Anton Reiß"),
        ("Schneeweiß und Rosenrot (Familienstück)", "nach Grimm, Fassung J. Hollmann"),
    ],
    "fr": [
        ("La Maison des silences", "Claire Ardant"),
        ("Le Dernier Bal", "Étienne Marchal"),
        ("Les Voisins du dessus", "Sophie Lantier"),
        ("Un été à Dieppe", "Paul Verneuil"),
        ("La Petite Sirène (spectacle jeune public)", "d'après Andersen, adapt. M. Roy"),
    ],
}
FOREIGN_PLAYS = [
    ("en", "Brooklyn Yard", "Dana Whitfield"),
    ("de", "Die Fährfrau", "Ulrike Sandner"),
    ("fr", "Le Dernier Bal", "Étienne Marchal"),
]

TALK = {
    "en": {
        "stage": "rehearsal performance cast company stage production designer director set "
        "costume lighting sound cue scene act interval audience schedule venue get-in",
        "legal": "agreement party obligations clause licence rights term termination warranty "
        "indemnity notice consent assignment breach law jurisdiction credit",
        "safety": "inspection fire exit door alarm escape route signage extinguisher curtain "
        "assessment risk evacuation staff training record emergency lighting compliance",
        "grant": "funding project activity outcomes audiences engagement partners evaluation "
        "budget conditions payment reporting milestones community participants",
        "money": "invoice payment account balance due amount reference transfer period "
        "receipts statement charges terms settlement",
    },
    "de": {
        "stage": "Probe Vorstellung Ensemble Bühne Inszenierung Ausstattung Regie Kostüm Licht "
        "Ton Szene Akt Pause Publikum Spielplan Einlass Aufbau Abbau Bühnenbild",
        "legal": "Vertrag Vertragsparteien Pflichten Rechte Nutzung Laufzeit Kündigung "
        "Haftung Zustimmung Übertragung Gerichtsstand Urheber Namensnennung Vergütung",
        "safety": "Brandschutz Rettungsweg Notausgang Feuerlöscher Brandmeldeanlage Vorhang "
        "Dekoration Prüfung Sicherheitsbeleuchtung Unterweisung Räumung Mängel Frist",
        "grant": "Zuwendung Projekt Förderung Maßnahme Publikum Kooperation Finanzierungsplan "
        "Verwendung Nachweis Ausgaben Einnahmen Mittelabruf Bewilligungszeitraum",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Referenz Überweisung Zeitraum "
        "Einnahmen Abrechnung Gebühren Bedingungen",
    },
    "fr": {
        "stage": "répétition représentation distribution plateau production scénographie mise "
        "en scène costumes lumière son conduite acte entracte public montage planning",
        "legal": "contrat parties obligations droits cession durée résiliation garantie "
        "responsabilité accord mention auteur rémunération litige juridiction",
        "safety": "sécurité incendie dégagement issue alarme extincteur rideau décor "
        "vérification éclairage de sécurité formation registre prescription évacuation",
        "grant": "subvention projet action publics médiation partenaires évaluation budget "
        "convention versement bilan objectifs territoire participants",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "recettes relevé frais conditions règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "stage", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "stage", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The theatre of a stream: its country, month, staff and season
# ---------------------------------------------------------------------------------------------

THEATRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Show:
    """A production of the theatre's season, as the papers about it take it up."""

    title: str
    author: str
    lang: str  # the language the play is licensed from
    space: str  # main | studio
    opens: date
    closes: date
    pub: int  # row of the licensing publisher in SENDERS["publisher"][lang]
    ref: str


SEASON: list[Show] = []
#: What the previous document was about (a companion takes up the same show, sender and day).
LAST: dict[str, object] = {"kind": "", "show": None, "day": None, "extra": None}


def home() -> str:
    return str(THEATRE["lang"])


def month() -> date:
    m = THEATRE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's theatre and ``key``: a run or a repeat keeps
    its sender."""
    text = f"baster/{key}/{who.name}/{who.street}/{who.city}/{THEATRE['seed']}"
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


def show_for(rng: random.Random, kinds: tuple[str, ...] = (), space: str = "") -> Show:
    """The previous document's show if it was one of ``kinds``, else one of the season."""
    s = LAST["show"]
    if isinstance(s, Show) and after(kinds):
        return s
    pool = [x for x in SEASON if not space or x.space == space] or SEASON
    return rng.choice(pool)


def remember(show: Show | None, d: date, extra: object = None) -> None:
    LAST.update(show=show, day=d, extra=extra)


def a_season(r: random.Random, lang: str) -> list[Show]:
    plays = list(PLAYS[lang])
    r.shuffle(plays)
    out: list[Show] = []
    start = month() - timedelta(days=r.randint(20, 50))
    for k, (title, author) in enumerate(plays[: r.randint(3, 4)]):
        space = "main" if k % 2 == 0 else "studio"
        opens = start + timedelta(days=k * r.randint(18, 30))
        pl, pub = lang, r.randrange(2)
        abroad = [p for p in FOREIGN_PLAYS if p[0] != lang and p[1] not in {x.title for x in out}]
        if abroad and r.random() < 0.15:
            pl, title, author = r.choice(abroad)
            pub = 2 if pl == "en" else r.randrange(3)
        out.append(
            Show(
                title=title,
                author=author,
                lang=pl,
                space=space,
                opens=opens,
                closes=opens + timedelta(days=r.choice([11, 13, 18, 20, 25])),
                pub=pub,
                ref=f"P{opens.year % 100}{k + 1:02d}",
            )
        )
    return out


def theatre_row() -> Row:
    return THEATRES[home()][int(THEATRE["row"])]  # type: ignore[call-overload]


def local(role: str) -> list[Row]:
    return LOCAL[home()][int(THEATRE["row"])][role]  # type: ignore[call-overload]


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def crew(role: str) -> str:
    """The theatre's ``role`` (ad, gm, pm, box, fin, sm): the same all through one stream."""
    r = random.Random(zlib.crc32(f"baster/crew/{role}/{THEATRE['seed']}".encode()))
    return person(r, home())


ROLES = {
    "ad": ("Artistic Director", "Intendanz", "Direction artistique"),
    "gm": ("General Manager", "Verwaltungsdirektion", "Administration générale"),
    "pm": ("Production Manager", "Technische Direktion", "Direction technique"),
    "box": ("Box Office Supervisor", "Leitung Theaterkasse", "Responsable billetterie"),
    "fin": ("Finance Officer", "Buchhaltung", "Comptabilité"),
    "sm": ("Stage Manager", "Inspizienz", "Régie générale"),
}


def role(key: str, lang: str) -> str:
    return tr(lang, *ROLES[key])


def space_name(show: Show, lang: str) -> str:
    if show.space == "main":
        return tr(lang, "Main House", "Großes Haus", "Grande salle")
    return tr(lang, "Studio", "Studiobühne", "Petite salle")


def seats(show: Show) -> int:
    return 398 if show.space == "main" else 92


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
    look: str  # band | centred | letter | boxed | plain | side | official | bill
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
    us: bool = False


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "2:- {i} -"],
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
TAGLINES = {
    "theatre": ("Main House - Studio", "Großes Haus - Studiobühne", "Grande salle - Petite salle"),
    "publisher": (
        "Plays and performing rights",
        "Bühnen- und Musikverlag",
        "Droits de représentation",
    ),
    "scenery": (
        "Scenery construction and painting",
        "Bühnenbau - Malsaal",
        "Construction de décors",
    ),
    "costume": ("Costume hire", "Kostümverleih", "Location de costumes"),
    "lighting": (
        "Lighting - Sound - Rigging hire",
        "Licht - Ton - Rigging",
        "Lumière - Son - Levage",
    ),
    "inspector": (
        "Lifting equipment inspection",
        "Prüfung Veranstaltungstechnik",
        "Contrôle technique",
    ),
    "company": ("Touring theatre", "Tourneetheater", "Compagnie de théâtre"),
    "ticketing": ("Ticketing services", "Ticketing", "Billetterie en ligne"),
    "sponsor": ("", "", ""),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("fire", "council", "funder"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Bremen", "Kreissparkasse Ravensburg", "Mainzer Volksbank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}"
            f"/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if any(t in name for t in ("GmbH", "KG", "e.V.")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Bremen', 'Ulm', 'Mainz', 'Berlin'])} "
                f"{'VR' if 'e.V.' in name else 'HRB'} {r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9001Z', '9002Z', '9004Z', '7729Z'])}"]
        if role in ("theatre", "company"):
            out.append(
                f"Licences d'entrepreneur de spectacles PLATESV-R-20{r.randint(19, 24)}-"
                f"{r.randint(1000, 9999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if role in ("theatre", "company") and r.random() < 0.6:
        out.append(f"Registered charity no. {r.randint(500000, 1190000)}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    if not town:
        town = theatre_row()[2]
    r = random.Random(zlib.crc32(f"baster/head/{name}/{THEATRE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())
    if len(host) < 4:
        host = "".join(c for c in name.lower() if c.isalpha() and c.isascii())[:14]
    us = "NY" in town
    tld = "com" if us else {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("fire", "council", "funder"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.65 else ("Times-Roman", "Times-Bold")
        )
    elif role == "ticketing":
        looks = ["band", "boxed", "letter"]
        font, bold = ("Helvetica", "Helvetica-Bold")
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
        dates="us"
        if us
        else r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'admin', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
        us=us,
    )


def theatre_head() -> Head:
    return make_head(theatre_row(), home(), "theatre")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and theatre), of the
    theatre's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def local_head(who: Issuer, role: str) -> Head:
    return make_head(keyed(who, role).choice(local(role)), home(), role)


def day(h: Head, d: date) -> str:
    """``d`` as the sender ``h`` writes dates (long German and French dates with accents)."""
    if h.dates == "long" and h.lang in ("de", "fr"):
        sep = ". " if h.lang == "de" else " "
        return f"{d.day}{sep}{MONTH_NAMES[h.lang][d.month - 1]} {d.year}"
    return _date_text(d, h.lang, h.dates)


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
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def mask(p: Page, x: float, y: float) -> None:
    """The theatre's little logo: a proscenium arch with a curtain."""
    p.rect(x, y, 30, 26, fill=0.2)
    p.rect(x + 4, y + 5, 22, 21, fill=0.95)
    p.rect(x + 4, y + 5, 7, 21, fill=0.55)
    p.rect(x + 19, y + 5, 7, 21, fill=0.55)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = tr(h.lang, *TAGLINES[h.role]) if h.role in TAGLINES else ""
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
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m - 80)
        if h.role == "theatre":
            mask(p, max(m, w / 2 - tw(h.name, h.bold, pt) / 2 - 40), y - 18)
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
        if h.role == "theatre":
            mask(p, m, y - 12)
        else:
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials or "X", h.bold, 13, "center")
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
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def plain(s: Style, header: str = "", foot: int = 0) -> Sheets:
    """Pages with no letterhead: a running header on each, if given."""

    def start(p: Page, n: int) -> float:
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * foot - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "Prof")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the theatre's received stamp on the first page."""
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
                        "en": ["Finance", "Production", "Admin"],
                        "de": ["Verwaltung", "Techn. Direktion", "Intendanz"],
                        "fr": ["Administration", "Régie", "Comptabilité"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, title: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if title:
        f.page.text(m, f.y + s.size * 1.3, title, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"baster/staff/{tag}/{h.name}/{THEATRE['seed']}".encode()))
    return person(r, h.lang)


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def greet(lang: str, name: str | None) -> str:
    """The salutation of a letter to ``name`` (as :func:`mx` writes it), or to nobody in
    particular."""
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    first, last = name.split()[0], name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte{'r' if first == 'Herr' else ''} {first} {last},"
    if lang == "fr":
        return f"{first},"
    if first in ("Mr", "Ms", "Mrs"):
        return f"Dear {first} {last},"
    return f"Dear {first},"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def theatre_lines(att: str = "") -> list[str]:
    return head_lines(theatre_head(), att)


def vat_rate(lang: str, reduced: bool = False) -> float:
    if reduced:
        return {"en": 20.0, "de": 7.0, "fr": 5.5}[lang]
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
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
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
    f: Sheets, s: Style, lg: str, parties: list[tuple[str, str, str]], signed: set[int]
) -> None:
    """Side-by-side signature blocks (caption, organisation, name); ``signed``: which carry a
    signature and date."""
    w, _ = f.size
    m = s.margin
    f.need(110)
    n = len(parties)
    cw = (w - 2 * m - 20 * (n - 1)) / n
    y = f.y + 6
    for k, (cap, org, name) in enumerate(parties):
        x = m + k * (cw + 20)
        f.page.text(x, y, fit(cap, s.bold, s.size - 1, cw), s.bold, s.size - 1)
        f.page.text(x, y + 12, fit(org, s.font, s.size - 1.5, cw), s.font, s.size - 1.5)
        if k in signed:
            scrawl(f.page, x + 6, y + 46, name)
        f.page.line(x, y + 50, x + cw, y + 50)
        f.page.text(x, y + 60, fit(name, s.font, 7.5, cw), s.font, 7.5)
        f.page.text(x, y + 78, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        f.page.line(x + 30, y + 80, x + cw * 0.7, y + 80)
    f.y = y + 96


def clauses(f: Sheets, s: Style, rng: random.Random, lg: str, heads: list[str], topic: str) -> None:
    """Numbered clauses with a bold heading and one or two paragraphs each."""
    w, _ = f.size
    m = s.margin
    for k, t in enumerate(heads, 1):
        f.need(s.size * 6)
        mark = f"§ {k}" if lg == "de" else f"{tr(lg, '', '', 'Article')} {k}".strip()
        f.page.text(
            m,
            f.y,
            fit(f"{mark}{'.' if lg == 'en' else ''}  {t}", s.bold, s.size, w - 2 * m),
            s.bold,
            s.size,
        )
        f.y += s.size * 1.5
        for _ in range(rng.randint(1, 2)):
            f.para(m + 12, w - 2 * m - 12, prose(rng, lg, topic, 1, 3), s.font, s.size - 0.5)


# ---------------------------------------------------------------------------------------------
# Templates IIIII: people and rights
# ---------------------------------------------------------------------------------------------

CONTRACT_CLAUSES = {
    "en": [
        "Engagement",
        "Rehearsals",
        "Performances",
        "Salary and subsistence",
        "Holidays",
        "Sickness",
        "Billing and publicity",
        "Recording and broadcasting",
        "Termination",
        "Disputes",
    ],
    "de": [
        "Beginn und Dauer",
        "Kunstfach und Rollen",
        "Proben und Vorstellungen",
        "Gage",
        "Urlaub",
        "Krankheit",
        "Mitwirkung bei Aufzeichnungen",
        "Nichtverlängerungsmitteilung",
        "Schiedsgerichtsbarkeit",
    ],
    "fr": [
        "Objet du contrat",
        "Durée",
        "Répétitions et représentations",
        "Rémunération",
        "Congés Spectacles",
        "Protection sociale (Audiens, AFDAS)",
        "Droits voisins et captations",
        "Rupture anticipée",
        "Litiges",
    ],
}
PARTS = {
    "en": ["Nora", "Mr Ferris", "The Keeper", "Aunt Dolly", "Tom Hale", "Ensemble / u/s Ruth"],
    "de": ["Marthe", "Der Fährmann", "Frau Brehm", "Konrad", "Ensemble", "Lotte / Zweitbesetzung"],
    "fr": ["Hélène", "Le Notaire", "Madame Roux", "Victor", "La Voisine", "Rôles multiples"],
}
CREATIVE = {
    "en": [
        "Director",
        "Set and Costume Designer",
        "Lighting Designer",
        "Composer / Sound Designer",
    ],
    "de": ["Regie", "Bühnen- und Kostümbild", "Lichtdesign", "Musik / Sounddesign"],
    "fr": ["Mise en scène", "Scénographie et costumes", "Création lumière", "Création sonore"],
}


def tpl_engagement_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's engagement contract with an actor or a creative as it comes back signed:
    the contract form (parties, production, dates, salary or fee), numbered clauses, the
    special conditions and a signature page; now and then a rehearsal schedule page."""
    h = theatre_head()
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng)
    d = some_day(rng) - timedelta(days=rng.randint(10, 40))
    artist = person(rng, lg)
    creative = rng.random() < 0.3
    part = rng.choice(CREATIVE[lg] if creative else PARTS[lg])
    agent = rng.choice(AGENTS[lg])
    rehearse = show.opens - timedelta(days=rng.choice([21, 25, 28, 32]))
    no = f"{show.ref}-{rng.randint(1, 24):02d}"
    title = {
        "en": "UK THEATRE / EQUITY SUBSIDISED REPERTORY - STANDARD CONTRACT"
        if not creative
        else "CREATIVE TEAM ENGAGEMENT AGREEMENT",
        "de": "NORMALVERTRAG BÜHNE - SOLO" if not creative else "GASTVERTRAG (Werkvertrag)",
        "fr": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE D'USAGE"
        if not creative
        else "CONTRAT DE CESSION ET DE COMMANDE",
    }[lg]
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Vertrag', 'Contrat')} {no} - {artist}")
    pt = shrink(title, s.bold, s.size + 3, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 14
    if lg == "fr" and not creative:
        f.page.text(
            w / 2,
            f.y,
            (
                "Convention collective nationale des entreprises artistiques "
                "et culturelles (IDCC 1285)"
            ),
            s.font,
            7.5,
            "center",
        )
        f.y += 12
    f.page.text(
        w - m, f.y, f"{tr(lg, 'Contract no.', 'Vertrag Nr.', 'N°')} {no}", s.font, 8, "right"
    )
    f.y += 14
    salary = (
        rng.choice([621.0, 675.0, 712.0, 780.0])
        if lg == "en"
        else rng.choice([2715.0, 2900.0, 3150.0])
    )
    if lg == "fr":
        salary = rng.choice([148.0, 165.0, 182.0])
    fee = rng.choice([4200.0, 5600.0, 7500.0, 3200.0])
    items = [
        (tr(lg, "Manager", "Arbeitgeber / Bühne", "Employeur"), h.name),
        (tr(lg, "Artist", "Mitglied", "Salarié(e)"), artist),
        (
            tr(lg, "Address", "Anschrift", "Adresse"),
            f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}",
        ),
        (tr(lg, "Agent", "Agentur", "Agent"), agent),
        (tr(lg, "Production", "Stück", "Spectacle"), show.title),
        (tr(lg, "Part / role", "Rolle / Kunstfach", "Rôle / emploi"), part),
        (tr(lg, "Rehearsals begin", "Probenbeginn", "Début des répétitions"), day(h, rehearse)),
        (tr(lg, "First performance", "Premiere", "Première"), day(h, show.opens)),
        (tr(lg, "Engagement ends", "Vertragsende", "Fin du contrat"), day(h, show.closes)),
        (
            tr(lg, "Weekly salary", "Monatsgage", "Cachet / service")
            if not creative
            else tr(lg, "Fee", "Honorar", "Rémunération"),
            cash(fee if creative else salary, lg),
        ),
    ]
    if lg == "en" and not creative:
        items.append(("Subsistence (weekly)", cash(rng.choice([177.0, 189.0, 0.0]), lg)))
    if lg == "fr" and not creative:
        items.append(("N° objet / Congés Spectacles", serial(rng, "99999999")))
    f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=2, tall=25, hand=False)
    heads = CONTRACT_CLAUSES[lg][: rng.randint(6, len(CONTRACT_CLAUSES[lg]))]
    clauses(f, s, rng, lg, heads, "legal")
    f.need(170)
    caption(f, s, tr(lg, "Special conditions", "Sondervereinbarungen", "Clauses particulières"), 1)
    specials = {
        "en": [
            "Artist to supply own character shoes; allowance paid on receipt.",
            "Understudy the part of Ruth; understudy payment per performance as agreed.",
            "Haircut to be agreed with the designer; no change of appearance without consent.",
            "Credit in the programme and on the poster as agreed with the agent.",
        ],
        "de": [
            "Die Mitwirkung an Matineen und Schulvorstellungen ist mit der Gage abgegolten.",
            "Übernahme in die Wiederaufnahme der folgenden Spielzeit vorbehalten.",
            "Reisekosten zu Gastspielen nach der Reisekostenordnung des Hauses.",
        ],
        "fr": [
            "Les répétitions sont rémunérées au service de 4 heures.",
            "Les frais de transport sont remboursés sur justificatifs (tarif SNCF 2e classe).",
            "Indemnités de repas selon le barème conventionnel.",
        ],
    }[lg]
    for t in rng.sample(specials, k=min(len(specials), rng.randint(1, 3))):
        f.para(m + 10, w - 2 * m - 10, f"- {t}", s.font, s.size - 0.5)
    if rng.random() < 0.4:
        hand(f.page, m + 10, f.y + 4, rng.choice(["+ parking permit", "see email 12/3", "agreed"]))
        f.y += 16
    if rng.random() < 0.5:
        f.new_page()
        f.y += 20
    sign_boxes(
        f,
        s,
        lg,
        [
            (
                tr(lg, "Signed for the Manager", "Für die Bühne", "Pour l'employeur"),
                h.name,
                crew("gm"),
            ),
            (tr(lg, "Signed by the Artist", "Das Mitglied", "Le/la salarié(e)"), "", artist),
        ],
        {0, 1},
    )
    if lg == "fr":
        f.page.text(m, f.y, "Lu et approuvé, bon pour accord", HAND, 9)
        f.y += 16
    pages = f.pages
    if rng.random() < 0.35:
        g = sheets(
            s,
            h,
            f"{show.title} - {tr(lg, 'Rehearsal schedule', 'Probenplan', 'Planning')}",
            top=False,
        )
        caption(
            g,
            s,
            tr(
                lg,
                "Schedule: rehearsals and performances",
                "Anlage: Proben- und Vorstellungsplan",
                "Annexe : planning des répétitions et représentations",
            ),
            1,
        )
        rows = []
        dd = rehearse
        while dd <= show.closes and len(rows) < 32:
            if dd.weekday() != 6:
                kind = (
                    tr(lg, "Rehearsal", "Probe", "Répétition")
                    if dd < show.opens - timedelta(days=2)
                    else tr(lg, "Tech / dress", "HP / GP", "Filage / générale")
                    if dd < show.opens
                    else tr(lg, "Performance", "Vorstellung", "Représentation")
                )
                slot = "10:00-17:30" if dd < show.opens else "19:30"
                rows.append([short(dd, lg), kind, slot, space_name(show, lg)])
            dd += timedelta(days=rng.choice([1, 1, 2]))
        table(
            g,
            columns(m, w - m, [(1.2, "left"), (2, "left"), (1.2, "left"), (1.5, "left")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Call", "Dienst", "Service"),
                tr(lg, "Time", "Zeit", "Horaire"),
                tr(lg, "Venue", "Ort", "Lieu"),
            ],
            rows,
            s,
            rules=True,
        )
        pages = pages + g.pages
    remember(show, d)
    return close(pages, s, h, numbers=rng.choice([h.numbers, "Page {i} of {n}", "{i}/{n}"]))


LICENCE_TERMS = {
    "en": [
        "Grant of licence",
        "Royalties and returns",
        "Billing and credits",
        "No alterations",
        "Scripts and materials",
        "Recording prohibited",
        "Programme credit",
        "Cancellation",
        "Governing law",
    ],
    "de": [
        "Aufführungsrecht",
        "Tantiemen und Abrechnung",
        "Namensnennung",
        "Werktreue",
        "Bühnenmaterial",
        "Aufzeichnungen",
        "Programmheft",
        "Rücktritt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet de l'autorisation",
        "Droits d'auteur et bordereaux",
        "Mentions obligatoires",
        "Intégrité de l'œuvre",
        "Textes et matériel",
        "Captations",
        "Programme de salle",
        "Annulation",
        "Juridiction",
    ],
}


def pub_head(show: Show) -> Head:
    return make_head(SENDERS["publisher"][show.lang][show.pub], show.lang, "publisher")


def tpl_script_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """A publisher's or agent's licence to perform a play: licence number, play, venue, dates,
    number of performances, royalty terms and advance, the conditions on a page of small print
    (an American play service's on Letter paper)."""
    show = show_for(rng)
    h = pub_head(show)
    lg = h.lang
    s = style_of(h, LETTER if h.us else A4)
    w = s.page_size[0]
    m = s.margin
    d = show.opens - timedelta(days=rng.randint(30, 90))
    th = theatre_head()
    lic = serial(rng, rng.choice(["L-99999", "AV 9999/99", "99999-A", "LIC999999"]))
    perfs = (show.closes - show.opens).days + 1 - rng.randint(1, 4)
    pct = rng.choice([8.0, 10.0, 12.0, 12.5])
    advance = rng.choice([400.0, 650.0, 800.0, 1200.0])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Licence', 'Aufführungsvertrag', 'Autorisation')} {lic}")
    recipient(
        f,
        s,
        h,
        [th.name, crew("gm"), th.street, th.town],
        d,
        [(tr(lg, "Licence no.", "Vertrag Nr.", "N° d'autorisation"), lic)],
    )
    title = tr(
        lg,
        "LICENCE TO PERFORM" if not h.us else "PERFORMANCE LICENSE",
        "AUFFÜHRUNGSVERTRAG",
        "AUTORISATION DE REPRÉSENTATION"
        if "SACD" in h.name
        else "CONTRAT DE CESSION DU DROIT DE REPRÉSENTATION",
    )
    caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Title", "Titel", "Titre"), show.title),
            (tr(lg, "Author", "Autor/in", "Auteur"), show.author),
            (tr(lg, "Licensee", "Bühne", "Organisateur"), th.name),
            (tr(lg, "Venue", "Spielstätte", "Lieu"), f"{space_name(show, home())}, {th.town}"),
            (
                tr(lg, "Performance dates", "Aufführungszeitraum", "Dates"),
                f"{short(show.opens, lg)} - {short(show.closes, lg)}",
            ),
            (
                tr(lg, "No. of performances", "Anzahl Vorstellungen", "Nombre de représentations"),
                str(perfs),
            ),
            (tr(lg, "Seating capacity", "Platzkapazität", "Jauge"), str(seats(show))),
            (
                tr(lg, "Ticket prices", "Eintrittspreise", "Tarifs"),
                f"{cash(rng.choice([12.0, 15.0, 18.0]), home())} - "
                f"{cash(rng.choice([24.0, 28.0, 32.0]), home())}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Royalty: {pct:g}% of gross box office receipts (less VAT), subject to a minimum of "
            f"{cash(rng.choice([60.0, 75.0, 95.0]), 'en')} per performance. An advance on "
            f"royalties of {cash(advance, 'en')} is payable on signature and will be set against "
            "royalties due. Returns are to be submitted within 14 days of the final performance.",
            f"Tantieme: {pct:g} % der Bruttoeinnahmen abzüglich Umsatzsteuer, mindestens "
            f"{cash(rng.choice([80.0, 110.0]), 'de')} je Vorstellung. Eine Garantiezahlung von "
            f"{cash(advance, 'de')} ist bei Vertragsschluss fällig und wird verrechnet. "
            "Materialleihgebühr für Rollenbücher nach Aufwand.",
            f"Droits d'auteur : {pct:g} % des recettes brutes hors TVA, avec un minimum garanti "
            f"de {cash(rng.choice([70.0, 90.0]), 'fr')} par représentation. Un acompte de "
            f"{cash(advance, 'fr')} est exigible à la signature. Les bordereaux de recettes sont "
            "à retourner sous quinze jours.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"The author's name must appear on all billing in type no less than 50% of the "
                f'size of the title. "{show.title}" is presented by arrangement with {h.name}.',
                f"Der Name der Autorin / des Autors ist auf allen Ankündigungen zu nennen: "
                f'"Aufführungsrechte: {h.name}".',
                f'Mention obligatoire : "{show.title}" est représenté avec l\'autorisation de '
                f"{h.name}.",
            ),
            s.size - 0.5,
        )
    sign_boxes(
        f,
        s,
        lg,
        [
            (
                tr(lg, "For the licensor", "Für den Verlag", "Pour le concédant"),
                h.name,
                staff(h, "rights"),
            ),
            (
                tr(lg, "For the licensee", "Für die Bühne", "Pour l'organisateur"),
                th.name,
                crew("gm"),
            ),
        ],
        {0} if rng.random() < 0.6 else {0, 1},
    )
    pages = f.pages
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of licence",
                    "Allgemeine Vertragsbedingungen",
                    "Conditions générales",
                ),
                LICENCE_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(show, d, extra=(lic, pct, advance))
    return close(pages, s, h)


def tpl_royalty_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The publisher's royalty statement and invoice for a run: each performance with its
    receipts, the royalty at the licence rate or the minimum, the advance set off, VAT and
    the balance; long runs go over a second page."""
    show = show_for(rng, ("script_licence",))
    h = pub_head(show)
    lg = h.lang
    s = style_of(h, LETTER if h.us else A4)
    w = s.page_size[0]
    m = s.margin
    extra = LAST["extra"] if after(("script_licence",)) else None
    if isinstance(extra, tuple):
        lic, pct, advance = extra
    else:
        lic = serial(rng, "L-99999")
        pct = rng.choice([8.0, 10.0, 12.0])
        advance = rng.choice([400.0, 650.0, 800.0])
    d = show.closes + timedelta(days=rng.randint(15, 40))
    th = theatre_head()
    no = serial(rng, rng.choice(["RS-99999", "99/9999", "TA-9999-99"]))
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Royalty statement', 'Tantiemenabrechnung', 'Relevé de droits')} {no}",
    )
    recipient(
        f,
        s,
        h,
        [th.name, tr(lg, "Accounts", "Buchhaltung", "Comptabilité"), th.street, th.town],
        d,
        [
            (tr(lg, "Statement no.", "Abrechnung Nr.", "Relevé n°"), no),
            (tr(lg, "Licence", "Vertrag", "Autorisation"), str(lic)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Royalty statement - {show.title}",
            f"Tantiemenabrechnung - {show.title}",
            f"Relevé de droits - {show.title}",
        ),
        1,
    )
    rows = []
    total_r = 0.0
    dd = show.opens
    minimum = {"en": 75.0, "de": 110.0, "fr": 90.0}[lg]
    while dd <= show.closes:
        if dd.weekday() != 6:
            sold = rng.randint(int(seats(show) * 0.3), seats(show))
            gross = round(sold * rng.uniform(14, 22), 2)
            roy = max(round(gross / 1.2 * pct / 100, 2), minimum)
            total_r += roy
            rows.append(
                [
                    short(dd, lg),
                    "19:30" if rng.random() < 0.85 else "14:30",
                    str(sold),
                    money(gross, lg),
                    money(roy, lg),
                ]
            )
        dd += timedelta(days=1)
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (0.8, "left"), (0.9, "right"), (1.4, "right"), (1.4, "right")]
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Tickets", "Karten", "Entrées"),
            tr(lg, "Receipts", "Einnahmen", "Recettes"),
            tr(lg, f"Royalty {pct:g}%", f"Tantieme {pct:g} %", f"Droits {pct:g} %"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.45,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    f.y += 4
    f.page.text(
        w * 0.56, f.y, tr(lg, "Royalties", "Tantiemen gesamt", "Total droits"), s.font, s.size
    )
    f.page.text(w - m, f.y, cash(total_r, lg), s.font, s.size, "right")
    f.y += s.size * 1.5
    f.page.text(
        w * 0.56,
        f.y,
        tr(lg, "Less advance paid", "abzgl. Garantie", "Acompte versé"),
        s.font,
        s.size,
    )
    f.page.text(w - m, f.y, f"- {cash(float(advance), lg)}", s.font, s.size, "right")
    f.y += s.size * 1.7
    net = max(total_r - float(advance), 0.0)
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if h.us else vat_rate(lg, reduced=True),
        tr(
            lg,
            f"Payment within 30 days quoting {no}.",
            f"Zahlbar innerhalb von 30 Tagen unter Angabe von {no}.",
            f"Règlement à 30 jours, référence {no}.",
        ),
    )
    pages = close(
        f.pages, s, h, numbers="Page {i} of {n}" if len(f.pages) > 1 and lg == "en" else None
    )
    received(rng, pages[0], d, 0.4)
    remember(show, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates IIIII: suppliers of the stage
# ---------------------------------------------------------------------------------------------


def invoice_top(
    f: Sheets, s: Style, h: Head, d: date, no: str, title: str, extra: list[tuple[str, str]]
) -> None:
    """An invoice's title, the theatre's address and the reference pairs."""
    w, _ = f.size
    m = s.margin
    f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
    f.y += 16
    below = window(
        f.page,
        s,
        None,
        f.y + 6,
        theatre_lines(tr(h.lang, "Accounts payable", "Buchhaltung", "Comptabilité fournisseurs")),
    )
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 6,
        [
            (tr(h.lang, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(h.lang, "Date", "Datum", "Date"), day(h, d)),
            *extra,
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 14


def lines_table(
    f: Sheets, s: Style, lg: str, items: list[tuple[str, float, str, float]], shade: bool
) -> float:
    """Line items (description, quantity, unit, price) in a table; returns the net."""
    w, _ = f.size
    m = s.margin
    rows = []
    net = 0.0
    for t, q, u, pr in items:
        v = round(q * pr, 2)
        net += v
        qs = f"{q:g}".replace(".", "," if lg != "en" else ".")
        rows.append([t, qs, u, money(pr, lg), money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [(4.2, "left"), (0.8, "right"), (0.8, "center"), (1.1, "right"), (1.2, "right")],
        ),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if shade else None,
        rules=not shade,
    )
    return round(net, 2)


STAGES = {
    "en": ["Deposit on order", "Stage payment - build", "Final payment on get-in"],
    "de": ["Abschlag bei Auftrag", "Abschlag Bauphase", "Schlussrechnung nach Aufbau"],
    "fr": ["Acompte à la commande", "Situation - construction", "Solde après montage"],
}


def tpl_set_build_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A scenery workshop's invoice for the set of a production: a stage payment of the agreed
    build price, or the final account with materials, labour and transport; now and then the
    schedule of variations the production manager approved behind."""
    h = head_of(who, "scenery")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    r = keyed(who, "build")
    show = r.choice([x for x in SEASON if x.space == "main"] or SEASON)
    stage = rng.randrange(3)
    if after(("set_build_invoice",)) and isinstance(LAST["extra"], int):
        stage = min(int(LAST["extra"]) + 1, 2)
        show = show_for(rng, ("set_build_invoice",))
    d = last_day(rng, ("set_build_invoice",), (6, 20))
    price = r.choice([14800.0, 18500.0, 22600.0, 9800.0])
    no = serial(rng, rng.choice(["INV-9999", "RE 2025-999", "F99-999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    invoice_top(
        f,
        s,
        h,
        d,
        no,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE"),
        [
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(r, "PO-9999")),
            (tr(lg, "Production", "Produktion", "Production"), show.title),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            f'Construction and painting of the set for "{show.title}" to the designer\'s drawings; '
            f"agreed build price {cash(price, lg)} net.",
            f'Bau und Malerei des Bühnenbilds "{show.title}" nach den Werkzeichnungen der '
            f"Ausstattung; vereinbarter Festpreis {cash(price, lg)} netto.",
            f'Construction et peinture du décor de "{show.title}" selon plans de la '
            f"scénographie ; prix forfaitaire convenu {cash(price, lg)} HT.",
        ),
    )
    shares = [0.3, 0.4, 0.3]
    items: list[tuple[str, float, str, float]] = [
        (
            f"{STAGES[lg][stage]} ({int(shares[stage] * 100)}%)",
            1,
            tr(lg, "item", "psch.", "forf."),
            round(price * shares[stage], 2),
        )
    ]
    variations = []
    if stage == 2:
        for t, v in rng.sample(
            {
                "en": [
                    ("Additional flown header, painted", 640.0),
                    ("Revolve masking extended", 380.0),
                    ("Fireproofing certificate for soft goods", 95.0),
                    ("Extra scenic artist days", 520.0),
                ],
                "de": [
                    ("Zusätzlicher Zug-Prospekt, gemalt", 640.0),
                    ("Verlängerung Drehbühnen-Verkleidung", 380.0),
                    ("Nachweis B1 Dekorationsstoffe", 95.0),
                    ("Mehraufwand Malsaal", 520.0),
                ],
                "fr": [
                    ("Frise supplémentaire peinte", 640.0),
                    ("Habillage de tournette prolongé", 380.0),
                    ("PV de réaction au feu M1", 95.0),
                    ("Journées de peintre supplémentaires", 520.0),
                ],
            }[lg],
            k=rng.randint(1, 3),
        ):
            variations.append((t, v))
            items.append(
                (
                    f"{tr(lg, 'Variation', 'Nachtrag', 'Avenant')}: {t}",
                    1,
                    tr(lg, "item", "psch.", "forf."),
                    v,
                )
            )
        items.append(
            (
                tr(
                    lg,
                    "Transport and get-in crew (2 x 7.5t)",
                    "Transport und Aufbau (2 x 7,5 t)",
                    "Transport et montage (2 x 7,5 t)",
                ),
                1,
                tr(lg, "item", "psch.", "forf."),
                rng.choice([680.0, 920.0]),
            )
        )
    net = lines_table(f, s, lg, items, rng.random() < 0.5)
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            "Payment 30 days from invoice. Please quote the invoice number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            (
                "Règlement à 30 jours fin de mois. Pénalités de retard : "
                "3 fois le taux d'intérêt légal."
            ),
        ),
    )
    pages = f.pages
    if variations and rng.random() < 0.6:
        g = sheets(
            s,
            h,
            (
                f"{h.name} - "
                f"{tr(lg, 'Schedule of variations', 'Nachtragsübersicht', 'État des avenants')} "
                f"- {show.title}"
            ),
            top=False,
        )
        caption(
            g,
            s,
            tr(lg, "Schedule of variations", "Nachtragsübersicht", "État des avenants"),
            1,
            rule=True,
        )
        rows = [
            [
                f"V{k + 1}",
                t,
                short(d - timedelta(days=rng.randint(5, 30)), lg),
                crew("pm"),
                money(v, lg),
            ]
            for k, (t, v) in enumerate(variations)
        ]
        table(
            g,
            columns(
                s.margin,
                w - s.margin,
                [(0.5, "left"), (3.5, "left"), (1.1, "left"), (1.6, "left"), (1, "right")],
            ),
            [
                "No.",
                tr(lg, "Description", "Beschreibung", "Description"),
                tr(lg, "Instructed", "Beauftragt", "Commandé le"),
                tr(lg, "By", "durch", "Par"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            rows,
            s,
            rules=True,
        )
        g.y += 20
        g.page.text(
            s.margin,
            g.y,
            tr(
                lg,
                "Approved (production manager):",
                "Geprüft (Technische Direktion):",
                "Validé (direction technique) :",
            ),
            s.font,
            8,
        )
        if rng.random() < 0.6:
            scrawl(g.page, s.margin + 170, g.y + 2, crew("pm"))
        pages = pages + g.pages
    received(rng, pages[0], d)
    remember(show, d, extra=stage)
    return close(pages, s, h)


COSTUMES = {
    "en": [
        "Edwardian day dress, green wool",
        "Frock coat, black, with waistcoat",
        "Fisherman's gansey and oilskin",
        "Maid's uniform with apron and cap",
        "1940s demob suit, grey",
        "Tea gown, ivory silk",
        "Naval officer's uniform (RN), 1914",
        "Victorian mourning dress",
        "Shawl, paisley",
        "Top hat, silk",
        "Boots, lace-up, brown",
        "Petticoat and crinoline frame",
    ],
    "de": [
        "Tageskleid um 1900, grüne Wolle",
        "Gehrock schwarz mit Weste",
        "Fischerpullover und Ölzeug",
        "Dienstmädchenkleid mit Schürze und Haube",
        "Anzug 1940er, grau",
        "Abendkleid Seide, elfenbein",
        "Uniform Marineoffizier 1914",
        "Trauerkleid, schwarz",
        "Umschlagtuch, Paisley",
        "Zylinder, Seide",
        "Schnürstiefel braun",
        "Unterrock mit Reifrock",
    ],
    "fr": [
        "Robe de jour 1900, laine verte",
        "Redingote noire et gilet",
        "Vareuse de pêcheur et ciré",
        "Tenue de femme de chambre, tablier, coiffe",
        "Costume trois-pièces années 40, gris",
        "Robe du soir, soie ivoire",
        "Uniforme d'officier de marine 1914",
        "Robe de deuil",
        "Châle cachemire",
        "Haut-de-forme, soie",
        "Bottines lacées, marron",
        "Jupon et crinoline",
    ],
}
HIRE_TERMS = {
    "en": [
        "Hire period",
        "Deposit",
        "Care of costumes",
        "No alterations",
        "Cleaning",
        "Loss and damage",
        "Late return",
        "Liability",
        "Payment",
    ],
    "de": [
        "Mietdauer",
        "Kaution",
        "Behandlung",
        "Änderungen",
        "Reinigung",
        "Verlust und Beschädigung",
        "Verspätete Rückgabe",
        "Haftung",
        "Zahlung",
    ],
    "fr": [
        "Durée de location",
        "Caution",
        "Entretien",
        "Retouches",
        "Nettoyage",
        "Perte et dégradation",
        "Retard",
        "Responsabilité",
        "Paiement",
    ],
}


def tpl_costume_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A costume hire house's hire agreement: the hire period, the costume list with the
    character and size of each piece and its weekly rate, deposit and total; the conditions of
    hire on a page of small print; now and then a returns checklist to send back with the
    costumes."""
    h = head_of(who, "costume", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng)
    d = show.opens - timedelta(days=rng.randint(7, 21))
    back = show.closes + timedelta(days=rng.randint(3, 7))
    weeks = max(1, -(-(back - d).days // 7))
    no = serial(rng, rng.choice(["H99999", "MV-99-999", "LOC99999"]))
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Hire agreement', 'Mietvertrag', 'Contrat de location')} {no}"
    )
    caption(
        f,
        s,
        tr(lg, "COSTUME HIRE AGREEMENT", "MIETVERTRAG KOSTÜME", "CONTRAT DE LOCATION DE COSTUMES"),
        2,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Mieter", "Locataire"), theatre_head().name),
            (tr(lg, "Agreement no.", "Vertrag Nr.", "Contrat n°"), no),
            (tr(lg, "Production", "Produktion", "Spectacle"), show.title),
            (
                tr(lg, "Designer / wardrobe", "Kostümbild / Gewandmeisterei", "Costumière"),
                staff(h, "client"),
            ),
            (tr(lg, "Out", "Ausgabe", "Sortie"), day(h, d)),
            (tr(lg, "Due back", "Rückgabe bis", "Retour le"), day(h, back)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    chars = PARTS[home()] if home() == lg else PARTS[lg]
    pieces = rng.sample(COSTUMES[lg], k=rng.randint(5, 12))
    rows = []
    net = 0.0
    for pc in pieces:
        rate = rng.choice([18.0, 25.0, 35.0, 45.0, 60.0, 12.0])
        size = rng.choice(["8", "10", "12", "14", "38", "40", "42", "M", "L", "48R", "40R"])
        v = rate * weeks
        net += v
        rows.append(
            [
                f"{serial(rng, 'AA-9999')}",
                pc,
                rng.choice(chars),
                size,
                money(rate, lg),
                money(v, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.9, "left"),
                (3.3, "left"),
                (1.6, "left"),
                (0.6, "center"),
                (0.9, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Stock no.", "Inv.-Nr.", "Réf."),
            tr(lg, "Item", "Teil", "Article"),
            tr(lg, "Character", "Rolle", "Personnage"),
            tr(lg, "Size", "Gr.", "T."),
            tr(lg, "Per week", "pro Woche", "Semaine"),
            tr(lg, f"{weeks} wks", f"{weeks} Wo.", f"{weeks} sem."),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    deposit = rng.choice([250.0, 400.0, 500.0])
    f.y += 4
    f.page.text(
        w * 0.5,
        f.y,
        tr(lg, "Deposit (refundable)", "Kaution (rückzahlbar)", "Caution (restituée)"),
        s.font,
        s.size - 1,
    )
    f.page.text(w - m, f.y, cash(deposit, lg), s.font, s.size - 1, "right")
    f.y += 14
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.need(70)
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(
            lg, "Received in good order by:", "Ware vollständig erhalten:", "Reçu en bon état par :"
        ),
        s.font,
        8,
    )
    if rng.random() < 0.7:
        scrawl(f.page, m + 150, f.y + 2, crew("pm") if rng.random() < 0.3 else person(rng, home()))
        hand(f.page, w - m - 90, f.y, short(d, lg), 9)
    f.y += 20
    pages = f.pages
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Conditions of hire", "Mietbedingungen", "Conditions de location"),
                HIRE_TERMS[lg],
            )
        )
    if rng.random() < 0.3:
        g = sheets(s, h, f"{h.name} - {no}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Returns checklist - please enclose with the costumes",
                "Rückgabeliste - bitte den Kostümen beilegen",
                "Bordereau de retour - à joindre au colis",
            ),
            0.5,
        )
        rows2 = [[r[0], r[1], "", "", ""] for r in rows]
        table(
            g,
            columns(
                s.margin,
                w - s.margin,
                [(1, "left"), (3.6, "left"), (0.9, "center"), (0.9, "center"), (2, "left")],
            ),
            [
                tr(lg, "Stock no.", "Inv.-Nr.", "Réf."),
                tr(lg, "Item", "Teil", "Article"),
                tr(lg, "Returned", "zurück", "Rendu"),
                tr(lg, "Cleaned", "gereinigt", "Nettoyé"),
                tr(lg, "Remarks", "Bemerkungen", "Remarques"),
            ],
            rows2,
            s,
            rules=True,
            step=2.2,
        )
        pages = pages + g.pages
    received(rng, pages[0], d, 0.25)
    remember(show, d)
    return close(pages, s, h)


KIT = [
    ("ETC Source Four 25-50 zoom profile", "SF4-Z"),
    ("ETC Source Four Par EA", "SF4P"),
    ("Robe T1 Profile moving light", "RT1P"),
    ("Chauvet Ovation F-915FC Fresnel", "OVF9"),
    ("Pani / gobo rotator", "GR-2"),
    ("Haze machine MDG Atmosphere", "MDG"),
    ("Grand MA3 onPC command wing", "MA3W"),
    ("Dimmer rack 12 x 2.5kW", "DIM12"),
    ("16A cable 10m", "C16-10"),
    ("5-pin DMX 10m", "DMX10"),
    ("Safety bond 600mm", "SB600"),
    ("Half-coupler, CE", "HC"),
    ("d&b E8 loudspeaker", "DB-E8"),
    ("Shure ULXD radio mic kit", "ULXD"),
    ("Yamaha QL1 mixing console", "QL1"),
]


#: How many of each kit item a hire for one production takes.
QTY = {
    "SF4-Z": [6, 8, 12, 16],
    "SF4P": [6, 10, 12],
    "RT1P": [2, 4, 6],
    "OVF9": [4, 6, 8],
    "GR-2": [1, 2, 4],
    "DIM12": [1, 2],
    "C16-10": [10, 20, 30],
    "DMX10": [6, 10, 15],
    "SB600": [20, 30, 40],
    "HC": [20, 30, 40],
    "DB-E8": [2, 4],
    "ULXD": [2, 4, 6, 8],
}


def tpl_lighting_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A lighting and sound hire company's dispatch note on landscape A4: hire number, dates,
    the kit list with quantities out and back (the back column ticked and counted by hand at
    collection), signatures of the driver and the theatre's technician; long lists run on."""
    h = head_of(who, "lighting", abroad=0.1)
    lg = h.lang
    s = style_of(h, LAND, margin=36, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng)
    d = show.opens - timedelta(days=rng.randint(3, 10))
    back = show.closes + timedelta(days=1)
    no = serial(rng, rng.choice(["DN-999999", "LS99999", "HIRE-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Dispatch note', 'Lieferschein', 'Bon de sortie')} {no}")
    f.page.text(
        w - m,
        f.y - 4,
        tr(lg, "DISPATCH / RETURN NOTE", "LIEFERSCHEIN / RÜCKNAHME", "BON DE SORTIE / RETOUR"),
        s.bold,
        13,
        "right",
    )
    f.y += 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hire no.", "Auftrag", "Location n°"), no),
            (tr(lg, "Customer", "Kunde", "Client"), theatre_head().name),
            (tr(lg, "Job", "Projekt", "Projet"), show.title),
            (tr(lg, "Out", "Ausgabe", "Sortie"), day(h, d)),
            (tr(lg, "Back", "Rückgabe", "Retour"), day(h, back)),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                tr(lg, "Our van", "Eigener Transport", "Notre véhicule")
                if rng.random() < 0.6
                else tr(lg, "Collected", "Selbstabholer", "Enlèvement client"),
            ),
        ],
        per=6,
        tall=24,
        hand=False,
    )
    kit = rng.sample(KIT, k=rng.randint(7, 15))
    rows = []
    ticked = rng.random() < 0.6
    for name, code in kit:
        q = rng.choice(QTY.get(code, [1, 2]))
        rows.append([code, name, str(q), serial(rng, "99999") if q <= 2 else "-", "", ""])
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (4, "left"),
            (0.6, "center"),
            (1.2, "left"),
            (0.8, "center"),
            (2.5, "left"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Code"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Out", "Aus", "Sortie"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Back", "Zurück", "Retour"),
            tr(lg, "Notes", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    if ticked:
        # The back column counted at collection, by hand, on every page's rows.
        codes = {r[0] for r in rows}
        for p in f.pages:
            ys = [it[1][1] for it in p.items if it[0] == "text" and it[1][2] in codes]
            for y in ys:
                q = "ok" if rng.random() < 0.85 else str(rng.randint(0, 3))
                p.text((cols[4][0] + cols[4][1]) / 2 - 6, float(y), q, HAND, 9)  # type: ignore[arg-type]
            if ys and rng.random() < 0.3:
                note = tr(lg, "1 lamp blown", "1 Lampe defekt", "1 lampe HS")
                p.text(cols[5][0], float(ys[-1]), note, HAND, 8.5)  # type: ignore[arg-type]
    f.need(60)
    f.y += 10
    third = (w - 2 * m) / 3
    for k, cap in enumerate(
        [
            tr(lg, "Dispatched by", "Ausgegeben", "Préparé par"),
            tr(lg, "Received by (customer)", "Empfangen (Kunde)", "Reçu par (client)"),
            tr(lg, "Returned / checked by", "Rücknahme geprüft", "Retour vérifié par"),
        ]
    ):
        x = m + k * third
        f.page.text(x, f.y, cap, s.font, 7.5)
        f.page.line(x, f.y + 24, x + third - 20, f.y + 24)
        if k < 2 or ticked:
            scrawl(
                f.page, x + 4, f.y + 20, staff(h, "store") if k != 1 else person(rng, home()), 11
            )
    f.y += 34
    pages = close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers]))
    remember(show, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates IIIII: inspections, authorities and funders
# ---------------------------------------------------------------------------------------------

RIG_ITEMS = {
    "en": [
        ("Counterweight flying bar", "CW", 250),
        ("Hemp set / spot line", "HS", 50),
        ("Electric chain hoist 500kg", "CH", 500),
        ("Lighting bridge", "LB", 750),
        ("FOH lighting bar", "FOH", 200),
        ("Safety curtain (iron) suspension", "SC", 0),
        ("Orchestra pit lift", "PL", 2000),
        ("Wire rope sling 1m", "WR", 750),
        ("Shackle 3/8in bow", "SH", 1000),
        ("Rigging point, grid", "RP", 500),
    ],
    "de": [
        ("Prospektzug (Handkonterzug)", "KZ", 250),
        ("Punktzug", "PZ", 125),
        ("Elektrokettenzug D8+ 500 kg", "EK", 500),
        ("Beleuchterbrücke", "BB", 750),
        ("Vorbühnenzug", "VZ", 200),
        ("Eiserner Vorhang, Aufhängung", "EV", 0),
        ("Orchestergrabenpodium", "OP", 2000),
        ("Drahtseilschlinge 1 m", "DS", 750),
        ("Schäkel 0,75 t", "SK", 750),
        ("Anschlagpunkt Schnürboden", "AP", 500),
    ],
    "fr": [
        ("Porteuse contrebalancée", "PC", 250),
        ("Poulie de renvoi / ligne de tir", "PR", 50),
        ("Palan électrique 500 kg", "PE", 500),
        ("Passerelle d'éclairage", "PA", 750),
        ("Perche face salle", "PF", 200),
        ("Rideau de fer, suspension", "RF", 0),
        ("Élévateur de fosse d'orchestre", "EF", 2000),
        ("Élingue câble 1 m", "EL", 750),
        ("Manille 3/8", "MA", 1000),
        ("Point d'accroche gril", "PT", 500),
    ],
}


def tpl_rigging_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection body's report of thorough examination of the stage's lifting equipment:
    a cover page with the premises, the examiner and the legal basis, the item schedule on
    landscape pages (identification, safe working load, result, next examination), a page of
    defects and the declaration; "Page i of n" on every page; now and then the inspector's
    covering letter in front."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    th = theatre_head()
    no = serial(rng, rng.choice(["TE-99999", "PB 2025/999", "RV-999-99"]))
    examiner = staff(h, "examiner")
    pages: list[Page] = []
    covering = rng.random() < 0.35
    if covering:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            [th.name, mx(crew("pm"), lg), th.street, th.town],
            d + timedelta(days=3),
            [(tr(lg, "Report", "Bericht", "Rapport"), no)],
        )
        caption(
            c,
            s,
            tr(
                lg,
                "Thorough examination of lifting equipment",
                "Prüfung der bühnentechnischen Einrichtungen",
                "Vérification des équipements scéniques",
            ),
            1,
        )
        c.page.text(m, c.y, greet(lg, mx(crew("pm"), lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                (
                    f"Please find enclosed our report of the examination carried "
                    f"out on {day(h, d)}. Items marked as defective must not be "
                    f"used until the defect has been remedied."
                ),
                (
                    f"anbei erhalten Sie den Bericht über die Prüfung vom {day(h, d)}. "
                    f"Mängel der Kategorie A sind vor der nächsten Vorstellung "
                    f"zu beheben."
                ),
                (
                    f"Veuillez trouver ci-joint notre rapport de vérification "
                    f"du {day(h, d)}. Les observations signalées doivent être "
                    f"levées dans les meilleurs délais."
                ),
            ),
        )
        write(c, s, prose(rng, lg, "safety", 1, 2))
        regards(c, s, lg, examiner, tr(lg, "Competent person", "Sachverständiger", "Vérificateur"))
        pages += close(c.pages, s, h, numbers="none")
    # cover page
    f = sheets(s, h)
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT",
        "RAPPORT DE VÉRIFICATION PÉRIODIQUE",
    )
    caption(f, s, title, 4)
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                (
                    "Lifting Operations and Lifting Equipment Regulations 1998, "
                    "Regulation 9 / Schedule 1"
                ),
                "Prüfung nach DGUV Vorschrift 17/18 (§ 33) und DGUV Grundsatz 315-390",
                "Arrêté du 1er mars 2004 - Code du travail R. 4323-23 - ERP type L",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    f.y += 18
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht Nr.", "Rapport n°"), no),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), day(h, d)),
            (tr(lg, "Employer / premises", "Betreiber", "Exploitant"), th.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{th.street}, {th.town}"),
            (
                tr(lg, "Location", "Bereich", "Zone"),
                tr(
                    lg,
                    "Main house stage and grid; studio",
                    "Bühne Großes Haus, Schnürboden; Studio",
                    "Scène grande salle, gril ; petite salle",
                ),
            ),
            (
                tr(lg, "Type", "Art der Prüfung", "Nature"),
                tr(
                    lg,
                    "Periodic, 6 / 12 months",
                    "Wiederkehrende Prüfung (jährlich)",
                    "Vérification périodique annuelle",
                ),
            ),
            (tr(lg, "Examiner", "Sachverständiger", "Vérificateur"), examiner),
            (tr(lg, "Present", "Anwesend", "Présent"), crew("pm")),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(f, s, prose(rng, lg, "safety", 2, 3))
    n_items = rng.randint(12, 34)
    items = []
    defects = []
    for k in range(n_items):
        name, code, swl = rng.choice(RIG_ITEMS[lg])
        ok = rng.random() > 0.1
        ident = f"{code}{k + 1:02d}"
        items.append((ident, name, swl, ok))
        if not ok:
            defects.append((ident, name))
    f.y += 6
    f.y = band(f.page, s, f.y, tr(lg, "Summary", "Zusammenfassung", "Synthèse")) + 8
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Items examined", "Geprüfte Einrichtungen", "Équipements vérifiés"),
                str(n_items),
            ),
            (tr(lg, "Items with defects", "Mit Mängeln", "Avec observations"), str(len(defects))),
            (
                tr(lg, "Next examination due", "Nächste Prüfung", "Prochaine vérification"),
                day(h, d + timedelta(days=rng.choice([182, 365]))),
            ),
        ],
        w - m,
    )
    pages_report = f.pages
    # schedule on landscape pages
    sl = style_of(h, LAND, margin=40, pt=8.5)
    wl = LAND[0]
    g = sheets(sl, h, f"{h.name} - {no} - {th.name}", top=False)
    caption(
        g,
        sl,
        tr(lg, "Schedule of equipment examined", "Prüfliste", "Liste des équipements vérifiés"),
        1,
    )
    rows = [
        [
            ident,
            name,
            f"{swl} kg" if swl else "-",
            serial(rng, "AA99-9999"),
            tr(lg, "Satisfactory", "ohne Mängel", "Conforme")
            if ok
            else tr(lg, "DEFECT - see p.", "Mangel - s. Anlage", "Non conforme - voir obs."),
            short(d + timedelta(days=rng.choice([182, 365])), lg),
        ]
        for ident, name, swl, ok in items
    ]
    table(
        g,
        columns(
            sl.margin,
            wl - sl.margin,
            [
                (0.8, "left"),
                (3.2, "left"),
                (0.9, "center"),
                (1.4, "left"),
                (2.2, "left"),
                (1.1, "left"),
            ],
        ),
        [
            "ID",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "SWL", "Tragfähigkeit", "CMU"),
            tr(lg, "Serial / mark", "Kennzeichnung", "Repère"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Next due", "Nächste", "Prochaine"),
        ],
        rows,
        sl,
        rules=True,
        step=1.7,
        shade=0.88,
    )
    # defects and declaration (portrait)
    e = sheets(s, h, f"{h.name} - {no}", top=False)
    caption(e, s, tr(lg, "Defects and observations", "Festgestellte Mängel", "Observations"), 1)
    if defects:
        for ident, name in defects:
            e.para(
                m, w - 2 * m, f"{ident} - {name}: {words(rng, lg, 'safety')}", s.font, s.size - 0.5
            )
            e.page.text(
                w - m,
                e.y - s.size,
                tr(lg, "Remedy within 28 days", "Frist: 4 Wochen", "Délai : 1 mois"),
                s.bold,
                7.5,
                "right",
            )
    else:
        write(
            e,
            s,
            tr(
                lg,
                "No defects were found.",
                "Es wurden keine Mängel festgestellt.",
                "Aucune observation.",
            ),
        )
    e.y += 10
    caption(e, s, tr(lg, "Declaration", "Prüfbescheinigung", "Attestation"), 0.5)
    write(
        e,
        s,
        tr(
            lg,
            (
                "I declare that the equipment listed was thoroughly examined "
                "and, except as stated, is safe to operate."
            ),
            (
                "Die aufgeführten Einrichtungen wurden geprüft. Gegen den "
                "Weiterbetrieb bestehen, soweit nicht anders angegeben, keine "
                "Bedenken."
            ),
            (
                "Les équipements listés ont été vérifiés ; sauf observations, "
                "ils peuvent être maintenus en service."
            ),
        ),
        s.size - 0.5,
    )
    e.y += 26
    scrawl(e.page, m, e.y, examiner)
    e.page.line(m, e.y + 4, m + 180, e.y + 4)
    e.page.text(m, e.y + 14, f"{examiner} - {day(h, d)}", s.font, 8)
    if rng.random() < 0.5:
        seal(
            e.page,
            w - m - 60,
            e.y - 10,
            34,
            h.name[:28],
            tr(lg, "Inspection", "Prüfstelle", "Contrôle"),
        )
    body = pages_report + g.pages + e.pages
    close(
        body,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    pages += body
    received(rng, pages[0], d + timedelta(days=3), 0.3)
    remember(None, d)
    return pages


def tpl_fire_safety_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire authority's paper after a fire safety audit or inspection: an English
    notification of deficiencies with the schedule of deficiencies, a German Bescheid über die
    Brandverhütungsschau with the Mängelliste, the fee and the Rechtsbehelfsbelehrung, or a
    French mairie's covering letter in front of the procès-verbal of the commission de
    sécurité with its prescriptions."""
    h = local_head(who, "fire")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(5, 25))
    th = theatre_head()
    ref = serial(rng, rng.choice(["FS/99999/AA", "BVS-2025-9999", "ERP 99-999"]))
    defs = {
        "en": [
            (
                "Art. 14",
                "Final exit door from the studio found obstructed by stored scenery.",
                "Keep escape routes clear at all times.",
            ),
            (
                "Art. 9",
                "Fire risk assessment not reviewed since the alterations to the studio.",
                "Review the fire risk assessment.",
            ),
            (
                "Art. 17",
                "Emergency lighting monthly tests not recorded since January.",
                "Record routine tests in the log book.",
            ),
            (
                "Art. 21",
                "No evidence of fire safety training for casual front-of-house staff.",
                "Provide and record training.",
            ),
            (
                "Art. 8",
                "Flame retardancy certificates for the current set cloths not available.",
                "Obtain certificates or treat the cloths.",
            ),
        ],
        "de": [
            (
                "M1",
                "Notausgang Studiobühne durch Dekorationsteile eingeengt.",
                "Rettungsweg dauerhaft freihalten.",
            ),
            (
                "M2",
                "Prüfnachweis der Sicherheitsbeleuchtung nicht vorgelegt.",
                "Prüfbuch vorlegen.",
            ),
            ("M3", "Brandschutzordnung Teil B nicht aktualisiert.", "Aktualisieren und aushängen."),
            (
                "M4",
                "Nachweis der Schwerentflammbarkeit (B1) für Vorhänge fehlt.",
                "Nachweis vorlegen.",
            ),
            (
                "M5",
                "Feuerlöscher im Magazin nicht geprüft (Prüfplakette abgelaufen).",
                "Prüfung veranlassen.",
            ),
        ],
        "fr": [
            (
                "P1",
                "Dégagement de la petite salle encombré par des éléments de décor.",
                "Maintenir libres les dégagements.",
            ),
            (
                "P2",
                "Registre de sécurité incomplet (vérifications électriques).",
                "Compléter le registre.",
            ),
            (
                "P3",
                "PV de réaction au feu des tentures de scène non présentés.",
                "Produire les PV M1.",
            ),
            ("P4", "Exercice d'évacuation non réalisé dans l'année.", "Organiser un exercice."),
            (
                "P5",
                "Éclairage de sécurité : 2 BAES hors service au balcon.",
                "Remplacer les blocs.",
            ),
        ],
    }[lg]
    found = rng.sample(defs, k=rng.randint(1, 4))
    pages: list[Page] = []
    if lg == "fr":
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            [th.name, f"{tr(lg, '', '', 'Monsieur le Directeur')}", th.street, th.town],
            d,
            [("Réf.", ref)],
        )
        caption(c, s, "Objet : visite périodique de la commission de sécurité", 0.5)
        c.page.text(m, c.y, "Madame, Monsieur,", s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            (
                f"La sous-commission départementale de sécurité a procédé "
                f"le {day(h, visit)} à la visite périodique de votre établissement "
                f"(ERP de type L, 2e catégorie). Vous trouverez ci-joint le "
                f"procès-verbal, qui conclut à un avis "
                f"{'favorable' if len(found) < 4 else 'défavorable'} "
                f"à la poursuite de l'exploitation."
            ),
        )
        write(
            c,
            s,
            (
                "Je vous demande de bien vouloir réaliser les prescriptions "
                "dans les délais indiqués et de m'en rendre compte par écrit."
            ),
        )
        regards(
            c,
            s,
            lg,
            staff(h, "maire"),
            rng.choice(["Le Maire", "Pour le Maire, l'Adjoint délégué"]),
        )
        pages += close(c.pages, s, h, numbers="none")
        p = sheets(s, h, f"PV {ref}")
        caption(p, s, "PROCÈS-VERBAL DE LA SOUS-COMMISSION DÉPARTEMENTALE DE SÉCURITÉ", 1)
        p.y = fields(
            p.page,
            s,
            m,
            p.y,
            w - 2 * m,
            [
                ("Établissement", th.name),
                ("Type / catégorie", "L - 2e catégorie"),
                ("Effectif", f"{rng.choice([512, 530, 546])} personnes"),
                ("Date de visite", day(h, visit)),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        caption(p, s, "Prescriptions", 0)
        for code, t, act in found:
            p.para(m, w - 2 * m, f"{code} - {t} {act}", s.font, s.size - 0.5)
        caption(p, s, "Avis", 0)
        write(
            p,
            s,
            f"La sous-commission émet un avis {'favorable' if len(found) < 4 else 'défavorable'}. "
            + prose(rng, lg, "safety", 1, 2),
            s.size - 0.5,
        )
        sign_boxes(
            p,
            s,
            lg,
            [
                ("Le président de séance", "", staff(h, "pres")),
                ("Le SDIS, préventionniste", "", staff(h, "sdis")),
            ],
            {0, 1},
        )
        pages += close(p.pages, s, h, numbers="Page {i}/{n}")
    else:
        f = sheets(s, h, f"{h.name} - {ref}")
        recipient(
            f,
            s,
            h,
            [crew("gm"), th.name, th.street, th.town],
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", ""), ref)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Regulatory Reform (Fire Safety) Order 2005 - Notification of Deficiencies",
                "Bescheid über die Brandverhütungsschau",
            ),
            0.5,
        )
        f.page.text(m, f.y, greet(lg, mx(crew("gm"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"An audit of the above premises was carried out on {day(h, visit)} by an "
                f"Inspecting "
                "Officer of this Authority. The deficiencies listed in the attached schedule were "
                "found. This letter is not an enforcement notice, but you should take the action "
                "shown within the time given.",
                f"am {day(h, visit)} wurde in Ihrer Versammlungsstätte eine Brandverhütungsschau "
                "durchgeführt. Dabei wurden die in der Anlage aufgeführten Mängel festgestellt. "
                "Wir fordern Sie auf, die Mängel innerhalb der genannten Fristen zu beseitigen.",
            ),
        )
        write(f, s, prose(rng, lg, "safety", 1, 3))
        if lg == "de":
            fee = rng.choice([85.0, 120.0, 164.0])
            write(
                f,
                s,
                (
                    f"Für die Brandverhütungsschau wird eine Gebühr von {cash(fee, lg)} "
                    f"erhoben (Kostenverzeichnis Nr. {rng.randint(10, 40)}.{rng.randint(1, 9)}). "
                    f"Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens."
                ),
            )
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(lg, "Inspecting Officer", "Sachgebiet Vorbeugender Brandschutz"),
        )
        f.new_page()
        caption(f, s, tr(lg, "Schedule of deficiencies", "Anlage: Mängelliste"), 1, rule=True)
        rows = [
            [
                code,
                t,
                act,
                tr(lg, f"{rng.choice([14, 28, 56])} days", f"{rng.choice([2, 4, 8])} Wochen"),
            ]
            for code, t, act in found
        ]
        table(
            f,
            columns(m, w - m, [(0.6, "left"), (3.4, "left"), (2.4, "left"), (0.9, "left")]),
            [
                tr(lg, "Ref", "Nr."),
                tr(lg, "Deficiency", "Mangel"),
                tr(lg, "Action required", "Maßnahme"),
                tr(lg, "Time", "Frist"),
            ],
            [[r[0], r[1], r[2], r[3]] for r in rows],
            s,
            size=s.size - 2,
            rules=True,
            step=2.0,
        )
        if lg == "de":
            f.y += 10
            caption(f, s, "Rechtsbehelfsbelehrung", 0)
            write(
                f,
                s,
                (
                    f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                    f"Widerspruch erhoben werden. Der Widerspruch ist schriftlich "
                    f"oder zur Niederschrift bei der {h.name.split(' - ')[0]}, "
                    f"{h.street}, {h.town}, einzulegen."
                ),
                s.size - 1,
            )
        else:
            f.y += 10
            write(
                f,
                s,
                (
                    "Notes: you may appeal to a magistrates' court within 21 "
                    "days against any enforcement notice served on you. "
                )
                + prose(rng, lg, "safety", 1, 1),
                s.size - 1,
            )
        pages += close(f.pages, s, h, numbers=h.numbers)
    received(rng, pages[0], d, 0.45)
    remember(None, d)
    return pages


def tpl_child_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The local authority's licence for a child performer: the English licence under the
    Children (Performances and Activities) Regulations 2014 with the chaperone and a record of
    performances to keep; a German Ausnahmebewilligung nach § 6 JArbSchG with Auflagen, fee
    and Rechtsbehelfsbelehrung; a French préfet's autorisation individuelle."""
    h = local_head(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng, ("child_licence",))
    d = last_day(rng, ("child_licence",), (0, 0))
    if d > show.opens:
        d = show.opens - timedelta(days=rng.randint(8, 20))
    th = theatre_head()
    child = f"{rng.choice(CHILDREN[lg])} {rng.choice(LASTS[lg])}"
    born = date(show.opens.year - rng.randint(7, 14), rng.randint(1, 12), rng.randint(1, 28))
    school = rng.choice(SCHOOLS[lg])
    chap = person(keyed(who, "chap"), lg)
    no = serial(rng, rng.choice(["CPL/99/9999", "99-999/JArbSchG", "AE 9999-99"]))
    f = sheets(s, h, f"{h.name} - {no}")
    if lg == "en":
        recipient(f, s, h, [crew("gm"), th.name, th.street, th.town], d, [("Licence no.", no)])
        caption(f, s, "LICENCE FOR A CHILD TO TAKE PART IN A PERFORMANCE", 1)
        f.page.text(
            m,
            f.y,
            (
                "Children and Young Persons Act 1963, section 37; The Children "
                "(Performances and Activities) (England) Regulations 2014"
            ),
            s.font,
            7,
        )
        f.y += 16
        items = [
            ("Name of child", child),
            ("Date of birth", short(born, lg)),
            ("School", school),
            ("Name of performance", show.title),
            ("Place of performance", th.name),
            ("Applicant", f"{th.name} ({crew('gm')})"),
            (
                "Period of licence",
                f"{short(show.opens - timedelta(days=14), lg)} to {short(show.closes, lg)}",
            ),
            ("Max. number of performances", str(rng.choice([8, 10, 12, 16]))),
            ("Approved chaperone", chap),
            ("Chaperone approval no.", serial(rng, "CH9999")),
        ]
        f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=2, tall=24, hand=False)
        caption(f, s, "Conditions", 0)
        for t in [
            (
                "The child must not take part in more than one performance "
                "on any day, unless the Authority has agreed otherwise."
            ),
            "The child must be in the charge of the approved chaperone at all times.",
            "A record of performances must be kept and produced on request (see over).",
            "Education: absence from school is authorised on performance days only.",
        ][: rng.randint(2, 4)]:
            f.para(m + 10, w - 2 * m - 10, f"- {t}", s.font, s.size - 1)
        regards(f, s, lg, staff(h, "officer"), "Child Employment and Entertainment Officer")
        if rng.random() < 0.75:
            f.new_page()
            caption(f, s, f"Record of performances - {child}", 0.5)
            rows = [["", "", "", "", ""] for _ in range(rng.randint(10, 14))]
            table(
                f,
                columns(
                    m, w - m, [(1, "left"), (1.6, "left"), (1, "left"), (1, "left"), (1.6, "left")]
                ),
                ["Date", "Arrived / left", "On stage", "Rest / meals", "Chaperone's initials"],
                rows,
                s,
                rules=True,
                step=2.4,
            )
    elif lg == "de":
        recipient(
            f, s, h, [th.name, mx(crew("gm"), lg), th.street, th.town], d, [("Aktenzeichen", no)]
        )
        caption(f, s, "Bewilligung einer Ausnahme nach § 6 Jugendarbeitsschutzgesetz (JArbSchG)", 0)
        f.page.text(m, f.y, greet(lg, mx(crew("gm"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            (
                f"auf Ihren Antrag vom {day(h, d - timedelta(days=rng.randint(10, 30)))} "
                f"wird folgende Ausnahme bewilligt:"
            ),
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Kind", child),
                ("geboren am", short(born, lg)),
                ("Veranstaltung", show.title),
                ("Spielstätte", th.name),
                (
                    "Zeitraum",
                    f"{short(show.opens - timedelta(days=14), lg)} - {short(show.closes, lg)}",
                ),
                ("Aufsichtsperson", chap),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        caption(f, s, "Auflagen", 0)
        for k, t in enumerate(
            [
                "Die Mitwirkung ist nur in der Zeit von 10 bis 22 Uhr zulässig.",
                "Die tägliche Mitwirkungsdauer darf vier Stunden nicht überschreiten.",
                "Das Kind ist ständig durch die Aufsichtsperson zu betreuen.",
                (
                    "Eine Bescheinigung der Schule liegt vor; der Schulbesuch "
                    "darf nicht beeinträchtigt werden."
                ),
            ][: rng.randint(2, 4)],
            1,
        ):
            f.para(m + 10, w - 2 * m - 10, f"{k}. {t}", s.font, s.size - 1)
        write(
            f,
            s,
            (
                f"Für diesen Bescheid wird eine Gebühr von "
                f"{cash(rng.choice([30.0, 45.0, 60.0]), lg)} "
                f"erhoben."
            ),
            s.size - 1,
        )
        caption(f, s, "Rechtsbehelfsbelehrung", 0)
        write(
            f,
            s,
            (
                f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                f"Widerspruch bei der {h.name.split(' - ')[0]} erhoben werden."
            ),
            s.size - 1.5,
        )
        regards(f, s, lg, staff(h, "officer"), "Im Auftrag")
    else:
        caption(
            f,
            s,
            "ARRÊTÉ PORTANT AUTORISATION INDIVIDUELLE D'EMPLOI D'UN ENFANT DANS LE SPECTACLE",
            0,
        )
        f.page.text(m, f.y, f"N° {no}", s.font, 8)
        f.y += 16
        for t in [
            (
                "Vu le code du travail, notamment ses articles L. 7124-1 "
                "et suivants et R. 7124-1 et suivants ;"
            ),
            f"Vu la demande présentée par {th.name} ;",
            "Vu l'avis de la commission des enfants du spectacle ;",
        ]:
            f.para(m, w - 2 * m, t, s.font, s.size - 1)
        f.page.text(w / 2, f.y + 4, "ARRÊTE", s.bold, s.size + 1, "center")
        f.y += 22
        arts = [
            (
                f"Article 1 - {th.name} est autorisé(e) à employer l'enfant "
                f'{child}, né(e) le {short(born, lg)}, pour le spectacle "{show.title}", '
                f"du {short(show.opens, lg)} au {short(show.closes, lg)}."
            ),
            (
                f"Article 2 - La rémunération est fixée à "
                f"{cash(rng.choice([60.0, 80.0, 95.0]), lg)} "
                f"par représentation ; {rng.choice([70, 80, 90])} % sont versés "
                f"à la Caisse des dépôts et consignations."
            ),
            f"Article 3 - L'enfant est accompagné en permanence par {chap}.",
            (
                "Article 4 - Le présent arrêté peut faire l'objet d'un recours "
                "devant le tribunal administratif dans un délai de deux mois."
            ),
        ]
        for t in arts:
            f.para(m, w - 2 * m, t, s.font, s.size - 0.5)
        regards(f, s, lg, staff(h, "prefet"), "Pour le préfet et par délégation")
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        seal(
            pages[0],
            w - m - 50,
            pages[0].size[1] - 150,
            34,
            h.name.split(" - ")[0][:30],
            tr(lg, "Licensing", "Siegel", "Cachet"),
        )
    received(rng, pages[0], d, 0.3)
    remember(show, d)
    return pages


GRANT_TERMS = {
    "en": [
        "Use of the grant",
        "Payment",
        "Acknowledgement of funding",
        "Monitoring and evaluation",
        "Changes to the activity",
        "Repayment",
        "Data protection",
        "Subsidy control",
    ],
    "de": [
        "Zweckbindung",
        "Mittelabruf",
        "Nachweis der Verwendung",
        "Publizität",
        "Prüfungsrecht",
        "Erstattung",
        "Mitteilungspflichten",
    ],
    "fr": [
        "Objet",
        "Montant et modalités de versement",
        "Justificatifs",
        "Communication",
        "Contrôle",
        "Reversement",
        "Durée",
        "Litiges",
    ],
}


def tpl_grant_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A funder's grant offer: Arts Council England's offer letter with the standard terms,
    payment schedule and an acceptance form to sign and return; a German Zuwendungsbescheid
    with the Nebenbestimmungen, Finanzierungsplan and Rechtsbehelfsbelehrung; a French
    arrêté attributif or convention with its articles and the échéancier."""
    h = local_head(who, "funder")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    th = theatre_head()
    show = show_for(rng)
    amount = rng.choice([15000.0, 24500.0, 38000.0, 49900.0, 8000.0, 72000.0])
    ref = serial(rng, rng.choice(["PG-99999999", "Az. 41-9999/25", "2025-DRAC-99999"]))
    proj = tr(
        lg,
        f'"{show.title}" - new production and schools tour',
        f'Projektförderung "{show.title}" mit Schulvorstellungen',
        f'Création "{show.title}" et actions d\'éducation artistique',
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [mx(crew("gm"), lg), th.name, th.street, th.town],
        d,
        [(tr(lg, "Application no.", "Aktenzeichen", "Dossier n°"), ref)],
    )
    caption(
        f, s, tr(lg, "Offer of grant", "Zuwendungsbescheid", "Arrêté attributif de subvention"), 1
    )
    f.page.text(m, f.y, greet(lg, mx(crew("gm"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to offer {th.name} a grant of up to {cash(amount, lg)} towards {proj}. "
            "This offer is made under our standard terms and the special conditions set out below. "
            "To accept, please sign and return the acceptance form within 28 days.",
            f"auf Ihren Antrag vom {day(h, d - timedelta(days=rng.randint(40, 120)))} "
            f"bewillige ich "
            f"Ihnen für das Vorhaben {proj} eine Zuwendung in Höhe von bis zu {cash(amount, lg)} "
            "als Fehlbedarfsfinanzierung im Wege der Projektförderung.",
            f"Une subvention de {cash(amount, lg)} est attribuée à {th.name} pour le projet : "
            f"{proj}. "
            "Elle est versée selon l'échéancier ci-après, sous réserve du respect des obligations "
            "de la présente décision.",
        ),
    )
    write(f, s, prose(rng, lg, "grant", 2, 3))
    caption(f, s, tr(lg, "Special conditions", "Nebenbestimmungen", "Conditions particulières"), 0)
    for k in range(rng.randint(2, 4)):
        f.para(m + 10, w - 2 * m - 10, f"{k + 1}. {words(rng, lg, 'grant')}", s.font, s.size - 0.5)
    if lg == "de":
        caption(f, s, "Rechtsbehelfsbelehrung", 0)
        write(
            f,
            s,
            (
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                "Klage beim Verwaltungsgericht erhoben werden. Auf den Rechtsbehelf "
                "kann mit beiliegender Erklärung verzichtet werden."
            ),
            s.size - 1,
        )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(
            lg,
            "Relationship Manager, Theatre",
            "Im Auftrag",
            "Le directeur régional des affaires culturelles",
        ),
    )
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Standard terms and conditions for grants",
                "Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P)",
                "Conditions générales d'attribution",
            ),
            GRANT_TERMS[lg],
            "grant",
        )
    )
    g = sheets(s, h, f"{h.name} - {ref}", top=False)
    caption(
        g,
        s,
        tr(lg, "Payment schedule", "Finanzierungsplan und Mittelabruf", "Échéancier de versement"),
        1,
    )
    parts = [0.4, 0.4, 0.2] if rng.random() < 0.6 else [0.9, 0.1]
    rows = []
    for k, sh in enumerate(parts):
        due = d + timedelta(days=30 + 60 * k)
        cond = [
            tr(lg, "On receipt of signed acceptance", "nach Bestandskraft", "à la signature"),
            tr(lg, "On receipt of interim report", "auf Mittelabruf", "sur justificatifs"),
            tr(
                lg,
                "On approval of final report",
                "nach Verwendungsnachweis",
                "au vu du compte rendu",
            ),
        ][min(k, 2) if len(parts) == 3 else (0 if k == 0 else 2)]
        rows.append([str(k + 1), short(due, lg), cond, money(round(amount * sh, 2), lg)])
    table(
        g,
        columns(
            s.margin, w - s.margin, [(0.5, "left"), (1.2, "left"), (3, "left"), (1.2, "right")]
        ),
        [
            "No.",
            tr(lg, "Due", "Fällig", "Date"),
            tr(lg, "Condition", "Voraussetzung", "Condition"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    g.y += 24
    if lg != "fr" or rng.random() < 0.5:
        g.y = (
            band(
                g.page,
                s,
                g.y,
                tr(
                    lg,
                    "ACCEPTANCE OF GRANT - return to us within 28 days",
                    "Rechtsbehelfsverzicht / Annahmeerklärung",
                    "Accusé de réception et acceptation",
                ),
            )
            + 10
        )
        write(
            g,
            s,
            tr(
                lg,
                (
                    f"On behalf of {th.name} I accept the offer of {cash(amount, lg)} "
                    f"({ref}) on the terms set out."
                ),
                (
                    f"Hiermit verzichten wir auf die Einlegung eines Rechtsbehelfs "
                    f"gegen den Bescheid {ref}."
                ),
                (
                    f"{th.name} accepte la subvention de {cash(amount, lg)} et "
                    f"les conditions ci-dessus."
                ),
            ),
            s.size - 0.5,
        )
        signed = rng.random() < 0.55
        g.y = fields(
            g.page,
            s,
            s.margin,
            g.y,
            w - 2 * s.margin,
            [
                (tr(lg, "Name", "Name", "Nom"), crew("gm") if signed else ""),
                (tr(lg, "Position", "Funktion", "Qualité"), role("gm", lg) if signed else ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d + timedelta(days=rng.randint(3, 14)), lg) if signed else "",
                ),
            ],
            per=2,
            tall=30,
        )
        if signed:
            scrawl(g.page, w / 2 + s.margin, g.y - 48, crew("gm"))
    pages = pages + g.pages
    close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", h.numbers, "2:- {i} -"]))
    received(rng, pages[0], d, 0.5)
    remember(show, d, extra=(h, amount, ref))
    return pages


def tpl_monitoring_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's own return to a funder, as filed after sending: an activity and audience
    monitoring return, a Verwendungsnachweis with the Sachbericht and the zahlenmäßige Nachweis,
    or a compte rendu financier; figure tables, a signed declaration."""
    th = theatre_head()
    lg = th.lang
    extra = LAST["extra"] if after(("grant_offer",)) else None
    if isinstance(extra, tuple):
        fh, amount, ref = extra
        assert isinstance(fh, Head)
    else:
        fh = local_head(who, "funder")
        amount = rng.choice([15000.0, 24500.0, 38000.0])
        ref = serial(rng, "PG-99999999")
    show = show_for(rng, ("grant_offer",))
    s = style_of(th, A4)
    w = s.page_size[0]
    m = s.margin
    d = last_day(rng, ("grant_offer",), (20, 60))
    f = plain(s, f"{th.name} - {ref}")
    f.page.text(m, f.y, fh.name.split(" - ")[0], s.font, 8)
    f.y += 14
    caption(
        f,
        s,
        tr(
            lg,
            "Activity and audience monitoring return",
            "Verwendungsnachweis",
            "Compte rendu financier de l'action subventionnée",
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
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Association / structure"), th.name),
            (tr(lg, "Grant reference", "Aktenzeichen", "N° de dossier"), str(ref)),
            (tr(lg, "Activity", "Maßnahme", "Action"), show.title),
            (
                tr(lg, "Reporting period", "Bewilligungszeitraum", "Exercice"),
                f"{short(show.opens - timedelta(days=60), lg)} - {short(show.closes, lg)}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    caption(f, s, tr(lg, "1. Activity", "1. Sachbericht", "1. Bilan qualitatif"), 0)
    write(f, s, prose(rng, lg, "grant", 3, 5), s.size - 0.5)
    caption(
        f,
        s,
        tr(
            lg,
            "2. Audiences and participants",
            "2. Besucher und Teilnehmende",
            "2. Publics touchés",
        ),
        0,
    )
    perf = rng.randint(12, 24)
    rows = [
        [
            tr(lg, "Performances", "Vorstellungen", "Représentations"),
            str(perf),
            str(perf + rng.randint(-2, 2)),
        ],
        [
            tr(lg, "Attendance", "Besucher", "Spectateurs"),
            str(perf * 250),
            str(perf * rng.randint(180, 330)),
        ],
        [
            tr(lg, "Schools performances", "Schulvorstellungen", "Séances scolaires"),
            str(rng.randint(2, 6)),
            str(rng.randint(2, 6)),
        ],
        [
            tr(lg, "Workshop participants", "Workshop-Teilnehmende", "Participants aux ateliers"),
            str(rng.randint(40, 200)),
            str(rng.randint(40, 220)),
        ],
        [
            tr(lg, "Artists employed", "Beschäftigte Künstler/innen", "Artistes employés"),
            str(rng.randint(6, 14)),
            str(rng.randint(6, 14)),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1, "right"), (1, "right")]),
        ["", tr(lg, "Planned", "geplant", "Prévu"), tr(lg, "Actual", "erreicht", "Réalisé")],
        rows,
        s,
        rules=True,
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "3. Income and expenditure", "3. Zahlenmäßiger Nachweis", "3. Tableau de synthèse"),
        0,
    )
    heads = {
        "en": [
            ("Box office income", 1),
            ("Arts Council grant", 1),
            ("Trusts and foundations", 1),
            ("Artists' fees", 0),
            ("Production costs", 0),
            ("Marketing", 0),
            ("Overheads", 0),
        ],
        "de": [
            ("Eintrittserlöse", 1),
            ("Zuwendung", 1),
            ("Eigenmittel", 1),
            ("Honorare", 0),
            ("Ausstattung", 0),
            ("Werbung", 0),
            ("Verwaltungskosten", 0),
        ],
        "fr": [
            ("Billetterie", 1),
            ("Subvention DRAC", 1),
            ("Ville / Région", 1),
            ("Rémunérations artistes", 0),
            ("Frais de production", 0),
            ("Communication", 0),
            ("Frais de structure", 0),
        ],
    }[lg]
    rows2 = []
    for t, inc in heads:
        plan = (
            amount
            if "grant" in t.lower() or "Zuwendung" in t or "DRAC" in t
            else round(rng.uniform(3000, 30000), -2)
        )
        act = round(plan * rng.uniform(0.85, 1.1), 2) if plan != amount else amount
        rows2.append(
            [
                tr(lg, "Income", "Einnahmen", "Produits")
                if inc
                else tr(lg, "Expenditure", "Ausgaben", "Charges"),
                t,
                money(plan, lg),
                money(act, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (2.8, "left"), (1.2, "right"), (1.2, "right")]),
        ["", "", tr(lg, "Budget", "lt. Finanzplan", "Budget"), tr(lg, "Actual", "Ist", "Réalisé")],
        rows2,
        s,
        rules=True,
        shade=0.88,
    )
    f.y += 20
    caption(f, s, tr(lg, "Declaration", "Bestätigung", "Attestation"), 0)
    write(
        f,
        s,
        tr(
            lg,
            (
                "I confirm that the information given is correct and that "
                "the grant was used for the purposes set out in the offer."
            ),
            (
                "Es wird bestätigt, dass die Ausgaben notwendig waren, wirtschaftlich "
                "und sparsam verfahren worden ist und die Angaben mit den "
                "Büchern und Belegen übereinstimmen."
            ),
            "Je certifie exactes les informations du présent compte rendu.",
        ),
        s.size - 0.5,
    )
    f.y += 26
    scrawl(f.page, m, f.y, crew("gm"))
    f.page.line(m, f.y + 4, m + 200, f.y + 4)
    f.page.text(m, f.y + 14, f"{crew('gm')}, {role('gm', lg)} - {short(d, lg)}", s.font, 8)
    pages = close(f.pages, s, th, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "none"]))
    remember(show, d)
    return pages


COPRO_CLAUSES = {
    "en": [
        "Definitions",
        "The Production",
        "Contributions of the Parties",
        "Rehearsals and Get-in",
        "Box Office and Ticketing",
        "Marketing and Credits",
        "Insurance",
        "Cancellation and Force Majeure",
        "Intellectual Property",
        "Governing Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Produktion",
        "Leistungen der Vertragspartner",
        "Proben und Aufbau",
        "Kartenverkauf",
        "Werbung und Nennung",
        "Versicherung",
        "Ausfall und höhere Gewalt",
        "Rechte",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "La production",
        "Apports des coproducteurs",
        "Répétitions et montage",
        "Billetterie",
        "Communication et mentions",
        "Assurances",
        "Annulation et force majeure",
        "Propriété intellectuelle",
        "Litiges",
    ],
}


def company_head(who: Issuer) -> Head:
    return head_of(who, "company", abroad=0.15)


def tpl_coproduction_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A touring company's co-production agreement with the theatre: parties and recitals,
    numbered clauses, the financial schedule (contributions, fee, box office split) on a
    landscape page, the tour dates and a signature page."""
    h = company_head(who)
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    th = theatre_head()
    show = show_for(rng)
    d = show.opens - timedelta(days=rng.randint(60, 160))
    f = sheets(
        s,
        h,
        f"{h.name} / {th.name} - "
        f"{tr(lg, 'Co-production agreement', 'Koproduktionsvertrag', 'Contrat de coproduction')}",
    )
    f.y += 30
    caption(
        f,
        s,
        tr(lg, "CO-PRODUCTION AGREEMENT", "KOPRODUKTIONSVERTRAG", "CONTRAT DE COPRODUCTION"),
        5,
    )
    f.y += 10
    write(f, s, tr(lg, "BETWEEN", "zwischen", "ENTRE"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} ({tr(lg, 'the Company', 'Compagnie', 'la Compagnie')})",
        indent=20,
    )
    write(f, s, tr(lg, "AND", "und", "ET"))
    write(
        f,
        s,
        f"{th.name}, {th.street}, {th.town} ({tr(lg, 'the Theatre', 'Theater', 'le Théâtre')})",
        indent=20,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f'for the production of "{show.title}" by {show.author}.',
            f'über die Produktion "{show.title}" von {show.author}.',
            f'pour la production de "{show.title}" de {show.author}.',
        ),
    )
    clauses(f, s, rng, lg, COPRO_CLAUSES[lg][: rng.randint(6, 10)], "legal")
    pages = f.pages
    # financial schedule, landscape
    sl = style_of(h, LAND, margin=44, pt=9)
    wl = LAND[0]
    g = sheets(sl, h, f"{h.name} / {th.name} - {show.title}", top=False)
    caption(
        g,
        sl,
        tr(
            lg,
            "Schedule 1 - Financial terms",
            "Anlage 1 - Finanzielle Vereinbarungen",
            "Annexe 1 - Conditions financières",
        ),
        2,
    )
    fee = rng.choice([6500.0, 9000.0, 12500.0])
    rows = [
        [
            tr(lg, "Co-production contribution", "Koproduktionsbeitrag", "Apport en coproduction"),
            th.name,
            money(rng.choice([8000.0, 12000.0, 15000.0]), home()),
            tr(
                lg,
                "50% on signature, 50% at first rehearsal",
                "50 % bei Unterzeichnung, 50 % bei Probenbeginn",
                "50 % à la signature, 50 % au début des répétitions",
            ),
        ],
        [
            tr(lg, "Guaranteed fee per week", "Garantiegage pro Woche", "Prix de cession garanti"),
            th.name,
            money(fee, home()),
            tr(lg, "against settlement", "gegen Abrechnung", "sur facture"),
        ],
        [
            tr(lg, "Box office split", "Aufteilung Kasseneinnahmen", "Partage de recettes"),
            "",
            f"{rng.choice([60, 65, 70])}/{rng.choice([40, 35, 30])}",
            tr(
                lg,
                "after guarantee, net of VAT and ticketing fees",
                "nach Garantie, netto",
                "après minimum garanti, HT",
            ),
        ],
        [
            tr(lg, "Accommodation", "Unterkunft", "Hébergement"),
            h.name,
            tr(lg, "company", "Compagnie", "compagnie"),
            tr(
                lg,
                "theatre to assist with digs list",
                "Theater hilft bei Unterkunft",
                "liste d'hébergements fournie",
            ),
        ],
        [
            tr(lg, "Marketing contra", "Werbekostenbeteiligung", "Communication"),
            th.name,
            money(rng.choice([500.0, 750.0, 1000.0]), home()),
            tr(lg, "deducted at settlement", "bei Abrechnung abgezogen", "déduit au décompte"),
        ],
    ]
    table(
        g,
        columns(
            sl.margin, wl - sl.margin, [(2.2, "left"), (1.8, "left"), (1, "center"), (3, "left")]
        ),
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Paid by", "Träger", "Pris en charge par"),
            tr(lg, "Amount", "Betrag", "Montant"),
            tr(lg, "Terms", "Bedingungen", "Modalités"),
        ],
        rows,
        sl,
        rules=True,
        step=2.0,
        shade=0.88,
    )
    g.y += 16
    caption(g, sl, tr(lg, "Schedule 2 - Dates", "Anlage 2 - Termine", "Annexe 2 - Calendrier"), 1)
    dates = [
        [
            tr(lg, "Rehearsals", "Proben", "Répétitions"),
            f"{short(show.opens - timedelta(days=28), lg)} - "
            f"{short(show.opens - timedelta(days=3), lg)}",
            h.town,
        ],
        [
            tr(lg, "Get-in / tech", "Aufbau / Technik", "Montage / technique"),
            f"{short(show.opens - timedelta(days=2), lg)}",
            th.name,
        ],
        [
            tr(lg, "Performances", "Vorstellungen", "Représentations"),
            f"{short(show.opens, lg)} - {short(show.closes, lg)}",
            th.name,
        ],
        [
            tr(lg, "Tour", "Tournee", "Tournée"),
            f"{short(show.closes + timedelta(days=3), lg)} - "
            f"{short(show.closes + timedelta(days=40), lg)}",
            tr(lg, "see tour schedule", "lt. Tourplan", "selon calendrier"),
        ],
    ]
    table(
        g,
        columns(sl.margin, wl - sl.margin, [(2, "left"), (3, "left"), (3, "left")]),
        ["", tr(lg, "Dates", "Zeitraum", "Dates"), tr(lg, "Place", "Ort", "Lieu")],
        dates,
        sl,
        rules=True,
    )
    pages = pages + g.pages
    e = sheets(s, h, f"{h.name} / {th.name}", top=False)
    e.y += 30
    write(
        e,
        s,
        tr(
            lg,
            "IN WITNESS whereof the parties have signed this Agreement on the dates below.",
            "Ort, Datum und Unterschriften der Vertragspartner:",
            "Fait en deux exemplaires originaux.",
        ),
    )
    e.y += 10
    sign_boxes(
        e,
        s,
        lg,
        [
            (
                tr(lg, "For the Company", "Für die Compagnie", "Pour la Compagnie"),
                h.name,
                staff(h, "producer"),
            ),
            (tr(lg, "For the Theatre", "Für das Theater", "Pour le Théâtre"), th.name, crew("ad")),
        ],
        {0, 1} if rng.random() < 0.7 else {0},
    )
    if rng.random() < 0.5:
        seal(e.page, w - m - 70, e.y + 40, 32, th.name[:28], th.town.split()[-1])
    pages = pages + e.pages
    close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "- {i} -"]))
    received(rng, pages[0], d, 0.25)
    remember(show, d, extra=h)
    return pages


def tpl_tech_rider(rng: random.Random, who: Issuer) -> list[Page]:
    """A touring company's technical rider for a production: a cover page, the stage, lighting,
    sound and wardrobe requirements, the crew call and get-in schedule, and a stage plan drawn
    on a landscape page; version and date in the running header."""
    extra = LAST["extra"] if after(("coproduction_agreement", "settlement")) else None
    h = extra if isinstance(extra, Head) else company_head(who)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    show = show_for(rng, ("coproduction_agreement", "settlement"))
    d = last_day(rng, ("coproduction_agreement", "settlement"), (5, 40))
    ver = f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}"
    f = sheets(
        s,
        h,
        (
            f"{show.title} - {tr(lg, 'Technical rider', 'Technischer Rider', 'Fiche technique')} "
            f"{ver} - {short(d, lg)}"
        ),
    )
    f.y += hh * 0.22
    pt = shrink(show.title.upper(), s.bold, 26, w - 2 * m)
    f.page.text(w / 2, f.y, show.title.upper(), s.bold, pt, "center")
    f.y += 30
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "TECHNICAL RIDER", "TECHNISCHER RIDER", "FICHE TECHNIQUE"),
        s.font,
        14,
        "center",
    )
    f.y += 22
    f.page.text(w / 2, f.y, f"{h.name} - {ver} - {day(h, d)}", s.font, 9, "center")
    f.y += 60
    for cap, name in [
        (
            tr(lg, "Technical stage manager", "Technische Leitung", "Régie générale"),
            staff(h, "tsm"),
        ),
        (
            tr(lg, "Company manager", "Produktionsleitung", "Administration de tournée"),
            staff(h, "cm"),
        ),
    ]:
        f.page.text(w / 2, f.y, f"{cap}: {name}", s.font, 9, "center")
        f.y += 14
    f.new_page()
    sections = [
        (
            tr(lg, "Stage", "Bühne", "Plateau"),
            [
                tr(
                    lg,
                    "Minimum playing area 8m wide x 7m deep, 5.5m clear height",
                    "Spielfläche mind. 8 m x 7 m, lichte Höhe 5,50 m",
                    "Ouverture 8 m, profondeur 7 m, hauteur sous perches 5,50 m",
                ),
                tr(
                    lg,
                    "Black masking: 3 pairs of legs, 2 borders, full black",
                    "Schwarzer Aushang: 3 Gassen, 2 Soffitten, Rückwand",
                    "Pendrillons noirs : 3 plans, 2 frises, fond noir",
                ),
                tr(
                    lg,
                    "Floor: black dance floor laid by the theatre",
                    "Tanzboden schwarz, vom Haus verlegt",
                    "Tapis de danse noir fourni par le lieu",
                ),
            ],
        ),
        (
            tr(lg, "Lighting", "Licht", "Lumière"),
            [
                tr(
                    lg,
                    "Rig as per plan, pre-rigged before get-in",
                    "Einrichtung nach Plan, vorgehängt",
                    "Implantation selon plan, pré-montée",
                ),
                "24 x PC 1kW, 12 x profile 25-50, 8 x Par 64 CP62",
                tr(
                    lg,
                    "Desk: company brings ETC Ion",
                    "Pult: Compagnie bringt ETC Ion mit",
                    "Console : apportée par la compagnie",
                ),
            ],
        ),
        (
            tr(lg, "Sound", "Ton", "Son"),
            [
                tr(
                    lg,
                    "FOH PA suitable for the auditorium, 2 foldback wedges",
                    "Beschallung Saal, 2 Monitore",
                    "Diffusion salle, 2 retours",
                ),
                tr(
                    lg,
                    "Playback from QLab (company laptop)",
                    "Zuspielung über QLab (Compagnie)",
                    "Lecture QLab (ordinateur compagnie)",
                ),
            ],
        ),
        (
            tr(lg, "Wardrobe", "Garderobe", "Habillage"),
            [
                tr(
                    lg,
                    "Washing machine and dryer, iron, steamer",
                    "Waschmaschine, Trockner, Bügeleisen",
                    "Lave-linge, sèche-linge, fer, défroisseur",
                ),
                tr(
                    lg,
                    "2 dressing rooms for 6 performers",
                    "2 Garderoben für 6 Darsteller/innen",
                    "2 loges pour 6 comédiens",
                ),
            ],
        ),
    ]
    for title, items in sections:
        caption(f, s, title, 1, rule=True)
        for t in items:
            f.para(m + 10, w - 2 * m - 10, f"- {t}", s.font, s.size)
        if rng.random() < 0.5:
            f.para(m + 10, w - 2 * m - 10, words(rng, lg, "stage"), s.font, s.size)
    caption(
        f,
        s,
        tr(lg, "Crew call and schedule", "Personal und Zeitplan", "Planning et personnel"),
        1,
        rule=True,
    )
    rows = [
        [
            tr(lg, "Day 1", "Tag 1", "J1"),
            "09:00-13:00",
            tr(lg, "Get-in, set build", "Anlieferung, Aufbau", "Déchargement, montage décor"),
            "4 stage, 2 LX",
        ],
        [
            tr(lg, "Day 1", "Tag 1", "J1"),
            "14:00-18:00",
            tr(lg, "Focus", "Einleuchten", "Réglages lumière"),
            "2 LX",
        ],
        [
            tr(lg, "Day 1", "Tag 1", "J1"),
            "19:00-22:00",
            tr(lg, "Plotting / sound check", "Einrichtung / Soundcheck", "Conduite / balances"),
            "1 LX, 1 SND",
        ],
        [
            tr(lg, "Day 2", "Tag 2", "J2"),
            "14:00-17:00",
            tr(lg, "Tech / dress", "Hauptprobe", "Générale"),
            "1 LX, 1 SND, 1 stage",
        ],
        [
            tr(lg, "Last day", "Letzter Tag", "Dernier jour"),
            tr(lg, "after show", "nach Vorstellung", "après la représentation"),
            tr(lg, "Get-out (approx. 2.5 h)", "Abbau (ca. 2,5 Std.)", "Démontage (env. 2 h 30)"),
            "4 stage, 2 LX",
        ],
    ]
    table(
        f,
        columns(m, w - m, [(0.9, "left"), (1.3, "left"), (2.6, "left"), (1.4, "left")]),
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Activity", "Ablauf", "Activité"),
            tr(lg, "Crew", "Personal", "Équipe"),
        ],
        rows,
        s,
        rules=True,
    )
    pages = f.pages
    # stage plan, landscape, a drawing with a title block
    p = Page(LAND)
    wl, hl = LAND
    p.rect(30, 30, wl - 60, hl - 60)
    sx, sy, sw, sd = 120.0, 80.0, wl - 300, hl - 210
    p.rect(sx, sy, sw, sd)
    p.line(sx - 40, sy + sd, sx + sw + 40, sy + sd)
    p.text(
        sx + sw / 2,
        sy + sd + 14,
        tr(lg, "SETTING LINE / FRONT OF STAGE", "BÜHNENKANTE", "NEZ DE SCÈNE"),
        "Helvetica",
        7,
        "center",
    )
    for k in range(1, rng.randint(6, 10)):
        y = sy + k * sd / 10
        p.line(sx - 20, y, sx + sw + 20, y)
        p.text(sx - 24, y + 2, f"{k}", "Helvetica", 6, "right")
    for _ in range(rng.randint(3, 6)):
        bw, bd = rng.uniform(40, 140), rng.uniform(20, 80)
        x, y = sx + rng.uniform(10, sw - bw - 10), sy + rng.uniform(10, sd - bd - 10)
        p.rect(x, y, bw, bd, fill=rng.choice([0.75, 0.85, 0.9]))
        p.text(
            x + bw / 2,
            y + bd / 2 + 3,
            rng.choice(["TABLE", "ROSTRUM 2x1", "DOOR FLAT", "BED", "TRUCK", "STAIRS", "PIANO"]),
            "Helvetica",
            6,
            "center",
        )
    for k in range(3):
        p.rect(sx - 16, sy + 30 + k * sd / 3.4, 10, 40, fill=0.3)
        p.rect(sx + sw + 6, sy + 30 + k * sd / 3.4, 10, 40, fill=0.3)
    tb_x, tb_y = wl - 250, hl - 110
    p.rect(tb_x, tb_y, 220, 80)
    for k, t in enumerate(
        [
            show.title,
            tr(lg, "Ground plan 1:50", "Grundriss 1:50", "Plan de feu / plan au sol 1:50"),
            f"{h.name}",
            f"{ver} - {short(d, lg)}",
        ]
    ):
        p.text(
            tb_x + 6,
            tb_y + 14 + k * 17,
            fit(t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, 208),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            8,
        )
        if k:
            p.line(tb_x, tb_y + 3 + k * 17, tb_x + 220, tb_y + 3 + k * 17)
    pages.append(p)
    close(pages, s, h, numbers=rng.choice(["{i}/{n}", "Page {i} of {n}", "2:Page {i}"]))
    remember(show, d, extra=h)
    return pages


def tpl_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's box office settlement with a visiting company for one week: the
    performances with capacity, tickets sold, comps and receipts, the deductions (VAT, ticketing
    fees, card charges, marketing contra), the split and the amounts due to each side, signed by
    the theatre's general manager and the company manager; landscape now and then."""
    th = theatre_head()
    lg = th.lang
    ch = company_head(who)
    show = show_for(rng, ("settlement", "coproduction_agreement"))
    wk = 1
    if after(("settlement",)) and isinstance(LAST["extra"], int):
        wk = int(LAST["extra"]) + 1
    start = show.opens + timedelta(days=7 * (wk - 1))
    land = keyed(who, "land").random() < 0.5
    s = style_of(th, LAND if land else A4, margin=40 if land else 0, pt=9 if land else 0)
    w = s.page_size[0]
    m = s.margin
    f = sheets(
        s, th, f"{th.name} - {tr(lg, 'Settlement', 'Abrechnung', 'Décompte')} - {show.title}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"BOX OFFICE SETTLEMENT - WEEK {wk}",
            f"KASSENABRECHNUNG GASTSPIEL - WOCHE {wk}",
            f"DÉCOMPTE DE RECETTES - SEMAINE {wk}",
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
                (tr(lg, "Company", "Compagnie", "Compagnie"), ch.name),
                (tr(lg, "Production", "Stück", "Spectacle"), show.title),
                (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(start, lg)),
                (
                    tr(lg, "Venue", "Spielstätte", "Salle"),
                    f"{space_name(show, lg)} ({seats(show)})",
                ),
            ],
            m + (w - 2 * m) * 0.6,
        )
        + 8
    )
    rows = []
    gross_t = 0.0
    for k in range(rng.randint(4, 7)):
        dd = start + timedelta(days=k)
        cap = seats(show)
        sold = rng.randint(int(cap * 0.35), cap - 4)
        comps = rng.randint(0, 12)
        gross = round(sold * rng.uniform(13.5, 21.0), 2)
        gross_t += gross
        rows.append(
            [
                short(dd, lg),
                "19:30" if k % 3 else rng.choice(["14:30", "19:30"]),
                str(cap),
                str(sold),
                str(comps),
                f"{(sold + comps) * 100 // cap}%",
                money(gross, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.7, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (0.7, "right"),
                (0.7, "right"),
                (1.4, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Cap.", "Plätze", "Jauge"),
            tr(lg, "Paid", "Verkauft", "Payants"),
            tr(lg, "Comps", "Frei", "Exo."),
            "%",
            tr(lg, "Gross", "Brutto", "Brut"),
        ],
        rows,
        s,
        rules=True,
    )
    rate = vat_rate(lg, reduced=True)
    net = round(gross_t / (1 + rate / 100), 2)
    fees = round(gross_t * rng.uniform(0.02, 0.045), 2)
    card = round(gross_t * 0.012, 2)
    contra = rng.choice([0.0, 250.0, 500.0])
    pot = round(net - fees - card - contra, 2)
    pct = rng.choice([65, 70, 75])
    guarantee = rng.choice([0.0, 2500.0, 4000.0])
    comp_share = round(max(pot * pct / 100, guarantee), 2)
    f.need(160)
    items = [
        (tr(lg, "Gross receipts", "Bruttoeinnahmen", "Recettes brutes TTC"), money(gross_t, lg)),
        (
            tr(lg, f"less VAT {rate:g}%", f"abzgl. USt. {rate:g} %", f"TVA {rate:g} %"),
            f"- {money(gross_t - net, lg)}",
        ),
        (
            tr(lg, "less ticketing fees", "abzgl. Vorverkaufsgebühren", "Frais de billetterie"),
            f"- {money(fees, lg)}",
        ),
        (
            tr(lg, "less card charges", "abzgl. Kartengebühren", "Commissions CB"),
            f"- {money(card, lg)}",
        ),
        (
            tr(lg, "less marketing contra", "abzgl. Werbekosten", "Participation communication"),
            f"- {money(contra, lg)}",
        ),
        (
            tr(lg, "Net box office receipts (NBOR)", "Nettoeinnahmen", "Recette nette"),
            money(pot, lg),
        ),
        (
            tr(
                lg,
                f"Company share {pct}% (guarantee {money(guarantee, lg)})",
                f"Anteil Compagnie {pct} % (Garantie {money(guarantee, lg)})",
                f"Part compagnie {pct} % (minimum {money(guarantee, lg)})",
            ),
            money(comp_share, lg),
        ),
        (
            tr(lg, "Theatre share", "Anteil Theater", "Part théâtre"),
            money(round(pot - comp_share, 2), lg),
        ),
    ]
    f.y = pairs(f.page, s, w * 0.42, f.y + 6, items, w - m, s.size - 0.5) + 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'DUE TO COMPANY', 'AN COMPAGNIE', 'DÛ À LA COMPAGNIE')}: {cash(comp_share, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 20
    sign_boxes(
        f,
        s,
        lg,
        [
            (tr(lg, "For the Theatre", "Für das Theater", "Pour le Théâtre"), th.name, crew("gm")),
            (
                tr(lg, "Company manager", "Für die Compagnie", "Pour la compagnie"),
                ch.name,
                staff(ch, "cm"),
            ),
        ],
        {0, 1} if rng.random() < 0.75 else {0},
    )
    pages = close(f.pages, s, th, numbers="none")
    remember(show, start + timedelta(days=7), extra=wk)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates IIIII: box office, schools, stage management and sponsors
# ---------------------------------------------------------------------------------------------

DENOMS = {
    "en": [50.0, 20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1],
    "de": [100.0, 50.0, 20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1],
    "fr": [100.0, 50.0, 20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1],
}


def z_report(rng: random.Random, lg: str, d: date, takings: dict[str, float]) -> Page:
    """The till's Z report on a narrow slip."""
    p = Page(SLIP)
    w, _ = SLIP
    y = 26.0
    th = theatre_head()
    for t in (th.name, th.street, th.town):
        p.text(
            w / 2,
            y,
            fit(t, "Courier-Bold" if t == th.name else "Courier", 7.5, w - 16),
            "Courier-Bold" if t == th.name else "Courier",
            7.5,
            "center",
        )
        y += 10
    y += 6
    p.text(
        w / 2, y, f"*** Z-{tr(lg, 'REPORT', 'BERICHT', 'RAPPORT')} ***", "Courier-Bold", 8, "center"
    )
    y += 14
    for a, b in [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ("Z-No.", str(rng.randint(1200, 3999))),
        (tr(lg, "Till", "Kasse", "Caisse"), f"BO{rng.randint(1, 3)}"),
        (tr(lg, "Operator", "Bediener", "Opérateur"), crew("box").split()[0]),
    ]:
        p.text(10, y, a, "Courier", 7.5)
        p.text(w - 10, y, b, "Courier", 7.5, "right")
        y += 10
    y += 4
    p.line(10, y, w - 10, y)
    y += 12
    for k, v in takings.items():
        p.text(10, y, fit(k.upper(), "Courier", 7.5, w - 80), "Courier", 7.5)
        p.text(w - 10, y, money(v, lg), "Courier", 7.5, "right")
        y += 10
    y += 2
    p.line(10, y, w - 10, y)
    y += 12
    p.text(10, y, "TOTAL", "Courier-Bold", 8.5)
    p.text(w - 10, y, money(sum(takings.values()), lg), "Courier-Bold", 8.5, "right")
    y += 16
    for t in (
        f"{tr(lg, 'Tickets', 'Karten', 'Billets')} {rng.randint(60, 420)}",
        f"{tr(lg, 'Refunds', 'Storno', 'Remb.')} {rng.randint(0, 3)}",
        f"{tr(lg, 'VAT', 'MwSt', 'TVA')} {money(sum(takings.values()) * 0.08, lg)}",
    ):
        p.text(10, y, t, "Courier", 7.5)
        y += 10
    if lg == "de":
        y += 6
        p.text(10, y, f"TSE-Signatur {serial(rng, 'AAAA9999AAAA')}", "Courier", 6.5)
        y += 9
        p.text(10, y, f"TSE-Seriennr. {serial(rng, '9999AA99')}", "Courier", 6.5)
    return p


def tpl_cashup(rng: random.Random, who: Issuer) -> list[Page]:
    """The box office's daily cash-up sheet, filled in by hand: the performances of the day,
    the till's totals by payment type, the cash counted by denomination, the float, the
    variance and the banking bag number, signed by the cashier and the box office supervisor;
    often the till's Z report slip stapled behind."""
    th = theatre_head()
    lg = th.lang
    s = style_of(th, A4 if rng.random() < 0.8 else A5, pt=9)
    w, hh = s.page_size
    m = min(s.margin, 44)
    d = last_day(rng, ("cashup",), (1, 1))
    f = plain(paper(s, s.page_size, margin=m))
    p = f.page
    y = m
    p.text(m, y, th.name, s.bold, 10)
    p.text(
        w - m,
        y,
        tr(lg, "BOX OFFICE CASH-UP", "KASSENABSCHLUSS", "ARRÊTÉ DE CAISSE"),
        s.bold,
        12,
        "right",
    )
    y += 16
    p.line(m, y, w - m, y)
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Day", "Tag", "Jour"),
                tr(
                    lg,
                    *[
                        ("Mon", "Mo", "lun."),
                        ("Tue", "Di", "mar."),
                        ("Wed", "Mi", "mer."),
                        ("Thu", "Do", "jeu."),
                        ("Fri", "Fr", "ven."),
                        ("Sat", "Sa", "sam."),
                        ("Sun", "So", "dim."),
                    ][d.weekday()],
                ),
            ),
            (tr(lg, "Cashier", "Kassierer/in", "Caissier(e)"), person(rng, lg).split()[0]),
            (tr(lg, "Till", "Kasse", "Caisse"), f"BO{rng.randint(1, 3)}"),
        ],
        per=4,
        tall=26,
    )
    shows = [x for x in SEASON if x.opens <= d <= x.closes] or SEASON[:1]
    perf_txt = ", ".join(f"{x.title} {('19:30')}" for x in shows[:2])
    p.text(m, y, tr(lg, "Performance(s):", "Vorstellung(en):", "Représentation(s) :"), s.font, 8)
    hand(p, m + 90, y, perf_txt, 9, w - 2 * m - 90)
    y += 20
    takings = {
        tr(lg, "Cash", "Bar", "Espèces"): round(rng.uniform(120, 900), 2),
        tr(lg, "Card", "EC/Kreditkarte", "CB"): round(rng.uniform(400, 3200), 2),
        tr(lg, "Gift vouchers", "Gutscheine", "Chèques cadeaux"): round(
            rng.choice([0.0, 20.0, 45.0, 90.0]), 2
        ),
        tr(lg, "Invoice (groups)", "Rechnung (Gruppen)", "Sur facture (groupes)"): round(
            rng.choice([0.0, 0.0, 240.0, 366.0]), 2
        ),
    }
    if lg == "fr":
        takings["Pass Culture"] = round(rng.choice([0.0, 24.0, 48.0, 72.0]), 2)
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "1. Till totals (Z report)",
                "1. Kassenbericht (Z-Bon)",
                "1. Totaux caisse (ticket Z)",
            ),
        )
        + 8
    )
    for k, v in takings.items():
        p.text(m + 6, y, k, s.font, 8.5)
        p.rect(w / 2, y - 10, 100, 14)
        hand(p, w / 2 + 6, y, money(v, lg), 9)
        y += 17
    y += 6
    y = band(p, s, y, tr(lg, "2. Cash count", "2. Bargeldzählung", "2. Comptage des espèces")) + 8
    slip = rng.choice([0.0] * 6 + [-5.0, -0.5, 1.0, 10.0, -20.0])
    left = round((takings[tr(lg, "Cash", "Bar", "Espèces")] + 150.0 + slip) * 100)
    col_w = (w - 2 * m) / 2
    denoms = DENOMS[lg]
    half = -(-len(denoms) // 2)
    counted = 0.0
    for k, dn in enumerate(denoms):
        cents = round(dn * 100)
        n = left // cents
        if k < len(denoms) - 1 and n > 0 and rng.random() < 0.4:
            n -= rng.randint(0, min(int(n), 3))  # some notes given as smaller ones
        left -= n * cents
        counted += n * dn
        x = m + (k // half) * col_w
        yy = y + (k % half) * 15
        label = f"{'£' if lg == 'en' else ''}{dn:g}{'' if lg == 'en' else ' €'}".replace(
            ".", "," if lg != "en" else "."
        )
        p.text(x + 6, yy, label, s.font, 8.5)
        p.text(x + 50, yy, "x", s.font, 8.5)
        hand(p, x + 62, yy, str(n), 9)
        p.text(x + 95, yy, "=", s.font, 8.5)
        hand(p, x + 108, yy, money(n * dn, lg), 9)
    y += half * 15 + 10
    float_ = 150.0
    expected = takings[tr(lg, "Cash", "Bar", "Espèces")]
    var = round(counted - float_ - expected, 2)
    y = pairs(
        p,
        s,
        m + 6,
        y,
        [
            (tr(lg, "Total counted", "Gezählt gesamt", "Total compté"), ""),
            (tr(lg, "less float", "abzgl. Wechselgeld", "Fond de caisse"), ""),
            (tr(lg, "Cash to bank", "Einzahlung Bank", "À déposer"), ""),
            (tr(lg, "Variance (over / short)", "Differenz", "Écart"), ""),
        ],
        w / 2 - 10,
        8.5,
    )
    yy = y - 4 * 8.5 * 1.45
    for v in (counted, float_, counted - float_, var):
        hand(p, w / 2 + 6, yy, money(v, lg), 9)
        yy += 8.5 * 1.45
    y += 8
    p.text(m, y, tr(lg, "Banking bag no.", "Safebag Nr.", "N° de sac de dépôt"), s.font, 8.5)
    hand(p, m + 100, y, serial(rng, "99999999"), 9)
    y += 18
    if abs(var) > 0.01 or rng.random() < 0.3:
        note_cap = tr(lg, "Notes:", "Bemerkungen:", "Observations :")
        p.text(m, y, note_cap, s.font, 8.5)
        hand(
            p,
            m + tw(note_cap, s.font, 8.5) + 8,
            y,
            rng.choice(
                [
                    tr(
                        lg,
                        "short - refund given in cash, see slip",
                        "Differenz: Storno bar ausgezahlt",
                        "écart : remboursement en espèces",
                    ),
                    tr(
                        lg,
                        "card terminal down 19:05-19:20",
                        "EC-Gerät 19:05-19:20 gestört",
                        "TPE en panne 19h05-19h20",
                    ),
                    "ok",
                ]
            ),
            9,
            w - 2 * m - 50,
        )
        y += 22
    y = min(y + 10, hh - m - 60)
    for k, cap in enumerate(
        [
            tr(lg, "Cashier", "Kassierer/in", "Caissier(e)"),
            tr(lg, "Checked (supervisor)", "Geprüft (Kassenleitung)", "Vérifié (responsable)"),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p.text(x, y, cap, s.font, 8)
        p.line(x, y + 24, x + (w - 2 * m) / 2 - 20, y + 24)
        if k == 0 or rng.random() < 0.75:
            scrawl(p, x + 4, y + 20, person(rng, lg) if k == 0 else crew("box"), 11)
    pages = [p]
    if rng.random() < 0.6:
        pages.append(z_report(rng, lg, d, takings))
    remember(None, d)
    return pages


def tpl_ticketing_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A ticketing platform's monthly settlement statement: the account summary (gross sales,
    refunds, booking fees, commission, card processing, net remittance and its date) on the
    first page, the per-event sales by performance on landscape pages behind; "Page i of n"."""
    h = head_of(who, "ticketing")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    th = theatre_head()
    per = month()
    d = per + timedelta(days=rng.randint(33, 40))
    acct = serial(keyed(who, "acct"), "ACC-999999")
    no = serial(rng, "ST-99999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        [th.name, tr(lg, "Finance", "Buchhaltung", "Comptabilité"), th.street, th.town],
        d,
        [
            (tr(lg, "Account", "Konto", "Compte"), acct),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Settlement statement - {MONTH_NAMES_EN[per.month - 1]} {per.year}",
            f"Abrechnung Ticketverkauf - {MONTH_DE[per.month - 1]} {per.year}",
            f"Relevé de reversement - {MONTH_FR[per.month - 1]} {per.year}",
        ),
        1,
    )
    perfs = []
    for x in SEASON:
        dd = max(x.opens, per)
        while dd <= x.closes and dd < per + timedelta(days=31):
            if dd.weekday() != 6:
                sold = rng.randint(20, 260 if x.space == "main" else 70)
                perfs.append((x, dd, sold, round(sold * rng.uniform(14, 22), 2)))
            dd += timedelta(days=1)
    if not perfs:
        x = SEASON[0]
        perfs = [(x, per + timedelta(days=k), 40, 720.0) for k in range(3)]
    gross = sum(p[3] for p in perfs)
    refunds = round(gross * rng.uniform(0.0, 0.02), 2)
    bfee = round(sum(p[2] for p in perfs) * rng.choice([1.0, 1.25, 1.5]), 2)
    comm = round(gross * rng.choice([0.025, 0.03, 0.04]), 2)
    cardp = round(gross * 0.014, 2)
    net = round(gross - refunds - comm - cardp, 2)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Gross ticket sales (face value)", "Kartenumsatz brutto", "Ventes brutes"),
                cash(gross, lg),
            ),
            (tr(lg, "Refunds", "Erstattungen", "Remboursements"), f"- {cash(refunds, lg)}"),
            (
                tr(
                    lg,
                    "Booking fees (retained by us)",
                    "Vorverkaufsgebühren (einbehalten)",
                    "Frais de location (conservés)",
                ),
                cash(bfee, lg),
            ),
            (tr(lg, "Commission", "Provision", "Commission"), f"- {cash(comm, lg)}"),
            (
                tr(lg, "Card processing", "Zahlungsgebühren", "Frais bancaires"),
                f"- {cash(cardp, lg)}",
            ),
            (tr(lg, "Net remittance", "Auszahlungsbetrag", "Montant reversé"), cash(net, lg)),
            (tr(lg, "Paid on", "Überwiesen am", "Viré le"), day(h, d + timedelta(days=2))),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            (
                f"VAT on commission and card processing is invoiced separately "
                f"(invoice {serial(rng, 'INV99999')})."
            ),
            (
                f"Die Umsatzsteuer auf Provision wird gesondert berechnet "
                f"(Rechnung {serial(rng, 'R99999')})."
            ),
            f"La TVA sur commissions fait l'objet d'une facture séparée ({serial(rng, 'F99999')}).",
        ),
        s.size - 1,
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    sl = style_of(h, LAND, margin=36, pt=8)
    wl = LAND[0]
    g = sheets(sl, h, f"{h.name} - {no} - {acct}", top=False)
    caption(
        g,
        sl,
        tr(
            lg,
            "Sales by event and performance",
            "Umsatz nach Veranstaltung",
            "Ventes par événement",
        ),
        1,
    )
    rows = [
        [
            x.title,
            short(dd, lg),
            "19:30",
            space_name(x, lg),
            str(sold),
            money(v, lg),
            money(round(v * 0.03, 2), lg),
            money(round(v * 0.97, 2), lg),
        ]
        for x, dd, sold, v in perfs
    ]
    table(
        g,
        columns(
            sl.margin,
            wl - sl.margin,
            [
                (3, "left"),
                (1, "left"),
                (0.6, "left"),
                (1.3, "left"),
                (0.7, "right"),
                (1.1, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Event", "Veranstaltung", "Événement"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Venue", "Saal", "Salle"),
            tr(lg, "Tickets", "Karten", "Billets"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Comm.", "Prov.", "Comm."),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        sl,
        size=7.5,
        step=1.5,
        shade=0.9,
    )
    pages = f.pages + g.pages
    close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


MONTH_NAMES_EN = MONTH_NAMES["en"]
MONTH_DE = MONTH_NAMES["de"]
MONTH_FR = MONTH_NAMES["fr"]
YEARS = {
    "en": ["Year 4", "Year 6", "Year 9", "Year 10", "Year 12/13", "KS3 Drama"],
    "de": ["Klasse 4", "Klasse 7b", "Klasse 9", "Q1 DS-Kurs", "Jahrgang 10"],
    "fr": ["CM2", "5e B", "3e", "2nde option théâtre", "Terminale"],
}


def school_mail(teacher: str, school: str, lg: str) -> str:
    slug = "".join(c for c in school.lower().split()[-1] if c.isascii() and c.isalpha())[:10]
    dom = {"en": f"{slug}.sch.uk", "de": f"{slug}-schule.de", "fr": "ac-academie.fr"}[lg]
    first, last = (x.lower() for x in (teacher.split()[0], teacher.split()[-1]))
    return f"{first[0]}.{last}@{dom}"


def tpl_group_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's group booking form, the theatre's printed form filled in by hand by the
    teacher: school, contact, performance, numbers of pupils and staff, access needs, tick
    boxes for a workshop and the resource pack, how they will pay, signature; A4 or A5."""
    th = theatre_head()
    lg = th.lang
    s = style_of(th, A5 if rng.random() < 0.4 else A4, pt=9)
    w, hh = s.page_size
    m = min(s.margin, 40)
    s = paper(s, s.page_size, margin=m)
    show = show_for(rng, ("group_booking",))
    d = last_day(rng, ("group_booking",), (0, 3))
    school = rng.choice(SCHOOLS[lg])
    teacher = person(rng, lg)
    p = Page(s.page_size)
    y = heading(p, s, th)
    title = tr(
        lg,
        "SCHOOLS & GROUPS BOOKING FORM",
        "ANMELDUNG SCHULVORSTELLUNG / GRUPPEN",
        "FORMULAIRE DE RÉSERVATION SCOLAIRE",
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m), "center")
    y += 18
    tall = 22 if w < 450 else 25
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "School / group", "Schule / Gruppe", "Établissement"), school),
            (tr(lg, "Contact teacher", "Lehrkraft", "Enseignant(e) référent(e)"), teacher),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "01999 999999"
                    if lg == "en"
                    else "0999 999999"
                    if lg == "de"
                    else "02 99 99 99 99",
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                school_mail(teacher, school, lg),
            ),
            (tr(lg, "Production", "Stück", "Spectacle"), show.title),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                (
                    f"{short(show.opens + timedelta(days=rng.randint(1, 9)), lg)} "
                    f"{rng.choice(['10:30', '13:30', '19:30'])}"
                ),
            ),
        ],
        per=2,
        tall=tall,
    )
    pupils = rng.choice([24, 28, 30, 56, 60, 85, 112])
    staffn = -(-pupils // 10)
    y = fields(
        p,
        s,
        m,
        y - 4,
        w - 2 * m,
        [
            (tr(lg, "Pupils", "Schüler/innen", "Élèves"), str(pupils)),
            (tr(lg, "Staff (1 free per 10)", "Begleitpersonen", "Accompagnateurs"), str(staffn)),
            (tr(lg, "Age / year group", "Klassenstufe", "Niveau"), rng.choice(YEARS[lg])),
            (
                tr(lg, "Wheelchair users", "Rollstuhlplätze", "Fauteuils"),
                str(rng.choice([0, 0, 0, 1, 2])),
            ),
        ],
        per=4,
        tall=tall,
    )
    p.text(m, y + 2, tr(lg, "Please also book:", "Zusätzlich:", "Options :"), s.bold, 8)
    y = (
        ticks(
            p,
            s,
            m + 80,
            y + 2,
            w - 2 * m - 80,
            [
                tr(lg, "Pre-show workshop", "Vorbereitungsworkshop", "Atelier en amont"),
                tr(lg, "Resource pack", "Begleitmaterial", "Dossier pédagogique"),
                tr(lg, "Post-show Q&A", "Nachgespräch", "Bord de scène"),
            ],
            {k for k in range(3) if rng.random() < 0.5},
        )
        + 4
    )
    p.text(m, y + 2, tr(lg, "Payment:", "Zahlung:", "Règlement :"), s.bold, 8)
    y = (
        ticks(
            p,
            s,
            m + 80,
            y + 2,
            w - 2 * m - 80,
            [
                tr(lg, "Invoice to school", "Rechnung an Schule", "Facture à l'établissement"),
                tr(lg, "Card by phone", "Karte telefonisch", "CB par téléphone"),
                tr(lg, "Cheque", "Bar an der Kasse", "Chèque"),
                *(["Pass Culture (part collective)"] if lg == "fr" else []),
            ],
            {rng.randrange(3)},
        )
        + 8
    )
    p.text(
        m,
        y,
        tr(lg, "Access or other requirements:", "Besondere Bedürfnisse:", "Besoins particuliers :"),
        s.font,
        8,
    )
    y += 14
    if rng.random() < 0.6:
        hand(
            p,
            m + 6,
            y,
            rng.choice(
                [
                    tr(
                        lg,
                        "2 pupils with ear defenders, aisle seats please",
                        "2 Kinder mit Hörschutz, Randplätze",
                        "2 élèves avec casque antibruit, places en bord",
                    ),
                    tr(lg, "coach drop-off at 10:00", "Bus kommt 10:00", "car à 10h"),
                    tr(
                        lg,
                        "one pupil epileptic - strobe warning?",
                        "Stroboskop? Epilepsie-Fall",
                        "stroboscope ? élève épileptique",
                    ),
                ]
            ),
            9,
            w - 2 * m - 10,
        )
    for k in range(2):
        p.line(m, y + 4 + 16 * k, w - m, y + 4 + 16 * k)
    y += 42
    p.text(
        m,
        y,
        tr(
            lg,
            "Signed (Head / Trip leader):",
            "Unterschrift Schulleitung / Lehrkraft:",
            "Signature (chef d'établissement) :",
        ),
        s.font,
        8,
    )
    scrawl(p, m + 160, y + 2, teacher, 11)
    hand(p, w - m - 70, y, short(d, lg), 9)
    if y < hh - 80 and rng.random() < 0.5:
        p.text(
            m,
            hh - m - 10,
            fit(
                tr(
                    lg,
                    f"Return to: Box Office, {th.name}, {th.street}, {th.town}",
                    f"Zurück an: Theaterkasse {th.name}, {th.street}, {th.town}",
                    f"À retourner à : Billetterie, {th.name}, {th.street}, {th.town}",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    remember(show, d, extra=(school, teacher, pupils, staffn))
    return [p]


def total_label(lg: str) -> str:
    return tr(
        lg,
        "Total (VAT exempt - cultural exemption)",
        "Gesamt (umsatzsteuerfrei, § 4 Nr. 20 UStG)",
        "Total TTC (TVA 5,5 % incluse)",
    )


def tpl_group_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The box office's booking confirmation and invoice to a school: booking reference,
    performance, seats, pupils at the group rate and free staff places, total and the date to
    pay by, the arrival notes, a remittance slip to tear off."""
    th = theatre_head()
    lg = th.lang
    s = style_of(th, A4)
    w = s.page_size[0]
    m = s.margin
    extra = LAST["extra"] if after(("group_booking",)) else None
    show = show_for(rng, ("group_booking",))
    if isinstance(extra, tuple):
        school, teacher, pupils, staffn = extra
    else:
        school, teacher = rng.choice(SCHOOLS[lg]), person(rng, lg)
        pupils = rng.choice([28, 30, 60])
        staffn = -(-pupils // 10)
    d = last_day(rng, ("group_booking",), (1, 6))
    ref = serial(rng, "GB99999")
    f = sheets(s, th, f"{th.name} - {ref}")
    recipient(
        f,
        s,
        th,
        [str(teacher), str(school), f"{rng.randint(1, 80)} {rng.choice(ROADS[lg])}", th.town],
        d,
        [
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Réservation n°"), ref),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "BO-99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Booking confirmation and invoice",
            "Buchungsbestätigung und Rechnung",
            "Confirmation de réservation et facture",
        ),
        1,
    )
    f.page.text(m, f.y, greet(lg, mx(str(teacher), lg)), s.font, s.size)
    f.y += s.size * 2
    pdate = show.opens + timedelta(days=rng.randint(1, 9))
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Thank you for your booking for {show.title} on {day(th, pdate)}. "
                f"Your seats are in the "
                f"{rng.choice(['stalls, rows F-K', 'circle', 'stalls, rows M-R'])}."
            ),
            (
                f'vielen Dank für Ihre Anmeldung zu "{show.title}" am {day(th, pdate)}. '
                f"Ihre Plätze: {rng.choice(['Parkett Reihe 6-10', 'Rang', 'Parkett Reihe 12-16'])}."
            ),
            (
                f'Nous vous remercions de votre réservation pour "{show.title}" '
                f"le {day(th, pdate)}. Placement : "
                f"{rng.choice(['parterre rangs F à K', 'balcon', 'parterre rangs M à R'])}."
            ),
        ),
    )
    rate = {"en": 9.0, "de": 7.0, "fr": 8.0}[lg]
    rows = [
        [
            tr(
                lg, "Pupils (schools rate)", "Schüler/innen (Schultarif)", "Élèves (tarif scolaire)"
            ),
            str(pupils),
            money(rate, lg),
            money(pupils * rate, lg),
        ],
        [
            tr(lg, "Staff (free)", "Begleitpersonen (frei)", "Accompagnateurs (gratuit)"),
            str(staffn),
            money(0, lg),
            money(0, lg),
        ],
    ]
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Pre-show workshop", "Workshop", "Atelier"),
                "1",
                money(120.0, lg),
                money(120.0, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (0.8, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anzahl", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    total = pupils * rate + (120.0 if len(rows) > 2 else 0.0)
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        (f"{total_label(lg)}: {cash(total, lg)}"),
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
            (
                f"Please pay by {day(th, pdate - timedelta(days=14))}. Please "
                f"arrive 20 minutes before the performance and collect your "
                f"tickets from the Box Office."
            ),
            (
                f"Bitte überweisen Sie den Betrag bis {day(th, pdate - timedelta(days=14))}. "
                f"Bitte seien Sie 20 Minuten vor Beginn an der Kasse."
            ),
            (
                f"Merci de régler avant le {day(th, pdate - timedelta(days=14))}. "
                f"Accueil des groupes 20 minutes avant le début."
            ),
        ),
        s.size - 0.5,
    )
    regards(f, s, lg, crew("box"), role("box", lg))
    f.need(120)
    f.y += 6
    slip_rule(
        f.page,
        m,
        w - m,
        f.y,
        tr(
            lg,
            "Remittance slip - please return with payment",
            "Zahlungsabschnitt",
            "Coupon à joindre au règlement",
        ),
    )
    f.y += 20
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Réservation"), ref),
            (tr(lg, "School", "Schule", "Établissement"), str(school)),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(total, lg)),
            (tr(lg, "Paid by", "Zahlweise", "Mode de règlement"), ""),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    remember(show, d)
    return close(f.pages, s, th, numbers="none")


def tpl_show_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A stage manager's show report for one performance: the running times (up, down,
    interval), the house count, notes by department (stage, lighting, sound, wardrobe, props,
    front of house, cast) and the distribution list; typed from a template, signed."""
    th = theatre_head()
    lg = th.lang
    s = style_of(th, A4, pt=9)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng, ("show_report",))
    no = 1
    if after(("show_report",)) and isinstance(LAST["extra"], int):
        no = int(LAST["extra"]) + 1
        d = last_day(rng, ("show_report",), (1, 1))
    else:
        no = rng.randint(1, 14)
        d = show.opens + timedelta(days=no - 1)
    f = plain(
        s,
        f"{show.title} - {tr(lg, 'Show report', 'Abendbericht', 'Rapport de représentation')} {no}",
    )
    y = f.y
    mask(f.page, m, y - 6)
    f.page.text(m + 40, y + 4, th.name, s.bold, 11)
    f.page.text(
        w - m,
        y + 4,
        tr(lg, "SHOW REPORT", "ABENDBERICHT / VORSTELLUNGSBERICHT", "RAPPORT DE REPRÉSENTATION"),
        s.bold,
        11,
        "right",
    )
    f.y += 30
    up = 19 * 60 + 30 + rng.randint(0, 6)
    a1 = rng.randint(52, 68)
    iv = rng.randint(18, 23)
    a2 = rng.randint(38, 55)

    def hm(t: int) -> str:
        return f"{t // 60:02d}:{t % 60:02d}"

    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Production", "Stück", "Spectacle"), show.title),
            (tr(lg, "Performance no.", "Vorstellung Nr.", "Représentation n°"), str(no)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "House", "Besucher", "Public"),
                f"{rng.randint(int(seats(show) * 0.4), seats(show))} / {seats(show)}",
            ),
            (
                tr(lg, "Act 1 up / down", "1. Teil Beginn / Ende", "1re partie"),
                f"{hm(up)} / {hm(up + a1)}",
            ),
            (tr(lg, "Interval", "Pause", "Entracte"), f"{iv} min"),
            (
                tr(lg, "Act 2 up / down", "2. Teil Beginn / Ende", "2e partie"),
                f"{hm(up + a1 + iv)} / {hm(up + a1 + iv + a2)}",
            ),
            (tr(lg, "Running time", "Spieldauer", "Durée"), f"{a1 + iv + a2} min"),
        ],
        per=4,
        tall=26,
        hand=False,
    )
    depts = [
        tr(lg, "General", "Allgemein", "Général"),
        tr(lg, "Stage", "Bühne", "Plateau"),
        tr(lg, "Lighting", "Beleuchtung", "Lumière"),
        tr(lg, "Sound", "Ton", "Son"),
        tr(lg, "Wardrobe", "Kostüm", "Costumes"),
        tr(lg, "Props", "Requisite", "Accessoires"),
        tr(lg, "Front of house", "Einlass / Vorderhaus", "Accueil"),
        tr(lg, "Cast", "Ensemble", "Distribution"),
    ]
    notes = {
        "en": [
            "Good show, responsive house.",
            "LX cue 47 went early; operator aware.",
            "Radio mic 4 crackled in Act 2 scene 3; battery changed at interval.",
            "Button missing from Nora's coat - please repair.",
            "Teacup broken in Act 1, replaced from stock.",
            "Late-comers held until scene 2.",
            "Lighting bar 6 flown out late; no safety issue.",
            "No notes.",
        ],
        "de": [
            "Gute Vorstellung, aufmerksames Publikum.",
            "Lichtstimmung 47 zu früh; Stellwerk informiert.",
            "Mikroport 4 knackt im 2. Teil, Batterie in der Pause getauscht.",
            "Knopf am Mantel fehlt - bitte reparieren.",
            "Tasse im 1. Teil zerbrochen, ersetzt.",
            "Zuspätkommende bis Szene 2 im Foyer gehalten.",
            "Zug 6 verspätet gefahren; keine Gefährdung.",
            "Keine Vorkommnisse.",
        ],
        "fr": [
            "Bonne représentation, public attentif.",
            "Effet lumière 47 parti trop tôt ; pupitreur prévenu.",
            "HF 4 grésille en 2e partie, pile changée à l'entracte.",
            "Bouton manquant sur le manteau - à recoudre.",
            "Tasse cassée au 1er acte, remplacée.",
            "Retardataires placés à la scène 2.",
            "Porteuse 6 appuyée en retard ; sans danger.",
            "RAS.",
        ],
    }[lg]
    for dept in depts:
        f.need(40)
        f.page.text(m, f.y, dept, s.bold, s.size)
        f.para(
            m + 110,
            w - 2 * m - 110,
            rng.choice(notes)
            if rng.random() < 0.7
            else tr(lg, "No notes.", "Keine Vorkommnisse.", "RAS."),
            s.font,
            s.size,
            gap=0.9,
        )
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Stage Manager:", "Inspizienz:", "Régie :"), s.font, 8.5)
    sm = crew("sm")
    f.page.text(m + 80, f.y, sm, s.font, 8.5)
    if rng.random() < 0.5:
        scrawl(f.page, m + 200, f.y + 2, sm, 11)
    f.y += 18
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Distribution: ", "Verteiler: ", "Diffusion : ")
            + ", ".join(
                [
                    role("ad", lg),
                    role("gm", lg),
                    role("pm", lg),
                    tr(lg, "Director", "Regie", "Mise en scène"),
                    tr(lg, "Heads of department", "Abteilungsleitungen", "Chefs de service"),
                ]
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    remember(show, d, extra=no)
    return close(f.pages, s, th, numbers="none")


def tpl_sponsorship_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's sponsorship agreement with a local business, as the sponsor returns it
    countersigned: the parties, the sponsorship fee and its instalments, the benefits schedule
    (logo on print, programme advertisement, tickets, reception), the term and the signatures;
    now and then the sponsor's covering letter in front."""
    th = theatre_head()
    lg = th.lang
    sp = head_of(who, "sponsor")
    s = style_of(th, A4)
    w = s.page_size[0]
    m = s.margin
    show = show_for(rng)
    d = some_day(rng)
    fee = rng.choice([1500.0, 2500.0, 4000.0, 6000.0, 10000.0])
    pages: list[Page] = []
    if rng.random() < 0.4:
        ss = style_of(sp, A4)
        c = sheets(ss, sp)
        recipient(c, ss, sp, [mx(crew("gm"), lg), th.name, th.street, th.town], d, [])
        caption(
            c,
            ss,
            tr(
                lg,
                f'Sponsorship of "{show.title}"',
                f'Sponsoring "{show.title}"',
                f'Mécénat - "{show.title}"',
            ),
            0.5,
        )
        c.page.text(ss.margin, c.y, greet(lg, mx(crew("gm"), lg)), ss.font, ss.size)
        c.y += ss.size * 2
        write(
            c,
            ss,
            tr(
                lg,
                (
                    "Please find enclosed the signed agreement. We look forward "
                    "to the opening night and to welcoming our clients at the "
                    "reception."
                ),
                (
                    "anbei erhalten Sie den unterschriebenen Vertrag zurück. "
                    "Wir freuen uns auf die Premiere."
                ),
                (
                    "Vous trouverez ci-joint la convention signée. Nous nous "
                    "réjouissons de cette collaboration."
                ),
            ),
        )
        regards(
            c, ss, lg, staff(sp, "md"), tr(lg, "Managing Director", "Geschäftsführung", "Gérant")
        )
        pages += close(c.pages, ss, sp, numbers="none")
    f = sheets(
        s,
        th,
        f"{th.name} / {sp.name} - "
        f"{tr(lg, 'Sponsorship agreement', 'Sponsoringvertrag', 'Convention de mécénat')}",
    )
    caption(
        f,
        s,
        tr(lg, "SPONSORSHIP AGREEMENT", "SPONSORINGVERTRAG", "CONVENTION DE PARRAINAGE / MÉCÉNAT"),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                f'between {th.name} ("the Theatre") and {sp.name}, {sp.street}, '
                f'{sp.town} ("the Sponsor")'
            ),
            f"zwischen {th.name} (Theater) und {sp.name}, {sp.street}, {sp.town} (Sponsor)",
            f"entre {th.name} (le Théâtre) et {sp.name}, {sp.street}, {sp.town} (le Partenaire)",
        ),
    )
    clauses(
        f,
        s,
        rng,
        lg,
        [
            tr(lg, "Sponsorship", "Gegenstand", "Objet"),
            tr(lg, "Fee and payment", "Vergütung", "Montant et versement"),
            tr(lg, "Benefits", "Gegenleistungen", "Contreparties"),
            tr(lg, "Term", "Laufzeit", "Durée"),
            tr(lg, "Use of logos", "Nutzung der Logos", "Utilisation des logos"),
        ][: rng.randint(3, 5)],
        "legal",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Sponsorship fee: {cash(fee, lg)} plus VAT, payable in two instalments.",
            f"Sponsoringbetrag: {cash(fee, lg)} zzgl. USt., zahlbar in zwei Raten.",
            (
                f"Montant du don : {cash(fee, lg)}, ouvrant droit à la réduction "
                f"d'impôt (art. 238 bis CGI)."
            ),
        ),
    )
    caption(f, s, tr(lg, "Schedule of benefits", "Leistungen des Theaters", "Contreparties"), 1)
    ben = {
        "en": [
            ("Logo on season brochure and posters", "yes"),
            ("Programme advertisement", "half page"),
            ("Complimentary tickets", str(rng.choice([10, 20, 30]))),
            ("Opening night reception for guests", str(rng.choice([20, 30, 40]))),
            ("Website and social media credit", "yes"),
        ],
        "de": [
            ("Logo auf Spielzeitheft und Plakaten", "ja"),
            ("Anzeige im Programmheft", "1/2 Seite"),
            ("Freikarten", str(rng.choice([10, 20, 30]))),
            ("Premierenempfang für Gäste", str(rng.choice([20, 30, 40]))),
            ("Nennung auf der Website", "ja"),
        ],
        "fr": [
            ("Logo sur la plaquette de saison", "oui"),
            ("Page de publicité dans le programme", "1/2 page"),
            ("Invitations", str(rng.choice([10, 20, 30]))),
            ("Soirée de première pour les invités", str(rng.choice([20, 30, 40]))),
            ("Mention sur le site internet", "oui"),
        ],
    }[lg]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "left")]),
        [tr(lg, "Benefit", "Leistung", "Contrepartie"), tr(lg, "Detail", "Umfang", "Détail")],
        [[a, b] for a, b in ben],
        s,
        rules=True,
    )
    sign_boxes(
        f,
        s,
        lg,
        [
            (tr(lg, "For the Theatre", "Für das Theater", "Pour le Théâtre"), th.name, crew("ad")),
            (
                tr(lg, "For the Sponsor", "Für den Sponsor", "Pour le Partenaire"),
                sp.name,
                staff(sp, "md"),
            ),
        ],
        {0, 1},
    )
    pages += close(f.pages, s, th, numbers=rng.choice(["none", "Page {i} of {n}", "{i}/{n}"]))
    received(rng, pages[0], d, 0.3)
    remember(show, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or the next of a run can take it up."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "engagement_contract": tpl_engagement_contract,
    "script_licence": tpl_script_licence,
    "royalty_statement": tpl_royalty_statement,
    "set_build_invoice": tpl_set_build_invoice,
    "costume_hire": tpl_costume_hire,
    "lighting_hire": tpl_lighting_hire,
    "rigging_inspection": tpl_rigging_inspection,
    "fire_safety_letter": tpl_fire_safety_letter,
    "child_licence": tpl_child_licence,
    "grant_offer": tpl_grant_offer,
    "monitoring_return": tpl_monitoring_return,
    "coproduction_agreement": tpl_coproduction_agreement,
    "tech_rider": tpl_tech_rider,
    "settlement": tpl_settlement,
    "cashup": tpl_cashup,
    "ticketing_statement": tpl_ticketing_statement,
    "group_booking": tpl_group_booking,
    "group_confirmation": tpl_group_confirmation,
    "show_report": tpl_show_report,
    "sponsorship_agreement": tpl_sponsorship_agreement,
}
TEMPLATES_IIIII: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row.
RUN_KINDS = (
    "engagement_contract",
    "cashup",
    "show_report",
    "child_licence",
    "settlement",
    "set_build_invoice",
    "group_booking",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "script_licence": "royalty_statement",
    "grant_offer": "monitoring_return",
    "coproduction_agreement": "tech_rider",
    "group_booking": "group_confirmation",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_baster_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One theatre's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The theatre
    (country, name, month, staff, season) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    THEATRE["lang"] = lang
    THEATRE["row"] = r.randrange(len(THEATRES[lang]))
    THEATRE["seed"] = r.getrandbits(24)
    THEATRE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    SEASON[:] = a_season(r, lang)
    LAST.update(kind="", show=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_IIIII, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_baster_stream, "templates IIIII")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Steamer part of the generated corpus: templates PPPPP, written blind for the next measurement.

A part of its own, ``steamer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a public
observatory and planetarium (run by an astronomical society together with a small charitable
company: a director, an education officer, a technician, volunteer coordinators and a part-time
bookkeeper; in England, Germany or France) feeds through its scanner in a month. The papers:
schools' group visit booking forms filled in by hand (key stage or Klassenstufe, show, numbers,
pupils with special needs, lunch room) and the observatory's visit risk assessment for the
group, a hazard table on landscape pages with the sign-off; ticketing platforms' settlement
statements for the public shows (one line per performance, booking fees, commission, the
payout; a remittance page); the box office's cash-up sheets of a show night with the card
terminal's end-of-day slip stapled behind; telescope and dome maintenance contracts with the
equipment schedule on a landscape annex and a signature page; the engineer's field service
reports (checks with tick boxes, readings, hand notes, the duty officer's signature) and the
firm's repair quotation that follows one; planetarium software licence invoices with the
licence certificate page; grant award letters from councils and science foundations with the
conditions of grant and the acceptance form, and the observatory's grant payment claim with the
expenditure table; volunteer agreements and the records of volunteers' criminal record checks
(DBS identity verification, Einsichtnahme in das erweiterte Führungszeugnis, attestation
d'honorabilité); members' society renewal forms filled in by hand and the treasurer's
subscription receipt slips; lecture speaker agreements and speakers' expense claims with the
train tickets and hotel bill behind; electricity invoices (summary, charges, meter readings and
a consumption chart); heating oil delivery tickets; the council's planning notices and the
society's light pollution objection letters with the sky brightness readings enclosed; and the
broker's equipment insurance schedule with its list of specified items. Each stream is one
observatory's pile: the observatory (country, name, month, staff, society) is drawn once per
stream; its senders are of the observatory's country and write in its language, except that
software vendors, ticketing platforms, maintenance firms and speakers are now and then from
abroad and write in their own. Page sizes range from narrow till and delivery slips and A5
receipts to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering note and needs page of a booking form; the risk assessment's hazard pages, sign-off and
information page; every sheet of a settlement statement with its remittance page; the card
terminal slip stapled to a cash-up sheet; the covering letter, clauses, equipment annex and
signature page of a maintenance contract; the acceptance slip of a repair quotation; the licence
certificate of a software invoice; the conditions and acceptance form of a grant letter; the
expenditure pages of a grant claim; the role description of a volunteer agreement; the speaker
details form of a speaker agreement; the tickets and hotel bill behind an expense claim; the
charges, meter and chart pages of an electricity invoice; the readings enclosure of an objection
letter; the covering letter and items list of an insurance schedule. Related papers are
documents of their own: the risk assessment after the school's booking form, the repair
quotation after a service report, the grant claim after the grant letter, the criminal record
check after the volunteer agreement, the expense claim after the speaker agreement, the
subscription receipt after a renewal form and the objection after the planning notice; and so is
each form, slip, receipt, statement or ticket of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking forms, cash-up sheets,
settlement statements, service reports, check records, renewal forms, receipts, expense claims,
electricity invoices and oil delivery tickets often come 2-4 in a row from one sender with
other names, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan``
and labelled exactly like ``corpus.generate`` with ``"split": "steamer"`` and seeds offset by
11_900_000.

Usage: ``python benchmarks/corpus_steamer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/steamer/steamer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "steamer"
SEED_OFFSET = 11_900_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
TILL = (72 * MM, 200 * MM)
A6 = (105 * MM, 148 * MM)
A6L = (148 * MM, 105 * MM)
TICKET = (85 * MM, 55 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the observatory and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[tuple[Row, str]]] = {
    "en": [
        (
            (
                "Hallam Moor Observatory & Planetarium",
                "Ringinglow Road",
                "Sheffield S11 7TS",
                "0114 230 8841",
            ),
            "Hallam Astronomical Society",
        ),
        (
            (
                "Wyre Forest Observatory Trust",
                "Bewdley Road",
                "Kidderminster DY11 6RL",
                "01562 745 310",
            ),
            "Wyre Forest Astronomical Society",
        ),
        (
            (
                "Exmoor Skies Observatory CIO",
                "Dunkery Lane, Wheddon Cross",
                "Minehead TA24 7EX",
                "01643 841 227",
            ),
            "West Somerset Astronomy Society",
        ),
    ],
    "de": [
        (
            (
                "Volkssternwarte und Planetarium Hohenstein gGmbH",
                "Sternwartenweg 4",
                "72531 Hohenstein",
                "07387 98 12 40",
            ),
            "Astronomische Vereinigung Hohenstein e.V.",
        ),
        (
            ("Sternwarte Ebersberg gGmbH", "Am Bergfeld 12", "85560 Ebersberg", "08092 33 61 0"),
            "Volkssternwarte Ebersberg e.V.",
        ),
        (
            (
                "Planetarium und Sternwarte Heide gGmbH",
                "Heideweg 30",
                "29640 Schneverdingen",
                "05193 52 77 9",
            ),
            "Astronomischer Arbeitskreis Lüneburger Heide e.V.",
        ),
    ],
    "fr": [
        (
            (
                "Observatoire populaire du Pic Vert",
                "Route du Col d'Izoard",
                "05100 Briançon",
                "04 92 21 08 63",
            ),
            "Société astronomique du Briançonnais",
        ),
        (
            (
                "Planétarium et observatoire de la Brenne",
                "Lieu-dit La Gâtine",
                "36300 Le Blanc",
                "02 54 37 19 40",
            ),
            "Club d'astronomie de la Brenne",
        ),
        (
            (
                "Observatoire astronomique des Vosges",
                "14 chemin des Étoiles",
                "88400 Gérardmer",
                "03 29 63 45 12",
            ),
            "Association Vosges Ciel et Espace",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "school": {
        "en": [
            ("Totley Primary School", "Sunnyvale Road", "Sheffield S17 4FB", "0114 236 2301"),
            ("St Wystan's CE Primary School", "Church Lane", "Repton DE65 6FH", "01283 703 252"),
            ("Kingsmead Academy", "Bridge Street", "Kidderminster DY10 1BB", "01562 822 461"),
            ("Oakbank Community School", "Hill Rise", "Taunton TA1 3PF", "01823 334 900"),
            ("The Dukeries Secondary School", "Walesby Lane", "Newark NG22 9NU", ""),
        ],
        "de": [
            ("Grundschule am Lindenhof", "Lindenstraße 22", "72764 Reutlingen", "07121 30 44 0"),
            ("Gymnasium Leonhardsberg", "Schulstraße 5", "72488 Sigmaringen", "07571 10 62 0"),
            ("Realschule Ebersberg", "Dr.-Wintrich-Str. 3", "85560 Ebersberg", "08092 85 47 0"),
            ("Oberschule Schneverdingen", "Am Timmerahde 4", "29640 Schneverdingen", ""),
            ("Kepler-Gemeinschaftsschule", "Keplerstraße 14", "72072 Tübingen", ""),
        ],
        "fr": [
            ("École élémentaire Jules Ferry", "2 rue de l'École", "05100 Briançon", ""),
            ("Collège Les Garcins", "Avenue du Dauphiné", "05100 Briançon", "04 92 21 12 55"),
            ("Collège Jean Moulin", "Rue des Tilleuls", "36300 Le Blanc", "02 54 37 05 18"),
            ("École primaire du Centre", "5 place du Marché", "88400 Gérardmer", ""),
            ("Lycée Louis Lapicque", "5 rue du Nouvel Hôpital", "88000 Épinal", ""),
        ],
    },
    "ticketing": {
        "en": [
            ("SeatWise Ticketing Ltd", "Quay House, 14 Quay Street", "Manchester M3 3HN", ""),
            ("Boxoffice Hub Limited", "5 Wharf Lane", "Bristol BS1 6LN", "0117 428 0090"),
        ],
        "de": [
            ("TixOnline GmbH", "Gutenbergstraße 61", "70176 Stuttgart", "0711 65 84 20"),
            ("Kartenhaus Ticketing GmbH", "Ludwigstraße 8", "80539 München", ""),
        ],
        "fr": [
            ("Billetis SAS", "31 rue de Paradis", "75010 Paris", "01 84 60 21 77"),
            ("GuichetNet SARL", "8 quai Perrache", "69002 Lyon", ""),
        ],
    },
    "maintainer": {
        "en": [
            (
                "Pennine Dome & Optics Ltd",
                "Unit 7, Holme Mills",
                "Holmfirth HD9 3TE",
                "01484 688 120",
            ),
            (
                "Astro Engineering Services Ltd",
                "Gate Farm Works",
                "Hereford HR2 8DD",
                "01432 355 604",
            ),
        ],
        "de": [
            ("Kuppelbau Brandt GmbH", "Gewerbering 9", "82205 Gilching", "08105 77 30 0"),
            ("Optikwerkstatt Seidel & Sohn", "Uhlandstraße 41", "73614 Schorndorf", ""),
        ],
        "fr": [
            ("Coupoles et Instruments Astronomiques SARL", "ZA du Pré Long", "38320 Eybens", ""),
            (
                "Optique Marchal Maintenance",
                "12 rue Lavoisier",
                "54500 Vandœuvre-lès-Nancy",
                "03 83 51 40 27",
            ),
        ],
    },
    "software": {
        "en": [
            ("Fulldome Systems Ltd", "Innovation Centre, Science Park", "Cambridge CB4 0WS", ""),
            ("SkyCanvas Software Inc.", "2200 Pearl Street", "Boulder, CO 80302", ""),
        ],
        "de": [
            ("Kuppelvisionen Software GmbH", "Carl-Zeiss-Promenade 10", "07745 Jena", ""),
        ],
        "fr": [
            ("Dômes Numériques SAS", "5 rue Galilée", "31400 Toulouse", "05 61 22 90 14"),
        ],
    },
    "funder": {
        "en": [
            (
                "Sheffield City Council - Culture and Visitor Economy",
                "Town Hall, Pinstone Street",
                "Sheffield S1 2HH",
                "",
            ),
            ("Somerset Council - Community Grants", "County Hall", "Taunton TA1 4DY", ""),
            (
                "The Royal Astronomical Society - Education Fund",
                "Burlington House, Piccadilly",
                "London W1J 0BQ",
                "",
            ),
            ("The Northern Science Foundation", "3 Park Square East", "Leeds LS1 2NE", ""),
        ],
        "de": [
            ("Landratsamt Ebersberg - Kulturförderung", "Eichthalstraße 5", "85560 Ebersberg", ""),
            ("Stiftung Naturwissenschaft und Jugend", "Kronprinzstraße 11", "70173 Stuttgart", ""),
            ("Gemeinde Hohenstein - Hauptamt", "Rathausplatz 1", "72531 Hohenstein", ""),
            ("Klaus-Brenner-Stiftung", "Am Wall 140", "28195 Bremen", ""),
        ],
        "fr": [
            (
                "Région Auvergne-Rhône-Alpes - Direction de la culture",
                "1 esplanade François Mitterrand",
                "69002 Lyon",
                "",
            ),
            ("Conseil départemental de l'Indre", "Place de la Victoire", "36000 Châteauroux", ""),
            ("Fondation Sciences pour Tous", "26 rue d'Ulm", "75005 Paris", ""),
            ("Mairie de Gérardmer - Vie associative", "Place des Déportés", "88400 Gérardmer", ""),
        ],
    },
    "umbrella": {
        "en": [
            ("Safer Checks Umbrella Services Ltd", "PO Box 4471", "Nottingham NG1 9FQ", ""),
            (
                "Volunteer Centre Disclosure Service",
                "The Workstation, Paternoster Row",
                "Sheffield S1 2BX",
                "",
            ),
        ],
    },
    "speaker": {
        "en": [
            ("Dr Fiona Aldridge", "9 Observatory Close", "Cambridge CB3 0HA", ""),
            ("Prof. Martin Kaye", "School of Physics, University of Leeds", "Leeds LS2 9JT", ""),
            ("Dr Ruth Okafor", "4 Grange Terrace", "Edinburgh EH9 2LD", ""),
            ("Simon Pell FRAS", "Old Rectory Cottage", "Ledbury HR8 1BN", ""),
        ],
        "de": [
            ("Dr. Sabine Keller", "Mönchhofstraße 12", "69120 Heidelberg", ""),
            ("Prof. Dr. Jörg Albrecht", "Sternwartstraße 23", "81679 München", ""),
            ("Dipl.-Phys. Tobias Rensch", "Am Gutshof 4", "14469 Potsdam", ""),
        ],
        "fr": [
            ("Dr Hélène Morvan", "12 avenue de l'Observatoire", "75014 Paris", ""),
            ("Jean-Luc Perrot", "Les Granges", "04870 Saint-Michel-l'Observatoire", ""),
            ("Dr Amine Belkacem", "3 rue des Lices", "31000 Toulouse", ""),
        ],
    },
    "energy": {
        "en": [
            ("Brightwater Energy Business", "PO Box 7920", "Coventry CV1 9LQ", "0345 600 3311"),
            ("Northern Power Supply plc", "Lowther House", "Leeds LS12 4AR", "0800 028 1120"),
        ],
        "de": [
            ("Stadtwerke Reutlingen GmbH", "Karlstraße 46", "72764 Reutlingen", ""),
            ("Energie Süd AG", "Kaiserstraße 14", "80801 München", "0800 33 44 556"),
        ],
        "fr": [
            ("Électricité Alpes Énergie", "TSA 40123", "38041 Grenoble Cedex 9", "09 70 81 42 10"),
            ("Volta Pro SAS", "Service clients professionnels", "59897 Lille Cedex 9", ""),
        ],
    },
    "oil": {
        "en": [
            ("Moorland Fuels Ltd", "Depot Road", "Chesterfield S41 9QA", "01246 450 661"),
            ("Severn Vale Oil", "Station Yard", "Bewdley DY12 1BP", ""),
        ],
        "de": [
            ("Heizöl Maier GmbH & Co. KG", "Industriestraße 18", "72555 Metzingen", ""),
            ("Brennstoffhandel Oberland", "Am Bahnhof 3", "85567 Grafing", "08092 50 71"),
        ],
        "fr": [
            ("Fioul Service Hautes-Alpes", "ZA Sud", "05100 Briançon", "04 92 20 30 18"),
            ("Combustibles Berrichons", "Route de Poitiers", "36300 Le Blanc", ""),
        ],
    },
    # The planning authority of each observatory, in the order of OFFICES.
    "council": {
        "en": [
            (
                "Sheffield City Council - Planning Services",
                "Howden House, 1 Union Street",
                "Sheffield S1 2SH",
                "",
            ),
            (
                "Wyre Forest District Council - Planning",
                "Wyre Forest House, Finepoint Way",
                "Kidderminster DY11 7WF",
                "",
            ),
            ("Exmoor National Park Authority - Planning", "Exmoor House", "Dulverton TA22 9HL", ""),
        ],
        "de": [
            ("Landratsamt Reutlingen - Kreisbauamt", "Bismarckstraße 47", "72764 Reutlingen", ""),
            ("Stadt Ebersberg - Bauamt", "Marienplatz 1", "85560 Ebersberg", ""),
            ("Landkreis Heidekreis - Bauaufsicht", "Harburger Straße 2", "29614 Soltau", ""),
        ],
        "fr": [
            ("Mairie de Briançon - Service urbanisme", "1 rue Aspirant Jan", "05100 Briançon", ""),
            (
                "Communauté de communes Brenne - Urbanisme",
                "Place de la Libération",
                "36300 Le Blanc",
                "",
            ),
            ("Mairie de Gérardmer - Urbanisme", "Place des Déportés", "88400 Gérardmer", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Harwood Charity Insurance Brokers",
                "21 King Street",
                "Knutsford WA16 6DW",
                "01565 755 400",
            ),
            ("Ansell & Platt Insurance Services", "Pavilion House", "Worcester WR1 2PR", ""),
        ],
        "de": [
            ("Versicherungsmakler Hoffmann & Partner", "Marktplatz 7", "72764 Reutlingen", ""),
            ("Vereinsversicherungsdienst Süd GmbH", "Leopoldstraße 150", "80804 München", ""),
        ],
        "fr": [
            ("Cabinet Lenoir Assurances", "18 boulevard Gambetta", "05000 Gap", ""),
            (
                "MAIF Associations et Collectivités",
                "200 avenue Salvador Allende",
                "79038 Niort",
                "",
            ),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Tom",
        "Priya",
        "Gareth",
        "Helen",
        "Ian",
        "Ruth",
        "Owen",
        "Fiona",
        "Mark",
        "Alison",
        "Daniel",
        "Megan",
        "Colin",
    ],
    "de": [
        "Katrin",
        "Jonas",
        "Sabine",
        "Uwe",
        "Julia",
        "Matthias",
        "Eva",
        "Florian",
        "Anja",
        "Stefan",
        "Heike",
        "Tobias",
        "Laura",
        "Bernd",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Nathalie",
        "Pierre",
        "Léa",
        "Thierry",
        "Sandrine",
        "Hugo",
        "Élodie",
        "Marc",
        "Chloé",
        "Didier",
        "Manon",
        "Yves",
    ],
}
LASTS = {
    "en": [
        "Hollis",
        "Barker",
        "Cheung",
        "Whitfield",
        "Nair",
        "Pritchard",
        "Moss",
        "Ellison",
        "Fairbrother",
        "Dunn",
        "Quayle",
        "Atherton",
        "Rowe",
        "Kaur",
    ],
    "de": [
        "Brenner",
        "Scholz",
        "Wiedemann",
        "Kaya",
        "Lorenz",
        "Pfeiffer",
        "Haas",
        "Vogt",
        "Ziegler",
        "Engel",
        "Bauer",
        "Roth",
        "Seitz",
        "Kühn",
    ],
    "fr": [
        "Garnier",
        "Roux",
        "Lefèvre",
        "Benali",
        "Girard",
        "Chevalier",
        "Faure",
        "Morel",
        "Bonnet",
        "Perrin",
        "Masson",
        "Marchand",
        "Lemoine",
        "Aubert",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Priya",
    "Helen",
    "Ruth",
    "Fiona",
    "Alison",
    "Megan",
    "Katrin",
    "Sabine",
    "Julia",
    "Eva",
    "Anja",
    "Heike",
    "Laura",
    "Camille",
    "Nathalie",
    "Léa",
    "Sandrine",
    "Élodie",
    "Chloé",
    "Manon",
}
STREETS = {
    "en": [
        "Meadow Lane",
        "Church Road",
        "Oakfield Avenue",
        "Mill Street",
        "Station Road",
        "Beech Grove",
        "Hill Top",
        "Park View",
    ],
    "de": [
        "Bahnhofstraße",
        "Schillerstraße",
        "Am Rain",
        "Birkenweg",
        "Kirchgasse",
        "Gartenstraße",
        "Mühlweg",
        "Lerchenstraße",
    ],
    "fr": [
        "rue des Écoles",
        "chemin du Moulin",
        "avenue de la Gare",
        "rue Pasteur",
        "allée des Tilleuls",
        "impasse des Vignes",
        "rue Victor Hugo",
        "route de Lyon",
    ],
}
TOWNS = {
    "en": [
        "Sheffield S10 3GF",
        "Dronfield S18 1QT",
        "Kidderminster DY10 2JE",
        "Bewdley DY12 2AA",
        "Minehead TA24 5BP",
        "Taunton TA2 7PQ",
        "Chesterfield S40 4TS",
    ],
    "de": [
        "72531 Hohenstein",
        "72764 Reutlingen",
        "85560 Ebersberg",
        "85567 Grafing",
        "29640 Schneverdingen",
        "29614 Soltau",
        "72072 Tübingen",
    ],
    "fr": [
        "05100 Briançon",
        "05240 La Salle-les-Alpes",
        "36300 Le Blanc",
        "36200 Argenton-sur-Creuse",
        "88400 Gérardmer",
        "88000 Épinal",
    ],
}

TALK = {
    "en": {
        "astro": "telescope dome observing session sky planets stars moon public show visitors "
        "planetarium members evening volunteers lecture programme clear weather season",
        "tech": "dome shutter rotation drive motor bearing mount encoder collimation mirror "
        "lubrication inspection alignment wiring controller firmware adjustment wear",
        "legal": "agreement party obligations term notice liability insurance payment services "
        "termination confidentiality schedule clause charges access warranty",
        "grant": "grant award project funding outcomes expenditure report conditions monitoring "
        "acknowledgement publicity payment schools community evaluation",
        "plan": "lighting scheme lumens floodlights glare skyglow upward light spill planning "
        "condition curfew luminaires dark sky amenity residents assessment",
    },
    "de": {
        "astro": "Teleskop Kuppel Beobachtung Himmel Planeten Sterne Mond Vorführung Besucher "
        "Planetarium Mitglieder Abend Ehrenamtliche Vortrag Programm Saison",
        "tech": "Kuppel Spaltschieber Drehantrieb Motor Lager Montierung Encoder Justierung "
        "Spiegel Schmierung Prüfung Verkabelung Steuerung Firmware Verschleiß",
        "legal": "Vertrag Vertragspartner Pflichten Laufzeit Kündigung Haftung Versicherung "
        "Zahlung Leistungen Vertraulichkeit Anlage Vergütung Zugang Gewährleistung",
        "grant": "Zuwendung Förderung Projekt Mittel Verwendungsnachweis Ausgaben Auflagen "
        "Bericht Zweckbindung Auszahlung Öffentlichkeitsarbeit Schulen Bewilligung",
        "plan": "Beleuchtung Lumen Strahler Blendung Himmelsaufhellung Abstrahlung Bauantrag "
        "Auflage Abschaltung Leuchten Lichtverschmutzung Anwohner Gutachten",
    },
    "fr": {
        "astro": "télescope coupole observation ciel planètes étoiles lune séance public "
        "planétarium adhérents soirée bénévoles conférence programme saison",
        "tech": "coupole trappe rotation moteur roulement monture codeur collimation miroir "
        "graissage contrôle alignement câblage automate micrologiciel usure réglage",
        "legal": "contrat parties obligations durée résiliation responsabilité assurance "
        "paiement prestations confidentialité annexe prix accès garantie",
        "grant": "subvention aide projet financement bilan dépenses conditions rapport "
        "versement communication établissements scolaires attribution convention",
        "plan": "éclairage lumens projecteurs éblouissement halo lumineux émission permis "
        "prescription extinction luminaires pollution lumineuse riverains étude",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "astro", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "astro", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The observatory of a stream and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's observatory and ``key``: a run or a repeat
    keeps its sender."""
    text = f"steamer/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


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


def last_extra(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


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
TAGLINE = {
    "office": (
        "Observatory - Planetarium - Public Astronomy",
        "Sternwarte - Planetarium - Volksbildung",
        "Observatoire - Planétarium - Culture scientifique",
    ),
    "maintainer": (
        "Observatory domes - telescope service",
        "Kuppelbau - Teleskopservice",
        "Coupoles - maintenance d'instruments",
    ),
    "software": (
        "Fulldome software and content",
        "Fulldome-Software und Inhalte",
        "Logiciels et contenus fulldome",
    ),
    "oil": (
        "Heating oil - diesel - lubricants",
        "Heizöl - Diesel - Schmierstoffe",
        "Fioul domestique - gazole - lubrifiants",
    ),
    "broker": (
        "Insurance for charities and clubs",
        "Versicherungen für Vereine",
        "Assurances des associations",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "school", "speaker"):
        return []
    if role == "office":
        return [
            tr(
                lang,
                f"{name} - Registered charity no. {r.randint(1010000, 1199999)} - Company "
                f"limited by guarantee no. {r.randint(2000000, 9999999):08d}",
                f"{name} - Amtsgericht {r.choice(['Stuttgart', 'München', 'Lüneburg'])} HRB "
                f"{r.randint(10000, 99999)} - gemeinnützig nach § 52 AO - Geschäftsführung: "
                f"{r.choice(FIRSTS['de'])} {r.choice(LASTS['de'])}",
                f"{name} - Association loi 1901 - SIRET {r.randint(300, 899)} {r.randint(100, 999)}"
                f" {r.randint(100, 999)} {r.randint(10000, 99999)} - Agrément jeunesse et "
                "éducation populaire",
            )
        ]
    if lang == "de":
        bank = r.choice(["Kreissparkasse", "Volksbank Mittlerer Neckar", "HypoVereinsbank"])
        return [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(6000, 7999)} {r.randint(1000, 9999)}"
            f" {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)} "
            f"{r.randint(100000000, 999999999)}"
        ]
    out = []
    if "Ltd" in name or "plc" in name or "Limited" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"steamer/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "org.uk" if role in ("office", "school") else "co.uk", "de": "de", "fr": "fr"}[
        lang
    ]
    looks = LOOKS
    if role in ("council", "funder") and (
        "Council" in name
        or "amt" in name
        or "Mairie" in name
        or "Gemeinde" in name
        or "Région" in name
        or "Conseil" in name
        or "Stadt" in name
        or "Planning" in name
        or "Communauté" in name
    ):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("speaker",):
        looks = ["plain", "centred"]
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
        mail=f"{r.choice(['info', 'office', 'enquiries', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_row() -> Row:
    return OFFICES[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]


def society() -> str:
    return OFFICES[home()][int(OFFICE["row"])][1]  # type: ignore[call-overload]


def office_head() -> Head:
    return make_head(office_row(), home(), "office")


def society_head() -> Head:
    row = office_row()
    return make_head((society(), row[1], row[2], ""), home(), "society")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and observatory), of the
    observatory's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang and x in SENDERS[role]])
    if lang not in SENDERS[role]:
        lang = "en"
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def council_head() -> Head:
    """The planning authority of the stream's observatory."""
    lg = home()
    return make_head(SENDERS["council"][lg][int(OFFICE["row"])], lg, "council")  # type: ignore[call-overload]


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


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def staff(tag: str) -> str:
    """A member of the observatory's staff: director, education, technician, volunteers,
    bookkeeper, treasurer."""
    r = random.Random(zlib.crc32(f"steamer/staff/{tag}/{OFFICE['seed']}".encode()))
    return person(r, home())


def role_of(tag: str, lang: str) -> str:
    return {
        "director": tr(lang, "Director", "Leiterin/Leiter der Sternwarte", "Directeur"),
        "education": tr(lang, "Education Officer", "Museumspädagogik", "Chargée de médiation"),
        "technician": tr(lang, "Technician", "Technik", "Technicien"),
        "volunteers": tr(
            lang, "Volunteer Coordinator", "Ehrenamtskoordination", "Coordination des bénévoles"
        ),
        "bookkeeper": tr(lang, "Finance", "Buchhaltung", "Comptabilité"),
        "treasurer": tr(lang, "Hon. Treasurer", "Schatzmeister/in", "Trésorier"),
        "secretary": tr(lang, "Hon. Secretary", "Schriftführer/in", "Secrétaire"),
    }[tag]


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it (not before a title)."""
    first = name.split()[0]
    if first in ("Dr", "Dr.", "Prof.", "Dipl.-Phys."):
        return name
    female = first in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    first, last = name.split()[0], name.split()[-1]
    female = first in FEMALE or (first in ("Dr", "Dr.") and name.split()[1] in FEMALE)
    if lang == "de":
        t = "Dr. " if "Dr." in name else ""
        return f"Sehr geehrte Frau {t}{last}," if female else f"Sehr geehrter Herr {t}{last},"
    if lang == "fr":
        return "Chère Madame," if female else "Cher Monsieur,"
    if first in ("Dr", "Prof."):
        return f"Dear {first} {last},"
    return f"Dear {first},"


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
    p.text(cx, cy + r * 0.65, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def dome_logo(p: Page, x: float, y: float, size: float = 26) -> None:
    """The observatory's mark: a dome over a wall with the shutter slit, a star beside it."""
    r = size / 2
    pts = [
        (x + r + r * math.cos(math.pi * k / 12), y + r - r * math.sin(math.pi * k / 12))
        for k in range(13)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    p.rect(x, y + r, size, r * 0.8)
    p.rect(x + r - 2.5, y + 1, 5, r - 1, fill=0.2)
    p.text(x + size + 4, y + 5, "*", "Helvetica-Bold", 9)


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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.role in ("office", "society") and h.look in ("band", "side", "letter"):
        dome_logo(p, m, y - 12)
        pt = shrink(h.name, h.bold, s.size + 4, w - 2 * m - 40)
        p.text(m + 38, y, h.name, h.bold, pt)
        tag = TAGLINE["office"]
        p.text(m + 38, y + 11, tr(h.lang, *tag), italic_of(h.font), 7.5)
        p.text(m + 38, y + 20, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
        if h.role == "society" or h.look == "band":
            p.line(m, y + 26, w - m, y + 26)
        return y + 44
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
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = TAGLINE.get(h.role)
        if tag:
            p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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


def plain_sheets(s: Style, header: str = "") -> Sheets:
    """Pages without a letterhead (forms, annexes): a running header on later pages."""

    def start(p: Page, n: int) -> float:
        return running_header(p, s, header) if header and n > 1 else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Dr", "Prof", "Dipl", "Phys", "FRAS")
    ] or name.split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the observatory's received stamp on the first page."""
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
                rng.choice(
                    {
                        "en": ["Office", "Finance", "Director"],
                        "de": ["Büro", "Buchhaltung", "Leitung"],
                        "fr": ["Secrétariat", "Comptabilité", "Direction"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = True) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % (4 if formal else 3)
            ],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            if formal
            else "Bien cordialement,",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
    f.y += s.size * 3


def head_named(name: str, role: str) -> Head | None:
    """The ``role`` sender called ``name``, in its own language (a companion's sender)."""
    for lg in ("en", "de", "fr"):
        for row in SENDERS[role].get(lg, []):
            if row[0] == name:
                return make_head(row, lg, role)
    return None


def town_name(town: str) -> str:
    """The place in a town line: "Sheffield S11 7TS" and "85560 Ebersberg" give "Sheffield"
    and "Ebersberg"."""
    parts = town.split()
    if parts[0][:1].isdigit():
        return " ".join(parts[1:])
    if len(parts) >= 3 and any(c.isdigit() for c in parts[-1]):
        return " ".join(parts[:-2]).rstrip(",")
    return town.split(",")[0]


def iban(rng: random.Random, lang: str) -> str:
    """A bank account as ``lang``'s country writes it on a form."""
    if lang == "en":
        return serial(rng, "99-99-99  99999999")
    return serial(
        rng,
        ("DE99 9999 9999 9999 9999 99" if lang == "de" else "FR76 9999 9999 9999 9999 9999 999"),
    )


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


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


def sign_line(
    p: Page,
    x: float,
    y: float,
    w: float,
    label: str,
    font: str,
    name: str = "",
    signed: bool = True,
) -> None:
    """A signature line with its caption below and, if ``signed``, a signature over it."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, font, 7, w), font, 7)
    if signed and name:
        scrawl(p, x + 6, y - 3, name, 12)


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def form_title(p: Page, s: Style, y: float, title: str, sub: str = "") -> float:
    """A form's title over a rule, with a smaller line under it; the y below."""
    w, _ = p.size
    m = s.margin
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    if sub:
        p.text(m, y + 12, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5)
    p.line(m, y + (18 if sub else 6), w - m, y + (18 if sub else 6))
    return y + (34 if sub else 22)


def hand_line(
    p: Page, x: float, y: float, w: float, label: str, value: str, font: str, pt: float = 8.5
) -> None:
    """A printed caption, a dotted line after it and a hand entry on the line."""
    p.text(x, y, label, font, pt)
    x0 = x + tw(label, font, pt) + 4
    xx = x0
    while xx < x + w:
        p.line(xx, y + 2, min(xx + 1.2, x + w), y + 2)
        xx += 3
    if value:
        hand(p, x0 + 4, y - 1, value, 9.5, x + w - x0 - 6)


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: schools, shows and the box office
# ---------------------------------------------------------------------------------------------

SHOWS = {
    "en": [
        "Our Solar System (KS2)",
        "Journey to the Stars",
        "Moon Landing Live",
        "Seasons and the Sky (KS1)",
        "Black Holes",
        "Aurora: Lights of the North",
        "Tonight's Sky",
        "Earth, Moon and Sun (KS2)",
    ],
    "de": [
        "Unser Sonnensystem",
        "Reise zu den Sternen",
        "Mondlandung",
        "Der Sternenhimmel heute Nacht",
        "Schwarze Löcher",
        "Polarlichter",
        "Die Jahreszeiten (Kl. 1-4)",
        "Von der Erde zum Mars",
    ],
    "fr": [
        "Le Système solaire",
        "Voyage vers les étoiles",
        "Objectif Lune",
        "Le ciel de ce soir",
        "Trous noirs",
        "Aurores boréales",
        "Les saisons (cycle 2)",
        "Mission Mars",
    ],
}
WORKSHOPS = {
    "en": [
        "Rocket making",
        "Meteorite handling",
        "Telescope tour",
        "Solar viewing",
        "Make a planisphere",
    ],
    "de": [
        "Raketenbau",
        "Meteoriten zum Anfassen",
        "Kuppelführung",
        "Sonnenbeobachtung",
        "Sternkarte basteln",
    ],
    "fr": [
        "Fusées à eau",
        "Météorites",
        "Visite de la coupole",
        "Observation du Soleil",
        "Carte du ciel",
    ],
}
GROUPS = {
    "en": ["Reception", "KS1", "Lower KS2", "Upper KS2", "KS3", "KS4", "Sixth form"],
    "de": ["Kl. 1-2", "Kl. 3-4", "Kl. 5-6", "Kl. 7-8", "Kl. 9-10", "Oberstufe"],
    "fr": ["Maternelle", "Cycle 2", "Cycle 3", "Cycle 4 (collège)", "Lycée"],
}


def tpl_school_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's group visit booking form: the observatory's printed form filled in by the
    teacher (group, date, numbers, show and workshop ticks, needs, invoicing, signature and the
    school's stamp), now and then with a covering note on the school's paper in front and a
    second page of pupils' access and medical needs."""
    h = head_of(who, "school")
    lg = h.lang
    o = office_head()
    r = keyed(who, "teacher")
    teacher = person(r, lg)
    d = some_day(rng)
    visit = d + timedelta(days=rng.randint(14, 70))
    while visit.weekday() > 4:
        visit += timedelta(days=1)
    pupils = rng.choice([24, 28, 30, 31, 56, 58, 60, 87, 90, 29])
    adults = max(2, pupils // rng.choice([6, 8, 10]))
    group = rng.randrange(len(GROUPS[lg]))
    pages: list[Page] = []
    if rng.random() < 0.3:
        s = style_of(h)
        f = sheets(s, h)
        recipient(
            f, s, h, office_lines(tr(lg, "Bookings", "Gruppenbuchungen", "Réservations")), d, []
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed our booking form for a visit by {pupils} pupils on "
                f"{day(h, visit)}. " + prose(rng, lg, "astro", 1, 2),
                f"anbei erhalten Sie unser Anmeldeformular für den Besuch von {pupils} "
                f"Schülerinnen und Schülern am {day(h, visit)}. " + prose(rng, lg, "astro", 1, 2),
                f"Veuillez trouver ci-joint notre fiche de réservation pour la venue de {pupils} "
                f"élèves le {day(h, visit)}. " + prose(rng, lg, "astro", 1, 2),
            ),
        )
        regards(f, s, lg, teacher, h.name, formal=False)
        pages += close(f.pages, s, h, numbers="none")
    s = style_of(o, A4, margin=44, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, o)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "SCHOOL GROUP BOOKING FORM",
            "ANMELDUNG SCHULKLASSE / GRUPPE",
            "FICHE DE RÉSERVATION - GROUPES SCOLAIRES",
        ),
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and return by post or email.",
            "Bitte in Druckschrift ausfüllen und per Post oder E-Mail zurücksenden.",
            "Merci de remplir en majuscules et de nous retourner ce formulaire.",
        ),
    )
    y = band(p, s, y, tr(lg, "1. School / group", "1. Schule / Gruppe", "1. Établissement"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "School", "Schule", "Établissement"), h.name.upper()),
            (tr(lg, "Contact teacher", "Lehrkraft", "Enseignant(e) référent(e)"), teacher),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), h.phone or serial(rng, "07999 999999")),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Visit", "2. Besuch", "2. Visite"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Preferred date", "Wunschtermin", "Date souhaitée"), short(visit, lg)),
            (
                tr(lg, "Alternative date", "Ausweichtermin", "Autre date possible"),
                short(visit + timedelta(days=rng.choice([1, 2, 7])), lg)
                if rng.random() < 0.6
                else "",
            ),
            (
                tr(lg, "Arrival time", "Ankunft ca.", "Heure d'arrivée"),
                rng.choice(["9:30", "9:45", "10:00", "13:00"]),
            ),
            (tr(lg, "Pupils", "Schüler/innen", "Élèves"), str(pupils)),
            (tr(lg, "Adults", "Begleitpersonen", "Accompagnateurs"), str(adults)),
            (
                tr(lg, "Coach / transport", "Anreise", "Transport"),
                rng.choice(
                    [
                        tr(lg, "coach", "Bus", "car"),
                        tr(lg, "minibus", "ÖPNV", "à pied"),
                        tr(lg, "walking", "Bus", "car"),
                    ]
                ),
            ),
        ],
        per=3,
        tall=24,
    )
    p.text(m, y, tr(lg, "Year group:", "Klassenstufe:", "Niveau :"), s.bold, 8)
    y = ticks(p, s, m + 70, y, w - 2 * m - 70, GROUPS[lg], {group})
    p.text(
        m,
        y + 4,
        tr(lg, "Show (choose one):", "Vorführung (bitte eine):", "Séance (une) :"),
        s.bold,
        8,
    )
    y = ticks(p, s, m, y + 18, w - 2 * m, SHOWS[lg], {rng.randrange(len(SHOWS[lg]))})
    p.text(
        m,
        y + 4,
        tr(lg, "Workshops (optional):", "Workshops (optional):", "Ateliers (facultatif) :"),
        s.bold,
        8,
    )
    y = ticks(
        p, s, m, y + 18, w - 2 * m, WORKSHOPS[lg], set(rng.sample(range(5), rng.randint(0, 2)))
    )
    y = band(p, s, y + 4, tr(lg, "3. Needs", "3. Besondere Bedürfnisse", "3. Besoins"))
    y += 6
    need = rng.random() < 0.5
    for q in (
        tr(
            lg,
            "Wheelchair users in the group?",
            "Rollstuhlnutzer/innen in der Gruppe?",
            "Élèves en fauteuil roulant ?",
        ),
        tr(
            lg,
            "Pupils with SEND we should know about?",
            "Förderbedarf, den wir kennen sollten?",
            "Élèves à besoins particuliers (PAI, AESH) ?",
        ),
        tr(
            lg,
            "Use of the lunch room required?",
            "Raum für Mittagspause benötigt?",
            "Salle hors-sac pour le déjeuner ?",
        ),
    ):
        p.text(m, y, q, s.font, 8)
        ticks(p, s, w - m - 90, y, 90, yes_no(lg), {0 if need or rng.random() < 0.4 else 1})
        y += 14
    if need:
        hand(p, m + 10, y + 2, tr(lg, "see page 2", "siehe Seite 2", "voir page 2"), 9.5)
        y += 14
    y = band(p, s, y + 4, tr(lg, "4. Invoice", "4. Rechnung", "4. Facturation"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Invoice to", "Rechnung an", "Facturer à"),
                tr(lg, "School office", "Schulsekretariat", "Coopérative scolaire"),
            ),
            (
                tr(lg, "Order no. / PO", "Bestell-Nr.", "Bon de commande n°"),
                serial(rng, "PO-99999") if rng.random() < 0.6 else "",
            ),
        ],
        per=2,
        tall=24,
    )
    y = min(y + 14, hh - 130)
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I confirm the details above and agree to the booking conditions overleaf.",
                "Ich bestätige die Angaben und erkenne die Buchungsbedingungen an.",
                "Je certifie exacts les renseignements ci-dessus et "
                "accepte les conditions de réservation.",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    sign_line(p, m, y + 40, 180, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, teacher)
    hand(p, m + 220, y + 36, short(d, lg))
    p.line(m + 210, y + 40, m + 320, y + 40)
    p.text(m + 210, y + 49, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    if rng.random() < 0.7:
        stamp(p, w - m - 170, y + 8, [h.name.upper()[:30], h.town])
    p.text(
        m,
        hh - 30,
        tr(
            lg,
            "For office use: Ref ______  Confirmed ______  Invoice ______",
            "Vermerke Sternwarte: Nr. ______  bestätigt ______  Rg. ______",
            "Réservé à l'observatoire : n° ______  confirmé ______  facture ______",
        ),
        s.font,
        7,
    )
    pages.append(p)
    if need and rng.random() < 0.7:
        q = Page(A4)
        y = m
        q.text(
            m,
            y,
            tr(
                lg,
                "Pupils' access and medical needs",
                "Angaben zu Förderbedarf und Gesundheit",
                "Besoins particuliers et informations médicales",
            ),
            s.bold,
            12,
        )
        q.text(m, y + 14, fit(f"{h.name} - {short(visit, lg)}", s.font, 8, w - 2 * m), s.font, 8)
        y += 36
        cols = columns(m, w - m, [(1.3, "left"), (2.5, "left"), (3, "left")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Initials", "Kürzel", "Initiales"),
                tr(lg, "Need", "Bedarf", "Besoin"),
                tr(lg, "What helps", "Was hilft", "Aménagement"),
            ],
            strict=True,
        ):
            q.text(c[0], y, t, s.bold, 8.5)
        y += 8
        needs = tr(
            lg,
            "wheelchair;ear defenders;epipen (nuts);asthma inhaler;autism - dark "
            "room;visual impairment;epilepsy",
            "Rollstuhl;Gehörschutz;Notfallset Allergie;Asthmaspray;Autismus - Dunkelheit;"
            "Sehbehinderung;Epilepsie",
            "fauteuil;casque anti-bruit;PAI allergie;Ventoline;TSA - obscurité;"
            "malvoyance;épilepsie",
        ).split(";")
        for _ in range(rng.randint(2, 6)):
            q.rect(m, y, w - 2 * m, 26)
            hand(
                q,
                cols[0][0] + 4,
                y + 17,
                f"{chr(65 + rng.randrange(26))}.{chr(65 + rng.randrange(26))}.",
            )
            hand(q, cols[1][0], y + 17, rng.choice(needs), 9, cols[1][1] - cols[1][0])
            hand(
                q,
                cols[2][0],
                y + 17,
                fit(words(rng, lg, "astro", 4), HAND, 9, cols[2][1] - cols[2][0]),
                9,
            )
            y += 26
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, teacher, visit, pupils, adults, GROUPS[lg][group]))
    return pages


HAZARDS = {
    "en": [
        (
            "Slips and trips in the dark dome",
            "Pupils, staff",
            "Low-level LED step lights; group led by staff with torch; bags left in cloakroom",
        ),
        (
            "Rotating dome and moving telescope",
            "Pupils",
            "Barrier rope; only technician operates dome; pupils seated during rotation",
        ),
        (
            "Steep stairs to observing floor",
            "Pupils, adults",
            "Groups of 10 max; handrail; adult at front and back",
        ),
        (
            "Looking at the Sun",
            "Pupils",
            "Solar filter fitted and checked before use; "
            "no unfiltered optics outside; staff supervise eyepiece",
        ),
        (
            "Anxiety in the dark planetarium",
            "Pupils",
            "Lights dimmed gradually; exit aisle lit; quiet room available",
        ),
        (
            "Handling meteorites",
            "Pupils",
            "Gloves provided; samples in trays; hands washed afterwards",
        ),
        (
            "Fire and evacuation",
            "All",
            "Briefing on arrival; assembly point car park; register kept by teacher",
        ),
        (
            "Lost child on site",
            "Pupils",
            "Teacher keeps register; wristbands; site gate closed during visit",
        ),
        ("Coach drop-off on narrow lane", "Pupils", "Drop-off in car park only; staff meet coach"),
        (
            "Allergic reaction (shop food)",
            "Pupils",
            "Allergy list from school; no food in dome or planetarium",
        ),
        (
            "Water rockets",
            "Pupils, staff",
            "Launch area roped off; eye protection; staff operates pump",
        ),
        ("Cold on the observing deck", "All", "Advise warm clothing; limit time outside"),
    ],
    "de": [
        (
            "Stolpern in der dunklen Kuppel",
            "Schüler/innen, Personal",
            "LED-Stufenlicht; Führung mit Taschenlampe; Taschen in der Garderobe",
        ),
        (
            "Drehende Kuppel, bewegtes Teleskop",
            "Schüler/innen",
            "Absperrung; Kuppel nur durch Technik bedient; Kinder sitzen",
        ),
        (
            "Steile Treppe zur Beobachtungsplattform",
            "Alle",
            "max. 10 Personen; Handlauf; Begleitperson vorn und hinten",
        ),
        (
            "Blick in die Sonne",
            "Schüler/innen",
            "Sonnenfilter vor Nutzung geprüft; keine ungefilterte Optik im Freien",
        ),
        (
            "Angst im dunklen Planetarium",
            "Schüler/innen",
            "Licht langsam dimmen; Notausgang beleuchtet; Ruheraum",
        ),
        ("Meteoriten anfassen", "Schüler/innen", "Handschuhe; Proben in Schalen; Händewaschen"),
        (
            "Brand, Räumung",
            "Alle",
            "Einweisung bei Ankunft; Sammelplatz Parkplatz; Anwesenheitsliste der Lehrkraft",
        ),
        ("Kind auf dem Gelände vermisst", "Schüler/innen", "Anwesenheitsliste; Tor geschlossen"),
        (
            "Busausstieg an enger Zufahrt",
            "Schüler/innen",
            "Ausstieg nur auf dem Parkplatz; Personal empfängt Bus",
        ),
        (
            "Wasserraketen",
            "Schüler/innen, Personal",
            "Startbereich abgesperrt; Schutzbrillen; Pumpe durch Personal",
        ),
        ("Kälte auf der Plattform", "Alle", "warme Kleidung empfehlen; Aufenthalt kurz"),
    ],
    "fr": [
        (
            "Chute dans la coupole obscure",
            "Élèves, personnel",
            "Balisage LED des marches ; groupe guidé à la lampe ; sacs au vestiaire",
        ),
        (
            "Rotation de la coupole et du télescope",
            "Élèves",
            "Cordon ; coupole manœuvrée par le technicien seul ; élèves assis",
        ),
        (
            "Escalier raide vers la terrasse",
            "Tous",
            "Groupes de 10 au plus ; main courante ; adulte devant et derrière",
        ),
        (
            "Observation du Soleil",
            "Élèves",
            "Filtre solaire vérifié avant usage ; aucune optique non filtrée dehors",
        ),
        (
            "Angoisse dans le planétarium",
            "Élèves",
            "Extinction progressive ; sortie éclairée ; salle calme",
        ),
        ("Manipulation de météorites", "Élèves", "Gants ; échantillons en bacs ; lavage des mains"),
        (
            "Incendie et évacuation",
            "Tous",
            "Consignes à l'arrivée ; point de rassemblement parking ; liste d'appel",
        ),
        ("Enfant égaré sur le site", "Élèves", "Liste d'appel ; portail fermé pendant la visite"),
        (
            "Dépose du car sur route étroite",
            "Élèves",
            "Dépose au parking uniquement ; accueil par le personnel",
        ),
        (
            "Fusées à eau",
            "Élèves, personnel",
            "Zone de tir balisée ; lunettes ; pompe actionnée par le personnel",
        ),
        ("Froid sur la terrasse", "Tous", "Vêtements chauds ; durée limitée"),
    ],
}


def tpl_risk_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The observatory's risk assessment for a school visit: a header block (group, date,
    numbers, assessor) and the hazard table (who might be harmed, controls, likelihood,
    severity, rating, further action) on landscape A4, then the sign-off by the education
    officer and the visiting teacher."""
    o = office_head()
    lg = o.lang
    ex = last_extra(("school_booking",))
    if isinstance(ex, tuple):
        school, teacher, visit, pupils, adults, group = ex
        d = last_day(rng, ("school_booking",), (2, 10))
    else:
        sh = head_of(who, "school")
        school, teacher = sh.name, person(keyed(who, "teacher"), lg)
        d = some_day(rng)
        visit = d + timedelta(days=rng.randint(10, 40))
        pupils, adults = rng.choice([28, 30, 60]), rng.choice([3, 4, 6])
        group = rng.choice(GROUPS[lg])
    size = landscape(A4)
    s = style_of(o, size, margin=40, pt=8.5)
    w, _hh = size
    m = s.margin
    title = tr(
        lg,
        "RISK ASSESSMENT - SCHOOL GROUP VISIT",
        "GEFÄHRDUNGSBEURTEILUNG - GRUPPENBESUCH",
        "ÉVALUATION DES RISQUES - VISITE DE GROUPE",
    )
    ref = serial(rng, "RA-99-999")
    f = plain_sheets(s, f"{o.name} - {title} - {ref}")
    f.y = heading(f.page, s, o)
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), f"{school} ({group})"),
            (tr(lg, "Date of visit", "Besuchstag", "Date de visite"), short(visit, lg)),
            (
                tr(lg, "Pupils / adults", "Schüler / Erwachsene", "Élèves / adultes"),
                f"{pupils} / {adults}",
            ),
            (tr(lg, "Assessed by", "Erstellt von", "Rédigé par"), staff("education")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Reference", "Nr.", "Réf."), ref),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    f.page.text(
        m,
        f.y - 2,
        tr(
            lg,
            "L = likelihood, S = severity (1-3); rating L x S: 1-2 low, 3-4 medium, 6-9 high",
            "W = Wahrscheinlichkeit, S = Schwere (1-3); Risiko W x S",
            "P = probabilité, G = gravité (1-3) ; niveau P x G",
        ),
        s.font,
        7,
    )
    f.y += 14
    cols = columns(
        m,
        w - m,
        [
            (3, "left"),
            (1.7, "left"),
            (5.5, "left"),
            (0.45, "center"),
            (0.45, "center"),
            (0.7, "center"),
            (2.8, "left"),
        ],
    )
    rows = []
    for hz, whom, ctrl in rng.sample(HAZARDS[lg], rng.randint(7, len(HAZARDS[lg]))):
        li, se = rng.randint(1, 2), rng.randint(1, 3)
        rows.append(
            [
                hz,
                whom,
                ctrl,
                str(li),
                str(se),
                str(li * se),
                rng.choice(
                    [
                        "-",
                        "-",
                        tr(lg, "brief teacher", "Lehrkraft informieren", "informer l'enseignant"),
                        tr(lg, "check on day", "am Tag prüfen", "vérifier le jour J"),
                    ]
                ),
            ]
        )
    # Long controls wrap over two table lines.
    lines = []
    for row in rows:
        parts = wrap(row[2], s.font, 7.5, cols[2][1] - cols[2][0] - 4)
        lines.append([row[0], row[1], parts[0], *row[3:]])
        for extra in parts[1:3]:
            lines.append(["", "", extra, "", "", "", ""])
    table(
        f,
        cols,
        [
            tr(lg, "Hazard", "Gefährdung", "Danger"),
            tr(lg, "Who", "Wer", "Qui"),
            tr(lg, "Control measures", "Schutzmaßnahmen", "Mesures de prévention"),
            tr(lg, "L", "W", "P"),
            "S" if lg != "fr" else "G",
            "R",
            tr(lg, "Further action", "Weitere Maßnahmen", "Action complémentaire"),
        ],
        lines,
        s,
        size=7.5,
        shade=0.85,
        step=1.55,
    )
    f.need(120)
    f.y += 14
    f.page.text(m, f.y, tr(lg, "Sign-off", "Freigabe", "Validation"), s.bold, 9)
    f.y += 30
    sign_line(
        f.page,
        m,
        f.y,
        200,
        tr(lg, "Education Officer", "Museumspädagogik", "Médiation"),
        s.font,
        staff("education"),
    )
    sign_line(
        f.page,
        m + 260,
        f.y,
        200,
        tr(lg, "Visiting teacher", "Lehrkraft", "Enseignant(e)"),
        s.font,
        teacher,
        signed=rng.random() < 0.5,
    )
    f.page.text(
        m + 520,
        f.y,
        tr(
            lg,
            f"Review: {short(visit + timedelta(days=365), lg)}",
            f"Überprüfung: {short(visit + timedelta(days=365), lg)}",
            f"Révision : {short(visit + timedelta(days=365), lg)}",
        ),
        s.font,
        8,
    )
    pages = f.pages
    if rng.random() < 0.45:
        # Site information for the group leader, on a portrait page.
        ps = paper(s, A4, margin=54, pt=9)
        g = plain_sheets(ps)
        caption(
            g,
            ps,
            tr(
                lg,
                "Information for group leaders",
                "Hinweise für Lehrkräfte",
                "Informations pour les accompagnateurs",
            ),
            2,
            rule=True,
        )
        for head in tr(
            lg,
            "Arrival;Ratios and supervision;In the dome;In the planetarium;"
            "First aid;Fire procedure",
            "Ankunft;Aufsicht;In der Kuppel;Im Planetarium;Erste Hilfe;Brandfall",
            "Arrivée;Encadrement;Dans la coupole;Au planétarium;Premiers secours;Incendie",
        ).split(";"):
            g.heading(54, head, ps.bold, 9.5)
            write(g, ps, prose(rng, lg, "astro", 1, 3), 9)
        g.y += 10
        write(
            g,
            ps,
            tr(
                lg,
                f"Emergency contact on the day: {staff('education')}, {office_row()[3]}",
                f"Notfallkontakt am Besuchstag: {staff('education')}, {office_row()[3]}",
                f"Contact le jour de la visite : {staff('education')}, {office_row()[3]}",
            ),
            9,
        )
        pages = pages + g.pages
    number_pages(
        pages,
        s,
        rng.choice(["Page {i} of {n}", "{i}/{n}", "none"])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "none"])
        if lg == "de"
        else rng.choice(["{i}/{n}", "none"]),
        "br",
    )
    remember(d, ex)
    return pages


def tpl_ticket_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """A ticketing platform's settlement statement for the public shows: period and account,
    one line per performance (tickets, gross, booking fees, commission, net), over one to
    three sheets with the platform's running header, the summary and a remittance page."""
    h = head_of(who, "ticketing", abroad=0.1)
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "paper").random() < 0.3 else A4
    s = style_of(h, size, margin=44, pt=8.5)
    w, hh = size
    m = s.margin
    o = office_head()
    acct = serial(keyed(who, "acct"), "ORG-99999")
    ex = last_extra(("ticket_settlement",))
    if isinstance(ex, tuple) and ex[0] == h.name:
        start = ex[1] + timedelta(days=1)
    else:
        start = month() if rng.random() < 0.6 else some_day(rng)
    span = keyed(who, "span").choice([7, 14, 30])
    end = start + timedelta(days=span - 1)
    d = end + timedelta(days=rng.randint(2, 6))
    no = serial(rng, "ST-999999")
    title = tr(lg, "Settlement statement", "Abrechnung Ticketverkauf", "Relevé de reversement")
    f = sheets(s, h, f"{h.name} - {title} {no} - {acct}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Organiser account", "Veranstalterkonto", "Compte organisateur"), acct),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(f, s, title, 4)
    cols = columns(
        m,
        w - m,
        [
            (1.15, "left"),
            (0.6, "left"),
            (3, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (1, "right"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    gross_t = fee_t = com_t = 0.0
    shows = SHOWS[home()]
    n = rng.choice([4, 6, 9, 14] if span <= 7 else [9, 14, 22, 30, 38])
    price = {"en": 8.5, "de": 9.0, "fr": 8.0}[lg]
    for k in range(n):
        dd = start + timedelta(days=int(k * span / n))
        t = rng.randint(6, 110)
        g = round(t * price * rng.uniform(0.8, 1.1), 2)
        fee = round(t * 0.75, 2)
        com = round(g * 0.05, 2)
        gross_t, fee_t, com_t = gross_t + g, fee_t + fee, com_t + com
        rows.append(
            [
                short(dd, lg),
                rng.choice(["14:00", "15:30", "19:00", "20:00", "11:00"]),
                rng.choice(shows),
                str(t),
                money(g, lg),
                money(fee, lg),
                money(com, lg),
                money(g - com, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Event", "Veranstaltung", "Séance"),
            tr(lg, "Tkts", "Tix", "Bil."),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Bkg fee", "Geb.", "Frais"),
            tr(lg, "Commission", "Provision", "Commission"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        size=7.5,
        shade=0.88,
        rules=True,
    )
    net = gross_t - com_t
    refunds = round(rng.choice([0, 0, 0, 17.0, 34.0, 8.5]), 2)
    f.need(110)
    f.y += 10
    for label, v in [
        (tr(lg, "Gross ticket sales", "Ticketumsatz brutto", "Ventes brutes"), gross_t),
        (
            tr(
                lg,
                "Booking fees (retained)",
                "Vorverkaufsgebühren (einbehalten)",
                "Frais de location (conservés)",
            ),
            fee_t,
        ),
        (
            tr(lg, "Commission 5% incl. VAT", "Provision 5 % inkl. USt.", "Commission 5 % TTC"),
            -com_t,
        ),
        (tr(lg, "Refunds", "Erstattungen", "Remboursements"), -refunds),
        (tr(lg, "Amount payable to you", "Auszahlungsbetrag", "Montant reversé"), net - refunds),
    ]:
        bold = s.bold if "payable" in label or "Auszahl" in label or "reversé" in label else s.font
        f.page.text(w * 0.5, f.y, label, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )
    if rng.random() < 0.6:
        p = Page(size)
        y = m
        p.text(m, y, h.name, s.bold, 11)
        p.text(
            m, y + 30, tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE VIREMENT"), s.bold, 14
        )
        y = pairs(
            p,
            s,
            m,
            y + 60,
            [
                (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), o.name),
                (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
                (
                    tr(lg, "Payment date", "Zahlungsdatum", "Date de virement"),
                    short(d + timedelta(days=rng.randint(1, 4)), lg),
                ),
                (
                    tr(lg, "Bank account", "Bankverbindung", "Compte"),
                    "**** " + serial(keyed(who, "bank"), "9999"),
                ),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net - refunds, lg)),
            ],
            w * 0.7,
            s.size,
        )
        write_at = y + 20
        for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, 7.5, w - 2 * m):
            p.text(m, write_at, ln, s.font, 7.5)
            write_at += 10
        slip_rule(
            p,
            m,
            w - m,
            hh * 0.55,
            tr(lg, "Keep for your records", "Für Ihre Unterlagen", "À conserver"),
        )
        pages.append(p)
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, end))
    return pages


DENOMS = {
    "en": ["£50", "£20", "£10", "£5", "£2", "£1", "50p", "20p", "10p", "5p", "2p", "1p"],
    "de": [
        "50 €",
        "20 €",
        "10 €",
        "5 €",
        "2 €",
        "1 €",
        "50 ct",
        "20 ct",
        "10 ct",
        "5 ct",
        "2 ct",
        "1 ct",
    ],
    "fr": [
        "50 €",
        "20 €",
        "10 €",
        "5 €",
        "2 €",
        "1 €",
        "50 c",
        "20 c",
        "10 c",
        "5 c",
        "2 c",
        "1 c",
    ],
}
DVAL = [50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]


def terminal_slip(rng: random.Random, lg: str, d: date, card: float, count: int) -> Page:
    """The card terminal's end-of-day report on a till roll."""
    w = TILL[0]
    hh = rng.uniform(120, 190) * MM
    p = Page((w, hh))
    f = "Courier"
    y = 24.0
    visa = rng.randint(0, count)
    lines = [
        office_row()[0][:26].upper(),
        office_row()[2].upper()[:26],
        "",
        tr(lg, "END OF DAY REPORT", "KASSENSCHNITT", "TOTAL FIN DE JOURNEE"),
        f"TID {serial(rng, '99999999')}  MID {serial(rng, '9999999')}",
        f"{short(d, lg)}  {rng.randint(21, 23)}:{rng.randint(10, 59)}",
        "-" * 26,
        f"VISA        {visa:3d}",
        f"MASTERCARD  {count - visa:3d}",
        f"{tr(lg, 'CONTACTLESS', 'KONTAKTLOS', 'SANS CONTACT')} {rng.randint(0, count):3d}",
        "-" * 26,
        f"{tr(lg, 'SALES', 'UMSATZ', 'DEBITS')} {count:3d}  {money(card, lg):>10}",
        f"{tr(lg, 'REFUNDS', 'STORNO', 'CREDITS')}   0  {money(0, lg):>10}",
        f"{tr(lg, 'TOTAL', 'SUMME', 'TOTAL')}       {money(card, lg):>10}",
        "-" * 26,
        tr(lg, "BATCH CLOSED", "ABSCHLUSS OK", "TELECOLLECTE OK"),
        f"BATCH {rng.randint(100, 999)}",
    ]
    for t in lines:
        if t:
            p.text(w / 2, y, fit(t, f, 7.5, w - 12), f, 7.5, "center")
        y += 10
    return p


def tpl_cash_up(rng: random.Random, who: Issuer) -> list[Page]:
    """The box office cash-up sheet of a show night: the printed form with the cash counted
    by denomination, ticket counts by category, card takings, the difference and two
    signatures, all in hand; the card terminal's end-of-day slip stapled behind it."""
    o = office_head()
    lg = o.lang
    ex = last_extra(("cash_up",))
    d = ex + timedelta(days=rng.choice([1, 2, 7])) if isinstance(ex, date) else some_day(rng)
    s = style_of(o, A4, margin=46, pt=9)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = m - 4
    p.text(m, y, o.name, s.bold, 10)
    y = form_title(
        p,
        s,
        y + 20,
        tr(
            lg,
            "Box Office Cash-Up Sheet",
            "Kassenabrechnung Abendkasse",
            "Feuille de caisse - billetterie",
        ),
    )
    cashier = person(rng, lg)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Show / event", "Veranstaltung", "Séance"), rng.choice(SHOWS[lg])),
            (tr(lg, "Cashier", "Kasse", "Caissier"), cashier),
            (tr(lg, "Till no.", "Kasse Nr.", "Caisse n°"), str(rng.randint(1, 2))),
        ],
        per=4,
        tall=26,
    )
    cats = tr(
        lg,
        "Adult;Child;Concession;Family;Member;Comp",
        "Erwachsene;Kinder;Ermäßigt;Familie;Mitglied;Freikarte",
        "Plein;Enfant;Réduit;Famille;Adhérent;Invitation",
    ).split(";")
    prices = [8.5, 5.0, 6.5, 24.0, 4.0, 0.0] if lg == "en" else [9.0, 5.0, 7.0, 22.0, 4.0, 0.0]
    counts = [
        rng.randint(0, 40),
        rng.randint(0, 35),
        rng.randint(0, 15),
        rng.randint(0, 6),
        rng.randint(0, 12),
        rng.randint(0, 4),
    ]
    tickets = sum(c * pr for c, pr in zip(counts, prices, strict=True))
    half = (w - 2 * m) / 2 - 10
    y0 = y
    p.text(m, y, tr(lg, "Cash counted", "Bargeld gezählt", "Espèces comptées"), s.bold, 9)
    y += 8
    cash_total = 0.0
    for den, v in zip(DENOMS[lg], DVAL, strict=True):
        k = rng.randint(0, 6) if v >= 1 else rng.randint(0, 12)
        cash_total += k * v
        p.rect(m, y, half, 15)
        p.line(m + half * 0.35, y, m + half * 0.35, y + 15)
        p.line(m + half * 0.6, y, m + half * 0.6, y + 15)
        p.text(m + 4, y + 11, den, s.font, 8)
        if k:
            hand(p, m + half * 0.35 + 8, y + 11, str(k), 9)
            hand(p, m + half - 40, y + 11, money(k * v, lg), 9)
        y += 15
    p.text(m + 4, y + 12, tr(lg, "Total cash", "Summe bar", "Total espèces"), s.bold, 8.5)
    hand(p, m + half - 48, y + 12, money(cash_total, lg), 10)
    y1 = y0
    x = m + half + 20
    p.text(x, y1, tr(lg, "Tickets sold", "Verkaufte Karten", "Billets vendus"), s.bold, 9)
    y1 += 8
    for c, pr, n in zip(cats, prices, counts, strict=True):
        p.rect(x, y1, half, 15)
        p.text(x + 4, y1 + 11, f"{c} @ {money(pr, lg)}", s.font, 8)
        hand(p, x + half * 0.62, y1 + 11, str(n), 9)
        hand(p, x + half - 40, y1 + 11, money(n * pr, lg), 9)
        y1 += 15
    card = round(max(0.0, tickets - cash_total + rng.uniform(0, 120)), 2)
    float_ = {"en": 100.0, "de": 150.0, "fr": 100.0}[lg]
    y1 += 14
    y1 = pairs(
        p,
        s,
        x,
        y1,
        [
            (tr(lg, "Opening float", "Wechselgeld", "Fond de caisse"), money(float_, lg)),
            (
                tr(lg, "Card takings (terminal)", "EC/Kreditkarte lt. Terminal", "CB (TPE)"),
                money(card, lg),
            ),
            (tr(lg, "Shop sales", "Shop", "Boutique"), money(round(rng.uniform(0, 140), 2), lg)),
            (
                tr(lg, "Donations box", "Spendenbox", "Tronc dons"),
                money(round(rng.uniform(0, 60), 1), lg),
            ),
        ],
        x + half,
        8.5,
    )
    diff = round(rng.choice([0, 0, 0, -0.5, 1.2, -5.0, 0.1]), 2)
    y = max(y, y1) + 30
    p.text(m, y, tr(lg, "Over / short:", "Differenz:", "Écart :"), s.bold, 9)
    hand(p, m + 80, y, money(diff, lg) if diff else "0", 10)
    if diff:
        hand(
            p,
            m + 140,
            y,
            fit(
                tr(lg, "recounted - float short?", "nachgezählt", "recompté"),
                HAND,
                9,
                w - m - 140 - m,
            ),
            9,
        )
    y += 28
    p.text(
        m,
        y,
        tr(lg, "Banked (bag no.)", "Einzahlung (Safebag Nr.)", "Remise en banque (sac n°)"),
        s.font,
        8.5,
    )
    hand(p, m + 130, y, serial(rng, "999999"), 9.5)
    y += 50
    sign_line(p, m, y, 180, tr(lg, "Counted by", "Gezählt von", "Compté par"), s.font, cashier)
    sign_line(
        p,
        m + 240,
        y,
        180,
        tr(lg, "Checked by", "Geprüft von", "Vérifié par"),
        s.font,
        staff("bookkeeper" if rng.random() < 0.5 else "director"),
    )
    pages = [p]
    if rng.random() < 0.75:
        pages.append(terminal_slip(rng, lg, d, card, rng.randint(6, 40)))
    remember(d, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: the dome, the telescopes and the projector
# ---------------------------------------------------------------------------------------------

EQUIPMENT = {
    "en": [
        ("Observatory dome 4.5 m, rotation drive", "Ash-Dome", "RD-45"),
        ("Dome shutter (up-and-over)", "Ash-Dome", "SH-2"),
        ("Main telescope, 0.5 m Ritchey-Chrétien", "PlaneWave", "CDK20"),
        ("Equatorial fork mount", "Software Bisque", "Paramount ME II"),
        ("Solar telescope, H-alpha 90 mm", "Lunt", "LS100THa"),
        ("Refractor 150 mm apochromat", "TEC", "TEC160FL"),
        ("Dome controller and weather station", "Lesve", "DomePro2"),
        ("Planetarium projector (fulldome)", "Digitalis", "Andromeda"),
        ("Hydraulic wheelchair platform", "Stannah", "Lift-S1"),
    ],
    "de": [
        ("Kuppel 5 m, Drehantrieb", "Baader", "AllSky 5m"),
        ("Spaltverschluss", "Baader", "SV-5"),
        ("Hauptinstrument Cassegrain 600 mm", "ASA", "RC600"),
        ("Parallaktische Montierung", "10Micron", "GM4000 HPS"),
        ("Sonnenteleskop H-Alpha", "Lunt", "LS100THa"),
        ("Refraktor 150/1200", "Zeiss", "AS 150"),
        ("Kuppelsteuerung und Wetterstation", "Baader", "DomeControl"),
        ("Planetariumsprojektor", "Zeiss", "Skymaster ZKP 4"),
        ("Treppenlift", "ThyssenKrupp", "Flow X"),
    ],
    "fr": [
        ("Coupole 5 m, motorisation", "Sirius", "SD-5"),
        ("Trappe d'observation", "Sirius", "TR-2"),
        ("Télescope principal 600 mm", "ASA", "RC600"),
        ("Monture équatoriale", "10Micron", "GM4000 HPS"),
        ("Lunette solaire H-alpha", "Lunt", "LS100THa"),
        ("Lunette 150 mm", "Takahashi", "TOA-150"),
        ("Automate de coupole et station météo", "Sirius", "DC-2"),
        ("Projecteur de planétarium", "RSA Cosmos", "Sky-Explorer"),
        ("Plateforme élévatrice PMR", "Otis", "PL-1"),
    ],
}
CONTRACT_CLAUSES = {
    "en": [
        "Definitions",
        "Services",
        "Planned maintenance visits",
        "Emergency call-out",
        "Response times",
        "Parts and consumables",
        "Customer's obligations",
        "Access and safety",
        "Charges and payment",
        "Price review",
        "Liability",
        "Insurance",
        "Term and termination",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang",
        "Wartungsintervalle",
        "Störungsbeseitigung",
        "Reaktionszeiten",
        "Ersatzteile",
        "Mitwirkungspflichten",
        "Zugang und Arbeitsschutz",
        "Vergütung",
        "Preisanpassung",
        "Haftung",
        "Versicherung",
        "Laufzeit und Kündigung",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Prestations",
        "Visites préventives",
        "Dépannage",
        "Délais d'intervention",
        "Pièces détachées",
        "Obligations du client",
        "Accès et sécurité",
        "Prix et paiement",
        "Révision des prix",
        "Responsabilité",
        "Assurances",
        "Durée et résiliation",
        "Données personnelles",
        "Droit applicable",
    ],
}


def tpl_maintenance_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A telescope and dome maintenance contract from a specialist firm: a covering letter,
    the contract (parties, numbered clauses, charges) with its page numbers, the equipment
    schedule as a landscape annex and the signature page, the firm's side signed."""
    h = head_of(who, "maintainer", abroad=0.15)
    lg = h.lang
    o = office_head()
    s = style_of(h)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "MC-9999-99")
    start = add_months(d, 1)
    signer = person(keyed(who, "md"), lg)
    fee = rng.choice([1450.0, 1980.0, 2350.0, 2860.0, 3400.0])
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(staff("technician")),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), no)],
        )
        write(f, s, dear(lg, staff("director")), s.size)
        write(
            f,
            s,
            tr(
                lg,
                f"Further to our visit, please find enclosed two copies of the maintenance "
                f"contract for your dome and telescopes from {day(h, start)}. Please sign both "
                f"copies and return one to us. " + prose(rng, lg, "tech", 1, 3),
                f"wie besprochen erhalten Sie den Wartungsvertrag für Kuppel und Instrumente ab "
                f"{day(h, start)} in zweifacher Ausfertigung. Bitte senden Sie ein "
                f"unterschriebenes Exemplar an uns zurück. " + prose(rng, lg, "tech", 1, 3),
                f"Suite à notre visite, vous trouverez ci-joint le contrat de maintenance de votre "
                f"coupole et de vos instruments à compter du {day(h, start)}, en deux exemplaires. "
                f"Merci de nous en retourner un exemplaire signé. " + prose(rng, lg, "tech", 1, 3),
            ),
        )
        regards(f, s, lg, signer, tr(lg, "Managing Director", "Geschäftsführer", "Gérant"))
        f.page.text(m, hh - m - 30, tr(lg, "Enc.", "Anlagen", "P.J."), s.font, s.size - 1)
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "MAINTENANCE AGREEMENT", "WARTUNGSVERTRAG", "CONTRAT DE MAINTENANCE")
    f = sheets(s, h, f"{title} {no}", top=rng.random() < 0.6)
    f.page.text(w / 2, f.y + 10, title, s.bold, s.size + 6, "center")
    f.page.text(
        w / 2,
        f.y + 26,
        tr(lg, f"Contract no. {no}", f"Vertrag Nr. {no}", f"Contrat n° {no}"),
        s.font,
        s.size,
        "center",
    )
    f.y += 54
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        + tr(lg, '("the Contractor")', '(„Auftragnehmer")', "(« le Prestataire »)"),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{o.name}, {o.street}, {o.town} "
        + tr(lg, '("the Customer")', '(„Auftraggeber")', "(« le Client »)"),
        indent=20,
    )
    f.y += 6
    for k, head in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(9, 15)], 1):
        f.heading(s.margin, f"{k}. {head}", s.bold, s.size + 0.5)
        if head in ("Charges and payment", "Vergütung", "Prix et paiement"):
            write(
                f,
                s,
                tr(
                    lg,
                    f"The annual charge is {cash(fee, lg)} plus VAT, invoiced annually in advance. "
                    f"Call-outs outside the planned visits are charged at {cash(85, lg)} per hour.",
                    f"Die jährliche Pauschale beträgt {cash(fee, lg)} zzgl. USt., zahlbar jährlich "
                    f"im Voraus. Einsätze außerhalb der Wartung: {cash(92, lg)} je Stunde.",
                    f"Le forfait annuel est de {cash(fee, lg)} HT, facturé annuellement d'avance. "
                    f"Interventions hors visites : {cash(78, lg)} HT de l'heure.",
                ),
            )
        else:
            for _ in range(rng.randint(1, 2)):
                write(f, s, f"{k}.{_ + 1} " + prose(rng, lg, rng.choice(["legal", "tech"]), 1, 3))
    body = close(
        f.pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    pages += body
    # Schedule 1: the equipment, on a landscape page.
    ls = paper(s, landscape(A4), margin=46, pt=8.5)
    lw = landscape(A4)[0]
    g = plain_sheets(ls, f"{no} - " + tr(lg, "Schedule 1", "Anlage 1", "Annexe 1"))
    caption(
        g,
        ls,
        tr(
            lg,
            "SCHEDULE 1 - EQUIPMENT COVERED",
            "ANLAGE 1 - WARTUNGSUMFANG",
            "ANNEXE 1 - MATÉRIEL COUVERT",
        ),
        2,
        rule=True,
    )
    cols = columns(
        46,
        lw - 46,
        [
            (3.5, "left"),
            (1.4, "left"),
            (1.6, "left"),
            (1.3, "left"),
            (1.8, "left"),
            (1, "center"),
            (1, "right"),
        ],
    )
    rows = []
    for item, make, model in rng.sample(EQUIPMENT[lg], rng.randint(4, 8)):
        rows.append(
            [
                item,
                make,
                model,
                serial(rng, "99999-AA"),
                rng.choice(
                    tr(
                        lg,
                        "Main dome;West dome;Planetarium;Plinth;Roll-off shed",
                        "Hauptkuppel;Westkuppel;Planetarium;Plattform;Schiebedach",
                        "Coupole principale;Coupole ouest;Planétarium;Terrasse;Abri",
                    ).split(";")
                ),
                rng.choice(["1", "2", "2", "4"]),
                rng.choice(["A", "A", "B", "C"]),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Item", "Gegenstand", "Équipement"),
            tr(lg, "Make", "Hersteller", "Marque"),
            tr(lg, "Model", "Modell", "Modèle"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Visits/yr", "Wartungen/J.", "Visites/an"),
            tr(lg, "Cover", "Stufe", "Niveau"),
        ],
        rows,
        ls,
        size=8,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    g.y += 12
    for t in [
        tr(
            lg,
            "Cover A: parts and labour; B: labour only; C: inspection only.",
            "Stufe A: Teile und Arbeit; B: nur Arbeit; C: nur Inspektion.",
            "Niveau A : pièces et main d'œuvre ; B : main d'œuvre ; C : contrôle seul.",
        )
    ]:
        write(g, ls, t, 7.5)
    pages += g.pages
    # The signature page.
    p = Page(A4)
    y = m + 10.0
    p.text(
        m,
        y,
        tr(
            lg,
            "SIGNED for and on behalf of the parties",
            "Unterschriften",
            "Fait en deux exemplaires",
        ),
        s.bold,
        s.size + 1,
    )
    y += 40
    for k, (party, name) in enumerate([(h.name, signer), (o.name, staff("director"))]):
        yy = y + k * 170
        p.text(m, yy, party, s.bold, s.size)
        p.text(m, yy + 22, tr(lg, "Name:", "Name:", "Nom :"), s.font, s.size)
        p.text(m, yy + 44, tr(lg, "Position:", "Funktion:", "Qualité :"), s.font, s.size)
        p.text(m, yy + 66, tr(lg, "Date:", "Ort, Datum:", "Date :"), s.font, s.size)
        p.text(m, yy + 100, tr(lg, "Signature:", "Unterschrift:", "Signature :"), s.font, s.size)
        if k == 0:
            p.text(m + 90, yy + 22, name, s.font, s.size)
            p.text(m + 90, yy + 44, tr(lg, "Director", "Geschäftsführer", "Gérant"), s.font, s.size)
            p.text(m + 90, yy + 66, day(h, d), s.font, s.size)
            scrawl(p, m + 90, yy + 98, name)
            if rng.random() < 0.6:
                stamp(p, w - m - 200, yy + 40, [h.name[:28], h.town])
        else:
            for z in (22, 44, 66, 100):
                p.line(m + 90, yy + z + 2, w - m - 60, yy + z + 2)
    pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, no))
    return pages


CHECKS = {
    "en": [
        "Dome rotation - drive motor current",
        "Dome rotation - wheels and track",
        "Shutter open/close cycle",
        "Shutter seals and weather strip",
        "Limit switches",
        "Emergency stop",
        "Mount RA/Dec drives",
        "Encoder homing",
        "Polar alignment check",
        "Primary mirror - inspection / clean",
        "Collimation",
        "Cable wrap and slip ring",
        "Controller firmware",
        "Rain sensor and auto-close",
    ],
    "de": [
        "Kuppeldrehung - Stromaufnahme Motor",
        "Laufrollen und Laufschiene",
        "Spalt öffnen/schließen",
        "Dichtungen Spalt",
        "Endschalter",
        "Not-Aus",
        "Antriebe RA/Dek",
        "Referenzfahrt Encoder",
        "Einnordung prüfen",
        "Hauptspiegel prüfen/reinigen",
        "Kollimation",
        "Kabelführung, Schleifring",
        "Firmware Steuerung",
        "Regensensor, Notschließung",
    ],
    "fr": [
        "Rotation coupole - intensité moteur",
        "Galets et rail",
        "Cycle ouverture trappe",
        "Joints de trappe",
        "Fins de course",
        "Arrêt d'urgence",
        "Moteurs AD/Déc",
        "Prise d'origine codeurs",
        "Mise en station",
        "Miroir primaire - contrôle",
        "Collimation",
        "Passage de câbles, collecteur",
        "Micrologiciel automate",
        "Capteur de pluie, fermeture auto",
    ],
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The engineer's field service report from a dome and telescope visit: a pre-printed
    form (job number, times, equipment), the checks ticked OK / adjusted / defect, readings
    and notes in hand, parts used and the signatures of engineer and duty officer."""
    h = head_of(who, "maintainer", abroad=0.15)
    lg = h.lang
    ex = last_extra(("service_report",))
    d = (
        ex[2] + timedelta(days=rng.choice([0, 0, 1, 28]))
        if isinstance(ex, tuple) and ex[0] == h.name
        else some_day(rng)
    )
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    no = serial(rng, "FSR 99999")
    y = form_title(
        p,
        s,
        y,
        tr(
            lg, "FIELD SERVICE REPORT", "SERVICEBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"
        ),
        no,
    )
    eng = person(keyed(who, "eng"), lg)
    t0 = rng.randint(8, 13)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), office_row()[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
            (
                tr(lg, "Arrived / left", "Ankunft / Ende", "Arrivée / départ"),
                f"{t0}:{rng.choice(['00', '15', '30', '45'])} / {t0 + rng.randint(2, 6)}:"
                f"{rng.choice(['00', '10', '40'])}",
            ),
        ],
        per=4,
        tall=26,
    )
    p.text(m, y, tr(lg, "Visit type:", "Art:", "Type :"), s.bold, 8)
    kind = rng.randrange(3)
    y = ticks(
        p,
        s,
        m + 72,
        y,
        w - 2 * m - 72,
        [
            tr(lg, "Planned maintenance", "Wartung", "Visite préventive"),
            tr(lg, "Breakdown", "Störung", "Dépannage"),
            tr(lg, "Installation", "Montage", "Installation"),
        ],
        {kind},
    )
    cols = [m, w - m - 150, w - m - 100, w - m - 50, w - m]
    p.rect(m, y, w - 2 * m, 14, fill=0.85)
    p.text(m + 4, y + 10, tr(lg, "Check", "Prüfpunkt", "Point de contrôle"), s.bold, 8)
    for k, t in enumerate(
        [
            tr(lg, "OK", "i.O.", "OK"),
            tr(lg, "Adj.", "Justiert", "Réglé"),
            tr(lg, "Defect", "Mangel", "Défaut"),
        ]
    ):
        p.text((cols[k + 1] + cols[k + 2]) / 2, y + 10, t, s.bold, 7.5, "center")
    y += 14
    defects = []
    for c in rng.sample(CHECKS[lg], rng.randint(8, 13)):
        r = rng.random()
        state = 0 if r < 0.72 else 1 if r < 0.9 else 2
        if state == 2:
            defects.append(c)
        p.rect(m, y, w - 2 * m, 15)
        for x in cols[1:-1]:
            p.line(x, y, x, y + 15)
        p.text(m + 4, y + 11, fit(c, s.font, 8, cols[1] - m - 8), s.font, 8)
        box(p, (cols[state + 1] + cols[state + 2]) / 2 - 4, y + 11, True, 8)
        y += 15
    y += 14
    p.text(m, y, tr(lg, "Readings", "Messwerte", "Relevés"), s.bold, 8.5)
    y += 12
    for label, v in [
        (
            tr(lg, "Drive current (A)", "Motorstrom (A)", "Intensité (A)"),
            f"{rng.uniform(1.2, 3.8):.1f}",
        ),
        (
            tr(lg, "Shutter cycle (s)", "Spaltzyklus (s)", "Cycle trappe (s)"),
            str(rng.randint(38, 95)),
        ),
        (
            tr(lg, "Pointing RMS (arcsec)", 'Pointing RMS (")', 'Pointage RMS (")'),
            f"{rng.uniform(4, 40):.0f}",
        ),
    ]:
        hand_line(p, m, y, (w - 2 * m) / 3 - 10, label, v, s.font, 8)
        y += 16
    y += 8
    p.text(
        m,
        y,
        tr(
            lg,
            "Work carried out / notes",
            "Ausgeführte Arbeiten / Bemerkungen",
            "Travaux réalisés / observations",
        ),
        s.bold,
        8.5,
    )
    y += 6
    p.rect(m, y, w - 2 * m, 110)
    notes = [words(rng, lg, "tech", rng.randint(5, 9)) for _ in range(rng.randint(2, 4))]
    if defects:
        notes.append(
            tr(
                lg,
                f"{defects[0]} - needs parts, quote to follow",
                f"{defects[0]} - Teile nötig, Angebot folgt",
                f"{defects[0]} - pièces à prévoir, devis à suivre",
            )
        )
    yy = y + 16
    for t in notes:
        for ln in wrap(t, HAND, 9, w - 2 * m - 12)[:2]:
            if yy < y + 104:
                hand(p, m + 6, yy, ln, 9)
                yy += 13
    y += 124
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Parts used", "Material", "Pièces"),
                rng.choice(
                    [
                        "-",
                        "grease 400g",
                        tr(lg, "fuse 5A x2", "Sicherung 5A x2", "fusible x2"),
                        tr(lg, "drive belt", "Keilriemen", "courroie"),
                    ]
                ),
            ),
            (
                tr(lg, "Labour (h)", "Arbeitszeit (Std.)", "Main d'œuvre (h)"),
                f"{rng.randint(2, 7)}.{rng.choice([0, 5])}",
            ),
            (
                tr(lg, "Follow-up needed", "Folgeauftrag", "Suite à donner"),
                tr(lg, "yes - quote", "ja - Angebot", "oui - devis")
                if defects
                else tr(lg, "no", "nein", "non"),
            ),
        ],
        per=3,
        tall=26,
    )
    y = min(y + 30, hh - 70)
    sign_line(p, m, y, 200, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, eng)
    sign_line(
        p,
        w / 2 + 10,
        y,
        200,
        tr(
            lg,
            "Customer (name and signature)",
            "Kunde (Name, Unterschrift)",
            "Client (nom et signature)",
        ),
        s.font,
        staff("technician"),
    )
    hand(p, w / 2 + 110, y - 4, staff("technician").split()[-1].upper(), 8)
    p.text(
        m,
        hh - 28,
        fit(
            tr(
                lg,
                "White copy: customer - yellow: office - pink: engineer",
                "Weiß: Kunde - Gelb: Büro - Rosa: Techniker",
                "Blanc : client - jaune : bureau - rose : technicien",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    pages = [p]
    remember(d, (h.name, no, d, defects))
    return pages


def tpl_repair_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The maintenance firm's quotation for repairs found at a service visit: a letter with
    the parts and labour table, totals and validity, and an acceptance slip at the foot or
    on a second page."""
    ex = last_extra(("service_report",))
    h = head_of(who, "maintainer", abroad=0.15)
    if isinstance(ex, tuple):
        h = head_named(ex[0], "maintainer") or h
        ref, defects = ex[1], ex[3]
    else:
        ref, defects = serial(rng, "FSR 99999"), []
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("service_report",), (3, 15))
    no = serial(rng, "Q-99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(staff("technician")),
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), no),
            (tr(lg, "Your visit report", "Servicebericht", "Rapport"), ref),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS"), 4)
    write(f, s, dear(lg, staff("technician")))
    fault = defects[0] if defects else rng.choice(CHECKS[lg])
    write(
        f,
        s,
        tr(
            lg,
            f"Following our engineer's visit we are pleased to quote for the repair below "
            f"({fault}). " + prose(rng, lg, "tech", 1, 2),
            f"im Anschluss an den Einsatz unseres Technikers bieten wir Ihnen die folgende "
            f"Instandsetzung an ({fault}). " + prose(rng, lg, "tech", 1, 2),
            f"Suite à l'intervention de notre technicien, nous vous proposons la réparation "
            f"suivante ({fault}). " + prose(rng, lg, "tech", 1, 2),
        ),
    )
    parts = tr(
        lg,
        "Gearbox, dome drive;Shutter drive chain;Rain sensor;Limit switch kit;"
        "Drive wheel with bearing;Motor controller board;Shutter seal set;Encoder cable",
        "Getriebe Kuppelantrieb;Antriebskette Spalt;Regensensor;Endschaltersatz;"
        "Laufrolle mit Lager;Motorsteuerplatine;Dichtungssatz Spalt;Encoderkabel",
        "Réducteur motorisation;Chaîne de trappe;Capteur de pluie;Kit fins de course;"
        "Galet avec roulement;Carte variateur;Jeu de joints;Câble codeur",
    ).split(";")
    rows, net = [], 0.0
    for k, item in enumerate(rng.sample(parts, rng.randint(1, 4)), 1):
        q = rng.choice([1, 1, 2, 4])
        pr = rng.choice([38.0, 86.5, 145.0, 312.0, 689.0, 1240.0])
        net += q * pr
        rows.append([str(k), item, str(q), money(pr, lg), money(q * pr, lg)])
    hrs = rng.choice([4, 6, 8, 12])
    rate = 85.0
    net += hrs * rate
    rows.append(
        [
            str(len(rows) + 1),
            tr(lg, "Labour (2 engineers)", "Montage (2 Techniker)", "Main d'œuvre (2 techniciens)"),
            str(hrs),
            money(rate, lg),
            money(hrs * rate, lg),
        ]
    )
    net += 120.0
    rows.append(
        [
            str(len(rows) + 1),
            tr(lg, "Travel", "Anfahrtspauschale", "Déplacement"),
            "1",
            money(120.0, lg),
            money(120.0, lg),
        ]
    )
    cols = columns(
        m, w - m, [(0.4, "left"), (4, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "This quotation is valid for 60 days. Lead time for parts 3-5 weeks.",
            "Angebot gültig 60 Tage. Lieferzeit Teile ca. 3-5 Wochen.",
            "Devis valable 60 jours. Délai pièces 3 à 5 semaines.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        person(keyed(who, "md"), lg),
        tr(lg, "Service Manager", "Serviceleitung", "Responsable SAV"),
    )
    pages = close(f.pages, s, h)
    accept = Page(A4) if f.y > hh - 190 else pages[-1]
    y = m + 20 if accept is not pages[-1] else hh - 170
    slip_rule(
        accept,
        m,
        w - m,
        y,
        tr(lg, "Please return", "Bitte zurücksenden", "Bon pour accord - à retourner"),
    )
    accept.text(
        m,
        y + 22,
        tr(
            lg,
            f"We accept quotation {no} and order the work described.",
            f"Wir beauftragen die Arbeiten gemäß Angebot {no}.",
            f"Bon pour accord sur le devis {no}.",
        ),
        s.font,
        s.size,
    )
    for k, cap in enumerate(
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Order no.", "Bestell-Nr.", "N° de commande"),
        ]
    ):
        x = m + (k % 2) * (w / 2 - m)
        yy = y + 60 + (k // 2) * 40
        accept.line(x, yy, x + w / 2 - m - 30, yy)
        accept.text(x, yy + 9, cap, s.font, 7)
    if accept is not pages[-1]:
        pages.append(accept)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, no))
    return pages


MODULES = {
    "en": [
        "Annual software maintenance and support",
        "Fulldome show licence: 'Cosmic Dawn'",
        "Fulldome show licence: 'We Are Stars'",
        "Additional operator seat",
        "Live sky data module",
        "Content update pack",
        "Remote support hours (block of 10)",
    ],
    "de": [
        "Software-Wartung und Support (jährlich)",
        'Showlizenz Fulldome „Kosmische Morgendämmerung"',
        'Showlizenz „Sternenkinder"',
        "Zusätzlicher Bedienplatz",
        "Modul Live-Himmelsdaten",
        "Inhaltsupdate",
        "Fernwartung (10 Std.)",
    ],
    "fr": [
        "Maintenance logicielle et assistance annuelle",
        "Licence de séance fulldome « Aube cosmique »",
        "Licence « Enfants des étoiles »",
        "Poste opérateur supplémentaire",
        "Module ciel en direct",
        "Pack de mise à jour",
        "Assistance à distance (10 h)",
    ],
}


def tpl_licence_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A planetarium software vendor's licence invoice: the invoice (licence period,
    maintenance, show licences, seats; VAT, reverse charge or US sales terms) and the
    licence certificate on a page of its own (licensee, site, keys, modules, validity)."""
    h = head_of(who, "software", abroad=0.35)
    lg = h.lang
    us = "CO 80302" in h.town
    size = LETTER if us else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    o = office_head()
    d = some_day(rng)
    no = serial(rng, "INV-999999" if lg == "en" else "RE-2025-9999" if lg == "de" else "FA-99999")
    start = add_months(d, 1)
    end = add_months(start, 12) - timedelta(days=1)
    cur = "$" if us else ""
    due = d + timedelta(days=30)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer ID", "Kunden-Nr.", "Client n°"), serial(keyed(who, "c"), "C-99999")),
            (
                tr(lg, "Due", "Fällig", "Échéance"),
                short(d + timedelta(days=30), lg)
                if not us
                else f"{MONTH_NAMES['en'][due.month - 1]} {due.day}",
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Licence period {short(start, lg)} to {short(end, lg)}",
            f"Lizenzzeitraum {short(start, lg)} bis {short(end, lg)}",
            f"Période de licence du {short(start, lg)} au {short(end, lg)}",
        ),
        s.size,
    )
    items = [MODULES[lg][0], *rng.sample(MODULES[lg][1:], rng.randint(1, 3))]
    rows, net = [], 0.0
    for it in items:
        q = 1 if "seat" not in it else rng.randint(1, 2)
        pr = rng.choice([1850.0, 2400.0, 950.0, 1200.0, 480.0, 650.0])
        net += q * pr
        rows.append(
            [
                it,
                str(q),
                (cur + money(pr, "en")) if us else money(pr, lg),
                (cur + money(q * pr, "en")) if us else money(q * pr, lg),
            ]
        )
    cols = columns(m, w - m, [(5, "left"), (0.6, "right"), (1.3, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    if us:
        f.y += 6
        f.page.text(w - m, f.y, f"TOTAL DUE  USD {money(net, 'en')}", s.bold, s.size + 1, "right")
        f.y += 20
        write(
            f,
            s,
            "Export sale - no US sales tax. Customer to account for import VAT where "
            "applicable. Pay by wire transfer; bank charges are for the remitter's account.",
            s.size - 1,
        )
    elif lg != home():
        f.y += 6
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Total', 'Gesamt', 'Total')}  {cash(net, lg)}",
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
                "Reverse charge: the customer is liable for the VAT.",
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                "Autoliquidation : TVA due par le preneur (art. 283-2 CGI).",
            ),
            s.size - 1,
        )
    else:
        totals(f, s, lg, net, vat_rate(lg))
    pages = close(f.pages, s, h, numbers="none")
    # The licence certificate.
    p = Page(size)
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(33, 33, w - 66, hh - 66)
    y = 90.0
    p.text(w / 2, y, h.name, h.bold, 12, "center")
    p.text(
        w / 2,
        y + 40,
        tr(lg, "LICENCE CERTIFICATE", "LIZENZZERTIFIKAT", "CERTIFICAT DE LICENCE"),
        h.bold,
        20,
        "center",
    )
    y += 90
    y = pairs(
        p,
        s,
        90,
        y,
        [
            (tr(lg, "Licensee", "Lizenznehmer", "Titulaire"), o.name),
            (tr(lg, "Site", "Standort", "Site"), f"{o.street}, {o.town}"),
            (
                tr(lg, "Licence no.", "Lizenz-Nr.", "N° de licence"),
                serial(keyed(who, "lic"), "LIC-99999-AA"),
            ),
            (tr(lg, "Valid", "Gültig", "Validité"), f"{short(start, lg)} - {short(end, lg)}"),
            (tr(lg, "Dome", "Kuppel", "Dôme"), rng.choice(["8 m", "10 m", "12.5 m", "6 m"])),
            (tr(lg, "Seats", "Plätze", "Postes"), str(rng.randint(1, 3))),
        ],
        w - 90,
        s.size + 0.5,
    )
    y += 20
    p.text(
        90, y, tr(lg, "Licensed modules", "Lizenzierte Module", "Modules sous licence"), h.bold, 10
    )
    y += 16
    for it in items:
        p.text(100, y, "- " + fit(it, s.font, 9, w - 200), s.font, 9)
        y += 13
    y += 16
    p.text(
        90, y, tr(lg, "Activation keys", "Aktivierungsschlüssel", "Clés d'activation"), h.bold, 10
    )
    y += 16
    for _ in range(rng.randint(1, 3)):
        p.text(100, y, serial(rng, "AAAA9-99AAA-A9A99-9AAA9-99AA9"), "Courier", 9.5)
        y += 14
    p.text(
        w / 2,
        hh - 100,
        fit(
            tr(
                lg,
                "This certificate is subject to the End User Licence "
                "Agreement. Keep it with your records.",
                "Es gelten die Endbenutzer-Lizenzbedingungen.",
                "Soumis aux conditions générales de licence.",
            ),
            s.font,
            7.5,
            w - 140,
        ),
        s.font,
        7.5,
        "center",
    )
    scrawl(p, w - 220, hh - 130, person(keyed(who, "ceo"), lg))
    pages.append(p)
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: grants
# ---------------------------------------------------------------------------------------------

PROJECTS = {
    "en": [
        "Stars for Schools outreach programme",
        "accessible planetarium seating",
        "replacement of the dome shutter drive",
        "dark sky discovery evenings",
        "a solar telescope for public viewing",
        "the Young Astronomers club",
    ],
    "de": [
        'Schulprogramm „Sterne für alle"',
        "barrierefreie Planetariumsbestuhlung",
        "Erneuerung des Kuppelantriebs",
        "Sternführungen im Naturpark",
        "ein Sonnenteleskop für öffentliche Beobachtungen",
        "die Jugendgruppe Astronomie",
    ],
    "fr": [
        "le programme « Le ciel à l'école »",
        "l'accessibilité du planétarium",
        "le remplacement de la motorisation de la coupole",
        "les nuits des étoiles",
        "une lunette solaire pour le public",
        "le club jeunes astronomes",
    ],
}
CONDITIONS = {
    "en": [
        "Use of the grant",
        "Payment",
        "Monitoring and reporting",
        "Acknowledgement",
        "Changes to the project",
        "Records and audit",
        "Equal opportunities",
        "Safeguarding",
        "Repayment",
        "Data protection",
        "Freedom of information",
    ],
    "de": [
        "Zweckbindung",
        "Auszahlung",
        "Verwendungsnachweis",
        "Öffentlichkeitsarbeit",
        "Änderungen",
        "Prüfungsrecht",
        "Vergabe",
        "Kinderschutz",
        "Rückforderung",
        "Datenschutz",
        "Inkrafttreten",
    ],
    "fr": [
        "Objet de la subvention",
        "Versement",
        "Compte rendu financier",
        "Communication",
        "Modification du projet",
        "Contrôle",
        "Égalité",
        "Protection des mineurs",
        "Reversement",
        "Données personnelles",
        "Litiges",
    ],
}


def tpl_grant_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A grant award letter from a council or a science foundation: the letter (project,
    amount, instalments, conditions), the conditions of grant on numbered pages and the
    acceptance form to sign and return."""
    h = head_of(who, "funder")
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(
        rng, "GR/99/999" if lg == "en" else "AZ 99-9999/99" if lg == "de" else "SUB-9999-999"
    )
    amount = rng.choice([750.0, 1500.0, 2500.0, 4000.0, 7500.0, 12000.0])
    proj = rng.choice(PROJECTS[lg])
    officer = person(keyed(who, "officer"), lg)
    grantee = society() if rng.random() < 0.3 else office_row()[0]
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(staff("director")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Référence"), ref),
            (tr(lg, "Contact", "Ansprechpartner", "Dossier suivi par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Grant award - {proj}",
            "Zuwendungsbescheid"
            if "amt" in h.name or "Gemeinde" in h.name
            else f"Förderzusage - {proj}",
            f"Attribution d'une subvention - {proj}",
        ),
        1.5,
    )
    write(f, s, dear(lg, staff("director")))
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to tell you that your application for {proj} has been successful and "
            f"that a grant of {cash(amount, lg)} has been awarded to {grantee}.",
            f"wir freuen uns, Ihnen mitzuteilen, dass für {proj} eine Zuwendung in Höhe von "
            f"{cash(amount, lg)} bewilligt wurde.",
            f"J'ai le plaisir de vous informer qu'une subvention de {cash(amount, lg)} vous est "
            f"attribuée pour {proj}.",
        ),
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "grant", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the acceptance form within 28 days. Payment will be made in "
            "two instalments: 75% on acceptance and 25% on receipt of the final report.",
            "Bitte senden Sie die Annahmeerklärung innerhalb von vier Wochen unterschrieben "
            "zurück. Die Auszahlung erfolgt auf Anforderung mit dem beigefügten Formular.",
            "Nous vous remercions de nous retourner le formulaire d'acceptation signé sous un "
            "mois. Le versement interviendra sur demande accompagnée des justificatifs.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(keyed(who, "head"), lg),
        tr(lg, "Grants Manager", "Sachgebietsleitung", "Le Président, par délégation"),
    )
    pages = close(f.pages, s, h, numbers="none")
    # The conditions of grant.
    g = sheets(
        s,
        h,
        tr(
            lg,
            f"Conditions of grant - {ref}",
            f"Nebenbestimmungen - {ref}",
            f"Conditions générales - {ref}",
        ),
        top=False,
    )
    caption(
        g,
        s,
        tr(
            lg,
            "STANDARD CONDITIONS OF GRANT",
            "ALLGEMEINE NEBENBESTIMMUNGEN",
            "CONDITIONS GÉNÉRALES D'ATTRIBUTION",
        ),
        2,
        rule=True,
    )
    for k, c in enumerate(CONDITIONS[lg][: rng.randint(6, 11)], 1):
        g.heading(s.margin, f"{k}. {c}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            write(g, s, f"{k}.{j + 1}  " + prose(rng, lg, "grant", 1, 3), s.size - 0.5, 14)
    pages += close(
        g.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    # The acceptance form.
    p = Page(A4)
    y = heading(p, s, h)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "ACCEPTANCE OF GRANT",
            "ANNAHMEERKLÄRUNG / RECHTSBEHELFSVERZICHT",
            "ACCEPTATION DE LA SUBVENTION",
        ),
        ref,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Bénéficiaire"), office_row()[0]),
            (tr(lg, "Project", "Vorhaben", "Projet"), proj),
            (tr(lg, "Amount awarded", "Bewilligter Betrag", "Montant attribué"), cash(amount, lg)),
            (tr(lg, "Bank account name", "Kontoinhaber", "Titulaire du compte"), ""),
            ("IBAN / " + tr(lg, "Sort code & account", "BIC", "BIC"), ""),
            (tr(lg, "Charity / register no.", "Registernummer", "N° RNA / SIRET"), ""),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    y += 4
    for ln in wrap(
        tr(
            lg,
            "On behalf of the organisation named above I accept the grant on the "
            "terms of the award letter and the standard conditions of grant.",
            "Wir nehmen den Bescheid an und verzichten auf Rechtsbehelfe.",
            "Au nom du bénéficiaire, j'accepte la subvention aux conditions indiquées.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 40
    for k, cap in enumerate(
        [
            tr(lg, "Signature", "Unterschrift", "Signature"),
            tr(lg, "Name and position", "Name, Funktion", "Nom et qualité"),
            tr(lg, "Date", "Datum", "Date"),
        ]
    ):
        p.line(m, y + k * 40, w - m - 150, y + k * 40)
        p.text(m, y + k * 40 + 9, cap, s.font, 7)
    pages += close([p], s, h, numbers="none")
    received(rng, pages[0], d, 0.5)
    remember(d, (h.name, ref, amount, proj))
    return pages


def tpl_grant_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The observatory's payment claim or end-of-grant report to a funder: the claim form
    (grant reference, period, amount claimed, outcomes), the expenditure table (on a
    landscape page when long) and the declaration signed by the director and the
    treasurer."""
    o = office_head()
    lg = o.lang
    ex = last_extra(("grant_letter",))
    if isinstance(ex, tuple):
        funder, ref, amount, proj = ex
        d = last_day(rng, ("grant_letter",), (20, 90))
    else:
        fh = head_of(who, "funder")
        funder, ref = fh.name, serial(rng, "GR/99/999" if lg == "en" else "AZ 99-9999/99")
        amount, proj = rng.choice([1500.0, 4000.0, 7500.0]), rng.choice(PROJECTS[lg])
        d = some_day(rng)
    s = style_of(o, A4, margin=48, pt=9)
    w, _hh = A4
    m = s.margin
    title = tr(
        lg,
        "GRANT PAYMENT CLAIM AND PROGRESS REPORT",
        "MITTELANFORDERUNG UND VERWENDUNGSNACHWEIS",
        "DEMANDE DE VERSEMENT ET COMPTE RENDU",
    )
    f = sheets(s, o, f"{o.name} - {title} - {ref}")
    f.y = form_title(f.page, s, f.y, title, f"{funder} - {ref}")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Grant reference", "Aktenzeichen", "Référence"), ref),
            (tr(lg, "Project", "Vorhaben", "Projet"), proj),
            (tr(lg, "Amount awarded", "Bewilligt", "Montant attribué"), cash(amount, lg)),
            (tr(lg, "Claim no.", "Anforderung Nr.", "Demande n°"), str(rng.randint(1, 2))),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.4,
    )
    f.heading(m, tr(lg, "Progress", "Sachbericht", "Bilan qualitatif"), s.bold, s.size + 1)
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "grant", 2, 4))
    outs = [
        (
            tr(lg, "School pupils reached", "erreichte Schüler/innen", "élèves accueillis"),
            str(rng.randint(120, 1400)),
        ),
        (
            tr(lg, "Public evenings held", "öffentliche Abende", "soirées publiques"),
            str(rng.randint(4, 30)),
        ),
        (
            tr(lg, "Volunteer hours", "Ehrenamtsstunden", "heures bénévoles"),
            str(rng.randint(80, 900)),
        ),
    ]
    f.y = pairs(f.page, s, m, f.y, outs, m + 300)
    f.y += 10
    rows, total = [], 0.0
    suppliers = (
        [r[0] for r in SENDERS["maintainer"][lg]]
        + [r[0] for r in SENDERS["software"].get(lg, [])]
        + [r[0] for r in SENDERS["oil"][lg]]
    )
    for _ in range(rng.randint(4, 16)):
        v = round(rng.uniform(40, amount / 3), 2)
        total += v
        rows.append(
            [
                short(d - timedelta(days=rng.randint(5, 200)), lg),
                rng.choice(suppliers),
                words(rng, lg, "grant", 3)[:-1],
                serial(rng, "99999"),
                money(v, lg),
            ]
        )
    if len(rows) > 9:
        pages0 = close(f.pages, s, o, numbers="none")
        ls = paper(s, landscape(A4), margin=44, pt=8.5)
        g = plain_sheets(ls, f"{ref} - " + tr(lg, "Expenditure", "Ausgaben", "Dépenses"))
        caption(
            g,
            ls,
            tr(
                lg,
                "Statement of expenditure",
                "Zahlenmäßiger Nachweis",
                "État récapitulatif des dépenses",
            ),
            2,
        )
        target = g
        tw_ = landscape(A4)[0]
    else:
        pages0 = []
        g = f
        ls = s
        target = f
        tw_ = w
        f.heading(m, tr(lg, "Expenditure", "Ausgaben", "Dépenses"), s.bold, s.size + 1)
    cols = columns(
        ls.margin,
        tw_ - ls.margin,
        [(1.1, "left"), (3, "left"), (3, "left"), (1, "left"), (1.2, "right")],
    )
    table(
        target,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Supplier", "Empfänger", "Fournisseur"),
            tr(lg, "Item", "Zweck", "Objet"),
            tr(lg, "Inv. no.", "Beleg", "Pièce"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        ls,
        rules=True,
    )
    target.need(40)
    target.page.text(
        tw_ - ls.margin,
        target.y + 4,
        f"{tr(lg, 'Total', 'Summe', 'Total')}  {cash(total, lg)}",
        ls.bold,
        ls.size + 0.5,
        "right",
    )
    target.y += 26
    target.need(130)
    write(
        target,
        ls,
        tr(
            lg,
            f"Amount now claimed: {cash(min(total, amount) * 0.75, lg)}. We "
            "certify that the expenditure shown was incurred on the project and "
            "that the grant has been used for its purpose.",
            f"Angeforderter Betrag: {cash(min(total, amount), lg)}. Wir "
            "bestätigen die sparsame und zweckentsprechende Verwendung der Mittel.",
            f"Montant demandé : {cash(min(total, amount), lg)}. Nous certifions "
            "l'exactitude des dépenses présentées.",
        ),
    )
    target.y += 34
    sign_line(
        target.page, ls.margin, target.y, 180, role_of("director", lg), ls.font, staff("director")
    )
    sign_line(
        target.page,
        ls.margin + 240,
        target.y,
        180,
        role_of("treasurer", lg),
        ls.font,
        staff("treasurer"),
    )
    target.y += 20
    pages = pages0 + g.pages if pages0 else close(f.pages, s, o, numbers="none")
    number_pages(
        pages,
        s,
        rng.choice(["none", "{i}/{n}", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
        "tr",
    )
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: volunteers and members
# ---------------------------------------------------------------------------------------------

ROLES = {
    "en": [
        "Dome guide",
        "Planetarium presenter",
        "Telescope operator",
        "Front of house",
        "Shop assistant",
        "Outreach helper (schools)",
    ],
    "de": [
        "Kuppelführer/in",
        "Planetariumsvorführung",
        "Teleskopbetreuung",
        "Empfang und Kasse",
        "Shop",
        "Schulprogramm",
    ],
    "fr": [
        "Guide de coupole",
        "Animateur planétarium",
        "Opérateur télescope",
        "Accueil billetterie",
        "Boutique",
        "Animations scolaires",
    ],
}


def a_volunteer(rng: random.Random, lg: str) -> tuple[str, list[str], date]:
    name = person(rng, lg)
    road = rng.choice(STREETS[lg])
    no = rng.randint(1, 88)
    born = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return name, [f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])], born


def tpl_volunteer_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A volunteer agreement: what the observatory offers and asks, the role description
    (tasks, hours, training, contact) and the signatures of the volunteer and the volunteer
    coordinator; two or three pages, numbered or not."""
    o = office_head()
    lg = o.lang
    s = style_of(o)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    name, addr, born = a_volunteer(rng, lg)
    role = rng.choice(ROLES[lg])
    title = tr(
        lg,
        "Volunteer Agreement",
        "Vereinbarung über ehrenamtliche Mitarbeit",
        "Convention d'engagement bénévole",
    )
    f = sheets(s, o, f"{o.name} - {title} - {name}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Volunteer", "Name", "Bénévole"), name),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(addr)),
            (tr(lg, "Role", "Tätigkeit", "Mission"), role),
            (tr(lg, "Start date", "Beginn", "Début"), short(d, lg)),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This agreement describes what you can expect from us and what we hope "
            "from you. It is binding in honour only and is not a contract of employment.",
            "Diese Vereinbarung begründet kein Arbeitsverhältnis.",
            "La présente convention ne constitue pas un contrat de travail.",
        ),
    )
    for head, n in [
        (
            tr(lg, "What you can expect from us", "Was wir Ihnen zusagen", "Nos engagements"),
            rng.randint(4, 7),
        ),
        (
            tr(lg, "What we ask of you", "Was wir von Ihnen erwarten", "Vos engagements"),
            rng.randint(4, 7),
        ),
    ]:
        f.heading(m, head, s.bold, s.size + 1)
        for _ in range(n):
            write(f, s, "- " + words(rng, lg, "astro"), indent=10)
    f.heading(
        m,
        tr(lg, "Role description", "Aufgabenbeschreibung", "Description de la mission"),
        s.bold,
        s.size + 1,
    )
    cols = columns(m, w - m, [(1.3, "left"), (4, "left")])
    table(
        f,
        cols,
        ["", ""],
        [
            [tr(lg, "Role", "Tätigkeit", "Mission"), role],
            [tr(lg, "Tasks", "Aufgaben", "Tâches"), words(rng, lg, "astro", 8)[:-1]],
            [
                tr(lg, "When", "Zeiten", "Horaires"),
                tr(
                    lg,
                    "2 evenings a month, some Saturdays",
                    "2 Abende im Monat, einzelne Samstage",
                    "2 soirées par mois, quelques samedis",
                ),
            ],
            [
                tr(lg, "Training", "Einarbeitung", "Formation"),
                tr(
                    lg,
                    "Induction, safeguarding, fire",
                    "Einweisung, Kinderschutz, Brandschutz",
                    "Accueil, sécurité, protection des mineurs",
                ),
            ],
            [tr(lg, "Contact", "Ansprechpartner", "Référent"), staff("volunteers")],
            [
                tr(lg, "Expenses", "Auslagen", "Frais"),
                tr(
                    lg,
                    "Mileage at 45p/mile on request",
                    "Fahrtkosten 0,30 €/km auf Antrag",
                    "Frais kilométriques sur justificatif",
                ),
            ],
        ],
        s,
        rules=True,
    )
    f.need(150)
    f.y += 20
    f.page.text(m, f.y, tr(lg, "Signed", "Unterschriften", "Signatures"), s.bold, s.size)
    f.y += 40
    sign_line(
        f.page,
        m,
        f.y,
        190,
        tr(lg, "Volunteer", "Ehrenamtliche/r", "Le/la bénévole"),
        s.font,
        name,
        rng.random() < 0.85,
    )
    sign_line(f.page, m + 250, f.y, 190, role_of("volunteers", lg), s.font, staff("volunteers"))
    f.y += 40
    hand(f.page, m, f.y, short(d, lg))
    f.y += 20
    if lg == "de" and rng.random() < 0.6:
        f.need(80)
        f.y += 10
        write(
            f,
            s,
            "Einwilligung Datenschutz: Ich bin einverstanden, dass meine Daten zur "
            "Einsatzplanung gespeichert werden.",
            s.size - 1,
        )
        box(f.page, m, f.y, True)
        f.page.text(m + 14, f.y, "ja", s.font, s.size - 1)
    pages = close(f.pages, s, o)
    remember(d, (name, addr, born, role))
    return pages


DBS_DOCS = {
    "en": [
        (
            "Group 1",
            [
                "Passport",
                "Photocard driving licence",
                "Birth certificate (12 months)",
                "Biometric residence permit",
            ],
        ),
        ("Group 2a", ["Paper driving licence", "Marriage certificate", "HM Forces ID card"]),
        (
            "Group 2b",
            [
                "Utility bill (3 months)",
                "Bank statement (3 months)",
                "Council tax statement",
                "P60",
                "Mortgage statement",
            ],
        ),
    ],
}


def tpl_dbs_check(rng: random.Random, who: Issuer) -> list[Page]:
    """The record of a volunteer's criminal record check: in England the umbrella body's
    DBS identity verification form (documents seen, ticked by group, the verifier's
    declaration); in Germany the observatory's note of having seen the extended
    Führungszeugnis; in France the attestation d'honorabilité check record."""
    lg = home()
    ex = last_extra(("volunteer_agreement", "dbs_check"))
    if isinstance(ex, tuple) and after(("volunteer_agreement",)):
        name, addr, born, role = ex
    else:
        name, addr, born = a_volunteer(rng, lg)
        role = rng.choice(ROLES[lg])
    d = last_day(rng, ("volunteer_agreement", "dbs_check"), (0, 12))
    verifier = staff("volunteers")
    if lg == "en":
        h = head_of(who, "umbrella")
        s = style_of(h, A4, margin=40, pt=8.5)
        w, _hh = A4
        m = s.margin
        p = Page(A4)
        y = heading(p, s, h)
        y = form_title(
            p,
            s,
            y,
            "DBS Application - ID Verification Checklist",
            f"Organisation ref {serial(keyed(who, 'org'), 'ORG9999')} - {office_row()[0]}",
        )
        y = band(p, s, y, "Section A - Applicant")
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                ("Surname", name.split()[-1].upper()),
                ("Forename(s)", name.split()[0].upper()),
                ("Date of birth", short(born, lg)),
                ("Current address", ", ".join(addr)),
                ("Position applied for", f"Volunteer - {role}"),
                ("Level of check", "Enhanced (child workforce)"),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "Section B - Documents seen (originals only)")
        y += 8
        seen: set[str] = set()
        for grp, docs in DBS_DOCS["en"]:
            p.text(m, y, grp, s.bold, 8)
            on = set(rng.sample(range(len(docs)), 1 if grp == "Group 1" else rng.randint(0, 1)))
            seen |= {docs[k] for k in on}
            y = ticks(p, s, m + 60, y, w - 2 * m - 60, docs, on)
            y += 4
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Document no. (Group 1)", serial(rng, "999999999")),
                ("Issue date", short(born.replace(year=min(born.year + 30, 2023)), lg)),
                ("Address verified by", next(iter(sorted(seen))) if seen else "Passport"),
                ("Name change in last 5 yrs?", "No"),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "Section C - Declaration by ID verifier")
        y += 10
        for ln in wrap(
            "I confirm that I have seen the original documents listed above, that "
            "the photograph is a true likeness of the applicant and that the "
            "details on the application match the documents.",
            s.font,
            8,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 8)
            y += 11
        y += 30
        sign_line(p, m, y, 200, "Verifier signature", s.font, verifier)
        hand(p, m + 260, y - 4, verifier)
        p.line(m + 250, y, m + 400, y)
        p.text(m + 250, y + 9, "Print name", s.font, 7)
        hand(p, m + 430, y - 4, short(d, lg))
        p.text(m + 420, y + 9, "Date", s.font, 7)
        y += 40
        y = band(p, s, y, "For umbrella body use")
        p.text(
            m,
            y + 12,
            "E-bulk ref: ______________   Certificate no.: ______________   Issued: ________",
            s.font,
            7.5,
        )
        pages = close([p], s, h, numbers="none")
    elif lg == "de":
        o = office_head()
        s = style_of(o, A4)
        w, _hh = A4
        m = s.margin
        f = sheets(s, o)
        caption(f, s, "Dokumentation der Einsichtnahme in das erweiterte Führungszeugnis", 2)
        write(
            f,
            s,
            "gemäß § 72a SGB VIII / Selbstverpflichtung des Trägers zum Kinder- und Jugendschutz",
            s.size - 1,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 6,
            w - 2 * m,
            [
                ("Name, Vorname", f"{name.split()[-1]}, {name.split()[0]}"),
                ("Geburtsdatum", short(born, lg)),
                ("Anschrift", ", ".join(addr)),
                ("Tätigkeit", role),
                (
                    "Ausstellungsdatum des Führungszeugnisses",
                    short(d - timedelta(days=rng.randint(5, 80)), lg),
                ),
                ("Datum der Einsichtnahme", short(d, lg)),
            ],
            per=2,
            tall=28,
        )
        f.page.text(
            m,
            f.y,
            "Das Führungszeugnis enthält keine Eintragung wegen einer Straftat "
            "nach § 72a Abs. 1 SGB VIII.",
            s.font,
            s.size - 0.5,
        )
        f.y += 14
        yes = rng.random() < 0.95
        ticks(f.page, s, m, f.y, w - 2 * m, ["zutreffend", "nicht zutreffend"], {0 if yes else 1})
        f.y += 30
        write(
            f,
            s,
            "Das Führungszeugnis wurde eingesehen und der Person zurückgegeben. Eine "
            "Kopie wird nicht angefertigt. Wiedervorlage nach fünf Jahren: "
            + short(d.replace(year=d.year + 5), lg)
            + ".",
            s.size - 0.5,
        )
        f.y += 40
        sign_line(f.page, m, f.y, 190, "Unterschrift Einsichtnehmende/r", s.font, verifier)
        sign_line(
            f.page,
            m + 250,
            f.y,
            190,
            "Unterschrift Ehrenamtliche/r",
            s.font,
            name,
            rng.random() < 0.7,
        )
        pages = close(f.pages, s, o, numbers="none")
    else:
        o = office_head()
        s = style_of(o, A4)
        w, _hh = A4
        m = s.margin
        f = sheets(s, o)
        caption(f, s, "Contrôle d'honorabilité des bénévoles", 3)
        write(f, s, "Fiche de suivi - accueil collectif de mineurs (art. L133-6 CASF)", s.size - 1)
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 6,
            w - 2 * m,
            [
                ("Nom, prénom", f"{name.split()[-1].upper()} {name.split()[0]}"),
                ("Né(e) le", short(born, lg)),
                ("Adresse", ", ".join(addr)),
                ("Mission", role),
                (
                    "Attestation d'honorabilité délivrée le",
                    short(d - timedelta(days=rng.randint(3, 40)), lg),
                ),
                ("Numéro d'attestation", serial(rng, "AH-9999-999999")),
            ],
            per=2,
            tall=28,
        )
        write(
            f,
            s,
            "Le responsable de la structure atteste avoir vérifié la validité de "
            "l'attestation sur la plateforme dédiée.",
            s.size - 0.5,
        )
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Attestation valide", "À renouveler", "Non conforme"],
            {0},
        )
        f.y += 40
        sign_line(f.page, m, f.y, 190, "Le responsable", s.font, staff("director"))
        hand(
            f.page,
            m + 260,
            f.y - 4,
            f"Fait à {office_row()[2].split(' ', 1)[1]}, le {short(d, lg)}",
            9,
        )
        seal(
            f.page,
            w - m - 60,
            f.y + 60,
            34,
            office_row()[0][:30].upper(),
            office_row()[2].split(" ", 1)[1].upper(),
        )
        pages = close(f.pages, s, o, numbers="none")
    remember(d, (name, addr, born, role))
    return pages


CATEGORIES = {
    "en": [
        ("Full member", 32.0),
        ("Joint / family", 45.0),
        ("Concession", 20.0),
        ("Junior (under 18)", 10.0),
        ("Life member", 0.0),
    ],
    "de": [
        ("Ordentliches Mitglied", 48.0),
        ("Familie", 72.0),
        ("Ermäßigt", 24.0),
        ("Jugend (bis 18)", 12.0),
        ("Fördermitglied", 100.0),
    ],
    "fr": [
        ("Adhérent", 35.0),
        ("Famille", 50.0),
        ("Tarif réduit", 18.0),
        ("Jeune (-18 ans)", 10.0),
        ("Membre bienfaiteur", 80.0),
    ],
}
INTERESTS = {
    "en": ["Visual observing", "Imaging", "Solar", "Outreach", "Meteors", "Variable stars"],
    "de": [
        "Visuelle Beobachtung",
        "Astrofotografie",
        "Sonne",
        "Öffentlichkeitsarbeit",
        "Meteore",
        "Veränderliche",
    ],
    "fr": [
        "Observation visuelle",
        "Astrophotographie",
        "Soleil",
        "Animation",
        "Météores",
        "Étoiles variables",
    ],
}


def a_member(rng: random.Random, lg: str) -> tuple[str, list[str], str]:
    name, addr, _ = a_volunteer(rng, lg)
    return name, addr, serial(rng, "M-9999" if lg == "en" else "99999" if lg == "de" else "A-999")


def tpl_renewal_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's society renewal form as it comes back, filled in by hand: details,
    category ticked, interests, newsletter by post or email, payment method, and the Gift
    Aid declaration (England), the SEPA mandate (Germany) or the image rights consent
    (France); on A5 or A4."""
    sh = society_head()
    lg = sh.lang
    size = keyed(who, "renewal").choice([A5, A4, A5])
    s = style_of(sh, size, margin=30 if size == A5 else 46, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    name, addr, no = a_member(rng, lg)
    d = some_day(rng)
    year = d.year + (1 if d.month >= 9 else 0)
    host = {"en": ["gmail.com", "btinternet.com"], "de": ["web.de", "gmx.de"]}.get(
        lg, ["orange.fr", "free.fr"]
    )
    mail = f"{name.split()[0]}.{name.split()[-1]}@{rng.choice(host)}".lower()
    mail = mail.translate(str.maketrans("éèëüöäçï", "eeeuoaci"))
    p = Page(size)
    y = m - 2
    p.text(w / 2, y, society(), s.bold, shrink(society(), s.bold, 12, w - 2 * m), "center")
    y += 16
    title = tr(
        lg,
        f"Membership renewal {year}",
        f"Mitgliedschaft {year} - Rückmeldung",
        f"Bulletin de renouvellement d'adhésion {year}",
    )
    p.text(w / 2, y, fit(title, s.bold, 10, w - 2 * m), s.bold, 10, "center")
    y += 8
    p.line(m, y, w - m, y)
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom, prénom"), name),
            (tr(lg, "Membership no.", "Mitglieds-Nr.", "N° adhérent"), no),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(addr)),
            (
                tr(lg, "Email", "E-Mail", "Courriel"),
                mail,
            ),
        ],
        per=2,
        tall=24 if size == A5 else 26,
    )
    cat = rng.randrange(len(CATEGORIES[lg]))
    p.text(m, y, tr(lg, "Category:", "Beitragsart:", "Cotisation :"), s.bold, 7.5)
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [f"{c} {cash(v, lg) if v else ''}".strip() for c, v in CATEGORIES[lg]],
        {cat},
        pt=7.5,
    )
    p.text(m, y + 2, tr(lg, "Interests:", "Interessen:", "Centres d'intérêt :"), s.bold, 7.5)
    y = ticks(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        INTERESTS[lg],
        set(rng.sample(range(6), rng.randint(1, 3))),
        pt=7.5,
    )
    p.text(
        m, y + 2, tr(lg, "Newsletter by:", "Mitteilungsblatt per:", "Bulletin par :"), s.bold, 7.5
    )
    ticks(
        p,
        s,
        m + 90,
        y + 2,
        w - 2 * m - 90,
        [tr(lg, "email", "E-Mail", "courriel"), tr(lg, "post", "Post", "courrier")],
        {rng.randint(0, 1)},
        pt=7.5,
    )
    y += 22
    pay = rng.randrange(3)
    p.text(m, y, tr(lg, "Payment:", "Zahlung:", "Règlement :"), s.bold, 7.5)
    ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        tr(
            lg,
            "cheque enclosed;bank transfer;standing order",
            "Lastschrift;Überweisung;bar",
            "chèque joint;virement;espèces",
        ).split(";"),
        {pay},
        pt=7.5,
    )
    y += 20
    if lg == "en":
        y = band(p, s, y, "Gift Aid declaration", 0.85)
        gift = rng.random() < 0.65
        box(p, m, y + 10, gift)
        for ln in wrap(
            "I am a UK taxpayer and want the Society to treat all subscriptions and "
            "donations I make from the date of this declaration as Gift Aid "
            "donations.",
            s.font,
            7,
            w - 2 * m - 16,
        ):
            y += 9
            p.text(m + 14, y, ln, s.font, 7)
        y += 12
    elif lg == "de":
        y = band(p, s, y, "SEPA-Lastschriftmandat", 0.85)
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                ("Kontoinhaber/in", name),
                ("IBAN", iban(rng, "de") if pay == 0 else ""),
            ],
            per=2,
            tall=22,
        )
        cid = f"Gläubiger-ID DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}"
        p.text(
            m,
            y,
            fit(f"{cid} - Mandatsreferenz = Mitgliedsnummer", s.font, 6.5, w - 2 * m),
            s.font,
            6.5,
        )
        y += 12
    else:
        y = band(p, s, y, "Droit à l'image", 0.85)
        box(p, m, y + 10, rng.random() < 0.7)
        p.text(
            m + 14,
            y + 10,
            fit(
                "J'autorise l'association à publier des photos prises lors des activités.",
                s.font,
                7,
                w - 2 * m - 16,
            ),
            s.font,
            7,
        )
        y += 22
    y = min(y + 30, hh - m - 10)
    sign_line(
        p, m, y, (w - 2 * m) * 0.5, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, name
    )
    hand(p, m + (w - 2 * m) * 0.6, y - 4, short(d, lg))
    p.text(m + (w - 2 * m) * 0.6, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages = [p]
    if rng.random() < 0.2:
        hand(p, w - m - 90, m + 40, tr(lg, "pd chq 1043", "bez.", "réglé"), 10)
    remember(d, (name, no, CATEGORIES[lg][cat], pay))
    return pages


def tpl_subscription_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """The treasurer's subscription receipt from the society's receipt book: a numbered
    slip (received from, the sum in figures and words, for the year's subscription, cash,
    cheque or transfer ticked, the treasurer's signature), a carbon copy on A6 or a printed
    A5 receipt."""
    sh = society_head()
    lg = sh.lang
    ex = last_extra(("renewal_form", "subscription_receipt"))
    if isinstance(ex, tuple) and after(("renewal_form",)):
        name, no, (cat, fee), pay = ex
        rno = rng.randint(100, 480)
    elif isinstance(ex, tuple) and len(ex) == 5:
        name, _, no = a_member(rng, lg)
        cat, fee = rng.choice(CATEGORIES[lg])
        pay = rng.randrange(3)
        rno = ex[4] + 1
    else:
        name, _, no = a_member(rng, lg)
        cat, fee = rng.choice(CATEGORIES[lg])
        pay = rng.randrange(3)
        rno = rng.randint(100, 480)
    fee = fee or CATEGORIES[lg][0][1]
    d = last_day(rng, ("renewal_form", "subscription_receipt"), (0, 9))
    year = d.year + (1 if d.month >= 9 else 0)
    size = keyed(who, "rbook").choice([A6L, A6L, A5])
    s = style_of(sh, size, margin=22 if size == A6L else 36, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = m + 4
    p.text(m, y, fit(society(), s.bold, 9, w * 0.65), s.bold, 9)
    p.text(
        w - m,
        y,
        f"No. {rno:04d}" if lg == "en" else f"Nr. {rno:04d}" if lg == "de" else f"N° {rno:04d}",
        "Courier-Bold",
        10,
        "right",
    )
    y += 14
    p.text(
        m,
        y,
        tr(lg, "SUBSCRIPTION RECEIPT", "QUITTUNG MITGLIEDSBEITRAG", "REÇU DE COTISATION"),
        s.bold,
        10 if size == A6L else 12,
    )
    y += 18 if size == A6L else 26
    step = 19 if size == A6L else 26
    hand_line(
        p,
        m,
        y,
        w - 2 * m,
        tr(lg, "Received from", "Erhalten von", "Reçu de"),
        f"{name} ({no})",
        s.font,
        8,
    )
    y += step
    hand_line(
        p,
        m,
        y,
        w - 2 * m,
        tr(lg, "the sum of", "den Betrag von", "la somme de"),
        cash(fee, lg),
        s.font,
        8,
    )
    y += step
    hand_line(
        p,
        m,
        y,
        w - 2 * m,
        tr(lg, "being", "für", "au titre de"),
        tr(
            lg,
            f"{cat} subscription {year}",
            f"Beitrag {year} - {cat}",
            f"cotisation {year} - {cat}",
        ),
        s.font,
        8,
    )
    y += step
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(lg, "Cash;Cheque;BACS", "bar;Überweisung;Lastschrift", "Espèces;Chèque;Virement").split(
            ";"
        ),
        {pay},
        pt=7.5,
    )
    y += step + 8
    p.rect(m, y - 14, 90, 22)
    hand(p, m + 6, y + 2, cash(fee, lg), 10.5)
    sign_line(p, w - m - 120, y + 4, 120, role_of("treasurer", lg), s.font, staff("treasurer"))
    p.text(
        m,
        hh - 10,
        fit(
            tr(
                lg,
                "Please keep this receipt. Registered charity.",
                "Der Verein ist als gemeinnützig anerkannt. Beiträge sind steuerlich abzugsfähig.",
                "Reçu à conserver.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    hand(p, w - m - 70, m + 34, short(d, lg), 9)
    remember(d, (name, no, (cat, fee), pay, rno))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: lectures
# ---------------------------------------------------------------------------------------------

TALKS = {
    "en": [
        "Exoplanets: other worlds",
        "The life and death of stars",
        "Mars sample return",
        "The James Webb Space Telescope: first years",
        "Meteorites of the British Isles",
        "Dark skies and why they matter",
    ],
    "de": [
        "Exoplaneten - fremde Welten",
        "Leben und Sterben der Sterne",
        "Gravitationswellen",
        "Das James-Webb-Teleskop",
        "Meteoriten in Deutschland",
        "Lichtverschmutzung",
    ],
    "fr": [
        "Exoplanètes, d'autres mondes",
        "Vie et mort des étoiles",
        "Ondes gravitationnelles",
        "Le télescope James Webb",
        "Les météorites de France",
        "Pollution lumineuse et biodiversité",
    ],
}


def tpl_speaker_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The observatory's letter engaging a visiting lecturer (date, title, timings, fee,
    travel, accommodation) with the speaker details form behind it (talk blurb, AV needs
    ticked, dietary needs, bank details for the fee), signed by the speaker and returned."""
    sp = head_of(who, "speaker", abroad=0.2)
    o = society_head() if rng.random() < 0.4 else office_head()
    lg = o.lang
    slg = sp.lang
    s = style_of(o)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    talk_day = d + timedelta(days=rng.randint(21, 120))
    title = rng.choice(TALKS[slg])
    fee = rng.choice([0.0, 75.0, 100.0, 150.0, 250.0])
    f = sheets(s, o)
    recipient(f, s, o, [sp.name, sp.street, sp.town], d, [])
    caption(
        f,
        s,
        tr(
            lg,
            f"Lecture on {day(o, talk_day)}",
            f"Vortrag am {day(o, talk_day)}",
            f"Conférence du {day(o, talk_day)}",
        ),
        1,
    )
    write(f, s, dear(lg, sp.name))
    write(
        f,
        s,
        tr(
            lg,
            f'Thank you for agreeing to speak to us on "{title}". I am writing to confirm the '
            f"arrangements.",
            f'vielen Dank für Ihre Zusage zum Vortrag „{title}". Gern bestätige ich die '
            f"Einzelheiten.",
            f"Nous vous remercions d'avoir accepté de donner la conférence « {title} ». Voici les "
            f"modalités convenues.",
        ),
    )
    cols = columns(m + 10, w - m, [(1.4, "left"), (4, "left")])
    table(
        f,
        cols,
        ["", ""],
        [
            [tr(lg, "Date", "Datum", "Date"), day(o, talk_day)],
            [tr(lg, "Arrive", "Ankunft", "Arrivée"), "18:45"],
            [
                tr(lg, "Talk", "Vortrag", "Conférence"),
                "19:30 - 20:30, " + tr(lg, "then questions", "danach Fragen", "puis questions"),
            ],
            [tr(lg, "Venue", "Ort", "Lieu"), f"{office_row()[0]}, {office_row()[2]}"],
            [
                tr(lg, "Fee", "Honorar", "Défraiement"),
                cash(fee, lg)
                if fee
                else tr(
                    lg, "none (expenses only)", "kein Honorar, nur Reisekosten", "frais uniquement"
                ),
            ],
            [
                tr(lg, "Travel", "Reisekosten", "Déplacement"),
                tr(
                    lg,
                    "standard rail fare or 45p per mile",
                    "Bahn 2. Kl. oder 0,30 €/km",
                    "train 2de classe ou barème km",
                ),
            ],
            [
                tr(lg, "Accommodation", "Übernachtung", "Hébergement"),
                rng.choice(
                    [
                        tr(lg, "booked for you", "für Sie gebucht", "réservé par nos soins"),
                        tr(lg, "not needed", "nicht nötig", "non nécessaire"),
                    ]
                ),
            ],
        ],
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "astro", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please complete and return the enclosed form.",
            "Bitte senden Sie uns das beiliegende Formular ausgefüllt zurück.",
            "Merci de nous retourner la fiche ci-jointe complétée.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff("secretary" if o.role == "society" else "director"),
        role_of("secretary", lg) if o.role == "society" else role_of("director", lg),
        formal=False,
    )
    pages = close(f.pages, s, o, numbers="none")
    # The speaker details form, filled in by the speaker.
    p = Page(A4)
    y = m - 4.0
    p.text(m, y, o.name, s.bold, 10)
    y = form_title(
        p, s, y + 18, tr(lg, "Speaker details", "Angaben Referent/in", "Fiche intervenant")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), sp.name),
            (tr(lg, "Title of talk", "Titel", "Titre"), title),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{sp.street}, {sp.town}"),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                serial(
                    rng,
                    "07999 999 999"
                    if slg == "en"
                    else "0179 9999999"
                    if slg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Short description for our programme:",
            "Ankündigungstext:",
            "Résumé pour le programme :",
        ),
        s.bold,
        8,
    )
    p.rect(m, y + 6, w - 2 * m, 80)
    yy = y + 22
    for ln in wrap(prose(rng, slg, "astro", 2, 3), HAND, 9, w - 2 * m - 12)[:5]:
        hand(p, m + 6, yy, ln, 9)
        yy += 13
    y += 104
    p.text(m, y, tr(lg, "Equipment needed:", "Technik:", "Matériel :"), s.bold, 8)
    y = ticks(
        p,
        s,
        m,
        y + 16,
        w - 2 * m,
        tr(
            lg,
            "Projector (HDMI);Own laptop;Clicker;Microphone;Sound from laptop;Planetarium dome",
            "Beamer (HDMI);eigener Laptop;Presenter;Mikrofon;Ton vom Laptop;Planetariumskuppel",
            "Vidéoprojecteur (HDMI);Ordinateur personnel;Télécommande;Micro;Son;Dôme",
        ).split(";"),
        set(rng.sample(range(6), rng.randint(1, 4))),
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Dietary needs", "Essen", "Régime alimentaire"),
                rng.choice(
                    ["-", "vegetarian", "vegan", "none"]
                    if lg == "en"
                    else ["-", "vegetarisch", "keine"]
                    if lg == "de"
                    else ["-", "végétarien", "aucun"]
                ),
            ),
            (
                tr(lg, "Arriving by", "Anreise mit", "Arrivée par"),
                rng.choice(tr(lg, "train;car", "Bahn;Pkw", "train;voiture").split(";")),
            ),
            (tr(lg, "Bank account name", "Kontoinhaber", "Titulaire"), sp.name if fee else ""),
            ("IBAN / " + tr(lg, "account no.", "BIC", "BIC"), iban(rng, slg) if fee else ""),
        ],
        per=2,
        tall=26,
    )
    y = min(y + 30, hh - 80)
    sign_line(p, m, y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, sp.name)
    hand(p, m + 260, y - 4, short(d + timedelta(days=rng.randint(3, 12)), lg))
    pages.append(p)
    remember(d, (sp.name, talk_day, title))
    return pages


def train_ticket(rng: random.Random, lg: str, d: date, a: str, b: str, fare: float) -> Page:
    """A copy of a rail ticket on an A4 sheet (the ticket small, at the top)."""
    p = Page(A4)
    copier_edge(p, rng)
    x, y = rng.uniform(60, 160), rng.uniform(60, 120)
    tw_, th = 85 * MM * 1.5, 100.0
    p.rect(x, y, tw_, th)
    p.rect(x, y, tw_, 16, fill=0.75)
    op = tr(lg, "NATIONAL RAIL", "DB FERNVERKEHR", "SNCF VOYAGEURS")
    p.text(x + 6, y + 11, op, "Helvetica-Bold", 8)
    p.text(
        x + tw_ - 6,
        y + 11,
        tr(lg, "STANDARD ANYTIME RETURN", "FLEXPREIS 2. KL.", "TGV INOUI 2DE"),
        "Helvetica-Bold",
        7,
        "right",
    )
    p.text(x + 8, y + 34, tr(lg, "FROM", "VON", "DE"), "Helvetica", 6)
    p.text(x + 8, y + 46, a.upper()[:22], "Helvetica-Bold", 10)
    p.text(x + tw_ / 2, y + 34, tr(lg, "TO", "NACH", "À"), "Helvetica", 6)
    p.text(x + tw_ / 2, y + 46, b.upper()[:22], "Helvetica-Bold", 10)
    p.text(
        x + 8,
        y + 66,
        f"{short(d, lg)}   {tr(lg, 'ADULT', 'ERW.', 'ADULTE')}   {cash(fare, lg)}",
        "Courier-Bold",
        9,
    )
    p.text(
        x + 8, y + 80, serial(rng, "99999 999999 99") + "   " + serial(rng, "AAA9999"), "Courier", 7
    )
    p.barcode("qr", serial(rng, "AAAA99999999"), x + 10, y + th + 24)
    return p


def hotel_bill(rng: random.Random, lg: str, d: date, amount: float) -> Page:
    """The hotel's bill, printed on the hotel's own A4 paper."""
    names = {
        "en": ["The Mill House Hotel", "Premier Stay Sheffield"],
        "de": ["Hotel Zur Post", "Landgasthof Adler"],
        "fr": ["Hôtel des Alpes", "Hôtel du Commerce"],
    }[lg]
    hn = rng.choice(names)
    h = make_head(
        (
            hn,
            "Market Place" if lg == "en" else "Marktplatz 3" if lg == "de" else "Place de la Gare",
            office_row()[2],
            "",
        ),
        lg,
        "hotel",
    )
    s = style_of(h, A4, margin=54, pt=8.5)
    w, _hh = A4
    m = s.margin
    f = sheets(s, h)
    caption(f, s, tr(lg, "Guest bill", "Rechnung", "Facture"), 2)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Room", "Zimmer", "Chambre"), str(rng.randint(101, 328))),
            (tr(lg, "Arrival", "Anreise", "Arrivée"), short(d, lg)),
            (tr(lg, "Departure", "Abreise", "Départ"), short(d + timedelta(days=1), lg)),
            (tr(lg, "Folio", "Beleg-Nr.", "N° folio"), serial(rng, "999999")),
        ],
        m + 260,
    )
    f.y += 10
    room = round(amount * 0.82, 2)
    rows = [
        [short(d, lg), tr(lg, "Accommodation", "Übernachtung", "Nuitée"), money(room, lg)],
        [
            short(d + timedelta(days=1), lg),
            tr(lg, "Breakfast", "Frühstück", "Petit-déjeuner"),
            money(round(amount - room, 2), lg),
        ],
        [
            short(d + timedelta(days=1), lg),
            tr(lg, "Payment - Visa", "Zahlung EC-Karte", "Règlement CB"),
            "-" + money(amount, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (3, "left"), (1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Item", "Leistung", "Libellé"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Balance {cash(0, lg)} - incl. VAT 20%",
            f"Saldo {cash(0, lg)} - inkl. 7 % / 19 % MwSt.",
            f"Solde {cash(0, lg)} - dont TVA 10 %",
        ),
        s.size - 1,
    )
    return close(f.pages, s, h, numbers="none")[0]


def tpl_expense_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A speaker's expense claim after a lecture: the observatory's claim form filled in
    by hand (journeys, mileage, fares, hotel, total, bank details, signature), or the
    speaker's own typed note, with copies of the rail tickets and the hotel bill behind."""
    ex = last_extra(("speaker_agreement", "expense_claim"))
    lg = home()
    sp = head_of(who, "speaker", abroad=0.2)
    if isinstance(ex, tuple) and len(ex) == 3:
        found = head_named(ex[0], "speaker")
        sp = found or sp
        talk_day, title = ex[1], ex[2]
    else:
        talk_day, title = some_day(rng), rng.choice(TALKS[sp.lang])
    d = talk_day + timedelta(days=rng.randint(1, 14))
    o = office_head()
    s = style_of(o, A4, margin=44, pt=9)
    w, _hh = A4
    m = s.margin
    by_train = rng.random() < 0.55
    far = sp.lang != lg
    fare = round(rng.uniform(38, 190) if not far else rng.uniform(160, 420), 2)
    miles = rng.randint(40, 260)
    rate = {"en": 0.45, "de": 0.30, "fr": 0.38}[lg]
    hotel = round(rng.uniform(78, 145), 2) if rng.random() < 0.5 or far else 0.0
    p = Page(A4)
    y = heading(p, s, o)
    y = form_title(
        p,
        s,
        y,
        tr(
            lg,
            "EXPENSES CLAIM - VISITING SPEAKERS",
            "REISEKOSTENABRECHNUNG REFERENTEN",
            "NOTE DE FRAIS - INTERVENANTS",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), sp.name),
            (
                tr(lg, "Event / date", "Veranstaltung / Datum", "Conférence / date"),
                f"{title} - {short(talk_day, lg)}",
            ),
        ],
        per=2,
        tall=26,
    )
    cols = [m, m + 70, m + 230, m + 330, m + 400, w - m]
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Journey from - to", "Strecke", "Trajet"),
        tr(lg, "Mode", "Verkehrsmittel", "Mode"),
        tr(lg, "Miles", "km", "km"),
        tr(lg, "Amount", "Betrag", "Montant"),
    ]
    p.rect(m, y, w - 2 * m, 14, fill=0.85)
    for k, t in enumerate(heads):
        p.text(cols[k] + 3, y + 10, t, s.bold, 7.5)
    y += 14
    total = 0.0
    lines = []
    if by_train:
        lines.append(
            (
                talk_day,
                f"{town_name(sp.town)} - {town_name(office_row()[2])}",
                tr(lg, "rail", "Bahn", "train"),
                "",
                fare,
            )
        )
    else:
        lines.append(
            (
                talk_day,
                f"{town_name(sp.town)} - {town_name(office_row()[2])} "
                + tr(lg, "and back", "und zurück", "A/R"),
                tr(lg, "car", "Pkw", "voiture"),
                str(miles * 2),
                round(miles * 2 * rate, 2),
            )
        )
    if hotel:
        lines.append(
            (
                talk_day,
                tr(lg, "Hotel (1 night)", "Hotel (1 Nacht)", "Hôtel (1 nuit)"),
                "",
                "",
                hotel,
            )
        )
    if rng.random() < 0.4:
        lines.append(
            (
                talk_day,
                tr(lg, "Parking / taxi", "Parken / Taxi", "Parking / taxi"),
                "",
                "",
                round(rng.uniform(4, 28), 2),
            )
        )
    for k in range(6):
        p.rect(m, y, w - 2 * m, 17)
        for x in cols[1:-1]:
            p.line(x, y, x, y + 17)
        if k < len(lines):
            dd, what, mode, mi, v = lines[k]
            total += v
            for c, t in zip(cols, [short(dd, lg), what, mode, mi, money(v, lg)], strict=False):
                if t:
                    hand(p, c + 3, y + 12, t, 8.5, 150)
        y += 17
    y += 16
    p.text(cols[3], y, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 9)
    hand(p, cols[4] + 3, y, cash(total, lg), 10)
    y += 24
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Account name", "Kontoinhaber", "Titulaire"), sp.name),
            (tr(lg, "Sort code / account", "IBAN", "IBAN"), iban(rng, sp.lang)),
        ],
        per=2,
        tall=26,
    )
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I claim the above expenses, which were incurred wholly for the "
                "event. Receipts attached.",
                "Belege liegen bei.",
                "Justificatifs joints.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    y += 40
    sign_line(p, m, y, 200, tr(lg, "Claimant", "Unterschrift", "Signature"), s.font, sp.name)
    hand(p, m + 260, y - 4, short(d, lg))
    y += 36
    p.rect(m, y, w - 2 * m, 40, fill=0.93)
    p.text(
        m + 6,
        y + 12,
        tr(
            lg,
            "Office use: authorised ______  paid ______  cost code ______",
            "Vermerk: sachlich richtig ______  bezahlt ______",
            "Cadre réservé : visa ______  payé le ______",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.5:
        hand(
            p,
            m + 120,
            y + 30,
            f"{staff('treasurer').split()[0][0]}. {short(d + timedelta(days=4), lg)}",
            9,
        )
    pages = [p]
    if by_train:
        a, b = town_name(sp.town), town_name(office_row()[2])
        pages.append(train_ticket(rng, sp.lang if far else lg, talk_day, a, b, fare))
    if hotel:
        pages.append(hotel_bill(rng, lg, talk_day, hotel))
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates PPPPP: power, heat, planning and insurance
# ---------------------------------------------------------------------------------------------


def tpl_electricity_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A business electricity invoice: the summary page (account, supply address, bill
    period, amount due, direct debit date), the charges (day and night units, standing
    charge, climate change levy or Stromsteuer, VAT) and the meter readings with a bar chart
    of thirteen months' use; numbered "Page i of n" or alike."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4, margin=48, pt=8.5)
    w, _hh = A4
    m = s.margin
    r = keyed(who, "meter")
    ex = last_extra(("electricity_bill",))
    sites = [
        tr(
            lg,
            "Observatory, main building",
            "Sternwarte, Hauptgebäude",
            "Observatoire, bâtiment principal",
        ),
        tr(lg, "Dome and workshop", "Kuppel und Werkstatt", "Coupole et atelier"),
    ]
    if isinstance(ex, tuple) and ex[0] == h.name:
        site = (ex[1] + 1) % 2
        start = ex[2]
    else:
        site = r.randrange(2)
        start = add_months(month(), -1)
    end = add_months(start, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(3, 10))
    acct = serial(random.Random(r.random() + site), "9999 999 999")
    mpan = (
        serial(random.Random(r.random() + site), "S 05 801 999 99 9999 9999 999")
        if lg == "en"
        else serial(random.Random(r.random() + site), "DE0009999999999999999999999999999")
        if lg == "de"
        else serial(random.Random(r.random() + site), "PDL 99999999999999")
    )
    day_kwh = rng.randint(600, 3200) // (2 if site else 1)
    night_kwh = rng.randint(150, 900) // (2 if site else 1)
    dr, nr = (0.287, 0.198) if lg == "en" else (0.312, 0.241) if lg == "de" else (0.226, 0.171)
    stand = {"en": 0.62, "de": 0.48, "fr": 0.55}[lg]
    days = (end - start).days + 1
    levy = round(
        (day_kwh + night_kwh) * (0.00775 if lg == "en" else 0.0205 if lg == "de" else 0.0225), 2
    )
    net = round(day_kwh * dr + night_kwh * nr + days * stand + levy, 2)
    vat = round(net * vat_rate(lg) / 100, 2)
    title = tr(lg, "Your electricity bill", "Stromrechnung", "Facture d'électricité")
    f = sheets(s, h, f"{h.name} - {title} - {acct}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill number", "Rechnungsnummer", "N° de facture"), serial(rng, "999999999")),
        ],
    )
    caption(f, s, title, 5)
    f.page.rect(m, f.y - 6, w - 2 * m, 64, fill=0.9)
    f.page.text(
        m + 10, f.y + 12, tr(lg, "Amount due", "Zu zahlender Betrag", "Montant à payer"), s.bold, 11
    )
    f.page.text(w - m - 10, f.y + 14, cash(net + vat, lg), s.bold, 18, "right")
    f.page.text(
        m + 10,
        f.y + 32,
        fit(
            tr(
                lg,
                f"Bill period {short(start, lg)} to {short(end, lg)} ({days} days). We will "
                f"collect this by Direct Debit on or after {short(d + timedelta(days=14), lg)}.",
                f"Abrechnungszeitraum {short(start, lg)} bis {short(end, lg)}. Der Betrag wird am "
                f"{short(d + timedelta(days=14), lg)} von Ihrem Konto abgebucht.",
                f"Période du {short(start, lg)} au {short(end, lg)}. Prélèvement le "
                f"{short(d + timedelta(days=14), lg)}.",
            ),
            s.font,
            8,
            w - 2 * m - 20,
        ),
        s.font,
        8,
    )
    f.y += 76
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Supply address", "Lieferstelle", "Adresse de livraison"),
                f"{sites[site]}, {office_row()[1]}",
            ),
            (tr(lg, "Supply number (MPAN)", "Marktlokation / Zähler", "Point de livraison"), mpan),
            (
                tr(lg, "Tariff", "Tarif", "Offre"),
                tr(
                    lg,
                    "Business Economy 7, fixed to 03/2026",
                    "Gewerbe Strom Duo",
                    "Pro Heures creuses",
                ),
            ),
            (tr(lg, "Previous balance", "Saldo Vormonat", "Solde précédent"), cash(0, lg)),
        ],
        w - m,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    f.new_page()
    caption(f, s, tr(lg, "Your charges", "Ihre Kosten im Detail", "Détail de votre facture"), 2)
    rows = [
        [
            tr(lg, "Day units", "Arbeitspreis HT", "Heures pleines"),
            f"{day_kwh} kWh",
            f"{dr * 100:.2f} p" if lg == "en" else f"{dr * 100:.2f} ct",
            money(day_kwh * dr, lg),
        ],
        [
            tr(lg, "Night units", "Arbeitspreis NT", "Heures creuses"),
            f"{night_kwh} kWh",
            f"{nr * 100:.2f} p" if lg == "en" else f"{nr * 100:.2f} ct",
            money(night_kwh * nr, lg),
        ],
        [
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{days} " + tr(lg, "days", "Tage", "j"),
            money(stand, lg),
            money(days * stand, lg),
        ],
        [
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{day_kwh + night_kwh} kWh",
            "",
            money(levy, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(3, "left"), (1.3, "right"), (1.1, "right"), (1.2, "right")]),
        [
            tr(lg, "Charge", "Position", "Libellé"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    f.y += 10
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1.5)
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Meter readings and your usage",
            "Zählerstände und Verbrauch",
            "Relevés et consommation",
        ),
        2,
    )
    prev_d, prev_n = rng.randint(10000, 90000), rng.randint(3000, 30000)
    table(
        f,
        columns(
            m, w - m, [(1.5, "left"), (1, "left"), (1.2, "right"), (1.2, "right"), (1, "center")]
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Register", "Zählwerk", "Cadran"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Current", "Neu", "Nouveau"),
            tr(lg, "Type", "Art", "Type"),
        ],
        [
            [
                serial(r, "99A9999999"),
                tr(lg, "Day", "HT", "HP"),
                str(prev_d),
                str(prev_d + day_kwh),
                rng.choice(["A", "E", "A"]),
            ],
            [
                serial(r, "99A9999999"),
                tr(lg, "Night", "NT", "HC"),
                str(prev_n),
                str(prev_n + night_kwh),
                "A",
            ],
        ],
        s,
        rules=True,
    )
    f.page.text(
        m,
        f.y + 4,
        tr(lg, "A = actual, E = estimated", "A = abgelesen, E = geschätzt", "A = réel, E = estimé"),
        s.font,
        7,
    )
    f.y += 30
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Your use over the last 13 months (kWh)",
            "Ihr Verbrauch der letzten 13 Monate (kWh)",
            "Votre consommation sur 13 mois (kWh)",
        ),
        s.bold,
        9,
    )
    base = f.y + 150
    bw = (w - 2 * m) / 13
    top = (day_kwh + night_kwh) * 1.8
    for k in range(13):
        mth = add_months(start, k - 12)
        v = (day_kwh + night_kwh) * (1 + 0.6 * math.cos((mth.month - 1) / 12 * 2 * math.pi))
        v *= rng.uniform(0.85, 1.1)
        bh = 130 * min(v / top, 1.0)
        f.page.rect(m + k * bw + 3, base - bh, bw - 6, bh, fill=0.25 if k == 12 else 0.6)
        f.page.text(
            m + k * bw + bw / 2,
            base + 10,
            MONTH_NAMES[lg][mth.month - 1][:3],
            s.font,
            6.5,
            "center",
        )
    f.page.line(m, base, w - m, base)
    f.y = base + 30
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1.5)
    pages = close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, site, start if site == 0 else add_months(start, 1)))
    return pages


def tpl_oil_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A heating oil delivery ticket from the tanker: a narrow slip with the dealer's head,
    the metered delivery printout (litres at the meter and at 15 °C, temperature, meter
    numbers), the price, and the driver's and the customer's signatures."""
    h = head_of(who, "oil")
    lg = h.lang
    ex = last_extra(("oil_delivery",))
    d = ex + timedelta(days=rng.randint(20, 40)) if isinstance(ex, date) else some_day(rng)
    size = SLIP if rng.random() < 0.7 else A5
    s = style_of(h, size, margin=16 if size == SLIP else 34, pt=7.5)
    w, _hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h) if size == A5 else m + 8.0
    if size == SLIP:
        p.text(w / 2, y, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9, "center")
        p.text(
            w / 2, y + 10, fit(f"{h.street}, {h.town}", s.font, 6, w - 2 * m), s.font, 6, "center"
        )
        y += 26
    p.text(
        w / 2,
        y,
        tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        10,
        "center",
    )
    y += 16
    no = serial(rng, "999999")
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Ticket", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Customer", "Kunde", "Client"), office_row()[0]),
            (tr(lg, "Account", "Kd.-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
            (
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Kerosene 28s", "Heizöl EL schwefelarm", "Fioul domestique"),
            ),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Camion"),
                serial(rng, "AA99 AAA") if lg == "en" else serial(rng, "AA-AA 999"),
            ),
        ],
        w - m,
        7,
    )
    y += 6
    litres = rng.choice([1000, 1500, 2000, 2500, 3000]) + rng.randint(-180, 40)
    temp = round(rng.uniform(3, 17), 1)
    l15 = round(litres * (1 - 0.00084 * (temp - 15)))
    start_tot = rng.randint(100000, 999999)
    prn = [
        "=" * 28,
        f"{tr(lg, 'METER', 'ZAEHLER', 'COMPTEUR')}  {serial(rng, '9999')}",
        f"{tr(lg, 'START', 'ANFANG', 'DEBUT')}   {start_tot:>10}",
        f"{tr(lg, 'END', 'ENDE', 'FIN')}     {start_tot + litres:>10}",
        f"{tr(lg, 'LITRES', 'LITER', 'LITRES')}  {litres:>10}",
        f"TEMP C  {temp:>10.1f}",
        f"L @15C  {l15:>10}",
        f"{d.day:02d}{d.month:02d}{d.year % 100:02d} {rng.randint(7, 16):02d}:"
        f"{rng.randint(0, 59):02d}",
        "=" * 28,
    ]
    for t in prn:
        p.text(w / 2, y, t, "Courier", 7.5, "center")
        y += 9.5
    y += 8
    price = {"en": 0.62, "de": 0.98, "fr": 1.08}[lg] + rng.uniform(-0.06, 0.06)
    net = round(l15 * price, 2)
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Price per litre", "Preis je Liter", "Prix au litre"), f"{price:.4f}"),
            (tr(lg, "Goods", "Warenwert", "Montant HT"), cash(net, lg)),
            (
                tr(lg, "VAT", "USt. 19 %", "TVA 20 %") + (" 5%" if lg == "en" else ""),
                cash(net * (0.05 if lg == "en" else vat_rate(lg) / 100), lg),
            ),
            (
                tr(lg, "TOTAL", "GESAMT", "TOTAL TTC"),
                cash(net * (1.05 if lg == "en" else 1 + vat_rate(lg) / 100), lg),
            ),
        ],
        w - m,
        7.5,
    )
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Tank gauge before/after:", "Tankanzeige vor/nach:", "Jauge avant/après :"),
        s.font,
        6.5,
    )
    hand(p, m + 100, y, f"{rng.randint(5, 30)}% / {rng.randint(75, 95)}%", 8)
    y += 30
    half = (w - 2 * m) / 2 - 6
    sign_line(
        p,
        m,
        y,
        half,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        s.font,
        person(keyed(who, "drv"), lg),
    )
    sign_line(
        p,
        m + half + 12,
        y,
        half,
        tr(lg, "Customer", "Kunde", "Client"),
        s.font,
        staff("technician"),
        rng.random() < 0.6,
    )
    y += 22
    for ln in wrap(
        tr(lg, "Invoice to follow. Payment 14 days net.", "Rechnung folgt.", "Facture à suivre."),
        s.font,
        6,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6)
        y += 8
    remember(d, d)
    return [p]


PROPOSALS = {
    "en": [
        "Installation of 6 no. 15 m floodlight columns to the all-weather pitch",
        "Illuminated advertising sign and LED wall lights to the retail unit",
        "Erection of a distribution warehouse with external yard lighting",
        "Replacement of street lighting with 4000K LED lanterns",
        "Change of use of land to a touring caravan site with lighting",
    ],
    "de": [
        "Errichtung einer Flutlichtanlage (6 Masten, 16 m) am Sportplatz",
        "Leuchtwerbeanlage am Fachmarkt",
        "Neubau Logistikhalle mit Hofbeleuchtung",
        "Umrüstung der Straßenbeleuchtung auf LED 4000 K",
        "Freiflächen-Photovoltaikanlage mit Sicherheitsbeleuchtung",
    ],
    "fr": [
        "Éclairage du terrain de football (6 mâts de 16 m)",
        "Enseigne lumineuse et éclairage de façade d'un commerce",
        "Construction d'un entrepôt logistique avec éclairage extérieur",
        "Rénovation de l'éclairage public en LED 4000 K",
        "Aménagement d'un camping avec éclairage des allées",
    ],
}


def tpl_planning_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's notice of a planning application sent to neighbours and consultees:
    the proposal, site, applicant, where to see the plans and how and by when to comment,
    with a second page of guidance notes now and then."""
    h = council_head()
    lg = h.lang
    s = style_of(h)
    w = A4[0]
    m = s.margin
    d = some_day(rng)
    ref = serial(
        rng, "99/99999/FUL" if lg == "en" else "BV-999/99" if lg == "de" else "PC 999 999 99 A9999"
    )
    prop = rng.choice(PROPOSALS[lg])
    site = tr(
        lg,
        f"Land at {rng.choice(['Ringinglow Road', 'Moor Lane', 'Bewdley Road'])}",
        f'Flst. {rng.randint(100, 999)}/{rng.randint(1, 9)}, Gewann „Auf der Höhe"',
        f"Parcelle {serial(rng, 'AA 999')}, lieu-dit Les Crêtes",
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [society(), f"c/o {office_row()[0]}", office_row()[1], office_row()[2]],
        d,
        [
            (tr(lg, "Application no.", "Aktenzeichen", "N° de dossier"), ref),
            (
                tr(lg, "Case officer", "Sachbearbeitung", "Instructeur"),
                person(keyed(who, "co"), lg),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Notification of planning application",
            "Benachrichtigung über ein Bauvorhaben / Beteiligung",
            "Avis de dépôt d'une demande d'autorisation d'urbanisme",
        ),
        1,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Proposal", "Vorhaben", "Projet"), prop),
            (tr(lg, "Site", "Grundstück", "Terrain"), site),
            (
                tr(lg, "Applicant", "Bauherr", "Demandeur"),
                rng.choice(
                    ["Moorside Sports Club", "Highway Authority", "Castleford Logistics Ltd"]
                    if lg == "en"
                    else ["SV Blau-Weiß e.V.", "Gemeindewerke", "Logistikpark Süd GmbH"]
                    if lg == "de"
                    else ["US Briançonnaise", "Commune", "SCI Les Crêtes"]
                ),
            ),
        ],
        w - m,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"The Council has received the above application. You may view the plans online. "
            f"Any comments must be made in writing by {day(h, d + timedelta(days=21))}, quoting "
            f"the application number.",
            f"zu dem oben genannten Vorhaben geben wir Ihnen als Träger öffentlicher Belange "
            f"Gelegenheit zur Stellungnahme bis {day(h, d + timedelta(days=30))}.",
            f"Une demande a été déposée pour le projet ci-dessus. Vous pouvez consulter le dossier "
            f"en mairie et formuler vos observations jusqu'au {day(h, d + timedelta(days=30))}.",
        ),
    )
    write(f, s, prose(rng, lg, "plan", 2, 4))
    regards(
        f,
        s,
        lg,
        person(keyed(who, "head"), lg),
        tr(lg, "Head of Planning", "Amtsleitung", "Le Maire"),
    )
    if rng.random() < 0.5:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Guidance notes on making comments",
                "Hinweise zum Verfahren",
                "Informations sur la procédure",
            ),
            1,
        )
        for k in range(rng.randint(4, 8)):
            write(f, s, f"{k + 1}. " + prose(rng, lg, "plan", 1, 2), s.size - 1, 14)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, (h.name, ref, prop, site))
    return pages


def tpl_objection(rng: random.Random, who: Issuer) -> list[Page]:
    """The society's light pollution objection to a planning application: a letter of one
    or two pages (skyglow, glare, curfew, conditions asked for) and the enclosure: the sky
    quality meter readings taken at the observatory, a table sometimes on a landscape page."""
    sh = society_head() if rng.random() < 0.6 else office_head()
    lg = sh.lang
    ex = last_extra(("planning_notice",))
    if isinstance(ex, tuple):
        council, ref, prop, site = ex
        ch = head_named(council, "council")
        d = last_day(rng, ("planning_notice",), (4, 18))
    else:
        ch = council_head()
        ref, prop = serial(rng, "99/99999/FUL"), rng.choice(PROPOSALS[lg])
        site = ""
        d = some_day(rng)
    assert ch is not None
    s = style_of(sh)
    w, hh = A4
    m = s.margin
    f = sheets(s, sh, f"{society()} - {ref}")
    recipient(
        f,
        s,
        sh,
        [ch.name.split(" - ")[0], *ch.name.split(" - ")[1:2], ch.street, ch.town],
        d,
        [(tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Objection - application {ref}",
            f"Stellungnahme zu {ref}",
            f"Observations - dossier {ref}",
        ),
        1,
    )
    write(f, s, fit(prop + (f", {site}" if site else ""), s.font, s.size, w - 2 * m))
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"{society()} objects to this application because of the harm its lighting would do "
            f"to the dark skies at {office_row()[0]}, a public observatory used by schools and "
            f"the public throughout the year.",
            f"der {society()} erhebt Einwendungen gegen das Vorhaben wegen der zu erwartenden "
            f"Aufhellung des Nachthimmels an der Sternwarte.",
            f"La {society()} émet un avis défavorable au projet en raison de ses effets sur la "
            f"qualité du ciel nocturne à l'observatoire.",
        ),
    )
    for _ in range(rng.randint(3, 7)):
        write(f, s, prose(rng, lg, "plan", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "If the Council is minded to approve, we ask for conditions: full "
            "cut-off luminaires, no upward light, warm colour temperature (3000K or "
            "less) and a curfew at 22:00.",
            "Hilfsweise beantragen wir Auflagen: voll "
            "abgeschirmte Leuchten, keine Abstrahlung nach oben, max. 3000 K, "
            "Abschaltung ab 22 Uhr.",
            "À défaut, nous demandons des prescriptions : "
            "luminaires ULOR 0 %, 3000 K maximum, extinction à 22 h.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Our sky brightness readings are enclosed.",
            "Unsere Messreihe zur Himmelshelligkeit liegt bei.",
            "Vous trouverez ci-joint nos mesures de brillance du ciel.",
        ),
    )
    regards(f, s, lg, staff("secretary"), role_of("secretary", lg) + f", {society()}")
    f.page.text(
        m,
        min(f.y + 10, hh - m - 20),
        tr(lg, "Enc.: SQM readings", "Anlage: Messreihe SQM", "P.J. : relevés SQM"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, sh, numbers="none" if len(f.pages) == 1 else "2:- {i} -")
    land = rng.random() < 0.4
    es = paper(s, landscape(A4) if land else A4, margin=46, pt=8.5)
    ew = es.page_size[0]
    g = plain_sheets(es, tr(lg, "SQM readings", "Messreihe", "Relevés"))
    caption(
        g,
        es,
        tr(
            lg,
            "Sky Quality Meter readings at the observatory (mag/arcsec²)",
            "Himmelshelligkeit an der Sternwarte (SQM, mag/arcsec²)",
            "Brillance du ciel à l'observatoire (SQM, mag/arcsec²)",
        ),
        1,
    )
    rows = []
    dd = d - timedelta(days=rng.randint(200, 400))
    for _ in range(rng.randint(10, 30)):
        dd += timedelta(days=rng.randint(3, 20))
        rows.append(
            [
                short(dd, lg),
                f"{rng.randint(21, 23)}:{rng.choice(['00', '15', '30'])}",
                f"{rng.uniform(19.4, 21.6):.2f}",
                rng.choice(["0", "0", "1", "2", "3"]),
                rng.choice(
                    [
                        "-",
                        "-",
                        tr(lg, "moon down", "Mond unter", "sans lune"),
                        tr(lg, "haze", "Dunst", "brume"),
                        tr(lg, "glow to NE", "Lichtglocke NO", "halo au NE"),
                    ]
                ),
            ]
        )
    table(
        g,
        columns(
            46, ew - 46, [(1.2, "left"), (0.8, "left"), (1, "right"), (1, "center"), (3, "left")]
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            "SQM",
            tr(lg, "Cloud (oktas)", "Bewölkung (Achtel)", "Nébulosité (octas)"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ],
        rows,
        es,
        rules=True,
    )
    pages += g.pages
    remember(d)
    return pages


def tpl_equipment_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the observatory's charity package policy: a covering letter,
    the schedule (policy number, insured, period, sections and sums insured, premium) and
    the specified items list of telescopes and projectors with their values, the schedule
    numbered from its second page."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    o = office_head()
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(
        rng, "CH/999999/AA" if lg == "en" else "VH-99.999.999" if lg == "de" else "999 999 999 A"
    )
    insurer = rng.choice(
        ["Ecclesiastical", "Zurich Municipal", "Aviva"]
        if lg == "en"
        else ["Allianz", "Württembergische", "R+V"]
        if lg == "de"
        else ["MAIF", "SMACL", "Groupama"]
    )
    pages: list[Page] = []
    if rng.random() < 0.7:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(staff("director")),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(lg, "Your renewal", "Ihre Vertragsverlängerung", "Renouvellement de votre contrat"),
            2,
        )
        write(f, s, dear(lg, staff("director")))
        write(
            f,
            s,
            tr(
                lg,
                f"We enclose the renewal schedule with {insurer} from "
                f"{day(h, start)}. Please check the sums insured and the specified "
                "items, and let us know of any changes.",
                f"anbei erhalten Sie den Nachtrag zu Ihrer Versicherung bei der {insurer} "
                f"ab {day(h, start)}. Bitte prüfen Sie die Versicherungssummen.",
                f"Veuillez trouver ci-joint les conditions particulières de votre contrat "
                f"{insurer} à compter du {day(h, start)}.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 3))
        regards(
            f,
            s,
            lg,
            person(keyed(who, "acc"), lg),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES")
    g = sheets(s, h, f"{title} - {pol}")
    caption(g, s, title, 5)
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
            (tr(lg, "The insured", "Versicherungsnehmer", "Souscripteur"), o.name),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Public observatory and planetarium (charity)",
                    "Volkssternwarte, Planetarium",
                    "Observatoire, planétarium",
                ),
            ),
            (tr(lg, "Premises", "Risikoort", "Lieu"), f"{o.street}, {o.town}"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    secs = [
        (tr(lg, "Buildings", "Gebäude", "Bâtiments"), rng.choice([650000, 980000, 1400000])),
        (tr(lg, "Contents", "Inhalt", "Contenu"), rng.choice([60000, 85000, 120000])),
        (
            tr(
                lg,
                "Specified equipment (all risks)",
                "Elektronik / Instrumente (Allgefahren)",
                "Matériel désigné (tous risques)",
            ),
            0,
        ),
        (tr(lg, "Money", "Bargeld", "Espèces"), 2500),
        (tr(lg, "Public liability", "Betriebshaftpflicht", "Responsabilité civile"), 5000000),
        (
            tr(
                lg,
                "Employers' liability",
                "Ehrenamtliche (Unfall)",
                "Individuelle accident bénévoles",
            ),
            10000000 if lg == "en" else 50000,
        ),
    ]
    items = []
    for item, make, model in rng.sample(EQUIPMENT[lg], rng.randint(4, 9)):
        items.append(
            [
                item,
                f"{make} {model}",
                serial(rng, "99999-AA"),
                money(rng.choice([3500, 8200, 12500, 24000, 48000, 96000]), lg),
            ]
        )
    eq = sum(float(i[3].replace(",", "").replace(".", "").replace(" ", "")) / 100 for i in items)
    secs[2] = (secs[2][0], int(eq))
    table(
        g,
        columns(m, w - m, [(4, "left"), (2, "right"), (1.4, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Montant garanti"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        [[t, cash(v, lg), cash(rng.choice([100, 250, 500]), lg)] for t, v in secs],
        s,
        rules=True,
    )
    g.y += 10
    prem = round(rng.uniform(1800, 5200), 2)
    g.y = pairs(
        g.page,
        s,
        w * 0.45,
        g.y,
        [
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes"),
                cash(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), lg),
            ),
        ],
        w - m,
        s.size,
    )
    g.y += 10
    for t in [tr(lg, "Endorsements", "Klauseln", "Clauses")] + [
        f"{serial(rng, 'AA99')}  " + words(rng, lg, "legal") for _ in range(rng.randint(2, 5))
    ]:
        write(g, s, t, s.size - 1)
    g.new_page()
    caption(
        g,
        s,
        tr(
            lg,
            "Specified items",
            "Verzeichnis der versicherten Instrumente",
            "Liste du matériel désigné",
        ),
        2,
    )
    table(
        g,
        columns(m, w - m, [(3.2, "left"), (2.2, "left"), (1.2, "left"), (1.2, "right")]),
        [
            tr(lg, "Item", "Gegenstand", "Désignation"),
            tr(lg, "Make / model", "Fabrikat", "Marque / modèle"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        items,
        s,
        rules=True,
        step=1.8,
    )
    write(
        g,
        s,
        tr(
            lg,
            "Cover applies on the premises and in transit to outreach events within the UK.",
            "Versicherungsschutz auch bei Außeneinsätzen innerhalb Deutschlands.",
            "Garantie étendue aux animations extérieures en France.",
        ),
        s.size - 1,
    )
    pages += close(
        g.pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers.startswith("2:")
        else tr(lg, "2:Page {i}", "2:Seite {i}", "2:page {i}"),
        covers=0,
    )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run takes up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "school_booking": tpl_school_booking,
    "risk_assessment": tpl_risk_assessment,
    "ticket_settlement": tpl_ticket_settlement,
    "cash_up": tpl_cash_up,
    "maintenance_contract": tpl_maintenance_contract,
    "service_report": tpl_service_report,
    "repair_quote": tpl_repair_quote,
    "licence_invoice": tpl_licence_invoice,
    "grant_letter": tpl_grant_letter,
    "grant_claim": tpl_grant_claim,
    "volunteer_agreement": tpl_volunteer_agreement,
    "dbs_check": tpl_dbs_check,
    "renewal_form": tpl_renewal_form,
    "subscription_receipt": tpl_subscription_receipt,
    "speaker_agreement": tpl_speaker_agreement,
    "expense_claim": tpl_expense_claim,
    "electricity_bill": tpl_electricity_bill,
    "oil_delivery": tpl_oil_delivery,
    "planning_notice": tpl_planning_notice,
    "objection": tpl_objection,
    "equipment_insurance": tpl_equipment_insurance,
}
TEMPLATES_PPPPP: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "school_booking",
    "cash_up",
    "ticket_settlement",
    "service_report",
    "dbs_check",
    "renewal_form",
    "subscription_receipt",
    "expense_claim",
    "electricity_bill",
    "oil_delivery",
)
#: A kind often followed by a related paper answering it.
FOLLOWS = {
    "school_booking": "risk_assessment",
    "service_report": "repair_quote",
    "grant_letter": "grant_claim",
    "volunteer_agreement": "dbs_check",
    "speaker_agreement": "expense_claim",
    "renewal_form": "subscription_receipt",
    "planning_notice": "objection",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_steamer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One observatory's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    observatory (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_PPPPP, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_steamer_stream, "templates PPPPP")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Salver part of the generated corpus: templates NNNN, written blind for the next measurement.

A part of its own, ``salver``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a scuba
diving centre with a dive shop and a boat (in England, Germany or France; an owner, two
instructors, a boat skipper and a shop assistant) feeds through its scanner: students' course
enrolment packs (PADI, SSI, BSAC, VDST/CMAS or FFESSM/CMAS courses) with the centre's
enrolment form, the agency's medical questionnaire and the liability release with initials;
physicians' fitness-to-dive assessments (medical examiner's evaluation form, GTÜM
Tauchtauglichkeitsbescheinigung, certificat d'absence de contre-indication), sometimes with a
covering letter, a fee note or a findings page; the training agency's certification
processing reports, now and then with a sheet of temporary cards; the agency's instructor
membership renewals with the renewal form and a standards page; the centre's boat charter
agreements with visiting clubs, with the charter terms, a landscape diver manifest and a
signature page; the skipper's licence (the authority's covering letter and the photocopy of
the card); compressor breathing air test certificates to EN 12021, now and then with the
sampling record or a nitrox page; the test station's periodic inspection and hydrostatic test
reports for batches of cylinders, portrait or landscape; the centre's own visual cylinder
inspection records, one per cylinder; equipment distributors' delivery notes and invoices
(dealer discount, Skonto, terms of sale); the centre's equipment hire agreements filled in at
the counter and damage reports on hired items, sometimes with the service workshop's repair
quotation; the marina's berth invoices and its notices and letters to berth holders, with a
renewal form, a works plan or the harbour regulations; insurance schedules for the boat (hull,
machinery, passenger liability) and for the centre's professional liability, with the
broker's covering letter, endorsements and a certificate of insurance; tour operators' group
trip booking confirmations with the itinerary, the cabin list and booking conditions, and trip
invoices (the operator's to the centre or the centre's to a participant); office copies of gift
vouchers on DL, A6 or A5 cards with a counterfoil; the centre's incident reports with the
narrative, a handwritten witness statement and the dive computer profile. Each stream is one
centre's pile: the centre (country, name, boat, crew, training system, month) is drawn once
per stream; its outside senders are of the centre's country and write in its language, except
that tour operators, equipment distributors and insurers are now and then from abroad and
write in their own. Page sizes range from DL and A6 voucher cards and A5 forms to A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
enrolment form, the medical questionnaire and the liability release a student hands in
together; the covering letter, fee note and findings page of a medical assessment; the card
sheet of a certification report; the renewal form and standards page of an instructor
renewal; the terms, diver manifest and signature page of a charter agreement; the authority's
letter and the copy of the licence card behind it; the sampling record or nitrox page of an air
test certificate; every page of a cylinder test report; the returns slip of a delivery note;
the terms page of an invoice; the terms page behind a hire agreement; the workshop's repair
quotation attached to a damage report; the renewal form, works plan or regulations extract
sent with a marina letter; the covering letter, endorsements and certificate of an insurance
schedule; the cabin list and conditions of a trip booking; the witness statement and profile
printout of an incident report. Related papers are documents of their own: the physician's
assessment after the enrolment pack, the invoice after the delivery note, the damage report
after the hire agreement, the trip invoice after the booking confirmation, the skipper's
licence after a charter agreement and a berth invoice after a marina letter; and so is each
enrolment pack, certification report, inspection record, delivery note, invoice, hire
agreement, berth invoice, air test certificate and voucher of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: enrolment packs, certification
reports, visual inspection records, delivery notes, distributors' invoices, hire agreements,
berth invoices, trip invoices, gift vouchers and air test certificates often come 2-4 in a row
from one sender with other divers, dates, numbers and amounts; and companions: each related
paper above often follows the document it answers, about the same diver, order or trip. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "salver"`` and seeds offset by 9_100_000.

Usage: ``python benchmarks/corpus_salver.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/salver/salver_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

# ruff: noqa: E501  (long German/French label strings kept on one line)

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

PART = "salver"
SEED_OFFSET = 9_100_000

MM = 72 / 25.4
DL_LAND = (210 * MM, 99 * MM)
A6_LAND = (148 * MM, 105 * MM)
A5_LAND = landscape(A5)
A4_LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the dive centre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CENTRES: dict[str, list[Row]] = {
    "en": [
        (
            "Blue Lagoon Divers Ltd",
            "The Old Boathouse, Quay Road",
            "Plymouth PL1 2JZ",
            "01752 660 431",
        ),
        ("Seahorse Scuba Centre", "12 Harbour Parade", "Weymouth DT4 8DQ", "01305 771 209"),
        ("Farne Deeps Diving", "Harbour Road", "Seahouses NE68 7RN", "01665 721 884"),
    ],
    "de": [
        ("Tauchcenter Ostsee-Blau GmbH", "Am Hafen 7", "23747 Dahme", "04364 47 91 20"),
        ("Tauchsport Seeadler", "Uferstraße 22", "78462 Konstanz", "07531 36 44 80"),
        ("Tauchbasis Kreidefelsen", "Hafenstraße 3", "18546 Sassnitz", "038392 5 71 03"),
    ],
    "fr": [
        (
            "Centre de Plongée des Calanques",
            "Port de la Pointe Rouge",
            "13008 Marseille",
            "04 91 73 22 58",
        ),
        ("Aqua Bleu Plongée", "Quai Gabriel Péri", "34200 Sète", "04 67 74 18 30"),
        ("Subaqua Armor", "Port de Plaisance", "22700 Perros-Guirec", "02 96 23 40 17"),
    ],
}
#: The centre's boat: name, type, length overall (m), engines.
BOATS = {
    "en": [
        ("Sea Sprite", "Cheetah 9.5 catamaran", 9.5, "2 x Yamaha F150"),
        ("Grey Seal II", "Lochin 38 hardboat", 11.6, "Volvo Penta D6 370"),
        ("Kittiwake", "Offshore 105 dive boat", 10.5, "2 x Suzuki DF175"),
    ],
    "de": [
        ("Ostseeperle", "Tauchkatamaran 10 m", 10.0, "2 x Yamaha F150"),
        ("Seeadler III", "Arbeitsboot Alu 8,5 m", 8.5, "Mercury 250 V8"),
        ("Kreidefels", "Tauchschiff 12 m", 12.0, "Volvo Penta D4 300"),
    ],
    "fr": [
        ("Le Mérou II", "Catamaran de plongée 11 m", 11.0, "2 x Suzuki DF200"),
        ("Posidonie", "Semi-rigide Zodiac Pro 7.5", 7.5, "Yamaha F250"),
        ("Roche Percée", "Vedette de plongée 12 m", 12.0, "2 x Volvo D4 260"),
    ],
}
SYSTEMS = {
    "en": ["PADI", "PADI", "SSI", "BSAC"],
    "de": ["PADI", "SSI", "VDST"],
    "fr": ["FFESSM", "PADI", "SSI"],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "agency_PADI": {
        "en": [
            ("PADI EMEA Ltd", "The Pavilions, Bridgwater Road", "Bristol BS13 8AE", "0117 300 7234")
        ],
        "de": [
            (
                "PADI EMEA Ltd - Kundenservice DACH",
                "The Pavilions, Bridgwater Road",
                "Bristol BS13 8AE, UK",
                "+44 117 300 7320",
            )
        ],
        "fr": [
            (
                "PADI EMEA Ltd - Service Membres France",
                "The Pavilions, Bridgwater Road",
                "Bristol BS13 8AE, Royaume-Uni",
                "+44 117 300 7350",
            )
        ],
    },
    "agency_SSI": {
        "en": [
            ("SSI UK & Ireland", "Unit 4, Marina Court", "Southampton SO14 3TJ", "023 8063 4410")
        ],
        "de": [
            (
                "SSI Deutschland GmbH",
                "Johann-Höllfritsch-Straße 6",
                "90530 Wendelstein",
                "09129 909 95 0",
            )
        ],
        "fr": [("SSI France", "12 avenue de la Mer", "06600 Antibes", "04 93 34 81 20")],
    },
    "agency_BSAC": {
        "en": [
            (
                "British Sub-Aqua Club",
                "Telford's Quay, South Pier Road",
                "Ellesmere Port CH65 4FL",
                "0151 350 6200",
            )
        ],
        "de": [
            (
                "British Sub-Aqua Club",
                "Telford's Quay, South Pier Road",
                "Ellesmere Port CH65 4FL",
                "",
            )
        ],
        "fr": [
            (
                "British Sub-Aqua Club",
                "Telford's Quay, South Pier Road",
                "Ellesmere Port CH65 4FL",
                "",
            )
        ],
    },
    "agency_VDST": {
        "en": [
            ("Verband Deutscher Sporttaucher e.V.", "Bernhäuser Straße 2", "63069 Offenbach", "")
        ],
        "de": [
            (
                "Verband Deutscher Sporttaucher e.V. - Geschäftsstelle",
                "Bernhäuser Straße 2",
                "63069 Offenbach",
                "069 98 19 02 50",
            )
        ],
        "fr": [
            ("Verband Deutscher Sporttaucher e.V.", "Bernhäuser Straße 2", "63069 Offenbach", "")
        ],
    },
    "agency_FFESSM": {
        "en": [("FFESSM", "24 quai de Rive-Neuve", "13007 Marseille", "")],
        "de": [("FFESSM", "24 quai de Rive-Neuve", "13007 Marseille", "")],
        "fr": [
            (
                "FFESSM - Fédération Française d'Études et de Sports Sous-Marins",
                "24 quai de Rive-Neuve",
                "13007 Marseille",
                "04 91 33 99 31",
            )
        ],
    },
    "doctor": {
        "en": [
            (
                "Dr Helen Pascoe MRCGP - UKDMC Medical Referee",
                "Mutley Medical Practice, 2 Mutley Plain",
                "Plymouth PL4 6LA",
                "01752 224 118",
            ),
            (
                "Dr Tom Ashworth, Dive Medicine Clinic",
                "The Hyperbaric Unit, Derriford Road",
                "Plymouth PL6 8DH",
                "",
            ),
            (
                "Dr Anika Rao - Diving & Aviation Medicine",
                "14 Abbotsbury Road",
                "Weymouth DT4 0AE",
                "01305 788 540",
            ),
        ],
        "de": [
            (
                "Dr. med. Jens Lorenzen - Tauchmedizin (GTÜM)",
                "Strandallee 41",
                "23669 Timmendorfer Strand",
                "04503 70 20 11",
            ),
            (
                "Praxis Dr. Birgit Haller, Allgemeinmedizin - Taucherarzt",
                "Marktstätte 9",
                "78462 Konstanz",
                "07531 2 84 19",
            ),
            (
                "Dr. med. Uwe Brandt, Internist / Tauchmedizin",
                "Bahnhofstraße 14",
                "18528 Bergen auf Rügen",
                "",
            ),
        ],
        "fr": [
            (
                "Dr Sylvie Marchetti - Médecin fédéral FFESSM",
                "48 avenue de Mazargues",
                "13008 Marseille",
                "04 91 76 30 12",
            ),
            (
                "Dr Paul Kerhervé, médecine du sport",
                "3 rue du Maréchal Joffre",
                "22300 Lannion",
                "",
            ),
            (
                "Cabinet médical du Port - Dr Nadia Ferrand",
                "11 quai de la Résistance",
                "34200 Sète",
                "04 67 53 20 88",
            ),
        ],
    },
    "lab": {
        "en": [
            (
                "Breathe Safe Air Testing Ltd",
                "Unit 12, Brunel Business Park",
                "Exeter EX2 7AY",
                "01392 445 120",
            ),
            ("Compressed Air Analytics", "7 Wharf Lane", "Poole BH15 1HH", "01202 660 703"),
        ],
        "de": [
            ("Atemluft-Prüflabor Nord GmbH", "Gewerbering 18", "24768 Rendsburg", "04331 43 77 0"),
            ("Dräger-Service Partner Bodensee", "Hafenstraße 6", "88045 Friedrichshafen", ""),
        ],
        "fr": [
            (
                "Laboratoire Air Respirable Méditerranée",
                "ZA de la Valentine, 14 chemin des Bessons",
                "13011 Marseille",
                "04 91 44 52 10",
            ),
            ("Analyses Gaz Plongée SARL", "5 rue de l'Aber", "29200 Brest", ""),
        ],
    },
    "teststation": {
        "en": [
            (
                "Tamar Cylinder Testing Ltd",
                "Unit 3, Ocean Quay",
                "Plymouth PL1 3RE",
                "01752 254 670",
            ),
            (
                "Wessex Dive Cylinder Test Station",
                "9 Granby Industrial Estate",
                "Weymouth DT4 9XY",
                "",
            ),
        ],
        "de": [
            (
                "Flaschen-TÜV Nord Prüfstelle Kiel",
                "Wischhofstraße 1-3",
                "24148 Kiel",
                "0431 72 05 40",
            ),
            ("Druckbehälterprüfung Süd GmbH", "Industriestraße 30", "78224 Singen", ""),
        ],
        "fr": [
            (
                "Centre de requalification Bouteilles Provence",
                "Zone Artisanale des Paluds",
                "13400 Aubagne",
                "04 42 84 19 63",
            ),
            ("TIV Service Ouest", "14 rue des Ajoncs", "22300 Lannion", ""),
        ],
    },
    "supplier": {
        "en": [
            (
                "Aquanautic Distribution Ltd",
                "Unit 8, Hamble Point",
                "Southampton SO31 4NB",
                "023 8045 7710",
            ),
            ("Deepline Dive Wholesale", "2 Enterprise Way", "Portsmouth PO3 5LP", "023 9266 4100"),
            ("North Sea Drysuits Ltd", "Albion Works, Mill Street", "Hull HU1 2BH", ""),
        ],
        "de": [
            (
                "Tauchsport Großhandel Nord GmbH",
                "Osterbrooksweg 52",
                "22869 Schenefeld",
                "040 830 44 60",
            ),
            ("Abyss Tauchtechnik Vertrieb", "Robert-Bosch-Straße 11", "71101 Schönaich", ""),
            ("Trockentauchanzüge Hansen KG", "Am Gewerbepark 4", "25813 Husum", ""),
        ],
        "fr": [
            (
                "Plongée Diffusion SAS",
                "ZI Athélia IV, 120 avenue de la Tramontane",
                "13600 La Ciotat",
                "04 42 08 71 00",
            ),
            ("Océane Équipement", "8 rue de la Forge", "56100 Lorient", ""),
            ("Combinaisons Méditerranée SARL", "41 chemin du Littoral", "13016 Marseille", ""),
        ],
    },
    "marina": {
        "en": [
            (
                "Sutton Harbour Marina",
                "North Quay House, Sutton Harbour",
                "Plymouth PL4 0RA",
                "01752 204 702",
            ),
            (
                "Weymouth Harbour Office",
                "13 Custom House Quay",
                "Weymouth DT4 8BG",
                "01305 838 423",
            ),
            ("North Sunderland Harbour Commissioners", "Harbour Office", "Seahouses NE68 7RN", ""),
        ],
        "de": [
            (
                "Yachthafen Dahme Betriebs-GmbH",
                "Strandpromenade 1",
                "23747 Dahme",
                "04364 49 20 30",
            ),
            (
                "Hafenverwaltung Konstanz - Bodensee-Schiffsbetriebe",
                "Hafenstraße 6",
                "78462 Konstanz",
                "",
            ),
            ("Stadthafen Sassnitz GmbH", "Straße der Jugend 1", "18546 Sassnitz", "038392 6 42 0"),
        ],
        "fr": [
            (
                "Capitainerie du Port de la Pointe Rouge",
                "Avenue d'Odessa",
                "13008 Marseille",
                "04 91 73 13 21",
            ),
            ("Port de Sète - Plaisance", "1 quai Philippe Régy", "34200 Sète", ""),
            (
                "Régie du Port de Perros-Guirec",
                "Bassin du Linkin",
                "22700 Perros-Guirec",
                "02 96 49 80 50",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Navigators Marine Insurance Brokers",
                "3 Mayflower Street",
                "Plymouth PL1 1QJ",
                "01752 670 220",
            ),
            (
                "Aqua Liability Underwriting Ltd",
                "Lloyd's Building, 1 Lime Street",
                "London EC3M 7HA",
                "",
            ),
            ("Seaways Commercial Insurance", "Harbour House, Poole Quay", "Poole BH15 1HJ", ""),
        ],
        "de": [
            (
                "Hanseatische Yachtversicherung AG",
                "Ballindamm 17",
                "20095 Hamburg",
                "040 32 11 08 0",
            ),
            ("Aqua Med Versicherungsdienst", "Heinrich-Heine-Straße 3", "28211 Bremen", ""),
            ("Wassersport-Versicherungskontor Kiel", "Kaistraße 101", "24114 Kiel", ""),
        ],
        "fr": [
            (
                "Cabinet Lafont Assurances Maritimes",
                "22 quai de Rive-Neuve",
                "13007 Marseille",
                "04 91 54 09 30",
            ),
            ("Mutuelle Nautique de l'Ouest", "6 rue du Port", "56100 Lorient", ""),
            ("AXIS Plongée Courtage", "18 boulevard Longchamp", "13001 Marseille", ""),
        ],
    },
    "operator": {
        "en": [
            (
                "Red Sea Explorer Liveaboards",
                "Marina Hurghada, Building 6",
                "Hurghada, Egypt",
                "+20 65 344 1020",
            ),
            (
                "Gozo Blue Dive Holidays",
                "Triq il-Port, Mgarr",
                "Gozo MGR 1010, Malta",
                "+356 2155 7720",
            ),
            ("Scilly Dive Charters", "The Quay", "St Mary's, Isles of Scilly TR21 0HY", ""),
        ],
        "de": [
            ("Tauchreisen Meerblick GmbH", "Leopoldstraße 88", "80802 München", "089 38 66 71 0"),
            (
                "Nautilus Tauchreisen GmbH",
                "Limburger Straße 5",
                "65510 Idstein",
                "06126 95 41 0",
            ),
        ],
        "fr": [
            ("Plongée Évasion Voyages", "7 rue Paradis", "13001 Marseille", "04 91 33 20 44"),
            ("Port-Cros Plongée Croisières", "Quai d'Honneur", "83400 Hyères", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Maritime and Coastguard Agency - Seafarer Documentation",
                "Bay 2/22, Spring Place, 105 Commercial Road",
                "Southampton SO15 1EG",
                "",
            ),
            (
                "Royal Yachting Association - Certification Department",
                "RYA House, Ensign Way",
                "Hamble SO31 4YA",
                "",
            ),
        ],
        "de": [
            (
                "Generaldirektion Wasserstraßen und Schifffahrt - Fahrerlaubnisse",
                "Hindenburgufer 247",
                "24106 Kiel",
                "",
            ),
            (
                "Wasserstraßen- und Schifffahrtsamt Bodensee",
                "Hafenstraße 1",
                "88085 Langenargen",
                "",
            ),
        ],
        "fr": [
            (
                "DDTM des Bouches-du-Rhône - Délégation à la mer et au littoral",
                "16 rue Antoine Zattara",
                "13003 Marseille",
                "",
            ),
            (
                "DDTM des Côtes-d'Armor - Service Permis plaisance",
                "1 rue du Parc",
                "22000 Saint-Brieuc",
                "",
            ),
        ],
    },
    "workshop": {
        "en": [
            (
                "Regulator Service Centre SW",
                "Unit 2, Cattedown Wharf",
                "Plymouth PL4 0RW",
                "01752 401 330",
            )
        ],
        "de": [("Atemregler-Service Wagner", "Werftstraße 12", "24143 Kiel", "0431 70 55 81")],
        "fr": [("Atelier Détendeurs Rivière", "9 impasse des Pêcheurs", "13002 Marseille", "")],
    },
}
CLUBS = {
    "en": [
        "Tamar Valley Sub-Aqua Club",
        "Bristol University Underwater Club",
        "Ealing Divers BSAC 71",
        "Midland Wreck Diving Club",
    ],
    "de": [
        "Tauchclub Delphin Hamburg e.V.",
        "TSC Neptun Bielefeld e.V.",
        "Unterwasserfreunde Ulm e.V.",
        "DLRG Tauchgruppe Lübeck",
    ],
    "fr": [
        "Club Subaquatique Lyonnais",
        "ASPTT Plongée Marseille",
        "Les Palmes d'Argent Grenoble",
        "Club de plongée de Rennes",
    ],
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
        "Gareth",
        "Chloe",
        "Mark",
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
        "Lars",
        "Nina",
        "Björn",
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
        "Manon",
        "Yann",
        "Elodie",
        "Romain",
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Trelawny",
        "Bennett",
        "Ahmed",
        "Penrose",
        "Thornton",
        "Moss",
        "Reid",
        "Polglase",
        "Evans",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Hartmann",
        "Wolff",
        "Kaya",
        "Neumann",
        "Vogel",
        "Petersen",
        "Jensen",
        "Lange",
    ],
    "fr": [
        "Lefèvre",
        "Morel",
        "Girard",
        "Le Goff",
        "Chevalier",
        "Benali",
        "Roux",
        "Perrin",
        "Fabre",
        "Quéméner",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Chloe",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
}
FEMALE |= {"Eva", "Nina", "Nathalie", "Camille", "Sandrine", "Léa", "Manon", "Elodie"}
ROADS = {
    "en": [
        "Mannamead Road",
        "Alma Road",
        "Dorchester Road",
        "Lyme Crescent",
        "Fore Street",
        "Main Street",
    ],
    "de": ["Lindenstraße", "Am Deich", "Seestraße", "Birkenweg", "Hauptstraße", "Kirchplatz"],
    "fr": [
        "rue des Mouettes",
        "avenue Jean Jaurès",
        "rue de la Corniche",
        "chemin du Phare",
        "rue Victor Hugo",
    ],
}
TOWNS = {
    "en": [
        "Plymouth PL3 5BN",
        "Exeter EX4 6PQ",
        "Bristol BS7 8DF",
        "Taunton TA1 4HH",
        "Dorchester DT1 2QA",
        "Newcastle NE3 1AP",
    ],
    "de": [
        "23552 Lübeck",
        "22081 Hamburg",
        "24105 Kiel",
        "78467 Konstanz",
        "88212 Ravensburg",
        "18055 Rostock",
    ],
    "fr": [
        "13006 Marseille",
        "13100 Aix-en-Provence",
        "34000 Montpellier",
        "22300 Lannion",
        "35000 Rennes",
        "84000 Avignon",
    ],
}

TALK = {
    "en": {
        "dive": "dive site visibility current depth ascent safety stop buddy boat cylinder regulator "
        "nitrox briefing skipper shot line marker buoy reef wreck conditions computer slack water",
        "legal": "participant risk injury liability release instructor centre activity negligence "
        "claim agreement law equipment decompression illness assumption hazards waiver",
        "boat": "vessel berth pontoon harbour master mooring crane fuel berth works tide dredging "
        "access electricity water notice holders gates security slipway",
        "money": "invoice payment account balance due amount reference transfer period outstanding "
        "statement charges terms settlement deposit",
        "gear": "regulator service kit hose O-ring first stage second stage BCD wing inflator "
        "drysuit seal fins mask computer battery strap buckle valve",
    },
    "de": {
        "dive": "Tauchplatz Sicht Strömung Tiefe Aufstieg Sicherheitsstopp Buddy Boot Flasche "
        "Atemregler Nitrox Briefing Skipper Bojenleine Riff Wrack Bedingungen Tauchcomputer",
        "legal": "Teilnehmer Risiko Verletzung Haftung Freistellung Tauchlehrer Tauchbasis "
        "Aktivität Fahrlässigkeit Ansprüche Vereinbarung Recht Ausrüstung Dekompressionsunfall",
        "boat": "Liegeplatz Steg Hafenmeister Festmacher Kran Tankstelle Arbeiten Pegel "
        "Ausbaggerung Zugang Strom Wasser Mitteilung Lieger Tor Sicherheit Slipanlage",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel Anzahlung",
        "gear": "Atemregler Revision Servicekit Schlauch O-Ring erste Stufe zweite Stufe Jacket "
        "Inflator Trockentauchanzug Manschette Flossen Maske Computer Batterie Ventil",
    },
    "fr": {
        "dive": "site plongée visibilité courant profondeur remontée palier binôme bateau bloc "
        "détendeur nitrox briefing pilote bouée épave tombant conditions ordinateur étale",
        "legal": "participant risque blessure responsabilité décharge moniteur centre activité "
        "négligence réclamation accord droit matériel accident de décompression",
        "boat": "navire poste amarrage ponton capitainerie grue carburant travaux marée dragage "
        "accès électricité eau avis plaisanciers badge sécurité cale de mise à l'eau",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement acompte",
        "gear": "détendeur révision kit flexible joint premier étage deuxième étage gilet "
        "inflateur étanche manchon palmes masque ordinateur pile sangle robinet",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "dive", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "dive", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The centre of a stream: country, month, crew, boat, training system, customers
# ---------------------------------------------------------------------------------------------

CENTRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same diver, order or day).
LAST: dict[str, object] = {"kind": "", "day": None, "diver": None, "extra": None}


@dataclass
class Diver:
    first: str
    last: str
    female: bool
    born: date
    street: str
    town: str
    phone: str
    mail: str
    lang: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def home() -> str:
    return str(CENTRE["lang"])


def month() -> date:
    m = CENTRE["month"]
    assert isinstance(m, date)
    return m


def cseed() -> int:
    return int(CENTRE["seed"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's centre and ``key``: a run keeps its sender."""
    text = f"salver/{key}/{who.name}/{who.street}/{who.city}/{cseed()}"
    return random.Random(zlib.crc32(text.encode()))


def crew(role: str) -> str:
    """The centre's owner, instructors, skipper and shop assistant (fixed per stream)."""
    lg = home()
    r = random.Random(zlib.crc32(f"salver/crew/{cseed()}".encode()))
    names = [
        f"{f} {la}" for f, la in zip(r.sample(FIRSTS[lg], 5), r.sample(LASTS[lg], 5), strict=True)
    ]
    return names[["owner", "instructor", "instructor2", "skipper", "shop"].index(role)]


def pro_no(name: str, system: str) -> str:
    r = random.Random(zlib.crc32(f"salver/pro/{name}/{system}".encode()))
    return {
        "PADI": serial(r, "99999"),
        "SSI": serial(r, "999999"),
        "BSAC": f"I{serial(r, '9999')}",
    }.get(system, serial(r, "9999"))


def boat() -> tuple[str, str, float, str]:
    return BOATS[home()][int(CENTRE["row"])]  # type: ignore[call-overload]


def system() -> str:
    r = random.Random(zlib.crc32(f"salver/system/{cseed()}".encode()))
    return r.choice(SYSTEMS[home()])


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, diver: Diver | None = None, extra: object = None) -> None:
    LAST.update(day=d, diver=diver, extra=extra)


def a_diver(rng: random.Random, lang: str | None = None) -> Diver:
    lg = lang or home()
    first = rng.choice(FIRSTS[lg])
    last = rng.choice(LASTS[lg])
    host = rng.choice(
        {
            "en": ["gmail.com", "btinternet.com", "outlook.com"],
            "de": ["gmx.de", "web.de", "t-online.de"],
            "fr": ["orange.fr", "free.fr", "gmail.com"],
        }[lg]
    )
    mail = f"{first.lower()[:1]}.{last.lower().replace(' ', '').replace('é', 'e').replace('è', 'e')}@{host}"
    phone = {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.choice([51, 52, 60, 70, 76])} {rng.randint(1000000, 9999999)}",
        "fr": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    }[lg]
    no = rng.randint(1, 88)
    road = rng.choice(ROADS[lg])
    return Diver(
        first=first,
        last=last,
        female=first in FEMALE,
        born=date(rng.randint(1960, 2010), rng.randint(1, 12), rng.randint(1, 28)),
        street=f"{road} {no}" if lg == "de" else f"{no} {road}",
        town=rng.choice(TOWNS[lg]),
        phone=phone,
        mail=mail,
        lang=lg,
    )


def diver_for(rng: random.Random, kinds: tuple[str, ...]) -> Diver:
    d = LAST["diver"]
    if isinstance(d, Diver) and after(kinds):
        return d
    return a_diver(rng)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


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
    look: str  # band | centred | wave | boxed | plain | side | official
    font: str
    bold: str
    pt: float
    margin: float
    again: bool
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "wave", "boxed", "plain", "side"]
TAGLINES = {
    "centre": (
        "Diving school - Dive shop - Boat dives",
        "Tauchschule - Tauchshop - Bootsausfahrten",
        "École de plongée - Boutique - Sorties bateau",
    ),
    "supplier": (
        "Diving equipment wholesale",
        "Tauchsport-Großhandel",
        "Matériel de plongée - vente aux professionnels",
    ),
    "lab": (
        "Breathing air analysis - UKAS accredited",
        "Atemluftanalytik - akkreditiert nach DIN EN ISO/IEC 17025",
        "Analyses d'air respirable - accrédité COFRAC",
    ),
    "teststation": (
        "Approved cylinder test station",
        "Zugelassene Prüfstelle für Druckgeräte",
        "Centre de requalification agréé",
    ),
    "marina": (
        "Berths - Fuel - Boatyard",
        "Liegeplätze - Tankstelle - Winterlager",
        "Port de plaisance",
    ),
    "insurer": (
        "Marine & leisure insurance",
        "Wassersportversicherungen",
        "Assurances maritimes et plaisance",
    ),
    "operator": (
        "Dive holidays & liveaboards",
        "Tauchreisen & Safaris",
        "Voyages et croisières plongée",
    ),
    "workshop": (
        "Regulator & BCD servicing",
        "Atemregler- und Jacketservice",
        "Révision détendeurs et gilets",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "doctor", "agency"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{r.choice(['Sparkasse Holstein', 'Förde Sparkasse', 'Sparkasse Bodensee', 'Volksbank Vorpommern', 'Commerzbank'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Lübeck', 'Kiel', 'Freiburg', 'Stralsund', 'Hamburg'])} HRB {r.randint(1000, 29999)} - Geschäftsführer: {r.choice(['Jörg Matthiesen', 'Heike Brodersen', 'Frank Albrecht'])}",
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)}"
            f" - APE {r.choice(['9312Z', '4764Z', '5010Z', '6512Z', '7120B', '5222Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracommunautaire FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            f"Authorised and regulated by the Financial Conduct Authority, FRN {r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"salver/head/{name}/{cseed()}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority",):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("doctor",):
        looks = ["plain", "centred", "side"]
        font, bold = r.choice(FACES[:3])
    elif role.startswith("agency"):
        looks = ["band", "wave", "side"]
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
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts', 'bookings'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def centre_head() -> Head:
    lang = home()
    return make_head(CENTRES[lang][int(CENTRE["row"])], lang, "centre")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and centre), of the
    centre's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def agency_head(sysname: str) -> Head:
    lang = home()
    return make_head(SENDERS[f"agency_{sysname}"][lang][0], lang, f"agency_{sysname}")


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
    pt = shrink(top, "Helvetica", 6.5, r * 1.6)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.6), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7.5, r * 1.5)
    p.text(
        cx, cy + r * 0.2, fit(mid, "Helvetica-Bold", pt2, r * 1.5), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with an anchor bar."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    p.line(x + 11, y + 3, x + 11, y + 19)
    p.line(x + 5, y + 8, x + 17, y + 8)
    p.line(x + 5, y + 16, x + 17, y + 16)


def waves(p: Page, x: float, y: float, w: float, rows: int = 2) -> None:
    """A wave ornament: zigzag lines."""
    for k in range(rows):
        xx = x
        yy = y + k * 4
        while xx < x + w - 6:
            p.line(xx, yy, xx + 3, yy - 2.5)
            p.line(xx + 3, yy - 2.5, xx + 6, yy)
            xx += 6


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
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
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.78)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if tagline else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "wave":
        ring(p, m + 14, y + 2, 14)
        waves(p, m + 4, y + 4, 20, 2)
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 36, y + 1, h.name, h.bold, pt)
        p.text(
            m + 36,
            y + 12,
            fit(tagline or where, italic_of(h.font), 7.5, w - 2 * m - 40),
            italic_of(h.font),
            7.5,
        )
        waves(p, m, y + 24, w - 2 * m, 1)
        return y + 44
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
        p.text(m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    """Pages of ``s``: ``h``'s letterhead on the first (unless not ``top``); on later pages
    the letterhead again, a running header or nothing."""

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
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Dr", "med", "Mr", "Ms")
    ] or [name]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str | None, when: str = ""
) -> None:
    """A signature line with its caption below; signed by ``name`` (if given) with a date."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 6.5, w), s.font, 6.5)
    if name:
        scrawl(p, x + 6, y - 3, name)
    if when:
        hand(p, x + w - tw(when, HAND, 8.5) - 2, y - 4, when, 8.5)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the centre's received stamp on the first page."""
    lang = home()
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 150),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Shop", "Boat"],
                        "de": ["Büro", "Laden", "Basis"],
                        "fr": ["Bureau", "Boutique", "Base"],
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
        f.page, s, h if h.look in ("plain", "band", "official", "wave") else None, y0, lines
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
            [
                "Cordialement,",
                "Bien cordialement,",
                "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
            ][len(name) % 3],
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
    r = random.Random(zlib.crc32(f"salver/staff/{tag}/{h.name}/{cseed()}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def doctor_name(h: Head) -> str:
    for part in h.name.split(" - ") + h.name.split(", "):
        if "Dr" in part:
            t = (
                part.split(",")[0]
                .replace("Praxis ", "")
                .replace("Cabinet médical du Port", "")
                .strip()
            )
            for tail in (" MRCGP", " - Tauchmedizin (GTÜM)", " - Taucherarzt"):
                t = t.replace(tail, "")
            return t
    return staff(h, "doctor")


def centre_lines(att: str = "") -> list[str]:
    c = centre_head()
    return [c.name, *([att] if att else []), c.street, c.town]


def diver_lines(d: Diver) -> list[str]:
    return [mx(d.name, d.lang), d.street, d.town]


def vat_rate(lang: str) -> float:
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def whole(v: float, lg: str) -> str:
    """An amount without its pence or cents ("£85,000", "85.000 €")."""
    return cash(v, lg).replace(".00", "") if lg == "en" else cash(v, lg).replace(",00", "")


def greet(lg: str, name: str) -> str:
    """The salutation to ``name`` (as ``mx`` writes it)."""
    if lg == "en" and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return dear(lg, name)


def qty(v: int | float, lg: str) -> str:
    return f"{v:g}".replace(".", "," if lg != "en" else ".")


def hand_lines(
    p: Page, x: float, y: float, w: float, text: str, rows: int, pt: float = 9.5, gap: float = 17
) -> float:
    """Ruled lines with ``text`` written on them by hand; the y below."""
    lines = wrap(text, HAND, pt, w - 8)
    for k in range(rows):
        p.line(x, y + k * gap + 3, x + w, y + k * gap + 3)
        if k < len(lines):
            p.text(x + 4, y + k * gap, lines[k], HAND, pt)
    return y + rows * gap + 6


# ---------------------------------------------------------------------------------------------
# Templates NNNN: courses, medicals, certifications and instructor renewals
# ---------------------------------------------------------------------------------------------

COURSES = {
    "PADI": [
        "Open Water Diver",
        "Advanced Open Water Diver",
        "Rescue Diver",
        "Enriched Air Diver",
        "Dry Suit Diver",
        "Deep Diver",
        "Divemaster",
        "Discover Scuba Diving",
    ],
    "SSI": [
        "Open Water Diver",
        "Advanced Adventurer",
        "Stress & Rescue",
        "Enriched Air Nitrox",
        "Dry Suit Diving",
        "Deep Diving",
        "Dive Guide",
        "Try Scuba",
    ],
    "BSAC": [
        "Ocean Diver",
        "Sports Diver",
        "Dive Leader",
        "Nitrox Diver",
        "Dry Suit Diving (SDC)",
        "Boat Handling (SDC)",
        "Advanced Diver",
        "Try Dive",
    ],
    "VDST": [
        "DTSA Bronze (CMAS*)",
        "DTSA Silber (CMAS**)",
        "DTSA Gold (CMAS***)",
        "Nitrox*",
        "SK Trockentauchen",
        "SK Gruppenführung",
        "SK Tauchsicherheit und Rettung",
        "Schnuppertauchen",
    ],
    "FFESSM": [
        "Niveau 1 (PE20)",
        "Niveau 2 (PA20/PE40)",
        "Niveau 3 (PA60)",
        "Nitrox de base",
        "Plongeur Autonome PA40",
        "RIFAP secourisme",
        "Guide de palanquée N4",
        "Baptême",
    ],
}
COURSE_FEES = [495.0, 365.0, 345.0, 195.0, 165.0, 215.0, 795.0, 75.0]
LEVELS = {
    "PADI": ["PADI Open Water Diver", "PADI Advanced Open Water", "PADI Rescue Diver"],
    "SSI": ["SSI Open Water Diver", "SSI Advanced Adventurer", "SSI Stress & Rescue"],
    "BSAC": ["BSAC Ocean Diver", "BSAC Sports Diver", "BSAC Dive Leader"],
    "VDST": ["CMAS* / DTSA Bronze", "CMAS** / DTSA Silber", "PADI Open Water Diver"],
    "FFESSM": ["Niveau 1 FFESSM", "Niveau 2 FFESSM", "PADI Open Water Diver"],
}
MEDICAL_Q = {
    "en": [
        "I have had problems with my lungs, breathing, heart and/or blood affecting my normal physical or mental performance.",
        "I am over 45 years of age.",
        "I struggle to perform moderate exercise (for example, walk 1.6 kilometres in 14 minutes).",
        "I have had problems with my eyes, ears, or nasal passages/sinuses.",
        "I have had surgery within the last 12 months, or I have ongoing problems related to past surgery.",
        "I have lost consciousness, had migraine headaches, seizures, stroke or other neurological disease.",
        "I am currently undergoing treatment (or have required treatment within the last five years) for psychological problems.",
        "I have had back problems, hernia, ulcers, or diabetes.",
        "I have had stomach or intestine problems, including recent diarrhoea.",
        "I am taking prescription medications (with the exception of birth control or anti-malarial drugs).",
    ],
    "de": [
        "Ich hatte Probleme mit Lunge, Atmung, Herz und/oder Blut, die meine normale körperliche oder geistige Leistungsfähigkeit beeinträchtigen.",
        "Ich bin älter als 45 Jahre.",
        "Es fällt mir schwer, mäßige körperliche Anstrengung zu leisten (z. B. 1,6 km in 14 Minuten zu gehen).",
        "Ich hatte Probleme mit den Augen, Ohren oder Nasennebenhöhlen.",
        "Ich wurde in den letzten 12 Monaten operiert oder habe anhaltende Beschwerden nach einer Operation.",
        "Ich war bewusstlos, hatte Migräne, Krampfanfälle, einen Schlaganfall oder eine andere neurologische Erkrankung.",
        "Ich bin derzeit (oder war in den letzten fünf Jahren) wegen psychischer Probleme in Behandlung.",
        "Ich hatte Rückenprobleme, einen Bruch (Hernie), Geschwüre oder Diabetes.",
        "Ich hatte Magen- oder Darmbeschwerden, einschließlich kürzlich aufgetretenem Durchfall.",
        "Ich nehme verschreibungspflichtige Medikamente (ausgenommen Verhütungsmittel oder Malariamittel).",
    ],
    "fr": [
        "J'ai eu des problèmes pulmonaires, respiratoires, cardiaques ou sanguins affectant mes capacités physiques ou mentales.",
        "J'ai plus de 45 ans.",
        "J'ai du mal à fournir un effort modéré (par exemple marcher 1,6 km en 14 minutes).",
        "J'ai eu des problèmes aux yeux, aux oreilles ou aux sinus.",
        "J'ai été opéré(e) au cours des 12 derniers mois ou j'ai des séquelles d'une opération.",
        "J'ai perdu connaissance, eu des migraines, des convulsions, un AVC ou une autre maladie neurologique.",
        "Je suis (ou j'ai été au cours des cinq dernières années) traité(e) pour des troubles psychologiques.",
        "J'ai eu des problèmes de dos, une hernie, des ulcères ou du diabète.",
        "J'ai eu des problèmes d'estomac ou d'intestin, y compris une diarrhée récente.",
        "Je prends des médicaments sur ordonnance (à l'exception de la contraception ou des antipaludéens).",
    ],
}
RELEASE_HEADS = {
    "en": [
        "Hazards of diving",
        "Assumption of risk",
        "Physical fitness",
        "Equipment",
        "Release and waiver",
        "Boat diving",
        "Governing law",
    ],
    "de": [
        "Gefahren des Tauchens",
        "Übernahme des Risikos",
        "Körperliche Eignung",
        "Ausrüstung",
        "Haftungsfreistellung",
        "Bootstauchgänge",
        "Anwendbares Recht",
    ],
    "fr": [
        "Risques de la plongée",
        "Acceptation des risques",
        "Aptitude physique",
        "Matériel",
        "Décharge de responsabilité",
        "Plongées en bateau",
        "Droit applicable",
    ],
}


def course_of(rng: random.Random, sysname: str) -> tuple[int, str]:
    k = rng.choices(range(8), weights=[6, 4, 2, 3, 2, 2, 1, 3])[0]
    return k, COURSES[sysname][k]


def form_code(sysname: str, rng: random.Random) -> str:
    return {
        "PADI": f"Product No. 10{rng.choice(['063', '072', '086'])} (Rev. {rng.randint(1, 12):02d}/{rng.choice([20, 21, 22, 23])}) Version 2.0",
        "SSI": f"SSI Form {rng.choice(['100', '101', '120'])}-{rng.choice(['EN', 'DE', 'FR'])} 2023",
        "BSAC": "UKDMC Medical Self-Declaration Form, v.2023",
        "VDST": "VDST Formular A-2 / Stand 2023",
        "FFESSM": "Formulaire FFESSM - Questionnaire de santé (QS-SPORT)",
    }[sysname]


def tpl_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """A course enrolment pack as a student hands it in: the centre's enrolment form with hand
    entries and tick boxes, the training agency's medical questionnaire (its own form layout,
    own page numbers) and usually the liability release with initials, sometimes over two
    pages, sometimes a parent's consent for a minor."""
    c = centre_head()
    lg = c.lang
    sysname = system()
    diver = a_diver(rng)
    if rng.random() < 0.25:
        diver.born = date(
            month().year - rng.randint(12, 17), rng.randint(1, 12), rng.randint(1, 28)
        )
    minor = (month() - diver.born).days < 18 * 365
    k, course = course_of(rng, sysname)
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(3, 30))
    size = A4 if rng.random() < 0.85 else LETTER
    s = style_of(c, size)
    w, hh = size
    m = s.margin
    pages: list[Page] = []
    # Page 1: the centre's enrolment form
    p = Page(size)
    y = heading(p, s, c)
    title = tr(lg, "COURSE ENROLMENT FORM", "ANMELDUNG ZUM TAUCHKURS", "BULLETIN D'INSCRIPTION")
    p.text(w / 2, y, title, s.bold, s.size + 4, "center")
    y += 22
    y = band(
        p, s, y, tr(lg, "1. Student details", "1. Persönliche Angaben", "1. Identité de l'élève")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), diver.last),
            (tr(lg, "First name(s)", "Vorname", "Prénom"), diver.first),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(diver.born, lg)),
            (tr(lg, "Mobile", "Mobil", "Portable"), diver.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{diver.street}, {diver.town}"),
            ("E-mail", diver.mail),
        ],
    )
    y = band(p, s, y, tr(lg, "2. Course", "2. Kurs", "2. Formation"))
    y += 12
    opts = COURSES[sysname][:7]
    y = ticks(p, s, m, y, w - 2 * m, opts, {k} if k < 7 else set(), 8)
    y += 4
    extras = [
        tr(lg, "eLearning / online theory", "Online-Theorie", "Théorie en ligne"),
        tr(lg, "Full equipment hire", "Leihausrüstung komplett", "Location matériel complet"),
        tr(lg, "Own mask, fins, boots", "Eigene ABC-Ausrüstung", "PMT personnel"),
        tr(lg, "Drysuit", "Trockentauchanzug", "Combinaison étanche"),
        tr(lg, "Boat dives", "Bootstauchgänge", "Plongées bateau"),
    ]
    y = ticks(p, s, m, y, w - 2 * m, extras, set(rng.sample(range(5), rng.randint(1, 3))), 8)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Start date", "Kursbeginn", "Début"), short(start, lg)),
            (
                tr(lg, "Instructor", "Tauchlehrer/in", "Moniteur"),
                crew(rng.choice(["instructor", "instructor2"])).split()[0],
            ),
            (
                tr(lg, "Highest certification", "Höchstes Brevet", "Niveau actuel"),
                rng.choice(LEVELS[sysname]) if k in (1, 2, 3, 4, 5, 6) else "-",
            ),
            (
                tr(lg, "Logged dives", "Anzahl Tauchgänge", "Nombre de plongées"),
                str(rng.randint(4, 60)) if k in (1, 2, 3, 4, 5, 6) else "0",
            ),
        ],
        per=4,
    )
    y = band(p, s, y, tr(lg, "3. Emergency contact", "3. Notfallkontakt", "3. Personne à prévenir"))
    kin = a_diver(rng)
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Name", "Name", "Nom"),
                f"{kin.first} {diver.last if rng.random() < 0.6 else kin.last}",
            ),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), kin.phone),
        ],
    )
    fee = COURSE_FEES[k] + rng.choice([0, 0, 20, 40])
    dep = rng.choice([50.0, 100.0, fee])
    y = band(p, s, y, tr(lg, "4. Fees", "4. Kosten", "4. Tarif"))
    y += 12
    for lab, val in [
        (tr(lg, "Course fee", "Kursgebühr", "Prix de la formation"), cash(fee, lg)),
        (tr(lg, "Deposit paid", "Anzahlung erhalten", "Acompte versé"), cash(dep, lg)),
        (
            tr(
                lg,
                "Balance due on first day",
                "Restbetrag am ersten Kurstag",
                "Solde à régler le premier jour",
            ),
            cash(fee - dep, lg),
        ),
    ]:
        p.text(m + 4, y, lab, s.font, s.size - 1)
        hand(p, w * 0.55, y, val, 9.5)
        y += 15
    y += 4
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Gift voucher", "Gutschein", "Bon cadeau"),
        ],
        {rng.randrange(4)},
        8,
    )
    y = text_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I have read the course conditions and agree to them.",
            "Ich habe die Kursbedingungen gelesen und erkenne sie an.",
            "J'ai pris connaissance des conditions de la formation et les accepte.",
        ),
        s.size - 1.5,
    )
    y = min(y + 26, hh - m - 40)
    sign_box(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Signature of student", "Unterschrift Teilnehmer/in", "Signature de l'élève"),
        diver.name,
        short(d, lg),
    )
    if minor:
        sign_box(
            p,
            s,
            w - m - 180,
            y,
            180,
            tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Représentant légal"),
            f"{kin.first} {diver.last}",
        )
    else:
        p.rect(w - m - 180, y - 34, 180, 42)
        p.text(
            w - m - 176,
            y - 26,
            tr(lg, "Office use", "Vermerke Basis", "Réservé au centre"),
            s.bold,
            6.5,
        )
        hand(
            p,
            w - m - 174,
            y - 12,
            f"{tr(lg, 'pd', 'bez.', 'réglé')} {short(d, lg)} {crew('shop').split()[0][:1]}.",
            8,
        )
        hand(p, w - m - 174, y + 1, serial(rng, "AA99-9999"), 8)
    pages.append(p)
    # The agency's medical questionnaire
    qs = paper(s, size, margin=max(40, m - 10), pt=8.5)
    mq = Page(size)
    mm = qs.margin
    yy = mm
    mq.text(
        mm,
        yy,
        tr(
            lg,
            "Diver Medical | Participant Questionnaire",
            "Tauchtauglichkeit | Fragebogen für Teilnehmer",
            "Aptitude à la plongée | Questionnaire du participant",
        ),
        "Helvetica-Bold",
        12,
    )
    mq.text(w - mm, yy, sysname, "Helvetica-Bold", 12, "right")
    yy += 14
    yy = text_at(
        mq,
        qs,
        mm,
        yy,
        w - 2 * mm,
        tr(
            lg,
            "Recreational scuba diving and freediving requires good physical and mental health. Please answer the following questions honestly; if you answer YES to any question, a physician must evaluate your fitness before you take part in in-water activities.",
            "Sporttauchen und Apnoetauchen erfordern eine gute körperliche und geistige Gesundheit. Bitte beantworten Sie die folgenden Fragen wahrheitsgemäß. Wenn Sie eine Frage mit JA beantworten, muss vor der Teilnahme ein Arzt Ihre Tauchtauglichkeit beurteilen.",
            "La plongée de loisir nécessite une bonne santé physique et mentale. Répondez honnêtement aux questions suivantes ; si vous répondez OUI à l'une d'elles, un médecin doit évaluer votre aptitude avant toute activité dans l'eau.",
        ),
        8,
    )
    yes_at = set(rng.sample(range(10), rng.choice([0, 0, 0, 1, 1, 2])))
    if (month() - diver.born).days > 45 * 365:
        yes_at.add(1)
    else:
        yes_at.discard(1)
    yn = yes_no(lg)
    mq.text(w - mm - 62, yy + 4, yn[0], "Helvetica-Bold", 7.5)
    mq.text(w - mm - 28, yy + 4, yn[1], "Helvetica-Bold", 7.5)
    yy += 14
    for qi, q in enumerate(MEDICAL_Q[lg]):
        lines = wrap(q, "Helvetica", 8, w - 2 * mm - 100)
        mq.text(mm, yy, f"{qi + 1}.", "Helvetica-Bold", 8)
        for li, ln in enumerate(lines):
            mq.text(mm + 16, yy + li * 10, ln, "Helvetica", 8)
        box(mq, w - mm - 58, yy + 1, qi in yes_at)
        box(mq, w - mm - 24, yy + 1, qi not in yes_at)
        mq.line(mm, yy + 10 * (len(lines) - 1) + 5, w - mm, yy + 10 * (len(lines) - 1) + 5)
        yy += 10 * len(lines) + 10
    yy += 10
    yy = text_at(
        mq,
        qs,
        mm,
        yy,
        w - 2 * mm,
        tr(
            lg,
            "Participant signature: If you answered NO to all 10 questions above, a medical evaluation is not required. Please read and agree to the participant statement below by signing and dating it.",
            "Unterschrift: Wenn Sie alle 10 Fragen mit NEIN beantwortet haben, ist keine ärztliche Untersuchung erforderlich. Bitte bestätigen Sie die folgende Erklärung mit Unterschrift und Datum.",
            "Signature : si vous avez répondu NON aux 10 questions, une évaluation médicale n'est pas requise. Veuillez lire et signer la déclaration ci-dessous.",
        ),
        8,
    )
    yy += 18
    sign_box(
        mq,
        qs,
        mm,
        yy,
        200,
        tr(
            lg,
            "Participant signature (or guardian)",
            "Unterschrift Teilnehmer (oder Erziehungsberechtigter)",
            "Signature du participant (ou du représentant légal)",
        ),
        diver.name,
        short(d, lg),
    )
    hand(mq, w - mm - 200, yy - 4, diver.name.upper(), 9)
    mq.line(w - mm - 200, yy, w - mm, yy)
    mq.text(
        w - mm - 200,
        yy + 9,
        tr(lg, "Participant name (print)", "Name in Druckbuchstaben", "Nom en majuscules"),
        "Helvetica",
        6.5,
    )
    form = form_code(sysname, rng)
    n_med = 2 if yes_at and rng.random() < 0.6 else 1
    mq.text(mm, hh - 26, form, "Helvetica", 6.5)
    mq.text(
        w - mm,
        hh - 26,
        tr(lg, f"Page 1 of {n_med}", f"Seite 1 von {n_med}", f"Page 1 sur {n_med}"),
        "Helvetica",
        6.5,
        "right",
    )
    pages.append(mq)
    if n_med == 2:
        mb = Page(size)
        yy = mm
        mb.text(
            mm,
            yy,
            tr(
                lg,
                "Diver Medical | Participant Questionnaire (continued)",
                "Tauchtauglichkeit | Fragebogen (Fortsetzung)",
                "Aptitude à la plongée | Questionnaire (suite)",
            ),
            "Helvetica-Bold",
            10,
        )
        yy += 18
        boxes = ["A", "B", "C", "D", "E", "F", "G"]
        for b in boxes:
            mb.rect(mm, yy - 9, w - 2 * mm, 54)
            mb.text(mm + 4, yy, f"Box {b}", "Helvetica-Bold", 8)
            for li in range(3):
                t = words(rng, lg, "dive", 9)
                mb.text(
                    mm + 50,
                    yy + li * 12,
                    fit(t, "Helvetica", 7.5, w - 2 * mm - 130),
                    "Helvetica",
                    7.5,
                )
                box(mb, w - mm - 56, yy + li * 12, False, 7)
                box(mb, w - mm - 24, yy + li * 12, rng.random() < 0.9, 7)
            yy += 60
        mb.text(mm, hh - 26, form, "Helvetica", 6.5)
        mb.text(
            w - mm,
            hh - 26,
            tr(lg, "Page 2 of 2", "Seite 2 von 2", "Page 2 sur 2"),
            "Helvetica",
            6.5,
            "right",
        )
        pages.append(mb)
    # The liability release
    if rng.random() < 0.8:
        rs = paper(s, size, margin=max(42, m - 8), pt=7.5)
        rm = rs.margin
        f = Sheets(size, hh - rm - 20, lambda pg, n: rm)
        caption(
            f,
            rs,
            tr(
                lg,
                "Liability Release and Assumption of Risk Agreement",
                "Haftungsfreistellung und Erklärung zur Risikoübernahme",
                "Décharge de responsabilité et acceptation des risques",
            ),
            4,
            rule=True,
        )
        write(
            f,
            rs,
            tr(
                lg,
                f"Please read carefully and fill in all blanks before signing. I, {diver.name}, hereby affirm that:",
                f"Bitte sorgfältig lesen und vor der Unterschrift vollständig ausfüllen. Ich, {diver.name}, erkläre hiermit:",
                f"Merci de lire attentivement et de compléter avant de signer. Je soussigné(e) {diver.name} déclare :",
            ),
        )
        heads = RELEASE_HEADS[lg][: rng.randint(5, 7)]
        for hk, head in enumerate(heads):
            f.need(60)
            f.page.rect(rm, f.y - 9, 26, 16)
            hand(f.page, rm + 4, f.y + 3, "".join(t[0] for t in diver.name.split()), 9)
            f.page.text(rm + 34, f.y, f"{hk + 1}. {head}", rs.bold, 8)
            f.y += 11
            f.para(
                rm + 34,
                w - 2 * rm - 34,
                prose(rng, lg, "legal", 3, 6 if rng.random() < 0.5 else 9),
                rs.font,
                7.5,
            )
        f.need(70)
        f.y += 20
        sign_box(
            f.page,
            rs,
            rm,
            f.y,
            200,
            tr(
                lg,
                "Participant signature",
                "Unterschrift Teilnehmer/in",
                "Signature du participant",
            ),
            diver.name,
            short(d, lg),
        )
        if minor:
            sign_box(
                f.page,
                rs,
                w - rm - 200,
                f.y,
                200,
                tr(
                    lg,
                    "Signature of parent or guardian",
                    "Unterschrift Erziehungsberechtigte/r",
                    "Signature du représentant légal",
                ),
                f"{kin.first} {diver.last}",
            )
        n = len(f.pages)
        for i, pg in enumerate(f.pages, 1):
            pg.text(
                rm,
                hh - 26,
                form_code(sysname, rng).split(" Version")[0].replace("10063", "10072"),
                "Helvetica",
                6.5,
            )
            if n > 1:
                pg.text(
                    w - rm,
                    hh - 26,
                    tr(lg, f"Page {i} of {n}", f"Seite {i} von {n}", f"Page {i}/{n}"),
                    "Helvetica",
                    6.5,
                    "right",
                )
        pages.extend(f.pages)
    remember(d, diver, {"yes": sorted(yes_at), "course": course, "minor": minor})
    return pages


def text_at(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


def tpl_medical_evaluation(rng: random.Random, who: Issuer) -> list[Page]:
    """A physician's fitness-to-dive assessment of a student: the agency's medical examiner's
    evaluation form signed and stamped, a German Tauchtauglichkeitsbescheinigung (GTÜM) or a
    French certificat d'absence de contre-indication; now and then a findings page or the
    doctor's fee note on the same sheet; sometimes with a short covering letter first."""
    h = head_of(who, "doctor")
    lg = h.lang
    diver = diver_for(rng, ("enrolment",))
    d = last_day(rng, ("enrolment",), (2, 12))
    doc = doctor_name(h)
    fit_ok = rng.random() < 0.85
    size = A4 if rng.random() < 0.8 else A5
    s = style_of(
        h, size, margin=min(h.margin, 48) if size == A5 else 0, pt=8.5 if size == A5 else 0
    )
    w, hh = size
    m = s.margin
    pages: list[Page] = []
    if rng.random() < 0.25 and size == A4:
        f = sheets(s, h)
        recipient(f, s, h, [*centre_lines(), ""], d, [])
        caption(
            f,
            s,
            tr(
                lg,
                f"Re: {diver.name}, born {short(diver.born, lg)}",
                f"Betr.: {diver.name}, geb. {short(diver.born, lg)}",
                f"Objet : {diver.name}, né(e) le {short(diver.born, lg)}",
            ),
            0,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed the completed medical evaluation form for the above named, who attended my clinic today.",
                "anbei erhalten Sie die Bescheinigung über die Tauchtauglichkeitsuntersuchung des o. g. Patienten.",
                "Veuillez trouver ci-joint le certificat médical établi ce jour pour la personne citée en objet.",
            ),
        )
        write(f, s, prose(rng, lg, "dive", 1, 2))
        regards(f, s, lg, doc, "")
        pages.append(f.pages[0])
    p = Page(size)
    if lg == "en" or rng.random() < 0.35:
        y = m
        p.text(
            m,
            y,
            tr(
                lg,
                "Diver Medical | Medical Examiner's Evaluation Form",
                "Tauchtauglichkeit | Ärztliche Beurteilung",
                "Aptitude à la plongée | Évaluation du médecin",
            ),
            "Helvetica-Bold",
            11 if size == A4 else 9,
        )
        y += 18
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Participant name", "Name", "Nom"), diver.name),
                (tr(lg, "Birthdate", "Geburtsdatum", "Date de naissance"), short(diver.born, lg)),
            ],
            tall=24,
        )
        y = text_at(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "The above-named person requests your opinion of his/her medical suitability to participate in recreational scuba diving or freediving training. Please visit uhms.org for guidance.",
                "Die o. g. Person bittet um Ihre Beurteilung ihrer gesundheitlichen Eignung für das Sporttauchen.",
                "La personne ci-dessus sollicite votre avis sur son aptitude médicale à la plongée de loisir.",
            ),
            7.5,
        )
        y += 6
        y = band(p, s, y, tr(lg, "Evaluation result", "Ergebnis", "Résultat"))
        y += 14
        opts = [
            tr(
                lg,
                "Approved - I find no conditions that I consider incompatible with diving.",
                "Tauglich - keine Befunde, die gegen das Tauchen sprechen.",
                "Apte - aucune contre-indication constatée.",
            ),
            tr(
                lg,
                "Not approved - I find conditions that I consider incompatible with diving.",
                "Nicht tauglich - Befunde, die gegen das Tauchen sprechen.",
                "Inapte - contre-indication constatée.",
            ),
        ]
        for k2, t in enumerate(opts):
            box(p, m + 4, y, (k2 == 0) == fit_ok, 9)
            p.text(m + 20, y, fit(t, s.font, 8, w - 2 * m - 24), s.font, 8)
            y += 16
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Physician", "Arzt/Ärztin", "Médecin"), doc),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Clinic", "Praxis", "Cabinet"), h.name.split(" - ")[0][:40]),
                (
                    tr(lg, "Address / phone", "Anschrift / Telefon", "Adresse / tél."),
                    f"{h.street}, {h.town}",
                ),
            ],
            tall=24,
        )
        y += 20
        sign_box(p, s, m, y, 180, tr(lg, "Physician's signature", "Unterschrift", "Signature"), doc)
        seal(p, w - m - 60, y + 30, 34, h.town.upper()[:26], doc.upper()[:22])
        p.text(
            m,
            hh - 24,
            f"{'10346' if rng.random() < 0.5 else '10063'} - {tr(lg, 'Page 1 of 1', 'Seite 1 von 1', 'Page 1 sur 1')}",
            "Helvetica",
            6,
        )
    else:
        y = heading(p, s, h)
        title = tr(
            lg,
            "",
            "Bescheinigung über die Tauchtauglichkeit",
            "Certificat médical d'absence de contre-indication à la pratique de la plongée subaquatique",
        )
        for ln in wrap(title, s.bold, s.size + 2, w - 2 * m):
            p.text(w / 2, y, ln, s.bold, s.size + 2, "center")
            y += (s.size + 2) * 1.3
        y += 10
        y = text_at(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "",
                f"Hiermit wird bescheinigt, dass {mx(diver.name, 'de')}, geb. am {short(diver.born, lg)}, wohnhaft {diver.street}, {diver.town}, heute nach den Richtlinien der GTÜM untersucht wurde.",
                f"Je soussigné(e), {doc}, certifie avoir examiné ce jour {mx(diver.name, 'fr')}, né(e) le {short(diver.born, lg)}, demeurant {diver.street}, {diver.town}.",
            ),
            s.size,
        )
        y += 4
        y = ticks(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(
                    lg,
                    "",
                    "Keine Bedenken gegen das Tauchen",
                    "Ne présente pas de contre-indication",
                ),
                tr(lg, "", "Bedenken / Einschränkungen", "Présente une contre-indication"),
            ],
            {0 if fit_ok else 1},
            9,
        )
        y = ticks(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "", "mit Einschränkung (max. 20 m)", "jusqu'à 20 m"),
                tr(lg, "", "ohne Einschränkung", "sans restriction de profondeur"),
                tr(lg, "", "Nitrox", "plongée aux mélanges"),
            ],
            {1} if fit_ok else {0},
            8,
        )
        nxt = d.replace(
            year=d.year + (1 if (month() - diver.born).days > 40 * 365 else 2), day=min(d.day, 28)
        )
        y = text_at(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            tr(
                lg,
                "",
                f"Nächste Untersuchung: {short(nxt, lg)}",
                f"Certificat valable jusqu'au {short(nxt, lg)}.",
            ),
            s.size,
        )
        y += 6
        y = text_at(p, s, m, y, w - 2 * m, tr(lg, "", "Bemerkungen:", "Observations :"), s.size)
        y = hand_lines(
            p,
            m,
            y + 6,
            w - 2 * m,
            rng.choice(
                [
                    "",
                    "Otoskopie bds. unauff., Valsalva +"
                    if lg == "de"
                    else "Tympans normaux, Valsalva positif",
                ]
            ),
            2,
        )
        y += 10
        p.text(m, y, f"{h.town.split()[-1]}, {short(d, lg)}", s.font, s.size)
        sign_box(
            p,
            s,
            w - m - 170,
            y + 24,
            170,
            tr(lg, "", "Unterschrift / Stempel des Arztes", "Signature et cachet du médecin"),
            doc,
        )
        stamp(p, w - m - 190, y + 34, [doc[:28], h.street[:28], h.town[:28]])
    if rng.random() < 0.35 and size == A4:
        y2 = hh - m - 110
        slip_rule(
            p, m, w - m, y2, tr(lg, "Fee note", "Privatliquidation (GOÄ)", "Note d'honoraires")
        )
        fee = {"en": 75.0, "de": 89.24, "fr": 50.0}[lg] + rng.choice([0, 0, 15, 25])
        y3 = y2 + 20
        for lab, v in [
            (
                tr(
                    lg,
                    "Dive medical examination",
                    "Tauchtauglichkeitsuntersuchung inkl. Lungenfunktion",
                    "Consultation aptitude plongée",
                ),
                fee,
            ),
            (tr(lg, "Total paid", "Gesamtbetrag", "Total réglé"), fee),
        ]:
            p.text(m, y3, lab, s.font, 8)
            p.text(w - m, y3, cash(v, lg), s.font, 8, "right")
            y3 += 12
        if rng.random() < 0.5:
            stamp(p, m + 200, y2 + 14, [tr(lg, "PAID", "BEZAHLT", "ACQUITTÉ"), short(d, lg)])
    pages.append(p)
    if rng.random() < 0.25 and size == A4:
        q = Page(size)
        yq = heading(q, s, h)
        caption_at(
            q, s, yq, tr(lg, "Examination findings", "Untersuchungsbefund", "Examen clinique")
        )
        yq += 24
        rows = [
            (
                tr(lg, "Height / weight", "Größe / Gewicht", "Taille / poids"),
                f"{rng.randint(155, 195)} cm / {rng.randint(52, 105)} kg",
            ),
            (
                tr(lg, "Blood pressure", "Blutdruck", "Tension artérielle"),
                f"{rng.randint(110, 145)}/{rng.randint(65, 92)} mmHg",
            ),
            (tr(lg, "Resting pulse", "Ruhepuls", "Pouls au repos"), f"{rng.randint(54, 88)}/min"),
            ("FEV1 / FVC", f"{rng.randint(72, 88)} %"),
            (
                tr(lg, "Otoscopy", "Otoskopie", "Otoscopie"),
                tr(lg, "normal both sides", "bds. unauffällig", "normale des deux côtés"),
            ),
            (
                tr(lg, "ECG (resting)", "Ruhe-EKG", "ECG de repos"),
                tr(
                    lg,
                    "sinus rhythm, no abnormality",
                    "Sinusrhythmus, o.B.",
                    "rythme sinusal, normal",
                ),
            ),
        ]
        for lab, v in rows:
            q.text(s.margin, yq, lab, s.font, s.size)
            hand(q, w * 0.5, yq, v, 9.5)
            q.line(s.margin, yq + 4, w - s.margin, yq + 4)
            yq += 20
        pages.append(q)
    received(rng, pages[0], d, 0.2)
    remember(d, diver)
    return pages


def caption_at(p: Page, s: Style, y: float, text: str) -> None:
    w, _ = p.size
    p.text(s.margin, y, fit(text, s.bold, s.size + 3, w - 2 * s.margin), s.bold, s.size + 3)


def tpl_cert_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The training agency's certification processing report for the centre: the divers
    certified in the period with card numbers, course, date and instructor; now and then a
    sheet of temporary cards to cut out, or (VDST, FFESSM) an order of certification cards."""
    sysname = system()
    h = agency_head(sysname)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    store = pro_no(centre_head().name, sysname + "store")
    title = {
        "PADI": tr(
            lg,
            "Certification Processing Report",
            "Brevetierungsbericht",
            "Relevé des certifications traitées",
        ),
        "SSI": tr(
            lg,
            "Certification Summary",
            "Zertifizierungsübersicht",
            "Récapitulatif des certifications",
        ),
        "BSAC": tr(
            lg,
            "Qualification Record - Branch/School Report",
            "Qualifikationsnachweis",
            "Relevé de qualifications",
        ),
        "VDST": tr(
            lg,
            "Brevet order confirmation",
            "Bestätigung Brevetbestellung",
            "Confirmation de commande de brevets",
        ),
        "FFESSM": tr(
            lg,
            "Certification cards order",
            "Kartenbestellung",
            "Commande de cartes de certification",
        ),
    }[sysname]
    f = sheets(s, h, f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Store / member no.", "Mitglieds-Nr.", "N° de structure"), store),
            (tr(lg, "Report no.", "Bericht-Nr.", "N° de relevé"), serial(rng, "99999999")),
        ],
    )
    caption(f, s, title, 2)
    period0 = d - timedelta(days=rng.randint(14, 31))
    write(
        f,
        s,
        tr(
            lg,
            f"Certifications processed from {short(period0, lg)} to {short(d, lg)}.",
            f"Bearbeitete Brevetierungen vom {short(period0, lg)} bis {short(d, lg)}.",
            f"Certifications traitées du {short(period0, lg)} au {short(d, lg)}.",
        ),
    )
    rows = []
    for _ in range(rng.choice([2, 3, 4, 6, 9, 14, 22])):
        dv = a_diver(rng)
        _, course = course_of(rng, sysname)
        ins = crew(rng.choice(["instructor", "instructor2", "owner"]))
        rows.append(
            [
                serial(rng, "99AA99999") if sysname == "PADI" else serial(rng, "9999999"),
                dv.name,
                short(dv.born, lg),
                course,
                short(d - timedelta(days=rng.randint(1, 25)), lg),
                f"{ins} ({pro_no(ins, sysname)})",
            ]
        )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1.5, "left"), (0.9, "left"), (1.8, "left"), (0.9, "left"), (1.9, "left")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Cert. no.", "Brevet-Nr.", "N° carte"),
            tr(lg, "Diver", "Taucher/in", "Plongeur"),
            tr(lg, "Born", "Geb.", "Né(e)"),
            tr(lg, "Course", "Kurs", "Formation"),
            tr(lg, "Cert. date", "Datum", "Date"),
            tr(lg, "Instructor", "Ausbilder/in", "Moniteur"),
        ],
        rows,
        s,
        size=s.size - 2,
        shade=0.88 if rng.random() < 0.6 else None,
        rules=rng.random() < 0.4,
    )
    f.y += 10
    if sysname in ("VDST", "FFESSM"):
        fee = len(rows) * {"VDST": 14.5, "FFESSM": 12.0}[sysname]
        write(
            f,
            s,
            tr(
                lg,
                f"Cards ordered: {len(rows)}. Amount charged to your account: {cash(fee, lg)}.",
                f"Bestellte Brevets: {len(rows)}. Der Betrag von {cash(fee, lg)} wird von Ihrem Vereinskonto abgebucht.",
                f"Cartes commandées : {len(rows)}. Montant débité sur le compte de la structure : {cash(fee, lg)}.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "eCards have been issued to the divers' app accounts. Physical cards, where ordered, are dispatched within 10 working days.",
                "Die eCards wurden in den App-Konten der Taucher hinterlegt. Bestellte Plastikkarten werden innerhalb von 10 Werktagen versandt.",
                "Les eCards ont été émises sur les comptes des plongeurs. Les cartes physiques commandées sont expédiées sous 10 jours ouvrés.",
            ),
            s.size - 1,
        )
    write(f, s, prose(rng, lg, "dive", 1, 2), s.size - 1)
    pages = f.pages
    if rng.random() < 0.3:
        cp = Page(A4)
        cw, ch = 86 * MM, 54 * MM
        cp.text(
            w / 2,
            36,
            tr(
                lg,
                "Temporary certification cards - cut along the lines",
                "Vorläufige Brevetkarten - bitte ausschneiden",
                "Cartes provisoires - à découper",
            ),
            "Helvetica-Bold",
            9,
            "center",
        )
        for ci, r in enumerate(rows[:8]):
            x = 40 + (ci % 2) * (cw + 20)
            y = 60 + (ci // 2) * (ch + 16)
            cp.rect(x, y, cw, ch)
            cp.rect(x, y, cw, 16, fill=0.75)
            cp.text(
                x + 6,
                y + 11,
                f"{sysname} - {tr(lg, 'TEMPORARY CARD', 'VORLÄUFIG', 'PROVISOIRE')}",
                "Helvetica-Bold",
                7.5,
            )
            photo(cp, x + 6, y + 22, 40, 50, rng)
            for li, t in enumerate(
                [r[1], r[3], f"{tr(lg, 'No.', 'Nr.', 'N°')} {r[0]}", r[4], r[5].split(" (")[0]]
            ):
                cp.text(x + 52, y + 30 + li * 10, fit(t, "Helvetica", 7, cw - 58), "Helvetica", 7)
        pages.append(cp)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h)


def tpl_pro_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The training agency's annual membership renewal for one of the centre's instructors:
    the renewal letter with the fees, the renewal form with the teaching status ticks, the
    incident and medical statements and the payment or direct debit section, now and then a
    page on the standards acknowledgement."""
    sysname = system()
    h = agency_head(sysname)
    lg = h.lang
    ins = crew(rng.choice(["instructor", "instructor2", "owner"]))
    no = pro_no(ins, sysname)
    d = some_day(rng)
    year = d.year + 1
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Renewal', 'Verlängerung', 'Renouvellement')} {year} - {no}"
    )
    recipient(
        f,
        s,
        h,
        [mx(ins, lg), *centre_lines()[0:1], *centre_lines()[1:]],
        d,
        [(tr(lg, "Member no.", "Mitglieds-Nr.", "N° de membre"), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your {year} membership renewal",
            f"Ihre Mitgliedschaftsverlängerung {year}",
            f"Votre renouvellement {year}",
        ),
        2,
    )
    f.page.text(m, f.y, greet(lg, mx(ins, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"It's time to renew your professional membership for {year}. Renewing keeps your teaching status active, your professional liability cover in place and your listing in the dive centre locator.",
            f"es ist Zeit, Ihre Mitgliedschaft für {year} zu verlängern. Nur mit gültiger Mitgliedschaft bleiben Sie im Status 'Teaching' und Ihr Haftpflichtschutz bleibt bestehen.",
            f"il est temps de renouveler votre adhésion professionnelle pour {year}. Le renouvellement maintient votre statut d'enseignant actif et votre assurance responsabilité civile.",
        ),
    )
    fees = [
        (
            tr(lg, "Annual membership fee", "Jahresbeitrag", "Cotisation annuelle"),
            rng.choice([165.0, 189.0, 210.0, 234.0]),
        )
    ]
    if rng.random() < 0.6:
        fees.append(
            (
                tr(
                    lg,
                    "Professional liability insurance (optional)",
                    "Berufshaftpflicht (optional)",
                    "RC professionnelle (option)",
                ),
                rng.choice([240.0, 285.0, 318.0]),
            )
        )
    if rng.random() < 0.4:
        fees.append(
            (
                tr(
                    lg,
                    "Specialty instructor ratings (x3)",
                    "Specialty-Instructor-Ratings (x3)",
                    "Spécialités enseignant (x3)",
                ),
                0.0,
            )
        )
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, cash(v, lg)] for t, v in fees],
        s,
        shade=0.9,
    )
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(sum(v for _, v in fees), lg)}",
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
            f"Renew before 31 December {d.year} to avoid the late renewal fee. Complete and return the enclosed form if you do not renew online.",
            f"Bitte verlängern Sie bis zum 31.12.{d.year}, um die Verspätungsgebühr zu vermeiden. Senden Sie das beiliegende Formular zurück, falls Sie nicht online verlängern.",
            f"Renouvelez avant le 31 décembre {d.year} pour éviter les frais de retard. Retournez le formulaire joint si vous ne renouvelez pas en ligne.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "members"),
        tr(lg, "Member Services", "Mitgliederservice", "Service Membres"),
    )
    pages = f.pages
    fp = Page(A4)
    y = m - 10
    fp.text(
        m,
        y,
        tr(
            lg,
            f"{year} Professional Membership Renewal Form",
            f"Verlängerungsformular Mitgliedschaft {year}",
            f"Formulaire de renouvellement {year}",
        ),
        "Helvetica-Bold",
        12,
    )
    fp.text(w - m, y, sysname, "Helvetica-Bold", 14, "right")
    y += 18
    y = fields(
        fp,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), ins),
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° de membre"), no),
            (
                tr(lg, "Dive centre / employer", "Tauchbasis / Arbeitgeber", "Centre / employeur"),
                centre_head().name,
            ),
            (
                "E-mail",
                f"{ins.split()[0].lower()}@{centre_head().mail.split('@')[-1] if centre_head().mail else 'mail.com'}",
            ),
        ],
    )
    y = band(fp, s, y, tr(lg, "Status requested", "Gewünschter Status", "Statut demandé"))
    y += 12
    y = ticks(
        fp,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Teaching status", "Teaching Status", "Statut enseignant actif"),
            tr(lg, "Non-teaching status", "Non-Teaching Status", "Statut non enseignant"),
            tr(lg, "Inactive", "Inaktiv", "Inactif"),
        ],
        {0},
        8.5,
    )
    y = band(fp, s, y, tr(lg, "Quality statements", "Erklärungen", "Déclarations"))
    y += 12
    for q in [
        tr(
            lg,
            "Have you been involved in any diving incident during the past year?",
            "Waren Sie im vergangenen Jahr an einem Tauchunfall beteiligt?",
            "Avez-vous été impliqué(e) dans un accident de plongée cette année ?",
        ),
        tr(
            lg,
            "Is there any change in your medical fitness to dive?",
            "Hat sich Ihre Tauchtauglichkeit verändert?",
            "Votre aptitude médicale a-t-elle changé ?",
        ),
        tr(
            lg,
            "Have you been convicted of any criminal offence?",
            "Wurden Sie strafrechtlich verurteilt?",
            "Avez-vous fait l'objet d'une condamnation pénale ?",
        ),
    ]:
        fp.text(m + 4, y, fit(q, s.font, 8, w - 2 * m - 100), s.font, 8)
        box(fp, w - m - 80, y, False)
        fp.text(w - m - 68, y, yes_no(lg)[0], s.font, 7.5)
        box(fp, w - m - 40, y, True)
        fp.text(w - m - 28, y, yes_no(lg)[1], s.font, 7.5)
        y += 17
    y = band(fp, s, y + 4, tr(lg, "Payment", "Zahlung", "Règlement"))
    y += 14
    if lg == "en":
        y = ticks(
            fp, s, m, y, w - 2 * m, ["Visa", "Mastercard", "Direct Debit"], {rng.randrange(3)}
        )
        y = fields(
            fp,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Card number", f"**** **** **** {rng.randint(1000, 9999)}"),
                ("Expiry", f"{rng.randint(1, 12):02d}/{(year % 100) + rng.randint(1, 3)}"),
            ],
        )
    else:
        fp.text(
            m, y, tr(lg, "", "SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA"), s.bold, 8.5
        )
        y += 12
        y = text_at(fp, s, m, y, w - 2 * m, words(rng, lg, "money", 22), 7)
        y = fields(
            fp,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "", "Kontoinhaber", "Titulaire"), ins),
                (
                    "IBAN",
                    f"{'DE' if lg == 'de' else 'FR76'}{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                ),
            ],
        )
    y += 16
    sign_box(
        fp,
        s,
        m,
        y,
        200,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        ins,
        short(d + timedelta(days=rng.randint(1, 9)), lg),
    )
    pages.append(fp)
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Standards and ethics acknowledgement",
                    "Anerkennung der Standards und Verhaltensregeln",
                    "Engagement de respect des normes",
                ),
                RELEASE_HEADS[lg] + RELEASE_HEADS[lg][:3],
            )
        )
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates NNNN: the boat, the skipper, the compressor and the cylinders
# ---------------------------------------------------------------------------------------------

CHARTER_CLAUSES = {
    "en": [
        "Booking and deposit",
        "Cancellation by the charterer",
        "Cancellation by the operator (weather)",
        "Skipper's authority",
        "Diver qualifications",
        "Dive planning and supervision",
        "Equipment and cylinders",
        "Alcohol and drugs",
        "Damage to the vessel",
        "Liability and insurance",
        "Complaints",
        "Law and jurisdiction",
    ],
    "de": [
        "Buchung und Anzahlung",
        "Rücktritt des Charterers",
        "Absage durch den Betreiber (Wetter)",
        "Weisungsbefugnis des Schiffsführers",
        "Qualifikation der Taucher",
        "Tauchgangsplanung",
        "Ausrüstung und Flaschen",
        "Alkohol und Drogen",
        "Schäden am Schiff",
        "Haftung und Versicherung",
        "Beanstandungen",
        "Gerichtsstand",
    ],
    "fr": [
        "Réservation et acompte",
        "Annulation par l'affréteur",
        "Annulation par l'exploitant (météo)",
        "Autorité du pilote",
        "Qualifications des plongeurs",
        "Organisation des plongées",
        "Matériel et blocs",
        "Alcool et stupéfiants",
        "Dommages au navire",
        "Responsabilité et assurance",
        "Réclamations",
        "Juridiction compétente",
    ],
}
SITES = {
    "en": [
        "James Eagan Layne",
        "Hand Deeps",
        "Eddystone Reef",
        "HMS Scylla",
        "Shambles Bank",
        "Kimmeridge Ledges",
        "M2 submarine",
        "Farne Islands - Pinnacles",
        "Big Harcar",
    ],
    "de": [
        "Wrack 'Jan Heweliusz'",
        "Steilküste Brodten",
        "Findlingsgarten",
        "Überlinger Teufelstisch",
        "Wallhausen Steilwand",
        "Wrack 'Jura'",
        "Kreideriff Königsstuhl",
        "Wrack 'Undine'",
    ],
    "fr": [
        "Impérial (Riou)",
        "Tombant de la Cassidaigne",
        "Épave du Liban",
        "Sèche du Mont-Rose",
        "Les Moyades",
        "Épave du Rubis",
        "Les Sept-Îles",
        "Roches de Port-Blanc",
    ],
}


def tpl_charter_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's boat charter agreement with a visiting dive club, as it comes back
    countersigned: parties, vessel particulars, charter days and sites, fee and deposit; the
    charter terms in small print; the club's diver manifest on a landscape annex; a
    signature page."""
    c = centre_head()
    lg = c.lang
    club = keyed(who, "club").choice(CLUBS[lg])
    organiser = a_diver(rng)
    d = some_day(rng)
    first = d + timedelta(days=rng.randint(10, 60))
    days = rng.choice([1, 2, 2, 3, 5])
    name, btype, loa, engines = boat()
    s = style_of(c, A4)
    w, _hh = A4
    m = s.margin
    ref = f"CH-{d.year % 100}{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    f = sheets(
        s,
        c,
        f"{c.name} - {tr(lg, 'Charter Agreement', 'Chartervertrag', 'Contrat d affrètement')} {ref}",
    )
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "BOAT CHARTER AGREEMENT",
            "CHARTERVERTRAG TAUCHBOOT",
            "CONTRAT D'AFFRÈTEMENT - BATEAU DE PLONGÉE",
        ),
        s.bold,
        s.size + 4,
        "center",
    )
    f.y += 14
    f.page.text(w / 2, f.y, f"{tr(lg, 'Ref.', 'Nr.', 'Réf.')} {ref}", s.font, s.size - 1, "center")
    f.y += 20
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{c.name}, {c.street}, {c.town} ({tr(lg, 'the Operator', 'Betreiber', 'l exploitant')})",
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{club}, {tr(lg, 'represented by', 'vertreten durch', 'représenté par')} {organiser.name}, {organiser.street}, {organiser.town} ({tr(lg, 'the Charterer', 'Charterer', 'l affréteur')})",
    )
    f.y += 4
    caption(f, s, tr(lg, "1. Vessel", "1. Schiff", "1. Navire"), 0)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Name", "Name", "Nom"), name),
                (tr(lg, "Type", "Typ", "Type"), btype),
                (
                    tr(lg, "Length overall", "Länge über alles", "Longueur hors tout"),
                    f"{qty(loa, lg)} m",
                ),
                (tr(lg, "Engines", "Motorisierung", "Motorisation"), engines),
                (
                    tr(lg, "Max. divers", "Max. Taucher", "Plongeurs max."),
                    str(rng.choice([10, 12, 12, 14])),
                ),
                (tr(lg, "Skipper", "Schiffsführer", "Pilote"), crew("skipper")),
            ],
            w * 0.7,
        )
        + 6
    )
    caption(f, s, tr(lg, "2. Charter", "2. Charter", "2. Affrètement"), 0)
    rate = (
        rng.choice([420.0, 480.0, 550.0, 690.0])
        if lg != "en"
        else rng.choice([360.0, 420.0, 480.0])
    )
    total = rate * days * rng.choice([1, 2])
    deposit = round(total * 0.3, 0)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Dates", "Termine", "Dates"),
                    f"{short(first, lg)} - {short(first + timedelta(days=days - 1), lg)}",
                ),
                (tr(lg, "Dives per day", "Tauchgänge pro Tag", "Plongées par jour"), "2"),
                (
                    tr(lg, "Departure", "Abfahrt", "Départ"),
                    f"{rng.choice(['07:30', '08:00', '08:30', '09:00'])} {tr(lg, 'from the centre pontoon', 'ab Steg der Basis', 'ponton du centre')}",
                ),
                (
                    tr(lg, "Intended sites", "Geplante Tauchplätze", "Sites prévus"),
                    ", ".join(rng.sample(SITES[lg], 3)),
                ),
                (tr(lg, "Charter fee", "Charterpreis", "Prix de l affrètement"), cash(total, lg)),
                (tr(lg, "Deposit (30%)", "Anzahlung (30 %)", "Acompte (30 %)"), cash(deposit, lg)),
                (
                    tr(
                        lg,
                        "Air / nitrox fills",
                        "Füllungen Luft / Nitrox",
                        "Gonflages air / nitrox",
                    ),
                    tr(lg, "charged per fill", "nach Verbrauch", "facturés à l unité"),
                ),
            ],
            w * 0.8,
        )
        + 6
    )
    write(f, s, prose(rng, lg, "dive", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "The Charterer confirms that all divers hold a qualification suitable for the planned dives and will bring proof of it and of their medical fitness.",
            "Der Charterer bestätigt, dass alle Taucher über eine für die geplanten Tauchgänge ausreichende Qualifikation verfügen und diese sowie ihre Tauchtauglichkeit nachweisen.",
            "L affréteur certifie que tous les plongeurs possèdent un niveau adapté aux plongées prévues et en présenteront le justificatif ainsi que leur certificat médical.",
        ),
    )
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            c,
            tr(
                lg,
                "Charter Terms and Conditions",
                "Charterbedingungen",
                "Conditions générales d'affrètement",
            ),
            CHARTER_CLAUSES[lg],
        )
    )
    if rng.random() < 0.75:
        ls = paper(s, A4_LAND, margin=40, pt=8)
        lw, lh = A4_LAND
        fl = Sheets(A4_LAND, lh - 50, lambda pg, n: 40.0)
        fl.page.text(
            40,
            fl.y,
            tr(
                lg,
                f"Annex 1 - Diver manifest - {club}",
                f"Anlage 1 - Taucherliste - {club}",
                f"Annexe 1 - Liste des plongeurs - {club}",
            ),
            ls.bold,
            11,
        )
        fl.y += 20
        sysn = rng.choice(
            ["BSAC", "PADI", "SSI"]
            if lg == "en"
            else ["VDST", "PADI", "SSI"]
            if lg == "de"
            else ["FFESSM", "PADI"]
        )
        rows = []
        for k in range(rng.randint(6, 14)):
            dv = a_diver(rng)
            rows.append(
                [
                    str(k + 1),
                    dv.name,
                    rng.choice(LEVELS[sysn]),
                    serial(rng, "9999999"),
                    str(rng.randint(20, 600)),
                    short(first - timedelta(days=rng.randint(10, 300)), lg),
                    rng.choice(yes_no(lg)),
                    dv.phone,
                    "",
                ]
            )
        cols = columns(
            40,
            lw - 40,
            [
                (0.3, "left"),
                (1.5, "left"),
                (1.6, "left"),
                (0.9, "left"),
                (0.6, "right"),
                (0.9, "center"),
                (0.5, "center"),
                (1.1, "left"),
                (1.2, "left"),
            ],
        )
        table(
            fl,
            cols,
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Qualification", "Brevet", "Niveau"),
                tr(lg, "Cert. no.", "Brevet-Nr.", "N° carte"),
                tr(lg, "Dives", "TG", "Pl."),
                tr(lg, "Last dive", "Letzter TG", "Dern. plongée"),
                "Nitrox",
                tr(lg, "Emergency tel.", "Notfall-Tel.", "Tél. urgence"),
                tr(lg, "Signature", "Unterschrift", "Signature"),
            ],
            rows,
            ls,
            rules=True,
            step=2.2,
        )
        for pg in fl.pages:
            hand(
                pg,
                40,
                lh - 40,
                tr(lg, "checked", "geprüft", "vérifié") + f" {crew('skipper').split()[0]}",
                9,
            )
        pages.extend(fl.pages)
    sp = Page(A4)
    y = m + 20
    sp.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    y += 30
    y = text_at(
        sp,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "By signing, both parties accept this agreement and the charter terms overleaf.",
            "Mit ihrer Unterschrift erkennen beide Parteien diesen Vertrag und die Charterbedingungen an.",
            "Par leur signature, les parties acceptent le présent contrat et les conditions générales.",
        ),
        s.size,
    )
    y += 50
    sign_box(
        sp,
        s,
        m,
        y,
        200,
        tr(lg, "For the Operator", "Für den Betreiber", "Pour l'exploitant"),
        crew("owner"),
        short(d, lg),
    )
    sign_box(
        sp,
        s,
        w - m - 200,
        y,
        200,
        tr(lg, "For the Charterer", "Für den Charterer", "Pour l'affréteur"),
        organiser.name if rng.random() < 0.9 else None,
        short(d + timedelta(days=rng.randint(1, 8)), lg),
    )
    y += 50
    if rng.random() < 0.5:
        stamp(sp, w - m - 200, y, [club[:30], tr(lg, "Diving Officer", "Vorstand", "Président")])
    pages.append(sp)
    remember(d, organiser, club)
    return close(pages, s, c)


def licence_card(
    p: Page,
    rng: random.Random,
    x: float,
    y: float,
    title: str,
    lines: list[str],
    back: bool = False,
) -> None:
    cw, ch = 86 * MM * 1.25, 54 * MM * 1.25
    p.rect(x, y, cw, ch)
    p.rect(x, y, cw, 16, fill=0.7)
    p.text(x + 6, y + 11, fit(title, "Helvetica-Bold", 7.5, cw - 12), "Helvetica-Bold", 7.5)
    if back:
        for k, t in enumerate(lines):
            p.text(x + 8, y + 30 + 11 * k, fit(t, "Helvetica", 7, cw - 16), "Helvetica", 7)
        return
    photo(p, x + 8, y + 24, 46, 58, rng)
    for k, t in enumerate(lines):
        p.text(x + 62, y + 30 + 11 * k, fit(t, "Helvetica", 7, cw - 70), "Helvetica", 7)
    scrawl(p, x + 62, y + ch - 8, lines[0], 10)


def tpl_skipper_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The skipper's licence as the office files it: the licensing authority's letter
    sending the renewed certificate (RYA / MCA, Sportbootführerschein, permis plaisance or
    capitaine 200) with the photocopy of the card front and back behind it, now and then the
    notes page; or just the photocopy the skipper brought in."""
    h = head_of(who, "authority")
    lg = h.lang
    sk = crew("skipper")
    d = last_day(rng, ("charter_agreement",), (1, 20))
    lic = tr(
        lg,
        rng.choice(
            [
                "Yachtmaster Offshore - Certificate of Competence (commercially endorsed)",
                "Boatmaster Licence - Tier 1 Level 2",
                "Powerboat Level 2 (commercially endorsed)",
            ]
        ),
        rng.choice(
            [
                "Sportbootführerschein See",
                "Sportküstenschifferschein",
                "Bodensee-Schifferpatent Kategorie A",
            ]
        ),
        rng.choice(
            [
                "Permis de plaisance - option côtière et extension hauturière",
                "Brevet de Capitaine 200",
                "Certificat de capacité - navire à usage professionnel",
            ]
        ),
    )
    no = serial(rng, "AA999999" if lg == "en" else "9999999" if lg == "de" else "999999AA")
    valid = date(d.year + 5, d.month, min(d.day, 28))
    pages: list[Page] = []
    if rng.random() < 0.7:
        s = style_of(h, A4)
        _w, _hh = A4
        m = s.margin
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [mx(sk, lg), *centre_lines()[1:]]
            if rng.random() < 0.5
            else [mx(sk, lg), *centre_lines()],
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), serial(rng, "AA/9999/99"))],
        )
        caption(f, s, lic if len(lic) < 60 else lic.split(" - ")[0], 1)
        f.page.text(m, f.y, greet(lg, mx(sk, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed your certificate no. {no}, valid until {day(h, valid)}. Please check the details and sign the certificate on receipt.",
                f"anbei übersenden wir Ihnen Ihren Führerschein Nr. {no}, gültig bis {day(h, valid)}. Bitte prüfen Sie die Angaben.",
                f"Vous trouverez ci-joint votre titre n° {no}, valable jusqu'au {day(h, valid)}. Nous vous invitons à vérifier les informations qui y figurent.",
            ),
        )
        write(f, s, prose(rng, lg, "boat", 1, 3))
        if rng.random() < 0.5:
            write(
                f,
                s,
                tr(
                    lg,
                    "Your medical certificate (ML5 / ENG1) must remain valid for the commercial endorsement to apply.",
                    "Die Gültigkeit ist an ein gültiges ärztliches Zeugnis gebunden.",
                    "La validité est subordonnée à un certificat médical d'aptitude en cours de validité.",
                ),
            )
        regards(
            f,
            s,
            lg,
            staff(h, "clerk"),
            tr(lg, "Certification Officer", "Sachbearbeitung", "Le chef de service"),
        )
        pages.extend(close(f.pages, s, h))
    cp = Page(A4)
    copier_edge(cp, rng)
    born = date(rng.randint(1965, 1995), rng.randint(1, 12), rng.randint(1, 28))
    licence_card(
        cp,
        rng,
        110,
        110,
        h.name.split(" - ")[0].upper(),
        [
            sk,
            f"{tr(lg, 'Born', 'geb.', 'Né le')} {short(born, lg)}",
            fit(lic, "Helvetica", 7, 170),
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}",
            f"{tr(lg, 'Valid until', 'gültig bis', 'valable jusqu au')} {short(valid, lg)}",
        ],
    )
    licence_card(
        cp,
        rng,
        110,
        340,
        tr(lg, "Conditions / endorsements", "Auflagen / Beschränkungen", "Restrictions / mentions"),
        [
            tr(
                lg,
                "Commercial endorsement: up to 20 miles from a safe haven",
                "Keine Auflagen",
                "Navigation jusqu'à 20 milles d'un abri",
            ),
            tr(
                lg,
                "Sea survival, first aid, radio (SRC)",
                "Funkzeugnis SRC vorhanden",
                "CRR (certificat restreint de radiotéléphoniste)",
            ),
            f"{tr(lg, 'Issued', 'Ausgestellt', 'Délivré le')} {short(d - timedelta(days=rng.randint(3, 14)), lg)}",
        ],
        back=True,
    )
    if rng.random() < 0.5:
        hand(
            cp,
            110,
            560,
            tr(
                lg,
                "copy - original seen",
                "Kopie stimmt mit Original überein",
                "copie conforme à l'original",
            )
            + f" {short(d + timedelta(days=rng.randint(1, 6)), home())}",
            10,
        )
        scrawl(cp, 110, 590, crew("owner"))
    pages.append(cp)
    if rng.random() < 0.2 and len(pages) > 1:
        pages.append(
            small_print(
                rng,
                style_of(h, A4),
                h,
                tr(
                    lg,
                    "Notes for holders",
                    "Hinweise für Inhaber",
                    "Notice à l'attention du titulaire",
                ),
                CHARTER_CLAUSES[lg][3:9],
                "boat",
            )
        )
    remember(d)
    return pages


AIR_LIMITS = [
    ("O2", "%", "20 - 22", lambda r: f"{r.uniform(20.6, 21.1):.1f}"),
    ("CO2", "ppm", "<= 500", lambda r: str(r.randint(340, 470))),
    ("CO", "ppm", "<= 5", lambda r: f"{r.uniform(0, 1.5):.1f}"),
    ("Oil (mist/vapour)", "mg/m3", "<= 0.5", lambda r: f"{r.uniform(0.01, 0.2):.2f}"),
    ("H2O (200 bar)", "mg/m3", "<= 35", lambda r: str(r.randint(8, 30))),
    ("H2O (300 bar)", "mg/m3", "<= 25", lambda r: str(r.randint(6, 22))),
    ("Odour / taste", "-", "none", lambda r: "none"),
]
COMPRESSORS = [
    "Bauer Mariner 320-E",
    "Bauer PE 250-VE",
    "Coltri MCH 16 ET",
    "L&W 280 E",
    "Nardi Pacific E 250",
    "Bauer Poseidon Edition 300",
]


def tpl_air_quality(rng: random.Random, who: Issuer) -> list[Page]:
    """The laboratory's breathing air test certificate for the centre's compressor (EN 12021):
    compressor details, sampling date and sample number, the results against the limits and
    a pass/fail verdict with stamp and signature; now and then the sampling record page or
    the nitrox analysis page behind."""
    h = head_of(who, "lab")
    lg = h.lang
    d = some_day(rng)
    comp = keyed(who, "comp").choice(COMPRESSORS)
    if after(("air_quality",)):
        comp = rng.choice(COMPRESSORS)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    cert = serial(rng, "AQ-99999")
    f = sheets(s, h, f"{h.name} - {cert}")
    title = tr(
        lg,
        "BREATHING AIR QUALITY TEST CERTIFICATE",
        "PRÜFBERICHT ATEMLUFTQUALITÄT",
        "RAPPORT D'ESSAI - QUALITÉ DE L'AIR RESPIRABLE",
    )
    f.page.text(w / 2, f.y, fit(title, s.bold, s.size + 4, w - 2 * m), s.bold, s.size + 4, "center")
    f.y += 14
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "to BS EN 12021:2014 - Respiratory equipment, compressed gases for breathing apparatus",
            "nach DIN EN 12021:2014 - Druckgase für Atemschutzgeräte",
            "selon NF EN 12021:2014 - Gaz comprimés pour appareils respiratoires",
        ),
        s.font,
        s.size - 2,
        "center",
    )
    f.y += 22
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Certificate no.", "Prüfbericht-Nr.", "N° de rapport"), cert),
            (tr(lg, "Customer", "Kunde", "Client"), centre_head().name),
            (tr(lg, "Compressor", "Kompressor", "Compresseur"), comp),
            (
                tr(lg, "Serial no.", "Seriennummer", "N° de série"),
                serial(keyed(who, comp), "99999-9999"),
            ),
            (
                tr(lg, "Running hours", "Betriebsstunden", "Heures de fonctionnement"),
                str(rng.randint(800, 9800)),
            ),
            (tr(lg, "Sample date", "Probenahme", "Date de prélèvement"), short(d, lg)),
            (
                tr(lg, "Sampling point", "Probenahmestelle", "Point de prélèvement"),
                tr(lg, "Fill whip 1", "Füllleiste Abgang 1", "Rampe de gonflage 1"),
            ),
            (
                tr(lg, "Fill pressure", "Fülldruck", "Pression"),
                rng.choice(["200 bar", "232 bar", "300 bar"]),
            ),
        ],
        hand=False,
    )
    rows = []
    for name, unit, limit, gen in AIR_LIMITS:
        v = gen(rng)
        rows.append(
            [
                name
                if lg == "en"
                else name.replace(
                    "Oil (mist/vapour)", tr(lg, "", "Öl (Nebel/Dampf)", "Huile (brouillard/vapeur)")
                ).replace("Odour / taste", tr(lg, "", "Geruch / Geschmack", "Odeur / goût")),
                unit,
                limit,
                v if v != "none" else tr(lg, "none", "keiner", "aucun"),
                tr(lg, "PASS", "i.O.", "CONFORME"),
            ]
        )
    cols = columns(
        m, w - m, [(2.2, "left"), (0.8, "center"), (1.2, "center"), (1.1, "right"), (1, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Limit", "Grenzwert", "Limite"),
            tr(lg, "Result", "Messwert", "Résultat"),
            tr(lg, "Verdict", "Bewertung", "Verdict"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    f.y += 14
    f.need(80)
    f.page.rect(m, f.y - 12, w - 2 * m, 32)
    f.page.text(
        m + 8,
        f.y + 6,
        tr(
            lg,
            "RESULT: The sample COMPLIES with the requirements of EN 12021.",
            "ERGEBNIS: Die Probe ENTSPRICHT den Anforderungen der DIN EN 12021.",
            "CONCLUSION : l'échantillon est CONFORME aux exigences de la NF EN 12021.",
        ),
        s.bold,
        s.size,
    )
    f.y += 40
    write(
        f,
        s,
        tr(
            lg,
            f"Next test due: {day(h, d + timedelta(days=91))} (quarterly).",
            f"Nächste Prüfung fällig: {day(h, d + timedelta(days=182))}.",
            f"Prochain contrôle : {day(h, d + timedelta(days=91))} (trimestriel).",
        ),
        s.size - 1,
    )
    write(f, s, prose(rng, lg, "gear", 1, 2), s.size - 1.5)
    f.need(70)
    f.y += 26
    an = staff(h, "analyst")
    sign_box(
        f.page,
        s,
        m,
        f.y,
        170,
        tr(lg, "Analyst", "Prüfer/in", "Technicien"),
        an,
        day(h, d + timedelta(days=rng.randint(2, 6))),
    )
    seal(
        f.page,
        w - m - 60,
        f.y - 18,
        32,
        h.name.split(" - ")[0][:30],
        tr(lg, "TESTED", "GEPRÜFT", "CONTRÔLÉ"),
    )
    pages = f.pages
    if rng.random() < 0.35:
        q = Page(A4)
        y = heading(q, s, h) if h.again else m
        caption_at(
            q, s, y, tr(lg, "Sampling record", "Probenahmeprotokoll", "Fiche de prélèvement")
        )
        y += 24
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Ambient temperature", "Umgebungstemperatur", "Température ambiante"),
                    f"{rng.randint(8, 26)} C",
                ),
                (
                    tr(
                        lg,
                        "Last filter change",
                        "Letzter Filterwechsel",
                        "Dernier changement de filtre",
                    ),
                    short(d - timedelta(days=rng.randint(20, 140)), lg),
                ),
                (tr(lg, "Filter cartridge", "Filterpatrone", "Cartouche"), serial(rng, "999999")),
                (
                    tr(lg, "Intake position", "Ansaugung", "Prise d'air"),
                    tr(lg, "outside, roof level", "außen, Dachhöhe", "extérieur, toiture"),
                ),
                (
                    tr(lg, "Sampled by", "Probenehmer", "Prélevé par"),
                    crew(rng.choice(["owner", "skipper"])),
                ),
                (
                    tr(lg, "Sample tube lot", "Prüfröhrchen Charge", "Lot tubes"),
                    serial(rng, "AA-9999"),
                ),
            ],
            tall=30,
        )
        y += 10
        y = hand_lines(
            q,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Compressor run 15 min before sampling, drain ok.",
                "Kompressor 15 min vorgelaufen, Kondensat abgelassen.",
                "Compresseur en marche 15 min avant, purge ok.",
            ),
            4,
        )
        pages.append(q)
    elif rng.random() < 0.25:
        q = Page(A4)
        y = m
        caption_at(
            q,
            s,
            y,
            tr(
                lg,
                "Annex - Nitrox membrane / oxygen analyser check",
                "Anlage - Nitrox-Membrananlage / O2-Analysator",
                "Annexe - Membrane nitrox / analyseur O2",
            ),
        )
        y += 30
        for _ in range(4):
            target = rng.choice([32, 36, 40])
            q.text(m, y, f"EAN{target}", s.bold, s.size)
            q.text(
                m + 80,
                y,
                f"{tr(lg, 'measured', 'gemessen', 'mesuré')} {target + rng.uniform(-0.6, 0.6):.1f} % O2",
                s.font,
                s.size,
            )
            q.text(w - m, y, tr(lg, "PASS", "i.O.", "CONFORME"), s.bold, s.size, "right")
            y += 18
        pages.append(q)
    received(rng, pages[0], d + timedelta(days=4), 0.3)
    remember(d)
    return close(pages, s, h)


CYL_MAKERS = ["Faber", "Luxfer", "Vitkovice", "Eurocylinder", "Catalina", "Roth"]


def tpl_cylinder_test(rng: random.Random, who: Issuer) -> list[Page]:
    """The test station's report of the periodic inspection and hydrostatic test of a batch
    of the centre's cylinders (ISO 18119, BetrSichV, requalification / TIV): the table of
    cylinders with serial numbers, pressures, dates and results, over one or more pages,
    portrait or landscape; the inspector's signature and stamp under the last row."""
    h = head_of(who, "teststation")
    lg = h.lang
    d = some_day(rng)
    n = rng.choice([4, 6, 8, 12, 18, 26, 34])
    land = n > 10 and rng.random() < 0.6
    size = A4_LAND if land else A4
    s = style_of(h, size, margin=44 if land else 0, pt=8.5 if land else 0)
    w, _hh = size
    m = s.margin
    rep = serial(rng, "99999/99")
    title = tr(
        lg,
        "Report of Periodic Inspection and Test - Scuba cylinders",
        "Prüfbericht - Wiederkehrende Prüfung Tauchflaschen",
        "Procès-verbal de requalification périodique - bouteilles de plongée",
    )
    f = sheets(s, h, f"{h.name} - {rep}")
    f.page.text(m, f.y, fit(title, s.bold, s.size + 3, w - 2 * m), s.bold, s.size + 3)
    f.y += 18
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Report no.", "Bericht-Nr.", "N° PV"), rep),
                (tr(lg, "Owner", "Betreiber", "Propriétaire"), centre_head().name),
                (
                    tr(lg, "Received", "Eingang", "Réception"),
                    short(d - timedelta(days=rng.randint(3, 12)), lg),
                ),
                (
                    tr(lg, "Standard", "Grundlage", "Référence"),
                    tr(
                        lg,
                        "BS EN ISO 18119:2018",
                        "BetrSichV / DIN EN ISO 18119",
                        "Arrêté du 20/11/2017 - ISO 18119",
                    ),
                ),
            ],
            w * 0.55,
        )
        + 8
    )
    rows = []
    fails = 0
    for k in range(n):
        mk = rng.choice(CYL_MAKERS)
        alu = mk in ("Luxfer", "Catalina")
        vol = rng.choice([7, 10, 12, 12, 15]) if not alu else rng.choice([7, 11.1])
        wp = rng.choice([232, 300]) if not alu else 207
        res = "P" if rng.random() < 0.94 else "F"
        fails += res == "F"
        rows.append(
            [
                str(k + 1),
                serial(rng, "A9999999" if alu else "99999"),
                mk,
                "Al" if alu else tr(lg, "Steel", "Stahl", "Acier"),
                qty(vol, lg),
                str(wp),
                str(int(wp * 1.5)),
                f"{rng.randint(1, 12):02d}/{rng.randint(2008, 2022)}",
                f"{rng.randint(1, 12):02d}/{d.year - rng.choice([2, 4, 5])}",
                tr(lg, "OK", "i.O.", "OK") if res == "P" else tr(lg, "FAIL", "n.i.O.", "REBUT"),
                serial(rng, "99") + "/" + str(d.year % 100),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.35, "left"),
            (1.1, "left"),
            (1, "left"),
            (0.6, "left"),
            (0.5, "right"),
            (0.5, "right"),
            (0.5, "right"),
            (0.8, "center"),
            (0.8, "center"),
            (0.6, "center"),
            (0.7, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Serial no.", "Fabr.-Nr.", "N° série"),
            tr(lg, "Maker", "Hersteller", "Fabricant"),
            tr(lg, "Mat.", "Werkst.", "Mat."),
            "l",
            "PW",
            "PH",
            tr(lg, "Made", "Herst.", "Fabr."),
            tr(lg, "Last test", "Letzte Pr.", "Dern. req."),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Stamp", "Stempel", "Poinçon"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88,
        rules=True,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"{n - fails} cylinders passed, {fails} rejected. Rejected cylinders are marked and returned unvalved.",
            f"{n - fails} Flaschen ohne Mängel, {fails} Flasche(n) ausgesondert und unbrauchbar gemacht.",
            f"{n - fails} bouteilles requalifiées, {fails} rebutée(s) et rendue(s) inutilisable(s).",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "All valves serviced, O-rings replaced; cylinders filled with 5 bar dry air for transport.",
                "Ventile gewartet, O-Ringe erneuert; Flaschen mit 5 bar trockener Luft befüllt.",
                "Robinetterie révisée, joints remplacés ; bouteilles remplies à 5 bar d'air sec.",
            ),
            s.size - 1,
        )
    f.need(70)
    f.y += 28
    sign_box(
        f.page,
        s,
        m,
        f.y,
        170,
        tr(lg, "Inspector", "Prüfer/Sachkundiger", "Contrôleur"),
        staff(h, "inspector"),
        day(h, d),
    )
    stamp(
        f.page,
        w - m - 190,
        f.y - 30,
        [
            h.name.split(" - ")[0][:32],
            tr(lg, "APPROVED TEST STATION", "PRÜFSTELLE", "CENTRE AGRÉÉ"),
            serial(keyed(who, "ts"), "TS-999"),
        ],
    )
    received(rng, f.pages[0], d, 0.25)
    remember(d, extra=rows)
    return close(f.pages, s, h)


def tpl_visual_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's own visual cylinder inspection record for one cylinder (VIS/VIP, Sicht-
    prüfung, TIV): cylinder particulars, the checklist of exterior, interior, threads and
    valve with pass/fail ticks, the sticker number and the inspector's signature; A5 or A4."""
    c = centre_head()
    lg = c.lang
    d = some_day(rng)
    size = A5 if rng.random() < 0.6 else A4
    s = style_of(c, size, margin=34 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, c) if rng.random() < 0.6 else m
    title = tr(
        lg,
        "CYLINDER VISUAL INSPECTION RECORD",
        "PROTOKOLL SICHTPRÜFUNG TAUCHFLASCHE",
        "FICHE D'INSPECTION VISUELLE (TIV)",
    )
    p.text(w / 2, y, fit(title, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2, "center")
    y += 16
    mk = rng.choice(CYL_MAKERS)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"), serial(rng, "99999")),
            (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), mk),
            (
                tr(lg, "Capacity / WP", "Volumen / Betriebsdruck", "Volume / pression"),
                f"{rng.choice([10, 12, 15])} l / {rng.choice([232, 300])} bar",
            ),
            (
                tr(lg, "Last hydro test", "Letzte TÜV-Prüfung", "Dernière requalification"),
                f"{rng.randint(1, 12):02d}/{d.year - rng.randint(1, 4)}",
            ),
            (
                tr(lg, "Owner / centre no.", "Eigentümer / Inv.-Nr.", "Propriétaire / n° inv."),
                rng.choice(
                    [
                        tr(lg, "Centre", "Basis", "Centre") + f" #{rng.randint(1, 60)}",
                        a_diver(rng).name,
                    ]
                ),
            ),
            (
                tr(lg, "Valve", "Ventil", "Robinet"),
                rng.choice(["DIN 300", "INT/DIN 232", "Mono M25x2", "Twin-outlet"]),
            ),
        ],
        per=2,
        tall=24,
    )
    checks = [
        (
            tr(lg, "Exterior", "Außen", "Extérieur"),
            [
                tr(lg, "Corrosion", "Korrosion", "Corrosion"),
                tr(lg, "Dents / gouges", "Beulen / Riefen", "Enfoncements"),
                tr(lg, "Heat damage", "Hitzeschäden", "Traces de chaleur"),
                tr(lg, "Markings legible", "Prägung lesbar", "Marquages lisibles"),
            ],
        ),
        (
            tr(lg, "Interior", "Innen", "Intérieur"),
            [
                tr(lg, "Corrosion / pitting", "Korrosion / Lochfraß", "Corrosion / piqûres"),
                tr(lg, "Contamination", "Verunreinigung", "Contamination"),
                tr(lg, "Odour", "Geruch", "Odeur"),
            ],
        ),
        (
            tr(lg, "Threads & neck", "Gewinde & Hals", "Filetage et col"),
            [
                tr(lg, "Thread condition", "Gewindezustand", "État du filetage"),
                tr(lg, "Neck cracks (eddy current)", "Halsrisse (Wirbelstrom)", "Fissures au col"),
            ],
        ),
        (
            tr(lg, "Valve", "Ventil", "Robinetterie"),
            [
                tr(lg, "Serviced", "Gewartet", "Révisé"),
                tr(lg, "O-ring replaced", "O-Ring erneuert", "Joint remplacé"),
                tr(lg, "Burst disc", "Berstscheibe", "Disque de rupture"),
            ],
        ),
    ]
    fail = rng.random() < 0.08
    yn = [tr(lg, "Pass", "i.O.", "Conforme"), tr(lg, "Fail", "n.i.O.", "Non conf."), "N/A"]
    for sect, items in checks:
        y = band(p, s, y, sect)
        y += 10
        for it in items:
            p.text(m + 6, y, fit(it, s.font, s.size - 0.5, w * 0.45), s.font, s.size - 0.5)
            bad = fail and rng.random() < 0.3
            for k2, t in enumerate(yn):
                x = w * 0.55 + k2 * (w * 0.45 - m) / 3
                box(p, x, y, k2 == (1 if bad else 0), 7)
                p.text(x + 10, y, t, s.font, 6.5)
            y += 13
        y += 2
    y += 6
    res = (
        tr(
            lg,
            "Cylinder ACCEPTED - sticker no.",
            "Flasche FREIGEGEBEN - Prüfplakette Nr.",
            "Bouteille ACCEPTÉE - étiquette n°",
        )
        if not fail
        else tr(
            lg,
            "Cylinder REJECTED - sent for hydro test",
            "Flasche GESPERRT - zur Prüfstelle",
            "Bouteille REFUSÉE - envoyée en requalification",
        )
    )
    p.text(m, y, res, s.bold, s.size)
    if not fail:
        hand(p, m + tw(res, s.bold, s.size) + 8, y, serial(rng, "999999"), 10)
    y += 18
    ins = crew(rng.choice(["instructor", "instructor2", "owner"]))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Inspector", "Prüfer", "Inspecteur TIV"), ins),
            (
                tr(lg, "Inspector cert. no.", "Sachkunde-Nr.", "N° inspecteur"),
                serial(rng, "PCI-99999" if lg == "en" else "9999"),
            ),
        ],
        tall=22,
    )
    sign_box(
        p,
        s,
        m,
        min(y + 20, hh - m - 14),
        150,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        ins,
        short(d, lg),
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates NNNN: the shop, the hire counter and the harbour
# ---------------------------------------------------------------------------------------------

GEAR = {
    "en": [
        ("Regulator set DIN, 1st/2nd stage + octo", 289.0),
        ("BCD jacket, weight-integrated", 349.0),
        ("Dive computer, wrist, air-integrated", 529.0),
        ("Mask, low volume, black skirt", 49.0),
        ("Open-heel fins", 89.0),
        ("Neoprene boots 5 mm", 39.0),
        ("Semi-dry suit 7 mm", 319.0),
        ("Drysuit undersuit 200 g", 169.0),
        ("Surface marker buoy, closed", 34.0),
        ("Reel 45 m", 42.0),
        ("Regulator service kit", 38.0),
        ("Hood 7 mm", 35.0),
        ("LED torch 1200 lm", 119.0),
        ("Latex neck seal", 24.0),
        ("Weight belt + 2 kg weights", 29.0),
        ("Logbook, 60 dives", 9.5),
    ],
    "de": [
        ("Atemreglerset DIN, 1./2. Stufe + Oktopus", 289.0),
        ("Jacket mit integriertem Blei", 349.0),
        ("Tauchcomputer mit Senderintegration", 529.0),
        ("Maske, kleines Volumen, schwarz", 49.0),
        ("Geräteflossen", 89.0),
        ("Füßlinge 5 mm", 39.0),
        ("Halbtrockenanzug 7 mm", 319.0),
        ("Unterzieher 200 g", 169.0),
        ("Boje geschlossen", 34.0),
        ("Spool/Reel 45 m", 42.0),
        ("Service-Kit Atemregler", 38.0),
        ("Kopfhaube 7 mm", 35.0),
        ("LED-Lampe 1200 lm", 119.0),
        ("Halsmanschette Latex", 24.0),
        ("Bleigurt + 2 kg", 29.0),
        ("Logbuch 60 TG", 9.5),
    ],
    "fr": [
        ("Détendeur DIN 1er/2e étage + octopus", 289.0),
        ("Gilet stab à lest intégré", 349.0),
        ("Ordinateur bracelet avec émetteur", 529.0),
        ("Masque faible volume, jupe noire", 49.0),
        ("Palmes réglables", 89.0),
        ("Bottillons 5 mm", 39.0),
        ("Combinaison semi-étanche 7 mm", 319.0),
        ("Sous-vêtement étanche 200 g", 169.0),
        ("Parachute de palier fermé", 34.0),
        ("Dévidoir 45 m", 42.0),
        ("Kit révision détendeur", 38.0),
        ("Cagoule 7 mm", 35.0),
        ("Phare LED 1200 lm", 119.0),
        ("Manchon de cou latex", 24.0),
        ("Ceinture + 2 kg de plombs", 29.0),
        ("Carnet de plongée 60 pl.", 9.5),
    ],
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38/39", "40/41", "42/43", "44/45", "-", "-"]


def order_lines(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, str, int, float]]:
    out = []
    for k in rng.sample(range(len(GEAR[lg])), min(n, len(GEAR[lg]))):
        name, rrp = GEAR[lg][k]
        out.append(
            (
                serial(rng, "99-999-99"),
                name,
                rng.choice(SIZES),
                rng.choice([1, 1, 2, 2, 3, 4, 6, 10]),
                rrp,
            )
        )
    return out


def tpl_gear_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A dive equipment distributor's delivery note: order and customer numbers, carrier and
    parcels, the articles with sizes, quantities ordered, delivered and back-ordered, the
    received-in-good-condition box signed by the shop assistant; now and then a returns slip
    at the foot or a second page of lines."""
    h = head_of(who, "supplier", 0.15)
    lg = h.lang
    d = some_day(rng)
    lines = order_lines(rng, lg, rng.choice([3, 5, 7, 9, 12, 16]))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    order = serial(rng, "SO-999999")
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {order}"
    )
    f.page.text(
        w - m,
        f.y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        s.size + 5,
        "right",
    )
    f.y += 14
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, "Shop", "Laden", "Boutique")),
        d,
        [
            (tr(lg, "Delivery no.", "Lieferschein-Nr.", "N° BL"), serial(rng, "9999999")),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "99/99")),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "D99999"),
            ),
            (
                tr(lg, "Carrier", "Versand", "Transporteur"),
                rng.choice(
                    ["DPD", "UPS", "GLS", "DHL", tr(lg, "Pallet", "Spedition", "Messagerie")]
                ),
            ),
        ],
    )
    rows = []
    back = []
    for art, name, size, q, _ in lines:
        dl = q if rng.random() < 0.8 else max(0, q - rng.randint(1, q))
        if dl < q:
            back.append(name)
        rows.append([art, name, size, str(q), str(dl), str(q - dl) if dl < q else ""])
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (3.6, "left"),
            (0.8, "center"),
            (0.7, "right"),
            (0.8, "right"),
            (0.9, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Deliv.", "Geliefert", "Livré"),
            tr(lg, "B/O", "Rückst.", "Reliquat"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Parcels: {rng.randint(1, 5)}   Weight: {rng.randint(3, 48)} kg",
            f"Packstücke: {rng.randint(1, 5)}   Gewicht: {rng.randint(3, 48)} kg",
            f"Colis : {rng.randint(1, 5)}   Poids : {rng.randint(3, 48)} kg",
        ),
        s.size - 1,
    )
    if back:
        write(
            f,
            s,
            tr(
                lg,
                "Back-ordered items will follow as soon as they are in stock.",
                "Rückstände werden nach Eingang nachgeliefert.",
                "Les reliquats seront livrés dès réception.",
            ),
            s.size - 1,
        )
    f.need(80)
    f.y += 10
    f.page.rect(m, f.y - 10, w / 2 - m, 58)
    f.page.text(
        m + 4,
        f.y,
        tr(
            lg,
            "Goods received in good condition",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue en bon état",
        ),
        s.bold,
        7.5,
    )
    if rng.random() < 0.85:
        scrawl(f.page, m + 10, f.y + 30, crew("shop"))
        hand(f.page, m + 130, f.y + 40, short(d + timedelta(days=rng.randint(0, 3)), home()), 8.5)
    f.y += 60
    if rng.random() < 0.3:
        f.need(90)
        slip_rule(
            f.page,
            m,
            w - m,
            f.y + 6,
            tr(
                lg,
                "Returns slip - please enclose with any return",
                "Retourenschein",
                "Bon de retour",
            ),
        )
        f.y += 24
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Art. no.", "Art.-Nr.", "Réf."), ""),
                (tr(lg, "Reason", "Grund", "Motif"), ""),
                (tr(lg, "Qty", "Menge", "Qté"), ""),
            ],
            per=3,
            tall=22,
        )
    received(rng, f.pages[0], d, 0.2)
    remember(d, extra=(h.name, lines, order))
    return close(f.pages, s, h)


SUPPLY_TERMS = {
    "en": [
        "Prices",
        "Payment",
        "Retention of title",
        "Delivery",
        "Returns",
        "Warranty",
        "Dealer obligations",
        "Servicing",
        "Liability",
        "Governing law",
    ],
    "de": [
        "Preise",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Lieferung",
        "Rücksendungen",
        "Gewährleistung",
        "Händlerpflichten",
        "Service",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Prix",
        "Paiement",
        "Réserve de propriété",
        "Livraison",
        "Retours",
        "Garantie",
        "Obligations du revendeur",
        "SAV",
        "Responsabilité",
        "Juridiction",
    ],
}


def tpl_gear_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's invoice to the shop: lines with retail price, dealer discount and net,
    carriage, VAT, payment terms (early payment discount in Germany and France), bank
    details; sometimes the general terms of sale on a page of their own."""
    h = head_of(who, "supplier", 0.15)
    lg = h.lang
    ex = LAST["extra"]
    if after(("gear_delivery",)) and isinstance(ex, tuple):
        lines = list(ex[1])
        order = str(ex[2])
    else:
        lines = order_lines(rng, lg, rng.choice([2, 4, 6, 8, 12]))
        order = serial(rng, "SO-999999")
    d = last_day(rng, ("gear_delivery",), (0, 6))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    no = serial(rng, "RE99-99999" if lg == "de" else "FA999999" if lg == "fr" else "INV-999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    f.page.text(w - m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 6, "right")
    f.y += 14
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Order", "Auftrag", "Commande"), order),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "D99999"),
            ),
        ],
    )
    disc = keyed(who, "disc").choice([30, 35, 40, 45])
    rows = []
    net = 0.0
    for art, name, size, q, rrp in lines:
        unit = round(rrp * (100 - disc) / 100, 2)
        net += unit * q
        rows.append(
            [
                art,
                f"{name} {size if size != '-' else ''}".strip(),
                str(q),
                money(rrp, lg),
                f"{disc}%",
                money(unit, lg),
                money(unit * q, lg),
            ]
        )
    carriage = 0.0 if net > 300 else rng.choice([8.95, 12.5, 15.0])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Versandkosten", "Frais de port"),
                "1",
                "",
                "",
                money(carriage, lg),
                money(carriage, lg),
            ]
        )
        net += carriage
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (3.3, "left"),
            (0.5, "right"),
            (0.9, "right"),
            (0.6, "right"),
            (0.9, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "UVP", "PPC"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "P.U. HT"),
            tr(lg, "Total", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.6 else None,
    )
    foreign = h.lang != home()
    totals(
        f, s, lg, round(net, 2), 0.0 if foreign and lg != "en" and home() != "en" else vat_rate(lg)
    )
    if foreign and home() != "en" and lg != "en":
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG).",
                "Exonération de TVA, article 262 ter I du CGI - livraison intracommunautaire.",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment: 30 days net.",
            f"Zahlbar innerhalb 10 Tagen mit 2 % Skonto oder 30 Tage netto bis {day(h, d + timedelta(days=30))}.",
            "Règlement à 30 jours fin de mois. Escompte 2 % pour paiement à 8 jours. Pénalités de retard : 3 fois le taux d'intérêt légal; indemnité forfaitaire de recouvrement 40 euros.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General Terms of Sale to Dealers",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente aux revendeurs",
                ),
                SUPPLY_TERMS[lg],
                "money",
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


HIRE_TERMS = {
    "en": [
        "The hirer must hold a recognised diving qualification for the equipment hired.",
        "Equipment must be returned rinsed in fresh water by the agreed time; late return is charged per day.",
        "The hirer is responsible for loss of or damage to the equipment other than fair wear and tear.",
        "The centre's liability is limited to the hire fee paid.",
        "The deposit is refunded on return of the equipment in good order.",
    ],
    "de": [
        "Der Mieter muss ein für die Ausrüstung geeignetes Tauchbrevet besitzen.",
        "Die Ausrüstung ist gespült und pünktlich zurückzugeben; Verspätung wird pro Tag berechnet.",
        "Der Mieter haftet für Verlust und Beschädigung außer normaler Abnutzung.",
        "Die Haftung der Basis ist auf die Leihgebühr beschränkt.",
        "Die Kaution wird bei ordnungsgemäßer Rückgabe erstattet.",
    ],
    "fr": [
        "Le locataire doit être titulaire d'un niveau de plongée adapté au matériel loué.",
        "Le matériel est rendu rincé à l'eau douce à l'heure convenue ; tout retard est facturé par jour.",
        "Le locataire est responsable de la perte ou de la détérioration du matériel hors usure normale.",
        "La responsabilité du centre est limitée au montant de la location.",
        "La caution est restituée au retour du matériel en bon état.",
    ],
}
HIRE_ITEMS = {
    "en": [
        ("Regulator", 12.0),
        ("BCD", 10.0),
        ("Wetsuit 7 mm", 10.0),
        ("Drysuit", 25.0),
        ("Computer", 10.0),
        ("Cylinder 12 l + fill", 12.0),
        ("Mask / fins / boots", 8.0),
        ("Torch", 6.0),
        ("Weights", 3.0),
    ],
    "de": [
        ("Atemregler", 12.0),
        ("Jacket", 10.0),
        ("Nassanzug 7 mm", 10.0),
        ("Trockentauchanzug", 25.0),
        ("Tauchcomputer", 10.0),
        ("Flasche 12 l + Füllung", 12.0),
        ("ABC-Ausrüstung", 8.0),
        ("Lampe", 6.0),
        ("Blei", 3.0),
    ],
    "fr": [
        ("Détendeur", 12.0),
        ("Gilet stab", 10.0),
        ("Combinaison 7 mm", 10.0),
        ("Étanche", 25.0),
        ("Ordinateur", 10.0),
        ("Bloc 12 l gonflé", 12.0),
        ("PMT", 8.0),
        ("Phare", 6.0),
        ("Plombs", 3.0),
    ],
}


def tpl_kit_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's equipment hire agreement as the customer fills it in at the counter: hirer
    and certification details, the items ticked with sizes and inventory numbers, days, fee
    and deposit, the hirer's signature and the return check; A5 or A4, sometimes the hire
    terms on the back."""
    c = centre_head()
    lg = c.lang
    dv = a_diver(rng, lg if rng.random() < 0.8 else rng.choice(["en", "de", "fr"]))
    d = some_day(rng)
    size = A5 if rng.random() < 0.5 else A4
    s = style_of(c, size, margin=32 if size == A5 else 0, pt=7.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, c)
    no = f"{rng.randint(1000, 9999)}"
    p.text(
        m,
        y,
        tr(
            lg,
            "EQUIPMENT HIRE AGREEMENT",
            "LEIHVERTRAG AUSRÜSTUNG",
            "CONTRAT DE LOCATION DE MATÉRIEL",
        ),
        s.bold,
        s.size + 3,
    )
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", "Courier-Bold", s.size + 2, "right")
    y += 14
    sysn = rng.choice(list(LEVELS))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), dv.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), dv.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{dv.street}, {dv.town}"),
            (
                tr(lg, "Holiday address", "Urlaubsanschrift", "Adresse de séjour"),
                rng.choice(
                    [
                        "",
                        "Camping",
                        "Hotel",
                        "Ferienwohnung" if lg == "de" else "gîte" if lg == "fr" else "B&B",
                    ]
                ),
            ),
            (tr(lg, "Certification", "Brevet", "Niveau"), rng.choice(LEVELS[sysn])),
            (tr(lg, "Cert. card no.", "Brevet-Nr.", "N° carte"), serial(rng, "99999AA999")),
        ],
        tall=22 if size == A5 else 26,
    )
    n_days = rng.choice([1, 1, 2, 3, 5, 7])
    out = d
    back = d + timedelta(days=n_days)
    chosen = sorted(rng.sample(range(len(HIRE_ITEMS[lg])), rng.randint(2, 6)))
    y = band(p, s, y, tr(lg, "Equipment", "Ausrüstung", "Matériel"))
    y += 12
    cols = columns(
        m, w - m, [(0.3, "center"), (2.2, "left"), (0.8, "center"), (1, "left"), (0.9, "right")]
    )
    hd = [
        "",
        tr(lg, "Item", "Artikel", "Article"),
        tr(lg, "Size", "Größe", "Taille"),
        tr(lg, "Inv. no.", "Inv.-Nr.", "N° inv."),
        tr(lg, "per day", "pro Tag", "par jour"),
    ]
    for col, t in zip(cols, hd, strict=True):
        p.text(
            col[0] if col[2] != "right" else col[1],
            y,
            t,
            s.bold,
            s.size - 1,
            "left" if col[2] != "right" else "right",
        )
    y += 12
    fee = 0.0
    for k, (it, rate) in enumerate(HIRE_ITEMS[lg]):
        on = k in chosen
        box(p, cols[0][0] + 2, y, on, 7)
        p.text(cols[1][0], y, it, s.font, s.size - 1)
        if on:
            fee += rate
            hand(p, cols[2][0] + 4, y, rng.choice(["S", "M", "L", "XL", "42", "44", "-"]), 8.5)
            hand(p, cols[3][0], y, serial(rng, "A-99"), 8.5)
        p.text(cols[4][1], y, money(rate, lg), s.font, s.size - 1, "right")
        y += 12.5
    y += 6
    total = fee * n_days
    dep = rng.choice([50.0, 100.0, 150.0])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Out", "Ausgabe", "Sortie"),
                f"{short(out, lg)} {rng.choice(['08:30', '09:15', '14:00'])}",
            ),
            (tr(lg, "Due back", "Rückgabe", "Retour prévu"), short(back, lg)),
            (tr(lg, "Hire fee", "Leihgebühr", "Location"), cash(total, lg)),
            (tr(lg, "Deposit", "Kaution", "Caution"), cash(dep, lg)),
        ],
        per=4,
        tall=22 if size == A5 else 26,
    )
    y = text_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I have checked the equipment and received it in good working order. I accept the hire terms.",
            "Ich habe die Ausrüstung geprüft und in einwandfreiem Zustand erhalten. Die Leihbedingungen erkenne ich an.",
            "J'ai vérifié le matériel, reçu en bon état de fonctionnement, et j'accepte les conditions de location.",
        ),
        s.size - 1,
    )
    y += 18
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Hirer", "Mieter", "Locataire"),
        dv.name,
        short(out, lg),
    )
    sign_box(
        p,
        s,
        w / 2 + 6,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Issued by", "Ausgegeben", "Remis par"),
        crew("shop"),
    )
    y += 22
    if y < hh - m - 50:
        y = band(p, s, y, tr(lg, "Return check", "Rücknahme", "Contrôle au retour"))
        y += 12
        returned = rng.random() < 0.7
        damaged = returned and rng.random() < 0.2
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Complete", "Vollständig", "Complet"),
                tr(lg, "Rinsed", "Gespült", "Rincé"),
                tr(lg, "Damage - see report", "Schaden - siehe Bericht", "Dommage - voir rapport"),
                tr(lg, "Deposit refunded", "Kaution erstattet", "Caution rendue"),
            ],
            ({0, 1, 3} if not damaged else {0, 2}) if returned else set(),
            7.5,
        )
        if returned:
            hand(p, m, y + 4, f"{short(back, lg)}  {crew('shop').split()[0]}", 8.5)
    pages = [p]
    if rng.random() < 0.35:
        t = Page(size)
        ty = m
        t.text(
            m,
            ty,
            tr(lg, "Hire terms", "Leihbedingungen", "Conditions de location"),
            s.bold,
            s.size + 1,
        )
        ty += 16
        for k, clause in enumerate(HIRE_TERMS[lg]):
            ty = text_at(
                t, s, m, ty, w - 2 * m, f"{k + 1}. {clause} {words(rng, lg, 'legal')}", s.size - 0.5
            )
            ty += 3
        pages.append(t)
    remember(d, dv, (no, [HIRE_ITEMS[lg][k][0] for k in chosen]))
    return pages


def tpl_kit_damage(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's damage report on a hired item: the hire agreement it refers to, the item
    and the damage described by hand, a photograph, the repair cost and the hirer's
    acknowledgement; now and then the service workshop's repair quotation attached behind
    on its own letterhead."""
    c = centre_head()
    lg = c.lang
    dv = diver_for(rng, ("kit_hire",))
    ex = LAST["extra"]
    if after(("kit_hire",)) and isinstance(ex, tuple):
        ref, items = str(ex[0]), list(ex[1])
    else:
        ref, items = str(rng.randint(1000, 9999)), [HIRE_ITEMS[lg][rng.randrange(6)][0]]
    item = rng.choice(items)
    d = last_day(rng, ("kit_hire",), (1, 7))
    s = style_of(c, A4)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, c)
    p.text(
        m,
        y,
        tr(
            lg,
            "EQUIPMENT DAMAGE / LOSS REPORT",
            "SCHADENSMELDUNG LEIHAUSRÜSTUNG",
            "CONSTAT DE DOMMAGE / PERTE DE MATÉRIEL",
        ),
        s.bold,
        s.size + 3,
    )
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Hire agreement no.", "Leihvertrag Nr.", "Contrat n°"), ref),
            (tr(lg, "Date found", "Festgestellt am", "Constaté le"), short(d, lg)),
            (tr(lg, "Hirer", "Mieter", "Locataire"), dv.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), dv.phone),
            (tr(lg, "Item", "Artikel", "Article"), item),
            (tr(lg, "Inv. no.", "Inv.-Nr.", "N° inv."), serial(rng, "A-99")),
        ],
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "Description of damage", "Beschreibung des Schadens", "Description du dommage"),
    )
    y += 14
    desc = rng.choice(
        {
            "en": [
                "Mouthpiece bitten through, 2nd stage free-flowing. Hose kinked at swivel.",
                "Inflator button stuck, BCD bladder leaking at dump valve.",
                "Neck seal torn (approx. 4 cm) on removal.",
                "Computer strap broken, screen scratched. Unit lost on second dive - searched 20 min.",
            ],
            "de": [
                "Mundstück durchgebissen, zweite Stufe bläst ab. Schlauch am Drehgelenk geknickt.",
                "Inflatorknopf klemmt, Jacket verliert Luft am Schnellablass.",
                "Halsmanschette beim Ausziehen eingerissen (ca. 4 cm).",
                "Armband gerissen, Display zerkratzt. Computer beim 2. TG verloren.",
            ],
            "fr": [
                "Embout percé, deuxième étage en débit continu. Flexible plié.",
                "Bouton d'inflateur bloqué, fuite à la purge.",
                "Manchon de cou déchiré (env. 4 cm) au déshabillage.",
                "Bracelet cassé, écran rayé. Ordinateur perdu à la 2e plongée.",
            ],
        }[lg]
    )
    y = hand_lines(p, m, y, w - 2 * m, desc, 4)
    if rng.random() < 0.7:
        photo(p, m, y, 180, 120, rng)
        p.text(m, y + 132, tr(lg, "Photo 1", "Foto 1", "Photo 1"), s.font, 7)
        if rng.random() < 0.5:
            photo(p, m + 200, y, 180, 120, rng)
            p.text(m + 200, y + 132, tr(lg, "Photo 2", "Foto 2", "Photo 2"), s.font, 7)
        y += 146
    cost = rng.choice([24.0, 38.5, 65.0, 120.0, 185.0, 420.0])
    y = band(p, s, y, tr(lg, "Charge", "Kosten", "Montant"))
    y += 14
    p.text(
        m + 4,
        y,
        tr(lg, "Repair / replacement cost", "Reparatur / Ersatz", "Réparation / remplacement"),
        s.font,
        s.size,
    )
    hand(p, w * 0.6, y, cash(cost, lg), 10)
    y += 16
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Deducted from deposit", "Von Kaution einbehalten", "Retenu sur la caution"),
            tr(lg, "Paid by card", "Mit Karte bezahlt", "Réglé par CB"),
            tr(lg, "Invoice to follow", "Rechnung folgt", "Facture à suivre"),
            tr(lg, "Insurance claim", "Versicherungsfall", "Déclaration assurance"),
        ],
        {rng.randrange(4)},
        8,
    )
    y += 24
    sign_box(
        p,
        s,
        m,
        y,
        190,
        tr(lg, "Hirer's acknowledgement", "Kenntnisnahme Mieter", "Lu et approuvé - locataire"),
        dv.name if rng.random() < 0.85 else None,
        short(d, lg),
    )
    sign_box(
        p,
        s,
        w - m - 190,
        y,
        190,
        tr(lg, "For the centre", "Für die Basis", "Pour le centre"),
        crew("shop"),
    )
    pages = [p]
    if rng.random() < 0.35:
        wh = head_of(who, "workshop")
        ws = style_of(wh, A4)
        f = sheets(ws, wh)
        recipient(
            f,
            ws,
            wh,
            centre_lines(),
            d + timedelta(days=rng.randint(1, 5)),
            [(tr(lg, "Quote no.", "Angebot Nr.", "Devis n°"), serial(rng, "9999"))],
        )
        caption(
            f,
            ws,
            tr(
                wh.lang,
                f"Repair quotation - {item}",
                f"Kostenvoranschlag - {item}",
                f"Devis de réparation - {item}",
            ),
            1,
        )
        rows = [
            [
                tr(wh.lang, "Inspection and test", "Prüfung und Test", "Contrôle et test"),
                money(15.0, wh.lang),
            ],
            [tr(wh.lang, "Parts", "Ersatzteile", "Pièces"), money(round(cost * 0.6, 2), wh.lang)],
            [
                tr(wh.lang, "Labour", "Arbeitszeit", "Main d'oeuvre"),
                money(round(cost * 0.4 - 15, 2) if cost > 40 else 10.0, wh.lang),
            ],
        ]
        table(
            f,
            columns(ws.margin, w - ws.margin, [(4, "left"), (1, "right")]),
            [tr(wh.lang, "Item", "Position", "Désignation"), tr(wh.lang, "Net", "Netto", "HT")],
            rows,
            ws,
        )
        write(f, ws, prose(rng, wh.lang, "gear", 1, 2))
        regards(
            f,
            ws,
            wh.lang,
            staff(wh, "tech"),
            tr(wh.lang, "Service technician", "Servicetechniker", "Technicien"),
        )
        pages.extend(close(f.pages, ws, wh))
    remember(d, dv)
    return pages


def marina_head() -> Head:
    """The harbour the centre's boat lies in."""
    lang = home()
    return make_head(SENDERS["marina"][lang][int(CENTRE["row"])], lang, "marina")  # type: ignore[call-overload]


def berth() -> str:
    r = random.Random(zlib.crc32(f"salver/berth/{cseed()}".encode()))
    return f"{r.choice(['A', 'B', 'C', 'D', 'P'])}{r.randint(1, 60)}"


def tpl_marina_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The marina's or harbour authority's invoice for the centre's boat: berth number and
    vessel, the berth fee by length and period, electricity by meter readings, water, harbour
    dues, crane or slipway; direct debit or transfer note; a run covers other months."""
    h = marina_head()
    lg = h.lang
    name, _btype, loa, _ = boat()
    d = some_day(rng)
    if after(("marina_invoice",)):
        d = last_day(rng, ("marina_invoice",), (-40, -25))
    s = style_of(h, A4 if rng.random() < 0.8 else A5, pt=0)
    if s.page_size == A5:
        s = style_of(h, A5, margin=36, pt=8)
    w, _hh = s.page_size
    m = s.margin
    no = serial(rng, "99999" if lg == "en" else "HR-999999" if lg == "de" else "F99-9999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (
                tr(lg, "Berth", "Liegeplatz", "Poste"),
                berth(),
            ),
            (tr(lg, "Vessel", "Schiff", "Navire"), name),
        ],
    )
    caption(
        f, s, tr(lg, "Berthing invoice", "Rechnung Liegeplatzgebühren", "Facture d'amarrage"), 1
    )
    mon = date(d.year, d.month, 1)
    period = f"{MONTH_WORDS[lg][mon.month - 1]} {mon.year}"
    rate = {"en": 38.5, "de": 29.0, "fr": 31.2}[lg] * keyed(who, "rate").uniform(0.9, 1.3)
    kwh0 = rng.randint(2000, 9000)
    kwh1 = kwh0 + rng.randint(40, 420)
    rows = [
        [
            tr(
                lg,
                f"Berth fee {period} - LOA {qty(loa, lg)} m",
                f"Liegeplatzgebühr {period} - LüA {qty(loa, lg)} m",
                f"Redevance d'amarrage {period} - LHT {qty(loa, lg)} m",
            ),
            f"{qty(loa, lg)} m",
            money(rate, lg),
            money(rate * loa, lg),
        ]
    ]
    net = rate * loa
    if rng.random() < 0.8:
        e = (kwh1 - kwh0) * 0.32
        rows.append(
            [
                tr(
                    lg,
                    f"Electricity {kwh0} - {kwh1} kWh",
                    f"Strom Zählerstand {kwh0} - {kwh1}",
                    f"Électricité index {kwh0} - {kwh1}",
                ),
                f"{kwh1 - kwh0} kWh",
                money(0.32, lg),
                money(e, lg),
            ]
        )
        net += e
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Water (flat rate)", "Wasser (pauschal)", "Eau (forfait)"),
                "1",
                money(12.0, lg),
                money(12.0, lg),
            ]
        )
        net += 12.0
    if rng.random() < 0.3:
        c_ = rng.choice([95.0, 140.0, 185.0])
        rows.append(
            [
                tr(lg, "Crane lift and wash-off", "Kranen und Abspritzen", "Grutage et nettoyage"),
                "1",
                money(c_, lg),
                money(c_, lg),
            ]
        )
        net += c_
    if rng.random() < 0.4:
        rows.append(
            [
                tr(
                    lg,
                    "Harbour dues (commercial passenger vessel)",
                    "Hafengeld gewerbliche Fahrgastschifffahrt",
                    "Droits de port - navire à passagers",
                ),
                "1",
                money(45.0, lg),
                money(45.0, lg),
            ]
        )
        net += 45.0
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.9, "right"), (0.9, "right"), (1, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "This amount will be collected by Direct Debit on or after the 15th.",
                    "Der Betrag wird zum 15. per SEPA-Lastschrift eingezogen.",
                    "Ce montant sera prélevé le 15 du mois.",
                ),
                tr(
                    lg,
                    f"Please pay by {day(h, d + timedelta(days=14))} quoting the invoice number.",
                    f"Zahlbar bis {day(h, d + timedelta(days=14))} ohne Abzug.",
                    f"À régler avant le {day(h, d + timedelta(days=14))} auprès du comptable public.",
                ),
            ]
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.25)
    remember(d)
    return close(f.pages, s, h)


MONTH_WORDS = {
    "en": [
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
    ],
    "de": [
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
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
NOTICES = {
    "en": [
        "Pontoon C refurbishment - temporary berth moves",
        "Maintenance dredging of the inner basin",
        "Fuel berth closure for tank inspection",
        "Annual berth renewal and licence conditions",
        "New gate access cards and security",
    ],
    "de": [
        "Sanierung Steg C - vorübergehende Umlegung",
        "Unterhaltungsbaggerung im Innenhafen",
        "Schließung der Tankstelle wegen Tankprüfung",
        "Verlängerung des Liegeplatzvertrags",
        "Neue Zugangskarten für die Steganlagen",
    ],
    "fr": [
        "Réfection du ponton C - déplacements provisoires",
        "Dragage d'entretien du bassin intérieur",
        "Fermeture de la station carburant",
        "Renouvellement annuel du contrat d'amarrage",
        "Nouveaux badges d'accès aux pontons",
    ],
}


def tpl_marina_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The harbour office's letter or notice to berth holders: works on the pontoons,
    dredging, fuel berth closure, the annual berth renewal or new access cards; now and then
    a berth plan of the works, the renewal form to return or an extract of the harbour
    regulations behind it."""
    h = marina_head()
    lg = h.lang
    d = some_day(rng)
    k = rng.randrange(5)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    f = sheets(s, h, h.name)
    general = rng.random() < 0.5
    if general:
        f.page.text(
            m,
            f.y,
            tr(lg, "NOTICE TO BERTH HOLDERS", "MITTEILUNG AN ALLE LIEGER", "AVIS AUX PLAISANCIERS"),
            s.bold,
            s.size + 4,
        )
        f.y += 14
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {rng.randint(1, 30)}/{d.year}  -  {day(h, d)}",
            s.font,
            s.size,
        )
        f.y += 24
    else:
        recipient(
            f,
            s,
            h,
            centre_lines(),
            d,
            [
                (
                    tr(lg, "Berth", "Liegeplatz", "Poste"),
                    berth(),
                )
            ],
        )
    caption(f, s, NOTICES[lg][k], 1)
    if not general:
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
    start = d + timedelta(days=rng.randint(7, 40))
    write(
        f,
        s,
        tr(
            lg,
            f"From {day(h, start)} for approximately {rng.randint(2, 8)} weeks:",
            f"Ab dem {day(h, start)} für voraussichtlich {rng.randint(2, 8)} Wochen:",
            f"À compter du {day(h, start)} et pour environ {rng.randint(2, 8)} semaines :",
        ),
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "boat", 1, 3))
    if k == 3:
        write(
            f,
            s,
            tr(
                lg,
                "Please return the enclosed renewal form together with a copy of your third-party insurance certificate.",
                "Bitte senden Sie das beiliegende Formular mit einer Kopie Ihres Versicherungsnachweises zurück.",
                "Merci de retourner le formulaire joint accompagné de votre attestation d'assurance.",
            ),
        )
    regards(f, s, lg, staff(h, "hm"), tr(lg, "Harbour Master", "Hafenmeister", "Le Maître de port"))
    pages = f.pages
    r = rng.random()
    if k == 3 or r < 0.25:
        fp = Page(A4)
        y = m
        fp.text(
            m,
            y,
            tr(
                lg,
                "BERTH LICENCE RENEWAL FORM",
                "ANTRAG AUF VERLÄNGERUNG LIEGEPLATZ",
                "DEMANDE DE RENOUVELLEMENT DE CONTRAT",
            ),
            s.bold,
            s.size + 3,
        )
        y += 20
        name, btype, loa, eng = boat()
        y = fields(
            fp,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Berth holder", "Lieger", "Titulaire"), centre_head().name),
                (tr(lg, "Vessel name", "Schiffsname", "Nom du navire"), name),
                (tr(lg, "Type", "Typ", "Type"), btype),
                ("LOA", f"{qty(loa, lg)} m"),
                (tr(lg, "Engine", "Motor", "Moteur"), eng),
                (
                    tr(lg, "Insurer / policy no.", "Versicherer / Police", "Assureur / police"),
                    serial(rng, "AA999999"),
                ),
            ],
        )
        y = ticks(
            fp,
            s,
            m,
            y + 8,
            w - 2 * m,
            [
                tr(lg, "Annual", "Jahresliegeplatz", "Annuel"),
                tr(lg, "Summer (Apr-Oct)", "Saison (Apr-Okt)", "Saison (avr-oct)"),
                tr(lg, "Commercial use", "Gewerbliche Nutzung", "Usage professionnel"),
            ],
            {0, 2},
            8.5,
        )
        y += 16
        sign_box(
            fp,
            s,
            m,
            y + 10,
            200,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            crew("owner"),
            short(d + timedelta(days=rng.randint(2, 12)), home()),
        )
        pages.append(fp)
    elif r < 0.5:
        pp = Page(A4_LAND)
        lw, _lh = A4_LAND
        pp.text(
            40,
            40,
            tr(
                lg,
                f"Plan - {NOTICES[lg][k]}",
                f"Lageplan - {NOTICES[lg][k]}",
                f"Plan - {NOTICES[lg][k]}",
            ),
            "Helvetica-Bold",
            11,
        )
        pp.rect(60, 90, lw - 120, 18, fill=0.6)
        for row in range(3):
            x0 = 90
            yy = 140 + row * 120
            pp.rect(x0, yy, lw - 200, 8, fill=0.3)
            for b in range(14):
                pp.rect(x0 + 10 + b * ((lw - 220) / 14), yy - 40, (lw - 240) / 14, 40)
                pp.rect(x0 + 10 + b * ((lw - 220) / 14), yy + 8, (lw - 240) / 14, 40)
            pp.text(x0 - 20, yy + 6, "ABC"[row], "Helvetica-Bold", 12)
        pp.rect(lw / 2 - 80, 240, 160, 60, fill=0.85)
        pp.text(
            lw / 2,
            272,
            tr(lg, "WORKS AREA", "BAUBEREICH", "ZONE DE TRAVAUX"),
            "Helvetica-Bold",
            10,
            "center",
        )
        pages.append(pp)
    elif r < 0.65:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Harbour Regulations (extract)",
                    "Hafenordnung (Auszug)",
                    "Règlement de police du port (extrait)",
                ),
                CHARTER_CLAUSES[lg][:8],
                "boat",
            )
        )
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates NNNN: insurance, trips, vouchers and incidents
# ---------------------------------------------------------------------------------------------

ENDORSEMENTS = {
    "en": [
        "Named skippers",
        "Navigation limits",
        "Commercial use - diving operations",
        "Passenger liability",
        "Laying-up period",
        "Theft of outboard motors",
        "Diving activities exclusion buy-back",
        "Equipment in the care of the insured",
        "Claims notification",
    ],
    "de": [
        "Benannte Schiffsführer",
        "Fahrtgebiet",
        "Gewerbliche Nutzung - Tauchbetrieb",
        "Passagierhaftpflicht",
        "Winterlager",
        "Diebstahl Außenborder",
        "Einschluss Tauchsport",
        "Obhutsschäden",
        "Schadenmeldung",
    ],
    "fr": [
        "Pilotes désignés",
        "Zone de navigation",
        "Usage professionnel - activités de plongée",
        "Responsabilité passagers",
        "Période d'hivernage",
        "Vol des moteurs hors-bord",
        "Rachat d'exclusion plongée",
        "Matériel confié",
        "Déclaration de sinistre",
    ],
}


def tpl_cover_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's or insurer's policy schedule: hull and machinery and passenger liability
    for the boat, or the centre's professional and public liability (instruction, guiding,
    boat diving, equipment hire): often the broker's covering letter first, the schedule with
    the sums insured and excesses, the endorsements page, and a certificate of insurance to
    display."""
    h = head_of(who, "insurer", 0.1)
    lg = h.lang
    d = some_day(rng)
    hull = keyed(who, "kind").random() < 0.55
    name, btype, loa, eng = boat()
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    pol = serial(
        rng, "AA/9999999" if lg == "en" else "99.999.999-9" if lg == "de" else "AA 9999 9999"
    )
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([0, 31]))
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            centre_lines(
                tr(
                    lg,
                    f"FAO {crew('owner')}",
                    f"z. Hd. {mx(crew('owner'), 'de')}",
                    f"À l'attention de {mx(crew('owner'), 'fr')}",
                )
            ),
            d,
            [(tr(lg, "Policy", "Versicherungsschein", "Police"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Renewal of your policy",
                "Verlängerung Ihres Versicherungsvertrags",
                "Renouvellement de votre contrat",
            ),
            1,
        )
        f.page.text(m, f.y, greet(lg, mx(crew("owner"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"We are pleased to enclose the renewal schedule for the period {day(h, start)} to {day(h, end)}. Please check the details carefully and let us know of any changes to the information you have given us.",
                f"anbei erhalten Sie den Nachtrag zu Ihrem Versicherungsschein für den Zeitraum {day(h, start)} bis {day(h, end)}. Bitte prüfen Sie die Angaben.",
                f"Nous avons le plaisir de vous adresser les conditions particulières pour la période du {day(h, start)} au {day(h, end)}. Merci de vérifier les informations.",
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "broker"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages.extend(f.pages)
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 14
    sub = tr(
        lg,
        "Commercial Craft - Hull, Machinery and Liabilities"
        if hull
        else "Diving Centre - Professional and Public Liability",
        "Wassersportkasko und Haftpflicht - gewerblich"
        if hull
        else "Berufs- und Betriebshaftpflicht Tauchschule",
        "Corps de navire et responsabilité - usage professionnel"
        if hull
        else "Responsabilité civile professionnelle - centre de plongée",
    )
    f.page.text(w / 2, f.y, sub, s.font, s.size, "center")
    f.y += 24
    info = [
        (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de police"), pol),
        (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), centre_head().name),
        (
            tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
            f"{short(start, lg)} - {short(end, lg)}",
        ),
    ]
    if hull:
        info += [
            (tr(lg, "Vessel", "Fahrzeug", "Navire"), f"{name} - {btype}"),
            ("LOA", f"{qty(loa, lg)} m"),
            (tr(lg, "Engines", "Motoren", "Moteurs"), eng),
            (
                tr(lg, "Navigation limits", "Fahrtgebiet", "Zone"),
                tr(
                    lg,
                    "UK coastal waters, not more than 20 miles from a safe haven",
                    "Ostsee, Küstengewässer bis 20 sm",
                    "Côtier, 20 milles d'un abri",
                ),
            ),
        ]
    else:
        info += [
            (
                tr(lg, "Activities", "Tätigkeiten", "Activités"),
                tr(
                    lg,
                    "Diving instruction, guided dives, boat diving, equipment hire and retail",
                    "Tauchausbildung, geführte Tauchgänge, Bootstauchen, Verleih und Verkauf",
                    "Enseignement, encadrement, plongées bateau, location et vente",
                ),
            ),
            (
                tr(lg, "Instructors", "Tauchlehrer", "Moniteurs"),
                f"{crew('instructor')}, {crew('instructor2')}, {crew('owner')}",
            ),
        ]
    f.y = pairs(f.page, s, m, f.y, info, w - m) + 8
    if hull:
        cov = [
            (
                tr(
                    lg,
                    "Hull and machinery (agreed value)",
                    "Kasko (fester Wert)",
                    "Corps et moteurs (valeur agréée)",
                ),
                rng.choice([85000, 120000, 165000, 210000]),
                rng.choice([1000, 1500, 2500]),
            ),
            (tr(lg, "Third party liability", "Haftpflicht", "Responsabilité civile"), 3000000, 0),
            (
                tr(
                    lg,
                    "Passenger liability (12 persons)",
                    "Passagierhaftpflicht (12 Pers.)",
                    "Responsabilité passagers (12 pers.)",
                ),
                5000000,
                0,
            ),
            (
                tr(
                    lg,
                    "Dive equipment on board",
                    "Tauchausrüstung an Bord",
                    "Matériel de plongée à bord",
                ),
                15000,
                250,
            ),
        ]
    else:
        cov = [
            (
                tr(
                    lg,
                    "Professional liability - any one claim",
                    "Berufshaftpflicht je Schadenfall",
                    "RC professionnelle par sinistre",
                ),
                rng.choice([2000000, 5000000, 10000000]),
                500,
            ),
            (tr(lg, "Public liability", "Betriebshaftpflicht", "RC exploitation"), 5000000, 250),
            (
                tr(lg, "Products liability (retail)", "Produkthaftpflicht", "RC produits"),
                2000000,
                250,
            ),
            (tr(lg, "Legal defence", "Rechtsschutz", "Défense recours"), 50000, 0),
        ]
    rows = [
        [
            t,
            whole(v, lg),
            whole(e, lg) if e else "-",
        ]
        for t, v, e in cov
    ]
    table(
        f,
        columns(m, w - m, [(3.6, "left"), (1.4, "right"), (1, "right")]),
        [
            tr(lg, "Section / cover", "Deckung", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
        ],
        rows,
        s,
        shade=0.86,
        rules=True,
        step=1.9,
    )
    prem = rng.choice([1850.0, 2420.0, 3180.0, 4260.0])
    f.y += 8
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
                (
                    tr(lg, "Insurance premium tax", "Versicherungsteuer 19 %", "Taxes"),
                    cash(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), lg),
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
            "Endorsements applying: see attached. " + words(rng, lg, "legal"),
            "Es gelten die beigefügten Klauseln. " + words(rng, lg, "legal"),
            "Clauses applicables : voir annexe. " + words(rng, lg, "legal"),
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 20
    sign_box(
        f.page,
        s,
        w - m - 180,
        f.y,
        180,
        tr(lg, "Signed on behalf of the insurers", "Für den Versicherer", "Pour l'assureur"),
        staff(h, "uw"),
        day(h, d),
    )
    pages.extend(f.pages)
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    f"Endorsements - policy {pol}",
                    f"Klauseln zum Versicherungsschein {pol}",
                    f"Clauses particulières - police {pol}",
                ),
                rng.sample(ENDORSEMENTS[lg], rng.randint(4, 8)),
            )
        )
    if rng.random() < 0.55:
        cp = Page(A4)
        cp.rect(30, 30, w - 60, hh - 60)
        cp.rect(34, 34, w - 68, hh - 68)
        y = 90
        cp.text(
            w / 2,
            y,
            tr(
                lg,
                "CERTIFICATE OF INSURANCE",
                "VERSICHERUNGSBESTÄTIGUNG",
                "ATTESTATION D'ASSURANCE",
            ),
            "Times-Bold",
            18,
            "center",
        )
        y += 40
        for t in [
            tr(
                lg,
                f"This is to certify that {centre_head().name}",
                f"Hiermit wird bestätigt, dass {centre_head().name}",
                f"Nous certifions que {centre_head().name}",
            ),
            tr(
                lg,
                f"holds a policy of insurance no. {pol}",
                f"unter der Nummer {pol} versichert ist",
                f"est titulaire du contrat n° {pol}",
            ),
            tr(
                lg,
                f"valid from {short(start, lg)} to {short(end, lg)}",
                f"gültig vom {short(start, lg)} bis {short(end, lg)}",
                f"valable du {short(start, lg)} au {short(end, lg)}",
            ),
            sub,
        ]:
            cp.text(w / 2, y, fit(t, "Times-Roman", 12, w - 120), "Times-Roman", 12, "center")
            y += 22
        y += 20
        for t, v, _ in cov[:3]:
            cp.text(
                w / 2,
                y,
                fit(f"{t}: {cash(v, lg)}", "Times-Roman", 10, w - 120),
                "Times-Roman",
                10,
                "center",
            )
            y += 16
        y += 40
        scrawl(cp, w / 2 - 60, y, staff(h, "uw"))
        cp.line(w / 2 - 80, y + 4, w / 2 + 80, y + 4)
        cp.text(w / 2, y + 16, h.name, "Times-Roman", 9, "center")
        cp.text(
            w / 2,
            hh - 70,
            tr(
                lg,
                "This certificate should be displayed at the premises / on board.",
                "Diese Bestätigung ist an Bord mitzuführen.",
                "Attestation à conserver à bord / à afficher dans les locaux.",
            ),
            "Times-Italic",
            9,
            "center",
        )
        pages.append(cp)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


TRIPS = {
    "en": [
        ("Red Sea liveaboard - Northern wrecks & Ras Mohammed", "MY Blue Horizon"),
        ("Gozo shore diving week", "Hotel Calypso, Marsalforn"),
        ("Isles of Scilly wreck weekend", "MV Morvoren"),
        ("Elba autumn diving", "Hotel Marciana"),
    ],
    "de": [
        ("Rotes Meer Safari - Nordtour Wracks", "MY Blue Horizon"),
        ("Elba Tauchwoche", "Hotel Marciana"),
        ("Gozo Landtauchgänge", "Hotel Calypso"),
        ("Kroatien - Kornaten", "Pension Adria"),
    ],
    "fr": [
        ("Croisière Mer Rouge - épaves du Nord", "MY Blue Horizon"),
        ("Port-Cros - week-end épaves", "Bateau Le Lavandou"),
        ("Gozo - semaine plongée du bord", "Hôtel Calypso"),
        ("Corse - Scandola", "Hôtel Le Golfe"),
    ],
}


def trips_of(h: Head) -> list[tuple[str, str]]:
    """The trips an operator sells: a resort or boat its own, a tour operator any."""
    t = TRIPS[h.lang]
    for key, k in (("Red Sea", 0), ("Gozo", 1), ("Scilly", 2), ("Port-Cros", 1)):
        if key in h.name:
            return [t[k]]
    return t


def tpl_trip_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A tour operator's or dive resort's booking confirmation for the centre's group trip:
    booking reference, group leader, dates, vessel or hotel, price per person and deposit,
    the day-by-day itinerary, now and then the rooming/cabin list on a landscape page and the
    booking conditions; operators abroad write in their own language."""
    h = head_of(who, "operator", 0.4)
    lg = h.lang
    d = some_day(rng)
    trip, base = keyed(who, "trip").choice(trips_of(h))
    dep = d + timedelta(days=rng.randint(40, 200))
    nights = rng.choice([3, 7, 7, 10])
    pax = rng.randint(6, 16)
    pp = rng.choice([690.0, 1150.0, 1390.0, 1620.0]) if nights > 3 else rng.choice([295.0, 380.0])
    leader = crew(rng.choice(["instructor", "owner", "instructor2"]))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    ref = serial(rng, "AAA-99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Booking', 'Buchung', 'Réservation')} {ref}")
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, f"Attn. {leader}", f"z. Hd. {leader}", f"À l'att. de {leader}")),
        d,
        [(tr(lg, "Booking ref.", "Buchungs-Nr.", "Réf. dossier"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "GROUP BOOKING CONFIRMATION",
            "BUCHUNGSBESTÄTIGUNG GRUPPENREISE",
            "CONFIRMATION DE RÉSERVATION GROUPE",
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
                (tr(lg, "Trip", "Reise", "Voyage"), trip),
                (tr(lg, "Vessel / hotel", "Schiff / Hotel", "Bateau / hôtel"), base),
                (
                    tr(lg, "Dates", "Reisezeitraum", "Dates"),
                    f"{short(dep, lg)} - {short(dep + timedelta(days=nights), lg)}",
                ),
                (tr(lg, "Group leader", "Gruppenleiter", "Responsable du groupe"), leader),
                (
                    tr(lg, "Participants", "Teilnehmer", "Participants"),
                    f"{pax} + 1 {tr(lg, 'FOC', 'Freiplatz', 'gratuité')}",
                ),
                (tr(lg, "Price per person", "Preis pro Person", "Prix par personne"), cash(pp, lg)),
                (
                    tr(lg, "Deposit due", "Anzahlung fällig", "Acompte dû"),
                    f"{cash(pax * pp * 0.25, lg)} - {day(h, d + timedelta(days=14))}",
                ),
            ],
            w - m,
        )
        + 8
    )
    caption(f, s, tr(lg, "Itinerary", "Reiseverlauf", "Programme"), 0)
    rows = []
    for k in range(nights + 1):
        t = tr(
            lg,
            "Arrival, check-in, briefing"
            if k == 0
            else "Departure"
            if k == nights
            else f"{rng.choice([2, 3, 3, 4])} dives - "
            + ", ".join(
                rng.sample(
                    [
                        "Thistlegorm",
                        "Abu Nuhas",
                        "Ras Mohammed",
                        "Shark Reef",
                        "Blue Hole",
                        "Inland Sea",
                        "Cathedral",
                        "Fungus Rock",
                    ],
                    2,
                )
            ),
            "Anreise, Einchecken, Briefing"
            if k == 0
            else "Abreise"
            if k == nights
            else f"{rng.choice([2, 3, 3, 4])} Tauchgänge",
            "Arrivée, installation, briefing"
            if k == 0
            else "Départ"
            if k == nights
            else f"{rng.choice([2, 3, 3, 4])} plongées",
        )
        rows.append(
            [f"{tr(lg, 'Day', 'Tag', 'Jour')} {k + 1}", short(dep + timedelta(days=k), lg), t]
        )
    table(
        f,
        columns(m, w - m, [(0.6, "left"), (0.9, "left"), (4, "left")]),
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Programme", "Programm", "Programme"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    f.y += 6
    write(
        f,
        s,
        tr(lg, "Included: ", "Inklusive: ", "Inclus : ") + words(rng, lg, "dive", 10),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Not included: flights, park fees, nitrox, tips, insurance.",
            "Nicht enthalten: Flüge, Parkgebühren, Nitrox, Trinkgelder, Versicherung.",
            "Non inclus : vols, taxes de parc, nitrox, pourboires, assurance.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sales"),
        tr(lg, "Group reservations", "Gruppenreisen", "Service groupes"),
    )
    pages = f.pages
    if rng.random() < 0.5:
        ls = paper(s, A4_LAND, margin=40, pt=8)
        lw, lh = A4_LAND
        fl = Sheets(A4_LAND, lh - 48, lambda pg, n: 40.0)
        fl.page.text(
            40,
            fl.y,
            tr(
                lg,
                f"Cabin / rooming list - {ref}",
                f"Kabinen- / Zimmerliste - {ref}",
                f"Liste des cabines - {ref}",
            ),
            ls.bold,
            11,
        )
        fl.y += 20
        rows2 = []
        names = [a_diver(rng, home()) for _ in range(pax)]
        for k, dv in enumerate(names):
            rows2.append(
                [
                    str(k // 2 + 1),
                    dv.name,
                    short(dv.born, lg),
                    rng.choice(
                        [
                            "",
                            "",
                            "vegetarian"
                            if lg == "en"
                            else "vegetarisch"
                            if lg == "de"
                            else "végétarien",
                        ]
                    ),
                    rng.choice(list(LEVELS[system()])),
                    rng.choice(["12 l", "15 l", "12 l EAN"]),
                    "",
                ]
            )
        table(
            fl,
            columns(
                40,
                lw - 40,
                [
                    (0.5, "center"),
                    (1.6, "left"),
                    (0.9, "left"),
                    (1, "left"),
                    (1.6, "left"),
                    (0.7, "center"),
                    (1.5, "left"),
                ],
            ),
            [
                tr(lg, "Cabin", "Kabine", "Cabine"),
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Born", "Geb.", "Né(e)"),
                tr(lg, "Diet", "Essen", "Régime"),
                tr(lg, "Certification", "Brevet", "Niveau"),
                tr(lg, "Tank", "Flasche", "Bloc"),
                tr(lg, "Passport no.", "Ausweis-Nr.", "N° passeport"),
            ],
            rows2,
            ls,
            rules=True,
            step=2.0,
        )
        pages.extend(fl.pages)
    if rng.random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Booking Conditions", "Reisebedingungen", "Conditions générales de vente"),
                CHARTER_CLAUSES[lg][:2] + ENDORSEMENTS[lg][3:4] + CHARTER_CLAUSES[lg][9:],
            )
        )
    received(rng, pages[0], d, 0.2)
    remember(d, extra=(ref, trip, pax, pp, dep, h.name))
    return close(pages, s, h)


def tpl_trip_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An invoice for a dive trip: the operator's deposit or balance invoice for the group
    (participants, price, payments received, balance due), or the centre's own invoice to a
    participant for the trip (a run: one per participant)."""
    ex = LAST["extra"]
    if (after(("trip_booking",)) and isinstance(ex, tuple)) or rng.random() < 0.45:
        h = head_of(who, "operator", 0.4)
        lg = h.lang
        if after(("trip_booking",)) and isinstance(ex, tuple):
            ref, trip, pax, pp, dep, _ = ex
        else:
            trip = keyed(who, "trip").choice(trips_of(h))[0]
            ref, pax, pp, dep = (
                serial(rng, "AAA-99999"),
                rng.randint(6, 14),
                rng.choice([690.0, 1150.0, 1390.0]),
                some_day(rng) + timedelta(days=60),
            )
        d = last_day(rng, ("trip_booking",), (0, 4))
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        no = serial(rng, "99999")
        f = sheets(s, h)
        f.page.text(
            w - m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5, "right"
        )
        f.y += 14
        recipient(
            f,
            s,
            h,
            centre_lines(),
            d,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Booking", "Buchung", "Dossier"), str(ref)),
            ],
        )
        bal = rng.random() < 0.4
        gross = int(pax) * float(pp)  # type: ignore[arg-type]
        rows = [
            [
                f"{trip} - {tr(lg, 'dep.', 'Abreise', 'départ')} {short(dep, lg)}",
                f"{pax}",
                money(float(pp), lg),
                money(gross, lg),
            ]
        ]  # type: ignore[arg-type]
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]),
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                "Pax",
                tr(lg, "Price", "Preis", "Prix"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
        )
        f.y += 6
        items = [(tr(lg, "Total trip price", "Reisepreis gesamt", "Prix total"), gross)]
        if bal:
            items += [
                (
                    tr(lg, "Less deposit received", "abzgl. Anzahlung", "Acompte reçu"),
                    -gross * 0.25,
                ),
                (tr(lg, "Balance due", "Restzahlung", "Solde dû"), gross * 0.75),
            ]
        else:
            items += [
                (tr(lg, "Deposit due (25%)", "Anzahlung (25 %)", "Acompte (25 %)"), gross * 0.25)
            ]
        f.y = pairs(f.page, s, w * 0.45, f.y, [(t, cash(v, lg)) for t, v in items], w - m) + 6
        write(
            f,
            s,
            tr(
                lg,
                f"Due by {day(h, d + timedelta(days=14 if not bal else 30))}. "
                + ("Tour operator margin scheme - no VAT shown." if lg == "en" else ""),
                f"Fällig bis {day(h, d + timedelta(days=14))}. Sonderregelung für Reisebüros, § 25 UStG - keine gesonderte Umsatzsteuer.",
                f"Échéance : {day(h, d + timedelta(days=14))}. TVA sur la marge - art. 266-1-e du CGI.",
            ),
            s.size - 1,
        )
        f.y = max(f.y, hh - m - 120)
        write(
            f,
            s,
            f"IBAN {serial(rng, 'AA99 9999 9999 9999 9999 99')}  BIC {serial(rng, 'AAAAAA9A')}",
            s.size - 1.5,
        )
        received(rng, f.pages[0], d, 0.3)
        remember(d, extra=ex if isinstance(ex, tuple) else None)
        return close(f.pages, s, h)
    c = centre_head()
    lg = c.lang
    dv = a_diver(rng)
    d = some_day(rng)
    trip = keyed(who, "ctrip").choice(TRIPS[lg])[0]
    s = style_of(c, A4 if rng.random() < 0.7 else A5, pt=0)
    if s.page_size == A5:
        s = style_of(c, A5, margin=36, pt=8)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, c)
    no = f"{d.year % 100}{rng.randint(1000, 9999)}"
    recipient(
        f, s, c, diver_lines(dv), d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)]
    )
    caption(
        f, s, tr(lg, f"Dive trip: {trip}", f"Tauchreise: {trip}", f"Sortie plongée : {trip}"), 0
    )
    price = rng.choice([295.0, 380.0, 1150.0, 1390.0, 1620.0])
    rows = [[tr(lg, "Trip price", "Reisepreis", "Prix du voyage"), cash(price, lg)]]
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Nitrox package", "Nitrox-Paket", "Forfait nitrox"),
                cash(rng.choice([45.0, 60.0, 75.0]), lg),
            ]
        )
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Equipment hire", "Leihausrüstung", "Location matériel"),
                cash(rng.choice([80.0, 120.0]), lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
    )
    paid = rng.choice([0.0, 150.0, 250.0])
    if paid:
        write(
            f,
            s,
            tr(
                lg,
                f"Deposit received: {cash(paid, lg)}",
                f"Anzahlung erhalten: {cash(paid, lg)}",
                f"Acompte reçu : {cash(paid, lg)}",
            ),
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Balance payable 6 weeks before departure.",
            "Restzahlung 6 Wochen vor Abreise fällig.",
            "Solde à régler 6 semaines avant le départ.",
        ),
        s.size - 1,
    )
    remember(d, dv)
    return close(f.pages, s, c, numbers="none")


VOUCHER_FOR = {
    "en": [
        "Try Dive in the pool",
        "PADI Open Water Diver course",
        "Two boat dives incl. equipment",
        "Nitrox course",
        "Value voucher",
    ],
    "de": [
        "Schnuppertauchen im Hallenbad",
        "Open Water Diver Kurs",
        "Zwei Bootstauchgänge inkl. Ausrüstung",
        "Nitrox-Kurs",
        "Wertgutschein",
    ],
    "fr": [
        "Baptême de plongée",
        "Formation Niveau 1",
        "Deux plongées bateau avec matériel",
        "Formation Nitrox",
        "Bon d'achat",
    ],
}
VOUCHER_VALUE = [49.0, 495.0, 130.0, 195.0, 0.0]


def tpl_gift_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a gift voucher the centre sold: a landscape DL or A6 card or an A5
    sheet with a counterfoil, voucher number, experience or value, purchaser and recipient,
    validity, the issuer's signature and the paid stamp."""
    c = centre_head()
    lg = c.lang
    d = some_day(rng)
    size = keyed(who, "vsize").choice([DL_LAND, A6_LAND, A5, A5_LAND])
    s = style_of(c, size, margin=22 if size != A5 else 34, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    k = rng.randrange(5)
    value = VOUCHER_VALUE[k] or rng.choice([25.0, 50.0, 75.0, 100.0, 150.0])
    no = f"{tr(lg, 'GV', 'GS', 'BC')}-{d.year % 100}{rng.randint(100, 999)}"
    buyer = a_diver(rng)
    to = rng.choice(FIRSTS[lg])
    p.rect(6, 6, w - 12, hh - 12)
    waves(p, 14, hh - 18, w - 28, 2)
    stub = size in (A5, A5_LAND) and rng.random() < 0.7
    x0, x1 = m, w - m
    if stub:
        sx = w * 0.28 if w > hh else m
        if w > hh:
            for yy in range(10, int(hh) - 10, 9):
                p.line(sx, yy, sx, yy + 5)
            p.text(m, m + 10, tr(lg, "Counterfoil", "Kontrollabschnitt", "Talon"), s.bold, 8)
            for j, (lab, val) in enumerate(
                [
                    (tr(lg, "No.", "Nr.", "N°"), no),
                    (tr(lg, "Sold", "Verkauft", "Vendu"), short(d, lg)),
                    (tr(lg, "Buyer", "Käufer", "Acheteur"), buyer.name),
                    (tr(lg, "Value", "Wert", "Valeur"), cash(value, lg)),
                    (tr(lg, "Paid", "Bezahlt", "Payé"), rng.choice(["Visa", "EC", "cash", "CB"])),
                ]
            ):
                p.text(m, m + 30 + j * 22, lab, s.font, 6.5)
                hand(p, m, m + 40 + j * 22, val, 8, sx - m - 6)
            x0 = sx + 14
        else:
            slip_rule(
                p,
                m,
                w - m,
                hh - 120,
                tr(lg, "Counterfoil - keep", "Kontrollabschnitt", "Talon à conserver"),
            )
            hand(
                p,
                m,
                hh - 96,
                f"{no}  {short(d, lg)}  {buyer.name}  {cash(value, lg)}",
                8.5,
                w - 2 * m,
            )
    top = m + 8
    p.text((x0 + x1) / 2, top, c.name, s.bold, shrink(c.name, s.bold, 11, x1 - x0), "center")
    p.text(
        (x0 + x1) / 2,
        top + 26,
        tr(lg, "GIFT VOUCHER", "GESCHENKGUTSCHEIN", "BON CADEAU"),
        "Times-Bold",
        shrink("GESCHENKGUTSCHEIN", "Times-Bold", 20, x1 - x0),
        "center",
    )
    y = top + 48
    for lab, val in [
        (tr(lg, "For", "Für", "Pour"), to),
        (tr(lg, "Experience", "Leistung", "Prestation"), VOUCHER_FOR[lg][k]),
        (tr(lg, "Value", "Wert", "Valeur"), cash(value, lg)),
        (tr(lg, "From", "Von", "De la part de"), buyer.first),
    ]:
        p.text(x0, y, f"{lab}:", s.font, 8)
        hand(p, x0 + 62, y, val, 9.5, x1 - x0 - 64)
        p.line(x0 + 60, y + 3, x1, y + 3)
        y += 16
    p.text(
        x0,
        min(y + 6, hh - 34),
        f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}   {tr(lg, 'Valid until', 'Gültig bis', 'Valable jusqu au')} {short(date(d.year + 1, d.month, min(d.day, 28)), lg)}",
        s.font,
        7,
    )
    scrawl(p, x1 - 90, min(y + 22, hh - 20), crew(rng.choice(["shop", "owner"])), 10)
    if rng.random() < 0.5:
        stamp(p, x0 + (x1 - x0) * 0.4, hh - 58, [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d, lg)])
    remember(d)
    return [p]


def profile(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    rng: random.Random,
    depth: int,
    minutes: int,
    lg: str,
) -> None:
    """A dive computer's depth profile printout: axes, grid and the depth line."""
    p.rect(x, y, w, h)
    for k in range(1, 5):
        p.line(x, y + h * k / 5, x + w, y + h * k / 5)
        p.text(x - 4, y + h * k / 5 + 3, f"{depth * k // 5} m", "Helvetica", 6, "right")
    for k in range(0, minutes + 1, 10):
        p.text(x + w * k / minutes, y + h + 10, f"{k}'", "Helvetica", 6, "center")
    pts = [(0.0, 0.0)]
    t = 2.0
    dd = depth * 0.9
    pts.append((t, dd))
    while t < minutes * 0.6:
        t += rng.uniform(2, 5)
        dd = max(depth * 0.5, min(depth, dd + rng.uniform(-4, 3)))
        pts.append((t, dd))
    fast = rng.random() < 0.5
    pts.append((t + (1.0 if fast else 4.0), 5.0 if not fast else 0.0))
    if not fast:
        pts += [(t + 7, 5.0), (t + 8, 0.0)]
    for (t1, d1), (t2, d2) in itertools.pairwise(pts):
        p.line(
            x + w * min(t1, minutes) / minutes,
            y + h * d1 / depth,
            x + w * min(t2, minutes) / minutes,
            y + h * d2 / depth,
        )
    if fast:
        p.text(
            x + w * t / minutes + 6,
            y + 12,
            tr(lg, "ASCENT RATE!", "AUFSTIEG ZU SCHNELL!", "VITESSE DE REMONTÉE !"),
            "Helvetica-Bold",
            7,
        )


def tpl_dive_incident(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's incident report as the owner files it: the report form (date, site, boat,
    conditions, persons, tick boxes for the nature of the incident, oxygen given, emergency
    services), the narrative and actions page, usually a witness statement written by hand
    on lined paper, and often the dive computer's profile printout."""
    c = centre_head()
    lg = c.lang
    d = some_day(rng)
    dv = a_diver(rng)
    s = style_of(c, A4)
    w, hh = A4
    m = s.margin
    name = boat()[0]
    pages: list[Page] = []
    p = Page(A4)
    y = heading(p, s, c)
    p.text(
        m,
        y,
        tr(
            lg,
            "DIVING INCIDENT REPORT",
            "UNFALL- / ZWISCHENFALLBERICHT",
            "RAPPORT D'INCIDENT DE PLONGÉE",
        ),
        s.bold,
        s.size + 4,
    )
    p.text(w - m, y, tr(lg, "CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"), s.bold, s.size, "right")
    y += 18
    depth = rng.choice([12, 18, 24, 28, 32])
    mins = rng.choice([35, 42, 48, 55])
    y = band(p, s, y, tr(lg, "1. When and where", "1. Zeit und Ort", "1. Date et lieu"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(9, 16)}:{rng.choice(['05', '20', '35', '50'])}",
            ),
            (tr(lg, "Site", "Tauchplatz", "Site"), rng.choice(SITES[lg])),
            (tr(lg, "Boat / shore", "Boot / Land", "Bateau / bord"), name),
            (tr(lg, "Max. depth", "Max. Tiefe", "Prof. max"), f"{depth} m"),
            (tr(lg, "Dive time", "Tauchzeit", "Durée"), f"{mins} min"),
        ],
        per=3,
    )
    y = band(p, s, y, tr(lg, "2. Conditions", "2. Bedingungen", "2. Conditions"))
    y += 12
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Calm", "Ruhig", "Calme"),
            tr(lg, "Choppy", "Kabbelig", "Agitée"),
            tr(lg, "Rough", "Rau", "Forte"),
            tr(lg, "Current", "Strömung", "Courant"),
            tr(lg, "Poor visibility", "Schlechte Sicht", "Mauvaise visibilité"),
            tr(lg, "Cold", "Kalt", "Froid"),
        ],
        set(rng.sample(range(6), 2)),
        8,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "3. Person(s) involved", "3. Beteiligte Person(en)", "3. Personne(s) concernée(s)"),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), dv.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(dv.born, lg)),
            (tr(lg, "Certification", "Brevet", "Niveau"), rng.choice(LEVELS[system()])),
            (
                tr(lg, "Buddy / guide", "Buddy / Guide", "Binôme / guide"),
                crew(rng.choice(["instructor", "instructor2"])),
            ),
        ],
    )
    y = band(
        p, s, y, tr(lg, "4. Nature of incident", "4. Art des Vorfalls", "4. Nature de l'incident")
    )
    y += 12
    kinds = [
        tr(lg, "Rapid ascent", "Unkontrollierter Aufstieg", "Remontée rapide"),
        tr(lg, "Out of air", "Luftmangel", "Panne d'air"),
        tr(lg, "DCI symptoms", "DCS-Symptome", "Symptômes ADD"),
        tr(lg, "Ear / sinus", "Ohr / NNH", "Oreille / sinus"),
        tr(lg, "Injury on boat", "Verletzung an Bord", "Blessure à bord"),
        tr(lg, "Lost diver", "Vermisster Taucher", "Plongeur perdu"),
        tr(lg, "Equipment failure", "Ausrüstungsversagen", "Défaillance matériel"),
        tr(lg, "Seasickness", "Seekrankheit", "Mal de mer"),
    ]
    on = set(rng.sample(range(8), rng.randint(1, 2)))
    y = ticks(p, s, m, y, w - 2 * m, kinds, on, 8)
    y = band(p, s, y, tr(lg, "5. Actions", "5. Maßnahmen", "5. Mesures prises"))
    y += 12
    o2 = rng.random() < 0.6
    acts = ({0} if o2 else set()) | set(rng.sample(range(1, 5), rng.randint(0, 2)))
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Oxygen administered", "Sauerstoff gegeben", "Oxygène administré"),
            tr(lg, "Coastguard / VHF 16", "Seenotleitung / Kanal 16", "CROSS / VHF 16"),
            tr(lg, "Ambulance", "Rettungsdienst", "SAMU"),
            tr(lg, "Chamber", "Druckkammer", "Caisson"),
            tr(lg, "DAN hotline", "DAN-Hotline", "DAN"),
        ],
        acts,
        8,
    )
    if o2:
        hand(
            p,
            m,
            y + 6,
            tr(
                lg,
                f"O2 from {rng.randint(10, 15)}:{rng.randint(10, 59)} to {rng.randint(16, 17)}:{rng.randint(10, 59)}, 15 l/min non-rebreather",
                f"O2 von {rng.randint(10, 15)}:{rng.randint(10, 59)} bis {rng.randint(16, 17)}:{rng.randint(10, 59)}, 15 l/min Maske",
                f"O2 de {rng.randint(10, 15)}h{rng.randint(10, 59)} à {rng.randint(16, 17)}h{rng.randint(10, 59)}, 15 l/min",
            ),
            9,
            w - 2 * m,
        )
    pages.append(p)
    q = Page(A4)
    y = m
    q.text(
        m,
        y,
        tr(lg, "6. Account of the incident", "6. Hergang", "6. Déroulement des faits"),
        s.bold,
        s.size + 1,
    )
    y += 16
    y = hand_lines(
        q,
        m,
        y,
        w - 2 * m,
        " ".join(words(rng, lg, "dive", 14) for _ in range(rng.randint(4, 8))),
        14,
    )
    q.text(
        m,
        y + 4,
        tr(lg, "7. Outcome / follow-up", "7. Ausgang / weiteres Vorgehen", "7. Suites"),
        s.bold,
        s.size + 1,
    )
    y += 20
    y = hand_lines(
        q,
        m,
        y,
        w - 2 * m,
        (
            [
                tr(
                    lg,
                    "Diver released from hospital same evening, no symptoms.",
                    "Taucher am selben Abend entlassen, beschwerdefrei.",
                    "Plongeur sorti de l'hôpital le soir même, sans séquelles.",
                ),
                tr(
                    lg,
                    "Two treatments in chamber, full recovery. Insurer informed.",
                    "Zwei Druckkammerbehandlungen, vollständige Genesung. Versicherung informiert.",
                    "Deux séances de caisson, récupération complète. Assureur informé.",
                ),
            ]
        )[3 in acts],
        4,
    )
    y += 20
    sign_box(
        q,
        s,
        m,
        y,
        190,
        tr(lg, "Reported by", "Erstellt von", "Rédigé par"),
        crew(rng.choice(["instructor", "instructor2", "skipper"])),
        short(d + timedelta(days=rng.randint(0, 2)), lg),
    )
    sign_box(
        q,
        s,
        w - m - 190,
        y,
        190,
        tr(lg, "Centre manager", "Basisleitung", "Directeur du centre"),
        crew("owner"),
        short(d + timedelta(days=rng.randint(1, 4)), lg),
    )
    pages.append(q)
    if rng.random() < 0.65:
        wp = Page(A4)
        wit = a_diver(rng)
        wp.text(
            m, m, tr(lg, "Witness statement", "Zeugenaussage", "Témoignage"), s.bold, s.size + 2
        )
        hand(wp, m, m + 22, f"{wit.name}, {wit.phone}", 10)
        y = m + 44
        for k in range(int((hh - y - m) / 20)):
            wp.line(m, y + k * 20 + 4, w - m, y + k * 20 + 4)
        text = " ".join(words(rng, lg, "dive", 12) for _ in range(rng.randint(4, 9)))
        for k, ln in enumerate(wrap(text, HAND, 10, w - 2 * m - 10)):
            wp.text(m + 3, y + k * 20, ln, HAND, 10)
        last = y + (len(wrap(text, HAND, 10, w - 2 * m - 10)) + 1) * 20
        scrawl(wp, m + 10, last + 10, wit.name)
        hand(wp, m + 200, last + 10, short(d, lg), 10)
        pages.append(wp)
    if rng.random() < 0.55:
        pr = Page(A4_LAND if rng.random() < 0.5 else A4)
        pw, ph = pr.size
        pr.text(
            40,
            40,
            f"{rng.choice(['Shearwater Cloud', 'Suunto app', 'Garmin Dive', 'Subsurface 5.0'])} - {tr(lg, 'Dive', 'Tauchgang', 'Plongée')} #{rng.randint(12, 900)}",
            "Helvetica-Bold",
            10,
        )
        pr.text(
            40,
            54,
            f"{short(d, lg)}  {dv.name}  Max {depth} m  {mins} min  {rng.randint(8, 19)} C",
            "Helvetica",
            8,
        )
        profile(pr, 70, 80, pw - 120, ph * 0.45, rng, depth + 5, mins + 5, lg)
        pr.text(
            40,
            80 + ph * 0.45 + 40,
            fit(
                f"{tr(lg, 'Gas', 'Gas', 'Gaz')}: {rng.choice(['Air', 'EAN32'])}  GF 40/85  {tr(lg, 'Start', 'Start', 'Début')} 200 bar  {tr(lg, 'End', 'Ende', 'Fin')} {rng.randint(30, 90)} bar  CNS {rng.randint(2, 18)}%",
                "Helvetica",
                8,
                pw - 80,
            ),
            "Helvetica",
            8,
        )
        pages.append(pr)
    remember(d, dv)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same diver or order."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "enrolment": tpl_enrolment,
    "medical_evaluation": tpl_medical_evaluation,
    "cert_confirmation": tpl_cert_confirmation,
    "pro_renewal": tpl_pro_renewal,
    "charter_agreement": tpl_charter_agreement,
    "skipper_licence": tpl_skipper_licence,
    "air_quality": tpl_air_quality,
    "cylinder_test": tpl_cylinder_test,
    "visual_inspection": tpl_visual_inspection,
    "gear_delivery": tpl_gear_delivery,
    "gear_invoice": tpl_gear_invoice,
    "kit_hire": tpl_kit_hire,
    "kit_damage": tpl_kit_damage,
    "marina_invoice": tpl_marina_invoice,
    "marina_letter": tpl_marina_letter,
    "cover_schedule": tpl_cover_schedule,
    "trip_booking": tpl_trip_booking,
    "trip_invoice": tpl_trip_invoice,
    "gift_voucher": tpl_gift_voucher,
    "dive_incident": tpl_dive_incident,
}
TEMPLATES_NNNN: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "enrolment",
    "cert_confirmation",
    "visual_inspection",
    "gear_delivery",
    "gear_invoice",
    "kit_hire",
    "marina_invoice",
    "trip_invoice",
    "gift_voucher",
    "air_quality",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "enrolment": "medical_evaluation",
    "gear_delivery": "gear_invoice",
    "kit_hire": "kit_damage",
    "trip_booking": "trip_invoice",
    "charter_agreement": "skipper_licence",
    "marina_letter": "marina_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_salver_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One dive centre's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    centre (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CENTRE["lang"] = lang
    CENTRE["row"] = r.randrange(len(CENTRES[lang]))
    CENTRE["seed"] = r.getrandbits(24)
    CENTRE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, diver=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_NNNN, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_salver_stream, "templates NNNN")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

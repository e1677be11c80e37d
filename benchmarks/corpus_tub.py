"""Tub part of the generated corpus: templates OO, written blind for the next measurement.

A part of its own, ``tub``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a marina
with its own boatyard (on the south coast of England, the German Baltic coast or in Brittany)
feeds through its scanner: the marina's berthing licence invoices to its berth holders (a
Rechnung über die Liegeplatzmiete, a facture de contrat d'amodiation), haul-out, pressure-wash
and winter storage invoices of the yard, engine service reports of marine engineers with their
checklists, hull and pre-purchase survey reports (Wertgutachten, rapport d'expertise) with
photo sheets, craft insurance certificates with their schedules, harbour dues accounts (a
Hafengeldbescheid, a titre de perception for a mooring licence), notices to mariners
(Bekanntmachung für Seefahrer, avis aux navigateurs) with chartlets, fuel dock till receipts,
chandlery suppliers' invoices and delivery notes, sailing club membership renewals with the
renewal form, divers' mooring inspection reports, bills of sale (Kaufvertrag, acte de vente),
brokers' sale agreements with the particulars sheet, thorough examination reports of the
travel hoist, the mast crane and the slings (LOLER, Prüfbericht, VGP), waste oil and bilge
water collection notes, berth allocation letters with the pontoon plan, staff timesheets and
customs letters about imported yachts (VAT paid status, Einfuhrabgaben, DAFN). Each stream is
one marina's pile: the marina (country, name, berth holders and their boats, month) is drawn
once per stream; the marina's own papers, its harbour authority, customs office, club, fuel
berth, divers, lifting inspectors and waste collectors are of its country and write in its
language; surveyors, insurers, chandlers and brokers are English, German or French and each
writes in its own language. Page sizes range from narrow fuel receipts and A5 delivery notes
and mooring reports to A4, Letter and landscape A4 (timesheets, pontoon plans).

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms and conditions page behind a berthing invoice; the job sheet behind a yard invoice; the
checklist pages and parts list of an engine service report; the cover sheet, the findings, the
moisture readings and the photo sheets of a survey report; the schedule and the summary of
cover behind an insurance certificate and the insurer's covering letter in front of it; the
payment slip and the appeal instructions of a harbour dues account; the chartlet of a notice to
mariners; the terms page of a chandlery invoice; the renewal form behind the club's letter; the
witness page of a bill of sale; the terms and the particulars sheet of a sale agreement; the
defects page of a thorough examination report; the pontoon plan behind a berth allocation
letter; the calculation annex and the appeal page of a customs letter. Related papers are
documents of their own: every fuel receipt, delivery note, mooring report, examination report,
waste note, timesheet and harbour dues account; the chandler's invoice after its delivery note,
the bill of sale after the sale agreement, the insurance certificate after the survey, the
berthing invoice after the allocation letter, the engine report after the yard invoice, the
harbour dues account after a notice to mariners and the customs letter after a bill of sale.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: fuel receipts, delivery notes,
mooring reports, examination reports, waste notes, timesheets and harbour dues accounts often
come 2-4 in a row from one sender with other dates, numbers, boats and amounts; and companions:
each related paper above often follows the document it belongs with, about the same boat or
order, from the same sender (the chandler, the broker, the marina) or from another. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "tub"`` and seeds offset by 4_000_000.

Usage: ``python benchmarks/corpus_tub.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tub/tub_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
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
    currency,
    day,
    dear,
    fields,
    fit,
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
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import (
    hand as scribble,
)

PART = "tub"
SEED_OFFSET = 4_000_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# Who writes: the marina of the stream and the firms around it
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone

MARINAS: dict[str, list[Row]] = {
    "en": [
        (
            "Itchen Ferry Marina Ltd",
            "Marina Office, Ferry Hard",
            "Southampton SO19 9HG",
            "023 8044 7712",
        ),
        (
            "Penrose Quay Marina & Boatyard",
            "North Quay, Commercial Road",
            "Penryn TR10 8AE",
            "01326 377 140",
        ),
    ],
    "de": [
        ("Marina Schleimünde GmbH & Co. KG", "Am Südhafen 12", "24376 Kappeln", "04642 91 77 0"),
        ("Yachthafen Wendtorf Service GmbH", "Strandstraße 30", "24235 Wendtorf", "04343 49 61 0"),
    ],
    "fr": [
        ("Marina du Ponant SAS", "Quai Saint-Ivy", "56470 La Trinité-sur-Mer", "02 97 55 71 40"),
        (
            "Port Kerhellec Plaisance SPL",
            "Capitainerie, quai des Thoniers",
            "29900 Concarneau",
            "02 98 97 57 96",
        ),
    ],
}
#: Senders tied to the marina's place: the row of the same index as the marina (else the first).
LOCAL_ROWS: dict[str, dict[str, list[Row]]] = {
    "authority": {
        "en": [
            (
                "Southampton Water Harbour Authority",
                "Harbour Office, Town Quay",
                "Southampton SO14 2AQ",
                "023 8033 0022",
            ),
            (
                "Penryn River Harbour Commissioners",
                "Harbour Office, Exchequer Quay",
                "Penryn TR10 8BA",
                "01326 372 940",
            ),
        ],
        "de": [
            (
                "Stadt Kappeln - Der Bürgermeister - Hafenamt",
                "Reeperbahn 2",
                "24376 Kappeln",
                "04642 183 40",
            ),
            (
                "Amt Probstei - Gemeinde Wendtorf, Hafenverwaltung",
                "Knüll 4",
                "24217 Schönberg (Holstein)",
                "04344 306 0",
            ),
        ],
        "fr": [
            (
                "Direction départementale des territoires et de la mer du Morbihan",
                "1 allée du Général Le Troadec",
                "56019 Vannes Cedex",
                "02 97 68 12 00",
            ),
            (
                "Direction départementale des territoires et de la mer du Finistère",
                "2 boulevard du Finistère",
                "29325 Quimper Cedex",
                "02 98 76 52 00",
            ),
        ],
    },
    "notices": {
        "en": [
            (
                "Southampton Water Harbour Authority",
                "Harbour Master, Town Quay",
                "Southampton SO14 2AQ",
                "023 8033 0022",
            ),
            (
                "Penryn River Harbour Commissioners",
                "Harbour Master, Exchequer Quay",
                "Penryn TR10 8BA",
                "01326 372 940",
            ),
        ],
        "de": [
            (
                "Wasserstraßen- und Schifffahrtsamt Ostsee",
                "Moltkeplatz 17",
                "23566 Lübeck",
                "0451 6208 0",
            ),
        ],
        "fr": [
            (
                "Préfecture maritime de l'Atlantique - Division action de l'Etat en mer",
                "Quai du Commandant Malbert",
                "29240 Brest Cedex 9",
                "02 98 22 11 63",
            ),
        ],
    },
    "customs": {
        "en": [
            (
                "HM Revenue & Customs - National Yachtline",
                "Custom House, Lower Thames Street",
                "London EC3R 6EE",
                "0300 123 2012",
            ),
        ],
        "de": [
            ("Hauptzollamt Kiel", "Kronshagener Weg 105", "24116 Kiel", "0431 200 8 0"),
        ],
        "fr": [
            (
                "Direction régionale des douanes de Bretagne - Bureau de Lorient",
                "Quai des Indes",
                "56100 Lorient",
                "09 70 27 37 00",
            ),
            (
                "Direction régionale des douanes de Bretagne - Bureau de Concarneau",
                "Quai Carnot",
                "29900 Concarneau",
                "09 70 27 37 40",
            ),
        ],
    },
    "club": {
        "en": [
            ("Itchen Ferry Sailing Club", "The Clubhouse, Ferry Hard", "Southampton SO19 9HG", ""),
            ("Penryn River Sailing Club", "Clubhouse, Church Road", "Penryn TR10 8DA", ""),
        ],
        "de": [
            ("Segel-Club Schlei e.V.", "Am Südhafen 14", "24376 Kappeln", ""),
            ("Kieler Yacht-Verein Wendtorf e.V.", "Strandstraße 34", "24235 Wendtorf", ""),
        ],
        "fr": [
            (
                "Société Nautique de La Trinité-sur-Mer",
                "Cours des Quais",
                "56470 La Trinité-sur-Mer",
                "02 97 55 73 48",
            ),
            ("Yacht Club de Concarneau", "Quai de la Croix", "29900 Concarneau", ""),
        ],
    },
    "fuel": {
        "en": [
            ("Quayside Marine Fuels Ltd", "Fuel Pontoon, Ferry Hard", "Southampton SO19 9HG", ""),
            ("Penryn Fuel Barge", "Exchequer Quay", "Penryn TR10 8BA", ""),
        ],
        "de": [
            ("Bootstankstelle Schleimünde - H. Meyer", "Am Südhafen 11", "24376 Kappeln", ""),
            ("Wassertankstelle Wendtorf", "Strandstraße 28", "24235 Wendtorf", ""),
        ],
        "fr": [
            (
                "Station carburant du port - Bretagne Marine Carburants",
                "Môle Caradec",
                "56470 La Trinité-sur-Mer",
                "",
            ),
            ("Avitaillement Kerhellec", "Quai des Thoniers", "29900 Concarneau", ""),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "yard": {
        "en": [
            (
                "R. Tremayne & Son, Boatbuilders",
                "The Slip, Ponsharden",
                "Falmouth TR11 2SE",
                "01326 211 480",
            ),
            ("Ferry Hard Boatyard Ltd", "Ferry Hard", "Southampton SO19 9HG", "023 8044 1230"),
        ],
        "de": [
            ("Bootswerft Möller", "Werftweg 3", "24376 Kappeln", "04642 20 55"),
            ("Yachtservice Holm GmbH", "Am Hafen 7", "24235 Wendtorf", "04343 91 40"),
        ],
        "fr": [
            (
                "Chantier Naval Le Gall Frères",
                "Zone du port, rue de Kerverde",
                "56470 La Trinité-sur-Mer",
                "02 97 55 02 18",
            ),
            ("Chantier du Moros", "Zone portuaire du Moros", "29900 Concarneau", "02 98 50 11 87"),
        ],
    },
    "engineer": {
        "en": [
            (
                "Solent Marine Engineering Ltd",
                "Unit 6, Hamble Lane Industrial Estate",
                "Southampton SO31 4NN",
                "023 8045 5261",
            ),
            ("Carrick Marine Diesel", "Unit 2, Kernick Road", "Penryn TR10 9EP", "01326 375 902"),
            ("Beacon Engine Services", "The Workshop, Quay Hill", "Lymington SO41 3AR", ""),
        ],
        "de": [
            ("Bootsmotoren Harms GmbH", "Industriestraße 21", "24376 Kappeln", "04642 40 12"),
            ("Kieler Motorenservice Schuldt", "Schwedendamm 8", "24143 Kiel", "0431 73 22 10"),
        ],
        "fr": [
            (
                "Atelier Mécanique Marine Le Bihan",
                "ZA de Kerran",
                "56470 Saint-Philibert",
                "02 97 30 04 61",
            ),
            (
                "Ouest Moteurs Marine SARL",
                "Rue Jacques Cartier",
                "29900 Concarneau",
                "02 98 97 66 12",
            ),
        ],
    },
    "surveyor": {
        "en": [
            (
                "Hartley Yacht Surveys",
                "Chandlers Yard, 4 Bath Road",
                "Cowes PO31 7QN",
                "01983 297 110",
            ),
            (
                "Marcus Venn MIIMS - Marine Surveyor",
                "Trewince Cottage, St Mawes Road",
                "Truro TR2 5AB",
                "07721 446 093",
            ),
        ],
        "de": [
            (
                "Sachverständigenbüro Dipl.-Ing. Rolf Behrens",
                "Schlossgarten 9",
                "24103 Kiel",
                "0431 55 90 71",
            ),
            (
                "Yachtgutachten Nord - Kai Ohlsen",
                "Hafenstraße 40",
                "23730 Neustadt in Holstein",
                "04561 71 80 3",
            ),
        ],
        "fr": [
            (
                "Cabinet d'expertise maritime Kerjean",
                "12 rue du Port",
                "56100 Lorient",
                "02 97 21 33 07",
            ),
            (
                "Bureau Morvan Expertises Nautiques",
                "5 quai de l'Aiguillon",
                "29200 Brest",
                "02 98 44 19 60",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Seahaven Craft Insurance Ltd",
                "Seahaven House, 40 Western Road",
                "Brighton BN1 2EB",
                "01273 777 140",
            ),
            (
                "Admiralty Mutual Yacht Underwriting",
                "3 Minster Court, Mincing Lane",
                "London EC3R 7DD",
                "020 7626 4410",
            ),
        ],
        "de": [
            ("Nordsee Yachtversicherung AG", "Ballindamm 27", "20095 Hamburg", "040 32 81 45 0"),
            (
                "Hanseatische Wassersportversicherung VVaG",
                "Am Sandtorkai 50",
                "20457 Hamburg",
                "040 36 98 20",
            ),
        ],
        "fr": [
            (
                "Mutuelle Nautique de l'Ouest",
                "8 avenue de la Perrière",
                "56100 Lorient",
                "02 97 37 44 00",
            ),
            (
                "Assurances Plaisance Atlantique",
                "22 quai Duguay-Trouin",
                "35400 Saint-Malo",
                "02 99 40 61 12",
            ),
        ],
    },
    "chandler": {
        "en": [
            ("Harbourside Chandlery Ltd", "14 Town Quay", "Southampton SO14 2AQ", "023 8022 8441"),
            (
                "Marine Supply Direct (Wholesale) Ltd",
                "Unit 11, Brunel Park",
                "Plymouth PL6 7BN",
                "01752 775 300",
            ),
        ],
        "de": [
            ("Bootsausrüstung Lütjens GmbH", "Kai 3", "24376 Kappeln", "04642 21 07"),
            ("Nautik Großhandel Nord GmbH", "Edisonstraße 14", "24145 Kiel", "0431 71 96 60"),
        ],
        "fr": [
            ("Accastillage Diffusion Bretagne", "ZA du Plessis", "56400 Auray", "02 97 24 19 40"),
            ("Comptoir Maritime Lorientais", "Rue de Kerolay", "56100 Lorient", "02 97 37 15 28"),
        ],
    },
    "diver": {
        "en": [
            (
                "Seabed Moorings & Diving Ltd",
                "Unit 3, Saxon Wharf",
                "Southampton SO14 5QF",
                "023 8063 9911",
            ),
            ("Carrick Commercial Diving", "Falmouth Wharves", "Falmouth TR11 4NR", "01326 315 622"),
        ],
        "de": [
            ("Taucherei Petersen", "Hafenspitze 1", "24376 Kappeln", "04642 56 43"),
            ("Ostsee Unterwasserservice GmbH", "Kieler Straße 112", "24235 Laboe", "04343 66 70"),
        ],
        "fr": [
            ("Scaphandriers de Bretagne Sud", "Port du Crouesty", "56640 Arzon", "02 97 53 70 27"),
            ("Atlantique Travaux Sous-Marins", "Quai Est", "29900 Concarneau", "02 98 60 48 81"),
        ],
    },
    "broker": {
        "en": [
            (
                "Clarke & Roper Yacht Brokers",
                "Brokerage Office, Ferry Hard",
                "Southampton SO19 9HG",
                "023 8044 9930",
            ),
            ("Falmouth Yacht Sales", "1 Arwenack Street", "Falmouth TR11 3JA", "01326 212 066"),
        ],
        "de": [
            ("Yachtmakler Brügge & Partner", "Am Südhafen 15", "24376 Kappeln", "04642 96 21 0"),
            ("Boot & Yacht Vermittlung Holm", "Strandweg 2", "24235 Wendtorf", "04343 42 00 7"),
        ],
        "fr": [
            (
                "Courtage Nautique du Ponant",
                "Cours des Quais",
                "56470 La Trinité-sur-Mer",
                "02 97 55 81 62",
            ),
            ("Bretagne Yachting Courtage", "Quai Carnot", "29900 Concarneau", "02 98 97 04 38"),
        ],
    },
    "lifting": {
        "en": [
            (
                "Wessex Lifting Inspection Services Ltd",
                "Unit 8, Mill Lane",
                "Romsey SO51 8EQ",
                "01794 512 770",
            ),
            (
                "Cornwall Plant & Lifting Inspection",
                "Threemilestone Ind. Estate",
                "Truro TR4 9LD",
                "01872 240 551",
            ),
        ],
        "de": [
            (
                "Prüfdienst Nord GmbH - Sachverständige für Hebetechnik",
                "Wittland 4",
                "24109 Kiel",
                "0431 52 38 90",
            ),
            (
                "Ingenieurbüro Kranprüfung Janssen",
                "Gewerbering 12",
                "24837 Schleswig",
                "04621 30 77 0",
            ),
        ],
        "fr": [
            (
                "Contrôle & Prévention Ouest SAS",
                "Parc d'activités de Keriel",
                "56100 Lorient",
                "02 97 84 30 20",
            ),
            (
                "Veritec Inspection Levage",
                "14 rue Louis Pasteur",
                "29000 Quimper",
                "02 98 55 61 03",
            ),
        ],
    },
    "waste": {
        "en": [
            (
                "Southern Oils Recovery Ltd",
                "Marchwood Industrial Park",
                "Southampton SO40 4PB",
                "023 8086 1100",
            ),
            (
                "Kernow Waste Oil Services",
                "Unit 5, Ponsanooth Road",
                "Penryn TR10 8PR",
                "01326 340 918",
            ),
        ],
        "de": [
            ("Altöl-Entsorgung Nord GmbH", "Am Ölhafen 6", "24148 Kiel", "0431 72 70 0"),
            ("Schleswiger Umweltdienste GmbH", "Hesterberg 33", "24837 Schleswig", "04621 99 45 0"),
        ],
        "fr": [
            ("Ecovidange Bretagne", "ZI de Kerpont", "56850 Caudan", "02 97 76 41 90"),
            (
                "Collecte Huiles Usagées Atlantique",
                "Route de Rosporden",
                "29000 Quimper",
                "02 98 90 12 45",
            ),
        ],
    },
}
LOCAL = ("marina", *LOCAL_ROWS)
#: Senders that may be of another country, and the odds that they are of the marina's.
ABROAD = {"surveyor": 0.85, "insurer": 0.5, "chandler": 0.65, "broker": 0.75}

FIRSTS = {
    "en": [
        "Gareth",
        "Helen",
        "Simon",
        "Fiona",
        "Mark",
        "Rachel",
        "Tom",
        "Claire",
        "Nick",
        "Jo",
        "Andrew",
        "Beth",
        "Callum",
        "Sarah",
        "Pete",
        "Lucy",
        "Ian",
        "Debbie",
        "Robin",
        "Anna",
    ],
    "de": [
        "Jörn",
        "Birte",
        "Sönke",
        "Kirsten",
        "Hauke",
        "Meike",
        "Frank",
        "Anke",
        "Lars",
        "Imke",
        "Torsten",
        "Silke",
        "Uwe",
        "Heike",
        "Jan",
        "Maren",
        "Dirk",
        "Wiebke",
    ],
    "fr": [
        "Yann",
        "Gwenaëlle",
        "Loïc",
        "Maïwenn",
        "Erwan",
        "Anne",
        "Pierre",
        "Soizic",
        "Ronan",
        "Nolwenn",
        "Jean-Yves",
        "Catherine",
        "Tanguy",
        "Marine",
        "Hervé",
        "Sophie",
    ],
}
LASTS = {
    "en": [
        "Pascoe",
        "Whitfield",
        "Trevithick",
        "Hammond",
        "Oakley",
        "Penhaligon",
        "Carver",
        "Dunstan",
        "Marshall",
        "Rowe",
        "Fenwick",
        "Ashby",
        "Kellow",
        "Prideaux",
        "Blake",
        "Harcourt",
    ],
    "de": [
        "Petersen",
        "Hansen",
        "Jessen",
        "Thomsen",
        "Clausen",
        "Nissen",
        "Brodersen",
        "Carstensen",
        "Lorenzen",
        "Schröder",
        "Jacobsen",
        "Paulsen",
        "Ketelsen",
        "Asmussen",
    ],
    "fr": [
        "Le Goff",
        "Le Bihan",
        "Guillou",
        "Tanguy",
        "Morvan",
        "Kerjean",
        "Le Floch",
        "Riou",
        "Cadiou",
        "Le Roux",
        "Bouvier",
        "Quéré",
        "Jaouen",
        "Le Gall",
        "Le Meur",
    ],
}
FEMALE = set(
    [
        "Helen",
        "Fiona",
        "Rachel",
        "Claire",
        "Jo",
        "Beth",
        "Sarah",
        "Lucy",
        "Debbie",
        "Anna",
        "Birte",
        "Kirsten",
        "Meike",
        "Anke",
        "Imke",
        "Silke",
        "Heike",
        "Maren",
        "Wiebke",
        "Gwenaëlle",
        "Maïwenn",
        "Anne",
        "Soizic",
        "Nolwenn",
        "Catherine",
        "Marine",
        "Sophie",
    ]
)

# ---------------------------------------------------------------------------------------------
# Boats and their owners
# ---------------------------------------------------------------------------------------------

# model, sail|motor, LOA m, beam m, draft m, engine, builder code for the HIN
MODELS = [
    ("Beneteau Oceanis 38.1", "sail", 11.5, 3.99, 1.98, "Yanmar 3YM30AE", "BEY"),
    ("Jeanneau Sun Odyssey 349", "sail", 10.34, 3.44, 1.98, "Yanmar 3YM20", "JEA"),
    ("Bavaria Cruiser 37", "sail", 11.3, 3.87, 1.95, "Volvo Penta D2-30", "BAV"),
    ("Hallberg-Rassy 342", "sail", 10.35, 3.41, 1.75, "Volvo Penta D1-30", "HRB"),
    ("Westerly Centaur", "sail", 7.92, 2.59, 0.91, "Beta 20", "WES"),
    ("Contessa 32", "sail", 9.75, 2.9, 1.68, "Beta 25", "JJT"),
    ("Hanse 388", "sail", 11.4, 3.88, 1.99, "Volvo Penta D2-40", "HAN"),
    ("Dufour 360 Grand Large", "sail", 10.99, 3.59, 1.9, "Volvo Penta D1-30", "DUF"),
    ("Moody 33", "sail", 10.06, 3.35, 1.45, "Bukh DV20", "MOD"),
    ("Dehler 34", "sail", 10.5, 3.37, 2.1, "Volvo Penta D1-20", "DEH"),
    ("X-Yachts X-362 Sport", "sail", 10.95, 3.4, 1.95, "Volvo Penta MD2030", "XYA"),
    ("Sadler 29", "sail", 8.84, 3.02, 1.52, "Volvo Penta MD2020", "SAD"),
    ("Etap 28i", "sail", 8.38, 2.9, 1.5, "Volvo Penta D1-13", "ETA"),
    ("Najad 355", "sail", 10.8, 3.5, 1.7, "Volvo Penta D2-40", "NAJ"),
    ("Sealine S28", "motor", 8.9, 3.0, 0.9, "Volvo Penta KAD 300", "SLN"),
    ("Fairline Targa 38", "motor", 11.9, 3.66, 1.0, "2 x Volvo Penta D6-370", "FLN"),
    ("Nimbus 305 Coupé", "motor", 9.8, 3.3, 0.85, "Volvo Penta D4-300", "NIM"),
    ("Linssen Grand Sturdy 35.0", "motor", 10.7, 3.5, 1.0, "Volvo Penta D3-110", "LIN"),
    ("Jeanneau Merry Fisher 795", "motor", 7.7, 2.99, 0.55, "Yamaha F200", "JEA"),
    ("Aquador 28 C", "motor", 8.7, 2.97, 0.8, "Volvo Penta D4-260", "AQD"),
]
BOAT_NAMES = {
    "en": [
        "Kittiwake",
        "Sea Wren",
        "Blue Heron",
        "Moonshadow",
        "Second Wind",
        "Lady Grace",
        "Curlew",
        "Tern",
        "Samphire",
        "Morwenna",
        "Spindrift",
        "Cormorant",
        "Jolie Brise II",
        "Windflower",
        "Wight Knight",
        "Serendipity",
    ],
    "de": [
        "Sturmvogel",
        "Morgenröte",
        "Odin",
        "Kleine Möwe",
        "Seeschwalbe",
        "Frieda",
        "Hummel",
        "Nordlicht",
        "Albatros",
        "Lütte Deern",
        "Windspiel",
        "Kormoran",
        "Carpe Diem",
        "Pusteblume",
    ],
    "fr": [
        "Petit Prince",
        "Ar Vag",
        "Belle-Île",
        "Korrigan",
        "Goéland",
        "Mor Braz",
        "Avel Vor",
        "Tradewind",
        "Penn Ar Bed",
        "Sterenn",
        "Armor",
        "Marie-Galante",
        "L'Hermine",
        "Gwalarn",
    ],
}
ROADS = {
    "en": ["Bursledon Road", "Station Road", "Church Lane", "Mylor Bridge", "Kimberley Park Road"],
    "de": ["Schleistraße", "Mühlenstraße", "Lindenallee", "Am Markt", "Holtenauer Straße"],
    "fr": [
        "rue du Port",
        "avenue de la Mer",
        "rue des Goélands",
        "chemin de Kerlo",
        "rue Jean Jaurès",
    ],
}
TOWNS = {
    "en": [
        "Winchester SO23 8DE",
        "Truro TR1 2HD",
        "Bath BA1 5NS",
        "Reading RG4 7SH",
        "Exeter EX4 4PJ",
        "London SW19 5AU",
    ],
    "de": [
        "22085 Hamburg",
        "24105 Kiel",
        "30161 Hannover",
        "24937 Flensburg",
        "10439 Berlin",
        "23552 Lübeck",
    ],
    "fr": [
        "56000 Vannes",
        "35000 Rennes",
        "44000 Nantes",
        "75015 Paris",
        "29200 Brest",
        "56340 Carnac",
    ],
}


@dataclass
class Boat:
    name: str
    model: str
    kind: str
    loa: float
    beam: float
    draft: float
    engine: str
    year: int
    hin: str
    reg: str
    owner: str
    lang: str
    street: str
    town: str
    berth: str


HOME: dict[str, object] = {
    "lang": "en",
    "idx": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "boats": [],
}
LAST: dict[str, object] = {"kind": "", "boat": None, "day": None, "ref": "", "goods": None}


def home() -> str:
    return str(HOME["lang"])


def marina_row() -> Row:
    rows = MARINAS[home()]
    return rows[int(str(HOME["idx"])) % len(rows)]


def boats() -> list[Boat]:
    return HOME["boats"]  # type: ignore[return-value]


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def mr(name: str, lang: str) -> str:
    """``name`` with the title a letter would give it."""
    female = name.split()[0] in FEMALE
    return (
        tr(
            lang,
            "Mrs " if female else "Mr ",
            "Frau " if female else "Herrn ",
            "Madame " if female else "Monsieur ",
        )
        + name
    )


def a_boat(r: random.Random, lang: str) -> Boat:
    model, kind, loa, beam, draft, engine, code = r.choice(MODELS)
    year = r.randint(1979 if "Westerly" in model or "Contessa" in model else 1998, 2022)
    if "Westerly" in model or "Contessa" in model or "Moody" in model or "Sadler" in model:
        year = r.randint(1976, 1992)
    flag = r.choice([lang, lang, lang, "en", "de", "fr"])
    cc = {"en": "GB", "de": "DE", "fr": "FR"}[flag]
    month = chr(65 + r.randint(0, 11))
    hin = f"{cc}-{code}{r.randint(10000, 99999)}{month}{year % 10}{(year + 1) % 100:02d}"
    if year < 1998:
        hin = ""
    reg = {
        "en": r.choice(
            [f"SSR {r.randint(100000, 199999)}", f"Part I Official No. {r.randint(900000, 929999)}"]
        ),
        "de": r.choice(
            [
                f"IBS {r.choice(['DMYV', 'DSV', 'ADAC'])} {serial(r, 'A-99999')}",
                f"Flaggenzertifikat Nr. {r.randint(1000, 9999)}/{r.randint(10, 24)}",
            ]
        ),
        "fr": f"{r.choice(['VA', 'LO', 'CC', 'BR', 'SN'])} {serial(r, 'A99999')}",
    }[flag]
    owner = person(r, lang)
    pontoon = r.choice("ABCDEFGH")
    return Boat(
        name=r.choice(BOAT_NAMES[lang] + BOAT_NAMES[r.choice(["en", "de", "fr"])]),
        model=model,
        kind=kind,
        loa=loa,
        beam=beam,
        draft=draft,
        engine=engine,
        year=year,
        hin=hin,
        reg=reg,
        owner=owner,
        lang=lang,
        street=(
            f"{r.choice(ROADS[lang])} {r.randint(1, 90)}"
            if lang == "de"
            else f"{r.randint(1, 120)} {r.choice(ROADS[lang])}"
        ),
        town=r.choice(TOWNS[lang]),
        berth=f"{pontoon}{r.randint(1, 48)}",
    )


def on(rng: random.Random, lo: int = -75, hi: int = 20) -> date:
    base = HOME["month"]
    assert isinstance(base, date)
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key`` within the stream's marina."""
    return random.Random(
        zlib.crc32(f"tub/{key}/{who.name}/{who.street}/{who.city}/{HOME['seed']}".encode())
    )


def the_boat(rng: random.Random, after: tuple[str, ...] = ()) -> Boat:
    b = LAST["boat"]
    if LAST["kind"] in after and isinstance(b, Boat):
        return b
    return rng.choice(boats())


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(**kw: object) -> None:
    LAST.update(boat=None, day=None, ref="", goods=None)
    LAST.update(kw)


def owner_lines(b: Boat) -> list[str]:
    return [mr(b.owner, b.lang), b.street, b.town]


def marina_lines(att: str = "") -> list[str]:
    name, street, town, _ = marina_row()
    return [name, *([att] if att else []), street, town]


TALK = {
    "en": "berth pontoon mooring hull keel rudder antifouling gelcoat osmosis stanchion rigging "
    "shroud chainplate seacock sterngear cutlass bearing impeller winter storage cradle hoist "
    "launch tide harbour condition inspection vessel owner season",
    "de": "Liegeplatz Steg Rumpf Kiel Ruder Antifouling Gelcoat Osmose Relingsstütze Rigg Want "
    "Püttinge Seeventil Welle Wellenlager Impeller Winterlager Lagerbock Kran Slippen Hafen "
    "Zustand Prüfung Schiff Eigner Saison Festmacher",
    "fr": "ponton amarrage coque quille safran antifouling gelcoat osmose chandelier gréement "
    "hauban cadène vanne ligne d'arbre bague hydrolube turbine hivernage ber grutage mise à l'eau "
    "marée port état contrôle navire propriétaire saison",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be has the a",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des un une",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    pool, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}


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
    web: str
    look: str  # anchor | wave | burgee | band | centred | split | boxed | caps
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


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
LOOKS = ["anchor", "wave", "burgee", "band", "centred", "split", "boxed", "caps"]
NO_FOOT = ("authority", "notices", "customs", "club")


def legal_lines(r: random.Random, name: str, lang: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        return [
            f"{name} - Sitz {place} - Amtsgericht {r.choice(['Kiel', 'Flensburg', 'Lübeck'])} "
            f"{r.choice(['HRA', 'HRB'])} {r.randint(1000, 19999)} {r.choice(['FL', 'KI', 'HL'])}",
            r.choice(
                ["Förde Sparkasse", "Nord-Ostsee Sparkasse", "VR Bank Schleswig-Mittelholstein"]
            )
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}",
        ]
    if lang == "fr":
        return [
            f"{name} - {r.choice(['SAS', 'SARL', 'EURL'])} au capital de {r.randint(5, 300)} 000 € "
            f"- RCS {place} {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"000{r.randint(10, 99)} - TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = [f"Registered in England & Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.75:
        out.append(f"VAT Reg. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if r.random() < 0.4:
        out.append(r.choice(["TYHA 5 Gold Anchor", "British Marine member", "RYA Training Centre"]))
    return [" - ".join(out)]


def make_head(row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in NO_FOOT else FACES[:3])
    dom = "".join(c for c in name.lower().split(" - ")[0] if c.isalpha())[:18]
    tld = {"en": ".co.uk", "de": ".de", "fr": ".fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        web=f"www.{dom}{tld}" if role not in NO_FOOT and r.random() < 0.6 else "",
        look=r.choice(looks or LOOKS),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town) if role not in NO_FOOT and r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
    )


def marina_head() -> Head:
    """The marina itself: the same paper throughout the stream."""
    row = marina_row()
    r = random.Random(zlib.crc32(f"tub/marina/{row[0]}/{HOME['seed']}".encode()))
    h = make_head(row, home(), "marina", r, ["anchor", "wave", "burgee", "centred", "split"])
    h.foot = legal_lines(r, row[0], home(), row[2])
    return h


def lang_of(who: Issuer, role: str) -> str:
    """The sender's country: the marina's for everything local; surveyors and brokers are
    mostly, insurers and chandlers often, from elsewhere too."""
    if role in ABROAD:
        r = keyed(who, "abroad/" + role)
        return home() if r.random() < ABROAD[role] else r.choice(["en", "de", "fr"])
    return home()


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer)."""
    if role == "marina":
        return marina_head()
    lang = lang_of(who, role)
    if role in LOCAL_ROWS:
        rows = LOCAL_ROWS[role][lang]
        row = rows[int(str(HOME["idx"])) % len(rows)]
    else:
        row = keyed(who, role).choice(SENDERS[role][lang])
    r = random.Random(zlib.crc32(f"tub/head/{row[0]}/{HOME['seed']}".encode()))
    return make_head(row, lang, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"tub/style/{h.name}".encode()))
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


def office_size(h: Head, rng: random.Random) -> tuple[float, float]:
    return LETTER if h.lang == "en" and rng.random() < 0.15 else A4


def sender_rng(h: Head) -> random.Random:
    """Draws fixed by the sender ``h``: its account and registration numbers."""
    return random.Random(zlib.crc32(f"tub/own/{h.name}/{HOME['seed']}".encode()))


def habit(h: Head, options: list[str]) -> str:
    """One of ``options``, always the same for the sender ``h`` (its numbering, say)."""
    return random.Random(zlib.crc32(f"tub/habit/{h.name}/{options[0]}".encode())).choice(options)


def anchor(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A small anchor drawn with strokes: ring, shank, stock and arms."""
    p.rect(x - 2.5 * k, y - 14 * k, 5 * k, 4 * k)
    p.line(x, y - 10 * k, x, y + 10 * k)
    p.line(x - 6 * k, y - 6 * k, x + 6 * k, y - 6 * k)
    p.line(x, y + 10 * k, x - 8 * k, y + 4 * k)
    p.line(x, y + 10 * k, x + 8 * k, y + 4 * k)
    p.line(x - 8 * k, y + 4 * k, x - 9 * k, y + 1 * k)
    p.line(x + 8 * k, y + 4 * k, x + 9 * k, y + 1 * k)


def waves(p: Page, x0: float, x1: float, y: float, n: int = 2) -> None:
    for row in range(n):
        x = x0
        yy = y + row * 4
        up = True
        while x < x1:
            nx = min(x + 6, x1)
            p.line(x, yy, nx, yy + (-2 if up else 2))
            yy += -2 if up else 2
            up = not up
            x = nx


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.web) if t)
    if h.look == "anchor":
        anchor(p, m + 9, y + 4)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 30)
        p.text(m + 26, y + 2, h.name, s.bold, pt)
        p.text(
            m + 26, y + 14, fit(f"{where}  {contact}".strip(), s.font, 7, w - 2 * m - 30), s.font, 7
        )
        p.line(m, y + 22, w - m, y + 22)
        return y + 44
    if h.look == "wave":
        pt = shrink(h.name, s.bold, s.size + 7, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        waves(p, m, m + min(w - 2 * m, 180.0), y + 12)
        p.text(
            w - m,
            y + 24,
            fit(f"{where}  {contact}".strip(), s.font, 7, w - 2 * m),
            s.font,
            7,
            "right",
        )
        return y + 46
    if h.look == "burgee":
        x = w - m - 30
        p.line(x, y - 14, x, y + 22)
        p.line(x, y - 14, x + 28, y - 6)
        p.line(x + 28, y - 6, x, y + 2)
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 50)
        p.text(m, y, h.name, s.bold, pt)
        p.text(m, y + 12, fit(where, s.font, 7.5, w - 2 * m - 50), s.font, 7.5)
        if contact:
            p.text(m, y + 21, fit(contact, s.font, 7.5, w - 2 * m - 50), s.font, 7.5)
        return y + 46
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.8)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {contact}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.text(w / 2, y + 14, fit(where, s.font, 7, w - 2 * m), s.font, 7, "center")
        if contact:
            p.text(w / 2, y + 23, fit(contact, s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 46
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 14), w - m, max(yy, y + 14))
        return max(yy, y + 14) + 22
    if h.look == "caps":
        name = " ".join(h.name.upper())
        pt = shrink(name, s.font, s.size + 2, w - 2 * m)
        p.text(m, y + 2, name, s.font, pt)
        p.line(m, y + 8, w - m, y + 8)
        p.line(m, y + 10, w - m, y + 10)
        p.text(
            m, y + 20, fit(f"{where}  -  {contact}".strip(" -"), s.font, 7, w - 2 * m), s.font, 7
        )
        return y + 42
    bw = min(w - 2 * m, max(250.0, tw(h.name, s.bold, s.size + 1) + 14))
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if contact:
        p.text(m + 6, y + 23, fit(contact, s.font, 7, bw - 12), s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.36
    para_gap = 0.8
    head_lead = 0.6
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


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}{parts[-1][:6].lower()}", INK, pt)
    p.line(x + 1, y + 2, x + 14 + len(parts[-1]) * pt * 0.38, y - 5)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.4) -> None:
    """The marina office's received stamp, now and then."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(140, 260),
            rng.uniform(170, 330),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 6)), lg),
                tr(lg, "Marina office", "Hafenbüro", "Capitainerie"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    back = h if h.look in ("split", "anchor", "boxed") else None
    below = window(f.page, s, back, y0, lines)
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            "Yours faithfully," if formal else ["Yours sincerely,", "Kind regards,"][len(name) % 2],
            "Mit freundlichen Grüßen",
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"tub/staff/{tag}/{h.name}/{HOME['seed']}".encode()))
    return person(r, h.lang)


def spaced(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[tuple[float, float, str]]:
    """``columns``, with a gap after a right-aligned column where the next one is not."""
    cols = columns(x0, x1, spec)
    for k in range(1, len(cols)):
        if cols[k][2] != "right" and cols[k - 1][2] == "right":
            cols[k] = (cols[k][0] + 9, cols[k][1], cols[k][2])
    return cols


def grid(
    f: Sheets,
    s: Style,
    spec: list[tuple[float, str]],
    head: list[str],
    rows: list[list[str]],
    pt: float = 0,
    shade: float | None = 0.88,
    rules: bool = False,
    step: float = 1.6,
) -> None:
    w, _ = f.size
    cols = spaced(s.margin, w - s.margin, spec)
    table(f, cols, head, rows, s, pt or s.size - 1.5, shade, rules, step)
    f.y += 6


def totals(f: Sheets, s: Style, items: list[tuple[str, str]]) -> None:
    """Label / amount lines right-aligned under a table, the last one in bold."""
    w, _ = f.size
    x = w * 0.52
    f.need(len(items) * 13 + 14)
    for k, (label, value) in enumerate(items):
        last = k == len(items) - 1
        font = s.bold if last else s.font
        if last:
            f.page.line(x, f.y - 9, w - s.margin, f.y - 9)
        f.page.text(x, f.y, fit(label, font, s.size - 1, w * 0.3), font, s.size - 1)
        f.page.text(w - s.margin, f.y, value, font, s.size - 1, "right")
        f.y += (s.size - 1) * 1.55
    f.y += 8


def vat_totals(
    lang: str, net: float, rate: float | None = None
) -> tuple[list[tuple[str, str]], float]:
    r = VAT[lang] if rate is None else rate
    vat = round(net * r, 2)
    pct = f"{r * 100:.0f}%" if lang == "en" else f"{r * 100:.0f} %"
    return [
        (tr(lang, "Net total", "Summe netto", "Total HT"), cash(net, lang)),
        (tr(lang, f"VAT {pct}", f"zzgl. {pct} USt.", f"TVA {pct}"), cash(vat, lang)),
        (tr(lang, "Total due", "Rechnungsbetrag", "Total TTC"), cash(net + vat, lang)),
    ], net + vat


def small_print(f: Sheets, s: Style, paras: list[str], pt: float = 6.8, cols: int = 2) -> None:
    """Numbered paragraphs in ``cols`` columns of small type, running on to new pages."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    lines: list[str] = []
    for t in paras:
        lines.extend(wrap(t, s.font, pt, cw))
        lines.append("")
    col, y0 = 0, f.y
    y = y0
    for ln in lines:
        if y > f.bottom:
            col += 1
            if col == cols:
                f.new_page()
                col, y0 = 0, f.y
            y = y0
        if ln:
            f.page.text(m + col * (cw + gap), y, ln, s.font, pt)
        y += pt * 1.3
    f.y = (y if col == 0 else f.bottom) + 8


def clauses(rng: random.Random, lang: str, heads: list[str], lo: int = 2, hi: int = 4) -> list[str]:
    return [f"{k}. {t}. {prose(rng, lang, lo, hi)}" for k, t in enumerate(heads, 1)]


def boat_box(
    f: Sheets, s: Style, b: Boat, lang: str, extra: list[tuple[str, str]] | None = None
) -> None:
    """The vessel particulars as a framed block of cells."""
    w, _ = f.size
    items = [
        (tr(lang, "Vessel", "Schiffsname", "Nom du navire"), b.name),
        (tr(lang, "Make / model", "Typ / Werft", "Modèle"), b.model),
        (tr(lang, "LOA", "Länge ü.a.", "Longueur HT"), f"{money(b.loa, lang)} m"),
        (tr(lang, "Beam", "Breite", "Largeur"), f"{money(b.beam, lang)} m"),
        *(extra or []),
    ]
    f.need(60)
    f.y = fields(
        f.page, s, s.margin, f.y, w - 2 * s.margin, list(items), per=3, tall=24, hand=False
    )
    f.y += 8


# ---------------------------------------------------------------------------------------------
# Templates OO: the marina's and the yard's invoices
# ---------------------------------------------------------------------------------------------

BERTH_TERMS = {
    "en": [
        "Definitions",
        "Licence to berth",
        "Payment of fees",
        "Insurance",
        "Use of the berth",
        "Seaworthiness and maintenance",
        "Contractors working on board",
        "Electricity and water",
        "Liability",
        "Right of sale and lien",
        "Termination",
        "Notices",
    ],
    "de": [
        "Gegenstand des Vertrages",
        "Liegeplatzzuweisung",
        "Liegegeld und Fälligkeit",
        "Haftpflichtversicherung",
        "Nutzung des Liegeplatzes",
        "Pflichten des Eigners",
        "Arbeiten an Bord durch Dritte",
        "Strom und Wasser",
        "Haftung des Hafenbetreibers",
        "Pfandrecht",
        "Kündigung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Attribution de la place",
        "Redevance et paiement",
        "Assurance",
        "Usage de la place",
        "Entretien et état de navigabilité",
        "Intervention d'entreprises extérieures",
        "Eau et électricité",
        "Responsabilité",
        "Droit de rétention",
        "Résiliation",
        "Litiges",
    ],
}


def tpl_berth_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The marina's berthing licence invoice to a berth holder: annual, seasonal or winter
    berth priced by length, electricity, parking permit, harbour dues collected for the
    authority, sometimes ten direct debit instalments, and sometimes the licence terms on a
    second page, which belongs to the invoice."""
    h = head_of(who, "marina")
    lg = h.lang
    b = the_boat(rng, ("berth_allocation",))
    d = the_day(rng, ("berth_allocation",), (3, 20))
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, habit(h, ["BI-99999", "99999", "INV/99999"]))
    season = d.year if d.month < 10 else d.year + 1
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        owner_lines(b),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(rng, "C99999")),
            (tr(lg, "Berth", "Liegeplatz", "Place"), b.berth),
        ],
    )
    kind = rng.choice(["annual", "annual", "summer", "winter"])
    title = {
        "annual": tr(
            lg,
            f"Annual Berthing Licence {season}/{(season + 1) % 100:02d}",
            f"Rechnung Jahresliegeplatz {season}",
            f"Contrat annuel de place de port {season}",
        ),
        "summer": tr(
            lg,
            f"Summer Berthing Licence {season} (April - September)",
            f"Rechnung Sommerliegeplatz {season} (01.04. - 30.09.)",
            f"Contrat saisonnier {season} (avril - septembre)",
        ),
        "winter": tr(
            lg,
            f"Winter Berthing {season - 1}/{season % 100:02d} (October - March)",
            f"Rechnung Winterliegeplatz {season - 1}/{season % 100:02d} (Wasser)",
            f"Hivernage à flot {season - 1}/{season}",
        ),
    }[kind]
    f.page.text(m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5)
    f.y += 16
    f.page.text(m, f.y, fit(title, s.bold, s.size, w - 2 * m), s.bold, s.size)
    f.y += 12
    boat_box(
        f,
        s,
        b,
        lg,
        [
            (tr(lg, "Registration", "Registrierung", "Immatriculation"), b.reg),
            (tr(lg, "Pontoon / berth", "Steg / Platz", "Ponton / place"), b.berth),
        ],
    )
    rate = {
        "annual": rng.uniform(380, 560),
        "summer": rng.uniform(260, 380),
        "winter": rng.uniform(150, 240),
    }[kind]
    if lg != "en":
        rate *= 0.42
    rows: list[list[str]] = []
    net = 0.0

    def line(text: str, qty: str, unit: float, n: float) -> None:
        nonlocal net
        net += unit * n
        rows.append([text, qty, money(unit, lg), money(unit * n, lg)])

    line(title, f"{money(b.loa, lg)} m", rate, b.loa)
    if rng.random() < 0.7:
        line(
            tr(
                lg,
                "Shore power, standing charge",
                "Strompauschale Landanschluss",
                "Forfait électricité",
            ),
            "1",
            rng.choice([95.0, 120.0, 60.0]),
            1,
        )
    if rng.random() < 0.5:
        line(
            tr(lg, "Car park permit", "Parkausweis Hafengelände", "Badge parking"),
            str(rng.randint(1, 2)),
            rng.choice([45.0, 60.0, 30.0]),
            1,
        )
    if rng.random() < 0.5:
        line(
            tr(lg, "Tender storage rack", "Dinghy-Lagerplatz", "Rack annexe"),
            "1",
            rng.choice([85.0, 110.0, 70.0]),
            1,
        )
    if lg == "en" and rng.random() < 0.6:
        line(
            "Harbour dues (collected on behalf of the Harbour Authority)",
            f"{money(b.loa, lg)} m",
            round(rng.uniform(14, 22), 2),
            b.loa,
        )
    if rng.random() < 0.35:
        disc = -round(net * 0.05, 2)
        net += disc
        rows.append(
            [
                tr(
                    lg,
                    "Early payment discount 5%",
                    "Frühzahlerrabatt 5 %",
                    "Remise paiement anticipé 5 %",
                ),
                "",
                "",
                money(disc, lg),
            ]
        )
    grid(
        f,
        s,
        [(5, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")],
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        shade=0.88 if rng.random() < 0.6 else None,
        rules=rng.random() < 0.4,
    )
    items, gross = vat_totals(lg, net)
    totals(f, s, items)
    if rng.random() < 0.4:
        caption(
            f,
            s,
            tr(
                lg,
                "Direct debit instalments",
                "Ratenzahlung per SEPA-Lastschrift",
                "Échéancier de prélèvement",
            ),
            0,
        )
        inst = []
        first = date(d.year, d.month, 1) + timedelta(days=32)
        for k in range(10):
            dd = date(first.year + (first.month - 1 + k) // 12, (first.month - 1 + k) % 12 + 1, 1)
            inst.append([str(k + 1), short(dd, lg), cash(gross / 10, lg)])
        grid(
            f,
            s,
            [(0.6, "left"), (2, "left"), (2, "right")],
            [
                "",
                tr(lg, "Collection date", "Einzug am", "Date"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            inst,
            step=1.4,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 30 days. The licence is granted subject to our Berthing "
            "Licence Terms and Conditions and to proof of third party insurance of not less "
            "than £3,000,000. Please quote the invoice number with your payment.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Es gelten unsere Hafen- und "
            "Liegeplatzbedingungen. Bitte reichen Sie uns den Nachweis Ihrer "
            "Haftpflichtversicherung ein, sofern noch nicht geschehen.",
            "Paiement à réception. Le contrat est soumis au règlement de police du port et "
            "aux conditions générales ci-jointes. Merci de nous transmettre votre attestation "
            "d'assurance en cours de validité.",
        ),
        s.size - 1,
    )
    bank = {
        "en": f"Bank transfer: Sort code {serial(sender_rng(h), '99-99-99')}  "
        f"Account {serial(sender_rng(h), '99999999')}  Ref. {no}",
        "de": f"Bankverbindung: IBAN DE{serial(sender_rng(h), '99 9999 9999 9999 9999 99')} - "
        f"Verwendungszweck {no}",
        "fr": f"RIB: IBAN FR76 {serial(sender_rng(h), '9999 9999 9999 9999 9999 999')} - "
        f"BIC {serial(sender_rng(h), 'AAAAFRPP')}",
    }[lg]
    write(f, s, bank, s.size - 1.5)
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Berthing Licence - Terms and Conditions",
                "Allgemeine Hafen- und Liegeplatzbedingungen",
                "Conditions générales d'amarrage",
            ),
            1,
            rule=True,
        )
        small_print(f, s, clauses(rng, lg, BERTH_TERMS[lg]), pt=6.6)
    note(boat=b, day=d, ref=no)
    return close(f.pages, s, h)


YARD_WORK = {
    "en": [
        ("Lift out by travel hoist and pressure wash", "per m", 18.5, "m"),
        ("Block off and chock / cradle positioning", "each", 65.0, "1"),
        ("Hard standing, winter storage", "per m/week", 6.2, "mw"),
        ("Relaunch by travel hoist", "per m", 11.0, "m"),
        ("Unstep mast with mast crane, store in mast rack", "each", 145.0, "1"),
        ("Antifouling, two coats (labour)", "per m", 22.0, "m"),
        ("Antifouling paint, 2.5 l", "tin", 89.95, "2"),
        ("Replace anodes, shaft and hull (labour)", "hr", 58.0, "h"),
        ("Polish topsides (labour)", "hr", 52.0, "h"),
        ("Cradle hire, per month", "month", 38.0, "mo"),
        ("Scrub off on grid", "tide", 95.0, "1"),
        ("Shrink wrap cover", "per m", 24.0, "m"),
    ],
    "de": [
        ("Kranen (Auswassern) inkl. Hochdruckreinigung", "je m", 19.0, "m"),
        ("Aufbocken, Lagerbock stellen", "psch", 55.0, "1"),
        ("Winterlager Freilager", "je m/Monat", 14.5, "mo"),
        ("Winterlager Halle", "je m²/Monat", 6.8, "sq"),
        ("Kranen (Einwassern)", "je m", 12.0, "m"),
        ("Mast legen und einlagern", "psch", 160.0, "1"),
        ("Antifouling streichen, 2 Anstriche (Lohn)", "Std.", 62.0, "h"),
        ("Antifouling 2,5 l", "Dose", 94.9, "2"),
        ("Opferanoden erneuern (Lohn)", "Std.", 62.0, "h"),
        ("Winterplane aufbringen", "psch", 120.0, "1"),
    ],
    "fr": [
        ("Manutention sortie d'eau et nettoyage haute pression", "le m", 17.5, "m"),
        ("Calage sur ber", "forfait", 60.0, "1"),
        ("Hivernage à terre, terre-plein", "le m/mois", 13.0, "mo"),
        ("Remise à l'eau", "le m", 11.5, "m"),
        ("Démâtage à la grue et stockage du mât", "forfait", 150.0, "1"),
        ("Application antifouling 2 couches (main d'oeuvre)", "heure", 55.0, "h"),
        ("Antifouling 2,5 l", "pot", 92.0, "2"),
        ("Changement des anodes (main d'oeuvre)", "heure", 55.0, "h"),
        ("Location de ber", "mois", 35.0, "mo"),
        ("Bâchage hivernage", "forfait", 110.0, "1"),
    ],
}


def tpl_yard_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The boatyard's invoice for lift-out, pressure wash, chocking, winter storage, mast
    crane, antifouling and relaunch; the yard is the marina's own or an independent yard in
    it; now and then the job sheet with the hours by hand follows on its own page, belonging
    to the invoice."""
    own = keyed(who, "yard-own").random() < 0.5
    h = head_of(who, "marina") if own else head_of(who, "yard")
    lg = h.lang
    b = the_boat(rng)
    d = on(rng)
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, habit(h, ["Y99999", "W-9999", "99999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        owner_lines(b),
        d,
        [
            (tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Job no.", "Auftrag", "OR n°"), serial(rng, "J9999")),
        ],
    )
    f.page.text(m, f.y, tr(lg, "Invoice", "Rechnung", "Facture"), s.bold, s.size + 5)
    f.y += 18
    f.page.text(
        m,
        f.y,
        fit(f"{b.name} - {b.model} - {money(b.loa, lg)} m", s.font, s.size, w - 2 * m),
        s.font,
        s.size,
    )
    f.y += 18
    weeks = rng.randint(10, 26)
    rows: list[list[str]] = []
    net = 0.0
    picks = [YARD_WORK[lg][0], *rng.sample(YARD_WORK[lg][1:], rng.randint(2, 7))]
    for what, unit, rate, basis in picks:
        q = {
            "m": b.loa,
            "mw": b.loa * weeks,
            "mo": round(weeks / 4.3) * (b.loa if "m/" in unit else 1),
            "sq": round(b.loa * b.beam * weeks / 4.3, 1),
            "h": rng.choice([1.5, 2, 3, 4.5, 6]),
            "2": rng.randint(1, 3),
            "1": 1,
        }[basis]
        v = round(q * rate, 2)
        net += v
        rows.append(
            [
                what,
                money(float(q), lg) if basis in ("m", "mw", "sq", "h") else str(q),
                unit,
                money(rate, lg),
                money(v, lg),
            ]
        )
    grid(
        f,
        s,
        [(5, "left"), (1, "right"), (1.3, "left"), (1, "right"), (1.2, "right")],
        [
            tr(lg, "Work", "Leistung", "Prestation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Rate", "EP", "P.U. HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        rules=rng.random() < 0.5,
    )
    items, _ = vat_totals(lg, net)
    totals(f, s, items)
    write(
        f,
        s,
        tr(
            lg,
            "Boats are stored ashore at owner's risk. Payment is due before relaunch; the "
            "yard exercises a lien on the vessel for unpaid charges.",
            "Lagerung auf Gefahr des Eigners. Zahlbar vor dem Einwassern. Es gilt das "
            "Werkunternehmerpfandrecht (§ 647 BGB).",
            "Le stationnement à terre est aux risques du propriétaire. Règlement avant mise "
            "à l'eau; droit de rétention du chantier sur le navire.",
        ),
        s.size - 1.5,
    )
    if rng.random() < 0.35:
        f.new_page()
        caption(f, s, tr(lg, "JOB SHEET", "ARBEITSNACHWEIS", "FICHE DE TRAVAUX"), 1)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Boat", "Boot", "Bateau"), b.name),
                (
                    tr(lg, "Berth / yard position", "Platz", "Emplacement"),
                    f"{rng.choice('ABCD')}{rng.randint(1, 30)}",
                ),
                (tr(lg, "Job no.", "Auftrag", "OR"), serial(rng, "J9999")),
                (tr(lg, "Date in", "Eingang", "Entrée"), short(d - timedelta(days=weeks * 7), lg)),
            ],
            per=2,
        )
        rows = []
        for _ in range(rng.randint(4, 10)):
            dd = d - timedelta(days=rng.randint(1, weeks * 7))
            rows.append(
                [
                    short(dd, lg),
                    person(rng, lg).split()[0],
                    words(rng, lg, rng.randint(3, 6))[:-1],
                    str(rng.choice([0.5, 1, 1.5, 2, 3, 4])),
                ]
            )
        hand_table(
            f,
            s,
            [(1.3, "left"), (1.2, "left"), (5, "left"), (0.8, "right")],
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Fitter", "Monteur", "Technicien"),
                tr(lg, "Work done", "Ausgeführte Arbeiten", "Travaux réalisés"),
                tr(lg, "Hrs", "Std.", "H"),
            ],
            rows,
        )
        sign(f.page, m + 30, f.y + 20, staff(h, "yard-foreman"))
        f.page.text(
            m, f.y + 32, tr(lg, "Yard foreman", "Werkstattmeister", "Chef d'atelier"), s.font, 7
        )
    note(boat=b, day=d, ref=no)
    return close(f.pages, s, h)


def hand_table(
    f: Sheets, s: Style, spec: list[tuple[float, str]], head: list[str], rows: list[list[str]]
) -> None:
    """A printed table head over ruled rows filled in by hand."""
    w, _ = f.size
    cols = spaced(s.margin, w - s.margin, spec)
    f.need(40)
    for c, t in zip(cols, head, strict=True):
        cell(f.page, c, f.y, t, s.bold, 8)
    f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += 17
    for row in rows:
        f.need(18)
        for c, t in zip(cols, row, strict=True):
            cell(f.page, c, f.y, t, HAND, 8.5)
        f.page.line(s.margin, f.y + 5, w - s.margin, f.y + 5)
        f.y += 17
    f.y += 8


# ---------------------------------------------------------------------------------------------
# Templates OO: engineers, surveyors and insurers
# ---------------------------------------------------------------------------------------------

CHECKS = {
    "en": {
        "Fuel system": [
            "Primary fuel filter / water separator",
            "Secondary fuel filter",
            "Fuel lines and clips",
            "Bleed system",
            "Tank vent and breather",
        ],
        "Cooling": [
            "Raw water impeller",
            "Raw water strainer",
            "Heat exchanger",
            "Coolant level / antifreeze",
            "Exhaust elbow and hose",
            "Anode(s) in heat exchanger",
        ],
        "Lubrication": ["Engine oil and filter changed", "Gearbox / saildrive oil", "Oil leaks"],
        "Drive": [
            "Saildrive diaphragm / stern gland",
            "Shaft alignment",
            "Propeller and anode",
            "Engine mounts",
            "Gear and throttle cables",
        ],
        "Electrical": [
            "Alternator belt",
            "Battery condition",
            "Starter and wiring",
            "Alarms and gauges",
            "Glow plugs",
        ],
        "Air": ["Air filter / intake silencer", "Crankcase breather"],
    },
    "de": {
        "Kraftstoffanlage": [
            "Kraftstoffvorfilter / Wasserabscheider",
            "Feinfilter",
            "Leitungen und Schellen",
            "Entlüftung",
            "Tankentlüftung",
        ],
        "Kühlung": [
            "Impeller Seewasserpumpe",
            "Seewasserfilter",
            "Wärmetauscher",
            "Kühlflüssigkeit / Frostschutz",
            "Abgaskrümmer und Schlauch",
            "Zinkanode Wärmetauscher",
        ],
        "Schmierung": [
            "Motoröl und Filter gewechselt",
            "Getriebe- / Saildriveöl",
            "Ölundichtigkeiten",
        ],
        "Antrieb": [
            "Saildrive-Manschette / Stopfbuchse",
            "Wellenflucht",
            "Propeller und Anode",
            "Motorlager",
            "Schalt- und Gaszug",
        ],
        "Elektrik": [
            "Keilriemen Lichtmaschine",
            "Batteriezustand",
            "Anlasser und Verkabelung",
            "Warnsignale und Instrumente",
            "Glühkerzen",
        ],
    },
    "fr": {
        "Circuit gasoil": [
            "Préfiltre / décanteur",
            "Filtre à gasoil",
            "Durites et colliers",
            "Purge du circuit",
            "Évent de réservoir",
        ],
        "Refroidissement": [
            "Turbine de pompe à eau de mer",
            "Crépine",
            "Échangeur",
            "Liquide de refroidissement",
            "Coude d'échappement",
            "Anode d'échangeur",
        ],
        "Lubrification": [
            "Vidange huile moteur et filtre",
            "Huile inverseur / S-drive",
            "Fuites d'huile",
        ],
        "Transmission": [
            "Soufflet de S-drive / presse-étoupe",
            "Alignement de l'arbre",
            "Hélice et anode",
            "Silentblocs",
            "Câbles de commande",
        ],
        "Électricité": [
            "Courroie d'alternateur",
            "État des batteries",
            "Démarreur et câblage",
            "Alarmes et instruments",
            "Bougies de préchauffage",
        ],
    },
}
PARTS = {
    "en": [
        "Oil filter",
        "Fuel filter element",
        "Impeller kit",
        "Engine oil 15W-40, 5 l",
        "Alternator belt",
        "Zinc anode",
        "Coolant 50/50, 5 l",
        "Gearbox oil, 1 l",
        "Exhaust hose 50 mm, per m",
        "Jubilee clip",
    ],
    "de": [
        "Ölfilter",
        "Kraftstofffilter",
        "Impeller-Kit",
        "Motoröl 15W-40, 5 l",
        "Keilriemen",
        "Zinkanode",
        "Kühlflüssigkeit 5 l",
        "Getriebeöl 1 l",
        "Abgasschlauch 50 mm, je m",
        "Schlauchschelle",
    ],
    "fr": [
        "Filtre à huile",
        "Filtre à gasoil",
        "Kit turbine",
        "Huile moteur 15W-40, 5 l",
        "Courroie",
        "Anode zinc",
        "Liquide de refroidissement 5 l",
        "Huile d'inverseur 1 l",
        "Durite d'échappement 50 mm, le m",
        "Collier inox",
    ],
}


def tpl_engine_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A marine engineer's engine service report: the job and engine on the first page with
    the work done, then the service checklist with tick boxes over one or two pages, the
    parts used and the signatures; page numbers mostly 'Page i of n'."""
    h = head_of(who, "engineer")
    lg = h.lang
    b = the_boat(rng, ("yard_invoice",))
    d = the_day(rng, ("yard_invoice",), (-20, -2))
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    job = serial(rng, habit(h, ["SR-99999", "9999/99", "WO99999"]))
    title = tr(lg, "ENGINE SERVICE REPORT", "WARTUNGSPROTOKOLL MOTOR", "RAPPORT D'ENTRETIEN MOTEUR")
    f = sheets(s, h, f"{title} - {b.name} - {job}")
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.page.text(w - m, f.y, f"{tr(lg, 'Job', 'Auftrag', 'OR')} {job}", s.font, s.size, "right")
    f.y += 14
    hours = rng.randint(180, 4200)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), b.owner),
            (tr(lg, "Vessel", "Boot", "Bateau"), b.name),
            (tr(lg, "Location", "Liegeplatz", "Emplacement"), f"{marina_row()[0][:26]}, {b.berth}"),
            (tr(lg, "Engine", "Motor", "Moteur"), b.engine),
            (tr(lg, "Serial no.", "Motornummer", "N° de série"), serial(rng, "9999999999")),
            (tr(lg, "Engine hours", "Betriebsstunden", "Heures moteur"), str(hours)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Technician", "Techniker", "Technicien"), staff(h, "tech")),
            (
                tr(lg, "Service", "Wartung", "Révision"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Annual / winterisation",
                            "Jahreswartung / Einwinterung",
                            "Révision annuelle / hivernage",
                        ),
                        tr(lg, "250 h service", "250-h-Inspektion", "Révision 250 h"),
                        tr(lg, "Breakdown call-out", "Störungseinsatz", "Dépannage"),
                    ]
                ),
            ),
        ],
        per=3,
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.y += 8
    caption(f, s, tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués"), 0)
    write(f, s, prose(rng, lg, 2, 4))
    caption(f, s, tr(lg, "Recommendations", "Empfehlungen", "Préconisations"), 0)
    write(f, s, prose(rng, lg, 1, 2))
    sections = CHECKS[lg]
    if rng.random() < 0.4:
        keep = set(rng.sample(sorted(sections), 3))
        sections = {k: v for k, v in sections.items() if k in keep}
    if rng.random() < 0.45:
        f.new_page()
    caption(f, s, tr(lg, "Service checklist", "Checkliste", "Liste de contrôle"), 1)
    marks = [tr(lg, "OK", "i.O.", "OK"), tr(lg, "Attn", "Mangel", "À revoir"), "N/A"]
    x_marks = [w - m - 150, w - m - 105, w - m - 55]
    for sec, items in sections.items():
        f.need(40)
        f.y = band(f.page, s, f.y + 8, sec) + 6
        for x, t in zip(x_marks, marks, strict=True):
            f.page.text(x, f.y, t, s.font, 6.5)
        f.y += 12
        for it in items:
            f.need(14)
            f.page.text(m + 4, f.y, it, s.font, s.size - 1.5)
            pick = rng.choices([0, 1, 2], [0.8, 0.12, 0.08])[0]
            for k, x in enumerate(x_marks):
                box(f.page, x + 4, f.y, k == pick, 8)
            if pick == 1 and rng.random() < 0.7:
                scribble(
                    f.page, m + 200, f.y, fit(words(rng, lg, 4), HAND, 8, x_marks[0] - m - 210), 8
                )
            f.y += 13
    caption(f, s, tr(lg, "Parts used", "Verbrauchte Teile", "Pièces utilisées"), 0)
    rows = [
        [serial(rng, "999-9999"), p, str(rng.randint(1, 3))]
        for p in rng.sample(PARTS[lg], rng.randint(3, 7))
    ]
    grid(
        f,
        s,
        [(1.5, "left"), (5, "left"), (0.8, "right")],
        [
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        rows,
    )
    f.need(60)
    f.y += 22
    sign(f.page, m, f.y, staff(h, "tech"))
    f.page.line(m, f.y + 3, m + 160, f.y + 3)
    f.page.text(m, f.y + 12, tr(lg, "Technician", "Techniker", "Technicien"), s.font, 7)
    f.page.line(w / 2, f.y + 3, w / 2 + 160, f.y + 3)
    f.page.text(
        w / 2, f.y + 12, tr(lg, "Customer / skipper", "Kunde / Eigner", "Client"), s.font, 7
    )
    if rng.random() < 0.5:
        sign(f.page, w / 2, f.y, b.owner)
    f.y += 24
    note(boat=b, day=d, ref=job)
    return close(
        f.pages,
        s,
        h,
        rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
            ]
        ),
    )


SURVEY_SECTIONS = {
    "en": [
        "Scope and limitations",
        "Hull below the waterline",
        "Topsides and deck",
        "Keel and rudder",
        "Rig and sails",
        "Machinery",
        "Electrical installation",
        "Gas installation",
        "Safety equipment",
    ],
    "de": [
        "Auftrag und Umfang",
        "Unterwasserschiff",
        "Überwasserschiff und Deck",
        "Kiel und Ruder",
        "Rigg und Segel",
        "Maschinenanlage",
        "Elektrische Anlage",
        "Gasanlage",
        "Sicherheitsausrüstung",
    ],
    "fr": [
        "Mission et limites",
        "Œuvres vives",
        "Œuvres mortes et pont",
        "Quille et safran",
        "Gréement et voiles",
        "Motorisation",
        "Installation électrique",
        "Installation gaz",
        "Armement de sécurité",
    ],
}
PHOTO_CAPTIONS = {
    "en": [
        "Blistering on port quarter",
        "Crazing to gelcoat at stanchion base",
        "Corroded keel bolt nut",
        "Play in rudder bearing",
        "Weeping seacock",
        "Cracked swage terminal",
        "Worn cutlass bearing",
        "Perished exhaust hose",
        "Moisture meter readings aft",
        "Chainplate staining",
    ],
    "de": [
        "Osmoseblasen Backbord achtern",
        "Haarrisse am Relingsfuß",
        "Korrodierte Kielbolzenmutter",
        "Spiel im Ruderlager",
        "Undichtes Seeventil",
        "Riss am Walzterminal",
        "Verschlissenes Wellenlager",
        "Poröser Abgasschlauch",
        "Feuchtemessung achtern",
        "Verfärbung an Püttinge",
    ],
    "fr": [
        "Cloques d'osmose hanche bâbord",
        "Faïençage en pied de chandelier",
        "Écrou de quille corrodé",
        "Jeu dans le palier de safran",
        "Vanne suintante",
        "Embout serti fissuré",
        "Bague hydrolube usée",
        "Durite d'échappement craquelée",
        "Relevés d'humidité arrière",
        "Coulure sur cadène",
    ],
}


def tpl_survey_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A surveyor's pre-purchase, insurance condition or valuation survey: sometimes a cover
    sheet with a photo, then the particulars, the findings section by section, the moisture
    readings, the recommendations in categories and the declaration, then one or two photo
    sheets; a running header with the vessel and page numbers throughout."""
    h = head_of(who, "surveyor")
    lg = h.lang
    b = the_boat(rng)
    d = on(rng)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    ref = serial(rng, habit(h, ["HYS/99/999", "9999-99", "EXP 99-999"]))
    kind = rng.choice(
        [
            tr(
                lg,
                "Pre-Purchase Survey Report",
                "Kaufberatungsgutachten",
                "Rapport d'expertise avant achat",
            ),
            tr(
                lg,
                "Condition and Valuation Survey",
                "Zustands- und Wertgutachten",
                "Expertise d'état et de valeur",
            ),
            tr(
                lg,
                "Insurance Condition Survey",
                "Versicherungsgutachten",
                "Expertise pour assurance",
            ),
        ]
    )
    client = b.owner if rng.random() < 0.5 else person(rng, lg)
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.4:
        c = Page(s.page_size)
        heading(c, s, h)
        c.text(
            w / 2, 200, kind.upper(), s.bold, shrink(kind.upper(), s.bold, 18, w - 2 * m), "center"
        )
        c.text(w / 2, 230, f'"{b.name}"', s.bold, s.size + 6, "center")
        c.text(w / 2, 250, b.model, s.font, s.size + 2, "center")
        photo(c, w / 2 - 150, 280, 300, 200, rng)
        yy = 520.0
        for lab, val in [
            (tr(lg, "Prepared for", "Auftraggeber", "Pour le compte de"), client),
            (
                tr(lg, "Place of survey", "Ort der Besichtigung", "Lieu de l'expertise"),
                marina_row()[0],
            ),
            (tr(lg, "Date of survey", "Datum der Besichtigung", "Date de l'expertise"), day(h, d)),
            (tr(lg, "Our reference", "Gutachten-Nr.", "Référence"), ref),
        ]:
            c.text(w / 2 - 10, yy, lab, s.font, s.size, "right")
            c.text(w / 2 + 10, yy, val, s.bold, s.size)
            yy += 18
        pages.append(c)
        covers = 1
    f = sheets(s, h, f"{b.name} - {kind} - {ref}", top=not covers)
    if not covers:
        caption(f, s, kind, 4)
        f.page.text(
            m, f.y, f"{b.name} - {b.model} - {tr(lg, 'Ref.', 'Az.', 'Réf.')} {ref}", s.font, s.size
        )
        f.y += 20
    caption(f, s, tr(lg, "Particulars", "Technische Daten", "Caractéristiques"), 1)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Name", "Name", "Nom"), b.name),
                (tr(lg, "Builder / model", "Werft / Typ", "Chantier / modèle"), b.model),
                (tr(lg, "Year built", "Baujahr", "Année"), str(b.year)),
                (
                    tr(lg, "Hull identification number", "CIN / Baunummer", "Numéro CIN"),
                    b.hin or tr(lg, "not found", "nicht vorhanden", "non relevé"),
                ),
                (tr(lg, "Registration", "Registrierung", "Immatriculation"), b.reg),
                (
                    tr(lg, "LOA / beam / draft", "Länge / Breite / Tiefgang", "Long. / larg. / TE"),
                    f"{money(b.loa, lg)} / {money(b.beam, lg)} / {money(b.draft, lg)} m",
                ),
                (tr(lg, "Engine", "Motor", "Moteur"), b.engine),
                (tr(lg, "Client", "Auftraggeber", "Client"), client),
            ],
            w / 2 + 80,
        )
        + 8
    )
    for sec in (
        rng.sample(SURVEY_SECTIONS[lg][1:], rng.randint(4, 8))
        if rng.random() < 0.5
        else SURVEY_SECTIONS[lg][: rng.randint(5, 9)]
    ):
        caption(f, s, sec, 0.5)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, 2, 4))
    if rng.random() < 0.6:
        caption(
            f,
            s,
            tr(
                lg,
                "Moisture readings (Tramex Skipper, scale 1-100)",
                "Feuchtemessung (Sovereign, relative Skala)",
                "Relevés d'humidité (Tramex, échelle relative)",
            ),
            0.5,
        )
        rows = [
            [z, *[str(rng.randint(8, 40)) for _ in range(4)]]
            for z in (
                tr(lg, "Bow", "Bug", "Avant"),
                tr(lg, "Midships", "Mitte", "Milieu"),
                tr(lg, "Aft", "Heck", "Arrière"),
                tr(lg, "Keel stub", "Kielansatz", "Talon de quille"),
                tr(lg, "Transom", "Spiegel", "Tableau"),
            )
        ]
        grid(
            f,
            s,
            [(2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
            [
                "",
                tr(lg, "Port high", "Bb oben", "Bd haut"),
                tr(lg, "Port low", "Bb unten", "Bd bas"),
                tr(lg, "Stbd high", "Stb oben", "Td haut"),
                tr(lg, "Stbd low", "Stb unten", "Td bas"),
            ],
            rows,
        )
    caption(
        f,
        s,
        tr(
            lg,
            "Recommendations",
            "Zusammenfassung und Empfehlungen",
            "Conclusions et recommandations",
        ),
        1,
    )
    for k in range(rng.randint(3, 7)):
        cat = rng.choice("ABC")
        write(f, s, f"{cat}{k + 1}. {words(rng, lg)}", s.size - 0.5, indent=10)
    if "Value" in kind or "Wert" in kind or "valeur" in kind or rng.random() < 0.3:
        val = rng.randint(18, 160) * 1000
        write(
            f,
            s,
            tr(
                lg,
                "In our opinion the fair market value of the vessel as surveyed is "
                f"{cash(val, lg)}.",
                f"Der Marktwert des Schiffes im besichtigten Zustand wird auf {cash(val, lg)} "
                "geschätzt.",
                f"Nous estimons la valeur vénale du navire en l'état à {cash(val, lg)}.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "This report is issued without prejudice and is valid only for the client named "
            "above. Areas not accessible were not inspected.",
            "Das Gutachten wurde nach bestem Wissen erstellt und ist nur für den "
            "Auftraggeber bestimmt. Nicht zugängliche Bereiche wurden nicht untersucht.",
            "Le présent rapport est établi sous toutes réserves, pour le seul usage du "
            "client. Les parties non accessibles n'ont pas été examinées.",
        ),
        s.size - 1.5,
    )
    f.need(60)
    f.y += 20
    sign(f.page, m, f.y, staff(h, "surveyor"))
    f.page.text(
        m,
        f.y + 12,
        staff(h, "surveyor")
        + tr(lg, "  MIIMS  YDSA", "  ö.b.u.v. Sachverständiger", "  expert maritime agréé"),
        s.font,
        s.size - 1.5,
    )
    f.y += 30
    caps = PHOTO_CAPTIONS[lg]
    shots = rng.sample(caps, rng.choice([0, 0, 4, 4, 6, 8]))
    k = 0
    while k < len(shots):
        f.new_page()
        caption(f, s, tr(lg, "Photographs", "Fotodokumentation", "Planche photographique"), 1)
        pw = (w - 2 * m - 16) / 2
        ph = pw * 0.66
        y0 = f.y
        for j in range(6):
            if k >= len(shots) or y0 + (j // 2) * (ph + 28) + ph > f.bottom:
                break
            x = m + (j % 2) * (pw + 16)
            y = y0 + (j // 2) * (ph + 28)
            photo(f.page, x, y, pw, ph, rng)
            f.page.text(
                x,
                y + ph + 11,
                f"{tr(lg, 'Fig.', 'Abb.', 'Photo')} {k + 1}  {shots[k]}",
                s.font,
                7.5,
            )
            k += 1
        f.y = f.bottom
    note(boat=b, day=d, ref=ref)
    return close(
        pages + f.pages,
        s,
        h,
        rng.choice([h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]),
        covers=covers,
    )


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A craft insurer's certificate of insurance, often behind the insurer's renewal letter,
    followed by the policy schedule (sums insured, excesses, premium, endorsements) and now and
    then a summary of cover: all one document."""
    h = head_of(who, "insurer")
    lg = h.lang
    b = the_boat(rng, ("survey_report",))
    d = the_day(rng, ("survey_report",), (5, 30))
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    pol = serial(rng, habit(h, ["SCI/999999/99", "YM 9999999", "9999.999.999"]))
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    value = rng.randint(15, 180) * 1000
    prem = round(value * rng.uniform(0.006, 0.011), 2)
    pages: list[Page] = []
    if rng.random() < 0.3:
        f = sheets(s, h, h.name)
        recipient(f, s, h, owner_lines(b), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
        caption(
            f,
            s,
            tr(
                lg,
                f"Your yacht insurance - {b.name}",
                f"Ihre Yachtversicherung - {b.name}",
                f"Votre assurance navigation - {b.name}",
            ),
            1,
        )
        write(f, s, dear(lg, b.owner if lg == b.lang else None))
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for insuring {b.name} with us. Please find enclosed your "
                f"certificate of insurance and policy schedule for the period {day(h, start)} "
                f"to {day(h, end)}.",
                "vielen Dank für Ihr Vertrauen. Anbei erhalten Sie die "
                "Versicherungsbestätigung und den Versicherungsschein für den Zeitraum "
                f"{day(h, start)} bis {day(h, end)}.",
                "Nous vous remercions de votre confiance. Vous trouverez ci-joint votre "
                "attestation d'assurance et vos conditions particulières pour la période du "
                f"{day(h, start)} au {day(h, end)}.",
            ),
        )
        write(f, s, prose(rng, lg, 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Yacht Underwriting", "Yacht-Abteilung", "Service plaisance"),
        )
        pages += f.pages
    c = Page(s.page_size)
    y = heading(c, s, h)
    c.rect(m, y, w - 2 * m, 44, fill=0.9)
    title = tr(
        lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE"
    )
    c.text(w / 2, y + 20, title, s.bold, shrink(title, s.bold, 16, w - 2 * m - 20), "center")
    c.text(
        w / 2,
        y + 34,
        tr(
            lg,
            "Pleasure craft - third party liability and hull",
            "Wassersportfahrzeug - Haftpflicht und Kasko",
            "Navire de plaisance - responsabilité civile et dommages",
        ),
        s.font,
        8,
        "center",
    )
    y += 64
    y = fields(
        c,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période"),
                f"{short(start, lg)} - {short(end, lg)}",
            ),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), b.owner),
            (tr(lg, "Vessel", "Fahrzeug", "Navire"), f"{b.name} ({b.model})"),
            (
                tr(lg, "Hull no. / registration", "CIN / Registrierung", "CIN / immatriculation"),
                b.hin or b.reg,
            ),
            (tr(lg, "Moored at", "Liegeplatz", "Port d'attache"), marina_row()[0]),
            (
                tr(lg, "Cruising area", "Fahrtgebiet", "Zone de navigation"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "UK coastal waters and North Biscay",
                            "Nord- und Ostsee inkl. Kattegat",
                            "Côtes Atlantique et Manche, 60 milles",
                        ),
                        tr(
                            lg,
                            "Home waters, Brest to Elbe",
                            "Europäische Küstengewässer",
                            "Eaux européennes",
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "Third party liability limit", "Deckungssumme Haftpflicht", "Plafond RC"),
                cash(rng.choice([3_000_000, 5_000_000]), lg),
            ),
        ],
        per=2,
        tall=30,
        hand=False,
    )
    y += 10
    for t in wrap(
        tr(
            lg,
            "We certify that the vessel described above is insured under the policy shown in "
            "accordance with its terms and conditions. This certificate is evidence of third "
            "party insurance for the purpose of marina and harbour regulations.",
            "Wir bestätigen, dass für das oben genannte Fahrzeug Versicherungsschutz im "
            "Rahmen des genannten Vertrages besteht. Diese Bestätigung dient als Nachweis "
            "der Haftpflichtversicherung gegenüber Hafenbetreibern.",
            "Nous certifions que le navire désigné ci-dessus est garanti au titre du contrat "
            "référencé, selon ses conditions générales et particulières. La présente "
            "attestation vaut justificatif d'assurance auprès des ports.",
        ),
        s.font,
        s.size - 0.5,
        w - 2 * m,
    ):
        c.text(m, y, t, s.font, s.size - 0.5)
        y += (s.size - 0.5) * 1.4
    y += 30
    sign(c, m, y, staff(h, "signatory"))
    c.line(m, y + 3, m + 180, y + 3)
    c.text(
        m,
        y + 13,
        tr(lg, f"For and on behalf of {h.name}", f"{h.name}", f"Pour {h.name}"),
        s.font,
        7.5,
    )
    c.text(
        w - m,
        y + 13,
        f"{tr(lg, 'Issued', 'Ausgestellt', 'Fait le')} {day(h, d)}",
        s.font,
        7.5,
        "right",
    )
    pages.append(c)
    if rng.random() < 0.5:
        f = sheets(
            s,
            h,
            f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} - {pol}",
            top=h.again,
        )
        caption(
            f,
            s,
            tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN - NACHTRAG", "CONDITIONS PARTICULIÈRES"),
            2,
            rule=True,
        )
        secs = [
            (
                tr(
                    lg,
                    "Hull, machinery and equipment",
                    "Kasko (Schiff, Motor, Zubehör)",
                    "Coque, moteur et équipements",
                ),
                value,
            ),
            (
                tr(lg, "Tender and outboard", "Beiboot und Außenborder", "Annexe et hors-bord"),
                rng.choice([1500, 2500, 4000]),
            ),
            (
                tr(lg, "Personal effects", "Persönliche Effekten", "Effets personnels"),
                rng.choice([1000, 2000, 3000]),
            ),
            (
                tr(lg, "Sails (racing)", "Regattasegel", "Voiles de régate"),
                rng.choice([0, 0, 6000]),
            ),
        ]
        rows = [
            [a, cash(v, lg) if v else "-", cash(rng.choice([250, 350, 500]), lg) if v else "-"]
            for a, v in secs
        ]
        grid(
            f,
            s,
            [(4, "left"), (1.6, "right"), (1.4, "right")],
            [
                tr(lg, "Section", "Position", "Garantie"),
                tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
                tr(lg, "Excess", "Selbstbehalt", "Franchise"),
            ],
            rows,
            rules=True,
        )
        items, _ = (
            [
                (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
                (
                    tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxe 9 %"),
                    cash(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], lg),
                ),
                (
                    tr(lg, "Total payable", "Gesamtbeitrag", "Total à payer"),
                    cash(prem * {"en": 1.12, "de": 1.19, "fr": 1.09}[lg], lg),
                ),
            ],
            0,
        )
        totals(f, s, items)
        caption(
            f, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 0
        )
        for k in range(rng.randint(2, 5)):
            write(
                f,
                s,
                f"{tr(lg, 'E', 'BV', 'C')}{k + 1:02d}  {words(rng, lg)}",
                s.size - 1.5,
                indent=6,
            )
        if rng.random() < 0.3:
            f.new_page()
            caption(
                f,
                s,
                tr(lg, "Summary of cover", "Produktinformationsblatt", "Document d'information"),
                1,
            )
            small_print(
                f,
                s,
                clauses(
                    rng,
                    lg,
                    [
                        tr(lg, t, g, fr)
                        for t, g, fr in [
                            ("What is insured", "Was ist versichert?", "Ce qui est assuré"),
                            (
                                "What is not insured",
                                "Was ist nicht versichert?",
                                "Ce qui n'est pas assuré",
                            ),
                            ("Where am I covered", "Wo bin ich versichert?", "Où suis-je couvert"),
                            ("Laying up", "Winterlager", "Désarmement"),
                            ("Claims", "Schadenfall", "Sinistres"),
                            ("Complaints", "Beschwerden", "Réclamations"),
                        ]
                    ],
                ),
                pt=7,
            )
        pages += f.pages
    _ = hh
    note(boat=b, day=d, ref=pol)
    return close(pages, s, h)


def tpl_harbour_dues(rng: random.Random, who: Issuer) -> list[Page]:
    """The harbour authority's account of annual harbour dues for one vessel (sent to the
    marina as berth holder's agent or to the owner): vessel, length band, dues, a remittance
    slip to tear off; the German Bescheid has its Rechtsbehelfsbelehrung, now and then on a
    second page that belongs to it."""
    h = head_of(who, "authority", ["centred", "split", "boxed", "caps"])
    lg = h.lang
    b = the_boat(rng)
    d = the_day(rng, ("notice_mariners",), (0, 10))
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, {"en": "HD 99999", "de": "9.9999.999999.9", "fr": "TP 999999"}[lg])
    f = sheets(s, h, h.name)
    to = (
        owner_lines(b)
        if rng.random() < 0.5
        else marina_lines(
            tr(lg, "Berth holder accounts", "Abrechnung Liegeplätze", "Service comptabilité")
        )
    )
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (tr(lg, "Account no.", "Kassenzeichen", "N° de titre"), no),
            (tr(lg, "Year", "Jahr", "Exercice"), str(d.year)),
        ],
    )
    title = tr(
        lg,
        f"Harbour Dues {d.year} - Account",
        f"Bescheid über Hafengebühren {d.year}",
        f"Titre de perception - redevance domaniale de mouillage {d.year}",
    )
    caption(f, s, title, 2)
    if lg == "de":
        write(
            f,
            s,
            "Sehr geehrte Damen und Herren, auf Grund der Hafengebührensatzung in der "
            "geltenden Fassung wird für das nachstehende Wasserfahrzeug folgende Gebühr "
            "festgesetzt:",
        )
    elif lg == "fr":
        write(
            f,
            s,
            "En application de l'arrêté préfectoral portant autorisation d'occupation "
            "temporaire du domaine public maritime, la redevance suivante est mise à votre "
            "charge :",
        )
    else:
        write(
            f,
            s,
            "Harbour dues are levied under the Harbour Revision Order on every vessel kept "
            "within the harbour limits. The following dues are payable for the current year:",
        )
    band_ = rng.choice(["8 - 10 m", "10 - 12 m", "6 - 8 m", "12 - 14 m"])
    rate = rng.uniform(12, 26)
    dues = round(b.loa * rate, 2)
    rows = [[b.name, b.reg, f"{money(b.loa, lg)} m", band_, cash(dues, lg)]]
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Late payment surcharge", "Säumniszuschlag", "Majoration de retard"),
                "",
                "",
                "",
                cash(round(dues * 0.1, 2), lg),
            ]
        )
        dues = round(dues * 1.1, 2)
    grid(
        f,
        s,
        [(2, "left"), (2.4, "left"), (1, "right"), (1.2, "left"), (1.3, "right")],
        [
            tr(lg, "Vessel", "Fahrzeug", "Navire"),
            tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
            tr(lg, "LOA", "Länge", "Long."),
            tr(lg, "Band", "Klasse", "Tranche"),
            tr(lg, "Dues", "Gebühr", "Montant"),
        ],
        rows,
        rules=True,
    )
    totals(
        f, s, [(tr(lg, "Amount payable", "Zu zahlender Betrag", "Montant à payer"), cash(dues, lg))]
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due by {day(h, d + timedelta(days=28))}. Dues not paid may be "
            "recovered as a civil debt and the vessel may be detained.",
            f"Der Betrag ist bis zum {day(h, d + timedelta(days=30))} unter Angabe des "
            "Kassenzeichens zu überweisen.",
            f"À régler avant le {day(h, d + timedelta(days=30))} auprès du comptable public, "
            "par virement ou sur payfip.gouv.fr.",
        ),
        s.size - 1,
    )
    if lg == "de":
        if rng.random() < 0.4:
            f.new_page()
        caption(f, s, "Rechtsbehelfsbelehrung", 0)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim "
            "Bürgermeister einzulegen. " + prose(rng, lg, 1, 2),
            s.size - 1.5,
        )
    f.need(140)
    y = max(f.y + 10, hh - m - 120 - 7 * len(h.foot))
    slip_rule(
        f.page,
        m,
        w - m,
        y,
        tr(
            lg,
            "Please detach and return with your payment",
            "Zahlungsabschnitt",
            "Talon à joindre à votre règlement",
        ),
    )
    y += 20
    f.page.text(m, y, h.name, s.bold, 8)
    y = fields(
        f.page,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            (tr(lg, "Account no.", "Kassenzeichen", "N° de titre"), no),
            (tr(lg, "Vessel", "Fahrzeug", "Navire"), b.name),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(dues, lg)),
            (tr(lg, "Paid by (cheque / card)", "Eingezahlt am", "Réglé le"), ""),
        ],
        per=4,
        tall=26,
        hand=False,
    )
    note(boat=b, day=d, ref=no)
    return close(f.pages, s, h)


def chartlet(
    rng: random.Random, s: Style, lang: str, title: str, marks: list[tuple[str, str]]
) -> Page:
    """A chartlet: a coastline, a channel with lateral marks, a shaded works area and the
    positions of the notice."""
    w, hh = A4
    p = Page(A4)
    m = 40
    p.text(m, m, fit(title, s.bold, 10, w - 2 * m), s.bold, 10)
    x0, y0, x1, y1 = m, m + 20, w - m, hh - m - 60
    p.rect(x0, y0, x1 - x0, y1 - y0)
    # Coast along the top and left, with hatching on the land.
    pts = [(x0, y0 + 80 + rng.uniform(-20, 20))]
    x = x0
    while x < x1:
        x = min(x1, x + rng.uniform(30, 70))
        pts.append((x, y0 + rng.uniform(60, 125)))
    for (ax, ay), (bx, by) in pairwise(pts):
        p.line(ax, ay, bx, by)
        for k in range(int(bx - ax) // 8):
            xx = ax + k * 8
            yy = ay + (by - ay) * (xx - ax) / max(bx - ax, 1)
            p.line(xx, yy - 6, xx + 5, yy - 1)
    # Depth contours and soundings.
    for _ in range(3):
        yy = rng.uniform(y0 + 170, y1 - 40)
        xx = x0
        while xx < x1 - 40:
            p.line(xx, yy, xx + 30, yy + rng.uniform(-8, 8))
            xx += 40
    for _ in range(40):
        p.text(
            rng.uniform(x0 + 10, x1 - 20),
            rng.uniform(y0 + 160, y1 - 10),
            str(rng.randint(1, 25)),
            "Times-Italic",
            6,
        )
    # Channel marks.
    for k in range(5):
        cx = x0 + 80 + k * (x1 - x0 - 160) / 4
        for side, off in ((0, -30), (1, 30)):
            cy = y0 + 220 + k * 40 + off
            if side == 0:
                p.rect(cx - 3, cy - 3, 6, 6, fill=0.2)
            else:
                p.line(cx - 4, cy + 3, cx, cy - 4)
                p.line(cx, cy - 4, cx + 4, cy + 3)
                p.line(cx - 4, cy + 3, cx + 4, cy + 3)
    wx, wy = rng.uniform(x0 + 60, x1 - 200), rng.uniform(y0 + 200, y1 - 160)
    p.rect(wx, wy, rng.uniform(80, 150), rng.uniform(50, 110), fill=0.75)
    for lab, pos in marks[:6]:
        p.text(wx + 4, wy - 4, f"{lab}  {pos}", "Helvetica", 6.5)
        wy += 10
    # Compass rose (north arrow) and scale.
    p.line(x1 - 40, y1 - 80, x1 - 40, y1 - 30)
    p.line(x1 - 40, y1 - 80, x1 - 46, y1 - 66)
    p.line(x1 - 40, y1 - 80, x1 - 34, y1 - 66)
    p.text(x1 - 40, y1 - 84, "N", "Helvetica-Bold", 8, "center")
    p.line(x0 + 20, y1 - 20, x0 + 120, y1 - 20)
    p.text(
        x0 + 20,
        y1 - 8,
        tr(lang, "0      0.5 nautical mile", "0      0,5 sm", "0      0,5 mille"),
        "Helvetica",
        6,
    )
    p.text(
        m,
        hh - m - 40,
        tr(
            lang,
            "Not to be used for navigation. Chart datum: lowest astronomical tide.",
            "Nicht zur Navigation. Kartennull: LAT.",
            "Ne pas utiliser pour la navigation. Zéro des cartes.",
        ),
        "Helvetica",
        7,
    )
    return p


def position(rng: random.Random) -> str:
    lat = f"{rng.randint(47, 54)}°{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}'N"
    lon = f"{rng.randint(0, 10):03d}°{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}'"
    return f"{lat} {lon}{rng.choice('EW')}"


def tpl_notice_mariners(rng: random.Random, who: Issuer) -> list[Page]:
    """A (local) notice to mariners: number and year, subject, the positions in a table, the
    details and the harbour master's name; now and then a chartlet page, which belongs to the
    notice."""
    h = head_of(who, "notices", ["centred", "caps", "boxed", "split"])
    lg = h.lang
    d = on(rng)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    no = rng.randint(1, 48)
    subject = rng.choice(
        {
            "en": [
                "Dredging operations in the approach channel",
                "Temporary withdrawal of No. 4 port hand buoy",
                "Yacht racing - Regatta week",
                "Diving operations at the fuel pontoon",
                "New moorings laid - west bank",
                "Obstruction - sunken vessel",
            ],
            "de": [
                "Baggerarbeiten im Fahrwasser",
                "Einziehen der Fahrwassertonne 4",
                "Regattaveranstaltung - Sperrung",
                "Taucherarbeiten an der Hafeneinfahrt",
                "Verlegung von Dalben",
                "Schifffahrtshindernis - Wrack",
            ],
            "fr": [
                "Travaux de dragage du chenal d'accès",
                "Retrait temporaire de la bouée bâbord n° 4",
                "Régate - zone réglementée",
                "Travaux sous-marins à l'entrée du port",
                "Pose de nouveaux corps-morts",
                "Épave - danger pour la navigation",
            ],
        }[lg]
    )
    label = tr(
        lg,
        f"LOCAL NOTICE TO MARINERS No. {no} of {d.year}",
        f"Bekanntmachung für Seefahrer (BfS) {no}/{d.year % 100:02d}",
        f"AVIS AUX NAVIGATEURS n° {no}/{d.year}",
    )
    f = sheets(s, h, label)
    caption(f, s, label, 3)
    f.page.text(m, f.y, fit(subject, s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1)
    f.y += 18
    f.page.text(m, f.y, f"{tr(lg, 'Date', 'Datum', 'Date')}: {day(h, d)}", s.font, s.size - 1)
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            f"Mariners are advised that from {day(h, d + timedelta(days=rng.randint(3, 20)))} "
            f"{words(rng, lg, 10)}",
            f"Im Bereich der nachstehenden Positionen {words(rng, lg, 10)}",
            "Les navigateurs sont informés qu'à compter du "
            f"{day(h, d + timedelta(days=rng.randint(3, 20)))} {words(rng, lg, 10)}",
        ),
    )
    marks = [(chr(65 + k), position(rng)) for k in range(rng.randint(2, 6))]
    grid(
        f,
        s,
        [(0.6, "left"), (4, "left"), (3, "left")],
        [
            tr(lg, "Pt", "Pkt.", "Pt"),
            tr(lg, "Position (WGS 84)", "Position (WGS 84)", "Position (WGS 84)"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        [[a, pos, words(rng, lg, 3)[:-1]] for a, pos in marks],
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Charts affected: 2041, 2022, 5600.",
            "Betroffene Seekarten: 3004, 42, 43.",
            "Cartes concernées : 7033, 7141L.",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 20
    f.page.text(m, f.y, staff(h, "hm"), s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(lg, "Harbour Master", "Im Auftrag", "Pour le préfet maritime et par délégation"),
        s.font,
        s.size - 1,
    )
    f.y += 30
    pages = close(f.pages, s, h)
    if rng.random() < 0.5:
        pages.append(
            chartlet(
                rng, s, lg, f"{label} - {tr(lg, 'Chartlet', 'Kartenskizze', 'Croquis')}", marks
            )
        )
    note(day=d, ref=label)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OO: fuel, chandlery, club
# ---------------------------------------------------------------------------------------------


def tpl_fuel_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel berth's till receipt on a narrow slip: pump, product, litres, price per litre,
    VAT, card payment; the English one with the propulsion / domestic use declaration for
    red diesel."""
    own = keyed(who, "fuel-own").random() < 0.4
    h = head_of(who, "marina") if own else head_of(who, "fuel")
    lg = h.lang
    b = the_boat(rng)
    d = on(rng, -60, 25)
    wdt = float(habit(h, ["58", "72", "80", "80"])) * MM
    p = Page((wdt, rng.choice([170, 200, 230]) * MM))
    font = habit(h, ["Courier", "Helvetica"])
    bold = font + "-Bold"
    x = 8.0
    rw = wdt - 8
    y = 24.0
    pt = 7.5 if wdt > 60 * MM else 6.5
    for t in (h.name, h.street, h.town):
        p.text(
            wdt / 2,
            y,
            fit(t, bold if t == h.name else font, pt, wdt - 12),
            bold if t == h.name else font,
            pt,
            "center",
        )
        y += pt * 1.35
    vatno = {
        "en": f"VAT GB {serial(sender_rng(h), '999 9999 99')}",
        "de": f"St.-Nr. {serial(sender_rng(h), '99/999/99999')}",
        "fr": f"SIRET {serial(sender_rng(h), '999 999 999 99999')}",
    }[lg]
    p.text(wdt / 2, y, vatno, font, pt - 1, "center")
    y += pt * 2
    p.text(x, y, f"{short(d, lg)}  {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", font, pt)
    p.text(rw, y, f"#{rng.randint(1000, 99999)}", font, pt, "right")
    y += pt * 1.6
    pump = rng.randint(1, 3)
    p.text(x, y, tr(lg, f"Pump {pump}", f"Zapfsäule {pump}", f"Pompe {pump}"), font, pt)
    y += pt * 1.5
    diesel = rng.random() < 0.8 or b.kind == "sail"
    product = (
        tr(
            lg,
            "Marine gas oil (red)" if rng.random() < 0.6 else "Diesel (white)",
            "Diesel",
            "Gazole",
        )
        if diesel
        else tr(lg, "Unleaded 95", "Super E5", "SP98")
    )
    litres = round(rng.uniform(12, 320 if b.kind == "motor" else 80), 2)
    ppl = round(rng.uniform(1.35, 1.95), 3)
    gross = round(litres * ppl, 2)
    p.text(x, y, fit(product, font, pt, rw - x), font, pt)
    y += pt * 1.35
    p.text(
        x + 6, y, f"{money(litres, lg)} l x {money(ppl, lg)}{'0' if lg != 'en' else ''}", font, pt
    )
    p.text(rw, y, money(gross, lg), font, pt, "right")
    y += pt * 1.6
    if rng.random() < 0.3:
        extra = round(rng.choice([4.5, 6.0, 12.5, 3.2]), 2)
        p.text(x, y, tr(lg, "Ice / water token", "Eis", "Glace"), font, pt)
        p.text(rw, y, money(extra, lg), font, pt, "right")
        gross += extra
        y += pt * 1.6
    p.line(x, y - pt * 0.6, rw, y - pt * 0.6)
    y += pt * 0.6
    p.text(x, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), bold, pt + 2)
    p.text(rw, y, f"{currency(lg)} {money(gross, lg)}", bold, pt + 2, "right")
    y += pt * 1.8
    rate = VAT[lg] if lg != "en" or not diesel or "red" not in product else 0.05
    net = gross / (1 + rate)
    p.text(x, y, f"{tr(lg, 'VAT', 'MwSt.', 'TVA')} {rate * 100:.0f}%", font, pt)
    p.text(rw, y, money(gross - net, lg), font, pt, "right")
    y += pt * 1.4
    p.text(x, y, tr(lg, "Net", "Netto", "HT"), font, pt)
    p.text(rw, y, money(net, lg), font, pt, "right")
    y += pt * 1.8
    card = rng.choice(["VISA", "MASTERCARD", "GIROCARD" if lg == "de" else "CB", "MAESTRO"])
    for t in [
        f"{card} **** {rng.randint(1000, 9999)}",
        tr(lg, "CONTACTLESS", "KONTAKTLOS", "SANS CONTACT"),
        f"AUTH {serial(rng, '999999')}",
        tr(lg, "APPROVED", "ZAHLUNG ERFOLGT", "PAIEMENT ACCEPTÉ"),
    ]:
        p.text(x, y, t, font, pt - 0.5)
        y += pt * 1.3
    y += pt
    if lg == "en" and "red" in product:
        for t in wrap(
            "Declaration: I declare that this fuel is for use in a private pleasure craft. "
            "Propulsion 60%  Heating / domestic 40%.",
            font,
            pt - 1,
            rw - x,
        ):
            p.text(x, y, t, font, pt - 1)
            y += (pt - 1) * 1.3
        y += 4
        p.text(x, y + 10, tr(lg, "Signed", "", ""), font, pt - 1)
        sign(p, x + 30, y + 10, b.owner, 10)
        y += 22
    p.text(x, y, fit(f"{tr(lg, 'Vessel', 'Boot', 'Bateau')}: {b.name}", font, pt, rw - x), font, pt)
    y += pt * 2
    p.text(
        wdt / 2,
        y,
        tr(lg, "Thank you - fair winds!", "Vielen Dank und gute Fahrt!", "Merci et bon vent !"),
        font,
        pt,
        "center",
    )
    note(boat=b, day=d)
    return [p]


GOODS = {
    "en": [
        ("Stainless bow shackle 8 mm", 6.95),
        ("Antifouling, hard, navy, 2.5 l", 94.50),
        ("Fender 20 x 60 cm, white", 29.99),
        ("Braided polyester line 10 mm, per m", 2.45),
        ("Impeller Johnson 09-1027B", 39.80),
        ("Shaft anode 25 mm", 14.20),
        ("Lifejacket 165N auto with harness", 119.00),
        ("Bilge pump Whale Gusher 10", 139.00),
        ("Navigation light LED, bicolour", 84.00),
        ("Deck wash hose 15 m", 36.50),
        ("Teak cleaner, 1 l", 19.90),
        ("Stainless jubilee clips 40-60 (10)", 11.60),
        ("Gas bottle Calor 4.5 kg refill", 38.00),
        ("Mooring line 14 mm x 10 m", 34.95),
        ("Flares pack, inshore", 129.00),
    ],
    "de": [
        ("Schäkel Edelstahl 8 mm", 6.90),
        ("Antifouling hart, blau, 2,5 l", 98.00),
        ("Fender 20 x 60 cm, weiß", 31.50),
        ("Festmacherleine 14 mm x 10 m", 36.90),
        ("Impeller für Volvo Penta", 42.80),
        ("Wellenanode 25 mm", 15.40),
        ("Automatikweste 165 N mit Lifebelt", 129.00),
        ("Bilgenpumpe Whale Gusher 10", 149.00),
        ("LED-Positionslaterne Zweifarben", 89.00),
        ("Teakreiniger 1 l", 21.50),
        ("Schlauchschellen V4A 40-60 (10 St.)", 12.90),
        ("Tauwerk Polyester 10 mm, je m", 2.60),
    ],
    "fr": [
        ("Manille inox 8 mm", 6.50),
        ("Antifouling matrice dure, bleu, 2,5 l", 96.00),
        ("Pare-battage 20 x 60 cm, blanc", 29.00),
        ("Aussière 14 mm x 10 m", 35.00),
        ("Turbine pompe à eau Volvo", 41.00),
        ("Anode d'arbre 25 mm", 14.90),
        ("Gilet autogonflant 165 N avec harnais", 115.00),
        ("Pompe de cale Whale Gusher 10", 145.00),
        ("Feu de navigation LED bicolore", 86.00),
        ("Nettoyant teck 1 l", 18.90),
        ("Colliers inox 40-60 (10)", 11.00),
        ("Cordage polyester 10 mm, le m", 2.40),
    ],
}


def order_goods(
    rng: random.Random, lang: str, after: tuple[str, ...]
) -> list[tuple[str, int, float]]:
    g = LAST["goods"]
    if LAST["kind"] in after and isinstance(g, list) and g:
        return g
    return [
        (n, rng.choice([1, 2, 2, 4, 5, 6, 10, 12, 20]), pr)
        for n, pr in rng.sample(GOODS[lang], rng.randint(2, min(12, len(GOODS[lang]))))
    ]


def tpl_chandlery_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A chandlery wholesaler's invoice to the marina shop or yard: the lines of the order
    (taking up a delivery note's lines when it follows one), VAT, payment terms; long orders
    run on; sometimes the conditions of sale on a terms page that belongs to the invoice."""
    h = head_of(who, "chandler")
    lg = h.lang
    d = the_day(rng, ("delivery_note",), (0, 6))
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, habit(h, ["SI999999", "RE-99999", "F99-99999"]))
    goods = order_goods(rng, lg, ("delivery_note",))
    dn = (
        str(LAST["ref"])
        if LAST["kind"] == "delivery_note" and LAST["ref"]
        else serial(rng, "DN99999")
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        marina_lines(tr(home(), "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), serial(rng, "99999")),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), dn),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
        ],
    )
    f.page.text(m, f.y, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5)
    f.y += 22
    rows = []
    net = 0.0
    for k, (name, q, pr) in enumerate(goods, 1):
        disc = rng.choice([0, 0, 10, 15, 25])
        v = q * pr * (1 - disc / 100)
        net += v
        rows.append(
            [
                str(k),
                serial(rng, "99-99999"),
                name,
                str(q),
                money(pr, lg),
                f"{disc}%" if disc else "",
                money(v, lg),
            ]
        )
    grid(
        f,
        s,
        [
            (0.4, "left"),
            (1.2, "left"),
            (4.5, "left"),
            (0.6, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
        [
            "#",
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Net", "Netto", "Total HT"),
        ],
        rows,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.4:
        net += 9.5
        f.page.text(
            m, f.y, tr(lg, "Carriage", "Versandkosten", "Frais de port"), s.font, s.size - 1
        )
        f.page.text(w - m, f.y, money(9.5, lg), s.font, s.size - 1, "right")
        f.y += 16
    items, _ = vat_totals(lg, net)
    totals(f, s, items)
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days from invoice date. Goods remain our property until paid in full.",
            "Zahlbar innerhalb 30 Tagen netto, 10 Tage 2 % Skonto. Die Ware bleibt bis zur "
            "vollständigen Bezahlung unser Eigentum.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal; indemnité forfaitaire de recouvrement 40 €.",
        ),
        s.size - 1.5,
    )
    if rng.random() < 0.2:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Conditions of Sale",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales de vente",
            ),
            1,
            rule=True,
        )
        small_print(
            f,
            s,
            clauses(
                rng,
                lg,
                [
                    tr(lg, a, b_, c)
                    for a, b_, c in [
                        ("Orders", "Geltungsbereich", "Commandes"),
                        ("Prices", "Preise", "Prix"),
                        ("Delivery", "Lieferung", "Livraison"),
                        ("Returns", "Rücksendungen", "Retours"),
                        ("Title", "Eigentumsvorbehalt", "Réserve de propriété"),
                        ("Warranty", "Gewährleistung", "Garantie"),
                        ("Law", "Gerichtsstand", "Juridiction"),
                    ]
                ],
            ),
        )
    received(rng, f.pages[0], d)
    note(day=d, ref=no, goods=goods)
    return close(f.pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A chandler's delivery note, often on A5: the lines without prices, the driver's and
    the receiver's signatures, received stamp; one per delivery."""
    h = head_of(who, "chandler")
    lg = h.lang
    d = on(rng)
    a5 = habit(h, ["A5", "A5", "A4"]) == "A5"
    s = style_of(h, A5 if a5 else A4, margin=34 if a5 else 0)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, habit(h, ["DN99999", "LS-999999", "BL99999"]))
    goods = order_goods(rng, lg, ())
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    f.page.text(
        m, f.y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, s.size + 3
    )
    f.page.text(w - m, f.y, no, s.bold, s.size + 1, "right")
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"),
                f"{marina_row()[0]}, {marina_row()[2]}",
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Order ref.", "Bestellung", "Commande"), serial(rng, "PO-9999")),
            (
                tr(lg, "Route / driver", "Tour / Fahrer", "Tournée"),
                f"{rng.randint(1, 9)} / {person(rng, lg).split()[0]}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    rows = [[serial(rng, "99-99999"), name, str(q), ""] for name, q, _ in goods]
    grid(
        f,
        s,
        [(1.3, "left"), (5, "left"), (0.7, "right"), (0.9, "center")],
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Checked", "Geprüft", "Contrôlé"),
        ],
        rows,
        pt=8,
        rules=True,
        step=1.8,
    )
    f.need(70)
    y = max(f.y + 10, hh - s.margin - 80 - 7 * len(h.foot))
    f.page.text(
        m,
        y,
        tr(
            lg,
            "Received in good condition",
            "Ware vollständig und unbeschädigt erhalten",
            "Reçu en bon état",
        ),
        s.font,
        7.5,
    )
    sign(f.page, m + 10, y + 26, person(rng, home()), 12)
    f.page.line(m, y + 30, m + 140, y + 30)
    f.page.text(
        m,
        y + 39,
        tr(lg, "Signature / print name", "Unterschrift / Name", "Signature / nom"),
        s.font,
        6.5,
    )
    f.page.line(w - m - 120, y + 30, w - m, y + 30)
    f.page.text(w - m - 120, y + 39, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5)
    if rng.random() < 0.4:
        scribble(
            f.page,
            m + 150,
            y + 20,
            rng.choice([tr(home(), "1 box short", "fehlt 1 Stk", "manque 1 carton"), "ok"]),
            9,
        )
    received(rng, f.page, d, 0.3)
    note(day=d, ref=no, goods=goods)
    return close(f.pages, s, h, numbers="none")


CLUB_FEES = {
    "en": [
        ("Full member", 245.0),
        ("Joint / family", 330.0),
        ("Crew member", 95.0),
        ("Cadet (under 18)", 40.0),
        ("Country member", 110.0),
    ],
    "de": [
        ("Ordentliches Mitglied", 180.0),
        ("Familienmitgliedschaft", 260.0),
        ("Jugendliche / Auszubildende", 45.0),
        ("Fördermitglied", 60.0),
    ],
    "fr": [
        ("Membre actif", 160.0),
        ("Couple", 240.0),
        ("Jeune (- 25 ans)", 50.0),
        ("Membre bienfaiteur", 300.0),
    ],
}


def tpl_club_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The sailing club's membership renewal: the secretary's or treasurer's letter with the
    subscriptions for the year, and the renewal form (categories to tick, boat details, Gift
    Aid declaration or SEPA mandate, a slip to return) on the same or the next page."""
    h = head_of(who, "club", ["burgee", "centred", "caps", "anchor"])
    lg = h.lang
    b = the_boat(rng)
    d = on(rng)
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    year = d.year + (1 if d.month >= 10 else 0)
    mem = serial(rng, "9999")
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        owner_lines(b),
        d,
        [(tr(lg, "Membership no.", "Mitglieds-Nr.", "N° d'adhérent"), mem)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Membership renewal {year}",
            f"Mitgliedsbeitrag {year}",
            f"Renouvellement de votre adhésion {year}",
        ),
        1,
    )
    write(f, s, dear(lg, b.owner if b.lang == lg else None))
    write(
        f,
        s,
        tr(
            lg,
            f"Subscriptions for {year} are now due. The committee has agreed the rates below "
            "at the AGM. " + prose(rng, lg, 1, 2),
            f"der Vorstand erinnert an die Fälligkeit des Jahresbeitrags {year}. Die Beiträge "
            "wurden auf der Jahreshauptversammlung wie folgt beschlossen. " + prose(rng, lg, 1, 2),
            f"Le bureau vous invite à renouveler votre adhésion pour {year}. Les cotisations "
            "ont été votées en assemblée générale. " + prose(rng, lg, 1, 2),
        ),
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, 1, 3))
    fees = CLUB_FEES[lg]
    rows = [[cat, cash(v, lg)] for cat, v in fees]
    grid(
        f,
        s,
        [(4, "left"), (1.5, "right")],
        [
            tr(lg, "Category", "Beitragsgruppe", "Catégorie"),
            tr(lg, "Subscription", "Beitrag", "Cotisation"),
        ],
        rows,
        pt=s.size - 1,
    )
    role = rng.choice(
        [
            tr(lg, "Hon. Membership Secretary", "Schatzmeister", "Trésorier"),
            tr(lg, "Hon. Treasurer", "Kassenwart", "Secrétaire"),
        ]
    )
    regards(f, s, lg, staff(h, "sec"), role)
    if f.y > hh * 0.5 or rng.random() < 0.3:
        f.new_page()
    else:
        f.y += 10
        slip_rule(f.page, m, w - m, f.y, tr(lg, "cut here", "hier abtrennen", "à découper"))
        f.y += 20
    caption(
        f,
        s,
        tr(lg, "RENEWAL FORM", "BEITRITTS- / VERLÄNGERUNGSFORMULAR", "BULLETIN DE RENOUVELLEMENT"),
        1,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), b.owner),
            (tr(lg, "Membership no.", "Mitglieds-Nr.", "N° adhérent"), mem),
            (tr(lg, "Boat name", "Bootsname", "Nom du bateau"), b.name),
            (tr(lg, "Class / type", "Bootstyp", "Type"), b.model),
        ],
        per=2,
        hand=rng.random() < 0.7,
    )
    f.page.text(m, f.y, tr(lg, "Category:", "Beitragsgruppe:", "Catégorie :"), s.font, 8)
    f.y = (
        ticks(
            f.page, s, m + 60, f.y, w - 2 * m - 60, [c for c, _ in fees], {rng.randrange(len(fees))}
        )
        + 4
    )
    if lg == "en":
        f.y = band(f.page, s, f.y + 8, "Gift Aid declaration") + 8
        write(
            f,
            s,
            "I want to Gift Aid my subscription and any donations I make in the future or "
            "have made in the past 4 years to the Club. I am a UK taxpayer.",
            7.5,
        )
        f.y = ticks(f.page, s, m, f.y, w - 2 * m, yes_no(lg), {rng.randrange(2)})
    elif lg == "de":
        f.y = band(f.page, s, f.y + 8, "SEPA-Lastschriftmandat") + 8
        write(
            f,
            s,
            f"Ich ermächtige den {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
            f"einzuziehen. Gläubiger-ID DE{serial(sender_rng(h), '99ZZZ99999999999')}.",
            7.5,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    "IBAN",
                    f"DE{serial(rng, '99 9999 9999 9999 9999 99')}" if rng.random() < 0.7 else "",
                ),
                ("Kreditinstitut", ""),
            ],
            per=2,
            hand=True,
        )
    else:
        f.y = band(f.page, s, f.y + 8, "Licence FFVoile") + 8
        f.y = ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Licence adulte", "Licence jeune", "Passeport voile", "Déjà licencié ailleurs"],
            {rng.randrange(4)},
        )
    f.need(40)
    f.y += 18
    f.page.text(m, f.y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 8)
    f.page.line(m + 50, f.y + 2, m + 220, f.y + 2)
    if rng.random() < 0.6:
        sign(f.page, m + 60, f.y, b.owner)
    f.page.text(m + 250, f.y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    f.page.line(m + 280, f.y + 2, m + 380, f.y + 2)
    f.y += 20
    note(boat=b, day=d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates OO: moorings, sales, lifting, waste
# ---------------------------------------------------------------------------------------------

COMPONENTS = {
    "en": [
        ("Sinker / ground chain", 32),
        ("Ground chain", 25),
        ("Bottom shackle", 22),
        ("Swivel", 19),
        ("Riser chain", 16),
        ("Top shackle", 16),
        ("Mooring buoy", 0),
        ("Pick-up strop", 0),
    ],
    "de": [
        ("Grundgewicht / Grundkette", 32),
        ("Grundkette", 25),
        ("Schäkel unten", 22),
        ("Wirbel", 19),
        ("Steigkette", 16),
        ("Schäkel oben", 16),
        ("Boje", 0),
        ("Aufnehmer", 0),
    ],
    "fr": [
        ("Corps-mort / chaîne mère", 32),
        ("Chaîne mère", 25),
        ("Manille basse", 22),
        ("Émerillon", 19),
        ("Chaîne fille", 16),
        ("Manille haute", 16),
        ("Bouée", 0),
        ("Pendille", 0),
    ],
}


def tpl_mooring_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """A diving contractor's inspection report of one swing mooring or pile berth, often on
    A5: the mooring and its position, each component's nominal and measured size and wear,
    condition ticks, the verdict and the diver's signature; one report per mooring."""
    h = head_of(who, "diver", ["band", "split", "boxed", "wave"])
    lg = h.lang
    b = the_boat(rng)
    d = on(rng, -40, 10)
    a5 = habit(h, ["A5", "A4"]) == "A5"
    s = style_of(h, A5 if a5 else A4, margin=30 if a5 else 0, pt=8.5 if a5 else 0)
    w, hh = s.page_size
    m = s.margin
    mno = f"{rng.choice(['M', 'S', 'W', 'R'])}{rng.randint(1, 160)}"
    title = tr(
        lg,
        "MOORING INSPECTION REPORT",
        "PRÜFBERICHT BOJENLIEGEPLATZ",
        "RAPPORT DE VISITE DE MOUILLAGE",
    )
    f = sheets(s, h, title)
    f.page.text(m, f.y, title, s.bold, s.size + 3)
    f.page.text(w - m, f.y, f"No. {serial(rng, '99999')}", s.font, s.size, "right")
    f.y += 14
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Mooring no.", "Bojen-Nr.", "N° de mouillage"), mno),
            (tr(lg, "Position", "Position", "Position"), position(rng)),
            (tr(lg, "Vessel", "Fahrzeug", "Navire"), f"{b.name} ({money(b.loa, lg)} m)"),
            (
                tr(lg, "Date / tide", "Datum / Wasserstand", "Date / marée"),
                f"{short(d, lg)} / {rng.choice(['LW', 'LW+1', 'HW-2', 'NN -0,3'])}",
            ),
            (
                tr(lg, "Type", "Typ", "Type"),
                rng.choice(
                    [
                        tr(
                            lg, "Swing, single sinker", "Einzelboje, Betonstein", "Corps-mort béton"
                        ),
                        tr(
                            lg,
                            "Trot / ground chain",
                            "Grundkette / Bojenreihe",
                            "Ligne de mouillage",
                        ),
                        tr(lg, "Helix anchor", "Schraubanker", "Ancre à vis"),
                    ]
                ),
            ),
            (
                tr(lg, "Depth at LW", "Wassertiefe", "Profondeur"),
                f"{money(rng.uniform(1.5, 8), lg)} m",
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.6,
    )
    rows = []
    fail = False
    for comp, nom in COMPONENTS[lg][: rng.randint(5, 8)]:
        if nom:
            meas = round(nom * rng.uniform(0.68, 0.99), 1)
            wear = round((1 - meas / nom) * 100)
            fail = fail or wear > 25
            verdict = (
                tr(lg, "Replace", "Erneuern", "Remplacer")
                if wear > 25
                else tr(lg, "OK", "i.O.", "Bon")
            )
            rows.append([comp, f"{nom}", money(meas, lg), f"{wear}%", verdict])
        else:
            rows.append(
                [
                    comp,
                    "-",
                    "-",
                    "-",
                    rng.choice(
                        [tr(lg, "OK", "i.O.", "Bon"), tr(lg, "Worn", "verschlissen", "Usé")]
                    ),
                ]
            )
    hand_table(
        f,
        s,
        [(3.2, "left"), (1, "right"), (1.2, "right"), (0.9, "right"), (1.5, "left")],
        [
            tr(lg, "Component", "Bauteil", "Élément"),
            tr(lg, "Nom. mm", "Nenn mm", "Nom. mm"),
            tr(lg, "Meas. mm", "Ist mm", "Mes. mm"),
            tr(lg, "Wear", "Verschl.", "Usure"),
            tr(lg, "Action", "Maßnahme", "Action"),
        ],
        rows,
    )
    f.page.text(m, f.y, tr(lg, "Result:", "Ergebnis:", "Conclusion :"), s.bold, 8)
    f.y = (
        ticks(
            f.page,
            s,
            m + 60,
            f.y,
            w - 2 * m - 60,
            [
                tr(lg, "Serviceable", "Einsatzbereit", "Conforme"),
                tr(lg, "Serviceable after repair", "Nach Instandsetzung", "Après réparation"),
                tr(lg, "Not to be used", "Gesperrt", "Interdit"),
            ],
            {1 if fail else 0},
        )
        + 2
    )
    f.page.text(m, f.y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.font, 8)
    scribble(f.page, m + 50, f.y, fit(words(rng, lg, 6), HAND, 8.5, w - 2 * m - 50), 8.5)
    f.y += 28
    sign(f.page, m, f.y, staff(h, "diver"), 12)
    f.page.text(
        m,
        f.y + 10,
        f"{tr(lg, 'Diver', 'Taucher', 'Scaphandrier')}: {staff(h, 'diver')}  -  HSE Part IV"
        if lg == "en"
        else f"{tr(lg, '', 'Taucher', 'Scaphandrier')}: {staff(h, 'diver')}",
        s.font,
        7,
    )
    _ = hh
    note(boat=b, day=d)
    return close(f.pages, s, h, numbers="none")


def tpl_bill_of_sale(rng: random.Random, who: Issuer) -> list[Page]:
    """A bill of sale of a used yacht: the broker's form or a plain form; seller, buyer,
    vessel, price, the transfer declaration, the signatures and witnesses, sometimes over two
    pages (the German contract with its clauses)."""
    broker = keyed(who, "bos-broker").random() < 0.6
    h = head_of(who, "broker")
    lg = h.lang
    b = the_boat(rng, ("brokerage_agreement",))
    d = the_day(rng, ("brokerage_agreement",), (14, 60))
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    price = LAST["ref"] if LAST["kind"] == "brokerage_agreement" and LAST["ref"] else ""
    value = float(price) if price else rng.randint(12, 150) * 1000 * 0.95
    buyer = person(rng, rng.choice([lg, lg, "en", "de", "fr"]))
    title = tr(
        lg,
        "BILL OF SALE",
        "KAUFVERTRAG über ein gebrauchtes Sportboot",
        "ACTE DE VENTE D'UN NAVIRE DE PLAISANCE",
    )
    f = sheets(s, h, f"{title} - {b.name}", top=broker)
    caption(f, s, title, 5 if lg == "en" else 2)
    if lg == "en":
        write(
            f,
            s,
            tr(lg, "(Private pleasure vessel not registered on Part I of the UK Ship Register)"),
            s.size - 1.5,
        )
    f.y = band(f.page, s, f.y + 6, tr(lg, "Seller", "Verkäufer", "Vendeur")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), b.owner),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{b.street}, {b.town}"),
        ],
        per=2,
        hand=not broker,
    )
    f.y = band(f.page, s, f.y + 12, tr(lg, "Buyer", "Käufer", "Acquéreur")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), buyer),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}, {rng.choice(TOWNS[lg])}",
            ),
        ],
        per=2,
        hand=not broker,
    )
    f.y = band(f.page, s, f.y + 12, tr(lg, "Vessel", "Boot", "Navire")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), b.name),
            (tr(lg, "Make / model", "Typ", "Modèle"), b.model),
            (tr(lg, "HIN / CIN", "CIN", "CIN"), b.hin or "-"),
            (tr(lg, "Year", "Baujahr", "Année"), str(b.year)),
            (tr(lg, "Engine", "Motor", "Moteur"), b.engine),
            (tr(lg, "Registration", "Registrierung", "Immatriculation"), b.reg),
        ],
        per=3,
        hand=not broker,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"In consideration of the sum of {cash(value, lg)} paid by the Buyer to the "
            "Seller, the receipt of which the Seller acknowledges, the Seller transfers to "
            "the Buyer the vessel described above together with her equipment and inventory, "
            "free from all encumbrances, mortgages and liens.",
            "Der Verkäufer verkauft dem Käufer das oben bezeichnete Boot einschließlich "
            f"Zubehör laut Inventarliste zum Kaufpreis von {cash(value, lg)}. Der Verkäufer "
            "versichert, dass das Boot sein Eigentum und frei von Rechten Dritter ist.",
            "Le vendeur cède à l'acquéreur, qui l'accepte, le navire désigné ci-dessus avec "
            f"son armement et ses équipements, pour le prix de {cash(value, lg)}, libre de "
            "toute hypothèque et de tout privilège.",
        ),
    )
    if lg == "de" or rng.random() < 0.3:
        for k, t in enumerate(
            [
                tr(lg, "Delivery", "Übergabe", "Livraison"),
                tr(lg, "Condition", "Gewährleistung", "État"),
                tr(lg, "VAT status", "Umsatzsteuer", "Statut TVA"),
                tr(lg, "Risk", "Gefahrübergang", "Transfert des risques"),
            ],
            1,
        ):
            write(f, s, f"{'§ ' if lg == 'de' else ''}{k}. {t}: {prose(rng, lg, 1, 2)}", s.size - 1)
    if rng.random() < 0.2:
        f.new_page()
    f.need(120)
    f.y += 10
    for who_, name in (
        (tr(lg, "Seller", "Verkäufer", "Le vendeur"), b.owner),
        (tr(lg, "Buyer", "Käufer", "L'acquéreur"), buyer),
    ):
        f.page.text(
            m, f.y, f"{tr(lg, 'Signed by the', 'Unterschrift', 'Signature')} {who_}", s.font, 8
        )
        sign(f.page, m + 150, f.y + 2, name)
        f.page.line(m + 140, f.y + 4, m + 320, f.y + 4)
        f.page.text(m + 340, f.y, f"{tr(lg, 'Date', 'Datum', 'Date')} {short(d, lg)}", HAND, 8.5)
        f.y += 22
        if lg == "en":
            f.page.text(
                m + 12, f.y, "in the presence of (witness name, address, signature)", s.font, 7
            )
            scribble(f.page, m + 220, f.y, person(rng, "en"), 8.5)
            f.y += 24
    if lg == "fr":
        f.page.text(
            m,
            f.y + 6,
            "Fait en deux exemplaires originaux à " + marina_row()[2].split(" ", 1)[-1],
            s.font,
            8,
        )
    note(boat=b, day=d)
    return close(f.pages, s, h, numbers=rng.choice(["none", h.numbers]))


def tpl_brokerage_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A yacht broker's sale agreement (sole or joint agency, Maklervertrag, mandat de vente):
    parties, vessel, asking price and commission, the terms, the owner's signature, and the
    particulars sheet with a photo and the specification, which belongs to the agreement."""
    h = head_of(who, "broker")
    lg = h.lang
    b = the_boat(rng, ("survey_report",))
    d = on(rng)
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    ref = serial(rng, "BR-9999")
    ask = rng.randint(14, 170) * 1000
    comm = rng.choice([8, 8, 10, 7])
    title = tr(
        lg,
        rng.choice(["Sole Agency Agreement", "Brokerage Agreement"]),
        "Maklervertrag - Verkaufsauftrag",
        "Mandat de vente",
    )
    f = sheets(s, h, f"{h.name} - {title} {ref}")
    caption(f, s, title, 4)
    f.page.text(
        m, f.y, f"{tr(lg, 'Ref.', 'Vertrags-Nr.', 'Réf.')} {ref}    {day(h, d)}", s.font, s.size
    )
    f.y += 18
    write(
        f,
        s,
        tr(
            lg,
            f"between {b.owner} of {b.street}, {b.town} (the Owner) and {h.name} (the Broker)",
            f"zwischen {b.owner}, {b.street}, {b.town} (Auftraggeber) und {h.name} (Makler)",
            f"entre {b.owner}, {b.street}, {b.town} (le mandant) et {h.name} (le mandataire)",
        ),
    )
    boat_box(
        f,
        s,
        b,
        lg,
        [
            (tr(lg, "Year", "Baujahr", "Année"), str(b.year)),
            (tr(lg, "Lying at", "Liegeort", "Visible à"), marina_row()[0]),
        ],
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Asking price", "Angebotspreis", "Prix de vente demandé"), cash(ask, lg)),
                (
                    tr(lg, "Commission", "Provision", "Commission"),
                    f"{comm}% {tr(lg, '+ VAT', 'zzgl. USt.', 'HT')}",
                ),
                (
                    tr(lg, "Period", "Laufzeit", "Durée"),
                    tr(
                        lg,
                        "6 months, then 30 days' notice",
                        "6 Monate, danach monatlich kündbar",
                        "3 mois renouvelable",
                    ),
                ),
            ],
            w * 0.7,
        )
        + 6
    )
    heads = {
        "en": [
            "Appointment",
            "Commission",
            "Owner's warranties",
            "Insurance",
            "Viewings and sea trials",
            "Deposit and client account",
            "Surveys",
            "Termination",
            "Governing law",
        ],
        "de": [
            "Auftrag",
            "Provision",
            "Zusicherungen des Auftraggebers",
            "Versicherung",
            "Besichtigung und Probefahrt",
            "Anzahlung / Treuhandkonto",
            "Gutachten",
            "Kündigung",
            "Gerichtsstand",
        ],
        "fr": [
            "Objet du mandat",
            "Rémunération",
            "Déclarations du mandant",
            "Assurance",
            "Visites et essais",
            "Acompte et séquestre",
            "Expertise",
            "Résiliation",
            "Juridiction",
        ],
    }[lg]
    if rng.random() < 0.4:
        f.new_page()
    caption(f, s, tr(lg, "Terms", "Vertragsbedingungen", "Conditions"), 1)
    for k, t in enumerate(heads[: rng.randint(5, 9)], 1):
        write(f, s, f"{k}. {t}. {prose(rng, lg, 1, 3)}", s.size - 1.5)
    f.need(70)
    f.y += 20
    sign(f.page, m, f.y, b.owner)
    f.page.line(m, f.y + 3, m + 170, f.y + 3)
    f.page.text(m, f.y + 12, tr(lg, "Owner", "Auftraggeber", "Le mandant"), s.font, 7)
    sign(f.page, w / 2, f.y, staff(h, "broker"))
    f.page.line(w / 2, f.y + 3, w / 2 + 170, f.y + 3)
    f.page.text(w / 2, f.y + 12, tr(lg, "For the Broker", "Makler", "Le mandataire"), s.font, 7)
    f.y += 30
    if rng.random() < 0.55:
        f.new_page()
        f.page.text(w / 2, f.y + 6, f"{b.name} - {b.model}", s.bold, s.size + 6, "center")
        f.y += 20
        photo(f.page, m, f.y, w - 2 * m, (w - 2 * m) * 0.5, rng)
        f.y += (w - 2 * m) * 0.5 + 20
        f.page.text(
            w / 2,
            f.y,
            cash(ask, lg) + tr(lg, "  Tax paid", "  MwSt. bezahlt", "  TVA payée"),
            s.bold,
            s.size + 4,
            "center",
        )
        f.y += 20
        spec = [
            (tr(lg, "Builder", "Werft", "Chantier"), b.model.split()[0]),
            (tr(lg, "Year", "Baujahr", "Année"), str(b.year)),
            (tr(lg, "LOA", "Länge", "Longueur"), f"{money(b.loa, lg)} m"),
            (tr(lg, "Beam", "Breite", "Largeur"), f"{money(b.beam, lg)} m"),
            (tr(lg, "Draft", "Tiefgang", "Tirant d'eau"), f"{money(b.draft, lg)} m"),
            (tr(lg, "Engine", "Motor", "Moteur"), b.engine),
            (tr(lg, "Berths", "Kojen", "Couchages"), str(rng.randint(4, 8))),
            (tr(lg, "Lying", "Liegeort", "Visible à"), marina_row()[2]),
        ]
        half = (len(spec) + 1) // 2
        y0 = f.y
        pairs(f.page, s, m, y0, spec[:half], w / 2 - 10)
        f.y = pairs(f.page, s, w / 2 + 10, y0, spec[half:], w - m) + 10
        write(f, s, prose(rng, lg, 2, 3), s.size - 1)
        write(
            f,
            s,
            tr(
                lg,
                "These particulars are believed correct but are not guaranteed.",
                "Alle Angaben ohne Gewähr. Zwischenverkauf vorbehalten.",
                "Informations non contractuelles.",
            ),
            7,
        )
    note(boat=b, day=d, ref=str(ask))
    return close(f.pages, s, h)


LIFTING = {
    "en": [
        ("Boat travel hoist", "Wise 50BFM", "50 t"),
        ("Mast crane (jib crane)", "Demag KBK", "1 t"),
        ("Lifting strops, polyester (set of 2)", "Marlow 10 m", "25 t"),
        ("Boat trailer hydraulic lift", "Roodberg ROD 35", "35 t"),
        ("Forklift", "Manitou MI 50", "5 t"),
    ],
    "de": [
        ("Bootsportalkran", "Ascom Italia MBH 50", "50 t"),
        ("Mastenkran", "Demag KBK", "1 t"),
        ("Rundschlingen / Hebebänder", "Dolezych 10 m", "25 t"),
        ("Hydraulischer Bootstransporter", "Roodberg ROD 35", "35 t"),
        ("Gabelstapler", "Linde H50D", "5 t"),
    ],
    "fr": [
        ("Portique élévateur à bateaux", "Cimolai Technology MBH 50", "50 t"),
        ("Grue à mâter", "Potence 1 t", "1 t"),
        ("Sangles de levage", "Levac 10 m", "25 t"),
        ("Remorque hydraulique", "Roodberg ROD 35", "35 t"),
        ("Chariot élévateur", "Manitou MI 50", "5 t"),
    ],
}


def tpl_lifting_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection body's report of thorough examination of one item of the yard's lifting
    equipment (LOLER 1998 reg. 9, Prüfbericht nach BetrSichV / DGUV V 52, VGP): the item, safe
    working load, defects, the date of the next examination; a defects page when there are
    many. One report per item."""
    h = head_of(who, "lifting", ["band", "split", "boxed", "caps"])
    lg = h.lang
    d = on(rng, -50, 15)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    item, make, swl = rng.choice(LIFTING[lg])
    no = serial(
        rng,
        habit(
            h,
            {
                "en": ["LE-999999", "TE/99/9999"],
                "de": ["PB 99/9999", "99-9999-99"],
                "fr": ["VGP-99-9999", "R99-99999"],
            }[lg],
        ),
    )
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT - WIEDERKEHRENDE PRÜFUNG",
        "RAPPORT DE VÉRIFICATION GÉNÉRALE PÉRIODIQUE",
    )
    sub = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998, Regulation 9",
        "nach § 14 BetrSichV und DGUV Vorschrift 52 (Krane)",
        "Arrêté du 1er mars 2004 - appareils et accessoires de levage",
    )
    f = sheets(s, h, f"{title} {no}")
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 3, w - 2 * m - 90))
    f.page.text(w - m, f.y, no, s.bold, s.size, "right")
    f.y += 12
    f.page.text(m, f.y, sub, italic_of(s.font), 7.5)
    f.y += 14
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employer / owner", "Betreiber", "Chef d'établissement"), marina_row()[0]),
            (
                tr(lg, "Address of premises", "Standort", "Adresse du site"),
                f"{marina_row()[1]}, {marina_row()[2]}",
            ),
            (tr(lg, "Equipment", "Prüfgegenstand", "Équipement"), item),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"), make),
            (
                tr(lg, "Serial / ID no.", "Fabrik-Nr. / Inventar-Nr.", "N° de série"),
                serial(rng, "AA-99999"),
            ),
            (tr(lg, "Safe working load", "Tragfähigkeit", "Charge maximale d'utilisation"), swl),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lg)),
            (
                tr(lg, "Date of next examination", "Nächste Prüfung", "Prochaine vérification"),
                short(d + timedelta(days=rng.choice([182, 365])), lg),
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Type of examination:", "Art der Prüfung:", "Nature de la vérification :"),
        s.font,
        8,
    )
    f.y = ticks(
        f.page,
        s,
        m + 110,
        f.y,
        w - 2 * m - 110,
        [
            tr(lg, "Within 6 months", "Wiederkehrend", "Périodique"),
            tr(lg, "Within 12 months", "Nach Instandsetzung", "Remise en service"),
            tr(lg, "Scheme of examination", "Sonderprüfung", "Mise en service"),
        ],
        {rng.randrange(3)},
    )
    defects = rng.choice([0, 0, 1, 2, 3, 6])
    f.y = (
        band(
            f.page,
            s,
            f.y + 6,
            tr(
                lg,
                "Defects which are or could become a danger to persons",
                "Festgestellte Mängel",
                "Observations / anomalies",
            ),
        )
        + 10
    )
    if not defects:
        write(f, s, tr(lg, "None.", "Keine Mängel festgestellt.", "Néant."))
    rows = [
        [
            str(k + 1),
            words(rng, lg, rng.randint(5, 9))[:-1],
            rng.choice(["A", "B", "C"]),
            short(d + timedelta(days=rng.choice([0, 14, 30, 90])), lg),
        ]
        for k in range(defects)
    ]
    if defects > 3:
        write(
            f,
            s,
            tr(
                lg,
                f"{defects} defects - see attached defects schedule.",
                f"{defects} Mängel - siehe Mängelliste (Anlage).",
                f"{defects} observations - voir liste jointe.",
            ),
        )
    elif rows:
        grid(
            f,
            s,
            [(0.4, "left"), (6, "left"), (0.6, "center"), (1.5, "left")],
            [
                "#",
                tr(lg, "Defect", "Mangel", "Observation"),
                tr(lg, "Cat.", "Kat.", "Cat."),
                tr(lg, "Remedy by", "Frist", "Délai"),
            ],
            rows,
        )
    f.y = band(f.page, s, f.y + 4, tr(lg, "Declaration", "Ergebnis", "Conclusion")) + 10
    safe = defects < 3
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "Safe to operate",
                "Keine Bedenken gegen den Weiterbetrieb",
                "Apte à l'utilisation",
            ),
            tr(
                lg,
                "Not safe to operate",
                "Weiterbetrieb erst nach Mängelbeseitigung",
                "Inapte - mise à l'arrêt",
            ),
        ],
        {0 if safe else 1},
    )
    f.need(60)
    f.y += 20
    sign(f.page, m, f.y, staff(h, "insp"))
    f.page.line(m, f.y + 3, m + 180, f.y + 3)
    f.page.text(
        m,
        f.y + 12,
        f"{staff(h, 'insp')}, "
        f"{tr(lg, 'Competent person', 'Sachverständiger / befähigte Person', 'Vérificateur')}",
        s.font,
        7,
    )
    f.page.text(
        w - m,
        f.y + 12,
        f"{tr(lg, 'Report date', 'Datum', 'Date du rapport')} "
        f"{short(d + timedelta(days=rng.randint(1, 9)), lg)}",
        s.font,
        7,
        "right",
    )
    f.y += 30
    if defects > 3:
        f.new_page()
        caption(f, s, tr(lg, "Defects schedule", "Mängelliste", "Liste des observations"), 1)
        grid(
            f,
            s,
            [(0.4, "left"), (6, "left"), (0.6, "center"), (1.5, "left")],
            [
                "#",
                tr(lg, "Defect", "Mangel", "Observation"),
                tr(lg, "Cat.", "Kat.", "Cat."),
                tr(lg, "Remedy by", "Frist", "Délai"),
            ],
            rows,
            rules=True,
        )
    received(rng, f.pages[0], d, 0.25)
    note(day=d, ref=no)
    return close(f.pages, s, h, numbers=rng.choice(["none", h.numbers]))


EWC = {
    "en": [
        ("13 04 03*", "Bilge oils from other navigation"),
        ("13 02 05*", "Mineral-based non-chlorinated engine, gear and lubricating oils"),
        ("16 01 07*", "Oil filters"),
        ("15 02 02*", "Absorbents, filter materials, wiping cloths contaminated by oil"),
        ("08 01 11*", "Waste paint and varnish containing organic solvents"),
    ],
    "de": [
        ("13 04 03*", "Bilgenöle aus der übrigen Schifffahrt"),
        ("13 02 05*", "Nichtchlorierte Maschinen-, Getriebe- und Schmieröle auf Mineralölbasis"),
        ("16 01 07*", "Ölfilter"),
        ("15 02 02*", "Aufsaug- und Filtermaterialien, Wischtücher, verunreinigt"),
        ("08 01 11*", "Farb- und Lackabfälle mit Lösemitteln"),
    ],
    "fr": [
        ("13 04 03*", "Hydrocarbures de fond de cale provenant d'un autre type de navigation"),
        ("13 02 05*", "Huiles moteur, de boîte de vitesses et de lubrification non chlorées"),
        ("16 01 07*", "Filtres à huile"),
        ("15 02 02*", "Absorbants, chiffons souillés par des hydrocarbures"),
        ("08 01 11*", "Déchets de peintures contenant des solvants"),
    ],
}


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A waste oil and bilge water collection note: the English hazardous waste consignment
    note (parts A-E), the German Übernahmeschein, the French bordereau de suivi des déchets;
    producer, carrier, waste codes and quantities, signatures. One per collection."""
    h = head_of(who, "waste", ["split", "band", "boxed", "caps"])
    lg = h.lang
    d = on(rng, -60, 15)
    s = style_of(h, A4, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    code = serial(rng, {"en": "AAAAAA/AAA999", "de": "9999999999", "fr": "9999999999999"}[lg])
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN (Begleitscheinverfahren)",
        "BORDEREAU DE SUIVI DES DÉCHETS DANGEREUX",
    )
    f = sheets(s, h, title)
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m - 100))
    f.page.text(w - m, f.y, code, s.bold, 9, "right")
    f.y += 10
    if lg == "fr":
        f.page.text(
            m, f.y, "Cerfa n° 12571*01 - Art. R. 541-45 du code de l'environnement", s.font, 7
        )
    elif lg == "de":
        f.page.text(m, f.y, "Nachweisverordnung - Durchschrift für den Abfallerzeuger", s.font, 7)
    else:
        f.page.text(
            m,
            f.y,
            "The Hazardous Waste (England and Wales) Regulations 2005 - Producer's copy",
            s.font,
            7,
        )
    f.y += 14
    wastes = rng.sample(EWC[lg], rng.randint(1, 3))
    sections = [
        (
            tr(lg, "A  Producer / premises", "1  Abfallerzeuger", "1  Producteur du déchet"),
            [
                (tr(lg, "Name", "Name", "Raison sociale"), marina_row()[0]),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{marina_row()[1]}, {marina_row()[2]}",
                ),
                (
                    tr(lg, "Premises code", "Erzeugernummer", "N° SIRET"),
                    serial(rng, "AAA999" if lg == "en" else "A99999999"),
                ),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(marina_head(), "yardman")),
            ],
        ),
        (tr(lg, "B  The waste", "2  Abfall", "2  Déchet"), []),
        (
            tr(lg, "C  Carrier", "3  Beförderer", "3  Transporteur"),
            [
                (tr(lg, "Name", "Name", "Raison sociale"), h.name),
                (
                    tr(lg, "Registration no.", "Beförderernummer", "Récépissé n°"),
                    serial(rng, "CBDU999999" if lg == "en" else "A99999999"),
                ),
                (
                    tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"),
                    serial(rng, {"en": "AA99 AAA", "de": "KI-AA 999", "fr": "AA-999-AA"}[lg]),
                ),
                (tr(lg, "Collection date", "Abholdatum", "Date d'enlèvement"), short(d, lg)),
            ],
        ),
        (
            tr(lg, "E  Consignee", "4  Entsorger", "4  Installation de destination"),
            [
                (tr(lg, "Site", "Anlage", "Installation"), h.town),
                (
                    tr(lg, "Operation", "Verfahren", "Code de traitement"),
                    rng.choice(["R9", "R13", "D9"]),
                ),
                (tr(lg, "Received (litres)", "Angenommen (l)", "Quantité reçue"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
        ),
    ]
    for sec, cells in sections:
        f.page.rect(m, f.y - 10, w - 2 * m, 14, fill=0.86)
        f.page.text(m + 4, f.y, sec, s.bold, 8.5)
        f.y += 8
        if cells:
            f.y = fields(
                f.page, s, m, f.y, w - 2 * m, cells, per=2, tall=28, hand=rng.random() < 0.5
            )
        else:
            rows = [
                [
                    c,
                    t,
                    rng.choice(
                        [
                            "IBC",
                            tr(lg, "drum", "Fass", "fût"),
                            tr(lg, "bowser", "Tankwagen", "citerne"),
                        ]
                    ),
                    str(rng.choice([200, 400, 600, 850, 1000, 120])),
                ]
                for c, t in wastes
            ]
            f.y += 10
            hand_table(
                f,
                s,
                [(1.1, "left"), (5, "left"), (1, "left"), (1, "right")],
                [
                    tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"),
                    tr(lg, "Description", "Bezeichnung", "Dénomination"),
                    tr(lg, "Container", "Behälter", "Conditionnement"),
                    tr(lg, "Qty (l)", "Menge (l)", "Qté (l)"),
                ],
                rows,
            )
            f.page.text(m, f.y, "UN 1202 / UN 3082" if rng.random() < 0.6 else "ADR: -", s.font, 7)
            f.y += 14
    f.need(50)
    f.y += 14
    sign(f.page, m + 10, f.y, staff(marina_head(), "yardman"), 12)
    f.page.text(
        m, f.y + 12, tr(lg, "Producer's declaration - signed", "Erzeuger", "Producteur"), s.font, 7
    )
    sign(f.page, w / 2 + 10, f.y, staff(h, "driver"), 12)
    f.page.text(
        w / 2,
        f.y + 12,
        tr(lg, "Carrier's declaration - signed", "Beförderer", "Transporteur"),
        s.font,
        7,
    )
    _ = hh
    note(day=d, ref=code)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates OO: the marina's letters and timesheets, customs
# ---------------------------------------------------------------------------------------------


def pontoon_plan(rng: random.Random, s: Style, lang: str, berth: str, title: str) -> Page:
    """A plan of one pontoon with its finger berths numbered, the allocated berth shaded."""
    land = rng.random() < 0.5
    size = landscape(A4) if land else A4
    w, hh = size
    p = Page(size)
    m = 36
    p.text(m, m, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    p.text(
        m,
        m + 13,
        tr(
            lang,
            "Berth plan - not to scale",
            "Liegeplatzplan - nicht maßstäblich",
            "Plan des pontons - sans échelle",
        ),
        s.font,
        7.5,
    )
    pontoon = berth[0]
    target = int(berth[1:])
    n = max(target + rng.randint(0, 6), 24)
    n += n % 2
    # The quay along the top, the pontoon spine down the middle, fingers to both sides.
    p.rect(m, m + 28, w - 2 * m, 16, fill=0.7)
    p.text(
        w / 2,
        m + 40,
        tr(lang, "QUAY / OFFICE", "KAJE / HAFENBÜRO", "QUAI / CAPITAINERIE"),
        "Helvetica-Bold",
        7,
        "center",
    )
    cx = w / 2
    top, bottom = m + 60, hh - m - 50
    p.rect(cx - 6, m + 44, 12, 16)
    p.rect(cx - 8, top, 16, bottom - top, fill=0.85)
    rows = n // 2
    pitch = (bottom - top - 10) / rows
    for k in range(rows):
        y = top + 5 + k * pitch
        for side in (-1, 1):
            no = 2 * k + (1 if side < 0 else 2)
            fx = cx - 8 - 70 if side < 0 else cx + 8
            p.rect(fx, y + pitch * 0.35, 70, min(4.0, pitch * 0.2), fill=0.5)
            bx = cx - 8 - 150 if side < 0 else cx + 8
            if no == target:
                p.rect(bx, y, 150, pitch * 0.32, fill=0.35)
            label = f"{pontoon}{no}"
            tx = cx - 8 - 160 if side < 0 else cx + 8 + 160
            p.text(
                tx,
                y + pitch * 0.3,
                label,
                "Helvetica-Bold" if no == target else "Helvetica",
                6.5,
                "right" if side < 0 else "left",
            )
    p.text(
        cx,
        bottom + 16,
        tr(lang, f"Pontoon {pontoon}", f"Steg {pontoon}", f"Ponton {pontoon}"),
        "Helvetica-Bold",
        9,
        "center",
    )
    # Key.
    p.rect(m, hh - m - 20, 10, 6, fill=0.35)
    p.text(
        m + 14, hh - m - 14, tr(lang, "Your berth", "Ihr Liegeplatz", "Votre place"), "Helvetica", 7
    )
    p.text(
        w - m,
        hh - m - 14,
        tr(
            lang,
            "Water / electricity bollards at every second finger",
            "Strom-/Wassersäulen an jedem zweiten Ausleger",
            "Bornes eau/électricité tous les deux catways",
        ),
        "Helvetica",
        7,
        "right",
    )
    return p


def tpl_berth_allocation(rng: random.Random, who: Issuer) -> list[Page]:
    """The marina's berth allocation letter: the berth, its pontoon and maximum length, the
    conditions, the acceptance to sign and return, often with the plan of the pontoon behind
    it (which belongs to the letter)."""
    h = head_of(who, "marina")
    lg = h.lang
    b = the_boat(rng)
    d = on(rng)
    s = style_of(h, office_size(h, rng))
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        owner_lines(b),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), "BA/" + serial(rng, "99/999"))],
    )
    season = d.year + (1 if d.month >= 9 else 0)
    caption(
        f,
        s,
        tr(
            lg,
            f"Berth allocation {season} - {b.name}",
            f"Liegeplatzzuweisung Saison {season} - {b.name}",
            f"Attribution de place {season} - {b.name}",
        ),
        1,
    )
    write(f, s, dear(lg, b.owner if b.lang == lg else None))
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to confirm that berth {b.berth} has been allocated to your "
            f"vessel {b.name} for the {season} season. The berth is suitable for vessels up "
            f"to {money(b.loa + 1, lg)} m LOA and {money(b.beam + 0.3, lg)} m beam.",
            f"wir freuen uns, Ihnen für Ihr Boot {b.name} den Liegeplatz {b.berth} für die "
            f"Saison {season} zuweisen zu können. Der Platz ist für Boote bis "
            f"{money(b.loa + 1, lg)} m Länge und {money(b.beam + 0.3, lg)} m Breite geeignet.",
            f"Nous avons le plaisir de vous confirmer l'attribution de la place {b.berth} à "
            f"votre navire {b.name} pour la saison {season}, pour une longueur maximale de "
            f"{money(b.loa + 1, lg)} m et une largeur de {money(b.beam + 0.3, lg)} m.",
        ),
    )
    write(f, s, prose(rng, lg, 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the acceptance below together with a copy of your "
            "insurance certificate within 14 days; the berthing invoice will follow.",
            "Bitte senden Sie uns die Einverständniserklärung zusammen mit dem "
            "Versicherungsnachweis innerhalb von 14 Tagen unterschrieben zurück. Die "
            "Rechnung erhalten Sie gesondert.",
            "Merci de nous retourner l'acceptation ci-dessous signée, accompagnée de votre "
            "attestation d'assurance, sous 14 jours. La facture vous parviendra séparément.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "berthing"),
        tr(lg, "Berthing Manager", "Hafenmeister", "Responsable des places"),
    )
    f.need(110)
    f.y += 6
    slip_rule(
        f.page,
        m,
        w - m,
        f.y,
        tr(lg, "Acceptance - please return", "Rückantwort", "Coupon à retourner"),
    )
    f.y += 18
    write(
        f,
        s,
        tr(
            lg,
            f"I accept berth {b.berth} for {b.name} on the terms of the Berthing Licence.",
            f"Ich nehme den Liegeplatz {b.berth} für {b.name} zu den Hafenbedingungen an.",
            f"J'accepte la place {b.berth} pour {b.name} aux conditions du règlement du port.",
        ),
        s.size - 1,
    )
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 8)
    f.page.line(m + 50, f.y + 2, m + 220, f.y + 2)
    f.page.text(m + 240, f.y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    f.page.line(m + 270, f.y + 2, m + 360, f.y + 2)
    f.y += 16
    pages = close(f.pages, s, h)
    if rng.random() < 0.6:
        pages.append(
            pontoon_plan(
                rng,
                s,
                lg,
                b.berth,
                f"{h.name} - {tr(lg, 'Pontoon', 'Steg', 'Ponton')} {b.berth[0]}",
            )
        )
    note(boat=b, day=d)
    return pages


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The marina's staff timesheet for one week: either one employee on a portrait sheet
    (days, start, finish, breaks, hours, boats worked on) or the whole yard crew on landscape
    A4; signed by the yard manager."""
    h = head_of(who, "marina")
    lg = h.lang
    d = on(rng, -50, 10)
    d = d - timedelta(days=d.weekday())
    days = {
        "en": "Mon Tue Wed Thu Fri Sat Sun",
        "de": "Mo Di Mi Do Fr Sa So",
        "fr": "Lun Mar Mer Jeu Ven Sam Dim",
    }[lg].split()
    title = tr(lg, "WEEKLY TIMESHEET", "STUNDENNACHWEIS", "FEUILLE DE TEMPS HEBDOMADAIRE")
    if keyed(who, "timesheet-form").random() < 0.5:
        s = style_of(h, A4, pt=9)
        w, _ = s.page_size
        m = s.margin
        f = sheets(s, h, title)
        f.page.text(m, f.y, title, s.bold, 12)
        f.y += 14
        name = person(rng, lg)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Employee", "Mitarbeiter", "Salarié"), name),
                (tr(lg, "Payroll no.", "Personal-Nr.", "Matricule"), serial(rng, "9999")),
                (
                    tr(lg, "Department", "Abteilung", "Service"),
                    rng.choice(
                        [
                            tr(lg, "Boatyard", "Werft", "Chantier"),
                            tr(lg, "Berthing / dock staff", "Hafenmeisterei", "Capitainerie"),
                            tr(lg, "Fuel berth", "Tankstelle", "Station carburant"),
                        ]
                    ),
                ),
                (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(d, lg)),
            ],
            per=2,
            hand=rng.random() < 0.6,
        )
        rows = []
        tot = 0.0
        for k, dd in enumerate(days):
            if k >= 5 and rng.random() < 0.6:
                rows.append([dd, "-", "-", "-", "-", ""])
                continue
            st = rng.choice([7, 7.5, 8, 8])
            fin = st + rng.choice([8, 8.5, 9, 9.5, 10, 4])
            brk = rng.choice([0.5, 0.5, 0.75, 1])
            hrs = fin - st - brk
            tot += hrs
            rows.append(
                [
                    dd,
                    f"{int(st):02d}:{int(st % 1 * 60):02d}",
                    f"{int(fin):02d}:{int(fin % 1 * 60):02d}",
                    f"{int(brk * 60)}",
                    money(hrs, lg),
                    fit(
                        ", ".join(bb.name for bb in rng.sample(boats(), min(2, len(boats())))),
                        HAND,
                        8.5,
                        150,
                    ),
                ]
            )
        hand_table(
            f,
            s,
            [
                (0.8, "left"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (1, "right"),
                (3.4, "left"),
            ],
            [
                tr(lg, "Day", "Tag", "Jour"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "Finish", "Ende", "Fin"),
                tr(lg, "Break (min)", "Pause (min)", "Pause (min)"),
                tr(lg, "Hours", "Stunden", "Heures"),
                tr(lg, "Jobs / boats", "Aufträge / Boote", "Travaux / bateaux"),
            ],
            rows,
        )
        f.page.text(
            w - m,
            f.y,
            f"{tr(lg, 'Total', 'Summe', 'Total')}  {money(tot, lg)}",
            s.bold,
            10,
            "right",
        )
        f.y += 30
        sign(f.page, m, f.y, name, 12)
        f.page.text(m, f.y + 10, tr(lg, "Employee", "Mitarbeiter", "Salarié"), s.font, 7)
        sign(f.page, w / 2, f.y, staff(h, "yardmgr"), 12)
        f.page.text(
            w / 2,
            f.y + 10,
            tr(lg, "Approved - yard manager", "Geprüft - Betriebsleiter", "Visa du responsable"),
            s.font,
            7,
        )
        return close(f.pages, s, h, numbers="none")
    s = style_of(h, landscape(A4), margin=34, pt=9)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, f"{title} {short(d, lg)}")
    f.page.text(m, f.y, title, s.bold, 12)
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Week commencing ", "Woche ab ", "Semaine du ") + day(h, d),
        s.font,
        9,
        "right",
    )
    f.y += 18
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Role", "Tätigkeit", "Poste"),
        *days,
        tr(lg, "Total", "Summe", "Total"),
        tr(lg, "O/T", "Überst.", "HS"),
    ]
    cols = columns(
        m,
        w - m,
        [(2.6, "left"), (2, "left")] + [(0.7, "center")] * 7 + [(0.8, "right"), (0.7, "right")],
    )
    rows = []
    roles = [
        tr(lg, r1, r2, r3)
        for r1, r2, r3 in [
            ("Hoist driver", "Kranfahrer", "Cariste"),
            ("Yard hand", "Werftarbeiter", "Agent de chantier"),
            ("Dock master", "Hafenmeister", "Maître de port"),
            ("Marine engineer", "Bootsmechaniker", "Mécanicien"),
            ("Rigger", "Takler", "Gréeur"),
            ("Fuel attendant", "Tankwart", "Pompiste"),
        ]
    ]
    for _ in range(rng.randint(5, 16)):
        hrs = [rng.choice([8, 8, 9, 10, 7.5, 0]) for _ in range(5)] + [
            rng.choice([0, 0, 4, 6]),
            rng.choice([0, 0, 0, 4]),
        ]
        tot = sum(hrs)
        rows.append(
            [
                person(rng, lg),
                rng.choice(roles),
                *[str(x) if x else "-" for x in hrs],
                str(tot),
                str(max(0, tot - 40)),
            ]
        )
    table(f, cols, heads, rows, s, size=8.5, rules=True, step=2.0)
    f.need(50)
    f.page.text(
        m,
        f.y + 16,
        tr(lg, "Approved (yard manager)", "Geprüft (Betriebsleitung)", "Visa du chef de chantier"),
        s.font,
        8,
    )
    sign(f.page, m + 140, f.y + 18, staff(h, "yardmgr"))
    note(day=d)
    return close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}"]))


def tpl_customs_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A customs letter about an imported or foreign-flagged yacht: a request for proof of
    VAT-paid status, an import duty assessment or the annual French DAFN; the letter, the
    calculation annex and the appeal information, all one document."""
    h = head_of(who, "customs", ["centred", "split", "caps", "boxed"])
    lg = h.lang
    b = the_boat(rng, ("bill_of_sale",))
    d = the_day(rng, ("bill_of_sale",), (20, 90))
    s = style_of(h, A4)
    ref = serial(rng, {"en": "NYU/999999", "de": "Z 9999 B - 99/99", "fr": "99-999-99999"}[lg])
    f = sheets(s, h, f"{h.name} - {ref}")
    to = (
        owner_lines(b)
        if rng.random() < 0.6
        else marina_lines(tr(lg, "The Berthing Manager", "Hafenmeisterei", "Capitainerie"))
    )
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (tr(lg, "Our reference", "Aktenzeichen", "Référence"), ref),
            (tr(lg, "Contact", "Bearbeiter", "Affaire suivie par"), staff(h, "officer")),
        ],
    )
    value = rng.randint(15, 160) * 1000
    kind = rng.choice(["proof", "duty"]) if lg != "fr" else rng.choice(["dafn", "proof"])
    if kind == "proof":
        caption(
            f,
            s,
            tr(
                lg,
                f"Pleasure craft {b.name} - evidence of VAT status",
                f"Sportboot {b.name} - Nachweis der zollrechtlichen Stellung (Unionsware)",
                f"Navire {b.name} - justification du statut fiscal (TVA)",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Our records show that the vessel {b.name} ({b.model}), currently kept at "
                f"{marina_row()[0]}, was imported from outside the UK. Please provide "
                "evidence that import VAT has been paid or that relief applies, such as the "
                "original VAT invoice, the import entry (C88 / CDS) or proof of Returned "
                "Goods Relief, within 30 days.",
                f"das Wasserfahrzeug {b.name} ({b.model}), Liegeplatz {marina_row()[0]}, "
                "wurde nach unseren Feststellungen aus einem Drittland verbracht. Wir bitten "
                "Sie, innerhalb von 30 Tagen den Nachweis des Unionscharakters bzw. der "
                "Entrichtung der Einfuhrumsatzsteuer vorzulegen (Rechnung mit ausgewiesener "
                "Umsatzsteuer, Zollanmeldung).",
                f"Le navire {b.name} ({b.model}), stationné à {marina_row()[0]}, fait l'objet "
                "d'un contrôle de statut. Nous vous prions de produire sous 30 jours la "
                "facture d'acquisition faisant apparaître la TVA ou la déclaration "
                "d'importation.",
            ),
        )
        write(f, s, prose(rng, lg, 1, 3))
        write(
            f,
            s,
            tr(
                lg,
                "If the evidence is not provided, the vessel may be liable to seizure and "
                "import VAT and duty may be assessed on its current value.",
                "Wird der Nachweis nicht erbracht, werden die Einfuhrabgaben auf Grundlage "
                "des Zeitwertes festgesetzt.",
                "À défaut, les droits et taxes seront liquidés sur la valeur actuelle du "
                "navire, sans préjudice des suites contentieuses.",
            ),
        )
    else:
        caption(
            f,
            s,
            tr(
                lg,
                f"Import VAT and duty assessment - {b.name}",
                f"Einfuhrabgabenbescheid - Sportboot {b.name}",
                f"Droit annuel de francisation et de navigation {d.year} - {b.name}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Following our enquiry, import VAT has been assessed on the vessel as set "
                "out in the annex to this letter. " + prose(rng, lg, 1, 2),
                "hiermit werden die Einfuhrabgaben für das oben genannte Wasserfahrzeug "
                "festgesetzt. Die Berechnung entnehmen Sie bitte der Anlage. "
                + prose(rng, lg, 1, 2),
                "Le montant du droit annuel de francisation et de navigation dû pour votre "
                "navire est détaillé en annexe. " + prose(rng, lg, 1, 2),
            ),
        )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(lg, "Officer, National Yachtline", "Sachbearbeiter/in", "L'inspecteur des douanes"),
        formal=True,
    )
    if (kind != "proof" and rng.random() < 0.75) or rng.random() < 0.2:
        f.new_page()
        caption(f, s, tr(lg, "Annex - calculation", "Anlage - Berechnung", "Annexe - calcul"), 1)
        if kind == "dafn":
            kw = rng.randint(15, 220)
            hull = float(rng.choice([0, 0, 116, 154, 200]))
            motor = float(rng.randint(0, 400))
            age = -float(rng.randint(0, 80))
            rows = [
                ["Coque", f"{money(b.loa, lg)} m", cash(hull, lg)],
                ["Moteur", f"{kw} kW / {round(kw / 0.7355)} CV fisc.", cash(motor, lg)],
                ["Abattement vétusté", f"{d.year - b.year} ans", cash(age, lg)],
            ]
            tot = hull + motor + age
        else:
            duty = value * 0.017
            vat = (value + duty) * VAT[lg]
            rows = [
                [tr(lg, "Customs value", "Zollwert", "Valeur en douane"), "", cash(value, lg)],
                [
                    tr(
                        lg,
                        "Customs duty 1.7% (8903 22 10)",
                        "Zoll 1,7 % (8903 22 10)",
                        "Droits 1,7 %",
                    ),
                    "",
                    cash(duty, lg),
                ],
                [
                    tr(lg, "Import VAT 20%", "Einfuhrumsatzsteuer 19 %", "TVA 20 %"),
                    "",
                    cash(vat, lg),
                ],
            ]
            tot = duty + vat
        grid(
            f,
            s,
            [(4, "left"), (2, "left"), (1.6, "right")],
            [tr(lg, "Item", "Position", "Élément"), "", tr(lg, "Amount", "Betrag", "Montant")],
            rows,
            rules=True,
        )
        totals(f, s, [(tr(lg, "Total payable", "Zu zahlen", "Total dû"), cash(tot, lg))])
        write(
            f,
            s,
            tr(
                lg,
                f"Payment within 30 days to HMRC, reference {ref}.",
                f"Fällig am {short(d + timedelta(days=10), lg)}. Zahlung an die Bundeskasse "
                "Trier unter Angabe des Aktenzeichens.",
                f"À acquitter avant le {short(d + timedelta(days=30), lg)} auprès de la "
                "recette des douanes.",
            ),
            s.size - 1,
        )
        caption(
            f,
            s,
            tr(
                lg, "Your right to a review or appeal", "Rechtsbehelfsbelehrung", "Voies de recours"
            ),
            0.5,
        )
        write(
            f,
            s,
            tr(
                lg,
                "If you disagree with this decision you can ask for a review by HMRC or "
                "appeal to the First-tier Tribunal (Tax) within 30 days of the date of this "
                "letter. " + prose(rng, lg, 1, 2),
                "Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist "
                "innerhalb eines Monats nach Bekanntgabe beim Hauptzollamt schriftlich "
                "einzulegen. " + prose(rng, lg, 1, 2),
                "Vous pouvez contester la présente décision dans un délai de deux mois par "
                "recours gracieux ou hiérarchique, ou devant le tribunal judiciaire. "
                + prose(rng, lg, 1, 2),
            ),
            s.size - 1.5,
        )
    received(rng, f.pages[0], d, 0.3 if to[0] == marina_row()[0] else 0.0)
    note(boat=b, day=d, ref=ref)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")]),
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` recording its kind once drawn, so that a companion can take up its boat."""

    def draw(rng: random.Random, who: Issuer) -> list[Page]:
        out = tpl(rng, who)
        LAST["kind"] = name
        return out

    draw.__doc__ = tpl.__doc__
    return draw


KINDS: dict[str, Template] = {
    "berth_invoice": tpl_berth_invoice,
    "yard_invoice": tpl_yard_invoice,
    "engine_service": tpl_engine_service,
    "survey_report": tpl_survey_report,
    "insurance_certificate": tpl_insurance_certificate,
    "harbour_dues": tpl_harbour_dues,
    "notice_mariners": tpl_notice_mariners,
    "fuel_receipt": tpl_fuel_receipt,
    "chandlery_invoice": tpl_chandlery_invoice,
    "delivery_note": tpl_delivery_note,
    "club_renewal": tpl_club_renewal,
    "mooring_inspection": tpl_mooring_inspection,
    "bill_of_sale": tpl_bill_of_sale,
    "brokerage_agreement": tpl_brokerage_agreement,
    "lifting_certificate": tpl_lifting_certificate,
    "waste_note": tpl_waste_note,
    "berth_allocation": tpl_berth_allocation,
    "timesheet": tpl_timesheet,
    "customs_letter": tpl_customs_letter,
}
TEMPLATES_OO: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "fuel_receipt",
    "delivery_note",
    "mooring_inspection",
    "lifting_certificate",
    "waste_note",
    "timesheet",
    "harbour_dues",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "delivery_note": "chandlery_invoice",
    "brokerage_agreement": "bill_of_sale",
    "survey_report": "insurance_certificate",
    "berth_allocation": "berth_invoice",
    "yard_invoice": "engine_service",
    "notice_mariners": "harbour_dues",
    "bill_of_sale": "customs_letter",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tub_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One marina's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The marina
    (country, which of its two marinas, berth holders and boats, month) is drawn once per
    stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr", "fr"])
    HOME["lang"] = lang
    HOME["idx"] = r.randrange(2)
    HOME["seed"] = r.getrandbits(24)
    HOME["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    HOME["boats"] = [
        a_boat(r, r.choice([lang, lang, lang, "en", "de", "fr"])) for _ in range(r.randint(8, 16))
    ]
    LAST.update(kind="", boat=None, day=None, ref="", goods=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_OO, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tub_stream, "templates OO")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Canister part of the generated corpus: templates GGG, written blind for the next measurement.

A part of its own, ``canister``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
residential care home for about forty older people (nurses, carers, a manager and a kitchen; in
England, Germany or France) feeds through its scanner in a month: the funders' placement papers
for a resident (a council's or ICB's individual placement agreement with the fee table, the
service schedule and the signature page, sometimes behind a covering letter; a Sozialamt's
Bescheid über Hilfe zur Pflege with the cost breakdown and the Rechtsbehelfsbelehrung; a
département's notification de décision d'aide sociale à l'hébergement with its articles and the
voies de recours on a page of its own); the funders' remittance advices for a payment run
(residents, periods, rates, contributions) on landscape A4; the home's own fee invoices to
residents and their families (four-weekly fees or top-ups with the extras, a
Heimkostenabrechnung with the Pflegesatz components and the Pflegekasse's share deducted, a
facture d'hébergement with the APA deducted and a payment slip); the home's contracts of
residence (Heimvertrag nach dem WBVG, contrat de séjour) with numbered clauses, the fee annex,
now and then the inventory of belongings, and the signature page; care plan reviews on the
home's form, ticked and written by hand, with the goals and actions page; outside assessments
of a resident's needs (the NHS Continuing Healthcare checklist with the ICB's outcome letter,
the Medizinischer Dienst's Gutachten with the module scores, the grille AGGIR with the GIR); the
pharmacy's medication administration records (MAR charts) for a 28-day cycle on landscape A4,
initialled day by day, one or two sheets a resident; the pharmacy's delivery notes (the monthly
cycle listed resident by resident and ticked on receipt, or an interim delivery on a narrow
slip); GP letters about a resident (medication review, visit, blood results) with the printed
repeat medication list behind, a German one now and then faxed; the district nurses' (a
Wundexpertin's, an HAD's) wound care letters with the wound assessment chart, body map and
measurements; the inspectorate's inspection report (CQC ratings and key questions, a
Prüfbericht der Heimaufsicht nach dem WTG with Mängel and Beratungen, an ARS rapport
d'inspection with écarts and remarques) over several pages with a running header and page
numbers; the home's action plan answering it on landscape A4, sometimes behind a covering
letter; staffing agencies' weekly timesheets (A5 landscape or A4 carbonless forms, shifts
written in by hand, countersigned and stamped by the home) and their invoices for the shifts;
training providers' certificates of attendance on landscape A4 with a border and a seal, now
and then an e-learning certificate on Letter paper from a provider in the United States;
laundry invoices with the delivery summary on a landscape page behind, and food wholesalers'
invoices with the VAT split; clinical waste consignment notes (a hazardous waste consignment
note, an Übernahmeschein, a BSDASRI) with their numbered parts and the signatures at
collection; reports of thorough examination of the lift and the hoists (LOLER, a
Prüfbescheinigung nach BetrSichV, a rapport de vérification périodique), sometimes with the
checklist page, from inspection bodies now and then abroad; relatives' letters (complaints,
worries or thanks) handwritten on A5 or lined A4 paper or typed, now and then from a relative
abroad in their own language, and the manager's replies, sometimes with the A5 complaints
leaflet behind; and the legal papers on restrictions (a council's standard authorisation under
the Deprivation of Liberty Safeguards with the conditions annex, a Betreuungsgericht's
Beschluss on freiheitsentziehende Maßnahmen, a French judgment on a mesure de protection). Each
stream is one home's pile: the home (country, name, month, residents with their rooms, GP
practices and medicines) is drawn once per stream; its outside senders are of the home's
country and write in its language, except that an inspection body, a training provider or a
relative is now and then from abroad and writes in its own. Page sizes range from narrow
delivery slips and A5 letters to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, the service schedule and the signature page of a placement agreement; the
page of voies de recours of a French decision; every page of a remittance advice; the fee annex,
the inventory and the signature page of a contract of residence; both pages of a care plan
review; the outcome letter in front of a Continuing Healthcare checklist; both sheets of one
resident's MAR chart; the medication list behind a GP letter; the wound chart behind a wound
care letter; every page of an inspection report; the covering letter in front of an action
plan; the delivery summary behind a laundry invoice; the checklist page of a thorough
examination report; every sheet of a relative's letter; the complaints leaflet behind a reply;
the conditions annex of a standard authorisation. Related papers are documents of their own:
the placement papers after the assessment, the contract of residence after the placement, the
first fee invoice after the contract, the action plan after the inspection report, the agency's
invoice after its timesheet, the MAR chart after the pharmacy's delivery note, the care plan
review after a GP letter or a wound care letter, the manager's reply after a relative's letter;
and so is each remittance, fee invoice, MAR chart (one per resident, as they are filed in the
residents' records), delivery note, timesheet, certificate (one per member of staff), contractor
invoice, consignment note and examination report (one per lift or hoist), even when several
from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: remittances, fee invoices, MAR charts,
pharmacy delivery notes, timesheets, training certificates, contractor invoices, clinical waste
consignment notes and examination reports often come 2-4 in a row from one sender with other
residents, workers, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers, about the same resident. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "canister"`` and seeds offset by 5_800_000.

Usage: ``python benchmarks/corpus_canister.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/canister/canister_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    close,
    columns,
    day,
    dear,
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
)
from corpus_kit import address as window
from corpus_kit import fields as kit_fields

PART = "canister"
SEED_OFFSET = 5_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
LAND = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the care home and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
HOMES: dict[str, list[Row]] = {
    "en": [
        ("Elmfield House Care Home", "42 Vicarage Road", "Kettering NN15 7HD", "01536 412 880"),
        ("The Laurels Residential Home", "11 Castlegate", "Malton YO17 7DP", "01653 692 415"),
        ("Brookside Lodge Care Home", "17 Mill Lane", "Taunton TA1 2PX", "01823 335 602"),
    ],
    "de": [
        ("Seniorenzentrum Am Lindenhof", "Lindenstraße 24", "32657 Lemgo", "05261 94 80-0"),
        ("Haus Abendsonne gGmbH", "Bergstraße 9", "97070 Würzburg", "0931 35 29 60"),
        ("Pflegeheim St. Elisabeth", "Kirchplatz 3", "48143 Münster", "0251 48 27 11"),
    ],
    "fr": [
        ("EHPAD Les Tilleuls", "12 avenue Jean Jaurès", "37000 Tours", "02 47 61 22 90"),
        ("Résidence Le Clos Fleuri", "4 rue des Écoles", "21000 Dijon", "03 80 43 17 52"),
        ("EHPAD La Roseraie", "28 chemin du Moulin", "84000 Avignon", "04 90 86 31 07"),
    ],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            (
                "North Northamptonshire Council - Adult Social Care",
                "Sheerness House, 41 Meadow Road",
                "Kettering NN16 8TL",
                "0300 126 3000",
            ),
            (
                "North Yorkshire Council - Health and Adult Services",
                "County Hall, Racecourse Lane",
                "Northallerton DL7 8AD",
                "01609 780 780",
            ),
            (
                "Somerset Council - Adult Social Care",
                "County Hall",
                "Taunton TA1 4DY",
                "0300 123 2224",
            ),
        ],
        "de": [
            (
                "Kreis Lippe - Fachbereich Soziales",
                "Felix-Fechenbach-Straße 5",
                "32756 Detmold",
                "05231 62-0",
            ),
            ("Stadt Würzburg - Sozialamt", "Karmelitenstraße 43", "97070 Würzburg", "0931 37-0"),
            (
                "Landschaftsverband Westfalen-Lippe - Hilfe zur Pflege",
                "Warendorfer Straße 25",
                "48145 Münster",
                "0251 591-01",
            ),
        ],
        "fr": [
            (
                "Conseil départemental d'Indre-et-Loire - Direction de l'Autonomie",
                "Place de la Préfecture",
                "37927 Tours Cedex 9",
                "02 47 31 47 31",
            ),
            (
                "Département de la Côte-d'Or - Pôle Solidarités",
                "53 bis rue de la Préfecture",
                "21035 Dijon Cedex",
                "03 80 63 66 00",
            ),
            (
                "Conseil départemental de Vaucluse - Direction des Personnes Âgées",
                "Rue Viala",
                "84909 Avignon Cedex 9",
                "04 90 16 15 00",
            ),
        ],
    },
    "health": {
        "en": [
            (
                "NHS Northamptonshire Integrated Care Board - NHS Continuing Healthcare",
                "Francis Crick House, Summerhouse Road",
                "Northampton NN3 6BF",
                "0300 126 5000",
            ),
            (
                "NHS Humber and North Yorkshire ICB - All Age Continuing Care",
                "Health House, Grange Park Lane",
                "Willerby HU10 6DT",
                "01482 344 700",
            ),
            (
                "NHS Somerset ICB - Continuing Healthcare Team",
                "Wynford House, Lufton Way",
                "Yeovil BA22 8HR",
                "01935 384 000",
            ),
        ],
        "de": [
            (
                "Medizinischer Dienst Westfalen-Lippe",
                "Roddestraße 12",
                "48153 Münster",
                "0251 5354-0",
            ),
            ("Medizinischer Dienst Bayern", "Haidenauplatz 1", "81667 München", "089 67008-0"),
            (
                "AOK NordWest - Die Gesundheitskasse - Pflegekasse",
                "Kopenhagener Straße 1",
                "44269 Dortmund",
                "0800 2655 000",
            ),
        ],
        "fr": [
            (
                "Conseil départemental - Équipe médico-sociale APA",
                "15 rue Jehan Fouquet",
                "37000 Tours",
                "02 47 31 43 50",
            ),
            (
                "Équipe médico-sociale APA - Maison de l'Autonomie",
                "1 rue Joseph Tissot",
                "21000 Dijon",
                "03 80 63 30 30",
            ),
        ],
    },
    "pharmacy": {
        "en": [
            ("Kingsway Pharmacy Ltd", "3 Kingsway Parade", "Kettering NN15 6DP", "01536 513 204"),
            ("Priory Chemists", "22 Market Place", "Malton YO17 7LX", "01653 600 391"),
            (
                "CarePoint Pharmacy Services Ltd",
                "Unit 9, Priory Fields",
                "Taunton TA1 2PH",
                "01823 272 118",
            ),
        ],
        "de": [
            ("Löwen-Apotheke", "Mittelstraße 61", "32657 Lemgo", "05261 2 41 06"),
            ("Rosen-Apotheke am Markt", "Marktplatz 14", "97070 Würzburg", "0931 1 28 44"),
            ("Apotheke am Dom", "Domplatz 30", "48143 Münster", "0251 4 41 52"),
        ],
        "fr": [
            ("Pharmacie du Centre", "31 rue Nationale", "37000 Tours", "02 47 05 18 22"),
            ("Pharmacie des Halles", "6 place Rude", "21000 Dijon", "03 80 30 21 49"),
            (
                "Grande Pharmacie de la Gare",
                "2 boulevard Saint-Roch",
                "84000 Avignon",
                "04 90 82 11 63",
            ),
        ],
    },
    "gp": {
        "en": [
            (
                "Headlands Medical Centre",
                "Headlands",
                "Kettering NN15 6DR",
                "01536 518 886",
            ),
            ("Derwent Practice", "Norton Road", "Malton YO17 7BN", "01653 600 069"),
            ("Wellington Road Surgery", "2 Wellington Road", "Taunton TA1 5AX", "01823 330 111"),
        ],
        "de": [
            (
                "Gemeinschaftspraxis Dr. med. Heinemann & Dr. med. Yilmaz",
                "Echternstraße 8",
                "32657 Lemgo",
                "05261 1 23 45",
            ),
            (
                "Hausarztpraxis Dr. med. Petra Lange",
                "Sanderstraße 17",
                "97070 Würzburg",
                "0931 5 73 20",
            ),
            (
                "Praxis Dr. med. Jan Overbeck - Allgemeinmedizin",
                "Ludgeristraße 45",
                "48143 Münster",
                "0251 5 11 77",
            ),
        ],
        "fr": [
            (
                "Cabinet médical des Halles - Dr Martine Fabre",
                "9 rue du Commerce",
                "37000 Tours",
                "02 47 20 54 13",
            ),
            (
                "Maison de santé pluriprofessionnelle du Parc",
                "14 boulevard de Sévigné",
                "21000 Dijon",
                "03 80 71 40 40",
            ),
            (
                "Dr Philippe Arnaud - Médecine générale",
                "7 rue Joseph Vernet",
                "84000 Avignon",
                "04 90 85 62 18",
            ),
        ],
    },
    "nursing": {
        "en": [
            (
                "Community Nursing Team - Kettering Locality",
                "Kettering Health Centre, Dalkeith Place",
                "Kettering NN16 0BS",
                "01536 494 680",
            ),
            (
                "District Nursing Service - Ryedale",
                "Malton Community Hospital, Middlecave Road",
                "Malton YO17 7NG",
                "01653 604 611",
            ),
            (
                "Taunton Deane Community Nursing",
                "Musgrove Park Hospital",
                "Taunton TA1 5DA",
                "01823 342 300",
            ),
        ],
        "de": [
            (
                "WundNetz OWL - Wundexpertin ICW",
                "Bahnhofstraße 12",
                "32756 Detmold",
                "05231 30 88 12",
            ),
            (
                "MediCura Homecare GmbH - Wundmanagement",
                "Nürnberger Straße 101",
                "97076 Würzburg",
                "0931 4 60 83 30",
            ),
        ],
        "fr": [
            (
                "HAD Touraine - Hospitalisation à domicile",
                "5 rue Édouard Vaillant",
                "37000 Tours",
                "02 47 39 60 00",
            ),
            (
                "Cabinet infirmier Pasteur",
                "22 rue Pasteur",
                "21000 Dijon",
                "03 80 66 12 48",
            ),
        ],
    },
    "inspectorate": {
        "en": [
            (
                "Care Quality Commission",
                "Citygate, Gallowgate",
                "Newcastle upon Tyne NE1 4PA",
                "03000 616161",
            ),
        ],
        "de": [
            (
                "Kreis Lippe - WTG-Behörde (Heimaufsicht)",
                "Felix-Fechenbach-Straße 5",
                "32756 Detmold",
                "05231 62-1180",
            ),
            (
                "Stadt Würzburg - FQA (Heimaufsicht)",
                "Karmelitenstraße 20",
                "97070 Würzburg",
                "0931 37-2405",
            ),
        ],
        "fr": [
            (
                "Agence Régionale de Santé Centre-Val de Loire",
                "Cité Coligny, 131 rue du Faubourg Bannier",
                "45044 Orléans Cedex 1",
                "02 38 77 32 32",
            ),
            (
                "Agence Régionale de Santé Bourgogne-Franche-Comté",
                "2 place des Savoirs",
                "21035 Dijon Cedex",
                "0 808 807 107",
            ),
        ],
    },
    "staffing": {
        "en": [
            (
                "PrimeCare Staffing Ltd",
                "Suite 4, Tresham House",
                "Kettering NN16 8QX",
                "01536 482 700",
            ),
            (
                "Nightingale Healthcare Recruitment Ltd",
                "18 Coney Street",
                "York YO1 9ND",
                "01904 641 290",
            ),
        ],
        "de": [
            (
                "Pflegepersonal Plus GmbH",
                "Hornsche Straße 38",
                "32756 Detmold",
                "05231 9 77 50",
            ),
            (
                "medi-flex Personaldienste GmbH",
                "Juliuspromenade 7",
                "97070 Würzburg",
                "0931 46 77 20",
            ),
        ],
        "fr": [
            ("Intérim Santé Loire SAS", "48 rue de Bordeaux", "37000 Tours", "02 47 64 90 30"),
            ("Soins Relais Intérim", "11 rue Chabot-Charny", "21000 Dijon", "03 80 50 19 19"),
        ],
    },
    "trainer": {
        "en": [
            (
                "Midshires Care Training Ltd",
                "The Old Chapel, High Street",
                "Rothwell NN14 6BQ",
                "01536 711 240",
            ),
            (
                "SafeLift Moving & Handling Training",
                "7 Clifford Street",
                "York YO1 9RA",
                "01904 679 002",
            ),
        ],
        "de": [
            (
                "Bildungszentrum Pflege OWL gGmbH",
                "Leopoldstraße 18",
                "32756 Detmold",
                "05231 45 81 0",
            ),
            (
                "Akademie für Gesundheitsberufe Mainfranken",
                "Semmelstraße 44",
                "97070 Würzburg",
                "0931 3 29 85 0",
            ),
        ],
        "fr": [
            (
                "Institut de Formation Soignants Val de Loire",
                "3 allée Ferdinand de Lesseps",
                "37200 Tours",
                "02 47 27 63 10",
            ),
            ("Formacare Santé SAS", "21 rue de la Liberté", "21000 Dijon", "03 80 41 88 70"),
        ],
    },
    "laundry": {
        "en": [
            (
                "Crystal Linen Services Ltd",
                "Pytchley Lodge Road",
                "Kettering NN15 6JQ",
                "01536 517 300",
            ),
            ("Vale Laundry & Linen Hire", "Showfield Lane", "Malton YO17 6BT", "01653 695 441"),
        ],
        "de": [
            (
                "Textilservice Weiß GmbH & Co. KG",
                "Industriestraße 27",
                "32657 Lemgo",
                "05261 66 40-0",
            ),
            ("Wäscherei Mainland GmbH", "Ohmstraße 6", "97076 Würzburg", "0931 2 79 61-0"),
        ],
        "fr": [
            (
                "Blanchisserie Industrielle de Touraine",
                "ZI Les Granges Galand",
                "37550 Saint-Avertin",
                "02 47 48 12 70",
            ),
            ("Linge Service Bourgogne SAS", "6 rue des Ardennes", "21000 Dijon", "03 80 73 24 56"),
        ],
    },
    "catering": {
        "en": [
            (
                "County Fresh Foods Ltd",
                "Unit 2, Telford Way",
                "Kettering NN16 8UN",
                "01536 410 944",
            ),
            (
                "Ryedale Catering Supplies",
                "York Road Industrial Estate",
                "Malton YO17 6AX",
                "01653 692 058",
            ),
        ],
        "de": [
            ("Frischdienst Lippe GmbH", "Am Hellweg 4", "32657 Lemgo", "05261 9 88 10"),
            ("Gastro-Großhandel Main GmbH", "Dürrbachau 18", "97080 Würzburg", "0931 9 70 25-0"),
        ],
        "fr": [
            (
                "Restauration Collective du Val SAS",
                "ZA du Cassantin",
                "37390 Chanceaux-sur-Choisille",
                "02 47 29 55 40",
            ),
            (
                "Bourgogne Alimentaire Distribution",
                "17 rue de Cracovie",
                "21000 Dijon",
                "03 80 74 61 20",
            ),
        ],
    },
    "waste": {
        "en": [
            (
                "Medisafe Clinical Waste Ltd",
                "Unit 14, Orion Way",
                "Kettering NN15 6NL",
                "01536 311 650",
            ),
            ("Northern Healthcare Waste Services", "Murton Way", "York YO19 5UY", "01904 489 700"),
        ],
        "de": [
            ("MediEntsorgung Nord GmbH", "Hafenstraße 50", "32758 Detmold", "05231 70 44 0"),
            (
                "Klinik-Entsorgung Franken GmbH",
                "Mergentheimer Straße 130",
                "97084 Würzburg",
                "0931 6 60 96 0",
            ),
        ],
        "fr": [
            (
                "Sanidéchets Services SAS",
                "ZI Nord, 9 rue Lavoisier",
                "37100 Tours",
                "02 47 41 73 90",
            ),
            ("Collecte DASRI Bourgogne", "10 rue Paul Langevin", "21300 Chenôve", "03 80 51 32 64"),
        ],
    },
    "lifts": {
        "en": [
            (
                "Allied Engineering Inspection Ltd",
                "Engineering House, Lichfield Road",
                "Birmingham B6 7SS",
                "0121 327 9800",
            ),
            (
                "Northern Lifting Inspection Services",
                "Clifton Moor",
                "York YO30 4XX",
                "01904 690 330",
            ),
        ],
        "de": [
            (
                "Technische Prüfgesellschaft Weser mbH - Zugelassene Überwachungsstelle",
                "Hansastraße 21",
                "33602 Bielefeld",
                "0521 9 64 11-0",
            ),
            (
                "Prüfdienst Süd GmbH - Aufzüge und Hebezeuge",
                "Frankfurter Ring 9",
                "80807 München",
                "089 35 66 82-0",
            ),
        ],
        "fr": [
            (
                "Atlantique Vérifications - Bureau de contrôle",
                "41 rue Jules Verne",
                "44700 Orvault",
                "02 40 63 55 00",
            ),
            ("Socotec Levage Est", "8 rue des Frères Lumière", "21000 Dijon", "03 80 28 40 10"),
        ],
    },
    "dols": {
        "en": [
            (
                "North Northamptonshire Council - DoLS Team",
                "Sheerness House, 41 Meadow Road",
                "Kettering NN16 8TL",
                "0300 126 3000",
            ),
            (
                "North Yorkshire Council - Deprivation of Liberty Safeguards",
                "County Hall, Racecourse Lane",
                "Northallerton DL7 8AD",
                "01609 533 253",
            ),
        ],
        "de": [
            (
                "Amtsgericht Lemgo - Betreuungsgericht",
                "Am Lindenhaus 2",
                "32657 Lemgo",
                "05261 257-0",
            ),
            (
                "Amtsgericht Würzburg - Betreuungsgericht",
                "Ottostraße 5",
                "97070 Würzburg",
                "0931 381-0",
            ),
        ],
        "fr": [
            (
                "Tribunal judiciaire de Tours - Juge des contentieux de la protection",
                "2 place Jean Jaurès",
                "37000 Tours",
                "02 47 60 26 60",
            ),
            (
                "Tribunal judiciaire de Dijon - Service des tutelles",
                "13 boulevard Clemenceau",
                "21000 Dijon",
                "03 80 70 47 00",
            ),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "Karen", "Michelle", "Paul", "Gary", "Joanne", "Priya", "Tom", "Helen", "Amit"],
    "de": [
        "Sabine",
        "Andrea",
        "Katrin",
        "Jörg",
        "Markus",
        "Tanja",
        "Dirk",
        "Melanie",
        "Olga",
        "Stefan",
    ],
    "fr": [
        "Nathalie",
        "Sandrine",
        "Camille",
        "Laurent",
        "Sébastien",
        "Céline",
        "Karim",
        "Isabelle",
    ],
}
LASTS = {
    "en": ["Whitaker", "Bennett", "Okafor", "Holloway", "Turner", "Shah", "Pickering", "Dunn"],
    "de": ["Brinkmann", "Kowalski", "Hagemann", "Schäfer", "Meier", "Yilmaz", "Vogt", "Brandt"],
    "fr": ["Lefèvre", "Moreau", "Garnier", "Benali", "Rousseau", "Chevalier", "Perrin", "Roux"],
}
FEMALE = {
    "Sarah",
    "Karen",
    "Michelle",
    "Joanne",
    "Priya",
    "Helen",
    "Sabine",
    "Andrea",
    "Katrin",
    "Tanja",
    "Melanie",
    "Olga",
    "Nathalie",
    "Sandrine",
    "Camille",
    "Céline",
    "Isabelle",
    "Margaret",
    "Dorothy",
    "Joan",
    "Irene",
    "Edna",
    "Jean",
    "Gertrud",
    "Erika",
    "Hildegard",
    "Ursula",
    "Ingrid",
    "Lieselotte",
    "Jeanne",
    "Simone",
    "Paulette",
    "Odette",
    "Yvonne",
    "Madeleine",
    "Christine",
    "Elaine",
}
#: Residents' names: older people.
OLD_FIRSTS = {
    "en": [
        "Margaret",
        "Dorothy",
        "Joan",
        "Irene",
        "Edna",
        "Jean",
        "Arthur",
        "Harold",
        "Kenneth",
        "Dennis",
        "Stanley",
        "Elaine",
        "Ronald",
    ],
    "de": [
        "Gertrud",
        "Erika",
        "Hildegard",
        "Ursula",
        "Ingrid",
        "Lieselotte",
        "Werner",
        "Horst",
        "Heinz",
        "Günter",
        "Manfred",
        "Wilhelm",
    ],
    "fr": [
        "Jeanne",
        "Simone",
        "Paulette",
        "Odette",
        "Yvonne",
        "Madeleine",
        "Marcel",
        "Roger",
        "René",
        "Lucien",
        "André",
        "Christine",
    ],
}
OLD_LASTS = {
    "en": [
        "Hargreaves",
        "Simmons",
        "Cartwright",
        "Ellis",
        "Marsden",
        "Pearce",
        "Atkinson",
        "Griffiths",
        "Lambert",
        "Hodgson",
        "Barker",
        "Wren",
    ],
    "de": [
        "Kuhlmann",
        "Böhm",
        "Schröder",
        "Lindemann",
        "Pohl",
        "Wittkamp",
        "Engel",
        "Krüger",
        "Seidel",
        "Wagner",
        "Fuchs",
        "Rehberg",
    ],
    "fr": [
        "Fournier",
        "Blanchard",
        "Mercier",
        "Gauthier",
        "Dupuis",
        "Chauvin",
        "Lemoine",
        "Perret",
        "Baudry",
        "Collin",
        "Masson",
        "Renaud",
    ],
}

TALK = {
    "en": {
        "care": "resident care plan mobility nutrition fluid intake falls skin integrity "
        "continence sleep mood family wellbeing staff support review goals preferences",
        "clin": "blood pressure medication review dose wound dressing swelling pain appetite "
        "weight observation infection antibiotics bloods referral symptoms plan",
        "law": "agreement provider placement services fees notice termination liability "
        "obligations records confidentiality charges review council resident",
        "insp": "evidence staff residents records medicines safeguarding training recruitment "
        "risk assessments governance audits leadership feedback observed improvement",
        "money": "invoice payment account balance due amount reference period charges "
        "outstanding statement remittance settlement",
    },
    "de": {
        "care": "Bewohnerin Pflegeplanung Mobilität Ernährung Trinkmenge Sturz Hautzustand "
        "Kontinenz Schlaf Stimmung Angehörige Wohlbefinden Unterstützung Maßnahmen Ziele",
        "clin": "Blutdruck Medikation Dosis Verband Schwellung Schmerzen Appetit Gewicht "
        "Beobachtung Infektion Antibiotikum Blutwerte Überweisung Befund Kontrolle",
        "law": "Vertrag Einrichtung Leistungen Entgelt Kündigung Haftung Pflichten Pflegekasse "
        "Sozialhilfeträger Bewohner Unterkunft Verpflegung Investitionskosten Anpassung",
        "insp": "Prüfung Nachweise Personal Bewohner Dokumentation Arzneimittel Hygiene "
        "Fachkraftquote Fortbildung Risiken Qualitätsmanagement Leitung Beratung Mangel",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Entgelt",
    },
    "fr": {
        "care": "résident projet de soins mobilité alimentation hydratation chute état cutané "
        "continence sommeil humeur famille bien-être accompagnement objectifs souhaits",
        "clin": "tension traitement posologie pansement oedème douleur appétit poids "
        "surveillance infection antibiotique bilan sanguin orientation symptômes suivi",
        "law": "contrat établissement prestations tarif résiliation responsabilité obligations "
        "résident hébergement dépendance aide sociale département règlement",
        "insp": "inspection constats personnel résidents dossiers circuit du médicament "
        "bientraitance formation recrutement risques gouvernance évaluation écarts",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we her his all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "care", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "care", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The home of a stream: its country, month and residents
# ---------------------------------------------------------------------------------------------


@dataclass
class Resident:
    first: str
    last: str
    female: bool
    room: int
    born: date
    ref: str  # the council's / insurer's client number
    nhs: str  # NHS number, Versichertennummer, n° de sécurité sociale
    gp: int  # index of the GP practice

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


HOME: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
RESIDENTS: list[Resident] = []
#: What the previous document was about (a companion takes up the same resident and day).
LAST: dict[str, object] = {"kind": "", "res": None, "day": None, "extra": None}


def home() -> str:
    return str(HOME["lang"])


def month() -> date:
    m = HOME["month"]
    assert isinstance(m, date)
    return m


def home_row() -> Row:
    return HOMES[home()][int(HOME["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's home and ``key``: a run or a repeat keeps its
    sender."""
    text = f"canister/{key}/{who.name}/{who.street}/{who.city}/{HOME['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(res: Resident | None, d: date, extra: object = None) -> None:
    LAST.update(res=res, day=d, extra=extra)


def nhs_no(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return serial(rng, "A999999999")
    if lang == "fr":
        return serial(rng, "2 99 99 99 999 999 99")
    return serial(rng, "999 999 9999")


def draw_residents(r: random.Random) -> list[Resident]:
    lg = home()
    out: list[Resident] = []
    used: set[str] = set()
    rooms = r.sample(range(1, 44), 10)
    for k in range(10):
        first = r.choice(OLD_FIRSTS[lg])
        last = r.choice(OLD_LASTS[lg])
        while f"{first} {last}" in used:
            last = r.choice(OLD_LASTS[lg])
        used.add(f"{first} {last}")
        out.append(
            Resident(
                first=first,
                last=last,
                female=first in FEMALE,
                room=rooms[k],
                born=date(r.randint(1928, 1948), r.randint(1, 12), r.randint(1, 28)),
                ref=serial(r, {"en": "9999999", "de": "50.9999.99", "fr": "AS-99999"}[lg]),
                nhs=nhs_no(r, lg),
                gp=r.randrange(len(SENDERS["gp"][lg])),
            )
        )
    return out


def a_resident(rng: random.Random, kinds: tuple[str, ...] = ()) -> Resident:
    """The previous document's resident if it was one of ``kinds``, else one of the home's."""
    res = LAST["res"]
    if kinds and after(kinds) and isinstance(res, Resident):
        return res
    return rng.choice(RESIDENTS)


def title_name(res: Resident, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if res.female else 'Herr'} {res.name}"
    if lang == "fr":
        return f"{'Mme' if res.female else 'M.'} {res.first} {res.last.upper()}"
    return f"{'Mrs' if res.female else 'Mr'} {res.name}"


def she(res: Resident, lang: str) -> str:
    return tr(
        lang,
        "She" if res.female else "He",
        "Sie" if res.female else "Er",
        "Elle" if res.female else "Il",
    )


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
    look: str  # band | centred | letter | boxed | plain | side | official | nhs
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
OFFICIAL = ("council", "health", "inspectorate", "dols")
TAGLINES = {
    "home": (
        "Residential and nursing care",
        "Vollstationäre Pflege - Kurzzeitpflege",
        "Établissement d'hébergement pour personnes âgées dépendantes",
    ),
    "pharmacy": (
        "Care home services - MDS & eMAR",
        "Heimversorgung - Verblisterung",
        "Préparation des doses à administrer",
    ),
    "staffing": (
        "Nurses - Carers - Support workers",
        "Arbeitnehmerüberlassung Pflege",
        "Intérim médical et paramédical",
    ),
    "trainer": ("Accredited care training", "Fort- und Weiterbildung", "Organisme de formation"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in (*OFFICIAL, "gp", "nursing"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Lemgo",
                "Sparkasse Mainfranken",
                "Volksbank Münsterland",
                "Bank für Sozialwirtschaft",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Lemgo', 'Würzburg', 'Münster', 'Bielefeld'])} HRB "
                f"{r.randint(1000, 9999)} - Geschäftsführung: "
                + r.choice(["Ulrike Brandes", "Markus Feldhaus", "Dr. Selin Aydin", "Jörg Kamps"]),
            )
        if role == "home":
            out.append(
                f"IK {r.randint(510000000, 519999999)} - Versorgungsvertrag nach § 72 SGB XI"
            )
        return out
    if lang == "fr":
        siret = " ".join(str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999)))
        siret += f" {r.randint(10000, 99999)}"
        out = [f"{name} - SIRET {siret}"]
        if role == "home":
            out[0] += f" - FINESS {r.randint(370000000, 849999999)}"
        elif role == "pharmacy":
            out[0] += f" - RPPS {r.randint(10000000000, 10999999999)}"
        else:
            out[0] += (
                f" - TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if role == "home":
        out.append(f"CQC Provider ID 1-{r.randint(100000000, 999999999)}")
    elif r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"canister/head/{name}/{HOME['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("gp", "nursing") and lang == "en":
        looks = ["nhs"]
        font, bold = "Helvetica", "Helvetica-Bold"
    if role in ("council", "health", "gp", "nursing", "inspectorate") and lang == "en":
        tld = "nhs.uk" if role in ("health", "gp", "nursing") else "gov.uk"
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
        mail=f"{r.choice(['info', 'office', 'admin', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def home_head() -> Head:
    return make_head(home_row(), home(), "home")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and home), of the home's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    # Local bodies: the one of the home's town where there is one.
    k = int(HOME["row"]) if lang == home() and role in (*OFFICIAL, "gp") else r.randrange(len(rows))
    return make_head(rows[min(k, len(rows) - 1)], lang, role)


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
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
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
    tagline = tr(h.lang, *tag) if tag else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "nhs":
        p.rect(w - m - 46, y - 14, 46, 19, fill=0.25)
        p.text(w - m - 23, y + 1, "NHS", "Helvetica-Bold", 14, "center")
        pt = shrink(h.name, h.bold, 11, w - 2 * m - 60)
        p.text(w - m, y + 20, h.name, h.bold, pt, "right")
        yy = y + 31
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7.5, w / 2 - m), h.font, 7.5, "right")
                yy += 9
        return yy + 14
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        line2 = "   ".join(t for t in (where, contact) if t)
        p.text(m, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line3 = "  ".join(t for t in ((where if tagline else ""), contact) if t)
        if line3:
            p.text(w / 2, y + 24, fit(line3, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        bw = min(w - 2 * m, 280.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "Mrs", "Mr", "Frau", "Herr", "Mme", "M")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the home's received stamp on the first page."""
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
                        "en": ["Office", "Manager", "Accounts"],
                        "de": ["Verwaltung", "Heimleitung", "PDL"],
                        "fr": ["Direction", "Secrétariat", "IDEC"],
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
        h if h.look in ("plain", "band", "letter", "official", "nhs") else None,
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
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
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"canister/staff/{tag}/{h.name}/{HOME['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def manager() -> str:
    return staff(home_head(), "manager")


def manager_role(lang: str) -> str:
    return tr(lang, "Registered Manager", "Einrichtungsleitung", "Directrice")


def home_lines(att: str = "") -> list[str]:
    name, street, town, _ = home_row()
    return [name, *([att] if att else []), street, town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "law"
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


def signature_block(
    p: Page, s: Style, x: float, y: float, w: float, caption_: str, name: str, signed: bool = True
) -> None:
    """A signature line with its caption below; signed in ink when ``signed``."""
    p.line(x, y, x + w, y)
    if signed and name:
        scrawl(p, x + 6, y - 3, name, 12)
    p.text(x, y + 10, fit(caption_, s.font, 7, w), s.font, 7)
    if name:
        p.text(x, y + 19, fit(name, s.font, 7, w), s.font, 7)


def lines_form(p: Page, x: float, y: float, w: float, n: int, step: float = 16) -> float:
    """``n`` ruled lines for hand entries; the y below."""
    for k in range(n):
        p.line(x, y + k * step, x + w, y + k * step)
    return y + n * step + 4


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def fields(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    per: int = 2,
    tall: float = 26,
    hand: bool = True,
) -> float:
    """``corpus_kit.fields`` with a little more room below."""
    return kit_fields(p, s, x, y, w, items, per, tall, hand) + 8


def place(town: str) -> str:
    """The town's name without its postcode ("York YO1 9RA" -> "York")."""
    out = [t for t in town.split() if not any(c.isdigit() for c in t) and t != "Cedex"]
    return " ".join(out) or town


def family_of(res: Resident, rng: random.Random) -> tuple[str, str]:
    """A relative of ``res`` (name, relation) who pays, writes or signs for them."""
    lg = home()
    r = random.Random(zlib.crc32(f"canister/family/{res.name}/{HOME['seed']}".encode()))
    first = r.choice(FIRSTS[lg])
    last = res.last if r.random() < 0.6 else r.choice(LASTS[lg])
    female = first in FEMALE
    rel = r.choice(
        [
            tr(
                lg,
                "daughter" if female else "son",
                "Tochter" if female else "Sohn",
                "fille" if female else "fils",
            ),
            tr(
                lg,
                "niece" if female else "nephew",
                "Nichte" if female else "Neffe",
                "nièce" if female else "neveu",
            ),
            tr(
                lg,
                "daughter-in-law" if female else "son-in-law",
                "Schwiegertochter" if female else "Schwiegersohn",
                "belle-fille" if female else "gendre",
            ),
        ]
    )
    return f"{first} {last}", rel


def family_address(res: Resident) -> list[str]:
    lg = home()
    r = random.Random(zlib.crc32(f"canister/famaddr/{res.name}/{HOME['seed']}".encode()))
    road = r.choice(
        {
            "en": ["Beech Avenue", "Church Lane", "Orchard Close", "Victoria Road", "The Green"],
            "de": ["Birkenweg", "Schillerstraße", "Am Mühlbach", "Gartenstraße", "Ahornallee"],
            "fr": ["rue Victor Hugo", "allée des Acacias", "rue du Stade", "impasse des Lilas"],
        }[lg]
    )
    no = r.randint(2, 88)
    town = r.choice(
        {
            "en": ["Northampton NN3 2RT", "Leeds LS8 1QF", "Bath BA2 4HJ", "Corby NN17 1AB"],
            "de": ["33602 Bielefeld", "97082 Würzburg", "48151 Münster", "32105 Bad Salzuflen"],
            "fr": ["37100 Tours", "21240 Talant", "84140 Montfavet", "69003 Lyon"],
        }[lg]
    )
    return [f"{road} {no}" if lg == "de" else f"{no} {road}", town]


WEEKLY = {"en": (862.0, 1180.0), "de": (4380.0, 5620.0), "fr": (71.5, 86.0)}


def fee_of(res: Resident) -> float:
    """The resident's fee: weekly in England, monthly in Germany, daily in France."""
    lo, hi = WEEKLY[home()]
    r = random.Random(zlib.crc32(f"canister/fee/{res.name}/{HOME['seed']}".encode()))
    return round(r.uniform(lo, hi), 2 if home() == "fr" else 0)


def grade_of(res: Resident) -> int:
    r = random.Random(zlib.crc32(f"canister/grade/{res.name}/{HOME['seed']}".encode()))
    return r.choice([2, 3, 3, 4, 4, 5]) if home() == "de" else r.choice([1, 2, 2, 3, 4])


# ---------------------------------------------------------------------------------------------
# Templates GGG: funding, placements, fees and contracts
# ---------------------------------------------------------------------------------------------

PFLEGE_LEISTUNG = {2: 770.0, 3: 1262.0, 4: 1775.0, 5: 2005.0}


def tpl_placement(rng: random.Random, who: Issuer) -> list[Page]:
    """The funder's placement papers for one resident: an English council's or ICB's
    individual placement agreement (sometimes behind a covering letter) with the fee table,
    the service schedule in small print and the signature page to return; a German
    Sozialamt's Bescheid über Hilfe zur Pflege with the cost breakdown and the
    Rechtsbehelfsbelehrung; a French département's notification de décision d'aide sociale
    à l'hébergement with its articles and the voies de recours."""
    lg = home()
    chc = lg == "en" and rng.random() < 0.3
    h = head_of(who, "health" if chc else "council")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    res = a_resident(rng, ("assessment",))
    d = last_day(rng, ("assessment",), (6, 20))
    start = d - timedelta(days=rng.randint(0, 21))
    officer = staff(h, "officer")
    fee = fee_of(res)
    pages: list[Page] = []
    ref = serial(rng, {"en": "IPA/99999", "de": "50.2-99999/", "fr": "ASH-9999-99999"}[lg]) + (
        str(month().year) if lg == "de" else ""
    )
    if lg == "en":
        if rng.random() < 0.5:
            f0 = sheets(s, h)
            recipient(
                f0,
                s,
                h,
                home_lines(tr(lg, "The Registered Manager")),
                d,
                [("Our ref", ref), ("Client ID", res.ref)],
            )
            caption(f0, s, f"Placement of {title_name(res, lg)} - Room {res.room}", 0.5)
            f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
            f0.y += s.size * 2
            write(
                f0,
                s,
                "Please find enclosed the Individual Placement Agreement for the above named, "
                f"who is placed with you from {day(h, start)} on a "
                f"{'permanent' if rng.random() < 0.7 else 'temporary'} basis.",
            )
            write(
                f0,
                s,
                "Please sign and return the provider copy of Schedule 2 within 14 days. Invoices "
                "must quote the client ID above; payments are made four-weekly in arrears "
                "through the provider portal.",
            )
            write(f0, s, prose(rng, lg, "law", 1, 2))
            regards(f0, s, lg, officer, "Brokerage Officer" if not chc else "CHC Case Coordinator")
            pages += close(f0.pages, s, h, numbers="none")
        f = sheets(s, h, f"Individual Placement Agreement - {res.ref} - OFFICIAL")
        caption(f, s, "INDIVIDUAL PLACEMENT AGREEMENT", 3)
        write(
            f,
            s,
            "Made under the "
            + (
                "NHS Continuing Healthcare framework"
                if chc
                else "Care Act 2014 and the Council's Residential Care Framework Contract"
            )
            + " between the parties below.",
            s.size - 1,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Resident", res.name),
                ("Date of birth", short(res.born, lg)),
                ("NHS number", res.nhs),
                ("Client ID", res.ref),
                ("Provider", home_row()[0]),
                ("Room", str(res.room)),
                ("Placement start date", short(start, lg)),
                ("Review date", short(start + timedelta(weeks=6), lg)),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y + 4,
                w - 2 * m,
                ["Permanent", "Respite", "Trial (6 weeks)", "Discharge to assess"],
                {rng.choice([0, 0, 2, 3])},
            )
            + 6
        )
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                ["Residential", "Residential dementia", "Nursing", "Nursing dementia"],
                {rng.randrange(4)},
            )
            + 10
        )
        rows = [["Core weekly fee (framework band)", cash(fee, lg)]]
        fnc = 235.88 if rng.random() < 0.4 else 0.0
        if fnc:
            rows.append(["NHS Funded Nursing Care (paid by ICB)", cash(fnc, lg)])
        top = rng.choice([0.0, 0.0, 45.0, 75.0, 120.0])
        if top:
            rows.append(["Third party top-up (paid by family)", cash(top, lg)])
        contrib = round(rng.uniform(180, 260), 2)
        rows.append(
            ["Assessed client contribution (collected by provider)", f"-{cash(contrib, lg)}"]
        )
        rows.append(["Net weekly amount paid by the Council", cash(fee - contrib, lg)])
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.2, "right")]),
            ["Fees", "Weekly"],
            rows,
            s,
            rules=True,
            shade=0.88,
        )
        f.heading(m, "Special conditions", s.bold, s.size)
        write(f, s, prose(rng, lg, "care", 1, 3), s.size - 1)
        pages_main = f.pages
        terms = small_print(
            rng,
            s,
            h,
            "Schedule 1 - Service Specification (extract)",
            [
                "Scope",
                "Personal care",
                "Medication",
                "Nutrition",
                "Activities",
                "Records",
                "Safeguarding",
                "Absence and hospital stays",
                "Fee reviews",
                "Termination",
                "Death of the resident",
                "Complaints",
                "Data protection",
            ],
            "care",
        )
        sig = Page(A4)
        y = heading(sig, s, h) if h.again else m
        sig.text(m, y + 10, "Schedule 2 - Agreement", s.bold, s.size + 2)
        y = text_lines(
            sig,
            s,
            m,
            y + 32,
            w - 2 * m,
            "The Provider agrees to provide the services described in this agreement and in the "
            "Framework Contract to the Resident named on page 1 from the start date at the fees "
            "shown. Both copies are to be signed; the Provider copy is to be returned.",
        )
        for k, (cap, nm, sg) in enumerate(
            [
                ("Signed for and on behalf of the " + ("ICB" if chc else "Council"), officer, True),
                (
                    "Signed for and on behalf of the Provider",
                    manager() if rng.random() < 0.6 else "",
                    rng.random() < 0.6,
                ),
                ("Resident / representative (where able)", "", False),
            ]
        ):
            yy = y + 40 + k * 70
            signature_block(sig, s, m, yy, 240, cap, nm, sg)
            sig.text(m + 280, yy + 10, "Date", s.font, 7)
            sig.line(m + 280, yy, m + 380, yy)
            if sg:
                hand(sig, m + 284, yy - 4, short(d + timedelta(days=k * 3), lg), 9)
        pages += close(
            [*pages_main, terms, sig], s, h, numbers="Page {i} of {n}", covers=len(pages)
        )
    elif lg == "de":
        f = sheets(s, h, f"Az. {ref} - {res.name}")
        recipient(
            f,
            s,
            h,
            home_lines(tr(lg, "", "- Verwaltung -")),
            d,
            [
                ("Aktenzeichen", ref),
                ("Sachbearbeitung", officer),
                ("Zimmer", f"{rng.randint(100, 420)}"),
            ],
        )
        caption(f, s, "Bescheid über Hilfe zur Pflege in Einrichtungen (§§ 61 ff. SGB XII)", 0.5)
        write(
            f,
            s,
            f"Leistungsberechtigte Person: {title_name(res, lg)}, geb. {short(res.born, lg)}, "
            f"derzeit wohnhaft in Ihrer Einrichtung (Zimmer {res.room})",
            s.size - 0.5,
        )
        f.page.text(m, f.y, "Sehr geehrte Damen und Herren,", s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            f"auf Antrag vom {short(start - timedelta(days=rng.randint(20, 60)), lg)} werden die "
            f"ungedeckten Kosten der stationären Pflege ab dem {short(start, lg)} im "
            "nachstehenden Umfang übernommen. Die Kostenübernahme gilt bis auf Weiteres, "
            "längstens bis zum Wegfall der Voraussetzungen.",
        )
        g = grade_of(res)
        rows = [
            ["Heimentgelt lt. Vergütungsvereinbarung (30,42 Tage)", money(fee, lg)],
            [
                f"abzgl. Leistungsbetrag der Pflegekasse (Pflegegrad {g})",
                "-" + money(PFLEGE_LEISTUNG[g], lg),
            ],
            [
                "abzgl. Leistungszuschlag § 43c SGB XI",
                "-"
                + money(
                    round((fee - PFLEGE_LEISTUNG[g]) * rng.choice([0.15, 0.3, 0.5]) * 0.55, 2), lg
                ),
            ],
            [
                "abzgl. einzusetzendes Einkommen (Altersrente)",
                "-" + money(round(rng.uniform(780, 1350), 2), lg),
            ],
            ["zzgl. Barbetrag und Bekleidungspauschale (§ 27b SGB XII)", money(152.01 + 28.0, lg)],
        ]
        net = fee
        for r_ in rows[1:]:
            v = float(r_[1].replace(".", "").replace(",", "."))
            net += v
        rows.append(["monatlicher Zahlbetrag an die Einrichtung", money(round(net, 2), lg)])
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.2, "right")]),
            ["Berechnung", "EUR / Monat"],
            rows,
            s,
            rules=True,
        )
        f.heading(m, "Hinweise", s.bold, s.size)
        write(
            f,
            s,
            "Die Zahlung erfolgt monatlich im Voraus unmittelbar an die Einrichtung. Änderungen "
            "der Einkommens- und Vermögensverhältnisse sind unverzüglich mitzuteilen. Der "
            "Barbetrag ist der leistungsberechtigten Person zur persönlichen Verfügung "
            "auszuzahlen.",
            s.size - 0.5,
        )
        write(f, s, prose(rng, lg, "law", 1, 2), s.size - 0.5)
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim "
            f"{h.name.split(' - ')[0]}, {h.street}, {h.town} einzulegen.",
            s.size - 0.5,
        )
        regards(f, s, lg, officer, "Im Auftrag")
        f.y += 4
        f.para(
            m,
            w - 2 * m,
            f"Durchschrift: {mx(family_of(res, rng)[0], lg)} (gesetzliche Betreuung / "
            "Bevollmächtigte)",
            s.font,
            7.5,
        )
        pages += close(f.pages, s, h)
    else:
        f = sheets(s, h, f"Décision n° {ref}")
        recipient(
            f,
            s,
            h,
            home_lines(tr(lg, "", "", "À l'attention de la Direction")),
            d,
            [("Dossier", ref), ("Affaire suivie par", officer)],
        )
        caption(f, s, "NOTIFICATION DE DÉCISION - AIDE SOCIALE À L'HÉBERGEMENT", 0.5)
        write(
            f,
            s,
            "Le Président du Conseil départemental, vu le Code de l'action sociale et des "
            "familles, notamment ses articles L. 113-1, L. 131-1 et L. 132-1 ; vu la demande "
            f"présentée le {short(start - timedelta(days=rng.randint(30, 90)), lg)} ; vu l'avis "
            "de la commission d'admission,",
            s.size - 0.5,
        )
        caption(f, s, "DÉCIDE", 0)
        arts = [
            f"Article 1 : L'aide sociale à l'hébergement est accordée à {title_name(res, lg)}, "
            f"né(e) le {short(res.born, lg)}, hébergé(e) à {home_row()[0]}, à compter du "
            f"{short(start, lg)}.",
            "Article 2 : Le prix de journée hébergement pris en charge est fixé à "
            f"{money(fee, lg)} €. Le tarif dépendance GIR 5-6 reste à la charge du résident.",
            "Article 3 : Le bénéficiaire participe à ses frais d'hébergement à hauteur de 90 % "
            "de ses ressources, le minimum légal mensuel restant à sa disposition. "
            "L'établissement perçoit directement les ressources du bénéficiaire.",
            "Article 4 : L'obligation alimentaire des descendants est fixée par décision "
            "séparée. Les sommes versées au titre de l'aide sociale sont récupérables sur "
            "succession.",
            "Article 5 : La présente décision est valable jusqu'au "
            f"{short(add_months(start, 60), lg)}, sous réserve de révision.",
        ]
        for a in arts:
            write(f, s, a, s.size - 0.5)
        f.page.text(
            w - m - 200,
            f.y + 10,
            f"Fait à {place(h.town)}, le {short(d, lg)}",
            s.font,
            s.size - 1,
        )
        f.y += 26
        f.page.text(w - m - 200, f.y, "Pour le Président et par délégation,", s.font, s.size - 1)
        scrawl(f.page, w - m - 200, f.y + 28, officer)
        f.page.text(w - m - 200, f.y + 40, officer, s.bold, s.size - 1)
        seal(f.page, w - m - 250, f.y + 20, 26, "DÉPARTEMENT", "Autonomie")
        pages += close(f.pages, s, h)
        p2 = Page(A4)
        y = heading(p2, s, h) if h.again else m
        p2.text(m, y + 6, "VOIES ET DÉLAIS DE RECOURS", s.bold, s.size + 1)
        y = text_lines(
            p2,
            s,
            m,
            y + 26,
            w - 2 * m,
            "La présente décision peut faire l'objet d'un recours administratif préalable "
            "obligatoire auprès du Président du Conseil départemental dans un délai de deux mois "
            "à compter de sa notification, puis d'un recours contentieux devant le tribunal "
            "administratif compétent. " + prose(rng, lg, "law", 2, 3),
            s.size - 0.5,
        )
        y = text_lines(
            p2,
            s,
            m,
            y + 10,
            w - 2 * m,
            "Destinataires : le bénéficiaire ou son représentant légal ; l'établissement "
            "d'accueil ; le payeur départemental.",
            s.size - 0.5,
        )
        pages.append(p2)
        number_pages(pages[-2:], s, "Page {i}/{n}", "br", 0, bottom=30)
    received(rng, pages[0], d, 0.4)
    remember(res, d, start)
    return pages


def text_lines(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    """``text`` wrapped to ``width`` on a free page from ``y``; the y below."""
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.6


def tpl_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """The funder's remittance advice for a payment run: the residents paid for, periods,
    rates, contributions and amounts, on landscape A4 (a council's four-weekly remittance,
    a Sozialamt's Zahlungsavis, a département's avis de paiement with the mandate number)."""
    lg = home()
    h = head_of(who, "council")
    s = style_of(h, LAND, margin=40, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    ex = LAST["extra"]
    if after(("remittance",)) and isinstance(ex, tuple) and ex[0] == h.name:
        p0 = ex[1] + timedelta(days=28 if lg == "en" else 0)
        p0 = p0 if lg == "en" else add_months(ex[1], 1)
    else:
        p0 = month() - timedelta(days=rng.randint(0, 27)) if lg == "en" else add_months(month(), -1)
    p1 = p0 + timedelta(days=27) if lg == "en" else add_months(p0, 1) - timedelta(days=1)
    d = p1 + timedelta(days=rng.randint(3, 12))
    f = sheets(
        s,
        h,
        tr(lg, "Remittance advice", "Zahlungsavis", "Avis de paiement") + f" - {home_row()[0]}",
    )
    recipient(
        f,
        s,
        h,
        home_lines(tr(lg, "Accounts", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (
                tr(lg, "Supplier no.", "Kreditor-Nr.", "N° tiers"),
                serial(keyed(who, "sup"), "9999999"),
            ),
            (tr(lg, "Payment ref", "Zahlungsreferenz", "Mandat n°"), serial(rng, "99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "REMITTANCE ADVICE - RESIDENTIAL CARE PAYMENTS",
            "ZAHLUNGSAVIS - HILFE ZUR PFLEGE IN EINRICHTUNGEN",
            "AVIS DE PAIEMENT - AIDE SOCIALE À L'HÉBERGEMENT",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"The following payments for the period {short(p0, lg)} to {short(p1, lg)} will be "
            f"credited to your account by BACS on {day(h, d)}.",
            f"Für den Zeitraum {short(p0, lg)} bis {short(p1, lg)} werden folgende Beträge am "
            f"{day(h, d)} auf Ihr Konto überwiesen.",
            f"Les sommes ci-dessous, période du {short(p0, lg)} au {short(p1, lg)}, sont "
            f"mandatées et seront virées le {day(h, d)}.",
        ),
    )
    people = rng.sample(RESIDENTS, rng.randint(3, min(9, len(RESIDENTS))))
    rows: list[list[str]] = []
    total = 0.0
    for res in people:
        fee = fee_of(res)
        if lg == "en":
            contrib = round(rng.uniform(180, 260), 2)
            amt = round((fee - contrib) * 4, 2)
            rows.append(
                [
                    res.ref,
                    f"{res.last.upper()}, {res.first}",
                    "Res" if rng.random() < 0.6 else "ResD",
                    f"{short(p0, lg)}-{short(p1, lg)}",
                    "4.00",
                    money(fee, lg),
                    money(contrib * 4, lg),
                    money(amt, lg),
                ]
            )
        elif lg == "de":
            contrib = round(rng.uniform(700, 1300), 2)
            amt = round(fee - PFLEGE_LEISTUNG[grade_of(res)] - contrib, 2)
            rows.append(
                [
                    res.ref,
                    f"{res.last}, {res.first}",
                    f"PG {grade_of(res)}",
                    f"{short(p0, lg)}-{short(p1, lg)}",
                    f"{(p1 - p0).days + 1}",
                    money(fee, lg),
                    money(contrib, lg),
                    money(amt, lg),
                ]
            )
        else:
            days = (p1 - p0).days + 1 - (rng.randint(1, 6) if rng.random() < 0.15 else 0)
            contrib = round(rng.uniform(900, 1400), 2)
            amt = round(fee * days - contrib, 2)
            rows.append(
                [
                    res.ref,
                    f"{res.last.upper()} {res.first}",
                    "HEB",
                    f"{short(p0, lg)}-{short(p1, lg)}",
                    str(days),
                    money(fee, lg),
                    money(contrib, lg),
                    money(amt, lg),
                ]
            )
        total += amt
    if rng.random() < 0.3:
        res = rng.choice(people)
        adj = -round(rng.uniform(60, 400), 2)
        rows.append(
            [
                res.ref,
                f"{res.last.upper()}, {res.first}",
                tr(lg, "Adj", "Korr", "RÉGUL"),
                tr(lg, "hospital stay", "Krankenhaus", "hospitalisation"),
                "",
                "",
                "",
                money(adj, lg),
            ]
        )
        total += adj
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (2.4, "left"),
            (0.8, "left"),
            (2.2, "left"),
            (0.8, "right"),
            (1.2, "right"),
            (1.4, "right"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Client ID", "Az./Kd.-Nr.", "Dossier"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Service", "Art", "Nature"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Weeks", "Tage", "Jours"),
            tr(lg, "Rate", "Entgelt", "Prix j."),
            tr(lg, "Client contrib.", "Eigenanteil", "Participation"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        shade=0.88,
    )
    f.need(40)
    f.page.text(
        w - m - 200,
        f.y + 6,
        tr(lg, "Total payment", "Auszahlungsbetrag", "Total mandaté"),
        s.bold,
        s.size + 1,
    )
    f.page.text(w - m, f.y + 6, cash(total, lg), s.bold, s.size + 1, "right")
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            "Queries about this remittance: Care Payments Team, quoting the payment reference.",
            "Rückfragen bitte unter Angabe der Zahlungsreferenz an die Sachbearbeitung.",
            "Pour toute question, rappeler le numéro de mandat.",
        ),
        7.5,
    )
    pages = close(f.pages, s, h)
    remember(None, d, (h.name, p0))
    return pages


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The home's own fee invoice for one resident to the person who pays (the resident, a
    relative under a lasting power of attorney): English four-weekly fees or top-up with the
    extras (hairdresser, chiropody, newspapers); a German monthly Heimkostenabrechnung with
    the Pflegesatz components and the Pflegekasse's share deducted; a French facture
    d'hébergement with the daily rates and the APA deducted; sometimes a payment slip."""
    lg = home()
    h = home_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng, ("placement", "contract"))
    ex = LAST["extra"]
    if after(("fee_invoice",)) and isinstance(ex, date):
        d = ex
    else:
        d = month() + timedelta(days=rng.randint(0, 4))
    payer, _rel = family_of(res, rng)
    lines = (
        [mx(payer, lg), *family_address(res)]
        if rng.random() < 0.7
        else [
            title_name(res, lg),
            f"c/o {home_row()[0]}" if lg == "en" else home_row()[0],
            home_row()[1],
            home_row()[2],
        ]
    )
    no = serial(rng, {"en": "INV-99999", "de": "HR-2025-9999", "fr": "FH99999"}[lg])
    f = sheets(s, h, f"{no} - {res.name}")
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Resident", "Bewohner/in", "Résident(e)"), res.name),
            (tr(lg, "Room", "Zimmer", "Chambre"), str(res.room)),
        ],
    )
    p0 = d.replace(day=1)
    p1 = add_months(p0, 1) - timedelta(days=1)
    rows: list[list[str]] = []
    net = 0.0
    if lg == "en":
        caption(f, s, "INVOICE", 3)
        p1 = p0 + timedelta(days=27)
        fee = fee_of(res)
        private = rng.random() < 0.5
        if private:
            rows.append(
                [
                    f"Residential care fees {short(p0, lg)} - {short(p1, lg)}",
                    "4 wks",
                    money(fee, lg),
                    money(fee * 4, lg),
                ]
            )
            net += fee * 4
        else:
            top = rng.choice([45.0, 75.0, 120.0])
            rows.append(
                [
                    f"Third party top-up {short(p0, lg)} - {short(p1, lg)}",
                    "4 wks",
                    money(top, lg),
                    money(top * 4, lg),
                ]
            )
            net += top * 4
        for item, price in [
            ("Hairdressing", 16.0),
            ("Chiropody", 28.0),
            ("Newspapers and magazines", 11.4),
            ("Escort to hospital appointment", 42.0),
            ("Toiletries", 8.75),
        ]:
            if rng.random() < 0.35:
                q = rng.randint(1, 4)
                rows.append([item, str(q), money(price, lg), money(price * q, lg)])
                net += price * q
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.1, "right")]),
            ["Description", "Qty", "Rate", "Amount"],
            rows,
            s,
            rules=True,
        )
        f.need(40)
        f.page.text(
            w * 0.56, f.y + 4, "Total due (care fees are exempt from VAT)", s.bold, s.size - 0.5
        )
        f.y += 16
        f.page.text(w - m, f.y, cash(net, lg), s.bold, s.size + 1, "right")
        f.y += 22
        write(
            f,
            s,
            "Fees are payable four-weekly in advance. Please pay by standing order to "
            f"{home_row()[0]}, sort code {serial(rng, '99-99-99')}, account "
            f"{serial(rng, '99999999')}, quoting {no}.",
            s.size - 1,
        )
    elif lg == "de":
        caption(f, s, f"Heimkostenabrechnung {MONTHS_DE[p0.month - 1]} {p0.year}", 2)
        days = (p1 - p0).days + 1
        g = grade_of(res)
        comp = [
            ("Pflegebedingte Aufwendungen", round(rng.uniform(88, 112), 2)),
            ("Ausbildungsumlage", round(rng.uniform(4, 7.5), 2)),
            ("Unterkunft", round(rng.uniform(19, 27), 2)),
            ("Verpflegung", round(rng.uniform(8, 12), 2)),
            ("Investitionskosten", round(rng.uniform(16, 24), 2)),
        ]
        for k, (t, rate) in enumerate(comp):
            rows.append(
                [
                    t + (f" (PG {g})" if k == 0 else ""),
                    f"{days}",
                    money(rate, lg),
                    money(rate * days, lg),
                ]
            )
            net += rate * days
        rows.append(
            [
                "abzgl. Leistungsbetrag Pflegekasse § 43 SGB XI",
                "",
                "",
                "-" + money(PFLEGE_LEISTUNG[g], lg),
            ]
        )
        net -= PFLEGE_LEISTUNG[g]
        z = round(rng.uniform(200, 700), 2)
        rows.append(
            [
                f"abzgl. Leistungszuschlag § 43c SGB XI ({rng.choice([15, 30, 50, 75])} %)",
                "",
                "",
                "-" + money(z, lg),
            ]
        )
        net -= z
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.7, "right"), (1.1, "right"), (1.1, "right")]),
            ["Leistung", "Tage", "EUR/Tag", "Betrag EUR"],
            rows,
            s,
            rules=True,
        )
        f.need(40)
        f.page.text(w * 0.5, f.y + 4, "Ihr Eigenanteil", s.bold, s.size + 0.5)
        f.page.text(w - m, f.y + 4, cash(net, lg), s.bold, s.size + 0.5, "right")
        f.y += 26
        write(
            f,
            s,
            "Der Betrag wird zum 15. des Monats per SEPA-Lastschrift (Mandatsreferenz "
            f"{serial(rng, 'HB-9999-AA')}) von Ihrem Konto eingezogen. Nach § 4 Nr. 16 UStG "
            "umsatzsteuerfrei.",
            s.size - 1,
        )
    else:
        caption(f, s, f"FACTURE D'HÉBERGEMENT - {MONTHS_FR[p0.month - 1].upper()} {p0.year}", 1.5)
        days = (p1 - p0).days + 1
        fee = fee_of(res)
        dep = round(rng.uniform(5.4, 6.9), 2)
        rows.append(["Tarif hébergement", str(days), money(fee, lg), money(fee * days, lg)])
        rows.append(
            [
                "Tarif dépendance GIR 5-6 (ticket modérateur)",
                str(days),
                money(dep, lg),
                money(dep * days, lg),
            ]
        )
        net = fee * days + dep * days
        if grade_of(res) <= 4:
            apa = round(rng.uniform(300, 560), 2)
            rows.append(
                [f"Déduction APA établissement (GIR {grade_of(res)})", "", "", "-" + money(apa, lg)]
            )
            net -= apa
        for item, price in [
            ("Coiffure", 22.0),
            ("Pédicure", 30.0),
            ("Repas accompagnant", 12.5),
            ("Marquage du linge", 18.0),
        ]:
            if rng.random() < 0.3:
                rows.append([item, "1", money(price, lg), money(price, lg)])
                net += price
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.7, "right"), (1.1, "right"), (1.1, "right")]),
            ["Désignation", "Jours", "Prix unit.", "Montant"],
            rows,
            s,
            rules=True,
        )
        f.need(40)
        f.page.text(w * 0.5, f.y + 4, "Net à payer", s.bold, s.size + 0.5)
        f.page.text(w - m, f.y + 4, cash(net, lg), s.bold, s.size + 0.5, "right")
        f.y += 26
        write(
            f,
            s,
            "Facture payable à terme à échoir, avant le 10 du mois. Prélèvement automatique ou "
            "virement. Exonérée de TVA (art. 261-7 du CGI).",
            s.size - 1,
        )
        if f.y < hh - 170:
            y = hh - m - 110
            slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement par chèque")
            fields(
                f.page,
                s,
                m,
                y + 10,
                w - 2 * m,
                [
                    ("Résident(e)", res.name),
                    ("Facture n°", no),
                    ("Montant", cash(net, lg)),
                    ("Chambre", str(res.room)),
                ],
                per=2,
                tall=22,
                hand=False,
            )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.2:
        hand(
            pages[0],
            m + 8,
            hh - m - 40 - (120 if lg == "fr" else 0),
            tr(
                lg,
                f"pd {short(d + timedelta(days=9), lg)} SO",
                f"bez. {short(d + timedelta(days=12), lg)}",
                f"réglé chq {rng.randint(1000000, 9999999)}",
            ),
            10,
        )
    remember(res, d, d)
    return pages


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
MONTHS_FR = [
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
]

CONTRACT_HEADS = {
    "en": [
        "The accommodation",
        "Care and services",
        "Fees",
        "Fee reviews",
        "Payment",
        "Absences",
        "Personal belongings and insurance",
        "Trial period",
        "Termination by you",
        "Termination by us",
        "On death",
        "Complaints",
        "Your personal information",
    ],
    "de": [
        "Gegenstand des Vertrages",
        "Unterkunft",
        "Verpflegung",
        "Allgemeine Pflege- und Betreuungsleistungen",
        "Zusatzleistungen",
        "Entgelte",
        "Entgelterhöhung",
        "Abwesenheit",
        "Haftung",
        "Kündigung durch die Bewohnerin / den Bewohner",
        "Kündigung durch die Einrichtung",
        "Vertragsende im Todesfall",
        "Datenschutz",
    ],
    "fr": [
        "Objet du contrat",
        "Durée du séjour",
        "Conditions d'admission",
        "Description des prestations",
        "Hébergement",
        "Restauration",
        "Soins et surveillance médicale",
        "Conditions financières",
        "Absences et hospitalisations",
        "Dépôt de garantie",
        "Résiliation",
        "Responsabilités",
        "Règlement de fonctionnement",
    ],
}


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The home's contract with a resident (contract of residence / statement of terms,
    Heimvertrag nach dem WBVG, contrat de séjour): the parties on the first page, numbered
    clauses over several pages, the fee schedule annex (a table on its own page), now and
    then the inventory of belongings, and the signature page signed by the resident or the
    attorney."""
    lg = home()
    h = home_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng, ("placement",))
    d = last_day(rng, ("placement",), (1, 12))
    title = tr(lg, "CONTRACT OF RESIDENCE", "HEIMVERTRAG", "CONTRAT DE SÉJOUR")
    f = sheets(s, h, f"{title.title()} - {res.name}")
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(
            lg,
            "Statement of terms and conditions for residents",
            "Vertrag über Wohnraum mit Pflege- oder Betreuungsleistungen nach dem Wohn- und "
            "Betreuungsvertragsgesetz (WBVG)",
            "Établi conformément à l'article L. 311-4 du Code de l'action sociale et des familles",
        ),
        s.size - 0.5,
    )
    f.y += 6
    payer, rel = family_of(res, rng)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Provider", "Einrichtung", "Établissement"), home_row()[0]),
            (tr(lg, "Resident", "Bewohner/in", "Résident(e)"), res.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(res.born, lg)),
            (
                tr(lg, "Room", "Zimmer", "Chambre"),
                f"{res.room} ("
                + tr(
                    lg, "single, en-suite", "Einzelzimmer mit Bad", "individuelle avec salle d'eau"
                )
                + ")",
            ),
            (tr(lg, "Representative", "Vertreten durch", "Représenté(e) par"), f"{payer} ({rel})"),
            (tr(lg, "Start date", "Vertragsbeginn", "Date d'entrée"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    for k, head_ in enumerate(CONTRACT_HEADS[lg]):
        f.heading(
            m,
            f"{'§ ' if lg == 'de' else ''}{k + 1}{'' if lg == 'de' else '.'} {head_}",
            s.bold,
            s.size,
        )
        write(f, s, prose(rng, lg, "law", 2, 4), s.size - 0.5)
    pages = f.pages
    s2 = s
    a = Flow(
        A4,
        hh - m,
        lambda p, n: running_header(
            p, s2, tr(lg, "Annex 1 - Fees", "Anlage 1 - Entgelte", "Annexe 1 - Tarifs")
        ),
    )
    a.heading(
        m,
        tr(
            lg,
            "Annex 1 - Schedule of fees and additional services",
            "Anlage 1 - Entgeltübersicht und Zusatzleistungen",
            "Annexe 1 - Tarifs et prestations facultatives",
        ),
        s.bold,
        s.size + 2,
    )
    fee = fee_of(res)
    if lg == "en":
        rows = [
            ["Weekly fee (residential)", cash(fee, lg)],
            ["Weekly fee (nursing, excl. FNC)", cash(fee + 140, lg)],
            ["Deposit (returnable)", cash(fee, lg)],
            ["Hairdressing (per visit)", cash(16, lg)],
            ["Chiropody (per visit)", cash(28, lg)],
            ["Escort per hour", cash(21, lg)],
            ["Guest meal", cash(6.5, lg)],
        ]
    elif lg == "de":
        rows = [
            [
                f"Pflegegrad {g}: pflegebedingte Aufwendungen je Tag",
                cash(round(60 + g * 14.3, 2), lg),
            ]
            for g in (2, 3, 4, 5)
        ] + [
            ["Unterkunft je Tag", cash(23.4, lg)],
            ["Verpflegung je Tag", cash(10.15, lg)],
            ["Investitionskosten je Tag", cash(19.8, lg)],
            ["Ausbildungsumlage je Tag", cash(5.6, lg)],
        ]
    else:
        rows = [
            ["Prix de journée hébergement", cash(fee, lg)],
            ["Tarif dépendance GIR 1-2", cash(21.35, lg)],
            ["Tarif dépendance GIR 3-4", cash(13.55, lg)],
            ["Tarif dépendance GIR 5-6", cash(5.75, lg)],
            ["Dépôt de garantie (30 jours)", cash(fee * 30, lg)],
            ["Repas invité", cash(12.5, lg)],
        ]
    table(
        a,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Charge", "Betrag", "Tarif")],
        rows,
        s,
        rules=True,
        shade=0.88,
    )
    write(
        a,
        s,
        tr(
            lg,
            f"Fees valid from {short(date(month().year, 4, 1), lg)}. Fees are reviewed once a "
            "year; 28 days' written notice is given of any change.",
            f"Stand: {short(date(month().year, 1, 1), lg)}. Entgelterhöhungen werden mindestens "
            "vier Wochen vorher schriftlich begründet angekündigt.",
            "Tarifs arrêtés par le Président du Conseil départemental au "
            f"{short(date(month().year, 1, 1), lg)}.",
        ),
        s.size - 1,
    )
    pages += a.pages
    if rng.random() < 0.35:
        inv = Page(A4)
        inv.text(
            m,
            m,
            tr(
                lg,
                "Annex 2 - Inventory of personal belongings",
                "Anlage 2 - Inventarliste eingebrachter Gegenstände",
                "Annexe 2 - Inventaire des biens personnels",
            ),
            s.bold,
            s.size + 1,
        )
        y = m + 30
        cols = columns(m, w - m, [(3, "left"), (0.7, "right"), (2, "left"), (1, "left")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Item", "Gegenstand", "Objet"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Description / condition", "Beschreibung / Zustand", "Description / état"),
                tr(lg, "Marked", "Markiert", "Marqué"),
            ],
            strict=True,
        ):
            inv.text(c[0], y, t, s.bold, 8)
        y += 6
        items = {
            "en": [
                "Armchair",
                "Television",
                "Radio",
                "Photo frames",
                "Wristwatch",
                "Hearing aids",
                "Glasses",
                "Walking frame",
                "Cardigans",
            ],
            "de": [
                "Sessel",
                "Fernseher",
                "Radio",
                "Bilderrahmen",
                "Armbanduhr",
                "Hörgeräte",
                "Brille",
                "Rollator",
                "Strickjacken",
            ],
            "fr": [
                "Fauteuil",
                "Téléviseur",
                "Poste de radio",
                "Cadres photo",
                "Montre",
                "Appareils auditifs",
                "Lunettes",
                "Déambulateur",
                "Gilets",
            ],
        }[lg]
        for k in range(22):
            y += 18
            inv.line(m, y + 4, w - m, y + 4)
            if k < len(items) and rng.random() < 0.8:
                hand(inv, cols[0][0], y, items[k], 9)
                hand(inv, cols[1][1] - 10, y, str(rng.randint(1, 4)), 9)
                if rng.random() < 0.5:
                    hand(
                        inv,
                        cols[2][0],
                        y,
                        rng.choice(
                            ["good", "worn", "new", "grey", "gold"]
                            if lg == "en"
                            else ["gut", "gebraucht", "neu", "grau"]
                            if lg == "de"
                            else ["bon état", "usagé", "neuf"]
                        ),
                        9,
                    )
                box(inv, cols[3][0], y, rng.random() < 0.6)
        pages.append(inv)
    sig = Page(A4)
    y = m + 10
    sig.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    y = text_lines(
        sig,
        s,
        m,
        y + 24,
        w - 2 * m,
        tr(
            lg,
            "I have read and understood this contract and its annexes and received a copy of the "
            "complaints procedure and the residents' guide.",
            "Die Bewohnerin / der Bewohner bzw. die Vertreterin / der Vertreter bestätigt, vor "
            "Vertragsschluss nach § 3 WBVG informiert worden zu sein und eine Ausfertigung "
            "dieses Vertrages nebst Anlagen erhalten zu haben.",
            "Le résident ou son représentant reconnaît avoir reçu le livret d'accueil, le "
            "règlement de fonctionnement et la charte des droits et libertés de la personne "
            "accueillie.",
        ),
    )
    town = place(home_row()[2])
    sig.text(m, y + 10, f"{town}, {tr(lg, 'date', 'den', 'le')}", s.font, s.size)
    hand(sig, m + 80, y + 10, short(d, lg), 10)
    signed = rng.random() < 0.8
    signature_block(
        sig,
        s,
        m,
        y + 80,
        210,
        tr(lg, "For the provider", "Für die Einrichtung", "Pour l'établissement"),
        manager(),
        True,
    )
    signature_block(
        sig,
        s,
        w - m - 210,
        y + 80,
        210,
        tr(
            lg,
            "Resident / representative",
            "Bewohner/in bzw. Vertreter/in",
            "Le résident ou son représentant",
        ),
        payer,
        signed,
    )
    if lg == "fr":
        hand(sig, w - m - 210, y + 40, "Lu et approuvé", 10)
    if rng.random() < 0.5:
        seal(sig, m + 150, y + 60, 30, home_row()[0].upper()[:22], home_row()[2])
    pages.append(sig)
    pages = close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "{i}/{n}",
    )
    remember(res, d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGG: care records and assessments
# ---------------------------------------------------------------------------------------------

DOMAINS = {
    "en": [
        "Personal hygiene",
        "Mobility and falls",
        "Eating and drinking",
        "Continence",
        "Skin integrity",
        "Communication",
        "Medication",
        "Mental capacity and consent",
        "Sleep and night care",
        "Social and spiritual needs",
    ],
    "de": [
        "Körperpflege",
        "Mobilität und Sturzrisiko",
        "Ernährung und Flüssigkeit",
        "Ausscheidung",
        "Haut und Dekubitusrisiko",
        "Kommunikation",
        "Medikation",
        "Kognition und Verhalten",
        "Schlaf und Nachtruhe",
        "Soziale Kontakte und Tagesgestaltung",
    ],
    "fr": [
        "Hygiène et toilette",
        "Mobilité et risque de chute",
        "Alimentation et hydratation",
        "Élimination",
        "État cutané",
        "Communication",
        "Traitements",
        "Cognition et consentement",
        "Sommeil",
        "Vie sociale et animation",
    ],
}
NOTES = {
    "en": [
        "no change",
        "1 fall - sensor mat in place",
        "weight down 1.2kg, MUST 1",
        "pad size changed",
        "grade 2 sacrum - DN aware",
        "hearing aid L new battery",
        "PRN paracetamol x3 this month",
        "DoLS in place",
        "settled nights",
        "enjoys music group",
    ],
    "de": [
        "unverändert",
        "1 Sturz, Sensormatte",
        "Gewicht -1,2 kg",
        "Inkontinenzmaterial angepasst",
        "Dekubitus Kat. 2 sakral",
        "Hörgerät links",
        "Bedarfsmedikation 3x",
        "Betreuung vorhanden",
        "schläft durch",
        "nimmt an Singkreis teil",
    ],
    "fr": [
        "pas de changement",
        "1 chute - tapis détecteur",
        "perte 1,2 kg",
        "change adapté",
        "escarre stade 2 sacrum",
        "appareil auditif G",
        "antalgique si besoin x3",
        "mesure de protection",
        "nuits calmes",
        "participe à l'atelier chant",
    ],
}


def tpl_care_review(rng: random.Random, who: Issuer) -> list[Page]:
    """The home's care plan review form for one resident, filled in by hand: the resident's
    details, each care domain with tick boxes (no change / changed / new need) and a note,
    then on the second page the goals and actions table, who took part and the signatures;
    the form code and page numbers in the footer."""
    lg = home()
    h = home_head()
    s = style_of(h, A4, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng, ("gp_letter", "wound", "assessment"))
    d = last_day(rng, ("gp_letter", "wound", "assessment"), (1, 10))
    nurse = staff(h, rng.choice(["nurse1", "nurse2", "senior"]))
    code = keyed(who, "code").choice(
        ["CP04 v3", "Form 7.2 rev. 2023", "QM-PF-12", "FO-SOINS-08", "CPR/2"]
    )
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "CARE PLAN REVIEW",
            "EVALUATION DER PFLEGEPLANUNG",
            "RÉÉVALUATION DU PROJET DE SOINS PERSONNALISÉ",
        ),
        s.bold,
        13,
    )
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Resident", "Bewohner/in", "Résident(e)"), res.name),
            (tr(lg, "Room", "Zimmer", "Chambre"), str(res.room)),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(res.born, lg)),
            (tr(lg, "Review date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Key worker / named nurse", "Bezugspflegekraft", "Soignant référent"), nurse),
            (
                tr(lg, "Reason", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(lg, "monthly review", "monatlich", "mensuel"),
                        tr(lg, "after fall", "nach Sturz", "après chute"),
                        tr(
                            lg,
                            "after hospital stay",
                            "nach KH-Aufenthalt",
                            "retour d'hospitalisation",
                        ),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    opts = [
        tr(lg, "No change", "unverändert", "inchangé"),
        tr(lg, "Changed", "verändert", "modifié"),
        tr(lg, "New need", "neu", "nouveau besoin"),
    ]
    rowh = 38 if len(DOMAINS[lg]) * 38 < hh - y - 90 else 34
    for k, dom in enumerate(DOMAINS[lg]):
        yy = y + k * rowh
        p.rect(m, yy, w - 2 * m, rowh)
        p.text(m + 4, yy + 11, fit(dom, s.bold, 8, 150), s.bold, 8)
        pick = 0 if rng.random() < 0.6 else rng.choice([1, 2])
        ticks(p, s, m + 160, yy + 12, w - 2 * m - 164, opts, {pick}, 7.5)
        note = NOTES[lg][k] if pick else (NOTES[lg][0] if rng.random() < 0.4 else "")
        p.line(m + 4, yy + rowh - 8, w - m - 4, yy + rowh - 8)
        if note:
            hand(p, m + 8, yy + rowh - 11, note, 8.5, w - 2 * m - 20)
    y += len(DOMAINS[lg]) * rowh + 10
    p2 = Page(A4)
    y2 = m
    p2.text(
        m,
        y2,
        tr(lg, "Goals and actions", "Ziele und Maßnahmen", "Objectifs et actions"),
        s.bold,
        11,
    )
    y2 += 20
    cols = columns(m, w - m, [(2.2, "left"), (2.6, "left"), (1.1, "left"), (1, "left")])
    p2.rect(m, y2 - 10, w - 2 * m, 14, fill=0.85)
    for c, t in zip(
        cols,
        [
            tr(lg, "Need / goal", "Problem / Ziel", "Besoin / objectif"),
            tr(lg, "Action agreed", "Maßnahme", "Action"),
            tr(lg, "By whom", "Wer", "Qui"),
            tr(lg, "By when", "Bis", "Échéance"),
        ],
        strict=True,
    ):
        p2.text(c[0] + 2, y2, t, s.bold, 8)
    y2 += 8
    acts = {
        "en": [
            "weigh weekly",
            "2-hourly repositioning",
            "refer to SALT",
            "falls diary",
            "fluid chart 1500ml",
            "GP to review meds",
        ],
        "de": [
            "wöchentlich wiegen",
            "Lagerung 2-stündlich",
            "Logopädie anfragen",
            "Sturzprotokoll",
            "Trinkprotokoll 1500 ml",
            "HA Medikation prüfen",
        ],
        "fr": [
            "pesée hebdo",
            "changement de position /2h",
            "avis orthophoniste",
            "fiche de suivi chute",
            "hydratation 1,5 L",
            "réévaluation médecin",
        ],
    }[lg]
    for k in range(9):
        p2.rect(m, y2, w - 2 * m, 30)
        for c in cols[1:]:
            p2.line(c[0] - 2, y2, c[0] - 2, y2 + 30)
        if k < rng.randint(2, 5):
            hand(
                p2,
                cols[0][0] + 3,
                y2 + 18,
                NOTES[lg][rng.randrange(1, 10)],
                8,
                cols[0][1] - cols[0][0] - 4,
            )
            hand(p2, cols[1][0] + 3, y2 + 18, rng.choice(acts), 8, cols[1][1] - cols[1][0] - 4)
            hand(p2, cols[2][0] + 3, y2 + 18, nurse.split()[0], 8)
            hand(
                p2,
                cols[3][0] + 3,
                y2 + 18,
                short(d + timedelta(days=rng.choice([7, 14, 28])), lg),
                8,
            )
        y2 += 30
    y2 += 20
    p2.text(m, y2, tr(lg, "Involved in this review", "Beteiligt", "Participants"), s.bold, 9)
    y2 = (
        ticks(
            p2,
            s,
            m,
            y2 + 16,
            w - 2 * m,
            [
                tr(lg, "Resident", "Bewohner/in", "Résident(e)"),
                tr(lg, "Family / LPA", "Angehörige / Betreuer", "Famille / tuteur"),
                tr(lg, "GP", "Hausarzt", "Médecin traitant"),
                tr(lg, "District nurse", "Wundexperte", "IDE"),
                tr(lg, "Advocate", "Betreuungsbehörde", "Mandataire"),
            ],
            {0, *rng.sample([1, 2, 3, 4], rng.randint(0, 2))},
        )
        + 8
    )
    p2.text(
        m,
        y2,
        tr(
            lg,
            "Resident's own words / comments",
            "Äußerungen der Bewohnerin / des Bewohners",
            "Paroles du résident",
        ),
        s.font,
        8,
    )
    y2 = lines_form(p2, m, y2 + 18, w - 2 * m, 3)
    if rng.random() < 0.6:
        hand(
            p2,
            m + 6,
            y2 - 56,
            rng.choice(
                {
                    "en": [
                        "'I'm happy here, food is lovely'",
                        "would like to go to the garden more",
                    ],
                    "de": ["'Mir geht es gut hier'", "möchte öfter in den Garten"],
                    "fr": ["« je suis bien ici »", "souhaite sortir au jardin"],
                }[lg]
            ),
            9,
        )
    y2 += 30
    signature_block(
        p2,
        s,
        m,
        y2,
        200,
        tr(lg, "Reviewed by (name, signature)", "Evaluiert durch", "Réévalué par"),
        nurse,
        True,
    )
    signature_block(
        p2,
        s,
        w - m - 200,
        y2,
        200,
        tr(
            lg,
            "Resident / representative",
            "Bewohner/in bzw. Vertreter/in",
            "Résident / représentant",
        ),
        "",
        rng.random() < 0.4,
    )
    hand(
        p2,
        m,
        y2 + 42,
        tr(lg, "Next review: ", "Nächste Evaluation: ", "Prochaine réévaluation : ")
        + short(d + timedelta(days=28), lg),
        9,
    )
    pages = [p, p2]
    for q in pages:
        q.text(m, hh - 24, code, s.font, 6.5)
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", 0, bottom=24
    )
    remember(res, d, None)
    return pages


CHC_DOMAINS = [
    "Breathing",
    "Nutrition",
    "Continence",
    "Skin integrity",
    "Mobility",
    "Communication",
    "Psychological and emotional needs",
    "Cognition",
    "Behaviour",
    "Drug therapies and medication",
    "Altered states of consciousness",
]
MD_MODULES = [
    ("1 Mobilität", 10),
    ("2 Kognitive und kommunikative Fähigkeiten", 15),
    ("3 Verhaltensweisen und psychische Problemlagen", 15),
    ("4 Selbstversorgung", 40),
    ("5 Umgang mit krankheits- und therapiebedingten Anforderungen", 20),
    ("6 Gestaltung des Alltagslebens und sozialer Kontakte", 15),
]
AGGIR_VARS = [
    "Cohérence",
    "Orientation",
    "Toilette",
    "Habillage",
    "Alimentation",
    "Élimination",
    "Transferts",
    "Déplacement à l'intérieur",
    "Déplacement à l'extérieur",
    "Communication à distance",
]


def tpl_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """An outside assessment of a resident's needs: the ICB's NHS Continuing Healthcare
    checklist with the covering outcome letter; the Medizinischer Dienst's Gutachten zur
    Feststellung der Pflegebedürftigkeit with the module scores and the Pflegegrad; the
    équipe médico-sociale's grille AGGIR with the GIR; over two to four pages."""
    lg = home()
    h = head_of(who, "health")
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng)
    d = some_day(rng)
    assessor = staff(h, "assessor")
    pages: list[Page] = []
    if lg == "en":
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            home_lines("The Manager"),
            d,
            [("NHS No", res.nhs), ("Our ref", serial(rng, "CHC-99999"))],
        )
        caption(f, s, f"NHS Continuing Healthcare Checklist - {title_name(res, lg)}", 0.5)
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        full = rng.random() < 0.4
        write(
            f,
            s,
            "A Checklist was completed for the above named on "
            f"{day(h, d - timedelta(days=rng.randint(5, 20)))}. "
            + (
                "The outcome indicates that a full assessment of eligibility is required; a "
                "multidisciplinary team will contact you to arrange a date."
                if full
                else "The outcome is that a full assessment of eligibility for NHS Continuing "
                "Healthcare is not required at this time."
            ),
        )
        write(
            f,
            s,
            "A copy of the completed Checklist is enclosed for the care records. The individual "
            "or their representative may ask the ICB to reconsider this decision.",
        )
        regards(f, s, lg, assessor, "Clinical Nurse Assessor")
        pages += close(f.pages, s, h, numbers="none")
        s2 = style_of(h, A4, margin=44, pt=8.5)
        cl = Flow(
            A4,
            hh - 50,
            lambda p, n: (
                running_header(
                    p, s2, f"NHS Continuing Healthcare Checklist - {res.name} - NHS No {res.nhs}"
                )
                if n > 1
                else 44
            ),
        )
        cl.page.text(w / 2, cl.y, "NHS Continuing Healthcare Checklist", s2.bold, 14, "center")
        cl.y += 24
        cl.y = fields(
            cl.page,
            s2,
            44,
            cl.y,
            w - 88,
            [
                ("Name", res.name),
                ("Date of birth", short(res.born, lg)),
                ("NHS number", res.nhs),
                ("Date of completion", short(d - timedelta(days=9), lg)),
                ("Current location", home_row()[0]),
                ("Assessor", assessor),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        cols = columns(
            44,
            w - 44,
            [(2.6, "left"), (0.5, "center"), (0.5, "center"), (0.5, "center"), (3.2, "left")],
        )
        picks = []
        rows = []
        for dom in CHC_DOMAINS:
            k = rng.choice([0, 1, 2, 2, 2])
            picks.append(k)
            rows.append(
                [
                    dom,
                    "X" if k == 0 else "",
                    "X" if k == 1 else "",
                    "X" if k == 2 else "",
                    words(rng, lg, "clin", rng.randint(5, 9)),
                ]
            )
        table(
            cl,
            cols,
            ["Domain", "A", "B", "C", "Evidence / reference"],
            rows,
            s2,
            rules=True,
            shade=0.85,
            step=2.4,
        )
        cl.y += 10
        cl.heading(44, "Outcome", s2.bold, 10)
        cl.y = (
            ticks(
                cl.page,
                s2,
                44,
                cl.y,
                w - 88,
                ["Full assessment required", "No full assessment required"],
                {0 if full else 1},
            )
            + 10
        )
        cl.need(60)
        signature_block(cl.page, s2, 44, cl.y + 30, 200, "Signature of assessor", assessor, True)
        pages += close(cl.pages, s2, h, numbers="Page {i} of {n}")
    elif lg == "de":
        g = grade_of(res)
        f = sheets(s, h, f"Gutachten Pflegebedürftigkeit - {res.name}, geb. {short(res.born, lg)}")
        caption(f, s, "Gutachten zur Feststellung der Pflegebedürftigkeit gemäß SGB XI", 1.5)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Versicherte/r", res.name),
                ("Geburtsdatum", short(res.born, lg)),
                ("Versichertennummer", res.nhs),
                ("Auftraggeber", "Pflegekasse"),
                ("Untersuchungsort", home_row()[0]),
                ("Datum der Begutachtung", short(d - timedelta(days=14), lg)),
                (
                    "Antragsart",
                    rng.choice(["Höherstufungsantrag", "Erstantrag", "Wiederholungsbegutachtung"]),
                ),
                ("Gutachter/in", f"{assessor}, Pflegefachkraft"),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        f.heading(m, "1. Derzeitige Versorgungssituation", s.bold, s.size)
        write(f, s, prose(rng, lg, "care", 3, 5), s.size - 0.5)
        f.heading(m, "2. Pflegerelevante Vorgeschichte und Befunde", s.bold, s.size)
        write(f, s, prose(rng, lg, "clin", 3, 6), s.size - 0.5)
        f.heading(m, "3. Ergebnis der Begutachtung", s.bold, s.size)
        rows = []
        total = 0.0
        for name, weight in MD_MODULES:
            raw = rng.randint(3, 18)
            wp = round(min(weight, raw * weight / 18 + rng.uniform(0, 3)), 2)
            total += wp
            rows.append([name, str(raw), f"{weight} %", money(wp, lg)])
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.8, "right"), (0.8, "right"), (1.2, "right")]),
            ["Modul", "Summe Einzelpunkte", "Gewichtung", "gewichtete Punkte"],
            rows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            f"Gesamtpunkte: {money(total, lg)} - Empfehlung: Pflegegrad {g} (ab "
            f"{short(add_months(d, -1), lg)})",
            s.size,
        )
        f.heading(m, "4. Empfehlungen zur Prävention und Rehabilitation", s.bold, s.size)
        write(f, s, prose(rng, lg, "care", 2, 4), s.size - 0.5)
        f.y += 20
        f.need(40)
        signature_block(f.page, s, m, f.y + 20, 200, "Gutachter/in", assessor, rng.random() < 0.5)
        pages += close(f.pages, s, h, numbers="Seite {i} von {n}")
    else:
        gir = grade_of(res)
        f = sheets(s, h, f"Grille AGGIR - {res.last.upper()} {res.first}")
        caption(f, s, "ÉVALUATION DE LA PERTE D'AUTONOMIE - GRILLE AGGIR", 1)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Nom, prénom", f"{res.last.upper()} {res.first}"),
                ("Né(e) le", short(res.born, lg)),
                ("N° sécurité sociale", res.nhs),
                ("Lieu d'évaluation", home_row()[0]),
                ("Date de l'évaluation", short(d - timedelta(days=7), lg)),
                ("Évaluateur", assessor),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        cols = columns(
            m,
            w - m,
            [(3, "left"), (0.6, "center"), (0.6, "center"), (0.6, "center"), (2.4, "left")],
        )
        rows = []
        for v in AGGIR_VARS:
            k = rng.choice([0, 1, 1, 2]) if gir <= 2 else rng.choice([0, 0, 1, 2])
            rows.append(
                [
                    v,
                    "X" if k == 0 else "",
                    "X" if k == 1 else "",
                    "X" if k == 2 else "",
                    rng.choice(["", "", "S T C H", "partiellement", "stimulation"]),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [(3, "left"), (0.6, "center"), (0.6, "center"), (0.6, "center"), (2.4, "left")],
            ),
            ["Variable discriminante", "A", "B", "C", "Adverbes non réalisés"],
            rows,
            s,
            rules=True,
            shade=0.85,
            step=2.0,
        )
        del cols
        f.y += 6
        f.page.rect(m, f.y, 160, 40)
        f.page.text(m + 8, f.y + 14, "Résultat", s.font, 8)
        f.page.text(m + 8, f.y + 32, f"GIR {gir}", s.bold, 16)
        f.y += 56
        f.heading(m, "Observations de l'équipe médico-sociale", s.bold, s.size)
        write(f, s, prose(rng, lg, "care", 2, 4), s.size - 0.5)
        f.need(60)
        signature_block(
            f.page,
            s,
            w - m - 200,
            f.y + 30,
            200,
            "Le médecin de l'équipe médico-sociale",
            staff(h, "doctor"),
            True,
        )
        pages += close(f.pages, s, h, numbers="Page {i}/{n}")
    received(rng, pages[0], d, 0.4)
    remember(res, d, None)
    return pages


DRUGS = [
    ("Paracetamol 500mg tablets", "TWO four times a day when required for pain", "PRN"),
    ("Amlodipine 5mg tablets", "ONE in the morning", "08"),
    ("Ramipril 2.5mg capsules", "ONE daily", "08"),
    ("Metformin 500mg tablets", "ONE twice a day with food", "08 17"),
    ("Donepezil 10mg tablets", "ONE at night", "22"),
    ("Bisoprolol 2.5mg tablets", "ONE in the morning", "08"),
    ("Lansoprazole 15mg capsules", "ONE before breakfast", "07"),
    ("Sertraline 50mg tablets", "ONE daily", "08"),
    ("Furosemide 40mg tablets", "ONE in the morning", "08"),
    ("Apixaban 2.5mg tablets", "ONE twice a day", "08 20"),
    ("Senna 7.5mg tablets", "TWO at night", "22"),
    ("Laxido sachets", "ONE sachet twice daily in water", "08 17"),
    ("Adcal-D3 chewable tablets", "ONE twice a day", "12 17"),
    ("Levothyroxine 50mcg tablets", "ONE before breakfast", "06"),
    ("Zerobase cream", "Apply to dry skin twice a day", "08 20"),
    ("Lorazepam 0.5mg tablets", "ONE when required for agitation, max 2 in 24h", "PRN"),
]
DRUGS_DE = [
    "Novaminsulfon 500 mg Tbl.",
    "Amlodipin 5 mg Tbl.",
    "Ramipril 2,5 mg Kps.",
    "Metformin 500 mg Tbl.",
    "Donepezil 10 mg Tbl.",
    "Bisoprolol 2,5 mg Tbl.",
    "Pantoprazol 20 mg Tbl.",
    "Sertralin 50 mg Tbl.",
    "Torasemid 10 mg Tbl.",
    "Apixaban 2,5 mg Tbl.",
    "Macrogol Btl.",
    "Calcium/Vit. D3 Kautbl.",
    "L-Thyroxin 50 µg Tbl.",
    "Melperon 25 mg Tbl.",
]
DRUGS_FR = [
    "Doliprane 500 mg cp",
    "Amlodipine 5 mg gél.",
    "Ramipril 2,5 mg gél.",
    "Metformine 500 mg cp",
    "Donépézil 10 mg cp",
    "Bisoprolol 2,5 mg cp",
    "Ésoméprazole 20 mg gél.",
    "Sertraline 50 mg gél.",
    "Furosémide 40 mg cp",
    "Apixaban 2,5 mg cp",
    "Forlax 10 g sachet",
    "Calcium vitamine D3 cp à croquer",
    "Lévothyrox 50 µg cp",
    "Oxazépam 10 mg cp",
]


def meds_of(res: Resident, rng: random.Random | None = None) -> list[tuple[str, str, str]]:
    """The resident's current medicines (name, directions, times), in the home's language."""
    r = random.Random(zlib.crc32(f"canister/meds/{res.name}/{HOME['seed']}".encode()))
    picks = r.sample(range(14), r.randint(4, 10))
    lg = home()
    out = []
    for k in picks:
        name, how, times = DRUGS[k]
        if lg == "de":
            how = {
                "08": "1-0-0",
                "08 17": "1-0-1",
                "22": "0-0-1",
                "07": "1-0-0 nüchtern",
                "08 20": "1-0-1",
                "12 17": "0-1-1",
                "06": "1-0-0 nüchtern",
                "PRN": "bei Bedarf",
            }.get(times, "1-0-0")
            name = DRUGS_DE[k]
        elif lg == "fr":
            how = {
                "08": "1 le matin",
                "08 17": "1 matin et soir",
                "22": "1 au coucher",
                "07": "1 à jeun",
                "08 20": "1 matin et soir",
                "12 17": "1 midi et soir",
                "06": "1 à jeun",
                "PRN": "si besoin",
            }.get(times, "1 le matin")
            name = DRUGS_FR[k]
        out.append((name, how, times))
    return out


def tpl_mar(rng: random.Random, who: Issuer) -> list[Page]:
    """The pharmacy's medication administration record (MAR chart) of one resident for a
    28-day cycle, on landscape A4: the resident's details and allergies at the top, one row
    per medicine with the directions and times, the day grid filled in with staff initials and
    codes; a second sheet when the medicines do not fit; filed back after the cycle."""
    lg = home()
    h = head_of(who, "pharmacy")
    s = style_of(h, LAND, margin=30, pt=7.5)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("mar", "delivery")) and isinstance(ex, tuple) and ex[0] == h.name:
        c0 = ex[1]
        taken = {r.name for r in ex[2]}
        left = [r for r in RESIDENTS if r.name not in taken] or RESIDENTS
        res = rng.choice(left)
        done = [*ex[2], res]
    else:
        c0 = month() - timedelta(days=month().weekday()) + timedelta(days=rng.choice([0, 7]))
        res = rng.choice(RESIDENTS)
        done = [res]
    meds = meds_of(res)
    allergy = random.Random(zlib.crc32(res.name.encode())).choice(
        [
            tr(lg, "NKDA", "keine bekannt", "aucune connue"),
            tr(lg, "NKDA", "keine bekannt", "aucune connue"),
            "Penicillin",
            tr(lg, "Codeine", "Codein", "Codéine"),
        ]
    )
    per_sheet = 6
    sheets_n = -(-len(meds) // per_sheet)
    filled = rng.randint(20, 28)
    staff_init = [serial(rng, "AA") for _ in range(5)]
    pages = []
    for sh in range(sheets_n):
        p = Page(LAND)
        p.text(m, 28, fit(h.name, s.bold, 10, 260), s.bold, 10)
        p.text(m, 38, fit(f"{h.street}, {h.town}  {h.phone}", s.font, 6.5, 260), s.font, 6.5)
        p.text(
            w / 2,
            30,
            tr(
                lg,
                "MEDICATION ADMINISTRATION RECORD",
                "MEDIKAMENTEN-DOKUMENTATIONSBLATT",
                "FICHE D'ADMINISTRATION DES MÉDICAMENTS",
            ),
            s.bold,
            11,
            "center",
        )
        p.text(
            w / 2,
            41,
            f"{tr(lg, 'Cycle start', 'Zyklus ab', 'Début du cycle')} {short(c0, lg)} - 28 "
            f"{tr(lg, 'days', 'Tage', 'jours')}",
            s.font,
            7.5,
            "center",
        )
        fields(
            p,
            s,
            w - m - 340,
            46,
            340,
            [
                (tr(lg, "Resident", "Bewohner/in", "Résident(e)"), res.name),
                (tr(lg, "Room", "Zimmer", "Chambre"), str(res.room)),
                (tr(lg, "D.o.b.", "geb.", "Né(e) le"), short(res.born, lg)),
                (tr(lg, "GP", "Hausarzt", "Médecin"), SENDERS["gp"][lg][res.gp][0]),
            ],
            per=4,
            tall=22,
            hand=False,
        )
        p.text(m, 60, tr(lg, "ALLERGIES:", "ALLERGIEN:", "ALLERGIES :"), s.bold, 7.5)
        p.text(
            m + 52,
            60,
            allergy,
            s.font,
            7.5,
        )
        x0 = m + 220
        cw = (w - m - x0) / 28
        y = 76
        p.rect(m, y, w - 2 * m, 12, fill=0.85)
        for k in range(28):
            dd = c0 + timedelta(days=k)
            p.text(x0 + k * cw + cw / 2, y + 9, f"{dd.day}", s.font, 6, "center")
            p.line(x0 + k * cw, y, x0 + k * cw, y + 12)
        y += 12
        for name, how, times in meds[sh * per_sheet : (sh + 1) * per_sheet]:
            slots = times.split() if times != "PRN" else ["PRN"]
            rh = 12 * max(2, len(slots)) + 10
            p.rect(m, y, w - 2 * m, rh)
            p.text(m + 3, y + 9, fit(name, s.bold, 7.5, 200), s.bold, 7.5)
            p.text(m + 3, y + 18, fit(how, s.font, 6.5, 200), s.font, 6.5)
            p.text(
                m + 3,
                y + rh - 3,
                fit(
                    f"{tr(lg, 'Qty rec.', 'Erh.', 'Qté reçue')} "
                    f"{rng.choice([28, 56, 112, 30, 60])}   Rx {serial(rng, '999999')}",
                    s.font,
                    5.5,
                    200,
                ),
                s.font,
                5.5,
            )
            for j, t in enumerate(slots):
                yy = y + 10 + j * 12
                p.text(x0 - 6, yy, t, s.font, 6.5, "right")
                if j:
                    p.line(x0, yy - 9, w - m, yy - 9)
                for k in range(28):
                    if k < filled and t != "PRN":
                        mark = (
                            rng.choice(staff_init)
                            if rng.random() > 0.04
                            else rng.choice(["R", "H", "S"])
                        )
                        p.text(x0 + k * cw + cw / 2, yy, mark, HAND, 6, "center")
                    elif t == "PRN" and k < filled and rng.random() < 0.15:
                        p.text(x0 + k * cw + cw / 2, yy, rng.choice(staff_init), HAND, 6, "center")
            for k in range(29):
                p.line(x0 + k * cw, y, x0 + k * cw, y + rh)
            y += rh
        p.text(
            m,
            hh - 40,
            fit(
                tr(
                    lg,
                    "Codes: R refused  H hospital  S sleeping  N nausea  O other (see overleaf)",
                    "Codes: V verweigert  K Krankenhaus  S schläft  A abwesend",
                    "Codes : R refus  H hospitalisé  D dort  A absent  V vomissement",
                ),
                s.font,
                6.5,
                w / 2,
            ),
            s.font,
            6.5,
        )
        p.text(
            m,
            hh - 30,
            fit(
                f"{tr(lg, 'Staff initials', 'Kürzel', 'Initiales')}: "
                + "  ".join(f"{i} = {staff(h, i)}" for i in staff_init[:3]),
                s.font,
                6.5,
                w / 2,
            ),
            s.font,
            6.5,
        )
        p.text(
            w - m,
            hh - 30,
            f"{tr(lg, 'Sheet', 'Blatt', 'Feuille')} {sh + 1} {tr(lg, 'of', 'von', 'sur')} "
            f"{sheets_n}",
            s.font,
            7,
            "right",
        )
        pages.append(p)
    remember(res, c0, (h.name, c0, done))
    return pages


def tpl_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The pharmacy's delivery note for the home: the monthly cycle delivery listed resident
    by resident with the items and quantities and a checked-in column ticked by the nurse
    (over one to three pages), or an interim delivery receipt on a narrow slip for a few acute
    items; signed as received."""
    lg = home()
    h = head_of(who, "pharmacy")
    ex = LAST["extra"]
    d = (
        ex[1] - timedelta(days=rng.randint(2, 4))
        if after(("mar",)) and isinstance(ex, tuple)
        else some_day(rng)
    )
    no = serial(rng, "DN999999")
    nurse = staff(home_head(), rng.choice(["nurse1", "nurse2"]))
    if rng.random() < 0.35:
        s = style_of(h, SLIP, margin=14, pt=7.5)
        w = SLIP[0]
        m = 14
        p = Page(SLIP)
        y = heading(p, s, h)
        p.text(
            w / 2,
            y,
            tr(lg, "INTERIM DELIVERY", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s.bold,
            10,
            "center",
        )
        y += 14
        for lab, val in [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (
                tr(lg, "Date", "Datum", "Date"),
                f"{short(d, lg)} {rng.randint(9, 17)}:{rng.randint(10, 59)}",
            ),
            (tr(lg, "To", "An", "Pour"), home_row()[0]),
        ]:
            p.text(m, y, lab, s.font, 7)
            p.text(w - m, y, fit(val, s.font, 7, w - 2 * m - 30), s.font, 7, "right")
            y += 10
        p.line(m, y, w - m, y)
        y += 12
        for _ in range(rng.randint(1, 4)):
            res = rng.choice(RESIDENTS)
            med = rng.choice(meds_of(res))[0]
            p.text(m, y, fit(res.name, s.bold, 7.5, w - 2 * m), s.bold, 7.5)
            y += 9
            p.text(m, y, fit(med, s.font, 7, w - 2 * m - 30), s.font, 7)
            p.text(w - m, y, str(rng.choice([7, 14, 21, 28, 1])), s.font, 7, "right")
            y += 13
        p.line(m, y, w - m, y)
        y += 16
        p.text(m, y, tr(lg, "Received by", "Erhalten", "Reçu par"), s.font, 7)
        scrawl(p, m + 50, y + 2, nurse, 11)
        y += 20
        p.text(m, y, tr(lg, "Driver", "Fahrer", "Livreur") + f": {staff(h, 'driver')}", s.font, 7)
        if rng.random() < 0.5:
            p.text(
                w / 2,
                y + 20,
                tr(
                    lg,
                    "CD - keep in CD cupboard",
                    "BtM - im BtM-Schrank lagern",
                    "Stupéfiant - coffre",
                ),
                s.bold,
                7,
                "center",
            )
        return [p]
    s = style_of(h, A4, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no} - {home_row()[0]}",
    )
    recipient(
        f,
        s,
        h,
        home_lines(tr(lg, "Treatment room", "Wohnbereich 1 - Medikamente", "Infirmerie")),
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein", "Bon n°"), no),
            (tr(lg, "Cycle", "Zyklus", "Cycle"), short(d + timedelta(days=3), lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "MONTHLY CYCLE DELIVERY",
            "MONATSLIEFERUNG - VERBLISTERTE ARZNEIMITTEL",
            "LIVRAISON MENSUELLE - PDA",
        ),
        2,
    )
    rows = []
    for res in rng.sample(RESIDENTS, rng.randint(4, 9)):
        for name, _how, times in meds_of(res):
            q = 28 * max(1, len(times.split())) if times != "PRN" else rng.choice([28, 56, 100])
            rows.append(
                [
                    f"{res.last}, {res.first}",
                    str(res.room),
                    name,
                    str(q),
                    "v" if rng.random() < 0.93 else "",
                ]
            )
    cols = columns(
        m, w - m, [(2, "left"), (0.5, "right"), (3.2, "left"), (0.7, "right"), (0.6, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Resident", "Bewohner/in", "Résident"),
            tr(lg, "Rm", "Zi.", "Ch."),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Chk", "Gepr.", "Vérif."),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(70)
    f.y += 16
    signature_block(
        f.page,
        s,
        m,
        f.y + 20,
        200,
        tr(lg, "Checked in by (nurse)", "Geprüft durch (Pflegefachkraft)", "Vérifié par (IDE)"),
        nurse,
        True,
    )
    hand(f.page, m + 230, f.y + 16, short(d, lg), 9)
    pages = close(f.pages, s, h)
    for p in pages:
        for it in list(p.items):
            if it[0] == "text" and it[1][2] == "v" and it[1][5] == "center":
                p.items.remove(it)
                x, y = float(it[1][0]), float(it[1][1])  # type: ignore[arg-type]
                p.line(x - 3, y - 3, x - 1, y)
                p.line(x - 1, y, x + 4, y - 7)
    remember(None, d, (h.name, d + timedelta(days=3), []))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGG: doctors and nurses
# ---------------------------------------------------------------------------------------------


def tpl_gp_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A GP practice's letter to the home about a resident after a visit or a medication
    review (changes, blood tests, a referral), often with the practice system's printed
    current medication list behind it; in Germany now and then a faxed Ärztliche Anordnung
    with the fax header line."""
    lg = home()
    res = a_resident(rng, ("care_review",))
    h = make_head(SENDERS["gp"][lg][res.gp], lg, "gp")
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    doc = tr(lg, "Dr ", "Dr. med. ", "Dr ") + staff(h, "doctor")
    f = sheets(s, h, f"{res.name} - {short(res.born, lg)}")
    fax = lg == "de" and rng.random() < 0.4
    if fax:
        f.page.text(
            m - 20,
            12,
            f"{short(d, lg)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}   FAX {h.phone}   "
            f"{h.name[:40]}   S. 1/1",
            "Courier",
            7,
        )
    recipient(
        f,
        s,
        h,
        home_lines(tr(lg, "Nurse in charge", "Wohnbereichsleitung", "IDE coordinatrice")),
        d,
        [
            (tr(lg, "Patient", "Patient/in", "Patient(e)"), res.name),
            (tr(lg, "D.o.b.", "geb.", "Né(e) le"), short(res.born, lg)),
            (tr(lg, "NHS No", "Vers.-Nr.", "N° SS"), res.nhs),
        ],
    )
    topic = rng.randrange(3)
    caption(
        f,
        s,
        tr(
            lg,
            ["Medication review", "Visit today", "Blood results"][topic],
            ["Ärztliche Anordnung - Medikationsänderung", "Hausbesuch", "Laborbefund"][topic],
            ["Réévaluation du traitement", "Visite du jour", "Résultats du bilan sanguin"][topic],
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None) if lg != "en" else "Dear colleagues,", s.font, s.size)
    f.y += s.size * 2
    meds = meds_of(res)
    ch = rng.choice(meds)[0]
    write(
        f,
        s,
        tr(
            lg,
            f"I reviewed {title_name(res, lg)} at the home on {day(h, d)}. Please note the "
            f"following change: {ch} - STOP. ",
            f"bei {title_name(res, lg)} ordne ich nach Hausbesuch am {day(h, d)} folgende "
            f"Änderung an: {ch} absetzen. ",
            f"J'ai vu {title_name(res, lg)} ce jour en visite. Merci de noter la modification "
            f"suivante : {ch} - ARRÊT. ",
        )
        + words(rng, lg, "clin"),
    )
    write(f, s, prose(rng, lg, "clin", 2, 4))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Please repeat U&E and FBC in two weeks and monitor blood pressure daily for one "
                "week.",
                "Bitte Blutdruck- und Pulskontrolle täglich für eine Woche, Kontrolle "
                "Kreatinin/Kalium in 14 Tagen.",
                "Merci de surveiller la tension quotidiennement pendant une semaine. Bilan de "
                "contrôle dans 15 jours.",
            ),
        )
    regards(
        f,
        s,
        lg,
        doc,
        tr(lg, "General Practitioner", "Facharzt für Allgemeinmedizin", "Médecin généraliste"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        s2 = style_of(h, A4, margin=44, pt=8.5)
        ml = Flow(
            A4,
            hh - 50,
            lambda p, n: running_header(p, s2, f"{res.name} {res.nhs}") if n > 1 else 44,
        )
        ml.page.text(
            44,
            ml.y,
            tr(
                lg,
                "Current repeat medication",
                "Medikationsplan",
                "Ordonnance - traitement en cours",
            ),
            s2.bold,
            12,
        )
        ml.page.text(
            w - 44,
            ml.y,
            f"{tr(lg, 'Printed', 'Ausdruck', 'Imprimé le')} {short(d, lg)}",
            s2.font,
            7.5,
            "right",
        )
        ml.y += 18
        ml.page.text(44, ml.y, f"{res.name}  {short(res.born, lg)}  {res.nhs}", s2.font, 8.5)
        ml.y += 18
        rows = [
            [
                n,
                how,
                short(d - timedelta(days=rng.randint(40, 900)), lg),
                str(rng.choice([28, 56, 30, 60])),
            ]
            for n, how, _t in meds
            if n != ch
        ]
        table(
            ml,
            columns(44, w - 44, [(2.6, "left"), (3, "left"), (1, "left"), (0.6, "right")]),
            [
                tr(lg, "Drug", "Wirkstoff / Handelsname", "Médicament"),
                tr(lg, "Dosage", "Dosierung", "Posologie"),
                tr(lg, "Started", "seit", "Depuis"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            rows,
            s2,
            rules=True,
            step=2.0,
        )
        if lg == "en":
            ml.y += 10
            write(
                ml,
                s2,
                "Acute medication issued in the last 3 months: "
                + rng.choice(
                    ["none", "Amoxicillin 500mg caps x15", "Nitrofurantoin 50mg caps x12"]
                ),
                8,
            )
        pages += close(ml.pages, s2, h, numbers="Page {i} of {n}" if lg == "en" else "none")
    received(rng, pages[0], d, 0.25)
    remember(res, d, None)
    return pages


def body_outline(p: Page, x: float, y: float, sc: float = 1.0) -> list[tuple[float, float]]:
    """A front body outline for a body map; returns a few points on it (sacrum, heels, ...)."""
    ring(p, x, y + 14 * sc, 12 * sc, 20)
    p.line(x - 5 * sc, y + 26 * sc, x - 5 * sc, y + 32 * sc)
    p.line(x + 5 * sc, y + 26 * sc, x + 5 * sc, y + 32 * sc)
    p.rect(x - 22 * sc, y + 32 * sc, 44 * sc, 70 * sc)
    p.rect(x - 34 * sc, y + 34 * sc, 10 * sc, 62 * sc)
    p.rect(x + 24 * sc, y + 34 * sc, 10 * sc, 62 * sc)
    p.rect(x - 20 * sc, y + 102 * sc, 17 * sc, 80 * sc)
    p.rect(x + 3 * sc, y + 102 * sc, 17 * sc, 80 * sc)
    return [
        (x, y + 96 * sc),
        (x - 12 * sc, y + 178 * sc),
        (x + 12 * sc, y + 178 * sc),
        (x - 29 * sc, y + 60 * sc),
        (x + 11 * sc, y + 140 * sc),
    ]


def tpl_wound(rng: random.Random, who: Issuer) -> list[Page]:
    """The district nurses' (Wundexpertin's, HAD's) wound care papers for a resident: a short
    letter or handover note and the wound assessment chart with the body map, the wound
    measurements on each visit and the dressing plan, part printed, part written by hand."""
    lg = home()
    h = head_of(who, "nursing")
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng, ("care_review", "gp_letter"))
    d = some_day(rng)
    nurse = staff(h, "dn")
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            home_lines(tr(lg, "Nurse in charge", "Pflegedienstleitung", "IDE coordinatrice")),
            d,
            [
                (tr(lg, "Patient", "Bewohner/in", "Patient(e)"), res.name),
                (tr(lg, "D.o.b.", "geb.", "Né(e) le"), short(res.born, lg)),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Wound care plan",
                "Wundversorgung - Therapieempfehlung",
                "Plan de soins - plaie",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Following our visit on {day(h, d)} please find the updated wound assessment and "
                f"dressing plan for {title_name(res, lg)}. ",
                f"nach unserer Visite am {day(h, d)} übersenden wir die aktuelle "
                f"Wunddokumentation und Therapieempfehlung für {title_name(res, lg)}. ",
                f"Suite à notre passage du {day(h, d)}, vous trouverez ci-joint l'évaluation de "
                f"la plaie et le protocole de pansement de {title_name(res, lg)}. ",
            )
            + words(rng, lg, "clin"),
        )
        write(f, s, prose(rng, lg, "clin", 1, 3))
        regards(
            f,
            s,
            lg,
            nurse,
            tr(lg, "Community Staff Nurse", "Wundexpertin ICW", "Infirmière coordinatrice"),
        )
        pages += close(f.pages, s, h, numbers="none")
    s2 = style_of(h, A4, margin=40, pt=8)
    p = Page(A4)
    y = 40.0
    p.rect(40, y - 12, w - 80, 18, fill=0.82)
    p.text(
        46,
        y,
        tr(lg, "WOUND ASSESSMENT CHART", "WUNDDOKUMENTATION", "FICHE DE SUIVI DE PLAIE"),
        s2.bold,
        10,
    )
    p.text(w - 46, y, fit(h.name, s2.font, 7, 250), s2.font, 7, "right")
    y += 18
    y = fields(
        p,
        s2,
        40,
        y,
        w - 80,
        [
            (tr(lg, "Name", "Name", "Nom"), res.name),
            (tr(lg, "D.o.b.", "geb.", "Né(e) le"), short(res.born, lg)),
            (tr(lg, "Location", "Einrichtung", "Lieu"), f"{home_row()[0]} / {res.room}"),
            (tr(lg, "Wound no.", "Wunde Nr.", "Plaie n°"), "1"),
            (
                tr(lg, "Type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Pressure ulcer cat. 2", "Dekubitus Kat. 2", "Escarre stade 2"),
                        tr(lg, "Skin tear", "Skin Tear", "Déchirure cutanée"),
                        tr(lg, "Leg ulcer", "Ulcus cruris", "Ulcère de jambe"),
                    ]
                ),
            ),
            (
                tr(lg, "First seen", "erstmals", "Date d'apparition"),
                short(d - timedelta(days=rng.randint(10, 60)), lg),
            ),
        ],
        per=3,
        tall=24,
    )
    pts = body_outline(p, 100, y + 10, 0.9)
    px, py = rng.choice(pts)
    ring(p, px, py, 5, 12)
    hand(p, px + 8, py + 3, "1", 9)
    cols = columns(
        180,
        w - 40,
        [
            (1, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1.2, "left"),
            (1.2, "left"),
            (0.6, "left"),
        ],
    )
    yy = y + 14
    for c, t in zip(
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "L cm",
            "B cm",
            "T cm",
            tr(lg, "Bed", "Wundgrund", "Lit"),
            tr(lg, "Exudate", "Exsudat", "Exsudat"),
            tr(lg, "Sign", "HZ", "Visa"),
        ],
        strict=True,
    ):
        p.text(c[0], yy, t, s2.bold, 7.5)
    yy += 4
    l0 = rng.uniform(2, 5)
    for k in range(12):
        yy += 16
        p.line(180, yy + 4, w - 40, yy + 4)
        if k < rng.randint(3, 7):
            dd = d - timedelta(days=(6 - k) * 7)
            vals = [
                short(dd, lg)[:5],
                f"{max(0.3, l0 - k * 0.3):.1f}",
                f"{max(0.2, l0 * 0.6 - k * 0.2):.1f}",
                f"{rng.choice([0.1, 0.2, 0.3]):.1f}",
                rng.choice(
                    ["gran.", "slough 20%", "epith."]
                    if lg == "en"
                    else ["Granulation", "Fibrin", "Epithel"]
                    if lg == "de"
                    else ["bourgeon", "fibrine", "épidermis."]
                ),
                rng.choice(
                    ["+", "++", "low", "moderate"]
                    if lg == "en"
                    else ["+", "++", "gering"]
                    if lg == "de"
                    else ["+", "++", "faible"]
                ),
                serial(rng, "AA"),
            ]
            for c, v in zip(cols, vals, strict=True):
                hand(p, c[0], yy, v, 8, c[1] - c[0])
    y = max(yy + 24, y + 190)
    p.text(
        40,
        y,
        tr(lg, "Dressing plan", "Therapieempfehlung / Verbandwechsel", "Protocole de pansement"),
        s2.bold,
        9,
    )
    y = fields(
        p,
        s2,
        40,
        y + 8,
        w - 80,
        [
            (
                tr(lg, "Cleanse", "Reinigung", "Nettoyage"),
                tr(lg, "saline 0.9%", "NaCl 0,9 %", "sérum physiologique"),
            ),
            (
                tr(lg, "Primary dressing", "Wundauflage", "Pansement primaire"),
                rng.choice(
                    [
                        "Aquacel Ag",
                        tr(lg, "silicone foam", "Hydrofaser", "hydrocolloïde"),
                        tr(lg, "Inadine", "Alginat", "alginate"),
                    ]
                ),
            ),
            (
                tr(lg, "Secondary", "Sekundärverband", "Secondaire"),
                tr(lg, "foam border", "Fixierbinde", "bande de maintien"),
            ),
            (
                tr(lg, "Frequency", "Wechsel", "Fréquence"),
                tr(
                    lg,
                    rng.choice(["3x weekly", "every 2 days"]),
                    rng.choice(["alle 3 Tage", "Mo/Mi/Fr"]),
                    rng.choice(["tous les 2 jours", "lundi, mercredi, vendredi"]),
                ),
            ),
            (
                tr(lg, "Pressure relief", "Druckentlastung", "Support"),
                tr(lg, "dynamic mattress", "Wechseldruckmatratze", "matelas à air"),
            ),
            (
                tr(lg, "Next visit", "Nächste Visite", "Prochain passage"),
                short(d + timedelta(days=7), lg),
            ),
        ],
        per=2,
        tall=26,
    )
    y = lines_form(p, 40, y + 8, w - 80, 4)
    hand(p, 44, y - 52, words(rng, lg, "clin", 6), 8.5, w - 100)
    signature_block(
        p, s2, 40, y + 30, 180, tr(lg, "Nurse", "Wundexpertin", "Infirmier(e)"), nurse, True
    )
    p.text(
        w - 40,
        hh - 24,
        fit(f"{h.name} - {tr(lg, 'wound chart', 'Wunddoku', 'suivi plaie')} v2", s2.font, 6.5, 300),
        s2.font,
        6.5,
        "right",
    )
    pages.append(p)
    received(rng, pages[0], d, 0.2)
    remember(res, d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGG: inspection
# ---------------------------------------------------------------------------------------------

KLOE = {
    "en": [
        "Is the service safe?",
        "Is the service effective?",
        "Is the service caring?",
        "Is the service responsive?",
        "Is the service well-led?",
    ],
    "de": [
        "Wohnqualität",
        "Hauswirtschaftliche Versorgung",
        "Pflege und Betreuung",
        "Arzneimittelversorgung",
        "Personelle Ausstattung",
        "Qualitätsmanagement",
        "Mitwirkung der Bewohner",
    ],
    "fr": [
        "Gouvernance et management",
        "Fonctions support",
        "Prise en charge des résidents",
        "Circuit du médicament",
        "Droits des usagers et bientraitance",
    ],
}
RATINGS_EN = ["Good", "Good", "Requires improvement", "Outstanding", "Inadequate"]


def tpl_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The inspectorate's report on the home: the CQC's report with the ratings on the cover
    and the key questions over several pages; the Heimaufsicht's Prüfbericht nach dem WTG
    with the Mängel and Beratung; the ARS's rapport d'inspection with the écarts and
    remarques; running header and page numbers on every page, a summary table, a signature."""
    lg = home()
    h = head_of(who, "inspectorate")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(20, 60))
    insp = staff(h, "inspector")
    head_txt = tr(
        lg,
        f"{home_row()[0]} Inspection report {day(h, d)}",
        f"Prüfbericht {home_row()[0]} - Prüfung vom {short(visit, lg)}",
        f"Rapport d'inspection - {home_row()[0]} - {short(visit, lg)}",
    )
    f = sheets(s, h, head_txt)
    ratings = [rng.choice(RATINGS_EN) for _ in KLOE["en"]]
    if lg == "en":
        overall = (
            "Inadequate"
            if "Inadequate" in ratings
            else "Requires improvement"
            if ratings.count("Requires improvement") >= 2
            else "Outstanding"
            if ratings.count("Outstanding") >= 3
            else "Good"
        )
        f.y += 10
        caption(f, s, home_row()[0], 8)
        write(f, s, f"{home_row()[1]}, {home_row()[2]}")
        write(
            f,
            s,
            f"Inspection date: {day(h, visit)}   Date of publication: {day(h, d)}",
            s.size - 0.5,
        )
        f.y += 10
        f.page.rect(m, f.y, w - 2 * m, 26, fill=0.85)
        f.page.text(m + 8, f.y + 17, "Overall rating for this service", s.bold, 11)
        f.page.text(w - m - 8, f.y + 17, overall, s.bold, 11, "right")
        f.y += 40
        for q, r_ in zip(KLOE["en"], ratings, strict=True):
            f.page.text(m + 8, f.y, q, s.font, s.size)
            f.page.text(w - m - 8, f.y, r_, s.bold, s.size, "right")
            f.page.line(m, f.y + 5, w - m, f.y + 5)
            f.y += s.size * 2.2
        f.new_page()
        f.heading(m, "Summary of findings", s.bold, s.size + 3)
        write(
            f,
            s,
            f"{home_row()[0]} is a residential care home providing personal care for up to "
            f"{rng.choice([38, 40, 42, 44])} older people, some of whom live with dementia. At "
            f"the time of our inspection {rng.randint(31, 40)} people were using the service.",
        )
        write(f, s, prose(rng, lg, "insp", 3, 5))
        for q, r_ in zip(KLOE["en"], ratings, strict=True):
            f.heading(
                m,
                q.replace("Is the service ", "").rstrip("?").capitalize() + f" - rating: {r_}",
                s.bold,
                s.size + 1,
            )
            for _ in range(rng.randint(2, 4)):
                write(f, s, prose(rng, lg, "insp", 2, 4))
        if "Requires improvement" in ratings or "Inadequate" in ratings:
            f.heading(m, "Action we have told the provider to take", s.bold, s.size + 1)
            table(
                f,
                columns(m, w - m, [(2, "left"), (4, "left")]),
                ["Regulated activity", "Regulation"],
                [
                    [
                        "Accommodation for persons who require nursing or personal care",
                        f"Regulation {rng.choice([12, 17, 18])} HSCA RA Regulations 2014 "
                        + rng.choice(["Safe care and treatment", "Good governance", "Staffing"]),
                    ]
                ],
                s,
                rules=True,
            )
    else:
        caption(f, s, tr(lg, "", "PRÜFBERICHT nach § 23 WTG", "RAPPORT D'INSPECTION"), 4)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "", "Einrichtung", "Établissement"), home_row()[0]),
                (tr(lg, "", "Träger", "Organisme gestionnaire"), home_row()[0].split(" - ")[0]),
                (
                    tr(lg, "", "Art der Prüfung", "Nature"),
                    tr(
                        lg,
                        "",
                        rng.choice(["Regelprüfung, unangemeldet", "Anlassprüfung"]),
                        rng.choice(["Inspection inopinée", "Contrôle sur pièces et sur place"]),
                    ),
                ),
                (tr(lg, "", "Datum der Prüfung", "Date de la visite"), short(visit, lg)),
                (
                    tr(lg, "", "Prüfer/innen", "Mission d'inspection"),
                    f"{insp}, {staff(h, 'insp2')}",
                ),
                (
                    tr(lg, "", "Plätze / belegt", "Capacité autorisée"),
                    f"{rng.choice([40, 42, 44])} / {rng.randint(35, 44)}",
                ),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        f.heading(m, tr(lg, "", "1. Zusammenfassung", "1. Synthèse"), s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "insp", 3, 5))
        findings = []
        for k, area in enumerate(KLOE[lg]):
            f.heading(m, f"{k + 2}. {area}", s.bold, s.size + 1)
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, "insp", 2, 4))
            if rng.random() < 0.45:
                kind = tr(
                    lg, "", rng.choice(["Mangel", "Beratung"]), rng.choice(["Écart", "Remarque"])
                )
                txt = words(rng, lg, "insp", 12)
                findings.append([f"{kind} {len(findings) + 1}", area, txt])
                f.para(
                    m + 12, w - 2 * m - 12, f"{kind} {len(findings)}: {txt}", s.bold, s.size - 0.5
                )
        if findings:
            f.heading(
                m,
                tr(
                    lg,
                    "",
                    "Übersicht Mängel und Beratungen",
                    "Tableau récapitulatif des écarts et remarques",
                ),
                s.bold,
                s.size + 1,
            )
            table(
                f,
                columns(m, w - m, [(1.1, "left"), (1.8, "left"), (4, "left")]),
                [
                    tr(lg, "", "Nr.", "N°"),
                    tr(lg, "", "Bereich", "Thème"),
                    tr(lg, "", "Feststellung", "Constat"),
                ],
                findings,
                s,
                rules=True,
            )
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Zu den festgestellten Mängeln wird um Stellungnahme und Vorlage eines "
                "Maßnahmenplans innerhalb von vier Wochen gebeten.",
                "Vous disposez d'un délai d'un mois pour faire part de vos observations et "
                "transmettre un plan d'actions correctives.",
            ),
        )
        regards(
            f,
            s,
            lg,
            insp,
            tr(lg, "", "Heimaufsicht", "Inspectrice de l'action sanitaire et sociale"),
        )
    pages = close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    received(rng, pages[0], d, 0.3)
    remember(None, d, ratings)
    return pages


def tpl_action_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """The home's action plan answering an inspection, on landscape A4: a table of the
    findings, the actions, who is responsible, the target date and the status, with the
    manager's signature; now and then behind a short covering letter."""
    lg = home()
    h = home_head()
    d = last_day(rng, ("inspection",), (10, 28))
    pages: list[Page] = []
    mgr = manager()
    insp = make_head(
        SENDERS["inspectorate"][lg][min(int(HOME["row"]), len(SENDERS["inspectorate"][lg]) - 1)],
        lg,
        "inspectorate",
    )
    if rng.random() < 0.4:
        s0 = style_of(h, A4)
        f0 = sheets(s0, h)
        recipient(
            f0,
            s0,
            h,
            head_lines(insp),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AA/99"))],
        )
        caption(
            f0,
            s0,
            tr(
                lg,
                "Action plan following inspection",
                "Stellungnahme und Maßnahmenplan",
                "Plan d'actions suite à l'inspection",
            ),
            0.5,
        )
        f0.page.text(s0.margin, f0.y, dear(lg, None), s0.font, s0.size)
        f0.y += s0.size * 2
        write(
            f0,
            s0,
            tr(
                lg,
                "Thank you for your report. Please find enclosed our action plan addressing each "
                "of the points raised.",
                "vielen Dank für den Prüfbericht. Anbei erhalten Sie unseren Maßnahmenplan zu "
                "den festgestellten Mängeln.",
                "Nous accusons réception du rapport d'inspection. Vous trouverez ci-joint notre "
                "plan d'actions correctives.",
            ),
        )
        write(f0, s0, prose(rng, lg, "insp", 1, 2))
        regards(f0, s0, lg, mgr, manager_role(lg))
        pages += close(f0.pages, s0, h, numbers="none")
    s = style_of(h, LAND, margin=40, pt=8.5)
    w, hh = LAND
    m = 40
    f = Sheets(
        LAND,
        hh - 50,
        lambda p, n: (
            heading(p, s, h)
            if n == 1
            else running_header(
                p,
                s,
                tr(lg, "Action plan", "Maßnahmenplan", "Plan d'actions") + f" - {home_row()[0]}",
            )
        ),
    )
    caption(f, s, tr(lg, "ACTION PLAN", "MASSNAHMENPLAN", "PLAN D'ACTIONS CORRECTIVES"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"Completed by {mgr}, {manager_role(lg)} - {day(h, d)}",
            f"Erstellt: {mgr}, {manager_role(lg)} - {short(d, lg)}",
            f"Établi par {mgr}, {manager_role(lg)} - {short(d, lg)}",
        ),
    )
    acts = {
        "en": [
            "Medicines audit weekly by senior",
            "Recruit 2 night carers",
            "Complete supervision matrix",
            "Update falls risk assessments",
            "Refresher training safeguarding",
            "Review PRN protocols with GP",
            "Fire drill records",
            "Infection control audit",
        ],
        "de": [
            "wöchentliche Medikamentenkontrolle",
            "Neueinstellung 2 Pflegefachkräfte",
            "Fortbildungsplan aktualisieren",
            "Sturzrisikoeinschätzung aktualisieren",
            "Schulung Hygiene",
            "Bedarfsmedikation mit HA klären",
            "Brandschutzübung",
            "Pflegedokumentation prüfen",
        ],
        "fr": [
            "audit hebdomadaire du circuit du médicament",
            "recrutement de 2 ASH de nuit",
            "plan de formation",
            "réévaluation des risques de chute",
            "formation bientraitance",
            "protocoles si besoin avec le médecin",
            "exercice incendie",
            "audit hygiène",
        ],
    }[lg]
    rows = []
    for k in range(rng.randint(4, 9)):
        rows.append(
            [
                str(k + 1),
                words(rng, lg, "insp", rng.randint(6, 10)),
                rng.choice(acts),
                rng.choice(
                    [
                        mgr.split()[0],
                        tr(lg, "Deputy", "PDL", "IDEC"),
                        tr(lg, "Admin", "QMB", "Qualité"),
                    ]
                ),
                short(d + timedelta(days=rng.choice([14, 30, 60, 90])), lg),
                rng.choice(
                    [
                        tr(lg, "Complete", "erledigt", "Réalisé"),
                        tr(lg, "In progress", "in Arbeit", "En cours"),
                        tr(lg, "Not started", "offen", "À faire"),
                    ]
                ),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [(0.4, "left"), (3.6, "left"), (2.6, "left"), (1, "left"), (1, "left"), (1, "left")],
        ),
        [
            "#",
            tr(lg, "Finding", "Feststellung", "Constat"),
            tr(lg, "Action", "Maßnahme", "Action"),
            tr(lg, "Lead", "Verantw.", "Pilote"),
            tr(lg, "Target", "Termin", "Échéance"),
            tr(lg, "Status", "Status", "État"),
        ],
        rows,
        s,
        rules=True,
        shade=0.85,
        step=2.0,
    )
    f.need(60)
    signature_block(f.page, s, m, f.y + 36, 200, manager_role(lg), mgr, True)
    pages += close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    remember(None, d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGG: agency staff and training
# ---------------------------------------------------------------------------------------------

ROLES = {
    "en": ["Registered Nurse", "Senior Carer", "Care Assistant", "Night Carer"],
    "de": ["Pflegefachkraft", "Pflegehilfskraft", "Pflegefachkraft Nacht", "Betreuungskraft"],
    "fr": ["Infirmier(e) DE", "Aide-soignant(e)", "ASH", "Aide-soignant(e) de nuit"],
}
RATES = {
    "en": [26.5, 21.8, 19.4, 22.6],
    "de": [52.0, 38.5, 58.0, 34.0],
    "fr": [38.0, 29.5, 24.0, 33.0],
}


def worker_of(h: Head, rng: random.Random) -> tuple[str, int]:
    k = rng.randrange(4)
    return staff(h, f"worker{rng.randrange(6)}"), k


def shifts_for(rng: random.Random, w0: date, k: int) -> list[tuple[date, str, str, float]]:
    out = []
    for i in range(7):
        if rng.random() < 0.55:
            night = k == 3 or rng.random() < 0.2
            a, b = (
                ("20:00", "08:00")
                if night
                else rng.choice(
                    [("07:30", "20:00"), ("08:00", "14:00"), ("14:00", "20:00"), ("07:00", "15:00")]
                )
            )
            hrs = (
                (int(b[:2]) - int(a[:2])) % 24
                + (int(b[3:]) - int(a[3:])) / 60
                - (0.5 if not night else 0.75)
            )
            out.append((w0 + timedelta(days=i), a, b, round(hrs, 2)))
    return out or [(w0 + timedelta(days=2), "07:30", "20:00", 12.0)]


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A staffing agency's weekly timesheet for one worker placed at the home: an A5
    landscape or A4 carbonless form with the shifts (date, start, finish, break, hours), the
    worker's signature and the home's authorising signature and stamp; a German
    Stundennachweis, a French relevé d'heures intérimaire."""
    lg = home()
    h = head_of(who, "staffing")
    size = keyed(who, "size").choice([A5L, A5L, A4])
    s = style_of(h, size, margin=30 if size == A5L else 48, pt=8)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("timesheet",)) and isinstance(ex, tuple) and ex[0] == h.name:
        w0 = ex[1] if rng.random() < 0.5 else ex[1] + timedelta(days=7)
        weeks = [*ex[2], w0]
    else:
        w0 = month() - timedelta(days=month().weekday()) + timedelta(days=7 * rng.randint(0, 3))
        weeks = [w0]
    name, k = worker_of(h, rng)
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w - m, y - 8, tr(lg, "TIMESHEET", "STUNDENNACHWEIS", "RELEVÉ D'HEURES"), s.bold, 12, "right"
    )
    p.text(w - m, y + 4, f"No. {serial(rng, '999999')}", "Helvetica-Bold", 8, "right")
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Worker", "Mitarbeiter/in", "Intérimaire"), name),
            (tr(lg, "Role", "Qualifikation", "Qualification"), ROLES[lg][k]),
            (tr(lg, "Client", "Kunde / Einsatzort", "Client"), home_row()[0]),
            (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(w0, lg)),
        ],
        per=4,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (0.9, "center"),
            (0.9, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (1.6, "left"),
        ],
    )
    heads_ = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Start", "Beginn", "Début"),
        tr(lg, "Finish", "Ende", "Fin"),
        tr(lg, "Break", "Pause", "Pause"),
        tr(lg, "Hours", "Std.", "Heures"),
        tr(lg, "Unit / floor", "Wohnbereich", "Unité"),
    ]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    for c, t in zip(cols, heads_, strict=True):
        cell_x = c[0] + 2 if c[2] == "left" else (c[0] + c[1]) / 2
        p.text(cell_x, y, t, s.bold, 7.5, c[2] if c[2] == "center" else "left")
    y += 4
    sh = shifts_for(rng, w0, k)
    total = 0.0
    rowh = 15 if size == A5L else 20
    for i in range(7):
        y += rowh
        p.line(m, y + 4, w - m, y + 4)
        for c in cols[1:]:
            p.line(c[0] - 2, y + 4 - rowh, c[0] - 2, y + 4)
        dd = w0 + timedelta(days=i)
        p.text(
            cols[0][0] + 2,
            y,
            f"{tr(lg, 'MTWTFSS'[i], 'MDMDFSS'[i], 'LMMJVSD'[i])} {short(dd, lg)[:5]}",
            s.font,
            7.5,
        )
        for sd, a, b, hrs in sh:
            if sd == dd:
                brk = "0:45" if a == "20:00" else "0:30"
                for c, v in zip(
                    cols[1:],
                    [
                        a,
                        b,
                        brk,
                        f"{hrs:g}",
                        rng.choice(["Oak", "Ash", "WB 2", "EG", "Unité A", "Rose"]),
                    ],
                    strict=True,
                ):
                    hand(
                        p,
                        (c[0] + c[1]) / 2 - tw(v, HAND, 9) / 2 if c[2] == "center" else c[0] + 2,
                        y,
                        v,
                        9,
                    )
                total += hrs
    y += rowh
    p.text(cols[3][0], y, tr(lg, "Total", "Summe", "Total"), s.bold, 8)
    hand(p, (cols[4][0] + cols[4][1]) / 2 - 10, y, f"{total:g}", 10)
    y += 10
    bw = (w - 2 * m - 20) / 2
    sy = min(y + 32, hh - 40)
    signature_block(
        p,
        s,
        m,
        sy,
        bw,
        tr(lg, "Worker's signature", "Unterschrift Mitarbeiter/in", "Signature de l'intérimaire"),
        "",
        True,
    )
    scrawl(p, m + 6, sy - 3, name, 11)
    signature_block(
        p,
        s,
        m + bw + 20,
        sy,
        bw,
        tr(
            lg,
            "Authorised by (client) - I confirm the hours above",
            "Bestätigung Kunde (Name, Unterschrift, Stempel)",
            "Visa du client (nom, signature, cachet)",
        ),
        staff(home_head(), rng.choice(["nurse1", "senior"])),
        rng.random() < 0.9,
    )
    if rng.random() < 0.5:
        stamp(p, m + bw + 20 + bw - 120, sy - 40, [home_row()[0].upper()[:24], home_row()[2]])
    p.text(
        w / 2,
        hh - 12,
        fit(
            tr(
                lg,
                "White copy: agency - Yellow copy: client - Pink copy: worker. Timesheets must "
                "reach us by Monday 10am.",
                "Original an die Niederlassung - Durchschlag Kunde. Abgabe bis Montag 10 Uhr.",
                "Original agence - copie client. À retourner le lundi avant 10h.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
        "center",
    )
    remember(None, w0, (h.name, w0, weeks, total))
    return [p]


def tpl_agency_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The staffing agency's invoice to the home for the week's or the month's shifts: a
    table of the workers, dates, hours and charge rates (enhanced rates for nights and
    weekends), VAT, and the remittance details; longer ones run over pages with the table
    head repeated."""
    lg = home()
    h = head_of(who, "staffing")
    s = style_of(h, A4, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    ex = LAST["extra"]
    if after(("timesheet",)) and isinstance(ex, tuple):
        w0 = ex[2][0]
        d = ex[1] + timedelta(days=rng.randint(7, 10))
    else:
        w0 = month() - timedelta(days=month().weekday())
        d = w0 + timedelta(days=rng.randint(8, 20))
    no = serial(rng, {"en": "INV99999", "de": "RE-2025-99999", "fr": "F2025-99999"}[lg])
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        home_lines(tr(lg, "Accounts Payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client n°"), serial(keyed(who, "acct"), "C99999")),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(w0, lg)} - "
                f"{short(w0 + timedelta(days=6 if rng.random() < 0.6 else 27), lg)}",
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE",
            "RECHNUNG - ARBEITNEHMERÜBERLASSUNG",
            "FACTURE - MISE À DISPOSITION DE PERSONNEL",
        ),
        2,
    )
    rows = []
    net = 0.0
    for _ in range(rng.randint(1, 4)):
        name, k = worker_of(h, rng)
        for sd, a, b, hrs in shifts_for(rng, w0, k):
            night = a == "20:00"
            wkend = sd.weekday() >= 5
            rate = RATES[lg][k] * (1.25 if night else 1) * (1.15 if wkend else 1)
            rows.append(
                [
                    short(sd, lg),
                    name,
                    ROLES[lg][k],
                    f"{a}-{b}",
                    f"{hrs:g}",
                    money(rate, lg),
                    money(rate * hrs, lg),
                ]
            )
            net += rate * hrs
    rows.sort(key=lambda r: (r[1], r[0]))
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (1.7, "left"),
                (1.7, "left"),
                (1.2, "left"),
                (0.6, "right"),
                (0.9, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Worker", "Mitarbeiter/in", "Intérimaire"),
            tr(lg, "Grade", "Qualifikation", "Qualification"),
            tr(lg, "Shift", "Schicht", "Horaire"),
            tr(lg, "Hrs", "Std.", "H"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        step=1.7,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 14 days. Please quote the invoice number. Copies of the signed "
            "timesheets are available on request.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Die unterschriebenen Stundennachweise "
            "liegen Ihnen vor.",
            "Paiement à 30 jours date de facture. Les relevés d'heures signés sont disponibles "
            "sur demande.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(None, d, None)
    return pages


COURSES = {
    "en": [
        "Moving and Handling of People (practical)",
        "Emergency First Aid at Work",
        "Safeguarding Adults Level 2",
        "Medication Awareness and Administration",
        "Dementia Awareness",
        "Infection Prevention and Control",
        "Fire Safety and Evacuation (Ski Sheets)",
        "Basic Life Support",
    ],
    "de": [
        "Kinästhetik in der Pflege - Grundkurs",
        "Erste Hilfe (9 UE)",
        "Expertenstandard Sturzprophylaxe",
        "Umgang mit Medikamenten in der Altenpflege",
        "Betreuungskraft nach § 53b SGB XI - Fortbildung",
        "Hygiene in Pflegeeinrichtungen",
        "Brandschutzhelfer/in nach ASR A2.2",
        "Palliative Care - Basiskurs",
    ],
    "fr": [
        "Gestes et postures - manutention des personnes",
        "Sauveteur Secouriste du Travail (SST)",
        "Bientraitance et prévention de la maltraitance",
        "Aide à la prise des médicaments",
        "Accompagnement de la maladie d'Alzheimer",
        "Hygiène et prévention des infections",
        "Équipier de première intervention incendie",
        "AFGSU niveau 2",
    ],
}


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training provider's certificate of attendance for one member of staff: landscape A4
    with a border, the course, date, hours and the trainer's signature and seal (a
    Teilnahmebescheinigung, an attestation de formation); now and then an e-learning
    certificate on Letter paper from a provider abroad."""
    online = rng.random() < 0.15
    h = head_of(who, "trainer", abroad=0.0)
    lg = h.lang
    ex = LAST["extra"]
    if after(("training_cert",)) and isinstance(ex, tuple) and ex[0] == h.name:
        course, d = ex[1], ex[2]
    else:
        course = rng.randrange(8)
        d = some_day(rng)
    person = staff(home_head(), f"cert{rng.randrange(12)}")
    if online:
        row = (
            "CareSkills Online Inc.",
            "1200 Market Street, Suite 400",
            "Philadelphia, PA 19107",
            "+1 215 555 0147",
        )
        hh_ = make_head(row, "en", "trainer")
        w, hh = landscape(LETTER)
        p = Page((w, hh))
        p.rect(24, 24, w - 48, hh - 48)
        p.text(w / 2, 80, "CareSkills Online", "Helvetica-Bold", 22, "center")
        p.text(w / 2, 130, "CERTIFICATE OF COMPLETION", "Helvetica", 16, "center")
        p.text(w / 2, 170, "This is to certify that", "Helvetica-Oblique", 11, "center")
        p.text(w / 2, 205, person, "Times-Bold", 24, "center")
        p.text(
            w / 2,
            240,
            "has successfully completed the e-learning module",
            "Helvetica-Oblique",
            11,
            "center",
        )
        p.text(
            w / 2,
            268,
            fit(COURSES["en"][course], "Helvetica-Bold", 15, w - 120),
            "Helvetica-Bold",
            15,
            "center",
        )
        p.text(
            w / 2,
            298,
            f"Assessment score {rng.randint(80, 100)}%   -   CPD hours "
            f"{rng.choice([1, 1.5, 2, 3])}",
            "Helvetica",
            10,
            "center",
        )
        p.text(
            w / 2,
            318,
            f"Completed {date_us(d)}   -   Certificate ID {serial(rng, 'CSO-AAAA-9999-9999')}",
            "Helvetica",
            9,
            "center",
        )
        scrawl(p, w - 250, hh - 110, "Jennifer Calloway", 14)
        p.line(w - 260, hh - 106, w - 90, hh - 106)
        p.text(w - 260, hh - 94, "Jennifer Calloway, Director of Learning", "Helvetica", 8)
        p.text(60, hh - 60, f"Verify at careskills-online.com/verify  {hh_.phone}", "Helvetica", 7)
        remember(None, d, ("online", course, d))
        return [p]
    w, hh = LAND
    p = Page(LAND)
    p.rect(22, 22, w - 44, hh - 44)
    p.rect(28, 28, w - 56, hh - 56)
    p.text(w / 2, 70, fit(h.name, h.bold, 14, w - 140), h.bold, 14, "center")
    p.text(
        w / 2,
        84,
        fit(f"{h.street}, {h.town}  {h.phone}", h.font, 7.5, w - 140),
        h.font,
        7.5,
        "center",
    )
    title = tr(
        lg,
        rng.choice(["CERTIFICATE OF ATTENDANCE", "CERTIFICATE OF TRAINING"]),
        "TEILNAHMEBESCHEINIGUNG",
        "ATTESTATION DE FIN DE FORMATION",
    )
    p.text(w / 2, 140, title, h.bold, 22, "center")
    p.text(
        w / 2,
        175,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous attestons que"),
        italic_of(h.font),
        11,
        "center",
    )
    p.text(w / 2, 210, mx(person, lg) if lg != "en" else person, "Times-Bold", 22, "center")
    p.text(
        w / 2,
        240,
        tr(lg, f"of {home_row()[0]}", f"({home_row()[0]})", f"salarié(e) de {home_row()[0]}"),
        h.font,
        10,
        "center",
    )
    p.text(
        w / 2,
        265,
        tr(
            lg,
            "attended the course",
            f"am {short(d, lg)} an der Fortbildung",
            "a suivi la formation",
        ),
        italic_of(h.font),
        11,
        "center",
    )
    c = COURSES[lg][course]
    p.text(
        w / 2,
        292,
        fit(c, h.bold, shrink(c, h.bold, 15, w - 160), w - 160),
        h.bold,
        shrink(c, h.bold, 15, w - 160),
        "center",
    )
    hrs = rng.choice([3, 4, 6, 7, 14])
    p.text(
        w / 2,
        318,
        tr(
            lg,
            f"on {day(h, d)} - duration {hrs} hours",
            f"im Umfang von {hrs} Unterrichtseinheiten teilgenommen hat.",
            f"le {day(h, d)}, d'une durée de {hrs} heures.",
        ),
        h.font,
        10,
        "center",
    )
    if rng.random() < 0.5:
        p.text(
            w / 2,
            336,
            fit(
                tr(
                    lg,
                    "Content: " + words(rng, lg, "care", 9),
                    "Inhalte: " + words(rng, lg, "care", 9),
                    "Programme : " + words(rng, lg, "care", 9),
                ),
                h.font,
                8,
                w - 200,
            ),
            h.font,
            8,
            "center",
        )
    trainer = staff(h, "trainer")
    scrawl(p, 90, hh - 110, trainer, 14)
    p.line(80, hh - 106, 280, hh - 106)
    p.text(80, hh - 94, f"{trainer}, {tr(lg, 'Trainer', 'Dozent/in', 'Formateur')}", h.font, 8)
    p.text(w - 280, hh - 94, f"{place(h.town)}, {short(d, lg)}", h.font, 8)
    p.text(
        w - 280,
        hh - 82,
        f"{tr(lg, 'Certificate no.', 'Nr.', 'N°')} {serial(rng, '99999/99')}",
        h.font,
        8,
    )
    if rng.random() < 0.6:
        seal(
            p,
            w - 160,
            hh - 150,
            30,
            h.name.upper()[:26],
            tr(lg, "Training", "Bildung", "Formation"),
        )
    if lg == "fr":
        p.text(
            w / 2,
            hh - 46,
            fit(
                "Organisme de formation enregistré sous le n° "
                f"{rng.randint(24000000000, 24999999999)} auprès du préfet de région - Qualiopi",
                h.font,
                6.5,
                w - 120,
            ),
            h.font,
            6.5,
            "center",
        )
    remember(None, d, (h.name, course, d))
    return [p]


def date_us(d: date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------------
# Templates GGG: contractors
# ---------------------------------------------------------------------------------------------

LAUNDRY = {
    "en": [
        ("Single sheets", 0.42),
        ("Duvet covers", 0.68),
        ("Pillowcases", 0.18),
        ("Bath towels", 0.36),
        ("Hand towels", 0.16),
        ("Kitchen whites", 0.55),
        ("Carers' tunics", 0.62),
        ("Incontinence sheets (washable)", 0.48),
    ],
    "de": [
        ("Bettlaken", 0.48),
        ("Bettbezüge", 0.72),
        ("Kissenbezüge", 0.21),
        ("Badetücher", 0.39),
        ("Handtücher", 0.19),
        ("Waschlappen", 0.08),
        ("Kasacks Pflege", 0.66),
        ("Bewohnerwäsche (kg)", 3.10),
    ],
    "fr": [
        ("Draps", 0.45),
        ("Housses de couette", 0.70),
        ("Taies d'oreiller", 0.19),
        ("Serviettes de bain", 0.37),
        ("Gants de toilette", 0.08),
        ("Tenues professionnelles", 0.64),
        ("Alèses", 0.50),
        ("Linge des résidents (kg)", 2.95),
    ],
}
FOOD = {
    "en": [
        ("Semi-skimmed milk 4pt", 1.85),
        ("Thickener Nutilis 300g", 8.9),
        ("Fortified soup 2.5kg", 11.4),
        ("Minced beef 2.5kg", 14.8),
        ("Fish fillets frozen 2kg", 16.2),
        ("Custard powder 2kg", 6.9),
        ("Yoghurts pack 12", 4.6),
        ("Puree mould meals x10", 27.5),
        ("Bread sliced 800g", 1.2),
    ],
    "de": [
        ("Vollmilch 1 l", 1.05),
        ("Andickungsmittel 227 g", 9.8),
        ("Hühnerbrühe 2,5 kg", 12.4),
        ("Rinderhack 2,5 kg", 18.9),
        ("Seelachsfilet TK 2 kg", 17.5),
        ("Vanillepudding Pulver 2 kg", 7.2),
        ("Joghurt 12 x 150 g", 4.9),
        ("Passierte Kost Menü x10", 29.0),
        ("Mischbrot 1 kg", 2.3),
    ],
    "fr": [
        ("Lait demi-écrémé 1 L", 0.98),
        ("Épaississant 225 g", 9.5),
        ("Potage enrichi 2,5 kg", 11.9),
        ("Bœuf haché 2,5 kg", 17.4),
        ("Filet de colin surgelé 2 kg", 16.8),
        ("Crème dessert 12 x 125 g", 4.4),
        ("Yaourts nature x 24", 5.2),
        ("Plats mixés x 10", 26.0),
        ("Pain de mie 500 g", 1.6),
    ],
}


def tpl_contractor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A laundry's or a catering wholesaler's invoice to the home: the laundry's monthly
    linen hire and wash invoice with the delivery summary by day on a landscape page behind
    it; the food wholesaler's invoice for one delivery with the item lines and the VAT
    split (zero-rated and standard lines, 7 % and 19 %, 5,5 % and 20 %)."""
    lg = home()
    laundry = keyed(who, "trade").random() < 0.5
    h = head_of(who, "laundry" if laundry else "catering")
    s = style_of(h, A4, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    ex = LAST["extra"]
    if after(("contractor_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.choice([3, 4, 7]) if not laundry else 30)
    else:
        d = some_day(rng)
    no = serial(rng, "9999999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        home_lines(tr(lg, "Accounts", "Verwaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "c"), "99999")),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                short(d - timedelta(days=1 if not laundry else 0), lg),
            ),
        ],
    )
    caption(
        f, s, tr(lg, "TAX INVOICE" if rng.random() < 0.5 else "INVOICE", "RECHNUNG", "FACTURE"), 2
    )
    rows = []
    net = 0.0
    daily: list[list[int]] = []
    if laundry:
        write(
            f,
            s,
            tr(
                lg,
                f"Linen hire and laundry service {MONTHS_EN[add_months(d, -1).month - 1]} "
                f"{add_months(d, -1).year}",
                f"Mietwäsche und Bewohnerwäsche {MONTHS_DE[add_months(d, -1).month - 1]} "
                f"{add_months(d, -1).year}",
                f"Location-entretien du linge - {MONTHS_FR[add_months(d, -1).month - 1]} "
                f"{add_months(d, -1).year}",
            ),
        )
        for item, price in LAUNDRY[lg]:
            days = [rng.randint(0, 30) if rng.random() < 0.8 else 0 for _ in range(13)]
            daily.append(days)
            q = sum(days) * rng.randint(3, 6)
            rows.append([item, str(q), money(price, lg), money(q * price, lg)])
            net += q * price
        rows.append(
            [
                tr(lg, "Delivery charge", "Anfahrtspauschale", "Frais de livraison"),
                "13",
                money(6.5, lg),
                money(84.5, lg),
            ]
        )
        net += 84.5
        cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.1, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Article", "Artikel", "Article"),
                tr(lg, "Pieces", "Stück", "Pièces"),
                tr(lg, "Price", "Preis", "P.U."),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        totals(f, s, lg, round(net, 2), vat_rate(lg))
    else:
        lo, hi = {"en": (0.0, 20.0), "de": (7.0, 19.0), "fr": (5.5, 20.0)}[lg]
        nets = {lo: 0.0, hi: 0.0}
        for item, price in rng.sample(FOOD[lg], rng.randint(5, 9)):
            q = rng.randint(1, 24)
            rate = lo if rng.random() < 0.85 else hi
            rows.append(
                [
                    serial(rng, "99999"),
                    item,
                    str(q),
                    money(price, lg),
                    f"{rate:g}%",
                    money(q * price, lg),
                ]
            )
            nets[rate] += q * price
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (0.8, "left"),
                    (3.2, "left"),
                    (0.6, "right"),
                    (0.9, "right"),
                    (0.7, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "P.U. HT"),
                tr(lg, "VAT", "USt", "TVA"),
                tr(lg, "Net", "Netto", "Total HT"),
            ],
            rows,
            s,
            rules=True,
        )
        f.need(80)
        f.y += 6
        gross = 0.0
        for rate, v in nets.items():
            if v:
                f.page.text(
                    w * 0.45,
                    f.y,
                    f"{tr(lg, 'Net', 'Netto', 'Base HT')} {rate:g}%: {money(v, lg)}",
                    s.font,
                    s.size,
                )
                tax = round(v * rate / 100, 2)
                f.page.text(
                    w - m,
                    f.y,
                    f"{tr(lg, 'VAT', 'USt.', 'TVA')} {money(tax, lg)}",
                    s.font,
                    s.size,
                    "right",
                )
                gross += v + tax
                f.y += s.size * 1.5
        f.page.text(
            w * 0.45,
            f.y + 4,
            tr(lg, "Invoice total", "Rechnungsbetrag", "Net à payer TTC"),
            s.bold,
            s.size + 1,
        )
        f.page.text(w - m, f.y + 4, cash(gross, lg), s.bold, s.size + 1, "right")
        f.y += 24
        write(
            f,
            s,
            tr(
                lg,
                "Goods remain our property until paid in full. Chilled goods checked at "
                "delivery: temperature ____ °C",
                "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Kühlware bei "
                "Anlieferung geprüft.",
                "Réserve de propriété jusqu'au paiement intégral. Contrôle des températures à "
                "réception.",
            ),
            s.size - 1.5,
        )
        if rng.random() < 0.6:
            hand(f.page, m + 300, f.y - 8, f"{rng.choice([3, 4, 5])}", 9)
    pages = close(f.pages, s, h)
    if laundry and rng.random() < 0.6:
        s2 = style_of(h, LAND, margin=36, pt=7.5)
        q = Page(LAND)
        W = LAND[0]
        q.text(
            36,
            40,
            fit(
                f"{h.name} - "
                f"{tr(lg, 'Delivery summary', 'Lieferübersicht', 'Récapitulatif des livraisons')} "
                f"- {home_row()[0]}",
                s2.bold,
                10,
                W - 72,
            ),
            s2.bold,
            10,
        )
        cols = columns(36, W - 36, [(3, "left"), *[(0.7, "right")] * 13, (1, "right")])
        q.rect(36, 52, W - 72, 14, fill=0.85)
        dates = [d - timedelta(days=30 - 2 * k) for k in range(13)]
        for c, t in zip(
            cols,
            [tr(lg, "Article", "Artikel", "Article"), *[short(x, lg)[:5] for x in dates], "Total"],
            strict=True,
        ):
            q.text(c[1] if c[2] == "right" else c[0], 62, t, s2.bold, 7, c[2])
        y = 66.0
        for (item, _p), days in zip(LAUNDRY[lg], daily, strict=True):
            y += 16
            for c, t in zip(cols, [item, *[str(x) for x in days], str(sum(days))], strict=True):
                q.text(
                    c[1] if c[2] == "right" else c[0],
                    y,
                    fit(t, s2.font, 7.5, c[1] - c[0]),
                    s2.font,
                    7.5,
                    c[2],
                )
            q.line(36, y + 4, W - 36, y + 4)
        q.text(
            36,
            y + 30,
            tr(
                lg,
                "Signed delivery notes are held at our depot.",
                "Unterschriebene Lieferscheine liegen vor.",
                "Bons de livraison signés disponibles.",
            ),
            s2.font,
            7,
        )
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, d))
    return pages


MONTHS_EN = [
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
]


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The clinical waste contractor's note for one collection: an English hazardous waste
    consignment note (parts A to E, EWC codes 18 01 03* / 18 01 09, carrier and consignee),
    a German Übernahmeschein / Begleitschein with the AVV codes, a French bordereau de
    suivi des déchets d'activités de soins (BSDASRI) with its numbered frames; signed by
    the home at collection."""
    lg = home()
    h = head_of(who, "waste")
    s = style_of(h, A4, margin=36, pt=8)
    w, hh = A4
    m = 36
    ex = LAST["extra"]
    if after(("waste_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.choice([7, 14]))
    else:
        d = some_day(rng)
    p = Page(A4)
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN (Sammelentsorgung)",
        "BORDEREAU DE SUIVI DES DÉCHETS D'ACTIVITÉS DE SOINS À RISQUES INFECTIEUX",
    )
    p.text(
        m,
        40,
        fit(title, s.bold, shrink(title, s.bold, 12, w - 2 * m - 120), w - 2 * m - 120),
        s.bold,
        shrink(title, s.bold, 12, w - 2 * m - 120),
    )
    p.text(m, 54, fit(h.name + " - " + h.phone, s.font, 8, w - 2 * m - 140), s.font, 8)
    code = serial(rng, {"en": "AAAAAA/99999", "de": "UNA999999999", "fr": "9999999999999"}[lg])
    p.rect(w - m - 150, 28, 150, 30)
    p.text(
        w - m - 146,
        38,
        tr(lg, "Consignment note code", "Übernahmeschein-Nr.", "N° de bordereau"),
        s.font,
        6,
    )
    p.text(w - m - 146, 52, code, "Courier-Bold", 10)
    y = 72.0
    parts = {
        "en": [
            "PART A  Notification details",
            "PART B  Description of the waste",
            "PART C  Carrier's certificate",
            "PART D  Consignor's certificate",
            "PART E  Consignee's certificate",
        ],
        "de": [
            "1  Abfallerzeuger",
            "2  Abfallart",
            "3  Beförderer",
            "4  Übergabe",
            "5  Entsorgungsanlage",
        ],
        "fr": [
            "Cadre 1  Producteur des déchets",
            "Cadre 2  Désignation des déchets",
            "Cadre 3  Collecteur transporteur",
            "Cadre 4  Remise des déchets",
            "Cadre 5  Installation de destination",
        ],
    }[lg]
    y = band(p, s, y, parts[0]) + 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Premises", "Erzeuger / Anfallstelle", "Établissement producteur"),
                home_row()[0],
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{home_row()[1]}, {home_row()[2]}"),
            (
                tr(lg, "Premises code", "Erzeugernummer", "N° SIRET / FINESS"),
                serial(keyed(who, "prem"), "A99999999" if lg != "fr" else "999999999"),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), staff(home_head(), "housekeeper")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, parts[1]) + 10
    cols = columns(
        m, w - m, [(2.6, "left"), (1.1, "left"), (1.2, "left"), (0.9, "right"), (1, "right")]
    )
    for c, t in zip(
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"),
            tr(lg, "Container", "Behälter", "Conditionnement"),
            tr(lg, "Qty", "Anzahl", "Nombre"),
            tr(lg, "kg", "kg", "Poids kg"),
        ],
        strict=True,
    ):
        p.text(c[1] if c[2] == "right" else c[0], y, t, s.bold, 7.5, c[2])
    lines_ = [
        (
            tr(lg, "Infectious waste (orange bag)", "Infektiöse Abfälle", "DASRI mous"),
            "18 01 03*",
            tr(lg, "770 l bin", "Kunststoff-Fass 60 l", "GRV 660 l"),
        ),
        (
            tr(lg, "Sharps (yellow lid)", "Spitze Gegenstände", "Objets piquants coupants"),
            "18 01 01",
            tr(lg, "sharps box 5 l", "Kanülenabwurf 5 l", "collecteur OPCT"),
        ),
        (
            tr(
                lg,
                "Offensive waste (tiger bag)",
                "Inkontinenzmaterial",
                "Protections usagées (DAOM)",
            ),
            "18 01 04",
            tr(lg, "1100 l bin", "Container 1,1 m³", "conteneur 770 l"),
        ),
        (
            tr(lg, "Medicines for disposal", "Altarzneimittel", "Médicaments non utilisés"),
            "18 01 09",
            tr(lg, "DOOP bin 30 l", "Fass 30 l", "fût 30 l"),
        ),
    ]
    for desc, ewc, cont in lines_[: rng.randint(2, 4)]:
        y += 16
        n = rng.randint(1, 6)
        for c, t in zip(cols[:3], [desc, ewc, cont], strict=True):
            p.text(c[0], y, fit(t, s.font, 8, c[1] - c[0]), s.font, 8)
        hand(p, cols[3][1] - 12, y, str(n), 9)
        hand(p, cols[4][1] - 26, y, f"{n * rng.randint(8, 40)}", 9)
        p.line(m, y + 4, w - m, y + 4)
    y += 10
    p.text(
        m,
        y + 10,
        tr(
            lg,
            "UN 3291 Clinical waste, unspecified, n.o.s. - Class 6.2 - PG II",
            "UN 3291 Klinischer Abfall, unspezifiziert, n.a.g. - Klasse 6.2",
            "UN 3291 Déchet d'hôpital non spécifié, n.s.a. - Classe 6.2 - GE II",
        ),
        s.font,
        7.5,
    )
    y += 26
    driver = staff(h, "driver")
    for k, (part, who_) in enumerate(
        [(parts[2], driver), (parts[3], staff(home_head(), "housekeeper")), (parts[4], "")]
    ):
        y = band(p, s, y, part) + 10
        lab = [
            tr(
                lg,
                "Carrier name / registration",
                "Beförderer / Beförderernummer",
                "Collecteur / récépissé",
            ),
            tr(
                lg,
                "I certify that the information in A and B is correct",
                "Übergabe an Beförderer bestätigt",
                "Le producteur certifie l'exactitude des renseignements",
            ),
            tr(lg, "Site / permit", "Entsorgungsanlage", "Installation d'incinération"),
        ][k]
        val = [
            f"{h.name} / {serial(rng, 'CBDU999999')}",
            "",
            rng.choice(
                ["Incinerator EfW Plant", "MHKW Bielefeld-Herford", "UIOM Tours Nord"]
                if lg
                else [""]
            ),
        ][k]
        p.text(m, y, fit(lab, s.font, 7.5, w / 2), s.font, 7.5)
        if val:
            p.text(
                m,
                y + 12,
                fit(val, HAND if k else s.font, 8.5, w / 2 - m),
                HAND if k else s.font,
                8.5,
            )
        p.text(w / 2 + 20, y, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7.5)
        p.text(w - m - 90, y, tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), s.font, 7.5)
        if who_:
            scrawl(p, w / 2 + 24, y + 18, who_, 11)
            hand(
                p,
                w - m - 90,
                y + 14,
                f"{short(d, lg)[:5]} {rng.randint(7, 11)}:{rng.randint(10, 59)}",
                8.5,
            )
        y += 32
    if y < hh - 60:
        p.text(
            m,
            hh - 40,
            fit(
                tr(
                    lg,
                    "Copy 1 (white): producer - keep for 3 years.  Copy 2: carrier.  Copy 3: "
                    "consignee.",
                    "Blatt 1 (weiß): Erzeuger - 3 Jahre aufbewahren.  Blatt 2: Beförderer.  "
                    "Blatt 3: Entsorger.",
                    "Exemplaire 1 : producteur - à conserver 3 ans.  Exemplaire 2 : collecteur.  "
                    "Exemplaire 3 : destinataire.",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    remember(None, d, (h.name, d))
    return [p]


HOISTS = {
    "en": [
        "Passenger lift (8 person)",
        "Mobile hoist Oxford Major",
        "Ceiling track hoist Room {r}",
        "Bath hoist",
        "Stand aid",
        "Sling - medium (loop)",
    ],
    "de": [
        "Personenaufzug 630 kg",
        "Mobiler Patientenlifter",
        "Deckenlifter Zimmer {r}",
        "Badewannenlifter",
        "Aufstehhilfe",
        "Hebetuch Größe M",
    ],
    "fr": [
        "Ascenseur 8 personnes",
        "Lève-personne mobile",
        "Rail plafonnier chambre {r}",
        "Lève-personne de bain",
        "Verticalisateur",
        "Sangle taille M",
    ],
}


def tpl_loler(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection body's report of thorough examination of one lift or hoist at the home
    (LOLER, a Prüfbescheinigung nach BetrSichV, a rapport de vérification périodique):
    equipment, safe working load, examination details, defects with the dates to remedy,
    the examiner's signature; the second page with the checklist now and then."""
    h = head_of(who, "lifts", abroad=0.1)
    lgs = h.lang
    s = style_of(h, A4, pt=8.5)
    w = A4[0]
    m = s.margin
    ex = LAST["extra"]
    if after(("loler",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1]
        idx = (ex[2] + 1) % len(HOISTS[lgs])
    else:
        d = some_day(rng)
        idx = rng.randrange(len(HOISTS[lgs]))
    item = HOISTS[lgs][idx].format(r=rng.choice(RESIDENTS).room)
    eng = (
        staff(h, "eng")
        if lgs == home()
        else f"{keyed(who, 'eng').choice(FIRSTS[lgs])} {keyed(who, 'eng2').choice(LASTS[lgs])}"
    )
    f = sheets(s, h, f"{tr(lgs, 'Report', 'Prüfbericht', 'Rapport')} {serial(rng, '99999999')}")
    caption(
        f,
        s,
        tr(
            lgs,
            "REPORT OF THOROUGH EXAMINATION",
            "PRÜFBESCHEINIGUNG - WIEDERKEHRENDE PRÜFUNG",
            "RAPPORT DE VÉRIFICATION PÉRIODIQUE",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lgs,
            "Lifting Operations and Lifting Equipment Regulations 1998, Regulation 9(3)",
            "nach §§ 14, 15 BetrSichV / DGUV Vorschrift 54",
            "Arrêté du 1er mars 2004 relatif aux vérifications des appareils de levage",
        ),
        s.size - 1,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lgs, "Employer / premises", "Betreiber", "Exploitant"),
                f"{home_row()[0]}, {home_row()[2]}",
            ),
            (tr(lgs, "Equipment", "Prüfgegenstand", "Appareil"), item),
            (
                tr(lgs, "Manufacturer / model", "Hersteller / Typ", "Fabricant / modèle"),
                rng.choice(
                    [
                        "Arjo Maxi Move",
                        "Invacare Birdie",
                        "Guldmann GH3",
                        "Otis Gen2",
                        "Schindler 3300",
                        "Liko Viking M",
                    ]
                ),
            ),
            (tr(lgs, "Serial / ID", "Fabrik-Nr.", "N° de série"), serial(rng, "AA999999")),
            (
                tr(lgs, "Safe working load", "Tragfähigkeit", "Charge maximale"),
                f"{rng.choice([150, 182, 205, 227, 630])} kg",
            ),
            (tr(lgs, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lgs)),
            (
                tr(lgs, "Reason", "Prüfart", "Nature"),
                tr(
                    lgs,
                    "Within an examination scheme (6 monthly)",
                    "Wiederkehrende Prüfung",
                    "Vérification générale périodique",
                ),
            ),
            (
                tr(lgs, "Next examination by", "Nächste Prüfung", "Prochaine vérification"),
                short(d + timedelta(days=182), lgs),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.heading(m, tr(lgs, "Defects", "Festgestellte Mängel", "Observations"), s.bold, s.size + 1)
    defects = rng.random() < 0.4
    if defects:
        rows = [
            [
                tr(
                    lgs,
                    rng.choice(["B", "C"]),
                    rng.choice(["geringer Mangel", "Mangel"]),
                    rng.choice(["à surveiller", "à réparer"]),
                ),
                words(rng, lgs, "insp", 9),
                short(d + timedelta(days=rng.choice([14, 30, 90])), lgs),
            ]
            for _ in range(rng.randint(1, 3))
        ]
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (4.4, "left"), (1.2, "left")]),
            [
                tr(lgs, "Category", "Einstufung", "Gravité"),
                tr(lgs, "Defect and remedy", "Mangel / Maßnahme", "Description"),
                tr(lgs, "Remedy by", "Frist", "Délai"),
            ],
            rows,
            s,
            rules=True,
        )
    else:
        write(
            f,
            s,
            tr(
                lgs,
                "No defects found which are or could become a danger to persons.",
                "Keine Mängel festgestellt. Gegen den Weiterbetrieb bestehen keine Bedenken.",
                "Aucune observation. Appareil en état de fonctionner.",
            ),
        )
    f.y += 6
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y + 8,
            w - 2 * m,
            [
                tr(lgs, "Safe to operate", "Weiterbetrieb zulässig", "Maintien en service"),
                tr(lgs, "Not safe - taken out of use", "Stilllegung", "Mise à l'arrêt"),
            ],
            {0 if not defects or rng.random() < 0.8 else 1},
        )
        + 10
    )
    f.need(60)
    signature_block(
        f.page,
        s,
        m,
        f.y + 30,
        200,
        tr(lgs, "Competent person", "Prüfsachverständige/r", "Vérificateur"),
        eng,
        True,
    )
    f.page.text(
        w - m - 180,
        f.y + 40,
        f"{tr(lgs, 'Authenticated', 'Ausgestellt', 'Établi le')} "
        f"{short(d + timedelta(days=rng.randint(1, 6)), lgs)}",
        s.font,
        7.5,
    )
    if lgs == "de" or rng.random() < 0.3:
        seal(
            f.page,
            w - m - 70,
            f.y + 10,
            28,
            h.name.split(" - ")[0].upper()[:24],
            tr(lgs, "Inspection", "Prüfstelle", "Contrôle"),
        )
    f.y += 60
    if rng.random() < 0.45:
        f.new_page()
        f.heading(
            m, tr(lgs, "Examination checklist", "Prüfliste", "Points vérifiés"), s.bold, s.size + 1
        )
        checks = {
            "en": [
                "Mast and boom",
                "Spreader bar",
                "Castors and brakes",
                "Emergency lowering",
                "Battery and charger",
                "Hand control",
                "Sling attachment points",
                "Labels and SWL marking",
                "Doors and interlocks",
                "Alarm",
            ],
            "de": [
                "Mast und Ausleger",
                "Spreizbügel",
                "Rollen und Bremsen",
                "Notabsenkung",
                "Akku und Ladegerät",
                "Handbedienung",
                "Aufhängepunkte",
                "Kennzeichnung",
                "Türverriegelung",
                "Notruf",
            ],
            "fr": [
                "Mât et flèche",
                "Palonnier",
                "Roulettes et freins",
                "Descente d'urgence",
                "Batterie",
                "Télécommande",
                "Points d'accroche",
                "Marquage CMU",
                "Verrouillage des portes",
                "Alarme",
            ],
        }[lgs]
        rows = [
            [
                c,
                rng.choice(
                    ["OK", "OK", "OK", "n/a", tr(lgs, "see defects", "s. Mängel", "voir obs.")]
                ),
            ]
            for c in checks
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.4, "left")]),
            [tr(lgs, "Item", "Prüfpunkt", "Point"), tr(lgs, "Result", "Ergebnis", "Résultat")],
            rows,
            s,
            rules=True,
            step=2,
        )
    pages = close(f.pages, s, h, numbers="Page {i} of {n}" if lgs == "en" else h.numbers)
    received(rng, pages[0], d, 0.2)
    remember(None, d, (h.name, d, idx))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGG: families and safeguards
# ---------------------------------------------------------------------------------------------

WORRIES = {
    "en": [
        (
            "Mum's laundry keeps going missing - three cardigans and her blue nightdress, all "
            "named.",
            "missing laundry",
        ),
        (
            "When I visited on Sunday Dad had not been shaved and his water jug was empty.",
            "personal care",
        ),
        ("We were not told about Mum's fall until the next day.", "communication after a fall"),
        ("I would like to thank the night staff for the care they gave Dad last month.", "thanks"),
        ("The fee increase letter arrived with only two weeks' notice.", "fee increase"),
    ],
    "de": [
        (
            "Die Wäsche meiner Mutter verschwindet immer wieder, obwohl alles gekennzeichnet ist.",
            "Wäsche",
        ),
        (
            "Bei meinem Besuch am Sonntag war mein Vater nicht rasiert und hatte nichts zu "
            "trinken.",
            "Grundpflege",
        ),
        (
            "Über den Sturz meiner Mutter wurden wir erst am nächsten Tag informiert.",
            "Information nach Sturz",
        ),
        (
            "Ich möchte mich beim Team des Wohnbereichs für die liebevolle Begleitung bedanken.",
            "Dank",
        ),
        ("Die Entgelterhöhung wurde uns sehr kurzfristig angekündigt.", "Entgelterhöhung"),
    ],
    "fr": [
        ("Le linge de ma mère disparaît régulièrement alors qu'il est marqué.", "linge"),
        (
            "Lors de ma visite dimanche, mon père n'était pas rasé et n'avait pas d'eau.",
            "soins d'hygiène",
        ),
        (
            "Nous n'avons été prévenus de la chute de maman que le lendemain.",
            "information après une chute",
        ),
        ("Je tiens à remercier l'équipe de nuit pour son accompagnement.", "remerciements"),
        ("L'augmentation du tarif nous a été annoncée très tardivement.", "hausse du tarif"),
    ],
}


def tpl_family_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A relative's letter to the home's manager about a resident: a complaint, a worry or
    thanks, handwritten on A5 notepaper or lined A4, or typed on plain paper with the sender's
    address at the top; now and then from a relative abroad, in their own language."""
    lg0 = home()
    res = a_resident(rng)
    name, rel = family_of(res, rng)
    abroad = rng.random() < 0.12
    lg = rng.choice([x for x in ("en", "de", "fr") if x != lg0]) if abroad else lg0
    k = rng.randrange(5)
    text, topic = WORRIES[lg][k]
    d = some_day(rng)
    addr = (
        family_address(res)
        if not abroad
        else {
            "en": ["14 Rosebery Avenue", "Cambridge CB4 1XP", "United Kingdom"],
            "de": ["Feldbergstraße 7", "79115 Freiburg", "Deutschland"],
            "fr": ["22 rue des Martyrs", "75009 Paris", "France"],
        }[lg]
    )
    mgr = manager()
    handwritten = rng.random() < 0.55
    if handwritten:
        size = rng.choice([A5, A4])
        w, hh = size
        m = 34 if size == A5 else 56
        pages = []
        p = Page(size)
        y = m
        for t in addr:
            hand(p, w - m - 130, y, t, 9)
            y += 13
        hand(p, w - m - 130, y + 4, short(d, lg), 9)
        y += 34
        body = [
            dear(lg, mx(mgr, lg)),
            text,
            *(words(rng, lg, "care", rng.randint(8, 14)) for _ in range(rng.randint(3, 7))),
        ]
        if k != 3:
            body.append(
                tr(
                    lg,
                    "I would be grateful for a reply.",
                    "Ich bitte um eine schriftliche Antwort.",
                    "Je vous remercie de bien vouloir me répondre.",
                )
            )
        body.append(tr(lg, "Yours sincerely", "Mit freundlichen Grüßen", "Cordialement"))
        for para in body:
            for ln in wrap(para, HAND, 10, w - 2 * m):
                if y > hh - m - 30:
                    pages.append(p)
                    p = Page(size)
                    y = m
                    hand(p, w / 2, y - 14, f"{len(pages) + 1}", 9)
                hand(p, m, y, ln, 10)
                y += 17
            y += 6
        scrawl(p, m, y + 12, name, 14)
        hand(p, m, y + 30, f"{name} ({rel} {tr(lg, 'of', 'von', 'de')} {res.name})", 9)
        pages.append(p)
        if rng.random() < 0.5:
            for q in pages:
                for k2 in range(int((q.size[1] - 2 * m) / 17)):
                    q.line(m - 6, m + 4 + k2 * 17, q.size[0] - m + 6, m + 4 + k2 * 17)
    else:
        h = make_head((name, addr[0], addr[1], ""), lg, "family")
        s = style_of(h, A4)
        m = s.margin
        f = Sheets(A4, A4[1] - m, lambda p, n: m)
        f.page.text(m, f.y, name, s.bold, s.size)
        f.y += s.size * 1.4
        for t in addr:
            f.page.text(m, f.y, t, s.font, s.size)
            f.y += s.size * 1.3
        f.y += 20
        for t in [mx(mgr, lg), manager_role(lg), *home_lines()]:
            f.page.text(m, f.y, t, s.font, s.size)
            f.y += s.size * 1.3
        f.page.text(
            A4[0] - m,
            f.y,
            f"{place(h.town)}, {day(h, d)}",
            s.font,
            s.size,
            "right",
        )
        f.y += 30
        caption(
            f,
            s,
            tr(
                lg,
                f"Re: {title_name(res, lg0)}, Room {res.room} - {topic}",
                f"Betreff: {title_name(res, lg)}, Zimmer {res.room} - {topic}",
                f"Objet : {title_name(res, lg)}, chambre {res.room} - {topic}",
            ),
            0,
        )
        f.page.text(m, f.y, dear(lg, mx(mgr, lg)), s.font, s.size)
        f.y += s.size * 2
        write(f, s, text + " " + prose(rng, lg, "care", 2, 4))
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "care", 2, 4))
        regards(f, s, lg, name, f"{rel}")
        pages = f.pages
        number_pages(pages, s, "2:- {i} -" if lg != "en" else "2:Page {i}", "tc")
    received(rng, pages[0], d, 0.5)
    remember(res, d, (name, rel, k, addr, lg))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The manager's reply to a relative's letter on the home's letterhead: thanks for the
    letter, what was looked into and what will change, an invitation to meet; for complaints
    now and then the home's complaints procedure leaflet page behind it."""
    lg = home()
    h = home_head()
    s = style_of(h, A4)
    m = s.margin
    ex = LAST["extra"]
    res = a_resident(rng, ("family_letter",))
    if after(("family_letter",)) and isinstance(ex, tuple):
        name, _rel, k, addr, _lg = ex
        d = last_day(rng, ("family_letter",), (3, 14))
    else:
        name, _rel = family_of(res, rng)
        k = rng.choice([0, 1, 2, 4])
        addr = family_address(res)
        d = some_day(rng)
    _text, topic = WORRIES[lg][k]
    mgr = manager()
    f = sheets(s, h, f"{res.name} - {short(d, lg)}")
    recipient(
        f,
        s,
        h,
        [mx(name, lg), *addr],
        d,
        [
            (
                tr(lg, "Our ref", "Unser Zeichen", "N/Réf."),
                serial(rng, "CMP/99/999" if k != 3 else "AA/99"),
            )
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"{title_name(res, lg)} - {topic}",
            f"{title_name(res, lg)} - Ihr Schreiben vom {short(d - timedelta(days=7), lg)}",
            f"{title_name(res, lg)} - votre courrier du {short(d - timedelta(days=7), lg)}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, mx(name, lg)), s.font, s.size)
    f.y += s.size * 2
    if k == 3:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you very much for your kind letter, which I have shared with the whole "
                "team. It means a great deal to them.",
                "herzlichen Dank für Ihre freundlichen Zeilen, die ich an das gesamte Team "
                "weitergegeben habe.",
                "Je vous remercie sincèrement pour votre courrier, que j'ai transmis à toute "
                "l'équipe.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your letter. I am sorry that you have had cause for concern, and "
                "I have looked into the points you raised.",
                "vielen Dank für Ihr Schreiben. Es tut mir leid, dass Sie Anlass zur Beschwerde "
                "hatten. Ich bin Ihren Hinweisen nachgegangen.",
                "Je vous remercie de votre courrier et regrette les désagréments rencontrés. "
                "J'ai examiné chacun des points soulevés.",
            ),
        )
        write(f, s, prose(rng, lg, "care", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "I would welcome the opportunity to meet you to discuss this further; please "
                "contact me to arrange a convenient time. If you remain unhappy you may refer "
                "your complaint to the Local Government and Social Care Ombudsman.",
                "Gern biete ich Ihnen ein persönliches Gespräch an. Sollten Sie mit der Klärung "
                "nicht zufrieden sein, können Sie sich an die Heimaufsicht wenden.",
                "Je vous propose de nous rencontrer afin d'en échanger. Vous pouvez également "
                "saisir une personne qualifiée ou le conseil de la vie sociale.",
            ),
        )
    regards(f, s, lg, mgr, manager_role(lg))
    pages = close(f.pages, s, h)
    if k != 3 and rng.random() < 0.4:
        q = Page(A5)
        W = A5[0]
        q.text(
            W / 2,
            50,
            tr(lg, "How to make a complaint", "Beschwerdemanagement", "Procédure de réclamation"),
            h.bold,
            13,
            "center",
        )
        q.text(W / 2, 66, home_row()[0], h.font, 8, "center")
        y = 92.0
        for n, t in enumerate(
            [
                tr(
                    lg,
                    "Speak to the nurse in charge",
                    "Sprechen Sie uns an",
                    "Parlez-en à l'équipe",
                ),
                tr(lg, "Write to the manager", "Schriftliche Beschwerde", "Écrivez à la direction"),
                tr(
                    lg,
                    "We reply within 20 working days",
                    "Antwort innerhalb von 14 Tagen",
                    "Réponse sous 15 jours",
                ),
                tr(lg, "Ombudsman / CQC", "Heimaufsicht / Pflegekasse", "Personne qualifiée / ARS"),
            ],
            1,
        ):
            q.text(34, y, f"{n}. {t}", h.bold, 9)
            y = text_lines(
                q, paper(s, A5, 34, 8), 44, y + 13, W - 78, words(rng, lg, "care", 18), 8
            )
        pages.append(q)
    remember(res, d, None)
    return pages


def tpl_dols(rng: random.Random, who: Issuer) -> list[Page]:
    """The legal authorisation of restrictions on a resident who lacks capacity: an English
    council's standard authorisation under the Deprivation of Liberty Safeguards (Form 5)
    with the conditions annex; a German Betreuungsgericht's Beschluss genehmigt
    freiheitsentziehende Maßnahmen (Bettgitter, Sensormatte) with the Gründe and the
    Rechtsmittelbelehrung; a French jugement de mise sous protection (curatelle, tutelle)
    notified to the home, with the court's stamp."""
    lg = home()
    h = head_of(who, "dols")
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    res = a_resident(rng, ("care_review", "assessment"))
    d = some_day(rng)
    ref = serial(rng, {"en": "DOLS/99999", "de": "9 XVII 999/25", "fr": "RG 25/99999"}[lg])
    until = d + timedelta(days=rng.choice([180, 270, 365]))
    f = sheets(s, h, f"{ref} - {res.name}")
    if lg == "en":
        recipient(f, s, h, home_lines("The Managing Authority"), d, [("Our ref", ref)])
        caption(f, s, "STANDARD AUTHORISATION", 2)
        write(f, s, "Mental Capacity Act 2005 - Schedule A1 - Form 5", s.size - 1)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Relevant person", res.name),
                ("Date of birth", short(res.born, lg)),
                ("Managing authority", home_row()[0]),
                ("Supervisory body", h.name.split(" - ")[0]),
                ("Authorisation starts", short(d, lg)),
                ("Authorisation expires", short(until, lg)),
                ("Best interests assessor", staff(h, "bia")),
                ("Relevant person's representative", family_of(res, rng)[0]),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        write(
            f,
            s,
            "The supervisory body has received all the required assessments, each of which "
            "concludes that the qualifying requirement is met, and authorises the deprivation of "
            "liberty of the relevant person in the care home named above, subject to the "
            "conditions attached.",
        )
        f.heading(m, "Purpose of the authorisation", s.bold, s.size)
        write(f, s, prose(rng, lg, "care", 1, 3))
        regards(f, s, lg, staff(h, "signatory"), "Authorised signatory for the supervisory body")
        pages = close(f.pages, s, h, numbers="Page {i} of {n}")
        a = Flow(A4, hh - m, lambda p, n: running_header(p, s, f"{ref} - Conditions"))
        a.heading(
            m, "Annex - Conditions attached to the standard authorisation", s.bold, s.size + 1
        )
        conds = [
            "The managing authority must refer to the GP for a review of PRN lorazepam within 4 "
            "weeks.",
            "Staff must support the relevant person to access the garden daily, weather "
            "permitting.",
            "The sensor mat may only be used at night and must be reviewed monthly.",
            "The relevant person's representative must be informed of any hospital admission.",
            "Contact with family must be facilitated and not restricted.",
        ]
        for n, c in enumerate(rng.sample(conds, rng.randint(2, 5)), 1):
            a.para(m, w - 2 * m, f"{n}. {c}", s.font, s.size)
        pages += a.pages
        number_pages(pages[-len(a.pages) :], s, "Conditions page {i}", "br", bottom=30)
    elif lg == "de":
        f.page.text(m, f.y, "Beglaubigte Abschrift", s.bold, s.size)
        f.y += 20
        caption(f, s, "BESCHLUSS", 4)
        write(
            f,
            s,
            f"In dem Betreuungsverfahren für {title_name(res, lg)}, geboren am "
            f"{short(res.born, lg)}, wohnhaft {home_row()[0]}, {home_row()[1]}, {home_row()[2]}, "
            "Betreute/r,",
        )
        write(
            f,
            s,
            f"Betreuer/in: {family_of(res, rng)[0]}, {family_address(res)[0]}, "
            f"{family_address(res)[1]}",
        )
        write(
            f,
            s,
            "hat das Amtsgericht - Betreuungsgericht - durch die Richterin am Amtsgericht "
            f"{staff(h, 'judge')} am {short(d, lg)} beschlossen:",
        )
        measures = rng.sample(
            [
                "das Anbringen eines beidseitigen Bettgitters zur Nachtzeit",
                "die Verwendung einer Sensormatte",
                "das Anlegen eines Bauchgurtes im Rollstuhl",
                "die Verwendung eines Therapietisches am Rollstuhl",
            ],
            2,
        )
        write(
            f,
            s,
            "1. Die Unterbringungsähnliche Maßnahme nach § 1831 Abs. 4 BGB, nämlich "
            f"{measures[0]} sowie {measures[1]}, wird bis längstens {short(until, lg)} genehmigt.",
        )
        write(f, s, "2. Die sofortige Wirksamkeit dieses Beschlusses wird angeordnet.")
        f.heading(m, "Gründe", s.bold, s.size + 1)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "law", 2, 4))
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Beschluss findet das Rechtsmittel der Beschwerde statt. Die Beschwerde "
            "ist binnen einer Frist von einem Monat bei dem Amtsgericht schriftlich oder zur "
            "Niederschrift der Geschäftsstelle einzulegen. " + words(rng, lg, "law"),
            s.size - 1,
        )
        f.need(80)
        f.page.text(m, f.y + 10, staff(h, "judge"), s.font, s.size)
        f.page.text(m, f.y + 22, "Richterin am Amtsgericht", s.font, s.size - 1)
        f.page.text(w - m - 200, f.y + 10, "Ausgefertigt / beglaubigt", s.font, s.size - 1)
        scrawl(f.page, w - m - 200, f.y + 36, staff(h, "clerk"))
        f.page.text(w - m - 200, f.y + 48, "Urkundsbeamtin der Geschäftsstelle", s.font, 7.5)
        seal(f.page, w - m - 40, f.y + 30, 26, "AMTSGERICHT", place(h.town))
        f.y += 70
        pages = close(f.pages, s, h, numbers="- {i} -")
    else:
        f.page.text(m, f.y, "EXTRAIT DES MINUTES DU GREFFE", s.bold, s.size)
        f.y += 20
        caption(f, s, "JUGEMENT - MESURE DE PROTECTION JUDICIAIRE", 1)
        write(
            f,
            s,
            f"Dossier {ref}. Le juge des contentieux de la protection, statuant en chambre du "
            "conseil, après audition de la personne à protéger le "
            f"{short(d - timedelta(days=rng.randint(10, 40)), lg)} à {home_row()[0]},",
        )
        mes = rng.choice(["curatelle renforcée", "tutelle", "habilitation familiale"])
        write(
            f,
            s,
            f"ORDONNE l'ouverture d'une mesure de {mes} au bénéfice de {title_name(res, lg)}, "
            f"né(e) le {short(res.born, lg)}, pour une durée de {rng.choice([60, 120])} mois ;",
        )
        write(
            f,
            s,
            "DÉSIGNE en qualité de "
            + (
                "curateur"
                if "curatelle" in mes
                else "tuteur"
                if mes == "tutelle"
                else "personne habilitée"
            )
            + " "
            f": {family_of(res, rng)[0]}, {family_of(res, rng)[1]} ; " + words(rng, lg, "law"),
        )
        write(
            f,
            s,
            "DIT que la présente décision sera notifiée à l'établissement d'hébergement. "
            + prose(rng, lg, "law", 1, 3),
        )
        f.need(90)
        f.page.text(m, f.y + 10, f"Fait à {place(h.town)}, le {short(d, lg)}", s.font, s.size)
        f.page.text(m, f.y + 30, "Le greffier", s.font, s.size - 1)
        f.page.text(w - m - 160, f.y + 30, "Le juge", s.font, s.size - 1)
        scrawl(f.page, m, f.y + 58, staff(h, "greffier"))
        scrawl(f.page, w - m - 160, f.y + 58, staff(h, "juge"))
        seal(f.page, w / 2, f.y + 50, 28, "TRIBUNAL JUDICIAIRE", place(h.town))
        f.y += 80
        pages = close(f.pages, s, h, numbers="Page {i}/{n}")
    received(rng, pages[0], d, 0.45)
    remember(res, d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same resident."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "placement": tpl_placement,
    "remittance": tpl_remittance,
    "fee_invoice": tpl_fee_invoice,
    "contract": tpl_contract,
    "care_review": tpl_care_review,
    "assessment": tpl_assessment,
    "mar": tpl_mar,
    "delivery": tpl_delivery,
    "gp_letter": tpl_gp_letter,
    "wound": tpl_wound,
    "inspection": tpl_inspection,
    "action_plan": tpl_action_plan,
    "timesheet": tpl_timesheet,
    "agency_invoice": tpl_agency_invoice,
    "training_cert": tpl_training_cert,
    "contractor_invoice": tpl_contractor_invoice,
    "waste_note": tpl_waste_note,
    "loler": tpl_loler,
    "family_letter": tpl_family_letter,
    "complaint_reply": tpl_complaint_reply,
    "dols": tpl_dols,
}
TEMPLATES_GGG: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "remittance",
    "fee_invoice",
    "mar",
    "delivery",
    "timesheet",
    "training_cert",
    "contractor_invoice",
    "waste_note",
    "loler",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "assessment": "placement",
    "placement": "contract",
    "inspection": "action_plan",
    "timesheet": "agency_invoice",
    "family_letter": "complaint_reply",
    "delivery": "mar",
    "gp_letter": "care_review",
    "wound": "care_review",
    "contract": "fee_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_canister_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One care home's monthly pile: ``corpus.make_stream`` with batch runs (after a run
    kind, 1-3 more of the same kind from the same sender follow with probability 0.6) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The home (country, name, month, residents) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    HOME["lang"] = lang
    HOME["row"] = r.randrange(len(HOMES[lang]))
    HOME["seed"] = r.getrandbits(24)
    HOME["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    RESIDENTS[:] = draw_residents(r)
    LAST.update(kind="", res=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_GGG, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_canister_stream, "templates GGG")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Hod part of the generated corpus: templates KK, written blind for the next measurement.

A part of its own, ``hod``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a funeral
director (a family firm in England, Germany or France) feeds through its scanner: the firm's
funeral arrangement forms (Bestattungsauftrag, bon de commande obsèques) with the client's
instructions, ticks and signature and the firm's terms page; its funeral estimates
(Kostenvoranschlag, devis obsèques) with the coffin range sheet; its final accounts (Rechnung,
facture) with a remittance slip; the register office's certified copies of entries of death
(Sterbeurkunde, extrait d'acte de décès) and certificates for burial or cremation (the green
form, Bescheinigung für Bestattungszwecke, autorisation de fermeture du cercueil); cremation
application forms (Cremation 1, Antrag auf Feuerbestattung, demande d'autorisation de
crémation) filled in by the applicant; doctors' medical certificates (Cremation 4,
Todesbescheinigung, certificat de décès); crematorium and cemetery booking confirmations;
cemetery letters with the grave plan or the grant of the right of burial; church and
celebrant confirmations with the draft order of service, some as printed e-mails; newspaper
death-notice proofs and the newspaper's invoices; florists' invoices with ribbon and card texts
and photos of the tributes, some as till receipts; stonemasons' memorial orders with the
design drawing and terms; coffin suppliers' and carriage masters' invoices; funeral plan
providers' redemption statements with the claim form; banks' and solicitors' / notaries'
letters about paying the funeral from the estate, with the forms and copies they enclose;
families' thank-you cards; and repatriation papers (the mortuary pass / Leichenpass /
laissez-passer mortuaire or the coroner's out-of-England acknowledgement, and the repatriation
firm's advice with the air waybill and the sealing certificate). Each stream is one firm's
pile: the firm (country, name, staff, the funerals in hand, month) is drawn once per stream;
its senders are of the firm's country and write in its language, except that repatriation
papers come from the country the body travels from or to, in that country's language. Page
sizes range from narrow till receipts, thank-you cards and A5 certificates to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page of an arrangement form; the coffin range sheet and price list of an estimate; the
remittance slip page and the schedule of disbursements of a final account; all pages of a
statutory form (cremation application, medical certificate); the grave plan and the grant of
right of burial sent with a cemetery letter; the draft order of service sent with a church or
celebrant confirmation; the online preview of a notice proof; the photo page of a florist's
invoice; the design drawing and terms page of a memorial order; the continuation pages of a
coffin supplier's invoice; the redemption statement and claim form behind a plan provider's
letter; the form enclosed with a bank's letter; the copy of the grant of probate or the
notary's certificate enclosed with a solicitor's letter; the inside of a thank-you card with
its front; the air waybill and sealing certificate behind a repatriation advice. Each
certificate is a document of its own, even when several certified copies of one death follow
each other, and related papers are documents of their own: the cremation application after the
arrangement form or the medical certificate, the certificate for burial after the certified
copy, the newspaper's invoice after its proof, the bank's letter after the final account, the
final account after a plan statement or a solicitor's letter, the cemetery letter after a
memorial order, the celebrant's confirmation after the crematorium booking, the repatriation
advice after the mortuary pass.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: certified copies, crematorium
bookings, newspaper invoices, carriage masters' invoices, florists' invoices and final
accounts often come 2-4 in a row from one sender with other funerals, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers,
about the same funeral. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "hod"`` and seeds offset by
3_600_000.

Usage: ``python benchmarks/corpus_hod.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/hod/hod_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    band,
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
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "hod"
SEED_OFFSET = 3_600_000

MM = 72 / 25.4
SLIP = (80 * MM, 185 * MM)
CARD = (148 * MM, 105 * MM)
NOTE = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SENDERS: dict[str, dict[str, list[Row]]] = {
    "fd": {
        "en": [
            (
                "J. Hartley & Sons Funeral Directors",
                "27 Horton Street",
                "Halifax HX1 1QE",
                "01422 352 118",
            ),
            (
                "Greenwood Family Funeral Service",
                "41 Commercial Street",
                "Brighouse HD6 1AQ",
                "01484 713 440",
            ),
        ],
        "de": [
            ("Bestattungshaus Overbeck", "Hammer Straße 112", "48153 Münster", "0251 77 41 20"),
            ("Pietät Droste GmbH", "Warendorfer Straße 58", "48145 Münster", "0251 13 22 60"),
        ],
        "fr": [
            ("Pompes Funèbres Morvan", "18 rue de Brest", "29000 Quimper", "02 98 95 40 12"),
            (
                "Maison Funéraire Lemoine",
                "5 boulevard de la Liberté",
                "35000 Rennes",
                "02 99 30 18 77",
            ),
        ],
    },
    "registrar": {
        "en": [
            ("Calderdale Register Office", "Spring Hall, Huddersfield Road", "Halifax HX3 0AQ", ""),
            ("Kirklees Register Office", "Town Hall, Ramsden Street", "Huddersfield HD1 2TA", ""),
        ],
        "de": [
            ("Stadt Münster - Standesamt", "Klemensstraße 10", "48143 Münster", ""),
            ("Gemeinde Senden - Standesamt", "Münsterstraße 30", "48308 Senden", ""),
        ],
        "fr": [
            ("Mairie de Quimper", "44 place Saint-Corentin", "29000 Quimper", ""),
            ("Ville de Rennes", "Place de la Mairie", "35000 Rennes", ""),
        ],
    },
    "doctor": {
        "en": [
            ("Calderdale Royal Hospital", "Salterhebble Hill", "Halifax HX3 0PW", ""),
            ("Rosegarth Surgery", "Rothwell Mount", "Halifax HX1 2HB", "01422 353 450"),
            ("Plane Trees Group Practice", "Sunnybank Road", "Halifax HX2 0PN", ""),
        ],
        "de": [
            ("Universitätsklinikum Münster", "Albert-Schweitzer-Campus 1", "48149 Münster", ""),
            ("Hausarztpraxis Dr. med. Anja Kemper", "Wolbecker Straße 45", "48155 Münster", ""),
            ("St. Franziskus-Hospital", "Hohenzollernring 70", "48145 Münster", ""),
        ],
        "fr": [
            ("Centre Hospitalier de Cornouaille", "14 avenue Yves Thépot", "29000 Quimper", ""),
            ("Dr Nathalie Guillou", "3 rue de Kerfeunteun", "29000 Quimper", "02 98 55 61 04"),
            ("CHU de Rennes - Hôpital Pontchaillou", "2 rue Henri Le Guilloux", "35000 Rennes", ""),
        ],
    },
    "crematorium": {
        "en": [
            ("Park Wood Crematorium", "Park Road", "Elland HX5 9HP", "01422 372 293"),
            ("Huddersfield Crematorium", "Fixby Road", "Huddersfield HD2 2JF", "01484 221 000"),
        ],
        "de": [
            ("Krematorium Münster-Lauheide", "Lauheide 1", "48291 Telgte", "02504 93 11 0"),
            ("Feuerbestattungen Münsterland GmbH", "Am Krematorium 3", "48268 Greven", ""),
        ],
        "fr": [
            ("Crématorium de Quimper", "Route de Kerustum", "29000 Quimper", "02 98 10 33 60"),
            ("Crématorium de Rennes Métropole", "Rue du Vallon", "35200 Rennes", ""),
        ],
    },
    "cemetery": {
        "en": [
            (
                "Calderdale Council - Bereavement Services",
                "Lister Lane Cemetery Lodge",
                "Halifax HX1 5AX",
                "01422 288 001",
            ),
            (
                "Kirklees Council - Bereavement Services",
                "Edgerton Cemetery",
                "Huddersfield HD3 3AR",
                "",
            ),
        ],
        "de": [
            ("Stadt Münster - Friedhofsverwaltung", "Robert-Koch-Straße 1", "48149 Münster", ""),
            (
                "Kath. Kirchengemeinde St. Lamberti - Friedhofsamt",
                "Kirchherrngasse 3",
                "48143 Münster",
                "",
            ),
        ],
        "fr": [
            (
                "Ville de Quimper - Service des cimetières",
                "Cimetière Saint-Marc",
                "29000 Quimper",
                "",
            ),
            ("Ville de Rennes - Cimetière de l'Est", "Rue de Paris", "35000 Rennes", ""),
        ],
    },
    "church": {
        "en": [
            ("Halifax Minster - Parish Office", "Causeway", "Halifax HX1 1QL", "01422 355 316"),
            ("The Vicarage, Parish of Sowerby", "Towngate", "Sowerby HX6 1JJ", ""),
            (
                "Janet Whitaker - Life Celebrations",
                "14 Savile Park Road",
                "Halifax HX1 3EA",
                "07700 914 221",
            ),
        ],
        "de": [
            ("Kath. Pfarramt St. Joseph", "Hammer Straße 27", "48153 Münster", ""),
            ("Ev. Kirchengemeinde Münster-Hiltrup", "Hülsebrockstraße 16", "48165 Münster", ""),
            ("Trauerrednerin Renate Hüttemann", "Dieckstraße 8", "48145 Münster", ""),
        ],
        "fr": [
            ("Paroisse Saint-Corentin", "3 rue du Frout", "29000 Quimper", ""),
            ("Paroisse Saint-Sauveur", "2 rue Saint-Sauveur", "35000 Rennes", ""),
            ("Sandrine Tanguy - Cérémonies civiles", "9 allée des Tilleuls", "29000 Quimper", ""),
        ],
    },
    "newspaper": {
        "en": [
            ("Halifax Courier - Family Notices", "PO Box 19", "Halifax HX1 2SF", "0113 238 8300"),
            (
                "Huddersfield Examiner - Announcements",
                "Pennine Business Park",
                "Huddersfield HD2 1BD",
                "",
            ),
        ],
        "de": [
            (
                "Westfälische Nachrichten - Anzeigenservice",
                "Soester Straße 13",
                "48155 Münster",
                "",
            ),
            ("Münstersche Zeitung - Familienanzeigen", "Neubrückenstraße 8", "48143 Münster", ""),
        ],
        "fr": [
            ("L'Écho de Cornouaille - Carnet", "10 rue Le Déan", "29000 Quimper", ""),
            ("Ouest-Courrier - Avis d'obsèques", "10 rue du Breil", "35051 Rennes Cedex 9", ""),
        ],
    },
    "florist": {
        "en": [
            ("Petals of Elland", "12 Southgate", "Elland HX5 0BW", "01422 374 608"),
            ("Blossom & Thorn Florists", "3 Westgate Arcade", "Halifax HX1 1DJ", ""),
        ],
        "de": [
            ("Blumen Strothmann", "Wolbecker Straße 9", "48155 Münster", "0251 66 12 04"),
            ("Friedhofsgärtnerei Bergmann", "Lauheider Weg 2", "48291 Telgte", ""),
        ],
        "fr": [
            ("Au Jardin de Corentin", "7 rue Kéréon", "29000 Quimper", "02 98 95 07 31"),
            ("Fleurs Rolland", "22 rue d'Antrain", "35000 Rennes", ""),
        ],
    },
    "mason": {
        "en": [
            (
                "Calder Memorials Ltd",
                "Stone Yard, Wakefield Road",
                "Sowerby Bridge HX6 2UD",
                "01422 831 907",
            ),
            ("W. Naylor & Son Monumental Masons", "Lindley Moor Road", "Huddersfield HD3 3RY", ""),
        ],
        "de": [
            ("Steinmetz Wiesehöfer", "Robert-Koch-Straße 12", "48149 Münster", ""),
            ("Grabmale Kowalczyk", "Gartenstraße 40", "48147 Münster", ""),
        ],
        "fr": [
            ("Marbrerie Kerbrat", "Zone de Kerdroniou", "29000 Quimper", ""),
            ("Granits Le Goff", "4 rue de la Rigourdière", "35510 Cesson-Sévigné", ""),
        ],
    },
    "coffin": {
        "en": [
            (
                "Pennine Coffin Company Ltd",
                "Unit 6, Lowfields Way",
                "Elland HX5 9DA",
                "01422 377 550",
            ),
            ("Thornbury Coffins & Caskets", "Riverside Works", "Stockport SK1 3AB", ""),
        ],
        "de": [
            ("Westfälische Sargfabrik Brockmann GmbH", "Industriestraße 14", "48432 Rheine", ""),
            ("Sarg- und Urnenvertrieb Nord", "Hafenweg 9", "48155 Münster", ""),
        ],
        "fr": [
            ("Cercueils de l'Ouest SAS", "ZI de Lanrinou", "29800 Landerneau", ""),
            ("Fournitures Funéraires Boucher", "Rue de la Mabilais", "35000 Rennes", ""),
        ],
    },
    "vehicles": {
        "en": [
            ("Pennine Carriage Masters", "Unit 2, Dean Clough", "Halifax HX3 5AX", "01422 365 990"),
            ("Westfield Funeral Vehicle Hire", "Bradley Road", "Huddersfield HD2 1QF", ""),
        ],
        "de": [
            ("Bestattungsfahrzeuge Schulte OHG", "Gewerbepark 5", "48163 Münster", ""),
            ("Überführungsdienst Lippe-Ems", "Emsdettener Straße 70", "48268 Greven", ""),
        ],
        "fr": [
            ("Transports Funéraires Guillou", "Impasse du Moulin", "29000 Quimper", ""),
            ("Corbillards de l'Ouest", "Rue de Lorient", "35000 Rennes", ""),
        ],
    },
    "plan": {
        "en": [
            ("Avalon Funeral Plans Ltd", "PO Box 2045", "Bristol BS1 9JW", "0800 046 1180"),
            (
                "Kingfisher Pre-Paid Funerals",
                "Kingfisher House, Station Road",
                "Cheltenham GL50 3QT",
                "",
            ),
        ],
        "de": [
            ("Vorsorge-Treuhand Westfalen AG", "Friedrichstraße 20", "40217 Düsseldorf", ""),
            ("Sterbekasse Münsterland VVaG", "Prinzipalmarkt 4", "48143 Münster", ""),
        ],
        "fr": [
            ("Mutuelle Prévoyance Obsèques de Bretagne", "12 quai de l'Odet", "29000 Quimper", ""),
            ("Assurances Kerlann - Contrats obsèques", "31 rue de Nantes", "35000 Rennes", ""),
        ],
    },
    "bank": {
        "en": [
            (
                "Yorkshire Mutual Bank - Bereavement Centre",
                "PO Box 515",
                "Leeds LS1 1WP",
                "0345 600 2290",
            ),
            ("Northern Counties Building Society", "Percy Street", "Newcastle NE1 4EP", ""),
        ],
        "de": [
            (
                "Sparkasse Münsterland Ost - Nachlassservice",
                "Weseler Straße 230",
                "48151 Münster",
                "",
            ),
            ("Volksbank Münsterland Nord eG", "Königsstraße 9", "48143 Münster", ""),
        ],
        "fr": [
            (
                "Banque de Bretagne Atlantique - Service Successions",
                "8 place de la Résistance",
                "29000 Quimper",
                "",
            ),
            ("Crédit Breton - Pôle Successions", "16 rue de la Monnaie", "35000 Rennes", ""),
        ],
    },
    "solicitor": {
        "en": [
            (
                "Wilkinson Woodward Probate Solicitors",
                "11 Fountain Street",
                "Halifax HX1 1LU",
                "01422 339 600",
            ),
            ("Ramsden Holt LLP", "Lawrence House, New Street", "Huddersfield HD1 2BA", ""),
        ],
        "de": [
            ("Notariat Dr. Lindemann & Partner", "Ludgeriplatz 4", "48151 Münster", ""),
            ("Rechtsanwälte Droste Kemper", "Aegidiistraße 31", "48143 Münster", ""),
        ],
        "fr": [
            ("Office notarial Tanguy & Rolland", "2 rue du Parc", "29000 Quimper", ""),
            ("Maître Olivier Marchand, notaire", "6 quai Lamartine", "35000 Rennes", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "HM Coroner - West Yorkshire (Eastern District)",
                "City Courthouse",
                "Wakefield WF1 2SA",
                "",
            ),
        ],
        "de": [
            ("Stadt Münster - Ordnungsamt", "Klemensstraße 10", "48143 Münster", ""),
            ("Kreis Warendorf - Gesundheitsamt", "Waldenburger Straße 2", "48231 Warendorf", ""),
        ],
        "fr": [
            ("Préfecture du Finistère", "42 boulevard Dupleix", "29320 Quimper Cedex", ""),
            (
                "Préfecture d'Ille-et-Vilaine",
                "3 avenue de la Préfecture",
                "35026 Rennes Cedex 9",
                "",
            ),
        ],
    },
    "repat": {
        "en": [
            (
                "Albion International Repatriation Ltd",
                "Horton Road",
                "Colnbrook SL3 0BB",
                "01753 684 200",
            ),
        ],
        "de": [
            (
                "Überführungen International Rhein-Ruhr GmbH",
                "Flughafenstraße 100",
                "40474 Düsseldorf",
                "0211 42 18 70",
            ),
        ],
        "fr": [
            (
                "Rapatriements Funéraires Internationaux",
                "Zone de fret, Aéroport",
                "35136 Saint-Jacques-de-la-Lande",
                "02 99 29 60 60",
            ),
        ],
    },
}
AIRPORTS = {
    "en": ("Manchester (MAN)", "London Heathrow (LHR)"),
    "de": ("Düsseldorf (DUS)", "Münster/Osnabrück (FMO)"),
    "fr": ("Rennes (RNS)", "Brest (BES)"),
}

# ---------------------------------------------------------------------------------------------
# People and funerals of the firm
# ---------------------------------------------------------------------------------------------

FEMALE = {
    "en": [
        "Margaret",
        "Joan",
        "Patricia",
        "Sheila",
        "Doreen",
        "Susan",
        "Janet",
        "Linda",
        "Sarah",
        "Emma",
        "Claire",
        "Rachel",
        "Pauline",
        "Brenda",
    ],
    "de": [
        "Gertrud",
        "Hildegard",
        "Ursula",
        "Renate",
        "Ingrid",
        "Monika",
        "Sabine",
        "Petra",
        "Claudia",
        "Anja",
        "Elisabeth",
        "Marlies",
    ],
    "fr": [
        "Jeannine",
        "Monique",
        "Denise",
        "Colette",
        "Yvette",
        "Françoise",
        "Isabelle",
        "Nathalie",
        "Sandrine",
        "Céline",
        "Maryvonne",
        "Anne",
    ],
}
MALE = {
    "en": [
        "Kenneth",
        "Brian",
        "Derek",
        "Roy",
        "Michael",
        "Peter",
        "David",
        "Graham",
        "Paul",
        "Stephen",
        "Mark",
        "Gary",
        "Alan",
        "Trevor",
    ],
    "de": [
        "Heinrich",
        "Günter",
        "Manfred",
        "Wolfgang",
        "Klaus",
        "Dieter",
        "Jürgen",
        "Frank",
        "Thomas",
        "Stefan",
        "Hubert",
        "Bernhard",
    ],
    "fr": [
        "Marcel",
        "Roger",
        "Bernard",
        "Jean-Claude",
        "Gérard",
        "André",
        "Philippe",
        "Thierry",
        "Olivier",
        "Laurent",
        "Yves",
        "Hervé",
    ],
}
LASTS = {
    "en": [
        "Hartley",
        "Pemberton",
        "Ashworth",
        "Greenwood",
        "Whitaker",
        "Holloway",
        "Barraclough",
        "Fairbrother",
        "Naylor",
        "Okonkwo",
        "Patel",
        "Kowalski",
        "Dunmore",
        "Thwaite",
        "Sutcliffe",
        "Crabtree",
    ],
    "de": [
        "Brockmann",
        "Hüttemann",
        "Schulte-Wessel",
        "Kowalczyk",
        "Lindemann",
        "Overbeck",
        "Strothmann",
        "Wiesehöfer",
        "Yilmaz",
        "Bergmann",
        "Kemper",
        "Droste",
        "Terhorst",
        "Niehues",
    ],
    "fr": [
        "Lefebvre",
        "Morvan",
        "Le Goff",
        "Guillou",
        "Tanguy",
        "Rolland",
        "Boucher",
        "Lemoine",
        "Kerbrat",
        "Marchand",
        "Benhamou",
        "Da Silva",
        "Le Bihan",
        "Quéré",
    ],
}
ROADS = {
    "en": [
        "Savile Park Road",
        "Skircoat Green",
        "Queens Road",
        "Well Head Lane",
        "Highroad Well",
        "Hopwood Lane",
        "Bradshaw Lane",
        "Rastrick Common",
    ],
    "de": [
        "Kanalstraße",
        "Weseler Straße",
        "Gievenbecker Weg",
        "Sentmaringer Weg",
        "Kinderhauser Straße",
        "Am Berg Fidel",
        "Dorbaumstraße",
    ],
    "fr": [
        "rue de Kerfeunteun",
        "avenue de la Libération",
        "rue de Pont-l'Abbé",
        "rue Jean Jaurès",
        "allée des Mouettes",
        "chemin de Kerlagatu",
    ],
}
TOWNS = {
    "en": [
        "Halifax HX1 3AB",
        "Halifax HX2 9LE",
        "Elland HX5 0JS",
        "Brighouse HD6 3RT",
        "Sowerby Bridge HX6 1AA",
        "Huddersfield HD3 4QW",
    ],
    "de": [
        "48153 Münster",
        "48161 Münster",
        "48291 Telgte",
        "48308 Senden",
        "48268 Greven",
        "48167 Münster",
    ],
    "fr": [
        "29000 Quimper",
        "29170 Fouesnant",
        "29120 Pont-l'Abbé",
        "35000 Rennes",
        "35700 Rennes",
        "29510 Briec",
    ],
}
BIRTHPLACES = {
    "en": [
        "Halifax",
        "Bradford",
        "Huddersfield",
        "Leeds",
        "Wakefield",
        "Lahore, Pakistan",
        "Krakow, Poland",
        "Kingston, Jamaica",
    ],
    "de": ["Münster", "Bielefeld", "Osnabrück", "Dortmund", "Breslau", "Izmir (Türkei)", "Telgte"],
    "fr": ["Quimper", "Brest", "Rennes", "Lorient", "Douarnenez", "Oran (Algérie)", "Vannes"],
}
JOBS = {
    "en": [
        "Retired textile worker",
        "Retired bus driver",
        "Retired nurse",
        "Retired teacher",
        "Machine operator (retired)",
        "Shop assistant (retired)",
        "Company director",
        "Retired engineer",
    ],
    "de": [
        "Rentnerin",
        "Rentner",
        "Verwaltungsangestellte i.R.",
        "Landwirt",
        "Schlosser",
        "Lehrerin a.D.",
        "Kaufmann",
    ],
    "fr": [
        "retraité",
        "retraitée",
        "agricultrice retraitée",
        "ancien marin-pêcheur",
        "institutrice retraitée",
        "employé de banque retraité",
    ],
}
RELATIONS = {
    "en": ["Son", "Daughter", "Widow", "Widower", "Niece", "Executor", "Granddaughter"],
    "de": ["Sohn", "Tochter", "Ehefrau", "Ehemann", "Nichte", "Schwiegersohn", "Enkelin"],
    "fr": ["fils", "fille", "épouse", "époux", "nièce", "gendre", "petite-fille"],
}
PLACES = {
    "en": [
        "Calderdale Royal Hospital, Salterhebble, Halifax",
        "Overgate Hospice, Elland",
        "Ashfield House Care Home, Halifax",
        "his home address",
        "her home address",
        "Huddersfield Royal Infirmary",
    ],
    "de": [
        "Universitätsklinikum Münster",
        "St. Franziskus-Hospital Münster",
        "Hospiz Lebenshaus, Münster",
        "in der Wohnung",
        "Seniorenzentrum Haus Simeon, Münster",
    ],
    "fr": [
        "Centre Hospitalier de Cornouaille, Quimper",
        "EHPAD Les Jardins de Kerlizou, Quimper",
        "à son domicile",
        "CHU de Rennes",
        "Clinique Saint-Michel, Quimper",
    ],
}
ABROAD = {
    "en": {
        "de": ["Cologne, Germany", "Hamburg, Germany"],
        "fr": ["Nantes, France", "Brest, France"],
    },
    "de": {
        "en": ["Manchester, England", "London, England"],
        "fr": ["Paris, Frankreich", "Nizza, Frankreich"],
    },
    "fr": {
        "en": ["Londres, Angleterre", "Manchester, Angleterre"],
        "de": ["Cologne, Allemagne", "Munich, Allemagne"],
    },
}


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Funeral:
    ref: str
    dead: Person
    maiden: str
    born: date
    died: date
    birthplace: str
    place: str
    job: str
    spouse: str
    client: Person
    relation: str
    phone: str
    cremation: bool
    when: date
    time: str
    venue: str
    abroad: str  # "" or "to:LANG:place" / "from:LANG:place"


def a_person(r: random.Random, lang: str, last: str = "") -> Person:
    female = r.random() < 0.5
    first = r.choice(FEMALE[lang] if female else MALE[lang])
    road = r.choice(ROADS[lang])
    no = r.randint(1, 160)
    street = f"{road} {no}" if lang == "de" else f"{no}, {road}" if lang == "fr" else f"{no} {road}"
    return Person(first, last or r.choice(LASTS[lang]), female, street, r.choice(TOWNS[lang]))


def a_funeral(r: random.Random, lang: str, month: date, k: int) -> Funeral:
    dead = a_person(r, lang)
    died = month + timedelta(days=r.randint(-40, 20))
    born = date(r.randint(1926, 1975), r.randint(1, 12), r.randint(1, 28))
    same = r.random() < 0.7
    client = a_person(r, lang, dead.last if same else "")
    rel = r.choice(RELATIONS[lang])
    cremation = r.random() < (0.8 if lang == "en" else 0.6 if lang == "de" else 0.45)
    venue_role = "crematorium" if cremation else "cemetery"
    venue = r.choice(SENDERS[venue_role][lang])[0]
    abroad = ""
    if r.random() < 0.15:
        other = r.choice([x for x in ("en", "de", "fr") if x != lang])
        abroad = f"{r.choice(['to', 'from'])}:{other}:{r.choice(ABROAD[lang][other])}"
    place = r.choice(PLACES[lang])
    if dead.female and place == "his home address":
        place = "her home address"
    if not dead.female and place == "her home address":
        place = "his home address"
    spouse = ""
    if r.random() < 0.6:
        spouse = f"{r.choice(MALE[lang] if dead.female else FEMALE[lang])} {dead.last}"
    return Funeral(
        ref=f"{r.randint(24, 25)}/{r.randint(100, 899) + k}",
        dead=dead,
        maiden=r.choice(LASTS[lang]) if dead.female and r.random() < 0.7 else "",
        born=born,
        died=died,
        birthplace=r.choice(BIRTHPLACES[lang]),
        place=place,
        job=r.choice(JOBS[lang]),
        spouse=spouse,
        client=client,
        relation=rel,
        phone=serial(
            r, {"en": "07999 999999", "de": "0151 99999999", "fr": "06 99 99 99 99"}[lang]
        ),
        cremation=cremation,
        when=died + timedelta(days=r.randint(8, 22)),
        time=r.choice(["10:00", "10:30", "11:00", "11:40", "12:20", "13:00", "14:00", "14:30"]),
        venue=venue,
        abroad=abroad,
    )


OFFICE: dict[str, object] = {"lang": "en", "fd": 0, "seed": 0, "month": date(2025, 3, 1)}
FUNERALS: list[Funeral] = []
#: What the previous document was about (a companion takes up the same funeral).
LAST: dict[str, object] = {"kind": "", "funeral": None, "day": None, "ref": ""}


def home() -> str:
    return str(OFFICE["lang"])


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"hod/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_funeral(rng: random.Random, after: tuple[str, ...] = (), fresh: bool = True) -> Funeral:
    """The funeral of the previous document if it was one of ``after`` (or, unless ``fresh``,
    of the same kind), else any of the firm's."""
    f = LAST["funeral"]
    if isinstance(f, Funeral) and LAST["kind"] in after:
        return f
    return rng.choice(FUNERALS)


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int], base: date) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return base


def note(f: Funeral | None, d: date, ref: str = "") -> None:
    LAST.update(funeral=f, day=d, ref=ref)


def mr(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def late(f: Funeral, lang: str) -> str:
    """The deceased as a reference line names them."""
    d = f.dead
    if lang == "de":
        return f"{'Frau' if d.female else 'Herr'} {d.name} (verst. {short(f.died, lang)})"
    if lang == "fr":
        return f"{'Madame' if d.female else 'Monsieur'} {d.first} {d.last.upper()}"
    return f"the late {'Mrs' if d.female else 'Mr'} {d.name}"


def client_lines(f: Funeral, lang: str) -> list[str]:
    return [mr(f.client, lang), f.client.street, f.client.town]


def age(f: Funeral) -> int:
    a = f.died.year - f.born.year
    return a - ((f.died.month, f.died.day) < (f.born.month, f.born.day))


TALK = {
    "en": {
        "care": "funeral service family arrangements deceased care chapel rest coffin "
        "cremation burial committal flowers donations notice minister celebrant hearse "
        "limousine ashes memorial condolences",
        "money": "account estate executors payment invoice balance probate funds release "
        "deceased administration settlement cheque transfer documents original copy",
        "terms": "charges estimate deposit payment disbursements third party cancellation "
        "liability agreement instructions services goods client written notice days interest",
    },
    "de": {
        "care": "Bestattung Trauerfeier Angehörige Verstorbene Überführung Sarg Urne "
        "Einäscherung Beisetzung Friedhof Grabstelle Trauerhalle Blumenschmuck Traueranzeige "
        "Abschiednahme Pfarrer Termin Kondolenz",
        "money": "Nachlass Erben Rechnung Zahlung Konto Überweisung Erbschein Betrag Ausgleich "
        "Unterlagen Vollmacht Sterbeurkunde Kosten Guthaben Freigabe",
        "terms": "Auftrag Leistungen Fremdleistungen Auslagen Vorschuss Zahlung Fälligkeit "
        "Haftung Widerruf Auftraggeber Gebühren Frist schriftlich Vereinbarung",
    },
    "fr": {
        "care": "obsèques famille défunt cérémonie inhumation crémation cercueil urne "
        "convoi salon funéraire soins mise en bière fleurs concession cimetière église "
        "recueillement condoléances",
        "money": "succession héritiers facture règlement compte virement notaire montant "
        "frais d'obsèques solde pièces justificatives acte de notoriété déblocage",
        "terms": "prestations devis acompte règlement frais avancés annulation responsabilité "
        "commande famille délai conditions tarifs TVA contrat",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "care", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "care", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


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
    look: str  # mourning | emblem | band | split | framed | civic | rule
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
NO_FOOT = ("registrar", "authority", "church", "doctor", "cemetery")
LOOKS = {
    "fd": ["mourning", "emblem", "mourning", "rule"],
    "registrar": ["civic"],
    "authority": ["civic"],
    "cemetery": ["civic", "split", "band"],
    "church": ["emblem", "mourning", "split"],
    "doctor": ["split", "band", "framed"],
}


def legal_lines(r: random.Random, h_name: str, lang: str, role: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        out = [
            f"{h_name} - Sitz {place.split()[0]} - USt-IdNr. DE{r.randint(100000000, 999999999)}"
            + (" - Mitglied im Bundesverband Deutscher Bestatter e.V." if role == "fd" else ""),
            f"{r.choice(['Sparkasse Münsterland Ost', 'Volksbank Münster', 'Commerzbank'])}"
            f" - IBAN DE{r.randint(10, 99)} 4005 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            f" {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC {serial(r, 'AAAAAAA9AAA')}",
        ]
        return out
    if lang == "fr":
        out = [
            f"{h_name} - SARL au capital de {r.randint(8, 300)} 000 EUR - SIRET "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"000{r.randint(10, 99)}"
        ]
        if role == "fd":
            out.append(
                f"Habilitation préfectorale n° {r.randint(18, 24)}-{place[:2].upper()}-"
                f"{r.randint(100, 999):04d} - ORIAS {r.randint(10000000, 19999999)}"
            )
        return out
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "fd":
        out.append(r.choice(["Member of the NAFD", "SAIF Member", "NAFD Member Firm"]))
    elif role == "plan":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    elif role == "solicitor":
        out.append(f"Authorised and regulated by the SRA No. {r.randint(100000, 699999)}")
    return [" - ".join(out)]


def make_head(row: Row, lang: str, role: str, r: random.Random) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES if role not in ("registrar", "authority") else FACES[:2])
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS.get(role, ["band", "emblem", "split", "rule", "framed", "mourning"])),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role, town)
        if role not in NO_FOOT and r.random() < 0.75
        else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lang == "en" else [])),
    )


def fd_head() -> Head:
    """The funeral director itself: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["fd"][lang][int(OFFICE["fd"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"hod/fd/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "fd", r)


def head_of(who: Issuer, role: str, lang: str = "") -> Head:
    if role == "fd":
        return fd_head()
    lang = lang or home()
    r = keyed(who, role + lang)
    return make_head(r.choice(SENDERS[role][lang]), lang, role, r)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"hod/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([48, 54, 60, 66]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def cross(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A small Latin cross, its top at ``x``, ``y``."""
    p.rect(x - 1.2 * k, y, 2.4 * k, 16 * k, fill=0.0)
    p.rect(x - 5 * k, y + 4 * k, 10 * k, 2.4 * k, fill=0.0)


def leaf(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A stylised lily leaf: fanned strokes from a stem."""
    for a in (-6, -3, 0, 3, 6):
        p.line(x, y + 18 * k, x + a * k, y + (2 + abs(a)) * k)
    p.line(x, y + 18 * k, x, y + 24 * k)


def crest(p: Page, x: float, y: float) -> None:
    """A civic shield outline with a bar."""
    pts = [(x, y), (x + 24, y), (x + 24, y + 16), (x + 12, y + 28), (x, y + 16)]
    for (a, b), (c, d) in zip(pts, pts[1:] + pts[:1], strict=True):
        p.line(a, b, c, d)
    p.rect(x + 3, y + 7, 18, 4, fill=0.2)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "mourning":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 4, h.name, s.bold, pt, "center")
        p.rect(m, y + 11, w - 2 * m, 1.8, fill=0.0)
        p.line(m, y + 15, w - m, y + 15)
        p.text(
            w / 2,
            y + 26,
            fit(f"{where}  -  {tel}".strip(" -"), s.font, 7.5, w - 2 * m),
            s.font,
            7.5,
            "center",
        )
        if h.lang == "en" and h.role == "fd":
            p.text(
                w / 2,
                y + 35,
                "Independent Family Funeral Directors",
                italic_of(s.font),
                7,
                "center",
            )
        return y + 52
    if h.look == "emblem":
        if h.lang == "en" and h.role == "fd":
            leaf(p, m + 8, y - 12)
        else:
            cross(p, m + 8, y - 12)
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m - 30)
        p.text(m + 24, y + 2, h.name, s.bold, pt)
        p.text(m + 24, y + 13, fit(where, s.font, 7, w - 2 * m - 30), s.font, 7)
        if tel:
            p.text(w - m, y + 13, tel, s.font, 7, "right")
        p.line(m, y + 20, w - m, y + 20)
        return y + 42
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.78)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 10.5, w - 2 * m - 12), s.bold, 10.5)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 22
    if h.look == "civic":
        crest(p, m, y - 14)
        parts = h.name.split(" - ")
        p.text(m + 32, y - 2, fit(parts[0], s.bold, s.size + 2, w - 2 * m - 40), s.bold, s.size + 2)
        if len(parts) > 1:
            p.text(m + 32, y + 10, parts[1], s.font, s.size)
        p.text(m + 32, y + 20, fit(where, s.font, 7, w / 2), s.font, 7)
        return y + 44
    if h.look == "rule":
        pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
        p.text(
            w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right"
        )
        return y + 44
    bw = min(w - 2 * m, 240.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.38
    para_gap = 0.8
    head_lead = 0.7
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
    parts = name.replace("-", " ").split()
    last = parts[-1]
    p.text(x + 3, y - 2, f"{parts[0][0]}{'. ' if len(last) > 5 else ''}{last}", INK, pt)
    p.line(x + 2, y + 1, x + 14 + len(last) * pt * 0.4, y - 5)


def got(lang: str, d: date) -> list[str]:
    return [
        tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
        short(d, lang),
        tr(lang, "Funeral office", "Büro", "Secrétariat"),
    ]


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4) -> None:
    """Now and then the firm's received stamp, askew on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 220),
            rng.uniform(70, 160),
            got(lang, d + timedelta(days=rng.randint(1, 5))),
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "civic", "band") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "With kind regards"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"hod/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    lang = h.lang
    first = r.choice(FEMALE[lang] + MALE[lang])
    return f"{first} {r.choice(LASTS[lang])}"


def fd_lines(lang: str, att: str = "") -> list[str]:
    h = fd_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def our_ref(f: Funeral, lang: str) -> tuple[str, str]:
    return (tr(lang, "Your ref", "Ihr Zeichen", "V/Réf."), f.ref)


CLAUSES = {
    "en": [
        "Our estimate",
        "Third-party costs (disbursements)",
        "Deposit and payment",
        "Interest on late payment",
        "Cancellation",
        "Personal effects and jewellery",
        "Cremated remains",
        "Flowers",
        "Complaints",
        "Your personal data",
        "Our obligations",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Leistungen des Bestatters",
        "Fremdleistungen und Auslagen",
        "Vorschuss und Zahlung",
        "Verzug",
        "Widerrufsrecht",
        "Nachlassgegenstände und Schmuck",
        "Urne und Aschenreste",
        "Haftung",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Devis et bon de commande",
        "Prestations courantes et optionnelles",
        "Frais avancés pour le compte de la famille",
        "Acompte et règlement",
        "Retard de paiement",
        "Droit de rétractation",
        "Objets personnels du défunt",
        "Responsabilité",
        "Réclamations et médiation",
        "Données personnelles",
    ],
}


def terms_page(rng: random.Random, s0: Style, h: Head, title: str, cols: int = 2) -> Page:
    """One page of small print in ``cols`` columns under ``title``: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 44), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, 9, "center")
    heads = CLAUSES[lg]
    k = 0
    for c in range(cols):
        x = m + c * (cw + gap)
        y = m + 20.0
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            for sub in range(rng.randint(2, 4)):
                text = f"{k + 1}.{sub + 1} " + prose(rng, lg, "terms", 2, 3)
                for ln in wrap(text, s.font, 6.5, cw):
                    if y > hh - m - 30:
                        break
                    p.text(x, y, ln, s.font, 6.5)
                    y += 7.8
                y += 2
            y += 4
            k += 1
    return p


def photo_sheet(
    rng: random.Random, s: Style, title: str, captions: list[str], header: str = ""
) -> Page:
    """A sheet of printed photos in a grid, each with a caption."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = m
    if header:
        y = running_header(p, s, header) + 6
    p.text(m, y, title, s.bold, s.size + 2)
    y += 18
    n = len(captions)
    per = 2 if w < hh else 3
    rows = -(-n // per)
    cw = (w - 2 * m - (per - 1) * 14) / per
    ch = min(cw * 0.75, (hh - y - m - 30) / rows - 24)
    for k, cap in enumerate(captions):
        x = m + (k % per) * (cw + 14)
        yy = y + (k // per) * (ch + 24)
        photo(p, x, yy, cw, ch, rng)
        p.text(x, yy + ch + 11, fit(cap, s.font, 7.5, cw), s.font, 7.5)
    return p


def section(sh: Sheets, s: Style, title: str, items: list[tuple[str, str]], per: int = 2) -> None:
    """A shaded form section with its cells of hand entries, on a new page if it does not fit."""
    w, _ = sh.size
    tall = 24
    sh.need(22 + -(-len(items) // per) * tall)
    sh.y = band(sh.page, s, sh.y + 10, title)
    sh.y = fields(sh.page, s, s.margin, sh.y, w - 2 * s.margin, items, per, tall)


def tick_line(
    sh: Sheets, s: Style, label: str, options: list[str], on: set[int], pt: float = 8
) -> None:
    """A question followed by its row of tick boxes."""
    w, _ = sh.size
    m = s.margin
    sh.need(pt * 4)
    lw = min(tw(label, s.font, pt) + 10, (w - 2 * m) * 0.45)
    sh.page.text(m, sh.y, fit(label, s.font, pt, lw - 6), s.font, pt)
    sh.y = ticks(sh.page, s, m + lw, sh.y, w - 2 * m - lw, options, on, pt, after=2.0)


CHARITIES = {
    "en": [
        "Overgate Hospice",
        "Macmillan Cancer Support",
        "British Heart Foundation",
        "Dementia UK",
    ],
    "de": ["Hospiz Lebenshaus", "Deutsche Krebshilfe", "Kinderhospiz Königskinder"],
    "fr": ["Ligue contre le cancer", "Fondation pour la recherche médicale", "Les Restos du Coeur"],
}
MUSIC = {
    "en": [
        "Entrance: Nimrod (Elgar)",
        "You'll Never Walk Alone",
        "Time to Say Goodbye",
        "Exit: My Way (Sinatra)",
        "We'll Meet Again (Vera Lynn)",
        "Reflection: Wind Beneath My Wings",
    ],
    "de": [
        "Einzug: Air (Bach)",
        "Ave Maria (Schubert)",
        "Time to Say Goodbye",
        "Auszug: Der Mond ist aufgegangen",
    ],
    "fr": [
        "Entrée : Adagio d'Albinoni",
        "Ave Maria (Schubert)",
        "Hymne à l'amour (Piaf)",
        "Sortie : Tri Martolod",
    ],
}


def hand_lines(
    sh: Sheets, s: Style, rng: random.Random, n: int, lang: str, fill: float = 0.7
) -> None:
    """``n`` ruled lines, some written on by hand."""
    w, _ = sh.size
    m = s.margin
    for _ in range(n):
        sh.need(18)
        if rng.random() < fill:
            hand(sh.page, m + 3, sh.y, words(rng, lang, "care", rng.randint(4, 9)), 9, w - 2 * m)
        sh.page.line(m, sh.y + 4, w - m, sh.y + 4)
        sh.y += 17


# ---------------------------------------------------------------------------------------------
# Templates KK: the funeral director's own papers
# ---------------------------------------------------------------------------------------------

COFFINS = {
    "en": [
        ("Chiltern oak veneer coffin, brass-effect handles", 650),
        ("Sandringham solid oak coffin", 1450),
        ("Elm veneer coffin, satin lining", 595),
        ("Willow coffin, natural", 780),
        ("Cardboard coffin, white", 295),
        ("Pembroke mahogany-finish coffin", 720),
    ],
    "de": [
        ("Sarg Kiefer natur, 6 Griffe, Innenausstattung weiß", 890),
        ("Eichensarg massiv, Modell Westfalen", 2150),
        ("Sarg Pappel, Feuerbestattung, lasiert", 640),
        ("Truhensarg Buche, Modell Ems", 1280),
    ],
    "fr": [
        ("Cercueil pin 18 mm, 4 poignées, cuvette étanche", 690),
        ("Cercueil chêne 22 mm parisien, capiton satin", 1350),
        ("Cercueil crémation peuplier 18 mm", 590),
        ("Cercueil chêne massif tombeau, 6 poignées", 1890),
    ],
}


def fd_items(
    rng: random.Random, f: Funeral, lg: str
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """The firm's own charges and the third-party costs it pays for the family."""
    coffin, c_price = rng.choice(COFFINS[lg])
    cars = rng.choice([0, 1, 1, 2])
    if lg == "en":
        own = [
            ("Professional services of the funeral director and staff", 1950.0),
            ("Care of the deceased in our chapel of rest", 295.0),
            (coffin, float(c_price)),
            ("Hearse and four bearers", 395.0),
        ]
        if rng.random() < 0.5:
            own.append(("Embalming (hygienic treatment)", 175.0))
        if cars:
            own.append((f"Limousine x {cars}", 275.0 * cars))
        if rng.random() < 0.5:
            own.append(("Printed orders of service x 100", 180.0))
        third = [
            (
                "Cremation fee" if f.cremation else "Interment fee",
                1049.0 if f.cremation else 1185.0,
            ),
            ("Medical examiner's fee", 100.0),
            ("Minister / celebrant fee", float(rng.choice([210, 230, 250]))),
            ("Newspaper notices", float(rng.randint(90, 360))),
        ]
        if not f.cremation and rng.random() < 0.6:
            third.append(("Exclusive right of burial (new grave)", 1450.0))
        if rng.random() < 0.5:
            third.append(("Organist", 75.0))
        if rng.random() < 0.5:
            third.append(("Flowers (family tribute)", float(rng.randint(85, 260))))
        return own, third
    if lg == "de":
        own = [
            ("Organisation und Beratung, Erledigung der Formalitäten", 690.0),
            ("Überführung zum Bestattungshaus (bis 25 km)", 245.0),
            ("Hygienische Versorgung und Einkleidung", 250.0),
            (coffin, float(c_price)),
            ("Aufbahrung / Abschiednahme im Abschiedsraum", 95.0),
            ("Trauerdrucksachen (Karten, Danksagung)", float(rng.choice([180, 240, 310]))),
        ]
        if f.cremation:
            own.append(("Schmuckurne Modell Lindau", 180.0))
        third = [
            (
                "Zweite Leichenschau (Amtsarzt)" if f.cremation else "Standesamt: Sterbeurkunden",
                60.0,
            ),
            ("Einäscherung Krematorium" if f.cremation else "Grabherstellung", 390.0),
            (
                "Friedhofsgebühren (Nutzungsrecht, Trauerhalle)",
                float(rng.choice([1480, 1920, 2360])),
            ),
            ("Traueranzeige Westfälische Nachrichten", float(rng.randint(380, 780))),
        ]
        if rng.random() < 0.6:
            third.append(("Trauerredner / Kirchenmusik", float(rng.choice([250, 350]))))
        return own, third
    own = [
        ("Démarches et formalités administratives", 210.0),
        (coffin, float(c_price)),
        ("Plaque d'identité gravée", 35.0),
        ("Mise en bière et fermeture du cercueil", 145.0),
        ("Corbillard avec chauffeur", 320.0),
        ("Porteurs (4)", 480.0),
    ]
    if rng.random() < 0.6:
        own.append(("Soins de conservation", 390.0))
    if rng.random() < 0.5:
        own.append(("Séjour en chambre funéraire (3 jours)", 270.0))
    third = [
        (
            "Crémation" if f.cremation else "Ouverture et fermeture de caveau",
            720.0 if f.cremation else 460.0,
        ),
        ("Avis d'obsèques presse", float(rng.randint(120, 340))),
        ("Offrande / casuel paroisse", 160.0),
    ]
    if not f.cremation and rng.random() < 0.5:
        third.append(("Concession cinquantenaire", 1250.0))
    return own, third


def title_block(p: Page, s: Style, y: float, title: str, right: str = "") -> float:
    w, _ = p.size
    m = s.margin
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m - tw(right, s.font, s.size) - 12)
    p.text(m, y, title, s.bold, pt)
    if right:
        p.text(w - m, y, right, s.font, s.size, "right")
    return y + pt + 10


def tpl_arrangement_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's funeral arrangement form filled in at the meeting with the family: the
    deceased, the applicant, the funeral, care and coffin, flowers and notices, the ashes and
    the music, ticks and hand entries, signed by the client; two to three pages, sometimes with
    the firm's terms page behind it."""
    h = fd_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.died + timedelta(days=rng.randint(1, 4))
    title = tr(lg, "Funeral Arrangement Form", "Bestattungsauftrag", "Bon de commande obsèques")
    sh = sheets(s, h, f"{title} - {f.ref} - {f.dead.name}")
    sh.y = title_block(
        sh.page, s, sh.y, title, f"{tr(lg, 'Our ref', 'Auftrags-Nr.', 'N° dossier')} {f.ref}"
    )
    section(
        sh,
        s,
        tr(lg, "1. The deceased", "1. Angaben zur verstorbenen Person", "1. Le/la défunt(e)"),
        [
            (tr(lg, "Full name", "Vor- und Familienname", "Nom et prénoms"), f.dead.name),
            (tr(lg, "Maiden name", "Geburtsname", "Nom de naissance"), f.maiden),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(f.born, lg)),
            (tr(lg, "Date of death", "Sterbedatum", "Date du décès"), short(f.died, lg)),
            (tr(lg, "Place of death", "Sterbeort", "Lieu du décès"), f.place),
            (
                tr(lg, "Usual address", "Letzte Anschrift", "Domicile"),
                f"{f.dead.street}, {f.dead.town}",
            ),
            (tr(lg, "Occupation", "Beruf", "Profession"), f.job),
            (
                tr(lg, "Marital status", "Familienstand", "Situation familiale"),
                tr(
                    lg,
                    "Married" if f.spouse else "Widowed",
                    "verheiratet" if f.spouse else "verwitwet",
                    "marié(e)" if f.spouse else "veuf/veuve",
                ),
            ),
        ],
    )
    section(
        sh,
        s,
        tr(
            lg,
            "2. Applicant / person responsible for the account",
            "2. Auftraggeber/in",
            "2. Personne ayant qualité pour pourvoir aux funérailles",
        ),
        [
            (tr(lg, "Name", "Name", "Nom"), f.client.name),
            (tr(lg, "Relationship", "Verwandtschaftsverhältnis", "Lien de parenté"), f.relation),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{f.client.street}, {f.client.town}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), f.phone),
        ],
    )
    sh.y += 6
    sh.need(60)
    sh.y = band(
        sh.page, s, sh.y + 10, tr(lg, "3. The funeral", "3. Art der Bestattung", "3. Les obsèques")
    )
    sh.y += 6
    kinds = tr(
        lg,
        "Cremation|Burial|Direct cremation",
        "Feuerbestattung|Erdbestattung|Seebestattung|Anonyme Beisetzung",
        "Crémation|Inhumation|Crémation sans cérémonie",
    ).split("|")
    tick_line(
        sh,
        s,
        tr(lg, "Type of funeral", "Bestattungsart", "Type d'obsèques"),
        kinds,
        {0 if f.cremation else 1},
    )
    section(
        sh,
        s,
        tr(lg, "Service", "Trauerfeier", "Cérémonie"),
        [
            (
                tr(lg, "Date and time", "Datum / Uhrzeit", "Date et heure"),
                f"{short(f.when, lg)}  {f.time}",
            ),
            (tr(lg, "Venue", "Ort", "Lieu"), f.venue),
            (
                tr(lg, "Minister / celebrant", "Pfarrer / Redner", "Officiant"),
                rng.choice(["", staff(h, "cel")]),
            ),
            (tr(lg, "Limousines", "Trauerwagen", "Véhicules"), str(rng.randint(0, 2))),
        ],
    )
    sh.y += 4
    yn = yes_no(lg)
    tick_line(
        sh,
        s,
        tr(lg, "Embalming", "Hygienische Versorgung", "Soins de conservation"),
        yn,
        {rng.randint(0, 1)},
    )
    tick_line(
        sh,
        s,
        tr(
            lg,
            "Viewing at chapel of rest",
            "Abschiednahme am offenen Sarg",
            "Présentation du corps",
        ),
        yn,
        {rng.randint(0, 1)},
    )
    tick_line(
        sh,
        s,
        tr(lg, "Jewellery", "Schmuck", "Bijoux"),
        tr(
            lg, "Remain|Return to family", "verbleibt|an Angehörige", "laissés|rendus à la famille"
        ).split("|"),
        {rng.randint(0, 1)},
    )
    tick_line(
        sh,
        s,
        tr(lg, "Pacemaker / implant", "Herzschrittmacher", "Stimulateur / prothèse à pile"),
        yn,
        {1 if rng.random() < 0.8 else 0},
    )
    if f.cremation:
        tick_line(
            sh,
            s,
            tr(lg, "Cremated remains", "Urne", "Devenir des cendres"),
            tr(
                lg,
                "Collect|Scatter at crematorium|Inter in grave|Hold at our office",
                "Urnengrab|Kolumbarium|Friedwald|Seebestattung",
                "Inhumation|Dispersion|Columbarium|Remise à la famille",
            ).split("|"),
            {rng.randint(0, 3)},
        )
    coffin, _ = rng.choice(COFFINS[lg])
    section(
        sh,
        s,
        tr(
            lg,
            "4. Coffin, flowers and notices",
            "4. Sarg, Blumen, Anzeigen",
            "4. Cercueil, fleurs, avis",
        ),
        [
            (tr(lg, "Coffin", "Sarg", "Cercueil"), coffin),
            (
                tr(lg, "Family flowers", "Blumenschmuck", "Fleurs"),
                rng.choice(["", tr(lg, "Casket spray", "Sargbukett", "Dessus de cercueil")]),
            ),
            (
                tr(lg, "Donations to", "Spenden an", "Dons"),
                rng.choice(["", *CHARITIES[lg]]),
            ),
            (
                tr(lg, "Newspaper", "Zeitung", "Journal"),
                rng.choice(["", SENDERS["newspaper"][lg][0][0].split(" - ")[0]]),
            ),
        ],
    )
    sh.need(90)
    sh.y = band(
        sh.page,
        s,
        sh.y + 10,
        tr(lg, "5. Music and wishes", "5. Musik und besondere Wünsche", "5. Musique et souhaits"),
    )
    sh.y += 8
    for _ in range(rng.randint(3, 6)):
        sh.need(18)
        if rng.random() < 0.8:
            tune = rng.choice([*HYMNS[lg], *MUSIC[lg]])
            hand(sh.page, m + 3, sh.y, tune, 9, w - 2 * m)
        sh.page.line(m, sh.y + 4, w - m, sh.y + 4)
        sh.y += 17
    sh.need(120)
    sh.y = band(
        sh.page,
        s,
        sh.y + 10,
        tr(
            lg, "6. Payment and documents", "6. Zahlung und Unterlagen", "6. Règlement et documents"
        ),
    )
    sh.y += 8
    tick_line(
        sh,
        s,
        tr(lg, "Account to be paid by", "Zahlung durch", "Règlement par"),
        tr(
            lg,
            "Applicant|Funeral plan|From the estate|Bank (deceased's account)",
            "Auftraggeber|Treuhandvertrag|Sterbegeldversicherung|Nachlass",
            "Famille|Contrat obsèques|Banque du défunt (5 910 EUR)",
        ).split("|"),
        {rng.randint(0, 2)},
    )
    tick_line(
        sh,
        s,
        tr(lg, "Deposit", "Anzahlung", "Acompte"),
        tr(lg, "None|£500|£1,000", "keine|500 EUR|1.000 EUR", "aucun|500 EUR|1 000 EUR").split("|"),
        {rng.randint(0, 2)},
    )
    tick_line(
        sh,
        s,
        tr(lg, "Documents received", "Unterlagen erhalten", "Pièces reçues"),
        tr(
            lg,
            "Green form|Death certificate copies|Cremation 4|Will",
            "Personalausweis|Familienstammbuch|Rentennummer|Krankenkassenkarte",
            "Livret de famille|Pièce d'identité|Certificat de décès",
        ).split("|"),
        {k for k in range(4) if rng.random() < 0.6},
    )
    sh.need(110)
    sh.y += 8
    write(
        sh,
        s,
        tr(
            lg,
            "I/We instruct the above funeral director to carry out the funeral as set "
            "out above. I/We have "
            "received the price list and the estimate and accept the terms of business "
            "overleaf. I/We "
            "confirm I/we have the right to make these arrangements and will pay the account.",
            "Ich/Wir beauftrage(n) das Bestattungsunternehmen mit der Durchführung der "
            "Bestattung wie "
            "oben angegeben. Die Allgemeinen Geschäftsbedingungen habe(n) ich/wir "
            "erhalten und erkenne(n) "
            "sie an. Ich/Wir verpflichte(n) mich/uns zur Zahlung der Kosten.",
            "Je soussigné(e) certifie avoir qualité pour pourvoir aux funérailles et commande les "
            "prestations ci-dessus. Je reconnais avoir reçu le devis et les conditions "
            "générales de vente.",
        ),
        s.size - 1.5,
    )
    sh.y += 22
    p = sh.page
    sign(p, m, sh.y, f.client.name)
    p.line(m, sh.y + 4, m + 170, sh.y + 4)
    p.text(
        m,
        sh.y + 13,
        tr(lg, "Signature of applicant", "Unterschrift Auftraggeber/in", "Signature"),
        s.font,
        7,
    )
    hand(p, w - m - 150, sh.y, short(d, lg))
    p.line(w - m - 160, sh.y + 4, w - m, sh.y + 4)
    p.text(w - m - 160, sh.y + 13, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    sh.y += 30
    p.text(
        m,
        sh.y,
        f"{tr(lg, 'Arranged by', 'Aufgenommen von', 'Conseiller funéraire')}: {staff(h, 'arr')}",
        s.font,
        8,
    )
    sh.y += 14
    pages = sh.pages
    if rng.random() < 0.45:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms of Business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
            )
        )
    numbers = rng.choice(
        [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), h.numbers]
    )
    note(f, d, f.ref)
    return close(pages, s, h, numbers=numbers)


def price_table(
    sh: Sheets, s: Style, lg: str, heading_: str, items: list[tuple[str, float]], vat: bool
) -> float:
    w, _ = sh.size
    m = s.margin
    caption(sh, s, heading_, 1)
    if vat:
        cols = columns(m, w - m, [(6, "left"), (1.3, "right"), (1.3, "right")])
        head = [
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Net", "Netto", "HT"),
            tr(lg, "Gross", "Brutto", "TTC"),
        ]
        rate = 0.19 if lg == "de" else 0.20
        rows = [[t, money(v / (1 + rate), lg), money(v, lg)] for t, v in items]
    else:
        cols = columns(m, w - m, [(7, "left"), (1.4, "right")])
        head = [tr(lg, "Item", "Leistung", "Désignation"), tr(lg, "£", "EUR", "EUR")]
        rows = [[t, money(v, lg)] for t, v in items]
    table(sh, cols, head, rows, s, rules=True, step=1.7)
    tot = sum(v for _, v in items)
    sh.page.text(
        w - m,
        sh.y + 2,
        f"{tr(lg, 'Sub-total', 'Zwischensumme', 'Sous-total')}  {money(tot, lg)}",
        s.bold,
        s.size - 1,
        "right",
    )
    sh.y += 20
    return tot


def price_list(rng: random.Random, s0: Style, h: Head) -> Page:
    """The firm's price list sent with an estimate (the standardised price list of an English
    firm, a Preisliste, the tarifs of a French firm): a table of packages and options."""
    s = paper(s0, s0.page_size, margin=min(s0.margin, 50))
    w, hh = s.page_size
    lg = h.lang
    f = Sheets((w, hh), hh - s.margin, lambda p, n: s.margin + 10)
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "Standardised Price List", "Preisliste", "Tarifs des prestations"),
        s.bold,
        15,
        "center",
    )
    f.page.text(
        w / 2,
        f.y + 14,
        f"{h.name} - {tr(lg, 'prices valid from', 'gültig ab', 'en vigueur au')} "
        f"1/{rng.randint(1, 12)}/{rng.choice([2024, 2025])}",
        s.font,
        8,
        "center",
    )
    f.y += 40
    rows = []
    for t, v in [
        (
            tr(
                lg,
                "Attended funeral (standard)",
                "Erdbestattung Grundpaket",
                "Inhumation - formule essentielle",
            ),
            3450,
        ),
        (
            tr(
                lg,
                "Unattended (direct) cremation",
                "Feuerbestattung ohne Trauerfeier",
                "Crémation sans cérémonie",
            ),
            1495,
        ),
        (
            tr(
                lg,
                "Collection of the deceased (out of hours)",
                "Überführung nachts / Wochenende",
                "Transport avant mise en bière",
            ),
            195,
        ),
        (
            tr(
                lg,
                "Care of the deceased (per day)",
                "Kühlung je Tag",
                "Séjour en chambre funéraire (par jour)",
            ),
            45,
        ),
        (tr(lg, "Embalming", "Hygienische Versorgung", "Soins de conservation"), 175),
        (
            tr(
                lg,
                "Viewing out of hours",
                "Abschiednahme außerhalb der Zeiten",
                "Présentation du défunt",
            ),
            85,
        ),
        (tr(lg, "Limousine", "Trauerfahrzeug", "Véhicule de suite"), 275),
        (tr(lg, "Printed orders of service (100)", "Trauerbriefe (50)", "Faire-part (50)"), 180),
        (
            tr(
                lg,
                "Repatriation (quotation on request)",
                "Überführung Ausland (auf Anfrage)",
                "Rapatriement (sur devis)",
            ),
            0,
        ),
    ]:
        rows.append([t, money(float(v), lg) if v else "-"])
    table(
        f,
        columns(s.margin, w - s.margin, [(6, "left"), (1.4, "right")]),
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Price (£)", "Preis (EUR)", "Prix TTC (EUR)"),
        ],
        rows,
        s,
        rules=True,
        step=2.2,
    )
    f.y += 14
    write(
        f,
        s,
        tr(
            lg,
            "Third-party fees (crematorium, cemetery, doctors, minister) are charged "
            "at cost and are not "
            "included above.",
            "Fremdleistungen werden nach Aufwand berechnet.",
            "Les frais avancés pour le compte de la famille ne sont pas compris.",
        ),
        s.size - 1.5,
    )
    return f.page


def tpl_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's written funeral estimate (Kostenvoranschlag, devis obsèques): the client's
    address, the firm's own charges and the third-party costs in two tables, the total and
    the validity note; sometimes the coffin range sheet with photos behind it."""
    h = fd_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.died + timedelta(days=rng.randint(1, 3))
    title = tr(lg, "Funeral Estimate", "Kostenvoranschlag", "Devis obsèques")
    no = serial(rng, tr(lg, "EST-9999", "KV 9999", "D-99999"))
    sh = sheets(s, h, f"{title} {no} - {f.dead.name}")
    recipient(
        sh,
        s,
        h,
        client_lines(f, lg),
        d,
        [
            (tr(lg, "Estimate no.", "KV-Nr.", "Devis n°"), no),
            (tr(lg, "Our ref", "Auftrag", "Dossier"), f.ref),
        ],
    )
    sh.y = title_block(sh.page, s, sh.y, title)
    write(
        sh,
        s,
        tr(
            lg,
            f"Funeral of {late(f, lg)}. ",
            f"Bestattung von {late(f, lg)}. ",
            f"Obsèques de {late(f, lg)}. ",
        )
        + prose(rng, lg, "care", 1, 2),
        s.size - 0.5,
    )
    own, third = fd_items(rng, f, lg)
    a = price_table(
        sh,
        s,
        lg,
        tr(
            lg,
            "Funeral director's charges",
            "Eigenleistungen",
            "Prestations courantes et optionnelles",
        ),
        own,
        lg != "en",
    )
    b = price_table(
        sh,
        s,
        lg,
        tr(
            lg,
            "Third-party costs paid on your behalf",
            "Fremdleistungen / Auslagen (durchlaufende Posten)",
            "Frais avancés pour le compte de la famille",
        ),
        third,
        False,
    )
    sh.need(70)
    p = sh.page
    p.line(w / 2, sh.y, w - m, sh.y)
    p.text(
        w - m,
        sh.y + 14,
        f"{tr(lg, 'Estimated total', 'Gesamtbetrag', 'Total TTC')}  {cash(a + b, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    sh.y += 36
    write(
        sh,
        s,
        tr(
            lg,
            "This estimate is valid for 28 days. Third-party costs are charged at cost "
            "and may change. Our services are exempt from VAT.",
            "Die Preise der Eigenleistungen enthalten 19 % MwSt. Fremdleistungen "
            "werden zu den tatsächlichen Kosten abgerechnet.",
            "Devis gratuit, établi conformément à l'arrêté du 23 août 2010. Validité : "
            "1 mois. Bon pour accord :",
        ),
        s.size - 1.5,
    )
    if lg == "fr":
        sh.y += 14
        sh.page.line(m, sh.y, m + 180, sh.y)
        sh.y += 14
    pages = close(sh.pages, s, h)
    if rng.random() < 0.35:
        names = [c for c, _ in rng.sample(COFFINS[lg], k=min(4, len(COFFINS[lg])))]
        caps = [f"{c} - {cash(v, lg)}" for c, v in COFFINS[lg] if c in names]
        pages.append(
            photo_sheet(
                rng,
                s,
                tr(lg, "Our coffin range", "Unsere Sargauswahl", "Notre gamme de cercueils"),
                caps,
                header=h.name,
            )
        )
    if rng.random() < 0.35:
        pages.append(price_list(rng, s, h))
    note(f, d, no)
    return pages


def tpl_final_account(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's final account (Rechnung, facture) for one funeral: the client's address, the
    charges and third-party costs, the deposit or plan allowance received, the balance and the
    bank details, with a remittance slip at the foot or on a page of its own."""
    h = fd_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.9 else LETTER)
    w, hh = s.page_size
    m = s.margin
    f = the_funeral(rng, ("plan_statement", "solicitor_letter"))
    d = f.when + timedelta(days=rng.randint(1, 12))
    title = tr(lg, "Funeral Account", "Rechnung", "Facture")
    no = serial(rng, tr(lg, "INV 99999", "RE-2025-9999", "FA99999"))
    sh = sheets(s, h, f"{title} {no}")
    recipient(
        sh,
        s,
        h,
        client_lines(f, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Our ref", "Auftrag", "Dossier"), f.ref),
        ],
    )
    sh.y = title_block(sh.page, s, sh.y, title)
    write(
        sh,
        s,
        tr(
            lg,
            f"To our charges for the funeral of {late(f, lg)} on {short(f.when, lg)}.",
            f"Für die Bestattung von {late(f, lg)} am {short(f.when, lg)} berechnen wir:",
            f"Obsèques de {late(f, lg)} le {short(f.when, lg)}.",
        ),
    )
    own, third = fd_items(rng, f, lg)
    a = price_table(
        sh, s, lg, tr(lg, "Our services", "Eigenleistungen", "Prestations"), own, lg != "en"
    )
    b = price_table(
        sh,
        s,
        lg,
        tr(lg, "Disbursements", "Fremdleistungen (verauslagt)", "Frais avancés"),
        third,
        False,
    )
    total = a + b
    less: list[tuple[str, str]] = [(tr(lg, "Total", "Gesamtbetrag", "Total TTC"), cash(total, lg))]
    paid = 0.0
    if LAST["kind"] == "plan_statement" or rng.random() < 0.3:
        paid = round(total * rng.uniform(0.5, 0.85), 2)
        less.append(
            (
                tr(
                    lg,
                    "Less funeral plan allowance",
                    "abzgl. Treuhandguthaben",
                    "Capital contrat obsèques",
                ),
                "-" + cash(paid, lg),
            )
        )
    elif rng.random() < 0.5:
        paid = float(rng.choice([500, 1000, 1500]))
        less.append(
            (
                tr(lg, "Less deposit received", "abzgl. Anzahlung", "Acompte versé"),
                "-" + cash(paid, lg),
            )
        )
    less.append(
        (tr(lg, "Balance due", "Zu zahlender Betrag", "Reste à payer"), cash(total - paid, lg))
    )
    sh.need(80)
    sh.y = pairs(sh.page, s, w / 2, sh.y, less, w - m, s.size) + 8
    write(
        sh,
        s,
        tr(
            lg,
            "Payment is due within 28 days of the date of this account. Please quote "
            "our reference.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer an.",
            "Règlement à réception de facture. Pénalités de retard au taux légal.",
        ),
        s.size - 1.5,
    )
    slip_h = 120
    pages = sh.pages
    if sh.y + slip_h > hh - m - 20 or rng.random() < 0.45:
        slip = Page(s.page_size)
        pages.append(slip)
        y0 = m + 20
    else:
        slip = sh.page
        y0 = hh - m - slip_h
    slip_rule(
        slip,
        m,
        w - m,
        y0,
        tr(
            lg,
            "Please detach and return with your payment",
            "Bitte abtrennen",
            "Coupon à joindre à votre règlement",
        ),
    )
    y = y0 + 22
    slip.text(
        m,
        y,
        tr(lg, "REMITTANCE ADVICE", "ÜBERWEISUNGSTRÄGER", "TALON DE RÈGLEMENT"),
        s.bold,
        s.size + 1,
    )
    y = pairs(
        slip,
        s,
        m,
        y + 16,
        [
            (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), h.name),
            (tr(lg, "Reference", "Verwendungszweck", "Référence"), f"{no} / {f.dead.last}"),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(total - paid, lg)),
            (
                "IBAN" if lg != "en" else "Sort code / Account",
                f"DE{rng.randint(10, 99)} 4005 0150 {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)} 00"
                if lg == "de"
                else f"FR76 1558 9297 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 2"
                if lg == "fr"
                else f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}  "
                f"{rng.randint(10000000, 99999999)}",
            ),
        ],
        w - m - 120,
    )
    if rng.random() < 0.3:
        stamp(
            pages[0],
            w - m - 140,
            200,
            [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d + timedelta(days=rng.randint(3, 30)), lg)],
        )
    if rng.random() < 0.25:
        q = Page(s.page_size)
        y = running_header(q, s, f"{title} {no} - {f.dead.name}") + 10
        q.text(
            m,
            y,
            tr(
                lg,
                "Schedule of disbursements",
                "Aufstellung der verauslagten Beträge",
                "Détail des frais avancés",
            ),
            s.bold,
            s.size + 2,
        )
        y += 24
        for t, v in third:
            q.text(m, y, t, s.font, s.size)
            q.text(w - m, y, money(v, lg), s.font, s.size, "right")
            y += 14
            q.text(
                m + 12,
                y,
                tr(lg, "Paid to ", "an ", "versé à ")
                + rng.choice(
                    [f.venue, fd_head().name, "HM Medical Examiner", staff(fd_head(), "rev")]
                )
                + f", {short(d - timedelta(days=rng.randint(3, 20)), lg)}",
                italic_of(s.font),
                s.size - 1.5,
            )
            y += 20
        q.line(m, y, w - m, y)
        q.text(w - m, y + 14, money(b, lg), s.bold, s.size, "right")
        pages.insert(len(sh.pages), q)
    note(f, d, no)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates KK: register office, doctors and statutory forms
# ---------------------------------------------------------------------------------------------


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str = "") -> None:
    """A round official seal: two rings of chords with its legend."""
    import math

    for rr in (r, r - 4):
        pts = [
            (cx + rr * math.cos(k * math.pi / 12), cy + rr * math.sin(k * math.pi / 12))
            for k in range(24)
        ]
        for (a, b), (c, d) in zip(pts, pts[1:] + pts[:1], strict=True):
            p.line(a, b, c, d)
    p.text(cx, cy - 4, fit(top, "Helvetica", 5.5, 2 * r - 10), "Helvetica", 5.5, "center")
    if mid:
        p.text(cx, cy + 6, fit(mid, "Helvetica-Bold", 6, 2 * r - 10), "Helvetica-Bold", 6, "center")


def registrar_head(who: Issuer) -> Head:
    return head_of(who, "registrar")


def death_cert_en(rng: random.Random, s: Style, h: Head, f: Funeral, reg: date, copy: date) -> Page:
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.rect(m - 12, m - 28, w - 2 * m + 24, hh - 2 * m + 40)
    p.text(w - m, m - 12, serial(rng, "AAA 999999"), "Courier-Bold", 9, "right")
    p.text(w / 2, m + 8, "CERTIFIED COPY OF AN ENTRY", s.bold, 13, "center")
    p.text(
        w / 2,
        m + 22,
        "Pursuant to the Births and Deaths Registration Act 1953",
        s.font,
        8,
        "center",
    )
    p.text(w / 2, m + 46, "DEATH", s.bold, 16, "center")
    p.text(w - m, m + 46, f"Entry No. {rng.randint(1, 480)}", s.font, 9, "right")
    district = h.name.split(" Register")[0]
    y = m + 66
    p.rect(m, y - 10, w - 2 * m, 30)
    p.text(m + 4, y, f"Registration district  {district}", s.font, 8)
    p.text(w / 2 + 4, y, f"Administrative area  Metropolitan District of {district}", s.font, 8)
    p.text(m + 4, y + 14, f"Sub-district  {h.town.split()[0]}", s.font, 8)
    y += 30
    dn = f"{f.dead.first.upper()} {f.dead.last.upper()}"
    place = f.place if "home" not in f.place else f"{f.dead.street}, {f.dead.town}"
    rows = [
        ("1. Date and place of death", f"{day(h, f.died)}   {place}"),
        ("2. Name and surname", dn),
        ("3. Sex", "Female" if f.dead.female else "Male"),
        ("4. Maiden surname of woman who has married", f.maiden.upper()),
        ("5. Date and place of birth", f"{day(h, f.born)}   {f.birthplace}"),
        ("6. Occupation and usual address", f"{f.job}   {f.dead.street}, {f.dead.town}"),
        (
            "7. (a) Name and surname of informant",
            f"{f.client.first.upper()} {f.client.last.upper()}",
        ),
        ("(b) Qualification", f"{f.relation} of the deceased"),
        ("(c) Usual address", f"{f.client.street}, {f.client.town}"),
        ("8. Cause of death", f"I(a) {rng.choice(CAUSES['en'])}"),
        ("", f"II {rng.choice(CAUSES['en'])}" if rng.random() < 0.5 else ""),
        ("", f"Certified by {doctor_name(rng, 'en')} MB ChB"),
        ("9. I certify that the particulars given by me above are true", ""),
        ("Signature of informant", f"{f.client.first[0]}. {f.client.last}"),
        ("10. Date of registration", day(h, reg)),
        ("11. Signature of registrar", f"{staff(h, 'reg')} Registrar"),
    ]
    for cap, val in rows:
        tall = 27
        p.rect(m, y, w - 2 * m, tall)
        p.text(m + 4, y + 9, cap, s.font, 7)
        if val:
            font = INK if cap.startswith(("Signature", "11.")) else s.font
            p.text(m + 12, y + tall - 5, fit(val, font, 9.5, w - 2 * m - 20), font, 9.5)
        y += tall
    y += 20
    p.text(
        m, y, "Certified to be a true copy of an entry in a register in my custody.", s.font, 8.5
    )
    y += 24
    sign(p, m + 10, y, staff(h, "sup"), 13)
    p.text(m + 160, y, "Superintendent Registrar", s.font, 8)
    p.text(w - m, y, day(h, copy), s.font, 8.5, "right")
    seal(p, w / 2 + 90, y - 4, 26, "REGISTER OFFICE", district.upper())
    y += 30
    for t in (
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR "
        "POSSESSING A FALSE CERTIFICATE.  ©CROWN COPYRIGHT",
        "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
    ):
        for ln in wrap(t, s.bold, 6.5, w - 2 * m):
            p.text(w / 2, y, ln, s.bold, 6.5, "center")
            y += 8.5
    return p


CAUSES = {
    "en": [
        "Bronchopneumonia",
        "Metastatic carcinoma of the pancreas",
        "Ischaemic heart disease",
        "Frailty of old age",
        "Congestive cardiac failure",
        "Chronic obstructive pulmonary disease",
        "Dementia",
        "Cerebrovascular accident",
    ],
    "de": [
        "Herz-Kreislauf-Versagen",
        "Pneumonie",
        "Metastasiertes Bronchialkarzinom",
        "Chronische Herzinsuffizienz",
        "Demenz vom Alzheimer-Typ",
        "Apoplex",
    ],
    "fr": [
        "arrêt cardio-respiratoire",
        "pneumopathie",
        "cancer du côlon métastatique",
        "insuffisance cardiaque",
        "accident vasculaire cérébral",
    ],
}


def death_cert_de(rng: random.Random, s: Style, h: Head, f: Funeral, copy: date) -> Page:
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    y = heading(p, s, h)
    p.text(w / 2, y + 20, "Sterbeurkunde", s.bold, 20, "center")
    p.text(
        w / 2,
        y + 38,
        f"Registernummer S {rng.randint(100, 2400)}/{f.died.year}",
        s.font,
        10,
        "center",
    )
    y += 70
    rows = [
        ("Familienname", f.dead.last),
        ("ggf. Geburtsname", f.maiden or "-"),
        ("Vornamen", f.dead.first + rng.choice(["", " Maria", " Josef", " Anna"])),
        ("Sterbetag", day(h, f.died)),
        ("Sterbeort", h.town.split(" ", 1)[-1]),
        ("Geburtstag", day(h, f.born)),
        ("Geburtsort", f.birthplace),
        ("Letzter Wohnsitz", f"{f.dead.street}, {f.dead.town}"),
        (
            "Familienstand",
            ("verheiratet mit " + f.spouse)
            if f.spouse
            else rng.choice(["verwitwet", "ledig", "geschieden"]),
        ),
    ]
    for cap, val in rows:
        p.text(m, y, cap, s.font, 8)
        p.text(m + 150, y, fit(val, s.bold, 11, w - 2 * m - 150), s.bold, 11)
        p.line(m + 150, y + 4, w - m, y + 4)
        y += 30
    y += 10
    p.text(
        m,
        y,
        "Bemerkungen: "
        + rng.choice(
            [
                "keine",
                "-",
                "Todeszeitpunkt: "
                + f"{rng.randint(0, 23):02d}:{rng.choice(['05', '30', '45'])} Uhr",
            ]
        ),
        s.font,
        8,
    )
    y += 40
    p.text(m, y, f"{h.town.split(' ', 1)[-1]}, {day(h, copy)}", s.font, 10)
    seal(p, m + 200, y + 40, 30, "STANDESAMT", h.town.split(" ", 1)[-1].upper())
    p.text(
        w - m,
        y,
        "Der Standesbeamte" if rng.random() < 0.5 else "Die Standesbeamtin",
        s.font,
        9,
        "right",
    )
    sign(p, w - m - 130, y + 40, staff(h, "reg"))
    p.text(w - m, y + 56, staff(h, "reg"), s.font, 8, "right")
    return p


def death_cert_fr(rng: random.Random, s: Style, h: Head, f: Funeral, copy: date) -> Page:
    p = Page(s.page_size)
    w, _ = s.page_size
    m = s.margin
    p.text(w / 2, m, "RÉPUBLIQUE FRANÇAISE", s.bold, 10, "center")
    p.text(w / 2, m + 12, "Liberté - Égalité - Fraternité", italic_of(s.font), 8, "center")
    crest(p, m, m + 24)
    p.text(m + 32, m + 34, h.name, s.bold, 11)
    p.text(m + 32, m + 46, "Service de l'état civil", s.font, 8)
    p.text(w - m, m + 34, f"Acte n° {rng.randint(1, 1400)}", s.font, 9, "right")
    full = rng.random() < 0.4
    title = "COPIE INTÉGRALE D'ACTE DE DÉCÈS" if full else "EXTRAIT D'ACTE DE DÉCÈS"
    p.text(w / 2, m + 90, title, s.bold, 13, "center")
    d = f.dead
    town = h.town.split(" ", 1)[-1]
    text = (
        f"Le {date_text(f.died, 'fr', 'long')}, à {rng.randint(0, 23)} heures {rng.randint(0, 59)} "
        f"minutes, est décédé{'e' if d.female else ''} {fr_at(f.place)}, "
        f"{d.first} {d.last.upper()}, né{'e' if d.female else ''} à {f.birthplace} le "
        f"{date_text(f.born, 'fr', 'long')}, {f.job}, "
        f"domicilié{'e' if d.female else ''} {d.street}, {d.town}."
    )
    if full:
        text += (
            f" Fils de {rng.choice(MALE['fr'])} {d.last.upper()} et de {rng.choice(FEMALE['fr'])} "
            f"{rng.choice(LASTS['fr']).upper()}, époux décédés."
            if not d.female
            else f" Fille de {rng.choice(MALE['fr'])} {(f.maiden or d.last).upper()} et de "
            f"{rng.choice(FEMALE['fr'])} {rng.choice(LASTS['fr']).upper()}, époux décédés."
        )
    if f.spouse:
        text += f" {'Épouse' if d.female else 'Époux'} de {f.spouse.split()[0]} {d.last.upper()}."
    if full:
        text += (
            f" Dressé le {date_text(f.died + timedelta(days=1), 'fr', 'long')}, à "
            f"{rng.randint(9, 16)} heures, "
            f"sur la déclaration de {f.client.first} {f.client.last.upper()}, "
            f"{rng.randint(35, 70)} ans, "
            f"{f.relation} du défunt, qui, lecture faite et invité à lire l'acte, a "
            "signé avec Nous, "
            f"{staff(h, 'oec')}, officier de l'état civil."
        )
    y = m + 125
    for ln in wrap(text, s.font, s.size + 0.5, w - 2 * m):
        p.text(m, y, ln, s.font, s.size + 0.5)
        y += (s.size + 0.5) * 1.55
    y += 20
    p.text(m, y, "Mentions marginales : néant", s.font, 9)
    y += 40
    p.text(
        w - m,
        y,
        f"Pour {'copie' if full else 'extrait'} conforme, {town}, le "
        f"{date_text(copy, 'fr', 'short')}",
        s.font,
        9.5,
        "right",
    )
    p.text(w - m, y + 14, "L'officier de l'état civil", s.font, 9, "right")
    sign(p, w - m - 120, y + 48, staff(h, "oec2"))
    seal(p, m + 90, y + 40, 30, "MAIRIE", town.upper())
    return p


def fr_at(place: str) -> str:
    """A French place of death with its preposition."""
    if place.startswith("à "):
        return place
    for head, prep in (("Centre", "au "), ("CHU", "au "), ("EHPAD", "à l'"), ("Clinique", "à la ")):
        if place.startswith(head):
            return prep + place
    return "à " + place


def tpl_death_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A certified copy of an entry of death (English certified copy with its numbered boxes,
    caution line and serial; German Sterbeurkunde with Registernummer and seal; French extrait
    or copie intégrale d'acte de décès as running text): one page, one copy."""
    h = registrar_head(who)
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    copies = (
        ("death_certificate", "medical_certificate")
        if rng.random() < 0.6
        else ("medical_certificate",)
    )
    f = the_funeral(rng, copies)
    reg = f.died + timedelta(days=rng.randint(1, 5))
    copy = reg if rng.random() < 0.7 else reg + timedelta(days=rng.randint(1, 30))
    if lg == "en":
        p = death_cert_en(rng, s, h, f, reg, copy)
    elif lg == "de":
        p = death_cert_de(rng, s, h, f, copy)
    else:
        p = death_cert_fr(rng, s, h, f, copy)
    note(f, reg)
    return [p]


def tpl_burial_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The register office's certificate for burial or cremation (the English green form with
    its tear-off notification of disposal; the German Bescheinigung für Bestattungszwecke; the
    French autorisation de fermeture du cercueil / de crémation): A5, one page."""
    h = registrar_head(who)
    lg = h.lang
    s = style_of(h, A5, margin=34, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng, ("death_certificate",))
    reg = the_day(rng, ("death_certificate",), (0, 0), f.died + timedelta(days=rng.randint(1, 5)))
    p = Page(s.page_size)
    d = f.dead
    if lg == "en":
        p.text(w - m, m - 6, "Form 9", s.font, 7, "right")
        p.text(w / 2, m + 8, "CERTIFICATE FOR BURIAL OR CREMATION", s.bold, 11, "center")
        p.text(w / 2, m + 20, "(after registration)", s.font, 8, "center")
        p.text(
            w / 2, m + 30, "Births and Deaths Registration Act 1953, s.24", s.font, 6.5, "center"
        )
        text = (
            f"I, {staff(h, 'reg')}, Registrar of Births and Deaths for the Sub-district of "
            f"{h.town.split()[0]}, in the {h.name.split(' Register')[0]} Registration District, "
            f"certify that the death of {d.first} {d.last.upper()}, aged {age(f)} years, whose "
            f"usual address was {d.street}, {d.town}, and who died on {day(h, f.died)}, was "
            f"registered by me on {day(h, reg)}."
        )
        y = text_block(p, s, m, m + 54, w - 2 * m, text, 9)
        y += 18
        sign(p, m, y, staff(h, "reg"))
        p.text(w / 2, y, "Registrar", s.font, 8)
        p.text(w - m, y, f"Entry No. {rng.randint(1, 480)}", s.font, 8, "right")
        y += 30
        slip_rule(p, m - 10, w - m + 10, y, "Detach here")
        y += 16
        p.text(m, y, "Part C - NOTIFICATION OF DISPOSAL", s.bold, 9)
        y = text_block(
            p,
            s,
            m,
            y + 14,
            w - 2 * m,
            "To be completed by the person effecting the disposal and "
            "returned to the registrar within 96 hours of the date of disposal.",
            7,
        )
        for cap in ("Name of deceased", "Date of burial / cremation", "Place", "Signature"):
            p.text(m, y + 10, cap, s.font, 7.5)
            p.line(m + 110, y + 12, w - m, y + 12)
            y += 20
    elif lg == "de":
        p.text(m, m, h.name, s.bold, 10)
        p.text(m, m + 11, f"{h.street}, {h.town}", s.font, 7)
        p.line(m, m + 16, w - m, m + 16)
        p.text(w / 2, m + 44, "Bescheinigung für Bestattungszwecke", s.bold, 12, "center")
        p.text(
            w / 2,
            m + 56,
            "(zur Vorlage bei der Friedhofsverwaltung / dem Krematorium)",
            s.font,
            7.5,
            "center",
        )
        text = (
            f"Der Sterbefall von {mr(d, 'de')}, geboren am {day(h, f.born)} in {f.birthplace}, "
            f"zuletzt wohnhaft {d.street}, {d.town}, verstorben am {day(h, f.died)} in "
            f"{h.town.split(' ', 1)[-1]}, ist unter der Registernummer S "
            f"{rng.randint(100, 2400)}/{f.died.year} "
            "im Sterberegister beurkundet worden."
        )
        y = text_block(p, s, m, m + 84, w - 2 * m, text, 9.5)
        y = text_block(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            "Diese Bescheinigung ist gebührenfrei und nur für Zwecke der Bestattung gültig.",
            7.5,
        )
        y += 30
        p.text(m, y, f"{h.town.split(' ', 1)[-1]}, {day(h, reg)}", s.font, 9)
        seal(p, m + 60, y + 50, 26, "STANDESAMT", h.town.split(" ", 1)[-1].upper())
        sign(p, w - m - 110, y + 40, staff(h, "reg"))
        p.text(w - m, y + 54, "Standesbeamtin/Standesbeamter", s.font, 7, "right")
    else:
        crest(p, m, m - 8)
        p.text(m + 32, m + 2, h.name, s.bold, 10)
        p.text(m + 32, m + 13, "Service de l'état civil", s.font, 7.5)
        title = (
            "AUTORISATION DE CRÉMATION" if f.cremation else "AUTORISATION DE FERMETURE DU CERCUEIL"
        )
        p.text(w / 2, m + 50, title, s.bold, shrink(title, s.bold, 11, w - 2 * m), "center")
        text = (
            f"Le Maire de {h.town.split(' ', 1)[-1]}, vu le Code général des "
            "collectivités territoriales, "
            "notamment les articles R. 2213-17 "
            f"{'et R. 2213-34' if f.cremation else ''}, vu le certificat de décès "
            f"établi le {short(f.died, 'fr')}, vu la demande présentée par {f.client.first} "
            f"{f.client.last.upper()}, {f.relation} du défunt, AUTORISE "
            + ("la crémation du corps de " if f.cremation else "la fermeture du cercueil de ")
            + f"{d.first} {d.last.upper()}, décédé{'e' if d.female else ''} le "
            f"{short(f.died, 'fr')}, "
            f"âgé{'e' if d.female else ''} de {age(f)} ans."
        )
        y = text_block(p, s, m, m + 80, w - 2 * m, text, 9)
        y += 20
        p.text(
            w - m,
            y,
            f"Fait à {h.town.split(' ', 1)[-1]}, le {short(reg, 'fr')}",
            s.font,
            9,
            "right",
        )
        p.text(w - m, y + 12, "Pour le Maire et par délégation,", s.font, 8, "right")
        sign(p, w - m - 100, y + 40, staff(h, "oec"))
        seal(p, m + 60, y + 40, 26, "MAIRIE", h.town.split(" ", 1)[-1].upper())
    note(f, reg)
    return [p]


def doctor_name(rng: random.Random, lg: str) -> str:
    first = rng.choice(FEMALE[lg] + MALE[lg])
    return tr(
        lg,
        f"Dr {first} {rng.choice(LASTS[lg])}",
        f"Dr. med. {first} {rng.choice(LASTS[lg])}",
        f"Dr {first} {rng.choice(LASTS[lg])}",
    )


def form_sheets(s: Style, code: str, title: str, sub: str = "") -> Sheets:
    """Pages of a statutory form: the form code boxed at the top right of every page, the
    title on the first."""

    def start(p: Page, n: int) -> float:
        w, _ = p.size
        m = s.margin
        bw = tw(code, s.bold, 10) + 14
        p.rect(w - m - bw, m - 30, bw, 18)
        p.text(w - m - bw / 2, m - 17, code, s.bold, 10, "center")
        if n > 1:
            return m + 2
        p.text(
            m,
            m + 10,
            fit(title, s.bold, 13, w - 2 * m),
            s.bold,
            shrink(title, s.bold, 13, w - 2 * m),
        )
        y = m + 24
        if sub:
            for ln in wrap(sub, s.font, 7.5, w - 2 * m):
                p.text(m, y, ln, s.font, 7.5)
                y += 9.5
        return y + 10

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 16, start)


def question(
    sh: Sheets,
    s: Style,
    no: int,
    text: str,
    answer: str = "",
    options: list[str] | None = None,
    on: int = 0,
) -> None:
    """A numbered question with its tick boxes or a hand-written answer on a rule."""
    w, _ = sh.size
    m = s.margin
    lines = wrap(f"{no}. {text}", s.font, s.size - 0.5, w - 2 * m - (150 if options else 0))
    sh.need(len(lines) * s.size * 1.3 + 24)
    y0 = sh.y
    for ln in lines:
        sh.page.text(m, sh.y, ln, s.font, s.size - 0.5)
        sh.y += (s.size - 0.5) * 1.3
    if options:
        yt = ticks(sh.page, s, w - m - 140, y0, 140, options, {on}, 8)
        sh.y = max(sh.y + 6, yt)
        if answer:
            hand(sh.page, m + 14, sh.y + 4, answer, 9, w - 2 * m - 20)
            sh.page.line(m + 10, sh.y + 8, w - m, sh.y + 8)
            sh.y += 16
    else:
        hand(sh.page, m + 14, sh.y + 6, answer, 9.5, w - 2 * m - 20)
        sh.page.line(m + 10, sh.y + 10, w - m, sh.y + 10)
        sh.y += 20
    sh.y += 4


def tpl_cremation_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The applicant's cremation application on the statutory form (Cremation 1 over three or
    four pages 'Page i of n'; the German Antrag auf Feuerbestattung with the declaration of
    the deceased's wishes; the French demande d'autorisation de crémation addressed to the
    mayor, sometimes with the attestation on the ashes): numbered questions, Yes/No ticks, hand
    entries and the applicant's signature."""
    lg = home()
    h = head_of(who, "crematorium")
    r = keyed(who, "c1")
    s = Style(
        *r.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")]),
        9.5,
        r.choice([48, 54]),
        "none",
        "bottom",
        A4,
        "short",
    )
    w, _ = s.page_size
    m = s.margin
    f = matching(rng, True, ("arrangement_form", "medical_certificate"))
    d = the_day(rng, ("arrangement_form",), (0, 0), f.died + timedelta(days=rng.randint(2, 6)))
    d_ = f.dead
    yn = yes_no(lg)
    no_ = 1
    if lg == "en":
        sh = form_sheets(
            s,
            "Cremation 1",
            "Application for cremation of the body of a person who has died",
            "The Cremation (England and Wales) Regulations 2008, regulation 15. This form must be "
            "completed by the applicant. Please write in BLOCK CAPITALS.",
        )
        section(
            sh,
            s,
            "Part 1 - Applicant's details",
            [
                ("Full name", f"{f.client.first} {f.client.last}".upper()),
                ("Relationship to the deceased", f.relation),
                ("Address", f"{f.client.street}, {f.client.town}"),
                ("Telephone", f.phone),
            ],
        )
        section(
            sh,
            s,
            "Part 2 - Details of the deceased",
            [
                ("Full name", f"{d_.first} {d_.last}".upper()),
                ("Date of birth", short(f.born, lg)),
                ("Address", f"{d_.street}, {d_.town}"),
                ("Occupation", f.job),
                ("Date of death", short(f.died, lg)),
                ("Place of death", f.place),
            ],
        )
        sh.y = band(sh.page, s, sh.y + 10, "Part 3 - Questions") + 8
        qs = [
            ("Are you the executor or the nearest relative of the deceased?", 0, ""),
            (
                "Are you aware of any near relative of the deceased who has objected "
                "to the cremation?",
                1,
                "",
            ),
            (
                "Did the deceased leave written instructions about the disposal of their body?",
                rng.randint(0, 1),
                "",
            ),
            (
                "Do you know of any reason to suspect that the death was due to "
                "violence, poison, neglect "
                "or any other unnatural cause?",
                1,
                "",
            ),
            (
                "Do you know any reason why further examination of the remains of the "
                "deceased is desirable?",
                1,
                "",
            ),
            (
                "Do you wish to inspect the medical certificates (Cremation 4) before "
                "the cremation takes place?",
                rng.randint(0, 1),
                "",
            ),
            ("Has the death been reported to the coroner?", 1 if rng.random() < 0.8 else 0, ""),
        ]
        for text, on, ans in qs:
            question(sh, s, no_, text, ans, yn, on)
            no_ += 1
        question(
            sh, s, no_, "Name of the crematorium where the cremation is to take place", f.venue
        )
        no_ += 1
        question(
            sh,
            s,
            no_,
            "What do you want to happen to the ashes?",
            "",
            ["Collect", "Funeral director", "Scatter"],
            rng.randint(0, 2),
        )
        no_ += 1
        question(
            sh,
            s,
            no_,
            "Name and address of the funeral director",
            f"{fd_head().name}, {fd_head().town}",
        )
        section(
            sh,
            s,
            "Part 4 - Funeral arrangements",
            [
                ("Date of cremation", short(f.when, lg)),
                ("Time", f.time),
                (
                    "Officiant",
                    rng.choice(["", "Revd " + staff(fd_head(), "rev"), "Civil celebrant"]),
                ),
                ("Service at", rng.choice([f.venue, "Parish church, then committal"])),
            ],
        )
        sh.y += 6
        no_ += 1
        for text, on in [
            (
                "Is the deceased's body to be cremated with any item (e.g. jewellery, "
                "photographs) which "
                "the crematorium should know about?",
                rng.randint(0, 1),
            ),
            (
                "Was the deceased's body the subject of a post-mortem examination?",
                1 if rng.random() < 0.85 else 0,
            ),
            ("Has the body been exhumed, or is it body parts only?", 1),
            (
                "Did the deceased die outside England and Wales?",
                0 if f.abroad.startswith("from") else 1,
            ),
        ]:
            question(sh, s, no_, text, "", yn, on)
            no_ += 1
        sh.new_page()
        sh.y = band(sh.page, s, sh.y + 10, "Part 5 - Declaration") + 8
        decl = (
            "I declare that I am the person making this application, that the answers "
            "given above are true "
            "to the best of my knowledge and belief and that I have not omitted any "
            "material information. "
            "It is an offence to wilfully make a false representation to obtain a cremation."
        )
        numbers = "Page {i} of {n}"
    elif lg == "de":
        sh = form_sheets(
            s,
            "FB-1",
            "Antrag auf Feuerbestattung",
            f"an: {h.name}, {h.street}, {h.town} - gemäß Bestattungsgesetz NRW (BestG NRW) § 15",
        )
        section(
            sh,
            s,
            "A. Verstorbene Person",
            [
                ("Familienname, Vorname", f"{d_.last}, {d_.first}"),
                ("Geburtsdatum / -ort", f"{short(f.born, lg)}  {f.birthplace}"),
                ("Letzte Anschrift", f"{d_.street}, {d_.town}"),
                ("Sterbedatum / -ort", f"{short(f.died, lg)}  {f.place}"),
            ],
        )
        section(
            sh,
            s,
            "B. Antragsteller/in (bestattungspflichtige Person)",
            [
                ("Name, Vorname", f"{f.client.last}, {f.client.first}"),
                ("Verwandtschaftsverhältnis", f.relation),
                ("Anschrift", f"{f.client.street}, {f.client.town}"),
                ("Telefon", f.phone),
            ],
        )
        sh.y = band(sh.page, s, sh.y + 10, "C. Wille der verstorbenen Person") + 8
        question(
            sh,
            s,
            1,
            "Die Feuerbestattung entspricht dem Willen der verstorbenen Person. Dieser wurde",
            "",
            ["schriftlich", "mündlich", "vermutet"],
            rng.randint(0, 2),
        )
        question(
            sh,
            s,
            2,
            "Sind Ihnen Angehörige bekannt, die der Feuerbestattung widersprechen?",
            "",
            yn,
            1,
        )
        question(
            sh,
            s,
            3,
            "Herzschrittmacher oder sonstige batteriebetriebene Implantate vorhanden?",
            "",
            yn,
            1 if rng.random() < 0.8 else 0,
        )
        question(
            sh,
            s,
            4,
            "Beisetzung der Urne auf dem Friedhof / in",
            rng.choice(
                [
                    "Zentralfriedhof Münster",
                    "Friedwald Nottuln",
                    "Seebestattung Ostsee",
                    "Waldfriedhof Lauheide",
                ]
            ),
        )
        question(sh, s, 5, "Mit der Durchführung ist beauftragt", fd_head().name)
        decl = (
            "Ich versichere die Richtigkeit meiner Angaben. Mir ist bekannt, dass die "
            "Einäscherung erst nach "
            "Vorliegen der Bescheinigung über die zweite Leichenschau erfolgen darf."
        )
        numbers = "Seite {i} von {n}"
    else:
        sh = form_sheets(
            s,
            "Crémation",
            "DEMANDE D'AUTORISATION DE CRÉMATION",
            f"à Monsieur le Maire de {f.client.town.split(' ', 1)[-1]} - article R. 2213-34 du "
            "Code général des collectivités territoriales",
        )
        section(
            sh,
            s,
            "Je soussigné(e)",
            [
                ("Nom et prénoms", f"{f.client.last.upper()} {f.client.first}"),
                ("Qualité", f.relation),
                ("Adresse", f"{f.client.street}, {f.client.town}"),
                ("Téléphone", f.phone),
            ],
        )
        section(
            sh,
            s,
            "sollicite l'autorisation de procéder à la crémation du corps de",
            [
                ("Nom et prénoms", f"{d_.last.upper()} {d_.first}"),
                ("Né(e) le / à", f"{short(f.born, lg)}  {f.birthplace}"),
                ("Décédé(e) le", short(f.died, lg)),
                ("à", f.place),
                ("Crématorium", f.venue),
                ("Date prévue", f"{short(f.when, lg)} {f.time}"),
            ],
        )
        sh.y += 6
        question(
            sh,
            s,
            1,
            "Le défunt a exprimé sa volonté d'être incinéré",
            "",
            ["par écrit", "oralement"],
            rng.randint(0, 1),
        )
        question(
            sh,
            s,
            2,
            "Le défunt était-il porteur d'une prothèse fonctionnant au moyen d'une pile ?",
            "",
            yn,
            1,
        )
        sh.need(70)
        sh.page.text(m, sh.y, "Pièces jointes :", s.bold, 8.5)
        sh.y += 12
        sh.y = ticks(
            sh.page,
            s,
            m,
            sh.y,
            w - 2 * m,
            [
                "certificat de décès",
                "certificat médical (art. R. 2213-34)",
                "copie pièce d'identité",
            ],
            {0, 1, 2},
            8,
        )
        decl = "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus."
        numbers = "none"
    sh.need(100)
    sh.y += 10
    write(sh, s, decl, s.size - 1)
    sh.y += 20
    p = sh.page
    sign(p, m + 4, sh.y, f.client.name)
    p.line(m, sh.y + 4, m + 180, sh.y + 4)
    p.text(m, sh.y + 13, tr(lg, "Signature of applicant", "Unterschrift", "Signature"), s.font, 7)
    hand(p, w - m - 140, sh.y, short(d, lg))
    p.line(w - m - 150, sh.y + 4, w - m, sh.y + 4)
    p.text(w - m - 150, sh.y + 13, tr(lg, "Date", "Datum", "Fait le"), s.font, 7)
    pages = sh.pages
    if lg == "fr" and rng.random() < 0.4:
        q = Page(s.page_size)
        q.text(
            w / 2, m + 20, "ATTESTATION RELATIVE À LA DESTINATION DES CENDRES", s.bold, 11, "center"
        )
        y = text_block(
            q,
            s,
            m,
            m + 60,
            w - 2 * m,
            f"Je soussigné(e) {f.client.first} {f.client.last.upper()}, personne ayant "
            "qualité pour pourvoir "
            f"aux funérailles de {d_.first} {d_.last.upper()}, déclare que l'urne cinéraire sera :",
        )
        y = ticks(
            q,
            s,
            m + 10,
            y + 4,
            w - 2 * m,
            [
                "inhumée dans une sépulture",
                "déposée dans une case de columbarium",
                "scellée sur un monument",
                "dispersée en pleine nature",
            ],
            {rng.randint(0, 3)},
            8.5,
        )
        hand(
            q,
            m + 10,
            y + 16,
            rng.choice(["Cimetière Saint-Marc, Quimper", "Jardin du souvenir", "Pointe du Raz"]),
        )
        q.line(m, y + 20, w - m, y + 20)
        sign(q, w - m - 140, y + 70, f.client.name)
        q.text(w - m - 150, y + 84, f"Fait le {short(d, lg)}", s.font, 8)
        pages.append(q)
    note(f, d)
    return foot_and_number(pages, s, [], numbers, "bc")


def tpl_medical_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The doctor's medical certificate (Cremation 4 over two or three pages with the medical
    examiner's confirmation; the German Todesbescheinigung, non-confidential part; the French
    certificat de décès, volet administratif): cause of death, the doctor's ticks on implants,
    infection and medico-legal questions, signature and practice stamp."""
    h = head_of(who, "doctor")
    lg = h.lang
    s = Style(h.font, h.bold, 9, 46, "none", "bottom", A4, "short")
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.died + timedelta(days=rng.randint(0, 3))
    d_ = f.dead
    doc = doctor_name(rng, lg)
    yn = yes_no(lg)
    numbers = "none"
    if lg == "en":
        sh = form_sheets(
            s,
            "Cremation 4",
            "Medical certificate",
            "To be completed by the attending practitioner. The Cremation (England and Wales) "
            "Regulations 2008, regulation 17.",
        )
        section(
            sh,
            s,
            "Deceased",
            [
                ("Full name", f"{d_.first} {d_.last}".upper()),
                ("Date of death", short(f.died, lg)),
                ("Address", f"{d_.street}, {d_.town}"),
                ("Place of death", f.place),
            ],
        )
        section(
            sh,
            s,
            "Medical practitioner",
            [
                ("Name", doc),
                ("GMC number", str(rng.randint(2000000, 7999999))),
                ("Practice / hospital", h.name),
                ("Telephone", h.phone or serial(rng, "01422 999 999")),
            ],
        )
        sh.y += 10
        k = 1
        for text, ans, opt in [
            (
                "Were you the deceased's usual medical practitioner?",
                "",
                0 if "Surgery" in h.name or "Practice" in h.name else 1,
            ),
            (
                "For how long did you attend the deceased during their last illness?",
                rng.choice(["3 weeks", "4 days", "18 months", "since admission"]),
                -1,
            ),
            (
                "On what date did you last see the deceased alive?",
                short(f.died - timedelta(days=rng.randint(0, 12)), lg),
                -1,
            ),
            ("Did you see and examine the body after death?", "", 0),
            ("Cause of death: I(a)", rng.choice(CAUSES["en"]), -1),
            ("I(b) / II", rng.choice(CAUSES["en"] + ["", ""]), -1),
            (
                "Did the deceased undergo any operation in the year before death?",
                "",
                rng.randint(0, 1),
            ),
            (
                "Do you have any reason to suspect that the death was due to violence, "
                "poison or neglect?",
                "",
                1,
            ),
            ("Is there any hazardous implant (e.g. pacemaker) in the body?", "", rng.randint(0, 1)),
            ("Has the coroner been informed about the death?", "", 1),
            (
                "What was the mode of death and its duration?",
                rng.choice(["Syncope - minutes", "Coma - 2 days", "Exhaustion - some weeks"]),
                -1,
            ),
            (
                "Who nursed the deceased during their last illness?",
                rng.choice(["Ward staff", "District nurses and family", "Care home staff"]),
                -1,
            ),
            (
                "Were there any persons present at the moment of death?",
                rng.choice(["Daughter", "Nursing staff", "None"]),
                -1,
            ),
            (
                "Do you know of any reason why a further examination of the body is desirable?",
                "",
                1,
            ),
        ]:
            if opt < 0:
                question(sh, s, k, text, ans)
            else:
                question(sh, s, k, text, "", yn, opt)
            k += 1
        sh.new_page()
        sh.y = band(sh.page, s, sh.y + 10, "Part 5 - Medical examiner's scrutiny") + 8
        sh.y = ticks(
            sh.page,
            s,
            s.margin,
            sh.y,
            w - 2 * s.margin,
            [
                "Medical records reviewed",
                "Discussed with attending practitioner",
                "Next of kin spoken to",
            ],
            {0, 1, 2} if rng.random() < 0.7 else {0, 2},
            8,
        )
        write(
            sh,
            s,
            "I confirm that I have scrutinised the cause of death given above and "
            "that, to the best "
            "of my knowledge and belief, it is correct. I have no reason to refer the "
            "death to the coroner.",
        )
        section(
            sh,
            s,
            "Medical examiner's confirmation",
            [
                ("Medical examiner", doctor_name(rng, lg)),
                ("ME office", "Calderdale & Huddersfield NHS Medical Examiner Service"),
                ("Date of scrutiny", short(d + timedelta(days=1), lg)),
                ("Outcome", "Cause of death confirmed"),
            ],
        )
        numbers = "Page {i} of {n}"
    elif lg == "de":
        sh = form_sheets(
            s,
            "Blatt 1",
            "Todesbescheinigung - Nichtvertraulicher Teil",
            "Leichenschauschein nach dem Bestattungsgesetz NRW. Ausfertigung für das "
            "Standesamt / den Bestatter.",
        )
        section(
            sh,
            s,
            "Angaben zur verstorbenen Person",
            [
                ("Familienname", d_.last),
                ("Vornamen", d_.first),
                ("Geburtsdatum", short(f.born, lg)),
                ("Geschlecht", "weiblich" if d_.female else "männlich"),
                ("Wohnanschrift", f"{d_.street}, {d_.town}"),
                ("Sterbeort", f.place),
                ("Sterbedatum", short(f.died, lg)),
                ("Uhrzeit", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
            ],
            per=2,
        )
        sh.y += 8
        tick_line(
            sh,
            s,
            "Todesart",
            ["natürlicher Tod", "nicht natürlicher Tod", "ungeklärt"],
            {0 if rng.random() < 0.9 else 2},
        )
        tick_line(sh, s, "Anhaltspunkte für meldepflichtige Krankheit", yn, {1})
        tick_line(
            sh,
            s,
            "Herzschrittmacher / Implantat mit Batterie",
            ["nein", "ja, entfernt", "ja, nicht entfernt"],
            {rng.choice([0, 0, 1])},
        )
        tick_line(sh, s, "Sichere Todeszeichen", ["Totenflecke", "Totenstarre", "Fäulnis"], {0, 1})
        section(
            sh,
            s,
            "Leichenschau",
            [
                (
                    "Datum / Uhrzeit der Leichenschau",
                    f"{short(f.died, lg)} "
                    f"{rng.randint(7, 22)}:{rng.choice(['10', '25', '40', '55'])}",
                ),
                ("Ärztin / Arzt", doc),
                ("Einrichtung", h.name),
                ("LANR", str(rng.randint(100000000, 999999999))),
            ],
        )
    else:
        sh = form_sheets(
            s,
            "CERFA 13*",
            "CERTIFICAT DE DÉCÈS - Volet administratif",
            "Article L. 2223-42 du code général des collectivités territoriales. Ce "
            "volet est remis "
            "à la famille ou à l'opérateur funéraire.",
        )
        section(
            sh,
            s,
            "Défunt",
            [
                ("Commune de décès", h.town.split(" ", 1)[-1]),
                (
                    "Date et heure du décès",
                    f"{short(f.died, lg)} {rng.randint(0, 23)}h{rng.randint(0, 59):02d}",
                ),
                ("Nom", d_.last.upper()),
                ("Prénoms", d_.first),
                ("Date de naissance", short(f.born, lg)),
                ("Sexe", "F" if d_.female else "M"),
                ("Domicile", f"{d_.street}, {d_.town}"),
                ("Lieu du décès", f.place),
            ],
        )
        sh.y += 8
        for q_, on in [
            ("Caractère réel et constant de la mort", 0),
            ("Obstacle médico-légal", 1),
            ("Obligation de mise en bière immédiate en cercueil hermétique", 1),
            ("Obligation de mise en bière immédiate en cercueil simple", 1),
            ("Obstacle aux soins de conservation", 1 if rng.random() < 0.8 else 0),
            ("Présence d'une prothèse fonctionnant au moyen d'une pile", rng.randint(0, 1)),
            ("Prélèvement en vue de rechercher la cause du décès", 1),
        ]:
            tick_line(sh, s, q_, yn, {on})
        section(
            sh,
            s,
            "Médecin",
            [
                ("Nom", doc),
                ("N° RPPS", str(rng.randint(10000000000, 10999999999))),
                ("Établissement / cabinet", h.name),
                ("Date", short(d, lg)),
            ],
        )
    sh.need(90)
    sh.y += 24
    p = sh.page
    sign(p, m + 4, sh.y, doc.replace("Dr. med. ", "").replace("Dr ", ""))
    p.line(m, sh.y + 4, m + 180, sh.y + 4)
    p.text(
        m,
        sh.y + 13,
        tr(lg, "Signature", "Unterschrift und Stempel", "Signature et cachet"),
        s.font,
        7,
    )
    stamp(p, w - m - 180, sh.y - 30, [doc, h.name[:34], h.town])
    note(f, d)
    return foot_and_number(sh.pages, s, [], numbers, "bc")


# ---------------------------------------------------------------------------------------------
# Templates KK: crematoria, cemeteries, churches and celebrants
# ---------------------------------------------------------------------------------------------


def matching(rng: random.Random, cremation: bool, after: tuple[str, ...] = ()) -> Funeral:
    """A funeral of the firm's with the wanted kind of disposal, where there is one."""
    f = the_funeral(rng, after)
    if f.cremation == cremation:
        return f
    pool = [x for x in FUNERALS if x.cremation == cremation]
    return rng.choice(pool) if pool else f


def tpl_crematorium_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A crematorium's or cemetery office's booking confirmation to the firm: the deceased, the
    date, time and chapel, the slot, music and webcast ticks, the fees and the documents still
    required, ticked as received; one page of A4 or A5."""
    role = "crematorium" if keyed(who, "bk").random() < 0.6 else "cemetery"
    h = head_of(who, role)
    lg = h.lang
    size = keyed(who, "bksize").choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = s.page_size
    m = s.margin
    f = matching(rng, role == "crematorium")
    d = f.died + timedelta(days=rng.randint(3, 7))
    sh = sheets(s, h)
    no = serial(rng, tr(lg, "BK99999", "T-2025-9999", "RES 99999"))
    recipient(sh, s, h, fd_lines(lg), d, [(tr(lg, "Booking no.", "Vorgang", "Réservation"), no)])
    title = tr(lg, "Confirmation of Booking", "Terminbestätigung", "Confirmation de réservation")
    sh.y = title_block(sh.page, s, sh.y, title)
    chapel = rng.choice(
        tr(
            lg,
            "Main Chapel|East Chapel|Garden Chapel",
            "Trauerhalle|Kapelle|Große Halle",
            "Salle de cérémonie|Salle Iroise|Salon de recueillement",
        ).split("|")
    )
    items = [
        (tr(lg, "Deceased", "Verstorbene/r", "Défunt(e)"), f"{f.dead.name} ({age(f)})"),
        (
            tr(lg, "Date and time", "Datum / Uhrzeit", "Date et heure"),
            f"{day(h, f.when)}  {f.time}",
        ),
        (
            tr(lg, "Chapel / venue", "Ort", "Salle"),
            chapel
            if role == "crematorium"
            else tr(
                lg,
                f"Section {serial(rng, 'A')}, grave {rng.randint(1, 400)}",
                f"Feld {rng.randint(1, 60)}, Reihe {rng.randint(1, 20)}, Nr. {rng.randint(1, 40)}",
                f"Carré {rng.randint(1, 30)}, allée {serial(rng, 'A')}, n° {rng.randint(1, 300)}",
            ),
        ),
        (
            tr(lg, "Service type", "Art", "Type"),
            rng.choice(
                tr(
                    lg,
                    "Service and committal|Committal only|Direct cremation",
                    "Trauerfeier mit Einäscherung|Einäscherung ohne Feier",
                    "Cérémonie et crémation|Crémation sans cérémonie",
                ).split("|")
                if role == "crematorium"
                else tr(
                    lg,
                    "Burial service at graveside|Interment of cremated remains",
                    "Erdbestattung|Urnenbeisetzung",
                    "Inhumation en caveau|Inhumation en pleine terre|Dépôt d'urne",
                ).split("|")
            ),
        ),
    ]
    if role == "cemetery" and not f.cremation:
        items.append(
            (
                tr(lg, "Grave", "Grabart", "Sépulture"),
                rng.choice(
                    tr(
                        lg,
                        "New grave (purchase)|Reopen family grave|Cremated remains plot",
                        "Wahlgrab|Reihengrab|Urnenwahlgrab",
                        "Caveau familial|Pleine terre|Cavurne",
                    ).split("|")
                ),
            )
        )
    sh.y = pairs(sh.page, s, m, sh.y, items, w - m, s.size) + 6
    if role == "crematorium":
        tick_line(
            sh, s, tr(lg, "Music system", "Musik", "Musique"), yes_no(lg), {rng.randint(0, 1)}
        )
        tick_line(
            sh,
            s,
            tr(lg, "Webcast", "Livestream", "Retransmission"),
            yes_no(lg),
            {rng.randint(0, 1)},
        )
    sh.y += 4
    fees = [
        (
            tr(
                lg,
                "Cremation fee" if role == "crematorium" else "Interment fee",
                "Gebühr Einäscherung" if role == "crematorium" else "Bestattungsgebühr",
                "Crémation" if role == "crematorium" else "Inhumation",
            ),
            float(rng.choice([890, 1049, 1185, 720, 460])),
        )
    ]
    if rng.random() < 0.5:
        fees.append(
            (
                tr(lg, "Extended service time", "Nutzung Trauerhalle", "Salle de cérémonie"),
                float(rng.choice([120, 210, 150])),
            )
        )
    if rng.random() < 0.4:
        fees.append(
            (
                tr(lg, "Webcast / recording", "Glockengeläut", "Dispersion au jardin du souvenir"),
                float(rng.choice([65, 90, 45])),
            )
        )
    cols = columns(m, w - m, [(5, "left"), (1.3, "right")])
    table(
        sh,
        cols,
        [tr(lg, "Fees", "Gebühren", "Tarifs"), tr(lg, "£", "EUR", "EUR")],
        [[t, money(v, lg)] for t, v in fees],
        s,
        rules=True,
    )
    sh.page.text(
        w - m,
        sh.y + 2,
        f"{tr(lg, 'Total', 'Summe', 'Total')} {cash(sum(v for _, v in fees), lg)}",
        s.bold,
        s.size,
        "right",
    )
    sh.y += 20
    docs = tr(
        lg,
        "Application (Cremation 1)|Medical certificate (Cremation 4)|Certificate for "
        "burial or cremation (green form)",
        "Sterbeurkunde|Zweite Leichenschau|Antrag auf Feuerbestattung",
        "Autorisation du maire|Certificat de décès|Demande de la famille",
    ).split("|")
    if role == "cemetery":
        docs = tr(
            lg,
            "Notice of interment|Certificate for burial (green form)|Grave deed",
            "Sterbeurkunde|Grabnutzungsurkunde|Bestattungsbescheinigung",
            "Autorisation d'inhumer|Titre de concession|Pouvoir du concessionnaire",
        ).split("|")
    sh.need(70)
    sh.page.text(
        m,
        sh.y,
        tr(
            lg,
            "Documents required (ticked when received):",
            "Benötigte Unterlagen (abgehakt = liegt vor):",
            "Pièces à fournir (cochées = reçues) :",
        ),
        s.bold,
        s.size - 1,
    )
    sh.y += 12
    sh.y = ticks(
        sh.page, s, m, sh.y, w - 2 * m, docs, {k for k in range(3) if rng.random() < 0.5}, 8
    )
    write(
        sh,
        s,
        tr(
            lg,
            "All paperwork must reach the office by 12 noon two working days before the service.",
            "Die Unterlagen müssen spätestens zwei Werktage vor dem Termin vorliegen.",
            "Les pièces doivent nous parvenir au plus tard 48 heures avant la cérémonie.",
        ),
        s.size - 1.5,
    )
    write(
        sh,
        s,
        tr(lg, "Bereavement Services Officer: ", "Sachbearbeitung: ", "Agent : ") + staff(h, "bk"),
        s.size - 1.5,
    )
    note(f, d, no)
    return close(sh.pages, s, h, numbers="none")


def grave_plan(rng: random.Random, s: Style, h: Head, title: str, mark: str) -> Page:
    """A cemetery section plan on landscape A4: rows of plots, paths, one plot marked."""
    s2 = paper(s, landscape(A4), margin=40)
    w, hh = s2.page_size
    m = s2.margin
    p = Page(s2.page_size)
    p.text(m, m, title, s2.bold, 12)
    p.text(w - m, m, h.name, s2.font, 8, "right")
    x0, y0 = m, m + 30
    rows, cols_ = rng.randint(6, 10), rng.randint(14, 22)
    cw = (w - 2 * m - 40) / cols_
    ch = (hh - 2 * m - 90) / (rows + 1)
    mk = (rng.randrange(rows), rng.randrange(cols_))
    for r_ in range(rows):
        yy = y0 + r_ * ch + (ch if r_ >= rows // 2 else 0)
        p.text(x0, yy + ch * 0.6, chr(65 + r_), s2.bold, 8)
        for c in range(cols_):
            xx = x0 + 20 + c * cw
            p.rect(
                xx + 2,
                yy + 2,
                cw - 4,
                ch - 6,
                fill=0.15 if (r_, c) == mk else (0.85 if rng.random() < 0.6 else None),
            )
    p.text(
        x0 + 20, y0 + (rows // 2) * ch + ch * 0.6, tr(h.lang, "PATH", "WEG", "ALLÉE"), s2.font, 8
    )
    p.text(
        m,
        hh - m - 10,
        f"{tr(h.lang, 'Marked plot', 'Markierte Grabstätte', 'Emplacement')}: {mark}",
        s2.bold,
        9,
    )
    p.text(
        w - m,
        hh - m - 10,
        tr(h.lang, "Not to scale", "Ohne Maßstab", "Sans échelle"),
        s2.font,
        7,
        "right",
    )
    return p


def tpl_cemetery_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The cemetery office's letter: the grant of the right of burial with the deed or the
    notice of fees, or the permit for a memorial; the section plan and the deed (framed, with
    seal) belong to it."""
    h = head_of(who, "cemetery")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    f = matching(rng, False, ("memorial_order",))
    permit = LAST["kind"] == "memorial_order" or rng.random() < 0.25
    d = the_day(rng, ("memorial_order",), (10, 40), f.when + timedelta(days=rng.randint(3, 40)))
    grave = tr(
        lg,
        f"Section {serial(rng, 'A')}, grave no. {rng.randint(1, 900)}",
        f"Feld {rng.randint(1, 60)}, Reihe {rng.randint(1, 20)}, Nr. {rng.randint(1, 40)}",
        f"carré {rng.randint(1, 30)}, n° {rng.randint(1, 400)}",
    )
    sh = sheets(s, h, f"{h.name} - {grave}")
    to_fd = permit or rng.random() < 0.5
    lines = fd_lines(lg) if to_fd else client_lines(f, lg)
    az = serial(rng, tr(lg, "BS/99999", "67.2-9999/25", "CIM-99-999"))
    recipient(sh, s, h, lines, d, [(tr(lg, "Our ref", "Aktenzeichen", "N/Réf."), az)])
    if permit:
        subj = tr(
            lg,
            f"Memorial application - {grave}",
            f"Genehmigung eines Grabmals - {grave}",
            f"Autorisation de pose de monument - {grave}",
        )
        body = tr(
            lg,
            "Your application for the erection of a memorial on the grave of "
            f"{late(f, lg)} has been approved "
            "subject to the conditions of the cemetery regulations. The memorial must "
            "be fixed by a "
            "registered mason (BRAMM) and the permit fee is payable before the work is "
            "carried out. ",
            "die Errichtung des beantragten Grabmals auf der Grabstätte von "
            f"{late(f, lg)} wird nach "
            "Maßgabe der Friedhofssatzung genehmigt. Die Standsicherheit ist nach der TA Grabmal "
            "nachzuweisen. ",
            "Nous vous informons que la pose du monument sur la concession de "
            f"{late(f, lg)} est autorisée "
            "sous réserve du respect du règlement des cimetières. ",
        )
    else:
        subj = tr(
            lg,
            f"Exclusive right of burial - {grave}",
            f"Verleihung des Nutzungsrechts - {grave}",
            f"Concession funéraire - {grave}",
        )
        body = tr(
            lg,
            f"Further to the interment of {late(f, lg)}, please find enclosed the Grant "
            "of Exclusive Right "
            "of Burial for the above grave. Please keep the deed in a safe place; it "
            "will be needed for any "
            "future interment or memorial. ",
            f"nach der Beisetzung von {late(f, lg)} verleihen wir Ihnen das "
            "Nutzungsrecht an der oben genannten "
            "Grabstätte für die Dauer von 25 Jahren. Die Gebühren setzen wir wie folgt fest. ",
            f"Suite à l'inhumation de {late(f, lg)}, nous vous adressons le titre de concession "
            "ci-joint. ",
        )
    sh.page.text(m, sh.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    sh.y += 20
    write(sh, s, dear(lg, None if to_fd else mr(f.client, lg)))
    write(sh, s, body + prose(rng, lg, "care", 1, 2))
    fee = float(rng.choice([95, 145, 1450, 1920, 860]))
    sh.y = (
        pairs(
            sh.page,
            s,
            m,
            sh.y,
            [
                (tr(lg, "Fee", "Gebühr", "Montant"), cash(fee, lg)),
                (
                    tr(lg, "Period", "Nutzungszeit", "Durée"),
                    tr(lg, "50 years", "25 Jahre", "30 ans"),
                ),
            ],
            w / 2 + 40,
        )
        + 6
    )
    if lg == "de" and not permit:
        caption(sh, s, "Rechtsbehelfsbelehrung", 0)
        write(
            sh,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage "
            "beim Verwaltungsgericht "
            "Münster erhoben werden. " + prose(rng, lg, "terms", 1, 2),
            s.size - 1.5,
        )
    regards(
        sh,
        s,
        lg,
        staff(h, "cem"),
        tr(lg, "Bereavement Services", "Friedhofsverwaltung", "Service des cimetières"),
    )
    pages = close(sh.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        pages.append(
            grave_plan(rng, s, h, tr(lg, "Cemetery plan", "Lageplan", "Plan du cimetière"), grave)
        )
    if not permit and rng.random() < 0.6:
        q = Page(s.page_size)
        q.rect(m - 14, m - 14, w - 2 * m + 28, hh - 2 * m + 28)
        q.rect(m - 9, m - 9, w - 2 * m + 18, hh - 2 * m + 18)
        t = tr(
            lg,
            "GRANT OF EXCLUSIVE RIGHT OF BURIAL",
            "URKUNDE ÜBER DAS NUTZUNGSRECHT",
            "TITRE DE CONCESSION",
        )
        q.text(w / 2, m + 40, t, s.bold, shrink(t, s.bold, 16, w - 2 * m), "center")
        q.text(w / 2, m + 60, f"No. {serial(rng, '99999')}", s.font, 10, "center")
        y = text_block(
            q,
            s,
            m + 20,
            m + 110,
            w - 2 * m - 40,
            tr(
                lg,
                f"{h.name.split(' - ')[0]} in consideration of the sum of "
                f"{cash(fee, lg)} paid by {f.client.name} "
                "(the Grantee) hereby grants unto the Grantee the exclusive right of "
                f"burial in {grave} for a "
                "period of fifty years from the date hereof, subject to the "
                "regulations of the cemetery for the time being in force.",
                f"Der/Dem {f.client.name} wird das Nutzungsrecht an der Grabstätte "
                f"{grave} auf dem Friedhof der "
                f"{h.name.split(' - ')[0]} für die Dauer von 25 Jahren verliehen. Es "
                "gilt die Friedhofssatzung in der jeweils gültigen Fassung.",
                f"Il est accordé à {f.client.first} {f.client.last.upper()} une "
                f"concession trentenaire, {grave}, "
                "à l'effet d'y fonder la sépulture particulière du défunt et de sa famille.",
            ),
            s.size + 1,
        )
        seal(
            q,
            w / 2,
            y + 70,
            34,
            h.name.split(" - ")[0].upper()[:24],
            tr(lg, "SEAL", "SIEGEL", "SCEAU"),
        )
        sign(q, w - m - 150, y + 150, staff(h, "cem2"))
        q.text(
            w - m - 150,
            y + 164,
            tr(lg, "Authorised officer", "Friedhofsverwaltung", "Le Maire"),
            s.font,
            8,
        )
        q.text(m + 20, y + 164, day(h, d), s.font, 9)
        pages.append(q)
    note(f, d, az)
    return pages


HYMNS = {
    "en": [
        "The Lord's my Shepherd (Crimond)",
        "Abide with Me",
        "All Things Bright and Beautiful",
        "Morning Has Broken",
        "How Great Thou Art",
        "Jerusalem",
        "Make Me a Channel of Your Peace",
    ],
    "de": [
        "So nimm denn meine Hände",
        "Befiehl du deine Wege",
        "Großer Gott, wir loben dich",
        "Von guten Mächten wunderbar geborgen",
        "Meerstern, ich dich grüße",
    ],
    "fr": [
        "Je crois en toi mon Dieu",
        "Psaume 22 : Le Seigneur est mon berger",
        "Ave Maria (Gounod)",
        "Je vous salue Marie",
        "Que ma bouche chante ta louange",
    ],
}
READINGS = {
    "en": [
        "Reading: Ecclesiastes 3:1-8",
        "Poem: Do Not Stand at My Grave and Weep",
        "Reading: John 14:1-6",
        "Poem: Miss Me, But Let Me Go",
        "Reading: 1 Corinthians 13",
    ],
    "de": [
        "Lesung: Prediger 3,1-8",
        "Evangelium: Johannes 14,1-6",
        "Gedicht: Stufen (H. Hesse)",
        "Lesung: Römer 8,35-39",
    ],
    "fr": [
        "Lecture : Livre de la Sagesse 3,1-9",
        "Évangile : Jean 14,1-6",
        "Texte : La mort n'est rien (C. Péguy)",
        "Psaume 26",
    ],
}


def order_pages(rng: random.Random, s0: Style, f: Funeral, lg: str) -> list[Page]:
    """A draft order of service: a cover with the name and dates, then the order, centred."""
    s = paper(s0, A4, margin=60)
    w, hh = s.page_size
    c = Page(s.page_size)
    c.text(
        w / 2,
        60,
        tr(lg, "DRAFT - for approval by the family", "ENTWURF", "PROJET"),
        s.bold,
        9,
        "center",
    )
    leaf(c, w / 2, 180, 2.0) if lg == "en" else cross(c, w / 2, 180, 2.0)
    c.text(
        w / 2,
        280,
        tr(lg, "A Celebration of the Life of", "In Liebe und Dankbarkeit", "En souvenir de"),
        italic_of(s.font),
        16,
        "center",
    )
    c.text(w / 2, 320, f.dead.name, s.bold, shrink(f.dead.name, s.bold, 28, w - 120), "center")
    c.text(w / 2, 350, f"{short(f.born, lg)}  -  {short(f.died, lg)}", s.font, 13, "center")
    c.text(w / 2, hh - 160, f.venue, s.font, 11, "center")
    c.text(w / 2, hh - 142, f"{date_text(f.when, lg, 'long')}, {f.time}", s.font, 11, "center")
    pages = [c]
    if rng.random() < 0.6:
        p = Page(s.page_size)
        y = 80.0
        p.text(
            w / 2,
            y,
            tr(lg, "Order of Service", "Ablauf der Trauerfeier", "Déroulement de la cérémonie"),
            s.bold,
            16,
            "center",
        )
        y += 36
        items = [
            tr(lg, "Entrance music: ", "Musik zum Einzug: ", "Musique d'entrée : ")
            + rng.choice(
                ["Nimrod (Elgar)", "Time to Say Goodbye", "Ave Verum", "Canon in D (Pachelbel)"]
            ),
            tr(lg, "Welcome and introduction", "Begrüßung", "Accueil"),
            tr(lg, "Hymn: ", "Lied: ", "Chant : ") + rng.choice(HYMNS[lg]),
            rng.choice(READINGS[lg]),
            tr(lg, "Tribute", "Nachruf", "Hommage de la famille"),
            tr(lg, "Prayers", "Fürbitten", "Prière universelle"),
            tr(lg, "Hymn: ", "Lied: ", "Chant : ") + rng.choice(HYMNS[lg]),
            tr(lg, "Committal", "Aussegnung", "Dernier adieu"),
            tr(lg, "Exit music: ", "Musik zum Auszug: ", "Musique de sortie : ")
            + rng.choice(["My Way", "Over the Rainbow", "Highland Cathedral", "La Vie en rose"]),
        ]
        for t in items:
            p.text(w / 2, y, t, s.font, 12, "center")
            y += 30
        if rng.random() < 0.5:
            y += 10
            for _ in range(rng.randint(4, 8)):
                p.text(
                    w / 2,
                    y,
                    words(rng, lg, "care", rng.randint(5, 8)),
                    italic_of(s.font),
                    10,
                    "center",
                )
                y += 15
        pages.append(p)
    return pages


def mail_host(name: str, lg: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:16] + "." + tr(lg, "co.uk", "de", "fr")


def town_of(town: str, lg: str) -> str:
    """The place name of a postal town line."""
    return town.split(" ", 1)[-1] if lg != "en" else town.rsplit(" ", 2)[0]


def tpl_officiant_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The church's or celebrant's confirmation of the service (a letter, or a printed e-mail
    with its browser header and footer), often with the draft order of service behind it."""
    h = head_of(who, "church")
    lg = h.lang
    f = the_funeral(rng, ("crematorium_booking",))
    d = the_day(rng, ("crematorium_booking",), (0, 3), f.died + timedelta(days=rng.randint(3, 8)))
    name = staff(h, "rev")
    mail = keyed(who, "mail").random() < 0.45
    s = style_of(h, LETTER if mail and lg == "en" and rng.random() < 0.5 else A4)
    w, hh = s.page_size
    m = s.margin
    fee = float(rng.choice(tr(lg, "210|230|250|180", "0|250|350|300", "0|150|160|200").split("|")))
    body = tr(
        lg,
        f"Thank you for asking me to take the funeral of {f.dead.name}. I can confirm "
        "that I will conduct the "
        f"service at {f.venue} on {day(h, f.when)} at {f.time}. I have arranged to "
        "visit the family on "
        f"{day(h, d + timedelta(days=1))} to prepare the tribute. " + prose(rng, lg, "care", 1, 2),
        f"hiermit bestätigen wir die Trauerfeier für {late(f, lg)} am {day(h, f.when)} "
        f"um {f.time} Uhr. "
        f"Das Trauergespräch mit den Angehörigen findet am {day(h, d + timedelta(days=1))} statt. "
        + prose(rng, lg, "care", 1, 2),
        f"Nous vous confirmons la célébration des obsèques de {late(f, lg)} le "
        f"{day(h, f.when)} à {f.time}. "
        f"La rencontre avec la famille aura lieu le {day(h, d + timedelta(days=1))}. "
        + prose(rng, lg, "care", 1, 2),
    )
    if fee:
        body += tr(
            lg,
            f" My fee is {cash(fee, lg)}, payable via the funeral director.",
            f" Das Honorar beträgt {cash(fee, lg)}.",
            f" L'offrande proposée est de {cash(fee, lg)}.",
        )
    if mail:
        addr = "".join(ch for ch in h.name.split(" - ")[0].lower() if ch.isalnum())[:18]
        subj = tr(
            lg,
            f"Re: Funeral of {f.dead.name} - {short(f.when, lg)}",
            f"AW: Trauerfeier {f.dead.name}",
            f"RE: Obsèques de {f.dead.first} {f.dead.last.upper()}",
        )

        def start(p: Page, n: int) -> float:
            p.text(
                24, 20, f"{short(d, lg)} {rng.randint(8, 18)}:{rng.randint(10, 59)}", "Helvetica", 7
            )
            p.text(w / 2, 20, fit(subj, "Helvetica", 7, w / 2 - 40), "Helvetica", 7, "center")
            return m if n > 1 else m + 10

        sh = Sheets((w, hh), hh - m - 20, start)
        p = sh.page
        p.text(m, sh.y, fit(subj, s.bold, 13, w - 2 * m), s.bold, 13)
        sh.y += 26
        for cap, val in [
            (
                tr(lg, "From", "Von", "De"),
                f"{name} <{name.split()[0].lower()}@{addr}.{tr(lg, 'co.uk', 'de', 'fr')}>",
            ),
            (
                tr(lg, "To", "An", "À"),
                f"{fd_head().name} <info@{mail_host(fd_head().name, lg)}>",
            ),
            (
                tr(lg, "Date", "Datum", "Date"),
                f"{date_text(d, lg, 'long')} {rng.randint(8, 18)}:{rng.randint(10, 59)}",
            ),
        ]:
            p.text(m, sh.y, f"{cap}:", s.bold, 8.5)
            p.text(m + 44, sh.y, fit(val, s.font, 8.5, w - 2 * m - 44), s.font, 8.5)
            sh.y += 12
        p.line(m, sh.y, w - m, sh.y)
        sh.y += 18
        write(sh, s, tr(lg, "Dear all,", "Liebes Team,", "Bonjour,"))
        write(sh, s, body)
        write(sh, s, tr(lg, "Best wishes,", "Herzliche Grüße", "Bien cordialement,"))
        for ln in (name, h.name, h.phone):
            if ln:
                sh.page.text(m, sh.y, ln, s.font, s.size)
                sh.y += s.size * 1.35
        if rng.random() < 0.5:
            sh.y += 8
            write(
                sh,
                s,
                "> " + words(rng, lg, "care") + " " + words(rng, lg, "care"),
                s.size - 1.5,
                12,
            )
        pages = sh.pages
        url = f"https://mail.{addr}.{tr(lg, 'co.uk', 'de', 'fr')}/#inbox/"
        url += serial(rng, "AAAA9999AA99")
        for k, pg in enumerate(pages, 1):
            pg.text(24, hh - 16, fit(url, "Helvetica", 6.5, w / 2), "Helvetica", 6.5)
            pg.text(w - 24, hh - 16, f"{k}/{len(pages)}", "Helvetica", 6.5, "right")
    else:
        sh = sheets(s, h)
        recipient(sh, s, h, fd_lines(lg), d, [our_ref(f, lg)])
        sh.page.text(
            m,
            sh.y,
            tr(
                lg,
                f"Funeral of {f.dead.name}",
                f"Trauerfeier für {f.dead.name}",
                f"Obsèques de {f.dead.first} {f.dead.last.upper()}",
            ),
            s.bold,
            s.size,
        )
        sh.y += 20
        write(sh, s, dear(lg, None))
        write(sh, s, body)
        regards(
            sh,
            s,
            lg,
            name,
            tr(
                lg,
                "Vicar" if "Vicarage" in h.name or "Minister" in h.name else "Celebrant",
                "Pfarrer" if "Pfarr" in h.name or "Kirchen" in h.name else "Trauerrednerin",
                "Curé" if "Paroisse" in h.name else "Officiante",
            ),
        )
        pages = close(sh.pages, s, h, numbers="none")
    if rng.random() < 0.65:
        pages.extend(order_pages(rng, s, f, lg))
    note(f, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KK: newspapers, florists, stonemasons
# ---------------------------------------------------------------------------------------------


def notice_text(rng: random.Random, f: Funeral, lg: str) -> list[str]:
    d = f.dead
    if lg == "en":
        nee = f" (née {f.maiden})" if f.maiden else ""
        t = (
            f"{d.last.upper()} {d.first}{nee}. Passed away peacefully at "
            f"{f.place.replace('his ', '').replace('her ', '')} "
            f"on {date_text(f.died, 'en', 'long')}, aged {age(f)} years. "
            + (
                f"Beloved {'wife' if d.female else 'husband'} of {f.spouse.split()[0]}, "
                if f.spouse
                else ""
            )
            + f"much loved {'mum' if d.female else 'dad'} of {rng.choice(FEMALE['en'])} "
            f"and {rng.choice(MALE['en'])}, "
            f"and a dear grandparent. Funeral service at {f.venue} on "
            f"{date_text(f.when, 'en', 'long')} at {f.time}. "
            + rng.choice(
                [
                    "Family flowers only please; donations if desired to Overgate Hospice.",
                    "All welcome.",
                    "No flowers by request.",
                ]
            )
            + f" All enquiries to {fd_head().name}, tel. {fd_head().phone}."
        )
        return [t]
    if lg == "de":
        return [
            rng.choice(
                [
                    "In Liebe und Dankbarkeit nehmen wir Abschied von",
                    "Wir trauern um",
                    "Plötzlich und unerwartet verstarb",
                ]
            ),
            f"{d.name}",
            f"geb. {f.maiden}" if f.maiden else "",
            f"* {short(f.born, 'de')}    † {short(f.died, 'de')}",
            "In stiller Trauer",
            (f.spouse + " und " if f.spouse else "")
            + f"{rng.choice(FEMALE['de'])} und {rng.choice(MALE['de'])} mit Familien",
            f"Die Trauerfeier findet am {date_text(f.when, 'de', 'long')} um {f.time} Uhr "
            + (
                "in der Trauerhalle des Krematoriums statt."
                if f.cremation
                else "auf dem Friedhof statt."
            ),
            rng.choice(
                [
                    "Anstelle von Blumen bitten wir um eine Spende an das Hospiz Lebenshaus.",
                    "",
                    "Von Beileidsbekundungen am Grab bitten wir abzusehen.",
                ]
            ),
        ]
    return [
        (
            f"{f.spouse.split()[0]} {d.last.upper()}, son {'époux' if d.female else 'épouse'} ;"
            if f.spouse
            else ""
        ),
        ("ses" if f.spouse else "Ses")
        + " enfants et petits-enfants ont la douleur de vous faire part du décès de",
        f"{'Madame' if d.female else 'Monsieur'} {d.first} {d.last.upper()}",
        f"{'née ' + f.maiden.upper() if f.maiden else ''}",
        f"survenu le {date_text(f.died, 'fr', 'long')}, à l'âge de {age(f)} ans.",
        "La cérémonie "
        f"{'religieuse sera célébrée' if rng.random() < 0.6 else 'civile aura lieu'} le "
        f"{date_text(f.when, 'fr', 'long')}, à {f.time.replace(':', ' h ')}, suivie de "
        + ("la crémation." if f.cremation else "l'inhumation au cimetière."),
        rng.choice(
            [
                "Ni fleurs ni couronnes.",
                "Condoléances sur registre.",
                "Cet avis tient lieu de faire-part.",
            ]
        ),
        f"PF {fd_head().name.split(' ', 2)[-1]}, {fd_head().town.split(' ', 1)[-1]}",
    ]


def draw_notice(
    p: Page, s: Style, x: float, y: float, bw: float, lines: list[str], lg: str
) -> float:
    """The death notice as set: black border for German notices, centred lines; the y below."""
    lines = [ln for ln in lines if ln]
    pad = 12
    inner = bw - 2 * pad
    out: list[tuple[str, str, float]] = []
    for k, ln in enumerate(lines):
        big = (lg == "de" and k == 1) or (lg == "fr" and k == 2)
        font, pt = (s.bold, 15) if big else (s.font, 9 if lg != "en" else 8.5)
        for sub in wrap(ln, font, pt, inner) if lg != "en" else wrap(ln, s.font, 8.5, inner):
            out.append((sub, font, pt))
    hgt = sum(pt * 1.5 for _, _, pt in out) + 2 * pad + (24 if lg == "de" else 0)
    p.rect(x, y, bw, hgt)
    if lg == "de":
        p.rect(x + 3, y + 3, bw - 6, hgt - 6)
        cross(p, x + bw / 2, y + pad)
    yy = y + pad + 10 + (24 if lg == "de" else 0)
    for t, font, pt in out:
        if lg == "en":
            p.text(x + pad, yy, t, font, pt)
        else:
            p.text(x + bw / 2, yy, t, font, pt, "center")
        yy += pt * 1.5
    return y + hgt


def online_proof(rng: random.Random, s0: Style, h: Head, f: Funeral, lg: str, d: date) -> Page:
    """The proof of the online notice the newspaper sends with the print proof: a web page
    with the notice, a photo and the condolence buttons."""
    s = paper(s0, s0.page_size, margin=40)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    site = tr(lg, "funeral-notices.example.co.uk", "trauer.example.de", "avis-de-deces.example.fr")
    p.rect(m, m - 10, w - 2 * m, 22, fill=0.85)
    p.text(
        m + 8,
        m + 4,
        f"https://www.{site}/{f.dead.last.lower()}-{serial(rng, '999999')}",
        "Helvetica",
        7.5,
    )
    p.text(
        m,
        m + 40,
        tr(lg, "ONLINE NOTICE - PREVIEW", "ONLINE-ANZEIGE - VORSCHAU", "AVIS EN LIGNE - APERÇU"),
        "Helvetica-Bold",
        11,
    )
    photo(p, m, m + 60, 120, 150, rng)
    p.text(m + 140, m + 80, f.dead.name, "Helvetica-Bold", 16)
    p.text(m + 140, m + 100, f"{short(f.born, lg)} - {short(f.died, lg)}", "Helvetica", 10)
    p.text(m + 140, m + 118, f.dead.town, "Helvetica", 9)
    y = text_block(
        p, s, m, m + 240, w - 2 * m, " ".join(x for x in notice_text(rng, f, lg) if x), 9
    )
    for k, b in enumerate(
        tr(
            lg,
            "Leave a tribute|Light a candle|Donate",
            "Kondolieren|Kerze anzünden|Spenden",
            "Condoléances|Allumer une bougie|Faire un don",
        ).split("|")
    ):
        p.rect(m + k * 130, y + 14, 118, 22)
        p.text(m + k * 130 + 59, y + 29, b, "Helvetica-Bold", 8.5, "center")
    p.text(
        m,
        hh - m,
        f"{tr(lg, 'Published', 'Veröffentlicht', 'Publié le')} {short(d, lg)} - {h.name}",
        "Helvetica",
        7,
    )
    return p


def tpl_notice_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """The newspaper's proof of a death notice (Korrekturabzug, bon à tirer): order details,
    the notice as set in a box (a black-bordered German notice with the cross, a run-on
    English notice, a French avis de décès), the price and approval ticks."""
    h = head_of(who, "newspaper")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.died + timedelta(days=rng.randint(1, 4))
    no = serial(rng, tr(lg, "AD-9999999", "A 9999999", "AV-999999"))
    sh = sheets(s, h)
    p = sh.page
    title = tr(lg, "PROOF - please check carefully", "KORREKTURABZUG", "BON À TIRER")
    sh.y = title_block(p, s, sh.y, title, f"{tr(lg, 'Order', 'Auftrag', 'Ordre')} {no}")
    pubs = [d + timedelta(days=k) for k in sorted(rng.sample(range(1, 6), rng.randint(1, 2)))]
    sh.y = (
        pairs(
            p,
            s,
            m,
            sh.y,
            [
                (tr(lg, "Customer", "Auftraggeber", "Client"), fd_head().name),
                (
                    tr(lg, "Publication date(s)", "Erscheinungstermin(e)", "Parution(s)"),
                    ", ".join(short(x, lg) for x in pubs),
                ),
                (
                    tr(lg, "Size", "Format", "Format"),
                    tr(
                        lg,
                        f"{rng.randint(4, 14)} lines, 1 column",
                        f"{rng.choice([2, 3])}-spaltig x {rng.randint(60, 140)} mm",
                        f"{rng.randint(1, 2)} col. x {rng.randint(40, 110)} mm",
                    ),
                ),
                (
                    tr(lg, "Section", "Rubrik", "Rubrique"),
                    tr(lg, "Deaths", "Traueranzeigen", "Carnet - Avis de décès"),
                ),
            ],
            w - m,
        )
        + 14
    )
    bw = min(w - 2 * m, float(tr(lg, "200", "330", "240")))
    y = draw_notice(p, s, (w - bw) / 2, sh.y, bw, notice_text(rng, f, lg), lg)
    price = float(rng.randint(60, 780))
    y += 24
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [(tr(lg, "Price incl. VAT", "Preis inkl. MwSt.", "Prix TTC"), cash(price, lg))],
            w / 2,
        )
        + 10
    )
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Approved as shown|Approved with corrections|New proof required",
            "Druckreif|Druckreif nach Korrektur|Neuer Abzug erbeten",
            "Bon à tirer|Bon à tirer après corrections|Nouvelle épreuve",
        ).split("|"),
        {0} if rng.random() < 0.6 else set(),
        8.5,
    )
    p.text(
        m,
        min(y + 40, hh - m - 40),
        tr(
            lg,
            "Please return by 3 pm the working day before publication.",
            "Bitte bis 12 Uhr am Vortag des Erscheinens zurücksenden.",
            "Merci de nous retourner ce BAT signé avant 16 h la veille de parution.",
        ),
        s.font,
        7.5,
    )
    if rng.random() < 0.5:
        sign(p, w - m - 140, min(y + 40, hh - m - 40), staff(fd_head(), "arr"))
    note(f, d, no)
    pages = close(sh.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        pages.append(online_proof(rng, s, h, f, lg, pubs[0]))
    return pages


def tpl_notice_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The newspaper's invoice for a death notice: the advert, dates and size, price, VAT and
    payment details; one page."""
    h = head_of(who, "newspaper")
    lg = h.lang
    s = style_of(h, A4 if keyed(who, "nisz").random() < 0.7 else A5, pt=0)
    if s.page_size == A5:
        s = paper(s, A5, margin=34, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng, ("notice_proof",))
    d = the_day(rng, ("notice_proof",), (3, 10), f.died + timedelta(days=rng.randint(5, 14)))
    no = serial(rng, tr(lg, "INV-999999", "RG 99999999", "F-999999"))
    sh = sheets(s, h)
    recipient(
        sh,
        s,
        h,
        fd_lines(lg),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "999999")),
        ],
    )
    sh.y = title_block(sh.page, s, sh.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"))
    net = float(rng.randint(60, 650))
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    cols = columns(m, w - m, [(1.2, "left"), (4, "left"), (1.2, "right")])
    rows = [
        [
            short(d - timedelta(days=rng.randint(1, 6)), lg),
            tr(
                lg,
                f"Death notice: {f.dead.last.upper()} {f.dead.first}",
                f"Traueranzeige {f.dead.name}",
                f"Avis de décès {f.dead.last.upper()}",
            ),
            money(net, lg),
        ]
    ]
    if rng.random() < 0.4:
        rows.append(
            [
                short(d - timedelta(days=1), lg),
                tr(
                    lg,
                    "Online notice (funeral-notices)",
                    "Online-Traueranzeige (trauer.de)",
                    "Avis en ligne (libramemoria)",
                ),
                money(35.0, lg),
            ]
        )
        net += 35
    table(
        sh,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    sh.y = (
        pairs(
            sh.page,
            s,
            w / 2,
            sh.y + 6,
            [
                (tr(lg, "Net", "Netto", "Total HT"), money(net, lg)),
                (
                    tr(
                        lg,
                        f"VAT {int(rate * 100)}%",
                        f"MwSt. {int(rate * 100)} %",
                        f"TVA {int(rate * 100)} %",
                    ),
                    money(net * rate, lg),
                ),
                (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), cash(net * (1 + rate), lg)),
            ],
            w - m,
        )
        + 10
    )
    write(
        sh,
        s,
        tr(
            lg,
            "Payment within 30 days. Please quote the invoice number.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à 30 jours. Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1.5,
    )
    received(rng, sh.pages[0], home(), d, 0.35)
    note(f, d, no)
    return close(sh.pages, s, h, numbers="none")


TRIBUTES = {
    "en": [
        ("Casket spray, white lilies and roses", 145),
        ("Double-ended spray", 120),
        ("Letters tribute 'MUM'", 185),
        ("Letters tribute 'GRANDAD'", 240),
        ("Wreath, mixed seasonal", 75),
        ("Heart tribute, red roses", 110),
        ("Posy pad", 45),
        ("Sheaf, hand-tied", 55),
        ("Cushion, pink carnations", 90),
    ],
    "de": [
        ("Sargbukett weiße Rosen, Eukalyptus", 165),
        ("Trauerkranz 60 cm mit Schleife", 120),
        ("Urnenkranz", 65),
        ("Herz aus roten Rosen", 140),
        ("Trauergesteck", 55),
        ("Handstrauß zum Niederlegen", 28),
    ],
    "fr": [
        ("Dessus de cercueil roses blanches", 150),
        ("Couronne 60 cm", 130),
        ("Coussin roses rouges", 95),
        ("Gerbe piquée", 80),
        ("Raquette fleurs de saison", 110),
        ("Plaque funéraire gravée", 60),
    ],
}
RIBBONS = {
    "en": [
        "Forever in our hearts, love from all the family",
        "Goodnight God bless, Mum",
        "Rest in peace Grandad",
        "With deepest sympathy from your neighbours at no. 14",
    ],
    "de": [
        "In Liebe - Deine Kinder",
        "Ruhe in Frieden",
        "In stillem Gedenken - Familie Niehues",
        "Ein letzter Gruß - Deine Kegelbrüder",
    ],
    "fr": [
        "À notre mère",
        "À notre grand-père, ses petits-enfants",
        "Regrets éternels",
        "À notre ami - le club de boules",
    ],
}


def tpl_florist_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The florist's invoice for the funeral tributes with the card or ribbon texts written in,
    delivered to the firm; A4, A5 or a narrow till receipt; sometimes a photo page of the
    tributes as delivered."""
    h = head_of(who, "florist")
    lg = h.lang
    size = keyed(who, "flsize").choice([A4, A5, A5, SLIP])
    f = the_funeral(rng)
    d = f.when - timedelta(days=rng.randint(0, 2))
    items = rng.sample(TRIBUTES[lg], k=rng.randint(1, 4))
    rate = {"en": 0.2, "de": 0.07, "fr": 0.1}[lg]
    total = float(sum(v for _, v in items))
    no = serial(rng, "99999")
    if size == SLIP:
        s = paper(style_of(h), SLIP, margin=14, pt=7.5)
        w, _ = SLIP
        p = Page(SLIP)
        y = 30.0
        for t in (h.name.upper(), h.street, h.town, h.phone):
            if t:
                p.text(
                    w / 2,
                    y,
                    fit(t, "Courier-Bold" if y == 30 else "Courier", 8, w - 20),
                    "Courier-Bold" if y == 30 else "Courier",
                    8,
                    "center",
                )
                y += 10
        y += 8
        p.text(
            14,
            y,
            f"{short(d, lg)}  {rng.randint(9, 17)}:{rng.randint(10, 59)}   #{no}",
            "Courier",
            7.5,
        )
        y += 14
        for t, v in items:
            p.text(14, y, fit(t, "Courier", 7.5, w - 70), "Courier", 7.5)
            p.text(w - 14, y, money(v, lg), "Courier", 7.5, "right")
            y += 11
        p.line(14, y, w - 14, y)
        y += 12
        p.text(14, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 9)
        p.text(w - 14, y, money(total, lg), "Courier-Bold", 9, "right")
        y += 12
        p.text(
            14,
            y,
            tr(
                lg,
                f"incl. VAT 20% {money(total * rate / (1 + rate), lg)}",
                f"enth. MwSt 7% {money(total * rate / (1 + rate), lg)}",
                f"dont TVA 10% {money(total * rate / (1 + rate), lg)}",
            ),
            "Courier",
            7,
        )
        y += 12
        p.text(
            14,
            y,
            tr(lg, "CARD  ************1234", "EC-KARTE  girocard", "CB SANS CONTACT"),
            "Courier",
            7,
        )
        y += 22
        hand(p, 14, y, f"{f.dead.last} - {short(f.when, lg)}", 9, w - 28)
        y += 20
        p.text(
            w / 2,
            y,
            tr(lg, "Thank you", "Vielen Dank", "Merci de votre visite"),
            "Courier",
            7.5,
            "center",
        )
        note(f, d, no)
        return [p]
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = s.page_size
    m = s.margin
    sh = sheets(s, h)
    to_fd = rng.random() < 0.6
    recipient(
        sh,
        s,
        h,
        fd_lines(lg) if to_fd else client_lines(f, lg),
        d,
        [(tr(lg, "Invoice", "Rechnung", "Facture"), no)],
    )
    sh.y = title_block(sh.page, s, sh.y, tr(lg, "Invoice", "Rechnung", "Facture"))
    write(
        sh,
        s,
        tr(
            lg,
            f"Funeral tributes for {f.dead.name}, delivered to {fd_head().name} on {short(d, lg)}.",
            f"Trauerfloristik für die Trauerfeier {f.dead.name} am {short(f.when, lg)}.",
            f"Compositions florales pour les obsèques de {f.dead.first} {f.dead.last.upper()}.",
        ),
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(3.6, "left"), (3, "left"), (1.1, "right")])
    table(
        sh,
        cols,
        [
            tr(lg, "Tribute", "Artikel", "Article"),
            tr(lg, "Card message", "Schleifendruck", "Texte plaque / ruban"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        [[t, "", money(v, lg)] for t, v in items],
        s,
        rules=True,
        step=2.0,
    )
    pt = s.size - 1
    y_rows = sh.y - len(items) * pt * 2.0
    for k in range(len(items)):
        hand(
            sh.page,
            cols[1][0],
            y_rows + k * pt * 2.0,
            rng.choice(RIBBONS[lg]),
            8,
            cols[1][1] - cols[1][0] - 4,
        )
    sh.y = (
        pairs(
            sh.page,
            s,
            w / 2,
            sh.y + 6,
            [
                (tr(lg, "Total", "Gesamt brutto", "Total TTC"), cash(total, lg)),
                (
                    tr(lg, "of which VAT", "enthaltene MwSt. 7 %", "dont TVA 10 %"),
                    money(total * rate / (1 + rate), lg),
                ),
            ],
            w - m,
        )
        + 8
    )
    write(
        sh,
        s,
        tr(
            lg,
            "Payment by BACS within 14 days, thank you.",
            "Bitte überweisen Sie den Betrag innerhalb von 10 Tagen.",
            "Règlement à réception.",
        ),
        s.size - 1.5,
    )
    pages = close(sh.pages, s, h, numbers="none")
    if size != SLIP and rng.random() < 0.35:
        pages.append(
            photo_sheet(
                rng,
                s,
                tr(lg, "Your tributes", "Ihre Trauerfloristik", "Vos compositions"),
                [t for t, _ in items],
            )
        )
    note(f, d, no)
    return pages


STONES = {
    "en": [
        "Black granite, polished",
        "Nabresina limestone",
        "Blue pearl granite",
        "Yorkstone, rubbed finish",
    ],
    "de": [
        "Nero Impala, poliert",
        "Kösseine Granit, gestockt",
        "Muschelkalk, geschliffen",
        "Padang dunkel, bossiert",
    ],
    "fr": [
        "Granit noir fin, poli",
        "Granit rose de la Clarté",
        "Granit gris du Tarn",
        "Granit Kerlouan",
    ],
}


def memorial_drawing(rng: random.Random, s0: Style, h: Head, f: Funeral, stone: str) -> Page:
    """The design drawing of the memorial: the headstone front with its inscription laid out,
    the base, dimensions and a title block."""
    s = paper(s0, A4, margin=44)
    w, hh = s.page_size
    m = s.margin
    lg = h.lang
    p = Page(s.page_size)
    p.text(
        m,
        m,
        tr(lg, "Memorial design - for approval", "Grabmalentwurf", "Projet de monument"),
        s.bold,
        12,
    )
    sw, sh_ = 250.0, 330.0
    x0, y0 = (w - sw) / 2, 130.0
    arch = 26.0
    p.line(x0, y0 + arch, x0, y0 + sh_)
    p.line(x0 + sw, y0 + arch, x0 + sw, y0 + sh_)
    p.line(x0, y0 + arch, x0 + sw * 0.25, y0 + 6)
    p.line(x0 + sw * 0.25, y0 + 6, x0 + sw * 0.5, y0)
    p.line(x0 + sw * 0.5, y0, x0 + sw * 0.75, y0 + 6)
    p.line(x0 + sw * 0.75, y0 + 6, x0 + sw, y0 + arch)
    p.rect(x0 - 30, y0 + sh_, sw + 60, 40)
    yy = y0 + 70
    lines = tr(
        lg,
        "In loving memory of|{n}|{b} - {d}|Reunited|{sp}",
        "{n}|* {b}|† {d}",
        "{n}|{b} - {d}|Regrets",
    ).split("|")
    for ln in lines:
        t = ln.format(
            n=f.dead.name.upper() if lg != "de" else f.dead.name,
            b=short(f.born, lg),
            d=short(f.died, lg),
            sp=(f.spouse or "").upper(),
        )
        if not t.strip():
            continue
        big = "{n}" in ln
        font = (
            s.bold
            if big
            else italic_of(s.font)
            if lg == "en" and ln.startswith(("In", "Re"))
            else s.font
        )
        pt = 15 if big else 10
        p.text(w / 2, yy, fit(t, font, pt, sw - 30), font, pt, "center")
        yy += pt * 2.2
    if lg == "de":
        cross(p, w / 2, y0 + 24, 1.3)
    p.line(x0, y0 + sh_ + 60, x0 + sw, y0 + sh_ + 60)
    p.text(w / 2, y0 + sh_ + 72, f"{rng.choice([60, 65, 70, 80])} cm", s.font, 8, "center")
    p.line(x0 + sw + 50, y0, x0 + sw + 50, y0 + sh_)
    p.text(x0 + sw + 56, y0 + sh_ / 2, f"{rng.choice([80, 90, 100, 110])} cm", s.font, 8)
    tb = hh - m - 70
    p.rect(m, tb, w - 2 * m, 64)
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), f.client.name),
            (tr(lg, "Material", "Material", "Matériau"), stone),
            (
                tr(lg, "Lettering", "Schrift", "Gravure"),
                rng.choice(
                    tr(
                        lg,
                        "Incised, gilded|Raised lead|V-cut, painted black",
                        "vertieft, vergoldet|erhaben, Bronze",
                        "gravure dorée à la feuille|lettres bronze",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Drawn", "Gezeichnet", "Dessiné"),
                f"{staff(h, 'dr')} {short(f.when + timedelta(days=30), lg)}",
            ),
        ]
    ):
        x = m + 6 + (k % 2) * (w - 2 * m) / 2
        y = tb + 14 + (k // 2) * 26
        p.text(x, y, cap, s.font, 6.5)
        p.text(x, y + 11, fit(val, s.font, 9, (w - 2 * m) / 2 - 12), s.font, 9)
    p.text(w - m, tb - 6, tr(lg, "Not to scale", "M 1:10", "Échelle 1/10"), s.font, 7, "right")
    return p


def tpl_memorial_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The stonemason's memorial estimate / order form: the memorial, stone, inscription with
    the letter count, fixing and cemetery fee, the client's signature; the design drawing and
    often the terms page belong to it."""
    h = head_of(who, "mason")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.when + timedelta(days=rng.randint(30, 120))
    stone = rng.choice(STONES[lg])
    no = serial(rng, tr(lg, "Q9999", "AB-9999", "DV9999"))
    sh = sheets(s, h, f"{h.name} - {no}")
    recipient(sh, s, h, client_lines(f, lg), d, [(tr(lg, "Quotation", "Angebot", "Devis"), no)])
    sh.y = title_block(
        sh.page,
        s,
        sh.y,
        tr(
            lg,
            "Memorial Quotation & Order",
            "Angebot / Auftrag Grabmal",
            "Devis monument funéraire",
        ),
    )
    write(
        sh,
        s,
        tr(
            lg,
            f"Memorial for {late(f, lg)}",
            f"Grabmal für {late(f, lg)}",
            f"Monument pour {late(f, lg)}",
        )
        + ", "
        + f.venue
        + ".",
    )
    letters = rng.randint(40, 140)
    rows = [
        (
            tr(
                lg,
                f"Headstone, {stone}, ogee top",
                f"Grabstein {stone}, Oberteil bogenförmig",
                f"Stèle {stone}, forme cintrée",
            ),
            float(rng.choice([1450, 1890, 2350, 2980])),
        ),
        (
            tr(lg, "Base and foundation", "Sockel und Fundament", "Semelle et soubassement"),
            float(rng.choice([380, 460, 520])),
        ),
        (
            tr(
                lg,
                f"Inscription, {letters} letters",
                f"Inschrift, {letters} Buchstaben",
                f"Gravure, {letters} lettres",
            ),
            letters * rng.choice([3.5, 4.2, 5.0]),
        ),
        (
            tr(lg, "Fixing to NAMM code of practice", "Versetzen nach TA Grabmal", "Pose"),
            float(rng.choice([195, 240])),
        ),
        (
            tr(
                lg, "Cemetery permit fee (at cost)", "Genehmigungsgebühr Friedhof", "Taxe communale"
            ),
            float(rng.choice([95, 145, 60])),
        ),
    ]
    cols = columns(m, w - m, [(6, "left"), (1.3, "right")])
    table(
        sh,
        cols,
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "£", "EUR", "EUR")],
        [[t, money(v, lg)] for t, v in rows],
        s,
        rules=True,
        step=1.8,
    )
    tot = sum(v for _, v in rows)
    sh.y = (
        pairs(
            sh.page,
            s,
            w / 2,
            sh.y + 6,
            [
                (tr(lg, "Total", "Gesamt inkl. MwSt.", "Total TTC"), cash(tot, lg)),
                (
                    tr(lg, "Deposit (50%)", "Anzahlung 30 %", "Acompte 30 %"),
                    cash(tot * (0.5 if lg == "en" else 0.3), lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    write(sh, s, prose(rng, lg, "terms", 1, 2), s.size - 1.5)
    sh.need(70)
    sh.y += 20
    sign(sh.page, m, sh.y, f.client.name)
    sh.page.line(m, sh.y + 4, m + 170, sh.y + 4)
    sh.page.text(
        m,
        sh.y + 13,
        tr(
            lg,
            "Signed (client) - I accept this quotation",
            "Auftrag erteilt, Unterschrift",
            "Bon pour accord",
        ),
        s.font,
        7,
    )
    pages = close(sh.pages, s, h)
    pages.append(memorial_drawing(rng, s, h, f, stone))
    if rng.random() < 0.6:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(lg, "Conditions of Contract", "Geschäftsbedingungen", "Conditions générales"),
            )
        )
    note(f, d, no)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KK: suppliers
# ---------------------------------------------------------------------------------------------

SUPPLIES = {
    "en": [
        ("Coffin", "Chiltern oak veneer 6'0\"", 214.0),
        ("Coffin", "Elm veneer 5'10\"", 189.0),
        ("Coffin", "Solid oak Sandringham 6'2\"", 545.0),
        ("Casket", "American Mahogany", 1120.0),
        ("Urn", "Scatter tube, meadow design", 14.5),
        ("Urn", "Brass urn, engraved", 48.0),
        ("Nameplate", "Brass-effect, engraved", 12.0),
        ("Gown", "Satin gown, ivory", 18.5),
        ("Lining set", "Side sheets and pillow", 9.8),
        ("Handles", "Brass-effect, set of 6", 22.0),
    ],
    "de": [
        ("Sarg", "Kiefer natur 195 cm", 265.0),
        ("Sarg", "Eiche rustikal 200 cm", 610.0),
        ("Sarg", "Pappel Feuerbestattung", 198.0),
        ("Urne", "Aschekapsel Stahl", 11.4),
        ("Urne", "Schmuckurne Keramik blau", 64.0),
        ("Decke", "Decke und Kissen, Satin weiß", 21.5),
        ("Talar", "Totenhemd Baumwolle", 14.9),
        ("Namensschild", "graviert", 9.5),
    ],
    "fr": [
        ("Cercueil", "Pin 18 mm, 4 poignées", 245.0),
        ("Cercueil", "Chêne parisien 22 mm", 520.0),
        ("Cercueil", "Peuplier crémation", 176.0),
        ("Urne", "Urne biodégradable", 29.0),
        ("Urne", "Urne laiton gravée", 72.0),
        ("Capiton", "Capiton satin blanc", 18.0),
        ("Plaque", "Plaque d'identité gravée", 8.5),
        ("Cuvette", "Cuvette étanche", 12.0),
    ],
}


def tpl_coffin_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The coffin supplier's invoice to the firm: coffins, urns, nameplates engraved with the
    names of the deceased and sundries, delivery note numbers, over one to three pages with a
    running header."""
    h = head_of(who, "coffin")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = date(int(OFFICE["month"].year), int(OFFICE["month"].month), 1) + timedelta(
        days=rng.randint(0, 27)
    )  # type: ignore[attr-defined]
    no = serial(rng, tr(lg, "SI-999999", "RE 2025-99999", "FC999999"))
    sh = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        sh,
        s,
        h,
        fd_lines(lg, tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acc"), "AAA999")),
        ],
    )
    sh.y = title_block(sh.page, s, sh.y, tr(lg, "Sales Invoice", "Rechnung", "Facture"))
    rows: list[list[str]] = []
    net = 0.0
    for _ in range(rng.choice([4, 8, 14, 24, 40, 56])):
        kind, what, price = rng.choice(SUPPLIES[lg])
        qty = (
            1
            if kind
            in ("Coffin", "Casket", "Sarg", "Cercueil", "Nameplate", "Namensschild", "Plaque")
            else rng.choice([1, 2, 5, 10])
        )
        if kind in ("Nameplate", "Namensschild", "Plaque"):
            fu = rng.choice(FUNERALS)
            what = f"{what}: {fu.dead.name.upper()} {fu.born.year}-{fu.died.year}"
        net += qty * price
        rows.append(
            [
                serial(rng, "AA-9999"),
                f"{kind} - {what}",
                str(qty),
                money(price, lg),
                money(qty * price, lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.1, "left"), (5, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")]
    )
    sh.page.text(
        m,
        sh.y,
        f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} "
        f"{serial(rng, '999999')}  -  {short(d - timedelta(days=2), lg)}",
        s.font,
        s.size - 1,
    )
    sh.y += 16
    table(
        sh,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    sh.need(70)
    sh.y = (
        pairs(
            sh.page,
            s,
            w / 2,
            sh.y + 8,
            [
                (tr(lg, "Goods total", "Warenwert netto", "Total HT"), money(net, lg)),
                (tr(lg, "Carriage", "Fracht", "Port"), money(0.0, lg)),
                (tr(lg, "VAT @ 20%", "MwSt. 19 %", "TVA 20 %"), money(net * rate, lg)),
                (
                    tr(lg, "Invoice total", "Rechnungsbetrag", "Net à payer"),
                    cash(net * (1 + rate), lg),
                ),
            ],
            w - m,
        )
        + 6
    )
    write(
        sh,
        s,
        tr(
            lg,
            "Terms: net 30 days from end of month. Title remains with the seller until "
            "paid in full.",
            "Zahlbar innerhalb 30 Tagen netto. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum.",
            "Paiement à 45 jours fin de mois. Clause de réserve de propriété.",
        ),
        s.size - 1.5,
    )
    received(rng, sh.pages[0], home(), d)
    note(None, d, no)
    return close(sh.pages, s, h)


def tpl_vehicle_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The carriage master's invoice for one funeral: hearse, limousines and bearers, times and
    route; A5 or A4, one page."""
    h = head_of(who, "vehicles")
    lg = h.lang
    size = keyed(who, "vhsize").choice([A5, A4, landscape(A5)])
    s = style_of(h, size, margin=32 if size != A4 else 0, pt=8.5 if size != A4 else 0)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.when + timedelta(days=rng.randint(0, 6))
    no = serial(rng, "9999")
    sh = sheets(s, h)
    p = sh.page
    sh.y = title_block(
        p, s, sh.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), f"No. {no}  {short(d, lg)}"
    )
    sh.y = (
        pairs(
            p,
            s,
            m,
            sh.y,
            [
                (tr(lg, "To", "An", "Client"), fd_head().name),
                (tr(lg, "Funeral", "Bestattung", "Obsèques"), f"{f.dead.name}  ({f.ref})"),
                (
                    tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
                    f"{short(f.when, lg)} {f.time}",
                ),
                (
                    tr(lg, "Route", "Strecke", "Trajet"),
                    f"{town_of(f.dead.town, lg)} - {f.venue.split(' - ')[0]}",
                ),
            ],
            w - m,
        )
        + 6
    )
    cars = rng.randint(0, 2)
    rows = [
        [
            tr(
                lg,
                "Hearse (Mercedes E-Class)",
                "Bestattungswagen (Mercedes E-Klasse)",
                "Corbillard (Mercedes Classe E)",
            ),
            "1",
            money(325.0, lg),
        ]
    ]
    if cars:
        rows.append(
            [
                tr(lg, "Limousine, 7 seats", "Trauerfahrzeug", "Véhicule de suite"),
                str(cars),
                money(235.0 * cars, lg),
            ]
        )
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Bearers", "Sargträger", "Porteurs"),
                str(rng.choice([4, 6])),
                money(rng.choice([160.0, 240.0]), lg),
            ]
        )
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Extra mileage", "Mehrkilometer", "Kilomètres supplémentaires"),
                str(rng.randint(10, 60)),
                money(rng.randint(15, 60), lg),
            ]
        )
    cols = columns(m, w - m, [(5, "left"), (0.6, "right"), (1.3, "right")])
    table(
        sh,
        cols,
        [
            tr(lg, "Vehicle / service", "Leistung", "Prestation"),
            tr(lg, "No.", "Anz.", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    tot = sum(
        float(r[2].replace(".", "").replace(",", ".").replace(" ", ""))
        if lg != "en"
        else float(r[2].replace(",", ""))
        for r in rows
    )
    sh.y = (
        pairs(
            sh.page, s, w / 2, sh.y + 6, [(tr(lg, "Total", "Summe", "Total"), cash(tot, lg))], w - m
        )
        + 4
    )
    write(
        sh,
        s,
        tr(
            lg,
            "With thanks - payment 30 days",
            "Zahlbar sofort nach Erhalt",
            "Merci de votre confiance",
        ),
        s.size - 1,
    )
    received(rng, sh.page, home(), d, 0.3)
    note(f, d, no)
    return close(sh.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates KK: money from the estate
# ---------------------------------------------------------------------------------------------


def tpl_plan_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The funeral plan provider's letter on the plan taken out by the deceased: the plan, what
    it covers and the amount it will pay the firm, with the redemption statement and the claim
    form to return (Treuhandabrechnung, attestation du contrat obsèques)."""
    h = head_of(who, "plan")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "ltr").random() < 0.3 else A4)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.died + timedelta(days=rng.randint(2, 10))
    plan = serial(rng, tr(lg, "FP9999999", "TH-99999-9", "CO 99999999"))
    sh = sheets(s, h, f"{tr(lg, 'Plan', 'Vertrag', 'Contrat')} {plan} - {f.dead.name}")
    recipient(
        sh,
        s,
        h,
        fd_lines(lg),
        d,
        [(tr(lg, "Plan number", "Vertragsnummer", "N° de contrat"), plan), our_ref(f, lg)],
    )
    sh.page.text(
        m,
        sh.y,
        fit(
            tr(
                lg,
                f"Plan holder: {late(f, lg)}",
                f"Treuhandvertrag {late(f, lg)}",
                f"Contrat obsèques de {late(f, lg)}",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    sh.y += 20
    write(sh, s, dear(lg, None))
    amount = float(rng.choice([3295, 3850, 4195, 4650, 5200]))
    paid = float(rng.randint(2400, 7200))
    write(
        sh,
        s,
        tr(
            lg,
            "We were sorry to learn of the death of our plan holder. The "
            f"{rng.choice(['Traditional', 'Simple', 'Premier'])} "
            "Plan purchased on "
            f"{short(f.born.replace(year=max(f.born.year + 55, 2010)), lg)} covers your "
            "professional "
            "services in full and includes a disbursements allowance of "
            f"{cash(rng.choice([850.0, 1000.0, 1200.0]), lg)}. "
            "On receipt of the signed claim form, the death certificate and your final "
            "account we will pay the "
            "amount shown below. " + prose(rng, lg, "money", 1, 2),
            "wir haben vom Ableben unseres Vertragspartners erfahren. Das "
            "Treuhandguthaben wird nach Vorlage der "
            "Sterbeurkunde und Ihrer Rechnung an Sie ausgezahlt. " + prose(rng, lg, "money", 1, 2),
            "Nous avons été informés du décès de notre adhérent. Le capital garanti "
            "sera versé à l'opérateur funéraire "
            "désigné sur présentation de la facture et de l'acte de décès. "
            + prose(rng, lg, "money", 1, 2),
        ),
    )
    sh.y = (
        pairs(
            sh.page,
            s,
            m,
            sh.y,
            [
                (
                    tr(lg, "Plan value payable", "Auszahlungsbetrag", "Capital garanti"),
                    cash(amount if lg == "en" else paid, lg),
                ),
                (
                    tr(lg, "Plan start date", "Vertragsbeginn", "Date d'effet"),
                    short(date(rng.randint(2008, 2021), rng.randint(1, 12), 1), lg),
                ),
            ],
            w / 2 + 60,
        )
        + 10
    )
    regards(
        sh, s, lg, staff(h, "pl"), tr(lg, "Claims Team", "Vertragsverwaltung", "Service gestion")
    )
    pages = close(sh.pages, s, h)
    if rng.random() < 0.6:
        q = sheets(s, h, f"{plan} - {f.dead.name}", top=h.again)
        caption(
            q,
            s,
            tr(lg, "Redemption statement", "Kontoauszug Treuhandkonto", "Relevé de cotisations"),
            2,
        )
        rows = []
        bal = 0.0
        for k in range(rng.randint(4, 14)):
            v = round(rng.uniform(20, 900), 2)
            bal += v
            rows.append(
                [
                    short(date(2010 + k, rng.randint(1, 12), 1), lg),
                    tr(
                        lg,
                        "Payment received" if k else "Initial payment",
                        "Einzahlung" if k else "Ersteinzahlung",
                        "Cotisation" if k else "Versement initial",
                    ),
                    money(v, lg),
                    money(bal, lg),
                ]
            )
        if lg == "de":
            bal += 84.12
            rows.append([short(d, lg), "Zinsgutschrift", "84,12", money(bal, lg)])
        cols = columns(
            s.margin, w - s.margin, [(1.3, "left"), (4, "left"), (1.3, "right"), (1.4, "right")]
        )
        table(
            q,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Transaction", "Vorgang", "Opération"),
                tr(lg, "Amount", "Betrag", "Montant"),
                tr(lg, "Balance", "Saldo", "Cumul"),
            ],
            rows,
            s,
            rules=rng.random() < 0.5,
        )
        pages.extend(close(q.pages, s, h, numbers="none"))
    if rng.random() < 0.5:
        c = sheets(paper(s, s.page_size), h, top=False)
        caption(
            c,
            s,
            tr(lg, "Funeral plan claim form", "Auszahlungsantrag", "Demande de règlement"),
            3,
            rule=True,
        )
        section(
            c,
            s,
            tr(lg, "Plan holder", "Vertragspartner/in", "Adhérent"),
            [
                (tr(lg, "Name", "Name", "Nom"), f.dead.name),
                (tr(lg, "Plan number", "Vertrag", "Contrat"), plan),
                (tr(lg, "Date of death", "Sterbedatum", "Date du décès"), short(f.died, lg)),
                (
                    tr(lg, "Date of funeral", "Bestattung am", "Date des obsèques"),
                    short(f.when, lg),
                ),
            ],
        )
        section(
            c,
            s,
            tr(lg, "Funeral director", "Bestatter", "Opérateur funéraire"),
            [
                (tr(lg, "Firm", "Firma", "Entreprise"), fd_head().name),
                (tr(lg, "Our ref", "Az.", "Dossier"), f.ref),
            ],
        )
        c.y += 6
        tick_line(
            c,
            s,
            tr(lg, "Enclosed", "Anlagen", "Pièces jointes"),
            tr(
                lg,
                "Death certificate|Final account|Cremation certificate",
                "Sterbeurkunde|Rechnung",
                "Acte de décès|Facture",
            ).split("|"),
            {0, 1},
        )
        c.y += 24
        sign(c.page, s.margin, c.y, staff(fd_head(), "arr"))
        c.page.line(s.margin, c.y + 4, s.margin + 170, c.y + 4)
        c.page.text(
            s.margin,
            c.y + 13,
            tr(
                lg, "Signature of funeral director", "Unterschrift / Stempel", "Signature et cachet"
            ),
            s.font,
            7,
        )
        pages.extend(c.pages)
    note(f, d, plan)
    return pages


def tpl_bank_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The bank's bereavement letter about paying the funeral account from the deceased's
    account: the accounts are held, the funeral will be paid on the original account, or the
    payment has been made; sometimes with the bank's payment request form."""
    h = head_of(who, "bank")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng, ("final_account",))
    d = the_day(rng, ("final_account",), (5, 20), f.when + timedelta(days=rng.randint(5, 30)))
    ref = serial(rng, tr(lg, "BER/999999", "NL 99999/25", "SUCC-999999"))
    to_fd = rng.random() < 0.6
    sh = sheets(s, h)
    recipient(
        sh,
        s,
        h,
        fd_lines(lg) if to_fd else client_lines(f, lg),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), ref)],
    )
    sh.page.text(
        m,
        sh.y,
        fit(
            tr(
                lg,
                f"Estate of {late(f, lg)}",
                f"Nachlass {late(f, lg)}",
                f"Succession de {late(f, lg)}",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    sh.y += 20
    write(sh, s, dear(lg, None if to_fd else mr(f.client, lg)))
    paid = LAST["kind"] == "final_account" and rng.random() < 0.6
    amt = float(rng.randint(2900, 6800))
    if paid:
        body = tr(
            lg,
            f"We have today made a payment of {cash(amt, lg)} to your account from the "
            "funds held by the late "
            "account holder, in settlement of your funeral account dated "
            f"{short(d - timedelta(days=9), lg)}. ",
            "zu Lasten des Kontos der/des Verstorbenen haben wir heute den Betrag von "
            f"{cash(amt, lg)} zum "
            "Ausgleich Ihrer Rechnung überwiesen. ",
            "Nous vous informons que nous avons procédé ce jour au règlement de votre "
            "facture d'obsèques d'un "
            f"montant de {cash(amt, lg)} par prélèvement sur le compte du défunt. ",
        )
    else:
        body = tr(
            lg,
            "We have been notified of the death of our customer and the accounts in "
            "their sole name have been "
            "held. We are able to pay the funeral account directly from these funds "
            "before probate. Please "
            "send us the original invoice and a copy of the death certificate. ",
            "wir wurden über den Tod unseres Kunden informiert. Die Konten sind bis "
            "zur Vorlage eines "
            "Erbscheins gesperrt. Die Bestattungskosten können wir gegen Vorlage der "
            "Originalrechnung "
            "direkt begleichen. ",
            "Les comptes du défunt sont bloqués dans l'attente du règlement de la "
            "succession. Conformément à "
            "la réglementation, nous pouvons régler les frais d'obsèques dans la "
            "limite de 5 910 EUR sur "
            "présentation de la facture. ",
        )
    write(sh, s, body + prose(rng, lg, "money", 1, 2))
    regards(
        sh,
        s,
        lg,
        staff(h, "bk"),
        tr(lg, "Bereavement Support Team", "Nachlassservice", "Pôle Successions"),
    )
    pages = close(sh.pages, s, h)
    if not paid and rng.random() < 0.5:
        q = sheets(s, h, top=True)
        caption(
            q,
            s,
            tr(
                lg,
                "Request to pay a funeral invoice",
                "Auftrag zur Zahlung von Bestattungskosten",
                "Demande de règlement des frais d'obsèques",
            ),
            2,
            rule=True,
        )
        section(
            q,
            s,
            tr(lg, "Deceased customer", "Verstorbene/r Kunde/in", "Titulaire décédé"),
            [
                (tr(lg, "Name", "Name", "Nom"), f.dead.name),
                (tr(lg, "Date of death", "Sterbedatum", "Date du décès"), short(f.died, lg)),
                (tr(lg, "Sort code / account", "IBAN", "IBAN"), ""),
                (tr(lg, "Branch", "Filiale", "Agence"), ""),
            ],
        )
        section(
            q,
            s,
            tr(lg, "Payment to", "Zahlungsempfänger", "Bénéficiaire"),
            [
                (tr(lg, "Funeral director", "Bestatter", "Entreprise"), fd_head().name),
                (tr(lg, "Invoice amount", "Rechnungsbetrag", "Montant"), ""),
                (tr(lg, "Invoice number", "Rechnungs-Nr.", "Facture n°"), ""),
            ],
        )
        q.y += 30
        q.page.line(m, q.y, m + 180, q.y)
        q.page.text(
            m,
            q.y + 10,
            tr(
                lg,
                "Signature of executor / next of kin",
                "Unterschrift Erbe/Erbin",
                "Signature de l'héritier",
            ),
            s.font,
            7,
        )
        pages.extend(close(q.pages, s, h, numbers="none"))
    received(rng, pages[0], home(), d, 0.35 if to_fd else 0)
    note(f, d, ref)
    return pages


def grant_copy(rng: random.Random, s0: Style, f: Funeral, lg: str, d: date) -> Page:
    """The copy of the grant of probate (Erbschein, acte de notoriété) a solicitor encloses,
    marked as a copy."""
    s = paper(s0, A4, margin=60)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    if lg == "en":
        p.text(w / 2, m + 10, "In the High Court of Justice", s.font, 11, "center")
        p.text(w / 2, m + 26, "The Family Division", s.font, 10, "center")
        p.text(w / 2, m + 60, "GRANT OF PROBATE", s.bold, 16, "center")
        text = (
            f"{f.dead.name.upper()} of {f.dead.street}, {f.dead.town} died on "
            f"{day_long(f.died, lg)} domiciled in "
            "England and Wales. The last Will of the deceased was proved and "
            "registered in the High Court and "
            "administration of the estate was granted to the executors named in it. "
            "The estate was valued at "
            f"less than {cash(float(rng.choice([325000, 250000, 125000])), lg)}."
        )
        head2 = (
            f"Dated {day_long(d - timedelta(days=rng.randint(10, 60)), lg)}    District "
            "Probate Registry at Leeds"
        )
    elif lg == "de":
        p.text(w / 2, m + 10, "Amtsgericht Münster - Nachlassgericht", s.font, 11, "center")
        p.text(
            w / 2,
            m + 26,
            f"Geschäftsnummer: {rng.randint(10, 99)} VI {rng.randint(100, 999)}/{d.year % 100}",
            s.font,
            9,
            "center",
        )
        p.text(w / 2, m + 60, "ERBSCHEIN", s.bold, 16, "center")
        text = (
            f"Es wird bezeugt, dass {f.dead.name}, geboren am {short(f.born, lg)}, "
            f"verstorben am {short(f.died, lg)} "
            f"in Münster, zuletzt wohnhaft in {f.dead.town}, beerbt worden ist von "
            f"{f.client.name} allein."
        )
        head2 = (
            f"Münster, {short(d - timedelta(days=rng.randint(10, 60)), lg)}  -  Rechtspfleger/in"
        )
    else:
        p.text(w / 2, m + 10, "Office notarial", s.font, 11, "center")
        p.text(w / 2, m + 60, "ACTE DE NOTORIÉTÉ", s.bold, 16, "center")
        text = (
            "L'AN DEUX MILLE VINGT-CINQ, le notaire soussigné a reçu le présent acte "
            "de notoriété à la requête de "
            f"{f.client.first} {f.client.last.upper()}, constatant le décès de "
            f"{f.dead.first} {f.dead.last.upper()}, "
            f"survenu le {date_text(f.died, 'fr', 'long')}, et la dévolution de sa succession."
        )
        head2 = f"Extrait - {short(d, lg)}"
    y = text_block(p, s, m, m + 110, w - 2 * m, text, s.size + 1)
    y = text_block(p, s, m, y + 10, w - 2 * m, prose(rng, lg, "money", 2, 3), s.size)
    p.text(m, y + 20, head2, s.font, 9)
    mark = tr(lg, "COPY", "ABSCHRIFT", "COPIE")
    p.text(w - m, m - 20, mark, "Helvetica-Bold", 20, "right")
    p.rect(
        w - m - tw(mark, "Helvetica-Bold", 20) - 8, m - 40, tw(mark, "Helvetica-Bold", 20) + 16, 28
    )
    seal(p, w - m - 60, hh - m - 80, 30, tr(lg, "PROBATE REGISTRY", "AMTSGERICHT", "NOTAIRE"))
    return p


def day_long(d: date, lg: str) -> str:
    return date_text(d, lg, "long")


def tpl_solicitor_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The solicitor's or notary's letter about the estate: asking for the final account
    addressed to the executors, confirming payment on the grant, or sending a cheque; often
    with a copy of the grant of probate / Erbschein / acte de notoriété enclosed."""
    h = head_of(who, "solicitor")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = the_funeral(rng)
    d = f.when + timedelta(days=rng.randint(10, 90))
    ref = serial(rng, tr(lg, "AA/AA/99999.1", "99/25 AA", "99999/AA"))
    sh = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        sh,
        s,
        h,
        fd_lines(lg),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), ref), our_ref(f, lg)],
    )
    sh.page.text(
        m,
        sh.y,
        fit(
            tr(
                lg,
                f"Re: The Estate of {f.dead.name} deceased",
                f"Nachlasssache {late(f, lg)}",
                f"Succession de {late(f, lg)}",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    sh.y += 20
    write(sh, s, dear(lg, None))
    variant = rng.randrange(3)
    if variant == 0:
        body = tr(
            lg,
            "We act for the executors of the above estate. Please let us have your "
            "final account for the funeral "
            "addressed to the executors c/o this office, so that it may be settled as "
            "a first charge on the estate "
            "once the Grant of Probate has been obtained. ",
            "wir zeigen an, dass wir die Erben vertreten. Bitte übersenden Sie uns "
            "Ihre Schlussrechnung, damit "
            "diese aus dem Nachlass beglichen werden kann. ",
            "Nous sommes chargés du règlement de la succession. Nous vous remercions "
            "de bien vouloir nous adresser "
            "votre facture acquittée ou le solde restant dû. ",
        )
    elif variant == 1:
        body = tr(
            lg,
            "The Grant of Probate has now been issued, a copy of which we enclose. We "
            "are pleased to enclose our "
            f"client account cheque for {cash(float(rng.randint(2500, 7000)), lg)} in "
            "full settlement of your account. ",
            "der Erbschein liegt nunmehr vor; eine Abschrift fügen wir bei. Ihre "
            "Rechnung werden wir in den "
            "nächsten Tagen aus dem Nachlass ausgleichen. ",
            "Nous vous prions de trouver ci-joint copie de l'acte de notoriété. Le "
            "solde de votre facture vous sera "
            "réglé par la comptabilité de l'office. ",
        )
    else:
        body = tr(
            lg,
            "We refer to your account which remains outstanding. The estate is "
            "awaiting the release of funds from "
            "the deceased's bank and we will settle your account as soon as these are received. ",
            "Ihre Rechnung liegt uns vor. Die Auszahlung verzögert sich, da die Bank "
            "die Konten erst nach "
            "Vorlage des Erbscheins freigibt. ",
            "Le déblocage des fonds est en cours auprès de l'établissement bancaire du défunt. ",
        )
    write(sh, s, body + prose(rng, lg, "money", 1, 3))
    for _ in range(rng.choice([0, 1, 2, 3])):
        write(sh, s, prose(rng, lg, "money", 2, 4))
    regards(
        sh,
        s,
        lg,
        staff(h, "sol"),
        tr(
            lg,
            rng.choice(["Partner", "Private Client Executive", "Solicitor"]),
            rng.choice(["Notar", "Rechtsanwältin", "Rechtsanwalt"]),
            rng.choice(["Notaire", "Clerc de notaire"]),
        ),
    )
    if variant == 1:
        write(sh, s, tr(lg, "Enc.", "Anlage", "P.J."), s.size - 1)
    pages = close(sh.pages, s, h)
    if variant == 1 and rng.random() < 0.7:
        pages.append(grant_copy(rng, s, f, lg, d))
    received(rng, pages[0], lg, d)
    note(f, d, ref)
    return pages


def tpl_thank_you_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A family's thank-you card to the firm: a printed front (Thank You, a lily or a photo)
    and the inside written by hand, or just the handwritten note on small paper."""
    lg = home()
    f = the_funeral(rng)
    size = rng.choice([CARD, CARD, NOTE, (CARD[1], CARD[0])])
    w, hh = size
    pages: list[Page] = []
    fonts = ("Times-Italic", "Times-Roman")
    if rng.random() < 0.6:
        c = Page(size)
        kind = rng.random()
        if kind < 0.4:
            photo(c, 18, 18, w - 36, hh * 0.6, rng)
            c.text(
                w / 2, hh * 0.6 + 42, tr(lg, "Thank You", "Danke", "Merci"), fonts[0], 22, "center"
            )
        else:
            leaf(c, w / 2, hh * 0.18, 2.5)
            c.text(
                w / 2,
                hh * 0.62,
                tr(
                    lg,
                    "With Heartfelt Thanks",
                    "Herzlichen Dank",
                    "Avec toute notre reconnaissance",
                ),
                fonts[0],
                shrink("With Heartfelt Thanks", fonts[0], 20, w - 40),
                "center",
            )
        pages.append(c)
    p = Page(size)
    text = tr(
        lg,
        f"Dear {fd_head().name.split(' Funeral')[0].split(' Family')[0]} team, thank "
        "you all so much for everything you did for "
        f"{'Mum' if f.dead.female else 'Dad'}. The service was beautiful and you made a "
        "very hard time so much easier for us. "
        "We couldn't have asked for more.",
        f"Liebes Team vom {fd_head().name}, herzlichen Dank für die einfühlsame "
        "Begleitung beim Abschied von "
        f"{'unserer Mutter' if f.dead.female else 'unserem Vater'}. Die Trauerfeier war "
        "wunderschön.",
        f"Merci à toute l'équipe pour votre écoute et votre gentillesse lors des obsèques de "
        f"{'notre maman' if f.dead.female else 'notre papa'}. Tout était parfait.",
    )
    y = 30.0
    for ln in wrap(text, HAND, 10, w - 40):
        p.text(20, y, ln, HAND, 10)
        y += 15
    y += 8
    p.text(
        w - 24,
        min(y, hh - 30),
        tr(
            lg,
            f"With love, {f.client.first} & family",
            f"Familie {f.client.last}",
            f"La famille {f.client.last}",
        ),
        HAND,
        10,
        "right",
    )
    pages.append(p)
    note(f, f.when + timedelta(days=rng.randint(7, 30)))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KK: repatriation
# ---------------------------------------------------------------------------------------------


def trip(f: Funeral) -> tuple[str, str, str]:
    """(direction, foreign language, foreign place) of a repatriation; a home one if none."""
    if f.abroad:
        way, lang, place = f.abroad.split(":", 2)
        return way, lang, place
    other = "fr" if home() != "fr" else "en"
    return "to", other, ABROAD[home()][other][0]


def tpl_mortuary_pass(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's mortuary pass for a body crossing a border (Strasbourg laissez-passer
    mortuaire / Leichenpass with its labels in several languages) or, in England, the
    coroner's acknowledgement of the notice to move a body out of England (Form 104). It comes
    from the country the body leaves, in that country's language."""
    f = next((x for x in FUNERALS if x.abroad), None) if rng.random() < 0.8 else None
    f = f or rng.choice(FUNERALS)
    way, other, place = trip(f)
    lg = home() if way == "to" else other
    h = head_of(who, "authority", lg)
    s = style_of(h, A4, margin=50, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = f.died + timedelta(days=rng.randint(2, 6))
    p = Page(s.page_size)
    dest = place if way == "to" else fd_head().town
    where = f.place if way == "to" else place
    if lg == "en":
        y = heading(p, s, h)
        p.text(m, y, "Removal of a body out of England", s.bold, 13)
        p.text(
            m,
            y + 14,
            "Acknowledgement of notice (Form 104) - Removal of Bodies Regulations 1954",
            s.font,
            8,
        )
        y += 40
        rows = [
            ("Name of deceased", f.dead.name),
            ("Date of death", day(h, f.died)),
            ("Place of death", where),
            ("Destination", dest),
            ("Intended date of removal", day(h, d + timedelta(days=2))),
            ("Person giving notice", f"{fd_head().name} on behalf of {f.client.name}"),
        ]
        for cap, val in rows:
            p.rect(m, y, w - 2 * m, 30)
            p.text(m + 4, y + 10, cap, s.font, 7.5)
            p.text(m + 10, y + 24, fit(val, s.font, 10, w - 2 * m - 20), s.font, 10)
            y += 30
        y = text_block(
            p,
            s,
            m,
            y + 20,
            w - 2 * m,
            "I acknowledge receipt of the notice of intention to remove the body of "
            "the above named out of England. I do not require the body to remain in "
            "England for the purposes of "
            "any inquiry.",
            9.5,
        )
        sign(p, m, y + 30, staff(h, "cor"))
        p.text(m, y + 44, "Assistant Coroner", s.font, 8)
        p.text(w - m, y + 30, day(h, d), s.font, 9, "right")
        stamp(p, w - m - 170, y + 60, ["HM CORONER", "WEST YORKSHIRE (EASTERN)", day(h, d)])
        note(f, d)
        return [p]
    p.rect(m - 10, m - 20, w - 2 * m + 20, hh - 2 * m + 30)
    title = tr(lg, "", "LEICHENPASS", "LAISSEZ-PASSER MORTUAIRE")
    p.text(w / 2, m + 6, title, s.bold, 18, "center")
    p.text(
        w / 2,
        m + 22,
        "Laissez-passer mortuaire - Leichenpass - Mortuary pass - Lasciapassare mortuario",
        s.font,
        7.5,
        "center",
    )
    p.text(
        w / 2,
        m + 32,
        tr(
            lg,
            "",
            "Übereinkommen über die Leichenbeförderung (Straßburg, 26.10.1973)",
            "Accord sur le transfert des corps des personnes décédées (Strasbourg, 26 "
            "octobre 1973)",
        ),
        s.font,
        7,
        "center",
    )
    crest(p, m, m + 44)
    p.text(m + 32, m + 56, h.name, s.bold, 10)
    p.text(w - m, m + 56, f"N° {serial(rng, '99999')}/{d.year}", s.font, 9, "right")
    y = m + 92
    labels = [
        (
            "1",
            tr(lg, "", "Name, Vorname / Nom, prénom / Name", "Nom, prénoms / Name, Vorname / Name"),
            f"{f.dead.last.upper()}, {f.dead.first}",
        ),
        (
            "2",
            tr(
                lg,
                "",
                "Geburtsdatum / Date de naissance / Date of birth",
                "Date de naissance / Geburtsdatum / Date of birth",
            ),
            short(f.born, lg),
        ),
        (
            "3",
            tr(
                lg,
                "",
                "Sterbedatum und -ort / Date et lieu du décès",
                "Date et lieu du décès / Sterbedatum und -ort",
            ),
            f"{short(f.died, lg)}  {where}",
        ),
        (
            "4",
            tr(
                lg,
                "",
                "Bestimmungsort / Lieu de destination / Destination",
                "Lieu de destination / Bestimmungsort / Destination",
            ),
            dest,
        ),
        (
            "5",
            tr(
                lg,
                "",
                "Beförderungsmittel / Moyen de transport",
                "Moyen de transport / Beförderungsmittel",
            ),
            rng.choice(
                tr(
                    lg,
                    "",
                    "Luftfracht|Straße (Bestattungswagen)",
                    "Voie aérienne|Route (véhicule funéraire)",
                ).split("|")
            ),
        ),
        (
            "6",
            tr(
                lg,
                "",
                "Verantwortliche Person / Personne responsable",
                "Personne responsable du transport",
            ),
            SENDERS["repat"][lg][0][0],
        ),
        (
            "7",
            tr(
                lg,
                "",
                "Todesursache: übertragbare Krankheit / maladie contagieuse",
                "Maladie contagieuse / ansteckende Krankheit",
            ),
            tr(lg, "", "nein / non / no", "non / nein / no"),
        ),
    ]
    for no, cap, val in labels:
        p.rect(m, y, w - 2 * m, 36)
        p.text(m + 4, y + 10, f"{no}.  {cap}", s.font, 7)
        p.text(m + 20, y + 27, fit(val, HAND, 10.5, w - 2 * m - 30), HAND, 10.5)
        y += 36
    y += 20
    text = tr(
        lg,
        "",
        "Die Leiche ist vorschriftsmäßig in einem Metallsarg luftdicht eingesargt. "
        "Gegen die Beförderung "
        "bestehen keine Bedenken.",
        "Le corps a été placé dans un cercueil hermétique conforme. Aucun obstacle ne "
        "s'oppose au transport.",
    )
    y = text_block(p, s, m, y, w - 2 * m, text, 9)
    p.text(m, y + 20, f"{h.town.split(' ', 1)[-1]}, {short(d, lg)}", s.font, 9)
    seal(p, m + 90, y + 80, 32, h.name.split(" - ")[0].upper()[:26], tr(lg, "", "SIEGEL", "SCEAU"))
    sign(p, w - m - 150, y + 70, staff(h, "pass"))
    p.text(
        w - m - 150, y + 84, tr(lg, "", "Im Auftrag", "Pour le Préfet et par délégation"), s.font, 8
    )
    note(f, d)
    return [p]


def tpl_repatriation_advice(rng: random.Random, who: Issuer) -> list[Page]:
    """The international repatriation firm's advice of the transport (in its own country's
    language): flight, air waybill and arrival, with the air waybill copy and the certificate
    of sealing / embalming behind it."""
    f = the_funeral(rng, ("mortuary_pass",))
    way, other, place = trip(f)
    lg = other if rng.random() < 0.7 else home()
    h = head_of(who, "repat", lg)
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = the_day(rng, ("mortuary_pass",), (0, 2), f.died + timedelta(days=rng.randint(4, 9)))
    awb = f"{rng.choice(['057', '020', '125', '074'])}-{rng.randint(10000000, 99999999)}"
    dep, arr = (AIRPORTS[home()][0], place) if way == "to" else (place, AIRPORTS[home()][0])
    sh = sheets(s, h, f"{h.name} - AWB {awb}")
    recipient(
        sh,
        s,
        h,
        fd_lines(lg),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "REP-9999")), our_ref(f, lg)],
    )
    sh.page.text(
        m,
        sh.y,
        fit(
            tr(
                lg,
                f"Repatriation of the late {f.dead.name}",
                f"Überführung {f.dead.name}",
                f"Rapatriement de {f.dead.first} {f.dead.last.upper()}",
            ),
            s.bold,
            s.size + 1,
            w - 2 * m,
        ),
        s.bold,
        s.size + 1,
    )
    sh.y += 20
    write(sh, s, dear(lg, None))
    flight = f"{rng.choice(['BA', 'LH', 'AF', 'TK', 'EI'])} {rng.randint(100, 1999)}"
    write(
        sh,
        s,
        tr(
            lg,
            "We confirm the arrangements for the repatriation as follows. ",
            "wir bestätigen die Überführung wie folgt. ",
            "Nous vous confirmons les modalités du rapatriement. ",
        )
        + prose(rng, lg, "care", 1, 2),
    )
    sh.y = (
        pairs(
            sh.page,
            s,
            m,
            sh.y,
            [
                (tr(lg, "Flight", "Flug", "Vol"), f"{flight}  {short(d + timedelta(days=1), lg)}"),
                (tr(lg, "From / to", "Von / nach", "De / à"), f"{dep} - {arr}"),
                (tr(lg, "Air waybill", "Luftfrachtbrief", "LTA"), awb),
                (
                    tr(
                        lg,
                        "Collection at cargo terminal",
                        "Abholung Frachtterminal",
                        "Enlèvement au fret",
                    ),
                    f"{rng.randint(8, 18)}:00",
                ),
            ],
            w - m - 60,
        )
        + 8
    )
    regards(sh, s, lg, staff(h, "rp"), tr(lg, "Operations", "Disposition", "Opérations"))
    pages = close(sh.pages, s, h)
    if rng.random() < 0.75:
        q = Page(s.page_size)
        q.text(m, m, "AIR WAYBILL", "Helvetica-Bold", 14)
        q.text(w - m, m, awb, "Courier-Bold", 12, "right")
        y = m + 16
        for _row in range(9):
            cols_ = rng.choice([2, 3, 4])
            cw = (w - 2 * m) / cols_
            for c in range(cols_):
                q.rect(m + c * cw, y, cw, 38)
                q.text(
                    m + c * cw + 3,
                    y + 8,
                    rng.choice(
                        [
                            "Shipper's Name and Address",
                            "Consignee's Name and Address",
                            "Airport of Departure",
                            "Handling Information",
                            "Nature and Quantity of Goods",
                            "Gross Weight",
                            "Rate Class",
                            "Declared Value for Carriage",
                            "Accounting Information",
                        ]
                    ),
                    "Helvetica",
                    5.5,
                )
                if rng.random() < 0.6:
                    q.text(
                        m + c * cw + 6,
                        y + 28,
                        fit(
                            rng.choice(
                                [
                                    h.name,
                                    fd_head().name,
                                    dep,
                                    arr,
                                    "HUM - HUMAN REMAINS",
                                    f"{rng.randint(120, 260)} K",
                                    "NVD",
                                    flight,
                                ]
                            ),
                            "Courier",
                            8,
                            cw - 10,
                        ),
                        "Courier",
                        8,
                    )
            y += 38
        q.rect(m, y + 10, w - 2 * m, 80)
        q.text(
            m + 4, y + 22, "HUMAN REMAINS IN COFFIN - 1 PC - HANDLE WITH CARE", "Courier-Bold", 9
        )
        q.text(w - m, hh - m, "ORIGINAL 3 (FOR SHIPPER)", "Helvetica-Bold", 8, "right")
        pages.append(q)
    if rng.random() < 0.6:
        c = sheets(s, h, top=rng.random() < 0.5)
        caption(
            c,
            s,
            tr(
                lg,
                "Certificate of Embalming and Sealing",
                "Bescheinigung über Einbalsamierung und Einsargung",
                "Attestation de soins et de fermeture hermétique",
            ),
            3,
        )
        write(
            c,
            s,
            tr(
                lg,
                f"I certify that the body of {f.dead.name} was embalmed by me and "
                "placed in a hermetically sealed "
                "zinc-lined coffin containing only the body and its clothing. The "
                "coffin was sealed in my presence.",
                f"Hiermit wird bescheinigt, dass die Leiche von {f.dead.name} "
                "hygienisch versorgt und in einem "
                "zugelöteten Zinksarg eingesargt wurde. Der Sarg enthält nur die "
                "Leiche und Bekleidung.",
                f"Je soussigné certifie que le corps de {f.dead.first} "
                f"{f.dead.last.upper()} a reçu des soins de "
                "conservation et a été placé dans un cercueil hermétique muni d'un "
                "filtre épurateur.",
            ),
        )
        c.y += 30
        sign(c.page, m, c.y, staff(h, "emb"))
        c.page.text(
            m,
            c.y + 14,
            tr(lg, "Embalmer (BIE)", "Thanatopraktiker", "Thanatopracteur diplômé"),
            s.font,
            8,
        )
        stamp(
            c.page,
            w - m - 180,
            c.y - 20,
            [h.name.split()[0].upper(), tr(lg, "SEALED", "VERLÖTET", "SCELLÉ"), short(d, lg)],
        )
        pages.extend(c.pages)
    note(f, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same funeral."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "arrangement_form": tpl_arrangement_form,
    "estimate": tpl_estimate,
    "final_account": tpl_final_account,
    "death_certificate": tpl_death_certificate,
    "burial_certificate": tpl_burial_certificate,
    "cremation_application": tpl_cremation_application,
    "medical_certificate": tpl_medical_certificate,
    "crematorium_booking": tpl_crematorium_booking,
    "cemetery_letter": tpl_cemetery_letter,
    "officiant_confirmation": tpl_officiant_confirmation,
    "notice_proof": tpl_notice_proof,
    "notice_invoice": tpl_notice_invoice,
    "florist_invoice": tpl_florist_invoice,
    "memorial_order": tpl_memorial_order,
    "coffin_invoice": tpl_coffin_invoice,
    "vehicle_invoice": tpl_vehicle_invoice,
    "plan_statement": tpl_plan_statement,
    "bank_letter": tpl_bank_letter,
    "solicitor_letter": tpl_solicitor_letter,
    "thank_you_card": tpl_thank_you_card,
    "mortuary_pass": tpl_mortuary_pass,
    "repatriation_advice": tpl_repatriation_advice,
}
TEMPLATES_KK: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "death_certificate",
    "crematorium_booking",
    "notice_invoice",
    "vehicle_invoice",
    "florist_invoice",
    "final_account",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "arrangement_form": "cremation_application",
    "medical_certificate": "cremation_application",
    "death_certificate": "burial_certificate",
    "notice_proof": "notice_invoice",
    "final_account": "bank_letter",
    "plan_statement": "final_account",
    "solicitor_letter": "final_account",
    "memorial_order": "cemetery_letter",
    "crematorium_booking": "officiant_confirmation",
    "mortuary_pass": "repatriation_advice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_hod_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One firm's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.55) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The firm (country,
    name, funerals in hand, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["fd"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    month = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["month"] = month
    FUNERALS[:] = [a_funeral(r, lang, month, k) for k in range(r.randint(5, 14))]
    LAST.update(kind="", funeral=None, day=None, ref="")
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_KK, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_hod_stream, "templates KK")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Jigger part of the generated corpus: templates QQQQQ, written blind for the next measurement.

A part of its own, ``jigger``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a gliding
club feeds through its scanner in a month. The club (in England, Germany or France) has its own
grass airfield, a training fleet of two-seaters and a few single-seaters, a winch and a tug
aircraft, a chairman, a chief flying instructor, a treasurer, a part-time office manager and
volunteer instructors and tug pilots. Its pile holds: applicants' membership application forms
filled in by hand (membership category and flying experience ticks, medical declaration, next of
kin, office use box) with the direct debit or SEPA mandate and the club rules acknowledgement on a
second sheet; the club's annual subscription invoices to its members (subscription, association
and insurance levy, launch account top-up, unworked duty hours, trailer parking; Beitragsrechnung,
appel de cotisation); office copies of trial lesson gift vouchers on DL cards with a counterfoil,
now and then with the conditions printed on the back; the trial lesson passenger's declaration
filled in on the day (weight, height, health questions, the instructor's flight record);
airworthiness review certificates (Form 15c) for the club's gliders and tug from the CAMO with the
review report checklist on a page of its own and now and then a compliment slip; the glider
workshop's invoices for annual inspections and repairs with the work report page; the club's daily
flying logs (launch lists) on landscape A4 filled in by hand; the aviation authority's letters
(CAA, Luftfahrt-Bundesamt or a Land aviation authority, DGAC / DSAC): a sailplane pilot licence
issued with the copy of the licence behind, the renewal of the site approval with its conditions,
an airspace consultation with a map page; the national gliding association's (BGA, DAeC, FFVP)
annual affiliation and insurance schedule with a covering letter, the landscape fleet schedule
and the levy invoice; aviation fuel suppliers' invoices (Avgas 100LL, UL91, winch diesel) with
the delivery ticket on a narrow slip; the airfield lease with the landowner (numbered clauses,
the plan of the airfield on a landscape page, a signature page); the grass-cutting contractor's
invoices with the mowing record; aeromedical examiners' LAPL medical certificates for members with
the fee receipt; members' logbook extracts photocopied on landscape pages with the instructor's
certified-copy stamp and now and then a typed experience summary in front; competition entry
forms filled in by a club pilot with the crew and declaration page; the organisers' entry
confirmation with the fee note; the club's incident reports (phase and type ticks, narrative,
the sketch of the circuit and the safety officer's assessment); grant letters towards a new
two-seater with the conditions annex and the acceptance form; glider manufacturers' order
confirmations with the equipment list, the payment schedule and the terms of sale; parachute
riggers' repack records on A5 or slips. Each stream is one club's pile: the club (country, name,
airfield, fleet, officers, month) is drawn once per stream; its outside senders are of the club's
country and write in its language, except that glider manufacturers, workshops, competition
organisers and riggers are now and then from abroad and write in their own. Page sizes range
from narrow delivery tickets, DL voucher cards and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the club files it: the
mandate and rules page of a membership application; the conditions on the back of a voucher; the
review report and the compliment slip of an airworthiness review certificate; the work report of
a workshop invoice; every sheet of one day's flying log; the licence copy, conditions or map page
of an authority letter; the covering letter, fleet schedule and levy invoice of the association's
schedule; the delivery ticket of a fuel invoice; the plan and signature pages of the lease; the
mowing worksheet of a contractor's invoice; the fee receipt of a medical certificate; the summary
sheet and all copied pages of a logbook extract; the crew and declaration page of a competition
entry; the fee note of an entry confirmation; the sketch and assessment page of an incident
report; the conditions annex and acceptance form of a grant letter; the equipment list, payment
schedule and terms of an order confirmation. Related papers are documents of their own: the
passenger's declaration after the trial voucher, the subscription invoice after a membership
application, the workshop's invoice after the airworthiness review certificate, the authority's
licence letter after a logbook extract, the organisers' confirmation after a competition entry
and the manufacturer's order confirmation after the grant letter; and so is each invoice,
voucher, flying log, medical certificate and repack record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: subscription invoices, trial vouchers,
daily flying logs, workshop invoices, fuel invoices, mowing invoices, medical certificates and
parachute repack records often come 2-4 in a row from one sender with other members, days,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same member, glider or pilot. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "jigger"`` and seeds
offset by 12_000_000.

Usage: ``python benchmarks/corpus_jigger.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/jigger/jigger_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "jigger"
SEED_OFFSET = 12_000_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
DL = (210 * MM, 99 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the club and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CLUBS: dict[str, list[tuple[Row, str]]] = {
    "en": [
        (
            ("Wolds Edge Gliding Club", "Airfield Lane, Huggate", "York YO42 1XP", "01377 288 410"),
            "Huggate Moor",
        ),
        (
            ("Cotswold Scarp Gliding Club", "Aston Field", "Stroud GL6 8HR", "01285 760 214"),
            "Aston Field",
        ),
        (
            ("Fenland Soaring Club Ltd", "Tydd Road", "Wisbech PE13 5LT", "01945 420 977"),
            "Tydd St Giles",
        ),
    ],
    "de": [
        (
            ("Luftsportverein Albtrauf e.V.", "Am Segelfluggelände 1", "72531 Hohenstein", ""),
            "Segelfluggelände Hohenstein-Ödenwaldstetten",
        ),
        (
            (
                "Segelfliegergruppe Hohe Rhön e.V.",
                "Fliegerweg 4",
                "36129 Gersfeld",
                "06654 91 72 0",
            ),
            "Segelfluggelände Gersfeld-Reesberg",
        ),
        (
            ("Fliegergruppe Wesertal e.V.", "Flugplatzstraße 12", "37671 Höxter", "05271 38 45 2"),
            "Sonderlandeplatz Höxter-Brenkhausen",
        ),
    ],
    "fr": [
        (
            ("Association Vol à Voile du Vercors", "Aérodrome", "26420 La Chapelle-en-Vercors", ""),
            "Aérodrome de La Chapelle-en-Vercors",
        ),
        (
            (
                "Centre de Vol à Voile de Champagne",
                "Route de Prunay",
                "51100 Reims",
                "03 26 07 18 44",
            ),
            "Aérodrome de Reims-Prunay",
        ),
        (
            ("Planeur Club de la Montagne Noire", "Aérodrome", "11400 Labécède-Lauragais", ""),
            "Aérodrome de la Montagne Noire",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "workshop": {
        "en": [
            ("Aston Down Sailplane Services Ltd", "Hangar 3, Aston Down", "Stroud GL6 8HR", ""),
            ("Wolds Composite Repairs", "Unit 4, Carr Lane", "Driffield YO25 6TT", "01377 250 660"),
            (
                "Midland Glider Maintenance Ltd",
                "Husbands Bosworth Airfield",
                "Lutterworth LE17 6JJ",
                "",
            ),
        ],
        "de": [
            ("Segelflugzeug-Instandhaltung Lenz GmbH", "Flugplatz 7", "73230 Kirchheim/Teck", ""),
            ("Flugzeugwerkstatt Heubach", "Am Hornberg 2", "73540 Heubach", "07173 88 41 0"),
            ("Rhön-Werkstatt für Segelflugzeuge", "Wasserkuppe 9", "36129 Gersfeld", ""),
        ],
        "fr": [
            ("Atelier Planeurs Services SARL", "Aérodrome, Hangar B", "04200 Vaumeilh", ""),
            ("Aéro Composite Maintenance", "Zone aéroportuaire", "51100 Reims", "03 26 05 44 12"),
        ],
    },
    "camo": {
        "en": [
            (
                "Pennine Sailplane CAMO Ltd",
                "The Old Watch Office, Sutton Bank",
                "Thirsk YO7 2EY",
                "",
            ),
            ("Southdown Airworthiness Services", "Parham Airfield", "Storrington RH20 4HR", ""),
        ],
        "de": [
            ("CAMO Segelflug Süd GmbH", "Flugplatzstraße 3", "87700 Memmingen", ""),
            ("Lufttüchtigkeit Nord - CAO/CAMO", "Hangarweg 11", "29221 Celle", ""),
        ],
        "fr": [
            ("FFVP - Organisme de gestion de navigabilité", "29 rue de Sèvres", "75006 Paris", ""),
            ("Navi-Planeur CAMO SAS", "Aérodrome de Bailleau", "28320 Bailleau-Armenonville", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Civil Aviation Authority - Licensing",
                "Aviation House, Beehive Ringroad",
                "Crawley RH6 0YR",
                "",
            ),
            (
                "Civil Aviation Authority - Airspace Regulation",
                "Aviation House",
                "Crawley RH6 0YR",
                "",
            ),
        ],
        "de": [
            ("Luftfahrt-Bundesamt", "Hermann-Blenk-Straße 26", "38108 Braunschweig", ""),
            (
                "Regierungspräsidium - Referat Luftverkehr",
                "Ruppmannstraße 21",
                "70565 Stuttgart",
                "",
            ),
            (
                "Regierungspräsidium Kassel - Luftverkehr",
                "Am Alten Stadtschloss 1",
                "34117 Kassel",
                "",
            ),
        ],
        "fr": [
            (
                "DGAC - Direction de la sécurité de l'Aviation civile",
                "50 rue Henry Farman",
                "75015 Paris",
                "",
            ),
            ("DSAC Centre-Est", "Aéroport de Lyon-Saint-Exupéry", "69125 Lyon", ""),
            ("DSAC Nord-Est", "Aéroport de Strasbourg-Entzheim", "67960 Entzheim", ""),
        ],
    },
    "association": {
        "en": [
            (
                "British Gliding Association",
                "8 Merus Court, Meridian Business Park",
                "Leicester LE19 1RJ",
                "",
            )
        ],
        "de": [
            (
                "Deutscher Aero Club e.V. - Bundeskommission Segelflug",
                "Hermann-Blenk-Straße 28",
                "38108 Braunschweig",
                "",
            ),
            (
                "Luftsportverband Landesverband e.V.",
                "Haus des Sports, Fritz-Walter-Weg 19",
                "70372 Stuttgart",
                "",
            ),
        ],
        "fr": [
            (
                "Fédération Française de Vol en Planeur",
                "29 rue de Sèvres",
                "75006 Paris",
                "01 45 44 04 78",
            )
        ],
    },
    "fuel": {
        "en": [
            ("Anglian Aviation Fuels Ltd", "Depot Road", "King's Lynn PE30 2HZ", "01553 771 200"),
            ("Severn Aviation Fuels", "Unit 9, Sharpness Docks", "Berkeley GL13 9UD", ""),
        ],
        "de": [
            ("AeroFuel Süd GmbH", "Industriestraße 40", "89079 Ulm", "0731 40 28 0"),
            ("Luftfahrt-Mineralöl Schneider KG", "Hafenstraße 6", "34125 Kassel", ""),
        ],
        "fr": [
            ("Avia Carburants Sud SAS", "ZI Les Plaines", "26800 Portes-lès-Valence", ""),
            ("Aéro Pétrole Services", "4 rue des Dépôts", "51430 Tinqueux", ""),
        ],
    },
    "landlord": {
        "en": [
            ("R. J. Pickering & Sons (Farmers)", "Manor Farm", "Huggate YO42 1YH", ""),
            ("Aston Estate Office", "The Stables, Aston Park", "Stroud GL6 8AA", ""),
            (
                "Fenland District Council - Estates",
                "Fenland Hall, County Road",
                "March PE15 8NQ",
                "",
            ),
        ],
        "de": [
            ("Gemeinde Hohenstein - Liegenschaften", "Rathausplatz 1", "72531 Hohenstein", ""),
            ("Georg Amann, Landwirt", "Hofgut Reesberg", "36129 Gersfeld", ""),
            ("Stadt Höxter - Liegenschaftsamt", "Westerbachstraße 45", "37671 Höxter", ""),
        ],
        "fr": [
            (
                "Commune de La Chapelle-en-Vercors",
                "Mairie, Place de la Mairie",
                "26420 La Chapelle-en-Vercors",
                "",
            ),
            ("GAEC des Trois Chênes", "Ferme de Prunay", "51360 Prunay", ""),
        ],
    },
    "mower": {
        "en": [
            (
                "Greenacre Agricultural Contractors",
                "Low Farm",
                "Pocklington YO42 2NA",
                "07971 220 318",
            ),
            ("T. Harding Grounds Maintenance", "12 Church Lane", "Wisbech PE13 2QJ", ""),
        ],
        "de": [
            ("Lohnunternehmen Brandl", "Hofstraße 5", "72531 Hohenstein", "07387 12 40"),
            ("Agrarservice Wesertal GmbH", "Feldweg 2", "37671 Höxter", ""),
        ],
        "fr": [
            ("ETA Verdier - Travaux agricoles", "Le Village", "26420 Saint-Agnan-en-Vercors", ""),
            ("SARL Espaces Verts Champenois", "12 rue du Moulin", "51100 Reims", ""),
        ],
    },
    "ame": {
        "en": [
            (
                "Dr Helen Marsh - Aviation Medical Examiner",
                "Garth Surgery, 14 Wold Road",
                "Driffield YO25 5DU",
                "",
            ),
            ("Airmed Practice Gloucester", "Staverton Business Park", "Gloucester GL51 6SR", ""),
        ],
        "de": [
            ("Dr. med. Thomas Gerber - Fliegerarzt", "Marktstraße 22", "72764 Reutlingen", ""),
            ("Flugmedizinisches Zentrum Fulda", "Heinrichstraße 8", "36037 Fulda", ""),
        ],
        "fr": [
            (
                "Dr Philippe Morel - Médecin aéronautique agréé",
                "6 avenue Victor Hugo",
                "26000 Valence",
                "",
            ),
            ("Centre médical aéronautique de Reims", "18 rue Libergier", "51100 Reims", ""),
        ],
    },
    "organiser": {
        "en": [
            (
                "Midland Regionals 2025 - Organising Committee",
                "c/o Husbands Bosworth Airfield",
                "Lutterworth LE17 6JJ",
                "",
            ),
            ("Northern Regionals - Sutton Bank", "Sutton Bank", "Thirsk YO7 2EY", ""),
        ],
        "de": [
            (
                "Hahnweide Segelflugwettbewerb - Wettbewerbsleitung",
                "Flugplatz Hahnweide",
                "73230 Kirchheim/Teck",
                "",
            ),
            ("Rhön-Segelflugwettbewerb - Organisation", "Wasserkuppe 1", "36129 Gersfeld", ""),
        ],
        "fr": [
            (
                "Championnat régional de vol à voile - Organisation",
                "Aérodrome de Vinon",
                "83560 Vinon-sur-Verdon",
                "",
            ),
            (
                "Coupe de la Montagne Noire - Comité d'organisation",
                "Aérodrome",
                "11400 Labécède-Lauragais",
                "",
            ),
        ],
    },
    "funder": {
        "en": [
            ("The Ellerby Aviation Trust", "3 Minster Yard", "York YO1 7HH", ""),
            (
                "County Sport Partnership - Community Fund",
                "Sports House, Park Road",
                "Gloucester GL1 1LH",
                "",
            ),
        ],
        "de": [
            (
                "Württembergischer Landessportbund e.V. - Sportstättenförderung",
                "Fritz-Walter-Weg 19",
                "70372 Stuttgart",
                "",
            ),
            (
                "Landessportbund Hessen e.V. - Vereinsförderung",
                "Otto-Fleck-Schneise 4",
                "60528 Frankfurt am Main",
                "",
            ),
        ],
        "fr": [
            ("Région - Direction des sports", "1 esplanade François Mitterrand", "69002 Lyon", ""),
            (
                "Conseil départemental - Service des sports",
                "Hôtel du Département",
                "51000 Châlons-en-Champagne",
                "",
            ),
        ],
    },
    "maker": {
        "en": [
            ("Aerostructures Sailplanes Ltd", "Unit 2, Bicester Heritage", "Bicester OX26 5HA", "")
        ],
        "de": [
            ("Segelflugzeugbau Hegau GmbH", "Flugplatzstraße 30", "78224 Singen", "07731 90 55 0"),
            ("Alb-Composite Flugzeugbau GmbH", "Hahnweide 5", "73230 Kirchheim/Teck", ""),
        ],
        "fr": [
            ("Planeurs Delorme SAS", "Aérodrome de Romorantin", "41200 Romorantin-Lanthenay", "")
        ],
    },
    "rigger": {
        "en": [("Skyline Parachute Services", "Unit 7, Hinton Airfield", "Brackley NN13 5NS", "")],
        "de": [
            ("Fallschirm-Service Reiter", "Am Flugplatz 14", "85635 Höhenkirchen", "08102 77 31 0")
        ],
        "fr": [("Atelier Parachutes du Sud", "Aérodrome de Gap-Tallard", "05130 Tallard", "")],
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
        "Alison",
        "Tom",
        "Fiona",
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
        "Uwe",
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
        "Marc",
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
        "Pike",
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
        "Roth",
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
        "Caron",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Alison", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}
ROADS = {
    "en": ["Station Road", "Westgate", "Church Lane", "Queen Street", "Mill Close", "Beech Grove"],
    "de": ["Hauptstraße", "Lindenweg", "Schulstraße", "Am Bach", "Gartenstraße", "Kirchgasse"],
    "fr": [
        "rue de la Gare",
        "avenue Jean Jaurès",
        "chemin des Vignes",
        "rue Pasteur",
        "place du Marché",
    ],
}
TOWNS = {
    "en": [
        "Beverley HU17 8BX",
        "Malton YO17 7HP",
        "Cirencester GL7 1AA",
        "Stroud GL5 1PS",
        "Ely CB7 4DL",
        "Hull HU5 2QT",
    ],
    "de": [
        "72764 Reutlingen",
        "72525 Münsingen",
        "36037 Fulda",
        "36100 Petersberg",
        "37671 Höxter",
        "33098 Paderborn",
    ],
    "fr": [
        "26000 Valence",
        "38000 Grenoble",
        "51100 Reims",
        "51200 Épernay",
        "11000 Carcassonne",
        "31000 Toulouse",
    ],
}

GLIDERS = [
    ("ASK 21", "Alexander Schleicher", 2, 98000.0),
    ("ASK 13", "Alexander Schleicher", 2, 18000.0),
    ("G 103 Twin Astir", "Grob Aircraft", 2, 32000.0),
    ("G 103A Twin II Acro", "Grob Aircraft", 2, 38000.0),
    ("DG-1000S", "DG Flugzeugbau", 2, 115000.0),
    ("Duo Discus", "Schempp-Hirth", 2, 88000.0),
    ("Discus CS", "Schempp-Hirth", 1, 42000.0),
    ("LS4-b", "Rolladen-Schneider", 1, 30000.0),
    ("ASW 24", "Alexander Schleicher", 1, 34000.0),
    ("Astir CS 77", "Grob Aircraft", 1, 16000.0),
    ("LS8-a", "DG Flugzeugbau", 1, 55000.0),
]
TUGS = [
    ("PA-25-235 Pawnee", "Piper Aircraft", 2, 45000.0),
    ("DR 400/180R Remorqueur", "Robin Aircraft", 4, 70000.0),
    ("A-1C-180 Husky", "Aviat Aircraft", 2, 120000.0),
]
MOTORGLIDERS = [("SF 25C Falke", "Scheibe Flugzeugbau", 2, 52000.0)]

TALK = {
    "en": {
        "club": "launch winch aerotow instructor circuit soaring thermal ridge cable flying "
        "members duty rota hangar trailer weather airfield briefing students solo",
        "legal": "landlord club land licence term rent access boundary hedges notice liability "
        "insurance assignment use airfield grazing mowing repair covenant",
        "tech": "inspection airworthiness maintenance programme directive tow hook release "
        "control circuit canopy placard weighing limit logbook component lifetime",
        "safety": "approach circuit wind cable brake landing field rotation speed airbrakes "
        "lookout launch signal drop winch driver instructor briefing height",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding charges terms settlement",
    },
    "de": {
        "club": "Start Winde Flugzeugschlepp Fluglehrer Platzrunde Thermik Hang Seil Flugbetrieb "
        "Mitglieder Dienst Halle Anhänger Wetter Fluggelände Einweisung Flugschüler Alleinflug",
        "legal": "Verpächter Verein Grundstück Nutzung Pachtzeit Pachtzins Zufahrt Grenze Hecke "
        "Kündigung Haftung Versicherung Flugbetrieb Beweidung Mahd Instandhaltung",
        "tech": "Prüfung Lufttüchtigkeit Instandhaltungsprogramm Lufttüchtigkeitsanweisung "
        "Schleppkupplung Steuerung Haube Kennblatt Wägung Betriebszeit Bordbuch Bauteil",
        "safety": "Anflug Platzrunde Wind Seilriss Landung Fahrt Bremsklappen Luftraumbeobachtung "
        "Windenfahrer Startleiter Fluglehrer Einweisung Höhe Signal Abkippen",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "club": "remorquage treuil instructeur tour de piste ascendance thermique pente câble vol "
        "membres permanence hangar remorque météo terrain briefing élèves lâcher",
        "legal": "bailleur association terrain occupation durée redevance accès limite haies "
        "résiliation responsabilité assurance activité aéronautique fauchage entretien",
        "tech": "visite navigabilité programme d'entretien consigne crochet largueur commandes "
        "verrière fiche pesée potentiel carnet de route équipement",
        "safety": "approche tour de piste vent rupture de câble atterrissage vitesse aérofreins "
        "surveillance treuilliste chef de piste instructeur hauteur signal départ",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "club", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "club", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The club of a stream: its country, month, airfield, fleet and officers
# ---------------------------------------------------------------------------------------------

CLUB: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
#: What the previous document was about (a companion takes up the same member, glider, day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


@dataclass
class Aircraft:
    reg: str
    mark: str  # BGA trigraph or competition number
    type: str
    maker: str
    serial: str
    year: int
    seats: int
    value: float
    kind: str  # glider | tug | motorglider


def home() -> str:
    return str(CLUB["lang"])


def month() -> date:
    m = CLUB["month"]
    assert isinstance(m, date)
    return m


def club_row() -> tuple[Row, str]:
    return CLUBS[home()][int(CLUB["row"])]  # type: ignore[call-overload]


def club_seed(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"jigger/{key}/{CLUB['seed']}".encode()))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's club and ``key``: a run or a repeat keeps its
    sender."""
    text = f"jigger/{key}/{who.name}/{who.street}/{who.city}/{CLUB['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_extra(kinds: tuple[str, ...]) -> dict[str, object]:
    ex = LAST["extra"]
    if after(kinds) and isinstance(ex, dict):
        return ex
    return {}


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, **extra: object) -> None:
    LAST.update(day=d, extra=extra)


def reg_for(r: random.Random, kind: str, lang: str) -> str:
    if lang == "en":
        return serial(r, "G-CAAA") if kind == "glider" else serial(r, "G-BAAA")
    if lang == "de":
        return {"glider": serial(r, "D-9999"), "tug": serial(r, "D-EAAA")}.get(
            kind, serial(r, "D-KAAA")
        )
    return serial(r, "F-CAAA") if kind == "glider" else serial(r, "F-GAAA")


def fleet() -> list[Aircraft]:
    """The club's aircraft: the same all through one stream."""
    got = CLUB.get("fleet")
    if isinstance(got, list):
        return got
    r = club_seed("fleet")
    lg = home()
    out: list[Aircraft] = []
    two = [g for g in GLIDERS if g[2] == 2]
    one = [g for g in GLIDERS if g[2] == 1]
    picks = r.sample(two, r.randint(2, 3)) + r.sample(one, r.randint(1, 3))
    for t, mk, seats, value in picks:
        reg = reg_for(r, "glider", lg)
        mark = reg[-3:] if lg == "en" else serial(r, "AA") if r.random() < 0.6 else serial(r, "99")
        out.append(
            Aircraft(
                reg,
                mark,
                t,
                mk,
                serial(r, "99999"[: r.randint(3, 5)]),
                r.randint(1978, 2019),
                seats,
                value * r.uniform(0.8, 1.2),
                "glider",
            )
        )
    t, mk, seats, value = r.choice(TUGS[:2] if lg != "fr" else TUGS[1:2])
    out.append(
        Aircraft(
            reg_for(r, "tug", lg),
            "",
            t,
            mk,
            serial(r, "99-9999"),
            r.randint(1968, 2005),
            seats,
            value,
            "tug",
        )
    )
    if r.random() < 0.4:
        t, mk, seats, value = MOTORGLIDERS[0]
        out.append(
            Aircraft(
                reg_for(r, "motorglider", lg),
                "",
                t,
                mk,
                serial(r, "4499"),
                r.randint(1972, 1990),
                seats,
                value,
                "motorglider",
            )
        )
    CLUB["fleet"] = out
    return out


def a_glider(rng: random.Random, two: bool = False) -> Aircraft:
    gs = [a for a in fleet() if a.kind == "glider" and (a.seats == 2 or not two)]
    return rng.choice(gs)


def officers() -> dict[str, str]:
    got = CLUB.get("officers")
    if isinstance(got, dict):
        return got
    r = club_seed("officers")
    lg = home()
    seen: set[str] = set()
    out: dict[str, str] = {}
    for role in (
        "chairman",
        "cfi",
        "treasurer",
        "office",
        "safety",
        "inst1",
        "inst2",
        "inst3",
        "tug1",
        "tug2",
        "tech",
    ):
        while True:
            n = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
            if n not in seen:
                seen.add(n)
                out[role] = n
                break
    CLUB["officers"] = out
    return out


def a_person(rng: random.Random, lang: str | None = None) -> str:
    lg = lang or home()
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def an_address(rng: random.Random, lang: str) -> tuple[str, str]:
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 88)
    return (f"{road} {no}" if lang == "de" else f"{no} {road}"), rng.choice(TOWNS[lang])


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def role_name(role: str, lang: str) -> str:
    return {
        "chairman": tr(lang, "Chairman", "1. Vorsitzender", "Président"),
        "cfi": tr(lang, "Chief Flying Instructor", "Ausbildungsleiter", "Chef pilote"),
        "treasurer": tr(lang, "Treasurer", "Kassenwart", "Trésorier"),
        "office": tr(lang, "Office Manager", "Geschäftsstelle", "Secrétariat"),
        "safety": tr(
            lang, "Club Safety Officer", "Flugsicherheitsbeauftragter", "Correspondant sécurité"
        ),
        "tech": tr(lang, "Technical Officer", "Werkstattleiter", "Responsable technique"),
    }.get(role, role)


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
TAGS = {
    "club": (
        "Gliding - Soaring - Training",
        "Segelflug - Ausbildung - Leistungsflug",
        "Vol à voile - École de pilotage",
    ),
    "workshop": (
        "Sailplane maintenance & composite repairs",
        "Instandhaltung - Reparatur - Lackierung",
        "Entretien et réparation de planeurs",
    ),
    "camo": (
        "Continuing airworthiness management",
        "Aufrechterhaltung der Lufttüchtigkeit",
        "Gestion de navigabilité",
    ),
    "fuel": (
        "Aviation fuels & lubricants",
        "Flugkraftstoffe - Schmierstoffe",
        "Carburants aviation",
    ),
    "mower": (
        "Agricultural & grounds contracting",
        "Lohnarbeiten - Grünflächenpflege",
        "Travaux agricoles et espaces verts",
    ),
    "maker": (
        "Sailplanes - Motor gliders",
        "Segelflugzeuge - Motorsegler",
        "Planeurs - motoplaneurs",
    ),
    "rigger": (
        "Emergency parachutes - rigging & repair",
        "Rettungsfallschirme - Packen und Prüfen",
        "Parachutes de secours - pliage",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "ame"):
        return []
    if role == "club":
        return [
            tr(
                lang,
                f"Registered charity no. {r.randint(1000000, 1199999)} - Affiliated to the British "
                "Gliding Association",
                "Eingetragen im Vereinsregister Amtsgericht "
                f"{r.choice(['Stuttgart', 'Fulda', 'Paderborn'])} "
                f"VR {r.randint(100, 9999)} - als gemeinnützig anerkannt - Mitglied im DAeC",
                f"Association loi 1901 - SIRET {r.randint(300, 899)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(10000, 99999)} - affiliée à la FFVP",
            )
        ]
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht Ulm HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Markus Feldhaus", "Dr. Ulrike Brandes", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)}"
        ]
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"jigger/head/{name}/{CLUB['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "authority":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("ame", "rigger", "mower"):
        looks = ["plain", "centred", "side"]
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
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def club_head() -> Head:
    row, _ = club_row()
    return make_head(row, home(), "club")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and club), of the club's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


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
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
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


def wings(p: Page, x: float, y: float) -> None:
    """A club badge: a glider's outline (long wings, fuselage, tail) in a box."""
    p.rect(x, y - 12, 40, 30)
    p.line(x + 3, y + 1, x + 37, y + 1)
    p.line(x + 3, y + 2.5, x + 37, y + 2.5)
    p.line(x + 20, y - 6, x + 20, y + 13)
    p.line(x + 15, y + 12, x + 25, y + 12)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGS.get(h.role, ("", "", ""))
    tagline = tr(h.lang, *tag) if tag[0] else ""
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
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "club":
            wings(p, m, y - 2)
        else:
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
    parts = [t for t in parts if t not in ("Dr", "med")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the club's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 6)), lang),
                rng.choice(
                    {
                        "en": ["Treasurer", "Office", "Tech"],
                        "de": ["Kasse", "Geschäftsstelle", "Werkstatt"],
                        "fr": ["Trésorerie", "Secrétariat", "Technique"],
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
        f.page.text(
            m, f.y + s.size * 1.3, fit(role, s.font, s.size - 1, f.size[0] / 2), s.font, s.size - 1
        )
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"jigger/staff/{tag}/{h.name}/{CLUB['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def club_lines(att: str = "") -> list[str]:
    h = club_head()
    return [h.name, *([att] if att else []), h.street, h.town]


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
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total"), net + tax)
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
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "") -> None:
    """A signature line with its caption under it, signed by ``who`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if who:
        scrawl(p, x + 6, y - 3, who, 12)


def bank_line(lg: str, r: random.Random) -> str:
    if lg == "en":
        code = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        return f"Sort code {code}  Account {r.randint(10000000, 99999999)}"
    cc = "DE" if lg == "de" else "FR76"
    groups = " ".join(str(r.randint(1000, 9999)) for _ in range(4))
    return f"IBAN {cc}{r.randint(10, 99)} {groups} {r.randint(10, 99)}"


def hline(p: Page, x: float, y: float, text: str, pt: float = 9.5, w: float = 0) -> None:
    hand(p, x, y, text, pt, w)


# ---------------------------------------------------------------------------------------------
# Templates QQQQQ: members, vouchers and the flying day
# ---------------------------------------------------------------------------------------------


def tpl_membership_application(rng: random.Random, who: Issuer) -> list[Page]:
    """An applicant's membership application on the club's printed form, filled in by hand:
    personal details, category and experience ticks, medical declaration, next of kin, the
    office use box; now and then the mandate and rules acknowledgement on a second sheet."""
    h = club_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    name = a_person(rng, lg)
    first, last = name.split()[0], name.split()[-1]
    street, town = an_address(rng, lg)
    born = date(rng.randint(1952, 2010), rng.randint(1, 12), rng.randint(1, 28))
    junior = d.year - born.year < 18
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(lg, "Application for Membership", "Aufnahmeantrag", "Demande d'adhésion")
    p.text(m, y, title, s.bold, 14)
    p.text(
        w - m,
        y,
        tr(lg, f"Season {d.year}", f"Saison {d.year}", f"Saison {d.year}"),
        s.font,
        9,
        "right",
    )
    y += 10
    y = (
        band(p, s, y + 10, tr(lg, "1. Personal details", "1. Angaben zur Person", "1. État civil"))
        + 4
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), last.upper() if lg == "fr" else last),
            (tr(lg, "First name(s)", "Vorname(n)", "Prénom(s)"), first),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (
                tr(lg, "Occupation", "Beruf", "Profession"),
                rng.choice(
                    {
                        "en": [
                            "Engineer",
                            "Student",
                            "Nurse",
                            "Retired",
                            "Teacher",
                            "IT consultant",
                        ],
                        "de": [
                            "Schüler",
                            "Ingenieurin",
                            "Elektriker",
                            "Rentner",
                            "Lehrerin",
                            "Student",
                        ],
                        "fr": ["Étudiant", "Infirmière", "Retraité", "Technicien", "Professeur"],
                    }[lg]
                ),
            ),
            (tr(lg, "Address", "Straße, Nr.", "Adresse"), street),
            (tr(lg, "Postcode, town", "PLZ, Ort", "CP, ville"), town),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{first.lower()[:6]}.{last.lower()[:6]}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y + 4,
            tr(lg, "2. Membership category", "2. Art der Mitgliedschaft", "2. Catégorie"),
        )
        + 10
    )
    cats = {
        "en": [
            "Full flying",
            "Junior (under 21)",
            "Cadet (14-17)",
            "3-month temporary",
            "Social (non-flying)",
        ],
        "de": [
            "aktiv fliegend",
            "Jugendliche/r (bis 18)",
            "in Ausbildung",
            "passiv / fördernd",
            "Schnuppermitgliedschaft",
        ],
        "fr": [
            "Membre actif",
            "Jeune (moins de 25 ans)",
            "Élève pilote",
            "Membre bienfaiteur",
            "Carte découverte",
        ],
    }[lg]
    pick = 1 if junior else rng.choice([0, 0, 2, 3, 4])
    y = ticks(p, s, m, y, w - 2 * m, cats, {pick}, 8)
    y = (
        band(
            p,
            s,
            y + 4,
            tr(
                lg,
                "3. Flying experience",
                "3. Fliegerische Vorkenntnisse",
                "3. Expérience aéronautique",
            ),
        )
        + 10
    )
    exp = tr(
        lg,
        "None;Trial lesson;Pre-solo;Solo;SPL / LAPL(S);Power licence",
        "keine;Gastflug;Schulung vor Alleinflug;Alleinflug;SPL / LAPL(S);PPL / Motorflug",
        "aucune;Vol d'initiation;Élève avant lâcher;Lâché;SPL / LAPL(S);PPL avion",
    ).split(";")
    k = rng.choice([0, 0, 1, 1, 2, 3, 4, 5])
    y = ticks(p, s, m, y, w - 2 * m, exp, {k}, 8)
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Hours / launches, licence no.:",
            "Flugstunden / Starts, Lizenz-Nr.:",
            "Heures / lancements, n° licence :",
        ),
        s.font,
        8,
    )
    if k >= 2:
        hand(
            p,
            m + 150,
            y + 4,
            f"{rng.randint(3, 400)} h / {rng.randint(20, 900)}"
            + (f", {serial(rng, 'GBR.FCL.9999999')}" if k >= 4 else ""),
            9.5,
            w - 2 * m - 160,
        )
    p.line(m + 146, y + 7, w - m, y + 7)
    y += 22
    y = (
        band(p, s, y + 4, tr(lg, "4. Medical declaration", "4. Gesundheit", "4. Aptitude médicale"))
        + 10
    )
    y = write_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I declare that to the best of my knowledge I do not suffer from any condition that "
            "could "
            "make me unfit to fly (fits, blackouts, heart conditions, diabetes treated with "
            "insulin). "
            "I will tell an instructor if my health changes.",
            "Ich erkläre, dass mir keine gesundheitlichen Einschränkungen bekannt sind, die meine "
            "Flugtauglichkeit beeinträchtigen. Ein Tauglichkeitszeugnis (LAPL oder Klasse 2) "
            "reiche ich "
            "vor dem ersten Alleinflug ein.",
            "Je certifie ne présenter à ma connaissance aucune contre-indication à la pratique "
            "du vol "
            "à voile. Je fournirai un certificat médical (LAPL ou classe 2) avant mon premier "
            "lâcher.",
        ),
        8,
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Agreed", "Zugestimmt", "Lu et approuvé"),
            tr(lg, "See note", "siehe Anmerkung", "voir remarque"),
        ],
        {0},
        8,
    )
    y = (
        band(
            p,
            s,
            y + 4,
            tr(lg, "5. Emergency contact", "5. Notfallkontakt", "5. Personne à prévenir"),
        )
        + 4
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), a_person(rng, lg)),
            (
                tr(lg, "Telephone / relationship", "Telefon / Beziehung", "Téléphone / lien"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0171 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                )
                + " / "
                + tr(
                    lg,
                    rng.choice(["partner", "mother", "father", "wife"]),
                    rng.choice(["Mutter", "Vater", "Ehefrau", "Partner"]),
                    rng.choice(["mère", "père", "épouse", "conjoint"]),
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y += 18
    hand(p, m + 4, y - 4, f"{town.split()[-1]}, {short(d, lg)}" if lg != "en" else short(d, lg))
    sign_line(p, s, m, y, 190, tr(lg, "Date", "Ort, Datum", "Lieu, date"))
    sign_line(
        p,
        s,
        w / 2,
        y,
        w / 2 - m,
        tr(lg, "Signature of applicant", "Unterschrift", "Signature"),
        name,
    )
    if junior:
        y += 36
        sign_line(
            p,
            s,
            w / 2,
            y,
            w / 2 - m,
            tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Représentant légal"),
            f"{rng.choice(FIRSTS[lg])} {last}",
        )
    y += 26
    if y < hh - m - 80:
        p.rect(m, y, w - 2 * m, 56, fill=0.93)
        p.text(
            m + 6,
            y + 12,
            tr(lg, "For office use only", "Vom Verein auszufüllen", "Cadre réservé au club"),
            s.bold,
            7.5,
        )
        p.text(
            m + 6,
            y + 28,
            tr(lg, "Proposed by / seconded by", "Aufnahme beschlossen am", "Adhésion validée le"),
            s.font,
            7,
        )
        p.text(w / 2, y + 28, tr(lg, "Membership no.", "Mitgl.-Nr.", "N° licence FFVP"), s.font, 7)
        if rng.random() < 0.7:
            hand(
                p,
                m + 130,
                y + 28,
                short(d + timedelta(days=rng.randint(3, 20)), lg)
                if lg != "en"
                else officers()["inst1"].split()[-1] + " / " + officers()["cfi"].split()[-1],
                9,
            )
            hand(p, w / 2 + 80, y + 28, serial(rng, "9999"), 9)
        if rng.random() < 0.4:
            p.text(m + 6, y + 46, tr(lg, "Paid:", "Beitrag bezahlt:", "Réglé :"), s.font, 7)
            hand(
                p,
                m + 60,
                y + 46,
                tr(lg, "cheque", "bar", "chèque") + f" {cash(rng.choice([50, 95, 120]), lg)}",
                9,
            )
    pages = [p]
    if rng.random() < 0.6:
        q = Page(s.page_size)
        y = m
        q.text(m, y, fit(f"{h.name} - {title} ({name})", s.font, 7.5, w - 2 * m), s.font, 7.5)
        y += 22
        if lg == "en":
            y = (
                band(q, s, y, "Instruction to your bank or building society to pay by Direct Debit")
                + 4
            )
            y = fields(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    ("Name(s) of account holder(s)", name),
                    (
                        "Bank / building society",
                        rng.choice(["Nationwide", "HSBC UK", "Barclays", "Yorkshire Bank"]),
                    ),
                    ("Sort code", serial(rng, "99-99-99")),
                    ("Account number", serial(rng, "99999999")),
                    ("Service user number", serial(keyed(who, "sun"), "999999")),
                    ("Reference", f"WGC{serial(rng, '9999')}"),
                ],
                per=2,
                tall=24,
            )
            y = write_at(
                q,
                s,
                m,
                y,
                w - 2 * m,
                "Please pay "
                + h.name
                + " Direct Debits from the account detailed in this Instruction subject to the "
                "safeguards assured by the Direct Debit Guarantee.",
                7.5,
            )
            if rng.random() < 0.6:
                y = band(q, s, y + 10, "Gift Aid declaration") + 8
                y = ticks(
                    q,
                    s,
                    m,
                    y,
                    w - 2 * m,
                    [
                        "I am a UK taxpayer and want the club to treat all subscriptions as "
                        "Gift Aid donations"
                    ],
                    {0} if rng.random() < 0.7 else set(),
                    8,
                )
        else:
            y = (
                band(q, s, y, tr(lg, "", "SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA"))
                + 4
            )
            y = write_at(
                q,
                s,
                m,
                y,
                w - 2 * m,
                tr(
                    lg,
                    "",
                    f"Ich ermächtige den {h.name}, Zahlungen (Mitgliedsbeiträge, Flugkosten) von "
                    "meinem Konto "
                    "mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut "
                    "an, die vom Verein "
                    "auf mein Konto gezogenen Lastschriften einzulösen.",
                    f"En signant ce formulaire de mandat, vous autorisez {h.name} à envoyer des "
                    "instructions à "
                    "votre banque pour débiter votre compte (cotisation, heures de vol).",
                ),
                7.5,
            )
            y = fields(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), name),
                    ("IBAN", bank_line(lg, rng).replace("IBAN ", "")),
                    ("BIC", serial(rng, "AAAAAA9A")),
                    (
                        tr(lg, "", "Gläubiger-ID", "ICS"),
                        serial(
                            keyed(who, "ci"),
                            "DE99ZZZ00000999999" if lg == "de" else "FR99ZZZ999999",
                        ),
                    ),
                ],
                per=2,
                tall=24,
            )
        y = (
            band(
                q,
                s,
                y + 12,
                tr(
                    lg,
                    "Club rules, flying orders and data protection",
                    "Satzung, Flugbetriebsordnung und Datenschutz",
                    "Règlement intérieur et protection des données",
                ),
            )
            + 8
        )
        rules = tr(
            lg,
            "I have received the club rules and flying orders;I consent to my details being "
            "passed to the BGA;Photographs may be used in club publications;I will carry out my "
            "share of duties (duty pilot, winch, field)",
            "Satzung und Flugbetriebsordnung erhalten;Weitergabe meiner Daten an DAeC und "
            "Landesverband;Veröffentlichung von Fotos auf der Website;Arbeitsstunden (30 "
            "h/Jahr) werden geleistet oder bezahlt",
            "J'ai pris connaissance du règlement intérieur;J'accepte la transmission de mes "
            "données à la FFVP;J'autorise l'utilisation de mon image;Je participerai aux tâches "
            "collectives (piste, treuil, hangar)",
        ).split(";")
        for k2, t in enumerate(rules):
            box(q, m, y, rng.random() < 0.9 or k2 == 0)
            for ln in wrap(t, s.font, 8, w - 2 * m - 16)[:2]:
                q.text(m + 14, y, ln, s.font, 8)
                y += 11
            y += 5
        y += 30
        hand(q, m + 4, y - 4, short(d, lg))
        sign_line(q, s, m, y, 190, tr(lg, "Date", "Ort, Datum", "Lieu, date"))
        sign_line(q, s, w / 2, y, w / 2 - m, tr(lg, "Signature", "Unterschrift", "Signature"), name)
        pages.append(q)
    received(rng, pages[0], lg, d, 0.3)
    remember(d, member=name, street=street, town=town, cat=pick, junior=junior)
    return pages


def write_at(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    """``text`` wrapped to ``width`` on ``p`` from ``y``; the y below."""
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


def box(p: Page, x: float, y: float, ticked: bool, size: float = 8) -> None:
    p.rect(x, y - size + 1.5, size, size)
    if ticked:
        p.line(x + 1.5, y - size + 3, x + size - 1.5, y)
        p.line(x + 1.5, y, x + size - 1.5, y - size + 3)


SUBS = {"en": 345.0, "de": 290.0, "fr": 380.0}


def tpl_subscription_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The club's annual subscription invoice to a member: subscription by category, the
    association and insurance levy, launch account top-up, unworked duty hours, trailer
    parking; no VAT (charity, gemeinnütziger Verein, association loi 1901); A4 or A5."""
    h = club_head()
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    ex = last_extra(("membership_application",))
    d = last_day(rng, ("membership_application",), (5, 18))
    member = str(ex.get("member") or a_person(rng, lg))
    if ex:
        street, town = str(ex["street"]), str(ex["town"])
    else:
        street, town = an_address(rng, lg)
    year = d.year + (1 if d.month >= 11 else 0)
    no = f"{year}-{rng.randint(1, 380):04d}" if rng.random() < 0.6 else serial(rng, "M99999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [mx(member, lg) if lg != "en" else member, street, town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° de facture"), no),
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), serial(rng, "9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Subscription invoice {year}",
            f"Beitragsrechnung {year}",
            f"Appel de cotisation {year}",
        ),
        3,
    )
    junior = bool(ex.get("junior")) or rng.random() < 0.2
    sub = SUBS[lg] * (0.45 if junior else 1.0) * rng.choice([1.0, 1.0, 0.5 if ex else 1.0])
    rows: list[list[str]] = [
        [
            tr(
                lg,
                "Annual flying subscription",
                "Jahresbeitrag aktives Mitglied",
                "Cotisation annuelle membre actif",
            )
            + (tr(lg, " (junior)", " (Jugend)", " (jeune)") if junior else ""),
            money(sub, lg),
        ]
    ]
    if ex:
        rows.append(
            [
                tr(lg, "Entry fee", "Aufnahmegebühr", "Droit d'entrée"),
                money(rng.choice([50.0, 100.0, 150.0]), lg),
            ]
        )
    rows.append(
        [
            tr(
                lg,
                "BGA capitation & insurance levy",
                "Verbandsbeitrag DAeC / Landesverband",
                "Licence-assurance FFVP",
            ),
            money(rng.choice([42.0, 58.5, 64.0, 71.0]), lg),
        ]
    )
    if rng.random() < 0.6:
        rows.append(
            [
                tr(
                    lg,
                    "Launch account top-up",
                    "Vorauszahlung Flugkonto",
                    "Provision compte de vol",
                ),
                money(rng.choice([100.0, 150.0, 200.0, 300.0]), lg),
            ]
        )
    if lg == "de" and rng.random() < 0.6:
        hrs = rng.randint(4, 20)
        rows.append(
            [
                f"Nicht geleistete Arbeitsstunden {year - 1}: {hrs} h x 15,00 €",
                money(hrs * 15.0, lg),
            ]
        )
    if rng.random() < 0.35:
        rows.append(
            [
                tr(lg, "Trailer parking", "Anhängerstellplatz", "Place de remorque"),
                money(rng.choice([60.0, 80.0, 120.0]), lg),
            ]
        )
    cols = columns(m, w - m, [(5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [tr(lg, "Description", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    total = sum(
        float(r[1].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[1].replace(",", ""))
        for r in rows
    )
    f.y += 4
    f.page.text(
        w * 0.55, f.y, tr(lg, "Total due", "Gesamtbetrag", "Total à régler"), s.bold, s.size
    )
    f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
    f.y += s.size * 2.5
    write(
        f,
        s,
        tr(
            lg,
            "The club is a registered charity; subscriptions are not subject to VAT. Please pay "
            "within "
            f"30 days, quoting invoice {no}, or it will be collected by Direct Debit.",
            "Der Verein ist als gemeinnützig anerkannt; Beiträge sind nicht "
            "umsatzsteuerpflichtig. Der "
            "Betrag wird zum 1. März per SEPA-Lastschrift von Ihrem Konto eingezogen.",
            "Association loi 1901 - TVA non applicable (art. 261-7-1° du CGI). Règlement par "
            "chèque à "
            "l'ordre du club ou par virement avant le 31 mars.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(lg, keyed(who, "bank")), s.size - 1)
    regards(f, s, lg, officers()["treasurer"], role_name("treasurer", lg))
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.25:
        hand(
            pages[0],
            m + 6,
            hh - m - 40,
            tr(
                lg,
                f"pd {short(d + timedelta(days=9), lg)}",
                f"bez. {short(d + timedelta(days=9), lg)}",
                f"réglé chq {serial(rng, '9999999')}",
            ),
            11,
        )
    remember(d, member=member)
    return pages


def tpl_trial_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a trial lesson gift voucher on a DL card: counterfoil with the
    buyer's details on the left, the voucher with the flight, price, validity, signature and
    stamp on the right; now and then the conditions on the back."""
    h = club_head()
    lg = h.lang
    s = style_of(h, DL, margin=14, pt=8)
    w, hh = DL
    d = some_day(rng)
    no = f"{serial(keyed(who, 'pre'), 'AA')}{d.year % 100}-{rng.randint(100, 999)}"
    flights = {
        "en": [
            ("Trial lesson - winch launch (3 flights)", 120.0),
            ("Trial lesson - aerotow to 2,000 ft", 145.0),
            ("Air experience flight - winch", 75.0),
            ("Extended aerotow to 3,000 ft", 175.0),
        ],
        "de": [
            ("Gastflug im Doppelsitzer (Windenstart)", 45.0),
            ("Gastflug mit F-Schlepp (600 m)", 95.0),
            ("Schnupperkurs: 3 Windenstarts", 110.0),
            ("Rundflug im Motorsegler (30 min)", 85.0),
        ],
        "fr": [
            ("Vol d'initiation en planeur (remorqué)", 110.0),
            ("Vol découverte 20 minutes", 90.0),
            ("Forfait initiation 3 vols", 260.0),
            ("Vol d'initiation au treuil", 70.0),
        ],
    }[lg]
    what, price = rng.choice(flights)
    buyer = a_person(rng, lg)
    guest = a_person(rng, lg)
    p = Page(DL)
    stub = 62 * MM
    x = 10.0
    p.text(x, 20, tr(lg, "COUNTERFOIL", "KONTROLLABSCHNITT", "SOUCHE"), s.bold, 7)
    p.text(x, 32, f"No. {no}", s.bold, 9)
    yy = 50.0
    for cap, val in [
        (tr(lg, "Purchased by", "Gekauft von", "Acheté par"), buyer),
        (tr(lg, "For", "Für", "Bénéficiaire"), guest),
        (
            tr(lg, "Paid", "Bezahlt", "Réglé"),
            f"{cash(price, lg)} "
            + rng.choice(
                {
                    "en": ["card", "cash", "BACS"],
                    "de": ["bar", "EC", "Überw."],
                    "fr": ["CB", "chèque", "espèces"],
                }[lg]
            ),
        ),
        (tr(lg, "Sold", "Verkauft am", "Vendu le"), short(d, lg)),
    ]:
        p.text(x, yy, cap, s.font, 6)
        hand(p, x, yy + 11, val, 8.5, stub - 18)
        yy += 27
    y = 0.0
    while y < hh:
        p.line(stub, y, stub, min(y + 4, hh))
        y += 8
    x0 = stub + 14
    wings(p, x0, 28)
    p.text(x0 + 50, 24, fit(h.name, s.bold, 10, w - x0 - 64), s.bold, 10)
    p.text(
        x0 + 50, 35, fit(club_row()[1], italic_of(s.font), 7.5, w - x0 - 64), italic_of(s.font), 7.5
    )
    title = tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU")
    p.text(x0, 70, title, s.bold, 18)
    p.text(w - 14, 70, f"No. {no}", s.font, 8, "right")
    p.text(x0, 88, fit(what, s.bold, 10, w - x0 - 16), s.bold, 10)
    p.text(
        x0,
        106,
        tr(lg, "This voucher entitles", "Dieser Gutschein berechtigt", "Ce bon donne droit à"),
        s.font,
        8,
    )
    hand(p, x0 + 110, 106, guest, 10, w - x0 - 130)
    p.line(x0 + 106, 109, w - 16, 109)
    p.text(x0, 124, tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), s.font, 8)
    valid = date(d.year + 1, d.month, min(d.day, 28))
    hand(p, x0 + 70, 124, short(valid, lg), 10)
    p.text(
        x0,
        140,
        tr(
            lg,
            "To book, phone the office or visit our website.",
            "Terminabsprache bitte über die Geschäftsstelle.",
            "Réservation auprès du secrétariat du club.",
        ),
        s.font,
        7,
    )
    p.text(x0, 152, fit(f"{h.street}, {h.town}  {h.phone}", s.font, 6.5, w - x0 - 90), s.font, 6.5)
    scrawl(p, w - 140, 160, officers()["office"], 11)
    p.line(w - 140, 163, w - 20, 163)
    p.text(w - 140, 171, tr(lg, "for the club", "für den Verein", "pour le club"), s.font, 6)
    if rng.random() < 0.6:
        seal(p, w - 70, 118, 24, h.name.upper(), short(d, lg))
    pages = [p]
    if rng.random() < 0.45:
        q = Page(DL)
        q.text(14, 24, tr(lg, "Conditions", "Bedingungen", "Conditions"), s.bold, 9)
        conds = tr(
            lg,
            "Maximum weight 100 kg (15 st 10 lb) and height 1.93 m.;Minimum age 14.;Flights "
            "depend on the weather and may be postponed; the voucher is not "
            "refundable.;Temporary membership of the club is included for the day.;Please wear "
            "flat shoes and bring a hat and water.;Flying takes place at weekends from 9.30 am.",
            "Höchstgewicht 100 kg, Körpergröße max. 1,95 m.;Mindestalter 14 Jahre (mit "
            "Einverständnis der Eltern).;Der Flug ist wetterabhängig; eine Barauszahlung ist "
            "nicht möglich.;Der Gast ist über die Vereinsversicherung versichert.;Flugbetrieb "
            "an Wochenenden und Feiertagen ab 10 Uhr.",
            "Poids maximum 100 kg, taille 1,95 m.;Âge minimum 14 ans avec autorisation "
            "parentale.;Le vol dépend de la météo ; le bon n'est ni remboursable ni "
            "échangeable.;Une licence découverte FFVP est incluse.;Vols le week-end et pendant "
            "les vacances scolaires.",
        ).split(";")
        y = 40.0
        for k, c in enumerate(conds, 1):
            for ln in wrap(f"{k}. {c}", s.font, 7.5, w - 40):
                q.text(20, y, ln, s.font, 7.5)
                y += 10
            y += 2
        pages.append(q)
    remember(d, guest=guest, voucher=no, what=what)
    return pages


def tpl_trial_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The trial lesson passenger's declaration filled in on the day on an A5 club form:
    the voucher number, weight and height, health questions, emergency contact and signature,
    and the instructor's record of the flights."""
    h = club_head()
    lg = h.lang
    s = style_of(h, A5, margin=30, pt=8)
    w, _ = A5
    m = s.margin
    ex = last_extra(("trial_voucher",))
    d = last_day(rng, ("trial_voucher",), (12, 60))
    guest = str(ex.get("guest") or a_person(rng, lg))
    p = Page(A5)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "Trial Lesson - Passenger Declaration",
            "Gastflug - Erklärung des Fluggastes",
            "Vol d'initiation - fiche passager",
        ),
        s.bold,
        11,
    )
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), guest),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1950, 2009), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (
                tr(lg, "Weight (kg, clothed)", "Gewicht (kg, bekleidet)", "Poids (kg, habillé)"),
                str(rng.randint(52, 99)),
            ),
            (tr(lg, "Height", "Größe", "Taille"), f"{rng.randint(155, 195)} cm"),
            (tr(lg, "Voucher no.", "Gutschein-Nr.", "N° du bon"), str(ex.get("voucher") or "")),
            (
                tr(lg, "Emergency contact / tel.", "Notfallkontakt / Tel.", "Personne à prévenir"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0151 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
        per=2,
        tall=22,
    )
    qs = tr(
        lg,
        "Heart condition or high blood pressure?;Epilepsy, fits or blackouts?;Diabetes?;Scuba "
        "diving in the last 24 hours?;Recent surgery or pregnancy?",
        "Herz-Kreislauf-Erkrankung?;Epilepsie oder Ohnmachtsanfälle?;Diabetes?;Tauchgang in den "
        "letzten 24 Stunden?;Operation oder Schwangerschaft?",
        "Problème cardiaque ou hypertension ?;Épilepsie, malaises ?;Diabète ?;Plongée dans les "
        "dernières 24 heures ?;Opération récente ou grossesse ?",
    ).split(";")
    for q in qs:
        p.text(m, y + 4, fit(q, s.font, 7.5, w - 2 * m - 90), s.font, 7.5)
        ticks(p, s, w - m - 80, y + 4, 80, yes_no(lg), {1}, 7)
        y += 13
    y += 6
    y = write_at(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I understand that gliding involves risk and I agree to follow the instructions of "
            "the pilot. "
            "I accept temporary membership of the club for today.",
            "Ich habe die Sicherheitseinweisung erhalten und werde den Anweisungen des Piloten "
            "folgen. "
            "Mir ist bekannt, dass der Flugsport Risiken birgt.",
            "J'ai reçu les consignes de sécurité et je m'engage à respecter les instructions du "
            "pilote. "
            "Je reconnais avoir pris connaissance des risques liés à l'activité.",
        ),
        7,
    )
    y += 16
    hand(p, m + 2, y - 4, short(d, lg), 9)
    sign_line(p, s, m, y, 110, tr(lg, "Date", "Datum", "Date"))
    sign_line(
        p,
        s,
        w / 2,
        y,
        w / 2 - m,
        tr(
            lg,
            "Signature (parent if under 18)",
            "Unterschrift (bei Minderjährigen Eltern)",
            "Signature (parent si mineur)",
        ),
        guest,
    )
    y += 24
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "Instructor's record", "Vom Fluglehrer auszufüllen", "Réservé à l'instructeur"),
        )
        + 6
    )
    g = a_glider(rng, two=True)
    cols = columns(m, w - m, [(1.2, "left"), (1.1, "left"), (1, "left"), (1, "left"), (1, "left")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Glider", "Flugzeug", "Planeur"),
            tr(lg, "Launch", "Startart", "Lancement"),
            tr(lg, "Take-off", "Start", "Décollage"),
            tr(lg, "Landing", "Landung", "Atterr."),
            tr(lg, "Instructor", "Fluglehrer", "Instructeur"),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, s.bold, 7)
    y += 13
    t0 = rng.randint(10, 15) * 60 + rng.choice([0, 12, 25, 41])
    inst = officers()[rng.choice(["inst1", "inst2", "inst3", "cfi"])]
    for _ in range(rng.choice([1, 1, 3])):
        dur = rng.randint(6, 35)
        vals = [
            g.reg,
            rng.choice(["W", "A"] if lg == "en" else ["W", "F"] if lg == "de" else ["R", "T"]),
            f"{t0 // 60}:{t0 % 60:02d}",
            f"{(t0 + dur) // 60}:{(t0 + dur) % 60:02d}",
            inst.split()[-1],
        ]
        for c, v in zip(cols, vals, strict=True):
            hand(p, c[0], y, v, 8.5, c[1] - c[0])
        p.line(m, y + 4, w - m, y + 4)
        y += 14
        t0 += dur + rng.randint(15, 40)
    remember(d, guest=guest)
    return [p]


ARC_ITEMS = {
    "en": [
        "Aircraft records: AMP approved and current",
        "Airworthiness directives assessed and complied with",
        "Life-limited parts and overhaul times",
        "Modifications and repairs approved (EASA / BGA)",
        "Flight manual current, amendments incorporated",
        "Weight and balance report (latest weighing)",
        "Markings, placards and limitations",
        "Noise certificate / radio licence",
        "Physical survey of the aircraft",
        "Defects deferred and recorded",
        "Tow release(s) within service life",
    ],
    "de": [
        "Instandhaltungsprogramm (IHP) genehmigt und aktuell",
        "Lufttüchtigkeitsanweisungen (LTA/AD) erfasst und durchgeführt",
        "Lebensdauerbegrenzte Teile / Betriebszeiten",
        "Änderungen und Reparaturen zugelassen",
        "Flughandbuch aktueller Stand, Berichtigungen eingearbeitet",
        "Wägebericht / Beladeplan",
        "Kennzeichnung und Beschriftungen",
        "Lärmzeugnis / Frequenzzuteilung",
        "Physische Prüfung des Luftfahrzeugs",
        "Zurückgestellte Beanstandungen",
        "Schleppkupplung(en) innerhalb der Betriebszeit",
    ],
    "fr": [
        "Programme d'entretien approuvé et à jour",
        "Consignes de navigabilité appliquées",
        "Éléments à durée de vie limitée / potentiels",
        "Modifications et réparations approuvées",
        "Manuel de vol à jour",
        "Fiche de pesée et centrage",
        "Marquages et plaquettes",
        "Certificat acoustique / licence de station",
        "Examen physique de l'aéronef",
        "Défauts reportés enregistrés",
        "Crochet(s) de largage dans leur potentiel",
    ],
}


def tpl_arc(rng: random.Random, who: Issuer) -> list[Page]:
    """An airworthiness review certificate (Form 15c) for one of the club's aircraft from the
    CAMO, with the review report checklist on a page of its own before or after it and now and
    then a compliment slip in front."""
    h = head_of(who, "camo")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    ac = rng.choice([a for a in fleet()])
    approval = serial(
        keyed(who, "appr"), {"en": "UK.CAMO.9999", "de": "DE.CAMO.9999", "fr": "FR.CAMO.9999"}[lg]
    )
    ref = f"{approval.split('.')[0]}.ARC.{serial(rng, '99999')}"
    inspector = staff(h, "insp")
    valid = date(d.year + 1, d.month, min(d.day, 28))
    arc = Page(A4)
    arc.rect(m, m, w - 2 * m, hh - 2 * m - 120)
    y = m + 24
    top = tr(
        lg,
        "UNITED KINGDOM - CIVIL AVIATION AUTHORITY",
        "EUROPÄISCHE UNION - BUNDESREPUBLIK DEUTSCHLAND",
        "UNION EUROPÉENNE - RÉPUBLIQUE FRANÇAISE",
    )
    arc.text(w / 2, y, top, s.bold, 10, "center")
    y += 22
    arc.text(
        w / 2,
        y,
        tr(
            lg,
            "AIRWORTHINESS REVIEW CERTIFICATE (ARC)",
            "BESCHEINIGUNG ÜBER DIE PRÜFUNG DER LUFTTÜCHTIGKEIT (ARC)",
            "CERTIFICAT D'EXAMEN DE NAVIGABILITÉ (ARC)",
        ),
        s.bold,
        11,
        "center",
    )
    y += 14
    arc.text(w / 2, y, "Part-ML", s.font, 9, "center")
    y += 26
    arc.text(m + 12, y, f"ARC reference: {ref}", s.bold, 9)
    y += 20
    rows = [
        (tr(lg, "Aircraft manufacturer", "Hersteller", "Constructeur"), ac.maker),
        (tr(lg, "Manufacturer's designation", "Muster", "Désignation"), ac.type),
        (tr(lg, "Aircraft registration", "Kennzeichen", "Immatriculation"), ac.reg),
        (tr(lg, "Aircraft serial number", "Werknummer", "Numéro de série"), ac.serial),
    ]
    for cap, val in rows:
        arc.text(m + 12, y, cap, s.font, 8.5)
        arc.text(m + 190, y, val, s.bold, 9)
        y += 16
    y += 8
    y = write_at(
        arc,
        s,
        m + 12,
        y,
        w - 2 * m - 24,
        tr(
            lg,
            "This aircraft is considered airworthy at the time of the review in accordance with "
            "point "
            "ML.A.903 of Annex Vb (Part-ML) to Regulation (EU) No 1321/2014 as retained in UK law.",
            "Dieses Luftfahrzeug wurde zum Zeitpunkt der Prüfung gemäß Punkt ML.A.903 des "
            "Anhangs Vb "
            "(Teil-ML) der Verordnung (EU) Nr. 1321/2014 als lufttüchtig befunden.",
            "Cet aéronef est considéré comme navigable au moment de l'examen conformément au "
            "point ML.A.903 "
            "de l'annexe Vb (partie ML) du règlement (UE) n° 1321/2014.",
        ),
        8.5,
    )
    y += 10
    arc.text(
        m + 12,
        y,
        tr(lg, "Date of issue:", "Ausstellungsdatum:", "Date de délivrance :"),
        s.font,
        8.5,
    )
    arc.text(m + 130, y, short(d, lg), s.bold, 9)
    arc.text(
        w / 2 + 10, y, tr(lg, "Date of expiry:", "Gültig bis:", "Date d'expiration :"), s.font, 8.5
    )
    arc.text(w / 2 + 110, y, short(valid, lg), s.bold, 9)
    y += 22
    arc.text(
        m + 12,
        y,
        tr(
            lg,
            "Airframe flight hours (FH) at date of review:",
            "Betriebsstunden der Zelle:",
            "Heures cellule à la date de l'examen :",
        ),
        s.font,
        8.5,
    )
    hand(arc, m + 230, y, f"{rng.randint(1200, 9800)} h / {rng.randint(3000, 24000)} ldg", 9.5)
    y += 30
    sign_line(arc, s, m + 12, y, 200, tr(lg, "Signed", "Unterschrift", "Signature"), inspector)
    arc.text(
        w / 2 + 10,
        y - 4,
        fit(
            f"{tr(lg, 'Authorisation no.', 'Berechtigung Nr.', 'Autorisation n°')}: "
            f"{serial(rng, 'ARS-999')}",
            s.font,
            8,
            w / 2 - m - 20,
        ),
        s.font,
        8,
    )
    arc.text(
        w / 2 + 10, y + 9, fit(f"{h.name} - {approval}", s.font, 7.5, w / 2 - m - 20), s.font, 7.5
    )
    y += 34
    for k in (1, 2):
        arc.rect(m + 12, y, w - 2 * m - 24, 56)
        arc.text(
            m + 18,
            y + 12,
            tr(
                lg,
                f"{k}st extension" if k == 1 else f"{k}nd extension",
                f"{k}. Verlängerung",
                f"{k}re prorogation" if k == 1 else f"{k}e prorogation",
            ),
            s.bold,
            8,
        )
        arc.text(
            m + 18,
            y + 26,
            tr(
                lg,
                "Date of issue / expiry / signature / approval ref.",
                "Ausstellung / gültig bis / Unterschrift / Genehmigungs-Nr.",
                "Date / expiration / signature / réf. agrément",
            ),
            s.font,
            7,
        )
        y += 66
    arc.text(
        m,
        hh - m - 100,
        tr(
            lg,
            "CAA Form 15c Issue 1",
            "EASA Formblatt 15c Ausgabe 1",
            "Formulaire AESA 15c Édition 1",
        ),
        s.font,
        7,
    )
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Airworthiness review report', 'Prüfbericht', 'Rapport d examen')} {ac.reg} - "
        f"{ref}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Airworthiness Review Report",
            "Bericht über die Prüfung der Lufttüchtigkeit",
            "Rapport d'examen de navigabilité",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), ac.reg),
            (
                tr(lg, "Type / S/N", "Muster / Werk-Nr.", "Type / N° série"),
                f"{ac.type} / {ac.serial}",
            ),
            (tr(lg, "Owner", "Halter", "Propriétaire"), club_head().name),
            (tr(lg, "Place of survey", "Ort der Prüfung", "Lieu de l'examen"), club_row()[1]),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(0.4, "left"), (4.2, "left"), (0.6, "center"), (2.4, "left")])
    remarks = [
        tr(lg, "", "", ""),
        tr(lg, "see AD list", "siehe LTA-Liste", "voir liste CN"),
        tr(lg, "winch hook 2 yrs remaining", "Kupplung noch 2 J.", "crochet OK"),
        tr(lg, "reweighed", "neu gewogen", "repesé"),
    ]
    rows = [
        [
            str(k),
            t,
            rng.choice(["S", "S", "S", "S", "N/A"])
            if lg == "en"
            else rng.choice(["i.O.", "i.O.", "i.O.", "entf."])
            if lg == "de"
            else rng.choice(["S", "S", "S", "SO"]),
            rng.choice(remarks) if rng.random() < 0.3 else "",
        ]
        for k, t in enumerate(ARC_ITEMS[lg], 1)
    ]
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Item reviewed", "Prüfpunkt", "Point examiné"),
            tr(lg, "Result", "Befund", "Résultat"),
            tr(lg, "Remarks", "Bemerkungen", "Remarques"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 10
    write(
        f,
        s,
        tr(lg, "Findings: ", "Feststellungen: ", "Constatations : ") + prose(rng, lg, "tech", 1, 2),
        s.size - 1,
    )
    f.need(60)
    f.y += 30
    sign_line(f.page, s, m, f.y, 200, f"{inspector}, {short(d, lg)}", inspector)
    report = close(f.pages, s, h)
    pages = [arc, *report] if rng.random() < 0.55 else [*report, arc]
    if rng.random() < 0.3:
        slip = Page((w, hh / 3))
        ss = style_of(h, (w, hh / 3))
        yy = heading(slip, ss, h)
        slip.text(
            m,
            yy,
            tr(lg, "With compliments", "Mit freundlichen Empfehlungen", "Avec nos compliments"),
            italic_of(s.font),
            14,
        )
        hand(
            slip,
            m,
            yy + 30,
            tr(
                lg,
                f"ARC for {ac.reg} enclosed - original in aircraft docs please",
                f"anbei ARC {ac.reg}, Original bitte in die Bordpapiere",
                f"ci-joint ARC {ac.reg}, original à mettre dans le carnet",
            ),
            10,
            w - 2 * m,
        )
        scrawl(slip, m, yy + 62, inspector, 12)
        pages.insert(0, slip)
    received(rng, pages[0], home(), d, 0.3)
    remember(d, ac=ac.reg, work=h.name)
    return pages


def tpl_maintenance_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The glider workshop's invoice for an annual inspection or a repair of a glider, the tug
    or the winch: labour and parts lines with VAT; the work report with the tasks signed off on
    a page of its own."""
    h = head_of(who, "workshop", abroad=0.15)
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, LETTER] if lg == "en" else [A4])
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    d = last_day(rng, ("arc",), (1, 9))
    ex = last_extra(("arc",))
    ac = next((a for a in fleet() if a.reg == ex.get("ac")), None) or rng.choice(fleet())
    winch = ac.kind == "glider" and rng.random() < 0.15
    no = serial(rng, rng.choice(["INV-99999", "RE 2099-999", "F999999"]))
    rate = {"en": 48.0, "de": 62.0, "fr": 55.0}[lg] + rng.choice([0, 4, 8])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        club_lines(
            tr(
                lg,
                "FAO Technical Officer",
                "z. Hd. Werkstattleiter",
                "À l'att. du responsable technique",
            )
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Work order", "Auftrag", "Ordre de travail"), serial(rng, "WO-9999")),
            (
                tr(lg, "Aircraft", "Luftfahrzeug", "Aéronef"),
                tr(lg, "Winch", "Winde", "Treuil") if winch else ac.reg,
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    if winch:
        jobs = tr(
            lg,
            "Winch annual service;Replace cable (Dyneema 5 mm, 1,200 m);Parachute and weak link "
            "set;Guillotine test",
            "Jahreswartung Winde;Seil erneuert (Dyneema 5 mm, 1.200 m);Seilfallschirme und "
            "Sollbruchstellen;Kappvorrichtung geprüft",
            "Révision annuelle treuil;Remplacement câble Dyneema 1 200 m;Parachutes et "
            "fusibles;Essai de la cisaille",
        ).split(";")
    elif ac.kind == "tug":
        jobs = tr(
            lg,
            "100 hour / annual check;Oil and filter change;Spark plugs cleaned and rotated;Tow "
            "hook and release cable inspected;Compression test",
            "100-Stunden-Kontrolle / Jahresnachprüfung;Ölwechsel mit Filter;Zündkerzen "
            "gereinigt und getauscht;Schleppkupplung und Seilzug geprüft;Kompressionsprüfung",
            "Visite 100 h / annuelle;Vidange et filtre;Bougies nettoyées et permutées;Crochet "
            "de remorquage et câble contrôlés;Test de compression",
        ).split(";")
    else:
        jobs = tr(
            lg,
            "Annual inspection to AMP;Tow release overhaul (CG hook);Canopy seal replaced;Gel "
            "coat repair, left wing leading edge;Tyre and tube 4.00-4 replaced;Control circuit "
            "friction check",
            "Jahresnachprüfung nach IHP;Schwerpunktkupplung Grundüberholung;Haubendichtung "
            "erneuert;Gelcoat-Reparatur Flügelnase links;Reifen und Schlauch 4.00-4 "
            "erneuert;Ruderausschläge und Spiel vermessen",
            "Visite annuelle selon PE;Révision du crochet de treuillage;Joint de verrière "
            "remplacé;Reprise de gelcoat bord d'attaque gauche;Pneu et chambre 4.00-4 "
            "remplacés;Contrôle des débattements",
        ).split(";")
    chosen = [jobs[0], *rng.sample(jobs[1:], rng.randint(1, len(jobs) - 1))]
    rows: list[list[str]] = []
    net = 0.0
    for j in chosen:
        hrs = (
            rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 6.0])
            if j != chosen[0]
            else rng.choice([8.0, 10.0, 12.0, 14.0])
        )
        rows.append([j, f"{hrs:g} h", money(rate, lg), money(hrs * rate, lg)])
        net += hrs * rate
    parts = tr(
        lg,
        "Tyre 4.00-4 6PR;Inner tube;Canopy seal (per m);Release overhaul kit;Gel coat, filler, "
        "consumables;Oil 15W-50 (6 l);Oil filter",
        "Reifen 4.00-4 6PR;Schlauch;Haubendichtung (lfm);Überholsatz Kupplung;Gelcoat, "
        "Spachtel, Kleinmaterial;Öl 15W-50 (6 l);Ölfilter",
        "Pneu 4.00-4 6PR;Chambre à air;Joint de verrière (ml);Kit de révision crochet;Gelcoat, "
        "mastic, consommables;Huile 15W-50 (6 l);Filtre à huile",
    ).split(";")
    for pt in rng.sample(parts, rng.randint(1, 4)):
        q = rng.choice([1, 1, 2, 6])
        price = rng.choice([14.5, 22.0, 38.9, 65.0, 118.0, 189.0])
        rows.append([pt, str(q), money(price, lg), money(q * price, lg)])
        net += q * price
    cols = columns(m, w - m, [(4.6, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung / Material", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
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
            "Payment within 14 days. ",
            "Zahlbar innerhalb 14 Tagen ohne Abzug. ",
            "Paiement à 30 jours. Pénalités de retard au taux légal. ",
        )
        + bank_line(lg, keyed(who, "bank")),
        s.size - 1.5,
    )
    if rng.random() < 0.65:
        f.new_page()
        caption(
            f, s, tr(lg, "Work report", "Arbeitsbericht", "Compte rendu de travaux"), 2, rule=True
        )
        write(
            f,
            s,
            f"{tr(lg, 'Aircraft', 'Luftfahrzeug', 'Aéronef')}: {ac.type} {ac.reg}  S/N {ac.serial}",
            s.size - 0.5,
        )
        tcols = columns(m, w - m, [(0.4, "left"), (4.5, "left"), (0.8, "center"), (0.9, "center")])
        trows = [
            [str(k), t, rng.choice(["OK", "OK", "OK", "R"]), ""]
            for k, t in enumerate(chosen + rng.sample(ARC_ITEMS[lg], 4), 1)
        ]
        table(
            f,
            tcols,
            [
                "#",
                tr(lg, "Task", "Tätigkeit", "Tâche"),
                tr(lg, "Result", "Befund", "Résultat"),
                tr(lg, "Initials", "Kürzel", "Visa"),
            ],
            trows,
            s,
            rules=True,
            step=2.0,
        )
        tech = staff(h, "eng")
        f.y += 14
        write(
            f,
            s,
            tr(lg, "Remarks: ", "Bemerkungen: ", "Remarques : ") + prose(rng, lg, "tech", 1, 2),
            s.size - 1,
        )
        f.need(50)
        f.y += 26
        sign_line(f.page, s, m, f.y, 210, f"{tech} - {short(d, lg)}", tech)
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d, 0.35)
    remember(d, ac=ac.reg)
    return pages


def tpl_flying_log(rng: random.Random, who: Issuer) -> list[Page]:
    """One day's flying log (launch list) on the club's landscape A4 form filled in by hand:
    duty instructor, winch driver, tug pilot, runway and wind; one line per launch with
    glider, pilots, launch method, times and account; a second sheet on a busy day."""
    h = club_head()
    lg = h.lang
    s = style_of(h, LAND, margin=30, pt=8)
    w, _ = LAND
    m = s.margin
    ex = LAST["extra"]
    if after(("flying_log",)) and isinstance(ex, dict) and isinstance(ex.get("day"), date):
        d = ex["day"] + timedelta(days=rng.choice([1, 1, 6, 7]))  # type: ignore[operator]
    else:
        d = some_day(rng)
    o = officers()
    gl = [a for a in fleet() if a.kind in ("glider", "motorglider")]
    members = [a_person(random.Random(CLUB["seed"] * 31 + k), lg) for k in range(14)] + [
        o["inst1"],
        o["inst2"],
        o["inst3"],
    ]
    n = rng.randint(9, 34)
    rows_per = 20
    sheets_n = -(-n // rows_per)
    pages: list[Page] = []
    t = rng.randint(9, 11) * 60 + rng.randint(0, 50)
    count = 0
    inst = o[rng.choice(["inst1", "inst2", "inst3", "cfi"])]
    heads = [
        tr(lg, "No", "Nr", "N°"),
        tr(lg, "Glider", "Kennz.", "Planeur"),
        tr(lg, "P1 / Instructor", "Pilot / FI", "CdB / Instr."),
        tr(lg, "P2 / Passenger", "Begleiter / Schüler", "Élève / passager"),
        tr(lg, "Launch", "Start", "Lanc."),
        tr(lg, "Take-off", "Start", "Déc."),
        tr(lg, "Landing", "Landung", "Atterr."),
        tr(lg, "Time", "Dauer", "Durée"),
        tr(lg, "Account", "Konto", "Compte"),
        tr(lg, "Remarks", "Bemerkung", "Remarques"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (0.35, "left"),
            (0.8, "left"),
            (1.7, "left"),
            (1.7, "left"),
            (0.55, "center"),
            (0.65, "center"),
            (0.65, "center"),
            (0.6, "center"),
            (1.0, "left"),
            (1.4, "left"),
        ],
    )
    wind = f"{rng.choice(['240', '260', '270', '300', '060', '090', '200'])}/{rng.randint(4, 18)}"
    for sh in range(sheets_n):
        p = Page(LAND)
        p.text(m, m, fit(h.name, s.bold, 11, w / 2), s.bold, 11)
        p.text(
            w / 2,
            m,
            tr(lg, "DAILY FLYING LOG", "STARTLISTE / FLUGBUCH", "PLANCHE DE VOL"),
            s.bold,
            13,
            "center",
        )
        p.text(
            w - m,
            m,
            tr(
                lg,
                f"Sheet {sh + 1} of {sheets_n}",
                f"Blatt {sh + 1} von {sheets_n}",
                f"Feuille {sh + 1}/{sheets_n}",
            ),
            s.font,
            8,
            "right",
        )
        y = m + 22
        for k, (cap, val) in enumerate(
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Duty instructor", "Fluglehrer", "Instructeur"), inst),
                (
                    tr(lg, "Winch driver", "Windenfahrer", "Treuilliste"),
                    o["inst3"] if rng.random() < 0.3 else members[3],
                ),
                (
                    tr(lg, "Tug pilot", "Schlepppilot", "Pilote remorqueur"),
                    o[rng.choice(["tug1", "tug2"])],
                ),
                (
                    tr(lg, "Runway / wind", "Piste / Wind", "Piste / vent"),
                    f"{rng.choice(['24', '27', '06', '09', '20'])} / {wind}",
                ),
            ]
        ):
            x = m + k * (w - 2 * m) / 5
            p.text(x, y, cap, s.font, 6.5)
            hand(p, x, y + 12, val, 9, (w - 2 * m) / 5 - 8)
        y += 30
        p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.85)
        for c, tt in zip(cols, heads, strict=True):
            p.text(c[0], y, fit(tt, s.bold, 7, c[1] - c[0]), s.bold, 7)
        y += 8
        for _ in range(rows_per):
            p.line(m - 2, y + 10, w - m + 2, y + 10)
            if count < n:
                g = rng.choice(gl)
                solo = g.seats == 1 or rng.random() < 0.3
                p1 = rng.choice(members) if solo else inst
                p2 = (
                    ""
                    if g.seats == 1 or solo
                    else rng.choice(
                        [x for x in members if x != p1]
                        + [tr(lg, "Trial lesson", "Gastflug", "Vol d'init.")]
                    )
                )
                aero = g.kind == "motorglider" or rng.random() < 0.25
                dur = (
                    rng.choice([5, 6, 7, 8, 12, 25, 48, 95, 140, 210])
                    if not aero
                    else rng.randint(15, 160)
                )
                note = rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "cable break", "Seilriss", "rupture"),
                        "1200 m",
                        tr(lg, "check flight", "Überprüfungsflug", "vol de contrôle"),
                        tr(lg, "field landing", "Außenlandung", "vache"),
                    ]
                )
                if note and note == tr(lg, "cable break", "Seilriss", "rupture"):
                    dur = rng.randint(1, 4)
                meth = (
                    "SLMG"
                    if g.kind == "motorglider"
                    else (tr(lg, "A", "F", "R") if aero else tr(lg, "W", "W", "T"))
                )
                vals = [
                    str(count + 1),
                    g.reg if lg != "en" else g.mark,
                    p1,
                    p2,
                    meth,
                    f"{t // 60}:{t % 60:02d}",
                    f"{(t + dur) // 60}:{(t + dur) % 60:02d}",
                    f"{dur // 60}:{dur % 60:02d}",
                    p1.split()[-1] if rng.random() < 0.6 else p2.split()[-1] if p2 else "",
                    note
                    if not aero
                    else f"{rng.choice([2000, 2500, 3000])} ft"
                    if lg == "en"
                    else f"{rng.choice([600, 800, 1000])} m",
                ]
                for c, v in zip(cols, vals, strict=True):
                    if v:
                        hand(p, c[0], y + 7, v, 8, c[1] - c[0] - 2)
                count += 1
                t += rng.randint(4, 16)
            y += 19
        for c in cols[1:]:
            p.line(c[0] - 3, m + 44, c[0] - 3, y - 9)
        if sh == sheets_n - 1:
            y += 8
            p.text(m, y, tr(lg, "Totals:", "Summen:", "Totaux :"), s.bold, 8)
            hand(p, m + 50, y, tr(lg, f"{n} launches", f"{n} Starts", f"{n} lancements"), 9)
            sign_line(
                p,
                s,
                w - m - 220,
                y + 8,
                220,
                tr(lg, "Duty instructor", "Flugleiter", "Chef de piste"),
                inst,
            )
        pages.append(p)
    remember(d, day=d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQQQ: the authority, the association, suppliers and the airfield
# ---------------------------------------------------------------------------------------------


def licence_copy(rng: random.Random, lg: str, pilot: str, no: str, d: date) -> Page:
    """The copy of a sailplane pilot licence (SPL): the numbered items on a card-sized panel."""
    p = Page(A4)
    w, _ = A4
    x, y0 = 70.0, 90.0
    bw, bh = w - 140, 330.0
    copier_edge(p, rng)
    p.rect(x, y0, bw, bh)
    p.rect(x + 4, y0 + 4, bw - 8, bh - 8)
    state = tr(lg, "UNITED KINGDOM", "BUNDESREPUBLIK DEUTSCHLAND", "RÉPUBLIQUE FRANÇAISE")
    p.text(w / 2, y0 + 26, state, "Helvetica-Bold", 11, "center")
    p.text(
        w / 2,
        y0 + 42,
        tr(
            lg,
            "Civil Aviation Authority",
            "Luftfahrt-Bundesamt",
            "Direction générale de l'Aviation civile",
        ),
        "Helvetica",
        9,
        "center",
    )
    p.text(
        w / 2,
        y0 + 64,
        tr(
            lg,
            "FLIGHT CREW LICENCE - SAILPLANE PILOT LICENCE (SPL)",
            "LIZENZ FÜR SEGELFLUGZEUGPILOTEN (SPL)",
            "LICENCE DE PILOTE DE PLANEUR (SPL)",
        ),
        "Helvetica-Bold",
        9.5,
        "center",
    )
    items = [
        ("I", tr(lg, "State of issue", "Ausstellender Staat", "État de délivrance"), state),
        ("II", tr(lg, "Licence number", "Nummer der Lizenz", "Numéro de licence"), no),
        ("IVa", tr(lg, "Name of holder", "Name des Inhabers", "Nom du titulaire"), pilot.upper()),
        (
            "XIV",
            tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
            short(date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28)), lg),
        ),
        ("VII", tr(lg, "Standard", "Grundlage", "Norme"), "Part-SFCL"),
        ("X", tr(lg, "Issued on", "Ausgestellt am", "Délivrée le"), short(d, lg)),
        (
            "XII",
            tr(lg, "Privileges", "Berechtigungen", "Privilèges"),
            tr(
                lg,
                "SPL - winch, aerotow; Cross-country",
                "SPL - Winde, F-Schlepp; Überland",
                "SPL - treuil, remorqué ; campagne",
            ),
        ),
        (
            "XIII",
            tr(lg, "Remarks", "Bemerkungen", "Remarques"),
            tr(
                lg,
                "Language proficiency ENG level 6",
                "Sprachkenntnisse DEU Stufe 6",
                "Compétence linguistique FRA niveau 6",
            ),
        ),
    ]
    y = y0 + 92
    for code, cap, val in items:
        p.text(x + 16, y, code, "Helvetica-Bold", 8)
        p.text(x + 48, y, cap, "Helvetica", 7.5)
        p.text(x + 200, y, fit(val, "Courier-Bold", 9, bw - 216), "Courier-Bold", 9)
        y += 24
    seal(p, x + bw - 60, y0 + bh - 56, 30, state, tr(lg, "Licensing", "Lizenzen", "Licences"))
    p.text(w / 2, y0 + bh + 30, tr(lg, "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 16, "center")
    return p


def field_map(
    p: Page,
    s: Style,
    rng: random.Random,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    airspace: bool = False,
) -> None:
    """A sketch map: field boundaries, the runway strip, hangar and winch run, or controlled
    airspace lines around the site."""
    p.rect(x, y, w, h)
    pts = [
        (x + w * a, y + h * b)
        for a, b in [
            (0.12, 0.2),
            (0.55, 0.1),
            (0.9, 0.28),
            (0.85, 0.82),
            (0.4, 0.9),
            (0.08, 0.7),
            (0.12, 0.2),
        ]
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    cx, cy = x + w * 0.5, y + h * 0.5
    ang = rng.uniform(-0.5, 0.5)
    dx, dy = math.cos(ang) * w * 0.32, math.sin(ang) * h * 0.32
    for off in (-6, 6):
        p.line(cx - dx, cy - dy + off, cx + dx, cy + dy + off)
    p.text(cx, cy - 12, label, s.bold, 8, "center")
    p.rect(x + w * 0.18, y + h * 0.6, 40, 22, fill=0.6)
    p.text(x + w * 0.18, y + h * 0.6 + 34, "Hangar", s.font, 7)
    if airspace:
        for r in (0.25, 0.38):
            ring(p, cx + w * 0.25, cy - h * 0.1, min(w, h) * r, 48)
        p.text(x + w * 0.72, y + 20, "CTR / TMZ", s.bold, 8)
    p.line(x + w - 30, y + 20, x + w - 30, y + 45)
    p.text(x + w - 30, y + 16, "N", s.bold, 9, "center")
    p.text(x + 6, y + h - 8, tr("en", "Scale approx. 1:10 000", "", ""), s.font, 6.5)


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter from the aviation authority: a sailplane pilot licence issued to a member with
    the copy of the licence behind, the renewal of the glider site approval with its numbered
    conditions, or an airspace consultation with a map page."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ex = last_extra(("logbook_extract",))
    d = last_day(rng, ("logbook_extract",), (10, 40))
    subject = "licence" if ex else rng.choice(["licence", "site", "site", "airspace"])
    ref = serial(rng, {"en": "ARG/9999/99", "de": "L 9-999.99/99", "fr": "DSAC/CE/9999-99"}[lg])
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    o = officers()
    pilot = str(ex.get("pilot") or a_person(rng, lg))
    to = (
        [mx(pilot, lg), *an_address(rng, lg)]
        if subject == "licence"
        else club_lines(mx(o["chairman"], lg) if lg != "en" else "The Chairman")
    )
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter/in", "Dossier suivi par"), staff(h, "clerk")),
        ],
    )
    lic_no = serial(
        rng, {"en": "UK.FCL.SPL.99999", "de": "DEU.FCL.SPL.999999", "fr": "FRA.FCL.SPL.99999"}[lg]
    )
    if subject == "licence":
        caption(
            f,
            s,
            tr(
                lg,
                "Issue of Sailplane Pilot Licence (SPL)",
                "Erteilung einer Lizenz für Segelflugzeugpiloten (SPL)",
                "Délivrance d'une licence de pilote de planeur (SPL)",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, mx(pilot, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Following your application, your Sailplane Pilot Licence {lic_no} has been "
                "issued with "
                "winch launch and aerotow launch methods. A copy is enclosed; the licence has "
                "been posted "
                "separately. Please check the details and tell us within 14 days of any error.",
                f"auf Ihren Antrag hin wurde Ihnen die Lizenz {lic_no} mit den Startarten "
                "Windenstart und "
                "Flugzeugschlepp erteilt. Die Lizenz erhalten Sie mit gesonderter Post; eine "
                "Kopie liegt bei. "
                "Die Gebühr ist im Gebührenbescheid ausgewiesen.",
                f"Suite à votre demande, la licence {lic_no} vous a été délivrée avec les "
                "méthodes de "
                "lancement treuil et remorquage. Vous trouverez ci-joint une copie ; l'original "
                "vous est "
                "adressé séparément.",
            ),
        )
        write(f, s, prose(rng, lg, "club", 1, 2))
        fee = {"en": 98.0, "de": 75.0, "fr": 0.0}[lg]
        if fee:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The charge of {cash(fee, lg)} has been taken by card.",
                    f"Gebühr nach LuftKostV: {cash(fee, lg)}.",
                    "",
                ),
            )
    elif subject == "site":
        caption(
            f,
            s,
            tr(
                lg,
                f"Glider site {club_row()[1]} - renewal of approval",
                f"Genehmigung des Segelfluggeländes {club_row()[1]} - Verlängerung",
                f"Autorisation d'utilisation de la plate-forme {club_row()[1]}",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, mx(o["chairman"], lg) if lg != "en" else None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "We have reviewed the operating arrangements for winch and aerotow launching at "
                "the site and "
                "agree to their continuation until further notice, subject to the conditions in "
                "the annex.",
                "die Genehmigung nach § 6 LuftVG für den Betrieb des Segelfluggeländes wird "
                "unter den in der "
                "Anlage aufgeführten Nebenbestimmungen bis zum 31.12."
                f"{d.year + 5} verlängert.",
                "L'autorisation de création et d'utilisation de la plate-forme est prorogée "
                "jusqu'au 31 "
                f"décembre {d.year + 5}, sous réserve des prescriptions figurant en annexe.",
            ),
        )
        write(f, s, prose(rng, lg, "safety", 1, 3))
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Airspace change proposal - consultation",
                "Änderung der Luftraumstruktur - Anhörung",
                "Modification de l'espace aérien - consultation",
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
                "You are invited to comment on the proposed changes to controlled airspace near "
                "your site, "
                "shown on the enclosed map. Responses are requested within 12 weeks.",
                "wir geben Ihnen Gelegenheit zur Stellungnahme zur geplanten Einrichtung einer "
                "Transponder-Pflichtzone (TMZ) in der Nähe Ihres Segelfluggeländes (siehe Karte).",
                "Nous vous consultons sur le projet de modification de l'espace aérien à "
                "proximité de votre "
                "plate-forme, figurant sur la carte jointe. Vos observations sont attendues "
                "sous deux mois.",
            ),
        )
        write(f, s, prose(rng, lg, "safety", 2, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "sign"),
        tr(
            lg,
            "Licensing Officer" if subject == "licence" else "Airspace Regulation",
            "Im Auftrag",
            "Pour le directeur, par délégation",
        ),
    )
    if subject == "site" or rng.random() < 0.3:
        f.y += 4
        write(
            f,
            s,
            tr(lg, "Enclosure", "Anlage", "Pièce jointe")
            + ": "
            + {
                "licence": tr(lg, "copy of licence", "Kopie der Lizenz", "copie de la licence"),
                "site": tr(lg, "conditions", "Nebenbestimmungen", "prescriptions"),
                "airspace": tr(lg, "map", "Karte", "carte"),
            }[subject],
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if subject == "licence":
        pages.append(licence_copy(rng, lg, pilot, lic_no, d))
    elif subject == "site":
        g = sheets(s, h, f"{tr(lg, 'Annex', 'Anlage', 'Annexe')} - {ref}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Annex - Conditions of approval",
                "Anlage - Nebenbestimmungen",
                "Annexe - Prescriptions",
            ),
            2,
            rule=True,
        )
        for k in range(1, rng.randint(7, 12)):
            g.para(m, 18, f"{k}.", s.bold, s.size - 0.5, gap=0)
            g.y -= (s.size - 0.5) * 1.4
            g.para(
                m + 20,
                w - 2 * m - 20,
                words(rng, lg, "safety", rng.randint(14, 40)),
                s.font,
                s.size - 0.5,
            )
        pages += close(g.pages, s, h, numbers="{i}/{n}")
    else:
        q = Page(LAND)
        sl = style_of(h, LAND)
        q.text(
            40,
            34,
            tr(
                lg,
                "Proposed airspace - consultation map",
                "Geplante TMZ - Übersichtskarte",
                "Projet d'espace - carte de consultation",
            ),
            sl.bold,
            11,
        )
        field_map(q, sl, rng, 40, 50, LAND[0] - 80, LAND[1] - 100, club_row()[1], airspace=True)
        pages.append(q)
    received(rng, pages[0], home(), d, 0.4)
    remember(d, pilot=pilot)
    return pages


def tpl_association_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The national gliding association's annual affiliation pack: a covering letter, the
    schedule of the club's insured aircraft on a landscape page, and the levy invoice by
    membership category."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    year = d.year + (1 if d.month >= 10 else 0)
    o = officers()
    club_no = serial(keyed(who, "cno"), "9999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        club_lines(mx(o["treasurer"], lg) if lg != "en" else f"{o['treasurer']}, Treasurer"),
        d,
        [(tr(lg, "Club no.", "Vereins-Nr.", "N° de club"), club_no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Affiliation and insurance {year}",
            f"Mitgliedschaft und Versicherung {year}",
            f"Affiliation et assurance {year}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(o["treasurer"], lg) if lg != "en" else None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Please find enclosed the schedule of aircraft insured under the association's "
            f"fleet scheme for {year} "
            "and the capitation invoice based on your membership return. Please check the hull "
            "values and let us "
            "know of any changes to your fleet before 1 March.",
            "anbei erhalten Sie die Übersicht Ihrer über den Rahmenvertrag versicherten "
            f"Luftfahrzeuge für {year} "
            "sowie die Beitragsrechnung auf Grundlage Ihrer Bestandserhebung. Bitte prüfen Sie "
            "die Kaskowerte.",
            "Veuillez trouver ci-joint le tableau des aéronefs assurés dans le cadre du contrat "
            f"fédéral pour {year} "
            "ainsi que la facture des licences-assurances. Merci de vérifier les valeurs agréées.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "ins"),
        tr(lg, "Insurance & Membership", "Referat Versicherungen", "Service assurances"),
    )
    pages = close(f.pages, s, h, numbers="none")
    sl = style_of(h, LAND, margin=40, pt=8.5)
    g = sheets(sl, h, top=False)
    caption(
        g,
        sl,
        tr(
            lg,
            f"Schedule of insured aircraft - {club_head().name} - {year}",
            f"Versicherungsübersicht {year} - {club_head().name}",
            f"Tableau des aéronefs assurés {year} - {club_head().name}",
        ),
        2,
    )
    policy = serial(keyed(who, "pol"), "AV/99999/AA")
    write(
        g,
        sl,
        f"{tr(lg, 'Policy', 'Vertrag', 'Police')} {policy}  -  "
        f"{tr(lg, 'Period', 'Zeitraum', 'Période')} 01/01/{year} - 31/12/{year}",
        8,
    )
    cols = columns(
        sl.margin,
        LAND[0] - sl.margin,
        [
            (1, "left"),
            (1.8, "left"),
            (0.8, "left"),
            (0.5, "center"),
            (1, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (0.9, "right"),
        ],
    )
    rows = []
    prem = 0.0
    for a in fleet():
        pr = a.value * 0.021 + (380 if a.kind == "tug" else 120)
        prem += pr
        rows.append(
            [
                a.reg,
                a.type,
                a.serial,
                str(a.seats),
                money(round(a.value, -2), lg),
                "1,500,000" if lg == "en" else "1.500.000" if lg == "de" else "1 500 000",
                money(250000.0 * a.seats, lg),
                money(pr, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Registration", "Kennzeichen", "Immat."),
            tr(lg, "Type", "Muster", "Type"),
            "S/N",
            tr(lg, "Seats", "Sitze", "Places"),
            tr(lg, "Hull value", "Kaskowert", "Valeur agréée"),
            tr(lg, "Third party", "Haftpflicht", "RC tiers"),
            tr(lg, "Passenger", "Insassen", "Passagers"),
            tr(lg, "Premium", "Prämie", "Prime"),
        ],
        rows,
        sl,
        rules=True,
        step=1.8,
    )
    g.y += 6
    g.page.text(
        LAND[0] - sl.margin,
        g.y,
        f"{tr(lg, 'Total premium', 'Summe Prämie', 'Total primes')}: {cash(prem, lg)}",
        sl.bold,
        9,
        "right",
    )
    g.y += 18
    write(
        g,
        sl,
        tr(
            lg,
            "Excess: hull 10% min. 500 per claim. Winch launching, aerotow and motor glider use "
            "included. Competition use included.",
            "Selbstbeteiligung Kasko 10 %, mind. 500 €. Windenstart, Flugzeugschlepp und "
            "Wettbewerbe eingeschlossen.",
            "Franchise casse 10 % min. 500 €. Treuillage, remorquage et compétitions inclus.",
        ),
        7.5,
    )
    pages += close(g.pages, sl, h, numbers="none")
    k = sheets(s, h)
    recipient(
        k,
        s,
        h,
        club_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), serial(rng, "99999")),
            (tr(lg, "Club no.", "Vereins-Nr.", "N° de club"), club_no),
        ],
    )
    caption(
        k,
        s,
        tr(lg, "Capitation invoice", "Beitragsrechnung Verband", "Facture licences-assurances"),
        2,
    )
    cats = tr(
        lg,
        "Full flying members;Junior members (under 26);Temporary members (3-month);Social members",
        "Aktive Mitglieder;Jugendliche bis 18 Jahre;Schnuppermitglieder;Passive Mitglieder",
        "Licences pilotes;Licences jeunes (-25 ans);Titres découverte;Membres non-volants",
    ).split(";")
    rates = [{"en": 52.0, "de": 58.0, "fr": 164.0}[lg], 26.0, 8.0, 6.0]
    rows2 = []
    net = 0.0
    for c, r in zip(cats, rates, strict=True):
        n = rng.randint(4, 95)
        rows2.append([c, str(n), money(r, lg), money(n * r, lg)])
        net += n * r
    rows2.append(
        [
            tr(
                lg,
                "Fleet insurance premium (see schedule)",
                "Versicherungsprämie (siehe Übersicht)",
                "Primes flotte (voir tableau)",
            ),
            "1",
            money(prem, lg),
            money(prem, lg),
        ]
    )
    net += prem
    kc = columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")])
    table(
        k,
        kc,
        [
            tr(lg, "Category", "Kategorie", "Catégorie"),
            tr(lg, "No.", "Anzahl", "Nb"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows2,
        s,
        rules=True,
    )
    totals(
        k,
        s,
        lg,
        round(net, 2),
        0.0,
        note=tr(
            lg,
            "Exempt from VAT. Insurance premium tax included where applicable.",
            "Versicherungsteuer ist im Beitrag enthalten.",
            "Taxe sur les conventions d'assurance incluse.",
        ),
    )
    if rng.random() < 0.75:
        pages += close(k.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.35)
    remember(d)
    return pages


def tpl_fuel_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An aviation fuel supplier's invoice for a delivery to the club's tank (Avgas 100LL or
    UL91 for the tug, diesel for the winch) with duty, delivery charge and VAT; the driver's
    delivery ticket on a narrow slip behind."""
    h = head_of(who, "fuel")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, LETTER] if lg == "en" else [A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    product = keyed(who, "prod").choice(["AVGAS 100LL", "AVGAS UL 91", "AVGAS 100LL"])
    litres = rng.choice([1200, 1500, 2000, 2500, 3000]) + rng.randint(-40, 40)
    ppl = {"en": 2.38, "de": 2.89, "fr": 3.12}[lg] + rng.uniform(-0.12, 0.12)
    no = serial(rng, rng.choice(["SI999999", "9999999", "FA-99999"]))
    dn = serial(rng, "99999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        club_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acct"), "C9999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = [
        [
            product,
            f"{litres:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
            "l",
            f"{ppl:.4f}".replace(".", "," if lg != "en" else "."),
            money(litres * ppl, lg),
        ]
    ]
    net = litres * ppl
    if rng.random() < 0.5:
        dl = rng.choice([300, 400, 500])
        rows.append(
            [
                tr(lg, "Diesel (winch)", "Dieselkraftstoff (Winde)", "Gazole (treuil)"),
                str(dl),
                "l",
                f"{ppl * 0.58:.4f}".replace(".", "," if lg != "en" else "."),
                money(dl * ppl * 0.58, lg),
            ]
        )
        net += dl * ppl * 0.58
    dc = rng.choice([45.0, 65.0, 85.0])
    rows.append(
        [
            tr(lg, "Delivery charge (small drop)", "Anfahrtspauschale", "Frais de livraison"),
            "1",
            "",
            money(dc, lg),
            money(dc, lg),
        ]
    )
    net += dc
    cols = columns(
        m, w - m, [(3.2, "left"), (1, "right"), (0.4, "left"), (1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            "",
            tr(lg, "Unit price", "Preis/l", "P.U."),
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
            "Prices include fuel duty at the rate in force on the date of delivery. Volumes "
            "corrected to 15 °C.",
            "Preise inkl. Energiesteuer. Mengen temperaturkompensiert auf 15 °C.",
            "Prix incluant l'accise (TICPE) en vigueur. Volumes ramenés à 15 °C.",
        ),
        s.size - 1.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days from invoice date. ",
            "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto oder 30 Tagen netto. ",
            "Règlement à 30 jours fin de mois. ",
        )
        + bank_line(lg, keyed(who, "bank")),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        q = Page(SLIP)
        sw, _ = SLIP
        ss = style_of(h, SLIP, margin=14, pt=7.5)
        y = heading(q, ss, h)
        q.text(
            sw / 2,
            y,
            tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            "Courier-Bold",
            10,
            "center",
        )
        y += 16
        start = rng.randint(100000, 900000)
        for cap, val in [
            (tr(lg, "Ticket", "Nr.", "N°"), dn),
            (tr(lg, "Date", "Datum", "Date"), short(d - timedelta(days=rng.randint(0, 3)), lg)),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                serial(
                    rng, "AA99 AAA" if lg == "en" else "UL-AA 999" if lg == "de" else "AA-999-AA"
                ),
            ),
            (tr(lg, "Product", "Produkt", "Produit"), product),
            (tr(lg, "Meter start", "Zähler Anfang", "Compteur début"), str(start)),
            (tr(lg, "Meter end", "Zähler Ende", "Compteur fin"), str(start + litres)),
            (
                tr(lg, "Gross litres", "Liter brutto", "Litres bruts"),
                str(litres + rng.randint(2, 20)),
            ),
            (tr(lg, "Temp.", "Temp.", "Temp."), f"{rng.randint(6, 24)} C"),
            (tr(lg, "Density", "Dichte", "Densité"), f"0.{rng.randint(700, 725)}"),
            (tr(lg, "Litres @15C", "Liter 15 C", "Litres à 15 C"), str(litres)),
        ]:
            q.text(14, y, cap, "Courier", 7.5)
            q.text(sw - 14, y, val, "Courier", 7.5, "right")
            y += 11
        y += 10
        q.text(
            14,
            y,
            tr(lg, "Tank dips before/after:", "Peilung vorher/nachher:", "Jauge avant/après :"),
            "Courier",
            7,
        )
        hand(q, 14, y + 14, f"{rng.randint(150, 600)} / {rng.randint(1800, 3200)}", 9)
        y += 46
        scrawl(q, 14, y, staff(h, "driver"), 10)
        q.line(14, y + 3, sw / 2 - 6, y + 3)
        q.text(14, y + 11, tr(lg, "Driver", "Fahrer", "Chauffeur"), "Courier", 6.5)
        scrawl(q, sw / 2 + 6, y, officers()[rng.choice(["tug1", "tug2", "tech"])], 10)
        q.line(sw / 2 + 6, y + 3, sw - 14, y + 3)
        q.text(
            sw / 2 + 6, y + 11, tr(lg, "Received", "Empfänger", "Réceptionnaire"), "Courier", 6.5
        )
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


LEASE_HEADS = {
    "en": [
        "Definitions",
        "The Land",
        "Term",
        "Rent",
        "Rent review",
        "Use",
        "Grass cutting and grazing",
        "Hangar and clubhouse",
        "Access",
        "Insurance",
        "Repair",
        "Landlord's rights",
        "Termination",
        "Notices",
    ],
    "de": [
        "Pachtgegenstand",
        "Pachtzeit",
        "Pachtzins",
        "Wertsicherung",
        "Nutzung als Segelfluggelände",
        "Mahd und Beweidung",
        "Bauliche Anlagen",
        "Zufahrt",
        "Haftung und Versicherung",
        "Unterhaltung",
        "Kündigung",
        "Rückgabe",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Désignation du terrain",
        "Durée",
        "Redevance",
        "Révision",
        "Destination",
        "Fauchage et pâturage",
        "Constructions",
        "Accès",
        "Assurances",
        "Entretien",
        "Résiliation",
        "Litiges",
    ],
}


def tpl_airfield_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """The lease of the airfield land between the landowner and the club: the parties, numbered
    clauses over several pages with a running header, the plan of the airfield on a landscape
    schedule page, and a signature page with witnesses."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    o = officers()
    start = date(d.year, rng.choice([1, 4, 10]), 1)
    years = rng.choice([5, 10, 12, 15, 21])
    rent = rng.choice([2400.0, 3600.0, 4800.0, 6500.0, 1850.0])
    title = tr(
        lg,
        "LEASE OF LAND FOR USE AS A GLIDER AIRFIELD",
        "PACHTVERTRAG ÜBER DAS SEGELFLUGGELÄNDE",
        "CONVENTION D'OCCUPATION DU TERRAIN D'AVIATION",
    )
    f = sheets(
        s, h, f"{title.title() if lg == 'en' else title} - {club_row()[1]}", top=rng.random() < 0.5
    )
    if f.y < m + 20:
        f.y = m + 30
    pt = shrink(title, s.bold, 14, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 30
    write(
        f,
        s,
        tr(lg, "THIS LEASE is made on", "Zwischen", "Entre les soussignés :")
        + (f" {day(h, d)}" if lg == "en" else ""),
    )
    write(
        f,
        s,
        tr(
            lg,
            f'(1) {h.name} of {h.street}, {h.town} ("the Landlord"); and',
            f"{h.name}, {h.street}, {h.town} - nachfolgend Verpächter -",
            f"{h.name}, {h.street}, {h.town}, ci-après « le bailleur », d'une part,",
        ),
        indent=16,
    )
    write(
        f,
        s,
        tr(
            lg,
            f'(2) {club_head().name} of {club_head().street}, {club_head().town} ("the Club").',
            f"und dem {club_head().name}, vertreten durch den Vorstand - nachfolgend Pächter -",
            f"et {club_head().name}, représentée par son président, ci-après « l'occupant », "
            "d'autre part.",
        ),
        indent=16,
    )
    f.y += 6
    longest = rng.choice([2, 4, 6, 9, 12])
    for k, hd in enumerate(LEASE_HEADS[lg], 1):
        f.heading(
            m,
            tr(lg, f"{k}. {hd}", f"§ {k} {hd}", f"Article {k} {hd}"),
            s.bold,
            s.size,
        )
        text = prose(rng, lg, "legal", 1, longest)
        if k == (4 if lg == "en" else 3 if lg == "de" else 4):
            text = (
                tr(
                    lg,
                    f"The rent is {cash(rent, lg)} a year payable by equal quarterly instalments "
                    "in advance. ",
                    f"Der jährliche Pachtzins beträgt {cash(rent, lg)} und ist jeweils zum 1. "
                    "Oktober fällig. ",
                    f"La redevance annuelle est fixée à {cash(rent, lg)}, payable d'avance au "
                    "1er janvier. ",
                )
                + text
            )
        if k == (3 if lg == "en" else 2 if lg == "de" else 3):
            text = (
                tr(
                    lg,
                    f"The term is {years} years from {day(h, start)}. ",
                    f"Das Pachtverhältnis beginnt am {day(h, start)} und läuft {years} Jahre. ",
                    f"La convention est conclue pour {years} ans à compter du {day(h, start)}. ",
                )
                + text
            )
        f.para(m + 12, w - 2 * m - 12, text, s.font, s.size)
    pages = f.pages
    q = Page(LAND)
    sl = style_of(h, LAND)
    q.text(
        40,
        34,
        tr(
            lg,
            "SCHEDULE 1 - Plan of the Land (edged red)",
            "Anlage 1 - Lageplan des Pachtgeländes",
            "Annexe 1 - Plan du terrain",
        ),
        sl.bold,
        11,
    )
    q.text(
        LAND[0] - 40,
        34,
        fit(
            f"{tr(lg, 'Parcels', 'Flurstücke', 'Parcelles')}: {serial(rng, '999/9')}, "
            f"{serial(rng, '999')}, {serial(rng, '999/99')}",
            sl.font,
            8,
            300,
        ),
        sl.font,
        8,
        "right",
    )
    field_map(
        q,
        sl,
        rng,
        40,
        50,
        LAND[0] - 80,
        LAND[1] - 100,
        tr(lg, "Runway 06/24 (grass)", "Start- und Landebahn 06/24", "Piste en herbe 06/24"),
    )
    sig = Page(A4)
    y = m + 10
    sig.text(
        m, y, tr(lg, "EXECUTED as a deed", "Unterschriften", "Fait en deux exemplaires"), s.bold, 11
    )
    y += 30
    place = h.town.split(" ", 1)[-1] if lg != "en" else ""
    if place:
        sig.text(m, y, f"{place}, {tr(lg, '', 'den', 'le')}", s.font, s.size)
        hand(sig, m + 90, y, short(d, lg))
        y += 30
    for lab, name in [
        (tr(lg, "Signed by the Landlord", "Verpächter", "Le bailleur"), staff(h, "owner")),
        (
            tr(
                lg, "Signed for the Club", "Pächter (Vorstand § 26 BGB)", "L'occupant, le président"
            ),
            o["chairman"],
        ),
    ]:
        y += 40
        sign_line(sig, s, m, y, 220, f"{lab}: {name}", name)
        if lg == "en":
            sign_line(
                sig,
                s,
                w / 2 + 20,
                y,
                w / 2 - m - 20,
                "Witness (name, address)",
                a_person(rng, lg) if rng.random() < 0.8 else "",
            )
        elif lg == "fr":
            hand(sig, m, y - 30, "Lu et approuvé", 10)
        y += 30
    if lg == "de":
        y += 40
        sign_line(
            sig, s, m, y, 220, f"{tr(lg, '', 'Kassenwart', '')}: {o['treasurer']}", o["treasurer"]
        )
        seal(sig, w - m - 70, y - 10, 32, club_head().name.upper(), tr(lg, "", "Vorstand", ""))
    pages += [q, sig]
    foot = [*h.foot]
    for pg in pages:
        for k, t in enumerate(reversed(foot)):
            pg.text(
                pg.size[0] / 2,
                pg.size[1] - 12 - 7 * k,
                fit(t, s.font, 5.5, pg.size[0] - 30),
                s.font,
                5.5,
                "center",
            )
    number_pages(
        pages,
        s,
        rng.choice(["Page {i} of {n}", "{i}", "- {i} -"])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "- {i} -"])
        if lg == "de"
        else rng.choice(["Page {i}/{n}", "{i}/{n}"]),
        rng.choice(["bc", "br"]),
        top=18,
        bottom=24 + 7 * len(foot),
    )
    remember(d)
    return pages


def tpl_mowing_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The grass-cutting contractor's invoice for the month: the mowing record (dates, areas,
    hectares, hours, machine) and the total; now and then the contractor's handwritten
    worksheet on an A5 sheet behind."""
    h = head_of(who, "mower")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    if after(("mowing_invoice",)) and isinstance(ex, dict) and isinstance(ex.get("month"), date):
        mon = ex["month"]
        assert isinstance(mon, date)
        mon = date(
            mon.year - (1 if mon.month == 1 else 0), 12 if mon.month == 1 else mon.month - 1, 1
        )
    else:
        mon = month()
    d = date(mon.year, mon.month, 28) + timedelta(days=rng.randint(1, 10))
    no = serial(rng, rng.choice(["999", "R-9999", "2099/99"]))
    f = sheets(s, h)
    recipient(f, s, h, club_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), no)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - grass cutting {MONTH_NAMES[lg][mon.month - 1]} {mon.year}",
            f"Rechnung Mäharbeiten {MONTH_NAMES[lg][mon.month - 1]} {mon.year}",
            f"Facture fauchage {MONTH_NAMES[lg][mon.month - 1]} {mon.year}",
        ),
        1.5,
    )
    areas = tr(
        lg,
        "Runway 06/24 and undershoot;Winch run;Launch point and hangar apron;Boundaries and "
        "hedges;Trailer park;Rough areas (topping)",
        "Start- und Landebahn;Seilauslegestrecke;Startstelle und "
        "Hallenvorplatz;Randstreifen;Anhängerplatz;Restflächen mulchen",
        "Piste et bande;Axe du treuil;Zone de départ et parking hangar;Bordures et "
        "haies;Parking remorques;Broyage des refus",
    ).split(";")
    rate = {"en": 48.0, "de": 55.0, "fr": 52.0}[lg]
    rows = []
    net = 0.0
    for _ in range(rng.randint(3, 9)):
        dd = mon + timedelta(days=rng.randint(0, 27))
        a = rng.choice(areas)
        ha = round(rng.uniform(1.2, 9.5), 1)
        hrs = round(ha * rng.uniform(0.35, 0.6) * 2) / 2 + 0.5
        rows.append(
            (
                dd,
                [
                    short(dd, lg),
                    a,
                    f"{ha:g}".replace(".", "," if lg != "en" else "."),
                    f"{hrs:g}".replace(".", "," if lg != "en" else "."),
                    rng.choice(
                        ["Gang mower", "Flail"]
                        if lg == "en"
                        else ["Kreiselmäher", "Mulcher"]
                        if lg == "de"
                        else ["Gyrobroyeur", "Faucheuse"]
                    ),
                    money(hrs * rate, lg),
                ],
            )
        )
        net += hrs * rate
    rows.sort(key=lambda r: r[0])
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (3, "left"), (0.6, "right"), (0.6, "right"), (1.2, "left"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Area", "Fläche", "Zone"),
            "ha",
            tr(lg, "Hrs", "Std.", "H"),
            tr(lg, "Machine", "Gerät", "Matériel"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [r[1] for r in rows],
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Tractor and driver at {cash(rate, lg)} per hour.",
            f"Schlepper mit Fahrer {cash(rate, lg)}/Std.",
            f"Tracteur avec chauffeur {cash(rate, lg)}/h.",
        ),
        s.size - 1,
    )
    small = lg == "de" and rng.random() < 0.5
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if small else vat_rate(lg),
        note="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet." if small else "",
    )
    write(f, s, bank_line(lg, keyed(who, "bank")), s.size - 1.5)
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        q = Page(A5)
        q.text(
            30, 40, tr(lg, "Worksheet", "Arbeitszettel", "Fiche de travail"), "Helvetica-Bold", 11
        )
        q.text(30, 54, fit(h.name, "Helvetica", 8, 300), "Helvetica", 8)
        y = 80.0
        for dd, r in rows:
            q.line(30, y + 4, A5[0] - 30, y + 4)
            hand(q, 30, y, f"{dd.day}.{dd.month}.  {r[1][:26]}  {r[3]} h", 9, A5[0] - 60)
            y += 18
        scrawl(q, 30, y + 30, staff(h, "owner"), 12)
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(d, month=mon)
    return pages


def tpl_medical_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An aeromedical examiner's LAPL (or class 2) medical certificate for a club member on
    A4 or A5, with the numbered items, limitations and the examiner's stamp; now and then the
    fee receipt on a tear-off strip at the foot."""
    h = head_of(who, "ame")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    pilot = a_person(rng, lg)
    born = date(rng.randint(1950, 2007), rng.randint(1, 12), rng.randint(1, 28))
    age = d.year - born.year
    cls = (
        rng.choice(["LAPL", "LAPL", "Class 2"])
        if lg == "en"
        else rng.choice(["LAPL", "Klasse 2"])
        if lg == "de"
        else rng.choice(["LAPL", "classe 2"])
    )
    years = 5 if age < 40 and "LAPL" in cls else 2 if age < 50 else 1
    valid = date(d.year + years, d.month, min(d.day, 28))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        f"{cls.upper()} MEDICAL CERTIFICATE",
        f"TAUGLICHKEITSZEUGNIS {cls.upper()}",
        f"CERTIFICAT MÉDICAL {cls.upper()}",
    )
    pt = shrink(title, s.bold, 13, w - 2 * m)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"{cls.upper()} MEDICAL CERTIFICATE",
            f"TAUGLICHKEITSZEUGNIS {cls.upper()}",
            f"CERTIFICAT MÉDICAL {cls.upper()}",
        ),
        s.bold,
        pt,
        "center",
    )
    y += 12
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "issued in accordance with Part-MED",
            "ausgestellt gemäß Teil-MED",
            "délivré conformément à la partie MED",
        ),
        s.font,
        7.5,
        "center",
    )
    y += 16
    items = [
        (
            "I",
            tr(lg, "State of licence issue", "Staat", "État"),
            tr(lg, "United Kingdom", "Deutschland", "France"),
        ),
        (
            "II",
            tr(lg, "Certificate number", "Nummer", "Numéro"),
            serial(rng, {"en": "GBR-99999-999", "de": "DEU-99-999999", "fr": "FRA-99999-AA"}[lg]),
        ),
        ("IVa", tr(lg, "Last and first name", "Name, Vorname", "Nom, prénom"), pilot),
        ("XIV", tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
        (
            "VI",
            tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"),
            tr(lg, "British", "deutsch", "française"),
        ),
        (
            "IX",
            tr(lg, "Date of examination", "Untersuchungsdatum", "Date de l'examen"),
            short(d, lg),
        ),
        ("X", tr(lg, "Expiry date", "Gültig bis", "Date d'expiration"), short(valid, lg)),
        (
            "XIII",
            tr(lg, "Limitations", "Auflagen", "Restrictions"),
            rng.choice(["-", "-", "VML", "VDL", "SIC", "TML"]),
        ),
    ]
    for code, cap, val in items:
        p.rect(m, y - 10, w - 2 * m, 22)
        p.text(m + 4, y + 4, code, s.bold, 7.5)
        p.text(m + 30, y + 4, fit(cap, s.font, 7.5, (w - 2 * m) * 0.42), s.font, 7.5)
        p.text(
            m + (w - 2 * m) * 0.5,
            y + 4,
            fit(val, "Courier-Bold", 9, (w - 2 * m) * 0.48),
            "Courier-Bold",
            9,
        )
        y += 22
    y += 18
    p.text(
        m,
        y,
        tr(lg, "Signature of holder", "Unterschrift des Inhabers", "Signature du titulaire"),
        s.font,
        7,
    )
    scrawl(p, m, y + 24, pilot, 11)
    ame = staff(h, "ame") if "Dr" not in h.name else h.name.split(" - ")[0]
    p.text(
        w / 2,
        y,
        tr(
            lg, "AME signature and stamp", "Unterschrift und Stempel AME", "Signature et cachet AMS"
        ),
        s.font,
        7,
    )
    scrawl(p, w / 2, y + 24, ame, 12)
    seal(
        p,
        w - m - 40,
        y + 34,
        30,
        ame.upper(),
        serial(keyed(who, "ame"), {"en": "AME 9999", "de": "DE.AME.999", "fr": "AMS 99999"}[lg]),
    )
    y += 76
    if rng.random() < 0.45 and y < hh - m - 80:
        slip_rule(p, m, w - m, y, tr(lg, "receipt", "Quittung", "reçu"))
        y += 18
        fee = {"en": 140.0, "de": 120.0, "fr": 80.0}[lg] + rng.choice([0, 10, 25])
        p.text(
            m,
            y,
            tr(
                lg,
                f"Received from {pilot} the sum of {cash(fee, lg)} for the medical examination.",
                f"Von {pilot} für die flugmedizinische Untersuchung {cash(fee, lg)} erhalten "
                "(GOÄ).",
                f"Reçu de {pilot} la somme de {cash(fee, lg)} pour la visite médicale.",
            ),
            s.font,
            7.5,
        )
        hand(p, m, y + 18, tr(lg, "paid by card", "bar bezahlt", "réglé CB"), 9)
    remember(d, pilot=pilot)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates QQQQQ: pilots, competitions, safety, the new glider and the parachutes
# ---------------------------------------------------------------------------------------------


def tpl_logbook_extract(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's logbook extract for a licence or rating application: photocopied logbook
    pages on landscape A4 filled in by hand with page totals, the instructor's certified-copy
    stamp and signature on the last; now and then a typed experience summary in front."""
    lg = home()
    h = club_head()
    s = style_of(h, LAND, margin=34, pt=8)
    w, _ = LAND
    m = s.margin
    d = some_day(rng)
    pilot = a_person(rng, lg)
    o = officers()
    gl = [a for a in fleet() if a.kind == "glider"]
    pages: list[Page] = []
    if rng.random() < 0.4:
        ss = style_of(h, A4, margin=60, pt=10)
        q = Page(A4)
        y = 80.0
        q.text(60, y, pilot, "Helvetica-Bold", 12)
        y += 14
        q.text(60, y, "  ".join(an_address(rng, lg)), "Helvetica", 9)
        y += 40
        q.text(
            60,
            y,
            tr(
                lg,
                "Summary of flying experience - SPL application",
                "Nachweis der Flugerfahrung - Antrag auf SPL",
                "Récapitulatif d'expérience - demande de licence SPL",
            ),
            "Helvetica-Bold",
            11,
        )
        y += 24
        for cap, val in [
            (tr(lg, "Total launches", "Starts gesamt", "Lancements"), str(rng.randint(60, 180))),
            (
                tr(lg, "Total flight time", "Flugzeit gesamt", "Heures de vol"),
                f"{rng.randint(15, 60)}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Dual instruction", "Doppelsteuer", "Double commande"),
                f"{rng.randint(10, 30)}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Solo (supervised)", "Alleinflug", "Solo supervisé"),
                f"{rng.randint(5, 25)}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Solo cross-country 50 km", "Überlandflug 50 km", "Circuit 50 km"),
                short(d - timedelta(days=rng.randint(20, 300)), lg),
            ),
            (
                tr(
                    lg,
                    "Winch / aerotow launches",
                    "Winden- / F-Schlepp-Starts",
                    "Treuil / remorqué",
                ),
                f"{rng.randint(50, 150)} / {rng.randint(5, 30)}",
            ),
        ]:
            q.text(60, y, cap, "Helvetica", 10)
            q.text(380, y, val, "Helvetica", 10)
            y += 20
        y += 20
        write_at(
            q,
            ss,
            60,
            y,
            A4[0] - 120,
            tr(
                lg,
                "I certify that the above is a true summary of my logbook.",
                "Ich versichere die Richtigkeit der Angaben.",
                "Je certifie l'exactitude de ces informations.",
            ),
            9,
        )
        scrawl(q, 60, y + 50, pilot)
        q.text(60, y + 62, short(d, lg), "Helvetica", 9)
        pages.append(q)
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Type", "Muster", "Type"),
        tr(lg, "Reg.", "Kennz.", "Immat."),
        tr(lg, "Captain", "Pilot", "CdB"),
        tr(lg, "Launch", "Startart", "Lanc."),
        tr(lg, "Place", "Startort", "Lieu"),
        tr(lg, "Dep.", "Start", "Déc."),
        tr(lg, "Arr.", "Landung", "Att."),
        tr(lg, "Time", "Zeit", "Durée"),
        tr(lg, "Remarks", "Bemerkungen", "Observations"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (1.1, "left"),
            (0.7, "left"),
            (1.4, "left"),
            (0.5, "center"),
            (1.4, "left"),
            (0.55, "center"),
            (0.55, "center"),
            (0.55, "center"),
            (1.8, "left"),
        ],
    )
    n = rng.randint(1, 3)
    day0 = d - timedelta(days=rng.randint(60, 400))
    for k in range(n):
        p = Page(LAND)
        copier_edge(p, rng)
        y = m + 10
        p.text(
            w - m,
            y - 6,
            tr(
                lg,
                f"Page {rng.randint(3, 30)}",
                f"Seite {rng.randint(3, 30)}",
                f"Page {rng.randint(3, 30)}",
            ),
            "Helvetica",
            8,
            "right",
        )
        p.rect(m - 2, y, w - 2 * m + 4, 16, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y + 11, fit(t, "Helvetica-Bold", 7, c[1] - c[0]), "Helvetica-Bold", 7)
        y += 30
        for _ in range(18):
            day0 += timedelta(days=rng.choice([0, 0, 1, 6, 7, 14]))
            g = rng.choice(gl)
            dual = g.seats == 2 and rng.random() < 0.5
            t0 = rng.randint(10, 16) * 60 + rng.randint(0, 59)
            dur = rng.choice([5, 6, 7, 9, 14, 22, 45, 70, 130])
            vals = [
                f"{day0.day:02d}.{day0.month:02d}",
                g.type,
                g.reg,
                o["inst1"].split()[-1] if dual else tr(lg, "Self", "selbst", "moi"),
                rng.choice(
                    ["W", "W", "A"]
                    if lg == "en"
                    else ["W", "W", "F"]
                    if lg == "de"
                    else ["T", "T", "R"]
                ),
                club_row()[1].split()[-1],
                f"{t0 // 60}:{t0 % 60:02d}",
                f"{(t0 + dur) // 60}:{(t0 + dur) % 60:02d}",
                f"{dur // 60}:{dur % 60:02d}",
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        tr(lg, "circuits", "Platzrunden", "tours de piste"),
                        tr(lg, "spin training", "Trudelschulung", "vrilles"),
                        tr(lg, "cable break exercise", "Seilrissübung", "rupture de câble"),
                    ]
                ),
            ]
            for c, v in zip(cols, vals, strict=True):
                if v:
                    hand(p, c[0], y, v, 8, c[1] - c[0] - 2)
            p.line(m - 2, y + 4, w - m + 2, y + 4)
            y += 21
        for c in cols[1:]:
            p.line(c[0] - 3, m + 10, c[0] - 3, y - 16)
        p.text(
            m,
            y + 6,
            tr(
                lg,
                "Totals this page / brought forward / total",
                "Summe Seite / Übertrag / Gesamt",
                "Total page / report / total",
            ),
            "Helvetica-Bold",
            7.5,
        )
        hand(
            p,
            cols[8][0] - 60,
            y + 6,
            f"{rng.randint(2, 9)}:{rng.randint(0, 59):02d}   "
            f"{rng.randint(10, 40)}:{rng.randint(0, 59):02d}",
            8.5,
        )
        if k == n - 1:
            stamp(
                p,
                m + 330,
                y + 16,
                [
                    tr(lg, "Certified true copy", "Kopie stimmt mit", "Copie certifiée"),
                    tr(lg, "of the original", "dem Original überein", "conforme"),
                    short(d, lg),
                ],
            )
            scrawl(p, w - m - 120, y + 18, o["cfi"], 12)
            p.text(
                w - m - 120,
                y + 28,
                fit(f"{o['cfi']}, {role_name('cfi', lg)}", "Helvetica", 7, 200),
                "Helvetica",
                7,
            )
        pages.append(p)
    remember(d, pilot=pilot)
    return pages


COMPS = {
    "en": [
        "Club Class",
        "Standard Class",
        "18 m Class",
        "Two-seater Class",
        "Sports Class (handicapped)",
    ],
    "de": ["Clubklasse", "Standardklasse", "18-m-Klasse", "Doppelsitzerklasse", "Juniorenklasse"],
    "fr": ["Classe club", "Classe standard", "Classe 18 m", "Classe biplace", "Classe promotion"],
}


def tpl_competition_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A club pilot's entry form for a regional competition on the organisers' form, filled in
    by hand: class, pilot and licence, glider, competition number, handicap, logger and FLARM,
    insurance; the crew, camping and declaration page behind."""
    h = head_of(who, "organiser", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    pilot = a_person(rng, home())
    g = rng.choice([a for a in fleet() if a.kind == "glider"])
    start = d + timedelta(days=rng.randint(30, 120))
    comp = h.name.split(" - ")[0]
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "ENTRY FORM", "NENNUNGSFORMULAR", "BULLETIN D'INSCRIPTION"), s.bold, 14)
    p.text(
        w - m,
        y,
        fit(
            f"{comp}, {short(start, lg)} - {short(start + timedelta(days=8), lg)}",
            s.font,
            8.5,
            w / 2,
        ),
        s.font,
        8.5,
        "right",
    )
    y += 14
    y = band(p, s, y + 8, tr(lg, "Class entered", "Klasse", "Classe")) + 10
    y = ticks(p, s, m, y, w - 2 * m, COMPS[lg], {rng.randrange(5)}, 8)
    y = band(p, s, y + 4, tr(lg, "Pilot", "Pilot/in", "Pilote")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), pilot),
            (tr(lg, "Club", "Verein", "Club"), club_head().name),
            (
                tr(lg, "Licence no.", "Lizenz-Nr.", "N° de licence"),
                serial(
                    rng,
                    "GBR.FCL.SPL.9999"
                    if home() == "en"
                    else "DEU.FCL.SPL.99999"
                    if home() == "de"
                    else "FRA.FCL.SPL.9999",
                ),
            ),
            (
                tr(
                    lg,
                    "Medical valid until",
                    "Medical gültig bis",
                    "Certificat médical valable jusqu'au",
                ),
                short(start + timedelta(days=rng.randint(60, 900)), lg),
            ),
            (
                tr(lg, "Cross-country hours", "Überlandstunden", "Heures de campagne"),
                str(rng.randint(60, 900)),
            ),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                serial(
                    rng,
                    "+44 7999 999999"
                    if home() == "en"
                    else "+49 171 9999999"
                    if home() == "de"
                    else "+33 6 99 99 99 99",
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y + 4, tr(lg, "Glider", "Flugzeug", "Planeur")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Type", "Muster", "Type"), g.type),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), g.reg),
            (tr(lg, "Competition no.", "Wettbewerbskennzeichen", "Numéro de concours"), g.mark),
            (
                tr(lg, "Handicap / index", "Index", "Handicap"),
                str(rng.choice([92, 98, 100, 102, 104, 106])),
            ),
            (
                tr(lg, "Logger type / serial", "Logger / Seriennr.", "Enregistreur / n°"),
                f"{rng.choice(['LX Nano', 'Flarm IGC', 'LXNAV S80', 'Colibri II'])} / "
                f"{serial(rng, '9999')}",
            ),
            ("FLARM ID", serial(rng, "DD9A9A")),
            (
                tr(lg, "Insurer / policy", "Versicherer / Vertrag", "Assureur / police"),
                tr(
                    home(),
                    rng.choice(["Fleet scheme", "Club policy"]),
                    rng.choice(["Rahmenvertrag", "Vereinsvertrag"]),
                    "Contrat fédéral",
                )
                + f" {serial(rng, '99999')}",
            ),
            (
                tr(lg, "Third party limit", "Haftpflicht-Deckung", "Garantie RC"),
                "1.5 m SDR" if lg == "en" else "1,5 Mio. SZR",
            ),
        ],
        per=2,
        tall=24,
    )
    fee = {"en": 295.0, "de": 260.0, "fr": 240.0}[lg]
    p.text(
        m,
        y + 6,
        tr(
            lg,
            f"Entry fee {cash(fee, lg)} (incl. 4 aerotows) paid by bank transfer on",
            f"Nenngeld {cash(fee, lg)} überwiesen am",
            f"Droits d'inscription {cash(fee, lg)} réglés le",
        ),
        s.font,
        8.5,
    )
    hand(p, m + 300, y + 6, short(d, lg), 9.5)
    y += 40
    sign_line(p, s, m, y, 180, tr(lg, "Date", "Datum", "Date"))
    hand(p, m + 4, y - 4, short(d, lg))
    sign_line(
        p,
        s,
        w / 2,
        y,
        w / 2 - m,
        tr(lg, "Signature of pilot", "Unterschrift Pilot/in", "Signature du pilote"),
        pilot,
    )
    q = Page(A4)
    y = m + 10
    q.text(
        m,
        y,
        fit(
            f"{comp} - "
            f"{tr(lg, 'Entry form (page 2)', 'Nennung (Seite 2)', 'Inscription (page 2)')}",
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    y += 22
    y = (
        band(
            q, s, y, tr(lg, "Crew and retrieve", "Mannschaft und Rückholer", "Équipe et dépanneurs")
        )
        + 4
    )
    crew = [
        (
            tr(lg, f"Crew {k}", f"Helfer {k}", f"Équipier {k}"),
            a_person(rng, home()) if rng.random() < 0.8 else "",
        )
        for k in (1, 2)
    ]
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            *crew,
            (
                tr(lg, "Car / trailer reg.", "Kfz / Anhänger", "Voiture / remorque"),
                serial(
                    rng,
                    "AA99 AAA"
                    if home() == "en"
                    else "RT-AA 999"
                    if home() == "de"
                    else "AA-999-AA",
                ),
            ),
            (
                tr(lg, "Tow car mobile", "Handy Rückholer", "Portable dépanneur"),
                serial(rng, "07999 999999" if home() == "en" else "0171 9999999"),
            ),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(
            q, s, y + 4, tr(lg, "Camping and meals", "Camping und Verpflegung", "Camping et repas")
        )
        + 10
    )
    y = ticks(
        q,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Tent;Caravan;Electric hook-up;Competition dinner",
            "Zelt;Wohnwagen;Stromanschluss;Siegerehrung mit Essen",
            "Tente;Caravane;Branchement électrique;Dîner de clôture",
        ).split(";"),
        set(rng.sample(range(4), 2)),
        8,
    )
    y = band(q, s, y + 8, tr(lg, "Declaration", "Erklärung", "Déclaration")) + 8
    y = write_at(
        q,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I hold a valid licence and medical and the glider has a valid ARC and insurance. I "
            "have read the "
            "local procedures and the competition rules and take part at my own risk.",
            "Ich besitze eine gültige Lizenz und ein gültiges Tauglichkeitszeugnis; das "
            "Flugzeug ist lufttüchtig "
            "(ARC) und versichert. Die Ausschreibung und die örtlichen Verfahren habe ich gelesen.",
            "Je certifie détenir une licence et un certificat médical valides ; le planeur "
            "dispose d'un ARC et "
            "d'une assurance en cours. J'ai pris connaissance du règlement et des consignes "
            "locales.",
        ),
        8.5,
    )
    y += 34
    sign_line(
        q, s, m, y, w / 2 - m, tr(lg, "Signature of pilot", "Unterschrift", "Signature"), pilot
    )
    if rng.random() < 0.5:
        y += 40
        sign_line(
            q,
            s,
            m,
            y,
            w / 2 - m,
            tr(
                lg,
                "Glider owner (if not pilot)",
                "Halter (falls nicht Pilot)",
                "Propriétaire du planeur",
            ),
            officers()["chairman"],
        )
    remember(d, pilot=pilot, glider=g.reg, comp=comp, organiser=h.name)
    return [p, q]


def tpl_entry_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The organisers' confirmation of a competition entry: letter with the briefing dates and
    what to bring, and the fee note with the entry fee and extras."""
    h = head_of(who, "organiser", abroad=0.2)
    lg = h.lang
    ex = last_extra(("competition_entry",))
    if ex.get("organiser"):
        for lang, rows in SENDERS["organiser"].items():
            for row in rows:
                if row[0] == ex["organiser"]:
                    h = make_head(row, lang, "organiser")
                    lg = lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = last_day(rng, ("competition_entry",), (4, 20))
    pilot = str(ex.get("pilot") or a_person(rng, home()))
    glider = str(ex.get("glider") or a_glider(rng).reg)
    start = d + timedelta(days=rng.randint(25, 90))
    no = serial(rng, "E-99")
    f = sheets(s, h)
    street, town = an_address(rng, home())
    recipient(
        f,
        s,
        h,
        [mx(pilot, lg), street, town],
        d,
        [(tr(lg, "Entry no.", "Nennung Nr.", "Inscription n°"), no)],
    )
    caption(
        f,
        s,
        tr(lg, "Confirmation of entry", "Bestätigung Ihrer Nennung", "Confirmation d'inscription"),
        2,
    )
    f.page.text(m, f.y, dear(lg, mx(pilot, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your entry with {glider}. Your entry is confirmed. Registration "
            f"opens on {day(h, start - timedelta(days=1))} "
            f"from 14:00, the first briefing is on {day(h, start)} at 09:30 in the hangar.",
            f"vielen Dank für Ihre Nennung mit {glider}. Wir bestätigen die Teilnahme. Die "
            "Anmeldung ist am "
            f"{day(h, start - timedelta(days=1))} ab 14 Uhr geöffnet, das erste Briefing findet "
            f"am {day(h, start)} um 9:30 Uhr statt.",
            f"Nous accusons réception de votre inscription avec {glider}, qui est confirmée. "
            "L'accueil est ouvert le "
            f"{day(h, start - timedelta(days=1))} à partir de 14 h ; premier briefing le "
            f"{day(h, start)} à 9 h 30.",
        ),
    )
    write(
        f,
        s,
        tr(lg, "Please bring: ", "Bitte mitbringen: ", "À apporter : ")
        + tr(
            lg,
            "licence, medical, ARC, insurance certificate, logger declaration, weighing report.",
            "Lizenz, Tauglichkeitszeugnis, ARC, Versicherungsnachweis, Wägebericht.",
            "licence, certificat médical, ARC, attestation d'assurance, fiche de pesée.",
        ),
    )
    write(f, s, prose(rng, lg, "club", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "dir"),
        tr(lg, "Competition Director", "Wettbewerbsleiter", "Directeur de compétition"),
    )
    f.need(200)
    f.y += 10
    slip_rule(f.page, m, w - m, f.y, tr(lg, "fee note", "Gebührenaufstellung", "note de frais"))
    f.y += 20
    caption(f, s, tr(lg, "Fee note", "Gebührenaufstellung", "Note de frais"), 1)
    fee = {"en": 295.0, "de": 260.0, "fr": 240.0}[lg]
    rows = [
        [tr(lg, "Entry fee", "Nenngeld", "Droits d'inscription"), money(fee, lg)],
        [
            tr(
                lg,
                "Aerotows (prepaid, 4)",
                "Schlepps (4, Vorauszahlung)",
                "Remorquages (4, avance)",
            ),
            money(4 * 42.0, lg),
        ],
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Camping, 9 nights", "Camping, 9 Nächte", "Camping, 9 nuits"),
                money(9 * 12.0, lg),
            ]
        )
    cols = columns(m, w - m, [(5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    tot = fee + 168.0 + (108.0 if len(rows) > 2 else 0.0)
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(tot, lg)} - "
        f"{tr(lg, 'entry fee received with thanks', 'Nenngeld dankend erhalten', 'droits reçus')}",
        s.bold,
        s.size - 0.5,
        "right",
    )
    f.y += 20
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.2)
    remember(d, pilot=pilot)
    return pages


def tpl_incident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The club's incident report on its form: date, aircraft, pilots, phase and type ticks,
    injuries and damage, the narrative in hand; the sketch of the circuit and the safety
    officer's assessment with actions on a second sheet, sometimes a narrative continuation."""
    h = club_head()
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    o = officers()
    g = a_glider(rng)
    pilot = a_person(rng, lg)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "INCIDENT / OCCURRENCE REPORT",
            "MELDUNG EINES EREIGNISSES IM FLUGBETRIEB",
            "COMPTE RENDU D'ÉVÉNEMENT (REX)",
        ),
        s.bold,
        12,
    )
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Ref.', 'Nr.', 'Réf.')} {d.year}/{rng.randint(1, 30):02d}",
        s.font,
        8.5,
        "right",
    )
    y += 10
    y = fields(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            (
                tr(lg, "Date / time (local)", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(10, 18)}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Aircraft", "Luftfahrzeug", "Aéronef"), f"{g.type} {g.reg}"),
            (tr(lg, "Pilot in command", "Verantwortlicher Pilot", "Commandant de bord"), pilot),
            (
                tr(lg, "Instructor / P2", "Fluglehrer / Begleiter", "Instructeur / passager"),
                o["inst2"] if g.seats == 2 and rng.random() < 0.6 else "-",
            ),
            (
                tr(lg, "Runway / wind", "Piste / Wind", "Piste / vent"),
                f"{rng.choice(['24', '06', '27'])} / "
                f"{rng.choice(['250', '280', '070'])}/{rng.randint(5, 22)}",
            ),
            (
                tr(lg, "Reported by", "Gemeldet von", "Rédigé par"),
                pilot if rng.random() < 0.6 else o["inst1"],
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Phase of flight", "Flugphase", "Phase de vol")) + 10
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Ground handling;Winch launch;Aerotow;Soaring;Circuit;Approach / landing;Field "
            "landing;Retrieve",
            "Bodenbetrieb;Windenstart;F-Schlepp;Thermikflug;Platzrunde;Anflug / "
            "Landung;Außenlandung;Rückholung",
            "Au sol;Treuil;Remorqué;Vol local;Tour de piste;Approche / "
            "atterrissage;Vache;Dépannage",
        ).split(";"),
        {rng.randrange(8)},
        8,
    )
    y = (
        band(p, s, y + 4, tr(lg, "Type of occurrence", "Art des Ereignisses", "Type d'événement"))
        + 10
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Cable break;Wing drop / ground loop;Heavy landing;Undershoot / overshoot;Airspace "
            "infringement;Airprox;Canopy opened;Other",
            "Seilriss;Abkippen / Ringelpiez;harte Landung;zu kurz / zu "
            "lang;Luftraumverletzung;Annäherung;Haube offen;Sonstiges",
            "Rupture de câble;Cheval de bois;Atterrissage dur;Trop court / trop long;Intrusion "
            "espace;Airprox;Verrière ouverte;Autre",
        ).split(";"),
        {rng.randrange(8)},
        8,
    )
    y = (
        band(
            p,
            s,
            y + 4,
            tr(lg, "Injuries / damage", "Verletzungen / Schäden", "Blessures / dommages"),
        )
        + 10
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "None;Minor injury;Serious injury;No damage;Minor damage;Substantial damage",
            "keine;leicht;schwer;kein Schaden;geringer Schaden;erheblicher Schaden",
            "Aucune;Légère;Grave;Pas de dommage;Dommage léger;Dommage important",
        ).split(";"),
        {0, rng.choice([3, 4, 4, 5])},
        8,
    )
    y = (
        band(
            p,
            s,
            y + 4,
            tr(
                lg,
                "What happened (in your own words)",
                "Hergang (eigene Worte)",
                "Description des faits",
            ),
        )
        + 14
    )
    lines = wrap(prose(rng, lg, "safety", 3, 22), HAND, 9.5, w - 2 * m - 6)
    for k in range(12):
        p.line(m, y + 3, w - m, y + 3)
        if k < len(lines):
            hand(p, m + 3, y, lines[k], 9.5)
        y += 17
    y += 10
    sign_line(p, s, m, y + 10, 200, tr(lg, "Signature", "Unterschrift", "Signature"), pilot)
    pages = [p]
    if len(lines) > 12:
        c = Page(A4)
        c.text(m, m, tr(lg, "Continuation", "Fortsetzung", "Suite"), s.bold, 10)
        yy = m + 24
        for ln in lines[12:]:
            c.line(m, yy + 3, w - m, yy + 3)
            hand(c, m + 3, yy, ln, 9.5)
            yy += 17
        pages.append(c)
    q = Page(A4)
    y = m
    q.text(m, y, tr(lg, "Sketch", "Skizze", "Croquis"), s.bold, 10)
    field_map(q, s, rng, m, y + 10, w - 2 * m, 300, tr(lg, "RWY", "Piste", "Piste"))
    for _ in range(3):
        x1, y1 = m + rng.uniform(60, w - 2 * m - 60), y + rng.uniform(60, 280)
        q.line(x1, y1, x1 + rng.uniform(-60, 60), y1 + rng.uniform(-40, 40))
    hand(
        q,
        m + 20,
        y + 290,
        tr(lg, "X = touchdown, dashed = track", "X = Aufsetzpunkt", "X = point de toucher"),
        9,
    )
    y += 330
    y = (
        band(
            q,
            s,
            y,
            tr(
                lg,
                "Safety officer's assessment",
                "Bewertung Flugsicherheitsbeauftragter",
                "Analyse du correspondant sécurité",
            ),
        )
        + 14
    )
    for ln in wrap(prose(rng, lg, "safety", 2, 4), HAND, 9.5, w - 2 * m - 6)[:7]:
        hand(q, m + 3, y, ln, 9.5)
        y += 16
    y += 8
    q.text(
        m,
        y,
        tr(
            lg,
            "Report to authority / association:",
            "Meldung an BFU / LBA / Verband:",
            "Notification BEA / DSAC / FFVP :",
        ),
        s.font,
        8,
    )
    ticks(q, s, m + 200, y, 200, yes_no(lg), {1 if rng.random() < 0.7 else 0}, 8)
    y += 20
    q.text(m, y, tr(lg, "Actions", "Maßnahmen", "Actions"), s.bold, 8.5)
    y += 14
    for k in range(rng.randint(1, 3)):
        hand(
            q,
            m + 10,
            y,
            f"{k + 1}. {words(rng, lg, 'safety', rng.randint(5, 9))}",
            9.5,
            w - 2 * m - 20,
        )
        y += 16
    y += 30
    sign_line(q, s, m, y, 200, f"{o['safety']}, {role_name('safety', lg)}", o["safety"])
    sign_line(
        q,
        s,
        w / 2 + 10,
        y,
        w / 2 - m - 10,
        f"{o['cfi']}, {role_name('cfi', lg)}",
        o["cfi"] if rng.random() < 0.7 else "",
    )
    pages.append(q)
    remember(d, ac=g.reg)
    return pages


def tpl_grant_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A grant offer towards the purchase of a new two-seater glider: the letter with the
    amount and share of the cost, the conditions annex with numbered conditions, and the
    acceptance form for the chairman's and treasurer's signatures."""
    h = head_of(who, "funder")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    o = officers()
    typ = rng.choice(["ASK 21 B", "DG-1000S", "Duo Discus XLT", "Twin Shark"])
    cost = rng.choice([168000.0, 185000.0, 205000.0, 224000.0])
    share = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3])
    grant = round(cost * share, -2)
    ref = serial(rng, {"en": "GR/99/999", "de": "SF-99-9999", "fr": "SUB-9999-999"}[lg])
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        club_lines(mx(o["chairman"], lg)),
        d,
        [(tr(lg, "Reference", "Aktenzeichen", "Référence"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Grant offer - purchase of a two-seater training glider ({typ})",
            f"Zuwendungsbescheid - Beschaffung eines doppelsitzigen Schulungsflugzeugs ({typ})",
            f"Notification de subvention - acquisition d'un planeur biplace ({typ})",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, mx(o["chairman"], lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "I am pleased to tell you that the Trustees have agreed to offer a grant of up to "
            f"{cash(grant, lg)} "
            f"towards the purchase of a new {typ}, being {share:.0%} of the eligible cost of "
            f"{cash(cost, lg)}. "
            "The grant is offered on the conditions in the annex.",
            f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(40, 120)), lg)} "
            "bewilligen wir Ihnen für die "
            f"Beschaffung eines {typ} eine Zuwendung in Höhe von {cash(grant, lg)} "
            f"({int(share * 100)} % der "
            f"zuwendungsfähigen Ausgaben von {cash(cost, lg)}) als Festbetragsfinanzierung.",
            "J'ai le plaisir de vous informer que la commission permanente a attribué à votre "
            "association une "
            f"subvention de {cash(grant, lg)} pour l'acquisition d'un planeur {typ}, soit "
            f"{int(share * 100)} % de la "
            f"dépense subventionnable de {cash(cost, lg)}.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the acceptance form within 28 days.",
            "Bitte senden Sie die Annahmeerklärung innerhalb von vier Wochen unterschrieben "
            "zurück.",
            "Merci de nous retourner le formulaire d'acceptation signé sous un mois.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sign"),
        tr(lg, "Grants Manager", "Referat Sportstättenbau", "Le Vice-président délégué aux sports"),
    )
    g = sheets(s, h, f"{h.name} - {ref}", top=False)
    caption(
        g,
        s,
        tr(
            lg,
            "Annex - Conditions of grant",
            "Anlage - Nebenbestimmungen (ANBest)",
            "Annexe - Conditions d'attribution",
        ),
        2,
        rule=True,
    )
    conds = tr(
        lg,
        "Use of the glider;Order and payment;Claiming the grant;Publicity;Disposal;Records and "
        "inspection;Repayment",
        "Zweckbindung;Auftragsvergabe;Mittelabruf;Verwendungsnachweis;Veräußerung;Prüfungsrecht;Rückforderung",
        "Affectation;Commande;Versement;Publicité;Cession;Contrôle;Reversement",
    ).split(";")
    for k, c in enumerate(conds, 1):
        g.heading(m, f"{k}. {c}", s.bold, s.size)
        g.para(
            m + 14,
            w - 2 * m - 14,
            words(rng, lg, "legal", rng.randint(25, rng.choice([60, 120, 220]))),
            s.font,
            s.size - 0.5,
        )
    a = sheets(s, h, top=False)
    caption(
        a,
        s,
        tr(lg, "Acceptance of grant offer", "Annahmeerklärung", "Acceptation de la subvention"),
        3,
    )
    write(
        a,
        s,
        f"{tr(lg, 'Reference', 'Aktenzeichen', 'Référence')}: {ref}    "
        f"{tr(lg, 'Organisation', 'Verein', 'Association')}: {club_head().name}",
    )
    write(
        a,
        s,
        tr(
            lg,
            f"We accept the grant of {cash(grant, lg)} on the conditions set out in the offer "
            "letter and its annex.",
            f"Wir nehmen die Zuwendung über {cash(grant, lg)} mit den Nebenbestimmungen an und "
            "verzichten auf Rechtsbehelfe.",
            f"Nous acceptons la subvention de {cash(grant, lg)} aux conditions figurant dans la "
            "notification et son annexe.",
        ),
    )
    a.y += 50
    signed = rng.random() < 0.5
    sign_line(
        a.page,
        s,
        m,
        a.y,
        210,
        f"{o['chairman']}, {role_name('chairman', lg)}",
        o["chairman"] if signed else "",
    )
    sign_line(
        a.page,
        s,
        w / 2 + 10,
        a.y,
        w / 2 - m - 10,
        f"{o['treasurer']}, {role_name('treasurer', lg)}",
        o["treasurer"] if signed else "",
    )
    a.y += 50
    sign_line(a.page, s, m, a.y, 210, tr(lg, "Date", "Ort, Datum", "Lieu et date"))
    pages = (
        close(f.pages, s, h)
        + close(g.pages, s, h, numbers="{i}/{n}")
        + close(a.pages, s, h, numbers="none")
    )
    received(rng, pages[0], home(), d, 0.4)
    remember(d, typ=typ, cost=cost)
    return pages


def tpl_glider_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A glider manufacturer's order confirmation for the club's new two-seater: the
    configuration and price, the equipment list (instruments, radio, trailer) on a page or two,
    the payment schedule and delivery week, and the terms of sale in small print."""
    h = head_of(who, "maker", abroad=0.5)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ex = last_extra(("grant_letter",))
    d = last_day(rng, ("grant_letter",), (10, 45))
    typ = str(ex.get("typ") or rng.choice(["ASK 21 B", "DG-1000S", "Duo Discus XLT", "Twin Shark"]))
    base = float(ex.get("cost") or 185000.0) * 0.82
    no = serial(rng, "AB-2099-999")
    week = rng.randint(1, 52)
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Order confirmation', 'Auftragsbestätigung', 'Confirmation de commande')} {no}",
    )
    recipient(
        f,
        s,
        h,
        club_lines(),
        d,
        [
            (tr(lg, "Order confirmation", "Auftragsbestätigung", "Confirmation n°"), no),
            (
                tr(lg, "Serial no. (provisional)", "Werk-Nr. (vorläufig)", "N° de série prévu"),
                serial(rng, "99999"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Order confirmation - {typ}",
            f"Auftragsbestätigung - {typ}",
            f"Confirmation de commande - {typ}",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your order. We confirm the supply of one new {typ} in the "
            "configuration below, ex works, "
            f"delivery in calendar week {week}/{d.year + 1}.",
            f"vielen Dank für Ihren Auftrag. Wir bestätigen die Lieferung eines neuen {typ} in "
            "der unten aufgeführten "
            f"Ausstattung ab Werk, Liefertermin KW {week}/{d.year + 1}.",
            f"Nous vous remercions de votre commande et confirmons la fourniture d'un {typ} "
            "neuf, départ usine, dans la "
            f"configuration ci-dessous, livraison semaine {week}/{d.year + 1}.",
        ),
    )
    equip = tr(
        lg,
        "Basic aircraft with instrument panels front and rear;Tost E85 nose and CG releases;LX "
        "9070 flight computer with vario;LXNAV S8 second seat display;FLARM PowerFLARM "
        "Fusion;Radio 8.33 kHz with rear control;ELT 406 MHz;Oxygen system;Water ballast tail "
        "tank;Cobra closed trailer;Wing and canopy covers;Tow-out gear and wing dolly;Weighing "
        "and EASA paperwork",
        "Grundflugzeug mit Instrumentenbrettern vorn und hinten;Bug- und Schwerpunktkupplung "
        "Tost E85;Bordrechner LX 9070 mit Variometer;Zweitanzeige LXNAV S8 hinten;PowerFLARM "
        "Fusion;Funkgerät 8,33 kHz mit Bedienteil hinten;ELT 406 "
        "MHz;Sauerstoffanlage;Leitwerkstank;Geschlossener Anhänger Cobra;Flächen- und "
        "Haubenschoner;Rangierhilfe und Flächenrad;Wägung und Zulassungsunterlagen",
        "Planeur de base avec tableaux avant et arrière;Crochets Tost E85 nez et centre de "
        "gravité;Calculateur LX 9070 avec variomètre;Répétiteur LXNAV S8 arrière;PowerFLARM "
        "Fusion;Radio 8,33 kHz avec commande arrière;Balise ELT 406 MHz;Installation "
        "oxygène;Ballast de queue;Remorque fermée Cobra;Housses d'aile et de verrière;Kit de "
        "roulage;Pesée et dossier de navigabilité",
    ).split(";")
    rows = [
        [
            e,
            money(
                base if k == 0 else rng.choice([380.0, 1250.0, 2900.0, 4800.0, 9600.0, 14500.0]), lg
            ),
        ]
        for k, e in enumerate(equip)
    ]
    cols = columns(m, w - m, [(5, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Price", "Preis", "Prix")],
        rows,
        s,
        rules=True,
    )
    net = sum(
        float(r[1].replace(",", "").replace(" ", ""))
        if lg == "en"
        else float(r[1].replace(".", "").replace(" ", "").replace(",", "."))
        for r in rows
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        note=tr(
            lg,
            "",
            "Bei innergemeinschaftlicher Lieferung an Empfänger mit USt-IdNr. steuerfrei.",
            "",
        )
        if home() != lg
        else "",
    )
    f.need(160)
    f.heading(m, tr(lg, "Payment schedule", "Zahlungsplan", "Échéancier"), s.bold, s.size + 1)
    plan = [
        (tr(lg, "Deposit on order", "Anzahlung bei Auftrag", "Acompte à la commande"), 0.3),
        (tr(lg, "Start of production", "Baubeginn", "Début de fabrication"), 0.4),
        (tr(lg, "Before delivery", "Vor Auslieferung", "Avant livraison"), 0.3),
    ]
    gross = net * (1 + vat_rate(lg) / 100)
    for t, sh in plan:
        f.page.text(m + 10, f.y, f"{int(sh * 100)} %", s.font, s.size)
        f.page.text(m + 60, f.y, t, s.font, s.size)
        f.page.text(w - m, f.y, cash(gross * sh, lg), s.font, s.size, "right")
        f.y += s.size * 1.6
    regards(f, s, lg, staff(h, "sales"), tr(lg, "Sales", "Vertrieb", "Service commercial"))
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        heads = tr(
            lg,
            "Scope;Prices;Payment;Delivery;Acceptance;Retention of "
            "title;Warranty;Liability;Force majeure;Law and jurisdiction",
            "Geltungsbereich;Preise;Zahlung;Lieferzeit;Abnahme;Eigentumsvorbehalt;"
            "Gewährleistung;Haftung;Höhere Gewalt;Gerichtsstand",
            "Champ d'application;Prix;Paiement;Livraison;Réception;Réserve de "
            "propriété;Garantie;Responsabilité;Force majeure;Juridiction",
        ).split(";")
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General Terms of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    received(rng, pages[0], home(), d, 0.35)
    remember(d)
    return pages


def tpl_parachute_repack(rng: random.Random, who: Issuer) -> list[Page]:
    """A rigger's repack record for one of the club's emergency parachutes on A5 or a slip:
    type, serial, date of manufacture, inspection ticks, repack date and next due, seal and
    rigger's signature, the charge at the foot."""
    h = head_of(who, "rigger", abroad=0.15)
    lg = h.lang
    size = keyed(who, "size").choice([A5, A6, SLIP])
    s = style_of(h, size, margin=22 if size != A5 else 30, pt=7.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("parachute_repack",)) and isinstance(ex, dict) and isinstance(ex.get("day"), date):
        d = ex["day"]
        assert isinstance(d, date)
    else:
        d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "PARACHUTE REPACK RECORD",
        "PACKNACHWEIS RETTUNGSFALLSCHIRM",
        "FICHE DE PLIAGE PARACHUTE",
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 10, w - 2 * m), "center")
    y += 16
    typ = rng.choice(
        ["Irvin EB 62", "Strong 305 Lo-Po", "Thiébault TP-2", "Mars ATL-88/1", "Aerosafe 3.0"]
    )
    dom = date(rng.randint(2006, 2022), rng.randint(1, 12), 1)
    items = [
        (tr(lg, "Owner", "Eigentümer", "Propriétaire"), club_head().name),
        (tr(lg, "Type", "Typ", "Type"), typ),
        (tr(lg, "Serial no.", "Seriennr.", "N° de série"), serial(rng, "9999-999")),
        (
            tr(lg, "Date of manufacture", "Herstelldatum", "Date de fabrication"),
            f"{dom.month:02d}/{dom.year}",
        ),
        (tr(lg, "Club no.", "Vereins-Nr.", "N° club"), f"#{rng.randint(1, 14)}"),
        (tr(lg, "Repacked", "Gepackt am", "Plié le"), short(d, lg)),
        (
            tr(lg, "Next due", "Nächste Packung", "Prochain pliage"),
            short(d + timedelta(days=180 if lg == "en" else 365), lg),
        ),
        (tr(lg, "Seal code", "Plombe", "Plomb"), serial(rng, "AA")),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=2 if w > 250 else 1, tall=22)
    for t in tr(
        lg,
        "Canopy inspected;Lines and links;Harness and hardware;Ripcord pull force;Pilot chute",
        "Kappe geprüft;Leinen und Verbinder;Gurtzeug und Beschläge;Auslösekraft;Hilfsschirm",
        "Voilure contrôlée;Suspentes et maillons;Harnais et ferrures;Effort d'ouverture;Extracteur",
    ).split(";"):
        box(p, m, y, True, 7)
        p.text(m + 12, y, fit(t, s.font, 7.5, w - 2 * m - 12), s.font, 7.5)
        y += 11
    y += 6
    hand(
        p,
        m,
        y,
        fit(
            rng.choice(
                [
                    "",
                    tr(
                        lg,
                        "harness webbing slightly worn - monitor",
                        "Gurtband leicht verschlissen",
                        "sangle légèrement usée",
                    ),
                ]
            ),
            HAND,
            8.5,
            w - 2 * m,
        ),
        8.5,
    )
    y += 26
    rig = staff(h, "rigger")
    scrawl(p, m, y, rig, 11)
    p.line(m, y + 3, m + min(150, w - 2 * m), y + 3)
    p.text(
        m,
        y + 11,
        fit(
            f"{rig} - {tr(lg, 'Rigger', 'Prüfer', 'Plieur')} {serial(keyed(who, 'lic'), '99999')}",
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y += 28
    if y < hh - 30:
        fee = {"en": 45.0, "de": 55.0, "fr": 60.0}[lg]
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    f"Repack and inspection {cash(fee, lg)} incl. VAT - invoiced monthly",
                    f"Packen und Prüfen {cash(fee, lg)} inkl. MwSt.",
                    f"Pliage et contrôle {cash(fee, lg)} TTC",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    remember(d, day=d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same member or aircraft."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "membership_application": tpl_membership_application,
    "subscription_invoice": tpl_subscription_invoice,
    "trial_voucher": tpl_trial_voucher,
    "trial_booking": tpl_trial_booking,
    "arc": tpl_arc,
    "maintenance_invoice": tpl_maintenance_invoice,
    "flying_log": tpl_flying_log,
    "authority_letter": tpl_authority_letter,
    "association_schedule": tpl_association_schedule,
    "fuel_invoice": tpl_fuel_invoice,
    "airfield_lease": tpl_airfield_lease,
    "mowing_invoice": tpl_mowing_invoice,
    "medical_certificate": tpl_medical_certificate,
    "logbook_extract": tpl_logbook_extract,
    "competition_entry": tpl_competition_entry,
    "entry_confirmation": tpl_entry_confirmation,
    "incident_report": tpl_incident_report,
    "grant_letter": tpl_grant_letter,
    "glider_order": tpl_glider_order,
    "parachute_repack": tpl_parachute_repack,
}
TEMPLATES_QQQQQ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "subscription_invoice",
    "trial_voucher",
    "flying_log",
    "maintenance_invoice",
    "fuel_invoice",
    "mowing_invoice",
    "medical_certificate",
    "parachute_repack",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "trial_voucher": "trial_booking",
    "membership_application": "subscription_invoice",
    "arc": "maintenance_invoice",
    "logbook_extract": "authority_letter",
    "competition_entry": "entry_confirmation",
    "grant_letter": "glider_order",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_jigger_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One club's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The club (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CLUB.clear()
    CLUB["lang"] = lang
    CLUB["row"] = r.randrange(len(CLUBS[lang]))
    CLUB["seed"] = r.getrandbits(24)
    CLUB["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_QQQQQ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_jigger_stream, "templates QQQQQ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

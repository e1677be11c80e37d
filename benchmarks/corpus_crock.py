"""Crock part of the generated corpus: templates SS, written blind for the next measurement.

A part of its own, ``crock``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the front desk of a
dental practice (in England, Germany or France) feeds through its scanner: the practice's
treatment plans and cost estimates (Heil- und Kostenplan, devis) with the tooth chart, the
costs and the patient's signature, now and then the laboratory's cost estimate and an
information page behind them; insurers' pre-approval and reimbursement letters (Leistungszusage,
Leistungsabrechnung, décompte de mutuelle) with the assessment table; dental laboratory
delivery notes for crowns, bridges and dentures on A5 and the laboratory's invoices (German ones
by BEL or BEB number) with the declaration of conformity for the custom-made devices and the
alloy certificate behind them; patient consent forms for extractions and implants with the
risks ticked, a diagram and the signatures; medical history questionnaires with Yes/No tick
boxes filled in by hand; referral letters to oral surgeons and orthodontists with a printed
panoramic X-ray, and the specialist's report back with the operation note; X-ray and radiation
protection inspection reports (RPA report, Sachverständigenprüfung, contrôle qualité externe)
with the measurements per unit and a certificate page; autoclave sterilisation logs on
landscape A4 with the printer strips pasted on; dental supply invoices and price lists with an
offers page of photos and an order form; the practice's patient invoices (GOZ numbers and
factors in Germany, note d'honoraires in France) and payment reminders with the copy of the
invoice; equipment service reports for chairs, compressors and suction; amalgam waste
collection notes; staff payslips and rotas; professional body and chamber membership fee
notices with the payment slip; practice rent invoices with the service charge statement. Each
stream is one practice's pile: the practice (country, name, dentists, staff, patients, month) is
drawn once per stream; its outside senders are of the practice's country and write in its
language, except that a dental laboratory or a supplier is now and then from abroad and writes
in its own. Page sizes range from A5 notes and part sheets to A4, Letter and landscape A5 and A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it: the
information page, terms and the laboratory's cost estimate attached to a treatment plan; the
assessment table and the blank claim form enclosed with an insurer's letter; the declaration of
conformity and the alloy certificate behind a laboratory invoice; the information pages, diagram
and signature page of a consent form; both pages of a medical history questionnaire; the X-ray
print enclosed with a referral letter; the operation note, aftercare sheet and photographs of a
specialist's report; every unit's measurements and the certificate of an inspection report; all
weekly sheets and pasted printer strips of one sterilisation log; all pages of a supply invoice
or a price list with its offers and order form; the laboratory invoice copy attached to a
patient invoice; the invoice copy behind a payment reminder; the electrical safety test record
of a service report; the certificate for the previous collection left with a waste note; the
payment slip and the leaflet of a fee notice; the service charge statement of a rent invoice.
Related papers are documents of their own: the insurer's letter after the treatment plan, the
laboratory invoice after the delivery note, the specialist's report after the referral, the
payment reminder after the invoice, the service report after the inspection, the medical
history questionnaire after the consent form; and so is each delivery note, each questionnaire,
each patient invoice, each reminder, each sterilisation log, each waste note, each payslip and
each insurer's letter, even when several from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery notes, questionnaires,
patient invoices, reminders, insurers' letters, sterilisation logs, waste notes and payslips
often come 2-4 in a row from one sender with other patients, dates, numbers and amounts; and
companions: each related paper above often follows the document it answers, about the same
patient. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "crock"`` and seeds offset by 4_400_000.

Usage: ``python benchmarks/corpus_crock.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/crock/crock_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import math
import random
import sys
import unicodedata
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
    close,
    columns,
    date_text,
    day,
    dear,
    fields,
    fit,
    hand,
    money,
    mx,
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

PART = "crock"
SEED_OFFSET = 4_400_000

MM = 72 / 25.4
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the practice and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
PRACTICES: dict[str, list[Row]] = {
    "en": [
        ("Millbrook Dental Care", "14 Station Road", "Harpenden AL5 4SE", "01582 761 204"),
        ("Castle Street Dental Surgery", "27 Castle Street", "Ludlow SY8 1AS", "01584 872 339"),
        ("Okafor & Lane Dental Practice", "3 Bridge Parade", "Bedford MK40 1AB", "01234 352 118"),
    ],
    "de": [
        ("Zahnarztpraxis Dr. Katrin Vollmer", "Bahnhofstraße 18", "79539 Lörrach", "07621 42 19 0"),
        (
            "Gemeinschaftspraxis Dres. Brenner & Öztürk",
            "Marktplatz 4",
            "72764 Reutlingen",
            "07121 33 80 2",
        ),
        ("Zahnärzte am Schlossgarten", "Schlossstraße 9", "76131 Karlsruhe", "0721 61 44 70"),
    ],
    "fr": [
        ("Cabinet Dentaire du Parc", "8 avenue Foch", "69006 Lyon", "04 78 52 31 90"),
        ("Centre Dentaire des Halles", "21 rue Nationale", "37000 Tours", "02 47 05 66 12"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "lab": {
        "en": [
            ("Chiltern Dental Ceramics Ltd", "Unit 6, Lea Valley Works", "Luton LU2 0NT", ""),
            ("Precision Dental Laboratory", "42 Tavistock Street", "Bedford MK40 2RB", ""),
            ("Marches Denture Studio", "Old Bank House, Broad Street", "Leominster HR6 8BS", ""),
        ],
        "de": [
            ("Dentallabor Kraus GmbH", "Gewerbestraße 11", "79576 Weil am Rhein", "07621 79 40 3"),
            ("Zahntechnik Hofmann", "Lindenweg 2a", "72770 Reutlingen", "07121 96 12 0"),
            ("Meisterlabor Schwarzwald Dental", "Talstraße 58", "79585 Steinen", ""),
        ],
        "fr": [
            ("Laboratoire de Prothèse Dentaire Rivière", "14 rue Paul Bert", "69003 Lyon", ""),
            ("Prothèses Dentaires Touraine SARL", "ZA des Granges", "37300 Joué-lès-Tours", ""),
        ],
    },
    "supply": {
        "en": [
            ("Dentabright Supplies Ltd", "Ashby Park", "Coalville LE67 3LQ", "0800 028 4471"),
            ("SurgeryDirect Dental", "Harlow Business Park", "Harlow CM19 5TP", "0345 601 2200"),
        ],
        "de": [
            ("Dentaldepot Süd GmbH", "Industriestraße 40", "70565 Stuttgart", "0711 78 23 0"),
            ("Medenta Praxisbedarf GmbH", "Am Hafen 3", "68159 Mannheim", "0621 10 77 40"),
        ],
        "fr": [
            ("Dentalis Distribution SAS", "Parc d'activités du Mâconnais", "71000 Mâcon", ""),
            ("Fournitures Dentaires du Centre", "12 boulevard Heurteloup", "37000 Tours", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Smileguard Dental Plans", "Victoria House, Hyde Way", "Welwyn AL7 3UQ", ""),
            ("Westmere Health Cash Plan", "PO Box 74", "Bristol BS99 7HG", "0117 930 4400"),
            ("Albion Mutual Insurance", "1 Cathedral Yard", "Exeter EX1 1HJ", ""),
        ],
        "de": [
            ("Hanseatische Krankenversicherung a.G.", "Postfach 10 22 40", "20015 Hamburg", ""),
            ("Rhein-Neckar Krankenkasse", "Kurfürstenanlage 21", "69115 Heidelberg", ""),
            ("Kontinentale Zahnzusatzversicherung AG", "Ruhrallee 92", "44139 Dortmund", ""),
        ],
        "fr": [
            ("Mutuelle Santé Rhône-Alpes", "TSA 30427", "69441 Lyon Cedex 03", ""),
            ("Harmonie Prévoyance Centre", "Service Prestations", "45922 Orléans Cedex 9", ""),
        ],
    },
    "surgeon": {
        "en": [
            ("St Albans Oral Surgery Centre", "9 Hatfield Road", "St Albans AL1 3RR", ""),
            ("Severn Valley Oral Surgery", "Shrewsbury Business Park", "Shrewsbury SY2 6LG", ""),
        ],
        "de": [
            (
                "Praxis für Mund-, Kiefer- und Gesichtschirurgie",
                "Tumringer Str. 4",
                "79539 Lörrach",
                "",
            ),
            ("MKG-Chirurgie am Kaiserplatz", "Kaiserplatz 1", "76133 Karlsruhe", ""),
        ],
        "fr": [
            ("Cabinet de Chirurgie Orale Bellecour", "3 place Bellecour", "69002 Lyon", ""),
            ("Clinique Saint-Gatien - Chirurgie orale", "22 rue Boisdenier", "37000 Tours", ""),
        ],
    },
    "ortho": {
        "en": [
            ("Harpenden Orthodontics", "2 Leyton Road", "Harpenden AL5 2HU", "01582 460 771"),
            ("Teme Valley Orthodontic Practice", "11 Corve Street", "Ludlow SY8 1DA", ""),
        ],
        "de": [
            ("Kieferorthopädische Praxis Dr. Seidel", "Wallbrunnstraße 24", "79539 Lörrach", ""),
            ("KFO-Praxis am Albtor", "Albstraße 7", "72764 Reutlingen", ""),
        ],
        "fr": [
            ("Cabinet d'Orthodontie Saint-Exupéry", "44 cours Gambetta", "69007 Lyon", ""),
            ("Dr Hélène Marchal - Orthodontiste", "5 rue de la Scellerie", "37000 Tours", ""),
        ],
    },
    "radiation": {
        "en": [
            ("Radcheck Protection Services Ltd", "Innovation Centre", "Milton Keynes MK9 2HR", ""),
            ("Medical Physics Advisory (Midlands)", "Quay House", "Worcester WR1 2EL", ""),
        ],
        "de": [
            (
                "Sachverständigenbüro Strahlenschutz Dipl.-Ing. Merz",
                "Ringstraße 5",
                "79106 Freiburg",
                "",
            ),
            ("Röntgenprüfdienst Südwest GmbH", "Zeppelinstraße 12", "72762 Reutlingen", ""),
        ],
        "fr": [
            ("Radioprotection Contrôles SAS", "Parc Technologique", "69800 Saint-Priest", ""),
            ("Bureau de Contrôle Qualimed", "7 allée de Villandry", "37100 Tours", ""),
        ],
    },
    "service": {
        "en": [
            ("Dental Equipment Engineers Ltd", "Unit 14, Shires Way", "Dunstable LU5 4JT", ""),
            ("Cottam Dental Service & Repair", "Forge Lane", "Craven Arms SY7 9NX", ""),
        ],
        "de": [
            ("Dentaltechnik Service Wagner", "Im Gewerbepark 7", "79618 Rheinfelden", ""),
            ("Medizintechnik Klett GmbH", "Benzstraße 3", "72760 Reutlingen", ""),
        ],
        "fr": [
            ("Technic Dentaire SAV", "18 rue de la République", "69100 Villeurbanne", ""),
            (
                "Maintenance Médicale Val de Loire",
                "ZI Saint-Pierre",
                "37700 Saint-Pierre-des-Corps",
                "",
            ),
        ],
    },
    "waste": {
        "en": [
            (
                "Medisafe Clinical Waste Ltd",
                "Waste Transfer Station, Dock Road",
                "Tilbury RM18 7BX",
                "",
            ),
            ("Amalgam Recovery Services", "Unit 3, Ridgeway", "Telford TF3 4DD", ""),
        ],
        "de": [
            ("Amalgam-Recycling Süd GmbH", "Robert-Bosch-Straße 19", "73037 Göppingen", ""),
            ("Praxisentsorgung Oberrhein", "Hafenstraße 8", "79576 Weil am Rhein", ""),
        ],
        "fr": [
            ("Collecte DASRI Sud-Est", "ZI Les Meurières", "69780 Mions", ""),
            ("Eco-Dentaire Recyclage", "4 rue de l'Industrie", "37170 Chambray-lès-Tours", ""),
        ],
    },
    "chamber": {
        "en": [
            ("General Dental Council", "37 Wimpole Street", "London W1G 8DQ", ""),
            ("British Dental Association", "64 Wimpole Street", "London W1G 8YS", ""),
        ],
        "de": [
            ("Landeszahnärztekammer Baden-Württemberg", "Albstadtweg 9", "70567 Stuttgart", ""),
            (
                "Kassenzahnärztliche Vereinigung Baden-Württemberg",
                "Albstadtweg 9",
                "70567 Stuttgart",
                "",
            ),
        ],
        "fr": [
            ("Ordre National des Chirurgiens-Dentistes", "22 rue Émile Ménier", "75116 Paris", ""),
            ("Conseil départemental de l'Ordre", "Maison des Professions de Santé", "", ""),
        ],
    },
    "landlord": {
        "en": [
            (
                "Hartwell Property Management",
                "Abbey Chambers, 1 High Street",
                "St Albans AL3 4EH",
                "",
            ),
            ("Corve Estates LLP", "Broad Street", "Ludlow SY8 1NG", ""),
        ],
        "de": [
            ("Hausverwaltung Schneider & Partner", "Wilhelmstraße 22", "72764 Reutlingen", ""),
            ("Immobilien Lörrach GmbH", "Basler Straße 160", "79540 Lörrach", ""),
        ],
        "fr": [
            ("Régie Immobilière Bellecour", "15 rue Victor Hugo", "69002 Lyon", ""),
            ("SCI Les Halles Tourangelles", "c/o Cabinet Dutertre", "37000 Tours", ""),
        ],
    },
    "payroll": {
        "en": [
            ("Ashby & Co Payroll Bureau", "The Old Granary", "Harpenden AL5 1PR", ""),
            ("Lane Whitfield Accountants", "6 Mill Street", "Ludlow SY8 1BB", ""),
        ],
        "de": [
            ("Steuerberatungskanzlei Lenz & Kollegen", "Hauptstraße 102", "79539 Lörrach", ""),
            ("DATAX Lohnbüro Reutlingen", "Gartenstraße 14", "72764 Reutlingen", ""),
        ],
        "fr": [
            ("Cabinet Fabre Expertise Comptable", "9 quai Saint-Antoine", "69002 Lyon", ""),
            ("Fiducial-Loire Paie", "3 rue Nericault-Destouches", "37000 Tours", ""),
        ],
    },
}
#: The dentists a practice is named after.
PRINCIPALS = {
    "Okafor & Lane Dental Practice": ["Dr Chidi Okafor", "Dr Helen Lane"],
    "Zahnarztpraxis Dr. Katrin Vollmer": ["Dr. Katrin Vollmer"],
    "Gemeinschaftspraxis Dres. Brenner & Öztürk": ["Dr. Jan Brenner", "Dr. Elif Öztürk"],
}
#: A chamber row without a town (the département's council): filled in from the practice.
DEPARTMENTS = {"69": "du Rhône", "37": "d'Indre-et-Loire"}

FIRSTS = {
    "en": {
        True: [
            "Sarah",
            "Emma",
            "Claire",
            "Joanne",
            "Rachel",
            "Helen",
            "Amy",
            "Laura",
            "Megan",
            "Priya",
            "Sophie",
            "Hannah",
            "Lucy",
        ],
        False: [
            "James",
            "David",
            "Mark",
            "Paul",
            "Daniel",
            "Tom",
            "Richard",
            "Andrew",
            "Simon",
            "Ravi",
            "Oliver",
            "Gareth",
        ],
    },
    "de": {
        True: [
            "Sabine",
            "Julia",
            "Anja",
            "Katharina",
            "Monika",
            "Laura",
            "Petra",
            "Sandra",
            "Lea",
            "Miriam",
            "Elif",
            "Birgit",
        ],
        False: [
            "Thomas",
            "Michael",
            "Stefan",
            "Jörg",
            "Andreas",
            "Markus",
            "Lukas",
            "Jan",
            "Uwe",
            "Mehmet",
            "Klaus",
            "Felix",
        ],
    },
    "fr": {
        True: [
            "Marie",
            "Nathalie",
            "Sophie",
            "Camille",
            "Isabelle",
            "Claire",
            "Léa",
            "Céline",
            "Sandrine",
            "Manon",
            "Inès",
        ],
        False: [
            "Jean",
            "Pierre",
            "Nicolas",
            "Julien",
            "Laurent",
            "Thierry",
            "Antoine",
            "Hugo",
            "Karim",
            "Olivier",
            "Luc",
        ],
    },
}
LASTS = {
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Evans",
        "Thomas",
        "Roberts",
        "Walker",
        "Wright",
        "Hughes",
        "Green",
        "Hall",
        "Clarke",
        "Patel",
        "Khan",
        "Edwards",
        "Turner",
        "Morris",
        "Ward",
        "Price",
        "Bennett",
        "Carter",
        "Shaw",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Wolf",
        "Schäfer",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lang",
        "Yilmaz",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Girard",
        "Bonnet",
        "Benali",
    ],
}
ROADS = {
    "en": [
        "Ashfield Road",
        "Church Lane",
        "Victoria Street",
        "The Crescent",
        "Manor Way",
        "Linden Close",
        "Hitchin Road",
        "Gravel Lane",
        "Ludford Park",
        "Queen's Drive",
    ],
    "de": [
        "Wiesenweg",
        "Schillerstraße",
        "Am Rebberg",
        "Feldbergstraße",
        "Goethestraße",
        "Hinterdorf",
        "Mühlenweg",
        "Kirchgasse",
        "Talweg",
        "Im Wingert",
    ],
    "fr": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "rue Pasteur",
        "allée des Tilleuls",
        "rue Victor Hugo",
        "chemin des Vignes",
        "boulevard Béranger",
        "rue Colbert",
        "impasse des Roses",
    ],
}
TOWNS = {
    "en": {
        0: ["Harpenden AL5 3QT", "Redbourn AL3 7LW", "Wheathampstead AL4 8NB", "St Albans AL1 4PJ"],
        1: ["Ludlow SY8 2PD", "Craven Arms SY7 9QD", "Tenbury Wells WR15 8AB", "Ludlow SY8 1RE"],
        2: ["Bedford MK41 7TH", "Kempston MK42 8NE", "Biddenham MK40 4QH", "Bromham MK43 8JS"],
    },
    "de": {
        0: ["79539 Lörrach", "79540 Lörrach-Haagen", "79576 Weil am Rhein", "79585 Steinen"],
        1: [
            "72764 Reutlingen",
            "72766 Reutlingen-Sondelfingen",
            "72800 Eningen",
            "72770 Betzingen",
        ],
        2: ["76131 Karlsruhe", "76185 Karlsruhe", "76344 Eggenstein", "76227 Durlach"],
    },
    "fr": {
        0: ["69006 Lyon", "69003 Lyon", "69100 Villeurbanne", "69300 Caluire-et-Cuire"],
        1: ["37000 Tours", "37100 Tours", "37300 Joué-lès-Tours", "37540 Saint-Cyr-sur-Loire"],
    },
}

TALK = {
    "en": {
        "clinic": "treatment tooth crown root canal extraction implant bridge denture filling "
        "gum periodontal hygiene appointment examination radiograph local anaesthetic healing "
        "review sensitivity bite enamel molar premolar incisor cavity infection swelling",
        "legal": "agreement liability terms payment cancellation notice fee charges consent "
        "data protection records privacy invoice period account practice patient obligations",
        "tech": "service inspection compressor chair handpiece suction filter valve pressure "
        "calibration test cycle maintenance hours seal motor software error replaced checked",
        "lab": "crown bridge zirconia ceramic framework shade impression model try-in denture "
        "acrylic alloy titanium abutment articulator bite registration delivery remake",
    },
    "de": {
        "clinic": "Behandlung Zahn Krone Wurzelkanal Extraktion Implantat Brücke Prothese "
        "Füllung Zahnfleisch Parodontitis Prophylaxe Termin Befund Röntgenbild Betäubung "
        "Heilung Kontrolle Empfindlichkeit Biss Schmelz Backenzahn Entzündung Schwellung",
        "legal": "Vereinbarung Haftung Bedingungen Zahlung Kündigung Frist Honorar Kosten "
        "Einwilligung Datenschutz Unterlagen Rechnung Zeitraum Konto Praxis Patient Pflichten",
        "tech": "Wartung Prüfung Kompressor Behandlungseinheit Turbine Absaugung Filter Ventil "
        "Druck Kalibrierung Test Zyklus Betriebsstunden Dichtung Motor Software ersetzt geprüft",
        "lab": "Krone Brücke Zirkon Keramik Gerüst Farbe Abdruck Modell Anprobe Prothese "
        "Kunststoff Legierung Titan Abutment Artikulator Bissregistrat Lieferung Neuanfertigung",
    },
    "fr": {
        "clinic": "soins dent couronne traitement canalaire extraction implant bridge prothèse "
        "obturation gencive parodontite détartrage rendez-vous examen radiographie anesthésie "
        "cicatrisation contrôle sensibilité occlusion émail molaire prémolaire infection",
        "legal": "contrat responsabilité conditions paiement annulation délai honoraires frais "
        "consentement données personnelles dossier facture période compte cabinet patient",
        "tech": "maintenance contrôle compresseur fauteuil turbine aspiration filtre valve "
        "pression étalonnage essai cycle heures joint moteur logiciel remplacé vérifié",
        "lab": "couronne bridge zircone céramique armature teinte empreinte modèle essayage "
        "prothèse résine alliage titane pilier articulateur enregistrement livraison reprise",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your may",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous votre",
}


def words(rng: random.Random, lang: str, topic: str = "clinic", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "clinic", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The practice of a stream: its country, dentists, staff and patients
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    born: date
    street: str
    town: str
    number: str  # the practice's patient number
    cover: str  # insurance number, NHS number or numéro de sécurité sociale
    private: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Member:
    name: str
    role: str
    hours: float
    rate: float
    ref: str


def a_name(r: random.Random, lang: str, female: bool | None = None) -> tuple[str, str, bool]:
    f = r.random() < 0.55 if female is None else female
    return r.choice(FIRSTS[lang][f]), r.choice(LASTS[lang]), f


def a_patient(r: random.Random, lang: str, row: int) -> Person:
    first, last, female = a_name(r, lang)
    born = date(r.randint(1938, 2016), r.randint(1, 12), r.randint(1, 28))
    road = r.choice(ROADS[lang])
    no = r.randint(1, 120)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}"
    if lang == "de":
        cover = serial(r, "A999999999")
    elif lang == "fr":
        cover = f"{2 if female else 1} {born.year % 100:02d} {born.month:02d} " + serial(
            r, "99 999 999 99"
        )
    else:
        cover = serial(r, "999 999 9999")
    return Person(
        first=first,
        last=last,
        female=female,
        born=born,
        street=street,
        town=r.choice(TOWNS[lang][row % len(TOWNS[lang])]),
        number=serial(r, r.choice(["99999", "P-9999", "9999"])),
        cover=cover,
        private=r.random() < (0.35 if lang == "de" else 0.5),
    )


PRACTICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
PATIENTS: list[Person] = []
DENTISTS: list[str] = []
STAFF: list[Member] = []
#: What the previous document was about (a companion takes up the same patient and day).
LAST: dict[str, object] = {"kind": "", "patient": None, "day": None, "ref": ""}


def home() -> str:
    return str(PRACTICE["lang"])


def month() -> date:
    m = PRACTICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's practice and ``key``: a run or a companion keeps
    its sender."""
    text = f"crock/{key}/{who.name}/{who.street}/{who.city}/{PRACTICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 50))


def pick_patient(rng: random.Random, after: tuple[str, ...] = ()) -> Person:
    """The previous document's patient if it was one of ``after``, else any of the practice's."""
    pt = LAST["patient"]
    if isinstance(pt, Person) and LAST["kind"] in after:
        return pt
    return rng.choice([x for x in PATIENTS if x is not pt] or PATIENTS)


def pick_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(patient: Person | None, d: date, ref: str = "") -> None:
    LAST.update(patient=patient, day=d, ref=ref)


def born_text(p: Person, lang: str) -> str:
    return short(p.born, lang)


def dentist() -> str:
    return DENTISTS[0]


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
    look: str  # tooth | rule | banner | stack | frame
    font: str
    bold: str
    pt: float
    margin: float
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str
    web: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "Page {i} sur {n}"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["tooth", "rule", "banner", "stack", "frame"]


def iban(r: random.Random, lang: str) -> str:
    if lang == "de":
        return "DE" + serial(r, "99 9999 9999 9999 9999 99")
    return "FR76 " + serial(r, "9999 9999 9999 9999 9999 999")


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if lang == "de":
        bank = r.choice(["Sparkasse Lörrach-Rheinfelden", "Volksbank Reutlingen eG", "BW-Bank"])
        if role == "practice":
            first = f"{name} - Zahnärztin/Zahnarzt - KZV-Abrechnungsnr. {r.randint(10000, 99999)}"
        else:
            first = f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/" + str(
                r.randint(10000, 99999)
            )
            if r.random() < 0.6:
                first += f" - USt-IdNr. DE{r.randint(100000000, 999999999)}"
        out = [first, f"{bank} - IBAN {iban(r, lang)} - BIC " + serial(r, "AAAAAA9A")]
        if "GmbH" in name or " AG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Freiburg', 'Stuttgart', 'Mannheim'])} - Amtsgericht HRB "
                f"{r.randint(1000, 79999)} - Geschäftsführer: "
                + r.choice(["Dirk Faller", "Dr. Ute Gessler", "Rainer Kopp"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        if role == "practice":
            return [
                f"{name} - N° RPPS {r.randint(10000000000, 10999999999)} - "
                f"N° ADELI {r.randint(690000000, 699999999)} - Membre d'une AGA, paiement "
                "par chèque accepté"
            ]
        out = [f"{name} - SIRET {siret} - APE {r.choice(['3250A', '4646Z', '3312Z', '6820B'])}"]
        if r.random() < 0.7:
            out.append(f"TVA intracom. FR{r.randint(10, 99)} {siret[:11]} - IBAN {iban(r, lang)}")
        return out
    out = []
    if role == "practice":
        out.append(f"GDC registered practice - CQC provider ID 1-{r.randint(100000000, 999999999)}")
    if "Ltd" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6 and role != "practice":
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if r.random() < 0.5:
        out.append(
            f"{r.choice(['Lloyds', 'NatWest', 'Barclays', 'HSBC'])} - Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} - Account "
            f"{r.randint(10000000, 99999999)}"
        )
    return [" - ".join(out)] if out else []


def host_of(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    common = {"the", "des", "du", "de", "la", "ltd", "gmbh", "sas", "and", "dental", "praxis"}
    parts = [w for w in plain.replace("-", " ").split() if w not in common and len(w) > 3]
    return "".join(c for c in (parts[0] if parts else "praxis") if c.isalpha())[:14] or "mail"


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"crock/head/{name}/{PRACTICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    host = host_of(name)
    if not phone:
        phone = {
            "en": "0" + serial(r, "1999 999 999"),
            "de": "0" + serial(r, "999 99 99 9"),
            "fr": "0" + serial(r, "9 99 99 99 99"),
        }[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'contact', 'office', 'accounts'])}@{host}.{tld}",
        web=f"www.{host}.{tld}" if r.random() < 0.5 else "",
    )


def practice_head() -> Head:
    lang = home()
    row = PRACTICES[lang][int(PRACTICE["row"])]  # type: ignore[call-overload]
    return make_head(row, lang, "practice")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and practice), of the
    practice's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    row = r.choice(SENDERS[role][lang])
    if not row[2]:  # the French département council
        town = PRACTICES["fr"][int(PRACTICE["row"])][2] if lang == home() else "75008 Paris"
        dep = DEPARTMENTS.get(town[:2], "de Paris")
        row = (f"{row[0]} {dep}", row[1], town, row[3])
    return make_head(row, lang, role)


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


def molar(p: Page, cx: float, cy: float, r: float) -> None:
    """A tooth emblem (crown and two roots) in outline, centred at ``cx``, ``cy``."""
    pts: list[tuple[float, float]] = []
    # crown: a wide arc on top with two cusps, then roots down
    for k in range(13):
        t = math.pi * k / 12
        bump = 0.12 * r * abs(math.sin(2 * t))
        pts.append((cx - r * math.cos(t), cy - 0.35 * r - (0.45 * r + bump) * math.sin(t)))
    pts += [
        (cx + r * 0.95, cy + 0.1 * r),
        (cx + r * 0.7, cy + 0.95 * r),
        (cx + r * 0.45, cy + 1.05 * r),
        (cx + r * 0.25, cy + 0.35 * r),
        (cx, cy + 0.2 * r),
        (cx - r * 0.25, cy + 0.35 * r),
        (cx - r * 0.45, cy + 1.05 * r),
        (cx - r * 0.7, cy + 0.95 * r),
        (cx - r * 0.95, cy + 0.1 * r),
        pts[0],
    ]
    for a, b in pairwise(pts):
        p.line(a[0], a[1], b[0], b[1])


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}"
    where = f"{h.street}, {h.town}" if h.street else h.town
    contact = "  ".join(t for t in (tel, h.mail, h.web) if t)
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.text(w / 2, y + 18, fit(tel, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "tooth":
        molar(p, m + 12, y + 2, 12)
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 32, y + 1, h.name, h.bold, pt)
        p.text(m + 32, y + 13, fit(f"{where}  -  {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
        p.line(m + 32, y + 19, w - m, y + 19)
        return y + 44
    if h.look == "banner":
        p.rect(0, y - 16, w, 28, fill=0.25)
        p.rect(0, y + 12, w, 2, fill=0.6)
        pt = shrink(h.name, h.bold, 13, w - 2 * m)
        p.rect(m - 4, y - 10, tw(h.name, h.bold, pt) + 8, 17, fill=1.0)
        p.text(m, y + 2, h.name, h.bold, pt)
        p.text(m, y + 26, fit(f"{where}  |  {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 48
    if h.look == "stack":
        yy = y - 4
        for k, t in enumerate((h.name, h.street, h.town, tel, h.mail)):
            if t:
                f, pt = (h.bold, s.size + 2) if k == 0 else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f, pt, w * 0.55), f, pt, "right")
                yy += 12 if k == 0 else 8.5
        return max(yy, y + 24) + 16
    if h.look == "frame":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 13, bw, 40)
        p.rect(m + 2, y - 11, bw - 4, 36)
        p.text(m + 8, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 16), h.bold, s.size + 1.5)
        p.text(m + 8, y + 13, fit(where, h.font, 7, bw - 16), h.font, 7)
        p.text(m + 8, y + 21, fit(contact, h.font, 7, bw - 16), h.font, 7)
        return y + 46
    # rule: name left in caps, address right, a thick rule under both
    pt = shrink(h.name.upper(), h.bold, s.size + 2, w * 0.58 - m)
    p.text(m, y + 2, h.name.upper(), h.bold, pt)
    p.text(w - m, y - 5, fit(where, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.text(w - m, y + 4, fit(contact, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.rect(m, y + 9, w - 2 * m, 1.6, fill=0.1)
    return y + 32


class Sheets(Flow):
    line = 1.42
    para_gap = 0.7
    head_lead = 0.6
    head_after = 1.5


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


def sign(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``: a loop, the surname and a flourish."""
    parts = name.replace("-", " ").replace(".", " ").split()
    text = parts[-1][:8] if parts else "x"
    p.text(x + 8, y - 1, text, INK, pt)
    p.line(x, y - 4, x + 6, y - 10)
    p.line(x + 6, y - 10, x + 9, y - 2)
    end = x + 10 + tw(text, INK, pt)
    p.line(end, y - 3, end + 12, y + 1)
    p.line(x + 4, y + 3, end + 4, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the practice's received stamp, on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                tr(lang, "Reception", "Anmeldung", "Accueil"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The recipient in the window on the left, references and the date on the right."""
    w, _ = f.size
    y0 = f.y
    back = h if h.look in ("rule", "banner", "stack") else None
    below = window(f.page, s, back, y0, lines)
    where = h.town.split(" ", 1)[-1] if h.lang != "en" else ""
    dated = f"{where}, {day(h, d)}" if where and h.lang == "fr" else day(h, d)
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), dated)],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 16


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.y += 4
    f.need(78)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely,", "Kind regards,", "With best wishes,", "Yours faithfully,"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff_name(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"crock/staff/{tag}/{h.name}/{PRACTICE['seed']}".encode()))
    first, last, _ = a_name(r, h.lang)
    if h.lang == "de" and r.random() < 0.4:
        return f"{'Dr.' if r.random() < 0.5 else 'Dipl.-Ing.'} {first} {last}"
    return f"{first} {last}"


def practice_lines(att: str = "") -> list[str]:
    h = practice_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def patient_lines(p: Person, lang: str) -> list[str]:
    return [mx(p, lang), p.street, p.town]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", paid: float = 0
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(64)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = []
    if rate:
        rows.append((tr(lg, "Net", "Netto", "Total HT"), net))
        rows.append(
            (label or tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax)
        )
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC" if rate else "Total"), gross))
    if paid:
        rows.append((tr(lg, "Paid", "Bereits gezahlt", "Déjà réglé"), -paid))
        rows.append((tr(lg, "Balance due", "Offener Betrag", "Reste à payer"), gross - paid))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.58, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns of numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 44), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 18) / 2
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, 9, "center")
    k = 0
    for c in range(2):
        x = m + c * (cw + 18)
        y = m + 20.0
        while y < hh - m - 70 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            for ln in wrap(prose(rng, lg, topic, 3, 6), s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def facts(p: Page, s: Style, x: float, y: float, items: list[tuple[str, str]], tab: float) -> float:
    """Label / value lines with the values lined up ``tab`` right of ``x``; the y below."""
    w, _ = p.size
    pt = s.size - 0.5
    for label, value in items:
        p.text(x, y, label, s.font, pt)
        p.text(x + tab, y, fit(value, s.font, pt, w - s.margin - x - tab), s.font, pt)
        y += pt * 1.45
    return y


def section(
    f: Sheets, s: Style, title: str, items: list[tuple[str, str]], per: int = 2, hand_: bool = True
) -> None:
    w, _ = f.size
    f.need(30 + 26 * ((len(items) + per - 1) // per))
    f.y = band(f.page, s, f.y + 8, title)
    f.y = fields(f.page, s, s.margin, f.y, w - 2 * s.margin, items, per=per, hand=hand_)


def tick_row(f: Sheets, s: Style, labels: list[str], on: set[int], pt: float = 8) -> None:
    w, _ = f.size
    f.need(pt * 5)
    f.y = ticks(f.page, s, s.margin + 2, f.y + 6, w - 2 * s.margin - 4, labels, on, pt)


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "", ink: bool = True
) -> None:
    """A signature line of width ``w`` with ``label`` under it, signed if ``ink``."""
    if ink and name:
        sign(p, x + 6, y - 3, name)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(label, s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Teeth, charts and X-ray prints
# ---------------------------------------------------------------------------------------------

UPPER = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28]
LOWER = [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38]
QUAD = {1: "UR", 2: "UL", 3: "LL", 4: "LR"}


def tooth(t: int, lang: str) -> str:
    """Tooth ``t`` (FDI) as the country writes it: FDI in Germany and France, quadrant and
    number (UR6, LL7) in England."""
    return f"{QUAD[t // 10]}{t % 10}" if lang == "en" else str(t)


def some_teeth(rng: random.Random, n: int, back: bool = False) -> list[int]:
    pool = [t for t in UPPER + LOWER if t % 10 >= (4 if back else 1) and t % 10 <= 7]
    return sorted(rng.sample(pool, n), key=(UPPER + LOWER).index)


def tooth_chart(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    lang: str,
    rows: list[tuple[str, dict[int, str]]],
    lower_rows: list[tuple[str, dict[int, str]]] | None = None,
) -> float:
    """A tooth chart: labelled rows of 16 cells above the upper tooth numbers and below the
    lower ones, the entries by hand; returns the y below."""
    label_w = 34.0
    cw = (w - label_w) / 16
    rh = 13.0
    lower_rows = lower_rows if lower_rows is not None else rows

    def row_cells(yy: float, label: str, marks: dict[int, str], teeth: list[int]) -> None:
        p.text(x + 2, yy + 9, fit(label, s.bold, 6.5, label_w - 4), s.bold, 6.5)
        for k, t in enumerate(teeth):
            cx = x + label_w + k * cw
            p.rect(cx, yy, cw, rh)
            if t in marks:
                p.text(cx + cw / 2, yy + 9.5, fit(marks[t], HAND, 8, cw - 1), HAND, 8, "center")

    yy = y
    for label, marks in rows:
        row_cells(yy, label, marks, UPPER)
        yy += rh
    for teeth in (UPPER, LOWER):
        p.rect(x + label_w, yy, w - label_w, rh, fill=0.88)
        for k, t in enumerate(teeth):
            cx = x + label_w + k * cw
            p.text(
                cx + cw / 2,
                yy + 9.3,
                tooth(t, lang)[-1] if lang == "en" else str(t),
                s.bold,
                6.5,
                "center",
            )
        p.line(x + label_w + 8 * cw, yy - 2, x + label_w + 8 * cw, yy + rh + 2)
        yy += rh
        if teeth is UPPER:
            p.line(x + label_w - 4, yy, x + w + 4, yy)
    for label, marks in lower_rows:
        row_cells(yy, label, marks, LOWER)
        yy += rh
    if lang == "en":
        p.text(x + label_w, y - 3, tr(lang, "Upper right"), s.font, 6)
        p.text(x + w, y - 3, "Upper left", s.font, 6, "right")
        p.text(x + label_w, yy + 8, "Lower right", s.font, 6)
        p.text(x + w, yy + 8, "Lower left", s.font, 6, "right")
        yy += 6
    return yy + 12


def opg(
    p: Page, x: float, y: float, w: float, h: float, rng: random.Random, dark: bool = True
) -> None:
    """A printed panoramic X-ray: a dark field with the two arches of light teeth, some of them
    bright (crowns, fillings), an implant post or a gap."""
    p.rect(x, y, w, h, fill=0.12 if dark else 0.3)
    p.rect(x + w * 0.08, y + h * 0.08, w * 0.84, h * 0.84, fill=0.2 if dark else 0.36)
    cx = x + w / 2
    for upper in (True, False):
        for k in range(16):
            t = (k - 7.5) / 7.5
            tx = cx + t * w * 0.36
            curve = (t * t) * h * 0.12
            tw_ = w * 0.036 * (1.3 if abs(t) > 0.5 else 1.0)
            th = h * (0.2 if abs(t) > 0.5 else 0.24)
            if rng.random() < 0.06:
                continue  # a missing tooth
            if upper:
                ty = y + h * 0.22 - curve
                p.rect(tx - tw_ / 2, ty, tw_, th, fill=rng.uniform(0.62, 0.78))
                if rng.random() < 0.18:
                    p.rect(tx - tw_ / 2, ty + th * 0.55, tw_, th * 0.45, fill=0.97)
            else:
                ty = y + h * 0.52 + curve
                p.rect(tx - tw_ / 2, ty, tw_, th, fill=rng.uniform(0.62, 0.78))
                if rng.random() < 0.18:
                    p.rect(tx - tw_ / 2, ty, tw_, th * 0.4, fill=0.97)
                if rng.random() < 0.05:
                    p.rect(tx - tw_ / 6, ty + th, tw_ / 3, th * 0.6, fill=0.98)
    p.rect(x, y, w, h)


def dental_arch(p: Page, cx: float, cy: float, rx: float, ry: float, marked: set[int]) -> None:
    """An outline diagram of one arch seen from above, the ``marked`` positions filled."""
    for k in range(16):
        t = math.pi * (k + 0.5) / 16
        tx, ty = cx - rx * math.cos(t), cy - ry * math.sin(t)
        r = 7 if 3 <= k <= 12 else 9
        fill = 0.35 if k in marked else None
        if fill is None:
            p.rect(tx - r / 2, ty - r / 2, r, r)
        else:
            p.rect(tx - r / 2, ty - r / 2, r, r, fill=fill)


def copy_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a copier leaves along one side."""
    w, h = p.size
    if rng.random() < 0.5:
        p.rect(0, 0, rng.uniform(6, 14), h, fill=0.55)
    else:
        p.rect(0, h - rng.uniform(5, 12), w, 12, fill=0.6)


# ---------------------------------------------------------------------------------------------
# Templates SS: the practice's own papers
# ---------------------------------------------------------------------------------------------

#: Treatment items: code, text, fee (England: private fee; Germany: GOZ/GOÄ fee at factor
#: 1.0; France: the fee charged), the chart mark, and whether a laboratory is involved.
FEES: dict[str, list[tuple[str, str, float, str, bool]]] = {
    "en": [
        ("EX", "Examination and treatment planning", 55.0, "", False),
        ("BW", "Bitewing radiographs (2)", 32.0, "", False),
        ("OPG", "Panoramic radiograph", 75.0, "", False),
        ("SP", "Scale and polish (hygienist, 30 min)", 68.0, "", False),
        ("CF", "Composite filling, two surfaces", 145.0, "F", False),
        ("RCT", "Root canal treatment, molar", 595.0, "RCT", False),
        ("PBC", "Porcelain bonded crown", 640.0, "C", True),
        ("EMX", "E.max all-ceramic crown", 750.0, "C", True),
        ("XLA", "Extraction, simple", 120.0, "X", False),
        ("XS", "Surgical extraction", 285.0, "X", False),
        ("IMP", "Implant placement incl. abutment", 2150.0, "IMP", True),
        ("IC", "Implant-retained crown", 1050.0, "IC", True),
        ("BR", "Bridge unit (pontic)", 610.0, "B", True),
        ("PD", "Acrylic partial denture", 580.0, "P/-", True),
        ("NB2", "NHS Band 2 course of treatment", 75.30, "", False),
        ("NB3", "NHS Band 3 course of treatment", 326.70, "", True),
    ],
    "de": [
        ("0010", "Eingehende Untersuchung", 5.62, "", False),
        ("0030", "Aufstellung eines Heil- und Kostenplans", 11.25, "", False),
        ("Ä5004", "Panoramaschichtaufnahme der Kiefer", 23.31, "", False),
        ("0090", "Intraorale Infiltrationsanästhesie", 3.37, "", False),
        ("1040", "Professionelle Zahnreinigung je Zahn", 1.57, "", False),
        ("2080", "Präparation einer Kavität und Restauration, zweiflächig", 24.39, "f", False),
        ("2197", "Adhäsive Befestigung", 7.31, "", False),
        ("2210", "Versorgung eines Zahnes durch eine Vollkrone", 74.35, "K", True),
        ("2410", "Aufbereitung eines Wurzelkanals", 22.83, "W", False),
        ("3000", "Entfernung eines einwurzeligen Zahnes", 4.05, "x", False),
        ("3010", "Entfernung eines mehrwurzeligen Zahnes", 6.75, "x", False),
        ("3020", "Entfernung eines tief frakturierten Zahnes", 15.18, "x", False),
        ("5070", "Brückenglied", 22.27, "B", True),
        ("5200", "Teilprothese mit gegossenen Halte- und Stützelementen", 78.59, "E", True),
        ("9010", "Implantatinsertion", 86.89, "I", True),
        ("9040", "Freilegen eines Implantats", 20.24, "I", False),
    ],
    "fr": [
        ("HBQK002", "Radiographie panoramique dentomaxillaire", 20.0, "", False),
        ("HBJD001", "Détartrage et polissage des dents", 28.92, "", False),
        ("HBMD049", "Restauration d'une dent sur 2 faces, matériau inséré", 53.0, "O", False),
        ("HBFD006", "Exérèse du contenu canalaire d'une molaire", 81.94, "TC", False),
        ("HBGD035", "Avulsion d'une dent permanente sur arcade", 33.44, "X", False),
        ("HBGD036", "Avulsion d'une dent permanente incluse", 125.40, "X", False),
        ("HBLD634", "Couronne dentaire céramométallique", 550.0, "CCM", True),
        ("HBLD680", "Couronne dentaire céramique monolithique zircone", 480.0, "CZr", True),
        ("HBLD350", "Pilier de bridge céramométallique", 620.0, "Br", True),
        ("HBLD031", "Prothèse amovible partielle résine 1 à 3 dents", 520.0, "PAP", True),
        ("LBLD015", "Pose d'un implant intra-osseux", 1250.0, "Imp", True),
        ("HBLD418", "Couronne sur implant céramométallique", 980.0, "CI", True),
    ],
}
#: The reimbursement base (Sécurité sociale) of the French codes.
BASES = {
    "HBQK002": 20.0,
    "HBJD001": 28.92,
    "HBMD049": 53.0,
    "HBFD006": 81.94,
    "HBGD035": 33.44,
    "HBGD036": 125.40,
    "HBLD634": 120.0,
    "HBLD680": 120.0,
    "HBLD350": 279.50,
    "HBLD031": 182.75,
    "LBLD015": 0.0,
    "HBLD418": 0.0,
}


def plan_items(
    rng: random.Random, lg: str, n: int
) -> list[tuple[int, tuple[str, str, float, str, bool]]]:
    """``n`` treatment items on teeth, in tooth order."""
    teeth = some_teeth(rng, n)
    big = [f for f in FEES[lg] if f[3]]
    return [(t, rng.choice(big)) for t in teeth]


def tpl_treatment_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's treatment plan and cost estimate (Heil- und Kostenplan, devis) for a
    patient: the chart, the items and fees, the patient's acceptance; now and then an
    information page and the laboratory's cost estimate behind it."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    pt = pick_patient(rng)
    d = some_day(rng)
    items = plan_items(rng, lg, rng.choice([1, 2, 2, 3, 4, 5]))
    no = serial(rng, rng.choice(["HKP 99999", "TP-9999", "D99999"]))
    pages: list[Page] = []
    if lg == "de":
        f = sheets(s, h, f"Heil- und Kostenplan {no} - {pt.last}, {pt.first}")
        p = f.page
        y0 = f.y
        p.text(
            m,
            y0,
            "Heil- und Kostenplan" + (" / Kostenvoranschlag" if pt.private else ""),
            s.bold,
            s.size + 5,
        )
        p.text(w - m, y0, "Teil 1" if not pt.private else "Privatpatient", s.font, 8, "right")
        insurer = rng.choice(SENDERS["insurer"]["de"])[0]
        y = fields(
            p,
            s,
            m,
            y0 + 12,
            w - 2 * m,
            [
                ("Krankenkasse bzw. Kostenträger", insurer),
                ("Name, Vorname des Versicherten", f"{pt.last}, {pt.first}"),
                ("geb. am", born_text(pt, lg)),
                ("Versicherten-Nr.", pt.cover),
                (
                    "Zahnarzt-Nr. / Betriebsstätten-Nr.",
                    serial(keyed(who, "kzv"), "99999 / 999999999"),
                ),
                ("Datum", short(d, lg)),
            ],
            per=3,
            tall=24,
            hand=False,
        )
        y = band(p, s, y + 6, "I. Befund des gesamten Gebisses / Behandlungsplan")
        marks_b = {t: rng.choice(["ww", "x", "f", "k", "kw"]) for t, _ in items}
        marks_tp = {t: it[3] for t, it in items}
        for t in rng.sample(UPPER + LOWER, rng.randint(0, 4)):
            marks_b.setdefault(t, rng.choice(["f", "k", ")("]))
        y = tooth_chart(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            lg,
            [("TP", marks_tp), ("R", {}), ("B", marks_b)],
            [("B", marks_b), ("R", {}), ("TP", marks_tp)],
        )
        p.text(m, y, "Bemerkungen (bei Wiederherstellung Art der Leistung):", s.font, 7)
        hand(p, m + 4, y + 13, fit(prose(rng, lg, "clinic", 1, 1), HAND, 9, w - 2 * m - 8), 9)
        y += 28
        y = band(p, s, y, "III. Kostenplanung")
        cols = columns(
            m, w - m, [(0.6, "left"), (0.8, "left"), (3.6, "left"), (0.6, "right"), (1.1, "right")]
        )
        f.y = y + 12
        rows = []
        net = 0.0
        for t, (code, text, fee, _, _) in items:
            factor = rng.choice([2.3, 2.3, 2.3, 3.5])
            net += fee * factor
            rows.append(
                [str(t), code, text, f"{factor:.1f}".replace(".", ","), cash(fee * factor, lg)]
            )
        table(f, cols, ["Zahn", "GOZ", "Leistung", "Faktor", "Betrag"], rows, s, size=8)
        lab = round(rng.uniform(180, 900) * len([1 for _, it in items if it[4]]) + 40, 2)
        f.y += 4
        for label, v in [
            ("Zahnärztliches Honorar (geschätzt)", net),
            ("Material- und Laborkosten (geschätzt)", lab),
            ("Gesamtkosten (geschätzt)", net + lab),
        ]:
            f.page.text(w * 0.45, f.y, label, s.bold if "Gesamt" in label else s.font, 8.5)
            f.page.text(w - m, f.y, cash(v, lg), s.font, 8.5, "right")
            f.y += 12
        if not pt.private:
            f.y += 4
            f.page.text(
                m,
                f.y,
                "Voraussichtlicher Festzuschuss der Krankenkasse: "
                f"{cash(rng.uniform(120, 900), lg)}"
                f"   Bonus: {rng.choice(['nein', '20 %', '30 %'])}",
                s.font,
                8,
            )
            f.y += 14
        f.y = max(f.y + 10, hh - 200)
        write(
            f,
            s,
            "Ich bin über Art, Umfang und Kosten der Regelversorgung sowie der "
            "gleichartigen und andersartigen Versorgung aufgeklärt worden und wünsche die "
            "Behandlung entsprechend dieses Kostenplans.",
            7.5,
        )
        sign_line(
            f.page,
            s,
            m,
            f.y + 24,
            170,
            "Datum, Unterschrift des Versicherten",
            pt.name,
            rng.random() < 0.7,
        )
        sign_line(
            f.page,
            s,
            w - m - 170,
            f.y + 24,
            170,
            "Unterschrift und Stempel des Zahnarztes",
            dentist(),
        )
        if rng.random() < 0.4:
            g = sheets(s, h, f"Anlage zum Heil- und Kostenplan {no}", top=False)
            caption(g, s, "Vereinbarung über Mehrkosten gemäß § 28 Abs. 2 SGB V", 1.5)
            write(
                g,
                s,
                f"zwischen {mx(pt, lg)}, geb. {born_text(pt, lg)}, und {dentist()}. "
                + prose(rng, lg, "legal", 1, 2),
                8,
            )
            rows = []
            for t, (code, text, fee, _, _) in items:
                factor = rng.choice([2.3, 3.5])
                rows.append(
                    [str(t), code, text, f"{factor:.1f}".replace(".", ","), money(fee * factor, lg)]
                )
            table(
                g, cols, ["Zahn", "GOZ", "Leistung", "Faktor", "EUR"], rows, s, size=8, rules=True
            )
            g.y += 30
            sign_line(
                g.page, s, m, g.y, 170, "Unterschrift Patient/in", pt.name, rng.random() < 0.6
            )
            sign_line(g.page, s, w - m - 170, g.y, 170, "Unterschrift Zahnarzt", dentist())
            f.pages.extend(g.pages)
        pages = close(f.pages, s, h, numbers="none")
    elif lg == "fr":
        f = sheets(s, h, f"Devis n° {no} - {pt.first} {pt.last.upper()}")
        f.page.text(
            w / 2,
            f.y,
            "DEVIS POUR TRAITEMENTS ET ACTES BUCCO-DENTAIRES",
            s.bold,
            s.size + 2,
            "center",
        )
        f.y += 14
        f.page.text(w / 2, f.y, "faisant l'objet d'une entente directe", s.font, 7.5, "center")
        f.y += 18
        yy = facts(
            f.page,
            s,
            m,
            f.y,
            [
                ("Praticien :", dentist()),
                ("Patient :", f"{pt.first} {pt.last.upper()}"),
                ("Né(e) le :", born_text(pt, lg)),
                ("N° d'immatriculation :", pt.cover),
                ("Date du devis :", day(h, d)),
            ],
            120,
        )
        f.y = yy + 8
        rows = []
        total = base_t = amo_t = 0.0
        for t, (code, text, fee, _, lab) in items:
            base = BASES.get(code, 0.0)
            amo = round(base * 0.6, 2)
            total += fee
            base_t += base
            amo_t += amo
            rows.append(
                [
                    str(t),
                    code,
                    text,
                    rng.choice(["CCM", "Zircone", "Résine", "-"]) if lab else "-",
                    money(fee, lg),
                    money(base, lg) if base else "NR",
                    money(amo, lg),
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "center"),
                (1.0, "left"),
                (3.0, "left"),
                (0.9, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
            ],
        )
        table(
            f,
            cols,
            ["Dent", "Code", "Nature de l'acte", "Matériau", "Honoraires", "Base remb.", "AMO"],
            rows,
            s,
            size=7.5,
            shade=0.88,
            rules=True,
        )
        f.y += 4
        for label, v in [
            ("Total honoraires", total),
            ("Remboursement Assurance Maladie", amo_t),
            ("Reste à charge avant complémentaire", total - amo_t),
        ]:
            f.page.text(w * 0.45, f.y, label, s.font, 8.5)
            f.page.text(w - m, f.y, cash(v, lg), s.bold, 8.5, "right")
            f.y += 12
        f.y += 6
        f.page.text(m, f.y, "Panier :", s.font, 8)
        ticks(
            f.page,
            s,
            m + 45,
            f.y,
            w - 2 * m - 45,
            ["100 % santé (RAC 0)", "Tarifs maîtrisés", "Tarifs libres"],
            {rng.randint(0, 2)},
        )
        f.y += 20
        write(f, s, "Le présent devis est valable six mois. " + prose(rng, lg, "legal", 1, 2), 7.5)
        f.y += 10
        f.page.text(m, f.y, "Bon pour accord, date et signature du patient :", s.font, 8)
        if rng.random() < 0.7:
            hand(f.page, m + 4, f.y + 16, "Bon pour accord", 9)
            sign(f.page, m + 110, f.y + 20, pt.name)
        f.page.text(w - m - 160, f.y, "Signature du praticien :", s.font, 8)
        sign(f.page, w - m - 150, f.y + 22, dentist())
        f.y += 36
        pages = close(f.pages, s, h)
    else:
        f = sheets(s, h, f"Treatment plan {no} - {pt.name}")
        recipient(
            f,
            s,
            h,
            patient_lines(pt, lg),
            d,
            [("Patient no.", pt.number), ("Date of birth", born_text(pt, lg))],
        )
        caption(
            f,
            s,
            rng.choice(
                ["Treatment Plan and Estimate", "Your Treatment Plan", "Private Treatment Estimate"]
            ),
            4,
        )
        if rng.random() < 0.6:
            chart_y = f.y
            f.y = tooth_chart(
                f.page, s, m, f.y + 6, w - 2 * m, lg, [("Plan", {t: it[3] for t, it in items})], []
            )
            del chart_y
        rows = []
        total = 0.0
        for t, (_, text, fee, _, _) in items:
            rows.append([tooth(t, lg), text, cash(fee, lg)])
            total += fee
        for _, text, fee, _, _ in FEES["en"][:3]:
            if rng.random() < 0.4:
                rows.insert(0, ["-", text, cash(fee, lg)])
                total += fee
        table(
            f,
            columns(m, w - m, [(0.8, "left"), (5, "left"), (1.3, "right")]),
            ["Tooth", "Treatment", "Fee"],
            rows,
            s,
            shade=0.9 if rng.random() < 0.5 else None,
        )
        f.y += 4
        f.page.text(w * 0.55, f.y, "Total estimate", s.bold, s.size)
        f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
        f.y += 14
        if rng.random() < 0.6:
            f.page.text(w * 0.55, f.y, "Deposit on acceptance", s.font, s.size - 1)
            f.page.text(w - m, f.y, cash(round(total * 0.3, -1), lg), s.font, s.size - 1, "right")
            f.y += 14
        f.y += 6
        write(f, s, prose(rng, lg, "clinic", 2, 3), s.size - 0.5)
        write(
            f,
            s,
            "This estimate is valid for three months. Laboratory work is included in the "
            "fees shown. Should the treatment need to change, we will discuss this with you "
            "before going ahead.",
            s.size - 0.5,
        )
        f.need(70)
        f.y += 8
        f.page.text(m, f.y, "I accept the treatment and the fees set out above.", s.font, 8.5)
        sign_line(
            f.page, s, m, f.y + 34, 180, "Patient signature / date", pt.name, rng.random() < 0.6
        )
        sign_line(f.page, s, w - m - 180, f.y + 34, 180, f"Dentist: {dentist()}", dentist())
        f.y += 50
        pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(lab_estimate(rng, who, pt, d, items))
    if lg == "en" and rng.random() < 0.3:
        pages.extend(
            close(
                [
                    small_print(
                        rng,
                        s,
                        h,
                        "Terms of private treatment",
                        [
                            "Estimates",
                            "Deposits",
                            "Cancellations and missed appointments",
                            "Laboratory work",
                            "Guarantees",
                            "Payment",
                            "Complaints",
                            "Your records",
                        ],
                    )
                ],
                s,
                h,
                numbers="none",
            )
        )
    if rng.random() < 0.4:
        info = Page(A4)
        info.text(
            m,
            m + 4,
            tr(
                lg,
                "Information about your treatment",
                "Patienteninformation",
                "Informations sur votre traitement",
            ),
            s.bold,
            s.size + 3,
        )
        y = m + 26
        for k in range(rng.randint(3, 5)):
            info.text(m, y, f"{k + 1}. " + words(rng, lg, "clinic", 4)[:-1], s.bold, s.size)
            y = text_block(
                info, s, m, y + 13, w - 2 * m, prose(rng, lg, "clinic", 2, 4), s.size - 1
            )
            y += 4
        pages.extend(close([info], s, h, numbers="none"))
    remember(pt, d, no)
    return pages


def lab_estimate(rng: random.Random, who: Issuer, pt: Person, d: date, items: list) -> Page:
    """The laboratory's cost estimate attached to a treatment plan: the laboratory's own
    letterhead, the positions and the total."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "Laboratory cost estimate",
            "Kostenvoranschlag Zahntechnik",
            "Devis du laboratoire de prothèse",
        ),
        2,
    )
    f.y = (
        facts(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Practice", "Praxis", "Cabinet"), practice_head().name),
                (tr(lg, "Patient", "Patient", "Patient"), pt.name),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            ],
            90,
        )
        + 8
    )
    rows = []
    net = 0.0
    for t, it in items:
        if not it[4]:
            continue
        for code, text, price in rng.sample(LAB_ITEMS[lg], rng.randint(2, 4)):
            rows.append([code, text, tooth(t, lg), cash(price, lg)])
            net += price
    if not rows:
        code, text, price = LAB_ITEMS[lg][0]
        rows.append([code, text, "-", cash(price, lg)])
        net += price
    table(
        f,
        columns(m, w - m, [(0.8, "left"), (4, "left"), (0.8, "center"), (1.2, "right")]),
        [
            tr(lg, "Code", "Nr.", "Code"),
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Tooth", "Zahn", "Dent"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        size=8,
    )
    totals(f, s, lg, round(net, 2), {"de": 7.0}.get(lg, 0.0))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Estimate only; materials are charged at the price of the day.",
            "Unverbindlicher Kostenvoranschlag. Edelmetall wird zum Tagespreis berechnet.",
            "Devis indicatif, alliages facturés au cours du jour.",
        ),
        7.5,
    )
    return close(f.pages, s, h, numbers="none")[0]


CONSENTS = {
    "extraction": {
        "en": (
            "Consent for the extraction of teeth",
            [
                "Pain, swelling and bruising for a few days",
                "Bleeding after the extraction",
                "Dry socket (painful healing)",
                "Damage to neighbouring teeth or fillings",
                "Numbness of lip, chin or tongue (usually temporary)",
                "Opening into the sinus (upper back teeth)",
                "Fracture of the root, part left in place",
            ],
        ),
        "de": (
            "Aufklärung und Einwilligung zur Zahnentfernung",
            [
                "Schmerzen, Schwellung und Bluterguss",
                "Nachblutung",
                "Wundheilungsstörung (Alveolitis)",
                "Verletzung von Nachbarzähnen",
                "Gefühlsstörung von Lippe, Kinn oder Zunge",
                "Eröffnung der Kieferhöhle",
                "Wurzelfraktur, Wurzelrest verbleibt",
            ],
        ),
        "fr": (
            "Consentement éclairé - avulsion dentaire",
            [
                "Douleurs, gonflement, hématome",
                "Saignement post-opératoire",
                "Alvéolite",
                "Lésion des dents voisines",
                "Troubles de la sensibilité de la lèvre ou de la langue",
                "Communication bucco-sinusienne",
                "Fracture radiculaire",
            ],
        ),
    },
    "implant": {
        "en": (
            "Consent for dental implant treatment",
            [
                "Failure of the implant to integrate",
                "Infection around the implant (peri-implantitis)",
                "Nerve injury causing altered sensation",
                "Need for a bone graft or sinus lift",
                "Bruising and swelling",
                "Loosening of the crown or abutment screw",
                "Gum recession and visible metal",
            ],
        ),
        "de": (
            "Aufklärungsbogen Implantation",
            [
                "Ausbleibende Einheilung des Implantats",
                "Periimplantitis",
                "Nervschädigung mit Gefühlsstörung",
                "Knochenaufbau oder Sinuslift erforderlich",
                "Schwellung und Bluterguss",
                "Lockerung von Krone oder Abutmentschraube",
                "Zahnfleischrückgang",
            ],
        ),
        "fr": (
            "Consentement éclairé - pose d'implant",
            [
                "Échec de l'ostéo-intégration",
                "Péri-implantite",
                "Atteinte nerveuse, paresthésie",
                "Greffe osseuse ou sinus lift nécessaire",
                "Œdème et hématome",
                "Dévissage de la couronne ou du pilier",
                "Récession gingivale",
            ],
        ),
    },
}


def tpl_consent_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's consent form for an extraction or an implant: sometimes an information
    page first, the risks ticked as explained, a diagram of the teeth concerned, the patient's
    and the dentist's signatures; one to four pages."""
    h = practice_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.2 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    pt = pick_patient(rng, ("treatment_plan",))
    d = pick_day(rng, ("treatment_plan",), (3, 20))
    what = rng.choice(["extraction", "extraction", "implant"])
    title, risks = CONSENTS[what][lg]
    teeth = some_teeth(rng, rng.choice([1, 1, 2]), back=True)
    pages: list[Page] = []
    if rng.random() < 0.5:
        g = sheets(s, h)
        caption(
            g,
            s,
            tr(lg, "Before your treatment", "Vor Ihrem Eingriff", "Avant votre intervention")
            + f" - {title}",
            2,
        )
        for _ in range(rng.randint(3, 5)):
            g.heading(m, words(rng, lg, "clinic", rng.randint(3, 5))[:-1], s.bold, s.size)
            write(g, s, prose(rng, lg, "clinic", 2, 5), s.size - 0.5)
        pages.extend(g.pages)
    f = sheets(s, h, f"{title} - {pt.name}")
    caption(f, s, title, 3, rule=rng.random() < 0.5)
    section(
        f,
        s,
        tr(lg, "Patient", "Patient/in", "Patient(e)"),
        [
            (
                tr(lg, "Surname, first name", "Name, Vorname", "Nom, prénom"),
                f"{pt.last}, {pt.first}",
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), born_text(pt, lg)),
            (
                tr(lg, "Tooth / teeth", "Zahn / Zähne", "Dent(s)"),
                ", ".join(tooth(t, lg) for t in teeth),
            ),
            (
                tr(lg, "Planned date", "Geplanter Termin", "Date prévue"),
                short(d + timedelta(days=rng.randint(5, 20)), lg),
            ),
        ],
    )
    f.y += 4
    write(f, s, prose(rng, lg, "clinic", 2, 3), s.size - 0.5)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "The following risks have been explained to me:",
            "Über folgende Risiken wurde ich aufgeklärt:",
            "Les risques suivants m'ont été expliqués :",
        ),
        s.bold,
        s.size - 0.5,
    )
    f.y += 8
    for r_ in risks:
        f.need(14)
        box(f.page, m + 4, f.y + 6, rng.random() < 0.85, 8)
        f.page.text(m + 18, f.y + 6, r_, s.font, s.size - 1)
        f.y += 13
    f.y += 8
    f.page.text(m, f.y, tr(lg, "Anaesthesia:", "Betäubung:", "Anesthésie :"), s.font, 8.5)
    ticks(
        f.page,
        s,
        m + 70,
        f.y,
        w - 2 * m - 70,
        [
            tr(lg, "Local", "Lokal", "Locale"),
            tr(lg, "Sedation", "Sedierung", "Sédation"),
            tr(lg, "General (hospital)", "Vollnarkose", "Générale"),
        ],
        {0} if rng.random() < 0.8 else {1},
    )
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Notes of the discussion:",
            "Vermerke zum Aufklärungsgespräch:",
            "Notes de l'entretien :",
        ),
        s.font,
        8.5,
    )
    f.y += 6
    for k in range(3):
        f.page.line(m, f.y + 14, w - m, f.y + 14)
        if k < rng.randint(0, 3):
            hand(f.page, m + 3, f.y + 11, words(rng, lg, "clinic", rng.randint(4, 8)), 9, w - 2 * m)
        f.y += 16
    diagram_here = rng.random() < 0.5
    if diagram_here and f.y < f.bottom - 140:
        f.y += 10
        dental_arch(f.page, w / 2, f.y + 62, 90, 58, {UPPER.index(t) for t in teeth if t in UPPER})
        dental_arch(f.page, w / 2, f.y + 74, 90, -58, {LOWER.index(t) for t in teeth if t in LOWER})
        f.y += 150
    else:
        diagram_here = False
    f.need(110)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "I have read this form, had the chance to ask questions and consent to the "
            "treatment described.",
            "Ich habe den Aufklärungsbogen gelesen, meine Fragen "
            "wurden beantwortet. Ich willige in den Eingriff ein.",
            "J'ai lu ce document, j'ai pu poser mes questions et je consens à l'intervention.",
        ),
        s.size - 0.5,
    )
    f.y += 28
    sign_line(
        f.page,
        s,
        m,
        f.y,
        170,
        tr(
            lg,
            "Patient (or parent/guardian), date",
            "Ort, Datum, Unterschrift Patient/in",
            "Signature du patient, date",
        ),
        pt.name,
        rng.random() < 0.85,
    )
    sign_line(
        f.page,
        s,
        w - m - 170,
        f.y,
        170,
        tr(lg, "Clinician", "Zahnärztin/Zahnarzt", "Praticien"),
        dentist(),
    )
    f.y += 24
    pages.extend(f.pages)
    if not diagram_here and rng.random() < 0.45:
        g = sheets(s, h, top=False)
        caption(g, s, tr(lg, "Diagram", "Skizze", "Schéma"), 1)
        dental_arch(
            g.page, w / 2, g.y + 120, 150, 100, {UPPER.index(t) for t in teeth if t in UPPER}
        )
        dental_arch(
            g.page, w / 2, g.y + 150, 150, -100, {LOWER.index(t) for t in teeth if t in LOWER}
        )
        hand(g.page, w / 2 + 160, g.y + 140, ", ".join(tooth(t, lg) for t in teeth), 11)
        pages.extend(g.pages)
    close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")
    remember(pt, d)
    return pages


QUESTIONS = {
    "en": [
        "Are you currently receiving treatment from a doctor or hospital?",
        "Are you taking any medicines, tablets, inhalers or creams?",
        "Do you take blood thinners (warfarin, apixaban, aspirin)?",
        "Have you ever taken bisphosphonates or other bone medicines?",
        "Are you allergic to penicillin, latex or any other substance?",
        "Do you have heart problems, a pacemaker or high blood pressure?",
        "Have you had rheumatic fever or endocarditis?",
        "Do you have diabetes?",
        "Do you have asthma, bronchitis or other breathing problems?",
        "Do you have epilepsy or have you had fits?",
        "Have you had hepatitis, HIV or any other infection?",
        "Do you bleed excessively after cuts or extractions?",
        "Are you pregnant or breastfeeding?",
        "Do you smoke or use tobacco products?",
        "Have you had radiotherapy to the head or neck?",
    ],
    "de": [
        "Sind Sie zurzeit in ärztlicher Behandlung?",
        "Nehmen Sie regelmäßig Medikamente ein?",
        "Nehmen Sie blutverdünnende Mittel (Marcumar, Xarelto, ASS)?",
        "Erhalten oder erhielten Sie Bisphosphonate?",
        "Bestehen Allergien (Penicillin, Latex, Betäubungsmittel)?",
        "Herzerkrankung, Herzschrittmacher, Bluthochdruck?",
        "Hatten Sie eine Endokarditis oder eine künstliche Herzklappe?",
        "Diabetes mellitus?",
        "Asthma oder andere Lungenerkrankungen?",
        "Epilepsie / Krampfanfälle?",
        "Infektionskrankheiten (Hepatitis, HIV, Tuberkulose)?",
        "Neigung zu verstärkter Blutung?",
        "Besteht eine Schwangerschaft?",
        "Rauchen Sie?",
        "Bestrahlung im Kopf-Hals-Bereich?",
    ],
    "fr": [
        "Êtes-vous actuellement suivi(e) par un médecin ?",
        "Prenez-vous des médicaments ?",
        "Prenez-vous des anticoagulants ou de l'aspirine ?",
        "Avez-vous pris des bisphosphonates ?",
        "Êtes-vous allergique (pénicilline, latex, anesthésiques) ?",
        "Problèmes cardiaques, pacemaker, hypertension ?",
        "Antécédent d'endocardite ou prothèse valvulaire ?",
        "Êtes-vous diabétique ?",
        "Asthme ou problèmes respiratoires ?",
        "Épilepsie ?",
        "Hépatite, VIH ou autre maladie infectieuse ?",
        "Saignez-vous facilement ?",
        "Êtes-vous enceinte ?",
        "Fumez-vous ?",
        "Radiothérapie de la tête ou du cou ?",
    ],
}
DENTAL_Q = {
    "en": [
        ("When did you last see a dentist?", ["< 1 year", "1-2 years", "> 2 years", "Never"]),
        ("How often do you brush?", ["Twice a day", "Once a day", "Less"]),
        ("Do you use floss or interdental brushes?", ["Daily", "Sometimes", "Never"]),
        ("Are you nervous about dental treatment?", ["Not at all", "A little", "Very"]),
        ("Do your gums bleed when brushing?", ["Yes", "No"]),
        ("Do you grind or clench your teeth?", ["Yes", "No", "Don't know"]),
        ("Are you happy with the look of your teeth?", ["Yes", "No"]),
    ],
    "de": [
        ("Letzter Zahnarztbesuch:", ["< 1 Jahr", "1-2 Jahre", "> 2 Jahre"]),
        ("Wie oft putzen Sie Ihre Zähne?", ["2x täglich", "1x täglich", "seltener"]),
        ("Benutzen Sie Zahnseide / Interdentalbürsten?", ["täglich", "manchmal", "nie"]),
        ("Haben Sie Angst vor der Behandlung?", ["nein", "etwas", "sehr"]),
        ("Zahnfleischbluten beim Putzen?", ["ja", "nein"]),
        ("Knirschen oder Pressen?", ["ja", "nein", "weiß nicht"]),
        ("Wünschen Sie eine professionelle Zahnreinigung?", ["ja", "nein"]),
    ],
    "fr": [
        ("Dernière visite chez le dentiste :", ["< 1 an", "1-2 ans", "> 2 ans"]),
        ("Brossage :", ["2 fois par jour", "1 fois par jour", "moins"]),
        ("Fil dentaire / brossettes :", ["tous les jours", "parfois", "jamais"]),
        ("Appréhendez-vous les soins ?", ["non", "un peu", "beaucoup"]),
        ("Vos gencives saignent-elles ?", ["oui", "non"]),
        ("Grincez-vous des dents ?", ["oui", "non", "ne sais pas"]),
        ("Êtes-vous satisfait(e) de votre sourire ?", ["oui", "non"]),
    ],
}
MEDICINES = {
    "en": [
        "Ramipril 5mg",
        "Metformin 500mg",
        "Atorvastatin 20mg",
        "Salbutamol inhaler",
        "Levothyroxine 50mcg",
        "Apixaban 5mg",
        "Amlodipine 10mg",
    ],
    "de": [
        "Ramipril 5 mg",
        "Metformin 1000",
        "ASS 100",
        "Simvastatin 20",
        "L-Thyroxin 75",
        "Xarelto 20 mg",
        "Bisoprolol 2,5",
    ],
    "fr": [
        "Kardegic 75",
        "Metformine 850",
        "Levothyrox 50",
        "Ventoline",
        "Eliquis 5 mg",
        "Amlodipine 5 mg",
        "Doliprane",
    ],
}


def tpl_medical_history(rng: random.Random, who: Issuer) -> list[Page]:
    """The patient's medical history questionnaire (Anamnesebogen, questionnaire médical):
    personal details and Yes/No tick boxes filled in by hand, medicines written in, signed;
    one page or two."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    pt = pick_patient(rng, ("consent_form",))
    d = pick_day(rng, ("consent_form",), (0, 0))
    two = rng.random() < 0.5
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Medical history - {pt.name}",
            f"Anamnesebogen - {pt.name}",
            f"Questionnaire médical - {pt.name}",
        ),
        top=rng.random() < 0.8,
    )
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["Medical History Questionnaire", "Confidential Medical History"]),
            "Anamnesebogen / Gesundheitsfragebogen",
            "Questionnaire médical",
        ),
        3,
    )
    section(
        f,
        s,
        tr(lg, "Personal details", "Persönliche Angaben", "Renseignements"),
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), pt.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), born_text(pt, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pt.street}, {pt.town}"),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                {"en": "07", "de": "01", "fr": "06 "}[lg] + serial(rng, "99 999 999"),
            ),
            (
                tr(lg, "GP / doctor", "Hausarzt", "Médecin traitant"),
                f"{tr(lg, 'Dr', 'Dr.', 'Dr')} {rng.choice(LASTS[lg])}",
            ),
            (
                tr(lg, "NHS number / insurer", "Krankenkasse", "N° de sécurité sociale"),
                pt.cover if lg != "de" else rng.choice(SENDERS["insurer"]["de"])[0],
            ),
        ],
        hand_=True,
    )
    keep = sorted(rng.sample(range(len(QUESTIONS[lg])), rng.randint(9, 12)))
    qs = QUESTIONS[lg] if two or rng.random() < 0.5 else [QUESTIONS[lg][k] for k in keep]
    yes, no = yes_no(lg)
    f.y = band(f.page, s, f.y + 8, tr(lg, "Please tick", "Bitte ankreuzen", "Cochez la case"))
    f.y += 4
    on = {k for k in range(len(qs)) if rng.random() < 0.18}
    for k, q in enumerate(qs):
        if f.need(16):
            f.y += 4
        f.page.text(m, f.y + 7, fit(f"{k + 1}. {q}", s.font, 8.5, w - 2 * m - 110), s.font, 8.5)
        box(f.page, w - m - 90, f.y + 7, k in on, 8)
        f.page.text(w - m - 78, f.y + 7, yes, s.font, 7.5)
        box(f.page, w - m - 45, f.y + 7, k not in on, 8)
        f.page.text(w - m - 33, f.y + 7, no, s.font, 7.5)
        f.page.line(m, f.y + 11, w - m, f.y + 11)
        f.y += 16
    if two:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Your dental history", "Zahnärztliche Vorgeschichte", "Antécédents dentaires"),
            2,
        )
        for q, opts in DENTAL_Q[lg]:
            f.need(30)
            f.page.text(m, f.y, q, s.font, 8.5)
            f.y = ticks(
                f.page, s, m + 10, f.y + 13, w - 2 * m - 10, opts, {rng.randrange(len(opts))}, 8
            )
            f.y += 4
        f.page.text(
            m,
            f.y,
            tr(lg, "Anything else we should know?", "Sonstige Anmerkungen:", "Autres remarques :"),
            s.font,
            8.5,
        )
        f.y += 16
        for k in range(2):
            if k == 0 and rng.random() < 0.5:
                hand(
                    f.page, m + 4, f.y, words(rng, lg, "clinic", rng.randint(4, 8)), 9.5, w - 2 * m
                )
            f.page.line(m, f.y + 3, w - m, f.y + 3)
            f.y += 15
    f.y += 8
    f.need(90)
    f.page.text(
        m,
        f.y,
        tr(lg, "Medicines you take:", "Regelmäßig eingenommene Medikamente:", "Médicaments pris :"),
        s.bold,
        8.5,
    )
    f.y += 16
    meds = rng.sample(MEDICINES[lg], rng.randint(0, 3))
    for k in range(3):
        if k < len(meds):
            hand(f.page, m + 4, f.y, meds[k], 9.5)
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 15
    if two and rng.random() < 0.6:
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                "Your details are kept confidentially and used only for your dental "
                "care (UK GDPR).",
                "Ihre Angaben unterliegen der ärztlichen Schweigepflicht "
                "und werden gemäß DSGVO verarbeitet.",
                "Vos données sont couvertes par le secret médical et traitées selon le RGPD.",
            ),
            7.5,
        )
    f.need(60)
    f.y += 22
    sign_line(f.page, s, m, f.y, 160, tr(lg, "Signature", "Unterschrift", "Signature"), pt.name)
    f.page.text(m + 200, f.y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    hand(f.page, m + 230, f.y, short(d, lg), 9.5)
    if rng.random() < 0.4:
        f.page.text(
            w - m,
            f.y + 12,
            tr(lg, "Checked by dentist:", "Durchgesehen:", "Vu :")
            + " "
            + "".join(t[0] for t in dentist().split()[-2:]),
            HAND,
            8,
            "right",
        )
    f.y += 20
    pages = close(f.pages, s, h, numbers=h.numbers if len(f.pages) > 1 else "none")
    remember(pt, d)
    return pages


REASONS = {
    "surgeon": {
        "en": [
            "surgical removal of a partially erupted lower wisdom tooth, recurrent pericoronitis",
            "assessment of a root-filled tooth with persistent apical infection (apicectomy?)",
            "removal of a retained root close to the inferior alveolar nerve",
            "implant placement with possible bone grafting",
        ],
        "de": [
            "operative Entfernung eines teilretinierten Weisheitszahnes bei rezidivierender "
            "Dentitio difficilis",
            "Wurzelspitzenresektion bei persistierender apikaler Parodontitis",
            "Entfernung eines Wurzelrestes in Nähe des N. alveolaris inferior",
            "Implantation mit ggf. Augmentation",
        ],
        "fr": [
            "avulsion chirurgicale d'une dent de sagesse incluse, péricoronarites à répétition",
            "résection apicale sur dent traitée avec lésion périapicale persistante",
            "extraction d'un apex résiduel proche du nerf alvéolaire inférieur",
            "pose d'implant avec greffe osseuse éventuelle",
        ],
    },
    "ortho": {
        "en": [
            "orthodontic assessment, crowding of the upper and lower arches",
            "increased overjet of 8 mm, patient keen on treatment",
            "impacted upper canine, please assess",
        ],
        "de": [
            "kieferorthopädische Beurteilung bei frontalem Engstand",
            "vergrößerte sagittale Stufe (8 mm)",
            "retinierter Oberkiefereckzahn, Bitte um Mitbeurteilung",
        ],
        "fr": [
            "bilan orthodontique, encombrement dentaire antérieur",
            "surplomb incisif augmenté (8 mm)",
            "canine maxillaire incluse, merci de votre avis",
        ],
    },
}


def tpl_referral_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The dentist's referral letter to an oral surgeon or an orthodontist: the patient, the
    reason, the history and medicines; sometimes with the printed panoramic X-ray behind it."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    role = "ortho" if rng.random() < 0.35 else "surgeon"
    to = head_of(who, role)
    pt = pick_patient(rng)
    if role == "ortho":
        pt = rng.choice([x for x in PATIENTS if x.born.year > 2006] or PATIENTS)
    d = some_day(rng)
    f = sheets(
        s, h, tr(lg, f"Referral - {pt.name}", f"Überweisung - {pt.name}", f"Adressage - {pt.name}")
    )
    recipient(f, s, h, [to.name, to.street, to.town], d, [])
    reason = rng.choice(REASONS[role][lg])
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                f"Re: {pt.name}, DOB {born_text(pt, lg)}",
                f"Überweisung: {mx(pt, lg)}, geb. {born_text(pt, lg)}",
                f"Objet : {mx(pt, lg)}, né(e) le {born_text(pt, lg)}",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    f.y += s.size * 1.4
    f.page.text(
        m, f.y, fit(f"{pt.street}, {pt.town}", s.font, s.size - 1, w - 2 * m), s.font, s.size - 1
    )
    f.y += s.size * 2.2
    write(
        f,
        s,
        tr(
            lg,
            "Dear colleague," if rng.random() < 0.5 else f"Dear {to.name.split()[0]},",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
            "Cher confrère,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for seeing this patient for {reason}.",
            f"ich überweise Ihnen o. g. Patienten zur {reason}.",
            f"Je vous adresse ce patient pour {reason}.",
        ),
    )
    for _ in range(rng.choice([1, 1, 2, 3, 4])):
        write(f, s, prose(rng, lg, "clinic", 2, 5))
    meds = rng.sample(MEDICINES[lg], rng.randint(0, 2))
    write(
        f,
        s,
        tr(lg, "Medical history: ", "Anamnese: ", "Antécédents : ")
        + (
            ", ".join(meds)
            if meds
            else tr(lg, "fit and well, no medicines.", "unauffällig.", "RAS.")
        ),
    )
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "I enclose a copy of the recent panoramic radiograph.",
                "Eine aktuelle Panoramaschichtaufnahme liegt bei.",
                "Vous trouverez ci-joint le cliché panoramique récent.",
            ),
        )
    regards(
        f, s, lg, dentist(), tr(lg, "Dental Surgeon", "Zahnarzt/Zahnärztin", "Chirurgien-dentiste")
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.7:
        p = Page(A4 if rng.random() < 0.6 else A4L)
        pw, _ = p.size
        p.text(
            m,
            m,
            fit(
                f"{h.name} - {pt.name} - {born_text(pt, lg)} - OPG "
                f"{short(d - timedelta(days=rng.randint(1, 40)), lg)}",
                "Helvetica",
                8,
                pw - 2 * m,
            ),
            "Helvetica",
            8,
        )
        ow = pw - 2 * m
        opg(p, m, m + 14, ow, ow * 0.5, rng)
        if rng.random() < 0.5:
            p.text(m, m + 34 + ow * 0.5, "R", "Helvetica-Bold", 12)
            p.text(pw - m, m + 34 + ow * 0.5, "L", "Helvetica-Bold", 12, "right")
        pages.append(p)
    remember(pt, d, role)
    return pages


def tpl_specialist_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The oral surgeon's or orthodontist's report back to the dentist: findings, what was
    done or is proposed; the surgeon's sometimes with the operation note and the aftercare
    sheet given to the patient, the orthodontist's with the photographs."""
    role = (
        str(LAST["ref"]) if LAST["kind"] == "referral_letter" else rng.choice(["surgeon", "ortho"])
    )
    if role not in ("surgeon", "ortho"):
        role = "surgeon"
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    pt = pick_patient(rng, ("referral_letter",))
    d = pick_day(rng, ("referral_letter",), (10, 40))
    doc = staff_name(h, "doc")
    if lg == "en":
        doc = f"{'Mr' if role == 'surgeon' and rng.random() < 0.5 else 'Dr'} {doc}"
    elif lg == "fr":
        doc = f"Dr {doc}"
    f = sheets(s, h, f"{pt.name} - {born_text(pt, lg)}")
    ph = practice_head()
    recipient(
        f,
        s,
        h,
        [dentist(), ph.name, ph.street, ph.town],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), serial(rng, "AA/99999"))],
    )
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                f"Re: {pt.name}, DOB {born_text(pt, lg)}, {pt.street}, {pt.town}",
                f"Patient: {pt.name}, geb. {born_text(pt, lg)}",
                f"Patient : {pt.first} {pt.last.upper()}, né(e) le {born_text(pt, lg)}",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    f.y += s.size * 2.2
    write(
        f,
        s,
        tr(
            lg,
            f"Dear {dentist().split()[0]}," if rng.random() < 0.4 else "Dear colleague,",
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
            "Cher confrère,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for referring this patient, whom I saw on "
            f"{day(h, d - timedelta(days=rng.randint(3, 9)))}.",
            "vielen Dank für die Überweisung o. g. Patienten, der sich am "
            f"{short(d - timedelta(days=4), lg)} vorstellte.",
            "Je vous remercie de m'avoir adressé ce patient, vu en consultation le "
            f"{short(d - timedelta(days=4), lg)}.",
        ),
    )
    for title in (
        tr(lg, "Findings", "Befund", "Examen"),
        tr(lg, "Diagnosis", "Diagnose", "Diagnostic"),
        tr(lg, "Treatment", "Therapie", "Traitement"),
    ):
        if role == "ortho" and "Treat" in title:
            title = tr(lg, "Treatment plan", "Behandlungsplanung", "Plan de traitement")
        f.heading(m, title, s.bold, s.size)
        write(f, s, prose(rng, lg, "clinic", 1, rng.choice([3, 3, 5, 8])))
    if role == "ortho":
        write(
            f,
            s,
            tr(
                lg,
                f"IOTN dental health component grade {rng.randint(2, 5)}, "
                f"aesthetic component {rng.randint(3, 9)}.",
                f"KIG-Einstufung: {rng.choice(['D', 'E', 'P', 'S'])}{rng.randint(2, 5)}.",
                f"Classe {rng.choice(['I', 'II div. 1', 'II div. 2', 'III'])} d'Angle.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "I will see the patient again for review and will keep you informed.",
            "Wir werden den Patienten zur Kontrolle wieder einbestellen.",
            "Je reverrai le patient pour contrôle et vous tiendrai informé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        doc,
        tr(
            lg,
            "Consultant Oral Surgeon" if role == "surgeon" else "Specialist Orthodontist",
            "Fachzahnarzt für Oralchirurgie"
            if role == "surgeon"
            else "Fachzahnärztin für Kieferorthopädie",
            "Chirurgien oral" if role == "surgeon" else "Orthodontiste qualifié",
        ),
    )
    pages = close(f.pages, s, h)
    if role == "surgeon" and rng.random() < 0.55:
        g = sheets(s, h, top=rng.random() < 0.5)
        caption(
            g, s, tr(lg, "Operation note", "OP-Bericht", "Compte rendu opératoire"), 2, rule=True
        )
        g.y = (
            facts(
                g.page,
                s,
                m,
                g.y,
                [
                    (tr(lg, "Patient", "Patient", "Patient"), pt.name),
                    (tr(lg, "Date", "OP-Datum", "Date"), short(d - timedelta(days=2), lg)),
                    (tr(lg, "Operator", "Operateur", "Opérateur"), doc),
                    (
                        tr(lg, "Anaesthetic", "Anästhesie", "Anesthésie"),
                        tr(
                            lg,
                            "LA, articaine 4% 1:100,000, 2.2 ml",
                            "Leitungsanästhesie, Articain 4 %",
                            "Locale, articaïne 4 %",
                        ),
                    ),
                    (
                        tr(lg, "Teeth", "Regio", "Dents"),
                        ", ".join(tooth(t, lg) for t in some_teeth(rng, rng.randint(1, 2), True)),
                    ),
                ],
                110,
            )
            + 10
        )
        write(g, s, prose(rng, lg, "clinic", 4, 7), s.size - 0.5)
        pages.extend(close(g.pages, s, h, numbers="none"))
    if role == "surgeon" and rng.random() < 0.4:
        a5 = paper(s, A5, margin=34, pt=8.5)
        p = Page(A5)
        aw, _ = A5
        p.text(
            aw / 2,
            40,
            tr(
                lg,
                "After your operation",
                "Verhaltenshinweise nach dem Eingriff",
                "Conseils post-opératoires",
            ),
            s.bold,
            11,
            "center",
        )
        y = 62.0
        for _ in range(rng.randint(6, 9)):
            y = text_block(
                p, a5, 34, y, aw - 68, f"- {words(rng, lg, 'clinic', rng.randint(8, 14))}", 8.5
            )
        p.text(
            34,
            y + 8,
            fit(f"{tr(lg, 'Emergency', 'Notfall', 'Urgence')}: {h.phone}", s.bold, 8.5, aw - 68),
            s.bold,
            8.5,
        )
        pages.append(p)
    if role == "ortho" and rng.random() < 0.5:
        p = Page(A4L)
        pw, ph_ = A4L
        p.text(
            m,
            m - 10,
            fit(f"{h.name} - {pt.name} - {short(d, lg)}", s.bold, 9, pw - 2 * m),
            s.bold,
            9,
        )
        cw, chh = (pw - 2 * m - 20) / 3, (ph_ - 2 * m - 20) / 2
        for k in range(6):
            photo(p, m + (k % 3) * (cw + 10), m + 6 + (k // 3) * (chh + 10), cw, chh - 8, rng)
        pages.append(p)
    received(rng, pages[0], home(), d)
    remember(pt, d)
    return pages


def tpl_steri_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's autoclave sterilisation log: a week's cycles on landscape A4 (cycle
    number, programme, load, temperature and hold time, indicator results ticked, initials),
    one unit's month on one to four weekly sheets (a run goes through the practice's units,
    then the next month); sometimes a sheet with the printer strips of the cycles pasted on."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4L, margin=40, pt=8.5)
    w, hh = A4L
    m = s.margin
    units = ["Melag Vacuklav 31-B+", "W&H Lisa 522", "Euronda E10", "SciCan Statim 5000"]
    r = random.Random(zlib.crc32(f"crock/units/{PRACTICE['seed']}".encode()))
    units = r.sample(units, r.randint(2, 3))
    used = str(LAST["ref"]) if LAST["kind"] == "steri_log" else ""
    # a run of logs goes through the units, then on to the next month
    k = used.count("|")
    unit = units[k % len(units)]
    first = month() + timedelta(days=31 * (k // len(units)) + (0 if k else rng.choice([0, 0, 31])))
    first = first.replace(day=1)
    serial_no = serial(keyed(who, unit), "99999999")
    cycle = rng.randint(1200, 9800)
    staff = [x for x in STAFF if "urse" in x.role or "ZFA" in x.role or "ssist" in x.role] or STAFF
    pages: list[Page] = []
    n_weeks = rng.choice([1, 2, 2, 3, 4, 4])
    monday = first + timedelta(days=rng.randint(0, 4 - n_weeks) * 7)
    monday -= timedelta(days=monday.weekday())
    for wk in range(n_weeks):
        p = Page(A4L)
        start = monday + timedelta(days=7 * wk)
        p.text(
            m,
            m,
            tr(
                lg,
                "Autoclave Cycle Log",
                "Sterilisationsprotokoll / Chargendokumentation",
                "Registre de stérilisation",
            ),
            s.bold,
            13,
        )
        if n_weeks > 1:
            p.text(
                w / 2 + 80,
                m,
                tr(lg, f"Sheet {wk + 1}", f"Blatt {wk + 1}", f"Feuille {wk + 1}"),
                s.font,
                9,
            )
        p.text(w - m, m, h.name, s.font, 8, "right")
        p.text(
            m,
            m + 16,
            f"{tr(lg, 'Unit', 'Gerät', 'Autoclave')}: {unit}   "
            f"{tr(lg, 'Serial', 'Seriennr.', 'N° série')} {serial_no}"
            f"   {tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} {short(start, lg)}",
            s.font,
            8.5,
        )
        cols = columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (0.8, "left"),
                (1.4, "left"),
                (2.2, "left"),
                (0.8, "center"),
                (0.8, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (0.7, "center"),
            ],
        )
        head = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Cycle", "Charge", "Cycle"),
            tr(lg, "Programme", "Programm", "Programme"),
            tr(lg, "Load", "Beladung", "Charge"),
            "°C",
            "bar",
            tr(lg, "Print OK", "Ausdruck", "Ticket"),
            tr(lg, "Indicator", "Indikator", "Indicateur"),
            tr(lg, "Dry", "Trocken", "Sec"),
            tr(lg, "Init.", "Kürzel", "Visa"),
        ]
        x0, x1 = m, w - m
        y = m + 34.0
        p.rect(x0, y, x1 - x0, 16, fill=0.85)
        for c, t in zip(cols, head, strict=True):
            p.text(
                c[0] + 1 if c[2] == "left" else (c[0] + c[1]) / 2,
                y + 11,
                fit(t, s.bold, 7.5, c[1] - c[0]),
                s.bold,
                7.5,
                "left" if c[2] == "left" else "center",
            )
        y += 16
        n_rows = rng.choice([16, 18, 20])
        entries = []
        for dd in range(5):
            dday = start + timedelta(days=dd)
            who_ = rng.choice(staff).name.split()
            ini = who_[0][0] + who_[-1][0]
            for c in range(rng.randint(2, 4)):
                cycle += 1
                prog = rng.choice(["134/5:30", "134/3:30", "121/20"])
                if c == 0 and rng.random() < 0.6:
                    load = tr(lg, "B-D / Helix", "Helix-Test", "Bowie-Dick")
                else:
                    load = rng.choice(
                        [
                            tr(lg, "wrapped instr.", "Instr. verpackt", "instruments ensachés"),
                            tr(lg, "handpieces", "Winkelstücke", "porte-instruments"),
                            tr(lg, "surgical kit", "Chirurgie-Set", "kit chir."),
                            tr(lg, "mixed", "gemischt", "mixte"),
                        ]
                    )
                hot = prog.startswith("134")
                entries.append(
                    [
                        short(dday, lg)[:5],
                        str(cycle),
                        prog,
                        load,
                        f"{rng.uniform(134.1, 136.4) if hot else rng.uniform(121.2, 123.0):.1f}",
                        f"{rng.uniform(2.10, 2.25) if hot else rng.uniform(1.05, 1.15):.2f}",
                        "v",
                        "v" if rng.random() < 0.97 else "?",
                        "v",
                        ini,
                    ]
                )
        for k in range(max(n_rows, len(entries))):
            if y > hh - m - 40:
                break
            p.line(x0, y + 15, x1, y + 15)
            if k < len(entries):
                for c, t in zip(cols, entries[k], strict=True):
                    if c[2] == "left":
                        p.text(c[0] + 2, y + 11, fit(t, HAND, 8.5, c[1] - c[0] - 2), HAND, 8.5)
                    else:
                        p.text((c[0] + c[1]) / 2, y + 11, t, HAND, 8.5, "center")
            y += 15
        for c in cols:
            p.line(c[0] - 1, m + 34, c[0] - 1, y)
        p.line(x1, m + 34, x1, y)
        p.line(x0, m + 34, x1, m + 34)
        y += 16
        if y < hh - m - 20:
            p.text(
                m,
                y,
                tr(
                    lg,
                    "Weekly check and release:",
                    "Wöchentliche Freigabe:",
                    "Contrôle hebdomadaire :",
                ),
                s.font,
                8.5,
            )
            sign(p, m + 130, y + 2, rng.choice(staff).name, 11)
        pages.append(p)
    if rng.random() < 0.35:
        p = Page(A4)
        pw, _ = A4
        p.text(
            40,
            40,
            tr(lg, "Cycle printouts", "Chargenausdrucke", "Tickets de cycle"),
            "Helvetica-Bold",
            10,
        )
        n = rng.randint(2, 4)
        sw = (pw - 80 - (n - 1) * 16) / n
        for k in range(n):
            x0, y0 = 40 + k * (sw + 16), 60 + rng.uniform(0, 30)
            sh = rng.uniform(300, 420)
            p.rect(x0, y0, min(sw, 150), sh, fill=0.94)
            p.rect(x0, y0, min(sw, 150), sh)
            y = y0 + 14
            cyc = cycle - n + k + 1
            lines = [
                unit[:18],
                f"S/N {serial_no}",
                "-" * 18,
                f"CYCLE {cyc}",
                "PROG 134C 5.5",
                short(monday + timedelta(days=k), lg),
                f"START {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
            ]
            for ph_ in ("PRE-VAC 1", "PRE-VAC 2", "PRE-VAC 3", "HEAT", "STERIL", "DRY"):
                lines.append(f"{ph_:<9}{rng.uniform(0.08, 2.2):4.2f}b")
            lines += [
                f"T MIN {rng.uniform(134.0, 134.6):.1f}C",
                f"T MAX {rng.uniform(135.5, 137.0):.1f}C",
                "HOLD 05:32",
                "-" * 18,
                "CYCLE OK" if rng.random() < 0.95 else "CYCLE FAIL",
            ]
            for t in lines:
                if y > y0 + sh - 8:
                    break
                p.text(x0 + 6, y, t[:20], "Courier", 6.5)
                y += 8.5
            p.rect(x0 - 3, y0 - 6, 22, 10, fill=0.85)  # tape
        pages.append(p)
    close(pages, s, h, numbers="none")
    remember(None, monday, f"{used}|{unit}")
    return pages


def invoice_rows(rng: random.Random, lg: str, d: date) -> tuple[list[list[str]], float, list[int]]:
    """The treatment lines of a patient invoice: date, tooth, code, text (factor), amount."""
    rows: list[list[str]] = []
    total = 0.0
    teeth = some_teeth(rng, rng.randint(1, 3))
    n = rng.choice([2, 3, 4, 6, 9, 14, 22, 30])
    dd = d - timedelta(days=rng.randint(10, 60))
    for k in range(n):
        if k and rng.random() < 0.3:
            dd += timedelta(days=rng.randint(2, 14))
        code, text, fee, mark, _ = rng.choice([x for x in FEES[lg] if not x[0].startswith("NB")])
        t = tooth(rng.choice(teeth), lg) if mark else ""
        if lg == "de":
            factor = rng.choice([2.3, 2.3, 2.3, 1.8, 3.5]) if not code.startswith("Ä") else 1.8
            q = rng.randint(1, 28) if code == "1040" else 1
            amount = round(fee * factor * q, 2)
            rows.append(
                [
                    short(dd, lg),
                    t,
                    code,
                    f"{q}x {text}" if q > 1 else text,
                    f"{factor:.1f}".replace(".", ","),
                    money(amount, lg),
                ]
            )
        elif lg == "fr":
            amount = fee
            rows.append(
                [short(dd, lg), t, code, text, money(BASES.get(code, 0.0), lg), money(amount, lg)]
            )
        else:
            amount = fee
            rows.append([short(dd, lg), t, text, money(amount, lg)])
        total += amount
    return rows, round(total, 2), teeth


def tpl_patient_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's invoice to a patient (Liquidation nach GOZ, note d'honoraires, private
    invoice): the treatment by date and tooth, the total and how to pay; German invoices now and
    then with the copy of the laboratory's invoice attached."""
    h = practice_head()
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.3 else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    pt = pick_patient(rng, ("insurer_letter", "treatment_plan"))
    d = some_day(rng)
    no = serial(rng, rng.choice(["R-99999", "2025/9999", "99999", "INV 9999"]))
    f = sheets(
        s,
        h,
        tr(
            lg, f"Invoice {no} - {pt.name}", f"Rechnung {no} - {pt.name}", f"Note d'honoraires {no}"
        ),
    )
    recipient(
        f,
        s,
        h,
        patient_lines(pt, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° de note"), no),
            (tr(lg, "Patient no.", "Patienten-Nr.", "Dossier"), pt.number),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["INVOICE", "Invoice", "Statement of account"]),
            "Rechnung" if rng.random() < 0.5 else "Liquidation",
            "NOTE D'HONORAIRES",
        ),
        4,
    )
    if lg == "de":
        write(
            f,
            s,
            f"für die zahnärztliche Behandlung von {mx(pt, lg)}, geb. {born_text(pt, lg)}, "
            "gemäß der Gebührenordnung für Zahnärzte (GOZ) berechne ich:",
            s.size - 0.5,
        )
    elif lg == "fr":
        write(f, s, f"Patient : {pt.first} {pt.last.upper()} - N° SS {pt.cover}", s.size - 0.5)
    rows, total, _ = invoice_rows(rng, lg, d)
    if lg == "de":
        cols = columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (0.6, "left"),
                (0.7, "left"),
                (4.2, "left"),
                (0.6, "right"),
                (1.0, "right"),
            ],
        )
        head = ["Datum", "Zahn", "GOZ", "Leistung", "Fakt.", "EUR"]
    elif lg == "fr":
        cols = columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (0.5, "left"),
                (1.0, "left"),
                (3.8, "left"),
                (0.9, "right"),
                (1.0, "right"),
            ],
        )
        head = ["Date", "Dent", "Code", "Acte", "Base SS", "Honoraires"]
    else:
        cols = columns(m, w - m, [(1.2, "left"), (0.7, "left"), (5, "left"), (1.2, "right")])
        head = ["Date", "Tooth", "Treatment", "£"]
    table(f, cols, head, rows, s, size=s.size - 1.5, shade=0.9 if rng.random() < 0.4 else None)
    lab = 0.0
    if lg == "de" and rng.random() < 0.6:
        lab = round(rng.uniform(150, 1400), 2)
        f.page.text(
            m, f.y, "Material- und Laborkosten gem. § 9 GOZ (siehe Anlage)", s.font, s.size - 1.5
        )
        f.page.text(w - m, f.y, money(lab, lg), s.font, s.size - 1.5, "right")
        f.y += s.size * 1.6
    paid = round(total * 0.3, -1) if lg == "en" and rng.random() < 0.3 else 0.0
    totals(f, s, lg, round(total + lab, 2), 0.0, paid=paid)
    f.y += 8
    if lg == "fr" and rng.random() < 0.6:
        stamp(
            f.page,
            w - m - 150,
            f.y,
            ["ACQUITTÉE", f"le {short(d, lg)}", rng.choice(["CB", "Chèque", "Espèces"])],
        )
        f.y += 40
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 14 days. You can pay by card at reception, by bank "
            "transfer quoting the invoice number, or by phone.",
            "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen unter Angabe der "
            "Rechnungsnummer. " + prose(rng, lg, "legal", 1, 1),
            "Document à conserver, à joindre à votre demande de remboursement auprès de "
            "votre complémentaire.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if lab:
        pages.append(lab_invoice_copy(rng, who, pt, d, lab))
    remember(pt, d, no)
    return pages


def lab_invoice_copy(rng: random.Random, who: Issuer, pt: Person, d: date, amount: float) -> Page:
    """A copy of the laboratory's invoice to the practice, attached to a patient invoice."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h)
    ph = practice_head()
    recipient(
        f,
        s,
        h,
        [ph.name, ph.street, ph.town],
        d - timedelta(days=rng.randint(3, 12)),
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), serial(rng, "L-99999")),
            (tr(lg, "Patient", "Patient", "Patient"), pt.name),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    left = amount / 1.07
    items = rng.sample(LAB_ITEMS[lg], min(len(LAB_ITEMS[lg]), rng.randint(3, 6)))
    for k, (code, text, price) in enumerate(items):
        v = (
            round(left / (len(items) - k), 2)
            if k == len(items) - 1
            else round(min(price, left * 0.5), 2)
        )
        left -= v
        rows.append([code, text, "1", money(v, lg)])
    table(
        f,
        columns(m, w - m, [(0.8, "left"), (4, "left"), (0.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Code", "BEB-Nr.", "Code"),
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
    )
    totals(f, s, lg, round(amount / 1.07, 2), 7.0 if lg == "de" else 0.0)
    p = close(f.pages, s, h, numbers="none")[0]
    stamp(p, w / 2 - 40, 40 + rng.uniform(0, 20), [tr(lg, "COPY", "KOPIE", "COPIE")])
    copy_edge(p, rng)
    return p


def tpl_payment_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's payment reminder (Zahlungserinnerung, Mahnung, relance) for an unpaid
    invoice; a second reminder now and then with the copy of the invoice behind it."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    pt = pick_patient(rng, ("patient_invoice",))
    d0 = pick_day(rng, ("patient_invoice",), (0, 0))
    d = d0 + timedelta(days=rng.randint(28, 45))
    no = (
        str(LAST["ref"])
        if LAST["kind"] == "patient_invoice" and LAST["ref"]
        else serial(rng, "R-99999")
    )
    level = rng.choice([1, 1, 2, 3]) if lg != "en" else rng.choice([1, 1, 2])
    amount = round(rng.uniform(45, 1600), 2)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        patient_lines(pt, lg),
        d,
        [(tr(lg, "Patient no.", "Patienten-Nr.", "Dossier"), pt.number)],
    )
    title = {
        "en": ["Reminder: account overdue", "Second reminder", "Final notice"],
        "de": ["Zahlungserinnerung", "2. Mahnung", "Letzte Mahnung"],
        "fr": ["Relance", "Deuxième relance", "Mise en demeure"],
    }[lg][level - 1]
    caption(f, s, title, 3)
    write(f, s, dear(lg, mx(pt, lg) if lg != "fr" else None))
    write(
        f,
        s,
        tr(
            lg,
            f"Our records show that invoice {no} of {day(h, d0)} for {cash(amount, lg)} "
            "is still unpaid. Perhaps this has been overlooked.",
            f"sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {no} vom "
            f"{short(d0, lg)} über {cash(amount, lg)} noch offen ist.",
            f"Sauf erreur de notre part, la note d'honoraires n° {no} du {short(d0, lg)} "
            f"d'un montant de {cash(amount, lg)} reste impayée.",
        ),
    )
    fee = 5.0 if lg == "de" and level > 1 else 0.0
    rows = [[short(d0, lg), no, money(amount, lg)]]
    if fee:
        rows.append([short(d, lg), "Mahngebühr", money(fee, lg)])
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (3, "left"), (1.2, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Please settle the balance of {cash(amount, lg)} within 14 days.",
            f"Bitte überweisen Sie den Betrag von {cash(amount + fee, lg)} bis zum "
            f"{short(d + timedelta(days=14), lg)}.",
            "Merci de régulariser sous quinze jours, par chèque ou virement.",
        ),
    )
    if level == 3:
        write(
            f,
            s,
            tr(
                lg,
                "If we do not hear from you, the account will be passed to our debt "
                "recovery agency.",
                "Nach Ablauf der Frist übergeben wir die Forderung ohne "
                "weitere Ankündigung einem Inkassounternehmen.",
                "À défaut, nous transmettrons le dossier à notre service contentieux.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "If you have already paid, please disregard this letter.",
            "Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben "
            "als gegenstandslos.",
            "Si votre règlement nous est parvenu entre-temps, "
            "veuillez ne pas tenir compte de ce courrier.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff_name(h, "desk") if rng.random() < 0.5 else dentist(),
        tr(lg, "Practice Manager", "Praxisverwaltung", "Secrétariat"),
        rng.random() < 0.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if level > 1 and rng.random() < 0.6:
        g = sheets(s, h, top=True)
        recipient(
            g, s, h, patient_lines(pt, lg), d0, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "N°"), no)]
        )
        caption(g, s, tr(lg, "INVOICE", "Rechnung", "NOTE D'HONORAIRES"), 4)
        rows_, _, _ = invoice_rows(rng, lg, d0)
        cols = columns(m, w - m, [(1.2, "left"), (0.6, "left"), (5, "left"), (1.2, "right")])
        table(
            g,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Tooth", "Zahn", "Dent"),
                tr(lg, "Treatment", "Leistung", "Acte"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [[r_[0], r_[1], r_[-3] if lg != "en" else r_[2], r_[-1]] for r_ in rows_],
            s,
            size=s.size - 1.5,
        )
        totals(g, s, lg, amount, 0.0)
        cp = close(g.pages, s, h)
        stamp(cp[0], w - m - 120, 30, [tr(lg, "COPY", "KOPIE", "DUPLICATA")])
        pages.extend(cp)
    remember(pt, d, no)
    return pages


SHIFTS = {
    "en": ["08:00-16:30", "08:30-17:30", "12:00-20:00", "08:00-13:00", "Hyg 09-15", "off", "A/L"],
    "de": ["7:30-16:00", "8:00-17:00", "12:00-19:00", "8:00-12:30", "PZR 9-15", "frei", "Urlaub"],
    "fr": ["8h-16h30", "8h30-18h", "12h-19h30", "8h-12h30", "9h-15h", "repos", "congé"],
}


def tpl_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's staff rota: the staff against the days of one or two weeks (or a month)
    on landscape A4, the shifts and leave; surgery allocations; one page or two."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4L, margin=36, pt=8)
    w, hh = A4L
    m = s.margin
    start = month() + timedelta(days=rng.randint(0, 30))
    start -= timedelta(days=start.weekday())
    pages = []
    for wk in range(rng.choice([1, 2, 2])):
        p = Page(A4L)
        first = start + timedelta(days=14 * wk)
        days = [
            first + timedelta(days=k)
            for k in range(12 if rng.random() < 0.5 else 5)
            if (first + timedelta(days=k)).weekday() < 6
        ]
        title = tr(lg, "Staff rota", "Dienstplan", "Planning du personnel")
        p.text(m, m, f"{title}  {short(days[0], lg)} - {short(days[-1], lg)}", s.bold, 13)
        p.text(w - m, m, h.name, s.font, 8, "right")
        label_w = 150.0
        cw = (w - 2 * m - label_w) / len(days)
        y = m + 20
        p.rect(m, y, w - 2 * m, 24, fill=0.85)
        wd = {
            "en": "Mon Tue Wed Thu Fri Sat",
            "de": "Mo Di Mi Do Fr Sa",
            "fr": "Lun Mar Mer Jeu Ven Sam",
        }[lg].split()
        for k, dd in enumerate(days):
            cx = m + label_w + k * cw
            p.text(cx + cw / 2, y + 10, wd[dd.weekday()], s.bold, 7.5, "center")
            p.text(cx + cw / 2, y + 19, short(dd, lg)[:5], s.font, 7, "center")
        y += 24
        rows = [(x.name, x.role) for x in STAFF]
        rows = [(dn, tr(lg, "Dentist", "Zahnarzt", "Praticien")) for dn in DENTISTS] + rows
        rh = min(28.0, (hh - y - m - 40) / max(1, len(rows)))
        for name, role in rows:
            p.rect(m, y, w - 2 * m, rh)
            p.text(m + 4, y + rh / 2, fit(name, s.bold, 8, label_w - 8), s.bold, 8)
            p.text(m + 4, y + rh / 2 + 9, fit(role, s.font, 6.5, label_w - 8), s.font, 6.5)
            for k, dd in enumerate(days):
                cx = m + label_w + k * cw
                p.line(cx, y, cx, y + rh)
                sh = (
                    rng.choice(SHIFTS[lg][:5]) if rng.random() < 0.8 else rng.choice(SHIFTS[lg][5:])
                )
                if dd.weekday() == 5 and rng.random() < 0.7:
                    sh = ""
                if sh in SHIFTS[lg][5:]:
                    p.rect(cx + 1, y + 1, cw - 2, rh - 2, fill=0.9)
                p.text(cx + cw / 2, y + rh / 2 + 3, fit(sh, s.font, 7, cw - 2), s.font, 7, "center")
            y += rh
        y += 14
        p.text(
            m,
            y,
            tr(
                lg,
                "Changes must be agreed with the practice manager.",
                "Änderungen nur nach Absprache mit der Praxisleitung.",
                "Toute modification doit être validée par le praticien titulaire.",
            ),
            s.font,
            7.5,
        )
        if rng.random() < 0.5:
            hand(
                p,
                m + 340,
                y + 2,
                f"{rng.choice(STAFF).name.split()[0]} {tr(lg, 'swap', 'tauscht', 'échange')} "
                f"{short(rng.choice(days), lg)[:5]}",
                9,
            )
        pages.append(p)
    close(pages, s, h, numbers="none")
    remember(None, start)
    return pages


ROLES = {
    "en": [
        "Dental Nurse",
        "Dental Nurse",
        "Receptionist",
        "Dental Hygienist",
        "Trainee Dental Nurse",
        "Practice Manager",
    ],
    "de": ["ZFA", "ZFA", "ZMP (Prophylaxe)", "Rezeption", "Auszubildende ZFA", "ZMV (Verwaltung)"],
    "fr": [
        "Assistante dentaire",
        "Assistante dentaire",
        "Secrétaire médicale",
        "Aide dentaire",
        "Assistante en formation",
        "Secrétaire",
    ],
}


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's payslip for the month, made by the practice's payroll bureau: the
    employer and employee, gross pay, deductions and net pay, year to date; one page on A4, A5
    landscape or Letter."""
    ph = practice_head()
    bureau = head_of(who, "payroll")
    lg = ph.lang
    r = keyed(who, "payslip")
    size = r.choice([A4, A4, A5L]) if lg != "fr" else A4
    s = style_of(bureau, size, margin=36 if size == A5L else 0, pt=8 if size == A5L else 8.5)
    w, hh = size
    m = s.margin
    done = str(LAST["ref"]) if LAST["kind"] == "payslip" else ""
    x = rng.choice([y for y in STAFF if f"|{y.name}" not in done] or STAFF)
    mo = month() + timedelta(days=r.choice([0, 31]))
    mname = date_text(mo, lg, "long").split(" ", 1)[1]
    gross = round(x.hours * x.rate * 4.33, 2)
    p = Page(size)
    title = tr(lg, "PAYSLIP", "Abrechnung der Brutto/Netto-Bezüge", "BULLETIN DE PAIE")
    p.text(m, m, title, s.bold, 12 if size != A5L else 10)
    p.text(w - m, m, mname, s.bold, 10, "right")
    y = m + 18
    p.text(
        m,
        y,
        fit(
            f"{tr(lg, 'Employer', 'Arbeitgeber', 'Employeur')}: {ph.name}, {ph.street}, {ph.town}",
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    y += 10
    if lg == "fr":
        p.text(
            m,
            y,
            f"SIRET {serial(keyed(who, 'siret'), '999 999 999 99999')} - Convention collective "
            "nationale des cabinets dentaires (IDCC 1619)",
            s.font,
            7,
        )
        y += 10
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Name", "Salarié(e)"), x.name),
            (tr(lg, "Job title", "Tätigkeit", "Emploi"), x.role),
            (tr(lg, "NI number", "Personal-Nr.", "Matricule"), x.ref),
            (
                tr(lg, "Tax code", "Steuerklasse", "Coefficient"),
                r.choice(["1257L", "BR"])
                if lg == "en"
                else (
                    rng.choice(["I", "III", "IV", "V"])
                    if lg == "de"
                    else str(rng.choice([220, 240, 260]))
                ),
            ),
            (tr(lg, "Pay date", "Zahltag", "Date de paiement"), short(mo + timedelta(days=27), lg)),
            (tr(lg, "Hours", "Std./Woche", "Heures"), f"{x.hours:g}"),
        ],
        per=3,
        tall=22,
        hand=False,
    )
    if lg == "en":
        ded = [("PAYE tax", 0.12), ("National Insurance", 0.08), ("Pension (NEST) 5%", 0.05)]
        adds = [("Basic pay", 1.0)]
    elif lg == "de":
        ded = [
            ("Lohnsteuer", 0.11),
            ("Solidaritätszuschlag", 0.0),
            ("Kirchensteuer", 0.009),
            ("KV-Beitrag AN 8,15 %", 0.0815),
            ("RV-Beitrag AN 9,3 %", 0.093),
            ("AV-Beitrag AN 1,3 %", 0.013),
            ("PV-Beitrag AN 1,7 %", 0.017),
        ]
        adds = [("Gehalt", 1.0), ("VWL AG-Anteil", 0.0)]
    else:
        ded = [
            ("Sécurité sociale maladie", 0.0),
            ("Vieillesse plafonnée", 0.069),
            ("Vieillesse déplafonnée", 0.004),
            ("Retraite complémentaire T1", 0.0401),
            ("CSG déductible", 0.068),
            ("CSG/CRDS non déductible", 0.029),
            ("Prévoyance", 0.0078),
        ]
        adds = [("Salaire de base", 1.0)]
    rows = []
    for t, k in adds:
        v = gross * k if k else round(rng.choice([6.65, 13.29, 26.59]), 2)
        rows.append([t, "", money(v, lg), ""])
    total_d = 0.0
    for t, k in ded:
        v = round(gross * k, 2)
        total_d += v
        rows.append(
            [t, f"{k * 100:.2f}".replace(".", ",") if lg != "en" and k else "", "", money(v, lg)]
        )
    f = Sheets(size, hh - m - 20, lambda pg, n: m)
    f.pages, f.page, f.y = [p], p, y + 4
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right"), (1.4, "right"), (1.4, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Rubrique"),
            tr(lg, "Rate", "Satz %", "Taux"),
            tr(lg, "Payments", "Bezüge", "Gains"),
            tr(lg, "Deductions", "Abzüge", "Retenues"),
        ],
        rows,
        s,
        size=7.5 if size == A5L else 8,
        step=1.45,
    )
    net = gross - total_d
    f.y += 4
    p.rect(w - m - 180, f.y - 10, 180, 16, fill=0.88)
    p.text(w - m - 175, f.y + 1, tr(lg, "NET PAY", "Auszahlungsbetrag", "NET À PAYER"), s.bold, 9)
    p.text(w - m - 5, f.y + 1, cash(net, lg), s.bold, 9, "right")
    if f.y + 30 < hh - m:
        p.text(
            m,
            f.y + 1,
            fit(
                f"{tr(lg, 'Year to date: gross', 'Jahressumme brutto', 'Cumul brut')} "
                f"{money(gross * mo.month, lg)}",
                s.font,
                7,
                w / 2 - m,
            ),
            s.font,
            7,
        )
        p.text(
            m,
            hh - m + 8,
            fit(
                f"{tr(lg, 'Prepared by', 'Erstellt durch', 'Établi par')} {bureau.name}, "
                f"{bureau.town}",
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    remember(None, mo, f"{done}|{x.name}")
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates SS: insurers and the dental laboratory
# ---------------------------------------------------------------------------------------------


def tpl_insurer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's letter about a patient's dental treatment: a pre-approval of the treatment
    plan (Leistungszusage, accord de prise en charge) or a reimbursement statement (claim
    settlement, Leistungsabrechnung, décompte) with the assessment table, to the patient or to
    the practice; the table sometimes on a page of its own."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    pt = pick_patient(rng, ("treatment_plan",))
    d = pick_day(rng, ("treatment_plan",), (8, 30))
    approval = LAST["kind"] == "treatment_plan" or rng.random() < 0.35
    to_practice = rng.random() < 0.3
    member = serial(keyed(who, pt.name), "999999999" if lg != "en" else "SG9999999")
    f = sheets(s, h, f"{pt.name} - {member}")
    lines = practice_lines() if to_practice else patient_lines(pt, lg)
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Membership no.", "Versicherungs-Nr.", "N° adhérent"), member),
            (tr(lg, "Claim ref.", "Vorgangs-Nr.", "Réf. dossier"), serial(rng, "99-999999")),
        ],
    )
    if approval:
        title = tr(
            lg,
            "Pre-authorisation of dental treatment",
            "Leistungszusage zum Heil- und Kostenplan",
            "Accord de prise en charge - devis dentaire",
        )
    else:
        title = tr(lg, "Claim settlement", "Leistungsabrechnung", "Décompte de remboursement")
    f.page.text(
        m, f.y, fit(f"{title}: {pt.name}", s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1
    )
    f.y += 22
    write(f, s, dear(lg, mx(pt, lg) if not to_practice else None))
    plan = str(LAST["ref"]) if LAST["kind"] == "treatment_plan" else serial(rng, "HKP 99999")
    if approval:
        write(
            f,
            s,
            tr(
                lg,
                f"We have reviewed the treatment plan {plan} from {practice_head().name}.",
                f"wir haben den Heil- und Kostenplan {plan} der Praxis "
                f"{practice_head().name} geprüft.",
                f"Nous avons bien reçu le devis n° {plan} établi par le {practice_head().name}.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your claim. We have assessed the receipts you sent.",
                "vielen Dank für die Einreichung Ihrer Rechnungen. "
                "Wir haben wie folgt abgerechnet.",
                "Nous avons procédé au remboursement des soins suivants.",
            ),
        )
    rows = []
    charged = covered = 0.0
    for _ in range(rng.randint(2, 7)):
        code, text, fee, _, _ = rng.choice([x for x in FEES[lg] if not x[0].startswith("NB")])
        c = fee * (2.3 if lg == "de" else 1.0)
        pct = rng.choice([0.5, 0.6, 0.8, 1.0]) if lg != "fr" else 0.7
        v = round(c * pct, 2)
        rows.append([code, text, money(c, lg), f"{int(pct * 100)} %", money(v, lg)])
        charged += c
        covered += v
    cols = columns(
        m, w - m, [(0.9, "left"), (4, "left"), (1.1, "right"), (0.7, "right"), (1.1, "right")]
    )
    head = [
        tr(lg, "Code", "Nr.", "Acte"),
        tr(lg, "Treatment", "Leistung", "Libellé"),
        tr(lg, "Charged", "Rechnung", "Dépense"),
        "%",
        tr(lg, "Benefit", "Erstattung", "Remboursé"),
    ]
    own_page = rng.random() < 0.4
    if not own_page:
        table(f, cols, head, rows, s, size=8, rules=rng.random() < 0.5)
        f.y += 4
        f.page.text(
            w * 0.5,
            f.y,
            tr(lg, "Total benefit", "Erstattungsbetrag", "Total remboursé"),
            s.bold,
            s.size,
        )
        f.page.text(w - m, f.y, cash(covered, lg), s.bold, s.size, "right")
        f.y += 20
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Details of our assessment are enclosed.",
                "Die Einzelheiten entnehmen Sie bitte der beigefügten Aufstellung.",
                "Le détail figure en annexe.",
            ),
        )
    if approval:
        write(
            f,
            s,
            tr(
                lg,
                f"We will pay {cash(covered, lg)} towards the treatment, provided it is "
                "carried out within six months and your cover is still in force.",
                f"Wir sagen Ihnen eine Erstattung von {cash(covered, lg)} zu, sofern die "
                "Behandlung innerhalb von sechs Monaten erfolgt.",
                f"Notre participation s'élèvera à {cash(covered, lg)} sous réserve de vos "
                "droits à la date des soins.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"We have paid {cash(covered, lg)} into your account ending "
                f"{rng.randint(1000, 9999)}.",
                f"Den Betrag von {cash(covered, lg)} überweisen wir auf Ihr Konto.",
                f"Le montant de {cash(covered, lg)} a été viré sur votre compte.",
            ),
        )
    for _ in range(rng.choice([1, 1, 1, 2, 4])):
        write(f, s, prose(rng, lg, "legal", 1, 4), s.size - 1)
    regards(
        f,
        s,
        lg,
        staff_name(h, "clerk"),
        tr(lg, "Claims Team", "Leistungsabteilung", "Service prestations"),
        rng.random() < 0.3,
    )
    pages = close(f.pages, s, h, numbers="none")
    if own_page:
        g = sheets(s, h, top=False)
        caption(
            g, s, tr(lg, "Assessment", "Aufstellung", "Détail du décompte") + f" - {pt.name}", 1
        )
        table(g, cols, head, rows, s, size=8, rules=True)
        g.y += 4
        g.page.text(w * 0.5, g.y, tr(lg, "Total", "Summe", "Total"), s.bold, s.size)
        g.page.text(w - m, g.y, cash(covered, lg), s.bold, s.size, "right")
        pages.extend(close(g.pages, s, h, numbers="none"))
    if not to_practice and rng.random() < 0.45:
        g = sheets(s, h, top=True)
        caption(
            g,
            s,
            tr(
                lg,
                "Dental claim form",
                "Erstattungsantrag Zahnbehandlung",
                "Demande de remboursement - soins dentaires",
            ),
            3,
        )
        section(
            g,
            s,
            tr(lg, "1. Policyholder", "1. Versicherungsnehmer", "1. Adhérent"),
            [
                (tr(lg, "Membership no.", "Versicherungs-Nr.", "N° adhérent"), member),
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Address", "Anschrift", "Adresse"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
            ],
        )
        section(
            g,
            s,
            tr(lg, "2. Patient", "2. Behandelte Person", "2. Bénéficiaire des soins"),
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), ""),
            ],
        )
        g.y = band(g.page, s, g.y + 8, tr(lg, "3. Treatment", "3. Behandlung", "3. Soins"))
        tick_row(
            g,
            s,
            [
                tr(lg, "Check-up", "Kontrolle", "Consultation"),
                tr(lg, "Hygienist", "PZR", "Détartrage"),
                tr(lg, "Filling", "Füllung", "Obturation"),
                tr(lg, "Crown/bridge", "Zahnersatz", "Prothèse"),
                tr(lg, "Emergency", "Notfall", "Urgence"),
            ],
            set(),
        )
        table(
            g,
            columns(m, w - m, [(1.2, "left"), (4, "left"), (1.2, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Treatment", "Behandlung", "Acte"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [["", "", ""] for _ in range(6)],
            s,
            rules=True,
            step=2.2,
        )
        g.y += 20
        write(
            g,
            s,
            tr(
                lg,
                "Please attach the original receipts. Claims must reach us within six months.",
                "Bitte fügen Sie die Originalrechnungen bei.",
                "Joindre les factures originales.",
            ),
            7.5,
        )
        g.y += 20
        sign_line(
            g.page, s, m, g.y, 170, tr(lg, "Signature", "Unterschrift", "Signature"), "", False
        )
        pages.extend(close(g.pages, s, h, numbers="none"))
    if to_practice:
        received(rng, pages[0], home(), d)
    remember(pt, d)
    return pages


LAB_ITEMS = {
    "en": [
        ("M01", "Study models, pair", 28.0),
        ("C10", "PFM crown, non-precious", 145.0),
        ("C22", "E.max crown, pressed", 185.0),
        ("C30", "Zirconia crown, full contour", 165.0),
        ("B05", "Bridge pontic, PFM", 140.0),
        ("D12", "Acrylic partial denture, 1-3 teeth", 120.0),
        ("D20", "Full upper denture, Ivocap", 260.0),
        ("I40", "Custom abutment, titanium", 240.0),
        ("T02", "Special tray", 22.0),
        ("P01", "Postage and packing", 6.5),
    ],
    "de": [
        ("0010", "Modell", 8.31),
        ("0052", "Sägeschnittmodell", 12.40),
        ("0120", "Mittelwertartikulator", 7.21),
        ("1022", "Vollkrone/Metall", 162.60),
        ("1600", "Keramische Verblendung", 98.35),
        ("1024", "Brückenglied", 112.20),
        ("3800", "Basis für Prothese", 84.70),
        ("8010", "Zirkonkrone monolithisch (BEB)", 189.00),
        ("9330", "Versandkosten", 4.30),
        ("9700", "Legierung NEM (g)", 3.85),
    ],
    "fr": [
        ("CCM", "Couronne céramo-métallique", 145.0),
        ("CZR", "Couronne zircone monolithique", 120.0),
        ("INL", "Inlay-core", 55.0),
        ("PAP", "Prothèse partielle résine", 135.0),
        ("STE", "Stellite, châssis", 210.0),
        ("DTS", "Dents du commerce (par dent)", 9.0),
        ("PLT", "Porte-empreinte individuel", 18.0),
        ("PIL", "Pilier implantaire personnalisé", 230.0),
        ("PORT", "Frais de port", 7.5),
    ],
}
SHADES = ["A1", "A2", "A3", "A3.5", "B1", "B2", "C2", "D3", "BL2"]


def job_no(rng: random.Random) -> str:
    return serial(rng, rng.choice(["A99999", "99-9999", "J99999"]))


def tpl_lab_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The dental laboratory's delivery note that comes in the box with the work: job number,
    patient, items, shade and stage (try-in or finish), the return date for the next stage;
    A5 portrait or landscape, or a third of A4."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    r = keyed(who, "delivery")
    size = r.choice([A5, A5L, (A4[0], A4[1] / 2 + 40)])
    s = style_of(h, size, margin=30, pt=8.5)
    w, hh = size
    m = s.margin
    pt = pick_patient(rng)
    d = some_day(rng)
    job = job_no(rng)
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "Lieferschein", "BON DE LIVRAISON"), s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'Job', 'Auftrag', 'Travail')} {job}", s.bold, 10, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Practice", "Praxis", "Cabinet"), practice_head().name),
            (tr(lg, "Patient", "Patient", "Patient"), pt.name),
            (tr(lg, "Dentist", "Behandler", "Praticien"), dentist()),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2 if w < 500 else 4,
        tall=22,
        hand=False,
    )
    rows = []
    for code, text, _ in rng.sample(LAB_ITEMS[lg][:-1], rng.randint(1, 3)):
        rows.append(
            [code, text, ", ".join(tooth(t, lg) for t in some_teeth(rng, rng.randint(1, 2)))]
        )
    f = Sheets(size, hh - m, lambda pg, n: m)
    f.pages, f.page, f.y = [p], p, y + 2
    table(
        f,
        columns(m, w - m, [(0.8, "left"), (3.2, "left"), (1.2, "left")]),
        [
            tr(lg, "Code", "Nr.", "Code"),
            tr(lg, "Item", "Arbeit", "Désignation"),
            tr(lg, "Teeth", "Zähne", "Dents"),
        ],
        rows,
        s,
        size=8,
        step=1.5,
    )
    y = f.y + 2
    p.text(m, y, f"{tr(lg, 'Shade', 'Farbe', 'Teinte')}: {rng.choice(SHADES)}", s.font, 8.5)
    stage = rng.randint(0, 2)
    ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Try-in", "Einprobe", "Essayage"),
            tr(lg, "Finish", "Fertigstellung", "Finition"),
            tr(lg, "Repair", "Reparatur", "Réparation"),
        ],
        {stage},
    )
    y += 16
    if stage == 0:
        p.text(
            m,
            y,
            f"{tr(lg, 'Please return by', 'Bitte zurück bis', 'Retour souhaité le')}: "
            f"{short(d + timedelta(days=rng.randint(5, 12)), lg)}",
            s.font,
            8.5,
        )
        y += 12
    if rng.random() < 0.4:
        hand(p, m, y + 4, words(rng, lg, "lab", rng.randint(4, 8)), 9, w - 2 * m)
        y += 14
    if y < hh - 40:
        p.line(w - m - 150, hh - m - 6, w - m, hh - m - 6)
        p.text(
            w - m - 150,
            hh - m + 3,
            tr(lg, "Received (practice)", "Erhalten (Praxis)", "Reçu (cabinet)"),
            s.font,
            6.5,
        )
        if rng.random() < 0.6:
            sign(p, w - m - 140, hh - m - 9, rng.choice(STAFF).name, 11)
    remember(pt, d, job)
    return [p]


def tpl_lab_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The dental laboratory's invoice to the practice for one patient's work or the month's
    jobs: positions (German ones by BEL/BEB number), materials, tax; behind it the declaration
    of conformity for the custom-made devices and, for alloys, the material certificate."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    monthly = LAST["kind"] != "lab_delivery" and rng.random() < 0.4
    pt = pick_patient(rng, ("lab_delivery",))
    d = pick_day(rng, ("lab_delivery",), (0, 10))
    job = str(LAST["ref"]) if LAST["kind"] == "lab_delivery" else job_no(rng)
    no = serial(rng, rng.choice(["99999", "RE-99999", "F9999-99"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    refs = [
        (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
        (tr(lg, "Customer no.", "Kunden-Nr.", "Client"), serial(keyed(who, "cust"), "99999")),
    ]
    if not monthly:
        refs.append((tr(lg, "Job", "Auftrag", "Travail"), job))
    recipient(f, s, h, practice_lines(tr(lg, "", "z. Hd. ") + dentist()), d, refs)
    caption(
        f,
        s,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
        + (f" - {tr(lg, 'statement', 'Sammelrechnung', 'relevé mensuel')}" if monthly else ""),
        3,
    )
    if not monthly:
        f.page.text(m, f.y, f"{tr(lg, 'Patient', 'Patient', 'Patient')}: {pt.name}", s.font, s.size)
        f.y += 16
    rows = []
    net = 0.0
    jobs = (
        [(job, pt)]
        if not monthly
        else [(job_no(rng), rng.choice(PATIENTS)) for _ in range(rng.randint(4, 12))]
    )
    for jb, who_pt in jobs:
        if monthly:
            rows.append(["", f"{jb} - {who_pt.name}", "", ""])
        for code, text, price in rng.sample(LAB_ITEMS[lg], rng.randint(2, 5)):
            q = rng.randint(1, 4) if price < 15 else 1
            rows.append([code, text, str(q), money(q * price, lg)])
            net += q * price
    table(
        f,
        columns(m, w - m, [(0.8, "left"), (4, "left"), (0.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Code", "BEL-Nr.", "Code"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
    )
    rate = {"de": 7.0}.get(lg, 0.0)
    totals(f, s, lg, round(net, 2), rate)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Dental laboratory services are exempt from VAT. Payment within 30 days.",
            "Zahntechnische Leistungen mit ermäßigtem Steuersatz (7 %). "
            "Zahlbar innerhalb 30 Tagen.",
            "Exonération de TVA, article 261-4-1° du CGI. Règlement à 30 jours fin de mois.",
        ),
        7.5,
    )
    pages = close(f.pages, s, h)
    if not monthly and rng.random() < 0.75:
        g = sheets(s, h, top=rng.random() < 0.7)
        caption(
            g,
            s,
            tr(
                lg,
                "Statement of manufacture - custom-made dental device",
                "Konformitätserklärung für Sonderanfertigungen",
                "Déclaration de conformité - dispositif sur mesure",
            ),
            1.5,
            rule=True,
        )
        g.y = (
            facts(
                g.page,
                s,
                m,
                g.y + 4,
                [
                    (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), f"{h.name}, {h.town}"),
                    (tr(lg, "Prescriber", "Verordner", "Prescripteur"), dentist()),
                    (
                        tr(lg, "Patient", "Patient (Kennung)", "Patient"),
                        pt.name if lg != "de" else pt.number,
                    ),
                    (tr(lg, "Job no.", "Auftrags-Nr.", "N° de travail"), job),
                    (tr(lg, "Device", "Produkt", "Dispositif"), rows[0][1]),
                    (
                        tr(lg, "Materials", "Werkstoffe", "Matériaux"),
                        rng.choice(
                            [
                                "Zirconia (Katana HT)",
                                "CoCr alloy, ceramic",
                                "PMMA, acrylic teeth",
                                "Lithium disilicate",
                            ]
                        ),
                    ),
                ],
                110,
            )
            + 8
        )
        write(
            g,
            s,
            tr(
                lg,
                "This device was made for the named patient only and conforms to the "
                "general safety and performance requirements of Annex I of Regulation (EU) "
                "2017/745 / UK MDR 2002. " + prose(rng, lg, "lab", 1, 2),
                "Das Produkt wurde ausschließlich für den genannten Patienten angefertigt und "
                "erfüllt die grundlegenden Anforderungen nach Anhang I der Verordnung (EU) "
                "2017/745. " + prose(rng, lg, "lab", 1, 2),
                "Ce dispositif est destiné à l'usage exclusif du patient désigné et est conforme "
                "aux exigences de l'annexe I du règlement (UE) 2017/745. "
                + prose(rng, lg, "lab", 1, 2),
            ),
            s.size - 0.5,
        )
        g.y += 20
        sign_line(
            g.page,
            s,
            m,
            g.y,
            180,
            tr(lg, "Responsible person", "Verantwortliche Person", "Responsable"),
            staff_name(h, "boss"),
        )
        g.page.text(m + 240, g.y, day(h, d), s.font, s.size)
        g.y += 20
        pages.extend(close(g.pages, s, h, numbers="none"))
        if rng.random() < 0.35:
            p = Page(A4)
            cw, ch = A6_CARD
            x0, y0 = rng.uniform(50, 120), rng.uniform(60, 140)
            p.rect(x0, y0, cw, ch)
            p.rect(x0 + 4, y0 + 4, cw - 8, 22, fill=0.8)
            p.text(
                x0 + cw / 2,
                y0 + 19,
                tr(lg, "MATERIAL CERTIFICATE", "LEGIERUNGSPASS", "CERTIFICAT D'ALLIAGE"),
                "Helvetica-Bold",
                10,
                "center",
            )
            yy = y0 + 44
            alloy = rng.choice(
                [
                    ("Wirobond C", "Co 61, Cr 26, Mo 6, W 5, Si <1"),
                    ("Remanium star", "Co 60, Cr 28, W 9, Si 1.5"),
                    ("BioPontoStar", "Au 73.8, Pt 9, Pd 9.0, Ag 1.2"),
                ]
            )
            for lab_, val in [
                (tr(lg, "Alloy", "Legierung", "Alliage"), alloy[0]),
                (tr(lg, "Composition %", "Zusammensetzung %", "Composition %"), alloy[1]),
                ("LOT", serial(rng, "99999A")),
                (tr(lg, "Patient", "Patient", "Patient"), pt.name),
                (
                    tr(lg, "Teeth", "Zähne", "Dents"),
                    ", ".join(tooth(t, lg) for t in some_teeth(rng, 2)),
                ),
            ]:
                p.text(x0 + 10, yy, lab_, "Helvetica", 7)
                p.text(
                    x0 + 10,
                    yy + 10,
                    fit(val, "Helvetica-Bold", 8.5, cw - 20),
                    "Helvetica-Bold",
                    8.5,
                )
                yy += 24
            p.text(x0 + 10, y0 + ch - 10, h.name, "Helvetica-Oblique", 7)
            copy_edge(p, rng)
            pages.append(p)
    received(rng, pages[0], home(), d)
    remember(pt, d, job)
    return pages


A6_CARD = (105 * MM, 148 * MM)


# ---------------------------------------------------------------------------------------------
# Templates SS: inspectors, engineers, suppliers and the others
# ---------------------------------------------------------------------------------------------

UNITS = [
    ("Intraoral", "Planmeca ProX", "60 kV / 2 mA"),
    ("Intraoral", "KaVo Focus", "70 kV / 7 mA"),
    ("Intraoral", "Carestream CS 2200", "60 kV / 7 mA"),
    ("Panoramic", "Sirona Orthophos XG", "60-90 kV"),
    ("CBCT", "Planmeca ProMax 3D", "90 kV / 10 mA"),
]


def tpl_radiation_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The radiation protection inspection report on the practice's X-ray units (RPA's routine
    test report, Sachverständigenprüfung nach StrlSchV, contrôle qualité externe): sometimes a
    cover page, the summary and recommendations, one page of measurements per unit, and a
    certificate page with the result."""
    h = head_of(who, "radiation")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["RP/99/999", "SV-9999-999", "CQE-99999"]))
    units = rng.sample(UNITS, rng.choice([1, 2, 2, 3]))
    title = tr(
        lg,
        "X-ray Equipment Routine Test Report",
        "Prüfbericht Sachverständigenprüfung Röntgeneinrichtung (§ 88 StrlSchV)",
        "Rapport de contrôle de qualité externe - installations de radiologie dentaire",
    )
    inspector = staff_name(h, "rpa")
    pages: list[Page] = []
    ph = practice_head()
    if rng.random() < 0.35:
        p = Page(A4)
        y = heading(p, s, h, top=hh * 0.12)
        for k, ln in enumerate(wrap(title, s.bold, 15, w - 2 * m - 40)):
            p.text(w / 2, hh * 0.33 + 20 * k, ln, s.bold, 15, "center")
        yy = hh * 0.45
        for lab_, val in [
            (tr(lg, "Client", "Betreiber", "Exploitant"), ph.name),
            ("", f"{ph.street}, {ph.town}"),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), ref),
            (tr(lg, "Date of visit", "Prüfdatum", "Date du contrôle"), day(h, d)),
            (tr(lg, "Inspector", "Sachverständiger", "Contrôleur"), inspector),
        ]:
            p.text(w / 2 - 10, yy, lab_, s.font, s.size, "right")
            p.text(w / 2 + 10, yy, fit(val, s.bold, s.size, w / 2 - m - 10), s.bold, s.size)
            yy += s.size * 1.8
        del y
        pages.append(p)
    f = sheets(s, h, f"{tr(lg, 'Report', 'Bericht', 'Rapport')} {ref} - {ph.name}")
    caption(f, s, title, 2)
    f.y = (
        facts(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Premises", "Betreiber", "Établissement"), f"{ph.name}, {ph.town}"),
                (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), ref),
                (tr(lg, "Date of test", "Prüfdatum", "Date"), day(h, d)),
                (
                    tr(lg, "Type of test", "Art der Prüfung", "Nature"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Routine (3-yearly)",
                                "Wiederkehrende Prüfung",
                                "Contrôle quinquennal",
                            ),
                            tr(lg, "Critical examination", "Abnahmeprüfung", "Contrôle initial"),
                        ]
                    ),
                ),
                (tr(lg, "Equipment", "Geräte", "Appareils"), ", ".join(u[1] for u in units)),
            ],
            120,
        )
        + 8
    )
    f.heading(m, tr(lg, "Summary", "Ergebnis", "Synthèse"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "tech", 2, 3))
    f.heading(m, tr(lg, "Recommendations", "Hinweise / Mängel", "Observations"), s.bold, s.size + 1)
    for k in range(rng.randint(1, 4)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "tech", rng.randint(8, 16)), indent=8)
    pages.extend(f.pages)
    for kind, model, rating in units:
        g = sheets(s, h, f"{ref} - {model}")
        caption(g, s, f"{kind} - {model}", 1.5, rule=True)
        g.y = (
            facts(
                g.page,
                s,
                m,
                g.y,
                [
                    (
                        tr(lg, "Serial no.", "Seriennummer", "N° de série"),
                        serial(keyed(who, model), "A9999999"),
                    ),
                    (
                        tr(lg, "Location", "Standort", "Emplacement"),
                        tr(
                            lg,
                            f"Surgery {rng.randint(1, 4)}",
                            f"Behandlungszimmer {rng.randint(1, 4)}",
                            f"Salle {rng.randint(1, 4)}",
                        ),
                    ),
                    (tr(lg, "Rating", "Nenndaten", "Caractéristiques"), rating),
                ],
                100,
            )
            + 6
        )
        rows = []
        for t in (
            "kVp accuracy",
            "Exposure time",
            "Output (uGy/mAs)",
            "Beam diameter",
            "Reproducibility",
            "Half value layer",
            "Leakage",
            "Warning light / signal",
        ):
            label = tr(
                lg,
                t,
                {
                    "kVp accuracy": "Röhrenspannung",
                    "Exposure time": "Belichtungszeit",
                    "Output (uGy/mAs)": "Dosisausbeute",
                    "Beam diameter": "Feldgröße",
                    "Reproducibility": "Reproduzierbarkeit",
                    "Half value layer": "Halbwertschicht",
                    "Leakage": "Durchlassstrahlung",
                    "Warning light / signal": "Strahlungsanzeige",
                }[t],
                {
                    "kVp accuracy": "Exactitude kV",
                    "Exposure time": "Temps de pose",
                    "Output (uGy/mAs)": "Rendement",
                    "Beam diameter": "Dimension du champ",
                    "Reproducibility": "Reproductibilité",
                    "Half value layer": "CDA",
                    "Leakage": "Rayonnement de fuite",
                    "Warning light / signal": "Signalisation",
                }[t],
            )
            set_, meas = rng.uniform(50, 90), 0.0
            meas = set_ * rng.uniform(0.95, 1.05)
            ok = rng.random() < 0.93
            rows.append(
                [
                    label,
                    f"{set_:.1f}",
                    f"{meas:.1f}",
                    "± 10 %",
                    tr(lg, "Pass", "i. O.", "Conforme")
                    if ok
                    else tr(lg, "Fail", "Mangel", "Non conforme"),
                ]
            )
        table(
            g,
            columns(
                m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1, "right"), (1.2, "center")]
            ),
            [
                tr(lg, "Test", "Prüfpunkt", "Essai"),
                tr(lg, "Set", "Soll", "Consigne"),
                tr(lg, "Measured", "Ist", "Mesure"),
                tr(lg, "Tolerance", "Toleranz", "Tolérance"),
                tr(lg, "Result", "Bewertung", "Résultat"),
            ],
            rows,
            s,
            size=8,
            rules=True,
            step=1.8,
        )
        if rng.random() < 0.4:
            g.y += 10
            g.need(150)
            cx, cy = m + 80, g.y + 60
            g.page.text(
                m,
                g.y,
                tr(
                    lg,
                    "Room plan / controlled area",
                    "Raumskizze / Kontrollbereich",
                    "Plan de la salle / zone délimitée",
                ),
                s.bold,
                8.5,
            )
            g.page.rect(m, g.y + 8, 220, 130)
            g.page.rect(m + 90, g.y + 50, 40, 60)
            g.page.rect(cx + 130, g.y + 8, 6, 40, fill=0.3)
            for k in range(12):
                a = 2 * math.pi * k / 12
                g.page.line(
                    cx + 30 * math.cos(a) + 30,
                    cy + 30 * math.sin(a) + 20,
                    cx + 33 * math.cos(a) + 30,
                    cy + 33 * math.sin(a) + 20,
                )
            g.page.text(
                m + 230,
                g.y + 40,
                fit(
                    tr(
                        lg, "1.5 m controlled area", "Kontrollbereich 1,5 m", "zone contrôlée 1,5 m"
                    ),
                    s.font,
                    8,
                    w - 2 * m - 240,
                ),
                s.font,
                8,
            )
            g.y += 150
        pages.extend(g.pages)
    if rng.random() < 0.6:
        c = sheets(s, h)
        caption(
            c, s, tr(lg, "Certificate of test", "Prüfbescheinigung", "Attestation de contrôle"), 4
        )
        write(
            c,
            s,
            tr(
                lg,
                f"The X-ray equipment listed was examined on {day(h, d)}. "
                "It was found to be safe for continued clinical use subject to the "
                "recommendations in the report.",
                f"Die genannten Röntgeneinrichtungen wurden am "
                f"{short(d, lg)} geprüft. Gegen den Weiterbetrieb bestehen keine Bedenken.",
                f"Les installations ont été contrôlées le {short(d, lg)}. Aucune non-conformité "
                "majeure n'a été relevée.",
            ),
        )
        for _, model, _ in units:
            c.page.text(m + 10, c.y, f"- {model}", s.font, s.size)
            c.y += s.size * 1.5
        c.y += 10
        c.page.text(
            m,
            c.y,
            tr(lg, "Next test due:", "Nächste Prüfung fällig:", "Prochain contrôle :")
            + " "
            + short(d.replace(year=d.year + rng.choice([1, 3, 5])), lg),
            s.bold,
            s.size,
        )
        c.y += 40
        sign_line(c.page, s, m, c.y, 190, inspector, inspector)
        stamp(
            c.page,
            w - m - 180,
            c.y - 40,
            [h.name.split()[0].upper(), tr(lg, "Approved", "Geprüft", "Contrôlé"), short(d, lg)],
        )
        pages.extend(c.pages)
    close(pages, s, h, covers=0 if pages[0] is f.pages[0] else 1)
    received(rng, pages[0], home(), d, 0.2)
    remember(None, d, ref)
    return pages


SUPPLIES = {
    "en": [
        ("Nitrile gloves, medium, box 100", 5.95),
        ("Face masks type IIR, box 50", 7.20),
        ("Composite A2, 4 g syringe", 38.50),
        ("Bonding agent 5 ml", 64.00),
        ("Articaine 4% 1:100,000, 50 cartridges", 42.90),
        ("Lidocaine 2% 1:80,000, 50", 29.40),
        ("Alginate impression material 500 g", 11.25),
        ("Saliva ejectors, 100", 3.80),
        ("Sterilisation pouches 90x260, 200", 9.60),
        ("Surface disinfectant wipes, tub", 8.40),
        ("Prophy paste medium, 200 g", 13.70),
        ("Endo files K 25mm assorted, 6", 6.95),
        ("Suction filter cartridge", 18.30),
        ("X-ray sensor covers, 500", 21.00),
        ("Cotton rolls no. 2, 500", 4.10),
        ("Etch gel 37%, 3 x 2 ml", 12.60),
    ],
    "de": [
        ("Nitril-Handschuhe M, 100 St.", 6.49),
        ("OP-Masken Typ IIR, 50 St.", 6.90),
        ("Komposit A2 Spritze 4 g", 36.80),
        ("Adhäsiv 5 ml", 69.00),
        ("Ultracain D-S forte, 100 Zyl.", 54.20),
        ("Alginat 500 g", 10.80),
        ("Speichelsauger, 100 St.", 3.95),
        ("Sterilgutverpackung 90x250, 200", 11.40),
        ("Flächendesinfektion Tücher", 9.90),
        ("Polierpaste 200 g", 14.50),
        ("K-Feilen 25 mm sortiert", 7.20),
        ("Watterollen Gr. 2, 500 g", 4.60),
        ("Röntgen-Schutzhüllen, 500", 23.40),
        ("Ätzgel 37 %, 3 x 2 ml", 11.90),
    ],
    "fr": [
        ("Gants nitrile M, boîte 100", 5.90),
        ("Masques type IIR, boîte 50", 6.50),
        ("Composite A2 seringue 4 g", 35.00),
        ("Adhésif 5 ml", 61.00),
        ("Articaïne 4 % adrénalinée, 50 carp.", 39.90),
        ("Alginate 500 g", 10.50),
        ("Pompes à salive, 100", 3.60),
        ("Gaines de stérilisation 90x250, 200", 10.20),
        ("Lingettes désinfectantes", 8.90),
        ("Pâte prophylactique 200 g", 13.20),
        ("Limes K 25 mm assorties", 6.80),
        ("Rouleaux de coton n°2", 4.30),
        ("Protège-capteurs radio, 500", 22.00),
        ("Gel de mordançage 37 %", 11.50),
    ],
}


def tpl_supply_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A dental supply company's invoice: customer and delivery details, article lines over
    one to four pages, VAT, the terms in small print at the foot."""
    h = head_of(who, "supply", abroad=0.12)
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.2 else A4
    s = style_of(h, size, pt=min(h.pt, 9))
    w, _ = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SI999999", "9999999", "FA-999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "999999")),
            (tr(lg, "Order", "Bestellung", "Commande"), serial(rng, "WEB-999999")),
        ],
    )
    caption(f, s, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    for _ in range(rng.choice([4, 8, 14, 24, 38, 52, 70, 95])):
        text, price = rng.choice(SUPPLIES[lg])
        q = rng.randint(1, 10)
        art = serial(rng, "999-9999")
        rows.append([art, text, str(q), money(price, lg), money(q * price, lg)])
        net += q * price
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (4.5, "left"), (0.5, "right"), (0.9, "right"), (1.0, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpr.", "P.U."),
            tr(lg, "Net", "Gesamt", "Montant"),
        ],
        rows,
        s,
        size=7.5,
        shade=0.9,
        step=1.55,
    )
    if rng.random() < 0.5:
        rows_ship = money(rng.choice([0.0, 4.95, 6.90]), lg)
        f.page.text(m, f.y, tr(lg, "Carriage", "Versandkosten", "Frais de port"), s.font, 8)
        f.page.text(w - m, f.y, rows_ship, s.font, 8, "right")
        f.y += 12
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 20.0}[lg])
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Goods remain our property until paid for in full. Returns within 14 days "
            "with the returns number.",
            "Es gelten unsere AGB. Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum. Zahlbar netto 30 Tage, 2 % Skonto bei 10 Tagen.",
            "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire "
            "de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
        ),
        7,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d, 0.25)
    remember(None, d, no)
    return pages


def tpl_price_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's price list or special offers: a cover page, prices in tables over one to
    three pages, an offers page of product photographs, a fax order form at the back."""
    h = head_of(who, "supply", abroad=0.12)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    season = tr(
        lg,
        rng.choice(["Spring offers", "Autumn promotion", "Price list"]),
        rng.choice(["Frühjahrsangebote", "Herbstaktion", "Preisliste"]),
        rng.choice(["Offres de printemps", "Promotions d'automne", "Tarifs"]),
    )
    until = short(d + timedelta(days=60), lg)
    valid = f"{tr(lg, 'valid until', 'gültig bis', 'valable jusqu au')} {until}"
    pages: list[Page] = []
    if rng.random() < 0.6:
        p = Page(A4)
        heading(p, s, h)
        p.text(w / 2, hh * 0.3, season.upper(), h.bold, 26, "center")
        p.text(w / 2, hh * 0.3 + 26, valid, s.font, 12, "center")
        photo(p, m + 40, hh * 0.4, w - 2 * m - 80, hh * 0.35, rng)
        p.text(
            w / 2,
            hh * 0.82,
            fit(f"{h.phone}  {h.mail}", s.font, 10, w - 2 * m),
            s.font,
            10,
            "center",
        )
        pages.append(p)
    f = sheets(s, h, f"{season} - {valid}", top=not pages)
    if pages:
        caption(f, s, season, 3)
    cats = rng.sample(
        ["Hygiene", "Restorative", "Endodontics", "Anaesthetics", "Prophylaxis", "Impression"],
        rng.randint(2, 4),
    )
    for cat in cats:
        label = tr(
            lg,
            cat,
            {
                "Hygiene": "Hygiene",
                "Restorative": "Füllungstherapie",
                "Endodontics": "Endodontie",
                "Anaesthetics": "Anästhesie",
                "Prophylaxis": "Prophylaxe",
                "Impression": "Abformung",
            }[cat],
            {
                "Hygiene": "Hygiène",
                "Restorative": "Restauration",
                "Endodontics": "Endodontie",
                "Anaesthetics": "Anesthésie",
                "Prophylaxis": "Prophylaxie",
                "Impression": "Empreintes",
            }[cat],
        )
        f.heading(m, label, s.bold, s.size + 2)
        rows = []
        for text, price in rng.sample(SUPPLIES[lg], rng.randint(4, 9)):
            offer = price * rng.uniform(0.7, 0.9)
            rows.append([serial(rng, "999-9999"), text, money(price, lg), money(offer, lg)])
        table(
            f,
            columns(m, w - m, [(1, "left"), (4.5, "left"), (1, "right"), (1, "right")]),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Product", "Artikel", "Produit"),
                tr(lg, "List", "Listenpreis", "Prix catalogue"),
                tr(lg, "Offer", "Aktion", "Promo"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
    pages.extend(f.pages)
    if rng.random() < 0.5:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(lg, "This month's highlights", "Highlights des Monats", "Nos coups de cœur"),
            s.bold,
            16,
        )
        cw, ch = (w - 2 * m - 20) / 2, (hh - 2 * m - 80) / 3
        for k in range(6):
            x0, y0 = m + (k % 2) * (cw + 20), m + 24 + (k // 2) * (ch + 12)
            photo(p, x0, y0, cw, ch - 40, rng)
            text, price = rng.choice(SUPPLIES[lg])
            p.text(x0, y0 + ch - 26, fit(text, s.bold, 9, cw), s.bold, 9)
            p.text(x0, y0 + ch - 13, cash(price * 0.8, lg), s.bold, 12)
        pages.append(p)
    if rng.random() < 0.5:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(lg, "Fax order form", "Faxbestellung", "Bon de commande par fax") + f"  {h.phone}",
            3,
        )
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                (tr(lg, "Practice", "Praxis", "Cabinet"), ""),
                (tr(lg, "Account no.", "Kunden-Nr.", "Code client"), ""),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=24,
        )
        blank = [["", "", "", ""] for _ in range(16)]
        table(
            g,
            columns(m, w - m, [(1, "left"), (4.5, "left"), (0.8, "right"), (1, "right")]),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Product", "Artikel", "Produit"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            blank,
            s,
            rules=True,
            step=2.2,
        )
        pages.extend(g.pages)
    close(pages, s, h, covers=0 if pages[0] is f.pages[0] else 1)
    remember(None, d)
    return pages


EQUIPMENT = {
    "en": [
        "Dental chair (Belmont Eurus)",
        "Compressor (Cattani 2-cylinder)",
        "Suction unit (Durr VS 600)",
        "Autoclave (Melag 31B+)",
        "Handpiece maintenance unit",
    ],
    "de": [
        "Behandlungseinheit (KaVo ESTETICA E70)",
        "Kompressor (Dürr Tornado 2)",
        "Sauganlage (Dürr VS 600)",
        "Autoklav (Melag Vacuklav 31 B+)",
        "Thermodesinfektor (Miele PG 8581)",
    ],
    "fr": [
        "Fauteuil (Sirona Intego)",
        "Compresseur (Cattani bicylindre)",
        "Aspiration (Dürr VS 600)",
        "Autoclave (W&H Lisa)",
        "Laveur-désinfecteur",
    ],
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment engineer's service report for a chair, compressor or suction unit: the
    visit, work done ticked, readings, parts used, hours and both signatures; sometimes the
    electrical safety checklist page behind it."""
    h = head_of(who, "service")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    d = pick_day(rng, ("radiation_report",), (5, 30))
    no = serial(rng, rng.choice(["SR99999", "KD-99999", "BI 99999"]))
    eq = rng.choice(EQUIPMENT[lg])
    f = sheets(s, h, f"{tr(lg, 'Service report', 'Servicebericht', 'Rapport d intervention')} {no}")
    caption(
        f,
        s,
        tr(lg, "SERVICE REPORT", "Servicebericht / Arbeitsnachweis", "RAPPORT D'INTERVENTION"),
        3,
    )
    ph = practice_head()
    engineer = staff_name(h, "eng")
    section(
        f,
        s,
        tr(lg, "Visit", "Einsatz", "Intervention"),
        [
            (tr(lg, "Customer", "Kunde", "Client"), ph.name),
            (tr(lg, "Report no.", "Bericht-Nr.", "N°"), no),
            (tr(lg, "Equipment", "Gerät", "Équipement"), eq),
            (tr(lg, "Serial no.", "Seriennr.", "N° de série"), serial(keyed(who, eq), "A99999999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), engineer),
        ],
        hand_=False,
    )
    f.y += 4
    f.page.text(m, f.y, tr(lg, "Reason for visit:", "Anlass:", "Motif :"), s.bold, 8.5)
    tick_row(
        f,
        s,
        [
            tr(lg, "Annual service", "Wartung", "Maintenance annuelle"),
            tr(lg, "Breakdown", "Störung", "Panne"),
            tr(lg, "Installation", "Installation", "Installation"),
            tr(lg, "Safety test", "STK / MTK", "Contrôle sécurité"),
        ],
        {rng.randint(0, 3)},
    )
    f.y += 4
    f.page.text(
        m,
        f.y,
        tr(lg, "Work carried out:", "Durchgeführte Arbeiten:", "Travaux effectués :"),
        s.bold,
        8.5,
    )
    f.y += 8
    for _ in range(rng.randint(3, 6)):
        hand(f.page, m + 4, f.y + 9, words(rng, lg, "tech", rng.randint(5, 10)), 9, w - 2 * m - 8)
        f.page.line(m, f.y + 12, w - m, f.y + 12)
        f.y += 16
    f.y += 8
    rows = [
        [
            serial(rng, "999999"),
            rng.choice(TALK[lg]["tech"].split()).capitalize() + " " + serial(rng, "AA-99"),
            str(rng.randint(1, 3)),
            money(rng.uniform(8, 180), lg),
        ]
        for _ in range(rng.randint(0, 4))
    ]
    if rows:
        table(
            f,
            columns(m, w - m, [(1, "left"), (4, "left"), (0.6, "right"), (1, "right")]),
            [
                tr(lg, "Part no.", "Teile-Nr.", "Réf."),
                tr(lg, "Parts used", "Material", "Pièces"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
    f.need(120)
    f.y += 6
    items = [
        (tr(lg, "Travel", "Anfahrt", "Déplacement"), f"{rng.randint(20, 90)} min"),
        (tr(lg, "Labour", "Arbeitszeit", "Main d'œuvre"), f"{rng.choice([1, 1.5, 2, 2.5, 3])} h"),
        (tr(lg, "Hours meter", "Betriebsstunden", "Compteur"), str(rng.randint(800, 19000))),
    ]
    f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=3, tall=24)
    tick_row(
        f,
        s,
        [
            tr(lg, "Equipment left working", "Gerät betriebsbereit", "Appareil en service"),
            tr(lg, "Further visit required", "Folgeeinsatz nötig", "Nouvelle intervention"),
        ],
        {0} if rng.random() < 0.8 else {1},
    )
    f.y += 26
    sign_line(f.page, s, m, f.y, 170, tr(lg, "Engineer", "Techniker", "Technicien"), engineer)
    sign_line(
        f.page,
        s,
        w - m - 170,
        f.y,
        170,
        tr(lg, "Customer", "Kunde", "Client"),
        rng.choice(STAFF).name,
        rng.random() < 0.8,
    )
    f.y += 20
    pages = f.pages
    if rng.random() < 0.5:
        g = sheets(s, h, f"{no} - {eq}")
        caption(
            g,
            s,
            tr(
                lg,
                "Electrical safety test record",
                "Prüfprotokoll nach DIN EN 62353",
                "Contrôle de sécurité électrique",
            ),
            1.5,
        )
        rows = []
        for t, unit, lim in [
            ("Protective earth resistance", "Ohm", "0.3"),
            ("Insulation resistance", "MOhm", "2"),
            ("Equipment leakage current", "mA", "0.5"),
            ("Patient leakage", "mA", "0.1"),
            ("Functional test", "", ""),
            ("Visual inspection", "", ""),
        ]:
            val = f"{rng.uniform(0.01, float(lim) * 0.7):.3f}" if lim else ""
            rows.append([t if lg == "en" else words(rng, lg, "tech", 3)[:-1], lim, val, unit, "x"])
        table(
            g,
            columns(
                m,
                w - m,
                [(3.5, "left"), (0.8, "right"), (0.8, "right"), (0.8, "left"), (0.6, "center")],
            ),
            [
                tr(lg, "Test", "Prüfung", "Essai"),
                tr(lg, "Limit", "Grenzwert", "Limite"),
                tr(lg, "Reading", "Messwert", "Mesure"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "OK", "i.O.", "OK"),
            ],
            rows,
            s,
            rules=True,
            step=2.0,
        )
        g.y += 10
        tick_row(
            g,
            s,
            [
                tr(lg, "Passed", "Bestanden", "Conforme"),
                tr(lg, "Failed", "Nicht bestanden", "Non conforme"),
            ],
            {0},
        )
        pages = pages + g.pages
    close(pages, s, h)
    remember(None, d, no)
    return pages


def tpl_amalgam_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The waste collector's note for amalgam waste (separator contents, capsules, extracted
    teeth with amalgam): England's hazardous waste consignment note in parts A-E, Germany's
    Übernahmeschein, France's bordereau de suivi; A4 or A5, filled in by hand, two signatures."""
    h = head_of(who, "waste")
    lg = h.lang
    r = keyed(who, "waste")
    size = r.choice([A4, A4, A5])
    small = size == A5
    s = style_of(h, size, margin=30 if small else 40, pt=7.5 if small else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    ph = practice_head()
    no = serial(rng, {"en": "AAAAAA/99999", "de": "UES999999999", "fr": "BSD-9999-999999"}[lg])
    p = Page(size)
    title = tr(
        lg,
        "Hazardous Waste Consignment Note",
        "Übernahmeschein (Begleitschein) - gefährliche Abfälle",
        "Bordereau de suivi des déchets dangereux",
    )
    pt_ = shrink(title, s.bold, 12, w - 2 * m - 90)
    p.text(m, m, title, s.bold, pt_)
    p.text(w - m, m, no, "Courier-Bold", 9, "right")
    p.text(
        m,
        m + 12,
        fit(f"{h.name}, {h.street}, {h.town}  {h.phone}", s.font, 7, w - 2 * m),
        s.font,
        7,
    )
    f = Sheets(size, hh - m, lambda pg, n: m)
    f.pages, f.page, f.y = [p], p, m + 22
    kg = rng.choice([0.5, 0.8, 1.2, 1.5, 2.0, 2.4])
    parts = [
        (
            tr(lg, "A  Producer / premises", "1 Erzeuger", "1 Producteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), ph.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{ph.street}, {ph.town}"),
                (
                    tr(lg, "SIC / premises code", "Erzeugernummer", "SIRET"),
                    serial(keyed(who, "prem"), "A99999"),
                ),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), rng.choice(STAFF).name),
            ],
        ),
        (
            tr(lg, "B  The waste", "2 Abfall", "2 Déchet"),
            [
                (
                    tr(lg, "Description", "Bezeichnung", "Dénomination"),
                    tr(
                        lg,
                        "Dental amalgam waste",
                        "Amalgamabfälle aus der Zahnmedizin",
                        "Déchets d'amalgame dentaire",
                    ),
                ),
                (tr(lg, "EWC code", "Abfallschlüssel (AVV)", "Code déchet"), "18 01 10*"),
                (
                    tr(lg, "Quantity (kg)", "Menge (kg)", "Quantité (kg)"),
                    f"{kg:.1f}".replace(".", "," if lg != "en" else "."),
                ),
                (
                    tr(lg, "Container", "Behälter", "Conditionnement"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Separator cartridge",
                                "Abscheiderkartusche",
                                "Cartouche séparateur",
                            ),
                            tr(lg, "Amalgam pot 1 l", "Sammelbehälter 1 l", "Pot amalgame 1 l"),
                        ]
                    ),
                ),
            ],
        ),
        (
            tr(lg, "C  Carrier", "3 Beförderer", "3 Transporteur"),
            [
                (tr(lg, "Company", "Firma", "Société"), h.name),
                (
                    tr(lg, "Registration", "Beförderernummer", "Récépissé"),
                    serial(keyed(who, "reg"), "CBDU999999"),
                ),
                (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), serial(rng, "AA99 AAA")),
                (tr(lg, "Date collected", "Übernahmedatum", "Date d'enlèvement"), short(d, lg)),
            ],
        ),
    ]
    for title_, items in parts:
        section(f, s, title_, items, per=2)
    f.need(60)
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "I certify that the information above is correct and that the waste "
            "hierarchy has been applied.",
            "Der Erzeuger bestätigt die Richtigkeit der Angaben.",
            "Je certifie l'exactitude des renseignements ci-dessus.",
        ),
        7,
    )
    f.y += 24
    sign_line(
        f.page,
        s,
        m,
        f.y,
        (w - 2 * m) / 2 - 20,
        tr(lg, "Producer", "Erzeuger", "Producteur"),
        rng.choice(STAFF).name,
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        (w - 2 * m) / 2 - 20,
        tr(lg, "Carrier (driver)", "Fahrer", "Chauffeur"),
        staff_name(h, "driver"),
    )
    f.y += 22
    if not small and f.y < hh - m - 60:
        section(
            f,
            s,
            tr(lg, "E  Consignee", "4 Entsorger", "4 Installation de destination"),
            [
                (
                    tr(lg, "Site", "Anlage", "Installation"),
                    rng.choice(
                        ["Mercury recovery plant", "Quecksilber-Recycling", "Centre de traitement"]
                    ),
                ),
                (tr(lg, "Received", "Angenommen", "Reçu"), ""),
            ],
            per=2,
        )
    pages = f.pages
    if len(pages) > 1:
        close(pages, s, h, numbers="{i}/{n}")
    if rng.random() < 0.4:
        pages.append(disposal_certificate(rng, who, h, d))
    remember(None, d, no)
    return pages


def disposal_certificate(rng: random.Random, who: Issuer, h: Head, d: date) -> Page:
    """The collector's certificate for the previous collection, left with the new note."""
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h)
    before = d - timedelta(days=rng.choice([91, 182, 365]))
    caption(
        f,
        s,
        tr(
            lg,
            "Certificate of recovery",
            "Entsorgungsnachweis / Verwertungsbestätigung",
            "Certificat d'élimination",
        ),
        3,
        rule=True,
    )
    f.y = (
        facts(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (tr(lg, "Producer", "Abfallerzeuger", "Producteur"), practice_head().name),
                (tr(lg, "Collected", "Abholung", "Enlèvement"), day(h, before)),
                (
                    tr(lg, "Waste", "Abfall", "Déchet"),
                    "18 01 10* " + tr(lg, "amalgam", "Amalgam", "amalgame"),
                ),
                (tr(lg, "Quantity", "Menge", "Quantité"), f"{rng.uniform(0.4, 2.6):.2f} kg"),
                (
                    tr(lg, "Mercury recovered", "Rückgewonnenes Quecksilber", "Mercure récupéré"),
                    f"{rng.uniform(40, 900):.0f} g",
                ),
            ],
            150,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    f.y += 24
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Operations manager", "Betriebsleitung", "Responsable de site"),
        staff_name(h, "ops"),
    )
    stamp(
        f.page,
        w - m - 170,
        f.y - 30,
        [h.name.split()[0].upper(), tr(lg, "CERTIFIED", "BESTÄTIGT", "CERTIFIÉ")],
    )
    return close(f.pages, s, h, numbers="none")[0]


FEES_BODY = {
    "General Dental": [
        ("Annual Retention Fee - dentist", 680.0),
        ("Specialist list fee", 72.0),
    ],
    "British Dental": [
        ("Membership subscription (Essential)", 420.0),
        ("Indemnity and advice extension", 150.0),
        ("Local branch subscription", 25.0),
    ],
    "Landeszahn": [
        ("Kammerbeitrag", 585.0),
        ("Fortbildungsumlage", 45.0),
        ("Beitrag Zahnärztliche Akademie", 90.0),
    ],
    "Kassenzahn": [
        ("Verwaltungskostenbeitrag (Quartalsabschlag)", 1180.0),
        ("Sicherstellungsumlage", 120.0),
        ("Notdienstumlage", 60.0),
    ],
    "Ordre National": [
        ("Cotisation ordinale", 472.0),
        ("Part conseil régional", 38.0),
        ("Part conseil national", 210.0),
    ],
    "Conseil": [
        ("Cotisation ordinale - part départementale", 224.0),
        ("Majoration pour retard", 45.0),
        ("Cotisation société d'exercice (SELARL)", 380.0),
    ],
}


def tpl_membership_fee(rng: random.Random, who: Issuer) -> list[Page]:
    """A professional body's or chamber's fee notice (GDC retention fee, Beitragsbescheid der
    Kammer, appel de cotisation de l'Ordre) to a dentist: the fees for the year, how to pay, the
    payment slip at the foot; sometimes a leaflet page behind it."""
    h = head_of(who, "chamber")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    year = d.year + (1 if d.month > 9 else 0)
    doc = rng.choice(DENTISTS)
    reg = serial(keyed(who, doc), "999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [
            doc,
            *practice_lines()[0:0],
            practice_head().street,
            practice_head().town,
        ],
        d,
        [(tr(lg, "Registration no.", "Mitglieds-Nr.", "N° ordinal"), reg)],
    )
    title = tr(lg, f"Annual fee {year}", f"Beitragsbescheid {year}", f"Appel de cotisation {year}")
    caption(f, s, title, 3)
    write(
        f,
        s,
        dear(lg, None) if lg != "de" else "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    body = next(v for k, v in FEES_BODY.items() if h.name.startswith(k))
    items = [body[0], *rng.sample(body[1:], rng.randint(0, len(body) - 2))]
    rows = [[t, cash(v, lg)] for t, v in items]
    total = sum(v for _, v in items)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.4, "right")]),
        [tr(lg, "Fee", "Beitragsart", "Cotisation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
    )
    f.page.text(w * 0.5, f.y, tr(lg, "Total due", "Zu zahlen", "Total à régler"), s.bold, s.size)
    f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
    f.y += 18
    due = date(year, rng.choice([1, 3, 4]), rng.choice([1, 15, 31 if False else 28]))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due by {day(h, due)}. You will not be able to practise if your "
            "registration lapses.",
            f"Der Beitrag ist fällig am {short(due, lg)}. Bei Erteilung "
            "eines SEPA-Lastschriftmandats wird der Betrag abgebucht.",
            f"Cotisation exigible avant le {short(due, lg)}, par prélèvement ou en ligne "
            "sur l'espace ordinal.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff_name(h, "reg"),
        tr(lg, "Registrar", "Geschäftsführung", "Le Trésorier"),
        False,
    )
    p = f.page
    if f.y < hh - m - 150:
        y = hh - m - 135
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please detach and return with your payment",
                "Zahlschein - bitte abtrennen",
                "Talon à joindre à votre règlement",
            ),
        )
        y += 14
        p.rect(m, y, w - 2 * m, 100)
        yy = facts(
            p,
            s,
            m + 8,
            y + 14,
            [
                (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), h.name),
                (
                    "IBAN" if lg != "en" else "Sort code / account",
                    iban(keyed(who, "iban"), lg)
                    if lg != "en"
                    else f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} "
                    f"{rng.randint(10000000, 99999999)}",
                ),
                (tr(lg, "Reference", "Verwendungszweck", "Référence"), f"{reg}/{year}"),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(total, lg)),
            ],
            110,
        )
        del yy
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.45:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "What your fee pays for",
                "Informationen zum Beitrag",
                "À quoi sert votre cotisation",
            ),
            4,
        )
        for _ in range(rng.randint(3, 5)):
            g.heading(m, words(rng, lg, "legal", 4)[:-1], s.bold, s.size + 0.5)
            write(g, s, prose(rng, lg, "legal", 2, 4))
        pages.extend(close(g.pages, s, h, numbers="none"))
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's or managing agent's rent invoice for the practice premises (quarterly
    rent demand, Mietrechnung, avis d'échéance): rent, service charge, insurance, VAT, bank
    details; sometimes the service charge statement on a page of its own."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["99999", "RD/9999", "AE-99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref.", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "tenant"), "A999"),
            ),
            (tr(lg, "Demand no.", "Rechnungs-Nr.", "Avis n°"), no),
        ],
    )
    q = (d.month - 1) // 3
    period = tr(
        lg,
        f"Quarter {short(date(d.year, q * 3 + 1, 1), lg)} - "
        f"{short(date(d.year, q * 3 + 3, 28), lg)}",
        f"Miete {date_text(d, lg, 'long').split(' ', 1)[1]}",
        f"Échéance du {short(date(d.year, d.month, 1), lg)}",
    )
    caption(f, s, tr(lg, "RENT DEMAND", "Mietrechnung", "AVIS D'ÉCHÉANCE"), 3)
    f.page.text(m, f.y, period, s.font, s.size)
    f.y += 18
    rent = round(rng.uniform(1800, 4200) * (3 if lg == "en" else 1), -1)
    rows = [
        [tr(lg, "Rent", "Nettokaltmiete Praxisräume", "Loyer"), cash(rent, lg)],
        [
            tr(
                lg, "Service charge on account", "Nebenkostenvorauszahlung", "Provision sur charges"
            ),
            cash(round(rent * 0.12, 2), lg),
        ],
    ]
    net = rent * 1.12
    if rng.random() < 0.5:
        ins = round(rent * 0.03, 2)
        rows.append(
            [
                tr(lg, "Building insurance", "Stellplätze (3)", "Taxe foncière (quote-part)"),
                cash(ins, lg),
            ]
        )
        net += ins
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.4, "right")]),
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        {"en": 20.0, "de": 19.0, "fr": 20.0}[lg] if rng.random() < 0.7 else 0.0,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due on the quarter day. Please pay by standing order.",
            "Die Miete ist monatlich im Voraus bis zum 3. Werktag fällig.",
            "Le règlement est à effectuer avant le 5 du mois par virement.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        g = sheets(s, h, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Service charge statement",
                "Nebenkostenabrechnung",
                "Régularisation des charges",
            ),
            2,
        )
        rows = []
        tot = 0.0
        for t in tr(
            lg,
            "Cleaning of common parts|Lift maintenance|Lighting|Refuse collection|Insurance|"
            "Management fee",
            "Grundsteuer|Wasser/Abwasser|Müllabfuhr|Hausmeister|Aufzug|Gebäudeversicherung",
            "Entretien parties communes|Ascenseur|Électricité communs|Ordures ménagères|Assurance",
        ).split("|"):
            total_ = round(rng.uniform(400, 9000), 2)
            share = rng.uniform(0.08, 0.3)
            rows.append([t, money(total_, lg), f"{share * 100:.1f} %", money(total_ * share, lg)])
            tot += total_ * share
        table(
            g,
            columns(m, w - m, [(3.5, "left"), (1.2, "right"), (0.8, "right"), (1.2, "right")]),
            [
                tr(lg, "Cost", "Kostenart", "Poste"),
                tr(lg, "Building", "Gesamt", "Immeuble"),
                tr(lg, "Share", "Anteil", "Quote-part"),
                tr(lg, "Your share", "Ihr Anteil", "Votre part"),
            ],
            rows,
            s,
            rules=True,
        )
        g.y += 6
        g.page.text(w * 0.5, g.y, tr(lg, "Your share", "Summe Ihr Anteil", "Total"), s.bold, s.size)
        g.page.text(w - m, g.y, cash(tot, lg), s.bold, s.size, "right")
        pages.extend(close(g.pages, s, h, numbers="none"))
    received(rng, pages[0], home(), d, 0.25)
    remember(None, d, no)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def noted(name: str, tpl: Template) -> Template:
    """``tpl`` writing down its kind, so that a companion can take up the same patient."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "treatment_plan": tpl_treatment_plan,
    "insurer_letter": tpl_insurer_letter,
    "lab_delivery": tpl_lab_delivery,
    "lab_invoice": tpl_lab_invoice,
    "consent_form": tpl_consent_form,
    "medical_history": tpl_medical_history,
    "referral_letter": tpl_referral_letter,
    "specialist_report": tpl_specialist_report,
    "radiation_report": tpl_radiation_report,
    "steri_log": tpl_steri_log,
    "supply_invoice": tpl_supply_invoice,
    "price_list": tpl_price_list,
    "patient_invoice": tpl_patient_invoice,
    "payment_reminder": tpl_payment_reminder,
    "service_report": tpl_service_report,
    "amalgam_note": tpl_amalgam_note,
    "payslip": tpl_payslip,
    "rota": tpl_rota,
    "membership_fee": tpl_membership_fee,
    "rent_invoice": tpl_rent_invoice,
}
TEMPLATES_SS: dict[str, Template] = {k: noted(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "lab_delivery",
    "medical_history",
    "patient_invoice",
    "payment_reminder",
    "insurer_letter",
    "steri_log",
    "amalgam_note",
    "payslip",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "treatment_plan": "insurer_letter",
    "lab_delivery": "lab_invoice",
    "referral_letter": "specialist_report",
    "patient_invoice": "payment_reminder",
    "radiation_report": "service_report",
    "consent_form": "medical_history",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_crock_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One practice's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.45) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The practice
    (country, name, dentists, staff, patients, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    PRACTICE["lang"] = lang
    PRACTICE["row"] = r.randrange(len(PRACTICES[lang]))
    PRACTICE["seed"] = r.getrandbits(24)
    PRACTICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    row = int(PRACTICE["row"])  # type: ignore[call-overload]
    PATIENTS[:] = [a_patient(r, lang, row) for _ in range(r.randint(8, 16))]
    title = {"en": "Dr", "de": "Dr.", "fr": "Dr"}[lang]
    DENTISTS[:] = [f"{title} " + " ".join(a_name(r, lang)[:2]) for _ in range(r.randint(1, 3))]
    for k, name in enumerate(PRINCIPALS.get(PRACTICES[lang][row][0], [])):
        DENTISTS[k : k + 1] = [name]
    STAFF[:] = []
    for k in range(r.randint(3, 7)):
        first, last, _ = a_name(r, lang, r.random() < 0.85)
        role = ROLES[lang][k % len(ROLES[lang])]
        hours = r.choice([16, 20, 24, 30, 37.5, 38.5, 40])
        rate = {
            "en": r.uniform(11.5, 17.0),
            "de": r.uniform(15.0, 22.0),
            "fr": r.uniform(12.5, 17.0),
        }[lang]
        ref = {"en": serial(r, "AA 99 99 99 A"), "de": serial(r, "9999"), "fr": serial(r, "M9999")}[
            lang
        ]
        STAFF.append(Member(f"{first} {last}", role, hours, round(rate, 2), ref))
    LAST.update(kind="", patient=None, day=None, ref="")
    run_odds = dict.fromkeys(RUN_KINDS, 0.45) | {"amalgam_note": 0.25, "steri_log": 0.35}
    return assemble_stream(
        rng, TEMPLATES_SS, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_crock_stream, "templates SS")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

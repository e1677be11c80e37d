"""Wallet part of the generated corpus: templates W, written blind for the next measurement.

Another part, ``wallet``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the administration
office of a group medical practice (a GP surgery in England, a Hausarztpraxis in Germany, a
cabinet medical or maison de sante in France) feeds through its scanner at the end of each
day: hospital clinic letters (an Arztbrief, a compte rendu de consultation) with the
medication list, discharge summaries (Entlassbrief, lettre de liaison) sent by fax with the
ward's fax cover sheet and the laboratory values page behind, laboratory reports with
reference ranges and flags, radiology reports (Befundbericht, compte rendu d'imagerie) with a
page of key images, the practice's own referrals (an e-referral letter with the patient
summary printout, a Muster 6 Ueberweisungsschein on landscape A5 with its covering letter, a
lettre d'adressage), repeat prescription requests (the tear-off repeat slip with the items
ticked by hand, a nursing home's Rezeptbestellung, a pharmacy's demande de renouvellement),
copies of hand-written fit notes (MED3, Arbeitsunfaehigkeitsbescheinigung, avis d'arret de
travail), insurers' and agencies' requests for a medical report with the patient's signed
consent and the questionnaire, the practice's report in reply with its fee invoice, new
patient registration forms with the health questionnaire, the payers' payment statements
(NHS England GP statement, KV Honorarbescheid, CPAM releve) over several pages with landscape
tables, medical suppliers' invoices with the terms on the back and their delivery notes on
A5, vaccine fridge temperature logs on landscape A4, clinical waste consignment notes (a
Uebernahmeschein, a BSDASRI), equipment service reports with the electrical safety test list
and a calibration certificate, locum doctors' invoices with the pension form or the session
list, patients' hand-written letters (some with a photocopy enclosed), out-of-hours
consultation reports and pharmacies' faxed prescription queries with the doctor's answer
written on them. Each sender writes in its own language (English, German or French); page
sizes range from narrow repeat slips, A6 and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it
in the patient's record or under the supplier: the medication page of a clinic letter, the fax
cover sheet and laboratory values page of a discharge summary, the continuation page of a
laboratory report, the key images page of a radiology report, the patient summary printout
behind an e-referral and the covering letter in front of a Muster 6 form, the consent form and
questionnaire pages of an insurer's request, the fee invoice behind the practice's report,
the health questionnaire of a registration form, every page of a payment statement, the
terms page of an invoice, the safety test list and calibration certificate of a service
report, the pension form or session list behind a locum's invoice and the photocopy a patient
encloses with a letter belong to their document. The hospital's reply to a referral, the
practice's report for an insurer's request, a pharmacy's query about a repeat request, the
discharge summary after an out-of-hours visit and the invoice after a delivery note are
documents of their own, and so is each laboratory report, repeat request, fit note, delivery
note, fridge log, waste note and out-of-hours report of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: laboratory reports, repeat
requests, fit notes, delivery notes, fridge logs, waste consignment notes and out-of-hours
reports often come 2-4 in a row from one sender with other patients, dates, numbers and
amounts; and companions: a referral is often followed by the hospital's clinic letter about
the same patient, an insurer's request by the practice's report, a repeat request by the
pharmacy's query, an out-of-hours report by the discharge summary and a delivery note by the
supplier's invoice. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "wallet"`` and seeds offset by 2_200_000.

Usage: ``python benchmarks/corpus_wallet.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/wallet/wallet_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape
from reportlab.lib.units import mm

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    box,
    caption,
    close,
    columns,
    currency,
    date_text,
    day,
    fit,
    money,
    pairs,
    paper,
    part_generate,
    part_main,
    running_header,
    serial,
    shrink,
    table,
    ticks,
    tr,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "wallet"
SEED_OFFSET = 2_200_000

# ---------------------------------------------------------------------------------------------
# Where the practice is and who writes to it
# ---------------------------------------------------------------------------------------------

#: The practice's area and the language written there.
AREAS = {
    "reading": "en",
    "york": "en",
    "kassel": "de",
    "freiburg": "de",
    "angers": "fr",
    "dijon": "fr",
}

# name, area (or language for senders from anywhere in the country), street, town, telephone
Firm = tuple[str, str, str, str, str]
ROLES: dict[str, list[Firm]] = {
    "practice": [
        (
            "Riverside Medical Centre",
            "reading",
            "14 Wharf Street",
            "Reading RG1 3PL",
            "0118 959 4420",
        ),
        (
            "Tilehurst Village Surgery",
            "reading",
            "92 Bath Road",
            "Reading RG30 2HA",
            "0118 942 7611",
        ),
        (
            "Clifton Moor Health Centre",
            "york",
            "Kettlestring Lane",
            "York YO30 4XF",
            "01904 690 811",
        ),
        ("The Minster Surgery", "york", "2 Lord Mayor's Walk", "York YO31 7HB", "01904 622 130"),
        (
            "Hausarztpraxis am Rosengarten - Dr. med. K. Lenz und Dr. med. A. Yilmaz",
            "kassel",
            "Rosengartenstrasse 7",
            "34117 Kassel",
            "0561 77 41 20",
        ),
        (
            "Gemeinschaftspraxis Dres. Vogt & Hartung",
            "freiburg",
            "Habsburgerstrasse 41",
            "79104 Freiburg",
            "0761 28 66 90",
        ),
        (
            "Maison de sante pluriprofessionnelle des Capucins",
            "angers",
            "5 rue des Capucins",
            "49100 Angers",
            "02 41 87 33 10",
        ),
        (
            "Cabinet medical Mercier - Lambert - Ngoma",
            "dijon",
            "18 avenue Jean Jaures",
            "21000 Dijon",
            "03 80 41 62 05",
        ),
    ],
    "hospital": [
        (
            "Royal Berkshire NHS Foundation Trust",
            "reading",
            "London Road",
            "Reading RG1 5AN",
            "0118 322 5111",
        ),
        (
            "York and Scarborough Teaching Hospitals NHS Foundation Trust",
            "york",
            "Wigginton Road",
            "York YO31 8HE",
            "01904 631 313",
        ),
        (
            "Klinikum Kassel GmbH",
            "kassel",
            "Moenchebergstrasse 41-43",
            "34125 Kassel",
            "0561 980 0",
        ),
        (
            "Universitaetsklinikum Freiburg",
            "freiburg",
            "Hugstetter Strasse 55",
            "79106 Freiburg",
            "0761 270 0",
        ),
        (
            "Centre Hospitalier Universitaire d'Angers",
            "angers",
            "4 rue Larrey",
            "49933 Angers cedex 9",
            "02 41 35 36 37",
        ),
        (
            "CHU Dijon Bourgogne",
            "dijon",
            "14 rue Paul Gaffarel",
            "21079 Dijon cedex",
            "03 80 29 30 31",
        ),
    ],
    "lab": [
        ("Berkshire Pathology Services", "reading", "Level 2, North Block", "Reading RG1 5AN", ""),
        ("York Pathology Laboratory", "york", "Wigginton Road", "York YO31 8HE", "01904 726 000"),
        (
            "MVZ Labor Nordhessen GmbH",
            "kassel",
            "Wilhelmshoeher Allee 262",
            "34131 Kassel",
            "0561 3 16 00",
        ),
        ("Labor Dr. Wenger & Kollegen", "freiburg", "Engesserstrasse 4", "79108 Freiburg", ""),
        (
            "Laboratoire Biolo'Anjou",
            "angers",
            "12 boulevard Foch",
            "49100 Angers",
            "02 41 88 14 60",
        ),
        ("Cerballiance Bourgogne", "dijon", "3 rue de la Prefecture", "21000 Dijon", ""),
    ],
    "radiology": [
        ("Circle Reading Hospital - Imaging", "reading", "100 Drake Way", "Reading RG2 0NE", ""),
        ("Nuffield Health York Hospital - Radiology", "york", "Haxby Road", "York YO31 8TA", ""),
        (
            "Radiologische Gemeinschaftspraxis Kassel-Mitte",
            "kassel",
            "Obere Koenigsstrasse 15",
            "34117 Kassel",
            "0561 70 15 0",
        ),
        ("Radiologie im Zentrum Freiburg", "freiburg", "Bismarckallee 2", "79098 Freiburg", ""),
        (
            "Centre d'imagerie medicale Saint-Serge",
            "angers",
            "2 rue Saint-Serge",
            "49100 Angers",
            "",
        ),
        ("Imagerie Medicale Darcy", "dijon", "7 place Darcy", "21000 Dijon", "03 80 30 11 70"),
    ],
    "insurer": [
        ("Aviva Life - Underwriting", "en", "PO Box 520", "Norwich NR1 3WG", "0800 015 4773"),
        ("Legal & General Assurance Society", "en", "City Park, The Droveway", "Hove BN3 7PY", ""),
        (
            "Department for Work and Pensions - Health Assessment Advisory Service",
            "en",
            "Freepost HAAS",
            "Wolverhampton WV98 1RJ",
            "",
        ),
        (
            "AOK Hessen - Die Gesundheitskasse",
            "kassel",
            "Friedrich-Ebert-Strasse 5",
            "34117 Kassel",
            "",
        ),
        ("AOK Baden-Wuerttemberg", "freiburg", "Fahnenbergplatz 6", "79098 Freiburg", ""),
        ("Deutsche Rentenversicherung Bund", "de", "Ruhrstrasse 2", "10709 Berlin", ""),
        (
            "CNP Assurances - Service Medical Emprunteur",
            "fr",
            "4 promenade Coeur de Ville",
            "92130 Issy",
            "",
        ),
        (
            "Caisse Primaire d'Assurance Maladie de Maine-et-Loire",
            "angers",
            "32 rue Louis Gain",
            "49937 Angers",
            "",
        ),
        ("CPAM de la Cote-d'Or", "dijon", "8 rue du Docteur Maret", "21045 Dijon cedex", ""),
    ],
    "payer": [
        ("NHS England - Primary Care Support", "en", "PO Box 350", "Darlington DL1 9QN", ""),
        (
            "Kassenaerztliche Vereinigung Hessen",
            "kassel",
            "Europa-Allee 90",
            "60486 Frankfurt am Main",
            "069 24741 0",
        ),
        (
            "Kassenaerztliche Vereinigung Baden-Wuerttemberg",
            "freiburg",
            "Sundgauallee 27",
            "79114 Freiburg",
            "0761 884 0",
        ),
        (
            "Assurance Maladie - CPAM de Maine-et-Loire",
            "angers",
            "32 rue Louis Gain",
            "49937 Angers",
            "",
        ),
        (
            "Assurance Maladie - CPAM de la Cote-d'Or",
            "dijon",
            "8 rue du Docteur Maret",
            "21045 Dijon",
            "",
        ),
    ],
    "supplier": [
        ("Williams Medical Supplies Ltd", "en", "Craiglee House, Rhymney", "Tredegar NP22 5NR", ""),
        (
            "Medisave UK Ltd",
            "en",
            "Unit 6, Tribune Drive",
            "Sittingbourne ME10 2PG",
            "01747 851 500",
        ),
        (
            "Alliance Healthcare (Distribution) Ltd",
            "en",
            "Unit 2, Brunel Way",
            "Reading RG7 4AB",
            "",
        ),
        (
            "Praxisdienst Mediversand GmbH",
            "de",
            "Dieselstrasse 5-6",
            "61191 Rosbach",
            "06003 814 0",
        ),
        ("Hospitalia Praxisbedarf GmbH", "de", "Siemensstrasse 14", "73527 Schwaebisch Gmuend", ""),
        (
            "Distrimed SAS",
            "fr",
            "ZI de la Plaine, 11 rue Gutenberg",
            "59160 Lomme",
            "03 20 22 48 48",
        ),
        ("Medical Direct Ouest", "fr", "Parc d'activites du Moulin", "49070 Beaucouze", ""),
    ],
    "waste": [
        (
            "Sharpsmart Clinical Waste",
            "en",
            "Unit 8, Brookside Business Park",
            "Stoke ST15 0RZ",
            "",
        ),
        ("Initial Medical Services", "en", "Bankside Trade Park", "York YO26 6QL", ""),
        ("Remondis Medison GmbH", "de", "Brunnenstrasse 138", "44536 Luenen", ""),
        ("Cosenval", "fr", "2 rue Paul Cezanne", "49000 Angers", ""),
        ("Stericycle France", "fr", "Zone industrielle Nord", "21800 Quetigny", ""),
    ],
    "service": [
        ("MediServe Equipment Services Ltd", "en", "Unit 3, Cutbush Park", "Reading RG2 9AE", ""),
        ("Northern Biomedical Ltd", "en", "Hospital Fields Road", "York YO10 4DZ", ""),
        ("MTK Medizintechnik Kassel", "de", "Sandershaeuser Strasse 79", "34123 Kassel", ""),
        ("Breisgau Medizintechnik GmbH", "de", "Tullastrasse 84", "79108 Freiburg", ""),
        ("Biomedical Service Loire", "fr", "8 rue Eugene Freyssinet", "49000 Ecouflant", ""),
    ],
    "pharmacy": [
        ("Boots Pharmacy", "reading", "1 Broad Street", "Reading RG1 2BH", "0118 957 4041"),
        ("Tilehurst Pharmacy", "reading", "66 School Road", "Reading RG31 5AW", "0118 942 2031"),
        ("Clifton Pharmacy", "york", "3 Clifton Green", "York YO30 6LH", "01904 655 212"),
        ("Lloyds Pharmacy", "york", "Monks Cross Drive", "York YO32 9GX", ""),
        ("Loewen-Apotheke", "kassel", "Friedrich-Ebert-Strasse 68", "34119 Kassel", "0561 1 29 55"),
        ("Seniorenzentrum Am Weinberg", "kassel", "Weinbergstrasse 12", "34117 Kassel", ""),
        ("Bertoldsbrunnen-Apotheke", "freiburg", "Kaiser-Joseph-Strasse 206", "79098 Freiburg", ""),
        ("Pflegeheim St. Carolus", "freiburg", "Karlstrasse 33", "79104 Freiburg", ""),
        (
            "Pharmacie du Ralliement",
            "angers",
            "2 place du Ralliement",
            "49100 Angers",
            "02 41 87 42 10",
        ),
        ("Pharmacie Darcy", "dijon", "9 place Darcy", "21000 Dijon", "03 80 30 22 74"),
    ],
    "ooh": [
        (
            "Westcall - Out of Hours GP Service",
            "reading",
            "Royal Berkshire Hospital",
            "Reading RG1 5AN",
            "",
        ),
        ("Vocare - York Out of Hours", "york", "York Hospital site", "York YO31 8HE", "111"),
        (
            "Aerztlicher Bereitschaftsdienst der KV Hessen - Bereitschaftsdienstzentrale Kassel",
            "kassel",
            "Moenchebergstrasse 41",
            "34125 Kassel",
            "116117",
        ),
        (
            "Notfallpraxis Freiburg - Aerztlicher Bereitschaftsdienst",
            "freiburg",
            "Hugstetter Strasse 55",
            "79106 Freiburg",
            "116117",
        ),
        ("SOS Medecins Angers", "angers", "27 boulevard Ayrault", "49100 Angers", "02 41 33 16 33"),
        ("SOS Medecins Dijon", "dijon", "10 rue de Mulhouse", "21000 Dijon", "03 80 59 80 80"),
    ],
}
LOCUMS = {
    "en": ["Dr Hannah Okoro", "Dr James Whitlock", "Dr Sunita Rao", "Dr Gareth Evans"],
    "de": ["Dr. med. Felix Brandner", "Dr. med. Imke Sievers", "Dr. med. Jonas Ackermann"],
    "fr": ["Dr Claire Fontaine", "Dr Mehdi Saidi", "Dr Aurelie Marchand"],
}
PEOPLE = {
    "en": [
        "Dr Rachel Coombes",
        "Dr Amir Hussain",
        "Dr Fiona McBride",
        "Dr Tom Ellison",
        "Dr Grace Adeyemi",
        "Dr Martin Hale",
        "Dr Priya Nair",
        "Dr Oliver Stanton",
    ],
    "de": [
        "Dr. med. Katrin Lenz",
        "Dr. med. Aylin Yilmaz",
        "Dr. med. Bernd Vogt",
        "Dr. med. Ute Hartung",
        "Prof. Dr. med. Stefan Roemer",
        "Dr. med. Tobias Kessler",
        "Dr. med. Miriam Albers",
        "Dr. med. Hendrik Sauer",
        "Dr. med. Lisa Brauckmann",
        "PD Dr. med. Ralf Urban",
        "Dr. med. Nesrin Arslan",
    ],
    "fr": [
        "Dr Anne Mercier",
        "Dr Paul Lambert",
        "Dr Josephine Ngoma",
        "Dr Francois Girard",
        "Pr Isabelle Moreau",
        "Dr Nicolas Perret",
        "Dr Lea Dubois",
        "Dr Vincent Roussel",
        "Dr Amelie Garnier",
        "Dr Samir Belkacem",
    ],
}
STAFF = {
    "en": ["Karen Wells", "Debbie Marsh", "Sam Kowalski", "Lisa Chapman", "Jade Holt"],
    "de": ["Sandra Becker", "Melanie Kraus", "Jana Schubert", "Nicole Wagner", "Petra Haas"],
    "fr": ["Sylvie Renaud", "Nathalie Caron", "Emilie Brun", "Sandrine Roche", "Manon Petit"],
}
FIRST = {
    "en": {
        "F": ["Margaret", "Susan", "Emma", "Chloe", "Patricia", "Aisha", "Joan", "Kelly", "Olivia"],
        "M": ["David", "Peter", "Mohammed", "Kevin", "Arthur", "Daniel", "Ryan", "George", "Ian"],
    },
    "de": {
        "F": ["Ingrid", "Sabine", "Lea", "Elif", "Monika", "Hannelore", "Julia", "Marta"],
        "M": ["Horst", "Juergen", "Lukas", "Mehmet", "Wolfgang", "Felix", "Dieter", "Kai"],
    },
    "fr": {
        "F": ["Monique", "Sophie", "Camille", "Fatima", "Jacqueline", "Ines", "Martine", "Lucie"],
        "M": ["Jean-Pierre", "Michel", "Hugo", "Karim", "Bernard", "Thomas", "Alain", "Yanis"],
    },
}
LAST = {
    "en": [
        "Thompson",
        "Patel",
        "Hughes",
        "Walsh",
        "Robinson",
        "Begum",
        "Clarke",
        "Foster",
        "Ward",
        "Lewis",
        "Nowak",
        "Bennett",
        "Khan",
        "Harris",
        "Gibson",
    ],
    "de": [
        "Mueller",
        "Schneider",
        "Becker",
        "Yildiz",
        "Hoffmann",
        "Schaefer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Kowalczyk",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Petit",
        "Robert",
        "Richard",
        "Durand",
        "Leroy",
        "Moreau",
        "Benali",
        "Fournier",
        "Girard",
        "Bonnet",
        "Lefebvre",
        "Nguyen",
    ],
}
ROADS = {
    "en": [
        "Oxford Road",
        "Church Street",
        "Elm Park",
        "Hamilton Avenue",
        "Victoria Way",
        "The Mount",
    ],
    "de": ["Goethestrasse", "Am Lindenberg", "Wilhelmsstrasse", "Holunderweg", "Schillerstrasse"],
    "fr": [
        "rue Saint-Aubin",
        "boulevard Carnot",
        "rue des Lices",
        "allee des Tilleuls",
        "rue Monge",
    ],
}
TOWNS = {
    "reading": ["Reading RG1 6NX", "Reading RG30 4BL", "Reading RG31 6UP", "Theale RG7 5AL"],
    "york": ["York YO30 5QD", "York YO31 0LT", "York YO24 3HF", "Haxby YO32 3QZ"],
    "kassel": ["34117 Kassel", "34130 Kassel", "34246 Vellmar", "34225 Baunatal"],
    "freiburg": ["79104 Freiburg", "79110 Freiburg", "79211 Denzlingen", "79224 Umkirch"],
    "angers": ["49100 Angers", "49000 Angers", "49130 Les Ponts-de-Ce", "49800 Trelaze"],
    "dijon": ["21000 Dijon", "21300 Chenove", "21800 Quetigny", "21121 Fontaine-les-Dijon"],
}
KASSEN = ["AOK Hessen", "TK", "Barmer", "DAK-Gesundheit", "IKK classic", "BKK Melitta Plus"]
KASSEN_BW = ["AOK Baden-Wuerttemberg", "TK", "Barmer", "DAK-Gesundheit", "hkk", "BKK Mobil"]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "MAAF Sante", "Malakoff Humanis", "Mutuelle Familiale"]
TALK = {
    "en": "patient reviewed clinic history examination symptoms blood pressure medication dose "
    "follow-up results scan referral management plan pain review advice weeks tablets daily "
    "improvement bloods repeat stable ongoing breathless discussed options",
    "de": "Patient Patientin Anamnese Befund Untersuchung Beschwerden Blutdruck Medikation Dosis "
    "Kontrolle Therapie Verlauf Empfehlung Wiedervorstellung Schmerzen Tabletten taeglich "
    "Besserung unauffaellig Labor stabil Belastung Aufklaerung",
    "fr": "patient patiente antecedents examen clinique symptomes tension traitement posologie "
    "controle bilan evolution conseils consultation douleur comprimes jour amelioration suivi "
    "normal biologie stable essoufflement explique",
}
GLUES = {
    "en": "the of and to for with on at by from this is are was has been the her his we",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem wurde seit wir",
    "fr": "le la les et de du pour avec sur par est sont a ete au aux des une un nous",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A sentence of the consulting room in ``lang``: medical words mixed with glue."""
    trade, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(trade if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 2, 5) + timedelta(days=rng.randint(0, 700))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its practice and
    patient."""
    return random.Random(zlib.crc32(f"wallet/{key}/{who.name}/{who.street}/{who.city}".encode()))


def area(who: Issuer) -> str:
    return seeded(who, "area").choice(
        ["reading", "reading", "york", "york", "kassel", "freiburg", "angers", "dijon"]
    )


def lang_of(who: Issuer) -> str:
    return AREAS[area(who)]


# ---------------------------------------------------------------------------------------------
# Patients: the first document of a kind from a sender in a stream is about the issuer's
# patient (so that a companion is about the same person); the next ones of a run are not.
# ---------------------------------------------------------------------------------------------


@dataclass
class Patient:
    first: str
    last: str
    sex: str
    born: date
    street: str
    town: str
    number: str  # NHS number, Versichertennummer, NIR
    cover: str  # German Krankenkasse, French mutuelle, English practice list number

    def name(self, lang: str, formal: bool = False) -> str:
        if lang == "de":
            t = "Frau" if self.sex == "F" else "Herr"
        elif lang == "fr":
            t = "Mme" if self.sex == "F" else "M."
        else:
            t = "Mrs" if self.sex == "F" else "Mr"
        if formal and lang == "fr":
            return f"{t} {self.last.upper()} {self.first}"
        if formal:
            return f"{self.last.upper()}, {self.first} ({t})"
        return f"{t} {self.first} {self.last}"

    def lines(self, lang: str) -> list[str]:
        return [self.name(lang), self.street, self.town]


def a_patient(rng: random.Random, where: str, old: bool = False) -> Patient:
    """Someone registered at a practice of ``where`` (with ``old``, a nursing home resident)."""
    lang = AREAS[where]
    sex = rng.choice("FM")
    born = date(1928 if old else 1935, 1, 1) + timedelta(
        days=rng.randint(0, 8000 if old else 25200)
    )
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}"
    if lang == "en":
        n = serial(rng, "999 999 9999")
        cover = serial(rng, "9999999")
    elif lang == "de":
        n = serial(rng, "A999999999")
        cover = rng.choice(KASSEN if where == "kassel" else KASSEN_BW)
    else:
        n = f"{'2' if sex == 'F' else '1'} {born.year % 100:02d} {born.month:02d} " + serial(
            rng, "99 999 999 99"
        )
        cover = rng.choice(MUTUELLES)
    return Patient(
        first=rng.choice(FIRST[lang][sex]),
        last=rng.choice(LAST[lang]),
        sex=sex,
        born=born,
        street=street,
        town=rng.choice(TOWNS[where]),
        number=n,
        cover=cover,
    )


SEEN: dict[str, int] = {}


def patient_for(who: Issuer, rng: random.Random, kind: str) -> Patient:
    """The issuer's own patient for the first ``kind`` of ``who`` in the stream, any patient
    after that (a batch is about other people)."""
    key = f"{kind}/{who.name}/{who.street}/{who.city}"
    n = SEEN.get(key, 0)
    SEEN[key] = n + 1
    return a_patient(seeded(who, "patient") if n == 0 else rng, area(who))


PARTNERS = {
    "Hausarztpraxis am Rosengarten": ["Dr. med. Katrin Lenz", "Dr. med. Aylin Yilmaz"],
    "Gemeinschaftspraxis Dres. Vogt & Hartung": ["Dr. med. Bernd Vogt", "Dr. med. Ute Hartung"],
    "Cabinet medical Mercier": ["Dr Anne Mercier", "Dr Paul Lambert", "Dr Josephine Ngoma"],
}
ALL_PARTNERS = [p for ps in PARTNERS.values() for p in ps]


def doctors(who: Issuer) -> list[str]:
    """The practice's doctors (partners first, then salaried doctors)."""
    r = seeded(who, "partners")
    named = PARTNERS.get(head_of(who, "practice").name.split(" - ")[0], [])
    rest = [p for p in PEOPLE[lang_of(who)] if p not in ALL_PARTNERS]
    rest = [p for p in rest if not p.startswith(("Pr ", "Prof."))]
    return [*named, *r.sample(rest, min(3, len(rest)))][:3]


def staff(who: Issuer, key: str) -> str:
    return seeded(who, "staff" + key).choice(STAFF[lang_of(who)])


def consultant(who: Issuer, key: str) -> str:
    docs = doctors(who) + ALL_PARTNERS
    pool = [p for p in PEOPLE[lang_of(who)] if p not in docs]
    return seeded(who, "cons" + key).choice(pool)


def born_text(p: Patient, lang: str) -> str:
    return date_text(p.born, lang, "short")


def age(p: Patient, d: date) -> int:
    return d.year - p.born.year - ((d.month, d.day) < (p.born.month, p.born.day))


def id_label(lang: str) -> str:
    return tr(lang, "NHS No", "Vers.-Nr.", "N. SS")


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
    look: str  # nhs | band | cross | centred | split | rule
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    web: str
    role: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "Seite {i}/{n}", "2:- {i} -", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
NO_FOOT = {"practice", "pharmacy", "ooh", "insurer", "payer"}


def legal_lines(r: random.Random, name: str, lang: str, role: str, town: str) -> list[str]:
    place = town.split(" ", 1)[-1] if town[:1].isdigit() else town.split()[0]
    place = place.replace(" cedex", "").replace(" 9", "")
    if role == "hospital":
        return [
            tr(
                lang,
                "Please quote the hospital number on all correspondence. Chair: "
                + r.choice(["Graham Sims", "Helen Shields", "Prof. Alan Reid"]),
                f"{name} - Sitz {place} - Amtsgericht {place} HRB {r.randint(1000, 9999)} - "
                "Aufsichtsratsvorsitz: " + r.choice(["Christian Geselle", "Martin Horn"]),
                f"{name} - Etablissement public de sante - FINESS {r.randint(10**8, 10**9 - 1)}",
            )
        ]
    if role in ("lab", "radiology") and lang != "en":
        return [
            tr(
                lang,
                "",
                f"{name} - Aerztliche Leitung: " + r.choice(PEOPLE["de"]) + " - Akkreditiert "
                f"nach DIN EN ISO 15189 (D-ML-{r.randint(10000, 19999)}-01-00)",
                f"{name} - SELAS - Accreditation Cofrac n. 8-{r.randint(1000, 4000)} - Portee "
                "disponible sur www.cofrac.fr",
            )
        ]
    if lang == "de":
        return [
            f"{name.split(' - ')[0]} - Sitz {place} - Amtsgericht {place} HRB "
            f"{r.randint(10000, 99999)} - Geschaeftsfuehrer: "
            + r.choice(["Ralf Halden", "Dr. Claudia Meurer", "Jens Borchert", "Petra Adams"])
            + f" - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Deutsche Apotheker- und Aerztebank'])}"
            f" - IBAN DE{r.randint(10, 99)} 3006 0601 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} - BIC DAAEDEDDXXX",
        ]
    if lang == "fr":
        return [
            f"{name.split(' - ')[0]} - SAS au capital de {r.randint(40, 900)} 000 EUR - RCS "
            f"{place} {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"Code APE {r.choice(['4646Z', '3312Z', '3821Z', '8690B'])} - TVA FR"
            f"{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.8:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "waste":
        out.append(f"Waste carrier registration CBDU{r.randint(10000, 99999)}")
    return [" - ".join(out)]


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` firm of ``who`` as it prints (the same firm for the same issuer), of the
    practice's area (or country)."""
    r = seeded(who, role)
    where = area(who)
    lg = AREAS[where]
    rows = [x for x in ROLES[role] if x[1] == where] or [x for x in ROLES[role] if x[1] == lg]
    rows = rows or [x for x in ROLES[role] if AREAS.get(x[1]) == lg]
    name, _, street, town, phone = r.choice(rows)
    short = "".join(c for c in name.split(" - ")[0].split()[0].lower() if c.isalpha())
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lg]
    if role == "hospital" and lg == "en":
        look = "nhs"
    else:
        look = r.choice(looks or ["band", "cross", "centred", "split", "rule"])
    foot = legal_lines(r, name, lg, role, town)
    return Head(
        name=name,
        lang=lg,
        street=street,
        town=town,
        phone=phone,
        look=look,
        again=r.random() < 0.3,
        foot=[t for t in foot if t] if role not in NO_FOOT and r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lg]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lg == "en" else [])),
        web="www.pcse.england.nhs.uk"
        if role == "payer" and lg == "en"
        else f"www.{short}.{'nhs.uk' if role == 'hospital' and lg == 'en' else tld}",
        role=role,
    )


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "nhs":
        p.rect(w - m - 54, y - 14, 54, 22, fill=0.15)
        p.rect(w - m - 51, y - 11, 48, 16, fill=0.95)
        p.text(w - m - 27, y + 2, "NHS", "Helvetica-BoldOblique", 14, "center")
        lines = wrap(h.name, "Helvetica-Bold", 10, w / 2)
        yy = y + 22
        for ln in lines:
            p.text(w - m, yy, ln, "Helvetica-Bold", 10, "right")
            yy += 12
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, t, "Helvetica", 7.5, "right")
                yy += 9
        return yy + 6
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.82)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        line = f"{where}   {tel}   {h.web}".strip()
        p.text(m, y + 22, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "cross":
        p.rect(m + 11, y - 14, 10, 32, fill=0.25)
        p.rect(m, y - 3, 32, 10, fill=0.25)
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m - 44)
        p.text(m + 42, y + 1, h.name, s.bold, pt)
        p.text(
            m + 42,
            y + 13,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m - 44),
            s.font,
            7,
        )
        return y + 42
    if h.look == "centred":
        lines = wrap(h.name, s.bold, s.size + 4, w - 2 * m - 40)
        yy = y + 2
        for ln in lines[:2]:
            p.text(w / 2, yy, ln, s.bold, s.size + 4, "center")
            yy += s.size + 6
        p.line(w / 2 - 60, yy - s.size + 1, w / 2 + 60, yy - s.size + 1)
        line = f"{where} - {tel} - {h.web}".strip(" -")
        p.text(w / 2, yy + 6, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        return yy + 28
    if h.look == "split":
        lines = wrap(h.name, s.bold, s.size + 2, w / 2 - m)
        yy0 = y + 4
        for ln in lines[:3]:
            p.text(m, yy0, ln, s.bold, s.size + 2)
            yy0 += s.size + 4
        yy = y - 4
        for t in (h.street, h.town, tel, h.web):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        bottom = max(yy, yy0 - s.size, y + 12)
        p.line(m, bottom, w - m, bottom)
        return bottom + 20
    pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
    p.text(m, y + 4, h.name.upper(), s.bold, pt)
    p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
    p.text(m, y + 22, fit(f"{where}  |  {tel}".strip(" |"), s.font, 7, w - 2 * m), s.font, 7)
    return y + 42


class Sheets(Flow):
    line = 1.35
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


def letter_size(who: Issuer, lang: str, key: str = "letter") -> tuple[float, float]:
    return LETTER if lang == "en" and seeded(who, key).random() < 0.15 else A4


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = [t for t in name.split() if not t.endswith(".") and t not in ("Dr", "Pr", "Mrs", "Mr")]
    parts = parts or name.split()
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str]) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y``."""
    bw = max(len(t) for t in lines) * 5.4 + 16
    bh = 12 * len(lines) + 8
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        font = "Helvetica-Bold" if k == 0 else "Helvetica"
        p.text(x + bw / 2, y + 14 + 12 * k, t, font, 8, "center")


def received(rng: random.Random, p: Page, lang: str, d: date, x: float, y: float) -> None:
    """The practice office's received stamp, often with the doctor's initials for 'seen'."""
    lines = [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d + timedelta(days=rng.randint(1, 5)), lang, "short"),
    ]
    if rng.random() < 0.6:
        lines.append(tr(lang, "Seen by GP: ____", "gesehen: ____", "Vu par : ____"))
    stamp(p, x, y, lines)
    if len(lines) == 3 and rng.random() < 0.7:
        p.text(x + 80, y + 37, serial(rng, "AA"), HAND, 10)


def practice_stamp(p: Page, x: float, y: float, h: Head, doctor: str, code: str) -> None:
    """The doctor's ink stamp: name, practice, address, code (BSNR / AM number)."""
    lines = [doctor, h.name.split(" - ")[0], h.street, h.town, code]
    for k, t in enumerate(lines):
        p.text(
            x,
            y + 9 * k,
            fit(t, "Helvetica", 7.5, 170),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            7.5,
        )


Cell = tuple[str, str, float]  # caption, entry, share of the row


def grid(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    row: list[Cell],
    tall: float = 26,
    hand: bool = False,
    pt: float = 8.5,
) -> float:
    """One row of form boxes: a small caption at the top of each, its entry below (in hand if
    ``hand``); the y under the row."""
    total = sum(c[2] for c in row)
    font = HAND if hand else s.font
    cx = x
    for cap, val, share in row:
        cw = w * share / total
        p.rect(cx, y, cw, tall)
        p.text(cx + 3, y + 7, fit(cap, s.font, 5.8, cw - 6), s.font, 5.8)
        for k, ln in enumerate(val.split("\n")):
            if ln and 17 + k * (pt + 1.5) < tall + 2:
                p.text(cx + 4, y + 17 + k * (pt + 1.5), fit(ln, font, pt, cw - 8), font, pt)
        cx += cw
    return y + tall


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look not in ("band", "nhs") else None, y0, lines)
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


def dear(f: Sheets, s: Style, lang: str, name: str = "", colleague: bool = False) -> None:
    if lang == "de":
        t = (
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,"
            if colleague
            else ("Sehr geehrte Damen und Herren,")
        )
    elif lang == "fr":
        t = "Chere consoeur, cher confrere," if colleague else "Madame, Monsieur,"
    else:
        t = f"Dear {name}," if name else "Dear Colleague," if colleague else "Dear Sir or Madam,"
    write(f, s, t)


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(80)
    m = s.margin
    close_ = tr(
        lang,
        ["Yours sincerely", "Yours sincerely", "Kind regards", "With best wishes"][len(name) % 4],
        ["Mit freundlichen kollegialen Gruessen", "Mit freundlichen Gruessen"][len(name) % 2],
        [
            "Bien confraternellement,",
            "Je vous prie de croire, cher confrere, en mes sentiments les meilleurs.",
            "Veuillez agreer, Madame, Monsieur, nos salutations distinguees.",
        ][len(name) % 3],
    )
    f.page.text(m, f.y, fit(close_, s.font, s.size, f.size[0] - 2 * m), s.font, s.size)
    f.y += 30
    if ink:
        sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def small_print(
    p: Page, x: float, y: float, w: float, bottom: float, paras: list[str], cols: int, pt: float
) -> float:
    """Conditions in small type over ``cols`` columns between ``y`` and ``bottom``; the y
    reached in the last column."""
    gap = 12.0
    cw = (w - gap * (cols - 1)) / cols
    col, yy = 0, y
    for para in paras:
        for ln in wrap(para, "Times-Roman", pt, cw):
            if yy > bottom:
                col += 1
                yy = y
                if col >= cols:
                    return yy
            p.text(x + col * (cw + gap), yy, ln, "Times-Roman", pt)
            yy += pt * 1.2
        yy += pt * 0.5
    return yy


def clauses(rng: random.Random, lang: str, heads: list[str], n: int) -> list[str]:
    out = []
    for k in range(n):
        title = heads[k % len(heads)]
        out.append(f"{k + 1}. {title.upper()}. " + prose(rng, lang, 2, 6))
    return out


def lines_of(h: Head) -> list[str]:
    return [h.name, h.street, h.town]


def practice_lines(h: Head, doctor: str = "") -> list[str]:
    if doctor:
        return [doctor, h.name.split(" - ")[0], h.street, h.town]
    return lines_of(h)


def patient_block(
    p: Page, s: Style, lang: str, pt_: Patient, x: float, y: float, w: float, extra: list[str]
) -> float:
    """The patient line(s) of a clinical letter: name, born, number, address; the y below."""
    items = [
        f"{tr(lang, 'Re', 'Betr.', 'Objet')}: {pt_.name(lang, formal=True)}",
        f"{tr(lang, 'DOB', 'geb.', 'Ne(e) le')} {born_text(pt_, lang)}"
        + f"   {id_label(lang)} {pt_.number}",
        f"{pt_.street}, {pt_.town}",
        *extra,
    ]
    for k, t in enumerate(items):
        p.text(
            x,
            y,
            fit(t, s.bold if k == 0 else s.font, s.size, w),
            s.bold if k == 0 else s.font,
            s.size,
        )
        y += s.size * 1.35
    return y + 8


# ---------------------------------------------------------------------------------------------
# Medicine: diagnoses, drugs, tests, examinations
# ---------------------------------------------------------------------------------------------

DIAGNOSES = {
    "en": [
        "Type 2 diabetes mellitus",
        "Essential hypertension",
        "Atrial fibrillation, rate controlled",
        "COPD, moderate",
        "Chronic kidney disease stage 3a",
        "Osteoarthritis right knee",
        "Community acquired pneumonia",
        "Iron deficiency anaemia",
        "Hypothyroidism",
        "Heart failure with reduced ejection fraction",
        "Lower urinary tract infection",
        "Mechanical low back pain",
        "Depression, moderate episode",
        "Non-ST elevation myocardial infarction",
    ],
    "de": [
        "Diabetes mellitus Typ 2 (E11.9)",
        "Arterielle Hypertonie (I10.00)",
        "Vorhofflimmern, frequenzkontrolliert (I48.1)",
        "COPD GOLD 2 (J44.99)",
        "Chronische Niereninsuffizienz Stadium 3a (N18.3)",
        "Gonarthrose rechts (M17.1)",
        "Ambulant erworbene Pneumonie (J18.9)",
        "Eisenmangelanaemie (D50.9)",
        "Hypothyreose (E03.9)",
        "Herzinsuffizienz NYHA II (I50.12)",
        "Lumbago (M54.5)",
        "Mittelgradige depressive Episode (F32.1)",
        "NSTEMI (I21.4)",
    ],
    "fr": [
        "Diabete de type 2",
        "Hypertension arterielle essentielle",
        "Fibrillation atriale permanente",
        "BPCO stade 2",
        "Insuffisance renale chronique stade 3a",
        "Gonarthrose droite",
        "Pneumopathie aigue communautaire",
        "Anemie ferriprive",
        "Hypothyroidie",
        "Insuffisance cardiaque a FEVG alteree",
        "Lombalgie commune",
        "Episode depressif moyen",
        "Syndrome coronarien aigu ST-",
    ],
}
DRUGS = {
    "en": [
        ("Ramipril 5mg capsules", "one daily", "28 capsule"),
        ("Atorvastatin 20mg tablets", "one at night", "28 tablet"),
        ("Metformin 500mg tablets", "two twice a day", "112 tablet"),
        ("Bisoprolol 2.5mg tablets", "one daily", "28 tablet"),
        ("Apixaban 5mg tablets", "one twice a day", "56 tablet"),
        ("Levothyroxine 75microgram tablets", "one each morning", "28 tablet"),
        ("Omeprazole 20mg gastro-resistant capsules", "one daily", "28 capsule"),
        ("Salbutamol 100micrograms/dose inhaler", "two puffs when required", "1 inhaler"),
        ("Amlodipine 5mg tablets", "one daily", "28 tablet"),
        ("Sertraline 50mg tablets", "one daily", "28 tablet"),
        ("Paracetamol 500mg tablets", "two four times a day when required", "100 tablet"),
        ("Furosemide 40mg tablets", "one in the morning", "28 tablet"),
        ("Ferrous fumarate 210mg tablets", "one twice a day", "56 tablet"),
    ],
    "de": [
        ("Ramipril 5 mg Tabletten", "1-0-0", "N3 100 St."),
        ("Atorvastatin 20 mg Filmtabletten", "0-0-1", "N3 100 St."),
        ("Metformin 1000 mg Filmtabletten", "1-0-1", "N3 180 St."),
        ("Bisoprolol 2,5 mg Tabletten", "1-0-0", "N3 100 St."),
        ("Apixaban 5 mg Filmtabletten", "1-0-1", "N3 200 St."),
        ("L-Thyroxin 75 Mikrogramm Tabletten", "1-0-0 nuechtern", "N3 100 St."),
        ("Pantoprazol 20 mg magensaftresistente Tabletten", "1-0-0", "N2 56 St."),
        ("Salbutamol Dosieraerosol 100 ug", "bei Bedarf 2 Hub", "1 St."),
        ("Amlodipin 5 mg Tabletten", "1-0-0", "N3 100 St."),
        ("Sertralin 50 mg Filmtabletten", "1-0-0", "N2 50 St."),
        ("Torasemid 10 mg Tabletten", "1-0-0", "N3 100 St."),
        ("Metamizol 500 mg Tabletten", "bei Bedarf bis 4x1", "N2 50 St."),
    ],
    "fr": [
        ("Ramipril 5 mg, gelule", "1 le matin", "boite de 30"),
        ("Atorvastatine 20 mg, comprime", "1 le soir", "boite de 30"),
        ("Metformine 1000 mg, comprime", "1 matin et soir", "boite de 60"),
        ("Bisoprolol 2,5 mg, comprime", "1 le matin", "boite de 30"),
        ("Apixaban 5 mg, comprime", "1 matin et soir", "boite de 60"),
        ("Levothyroxine 75 microgrammes", "1 le matin a jeun", "boite de 30"),
        ("Esomeprazole 20 mg, gelule", "1 le matin", "boite de 28"),
        ("Salbutamol 100 ug/dose, suspension pour inhalation", "2 bouffees si besoin", "1 flacon"),
        ("Amlodipine 5 mg, gelule", "1 par jour", "boite de 30"),
        ("Paracetamol 1 g, comprime", "1 toutes les 6 h si douleur", "boite de 8"),
        ("Furosemide 40 mg, comprime", "1 le matin", "boite de 30"),
    ],
}
# name, unit, low, high, decimals
TESTS = {
    "en": [
        [
            ("Haemoglobin", "g/L", 130, 180, 0),
            ("White cell count", "x10^9/L", 4.0, 11.0, 1),
            ("Platelets", "x10^9/L", 150, 400, 0),
            ("Neutrophils", "x10^9/L", 2.0, 7.5, 1),
            ("MCV", "fL", 80, 100, 0),
        ],
        [
            ("Sodium", "mmol/L", 133, 146, 0),
            ("Potassium", "mmol/L", 3.5, 5.3, 1),
            ("Urea", "mmol/L", 2.5, 7.8, 1),
            ("Creatinine", "umol/L", 59, 104, 0),
            ("eGFR", "mL/min/1.73m2", 90, 120, 0),
        ],
        [
            ("HbA1c (IFCC)", "mmol/mol", 20, 41, 0),
            ("Cholesterol", "mmol/L", 2.5, 5.0, 1),
            ("HDL cholesterol", "mmol/L", 1.0, 2.2, 2),
            ("Triglycerides", "mmol/L", 0.5, 1.7, 1),
        ],
        [("TSH", "mU/L", 0.27, 4.2, 2), ("Free T4", "pmol/L", 12, 22, 1)],
        [
            ("Bilirubin", "umol/L", 0, 21, 0),
            ("ALT", "U/L", 0, 41, 0),
            ("Alkaline phosphatase", "U/L", 30, 130, 0),
            ("Albumin", "g/L", 35, 50, 0),
        ],
        [
            ("CRP", "mg/L", 0, 5, 0),
            ("Ferritin", "ug/L", 30, 400, 0),
            ("Vitamin B12", "ng/L", 197, 771, 0),
        ],
    ],
    "de": [
        [
            ("Haemoglobin", "g/dl", 13.5, 17.5, 1),
            ("Leukozyten", "/nl", 3.9, 10.2, 1),
            ("Thrombozyten", "/nl", 146, 328, 0),
            ("Erythrozyten", "/pl", 4.3, 5.8, 2),
            ("MCV", "fl", 80, 96, 0),
        ],
        [
            ("Natrium", "mmol/l", 135, 145, 0),
            ("Kalium", "mmol/l", 3.5, 5.1, 1),
            ("Kreatinin", "mg/dl", 0.7, 1.2, 2),
            ("GFR (CKD-EPI)", "ml/min", 90, 120, 0),
            ("Harnsaeure", "mg/dl", 3.4, 7.0, 1),
        ],
        [
            ("HbA1c", "%", 4.0, 6.0, 1),
            ("Cholesterin gesamt", "mg/dl", 120, 200, 0),
            ("LDL-Cholesterin", "mg/dl", 0, 116, 0),
            ("Triglyceride", "mg/dl", 50, 150, 0),
        ],
        [("TSH basal", "mU/l", 0.27, 4.2, 2), ("fT4", "ng/dl", 0.93, 1.7, 2)],
        [
            ("GOT (AST)", "U/l", 0, 50, 0),
            ("GPT (ALT)", "U/l", 0, 50, 0),
            ("Gamma-GT", "U/l", 0, 60, 0),
            ("Bilirubin gesamt", "mg/dl", 0.1, 1.2, 1),
        ],
        [
            ("CRP", "mg/l", 0, 5, 1),
            ("Ferritin", "ng/ml", 30, 400, 0),
            ("Vitamin B12", "pg/ml", 197, 771, 0),
        ],
    ],
    "fr": [
        [
            ("Hemoglobine", "g/dL", 13.0, 17.0, 1),
            ("Leucocytes", "G/L", 4.0, 10.0, 2),
            ("Plaquettes", "G/L", 150, 400, 0),
            ("Hematies", "T/L", 4.28, 5.79, 2),
            ("VGM", "fL", 80, 100, 0),
        ],
        [
            ("Sodium", "mmol/L", 136, 145, 0),
            ("Potassium", "mmol/L", 3.5, 5.1, 1),
            ("Creatinine", "umol/L", 62, 106, 0),
            ("DFG (CKD-EPI)", "mL/min/1,73m2", 90, 120, 0),
        ],
        [
            ("Hemoglobine glyquee (HbA1c)", "%", 4.0, 6.0, 1),
            ("Cholesterol total", "g/L", 1.5, 2.0, 2),
            ("LDL-cholesterol", "g/L", 0.5, 1.6, 2),
            ("Triglycerides", "g/L", 0.35, 1.5, 2),
        ],
        [("TSH", "mUI/L", 0.4, 4.0, 2), ("T4 libre", "pmol/L", 12, 22, 1)],
        [
            ("ASAT", "UI/L", 0, 35, 0),
            ("ALAT", "UI/L", 0, 45, 0),
            ("Gamma GT", "UI/L", 0, 55, 0),
            ("Phosphatases alcalines", "UI/L", 40, 130, 0),
        ],
        [
            ("CRP", "mg/L", 0, 5, 1),
            ("Ferritine", "ng/mL", 30, 400, 0),
            ("Vitamine B12", "pg/mL", 197, 771, 0),
        ],
    ],
}
PANELS = {
    "en": [
        "FULL BLOOD COUNT",
        "U&E",
        "LIPIDS / HbA1c",
        "THYROID FUNCTION",
        "LIVER FUNCTION",
        "OTHER",
    ],
    "de": ["Blutbild", "Elektrolyte / Niere", "Stoffwechsel", "Schilddruese", "Leber", "Sonstige"],
    "fr": [
        "HEMATOLOGIE",
        "BIOCHIMIE SANGUINE",
        "METABOLISME",
        "HORMONOLOGIE",
        "BILAN HEPATIQUE",
        "DIVERS",
    ],
}
EXAMS = {
    "en": [
        ("XR Chest PA", "Lungs are clear. Heart size normal. No pleural effusion."),
        ("US Abdomen", "Liver normal in size and echotexture. Gallbladder contains small calculi."),
        ("MRI Lumbar Spine", "Disc degeneration L4/5 with broad based protrusion, no cord signal."),
        ("XR Right Knee AP/Lat", "Medial joint space narrowing with osteophytes."),
        ("DEXA Scan", "T-score lumbar spine -2.6, total hip -1.9. Osteoporosis."),
        ("US Thyroid", "Multinodular goitre, dominant nodule right lobe 14 mm, U2."),
    ],
    "de": [
        ("Roentgen Thorax p.a.", "Kein Infiltrat, kein Erguss, Herz normal gross."),
        ("Sonographie Abdomen", "Leber normal gross, Cholezystolithiasis ohne Cholezystitis."),
        ("MRT LWS nativ", "Bandscheibenprotrusion L4/5 ohne Nervenwurzelkompression."),
        ("Roentgen Kniegelenk rechts in 2 Ebenen", "Medial betonte Gelenkspaltverschmaelerung."),
        ("Knochendichtemessung (DXA)", "T-Score LWS -2,6, Osteoporose."),
        ("Sonographie Schilddruese", "Struma nodosa, Knoten rechts 14 mm, TIRADS 3."),
    ],
    "fr": [
        ("Radiographie thoracique de face", "Pas de foyer, pas d'epanchement, silhouette normale."),
        ("Echographie abdominale", "Foie de taille normale, lithiase vesiculaire non compliquee."),
        ("IRM du rachis lombaire", "Protrusion discale L4-L5 sans conflit radiculaire."),
        ("Radiographie du genou droit", "Pincement femoro-tibial interne, osteophytes."),
        ("Osteodensitometrie", "T-score rachis -2,6 : osteoporose densitometrique."),
        ("Echographie thyroidienne", "Goitre multinodulaire, nodule droit de 14 mm, EU-TIRADS 3."),
    ],
}
SPECIALTIES = {
    "en": [
        "Cardiology",
        "Diabetes and Endocrinology",
        "Respiratory Medicine",
        "Gastroenterology",
        "Trauma and Orthopaedics",
        "Care of the Elderly",
        "Dermatology",
        "Urology",
    ],
    "de": [
        "Medizinische Klinik II - Kardiologie",
        "Klinik fuer Endokrinologie",
        "Klinik fuer Pneumologie",
        "Klinik fuer Gastroenterologie",
        "Klinik fuer Orthopaedie",
        "Klinik fuer Geriatrie",
        "Klinik fuer Urologie",
    ],
    "fr": [
        "Service de cardiologie",
        "Service d'endocrinologie-diabetologie",
        "Service de pneumologie",
        "Service d'hepato-gastro-enterologie",
        "Service de chirurgie orthopedique",
        "Service de medecine geriatrique",
    ],
}


def value_of(rng: random.Random, lo: float, hi: float, dec: int) -> tuple[str, str]:
    """A result near the reference range; the flag H / L if outside."""
    span = hi - lo or 1
    v = (
        rng.uniform(lo - span * 0.25, hi + span * 0.3)
        if rng.random() < 0.3
        else rng.uniform(lo, hi)
    )
    v = max(v, 0)
    flag = "H" if v > hi else "L" if v < lo and lo > 0 else ""
    return f"{v:.{dec}f}", flag


def range_text(lo: float, hi: float, dec: int, lang: str) -> str:
    a, b = f"{lo:.{dec}f}", f"{hi:.{dec}f}"
    if lang != "en":
        a, b = a.replace(".", ","), b.replace(".", ",")
    return f"< {b}" if lo == 0 else f"{a} - {b}"


def meds_rows(rng: random.Random, lang: str, n: int) -> list[tuple[str, str, str]]:
    return rng.sample(DRUGS[lang], min(n, len(DRUGS[lang])))


# ---------------------------------------------------------------------------------------------
# Templates W: letters and results from hospitals, laboratories and imaging
# ---------------------------------------------------------------------------------------------


def tpl_clinic_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A hospital consultant's clinic letter (Arztbrief, compte rendu de consultation) to the
    GP: department, patient lines, diagnoses and medication, the consultation, the plan, a cc
    to the patient; now and then the medication list or a German Medikationsplan on landscape
    A4 behind it; the practice's received stamp."""
    h = head_of(who, "hospital")
    lg = h.lang
    pr = head_of(who, "practice")
    gp = doctors(who)[0]
    pt_ = patient_for(who, rng, "clinic_letter")
    s = paper(who.style, letter_size(who, lg))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    seen = d - timedelta(days=rng.randint(3, 24))
    spec = seeded(who, "spec").choice(SPECIALTIES[lg])
    cons = consultant(who, "clinic")
    f = sheets(
        s,
        h,
        f"{pt_.name(lg, formal=True)}  {born_text(pt_, lg)}  {id_label(lg)} {pt_.number}",
    )
    f.page.text(m, f.y, fit(spec, s.bold, s.size, w - 2 * m), s.bold, s.size)
    if lg == "en":
        f.page.text(
            m, f.y + 11, f"Consultant: {cons}   Secretary: {rng.choice(STAFF['en'])}", s.font, 7.5
        )
    f.y += 26
    recipient(
        f,
        s,
        h,
        practice_lines(pr, gp),
        d,
        [
            (tr(lg, "Hospital No", "Fall-Nr.", "N. IPP"), serial(rng, "A999999")),
            (tr(lg, "Clinic date", "Untersuchung am", "Consultation du"), day(h, seen)),
            (tr(lg, "Dictated", "Diktat", "Dicte le"), day(h, seen + timedelta(days=1))),
        ],
    )
    y0 = f.y
    f.y = patient_block(f.page, s, lg, pt_, m, f.y, w * 0.58 - m, [])
    if rng.random() < 0.55:
        received(rng, f.page, lg, d, w - m - 118, y0 - 8)
    dx = rng.sample(DIAGNOSES[lg], rng.randint(1, 4))
    caption(f, s, tr(lg, "Diagnosis:", "Diagnosen:", "Diagnostic(s) :"), 0)
    for k, t in enumerate(dx, 1):
        write(f, s, f"{k}. {t}" if lg != "fr" else f"- {t}", indent=10)
    meds = meds_rows(rng, lg, rng.randint(2, 7))
    if lg == "en" or rng.random() < 0.5:
        caption(f, s, tr(lg, "Current medication:", "Aktuelle Medikation:", "Traitement :"), 0)
        for name, dose, _ in meds:
            write(f, s, f"{name} - {dose}", indent=10)
    if lg == "de":
        dear(f, s, lg, colleague=True)
        write(
            f,
            s,
            f"wir berichten ueber {pt_.name(lg)}, geb. {born_text(pt_, lg)}, die/der sich am "
            f"{day(h, seen)} in unserer Ambulanz vorstellte.",
        )
        for sec in ("Anamnese", "Befund", "Beurteilung und Procedere"):
            f.heading(m, sec, s.bold, s.size)
            write(f, s, prose(rng, lg, 2, 5))
    elif lg == "fr":
        dear(f, s, lg, colleague=True)
        write(
            f,
            s,
            f"J'ai vu en consultation le {day(h, seen)} {pt_.name(lg)}, age(e) de "
            f"{age(pt_, seen)} ans, que vous m'aviez adresse(e).",
        )
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, 2, 5))
        f.heading(m, "Conclusion", s.bold, s.size)
        write(f, s, prose(rng, lg, 1, 3))
    else:
        dear(f, s, lg, name=f"Dr {gp.split()[-1]}")
        write(
            f,
            s,
            f"I reviewed this {age(pt_, seen)} year old {'lady' if pt_.sex == 'F' else 'gentleman'}"
            f" in the {spec.lower()} clinic today.",
        )
        for _ in range(rng.randint(2, 5)):
            write(f, s, prose(rng, lg, 2, 5))
        caption(f, s, "Plan:", 0)
        for k in range(rng.randint(2, 4)):
            write(f, s, f"{k + 1}. {words(rng, lg, rng.randint(6, 12))}", indent=10)
    regards(
        f,
        s,
        lg,
        cons,
        tr(
            lg,
            f"Consultant, {spec}",
            rng.choice(["Oberarzt", "Oberaerztin", "Chefarzt", "Assistenzarzt"]) + f", {spec}",
            f"Praticien hospitalier, {spec.lower()}",
        ),
        ink=rng.random() < 0.6,
    )
    f.need(20)
    f.page.text(
        m,
        f.y,
        tr(lg, "cc: Patient", "Kopie: Patient/in, Akte", "Copie : patient(e), dossier"),
        s.font,
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.22:
        pages.append(medication_plan(rng, who, h, pt_, meds, d))
    return pages


def medication_plan(
    rng: random.Random,
    who: Issuer,
    h: Head,
    pt_: Patient,
    meds: list[tuple[str, str, str]],
    d: date,
) -> Page:
    """The medication page behind a letter: a German Medikationsplan on landscape A4 with the
    dosing columns and a code, else a plain medication list."""
    lg = h.lang
    s = paper(who.style, landscape(A4) if lg == "de" else A4, margin=40, pt=9)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    if lg == "de":
        p.text(m, m, "Medikationsplan", "Helvetica-Bold", 16)
        p.text(m + 150, m, "Seite 1 von 1", "Helvetica", 8)
        p.text(
            m,
            m + 16,
            f"fuer: {pt_.first} {pt_.last}   geb. am: {born_text(pt_, lg)}",
            "Helvetica",
            9,
        )
        p.text(
            m,
            m + 28,
            fit(f"ausgedruckt von: {h.name}, {h.street}, {h.town}", "Helvetica", 8, w / 2),
            "Helvetica",
            8,
        )
        p.text(m, m + 38, f"ausgedruckt am: {date_text(d, lg, 'short')}", "Helvetica", 8)
        p.barcode("qr", f"MP{serial(rng, '99999999')}", w - m - 180, m - 20)
        heads = [
            "Wirkstoff",
            "Handelsname",
            "Staerke",
            "Form",
            "mo",
            "mi",
            "ab",
            "zN",
            "Einheit",
            "Hinweise",
            "Grund",
        ]
        cols = columns(
            m,
            w - m - 190,
            [(2.4, "left"), (2.2, "left"), (1, "left"), (0.8, "left")]
            + [(0.4, "center")] * 4
            + [(0.8, "left"), (1.6, "left"), (1.6, "left")],
        )
        f = Flow(s.page_size, hh - m, lambda pg, n: m + 70)
        f.pages = [p]
        f.page = p
        f.y = m + 210
        rows = []
        for name, dose, _ in meds:
            parts = (dose.split(" ")[0] + "-0-0-0").split("-")[:4]
            rows.append(
                [
                    name.split(" ")[0],
                    name.split(" ")[0] + " " + rng.choice(["AL", "ratiopharm", "Hexal", "1A"]),
                    " ".join(name.split(" ")[1:3]),
                    "Tabl",
                    *parts,
                    "Stueck",
                    rng.choice(["", "", "nuechtern", "zum Essen"]),
                    rng.choice(["Blutdruck", "Herz", "Zucker", "Cholesterin", "Magen", ""]),
                ]
            )
        table(f, cols, heads, rows, s, size=8, rules=True, step=2.2)
        return p
    p.text(
        m, m, tr(lg, "MEDICATION ON DISCHARGE FROM CLINIC", "", "TRAITEMENT DE SORTIE"), s.bold, 12
    )
    p.text(m, m + 16, f"{pt_.name(lg, formal=True)} - {born_text(pt_, lg)}", s.font, 9)
    f = Flow(s.page_size, hh - m, lambda pg, n: m + 40)
    f.pages = [p]
    f.page = p
    f.y = m + 44
    cols = columns(m, w - m, [(3.4, "left"), (2.4, "left"), (1.4, "left"), (1.5, "left")])
    rows = [
        [
            n,
            dose,
            qty,
            rng.choice(
                [
                    tr(lg, "continue", "", "poursuivre"),
                    tr(lg, "NEW", "", "NOUVEAU"),
                    tr(lg, "changed", "", "modifie"),
                ]
            ),
        ]
        for n, dose, qty in meds
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Drug", "", "Medicament"),
            tr(lg, "Dose", "", "Posologie"),
            tr(lg, "Supply", "", "Quantite"),
            tr(lg, "Status", "", "Statut"),
        ],
        rows,
        s,
        rules=True,
        step=2.0,
    )
    return p


def fax_lines(pages: list[Page], rng: random.Random, who: Issuer, h: Head, d: date) -> None:
    """The receiving fax machine's transmission line across the top of every page."""
    t = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    num = serial(seeded(who, "fax" + h.name), h.phone[:4] + " 999 99" if h.phone else "0999 999999")
    for k, p in enumerate(pages, 1):
        w, _ = p.size
        p.text(14, 10, f"{date_text(d, 'en', 'iso')} {t}  FROM: {num}", "Courier", 7)
        p.text(w - 14, 10, f"P.{k:03d}/{len(pages):03d}", "Courier", 7, "right")


def fax_cover(
    rng: random.Random, s: Style, h: Head, to: Head, n: int, d: date, sender: str
) -> Page:
    """A ward's or pharmacy's fax cover sheet."""
    lg = h.lang
    w, _ = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h) + 10
    p.text(m, y + 20, "FAX", "Helvetica-Bold", 40)
    p.text(
        m + 110,
        y + 20,
        tr(lg, "Facsimile transmission", "Telefax-Mitteilung", "Telecopie"),
        s.font,
        s.size + 2,
    )
    y += 60
    rows = [
        (tr(lg, "To", "An", "A"), to.name),
        (tr(lg, "Fax", "Fax", "Fax"), serial(rng, "0999 999999")),
        (tr(lg, "From", "Von", "De"), sender),
        (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short")),
        (tr(lg, "Pages (incl. this page)", "Seiten (inkl. Deckblatt)", "Nombre de pages"), str(n)),
        (
            tr(lg, "Subject", "Betreff", "Objet"),
            tr(lg, "Discharge summary", "Entlassbrief", "Lettre de liaison"),
        ),
    ]
    for cap, val in rows:
        p.text(m, y, cap + ":", s.bold, s.size)
        p.text(m + 150, y, fit(val, s.font, s.size, w - 2 * m - 150), s.font, s.size)
        p.line(m + 148, y + 3, w - m, y + 3)
        y += 22
    y += 20
    for ln in wrap(
        tr(
            lg,
            "CONFIDENTIAL. This facsimile contains patient identifiable information intended only "
            "for the addressee. If you have received it in error please telephone the sender "
            "immediately and destroy the pages.",
            "VERTRAULICH. Dieses Fax enthaelt Patientendaten und ist nur fuer den Empfaenger "
            "bestimmt. Falls Sie es irrtuemlich erhalten haben, benachrichtigen Sie uns bitte und "
            "vernichten Sie die Seiten.",
            "CONFIDENTIEL - Secret medical. Ce document est destine exclusivement a son "
            "destinataire. En cas d'erreur, merci de nous prevenir et de le detruire.",
        ),
        s.font,
        s.size - 1,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.4
    if rng.random() < 0.5:
        p.text(m, y + 30, words(rng, lg, rng.randint(5, 9)), HAND, 11)
    return p


def tpl_discharge_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """A hospital discharge summary (Entlassbrief, lettre de liaison a la sortie): admission
    boxes, diagnoses, the course in hospital, medication on discharge with changes, actions
    for the GP; sometimes the laboratory values during the stay on a last page (landscape now
    and then); some faxed by the ward with a cover sheet and a fax line on every page."""
    h = head_of(who, "hospital")
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "discharge_summary")
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    out = on(rng)
    inn = out - timedelta(days=rng.randint(1, 16))
    spec = seeded(who, "spec").choice(SPECIALTIES[lg])
    ward = tr(
        lg,
        f"Ward {rng.randint(5, 30)}",
        f"Station {rng.randint(1, 9)}{rng.choice('ABC')}",
        f"Unite {rng.randint(1, 6)}",
    )
    cons = consultant(who, "ward")
    title = tr(lg, "DISCHARGE SUMMARY", "Entlassbrief", "LETTRE DE LIAISON A LA SORTIE")
    f = sheets(s, h, f"{title} - {pt_.name(lg, formal=True)} - {born_text(pt_, lg)}")
    caption(f, s, title, 4)
    f.y = grid(
        f.page,
        s,
        m,
        f.y - 6,
        w - 2 * m,
        [
            (tr(lg, "Patient", "Patient/in", "Patient(e)"), pt_.name(lg, formal=True), 2.2),
            (tr(lg, "Date of birth", "geb. am", "Ne(e) le"), born_text(pt_, lg), 1),
            (id_label(lg), pt_.number, 1.3),
        ],
    )
    f.y = (
        grid(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Admitted", "Aufnahme", "Entree"), date_text(inn, lg, "short"), 1),
                (tr(lg, "Discharged", "Entlassung", "Sortie"), date_text(out, lg, "short"), 1),
                (tr(lg, "Ward / unit", "Station", "Unite"), ward, 1),
                (tr(lg, "Consultant", "Behandelnder Arzt", "Medecin responsable"), cons, 1.6),
            ],
        )
        + 8
    )
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "GP: ", "Hausarzt: ", "Medecin traitant : ")
            + f"{doctors(who)[0]}, {pr.name.split(' - ')[0]}",
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 20
    secs = [
        (tr(lg, "Presenting complaint", "Aufnahmegrund", "Motif d'hospitalisation"), 1),
        (tr(lg, "Diagnoses", "Diagnosen", "Diagnostics"), 0),
        (tr(lg, "Clinical summary", "Verlauf", "Evolution"), rng.randint(2, 5)),
    ]
    for sec, n in secs:
        f.heading(m, sec, s.bold, s.size)
        if n == 0:
            for k, t in enumerate(rng.sample(DIAGNOSES[lg], rng.randint(1, 4)), 1):
                write(f, s, f"{k}. {t}", indent=8)
        else:
            for _ in range(n):
                write(f, s, prose(rng, lg, 2, 4))
    f.heading(
        m,
        tr(lg, "Medication on discharge", "Medikation bei Entlassung", "Traitement de sortie"),
        s.bold,
        s.size,
    )
    rows = [
        [
            n,
            dose,
            rng.choice(
                [
                    tr(lg, "Continued", "unveraendert", "poursuivi"),
                    tr(lg, "NEW", "NEU", "NOUVEAU"),
                    tr(lg, "Changed", "geaendert", "modifie"),
                ]
            ),
        ]
        for n, dose, _ in meds_rows(rng, lg, rng.randint(3, 9))
    ]
    if rng.random() < 0.4:
        rows.append([rng.choice(DRUGS[lg])[0], "-", tr(lg, "STOPPED", "ABGESETZT", "ARRETE")])
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (2.5, "left"), (1.2, "left")]),
        [
            tr(lg, "Drug", "Praeparat", "Medicament"),
            tr(lg, "Dose", "Dosierung", "Posologie"),
            tr(lg, "Status", "Status", "Statut"),
        ],
        rows,
        s,
        rules=True,
    )
    f.heading(
        m,
        tr(lg, "Actions for GP", "Empfehlungen", "Suivi / a faire par le medecin traitant"),
        s.bold,
        s.size,
    )
    for _ in range(rng.randint(1, 4)):
        write(f, s, f"- {words(rng, lg, rng.randint(6, 13))}", indent=8)
    regards(
        f,
        s,
        lg,
        consultant(who, "junior").replace("Prof. Dr. med.", "Dr. med.").replace("Pr ", "Dr "),
        tr(
            lg,
            f"FY2 doctor for {cons}",
            f"Stationsarzt/-aerztin, {spec}",
            f"Interne, {spec.lower()}",
        ),
        ink=rng.random() < 0.4,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}"]) if lg == "en" else h.numbers,
    )
    if rng.random() < 0.45:
        pages.append(lab_values_page(rng, who, h, pt_, inn, out))
    if rng.random() < 0.35:
        cover = fax_cover(rng, s, h, pr, len(pages) + 1, out, f"{ward}, {spec}")
        pages.insert(0, cover)
        fax_lines(pages, rng, who, h, out + timedelta(days=rng.randint(0, 2)))
    return pages


def lab_values_page(
    rng: random.Random, who: Issuer, h: Head, pt_: Patient, a: date, b: date
) -> Page:
    """The laboratory values of a stay: tests down, days across (landscape A4 now and then)."""
    lg = h.lang
    wide = rng.random() < 0.4
    s = paper(who.style, landscape(A4) if wide else A4, margin=36, pt=8)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(
        m,
        m,
        tr(
            lg,
            "Laboratory results during admission",
            "Laborwerte im Verlauf",
            "Resultats biologiques du sejour",
        ),
        "Helvetica-Bold",
        11,
    )
    p.text(
        w - m,
        m,
        f"{pt_.last.upper()}, {pt_.first}  {born_text(pt_, lg)}",
        "Helvetica",
        7.5,
        "right",
    )
    n_days = min(max((b - a).days, 2), 8 if wide else 5)
    days = [a + timedelta(days=k * max(1, (b - a).days // n_days)) for k in range(n_days)]
    cols = columns(m, w - m, [(2.6, "left"), (1.2, "left")] + [(1, "right")] * n_days)
    f = Flow(s.page_size, hh - m, lambda pg, n: m + 20)
    f.pages = [p]
    f.page = p
    f.y = m + 24
    rows = []
    for panel in rng.sample(TESTS[lg], rng.randint(2, 4)):
        for name, unit, lo, hi, dec in panel:
            vals = []
            for _ in days:
                v, fl = value_of(rng, lo, hi, dec)
                vals.append(f"{v}{' ' + fl if fl else ''}" if rng.random() < 0.8 else "")
            rows.append([name, unit, *vals])
    while len(rows) * 8 * 1.6 > hh - m - 80:
        rows.pop()
    table(
        f,
        cols,
        [tr(lg, "Test", "Parameter", "Analyse"), tr(lg, "Units", "Einheit", "Unite")]
        + [date_text(x, lg, "short")[:5] for x in days],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    return p


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory report (Laborbefund, compte rendu d'analyses): patient and sample boxes,
    one to four panels of results with flags, units and reference ranges (French ones with the
    previous result), comments, the validating doctor; a long one runs on to a second page."""
    h = head_of(who, "lab", ["split", "band", "rule", "cross"])
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "lab_report")
    s = paper(who.style, A4, margin=seeded(who, "labm").choice([36, 42, 50]))
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    labno = serial(rng, seeded(who, "labno").choice(["99A999999", "9999999999", "AA99999999"]))
    title = tr(lg, "LABORATORY REPORT", "LABORBEFUND", "COMPTE RENDU D'ANALYSES")
    f = sheets(s, h, f"{title}  {pt_.last.upper()}, {pt_.first}  {labno}")
    p = f.page
    p.text(w - m, f.y, title, s.bold, s.size + 2, "right")
    f.y += 10
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Patient", "Patient", "Patient(e)"), pt_.name(lg, formal=True), 2.4),
            (tr(lg, "DOB", "Geb.-Datum", "Ne(e) le"), born_text(pt_, lg), 1),
            (
                tr(lg, "Sex", "Geschl.", "Sexe"),
                pt_.sex if lg != "de" else ("W" if pt_.sex == "F" else "M"),
                0.6,
            ),
            (id_label(lg), pt_.number, 1.4),
        ],
    )
    t1 = f"{rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}"
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Requested by", "Einsender", "Prescripteur"),
                    f"{doctors(who)[rng.randint(0, 2)]}, {pr.name.split(' - ')[0]}",
                    3,
                ),
                (
                    tr(lg, "Collected", "Entnahme", "Prelevement"),
                    f"{date_text(d, lg, 'short')} {t1}",
                    1.4,
                ),
                (
                    tr(lg, "Reported", "Befundet", "Edite le"),
                    date_text(d + timedelta(days=1), lg, "short"),
                    1.1,
                ),
                (tr(lg, "Lab no.", "Auftrags-Nr.", "N. dossier"), labno, 1.2),
            ],
        )
        + 16
    )
    anterior = lg == "fr"
    spec = [(3, "left"), (1.2, "right"), (0.5, "center"), (1.3, "left"), (1.6, "left")]
    heads = [
        tr(lg, "Test", "Untersuchung", "Analyse"),
        tr(lg, "Result", "Ergebnis", "Resultat"),
        "",
        tr(lg, "Units", "Einheit", "Unites"),
        tr(lg, "Reference range", "Referenzbereich", "Valeurs de reference"),
    ]
    if anterior:
        spec.append((1.6, "left"))
        heads.append("Anteriorite")
    cols = columns(m, w - m, spec)
    pick = sorted(rng.sample(range(len(TESTS[lg])), rng.choice([1, 1, 2, 2, 3, 4, 6])))
    for k in pick:
        f.need(60)
        f.page.rect(m, f.y - 9, w - 2 * m, 13, fill=0.88)
        f.page.text(m + 4, f.y, PANELS[lg][k], s.bold, s.size - 0.5)
        f.y += 14
        rows = []
        for name, unit, lo, hi, dec in TESTS[lg][k]:
            v, fl = value_of(rng, lo, hi, dec)
            if lg != "en":
                v = v.replace(".", ",")
            row = [
                name,
                v,
                fl and ("*" + fl if lg == "de" else fl),
                unit,
                range_text(lo, hi, dec, lg),
            ]
            if anterior:
                pv, _ = value_of(rng, lo, hi, dec)
                row.append(f"{pv.replace('.', ',')} ({before(d, rng, lg)})")
            rows.append(row)
        table(f, cols, heads, rows, s, size=s.size - 1, step=1.7)
        f.y += 8
    if rng.random() < 0.6:
        f.heading(m, tr(lg, "Comment", "Kommentar", "Commentaire"), s.bold, s.size - 1)
        write(f, s, prose(rng, lg, 1, 2), pt=s.size - 1)
    f.need(40)
    f.y += 6
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Validated by ", "Technisch und medizinisch validiert: ", "Valide par ")
            + consultant(who, "lab"),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.page.text(
        w - m,
        f.y,
        tr(lg, "FINAL REPORT", "Endbefund", "Compte rendu definitif"),
        s.bold,
        s.size - 1,
        "right",
    )
    numbers = (
        rng.choice(["Page {i} of {n}", "Page {i} of {n}", h.numbers])
        if lg == "en"
        else ("Seite {i} von {n}" if lg == "de" else "Page {i}/{n}")
    )
    if rng.random() < 0.3:
        received(rng, f.pages[0], lg, d, w - m - 120, hh - m - 140)
    return close(f.pages, s, h, numbers=numbers)


def before(d: date, rng: random.Random, lg: str) -> str:
    return date_text(d - timedelta(days=rng.randint(60, 500)), lg, "short")


def scan_image(
    p: Page, x: float, y: float, pw: float, ph: float, rng: random.Random, kind: int
) -> None:
    """A printed radiology image: black field, grey body outline and bright structures."""
    p.rect(x, y, pw, ph, fill=0.05)
    cx = x + pw / 2
    if kind == 0:  # chest: two lungs, a spine
        p.rect(x + pw * 0.12, y + ph * 0.15, pw * 0.76, ph * 0.75, fill=0.55)
        p.rect(x + pw * 0.18, y + ph * 0.22, pw * 0.26, ph * 0.55, fill=0.2)
        p.rect(x + pw * 0.56, y + ph * 0.22, pw * 0.26, ph * 0.55, fill=0.2)
        p.rect(cx - pw * 0.04, y + ph * 0.1, pw * 0.08, ph * 0.8, fill=0.8)
    elif kind == 1:  # spine: stacked vertebrae
        for k in range(6):
            p.rect(cx - pw * 0.12, y + ph * (0.08 + k * 0.15), pw * 0.24, ph * 0.11, fill=0.7)
        p.rect(x + pw * 0.1, y + ph * 0.05, pw * 0.12, ph * 0.9, fill=0.3)
    else:  # ultrasound sector
        p.rect(x + pw * 0.2, y + ph * 0.2, pw * 0.6, ph * 0.6, fill=0.35)
        p.rect(
            x + pw * rng.uniform(0.3, 0.5),
            y + ph * rng.uniform(0.3, 0.5),
            pw * 0.14,
            ph * 0.12,
            fill=0.1,
        )
    p.text(x + 4, y + 10, f"Se {rng.randint(1, 9)} Im {rng.randint(1, 60)}", "Helvetica", 6)
    p.text(x + pw - 4, y + ph - 5, rng.choice(["R", "L", "A", "P"]), "Helvetica", 7, "right")


def tpl_radiology_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An imaging report (Befundbericht, compte rendu d'imagerie): the examination, clinical
    details, technique, findings and conclusion, signed or released electronically; a page of
    key images printed behind it now and then."""
    h = head_of(who, "radiology")
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "radiology_report")
    s = paper(who.style, letter_size(who, lg, "rad"))
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    exam, finding = rng.choice(EXAMS[lg])
    f = sheets(s, h, f"{exam} - {pt_.name(lg, formal=True)}")
    gp = doctors(who)[rng.randint(0, 2)]
    recipient(
        f,
        s,
        h,
        practice_lines(pr, gp),
        d,
        [
            (tr(lg, "Accession", "Unser Zeichen", "N. examen"), serial(rng, "RAD99999999")),
            (tr(lg, "Exam date", "Untersuchung", "Examen du"), date_text(d, lg, "short")),
        ],
    )
    f.y = patient_block(f.page, s, lg, pt_, m, f.y, w - 2 * m, [])
    caption(f, s, exam.upper() if lg != "de" else exam, 2, rule=True)
    secs = [
        (
            tr(lg, "Clinical details", "Fragestellung", "Indication"),
            words(rng, lg, rng.randint(8, 16)),
        ),
        (tr(lg, "Technique", "Technik", "Technique"), words(rng, lg, rng.randint(6, 12))),
        (tr(lg, "Findings", "Befund", "Resultats"), finding + " " + prose(rng, lg, 2, 5)),
        (
            tr(lg, "Impression", "Beurteilung", "Conclusion"),
            finding.split(",")[0] + ". " + words(rng, lg),
        ),
    ]
    for sec, body in secs:
        f.heading(m, sec + ":" if lg == "en" else sec, s.bold, s.size)
        write(f, s, body)
    f.need(50)
    rad = consultant(who, "rad")
    f.y += 6
    if rng.random() < 0.5:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Reported by {rad}, Consultant Radiologist. Electronically verified.",
                f"{rad}, Facharzt fuer Radiologie - elektronisch freigegeben",
                f"{rad}, radiologue - compte rendu valide electroniquement",
            ),
            s.font,
            s.size - 1.5,
        )
    else:
        regards(
            f,
            s,
            lg,
            rad,
            tr(lg, "Consultant Radiologist", "Facharzt fuer Radiologie", "Medecin radiologue"),
        )
    if lg == "fr" and rng.random() < 0.6:
        f.y += 14
        f.need(20)
        f.page.text(
            m,
            f.y,
            f"Cotation CCAM : {serial(rng, 'AAAA999')}  -  Honoraires : "
            f"{money(rng.choice([25.27, 56.52, 69.00, 98.21]), lg)} EUR",
            s.font,
            7.5,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        q = Page(A4)
        qw, qh = A4
        q.text(30, 30, fit(f"{h.name} - {exam}", "Helvetica-Bold", 9, qw - 60), "Helvetica-Bold", 9)
        q.text(
            30,
            42,
            f"{pt_.last.upper()} {pt_.first} - {born_text(pt_, lg)} - {date_text(d, lg, 'short')}",
            "Helvetica",
            8,
        )
        kind = (
            0
            if "hest" in exam or "orax" in exam
            else 1
            if "pin" in exam or "WS" in exam or "rachis" in exam
            else 2
        )
        per = rng.choice([2, 4, 6])
        cols_ = 1 if per == 2 else 2
        rows_ = per // cols_
        gw = (qw - 60 - 12 * (cols_ - 1)) / cols_
        gh = (qh - 100 - 12 * (rows_ - 1)) / rows_
        for k in range(per):
            scan_image(
                q, 30 + (k % cols_) * (gw + 12), 56 + (k // cols_) * (gh + 12), gw, gh, rng, kind
            )
        pages.append(q)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates W: the practice's own forms, prescriptions and requests
# ---------------------------------------------------------------------------------------------


def codes(who: Issuer, doctor: str) -> tuple[str, str]:
    """The practice's and the doctor's codes: BSNR and LANR, FINESS and RPPS, ODS and GMC."""
    r = seeded(who, "codes" + doctor)
    lg = lang_of(who)
    if lg == "de":
        return serial(r, "999999900"), serial(r, "999999901")
    if lg == "fr":
        return serial(r, "99 9 99999 9"), serial(r, "10009999999")
    return serial(r, "A99999"), serial(r, "9999999")


def tpl_referral(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's referral of a patient to hospital: an English e-referral letter with
    priority ticks and the patient summary printout behind it, a German Muster 6
    Ueberweisungsschein on landscape A5 (half the time behind a covering letter), a French
    lettre d'adressage."""
    h = head_of(who, "practice", ["centred", "split", "cross", "rule"])
    lg = h.lang
    hosp = head_of(who, "hospital")
    pt_ = patient_for(who, rng, "referral")
    gp = doctors(who)[rng.randint(0, 2)]
    d = on(rng)
    spec = seeded(who, "spec").choice(SPECIALTIES[lg])
    dx = rng.choice(DIAGNOSES[lg])
    pages: list[Page] = []
    if lg == "de":
        if rng.random() < 0.5:
            s = paper(who.style, A4)
            f = sheets(s, h)
            recipient(f, s, h, [spec, hosp.name, hosp.street, hosp.town], d, [])
            f.y = patient_block(f.page, s, lg, pt_, s.margin, f.y, f.size[0] - 2 * s.margin, [])
            dear(f, s, lg, colleague=True)
            write(
                f,
                s,
                f"ich ueberweise Ihnen o. g. Patienten/Patientin mit der Bitte um "
                f"Mitbehandlung bei {dx}.",
            )
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, 2, 4))
            f.heading(s.margin, "Aktuelle Medikation", s.bold, s.size)
            for name, dose, _ in meds_rows(rng, lg, rng.randint(2, 6)):
                write(f, s, f"{name}  {dose}", indent=10)
            regards(f, s, lg, gp, "Facharzt/Fachaerztin fuer Allgemeinmedizin")
            pages += close(f.pages, s, h)
        pages.append(muster(rng, who, h, pt_, gp, d, "6", dx, spec))
        return pages
    s = paper(who.style, letter_size(who, lg, "ref"))
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, f"{tr(lg, 'Referral', '', 'Adressage')} - {pt_.name(lg, formal=True)}")
    if lg == "en":
        caption(f, s, "REFERRAL LETTER", 4)
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                ["Routine", "Urgent", "Two week wait (suspected cancer)"],
                {rng.choice([0, 0, 1, 2])},
                pt=9,
            )
            + 4
        )
        f.y = grid(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("To", f"{spec}, {hosp.name}", 3),
                ("UBRN", serial(rng, "9999 9999 9999"), 1.4),
            ],
        )
        f.y = grid(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Patient", pt_.name(lg, formal=True), 2),
                ("DOB", born_text(pt_, lg), 1),
                ("NHS number", pt_.number, 1.2),
                ("Telephone", serial(rng, "07999 999999"), 1.2),
            ],
        )
        f.y = (
            grid(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    ("Address", f"{pt_.street}, {pt_.town}", 3),
                    (
                        "Interpreter required",
                        rng.choice(["No", "No", "Yes - Polish", "Yes - Urdu"]),
                        1.4,
                    ),
                ],
            )
            + 14
        )
        dear(f, s, lg, colleague=True)
        write(f, s, f"Thank you for seeing this {age(pt_, d)} year old with {dx.lower()}.")
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, 2, 4))
        regards(f, s, lg, gp, "General Practitioner", ink=False)
        pages = close(f.pages, s, h)
        pages += summary_printout(rng, who, h, pt_, gp, d)
        return pages
    recipient(f, s, h, [hosp.name, spec, hosp.street, hosp.town], d, [])
    f.y = patient_block(f.page, s, lg, pt_, m, f.y, w - 2 * m, [])
    dear(f, s, lg, colleague=True)
    write(
        f,
        s,
        f"Je vous adresse {pt_.name(lg)}, {age(pt_, d)} ans, pour avis concernant : {dx.lower()}.",
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, 2, 4))
    f.heading(m, "Traitement en cours :", s.bold, s.size)
    for name, dose, _ in meds_rows(rng, lg, rng.randint(2, 5)):
        write(f, s, f"- {name}, {dose}", indent=8)
    regards(f, s, lg, gp, "Medecin generaliste")
    return close(f.pages, s, h)


def summary_printout(
    rng: random.Random, who: Issuer, h: Head, pt_: Patient, gp: str, d: date
) -> list[Page]:
    """The clinical system's patient summary printed behind a referral: problems, repeat
    medication, allergies and recent values in a terse monospaced layout."""
    s = paper(who.style, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    mono = replace(s, font="Courier", bold="Courier-Bold")

    def start(p: Page, n: int) -> float:
        p.text(
            m,
            m - 10,
            f"Patient Summary - {pt_.last.upper()}, {pt_.first} ({pt_.sex})",
            "Courier-Bold",
            10,
        )
        p.text(
            m, m + 2, f"DOB {born_text(pt_, 'en')}  NHS {pt_.number}  Usual GP {gp}", "Courier", 8
        )
        p.text(w - m, m - 10, f"Printed {date_text(d, 'en', 'short')}", "Courier", 7.5, "right")
        p.line(m, m + 7, w - m, m + 7)
        return m + 24

    f = Sheets((w, hh), hh - m, start)
    secs = [
        (
            "Active problems",
            [
                [date_text(d - timedelta(days=rng.randint(100, 6000)), "en", "short"), t]
                for t in rng.sample(DIAGNOSES["en"], rng.randint(2, 5))
            ],
        ),
        (
            "Past problems",
            [
                [date_text(d - timedelta(days=rng.randint(800, 12000)), "en", "short"), t]
                for t in rng.sample(
                    [
                        "Appendicectomy",
                        "Fractured left wrist",
                        "Gestational diabetes",
                        "Pneumonia",
                        "Cholecystectomy",
                        "Tonsillectomy",
                        "Shingles",
                    ],
                    rng.randint(1, 4),
                )
            ],
        ),
        (
            "Repeat medication",
            [[n, f"{dose}  ({qty})"] for n, dose, qty in meds_rows(rng, "en", rng.randint(2, 8))],
        ),
        (
            "Allergies",
            [
                [
                    rng.choice(
                        ["Penicillin - rash", "No known drug allergies", "Codeine - vomiting"]
                    ),
                    "",
                ]
            ],
        ),
        (
            "Recent values",
            [
                [date_text(d - timedelta(days=rng.randint(5, 300)), "en", "short"), t]
                for t in [
                    f"Blood pressure {rng.randint(118, 168)}/{rng.randint(68, 98)} mmHg",
                    f"Body mass index {rng.uniform(19, 38):.1f} kg/m2",
                    f"eGFR {rng.randint(38, 95)} mL/min/1.73m2",
                    "Smoking: "
                    + rng.choice(["Never smoked", "Ex-smoker", "Current smoker 10/day"]),
                ]
            ],
        ),
    ]
    for sec, rows in secs:
        f.heading(m, sec.upper(), "Courier-Bold", 9)
        table(
            f,
            columns(m, w - m, [(2.3, "left"), (3.4, "left")]),
            ["", ""],
            rows,
            mono,
            size=8,
            step=1.5,
        )
    return f.pages


def muster(
    rng: random.Random,
    who: Issuer,
    h: Head,
    pt_: Patient,
    gp: str,
    d: date,
    form: str,
    dx: str,
    spec: str,
) -> Page:
    """A German form of the Vordruckvereinbarung filled in by the practice: the Muster 6
    Ueberweisungsschein on landscape A5 or the Muster 1 Arbeitsunfaehigkeitsbescheinigung on
    A5, with the patient's field, ticks, entries and the doctor's stamp and signature."""
    size = landscape(A5) if form == "6" else A5

    w, hh = size
    m = 20.0
    p = Page(size)
    bsnr, lanr = codes(who, gp)
    lw = w * (0.5 if form == "6" else 0.62)
    # the patient field
    p.rect(m, m, lw, 88)
    p.text(m + 3, m + 7, "Krankenkasse bzw. Kostentraeger", "Helvetica", 5.5)
    p.text(m + 5, m + 17, pt_.cover, "Courier", 8.5)
    p.text(m + 3, m + 27, "Name, Vorname des Versicherten", "Helvetica", 5.5)
    p.text(m + 5, m + 37, f"{pt_.last}, {pt_.first}", "Courier", 8.5)
    p.text(m + lw - 60, m + 27, "geb. am", "Helvetica", 5.5)
    p.text(m + lw - 60, m + 37, pt_.born.strftime("%d.%m.%y"), "Courier", 8.5)
    p.text(m + 5, m + 47, fit(f"{pt_.street}, {pt_.town}", "Courier", 8.5, lw - 10), "Courier", 8.5)
    for k, (cap, val) in enumerate(
        [
            ("Kostentraegerkennung", serial(seeded(who, pt_.cover), "109999999")),
            ("Versicherten-Nr.", pt_.number),
            ("Status", "1000000"),
        ]
    ):
        x = m + k * lw / 3
        p.text(x + 3, m + 57, cap, "Helvetica", 5.5)
        p.text(x + 5, m + 67, val, "Courier", 8.5)
    for k, (cap, val) in enumerate(
        [("Betriebsstaetten-Nr.", bsnr), ("Arzt-Nr.", lanr), ("Datum", d.strftime("%d.%m.%y"))]
    ):
        x = m + k * lw / 3
        p.text(x + 3, m + 75, cap, "Helvetica", 5.5)
        p.text(x + 5, m + 85, val, "Courier", 8.5)
    rx = m + lw + 10
    if form == "6":
        p.text(rx, m + 10, "Ueberweisungsschein", "Helvetica-Bold", 13)
        y = m + 26
        for lab in ("Kurativ", "Praeventiv", "bei belegaerztl. Behandlung"):
            box(p, rx, y, lab == "Kurativ", 7)
            p.text(rx + 11, y, lab, "Helvetica", 7)
            y += 11
        box(p, rx + 130, m + 26, False, 7)
        p.text(rx + 141, m + 26, "Unfall, Unfallfolgen", "Helvetica", 7)
        p.text(rx, y + 6, "Ueberweisung an", "Helvetica", 6)
        p.text(rx + 4, y + 17, fit(spec.split(" - ")[-1], "Courier", 9, w - rx - m), "Courier", 9)
        p.rect(rx, y - 2, w - rx - m, 24)
        y = m + 100
        for cap, val, tall in [
            ("Diagnose / Verdachtsdiagnose", dx, 34),
            ("Befund / Medikation", words(rng, "de", rng.randint(6, 12)), 40),
            (
                "Auftrag",
                rng.choice(["Mitbehandlung", "Konsiliaruntersuchung", "Weiterbehandlung"])
                + ", "
                + words(rng, "de", 5),
                34,
            ),
        ]:
            p.rect(m, y, w - 2 * m, tall)
            p.text(m + 3, y + 7, cap, "Helvetica", 5.5)
            for k, ln in enumerate(wrap(val, "Courier", 8.5, w - 2 * m - 10)[:3]):
                p.text(m + 5, y + 17 + k * 10, ln, "Courier", 8.5)
            y += tall
    else:
        p.text(m, m + 104, "Arbeitsunfaehigkeits-", "Helvetica-Bold", 12)
        p.text(m, m + 118, "bescheinigung", "Helvetica-Bold", 12)
        yy = m + 104
        for lab, on_ in (("Erstbescheinigung", rng.random() < 0.6), ("Folgebescheinigung", False)):
            box(p, w - m - 110, yy, on_, 7)
            p.text(w - m - 99, yy, lab, "Helvetica", 7)
            yy += 12
        y = m + 140
        box(p, m, y, False, 7)
        p.text(m + 11, y, "Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit", "Helvetica", 6.5)
        y += 12
        box(p, m, y, False, 7)
        p.text(m + 11, y, "dem Durchgangsarzt zugewiesen", "Helvetica", 6.5)
        y += 14
        since = d - timedelta(days=rng.randint(0, 3))
        for cap, val in [
            ("arbeitsunfaehig seit", since.strftime("%d.%m.%y")),
            (
                "voraussichtlich arbeitsunfaehig bis einschliesslich",
                (d + timedelta(days=rng.randint(2, 14))).strftime("%d.%m.%y"),
            ),
            ("festgestellt am", d.strftime("%d.%m.%y")),
        ]:
            p.rect(m, y, w - 2 * m, 22)
            p.text(m + 3, y + 7, cap, "Helvetica", 5.5)
            p.text(w - m - 80, y + 17, val, "Courier", 9)
            y += 22
        p.rect(m, y, w - 2 * m, 48)
        p.text(m + 3, y + 7, "AU-begruendende Diagnose(n) (ICD-10)", "Helvetica", 5.5)
        code = dx[dx.find("(") + 1 : -1] if "(" in dx else serial(rng, "A99.9")
        p.text(m + 6, y + 20, f"{code} G", "Courier", 10)
        y += 56
        p.text(m, y, "Ausfertigung zur Vorlage beim Arzt", "Helvetica-Bold", 7)
    sy = hh - m - 46
    practice_stamp(p, w - m - 170, sy, h, gp, f"BSNR {bsnr}")
    sign(p, w - m - 150, sy + 40, gp, 12)
    p.text(w - m - 170, hh - m + 2, "Vertragsarztstempel / Unterschrift des Arztes", "Helvetica", 5)
    p.text(
        m,
        hh - m + 2,
        f"Muster {form} ({rng.choice(['4.2021', '10.2022', '1.2024'])})",
        "Helvetica",
        6,
    )
    return p


def carer_head(who: Issuer, home: bool) -> Head:
    """The pharmacy (or, in Germany, with ``home``, the nursing home) that writes about a
    patient's prescriptions."""
    h = head_of(who, "pharmacy")
    where = area(who)
    rows = [x for x in ROLES["pharmacy"] if x[1] == where]
    want = [x for x in rows if ("heim" in x[0] or "Senioren" in x[0]) == home] or rows
    name, _, street, town, phone = seeded(who, f"carer{home}").choice(want)
    short = "".join(c for c in name.split()[0].lower() if c.isalpha())
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[h.lang]
    web = "" if home else f"www.{short}.{tld}"
    return replace(h, name=name, street=street, town=town, phone=phone, web=web)


def tpl_repeat_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A repeat prescription request: the English tear-off repeat slip on a narrow strip with
    the items ticked by the patient, a German nursing home's faxed Rezeptbestellung for its
    residents, a French pharmacy's demande de renouvellement."""
    lg = lang_of(who)
    pt_ = patient_for(who, rng, "repeat_request")
    d = on(rng)
    if lg == "en":
        h = head_of(who, "practice")
        r = seeded(who, "slip")
        size = (mm * r.choice([95, 100, 105]), mm * r.choice([200, 210]))
        w, hh = size
        p = Page(size)
        x = 14.0
        p.text(
            w / 2,
            24,
            fit(h.name.upper(), "Helvetica-Bold", 8, w - 20),
            "Helvetica-Bold",
            8,
            "center",
        )
        p.text(w / 2, 34, "REPEAT PRESCRIPTION REQUEST", "Helvetica", 7, "center")
        p.line(x, 40, w - x, 40)
        y = 54.0
        for t in (
            pt_.name("en"),
            f"DOB {born_text(pt_, 'en')}   NHS {pt_.number}",
            pt_.street,
            pt_.town,
        ):
            p.text(x, y, fit(t, "Courier", 7.5, w - 2 * x), "Courier", 7.5)
            y += 10
        y += 8
        p.text(x, y, "Tick the items you need:", "Helvetica-Bold", 7.5)
        y += 14
        for name, dose, qty in meds_rows(rng, "en", rng.randint(2, 7)):
            box(p, x, y, rng.random() < 0.7, 8)
            for k, ln in enumerate(wrap(name, "Courier", 7, w - 2 * x - 14)[:2]):
                p.text(x + 13, y + k * 9, ln, "Courier", 7)
            y += 9 * min(2, len(wrap(name, "Courier", 7, w - 2 * x - 14)))
            p.text(
                x + 13, y, fit(f"{dose} - {qty}", "Courier", 6.5, w - 2 * x - 14), "Courier", 6.5
            )
            y += 8
            last = d - timedelta(days=rng.randint(20, 90))
            p.text(
                x + 13,
                y,
                f"Last issued {date_text(last, 'en', 'short')}  Issue {rng.randint(1, 6)}/6",
                "Courier",
                6.5,
            )
            y += 14
        p.line(x, y, w - x, y)
        y += 12
        p.text(
            x,
            y,
            f"Review due: {date_text(d + timedelta(days=rng.randint(20, 300)), 'en', 'short')}",
            "Helvetica",
            6.5,
        )
        y += 10
        ph = carer_head(who, False)
        p.text(
            x,
            y,
            fit(f"Nominated pharmacy: {ph.name}, {ph.street}", "Helvetica", 6.5, w - 2 * x),
            "Helvetica",
            6.5,
        )
        y += 18
        if rng.random() < 0.6:
            for ln in wrap(
                rng.choice(
                    [
                        "please can I have these by Friday - thanks",
                        "going on holiday on the 14th",
                        "also need more test strips please",
                        "Inhaler ran out, thank you",
                    ]
                ),
                HAND,
                9,
                w - 2 * x,
            ):
                p.text(x, y, ln, HAND, 9)
                y += 11
        p.text(
            w / 2,
            hh - 14,
            "Allow 3 working days. Requests by phone are not accepted.",
            "Helvetica",
            5.5,
            "center",
        )
        return [p]
    home = lg == "de"
    h = carer_head(who, home)
    pr = head_of(who, "practice")
    s = paper(who.style, A4)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f, s, h, practice_lines(pr), d, [(tr(lg, "", "Fax", "Fax"), serial(rng, "0999 999999"))]
    )
    caption(
        f,
        s,
        tr(
            lg,
            "",
            "Rezeptbestellung / Medikamentenanforderung",
            "Demande de renouvellement d'ordonnance",
        ),
        3,
    )
    if home:
        write(
            f,
            s,
            "Sehr geehrte Damen und Herren, wir bitten um Ausstellung folgender Rezepte fuer "
            f"unsere Bewohner. Bitte die Rezepte direkt an die {carer_head(who, False).name} "
            "weiterleiten.",
        )
        rows = []
        people = [pt_] + [a_patient(rng, area(who), old=True) for _ in range(rng.randint(0, 5))]
        for q in people:
            for name, _, qty in meds_rows(rng, lg, rng.randint(1, 3)):
                rows.append([f"{q.last}, {q.first}", q.born.strftime("%d.%m.%Y"), name, qty, ""])
        table(
            f,
            columns(
                m, w - m, [(2, "left"), (1.1, "left"), (3.2, "left"), (1.1, "left"), (1, "left")]
            ),
            ["Bewohner/in", "geb.", "Medikament", "Menge", "erledigt"],
            rows,
            s,
            rules=True,
            step=2.0,
        )
        f.need(60)
        f.y += 16
        nurse = rng.choice(STAFF["de"])
        f.page.text(
            m, f.y, f"Wohnbereich {rng.randint(1, 4)} - Pflegefachkraft {nurse}", s.font, s.size
        )
        sign(f.page, m + 20, f.y + 28, nurse, 12)
    else:
        f.y = patient_block(f.page, s, lg, pt_, m, f.y, w - 2 * m, [])
        write(
            f,
            s,
            f"Madame, Monsieur, l'ordonnance de {pt_.name(lg)} est arrivee a echeance. "
            "Pourriez-vous nous faire parvenir un renouvellement pour le traitement suivant :",
        )
        for name, dose, qty in meds_rows(rng, lg, rng.randint(2, 6)):
            write(f, s, f"- {name} - {dose} - {qty}", indent=10)
        write(f, s, prose(rng, lg, 1, 2))
        f.need(50)
        f.y += 10
        ph = rng.choice(["Pierre Vidal", "Celine Faure", "Yasmine Haddad"])
        f.page.text(m, f.y, f"{ph}, docteur en pharmacie", s.font, s.size)
        sign(f.page, m + 10, f.y + 26, ph, 12)
    pages = close(f.pages, s, h, numbers="none")
    fax_lines(pages, rng, who, h, d)
    return pages


PHARMACISTS = {
    "en": ["Ravi Shah", "Anna Novak", "Claire Dobson", "Imran Ali"],
    "de": ["Lena Krause", "Christoph Baum", "Svetlana Roth"],
    "fr": ["Pierre Vidal", "Celine Faure", "Yasmine Haddad"],
}


def tpl_pharmacy_query(rng: random.Random, who: Issuer) -> list[Page]:
    """A community pharmacy's faxed query about a prescription (out of stock, dose unclear,
    interaction), the doctor's answer written by hand in the reply box and the note that it
    was faxed back."""
    h = carer_head(who, False)
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "pharmacy_query")
    gp = doctors(who)[rng.randint(0, 2)]
    d = on(rng)
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "PRESCRIPTION QUERY", "RUECKFRAGE ZUR VERORDNUNG", "DEMANDE DE PRECISION"),
        s.bold,
        s.size + 5,
    )
    p.text(
        w - m,
        f.y,
        tr(
            lg,
            "URGENT - please reply by fax",
            "Bitte per Fax beantworten",
            "Merci de repondre par fax",
        ),
        s.bold,
        s.size - 1,
        "right",
    )
    f.y += 22
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "To", "An", "A"), f"{gp}, {pr.name.split(' - ')[0]}", 3),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
        ],
    )
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Patient", "Patient/in", "Patient(e)"), pt_.name(lg, formal=True), 2.4),
                (tr(lg, "DOB", "geb. am", "Ne(e) le"), born_text(pt_, lg), 1),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{pt_.street}, {pt_.town}", 2.6),
            ],
        )
        + 16
    )
    drug = rng.choice(DRUGS[lg])
    f.page.text(m, f.y, tr(lg, "Item prescribed:", "Verordnet:", "Prescrit :"), s.bold, s.size)
    f.page.text(
        m + 110,
        f.y,
        fit(f"{drug[0]} - {drug[1]} - {drug[2]}", s.font, s.size, w - 2 * m - 110),
        s.font,
        s.size,
    )
    f.y += 20
    f.page.text(
        m, f.y, tr(lg, "Reason for query:", "Grund der Rueckfrage:", "Motif :"), s.bold, s.size
    )
    f.y += 14
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(lg, "Out of stock / supply problem", "Lieferengpass", "Rupture de stock"),
                tr(lg, "Dose / directions unclear", "Dosierung unklar", "Posologie imprecise"),
                tr(lg, "Interaction", "Wechselwirkung", "Interaction"),
                tr(lg, "Quantity", "Packungsgroesse", "Quantite"),
                tr(lg, "Other", "Sonstiges", "Autre"),
            ],
            {rng.randint(0, 4)},
            pt=9,
        )
        + 6
    )
    write(f, s, prose(rng, lg, 1, 3))
    if rng.random() < 0.6:
        alt = rng.choice(DRUGS[lg])
        write(f, s, tr(lg, "Suggested alternative: ", "Vorschlag: ", "Proposition : ") + alt[0])
    f.y += 8
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Pharmacist', 'Apotheker/in', 'Pharmacien(ne)')}: {rng.choice(PHARMACISTS[lg])}",
        s.font,
        s.size - 1,
    )
    f.y += 24
    bh = 150.0
    f.need(bh + 20)
    f.page.rect(m, f.y, w - 2 * m, bh)
    f.page.rect(m, f.y, w - 2 * m, 16, fill=0.88)
    f.page.text(
        m + 6,
        f.y + 11,
        tr(lg, "PRESCRIBER'S RESPONSE", "ANTWORT DER PRAXIS", "REPONSE DU MEDECIN"),
        s.bold,
        s.size - 1,
    )
    yy = f.y + 36
    if rng.random() < 0.85:
        for ln in wrap(words(rng, lg, rng.randint(6, 14)), HAND, 11, w - 2 * m - 20)[:4]:
            f.page.text(m + 10, yy, ln, HAND, 11)
            yy += 16
        sign(f.page, w - m - 150, f.y + bh - 22, gp, 13)
        f.page.text(
            m + 10,
            f.y + bh - 10,
            tr(lg, "faxed back ", "zurueckgefaxt ", "renvoye le ") + date_text(d, lg, "short")[:5],
            HAND,
            9,
        )
    pages = close(f.pages, s, h, numbers="none")
    fax_lines(pages, rng, who, h, d)
    return pages


def tpl_sick_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's copy of a fit note written by hand: an English Statement of Fitness for
    Work (MED3) on A5, a German Muster 1 Arbeitsunfaehigkeitsbescheinigung (the doctor's copy),
    a French avis d'arret de travail (cerfa, volet 1)."""
    h = head_of(who, "practice")
    lg = h.lang
    pt_ = patient_for(who, rng, "sick_note")
    gp = doctors(who)[rng.randint(0, 2)]
    d = on(rng)
    dx = rng.choice(DIAGNOSES[lg])
    if lg == "de":
        return [muster(rng, who, h, pt_, gp, d, "1", dx, "")]
    if lg == "en":
        s = paper(who.style, A5, margin=24, pt=8)
        w, hh = A5
        m = 24.0
        p = Page(A5)
        p.text(m, 34, "Statement of Fitness for Work", "Helvetica-Bold", 13)
        p.text(m, 46, "For social security or Statutory Sick Pay", "Helvetica", 7.5)
        p.text(w - m, 34, "Med 3", "Helvetica-Bold", 10, "right")
        y = 66.0
        items = [
            ("Patient's name", pt_.name("en")),
            ("I assessed your case on:", date_text(d, "en", "short")),
            ("and, because of the following condition(s):", dx.lower()),
        ]
        for cap, val in items:
            p.text(m, y, cap, "Helvetica", 7.5)
            p.text(m + 6, y + 13, fit(val, HAND, 10, w - 2 * m - 10), HAND, 10)
            p.line(m, y + 16, w - m, y + 16)
            y += 30
        p.text(m, y, "I advise you that:", "Helvetica-Bold", 7.5)
        y += 13
        fit_ = rng.random() < 0.3
        box(p, m, y, not fit_, 8)
        p.text(m + 13, y, "you are not fit for work.", "Helvetica", 7.5)
        y += 12
        box(p, m, y, fit_, 8)
        p.text(
            m + 13,
            y,
            "you may be fit for work taking into account the following advice:",
            "Helvetica",
            7.5,
        )
        y += 14
        y = (
            ticks(
                p,
                s,
                m + 13,
                y,
                w - 2 * m - 13,
                [
                    "a phased return to work",
                    "altered hours",
                    "amended duties",
                    "workplace adaptations",
                ],
                {rng.randint(0, 3)} if fit_ else set(),
                pt=7.5,
            )
            + 4
        )
        p.text(
            m, y, "Comments, including functional effects of your condition(s):", "Helvetica", 7.5
        )
        p.text(m + 6, y + 14, fit(words(rng, "en", 8), HAND, 9.5, w - 2 * m), HAND, 9.5)
        p.rect(m, y + 3, w - 2 * m, 34)
        y += 50
        weeks = rng.choice([1, 2, 2, 4, 6])
        p.text(m, y, "This will be the case for", "Helvetica", 7.5)
        p.text(m + 100, y, f"{weeks} weeks", HAND, 10)
        p.text(m + 170, y, "or from", "Helvetica", 7.5)
        p.text(m + 200, y, date_text(d, "en", "short"), HAND, 9)
        p.text(m + 260, y, "to", "Helvetica", 7.5)
        p.text(m + 272, y, date_text(d + timedelta(days=7 * weeks), "en", "short"), HAND, 9)
        y += 18
        p.text(
            m,
            y,
            "I will / will not need to assess your fitness for work again at the end of "
            "this period.",
            "Helvetica",
            7,
        )
        y += 24
        p.text(m, y, "Doctor's signature", "Helvetica", 7)
        sign(p, m + 80, y, gp, 12)
        p.text(m + 220, y, "Date of statement", "Helvetica", 7)
        p.text(m + 290, y, date_text(d, "en", "short"), HAND, 9)
        y += 16
        p.rect(m, y, w - 2 * m, 66)
        p.text(m + 3, y + 8, "Doctor's address", "Helvetica", 6)
        practice_stamp(p, m + 8, y + 20, h, gp, f"GMC {codes(who, gp)[1]}")
        p.text(m, hh - 16, "Med 3 04/22  - Patient copy retained for records", "Helvetica", 6)
        return [p]
    s = paper(who.style, A4, margin=36, pt=8)
    w, hh = A4
    m = 36.0
    p = Page(A4)
    p.text(m, 40, "avis d'arret de travail", "Helvetica-Bold", 15)
    p.text(w - m, 40, "cerfa  N. 10170*07", "Helvetica-Bold", 9, "right")
    p.text(
        m,
        54,
        "Art. L. 321-1, L. 323-6 et R. 321-2 du Code de la securite sociale",
        "Helvetica",
        6.5,
    )
    p.rect(m, 62, w - 2 * m, 16, fill=0.85)
    p.text(
        m + 6,
        73,
        "volet 1 - elements d'ordre medical (copie pour le dossier du cabinet)",
        "Helvetica-Bold",
        8,
    )
    y = 92.0
    y = grid(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Nom et prenom de l'assure(e)", f"{pt_.last.upper()} {pt_.first}", 2.2),
            ("N. d'immatriculation", pt_.number, 1.6),
        ],
        tall=30,
        hand=True,
    )
    y = (
        grid(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Adresse", f"{pt_.street}, {pt_.town}", 3),
                ("Date de naissance", born_text(pt_, "fr"), 1),
            ],
            tall=30,
            hand=True,
        )
        + 12
    )
    p.text(m, y, "Identification du praticien", "Helvetica-Bold", 8)
    practice_stamp(p, m + 8, y + 14, h, gp, f"N. AM {codes(who, gp)[0]}")
    y += 70
    p.text(m, y, "Elements d'ordre medical justifiant l'arret de travail", "Helvetica-Bold", 8)
    p.rect(m, y + 5, w - 2 * m, 70)
    for k, ln in enumerate(
        wrap(dx.lower() + " - " + words(rng, "fr", 8), HAND, 10.5, w - 2 * m - 16)[:4]
    ):
        p.text(m + 8, y + 24 + 15 * k, ln, HAND, 10.5)
    y += 92
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                "arret initial",
                "prolongation",
                "arret en rapport avec un accident cause par un tiers",
            ],
            {rng.choice([0, 0, 1])},
            pt=8,
        )
        + 6
    )
    until = d + timedelta(days=rng.randint(2, 21))
    p.text(m, y, "arret de travail jusqu'au", "Helvetica", 8)
    p.text(m + 130, y, date_text(until, "fr", "short"), HAND, 11)
    y += 20
    p.text(m, y, "sorties :", "Helvetica-Bold", 8)
    y = (
        ticks(
            p,
            s,
            m + 50,
            y,
            w - 2 * m - 50,
            [
                "non autorisees",
                "autorisees (11h-14h et 16h-21h sauf soins)",
                "autorisees sans restriction d'horaire",
            ],
            {rng.randint(0, 2)},
            pt=8,
        )
        + 18
    )
    p.text(m, y, "Date", "Helvetica", 8)
    p.text(m + 40, y, date_text(d, "fr", "short"), HAND, 11)
    p.text(w / 2, y, "Signature du medecin", "Helvetica", 8)
    sign(p, w / 2 + 90, y + 4, gp, 14)
    p.text(
        m,
        hh - 26,
        "S 3116 - L'assure(e) doit adresser les volets 1 et 2 a son organisme d'assurance "
        "maladie et le volet 3 a son employeur dans les 48 heures.",
        "Helvetica",
        6,
    )
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates W: insurers, registration and money
# ---------------------------------------------------------------------------------------------

QUESTIONS = {
    "en": [
        "Please list all conditions for which the patient has consulted in the last five years",
        "Has the patient been referred to a specialist? If so, give dates and outcome",
        "Current medication, with dose and date first prescribed",
        "Most recent blood pressure readings with dates",
        "Height, weight and body mass index",
        "Smoking history and alcohol consumption (units per week)",
        "Has the patient ever been investigated for heart disease, diabetes or cancer?",
        "Any history of anxiety, depression or other mental health condition?",
        "Is the patient currently awaiting any investigation, treatment or referral?",
        "How does the condition affect the patient's ability to carry out daily activities?",
        "Please give the prognosis and likely duration of any incapacity",
    ],
    "de": [
        "Welche Diagnosen liegen der Arbeitsunfaehigkeit zugrunde (ICD-10)?",
        "Seit wann befindet sich der Versicherte bei Ihnen in Behandlung?",
        "Welche Befunde (Labor, Bildgebung, Facharztberichte) liegen vor?",
        "Welche Therapie wird derzeit durchgefuehrt (Medikation, Heilmittel)?",
        "Sind Rehabilitationsmassnahmen angezeigt?",
        "Wie beurteilen Sie das Leistungsvermoegen im Erwerbsleben?",
        "Ist mit einer Wiederherstellung der Arbeitsfaehigkeit zu rechnen? Wann?",
        "Bestehen Einschraenkungen der Gehfaehigkeit oder der Belastbarkeit?",
    ],
    "fr": [
        "Date de debut de la maladie et date du diagnostic",
        "Nature exacte de l'affection et traitements suivis",
        "L'assure(e) a-t-il (elle) ete hospitalise(e) ? Dates et motifs",
        "Examens complementaires realises et leurs resultats",
        "Arrets de travail au cours des cinq dernieres annees",
        "Suivi actuel, traitement en cours et evolution previsible",
        "Existe-t-il des sequelles ou une invalidite ?",
    ],
}


def questionnaire(
    rng: random.Random, s: Style, h: Head, title: str, qs: list[str], ref: str, first: int = 1
) -> list[Page]:
    """Numbered questions with empty answer boxes, as an insurer sends them to be filled in."""
    w, hh = s.page_size
    m = s.margin

    def start(p: Page, n: int) -> float:
        p.text(m, m - 8, fit(title, s.bold, s.size + 1, w - 2 * m - 120), s.bold, s.size + 1)
        p.text(w - m, m - 8, ref, s.font, 7.5, "right")
        p.line(m, m - 2, w - m, m - 2)
        return m + 16

    f = Sheets((w, hh), hh - m - 20, start)
    for k, q in enumerate(qs, first):
        lines = wrap(f"{k}. {q}", s.bold, s.size - 0.5, w - 2 * m)
        tall = rng.choice([40, 54, 70])
        f.need(len(lines) * 11 + tall + 10)
        for ln in lines:
            f.page.text(m, f.y, ln, s.bold, s.size - 0.5)
            f.y += 11
        f.page.rect(m, f.y - 4, w - 2 * m, tall)
        f.y += tall + 8
    return f.pages


def tpl_insurer_request(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's or agency's request for a medical report: the covering letter (Access to
    Medical Reports Act, the fee), the patient's signed consent form and the questionnaire to
    fill in (an Anfrage of the Krankenkasse or the Rentenversicherung, a questionnaire
    medical confidentiel of a loan insurer)."""
    h = head_of(who, "insurer", ["band", "rule", "split", "centred"])
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "insurer_request")
    gp = doctors(who)[0]
    d = on(rng)
    s = paper(who.style, letter_size(who, lg, "ins"))
    w, hh = s.page_size
    m = s.margin
    ref = serial(
        rng, seeded(who, "insref").choice(["AA999999999", "99 999999 A 999", "9999/AAA/9999"])
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f, s, h, practice_lines(pr, gp), d, [(tr(lg, "Our ref", "Unser Zeichen", "Nos ref."), ref)]
    )
    subject = tr(
        lg,
        "Request for a General Practitioner's Report",
        "Anfrage Befundbericht" if "Renten" in h.name else "Anfrage zur Arbeitsunfaehigkeit",
        "Demande de renseignements medicaux confidentiels",
    )
    caption(f, s, subject, 1.5)
    f.y = patient_block(f.page, s, lg, pt_, m, f.y, w - 2 * m, [])
    dear(f, s, lg, colleague=lg != "en")
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, 2, 4))
    fee = rng.choice([104.0, 115.0, 85.0]) if lg == "en" else rng.choice([21.0, 28.2, 35.0, 46.0])
    write(
        f,
        s,
        tr(
            lg,
            f"The applicant has given consent under the Access to Medical Reports Act 1988 (copy "
            f"enclosed). We will pay a fee of GBP {money(fee)} on receipt of the completed report.",
            f"Fuer die Beantwortung vergueten wir {money(fee, lg)} EUR nach JVEG. Eine "
            "Schweigepflichtentbindung liegt vor.",
            f"Le questionnaire est a retourner sous pli confidentiel au medecin conseil. "
            f"Honoraires : {money(fee, lg)} EUR.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rng.choice(STAFF[lg]),
        tr(lg, "Underwriting Services", "Sachbearbeitung", "Service medical"),
        ink=rng.random() < 0.3,
    )
    f.need(14)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Enc: consent form, questionnaire",
            "Anlagen: Vordruck, Einwilligung",
            "PJ : questionnaire, autorisation",
        ),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.75:
        c = Page(s.page_size)
        y = m + 10
        c.text(
            m,
            y,
            tr(
                lg,
                "CONSENT TO THE RELEASE OF MEDICAL INFORMATION",
                "Schweigepflichtentbindung",
                "AUTORISATION DE COMMUNICATION D'INFORMATIONS MEDICALES",
            ),
            s.bold,
            s.size + 2,
        )
        y += 24
        for _ in range(2):
            for ln in wrap(prose(rng, lg, 2, 4), s.font, s.size - 1, w - 2 * m):
                c.text(m, y, ln, s.font, s.size - 1)
                y += (s.size - 1) * 1.4
            y += 6
        y = (
            ticks(
                c,
                s,
                m,
                y + 6,
                w - 2 * m,
                [
                    tr(
                        lg,
                        "I wish to see the report before it is sent",
                        "Ich moechte den Bericht vorab einsehen",
                        "Je souhaite prendre connaissance du rapport",
                    ),
                    tr(
                        lg,
                        "I do not wish to see the report",
                        "Keine Einsicht gewuenscht",
                        "Je ne souhaite pas en prendre connaissance",
                    ),
                ],
                {rng.randint(0, 1)},
                pt=9,
            )
            + 14
        )
        y = grid(
            c,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Full name", "Name, Vorname", "Nom, prenom"), f"{pt_.first} {pt_.last}", 2),
                (tr(lg, "Date of birth", "geb. am", "Date de naissance"), born_text(pt_, lg), 1),
            ],
            tall=30,
            hand=True,
        )
        y = grid(
            c,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Signature", "Unterschrift", "Signature"), "", 2),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    date_text(d - timedelta(days=rng.randint(3, 20)), lg, "short"),
                    1,
                ),
            ],
            tall=36,
            hand=True,
        )
        sign(c, m + 20, y - 8, f"{pt_.first} {pt_.last}", 14)
        c.text(m, hh - m, f"{h.name} - {ref}", s.font, 6.5)
        pages.append(c)
    qs = QUESTIONS[lg]
    n = rng.randint(4, len(qs))
    title = tr(lg, "GP REPORT", "Befundbericht", "QUESTIONNAIRE MEDICAL CONFIDENTIEL")
    pages += questionnaire(rng, s, h, title, qs[:n], ref)
    return pages


def tpl_medical_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's report in reply to an insurer's request: reference, patient, the
    numbered questions with the answers typed below; often the fee invoice behind it."""
    h = head_of(who, "practice")
    lg = h.lang
    ins = head_of(who, "insurer")
    pt_ = patient_for(who, rng, "medical_report")
    gp = doctors(who)[0]
    d = on(rng)
    s = paper(who.style, letter_size(who, lg, "rep"))
    w, _ = s.page_size
    m = s.margin
    ref = serial(rng, "AA999999999")
    f = sheets(
        s, h, f"{tr(lg, 'Report', 'Befundbericht', 'Rapport')} - {pt_.name(lg, formal=True)}"
    )
    recipient(f, s, h, lines_of(ins), d, [(tr(lg, "Your ref", "Ihr Zeichen", "V/ref."), ref)])
    caption(f, s, tr(lg, "Medical report", "Befundbericht", "Rapport medical confidentiel"), 2)
    f.y = patient_block(f.page, s, lg, pt_, m, f.y, w - 2 * m, [])
    for k, q in enumerate(QUESTIONS[lg][: rng.randint(3, len(QUESTIONS[lg]))], 1):
        f.need(40)
        f.para(m, w - 2 * m, f"{k}. {q}", s.bold, s.size - 0.5, gap=0.3)
        write(f, s, prose(rng, lg, 1, 3), indent=12)
    regards(
        f,
        s,
        lg,
        gp,
        tr(lg, "General Practitioner", "Facharzt fuer Allgemeinmedizin", "Medecin generaliste"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.55:
        f2 = sheets(s, h)
        caption(f2, s, tr(lg, "INVOICE", "RECHNUNG", "NOTE D'HONORAIRES"), 5)
        recipient(
            f2,
            s,
            h,
            lines_of(ins),
            d,
            [
                (tr(lg, "Invoice no", "Rechnungs-Nr.", "N."), serial(rng, "9999/99")),
                (tr(lg, "Your ref", "Ihr Zeichen", "V/ref."), ref),
            ],
        )
        fee = rng.choice([104.0, 115.0]) if lg == "en" else rng.choice([21.0, 28.2, 35.0])
        rows = [
            [
                tr(
                    lg,
                    f"Report on {pt_.name(lg)}",
                    f"Befundbericht {pt_.name(lg)} (JVEG Anl. 2 Nr. 200)",
                    f"Rapport medical - {pt_.name(lg)}",
                ),
                money(fee, lg),
            ]
        ]
        if lg == "de":
            rows.append(["Porto / Kopien", money(rng.choice([0.85, 1.6, 3.5]), lg)])
        table(
            f2,
            columns(m, w - m, [(5, "left"), (1.2, "right")]),
            [tr(lg, "Description", "Leistung", "Designation"), currency(lg)],
            rows,
            s,
            rules=True,
            step=2,
        )
        f2.y += 10
        write(
            f2,
            s,
            tr(
                lg,
                "Exempt from VAT (medical report). Payment by BACS to sort code "
                f"{serial(rng, '99-99-99')}, account {serial(rng, '99999999')}.",
                "Umsatzsteuerfrei gem. Paragraph 4 Nr. 14 UStG. Bitte ueberweisen Sie auf das "
                f"Praxiskonto IBAN DE{serial(rng, '99 9999 9999 9999 9999 99')}.",
                "Exonere de TVA, article 261-4-1 du CGI.",
            ),
            pt=s.size - 1,
        )
        pages += close(f2.pages, s, h, numbers="none")
    return pages


def tpl_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A new patient's registration form filled in by hand (GMS1, Patientenaufnahmebogen,
    fiche de renseignements) and, more often than not, the health questionnaire (Anamnesebogen,
    questionnaire medical) behind it; in Germany now and then the data protection consent."""
    h = head_of(who, "practice")
    lg = h.lang
    pt_ = a_patient(rng, area(who))
    d = on(rng)
    s = paper(who.style, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40.0
    p = Page(A4)
    if lg == "en":
        p.text(m, m, "Family Doctor Services Registration", "Helvetica-Bold", 14)
        p.text(w - m, m, "GMS1", "Helvetica-Bold", 16, "right")
        p.text(
            m, m + 14, "Please complete in BLOCK CAPITALS and tick as appropriate", "Helvetica", 7.5
        )
    else:
        y0 = heading(p, s, h) + 8
        p.text(
            m,
            y0,
            tr(lg, "", "Patientenaufnahmebogen", "Fiche de renseignements administratifs"),
            s.bold,
            14,
        )
    y = m + 34 if lg == "en" else y0 + 26
    born = born_text(pt_, lg)
    rows = [
        [
            (tr(lg, "Surname", "Name", "Nom de naissance"), pt_.last.upper(), 2),
            (tr(lg, "First names", "Vorname", "Prenom(s)"), pt_.first.upper(), 2),
        ],
        [
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), born, 1.2),
            (tr(lg, "NHS No", "Versichertennummer", "N. de securite sociale"), pt_.number, 1.6),
            (
                tr(lg, "Sex", "Geschlecht", "Sexe"),
                {"F": "W", "M": "M"}[pt_.sex] if lg == "de" else pt_.sex,
                0.6,
            ),
        ],
        [(tr(lg, "Home address", "Anschrift", "Adresse"), f"{pt_.street}\n{pt_.town}", 3)],
        [
            (
                tr(lg, "Telephone", "Telefon", "Telephone"),
                serial(rng, "07999 999999" if lg == "en" else "0999 9999999"),
                1,
            ),
            (
                tr(lg, "Email", "E-Mail", "Courriel"),
                f"{pt_.first.lower()}.{pt_.last.lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
                1.6,
            ),
        ],
    ]
    if lg == "en":
        rows.append(
            [
                (
                    "Town and country of birth",
                    rng.choice(
                        [
                            "Reading, UK",
                            "York, UK",
                            "Krakow, Poland",
                            "Lahore, Pakistan",
                            "Leeds, UK",
                        ]
                    ),
                    2,
                ),
                ("Previous address in UK", f"{rng.randint(1, 99)} {rng.choice(ROADS['en'])}", 2),
            ]
        )
        rows.append(
            [
                ("Name of previous doctor while at that address", rng.choice(PEOPLE["en"]), 2),
                (
                    "Address of previous doctor",
                    rng.choice(["Leeds", "London", "Oxford", "Newbury"]),
                    2,
                ),
            ]
        )
    elif lg == "de":
        rows.append(
            [
                ("Krankenkasse", pt_.cover, 2),
                (
                    "Beruf / Arbeitgeber",
                    rng.choice(["Rentner/in", "Verkaeuferin", "Schlosser", "Lehrerin", "Student"]),
                    2,
                ),
            ]
        )
        rows.append(
            [
                ("Bisheriger Hausarzt", rng.choice(PEOPLE["de"]), 2),
                ("Im Notfall zu benachrichtigen", f"{rng.choice(FIRST['de']['F'])} {pt_.last}", 2),
            ]
        )
    else:
        rows.append(
            [
                ("Mutuelle / complementaire", pt_.cover, 2),
                (
                    "Profession",
                    rng.choice(["retraite(e)", "infirmiere", "agent de maitrise", "etudiant"]),
                    2,
                ),
            ]
        )
        rows.append(
            [
                ("Medecin traitant precedent", rng.choice(PEOPLE["fr"]), 2),
                ("Personne a prevenir", f"{rng.choice(FIRST['fr']['F'])} {pt_.last}", 2),
            ]
        )
    for row in rows:
        tall = 40.0 if "\n" in row[0][1] else 30.0
        y = grid(p, s, m, y, w - 2 * m, row, tall=tall, hand=True, pt=10)
    y += 14
    if lg == "en":
        p.text(
            m,
            y,
            "If you are returning from the Armed Forces, or from abroad, tick here",
            "Helvetica",
            7.5,
        )
        box(p, w - m - 10, y, False, 8)
        y += 18
        p.text(m, y, "NHS Organ Donor registration - I want to donate:", "Helvetica-Bold", 8)
        y = (
            ticks(
                p,
                s,
                m,
                y + 14,
                w - 2 * m,
                [
                    "any of my organs and tissue",
                    "kidneys",
                    "heart",
                    "lungs",
                    "liver",
                    "corneas",
                    "pancreas",
                ],
                set(rng.sample(range(7), rng.randint(0, 2))),
                pt=8,
            )
            + 8
        )
        p.text(m, y, "Please tick if you would like to receive text reminders:", "Helvetica", 7.5)
        box(p, w - m - 10, y, rng.random() < 0.7, 8)
        y += 24
    else:
        p.text(
            m,
            y,
            tr(
                lg,
                "",
                "Ich bin einverstanden, dass Befunde an mitbehandelnde Aerzte uebermittelt werden.",
                "J'accepte que mes resultats soient transmis aux medecins qui me suivent.",
            ),
            s.font,
            8,
        )
        y = (
            ticks(
                p,
                s,
                m,
                y + 14,
                w - 2 * m,
                [tr(lg, "", "ja", "oui"), tr(lg, "", "nein", "non")],
                {0},
                pt=8,
            )
            + 16
        )
    p.text(m, y, tr(lg, "Signature", "Unterschrift", "Signature"), "Helvetica", 7.5)
    sign(p, m + 70, y + 4, f"{pt_.first} {pt_.last}", 14)
    p.text(w / 2, y, tr(lg, "Date", "Datum", "Date"), "Helvetica", 7.5)
    p.text(w / 2 + 40, y, date_text(d, lg, "short"), HAND, 10)
    if lg == "en":
        p.rect(m, hh - m - 60, w - 2 * m, 50, fill=0.93)
        p.text(m + 4, hh - m - 48, "For practice use only:", "Helvetica-Bold", 7)
        p.text(
            m + 4,
            hh - m - 34,
            f"Patient registered   Date {date_text(d + timedelta(days=2), 'en', 'short')}"
            f"   Staff initials {serial(rng, 'AA')}",
            "Helvetica",
            7,
        )
        p.text(m + 4, hh - m - 20, "ID seen / proof of address seen", "Helvetica", 7)
        p.text(w - m - 6, hh - m - 20, "PCSE GMS1 (May 2023)", "Helvetica", 6, "right")
    pages = [p]
    if rng.random() < 0.6:
        q = Page(A4)
        y = m + 4
        q.text(
            m,
            y,
            tr(lg, "New patient health questionnaire", "Anamnesebogen", "Questionnaire medical"),
            "Helvetica-Bold",
            13,
        )
        q.text(w - m, y, f"{pt_.first} {pt_.last}", HAND, 10, "right")
        y += 26
        y = (
            grid(
                q,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Height", "Groesse", "Taille"), f"{rng.randint(150, 195)} cm", 1),
                    (tr(lg, "Weight", "Gewicht", "Poids"), f"{rng.randint(50, 120)} kg", 1),
                    (tr(lg, "Blood pressure (if known)", "Blutdruck", "Tension"), "", 1),
                ],
                tall=30,
                hand=True,
                pt=10,
            )
            + 16
        )
        groups = [
            (
                tr(
                    lg,
                    "Do you have any of the following?",
                    "Bestehen folgende Erkrankungen?",
                    "Avez-vous l'une des maladies suivantes ?",
                ),
                [
                    tr(lg, "Diabetes", "Diabetes", "Diabete"),
                    tr(lg, "Asthma", "Asthma", "Asthme"),
                    tr(lg, "High blood pressure", "Bluthochdruck", "Hypertension"),
                    tr(lg, "Heart disease", "Herzerkrankung", "Maladie cardiaque"),
                    tr(lg, "Epilepsy", "Epilepsie", "Epilepsie"),
                    tr(lg, "Stroke", "Schlaganfall", "AVC"),
                    tr(lg, "Cancer", "Krebs", "Cancer"),
                    tr(lg, "Thyroid disease", "Schilddruese", "Thyroide"),
                    tr(lg, "Depression", "Depression", "Depression"),
                ],
            ),
            (
                tr(
                    lg,
                    "Family history (parents, brothers, sisters)",
                    "Erkrankungen in der Familie",
                    "Antecedents familiaux",
                ),
                [
                    tr(lg, "Heart attack under 60", "Herzinfarkt", "Infarctus"),
                    tr(lg, "Diabetes", "Diabetes", "Diabete"),
                    tr(lg, "Breast cancer", "Brustkrebs", "Cancer du sein"),
                    tr(lg, "Bowel cancer", "Darmkrebs", "Cancer colorectal"),
                    tr(lg, "Glaucoma", "Glaukom", "Glaucome"),
                ],
            ),
            (
                tr(lg, "Smoking", "Rauchen", "Tabac"),
                [
                    tr(lg, "Never", "nie", "jamais"),
                    tr(lg, "Ex-smoker", "frueher", "ancien fumeur"),
                    tr(lg, "Current", "ja", "actuel"),
                ],
            ),
        ]
        for title, labels in groups:
            q.text(m, y, title, "Helvetica-Bold", 9)
            y = (
                ticks(
                    q,
                    s,
                    m,
                    y + 16,
                    w - 2 * m,
                    labels,
                    set(rng.sample(range(len(labels)), rng.randint(0, 2))),
                    pt=9,
                )
                + 12
            )
        for cap in [
            tr(
                lg,
                "Alcohol: how many units per week?",
                "Alkohol: wie viel pro Woche?",
                "Alcool : verres par semaine ?",
            ),
            tr(lg, "Allergies", "Allergien / Unvertraeglichkeiten", "Allergies"),
            tr(lg, "Current medication", "Regelmaessige Medikamente", "Traitements en cours"),
            tr(
                lg,
                "Operations / hospital stays",
                "Operationen / Krankenhausaufenthalte",
                "Operations / hospitalisations",
            ),
        ]:
            q.text(m, y, cap, "Helvetica", 8.5)
            y += 16
            if rng.random() < 0.7:
                q.text(
                    m + 8, y, fit(words(rng, lg, rng.randint(3, 7)), HAND, 10, w - 2 * m), HAND, 10
                )
            q.line(m, y + 3, w - m, y + 3)
            y += 24
        pages.append(q)
    if lg == "de" and rng.random() < 0.35:
        c = Page(A4)
        y = heading(c, s, h) + 6
        c.text(
            m,
            y,
            "Einwilligungserklaerung zur Datenverarbeitung (Art. 9 DSGVO)",
            "Helvetica-Bold",
            11,
        )
        y += 20
        y = small_print(
            c, m, y, w - 2 * m, hh - 200, [prose(rng, "de", 3, 5) for _ in range(5)], 1, 8.5
        )
        y += 20
        c.text(m, y, f"{h.town.split()[-1]}, den {date_text(d, 'de', 'short')}", HAND, 10)
        sign(c, w / 2, y, f"{pt_.first} {pt_.last}", 14)
        c.line(w / 2, y + 4, w - m, y + 4)
        c.text(w / 2, y + 14, "Unterschrift Patient/in", "Helvetica", 7)
        pages.append(c)
    return pages


PAY_LINES = {
    "en": [
        ("Global Sum", 38000, 62000),
        ("Global Sum - out of area in-hours urgent care", 150, 400),
        ("QOF Aspiration Payment", 6000, 11000),
        ("QOF Achievement Payment (prior year)", 2000, 9000),
        ("Childhood Immunisations Enhanced Service", 600, 2500),
        ("Seasonal Influenza Vaccination", 1500, 9000),
        ("Learning Disability Health Check Scheme", 140, 980),
        ("Minor Surgery", 300, 1400),
        ("Premises - Notional Rent", 3500, 7200),
        ("Premises - Business Rates", 900, 2100),
        ("PCN Participation ES", 400, 900),
        ("Seniority (historic)", 0, 600),
    ],
    "en-": [
        ("GP Pension Scheme Employer Contributions", 2500, 6000),
        ("GP Pension Scheme Employee Contributions", 1200, 4500),
        ("Added Years / AVC", 0, 300),
        ("Statutory Levy - LMC", 80, 300),
        ("Voluntary Levy - LMC", 40, 150),
        ("Care Quality Commission fee (recharge)", 0, 400),
    ],
    "de": [
        ("01100", "Unvorhergesehene Inanspruchnahme I"),
        ("03000", "Versichertenpauschale Hausarzt"),
        ("03040", "Zuschlag Vorhaltepauschale"),
        ("03220", "Chronikerpauschale 1"),
        ("03221", "Chronikerpauschale 2"),
        ("03230", "Problemorientiertes aerztliches Gespraech"),
        ("03322", "Belastungs-EKG"),
        ("03330", "Spirographische Untersuchung"),
        ("01732", "Gesundheitsuntersuchung"),
        ("89111", "Influenza-Impfung Standardimpfung"),
        ("32025", "Glukose"),
        ("03360", "Hausaerztlich-geriatrisches Basisassessment"),
        ("01410", "Besuch"),
        ("33042", "Sonographie Abdomen"),
    ],
    "fr": [
        ("Forfait structure - volet 1", 1750, 1750),
        ("Forfait structure - volet 2", 900, 3200),
        ("ROSP - suivi des pathologies chroniques", 1200, 4100),
        ("ROSP - prevention", 800, 2600),
        ("ROSP - efficience des prescriptions", 600, 2100),
        ("Forfait patientele medecin traitant (FPMT)", 9000, 21000),
        ("Forfait medecin traitant ALD", 1800, 5200),
        ("Assistant medical - aide a l'embauche", 0, 12000),
        ("Consultations tiers payant - regularisations", 400, 3600),
    ],
}


def tpl_payment_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The payer's payment statement to the practice: NHS England's monthly GP statement of
    payments and deductions, a KV Honorarbescheid for the quarter with the covering notice,
    the fee table and a landscape statistics page, or a CPAM releve with the forfait and ROSP
    lines; every page belongs to it."""
    h = head_of(who, "payer", ["rule", "split", "band"])
    lg = h.lang
    pr = head_of(who, "practice")
    d = on(rng)
    s = paper(who.style, A4, pt=min(who.style.size, 9.5))
    w, _ = s.page_size
    m = s.margin
    bsnr, _ = codes(who, "practice")
    q = (d.month - 1) // 3 + 1
    period = tr(
        lg,
        f"{date_text(d, 'en', 'long').split(' ', 1)[1]}",
        f"Quartal {q}/{d.year}",
        f"{date_text(d, 'fr', 'long').split(' ', 1)[1]}",
    )
    title = tr(
        lg,
        "GP Practice Payment Statement",
        f"Honorarbescheid fuer das {period}",
        "Releve des paiements et remunerations forfaitaires",
    )
    f = sheets(s, h, f"{title} - {pr.name.split(' - ')[0]} - {bsnr}")
    recipient(
        f,
        s,
        h,
        lines_of(pr),
        d,
        [
            (tr(lg, "Practice code", "BSNR", "N. AM"), bsnr),
            (tr(lg, "Period", "Abrechnung", "Periode"), period),
        ],
    )
    caption(f, s, title, 2)
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    if lg == "en":
        size_ = rng.uniform(0.8, 1.6)
        pay = [(n, rng.uniform(a, b) * size_) for n, a, b in PAY_LINES["en"] if rng.random() < 0.8]
        table(f, cols, ["Payments", "GBP"], [[n, money(v)] for n, v in pay], s, rules=True)
        f.y += 8
        ded = [
            (n, rng.uniform(a, b) * size_) for n, a, b in PAY_LINES["en-"] if rng.random() < 0.85
        ]
        table(f, cols, ["Deductions", "GBP"], [[n, "-" + money(v)] for n, v in ded], s, rules=True)
        f.y += 8
        net = sum(v for _, v in pay) - sum(v for _, v in ded)
        caption(f, s, f"Net payment: GBP {money(net)}", 1)
        write(
            f,
            s,
            "Payment will be made to the practice bank account by BACS on or around the 1st of the "
            "month. Queries should be raised via the PCSE online enquiry form.",
            pt=s.size - 1,
        )
        if rng.random() < 0.5:
            f.new_page()
            caption(f, s, "Payment detail - Enhanced Services", 1)
            rows = [
                [
                    f"{date_text(d - timedelta(days=30 * k), 'en', 'short')}  {n}",
                    money(rng.uniform(a, b) / 50),
                ]
                for k in range(rng.randint(8, 24))
                for n, a, b in [rng.choice(PAY_LINES["en"][4:8])]
            ]
            table(f, cols, ["Item", "GBP"], rows, s, size=s.size - 1.5)
        return close(f.pages, s, h, numbers="Page {i} of {n}")
    if lg == "de":
        write(
            f,
            s,
            "Sehr geehrte Damen und Herren, fuer das oben genannte Quartal setzen wir Ihr Honorar "
            "wie folgt fest. Die Einzelheiten entnehmen Sie bitte den Anlagen.",
        )
        rows = [
            [t, money(rng.uniform(a, b), lg)]
            for t, a, b in [
                ("Honorar Regelleistungsvolumen (RLV)", 38000, 71000),
                ("Qualifikationsgebundene Zusatzvolumen (QZV)", 2000, 9000),
                ("Freie Leistungen ausserhalb RLV/QZV", 6000, 18000),
                ("Hausarztzentrierte Versorgung", 0, 9000),
                ("Verwaltungskostenumlage 2,5 %", -2600, -1100),
            ]
        ]
        table(f, cols, ["Honorarbestandteil", "EUR"], rows, s, rules=True)
        f.y += 8
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            f"erhoben werden. Der Widerspruch ist schriftlich bei der {h.name} einzulegen.",
            pt=s.size - 1,
        )
        f.new_page()
        caption(f, s, "Anlage 1 - Leistungsuebersicht nach GOP", 1)
        rows = []
        for gop, text in PAY_LINES["de"]:
            n = rng.randint(3, 1400)
            pts = rng.choice([90, 128, 150, 213, 302, 86])
            rows.append([gop, text, str(n), str(pts), money(n * pts * 0.119339, lg)])
        rows *= rng.choice([1, 2, 3, 4])
        table(
            f,
            columns(
                m,
                w - m,
                [(0.8, "left"), (4, "left"), (0.8, "right"), (0.8, "right"), (1.2, "right")],
            ),
            ["GOP", "Leistung", "Anzahl", "Punkte", "Euro"],
            rows,
            s,
            size=s.size - 1,
            rules=True,
        )
        pages = list(f.pages)
        if rng.random() < 0.6:
            pages.append(
                stat_page(
                    rng,
                    who,
                    h,
                    "Anlage 2 - Abrechnungsstatistik im Fachgruppenvergleich",
                    ["Kennzahl", "Praxis", "Fachgruppe", "Abweichung %"],
                    lg,
                )
            )
        return close(pages, s, h, numbers="Seite {i} von {n}")
    rows = [[n, money(rng.uniform(a, b), lg)] for n, a, b in PAY_LINES["fr"] if rng.random() < 0.85]
    table(f, cols, ["Libelle", "Montant EUR"], rows, s, rules=True)
    f.y += 10
    write(
        f,
        s,
        "Ces sommes seront versees sur le compte bancaire declare. En cas de desaccord, vous "
        "pouvez saisir la commission de recours amiable dans un delai de deux mois.",
        pt=s.size - 1,
    )
    pages = list(f.pages)
    if rng.random() < 0.6:
        pages.append(
            stat_page(
                rng,
                who,
                h,
                "ROSP - detail des indicateurs",
                ["Indicateur", "Valeur", "Objectif", "Points"],
                lg,
            )
        )
    return close(pages, s, h, numbers="Page {i}/{n}")


def stat_page(
    rng: random.Random, who: Issuer, h: Head, title: str, heads: list[str], lg: str
) -> Page:
    """A landscape statistics page printed behind a payment statement, its own header line."""
    s = paper(who.style, landscape(A4), margin=36, pt=8)
    w, hh = s.page_size
    m = 36.0
    p = Page(s.page_size)
    p.text(m, m, fit(h.name, "Helvetica", 7.5, w / 2), "Helvetica", 7.5)
    p.text(m, m + 16, title, "Helvetica-Bold", 11)
    f = Flow(s.page_size, hh - m, lambda pg, n: m)
    f.pages = [p]
    f.page = p
    f.y = m + 36
    rows = []
    for _ in range(rng.randint(12, 26)):
        a, b = rng.uniform(1, 400), rng.uniform(1, 400)
        rows.append(
            [
                words(rng, lg, rng.randint(3, 6))[:-1],
                f"{a:.1f}".replace(".", ","),
                f"{b:.1f}".replace(".", ","),
                f"{(a - b) / b * 100:+.1f}".replace(".", ","),
            ]
        )
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1, "right"), (1, "right")]),
        heads,
        rows,
        s,
        size=8,
        rules=True,
        step=1.9,
    )
    return p


# ---------------------------------------------------------------------------------------------
# Templates W: supplies, premises and staff
# ---------------------------------------------------------------------------------------------

SUPPLIES = {
    "en": [
        ("Nitrile examination gloves, medium, box of 100", "GLV-NM100", 4.95),
        ("Sharps container 1 litre, yellow lid", "SHP-1LY", 2.10),
        ("Fluenz nasal spray influenza vaccine, pack of 10", "VAC-FLZ10", 180.0),
        ("Adjuvanted trivalent influenza vaccine, pack of 10", "VAC-ATIV10", 99.5),
        ("Vacutainer SST II tubes 5 ml, pack of 100", "BLD-SST5", 24.6),
        ("Safety blood collection needles 21G, box of 100", "BLD-N21", 18.9),
        ("Couch roll 50 cm x 40 m, case of 9", "CCH-509", 21.5),
        ("Alcohol wipes 70% IPA, box of 200", "WIP-IPA200", 3.4),
        ("Urine sample containers 30 ml, pack of 400", "URN-30", 27.0),
        ("Disposable speculum, medium, box of 25", "SPC-M25", 11.25),
        ("Tongue depressors, sterile, box of 100", "TNG-100", 6.8),
        ("Steri-strips 6 x 75 mm, box of 50", "STR-675", 12.4),
        ("Blood glucose test strips, pack of 50", "BGS-50", 9.99),
    ],
    "de": [
        ("Nitril-Untersuchungshandschuhe Gr. M, 100 St.", "24150", 5.49),
        ("Kanuelenabwurfbehaelter 1,5 l", "31022", 2.35),
        ("Influenza-Impfstoff tetravalent, 10 Fertigspritzen", "PZN 17929374", 139.9),
        ("S-Monovette Serum 7,5 ml, 50 St.", "04101", 19.8),
        ("Sicherheitskanuelen 21G gruen, 100 St.", "04205", 16.9),
        ("Aerztekrepp 50 cm x 50 m, 6 Rollen", "17050", 18.6),
        ("Hautdesinfektion Cutasept F 1 l", "60210", 8.75),
        ("Urinbecher 100 ml, 100 St.", "22100", 9.9),
        ("EKG-Elektroden Einmal, 30 St.", "50130", 6.4),
        ("Wundschnellverband 6 cm x 5 m", "12605", 4.2),
        ("Spatel Holz unsteril, 100 St.", "40100", 2.9),
    ],
    "fr": [
        ("Gants d'examen nitrile taille M, boite de 100", "GN-M100", 5.2),
        ("Collecteur DASRI 1,5 L", "CD-15", 2.4),
        ("Vaccin grippal quadrivalent, boite de 10 seringues", "VG-Q10", 125.0),
        ("Tubes secs 5 ml, sachet de 100", "TS-5", 21.0),
        ("Aiguilles de prelevement 21G, boite de 100", "AP-21", 15.5),
        ("Drap d'examen 50 x 38 m, carton de 12", "DE-5038", 29.9),
        ("Compresses steriles 7,5 x 7,5, 50 sachets", "CS-75", 7.6),
        ("Speculums a usage unique taille M, 25", "SP-M25", 10.9),
        ("Abaisse-langue bois, boite de 100", "AL-100", 3.1),
        ("Electrodes ECG, sachet de 50", "EL-50", 8.2),
    ],
}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Payment",
        "Delivery",
        "Cold chain products",
        "Returns",
        "Title and risk",
        "Liability",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Zahlung",
        "Lieferung",
        "Kuehlkettenpflichtige Ware",
        "Gewaehrleistung",
        "Eigentumsvorbehalt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Paiement",
        "Livraison",
        "Produits thermosensibles",
        "Retours",
        "Reserve de propriete",
        "Responsabilite",
        "Juridiction",
    ],
}


def terms_page(
    rng: random.Random, s: Style, lang: str, title: str, pt: float, cols: int = 2
) -> Page:
    """A page of conditions in small print in ``cols`` columns under a centred title."""
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, shrink(title, s.bold, s.size + 1, w - 2 * m), "center")
    small_print(
        p, m, m + 20, w - 2 * m, hh - m - 30, clauses(rng, lang, TERMS_HEADS[lang], 40), cols, pt
    )
    return p


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A medical supplier's invoice to the practice: account and order boxes, the items over
    one to three pages, VAT and total, bank details; the terms of sale on the back now and
    then."""
    h = head_of(who, "supplier")
    lg = h.lang
    pr = head_of(who, "practice")
    d = on(rng)
    s = paper(who.style, letter_size(who, lg, "inv"))
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, seeded(who, "invno").choice(["SI999999", "RE-2024-99999", "FA99999999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        [tr(lg, "Accounts payable", "Buchhaltung", "Comptabilite"), *lines_of(pr)],
        d,
        [
            (tr(lg, "Invoice no", "Rechnungs-Nr.", "Facture n."), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(seeded(who, "acct"), "999999")),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
        ],
    )
    caption(f, s, title, 5)
    rows = []
    net = 0.0
    items = rng.sample(SUPPLIES[lg], rng.randint(2, len(SUPPLIES[lg])))
    items *= rng.choice([1, 1, 1, 2, 3])
    for name, code, price in items:
        qn = rng.choice([1, 2, 2, 3, 5, 10, 20])
        net += qn * price
        rows.append([code, name, str(qn), money(price, lg), money(qn * price, lg)])
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (4.4, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
    )
    f.need(70)
    rate = {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                (tr(lg, "Net total", "Nettobetrag", "Total HT"), money(net, lg)),
                (
                    tr(lg, f"VAT {rate:.0%}", f"MwSt. {rate:.0%}", f"TVA {rate:.0%}"),
                    money(net * rate, lg),
                ),
                (
                    tr(lg, "TOTAL DUE", "Rechnungsbetrag", "TOTAL TTC"),
                    f"{currency(lg)} {money(net * (1 + rate), lg)}",
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days net. Please quote the invoice number with your payment.",
            "Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder 30 Tage netto.",
            "Paiement a 30 jours fin de mois. Penalites de retard : 3 fois le taux legal; "
            "indemnite forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.4:
        received(rng, f.pages[0], lg, d, m, hh - m - 100)
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            terms_page(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions of Sale",
                    "Allgemeine Geschaeftsbedingungen",
                    "Conditions generales de vente",
                ),
                6.3,
                rng.choice([2, 3]),
            )
        )
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A medical supplier's delivery note on A5 (landscape or portrait) or A4: the items
    picked and sent, cold chain box for vaccines, the signature of whoever took it in."""
    h = head_of(who, "supplier")
    lg = h.lang
    pr = head_of(who, "practice")
    r = seeded(who, "dn")
    size = r.choice([A5, landscape(A5), A4])
    s = paper(who.style, size, margin=r.choice([24, 30, 36]), pt=min(who.style.size, 8.5))
    w, hh = size
    m = s.margin
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    p.text(
        w - m,
        f.y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        s.size + 3,
        "right",
    )
    p.text(
        w - m,
        f.y + 12,
        serial(rng, r.choice(["DN9999999", "LS 99999999", "BL999999"])),
        "Courier",
        9,
        "right",
    )
    p.text(
        m,
        f.y,
        fit(
            tr(lg, "Deliver to: ", "Lieferanschrift: ", "Livrer a : ") + pr.name.split(" - ")[0],
            s.font,
            8,
            w / 2,
        ),
        s.font,
        8,
    )
    p.text(m, f.y + 10, fit(f"{pr.street}, {pr.town}", s.font, 8, w / 2), s.font, 8)
    f.y += 28
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
                (tr(lg, "Order", "Bestellung", "Commande"), serial(rng, "PO-9999"), 1),
                (tr(lg, "Parcels", "Packstuecke", "Colis"), str(rng.randint(1, 6)), 0.7),
                (
                    tr(lg, "Carrier", "Versand", "Transporteur"),
                    rng.choice(["DPD", "DHL", "UPS", "GLS", "Own van"]),
                    1,
                ),
            ],
            tall=22,
        )
        + 10
    )
    rows = []
    cold = False
    for name, code, _ in rng.sample(SUPPLIES[lg], rng.randint(1, 6)):
        qn = rng.choice([1, 2, 4, 5, 10])
        sent = qn if rng.random() < 0.85 else qn - 1
        cold = cold or "accin" in name or "mpfstoff" in name
        rows.append([code, name, str(qn), str(sent)])
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (4.2, "left"), (0.7, "right"), (0.7, "right")]),
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Artikel", "Designation"),
            tr(lg, "Ord", "Best.", "Cde"),
            tr(lg, "Sent", "Gel.", "Livre"),
        ],
        rows,
        s,
        size=s.size - 0.5,
        rules=True,
    )
    if f.y > hh - m - 70:
        f.new_page()
    p = f.page
    yb = max(f.y + 8, hh - m - 60)
    if cold:
        box(p, m, yb - 12, True, 8)
        p.text(
            m + 12,
            yb - 12,
            tr(
                lg,
                "COLD CHAIN: store at +2 to +8 C immediately",
                "KUEHLWARE +2 bis +8 C sofort einlagern",
                "CHAINE DU FROID +2/+8 C",
            ),
            s.bold,
            7.5,
        )
    p.text(
        m,
        yb + 4,
        tr(
            lg,
            "Received in good condition (print / sign):",
            "Ware vollstaendig erhalten:",
            "Recu en bon etat (nom / signature) :",
        ),
        s.font,
        7,
    )
    rec = staff(who, "reception")
    p.text(m + 6, yb + 22, rec.split()[-1].upper(), HAND, 10)
    sign(p, w / 2, yb + 22, rec)
    p.line(m, yb + 26, w - m, yb + 26)
    return close(f.pages, s, h, numbers="none")


def tpl_fridge_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice nurse's vaccine fridge temperature record for a month on landscape A4:
    day rows with the current, minimum and maximum readings, reset ticks and initials by hand,
    an action box when out of range."""
    h = head_of(who, "practice")
    lg = h.lang
    s = paper(who.style, landscape(A4), margin=30, pt=8)
    w, hh = s.page_size
    m = 30.0
    d = on(rng)
    p = Page(s.page_size)
    p.text(
        m,
        m,
        tr(
            lg,
            "VACCINE REFRIGERATOR TEMPERATURE RECORD",
            "Temperaturprotokoll Impfstoffkuehlschrank",
            "Releve des temperatures - refrigerateur a vaccins",
        ),
        "Helvetica-Bold",
        12,
    )
    p.text(w - m, m, fit(h.name.split(" - ")[0], "Helvetica", 8, 250), "Helvetica", 8, "right")
    mon = date_text(d, lg, "long").split(" ", 1)[1]
    fridge = rng.choice(["1", "2", "A", "B"])
    rooms = {
        "en": ["Treatment room", "Nurse room 2"],
        "de": ["Labor", "Impfraum"],
        "fr": ["Salle de soins"],
    }
    p.text(m, m + 16, f"{tr(lg, 'Month', 'Monat', 'Mois')}: ", "Helvetica", 9)
    p.text(m + 40, m + 16, mon, HAND, 11)
    p.text(
        m + 180,
        m + 16,
        f"{tr(lg, 'Fridge', 'Kuehlschrank', 'Refrigerateur')} {fridge} - " + rng.choice(rooms[lg]),
        "Helvetica",
        9,
    )
    p.text(
        w - m,
        m + 16,
        tr(lg, "Acceptable range +2 C to +8 C", "Sollbereich +2 bis +8 C", "Plage +2 / +8 C"),
        "Helvetica-Bold",
        9,
        "right",
    )
    heads = [
        tr(lg, "Day", "Tag", "Jour"),
        tr(lg, "Time", "Uhrzeit", "Heure"),
        tr(lg, "Current", "Aktuell", "Actuelle"),
        "Min",
        "Max",
        tr(lg, "Reset", "Reset", "Remise a 0"),
        tr(lg, "Initials", "Kuerzel", "Visa"),
        tr(lg, "Comments / action", "Bemerkung / Massnahme", "Observations"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (0.5, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (0.7, "center"),
            (0.7, "center"),
            (0.8, "center"),
            (0.7, "center"),
            (4, "left"),
        ],
    )
    y = m + 36
    x0, x1 = m - 2, w - m + 2
    p.rect(x0, y - 10, x1 - x0, 14, fill=0.88)
    for c, t in zip(cols, heads, strict=True):
        p.text(
            (c[0] + c[1]) / 2 if c[2] == "center" else c[0],
            y,
            t,
            "Helvetica-Bold",
            7,
            "center" if c[2] == "center" else "left",
        )
    y += 6
    rowh = (hh - m - 30 - y) / 31
    ini = serial(seeded(who, "nurse"), "AA")
    upto = rng.randint(8, 31)
    for k in range(31):
        p.line(x0, y + rowh, x1, y + rowh)
        yy = y + rowh - 3
        p.text((cols[0][0] + cols[0][1]) / 2, yy, str(k + 1), "Helvetica", 7, "center")
        dd = d.replace(day=1) + timedelta(days=k)
        if k < upto and dd.weekday() < 5 and dd.month == d.replace(day=1).month:
            mn, mx = rng.choice([2.8, 3.4, 3.9, 4.1]), rng.choice([5.6, 6.2, 7.1, 7.8])
            if rng.random() < 0.05:
                mx = rng.choice([8.6, 9.4])
            vals = [
                f"{rng.randint(8, 9)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.uniform(mn, mx):.1f}",
                f"{mn:.1f}",
                f"{mx:.1f}",
                "v",
                ini,
            ]
            for c, t in zip(cols[1:7], vals, strict=True):
                p.text((c[0] + c[1]) / 2, yy, t, HAND, 8.5, "center")
            if mx > 8:
                p.text(
                    cols[7][0],
                    yy,
                    fit(
                        tr(
                            lg,
                            "max over 8 - door left open, checked, vaccines OK",
                            "Max > 8, Tuer offen, geprueft",
                            "max > 8, porte mal fermee",
                        ),
                        HAND,
                        8,
                        cols[7][1] - cols[7][0],
                    ),
                    HAND,
                    8,
                )
        y += rowh
    for c in cols[1:]:
        p.line(c[0] - 2, m + 26, c[0] - 2, y)
    p.rect(x0, m + 26, x1 - x0, y - m - 26)
    p.text(
        m,
        hh - 16,
        tr(
            lg,
            "Record twice daily on working days. Report any reading outside +2 C to +8 C to "
            "the practice manager and do not use the vaccines until advised.",
            "Zweimal taeglich ablesen. Abweichungen sofort der Praxisleitung melden.",
            "Relever deux fois par jour. Signaler tout ecart au responsable.",
        ),
        "Helvetica",
        6.5,
    )
    return [p]


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A clinical waste collection note: the English hazardous waste consignment note in parts
    A-E, the German Uebernahmeschein with the waste codes, the French BSDASRI (cerfa) with the
    producer's, collector's and incinerator's frames; hand entries and two signatures."""
    h = head_of(who, "waste", ["split", "rule", "band"])
    lg = h.lang
    pr = head_of(who, "practice")
    d = on(rng)
    s = paper(who.style, A4, margin=34, pt=8)
    w, _ = A4
    m = 34.0
    p = Page(A4)
    title = tr(
        lg, "HAZARDOUS WASTE CONSIGNMENT NOTE", "Uebernahmeschein", "BORDEREAU DE SUIVI DES DASRI"
    )
    if lg == "fr":
        p.text(m, m, title, "Helvetica-Bold", 13)
        p.text(w - m, m, "cerfa N. 11351*04", "Helvetica-Bold", 9, "right")
        y = m + 16
    else:
        y = heading(p, s, h)
        p.text(m, y, title, "Helvetica-Bold", 12)
        y += 6
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Consignment note code', 'Nr.', 'N. bordereau')}: {serial(rng, 'AAAAAA/99999')}",
        "Courier",
        8,
        "right",
    )
    y += 14
    code = tr(lg, "18 01 03*", "AS 18 01 03*", "18 01 03*")
    sects = [
        (
            tr(lg, "Part A  Notification details", "Erzeuger", "1. Producteur / etablissement"),
            [
                (
                    tr(lg, "Producer", "Abfallerzeuger", "Nom / raison sociale"),
                    pr.name.split(" - ")[0],
                    2,
                ),
                (
                    tr(lg, "Premises address", "Anfallstelle", "Adresse"),
                    f"{pr.street}, {pr.town}",
                    2,
                ),
            ],
        ),
        (
            tr(lg, "Part B  Description of the waste", "Abfall", "2. Dechets"),
            [
                (tr(lg, "EWC code", "Abfallschluessel", "Code"), code, 1),
                (
                    tr(lg, "Description", "Bezeichnung", "Nature"),
                    tr(
                        lg,
                        "Infectious clinical waste / sharps",
                        "Infektioese Abfaelle, spitze Gegenstaende",
                        "DASRI perforants et mous",
                    ),
                    2.4,
                ),
                (
                    tr(lg, "Containers", "Behaelter", "Conditionnement"),
                    f"{rng.randint(1, 6)} x {rng.choice(['60 l', '30 l', '11 l', '2 l'])}",
                    1,
                ),
                (
                    tr(lg, "Quantity (kg)", "Menge (kg)", "Poids (kg)"),
                    f"{rng.uniform(2, 40):.1f}",
                    0.9,
                ),
            ],
        ),
        (
            tr(lg, "Part C  Carrier", "Befoerderer", "3. Collecteur - transporteur"),
            [
                (tr(lg, "Carrier name", "Befoerderer", "Nom"), h.name, 2),
                (
                    tr(lg, "Registration no", "Befoerderernummer", "Recepisse"),
                    serial(seeded(who, "reg"), "CBDU99999"),
                    1,
                ),
                (
                    tr(lg, "Vehicle reg", "Kennzeichen", "Immatriculation"),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-A 9999", "fr": "AA-999-AA"}[lg]),
                    1,
                ),
            ],
        ),
        (
            tr(lg, "Part D  Consignor's certificate", "Uebergabe", "4. Remise"),
            [
                (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
                (
                    tr(lg, "Time", "Uhrzeit", "Heure"),
                    f"{rng.randint(8, 16)}:{rng.choice(['05', '20', '35', '50'])}",
                    0.7,
                ),
                (
                    tr(lg, "Name (practice)", "Name (Praxis)", "Nom (producteur)"),
                    staff(who, "waste"),
                    1.6,
                ),
                (tr(lg, "Signature", "Unterschrift", "Signature"), "", 1.2),
            ],
        ),
        (
            tr(
                lg,
                "Part E  Consignee's certificate",
                "Entsorgungsanlage",
                "5. Installation d'incineration",
            ),
            [
                (
                    tr(lg, "Facility", "Anlage", "Installation"),
                    rng.choice(
                        ["Sandwell EfW", "MHKW Kassel", "UIOM Lasse", "Alcontrol Incinerator"]
                    ),
                    2,
                ),
                (
                    tr(lg, "Received", "Angenommen", "Recu le"),
                    date_text(d + timedelta(days=rng.randint(1, 6)), lg, "short"),
                    1,
                ),
                (tr(lg, "Weight at receipt", "Gewicht", "Poids"), "", 1),
            ],
        ),
    ]
    hand = True
    for k, (sec, cells) in enumerate(sects):
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        p.text(m + 4, y, sec, "Helvetica-Bold", 8.5)
        y = (
            grid(
                p,
                s,
                m,
                y + 6,
                w - 2 * m,
                [(c, "" if k == 4 and rng.random() < 0.5 else v, sh) for c, v, sh in cells],
                tall=32,
                hand=hand,
                pt=9.5,
            )
            + 14
        )
        if k == 3:
            sign(p, w - m - 110, y - 20, staff(who, "waste"), 12)
    y += 4
    for ln in wrap(
        tr(
            lg,
            "I certify that the information in A, B and C above is correct, that the carrier is "
            "registered and that the waste is packaged and labelled correctly.",
            "Der Erzeuger bestaetigt die Richtigkeit der Angaben. Aufbewahrungsfrist 3 Jahre.",
            "Le producteur certifie l'exactitude des renseignements. A conserver 3 ans.",
        ),
        "Helvetica",
        7,
        w - 2 * m,
    ):
        p.text(m, y, ln, "Helvetica", 7)
        y += 9
    sign(p, m + 30, y + 26, rng.choice(["Dean Morris", "Uwe Schmitt", "Eric Blanc"]), 12)
    p.text(m, y + 34, tr(lg, "Driver", "Fahrer", "Chauffeur"), "Helvetica", 7)
    return [p]


CHECKS = {
    "en": [
        "Visual inspection of case and leads",
        "Mains lead and plug",
        "Earth bonding",
        "Insulation resistance",
        "Touch current",
        "Battery condition",
        "Self test",
        "Output / calibration check",
        "Alarms",
        "Labelling and user manual present",
    ],
    "de": [
        "Sichtpruefung Gehaeuse und Kabel",
        "Netzkabel und Stecker",
        "Schutzleiterwiderstand",
        "Isolationswiderstand",
        "Beruehrungsstrom",
        "Akkuzustand",
        "Selbsttest",
        "Messtechnische Kontrolle (MTK)",
        "Alarme",
        "Medizinproduktebuch gefuehrt",
    ],
    "fr": [
        "Controle visuel du boitier et des cables",
        "Cordon secteur",
        "Continuite de terre",
        "Resistance d'isolement",
        "Courant de fuite",
        "Etat de la batterie",
        "Autotest",
        "Controle de qualite / etalonnage",
        "Alarmes",
        "Registre de maintenance",
    ],
}
DEVICES = [
    "ECG recorder",
    "Spirometer",
    "Defibrillator (AED)",
    "Autoclave",
    "Vaccine fridge",
    "Ear irrigator",
    "Nebuliser",
    "Sphygmomanometer",
    "Pulse oximeter",
    "Examination couch",
]


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment service engineer's report: the device, the checklist with pass / fail
    ticks, the measured values and the engineer's signature; the electrical safety test list of
    all the practice's items and a calibration certificate behind it now and then."""
    h = head_of(who, "service")
    lg = h.lang
    pr = head_of(who, "practice")
    d = on(rng)
    s = paper(who.style, A4)
    w, hh = A4
    m = s.margin
    dev = rng.choice(DEVICES)
    dev_t = tr(
        lg,
        dev,
        {
            "ECG recorder": "EKG-Geraet",
            "Spirometer": "Spirometer",
            "Defibrillator (AED)": "Defibrillator (AED)",
            "Autoclave": "Dampfsterilisator",
            "Vaccine fridge": "Impfstoffkuehlschrank",
        }.get(dev, "Blutdruckmessgeraet"),
        {
            "ECG recorder": "Electrocardiographe",
            "Spirometer": "Spirometre",
            "Defibrillator (AED)": "Defibrillateur (DAE)",
            "Autoclave": "Autoclave",
            "Vaccine fridge": "Refrigerateur a vaccins",
        }.get(dev, "Tensiometre"),
    )
    job = serial(rng, "SR-999999")
    f = sheets(s, h, f"{job} - {pr.name.split(' - ')[0]}")
    caption(
        f, s, tr(lg, "SERVICE REPORT", "Pruef- und Wartungsprotokoll", "RAPPORT D'INTERVENTION"), 4
    )
    f.y = grid(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), pr.name.split(" - ")[0], 2.2),
            (tr(lg, "Job no", "Auftrag", "N. intervention"), job, 1),
            (tr(lg, "Date", "Datum", "Date"), date_text(d, lg, "short"), 1),
        ],
    )
    f.y = (
        grid(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Equipment", "Geraet", "Equipement"), dev_t, 2),
                (
                    tr(lg, "Make / model", "Hersteller / Typ", "Marque / modele"),
                    rng.choice(
                        [
                            "Schiller AT-102",
                            "Welch Allyn CP150",
                            "Zoll AED Plus",
                            "Melag Vacuklav 31-B",
                            "Liebherr MKv 3910",
                            "Vitalograph Alpha",
                        ]
                    ),
                    1.6,
                ),
                (tr(lg, "Serial no", "Serien-Nr.", "N. serie"), serial(rng, "99999999"), 1.2),
            ],
        )
        + 12
    )
    rows = [
        [
            c,
            rng.choice(["PASS", "PASS", "PASS", "N/A"])
            if lg == "en"
            else rng.choice(["i.O.", "i.O.", "i.O.", "entf."])
            if lg == "de"
            else rng.choice(["C", "C", "C", "SO"]),
            "",
        ]
        for c in CHECKS[lg]
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "center"), (2, "left")]),
        [
            tr(lg, "Check", "Pruefschritt", "Controle"),
            tr(lg, "Result", "Ergebnis", "Resultat"),
            tr(lg, "Measured", "Messwert", "Mesure"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.heading(
        m, tr(lg, "Work carried out", "Durchgefuehrte Arbeiten", "Travaux realises"), s.bold, s.size
    )
    write(f, s, prose(rng, lg, 1, 3))
    f.need(60)
    f.y += 10
    eng = rng.choice(["Neil Parkes", "Andreas Wolf", "Julien Marchal", "Kerry Dunn"])
    f.page.text(m, f.y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 8)
    sign(f.page, m + 60, f.y, eng, 12)
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        s.font,
        8,
    )
    sign(f.page, w / 2 + 90, f.y, staff(who, "manager"), 12)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(lg, "Next service due: ", "Naechste Pruefung: ", "Prochaine visite : ")
        + date_text(d + timedelta(days=365), lg, "short"),
        s.bold,
        s.size,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        sp = paper(who.style, landscape(A4), margin=30, pt=7.5)
        lw, lh = landscape(A4)

        def start(p: Page, n: int) -> float:
            p.text(
                30,
                28,
                tr(
                    lg,
                    "PORTABLE APPLIANCE / ELECTRICAL SAFETY TEST RESULTS",
                    "Pruefprotokoll nach DGUV V3 / DIN EN 62353",
                    "VERIFICATION SECURITE ELECTRIQUE",
                ),
                "Helvetica-Bold",
                10,
            )
            p.text(
                lw - 30,
                28,
                f"{job}  {tr(lg, 'Sheet', 'Blatt', 'Feuille')} {n}",
                "Helvetica",
                8,
                "right",
            )
            return 50

        f3 = Sheets((lw, lh), lh - 30, start)
        rows = []
        for k in range(rng.randint(14, 50)):
            rows.append(
                [
                    f"{k + 1:03d}",
                    rng.choice([*DEVICES, "Kettle", "PC monitor", "Printer", "Desk lamp"]),
                    rng.choice(["Room 1", "Room 2", "Reception", "Nurse room", "Office"]),
                    "I" if rng.random() < 0.6 else "II",
                    f"{rng.uniform(0.02, 0.19):.2f}",
                    f">{rng.choice([99, 200, 299])}",
                    f"{rng.uniform(0.01, 0.2):.2f}",
                    rng.choice(["PASS", "PASS", "PASS", "FAIL"])
                    if lg == "en"
                    else "i.O."
                    if lg == "de"
                    else "C",
                ]
            )
        table(
            f3,
            columns(
                30,
                lw - 30,
                [
                    (0.5, "left"),
                    (2.5, "left"),
                    (1.5, "left"),
                    (0.5, "center"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                    (0.8, "center"),
                ],
            ),
            [
                "No",
                tr(lg, "Appliance", "Geraet", "Appareil"),
                tr(lg, "Location", "Standort", "Local"),
                tr(lg, "Class", "SK", "Cl."),
                "PE (Ohm)",
                "RISO (MOhm)",
                "I (mA)",
                tr(lg, "Result", "Ergebnis", "Resultat"),
            ],
            rows,
            sp,
            size=7.5,
            rules=True,
        )
        pages += f3.pages
    if rng.random() < 0.25:
        c = Page(A4)
        c.rect(40, 40, w - 80, hh - 80)
        c.rect(46, 46, w - 92, hh - 92)
        c.text(
            w / 2,
            130,
            tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ETALONNAGE"),
            "Times-Bold",
            22,
            "center",
        )
        c.text(w / 2, 160, h.name, "Times-Roman", 12, "center")
        yy = 220.0
        for cap, val in [
            (tr(lg, "Instrument", "Geraet", "Instrument"), dev_t),
            (tr(lg, "Serial number", "Seriennummer", "Numero de serie"), serial(rng, "99999999")),
            (
                tr(lg, "Date of calibration", "Kalibrierdatum", "Date d'etalonnage"),
                date_text(d, lg, "long"),
            ),
            (tr(lg, "Certificate no", "Schein-Nr.", "Certificat n."), serial(rng, "CAL-99999")),
            (tr(lg, "Reference standard", "Normal", "Etalon"), serial(rng, "REF 9999-AA")),
        ]:
            c.text(120, yy, cap, "Times-Roman", 11)
            c.text(300, yy, val, "Times-Bold", 11)
            yy += 24
        for ln in wrap(prose(rng, lg, 2, 3), "Times-Roman", 10, w - 200):
            c.text(100, yy + 20, ln, "Times-Roman", 10)
            yy += 14
        sign(c, 120, hh - 150, eng, 14)
        c.line(100, hh - 145, 260, hh - 145)
        c.text(
            100,
            hh - 133,
            tr(lg, "Authorised signatory", "Unterschrift", "Signature autorisee"),
            "Times-Roman",
            9,
        )
        pages.append(c)
    return pages


def tpl_locum_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A locum doctor's invoice to the practice for the sessions covered, typed on a plain
    personal letterhead; the NHS Pension Scheme locum A form, or the session list, behind it
    (an English, a German Praxisvertretung, a French retrocession d'honoraires)."""
    lg = lang_of(who)
    pr = head_of(who, "practice")
    loc = seeded(who, "locum").choice(LOCUMS[lg])
    r = seeded(who, "locum2")
    base = head_of(who, "practice")
    h = replace(
        base,
        name=loc,
        street=f"{r.randint(2, 80)} {r.choice(ROADS[lg])}"
        if lg != "de"
        else f"{r.choice(ROADS[lg])} {r.randint(2, 80)}",
        town=r.choice(TOWNS[area(who)]),
        phone=serial(
            r, "07999 999999" if lg == "en" else "0179 9999999" if lg == "de" else "06 99 99 99 99"
        ),
        look=r.choice(["centred", "split", "rule"]),
        foot=[],
        web="",
        again=False,
    )
    d = on(rng)
    s = paper(who.style, letter_size(who, lg, "loc"))
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h)
    no = f"{d.year}-{rng.randint(10, 140):03d}"
    recipient(
        f,
        s,
        h,
        [tr(lg, "The Practice Manager", "Praxisinhaber", "Docteur titulaire"), *lines_of(pr)],
        d,
        [
            (tr(lg, "Invoice no", "Rechnung Nr.", "N."), no),
            (tr(lg, "GMC no", "LANR", "RPPS"), codes(who, loc)[1]),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - LOCUM GP SERVICES",
            "Rechnung Praxisvertretung",
            "RELEVE DE RETROCESSION D'HONORAIRES",
        ),
        2,
    )
    rows = []
    tot = 0.0
    start = d - timedelta(days=rng.randint(10, 40))
    for k in range(rng.randint(2, 9)):
        dd = start + timedelta(days=k * rng.randint(1, 3))
        if lg == "fr":
            amt = rng.uniform(600, 2400)
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    f"{rng.randint(14, 32)} actes",
                    money(amt, lg),
                    money(amt * 0.75, lg),
                ]
            )
            tot += amt * 0.75
        else:
            sess = rng.choice([1, 2, 2])
            rate = rng.choice([90.0, 95.0, 110.0]) if lg == "de" else rng.choice([85.0, 90.0])
            amt = sess * rate * 4
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    tr(lg, f"{sess} session(s) AM/PM", f"{sess * 4} Std.", ""),
                    money(rate, lg),
                    money(amt, lg),
                ]
            )
            tot += amt
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (2.5, "left"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Sessions", "Umfang", "Activite"),
            tr(lg, "Rate", "Satz", "Honoraires"),
            tr(lg, "Amount", "Betrag", "Retrocession 75 %"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}  {currency(lg)} {money(tot, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Please pay by bank transfer within 14 days. I am self-employed, not VAT registered.",
            "Umsatzsteuerfrei nach Paragraph 4 Nr. 14 UStG. Zahlbar innerhalb von 14 Tagen.",
            "Exonere de TVA, art. 261-4-1 du CGI. Reglement par virement.",
        ),
        pt=s.size - 1,
    )
    write(f, s, tr(lg, "Thank you.", "Mit freundlichen Gruessen", "Cordialement,"))
    f.y += 6
    sign(f.page, m, f.y + 10, loc, 13)
    pages = close(f.pages, s, h, numbers="none")
    if lg == "en" and rng.random() < 0.6:
        a = Page(A4)
        aw, ah = A4
        mm_ = 40.0
        a.text(mm_, 50, "NHS Pension Scheme", "Helvetica-Bold", 11)
        a.text(
            mm_,
            66,
            "GP LOCUM FORM A - Monthly/Quarterly record of NHS income",
            "Helvetica-Bold",
            13,
        )
        a.text(aw - mm_, 50, "GP Locum A", "Helvetica", 8, "right")
        st = paper(who.style, A4, margin=40, pt=8)
        y = 90.0
        y = grid(
            a,
            st,
            mm_,
            y,
            aw - 2 * mm_,
            [("Name", loc, 2), ("National Insurance number", serial(r, "AA 99 99 99 A"), 1.3)],
            tall=30,
            hand=True,
            pt=10,
        )
        y = (
            grid(
                a,
                st,
                mm_,
                y,
                aw - 2 * mm_,
                [("Practice", pr.name, 2), ("ODS code", codes(who, "practice")[0], 1.3)],
                tall=30,
                hand=True,
                pt=10,
            )
            + 14
        )
        y = grid(
            a,
            st,
            mm_,
            y,
            aw - 2 * mm_,
            [
                (
                    "Dates of work",
                    f"{date_text(start, 'en', 'short')} - {date_text(d, 'en', 'short')}",
                    2,
                ),
                ("Total fees", money(tot), 1),
                ("Pensionable pay (90%)", money(tot * 0.9), 1),
            ],
            tall=30,
            hand=True,
            pt=10,
        )
        y += 20
        for ln in wrap(
            "Locum: I confirm that the above information is correct. Practice: we confirm the "
            "locum worked the sessions shown and that the employer contribution will be paid to "
            "NHS England with form B.",
            "Helvetica",
            8,
            aw - 2 * mm_,
        ):
            a.text(mm_, y, ln, "Helvetica", 8)
            y += 11
        y += 30
        a.text(mm_, y, "Locum signature", "Helvetica", 7.5)
        sign(a, mm_ + 80, y, loc, 12)
        a.text(aw / 2, y, "Practice signature", "Helvetica", 7.5)
        a.text(
            mm_,
            ah - 30,
            "Send the form and fees to the PCSE within one month after the end of the month.",
            "Helvetica",
            7,
        )
        pages.append(a)
    return pages


PATIENT_MATTERS = {
    "en": [
        "I am writing to ask for a copy of my medical records",
        "I would like to make a complaint about the way I was spoken to at reception",
        "Please can you change my address on your records as I have moved",
        "I am writing to thank Dr {dr} and the nurses for looking after my mother",
        "I have been waiting for my hospital appointment and wonder if you could chase it",
        "I would like to remove my name from your list as I am moving away",
    ],
    "de": [
        "ich bitte um Zusendung einer Kopie meiner Patientenakte",
        "hiermit moechte ich mich ueber die lange Wartezeit beschweren",
        "bitte aendern Sie meine Adresse, ich bin umgezogen",
        "ich moechte mich bei {dr} und dem ganzen Team herzlich bedanken",
        "ich warte noch immer auf den Termin beim Facharzt und bitte um Hilfe",
    ],
    "fr": [
        "je vous demande de bien vouloir me transmettre une copie de mon dossier medical",
        "je souhaite vous faire part de mon mecontentement concernant mon dernier rendez-vous",
        "je vous informe de mon changement d'adresse",
        "je tiens a remercier {dr} et toute l'equipe pour leur gentillesse",
        "j'attends toujours un rendez-vous chez le specialiste et je vous sollicite",
    ],
}


def tpl_patient_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A patient's letter written by hand on plain or lined paper (a request for records, a
    complaint, a change of address, thanks), one or two sheets; now and then the photocopy of
    a hospital appointment letter the patient encloses, which belongs to the letter."""
    lg = lang_of(who)
    pt_ = a_patient(rng, area(who))
    pr = head_of(who, "practice")
    d = on(rng)
    size = rng.choice([A4, A4, A5, LETTER if lg == "en" else A4])
    w, hh = size
    m = 46.0 if size != A5 else 32.0
    pages: list[Page] = []
    lined = rng.random() < 0.5
    pt_size = rng.choice([11, 12, 13])
    gap = pt_size * 1.9

    def sheet() -> Page:
        p = Page(size)
        if lined:
            yy = 70.0
            while yy < hh - 40:
                p.line(20, yy + 3, w - 20, yy + 3)
                yy += gap
        pages.append(p)
        return p

    p = sheet()
    y = 70.0
    for t in [pt_.name(lg).split(" ", 1)[1], pt_.street, pt_.town]:
        p.text(w - m - 150, y, t, INK, pt_size)
        y += gap
    p.text(w - m - 150, y, date_text(d, lg, "long"), INK, pt_size)
    y += gap * 1.5
    for t in [pr.name.split(" - ")[0], pr.street, pr.town]:
        p.text(m, y, fit(t, INK, pt_size, w / 2), INK, pt_size)
        y += gap
    y += gap * 0.5
    p.text(
        m,
        y,
        tr(lg, "Dear Sir/Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        INK,
        pt_size,
    )
    y += gap
    matter = rng.choice(PATIENT_MATTERS[lg]).format(dr=doctors(who)[0])
    enclose = rng.random() < 0.3
    text = f"{matter}. {prose(rng, lg, 2, 6)}"
    if enclose:
        text += tr(
            lg,
            " I enclose a copy of the letter I had from the hospital.",
            " Eine Kopie des Schreibens vom Krankenhaus lege ich bei.",
            " Je joins une copie du courrier de l'hopital.",
        )
    text += tr(
        lg,
        f" My date of birth is {born_text(pt_, lg)}.",
        f" Ich bin am {born_text(pt_, lg)} geboren.",
        f" Je suis ne(e) le {born_text(pt_, lg)}.",
    )
    for ln in wrap(text, INK, pt_size, w - 2 * m):
        if y > hh - 60:
            p = sheet()
            y = 70.0
        p.text(m, y, ln, INK, pt_size)
        y += gap
    if y > hh - 110:
        p = sheet()
        y = 70.0
    y += gap * 0.5
    p.text(
        m,
        y,
        tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen", "Salutations distinguees,"),
        INK,
        pt_size,
    )
    sign(p, m, y + gap * 1.6, f"{pt_.first} {pt_.last}", pt_size + 4)
    p.text(m, y + gap * 2.6, f"{pt_.first} {pt_.last}", INK, pt_size)
    if rng.random() < 0.5:
        received(rng, pages[0], lg, d, m, 12)
    if enclose:
        # a photocopy: the hospital's letter, slightly shifted, grey edge of the copier lid
        hosp = head_of(who, "hospital")
        c = Page(A4)
        cw, ch = A4
        c.rect(0, 0, cw, 14, fill=0.3)
        c.rect(cw - 10, 0, 10, ch, fill=0.4)
        s = paper(who.style, A4)
        y2 = heading(c, s, replace(hosp, foot=[])) + 10
        y2 = window(c, s, None, y2, pt_.lines(lg)) + 20
        c.text(
            s.margin,
            y2,
            tr(lg, "Outpatient appointment", "Terminbestaetigung", "Convocation"),
            s.bold,
            s.size + 3,
        )
        y2 += 24
        appt = d + timedelta(days=rng.randint(10, 90))
        for cap, val in [
            (
                tr(lg, "Clinic", "Ambulanz", "Consultation"),
                seeded(who, "spec").choice(SPECIALTIES[lg]),
            ),
            (tr(lg, "Date", "Datum", "Date"), date_text(appt, lg, "long")),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(8, 16)}:{rng.choice(['00', '20', '40'])}",
            ),
            (
                tr(lg, "Location", "Ort", "Lieu"),
                f"{hosp.street}, {rng.choice(['Level 2', 'Haus B', 'Batiment C'])}",
            ),
        ]:
            c.text(s.margin, y2, cap, s.bold, s.size)
            c.text(
                s.margin + 100,
                y2,
                fit(val, s.font, s.size, cw - 2 * s.margin - 100),
                s.font,
                s.size,
            )
            y2 += 18
        y2 += 10
        for ln in wrap(prose(rng, lg, 3, 5), s.font, s.size, cw - 2 * s.margin):
            c.text(s.margin, y2, ln, s.font, s.size)
            y2 += s.size * 1.4
        c.text(
            s.margin + 20,
            y2 + 30,
            tr(lg, "cancelled?? - no letter since", "abgesagt??", "annule ??"),
            HAND,
            12,
        )
        pages.append(c)
    return pages


def tpl_ooh_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An out-of-hours service's consultation report for the patient's GP (an Adastra print
    in England, a Notfall-/Vertretungsschein report of the Bereitschaftsdienst, an SOS
    Medecins compte rendu): case number, times, history, examination, diagnosis, treatment,
    outcome and what the GP should do."""
    h = head_of(who, "ooh", ["band", "rule", "split"])
    lg = h.lang
    pr = head_of(who, "practice")
    pt_ = patient_for(who, rng, "ooh_report")
    d = on(rng)
    d = d + timedelta(days=(5 - d.weekday()) % 7)  # out of hours: mostly weekends
    s = paper(who.style, A4, margin=rng.choice([32, 40]), pt=min(who.style.size, 9))
    w, _ = A4
    m = s.margin
    f = sheets(s, h)
    p = f.page
    p.text(
        m,
        f.y,
        tr(
            lg,
            "Out of Hours Consultation Report - Information for the registered GP",
            "Bericht aus dem Aerztlichen Bereitschaftsdienst",
            "Compte rendu de visite",
        ),
        s.bold,
        s.size + 2,
    )
    f.y += 18
    case = serial(rng, "9999999")
    tcall = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Case no", "Fall-Nr.", "N. dossier"), case, 1),
            (
                tr(lg, "Call received", "Anruf", "Appel"),
                f"{date_text(d, lg, 'short')} {tcall}",
                1.4,
            ),
            (
                tr(lg, "Consultation type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Base visit", "Praxis", "Visite a domicile"),
                        tr(lg, "Home visit", "Hausbesuch", "Consultation"),
                        tr(lg, "Telephone advice", "Telefon", "Conseil tel."),
                    ]
                ),
                1.3,
            ),
        ],
    )
    f.y = grid(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Patient", "Patient/in", "Patient(e)"), pt_.name(lg, formal=True), 2),
            (tr(lg, "DOB", "geb.", "Ne(e) le"), born_text(pt_, lg), 1),
            (id_label(lg), pt_.number, 1.4),
        ],
    )
    f.y = (
        grid(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Registered GP", "Hausarzt", "Medecin traitant"),
                    f"{doctors(who)[0]}, {pr.name.split(' - ')[0]}",
                    1,
                ),
            ],
        )
        + 14
    )
    for cap, n in [
        (tr(lg, "Presenting complaint", "Beschwerden", "Motif"), 1),
        (tr(lg, "History", "Anamnese", "Histoire"), rng.randint(1, 2)),
        (tr(lg, "Examination", "Befund", "Examen"), 1),
        (tr(lg, "Diagnosis", "Diagnose", "Diagnostic"), 0),
        (tr(lg, "Treatment", "Therapie", "Traitement"), 1),
        (tr(lg, "Outcome", "Verbleib", "Orientation"), -1),
    ]:
        f.heading(m, cap, s.bold, s.size)
        if n == 0:
            write(f, s, rng.choice(DIAGNOSES[lg]))
        elif n == -1:
            write(
                f,
                s,
                rng.choice(
                    [
                        tr(
                            lg,
                            "Advice given, GP to follow up",
                            "Weiterbehandlung durch Hausarzt",
                            "Suivi par le medecin traitant",
                        ),
                        tr(
                            lg,
                            "Admitted to hospital",
                            "Krankenhauseinweisung",
                            "Adresse aux urgences",
                        ),
                        tr(lg, "Self care", "Keine weitere Behandlung", "Surveillance"),
                    ]
                ),
            )
        else:
            write(f, s, prose(rng, lg, n, n + 1))
    f.need(40)
    f.y += 6
    doc = rng.choice(LOCUMS[lg])
    f.page.text(
        m,
        f.y,
        tr(lg, f"Clinician: {doc} (GP)", f"Bereitschaftsarzt: {doc}", f"Medecin : {doc}"),
        s.font,
        s.size - 1,
    )
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Sent to GP by post / NHSmail", "", "Transmis au medecin traitant"),
        s.font,
        7,
        "right",
    )
    return close(f.pages, s, h, numbers="Page {i} of {n}" if lg == "en" else "none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_W: dict[str, Template] = {
    "clinic_letter": tpl_clinic_letter,
    "discharge_summary": tpl_discharge_summary,
    "lab_report": tpl_lab_report,
    "radiology_report": tpl_radiology_report,
    "referral": tpl_referral,
    "repeat_request": tpl_repeat_request,
    "pharmacy_query": tpl_pharmacy_query,
    "sick_note": tpl_sick_note,
    "insurer_request": tpl_insurer_request,
    "medical_report": tpl_medical_report,
    "registration": tpl_registration,
    "payment_statement": tpl_payment_statement,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "fridge_log": tpl_fridge_log,
    "waste_note": tpl_waste_note,
    "service_report": tpl_service_report,
    "locum_invoice": tpl_locum_invoice,
    "patient_letter": tpl_patient_letter,
    "ooh_report": tpl_ooh_report,
}
#: One-page kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "lab_report",
    "repeat_request",
    "sick_note",
    "delivery_note",
    "fridge_log",
    "waste_note",
    "ooh_report",
)
#: A kind often followed by a related kind (from another sender but for the delivery note)
#: about the same patient or order.
FOLLOWS = {
    "referral": "clinic_letter",
    "insurer_request": "medical_report",
    "repeat_request": "pharmacy_query",
    "ooh_report": "discharge_summary",
    "delivery_note": "supplier_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_wallet_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; otherwise a kind in ``FOLLOWS`` is followed,
    with probability 0.5, by its companion about the same patient or order."""
    SEEN.clear()
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_W, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_wallet_stream, "templates W")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Drawer part of the generated corpus: templates DD, written blind for the next measurement.

A part of its own, ``drawer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the HR department of a
manufacturing company (a foundry, a drive-technology plant, a forge: in England, Germany or
France) feeds through its scanner to file into the personnel files: job applications (the
covering letter, the CV and the copies of certificates and earlier references), the
department's replies to applicants, employment contracts (Arbeitsvertrag, contrat de travail)
with their annexes, contract amendments (Nachtrag, avenant), payslips (Brutto-Netto-Abrechnung,
bulletin de paie) and the payroll bureau's payroll summary (Lohnjournal, journal de paie) with
its bank transfer list, sick notes (fit note, Arbeitsunfaehigkeitsbescheinigung, avis d'arret
de travail), return-to-work interview records, holiday request forms, clock cards and monthly
timesheets, training and forklift certificates (DGUV 308-001, CACES R489) with the cut-out
licence card, works-council and union letters and minutes (Betriebsrat, CSE), pension and
health-insurance correspondence (Direktversicherung, Krankenkasse, mutuelle, workplace
pension), disciplinary letters with the investigation notes (Abmahnung, avertissement),
appraisal forms, resignation letters, leaver checklists, references (Arbeitszeugnis,
certificat de travail) and occupational health reports. Each stream is one plant's HR pile:
its senders (the employer, its payroll bureau, doctors, occupational health, training
providers, pension and health insurers, the works council or union, applicants and employees)
are of the plant's country and write in its language; copies of certificates enclosed with an
application may come from another country. Page sizes range from a narrow clock card, A6
sick notes and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as HR files it: the CV, the
copied certificates and earlier employers' references behind an application's covering letter
(and its cover sheet); the annex (job description, data protection notice) of a contract; the
acceptance copy of an amendment; the bank transfer list and cover sheet of a payroll summary;
the second page of a payslip; the absence history page of a return-to-work record; the
directions page of an interview invitation; the test record page and the cut-out licence card
sheet of a training certificate; the investigation notes, photographs and witness statement
enclosed with a disciplinary letter and the receipt slip of an Abmahnung; the resolution
extract of a works-council letter; the terms page of a pension statement; the employer's
section of a health insurer's request; the exit interview page of a leaver form; a
reference's second page. Related papers are documents
of their own: the department's reply after an application, the return-to-work record after a
sick note, the leaver form after a resignation and the reference after the leaver form, the
works council's statement after a disciplinary letter, the pension provider's letter after a
contract, the amendment after an appraisal, the payroll summary after payslips.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: payslips, sick notes, holiday
requests, timesheets, training certificates, health insurers' confirmations and replies to
applicants often come 2-4 in a row from one sender with other employees, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "drawer"`` and seeds offset by 2_900_000.

Usage: ``python benchmarks/corpus_drawer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/drawer/drawer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    box,
    cell,
    columns,
    date_text,
    day,
    fields,
    fit,
    foot_and_number,
    money,
    pairs,
    part_generate,
    part_main,
    running_header,
    serial,
    shrink,
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

PART = "drawer"
SEED_OFFSET = 2_900_000

MM = 72 / 25.4

# ---------------------------------------------------------------------------------------------
# The plant and the people in it
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "employer": [
        (
            "Brackwell Precision Castings Ltd",
            "en",
            "Halesfield 14",
            "Telford TF7 4QR",
            "01952 583400",
        ),
        (
            "Harrowden Fabrications Ltd",
            "en",
            "Pensnett Trading Estate",
            "Kingswinford DY6 7PP",
            "01384 291770",
        ),
        (
            "Kessler Antriebstechnik GmbH",
            "de",
            "Industriestrasse 41",
            "58089 Hagen",
            "02331 9087-0",
        ),
        (
            "Weidemann Umformtechnik GmbH & Co. KG",
            "de",
            "Am Gewerbepark 7",
            "57439 Attendorn",
            "02722 6302-0",
        ),
        (
            "Forges et Usinages du Rhone SAS",
            "fr",
            "12 rue Ampere, ZI des Vernes",
            "69800 Saint-Priest",
            "04 78 20 41 00",
        ),
        (
            "Savoie Composites Industrie SA",
            "fr",
            "Parc d'activites de Bissy",
            "73000 Chambery",
            "04 79 69 12 30",
        ),
    ],
    "payroll": [
        (
            "Severn Payroll Bureau Ltd",
            "en",
            "Stafford Court, Stafford Park 1",
            "Telford TF3 3BD",
            "01952 201 660",
        ),
        ("Castlegate Payroll Services LLP", "en", "4 Castlegate", "Dudley DY1 4RH", ""),
        (
            "Steuerberatung Hollmann & Partner mbB",
            "de",
            "Elberfelder Strasse 62",
            "58095 Hagen",
            "02331 38 44 0",
        ),
        ("LohnPlus Abrechnungsservice GmbH", "de", "Kolpingstrasse 3", "57462 Olpe", ""),
        (
            "Cabinet Vernet Expertise - Pole social",
            "fr",
            "48 cours Lafayette",
            "69003 Lyon",
            "04 72 61 90 10",
        ),
        ("Paie Services Dauphine SARL", "fr", "5 rue de la Republique", "38000 Grenoble", ""),
    ],
    "doctor": [
        ("Holmer Lake Medical Practice", "en", "Dale Acre Way", "Telford TF3 1LJ", "01952 291 000"),
        (
            "The Wordsley Green Surgery",
            "en",
            "Wordsley Green",
            "Stourbridge DY8 5PD",
            "01384 277 591",
        ),
        (
            "Gemeinschaftspraxis Dr. med. Brandt & Dr. med. Yilmaz",
            "de",
            "Bergstrasse 18",
            "58095 Hagen",
            "02331 2 13 45",
        ),
        (
            "Praxis Dr. med. Ulrike Seifert, Innere Medizin",
            "de",
            "Koelner Strasse 9",
            "57439 Attendorn",
            "02722 48 21",
        ),
        (
            "Dr Philippe Garnier, medecin generaliste",
            "fr",
            "3 place Ferdinand Buisson",
            "69800 Saint-Priest",
            "04 78 21 08 33",
        ),
        (
            "Cabinet medical du Verney - Dr Sophie Mercier",
            "fr",
            "11 avenue du Covet",
            "73000 Chambery",
            "04 79 33 51 02",
        ),
    ],
    "occhealth": [
        (
            "Wrekin Occupational Health Ltd",
            "en",
            "Unit 2, Hortonwood 33",
            "Telford TF1 7EX",
            "01952 670 112",
        ),
        (
            "Arbeitsmedizinisches Zentrum Suedwestfalen",
            "de",
            "Fleyer Strasse 204",
            "58097 Hagen",
            "02331 98 77 0",
        ),
        (
            "Service de sante au travail AST Rhone-Savoie",
            "fr",
            "20 rue Gambetta",
            "69800 Saint-Priest",
            "04 72 23 18 90",
        ),
    ],
    "trainer": [
        (
            "Midshires Lift Truck Training Ltd",
            "en",
            "Unit 7, Castle Trading Estate",
            "Telford TF1 5FA",
            "01952 245 308",
        ),
        (
            "Shropshire First Aid & Safety Training",
            "en",
            "The Old Chapel, Hadley Road",
            "Telford TF1 5JU",
            "",
        ),
        ("Staplerschule Sauerland GmbH", "de", "Im Ohl 12", "58791 Werdohl", "02392 5 07 60"),
        ("Bildungszentrum Metall Suedwestfalen e.V.", "de", "Boeler Strasse 81", "58097 Hagen", ""),
        (
            "Centre de formation Levage Rhone-Alpes",
            "fr",
            "Chemin des Mures",
            "69800 Saint-Priest",
            "04 78 90 44 12",
        ),
        (
            "Institut Formation Securite Savoie",
            "fr",
            "Savoie Technolac",
            "73370 Le Bourget-du-Lac",
            "",
        ),
    ],
    "pension": [
        (
            "Ashgrove Workplace Pensions",
            "en",
            "PO Box 5120",
            "Peterborough PE2 6XZ",
            "0345 600 2170",
        ),
        (
            "Meridian Life & Pensions plc",
            "en",
            "Meridian House, Wellington Street",
            "Leeds LS1 4DL",
            "",
        ),
        (
            "Pensionskasse Westmetall VVaG",
            "de",
            "Grafenberger Allee 95",
            "40237 Duesseldorf",
            "0211 66 20 0",
        ),
        ("Rheinische Versorgungskasse AG", "de", "Konrad-Adenauer-Ufer 21", "50668 Koeln", ""),
        (
            "Groupe Alizes Retraite Complementaire",
            "fr",
            "18 rue Garibaldi",
            "69006 Lyon",
            "09 69 32 12 20",
        ),
        ("Prevoyance Metallurgie Rhone-Alpes", "fr", "62 boulevard Vivier Merle", "69003 Lyon", ""),
    ],
    "insurer": [
        (
            "Albion Health - Group Healthcare",
            "en",
            "Albion House, Canal Street",
            "Manchester M1 3HE",
            "0800 158 4420",
        ),
        ("Cedar Health Cash Plan", "en", "PO Box 88", "Bradford BD1 5XT", ""),
        ("BKK Werkverbund Westfalen", "de", "Bahnhofstrasse 40", "58095 Hagen", "02331 3 77 0"),
        (
            "Kranken- und Pflegekasse Rhein-Ruhr",
            "de",
            "Friedrich-Ebert-Strasse 2",
            "45127 Essen",
            "",
        ),
        (
            "Mutuelle Metallurgie Rhone-Alpes",
            "fr",
            "7 rue Servient",
            "69003 Lyon",
            "04 72 84 40 40",
        ),
        ("Mutuelle Saint-Jean Entreprises", "fr", "14 quai de la Rize", "73000 Chambery", ""),
    ],
    "union": [
        (
            "Federated Engineering Union - Telford & Wrekin Branch",
            "en",
            "Union Office, 22 Market Street",
            "Wellington TF1 1DT",
            "",
        ),
    ],
}
#: Earlier employers, schools and chambers, for the copies enclosed with applications.
PREVIOUS: dict[str, list[Row]] = {
    "en": [
        ("Dorrington Engineering Ltd", "en", "Stafford Park 6", "Telford TF3 3AT", ""),
        ("Black Country Pressings Ltd", "en", "Bilston Road", "Wolverhampton WV2 2JQ", ""),
        ("Malvern Hydraulics plc", "en", "Spring Lane", "Malvern WR14 1AT", ""),
    ],
    "de": [
        ("Schmiedewerke Lenne GmbH", "de", "Lennestrasse 120", "58507 Luedenscheid", ""),
        ("Hoffmann Maschinenbau KG", "de", "Am Bahnhof 4", "57368 Lennestadt", ""),
        ("Vogt Kunststofftechnik GmbH", "de", "Gewerbering 9", "58300 Wetter", ""),
    ],
    "fr": [
        ("Decolletage Arve SA", "fr", "ZI des Valignons", "74300 Cluses", ""),
        ("Fonderie de Givors SAS", "fr", "Quai du Rhone", "69700 Givors", ""),
        (
            "Ateliers Mecaniques Dauphinois",
            "fr",
            "Rue des Glairons",
            "38400 Saint-Martin-d'Heres",
            "",
        ),
    ],
}
FIRSTS = {
    "en": [
        "Gary",
        "Kerry",
        "Darren",
        "Sian",
        "Mick",
        "Ruth",
        "Wes",
        "Ayesha",
        "Connor",
        "Paul",
        "Lena",
        "Tariq",
        "Jodie",
        "Dean",
        "Stacey",
        "Ryan",
        "Bogdan",
        "Marcin",
        "Harpreet",
        "Leanne",
        "Craig",
        "Nathan",
        "Emma",
        "Liam",
    ],
    "de": [
        "Dirk",
        "Sabine",
        "Murat",
        "Jens",
        "Anja",
        "Piotr",
        "Ralf",
        "Tanja",
        "Sven",
        "Melanie",
        "Kemal",
        "Heike",
        "Dennis",
        "Julia",
        "Andreas",
        "Natalia",
        "Oliver",
        "Jana",
        "Uwe",
        "Svetlana",
        "Marco",
        "Katrin",
    ],
    "fr": [
        "Cedric",
        "Nadia",
        "Julien",
        "Helene",
        "Karim",
        "Sylvain",
        "Ines",
        "Mathieu",
        "Sandrine",
        "Yannick",
        "Fatima",
        "Loic",
        "Aurelie",
        "Mehdi",
        "Pascal",
        "Celine",
        "Thierry",
        "Amandine",
        "Rachid",
        "Virginie",
    ],
}
LASTS = {
    "en": [
        "Hebden",
        "Mitchell",
        "Oduya",
        "Pritchard",
        "Flanagan",
        "Castellano",
        "Barraclough",
        "Karim",
        "Dunne",
        "Szymanski",
        "Whitworth",
        "Mahmood",
        "Evans",
        "Price",
        "Jukes",
        "Bowen",
        "Kowalski",
        "Sandhu",
        "Hickman",
        "Plant",
        "Onions",
        "Griffiths",
        "Rowley",
        "Beddoes",
    ],
    "de": [
        "Hoffstaedter",
        "Kuehl",
        "Oezdemir",
        "Pohlmann",
        "Terbrack",
        "Nowak",
        "Engels",
        "Schulte",
        "Brinkmann",
        "Kaya",
        "Luedtke",
        "Hesse",
        "Wiebusch",
        "Schmale",
        "Yildirim",
        "Becker",
        "Krause",
        "Stoltenberg",
        "Iwanow",
        "Voss",
        "Hengstenberg",
        "Rademacher",
    ],
    "fr": [
        "Faure",
        "Boukhari",
        "Perrin",
        "Vasseur",
        "Haddad",
        "Roux",
        "Tavares",
        "Girard",
        "Bonnet",
        "Lambert",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Guerin",
        "Fontaine",
        "Benali",
        "Morel",
        "Dumas",
        "Rey",
        "Carron",
        "Ferreira",
    ],
}
ROADS = {
    "en": [
        "Holyhead Road",
        "Dawley Bank",
        "Park Lane",
        "Brierley Hill Road",
        "Mill Bank",
        "Ash Grove",
    ],
    "de": [
        "Lindenstrasse",
        "Am Kattenbusch",
        "Wehringhauser Strasse",
        "Hohenlimburger Strasse",
        "Ennepeweg",
    ],
    "fr": [
        "rue Henri Marechal",
        "avenue Jean Jaures",
        "rue des Lilas",
        "chemin de la Plaine",
        "rue Aristide Briand",
    ],
}
TOWNS = {
    "en": [
        "Telford TF2 6NQ",
        "Madeley TF7 5AE",
        "Dudley DY2 9LS",
        "Stourbridge DY8 1JD",
        "Wellington TF1 2DG",
    ],
    "de": [
        "58089 Hagen",
        "58119 Hagen-Hohenlimburg",
        "58300 Wetter (Ruhr)",
        "57439 Attendorn",
        "57462 Olpe",
    ],
    "fr": [
        "69800 Saint-Priest",
        "69500 Bron",
        "38070 Saint-Quentin-Fallavier",
        "73000 Chambery",
        "73290 La Motte-Servolex",
    ],
}
DEPTS = {
    "en": [
        "Foundry",
        "Machine Shop",
        "Fettling",
        "Quality",
        "Maintenance",
        "Warehouse",
        "Tool Room",
        "Despatch",
    ],
    "de": [
        "Dreherei",
        "Montage",
        "Qualitaetssicherung",
        "Instandhaltung",
        "Lager/Versand",
        "Schmiede",
        "Werkzeugbau",
    ],
    "fr": [
        "Usinage",
        "Forge",
        "Controle qualite",
        "Maintenance",
        "Logistique",
        "Assemblage",
        "Methodes",
    ],
}
JOBS = {
    "en": [
        "CNC Machine Setter",
        "Foundry Operative",
        "Fettler",
        "Maintenance Electrician",
        "Quality Inspector",
        "Forklift Driver",
        "Shift Team Leader",
        "Moulder",
        "Production Planner",
        "Toolmaker",
    ],
    "de": [
        "Zerspanungsmechaniker",
        "Industriemechaniker",
        "Elektroniker fuer Betriebstechnik",
        "Maschinen- und Anlagenfuehrer",
        "Fachkraft fuer Lagerlogistik",
        "Schichtfuehrer",
        "Werkzeugmechaniker",
        "Qualitaetspruefer",
    ],
    "fr": [
        "Regleur sur commande numerique",
        "Forgeron",
        "Technicien de maintenance",
        "Operateur de production",
        "Cariste",
        "Chef d'equipe",
        "Controleur qualite",
        "Outilleur",
    ],
}


@dataclass
class Emp:
    first: str
    last: str
    male: bool
    no: str
    dept: str
    job: str
    start: date
    born: date
    street: str
    town: str
    grade: str
    rate: float  # hourly (en) or monthly (de, fr)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


OFFICE: dict[str, object] = {
    "lang": "en",
    "co": 0,
    "seed": 0,
    "staff": [],
    "month": date(2025, 3, 1),
}
#: What the previous document was about (a companion takes up the same person).
LAST: dict[str, object] = {"kind": "", "emp": None, "applicant": None}


def home() -> str:
    return str(OFFICE["lang"])


def a_person(r: random.Random, lang: str) -> tuple[str, str, bool]:
    first = r.choice(FIRSTS[lang])
    male = first in {
        "Gary",
        "Darren",
        "Mick",
        "Wes",
        "Connor",
        "Paul",
        "Tariq",
        "Dean",
        "Ryan",
        "Bogdan",
        "Marcin",
        "Craig",
        "Nathan",
        "Liam",
        "Dirk",
        "Murat",
        "Jens",
        "Piotr",
        "Ralf",
        "Sven",
        "Kemal",
        "Dennis",
        "Andreas",
        "Oliver",
        "Uwe",
        "Marco",
        "Cedric",
        "Julien",
        "Karim",
        "Sylvain",
        "Mathieu",
        "Yannick",
        "Loic",
        "Mehdi",
        "Pascal",
        "Thierry",
        "Rachid",
        "Harpreet",
    }
    return first, r.choice(LASTS[lang]), male


def an_emp(r: random.Random, lang: str, k: int) -> Emp:
    first, last, male = a_person(r, lang)
    road = r.choice(ROADS[lang])
    no = r.randint(1, 140)
    grade = {
        "en": r.choice(["Grade 3", "Grade 4", "Grade 5", "Band B", "Band C"]),
        "de": f"EG {r.randint(4, 11)}",
        "fr": f"Niveau {r.choice(['II', 'III', 'IV', 'V'])} - "
        f"coef. {r.choice([170, 190, 215, 240, 255, 285])}",
    }[lang]
    rate = (
        r.uniform(11.5, 19.5)
        if lang == "en"
        else r.uniform(2600, 4400)
        if lang == "de"
        else r.uniform(1850, 3300)
    )
    return Emp(
        first,
        last,
        male,
        serial(r, {"en": "99999", "de": "99999", "fr": "M9999"}[lang]) if k >= 0 else "",
        r.choice(DEPTS[lang]),
        r.choice(JOBS[lang]),
        date(r.randint(1994, 2024), r.randint(1, 12), 1),
        date(r.randint(1962, 2004), r.randint(1, 12), r.randint(1, 28)),
        f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}",
        r.choice(TOWNS[lang]),
        grade,
        rate,
    )


def staff() -> list[Emp]:
    return OFFICE["staff"]  # type: ignore[return-value]


def worker(rng: random.Random) -> Emp:
    return rng.choice(staff())


def follow_emp(rng: random.Random, after: tuple[str, ...]) -> Emp:
    """The employee of the previous document if it was one of ``after``, else anyone."""
    e = LAST["emp"]
    if LAST["kind"] in after and isinstance(e, Emp):
        return e
    return worker(rng)


def mr(e: Emp, lang: str) -> str:
    if lang == "de":
        return f"{'Herr' if e.male else 'Frau'} {e.name}"
    if lang == "fr":
        return f"{'Monsieur' if e.male else 'Madame'} {e.first} {e.last.upper()}"
    return f"{'Mr' if e.male else 'Ms'} {e.name}"


def dear(lang: str, e: Emp | None) -> str:
    if e is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    if lang == "de":
        return f"Sehr geehrte{'r Herr' if e.male else ' Frau'} {e.last},"
    if lang == "fr":
        return f"{'Monsieur' if e.male else 'Madame'},"
    return f"Dear {'Mr' if e.male else 'Ms'} {e.last},"


def month_of(d: date, lang: str) -> str:
    from corpus_kit import MONTHS

    return f"{MONTHS[lang][d.month - 1]} {d.year}"


def on(rng: random.Random, lo: int = -200, hi: int = 40) -> date:
    """A day near the stream's month."""
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"drawer/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


HR_TALK = {
    "en": {
        "work": "duties team production shift quality targets training colleagues responsibility "
        "reliable initiative standards machines experience safety output customers",
        "terms": "employee employer salary hours holiday notice probation duties premises "
        "confidentiality termination policy entitlement clause agreement handbook",
        "health": "symptoms treatment medication condition absence assessment adjustments duties "
        "hearing fitness health confidential shifts lifting recovery",
        "conduct": "conduct investigation allegation hearing policy warning companion evidence "
        "statement procedure outcome appeal safety guard machine",
        "money": "contributions scheme pension salary retirement enrolment employer fund tax "
        "relief qualifying earnings members premium cover benefit",
        "council": "consultation shift pattern overtime members proposal agreement meeting "
        "management workforce representatives site review",
    },
    "de": {
        "work": "Aufgaben Team Leistung Arbeitsweise Kollegen Vorgesetzten zuverlaessig "
        "Verantwortung Einsatz Qualitaet Kenntnisse stets Zufriedenheit Maschinen",
        "terms": "Arbeitnehmer Arbeitgeber Verguetung Arbeitszeit Urlaub Kuendigung Probezeit "
        "Taetigkeit Verschwiegenheit Vertrag Regelung Anspruch Tarifvertrag",
        "health": "Beschwerden Behandlung Erkrankung Untersuchung Taetigkeit Belastung "
        "Arbeitsplatz Vorsorge Schicht Heben Laerm Eingliederung",
        "conduct": "Pflichtverletzung Arbeitsvertrag Abmahnung Verhalten Wiederholung "
        "Konsequenzen Personalakte Stellungnahme Vorfall Arbeitssicherheit",
        "money": "Beitrag Entgeltumwandlung Versorgung Rente Zuschuss Anwartschaft Vertrag "
        "Leistung Arbeitgeber Versicherung Mitgliedschaft",
        "council": "Betriebsrat Mitbestimmung Schichtplan Mehrarbeit Anhoerung Beschluss "
        "Geschaeftsleitung Betriebsvereinbarung Beschaeftigte Sitzung",
    },
    "fr": {
        "work": "missions equipe qualite rigueur collegues responsabilite production autonomie "
        "serieux competences encadrement satisfaction machines",
        "terms": "salarie employeur remuneration duree travail conges preavis periode essai "
        "fonctions confidentialite contrat convention collective",
        "health": "symptomes traitement examen aptitude poste medecin travail restrictions "
        "sante suivi port charges reprise",
        "conduct": "faits entretien prealable sanction comportement reglement interieur "
        "manquement explications convocation securite",
        "money": "cotisations regime prevoyance retraite complementaire garanties adhesion "
        "employeur salaire tranche affiliation",
        "council": "CSE consultation elus horaires organisation projet direction avis "
        "accord salaries reunion ordre",
    },
}
GLUES = {
    "en": [
        "the",
        "of",
        "and",
        "to",
        "in",
        "for",
        "with",
        "on",
        "as",
        "by",
        "your",
        "we",
        "our",
        "is",
        "are",
        "will",
        "be",
        "from",
        "at",
        "any",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "zu",
        "im",
        "fuer",
        "mit",
        "auf",
        "von",
        "bei",
        "nach",
        "den",
        "dem",
        "ist",
        "sind",
        "wird",
        "sich",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "de",
        "du",
        "des",
        "pour",
        "avec",
        "sur",
        "par",
        "au",
        "aux",
        "est",
        "sont",
        "sera",
        "dans",
        "une",
    ],
}


def words(rng: random.Random, lang: str, topic: str = "work", n: int | None = None) -> str:
    pool = HR_TALK[lang][topic].split()
    ws = [
        rng.choice(pool if rng.random() < 0.5 else GLUES[lang])
        for _ in range(n or rng.randint(7, 16))
    ]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "work", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def cash(v: float, lang: str) -> str:
    return f"\u00a3{money(v, lang)}" if lang == "en" else f"{money(v, lang)} EUR"


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: heading, later pages, footer, page numbers, typeface
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    look: str  # band | logo | centred | split | rule | framed | crest
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    font: str
    bold: str
    size: float
    margin: float
    dept: str = ""


FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """A registration and bank footer in the sender's country's manner."""
    if role in ("doctor", "union", "council"):
        return []
    if lang == "de":
        town = r.choice(["Hagen", "Siegen", "Essen", "Duesseldorf"])
        out = [
            f"{name} - Sitz {town} - Amtsgericht {town} HRB {r.randint(1000, 29999)} - "
            + "Geschaeftsfuehrung: "
            + r.choice(["Dr. Thomas Kessler", "Martina Weidemann", "Jochen Brinkmann, Ute Hesse"]),
            f"{r.choice(['Sparkasse Hagen', 'Volksbank Sauerland', 'Commerzbank Hagen'])} - IBAN DE"
            f"{r.randint(10, 99)} 4505 0001 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(10, 99)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
        ]
        return out if r.random() < 0.7 else out[:1]
    if lang == "fr":
        form = r.choice(["SAS au capital de", "SA au capital de", "SARL au capital de"])
        return [
            f"{name} - {form} {r.randint(40, 4000)} 000 EUR - RCS {r.choice(['Lyon', 'Chambery'])} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['2550A', '2562B', '2229A', '6920Z'])}"
        ]
    out = [
        f"{name} - Registered in England and Wales No. {r.randint(1000000, 14999999):08d} - "
        "Registered office: "
        f"{r.choice(['as above', 'Halesfield 14, Telford', '1 Colmore Row, Birmingham B3 2BJ'])}"
    ]
    if role in ("pension", "insurer"):
        out.append(
            "Authorised and regulated by the Financial Conduct Authority. FRN "
            f"{r.randint(100000, 999999)}"
        )
    elif r.random() < 0.5:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return out


def make_head(row: Row, role: str, r: random.Random, looks: list[str] | None = None) -> Head:
    name, lang, street, town, phone = row
    font, bold = r.choice(FACES)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or ["band", "logo", "centred", "split", "rule", "framed"]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lang == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9.5, 10, 10, 10.5, 11]),
        margin=r.choice([50, 56, 62, 70]),
        dept=tr(
            lang,
            r.choice(["Human Resources", "HR Department", "People & Culture"]),
            r.choice(["Personalabteilung", "Personalwesen", "Personal"]),
            r.choice(["Service Ressources Humaines", "Direction des Ressources Humaines"]),
        )
        if role == "employer"
        else "",
    )


def employer() -> Head:
    """The plant's own letterhead: the same all stream long."""
    rows = [x for x in SENDERS["employer"] if x[1] == home()]
    row = rows[int(str(OFFICE["co"])) % len(rows)]
    r = random.Random(zlib.crc32(f"drawer/employer/{OFFICE['seed']}".encode()))
    return make_head(row, "employer", r, ["band", "logo", "centred", "split", "rule"])


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    """The ``role`` sender of ``who`` in the plant's country, as it prints."""
    if role == "employer":
        return employer()
    r = keyed(who, role)
    if role == "council":
        co = employer()
        name = tr(
            home(),
            "Federated Engineering Union - Telford & Wrekin Branch",
            f"Betriebsrat der {co.name}",
            f"CSE - {co.name}",
        )
        row = SENDERS["union"][0] if home() == "en" else (name, home(), co.street, co.town, "")
    else:
        rows = [x for x in SENDERS[role] if x[1] == home()] or SENDERS[role]
        row = r.choice(rows)
    return make_head(row, role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or h.size,
        margin=margin or h.margin,
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def initials(name: str) -> str:
    parts = [
        t
        for t in name.replace("-", " ").split()
        if t[0].isupper() and t not in ("GmbH", "KG", "SAS", "SA", "Ltd")
    ]
    return "".join(t[0] for t in parts[:3]) or name[:2].upper()


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.3)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        line = "   ".join(t for t in (where, tel, h.dept) if t)
        p.text(m, y + 22, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 46
    if h.look == "logo":
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.text(m + 17, y + 10, initials(h.name)[:2], "Helvetica-Bold", 15, "center")
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m - 44)
        p.text(m + 44, y, h.name, s.bold, pt)
        p.text(m + 44, y + 12, fit(where, s.font, 7.5, w - 2 * m - 44), s.font, 7.5)
        if h.dept or tel:
            p.text(
                m + 44,
                y + 21,
                fit(f"{h.dept}  {tel}".strip(), s.font, 7.5, w - 2 * m - 44),
                s.font,
                7.5,
            )
        return y + 48
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.line(w / 2 - 70, y + 8, w / 2 + 70, y + 8)
        line = " - ".join(t for t in (where, tel) if t)
        p.text(w / 2, y + 18, fit(line, s.font, 7, w - 2 * m), s.font, 7, "center")
        if h.dept:
            p.text(w / 2, y + 27, h.dept, s.font, 7, "center")
        return y + 44
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if h.dept:
            p.text(m, y + 15, h.dept, s.font, 7.5)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 20), w - m, max(yy, y + 20))
        return max(yy, y + 20) + 22
    if h.look == "rule":
        pt = shrink(h.name.upper(), s.font, s.size + 3, w - 2 * m)
        p.text(m, y + 2, h.name.upper(), s.font, pt)
        p.rect(m, y + 7, w - 2 * m, 2.2, fill=0.0)
        line = " | ".join(t for t in (h.dept, where, tel) if t)
        p.text(m, y + 19, fit(line, s.font, 7, w - 2 * m), s.font, 7)
        return y + 42
    if h.look == "crest":
        cx = w / 2
        p.rect(cx - 11, y - 16, 22, 24)
        p.line(cx - 11, y - 4, cx + 11, y - 4)
        p.line(cx, y - 16, cx, y + 8)
        p.text(cx, y + 20, fit(h.name, s.bold, s.size + 1, w - 2 * m), s.bold, s.size + 1, "center")
        p.text(cx, y + 30, fit(f"{where}  {tel}", s.font, 7, w - 2 * m), s.font, 7, "center")
        return y + 52
    bw = min(w - 2 * m, 250.0)
    p.rect(m, y - 12, bw, 40)
    p.text(m + 6, y + 2, fit(h.name, s.bold, s.size + 1, bw - 12), s.bold, s.size + 1)
    p.text(m + 6, y + 14, fit(where, s.font, 7, bw - 12), s.font, 7)
    if tel:
        p.text(m + 6, y + 23, tel, s.font, 7)
    return y + 44


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.6


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h is not None else s.margin - 6
        if h is not None and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    foot = len(h.foot) if h is not None else 0
    return Sheets((w, hh), hh - s.margin - 7 * foot - 6, start)


def close(
    pages: list[Page], s: Style, h: Head | None, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    if h is None:
        return foot_and_number(pages, s, [], numbers or "none", "bc", covers)
    return foot_and_number(
        pages, s, h.foot, h.numbers if numbers is None else numbers, h.corner, covers
    )


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    drop = ("Mr", "Ms", "Mrs", "Frau", "Herr", "Dr", "Dr.", "Madame", "Monsieur", "med.")
    parts = [t for t in name.split() if t not in drop] or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1].capitalize()}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.42, y - 3)


def stamp(p: Page, x: float, y: float, lines: list[str], rot: bool = False) -> None:
    """A rubber stamp with a double frame, its top-left at ``x``, ``y`` (kept on the page)."""
    bw = max(tw(t, "Helvetica-Bold", 8) for t in lines) + 18
    bh = 12 * len(lines) + 8
    x = max(8.0, min(x, p.size[0] - bw - 10))
    y = max(8.0, min(y, p.size[1] - bh - 26))
    p.rect(x, y, bw, bh)
    p.rect(x + 2.5, y + 2.5, bw - 5, bh - 5)
    for k, t in enumerate(lines):
        p.text(
            x + bw / 2, y + 14 + 12 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 8, "center"
        )


def got(d: date) -> list[str]:
    """The HR department's received stamp."""
    lg = home()
    co = employer().name.split()[0].upper()
    return [
        tr(lg, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lg, "short"),
        tr(lg, f"{co} - HR", f"{co} - Personal", f"{co} - RH"),
    ]


def received(rng: random.Random, f: Flow, d: date, odds: float = 0.5) -> None:
    """Now and then the received stamp on the first page, top right or below the text."""
    if rng.random() > odds:
        return
    w, hh = f.size
    p = f.pages[0]
    if len(f.pages) == 1 and f.y < hh - 170 and rng.random() < 0.6:
        stamp(p, w - 210 - rng.uniform(0, 80), f.y + 8, got(d))
    else:
        stamp(p, w - 175, 16 + rng.uniform(0, 30), got(d))


def ruled(
    p: Page,
    x: float,
    y: float,
    w: float,
    n: int,
    rng: random.Random,
    lang: str,
    topic: str = "work",
    fill: float = 0.6,
    gap: float = 17,
) -> float:
    """``n`` ruled lines, the first ones written on by hand; the y below."""
    written = round(n * fill)
    for k in range(n):
        if k < written:
            t = words(rng, lang, topic, rng.randint(5, 10))
            p.text(x + 3, y, fit(t, HAND, 9, w - 6), HAND, 9)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


def caption(
    f: Sheets, s: Style, text: str, grow: float = 3, rule: bool = False, centre: bool = False
) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.y += pt * 0.3
    if centre:
        f.page.text(w / 2, f.y, text, s.bold, pt, "center")
    else:
        f.page.text(s.margin, f.y, text, s.bold, pt)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += pt * 1.9


def numbered(
    f: Sheets, s: Style, items: list[str], pt: float = 0, label: str = "{k}.", start: int = 1
) -> None:
    """Numbered paragraphs with a hanging indent."""
    w, _ = f.size
    pt = pt or s.size
    for k, t in enumerate(items, start):
        lines = wrap(t, s.font, pt, w - 2 * s.margin - 24)
        f.need(pt * 1.4 * min(3, len(lines)))
        f.page.text(s.margin, f.y, label.format(k=k), s.font, pt)
        for ln in lines:
            f.need(pt * 1.4)
            f.page.text(s.margin + 24, f.y, ln, s.font, pt)
            f.y += pt * 1.38
        f.y += pt * 0.55


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The window address on the left, references and date on the right."""
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look not in ("band", "rule") else None, y0, lines)
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


def home_lines(e: Emp, lang: str) -> list[str]:
    return [mr(e, lang), e.street, e.town]


def hr_lines(lang: str, att: str = "") -> list[str]:
    co = employer()
    return [co.name, att or co.dept, co.street, co.town]


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(90)
    m = s.margin
    text = tr(
        lang,
        "Yours faithfully"
        if formal
        else ["Yours sincerely", "Kind regards", "Yours sincerely"][len(name) % 3],
        "Mit freundlichen Gruessen",
        "Veuillez agreer, Madame, Monsieur, l'expression de nos salutations distinguees."
        if formal
        else "Nous vous prions d'agreer nos sinceres salutations.",
    )
    f.para(m, f.size[0] - 2 * m, text, s.font, s.size, 0.2)
    f.y += 20
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def hr_person(tag: str) -> str:
    r = random.Random(zlib.crc32(f"drawer/hr/{tag}/{OFFICE['seed']}".encode()))
    first, last, _ = a_person(r, home())
    return f"{first} {last}"


def hr_role(lang: str, tag: str = "") -> str:
    if tag == "md":
        return tr(lang, "Managing Director", "Geschaeftsfuehrer", "Directeur general")
    if tag == "mgr":
        return tr(lang, "HR Manager", "Leitung Personal", "Responsable RH")
    return tr(lang, "HR Advisor", "Personalsachbearbeitung", "Charge(e) RH")


def band(
    p: Page, s: Style, y: float, title: str, shade: float = 0.82, x: float = 0, w: float = 0
) -> float:
    """A shaded form section title; the y below."""
    pw, _ = p.size
    x = x or s.margin
    w = w or pw - 2 * s.margin
    p.rect(x, y - 9, w, 13, fill=shade)
    p.text(x + 4, y, fit(title, s.bold, 8.5, w - 8), s.bold, 8.5)
    return y + 12


def form_code(p: Page, s: Style, code: str) -> None:
    """A form number in small type at the bottom left."""
    _, hh = p.size
    p.text(s.margin, hh - 16, code, s.font, 6)


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, who: str | None = None, d: str = ""
) -> None:
    """A signature line with its label below, signed by ``who`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if who:
        sign(p, x + 6, y - 3, who, 13)
    if d:
        p.text(x + w - 4, y - 4, d, HAND, 9, "right")


def photo(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A passport photo: a grey field with a head and shoulders."""
    p.rect(x, y, w, h, fill=rng.uniform(0.6, 0.8))
    p.rect(x + w * 0.32, y + h * 0.18, w * 0.36, h * 0.36, fill=rng.uniform(0.35, 0.5))
    p.rect(x + w * 0.12, y + h * 0.6, w * 0.76, h * 0.4, fill=rng.uniform(0.15, 0.3))
    p.rect(x, y, w, h)


def photo_sheet(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A printed photo of a machine or a shop floor: a grey field with blocks and a frame."""
    p.rect(x, y, w, h, fill=rng.uniform(0.45, 0.7))
    for _ in range(rng.randint(4, 8)):
        bw, bh = rng.uniform(0.1, 0.5) * w, rng.uniform(0.08, 0.6) * h
        p.rect(
            x + rng.uniform(0, w - bw),
            y + rng.uniform(0, h - bh),
            bw,
            bh,
            fill=rng.uniform(0.1, 0.92),
        )
    p.rect(x, y, w, h)


def dashes(p: Page, x0: float, x1: float, y: float, label: str = "") -> None:
    """A dashed cut line, with a label."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + 5, x1), y)
        x += 9
    if label:
        p.text(x0, y - 4, label, "Helvetica", 6)


# ---------------------------------------------------------------------------------------------
# Templates DD: recruitment and contracts
# ---------------------------------------------------------------------------------------------

SKILLS = {
    "en": [
        "Fanuc and Siemens controls",
        "Counterbalance forklift (RTITB)",
        "MIG/TIG welding",
        "Reading engineering drawings",
        "SPC and first-off inspection",
        "18th Edition wiring regs",
        "Lean / 5S",
        "IPAF 3a/3b",
        "Overhead crane slinger",
        "Full UK driving licence",
    ],
    "de": [
        "CNC Heidenhain / Siemens 840D",
        "Staplerschein (DGUV 308-001)",
        "MAG-Schweissen",
        "Technisches Zeichnen lesen",
        "Messtechnik, Erstmusterpruefung",
        "SPS Grundkenntnisse",
        "Kranfuehrerschein",
        "Fuehrerschein Klasse B",
        "MS Office",
        "5S / KVP",
    ],
    "fr": [
        "Commande numerique Fanuc / Num",
        "CACES R489 cat. 3",
        "Soudure MIG/MAG",
        "Lecture de plans",
        "Metrologie, autocontrole",
        "Habilitation electrique B1V",
        "Pont roulant",
        "Permis B",
        "Pack Office",
        "Lean manufacturing",
    ],
}
SCHOOLS = {
    "en": [
        ("GCSEs (9 subjects incl. Maths and English)", "Thomas Telford School"),
        ("Level 3 Advanced Apprenticeship, Engineering", "Telford College"),
        ("HNC Mechanical Engineering", "University of Wolverhampton"),
    ],
    "de": [
        ("Fachoberschulreife", "Realschule Hagen-Haspe"),
        ("Ausbildung Zerspanungsmechaniker, IHK-Abschluss", "Berufskolleg Cuno I"),
        ("Staatlich gepruefter Techniker Maschinenbau", "Technikerschule Siegen"),
    ],
    "fr": [
        ("Baccalaureat professionnel Technicien d'usinage", "Lycee Jacques Brel, Venissieux"),
        ("BTS Conception des processus de realisation de produits", "Lycee La Martiniere"),
        ("CAP Conducteur d'installations de production", "CFA de l'Industrie, Lyon"),
    ],
}


def applicant(rng: random.Random) -> Emp:
    e = an_emp(rng, home(), -1)
    LAST["applicant"] = e
    return e


def cv_pages(rng: random.Random, e: Emp, lg: str, s: Style, job: str, d: date) -> list[Page]:
    """The CV: one or two pages, with a sidebar or classic date column; a photo in Germany."""
    w, hh = s.page_size
    m = s.margin
    side = rng.random() < 0.4
    x0 = m + (150 if side else 0)
    f = Sheets((w, hh), hh - m, lambda p, n: m if n > 1 else m + 4)
    p = f.page
    title = tr(
        lg,
        rng.choice(["Curriculum Vitae", "CV"]),
        "Lebenslauf",
        rng.choice(["Curriculum vitae", "CV"]),
    )
    if side:
        p.rect(m - 14, m - 20, 150, hh - 2 * m + 20, fill=0.9)
        yy = m + 6
        if lg == "de" or rng.random() < 0.3:
            photo(p, m, yy, 80, 100, rng)
            yy += 114
        for cap, val in [
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{e.street}, {e.town}"),
            (
                tr(lg, "Phone", "Telefon", "Tel."),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                "E-mail",
                f"{e.first.lower()}.{e.last.lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Ne(e) le"), date_text(e.born, lg, "short")),
        ]:
            p.text(m, yy, cap.upper(), s.bold, 7)
            for ln in wrap(val, s.font, 8, 128)[:2]:
                yy += 10
                p.text(m, yy, ln, s.font, 8)
            yy += 16
        p.text(m, yy, tr(lg, "SKILLS", "KENNTNISSE", "COMPETENCES"), s.bold, 7)
        for sk in rng.sample(SKILLS[lg], 5):
            yy += 11
            p.text(m, yy, fit(sk, s.font, 7.5, 130), s.font, 7.5)
    p.text(x0, m + 8, e.name if side else title, s.bold, s.size + 8)
    p.text(x0, m + 24, job if side else f"{e.name}, {e.street}, {e.town}", s.font, s.size - 1)
    if not side and lg == "de":
        photo(p, w - m - 80, m - 10, 80, 100, rng)
    f.y = m + 56 if side or lg != "de" else m + 100
    width = w - m - x0

    def section(t: str) -> None:
        f.need(40)
        f.page.text(x0, f.y, t, s.bold, s.size + 1)
        f.page.line(x0, f.y + 4, w - m, f.y + 4)
        f.y += s.size * 2

    if rng.random() < 0.5:
        section(tr(lg, "Profile", "Kurzprofil", "Profil"))
        f.para(x0, width, prose(rng, lg, "work", 1, 2), s.font, s.size - 0.5)
    section(tr(lg, "Employment history", "Berufserfahrung", "Experience professionnelle"))
    y1 = d.year
    for _ in range(rng.randint(2, 5)):
        y0 = y1 - rng.randint(1, 7)
        firm = rng.choice(PREVIOUS[lg])[0]
        f.need(50)
        f.page.text(
            x0,
            f.y,
            f"{y0} - {y1 if y1 != d.year else tr(lg, 'present', 'heute', 'ce jour')}",
            s.font,
            s.size - 1,
        )
        f.page.text(
            x0 + 80,
            f.y,
            fit(f"{rng.choice(JOBS[lg])}, {firm}", s.bold, s.size - 1, width - 80),
            s.bold,
            s.size - 1,
        )
        f.y += s.size * 1.4
        for _ in range(rng.randint(1, 3)):
            f.para(
                x0 + 88,
                width - 88,
                "- " + words(rng, lg, "work", rng.randint(5, 10)),
                s.font,
                s.size - 1.5,
                0.1,
            )
        f.y += 4
        y1 = y0
    section(tr(lg, "Education and training", "Ausbildung", "Formation"))
    for what, where in rng.sample(SCHOOLS[lg], rng.randint(1, 3)):
        f.need(30)
        f.page.text(x0, f.y, str(y1 - rng.randint(0, 4)), s.font, s.size - 1)
        f.page.text(
            x0 + 80,
            f.y,
            fit(f"{what} - {where}", s.font, s.size - 1, width - 80),
            s.font,
            s.size - 1,
        )
        f.y += s.size * 1.6
    if not side:
        section(tr(lg, "Skills", "Kenntnisse", "Competences"))
        f.para(x0, width, ", ".join(rng.sample(SKILLS[lg], 5)), s.font, s.size - 1)
    section(tr(lg, "Languages", "Sprachen", "Langues"))
    f.para(
        x0,
        width,
        tr(
            lg,
            "English (native), Polish (basic)",
            "Deutsch (Muttersprache), Englisch (gut)",
            "Francais (langue maternelle), Anglais (notions)",
        ),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.4:
        section(tr(lg, "Interests", "Hobbys", "Centres d'interet"))
        f.para(
            x0,
            width,
            rng.choice(
                [
                    "Football, cycling, DIY",
                    "Angeln, Motorrad, Vereinsarbeit",
                    "Randonnee, football, bricolage",
                ]
            ),
            s.font,
            s.size - 1,
        )
    if lg == "de":
        f.need(50)
        f.y += 10
        f.page.text(
            x0, f.y, f"{e.town.split()[-1]}, {date_text(d, lg, 'short')}", s.font, s.size - 1
        )
        sign(f.page, x0 + 150, f.y, e.name)
    return f.pages


def earlier_reference(rng: random.Random, lg: str, e: Emp, s0: Style) -> Page:
    """A copy of an earlier employer's reference, on that employer's paper."""
    row = rng.choice(PREVIOUS[lg])
    r = random.Random(zlib.crc32(row[0].encode()))
    h = make_head(row, "prev", r)
    s = style_of(h)
    f = sheets(s, h)
    f.y += 30
    title = tr(lg, "TO WHOM IT MAY CONCERN", "Arbeitszeugnis", "Certificat de travail")
    caption(f, s, title, 4, centre=True)
    f.y += 8
    y0 = rng.randint(2008, 2019)
    write(
        f,
        s,
        tr(
            lg,
            f"This is to confirm that {e.name} was employed by us from {y0} to "
            f"{y0 + rng.randint(2, 5)} "
            f"as {rng.choice(JOBS[lg])}. " + prose(rng, lg, "work", 2, 3),
            f"{mr(e, lg)}, geboren am {date_text(e.born, lg, 'short')}, war vom "
            f"01.0{rng.randint(1, 9)}.{y0} "
            f"bis {rng.randint(10, 30)}.0{rng.randint(1, 9)}.{y0 + rng.randint(2, 6)} in unserem "
            "Unternehmen als "
            f"{rng.choice(JOBS[lg])} taetig. " + prose(rng, lg, "work", 2, 3),
            f"Nous soussignes, {row[0]}, certifions avoir employe {mr(e, lg)} du "
            f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/{y0} "
            f"au {rng.randint(1, 28)}/0{rng.randint(1, 9)}/{y0 + rng.randint(2, 5)} en qualite de "
            f"{rng.choice(JOBS[lg])}.",
        ),
    )
    for _ in range(rng.randint(1, 3 if lg == "de" else 1)):
        write(f, s, prose(rng, lg, "work", 2, 4))
    if lg == "fr":
        write(
            f,
            s,
            "Il nous quitte libre de tout engagement. Certificat delivre pour servir et valoir ce "
            "que de droit.",
        )
    f.y += 10
    f.page.text(
        s.margin,
        f.y,
        f"{row[3].split()[-1]}, "
        f"{date_text(date(y0 + 5, rng.randint(1, 12), rng.randint(1, 28)), lg, 'short')}",
        s.font,
        s.size,
    )
    f.y += 36
    sign(f.page, s.margin, f.y - 6, f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}")
    f.page.text(
        s.margin,
        f.y + 8,
        tr(lg, "Works Manager", "Betriebsleitung", "Le directeur d'usine"),
        s.font,
        s.size - 1,
    )
    p = close(f.pages, s, h, numbers="none")[0]
    w, hh = p.size
    p.text(w - 60, hh - 40, tr(lg, "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 14, "right")
    return p


QUALS = {
    "en": [
        (
            "City & Guilds of London Institute",
            "Level 3 NVQ Diploma",
            "This is to certify that",
            "has been awarded",
            "Engineering Maintenance (Mechanical)",
        ),
        (
            "EAL Awards",
            "Level 2 Certificate",
            "This certificate is awarded to",
            "for the successful completion of",
            "Performing Engineering Operations",
        ),
        (
            "Pearson BTEC",
            "Level 3 National Extended Diploma",
            "This is to certify that",
            "has been awarded",
            "Engineering - Grade: Distinction Merit Merit",
        ),
    ],
    "de": [
        (
            "Industrie- und Handelskammer",
            "Pruefungszeugnis nach \u00a7 37 Berufsbildungsgesetz",
            "Herr/Frau",
            "hat die Abschlusspruefung bestanden im Ausbildungsberuf",
            "Zerspanungsmechaniker",
        ),
        (
            "Handwerkskammer Suedwestfalen",
            "Gesellenbrief",
            "Herr/Frau",
            "hat die Gesellenpruefung bestanden im Handwerk",
            "Metallbauer, Fachrichtung Konstruktionstechnik",
        ),
        (
            "Land Nordrhein-Westfalen",
            "Zeugnis der Fachoberschulreife",
            "Herr/Frau",
            "hat den mittleren Schulabschluss erworben an der",
            "Realschule Hagen-Haspe",
        ),
    ],
    "fr": [
        (
            "Ministere de l'Education nationale",
            "Diplome du baccalaureat professionnel",
            "Le diplome est delivre a",
            "specialite",
            "Technicien d'usinage",
        ),
        (
            "Ministere de l'Education nationale",
            "Certificat d'aptitude professionnelle",
            "Le diplome est delivre a",
            "specialite",
            "Conducteur d'installations de production",
        ),
        (
            "Ministere du Travail - Titre professionnel",
            "Titre professionnel de niveau 4",
            "Delivre a",
            "pour l'emploi de",
            "Technicien d'usinage assiste par ordinateur",
        ),
    ],
}


def qualification_copy(rng: random.Random, lg: str, e: Emp) -> Page:
    """A copy of a qualification certificate, framed, often landscape."""
    size = landscape(A4) if rng.random() < 0.5 else A4
    p = Page(size)
    w, hh = size
    p.rect(30, 30, w - 60, hh - 60)
    p.rect(36, 36, w - 72, hh - 72)
    body = rng.choice(QUALS[lg])
    y = hh * 0.22
    p.text(w / 2, y, body[0], "Times-Bold", 18, "center")
    p.text(w / 2, y + 40, body[1], "Times-Roman", 13, "center")
    p.text(w / 2, y + 90, body[2], "Times-Italic", 11, "center")
    p.text(w / 2, y + 120, e.name, "Times-Bold", 22, "center")
    p.text(w / 2, y + 150, body[3], "Times-Italic", 11, "center")
    p.text(w / 2, y + 175, body[4], "Times-Roman", 13, "center")
    p.text(
        60,
        hh - 80,
        tr(lg, "Certificate no. ", "Nr. ", "N. ") + serial(rng, "9999999"),
        "Times-Roman",
        9,
    )
    p.text(w - 60, hh - 80, str(rng.randint(2006, 2020)), "Times-Roman", 9, "right")
    sign(p, w - 220, hh - 100, f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}")
    return p


def tpl_application(rng: random.Random, who: Issuer) -> list[Page]:
    """A job application as the applicant sends it: sometimes a cover sheet (Germany), the
    covering letter, the CV over one or two pages, then copies of an earlier reference and a
    qualification certificate; all one document."""
    lg = home()
    e = applicant(rng)
    job = rng.choice(JOBS[lg])
    d = on(rng)
    r = keyed(who, "applicant")
    font, bold = r.choice(FACES[:3])
    s = Style(
        font,
        bold,
        rng.choice([10, 10.5, 11]),
        rng.choice([56, 64, 72]),
        "none",
        "bottom",
        LETTER if lg == "en" and rng.random() < 0.15 else A4,
        "short",
    )
    w, hh = s.page_size
    m = s.margin
    pages: list[Page] = []
    if lg == "de" and rng.random() < 0.4:
        c = Page(s.page_size)
        c.text(w / 2, 170, "Bewerbung", s.bold, 30, "center")
        c.text(w / 2, 200, f"als {job}", s.font, 14, "center")
        photo(c, w / 2 - 60, 250, 120, 150, rng)
        c.text(w / 2, 450, e.name, s.bold, 14, "center")
        c.text(w / 2, 468, f"{e.street} - {e.town}", s.font, 10, "center")
        c.text(w / 2, hh - 120, "Anlagen: Anschreiben, Lebenslauf, Zeugnisse", s.font, 9, "center")
        pages.append(c)
    f = Sheets((w, hh), hh - m, lambda p, n: m)
    p = f.page
    if lg == "de":
        p.text(m, m, f"{e.name} - {e.street} - {e.town}", s.font, 7.5)
        f.y = m + 24
    else:
        for k, t in enumerate(
            [
                e.name,
                e.street,
                e.town,
                serial(rng, "07999 999999" if lg == "en" else "06 99 99 99 99"),
            ]
        ):
            p.text(w - m, m + k * (s.size + 3), t, s.bold if k == 0 else s.font, s.size, "right")
        f.y = m + 70
    employer()
    for t in hr_lines(lg, tr(lg, "Recruitment", "Personalabteilung", "Service recrutement")):
        p.text(m, f.y, t, s.font, s.size)
        f.y += s.size * 1.35
    f.y += 16
    p.text(
        w - m,
        f.y,
        ("" if lg == "en" else f"{e.town.split()[-1]}, ") + date_text(d, lg, "long"),
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
            f"Application for the position of {job}",
            f"Bewerbung als {job}",
            f"Candidature au poste de {job}",
        ),
        1,
    )
    if rng.random() < 0.5:
        f.page.text(
            m,
            f.y - 6,
            tr(lg, "Your advertisement ref. ", "Ihre Anzeige, Kennziffer ", "Votre annonce ref. ")
            + serial(rng, "AA-999"),
            s.font,
            s.size - 1,
        )
        f.y += 10
    write(f, s, dear(lg, None))
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "work", 2, 4))
    f.need(90)
    write(
        f,
        s,
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Gruessen",
            "Je vous prie d'agreer, Madame, Monsieur, mes salutations distinguees.",
        ),
    )
    f.y += 18
    sign(f.page, m, f.y - 4, e.name)
    f.y += 10
    f.page.text(m, f.y, e.name, s.font, s.size)
    f.y += 26
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Enc.: CV, references, certificates",
            "Anlagen: Lebenslauf, Zeugnisse",
            "PJ : CV, copies de diplomes et certificats",
        ),
        s.font,
        s.size - 1,
    )
    received(rng, f, d + timedelta(days=rng.randint(1, 4)), 0.55)
    pages += f.pages
    pages += cv_pages(rng, e, lg, s, job, d)
    extras = rng.choice([0, 1, 1, 2, 2, 3])
    for k in range(extras):
        if len(pages) >= 6:
            break
        other = lg if rng.random() < 0.8 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
        if k == 0 and rng.random() < 0.6:
            pages.append(earlier_reference(rng, other, e, s))
        else:
            pages.append(qualification_copy(rng, other, e))
    return pages


def tpl_applicant_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The HR department's letter to an applicant: acknowledgement, invitation to interview
    (sometimes with a directions page) or regret."""
    h = employer()
    lg = h.lang
    s = style_of(h)
    e = (
        LAST["applicant"]
        if LAST["kind"] == "application" and isinstance(LAST["applicant"], Emp)
        else an_emp(rng, lg, -1)
    )
    LAST["applicant"] = e
    job = rng.choice(JOBS[lg])
    d = on(rng)
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        home_lines(e, lg),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Ref."), serial(rng, "REC/99/999")),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), hr_person("rec")),
        ],
    )
    kind = rng.choice(["invite", "invite", "regret", "regret", "ack"])
    caption(
        f, s, tr(lg, "Your application - ", "Ihre Bewerbung als ", "Votre candidature - ") + job, 1
    )
    write(f, s, dear(lg, e))
    if kind == "invite":
        when = d + timedelta(days=rng.randint(5, 16))
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for your application. We would like to invite you to an interview on "
                f"{day(h, when)} at {rng.randint(8, 14)}:{rng.choice(['00', '30'])} at our works.",
                "vielen Dank fuer Ihre Bewerbung. Gerne laden wir Sie zu einem "
                "Vorstellungsgespraech am "
                f"{day(h, when)} um {rng.randint(8, 14)}:{rng.choice(['00', '30'])} Uhr in unser "
                "Werk ein.",
                "Nous vous remercions de votre candidature et avons le plaisir de vous convier a "
                "un entretien le "
                f"{day(h, when)} a {rng.randint(8, 14)}h{rng.choice(['00', '30'])} dans nos "
                "locaux.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "Please report to the gatehouse and bring your passport or right-to-work "
                "documents, "
                "safety boots and original certificates.",
                "Bitte melden Sie sich an der Pforte und bringen Sie Ihre Originalzeugnisse mit. "
                "Fahrtkosten werden nicht erstattet.",
                "Merci de vous presenter a l'accueil muni(e) d'une piece d'identite et de vos "
                "diplomes.",
            ),
        )
    elif kind == "regret":
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your interest in the vacancy. After careful consideration we regret "
                "that we will not be taking your application further on this occasion.",
                "vielen Dank fuer Ihr Interesse. Nach sorgfaeltiger Pruefung muessen wir Ihnen "
                "leider "
                "mitteilen, dass wir Ihre Bewerbung nicht beruecksichtigen koennen.",
                "Nous avons bien recu votre candidature et vous en remercions. Nous sommes au "
                "regret de "
                "ne pouvoir y donner une suite favorable.",
            ),
        )
        write(
            f,
            s,
            words(rng, lg, "work")
            + " "
            + tr(
                lg,
                "We wish you every success.",
                "Ihre Unterlagen erhalten Sie anbei zurueck.",
                "Nous conservons votre dossier six mois.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "We acknowledge receipt of your application, which is now being considered. "
                "We will contact you again within three weeks.",
                "hiermit bestaetigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir melden uns "
                "in den "
                "naechsten drei Wochen bei Ihnen.",
                "Nous accusons reception de votre candidature, qui est a l'etude.",
            ),
        )
    regards(f, s, lg, hr_person("rec"), hr_role(lg))
    pages = close(f.pages, s, h, numbers="none")
    if kind == "invite" and rng.random() < 0.4:
        pages.append(site_plan(rng, lg, h))
    return pages


def site_plan(rng: random.Random, lg: str, h: Head) -> Page:
    """A directions page: a block plan of the works with the gate, car park and reception."""
    size = A4 if rng.random() < 0.6 else landscape(A4)
    p = Page(size)
    w, hh = size
    p.text(
        40,
        50,
        tr(lg, "How to find us", "Anfahrt und Lageplan", "Plan d'acces"),
        "Helvetica-Bold",
        16,
    )
    p.text(40, 66, f"{h.name}, {h.street}, {h.town}", "Helvetica", 8)
    x0, y0, x1, y1 = 40, 90, w - 40, hh * 0.68
    p.rect(x0, y0, x1 - x0, y1 - y0)
    for _ in range(rng.randint(4, 7)):
        bw, bh = rng.uniform(60, 180), rng.uniform(40, 120)
        bx, by = rng.uniform(x0 + 10, x1 - bw - 10), rng.uniform(y0 + 40, y1 - bh - 10)
        p.rect(bx, by, bw, bh, fill=rng.choice([0.75, 0.85, 0.6]))
        p.text(
            bx + 4,
            by + 12,
            rng.choice(
                tr(
                    lg,
                    "Hall 1|Hall 2|Foundry|Stores|Offices|Despatch",
                    "Halle 1|Halle 2|Verwaltung|Lager|Versand|Werkstatt",
                    "Atelier A|Atelier B|Bureaux|Magasin|Expedition",
                ).split("|")
            ),
            "Helvetica",
            7,
        )
    p.rect(x0, y0, x1 - x0, 26, fill=0.92)
    p.text(x0 + 6, y0 + 16, h.street, "Helvetica", 8)
    p.text(
        x0 + 40,
        y0 + 40,
        tr(lg, "GATE / RECEPTION", "PFORTE / EMPFANG", "ACCUEIL"),
        "Helvetica-Bold",
        8,
    )
    p.text(
        x1 - 120,
        y1 - 20,
        tr(lg, "Visitor parking", "Besucherparkplatz", "Parking visiteurs"),
        "Helvetica",
        7,
    )
    y = y1 + 30
    for t in [
        tr(
            lg,
            "From M54 junction 4: follow signs for Halesfield, second exit at the roundabout.",
            "Von der A45 Abfahrt Hagen-Sued Richtung Industriegebiet, nach 800 m rechts.",
            "Depuis l'A43 sortie Saint-Priest centre, suivre ZI des Vernes.",
        ),
        tr(
            lg,
            "Buses 4 and 44 stop at Halesfield 14 (5 minutes' walk).",
            "Bus 512 bis Haltestelle Industriestrasse.",
            "Bus 62, arret Les Vernes.",
        ),
        tr(
            lg,
            "Please report to the gatehouse; visitors must wear the hi-vis vest provided.",
            "Besucher melden sich bitte an der Pforte.",
            "Les visiteurs se presentent a l'accueil.",
        ),
    ]:
        p.text(40, y, fit(t, "Helvetica", 8.5, w - 80), "Helvetica", 8.5)
        y += 14
    return p


CLAUSES = {
    "en": [
        "Commencement and continuous employment",
        "Job title and duties",
        "Place of work",
        "Probationary period",
        "Hours of work and shifts",
        "Pay",
        "Overtime",
        "Holidays",
        "Sickness absence and pay",
        "Pension",
        "Notice",
        "Disciplinary and grievance procedures",
        "Confidentiality",
        "Health and safety",
        "Collective agreements",
        "Data protection",
    ],
    "de": [
        "Beginn des Arbeitsverhaeltnisses",
        "Taetigkeit",
        "Probezeit",
        "Arbeitszeit, Schichtarbeit",
        "Verguetung",
        "Mehrarbeit",
        "Urlaub",
        "Arbeitsverhinderung und Krankheit",
        "Nebentaetigkeit",
        "Verschwiegenheit",
        "Kuendigung",
        "Ausschlussfristen",
        "Tarifbindung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Periode d'essai",
        "Duree du travail",
        "Remuneration",
        "Lieu de travail",
        "Conges payes",
        "Absences et maladie",
        "Obligations professionnelles",
        "Confidentialite",
        "Rupture du contrat",
        "Convention collective",
        "Regimes de retraite et de prevoyance",
    ],
}


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """An employment contract: title and parties, numbered clauses (the pay as a small table),
    signatures; numbered 'Page i of n' more often than letters; French pages carry initials;
    sometimes an annex (job description or data protection notice with receipt)."""
    h = employer()
    lg = h.lang
    s = style_of(h, pt=min(h.size, 10))
    w, _hh = s.page_size
    m = s.margin
    e = worker(rng) if rng.random() < 0.3 else an_emp(rng, lg, 1)
    LAST["emp"] = e
    d = on(rng)
    title = tr(
        lg,
        rng.choice(
            ["CONTRACT OF EMPLOYMENT", "Statement of Main Terms and Conditions of Employment"]
        ),
        "Arbeitsvertrag",
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE"
        if rng.random() < 0.7
        else "CONTRAT DE TRAVAIL A DUREE DETERMINEE",
    )
    f = sheets(s, h, f"{title} - {e.name}" if rng.random() < 0.5 else "", top=rng.random() < 0.8)
    f.y += 10
    caption(f, s, title, 4, centre=True)
    write(f, s, tr(lg, "between", "zwischen", "Entre les soussignes :"))
    write(
        f,
        s,
        tr(
            lg,
            f'{h.name}, {h.street}, {h.town} ("the Company")',
            f'der {h.name}, {h.street}, {h.town} - nachfolgend "Arbeitgeber" -',
            f"La societe {h.name}, {h.street}, {h.town}, representee par {hr_person('md')}, "
            'ci-apres "l\'employeur",',
        ),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        tr(
            lg,
            f'{e.name}, {e.street}, {e.town} ("the Employee")',
            f"{mr(e, lg)}, geb. {date_text(e.born, lg, 'short')}, {e.street}, {e.town} - "
            'nachfolgend "Arbeitnehmer" -',
            f"{mr(e, lg)}, ne(e) le {date_text(e.born, lg, 'short')}, demeurant {e.street}, "
            f'{e.town}, ci-apres "le salarie".',
        ),
        indent=20,
    )
    f.y += 6
    start = d + timedelta(days=rng.randint(14, 45))
    clauses = CLAUSES[lg][:]
    n = rng.randint(7, len(clauses))
    keep = sorted(rng.sample(range(len(clauses)), n))
    for k, ci in enumerate(keep, 1):
        name = clauses[ci]
        label = tr(lg, f"{k}. {name}", f"\u00a7 {k} {name}", f"Article {k} - {name}")
        f.heading(s.margin, label, s.bold, s.size)
        if name == "Pay" or name in ("Verguetung", "Remuneration"):
            rows = [
                (tr(lg, "Grade", "Entgeltgruppe", "Classification"), e.grade),
                (
                    tr(lg, "Basic rate", "Grundentgelt", "Salaire de base"),
                    cash(e.rate, lg) + tr(lg, " per hour", " brutto monatlich", " brut mensuel"),
                ),
                (
                    tr(lg, "Shift allowance", "Schichtzulage", "Prime d'equipe"),
                    f"{rng.choice([10, 12.5, 15, 20])} %",
                ),
                (
                    tr(lg, "Paid", "Zahlung", "Versement"),
                    tr(
                        lg,
                        "weekly in arrears by BACS",
                        "monatlich nachtraeglich",
                        "mensuel, par virement",
                    ),
                ),
            ]
            f.need(70)
            f.y = (
                pairs(f.page, s, m + 24, f.y, rows, m + 24 + min(300, w - 2 * m - 30), s.size - 1)
                + 6
            )
        if "Start" in name or name in (
            "Beginn des Arbeitsverhaeltnisses",
            "Engagement",
            "Commencement and continuous employment",
        ):
            write(
                f,
                s,
                tr(
                    lg,
                    f"Your employment begins on {day(h, start)}. No previous employment counts as "
                    "continuous.",
                    f"Das Arbeitsverhaeltnis beginnt am {day(h, start)}.",
                    f"Le salarie est engage a compter du {day(h, start)} en qualite de {e.job}.",
                ),
            )
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "terms", 1, 3), s.size - 0.5)
    f.need(150)
    f.y += 10
    place = h.town.split()[-1] if lg != "en" else ""
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Signed for and on behalf of the Company",
            f"{place}, den {day(h, d)}",
            f"Fait a {place}, le {day(h, d)}, en deux exemplaires",
        ),
        s.font,
        s.size,
    )
    f.y += 50
    half = (w - 2 * m) / 2 - 20
    who1 = hr_person("md")
    sign_line(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(lg, f"{who1}, {hr_role(lg, 'md')}", "Arbeitgeber", "L'employeur"),
        who1,
    )
    signed = rng.random() < 0.75
    sign_line(
        f.page,
        s,
        m + half + 40,
        f.y,
        half,
        tr(lg, "Employee", "Arbeitnehmer", "Le salarie (lu et approuve)"),
        e.name if signed else None,
    )
    if lg == "fr" and signed:
        scribble(f.page, m + half + 44, f.y - 20, "Lu et approuve", 9)
    f.y += 30
    pages = f.pages
    if lg == "fr":
        for p in pages:
            pw, ph = p.size
            p.rect(pw - m - 60, ph - 52, 60, 22)
            p.text(pw - m - 57, ph - 45, "Paraphes", s.font, 5.5)
            scribble(p, pw - m - 50, ph - 34, f"{initials(who1)}  {initials(e.name)}", 8)
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    if rng.random() < 0.4:
        pages += contract_annex(rng, lg, h, e, d)
    return pages


def contract_annex(rng: random.Random, lg: str, h: Head, e: Emp, d: date) -> list[Page]:
    s = style_of(h, pt=min(h.size, 10))
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, None)
    f.y = m
    if rng.random() < 0.6:
        caption(
            f,
            s,
            tr(
                lg,
                "Schedule 1 - Job Description",
                "Anlage 1 zum Arbeitsvertrag: Stellenbeschreibung",
                "Annexe 1 - Fiche de poste",
            ),
            2,
            rule=True,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Job title", "Stelle", "Intitule du poste"), e.job),
                    (tr(lg, "Department", "Abteilung", "Service"), e.dept),
                    (
                        tr(lg, "Reports to", "Vorgesetzter", "Rattachement"),
                        tr(lg, "Shift Team Leader", "Meister", "Chef d'atelier"),
                    ),
                    (tr(lg, "Grade", "Entgeltgruppe", "Classification"), e.grade),
                ],
                w - m,
            )
            + 12
        )
        f.heading(m, tr(lg, "Main tasks", "Hauptaufgaben", "Missions principales"), s.bold, s.size)
        numbered(
            f,
            s,
            [words(rng, lg, "work", rng.randint(8, 16)) for _ in range(rng.randint(5, 10))],
            s.size - 0.5,
            "{k})",
        )
        f.heading(
            m,
            tr(
                lg,
                "Personal protective equipment",
                "Persoenliche Schutzausruestung",
                "EPI obligatoires",
            ),
            s.bold,
            s.size,
        )
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                tr(
                    lg,
                    "Safety boots|Ear defenders|Safety glasses|Gloves|Hi-vis|Face shield",
                    "Sicherheitsschuhe|Gehoerschutz|Schutzbrille|Handschuhe|Warnweste",
                    "Chaussures|Bouchons|Lunettes|Gants|Gilet",
                ).split("|"),
                set(rng.sample(range(5), 3)),
                8.5,
            )
            + 10
        )
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Privacy notice for employees",
                "Informationen nach Art. 13 DSGVO fuer Beschaeftigte",
                "Notice d'information RGPD - salaries",
            ),
            2,
            rule=True,
        )
        for _ in range(rng.randint(4, 7)):
            write(f, s, prose(rng, lg, "terms", 2, 3), s.size - 1.5)
    f.need(60)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(lg, "Received and understood:", "Zur Kenntnis genommen:", "Pris connaissance le :"),
        s.font,
        s.size - 1,
    )
    sign_line(f.page, s, m + 150, f.y + 4, 180, e.name, e.name, date_text(d, lg, "short"))
    return f.pages


def tpl_amendment(rng: random.Random, who: Issuer) -> list[Page]:
    """A change to the terms of employment: a letter or a 'Nachtrag' / 'avenant' with the
    changes listed and the employee's acceptance; sometimes the signed return copy behind."""
    h = employer()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    e = follow_emp(rng, ("appraisal",))
    d = on(rng)
    eff = date(d.year + (1 if d.month == 12 else 0), d.month % 12 + 1, 1)
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        home_lines(e, lg)
        if rng.random() < 0.6
        else [mr(e, lg), f"{e.dept} - {tr(lg, 'by hand', 'per Hauspost', 'remis en main propre')}"],
        d,
        [(tr(lg, "Payroll no", "Personal-Nr.", "Matricule"), e.no)],
    )
    title = tr(
        lg,
        "Change to your terms and conditions of employment",
        rng.choice(["Nachtrag zum Arbeitsvertrag", "Aenderung Ihres Arbeitsvertrages"]),
        f"Avenant n. {rng.randint(1, 4)} au contrat de travail",
    )
    caption(f, s, title, 1.5)
    write(f, s, dear(lg, e))
    write(
        f,
        s,
        tr(
            lg,
            "I am writing to confirm the following changes to your terms, with effect from "
            f"{day(h, eff)}:",
            f"mit Wirkung zum {day(h, eff)} wird Ihr Arbeitsvertrag wie folgt geaendert:",
            f"A compter du {day(h, eff)}, les dispositions suivantes de votre contrat sont "
            "modifiees :",
        ),
    )
    newrate = e.rate * rng.uniform(1.02, 1.12)
    changes = [
        (tr(lg, "Job title", "Taetigkeit", "Fonction"), rng.choice(JOBS[lg])),
        (
            tr(lg, "Pay", "Entgelt", "Salaire de base"),
            cash(newrate, lg) + tr(lg, " per hour", " brutto/Monat", " brut/mois"),
        ),
        (
            tr(lg, "Hours", "Arbeitszeit", "Horaire"),
            tr(
                lg,
                rng.choice(["39 hours, 3-shift rotation", "37.5 hours, days"]),
                rng.choice(["35 Std./Woche, Wechselschicht", "40 Std./Woche, Normalschicht"]),
                rng.choice(["35 h hebdomadaires, 2x8", "39 h, journee"]),
            ),
        ),
        (tr(lg, "Grade", "Entgeltgruppe", "Coefficient"), e.grade),
    ]
    f.need(80)
    f.y = pairs(f.page, s, m + 20, f.y, rng.sample(changes, rng.randint(2, 4)), w - m - 60) + 8
    write(
        f,
        s,
        tr(
            lg,
            "All other terms of your contract remain unchanged. ",
            "Alle uebrigen Bestimmungen bleiben unveraendert. ",
            "Les autres clauses demeurent inchangees. ",
        )
        + prose(rng, lg, "terms", 1, 2),
    )
    regards(f, s, lg, hr_person("mgr"), hr_role(lg, "mgr"))
    f.need(80)
    f.page.line(m, f.y, w - m, f.y)
    f.y += 16
    f.page.text(
        m,
        f.y,
        tr(lg, "I accept the changes set out above.", "Einverstanden:", "Bon pour accord :"),
        s.bold,
        s.size - 1,
    )
    f.y += 34
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        e.name,
        e.name if rng.random() < 0.8 else None,
        date_text(d + timedelta(days=rng.randint(1, 9)), lg, "short"),
    )
    f.y += 20
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        dup = Page(s.page_size)
        y = heading(dup, s, h)
        dup.text(
            m,
            y + 10,
            tr(
                lg,
                "COPY - PLEASE SIGN AND RETURN TO HR",
                "Zweitschrift - bitte unterschrieben zurueck",
                "EXEMPLAIRE A RETOURNER SIGNE",
            ),
            s.bold,
            s.size + 1,
        )
        yy = y + 40
        for ln in wrap(title + " - " + e.name, s.font, s.size, w - 2 * m):
            dup.text(m, yy, ln, s.font, s.size)
            yy += s.size * 1.4
        yy = pairs(dup, s, m + 20, yy + 10, changes[:3], w - m - 60) + 40
        sign_line(dup, s, m, yy, 200, e.name, e.name)
        stamp(dup, w - 200, yy + 40, got(d + timedelta(days=rng.randint(3, 12))))
        pages.append(dup)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DD: pay and time
# ---------------------------------------------------------------------------------------------


def payroll_head(who: Issuer) -> Head:
    """The payroll bureau, or now and then the plant's own payroll office."""
    if keyed(who, "inhouse").random() < 0.3:
        return employer()
    return head_of(who, "payroll", ["split", "rule", "logo", "framed"])


def pay_period() -> date:
    return OFFICE["month"]  # type: ignore[return-value]


def tpl_payslip(rng: random.Random, who: Issuer) -> list[Page]:
    """A payslip in the country's layout: a UK pressure-sealed A4 or A5 landscape slip, a
    German Brutto-Netto-Abrechnung with the tax and social insurance block, a French bulletin
    de paie with the contributions table (now and then running onto a second page)."""
    h = payroll_head(who)
    lg = h.lang
    e = worker(rng)
    mon = pay_period()
    co = employer()
    if lg == "en":
        return uk_payslip(rng, h, co, e, mon)
    if lg == "de":
        return de_payslip(rng, h, co, e, mon)
    return fr_payslip(rng, h, co, e, mon)


def uk_payslip(rng: random.Random, h: Head, co: Head, e: Emp, mon: date) -> list[Page]:
    house = random.Random(zlib.crc32(f"slip/{h.name}/{OFFICE['seed']}".encode()))
    sealed = house.random() < 0.55
    size = A4 if sealed else landscape(A5)
    p = Page(size)
    w, hh = size
    font = house.choice(["Helvetica", "Courier"])
    weekly = house.random() < 0.4
    bold = font + "-Bold"
    y = 40.0
    if sealed:
        p.text(w - 40, 40, "PRIVATE & CONFIDENTIAL", "Helvetica-Bold", 9, "right")
        for k, t in enumerate(home_lines(e, "en")):
            p.text(70, 130 + k * 12, t, font, 10)
        p.text(w - 40, 56, co.name, font, 8, "right")
        dashes(p, 20, w - 20, hh / 2 - 40, "Tear here")
        y = hh / 2 - 10
    paydate = mon + timedelta(days=rng.choice([24, 25, 27]))
    p.text(30, y, co.name.upper(), bold, 10)
    p.text(w - 30, y, "PAYSLIP", bold, 12, "right")
    y += 14
    info = [
        ("Employee", e.name),
        ("Works No", e.no),
        ("Dept", e.dept),
        ("Tax Code", rng.choice(["1257L", "1257L", "BR", "1185L M1"])),
        ("NI Number", serial(rng, "AA 99 99 99 A")),
        ("NI Cat", "A"),
        ("Pay Date", date_text(paydate, "en", "short")),
        (
            "Period",
            f"Wk {(paydate.timetuple().tm_yday + 6) // 7}"
            if weekly
            else f"M {(mon.month + 8) % 12 + 1}",
        ),
    ]
    cw = (w - 60) / 4
    for k, (a, b) in enumerate(info):
        x, yy = 30 + (k % 4) * cw, y + (k // 4) * 22
        p.rect(x, yy, cw, 22)
        p.text(x + 3, yy + 8, a, font, 6)
        p.text(x + 3, yy + 18, fit(b, font, 8.5, cw - 6), font, 8.5)
    y += 56
    basic = rng.choice([39, 40, 45]) if weekly else rng.choice([160, 169, 173.33])
    pays = [
        ("Basic Hours", basic, e.rate),
        ("Overtime x1.5", rng.choice([0, 4, 8, 12.5]), e.rate * 1.5),
        ("Shift Allowance", basic, e.rate * rng.choice([0.1, 0.15])),
        ("Holiday Pay", rng.choice([0, 0, 8, 16]), e.rate),
    ]
    pays = [x for x in pays if x[1]]
    gross = sum(q * r for _, q, r in pays)
    deds = [
        ("PAYE Tax", gross * 0.13),
        ("National Insurance", gross * 0.08),
        ("Pension (ee 5%)", gross * 0.05),
    ]
    if rng.random() < 0.4:
        deds.append(("Union Subs", 14.5))
    if rng.random() < 0.3:
        deds.append(("Canteen", rng.uniform(5, 40)))
    half = (w - 60) / 2
    p.rect(30, y - 11, half - 6, 14, fill=0.85)
    p.rect(30 + half, y - 11, half, 14, fill=0.85)
    p.text(34, y, "Payments", bold, 7.5)
    p.text(30 + half * 0.55, y, "Units", bold, 7.5, "right")
    p.text(30 + half * 0.75, y, "Rate", bold, 7.5, "right")
    p.text(24 + half, y, "Amount", bold, 7.5, "right")
    p.text(34 + half, y, "Deductions", bold, 7.5)
    p.text(w - 34, y, "Amount", bold, 7.5, "right")
    y += 14
    for k in range(max(len(pays), len(deds))):
        if k < len(pays):
            n_, q, r = pays[k]
            p.text(34, y, n_, font, 8)
            p.text(30 + half * 0.55, y, f"{q:.2f}", font, 8, "right")
            p.text(30 + half * 0.75, y, f"{r:.4f}", font, 8, "right")
            p.text(24 + half, y, money(q * r, "en"), font, 8, "right")
        if k < len(deds):
            p.text(34 + half, y, deds[k][0], font, 8)
            p.text(w - 34, y, money(deds[k][1], "en"), font, 8, "right")
        y += 12
    y += 6
    net = gross - sum(v for _, v in deds)
    p.line(30, y - 8, w - 30, y - 8)
    p.text(34, y + 4, f"Total Pay  {money(gross, 'en')}", bold, 8.5)
    p.text(34 + half, y + 4, f"Total Deductions  {money(gross - net, 'en')}", bold, 8.5)
    y += 22
    n_ = (mon.month + 8) % 12 + 1
    ytd = [
        ("Taxable pay YTD", gross * n_),
        ("Tax paid YTD", gross * 0.13 * n_),
        ("NI YTD", gross * 0.08 * n_),
        ("Pension YTD", gross * 0.05 * n_),
    ]
    for k, (a, v) in enumerate(ytd):
        p.text(34 + k * (w - 200) / 4, y, a, font, 6.5)
        p.text(34 + k * (w - 200) / 4, y + 9, money(v, "en"), font, 8)
    p.rect(w - 160, y - 8, 130, 30, fill=0.9)
    p.text(w - 154, y + 2, "NET PAY", bold, 8)
    p.text(w - 36, y + 15, "\u00a3" + money(net, "en"), bold, 11, "right")
    p.text(30, hh - 22, fit(f"Processed by {h.name}", font, 6, w - 60), font, 6)
    return [p]


def de_payslip(rng: random.Random, h: Head, co: Head, e: Emp, mon: date) -> list[Page]:
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40
    p = Page(A4)
    p.text(m, 40, co.name, "Helvetica-Bold", 9)
    p.text(m, 51, f"{co.street} - {co.town}", "Helvetica", 7)
    window(p, s, None, 110, [mr(e, "de"), e.street, e.town])
    bx = w * 0.55
    pairs(
        p,
        s,
        bx,
        100,
        [
            ("Personal-Nr.", e.no),
            ("Geburtsdatum", date_text(e.born, "de", "short")),
            (
                "Steuerklasse/Faktor",
                f"{rng.choice(['I', 'III', 'IV', 'V'])} / {rng.choice(['0,0', '1,0', '0,5'])}",
            ),
            ("Konfession", rng.choice(["rk", "ev", "--"])),
            ("SV-Nummer", serial(rng, "99 999999 A 999")),
            ("Krankenkasse", rng.choice(["BKK Werkverbund", "AOK NordWest", "TK", "Barmer"])),
            ("Eintritt", date_text(e.start, "de", "short")),
            ("Kostenstelle", serial(rng, "4999")),
        ],
        w - m,
        7.5,
    )
    y = 210.0
    p.rect(m, y - 12, w - 2 * m, 18, fill=0.85)
    p.text(
        m + 4,
        y,
        f"Abrechnung der Brutto/Netto-Bezuege fuer {month_of(mon, 'de')}",
        "Helvetica-Bold",
        10,
    )
    y += 22
    cols = columns(
        m, w - m, [(0.8, "left"), (3.2, "left"), (1, "right"), (1, "right"), (1.3, "right")]
    )
    for c, t in zip(cols, ["Lohnart", "Bezeichnung", "Menge", "Faktor", "Betrag"], strict=True):
        cell(p, c, y, t, "Helvetica-Bold", 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    rng.choice([151.67, 162.5, 173.33])
    lines = [
        ("1000", "Grundverguetung", "", "", e.rate),
        (
            "1200",
            "Schichtzulage",
            f"{rng.randint(40, 120)},00",
            "15 %",
            e.rate * rng.uniform(0.03, 0.08),
        ),
    ]
    if rng.random() < 0.6:
        lines.append(
            ("1300", "Mehrarbeit 25 %", f"{rng.randint(2, 18)},00", "25 %", rng.uniform(60, 380))
        )
    if rng.random() < 0.5:
        lines.append(("2100", "Verm. Leistungen AG", "", "", 26.59))
    if rng.random() < 0.4:
        lines.append(("3000", "Leistungszulage ERA", "", "", rng.uniform(90, 260)))
    if rng.random() < 0.3:
        lines.append(("4711", "Entgeltumwandlung bAV", "", "", -rng.choice([100.0, 150.0, 200.0])))
    for la, t, q, fct, v in lines:
        for c, x in zip(cols, [la, t, q, fct, money(v, "de")], strict=True):
            cell(p, c, y, x, "Courier", 8)
        y += 11
    gross = sum(v for *_, v in lines)
    y += 4
    p.line(m, y - 6, w - m, y - 6)
    p.text(m + 4, y + 4, "Gesamt-Brutto", "Helvetica-Bold", 8.5)
    p.text(w - m, y + 4, money(gross, "de"), "Courier-Bold", 9, "right")
    y += 24
    half = (w - 2 * m) / 2
    tax = [
        ("Lohnsteuer", gross * rng.uniform(0.1, 0.19)),
        ("Solidaritaetszuschlag", 0.0),
        ("Kirchensteuer", gross * 0.012),
    ]
    sv = [
        ("Krankenversicherung", gross * 0.0855),
        ("Rentenversicherung", gross * 0.093),
        ("Arbeitslosenversicherung", gross * 0.013),
        ("Pflegeversicherung", gross * 0.018),
    ]
    for k, (title, rows) in enumerate(
        [("Steuerrechtliche Abzuege", tax), ("SV-rechtliche Abzuege", sv)]
    ):
        x = m + k * half
        p.rect(x, y - 10, half - 6, 14, fill=0.9)
        p.text(x + 4, y, title, "Helvetica-Bold", 8)
        yy = y + 14
        for a, v in rows:
            p.text(x + 4, yy, a, "Helvetica", 8)
            p.text(x + half - 12, yy, money(v, "de"), "Courier", 8, "right")
            yy += 11
    y += 70
    net = gross - sum(v for _, v in tax + sv)
    p.line(m, y, w - m, y)
    y += 14
    canteen = rng.choice([0.0, 0.0, rng.uniform(8, 45)])
    sums = [("Nettoverdienst", net, False)]
    if canteen:
        sums.append(("Abzug Kantine", -canteen, False))
    sums.append(("Auszahlungsbetrag", net - canteen, True))
    for a, v, last in sums:
        if last:
            p.rect(w - m - 200, y - 11, 200, 16, fill=0.85)
        p.text(w - m - 196, y, a, "Helvetica-Bold" if last else "Helvetica", 8.5)
        p.text(w - m - 4, y, money(v, "de"), "Courier-Bold" if last else "Courier", 9, "right")
        y += 16
    y += 10
    p.text(
        m,
        y,
        f"Ueberweisung an: IBAN DE{rng.randint(10, 99)} {serial(rng, '9999 9999 9999 9999 99')}  "
        f"{rng.choice(['Sparkasse Hagen', 'Volksbank', 'ING'])}",
        "Helvetica",
        7.5,
    )
    y += 28
    cols2 = columns(m, w - m, [(2, "left")] + [(1, "right")] * 5)
    for c, t in zip(
        cols2,
        ["Jahreswerte", "Steuer-Brutto", "Lohnsteuer", "KiSt", "KV/PV-Brutto", "RV/AV-Brutto"],
        strict=True,
    ):
        cell(p, c, y, t, "Helvetica-Bold", 7)
    y += 11
    for c, t in zip(
        cols2,
        [f"01-{mon.month:02d}/{mon.year}"]
        + [money(gross * mon.month * f_, "de") for f_ in (1, 0.14, 0.012, 1, 1)],
        strict=True,
    ):
        cell(p, c, y, t, "Courier", 7.5)
    p.text(
        m,
        hh - 30,
        fit(
            f"{h.name} - erstellt am "
            f"{date_text(mon + timedelta(days=rng.randint(20, 26)), 'de', 'short')} - "
            "Lohn-Abrechnung",
            "Helvetica",
            6,
            w - 2 * m,
        ),
        "Helvetica",
        6,
    )
    return [p]


def fr_payslip(rng: random.Random, h: Head, co: Head, e: Emp, mon: date) -> list[Page]:
    s = style_of(h, A4, margin=36, pt=8)
    w, hh = A4
    m = 36
    f = Sheets(
        (w, hh),
        hh - 60,
        lambda p, n: (
            m
            if n == 1
            else running_header(p, s, f"Bulletin de paie {month_of(mon, 'fr')} - {e.name} (suite)")
        ),
    )
    p = f.page
    p.text(w / 2, m + 4, "BULLETIN DE PAIE", "Helvetica-Bold", 13, "center")
    p.text(
        w / 2,
        m + 17,
        f"Periode du 01/{mon.month:02d}/{mon.year} au 28/{mon.month:02d}/{mon.year} - Paiement le "
        f"{28 + rng.randint(0, 2)}/{mon.month:02d}/{mon.year}",
        "Helvetica",
        7.5,
        "center",
    )
    y = m + 34
    half = (w - 2 * m) / 2
    p.rect(m, y, half - 8, 82)
    for k, t in enumerate(
        [
            co.name,
            co.street,
            co.town,
            f"SIRET {serial(rng, '999 999 999 99999')}",
            "Code APE 2550A",
            "Convention collective : Metallurgie (IDCC 3248)",
        ]
    ):
        p.text(
            m + 4,
            y + 11 + k * 12,
            fit(t, "Helvetica", 7.5, half - 16),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            7.5,
        )
    p.rect(m + half, y, half, 82)
    for k, t in enumerate(
        [
            mr(e, "fr"),
            e.street,
            e.town,
            f"Matricule {e.no} - N. SS {serial(rng, '1 99 99 99 999 999 99')}",
            f"Emploi : {e.job}",
            f"{e.grade} - Entree le {date_text(e.start, 'fr', 'short')}",
        ]
    ):
        p.text(
            m + half + 4,
            y + 11 + k * 12,
            fit(t, "Helvetica", 7.5, half - 10),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            7.5,
        )
    f.y = y + 100
    cols = columns(
        m,
        w - m,
        [
            (3.4, "left"),
            (1.1, "right"),
            (0.9, "right"),
            (1.1, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    base = e.rate
    rows = [
        [
            "Salaire de base",
            money(151.67, "fr"),
            money(base / 151.67, "fr"),
            money(base, "fr"),
            "",
            "",
        ]
    ]
    extra = 0.0
    if rng.random() < 0.6:
        hs = rng.randint(2, 17)
        v = hs * base / 151.67 * 1.25
        extra += v
        rows.append(
            [
                "Heures supplementaires 25 %",
                money(hs, "fr"),
                money(base / 151.67 * 1.25, "fr"),
                money(v, "fr"),
                "",
                "",
            ]
        )
    if rng.random() < 0.7:
        v = base * rng.choice([0.03, 0.06, 0.09])
        extra += v
        rows.append(["Prime d'anciennete", "", "", money(v, "fr"), "", ""])
    if rng.random() < 0.5:
        v = rng.uniform(60, 180)
        extra += v
        rows.append(["Prime d'equipe", "", "", money(v, "fr"), "", ""])
    brut = base + extra
    rows.append(["SALAIRE BRUT", "", "", money(brut, "fr"), "", ""])
    rows.append(["", "", "", "", "", ""])
    contribs = [
        ("SANTE - Securite sociale maladie", 0.0, 7.0),
        ("Complementaire sante (mutuelle)", 1.2, 1.2),
        ("Prevoyance non cadre", 0.4, 0.8),
        ("ACCIDENTS DU TRAVAIL", 0.0, 2.3),
        ("RETRAITE - Securite sociale plafonnee", 6.9, 8.55),
        ("Securite sociale deplafonnee", 0.4, 2.02),
        ("Complementaire Tranche 1", 4.01, 6.01),
        ("FAMILLE", 0.0, 3.45),
        ("ASSURANCE CHOMAGE", 0.0, 4.05),
        ("Autres contributions dues par l'employeur", 0.0, 0.6),
        ("CSG deductible de l'impot sur le revenu", 6.8, 0.0),
        ("CSG/CRDS non deductible", 2.9, 0.0),
    ]
    tot_s = 0.0
    for t, ts, tp in contribs:
        b = brut * (0.9825 if "CSG" in t else 1)
        tot_s += b * ts / 100
        rows.append(
            [
                t,
                money(b, "fr"),
                money(ts, "fr") if ts else "",
                money(b * ts / 100, "fr") if ts else "",
                money(tp, "fr") if tp else "",
                money(b * tp / 100, "fr") if tp else "",
            ]
        )
    rows.append(
        [
            "TOTAL DES COTISATIONS ET CONTRIBUTIONS",
            "",
            "",
            money(tot_s, "fr"),
            "",
            money(brut * 0.41, "fr"),
        ]
    )
    table(
        f,
        cols,
        ["Elements de paie", "Base", "Taux sal.", "A deduire", "Taux pat.", "Charges pat."],
        rows,
        s,
        size=7,
        shade=0.85,
        step=1.55,
    )
    net = brut - tot_s
    pas = net * rng.uniform(0.0, 0.08)
    f.need(120)
    f.y += 8
    for t, v, b in [
        ("NET A PAYER AVANT IMPOT SUR LE REVENU", net, True),
        (
            "dont evolution de la remuneration liee a la suppression des cotisations chomage",
            0.0,
            False,
        ),
        (
            "Impot sur le revenu preleve a la source - taux personnalise "
            f"{money(pas / net * 100 if net else 0, 'fr')} %",
            pas,
            False,
        ),
        ("NET PAYE EN EUROS", net - pas, True),
    ]:
        if b:
            f.page.rect(m, f.y - 10, w - 2 * m, 14, fill=0.88)
        f.page.text(
            m + 4,
            f.y,
            fit(t, "Helvetica-Bold" if b else "Helvetica", 7.5, w - 2 * m - 90),
            "Helvetica-Bold" if b else "Helvetica",
            7.5,
        )
        if v:
            f.page.text(w - m - 4, f.y, money(v, "fr"), "Helvetica-Bold", 8, "right")
        f.y += 16
    f.y += 8
    cum = [
        ("Cumuls", ""),
        ("Brut", money(brut * mon.month, "fr")),
        ("Net imposable", money(net * mon.month * 1.02, "fr")),
        ("Heures", money(151.67 * mon.month, "fr")),
        ("Conges acquis", money(2.08 * mon.month, "fr")),
        ("Conges pris", str(rng.randint(0, 12))),
    ]
    if rng.random() < 0.25:
        f.new_page()
        caption(f, s, "Cumuls annuels et compteurs", 2)
        for t, v in [
            *cum[1:],
            ("RTT acquis", money(rng.uniform(2, 8), "fr")),
            ("RTT pris", str(rng.randint(0, 5))),
        ]:
            f.page.text(m, f.y, t, "Helvetica", 8)
            f.page.text(m + 200, f.y, v, "Helvetica", 8, "right")
            f.y += 13
        f.y += 10
        for _ in range(2):
            write(f, s, "Informations : " + words(rng, "fr", "money", 14), 7)
    else:
        cw = (w - 2 * m) / len(cum)
        for k, (t, v) in enumerate(cum):
            f.page.rect(m + k * cw, f.y - 10, cw, 26)
            f.page.text(m + k * cw + 3, f.y, t, "Helvetica-Bold" if k == 0 else "Helvetica", 6.5)
            f.page.text(m + k * cw + 3, f.y + 11, v, "Helvetica", 7.5)
    for p_ in f.pages:
        p_.text(
            w / 2,
            hh - 28,
            "Dans votre interet et pour vous aider a faire valoir vos droits, conservez ce "
            "bulletin de paie sans limitation de duree.",
            "Helvetica",
            6,
            "center",
        )
    pages = f.pages
    if len(pages) > 1:
        for k, p_ in enumerate(pages, 1):
            p_.text(w - m, hh - 40, f"Page {k}/{len(pages)}", "Helvetica", 7, "right")
    return pages


def tpl_payroll_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """The payroll bureau's monthly run: sometimes a cover sheet, the payroll journal by
    employee on landscape A4 (one to three pages) with totals, and sometimes the bank transfer
    list (BACS listing, Zahlungsliste, ordres de virement)."""
    h = payroll_head(who)
    lg = h.lang
    s = style_of(h, landscape(A4), margin=34, pt=8)
    w, hh = landscape(A4)
    m = 34
    mon = pay_period()
    title = tr(lg, "PAYROLL SUMMARY", "LOHNJOURNAL", "JOURNAL DE PAIE")
    client = employer().name
    period = tr(
        lg,
        f"Period {mon.month:02d} ({month_of(mon, 'en')})",
        f"Abrechnungsmonat {month_of(mon, 'de')}",
        f"Periode {month_of(mon, 'fr')}",
    )
    run = date_text(mon + timedelta(days=rng.randint(18, 24)), lg, "short")
    pages: list[Page] = []
    if rng.random() < 0.35:
        c = Page(A4)
        cs = style_of(h, A4)
        y = heading(c, cs, h)
        c.text(cs.margin, y + 60, f"{client}", cs.bold, 14)
        c.text(
            cs.margin,
            y + 80,
            tr(lg, "Payroll reports", "Abrechnungsunterlagen", "Documents de paie"),
            cs.font,
            12,
        )
        c.text(cs.margin, y + 96, period, cs.font, 11)
        yy = y + 140
        for t in tr(
            lg,
            "Payroll summary|Payslips (sent direct to employees)|BACS listing|P32 employer "
            "payment record",
            "Lohnjournal|Beitragsnachweise|Zahlungsliste|Lohnsteuer-Anmeldung (Kopie)",
            "Journal de paie|Etat des charges|Ordres de virement|DSN - accuse de depot",
        ).split("|"):
            box(c, cs.margin, yy, True)
            c.text(cs.margin + 14, yy, t, cs.font, 10)
            yy += 16
        c.text(
            cs.margin,
            yy + 30,
            tr(
                lg,
                "Please check and contact us by return with any queries.",
                "Bitte pruefen Sie die Unterlagen und geben Sie uns bei Rueckfragen Bescheid.",
                "Merci de verifier et de nous signaler toute anomalie.",
            ),
            cs.font,
            9,
        )
        pages.append(c)

    def top(p: Page, n: int) -> float:
        p.text(m, 30, title, "Helvetica-Bold", 12)
        p.text(
            m + 150,
            30,
            fit(f"{client} - {period}", "Helvetica", 8.5, w - 2 * m - 300),
            "Helvetica",
            8.5,
        )
        p.text(w - m, 30, fit(f"{h.name}  {run}", "Helvetica", 7, 240), "Helvetica", 7, "right")
        p.line(m, 36, w - m, 36)
        return 54

    f = Flow((w, hh), hh - 40, top)
    heads = tr(
        lg,
        "No|Name|Dept|Hours|Gross|Tax|NI|Pension|Other|Net pay|Er NI|Er pension",
        "Pers-Nr|Name|KSt|Std|Brutto|LSt|KiSt/Soli|SV-AN|Abzuege|Netto|SV-AG|Umlagen",
        "Matr.|Nom|Service|Heures|Brut|Cotis. sal.|CSG/CRDS|PAS|Autres|Net paye|Cotis. pat.|Cout "
        "total",
    ).split("|")
    cols = columns(m, w - m, [(0.8, "left"), (2.6, "left"), (1.4, "left")] + [(1, "right")] * 9)
    rows = []
    tot = [0.0] * 9
    people = rng.sample(staff(), min(len(staff()), rng.randint(12, 60)))
    for e in sorted(people, key=lambda x: x.no):
        g = e.rate * (rng.choice([160, 169, 173.33]) if lg == "en" else 1) * rng.uniform(1, 1.15)
        vals = [
            rng.choice([160.0, 169.0, 173.33, 151.67]),
            g,
            g * 0.13,
            g * 0.07,
            g * 0.05,
            rng.uniform(0, 30),
            0.0,
            g * 0.15,
            g * 0.03,
        ]
        vals[6] = g - sum(vals[2:6])
        tot = [a + b for a, b in zip(tot, vals, strict=True)]
        rows.append([e.no, f"{e.last}, {e.first}", e.dept] + [money(v, lg) for v in vals])
    table(f, cols, heads, rows, s, size=7, rules=rng.random() < 0.5, step=1.5, shade=0.88)
    f.need(30)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    for c, t in zip(
        cols,
        ["", tr(lg, "TOTAL", "SUMME", "TOTAL"), f"{len(rows)}"] + [money(v, lg) for v in tot],
        strict=True,
    ):
        cell(f.page, c, f.y + 4, t, "Helvetica-Bold", 7)
    f.y += 24
    out = f.pages
    number = tr(lg, "Page {i} of {n}", "Seite {i}", "Page {i}/{n}")
    for k, p in enumerate(out, 1):
        p.text(w - m, hh - 20, number.format(i=k, n=len(out)), "Helvetica", 7, "right")
    pages += out
    if rng.random() < 0.4:
        b = Page(A4)
        bw, bh = A4
        b.text(
            40,
            50,
            tr(
                lg,
                "BACS PAYMENT LISTING",
                "ZAHLUNGSLISTE / SEPA-UEBERWEISUNGEN",
                "ORDRES DE VIREMENT - SALAIRES",
            ),
            "Courier-Bold",
            11,
        )
        b.text(40, 64, f"{client} - {period}", "Courier", 8)
        y = 90.0
        tot_ = 0.0
        for e in sorted(people, key=lambda x: x.last)[:48]:
            v = e.rate * (165 if lg == "en" else 1) * rng.uniform(0.62, 0.72)
            tot_ += v
            acct = (
                serial(rng, "99-99-99  99999999")
                if lg == "en"
                else serial(
                    rng,
                    "DE99 9999 9999 9999 9999 99"
                    if lg == "de"
                    else "FR76 9999 9999 9999 9999 9999 999",
                )
            )
            b.text(40, y, fit(f"{e.last.upper()} {e.first}", "Courier", 8, 170), "Courier", 8)
            b.text(220, y, acct, "Courier", 8)
            b.text(bw - 40, y, money(v, lg), "Courier", 8, "right")
            y += 11.5
            if y > bh - 80:
                break
        b.line(40, y, bw - 40, y)
        b.text(bw - 40, y + 14, money(tot_, lg), "Courier-Bold", 9, "right")
        b.text(40, y + 14, tr(lg, "Total", "Summe", "Total"), "Courier-Bold", 9)
        pages.append(b)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DD: absence, leave and time
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "Lower back pain",
        "Gastroenteritis",
        "Viral illness",
        "Stress at work",
        "Post-operative recovery",
        "Sprained ankle",
        "Chest infection",
        "Carpal tunnel syndrome",
    ],
}


def doctor_name(h: Head, lg: str) -> str:
    r = random.Random(zlib.crc32(h.name.encode()))
    return tr(lg, "Dr ", "Dr. med. ", "Dr ") + f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def doc_stamp(p: Page, x: float, y: float, h: Head, lg: str) -> None:
    """The practice stamp: a plain box of small lines."""
    lines = [
        doctor_name(h, lg),
        fit(h.name, "Helvetica", 6.5, 150),
        h.street,
        h.town,
        tr(
            lg,
            f"Tel {h.phone}",
            f"BSNR {serial(random.Random(len(h.name)), '999999900')}",
            f"RPPS {serial(random.Random(len(h.name)), '10099999999')}",
        ),
    ]
    bw = max(tw(t, "Helvetica", 6.5) for t in lines) + 10
    p.rect(x, y, bw, 11 + 8 * len(lines))
    for k, t in enumerate(lines):
        p.text(x + 5, y + 10 + 8 * k, t, "Helvetica-Bold" if k == 0 else "Helvetica", 6.5)


def tpl_sick_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A doctor's sick note as the employee hands it in: the English fit note, the German
    certificate of incapacity (employer's copy, A6 landscape, no diagnosis) or the French
    employer's part of the sick leave notice (A5)."""
    h = head_of(who, "doctor", ["crest", "split", "framed"])
    lg = h.lang
    e = worker(rng)
    LAST["emp"] = e
    d = on(rng)
    since = d - timedelta(days=rng.randint(0, 3))
    until = d + timedelta(days=rng.choice([3, 5, 7, 10, 14, 21, 28]))
    hand = rng.random() < 0.5
    initial = rng.random() < 0.7
    if lg == "en":
        size = A4 if rng.random() < 0.5 else A5
        p = Page(size)
        w, hh = size
        m = 30 if size == A5 else 50
        p.text(m, m, "Statement of Fitness for Work", "Helvetica-Bold", 13)
        p.text(m, m + 13, "For social security or Statutory Sick Pay", "Helvetica", 8)
        y = m + 38
        p.text(m, y, "Patient's name", "Helvetica", 7.5)
        p.text(m + 80, y, e.name, "Helvetica-Bold" if not hand else HAND, 9.5)
        y += 18
        p.text(
            m, y, f"I assessed your case on:   {date_text(since, 'en', 'short')}", "Helvetica", 8
        )
        y += 16
        p.text(m, y, "and, because of the following condition(s):", "Helvetica", 8)
        y += 14
        p.rect(m, y - 10, w - 2 * m, 22)
        p.text(m + 6, y + 4, rng.choice(CONDITIONS["en"]), HAND if hand else "Helvetica", 9)
        y += 26
        p.text(m, y, "I advise you that:", "Helvetica-Bold", 8)
        y += 14
        fit_ = rng.random() < 0.3
        box(p, m, y, not fit_)
        p.text(m + 14, y, "you are not fit for work.", "Helvetica", 8)
        y += 14
        box(p, m, y, fit_)
        p.text(
            m + 14,
            y,
            "you may be fit for work taking account of the following advice:",
            "Helvetica",
            8,
        )
        y += 14
        y = ticks(
            p,
            style_of(h, size),
            m + 14,
            y,
            w - 2 * m - 14,
            ["a phased return to work", "altered hours", "amended duties", "workplace adaptations"],
            {rng.randrange(4)} if fit_ else set(),
            7.5,
        )
        p.text(
            m, y, "Comments, including functional effects of your condition(s):", "Helvetica", 7.5
        )
        p.rect(m, y + 4, w - 2 * m, 34)
        if rng.random() < 0.6:
            p.text(
                m + 6, y + 20, fit(words(rng, "en", "health", 8), HAND, 9, w - 2 * m - 12), HAND, 9
            )
        y += 52
        p.text(
            m,
            y,
            f"This will be the case for {(until - since).days} days  /  from "
            f"{date_text(since, 'en', 'short')} to {date_text(until, 'en', 'short')}",
            "Helvetica",
            8,
        )
        y += 14
        box(p, m, y, rng.random() < 0.5)
        p.text(
            m + 14,
            y,
            "I will need to assess your fitness for work again at the end of this period.",
            "Helvetica",
            7.5,
        )
        y += 26
        p.text(m, y, "Doctor's signature", "Helvetica", 7.5)
        sign(p, m + 90, y, doctor_name(h, "en"), 12)
        p.text(w / 2 + 20, y, f"Date of statement  {date_text(d, 'en', 'short')}", "Helvetica", 7.5)
        y += 14
        doc_stamp(p, m, y, h, "en")
        p.text(m, hh - 18, f"Med 3 {rng.choice(['04/22', '01/23'])}", "Helvetica", 6)
        pages = [p]
    elif lg == "de":
        size = landscape(A6)
        p = Page(size)
        w, hh = size
        m = 14
        p.text(m, 18, "Arbeitsunfaehigkeitsbescheinigung", "Helvetica-Bold", 9)
        p.text(w - m, 18, "Ausfertigung zur Vorlage beim Arbeitgeber", "Helvetica", 5.5, "right")
        p.rect(m, 24, w * 0.55, 82)
        for k, (a, b) in enumerate(
            [
                (
                    "Krankenkasse bzw. Kostentraeger",
                    rng.choice(
                        [
                            "BKK Werkverbund Westfalen",
                            "AOK NordWest",
                            "Techniker Krankenkasse",
                            "BARMER",
                        ]
                    ),
                ),
                ("Name, Vorname des Versicherten", f"{e.last}, {e.first}"),
                ("", f"{e.street}, {e.town}"),
                ("geb. am", date_text(e.born, "de", "short")),
                ("Versicherten-Nr.", serial(rng, "A999999999")),
            ]
        ):
            yy = 31 + 15 * k
            if a:
                p.text(m + 2, yy, a, "Helvetica", 4.5)
            p.text(m + 4, yy + 7, fit(b, "Courier", 7, w * 0.55 - 8), "Courier", 7)
        x2 = m + w * 0.55 + 8
        for k, t in enumerate(["Erstbescheinigung", "Folgebescheinigung"]):
            box(p, x2, 36 + 12 * k, (k == 0) == initial, 6)
            p.text(x2 + 9, 36 + 12 * k, t, "Helvetica", 6)
        box(p, x2, 62, rng.random() < 0.08, 6)
        p.text(x2 + 9, 62, "Arbeitsunfall, Arbeitsunfallfolgen", "Helvetica", 5.5)
        y = 118.0
        for a, b in [
            ("arbeitsunfaehig seit", since),
            ("voraussichtlich arbeitsunfaehig bis einschliesslich", until),
            ("festgestellt am", d),
        ]:
            p.text(m, y, a, "Helvetica", 6)
            p.rect(w * 0.55, y - 8, 70, 11)
            p.text(w * 0.55 + 4, y, date_text(b, "de", "short"), "Courier", 7.5)
            y += 14
        r = random.Random(len(h.name))
        p.text(
            m,
            y + 4,
            f"Betriebsstaetten-Nr. {serial(r, '999999900')}   Arzt-Nr. {serial(r, '999999901')}",
            "Courier",
            6,
        )
        doc_stamp(p, w - 170, hh - 70, h, "de")
        sign(p, w - 160, hh - 74, doctor_name(h, "de"), 10)
        p.text(m, hh - 10, "Muster 1b (1.2024)", "Helvetica", 4.5)
        pages = [p]
    else:
        size = A5
        p = Page(size)
        w, hh = size
        m = 24
        p.text(m, 30, "avis d'arret de travail", "Helvetica-Bold", 12)
        p.text(w - m, 30, "cerfa N. 10170*07", "Helvetica", 6, "right")
        p.rect(m, 38, w - 2 * m, 16, fill=0.85)
        p.text(m + 4, 49, "volet 3 - a adresser par l'assure a son employeur", "Helvetica-Bold", 8)
        y = 70.0
        s = style_of(h, size, margin=m)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Nom", e.last.upper()),
                ("Prenom", e.first),
                ("N. d'immatriculation", serial(rng, "1 99 99 99 999 999")),
                ("Employeur", employer().name),
            ],
            per=2,
            tall=24,
            hand=hand,
        )
        for k, t in enumerate(
            [
                "arret de travail initial",
                "prolongation",
                "arret en rapport avec un accident du travail",
            ]
        ):
            box(
                p,
                m + (k % 2) * 150,
                y + (k // 2) * 13,
                (k == 0) == initial if k < 2 else rng.random() < 0.05,
                7,
            )
            p.text(m + (k % 2) * 150 + 11, y + (k // 2) * 13, t, "Helvetica", 7)
        y += 36
        p.text(
            m,
            y,
            f"jusqu'au :  {date_text(until, 'fr', 'short')}",
            HAND if hand else "Helvetica",
            10,
        )
        y += 20
        for k, t in enumerate(["sorties autorisees", "sorties non autorisees", "sorties libres"]):
            box(p, m + k * 110, y, k == rng.randrange(3), 7)
            p.text(m + k * 110 + 11, y, t, "Helvetica", 7)
        y += 24
        p.text(m, y, f"Date : {date_text(d, 'fr', 'short')}", "Helvetica", 8)
        y += 12
        doc_stamp(p, m, y, h, "fr")
        sign(p, w - 150, y + 30, doctor_name(h, "fr"), 12)
        p.text(
            m,
            hh - 16,
            "L'assure doit adresser ce volet a son employeur dans les 48 heures.",
            "Helvetica",
            6,
        )
        pages = [p]
    if rng.random() < 0.45:
        w, _ = pages[0].size
        scribble(
            pages[0],
            w - 110,
            14 if lg != "de" else pages[0].size[1] - 16,
            tr(
                lg,
                f"rec'd {date_text(d + timedelta(days=1), 'en', 'short')[:5]}",
                f"Eing. {date_text(d + timedelta(days=1), 'de', 'short')[:6]}",
                f"recu {date_text(d + timedelta(days=2), 'fr', 'short')[:5]}",
            ),
            8.5,
        )
    return pages


def tpl_return_to_work(rng: random.Random, who: Issuer) -> list[Page]:
    """The return-to-work interview record (Rueckkehrgespraech, entretien de reprise): a form
    with the absence details, tick boxes and hand entries, both signatures; sometimes the
    absence history of the last twelve months on a second page."""
    h = employer()
    lg = h.lang
    s = style_of(h, pt=9.5)
    w, _hh = s.page_size
    m = s.margin
    e = follow_emp(rng, ("sick_note",))
    d = on(rng)
    f = sheets(
        s,
        h,
        tr(lg, "Return to work interview", "Rueckkehrgespraech", "Entretien de reprise")
        + f" - {e.name}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "RETURN TO WORK INTERVIEW RECORD",
            "Protokoll Rueckkehrgespraech",
            "Compte rendu d'entretien de reprise",
        ),
        3,
    )
    form_no = tr(lg, "HR-F-07 rev 4", "PA-FB 12 / Stand 01/2024", "RH-IMP-05 ind. C")
    p = f.page
    hand = True
    first = d - timedelta(days=rng.randint(3, 30))
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employee name", "Name, Vorname", "Nom, prenom"), e.name),
            (tr(lg, "Works no.", "Personal-Nr.", "Matricule"), e.no),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (tr(lg, "Manager", "Vorgesetzter", "Responsable"), hr_person(e.dept)),
            (
                tr(lg, "First day of absence", "Erster Fehltag", "Debut de l'absence"),
                date_text(first, lg, "short"),
            ),
            (
                tr(lg, "Date returned", "Wiederaufnahme am", "Date de reprise"),
                date_text(d, lg, "short"),
            ),
            (tr(lg, "Working days lost", "Fehltage", "Jours d'absence"), str(rng.randint(1, 25))),
            (
                tr(lg, "Date of interview", "Datum des Gespraechs", "Date de l'entretien"),
                date_text(d + timedelta(days=rng.randint(0, 2)), lg, "short"),
            ),
        ],
        per=2,
        tall=26,
        hand=hand,
    )
    qs = tr(
        lg,
        "Fit note / self-certificate received?|Absence reported in line with procedure?|Is the "
        "absence work related?|"
        "Any adjustments needed?|Referral to occupational health?|Absence trigger point reached?",
        "AU-Bescheinigung liegt vor?|Krankmeldung fristgerecht?|Arbeitsbedingte Ursache?|"
        "Anpassungen am Arbeitsplatz noetig?|Angebot BEM / Betriebsarzt?|Auffaelliges "
        "Fehlzeitenmuster?",
        "Justificatif recu ?|Absence signalee dans les delais ?|Lien avec le travail ?|"
        "Amenagement de poste necessaire ?|Orientation medecin du travail ?|Absences repetees ?",
    ).split("|")
    for q in qs:
        f.need(16)
        f.page.text(m, f.y, q, s.font, 8.5)
        yn = rng.random() < 0.5
        for k, t in enumerate(yes_no(lg)):
            box(f.page, w - m - 110 + k * 55, f.y, (k == 0) == yn)
            f.page.text(w - m - 98 + k * 55, f.y, t, s.font, 8)
        f.y += 16
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Reason for absence / discussion:",
            "Gespraechsinhalt / Gruende:",
            "Motif et echanges :",
        ),
        s.bold,
        8.5,
    )
    f.y = ruled(f.page, m, f.y + 18, w - 2 * m, rng.randint(4, 7), rng, lg, "health")
    if lg == "en":
        f.page.text(
            m,
            f.y + 4,
            f"Bradford factor (12 months):  {rng.choice([9, 18, 32, 50, 64, 128, 200])}",
            s.font,
            8.5,
        )
        f.y += 20
    f.need(60)
    f.y += 28
    half = (w - 2 * m) / 2 - 20
    sign_line(f.page, s, m, f.y, half, tr(lg, "Employee", "Mitarbeiter/in", "Salarie"), e.name)
    sign_line(
        f.page,
        s,
        m + half + 40,
        f.y,
        half,
        tr(lg, "Manager", "Vorgesetzte/r", "Responsable"),
        hr_person(e.dept),
    )
    f.y += 20
    if rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Absence history - last 12 months",
                "Fehlzeitenuebersicht der letzten 12 Monate",
                "Historique des absences (12 mois)",
            ),
            1,
        )
        cols = columns(
            m, w - m, [(1.2, "left"), (1.2, "left"), (0.7, "right"), (2.4, "left"), (1, "center")]
        )
        rows = []
        dd = d - timedelta(days=360)
        for _ in range(rng.randint(3, 14)):
            dd += timedelta(days=rng.randint(5, 40))
            n = rng.randint(1, 6)
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    date_text(dd + timedelta(days=n), lg, "short"),
                    str(n),
                    rng.choice(
                        tr(
                            lg,
                            "Sickness|Sickness - back|Dependant leave|Unauthorised|Medical appt",
                            "Krankheit|Krankheit (AU)|Kind krank|unentschuldigt|Arzttermin",
                            "Maladie|Maladie|Enfant malade|Absence injustifiee|RDV medical",
                        ).split("|")
                    ),
                    rng.choice(["AU", "SC", "FN", "-"]),
                ]
            )
        table(
            f,
            cols,
            tr(
                lg,
                "From|To|Days|Reason|Cert.",
                "von|bis|Tage|Grund|Nachweis",
                "Du|Au|Jours|Motif|Justif.",
            ).split("|"),
            rows,
            s,
            size=8.5,
            rules=True,
        )
    for p_ in f.pages:
        form_code(p_, s, form_no)
    return close(
        f.pages, s, h, numbers=rng.choice(["none", "Page {i} of {n}" if lg == "en" else "{i}/{n}"])
    )


def tpl_holiday_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A holiday request form filled in by hand: A5 portrait or landscape, or an A4 sheet
    with the employee's copy below a cut line; type of leave ticked, approval and HR entry."""
    h = employer()
    lg = h.lang
    e = worker(rng)
    d = on(rng)
    shape = rng.choice(["a5", "a5l", "a4two", "a5"])
    size = {"a5": A5, "a5l": landscape(A5), "a4two": A4}[shape]
    s = style_of(h, size, margin=28, pt=8.5)
    p = Page(size)
    w, hh = size
    m = 28
    start = d + timedelta(days=rng.randint(7, 70))
    n = rng.choice([1, 2, 3, 5, 5, 10, 10, 15])
    end = start + timedelta(days=n + (n // 5) * 2 - 1)
    copies = 2 if shape == "a4two" else 1
    for c in range(copies):
        y0 = c * hh / 2
        y = y0 + 30
        p.text(m, y, fit(h.name, s.bold, 8, w / 2), s.bold, 8)
        title = tr(lg, "HOLIDAY REQUEST FORM", "Urlaubsantrag", "DEMANDE DE CONGES")
        p.text(w - m, y, title, s.bold, 12, "right")
        y += 18
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prenom"), e.name),
                (tr(lg, "Clock no.", "Pers.-Nr.", "Matricule"), e.no),
                (
                    tr(lg, "Department / shift", "Abteilung / Schicht", "Service / equipe"),
                    f"{e.dept} / {rng.choice(['A', 'B', 'C', 'Days', 'Nights'])}",
                ),
                (
                    tr(lg, "Date of request", "Datum", "Date de la demande"),
                    date_text(d, lg, "short"),
                ),
            ],
            per=2,
            tall=24,
        )
        y = ticks(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            tr(
                lg,
                "Annual leave|Unpaid leave|Compassionate|TOIL|Medical appt",
                "Erholungsurlaub|Sonderurlaub|unbezahlt|Gleittag/Zeitausgleich",
                "Conges payes|RTT|Conge sans solde|Evenement familial",
            ).split("|"),
            {0} if rng.random() < 0.75 else {rng.randrange(3)},
            8,
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "From (first day off)", "vom", "Du"), date_text(start, lg, "short")),
                (
                    tr(lg, "To (last day off)", "bis einschl.", "Au (inclus)"),
                    date_text(end, lg, "short"),
                ),
                (tr(lg, "Number of days", "Anzahl Arbeitstage", "Nombre de jours"), str(n)),
                (
                    tr(lg, "Remaining entitlement", "Resturlaub", "Solde restant"),
                    str(rng.randint(0, 28)),
                ),
            ],
            per=4 if w > 500 else 2,
            tall=24,
        )
        sign_line(
            p,
            s,
            m,
            y + 14,
            (w - 2 * m) / 2 - 14,
            tr(lg, "Employee signature", "Unterschrift Mitarbeiter", "Signature du salarie"),
            e.name,
        )
        ok = rng.random() < 0.85
        x2 = m + (w - 2 * m) / 2 + 6
        for k, t in enumerate(
            tr(lg, "Approved|Not approved", "genehmigt|abgelehnt", "Accorde|Refuse").split("|")
        ):
            box(p, x2 + k * 70, y + 2, (k == 0) == ok, 7)
            p.text(x2 + k * 70 + 10, y + 2, t, s.font, 7.5)
        sign_line(
            p,
            s,
            x2,
            y + 26,
            (w - 2 * m) / 2 - 8,
            tr(lg, "Supervisor", "Vorgesetzter", "Responsable"),
            hr_person(e.dept),
        )
        y += 48
        if c == 0 and rng.random() < 0.6:
            stamp(
                p,
                w - m - 110,
                y - 4,
                [
                    tr(lg, "ENTERED", "ERFASST", "SAISI"),
                    date_text(d + timedelta(days=rng.randint(1, 6)), lg, "short"),
                ],
            )
        if copies == 2 and c == 0:
            dashes(
                p,
                10,
                w - 10,
                hh / 2 - 6,
                tr(
                    lg,
                    "Employee's copy below",
                    "Abschnitt fuer den Mitarbeiter",
                    "Exemplaire salarie",
                ),
            )
    return [p]


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A week's clock card on a narrow card (times stamped by the clock, totals by hand) or a
    monthly timesheet on A4 (Monatsstundenzettel, feuille de pointage) signed by the foreman."""
    h = employer()
    lg = h.lang
    e = worker(rng)
    d = on(rng)
    if rng.random() < 0.55:
        size = (3.5 * 72, 7.4 * 72)
        p = Page(size)
        w, _ = size
        d = d - timedelta(days=d.weekday())
        p.text(
            w / 2,
            22,
            tr(lg, "CLOCK CARD", "STEMPELKARTE", "CARTE DE POINTAGE"),
            "Helvetica-Bold",
            11,
            "center",
        )
        p.text(12, 40, f"No. {e.no}", "Helvetica-Bold", 10)
        p.text(
            w - 12,
            40,
            tr(lg, "W/E ", "KW ", "Sem. ")
            + (
                date_text(d + timedelta(days=6), lg, "short")
                if lg == "en"
                else str(d.isocalendar()[1])
            ),
            "Helvetica",
            8,
            "right",
        )
        p.text(12, 56, fit(e.name, HAND, 10, w - 24), HAND, 10)
        p.line(12, 60, w - 12, 60)
        cols = [12, 52, 98, 144, 190, w - 12]
        y = 74.0
        for c, t in zip(
            cols,
            tr(
                lg, "Day|In|Out|In|Out", "Tag|Kommt|Geht|Kommt|Geht", "Jour|Ent.|Sort.|Ent.|Sort."
            ).split("|"),
            strict=False,
        ):
            p.text(c + 2, y, t, "Helvetica-Bold", 6.5)
        y += 6
        total = 0.0
        days = tr(
            lg, "MON TUE WED THU FRI SAT SUN", "MO DI MI DO FR SA SO", "LUN MAR MER JEU VEN SAM DIM"
        ).split()
        shift = rng.choice([(6, 14), (14, 22), (22, 6), (7, 16)])
        for k, dn in enumerate(days):
            p.rect(12, y, w - 24, 30)
            for c in cols[1:-1]:
                p.line(c, y, c, y + 30)
            p.text(14, y + 18, dn, "Helvetica", 7)
            if k < 5 or rng.random() < 0.2:
                a = shift[0] * 60 + rng.randint(-9, 3)
                b = (shift[1] if shift[1] > shift[0] else shift[1] + 24) * 60 + rng.randint(-2, 12)
                brk = rng.choice([0, 30])
                p.text(54, y + 12, f"{(a // 60) % 24:02d}:{a % 60:02d}", "Courier-Bold", 8)
                if brk:
                    p.text(
                        100,
                        y + 12,
                        f"{(a // 60 + 4) % 24:02d}:{rng.randint(0, 15):02d}",
                        "Courier-Bold",
                        8,
                    )
                    p.text(
                        146,
                        y + 12,
                        f"{(a // 60 + 4) % 24:02d}:{rng.randint(30, 45):02d}",
                        "Courier-Bold",
                        8,
                    )
                p.text(
                    192,
                    y + 12 if not brk else y + 24,
                    f"{(b // 60) % 24:02d}:{b % 60:02d}",
                    "Courier-Bold",
                    8,
                )
                total += (b - a - brk) / 60
            y += 30
        y += 16
        p.text(12, y, tr(lg, "Total hours", "Summe Std.", "Total heures"), "Helvetica", 8)
        p.text(
            w - 14, y, f"{total:.2f}".replace(".", "," if lg != "en" else "."), HAND, 11, "right"
        )
        y += 18
        p.text(12, y, tr(lg, "O/T", "Mehrarb.", "HS"), "Helvetica", 8)
        p.text(w - 14, y, str(rng.choice([0, 0, 2, 4, 6])), HAND, 10, "right")
        y += 26
        sign_line(
            p,
            style_of(h, size, margin=12),
            12,
            y,
            w - 24,
            tr(lg, "Foreman", "Meister", "Chef d'equipe"),
            hr_person(e.dept),
        )
        return [p]
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _hh = A4
    m = 40
    mon = date(d.year, d.month, 1)
    hd = h if rng.random() < 0.5 else None
    f = sheets(s, hd)
    caption(
        f,
        s,
        tr(
            lg,
            f"Monthly timesheet - {month_of(mon, 'en')}",
            f"Stundennachweis {month_of(mon, 'de')}",
            f"Feuille de temps - {month_of(mon, 'fr')}",
        ),
        2,
    )
    f.page.text(m, f.y, f"{e.name}  -  {e.no}  -  {e.dept}", HAND, 10)
    f.y += 18
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.7, "center"),
            (0.8, "center"),
            (0.8, "center"),
            (2, "left"),
        ],
    )
    rows = []
    tot = 0.0
    for k in range(1, 32):
        try:
            dd = date(mon.year, mon.month, k)
        except ValueError:
            break
        wd = dd.weekday()
        if wd >= 5:
            rows.append(
                [
                    f"{k:02d}",
                    "",
                    "",
                    "",
                    "",
                    "",
                    tr(lg, "weekend", "Wochenende", "repos")[:10] if rng.random() < 0.3 else "",
                ]
            )
            continue
        code = rng.random()
        if code < 0.06:
            rows.append([f"{k:02d}", "", "", "", "", "", tr(lg, "Holiday", "Urlaub", "CP")])
            continue
        if code < 0.1:
            rows.append([f"{k:02d}", "", "", "", "", "", tr(lg, "Sick", "krank (AU)", "Maladie")])
            continue
        a, b = rng.choice([(6, 14), (7, 16), (14, 22)])
        hrs = b - a - 0.5
        tot += hrs
        rows.append(
            [
                f"{k:02d}",
                f"{a:02d}:{rng.choice(['00', '00', '05'])}",
                f"{b:02d}:{rng.choice(['00', '10', '30'])}",
                "0:30",
                f"{hrs:.1f}",
                rng.choice(["", "", "", "1.0", "2.0"]),
                "",
            ]
        )
    f.y += 4
    table(
        f,
        cols,
        tr(
            lg,
            "Day|Start|Finish|Break|Hours|O/T|Remarks",
            "Tag|Beginn|Ende|Pause|Std.|Mehrarb.|Bemerkung",
            "Jour|Debut|Fin|Pause|Heures|HS|Observations",
        ).split("|"),
        rows,
        s,
        size=8,
        rules=True,
        step=1.65,
    )
    f.need(60)
    f.page.text(m, f.y + 6, f"{tr(lg, 'Total', 'Summe', 'Total')}: {tot:.1f}", HAND, 10)
    f.y += 40
    half = (w - 2 * m) / 2 - 20
    sign_line(f.page, s, m, f.y, half, tr(lg, "Employee", "Mitarbeiter", "Salarie"), e.name)
    sign_line(
        f.page,
        s,
        m + half + 40,
        f.y,
        half,
        tr(lg, "Approved", "Gepr. Meister", "Vise responsable"),
        hr_person(e.dept),
    )
    return close(f.pages, s, hd, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates DD: training, works council, pension and health insurance
# ---------------------------------------------------------------------------------------------


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training certificate for one employee: a framed landscape certificate (lift truck,
    first aid, fire marshal), a German DGUV 308-001 certificate or a French CACES; sometimes
    the results page or the cut-out licence card sheet behind it."""
    h = head_of(who, "trainer", ["logo", "centred", "band"])
    lg = h.lang
    e = worker(rng)
    d = on(rng)
    r = keyed(who, "course")
    course = r.choice(["forklift", "forklift", "firstaid", "fire"])
    cert_no = serial(rng, {"en": "MLT/99999", "de": "FA-9999-99", "fr": "CACES-99999"}[lg])
    instructor = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
    pages: list[Page] = []
    if lg == "en" or course != "forklift":
        size = landscape(A4)
        p = Page(size)
        w, hh = size
        s = style_of(h, size, margin=60)
        p.rect(24, 24, w - 48, hh - 48)
        p.rect(30, 30, w - 60, hh - 60, fill=None)
        heading(p, s, h)
        title = {
            "forklift": tr(
                lg, "Certificate of Training", "Teilnahmebescheinigung", "Attestation de formation"
            ),
            "firstaid": tr(
                lg, "First Aid at Work", "Ersthelfer-Ausbildung", "Sauveteur Secouriste du Travail"
            ),
            "fire": tr(
                lg,
                "Fire Marshal Training",
                "Brandschutzhelfer",
                "Equipier de premiere intervention",
            ),
        }[course]
        p.text(w / 2, 150, title, "Times-Bold", 28, "center")
        p.text(
            w / 2,
            185,
            tr(
                lg,
                "This is to certify that",
                "Hiermit wird bescheinigt, dass",
                "Nous certifions que",
            ),
            "Times-Italic",
            12,
            "center",
        )
        p.text(w / 2, 220, e.name, "Times-Bold", 24, "center")
        p.line(w / 2 - 160, 228, w / 2 + 160, 228)
        what = {
            "forklift": tr(
                lg,
                "has successfully completed "
                f"{rng.choice(['Novice', 'Refresher', 'Experienced Operator'])} training and "
                "testing on "
                + rng.choice(
                    ["Counterbalance Lift Truck (B1)", "Reach Truck (D1)", "Pallet Truck (ride-on)"]
                ),
                "am Lehrgang teilgenommen hat",
                "a suivi la formation",
            ),
            "firstaid": tr(
                lg,
                "has attended a three-day course and is competent to act as a first aider at work",
                "an einer Erste-Hilfe-Ausbildung (9 UE) nach DGUV Vorschrift 1 teilgenommen hat",
                "a suivi la formation initiale SST (14 heures)",
            ),
            "fire": tr(
                lg,
                "has completed fire warden training including the use of extinguishers",
                "zum Brandschutzhelfer nach ASR A2.2 ausgebildet wurde",
                "a suivi la formation EPI (manipulation des extincteurs)",
            ),
        }[course]
        for k, ln in enumerate(wrap(what, "Times-Roman", 13, w - 200)):
            p.text(w / 2, 255 + 17 * k, ln, "Times-Roman", 13, "center")
        y = 320
        for k, (a, b) in enumerate(
            [
                (tr(lg, "Date(s)", "Datum", "Date(s)"), date_text(d, lg, "short")),
                (tr(lg, "Certificate no.", "Bescheinigungs-Nr.", "N. d'attestation"), cert_no),
                (
                    tr(lg, "Valid until", "gueltig bis", "Valable jusqu'au"),
                    date_text(d.replace(year=d.year + (3 if course != "fire" else 2)), lg, "short"),
                ),
            ]
        ):
            p.text(120 + k * 210, y, a, "Helvetica", 8)
            p.text(120 + k * 210, y + 14, b, "Helvetica-Bold", 10)
        sign(p, 120, hh - 100, instructor)
        p.line(110, hh - 96, 300, hh - 96)
        p.text(
            110,
            hh - 86,
            tr(
                lg,
                f"Instructor: {instructor}",
                f"Ausbilder: {instructor}",
                f"Formateur : {instructor}",
            ),
            "Helvetica",
            8,
        )
        if lg == "en" and course == "forklift":
            p.text(
                w - 110,
                hh - 86,
                "Accredited by the National Lift Truck Training Register",
                "Helvetica",
                7,
                "right",
            )
            p.rect(w - 180, hh - 150, 70, 40)
            p.text(w - 145, hh - 126, "NLTR", "Helvetica-Bold", 14, "center")
        pages.append(p)
        if course == "forklift" and rng.random() < 0.45:
            q = Page(A4)
            qs = style_of(h, A4)
            y = heading(q, qs, h)
            q.text(qs.margin, y + 10, "Test Record - " + e.name, qs.bold, 12)
            y += 36
            for a, res in [
                ("Pre-use inspection", "PASS"),
                ("Theory test (score)", f"{rng.randint(82, 100)}%"),
                ("Practical test - faults", str(rng.randint(0, 25))),
                ("Stacking / de-stacking", "PASS"),
                ("Driving through aisles", "PASS"),
                ("Load handling", "PASS"),
                ("Overall result", "PASS"),
            ]:
                q.text(qs.margin, y, a, qs.font, 10)
                q.text(A4[0] - qs.margin - 40, y, res, HAND, 10, "right")
                q.line(qs.margin, y + 4, A4[0] - qs.margin, y + 4)
                y += 20
            sign(q, qs.margin, y + 40, instructor)
            q.text(qs.margin, y + 52, f"Examiner: {instructor}", qs.font, 8)
            pages.append(q)
        return close(pages, style_of(h, size), h, numbers="none")
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h)
    if lg == "de":
        caption(
            f,
            s,
            "Bescheinigung ueber die Ausbildung zum Fahrer von Flurfoerderzeugen",
            2,
            centre=True,
        )
        write(
            f,
            s,
            "nach DGUV Grundsatz 308-001 (Ausbildung und Beauftragung der Fahrer von "
            "Flurfoerderzeugen mit Fahrersitz und Fahrerstand)",
            s.size - 1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 6,
                [
                    ("Name, Vorname", f"{e.last}, {e.first}"),
                    ("geboren am", date_text(e.born, lg, "short")),
                    ("Arbeitgeber", employer().name),
                    (
                        "Lehrgang vom - bis",
                        f"{date_text(d - timedelta(days=2), lg, 'short')} - "
                        f"{date_text(d, lg, 'short')}",
                    ),
                ],
                w - m,
            )
            + 10
        )
        f.page.text(m, f.y, "Ausgebildet fuer:", s.bold, s.size)
        f.y += 16
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    "Frontstapler",
                    "Schubmaststapler",
                    "Mitgaenger-Flurfoerderzeug",
                    "Kommissionierer",
                    "Teleskopstapler",
                ],
                set(rng.sample(range(5), rng.randint(1, 2))),
                9,
            )
            + 6
        )
        for a in ["Theoretische Pruefung", "Praktische Pruefung"]:
            f.page.text(m, f.y, a, s.font, s.size)
            f.page.text(m + 200, f.y, "bestanden", HAND, 10)
            f.y += 16
    else:
        caption(f, s, "CERTIFICAT D'APTITUDE A LA CONDUITE EN SECURITE", 2, centre=True)
        write(
            f,
            s,
            "Recommandation R489 - Chariots de manutention automoteurs a conducteur porte",
            s.size - 1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 6,
                [
                    ("Nom, prenom", f"{e.last.upper()} {e.first}"),
                    ("Date de naissance", date_text(e.born, lg, "short")),
                    ("Entreprise", employer().name),
                    ("Date des tests", date_text(d, lg, "short")),
                    ("Organisme testeur certifie", h.name),
                ],
                w - m,
            )
            + 10
        )
        cols = columns(m, w - m, [(1, "left"), (3.5, "left"), (1.2, "center"), (1.2, "center")])
        rows = []
        for cat, t in [
            ("1A", "Transpalettes a conducteur porte"),
            ("1B", "Gerbeurs a conducteur porte"),
            ("3", "Chariots elevateurs en porte-a-faux <= 6 t"),
            ("5", "Chariots elevateurs a mat retractable"),
            ("7", "Conduite hors production"),
        ]:
            ok = rng.random() < 0.45
            rows.append([cat, t, "X" if ok else "", date_text(d, lg, "short") if ok else ""])
        table(
            f, cols, ["Cat.", "Designation", "Reussi", "Date"], rows, s, size=9, rules=True, step=2
        )
        write(
            f,
            s,
            "Ce certificat est valable 5 ans a compter de la date de reussite des tests. "
            + words(rng, "fr", "work", 10),
            s.size - 1.5,
        )
    f.need(60)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(lg, "", "Ausbilder / Pruefer: " + instructor, "Le testeur : " + instructor),
        instructor,
        date_text(d, lg, "short"),
    )
    f.page.text(w - m, f.y + 9, f"Nr. {cert_no}", s.font, 8, "right")
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.45:
        c = Page(A4)
        c.text(
            40,
            50,
            tr(lg, "", "Fahrausweis - bitte ausschneiden", "Carte CACES - a decouper"),
            "Helvetica-Bold",
            11,
        )
        c.text(
            40,
            64,
            tr(
                lg,
                "",
                "Der Fahrausweis ist beim Fahren mitzufuehren.",
                "A presenter a toute demande.",
            ),
            "Helvetica",
            8,
        )
        for k in range(2):
            x, y = 60 + k * 250, 110
            dashes(c, x - 6, x + 250 - 16, y - 6)
            c.rect(x, y, 240, 152)
            c.text(
                x + 8,
                y + 16,
                tr(
                    lg,
                    "",
                    "FAHRAUSWEIS Flurfoerderzeuge" if k == 0 else "Rueckseite",
                    "CACES R489" if k == 0 else "Verso",
                ),
                "Helvetica-Bold",
                9,
            )
            if k == 0:
                photo(c, x + 8, y + 26, 50, 64, rng)
                for j, t in enumerate(
                    [e.name, date_text(e.born, lg, "short"), employer().name, cert_no]
                ):
                    c.text(x + 66, y + 36 + 14 * j, fit(t, "Helvetica", 7.5, 168), "Helvetica", 7.5)
            else:
                for j, t in enumerate(
                    ["1A", "1B", "3", "5"]
                    if lg == "fr"
                    else ["Frontstapler", "Schubmast", "Mitgaenger", "Teleskop"]
                ):
                    box(c, x + 10, y + 40 + 16 * j, rng.random() < 0.5, 7)
                    c.text(x + 22, y + 40 + 16 * j, t, "Helvetica", 7.5)
                c.text(
                    x + 10,
                    y + 140,
                    tr(lg, "", "gueltig bis ", "valable jusqu'au ")
                    + date_text(d.replace(year=d.year + 5), lg, "short"),
                    "Helvetica",
                    7,
                )
        pages.append(c)
    return pages


def tpl_works_council(rng: random.Random, who: Issuer) -> list[Page]:
    """The works council's or union's paper to management: the Betriebsrat's statement on a
    hearing (Paragraph 99 / 102 BetrVG, ticks and reasons, sometimes the resolution extract on a
    second page), the CSE's minutes over two to four pages, or the union branch's letter."""
    h = head_of(who, "council", ["centred", "split", "framed", "rule"])
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    e = follow_emp(rng, ("disciplinary", "leaver_form", "contract"))
    d = on(rng)
    chair = hr_person("council")
    f = sheets(s, h, h.name)
    if lg == "fr" and rng.random() < 0.55:
        caption(
            f,
            s,
            f"Proces-verbal de la reunion {rng.choice(['ordinaire', 'extraordinaire'])} du CSE du "
            f"{date_text(d, 'fr', 'long')}",
            2,
        )
        write(
            f,
            s,
            f"Presents : {', '.join(hr_person(str(k)) for k in range(rng.randint(4, 7)))} (elus "
            "titulaires) ; "
            f"pour la direction : {hr_person('md')}, {hr_person('mgr')}. Secretaire de seance : "
            f"{chair}.",
            s.size - 1,
        )
        items = [
            "Approbation du proces-verbal de la reunion precedente",
            "Information-consultation sur l'organisation du travail en equipes",
            "Point sur les effectifs et les embauches",
            "Bilan sante, securite et conditions de travail",
            "Activites sociales et culturelles",
            "Questions diverses",
        ]
        f.heading(m, "Ordre du jour", s.bold, s.size + 1)
        numbered(f, s, items[: rng.randint(3, 6)], s.size - 0.5)
        for k, it in enumerate(items[: rng.randint(3, 6)], 1):
            f.heading(m, f"{k}. {it}", s.bold, s.size)
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, "council", 2, 4))
            if rng.random() < 0.4:
                write(
                    f,
                    s,
                    f"Vote : pour {rng.randint(3, 8)}, contre {rng.randint(0, 2)}, abstention "
                    f"{rng.randint(0, 2)}. Avis {rng.choice(['favorable', 'defavorable'])}.",
                    s.size - 0.5,
                )
        f.need(70)
        f.y += 24
        sign_line(f.page, s, m, f.y, 180, f"Le secretaire du CSE - {chair}", chair)
        sign_line(
            f.page, s, w - m - 180, f.y, 180, f"Le president - {hr_person('md')}", hr_person("md")
        )
        return close(f.pages, s, h, numbers="Page {i}/{n}")
    recipient(
        f,
        s,
        h,
        hr_lines(
            lg,
            tr(
                lg,
                "FAO: HR Manager",
                "z. Hd. Geschaeftsleitung / Personal",
                "A l'attention de la Direction",
            ),
        ),
        d,
        [(tr(lg, "Our ref", "Az.", "Ref."), serial(rng, "BR-99/99"))],
    )
    if lg == "de":
        kind = rng.choice(["102", "99", "99"])
        if kind == "102":
            caption(
                f, s, f"Stellungnahme des Betriebsrats gemaess \u00a7 102 BetrVG - {mr(e, 'de')}", 1
            )
            write(
                f,
                s,
                "Sehr geehrte Damen und Herren, mit Schreiben vom "
                f"{date_text(d - timedelta(days=rng.randint(2, 6)), 'de', 'short')} "
                f"haben Sie den Betriebsrat zur beabsichtigten Kuendigung von {mr(e, 'de')} "
                f"(Pers.-Nr. {e.no}) angehoert.",
            )
            opts = [
                "keine Stellungnahme",
                "Bedenken (\u00a7 102 Abs. 2)",
                "Widerspruch (\u00a7 102 Abs. 3)",
            ]
        else:
            caption(f, s, "Zustimmung zur Einstellung / Eingruppierung gemaess \u00a7 99 BetrVG", 1)
            write(
                f,
                s,
                f"Der Betriebsrat hat in seiner Sitzung am {date_text(d, 'de', 'short')} ueber "
                "die beantragte Einstellung von "
                f"{mr(e, 'de')} als {e.job}, {e.grade}, beraten und beschlossen:",
            )
            opts = [
                "Zustimmung wird erteilt",
                "Zustimmung wird verweigert",
                "Fristablauf ohne Stellungnahme",
            ]
        f.y = ticks(
            f.page, s, m + 10, f.y + 4, w - 2 * m - 10, opts, {rng.choice([0, 0, 1, 2])}, 9, 2.6
        )
        f.page.text(m, f.y, "Begruendung:", s.bold, s.size)
        f.y = (
            ruled(f.page, m, f.y + 16, w - 2 * m, rng.randint(3, 6), rng, lg, "council", fill=0.7)
            + 6
        )
    else:
        caption(
            f,
            s,
            rng.choice(
                [
                    f"Representation of our member - {mr(e, 'en')}",
                    "Proposed changes to shift patterns - request for consultation",
                    "Annual pay claim",
                ]
                if lg == "en"
                else [
                    "Demande d'information-consultation - projet de modification des horaires",
                    f"Avis du CSE - licenciement envisage de {mr(e, 'fr')}",
                    "Demande de reunion extraordinaire du CSE",
                ]
            ),
            1,
        )
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "council", 2, 4))
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(lg, "Yours faithfully,", "Mit freundlichen Gruessen", "Salutations."),
        s.font,
        s.size,
    )
    f.y += 30
    sign(f.page, m, f.y, chair)
    f.y += 10
    f.page.text(m, f.y, chair, s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(lg, "Branch Secretary", "Betriebsratsvorsitzende/r", "Secretaire du CSE"),
        s.font,
        s.size - 1,
    )
    f.y += 30
    received(rng, f, d + timedelta(days=rng.randint(0, 2)), 0.6)
    if lg == "de" and rng.random() < 0.35:
        f.new_page()
        caption(
            f,
            s,
            f"Auszug aus dem Protokoll der Betriebsratssitzung vom {date_text(d, 'de', 'short')}",
            1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Anwesend", f"{rng.randint(5, 9)} von {rng.choice([7, 9, 11])} Mitgliedern"),
                    ("Beschlussfaehig", "ja"),
                    ("TOP", str(rng.randint(2, 6))),
                    (
                        "Abstimmung",
                        f"{rng.randint(4, 8)} ja / {rng.randint(0, 2)} nein / {rng.randint(0, 1)} "
                        "Enthaltung",
                    ),
                ],
                w - m,
            )
            + 10
        )
        write(f, s, prose(rng, lg, "council", 2, 4))
        sign(f.page, m, f.y + 30, chair)
        f.y += 40
    return close(f.pages, s, h)


def tpl_pension_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The pension provider's paper: confirmation of enrolment or a change for one member,
    an annual benefit statement with the projection table, or a Direktversicherung certificate
    (Versicherungsbestaetigung), French affiliation certificate; often a page of notes."""
    h = head_of(who, "pension", ["logo", "band", "split"])
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    e = follow_emp(rng, ("contract",))
    d = on(rng)
    pol = serial(
        keyed(who, e.no), {"en": "WP99999999", "de": "99.999.999-9", "fr": "AF-999999"}[lg]
    )
    f = sheets(s, h, f"{h.name} - {pol}")
    to_co = rng.random() < 0.45
    recipient(
        f,
        s,
        h,
        hr_lines(lg) if to_co else home_lines(e, lg),
        d,
        [
            (tr(lg, "Policy / member no", "Vertragsnummer", "N. d'adherent"), pol),
            (
                tr(lg, "Employer ref", "Arbeitgeber-Nr.", "Contrat entreprise"),
                serial(keyed(who, "co"), "99999"),
            ),
        ],
    )
    title = rng.choice(
        tr(
            lg,
            "Confirmation of enrolment|Annual benefit statement|Change of contribution rate",
            "Versicherungsbestaetigung Direktversicherung|Nachtrag zum "
            "Versicherungsschein|Jaehrliche Standmitteilung",
            "Certificat d'adhesion - regime de prevoyance|Attestation d'affiliation|Releve annuel "
            "de situation",
        ).split("|")
    )
    caption(f, s, title, 1.5)
    write(f, s, dear(lg, None if to_co else e))
    write(
        f,
        s,
        tr(
            lg,
            f"We write about {e.name}, member of your workplace pension scheme. ",
            f"fuer {mr(e, 'de')} bestaetigen wir folgende Vertragsdaten. ",
            f"Nous vous confirmons l'affiliation de {mr(e, 'fr')} aux garanties suivantes. ",
        )
        + prose(rng, lg, "money", 1, 2),
    )
    rows = [
        (tr(lg, "Member", "Versicherte Person", "Assure"), e.name),
        (
            tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
            date_text(e.born, lg, "short"),
        ),
        (
            tr(lg, "Start date", "Versicherungsbeginn", "Date d'effet"),
            date_text(date(d.year, d.month, 1), lg, "short"),
        ),
        (
            tr(lg, "Employee contribution", "Beitrag Entgeltumwandlung", "Cotisation salariale"),
            f"{rng.choice([3, 4, 5, 6])} %"
            if lg != "de"
            else cash(rng.choice([100, 150, 200, 248]), lg),
        ),
        (
            tr(lg, "Employer contribution", "Arbeitgeberzuschuss", "Cotisation patronale"),
            f"{rng.choice([3, 4, 5, 7])} %" if lg != "de" else cash(rng.choice([15, 22.5, 30]), lg),
        ),
        (
            tr(lg, "Selected retirement age", "Rentenbeginn", "Regime"),
            str(rng.choice([65, 67, 68])) if lg != "fr" else "Non cadres - tranche 1",
        ),
    ]
    f.need(110)
    f.y = pairs(f.page, s, m + 10, f.y, rows, w - m - 40) + 8
    if rng.random() < 0.6:
        cols = columns(m, w - m, [(1, "left"), (1.3, "right"), (1.3, "right"), (1.3, "right")])
        data = []
        fund = rng.uniform(2000, 40000)
        for k in range(rng.randint(5, 14)):
            fund *= rng.uniform(1.03, 1.07)
            data.append(
                [
                    str(d.year + k * rng.choice([1, 5])),
                    money(fund, lg),
                    money(fund * 0.04, lg),
                    money(fund * 0.06, lg),
                ]
            )
        table(
            f,
            cols,
            tr(
                lg,
                "Year|Projected fund|Pension p.a. (low)|Pension p.a. (high)",
                "Jahr|Garantiertes Kapital|Rente mtl. garantiert|Rente mtl. prognostiziert",
                "Annee|Points acquis|Valeur du point|Montant annuel",
            ).split("|"),
            data,
            s,
            size=s.size - 1.5,
            shade=0.88,
        )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "money", 2, 3))
    regards(
        f,
        s,
        lg,
        hr_person("pension" + h.name),
        tr(lg, "Member Services", "Kundenservice bAV", "Service adherents"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        t = Page(s.page_size)
        t.text(
            m,
            m,
            tr(lg, "Important information", "Wichtige Hinweise", "Informations importantes"),
            s.bold,
            s.size + 2,
        )
        colw = (w - 2 * m - 16) / 2
        y = [m + 24.0, m + 24.0]
        col = 0
        for _ in range(rng.randint(10, 18)):
            txt = prose(rng, lg, "money", 1, 3)
            for ln in wrap(txt, s.font, 6.8, colw):
                if y[col] > hh - m - 10:
                    col = 1
                    if y[1] > hh - m - 10:
                        break
                t.text(m + col * (colw + 16), y[col], ln, s.font, 6.8)
                y[col] += 8.6
            y[col] += 5
        pages.append(t)
    return pages


def tpl_health_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """A health insurer's paper about one employee: the Krankenkasse's membership certificate
    or its request for the pay certificate for sick pay (with the employer's section on a
    second page), the private medical scheme's joiner or leaver confirmation, the mutuelle's
    certificate of cover or of cancellation."""
    h = head_of(who, "insurer", ["logo", "band", "split", "centred"])
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    e = worker(rng)
    d = on(rng)
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        hr_lines(lg),
        d,
        [
            (
                tr(lg, "Scheme no", "Betriebsnummer", "Contrat collectif"),
                serial(keyed(who, "scheme"), "99999999"),
            ),
            (tr(lg, "Member no", "Versicherten-Nr.", "N. adherent"), serial(rng, "A999999999")),
        ],
    )
    kind = (
        rng.choice(["member", "member", "request"])
        if lg == "de"
        else rng.choice(["join", "leave", "join"])
    )
    if kind == "request":
        caption(f, s, "Anforderung einer Entgeltbescheinigung zur Berechnung des Krankengeldes", 1)
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Membership " + ("confirmation" if kind == "join" else "cancellation"),
                "Mitgliedsbescheinigung zur Vorlage beim Arbeitgeber",
                "Attestation d'"
                + ("affiliation" if kind == "join" else "radiation")
                + " - complementaire sante",
            ),
            1,
        )
    rows = [
        (tr(lg, "Name", "Name, Vorname", "Nom, prenom"), e.name),
        (
            tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
            date_text(e.born, lg, "short"),
        ),
        (
            tr(lg, "Effective date", "Mitglied seit", "Date d'effet"),
            date_text(date(d.year, d.month, 1), lg, "short"),
        ),
        (
            tr(lg, "Level of cover", "Beitragsgruppe", "Formule"),
            tr(
                lg,
                rng.choice(["Employee only", "Employee + family"]),
                "1111",
                rng.choice(["Base", "Base + option 1"]),
            ),
        ),
    ]
    f.need(80)
    f.y = pairs(f.page, s, m + 10, f.y, rows, w - m - 60) + 8
    if kind == "request":
        write(
            f,
            s,
            f"fuer Ihre(n) Beschaeftigte(n) {mr(e, 'de')} zahlen wir ab "
            f"{date_text(d, 'de', 'short')} Krankengeld. "
            "Bitte uebermitteln Sie die Entgeltbescheinigung per DTA oder fuellen Sie den "
            "beigefuegten Vordruck aus.",
        )
    else:
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "money", 1, 3))
    regards(
        f,
        s,
        lg,
        hr_person("ins" + h.name),
        tr(lg, "Group Scheme Administration", "Ihr Firmenkundenservice", "Service entreprises"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if kind == "request":
        q = Page(A4)
        qs = style_of(h, A4, pt=8.5)
        y = 50.0
        q.text(qs.margin, y, "Entgeltbescheinigung - vom Arbeitgeber auszufuellen", qs.bold, 11)
        y += 20
        y = band(q, qs, y, "1. Angaben zum Beschaeftigungsverhaeltnis")
        y = fields(
            q,
            qs,
            qs.margin,
            y + 2,
            w - 2 * qs.margin,
            [
                ("Letzter Arbeitstag", date_text(d - timedelta(days=1), lg, "short")),
                ("Beschaeftigt seit", date_text(e.start, lg, "short")),
                ("Regelmaessige woechentliche Arbeitszeit", "35"),
                ("Arbeitstage pro Woche", "5"),
            ],
            per=2,
            tall=26,
            hand=True,
        )
        y = band(q, qs, y, "2. Arbeitsentgelt im Bemessungszeitraum")
        y = fields(
            q,
            qs,
            qs.margin,
            y + 2,
            w - 2 * qs.margin,
            [
                ("Brutto (letzter abgerechneter Monat)", money(e.rate, "de")),
                ("Netto", money(e.rate * 0.64, "de")),
                ("Einmalzahlungen letzte 12 Monate", money(rng.uniform(0, 3000), "de")),
                ("Bezahlte Stunden", "151,67"),
            ],
            per=2,
            tall=26,
            hand=True,
        )
        y = band(q, qs, y, "3. Entgeltfortzahlung")
        y = (
            ticks(
                q,
                qs,
                qs.margin,
                y + 6,
                w - 2 * qs.margin,
                ["Entgeltfortzahlung bis", "keine Entgeltfortzahlung", "Tarifvertrag"],
                {0},
                8.5,
            )
            + 20
        )
        sign_line(
            q,
            qs,
            qs.margin,
            y + 20,
            220,
            "Datum, Stempel und Unterschrift des Arbeitgebers",
            hr_person("payroll"),
            date_text(d + timedelta(days=3), lg, "short"),
        )
        pages.append(q)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DD: conduct, appraisal, leaving, health at work
# ---------------------------------------------------------------------------------------------


def tpl_disciplinary(rng: random.Random, who: Issuer) -> list[Page]:
    """A disciplinary letter: the English invitation to a hearing with the investigation
    notes and a witness statement enclosed, or its outcome (written warning); a German
    Abmahnung with the receipt slip; a French convocation or avertissement by registered mail."""
    h = employer()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    e = worker(rng)
    LAST["emp"] = e
    d = on(rng)
    incident = d - timedelta(days=rng.randint(3, 20))
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Private & confidential', 'Persoenlich / vertraulich', 'Confidentiel')}",
    )
    if lg == "fr":
        f.page.text(m, f.y, "LETTRE RECOMMANDEE AVEC ACCUSE DE RECEPTION", s.bold, s.size - 1)
        f.page.text(m, f.y + 12, f"N. {serial(rng, '1A 999 999 9999 9')}", s.font, s.size - 2)
        f.y += 30
    elif rng.random() < 0.6:
        f.page.text(
            m,
            f.y,
            tr(lg, "PRIVATE AND CONFIDENTIAL - BY HAND", "Persoenlich - per Boten", ""),
            s.bold,
            s.size - 1,
        )
        f.y += 18
    recipient(
        f,
        s,
        h,
        home_lines(e, lg),
        d,
        [(tr(lg, "Ref", "Zeichen", "Ref."), f"{initials(hr_person('mgr'))}/{e.no}")],
    )
    kind = (
        rng.choice(["invite", "invite", "warning"])
        if lg == "en"
        else rng.choice(["invite", "warning", "warning"])
    )
    title = {
        ("en", "invite"): "Invitation to a disciplinary hearing",
        ("en", "warning"): "Outcome of disciplinary hearing - first written warning",
        ("de", "invite"): "Einladung zum Personalgespraech / Anhoerung",
        ("de", "warning"): "Abmahnung",
        ("fr", "invite"): "Convocation a un entretien prealable a une sanction disciplinaire",
        ("fr", "warning"): "Notification d'un avertissement",
    }[(lg, kind)]
    caption(f, s, title, 2 if lg == "de" and kind == "warning" else 1)
    write(f, s, dear(lg, e))
    what = rng.choice(
        tr(
            lg,
            "failure to follow the lock-out procedure on machine|unauthorised absence from your "
            "workstation|"
            "repeated lateness|driving a forklift without a valid authorisation|use of a mobile "
            "phone on the shop floor",
            "Nichtbeachtung der Sicherheitsvorschriften an Maschine|unentschuldigtes Fehlen "
            "am|wiederholte Verspaetung|"
            "Fahren eines Staplers ohne Fahrauftrag|Nichttragen der Schutzausruestung",
            "non-respect des consignes de securite sur la machine|absence injustifiee le|retards "
            "repetes|"
            "conduite d'un chariot sans autorisation|non-port des EPI",
        ).split("|")
    )
    write(
        f,
        s,
        tr(
            lg,
            f"On {day(h, incident)} it is alleged that you were responsible for {what}. "
            + prose(rng, lg, "conduct", 1, 2),
            f"am {day(h, incident)} haben Sie folgende Pflichtverletzung begangen: {what}. "
            + prose(rng, lg, "conduct", 1, 2),
            f"Le {day(h, incident)}, nous avons constate les faits suivants : {what}. "
            + prose(rng, lg, "conduct", 1, 2),
        ),
    )
    if kind == "invite":
        when = d + timedelta(days=rng.randint(5, 10))
        write(
            f,
            s,
            tr(
                lg,
                f"The hearing will take place on {day(h, when)} at {rng.randint(9, 15)}:00 in the "
                "conference room. You have the right to be "
                "accompanied by a work colleague or a trade union representative.",
                f"Wir laden Sie zu einem Gespraech am {day(h, when)} um {rng.randint(9, 15)}:00 "
                "Uhr ein. Sie koennen ein Mitglied des Betriebsrats hinzuziehen.",
                f"Nous vous convoquons a un entretien prealable le {day(h, when)} a "
                f"{rng.randint(9, 15)}h00. Vous pouvez vous faire assister "
                "par une personne de votre choix appartenant au personnel de l'entreprise.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "This warning will remain on your file for 12 months. You have the right to "
                "appeal within five working days.",
                "Wir fordern Sie hiermit auf, Ihre arbeitsvertraglichen Pflichten kuenftig genau "
                "einzuhalten. Im Wiederholungsfall muessen Sie "
                "mit arbeitsrechtlichen Konsequenzen bis hin zur Kuendigung rechnen. Eine Kopie "
                "dieser Abmahnung wird zur Personalakte genommen.",
                "Nous vous notifions par la presente un avertissement qui sera verse a votre "
                "dossier personnel.",
            ),
        )
    write(f, s, prose(rng, lg, "conduct", 1, 2))
    enclosed = lg == "en" and kind == "invite" and rng.random() < 0.6
    if enclosed:
        write(
            f,
            s,
            "Enc.: Investigation meeting notes; witness statement; Disciplinary Procedure "
            "(HR-P-03).",
            s.size - 1,
        )
    regards(f, s, lg, hr_person("mgr"), hr_role(lg, "mgr"))
    if lg == "de" and kind == "warning":
        f.need(90)
        dashes(f.page, m, w - m, f.y)
        f.y += 16
        f.page.text(m, f.y, "Empfangsbestaetigung", s.bold, s.size)
        f.y += 14
        write(f, s, f"Ich habe die Abmahnung vom {day(h, d)} erhalten.", s.size - 1)
        f.y += 20
        sign_line(
            f.page,
            s,
            m,
            f.y,
            220,
            "Datum, Unterschrift Arbeitnehmer",
            e.name if rng.random() < 0.7 else None,
            date_text(d, lg, "short"),
        )
        f.y += 20
    pages = close(f.pages, s, h, numbers=rng.choice([h.numbers, "none"]))
    if enclosed:
        q = Page(A4)
        qs = style_of(h, A4, margin=50, pt=9)
        q.text(50, 50, "INVESTIGATION MEETING - NOTES", "Helvetica-Bold", 12)
        y = fields(
            q,
            qs,
            50,
            62,
            A4[0] - 100,
            [
                ("Employee", e.name),
                ("Date", date_text(incident + timedelta(days=2), "en", "short")),
                ("Investigating officer", hr_person(e.dept)),
                ("Note taker", hr_person("notes")),
                ("Companion", rng.choice(["None", "Declined", hr_person("rep")])),
                ("Location", "Meeting room 2"),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        for k in range(rng.randint(6, 11)):
            if y > hh - 90:
                break
            for who_, txt in [
                ("Q", words(rng, "en", "conduct", rng.randint(6, 12)).rstrip(".") + "?"),
                ("A", words(rng, "en", "conduct", rng.randint(6, 18))),
            ]:
                for j, ln in enumerate(wrap(txt, "Courier", 8.5, A4[0] - 140)):
                    q.text(50, y, f"{who_}{k + 1}" if j == 0 else "", "Courier-Bold", 8.5)
                    q.text(86, y, ln, "Courier", 8.5)
                    y += 11
                y += 3
        q.text(50, hh - 60, "Signed as a true record:", "Helvetica", 8)
        sign(q, 170, hh - 58, e.name, 12)
        sign(q, 330, hh - 58, hr_person(e.dept), 12)
        pages.append(q)
        if rng.random() < 0.35:
            ph = Page(A4)
            ph.text(
                50,
                50,
                "Photographs taken on " + date_text(incident, "en", "short"),
                "Helvetica-Bold",
                11,
            )
            y = 70.0
            for k in range(rng.choice([2, 2, 3])):
                photo_sheet(ph, 80, y, A4[0] - 160, 200, rng)
                ph.text(
                    80, y + 214, f"Photo {k + 1}: " + words(rng, "en", "conduct", 6), "Helvetica", 8
                )
                y += 240
            pages.append(ph)
        if rng.random() < 0.6:
            ws = Page(A4)
            ws.text(50, 50, "WITNESS STATEMENT", "Helvetica-Bold", 12)
            wit = worker(rng)
            ws.text(50, 70, f"Name: {wit.name}     Dept: {wit.dept}", "Helvetica", 9)
            y = ruled(
                ws,
                50,
                100,
                A4[0] - 100,
                rng.randint(14, 26),
                rng,
                "en",
                "conduct",
                fill=0.85,
                gap=19,
            )
            ws.text(50, y + 20, "I confirm this statement is true.", "Helvetica", 8)
            sign(ws, 220, y + 22, wit.name, 12)
            pages.append(ws)
    return pages


APPRAISE = {
    "en": [
        "Quality of work",
        "Productivity / output",
        "Health and safety awareness",
        "Attendance and timekeeping",
        "Teamwork",
        "Flexibility",
        "Technical knowledge",
        "Initiative",
        "Communication",
    ],
    "de": [
        "Arbeitsqualitaet",
        "Arbeitsmenge",
        "Arbeitssicherheit",
        "Zusammenarbeit",
        "Flexibilitaet",
        "Fachkenntnisse",
        "Eigeninitiative",
        "Zuverlaessigkeit",
    ],
    "fr": [
        "Qualite du travail",
        "Productivite",
        "Respect des regles de securite",
        "Ponctualite",
        "Travail en equipe",
        "Polyvalence",
        "Connaissances techniques",
        "Autonomie",
    ],
}


def tpl_appraisal(rng: random.Random, who: Issuer) -> list[Page]:
    """The annual appraisal form over two to four pages: details, a rating grid ticked by
    hand, last year's objectives and the new ones, training needs, comments, signatures;
    'Page i of n' with the form number."""
    h = employer()
    lg = h.lang
    s = style_of(h, pt=9)
    w, _hh = s.page_size
    m = s.margin
    e = worker(rng)
    LAST["emp"] = e
    d = on(rng)
    title = tr(
        lg,
        "ANNUAL PERFORMANCE REVIEW",
        "Mitarbeiterjahresgespraech - Beurteilungsbogen",
        "ENTRETIEN ANNUEL D'EVALUATION",
    )
    f = sheets(s, h, f"{title} - {e.name} - {d.year}")
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Mitarbeiter/in", "Salarie"), e.name),
            (tr(lg, "Job title", "Taetigkeit", "Poste"), e.job),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (tr(lg, "Reviewer", "Beurteilende/r", "Evaluateur"), hr_person(e.dept)),
            (tr(lg, "Review period", "Beurteilungszeitraum", "Periode"), f"{d.year - 1}/{d.year}"),
            (tr(lg, "Date of meeting", "Gespraechsdatum", "Date"), date_text(d, lg, "short")),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.heading(
        m,
        tr(
            lg, "1. Performance ratings", "1. Leistungsbeurteilung", "1. Evaluation des competences"
        ),
        s.bold,
        s.size + 1,
    )
    scale = tr(
        lg, "1|2|3|4|5", "A|B|C|D|E", "Insuff.|A ameliorer|Conforme|Superieur|Excellent"
    ).split("|")
    cw = 46 if lg != "fr" else 52
    x0 = w - m - cw * len(scale)
    for k, t in enumerate(scale):
        f.page.text(x0 + k * cw + cw / 2, f.y, t, s.bold, 7, "center")
    f.y += 12
    for crit in APPRAISE[lg]:
        f.need(20)
        f.page.rect(m, f.y - 11, w - 2 * m, 18)
        f.page.text(m + 4, f.y + 1, crit, s.font, 8.5)
        pick = rng.choice([1, 2, 2, 3, 3, 3, 4])
        for k in range(len(scale)):
            f.page.line(x0 + k * cw, f.y - 11, x0 + k * cw, f.y + 7)
            if k == pick:
                f.page.text(x0 + k * cw + cw / 2, f.y + 2, "X", HAND, 11, "center")
        f.y += 18
    if lg == "de":
        f.page.text(
            m,
            f.y + 6,
            f"Leistungszulage nach ERA: {rng.randint(8, 24)} Punkte = {rng.randint(4, 14)} %",
            HAND,
            10,
        )
        f.y += 22
    f.y += 8
    f.heading(m, tr(lg, "2. Objectives", "2. Zielvereinbarung", "2. Objectifs"), s.bold, s.size + 1)
    cols = columns(m, w - m, [(4, "left"), (1.2, "center"), (1.4, "left")])
    rows = [
        [
            words(rng, lg, "work", rng.randint(4, 8)),
            rng.choice(
                tr(
                    lg,
                    "Met|Part met|Not met",
                    "erreicht|teilweise|nicht erreicht",
                    "Atteint|Partiel|Non atteint",
                ).split("|")
            ),
            date_text(d + timedelta(days=rng.randint(60, 330)), lg, "short"),
        ]
        for _ in range(rng.randint(3, 7))
    ]
    table(
        f,
        cols,
        tr(
            lg, "Objective|Result|Review date", "Ziel|Ergebnis|Termin", "Objectif|Resultat|Echeance"
        ).split("|"),
        rows,
        s,
        size=8.5,
        rules=True,
        step=2.0,
    )
    f.heading(
        m,
        tr(lg, "3. Training and development", "3. Qualifizierung", "3. Besoins en formation"),
        s.bold,
        s.size + 1,
    )
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(
                lg,
                "Forklift refresher|First aid|Lean / 5S|NVQ|Team leader course|None",
                "Staplerschein "
                "Auffrischung|Ersthelfer|KVP-Workshop|SPS-Lehrgang|Meisterkurs|keiner",
                "Recyclage CACES|SST|Lean|Habilitation electrique|Management|Aucun",
            ).split("|"),
            set(rng.sample(range(6), rng.randint(1, 2))),
            8.5,
        )
        + 6
    )
    for cap in tr(
        lg,
        "4. Reviewer's comments|5. Employee's comments",
        "4. Bemerkungen der Fuehrungskraft|5. Stellungnahme Mitarbeiter/in",
        "4. Commentaires de l'evaluateur|5. Commentaires du salarie",
    ).split("|"):
        f.need(110)
        f.heading(m, cap, s.bold, s.size + 1)
        f.y = (
            ruled(
                f.page,
                m,
                f.y + 6,
                w - 2 * m,
                rng.randint(3, 6),
                rng,
                lg,
                "work",
                fill=rng.choice([0.3, 0.6, 0.9]),
            )
            + 6
        )
    f.need(70)
    f.y += 24
    half = (w - 2 * m) / 2 - 20
    sign_line(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(lg, "Employee", "Mitarbeiter/in", "Salarie"),
        e.name,
        date_text(d, lg, "short"),
    )
    sign_line(
        f.page,
        s,
        m + half + 40,
        f.y,
        half,
        tr(lg, "Reviewer", "Fuehrungskraft", "Evaluateur"),
        hr_person(e.dept),
        date_text(d, lg, "short"),
    )
    code = tr(lg, "HR-F-15 Appraisal v3", "PE-05 Stand 2023", "RH-F-EAE-02")
    for p in f.pages:
        form_code(p, s, code)
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_resignation(rng: random.Random, who: Issuer) -> list[Page]:
    """An employee's resignation: handwritten on lined A4 or A5 pad paper, or typed on plain
    paper; the HR received stamp and a note by hand."""
    lg = home()
    e = worker(rng)
    LAST["emp"] = e
    d = on(rng)
    handwritten = rng.random() < 0.5
    size = A5 if handwritten and rng.random() < 0.5 else A4
    p = Page(size)
    w, hh = size
    m = 40 if size == A5 else 64
    font = HAND if handwritten else rng.choice(["Helvetica", "Times-Roman", "Courier"])
    pt = 10.5 if handwritten else 11
    step = 19.0 if handwritten else pt * 1.45
    if handwritten:
        yy = 70.0
        while yy < hh - 30:
            p.line(20, yy + 4, w - 20, yy + 4)
            yy += step
        p.line(52 if size == A4 else 34, 20, 52 if size == A4 else 34, hh - 20)
    y = 70.0 if handwritten else 80.0
    for t in [e.name, e.street, e.town]:
        p.text(w - m, y, t, font, pt, "right")
        y += step
    y += step if handwritten else step * 0.5
    co = employer()
    for t in [co.name, co.dept, co.street, co.town]:
        p.text(m, y, fit(t, font, pt, w / 2), font, pt)
        y += step
    y += step if handwritten else step * 0.5
    p.text(
        w - m,
        y,
        f"{e.town.split()[-1] if lg != 'en' else ''} "
        f"{date_text(d, lg, 'short' if handwritten else 'long')}".strip(),
        font,
        pt,
        "right",
    )
    y += step * 2 if handwritten else step * 1.5
    subj = tr(lg, "Resignation", "Kuendigung meines Arbeitsverhaeltnisses", "Lettre de demission")
    bold = {
        "Helvetica": "Helvetica-Bold",
        "Times-Roman": "Times-Bold",
        "Courier": "Courier-Bold",
    }.get(font, font)
    p.text(m, y, subj, bold, pt)
    y += step * 2 if handwritten else step * 1.5
    end = d + timedelta(days=rng.choice([7, 28, 30, 31, 60]))
    body = [
        dear(lg, None),
        tr(
            lg,
            f"Please accept this letter as notice of my resignation from my position as {e.job}. "
            f"My last day of work will be {date_text(end, lg, 'long')}.",
            "hiermit kuendige ich mein Arbeitsverhaeltnis fristgerecht zum "
            f"{date_text(end, lg, 'short')}, hilfsweise zum naechstmoeglichen Termin. "
            "Bitte bestaetigen Sie mir den Erhalt und das Beendigungsdatum schriftlich.",
            "Par la presente, je vous informe de ma decision de demissionner de mon poste de "
            f"{e.job}. Mon preavis prendra fin le {date_text(end, lg, 'short')}.",
        ),
        tr(
            lg,
            "Thank you for the opportunities I have had during my time here.",
            "Ich bitte um ein qualifiziertes Arbeitszeugnis.",
            "Je vous prie de bien vouloir me remettre mon certificat de travail et mon solde de "
            "tout compte.",
        ),
        tr(
            lg,
            "Yours faithfully,",
            "Mit freundlichen Gruessen",
            "Veuillez agreer, Madame, Monsieur, mes salutations distinguees.",
        ),
    ]
    for para in body:
        for ln in wrap(para, font, pt, w - 2 * m):
            p.text(m, y, ln, font, pt)
            y += step
        y += 0 if handwritten else step * 0.3
    sign(p, m, y + step, e.name)
    p.text(m, y + step * 2, e.name, font, pt)
    if rng.random() < 0.75:
        stamp(
            p,
            w - 190,
            y + step * 3 if rng.random() < 0.5 else 16,
            got(d + timedelta(days=rng.randint(0, 2))),
        )
    if rng.random() < 0.5:
        scribble(
            p,
            w - 170,
            hh - 40,
            tr(lg, "cc payroll / leaver form", "Kopie Lohnbuero", "copie paie"),
            9,
        )
    return [p]


def tpl_leaver_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The leaver checklist: reason for leaving, items returned (badge, keys, PPE, tools),
    sign-off by department, final pay; sometimes the exit interview questionnaire on a
    second page."""
    h = employer()
    lg = h.lang
    s = style_of(h, pt=9)
    w, _hh = s.page_size
    m = s.margin
    e = follow_emp(rng, ("resignation",))
    LAST["emp"] = e
    d = on(rng)
    f = sheets(s, h, tr(lg, "Leaver form", "Austritt", "Fiche de sortie") + f" - {e.name}")
    caption(
        f,
        s,
        tr(
            lg,
            "LEAVER NOTIFICATION AND CHECKLIST",
            "Austrittsmeldung / Checkliste Austritt",
            "FICHE DE SORTIE DU SALARIE",
        ),
        3,
    )
    last = d + timedelta(days=rng.randint(5, 40))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prenom"), e.name),
            (tr(lg, "Works no.", "Pers.-Nr.", "Matricule"), e.no),
            (tr(lg, "Department", "Abteilung", "Service"), e.dept),
            (tr(lg, "Start date", "Eintritt", "Date d'entree"), date_text(e.start, lg, "short")),
            (
                tr(lg, "Last working day", "Letzter Arbeitstag", "Dernier jour travaille"),
                date_text(last, lg, "short"),
            ),
            (
                tr(lg, "Holiday outstanding (days)", "Resturlaub (Tage)", "Conges restants"),
                str(rng.randint(0, 18)),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.6,
    )
    f.page.text(
        m, f.y, tr(lg, "Reason for leaving", "Austrittsgrund", "Motif de depart"), s.bold, 9
    )
    f.y += 14
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(
                lg,
                "Resignation|Dismissal|End of fixed term|Retirement|Redundancy|Other",
                "Eigenkuendigung|Arbeitgeberkuendigung|Befristung|Rente|Aufhebungsvertrag|Sonstiges",
                "Demission|Licenciement|Fin de CDD|Retraite|Rupture conventionnelle|Autre",
            ).split("|"),
            {0 if LAST["kind"] == "resignation" else rng.randrange(6)},
            8.5,
        )
        + 6
    )
    f.page.text(m, f.y, tr(lg, "Items returned", "Rueckgabe", "Materiel restitue"), s.bold, 9)
    f.y += 18
    items = tr(
        lg,
        "ID / clock card|Locker key|Safety boots|Overalls|Hand tools|Ear defenders|Fuel "
        "card|Laptop / phone",
        "Werksausweis|Spindschluessel|Sicherheitsschuhe|Arbeitskleidung|Werkzeug|Schluessel|Tankkarte|Handy",
        "Badge|Cle de vestiaire|Chaussures de securite|Tenues|Outillage|Casque|Carte "
        "carburant|Telephone",
    ).split("|")
    cols = columns(m, w - m, [(3, "left"), (1, "center"), (1, "center"), (2, "left")])
    rows = [
        [
            it,
            "X" if rng.random() < 0.75 else "",
            "" if rng.random() < 0.8 else "X",
            rng.choice(["", "", date_text(last, lg, "short")]),
        ]
        for it in rng.sample(items, rng.randint(4, 8))
    ]
    table(
        f,
        cols,
        tr(
            lg,
            "Item|Returned|N/A|Date / initials",
            "Gegenstand|zurueck|entfaellt|Datum / Kuerzel",
            "Materiel|Rendu|Sans objet|Date / visa",
        ).split("|"),
        rows,
        s,
        size=8.5,
        rules=True,
        step=1.9,
    )
    f.y += 4
    f.page.text(
        m,
        f.y,
        tr(lg, "Department sign-off", "Abmeldung Abteilungen", "Visas des services"),
        s.bold,
        9,
    )
    f.y += 14
    depts = tr(
        lg,
        "Line manager|Stores|IT|Payroll|Health & Safety",
        "Vorgesetzter|Lager|IT|Lohnbuero|Arbeitssicherheit",
        "Responsable|Magasin|Informatique|Paie|Securite",
    ).split("|")
    cw = (w - 2 * m) / len(depts)
    f.need(50)
    for k, t in enumerate(depts):
        f.page.rect(m + k * cw, f.y - 10, cw, 40)
        f.page.text(m + k * cw + 3, f.y - 1, t, s.font, 6.5)
        if rng.random() < 0.8:
            sign(f.page, m + k * cw + 2, f.y + 22, hr_person(t), 10)
    f.y += 44
    if lg == "en":
        f.y = ticks(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            ["P45 issued", "Final pay calculated", "Pension provider notified"],
            set(rng.sample(range(3), rng.randint(1, 3))),
            8.5,
        )
    elif lg == "de":
        f.y = ticks(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            ["Abmeldung Krankenkasse", "Arbeitszeugnis erstellt", "Arbeitsbescheinigung BA"],
            set(rng.sample(range(3), rng.randint(1, 3))),
            8.5,
        )
    else:
        f.y = ticks(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            ["Certificat de travail", "Attestation France Travail", "Solde de tout compte"],
            set(rng.sample(range(3), rng.randint(1, 3))),
            8.5,
        )
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Exit interview (optional, confidential)",
                "Austrittsgespraech (freiwillig)",
                "Entretien de sortie (facultatif)",
            ),
            1.5,
        )
        for q in tr(
            lg,
            "Main reason for leaving|Relationship with your supervisor|Training received|Pay and "
            "benefits|Would you recommend us as an employer?",
            "Hauptgrund fuer den Wechsel|Verhaeltnis zum Vorgesetzten|Einarbeitung und "
            "Weiterbildung|Verguetung|Wuerden Sie uns weiterempfehlen?",
            "Raison principale du depart|Relations avec la hierarchie|Formation "
            "recue|Remuneration|Recommanderiez-vous l'entreprise ?",
        ).split("|"):
            f.need(60)
            f.page.text(m, f.y, q, s.font, 9)
            f.y += 6
            f.y = ticks(
                f.page,
                s,
                m + 10,
                f.y + 10,
                w - 2 * m,
                tr(
                    lg,
                    "Very good|Good|Fair|Poor",
                    "sehr gut|gut|mittel|schlecht",
                    "Tres bien|Bien|Moyen|Insuffisant",
                ).split("|"),
                {rng.randrange(4)},
                8,
            )
            f.y = ruled(f.page, m, f.y + 4, w - 2 * m, 2, rng, lg, "work", fill=0.5) + 4
    return close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}"]))


def tpl_reference(rng: random.Random, who: Issuer) -> list[Page]:
    """The employer's reference: a German Arbeitszeugnis over one or two pages, a French
    certificat de travail, an English factual reference (to the employee or to another
    employer)."""
    h = employer()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    e = follow_emp(rng, ("leaver_form", "resignation"))
    d = on(rng)
    end = d - timedelta(days=rng.randint(0, 10))
    f = sheets(s, h, f"{tr(lg, 'Reference', 'Arbeitszeugnis', 'Certificat de travail')} {e.name}")
    if lg == "en" and rng.random() < 0.5:
        recipient(
            f,
            s,
            h,
            [rng.choice(PREVIOUS["en"])[0], "HR Department", rng.choice(PREVIOUS["en"])[3]],
            d,
            [("Your ref", serial(rng, "REF/9999"))],
        )
        caption(f, s, f"Reference request - {e.name}", 1)
        write(f, s, dear(lg, None))
    else:
        f.y += 40
        caption(
            f,
            s,
            tr(
                lg,
                "TO WHOM IT MAY CONCERN",
                "Arbeitszeugnis" if rng.random() < 0.8 else "Qualifiziertes Arbeitszeugnis",
                "CERTIFICAT DE TRAVAIL",
            ),
            5,
            centre=True,
        )
        f.y += 12
    if lg == "fr":
        write(
            f,
            s,
            f"Je soussigne(e), {hr_person('md')}, {hr_role(lg, 'md')} de la societe {h.name}, "
            f"certifie que {mr(e, lg)}, "
            f"demeurant {e.street}, {e.town}, a ete employe(e) dans notre entreprise du "
            f"{date_text(e.start, lg, 'short')} au "
            f"{date_text(end, lg, 'short')} en qualite de {e.job}, {e.grade}.",
        )
        write(f, s, f"{mr(e, lg)} nous quitte libre de tout engagement.")
        write(f, s, "Le present certificat est delivre pour servir et valoir ce que de droit.")
        f.y += 10
        f.page.text(m, f.y, f"Fait a {h.town.split()[-1]}, le {day(h, d)}", s.font, s.size)
        f.y += 40
        sign(f.page, w / 2, f.y - 6, hr_person("md"))
        f.page.text(w / 2, f.y + 8, f"{hr_person('md')}, {hr_role(lg, 'md')}", s.font, s.size - 1)
        f.y += 30
    elif lg == "de":
        write(
            f,
            s,
            f"{mr(e, lg)}, geboren am {date_text(e.born, lg, 'short')}, war vom "
            f"{date_text(e.start, lg, 'short')} bis zum "
            f"{date_text(end, lg, 'short')} in unserem Unternehmen als {e.job} in der Abteilung "
            f"{e.dept} beschaeftigt.",
        )
        write(f, s, f"Die {h.name} " + prose(rng, lg, "work", 1, 2))
        for _ in range(rng.randint(3, 7)):
            write(f, s, prose(rng, lg, "work", 2, 4))
        write(
            f,
            s,
            f"{'Herr' if e.male else 'Frau'} {e.last} verlaesst uns auf eigenen Wunsch. Wir "
            "bedauern diese Entscheidung, "
            "danken fuer die stets gute Zusammenarbeit und wuenschen fuer die berufliche und "
            "private Zukunft alles Gute.",
        )
        f.need(80)
        f.y += 10
        f.page.text(m, f.y, f"{h.town.split()[-1]}, {day(h, end)}", s.font, s.size)
        f.y += 40
        sign(f.page, m, f.y - 6, hr_person("md"))
        sign(f.page, w / 2, f.y - 6, hr_person("mgr"))
        f.page.text(m, f.y + 8, f"{hr_person('md')}, {hr_role(lg, 'md')}", s.font, s.size - 1)
        f.page.text(w / 2, f.y + 8, f"{hr_person('mgr')}, {hr_role(lg, 'mgr')}", s.font, s.size - 1)
        f.y += 30
    else:
        write(
            f,
            s,
            f"We confirm that {e.name} was employed by {h.name} from {day(h, e.start)} to "
            f"{day(h, end)} as {e.job}. "
            f"{rng.choice(['His', 'Her'])} reason for leaving was "
            f"{rng.choice(['resignation', 'resignation', 'end of contract', 'redundancy'])}.",
        )
        if rng.random() < 0.5:
            write(
                f,
                s,
                "It is company policy to provide factual references only. "
                + words(rng, lg, "work"),
            )
        else:
            write(f, s, prose(rng, lg, "work", 2, 3))
        write(f, s, f"Days of sickness absence in the last two years: {rng.randint(0, 14)}.")
        regards(f, s, lg, hr_person("mgr"), hr_role(lg, "mgr"), formal=True)
    return close(f.pages, s, h, numbers=rng.choice(["none", "2:- {i} -" if lg == "de" else "none"]))


def tpl_occ_health(rng: random.Random, who: Issuer) -> list[Page]:
    """Occupational health: the English management referral report over two or three pages
    (fitness, recommendations, questions answered), the German Vorsorgebescheinigung
    (arbeitsmedizinische Vorsorge) or the French attestation de suivi / avis d'aptitude."""
    h = head_of(who, "occhealth", ["logo", "split", "centred"])
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    e = follow_emp(rng, ("return_to_work", "sick_note"))
    d = on(rng)
    doc = doctor_name(h, lg)
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Medical in confidence', 'Vertraulich', 'Confidentiel')} - {e.name}",
    )
    if lg == "en":
        recipient(
            f,
            s,
            h,
            hr_lines(lg, f"FAO {hr_person('mgr')}"),
            d,
            [("Case no", serial(rng, "OH99999")), ("Employee", e.name)],
        )
        caption(f, s, "Occupational Health Report - Management Referral", 1.5)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Employee", f"{e.name}, {e.job}"),
                    ("Date of birth", date_text(e.born, lg, "short")),
                    ("Seen on", date_text(d - timedelta(days=rng.randint(1, 6)), lg, "short")),
                    (
                        "Consent to release",
                        "Given - report seen before release" if rng.random() < 0.5 else "Given",
                    ),
                ],
                w - m,
            )
            + 8
        )
        for head_ in ["Background", "Current health", "Fitness for work"]:
            f.heading(m, head_, s.bold, s.size + 0.5)
            write(f, s, prose(rng, lg, "health", 2, 4))
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    "Fit for normal duties",
                    "Fit with adjustments",
                    "Temporarily unfit",
                    "Review required",
                ],
                {rng.randrange(4)},
                8.5,
            )
            + 6
        )
        f.heading(m, "Your questions answered", s.bold, s.size + 0.5)
        numbered(
            f,
            s,
            [
                words(rng, lg, "health", 8).rstrip(".") + "? " + prose(rng, lg, "health", 1, 3)
                for _ in range(rng.randint(3, 6))
            ],
            s.size - 0.5,
            "Q{k}",
        )
        f.heading(m, "Recommendations", s.bold, s.size + 0.5)
        numbered(
            f,
            s,
            [words(rng, lg, "health", 12) for _ in range(rng.randint(2, 5))],
            s.size - 0.5,
            "-",
        )
        regards(f, s, lg, doc, "Occupational Health Physician, MFOM")
        return close(f.pages, s, h, numbers="Page {i} of {n}")
    size = A4 if rng.random() < 0.7 else A5
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    f = sheets(s, h)
    if lg == "de":
        caption(f, s, "Bescheinigung ueber arbeitsmedizinische Vorsorge", 2)
        write(
            f,
            s,
            "nach \u00a7 6 Abs. 3 Nr. 3 ArbMedVV - zur Vorlage beim Arbeitgeber (ohne Befunde und "
            "Diagnosen)",
            s.size - 1.5,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 4,
                [
                    ("Name, Vorname", f"{e.last}, {e.first}"),
                    ("Geburtsdatum", date_text(e.born, lg, "short")),
                    ("Arbeitgeber", employer().name),
                    ("Taetigkeit", e.job),
                ],
                w - m,
            )
            + 8
        )
        f.page.text(m, f.y, "Art der Vorsorge:", s.bold, s.size)
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y + 14,
                w - 2 * m,
                ["Pflichtvorsorge", "Angebotsvorsorge", "Wunschvorsorge"],
                {rng.randrange(2)},
                8.5,
            )
            + 2
        )
        f.page.text(m, f.y, "Anlass:", s.bold, s.size)
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y + 14,
                w - 2 * m,
                [
                    "Laerm",
                    "Taetigkeiten mit Atemschutz (Gr. 2)",
                    "Hitzearbeit",
                    "Schweissrauche",
                    "Bildschirmarbeit",
                    "Fahr-, Steuer- und Ueberwachungstaetigkeit",
                ],
                set(rng.sample(range(6), rng.randint(1, 3))),
                8.5,
            )
            + 2
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 4,
                [
                    ("Datum der Vorsorge", date_text(d, lg, "short")),
                    (
                        "Naechster Vorsorgetermin",
                        date_text(d.replace(year=d.year + rng.choice([1, 2, 3])), lg, "short"),
                    ),
                ],
                w - m,
            )
            + 10
        )
    else:
        caption(
            f,
            s,
            rng.choice(["Attestation de suivi individuel de l'etat de sante", "Avis d'aptitude"]),
            2,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 4,
                [
                    ("Salarie", f"{e.last.upper()} {e.first}"),
                    ("Ne(e) le", date_text(e.born, lg, "short")),
                    ("Employeur", employer().name),
                    ("Poste", e.job),
                ],
                w - m,
            )
            + 8
        )
        f.y = (
            ticks(
                f.page,
                s,
                m,
                f.y,
                w - 2 * m,
                [
                    "Visite d'information et de prevention",
                    "Visite de reprise",
                    "Visite periodique",
                    "Visite a la demande",
                ],
                {rng.randrange(4)},
                8.5,
            )
            + 4
        )
        write(
            f,
            s,
            "Propositions et preconisations du medecin du travail : "
            + words(rng, lg, "health", 12),
            s.size - 0.5,
        )
        f.y = ruled(f.page, m, f.y + 4, w - 2 * m, 3, rng, lg, "health", fill=0.7) + 6
        write(
            f,
            s,
            "Prochaine visite au plus tard le "
            f"{date_text(d.replace(year=d.year + 2), lg, 'short')}.",
            s.size - 0.5,
        )
        write(
            f,
            s,
            "Cet avis peut faire l'objet d'un recours devant le conseil de prud'hommes dans un "
            "delai de 15 jours.",
            s.size - 2,
        )
    f.need(70)
    f.y += 20
    doc_stamp(f.page, w - m - 170, f.y - 10, h, lg)
    sign(f.page, m, f.y + 20, doc)
    f.page.text(
        m,
        f.y + 34,
        doc + tr(lg, "", ", Facharzt fuer Arbeitsmedizin", ", medecin du travail"),
        s.font,
        s.size - 1,
    )
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same person."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "application": tpl_application,
    "applicant_reply": tpl_applicant_reply,
    "contract": tpl_contract,
    "amendment": tpl_amendment,
    "payslip": tpl_payslip,
    "payroll_summary": tpl_payroll_summary,
    "sick_note": tpl_sick_note,
    "return_to_work": tpl_return_to_work,
    "holiday_request": tpl_holiday_request,
    "timesheet": tpl_timesheet,
    "training_cert": tpl_training_cert,
    "works_council": tpl_works_council,
    "pension_letter": tpl_pension_letter,
    "health_insurance": tpl_health_insurance,
    "disciplinary": tpl_disciplinary,
    "appraisal": tpl_appraisal,
    "resignation": tpl_resignation,
    "leaver_form": tpl_leaver_form,
    "reference": tpl_reference,
    "occ_health": tpl_occ_health,
}
TEMPLATES_DD: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "payslip",
    "sick_note",
    "holiday_request",
    "timesheet",
    "training_cert",
    "health_insurance",
    "applicant_reply",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "application": "applicant_reply",
    "sick_note": "return_to_work",
    "resignation": "leaver_form",
    "leaver_form": "reference",
    "disciplinary": "works_council",
    "contract": "pension_letter",
    "appraisal": "amendment",
    "payslip": "payroll_summary",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_drawer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One HR department's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.5) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The plant
    (country, company, staff, payroll month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    OFFICE["lang"] = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["co"] = r.randrange(2)
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    OFFICE["staff"] = [an_emp(r, home(), k) for k in range(r.randint(40, 90))]
    LAST.update(kind="", emp=None, applicant=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_DD, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_drawer_stream, "templates DD")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

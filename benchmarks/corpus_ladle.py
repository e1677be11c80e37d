"""Ladle part of the generated corpus: templates RRR, written blind for the next measurement.

A part of its own, ``ladle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent driving school (the owner-instructor, three instructors and a part-time office
assistant; in England, Germany or France) feeds through its scanner in a month: the school's
pupil contracts (pupil agreement, Ausbildungsvertrag nach § 18 FahrlG, contrat de formation with
the évaluation de départ) with the price list annex and the terms pages; pupils' lesson booking
forms on A5, filled in by hand with the availability grid, sometimes with a copy of the
provisional licence stapled behind; the school's lesson block invoices with the lesson log;
receipts from the school's receipt book or its card terminal, on slips and A6; driving test
booking confirmations (a DVSA booking e-mail printed from the browser, a TÜV or DEKRA
Prüfungsterminbestätigung listing the school's candidates, a RdvPermis bordereau with the
candidates' NEPH numbers) with the notes page behind; theory test results (a DVSA pass letter,
a TÜV or DEKRA Ergebnismitteilung slip, a relevé de résultat of the ETG); practical test
reports (a DL25 marking sheet with the notes on the back, a Prüfungsprotokoll, a grille
d'évaluation); instructor registration certificates with the registrar's covering letter (an
ADI certificate, a Fahrlehrerlaubnis, a préfecture's arrêté for the autorisation d'enseigner);
standards check and supervision reports (an ADI standards check report, a Niederschrift über
die Fahrschulüberwachung, a rapport de contrôle) with their scoring grids; dual-control car
leasing agreements with the vehicle schedule, the equipment schedule, the terms pages, the
signature page and a direct debit mandate; dual-control fitters' invoices with the fitting
certificate; motor fleet insurance schedules from the broker or insurer with the covering
letter, the vehicle list on a landscape page, the endorsements and the certificate of
insurance; parents' consent forms for young pupils, some with a copy of the parent's identity
card; opticians' eye test certificates (Sehtestbescheinigung) on A5 or A6; first aid course
certificates (Erste-Hilfe-Bescheinigung, PSC1, emergency first aid at work) on landscape paper;
the school's pupil progress records (driver's record, Ausbildungsdiagrammkarte, livret
d'apprentissage) on landscape pages; the instructors' daily lesson records (Tagesnachweis,
feuille de route); pupils' and parents' complaints, typed or handwritten, and the school's
replies; and advertising invoices from the local paper or directory with the tear sheet of the
advertisement. Each stream is one school's pile: the school (country, name, month, instructors)
is drawn once per stream; its outside senders are of the school's country and write in its
language, except that the dual-control fitter, the leasing company, the first aid course
provider and now and then a complaining pupil are from abroad and write in their own. Page
sizes range from narrow card terminal slips, A6 and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the school files it: the
price list annex, the terms pages and the signature block of a pupil contract; the copy of the
provisional licence stapled to a booking form (the pupil handed both in together); the lesson
log page of an invoice; the notes page of a test booking and the back of a test report; the
covering letter of an instructor's certificate and of an insurance schedule; the scoring grid
and the action plan of a supervision report; the schedules, terms, signature page and mandate
of a leasing agreement; the fitting certificate of a fitter's invoice; the vehicle list,
endorsements and certificate of an insurance schedule; the copy of the parent's identity card
behind a consent form; the lesson log page of a progress record; the copy of the invoice a
complainant encloses; the tear sheet of an advertising invoice. Related papers are documents
of their own: the parent's consent form after the pupil contract, the invoice after a lesson
booking, the test booking after the theory result, the first aid certificate after the eye test
certificate (a pupil hands both in for the licence application), the fitter's invoice after a
leasing agreement, the school's reply after a complaint; and so is each invoice, receipt, test
booking, theory result, test report, eye test or first aid certificate, progress record and
daily record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: invoices, receipts, test bookings,
theory results, test reports, eye test and first aid certificates, progress records and daily
records often come 2-4 in a row from one sender for other pupils, days, numbers and amounts;
and companions: each related paper above often follows the document it answers, about the same
pupil or car. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "ladle"`` and seeds offset by 6_900_000.

Usage: ``python benchmarks/corpus_ladle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/ladle/ladle_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "ladle"
SEED_OFFSET = 6_900_000

MM = 72 / 25.4
SLIP = (80 * MM, 150 * MM)
A6 = (105 * MM, 148 * MM)
CARD = (86 * MM, 54 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the school and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SCHOOLS: dict[str, list[Row]] = {
    "en": [
        (
            "Roadcraft School of Motoring",
            "41 Mansfield Road",
            "Nottingham NG5 2BB",
            "0115 962 4410",
        ),
        ("Clearview Driving School", "7 Magdalen Street", "Norwich NR3 1LE", "01603 611 928"),
        (
            "Kingsway Driver Training",
            "Unit 3, 18 Sidwell Street",
            "Exeter EX4 6NN",
            "01392 430 577",
        ),
    ],
    "de": [
        ("Fahrschule Brinkmann", "Hammer Straße 112", "48153 Münster", "0251 78 44 20"),
        ("Fahrschule Kurvenreich GmbH", "Plochinger Straße 36", "73730 Esslingen", "0711 31 60 55"),
        ("Fahrschule am Ring", "Hohenzollernring 58", "50672 Köln", "0221 25 19 83"),
    ],
    "fr": [
        ("Auto-École Bellecour", "14 rue de la Charité", "69002 Lyon", "04 78 37 51 20"),
        ("Auto-École Saint-Michel", "52 cours Victor Hugo", "33000 Bordeaux", "05 56 91 14 38"),
        (
            "École de Conduite du Vieux-Lille",
            "9 rue de la Monnaie",
            "59800 Lille",
            "03 20 06 47 73",
        ),
    ],
}
TOWNS = {
    "en": [
        ["Nottingham NG5 1AP", "Arnold NG5 6LB", "Carlton NG4 3FP", "Beeston NG9 2JW"],
        ["Norwich NR2 3DS", "Wymondham NR18 0QA", "Taverham NR8 6SQ", "Norwich NR4 7TJ"],
        ["Exeter EX2 5AZ", "Exmouth EX8 1NT", "Topsham EX3 0HU", "Crediton EX17 3AH"],
    ],
    "de": [
        ["48143 Münster", "48165 Münster-Hiltrup", "48291 Telgte", "48161 Münster-Nienberge"],
        ["73728 Esslingen", "73760 Ostfildern", "73207 Plochingen", "73734 Esslingen-Berkheim"],
        ["50674 Köln", "50823 Köln-Ehrenfeld", "50937 Köln-Sülz", "51063 Köln-Mülheim"],
    ],
    "fr": [
        ["69003 Lyon", "69100 Villeurbanne", "69007 Lyon", "69500 Bron"],
        ["33000 Bordeaux", "33400 Talence", "33200 Bordeaux Caudéran", "33700 Mérignac"],
        ["59000 Lille", "59700 Marcq-en-Barœul", "59130 Lambersart", "59650 Villeneuve-d'Ascq"],
    ],
}
ROADS = {
    "en": ["Church Lane", "Victoria Street", "Beech Avenue", "Station Road", "Cavendish Close"],
    "de": ["Goethestraße", "Am Mühlbach", "Schillerweg", "Lindenstraße", "Kirchgasse"],
    "fr": ["rue Victor Hugo", "avenue Thiers", "rue des Tilleuls", "allée des Pins", "rue Pasteur"],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "testing": {
        "en": [
            (
                "Driver and Vehicle Standards Agency",
                "The Axis Building, 112 Upper Parliament St",
                "Nottingham NG1 6LP",
                "0300 200 1122",
            )
        ],
        "de": [
            (
                "TÜV SÜD Auto Service GmbH - Fahrerlaubnisprüfung",
                "Westendstraße 199",
                "80686 München",
                "",
            ),
            (
                "DEKRA Automobil GmbH - Fahrerlaubnisprüfung",
                "Handwerkstraße 15",
                "70565 Stuttgart",
                "",
            ),
            (
                "TÜV Rheinland Kraftfahrt GmbH - Prüfstelle Köln",
                "Am Grauen Stein",
                "51105 Köln",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture du Rhône - Bureau de l'éducation routière",
                "106 rue Pierre Corneille",
                "69003 Lyon",
                "",
            ),
            (
                "DDTM de la Gironde - Service éducation routière",
                "Cité administrative, rue Jules Ferry",
                "33090 Bordeaux",
                "",
            ),
            (
                "Préfecture du Nord - Pôle éducation routière",
                "12 rue Jean Sans Peur",
                "59000 Lille",
                "",
            ),
        ],
    },
    "theory": {
        "en": [("DVSA Theory Test Service", "PO Box 381", "Manchester M50 3UW", "0300 200 1122")],
        "de": [
            (
                "TÜV SÜD - Theoretische Fahrerlaubnisprüfung",
                "Westendstraße 199",
                "80686 München",
                "",
            ),
            ("DEKRA - Theoretische Prüfung", "Handwerkstraße 15", "70565 Stuttgart", ""),
        ],
        "fr": [
            ("La Poste Code - Centre d'examen", "9 rue du Colonel Pierre Avia", "75015 Paris", ""),
            ("SGS Examen du Code de la route", "29 avenue Aristide Briand", "94110 Arcueil", ""),
            ("Dekra Code", "34 rue Alexandre Dumas", "75011 Paris", ""),
        ],
    },
    "registrar": {
        "en": [
            (
                "DVSA - ADI Registrar",
                "The Axis Building, 112 Upper Parliament St",
                "Nottingham NG1 6LP",
                "0300 200 1122",
            )
        ],
        "de": [
            ("Stadt Münster - Straßenverkehrsamt", "Albersloher Weg 33", "48155 Münster", ""),
            (
                "Landratsamt Esslingen - Fahrerlaubnisbehörde",
                "Pulverwiesen 11",
                "73726 Esslingen",
                "",
            ),
            ("Stadt Köln - Amt für Straßen und Verkehr", "Ottmar-Pohl-Platz 1", "51103 Köln", ""),
        ],
        "fr": [
            (
                "Préfecture du Rhône - Direction de la citoyenneté",
                "18 rue de Bonnel",
                "69003 Lyon",
                "",
            ),
            (
                "Préfecture de la Gironde - DDTM",
                "2 esplanade Charles de Gaulle",
                "33077 Bordeaux",
                "",
            ),
            ("Préfecture du Nord - DDTM", "12 rue Jean Sans Peur", "59039 Lille", ""),
        ],
    },
    "lessor": {
        "en": [
            (
                "Dualdrive Tuition Car Leasing Ltd",
                "Lakeside House, Frimley Road",
                "Camberley GU16 7HF",
                "",
            ),
            (
                "Moorcroft Instructor Cars Ltd",
                "Moorcroft Park",
                "Wakefield WF2 0XR",
                "01924 822 600",
            ),
        ],
        "de": [
            ("Fahrschul-Leasing Nord GmbH", "Wandsbeker Chaussee 44", "22089 Hamburg", ""),
            ("AutoLeasing Süd für Fahrschulen GmbH", "Ingolstädter Straße 20", "80807 München", ""),
        ],
        "fr": [
            (
                "ECL Leasing Auto-Écoles SAS",
                "Parc d'activités des Chesnes",
                "38070 Saint-Quentin-Fallavier",
                "",
            ),
            ("Loc'École Financement SAS", "14 rue de Londres", "75009 Paris", "01 53 32 40 90"),
        ],
    },
    "fitter": {
        "en": [
            (
                "Dual Control Fitters UK Ltd",
                "Unit 12, Enterprise Park",
                "Leicester LE4 9HA",
                "0116 276 1402",
            ),
            ("Instructor Car Conversions", "Old Forge, Mill Lane", "Swindon SN5 4AB", ""),
        ],
        "de": [
            ("Doppelpedal-Technik Keller GmbH", "Gewerbering 8", "63796 Kahl am Main", ""),
            ("Fahrschulausrüstung Pfeiffer KG", "Industriestraße 27", "97076 Würzburg", ""),
        ],
        "fr": [
            ("Doubles Commandes Service SARL", "ZA du Moulin", "49130 Les Ponts-de-Cé", ""),
            ("Équipements Auto-École Martin", "15 rue de l'Industrie", "67400 Illkirch", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Tuition Motor Insurance Services Ltd",
                "Castle Chambers, 3 Castle Street",
                "Shrewsbury SY1 2AZ",
                "",
            ),
            ("Wessex Mutual Insurance plc", "Wessex House, Fore Street", "Taunton TA1 1HX", ""),
        ],
        "de": [
            ("Fahrlehrerversicherung VaG", "Mittlerer Pfad 5", "70499 Stuttgart", "0711 988 90"),
            ("Rheinland Versicherungs AG", "RheinLandplatz", "41460 Neuss", ""),
        ],
        "fr": [
            ("Mutuelle des Écoles de Conduite", "7 rue Tronchet", "75008 Paris", ""),
            (
                "Cabinet Delmas Assurances - Agent Groupama",
                "5 place Gambetta",
                "33000 Bordeaux",
                "",
            ),
        ],
    },
    "optician": {
        "en": [
            ("Clarke & Dunn Opticians", "22 High Street", "Arnold NG5 7DZ", "0115 926 3311"),
            ("Eyewise Opticians", "4 Gentleman's Walk", "Norwich NR2 1NA", ""),
        ],
        "de": [
            ("Optik Schäfer", "Ludgeristraße 64", "48143 Münster", "0251 4 55 66"),
            ("Augenoptik Lindner", "Bahnhofstraße 9", "73728 Esslingen", ""),
            ("Brillen Kühn", "Ehrenstraße 31", "50672 Köln", ""),
        ],
        "fr": [
            ("Optique Lafayette", "31 rue de la République", "69002 Lyon", ""),
            ("Les Opticiens Mutualistes", "8 rue Sainte-Catherine", "33000 Bordeaux", ""),
        ],
    },
    "firstaid": {
        "en": [
            ("St John Ambulance - Training", "27 St John's Lane", "London EC1M 4BU", ""),
            ("First Response Training Ltd", "The Old Chapel, Union Road", "Nottingham NG3 1FH", ""),
        ],
        "de": [
            ("DRK Kreisverband e.V. - Breitenausbildung", "Turmstraße 7", "48151 Münster", ""),
            ("Johanniter-Unfall-Hilfe e.V.", "Ulmer Straße 124", "73728 Esslingen", ""),
            ("Arbeiter-Samariter-Bund Köln e.V.", "Sülzburgstraße 146", "50937 Köln", ""),
        ],
        "fr": [
            ("Croix-Rouge française - Unité locale", "4 rue Jangot", "69007 Lyon", ""),
            (
                "Protection Civile de la Gironde",
                "35 rue Lafaurie de Monbadon",
                "33000 Bordeaux",
                "",
            ),
        ],
    },
    "publisher": {
        "en": [
            (
                "Evening Herald Media Ltd - Advertising",
                "Herald House, Canal Street",
                "Nottingham NG1 7EH",
                "",
            ),
            ("LocalLink Directories Ltd", "2 Riverside Way", "Peterborough PE2 6FY", ""),
        ],
        "de": [
            (
                "Westfälische Nachrichten - Anzeigenabteilung",
                "Soester Straße 13",
                "48155 Münster",
                "",
            ),
            ("Esslinger Zeitung - Anzeigen", "Zeppelinstraße 116", "73730 Esslingen", ""),
            ("Kölner Wochenspiegel Verlag", "Breite Straße 70", "50667 Köln", ""),
        ],
        "fr": [
            ("Le Progrès - Régie publicitaire", "4 rue Paul Montrochet", "69002 Lyon", ""),
            ("Sud Ouest Publicité", "23 quai des Queyries", "33100 Bordeaux", ""),
            ("La Voix du Nord - Annonces", "8 place du Général de Gaulle", "59000 Lille", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Chloe",
        "Jack",
        "Amelia",
        "Oliver",
        "Megan",
        "Harry",
        "Aisha",
        "Callum",
        "Ellie",
        "Ryan",
    ],
    "de": ["Lea", "Jonas", "Mia", "Lukas", "Emily", "Finn", "Hannah", "Leon", "Sophie", "Yusuf"],
    "fr": ["Manon", "Lucas", "Chloé", "Théo", "Inès", "Hugo", "Camille", "Nathan", "Léa", "Yanis"],
}
ADULTS = {
    "en": ["Karen", "Paul", "Sarah", "Gary", "Joanne", "Mark", "Helen", "Steve"],
    "de": ["Sabine", "Thomas", "Claudia", "Michael", "Petra", "Andreas", "Birgit", "Frank"],
    "fr": ["Sandrine", "Laurent", "Valérie", "Christophe", "Isabelle", "Stéphane", "Nathalie"],
}
LASTS = {
    "en": ["Hutchinson", "Patel", "Marsden", "O'Neill", "Wright", "Barker", "Kaur", "Dawson"],
    "de": ["Schulte", "Wagner", "Becker", "Yilmaz", "Hoffmann", "Kowalski", "Richter", "Lange"],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Garcia", "Fournier", "Mercier"],
}
FEMALE = {
    "Chloe",
    "Amelia",
    "Megan",
    "Aisha",
    "Ellie",
    "Lea",
    "Mia",
    "Emily",
    "Hannah",
    "Sophie",
    "Manon",
    "Chloé",
    "Inès",
    "Camille",
    "Léa",
    "Karen",
    "Sarah",
    "Joanne",
    "Helen",
    "Sabine",
    "Claudia",
    "Petra",
    "Birgit",
    "Sandrine",
    "Valérie",
    "Isabelle",
    "Nathalie",
}

TALK = {
    "en": "lesson pupil test route junction roundabout mirrors signal manoeuvre instructor "
    "booking progress independent driving reversing parking hazard awareness confidence",
    "de": "Fahrstunde Fahrschüler Prüfung Strecke Kreuzung Kreisverkehr Spiegel Blinker "
    "Fahrlehrer Termin Ausbildung Sonderfahrt Autobahn Einparken Vorfahrt Gefahrenlehre",
    "fr": "leçon élève examen parcours intersection rond-point rétroviseurs clignotant "
    "moniteur rendez-vous formation autoroute stationnement priorité vigilance conduite",
}
LEGAL = {
    "en": "pupil school lesson fee payment cancellation notice hours refund vehicle instructor "
    "liability agreement terms booking conduct insurance licence data",
    "de": "Fahrschüler Fahrschule Entgelt Zahlung Kündigung Frist Fahrstunde Rückerstattung "
    "Fahrzeug Haftung Vertrag Bedingungen Ausbildung Versicherung Datenschutz Prüfung",
    "fr": "élève établissement tarif paiement résiliation délai leçon remboursement véhicule "
    "responsabilité contrat conditions formation assurance données examen",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, legal: bool = False, n: int | None = None) -> str:
    pool = (LEGAL if legal else TALK)[lang].split()
    glue = GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4, legal: bool = False) -> str:
    return " ".join(words(rng, lang, legal) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The school of a stream, its instructors and pupils
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same pupil, car and day).
LAST: dict[str, object] = {"kind": "", "pupil": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def row_no() -> int:
    return int(OFFICE["row"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's school and ``key``: a run keeps its sender."""
    text = f"ladle/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def workday(d: date) -> date:
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


@dataclass
class Pupil:
    first: str
    last: str
    female: bool
    lang: str
    street: str
    town: str
    born: date
    licence: str
    phone: str
    no: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lines(self) -> list[str]:
        return [self.name, self.street, self.town]

    def age(self, on: date) -> int:
        return on.year - self.born.year - ((on.month, on.day) < (self.born.month, self.born.day))


def a_pupil(rng: random.Random, lang: str = "", young: float = 0.6) -> Pupil:
    lg = lang or home()
    first = rng.choice(FIRSTS[lg]) if rng.random() < 0.85 else rng.choice(ADULTS[lg])
    last = rng.choice(LASTS[lg])
    m = month()
    years = rng.randint(16, 18) if rng.random() < young else rng.randint(19, 52)
    born = date(m.year - years, rng.randint(1, 12), rng.randint(1, 28))
    road, no = rng.choice(ROADS[lg]), rng.randint(1, 140)
    town = rng.choice(TOWNS[home()][row_no()]) if lg == home() else rng.choice(TOWNS[lg][0])
    lic = {
        "en": f"{last.upper().replace(chr(39), '')[:5]:9<5}{serial(rng, '999999')}"
        f"{first[0]}{serial(rng, 'A99AA')}",
        "de": serial(rng, "B99 A999 999"),
        "fr": serial(rng, "9999 9999 9999"),
    }[lg]
    phone = {
        "en": serial(rng, "07999 999 999"),
        "de": serial(rng, "0179 9999999"),
        "fr": serial(rng, "06 99 99 99 99"),
    }[lg]
    return Pupil(
        first=first,
        last=last,
        female=first in FEMALE,
        lang=lg,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}",
        town=town,
        born=born,
        licence=lic,
        phone=phone,
        no=serial(rng, "9999"),
    )


def pupil_for(rng: random.Random, kinds: tuple[str, ...], young: float = 0.6) -> Pupil:
    """The previous document's pupil if it was one of ``kinds``, else a new one."""
    pu = LAST["pupil"]
    if isinstance(pu, Pupil) and after(kinds):
        return pu
    return a_pupil(rng, young=young)


def remember(pu: Pupil | None, d: date, extra: object = None) -> None:
    LAST.update(pupil=pu, day=d, extra=extra)


def staff() -> list[str]:
    """The school's people: the owner-instructor, three instructors, the office assistant."""
    lg = home()
    r = random.Random(zlib.crc32(f"ladle/staff/{OFFICE['seed']}".encode()))
    names = [f"{r.choice(ADULTS[lg])} {r.choice(LASTS[lg])}" for _ in range(5)]
    return names


def owner() -> str:
    return staff()[0]


def instructor(rng: random.Random) -> str:
    return rng.choice(staff()[:4])


def plates(n: int = 4) -> list[str]:
    """The school's cars' registration numbers."""
    lg = home()
    r = random.Random(zlib.crc32(f"ladle/cars/{OFFICE['seed']}".encode()))
    local = {"en": ["FP", "AO", "WA"], "de": ["MS", "ES", "K"], "fr": ["", "", ""]}[lg][row_no()]
    out = []
    for _ in range(n):
        if lg == "en":
            out.append(
                f"{local}{r.choice(['21', '71', '22', '72', '23', '73', '24'])} {serial(r, 'AAA')}"
            )
        elif lg == "de":
            out.append(
                f"{local}-{serial(r, 'A')}{r.choice(['S', 'F', 'B'])} {r.randint(100, 9999)}"
            )
        else:
            out.append(serial(r, "AA-999-AA"))
    return out


CARS = {
    "en": ["Ford Fiesta 1.0 EcoBoost Titanium", "Vauxhall Corsa 1.2 SE", "Toyota Yaris Hybrid"],
    "de": ["VW Golf 1.5 TSI Life", "Seat Ibiza 1.0 TSI Style", "Skoda Scala 1.0 TSI"],
    "fr": ["Peugeot 208 PureTech 100", "Renault Clio V TCe 90", "Citroën C3 PureTech 83"],
}


def car_of(i: int) -> str:
    return CARS[home()][i % 3]


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
    look: str  # band | centred | letter | plain | side | official
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
LOOKS = ["band", "centred", "letter", "plain", "side"]
TAGLINE = {
    "school": (
        "Driving tuition - manual and automatic",
        "Ausbildung Klassen B, BE, A",
        "Permis B - AAC - Conduite supervisée",
    ),
    "lessor": (
        "Dual-controlled tuition vehicles",
        "Fahrschulfahrzeuge mit Doppelbedienung",
        "Véhicules double commande",
    ),
    "fitter": (
        "Dual controls - fitting and removal",
        "Doppelbedienungen - Ein- und Ausbau",
        "Doubles commandes - pose et dépose",
    ),
    "insurer": ("Specialist motor insurance", "Kraftfahrtversicherung", "Assurance automobile"),
    "optician": (
        "Eye examinations - contact lenses",
        "Sehtest - Brillen - Kontaktlinsen",
        "Examen de vue - lunettes",
    ),
}


BANKS_DE = ["Sparkasse Münsterland Ost", "Kreissparkasse Esslingen", "Volksbank Köln Bonn"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("testing", "theory", "registrar"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(300, 399)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}",
            r.choice(BANKS_DE)
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Münster', 'Stuttgart', 'Köln'])} HRB "
                f"{r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [f"{name} - SIRET {siret}"]
        if role == "school":
            out.append(
                f"Agrément préfectoral n° E {r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(1000, 9999)} 0"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.5:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "school":
        out.append("All instructors are DVSA Approved Driving Instructors")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"ladle/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[-1] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("testing", "theory", "registrar"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
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
        dates=r.choice(["short", "long"] + (["short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'kontakt'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75 and role not in ("testing", "theory", "registrar")
        else "",
    )


def school_head() -> Head:
    lang = home()
    return make_head(SCHOOLS[lang][row_no()], lang, "school")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and school), of the
    school's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    k = row_no() if len(rows) == 3 and lang == home() else r.randrange(len(rows))
    return make_head(rows[k], lang, role)


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


def l_plate(p: Page, x: float, y: float, size: float = 26) -> None:
    """The red-L learner plate or a roof sign drawn as a logo (grey square, an L in it)."""
    p.rect(x, y, size, size, fill=0.92)
    p.rect(x, y, size, size)
    p.rect(x + size * 0.3, y + size * 0.18, size * 0.14, size * 0.6, fill=0.25)
    p.rect(x + size * 0.3, y + size * 0.66, size * 0.42, size * 0.13, fill=0.25)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINE.get(h.role)
    line2 = tr(h.lang, *tag) if tag else ""
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
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        if h.role == "school":
            l_plate(p, w - m - 22, y - 11, 20)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m - 30)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if line2 else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "school":
            l_plate(p, m, y - 12, 34)
        else:
            initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, line2, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the school's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                SCHOOLS[lg][row_no()][0][:22],
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
            "Veuillez agréer nos salutations distinguées.",
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


def officer(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"ladle/officer/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(ADULTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mr(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def school_lines(att: str = "") -> list[str]:
    h = school_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)] if rate else []
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
    return net + tax


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def terms_page(
    rng: random.Random,
    s0: Style,
    h: Head,
    title: str,
    heads: list[str],
    size: tuple[float, float] | None = None,
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, size or s0.page_size, margin=min(s0.margin, 44), pt=6.5)
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
            text = " ".join(words(rng, lg, True) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def sign_box(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "") -> None:
    """A signature line with its caption under it; signed in ink when ``who``."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 6.5, w), s.font, 6.5)
    if who:
        scrawl(p, x + 6, y - 3, who, 12)


def id_copy(
    rng: random.Random, lg: str, person: str, born: date, kind: str, size: tuple[float, float] = A4
) -> Page:
    """A photocopy of an identity card or licence on a sheet: front and back, card-sized."""
    p = Page(size)
    w, _ = size
    copier_edge(p, rng)
    x = (w - 250) / 2 + rng.uniform(-40, 40)
    y = 80 + rng.uniform(0, 60)
    for side in range(2):
        yy = y + side * 190
        p.rect(x, yy, 250, 160)
        p.rect(x + 3, yy + 3, 244, 18, fill=0.75)
        title = {
            "licence": tr(
                lg, "DRIVING LICENCE - PROVISIONAL", "FÜHRERSCHEIN", "PERMIS DE CONDUIRE"
            ),
            "id": tr(lg, "IDENTITY CARD", "PERSONALAUSWEIS", "CARTE NATIONALE D'IDENTITÉ"),
        }[kind]
        if side == 0:
            p.text(x + 125, yy + 15, title, "Helvetica-Bold", 8, "center")
            photo(p, x + 10, yy + 30, 60, 76, rng)
            last, first = person.split()[-1], " ".join(person.split()[:-1])
            rows = [
                ("1.", last.upper()),
                ("2.", first),
                ("3.", short(born, lg)),
                ("4a.", short(month() - timedelta(days=rng.randint(200, 2000)), lg)),
            ]
            for k, (a, b) in enumerate(rows):
                p.text(x + 80, yy + 40 + k * 14, a, "Helvetica", 6.5)
                p.text(x + 98, yy + 40 + k * 14, fit(b, "Helvetica", 7.5, 140), "Helvetica", 7.5)
            p.text(x + 80, yy + 100, serial(rng, "A99999AA9"), "Courier-Bold", 8)
            p.text(x + 80, yy + 140, person.split()[-1][:10], INK, 11)
        else:
            p.text(
                x + 125,
                yy + 15,
                fit(title, "Helvetica-Bold", 8, 230),
                "Helvetica-Bold",
                8,
                "center",
            )
            for k in range(3):
                p.text(
                    x + 10,
                    yy + 120 + k * 11,
                    serial(rng, "IDA<<" + "9" * 9 + "<<<<<<<<<<<<<"),
                    "Courier",
                    7,
                )
            for k in range(4):
                p.line(x + 10, yy + 40 + k * 16, x + 240, yy + 40 + k * 16)
    if rng.random() < 0.5:
        p.text(
            x,
            y + 380,
            tr(home(), "Copy - certified true", "Kopie", "Copie certifiée conforme"),
            HAND,
            10,
        )
    return p


# ---------------------------------------------------------------------------------------------
# Templates RRR: the school's own paper about its pupils
# ---------------------------------------------------------------------------------------------

PRICES = {
    "en": [
        ("Single lesson (60 min)", 36.0),
        ("Block of 10 lessons (60 min)", 340.0),
        ("Two-hour lesson", 70.0),
        ("Use of car for driving test", 72.0),
        ("Motorway lesson (2 hrs)", 76.0),
        ("Pass Plus course (6 hrs)", 210.0),
    ],
    "de": [
        ("Grundbetrag Klasse B", 390.0),
        ("Übungsfahrstunde (45 Min.)", 62.0),
        ("Sonderfahrt Überland/Autobahn/Nacht (45 Min.)", 74.0),
        ("Vorstellung zur theoretischen Prüfung", 95.0),
        ("Vorstellung zur praktischen Prüfung", 245.0),
        ("Lernmaterial / App-Zugang", 89.0),
    ],
    "fr": [
        ("Frais de dossier et inscription", 60.0),
        ("Évaluation de départ", 45.0),
        ("Forfait code (accès en ligne 6 mois)", 190.0),
        ("Leçon de conduite individuelle (1 h)", 56.0),
        ("Accompagnement à l'examen pratique", 112.0),
        ("Forfait 20 h de conduite", 1090.0),
    ],
}
TERMS_HEADS = {
    "en": [
        "Booking",
        "Payment",
        "Cancellation",
        "Late arrival",
        "Driving test",
        "Eyesight",
        "Licence",
        "Conduct",
        "Refunds",
        "Complaints",
        "Data protection",
        "Termination",
    ],
    "de": [
        "Vertragsgegenstand",
        "Ausbildungsentgelte",
        "Zahlung",
        "Absage von Fahrstunden",
        "Prüfungen",
        "Pflichten des Fahrschülers",
        "Kündigung",
        "Haftung",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Évaluation",
        "Tarifs",
        "Modalités de paiement",
        "Annulation des leçons",
        "Présentation aux examens",
        "Obligations de l'élève",
        "Résiliation",
        "Médiation",
        "Données personnelles",
    ],
}


def tpl_pupil_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's pupil contract: the form with the pupil's details, training ticks, the
    price list and the signatures, then one or two terms pages; now and then a price list
    annex page (Preisaushang, tarifs)."""
    h = school_head()
    lg = h.lang
    pu = a_pupil(rng, young=0.7)
    d = some_day(rng)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    title = tr(lg, "PUPIL AGREEMENT", "AUSBILDUNGSVERTRAG", "CONTRAT DE FORMATION")
    f = sheets(s, h, f"{title} - {pu.name}")
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(
            lg,
            "Agreement for driving tuition, category B, between the school and the pupil "
            "named below.",
            "gemäß § 18 Fahrlehrergesetz über die Ausbildung in der Fahrerlaubnisklasse B",
            "Contrat d'enseignement de la conduite - catégorie B - art. L. 213-2 du code de "
            "la route",
        ),
        s.size - 1,
    )
    f.y += 4
    f.y = band(f.page, s, f.y + 6, tr(lg, "1. Pupil", "1. Fahrschüler/in", "1. L'élève")) + 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Surname", "Name", "Nom"), pu.last),
            (tr(lg, "First name(s)", "Vorname(n)", "Prénom(s)"), pu.first),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(pu.born, lg)),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), pu.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pu.street}, {pu.town}"),
            (
                tr(lg, "Provisional licence no.", "Antrag eingereicht am", "N° NEPH"),
                pu.licence if lg != "de" else short(d - timedelta(days=rng.randint(1, 30)), lg),
            ),
        ],
        per=2,
        tall=24,
    )
    f.y = band(f.page, s, f.y + 6, tr(lg, "2. Tuition", "2. Ausbildung", "2. Formation")) + 12
    opts = {
        "en": ["Manual", "Automatic", "Semi-intensive", "Intensive course", "Pass Plus"],
        "de": ["B", "B197", "BE", "B96", "A2 (Erweiterung)", "Umschreibung"],
        "fr": [
            "B boîte manuelle",
            "B boîte automatique",
            "AAC (conduite accompagnée)",
            "Conduite supervisée",
        ],
    }[lg]
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, opts, {0} if rng.random() < 0.7 else {1, 3}) + 4
    if lg == "fr":
        hrs = rng.choice([20, 22, 25, 28, 30, 35])
        f.page.text(m, f.y, "Évaluation de départ réalisée le", s.font, s.size - 1)
        hand(f.page, m + 160, f.y, short(d - timedelta(days=rng.randint(0, 6)), lg), 9.5)
        f.page.text(m + 260, f.y, "- volume prévisionnel :", s.font, s.size - 1)
        hand(f.page, m + 370, f.y, f"{hrs} h", 10)
        f.y += 18
    f.y = band(f.page, s, f.y + 6, tr(lg, "3. Prices", "3. Entgelte", "3. Tarifs")) + 10
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Price", "Preis", "Prix TTC")],
        [[t, cash(v, lg)] for t, v in PRICES[lg]],
        s,
        rules=True,
        step=1.7,
    )
    write(f, s, prose(rng, lg, 1, 2, legal=True), s.size - 1.5)
    f.need(110)
    f.y += 26
    yb = f.y
    third = (w - 2 * m - 30) / 3
    place = h.town.split()[-1]
    hand(f.page, m, yb - 4, f"{place}, {short(d, lg)}", 9, third)
    sign_box(f.page, s, m, yb + 2, third, tr(lg, "Place, date", "Ort, Datum", "Fait à, le"))
    sign_box(
        f.page,
        s,
        m + third + 15,
        yb + 2,
        third,
        tr(lg, "Pupil", "Fahrschüler/in", "L'élève"),
        pu.name,
    )
    sign_box(
        f.page,
        s,
        m + 2 * third + 30,
        yb + 2,
        third,
        tr(lg, "For the school", "Fahrschule", "L'établissement"),
        owner(),
    )
    if pu.age(d) < 18:
        f.y = yb + 40
        sign_box(
            f.page,
            s,
            m + third + 15,
            f.y,
            third,
            tr(lg, "Parent or guardian", "Erziehungsberechtigte/r", "Représentant légal"),
            f"{rng.choice(ADULTS[lg])} {pu.last}",
        )
    pages = list(f.pages)
    heads = TERMS_HEADS[lg]
    pages.append(
        terms_page(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and conditions of tuition",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales",
            ),
            heads,
        )
    )
    if rng.random() < 0.35:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(lg, "Terms (continued)", "AGB (Fortsetzung)", "Conditions générales (suite)"),
                heads[len(heads) // 2 :],
            )
        )
    if lg == "de" and rng.random() < 0.5:
        pa = Page(s.page_size)
        y = heading(pa, s, h)
        pa.text(m, y, "Anlage: Preisaushang gemäß § 32 FahrlG - Klasse B", s.bold, s.size + 2)
        y += 24
        ff = Sheets(s.page_size, hh - m - 30, lambda p, n: y)
        ff.page = pa
        ff.pages = [pa]
        ff.y = y
        table(
            ff,
            columns(m, w - m, [(5, "left"), (1.5, "right")]),
            ["Leistung", "Entgelt inkl. USt."],
            [[t, cash(v + rng.choice([0, 5, 10]), lg)] for t, v in PRICES[lg]]
            + [
                ["Fahrstunde Automatik (45 Min.)", cash(64.0, lg)],
                ["Ausfallentschädigung (nicht abgesagte Fahrstunde)", cash(62.0, lg)],
            ],
            s,
            rules=True,
            step=1.9,
        )
        pa.text(m, ff.y + 20, f"Gültig ab 01.01.{month().year}", s.font, s.size - 1)
        pages.extend(ff.pages)
    pages = close(pages, s, h)
    remember(pu, d)
    return pages


def tpl_lesson_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's lesson booking form: the school's A5 form filled in by hand, with the
    availability grid and the payment ticks; now and then a copy of the provisional licence
    stapled behind."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ())
    d = some_day(rng)
    s = style_of(h, A5, margin=30, pt=8)
    w, hh = A5
    m = s.margin
    p = Page(A5)
    y = heading(p, s, h)
    title = tr(lg, "LESSON BOOKING FORM", "ANMELDUNG FAHRSTUNDEN", "FICHE DE RÉSERVATION")
    p.text(m, y, title, s.bold, 11)
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), pu.name),
            (tr(lg, "Mobile", "Handy", "Portable"), pu.phone),
            (tr(lg, "Pick-up address", "Abholadresse", "Adresse de prise en charge"), pu.street),
            (tr(lg, "Date of birth", "Geb.-Datum", "Né(e) le"), short(pu.born, lg)),
        ],
        per=2,
        tall=22,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "When are you available? (tick)",
            "Wann haben Sie Zeit? (ankreuzen)",
            "Vos disponibilités (cochez)",
        ),
        s.bold,
        8,
    )
    y += 12
    days = {
        "en": "Mon Tue Wed Thu Fri Sat",
        "de": "Mo Di Mi Do Fr Sa",
        "fr": "Lun Mar Mer Jeu Ven Sam",
    }[lg].split()
    slots = [
        tr(lg, "Morning", "Vormittag", "Matin"),
        tr(lg, "Afternoon", "Nachmittag", "Après-midi"),
        tr(lg, "Evening", "Abend", "Soir"),
    ]
    cw = (w - 2 * m - 70) / len(days)
    for k, t in enumerate(days):
        p.text(m + 70 + k * cw + cw / 2, y, t, s.font, 7.5, "center")
    y += 5
    for sl in slots:
        p.rect(m, y, w - 2 * m, 16)
        p.text(m + 3, y + 11, sl, s.font, 7.5)
        for k in range(len(days)):
            p.line(m + 70 + k * cw, y, m + 70 + k * cw, y + 16)
            if rng.random() < 0.35:
                p.text(m + 70 + k * cw + cw / 2, y + 12, "X", HAND, 10, "center")
        y += 16
    y += 14
    n = rng.choice([1, 2, 5, 10, 10, 6])
    p.text(
        m, y, tr(lg, "Lessons wanted:", "Gewünschte Fahrstunden:", "Nombre de leçons :"), s.font, 8
    )
    hand(p, m + 110, y, str(n), 10)
    p.text(
        m + 150,
        y,
        tr(lg, "Preferred instructor:", "Wunsch-Fahrlehrer/in:", "Moniteur souhaité :"),
        s.font,
        8,
    )
    hand(
        p,
        m + 255,
        y,
        instructor(rng).split()[0] if rng.random() < 0.6 else "-",
        9.5,
        w - m - 255 - m,
    )
    y += 16
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "EC-Karte", "Carte"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Block booking", "Paket", "Forfait"),
        ],
        {rng.randrange(4)},
    )
    y += 6
    p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Remarques :"), s.font, 8)
    note = rng.choice(
        {
            "en": [
                "test booked for next month",
                "nervous on roundabouts",
                "can do Saturdays only",
                "had 8 lessons with dad",
            ],
            "de": [
                "Theorie schon bestanden",
                "lieber nach der Schule",
                "Abholung an der Schule",
                "Sehtest liegt vor",
            ],
            "fr": [
                "code obtenu",
                "disponible le mercredi",
                "prise en charge au lycée",
                "déjà 10 h ailleurs",
            ],
        }[lg]
    )
    hand(p, m + 50, y, note, 9.5, w - 2 * m - 50)
    y = max(y + 40, hh - 80)
    sign_box(p, s, m, y, 120, tr(lg, "Date", "Datum", "Date"))
    hand(p, m + 4, y - 4, short(d, lg), 9)
    sign_box(p, s, w - m - 150, y, 150, tr(lg, "Signature", "Unterschrift", "Signature"), pu.name)
    pages = [p]
    if lg == "en" and rng.random() < 0.3:
        pages.append(id_copy(rng, lg, pu.name, pu.born, "licence", A4))
    remember(pu, d, n)
    return pages


def tpl_block_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's invoice to a pupil: the lessons of a block or of the month with dates,
    instructor and minutes in a lesson log table; the total, payment terms and bank."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ("lesson_booking", "pupil_contract"))
    d = last_day(rng, ("lesson_booking",), (0, 4))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.6 else LETTER)
    w, _ = s.page_size
    m = s.margin
    no = {
        "en": serial(rng, "INV-9999"),
        "de": f"{d.year}-{serial(rng, '9999')}",
        "fr": f"F{d.year % 100}{serial(rng, '99999')}",
    }[lg]
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {pu.name}")
    recipient(
        f,
        s,
        h,
        pu.lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Pupil no.", "Schüler-Nr.", "Dossier n°"), pu.no),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    ex = LAST["extra"]
    n = (
        ex
        if after(("lesson_booking",)) and isinstance(ex, int)
        else rng.choice([2, 4, 6, 10, 12, 18, 26, 34, 42])
    )
    start = d - timedelta(days=rng.randint(14, 40))
    price = dict(PRICES[lg])
    unit = {"en": 36.0, "de": 62.0, "fr": 56.0}[lg]
    kinds = {
        "en": [
            "Driving lesson",
            "Driving lesson",
            "Driving lesson (2 hrs)",
            "Motorway lesson",
            "Mock test",
        ],
        "de": ["Übungsfahrt", "Übungsfahrt", "Überlandfahrt", "Autobahnfahrt", "Nachtfahrt"],
        "fr": [
            "Leçon de conduite",
            "Leçon de conduite",
            "Leçon sur autoroute",
            "Leçon de nuit",
            "Examen blanc",
        ],
    }[lg]
    rows: list[list[str]] = []
    net = 0.0
    t = start
    for _ in range(n):
        t += timedelta(days=rng.randint(1, 5))
        kd = rng.choice(kinds)
        mins = {"en": 60, "de": 45, "fr": 60}[lg] * (2 if "2 hrs" in kd else 1)
        amount = unit * (2 if "2 hrs" in kd else 1) * (1.2 if kd in kinds[2:] and lg == "de" else 1)
        net += amount
        rows.append(
            [
                short(t, lg),
                f"{rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45'])}",
                kd,
                instructor(rng).split()[0],
                str(mins),
                money(amount, lg),
            ]
        )
    extra_rows = []
    if rng.random() < 0.3:
        label = next(iter(price))
        extra_rows.append(["", "", label, "", "", money(price[label], lg)])
        net += price[label]
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (0.8, "left"),
            (2.6, "left"),
            (1.2, "left"),
            (0.7, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Uhrzeit", "Heure"),
            tr(lg, "Lesson", "Leistung", "Prestation"),
            tr(lg, "Instructor", "Fahrlehrer", "Moniteur"),
            "Min.",
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows + extra_rows,
        s,
        size=s.size - 1.5,
    )
    registered = lg != "en" or "Ltd" in h.name or rng.random() < 0.3
    gross = totals(
        f,
        s,
        lg,
        round(net / 1.19 if lg == "de" else net / 1.2 if lg == "fr" else net, 2),
        vat_rate(lg) if registered else 0.0,
    )
    f.y += 8
    paid = rng.random() < 0.4
    write(
        f,
        s,
        tr(
            lg,
            f"Paid in advance - thank you. Balance {cash(0, lg)}."
            if paid
            else f"Please pay {cash(gross, lg)} within 7 days by bank transfer quoting {no}.",
            "Betrag dankend erhalten."
            if paid
            else f"Bitte überweisen Sie den Betrag bis {short(d + timedelta(days=10), lg)} "
            "unter Angabe der Rechnungsnummer.",
            "Acquittée."
            if paid
            else f"Règlement à réception, par virement ou chèque à l'ordre de {h.name}.",
        ),
        s.size - 0.5,
    )
    if lg == "en" and not registered:
        write(f, s, "Not VAT registered.", s.size - 2)
    pages = close(f.pages, s, h)
    remember(pu, d)
    return pages


def tpl_payment_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A receipt for a pupil's payment: a carbon copy from the school's receipt book on A6,
    or the merchant copy of a card terminal slip."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ("block_invoice",))
    d = last_day(rng, ("block_invoice",), (0, 6))
    amount = rng.choice([36.0, 62.0, 70.0, 124.0, 186.0, 340.0, 250.0, 560.0, 112.0])
    if keyed(who, "rcpt").random() < 0.55:
        p = Page(A6)
        w, hh = A6
        m = 18
        p.rect(m - 6, m - 6, w - 2 * m + 12, hh - 2 * m + 12)
        p.text(m, m + 8, tr(lg, "RECEIPT", "QUITTUNG", "REÇU"), "Helvetica-Bold", 13)
        p.text(w - m, m + 8, f"No. {serial(rng, '999999')}", "Helvetica", 8, "right")
        p.text(w - m, m + 22, f"{cash(amount, lg)}", HAND, 11, "right")
        y = m + 44
        for cap, val in [
            (tr(lg, "Received from", "von", "Reçu de"), pu.name),
            (
                tr(lg, "the sum of", "Betrag in Worten", "la somme de"),
                f"- {int(amount)} -" + tr(lg, " pounds", " Euro", " euros"),
            ),
            (
                tr(lg, "for", "für", "pour"),
                rng.choice(
                    {
                        "en": ["lessons", "block of 10", "test fee + car"],
                        "de": ["Fahrstunden", "Grundbetrag", "Prüfungsvorstellung"],
                        "fr": ["leçons", "forfait", "frais d'examen"],
                    }[lg]
                ),
            ),
        ]:
            p.text(m, y, cap, "Helvetica", 6.5)
            p.line(m, y + 14, w - m, y + 14)
            hand(p, m + 6, y + 11, val, 9, w - 2 * m - 8)
            y += 30
        p.text(
            m,
            y,
            tr(lg, "Date / signature", "Ort, Datum / Unterschrift", "Date / signature"),
            "Helvetica",
            6.5,
        )
        hand(p, m + 4, y + 14, short(d, lg), 9)
        scrawl(p, w / 2, y + 18, instructor(rng), 11)
        if rng.random() < 0.6:
            stamp(p, m, y + 28, [h.name[:24], h.town[:24]])
        remember(pu, d)
        return [p]
    p = Page(SLIP)
    w, hh = SLIP
    m = 14
    y = 28.0
    for t in (h.name, h.street, h.town):
        p.text(w / 2, y, fit(t, "Courier", 8, w - 2 * m), "Courier", 8, "center")
        y += 10
    y += 8
    card = {"en": "CONTACTLESS VISA DEBIT", "de": "girocard kontaktlos", "fr": "CB SANS CONTACT"}[
        lg
    ]
    tx = [
        (tr(lg, "SALE", "ZAHLUNG", "DEBIT"), ""),
        (
            tr(lg, "Date", "Datum", "Le"),
            f"{short(d, lg)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
        ),
        ("TID", serial(rng, "99999999")),
        (tr(lg, "Card", "Karte", "Carte"), card),
        ("PAN", serial(rng, "************9999")),
        (tr(lg, "Auth code", "Genehmigung", "N° autor."), serial(rng, "999999")),
        (tr(lg, "Receipt no.", "Beleg-Nr.", "Ticket"), serial(rng, "9999")),
    ]
    for a, b in tx:
        p.text(m, y, a, "Courier", 7.5)
        p.text(w - m, y, fit(b, "Courier", 7.5, w * 0.6), "Courier", 7.5, "right")
        y += 10
    y += 8
    p.text(m, y, tr(lg, "AMOUNT", "BETRAG", "MONTANT"), "Courier-Bold", 10)
    p.text(
        w - m,
        y,
        money(amount, lg) + (" GBP" if lg == "en" else " EUR"),
        "Courier-Bold",
        10,
        "right",
    )
    y += 20
    for t in (
        tr(lg, "VERIFIED BY PIN", "Zahlung erfolgt", "PAIEMENT ACCEPTE"),
        tr(lg, "MERCHANT COPY", "Händlerbeleg", "TICKET COMMERCANT"),
        tr(lg, "Thank you", "Vielen Dank", "Merci"),
    ):
        p.text(w / 2, y, t, "Courier", 7.5, "center")
        y += 10
    hand(p, m, y + 22, pu.name, 9, w - 2 * m)
    remember(pu, d)
    return [p]


SYLLABUS = {
    "en": [
        "Cockpit drill and controls",
        "Moving off and stopping",
        "Use of mirrors",
        "Signals",
        "Junctions",
        "Roundabouts",
        "Crossroads",
        "Pedestrian crossings",
        "Meeting and overtaking",
        "Dual carriageways",
        "Bay parking",
        "Parallel parking",
        "Pulling up on the right",
        "Emergency stop",
        "Independent driving / sat nav",
        "Rural roads",
        "Show me tell me",
    ],
    "de": [
        "Einweisung, Sitzposition",
        "Anfahren, Anhalten",
        "Schalten, Lenken",
        "Rechts vor links",
        "Vorfahrt, abknickende Vorfahrt",
        "Kreisverkehr",
        "Fahrstreifenwechsel",
        "Überholen",
        "Fußgängerüberweg",
        "Einparken längs",
        "Rückwärts um die Ecke",
        "Gefahrbremsung",
        "Umkehren",
        "Überlandfahrt",
        "Autobahnfahrt",
        "Dämmerung/Dunkelheit",
        "Abfahrtkontrolle",
    ],
    "fr": [
        "Installation au poste de conduite",
        "Démarrer et s'arrêter",
        "Utiliser la boîte de vitesses",
        "Diriger le véhicule",
        "Regarder autour de soi",
        "Intersections et priorités",
        "Ronds-points",
        "Changer de voie",
        "Dépasser",
        "Croiser",
        "Stationnement en créneau",
        "Marche arrière",
        "Conduire en agglomération",
        "Voies rapides",
        "Conduite de nuit",
        "Éco-conduite",
        "Vérifications techniques",
    ],
}


def tpl_progress_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's progress record: the syllabus grid on a landscape page with the dates and
    levels the instructors entered by hand, the special drives table (de), and now and then a
    second page: the lesson log with the pupil's initials."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ())
    d = some_day(rng)
    size = landscape(A4)
    s = style_of(h, size, margin=36, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    title = tr(
        lg,
        "DRIVER'S RECORD - PUPIL PROGRESS",
        "AUSBILDUNGSDIAGRAMMKARTE KLASSE B",
        "LIVRET D'APPRENTISSAGE - SUIVI",
    )
    p.text(m, m, title, s.bold, 12)
    p.text(w - m, m, fit(h.name, s.bold, 9, 260), s.bold, 9, "right")
    p.text(w - m, m + 11, fit(f"{h.street}, {h.town}", s.font, 7, 260), s.font, 7, "right")
    y = fields(
        p,
        s,
        m,
        m + 16,
        w * 0.62 - m,
        [
            (tr(lg, "Pupil", "Fahrschüler/in", "Élève"), pu.name),
            (tr(lg, "Pupil no.", "Nr.", "N° dossier"), pu.no),
            (
                tr(lg, "Started", "Beginn", "Début de formation"),
                short(d - timedelta(days=rng.randint(30, 200)), lg),
            ),
        ],
        per=3,
        tall=22,
    )
    items = SYLLABUS[lg]
    lev = {
        "en": [
            "Introduced",
            "Under full instruction",
            "Prompted",
            "Seldom prompted",
            "Independent",
        ],
        "de": ["Grundstufe", "Aufbaustufe", "Leistungsstufe", "Reifestufe"],
        "fr": ["Abordé", "Traité", "Acquis"],
    }[lg]
    x0 = m + 170
    cw = (w - m - x0) / len(lev)
    for k, t in enumerate(lev):
        p.text(x0 + k * cw + cw / 2, y, fit(t, s.bold, 7, cw - 4), s.bold, 7, "center")
    y += 5
    done = rng.uniform(0.2, 1.0)
    rowh = min(17.0, (hh - m - 70 - y) / len(items))
    for i, it in enumerate(items):
        p.rect(m, y, w - 2 * m, rowh)
        p.text(m + 3, y + rowh - 5, fit(it, s.font, 7.5, 160), s.font, 7.5)
        reached = int(len(lev) * done * rng.uniform(0.6, 1.2)) if i / len(items) < done + 0.2 else 0
        for k in range(len(lev)):
            p.line(x0 + k * cw, y, x0 + k * cw, y + rowh)
            if k < reached:
                t = short(d - timedelta(days=rng.randint(1, 90)), lg)[:5]
                p.text(x0 + k * cw + 6, y + rowh - 5, f"{t} {instructor(rng)[0]}", HAND, 7.5)
        y += rowh
    if lg == "de":
        y += 14
        p.text(m, y, "Besondere Ausbildungsfahrten (je 45 Min.):", s.bold, 8)
        xx = m + 190
        for t, n in (("Überland", 5), ("Autobahn", 4), ("Dunkelheit", 3)):
            p.text(xx, y, f"{t}:", s.font, 8)
            for k in range(n):
                box(p, xx + 52 + k * 11, y, rng.random() < done, 7)
            xx += 60 + n * 11 + 14
    pages = [p]
    if rng.random() < 0.45:
        f = Sheets(size, hh - m - 20, lambda pg, n: running_header(pg, s, f"{title} - {pu.name}"))
        rows = []
        t = d - timedelta(days=rng.randint(40, 120))
        for _ in range(rng.randint(8, 34)):
            t += timedelta(days=rng.randint(1, 6))
            rows.append(
                [
                    short(t, lg),
                    instructor(rng).split()[0],
                    rng.choice(items),
                    rng.choice(["45", "60", "90"]),
                    words(rng, lg, n=5)[:-1],
                    "",
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (1, "left"),
                (1, "left"),
                (2.5, "left"),
                (0.5, "right"),
                (3.5, "left"),
                (0.7, "center"),
            ],
        )
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "ADI", "Fahrlehrer", "Moniteur"),
                tr(lg, "Topic", "Inhalt", "Objectif"),
                "Min.",
                tr(lg, "Comments", "Bemerkung", "Observations"),
                tr(lg, "Initials", "Kürzel", "Visa"),
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        for pg in f.pages:
            for k in range(3, 40):
                if rng.random() < 0.3:
                    pg.text(w - m - 30, m + 14 * k, pu.first[0] + pu.last[0], HAND, 8)
        pages += f.pages
    number_pages(pages, s, "none" if len(pages) == 1 else "{i}/{n}", "br")
    remember(pu, d)
    return pages


def tpl_day_log(rng: random.Random, who: Issuer) -> list[Page]:
    """An instructor's daily lesson record (Tagesnachweis, feuille de route, diary sheet):
    the school's printed sheet, one per instructor and day, filled in by hand with each
    lesson's times, pupil, kind and mileage, signed by the instructor."""
    h = school_head()
    lg = h.lang
    name = staff()[keyed(who, "adi").randrange(4)]
    ex = LAST["extra"]
    if after(("day_log",)) and isinstance(ex, date):
        d = workday(ex + timedelta(days=1))
    else:
        d = workday(some_day(rng))
    size = A4 if keyed(who, "dl").random() < 0.6 else landscape(A4)
    s = style_of(h, size, margin=40, pt=8)
    w, _ = size
    m = s.margin
    p = Page(size)
    p.text(
        m,
        m,
        tr(lg, "INSTRUCTOR'S DAILY RECORD", "TAGESNACHWEIS", "FEUILLE DE ROUTE JOURNALIÈRE"),
        s.bold,
        12,
    )
    if lg == "de":
        p.text(m, m + 12, "nach § 18 Abs. 2 Fahrlehrergesetz", s.font, 7)
    p.text(w - m, m, fit(h.name, s.bold, 9, 250), s.bold, 9, "right")
    car = rng.choice(plates())
    y = fields(
        p,
        s,
        m,
        m + 20,
        w - 2 * m,
        [
            (tr(lg, "Instructor", "Fahrlehrer/in", "Enseignant(e)"), name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Vehicle", "Fahrzeug (amtl. Kennz.)", "Véhicule"), car),
            (
                tr(lg, "Mileage start", "km-Stand Beginn", "Km départ"),
                str(rng.randint(8000, 90000)),
            ),
        ],
        per=4,
        tall=22,
    )
    cols = columns(
        m,
        w - m,
        [(0.8, "left"), (0.8, "left"), (2.2, "left"), (1.6, "left"), (0.6, "right"), (1.6, "left")],
    )
    heads = [
        tr(lg, "From", "von", "Début"),
        tr(lg, "To", "bis", "Fin"),
        tr(lg, "Pupil", "Fahrschüler/in", "Élève"),
        tr(lg, "Type", "Art", "Type"),
        "km",
        tr(lg, "Pupil's signature", "Unterschrift Schüler", "Émargement élève"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    y += 6
    t = 7 * 60 + rng.choice([0, 30, 45])
    n = rng.randint(4, 9)
    types = {
        "en": ["Lesson", "Lesson", "Test", "Mock test", "Motorway"],
        "de": ["Ü", "Ü", "ÜL", "BAB", "N", "Prüfung"],
        "fr": ["Leçon", "Leçon", "Examen", "Autoroute", "Nuit"],
    }[lg]
    rowh = 24
    for k in range(12):
        p.rect(m, y, w - 2 * m, rowh)
        for c in cols[1:]:
            p.line(c[0] - 3, y, c[0] - 3, y + rowh)
        if k < n:
            dur = rng.choice([45, 60, 90, 90, 120]) if lg != "en" else rng.choice([60, 60, 120, 90])
            vals = [
                f"{t // 60:02d}:{t % 60:02d}",
                f"{(t + dur) // 60:02d}:{(t + dur) % 60:02d}",
                a_pupil(rng).name,
                rng.choice(types),
                str(rng.randint(12, 70)),
            ]
            for c, v in zip(cols, vals, strict=False):
                p.text(c[0] + 2, y + 16, fit(v, HAND, 9, c[1] - c[0] - 4), HAND, 9)
            scrawl(p, cols[5][0] + 4, y + 17, vals[2], 10)
            t += dur + rng.choice([0, 0, 15, 30, 45])
        y += rowh
    y += 20
    p.text(
        m, y, tr(lg, "Total teaching time:", "Summe Ausbildungszeit:", "Total heures :"), s.font, 8
    )
    hand(p, m + 120, y, f"{(t - 7 * 60) // 60} h", 10)
    sign_box(
        p,
        s,
        w - m - 170,
        y + 10,
        170,
        tr(lg, "Instructor's signature", "Unterschrift Fahrlehrer/in", "Signature de l'enseignant"),
        name,
    )
    remember(None, d, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates RRR: the testing authority, the theory test providers and the registrar
# ---------------------------------------------------------------------------------------------

CENTRES = {
    "en": [
        ["Nottingham (Chilwell)", "Watnall"],
        ["Norwich", "King's Lynn"],
        ["Exeter", "Barnstaple"],
    ],
    "de": [
        ["Prüfstelle Münster, Kesslerweg"],
        ["Prüfstelle Esslingen", "Prüfstelle Nürtingen"],
        ["Prüfstelle Köln-Poll"],
    ],
    "fr": [
        ["Centre d'examen de Vénissieux", "Centre de Villeurbanne"],
        ["Centre d'examen de Mérignac"],
        ["Centre d'examen de Lesquin"],
    ],
}


def printed_mail(p: Page, d: date, subject: str, k: int, n: int, url: str) -> None:
    """The header and footer a browser prints on an e-mail: date, title, address, page."""
    w, hh = p.size
    p.text(
        24,
        20,
        f"{short(d, 'en' if home() == 'en' else home())}, {9 + k:02d}:{17 + k:02d}",
        "Helvetica",
        7,
    )
    p.text(w / 2, 20, fit(subject, "Helvetica", 7, w / 2 - 30), "Helvetica", 7, "center")
    p.text(24, hh - 16, fit(url, "Helvetica", 7, w - 80), "Helvetica", 7)
    p.text(w - 24, hh - 16, f"{k}/{n}", "Helvetica", 7, "right")


def tpl_test_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A practical test booking: the DVSA confirmation e-mail printed from the browser (two
    pages), the TÜV or DEKRA Prüfungsterminbestätigung listing the school's candidates for a
    test day, or the RdvPermis bordereau of places with the candidates' NEPH numbers and a
    page of reminders."""
    h = head_of(who, "testing")
    lg = h.lang
    d = last_day(rng, ("theory_result",), (1, 8))
    test_day = workday(d + timedelta(days=rng.randint(12, 50)))
    centre = rng.choice(CENTRES[lg][row_no()])
    if lg == "en":
        pu = pupil_for(rng, ("theory_result",))
        s = style_of(h, A4, margin=56, pt=9.5)
        w, hh = A4
        m = s.margin
        subj = "Your driving test booking confirmation"
        url = "https://mail.google.com/mail/u/0/#inbox/FMfcgz" + serial(rng, "AAAA9999AAAA9999")
        f = Sheets(A4, hh - 60, lambda pg, n: 44)
        f.page.text(m, f.y, subj, "Helvetica-Bold", 13)
        f.y += 18
        for a, b in [
            ("From:", "DVSA <donotreply@dvsa.gov.uk>"),
            ("To:", f"{pu.first.lower()}.{pu.last.lower().replace(chr(39), '')}@gmail.com"),
            ("Date:", f"{d.strftime('%a')}, {day(h, d)}"),
        ]:
            f.page.text(m, f.y, a, "Helvetica-Bold", 8.5)
            f.page.text(m + 40, f.y, b, "Helvetica", 8.5)
            f.y += 11
        f.y += 10
        f.page.rect(m, f.y - 10, w - 2 * m, 26, fill=0.78)
        f.page.text(m + 8, f.y + 7, "GOV.UK", "Helvetica-Bold", 13)
        f.y += 34
        caption(f, s, "Driving test booking confirmed", 4)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Booking reference", serial(rng, "99999999")),
                    ("Candidate", pu.name),
                    ("Driving licence number", pu.licence),
                    (
                        "Test type",
                        "Car test (manual)" if rng.random() < 0.8 else "Car test (automatic)",
                    ),
                    ("Test centre", centre),
                    (
                        "Date and time",
                        f"{day(h, test_day)} at "
                        + rng.choice(
                            ["8:10am", "9:07am", "10:14am", "11:11am", "1:33pm", "2:30pm"]
                        ),
                    ),
                    ("Fee paid", "£62.00"),
                    ("Instructor", f"{owner()} (ADI {serial(keyed(who, 'adi'), '999999')})"),
                ],
                w - m,
                9,
            )
            + 10
        )
        for head in (
            "What to bring",
            "Changing or cancelling your test",
            "If your test is cancelled",
        ):
            f.heading(m, head, "Helvetica-Bold", 10.5)
            write(f, s, prose(rng, "en", 2, 4))
        write(
            f,
            s,
            "Find out more at www.gov.uk/driving-test. Do not reply to this email - it has "
            "been sent from a notification-only address.",
            8,
        )
        pages = f.pages
        if len(pages) == 1:
            pp = Page(A4)
            pp.text(m, 56, "Check your test result and feedback online.", "Helvetica", 9)
            pp.text(
                m,
                70,
                "OGL  All content is available under the Open Government Licence v3.0",
                "Helvetica",
                7,
            )
            pages.append(pp)
        for k, pg in enumerate(pages, 1):
            printed_mail(pg, d, subj, k, len(pages), url)
        remember(pu, d)
        return pages
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, tr(lg, "", "Prüfungsterminbestätigung", "Bordereau de réservation"))
    no = serial(rng, "9999999")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "", "Auftrags-Nr.", "N° de bordereau"), no),
            (tr(lg, "", "Fahrschul-Nr.", "N° agrément"), serial(keyed(who, "sch"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "",
            "Prüfungsterminbestätigung - praktische Prüfung",
            "Confirmation des places d'examen pratique - catégorie B",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            "",
            f"Für den {day(h, test_day)} sind folgende Bewerber/innen zur praktischen Prüfung "
            f"der Klasse B eingeteilt. Prüfort: {centre}. Prüfer/in: {officer(h, 'examiner')}.",
            "Les places suivantes ont été attribuées à votre établissement pour le "
            f"{day(h, test_day)} au {centre}. Inspecteur : {officer(h, 'examiner')}.",
        ),
    )
    pu = pupil_for(rng, ("theory_result",))
    n = rng.randint(2, 7)
    rows = []
    t = 7 * 60 + 30
    for k in range(n):
        cand = pu if k == 0 else a_pupil(rng)
        rows.append(
            [
                f"{t // 60:02d}:{t % 60:02d}",
                cand.name,
                short(cand.born, lg),
                "B" if rng.random() < 0.85 else "B197",
                cand.licence if lg == "fr" else serial(rng, "99999999"),
                instructor(rng).split()[-1],
            ]
        )
        t += 60 if lg == "de" else 32
    cols = columns(
        m,
        w - m,
        [(0.7, "left"), (2.2, "left"), (1.2, "left"), (0.6, "left"), (1.6, "left"), (1.3, "left")],
    )
    table(
        f,
        cols,
        [
            "Uhrzeit" if lg == "de" else "Heure",
            "Bewerber/in" if lg == "de" else "Candidat",
            "Geb.-Datum" if lg == "de" else "Né(e) le",
            tr(lg, "", "Kl.", "Cat."),
            "Prüfauftrag" if lg == "de" else "NEPH",
            "Fahrlehrer" if lg == "de" else "Enseignant",
        ],
        rows,
        s,
        rules=True,
        step=2.0,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "",
            f"Die Prüfungsgebühr von {cash(116.93, lg)} je Bewerber wird mit der "
            "Sammelrechnung abgerechnet. Bitte bringen Sie den Führerscheinantrag, den "
            "Personalausweis und den Ausbildungsnachweis mit.",
            "Les candidats doivent se présenter munis de leur pièce d'identité et du livret "
            "d'apprentissage. Toute place non utilisée sans motif est perdue.",
        ),
        s.size - 0.5,
    )
    pages = list(f.pages)
    if rng.random() < 0.5:
        f2 = sheets(s, h, "Hinweise" if lg == "de" else "Rappels", top=False)
        caption(
            f2,
            s,
            "Hinweise zur praktischen Prüfung" if lg == "de" else "Rappel des pièces à présenter",
            1,
            rule=True,
        )
        for _ in range(rng.randint(4, 7)):
            write(f2, s, "- " + prose(rng, lg, 1, 2), s.size - 1)
        pages += f2.pages
    pages = close(pages, s, h)
    remember(pu, d)
    return pages


def tpl_theory_result(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's theory test result: the DVSA pass letter with the certificate number, the
    scores and a feedback table; the TÜV or DEKRA Ergebnismitteilung slip from the exam
    terminal; the relevé de résultat of the ETG from the exam company."""
    h = head_of(who, "theory")
    lg = h.lang
    pu = pupil_for(rng, ())
    d = some_day(rng)
    passed = rng.random() < 0.65
    if lg == "de":
        s = style_of(h, A5, margin=30, pt=8.5)
        w, hh = A5
        m = s.margin
        p = Page(A5)
        y = heading(p, s, h)
        p.text(m, y, "Ergebnismitteilung", s.bold, 12)
        y += 12
        p.text(m, y, "Theoretische Fahrerlaubnisprüfung", s.font, 8.5)
        y += 20
        pts = rng.randint(0, 10) if passed else rng.randint(11, 40)
        y = pairs(
            p,
            s,
            m,
            y,
            [
                ("Bewerber/in", pu.name),
                ("Geburtsdatum", short(pu.born, lg)),
                ("Fahrerlaubnisklasse", "B"),
                ("Prüfauftrag", serial(rng, "99999999")),
                ("Prüfungsort", rng.choice(CENTRES[lg][row_no()])),
                (
                    "Datum / Uhrzeit",
                    f"{short(d, lg)} {rng.randint(8, 16):02d}:{rng.choice(['00', '30'])}",
                ),
                ("Fragebogen", serial(rng, "99.99.999")),
                ("Fehlerpunkte", f"{pts} (zulässig: 10)"),
            ],
            w - m,
            8.5,
        )
        y += 12
        p.rect(m, y, w - 2 * m, 28, fill=0.9)
        p.text(w / 2, y + 18, "BESTANDEN" if passed else "NICHT BESTANDEN", s.bold, 13, "center")
        y += 48
        write_at = wrap(prose(rng, lg, 1, 2), s.font, 7.5, w - 2 * m)
        for ln in write_at:
            p.text(m, y, ln, s.font, 7.5)
            y += 10
        y += 14
        p.text(m, y, "Amtlich anerkannte/r Sachverständige/r oder Prüfer/in", s.font, 6.5)
        scrawl(p, m, y + 22, officer(h, "aaS"), 11)
        p.barcode("code128", serial(rng, "999999999999"), m, hh - 110)
        remember(pu, d)
        return [p]
    s = style_of(h, A4, pt=9.5)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, "")
    cert = serial(rng, "99999999")
    recipient(
        f,
        s,
        h,
        pu.lines,
        d,
        [(tr(lg, "Booking ref", "", "N° de dossier"), serial(rng, "99999999"))],
    )
    if lg == "en":
        caption(f, s, "Theory test pass certificate" if passed else "Theory test result: fail", 4)
        write(f, s, dear(lg, mr(pu.name, lg)))
        write(
            f,
            s,
            "You passed your car theory test on "
            + day(h, d)
            + ". Keep this letter safe: you will need the certificate number when you book "
            "your practical test. The certificate is valid for 2 years."
            if passed
            else "You did not pass your car theory test on "
            + day(h, d)
            + ". You can book another test after 3 working days. The feedback below shows "
            "the topics you need to study.",
        )
        f.page.rect(m, f.y, w - 2 * m, 52)
        yy = pairs(
            f.page,
            s,
            m + 10,
            f.y + 14,
            [
                (
                    "Multiple choice questions",
                    f"{rng.randint(43, 50) if passed else rng.randint(30, 42)}/50 (pass mark 43)",
                ),
                ("Hazard perception", f"{rng.randint(44, 70)}/75 (pass mark 44)"),
                ("Certificate number", cert if passed else "-"),
            ],
            w - m - 10,
            9,
        )
        f.y = yy + 14
        if not passed or rng.random() < 0.4:
            rows = [
                [t, str(n), str(rng.randint(max(0, n - 3), n))]
                for t, n in (
                    ("Alertness", 4),
                    ("Attitude", 4),
                    ("Safety and your vehicle", 5),
                    ("Safety margins", 4),
                    ("Hazard awareness", 6),
                    ("Vulnerable road users", 6),
                    ("Other types of vehicle", 3),
                    ("Vehicle handling", 4),
                    ("Motorway rules", 4),
                    ("Rules of the road", 5),
                    ("Road and traffic signs", 5),
                )
            ]
            table(
                f,
                columns(m, w - m, [(4, "left"), (1, "right"), (1, "right")]),
                ["Topic", "Questions", "Correct"],
                rows,
                s,
                rules=True,
            )
        regards(f, s, lg, officer(h, "tt"), "DVSA Theory Test Service")
        if passed:
            f.need(120)
            y = max(f.y + 10, hh - m - 120)
            slip_rule(f.page, m, w - m, y, "Cut here and keep with your provisional licence")
            f.page.rect(m, y + 12, w - 2 * m, 70)
            f.page.text(m + 8, y + 28, "THEORY TEST PASS CERTIFICATE - CAR", "Helvetica-Bold", 10)
            f.page.text(m + 8, y + 44, f"{pu.name}   Licence: {pu.licence}", "Helvetica", 8.5)
            f.page.text(
                m + 8,
                y + 58,
                f"Certificate no. {cert}   Test date {short(d, lg)}   Expires "
                f"{short(d + timedelta(days=730), lg)}",
                "Helvetica",
                8.5,
            )
    else:
        score = rng.randint(35, 40) if passed else rng.randint(25, 34)
        caption(f, s, "Relevé de résultat - Épreuve théorique générale", 2)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Candidat", pu.name),
                    ("N° NEPH", pu.licence),
                    ("Date de l'examen", day(h, d)),
                    ("Centre", f"{h.name.split(' - ')[0]} - {h.town.split()[-1]}"),
                    ("Nombre de bonnes réponses", f"{score} / 40"),
                    ("Résultat", "FAVORABLE" if passed else "DÉFAVORABLE"),
                ],
                w - m,
                9.5,
            )
            + 12
        )
        write(
            f,
            s,
            "Le résultat favorable est valable 5 ans pour la présentation à l'épreuve "
            "pratique, dans la limite de 5 présentations. " + prose(rng, lg, 1, 2),
        )
        f.need(90)
        f.page.barcode("code128", f"ETG{serial(rng, '9999999999')}", m, f.y + 10)
        f.y += 90
    pages = close(f.pages, s, h, numbers="none")
    remember(pu, d)
    return pages


DL25 = [
    "Eyesight",
    "Controlled stop",
    "Reverse / right",
    "Reverse park",
    "Forward park",
    "Show me / tell me",
    "Control - accelerator",
    "Control - clutch",
    "Control - gears",
    "Control - footbrake",
    "Control - steering",
    "Move off - safely",
    "Move off - control",
    "Mirrors - signalling",
    "Mirrors - change direction",
    "Signals - necessary",
    "Signals - correctly",
    "Clearance / obstructions",
    "Response to signs - traffic lights",
    "Response to signs - road markings",
    "Use of speed",
    "Following distance",
    "Progress - appropriate speed",
    "Junctions - approach speed",
    "Junctions - observation",
    "Judgement - meeting",
    "Positioning - normal driving",
    "Pedestrian crossings",
    "Awareness / planning",
    "Independent driving",
]
PRUEF = [
    "Abfahrtkontrolle",
    "Fahrstreifenbenutzung",
    "Vorfahrt / Vorrang",
    "Geschwindigkeit",
    "Abstand",
    "Überholen",
    "Abbiegen",
    "Fahrstreifenwechsel",
    "Kreisverkehr",
    "Bahnübergang",
    "Fußgänger / Radfahrer",
    "Autobahn / Kraftfahrstraße",
    "Einparken",
    "Gefahrbremsung",
    "Umweltbewusste Fahrweise",
    "Verkehrsbeobachtung",
]
GRILLE = [
    "Connaître et utiliser les commandes",
    "Entrer, s'installer et assurer la sécurité",
    "Démarrer et s'arrêter",
    "Positionner le véhicule",
    "Adapter l'allure",
    "Détecter, prendre l'information",
    "Franchir les intersections",
    "Changer de direction",
    "Effectuer une insertion",
    "Croiser, dépasser",
    "Manœuvre",
    "Courtoisie",
    "Conduite autonome",
    "Éco-conduite",
    "Vérification / sécurité",
]


def tpl_test_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A practical test report as the pupil brings it in: the DL25 marking sheet (tallies of
    driving faults, serious and dangerous columns) with the notes on its back; the TÜV or
    DEKRA Prüfungsprotokoll; the grille d'évaluation with the marks per competence."""
    h = head_of(who, "testing")
    lg = h.lang
    pu = pupil_for(rng, ())
    d = workday(some_day(rng))
    passed = rng.random() < 0.55
    s = style_of(h, A4, margin=36, pt=8)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    title = tr(
        lg,
        "Driving Test Report DL25",
        "Prüfungsprotokoll praktische Fahrerlaubnisprüfung",
        "Grille d'évaluation - épreuve pratique catégorie B",
    )
    emblem(p, m, m - 8)
    p.text(m + 32, m + 2, fit(title, s.bold, 12, w - 2 * m - 32), s.bold, 12)
    p.text(m + 32, m + 14, fit(h.name, s.font, 7.5, w - 2 * m - 32), s.font, 7.5)
    y = fields(
        p,
        s,
        m,
        m + 26,
        w - 2 * m,
        [
            (tr(lg, "Candidate", "Bewerber/in", "Candidat"), pu.name),
            (tr(lg, "Licence / ref", "Prüfauftrag", "N° NEPH"), pu.licence),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Test centre", "Prüfort", "Centre"), rng.choice(CENTRES[lg][row_no()])),
            (tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"), rng.choice(plates())),
            (tr(lg, "Examiner", "Prüfer/in", "Inspecteur"), officer(h, "examiner")),
        ],
        per=3,
        tall=22,
        hand=lg != "de",
    )
    items = {"en": DL25, "de": PRUEF, "fr": GRILLE}[lg]
    heads = {
        "en": ["Driving faults", "S", "D"],
        "de": ["i.O.", "Fehler", "erhebl."],
        "fr": ["A", "B", "C", "E"],
    }[lg]
    x0 = w - m - 50 * len(heads)
    p.text(m, y, tr(lg, "Item", "Prüfungsinhalt", "Compétence"), s.bold, 7.5)
    for k, t in enumerate(heads):
        p.text(x0 + 50 * k + 25, y, t, s.bold, 7.5, "center")
    y += 4
    rowh = min(17.0, (hh - m - 140 - y) / len(items))
    fails = 0
    for it in items:
        p.rect(m, y, w - 2 * m, rowh)
        p.text(m + 3, y + rowh - 4.5, fit(it, s.font, 7, x0 - m - 6), s.font, 7)
        for k in range(len(heads)):
            p.line(x0 + 50 * k, y, x0 + 50 * k, y + rowh)
        r = rng.random()
        if lg == "en":
            if r < 0.25:
                p.text(x0 + 6, y + rowh - 4, "/" * rng.randint(1, 3), HAND, 9)
            elif r < 0.28 and not passed:
                p.text(x0 + 75, y + rowh - 4, "/", HAND, 9, "center")
                fails += 1
        elif lg == "de":
            k = 0 if r < 0.8 else 1 if r < 0.95 or passed else 2
            fails += k == 2
            p.text(x0 + 50 * k + 25, y + rowh - 4, "X", HAND, 9, "center")
        else:
            k = rng.choice([0, 0, 1, 1, 2]) if passed else rng.choice([1, 2, 2, 3])
            p.text(x0 + 50 * k + 25, y + rowh - 4, "X", HAND, 9, "center")
        y += rowh
    y += 16
    p.text(m, y, tr(lg, "Result:", "Ergebnis:", "Résultat :"), s.bold, 9)
    ticks(
        p,
        s,
        m + 60,
        y,
        250,
        [
            tr(lg, "Pass", "bestanden", "Favorable"),
            tr(lg, "Fail", "nicht bestanden", "Défavorable"),
        ],
        {0 if passed else 1},
        9,
    )
    if lg == "en":
        p.text(m + 300, y, "Total faults:", s.font, 8)
        hand(p, m + 360, y, str(rng.randint(2, 14)), 10)
    if lg == "fr":
        p.text(m + 300, y, "Total :", s.font, 8)
        hand(p, m + 340, y, f"{rng.randint(20, 29) if passed else rng.randint(9, 19)} / 31", 10)
    y += 30
    sign_box(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Examiner's signature", "Unterschrift Prüfer/in", "Signature de l'inspecteur"),
        officer(h, "examiner"),
    )
    sign_box(p, s, w - m - 180, y, 180, tr(lg, "Candidate", "Bewerber/in", "Candidat"), pu.name)
    pages = [p]
    if lg == "en" or rng.random() < 0.3:
        pb = Page(A4)
        pb.text(
            m,
            m,
            tr(lg, "Notes for candidates", "Hinweise für Bewerber", "Informations aux candidats"),
            s.bold,
            10,
        )
        y = m + 18
        for _ in range(rng.randint(6, 10)):
            for ln in wrap(prose(rng, lg, 1, 3), s.font, 7.5, w - 2 * m):
                pb.text(m, y, ln, s.font, 7.5)
                y += 10
            y += 6
        pb.text(m, hh - m, tr(lg, "DL25 (Rev.) back", "Rückseite", "Verso"), s.font, 6)
        pages.append(pb)
    remember(pu, d)
    return pages


def tpl_instructor_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """An instructor's registration certificate with the registrar's covering letter: the
    ADI certificate (a card-sized badge printed on a sheet), the Fahrlehrerlaubnis
    Urkunde, or the préfecture's arrêté with its articles and the signature."""
    h = head_of(who, "registrar")
    lg = h.lang
    d = some_day(rng)
    name = instructor(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, "")
    no = serial(rng, "999999")
    recipient(
        f,
        s,
        h,
        [mr(name, lg), *school_lines()[1:]]
        if rng.random() < 0.5
        else [name, school_lines()[0], *school_lines()[1:]],
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), serial(rng, "AA/99/9999"))],
    )
    f.y += 4
    caption(
        f,
        s,
        tr(
            lg,
            "Your ADI registration",
            "Ihre Fahrlehrerlaubnis",
            "Autorisation d'enseigner la conduite",
        ),
        2,
    )
    write(f, s, dear(lg, mr(name, lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Your registration as an approved driving instructor has been renewed until "
            f"{day(h, d + timedelta(days=1460))}. Your new certificate is enclosed. You must "
            "display it in the windscreen of the car whenever you give paid instruction.",
            "anbei erhalten Sie die Urkunde über Ihre Fahrlehrerlaubnis. Bitte bewahren Sie "
            "die Urkunde sorgfältig auf; eine Ausfertigung ist bei der Ausbildung mitzuführen.",
            "J'ai l'honneur de vous adresser l'arrêté portant renouvellement de votre "
            f"autorisation d'enseigner, valable jusqu'au {day(h, d + timedelta(days=1826))}.",
        ),
    )
    write(f, s, prose(rng, lg, 1, 3))
    regards(
        f,
        s,
        lg,
        officer(h, "reg"),
        tr(lg, "ADI Registrar", "Sachbearbeitung", "Pour le préfet et par délégation"),
    )
    pages = list(f.pages)
    p = Page(A4)
    if lg == "en":
        x, y = (w - 250) / 2, 120
        p.rect(x, y, 250, 160, fill=0.93)
        p.rect(x, y, 250, 160)
        p.text(x + 125, y + 18, "APPROVED DRIVING INSTRUCTOR", "Helvetica-Bold", 9, "center")
        photo(p, x + 12, y + 30, 62, 78, rng)
        for k, (a, b) in enumerate(
            [
                ("Name", name),
                ("ADI No.", no),
                ("Expires", short(d + timedelta(days=1460), lg)),
                ("Cert. No.", serial(rng, "A999999")),
            ]
        ):
            p.text(x + 84, y + 42 + k * 16, a, "Helvetica", 6.5)
            p.text(x + 130, y + 42 + k * 16, fit(b, "Helvetica-Bold", 8, 110), "Helvetica-Bold", 8)
        p.text(x + 125, y + 150, "Driver and Vehicle Standards Agency", "Helvetica", 7, "center")
        slip_rule(p, x - 20, x + 270, y - 14, "Detach and display")
        p.text(m, 360, "Keep this part for your records.", "Helvetica", 9)
        p.text(
            m,
            376,
            f"ADI {no} - registration period {short(d, lg)} to "
            f"{short(d + timedelta(days=1460), lg)}",
            "Helvetica",
            9,
        )
    elif lg == "de":
        p.rect(30, 30, w - 60, hh - 60)
        p.rect(36, 36, w - 72, hh - 72)
        emblem(p, w / 2 - 11, 70)
        p.text(w / 2, 130, fit(h.name.split(" - ")[0], s.bold, 12, w - 120), s.bold, 12, "center")
        p.text(w / 2, 200, "URKUNDE", "Times-Bold", 26, "center")
        p.text(w / 2, 230, "über die Erteilung der Fahrlehrerlaubnis", "Times-Roman", 13, "center")
        y = 290
        for a, b in [
            ("Herr/Frau", name),
            (
                "geboren am",
                short(date(rng.randint(1965, 1995), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            ("Fahrlehrerlaubnisklassen", rng.choice(["BE", "BE, A", "BE, A, CE"])),
            ("Fahrlehrerschein-Nr.", no),
        ]:
            p.text(110, y, a, "Times-Roman", 11)
            p.text(290, y, b, "Times-Bold", 11)
            y += 24
        write_lines = wrap(
            "Der Inhaber / die Inhaberin ist berechtigt, Fahrschülern Unterricht in den "
            "genannten Klassen zu erteilen (§ 1 FahrlG).",
            "Times-Roman",
            10,
            w - 220,
        )
        for ln in write_lines:
            p.text(110, y + 10, ln, "Times-Roman", 10)
            y += 14
        p.text(110, hh - 200, f"{h.town.split()[-1]}, den {short(d, lg)}", "Times-Roman", 11)
        seal(p, 160, hh - 130, 34, h.name.split(" - ")[0], "Siegel")
        scrawl(p, w - 240, hh - 140, officer(h, "reg"))
        p.text(w - 240, hh - 126, "Im Auftrag", "Times-Roman", 9)
    else:
        ff = Sheets(A4, hh - 60, lambda pg, n: 60)
        ff.page = p
        ff.pages = [p]
        emblem(p, m, 40)
        p.text(
            m + 32,
            50,
            "PRÉFET DU "
            + h.name.split(" - ")[0]
            .replace("Préfecture du ", "")
            .replace("Préfecture de la ", "")
            .upper(),
            "Times-Bold",
            10,
        )
        p.text(m + 32, 62, "Liberté Égalité Fraternité", "Times-Italic", 8)
        ff.y = 110
        caption(ff, s, f"Arrêté n° {serial(rng, '9999-99-999')}", 3)
        write(
            ff,
            s,
            "portant renouvellement de l'autorisation d'enseigner, à titre onéreux, la "
            "conduite des véhicules à moteur et la sécurité routière",
        )
        write(
            ff,
            s,
            "Le préfet, Vu le code de la route, notamment ses articles L. 212-1 à L. 212-5 et "
            "R. 212-1 à R. 212-6 ; Vu l'arrêté du 8 janvier 2001 modifié ; Vu la demande "
            "présentée par l'intéressé(e) ;",
        )
        p_arts = [
            f"L'autorisation d'enseigner n° A {serial(rng, '99 999 9999 0')} délivrée à "
            f"{mr(name, lg)} est renouvelée pour une durée de cinq ans.",
            "Catégories : B, B1.",
            "La présente autorisation doit être présentée à toute réquisition des agents de "
            "l'autorité.",
            "Le directeur départemental des territoires est chargé de l'exécution du présent "
            "arrêté.",
        ]
        for k, t in enumerate(p_arts, 1):
            ff.heading(m, f"Article {k}", s.bold, s.size + 1)
            write(ff, s, t)
        ff.need(100)
        ff.page.text(
            w - m - 200, ff.y + 10, f"Fait à {h.town.split()[-1]}, le {day(h, d)}", s.font, s.size
        )
        scrawl(ff.page, w - m - 200, ff.y + 50, officer(h, "pref"))
        seal(ff.page, w - m - 60, ff.y + 50, 30, "PRÉFECTURE", h.town.split()[-1])
        pages += ff.pages
        pages = close(pages, s, h, numbers="none")
        remember(None, d)
        return pages
    pages.append(p)
    pages = close(pages, s, h, numbers="none")
    remember(None, d)
    return pages


def tpl_check_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A supervision report on the school or an instructor: the ADI standards check report
    (a covering letter, the competence grid scored 0-3 and the examiner's summary), the
    Niederschrift über die Fahrschulüberwachung or the rapport de contrôle (a checklist of
    records and rooms, the defects found with deadlines, the signatures)."""
    h = head_of(who, "registrar")
    lg = h.lang
    d = some_day(rng)
    name = instructor(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    pages: list[Page] = []
    if lg == "en":
        f = sheets(s, h, "")
        recipient(
            f,
            s,
            h,
            [name, *school_lines()[1:]],
            d + timedelta(days=rng.randint(2, 8)),
            [("ADI number", serial(keyed(who, "adi"), "999999"))],
        )
        caption(f, s, "Your standards check result", 2)
        write(f, s, dear(lg, mr(name, lg)))
        write(
            f,
            s,
            f"Thank you for attending your standards check on {day(h, d)}. Your report form is "
            "enclosed. " + prose(rng, lg, 1, 2),
        )
        regards(f, s, lg, officer(h, "sce"), "ADI Examiner")
        pages += close(f.pages, s, h, numbers="none")
    title = tr(
        lg,
        "ADI Standards Check - Report",
        "Niederschrift über die Fahrschulüberwachung (§ 51 FahrlG)",
        "Rapport de contrôle de l'établissement d'enseignement",
    )
    f = sheets(s, h, title, top=lg != "en")
    if lg == "en":
        f.page.text(m, f.y + 6, title, s.bold, 13)
        f.y += 26
    else:
        caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Instructor", "Fahrschule / Inhaber", "Établissement"),
                name if lg == "en" else f"{school_lines()[0]} / {owner()}",
            ),
            (tr(lg, "Date", "Datum der Überprüfung", "Date du contrôle"), short(d, lg)),
            (
                tr(lg, "Lesson theme", "Art der Überprüfung", "Objet"),
                rng.choice(
                    {
                        "en": [
                            "Junctions",
                            "Town centre driving",
                            "Dual carriageways",
                            "Independent driving",
                        ],
                        "de": ["Formelle Überwachung", "Unterrichtsbesuch", "Fahrstundenbesuch"],
                        "fr": ["Contrôle administratif", "Contrôle pédagogique"],
                    }[lg]
                ),
            ),
            (
                tr(lg, "Pupil level", "Prüfer/in", "Inspecteur"),
                rng.choice(["Partly trained", "Trained", "Beginner"])
                if lg == "en"
                else officer(h, "ins"),
            ),
        ],
        per=2,
        tall=24,
        hand=lg == "en",
    )
    if lg == "en":
        groups = [
            (
                "Lesson planning",
                [
                    "Did the trainer identify the pupil's learning goals and needs?",
                    "Was the agreed lesson structure appropriate?",
                    "Were the practice areas suitable?",
                    "Was the lesson plan adapted?",
                ],
            ),
            (
                "Risk management",
                [
                    "Did the trainer ensure the pupil understood how risk would be shared?",
                    "Were directions and instructions given clearly?",
                    "Was the trainer aware of the surroundings and the pupil's actions?",
                    "Was any verbal or physical intervention timely?",
                    "Was sufficient feedback given on safety?",
                ],
            ),
            (
                "Teaching and learning strategies",
                [
                    "Was the teaching style suited to the pupil's learning style?",
                    "Was the pupil encouraged to analyse problems?",
                    "Were opportunities and examples used to clarify outcomes?",
                    "Was the technical information accurate?",
                    "Was appropriate feedback given?",
                    "Were the pupil's queries followed up?",
                    "Did the trainer maintain an appropriate atmosphere?",
                    "Did the pupil reflect on their performance?",
                ],
            ),
        ]
        total = 0
        for g, qs in groups:
            f.y = band(f.page, s, f.y + 6, g) + 8
            rows = []
            for q in qs:
                sc = rng.choice([1, 2, 2, 3, 3, 3])
                total += sc
                rows.append([q, str(sc)])
            table(
                f,
                columns(m, w - m, [(8, "left"), (1, "center")]),
                ["", "Score 0-3"],
                rows,
                s,
                size=7.5,
                rules=True,
            )
        f.y += 6
        grade = "A" if total >= 43 else "B" if total >= 31 else "Fail"
        write(f, s, f"Total score: {total} / 51     Overall grade: {grade}", s.size + 1)
        f.heading(m, "Review / feedback", s.bold, s.size + 1)
        for _ in range(3):
            f.need(14)
            f.page.text(m, f.y, fit(prose(rng, lg, 1, 1), HAND, 9, w - 2 * m), HAND, 9)
            f.page.line(m, f.y + 3, w - m, f.y + 3)
            f.y += 16
    else:
        checks = {
            "de": [
                "Ausbildungsnachweise vollständig",
                "Tagesnachweise geführt und unterschrieben",
                "Preisaushang sichtbar",
                "Ausbildungsverträge schriftlich",
                "Unterrichtsraum (Größe, Ausstattung)",
                "Lehrmittel vorhanden",
                "Fahrschulfahrzeuge mit Doppelbedienung",
                "Fortbildungsnachweise der Fahrlehrer",
            ],
            "fr": [
                "Affichage des tarifs et du programme",
                "Contrats de formation signés",
                "Registre des élèves à jour",
                "Livrets d'apprentissage",
                "Local d'enseignement",
                "Véhicules équipés de doubles commandes",
                "Attestations d'assurance",
                "Autorisations d'enseigner en cours de validité",
            ],
        }[lg]
        rows = []
        defects = []
        for c in checks:
            ok = rng.random() < 0.82
            rows.append(
                [c, "X" if ok else "", "" if ok else "X", "" if ok else words(rng, lg, n=4)[:-1]]
            )
            if not ok:
                defects.append(c)
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.6, "center"), (0.8, "center"), (3, "left")]),
            [
                tr(lg, "", "Prüfpunkt", "Point de contrôle"),
                tr(lg, "", "i.O.", "Conf."),
                tr(lg, "", "Mangel", "Non conf."),
                tr(lg, "", "Bemerkung", "Observation"),
            ],
            rows,
            s,
            rules=True,
            step=2.0,
        )
        f.heading(
            m,
            tr(lg, "", "Festgestellte Mängel und Fristen", "Mesures demandées et délais"),
            s.bold,
            s.size + 1,
        )
        for c in defects or [tr(lg, "", "keine", "néant")]:
            write(
                f,
                s,
                f"- {c}: "
                + (words(rng, lg) if defects else "")
                + (
                    f" ({tr(lg, '', 'Frist', 'délai')}: {short(d + timedelta(days=30), lg)})"
                    if defects
                    else ""
                ),
            )
        f.heading(m, tr(lg, "", "Ergebnis", "Conclusion"), s.bold, s.size + 1)
        write(f, s, prose(rng, lg, 2, 3))
        f.need(70)
        f.y += 30
        sign_box(
            f.page, s, m, f.y, 180, tr(lg, "", "Überwachende/r", "L'inspecteur"), officer(h, "ins")
        )
        sign_box(
            f.page,
            s,
            w - m - 180,
            f.y,
            180,
            tr(lg, "", "Inhaber/in der Fahrschule", "Le représentant légal"),
            owner(),
        )
        f.y += 20
    pages += close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RRR: the cars, their insurance, the pupils' certificates, letters and adverts
# ---------------------------------------------------------------------------------------------


def tpl_lease_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A dual-control car leasing agreement: the agreement page (lessee, vehicle, term,
    mileage, rentals), the equipment schedule (dual controls, mirrors, roof sign), one or two
    terms pages, the signature page and now and then a direct debit mandate."""
    h = head_of(who, "lessor", abroad=0.1)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    car = rng.randrange(3)
    model = CARS[lg][car]
    no = serial(rng, "LA-999999")
    title = tr(
        lg,
        "Hire Agreement - Dual-Controlled Tuition Vehicle",
        "Leasingvertrag Fahrschulfahrzeug",
        "Contrat de location longue durée - véhicule double commande",
    )
    f = sheets(s, h, f"{title} - {no}")
    caption(f, s, title, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Agreement no.", "Vertragsnummer", "Contrat n°"), no),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            ],
            w * 0.5,
            s.size - 1,
        )
        + 6
    )
    f.y = band(f.page, s, f.y + 6, tr(lg, "Lessee", "Leasingnehmer", "Locataire")) + 8
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Firma", "Raison sociale"), school_lines()[0]),
            (tr(lg, "Contact", "Inhaber", "Gérant"), owner()),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(school_lines()[1:])),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "99999"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = band(f.page, s, f.y + 6, tr(lg, "Vehicle", "Fahrzeug", "Véhicule")) + 8
    months = rng.choice([24, 36, 36, 48])
    km = rng.choice([30000, 35000, 40000])
    rental = rng.choice([329.0, 359.0, 389.0, 419.0, 449.0])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Make / model", "Marke / Modell", "Marque / modèle"), model),
            (
                tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
                plates()[car]
                if rng.random() < 0.5
                else tr(lg, "TBA", "wird nachgereicht", "à venir"),
            ),
            (tr(lg, "Chassis no. (VIN)", "FIN", "N° VIN"), serial(rng, "AAA9AAA99A9999999")),
            (
                tr(lg, "Delivery", "Übergabe", "Livraison"),
                short(d + timedelta(days=rng.randint(14, 60)), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = (
        band(
            f.page,
            s,
            f.y + 6,
            tr(lg, "Term and charges", "Laufzeit und Entgelte", "Durée et loyers"),
        )
        + 12
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Term", "Laufzeit", "Durée"),
                f"{months} " + tr(lg, "months", "Monate", "mois"),
            ),
            (
                tr(lg, "Annual mileage", "Fahrleistung p.a.", "Kilométrage annuel"),
                f"{km:,} km".replace(",", "."),
            ),
            (
                tr(lg, "Initial rental", "Sonderzahlung", "Premier loyer majoré"),
                cash(rental * 3, lg),
            ),
            (
                tr(
                    lg,
                    "Monthly rental (excl. VAT)",
                    "Monatliche Leasingrate netto",
                    "Loyer mensuel HT",
                ),
                cash(rental, lg),
            ),
            (tr(lg, "Excess mileage", "Mehr-km", "Km supplémentaire"), cash(0.09, lg) + " / km"),
        ],
        w - m,
        s.size,
    )
    write(f, s, prose(rng, lg, 2, 3, legal=True), s.size - 1)
    pages = list(f.pages)
    g = sheets(s, h, f"{title} - {no}", top=False)
    caption(
        g,
        s,
        tr(
            lg,
            "Schedule 1 - Tuition equipment",
            "Anlage 1 - Fahrschulausstattung",
            "Annexe 1 - Équipements auto-école",
        ),
        2,
        rule=True,
    )
    eq = {
        "en": [
            "Dual clutch and brake (cable type)",
            "Instructor's rear-view mirror",
            "Instructor's wing mirrors (pair)",
            "Magnetic roof sign with school logo",
            "Dash camera (front and rear)",
            "Fire extinguisher and first aid kit",
        ],
        "de": [
            "Doppelpedalanlage Kupplung/Bremse",
            "Fahrlehrer-Innenspiegel",
            "Fahrlehrer-Außenspiegel (Paar)",
            "Dachschild 'FAHRSCHULE' beleuchtet",
            "Prüfrechner-Halterung",
            "Verbandkasten, Warndreieck",
        ],
        "fr": [
            "Doubles commandes embrayage et frein",
            "Rétroviseur intérieur moniteur",
            "Rétroviseurs extérieurs moniteur",
            "Panneau de toit AUTO-ÉCOLE",
            "Caméra embarquée",
            "Extincteur et trousse de secours",
        ],
    }[lg]
    table(
        g,
        columns(m, w - m, [(5, "left"), (1, "center"), (1.4, "right")]),
        [
            tr(lg, "Item", "Ausstattung", "Équipement"),
            tr(lg, "Incl.", "inkl.", "Inclus"),
            tr(lg, "Charge", "Preis", "Prix"),
        ],
        [
            [
                e,
                "X" if rng.random() < 0.7 else "",
                "-" if rng.random() < 0.7 else cash(rng.choice([45.0, 120.0, 240.0]), lg),
            ]
            for e in eq
        ],
        s,
        rules=True,
        step=2.0,
    )
    write(g, s, prose(rng, lg, 1, 2, legal=True), s.size - 1)
    pages += g.pages
    heads = {
        "en": [
            "Definitions",
            "Hire period",
            "Rentals",
            "Use of the vehicle",
            "Tuition use",
            "Maintenance",
            "Insurance",
            "Damage",
            "Return condition",
            "Excess mileage",
            "Termination",
            "Governing law",
        ],
        "de": [
            "Vertragsgegenstand",
            "Laufzeit",
            "Leasingraten",
            "Nutzung als Fahrschulfahrzeug",
            "Wartung",
            "Versicherung",
            "Schäden",
            "Rückgabe",
            "Mehr-/Minderkilometer",
            "Kündigung",
            "Gerichtsstand",
        ],
        "fr": [
            "Objet",
            "Durée",
            "Loyers",
            "Utilisation",
            "Entretien",
            "Assurance",
            "Sinistres",
            "Restitution",
            "Kilométrage",
            "Résiliation",
            "Juridiction",
        ],
    }[lg]
    pages.append(
        terms_page(
            rng,
            s,
            h,
            tr(
                lg,
                "General terms of hire",
                "Allgemeine Leasingbedingungen",
                "Conditions générales de location",
            ),
            heads,
        )
    )
    if rng.random() < 0.4:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General terms of hire (continued)",
                    "Allgemeine Leasingbedingungen (Fortsetzung)",
                    "Conditions générales (suite)",
                ),
                heads[6:],
            )
        )
    sp = Page(A4)
    y = m + 20
    sp.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, 12)
    y += 24
    for ln in wrap(prose(rng, lg, 2, 3, legal=True), s.font, s.size - 1, w - 2 * m):
        sp.text(m, y, ln, s.font, s.size - 1)
        y += 12
    y += 60
    sign_box(
        sp,
        s,
        m,
        y,
        200,
        tr(lg, "Signed for the lessee", "Leasingnehmer", "Le locataire (lu et approuvé)"),
        owner(),
    )
    sign_box(
        sp,
        s,
        w - m - 200,
        y,
        200,
        tr(lg, "Signed for the lessor", "Leasinggeber", "Le loueur"),
        officer(h, "sales"),
    )
    hand(sp, m, y + 30, f"{school_lines()[2].split()[-1]}, {short(d, lg)}", 9)
    pages.append(sp)
    if rng.random() < 0.5:
        mp = Page(A4)
        y = m
        mp.text(
            m,
            y,
            tr(
                lg,
                "Instruction to your bank to pay by Direct Debit",
                "SEPA-Lastschriftmandat",
                "Mandat de prélèvement SEPA",
            ),
            s.bold,
            12,
        )
        y += 20
        y = fields(
            mp,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Name of account holder", "Kontoinhaber", "Titulaire du compte"),
                    school_lines()[0],
                ),
                (
                    "IBAN" if lg != "en" else "Sort code / account no.",
                    serial(rng, "DE99 9999 9999 9999 9999 99")
                    if lg == "de"
                    else serial(rng, "FR76 9999 9999 9999 9999 999")
                    if lg == "fr"
                    else serial(rng, "99-99-99  99999999"),
                ),
                (tr(lg, "Reference", "Mandatsreferenz", "RUM"), no),
                (
                    tr(lg, "Creditor", "Gläubiger-ID", "ICS"),
                    serial(rng, "DE99ZZZ99999999999") if lg != "en" else serial(rng, "999999"),
                ),
            ],
            per=1,
            tall=28,
        )
        y += 20
        for ln in wrap(prose(rng, lg, 2, 3, legal=True), s.font, 8, w - 2 * m):
            mp.text(m, y, ln, s.font, 8)
            y += 11
        sign_box(
            mp,
            s,
            m,
            y + 50,
            220,
            tr(lg, "Signature(s) / date", "Ort, Datum, Unterschrift", "Signature / date"),
            owner(),
        )
        pages.append(mp)
    pages = close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(None, d, car)
    return pages


def tpl_fitting(rng: random.Random, who: Issuer) -> list[Page]:
    """A dual-control fitter's invoice for fitting (or moving) the dual controls into a car,
    with the fitting certificate behind (the Anbaubestätigung with the type approval, the
    attestation de montage)."""
    h = head_of(who, "fitter", abroad=0.15)
    lg = h.lang
    d = last_day(rng, ("lease_agreement",), (10, 40))
    ex = LAST["extra"]
    car = ex if after(("lease_agreement",)) and isinstance(ex, int) else rng.randrange(4)
    s = style_of(h, A4 if lg != "en" else rng.choice([A4, LETTER]))
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, "99999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), plates()[car % 4]),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    move = rng.random() < 0.35
    rows = [
        [
            tr(
                lg,
                "Dual control system, clutch and brake, to suit",
                "Doppelbedienung Kupplung + Bremse, passend für",
                "Double commande embrayage + frein pour",
            )
            + f" {CARS[home()][car % 3]}",
            "1",
            money(495.0 if not move else 0.0, lg),
        ],
        [
            tr(lg, "Fitting labour", "Einbau (Arbeitslohn)", "Main d'œuvre pose"),
            "3,5" if lg != "en" else "3.5",
            money(227.5, lg),
        ],
    ]
    if move:
        rows.append(
            [
                tr(
                    lg,
                    "Removal from old vehicle",
                    "Ausbau aus Altfahrzeug",
                    "Dépose sur ancien véhicule",
                ),
                "1",
                money(140.0, lg),
            ]
        )
    if rng.random() < 0.5:
        rows.append(
            [
                tr(
                    lg,
                    "Instructor mirror kit",
                    "Fahrlehrerspiegel-Set",
                    "Kit rétroviseurs moniteur",
                ),
                "1",
                money(68.0, lg),
            ]
        )
    net = sum(
        float(r[2].replace(".", "").replace(",", ".").replace(" ", ""))
        if lg != "en"
        else float(r[2].replace(",", ""))
        for r in rows
    )
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.7, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty/hrs", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment due within 14 days. Fitting certificate attached - keep with the vehicle "
            "documents.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug. Die Anbaubestätigung liegt bei und ist "
            "mitzuführen.",
            "Paiement à 30 jours. L'attestation de montage est jointe et doit être conservée "
            "avec la carte grise.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    c = Page(A4)
    y = heading(c, s, h)
    c.text(
        w / 2,
        y + 10,
        tr(
            lg,
            "DUAL CONTROL FITTING CERTIFICATE",
            "ANBAUBESTÄTIGUNG DOPPELBEDIENUNG",
            "ATTESTATION DE MONTAGE DOUBLE COMMANDE",
        ),
        s.bold,
        13,
        "center",
    )
    y += 40
    y = fields(
        c,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), CARS[home()][car % 3]),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), plates()[car % 4]),
            ("VIN", serial(rng, "AAA9AAA99A9999999")),
            (
                tr(lg, "System / type approval", "Typ / ABE-Nr.", "Type / homologation"),
                serial(rng, "DC-99 / e9*99*9999"),
            ),
            (tr(lg, "Date fitted", "Einbaudatum", "Date de pose"), short(d, lg)),
            (tr(lg, "Fitter", "Monteur", "Technicien"), officer(h, "fit")),
        ],
        per=2,
        tall=26,
    )
    checks = {
        "en": [
            "Pedal travel checked",
            "Cables secured and lubricated",
            "No interference with driver's pedals",
            "Road test completed",
        ],
        "de": [
            "Pedalweg geprüft",
            "Seilzüge befestigt",
            "Keine Beeinträchtigung der Fahrerpedale",
            "Probefahrt durchgeführt",
        ],
        "fr": [
            "Course des pédales contrôlée",
            "Câbles fixés",
            "Aucune gêne côté conducteur",
            "Essai routier effectué",
        ],
    }[lg]
    y = ticks(c, s, m, y + 10, w - 2 * m, checks, set(range(len(checks))), 9) + 10
    for ln in wrap(prose(rng, lg, 2, 3, legal=True), s.font, 8.5, w - 2 * m):
        c.text(m, y, ln, s.font, 8.5)
        y += 12
    sign_box(
        c,
        s,
        m,
        y + 60,
        200,
        tr(lg, "Signed (fitter)", "Unterschrift Monteur", "Signature du technicien"),
        officer(h, "fit"),
    )
    seal(c, w - m - 70, y + 50, 34, h.name[:26], h.town.split()[-1])
    pages.append(c)
    remember(None, d)
    return pages


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The motor fleet insurance schedule of the school's tuition cars: the broker's or
    insurer's covering letter, the schedule (insured, period, cover, excesses, premium), the
    list of vehicles on a landscape page, an endorsements page and the certificate of motor
    insurance (or the Versicherungsbestätigung, the attestation / mémo véhicule)."""
    h = head_of(who, "insurer")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    pol = serial(rng, {"en": "TMI/999999/AA", "de": "99-999.999-9", "fr": "AE 9999999"}[lg])
    start = month() + timedelta(days=rng.randint(10, 40))
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        [owner(), *school_lines()] if lg == "en" else school_lines(),
        d,
        [(tr(lg, "Policy no.", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your motor fleet renewal",
            "Ihre Kraftfahrtversicherung - Versicherungsschein",
            "Renouvellement de votre contrat flotte auto-école",
        ),
        2,
    )
    write(f, s, dear(lg, mr(owner(), lg)))
    write(f, s, prose(rng, lg, 2, 3, legal=True))
    regards(
        f,
        s,
        lg,
        officer(h, "acc"),
        tr(lg, "Account handler", "Kundenbetreuung", "Votre conseiller"),
    )
    pages = list(f.pages)
    g = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(g, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    prem = rng.choice([2840.0, 3215.0, 3690.0, 4120.0])
    g.y = (
        pairs(
            g.page,
            s,
            m,
            g.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), school_lines()[0]),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
                ),
                (
                    tr(lg, "Cover", "Umfang", "Garanties"),
                    tr(lg, "Comprehensive", "Haftpflicht + Vollkasko", "Tous risques"),
                ),
                (
                    tr(lg, "Use", "Verwendung", "Usage"),
                    tr(
                        lg,
                        "Social, domestic, pleasure and driving tuition for reward",
                        "Fahrschulfahrzeug (Ausbildung und Prüfung)",
                        "Auto-école : enseignement et examens",
                    ),
                ),
                (
                    tr(
                        lg,
                        "Excess - pupil driving",
                        "Selbstbeteiligung Fahrschüler",
                        "Franchise élève conducteur",
                    ),
                    cash(rng.choice([250.0, 500.0, 750.0]), lg),
                ),
                (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle TTC"), cash(prem, lg)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(g, s, prose(rng, lg, 2, 3, legal=True), s.size - 1)
    pages += g.pages
    L = landscape(A4)
    sl = paper(s, L, margin=40, pt=8.5)
    lf = sheets(
        sl,
        h,
        f"{tr(lg, 'Vehicle schedule', 'Fahrzeugverzeichnis', 'Liste des véhicules')} - {pol}",
        top=False,
    )
    caption(
        lf,
        sl,
        tr(
            lg,
            "Schedule of vehicles",
            "Verzeichnis der versicherten Fahrzeuge",
            "Liste des véhicules assurés",
        ),
        2,
        rule=True,
    )
    rows = [
        [
            plates()[k],
            CARS[home()][k % 3],
            str(rng.randint(2019, 2025)),
            cash(rng.choice([16500.0, 18900.0, 21450.0]), lg),
            tr(lg, "Yes", "ja", "oui"),
            cash(prem / 4 + rng.randint(-80, 80), lg),
        ]
        for k in range(4)
    ]
    table(
        lf,
        columns(
            40,
            L[0] - 40,
            [
                (1.2, "left"),
                (3, "left"),
                (0.8, "center"),
                (1.3, "right"),
                (1.2, "center"),
                (1.3, "right"),
            ],
        ),
        [
            tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
            tr(lg, "Make and model", "Fahrzeug", "Véhicule"),
            tr(lg, "Year", "EZ", "Année"),
            tr(lg, "Value", "Neuwert", "Valeur"),
            tr(lg, "Dual controls", "Doppelbed.", "Double cde"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        sl,
        rules=True,
        step=2.2,
    )
    pages += lf.pages
    if rng.random() < 0.6:
        pages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Endorsements applying to this policy",
                    "Besondere Bedingungen und Klauseln",
                    "Clauses particulières",
                ),
                [
                    f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {serial(rng, '999')}"
                    for _ in range(6)
                ],
            )
        )
    c = Page(A4)
    y = m
    c.rect(m - 10, y - 14, w - 2 * m + 20, 330)
    c.text(
        w / 2,
        y + 4,
        tr(
            lg,
            "CERTIFICATE OF MOTOR INSURANCE",
            "VERSICHERUNGSBESTÄTIGUNG",
            "ATTESTATION D'ASSURANCE",
        ),
        s.bold,
        13,
        "center",
    )
    y += 26
    y = (
        pairs(
            c,
            s,
            m,
            y,
            [
                (tr(lg, "1. Registration marks", "Kennzeichen", "Véhicules"), ", ".join(plates())),
                (
                    tr(lg, "2. Policyholder", "Versicherungsnehmer", "Souscripteur"),
                    school_lines()[0],
                ),
                (tr(lg, "3. Effective date", "Beginn", "Date d'effet"), short(start, lg)),
                (tr(lg, "4. Expiry", "Ablauf", "Échéance"), short(start + timedelta(days=364), lg)),
                (
                    tr(
                        lg,
                        "5. Persons entitled to drive",
                        "Berechtigte Fahrer",
                        "Conducteurs autorisés",
                    ),
                    tr(
                        lg,
                        "Policyholder, any ADI employed, any pupil accompanied",
                        "Fahrlehrer und Fahrschüler in Ausbildung",
                        "Enseignants et élèves en formation",
                    ),
                ),
            ],
            w - m,
            s.size,
        )
        + 20
    )
    for ln in wrap(
        tr(
            lg,
            "I hereby certify that the policy to which this certificate relates satisfies the "
            "requirements of the relevant law applicable in Great Britain.",
            "Wir bestätigen, dass für die genannten Fahrzeuge Versicherungsschutz nach dem "
            "Pflichtversicherungsgesetz besteht.",
            "Le présent document atteste que les véhicules désignés sont assurés conformément "
            "aux articles L. 211-1 et suivants du code des assurances.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        c.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    scrawl(c, w - m - 180, y + 40, officer(h, "uw"))
    c.text(
        w - m - 180,
        y + 54,
        tr(lg, "Authorised insurer", "Für den Versicherer", "Pour l'assureur"),
        s.font,
        7,
    )
    pages.append(c)
    pages = close(pages, s, h, numbers=h.numbers, covers=1)
    remember(None, d)
    return pages


def tpl_parental_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's consent form for a young pupil: the school's printed form filled in and
    signed by the parent (lessons, accompanied driving, contact details, photos for the
    school's page), now and then with a copy of the parent's identity card."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ("pupil_contract",), young=1.0)
    d = last_day(rng, ("pupil_contract",), (0, 9))
    parent = f"{rng.choice(ADULTS[lg])} {pu.last}"
    size = A4 if rng.random() < 0.7 else A5
    s = style_of(h, size, margin=40 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Parental consent - pupils under 18",
        "Einverständniserklärung der Erziehungsberechtigten",
        "Autorisation parentale - élève mineur",
    )
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m), s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Pupil", "Fahrschüler/in", "Élève"), pu.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(pu.born, lg)),
            (tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Représentant légal"), parent),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), serial(rng, "0999 999999")),
        ],
        per=2,
        tall=24,
    )
    items = {
        "en": [
            "I consent to my child taking driving lessons with the school",
            "I will accompany private practice in our own car",
            "The school may contact me about progress and payments",
            "Photos of my child passing may be posted on the school's page",
        ],
        "de": [
            "Ich bin mit der Ausbildung meines Kindes in der Fahrschule einverstanden",
            "Teilnahme am begleiteten Fahren ab 17 (BF17)",
            "Die Fahrschule darf mich zu Terminen und Zahlungen kontaktieren",
            "Fotos nach bestandener Prüfung dürfen veröffentlicht werden",
        ],
        "fr": [
            "J'autorise mon enfant à suivre la formation à la conduite",
            "Apprentissage anticipé de la conduite (AAC) - je serai accompagnateur",
            "L'établissement peut me contacter pour le suivi",
            "Publication de la photo de réussite autorisée",
        ],
    }[lg]
    for it in items:
        yes = rng.random() < 0.8
        for ln_no, ln in enumerate(wrap(it, s.font, s.size - 0.5, w - 2 * m - 90)):
            p.text(m, y + ln_no * 11, ln, s.font, s.size - 0.5)
        ticks(p, s, w - m - 80, y, 80, yes_no(lg), {0 if yes else 1})
        y += 11 * len(wrap(it, s.font, s.size - 0.5, w - 2 * m - 90)) + 10
    y += 10
    p.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.font, s.size - 0.5)
    if rng.random() < 0.4:
        hand(
            p,
            m + 60,
            y,
            rng.choice(
                {
                    "en": ["please text rather than call", "has asthma - inhaler in bag"],
                    "de": ["bitte nur per WhatsApp", "Brillenträger"],
                    "fr": ["merci d'appeler le soir", "porte des lunettes"],
                }[lg]
            ),
            9.5,
            w - 2 * m - 60,
        )
    y = max(y + 50, hh - m - 60)
    hand(p, m, y - 4, f"{h.town.split()[-1]}, {short(d, lg)}", 9)
    sign_box(p, s, m, y, 150, tr(lg, "Place, date", "Ort, Datum", "Lieu, date"))
    sign_box(
        p,
        s,
        w - m - 170,
        y,
        170,
        tr(lg, "Signature of parent", "Unterschrift", "Signature"),
        parent,
    )
    pages = [p]
    if rng.random() < 0.35:
        pages.append(
            id_copy(
                rng,
                lg,
                parent,
                date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28)),
                "id",
                size,
            )
        )
    remember(pu, d)
    return pages


def tpl_eye_test(rng: random.Random, who: Issuer) -> list[Page]:
    """An optician's eye test certificate for the licence application (Sehtestbescheinigung
    nach § 12 FeV, a vision screening certificate, an attestation de test de vision) on A5 or
    A6, with the optician's stamp and signature."""
    h = head_of(who, "optician")
    lg = h.lang
    pu = pupil_for(rng, ())
    d = some_day(rng)
    size = A5 if keyed(who, "size").random() < 0.6 else A6
    s = style_of(h, size, margin=26, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h) if rng.random() < 0.5 else m + 6
    title = tr(
        lg, "Vision screening certificate", "Sehtestbescheinigung", "Attestation de test de vision"
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m), "center")
    y += 12
    sub = tr(
        lg,
        "for a driving licence application",
        "nach § 12 Abs. 2 FeV - Klassen AM, A1, A2, A, B, BE, L, T",
        "pour la demande de permis de conduire",
    )
    p.text(w / 2, y, fit(sub, s.font, 6.5, w - 2 * m), s.font, 6.5, "center")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Surname, first name", "Name, Vorname", "Nom, prénom"),
                f"{pu.last}, {pu.first}",
            ),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(pu.born, lg)),
            (
                tr(lg, "Identity document checked", "Ausweis-Nr.", "Pièce d'identité"),
                serial(rng, "A99999999"),
            ),
        ],
        per=1,
        tall=22,
    )
    ok = rng.random() < 0.92
    glasses = rng.random() < 0.35
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Standard met", "Sehtest bestanden", "Vision suffisante"),
                tr(lg, "Not met", "nicht bestanden", "Insuffisante"),
            ],
            {0 if ok else 1},
            8,
        )
        + 2
    )
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "without glasses/lenses", "ohne Sehhilfe", "sans correction"),
                tr(lg, "with glasses/lenses", "mit Sehhilfe", "avec correction"),
            ],
            {1 if glasses else 0},
            8,
        )
        + 6
    )
    p.text(
        m,
        y,
        f"{tr(lg, 'Visual acuity', 'Sehschärfe', 'Acuité')}: "
        f"R {rng.choice(['0,8', '1,0', '1,25'])}  L {rng.choice(['0,7', '1,0', '1,0'])}".replace(
            ",", "." if lg == "en" else ","
        ),
        HAND,
        9,
    )
    y += 30
    hand(p, m, y, short(d, lg), 9)
    sign_box(p, s, m, y + 6, 80, tr(lg, "Date", "Datum", "Date"))
    stamp(p, w - m - 130, y - 30, [h.name[:22], h.street[:22], h.town[:22]])
    scrawl(p, w - m - 110, y + 30, officer(h, "opt"), 11)
    p.text(
        m,
        hh - m,
        fit(
            tr(
                lg,
                "Valid for 2 years from the date of the test.",
                "Die Bescheinigung ist bei Antragstellung nicht älter als zwei Jahre.",
                "Valable deux ans.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    remember(pu, d)
    return [p]


def tpl_first_aid(rng: random.Random, who: Issuer) -> list[Page]:
    """A first aid course certificate on landscape A4 or A5 with a border: the Erste-Hilfe
    Bescheinigung (9 Unterrichtseinheiten), the PSC1 certificate of competence, the
    emergency first aid at work certificate of an instructor."""
    h = head_of(who, "firstaid", abroad=0.1)
    lg = h.lang
    pu = pupil_for(rng, ("eye_test",))
    name = pu.name if lg != "en" or rng.random() < 0.5 else instructor(rng)
    d = last_day(rng, ("eye_test",), (-20, -1))
    size = landscape(A4) if keyed(who, "size").random() < 0.6 else landscape(A5)
    w, hh = size
    s = style_of(h, size, margin=40 if w > 700 else 28, pt=9 if w > 700 else 7.5)
    m = s.margin
    p = Page(size)
    p.rect(16, 16, w - 32, hh - 32)
    p.rect(21, 21, w - 42, hh - 42)
    k = 1.0 if w > 700 else 0.7
    p.text(w / 2, m + 18 * k, fit(h.name, s.bold, 12 * k, w - 2 * m), s.bold, 12 * k, "center")
    title = tr(
        lg,
        "Certificate of Attendance - Emergency First Aid",
        "Bescheinigung über die Teilnahme an einer Erste-Hilfe-Schulung",
        "Certificat de compétences - Prévention et secours civiques de niveau 1",
    )
    p.text(
        w / 2,
        m + 60 * k,
        fit(title, "Times-Bold", 18 * k, w - 2 * m),
        "Times-Bold",
        shrink(title, "Times-Bold", 18 * k, w - 2 * m),
        "center",
    )
    p.text(
        w / 2,
        m + 100 * k,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Délivré à"),
        "Times-Roman",
        12 * k,
        "center",
    )
    p.text(w / 2, m + 130 * k, name, "Times-BoldItalic", 20 * k, "center")
    born = short(pu.born, lg) if name == pu.name else ""
    line = tr(
        lg,
        f"attended a one-day course (6 hours) on {day(h, d)}",
        f"geb. am {born}, am {day(h, d)} an einer Schulung in Erster Hilfe im Umfang von 9 "
        "Unterrichtseinheiten teilgenommen hat.",
        f"né(e) le {born}, a suivi avec succès la formation PSC1 le {day(h, d)}.",
    )
    for j, ln in enumerate(wrap(line, "Times-Roman", 11 * k, w - 2 * m - 40)):
        p.text(w / 2, m + (160 + 15 * j) * k, ln, "Times-Roman", 11 * k, "center")
    p.text(
        m + 10,
        hh - m - 40 * k,
        f"{tr(lg, 'Certificate no.', 'Bescheinigungs-Nr.', 'N°')} {serial(rng, '9999/99/999')}",
        s.font,
        8 * k,
    )
    p.text(m + 10, hh - m - 26 * k, f"{h.town}, {short(d, lg)}", s.font, 8 * k)
    seal(
        p,
        w / 2,
        hh - m - 50 * k,
        30 * k,
        h.name.split(" - ")[0][:28],
        tr(lg, "Training", "Ausbildung", "Formation"),
    )
    scrawl(p, w - m - 160 * k, hh - m - 40 * k, officer(h, "trainer"), 13 * k)
    p.line(w - m - 170 * k, hh - m - 34 * k, w - m - 10, hh - m - 34 * k)
    p.text(
        w - m - 170 * k,
        hh - m - 24 * k,
        tr(lg, "Trainer", "Ausbilder/in", "Formateur"),
        s.font,
        7 * k,
    )
    remember(pu, d)
    return [p]


GRIEVANCES = {
    "en": [
        "my instructor cancelled three lessons at short notice",
        "I was charged for a lesson I cancelled 48 hours ahead",
        "the car was not available for my test and I lost the fee",
        "my son was picked up late twice and lost lesson time",
    ],
    "de": [
        "mehrere Fahrstunden kurzfristig abgesagt wurden",
        "eine rechtzeitig abgesagte Stunde berechnet wurde",
        "das Fahrzeug zur Prüfung nicht bereitstand",
        "meine Tochter zweimal verspätet abgeholt wurde",
    ],
    "fr": [
        "plusieurs leçons ont été annulées au dernier moment",
        "une leçon annulée 48 h à l'avance m'a été facturée",
        "le véhicule n'était pas disponible le jour de l'examen",
        "mon fils a été pris en charge en retard à deux reprises",
    ],
}


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's or parent's complaint: a typed letter or a handwritten one on lined paper,
    now and then with a copy of the school's invoice enclosed (marked up by hand)."""
    r = keyed(who, "complainant")
    lg = home() if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    pu = a_pupil(rng, lg)
    writer = pu.name if rng.random() < 0.6 else f"{rng.choice(ADULTS[lg])} {pu.last}"
    d = some_day(rng)
    grief = rng.choice(GRIEVANCES[lg])
    text = [
        tr(
            lg,
            f"I am writing to complain because {grief}.",
            f"hiermit beschwere ich mich darüber, dass {grief}.",
            f"Je me permets de vous écrire car {grief}.",
        ),
        prose(rng, lg, 2, 4),
        tr(
            lg,
            "I would like a refund or a free lesson, and a reply within 14 days.",
            "Ich erwarte eine Erstattung bzw. eine kostenlose Ersatzstunde und Ihre Antwort "
            "binnen 14 Tagen.",
            "Je souhaite un remboursement ou une leçon offerte, et une réponse sous quinze jours.",
        ),
    ]
    handwritten = rng.random() < 0.45
    if handwritten:
        size = A4 if rng.random() < 0.5 else A5
        w, hh = size
        m = 40 if size == A4 else 28
        p = Page(size)
        for k in range(int((hh - 60) / 20)):
            p.line(m - 10, 50 + k * 20, w - m + 10, 50 + k * 20)
        y = 46
        for t in (writer, pu.street, pu.town, "", short(d, lg), ""):
            if t:
                p.text(w - m, y, fit(t, HAND, 10, w / 2), HAND, 10, "right")
            y += 20
        p.text(m, y, dear(lg, None), HAND, 10)
        y += 20
        pages = [p]
        for para in text:
            for ln in wrap(para, HAND, 10, w - 2 * m):
                if y > hh - 50:
                    p = Page(size)
                    for k in range(int((hh - 60) / 20)):
                        p.line(m - 10, 50 + k * 20, w - m + 10, 50 + k * 20)
                    pages.append(p)
                    y = 46
                p.text(m, y, ln, HAND, 10)
                y += 20
            y += 20 if rng.random() < 0.5 else 0
        if y > hh - 80:
            p = Page(size)
            for k in range(int((hh - 60) / 20)):
                p.line(m - 10, 50 + k * 20, w - m + 10, 50 + k * 20)
            pages.append(p)
            y = 46
        p.text(
            m, y, tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Salutations,"), HAND, 10
        )
        scrawl(p, m, y + 30, writer, 13)
    else:
        hd = Head(
            writer,
            lg,
            pu.street,
            pu.town,
            "",
            "pupil",
            "plain",
            "Helvetica",
            "Helvetica-Bold",
            10,
            60,
            False,
            [],
            "none",
            "bc",
            "long",
            "",
        )
        s = style_of(hd, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
        w, _ = s.page_size
        m = s.margin
        f = Sheets(s.page_size, s.page_size[1] - 70, lambda pg, n: 60)
        for k, t in enumerate([writer, pu.street, pu.town]):
            f.page.text(w - m, f.y + k * 12, t, s.font, s.size, "right")
        f.y += 50
        window(f.page, s, None, f.y, school_lines())
        f.y += 60
        f.page.text(w - m, f.y, day(hd, d), s.font, s.size, "right")
        f.y += 24
        f.page.text(
            m,
            f.y,
            tr(lg, "Complaint", "Beschwerde", "Réclamation") + f" - {pu.name}",
            s.bold,
            s.size,
        )
        f.y += 22
        write(f, s, dear(lg, None))
        for para in text:
            write(f, s, para)
        regards(f, s, lg, writer, "")
        pages = f.pages
    if rng.random() < 0.35:
        h = school_head()
        cs = style_of(h, A4)
        c = Page(A4)
        copier_edge(c, rng)
        y = heading(c, cs, h)
        c.text(
            cs.margin,
            y + 10,
            tr(h.lang, "Invoice", "Rechnung", "Facture") + f" {serial(rng, '9999')}",
            cs.bold,
            12,
        )
        y += 40
        for k in range(rng.randint(4, 9)):
            c.text(cs.margin, y, short(d - timedelta(days=30 - 3 * k), h.lang), cs.font, 9)
            c.text(
                cs.margin + 90,
                y,
                tr(h.lang, "Driving lesson", "Übungsfahrt", "Leçon de conduite"),
                cs.font,
                9,
            )
            c.text(
                A4[0] - cs.margin,
                y,
                money({"en": 36.0, "de": 62.0, "fr": 56.0}[h.lang], h.lang),
                cs.font,
                9,
                "right",
            )
            y += 14
        c.rect(cs.margin - 6, y - 40, A4[0] - 2 * cs.margin + 12, 24)
        hand(
            c,
            cs.margin + 200,
            y + 20,
            tr(lg, "cancelled 2 days before!", "rechtzeitig abgesagt!", "annulée 48h avant !"),
            11,
        )
        pages.append(c)
    remember(pu, d, (writer, lg, grief))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's reply to a complaint: a letter from the owner, now and then with a
    goodwill credit note on a second page."""
    h = school_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(ex, tuple) and isinstance(LAST["pupil"], Pupil):
        pu = LAST["pupil"]
        writer = str(ex[0])
    else:
        pu = a_pupil(rng)
        writer = pu.name
    assert isinstance(pu, Pupil)
    d = last_day(rng, ("complaint",), (3, 12))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.6 else LETTER)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        [writer, pu.street, pu.town],
        d,
        [(tr(lg, "Pupil", "Fahrschüler/in", "Élève"), pu.name)],
    )
    caption(
        f,
        s,
        tr(lg, "Your letter", "Ihre Beschwerde", "Votre réclamation")
        + f" {tr(lg, 'of', 'vom', 'du')} {short(d - timedelta(days=rng.randint(4, 12)), lg)}",
        1,
    )
    write(f, s, dear(lg, mr(writer, lg)))
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, 2, 4))
    credit = rng.random() < 0.5
    if credit:
        write(
            f,
            s,
            tr(
                lg,
                "As a gesture of goodwill we will credit one lesson to your account.",
                "Aus Kulanz schreiben wir Ihnen eine Fahrstunde gut.",
                "À titre commercial, nous vous offrons une leçon.",
            ),
        )
    regards(f, s, lg, owner(), tr(lg, "Proprietor", "Inhaber/in", "Gérant(e)"))
    pages = list(f.pages)
    if credit and rng.random() < 0.5:
        g = sheets(s, h, "")
        no = serial(rng, "9999")
        recipient(
            g,
            s,
            h,
            [writer, pu.street, pu.town],
            d,
            [(tr(lg, "Credit note", "Gutschrift", "Avoir"), no)],
        )
        caption(g, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
        amt = {"en": 36.0, "de": 62.0, "fr": 56.0}[lg]
        table(
            g,
            columns(m, w - m, [(5, "left"), (1.3, "right")]),
            [
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    tr(
                        lg,
                        "Goodwill credit - 1 lesson",
                        "Kulanzgutschrift 1 Fahrstunde",
                        "Geste commercial - 1 leçon",
                    ),
                    "-" + money(amt, lg),
                ]
            ],
            s,
            rules=True,
        )
        totals(g, s, lg, -amt, 0.0)
        pages += g.pages
    pages = close(pages, s, h, numbers="none")
    remember(pu, d)
    return pages


def tpl_advert_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An advertising invoice from the local paper or a directory for the school's
    advertisement (insertions, size, rate), with the tear sheet: a copy of the page with the
    advertisement on it."""
    h = head_of(who, "publisher")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    no = serial(rng, "99999999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "9999999")),
        ],
    )
    caption(f, s, tr(lg, "Advertising invoice", "Anzeigenrechnung", "Facture d'insertion"), 3)
    n = rng.randint(1, 4)
    size_ad = rng.choice(["2 col x 60 mm", "1 col x 90 mm", "3 col x 45 mm", "1/8 page"])
    rate = rng.choice([85.0, 120.0, 164.0, 210.0])
    rows = []
    t = d - timedelta(days=28)
    for _ in range(n):
        t += timedelta(days=7)
        rows.append(
            [
                short(t, lg),
                tr(
                    lg,
                    "Display, Motoring section",
                    "Rubrik Kfz / Fahrschulen",
                    "Rubrique Auto-écoles",
                ),
                size_ad,
                money(rate, lg),
            ]
        )
    if rng.random() < 0.3:
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Online package (4 weeks)",
                    "Online-Kombi (4 Wochen)",
                    "Pack web (4 semaines)",
                ),
                "",
                money(49.0, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (3, "left"), (1.5, "left"), (1.1, "right")]),
        [
            tr(lg, "Issue", "Ausgabe", "Parution"),
            tr(lg, "Placement", "Platzierung", "Emplacement"),
            tr(lg, "Size", "Format", "Format"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    net = rate * n + (49.0 if len(rows) > n else 0)
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "Agency/series discount 10% applied.",
                "Malstaffel 10 % berücksichtigt.",
                "Remise dégressive 10 % appliquée.",
            ),
            s.size - 1,
        )
        net *= 0.9
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 30 days. Tear sheet enclosed.",
            "Zahlbar innerhalb 14 Tagen. Beleg anbei.",
            "Justificatif de parution ci-joint.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    tp = Page(A4)
    copier_edge(tp, rng)
    paper_name = h.name.split(" - ")[0]
    tp.text(40, 40, paper_name.upper(), "Times-Bold", 16)
    tp.text(w - 40, 40, day(h, d - timedelta(days=rng.randint(1, 20))), "Times-Roman", 8, "right")
    tp.line(40, 46, w - 40, 46)
    cw = (w - 80) / 4
    adc = rng.randrange(4)
    placed = False
    for c in range(4):
        y = 62
        while y < hh - 60:
            if c == adc and y >= 300 and not placed:
                placed = True
                p0 = y
                tp.rect(40 + c * cw + 4, p0, cw - 8, 140)
                tp.rect(40 + c * cw + 6, p0 + 2, cw - 12, 136)
                l_plate(tp, 40 + c * cw + 12, p0 + 10, 22)
                sc = school_head()
                tp.text(
                    40 + c * cw + 40,
                    p0 + 24,
                    fit(sc.name, "Helvetica-Bold", 8, cw - 50),
                    "Helvetica-Bold",
                    8,
                )
                for k, t in enumerate(
                    [
                        tr(
                            lg,
                            "Lessons 7 days a week",
                            "Anmeldung jederzeit",
                            "Inscriptions toute l'année",
                        ),
                        tr(lg, "Manual & automatic", "Klasse B, BE, A", "Permis B - AAC"),
                        sc.phone,
                        sc.street,
                    ]
                ):
                    tp.text(
                        40 + c * cw + 12,
                        p0 + 50 + 14 * k,
                        fit(t, "Helvetica", 7.5, cw - 24),
                        "Helvetica",
                        7.5,
                    )
                y += 150
                continue
            if rng.random() < 0.12:
                tp.rect(
                    40 + c * cw + 4, y, cw - 8, rng.uniform(50, 90), fill=rng.uniform(0.5, 0.85)
                )
                y += 100
                continue
            tp.text(
                40 + c * cw + 4,
                y,
                fit(words(rng, lg, n=6), "Times-Roman", 6.5, cw - 8),
                "Times-Roman",
                6.5,
            )
            y += 8
    pages.append(tp)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same pupil."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "pupil_contract": tpl_pupil_contract,
    "lesson_booking": tpl_lesson_booking,
    "block_invoice": tpl_block_invoice,
    "payment_receipt": tpl_payment_receipt,
    "test_booking": tpl_test_booking,
    "theory_result": tpl_theory_result,
    "test_report": tpl_test_report,
    "instructor_cert": tpl_instructor_cert,
    "check_report": tpl_check_report,
    "lease_agreement": tpl_lease_agreement,
    "fitting": tpl_fitting,
    "insurance": tpl_insurance,
    "parental_consent": tpl_parental_consent,
    "eye_test": tpl_eye_test,
    "first_aid": tpl_first_aid,
    "progress_record": tpl_progress_record,
    "day_log": tpl_day_log,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "advert_invoice": tpl_advert_invoice,
}
TEMPLATES_RRR: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "block_invoice",
    "payment_receipt",
    "test_booking",
    "theory_result",
    "test_report",
    "eye_test",
    "first_aid",
    "progress_record",
    "day_log",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "pupil_contract": "parental_consent",
    "lesson_booking": "block_invoice",
    "theory_result": "test_booking",
    "eye_test": "first_aid",
    "lease_agreement": "fitting",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_ladle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One school's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The school
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(SCHOOLS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", pupil=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_RRR, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_ladle_stream, "templates RRR")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

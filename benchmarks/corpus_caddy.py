"""Caddy part of the generated corpus: templates AA, written blind for the next measurement.

Another part, ``caddy``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the general office of a secondary school
(an English academy or high school, a German Gymnasium / Gesamtschule / Realschule, a French
college or lycee) scans the day's paper in one pile: each stream is mostly the paper of one
school and of the people and firms around it, now and then a paper from another country. The
papers: enrolment forms filled in by parents with their consent pages (admission form,
Schulanmeldung, fiche d'inscription), school reports (a pupil report with subject comments, a
Halbjahreszeugnis, a bulletin trimestriel), exam certificates and school award certificates,
letters to parents (attendance, parents' evening, uniform, exams), trip letters with the
itinerary, kit list and reply slip, trip consent slips cut off and returned by parents,
newsletters with photos and dates, invoices for school meals and trips (with a payment slip),
medical and allergy forms (healthcare plan, Gesundheitsbogen, PAI / fiche sanitaire) and the
doctor's letter or certificate behind them, supplier invoices to the school (catering,
stationery, IT, coaches), staff sick notes (a fit note, an Arbeitsunfaehigkeitsbescheinigung,
an avis d'arret de travail) and the return-to-work interview form, inspection letters and
reports (Ofsted, Schulaufsicht / Qualitaetsanalyse, inspection pedagogique), safeguarding
letters with the audit return, exam boards' statements of results and statements of entries,
staff vetting certificates (DBS, Fuehrungszeugnis, bulletin n. 3) and class or teacher
timetables on landscape A4. Each sender writes in its own language; page sizes range from
narrow reply slips and A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
consent pages and the data sheet of an enrolment form, the subject pages and the cover of a
report, the itinerary, the kit list, the map and the reply slip (on the letter or on a page
of its own) that come with a trip letter, the attendance record or the calendar enclosed with
a letter to parents, the healthcare plan and emergency protocol pages of a medical form, the
terms page, the remittance slip and the stapled delivery note of an invoice, the annex and the
judgements table of an inspection report, the audit return form sent with a safeguarding
letter, the continuation pages of a statement of entries and of a newsletter all belong to
their document. Related
papers are documents of their own: each trip consent slip a parent returns (also when it comes
right after the trip letter it was cut from), the doctor's letter after a medical form, the
enrolment form's medical form, the return-to-work form after a sick note, each certificate,
statement of results, timetable, sick note and meal invoice of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: trip consent slips, meal and trip
invoices, exam certificates, statements of results, timetables and sick notes often come 2-4
in a row from one sender with other pupils, dates, numbers and amounts; and companions: a trip
letter is often followed by a returned consent slip, a medical form by the doctor's letter, an
enrolment form by the medical form, a sick note by the return-to-work form, a statement of
entries by a statement of results. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "caddy"`` and
seeds offset by 2_600_000.

Usage: ``python benchmarks/corpus_caddy.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/caddy/caddy_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
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
    band,
    box,
    close,
    columns,
    currency,
    date_text,
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

PART = "caddy"
SEED_OFFSET = 2_600_000

# ---------------------------------------------------------------------------------------------
# Who writes: the schools, the firms and offices around them, staff, pupils and parents
# ---------------------------------------------------------------------------------------------

# name, language, street, town, telephone
Firm = tuple[str, str, str, str, str]
SCHOOLS: dict[str, list[Firm]] = {
    "en": [
        ("Kingsmead Academy", "en", "Hollybush Lane", "Hertford SG14 2LZ", "01992 550 314"),
        (
            "St Aidan's Church of England High School",
            "en",
            "Oatlands Drive",
            "Harrogate HG2 8JR",
            "01423 885 814",
        ),
        (
            "Castle Vale Community College",
            "en",
            "Farnborough Road",
            "Birmingham B35 7NL",
            "0121 464 8120",
        ),
        ("Thornbury Park School", "en", "Gloucester Road", "Thornbury BS35 1HT", "01454 862 400"),
    ],
    "de": [
        ("Geschwister-Scholl-Gymnasium", "de", "Bohlweg 30", "48147 Muenster", "0251 41 38 60"),
        ("Gesamtschule Am Lindenplatz", "de", "Lindenplatz 4", "44787 Bochum", "0234 91 07 20"),
        (
            "Staedtische Realschule an der Wiese",
            "de",
            "Wiesenweg 12",
            "79106 Freiburg im Breisgau",
            "0761 20 17 45",
        ),
    ],
    "fr": [
        ("College Jean Moulin", "fr", "12 avenue de Grammont", "37000 Tours", "02 47 05 33 18"),
        (
            "Lycee Joachim du Bellay",
            "fr",
            "1 avenue Marie Talet",
            "49100 Angers",
            "02 41 87 56 11",
        ),
        ("College Les Tilleuls", "fr", "8 rue des Ecoles", "44300 Nantes", "02 40 49 62 70"),
    ],
}
MOTTOS = {
    "en": [
        "Aspire - Believe - Achieve",
        "Learning together",
        "Ut prosim",
        "Be the best you can be",
    ],
    "de": [
        "Gemeinsam lernen - gemeinsam leben",
        "Schule ohne Rassismus",
        "MINT-freundliche Schule",
    ],
    "fr": ["Etablissement public local d'enseignement", "Cite scolaire", "Academie"],
}
#: Offices aligned with the schools of each country (the same index: the school's own area).
AREA: dict[str, dict[str, list[Firm]]] = {
    "la": {
        "en": [
            (
                "Hertfordshire County Council - Education Safeguarding",
                "en",
                "County Hall, Pegs Lane",
                "Hertford SG13 8DE",
                "01992 555 891",
            ),
            (
                "North Yorkshire Council - Safeguarding in Education",
                "en",
                "County Hall, Racecourse Lane",
                "Northallerton DL7 8AD",
                "01609 532 477",
            ),
            (
                "Birmingham City Council - Education Safeguarding",
                "en",
                "1 Lancaster Circus",
                "Birmingham B4 7DJ",
                "0121 675 1669",
            ),
            (
                "South Gloucestershire Council - Safeguarding in Education",
                "en",
                "Badminton Road",
                "Yate BS37 5AF",
                "01454 868 009",
            ),
        ],
        "de": [
            (
                "Stadt Muenster - Amt fuer Kinder, Jugendliche und Familien",
                "de",
                "Hafenstrasse 30",
                "48153 Muenster",
                "0251 492 51 01",
            ),
            (
                "Stadt Bochum - Jugendamt",
                "de",
                "Gustav-Heinemann-Platz 2-6",
                "44777 Bochum",
                "0234 910 22 14",
            ),
            (
                "Stadt Freiburg - Amt fuer Kinder, Jugend und Familie",
                "de",
                "Kaiser-Joseph-Strasse 143",
                "79098 Freiburg",
                "0761 201 85 11",
            ),
        ],
        "fr": [
            (
                "DSDEN d'Indre-et-Loire - Service social en faveur des eleves",
                "fr",
                "15 rue Bernard Palissy",
                "37000 Tours",
                "02 47 60 77 60",
            ),
            (
                "DSDEN de Maine-et-Loire - Service social en faveur des eleves",
                "fr",
                "15 bis rue Dupetit-Thouars",
                "49047 Angers Cedex 01",
                "02 41 74 35 00",
            ),
            (
                "DSDEN de Loire-Atlantique - Service social en faveur des eleves",
                "fr",
                "Chemin de l'Herbergement",
                "44316 Nantes Cedex 3",
                "02 51 81 74 74",
            ),
        ],
    },
    "inspect": {
        "en": [
            ("Ofsted", "en", "Piccadilly Gate, Store Street", "Manchester M1 2WD", "0300 123 1231")
        ]
        * 4,
        "de": [
            (
                "Bezirksregierung Muenster - Dezernat 43 Schulaufsicht",
                "de",
                "Albrecht-Thaer-Strasse 9",
                "48147 Muenster",
                "0251 411 0",
            ),
            (
                "Bezirksregierung Arnsberg - Qualitaetsanalyse",
                "de",
                "Seibertzstrasse 1",
                "59821 Arnsberg",
                "02931 82 0",
            ),
            (
                "Regierungspraesidium Freiburg - Abteilung 7 Schule und Bildung",
                "de",
                "Eisenbahnstrasse 68",
                "79098 Freiburg",
                "0761 208 60 00",
            ),
        ],
        "fr": [
            (
                "Academie d'Orleans-Tours - Inspection pedagogique regionale",
                "fr",
                "21 rue Saint-Etienne",
                "45043 Orleans Cedex 1",
                "02 38 79 38 79",
            ),
            (
                "Academie de Nantes - Inspection pedagogique regionale",
                "fr",
                "4 rue de la Houssiniere",
                "44326 Nantes Cedex 3",
                "02 40 37 37 37",
            ),
            (
                "Academie de Nantes - Inspection pedagogique regionale",
                "fr",
                "4 rue de la Houssiniere",
                "44326 Nantes Cedex 3",
                "02 40 37 37 37",
            ),
        ],
    },
    "board": {
        "en": [
            ("AQA", "en", "Devas Street", "Manchester M15 6EX", "0800 197 7162"),
            ("Pearson Edexcel", "en", "190 High Holborn", "London WC1V 7BH", "0344 463 2535"),
            ("OCR", "en", "The Triangle Building, Shaftesbury Road", "Cambridge CB2 8EA", ""),
            ("WJEC Eduqas", "en", "245 Western Avenue", "Cardiff CF5 2YX", "029 2026 5000"),
        ],
        "de": [
            (
                "Ministerium fuer Schule und Bildung NRW - Zentrale Pruefungen",
                "de",
                "Voelklinger Strasse 49",
                "40221 Duesseldorf",
                "",
            ),
            (
                "Ministerium fuer Schule und Bildung NRW - Zentrale Pruefungen",
                "de",
                "Voelklinger Strasse 49",
                "40221 Duesseldorf",
                "",
            ),
            (
                "Institut fuer Bildungsanalysen Baden-Wuerttemberg",
                "de",
                "Heilbronner Strasse 172",
                "70191 Stuttgart",
                "",
            ),
        ],
        "fr": [
            (
                "Academie d'Orleans-Tours - Division des examens et concours",
                "fr",
                "21 rue Saint-Etienne",
                "45043 Orleans Cedex 1",
                "",
            ),
            (
                "Academie de Nantes - Division des examens et concours",
                "fr",
                "4 rue de la Houssiniere",
                "44326 Nantes Cedex 3",
                "",
            ),
            (
                "Academie de Nantes - Division des examens et concours",
                "fr",
                "4 rue de la Houssiniere",
                "44326 Nantes Cedex 3",
                "",
            ),
        ],
    },
}
ROLES: dict[str, list[Firm]] = {
    "caterer": [
        ("Harrison Catering Services Ltd", "en", "Unit 6, Mead Park", "Harlow CM20 2SE", ""),
        ("Dales Kitchen School Meals Ltd", "en", "Hookstone Chase", "Harrogate HG2 7HW", ""),
        ("Frischekueche Westfalen GmbH", "de", "Loddenheide 11", "48155 Muenster", ""),
        ("Mensa-Service Breisgau e.K.", "de", "Tullastrasse 61", "79108 Freiburg", ""),
        ("Restauration Val de Loire SAS", "fr", "ZA des Granges Galand", "37550 Saint-Avertin", ""),
    ],
    "stationer": [
        ("Pennant Educational Supplies Ltd", "en", "Tything Road", "Alcester B49 6ES", ""),
        ("Schoolcraft Direct", "en", "Sherburn Enterprise Park", "Leeds LS25 6PL", ""),
        ("Lehrmittel Baumann KG", "de", "Gasselstiege 40", "48159 Muenster", "0251 21 14 70"),
        ("Papeterie Scolaire Martin & Fils", "fr", "22 rue Nationale", "37000 Tours", ""),
        ("Bureau Vallee Angers Nord", "fr", "ZAC Saint-Serge", "49100 Angers", "02 41 20 30 40"),
    ],
    "it": [
        ("Northgate ICT for Schools Ltd", "en", "Brookside Business Park", "Stevenage SG1 2XY", ""),
        ("Schul-IT Ruhr GmbH", "de", "Universitaetsstrasse 60", "44789 Bochum", ""),
        ("Infolec Services SARL", "fr", "5 rue Gustave Eiffel", "44800 Saint-Herblain", ""),
    ],
    "coach": [
        ("Marsden Coaches Ltd", "en", "Station Yard", "Ware SG12 9HE", "01920 462 775"),
        ("Redline Travel", "en", "Wetherby Road", "Harrogate HG3 1JP", "01423 541 220"),
        ("Reisedienst Kuhlmann GmbH & Co. KG", "de", "Dieselweg 7", "48161 Muenster", ""),
        ("Autocars Brevet Touraine", "fr", "Route de Paris", "37210 Vernou-sur-Brenne", ""),
    ],
    "gp": [
        ("Bengeo Health Centre", "en", "Bengeo Street", "Hertford SG14 3EN", "01992 552 166"),
        ("Oatlands Medical Practice", "en", "Hookstone Road", "Harrogate HG2 8BY", ""),
        ("Castle Vale Primary Care Centre", "en", "Tangmere Drive", "Birmingham B35 7QX", ""),
        (
            "Dr. med. Anke Rohlfs - Kinder- und Jugendmedizin",
            "de",
            "Ludgeristrasse 56",
            "48143 Muenster",
            "0251 4 50 22",
        ),
        (
            "Gemeinschaftspraxis Dres. Hellweg & Yilmaz",
            "de",
            "Kortumstrasse 88",
            "44787 Bochum",
            "0234 68 11 20",
        ),
        ("Dr Claire Vasseur - Pediatre", "fr", "4 place Jean Jaures", "37000 Tours", ""),
        ("Cabinet medical des Halles", "fr", "17 rue des Halles", "44000 Nantes", ""),
    ],
    "vetting": [
        ("Disclosure and Barring Service", "en", "PO Box 165", "Liverpool L69 3JD", ""),
        (
            "Bundesamt fuer Justiz - Bundeszentralregister",
            "de",
            "Adenauerallee 99-103",
            "53113 Bonn",
            "",
        ),
        ("Casier judiciaire national", "fr", "107 rue du Landreau", "44317 Nantes Cedex 3", ""),
    ],
}
PEOPLE = {
    "en": [
        "Rachel Okonkwo",
        "Gareth Pryce",
        "Helen Marsh",
        "Imran Siddiqui",
        "Claire Donnelly",
        "Tom Ashworth",
        "Nadia Begum",
        "Mark Whitfield",
        "Joanne Fraser",
        "Lee Harrington",
        "Sunita Mistry",
        "Kevin Doyle",
        "Emma Lindqvist",
        "Daniel Adeyemi",
    ],
    "de": [
        "Katrin Moellers",
        "Stefan Brockhoff",
        "Aylin Demir",
        "Jens Terhalle",
        "Birgit Sommerkamp",
        "Marco Lenzen",
        "Olga Schaefer",
        "Thorsten Uhlig",
        "Natascha Kowalski",
        "Frank Reiners",
    ],
    "fr": [
        "Sandrine Lefebvre",
        "Mehdi Benali",
        "Isabelle Roux",
        "Christophe Morel",
        "Aurelie Garnier",
        "Laurent Chevalier",
        "Fatou Diallo",
        "Nicolas Perrin",
        "Celine Marchand",
        "Yannick Le Goff",
    ],
}
FEMALE = {
    "Rachel",
    "Helen",
    "Claire",
    "Nadia",
    "Joanne",
    "Sunita",
    "Emma",
    "Katrin",
    "Aylin",
    "Birgit",
    "Olga",
    "Natascha",
    "Sandrine",
    "Isabelle",
    "Aurelie",
    "Fatou",
    "Celine",
}
KIDS = {
    "en": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Mohammed",
        "Ava",
        "Jack",
        "Freya",
        "Leo",
        "Maisie",
        "Zain",
        "Ruby",
        "Ethan",
        "Grace",
        "Kacper",
        "Chloe",
    ],
    "de": [
        "Ben",
        "Mia",
        "Paul",
        "Emilia",
        "Leon",
        "Hannah",
        "Finn",
        "Lea",
        "Elias",
        "Lina",
        "Emir",
        "Clara",
        "Noah",
        "Ida",
    ],
    "fr": [
        "Lucas",
        "Jade",
        "Hugo",
        "Louise",
        "Gabriel",
        "Ambre",
        "Nathan",
        "Chloe",
        "Adam",
        "Manon",
        "Yanis",
        "Lena",
        "Theo",
        "Ines",
    ],
}
ROADS = {
    "en": [
        "Byde Street",
        "Ware Road",
        "Queens Road",
        "Valley Drive",
        "Westbury Close",
        "Mill Lane",
    ],
    "de": ["Wolbecker Strasse", "Hammer Strasse", "Querstrasse", "Am Kanonengraben", "Rosenweg"],
    "fr": ["rue Colbert", "avenue de la Tranchee", "rue Marceau", "allee des Lilas", "rue du Port"],
}
TALK = {
    "en": "pupils students learning lessons homework progress attendance term curriculum "
    "assessment teachers parents carers support behaviour uniform library subject coursework "
    "revision wellbeing school year group tutor",
    "de": "Schuelerinnen Schueler Unterricht Hausaufgaben Klasse Halbjahr Eltern Lehrkraefte "
    "Schulleitung Leistung Foerderung Termin Klassenfahrt Pruefung Schulkonferenz Ganztag "
    "Mensa Stundenplan Fehlzeiten",
    "fr": "eleves classe cours devoirs trimestre parents professeurs principal vie scolaire "
    "evaluation progres absences sortie examen conseil cantine emploi du temps projet "
    "accompagnement",
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be all your our in",
    "de": "die der das und zu fuer mit auf von ist sind wird bei nach den dem im alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des en tous",
}
OFFICE: dict[str, object] = {"lang": "en", "index": 0, "calls": {}, "pupil": None, "staff": None}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A school sentence in ``lang``: domain words mixed with the language's glue."""
    topic, glue = TALK[lang].split(), GLUES[lang].split()
    ws = [rng.choice(topic if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 16))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


def on(rng: random.Random) -> date:
    return date(2024, 9, 2) + timedelta(days=rng.randint(0, 640))


def seeded(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer and ``key``: a run or a companion keeps its sender."""
    return random.Random(zlib.crc32(f"caddy/{key}/{who.name}/{who.street}/{who.city}".encode()))


def home() -> str:
    return str(OFFICE["lang"])


def region(who: Issuer) -> str:
    """The country of an outside sender of ``who``: mostly the school's, sometimes another."""
    r = seeded(who, "region")
    return home() if r.random() < 0.85 else r.choice(["en", "de", "fr"])


def school_row() -> Firm:
    lang = home()
    rows = SCHOOLS[lang]
    return rows[int(str(OFFICE["index"])) % len(rows)]


def area_row(role: str, lang: str) -> Firm:
    rows = AREA[role][lang]
    k = int(str(OFFICE["index"])) if lang == home() else len(lang)
    return rows[k % len(rows)]


@dataclass
class Pupil:
    first: str
    last: str
    form: str
    year: int
    born: date
    upn: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def form_name(r: random.Random, lang: str, year: int) -> str:
    if lang == "de":
        return f"{year}{r.choice('abcd')}"
    if lang == "fr":
        lvl = {6: "6e", 7: "5e", 8: "4e", 9: "3e", 10: "2nde", 11: "1re"}.get(year, "3e")
        return f"{lvl} {r.choice('ABCDE')}"
    return f"{year}{r.choice(['KM', 'AB', 'R', 'S', 'W', 'HN', 'T'])}"


def a_pupil(rng: random.Random, lang: str, years: tuple[int, int] = (7, 11)) -> Pupil:
    """A new pupil (remembered for a companion that follows)."""
    year = rng.randint(*years)
    last = rng.choice(PEOPLE[lang]).split()[-1]
    first = rng.choice(KIDS[lang])
    born = date(2024 - year - 5, rng.randint(1, 12), rng.randint(1, 28))
    upn = {
        "en": serial(rng, "A99999999999A"),
        "de": serial(rng, "9999999"),
        "fr": serial(rng, "999999999AA"),
    }[lang]
    p = Pupil(first, last, form_name(rng, lang, year), year, born, upn)
    OFFICE["pupil"] = p
    return p


def last_pupil(rng: random.Random, lang: str) -> Pupil:
    p = OFFICE["pupil"]
    return p if isinstance(p, Pupil) else a_pupil(rng, lang)


def year_label(lang: str, pupil: Pupil) -> str:
    return tr(lang, f"Year {pupil.year}", f"Klasse {pupil.form}", pupil.form)


def person(rng: random.Random, lang: str, titled: bool = True) -> str:
    name = rng.choice(PEOPLE[lang])
    if not titled or rng.random() < 0.4:
        return name
    female = name.split()[0] in FEMALE
    return {
        "en": ("Mrs " if female else "Mr ") + name,
        "de": ("Frau " if female else "Herrn ") + name,
        "fr": ("Madame " if female else "Monsieur ") + name,
    }[lang]


def parent_of(rng: random.Random, lang: str, pupil: Pupil) -> tuple[str, list[str]]:
    """The parent's name and postal address lines."""
    first = rng.choice(PEOPLE[lang]).split()[0]
    name = f"{first} {pupil.last}"
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 120)
    town = school_row()[3] if lang == home() else SCHOOLS[lang][0][3]
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    titled = {"en": f"Mr & Mrs {pupil.last}", "de": f"Familie {pupil.last}", "fr": name}[lang]
    return name, [titled if rng.random() < 0.4 else name, street, town]


def staff_of(who: Issuer, key: str, lang: str) -> str:
    return seeded(who, "staff" + key).choice(PEOPLE[lang])


def head_teacher(lang: str) -> tuple[str, str]:
    r = random.Random(zlib.crc32(f"caddy-head/{school_row()[0]}".encode()))
    name = r.choice(PEOPLE[lang])
    return name, tr(
        lang, "Headteacher", "Schulleiterin" if name[-1] in "an" else "Schulleiter", "Principal"
    )


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
    look: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    font: str
    bold: str
    size: float
    margin: float
    motto: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "Page {i} sur {n}"],
}
FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = {
    "school": ["crest", "banner", "motto", "crest", "split"],
    "authority": ["civic"],
    "firm": ["wordmark", "ruled", "tinted", "monogram", "block"],
    "gp": ["practice", "block", "ruled"],
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    """The footer of a school, firm or office: registration, bank, web and opening hours."""
    if role == "school":
        web = "www." + "".join(c for c in name.split()[0].lower() if c.isalpha())
        return [
            tr(
                lang,
                f"{name} is an academy trust, a company limited by guarantee registered in "
                f"England and Wales no. {r.randint(7000000, 12999999):08d} - {web}.sch.uk",
                f"Schulnummer {r.randint(160000, 199999)} - Traeger: Stadt - {web}.de - "
                f"Sekretariat: Mo-Fr 7.30-13.30 Uhr",
                f"UAI 0{r.randint(370000, 499999)}{serial(r, 'A')} - Secretariat ouvert du "
                "lundi au vendredi de 8h a 17h - " + web + ".fr",
            )
        ]
    if role in ("la", "inspect", "board", "vetting"):
        return []
    if lang == "de":
        return [
            f"{name} - Amtsgericht {r.choice(['Muenster', 'Bochum', 'Freiburg'])} HRA "
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"Sparkasse - IBAN DE{r.randint(10, 99)} 4005 0150 {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} - BIC WELADED1MST",
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.randint(4600, 8690)}{serial(r, 'A')} - "
            f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}"
        ]
    out = [f"Registered in England and Wales No. {r.randint(2000000, 14999999):08d}"]
    out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if r.random() < 0.5:
        out.append(f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}")
    return [" - ".join(out)]


def make_head(row: Firm, role: str) -> Head:
    name, lang, street, town, phone = row
    r = random.Random(zlib.crc32(f"caddy-look/{name}/{role}".encode()))
    kind = {"school": "school", "la": "authority", "inspect": "authority", "board": "authority"}
    kind |= {"vetting": "authority", "gp": "gp"}
    look = r.choice(LOOKS[kind.get(role, "firm")])
    font, bold = r.choice(FONTS)
    foot_odds = {"school": 0.8, "gp": 0.2}.get(role, 0.75)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=look,
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lang, role) if r.random() < foot_odds else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "br"]),
        dates=r.choice(["short", "long"] + (["long", "short"] if lang == "en" else [])),
        font=font,
        bold=bold,
        size=r.choice([9, 9.5, 10, 10, 10.5]),
        margin=r.choice([46, 52, 58, 64]),
        motto=r.choice(MOTTOS[lang]),
    )


def school_head() -> Head:
    return make_head(school_row(), "school")


def head_of(who: Issuer, role: str) -> Head:
    """The ``role`` sender of ``who`` as it prints (the same one for the same issuer), of the
    school's area for local offices, of ``who``'s country for firms."""
    if role in AREA:
        lang = home() if role != "board" or seeded(who, "abroad").random() < 0.9 else region(who)
        return make_head(area_row(role, lang), role)
    lang = region(who) if role in ("coach", "stationer") else home()
    rows = [x for x in ROLES[role] if x[1] == lang] or ROLES[role]
    return make_head(seeded(who, role).choice(rows), role)


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
    ws = [x for x in name.replace("-", " ").split() if x[0].isupper() and x not in ("Ltd", "SAS")]
    return "".join(x[0] for x in ws[:3])


def crest(p: Page, x: float, y: float, k: int) -> None:
    """A school badge drawn small: a shield with a device."""
    p.line(x, y, x + 28, y)
    p.line(x, y, x, y + 20)
    p.line(x + 28, y, x + 28, y + 20)
    p.line(x, y + 20, x + 14, y + 33)
    p.line(x + 28, y + 20, x + 14, y + 33)
    if k % 3 == 0:
        p.rect(x + 8, y + 6, 12, 8, fill=0.2)
        p.line(x + 14, y + 6, x + 14, y + 14)
    elif k % 3 == 1:
        p.line(x + 14, y + 3, x + 14, y + 28)
        p.line(x + 4, y + 11, x + 24, y + 11)
    else:
        for j in range(3):
            p.line(x + 3, y + 6 + 5 * j, x + 25, y + 6 + 5 * j)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 12, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tel.')} {h.phone}" if h.phone else ""
    it = italic_of(s.font)
    if h.look == "crest":
        crest(p, m, y - 12, len(h.name))
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.62 - m - 38)
        p.text(m + 38, y + 2, h.name, s.bold, pt)
        p.text(m + 38, y + 14, fit(h.motto, it, 8, w * 0.62 - m - 38), it, 8)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 48
    if h.look == "banner":
        p.rect(0, 0, w, y + 18, fill=0.8)
        p.rect(0, y + 18, w, 3, fill=0.2)
        pt = shrink(h.name, s.bold, s.size + 5, w * 0.65 - m)
        p.text(m, y + 6, h.name, s.bold, pt)
        p.text(m, y + 34, fit(f"{h.street}, {h.town}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 56
    if h.look == "motto":
        pt = shrink(h.name.upper(), s.bold, s.size + 4, w - 2 * m)
        crest(p, w / 2 - 14, y - 20, len(h.name) + 1)
        p.text(w / 2, y + 26, h.name.upper(), s.bold, pt, "center")
        p.text(w / 2, y + 36, fit(h.motto, it, 7.5, w - 2 * m), it, 7.5, "center")
        sub = " - ".join(t for t in (f"{h.street}, {h.town}", tel) if t)
        p.text(w / 2, y + 46, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(m, y + 51, w - m, y + 51)
        return y + 72
    if h.look == "civic":
        if h.lang == "fr":
            p.text(m, y, "REPUBLIQUE FRANCAISE", s.bold, 8)
            p.text(m, y + 9, "Liberte - Egalite - Fraternite", it, 6.5)
            pt = shrink(h.name, s.bold, s.size + 1, w * 0.55 - m)
            p.text(m, y + 26, h.name, s.bold, pt)
            p.text(w - m, y, h.street, s.font, 7.5, "right")
            p.text(w - m, y + 9, h.town, s.font, 7.5, "right")
            return y + 56
        if h.lang == "de":
            pt = shrink(h.name, s.bold, s.size + 3, w * 0.6 - m)
            p.text(m, y + 6, h.name, s.bold, pt)
            p.line(m, y + 12, w * 0.6, y + 12)
            p.text(m, y + 22, fit(f"{h.street}, {h.town}", s.font, 7.5, w - 2 * m), s.font, 7.5)
            return y + 48
        pt = shrink(h.name, s.bold, s.size + 12, w * 0.5 - m)
        p.text(m, y + 10, h.name, s.bold, pt)
        yy = y - 2
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7.5, "right")
                yy += 9
        return y + 46
    if h.look == "wordmark":
        pt = shrink(h.name, s.bold, s.size + 7, w * 0.58 - m)
        p.text(m, y + 8, h.name, s.bold, pt)
        yy = y
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, t, s.font, 7, "right")
                yy += 8.5
        return y + 44
    if h.look == "ruled":
        pt = shrink(h.name, s.bold, s.size + 3, w - 2 * m)
        p.text(w - m, y + 4, h.name, s.bold, pt, "right")
        line = " | ".join(t for t in (h.street, h.town, tel) if t)
        p.text(w - m, y + 15, fit(line, s.font, 7, w - 2 * m), s.font, 7, "right")
        p.line(m, y + 21, w - m, y + 21)
        p.line(m, y + 23, w - m, y + 23)
        return y + 46
    if h.look == "tinted":
        p.rect(0, 0, w, y + 16, fill=0.85)
        pt = shrink(h.name, s.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        if tel:
            p.text(w - m, y + 4, tel, s.font, 8, "right")
        p.text(m, y + 28, fit(f"{h.street} - {h.town}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 52
    if h.look == "monogram":
        p.rect(m, y - 10, 30, 30, fill=0.15)
        p.text(m + 15, y + 10, initials(h.name)[:2], "Helvetica-Bold", 13, "center")
        p.rect(m + 6, y + 13, 18, 3, fill=1.0)
        pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m - 40)
        p.text(m + 40, y + 2, h.name, s.bold, pt)
        sub = " - ".join(t for t in (h.street, h.town, tel) if t)
        p.text(m + 40, y + 13, fit(sub, s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 44
    if h.look == "practice":
        pt = shrink(h.name, s.bold, s.size + 2, w - 2 * m)
        p.text(w / 2, y + 4, h.name, s.bold, pt, "center")
        sub = " - ".join(t for t in (f"{h.street}, {h.town}", tel) if t)
        p.text(w / 2, y + 15, fit(sub, s.font, 7, w - 2 * m), s.font, 7, "center")
        p.line(w / 2 - 90, y + 20, w / 2 + 90, y + 20)
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 3, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        p.text(m, y + 15, fit(h.motto, it, 7, w / 2 - m), it, 7)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 20), w - m, max(yy, y + 20))
        return max(yy, y + 20) + 22
    p.text(m, y, fit(h.name, s.bold, s.size + 1, w / 2 - m), s.bold, s.size + 1)
    yy = y + 11
    for t in (h.street, h.town, tel):
        if t:
            p.text(m, yy, t, s.font, 7.5)
            yy += 9
    return yy + 20


class Sheets(Flow):
    line = 1.38
    para_gap = 0.75
    head_lead = 0.6
    head_after = 1.5


def sheets(s: Style, h: Head | None, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""
    foot = len(h.foot) if h else 0

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top and h else s.margin - 6
        if h and h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * foot - 8, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    drop = ("Mr", "Mrs", "Frau", "Herrn", "Herr", "Dr.", "Madame", "Monsieur", "Mme", "M.")
    parts = [t for t in name.split() if t not in drop] or ["X"]
    p.text(x + 3, y - 2, f"{parts[0][0]}.{parts[-1]}", INK, pt)
    p.line(x + 2, y + 1, x + 10 + len(parts[-1]) * pt * 0.4, y - 3)


def got(lang: str, d: date, office: str = "") -> list[str]:
    """The school office's received stamp."""
    name = school_row()[0]
    short = " ".join(name.split()[:2]).upper()
    return [
        tr(lang, "RECEIVED", "EINGANG", "RECU LE"),
        date_text(d, lang, "short"),
        (office or short)[:28],
    ]


def received(f: Flow, lines: list[str]) -> None:
    """A received stamp on the first page: below a short text, else top right."""
    w, hh = f.size
    p = f.pages[0]
    if len(f.pages) == 1 and f.y < hh - 170:
        stamp(p, w - 230, f.y + 10, lines)
    else:
        stamp(p, w - 200, 22, lines)


def ruled(
    p: Page,
    x: float,
    y: float,
    w: float,
    n: int,
    rng: random.Random,
    lang: str,
    fill: float = 0.6,
    gap: float = 17,
) -> float:
    """``n`` ruled lines, the first ones written on by hand (``fill`` of them); the y below."""
    written = round(n * fill)
    for k in range(n):
        if k < written:
            t = words(rng, lang, rng.randint(6, 11))
            p.text(x + 3, y, fit(t, HAND, 9, w - 6), HAND, 9)
        p.line(x, y + 4, x + w, y + 4)
        y += gap
    return y


def caption(f: Sheets, s: Style, text: str, grow: float = 3, rule: bool = False) -> None:
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.y += pt * 0.35
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if rule:
        f.page.line(s.margin, f.y + 4, w - s.margin, f.y + 4)
    f.y += pt * 1.9


def numbered(
    f: Sheets, s: Style, items: list[str], pt: float = 0, label: str = "{k}.", start: int = 1
) -> None:
    """Numbered paragraphs with a hanging indent, numbered from ``start``."""
    w, _ = f.size
    pt = pt or s.size
    for k, t in enumerate(items, start):
        lines = wrap(t, s.font, pt, w - 2 * s.margin - 22)
        f.need(pt * 1.4 * min(3, len(lines)))
        f.page.text(s.margin, f.y, label.format(k=k), s.font, pt)
        for ln in lines:
            f.need(pt * 1.4)
            f.page.text(s.margin + 22, f.y, ln, s.font, pt)
            f.y += pt * 1.38
        f.y += pt * 0.6


def recipient(
    f: Sheets, s: Style, h: Head | None, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    show = h if h is not None and h.look not in ("tinted", "banner") else None
    below = window(f.page, s, show, y0, lines) if lines else y0
    lang = h.lang if h else "en"
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [
            *refs,
            (tr(lang, "Date", "Datum", "Date"), day(h, d) if h else date_text(d, lang, "long")),
        ],
        w - s.margin,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 18


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = False) -> None:
    f.need(86)
    m = s.margin
    close_ = tr(
        lang,
        "Yours faithfully" if formal else ["Yours sincerely", "Kind regards"][len(name) % 2],
        "Mit freundlichen Gruessen",
        "Je vous prie d'agreer, Madame, Monsieur, l'expression de mes salutations distinguees.",
    )
    f.para(m, f.size[0] - 2 * m, close_, s.font, s.size, 0.2)
    f.y += 18
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def school_lines(lang: str, office: str = "") -> list[str]:
    name, _, street, town, _ = school_row()
    first = office or tr(lang, "The Finance Office", "Sekretariat", "Service intendance")
    return [name, first, street, town]


def money_of(v: float, lang: str) -> str:
    return f"{money(v, lang)} {currency(lang)}" if lang != "en" else f"\u00a3{money(v, lang)}"


# ---------------------------------------------------------------------------------------------
# Templates AA: forms parents fill in
# ---------------------------------------------------------------------------------------------

LANGS_SPOKEN = {
    "en": ["English", "Polish", "Urdu", "Punjabi", "Romanian", "Bengali"],
    "de": ["Deutsch", "Tuerkisch", "Russisch", "Arabisch", "Polnisch"],
    "fr": ["francais", "arabe", "portugais", "turc", "anglais"],
}
ALLERGENS = {
    "en": ["peanuts", "tree nuts", "egg", "milk", "sesame", "fish", "wasp stings", "penicillin"],
    "de": ["Erdnuesse", "Haselnuss", "Huehnerei", "Kuhmilch", "Sesam", "Bienengift", "Penicillin"],
    "fr": ["arachide", "fruits a coque", "oeuf", "lait de vache", "kiwi", "piqure de guepe"],
}
PREVIOUS = {
    "en": ["St Joseph's RC Primary", "Abbots Langley Primary", "Oak View Academy", "home educated"],
    "de": ["Grundschule Kinderhaus", "Overbergschule", "Gemeinschaftsgrundschule Weitmar"],
    "fr": [
        "Ecole Rabiere",
        "Ecole elementaire Jules Ferry",
        "College Rabelais",
        "Ecole Saint-Joseph",
    ],
}
MAILS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
}
CONDITIONS = {
    "en": ["asthma", "eczema", "type 1 diabetes", "epilepsy", "ADHD", "hay fever", "none"],
    "de": ["Asthma", "Neurodermitis", "Diabetes Typ 1", "Epilepsie", "ADHS", "keine"],
    "fr": ["asthme", "eczema", "diabete de type 1", "epilepsie", "TDAH", "aucune"],
}


def tpl_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's enrolment form as a parent returns it, filled in by hand: the pupil, the
    parents, the previous school, language and medical questions in tick boxes and cells,
    then one or two consent pages (photos, internet use, local visits, medicines) signed and
    dated, sometimes the data collection sheet; all of it is one document."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    pupil = a_pupil(rng, lg)
    parent, addr = parent_of(rng, lg, pupil)
    title = tr(
        lg,
        rng.choice(["ADMISSION FORM", "New Student Enrolment Form", "Pupil Registration Form"]),
        rng.choice(["Aufnahmeantrag", "Anmeldung zur Aufnahme in die Klasse " + str(pupil.year)]),
        rng.choice(["Fiche d'inscription", "Dossier d'inscription - Fiche de renseignements"]),
    )
    f = sheets(s, h, f"{h.name} - {title}")
    f.page.text(m, f.y, fit(title, s.bold, s.size + 5, w - 2 * m - 120), s.bold, s.size + 5)
    f.page.rect(w - m - 110, f.y - 14, 110, 30)
    f.page.text(
        w - m - 106,
        f.y - 5,
        tr(lg, "Office use only", "Vermerk Schule", "Cadre reserve"),
        s.font,
        6,
    )
    f.page.text(w - m - 104, f.y + 10, serial(rng, "99/999"), HAND, 9)
    f.y += 22
    f.y = band(
        f.page,
        s,
        f.y,
        tr(lg, "1. Pupil details", "1. Angaben zur Schuelerin / zum Schueler", "1. L'eleve"),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Legal surname", "Familienname", "Nom"), pupil.last.upper()),
            (tr(lg, "Legal forename(s)", "Vorname(n)", "Prenom(s)"), pupil.first),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                date_text(pupil.born, lg, "short"),
            ),
            (tr(lg, "Year group / form", "Klasse", "Classe demandee"), year_label(lg, pupil)),
            (tr(lg, "Home address", "Anschrift", "Adresse"), ", ".join(addr[1:])),
            (
                tr(lg, "Start date", "Aufnahme zum", "Date d'entree"),
                date_text(d + timedelta(days=rng.randint(5, 40)), lg, "short"),
            ),
        ],
        per=2,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 2,
        w - 2 * m,
        [
            tr(lg, "Male", "maennlich", "Garcon"),
            tr(lg, "Female", "weiblich", "Fille"),
            tr(lg, "Prefer not to say", "divers", ""),
        ][: 3 if lg != "fr" else 2],
        {rng.randint(0, 1)},
    )
    f.y = band(
        f.page,
        s,
        f.y + 4,
        tr(lg, "2. Parents / carers", "2. Erziehungsberechtigte", "2. Responsables legaux"),
    )
    for k in range(rng.choice([1, 2, 2])):
        nm = (
            parent
            if k == 0
            else rng.choice(PEOPLE[lg]).split()[0]
            + " "
            + rng.choice([pupil.last, rng.choice(PEOPLE[lg]).split()[-1]])
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, f"Name (contact {k + 1})", f"Name ({k + 1})", f"Responsable {k + 1}"), nm),
                (
                    tr(lg, "Relationship", "Verhaeltnis", "Lien de parente"),
                    tr(
                        lg,
                        *(("Mother", "Mutter", "Mere") if k == 0 else ("Father", "Vater", "Pere")),
                    ),
                ),
                (
                    tr(lg, "Mobile", "Telefon mobil", "Portable"),
                    serial(rng, tr(lg, "07999 999999", "0179 9999999", "06 99 99 99 99")),
                ),
                (
                    tr(lg, "Email", "E-Mail", "Courriel"),
                    f"{nm.split()[0].lower()}.{pupil.last.lower()}@{rng.choice(MAILS[lg])}",
                ),
            ],
            per=4 if w > 560 else 2,
            tall=24,
        )
        f.y += 2
    f.y = band(
        f.page,
        s,
        f.y + 2,
        tr(
            lg,
            "3. Previous school and languages",
            "3. Bisherige Schule, Sprachen",
            "3. Scolarite anterieure",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Previous school", "Bisherige Schule", "Etablissement precedent"),
                rng.choice(PREVIOUS[lg]),
            ),
            (
                tr(lg, "First language", "Herkunftssprache", "Langue parlee a la maison"),
                rng.choice(LANGS_SPOKEN[lg]),
            ),
            (
                tr(lg, "Religion (optional)", "Religionsunterricht", "LV2 souhaitee"),
                rng.choice(
                    tr(
                        lg,
                        "None|Christian|Muslim|Sikh",
                        "evangelisch|katholisch|Ethik|islamisch",
                        "allemand|espagnol|italien",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "UPN (if known)", "Schuelernummer", "INE"),
                pupil.upn if rng.random() < 0.6 else "",
            ),
        ],
        per=2,
    )
    f.need(120)
    f.y = band(f.page, s, f.y + 2, tr(lg, "4. Medical and dietary", "4. Gesundheit", "4. Sante"))
    qs = [
        tr(
            lg,
            "Does your child have a medical condition?",
            "Chronische Erkrankung?",
            "Probleme de sante ?",
        ),
        tr(lg, "Any allergies?", "Allergien?", "Allergies ?"),
        tr(
            lg,
            "Special educational needs / EHCP?",
            "Sonderpaedagogischer Foerderbedarf?",
            "PAP / PPS / PAI ?",
        ),
        tr(lg, "Eligible for free school meals?", "Bildung und Teilhabe (BuT)?", "Boursier ?"),
    ]
    for q in qs:
        f.need(16)
        f.page.text(m, f.y, q, s.font, 8.5)
        yes = rng.random() < 0.3
        box(f.page, w - m - 120, f.y, yes)
        f.page.text(w - m - 108, f.y, yes_no(lg)[0], s.font, 8)
        box(f.page, w - m - 70, f.y, not yes)
        f.page.text(w - m - 58, f.y, yes_no(lg)[1], s.font, 8)
        f.y += 16
    f.need(40)
    f.page.text(m, f.y, tr(lg, "Details:", "Falls ja, welche:", "Precisez :"), s.font, 8)
    f.y = ruled(f.page, m + 50, f.y, w - 2 * m - 50, 2, rng, lg, fill=0.5) + 6
    if rng.random() < 0.4:
        f.need(90)
        f.y = band(f.page, s, f.y + 2, tr(lg, "5. Travel to school", "5. Schulweg", "5. Transport"))
        f.y = ticks(
            f.page,
            s,
            m,
            f.y + 8,
            w - 2 * m,
            tr(
                lg,
                "Walk|Bus|Car|Cycle|Train",
                "zu Fuss|Bus|Bahn|Fahrrad|Elterntaxi",
                "a pied|car scolaire|velo|voiture|tram",
            ).split("|"),
            {rng.randint(0, 4)},
        )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Page {i} of {n}" if lg == "en" else "{i}/{n}"]),
    )
    # Consent pages
    c = sheets(s, h, f"{title} - {pupil.name}", top=rng.random() < 0.4)
    caption(
        c,
        s,
        tr(lg, "Consents", "Einverstaendniserklaerungen", "Autorisations parentales"),
        3,
        rule=True,
    )
    items = [
        tr(
            lg,
            "Photographs of my child may be used in school displays and the newsletter.",
            "Fotos meines Kindes duerfen auf der Homepage der Schule veroeffentlicht werden.",
            "J'autorise la publication de photos de mon enfant (droit a l'image).",
        ),
        tr(
            lg,
            "My child may go on local educational visits during the school day.",
            "Mein Kind darf an Unterrichtsgaengen teilnehmen.",
            "J'autorise mon enfant a participer aux sorties sur le temps scolaire.",
        ),
        tr(
            lg,
            "My child may be given paracetamol by a first aider.",
            "Im Notfall darf ein Arzt hinzugezogen werden.",
            "J'autorise l'etablissement a faire appel aux services d'urgence.",
        ),
        tr(
            lg,
            "I have read the Acceptable Use Policy for the school network and internet.",
            "Ich habe die Nutzungsordnung fuer die IT-Ausstattung gelesen.",
            "J'ai pris connaissance de la charte informatique.",
        ),
        tr(
            lg,
            "My child may leave school at lunchtime (Year 11 only).",
            "Mein Kind darf in Freistunden das Schulgelaende verlassen.",
            "Mon enfant est autorise a sortir en cas d'absence d'un professeur.",
        ),
    ]
    for t in items[: rng.randint(3, 5)]:
        lines = wrap(t, s.font, s.size, w - 2 * m - 110)
        c.need(14 * len(lines) + 10)
        y0 = c.y
        for ln in lines:
            c.page.text(m, c.y, ln, s.font, s.size)
            c.y += s.size * 1.35
        yes = rng.random() < 0.85
        box(c.page, w - m - 90, y0, yes, 9)
        c.page.text(w - m - 77, y0, yes_no(lg)[0], s.font, 8)
        box(c.page, w - m - 40, y0, not yes, 9)
        c.page.text(w - m - 27, y0, yes_no(lg)[1], s.font, 8)
        c.y += 8
    if rng.random() < 0.5:
        write(c, s, prose(rng, lg, 2, 3), pt=s.size - 1)
    c.need(80)
    c.y += 14
    c.page.text(
        m,
        c.y,
        tr(
            lg,
            "Signed (parent / carer)",
            "Unterschrift Erziehungsberechtigte",
            "Signature des responsables legaux",
        ),
        s.font,
        8,
    )
    sign(c.page, m + 150, c.y, parent)
    c.page.line(m + 140, c.y + 4, m + 300, c.y + 4)
    c.page.text(m + 320, c.y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    c.page.text(m + 350, c.y, date_text(d, lg, "short"), HAND, 9)
    c.y += 24
    pages += close(c.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        # the data collection sheet printed from the school's system, checked by hand
        g = sheets(s, None)
        caption(
            g,
            s,
            tr(
                lg,
                "Data Collection Sheet",
                "Stammdatenblatt (SchILD)",
                "Fiche de renseignements (ONDE/SIECLE)",
            ),
            2,
        )
        rows = [
            [tr(lg, "Surname", "Name", "Nom"), pupil.last, ""],
            [tr(lg, "Forename", "Vorname", "Prenom"), pupil.first, ""],
            [tr(lg, "DOB", "Geb.-Datum", "Ne(e) le"), date_text(pupil.born, lg, "short"), ""],
            [tr(lg, "Address", "Strasse", "Adresse"), addr[1], ""],
            [tr(lg, "Town", "Ort", "Ville"), addr[2], ""],
            [tr(lg, "Contact 1", "Kontakt 1", "Responsable 1"), parent, ""],
            [tr(lg, "Doctor", "Hausarzt", "Medecin traitant"), rng.choice(ROLES["gp"])[0], ""],
            [
                tr(lg, "Ethnicity", "Staatsangehoerigkeit", "Nationalite"),
                tr(lg, "White British", "deutsch", "francaise"),
                "",
            ],
        ]
        cols = columns(m, w - m, [(2, "left"), (4, "left"), (3, "left")])
        table(
            g,
            cols,
            [
                tr(lg, "Field", "Feld", "Rubrique"),
                tr(lg, "Held", "Gespeichert", "Saisie"),
                tr(lg, "Correction", "Korrektur", "Correction"),
            ],
            rows,
            s,
            rules=True,
            step=2.2,
        )
        for k in range(rng.randint(0, 2)):
            g.pages[0].text(
                cols[2][0] + 4, g.y - (k + 2) * (s.size - 1) * 2.2, words(rng, lg, 3)[:-1], HAND, 9
            )
        pages += g.pages
    return pages


def tpl_medical_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A medical and allergy form on the school's paper, filled in by a parent: the English
    healthcare plan or allergy action plan (photo box, symptoms in tick boxes, the emergency
    steps), the German Gesundheitsbogen with the Erklaerung zur Medikamentengabe, the French
    fiche sanitaire or PAI with its emergency protocol page; one to three pages, one
    document."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = on(rng)
    pupil = a_pupil(rng, lg)
    parent, _ = parent_of(rng, lg, pupil)
    allergen = rng.choice(ALLERGENS[lg])
    cond = rng.choice(CONDITIONS[lg][:-1])
    plan = rng.random() < 0.5
    title = tr(
        lg,
        "Allergy Action Plan" if plan else "Individual Healthcare Plan",
        "Gesundheitsbogen und Erklaerung zur Medikamentengabe",
        "Projet d'Accueil Individualise (PAI)" if plan else "Fiche sanitaire de liaison",
    )
    top = rng.random() < 0.7
    f = sheets(s, h if top else None, f"{title} - {pupil.name}")
    if not top:
        f.y = m + 4
    pt = shrink(title, s.bold, s.size + 6, w - 2 * m)
    f.page.text(m, f.y, title, s.bold, pt)
    f.y += 22
    x_photo = w - m - 80
    f.page.rect(x_photo, f.y - 8, 80, 96)
    f.page.text(x_photo + 40, f.y + 40, tr(lg, "Photo", "Foto", "Photo"), s.font, 7, "center")
    f.y = fields(
        f.page,
        s,
        m,
        f.y - 8,
        x_photo - m - 10,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom et prenom"), pupil.name),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Ne(e) le"),
                date_text(pupil.born, lg, "short"),
            ),
            (tr(lg, "Form", "Klasse", "Classe"), pupil.form),
            (
                tr(lg, "Condition / allergy", "Erkrankung / Allergie", "Pathologie"),
                f"{allergen}, {cond}" if rng.random() < 0.4 else allergen,
            ),
            (tr(lg, "Parent / carer", "Erziehungsberechtigte(r)", "Responsable legal"), parent),
            (
                tr(lg, "Telephone", "Telefon", "Telephone"),
                serial(rng, tr(lg, "07999 999999", "0251 9999999", "02 99 99 99 99")),
            ),
            (tr(lg, "GP / doctor", "Kinderarzt", "Medecin traitant"), head_of(who, "gp").name),
            (
                tr(lg, "Medication", "Medikament", "Traitement"),
                rng.choice(
                    [
                        "EpiPen 0.3 mg",
                        "Jext 150",
                        "Salbutamol inhaler",
                        "Cetirizin 10 mg",
                        "Anapen 300",
                        "Ventoline",
                    ]
                ),
            ),
        ],
        per=2,
        tall=25,
    )
    f.y = band(f.page, s, f.y + 4, tr(lg, "Signs and symptoms", "Anzeichen", "Signes d'appel"))
    syms = tr(
        lg,
        "Itchy mouth|Swollen lips|Hives|Tummy pain|Vomiting|Wheeze|Difficulty breathing|Pale, "
        "floppy",
        "Juckreiz|Schwellung Lippen|Quaddeln|Bauchschmerzen|Erbrechen|Atemnot|Kreislauf",
        "Demangeaisons|Oedeme des levres|Urticaire|Douleurs abdominales|Vomissements|Toux|Malaise",
    ).split("|")
    f.y = ticks(
        f.page, s, m, f.y + 10, w - 2 * m, syms, set(rng.sample(range(len(syms)), 3)), pt=8.5
    )
    f.y = band(f.page, s, f.y + 4, tr(lg, "What to do", "Was ist zu tun", "Conduite a tenir")) + 10
    steps = tr(
        lg,
        "Stay with the child, call for help.|Give antihistamine as directed.|If any signs of "
        "anaphylaxis: give adrenaline auto-injector into the outer thigh.|Dial 999, say "
        "anaphylaxis.|Phone parent / carer.",
        "Kind nicht allein lassen.|Notfallmedikament geben.|Bei Atemnot: Adrenalin-Autoinjektor "
        "in den Oberschenkel.|Notruf 112.|Eltern benachrichtigen.",
        "Ne pas laisser l'eleve seul.|Donner l'antihistaminique.|En cas de signes graves : "
        "injecter l'adrenaline (face externe de la cuisse).|Appeler le 15.|Prevenir la "
        "famille.",
    ).split("|")
    numbered(f, s, steps[: rng.randint(3, 5)], pt=s.size)
    f.need(60)
    f.y += 8
    f.page.text(
        m, f.y, tr(lg, "Parent signature", "Unterschrift", "Signature des parents"), s.font, 8
    )
    sign(f.page, m + 110, f.y, parent)
    f.page.text(w / 2 + 20, f.y, tr(lg, "Date", "Datum", "Date") + ":", s.font, 8)
    f.page.text(w / 2 + 50, f.y, date_text(d, lg, "short"), HAND, 9)
    f.y += 20
    if rng.random() < 0.55:
        # a second page: the medicines consent / the emergency protocol
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Parental agreement for the school to administer medicine",
                "Erklaerung zur Medikamentengabe durch Lehrkraefte",
                "Protocole d'intervention en cas d'urgence",
            ),
            2,
            rule=True,
        )
        cols = columns(m, w - m, [(3, "left"), (2, "left"), (2, "left"), (2, "left")])
        rows = [
            [
                rng.choice(
                    [
                        "EpiPen 0.3 mg",
                        "Salbutamol 100 mcg",
                        "Cetirizine 10 mg",
                        "Ventolin",
                        "Aerius",
                    ]
                ),
                rng.choice(
                    tr(lg, "1 dose|2 puffs|5 ml", "1 Hub|2 Hub|1 Tbl.", "1 cp|2 bouffees").split(
                        "|"
                    )
                ),
                rng.choice(
                    tr(
                        lg, "as needed|08:00|12:30", "bei Bedarf|vor dem Sport", "si besoin|12h00"
                    ).split("|")
                ),
                rng.choice(
                    tr(
                        lg,
                        "office|own bag|PE dept",
                        "Sekretariat|Schulranzen",
                        "infirmerie|cartable",
                    ).split("|")
                ),
            ]
            for _ in range(rng.randint(1, 4))
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Medicine", "Medikament", "Medicament"),
                tr(lg, "Dose", "Dosis", "Dose"),
                tr(lg, "When", "Wann", "Quand"),
                tr(lg, "Kept in", "Aufbewahrung", "Rangement"),
            ],
            rows,
            s,
            rules=True,
            step=2.2,
        )
        write(f, s, prose(rng, lg, 2, 4))
        f.need(90)
        f.y += 10
        for cap in (
            tr(lg, "Parent / carer", "Erziehungsberechtigte", "Les parents"),
            tr(lg, "Headteacher", "Schulleitung", "Le chef d'etablissement"),
            tr(lg, "School nurse", "Klassenleitung", "Le medecin scolaire"),
        )[: rng.randint(2, 3)]:
            f.page.text(m, f.y, cap, s.font, 8)
            f.page.line(m + 130, f.y + 3, m + 300, f.y + 3)
            if rng.random() < 0.8:
                sign(f.page, m + 140, f.y, parent if "arent" in cap else rng.choice(PEOPLE[lg]))
            f.y += 28
    return close(
        f.pages, s, h, numbers="none" if len(f.pages) == 1 else rng.choice(["none", h.numbers])
    )


def tpl_doctor_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The family doctor's letter or certificate about a pupil's allergy or condition: a
    short letter on the practice's paper, or a German aerztliche Bescheinigung / a French
    certificat medical on A5 with the doctor's stamp."""
    h = head_of(who, "gp")
    lg = h.lang
    small = rng.random() < 0.45
    s = style_of(h, A5 if small else A4, margin=34 if small else 0, pt=9 if small else 0)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    pupil = last_pupil(rng, lg) if lg == home() else a_pupil(rng, lg)
    doctor = {
        "en": f"Dr {rng.choice(PEOPLE['en']).split()[-1]}",
        "de": f"Dr. med. {rng.choice(PEOPLE['de'])}",
        "fr": f"Dr {rng.choice(PEOPLE['fr'])}",
    }[lg]
    if h.name.startswith("Dr"):
        doctor = h.name.split(" - ")[0]
    f = sheets(s, h, h.name)
    if small:
        f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
        f.y += 26
        caption(
            f, s, tr(lg, "Medical certificate", "Aerztliche Bescheinigung", "CERTIFICAT MEDICAL"), 3
        )
        f.page.text(
            m,
            f.y,
            tr(lg, "Patient: ", "Patient/in: ", "Patient : ")
            + f"{pupil.name}, "
            + tr(lg, "DOB ", "geb. ", "ne(e) le ")
            + date_text(pupil.born, lg, "short"),
            s.bold,
            s.size,
        )
        f.y += 20
    else:
        recipient(
            f,
            s,
            h,
            [
                tr(lg, "The School Nurse", "An die Schulleitung", "Madame l'infirmiere"),
                *school_lines(lg, "-")[:1],
                school_row()[2],
                school_row()[3],
            ],
            d,
            [
                (
                    tr(lg, "NHS No.", "Vers.-Nr.", "N. SS"),
                    serial(rng, tr(lg, "999 999 9999", "A999999999", "9 99 99 99 999 999")),
                )
            ],
        )
        caption(
            f,
            s,
            tr(lg, "Re: ", "Betr.: ", "Objet : ")
            + f"{pupil.name}, "
            + tr(lg, "DOB ", "geb. ", "ne(e) le ")
            + date_text(pupil.born, lg, "short"),
            0.5,
        )
        f.para(
            m,
            w - 2 * m,
            tr(
                lg, "To whom it may concern,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"
            ),
            s.font,
            s.size,
        )
    allergen = rng.choice(ALLERGENS[lg])
    write(
        f,
        s,
        tr(
            lg,
            f"I can confirm that {pupil.first} has a diagnosed allergy to {allergen} and has been "
            "prescribed two adrenaline auto-injectors, to be kept in school at all times. ",
            f"hiermit bescheinige ich, dass {pupil.name} an einer aerztlich gesicherten Allergie "
            f"gegen {allergen} leidet und ein Notfallset mitfuehren muss. ",
            f"Je soussigne(e), certifie que l'enfant {pupil.name} presente une allergie a "
            f"{allergen} necessitant la mise en place d'un PAI et la detention d'une trousse "
            "d'urgence. ",
        )
        + prose(rng, lg, 1, 2),
    )
    if not small:
        write(f, s, prose(rng, lg, 1, 3))
    f.need(70)
    f.y += 16
    if small or lg != "en":
        stamp(f.page, m, f.y, [doctor[:30], h.street[:30], h.town[:30]])
        sign(f.page, w / 2 + 10, f.y + 30, doctor)
        f.y += 60
    else:
        regards(f, s, lg, doctor, tr(lg, "General Practitioner", "", ""), formal=True)
    if lg == "fr" and rng.random() < 0.5:
        f.page.text(
            m,
            min(f.y + 10, hh - m - 10),
            "Certificat remis en main propre a l'interesse(e) pour faire valoir ce que de droit.",
            s.font,
            6.5,
        )
    if rng.random() < 0.5:
        stamp(f.page, w - m - 110, 20, got(home(), d + timedelta(days=rng.randint(1, 8))))
    return close(f.pages, s, h, numbers="none")


TRIPS = {
    "en": [
        ("Year 8 Science Museum visit", "London", 24.0),
        ("Year 10 Geography field trip", "Malham Cove", 32.5),
        ("Year 9 Outdoor Education residential", "Ullswater", 285.0),
        ("Year 11 Theatre trip - An Inspector Calls", "Leeds", 18.0),
        ("Year 7 Battlefields tour", "Ypres", 395.0),
        ("Year 9 German exchange", "Muenster", 340.0),
    ],
    "de": [
        ("Klassenfahrt der Klassen 7", "Juist", 315.0),
        ("Exkursion Bio-LK zum Zoo", "Osnabrueck", 22.0),
        ("Skifahrt der Jahrgangsstufe 8", "Kleinwalsertal", 460.0),
        ("Studienfahrt Q1", "Berlin", 390.0),
        ("Theaterbesuch Klasse 9", "Bochum", 15.0),
    ],
    "fr": [
        ("Sortie au Futuroscope - classes de 4e", "Chasseneuil-du-Poitou", 38.0),
        ("Voyage linguistique en Angleterre", "Canterbury", 420.0),
        ("Classe de decouverte - 6e", "Le Mont-Dore", 230.0),
        ("Sortie pedagogique Chateau de Chenonceau", "Chenonceaux", 19.5),
        ("Echange scolaire avec l'Allemagne", "Muenster", 260.0),
    ],
}


def trip_of(who: Issuer, lang: str) -> tuple[str, str, float, date]:
    """The trip a trip letter and the slips returned after it are about."""
    r = seeded(who, "trip")
    name, place, cost = r.choice(TRIPS[lang])
    return name, place, cost, date(2025, 1, 13) + timedelta(days=r.randint(0, 420))


def consent_slip_body(
    p: Page,
    s: Style,
    lg: str,
    x: float,
    y: float,
    w: float,
    trip: tuple[str, str, float, date],
    pupil: Pupil | None,
    parent: str,
    rng: random.Random,
    d: date,
) -> float:
    """The printed reply slip of a trip letter, filled in by hand when ``pupil``; the y below."""
    name, place, cost, when = trip
    hd = tr(lg, "REPLY SLIP", "RUECKMELDUNG", "COUPON-REPONSE")
    p.text(x, y, hd + f" - {name}", s.bold, shrink(hd + f" - {name}", s.bold, 9.5, w))
    y += 16
    txt = tr(
        lg,
        f"I give permission for my son / daughter to take part in the {name} on "
        f"{date_text(when, 'en', 'long')} and I enclose / have paid online the sum of "
        f"\u00a3{money(cost, 'en')}.",
        f"Hiermit erklaere ich mich einverstanden, dass meine Tochter / mein Sohn an der Fahrt "
        f"({name}, {place}) teilnimmt. Den Betrag von {money(cost, 'de')} EUR ueberweise ich "
        "bis zum genannten Termin.",
        f"J'autorise mon enfant a participer a la sortie ({name}) le "
        f"{date_text(when, 'fr', 'long')}. Je joins un cheque de {money(cost, 'fr')} EUR a "
        "l'ordre de l'agent comptable.",
    )
    for ln in wrap(txt, s.font, 8.5, w):
        p.text(x, y, ln, s.font, 8.5)
        y += 11
    y += 6
    items = [
        (tr(lg, "Student name", "Name des Kindes", "Nom de l'eleve"), pupil.name if pupil else ""),
        (tr(lg, "Form", "Klasse", "Classe"), pupil.form if pupil else ""),
        (
            tr(
                lg,
                "Medical needs / dietary requirements",
                "Allergien / Medikamente",
                "Traitement / allergie",
            ),
            rng.choice(
                [
                    "none",
                    "-",
                    "asthma - inhaler",
                    "vegetarian",
                    "keine",
                    "Heuschnupfen",
                    "aucun",
                    "nut allergy",
                ]
            )
            if pupil
            else "",
        ),
        (
            tr(lg, "Emergency contact number", "Telefon im Notfall", "Telephone en cas d'urgence"),
            serial(rng, tr(lg, "07999 999999", "0171 9999999", "06 99 99 99 99")) if pupil else "",
        ),
    ]
    for cap, val in items:
        p.text(x, y, cap + ":", s.font, 8)
        lw = tw(cap + ":", s.font, 8) + 6
        p.line(x + lw, y + 3, x + w, y + 3)
        if val:
            p.text(x + lw + 4, y, fit(val, HAND, 10, w - lw - 6), HAND, 10)
        y += 17
    p.text(x, y, tr(lg, "Signed (parent/carer)", "Unterschrift", "Signature"), s.font, 8)
    p.line(x + 100, y + 3, x + w * 0.6, y + 3)
    p.text(x + w * 0.62, y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    p.line(x + w * 0.62 + 26, y + 3, x + w, y + 3)
    if pupil:
        sign(p, x + 108, y, parent, 13)
        p.text(x + w * 0.62 + 30, y, date_text(d, lg, "short"), HAND, 9)
    return y + 14


def tpl_trip_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A trip reply slip cut off a letter and returned by a parent: a narrow strip (a third
    or half of A4, A5 landscape), filled in by hand and signed, sometimes with the cheque
    number or the office's tick and initials; each slip is a document of its own."""
    h = school_head()
    lg = h.lang
    trip = trip_of(who, lg)
    r = seeded(who, "slipsize")
    size = r.choice(
        [(210 * mm, 99 * mm), (210 * mm, 148 * mm), landscape(A5), (210 * mm, 120 * mm)]
    )
    s = style_of(h, size, margin=22, pt=8.5)
    w, hh = size
    m = 22
    pupil = a_pupil(rng, lg)
    parent, _ = parent_of(rng, lg, pupil)
    d = trip[3] - timedelta(days=rng.randint(10, 60))
    p = Page(size)
    y = 26.0
    if r.random() < 0.5:
        # the cut edge of the dashed line at the top
        slip_rule(p, 6, w - 6, 10, "")
    if r.random() < 0.4:
        p.text(w - m, y, h.name, s.font, 6.5, "right")
    y = consent_slip_body(p, s, lg, m, y + 4, w - 2 * m, trip, pupil, parent, rng, d)
    if rng.random() < 0.4:
        p.text(
            m,
            min(y + 6, hh - 10),
            tr(lg, "Cheque no. ", "Bar bezahlt: ", "Cheque n. ") + serial(rng, "999999"),
            HAND,
            9,
        )
    if rng.random() < 0.5:
        p.text(w - m - 40, min(y + 6, hh - 12), "v " + serial(rng, "AA"), HAND, 11)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates AA: the school writes to parents
# ---------------------------------------------------------------------------------------------


def dear_parent(lg: str, pupil: Pupil, parent: str) -> str:
    first = parent.split()[0]
    return tr(
        lg,
        f"Dear Parent/Carer of {pupil.first}," if len(first) % 2 else f"Dear {parent},",
        f"Sehr geehrte Familie {pupil.last},",
        "Madame, Monsieur,",
    )


def school_letter(
    rng: random.Random, h: Head, s: Style, d: date, named: Pupil | None, ref: str
) -> Sheets:
    """The first page of a letter home: addressed to a named parent (window address) or to
    all parents of a year ("Dear Parent/Carer")."""
    lg = h.lang
    f = sheets(s, h, f"{h.name} - {ref}" if rng.random() < 0.5 else "")
    if named is not None:
        parent, addr = parent_of(rng, lg, named)
        recipient(f, s, h, addr, d, [(tr(lg, "Our ref", "Unser Zeichen", "Ref."), ref)])
        f.para(s.margin, f.size[0] - 2 * s.margin, dear_parent(lg, named, parent), s.font, s.size)
    else:
        f.page.text(f.size[0] - s.margin, f.y, day(h, d), s.font, s.size, "right")
        f.y += 26
        f.para(
            s.margin,
            f.size[0] - 2 * s.margin,
            tr(
                lg,
                rng.choice(["Dear Parent/Carer,", "Dear Parents and Carers,"]),
                "Liebe Eltern,",
                "Madame, Monsieur,",
            ),
            s.font,
            s.size,
        )
    return f


def tpl_trip_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's letter to parents about a trip: the letter, then (belonging to it) the
    itinerary table, the kit list, sometimes a map of the meeting point, and the reply slip,
    either at the foot of the last page behind a dashed cut line or on a page of its own."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    trip = trip_of(who, lg)
    name, place, cost, when = trip
    d = when - timedelta(days=rng.randint(30, 90))
    lead = rng.choice(PEOPLE[lg])
    f = school_letter(rng, h, s, d, None, serial(rng, "TRIP/99"))
    caption(f, s, name + (f" - {place}" if place not in name else ""), 1.5)
    write(
        f,
        s,
        tr(
            lg,
            f"I am delighted to tell you about the {name}, which will take place on "
            f"{day(h, when)}. The cost of the trip is \u00a3{money(cost, 'en')}, payable "
            "through ParentPay. ",
            f"vom {day(h, when)} bis {day(h, when + timedelta(days=rng.randint(2, 5)))} fahren "
            f"wir nach {place}. Die Kosten betragen {money(cost, 'de')} EUR pro Kind. ",
            f"Dans le cadre du projet pedagogique, une sortie a {place} est organisee le "
            f"{day(h, when)}. La participation demandee aux familles est de "
            f"{money(cost, 'fr')} EUR. ",
        )
        + prose(rng, lg, 1, 3),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg))
    long_trip = cost > 100
    regards(f, s, lg, lead, tr(lg, "Trip Leader", "Klassenleitung", "Professeur organisateur"))
    slip_here = rng.random() < 0.5 and not long_trip
    if slip_here and f.y < hh - m - 230:
        y = max(f.y + 10, hh - m - 215 - 7 * len(h.foot))
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please detach and return to the school office",
                "bitte abtrennen",
                "a decouper et a rendre au professeur principal",
            ),
        )
        consent_slip_body(f.page, s, lg, m, y + 18, w - 2 * m, trip, None, "", rng, d)
        pages = close(f.pages, s, h)
        return pages
    if long_trip or rng.random() < 0.5:
        f.new_page()
        caption(f, s, tr(lg, "Itinerary", "Reiseablauf", "Programme du sejour"), 2, rule=True)
        rows = []
        for k in range(rng.randint(3, 6)):
            dd = when + timedelta(days=k)
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    f"{rng.randint(7, 10):02d}:{rng.choice(['00', '15', '30'])}",
                    words(rng, lg, rng.randint(4, 8))[:-1],
                ]
            )
        cols = columns(m, w - m, [(1.3, "left"), (0.8, "left"), (6, "left")])
        table(
            f,
            cols,
            [
                tr(lg, "Day", "Tag", "Jour"),
                tr(lg, "Time", "Uhrzeit", "Heure"),
                tr(lg, "Activity", "Programm", "Activite"),
            ],
            rows,
            s,
            rules=True,
            step=2.0,
        )
        f.y += 6
        caption(f, s, tr(lg, "Kit list", "Packliste", "Trousseau"), 1)
        kit = tr(
            lg,
            "Waterproof coat|Walking boots|Packed lunch|Refillable water bottle|Sun "
            "cream|Medication (named)|Passport / EHIC|Pocket money (max \u00a330)",
            "Regenjacke|feste Schuhe|Bettwaesche|Krankenkassenkarte|Personalausweis|Taschengeld "
            "(max. 30 EUR)|Medikamente",
            "Carte d'identite|Autorisation de sortie de territoire|Pique-nique|K-way|Chaussures "
            "de marche|Trousse de toilette",
        ).split("|")
        for t in kit:
            f.need(14)
            box(f.page, m + 4, f.y, False, 7)
            f.page.text(m + 16, f.y, t, s.font, s.size)
            f.y += s.size * 1.5
        if rng.random() < 0.4:
            f.need(200)
            f.y += 8
            x0, y0, mw, mh = m, f.y, w - 2 * m, 180
            f.page.rect(x0, y0, mw, mh)
            for _ in range(rng.randint(4, 7)):
                f.page.line(x0 + rng.uniform(0, mw), y0, x0 + rng.uniform(0, mw), y0 + mh)
            bx = x0 + rng.uniform(40, mw - 120)
            f.page.rect(bx, y0 + rng.uniform(30, 110), 90, 40, fill=0.7)
            f.page.text(
                bx + 45,
                y0 + 16,
                tr(lg, "Coach drop-off", "Bushaltestelle", "Depose car"),
                s.font,
                7,
                "center",
            )
            f.page.text(x0 + mw - 10, y0 + 14, "N", "Helvetica-Bold", 10, "right")
            f.y = y0 + mh + 14
    if rng.random() < 0.5 and f.y < hh - m - 230:
        y = max(f.y + 10, hh - m - 215 - 7 * len(h.foot))
        slip_rule(
            f.page, m, w - m, y, tr(lg, "Please detach and return", "bitte abtrennen", "a decouper")
        )
        consent_slip_body(f.page, s, lg, m, y + 18, w - 2 * m, trip, None, "", rng, d)
    else:
        f.new_page()
        consent_slip_body(f.page, s, lg, m, f.y + 6, w - 2 * m, trip, None, "", rng, d)
    return close(f.pages, s, h)


LETTER_TOPICS = ["attendance", "parents_evening", "uniform", "exams", "term_dates"]


def tpl_parent_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter home from the headteacher or head of year: attendance concern with the
    attendance record enclosed (a table page, belonging to the letter), parents' evening
    with an appointment slip, uniform and behaviour, the exam season, or term dates with the
    calendar of the year on a page of its own."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    topic = rng.choice(LETTER_TOPICS)
    pupil = a_pupil(rng, lg) if topic == "attendance" or rng.random() < 0.3 else None
    f = school_letter(rng, h, s, d, pupil, serial(rng, "AA/AA/999"))
    subj = {
        "attendance": tr(
            lg,
            f"Attendance of {pupil.name if pupil else ''}",
            f"Fehlzeiten von {pupil.name if pupil else ''}",
            f"Absences de {pupil.name if pupil else ''}",
        ),
        "parents_evening": tr(
            lg, "Parents' Evening", "Elternsprechtag", "Rencontre parents-professeurs"
        ),
        "uniform": tr(
            lg,
            "Uniform and equipment",
            "Handynutzung und Schulordnung",
            "Reglement interieur - tenue",
        ),
        "exams": tr(
            lg,
            "Summer examinations",
            "Zentrale Pruefungen 10",
            "Diplome national du brevet - epreuves",
        ),
        "term_dates": tr(
            lg,
            "Term dates",
            "Ferientermine und bewegliche Ferientage",
            "Calendrier de l'annee scolaire",
        ),
    }[topic]
    caption(f, s, subj, 1.5)
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg))
    hd, role = head_teacher(lg)
    if rng.random() < 0.5:
        hd, role = (
            rng.choice(PEOPLE[lg]),
            tr(
                lg,
                f"Head of Year {pupil.year if pupil else rng.randint(7, 11)}",
                "Stufenkoordination",
                "CPE",
            ),
        )
    regards(f, s, lg, hd, role)
    if topic == "parents_evening" and f.y < hh - m - 170:
        y = max(f.y + 10, hh - m - 150 - 7 * len(h.foot))
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Return to your child's tutor",
                "bitte zurueck an die Klassenleitung",
                "a retourner",
            ),
        )
        f.page.text(
            m,
            y + 18,
            tr(lg, "APPOINTMENT REQUEST", "TERMINWUNSCH", "DEMANDE DE RENDEZ-VOUS"),
            s.bold,
            9,
        )
        yy = y + 34
        for cap in (
            tr(lg, "Student", "Kind", "Eleve"),
            tr(lg, "Teachers I wish to see", "Gewuenschte Lehrkraefte", "Professeurs souhaites"),
            tr(lg, "Preferred time", "Uhrzeit", "Horaire"),
        ):
            f.page.text(m, yy, cap + ":", s.font, 8)
            f.page.line(m + 120, yy + 3, w - m, yy + 3)
            yy += 18
    pages = close(f.pages, s, h)
    if topic == "attendance" and pupil is not None:
        a = Page(A4)
        y = running_header(
            a,
            s,
            f"{h.name} - "
            + tr(lg, "Attendance record", "Fehlzeitenuebersicht", "Releve d'absences"),
        )
        a.text(
            m,
            y + 14,
            tr(lg, "Attendance Record", "Fehlzeiten", "Releve des absences")
            + f" - {pupil.name} ({pupil.form})",
            s.bold,
            s.size + 2,
        )
        y += 34
        a.text(
            m,
            y,
            tr(lg, "Attendance this year: ", "Fehlstunden gesamt: ", "Demi-journees d'absence : ")
            + (f"{rng.uniform(78, 91):.1f}%" if lg == "en" else str(rng.randint(12, 60))),
            s.font,
            s.size,
        )
        y += 20
        cols = columns(m, w - m, [(1.2, "left"), (1, "center"), (1, "center"), (3, "left")])
        ff = Sheets(A4, hh - m, lambda p, n: m)
        ff.pages = [a]
        ff.page = a
        ff.y = y
        rows = []
        dd = d - timedelta(days=rng.randint(60, 120))
        for _ in range(rng.randint(10, 26)):
            dd += timedelta(days=rng.randint(1, 6))
            rows.append(
                [
                    date_text(dd, lg, "short"),
                    rng.choice(["AM", "PM", "AM/PM"]) if lg == "en" else str(rng.randint(1, 6)),
                    rng.choice(["I", "M", "O", "U", "L"])
                    if lg == "en"
                    else rng.choice(["e", "u", "E"]),
                    rng.choice(
                        tr(
                            lg,
                            "Illness|Medical appointment|Unauthorised|Late after register "
                            "closed|Holiday (not authorised)",
                            "entschuldigt|unentschuldigt|Arzttermin|krank",
                            "maladie|rendez-vous medical|non justifiee|retard",
                        ).split("|")
                    ),
                ]
            )
        table(
            ff,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Session", "Stunde", "Heure"),
                tr(lg, "Code", "Code", "Code"),
                tr(lg, "Reason", "Grund", "Motif"),
            ],
            rows,
            s,
            rules=True,
        )
        pages += ff.pages
    elif topic == "term_dates" and rng.random() < 0.7:
        c = Page(landscape(A4))
        cw, ch = landscape(A4)
        c.text(
            cw / 2,
            40,
            tr(lg, "School Calendar ", "Jahresterminplan ", "Calendrier scolaire ")
            + f"{d.year}/{d.year + 1 - 2000}",
            "Helvetica-Bold",
            13,
            "center",
        )
        for k in range(12):
            mo = (8 + k) % 12 + 1
            cx, cy = 30 + (k % 6) * ((cw - 60) / 6), 70 + (k // 6) * 250
            c.text(
                cx + 4,
                cy,
                date_text(date(2025, mo, 1), lg, "long").split()[-2].capitalize(),
                "Helvetica-Bold",
                8,
            )
            for j in range(31):
                gx, gy = cx + (j % 7) * 17, cy + 14 + (j // 7) * 16
                shade = 0.75 if rng.random() < 0.15 else None
                if shade:
                    c.rect(gx - 1, gy - 9, 16, 12, fill=shade)
                c.text(gx + 7, gy, str(j + 1), "Helvetica", 6.5, "center")
        c.text(
            30,
            ch - 40,
            tr(
                lg,
                "Shaded days: school closed (holidays and INSET days)",
                "Grau: unterrichtsfrei",
                "Grise : vacances scolaires",
            ),
            "Helvetica",
            7,
        )
        pages.append(c)
    return pages


def tpl_newsletter(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's newsletter: a masthead with the issue number, articles in two columns with
    photos, the headteacher's message, dates for the diary; two to four pages, numbered or
    not."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    issue = rng.randint(2, 40)
    title = tr(
        lg,
        rng.choice(["Newsletter", "News & Views", "The Bulletin"]),
        rng.choice(["Elternbrief", "Schulnachrichten", "Info-Brief"]),
        rng.choice(["La Gazette", "Lettre aux familles", "Infos College"]),
    )
    pages: list[Page] = []
    n = rng.randint(2, 4)
    gap = 14
    cw = (w - 2 * m - gap) / 2
    for k in range(n):
        p = Page(A4)
        if k == 0:
            p.rect(0, 0, w, 88, fill=0.78)
            p.rect(0, 88, w, 4, fill=0.2)
            p.text(m, 44, h.name, "Helvetica-Bold", shrink(h.name, "Helvetica-Bold", 13, w - 2 * m))
            p.text(m, 74, title, "Times-Bold", 26)
            p.text(
                w - m,
                74,
                tr(lg, "Issue ", "Nr. ", "N. ") + f"{issue} - {day(h, d)}",
                "Helvetica",
                9,
                "right",
            )
            y0 = 112.0
        else:
            p.text(m, 30, f"{title} - " + tr(lg, "Issue ", "Nr. ", "N. ") + str(issue), s.font, 7.5)
            p.line(m, 35, w - m, 35)
            y0 = 56.0
        for col in range(2):
            x = m + col * (cw + gap)
            y = y0
            lim = hh - 156 if k == n - 1 else hh - 46
            while y < lim - 60:
                head_ = words(rng, lg, rng.randint(2, 5))[:-1]
                p.text(x, y, fit(head_, s.bold, 11, cw), s.bold, 11)
                y += 16
                ph = rng.uniform(80, 140)
                if rng.random() < 0.45 and y + ph < lim - 40:
                    photo(p, x, y - 6, cw, ph, rng)
                    y += ph + 8
                for ln in wrap(prose(rng, lg, 2, 4), s.font, s.size, cw):
                    if y > lim:
                        break
                    p.text(x, y, ln, s.font, s.size)
                    y += s.size * 1.35
                y += 12
        if k == n - 1:
            bx = m
            p.rect(bx, hh - 140, w - 2 * m, 100, fill=0.9)
            p.text(
                bx + 8, hh - 124, tr(lg, "Dates for your diary", "Termine", "Agenda"), s.bold, 10
            )
            for j in range(5):
                dd = d + timedelta(days=rng.randint(3, 80))
                p.text(
                    bx + 8 + (j % 2) * (w / 2 - m),
                    hh - 108 + (j // 2) * 14,
                    f"{date_text(dd, lg, 'short')}  {words(rng, lg, 4)[:-1]}",
                    s.font,
                    7.5,
                )
        pages.append(p)
    number = rng.choice(
        ["none", "{i}", "Page {i}" if lg == "en" else "Seite {i}" if lg == "de" else "{i}/{n}"]
    )
    if number != "none":
        for k, p in enumerate(pages, 1):
            p.text(w / 2, hh - 22, number.format(i=k, n=len(pages)), s.font, 8, "center")
    return pages


MEALS = {
    "en": ["School lunch (hot meal)", "Breakfast club", "Sandwich meal deal", "Snack bar"],
    "de": ["Mittagessen Mensa", "Ganztag Mittagsverpflegung", "Kioskkarte Aufladung"],
    "fr": ["Demi-pension (4 jours)", "Demi-pension (5 jours)", "Repas occasionnels"],
}


def tpl_meal_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An invoice to a parent for school meals or a trip: the English school's statement of
    the meal account or the trip balance (often a web-page print on Letter), the German
    caterer's Rechnung Mittagsverpflegung with the SEPA mandate line, the French intendance's
    avis aux familles with the payment slip (talon) to return; one page."""
    lg = home()
    caterer = lg == "de" and seeded(who, "meals").random() < 0.7
    h = head_of(who, "caterer") if caterer else school_head()
    lg = h.lang
    web = lg == "en" and seeded(who, "web").random() < 0.4
    s = style_of(h, LETTER if web else A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    pupil = a_pupil(rng, lg)
    _, addr = parent_of(rng, lg, pupil)
    trip = seeded(who, "mealtrip").random() < 0.3
    f = sheets(s, None if web else h)
    if web:
        f.page.text(m, 24, f"ParentPay - {h.name}", "Helvetica", 7)
        f.page.text(
            w - m,
            24,
            date_text(d, "en", "short") + " 19:4" + str(rng.randint(0, 9)),
            "Helvetica",
            7,
            "right",
        )
        f.y = m + 20
        f.page.text(m, f.y, h.name, "Helvetica-Bold", 14)
        f.y += 24
    else:
        recipient(
            f,
            s,
            h,
            addr,
            d,
            [
                (tr(lg, "Account", "Kunden-Nr.", "N. famille"), serial(rng, "999999")),
                (
                    tr(lg, "Invoice", "Rechnung", "Avis n."),
                    serial(rng, tr(lg, "SM99999", "ME-99999", "2025-99999")),
                ),
            ],
        )
    title = tr(
        lg,
        ("Trip payment request" if trip else "School meals account statement"),
        ("Rechnung Mittagsverpflegung" if caterer else "Zahlungsaufforderung Klassenfahrt"),
        (
            "Avis aux familles - voyage scolaire"
            if trip
            else "Avis aux familles - frais de demi-pension"
        ),
    )
    caption(f, s, title, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Pupil", "Kind", "Eleve"), f"{pupil.name} ({pupil.form})"),
                (
                    tr(lg, "Period", "Zeitraum", "Periode"),
                    tr(
                        lg,
                        "Autumn term",
                        f"{date_text(d.replace(day=1), lg, 'long')[2:]}",
                        "Trimestre " + rng.choice(["1", "2", "3"]),
                    ),
                ),
            ],
            w / 2 + 40,
        )
        + 8
    )
    rows = []
    total = 0.0
    if trip:
        name, _, cost = rng.choice(TRIPS[lg])
        rows.append([date_text(d, lg, "short"), name, money(cost, lg)])
        total = cost
        paid = round(cost * rng.choice([0, 0.25, 0.5]), 2)
        if paid:
            rows.append(
                [
                    date_text(d - timedelta(days=20), lg, "short"),
                    tr(lg, "Paid - thank you", "Anzahlung", "Acompte verse"),
                    "-" + money(paid, lg),
                ]
            )
            total -= paid
    else:
        dd = d - timedelta(days=35)
        for _ in range(rng.randint(4, 10)):
            dd += timedelta(days=rng.randint(2, 7))
            n = rng.randint(2, 5)
            price = {"en": 2.6, "de": 4.2, "fr": 3.9}[lg]
            rows.append(
                [date_text(dd, lg, "short"), f"{n} x {rng.choice(MEALS[lg])}", money(n * price, lg)]
            )
            total += n * price
    cols = columns(m, w - m, [(1.4, "left"), (5, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Libelle"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Amount due: ", "Rechnungsbetrag: ", "Reste a payer : ") + money_of(total, lg),
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            "Please pay online via ParentPay. If you are in receipt of certain benefits your "
            "child may be entitled to free school meals. ",
            f"Der Betrag wird am {date_text(d + timedelta(days=10), 'de', 'short')} per "
            "SEPA-Lastschrift von Ihrem Konto eingezogen. Mandatsreferenz "
            f"{serial(rng, 'MV-99999')}. "
            "",
            "Le reglement peut etre effectue par cheque a l'ordre de l'agent comptable, par "
            "virement ou en ligne (EduConnect). ",
        ),
        pt=s.size - 0.5,
    )
    if lg == "fr" or (not web and rng.random() < 0.4):
        y = max(f.y + 14, hh - m - 120 - 7 * len(h.foot))
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Return this slip with your payment",
                "Ueberweisungstraeger",
                "Talon a joindre a votre reglement",
            ),
        )
        f.page.text(
            m, y + 18, tr(lg, "REMITTANCE SLIP", "ZAHLSCHEIN", "TALON DE PAIEMENT"), s.bold, 9
        )
        pairs(
            f.page,
            s,
            m,
            y + 34,
            [
                (tr(lg, "Pupil", "Kind", "Eleve"), pupil.name),
                (tr(lg, "Amount", "Betrag", "Montant"), money_of(total, lg)),
                (tr(lg, "Reference", "Verwendungszweck", "Reference"), serial(rng, "99999999")),
            ],
            w / 2,
        )
    if web:
        f.page.text(
            m,
            hh - 20,
            "https://app.parentpay.com/V3Payer4/Payer/Statement.aspx?ConsumerId="
            f"{rng.randint(1000000, 9999999)}",
            "Helvetica",
            6.5,
        )
        f.page.text(w - m, hh - 20, "1/1", "Helvetica", 6.5, "right")
        return f.pages
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates AA: reports, exams and timetables
# ---------------------------------------------------------------------------------------------

SUBJECTS = {
    "en": [
        "English Language",
        "English Literature",
        "Mathematics",
        "Combined Science",
        "Biology",
        "History",
        "Geography",
        "French",
        "Spanish",
        "Computer Science",
        "Art and Design",
        "Music",
        "Physical Education",
        "Religious Studies",
        "Design Technology",
        "Drama",
    ],
    "de": [
        "Deutsch",
        "Mathematik",
        "Englisch",
        "Franzoesisch",
        "Latein",
        "Biologie",
        "Physik",
        "Chemie",
        "Erdkunde",
        "Geschichte",
        "Politik",
        "Kunst",
        "Musik",
        "Sport",
        "Religionslehre",
        "Informatik",
    ],
    "fr": [
        "Francais",
        "Mathematiques",
        "Histoire-Geographie-EMC",
        "Anglais LV1",
        "Allemand LV2",
        "Espagnol LV2",
        "SVT",
        "Physique-Chimie",
        "Technologie",
        "Arts plastiques",
        "Education musicale",
        "EPS",
        "Latin",
    ],
}
NOTEN = ["sehr gut", "gut", "gut", "befriedigend", "befriedigend", "ausreichend", "mangelhaft"]


def tpl_school_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's report: the English report with a summary grid (attainment, effort,
    target) and the subject teachers' comments over one to three more pages, sometimes a
    cover page; the German Halbjahreszeugnis (grades in words, Arbeits- und Sozialverhalten,
    Bemerkungen, signatures, the parents' line) on one or two pages; the French bulletin
    trimestriel with averages and appreciations on one page."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = on(rng)
    pupil = a_pupil(rng, lg)
    subs = rng.sample(SUBJECTS[lg], k=min(len(SUBJECTS[lg]), rng.randint(9, 13)))
    pages: list[Page] = []
    if lg == "de":
        f = sheets(s, h, top=rng.random() < 0.5)
        if f.y < m:
            f.page.text(w / 2, m + 10, h.name, s.bold, s.size + 4, "center")
            f.y = m + 40
        title = rng.choice(["Halbjahreszeugnis", "Zeugnis", "Jahreszeugnis"])
        f.page.text(w / 2, f.y + 6, title.upper(), s.bold, 18, "center")
        f.y += 34
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("fuer", pupil.name),
                    ("geboren am", date_text(pupil.born, "de", "short")),
                    ("Klasse", pupil.form),
                    ("Schuljahr", f"{d.year}/{d.year + 1}"),
                ],
                w - m,
                s.size + 1,
            )
            + 10
        )
        f.page.text(m, f.y, "Leistungen in den Faechern:", s.bold, s.size + 1)
        f.y += 18
        half = (len(subs) + 1) // 2
        for k, sub in enumerate(subs):
            x = m if k < half else w / 2 + 6
            y = f.y + (k % half) * 22
            f.page.text(x, y, sub, s.font, s.size + 0.5)
            f.page.rect(x + 120, y - 11, w / 2 - m - 130, 15, fill=0.92)
            f.page.text(x + 125, y, rng.choice(NOTEN), s.bold, s.size + 0.5)
        f.y += half * 22 + 12
        f.page.text(m, f.y, "Arbeits- und Sozialverhalten:", s.bold, s.size)
        f.y += 14
        write(f, s, f"{pupil.first} " + prose(rng, "de", 1, 3))
        f.page.text(m, f.y, "Bemerkungen:", s.bold, s.size)
        f.y += 14
        write(
            f,
            s,
            rng.choice(
                [
                    f"{pupil.first} wird in die Klasse {pupil.year + 1} versetzt.",
                    "Versetzung gefaehrdet in: Mathematik.",
                    "Teilnahme an der AG Schulsanitaetsdienst.",
                ]
            )
            + " "
            + prose(rng, "de", 0, 1),
        )
        f.y = pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                ("Versaeumte Stunden", str(rng.randint(0, 60))),
                ("davon unentschuldigt", str(rng.choice([0, 0, 0, 2, 4]))),
            ],
            w / 2,
        )
        if rng.random() < 0.4 or f.y > hh - 200:
            f.new_page()
            write(
                f,
                s,
                "Erlaeuterungen: Notenstufen: sehr gut (1), gut (2), befriedigend (3), "
                "ausreichend (4), mangelhaft (5), ungenuegend (6). " + prose(rng, "de", 1, 2),
                pt=8,
            )
        f.need(120)
        y = max(f.y + 30, hh - 170)
        f.page.text(m, y - 36, f"{h.town.split(' ', 1)[-1]}, den {day(h, d)}", s.font, s.size)
        hd, role = head_teacher("de")
        for k, (nm, cap) in enumerate([(hd, role), (rng.choice(PEOPLE["de"]), "Klassenleitung")]):
            x = m + k * (w / 2 - m + 10)
            sign(f.page, x, y, nm)
            f.page.line(x, y + 4, x + 170, y + 4)
            f.page.text(x, y + 14, cap, s.font, 8)
        crest(f.page, w / 2 - 14, y - 30, 4)
        f.page.text(
            m,
            y + 44,
            "Kenntnis genommen: ______________________ (Erziehungsberechtigte)",
            s.font,
            8,
        )
        return close(f.pages, s, h, numbers=rng.choice(["none", "none", "Seite {i} von {n}"]))
    if lg == "fr":
        s = style_of(h, A4, margin=30, pt=8)
        w, hh = A4
        m = 30
        f = sheets(s, h)
        tri = rng.randint(1, 3)
        f.page.text(w - m, f.y - 10, f"Annee scolaire {d.year}-{d.year + 1}", s.font, 8, "right")
        f.page.text(
            m, f.y + 4, f"BULLETIN DU {tri}{'er' if tri == 1 else 'e'} TRIMESTRE", s.bold, 13
        )
        f.y += 22
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Eleve", pupil.name.upper()),
                ("Classe", pupil.form),
                ("Ne(e) le", date_text(pupil.born, "fr", "short")),
                ("Professeur principal", person(rng, "fr")),
            ],
            per=4,
            tall=24,
            hand=False,
        )
        cols = columns(
            m,
            w - m,
            [
                (2.2, "left"),
                (0.7, "center"),
                (0.7, "center"),
                (0.6, "center"),
                (0.6, "center"),
                (5, "left"),
            ],
        )
        rows = []
        for sub in subs:
            moy = rng.uniform(6, 18.5)
            rows.append(
                [
                    sub,
                    f"{moy:.2f}".replace(".", ","),
                    f"{rng.uniform(9, 14):.2f}".replace(".", ","),
                    f"{rng.uniform(3, moy):.1f}".replace(".", ","),
                    f"{rng.uniform(moy, 20):.1f}".replace(".", ","),
                    words(rng, "fr", rng.randint(5, 11)),
                ]
            )
        table(
            f,
            cols,
            ["Discipline", "Moy. eleve", "Moy. classe", "Min", "Max", "Appreciations"],
            rows,
            s,
            size=7.5,
            rules=True,
            step=2.6,
        )
        f.y += 6
        f.page.rect(m, f.y, w - 2 * m, 70)
        f.page.text(m + 4, f.y + 12, "Appreciation generale du conseil de classe :", s.bold, 8)
        f.page.text(
            m + 8, f.y + 30, fit(words(rng, "fr", 12), s.font, 8.5, w - 2 * m - 16), s.font, 8.5
        )
        f.page.text(
            m + 8,
            f.y + 56,
            rng.choice(
                ["Felicitations", "Compliments", "Encouragements", "Avertissement travail", ""]
            ),
            s.bold,
            9,
        )
        f.y += 84
        f.page.text(
            m,
            f.y,
            f"Absences : {rng.randint(0, 14)} demi-journee(s)   Retards : {rng.randint(0, 6)}",
            s.font,
            8,
        )
        hd, _ = head_teacher("fr")
        f.page.text(w - m - 150, f.y, "Le chef d'etablissement", s.font, 8)
        sign(f.page, w - m - 140, f.y + 22, hd)
        f.page.text(
            m,
            hh - 26,
            "Bulletin a conserver precieusement. Aucun duplicata ne sera delivre.",
            s.font,
            6.5,
        )
        return close(f.pages, s, h, numbers="none")
    # English report
    kind = seeded(who, "report").choice(["Annual Report", "Progress Report", "Interim Report"])
    cover = rng.random() < 0.3
    if cover:
        c = Page(A4)
        crest(c, w / 2 - 14, 150, 2)
        c.text(w / 2, 220, h.name, s.bold, shrink(h.name, s.bold, 18, w - 2 * m), "center")
        c.text(
            w / 2,
            270,
            kind + f" {d.year}-{d.year + 1 - 2000}",
            s.font,
            14,
            "center",
        )
        c.text(w / 2, 320, pupil.name, s.bold, 16, "center")
        c.text(
            w / 2,
            342,
            f"{year_label('en', pupil)} - {tr('en', 'Form')} {pupil.form}",
            s.font,
            11,
            "center",
        )
        pages.append(c)
    f = sheets(s, h, f"{pupil.name} - {pupil.form} - {kind}")
    f.page.text(
        m,
        f.y,
        kind,
        s.bold,
        s.size + 6,
    )
    f.y += 20
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Student", pupil.name),
            ("Form", pupil.form),
            ("Tutor", person(rng, "en")),
            ("Attendance", f"{rng.uniform(86, 99.8):.1f}%"),
            ("Behaviour points", str(rng.randint(0, 14))),
            ("Achievement points", str(rng.randint(10, 240))),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    cols = columns(
        m, w - m, [(3, "left"), (1, "center"), (1, "center"), (1, "center"), (1, "center")]
    )
    grid = []
    for sub in subs:
        t = rng.randint(3, 9)
        grid.append(
            [
                sub,
                str(max(1, t - rng.randint(0, 3))),
                str(t),
                rng.choice(["1", "2", "2", "3", "4"]),
                rng.choice(["Excellent", "Good", "Good", "Requires improvement"]),
            ]
        )
    table(
        f,
        cols,
        ["Subject", "Current", "Target", "Effort", "Homework"],
        grid,
        s,
        shade=0.88 if rng.random() < 0.6 else None,
        rules=True,
        step=1.9,
    )
    f.y += 6
    write(
        f,
        s,
        "Effort: 1 = outstanding, 2 = good, 3 = inconsistent, 4 = poor. Grades are GCSE 9-1 "
        "working-at grades.",
        pt=7,
    )
    if rng.random() < 0.6:
        f.new_page()
    for sub in subs[: rng.randint(3, len(subs))]:
        f.need(70)
        f.page.text(m, f.y, sub, s.bold, s.size + 0.5)
        f.page.text(w - m, f.y, person(rng, "en", titled=True), s.font, 7.5, "right")
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 14
        write(f, s, f"{pupil.first} " + prose(rng, "en", 1, 3))
    f.need(90)
    caption(f, s, "Tutor comment", 0.5)
    write(f, s, prose(rng, "en", 1, 3))
    hd, role = head_teacher("en")
    f.need(40)
    sign(f.page, m, f.y + 14, hd)
    f.page.text(m, f.y + 26, f"{hd}, {role}", s.font, 8)
    f.y += 36
    return close(
        pages + f.pages,
        s,
        h,
        covers=1 if cover else 0,
        numbers=rng.choice(["none", "Page {i} of {n}", h.numbers]),
    )


def tpl_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A certificate: the exam board's GCSE certificate (the results in figures and words,
    the seal), the French relevé de notes / diploma of the brevet from the academie, the
    German Abschlusszeugnis; or the school's own award certificate on landscape A4 with a
    border. One page each; they come in batches."""
    lg = home()
    award = seeded(who, "award").random() < 0.35
    pupil = a_pupil(rng, lg, (9, 11))
    d = on(rng)
    if award:
        h = school_head()
        size = landscape(A4)
        w, hh = size
        p = Page(size)
        p.rect(20, 20, w - 40, hh - 40)
        p.rect(28, 28, w - 56, hh - 56)
        crest(p, w / 2 - 14, 50, 1)
        p.text(
            w / 2, 112, h.name, "Times-Bold", shrink(h.name, "Times-Bold", 16, w - 120), "center"
        )
        t = tr(lg, "Certificate of Achievement", "Urkunde", "Diplome d'honneur")
        p.text(w / 2, 170, t, "Times-BoldItalic", 34, "center")
        p.text(
            w / 2, 210, tr(lg, "is awarded to", "fuer", "decerne a"), "Times-Italic", 14, "center"
        )
        p.text(w / 2, 256, pupil.name, "Times-Bold", 30, "center")
        what = tr(
            lg,
            rng.choice(
                [
                    "for 100% attendance",
                    "for outstanding effort in Science",
                    "for excellent progress",
                    "Sports Personality of the Year",
                ]
            ),
            rng.choice(
                [
                    "fuer die erfolgreiche Teilnahme am Kaenguru-Wettbewerb",
                    "fuer besonderes soziales Engagement",
                    "1. Platz Bundesjugendspiele",
                ]
            ),
            rng.choice(
                [
                    "pour son engagement au conseil de la vie collegienne",
                    "Prix d'excellence",
                    "Concours Castor informatique",
                ]
            ),
        )
        p.text(w / 2, 296, what, "Times-Roman", 15, "center")
        hd, role = head_teacher(lg)
        for k, (nm, cap) in enumerate(
            [
                (hd, role),
                (
                    rng.choice(PEOPLE[lg]),
                    tr(lg, "Head of Year", "Klassenleitung", "Professeur principal"),
                ),
            ]
        ):
            x = 120 + k * (w - 400)
            sign(p, x, hh - 100, nm, 16)
            p.line(x, hh - 96, x + 160, hh - 96)
            p.text(x, hh - 84, f"{nm}, {cap}", "Times-Roman", 9)
        p.text(w / 2, hh - 84, date_text(d, lg, "long"), "Times-Roman", 10, "center")
        return [p]
    if lg == "de":
        h = school_head()
        s = style_of(h, A4, margin=56, pt=10)
        w, hh = A4
        m = 56
        p = Page(A4)
        p.text(
            w / 2,
            70,
            "Land Nordrhein-Westfalen" if "Freiburg" not in h.town else "Baden-Wuerttemberg",
            s.font,
            10,
            "center",
        )
        p.text(w / 2, 92, h.name, s.bold, shrink(h.name, s.bold, 14, w - 2 * m), "center")
        p.text(w / 2, 140, "ABSCHLUSSZEUGNIS", s.bold, 20, "center")
        p.text(
            w / 2,
            162,
            rng.choice(
                [
                    "Mittlerer Schulabschluss (Fachoberschulreife)",
                    "Erster Schulabschluss",
                    "Zeugnis der allgemeinen Hochschulreife",
                ]
            ),
            s.font,
            11,
            "center",
        )
        y = (
            pairs(
                p,
                s,
                m,
                200,
                [
                    ("Vor- und Zuname", pupil.name),
                    ("geboren am", date_text(pupil.born, "de", "short")),
                    ("in", rng.choice(["Muenster", "Bochum", "Ankara", "Freiburg", "Warschau"])),
                ],
                w - m,
                11,
            )
            + 16
        )
        for sub in rng.sample(SUBJECTS["de"], 10):
            p.text(m, y, sub, s.font, 10)
            p.text(w / 2 + 40, y, rng.choice(NOTEN[:-1]), s.bold, 10)
            p.line(m, y + 4, w - m, y + 4)
            y += 20
        p.text(
            m,
            y + 20,
            "Die Schuelerin / der Schueler hat den Abschluss erworben. Sie/Er ist berechtigt, ...",
            s.font,
            9,
        )
        p.text(
            m,
            hh - 180,
            f"{h.town.split(' ', 1)[-1]}, den {date_text(d, 'de', 'short')}",
            s.font,
            10,
        )
        crest(p, w / 2 - 14, hh - 170, 0)
        hd, role = head_teacher("de")
        sign(p, m, hh - 120, hd)
        p.text(m, hh - 106, role, s.font, 8)
        sign(p, w - m - 170, hh - 120, rng.choice(PEOPLE["de"]))
        p.text(w - m - 170, hh - 106, "Vorsitz Pruefungsausschuss", s.font, 8)
        return [p]
    h = head_of(who, "board")
    s = style_of(h, A4, margin=60, pt=10)
    w, hh = A4
    m = 60
    p = Page(A4)
    p.rect(16, 16, w - 32, hh - 32)
    p.rect(19, 19, w - 38, hh - 38, fill=None)
    if lg == "fr":
        p.text(w / 2, 70, "REPUBLIQUE FRANCAISE", "Times-Bold", 11, "center")
        p.text(w / 2, 84, "MINISTERE DE L'EDUCATION NATIONALE", "Times-Roman", 9, "center")
        p.text(w / 2, 100, h.name, "Times-Roman", 9, "center")
        p.text(w / 2, 170, "DIPLOME NATIONAL DU BREVET", "Times-Bold", 22, "center")
        p.text(w / 2, 196, f"Session {d.year}", "Times-Roman", 12, "center")
        y = (
            pairs(
                p,
                s,
                m,
                250,
                [
                    ("Nom", pupil.last.upper()),
                    ("Prenom", pupil.first),
                    ("Ne(e) le", date_text(pupil.born, "fr", "long")),
                    ("Etablissement", school_row()[0]),
                    (
                        "Resultat",
                        rng.choice(
                            [
                                "Admis(e) - mention Tres bien",
                                "Admis(e) - mention Bien",
                                "Admis(e) - mention Assez bien",
                                "Admis(e)",
                            ]
                        ),
                    ),
                ],
                w - m,
                11,
            )
            + 30
        )
        p.text(m, y, "Le recteur de l'academie, chancelier des universites", "Times-Italic", 10)
        sign(p, m + 40, y + 40, rng.choice(PEOPLE["fr"]), 18)
        p.text(w / 2, hh - 60, f"N. {serial(rng, '9999999999')}", "Courier", 8, "center")
        return [p]
    pt = shrink(h.name, "Helvetica-Bold", 22, w - 2 * m)
    p.text(w / 2, 78, h.name, "Helvetica-Bold", pt, "center")
    p.text(w / 2, 130, "General Certificate of Secondary Education", "Times-Bold", 17, "center")
    p.text(w / 2, 150, f"June {d.year} Examination Series", "Times-Roman", 11, "center")
    y = (
        pairs(
            p,
            s,
            m,
            190,
            [
                ("Candidate", pupil.name.upper()),
                ("Date of birth", date_text(pupil.born, "en", "short")),
                ("UCI", serial(rng, "99999A9999999")),
                ("Centre", f"{rng.randint(10000, 69999)} {school_row()[0]}"),
            ],
            w - m,
            10,
        )
        + 20
    )
    p.text(m, y, "has been awarded the following:", "Times-Italic", 11)
    y += 22
    grades = ["NINE", "EIGHT", "SEVEN", "SIX", "FIVE", "FOUR", "THREE"]
    for sub in rng.sample(SUBJECTS["en"], rng.randint(1, 4)):
        g = rng.randint(0, 6)
        p.text(m, y, sub.upper(), "Helvetica", 10)
        p.text(w - m - 110, y, str(9 - g), "Helvetica-Bold", 10, "right")
        p.text(w - m, y, grades[g], "Helvetica", 10, "right")
        y += 18
    p.text(m, hh - 150, "Issued under the authority of the awarding body", "Times-Italic", 9)
    sign(p, m, hh - 110, rng.choice(PEOPLE["en"]), 16)
    p.text(m, hh - 96, "Chief Executive", "Times-Roman", 8)
    for k in range(3):
        p.rect(w - m - 80 + k * 3, hh - 170 + k * 3, 74 - k * 6, 74 - k * 6)
    p.text(w - m - 43, hh - 130, "SEAL", "Helvetica-Bold", 9, "center")
    p.text(
        w / 2,
        hh - 40,
        f"Certificate number {serial(rng, 'A9999999')}  -  This certificate must not be altered",
        "Helvetica",
        6.5,
        "center",
    )
    return [p]


def tpl_exam_results(rng: random.Random, who: Issuer) -> list[Page]:
    """A candidate's statement of results: the English board's provisional statement (units
    and qualifications, marks and grades), the French relevé de notes du brevet, the German
    Mitteilung ueber die Ergebnisse der zentralen Pruefungen; one page, in batches."""
    lg = home()
    h = head_of(who, "board") if lg != "de" else school_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, _ = A4
    m = 44
    d = on(rng)
    pupil = a_pupil(rng, lg, (10, 11))
    f = sheets(s, h)
    title = tr(
        lg,
        "Statement of Provisional Results",
        "Mitteilung ueber die Ergebnisse der Zentralen Pruefungen 10",
        "Releve de notes - Diplome national du brevet",
    )
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Candidate name", "Name", "Candidat"), pupil.name),
            (
                tr(lg, "Candidate number", "Klasse", "N. candidat"),
                str(rng.randint(1000, 9999)) if lg != "de" else pupil.form,
            ),
            (tr(lg, "Centre", "Schule", "Etablissement"), school_row()[0]),
            (
                tr(lg, "Series", "Schuljahr", "Session"),
                tr(lg, f"June {d.year}", f"{d.year - 1}/{d.year}", f"{d.year}"),
            ),
        ],
        per=2,
        hand=False,
    )
    rows = []
    if lg == "en":
        for sub in rng.sample(SUBJECTS["en"], rng.randint(3, 9)):
            code = serial(rng, "9999")
            mark = rng.randint(40, 250)
            rows.append(
                [
                    code,
                    sub,
                    "GCSE (9-1)",
                    f"{mark}/{rng.choice([240, 250, 300])}",
                    str(rng.randint(3, 9)),
                ]
            )
        heads = ["Code", "Title", "Qualification", "Mark", "Grade"]
        spec = [(0.8, "left"), (3, "left"), (1.6, "left"), (1, "right"), (0.8, "center")]
    elif lg == "de":
        for sub in ["Deutsch", "Mathematik", "Englisch"]:
            vn, pn = rng.randint(1, 5), rng.randint(1, 5)
            rows.append(
                [sub, str(vn), str(pn), str(round((vn + pn) / 2 + rng.choice([0, 0.5]) - 0.01))]
            )
        heads = ["Fach", "Vornote", "Pruefungsnote", "Abschlussnote"]
        spec = [(3, "left"), (1, "center"), (1.3, "center"), (1.3, "center")]
    else:
        for sub in [
            "Francais",
            "Mathematiques",
            "Histoire-geographie EMC",
            "Sciences",
            "Soutenance orale",
            "Controle continu",
        ]:
            top_ = rng.choice([100, 100, 50, 100, 100, 400])
            rows.append([sub, f"{rng.randint(int(top_ * 0.3), top_)}", f"/{top_}"])
        heads = ["Epreuve", "Points", "Bareme"]
        spec = [(4, "left"), (1, "right"), (1, "left")]
    table(f, columns(m, w - m, spec), heads, rows, s, rules=True, step=2.0)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "These results are provisional and may be subject to change. Certificates will be "
            "issued in November. Enquiries about results must be made through your centre.",
            "Die Abschlussnote ergibt sich aus Vornote und Pruefungsnote. Einsichtnahme in die "
            "Pruefungsarbeiten nach Terminabsprache im Sekretariat.",
            "Le present releve n'est pas un diplome. Il ne peut en aucun cas en tenir lieu. Total "
            "des points : " + str(rng.randint(350, 780)) + " / 800.",
        ),
        pt=8,
    )
    if lg == "de":
        hd, role = head_teacher("de")
        sign(f.page, m, f.y + 24, hd)
        f.page.text(m, f.y + 36, role, s.font, 8)
    return close(f.pages, s, h, numbers="none")


def tpl_exam_entries(rng: random.Random, who: Issuer) -> list[Page]:
    """An exam board's statement of entries and fees to the centre (or the French academie's
    list of registered candidates, the German Meldeliste): the candidates and their entries in
    a long table over two to five pages, a fee summary on the last; one document."""
    lg = home()
    h = head_of(who, "board")
    lg = h.lang
    land = seeded(who, "land").random() < 0.5
    s = style_of(h, landscape(A4) if land else A4, margin=36, pt=8.5)
    w, _ = s.page_size
    m = 36
    d = on(rng)
    centre = rng.randint(10000, 69999)
    title = tr(
        lg,
        "Statement of Entries and Fees",
        "Meldeliste Zentrale Pruefungen",
        "Liste des candidats inscrits",
    )
    f = sheets(s, h, f"{h.name} - {title} - {tr(lg, 'Centre', 'Schule', 'Etablissement')} {centre}")
    caption(f, s, title, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Centre", "Schulnummer", "Etablissement"), f"{centre} {school_row()[0]}"),
                (
                    tr(lg, "Series", "Termin", "Session"),
                    tr(lg, f"June {d.year}", f"Mai {d.year}", f"Juin {d.year}"),
                ),
                (tr(lg, "Date printed", "Stand", "Edite le"), day(h, d)),
            ],
            w / 2 + 60,
        )
        + 8
    )
    rows = []
    total = 0.0
    for _ in range(rng.randint(28, 110)):
        pup = Pupil(
            rng.choice(KIDS[lg]), rng.choice(PEOPLE[lg]).split()[-1], "", 11, pupil_born(rng), ""
        )
        fee = round(rng.uniform(40, 56), 2)
        total += fee
        if lg == "en":
            rows.append(
                [
                    str(rng.randint(1000, 9999)),
                    f"{pup.last.upper()}, {pup.first}",
                    serial(rng, "9999"),
                    rng.choice(["8300F", "8300H", "8700", "8702", "8461H", "8035"]),
                    rng.choice(["F", "H", "-"]),
                    money(fee, "en"),
                ]
            )
        elif lg == "de":
            rows.append(
                [
                    f"{pup.last}, {pup.first}",
                    rng.choice(["10a", "10b", "10c", "10d"]),
                    rng.choice(["D", "M", "E"]),
                    rng.choice(["E-Kurs", "G-Kurs"]),
                    "",
                    "",
                ]
            )
        else:
            rows.append(
                [
                    serial(rng, "99999999"),
                    f"{pup.last.upper()} {pup.first}",
                    rng.choice(["3e A", "3e B", "3e C"]),
                    rng.choice(["Serie generale", "Serie professionnelle"]),
                    rng.choice(["allemand", "anglais", "espagnol"]),
                    "",
                ]
            )
    heads = {
        "en": ["Cand no", "Name", "Spec", "Option", "Tier", "Fee"],
        "de": ["Name, Vorname", "Klasse", "Fach", "Kurs", "", ""],
        "fr": ["N. inscription", "Nom Prenom", "Classe", "Serie", "Langue", ""],
    }[lg]
    cols = columns(
        m, w - m, [(1, "left"), (3, "left"), (1, "left"), (1.2, "left"), (1, "left"), (1, "right")]
    )
    table(f, cols, heads, rows, s, size=7.5, rules=rng.random() < 0.4, step=1.55)
    f.need(60)
    f.y += 10
    if lg == "en":
        f.page.text(
            w - m,
            f.y,
            f"Total entries {len(rows)}   Total fees \u00a3{money(total, 'en')}",
            s.bold,
            9,
            "right",
        )
        f.y += 14
        f.page.text(
            m,
            f.y,
            "Late entry fees apply after 21 February. Amendments must be made via the secure "
            "extranet.",
            s.font,
            7.5,
        )
    else:
        f.page.text(
            m,
            f.y,
            tr(lg, "", f"Anzahl Pruefungen: {len(rows)}", f"Nombre de candidats : {len(rows)}"),
            s.bold,
            9,
        )
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
                "{i}/{n}",
            ]
        ),
    )


def pupil_born(rng: random.Random) -> date:
    return date(2009, rng.randint(1, 12), rng.randint(1, 28))


def tpl_timetable(rng: random.Random, who: Issuer) -> list[Page]:
    """A class or teacher timetable printed from the school's timetabling program on
    landscape A4: days by periods, subject, teacher and room in each cell, the program's
    footer; they come in batches (one class after another)."""
    h = school_head()
    lg = h.lang
    size = landscape(A4)
    w, hh = size
    m = 30
    prog = seeded(who, "prog").choice(
        [
            ["SIMS", "Timetabler", "Arbor"],
            ["Untis", "Untis", "DaVinci"],
            ["Pronote", "EDT", "Pronote"],
        ][["en", "de", "fr"].index(lg)]
    )
    d = on(rng)
    teacher = rng.random() < 0.35
    p = Page(size)
    font = seeded(who, "ttfont").choice(["Helvetica", "Times-Roman", "Helvetica"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    if teacher:
        who_ = rng.choice(PEOPLE[lg])
        label = tr(lg, "Staff timetable: ", "Lehrerplan: ", "Emploi du temps de ") + who_
    else:
        form = form_name(rng, lg, rng.randint(7, 11))
        label = tr(lg, "Class timetable: ", "Klassenplan ", "Emploi du temps - classe de ") + form
    p.text(m, 36, label, bold, 14)
    p.text(w - m, 36, h.name, font, 9, "right")
    p.text(
        w - m,
        48,
        tr(lg, "Week A", "gueltig ab ", "Semaine A - a compter du ")
        + (date_text(d, lg, "short") if lg != "en" else ""),
        font,
        8,
        "right",
    )
    days = {
        "en": "Monday Tuesday Wednesday Thursday Friday",
        "de": "Montag Dienstag Mittwoch Donnerstag Freitag",
        "fr": "Lundi Mardi Mercredi Jeudi Vendredi",
    }[lg].split()
    periods = rng.choice([5, 6, 6, 8])
    x0, y0 = m + 50, 70.0
    cw = (w - m - x0) / 5
    ch = (hh - 60 - y0 - 20) / periods
    for k, dn in enumerate(days):
        p.rect(x0 + k * cw, y0, cw, 16, fill=0.85)
        p.text(x0 + k * cw + cw / 2, y0 + 11, dn, bold, 9, "center")
    for j in range(periods):
        y = y0 + 16 + j * ch
        p.rect(m, y, x0 - m, ch)
        p.text(m + 4, y + 12, f"{j + 1}", bold, 10)
        start = 8 * 60 + 45 + j * 60 + (20 if j >= 2 else 0) + (40 if j >= 4 else 0)
        p.text(m + 4, y + 24, f"{start // 60:02d}:{start % 60:02d}", font, 6.5)
        for k in range(5):
            x = x0 + k * cw
            p.rect(x, y, cw, ch)
            if rng.random() < (0.55 if teacher else 0.93):
                sub = rng.choice(SUBJECTS[lg])
                p.text(x + 4, y + 12, fit(sub, bold, 8.5, cw - 8), bold, 8.5)
                sec = form_name(rng, lg, rng.randint(7, 11)) if teacher else serial(rng, "AAA")
                p.text(x + 4, y + 23, sec, font, 7.5)
                p.text(
                    x + cw - 4,
                    y + 23,
                    rng.choice(["S", "M", "E", "H", "L", "R", "B"]) + str(rng.randint(1, 28)),
                    font,
                    7.5,
                    "right",
                )
    p.text(
        m,
        hh - 22,
        f"{prog} - " + tr(lg, "printed ", "gedruckt ", "imprime le ") + date_text(d, lg, "short"),
        font,
        6.5,
    )
    p.text(w - m, hh - 22, "1/1" if rng.random() < 0.5 else "", font, 6.5, "right")
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates AA: suppliers, staff and the offices over the school
# ---------------------------------------------------------------------------------------------

GOODS = {
    "caterer": {
        "en": [
            ("Primary/secondary meals supplied", 2.45),
            ("Hospitality - governors' meeting", 4.5),
            ("Staff lunches", 3.8),
            ("Free school meal adjustment", -2.45),
        ],
        "de": [
            ("Mittagessen Sek I", 4.1),
            ("Mittagessen Lehrkraefte", 5.6),
            ("Obstpause", 0.6),
            ("Lieferpauschale", 35.0),
        ],
        "fr": [("Repas eleves", 3.2), ("Repas commensaux", 5.1), ("Gouter", 0.9)],
    },
    "stationer": {
        "en": [
            ("A4 exercise books 8mm ruled, pack 50", 14.9),
            ("Whiteboard markers, black, box 10", 6.2),
            ("Copier paper A4 80gsm, box 2500", 18.5),
            ("Glue sticks 40g, pack 30", 11.4),
            ("Scientific calculators fx-83GT", 9.95),
            ("Lever arch files A4", 1.85),
        ],
        "de": [
            ("Schulhefte A4 Lineatur 27", 0.45),
            ("Kopierpapier A4, Karton", 24.9),
            ("Whiteboardmarker Set", 8.9),
            ("Taschenrechner TI-30X", 17.5),
            ("Klebestifte 20 g", 0.95),
        ],
        "fr": [
            ("Cahiers 24x32 96 pages", 1.1),
            ("Ramettes papier A4", 4.2),
            ("Feutres effacables", 0.85),
            ("Calculatrices college", 16.9),
        ],
    },
    "it": {
        "en": [
            ("Chromebook 11in, managed licence", 229.0),
            ("Network support - monthly", 640.0),
            ("Interactive panel 65in, installed", 1850.0),
            ("Replacement projector lamp", 94.0),
        ],
        "de": [
            ("iPad 10,2 Zoll, MDM-Lizenz", 389.0),
            ("Wartungsvertrag Schulnetz, monatlich", 510.0),
            ("Dokumentenkamera", 149.0),
        ],
        "fr": [
            ("Ordinateur portable eleve", 419.0),
            ("Maintenance parc informatique", 380.0),
            ("Videoprojecteur interactif", 1290.0),
        ],
    },
    "coach": {
        "en": [
            ("49-seat coach, day hire", 545.0),
            ("Driver overnight allowance", 85.0),
            ("Toll and parking", 36.0),
        ],
        "de": [
            ("Reisebus 50 Sitze, Tagesfahrt", 690.0),
            ("Fahrerunterkunft", 79.0),
            ("Mautgebuehren", 48.0),
        ],
        "fr": [
            ("Autocar 59 places - transport aller-retour", 610.0),
            ("Frais de peage", 42.0),
            ("Heures d'attente", 35.0),
        ],
    },
}


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's invoice to the school (school meals contractor, stationer, IT support,
    coach hire): addressed to the finance office, the order number, items, VAT, bank details,
    the school's received stamp and coding by hand; sometimes the terms on a second page or
    the delivery note stapled behind, which belong to the invoice."""
    role = seeded(who, "supplier").choice(["caterer", "stationer", "stationer", "it", "coach"])
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, hh = s.page_size
    d = on(rng)
    no = serial(rng, rng.choice(["INV-99999", "99999", "RE 2025-9999", "FA99999"]))
    f = sheets(s, h, f"{h.name} - " + tr(lg, "Invoice", "Rechnung", "Facture") + f" {no}")
    recipient(
        f,
        s,
        h,
        school_lines(
            lg, tr(lg, "Accounts Payable", "Sekretariat / Schulverwaltung", "Service intendance")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n."), no),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Bon de commande"),
                serial(rng, tr(lg, "PO99999", "B-999/99", "BC 999")),
            ),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(rng, "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 5)
    goods = GOODS[role][lg if lg in GOODS[role] else "en"]
    rows = []
    net = 0.0
    for _ in range(rng.randint(1, 14 if role != "coach" else 3)):
        g, price = rng.choice(goods)
        q = rng.randint(1, 6) if price > 100 else rng.choice([1, 2, 5, 10, 20, 50, 120, 450])
        rows.append([serial(rng, "99999"), g, str(q), money(price, lg), money(q * price, lg)])
        net += q * price
    cols = columns(
        s.margin,
        w - s.margin,
        [(0.9, "left"), (4.2, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Ref."),
            tr(lg, "Description", "Bezeichnung", "Designation"),
            tr(lg, "Qty", "Menge", "Qte"),
            tr(lg, "Unit price", "Einzelpreis", "PU HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    rate = (
        {"en": 0.2, "de": 0.19, "fr": 0.2}[lg]
        if role != "caterer" or lg == "de"
        else ({"en": 0.0, "fr": 0.1, "de": 0.07}[lg])
    )
    f.need(70)
    f.y = pairs(
        f.page,
        s,
        w / 2,
        f.y + 6,
        [
            (tr(lg, "Net total", "Nettobetrag", "Total HT"), money(net, lg)),
            (
                tr(lg, f"VAT {rate:.0%}", f"USt {rate:.0%}", f"TVA {rate:.0%}"),
                money(net * rate, lg),
            ),
            (
                tr(lg, "Total due", "Rechnungsbetrag", "Net a payer TTC"),
                money_of(net * (1 + rate), lg),
            ),
        ],
        w - s.margin,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days from date of invoice. Please quote the invoice number with "
            "your remittance.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. " + prose(rng, "de", 0, 1),
            "Paiement a 30 jours par mandat administratif. Penalites de retard au taux legal; "
            "indemnite forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
        pt=s.size - 1,
    )
    if rng.random() < 0.65:
        received(f, got(home(), d + timedelta(days=rng.randint(2, 9))))
        f.pages[0].text(
            w - s.margin - 120,
            min(hh - 90, f.y + 40) if len(f.pages) == 1 else 120,
            rng.choice(
                ["Cost code 4020", "Kst. 0815", "Imput. 6064", "Auth. " + serial(rng, "AA")]
            ),
            HAND,
            10,
        )
    pages = close(f.pages, s, h)
    extra = rng.random()
    if extra < 0.2:
        t = sheets(s, None)
        caption(
            t,
            s,
            tr(
                lg,
                "Terms and conditions of sale",
                "Allgemeine Geschaeftsbedingungen",
                "Conditions generales de vente",
            ),
            1,
        )
        paras = [prose(rng, lg, 2, 5) for _ in range(rng.randint(8, 14))]
        numbered(t, s, paras, pt=7)
        pages += t.pages
    elif extra < 0.35 and role in ("stationer", "it"):
        dn = Page(A5)
        s5 = style_of(h, A5, margin=28, pt=8)
        y = heading(dn, s5, h)
        dn.text(
            28,
            y,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
            + f" {serial(rng, '999999')}",
            s5.bold,
            11,
        )
        y += 18
        for r in rows[:12]:
            dn.text(28, y, fit(f"{r[2]} x {r[1]}", s5.font, 8, A5[0] - 80), s5.font, 8)
            dn.text(A5[0] - 30, y, "v", HAND, 10, "right")
            y += 13
        dn.text(28, A5[1] - 60, tr(lg, "Received by:", "Erhalten:", "Recu par :"), s5.font, 8)
        sign(dn, 90, A5[1] - 60, rng.choice(PEOPLE[home()]))
        pages.append(dn)
    return pages


def tpl_sick_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's sick note: the English fit note (Statement of Fitness for Work) with
    its boxes, the German Arbeitsunfaehigkeitsbescheinigung (the employer's copy, on an
    A5-like form), the French avis d'arret de travail (volet 3, for the employer); one page;
    a series of follow-up notes of one person comes in a row."""
    h = head_of(who, "gp")
    lg = h.lang
    d = on(rng)
    r = seeded(who, "patient")
    staff = r.choice(PEOPLE[lg])
    OFFICE["staff"] = staff
    doctor = (
        h.name.split(" - ")[0]
        if h.name.startswith("Dr")
        else "Dr " + rng.choice(PEOPLE[lg]).split()[-1]
    )
    if lg == "de":
        size = (210 * mm, 148 * mm)
        p = Page(size)
        w, hh = size
        m = 20
        s = style_of(h, size, margin=m, pt=8)
        p.text(m, 24, "Arbeitsunfaehigkeitsbescheinigung", "Helvetica-Bold", 12)
        p.text(w - m, 24, "Ausfertigung zur Vorlage beim Arbeitgeber", "Helvetica", 7.5, "right")
        p.rect(m, 34, w * 0.55, 70)
        p.text(m + 4, 44, "Krankenkasse bzw. Kostentraeger", "Helvetica", 5.5)
        p.text(
            m + 6,
            56,
            r.choice(["AOK NordWest", "TK", "BARMER", "DAK-Gesundheit", "IKK classic"]),
            "Courier",
            9,
        )
        p.text(m + 4, 66, "Name, Vorname des Versicherten", "Helvetica", 5.5)
        p.text(m + 6, 78, f"{staff.split()[-1]}, {staff.split()[0]}", "Courier", 9)
        p.text(
            m + 6,
            90,
            "geb. am "
            + date_text(
                date(r.randint(1965, 1998), r.randint(1, 12), r.randint(1, 28)), "de", "short"
            )
            + " "
            f"  Vers.-Nr. {serial(r, 'A999999999')}",
            "Courier",
            8,
        )
        first = rng.random() < 0.6
        y = 120.0
        box(p, m, y, first)
        p.text(m + 12, y, "Erstbescheinigung", "Helvetica", 8)
        box(p, m + 110, y, not first)
        p.text(m + 122, y, "Folgebescheinigung", "Helvetica", 8)
        start = d - timedelta(days=rng.randint(0, 3))
        for k, (cap, dd) in enumerate(
            [
                ("arbeitsunfaehig seit", start),
                (
                    "voraussichtlich arbeitsunfaehig bis einschliesslich",
                    start + timedelta(days=rng.randint(2, 14)),
                ),
                ("festgestellt am", d),
            ]
        ):
            yy = 146 + k * 24
            p.rect(m, yy - 12, w * 0.55, 20)
            p.text(m + 4, yy - 4, cap, "Helvetica", 6)
            p.text(w * 0.55 - 4 + m, yy + 4, date_text(dd, "de", "short"), "Courier", 9, "right")
        stamp(
            p,
            w * 0.6 + 10,
            40,
            [doctor[:28], h.street[:28], h.town[:28], "BSNR " + serial(r, "999999999")],
        )
        sign(p, w * 0.62, 160, doctor)
        p.text(w * 0.62, 175, "Unterschrift des Arztes", "Helvetica", 6)
        p.text(m, hh - 22, "Muster 1b (1.2023)", "Helvetica", 6)
        return [p]
    if lg == "fr":
        size = A4
        p = Page(size)
        w, hh = size
        m = 40
        p.text(m, 40, "cerfa", "Helvetica-Bold", 12)
        p.text(m, 52, "N. 10170*07", "Helvetica", 7)
        p.text(w / 2, 44, "AVIS D'ARRET DE TRAVAIL", "Helvetica-Bold", 14, "center")
        p.text(
            w / 2, 58, "volet 3 - a adresser par l'assure a l'employeur", "Helvetica", 8, "center"
        )
        p.rect(w - m - 90, 28, 90, 30, fill=0.75)
        p.text(w - m - 45, 47, "Volet 3", "Helvetica-Bold", 11, "center")
        s = style_of(h, A4, margin=m, pt=9)
        y = fields(
            p,
            s,
            m,
            80,
            w - 2 * m,
            [
                ("Nom et prenom de l'assure(e)", staff.upper()),
                ("N. d'immatriculation", serial(r, "9 99 99 99 999 999 99")),
                ("Employeur", school_row()[0]),
                ("Adresse", f"{school_row()[2]}, {school_row()[3]}"),
            ],
            per=2,
            tall=28,
        )
        init = rng.random() < 0.7
        box(p, m, y + 6, init)
        p.text(m + 12, y + 6, "initial", "Helvetica", 8)
        box(p, m + 80, y + 6, not init)
        p.text(m + 92, y + 6, "de prolongation", "Helvetica", 8)
        y += 26
        p.text(m, y, "Arret de travail jusqu'au", "Helvetica", 8)
        p.text(
            m + 160, y, date_text(d + timedelta(days=rng.randint(3, 21)), "fr", "short"), HAND, 10
        )
        y += 20
        p.text(m, y, "Sorties autorisees :", "Helvetica", 8)
        ticks(
            p, s, m + 100, y, 300, ["oui", "non", "sans restriction d'horaire"], {rng.randint(0, 1)}
        )
        y += 36
        p.rect(m, y, w - 2 * m, 80)
        p.text(m + 4, y + 10, "Identification du praticien", "Helvetica", 6)
        p.text(m + 8, y + 28, doctor, "Courier", 10)
        p.text(m + 8, y + 42, f"{h.street}, {h.town}", "Courier", 8)
        p.text(m + 8, y + 56, "N. RPPS " + serial(r, "99999999999"), "Courier", 8)
        sign(p, w - m - 160, y + 56, doctor)
        p.text(w - m - 160, y + 70, f"Le {date_text(d, 'fr', 'short')}", "Helvetica", 7)
        y += 100
        for ln in wrap(
            "Vous devez adresser ce volet a votre employeur dans les 48 heures. En cas d'envoi "
            "tardif, vous vous exposez a une reduction de vos indemnites journalieres. "
            + prose(rng, "fr", 1, 2),
            "Helvetica",
            7,
            w - 2 * m,
        ):
            p.text(m, y, ln, "Helvetica", 7)
            y += 9
        return [p]
    size = A4
    p = Page(size)
    w, hh = size
    m = 44
    s = style_of(h, A4, margin=m, pt=9)
    p.text(m, 44, "Statement of Fitness for Work", "Helvetica-Bold", 16)
    p.text(m, 58, "For social security or Statutory Sick Pay", "Helvetica", 8)
    p.text(w - m, 44, serial(r, "999 999 999"), "Helvetica", 8, "right")
    y = 84.0
    p.text(m, y, "Patient's name", "Helvetica", 8)
    p.text(m + 110, y, staff, HAND, 11)
    p.line(m + 105, y + 3, w - m, y + 3)
    y += 22
    p.text(m, y, "I assessed your case on:", "Helvetica", 8)
    p.text(m + 130, y, date_text(d, "en", "short"), HAND, 10)
    y += 18
    p.text(m, y, "and, because of the following condition(s):", "Helvetica", 8)
    p.text(
        m + 200,
        y,
        rng.choice(
            [
                "Viral illness",
                "Low back pain",
                "Stress at work",
                "Post-operative recovery",
                "Gastroenteritis",
                "Covid-19",
                "Anxiety",
            ]
        ),
        HAND,
        10,
    )
    y += 22
    p.text(m, y, "I advise you that:", "Helvetica", 8)
    fit_ = rng.random() < 0.25
    box(p, m + 100, y, not fit_, 9)
    p.text(m + 114, y, "you are not fit for work.", "Helvetica", 8)
    y += 16
    box(p, m + 100, y, fit_, 9)
    p.text(
        m + 114,
        y,
        "you may be fit for work taking account of the following advice:",
        "Helvetica",
        8,
    )
    y += 16
    adj = ["a phased return to work", "amended duties", "altered hours", "workplace adaptations"]
    y = ticks(p, s, m + 114, y + 4, w - 2 * m - 114, adj, {rng.randint(0, 3)} if fit_ else set())
    p.rect(m, y, w - 2 * m, 50)
    if fit_:
        p.text(m + 6, y + 16, fit(words(rng, "en", 10), HAND, 9.5, w - 2 * m - 12), HAND, 9.5)
    y += 66
    until = d + timedelta(days=rng.choice([7, 14, 14, 28, 30]))
    p.text(
        m,
        y,
        f"This will be the case for   {rng.choice(['2 weeks', '1 month', '7 days'])}   or from "
        f"{date_text(d, 'en', 'short')} to {date_text(until, 'en', 'short')}",
        "Helvetica",
        8,
    )
    y += 22
    p.text(
        m,
        y,
        "I will / will not need to assess your fitness for work again at the end of this period.",
        "Helvetica",
        8,
    )
    y += 30
    p.text(m, y, "Doctor's signature", "Helvetica", 8)
    sign(p, m + 100, y, doctor)
    p.text(m, y + 20, "Date of statement", "Helvetica", 8)
    p.text(m + 100, y + 20, date_text(d, "en", "short"), HAND, 10)
    stamp(p, w - m - 200, y - 20, [h.name[:30], h.street[:30], h.town[:30]])
    p.text(
        m, hh - 40, "Med3 04/22 - Patient's copy: give this form to your employer", "Helvetica", 6.5
    )
    if rng.random() < 0.5:
        stamp(p, w - m - 140, 70, got("en", d + timedelta(days=rng.randint(1, 5)), "HR / PAYROLL"))
    return [p]


def tpl_return_to_work(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's return-to-work interview form after a staff member's absence: the dates,
    the reason, questions with tick boxes and comments by hand, signatures of the member of
    staff and the line manager; one or two pages."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, _ = A4
    m = 44
    d = on(rng)
    staff = (
        OFFICE["staff"]
        if isinstance(OFFICE["staff"], str) and rng.random() < 0.8
        else rng.choice(PEOPLE[lg])
    )
    f = sheets(
        s,
        h if rng.random() < 0.6 else None,
        tr(lg, "Return to Work Interview", "Rueckkehrgespraech", "Entretien de reprise"),
    )
    if f.y < m:
        f.y = m + 6
    caption(
        f,
        s,
        tr(
            lg,
            "Return to Work Interview Record",
            "Protokoll Rueckkehrgespraech",
            "Compte rendu d'entretien de reprise",
        ),
        4,
    )
    f.page.text(
        w - m,
        f.y - 30,
        tr(lg, "CONFIDENTIAL", "VERTRAULICH - Personalakte", "CONFIDENTIEL"),
        s.bold,
        8,
        "right",
    )
    start = d - timedelta(days=rng.randint(3, 20))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Name", "Agent"), staff),
            (
                tr(lg, "Role", "Funktion", "Fonction"),
                rng.choice(
                    tr(
                        lg,
                        "Teacher of Maths|Teaching Assistant|Site Manager|Cover "
                        "Supervisor|Attendance Officer",
                        "Lehrkraft|Schulsekretaerin|Hausmeister|Schulsozialarbeit",
                        "Professeur certifie|AESH|Agent d'entretien|Assistant d'education",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "First day of absence", "Erster Fehltag", "Debut de l'arret"),
                date_text(start, lg, "short"),
            ),
            (
                tr(lg, "Date returned", "Wiederaufnahme", "Date de reprise"),
                date_text(d, lg, "short"),
            ),
            (tr(lg, "Working days lost", "Fehltage", "Jours d'absence"), str(rng.randint(1, 15))),
            (
                tr(lg, "Fit note received", "AU-Bescheinigung liegt vor", "Arret transmis"),
                yes_no(lg)[rng.random() < 0.2],
            ),
        ],
        per=2,
    )
    qs = [
        tr(
            lg,
            "Reason for absence discussed",
            "Gesundheitszustand besprochen",
            "Motif de l'absence evoque",
        ),
        tr(
            lg,
            "Is the absence work-related?",
            "Arbeitsbedingte Ursachen?",
            "Absence liee au travail ?",
        ),
        tr(lg, "Any adjustments needed?", "Unterstuetzungsbedarf?", "Amenagement de poste ?"),
        tr(
            lg,
            "Referral to Occupational Health",
            "BEM angeboten (Par. 167 SGB IX)",
            "Orientation vers la medecine de prevention",
        ),
        tr(
            lg,
            "Absence trigger point reached",
            "Wiedereingliederung",
            "Temps partiel therapeutique",
        ),
    ]
    f.y += 8
    for q in qs[: rng.randint(3, 5)]:
        f.need(44)
        f.page.text(m, f.y, q, s.font, s.size)
        yes = rng.random() < 0.35
        box(f.page, w - m - 110, f.y, yes)
        f.page.text(w - m - 98, f.y, yes_no(lg)[0], s.font, 8)
        box(f.page, w - m - 60, f.y, not yes)
        f.page.text(w - m - 48, f.y, yes_no(lg)[1], s.font, 8)
        f.y += 8
        f.y = ruled(f.page, m, f.y + 10, w - 2 * m, rng.randint(1, 2), rng, lg, fill=0.6) + 4
    f.need(100)
    f.y += 10
    for cap, nm in (
        (tr(lg, "Employee", "Beschaeftigte(r)", "L'agent"), staff),
        (tr(lg, "Line manager", "Schulleitung", "Le chef d'etablissement"), head_teacher(lg)[0]),
    ):
        f.page.text(m, f.y, cap, s.font, 8)
        sign(f.page, m + 120, f.y, nm)
        f.page.line(m + 110, f.y + 4, m + 300, f.y + 4)
        f.page.text(m + 320, f.y, date_text(d, lg, "short"), HAND, 9)
        f.y += 28
    return close(
        f.pages, s, h, numbers=rng.choice(["none", "Page {i} of {n}" if lg == "en" else "{i}/{n}"])
    )


JUDGEMENTS = {
    "en": [
        "The quality of education",
        "Behaviour and attitudes",
        "Personal development",
        "Leadership and management",
        "Sixth-form provision",
    ],
    "de": [
        "Unterricht und Lernen",
        "Schulkultur",
        "Fuehrung und Schulmanagement",
        "Professionalitaet der Lehrkraefte",
        "Ziele und Strategien der Qualitaetsentwicklung",
    ],
    "fr": [
        "Maitrise des savoirs disciplinaires",
        "Construction de situations d'apprentissage",
        "Gestion de classe",
        "Evaluation des acquis",
        "Contribution a l'action collective",
    ],
}


def tpl_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection report or letter: the Ofsted letter after an ungraded inspection or the
    report (numbered paragraphs over two to four pages, 'Page i of n'), the German
    Qualitaetsanalyse report with its rating table, the French compte rendu of an inspection
    visit; the annex (judgements table, information about the inspection) belongs to it."""
    h = head_of(who, "inspect")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    school = school_row()
    ref = serial(rng, tr(lg, "999999", "QA 99/9999", "IA-IPR/999"))
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Inspection of {school[0]}",
            f"Qualitaetsanalyse {school[0]}",
            f"Compte rendu d'inspection - {school[0]}",
        ),
    )
    hd, _ = head_teacher(home())
    if lg == "fr":
        teacher = person(rng, "fr")
        recipient(
            f,
            s,
            h,
            [teacher, school[0], school[2], school[3]],
            d,
            [("Dossier suivi par", person(rng, "fr", False)), ("Ref.", ref)],
        )
        caption(f, s, "Objet : compte rendu du rendez-vous de carriere", 1)
    else:
        recipient(
            f,
            s,
            h,
            [
                tr(lg, f"{hd}, Headteacher", f"An die Schulleitung {hd}", ""),
                school[0],
                school[2],
                school[3],
            ],
            d,
            [(tr(lg, "URN", "Az.", "Ref."), ref)],
        )
        caption(f, s, tr(lg, f"Inspection of {school[0]}", "Bericht zur Qualitaetsanalyse", ""), 2)
        write(
            f,
            s,
            tr(
                lg,
                f"Inspection dates: {day(h, d - timedelta(days=rng.randint(10, 30)))} and the "
                "following day",
                f"Besuchstage: {day(h, d - timedelta(days=rng.randint(20, 40)))}",
                "",
            ),
        )
    f.para(
        m,
        w - 2 * m,
        dear(lg, None if lg != "en" else f"Mr {hd.split()[-1]}" if rng.random() < 0.5 else None),
        s.font,
        s.size,
    )
    heads = tr(
        lg,
        "What is it like to attend this school?|What does the school do well and what does it "
        "need to do better?|Safeguarding|What does the school need to do to improve?",
        "Zusammenfassung|Staerken der Schule|Entwicklungsbereiche|Empfehlungen",
        "Observation de la seance|Entretien|Appreciation des criteres|Avis final",
    ).split("|")
    k = 1
    for hd_ in heads[: rng.randint(3, 4)]:
        caption(f, s, hd_, 1)
        items = [prose(rng, lg, 2, 4) for _ in range(rng.randint(2, 5))]
        if lg == "en":
            numbered(f, s, items, label="{k}.", start=k)
            k += len(items)
        else:
            for t in items:
                write(f, s, t)
    insp = rng.choice(PEOPLE[lg])
    regards(
        f,
        s,
        lg,
        insp,
        tr(lg, "His Majesty's Inspector", "Qualitaetsprueferin", "Inspecteur d'academie - IA-IPR"),
        formal=lg == "fr",
    )
    pages = f.pages
    if rng.random() < 0.6:
        a = sheets(s, None)
        caption(
            a,
            s,
            tr(
                lg,
                "Annex: inspection judgements",
                "Anlage: Qualitaetstableau",
                "Grille d'evaluation",
            ),
            2,
        )
        levels = tr(
            lg,
            "Outstanding|Good|Requires improvement|Inadequate",
            "++|+|-|--",
            "Excellent|Tres satisfaisant|Satisfaisant|A consolider",
        ).split("|")
        cols = columns(m, w - m, [(4, "left")] + [(1.2, "center")] * 4)
        x_marks = []
        rows = []
        for j in JUDGEMENTS[lg]:
            pick = rng.choices(range(4), [1, 4, 2, 0.4])[0]
            rows.append([j] + ["X" if q == pick else "" for q in range(4)])
            x_marks.append(pick)
        table(
            a,
            cols,
            [tr(lg, "Area", "Qualitaetsbereich", "Critere"), *levels],
            rows,
            s,
            rules=True,
            step=2.4,
        )
        a.y += 10
        caption(
            a, s, tr(lg, "Information about this school", "Daten der Schule", "Informations"), 1
        )
        a.y = pairs(
            a.page,
            s,
            m,
            a.y,
            [
                (tr(lg, "Unique reference number", "Schulnummer", "UAI"), serial(rng, "999999")),
                (
                    tr(lg, "Type of school", "Schulform", "Type"),
                    tr(lg, "Secondary, academy converter", "Gymnasium", "College"),
                ),
                (
                    tr(lg, "Number of pupils", "Schuelerzahl", "Effectif"),
                    str(rng.randint(600, 1650)),
                ),
                (tr(lg, "Headteacher", "Schulleitung", "Principal"), hd),
            ],
            w - m,
        )
        pages = pages + a.pages
    return close(pages, s, h)


def tpl_safeguarding(rng: random.Random, who: Issuer) -> list[Page]:
    """A safeguarding letter from the local authority: the English annual safeguarding audit
    (section 175) request with the audit return form (RAG tick grid, signatures) enclosed,
    the German Jugendamt letter with the agreement under section 8a SGB VIII to sign and
    return, the French DSDEN letter on the child protection referents with the form to return;
    the enclosure belongs to the letter."""
    h = head_of(who, "la")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = on(rng)
    school = school_row()
    hd, role = head_teacher(lg)
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        [hd, role + tr(lg, "", "", ""), school[0], school[2], school[3]],
        d,
        [
            (
                tr(lg, "Our ref", "Aktenzeichen", "Affaire suivie par"),
                serial(rng, tr(lg, "ESS/99/999", "51.2-999/99", "SSFE/99-999")),
            )
        ],
    )
    subj = tr(
        lg,
        "Annual Safeguarding Audit (Section 175 / 157, Education Act 2002)",
        "Vereinbarung zum Schutzauftrag bei Kindeswohlgefaehrdung nach Par. 8a SGB VIII",
        "Protection de l'enfance - designation des personnels referents",
    )
    caption(f, s, subj, 1)
    f.para(m, w - 2 * m, dear(lg, hd if lg == "en" else None), s.font, s.size)
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Please return the completed audit by {day(h, d + timedelta(days=28))}.",
            "Wir bitten um Rueckgabe der unterzeichneten Vereinbarung bis zum "
            f"{day(h, d + timedelta(days=21))}.",
            "Je vous remercie de retourner la fiche ci-jointe avant le "
            f"{day(h, d + timedelta(days=15))}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rng.choice(PEOPLE[lg]),
        tr(
            lg,
            "Education Safeguarding Adviser",
            "Jugendamt - Fachdienst Kinderschutz",
            "Conseillere technique de service social",
        ),
        formal=True,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.85:
        a = sheets(
            s,
            None,
            tr(
                lg,
                "Safeguarding audit return",
                "Vereinbarung Par. 8a SGB VIII",
                "Fiche de designation",
            ),
        )
        a.y = s.margin
        caption(a, s, tr(lg, "Safeguarding Audit Return", "Vereinbarung", "Fiche a retourner"), 3)
        a.y = fields(
            a.page,
            s,
            m,
            a.y,
            w - 2 * m,
            [
                (tr(lg, "School", "Schule", "Etablissement"), school[0]),
                (
                    tr(
                        lg,
                        "Designated Safeguarding Lead",
                        "Insoweit erfahrene Fachkraft",
                        "Referent protection de l'enfance",
                    ),
                    rng.choice(PEOPLE[lg]),
                ),
            ],
            per=2,
        )
        stds = tr(
            lg,
            "Child protection policy reviewed annually|DSL trained in last two years|Single "
            "central record complete|Staff read KCSIE Part 1|Safer recruitment trained "
            "panel|Online filtering and monitoring in place|Governor for safeguarding "
            "appointed|Procedures for allegations against staff",
            "Verfahren bei gewichtigen Anhaltspunkten|Hinzuziehung der Fachkraft|Einbeziehung "
            "der Erziehungsberechtigten|Dokumentation|Information des Jugendamtes|Fortbildung "
            "der Lehrkraefte",
            "Personnel referent designe|Formation suivie|Protocole interne diffuse|Affichage du "
            "119|Liaison avec l'infirmiere",
        ).split("|")
        cols = columns(m, w - m, [(5, "left"), (0.8, "center"), (0.8, "center"), (0.8, "center")])
        heads = [tr(lg, "Standard", "Regelung", "Point")] + (
            ["R", "A", "G"] if lg == "en" else [yes_no(lg)[0], yes_no(lg)[1], "-"]
        )
        rows = [[t, "", "", ""] for t in stds]
        a.y += 8
        y_before = a.y
        table(a, cols, heads, rows, s, rules=True, step=2.4)
        step = (s.size - 1) * 2.4
        for k in range(len(rows)):
            col = rng.choices([1, 2, 3], [0.3, 1, 3])[0] if lg == "en" else rng.choice([1, 1, 1, 2])
            yy = y_before + (s.size - 1) * 1.9 + k * step
            if yy < a.bottom:
                a.pages[0].text((cols[col][0] + cols[col][1]) / 2, yy, "X", HAND, 10, "center")
        a.y += 10
        a.need(80)
        a.y = ruled(a.page, m, a.y + 10, w - 2 * m, 3, rng, lg, fill=0.5) + 12
        a.page.text(
            m,
            a.y,
            tr(lg, "Signed (Headteacher)", "Schulleitung", "Le chef d'etablissement"),
            s.font,
            8,
        )
        sign(a.page, m + 120, a.y, hd)
        a.page.text(
            m + 300, a.y, tr(lg, "Signed (Chair of Governors)", "Jugendamt", "Date"), s.font, 8
        )
        pages += close(a.pages, s, h, numbers="none")
    return pages


def tpl_vetting(rng: random.Random, who: Issuer) -> list[Page]:
    """A new member of staff's criminal record check kept for the single central record: the
    enhanced DBS certificate, the German erweitertes Fuehrungszeugnis (Belegart O) from the
    Bundesamt fuer Justiz, the French bulletin n. 3 du casier judiciaire; one page."""
    h = head_of(who, "vetting")
    lg = h.lang
    d = on(rng)
    nm = rng.choice(PEOPLE[lg])
    w, hh = A4
    p = Page(A4)
    m = 50
    if lg == "en":
        p.rect(0, 0, w, hh, fill=0.96)
        p.text(m, 56, "Disclosure & Barring Service", "Helvetica-Bold", 14)
        p.text(w - m, 56, "Enhanced Certificate", "Helvetica-Bold", 14, "right")
        s = style_of(h, A4, margin=m, pt=9)
        y = (
            pairs(
                p,
                s,
                m,
                100,
                [
                    ("Certificate Number", serial(rng, "999999999999")),
                    ("Date of Issue", date_text(d, "en", "long")),
                    ("Employment Details", "Child Workforce - Teacher"),
                    ("Name of Employer", school_row()[0]),
                    ("Surname", nm.split()[-1].upper()),
                    ("Forename(s)", nm.split()[0].upper()),
                    (
                        "Date of Birth",
                        date_text(
                            date(rng.randint(1970, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                            "en",
                            "long",
                        ),
                    ),
                ],
                w / 2 + 60,
                9,
            )
            + 14
        )
        for cap in (
            "Police Records of Convictions, Cautions, Reprimands and Warnings",
            "Children's Barred List information",
            "Adults' Barred List information",
            "Other relevant information disclosed at the Chief Police Officer(s) discretion",
        ):
            p.rect(m, y, w - 2 * m, 36)
            p.text(m + 6, y + 12, cap, "Helvetica-Bold", 8)
            p.text(m + 6, y + 28, "NONE RECORDED", "Helvetica", 9)
            y += 44
        p.text(
            m,
            hh - 70,
            "This document is not evidence of identity. Registered Body: " + school_row()[0],
            "Helvetica",
            7,
        )
    elif lg == "de":
        p.text(m, 60, "Bundesamt fuer Justiz", "Times-Bold", 13)
        p.text(m, 74, "- Bundeszentralregister -", "Times-Roman", 9)
        p.text(m, 86, "53094 Bonn", "Times-Roman", 9)
        p.text(m, 130, f"{nm}", "Times-Roman", 11)
        p.text(m, 144, f"{rng.choice(ROADS['de'])} {rng.randint(1, 80)}", "Times-Roman", 11)
        p.text(m, 158, school_row()[3], "Times-Roman", 11)
        p.text(w / 2, 220, "Erweitertes Fuehrungszeugnis", "Times-Bold", 17, "center")
        p.text(w / 2, 238, "(Par. 30a Abs. 1 BZRG) - Belegart O", "Times-Roman", 10, "center")
        s = style_of(h, A4, margin=m, pt=10)
        y = (
            pairs(
                p,
                s,
                m,
                280,
                [
                    ("Geburtsname", nm.split()[-1]),
                    ("Familienname", nm.split()[-1]),
                    ("Vornamen", nm.split()[0]),
                    (
                        "Geburtsdatum",
                        date_text(
                            date(rng.randint(1970, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                            "de",
                            "short",
                        ),
                    ),
                    ("Geburtsort", rng.choice(["Muenster", "Gelsenkirchen", "Freiburg", "Krakau"])),
                ],
                w - m,
                10,
            )
            + 24
        )
        p.text(w / 2, y, "Inhalt: - Keine Eintragung -", "Times-Bold", 12, "center")
        p.text(m, hh - 120, f"Bonn, den {date_text(d, 'de', 'short')}", "Times-Roman", 10)
        p.text(m, hh - 100, "Im Auftrag", "Times-Roman", 10)
        p.text(m, hh - 86, "(maschinell erstellt, ohne Unterschrift gueltig)", "Times-Italic", 8)
        p.text(w - m, hh - 40, serial(rng, "99999999 9999"), "Courier", 8, "right")
    else:
        p.text(w / 2, 60, "REPUBLIQUE FRANCAISE", "Times-Bold", 11, "center")
        p.text(
            w / 2,
            74,
            "Ministere de la Justice - Casier judiciaire national",
            "Times-Roman",
            9,
            "center",
        )
        p.text(w / 2, 130, "BULLETIN N. 3", "Times-Bold", 20, "center")
        p.text(w / 2, 150, "(Article 777 du code de procedure penale)", "Times-Italic", 9, "center")
        s = style_of(h, A4, margin=m, pt=10)
        y = (
            pairs(
                p,
                s,
                m,
                200,
                [
                    ("Nom", nm.split()[-1].upper()),
                    ("Prenoms", nm.split()[0]),
                    (
                        "Ne(e) le",
                        date_text(
                            date(rng.randint(1970, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                            "fr",
                            "short",
                        ),
                    ),
                    ("a", rng.choice(["Tours", "Angers", "Nantes", "Dakar", "Lisbonne"])),
                ],
                w - m,
                10,
            )
            + 30
        )
        p.rect(m, y, w - 2 * m, 60)
        p.text(w / 2, y + 36, "NEANT", "Times-Bold", 16, "center")
        p.text(m, y + 100, f"Delivre le {date_text(d, 'fr', 'long')} a Nantes", "Times-Roman", 10)
        p.text(
            m,
            hh - 60,
            "Ce bulletin est delivre a la personne qu'il concerne. Numero de demande "
            + serial(rng, "9999999999"),
            "Times-Roman",
            7,
        )
    if rng.random() < 0.5:
        p.text(
            w - m - 150,
            hh - 140,
            tr(
                home(),
                "Seen - SCR " + date_text(d + timedelta(days=3), "en", "short"),
                "gesehen " + date_text(d, "de", "short"),
                "vu le " + date_text(d, "fr", "short"),
            ),
            HAND,
            10,
        )
        sign(p, w - m - 150, hh - 120, rng.choice(PEOPLE[home()]), 12)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_AA: dict[str, Template] = {
    "enrolment": tpl_enrolment,
    "medical_form": tpl_medical_form,
    "doctor_letter": tpl_doctor_letter,
    "trip_letter": tpl_trip_letter,
    "trip_consent": tpl_trip_consent,
    "parent_letter": tpl_parent_letter,
    "newsletter": tpl_newsletter,
    "meal_invoice": tpl_meal_invoice,
    "school_report": tpl_school_report,
    "certificate": tpl_certificate,
    "exam_results": tpl_exam_results,
    "exam_entries": tpl_exam_entries,
    "timetable": tpl_timetable,
    "supplier_invoice": tpl_supplier_invoice,
    "sick_note": tpl_sick_note,
    "return_to_work": tpl_return_to_work,
    "inspection": tpl_inspection,
    "safeguarding": tpl_safeguarding,
    "vetting": tpl_vetting,
}
#: One-page kinds that a day's pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "trip_consent",
    "meal_invoice",
    "certificate",
    "exam_results",
    "timetable",
    "sick_note",
)
#: A kind often followed by a related paper from another sender.
FOLLOWS = {
    "trip_letter": "trip_consent",
    "medical_form": "doctor_letter",
    "enrolment": "medical_form",
    "sick_note": "return_to_work",
    "exam_entries": "exam_results",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_caddy_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One day's pile of a school office: ``corpus.make_stream`` with batch runs (after a run
    kind, 1-3 more of the same kind from the same sender follow with probability 0.5) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The school (England, Germany or France) is drawn once per stream."""
    OFFICE["lang"] = rng.choice(["en", "en", "de", "fr"])
    OFFICE["index"] = rng.randrange(12)
    OFFICE["calls"] = {}
    OFFICE["pupil"] = None
    OFFICE["staff"] = None
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_AA, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_caddy_stream, "templates AA")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

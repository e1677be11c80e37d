"""Carboy part of the generated corpus: templates EEEE, written blind for the next measurement.

A part of its own, ``carboy``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a private
language school (a director, twelve freelance teachers, a registrar and an accommodation
officer; an English school in England, a Sprachschule teaching German in Germany, an école de
langue teaching French in France) feeds through its scanner in a month: students' enrolment
forms filled in by hand on the school's form (course, dates, accommodation and transfer tick
boxes, the booking conditions and the signature on a second page, now and then a copy of the
passport page behind); the school's course invoices (sometimes behind a letter of acceptance)
with the bank details and a payment slip; placement test result sheets with the score grid by
skill, the CEFR level and the class; host family agreements (Gastfamilienvereinbarung,
convention d'hébergement) with numbered conditions, the house rules annex and the room
checklist; the accommodation officer's homestay payment statements to the host families
(students, nights, rates; landscape now and then); visa support letters to an embassy or
consulate, some with the confirmation of enrolment behind; certificates of attendance
(Teilnahmebestätigung, attestation de présence) in a decorated frame, portrait or landscape,
now and then with the teacher's course report behind; freelance teacher contracts
(Honorarvertrag, contrat de prestation) with the schedule of lessons on a landscape page and
the signature page; freelance teachers' invoices with their lesson log (small-business VAT
notes); accreditation inspection reports (Accreditation UK, a German Qualitätssiegel audit, a
Qualiopi audit) behind the accrediting body's covering letter, with a criteria table and an
action plan on a landscape page; exam centres' entry lists (Cambridge, Goethe, DELF) with
candidate tables running over pages; exam centres' result notifications per candidate
(statement of results, Ergebnisbescheinigung, attestation de réussite); course book suppliers'
invoices with ISBN lines and a running header, now and then the returns terms behind; education
agents' commission invoices with the student table (agents abroad write in their own language
or in English); classroom lease and hall hire agreements with the schedule of sessions and a
sketch plan of the rooms; students' complaint letters (handwritten on a lined sheet, typed, or
an e-mail printed out) and the director's reply; refund request forms with a copy of the visa
refusal or a medical certificate attached; insurance schedules (school liability, contents,
student group cover) with the cover table, endorsements and wording extracts; the teachers'
monthly class registers on landscape sheets with hand marks. Each stream is one school's pile:
the school (country, name, month, staff) is drawn once per stream; its outside senders are of
the school's country and write in its language, except that agents, students and now and then a
supplier or insurer are from abroad and write in their own. Page sizes range from A5 slips to
A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
conditions page and the passport copy of an enrolment form; the letter of acceptance and the
payment slip of a course invoice; the house rules annex and room checklist of a host family
agreement; the confirmation of enrolment behind a visa letter; the course report behind a
certificate; the schedule and signature page of a teacher contract; the lesson log of a
teacher's invoice; the covering letter, criteria table and action plan of an inspection report;
every page of one entry list; the returns terms of a book invoice; the student table of a
commission invoice; the schedule and plan of a lease; the copy attached to a refund request (it
shows another's paper, yet the student attached it); the endorsements and wording pages of an
insurance schedule; every sheet of one class register. Related papers are documents of their
own: the course invoice after the enrolment form, the visa letter after the course invoice, the
homestay statement after the host family agreement, the teacher's invoice after the teacher's
contract, the results after the entry list, the director's reply after a complaint or refund
request; and so is each placement test, certificate, result, statement, invoice and register of
a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: placement tests, certificates of
attendance, exam results, homestay statements, teachers' invoices, commission invoices, course
invoices and class registers often come 2-4 in a row from one sender with other students,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers, about the same student, teacher or host. Drawn with ``corpus.draw_pdf``, scanned
with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "carboy"``
and seeds offset by 8_200_000.

Usage: ``python benchmarks/corpus_carboy.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/carboy/carboy_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "carboy"
SEED_OFFSET = 8_200_000

MM = 72 / 25.4
A5L = (210 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the school and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SCHOOLS: dict[str, list[Row]] = {
    "en": [
        ("Harbourside School of English", "12 Marine Parade", "Brighton BN2 1TL", "01273 608 214"),
        ("Cathedral English Centre", "4 Minster Yard", "York YO1 7JD", "01904 655 310"),
        ("Clifton Language Academy Ltd", "27 Royal York Crescent", "Bristol BS8 4JX", ""),
    ],
    "de": [
        ("Sprachinstitut am Dom GmbH", "Domkloster 3", "50667 Köln", "0221 277 38 40"),
        ("Deutschakademie Elbufer", "Große Elbstraße 145", "22767 Hamburg", "040 38 61 92 0"),
        ("Sprachschule Isartor", "Tal 19", "80331 München", "089 21 54 70 3"),
    ],
    "fr": [
        ("École de langue Presqu'île", "14 rue Mercière", "69002 Lyon", "04 78 37 52 18"),
        ("Institut Atlantique de Français", "6 cours Clemenceau", "33000 Bordeaux", ""),
        ("Azur Langues SARL", "22 rue de France", "06000 Nice", "04 93 82 47 60"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "accreditor": {
        "en": [("Accreditation UK - British Council", "1 Redman Place", "London E20 1JQ", "")],
        "de": [
            (
                "Qualitätssiegel Sprachschulen e.V. - Geschäftsstelle",
                "Kaiserstraße 44",
                "53113 Bonn",
                "0228 96 30 41",
            )
        ],
        "fr": [
            (
                "Certiform Audit SAS - organisme certificateur Qualiopi",
                "18 rue de la Villette",
                "69003 Lyon",
                "04 72 91 05 60",
            ),
            (
                "Veritas Formation Certification",
                "Immeuble Le Mirabeau, 4 place de la Défense",
                "92400 Courbevoie",
                "",
            ),
        ],
    },
    "exams": {
        "en": [
            (
                "Cambridge English Exams Centre GB415 - Sussex Downs College",
                "Cross Levels Way",
                "Eastbourne BN21 2UF",
                "01323 637 120",
            ),
            ("Northern Exams Centre GB098", "Hull Road", "York YO10 5DD", "01904 432 900"),
            ("West of England Test Centre GB227", "Park Row", "Bristol BS1 5LT", ""),
        ],
        "de": [
            ("Goethe-Institut - Prüfungszentrum", "Oskar-von-Miller-Ring 18", "80333 München", ""),
            ("Prüfungszentrum Rhein-Ruhr (Goethe-Lizenz)", "Neumarkt 22", "50667 Köln", ""),
            ("Goethe-Institut Hamburg - Prüfungen", "Hühnerposten 1", "20097 Hamburg", ""),
        ],
        "fr": [
            (
                "Alliance Française de Lyon - Centre d'examen DELF-DALF",
                "11 rue Pierre Bourgeois",
                "69003 Lyon",
                "",
            ),
            (
                "Centre d'examen DELF-DALF de la Gironde",
                "3 ter place de la Victoire",
                "33000 Bordeaux",
                "",
            ),
            ("Université Côte d'Azur - Centre DELF-DALF", "98 boulevard Herriot", "06200 Nice", ""),
        ],
    },
    "books": {
        "en": [
            ("ELT Books Direct Ltd", "Unit 9, Milton Park", "Abingdon OX14 4SB", "01235 465 500"),
            ("Cavendish Language Books", "18 Little Clarendon Street", "Oxford OX1 2HS", ""),
        ],
        "de": [
            ("Sprachbuch-Versand Lindner GmbH", "Max-Planck-Straße 5", "85737 Ismaning", ""),
            ("DaF-Medien Buchhandlung", "Wilhelmstraße 24", "53111 Bonn", "0228 63 77 12"),
        ],
        "fr": [
            ("Librairie des Langues du Monde", "14 rue Cujas", "75005 Paris", "01 43 54 70 22"),
            ("FLE Diffusion SARL", "ZA des Godets", "91370 Verrières-le-Buisson", ""),
        ],
    },
    "agent": {
        "en": [
            ("Horizons Study Travel Ltd", "42 Deansgate", "Manchester M3 2EG", "0161 834 2200"),
            ("Sakura Ryugaku Centre Co. Ltd", "Shinjuku Nomura Bldg 18F", "Tokyo 163-0518", ""),
            ("Intercambio Brasil Educacional", "Rua Augusta 2690", "São Paulo 01412-100", ""),
        ],
        "de": [
            ("Sprachreisen Nordlicht GmbH", "Mönckebergstraße 11", "20095 Hamburg", ""),
            ("Schweizer Bildungsreisen AG", "Löwenstrasse 29", "8001 Zürich", ""),
        ],
        "fr": [
            ("Séjours Linguistiques Horizon", "9 rue du Colisée", "75008 Paris", ""),
            ("Lingua Voyages Belgique SPRL", "Avenue Louise 146", "1050 Bruxelles", ""),
        ],
    },
    "landlord": {
        "en": [
            ("St Nicholas Church Hall Trust", "Dyke Road", "Brighton BN1 3LJ", ""),
            ("The Guildhall Business Centre", "Coppergate", "York YO1 9NT", "01904 551 800"),
            ("Redland Community Association", "Redland Road", "Bristol BS6 6AG", ""),
        ],
        "de": [
            ("Bürgerhaus Altstadt gGmbH", "Severinstraße 96", "50678 Köln", ""),
            ("Kulturzentrum Fabrik e.V.", "Barnerstraße 36", "22765 Hamburg", ""),
            ("Pfarrei St. Peter - Pfarrheim", "Rindermarkt 1", "80331 München", ""),
        ],
        "fr": [
            ("Maison des Associations Lyon 2", "28 rue Denuzière", "69002 Lyon", ""),
            ("Centre d'affaires Quinconces", "5 allées de Tourny", "33000 Bordeaux", ""),
            ("Paroisse Notre-Dame - salle paroissiale", "2 avenue Jean Médecin", "06000 Nice", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Wessex Mutual Insurance", "Wessex House, Southernhay", "Exeter EX1 1NT", ""),
            ("Langham Brokers (Education) Ltd", "3 Bishopsgate", "London EC2N 3AR", ""),
        ],
        "de": [
            ("Hanse Versicherungs-AG", "Ballindamm 27", "20095 Hamburg", "040 30 90 0"),
            ("Bildungsversicherer Süd VVaG", "Karlstraße 35", "80333 München", ""),
        ],
        "fr": [
            ("Mutuelle Assurance Enseignement", "7 rue Ballu", "75009 Paris", ""),
            ("Cabinet Durand Courtage", "45 cours Lafayette", "69006 Lyon", "04 78 60 12 12"),
        ],
    },
}
COUNTRY_OF = {
    "en": ("England", "England", "Angleterre"),
    "de": ("Germany", "Deutschland", "Allemagne"),
    "fr": ("France", "Frankreich", "France"),
}

#: Students' home countries: name in en/de/fr, first names (female first), last names,
#: street, town, the language they write in when not in the school's.
Nation = tuple[tuple[str, str, str], list[str], list[str], list[str], str, str, str]
NATIONS: list[Nation] = [
    (
        ("Japan", "Japan", "Japon"),
        ["Yuki", "Sakura", "Aoi", "Haruto", "Ren", "Takeshi"],
        ["Tanaka", "Suzuki", "Watanabe", "Sato", "Nakamura"],
        ["2-14-7 Umeda, Kita-ku", "1-3-9 Ebisu, Shibuya-ku"],
        "Osaka 530-0001",
        "en",
        "JP",
    ),
    (
        ("Brazil", "Brasilien", "Brésil"),
        ["Beatriz", "Larissa", "Fernanda", "Lucas", "Gabriel", "Rafael"],
        ["Silva", "Oliveira", "Souza", "Costa", "Pereira"],
        ["Av. Paulista 1578, apto 52", "Rua Oscar Freire 904"],
        "São Paulo - SP 01310-100",
        "en",
        "BR",
    ),
    (
        ("Italy", "Italien", "Italie"),
        ["Giulia", "Chiara", "Francesca", "Marco", "Luca", "Matteo"],
        ["Rossi", "Bianchi", "Esposito", "Romano", "Ricci"],
        ["Via Brera 16", "Corso Vittorio Emanuele 88"],
        "20121 Milano",
        "en",
        "IT",
    ),
    (
        ("Spain", "Spanien", "Espagne"),
        ["Lucía", "Marta", "Carmen", "Pablo", "Javier", "Diego"],
        ["García", "Martínez", "López", "Sánchez", "Navarro"],
        ["Calle de Colón 22, 3º", "Gran Vía 41, 2º izq."],
        "46002 Valencia",
        "en",
        "ES",
    ),
    (
        ("Saudi Arabia", "Saudi-Arabien", "Arabie saoudite"),
        ["Noura", "Reem", "Abdullah", "Faisal", "Khalid", "Omar"],
        ["Al-Harbi", "Al-Qahtani", "Al-Otaibi", "Al-Ghamdi"],
        ["King Fahd Road, Al Olaya", "Prince Sultan St 14, Al Rawdah"],
        "Riyadh 12211",
        "en",
        "SA",
    ),
    (
        ("South Korea", "Südkorea", "Corée du Sud"),
        ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-jun", "Ji-ho", "Dong-hyun"],
        ["Kim", "Lee", "Park", "Choi", "Jung"],
        ["Teheran-ro 152, Gangnam-gu", "Sejong-daero 110, Jung-gu"],
        "Seoul 06236",
        "en",
        "KR",
    ),
    (
        ("Turkey", "Türkei", "Turquie"),
        ["Elif", "Zeynep", "Ayse", "Mehmet", "Emre", "Burak"],
        ["Yilmaz", "Kaya", "Demir", "Celik", "Aydin"],
        ["Büyükdere Cad. No 121, Sisli", "Bagdat Cad. 302, Kadiköy"],
        "34394 Istanbul",
        "en",
        "TR",
    ),
    (
        ("Switzerland", "Schweiz", "Suisse"),
        ["Nina", "Lea", "Laura", "Noah", "Luca", "Jonas"],
        ["Müller", "Meier", "Keller", "Brunner", "Gerber"],
        ["Bahnhofstrasse 31", "Seefeldstrasse 112"],
        "8001 Zürich",
        "de",
        "CH",
    ),
    (
        ("Colombia", "Kolumbien", "Colombie"),
        ["Valentina", "Camila", "Daniela", "Santiago", "Andrés", "Mateo"],
        ["Rodríguez", "Gómez", "Ramírez", "Vargas"],
        ["Carrera 11 # 93-46", "Calle 72 # 10-07, apto 801"],
        "Bogotá 110221",
        "en",
        "CO",
    ),
    (
        ("China", "China", "Chine"),
        ["Xinyi", "Yutong", "Mei", "Wei", "Hao", "Jun"],
        ["Wang", "Li", "Zhang", "Liu", "Chen"],
        ["Nanjing West Road 1266", "Tianhe Road 208"],
        "Shanghai 200040",
        "en",
        "CN",
    ),
    (
        ("Germany", "Deutschland", "Allemagne"),
        ["Anna", "Lena", "Katharina", "Jonas", "Felix", "Tobias"],
        ["Schmidt", "Becker", "Wagner", "Hoffmann", "Krüger"],
        ["Goethestraße 12", "Am Rosengarten 4"],
        "60313 Frankfurt am Main",
        "de",
        "DE",
    ),
    (
        ("France", "Frankreich", "France"),
        ["Camille", "Manon", "Chloé", "Théo", "Hugo", "Antoine"],
        ["Martin", "Bernard", "Dubois", "Laurent", "Moreau"],
        ["12 rue des Lilas", "5 avenue Jean Jaurès"],
        "44000 Nantes",
        "fr",
        "FR",
    ),
    (
        ("United Kingdom", "Großbritannien", "Royaume-Uni"),
        ["Sophie", "Charlotte", "Emily", "Oliver", "Harry", "George"],
        ["Taylor", "Evans", "Hughes", "Walker", "Wright"],
        ["14 Albert Road", "3 Chestnut Close"],
        "Norwich NR2 3HJ",
        "en",
        "GB",
    ),
    (
        ("Poland", "Polen", "Pologne"),
        ["Zofia", "Julia", "Maja", "Jakub", "Kacper", "Piotr"],
        ["Nowak", "Kowalski", "Wisniewski", "Zielinski"],
        ["ul. Mokotowska 24 m. 7", "ul. Dluga 18"],
        "00-561 Warszawa",
        "en",
        "PL",
    ),
]
FEMALE_NAMES = {n for nat in NATIONS for n in nat[1][:3]}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Rachel",
        "Daniel",
        "Hannah",
        "Richard",
        "Claire",
        "Tom",
        "Fiona",
        "Mark",
        "Joanna",
        "Ian",
        "Lucy",
        "Gareth",
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
        "Florian",
        "Birgit",
        "Oliver",
        "Miriam",
        "Ralf",
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
        "Isabelle",
        "Mathieu",
        "Élodie",
        "Pascal",
        "Aurélie",
        "Vincent",
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
        "Parry",
        "Donnelly",
        "Fraser",
        "Cole",
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
        "Brandt",
        "Seidel",
        "Lorenz",
        "Franke",
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
        "Marchand",
        "Garnier",
        "Faure",
        "Blanc",
    ],
}
FEMALE = {
    "Sarah",
    "Rachel",
    "Hannah",
    "Claire",
    "Fiona",
    "Joanna",
    "Lucy",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Birgit",
    "Miriam",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Isabelle",
    "Élodie",
    "Aurélie",
} | FEMALE_NAMES

STREETS = {
    "en": [
        "Ditchling Road",
        "Preston Drive",
        "Holgate Road",
        "Bishopthorpe Road",
        "Gloucester Road",
        "Cotham Hill",
        "Ladysmith Road",
        "Heslington Lane",
    ],
    "de": [
        "Zülpicher Straße",
        "Lindenallee",
        "Eppendorfer Weg",
        "Hofweg",
        "Klenzestraße",
        "Ohlstedter Straße",
        "Gabelsbergerstraße",
        "Vorgebirgstraße",
    ],
    "fr": [
        "rue Duguesclin",
        "avenue Berthelot",
        "rue Sainte-Catherine",
        "cours Victor Hugo",
        "boulevard Gambetta",
        "rue de la Buffa",
        "avenue Borriglione",
        "rue Juliette Récamier",
    ],
}

#: Courses by school language: name, lessons a week, price a week.
COURSES = {
    "en": [
        ("General English (20 lessons)", 20, 260.0),
        ("Intensive English (30 lessons)", 30, 345.0),
        ("Cambridge B2 First preparation", 28, 330.0),
        ("IELTS preparation (evening)", 10, 150.0),
        ("Business English (small group)", 25, 410.0),
        ("One-to-one tuition", 15, 720.0),
    ],
    "de": [
        ("Standardkurs Deutsch (20 UE)", 20, 240.0),
        ("Intensivkurs Deutsch (30 UE)", 30, 320.0),
        ("Vorbereitung Goethe-Zertifikat B1", 24, 290.0),
        ("TestDaF-Vorbereitungskurs", 24, 310.0),
        ("Deutsch für den Beruf", 20, 280.0),
        ("Einzelunterricht", 15, 690.0),
    ],
    "fr": [
        ("Cours standard de français (20 leçons)", 20, 250.0),
        ("Cours intensif (26 leçons)", 26, 315.0),
        ("Préparation DELF B2", 24, 300.0),
        ("Préparation DALF C1", 24, 320.0),
        ("Français des affaires", 20, 360.0),
        ("Cours particuliers", 15, 700.0),
    ],
}
LEVELS = ["A1", "A2", "B1", "B1+", "B2", "B2+", "C1", "C2"]
EXAMS = {
    "en": ["B2 First", "C1 Advanced", "B1 Preliminary", "IELTS Academic", "A2 Key"],
    "de": [
        "Goethe-Zertifikat B1",
        "Goethe-Zertifikat B2",
        "Goethe-Zertifikat C1",
        "Goethe-Zertifikat A2",
        "Goethe-Zertifikat C2: GDS",
    ],
    "fr": ["DELF B1", "DELF B2", "DALF C1", "DELF A2", "DALF C2"],
}

TALK = {
    "en": {
        "school": "course lessons class teacher level students timetable materials progress "
        "attendance homework activities placement programme week term group feedback",
        "home": "host family room meals breakfast dinner house keys bathroom laundry bus "
        "neighbourhood curfew guests quiet hours heating internet welfare",
        "legal": "party agreement obligations services term termination notice liability "
        "insurance data protection payment invoice schedule fees cancellation law",
        "audit": "inspection criteria management resources premises teaching welfare "
        "accommodation policies records evidence standards observation compliance",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "school": "Kurs Unterricht Klasse Lehrkraft Niveau Teilnehmende Stundenplan "
        "Lehrwerk Fortschritt Anwesenheit Hausaufgaben Freizeitprogramm Einstufung Woche",
        "home": "Gastfamilie Zimmer Mahlzeiten Frühstück Abendessen Wohnung Schlüssel Bad "
        "Wäsche Bus Nachbarschaft Nachtruhe Besuch Heizung WLAN Betreuung",
        "legal": "Vertragsparteien Pflichten Leistungen Laufzeit Kündigung Haftung "
        "Versicherung Datenschutz Vergütung Rechnung Stornierung Gerichtsstand",
        "audit": "Prüfung Kriterien Leitung Ausstattung Räume Unterricht Betreuung "
        "Unterbringung Verfahren Nachweise Standards Hospitation Qualitätsmanagement",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "school": "cours leçons classe enseignant niveau stagiaires emploi du temps manuel "
        "progression assiduité devoirs activités test de niveau programme semaine",
        "home": "famille d'accueil chambre repas petit-déjeuner dîner maison clés salle de "
        "bain linge bus quartier horaires visites chauffage wifi encadrement",
        "legal": "parties convention obligations prestations durée résiliation préavis "
        "responsabilité assurance données personnelles rémunération facture annulation",
        "audit": "audit indicateurs pilotage moyens locaux pédagogie accompagnement "
        "hébergement procédures preuves exigences observation conformité amélioration",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "school", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "school", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The school of a stream: its country, month, staff, students, hosts and teachers
# ---------------------------------------------------------------------------------------------

SCHOOL: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Person:
    """A host, a teacher or a member of staff of the stream's school."""

    first: str
    last: str
    street: str
    town: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE


@dataclass
class Student:
    """One student, as a companion takes him or her up."""

    first: str
    last: str
    nation: int
    street: str
    town: str
    born: date
    passport: str
    course: int
    start: date
    weeks: int
    level: str
    ref: str
    agent: int  # index into the agents of the school, -1 for a direct booking
    host: int  # index into the school's host families, -1 for no homestay

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE

    @property
    def end(self) -> date:
        return self.start + timedelta(days=7 * self.weeks - 3)

    def country(self, lang: str) -> str:
        return NATIONS[self.nation][0][{"en": 0, "de": 1, "fr": 2}[lang]]


#: What the previous document was about (a companion takes up the same student and day).
LAST: dict[str, object] = {"kind": "", "student": None, "day": None, "extra": None}


def home() -> str:
    return str(SCHOOL["lang"])


def month() -> date:
    m = SCHOOL["month"]
    assert isinstance(m, date)
    return m


def school_row() -> Row:
    return SCHOOLS[home()][int(SCHOOL["row"])]  # type: ignore[call-overload]


def city(town: str) -> str:
    """The town's name without its postcode ("Brighton BN2 1TL", "50667 Köln")."""
    parts = [t for t in town.replace(" - ", " ").split() if not any(c.isdigit() for c in t)]
    if parts and parts[-1] in ("SP",):
        parts = parts[:-1]
    return " ".join(parts) or town


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's school and ``key``: a run or a repeat keeps
    its sender."""
    text = f"carboy/{key}/{who.name}/{who.street}/{who.city}/{SCHOOL['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def school_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"carboy/school/{key}/{SCHOOL['seed']}".encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(student: Student | None, d: date, extra: object = None) -> None:
    LAST.update(student=student, day=d, extra=extra)


def a_person(r: random.Random, lang: str) -> Person:
    return Person(
        r.choice(FIRSTS[lang]),
        r.choice(LASTS[lang]),
        f"{r.choice(STREETS[lang])} {r.randint(2, 140)}"
        if lang == "de"
        else f"{r.randint(2, 140)} {r.choice(STREETS[lang])}",
        school_row()[2],
    )


def staff(role: str) -> Person:
    """The school's director, registrar, accommodation officer or a teacher (``t0``..``t11``)."""
    return a_person(school_rng(f"staff/{role}"), home())


def teacher(k: int) -> Person:
    return staff(f"t{k % 12}")


def host(k: int) -> Person:
    return a_person(school_rng(f"host/{k % 9}"), home())


def agents() -> list[tuple[Row, str]]:
    """The school's agents: abroad, writing in their own language or English."""
    local = {"en": "Manchester", "de": "Hamburg", "fr": "Paris"}[home()]
    return [
        (row, l2)
        for l2 in ("en", "de", "fr")
        for row in SENDERS["agent"][l2]
        if local not in row[2]
    ]


#: Students' countries whose nationals need a visa for a course, and where they apply.
VISA_CITY = {"CN": "Shanghai", "TR": "Istanbul", "SA": "Riyadh", "CO": "Bogotá"}


def needs_visa(st: Student) -> bool:
    code = NATIONS[st.nation][6]
    return code in VISA_CITY and (code != "CO" or home() == "en")


def a_student(rng: random.Random, visa: bool = False) -> Student:
    lg = home()
    own = {"en": "GB", "de": "DE", "fr": "FR"}[lg]
    nats = [k for k, n in enumerate(NATIONS) if n[6] != own]
    if visa:
        nats = [
            k for k in nats if NATIONS[k][6] in VISA_CITY and (lg == "en" or NATIONS[k][6] != "CO")
        ]
    k = rng.choice(nats)
    nat = NATIONS[k]
    female = rng.random() < 0.55
    first = rng.choice(nat[1][:3] if female else nat[1][3:])
    c = rng.choice([0, 0, 1, 1, 2, 3, 4, 5])
    start = monday(month() + timedelta(days=rng.randint(0, 60)))
    return Student(
        first=first,
        last=rng.choice(nat[2]),
        nation=k,
        street=rng.choice(nat[3]),
        town=nat[4],
        born=date(rng.randint(1975, 2008), rng.randint(1, 12), rng.randint(1, 28)),
        passport=serial(rng, rng.choice(["AA9999999", "A99999999", "99AA99999", "AA999999"])),
        course=c,
        start=start,
        weeks=rng.choice([2, 2, 3, 4, 4, 6, 8, 12, 24]),
        level=rng.choice(LEVELS[:6]),
        ref=f"{month().year % 100}{rng.randint(1000, 9999)}",
        agent=rng.randrange(len(agents())) if rng.random() < 0.45 else -1,
        host=rng.randrange(9) if rng.random() < 0.6 else -1,
    )


def student_for(rng: random.Random, kinds: tuple[str, ...]) -> Student:
    """The previous document's student if it was one of ``kinds``, else a new one."""
    st = LAST["student"]
    if isinstance(st, Student) and after(kinds):
        return st
    return a_student(rng)


def course_name(st: Student, lang: str = "") -> str:
    return COURSES[home()][st.course][0]


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
    look: str  # band | centred | letter | boxed | plain | side | official | private
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
TAGLINES = {
    "school": (
        "English language courses for adults",
        "Deutschkurse für Erwachsene",
        "Cours de français pour adultes",
    ),
    "books": (
        "ELT specialist booksellers",
        "Fachbuchhandlung Deutsch als Fremdsprache",
        "Librairie spécialisée FLE",
    ),
    "agent": (
        "Language travel & study abroad",
        "Sprachreisen und Auslandsstudium",
        "Séjours linguistiques",
    ),
    "insurer": (
        "Insurance for education",
        "Versicherungen für Bildungseinrichtungen",
        "Assurances des organismes de formation",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("exams", "private", "agent"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}",
            r.choice(["Sparkasse KölnBonn", "Hamburger Sparkasse", "Stadtsparkasse München"])
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "e.V." in name or "gGmbH" in name:
            court = r.choice(["Köln", "Hamburg", "München", "Bonn"])
            reg = "VR" if "e.V." in name else "HRB"
            out.insert(0, f"Amtsgericht {court} {reg} {r.randint(1000, 99999)}")
        if role == "school":
            out.append(
                "Zugelassener Träger für Integrationskurse - Mitglied im Qualitätssiegel "
                "Sprachschulen e.V."
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['8559A', '8559B', '4761Z', '6622Z'])}"
        ]
        if role == "school":
            out.append(
                f"Déclaration d'activité n° {r.randint(82, 93)} {r.randint(10, 99)} "
                f"{r.randint(10000, 99999)} {r.randint(10, 99)} - Certifié Qualiopi au titre "
                "des actions de formation"
            )
        elif r.random() < 0.6:
            out.append(f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100000000, 999999999)}")
        return out
    out = []
    if "Ltd" in name or "plc" in name or "Co." in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "school":
        out.append("Accredited by the British Council for the teaching of English in the UK")
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"carboy/head/{name}/{SCHOOL['seed']}".encode()))
    font, bold = r.choice(FACES)
    host_ = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = "com" if role == "agent" else {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "exams":
        looks = ["official", "band", "plain"]
    elif role == "accreditor":
        looks = ["official", "centred", "band"]
    elif role == "private":
        looks = ["private"]
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
        mail=f"{r.choice(['info', 'office', 'admin', 'accounts'])}@{host_ or 'mail'}.{tld}"
        if r.random() < 0.7 and role != "private"
        else "",
    )


def school_head() -> Head:
    return make_head(school_row(), home(), "school")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and school), of the
    school's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in ("exams", "landlord"):
        rows = [rows[int(SCHOOL["row"]) % len(rows)]]  # type: ignore[call-overload]
    return make_head(r.choice(rows), lang, role)


def private_head(p: Person | Student, lang: str) -> Head:
    return make_head((p.name, p.street, p.town, ""), lang, "private")


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
    """A circle drawn as a polygon (round stamps, seals, certificate rosettes)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    line2 = tr(h.lang, *tag) if tag else ""
    if h.look == "private":
        p.text(w - m, y, h.name, s.font, s.size, "right")
        p.text(w - m, y + s.size * 1.3, h.street, s.font, s.size, "right")
        p.text(w - m, y + s.size * 2.6, h.town, s.font, s.size, "right")
        return y + s.size * 4 + 10
    if h.look == "official":
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}  {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
        p.line(m, yy + 8, w - m, yy + 8)
        return yy + 30
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
        if line2:
            p.text(
                m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
            )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
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


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the school's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Registry", "Director"],
                        "de": ["Buchhaltung", "Sekretariat", "Schulleitung"],
                        "fr": ["Comptabilité", "Accueil", "Direction"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = True) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
            if formal
            else "Bien cordialement,",
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


def mx(p: Person | Student, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Ms' if p.female else 'Mr'} {p.name}"


def greet(lg: str, p: Person | Student | None) -> str:
    """The salutation of a letter to ``p`` ("Dear Ms Reid,", "Sehr geehrte Frau Bauer,")."""
    if p is None:
        return dear(lg, None)
    if lg == "en":
        return f"Dear {'Ms' if p.female else 'Mr'} {p.last},"
    return dear(lg, mx(p, lg))


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def school_lines(att: str = "") -> list[str]:
    return head_lines(school_head(), att)


def student_lines(st: Student, lang: str) -> list[str]:
    return [mx(st, lang), st.street, st.town, st.country(lang).upper()]


def person_lines(p: Person, lang: str) -> list[str]:
    return [mx(p, lang), p.street, p.town]


def signed(v: float, lang: str) -> str:
    """``cash`` with the minus sign in front ("-£12.50", "-12,50 €")."""
    return f"-{cash(-v, lang)}" if v < 0 else cash(v, lang)


def whole(v: int, lang: str) -> str:
    """A whole amount with its currency, without pence or cents ("£5,000,000", "5.000 €")."""
    t = f"{v:,}"
    if lang == "de":
        t = t.replace(",", ".")
    elif lang == "fr":
        t = t.replace(",", " ")
    return f"£{t}" if lang == "en" else f"{t} €"


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
    """The grey edge and shadow a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(
    p: Page,
    s: Style,
    x: float,
    y: float,
    label: str,
    name: str = "",
    signed: bool = True,
    wide: float = 170,
) -> None:
    """A signature line with its caption below, signed by ``name`` if ``signed``."""
    if signed and name:
        scrawl(p, x + 6, y - 3, name)
    p.line(x, y + 2, x + wide, y + 2)
    p.text(x, y + 11, fit(label, s.font, 7, wide), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates EEEE: students' papers and the school's papers to them
# ---------------------------------------------------------------------------------------------

ENROL_TERMS = {
    "en": [
        "Bookings",
        "Payment",
        "Cancellation by the student",
        "Course changes",
        "Public holidays",
        "Accommodation",
        "Attendance",
        "Liability",
        "Insurance",
        "Complaints",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Anmeldung",
        "Zahlung",
        "Rücktritt",
        "Kursänderungen",
        "Feiertage",
        "Unterkunft",
        "Anwesenheit",
        "Haftung",
        "Versicherung",
        "Beschwerden",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Inscription",
        "Paiement",
        "Annulation",
        "Modification du cours",
        "Jours fériés",
        "Hébergement",
        "Assiduité",
        "Responsabilité",
        "Assurance",
        "Réclamations",
        "Données personnelles",
        "Droit applicable",
    ],
}


def office_use(p: Page, s: Style, x: float, y: float, w: float, lg: str, st: Student) -> None:
    """The "for office use" box at the foot of a school form, filled in by the registrar."""
    p.rect(x, y, w, 44, fill=0.93)
    p.rect(x, y, w, 44)
    p.text(
        x + 4,
        y + 9,
        tr(lg, "FOR OFFICE USE ONLY", "NUR FÜR DIE VERWALTUNG", "RÉSERVÉ À L'ADMINISTRATION"),
        s.bold,
        7,
    )
    caps = [
        tr(lg, "Student no.", "Teiln.-Nr.", "N° stagiaire"),
        tr(lg, "Invoice", "Rechnung", "Facture"),
        tr(lg, "Host", "Gastfamilie", "Famille"),
        tr(lg, "Initials", "Kürzel", "Visa"),
    ]
    vals = [
        st.ref,
        serial(random.Random(st.ref), "99-999"),
        host(st.host).last if st.host >= 0 else "-",
        "".join(t[0] for t in staff("registrar").name.split()),
    ]
    cw = w / 4
    for k, (c, v) in enumerate(zip(caps, vals, strict=True)):
        p.text(x + 4 + k * cw, y + 22, c, s.font, 6.5)
        p.text(x + 4 + k * cw, y + 36, fit(v, HAND, 9, cw - 8), HAND, 9)


def tpl_enrolment_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's enrolment form filled in by hand by a student (or the agent): personal
    details, course and dates, level, accommodation and transfer tick boxes, the agent's
    stamp now and then; on a second page the booking conditions, the declaration and the
    signature, now and then a copy of the passport page behind."""
    h = school_head()
    lg = h.lang
    st = a_student(rng)
    s = style_of(h, LETTER if lg == "en" and keyed(who, "size").random() < 0.3 else A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = st.start - timedelta(days=rng.randint(12, 70))
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(lg, "ENROLMENT FORM", "ANMELDEFORMULAR", "BULLETIN D'INSCRIPTION")
    p.text(m, y, title, s.bold, s.size + 6)
    p.text(
        w - m,
        y,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS",
            "Bitte in Druckbuchstaben ausfüllen",
            "À remplir en MAJUSCULES",
        ),
        italic_of(s.font),
        7,
        "right",
    )
    y += 16
    y = band(
        p,
        s,
        y,
        tr(lg, "1  Personal details", "1  Persönliche Angaben", "1  Renseignements personnels"),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Family name", "Nachname", "Nom"), st.last.upper()),
            (tr(lg, "First name(s)", "Vorname(n)", "Prénom(s)"), st.first.upper()),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(st.born, lg)),
            (tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"), st.country(lg).upper()),
            (tr(lg, "Home address", "Heimatadresse", "Adresse"), f"{st.street}, {st.town}".upper()),
            (tr(lg, "Passport no.", "Reisepass-Nr.", "N° de passeport"), st.passport),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{st.first.lower()}.{st.last.lower().replace(' ', '')}{rng.randint(1, 99)}"
                "@gmail.com",
            ),
            (
                tr(lg, "Mobile", "Handy", "Portable"),
                f"+{rng.randint(30, 90)} {serial(rng, '999 999 9999')}",
            ),
            (
                tr(
                    lg,
                    "Emergency contact (name, tel.)",
                    "Notfallkontakt (Name, Tel.)",
                    "Personne à prévenir (nom, tél.)",
                ),
                f"{rng.choice(NATIONS[st.nation][1])} {st.last} {serial(rng, '+99 999 999 999')}",
            ),
            (
                tr(lg, "Occupation", "Beruf", "Profession"),
                rng.choice(["STUDENT", "ENGINEER", "NURSE", "ARCHITECT", "TEACHER", "RETIRED"]),
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(p, s, y, tr(lg, "2  Course", "2  Kurs", "2  Cours"))
    y += 10
    names = [c[0] for c in COURSES[lg]]
    y = ticks(p, s, m, y, w - 2 * m, names, {st.course}, 8)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Start date (Monday)", "Kursbeginn (Montag)", "Date de début (lundi)"),
                short(st.start, lg),
            ),
            (tr(lg, "Number of weeks", "Anzahl Wochen", "Nombre de semaines"), str(st.weeks)),
            (
                tr(lg, "Present level (if known)", "Vorkenntnisse (Niveau)", "Niveau actuel"),
                rng.choice([st.level, "?", tr(lg, "beginner", "Anfänger", "débutant")]),
            ),
        ],
        per=3,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "3  Accommodation", "3  Unterkunft", "3  Hébergement"))
    y += 10
    acc = [
        tr(
            lg,
            "Homestay single room, half board",
            "Gastfamilie EZ, Halbpension",
            "Famille, chambre individuelle, demi-pension",
        ),
        tr(lg, "Homestay, bed & breakfast", "Gastfamilie, Frühstück", "Famille, petit-déjeuner"),
        tr(lg, "Student residence", "Wohnheim", "Résidence"),
        tr(lg, "No accommodation", "Keine Unterkunft", "Pas d'hébergement"),
    ]
    choice = rng.choice([0, 1]) if st.host >= 0 else rng.choice([2, 3])
    y = ticks(p, s, m, y, w - 2 * m, acc, {choice}, 8)
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Vegetarian", "Vegetarisch", "Végétarien"),
            tr(lg, "Halal", "Halal", "Halal"),
            tr(lg, "Smoker", "Raucher/in", "Fumeur"),
            tr(lg, "Allergic to pets", "Tierhaarallergie", "Allergie aux animaux"),
        ],
        {k for k in range(4) if rng.random() < 0.2},
        8,
    )
    p.text(m, y, tr(lg, "Other requests:", "Sonstige Wünsche:", "Autres demandes :"), s.font, 7.5)
    if rng.random() < 0.5:
        hand(
            p,
            m + 80,
            y,
            rng.choice(
                [
                    "quiet family please",
                    "near the school",
                    "no children",
                    "gluten free",
                    "arrive late Sunday",
                ]
            ),
            9,
        )
    p.line(m + 75, y + 2, w - m, y + 2)
    y += 16
    y = band(p, s, y, tr(lg, "4  Airport transfer", "4  Flughafentransfer", "4  Transfert"))
    y += 10
    airports = {
        "en": ["Gatwick", "Heathrow", "Manchester", "Bristol"],
        "de": ["Köln/Bonn", "Düsseldorf", "Hamburg", "München"],
        "fr": ["Lyon Saint-Exupéry", "Bordeaux-Mérignac", "Nice Côte d'Azur"],
    }[lg]
    tx = rng.random() < 0.6
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Arrival", "Anreise", "Arrivée"),
            tr(lg, "Departure", "Abreise", "Départ"),
            tr(lg, "No transfer", "Kein Transfer", "Sans transfert"),
        ],
        {0, 1} if tx and rng.random() < 0.5 else ({0} if tx else {2}),
        8,
    )
    if tx:
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Airport", "Flughafen", "Aéroport"), rng.choice(airports)),
                (tr(lg, "Flight no.", "Flug-Nr.", "N° de vol"), serial(rng, "AA 9999")),
                (
                    tr(
                        lg, "Arrival (date/time)", "Ankunft (Datum/Uhrzeit)", "Arrivée (date/heure)"
                    ),
                    f"{short(st.start - timedelta(days=1), lg)} {rng.randint(7, 22)}:"
                    f"{rng.choice(['05', '20', '40', '55'])}",
                ),
            ],
            per=3,
            tall=24,
        )
    if y < hh - m - 90:
        y = band(
            p,
            s,
            y,
            tr(
                lg,
                "5  How did you hear about us?",
                "5  Wie haben Sie von uns erfahren?",
                "5  Comment nous avez-vous connus ?",
            ),
        )
        y += 10
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Agent", "Agentur", "Agence"),
                "Internet",
                tr(lg, "Friend", "Freunde", "Amis"),
                tr(lg, "Fair", "Messe", "Salon"),
            ],
            {0 if st.agent >= 0 else rng.randint(1, 3)},
            8,
        )
        if st.agent >= 0:
            row, _ = agents()[st.agent]
            stamp(p, w - m - 190, y - 30, [row[0][:30].upper(), row[2][:30]])
    pages = [p]
    sig = rng.random() < 0.8
    if keyed(who, "terms").random() < 0.75 or not sig:
        q = Page(s.page_size)
        f2 = paper(s, s.page_size, pt=7)
        q.text(
            m,
            m,
            tr(
                lg,
                "Booking conditions",
                "Allgemeine Geschäftsbedingungen",
                "Conditions générales d'inscription",
            ),
            s.bold,
            10,
        )
        yy = m + 18.0
        for k, t in enumerate(ENROL_TERMS[lg]):
            q.text(m, yy, f"{k + 1}. {t}", s.bold, 7.5)
            yy += 9
            for ln in wrap(prose(rng, lg, "legal", 2, 3), f2.font, 7, w - 2 * m):
                q.text(m, yy, ln, f2.font, 7)
                yy += 8.6
            yy += 4
            if yy > hh - 220:
                break
        yy += 8
        q.rect(m, yy, w - 2 * m, 112)
        q.text(m + 6, yy + 12, tr(lg, "Declaration", "Erklärung", "Déclaration"), s.bold, 8.5)
        yy2 = yy + 24
        for ln in wrap(
            tr(
                lg,
                "I have read and accept the booking conditions. I confirm that I "
                "have adequate medical and travel insurance for the whole stay.",
                "Ich habe die AGB gelesen und erkenne sie an. Ich bestätige, dass "
                "ich für den gesamten Aufenthalt kranken- und reiseversichert bin.",
                "J'ai pris connaissance des conditions générales et les accepte. Je "
                "certifie disposer d'une assurance maladie et rapatriement.",
            ),
            s.font,
            8,
            w - 2 * m - 12,
        ):
            q.text(m + 6, yy2, ln, s.font, 8)
            yy2 += 10
        box(q, m + 6, yy2 + 8, rng.random() < 0.6, 7)
        q.text(
            m + 18,
            yy2 + 8,
            tr(
                lg,
                "I agree to photos being used on the school's website",
                "Ich bin mit der Veröffentlichung von Fotos einverstanden",
                "J'accepte l'utilisation de photos sur le site de l'école",
            ),
            s.font,
            7.5,
        )
        hand(q, m + 10, yy + 96, short(d, lg), 10)
        q.line(m + 6, yy + 100, m + 120, yy + 100)
        q.text(m + 6, yy + 108, tr(lg, "Date", "Datum", "Date"), s.font, 6.5)
        sign_line(
            q,
            s,
            w / 2,
            yy + 98,
            tr(
                lg,
                "Signature (parent if under 18)",
                "Unterschrift (bei Minderjährigen Erziehungsber.)",
                "Signature (des parents si mineur)",
            ),
            st.name,
            sig,
        )
        office_use(q, s, m, hh - m - 50, w - 2 * m, lg, st)
        pages.append(q)
    else:
        office_use(p, s, m, hh - m - 46, w - 2 * m, lg, st)
    if rng.random() < 0.2:
        pages.append(passport_copy(rng, st))
    received(rng, pages[0], d, 0.3)
    remember(st, d)
    return close(pages, s, h, numbers="none")


ISO3 = {
    "JP": "JPN",
    "BR": "BRA",
    "IT": "ITA",
    "ES": "ESP",
    "SA": "SAU",
    "KR": "KOR",
    "TR": "TUR",
    "CH": "CHE",
    "CO": "COL",
    "CN": "CHN",
    "DE": "D<<",
    "FR": "FRA",
    "GB": "GBR",
    "PL": "POL",
}


def passport_copy(rng: random.Random, st: Student) -> Page:
    """A photocopy of a passport's photo page on an A4 sheet."""
    p = Page(A4)
    copier_edge(p, rng)
    x, y = rng.uniform(70, 130), rng.uniform(80, 200)
    bw, bh = 125 * MM, 88 * MM
    p.rect(x, y, bw, bh, fill=0.88)
    p.rect(x, y, bw, bh)
    nat = NATIONS[st.nation]
    p.text(x + 10, y + 16, f"PASSPORT  /  {nat[0][0].upper()}", "Helvetica-Bold", 9)
    p.rect(x + 10, y + 28, 80, 100, fill=0.45)
    p.rect(x + 22, y + 40, 56, 70, fill=0.6)
    yy = y + 34
    for cap, val in [
        ("Type / Code", f"P  {ISO3[nat[6]]}"),
        ("Surname", st.last.upper()),
        ("Given names", st.first.upper()),
        ("Date of birth", st.born.strftime("%d %b %Y").upper()),
        ("Passport No.", st.passport),
        (
            "Date of expiry",
            (st.born.replace(year=month().year + rng.randint(2, 9))).strftime("%d %b %Y").upper(),
        ),
    ]:
        p.text(x + 100, yy, cap, "Helvetica", 5.5)
        p.text(x + 100, yy + 8, val, "Helvetica-Bold", 8)
        yy += 18
    mrz = f"P<{ISO3[nat[6]]}{st.last.upper().replace(' ', '<')}<<{st.first.upper()}"
    p.text(x + 8, y + bh - 22, fit((mrz + "<" * 44)[:44], "Courier", 8.5, bw - 16), "Courier", 8.5)
    p.text(
        x + 8,
        y + bh - 10,
        f"{st.passport}<{rng.randint(0, 9)}{ISO3[nat[6]]}"
        f"{st.born.strftime('%y%m%d')}{rng.randint(0, 9)}<<<<<<<<<<<<<<",
        "Courier",
        8.5,
    )
    return p


def invoice_lines(rng: random.Random, st: Student) -> list[tuple[str, str, float]]:
    """The lines of a student's course invoice: text, quantity text, amount."""
    lg = home()
    name, _, per_week = COURSES[lg][st.course]
    out = [
        (
            tr(lg, "Registration fee", "Anmeldegebühr", "Frais d'inscription"),
            "1",
            {"en": 75.0, "de": 60.0, "fr": 70.0}[lg],
        )
    ]
    out.append(
        (
            f"{name}  {short(st.start, lg)} - {short(st.end, lg)}",
            f"{st.weeks} x {money(per_week, lg)}",
            st.weeks * per_week,
        )
    )
    out.append(
        (
            tr(lg, "Course materials", "Lehrmaterial", "Manuel et supports"),
            "1",
            rng.choice([35.0, 45.0, 55.0]),
        )
    )
    if st.host >= 0:
        rate = {"en": 210.0, "de": 195.0, "fr": 225.0}[lg] + rng.choice([0, 20, 35])
        out.append(
            (
                tr(
                    lg,
                    "Accommodation placement fee",
                    "Unterkunftsvermittlung",
                    "Frais de placement en famille",
                ),
                "1",
                60.0,
            )
        )
        out.append(
            (
                tr(
                    lg,
                    "Homestay, single room, half board",
                    "Gastfamilie, EZ, HP",
                    "Famille d'accueil, chambre ind., demi-pension",
                ),
                f"{st.weeks} x {money(rate, lg)}",
                st.weeks * rate,
            )
        )
    if rng.random() < 0.45:
        out.append(
            (
                tr(
                    lg,
                    "Airport transfer (arrival)",
                    "Flughafentransfer (Anreise)",
                    "Transfert aéroport (arrivée)",
                ),
                "1",
                rng.choice([85.0, 110.0, 140.0]),
            )
        )
    if st.course in (2, 3) and rng.random() < 0.6:
        out.append(
            (
                tr(lg, "Exam fee", "Prüfungsgebühr", "Frais d'examen"),
                "1",
                rng.choice([195.0, 210.0, 230.0]),
            )
        )
    return out


def tpl_course_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's course invoice to a student or the student's agent: course, dates,
    accommodation, transfer and fees, the agent's commission deducted, deposit and balance,
    the bank details; now and then a letter of acceptance in front and a payment slip at the
    foot."""
    h = school_head()
    lg = h.lang
    st = student_for(rng, ("enrolment_form",))
    d = last_day(rng, ("enrolment_form",), (1, 6))
    s = style_of(h, LETTER if lg == "en" and keyed(who, "size").random() < 0.25 else A4)
    w, hh = s.page_size
    m = s.margin
    no = f"{tr(lg, 'INV', 'RE', 'FA')}-{d.year % 100}-{rng.randint(100, 2999):04d}"
    to_agent = st.agent >= 0 and rng.random() < 0.7
    pages: list[Page] = []
    if keyed(who, "accept").random() < 0.45:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            student_lines(st, lg)
            if not to_agent
            else head_lines(make_head(*agents()[st.agent], "agent")),
            d,
            [(tr(lg, "Student no.", "Teilnehmer-Nr.", "N° stagiaire"), st.ref)],
        )
        caption(
            f0,
            s,
            tr(lg, "Letter of acceptance", "Anmeldebestätigung", "Confirmation d'inscription"),
            2,
        )
        write(f0, s, greet(lg, st if not to_agent else None))
        write(
            f0,
            s,
            tr(
                lg,
                f"We are pleased to confirm that {mx(st, lg)}, born {short(st.born, lg)}, a "
                f"national of {st.country(lg)}, has been accepted on the following course:",
                f"wir freuen uns, die Anmeldung von {mx(st, lg)}, geb. {short(st.born, lg)}, "
                f"Staatsangehörigkeit {st.country(lg)}, für folgenden Kurs zu bestätigen:",
                f"Nous avons le plaisir de confirmer l'inscription de {mx(st, lg)}, né(e) le "
                f"{short(st.born, lg)}, de nationalité {st.country(lg)}, au cours suivant :",
            ),
        )
        f0.y = (
            pairs(
                f0.page,
                s,
                m + 20,
                f0.y,
                [
                    (tr(lg, "Course", "Kurs", "Cours"), course_name(st)),
                    (
                        tr(lg, "Dates", "Zeitraum", "Dates"),
                        f"{day(h, st.start)} - {day(h, st.end)}",
                    ),
                    (
                        tr(
                            lg,
                            "Lessons per week",
                            "Unterrichtseinheiten/Woche",
                            "Leçons par semaine",
                        ),
                        str(COURSES[lg][st.course][1]),
                    ),
                    (
                        tr(lg, "Accommodation", "Unterkunft", "Hébergement"),
                        tr(lg, "Homestay", "Gastfamilie", "Famille d'accueil")
                        if st.host >= 0
                        else "-",
                    ),
                ],
                w - m - 60,
            )
            + 8
        )
        write(f0, s, prose(rng, lg, "school", 1, 3))
        write(
            f0,
            s,
            tr(
                lg,
                "Our invoice is enclosed. On the first day please come to reception "
                "at 8.45 for the placement test.",
                "Die Rechnung liegt bei. Bitte kommen Sie am ersten Kurstag um 8.45 Uhr "
                "zum Einstufungstest ins Sekretariat.",
                "Vous trouverez ci-joint notre facture. Le premier jour, merci de vous "
                "présenter à l'accueil à 8h45 pour le test de niveau.",
            ),
        )
        regards(
            f0,
            s,
            lg,
            staff("registrar").name,
            tr(lg, "Registrar", "Kursverwaltung", "Responsable des inscriptions"),
        )
        pages += f0.pages
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    if to_agent:
        arow, alg = agents()[st.agent]
        lines = head_lines(make_head(arow, alg, "agent"))
    else:
        lines = student_lines(st, lg)
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Student", "Teilnehmer/in", "Stagiaire"), f"{st.last.upper()} {st.first}"),
            (tr(lg, "Student no.", "Teiln.-Nr.", "N° stagiaire"), st.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    cols = columns(m, w - m, [(5, "left"), (1.5, "right"), (1.4, "right")])
    rows = []
    net = 0.0
    for t, q, v in invoice_lines(rng, st):
        net += v
        rows.append([t, q, money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    f.y += 4
    f.need(90)
    items = [(tr(lg, "Total", "Gesamt", "Total"), net)]
    if to_agent:
        pc = rng.choice([15, 20, 25])
        com = round(net * pc / 100 * 0.8, 2)
        items.append(
            (
                tr(
                    lg,
                    f"Less agent commission {pc}% (tuition)",
                    f"abzgl. Provision {pc} % (Kursgebühr)",
                    f"Commission agence {pc} % (cours)",
                ),
                -com,
            )
        )
        net -= com
    dep = round(net * 0.2, 2) if rng.random() < 0.4 else 0.0
    if dep:
        items.append((tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte reçu"), -dep))
    items.append((tr(lg, "Balance due", "Zu zahlen", "Solde à régler"), net - dep))
    for k, (t, v) in enumerate(items):
        bold = s.bold if k == len(items) - 1 else s.font
        f.page.text(w * 0.45, f.y, fit(t, bold, s.size, w * 0.55 - m - 80), bold, s.size)
        f.page.text(w - m, f.y, signed(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Language tuition is exempt from VAT. Payment is due 4 weeks before the course starts.",
            "Umsatzsteuerbefreit nach § 4 Nr. 21 UStG. Zahlbar bis 4 Wochen vor Kursbeginn.",
            "Exonération de TVA, article 261-4-4° du CGI. Solde payable 30 jours avant "
            "le début du cours.",
        ),
        s.size - 1,
    )
    r = school_rng("bank")
    bank = {
        "en": f"Lloyds Bank  Sort code 30-{r.randint(10, 99)}-{r.randint(10, 99)}  "
        f"Account {r.randint(10000000, 99999999)}  IBAN GB{r.randint(10, 99)} LOYD "
        f"30{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
        "de": f"IBAN DE{r.randint(10, 99)} 3705 0198 {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(10, 99)}  BIC COLSDE33",
        "fr": f"IBAN FR76 1007 1690 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(100, 999)}  BIC TRPUFRP1",
    }[lg]
    f.need(50)
    f.page.rect(m, f.y - 9, w - 2 * m, 30, fill=0.93)
    f.page.text(
        m + 6, f.y + 2, tr(lg, "Bank details", "Bankverbindung", "Coordonnées bancaires"), s.bold, 8
    )
    f.page.text(m + 6, f.y + 14, fit(bank, s.font, 7.5, w - 2 * m - 12), s.font, 7.5)
    f.y += 36
    if keyed(who, "slip").random() < 0.35 and f.y < hh - m - 120:
        y = hh - m - 100.0
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please return this part with your payment",
                "Bitte mit der Zahlung zurücksenden",
                "Coupon à joindre à votre règlement",
            ),
        )
        f.page.text(
            m,
            y + 22,
            tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSABSCHNITT", "TALON DE RÈGLEMENT"),
            s.bold,
            9,
        )
        pairs(
            f.page,
            s,
            m,
            y + 38,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Student", "Teilnehmer", "Stagiaire"), st.name),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net - dep, lg)),
            ],
            w / 2,
        )
        f.page.rect(w / 2 + 20, y + 28, w / 2 - m - 20, 44)
        f.page.text(
            w / 2 + 26,
            y + 38,
            tr(lg, "Paid on / by", "Bezahlt am / per", "Payé le / par"),
            s.font,
            6.5,
        )
    pages += f.pages
    remember(st, d)
    return close(pages, s, h, numbers="none" if len(f.pages) == 1 else None)


SKILLS = {
    "en": [("Grammar", 40), ("Vocabulary", 20), ("Reading", 20), ("Listening", 20)],
    "de": [("Grammatik", 40), ("Wortschatz", 20), ("Leseverstehen", 20), ("Hörverstehen", 20)],
    "fr": [
        ("Grammaire", 40),
        ("Vocabulaire", 20),
        ("Compréhension écrite", 20),
        ("Compréhension orale", 20),
    ],
}


def tpl_placement_test(rng: random.Random, who: Issuer) -> list[Page]:
    """A placement test result sheet the teacher fills in on the first morning: the written
    test scores by section, the writing and speaking bands, the CEFR level, the class, room
    and teacher assigned and a comment, all by hand; A4 or A5."""
    h = school_head()
    lg = h.lang
    r = keyed(who, "placement")
    size = A5 if r.random() < 0.45 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    st = a_student(rng)
    t = teacher(r.randrange(12))
    d = monday(some_day(rng))
    p = Page(size)
    y = heading(p, s, h) if r.random() < 0.6 else m
    title = tr(
        lg,
        "Placement test - result sheet",
        "Einstufungstest - Auswertungsbogen",
        "Test de positionnement - fiche de résultats",
    )
    p.text(m, y, fit(title, s.bold, s.size + 4, w - 2 * m), s.bold, s.size + 4)
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), f"{st.first} {st.last}"),
            (tr(lg, "Nationality", "Land", "Nationalité"), st.country(lg)),
            (tr(lg, "Test date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Course booked", "Gebuchter Kurs", "Cours réservé"), course_name(st)),
        ],
        per=2,
        tall=24,
    )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right"), (1.2, "right")])
    total = 0
    rows = []
    lvl = LEVELS.index(st.level) if st.level in LEVELS else 2
    for name, mx_ in SKILLS[lg]:
        v = max(2, min(mx_, int(mx_ * (0.2 + 0.1 * lvl + rng.uniform(-0.1, 0.15)))))
        total += v
        rows.append((name, mx_, v))
    x0, x1 = m, w - m
    p.rect(x0, y - 10, x1 - x0, 14, fill=0.88)
    for c, txt in zip(
        cols,
        [tr(lg, "Section", "Teil", "Épreuve"), "max.", tr(lg, "Score", "Punkte", "Note")],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            txt,
            s.bold,
            8,
            "left" if c[2] == "left" else "right",
        )
    y += 14
    for name, mx_, v in rows:
        p.text(cols[0][0], y, name, s.font, 8.5)
        p.text(cols[1][1], y, str(mx_), s.font, 8.5, "right")
        p.text(cols[2][1] - 4, y, str(v), HAND, 10, "right")
        p.line(x0, y + 4, x1, y + 4)
        y += 15
    p.text(
        cols[0][0], y, tr(lg, "Total written test", "Summe schriftlich", "Total écrit"), s.bold, 8.5
    )
    p.text(cols[1][1], y, "100", s.bold, 8.5, "right")
    p.text(cols[2][1] - 4, y, str(total), HAND, 11, "right")
    p.rect(cols[2][0] - 2, y - 11, cols[2][1] - cols[2][0] + 4, 15)
    y += 22
    p.text(
        m,
        y,
        tr(lg, "Writing (band 1-5)", "Schreiben (Stufe 1-5)", "Expression écrite (1-5)"),
        s.font,
        8,
    )
    xb = m + 120
    band_w = min(5, max(1, lvl // 2 + rng.randint(1, 2)))
    band_s = min(5, max(1, lvl // 2 + rng.randint(0, 2)))
    for k in range(1, 6):
        p.text(xb + (k - 1) * 22, y, str(k), s.font, 8)
        if k == band_w:
            ring(p, xb + (k - 1) * 22 + 2.2, y - 3, 6, 14)
    y += 16
    p.text(
        m, y, tr(lg, "Speaking (interview)", "Sprechen (Gespräch)", "Expression orale"), s.font, 8
    )
    for k in range(1, 6):
        p.text(xb + (k - 1) * 22, y, str(k), s.font, 8)
        if k == band_s:
            ring(p, xb + (k - 1) * 22 + 2.2, y - 3, 6, 14)
    y += 22
    p.text(m, y, tr(lg, "CEFR level", "GER-Niveau", "Niveau CECRL"), s.bold, 9)
    lx = m + 90
    for k, lv in enumerate(LEVELS):
        box(p, lx + k * 30, y, lv == st.level, 8)
        p.text(lx + k * 30 + 11, y, lv, s.font, 7.5)
    y += 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Class", "Kurs/Gruppe", "Groupe"),
                f"{st.level[:2]}{rng.choice(['a', 'b', '.1', '.2', ''])}",
            ),
            (tr(lg, "Room", "Raum", "Salle"), str(rng.choice([1, 2, 3, 4, 5, 6, 11, 12]))),
            (tr(lg, "Teacher", "Lehrkraft", "Enseignant(e)"), teacher(rng.randrange(12)).first),
            (
                tr(lg, "Time", "Zeit", "Horaire"),
                rng.choice(["9.00-12.30", "13.30-17.00", "9.00-13.15"]),
            ),
        ],
        per=4 if w > 400 else 2,
        tall=24,
    )
    p.text(m, y, tr(lg, "Comments", "Bemerkungen", "Observations"), s.font, 7.5)
    y += 14
    for k in range(3 if size == A4 else 2):
        p.line(m, y + 2, w - m, y + 2)
        if k < 2 and rng.random() < 0.7:
            hand(
                p,
                m + 4,
                y,
                rng.choice(
                    {
                        "en": [
                            "good fluency, weak on past tenses",
                            "shy in interview, reads well",
                            "strong vocab - consider B2",
                            "pron. needs work",
                            "move up after wk 1?",
                        ],
                        "de": [
                            "spricht flüssig, Fehler bei Kasus",
                            "Wortschatz gut, Hören schwach",
                            "ggf. nach 1 Woche höher",
                            "Aussprache üben",
                            "sehr motiviert",
                        ],
                        "fr": [
                            "bonne aisance, passé composé fragile",
                            "timide à l'oral, bonne lecture",
                            "vocabulaire riche",
                            "prononciation à travailler",
                            "à revoir sem. 2",
                        ],
                    }[lg]
                ),
                9,
                w - 2 * m - 8,
            )
        y += 16
    y += 12
    sign_line(
        p,
        s,
        m,
        min(y + 14, hh - m - 20),
        tr(lg, "Tested by", "Getestet von", "Évalué par"),
        t.name,
        True,
        150,
    )
    remember(st, d)
    return [p]


HOST_CLAUSES = {
    "en": [
        "Status of this agreement",
        "The room",
        "Meals",
        "Welfare of the student",
        "Under-18 students",
        "Payments",
        "Absences and early departure",
        "Visits and inspections",
        "Safeguarding and DBS checks",
        "Insurance",
        "Data protection",
        "Ending this agreement",
    ],
    "de": [
        "Gegenstand",
        "Zimmer",
        "Verpflegung",
        "Betreuung",
        "Minderjährige Gäste",
        "Vergütung",
        "Abwesenheit und vorzeitige Abreise",
        "Besuche der Schule",
        "Erweitertes Führungszeugnis",
        "Versicherung",
        "Datenschutz",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "La chambre",
        "Les repas",
        "Accompagnement du stagiaire",
        "Stagiaires mineurs",
        "Rémunération",
        "Absences et départ anticipé",
        "Visites de l'école",
        "Casier judiciaire",
        "Assurance",
        "Données personnelles",
        "Résiliation",
    ],
}
HOUSE_RULES = {
    "en": [
        "Breakfast is from 7.00 to 8.15 on weekdays.",
        "Please tell your host if you will not be home for dinner by 4 pm.",
        "Be home by 11 pm on weekdays (under 18s: 10 pm).",
        "No overnight guests.",
        "Showers: maximum 10 minutes please.",
        "Your host will wash your bedding weekly; personal laundry once a week.",
        "Keep your room tidy and do not smoke in the house.",
        "Lock the front door when you leave.",
    ],
    "de": [
        "Frühstück werktags von 7.00 bis 8.15 Uhr.",
        "Bitte bis 16 Uhr Bescheid geben, wenn Sie nicht zum Abendessen kommen.",
        "Nachtruhe ab 23 Uhr (Minderjährige: 22 Uhr).",
        "Keine Übernachtungsgäste.",
        "Duschen bitte höchstens 10 Minuten.",
        "Bettwäsche wird wöchentlich gewechselt, Wäsche einmal pro Woche.",
        "Rauchen ist in der Wohnung nicht erlaubt.",
        "Beim Verlassen bitte die Haustür abschließen.",
    ],
    "fr": [
        "Petit-déjeuner en semaine de 7h à 8h15.",
        "Prévenez votre famille avant 16h si vous ne dînez pas à la maison.",
        "Retour avant 23h en semaine (mineurs : 22h).",
        "Pas d'invités pour la nuit.",
        "Douche : 10 minutes maximum.",
        "Les draps sont changés chaque semaine, le linge lavé une fois par semaine.",
        "Il est interdit de fumer dans le logement.",
        "Fermez la porte à clé en partant.",
    ],
}


def tpl_host_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's homestay provider agreement with a host family: parties, the room and
    board offered, weekly rates, numbered conditions over one or two pages, the signatures;
    the house rules annex for the students and now and then the accommodation officer's
    room inspection checklist with tick boxes behind."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    k_host = rng.randrange(9)
    hp = host(k_host)
    officer = staff("accommodation")
    d = some_day(rng)
    title = tr(
        lg,
        "Homestay Provider Agreement",
        "Vereinbarung mit Gastfamilien",
        "Convention d'accueil en famille",
    )
    f = sheets(s, h, f"{title} - {hp.name}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "The school", "Die Schule", "L'école"), h.name),
            (
                tr(lg, "Host(s)", "Gastfamilie", "Famille d'accueil"),
                f"{hp.name}"
                + (f" & {rng.choice(FIRSTS[lg])} {hp.last}" if rng.random() < 0.6 else ""),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{hp.street}, {hp.town}"),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Rooms offered", "Zimmer", "Chambres proposées"),
                rng.choice(["1 single", "2 single", "1 single, 1 twin"]),
            ),
            (
                tr(lg, "Board", "Verpflegung", "Formule"),
                rng.choice(
                    [
                        tr(lg, "half board", "Halbpension", "demi-pension"),
                        tr(lg, "B&B / half board", "Frühstück / HP", "B&B / demi-pension"),
                    ]
                ),
            ),
            (
                tr(
                    lg,
                    "Rate per student per week",
                    "Vergütung pro Woche und Gast",
                    "Rémunération par semaine",
                ),
                cash({"en": 165.0, "de": 150.0, "fr": 170.0}[lg] + rng.choice([0, 10, 25]), lg),
            ),
            (tr(lg, "Valid from", "Gültig ab", "À compter du"), short(d, lg)),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    for k, t in enumerate(HOST_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "home" if k < 8 else "legal", 1, 3), s.size - 0.5)
    f.need(110)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Signed at {city(h.town)}",
            f"{city(h.town)}, den",
            f"Fait à {city(h.town)}, le",
        ),
        s.font,
        s.size,
    )
    hand(f.page, m + 130, f.y, short(d, lg))
    f.y += 44
    sign_line(
        f.page,
        s,
        m,
        f.y,
        tr(lg, "For the school", "Für die Schule", "Pour l'école") + f" ({officer.name})",
        officer.name,
        True,
        190,
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        tr(lg, "Host", "Gastfamilie", "La famille"),
        hp.name,
        rng.random() < 0.85,
        190,
    )
    f.y += 30
    pages = f.pages
    if keyed(who, "rules").random() < 0.7:
        q = Page(A4)
        y = m + 10.0
        q.text(
            w / 2,
            y,
            tr(
                lg,
                "Annex 1 - House rules for students",
                "Anlage 1 - Hausordnung für Gäste",
                "Annexe 1 - Règles de vie",
            ),
            s.bold,
            13,
            "center",
        )
        y += 14
        q.text(w / 2, y, hp.name, italic_of(s.font), 9, "center")
        y += 30
        for k, t in enumerate(HOUSE_RULES[lg]):
            q.rect(m, y - 11, 18, 18, fill=0.85)
            q.text(m + 9, y + 1, str(k + 1), s.bold, 10, "center")
            for ln in wrap(t, s.font, 11, w - 2 * m - 34):
                q.text(m + 30, y, ln, s.font, 11)
                y += 14
            y += 16
        q.rect(m, y, w - 2 * m, 60)
        q.text(
            m + 8,
            y + 16,
            tr(lg, "Emergency (24 h):", "Notfall (24 Std.):", "Urgence (24h/24) :"),
            s.bold,
            10,
        )
        q.text(
            m + 8,
            y + 32,
            f"{officer.name}  {serial(school_rng('mob'), '07999 999 999')}",
            s.font,
            10,
        )
        q.text(m + 8, y + 48, f"{h.name}  {h.phone}", s.font, 9)
        pages.append(q)
    if keyed(who, "check").random() < 0.5:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(
            m,
            y,
            tr(
                lg,
                "Home visit - room checklist",
                "Hausbesuch - Checkliste Zimmer",
                "Visite à domicile - grille de contrôle",
            ),
            s.bold,
            12,
        )
        y += 16
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Host", "Gastfamilie", "Famille"), hp.name),
                (tr(lg, "Visited by", "Besucht von", "Visite par"), officer.name),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d - timedelta(days=rng.randint(3, 20)), lg),
                ),
            ],
            per=3,
            tall=24,
        )
        items = {
            "en": [
                "Bed (min. 90 cm) and clean bedding",
                "Desk and chair",
                "Desk lamp",
                "Wardrobe / drawers",
                "Window opens, curtains",
                "Heating in room",
                "Smoke alarm on landing",
                "Wi-Fi available",
                "Bathroom shared with",
                "Key provided",
                "Distance to school (minutes)",
                "Pets in house",
            ],
            "de": [
                "Bett (mind. 90 cm), saubere Bettwäsche",
                "Schreibtisch und Stuhl",
                "Schreibtischlampe",
                "Schrank / Kommode",
                "Fenster, Vorhänge",
                "Heizung im Zimmer",
                "Rauchmelder",
                "WLAN",
                "Bad geteilt mit",
                "Schlüssel",
                "Weg zur Schule (Minuten)",
                "Haustiere",
            ],
            "fr": [
                "Lit (90 cm min.), draps propres",
                "Bureau et chaise",
                "Lampe de bureau",
                "Armoire / commode",
                "Fenêtre, rideaux",
                "Chauffage",
                "Détecteur de fumée",
                "Wifi",
                "Salle de bain partagée avec",
                "Clé remise",
                "Trajet jusqu'à l'école (min)",
                "Animaux",
            ],
        }[lg]
        for k, t in enumerate(items):
            q.text(m, y, t, s.font, 9)
            ok = rng.random() < 0.85
            for j, lab in enumerate(yes_no(lg)):
                box(q, w - m - 120 + j * 50, y, (j == 0) == ok, 8)
                q.text(w - m - 108 + j * 50, y, lab, s.font, 8)
            if k in (8, 10):
                hand(q, w - m - 230, y, str(rng.choice([1, 2, 3, 15, 20, 25, 35])), 9)
            q.line(m, y + 5, w - m, y + 5)
            y += 19
        y += 10
        q.text(m, y, tr(lg, "Notes", "Notizen", "Remarques"), s.font, 8)
        hand(
            q,
            m + 50,
            y,
            rng.choice(
                [
                    "lovely family, quiet area",
                    "bus 7 to school",
                    "2nd room being decorated",
                    "dog - tell students",
                    "very clean, recommended",
                ]
            ),
            10,
        )
        pages.append(q)
    remember(None, d, k_host)
    return close(pages, s, h)


def tpl_homestay_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The accommodation officer's monthly payment statement to a host family: the students
    placed, arrival and departure, nights, board, the nightly rate and the amounts, less any
    deduction, the total paid by transfer and the date; portrait or landscape A4."""
    h = school_head()
    lg = h.lang
    ex = LAST["extra"]
    k_host = ex if after(("host_agreement",)) and isinstance(ex, int) else rng.randrange(9)
    hp = host(k_host)
    r = keyed(who, "stmt")
    size = landscape(A4) if r.random() < 0.4 else A4
    s = style_of(h, size, margin=44 if size != A4 else 0)
    w, _hh = size
    m = s.margin
    mo = month()
    d = date(mo.year + (mo.month // 12), mo.month % 12 + 1, rng.randint(1, 6))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        person_lines(hp, lg),
        d,
        [
            (tr(lg, "Host ref.", "Gastfamilien-Nr.", "Réf. famille"), f"HF{k_host + 101:03d}"),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}"),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Homestay payment statement",
            "Abrechnung Gastfamilie",
            "Relevé de rémunération - famille d'accueil",
        ),
        2,
    )
    rate = round(({"en": 165.0, "de": 150.0, "fr": 170.0}[lg] + r.choice([0, 10, 25])) / 7, 2)
    cols = columns(
        m,
        w - m,
        [
            (3, "left"),
            (1.4, "left"),
            (1.2, "left"),
            (1.2, "left"),
            (1.0, "right"),
            (1.2, "center"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    total = 0.0
    for _ in range(rng.randint(1, 4)):
        st = a_student(rng)
        a = mo + timedelta(days=rng.randint(-25, 22))
        b = a + timedelta(days=7 * rng.randint(1, 6) - 1)
        if b < mo + timedelta(days=3):
            b = mo + timedelta(days=rng.randint(3, 27))
        last = date(mo.year + mo.month // 12, mo.month % 12 + 1, 1)
        nights = max(1, (min(b, last) - max(a, mo)).days)
        v = round(nights * rate, 2)
        total += v
        rows.append(
            [
                f"{st.last.upper()} {st.first}",
                st.country(lg),
                short(a, lg)[:5],
                short(b, lg)[:5],
                str(nights),
                tr(lg, "HB", "HP", "DP"),
                money(rate, lg),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Student", "Gast", "Stagiaire"),
            tr(lg, "Nationality", "Land", "Nationalité"),
            tr(lg, "Arrival", "Anreise", "Arrivée"),
            tr(lg, "Departure", "Abreise", "Départ"),
            tr(lg, "Nights", "Nächte", "Nuits"),
            tr(lg, "Board", "Verpfl.", "Formule"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 6
    items = [(tr(lg, "Subtotal", "Zwischensumme", "Sous-total"), total)]
    if rng.random() < 0.3:
        dd = round(rate * rng.randint(1, 3) * 0.5, 2)
        items.append(
            (
                tr(
                    lg,
                    "Less: meals not taken (agreed)",
                    "abzgl. nicht eingenommene Mahlzeiten",
                    "Déduction repas non pris",
                ),
                -dd,
            )
        )
        total -= dd
    if rng.random() < 0.25:
        items.append(
            (tr(lg, "Airport pick-up by host", "Abholung Flughafen", "Accueil à l'aéroport"), 25.0)
        )
        total += 25.0
    items.append((tr(lg, "Paid by bank transfer", "Überwiesen", "Virement effectué"), total))
    for k, (t, v) in enumerate(items):
        bold = s.bold if k == len(items) - 1 else s.font
        f.page.text(w * 0.5, f.y, fit(t, bold, s.size, w * 0.5 - m - 80), bold, s.size)
        f.page.text(w - m, f.y, signed(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"The amount will reach your account within 3 working days of "
            f"{day(h, d)}. Homestay income may be covered by the Rent a Room scheme; "
            "please keep this statement for your tax return.",
            f"Der Betrag wird am {day(h, d)} überwiesen. Bitte bewahren Sie diese "
            "Abrechnung für Ihre Steuererklärung auf.",
            f"Le virement sera effectué le {day(h, d)}. Conservez ce relevé pour votre "
            "déclaration de revenus.",
        ),
        s.size - 1,
    )
    f.y += 4
    write(f, s, prose(rng, lg, "home", 1, 2), s.size - 1)
    f.page.text(m, f.y + 10, staff("accommodation").name, s.bold, s.size)
    f.page.text(
        m,
        f.y + 22,
        tr(lg, "Accommodation Officer", "Unterkunftsvermittlung", "Responsable hébergement"),
        s.font,
        s.size - 1,
    )
    remember(None, d, k_host)
    return close(f.pages, s, h, numbers="none")


MONTH_NAMES = {
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


EMBASSY = {
    "en": ["Entry Clearance Officer, UK Visas and Immigration", "To whom it may concern"],
    "de": [
        "Botschaft der Bundesrepublik Deutschland - Visastelle",
        "Generalkonsulat der Bundesrepublik Deutschland - Rechts- und Konsularabteilung",
    ],
    "fr": [
        "Ambassade de France - Service des visas",
        "Consulat général de France - Section consulaire",
    ],
}


def tpl_visa_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's visa support letter for a student to the embassy or consulate (or "to
    whom it may concern"): the student's particulars, the course and its hours, the dates,
    the fees paid and the accommodation, signed and stamped; now and then the school's
    confirmation of enrolment form behind it."""
    h = school_head()
    lg = h.lang
    st = student_for(rng, ("course_invoice", "enrolment_form"))
    if not needs_visa(st):
        st = a_student(rng, visa=True)
    d = last_day(rng, ("course_invoice",), (2, 12))
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    director = staff("director")
    f = sheets(s, h)
    town = VISA_CITY[NATIONS[st.nation][6]]
    emb = rng.choice(EMBASSY[lg])
    lines = [emb] if emb.startswith("To whom") else [emb, town, st.country(lg).upper()]
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Our ref.", "Unser Zeichen", "N/Réf."), f"{st.ref}/V"),
            (tr(lg, "Passport", "Reisepass", "Passeport"), st.passport),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Visa support letter - {st.first} {st.last.upper()}",
            f"Bestätigung für den Visumantrag - {st.first} {st.last.upper()}",
            f"Attestation pour demande de visa - {st.first} {st.last.upper()}",
        ),
        1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Dear Sir or Madam," if not emb.startswith("To") else "",
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
        )
        or "To whom it may concern,",
    )
    write(
        f,
        s,
        tr(
            lg,
            "We confirm that the student named below has enrolled on a course of English at our "
            "school, which is accredited by the British Council. The course is a short course of "
            "study; the student does not intend to work in the UK.",
            "wir bestätigen, dass die unten genannte Person an unserer Schule einen Deutschkurs "
            "gebucht hat. Es handelt sich um einen Intensivsprachkurs im Sinne von § 16f "
            "AufenthG mit mindestens 18 Unterrichtsstunden pro Woche.",
            "Nous certifions que la personne désignée ci-dessous est inscrite dans notre "
            "établissement pour suivre un cours de français langue étrangère. Ce séjour "
            "linguistique constitue l'objet principal de son voyage.",
        ),
    )
    f.need(170)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), f"{st.last.upper()}, {st.first}"),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), day(h, st.born)),
            (tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"), st.country(lg)),
            (tr(lg, "Passport number", "Passnummer", "N° de passeport"), st.passport),
            (tr(lg, "Course", "Kurs", "Cours"), course_name(st)),
            (
                tr(lg, "Lessons per week", "Unterrichtsstunden pro Woche", "Heures par semaine"),
                str(COURSES[lg][st.course][1]),
            ),
            (
                tr(lg, "Course dates", "Kursdauer", "Dates du cours"),
                f"{short(st.start, lg)} - {short(st.end, lg)}",
            ),
            (
                tr(lg, "Fees paid", "Bezahlte Kursgebühr", "Frais réglés"),
                cash(st.weeks * COURSES[lg][st.course][2] * rng.choice([1.0, 1.0, 0.5]), lg),
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    if st.host >= 0:
        write(
            f,
            s,
            tr(
                lg,
                f"Accommodation has been arranged with a host family at "
                f"{host(st.host).street}, {host(st.host).town}.",
                f"Die Unterkunft erfolgt in einer Gastfamilie: {host(st.host).street}, "
                f"{host(st.host).town}.",
                f"Le stagiaire sera hébergé en famille d'accueil : {host(st.host).street}, "
                f"{host(st.host).town}.",
            ),
        )
    write(f, s, prose(rng, lg, "school", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Please do not hesitate to contact us should you require any further information.",
            "Für Rückfragen stehen wir Ihnen gern zur Verfügung.",
            "Nous restons à votre disposition pour tout renseignement complémentaire.",
        ),
    )
    y0 = f.y
    regards(
        f,
        s,
        lg,
        director.name,
        tr(lg, "Director of Studies", "Schulleitung", "Directeur / Directrice"),
    )
    if rng.random() < 0.7:
        seal(f.page, w - m - 80, min(y0 + 40, hh - m - 60), 34, h.name[:34], city(h.town))
    pages = f.pages
    if keyed(who, "confirm").random() < 0.45:
        q = Page(A4)
        y = heading(q, s, h)
        q.rect(m, y - 14, w - 2 * m, 22, fill=0.85)
        q.text(
            w / 2,
            y,
            tr(lg, "CONFIRMATION OF ENROLMENT", "KURSBESTÄTIGUNG", "ATTESTATION D'INSCRIPTION"),
            s.bold,
            12,
            "center",
        )
        y += 28
        y = (
            pairs(
                q,
                s,
                m,
                y,
                [
                    (tr(lg, "Student number", "Teilnehmernummer", "N° stagiaire"), st.ref),
                    (tr(lg, "Name", "Name", "Nom"), st.name),
                    (tr(lg, "Course", "Kurs", "Cours"), course_name(st)),
                    (
                        tr(lg, "Level on entry", "Einstufung", "Niveau à l'entrée"),
                        tr(
                            lg,
                            "to be tested on day 1",
                            "Einstufungstest am 1. Tag",
                            "test le 1er jour",
                        ),
                    ),
                    (tr(lg, "Start", "Beginn", "Début"), day(h, st.start)),
                    (tr(lg, "End", "Ende", "Fin"), day(h, st.end)),
                    (tr(lg, "Weeks", "Wochen", "Semaines"), str(st.weeks)),
                    (
                        tr(lg, "Timetable", "Unterrichtszeiten", "Horaires"),
                        tr(lg, "Mon-Fri 9.00-12.30", "Mo-Fr 9.00-12.30 Uhr", "lun.-ven. 9h-12h30"),
                    ),
                    (
                        tr(lg, "Payment status", "Zahlungsstatus", "Règlement"),
                        tr(lg, "paid in full", "vollständig bezahlt", "réglé intégralement"),
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
                "This confirmation is issued for immigration purposes only.",
                "Diese Bestätigung dient ausschließlich der Vorlage bei Behörden.",
                "Attestation délivrée pour servir et valoir ce que de droit.",
            ),
            s.font,
            8,
            w - 2 * m,
        ):
            q.text(m, y, ln, italic_of(s.font), 8)
            y += 11
        sign_line(q, s, m, y + 40, staff("registrar").name, staff("registrar").name)
        stamp(q, w - m - 170, y + 10, [h.name[:28].upper(), h.town])
        pages.append(q)
    remember(st, d)
    return close(pages, s, h)


def frame(p: Page, inset: float = 22) -> None:
    """A certificate's decorated frame: a thick and a thin rule with corner squares."""
    w, h = p.size
    p.rect(inset, inset, w - 2 * inset, h - 2 * inset)
    p.rect(inset + 4, inset + 4, w - 2 * inset - 8, h - 2 * inset - 8)
    p.rect(inset + 9, inset + 9, w - 2 * inset - 18, h - 2 * inset - 18)
    for x, y in (
        (inset, inset),
        (w - inset - 16, inset),
        (inset, h - inset - 16),
        (w - inset - 16, h - inset - 16),
    ):
        p.rect(x, y, 16, 16, fill=0.3)
        p.rect(x + 4, y + 4, 8, 8, fill=0.9)


def tpl_attendance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's certificate of attendance in a decorated frame (portrait or landscape):
    the student's name in large type, the course, dates, lessons, the attendance and the
    level reached, the director's and the teacher's signatures and the school's seal; now
    and then the teacher's course report on a second page."""
    h = school_head()
    lg = h.lang
    r = keyed(who, "cert")
    size = landscape(A4) if r.random() < 0.5 else A4
    w, hh = size
    s = style_of(h, size, margin=70)
    st = a_student(rng)
    st.start = monday(month() - timedelta(days=7 * st.weeks - 10))
    d = st.end
    p = Page(size)
    frame(p, r.choice([18, 24, 30]))
    y = 80.0 if size == A4 else 70.0
    pt = shrink(h.name, h.bold, 16, w - 160)
    p.text(w / 2, y, h.name, h.bold, pt, "center")
    p.text(w / 2, y + 14, f"{h.street} - {h.town}", italic_of(h.font), 8, "center")
    y += 70 if size == A4 else 52
    title = tr(lg, "Certificate of Attendance", "Teilnahmebestätigung", "Attestation de présence")
    p.text(w / 2, y, title, r.choice(["Times-Bold", h.bold]), 26, "center")
    y += 40 if size == A4 else 32
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        "Times-Italic",
        12,
        "center",
    )
    y += 34
    p.text(w / 2, y, f"{st.first} {st.last}", "Times-Bold", 22, "center")
    y += 18
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"born {short(st.born, lg)}, {st.country(lg)}",
            f"geboren am {short(st.born, lg)}, {st.country(lg)}",
            f"né(e) le {short(st.born, lg)}, {st.country(lg)}",
        ),
        "Times-Roman",
        10,
        "center",
    )
    y += 34
    lessons = COURSES[lg][st.course][1] * st.weeks
    att = rng.choice([100, 98, 96, 95, 92, 90, 87, 85, 81])
    for t in [
        tr(
            lg,
            f"attended the course {course_name(st)}",
            f"den Kurs {course_name(st)} besucht hat,",
            f"a suivi le cours {course_name(st)}",
        ),
        tr(
            lg,
            f"from {day(h, st.start)} to {day(h, st.end)} ({st.weeks} weeks, {lessons} "
            "lessons of 45 minutes)",
            f"vom {day(h, st.start)} bis {day(h, st.end)} ({st.weeks} Wochen, {lessons} "
            "Unterrichtseinheiten à 45 Minuten)",
            f"du {day(h, st.start)} au {day(h, st.end)} ({st.weeks} semaines, {lessons} "
            "leçons de 45 minutes)",
        ),
        tr(
            lg,
            f"with an attendance of {att}%.",
            f"Anwesenheit: {att} %.",
            f"avec une assiduité de {att} %.",
        ),
    ]:
        p.text(w / 2, y, fit(t, "Times-Roman", 12, w - 160), "Times-Roman", 12, "center")
        y += 18
    y += 10
    lv = LEVELS[min(len(LEVELS) - 1, LEVELS.index(st.level) + rng.randint(0, 1))]
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"Level reached (CEFR): {lv}",
            f"Erreichtes Niveau (GER): {lv}",
            f"Niveau atteint (CECRL) : {lv}",
        ),
        "Times-Bold",
        13,
        "center",
    )
    ys = hh - (150 if size == A4 else 95)
    p.text(w / 2, ys + 26, f"{city(h.town)}, {day(h, d)}", "Times-Roman", 10, "center")
    director = staff("director")
    t = teacher(rng.randrange(12))
    sign_line(
        p,
        s,
        90,
        ys,
        f"{director.name}, " + tr(lg, "Director", "Schulleitung", "Direction"),
        director.name,
        True,
        170,
    )
    sign_line(
        p,
        s,
        w - 260,
        ys,
        f"{t.name}, " + tr(lg, "Teacher", "Lehrkraft", "Enseignant(e)"),
        t.name,
        rng.random() < 0.8,
        170,
    )
    seal(p, w / 2, ys - 20, 30, h.name[:30], city(h.town))
    pages = [p]
    if r.random() < 0.3:
        s2 = style_of(h, A4)
        m = s2.margin
        q = Page(A4)
        y = heading(q, s2, h)
        q.text(
            m,
            y,
            tr(lg, "End of course report", "Kursbericht", "Bilan de fin de stage"),
            s2.bold,
            13,
        )
        y += 18
        y = (
            pairs(
                q,
                s2,
                m,
                y,
                [
                    (tr(lg, "Student", "Teilnehmer/in", "Stagiaire"), st.name),
                    (tr(lg, "Class", "Gruppe", "Groupe"), lv),
                    (tr(lg, "Teacher", "Lehrkraft", "Enseignant(e)"), t.name),
                ],
                A4[0] / 2 + 60,
            )
            + 14
        )
        cols = columns(m, A4[0] - m, [(2, "left"), (1, "center"), (4, "left")])
        for k, (sk, _) in enumerate(
            SKILLS[lg]
            + [
                (tr(lg, "Speaking", "Sprechen", "Expression orale"), 0),
                (tr(lg, "Writing", "Schreiben", "Expression écrite"), 0),
            ]
        ):
            q.text(cols[0][0], y, sk, s2.font, 9)
            q.text(
                (cols[1][0] + cols[1][1]) / 2,
                y,
                rng.choice(["A", "B", "B", "C"]),
                HAND,
                11,
                "center",
            )
            hand(
                q,
                cols[2][0],
                y,
                rng.choice(
                    [
                        "good progress",
                        "needs more practice",
                        "very good",
                        "satisfactory",
                        "excellent",
                        "participates well",
                    ]
                ),
                9,
                cols[2][1] - cols[2][0],
            )
            q.line(m, y + 5, A4[0] - m, y + 5)
            y += 20 if k < 5 else 0
        y += 30
        q.text(
            m,
            y,
            tr(lg, "General comment", "Allgemeine Bemerkung", "Appréciation générale"),
            s2.bold,
            9,
        )
        y += 14
        for ln in wrap(prose(rng, lg, "school", 1, 2), HAND, 9.5, A4[0] - 2 * m):
            q.text(m, y, ln, HAND, 9.5)
            y += 14
        sign_line(q, s2, m, y + 40, t.name, t.name)
        pages.append(q)
    remember(st, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates EEEE: teachers, accreditation and exams
# ---------------------------------------------------------------------------------------------

TEACH_CLAUSES = {
    "en": [
        "Engagement",
        "Self-employed status",
        "Lessons and timetable",
        "Fees",
        "Invoicing and payment",
        "Preparation and materials",
        "Cover and cancellation",
        "Safeguarding",
        "Confidentiality and data protection",
        "Term and termination",
    ],
    "de": [
        "Vertragsgegenstand",
        "Freie Mitarbeit",
        "Unterrichtszeiten",
        "Honorar",
        "Rechnungsstellung",
        "Vorbereitung und Lehrmaterial",
        "Ausfall und Vertretung",
        "Kinder- und Jugendschutz",
        "Verschwiegenheit und Datenschutz",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Objet",
        "Indépendance du prestataire",
        "Volume et horaires",
        "Rémunération",
        "Facturation et paiement",
        "Préparation et supports",
        "Annulation et remplacement",
        "Protection des mineurs",
        "Confidentialité et RGPD",
        "Durée et résiliation",
    ],
}
RATE = {"en": 27.0, "de": 32.0, "fr": 35.0}


def tpl_teacher_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's contract with a freelance teacher (Honorarvertrag, contrat de prestation):
    the parties, the courses and the fee per lesson, numbered conditions; the timetable of
    the teacher's groups on a landscape page and a separate signature page."""
    h = school_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    kt = rng.randrange(12)
    t = teacher(kt)
    director = staff("director")
    d = some_day(rng)
    start = monday(d + timedelta(days=rng.randint(3, 30)))
    rate = RATE[lg] + rng.choice([0, 1.5, 3, 4.5])
    title = tr(
        lg,
        "Freelance Teaching Agreement",
        "Honorarvertrag für freie Lehrkräfte",
        "Contrat de prestation de services d'enseignement",
    )
    f = sheets(s, h, f"{title} - {t.name}")
    caption(f, s, title, 4)
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} " + tr(lg, "(the School)", "(die Schule)", "(l'École)"),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{mx(t, lg)}, {t.street}, {t.town} "
        + tr(lg, "(the Teacher)", "(die Lehrkraft)", "(le Prestataire)"),
        indent=20,
    )
    for k, c in enumerate(TEACH_CLAUSES[lg]):
        f.heading(m, f"§ {k + 1} {c}" if lg == "de" else f"{k + 1}. {c}", s.bold, s.size)
        if k == 3:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The fee is {cash(rate, lg)} per lesson of 45 minutes, "
                    "including preparation and marking.",
                    f"Das Honorar beträgt {cash(rate, lg)} je Unterrichtseinheit "
                    "(45 Minuten) einschließlich Vor- und Nachbereitung.",
                    f"La rémunération est fixée à {cash(rate, lg)} par leçon de 45 "
                    "minutes, préparation comprise.",
                ),
                s.size - 0.5,
            )
        write(f, s, prose(rng, lg, "legal" if k not in (2, 5) else "school", 1, 3), s.size - 0.5)
    pages = f.pages
    # the timetable on landscape A4
    s2 = style_of(h, landscape(A4), margin=44)
    w2, _h2 = s2.page_size
    q = Page(s2.page_size)
    y = s2.margin
    q.text(
        s2.margin,
        y,
        tr(
            lg,
            "Schedule 1 - Timetable and groups",
            "Anlage 1 - Stundenplan und Gruppen",
            "Annexe 1 - Planning des groupes",
        ),
        s2.bold,
        12,
    )
    q.text(
        w2 - s2.margin,
        y,
        f"{t.name} - " + tr(lg, "from", "ab", "à partir du") + f" {short(start, lg)}",
        s2.font,
        9,
        "right",
    )
    y += 24
    days = {
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "de": ["Mo", "Di", "Mi", "Do", "Fr"],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven."],
    }[lg]
    slots = ["09:00-10:30", "10:45-12:15", "13:30-15:00", "15:15-16:45", "18:00-19:30"]
    cw = (w2 - 2 * s2.margin - 90) / 5
    q.rect(s2.margin, y - 12, w2 - 2 * s2.margin, 18, fill=0.85)
    for j, dd in enumerate(days):
        q.text(s2.margin + 90 + j * cw + cw / 2, y, dd, s2.bold, 9, "center")
    y += 10
    for slot in slots:
        q.rect(s2.margin, y, 90, 46)
        q.text(s2.margin + 6, y + 26, slot, s2.font, 8.5)
        for j in range(5):
            q.rect(s2.margin + 90 + j * cw, y, cw, 46)
            if rng.random() < 0.35:
                lv = rng.choice(LEVELS[:6])
                grp = f"{lv}{rng.choice(['a', 'b', ''])}"
                q.text(s2.margin + 90 + j * cw + 4, y + 14, grp, s2.bold, 8.5)
                q.text(
                    s2.margin + 90 + j * cw + 4,
                    y + 26,
                    fit(rng.choice(COURSES[lg])[0], s2.font, 7, cw - 8),
                    s2.font,
                    7,
                )
                q.text(
                    s2.margin + 90 + j * cw + 4,
                    y + 38,
                    tr(lg, "Room", "Raum", "Salle") + f" {rng.randint(1, 12)}",
                    s2.font,
                    7,
                )
        y += 46
    y += 18
    q.text(
        s2.margin,
        y,
        tr(
            lg,
            "Lessons per week (approx.)",
            "Unterrichtseinheiten pro Woche (ca.)",
            "Leçons par semaine (env.)",
        )
        + f": {rng.choice([8, 12, 16, 20, 24])}",
        s2.font,
        9,
    )
    pages.append(q)
    if keyed(who, "sigpage").random() < 0.75:
        p3 = Page(A4)
        y = m + 30.0
        p3.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, 12)
        y += 24
        for ln in wrap(
            tr(
                lg,
                "Both parties have read and agree to the terms above and the schedule attached.",
                "Beide Parteien haben den Vertrag samt Anlage gelesen und sind einverstanden.",
                "Les parties déclarent avoir pris connaissance du contrat et de son annexe.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            p3.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 40
        for who_, nm in (
            (tr(lg, "For the School", "Für die Schule", "Pour l'École"), director.name),
            (tr(lg, "The Teacher", "Die Lehrkraft", "Le Prestataire"), t.name),
        ):
            p3.text(m, y, who_, s.bold, s.size)
            y += 16
            p3.text(m, y, tr(lg, "Place, date", "Ort, Datum", "Lieu, date"), s.font, 8)
            hand(p3, m + 70, y, f"{city(h.town)}, {short(d, lg)}", 9.5)
            y += 40
            sign_line(p3, s, m, y, nm, nm, True, 220)
            y += 60
        if lg == "fr":
            p3.text(
                m,
                y,
                "(faire précéder la signature de la mention « lu et approuvé »)",
                italic_of(s.font),
                8,
            )
        pages.append(p3)
    else:
        f.need(90)
        f.y += 30
        sign_line(f.page, s, m, f.y, director.name, director.name)
        sign_line(f.page, s, w / 2 + 10, f.y, t.name, t.name)
    number_pages(pages, s, h.numbers if h.numbers != "none" else "{i}/{n}", h.corner)
    remember(None, d, (kt, rate, start))
    return pages


def tpl_teacher_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance teacher's invoice to the school: the teacher's own plain letterhead, the
    invoice number and month, the lesson log (date, group, lessons) that may run to a second
    page, the total at the fee per lesson, the small-business VAT note, the bank details and
    a signature."""
    lg = home()
    ex = LAST["extra"]
    if after(("teacher_contract",)) and isinstance(ex, tuple):
        kt, rate, start = ex
        d0 = max(start, month())
    else:
        r = keyed(who, "teacher")
        kt = r.randrange(12)
        rate = RATE[lg] + r.choice([0, 1.5, 3, 4.5])
        d0 = month()
        if after(("teacher_invoice",)) and isinstance(ex, tuple) and len(ex) == 2:
            d0 = ex[1]
    t = teacher(kt)
    h = private_head(t, lg)
    r = keyed(who, "look")
    h.look = r.choice(["private", "centred", "plain"])
    h.font, h.bold = r.choice(
        [
            ("Helvetica", "Helvetica-Bold"),
            ("Times-Roman", "Times-Bold"),
            ("Helvetica", "Helvetica-Bold"),
        ]
    )
    s = style_of(h, A4, margin=r.choice([56, 64, 70]))
    w, _hh = s.page_size
    m = s.margin
    mo = date(d0.year, d0.month, 1)
    end = date(mo.year + mo.month // 12, mo.month % 12 + 1, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(0, 6))
    no = f"{mo.year}-{rng.randint(1, 60):03d}" if r.random() < 0.6 else str(rng.randint(14, 140))
    f = sheets(s, h, f"{t.name} - " + tr(lg, "Invoice", "Rechnung", "Facture") + f" {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnummer", "Facture n°"), no),
            (
                tr(lg, "Period", "Leistungszeitraum", "Période"),
                f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            ),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"For English teaching at {school_row()[0]} in "
            f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}:",
            f"Für Unterricht im {MONTH_NAMES[lg][mo.month - 1]} {mo.year} stelle ich "
            "Ihnen in Rechnung:",
            f"Prestations d'enseignement réalisées en {MONTH_NAMES[lg][mo.month - 1]} {mo.year} :",
        ),
    )
    groups = [
        f"{rng.choice(LEVELS[:6])}{rng.choice(['a', 'b', ''])}" for _ in range(rng.randint(1, 3))
    ]
    rows = []
    n_les = 0
    dd = mo
    while dd <= end:
        closed = (dd.month, dd.day) >= (12, 23) or (dd.month, dd.day) <= (1, 2)
        if dd.weekday() < 5 and not closed and rng.random() < rng.choice([0.45, 0.7, 0.9]):
            g = rng.choice(groups)
            les = rng.choice([2, 2, 4, 4, 5, 3])
            n_les += les
            rows.append([short(dd, lg), g, str(les), money(les * rate, lg)])
        dd += timedelta(days=1)
    if not rows:
        rows.append([short(mo + timedelta(days=2), lg), groups[0], "4", money(4 * rate, lg)])
        n_les = 4
    cols = columns(m, w - m, [(1.4, "left"), (3, "left"), (1, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Group", "Gruppe", "Groupe"),
            tr(lg, "Lessons", "UE", "Leçons"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=r.random() < 0.5,
        step=1.5,
    )
    f.y += 6
    f.need(60)
    net = n_les * rate
    f.page.line(w * 0.5, f.y - 8, w - m, f.y - 8)
    f.page.text(w * 0.5, f.y, f"{n_les} x {cash(rate, lg)}", s.font, s.size)
    f.page.text(w - m, f.y, cash(net, lg), s.bold, s.size, "right")
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            "I am not registered for VAT. I am responsible for my own tax and National Insurance.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, article 293 B du CGI.",
        ),
        s.size - 1,
    )
    r2 = random.Random(zlib.crc32(t.name.encode()))
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay within 14 days to: {t.name}, sort code "
            f"{r2.randint(10, 99)}-{r2.randint(10, 99)}-{r2.randint(10, 99)}, account "
            f"{r2.randint(10000000, 99999999)}.",
            f"Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf: IBAN "
            f"DE{r2.randint(10, 99)} {r2.randint(1000, 9999)} {r2.randint(1000, 9999)} "
            f"{r2.randint(1000, 9999)} {r2.randint(1000, 9999)} {r2.randint(10, 99)}.",
            f"Règlement par virement à 30 jours : IBAN FR76 {r2.randint(1000, 9999)} "
            f"{r2.randint(1000, 9999)} {r2.randint(1000, 9999)} {r2.randint(1000, 9999)} "
            f"{r2.randint(100, 999)}. SIRET {r2.randint(300, 899)} "
            f"{r2.randint(100, 999)} {r2.randint(100, 999)} {r2.randint(10000, 99999)}.",
        ),
        s.size - 1,
    )
    f.need(50)
    f.y += 20
    scrawl(f.page, m, f.y, t.name)
    f.page.text(m, f.y + 12, t.name, s.font, s.size - 1)
    received(rng, f.pages[0], d, 0.3)
    remember(None, d, (kt, date(end.year + end.month // 12, end.month % 12 + 1, 1)))
    return close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else "{i}/{n}")


AREAS = {
    "en": [
        (
            "M",
            "Management",
            ["Statutory requirements", "Staff management", "Student administration", "Publicity"],
        ),
        ("R", "Resources and environment", ["Premises and facilities", "Learning resources"]),
        (
            "T",
            "Teaching and learning",
            [
                "Academic staff profile",
                "Academic management",
                "Course design",
                "Learner management",
                "Teaching observation",
            ],
        ),
        ("W", "Welfare and student services", ["Care of students", "Leisure opportunities"]),
        ("A", "Accommodation", ["Homestay", "Residential"]),
    ],
    "de": [
        (
            "1",
            "Leitung und Organisation",
            ["Rechtliche Grundlagen", "Personal", "Kursverwaltung", "Werbung und Information"],
        ),
        ("2", "Räume und Ausstattung", ["Unterrichtsräume", "Medien und Lehrwerke"]),
        (
            "3",
            "Unterricht",
            [
                "Qualifikation der Lehrkräfte",
                "Pädagogische Leitung",
                "Kurskonzept",
                "Einstufung und Lernfortschritt",
                "Hospitationen",
            ],
        ),
        ("4", "Betreuung", ["Betreuung der Teilnehmenden", "Freizeitprogramm"]),
        ("5", "Unterbringung", ["Gastfamilien", "Wohnheim"]),
    ],
    "fr": [
        ("1", "Information du public", ["Indicateur 1", "Indicateur 2", "Indicateur 3"]),
        ("2", "Identification des objectifs", ["Indicateur 4", "Indicateur 5", "Indicateur 6"]),
        ("3", "Adaptation aux publics", ["Indicateur 9", "Indicateur 10", "Indicateur 12"]),
        ("4", "Moyens pédagogiques", ["Indicateur 17", "Indicateur 19"]),
        ("5", "Qualification des personnels", ["Indicateur 21", "Indicateur 22"]),
        ("6", "Environnement professionnel", ["Indicateur 23", "Indicateur 26"]),
        ("7", "Recueil des appréciations", ["Indicateur 30", "Indicateur 31", "Indicateur 32"]),
    ],
}


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The accrediting body's inspection or audit report on the school: now and then a
    covering letter first; a cover page with the outcome; the table of criteria met, not
    met and strengths by area; the inspectors' narrative by area; the action plan on a
    landscape page; numbered "Page i of n" after the letter."""
    h = head_of(who, "accreditor")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    school = school_head()
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(14, 40))
    inspectors = [
        f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}" for _ in range(rng.randint(1, 2))
    ]
    title = tr(lg, "Inspection Report", "Prüfbericht Qualitätssiegel", "Rapport d'audit Qualiopi")
    kind = rng.choice(
        [
            tr(lg, "Full inspection", "Erstprüfung", "Audit initial"),
            tr(lg, "Re-inspection", "Wiederholungsprüfung", "Audit de renouvellement"),
            tr(lg, "Spot check", "Zwischenprüfung", "Audit de surveillance"),
        ]
    )
    pages: list[Page] = []
    covers = 0
    if keyed(who, "cover").random() < 0.65:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            [mx(staff("director"), lg), *school_lines()[0:1], *school_lines()[1:]],
            d,
            [
                (
                    tr(lg, "Centre ref.", "Mitglieds-Nr.", "N° de dossier"),
                    serial(keyed(who, "ref"), "9999"),
                )
            ],
        )
        caption(f0, s, f"{kind} - {day(h, visit)}", 1)
        write(f0, s, greet(lg, staff("director")))
        write(
            f0,
            s,
            tr(
                lg,
                "Please find enclosed the report of the inspection of your "
                "school. The Accreditation Committee has considered the report and "
                "decided to continue accreditation.",
                "anbei erhalten Sie den Bericht über die Prüfung Ihrer Schule. Der "
                "Prüfungsausschuss hat das Qualitätssiegel für weitere drei Jahre "
                "erteilt.",
                "Veuillez trouver ci-joint le rapport de l'audit réalisé dans votre "
                "organisme. La certification est délivrée sous réserve de la levée "
                "des non-conformités mineures.",
            ),
        )
        write(f0, s, prose(rng, lg, "audit", 2, 3))
        write(
            f0,
            s,
            tr(
                lg,
                "Please return the action plan within eight weeks.",
                "Bitte senden Sie uns den Maßnahmenplan innerhalb von acht Wochen.",
                "Merci de nous retourner le plan d'action sous huit semaines.",
            ),
        )
        rk = keyed(who, "manager")
        regards(
            f0,
            s,
            lg,
            f"{rk.choice(FIRSTS[lg])} {rk.choice(LASTS[lg])}",
            tr(lg, "Accreditation Manager", "Geschäftsstelle", "Responsable certification"),
        )
        pages += f0.pages
        covers = len(f0.pages)
    hdr = f"{title} - {school.name} - {short(visit, lg)}"
    f = sheets(s, h, hdr)
    f.y += 40
    f.page.text(w / 2, f.y, title.upper(), s.bold, 20, "center")
    f.y += 30
    f.page.text(w / 2, f.y, school.name, s.bold, 14, "center")
    f.y += 16
    f.page.text(w / 2, f.y, f"{school.street}, {school.town}", s.font, 10, "center")
    f.y += 40
    f.y = fields(
        f.page,
        s,
        m + 40,
        f.y,
        w - 2 * m - 80,
        [
            (tr(lg, "Type of visit", "Art der Prüfung", "Type d'audit"), kind),
            (tr(lg, "Date(s) of visit", "Prüfungstermin", "Date(s) d'audit"), day(h, visit)),
            (tr(lg, "Inspector(s)", "Prüfer/in", "Auditeur(s)"), ", ".join(inspectors)),
            (
                tr(lg, "Students on site", "Teilnehmende vor Ort", "Stagiaires présents"),
                str(rng.randint(25, 140)),
            ),
            (
                tr(lg, "Outcome", "Ergebnis", "Décision"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Accreditation continued",
                            "Siegel erteilt",
                            "Certification accordée",
                        ),
                        tr(
                            lg,
                            "Continued - action plan required",
                            "Erteilt mit Auflagen",
                            "Accordée - NC mineures à lever",
                        ),
                    ]
                ),
            ),
        ],
        per=1,
        tall=28,
        hand=False,
    )
    f.new_page()
    f.heading(
        m,
        tr(lg, "Summary of findings", "Zusammenfassung", "Synthèse des constats"),
        s.bold,
        s.size + 2,
    )
    cols = columns(
        m, w - m, [(0.6, "left"), (4, "left"), (1, "center"), (1, "center"), (1, "center")]
    )
    rows = []
    areas = AREAS[lg]
    for code, area, crits in areas:
        for k, c in enumerate(crits):
            res = rng.choices([0, 1, 2], [0.75, 0.1, 0.15])[0]
            rows.append(
                [
                    f"{code}{k + 1}",
                    f"{area}: {c}" if k == 0 else f"   {c}",
                    "x" if res != 1 else "",
                    "x" if res == 1 else "",
                    "x" if res == 2 else "",
                ]
            )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Criterion", "Kriterium", "Critère / indicateur"),
            tr(lg, "Met", "Erfüllt", "Conforme"),
            tr(lg, "Not met", "Nicht erfüllt", "NC"),
            tr(lg, "Strength", "Stärke", "Point fort"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    for code, area, _ in areas:
        f.heading(m, f"{code}  {area}", s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "audit", 2, 5), s.size - 0.5)
        if rng.random() < 0.4:
            write(
                f,
                s,
                tr(lg, "Strength: ", "Stärke: ", "Point fort : ") + words(rng, lg, "audit"),
                s.size - 0.5,
                indent=16,
            )
    pages += f.pages
    s2 = style_of(h, landscape(A4), margin=44)
    w2, _ = s2.page_size
    ff = Sheets(s2.page_size, s2.page_size[1] - 60, lambda p, n: running_header(p, s2, hdr) + 6)
    caption(ff, s2, tr(lg, "Action plan", "Maßnahmenplan", "Plan d'action"), 2)
    cols2 = columns(
        s2.margin,
        w2 - s2.margin,
        [(0.6, "left"), (4, "left"), (3, "left"), (1.2, "left"), (1.2, "left")],
    )
    rows2 = []
    for code, _, crits in rng.sample(areas, k=min(len(areas), rng.randint(2, 4))):
        rows2.append(
            [
                f"{code}{rng.randint(1, len(crits))}",
                words(rng, lg, "audit", 9)[:-1],
                "",
                short(d + timedelta(days=rng.choice([30, 56, 90])), lg),
                "",
            ]
        )
    table(
        ff,
        cols2,
        [
            "",
            tr(lg, "Action required", "Erforderliche Maßnahme", "Action requise"),
            tr(lg, "Action taken by school", "Umsetzung durch die Schule", "Mesure prise"),
            tr(lg, "Deadline", "Frist", "Échéance"),
            tr(lg, "Signed off", "Erledigt", "Validé"),
        ],
        rows2,
        s2,
        rules=True,
        step=3.2,
    )
    pages += ff.pages
    number_pages(
        pages,
        s,
        "Page {i} of {n}"
        if lg == "en"
        else ("Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"),
        "br",
        covers,
    )
    remember(None, d)
    return pages


EXAM_FEE = {
    "en": [118.0, 198.0, 210.0, 215.0, 106.0],
    "de": [185.0, 240.0, 265.0, 150.0, 290.0],
    "fr": [110.0, 140.0, 180.0, 100.0, 190.0],
}


def tpl_exam_entries(rng: random.Random, who: Issuer) -> list[Page]:
    """The exam centre's confirmation of entries for the school's candidates: the session,
    the exam and its dates (written papers, speaking), the candidate table (number, name,
    date of birth, fee) running over pages with a running header and "Page i of n", the
    total fees to be invoiced; portrait or landscape."""
    h = head_of(who, "exams")
    lg = h.lang
    r = keyed(who, "entries")
    size = landscape(A4) if r.random() < 0.35 else A4
    s = style_of(h, size, margin=44 if size != A4 else 0, pt=9)
    w, hh = size
    m = s.margin
    ex = rng.randrange(5)
    exam = EXAMS[lg][ex]
    d = some_day(rng)
    written = d + timedelta(days=rng.randint(21, 50))
    n = rng.choice([3, 5, 8, 12, 18, 26, 40])
    cands = [a_student(rng) for _ in range(n)]
    base = rng.randint(1000, 8000)
    hdr = (
        f"{h.name} - "
        + tr(lg, "Entries", "Anmeldungen", "Inscriptions")
        + f" {exam} - {short(written, lg)}"
    )
    f = sheets(s, h, hdr)
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "Exams officer", "Prüfungsanmeldung", "Responsable examens")),
        d,
        [
            (
                tr(lg, "Centre / session", "Prüfungszentrum / Termin", "Centre / session"),
                f"{serial(r, 'AA999')} / {serial(rng, '9999')}",
            )
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Confirmation of entries - {exam}",
            f"Anmeldebestätigung - {exam}",
            f"Confirmation des inscriptions - {exam}",
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
                (
                    tr(lg, "Written papers", "Schriftliche Prüfung", "Épreuves collectives"),
                    day(h, written),
                ),
                (
                    tr(lg, "Speaking tests", "Mündliche Prüfung", "Épreuves orales"),
                    f"{short(written + timedelta(days=rng.randint(-5, 6)), lg)} - "
                    f"{short(written + timedelta(days=rng.randint(7, 10)), lg)}",
                ),
                (tr(lg, "Venue", "Prüfungsort", "Lieu"), rng.choice([h.street, school_row()[1]])),
                (tr(lg, "Candidates", "Teilnehmende", "Candidats"), str(n)),
            ],
            w * 0.6,
        )
        + 8
    )
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (1.3, "left"), (3, "left"), (1.5, "left"), (1.4, "left"), (1.2, "right")],
    )
    rows = []
    for k, c in enumerate(cands):
        rows.append(
            [
                str(k + 1),
                f"{serial(r, 'AA')}{base + k:04d}",
                f"{c.last.upper()}, {c.first}",
                short(c.born, lg),
                c.country(lg)[:14],
                money(EXAM_FEE[lg][ex], lg),
            ]
        )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Cand. no.", "Prüf.-Nr.", "N° candidat"),
            tr(lg, "Name", "Name", "Nom, prénom"),
            tr(lg, "Date of birth", "Geb.-Datum", "Date de naiss."),
            tr(lg, "Nationality", "Land", "Nationalité"),
            tr(lg, "Fee", "Gebühr", "Droits"),
        ],
        rows,
        s,
        shade=0.9,
        step=1.55,
    )
    f.y += 8
    f.need(80)
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Total entry fees", "Summe Prüfungsgebühren", "Total des droits")
        + f": {cash(n * EXAM_FEE[lg][ex], lg)}",
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
            "Candidates must bring photo ID to every paper. Late entries are "
            "subject to a surcharge. Please check all names carefully; the "
            "certificates will be issued exactly as entered.",
            "Bitte prüfen Sie die Schreibweise der Namen; die Zeugnisse werden so "
            "ausgestellt. Die Teilnehmenden bringen einen gültigen Lichtbildausweis "
            "mit.",
            "Merci de vérifier l'orthographe des noms : les diplômes seront établis à "
            "l'identique. Pièce d'identité avec photo obligatoire.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "An invoice for the fees follows separately.",
            "Die Rechnung folgt gesondert.",
            "La facture vous sera adressée séparément.",
        ),
        s.size - 1,
    )
    pages = f.pages
    number_pages(
        pages,
        s,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        "br" if h.foot else "bc",
        bottom=24 + 7 * len(h.foot),
    )
    for p in pages:
        for k, t in enumerate(reversed(h.foot)):
            p.text(w / 2, hh - 12 - 7 * k, fit(t, s.font, 5.5, w - 30), s.font, 5.5, "center")
    received(rng, pages[0], d, 0.25)
    remember(
        None, written, (ex, [(c.first, c.last, c.born, c.nation) for c in cands], base, written)
    )
    return pages


def tpl_exam_result(rng: random.Random, who: Issuer) -> list[Page]:
    """An exam centre's result notification for one candidate: a Statement of Results with
    the overall and skill scores on the Cambridge English Scale, a Goethe
    Ergebnisbescheinigung with the module points, or a DELF/DALF attestation de réussite with
    the marks out of 25; the centre's stamp and signature."""
    h = head_of(who, "exams")
    lg = h.lang
    ex_ = LAST["extra"]
    r = keyed(who, "res")
    if after(("exam_entries", "exam_result")) and isinstance(ex_, tuple) and len(ex_) == 4:
        ex, cands, base, written = ex_
        if len(cands) > 1:
            k = rng.randrange(len(cands))
            first, last, born, nat = cands[k]
            cno = base + k
        else:
            st = a_student(rng)
            first, last, born, nat = st.first, st.last, st.born, st.nation
            cno = base + rng.randint(1, 40)
    else:
        ex = r.randrange(5)
        st = a_student(rng)
        first, last, born, nat = st.first, st.last, st.born, st.nation
        cno = rng.randint(1000, 8000)
        written = some_day(rng) - timedelta(days=rng.randint(30, 60))
        cands, base = [(first, last, born, nat)], cno
    exam = EXAMS[lg][ex]
    d = written + timedelta(days=rng.randint(25, 45))
    size = A4 if lg != "en" or r.random() < 0.7 else LETTER
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    if lg == "en":
        p.text(w / 2, y + 4, "Statement of Results", s.bold, 18, "center")
        y += 30
        y = (
            pairs(
                p,
                s,
                m,
                y,
                [
                    ("Candidate name", f"{last.upper()}, {first.upper()}"),
                    ("Candidate number", f"{cno:04d}"),
                    ("Centre number", serial(r, "GB999")),
                    ("Date of birth", short(born, lg)),
                    ("Examination", f"{exam} (exam date {short(written, lg)})"),
                ],
                w - m,
                s.size,
            )
            + 16
        )
        overall = rng.randint(150, 205)
        grade = (
            "A"
            if overall >= 180
            else "B"
            if overall >= 173
            else "C"
            if overall >= 160
            else "Level B1"
        )
        p.rect(m, y - 12, w - 2 * m, 44, fill=0.9)
        p.text(m + 10, y + 4, "Overall score", s.bold, 11)
        p.text(m + 130, y + 4, str(overall), s.bold, 20)
        p.text(
            m + 200,
            y + 4,
            f"Result: Grade {grade}" if len(grade) == 1 else f"Result: {grade}",
            s.bold,
            11,
        )
        p.text(
            m + 10,
            y + 22,
            "Common European Framework of Reference level: "
            + ("C1" if overall >= 180 else "B2" if overall >= 160 else "B1"),
            s.font,
            9,
        )
        y += 56
        # the bar chart of the skill scores on the Cambridge English Scale
        sk = ["Reading", "Use of English", "Writing", "Listening", "Speaking"]
        x0, x1 = m + 110, w - m - 40
        for t in sk:
            v = max(140, min(210, overall + rng.randint(-14, 14)))
            p.text(m, y, t, s.font, 9)
            p.rect(x0, y - 8, (x1 - x0) * (v - 120) / 110, 10, fill=0.45)
            p.text(x1 + 30, y, str(v), s.bold, 9, "right")
            y += 20
        y += 6
        for v in (140, 160, 180, 200):
            xx = x0 + (x1 - x0) * (v - 120) / 110
            p.line(xx, y - 8, xx, y - 2)
            p.text(xx, y + 6, str(v), s.font, 6.5, "center")
        y += 30
    elif lg == "de":
        p.text(w / 2, y + 4, "Ergebnisbescheinigung", s.bold, 18, "center")
        p.text(w / 2, y + 20, exam, s.font, 11, "center")
        y += 44
        y = (
            pairs(
                p,
                s,
                m,
                y,
                [
                    ("Name, Vorname", f"{last}, {first}"),
                    ("Geburtsdatum", short(born, lg)),
                    ("Geburtsland", NATIONS[nat][0][1]),
                    ("Teilnehmernummer", f"{cno:05d}"),
                    ("Prüfungsdatum", short(written, lg)),
                ],
                w - m,
                s.size,
            )
            + 16
        )
        cols = columns(m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1.5, "center")])
        rows = []
        tot = 0
        for t in ["Lesen", "Hören", "Schreiben", "Sprechen"]:
            v = (
                rng.choice([45, 52, 60, 66, 72, 78, 85, 91, 100])
                if rng.random() < 0.9
                else rng.choice([30, 38, 55])
            )
            tot += v
            rows.append((t, v))
        p.rect(m, y - 11, w - 2 * m, 15, fill=0.88)
        for c, t in zip(cols, ["Modul", "Punkte", "von", "Ergebnis"], strict=True):
            p.text(
                c[1] if c[2] == "right" else (c[0] + c[1]) / 2 if c[2] == "center" else c[0],
                y,
                t,
                s.bold,
                9,
                c[2],
            )
        y += 16
        for t, v in rows:
            p.text(cols[0][0], y, t, s.font, 9)
            p.text(cols[1][1], y, str(v), s.font, 9, "right")
            p.text(cols[2][1], y, "100", s.font, 9, "right")
            p.text(
                (cols[3][0] + cols[3][1]) / 2,
                y,
                "bestanden" if v >= 60 else "nicht bestanden",
                s.font,
                9,
                "center",
            )
            p.line(m, y + 5, w - m, y + 5)
            y += 17
        y += 10
        p.text(
            m,
            y,
            "Die Module können einzeln wiederholt werden. Bestandene Module werden "
            "durch ein Zeugnis bescheinigt.",
            s.font,
            8,
        )
        y += 30
    else:
        p.text(
            w / 2,
            y + 4,
            "ATTESTATION DE RÉUSSITE" if rng.random() < 0.85 else "RELEVÉ DE NOTES",
            s.bold,
            16,
            "center",
        )
        p.text(
            w / 2,
            y + 20,
            f"Diplôme {'approfondi' if 'DALF' in exam else 'élémentaire'} "
            f"de langue française - {exam}",
            s.font,
            10,
            "center",
        )
        y += 44
        y = (
            pairs(
                p,
                s,
                m,
                y,
                [
                    ("Nom", last.upper()),
                    ("Prénom", first),
                    ("Né(e) le", short(born, lg)),
                    ("Nationalité", NATIONS[nat][0][2]),
                    ("N° de candidat", f"{serial(r, '999999')}-{cno:06d}"),
                    ("Session", short(written, lg)),
                ],
                w - m,
                s.size,
            )
            + 16
        )
        tot = 0.0
        for t in [
            "Compréhension de l'oral",
            "Compréhension des écrits",
            "Production écrite",
            "Production orale",
        ]:
            v = rng.choice([8.5, 11.0, 13.5, 15.0, 16.5, 18.0, 19.5, 21.0, 23.5])
            tot += v
            p.text(m, y, t, s.font, 9.5)
            p.text(w - m - 60, y, f"{v:.2f}".replace(".", ","), s.bold, 9.5, "right")
            p.text(w - m, y, "/ 25", s.font, 9.5, "right")
            p.line(m, y + 5, w - m, y + 5)
            y += 18
        p.text(m, y + 6, "Note totale", s.bold, 10)
        p.text(w - m - 60, y + 6, f"{tot:.2f}".replace(".", ","), s.bold, 10, "right")
        p.text(w - m, y + 6, "/ 100", s.bold, 10, "right")
        y += 26
        p.text(
            m,
            y,
            "Résultat : "
            + ("ADMIS(E)" if tot >= 50 else "NON ADMIS(E)")
            + " - seuil de réussite 50/100, note minimale 5/25 par épreuve.",
            s.font,
            9,
        )
        y += 30
    p.text(m, y, f"{city(h.town)}, {day(h, d)}", s.font, s.size)
    sign_line(
        p,
        s,
        m,
        y + 50,
        tr(lg, "Centre exams manager", "Prüfungsleitung", "Responsable du centre d'examen"),
        f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}",
    )
    seal(p, w - m - 90, y + 30, 34, h.name.split(" - ")[0][:32], exam)
    p.text(
        m,
        hh - 40,
        fit(
            tr(
                lg,
                "This statement is not a certificate. Certificates are sent "
                "to the centre about 4 weeks after results.",
                "Diese Bescheinigung ersetzt nicht das Zeugnis.",
                "Cette attestation ne remplace pas le diplôme.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    received(rng, p, d, 0.2)
    remember(None, written, (ex, cands, base, written))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates EEEE: suppliers, agents, premises and insurance
# ---------------------------------------------------------------------------------------------

BOOKS = {
    "en": [
        "Open Road {l} Student's Book",
        "Open Road {l} Workbook with key",
        "Open Road {l} Teacher's Book",
        "Grammar in Practice {l}",
        "Exam Ready B2 First Practice Tests",
        "IELTS Trainer Academic",
        "Vocabulary Builder {l}",
        "Business Talk {l} Coursebook",
        "Graded Reader {l}: The Lighthouse",
        "Pronunciation Matters",
    ],
    "de": [
        "Treffpunkt Deutsch {l} Kursbuch",
        "Treffpunkt Deutsch {l} Arbeitsbuch",
        "Treffpunkt Deutsch {l} Lehrerhandbuch",
        "Grammatik aktiv {l}",
        "Fit fürs Goethe-Zertifikat B1",
        "Mit Erfolg zum TestDaF",
        "Wortschatz intensiv {l}",
        "Beruf Deutsch {l}",
        "Lesehefte {l}: Der Fall Lindner",
        "Aussprache trainieren",
    ],
    "fr": [
        "Escales {l} Livre de l'élève",
        "Escales {l} Cahier d'activités",
        "Escales {l} Guide pédagogique",
        "Grammaire progressive {l}",
        "Réussir le DELF B2",
        "Préparation au DALF C1",
        "Vocabulaire en contexte {l}",
        "Affaires à suivre {l}",
        "Lectures faciles {l} : Mystère à Lyon",
        "Phonétique en dialogues",
    ],
}


BOOK_TERMS = {
    "en": [
        "Prices",
        "Delivery",
        "Shortages and damage",
        "Returns",
        "Inspection copies",
        "Payment",
        "Retention of title",
        "Governing law",
    ],
    "de": [
        "Preise und Preisbindung",
        "Lieferung",
        "Fehlmengen und Transportschäden",
        "Rücksendungen",
        "Prüfstücke",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Gerichtsstand",
    ],
    "fr": [
        "Prix",
        "Livraison",
        "Manquants et avaries",
        "Retours",
        "Spécimens",
        "Paiement",
        "Réserve de propriété",
        "Juridiction",
    ],
}


def tpl_book_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A course book supplier's invoice: ISBN, title, quantity, list price, the school's
    discount and the net amount per line, over one to three pages with a running header,
    carriage, VAT on books at the country's rate (zero in England); now and then the
    supplier's returns conditions on a page behind."""
    h = head_of(who, "books", 0.15)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV999999", "99-99999", "F2025-99999", "RE-9999999"]))
    cust = serial(keyed(who, "cust"), "A99999")
    f = sheets(
        s,
        h,
        f"{h.name} - "
        + tr(lg, "Invoice", "Rechnung", "Facture")
        + f" {no} - "
        + tr(lg, "continued", "Fortsetzung", "suite"),
    )
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), cust),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [tr(lg, "e-mail", "per E-Mail", "par courriel"), serial(rng, "PO-9999")]
                ),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = keyed(who, "disc").choice([15, 20, 25, 30])
    cols = columns(
        m,
        w - m,
        [(2, "left"), (5, "left"), (0.9, "right"), (1.1, "right"), (0.8, "right"), (1.2, "right")],
    )
    rows = []
    net = 0.0
    n = rng.choice([3, 5, 8, 12, 20, 32])
    src = BOOKS[home() if lg == home() else lg]
    for _ in range(n):
        lv = rng.choice(["A1", "A2", "B1", "B2", "C1"])
        title = rng.choice(src).format(l=lv)
        q = rng.choice([1, 2, 5, 6, 10, 12, 15, 20, 24])
        price = rng.choice([9.95, 14.5, 22.9, 27.5, 31.0, 34.95, 42.0])
        v = round(q * price * (100 - disc) / 100, 2)
        net += v
        rows.append(
            [
                f"978-{rng.randint(0, 3)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-"
                f"{rng.randint(0, 9)}",
                title,
                str(q),
                money(price, lg),
                f"{disc}%",
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "List", "Ladenpreis", "Prix public"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        size=8,
        rules=rng.random() < 0.5,
    )
    carriage = rng.choice([0.0, 0.0, 6.5, 9.95])
    if carriage:
        f.y += 4
        f.page.text(m, f.y, tr(lg, "Carriage", "Versandkosten", "Frais de port"), s.font, 8)
        f.page.text(w - m, f.y, money(carriage, lg), s.font, 8, "right")
        f.y += 14
    totals(
        f,
        s,
        lg,
        net + carriage,
        {"en": 0.0, "de": 7.0, "fr": 5.5}[lg],
        tr(
            lg,
            f"Payment 30 days net. Books are zero-rated for VAT. Parcels: {rng.randint(1, 4)}.",
            f"Zahlbar innerhalb 30 Tagen netto. Bücher: 7 % USt. Pakete: {rng.randint(1, 4)}.",
            f"Paiement à 30 jours. TVA livres 5,5 %. Colis : {rng.randint(1, 4)}.",
        ),
    )
    pages = f.pages
    if keyed(who, "returns").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms of sale and returns",
                    "Liefer- und Rücksendebedingungen",
                    "Conditions de vente et de retour",
                ),
                BOOK_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(None, d)
    return close(pages, s, h)


AGENT_CC = {"Tokyo": "JP", "São Paulo": "BR", "Zürich": "CH", "Bruxelles": "BE"}


def agent_bank(rb: random.Random, row: Row, lg: str) -> str:
    """An agent's bank details as its country writes them."""
    cc = AGENT_CC.get(city(row[2]), {"en": "GB", "de": "DE", "fr": "FR"}[lg])
    bank = tr(lg, "Bank", "Bank", "Banque")
    if cc == "JP":
        return (
            f"{bank}: MUFG Bank, Shinjuku branch, account no. {rb.randint(1000000, 9999999)}, "
            "SWIFT BOTKJPJT"
        )
    size = {"BR": 29, "CH": 21, "BE": 16, "GB": 22, "DE": 22, "FR": 27}[cc]
    digits = "".join(str(rb.randint(0, 9)) for _ in range(size - 2))
    iban = " ".join((cc + digits)[k : k + 4] for k in range(0, size, 4))
    return f"{bank}: IBAN {iban}  SWIFT/BIC {serial(rb, 'AAAA' + cc + 'AA')}"


def tpl_agent_commission(rng: random.Random, who: Issuer) -> list[Page]:
    """An education agent's commission invoice to the school: the agent's letterhead (from
    abroad, in its own language or English), the students booked with course, weeks, tuition
    and the commission rate, the total and the agent's bank details with IBAN and SWIFT; the
    student table on a landscape page when it is long."""
    r = keyed(who, "agent")
    ag = agents()
    row, alg = ag[r.randrange(len(ag))]
    if alg != "en" and r.random() < 0.3:
        alg = "en"
    h = make_head(row, alg, "agent")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["COM-9999", "99/2025", "AG-99999"]))
    pc = r.choice([15, 20, 20, 25])
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Agency code", "Agentur-Nr.", "Code agence"), serial(r, "AG999")),
        ],
    )
    caption(f, s, tr(lg, "Commission invoice", "Provisionsrechnung", "Facture de commission"), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Commission at {pc}% on tuition fees for the students below, as per "
            "our agency agreement:",
            f"Gemäß Agenturvertrag berechnen wir {pc} % Provision auf die Kursgebühren "
            "folgender Teilnehmer:",
            f"Conformément à notre contrat d'agence, commission de {pc} % sur les frais "
            "de cours des stagiaires suivants :",
        ),
    )
    n = rng.choice([1, 2, 3, 5, 8, 14, 22])
    rows = []
    total = 0.0
    for _ in range(n):
        st = a_student(rng)
        tuition = st.weeks * COURSES[home()][st.course][2]
        c = round(tuition * pc / 100, 2)
        total += c
        rows.append(
            [
                f"{st.last.upper()} {st.first}",
                fit(course_name(st), s.font, 8, 150),
                short(st.start, lg),
                str(st.weeks),
                money(tuition, lg),
                money(c, lg),
            ]
        )
    heads = [
        tr(lg, "Student", "Teilnehmer", "Stagiaire"),
        tr(lg, "Course", "Kurs", "Cours"),
        tr(lg, "Start", "Beginn", "Début"),
        tr(lg, "Wks", "Wo.", "Sem."),
        tr(lg, "Tuition", "Kursgebühr", "Cours"),
        tr(lg, "Commission", "Provision", "Commission"),
    ]
    spec = [
        (3, "left"),
        (3.4, "left"),
        (1.5, "left"),
        (0.6, "right"),
        (1.3, "right"),
        (1.3, "right"),
    ]
    cur = "GBP" if home() == "en" else "EUR"
    pages: list[Page] = []
    if n > 8:
        write(
            f,
            s,
            tr(
                lg,
                "Student list: see attached schedule.",
                "Teilnehmerliste siehe Anlage.",
                "Liste des stagiaires : voir annexe.",
            ),
        )
        f.y += 6
        f.page.text(
            w * 0.5,
            f.y,
            tr(lg, "Total commission", "Provision gesamt", "Total commission"),
            s.bold,
            s.size,
        )
        f.page.text(w - m, f.y, f"{cur} {money(total, lg)}", s.bold, s.size, "right")
        f.y += 24
    else:
        table(f, columns(m, w - m, spec), heads, rows, s, size=8, rules=True)
        f.y += 6
        f.page.text(
            w * 0.5,
            f.y,
            tr(lg, "Total commission", "Provision gesamt", "Total commission"),
            s.bold,
            s.size,
        )
        f.page.text(w - m, f.y, f"{cur} {money(total, lg)}", s.bold, s.size, "right")
        f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Commission is outside the scope of VAT (services supplied abroad / reverse charge).",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
            "Autoliquidation - TVA due par le preneur (article 283-2 du CGI).",
        ),
        s.size - 1,
    )
    rb = random.Random(zlib.crc32(row[0].encode()))
    write(
        f,
        s,
        agent_bank(rb, row, lg),
        s.size - 1,
    )
    regards(f, s, lg, f"{rb.choice(FIRSTS[lg])} {rb.choice(LASTS[lg])}", "")
    pages += f.pages
    if n > 8:
        s2 = style_of(h, landscape(A4), margin=40, pt=8.5)
        w2, h2 = s2.page_size
        ff = Sheets(
            s2.page_size,
            h2 - 50,
            lambda p, k: (
                running_header(
                    p, s2, f"{h.name} - {no} - " + tr(lg, "Schedule", "Anlage", "Annexe")
                )
                + 6
            ),
        )
        table(
            ff,
            columns(
                40,
                w2 - 40,
                [
                    (3, "left"),
                    (3.4, "left"),
                    (1.2, "left"),
                    (0.6, "right"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (1.3, "right"),
                ],
            ),
            [*heads, tr(lg, "Invoice", "Rechnung", "Facture")],
            [[*rw, serial(rng, "99-9999")] for rw in rows],
            s2,
            rules=True,
        )
        pages += ff.pages
    received(rng, pages[0], d)
    remember(None, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else None)


LEASE_CLAUSES = {
    "en": [
        "The hirer",
        "Period of hire",
        "Use of the premises",
        "Charges and deposit",
        "Keys and security",
        "Fire safety",
        "Furniture and equipment",
        "Cleaning",
        "Insurance and indemnity",
        "Cancellation",
        "Noise and neighbours",
    ],
    "de": [
        "Mieter",
        "Mietzeit",
        "Nutzungszweck",
        "Entgelt und Kaution",
        "Schlüssel",
        "Brandschutz",
        "Mobiliar",
        "Reinigung",
        "Haftung und Versicherung",
        "Rücktritt",
        "Hausordnung",
    ],
    "fr": [
        "Preneur",
        "Durée",
        "Destination des locaux",
        "Redevance et dépôt de garantie",
        "Clés",
        "Sécurité incendie",
        "Mobilier",
        "Entretien",
        "Assurance",
        "Annulation",
        "Règlement intérieur",
    ],
}


def plan_page(rng: random.Random, s: Style, h: Head, rooms: list[str]) -> Page:
    """A sketch plan of the let rooms: boxes for rooms, a corridor, doors and an exit."""
    lg = h.lang
    p = Page(A4)
    w, _hh = A4
    m = 56
    p.text(
        m,
        m,
        tr(
            lg,
            "Plan of the premises (not to scale)",
            "Lageplan der Räume (nicht maßstäblich)",
            "Plan des locaux (sans échelle)",
        ),
        s.bold,
        11,
    )
    x0, y0, x1, y1 = m, m + 30, w - m, m + 30 + rng.choice([330, 380, 420])
    p.rect(x0, y0, x1 - x0, y1 - y0)
    cy = y0 + (y1 - y0) * 0.45
    p.line(x0, cy, x1, cy)
    p.line(x0, cy + 40, x1, cy + 40)
    p.text((x0 + x1) / 2, cy + 24, tr(lg, "Corridor", "Flur", "Couloir"), s.font, 8, "center")
    allr = [
        *rooms,
        tr(lg, "Kitchen", "Teeküche", "Cuisine"),
        "WC",
        tr(lg, "Store", "Lager", "Réserve"),
    ]
    top = allr[: (len(allr) + 1) // 2]
    bot = allr[(len(allr) + 1) // 2 :]
    for row, (ya, yb) in ((top, (y0, cy)), (bot, (cy + 40, y1))):
        cw = (x1 - x0) / len(row)
        for k, t in enumerate(row):
            xa = x0 + k * cw
            p.line(xa, ya, xa, yb)
            hatch = t in rooms
            p.text(
                xa + cw / 2,
                (ya + yb) / 2,
                fit(t, s.bold if hatch else s.font, 9, cw - 6),
                s.bold if hatch else s.font,
                9,
                "center",
            )
            door = ya + (yb - ya) if ya == y0 else ya
            p.rect(xa + cw / 2 - 10, door - 2, 20, 4, fill=1.0)
            if hatch:
                p.rect(xa + 6, ya + 6, 14, 14, fill=0.6)
    p.text(
        x1 - 4,
        y1 + 14,
        tr(lg, "FIRE EXIT", "NOTAUSGANG", "SORTIE DE SECOURS") + "  >",
        "Helvetica-Bold",
        8,
        "right",
    )
    p.text(
        x0,
        y1 + 30,
        tr(
            lg,
            "Shaded: rooms let to the hirer",
            "Markiert: vermietete Räume",
            "En grisé : salles louées",
        ),
        s.font,
        8,
    )
    p.text(x0, y1 + 44, fit(h.name, s.font, 8, w - 2 * m), s.font, 8)
    return p


def tpl_lease_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A hall or classroom hire agreement with a church hall, community centre or business
    centre: the parties, rooms, the regular sessions in a schedule, charges and deposit,
    numbered conditions, the signatures; now and then a sketch plan of the rooms behind."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = monday(d + timedelta(days=rng.randint(7, 40)))
    rooms = rng.sample(
        [tr(lg, f"Room {k}", f"Raum {k}", f"Salle {k}") for k in range(1, 7)]
        + [tr(lg, "Main hall", "Großer Saal", "Grande salle")],
        rng.randint(1, 3),
    )
    title = rng.choice(
        [
            tr(
                lg,
                "Hall Hire Agreement",
                "Mietvertrag über Unterrichtsräume",
                "Convention de mise à disposition de locaux",
            ),
            tr(
                lg,
                "Licence to Occupy - Classrooms",
                "Raumnutzungsvertrag",
                "Contrat de location de salles",
            ),
        ]
    )
    f = sheets(s, h, f"{title} - {school_row()[0]}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner / landlord", "Vermieter", "Bailleur"), h.name),
            (tr(lg, "Hirer", "Mieter", "Preneur"), school_row()[0]),
            (tr(lg, "Rooms", "Räume", "Salles"), ", ".join(rooms)),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(start, lg)} - "
                f"{short(start + timedelta(weeks=rng.choice([8, 12, 26, 52])), lg)}",
            ),
            (
                tr(lg, "Charge per session", "Entgelt je Termin", "Redevance par séance"),
                cash(rng.choice([28.0, 35.0, 42.0, 55.0, 60.0]), lg),
            ),
            (
                tr(lg, "Deposit", "Kaution", "Dépôt de garantie"),
                cash(rng.choice([150.0, 250.0, 300.0]), lg),
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    f.heading(
        m, tr(lg, "Schedule of sessions", "Nutzungszeiten", "Créneaux réservés"), s.bold, s.size + 1
    )
    days = {
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    }[lg]
    rows = []
    for dd in sorted(rng.sample(range(6), rng.randint(2, 5))):
        rows.append(
            [
                days[dd],
                rng.choice(["09:00 - 12:30", "13:30 - 17:00", "18:00 - 20:00"]),
                rng.choice(rooms),
                str(rng.randint(10, 30)),
            ]
        )
    table(
        f,
        columns(m, w - m, [(2, "left"), (2, "left"), (2, "left"), (1.4, "right")]),
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Time", "Uhrzeit", "Horaire"),
            tr(lg, "Room", "Raum", "Salle"),
            tr(lg, "Max. persons", "Max. Personen", "Effectif max."),
        ],
        rows,
        s,
        rules=True,
    )
    for k, c in enumerate(LEASE_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {c}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 0.5)
    f.need(100)
    f.y += 30
    nm = f"{keyed(who, 'sig').choice(FIRSTS[lg])} {keyed(who, 'sig').choice(LASTS[lg])}"
    sign_line(
        f.page, s, m, f.y, tr(lg, "For the owner", "Vermieter", "Le bailleur") + f" - {nm}", nm
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        tr(lg, "For the hirer", "Mieter", "Le preneur") + f" - {staff('director').name}",
        staff("director").name,
        rng.random() < 0.8,
    )
    f.y += 30
    pages = f.pages
    if keyed(who, "plan").random() < 0.5:
        pages.append(plan_page(rng, s, h, rooms))
    remember(None, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates EEEE: complaints, refunds, insurance and registers
# ---------------------------------------------------------------------------------------------

GRIEFS = {
    "en": [
        "my class has too many students and the level is too low for me",
        "my host family gives me very small dinners and the room is cold",
        "the teacher changes every week and we repeat the same lessons",
        "I was promised a single room but I share with another student",
        "the airport transfer did not come and I paid for a taxi",
        "the wifi at school does not work for two weeks",
    ],
    "de": [
        "in meiner Klasse sind zu viele Teilnehmer und das Niveau ist zu niedrig",
        "meine Gastfamilie gibt mir sehr wenig Essen und das Zimmer ist kalt",
        "die Lehrerin wechselt jede Woche und wir wiederholen dieselben Lektionen",
        "mir wurde ein Einzelzimmer versprochen, aber ich teile es",
        "der Transfer am Flughafen ist nicht gekommen und ich habe ein Taxi bezahlt",
        "das WLAN in der Schule funktioniert seit zwei Wochen nicht",
    ],
    "fr": [
        "ma classe a trop d'élèves et le niveau est trop bas pour moi",
        "ma famille d'accueil donne des repas très petits et la chambre est froide",
        "le professeur change chaque semaine et nous répétons les mêmes leçons",
        "on m'a promis une chambre individuelle mais je la partage",
        "le transfert à l'aéroport n'est pas venu et j'ai payé un taxi",
        "le wifi de l'école ne marche pas depuis deux semaines",
    ],
}


def tpl_complaint_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A student's complaint to the director: handwritten on a lined pad sheet (A4 or A5),
    or typed as a letter, or an e-mail printed out, in the school's language with a
    learner's plainness; one or two pages."""
    lg = home()
    st = a_student(rng)
    st.start = monday(month() - timedelta(days=rng.randint(7, 30)))
    d = some_day(rng)
    griefs = rng.sample(GRIEFS[lg], rng.randint(1, 3))
    director = staff("director")
    form = rng.choice(["hand", "hand", "typed", "mail"])
    if form == "hand":
        size = A5 if rng.random() < 0.4 else A4
        w, hh = size
        p = Page(size)
        pages = [p]
        for k in range(34 if size == A4 else 22):
            p.line(24, 70 + k * 22, w - 24, 70 + k * 22)
        p.line(60, 20, 60, hh - 20)
        y = 66.0
        hand(p, w - 160, y, short(d, lg), 10)
        y += 44
        text = [greet(lg, director)]
        text.append(
            tr(
                lg,
                f"My name is {st.first} {st.last}, I am in class "
                f"{st.level} since {short(st.start, lg)}.",
                f"ich heiße {st.first} {st.last} und bin seit {short(st.start, lg)} im "
                f"Kurs {st.level}.",
                f"je m'appelle {st.first} {st.last}, je suis dans la classe {st.level} "
                f"depuis le {short(st.start, lg)}.",
            )
        )
        for g in griefs:
            text.append(
                tr(
                    lg,
                    f"I want to complain because {g}.",
                    f"Ich möchte mich beschweren, weil {g}.",
                    f"Je veux faire une réclamation parce que {g}.",
                )
            )
        text.append(
            tr(
                lg,
                "Please can you help me. I want to change or have some money back.",
                "Bitte helfen Sie mir. Ich möchte wechseln oder Geld zurück.",
                "Merci de m'aider, je voudrais changer ou être remboursé(e).",
            )
        )
        text.append(tr(lg, "Thank you", "Danke und viele Grüße", "Merci, cordialement"))
        for para in text:
            for ln in wrap(para, HAND, 11, w - 100):
                if y > hh - 40:
                    p = Page(size)
                    pages.append(p)
                    for k in range(34 if size == A4 else 22):
                        p.line(24, 70 + k * 22, w - 24, 70 + k * 22)
                    p.line(60, 20, 60, hh - 20)
                    y = 88.0
                p.text(66, y, ln, HAND, 11)
                y += 22
        if y > hh - 60:
            p = Page(size)
            pages.append(p)
            y = 88.0
        scrawl(p, 70, y + 20, st.name, 15)
        p.text(70, y + 36, f"{st.first} {st.last.upper()} ({st.level})", HAND, 10)
        received(rng, pages[0], d, 0.4)
        remember(st, d)
        return pages
    h = private_head(st, lg)
    if form == "mail":
        h.font, h.bold = "Helvetica", "Helvetica-Bold"
        s = style_of(h, A4, margin=50, pt=9.5)
        w, hh = A4
        f = Sheets(A4, hh - 60, lambda p, n: 40.0)
        mail = f"{st.first.lower()}.{st.last.lower().replace(' ', '')}@gmail.com"
        f.page.text(
            50,
            f.y,
            fit(
                f"Gmail - {tr(lg, 'Complaint', 'Beschwerde', 'Réclamation')}",
                "Helvetica-Bold",
                11,
                w - 100,
            ),
            "Helvetica-Bold",
            11,
        )
        f.y += 10
        f.page.line(50, f.y, w - 50, f.y)
        f.y += 18
        for cap, val in [
            (tr(lg, "From", "Von", "De"), f"{st.name} <{mail}>"),
            (tr(lg, "To", "An", "À"), school_head().mail or "info@school"),
            (
                tr(lg, "Date", "Datum", "Date"),
                f"{short(d, lg)} {rng.randint(7, 23)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(lg, "Complaint about my course", "Beschwerde Kurs", "Réclamation"),
            ),
        ]:
            f.page.text(50, f.y, f"{cap}:", "Helvetica-Bold", 8.5)
            f.page.text(110, f.y, fit(val, "Helvetica", 8.5, w - 160), "Helvetica", 8.5)
            f.y += 12
        f.y += 14
    else:
        s = style_of(h, A4)
        w, hh = A4
        f = sheets(s, h)
        recipient(f, s, h, [director.name, *school_lines()], d, [])
        caption(f, s, tr(lg, "Complaint", "Beschwerde", "Réclamation"), 1)
    write(f, s, greet(lg, director))
    write(
        f,
        s,
        tr(
            lg,
            f"I am a student in class {st.level} since {short(st.start, lg)}.",
            f"ich bin seit {short(st.start, lg)} Teilnehmer/in im Kurs {st.level}.",
            f"Je suis inscrit(e) dans la classe {st.level} depuis le {short(st.start, lg)}.",
        ),
    )
    for g in griefs:
        write(
            f,
            s,
            tr(
                lg,
                f"First, {g}." if g == griefs[0] else f"Also {g}.",
                f"Erstens: {g}." if g == griefs[0] else f"Außerdem: {g}.",
                f"D'abord, {g}." if g == griefs[0] else f"Aussi, {g}.",
            ),
        )
        write(f, s, prose(rng, lg, "home" if "famil" in g else "school", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "I hope you can find a solution quickly.",
            "Ich hoffe auf eine schnelle Lösung.",
            "J'espère une solution rapide.",
        ),
    )
    f.y += 10
    f.page.text(
        s.margin,
        f.y,
        tr(lg, "Best regards,", "Mit freundlichen Grüßen", "Cordialement,"),
        s.font,
        s.size,
    )
    f.y += 16
    f.page.text(s.margin, f.y, st.name, s.font, s.size)
    received(rng, f.pages[0], d, 0.3)
    remember(st, d)
    return f.pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The director's reply to a student's complaint or refund request: the points taken
    up, what the school will do (class change, a new host family, a refund or a credit), a
    sentence on the complaints procedure and the signature; one or two pages."""
    h = school_head()
    lg = h.lang
    st = student_for(rng, ("complaint_letter", "refund_request"))
    refund = after(("refund_request",))
    d = last_day(rng, ("complaint_letter", "refund_request"), (1, 8))
    s = style_of(h, A4)
    _w, _hh = s.page_size
    director = staff("director")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [mx(st, lg), tr(lg, f"c/o {h.name}", f"c/o {h.name}", f"aux bons soins de {h.name}")]
        if rng.random() < 0.5
        else student_lines(st, lg),
        d,
        [(tr(lg, "Student no.", "Teiln.-Nr.", "N° stagiaire"), st.ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your refund request"
            if refund
            else f"Your letter of {short(d - timedelta(days=rng.randint(1, 8)), lg)}",
            "Ihr Erstattungsantrag" if refund else "Ihre Beschwerde",
            "Votre demande de remboursement" if refund else "Votre réclamation",
        ),
        1,
    )
    write(f, s, greet(lg, st))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for taking the time to write to me. I am sorry that your "
            "stay has not been as you expected.",
            "vielen Dank für Ihr Schreiben. Es tut mir leid, dass Ihr Aufenthalt "
            "nicht Ihren Erwartungen entspricht.",
            "Je vous remercie de votre courrier et regrette que votre séjour ne "
            "corresponde pas à vos attentes.",
        ),
    )
    write(f, s, prose(rng, lg, "school", 2, 4))
    if refund or rng.random() < 0.4:
        amt = rng.choice([120.0, 260.0, 345.0, 520.0, 690.0, 1040.0])
        write(
            f,
            s,
            tr(
                lg,
                f"In line with our booking conditions we will refund "
                f"{cash(amt, lg)} to the account you gave us; the registration fee "
                "and the accommodation placement fee are not refundable.",
                f"Gemäß unseren AGB erstatten wir Ihnen {cash(amt, lg)} auf das "
                "angegebene Konto; die Anmelde- und Vermittlungsgebühr sind nicht "
                "erstattungsfähig.",
                f"Conformément à nos conditions générales, nous vous remboursons "
                f"{cash(amt, lg)} ; les frais d'inscription restent acquis.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "From Monday you will join a new class; our accommodation "
                "officer will contact you about the host family.",
                "Ab Montag wechseln Sie in einen anderen Kurs; unsere "
                "Unterkunftsvermittlung meldet sich wegen der Gastfamilie bei Ihnen.",
                "Dès lundi vous changerez de groupe ; notre responsable hébergement "
                "vous contactera au sujet de la famille.",
            ),
        )
    write(f, s, prose(rng, lg, "home", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "If you are not satisfied with this reply you may contact "
            "Accreditation UK under its complaints procedure.",
            "Sollten Sie mit dieser Antwort nicht zufrieden sein, können Sie sich an "
            "die Geschäftsstelle des Qualitätssiegels wenden.",
            "Si cette réponse ne vous satisfait pas, vous pouvez saisir le médiateur "
            "de la consommation dont nous relevons.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, director.name, tr(lg, "Director", "Schulleitung", "Directeur"), formal=False)
    if rng.random() < 0.3:
        f.page.text(s.margin, f.y, "cc: " + staff("accommodation").name, s.font, 8)
    remember(st, d)
    return close(f.pages, s, h)


BANKS = {
    "JP": "MUFG Bank",
    "BR": "Banco Itaú",
    "IT": "Intesa Sanpaolo",
    "ES": "Banco Santander",
    "SA": "Al Rajhi Bank",
    "KR": "KB Kookmin Bank",
    "TR": "Ziraat Bankasi",
    "CH": "UBS Switzerland AG",
    "CO": "Bancolombia",
    "CN": "Bank of China",
    "DE": "Deutsche Bank",
    "FR": "Crédit Mutuel",
    "GB": "HSBC UK",
    "PL": "PKO BP",
}


def refusal_copy(rng: random.Random, st: Student, visa: bool) -> Page:
    """A photocopy of a visa refusal notice or a doctor's certificate the student encloses."""
    lg = home()
    p = Page(A4)
    copier_edge(p, rng)
    w, _hh = A4
    m = 70
    y = 90.0
    if visa:
        emblem(p, m, y - 14)
        p.text(
            m + 32,
            y,
            EMBASSY[lg][0 if lg == "en" else rng.randint(0, 1)].split(" - ")[0]
            if lg != "en"
            else "UK Visas and Immigration",
            "Helvetica-Bold",
            11,
        )
        p.text(
            m + 32,
            y + 13,
            VISA_CITY.get(NATIONS[st.nation][6], st.town),
            "Helvetica",
            9,
        )
        y += 60
        p.text(
            m,
            y,
            tr(lg, "Refusal of entry clearance", "Ablehnung des Visumantrags", "Refus de visa"),
            "Helvetica-Bold",
            13,
        )
        y += 22
        for cap, val in [
            (tr(lg, "Applicant", "Antragsteller/in", "Demandeur"), st.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(st.born, lg)),
            (tr(lg, "Passport", "Pass-Nr.", "Passeport"), st.passport),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), serial(rng, "AAA/9999999/99")),
        ]:
            p.text(m, y, cap, "Helvetica", 9)
            p.text(m + 130, y, val, "Helvetica", 9)
            y += 14
        y += 14
        for ln in wrap(
            prose(rng, "en" if lg == "en" else lg, "legal", 3, 5), "Helvetica", 9, w - 2 * m
        ):
            p.text(m, y, ln, "Helvetica", 9)
            y += 12
        y += 30
        stamp(
            p,
            m + 200,
            y,
            [
                tr(lg, "ENTRY CLEARANCE", "VISASTELLE", "SERVICE DES VISAS"),
                short(month() - timedelta(days=rng.randint(3, 30)), lg),
            ],
        )
    else:
        doc = f"Dr {rng.choice(NATIONS[st.nation][1][3:])} {rng.choice(NATIONS[st.nation][2])}"
        p.text(m, y, doc, "Times-Bold", 13)
        p.text(m, y + 14, f"{rng.choice(NATIONS[st.nation][3])}, {st.town}", "Times-Roman", 9)
        y += 60
        p.text(w / 2, y, "MEDICAL CERTIFICATE", "Times-Bold", 14, "center")
        y += 30
        for ln in wrap(
            f"I certify that {st.name}, born {st.born.isoformat()}, is unfit to "
            f"travel from {short(month(), 'en')} for a period of "
            f"{rng.choice([2, 3, 4, 6])} weeks for medical reasons.",
            "Times-Roman",
            11,
            w - 2 * m,
        ):
            p.text(m, y, ln, "Times-Roman", 11)
            y += 15
        y += 40
        scrawl(p, m, y, doc)
        seal(p, m + 250, y - 10, 30, doc, city(st.town))
    return p


def tpl_refund_request(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's refund request form filled in by hand by a student or a parent: the
    student's details, the booking, the reason ticked, the weeks not taken, the bank
    account for the refund, the signature; now and then the copy of a visa refusal or a
    doctor's certificate attached."""
    h = school_head()
    lg = h.lang
    st = a_student(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "REFUND REQUEST FORM", "ANTRAG AUF RÜCKERSTATTUNG", "DEMANDE DE REMBOURSEMENT"),
        s.bold,
        s.size + 5,
    )
    y += 18
    y = band(p, s, y, tr(lg, "Student", "Teilnehmer/in", "Stagiaire"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), st.name.upper()),
            (tr(lg, "Student no.", "Teiln.-Nr.", "N° stagiaire"), st.ref),
            (tr(lg, "Course", "Kurs", "Cours"), course_name(st)),
            (
                tr(lg, "Booked dates", "Gebuchter Zeitraum", "Dates réservées"),
                f"{short(st.start, lg)} - {short(st.end, lg)}",
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(p, s, y, tr(lg, "Reason for the request", "Grund", "Motif"))
    y += 10
    reasons = [
        tr(lg, "Visa refused", "Visum abgelehnt", "Visa refusé"),
        tr(lg, "Illness / medical", "Krankheit", "Maladie"),
        tr(lg, "Early departure", "Vorzeitige Abreise", "Départ anticipé"),
        tr(
            lg,
            "Course cancelled by the school",
            "Kurs von der Schule abgesagt",
            "Cours annulé par l'école",
        ),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    why = rng.choice([0, 0, 1, 2, 4] if needs_visa(st) else [1, 1, 2, 3, 4])
    y = ticks(p, s, m, y, w - 2 * m, reasons, {why}, 8.5)
    p.text(m, y, tr(lg, "Details:", "Erläuterung:", "Précisions :"), s.font, 8)
    lw = tw(tr(lg, "Details:", "Erläuterung:", "Précisions :"), s.font, 8) + 6
    for k in range(3):
        p.line(m + lw, y + 2 + k * 18, w - m, y + 2 + k * 18)
    notes = {
        "en": [
            "visa refused, letter attached",
            "broke my ankle, doctor's note",
            "family emergency - must go home",
            "class was cancelled in week 3",
            "job started earlier",
        ],
        "de": [
            "Visum abgelehnt, Kopie anbei",
            "Fuß gebrochen, Attest anbei",
            "familiärer Notfall",
            "Kurs in Woche 3 ausgefallen",
            "Arbeit beginnt früher",
        ],
        "fr": [
            "visa refusé, copie jointe",
            "cheville cassée, certificat joint",
            "urgence familiale",
            "cours annulé la 3e semaine",
            "mon travail commence plus tôt",
        ],
    }[lg]
    hand(p, m + lw + 4, y, notes[why], 9.5, w - 2 * m - lw - 10)
    y += 62
    y = band(p, s, y, tr(lg, "Refund to", "Erstattung auf", "Remboursement sur"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Account holder", "Kontoinhaber/in", "Titulaire du compte"),
                st.name.upper()
                if rng.random() < 0.7
                else f"{rng.choice(NATIONS[st.nation][1])} {st.last}".upper(),
            ),
            (
                "IBAN / " + tr(lg, "account no.", "Konto-Nr.", "n° de compte"),
                serial(rng, f"{NATIONS[st.nation][6]}99 9999 9999 9999 9999 99"),
            ),
            ("BIC / SWIFT", serial(rng, "AAAAAA9A")),
            (
                tr(lg, "Bank", "Bank", "Banque"),
                BANKS[NATIONS[st.nation][6]],
            ),
        ],
        per=2,
        tall=25,
    )
    y += 6
    for ln in wrap(
        tr(
            lg,
            "Refunds are made according to the booking conditions. Bank "
            "charges for international transfers are deducted from the refund.",
            "Die Erstattung erfolgt nach den AGB. Gebühren für Auslandsüberweisungen "
            "werden abgezogen.",
            "Le remboursement est effectué selon les conditions générales ; les "
            "frais bancaires sont à la charge du stagiaire.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    y += 30
    hand(p, m + 4, y, short(d, lg), 10)
    p.line(m, y + 3, m + 120, y + 3)
    p.text(m, y + 12, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    sign_line(p, s, w / 2, y, tr(lg, "Signature", "Unterschrift", "Signature"), st.name)
    y += 36
    if y < hh - m - 60:
        office_use(p, s, m, hh - m - 50, w - 2 * m, lg, st)
    pages = [p]
    if why in (0, 1) and rng.random() < 0.65:
        pages.append(refusal_copy(rng, st, why == 0))
    received(rng, pages[0], d, 0.4)
    remember(st, d)
    return pages


COVER = {
    "en": [
        ("Employers' liability", 10_000_000),
        ("Public liability", 5_000_000),
        ("Professional indemnity", 1_000_000),
        ("Contents (all risks)", 85_000),
        ("Computer equipment", 25_000),
        ("Business interruption (12 months)", 400_000),
        ("Money", 5_000),
        ("Student personal accident (group)", 50_000),
    ],
    "de": [
        ("Betriebshaftpflicht", 5_000_000),
        ("Vermögensschadenhaftpflicht", 500_000),
        ("Inhaltsversicherung", 90_000),
        ("Elektronikversicherung", 30_000),
        ("Betriebsunterbrechung", 300_000),
        ("Gruppenunfall Teilnehmende", 60_000),
        ("Schlüsselverlust", 20_000),
    ],
    "fr": [
        ("Responsabilité civile exploitation", 5_000_000),
        ("Responsabilité civile professionnelle", 1_000_000),
        ("Multirisque locaux - contenu", 80_000),
        ("Bris de machine informatique", 20_000),
        ("Perte d'exploitation", 250_000),
        ("Individuelle accident stagiaires", 40_000),
        ("Protection juridique", 20_000),
    ],
}


POLICY_TERMS = {
    "en": [
        "Definitions",
        "Cover",
        "Exclusions",
        "Conditions precedent",
        "Claims",
        "Fraud",
        "Cancellation",
        "Other insurance",
        "Complaints",
        "Law and jurisdiction",
    ],
    "de": [
        "Versicherte Gefahren",
        "Versicherte Sachen",
        "Ausschlüsse",
        "Obliegenheiten",
        "Gefahrerhöhung",
        "Entschädigung",
        "Selbstbeteiligung",
        "Beitrag und Fälligkeit",
        "Kündigung",
        "Gerichtsstand",
    ],
    "fr": [
        "Définitions",
        "Objet des garanties",
        "Exclusions",
        "Déclaration du risque",
        "Sinistres",
        "Indemnisation",
        "Franchises",
        "Cotisation",
        "Résiliation",
        "Prescription",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's insurance schedule from its insurer or broker: the policy number, the
    insured, the business description, the period, the sections with limits, sums insured
    and excesses, the premium and insurance premium tax; an endorsements page and now and
    then extracts of the policy wording in small print; "Page i of n" throughout."""
    h = head_of(who, "insurer", 0.1)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    period0 = date(d.year, d.month, 1) + timedelta(days=rng.choice([0, 14, 31]))
    pol = serial(keyed(who, "pol"), rng.choice(["AAA/999999/99", "99.999.999-9", "9999 99 999999"]))
    title = tr(lg, "Policy Schedule", "Versicherungsschein", "Conditions particulières")
    f = sheets(s, h, f"{title} - {pol}")
    caption(f, s, title, 6)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), school_row()[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{school_row()[1]}, {school_row()[2]}"),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Language school",
                    "Sprachschule",
                    "École de langues / organisme de formation",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(period0, lg)} - "
                f"{short(period0.replace(year=period0.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"),
                short(period0.replace(year=period0.year + 1), lg),
            ),
            (
                tr(lg, "Students per year (declared)", "Teilnehmende p.a.", "Stagiaires / an"),
                str(rng.choice([600, 850, 1200, 1800, 2400])),
            ),
            (
                tr(lg, "Wageroll / fees", "Honorarsumme", "Masse salariale"),
                cash(rng.choice([180_000, 240_000, 320_000]), lg),
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    rows = []
    prem = 0.0
    for sec, lim in COVER[lg]:
        if rng.random() < 0.85:
            p_ = round(lim * rng.uniform(0.00003, 0.003) + rng.uniform(40, 200), 2)
            prem += p_
            rows.append(
                [
                    sec,
                    whole(lim, lg),
                    whole(rng.choice([0, 100, 250, 500]), lg),
                    money(p_, lg),
                ]
            )
    table(
        f,
        columns(m, w - m, [(4, "left"), (2, "right"), (1.4, "right"), (1.4, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Limit / sum insured", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y += 6
    for t, v, b in [
        (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"), prem, False),
        (
            tr(
                lg,
                "Insurance Premium Tax 12%",
                "Versicherungsteuer 19 %",
                "Taxe sur les conventions d'assurance",
            ),
            tax,
            False,
        ),
        (tr(lg, "Total payable", "Zu zahlen", "Prime TTC"), prem + tax, True),
    ]:
        ft = s.bold if b else s.font
        f.page.text(w * 0.45, f.y, fit(t, ft, s.size, w * 0.55 - m - 80), ft, s.size)
        f.page.text(w - m, f.y, cash(v, lg), s.bold if b else s.font, s.size, "right")
        f.y += s.size * 1.5
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "This schedule must be read with the policy wording and any "
            "endorsements. Please check it and tell us of any error.",
            "Es gelten die beigefügten Bedingungen und Klauseln. Bitte prüfen Sie "
            "den Versicherungsschein.",
            "Les présentes conditions particulières complètent les conditions "
            "générales ; merci de nous signaler toute erreur.",
        ),
        s.size - 1,
    )
    f.new_page()
    caption(f, s, tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses particulières"), 2)
    for _k in range(rng.randint(3, 7)):
        code = serial(rng, rng.choice(["E99", "K 999", "CP 99"]))
        f.heading(m, f"{code}  {words(rng, lg, 'legal', 4)[:-1]}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    f.need(60)
    f.y += 20
    nm = f"{keyed(who, 'uw').choice(FIRSTS[lg])} {keyed(who, 'uw').choice(LASTS[lg])}"
    scrawl(f.page, m, f.y, nm)
    f.page.text(
        m,
        f.y + 12,
        tr(
            lg,
            f"Signed on behalf of the insurers - {day(h, d)}",
            f"{city(h.town)}, {day(h, d)} - {h.name}",
            f"Fait à {city(h.town)}, le {day(h, d)}",
        ),
        s.font,
        8,
    )
    pages = f.pages
    if keyed(who, "wording").random() < 0.5:
        for _ in range(rng.randint(1, 2)):
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "Policy wording (extract)",
                        "Allgemeine Versicherungsbedingungen (Auszug)",
                        "Conditions générales (extrait)",
                    ),
                    POLICY_TERMS[lg],
                )
            )
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_class_register(rng: random.Random, who: Issuer) -> list[Page]:
    """A teacher's monthly class register on a landscape sheet: the group, room, teacher and
    month, the students down the side, the days across with hand marks for present, absent
    and late, lesson totals; now and then a second sheet: the record of work with the date,
    lessons and what was taught, by hand."""
    h = school_head()
    lg = h.lang
    r = keyed(who, "register")
    kt = r.randrange(12)
    t = teacher(kt)
    mo = month()
    ex = LAST["extra"]
    if after(("class_register",)) and isinstance(ex, date):
        mo = ex
    size = landscape(A4)
    w, hh = size
    s = style_of(h, size, margin=36, pt=8)
    m = s.margin
    lv = rng.choice(LEVELS[:6])
    p = Page(size)
    p.text(
        m,
        m,
        f"{h.name} - " + tr(lg, "Class register", "Anwesenheitsliste", "Feuille d'émargement"),
        s.bold,
        12,
    )
    p.text(w - m, m, f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}", s.bold, 12, "right")
    y = m + 18.0
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), f"{lv}{rng.choice(['a', 'b', ''])}"),
            (tr(lg, "Teacher", "Lehrkraft", "Formateur"), t.name),
            (tr(lg, "Room", "Raum", "Salle"), str(rng.randint(1, 12))),
            (tr(lg, "Time", "Zeit", "Horaire"), rng.choice(["9.00-12.30", "13.30-17.00"])),
        ]
    ):
        p.text(m + k * 170, y, f"{cap}:", s.font, 8)
        lw = tw(f"{cap}: ", s.font, 8)
        hand(p, m + k * 170 + lw, y, val, 9.5, 165 - lw)
    y += 16
    days = []
    dd = mo
    while dd.month == mo.month:
        if dd.weekday() < 5:
            days.append(dd)
        dd += timedelta(days=1)
    names = [a_student(rng) for _ in range(rng.randint(6, 14))]
    nw = 150
    cw = (w - 2 * m - nw - 40) / len(days)
    rh = min(22.0, (hh - y - 110) / (len(names) + 2))
    p.rect(m, y, w - 2 * m, rh, fill=0.88)
    p.text(m + 4, y + rh - 6, tr(lg, "Student", "Name", "Stagiaire"), s.bold, 8)
    for k, dday in enumerate(days):
        x = m + nw + k * cw
        p.line(x, y, x, y + rh * (len(names) + 2))
        p.text(x + cw / 2, y + rh - 6, str(dday.day), s.bold, 7, "center")
    xt = m + nw + len(days) * cw
    p.line(xt, y, xt, y + rh * (len(names) + 2))
    p.text(xt + 20, y + rh - 6, "%", s.bold, 8, "center")
    y += rh
    for st in names:
        p.line(m, y, w - m, y)
        p.text(m + 4, y + rh - 6, fit(f"{st.last}, {st.first}", s.font, 8, nw - 8), s.font, 8)
        arr = rng.randint(0, len(days) - 1) if rng.random() < 0.3 else 0
        here = 0
        for k, dday in enumerate(days):
            x = m + nw + k * cw
            if k < arr or dday > month() + timedelta(days=27):
                continue
            late = tr(lg, "L", "V", "R")
            mark = rng.choices(["/", "A", late, "/"], [0.8, 0.08, 0.05, 0.07])[0]
            here += mark != "A"
            p.text(x + cw / 2, y + rh - 6, mark, HAND, 9, "center")
        p.text(
            xt + 20, y + rh - 6, f"{round(100 * here / max(1, len(days) - arr))}", HAND, 8, "center"
        )
        y += rh
    p.line(m, y, w - m, y)
    p.text(m + 4, y + rh - 6, tr(lg, "Lessons taught", "UE gehalten", "Leçons"), s.bold, 8)
    for k in range(len([x for x in days if x <= month() + timedelta(days=27)])):
        p.text(
            m + nw + k * cw + cw / 2,
            y + rh - 6,
            rng.choice(["4", "4", "4", "5"]),
            HAND,
            8,
            "center",
        )
    y += rh
    p.rect(m, m + 34, w - 2 * m, y - m - 34)
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            "/ = present   A = absent   L = late (more than 15 min)",
            "/ = anwesend   A = abwesend   V = verspätet",
            "/ = présent   A = absent   R = retard",
        ),
        s.font,
        7.5,
    )
    sign_line(
        p,
        s,
        w - m - 200,
        min(y + 24, hh - 30),
        tr(lg, "Teacher's signature", "Unterschrift Lehrkraft", "Signature du formateur"),
        t.name,
        True,
        200,
    )
    pages = [p]
    if r.random() < 0.35:
        q = Page(size)
        q.text(
            m,
            m,
            tr(lg, "Record of work", "Unterrichtsnachweis", "Cahier de textes")
            + f" - {lv} - {MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            s.bold,
            11,
        )
        cols = columns(m, w - m, [(1, "left"), (0.6, "center"), (5, "left"), (2, "left")])
        yy = m + 24.0
        q.rect(m, yy - 11, w - 2 * m, 15, fill=0.88)
        for c, txt in zip(
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Lessons", "UE", "Leçons"),
                tr(lg, "Content / materials", "Inhalt / Material", "Contenu / supports"),
                tr(lg, "Homework", "Hausaufgabe", "Devoirs"),
            ],
            strict=True,
        ):
            q.text(c[0], yy, txt, s.bold, 8)
        yy += 16
        for dday in days[: rng.randint(6, len(days))]:
            if yy > hh - 50:
                break
            q.text(cols[0][0], yy, short(dday, lg)[:5], HAND, 8.5)
            q.text((cols[1][0] + cols[1][1]) / 2, yy, "4", HAND, 8.5, "center")
            q.text(
                cols[2][0],
                yy,
                fit(words(rng, lg, "school", 7)[:-1], HAND, 8.5, cols[2][1] - cols[2][0]),
                HAND,
                8.5,
            )
            if rng.random() < 0.5:
                q.text(
                    cols[3][0],
                    yy,
                    fit(
                        f"p. {rng.randint(10, 140)} ex. {rng.randint(1, 8)}",
                        HAND,
                        8.5,
                        cols[3][1] - cols[3][0],
                    ),
                    HAND,
                    8.5,
                )
            q.line(m, yy + 5, w - m, yy + 5)
            yy += 17
        pages.append(q)
    remember(None, mo, mo)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same student."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "enrolment_form": tpl_enrolment_form,
    "course_invoice": tpl_course_invoice,
    "placement_test": tpl_placement_test,
    "host_agreement": tpl_host_agreement,
    "homestay_statement": tpl_homestay_statement,
    "visa_letter": tpl_visa_letter,
    "attendance_certificate": tpl_attendance_certificate,
    "teacher_contract": tpl_teacher_contract,
    "teacher_invoice": tpl_teacher_invoice,
    "inspection_report": tpl_inspection_report,
    "exam_entries": tpl_exam_entries,
    "exam_result": tpl_exam_result,
    "book_invoice": tpl_book_invoice,
    "agent_commission": tpl_agent_commission,
    "lease_agreement": tpl_lease_agreement,
    "complaint_letter": tpl_complaint_letter,
    "complaint_reply": tpl_complaint_reply,
    "refund_request": tpl_refund_request,
    "insurance_schedule": tpl_insurance_schedule,
    "class_register": tpl_class_register,
}
TEMPLATES_EEEE: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "placement_test",
    "attendance_certificate",
    "exam_result",
    "homestay_statement",
    "teacher_invoice",
    "agent_commission",
    "course_invoice",
    "class_register",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "enrolment_form": "course_invoice",
    "course_invoice": "visa_letter",
    "host_agreement": "homestay_statement",
    "teacher_contract": "teacher_invoice",
    "exam_entries": "exam_result",
    "complaint_letter": "complaint_reply",
    "refund_request": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_carboy_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One school's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The school
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SCHOOL["lang"] = lang
    SCHOOL["row"] = r.randrange(len(SCHOOLS[lang]))
    SCHOOL["seed"] = r.getrandbits(24)
    SCHOOL["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", student=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_EEEE, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_carboy_stream, "templates EEEE")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

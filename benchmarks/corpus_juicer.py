"""Juicer part of the generated corpus: templates MMMMM, written blind for the next measurement.

A part of its own, ``juicer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a dance
school (ballet, contemporary, tap and ballroom classes for children and adults, exams and an
annual show; a principal, four dance teachers, a pianist and a studio administrator; in England,
Germany or France) feeds through its scanner in a month: pupils' registration forms filled in by
hand by the parents (classes ticked, medical questions, photo and video consent) with the terms
and conditions on a second page; the school's termly fee invoices to families with a tear-off
remittance slip; the school's fee reminders, now and then with the copy of the invoice behind;
the school's exam entry forms to the examining board (RAD, ISTD, a Deutscher Tanzlehrerverband
or ADTV Landesverband, the Fédération Française de Danse) with the candidate list on a
landscape page; the boards' results sheets for a session behind a covering letter; the boards'
certificates on landscape paper with a border and a seal; the boards' invoices for the exam
session; the teachers' and the pianist's contracts of employment (a statement of terms, an
Arbeitsvertrag in Teilzeit, a CDI intermittent) with the timetable on a landscape page and a
signature page; copies of criminal record certificates (an enhanced DBS certificate, an
erweitertes Führungszeugnis, a bulletin n° 3) with the school's note of sight; the studio
landlord's annual service charge statements (Nebenkostenabrechnung, régularisation des
charges) with the apportionment schedule; sprung floor contractors' invoices with the floor
inspection report; theatres' hire agreements for the annual show with the schedule of
charges, the conditions of hire and a signature page; the theatres' box office settlements
after the show; costume makers' invoices with the per-child size list on a landscape page and
a delivery note; the authorities' papers for the show (a council's chaperone approval with the
chaperone's card, an Ordnungsamt's confirmation of the event notice, a mairie's récépissé) with
their conditions; music licensing invoices for dance tuition (PPL PRS, GEMA, SACEM) with the
licence summary or the declaration of use; liability insurance schedules from a dance
teachers' scheme with the covering letter and the endorsements; the school's accident and
incident report forms filled in by hand; dance festivals' and competitions' entry
confirmations with the running order on a landscape page and the rules; and parents' order
forms for the show video and photographs (A5, by hand). Each stream is one school's pile: the
school (country, name, month, staff) is drawn once per stream; its outside senders are of the
school's country and write in its language, except that a costume maker, an examining board's
head office or a festival is now and then from abroad and writes in its own (an American
costume company on Letter paper). Page sizes range from A5 forms and slips to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page of a registration form; the remittance slip of a fee invoice; the invoice copy
behind a reminder; the landscape candidate list of an entry form; the covering letter in front
of a results sheet and every page of the sheet; the candidate list behind a board's invoice;
the timetable and signature pages of a contract; the back page of a criminal record
certificate copy; the covering letter and apportionment schedule of a service charge
statement; the inspection report of a floor invoice; the schedule, conditions and signature
page of a theatre hire agreement; every page of a settlement; the size list and delivery note
of a costume invoice; the conditions page and the chaperone card of an authority's letter; the
licence summary or declaration of a licensing invoice; the covering letter and endorsements of
an insurance schedule; the running order and rules of a festival confirmation. Related papers
are documents of their own: the first fee invoice after a registration form, the reminder
after a fee invoice, the board's invoice after the entry form, the certificates after the
results sheet, the criminal record check after a contract, the box office settlement after the
theatre hire agreement; and so is each registration form, fee invoice, reminder, certificate,
record check, accident report, costume invoice and order form of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: registration forms, fee invoices,
reminders, certificates, record checks, accident reports, costume invoices and order forms
often come 2-4 in a row (from one sender, with other pupils, families, dates, numbers and
amounts); and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "juicer"`` and seeds offset by 11_600_000.

Usage: ``python benchmarks/corpus_juicer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/juicer/juicer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "juicer"
SEED_OFFSET = 11_600_000

MM = 72 / 25.4
CARD = (86 * MM, 54 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the school and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SCHOOLS: dict[str, list[Row]] = {
    "en": [
        ("Jennings School of Dance", "The Studios, 4 Chapel Street", "Guildford GU1 3UH", ""),
        ("Rosewood Academy of Dance", "St Mark's Hall, Kenton Road", "Harrow HA3 8BX", ""),
        ("Tiptoes & Taps Dance Centre", "Unit 3, Riverside Works", "Shrewsbury SY1 2AP", ""),
    ],
    "de": [
        ("Ballett- und Tanzschule Sommerfeld", "Lindenstraße 41", "33602 Bielefeld", ""),
        ("Tanzstudio Pirouette", "Rheinallee 7", "55116 Mainz", "06131 22 84 90"),
        ("Tanzakademie am Stadtpark", "Parkstraße 18", "90409 Nürnberg", "0911 35 66 21"),
    ],
    "fr": [
        ("École de danse Arabesque", "14 rue des Tanneurs", "37000 Tours", "02 47 61 30 58"),
        ("Studio Danse Passion", "3 allée des Tilleuls", "44000 Nantes", ""),
        ("Académie de danse Clair de Lune", "27 avenue Jean Jaurès", "21000 Dijon", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "board": {
        "en": [
            ("Royal Academy of Dance", "36 Battersea Square", "London SW11 3RA", ""),
            ("Imperial Society of Teachers of Dancing", "22/26 Paul Street", "London EC2A 4QE", ""),
            ("British Ballet Organization", "Barnes Studio, 39 Lonsdale Road", "London SW13", ""),
        ],
        "de": [
            ("Deutscher Tanzlehrerverband e.V.", "Geschäftsstelle, Am Hof 6", "50667 Köln", ""),
            (
                "ADTV Landesverband West",
                "Prüfungsstelle, Graf-Adolf-Str. 22",
                "40212 Düsseldorf",
                "",
            ),
            ("Deutscher Berufsverband für Tanzpädagogik", "Hollestraße 1", "45127 Essen", ""),
        ],
        "fr": [
            (
                "Fédération Française de Danse",
                "Service des examens, 12 rue Saint-Just",
                "69005 Lyon",
                "",
            ),
            ("Confédération Nationale de Danse", "Secrétariat, 8 rue Molière", "21000 Dijon", ""),
            ("Royal Academy of Dance France", "Bureau national, 5 rue Thorel", "75002 Paris", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Chapelgate Estates Ltd", "c/o Lambert Smith, 12 Quarry St", "Guildford GU1 3UY", ""),
            ("Parish of St Mark, Kenton - Hall Committee", "Kenton Road", "Harrow HA3 8BX", ""),
            ("Riverside Works Management Co", "Abbey Foregate", "Shrewsbury SY2 6AE", ""),
        ],
        "de": [
            ("Hausverwaltung Brockmann GmbH", "Niederwall 23", "33602 Bielefeld", ""),
            ("Immobilienverwaltung Rheinblick", "Große Bleiche 15", "55116 Mainz", ""),
            ("WBG Nürnberg Gewerbe", "Glockenhofstraße 47", "90478 Nürnberg", ""),
        ],
        "fr": [
            ("Cabinet Loiret Gestion", "52 rue Nationale", "37000 Tours", "02 47 05 11 40"),
            ("SCI Les Tilleuls", "c/o Citya Nantes, 2 rue Crébillon", "44000 Nantes", ""),
            ("Foncière Bourgogne Gestion", "9 place Darcy", "21000 Dijon", ""),
        ],
    },
    "floor": {
        "en": [
            ("Sprungfloor Services Ltd", "Unit 8, Stephenson Way", "Crawley RH10 1TN", ""),
            ("Stageworks Dance Floors", "Bankside Industrial Estate", "Falkirk FK2 7XE", ""),
        ],
        "de": [
            ("Tanzboden Schwingflex GmbH", "Gewerbering 12", "48155 Münster", ""),
            ("Bühnenboden Kraus", "Industriestraße 5", "97076 Würzburg", ""),
        ],
        "fr": [
            ("Planchers Scéniques de l'Ouest", "ZA de la Lande", "35230 Noyal-Châtillon", ""),
            ("Sol Danse Équipement SARL", "14 rue Gustave Eiffel", "69120 Vaulx-en-Velin", ""),
        ],
    },
    "theatre": {
        "en": [
            ("Yvonne Arnaud Theatre", "Millbrook", "Guildford GU1 3UX", "01483 440000"),
            ("Harrow Arts Centre", "Uxbridge Road", "Pinner HA5 4EA", ""),
            ("Theatre Severn", "Frankwell Quay", "Shrewsbury SY3 8FT", ""),
        ],
        "de": [
            ("Rudolf-Oetker-Halle / Bühnen Bielefeld", "Lampingstraße 16", "33615 Bielefeld", ""),
            ("Frankfurter Hof Mainz", "Augustinerstraße 55", "55116 Mainz", ""),
            ("Gesellschaftshaus Gartenstadt", "Buchenschlag 1", "90469 Nürnberg", ""),
        ],
        "fr": [
            ("Espace Malraux - Ville de Joué-lès-Tours", "Parc des Bretonnières", "37300 Joué", ""),
            ("Théâtre de la Fleuriaye", "30 boulevard Ampère", "44470 Carquefou", ""),
            ("Salle Devosge - Ville de Dijon", "5 rue Devosge", "21000 Dijon", ""),
        ],
    },
    "costume": {
        "en": [
            ("Dancewear Direct (Midlands) Ltd", "Unit 14, Roman Way", "Coleshill B46 1HG", ""),
            ("Starlight Costumes", "The Old Mill, Mill Lane", "Hebden Bridge HX7 8EL", ""),
            ("Bayview Costume Co.", "1120 Commerce Drive", "Cleveland, OH 44114", ""),
        ],
        "de": [
            ("Kostümschneiderei Anna Vogt", "Webergasse 3", "01067 Dresden", ""),
            ("Tanzmode Schuster GmbH", "Theresienstraße 60", "80333 München", ""),
        ],
        "fr": [
            ("Atelier Tutus et Paillettes", "7 rue de la Soie", "69004 Lyon", ""),
            ("Danse Boutique Rivière", "21 rue du Faubourg Bretonnière", "37000 Tours", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Surrey County Council - Children's Services",
                "Quadrant Court",
                "Woking GU22 7QQ",
                "",
            ),
            ("London Borough of Harrow - Child Employment", "Station Road", "Harrow HA1 2XY", ""),
            (
                "Shropshire Council - Education Welfare",
                "Shirehall, Abbey Foregate",
                "Shrewsbury",
                "",
            ),
        ],
        "de": [
            (
                "Stadt Bielefeld - Ordnungsamt",
                "Neues Rathaus, Niederwall 23",
                "33602 Bielefeld",
                "",
            ),
            ("Stadt Mainz - Amt für Ordnungswesen", "Kaiserstraße 3-5", "55116 Mainz", ""),
            ("Stadt Nürnberg - Ordnungsamt", "Hauptmarkt 18", "90403 Nürnberg", ""),
        ],
        "fr": [
            (
                "Mairie de Joué-lès-Tours - Service Événementiel",
                "Place F. Mitterrand",
                "37300 Joué",
                "",
            ),
            (
                "Ville de Nantes - Direction de la Réglementation",
                "2 rue de l'Hôtel de Ville",
                "44000 Nantes",
                "",
            ),
            ("Ville de Dijon - Police administrative", "Place de la Libération", "21000 Dijon", ""),
        ],
    },
    "licensing": {
        "en": [("PPL PRS Ltd - TheMusicLicence", "2 Pancras Square", "London N1C 4AG", "")],
        "de": [
            ("GEMA Bezirksdirektion Hannover", "Goethestraße 13", "30169 Hannover", ""),
            ("GEMA Bezirksdirektion Wiesbaden", "Abraham-Lincoln-Str. 20", "65189 Wiesbaden", ""),
            ("GEMA Bezirksdirektion Nürnberg", "Johannisstraße 1", "90419 Nürnberg", ""),
        ],
        "fr": [
            ("SACEM - Délégation régionale Centre", "14 rue de la Préfecture", "37000 Tours", ""),
            ("SACEM - Délégation régionale Ouest", "5 rue du Calvaire", "44000 Nantes", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Dance Teachers' Insurance Scheme", "c/o Marlow Brokers, 3 High St", "Marlow SL7", ""),
            ("Halyard Leisure Insurance Services", "40 Lime Street", "London EC3M 7AW", ""),
        ],
        "de": [
            ("Versicherungsbüro Tanz & Sport", "Hansaring 61", "50670 Köln", ""),
            ("ARAG Allgemeine Versicherungs-AG", "ARAG Platz 1", "40472 Düsseldorf", ""),
        ],
        "fr": [
            (
                "MAIF - Associations et collectivités",
                "200 avenue Salvador Allende",
                "79038 Niort",
                "",
            ),
            ("Cabinet Berthier Assurances", "11 rue Jeannin", "21000 Dijon", ""),
        ],
    },
    "festival": {
        "en": [
            ("All England Dance - Area 4", "c/o 17 Beech Grove", "Reading RG4 7SL", ""),
            ("Surrey Festival of Dance", "Secretary, 2 Larch Close", "Godalming GU7 1QP", ""),
        ],
        "de": [
            ("Tanzfestival Rhein-Main e.V.", "Wallstraße 9", "65183 Wiesbaden", ""),
            (
                "Landestanzsportverband NRW - Jugendwettbewerb",
                "Friedrichstraße 5",
                "47051 Duisburg",
                "",
            ),
        ],
        "fr": [
            ("Concours régional de danse - CND Bourgogne", "8 rue Molière", "21000 Dijon", ""),
            (
                "Rencontres chorégraphiques de l'Ouest",
                "Maison des associations",
                "44000 Nantes",
                "",
            ),
        ],
    },
    "video": {
        "en": [
            ("Spotlight Stage Video", "18 Ashcombe Road", "Dorking RH4 1LX", ""),
            ("Curtain Call Photography", "5 Wyle Cop", "Shrewsbury SY1 1XB", ""),
        ],
        "de": [
            ("Bühnenfoto Marquardt", "Jahnplatz 2", "33602 Bielefeld", ""),
            ("Filmproduktion Lichtblick", "Gostenhofer Hauptstr. 27", "90443 Nürnberg", ""),
        ],
        "fr": [
            ("Regard de Scène - Photo Vidéo", "4 rue Colbert", "37000 Tours", ""),
            ("Studio Objectif Danse", "19 quai de Versailles", "44000 Nantes", ""),
        ],
    },
}
#: Senders that are now and then from abroad: a costume maker, a board's head office, a
#: festival.
ABROAD = {"costume": 0.25, "board": 0.12, "festival": 0.1}

FIRSTS = {
    "en": ["Sarah", "Claire", "Emma", "James", "Rachel", "Mark", "Priya", "Louise", "Helen"],
    "de": ["Katrin", "Sabine", "Andrea", "Thomas", "Julia", "Stefan", "Nicole", "Jan", "Eva"],
    "fr": ["Nathalie", "Sandrine", "Camille", "Olivier", "Céline", "Nicolas", "Aurélie", "Hugo"],
}
LASTS = {
    "en": ["Whitmore", "Patel", "Hughes", "Dawson", "O'Neill", "Fraser", "Greenwood", "Khan"],
    "de": ["Bergmann", "Schulte", "Kowalski", "Meyer", "Yilmaz", "Brandt", "Hoffmann", "Lange"],
    "fr": ["Moreau", "Lambert", "Garnier", "Rousseau", "Mercier", "Benali", "Faure", "Blanc"],
}
KIDS = {
    "en": ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Freya", "Poppy", "Sophie", "Alfie", "Ruby"],
    "de": ["Emilia", "Lina", "Mia", "Hanna", "Lea", "Marie", "Clara", "Ella", "Paul", "Greta"],
    "fr": ["Jade", "Louise", "Emma", "Alice", "Chloé", "Léna", "Inès", "Manon", "Lucas", "Rose"],
}
FEMALE = {"Sarah", "Claire", "Emma", "Rachel", "Priya", "Louise", "Helen", "Katrin", "Sabine"}
FEMALE |= {"Andrea", "Julia", "Nicole", "Eva", "Nathalie", "Sandrine", "Camille", "Céline"}
FEMALE |= {"Aurélie"}
ROADS = {
    "en": ["Ashley Road", "Meadow Way", "Church Lane", "Orchard Close", "Victoria Avenue"],
    "de": ["Goethestraße", "Am Lindenhof", "Bergstraße", "Schillerweg", "Kastanienallee"],
    "fr": ["rue Victor Hugo", "allée des Roses", "rue Pasteur", "avenue de la Gare"],
}
PRIMARY = {
    "en": ["St Mary's CE Primary", "Holy Trinity Juniors", "Burpham Primary", "Tormead"],
    "de": ["Grundschule am Park", "Gymnasium Am Waldhof", "Realschule Nord", "GS Lindenweg"],
    "fr": ["École Jules Ferry", "École Paul Bert", "Collège Ronsard", "École Sainte-Marie"],
}
KIN = {
    "en": ["Gran", "aunt", "neighbour", "Grandad"],
    "de": ["Oma", "Tante", "Opa", "Nachbarin"],
    "fr": ["Mamie", "tante", "Papy", "voisine"],
}
TALK = {
    "en": {
        "work": "employee employer hours pay holiday sickness notice duties "
        "teaching timetable term safeguarding training pension absence policy",
        "dance": "class pupils teacher grade exam syllabus barre centre music rehearsal show "
        "costume uniform progress technique performance term timetable studio",
        "legal": "hirer agreement premises conditions liability insurance licence notice "
        "cancellation deposit damage obligations schedule signature terms",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges fees term settlement",
        "safety": "children chaperone supervision register performance licence safeguarding "
        "conditions venue dressing rooms emergency first aid",
    },
    "de": {
        "work": "Arbeitnehmer Arbeitgeber Arbeitszeit Vergütung Urlaub Krankheit "
        "Kündigung Unterricht Stundenplan Schulferien Fortbildung Abwesenheit Weisung",
        "dance": "Unterricht Schülerinnen Lehrkraft Prüfung Kurs Stange Mitte Musik Probe "
        "Aufführung Kostüm Trainingskleidung Technik Halbjahr Stundenplan Saal",
        "legal": "Mieter Vertrag Räume Bedingungen Haftung Versicherung Genehmigung Kündigung "
        "Kaution Schäden Pflichten Anlage Unterschrift Nutzung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Beitrag Gebühren Zahlungsziel Lastschrift",
        "safety": "Kinder Aufsicht Veranstaltung Besucher Jugendschutz Auflagen Rettungswege "
        "Brandschutz Sanitätsdienst Ordnungsdienst Garderobe Notausgang",
    },
    "fr": {
        "work": "salarié employeur durée rémunération congés maladie préavis "
        "cours planning vacances formation absence convention avenant",
        "dance": "cours élèves professeur examen niveau barre milieu musique répétition "
        "spectacle costume tenue technique trimestre planning salle",
        "legal": "organisateur convention locaux conditions responsabilité assurance "
        "autorisation annulation caution dégradations obligations annexe signature",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé cotisation frais règlement prélèvement",
        "safety": "enfants encadrement manifestation public sécurité prescriptions issues "
        "secours incendie accueil vestiaires évacuation",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "dance", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "dance", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The school of a stream: its country, month, staff and classes
# ---------------------------------------------------------------------------------------------

SCHOOL: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
STAFF: dict[str, list[str]] = {"principal": [], "teachers": [], "pianist": [], "admin": []}
#: What the previous document was about (a companion takes up the same family, session, show).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}

CLASSES: dict[str, list[tuple[str, str, int, float]]] = {
    "en": [
        ("Baby Ballet (3-4 yrs)", "Sat 09:00", 30, 78.0),
        ("Ballet Primary", "Mon 16:15", 45, 96.0),
        ("Ballet Grade 2", "Tue 16:30", 45, 96.0),
        ("Ballet Grade 5", "Wed 17:30", 60, 118.0),
        ("Tap Grade 1", "Thu 16:15", 45, 90.0),
        ("Tap Grade 4", "Thu 17:00", 45, 90.0),
        ("Contemporary 11-14", "Fri 17:00", 60, 108.0),
        ("Intermediate Foundation", "Wed 18:30", 75, 132.0),
        ("Adult Ballet Beginners", "Mon 19:30", 60, 120.0),
        ("Adult Ballroom & Latin", "Fri 20:00", 60, 115.0),
    ],
    "de": [
        ("Kinderballett (4-5 J.)", "Sa 10:00", 45, 39.0),
        ("Ballett Kinder I", "Mo 15:30", 60, 45.0),
        ("Ballett Kinder III", "Di 16:30", 60, 45.0),
        ("Ballett Jugend", "Mi 17:30", 75, 52.0),
        ("Stepptanz Anfänger", "Do 16:00", 45, 41.0),
        ("Stepptanz Fortgeschr.", "Do 17:00", 60, 45.0),
        ("Contemporary Teens", "Fr 16:30", 75, 52.0),
        ("Spitzentanz", "Mi 19:00", 45, 38.0),
        ("Ballett Erwachsene", "Mo 19:30", 90, 58.0),
        ("Gesellschaftstanz Paare", "Fr 20:00", 75, 96.0),
    ],
    "fr": [
        ("Éveil à la danse (4-5 ans)", "Mer 10h00", 45, 62.0),
        ("Initiation (6-7 ans)", "Mer 11h00", 60, 70.0),
        ("Classique Cycle 1", "Lun 17h15", 60, 78.0),
        ("Classique Cycle 2", "Mar 18h00", 90, 96.0),
        ("Claquettes enfants", "Jeu 17h00", 60, 72.0),
        ("Claquettes adultes", "Jeu 19h30", 60, 84.0),
        ("Contemporain ados", "Ven 18h00", 90, 96.0),
        ("Pointes", "Sam 11h30", 45, 48.0),
        ("Classique adultes", "Lun 19h30", 90, 99.0),
        ("Danse de salon couples", "Ven 20h30", 90, 165.0),
    ],
}
#: What a board examines: the genre, the grades and the sections marked.
GRADES = {
    "en": [
        ("Ballet", ["Primary", "Grade 1", "Grade 2", "Grade 3", "Grade 5", "Intermediate"]),
        ("Tap", ["Grade 1", "Grade 2", "Grade 4", "Grade 6", "Intermediate"]),
        ("Modern Theatre", ["Grade 1", "Grade 3", "Grade 5"]),
        ("Ballroom", ["Bronze Medal", "Silver Medal", "Gold Medal", "Gold Star"]),
    ],
    "de": [
        ("Ballett", ["Stufe 1", "Stufe 2", "Stufe 3", "Stufe 4", "Stufe 5"]),
        ("Stepptanz", ["Grundstufe", "Mittelstufe", "Oberstufe"]),
        (
            "Gesellschaftstanz",
            ["Tanzabzeichen Bronze", "Tanzabzeichen Silber", "Tanzabzeichen Gold"],
        ),
    ],
    "fr": [
        ("Danse classique", ["Cycle 1 - 1re année", "Cycle 1 - 3e année", "Cycle 2 - 2e année"]),
        ("Claquettes", ["Niveau 1", "Niveau 2", "Niveau 3"]),
        ("Danse contemporaine", ["Cycle 1", "Cycle 2", "Fin de cycle 2"]),
    ],
}
SECTIONS = {
    "en": ["Barre", "Centre", "Allegro", "Dance", "Music", "Perf."],
    "de": ["Stange", "Mitte", "Sprünge", "Variation", "Musik.", "Ausdruck"],
    "fr": ["Barre", "Milieu", "Sauts", "Variation", "Musicalité", "Interpr."],
}


def home() -> str:
    return str(SCHOOL["lang"])


def month() -> date:
    m = SCHOOL["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's school and ``key``: a run or a repeat keeps its
    sender."""
    text = f"juicer/{key}/{who.name}/{who.street}/{who.city}/{SCHOOL['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_extra(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def season(d: date, lang: str) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return tr(lang, f"{y}/{str(y + 1)[2:]}", f"{y}/{y + 1}", f"{y}-{y + 1}")


def term_name(d: date, lang: str) -> str:
    k = 0 if d.month >= 9 else 1 if d.month <= 3 else 2
    if lang == "de":
        return ["1. Halbjahr", "2. Halbjahr", "2. Halbjahr"][k] + f" {season(d, lang)}"
    if lang == "fr":
        return ["1er trimestre", "2e trimestre", "3e trimestre"][k] + f" {season(d, lang)}"
    return ["Autumn Term", "Spring Term", "Summer Term"][k] + f" {d.year}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def titled(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


@dataclass
class Family:
    """A pupil's family: the parent who pays, the children, the address and account."""

    parent: str
    kids: list[str]
    last: str
    street: str
    town: str
    account: str
    phone: str


def a_family(rng: random.Random, lang: str | None = None) -> Family:
    lg = lang or home()
    first = rng.choice(FIRSTS[lg])
    last = rng.choice(LASTS[lg])
    kids = rng.sample(KIDS[lg], rng.choice([1, 1, 1, 2, 2, 3]))
    town = str(SCHOOLS[lg][int(SCHOOL["row"])][2]) if lg == home() else ""
    no = rng.randint(2, 140)
    road = rng.choice(ROADS[lg])
    phone = {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.choice([51, 52, 60, 70, 76])} {rng.randint(1000000, 9999999)}",
        "fr": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
    }[lg]
    return Family(
        parent=f"{first} {last}",
        kids=kids,
        last=last,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}",
        town=town or rng.choice(["Tours 37000", "Mainz 55116", "Guildford GU2"]),
        account=f"{last[:3].upper()}{rng.randint(100, 999)}",
        phone=phone,
    )


def family_for(rng: random.Random, kinds: tuple[str, ...]) -> Family:
    ex = last_extra(kinds)
    if isinstance(ex, Family):
        return ex
    return a_family(rng)


def kid_age(rng: random.Random, cls: str) -> int:
    if "Adult" in cls or "Erwachsene" in cls or "adultes" in cls or "Paare" in cls:
        return rng.randint(24, 61)
    if "3-4" in cls or "4-5" in cls:
        return rng.randint(3, 5)
    return rng.randint(6, 15)


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
    look: str  # band | centred | letter | boxed | plain | side | official | crest
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
        "Ballet - Tap - Contemporary - Ballroom",
        "Ballett - Stepp - Contemporary - Gesellschaftstanz",
        "Classique - Claquettes - Contemporain - Danse de salon",
    ),
    "board": ("Examinations Department", "Prüfungswesen", "Service des examens"),
    "costume": ("Dance & stage costumes", "Bühnen- und Tanzkostüme", "Costumes de scène"),
    "floor": (
        "Sprung floors - dance vinyl - stage",
        "Schwingböden - Tanzteppich - Bühne",
        "Planchers flottants - tapis de danse",
    ),
    "video": ("Stage photography & video", "Bühnenfotografie & Video", "Photo & vidéo de scène"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "records"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(10, 99)}"
        ]
        if "GmbH" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Köln', 'Münster', 'München'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        if "e.V." in name:
            out.insert(
                0,
                f"Eingetragen im Vereinsregister VR {r.randint(100, 9999)} - "
                f"Vorstand: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['8552Z', '9001Z', '1413Z', '6820B'])}"]
        if r.random() < 0.5:
            out.append(
                f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.5:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "board":
        out.append(f"Registered charity no. {r.randint(200000, 1199999)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"juicer/head/{name}/{SCHOOL['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if "OH 44" in town:
        tld = "com"
    looks = LOOKS
    if role == "authority":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "board":
        looks = ["crest", "crest", "centred", "band"]
        font, bold = (
            ("Times-Roman", "Times-Bold") if r.random() < 0.5 else ("Helvetica", "Helvetica-Bold")
        )
    if not phone:
        phone = {
            "en": f"0{r.randint(1200, 1999)} {r.randint(100000, 999999)}",
            "de": f"0{r.randint(201, 981)} {r.randint(10, 99)} {r.randint(100, 999)}-0",
            "fr": f"0{r.randint(1, 5)} {r.randint(10, 99)} {r.randint(10, 99)} "
            f"{r.randint(10, 99)} {r.randint(10, 99)}",
        }[lang]
        if "OH 44" in town:
            phone = f"(216) {r.randint(200, 999)}-{r.randint(1000, 9999)}"
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
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.8
        else "",
    )


def school_head() -> Head:
    lang = home()
    return make_head(SCHOOLS[lang][int(SCHOOL["row"])], lang, "school")


def head_of(who: Issuer, role: str) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and school), of the school's
    country or, now and then for some roles, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < ABROAD.get(role, 0.0):
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in ("landlord", "theatre", "authority", "licensing") and lang == home():
        rows = [rows[int(SCHOOL["row"]) % len(rows)]]  # the ones in the school's own town
    return make_head(r.choice(rows), lang, role)


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
    """A round seal or rubber stamp: two rings, wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def dancer(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A small line drawing of a dancer in arabesque (a school's or board's logo)."""
    p.line(x, y + 30 * k, x + 8 * k, y + 12 * k)  # standing leg
    p.line(x + 8 * k, y + 12 * k, x + 30 * k, y + 4 * k)  # raised leg
    p.line(x + 8 * k, y + 12 * k, x + 4 * k, y - 6 * k)  # body
    p.line(x + 4 * k, y - 2 * k, x - 12 * k, y - 12 * k)  # arm forward
    p.line(x + 4 * k, y - 2 * k, x + 18 * k, y - 8 * k)  # arm back
    ring(p, x + 3 * k, y - 10 * k, 3.5 * k, 14)


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
    if h.look == "official":
        p.line(m, y - 10, m + 20, y - 10)
        p.rect(m + 2, y - 8, 16, 20, fill=0.3)
        p.rect(m + 5, y - 5, 10, 14, fill=0.9)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 30, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 30, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "crest":
        ring(p, w / 2, y + 4, 16)
        dancer(p, w / 2 - 6, y + 2, 0.55)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(w / 2, y + 34, h.name.upper(), h.bold, pt, "center")
        p.text(w / 2, y + 45, fit(f"{where}  {contact}", h.font, 7, w - 2 * m), h.font, 7, "center")
        if tagline:
            it = italic_of(h.font)
            p.text(w / 2, y + 54, tagline, it, 7.5, "center")
        p.line(m, y + 59, w - m, y + 59)
        return y + 78
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
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if tagline else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "school":
            dancer(p, m + 12, y + 4, 0.75)
        else:
            initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, tagline, h.street, h.town, tel, h.mail):
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
    parts = [t for t in parts if t not in ("Mrs", "Mr", "Frau", "Herr", "Madame", "Monsieur")]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the school's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Principal"],
                        "de": ["Büro", "Buchhaltung", "Schulleitung"],
                        "fr": ["Secrétariat", "Trésorerie", "Direction"],
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
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % 4
            ],
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
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"juicer/staff/{tag}/{h.name}/{SCHOOL['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def school_lines(att: str = "") -> list[str]:
    return head_lines(school_head(), att)


def principal() -> str:
    return STAFF["principal"][0]


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
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def sign_line(
    p: Page, s: Style, x: float, y: float, wd: float, label: str, who: str = "", signed: bool = True
) -> None:
    """A signature line with its label below and, if ``signed``, a signature over it."""
    p.line(x, y, x + wd, y)
    p.text(x, y + 9, fit(label, s.font, 7, wd), s.font, 7)
    if signed and who:
        scrawl(p, x + 6, y - 3, who, 12)


# ---------------------------------------------------------------------------------------------
# Templates MMMMM: the school's own forms, invoices and letters
# ---------------------------------------------------------------------------------------------

TERMS_HEADS = {
    "en": [
        "Fees",
        "Notice",
        "Missed classes",
        "Uniform",
        "Exams",
        "Shows",
        "Conduct",
        "Health",
        "Photographs",
        "Data protection",
        "Collection",
        "Changes",
    ],
    "de": [
        "Beiträge",
        "Kündigung",
        "Ausfall",
        "Trainingskleidung",
        "Prüfungen",
        "Aufführungen",
        "Verhalten",
        "Gesundheit",
        "Foto und Film",
        "Datenschutz",
        "Aufsichtspflicht",
        "Änderungen",
    ],
    "fr": [
        "Cotisation",
        "Résiliation",
        "Absences",
        "Tenue",
        "Examens",
        "Spectacle",
        "Règlement intérieur",
        "Certificat médical",
        "Droit à l'image",
        "RGPD",
        "Sortie des cours",
        "Modifications",
    ],
}


def tpl_registration_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A pupil's registration form, filled in by hand by a parent: the pupil and parent, the
    classes ticked, the medical questions, photo and video consent, the signature; the terms and
    conditions on a second page most of the time; A4, now and then A5 with the terms behind."""
    sh = school_head()
    lg = sh.lang
    small = keyed(who, "a5").random() < 0.3
    size = A5 if small else A4
    s = style_of(sh, size, margin=30 if small else 40, pt=7.5 if small else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    fam = a_family(rng)
    kid = fam.kids[0]
    cls = CLASSES[lg]
    adult = rng.random() < 0.15
    p = Page(size)
    y = heading(p, s, sh)
    title = tr(lg, "PUPIL REGISTRATION FORM", "ANMELDUNG", "FICHE D'INSCRIPTION")
    p.text(w / 2, y, title, s.bold, 13 if not small else 11, "center")
    y += 13
    p.text(
        w / 2,
        y,
        tr(lg, f"Season {season(d, lg)}", f"Tanzjahr {season(d, lg)}", f"Saison {season(d, lg)}"),
        s.font,
        8,
        "center",
    )
    y += 16
    y = band(p, s, y, tr(lg, "1. Pupil", "1. Teilnehmer/in", "1. Élève")) + 4
    age = rng.randint(24, 58) if adult else rng.randint(3, 15)
    born = date(d.year - age, rng.randint(1, 12), rng.randint(1, 28))
    name = fam.parent if adult else f"{kid} {fam.last}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Vor- und Nachname", "Nom et prénom"), name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), fam.street),
            (tr(lg, "Postcode / town", "PLZ / Ort", "Code postal / ville"), fam.town),
            (
                tr(lg, "School / year", "Schule / Klasse", "École / classe"),
                "" if adult else f"{rng.choice(PRIMARY[lg])} {rng.randint(1, 9)}",
            ),
            (
                tr(lg, "Previous dance experience", "Tanzerfahrung", "Danse déjà pratiquée"),
                rng.choice(["none", "2 yrs ballet", "-", "Hip hop", "RAD Gr 1"]),
            ),
        ],
        per=2,
        tall=22 if small else 24,
    )
    if not adult:
        y = (
            band(
                p,
                s,
                y,
                tr(lg, "2. Parent / guardian", "2. Erziehungsberechtigte", "2. Responsable légal"),
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
                (tr(lg, "Name", "Name", "Nom"), fam.parent),
                (tr(lg, "Mobile", "Mobil", "Portable"), fam.phone),
                (
                    tr(lg, "E-mail", "E-Mail", "Courriel"),
                    f"{fam.parent.split()[0].lower()}.{fam.last.lower()}@"
                    f"{rng.choice(['gmail.com', 'web.de', 'orange.fr', 'btinternet.com'])}",
                ),
                (
                    tr(lg, "Emergency contact & tel.", "Notfallkontakt", "Personne à prévenir"),
                    f"{rng.choice(FIRSTS[lg])} ({rng.choice(KIN[lg])})",
                ),
            ],
            per=2,
            tall=22 if small else 24,
        )
    y = band(p, s, y, tr(lg, "3. Classes", "3. Kurse", "3. Cours choisis")) + 6
    pool = [
        c
        for c in cls
        if (
            (
                "Adult" in c[0]
                or "Erwachsene" in c[0]
                or "adultes" in c[0]
                or "Paare" in c[0]
                or "couples" in c[0]
            )
            == adult
        )
    ]
    on = set(rng.sample(range(len(pool)), min(len(pool), rng.choice([1, 1, 2, 3]))))
    y = ticks(p, s, m, y, w - 2 * m, [f"{c[0]} ({c[1]})" for c in pool], on, 7 if small else 8)
    y += 2
    y = (
        band(
            p, s, y, tr(lg, "4. Medical information", "4. Gesundheit", "4. Informations médicales")
        )
        + 8
    )
    conds = [
        tr(lg, "Asthma", "Asthma", "Asthme"),
        tr(lg, "Allergies", "Allergien", "Allergies"),
        tr(lg, "Epilepsy", "Epilepsie", "Épilepsie"),
        tr(lg, "Diabetes", "Diabetes", "Diabète"),
        tr(lg, "Recent injury", "Verletzung", "Blessure récente"),
        tr(lg, "None", "Keine", "Aucun"),
    ]
    has = rng.random() < 0.3
    y = ticks(p, s, m, y, w - 2 * m, conds, {rng.randrange(5)} if has else {5}, 7 if small else 8)
    p.text(
        m,
        y,
        tr(lg, "Details / medication:", "Einzelheiten / Medikamente:", "Précisions / traitement :"),
        s.font,
        7.5,
    )
    p.line(m + 90, y + 2, w - m, y + 2)
    if has:
        hand(
            p,
            m + 95,
            y - 1,
            rng.choice(
                [
                    "inhaler in bag",
                    "nut allergy - EpiPen",
                    "Knie verletzt (Mai)",
                    "pas de sauts 2 sem.",
                ]
            ),
            8.5,
        )
    y += 16
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "5. Photographs and video", "5. Foto- und Videoaufnahmen", "5. Droit à l'image"),
        )
        + 4
    )
    for t in [
        tr(
            lg,
            "Photos of my child may be used on the school website and social media",
            "Fotos dürfen auf der Website und in sozialen Medien verwendet werden",
            "Photos utilisables sur le site internet et les réseaux sociaux",
        ),
        tr(
            lg,
            "My child may appear in the show video sold to parents",
            "Mein Kind darf im Aufführungsvideo erscheinen",
            "Mon enfant peut figurer sur la vidéo du spectacle",
        ),
    ]:
        yes = rng.random() < 0.75
        y += 8
        box(p, w - m - 70, y, yes)
        p.text(w - m - 58, y, yes_no(lg)[0], s.font, 7)
        box(p, w - m - 34, y, not yes)
        p.text(w - m - 22, y, yes_no(lg)[1], s.font, 7)
        p.text(m, y, fit(t, s.font, 7.5, w - 2 * m - 80), s.font, 7.5)
        y += 6
    y += 10
    write_y = y
    for ln in wrap(
        tr(
            lg,
            "I have read and accept the terms and conditions overleaf and confirm "
            "the information above is correct.",
            "Ich habe die Teilnahmebedingungen gelesen und erkenne sie an.",
            "Je reconnais avoir pris connaissance du règlement intérieur.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, write_y, ln, s.font, 7.5)
        write_y += 10
    y = min(write_y + 26, hh - m - 30)
    sign_line(p, s, m, y, 150, tr(lg, "Signature", "Unterschrift", "Signature"), fam.parent)
    p.line(w - m - 120, y, w - m, y)
    p.text(w - m - 120, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    hand(p, w - m - 110, y - 3, short(d, lg), 9)
    if rng.random() < 0.5 and y < hh - m - 50:
        bx = w - m - 150
        p.rect(bx, hh - m - 24, 150, 22)
        p.text(
            bx + 4,
            hh - m - 16,
            tr(lg, "Office use: acc. no.", "Büro: Kd.-Nr.", "Réservé : n° adh."),
            s.font,
            6,
        )
        hand(p, bx + 80, hh - m - 8, fam.account, 8.5)
    pages = [p]
    if rng.random() < 0.75:
        back = small_print(
            rng,
            s,
            sh,
            tr(lg, "Terms and Conditions", "Teilnahmebedingungen", "Règlement intérieur"),
            TERMS_HEADS[lg],
        )
        if rng.random() < 0.4:
            _bw, bh = back.size
            sign_line(
                back,
                s,
                s.margin,
                bh - s.margin - 14,
                140,
                tr(lg, "Signed (parent)", "Unterschrift", "Lu et approuvé"),
                fam.parent,
            )
        pages.append(back)
    remember(d, fam)
    return pages


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's termly fee invoice to a family: classes per child, weeks and fees, the
    sibling discount, exam and show costume levies, and a tear-off remittance slip."""
    sh = school_head()
    lg = sh.lang
    s = style_of(sh, A4)
    w, hh = s.page_size
    m = s.margin
    fam = family_for(rng, ("registration_form",))
    d = last_day(rng, ("registration_form",), (1, 10))
    no = f"{tr(lg, 'INV', 'RE', 'F')}-{d.year % 100}{rng.randint(1000, 4999)}"
    f = sheets(s, sh, f"{sh.name} - {no}")
    recipient(
        f,
        s,
        sh,
        [titled(fam.parent, lg), fam.street, fam.town],
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° adhérent"), fam.account),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Fees - {term_name(d, lg)}",
            f"Kursgebühren {term_name(d, lg)}",
            f"Cotisation - {term_name(d, lg)}",
        ),
        3,
    )
    weeks = rng.choice([10, 11, 12, 12, 13]) if lg != "de" else 6
    unit = tr(lg, f"{weeks} wks", f"{weeks} Mon.", "trim.")
    rows: list[list[str]] = []
    net = 0.0
    cls = CLASSES[lg]
    for k, kid in enumerate(fam.kids):
        for c in rng.sample(cls[:8], rng.choice([1, 1, 2])):
            fee = c[3] * (weeks if lg == "de" else 1)
            rows.append([kid, c[0], c[1], unit, money(fee, lg)])
            net += fee
        if k >= 1:
            disc = -round(net * 0.1, 2)
            rows.append(
                [
                    "",
                    tr(
                        lg,
                        "Sibling discount 10%",
                        "Geschwisterrabatt 10 %",
                        "Réduction famille 10 %",
                    ),
                    "",
                    "",
                    money(disc, lg),
                ]
            )
            net += disc
    if rng.random() < 0.4:
        fee = rng.choice([34.0, 38.5, 42.0, 47.0])
        rows.append(
            [
                fam.kids[0],
                tr(lg, "Exam entry fee", "Prüfungsgebühr", "Frais d'examen"),
                "",
                "1",
                money(fee, lg),
            ]
        )
        net += fee
    if rng.random() < 0.4:
        fee = rng.choice([15.0, 20.0, 25.0]) * len(fam.kids)
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Show costume contribution",
                    "Kostümumlage Aufführung",
                    "Participation costumes gala",
                ),
                "",
                str(len(fam.kids)),
                money(fee, lg),
            ]
        )
        net += fee
    if lg == "fr" and rng.random() < 0.6:
        rows.append(["", "Adhésion annuelle association", "", "1", money(18.0, lg)])
        net += 18.0
    cols = columns(
        m, w - m, [(1.3, "left"), (3, "left"), (1.3, "left"), (0.9, "center"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pupil", "Teilnehmer", "Élève"),
            tr(lg, "Class", "Kurs", "Cours"),
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    totals(f, s, lg, round(net, 2), 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Fees are payable by {day(sh, d + timedelta(days=14))}. Please pay by bank transfer "
            f"quoting {fam.account}, or by cheque payable to {sh.name}. Half a term's notice is "
            "required to leave a class.",
            f"Der Beitrag ist fällig zum {day(sh, d + timedelta(days=14))} und wird, sofern ein "
            "SEPA-Lastschriftmandat vorliegt, eingezogen. Kursunterricht ist nach § 4 Nr. 21 UStG "
            "umsatzsteuerfrei.",
            f"Règlement avant le {day(sh, d + timedelta(days=14))} par virement, chèque (3 chèques "
            "acceptés) ou chèques-vacances ANCV. Association non assujettie à la TVA.",
        ),
        s.size - 1,
    )
    if f.y < hh - m - 130:
        y = hh - m - 110 - 7 * len(sh.foot)
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please detach and return with your payment",
                "Bitte abtrennen",
                "Coupon à joindre au règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "N° adhérent"), fam.account),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount due", "Betrag", "Montant"), cash(net, lg)),
                (tr(lg, "Amount paid", "Gezahlt", "Montant réglé"), ""),
                (tr(lg, "Pupil(s)", "Teilnehmer", "Élève(s)"), ", ".join(fam.kids)),
                (tr(lg, "Cash / cheque / transfer", "Bar / Überweisung", "Espèces / chèque"), ""),
            ],
            per=3,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, sh, numbers="none")
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 20,
            hh * 0.62,
            tr(
                lg,
                f"pd {short(d + timedelta(days=9), lg)} chq",
                f"bez. {short(d + timedelta(days=9), lg)}",
                f"réglé {short(d + timedelta(days=9), lg)}",
            ),
            12,
        )
    remember(d, (fam, no, round(net, 2)))
    return pages


def tpl_fee_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's reminder of unpaid fees to a family: a friendly reminder, a second or a
    final one (the child cannot join classes or the show until paid); the open items; now and
    then the copy of the invoice stapled behind."""
    sh = school_head()
    lg = sh.lang
    s = style_of(sh, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = last_extra(("fee_invoice",))
    if isinstance(ex, tuple):
        fam, no, amount = ex
        d = last_day(rng, ("fee_invoice",), (21, 40))
    else:
        fam = a_family(rng)
        no = f"{tr(lg, 'INV', 'RE', 'F')}-{month().year % 100}{rng.randint(1000, 4999)}"
        amount = rng.choice([96.0, 180.0, 214.5, 264.0, 312.0])
        d = some_day(rng)
    assert isinstance(fam, Family)
    level = rng.choice([0, 0, 1, 2])
    f = sheets(s, sh)
    recipient(
        f,
        s,
        sh,
        [titled(fam.parent, lg), fam.street, fam.town],
        d,
        [(tr(lg, "Account", "Kunden-Nr.", "N° adhérent"), fam.account)],
    )
    caption(
        f,
        s,
        [
            tr(lg, "Reminder - fees outstanding", "Zahlungserinnerung", "Rappel"),
            tr(lg, "Second reminder", "2. Mahnung", "Deuxième relance"),
            tr(lg, "Final notice", "Letzte Mahnung", "Dernière relance avant exclusion"),
        ][level],
        2,
    )
    f.page.text(m, f.y, dear(lg, titled(fam.parent, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"According to our records the fees for {', '.join(fam.kids)} for this term have not "
            "yet been paid. We would be grateful if you could settle the balance below within "
            "seven days.",
            f"leider konnten wir für {', '.join(fam.kids)} noch keinen Zahlungseingang "
            "feststellen. "
            "Bitte überweisen Sie den offenen Betrag innerhalb von 7 Tagen.",
            f"Sauf erreur de notre part, la cotisation de {', '.join(fam.kids)} reste impayée à ce "
            "jour. Nous vous remercions de régulariser sous huit jours.",
        ),
    )
    rows = [[str(no), short(d - timedelta(days=rng.randint(24, 45)), lg), money(float(amount), lg)]]
    fee = 0.0
    if level:
        fee = {"en": 10.0, "de": 5.0, "fr": 0.0}[lg]
        if fee:
            rows.append(
                [tr(lg, "Late payment fee", "Mahngebühr", ""), short(d, lg), money(fee, lg)]
            )
    cols = columns(m, w - m, [(2, "left"), (1.5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Invoice", "Rechnung", "Facture"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Open", "Offen", "Reste dû"),
        ],
        rows,
        s,
        rules=True,
    )
    f.page.text(w - m, f.y + 4, cash(float(amount) + fee, lg), s.bold, s.size + 1, "right")
    f.y += 22
    if level == 2:
        write(
            f,
            s,
            tr(
                lg,
                "Please note that pupils with fees outstanding cannot take part in the exams or "
                "the "
                "summer show.",
                "Bitte beachten Sie, dass eine Teilnahme an Prüfung und Aufführung erst nach "
                "Ausgleich möglich ist.",
                "Sans règlement, l'élève ne pourra pas participer au gala de fin d'année.",
            ),
        )
    regards(
        f,
        s,
        lg,
        STAFF["admin"][0],
        tr(lg, "Studio Administrator", "Büro / Verwaltung", "Secrétariat"),
    )
    pages = close(f.pages, s, sh, numbers="none")
    if rng.random() < 0.3:
        cp = Page(A4)
        y = heading(cp, s, sh)
        cp.text(
            w / 2,
            y + 10,
            tr(lg, "COPY INVOICE", "RECHNUNGSKOPIE", "DUPLICATA"),
            s.bold,
            16,
            "center",
        )
        y = pairs(
            cp,
            s,
            m,
            y + 40,
            [
                (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), str(no)),
                (tr(lg, "Account", "Kunden-Nr.", "N° adhérent"), fam.account),
                (tr(lg, "Pupils", "Teilnehmer", "Élèves"), ", ".join(fam.kids)),
                (tr(lg, "Term", "Zeitraum", "Période"), term_name(d, lg)),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(float(amount), lg)),
            ],
            w * 0.6,
        )
        stamp(cp, w - m - 150, y + 20, [tr(lg, "COPY", "KOPIE", "COPIE"), short(d, lg)])
        pages.append(cp)
    remember(d, fam)
    return pages


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's accident and incident report form, filled in by hand by the teacher: who,
    when, where, what happened, the injury and body part ticked, first aid, parent informed, the
    signatures of teacher and parent; A4 or A5."""
    sh = school_head()
    lg = sh.lang
    small = keyed(who, "acc").random() < 0.4
    size = A5 if small else A4
    s = style_of(sh, size, margin=28 if small else 44, pt=7.5 if small else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, sh)
    title = tr(
        lg,
        "ACCIDENT / INCIDENT REPORT",
        "UNFALLMELDUNG / VERBANDBUCH-EINTRAG",
        "FICHE D'INCIDENT / ACCIDENT",
    )
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m - 60), s.bold, 12)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {rng.randint(1, 40):03d}", s.font, 8, "right")
    y += 18
    cls = rng.choice(CLASSES[lg])
    kid = f"{rng.choice(KIDS[lg])} {rng.choice(LASTS[lg])}"
    teacher = rng.choice(STAFF["teachers"])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg, "Name of injured person", "Name der verletzten Person", "Nom de la personne"
                ),
                kid,
            ),
            (tr(lg, "Age", "Alter", "Âge"), str(kid_age(rng, cls[0]))),
            (
                tr(lg, "Date and time", "Datum und Uhrzeit", "Date et heure"),
                f"{short(d, lg)} {cls[1].split()[-1]}",
            ),
            (
                tr(lg, "Class / studio", "Kurs / Saal", "Cours / salle"),
                f"{cls[0]} / {rng.choice(['1', '2', 'Studio A', 'Saal 2'])}",
            ),
        ],
        per=2,
        tall=22,
    )
    y = band(p, s, y, tr(lg, "What happened", "Hergang", "Circonstances")) + 8
    story = rng.choice(
        {
            "en": [
                "landed badly from a jeté, rolled L ankle",
                "slipped on wet patch near door",
                "collided with another pupil in travelling steps",
                "nosebleed during warm-up",
                "felt faint at barre, sat out, drink of water",
                "caught finger in studio door",
            ],
            "de": [
                "nach Sprung umgeknickt, linker Knöchel",
                "auf nassem Boden ausgerutscht",
                "mit anderer Schülerin zusammengestoßen",
                "Nasenbluten beim Aufwärmen",
                "Kreislauf an der Stange, hingesetzt",
                "Finger in der Tür eingeklemmt",
            ],
            "fr": [
                "mauvaise réception après un saut, cheville G",
                "glissade près de la porte",
                "collision avec une autre élève en diagonale",
                "saignement de nez à l'échauffement",
                "malaise à la barre, assise et eau",
                "doigt coincé dans la porte",
            ],
        }[lg]
    )
    for ln in wrap(
        story + ". " + rng.choice(["", "Cried but calmed quickly.", "Ice pack.", ""]),
        HAND,
        9,
        w - 2 * m - 10,
    ):
        hand(p, m + 4, y, ln, 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 15
    p.line(m, y + 3, w - m, y + 3)
    y += 16
    y = band(p, s, y, tr(lg, "Injury", "Verletzung", "Blessure")) + 8
    parts = [
        tr(lg, "Head", "Kopf", "Tête"),
        tr(lg, "Arm/hand", "Arm/Hand", "Bras/main"),
        tr(lg, "Back", "Rücken", "Dos"),
        tr(lg, "Knee", "Knie", "Genou"),
        tr(lg, "Ankle/foot", "Knöchel/Fuß", "Cheville/pied"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    y = ticks(p, s, m, y, w - 2 * m, parts, {rng.randrange(6)}, 7.5)
    acts = [
        tr(lg, "First aid given", "Erste Hilfe", "Premiers soins"),
        tr(lg, "Parent informed", "Eltern informiert", "Parents prévenus"),
        tr(lg, "Sent home", "Abgeholt", "Récupéré par la famille"),
        tr(lg, "Hospital / GP", "Arzt / Klinik", "Médecin / urgences"),
    ]
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        acts,
        {0, 1} | ({2} if rng.random() < 0.4 else set()) | ({3} if rng.random() < 0.15 else set()),
        7.5,
    )
    y += 4
    p.text(m, y, tr(lg, "First aider:", "Ersthelfer/in:", "Secouriste :"), s.font, 7.5)
    hand(p, m + 70, y, teacher, 9)
    y += 30
    sign_line(
        p,
        s,
        m,
        min(y, hh - m - 24),
        (w - 2 * m) / 2 - 14,
        tr(lg, "Teacher", "Lehrkraft", "Professeur"),
        teacher,
    )
    sign_line(
        p,
        s,
        w / 2 + 4,
        min(y, hh - m - 24),
        (w - 2 * m) / 2 - 4,
        tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Responsable légal"),
        rng.choice(FIRSTS[lg]) + " " + kid.split()[-1],
        rng.random() < 0.7,
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates MMMMM: exams (entries, invoices, results, certificates)
# ---------------------------------------------------------------------------------------------

Cand = tuple[str, date, str, str]  # name, date of birth, genre, grade


def board_of(who: Issuer) -> Head:
    return head_of(who, "board")


def candidates(rng: random.Random, lg: str, d: date, n: int) -> list[Cand]:
    out: list[Cand] = []
    genre, grades = rng.choice(GRADES[lg])
    for _ in range(n):
        if rng.random() < 0.3:
            genre, grades = rng.choice(GRADES[lg])
        grade = rng.choice(grades)
        age = (
            rng.randint(6, 17)
            if "Medal" not in grade and "abzeichen" not in grade
            else rng.randint(9, 60)
        )
        born = date(d.year - age, rng.randint(1, 12), rng.randint(1, 28))
        out.append((f"{rng.choice(KIDS[home()])} {rng.choice(LASTS[home()])}", born, genre, grade))
    return out


def entry_fee(grade: str, lg: str) -> float:
    base = {"en": 38.0, "de": 32.0, "fr": 35.0}[lg]
    for k, key in enumerate(["Primary", "1", "2", "3", "4", "5", "Inter", "Gold", "Silber"]):
        if key in grade:
            return base + 4.5 * k
    return base + 9.0


def tpl_exam_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """The examining board's entry form, filled in by the school (the office keeps the copy it
    sends): the teacher's membership number, the venue, the session wanted, the candidates;
    a landscape continuation sheet when the candidates run over; the teacher's declaration."""
    h = board_of(who)
    lg = h.lang
    sh = school_head()
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    cands = candidates(rng, lg, d, rng.choice([4, 6, 9, 12, 16, 22]))
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "CLASS EXAMINATIONS - ENTRY FORM",
            "PRÜFUNGSANMELDUNG",
            "BULLETIN D'INSCRIPTION AUX EXAMENS",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, tr(lg, "Form E1", "Formular P1", "Imprimé EX-2"), s.font, 7, "right")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Teacher / school", "Tanzschule", "École"), sh.name),
            (
                tr(lg, "Membership no.", "Mitglieds-Nr.", "N° d'affiliation"),
                serial(keyed(who, "mem"), "999999"),
            ),
            (tr(lg, "Venue (address)", "Prüfungsort", "Lieu de l'examen"), sh.street),
            (
                tr(lg, "Preferred dates", "Wunschtermin", "Dates souhaitées"),
                f"{short(d + timedelta(days=45), lg)} - {short(d + timedelta(days=52), lg)}",
            ),
            (
                tr(lg, "Pianist / music", "Musik", "Musique"),
                STAFF["pianist"][0]
                if rng.random() < 0.6
                else tr(lg, "recorded", "CD", "enregistrée"),
            ),
            (tr(lg, "Contact e-mail", "E-Mail", "Courriel"), sh.mail or "-"),
        ],
        per=2,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [(0.4, "left"), (2.6, "left"), (1.2, "left"), (1.5, "left"), (1.6, "left"), (0.9, "right")],
    )
    head = [
        "#",
        tr(lg, "Candidate", "Name, Vorname", "Nom Prénom"),
        tr(lg, "D.o.B.", "Geb.-Datum", "Né(e) le"),
        tr(lg, "Genre", "Sparte", "Discipline"),
        tr(lg, "Grade", "Stufe", "Niveau"),
        tr(lg, "Fee", "Gebühr", "Droits"),
    ]
    first = cands[:10]
    yy = y + 4
    for c, t in zip(cols, head, strict=True):
        left, right, align = c
        p.text(
            left if align != "right" else right,
            yy,
            t,
            s.bold,
            7.5,
            "right" if align == "right" else "left",
        )
    p.line(m, yy + 4, w - m, yy + 4)
    yy += 16
    for k, (name, born, genre, grade) in enumerate(first, 1):
        vals = [str(k), name, short(born, lg), genre, grade, money(entry_fee(grade, lg), lg)]
        for c, t in zip(cols, vals, strict=True):
            left, right, align = c
            if align == "right":
                p.text(right, yy, t, HAND, 8.5, "right")
            else:
                p.text(left, yy, fit(t, HAND if k else s.font, 8.5, right - left - 2), HAND, 8.5)
        p.line(m, yy + 5, w - m, yy + 5)
        yy += 17
    if len(cands) > 10:
        p.text(
            m,
            yy + 2,
            tr(
                lg,
                f"Continued on sheet 2 ({len(cands) - 10} more)",
                f"Fortsetzung auf Blatt 2 (+{len(cands) - 10})",
                f"Suite sur feuille 2 (+{len(cands) - 10})",
            ),
            italic_of(s.font),
            7.5,
        )
        yy += 14
    total = sum(entry_fee(c[3], lg) for c in cands)
    p.text(
        w - m, yy + 6, f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(total, lg)}", s.bold, 9, "right"
    )
    yy += 24
    for ln in wrap(
        tr(
            lg,
            "I confirm that the candidates are ready for examination, that the "
            "venue meets the board's requirements and that parents have consented to "
            "the processing of candidates' data.",
            "Wir bestätigen die Prüfungsreife der Teilnehmenden und die Einwilligung "
            "der Erziehungsberechtigten zur Datenverarbeitung.",
            "Je certifie que les candidats sont prêts et que les familles ont été "
            "informées du traitement de leurs données.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, yy, ln, s.font, 7.5)
        yy += 9.5
    yy = min(yy + 28, hh - m - 20)
    sign_line(
        p,
        s,
        m,
        yy,
        170,
        tr(lg, "Signature of teacher", "Unterschrift Schulleitung", "Signature du professeur"),
        principal(),
    )
    hand(p, w - m - 110, yy - 3, short(d, lg), 9)
    p.text(w - m - 110, yy + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages = [p]
    if len(cands) > 10:
        ls = paper(s, landscape(A4))
        lw, lh = ls.page_size
        q = Page(ls.page_size)
        q.text(
            ls.margin,
            ls.margin,
            tr(
                lg,
                "Entry form - continuation sheet 2",
                "Prüfungsanmeldung - Blatt 2",
                "Bulletin d'inscription - feuille 2",
            ),
            s.bold,
            10,
        )
        q.text(lw - ls.margin, ls.margin, sh.name, s.font, 8, "right")
        f = Sheets(ls.page_size, lh - ls.margin, lambda _p, _n: ls.margin + 20)
        f.page = q
        f.pages = [q]
        f.y = ls.margin + 20
        lc = columns(
            ls.margin,
            lw - ls.margin,
            [
                (0.4, "left"),
                (2.6, "left"),
                (1.2, "left"),
                (1.5, "left"),
                (1.6, "left"),
                (1.6, "left"),
                (0.9, "right"),
            ],
        )
        rows = [
            [str(k), c[0], short(c[1], lg), c[2], c[3], "", money(entry_fee(c[3], lg), lg)]
            for k, c in enumerate(cands[10:], 11)
        ]
        table(
            f,
            lc,
            [*head[:5], tr(lg, "Notes", "Bemerkung", "Observations"), head[5]],
            rows,
            ls,
            size=8.5,
            rules=True,
            step=2.0,
        )
        pages += f.pages
    if rng.random() < 0.5:
        stamp(
            pages[0],
            w - m - 170,
            hh - m - 120,
            [
                tr(lg, "ENTRY RECEIVED", "EINGANG", "REÇU"),
                short(d + timedelta(days=rng.randint(3, 9)), lg),
                h.name.split()[0].upper(),
            ],
        )
    remember(d, (h.name, cands, d + timedelta(days=rng.randint(40, 60))))
    return pages


def tpl_board_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The board's invoice for an exam session: entries by grade, the examiner's travel, a late
    entry fee; the candidate list behind now and then."""
    h = board_of(who)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = last_extra(("exam_entry",))
    if isinstance(ex, tuple) and ex[0] == h.name:
        cands, sess = ex[1], ex[2]
    else:
        sess = some_day(rng) + timedelta(days=30)
        cands = candidates(rng, lg, sess, rng.choice([5, 8, 11, 14]))
    d = last_day(rng, ("exam_entry",), (8, 20))
    no = serial(rng, {"en": "SI-999999", "de": "PR-2999-999", "fr": "EX99-9999"}[lg])
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "The Principal", "Schulleitung", "La direction")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Member", "Mitglied", "Affilié"), serial(keyed(who, "mem"), "999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - Examination session",
            "RECHNUNG Prüfungstermin",
            "FACTURE - Session d'examens",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Session at your venue on {day(h, sess)}.",
            f"Prüfung in Ihren Räumen am {day(h, sess)}.",
            f"Session dans vos locaux le {day(h, sess)}.",
        ),
    )
    by: dict[str, int] = {}
    for c in cands:
        by[f"{c[2]} {c[3]}"] = by.get(f"{c[2]} {c[3]}", 0) + 1
    rows = []
    net = 0.0
    for g, n in sorted(by.items()):
        fee = entry_fee(g, lg)
        rows.append([g, str(n), money(fee, lg), money(fee * n, lg)])
        net += fee * n
    if rng.random() < 0.5:
        tv = rng.choice([45.0, 62.5, 88.0])
        rows.append(
            [
                tr(
                    lg,
                    "Examiner travel (share)",
                    "Reisekosten Prüfer/in",
                    "Frais de déplacement examinateur",
                ),
                "1",
                money(tv, lg),
                money(tv, lg),
            ]
        )
        net += tv
    if rng.random() < 0.25:
        rows.append(
            [
                tr(lg, "Late entry surcharge", "Verspätungszuschlag", "Inscription tardive"),
                "1",
                money(25.0, lg),
                money(25.0, lg),
            ]
        )
        net += 25.0
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Examination", "Prüfung", "Examen"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Fee", "Gebühr", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        shade=0.88,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0,
        note=tr(
            lg,
            "Exam fees are exempt from VAT. Payment within 14 days; results are released once "
            "the account is settled.",
            "Prüfungsgebühren sind umsatzsteuerfrei. Zahlbar innerhalb von 14 Tagen.",
            "Droits d'examen exonérés de TVA. Règlement à réception.",
        ),
    )
    if rng.random() < 0.4:
        f.new_page()
        caption(f, s, tr(lg, "Candidates entered", "Gemeldete Teilnehmer", "Candidats inscrits"), 1)
        cl = columns(m, w - m, [(0.5, "left"), (3, "left"), (1.5, "left"), (2.5, "left")])
        table(
            f,
            cl,
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "D.o.B.", "Geb.", "Né(e)"),
                tr(lg, "Exam", "Prüfung", "Examen"),
            ],
            [[str(k), c[0], short(c[1], lg), f"{c[2]} {c[3]}"] for k, c in enumerate(cands, 1)],
            s,
            rules=True,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    remember(d, (h.name, cands, sess))
    return pages


def result_of(rng: random.Random, lg: str) -> tuple[list[int], int, str]:
    marks = [rng.randint(5, 10) if k < 4 else rng.randint(8, 20) for k in range(6)]
    total = min(100, sum(marks) + rng.randint(-5, 10))
    if lg == "en":
        band_ = (
            "Distinction"
            if total >= 75
            else "Merit"
            if total >= 55
            else "Pass"
            if total >= 40
            else "Not passed"
        )
    elif lg == "de":
        band_ = (
            "mit Auszeichnung"
            if total >= 80
            else "sehr gut"
            if total >= 65
            else "bestanden"
            if total >= 40
            else "nicht bestanden"
        )
    else:
        band_ = (
            "Très bien"
            if total >= 80
            else "Bien"
            if total >= 65
            else "Assez bien"
            if total >= 50
            else "Passable"
            if total >= 40
            else "Ajourné"
        )
    return marks, total, band_


def tpl_exam_results(rng: random.Random, who: Issuer) -> list[Page]:
    """The board's results for an exam session: a covering letter to the school, then the
    results sheet with each candidate's section marks, total and result, on landscape pages
    numbered "Page i of n"; certificates to follow."""
    h = board_of(who)
    lg = h.lang
    s = style_of(h, A4)
    _w, _hh = s.page_size
    m = s.margin
    ex = last_extra(("exam_entry", "board_invoice"))
    if isinstance(ex, tuple) and ex[0] == h.name:
        cands, sess = ex[1], ex[2]
    else:
        sess = some_day(rng) - timedelta(days=rng.randint(20, 40))
        cands = candidates(rng, lg, sess, rng.choice([5, 8, 12, 18, 26]))
    d = max(sess + timedelta(days=rng.randint(14, 30)), some_day(rng))
    examiner = person(rng, lg if rng.random() < 0.7 else "en")
    results = [(c, *result_of(rng, lg)) for c in cands]
    pages: list[Page] = []
    if rng.random() < 0.7:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            school_lines(),
            d,
            [(tr(lg, "Session", "Termin", "Session"), serial(rng, "99999"))],
        )
        caption(
            f, s, tr(lg, "Examination results", "Prüfungsergebnisse", "Résultats des examens"), 2
        )
        f.page.text(m, f.y, dear(lg, titled(principal(), lg)), s.font, s.size)
        f.y += s.size * 2
        passed = sum(1 for r in results if r[2] >= 40)
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed the results of the examinations held at your centre on "
                f"{day(h, sess)} (examiner: {examiner}). {passed} of {len(results)} candidates "
                f"were "
                "successful. Certificates and medals are despatched separately.",
                f"anbei erhalten Sie die Ergebnisse der Prüfung vom {day(h, sess)} "
                f"(Prüfer/in: {examiner}). {passed} von {len(results)} Teilnehmenden haben "
                "bestanden. "
                "Die Urkunden folgen mit getrennter Post.",
                f"Veuillez trouver ci-joint les résultats de la session du {day(h, sess)} "
                f"(jury : {examiner}). {passed} candidats sur {len(results)} sont reçus. Les "
                "diplômes vous seront adressés séparément.",
            ),
        )
        write(f, s, prose(rng, lg, "dance", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "exams"),
            tr(lg, "Examinations Officer", "Prüfungsreferat", "Responsable des examens"),
        )
        pages += close(f.pages, s, h, numbers="none")
    ls = style_of(h, landscape(A4), margin=40, pt=8)
    lw, lh = ls.page_size
    title = tr(lg, "RESULTS SHEET", "ERGEBNISPROTOKOLL", "PROCÈS-VERBAL DES RÉSULTATS")

    def start(p: Page, n: int) -> float:
        p.text(ls.margin, ls.margin - 6, h.name, ls.bold, 10)
        p.text(lw - ls.margin, ls.margin - 6, title, ls.bold, 10, "right")
        p.text(
            ls.margin,
            ls.margin + 8,
            f"{SCHOOLS[home()][int(SCHOOL['row'])][0]} - "
            f"{day(h, sess)} - {tr(lg, 'Examiner', 'Prüfer/in', 'Jury')}: {examiner}",
            ls.font,
            8,
        )
        p.line(ls.margin, ls.margin + 14, lw - ls.margin, ls.margin + 14)
        return ls.margin + 32

    g = Sheets(ls.page_size, lh - ls.margin - 20, start)
    sec = SECTIONS[lg]
    spec = (
        [(0.4, "left"), (2.4, "left"), (1.6, "left"), (1.3, "left")]
        + [(0.7, "right")] * 6
        + [(0.8, "center"), (1.4, "left")]
    )
    cols = columns(ls.margin, lw - ls.margin, spec)
    rows = [
        [str(k), c[0], c[2], c[3], *[str(x) for x in mk], str(tot), band_]
        for k, (c, mk, tot, band_) in enumerate(results, 1)
    ]
    table(
        g,
        cols,
        [
            "#",
            tr(lg, "Candidate", "Name", "Candidat"),
            tr(lg, "Genre", "Sparte", "Discipline"),
            tr(lg, "Grade", "Stufe", "Niveau"),
            *sec,
            tr(lg, "Total", "Ges.", "Total"),
            tr(lg, "Result", "Ergebnis", "Mention"),
        ],
        rows,
        ls,
        size=8,
        rules=True,
        shade=0.88,
        step=1.9,
    )
    g.y += 10
    g.need(40)
    g.page.text(
        ls.margin,
        g.y,
        tr(
            lg,
            "Marks: sections out of 10 (dance, music, performance out "
            "of 20); Distinction 75+, Merit 55-74, Pass 40-54.",
            "Bewertung: Teilbereiche 10 bzw. 20 Punkte; bestanden ab 40.",
            "Notation sur 10 (variation, musicalité, interprétation sur 20) ; reçu à partir de 40.",
        ),
        ls.font,
        7,
    )
    scrawl(g.page, lw - ls.margin - 140, g.y + 24, examiner, 12)
    res = g.pages
    number_pages(
        res, ls, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=24
    )
    pages += res
    remember(d, (h.name, results, sess))
    return pages


def tpl_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The board's certificate for one candidate: landscape A4 (or A5 for a medal test) with a
    border, the crest, the grade and result, the signatures and the seal."""
    h = board_of(who)
    lg = h.lang
    ex = last_extra(("exam_results", "certificate"))
    if isinstance(ex, tuple) and ex[0] == h.name and ex[1]:
        results = list(ex[1])
        c, _, _tot, band_ = results.pop(rng.randrange(len(results)))
        sess = ex[2]
    else:
        sess = some_day(rng) - timedelta(days=rng.randint(20, 50))
        c = candidates(rng, lg, sess, 1)[0]
        _, _tot, band_ = result_of(rng, lg)
        results = []
    medal = "Medal" in c[3] or "abzeichen" in c[3]
    size = landscape(A5) if medal and rng.random() < 0.6 else landscape(A4)
    style_of(h, size, margin=36)
    w, hh = size
    p = Page(size)
    k = 1 if w < 700 else 1.4
    p.rect(14, 14, w - 28, hh - 28)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(23, 23, w - 46, hh - 46)
    y = 40 * k
    ring(p, w / 2, y + 10, 16 * k)
    dancer(p, w / 2 - 6 * k, y + 8, 0.55 * k)
    y += 44 * k
    p.text(
        w / 2,
        y,
        h.name.upper(),
        "Times-Bold",
        shrink(h.name.upper(), "Times-Bold", 14 * k, w - 90),
        "center",
    )
    y += 30 * k
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "This is to certify that",
            "Hiermit wird bestätigt, dass",
            "Le présent diplôme atteste que",
        ),
        "Times-Italic",
        11 * k,
        "center",
    )
    y += 30 * k
    p.text(w / 2, y, c[0], "Times-BoldItalic", 22 * k, "center")
    y += 26 * k
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "has passed the examination in",
            "die Prüfung bestanden hat in",
            "a satisfait à l'examen de",
        ),
        "Times-Italic",
        11 * k,
        "center",
    )
    y += 22 * k
    p.text(w / 2, y, f"{c[2]} - {c[3]}", "Times-Bold", 15 * k, "center")
    y += 22 * k
    p.text(
        w / 2,
        y,
        tr(lg, f"with {band_}", f"Ergebnis: {band_}", f"Mention : {band_}"),
        "Times-Roman",
        12 * k,
        "center",
    )
    yb = hh - 60 * k
    p.line(60 * k, yb, 60 * k + 140, yb)
    scrawl(p, 66 * k, yb - 3, staff(h, "ceo"), 12)
    p.text(
        60 * k, yb + 10, tr(lg, "Chief Executive", "Präsident/in", "Président(e)"), "Times-Roman", 8
    )
    p.line(w - 60 * k - 140, yb, w - 60 * k, yb)
    scrawl(p, w - 60 * k - 134, yb - 3, staff(h, "chair"), 12)
    p.text(
        w - 60 * k - 140,
        yb + 10,
        tr(lg, "Chair of Examinations", "Prüfungsausschuss", "Directeur des examens"),
        "Times-Roman",
        8,
    )
    seal(p, w / 2, yb - 14, 26 * min(k, 1.2), h.name.split()[0].upper(), str(sess.year))
    p.text(
        w / 2,
        hh - 32,
        f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(sess, lg)}   "
        f"{tr(lg, 'Cert. no.', 'Urkunden-Nr.', 'N°')} {serial(rng, '9999999')}",
        "Times-Roman",
        7,
        "center",
    )
    remember(sess, (h.name, results, sess))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates MMMMM: staff, premises and floors
# ---------------------------------------------------------------------------------------------

CONTRACT_HEADS = {
    "en": [
        "Parties",
        "Commencement",
        "Job title and duties",
        "Place of work",
        "Hours",
        "Pay",
        "Holidays",
        "Sickness",
        "Pension",
        "Safeguarding",
        "Notice",
        "Grievance and discipline",
        "Confidentiality",
        "General",
    ],
    "de": [
        "Beginn des Arbeitsverhältnisses",
        "Tätigkeit",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Kinderschutz / Führungszeugnis",
        "Nebentätigkeit",
        "Kündigung",
        "Verschwiegenheit",
        "Ausschlussfristen",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Lieu de travail",
        "Durée du travail et périodes travaillées",
        "Rémunération",
        "Congés payés",
        "Convention collective (ECLAT)",
        "Contrôle d'honorabilité",
        "Absences",
        "Rupture du contrat",
        "Confidentialité",
        "Dispositions diverses",
    ],
}


def tpl_teacher_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The contract of a dance teacher or the pianist as it comes back signed (a statement of
    terms of employment, an Arbeitsvertrag in Teilzeit, a CDI intermittent under the ECLAT
    agreement): numbered clauses over pages "Page i of n", the weekly timetable on a landscape
    schedule, and a signature page."""
    sh = school_head()
    lg = sh.lang
    s = style_of(sh, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pianist = rng.random() < 0.2
    emp = STAFF["pianist"][0] if pianist else rng.choice(STAFF["teachers"])
    role = tr(lg, "Dance Teacher", "Tanzpädagogin/Tanzpädagoge", "Professeur de danse")
    if pianist:
        role = tr(lg, "Class Pianist", "Korrepetitor/in", "Pianiste accompagnateur")
    start = date(d.year, 9, 1) if d.month >= 6 else d + timedelta(days=rng.randint(7, 30))
    hours = rng.choice([6, 8, 10.5, 12, 14, 16])
    rate = {
        "en": rng.choice([22.0, 24.5, 27.0, 30.0]),
        "de": rng.choice([21.0, 24.0, 27.5]),
        "fr": rng.choice([15.8, 17.2, 19.4]),
    }[lg]
    title = tr(
        lg,
        "STATEMENT OF MAIN TERMS OF EMPLOYMENT",
        "ARBEITSVERTRAG (TEILZEIT)",
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE INTERMITTENT",
    )
    f = sheets(s, sh, f"{tr(lg, 'Contract', 'Arbeitsvertrag', 'Contrat')} - {emp}")
    pt = shrink(title, s.bold, 13, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f'between {sh.name}, {sh.street}, {sh.town} ("the Employer") and {emp} ("the '
            'Employee").',
            f"zwischen {sh.name}, {sh.street}, {sh.town} - nachfolgend Arbeitgeber - und "
            f"{titled(emp, lg)} - nachfolgend Arbeitnehmer/in -",
            f"Entre {sh.name}, {sh.street}, {sh.town}, représentée par {principal()}, ci-après "
            f"l'employeur, et {titled(emp, lg)}, ci-après le salarié.",
        ),
    )
    for k, head in enumerate(CONTRACT_HEADS[lg], 1):
        f.heading(
            m, f"{tr(lg, str(k) + '.', '§ ' + str(k), 'Article ' + str(k))} {head}", s.bold, s.size
        )
        if k == (1 if lg == "de" else 2):
            write(
                f,
                s,
                tr(
                    lg,
                    f"The employment begins on {day(sh, start)}. You are employed as {role}.",
                    f"Das Arbeitsverhältnis beginnt am {day(sh, start)}. Eingestellt als {role}.",
                    f"Le salarié est engagé à compter du {day(sh, start)} en qualité de {role}.",
                ),
            )
        elif "Pay" in head or "Vergütung" in head or "Rémunération" in head:
            write(
                f,
                s,
                tr(
                    lg,
                    f"{cash(rate, lg)} per teaching hour, paid monthly in arrears; "
                    f"{hours} hours a week in term time.",
                    f"Die Vergütung beträgt {cash(rate, lg)} brutto je Unterrichtsstunde "
                    f"bei {hours} Wochenstunden.",
                    f"Taux horaire brut : {cash(rate, lg)} ; {hours} heures "
                    "hebdomadaires en périodes travaillées, lissées sur 12 mois.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "work", 1, 3))
    f.need(40)
    write(
        f,
        s,
        tr(
            lg,
            "The timetable in Schedule 1 forms part of this contract.",
            "Der Stundenplan (Anlage 1) ist Bestandteil dieses Vertrags.",
            "Le planning annuel (annexe 1) fait partie du présent contrat.",
        ),
    )
    pages = close(
        f.pages, s, sh, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    ls = style_of(sh, landscape(A4), margin=44, pt=8.5)
    lw, lh = ls.page_size
    g = Sheets(
        ls.page_size, lh - ls.margin, lambda p, n: heading(p, ls, sh) if n == 1 else ls.margin
    )
    caption(
        g,
        ls,
        tr(
            lg,
            f"Schedule 1 - Timetable {season(start, lg)}",
            f"Anlage 1 - Stundenplan {season(start, lg)}",
            f"Annexe 1 - Planning {season(start, lg)}",
        ),
        2,
    )
    days = tr(lg, "Mon Tue Wed Thu Fri Sat", "Mo Di Mi Do Fr Sa", "Lun Mar Mer Jeu Ven Sam")
    cols = columns(ls.margin, lw - ls.margin, [(1, "left")] + [(2, "left")] * 6)
    rows = []
    mine = [c for c in CLASSES[lg] if rng.random() < 0.6] or CLASSES[lg][:2]
    for t in ["09", "10", "11", "15", "16", "17", "18", "19", "20"]:
        row = [f"{t}:00"]
        for dd in range(6):
            pick = [
                c
                for c in mine
                if c[1].split()[0][:2] == days.split()[dd][:2]
                and c[1].split()[-1].replace("h", ":")[:2] == t
            ]
            row.append(f"{pick[0][0]} ({pick[0][2]}')" if pick else "")
        rows.append(row)
    table(
        g,
        cols,
        [tr(lg, "Time", "Zeit", "Heure"), *days.split()],
        rows,
        ls,
        rules=True,
        shade=0.9,
        step=2.4,
    )
    g.y += 10
    write(
        g,
        ls,
        tr(
            lg,
            f"Studio: {rng.choice(['1', '2', 'Main'])}. Half-term and holiday "
            "weeks are not worked.",
            "Schulferien sind unterrichtsfrei.",
            "Les vacances scolaires sont des périodes non travaillées.",
        ),
        8,
    )
    pages += g.pages
    sp = Page(A4)
    y = s.margin + 20
    sp.text(
        m,
        y,
        tr(
            lg,
            "Signed for and on behalf of the Employer",
            "Für den Arbeitgeber",
            "Pour l'employeur",
        ),
        s.bold,
        s.size,
    )
    y += 50
    sign_line(
        sp,
        s,
        m,
        y,
        200,
        principal() + tr(lg, ", Principal", ", Schulleitung", ", directrice"),
        principal(),
    )
    hand(sp, m + 260, y - 3, short(d, lg), 10)
    y += 60
    sp.text(
        m,
        y,
        tr(
            lg,
            "I accept the terms of employment set out above and acknowledge receipt of a copy.",
            "Ich habe eine Ausfertigung dieses Vertrags erhalten.",
            "Lu et approuvé, bon pour accord.",
        ),
        s.font,
        s.size,
    )
    y += 50
    sign_line(sp, s, m, y, 200, emp, emp, rng.random() < 0.9)
    hand(sp, m + 260, y - 3, short(d + timedelta(days=rng.randint(1, 8)), lg), 10)
    pages.append(sp)
    received(rng, pages[0], d, 0.15)
    remember(d, emp)
    return pages


def tpl_record_check(rng: random.Random, who: Issuer) -> list[Page]:
    """The copy of a teacher's or volunteer's criminal record certificate the school keeps: an
    enhanced DBS certificate, an erweitertes Führungszeugnis or a bulletin n° 3 du casier
    judiciaire, photocopied, with the school's note of sight; the back of the certificate
    behind now and then."""
    lg = home()
    ex = last_extra(("teacher_contract",))
    emp = ex if isinstance(ex, str) else rng.choice(STAFF["teachers"] + [person(rng, lg)])
    d = last_day(rng, ("teacher_contract",), (5, 30))
    issued = d - timedelta(days=rng.randint(4, 60))
    s = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
    w, hh = A4
    m = 50
    p = Page(A4)
    copier_edge(p, rng)
    born = date(issued.year - rng.randint(22, 58), rng.randint(1, 12), rng.randint(1, 28))
    if lg == "en":
        p.text(m, 60, "Disclosure and Barring Service", "Helvetica-Bold", 15)
        p.text(w - m, 60, "Enhanced Certificate", "Helvetica-Bold", 12, "right")
        p.rect(m, 72, w - 2 * m, 3, fill=0.3)
        y = pairs(
            p,
            s,
            m,
            96,
            [
                ("Certificate Number", serial(rng, "001999999999")),
                (
                    "Date of Issue",
                    f"{issued.day:02d} {MONTH_NAMES['en'][issued.month - 1].upper()} {issued.year}",
                ),
                ("Employment Details", "CHILD WORKFORCE - DANCE TEACHER"),
                ("Name of Employer", SCHOOLS["en"][int(SCHOOL["row"])][0].upper()),
                ("Countersignatory", person(rng, "en").upper()),
                ("Registered Body", rng.choice(["UCHECK", "DANCE DBS SERVICES", "SAFER HIRE LTD"])),
            ],
            w * 0.55,
            8.5,
        )
        pairs(
            p,
            s,
            w * 0.58,
            96,
            [
                ("Surname", emp.split()[-1].upper()),
                ("Forename(s)", emp.split()[0].upper()),
                (
                    "Date of Birth",
                    f"{born.day:02d} {MONTH_NAMES['en'][born.month - 1].upper()} {born.year}",
                ),
                ("Place of Birth", rng.choice(["LEEDS", "CARDIFF", "LONDON", "DUBLIN"])),
                ("Gender", "FEMALE" if emp.split()[0] in FEMALE else "MALE"),
            ],
            w - m,
            8.5,
        )
        y += 20
        for q in [
            "Police Records of Convictions, Cautions, Reprimands and Warnings",
            "Information from the list held under Section 142 of the Education Act 2002",
            "Children's Barred List information",
            "Adults' Barred List information",
            "Other relevant information disclosed at the Chief Police Officer(s) discretion",
        ]:
            p.rect(m, y - 10, w - 2 * m, 40)
            p.text(m + 6, y, q, "Helvetica-Bold", 8)
            p.text(
                m + 6,
                y + 18,
                "NONE RECORDED" if "Adults" not in q else "NOT REQUESTED",
                "Courier-Bold",
                10,
            )
            y += 48
        p.text(m, hh - 80, "This document is not evidence of identity.", "Helvetica", 7)
    elif lg == "de":
        p.text(m, 60, "Bundesamt für Justiz", "Times-Bold", 13)
        p.text(m, 74, "- Bundeszentralregister -  53094 Bonn", "Times-Roman", 8)
        p.text(w - m, 60, "Belegart: NE", "Courier", 9, "right")
        p.text(w / 2, 120, "Erweitertes Führungszeugnis", "Times-Bold", 16, "center")
        p.text(w / 2, 136, "zur Vorlage bei: Arbeitgeber (§ 30a BZRG)", "Times-Roman", 9, "center")
        y = pairs(
            p,
            s,
            m,
            170,
            [
                ("Geburtsname", emp.split()[-1].upper()),
                ("Familienname", emp.split()[-1].upper()),
                ("Vornamen", emp.split()[0]),
                ("Geburtsdatum", short(born, "de")),
                ("Geburtsort", rng.choice(["Bielefeld", "Mainz", "Leipzig", "Erfurt"])),
                ("Staatsangehörigkeit", "deutsch"),
                ("Anschrift", f"{rng.choice(ROADS['de'])} {rng.randint(1, 90)}"),
            ],
            w - m,
            9,
        )
        p.line(m, y + 6, w - m, y + 6)
        p.text(m, y + 30, "Inhalt:", "Times-Bold", 11)
        p.text(m + 80, y + 30, "Keine Eintragung", "Courier-Bold", 12)
        p.line(m, y + 50, w - m, y + 50)
        p.text(m, hh - 140, f"Bonn, {short(issued, 'de')}", "Times-Roman", 9)
        p.text(
            m,
            hh - 126,
            "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            "Times-Roman",
            7.5,
        )
        p.text(w - m, hh - 126, serial(rng, "Nr. 999999999999"), "Courier", 8, "right")
    else:
        p.text(w / 2, 56, "RÉPUBLIQUE FRANÇAISE", "Times-Bold", 10, "center")
        p.text(
            w / 2,
            70,
            "Ministère de la Justice - Casier judiciaire national",
            "Times-Roman",
            8.5,
            "center",
        )
        p.text(w / 2, 104, "BULLETIN N° 3", "Times-Bold", 18, "center")
        p.text(w / 2, 120, "Relevé des condamnations", "Times-Italic", 9, "center")
        y = pairs(
            p,
            s,
            m,
            156,
            [
                ("Nom", emp.split()[-1].upper()),
                ("Prénoms", emp.split()[0]),
                ("Né(e) le", short(born, "fr")),
                ("à", rng.choice(["Tours (37)", "Nantes (44)", "Lyon (69)", "Dijon (21)"])),
                ("Fils/Fille de", person(rng, "fr")),
            ],
            w * 0.7,
            9,
        )
        for k in range(8):
            p.line(m + 40, y + 30 + k * 22, w - m - 40, y + 10 + k * 22)
        p.text(w / 2, y + 100, "NÉANT", "Times-Bold", 30, "center")
        p.text(m, hh - 120, f"Délivré à Nantes, le {short(issued, 'fr')}", "Times-Roman", 8.5)
        p.text(
            m, hh - 106, "Le magistrat, directeur du Casier judiciaire national", "Times-Italic", 8
        )
    bx, by = w - m - 190, hh - 78
    p.rect(bx, by, 190, 52)
    hand(
        p,
        bx + 6,
        by + 14,
        tr(
            lg,
            f"Original seen {short(d, lg)}",
            f"Original eingesehen {short(d, lg)}",
            f"Original vu le {short(d, lg)}",
        ),
        9,
    )
    hand(
        p,
        bx + 6,
        by + 30,
        tr(lg, "Renew: 3 yrs / update svc", "Wiedervorlage 5 J.", "Contrôle SDJES OK"),
        8.5,
    )
    scrawl(p, bx + 100, by + 46, STAFF["admin"][0], 10)
    pages = [p]
    if lg == "en" and rng.random() < 0.4:
        b = Page(A4)
        copier_edge(b, rng)
        b.text(m, 60, "Guidance notes", "Helvetica-Bold", 11)
        y = 80.0
        for _ in range(9):
            for ln in wrap(prose(rng, "en", "safety", 1, 2), "Helvetica", 7.5, w - 2 * m):
                b.text(m, y, ln, "Helvetica", 7.5)
                y += 9.5
            y += 6
        pages.append(b)
    remember(d, emp)
    return pages


def tpl_service_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio landlord's annual service charge statement: a covering letter, the
    statement of the year's costs and the school's share, less payments on account, and the
    apportionment schedule on a landscape page (Nebenkostenabrechnung, régularisation des
    charges)."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    y0 = d.year - 1
    share = rng.choice([8.4, 11.2, 14.75, 22.0, 100.0 if "Hall" in h.name else 17.3])
    costs = {
        "en": [
            "Buildings insurance",
            "Cleaning of common parts",
            "Electricity (common parts)",
            "Lift maintenance",
            "Fire alarm servicing",
            "Repairs and maintenance",
            "Window cleaning",
            "Refuse collection",
            "Managing agent's fee",
        ],
        "de": [
            "Grundsteuer",
            "Wasser/Abwasser",
            "Heizung (lt. Wärmedienst)",
            "Müllabfuhr",
            "Hausreinigung",
            "Gebäudeversicherung",
            "Hausmeister",
            "Allgemeinstrom",
            "Wartung Brandmeldeanlage",
        ],
        "fr": [
            "Taxe foncière (quote-part)",
            "Eau froide",
            "Chauffage collectif",
            "Entretien des parties communes",
            "Ascenseur",
            "Assurance immeuble",
            "Honoraires de gestion",
            "Taxe d'enlèvement des ordures ménagères",
        ],
    }[lg]
    amounts = [round(rng.uniform(600, 9800), 2) for _ in costs]
    part_ = [round(a * share / 100, 2) for a in amounts]
    paid = round(sum(part_) * rng.uniform(0.8, 1.12), 2)
    bal = round(sum(part_) - paid, 2)
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            school_lines(),
            d,
            [(tr(lg, "Tenant", "Mieter-Nr.", "Locataire"), serial(keyed(who, "t"), "99-999"))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Service charge year ending 31/12/{y0}",
                f"Betriebskostenabrechnung {y0}",
                f"Régularisation des charges {y0}",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed the certified service charge statement for the year. Your "
                f"share shows a {'balancing charge' if bal > 0 else 'credit'} of "
                f"{cash(abs(bal), lg)}"
                + (
                    ", payable within 28 days."
                    if bal > 0
                    else ", which will be set against your next quarter."
                ),
                f"anbei erhalten Sie die Abrechnung der Nebenkosten für {y0}. Es ergibt sich eine "
                f"{'Nachzahlung' if bal > 0 else 'Gutschrift'} von {cash(abs(bal), lg)}. Die "
                "Belege können nach Terminvereinbarung eingesehen werden.",
                f"Veuillez trouver ci-joint le décompte annuel des charges {y0}. Il fait "
                "apparaître "
                f"un {'solde débiteur' if bal > 0 else 'solde créditeur'} de {cash(abs(bal), lg)}.",
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 2))
        regards(
            f, s, lg, staff(h, "pm"), tr(lg, "Property Manager", "Objektbetreuung", "Gestionnaire")
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Abrechnung', 'Décompte')} {y0}")
    caption(
        f,
        s,
        tr(
            lg,
            f"SERVICE CHARGE STATEMENT 01/01/{y0} - 31/12/{y0}",
            f"NEBENKOSTENABRECHNUNG 01.01.{y0} - 31.12.{y0}",
            f"DÉCOMPTE DE CHARGES 01/01/{y0} - 31/12/{y0}",
        ),
        1,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Lot')}: {school_head().street} - "
        f"{tr(lg, 'Tenant', 'Mieter', 'Locataire')}: {school_head().name} - "
        f"{tr(lg, 'Share', 'Anteil', 'Quote-part')} {money(share, lg)} %",
        s.size - 1,
    )
    cols = columns(m, w - m, [(3.2, "left"), (1.5, "right"), (1, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Expenditure", "Kostenart", "Poste"),
            tr(lg, "Total", "Gesamtkosten", "Total immeuble"),
            "%",
            tr(lg, "Your share", "Ihr Anteil", "Votre part"),
        ],
        [
            [c, money(a, lg), money(share, lg), money(p_, lg)]
            for c, a, p_ in zip(costs, amounts, part_, strict=True)
        ],
        s,
        rules=True,
        shade=0.9,
    )
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (
                tr(lg, "Your share of costs", "Summe Ihr Anteil", "Total de votre quote-part"),
                cash(sum(part_), lg),
            ),
            (
                tr(lg, "Less paid on account", "abzgl. Vorauszahlungen", "Provisions versées"),
                cash(-paid, lg),
            ),
            (tr(lg, "Balance", "Saldo", "Solde"), cash(bal, lg)),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Certified in accordance with the lease. Errors and omissions excepted.",
            "Einwendungen gegen diese Abrechnung sind innerhalb von 12 Monaten "
            "geltend zu machen (§ 556 Abs. 3 BGB analog).",
            "Les justificatifs sont tenus à votre disposition pendant six mois.",
        ),
        s.size - 1.5,
    )
    pages += close(f.pages, s, h)
    if rng.random() < 0.5:
        ls = style_of(h, landscape(A4), margin=40, pt=8)
        lw, lh = ls.page_size
        g = Sheets(ls.page_size, lh - 40, lambda p, n: 40)
        caption(
            g,
            ls,
            tr(lg, "Apportionment schedule", "Umlageschlüssel", "Tableau de répartition"),
            1.5,
        )
        units = [tr(lg, f"Unit {k}", f"Einheit {k}", f"Lot {k}") for k in range(1, 7)]
        cl = columns(40, lw - 40, [(2.4, "left"), (1, "right")] + [(1.1, "right")] * 6)
        rows = []
        for c, a in zip(costs, amounts, strict=True):
            split = [rng.uniform(5, 30) for _ in units]
            tot = sum(split)
            rows.append([c, money(a, lg), *[money(a * x / tot, lg) for x in split]])
        table(
            g,
            cl,
            [tr(lg, "Cost", "Kostenart", "Poste"), tr(lg, "Total", "Gesamt", "Total"), *units],
            rows,
            ls,
            rules=True,
            shade=0.85,
            size=8,
        )
        pages += g.pages
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_floor_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A sprung floor contractor's invoice for a floor service or repair in a studio (panels
    checked, dance vinyl re-taped or replaced, deep clean), with the engineer's inspection report
    behind: a checklist per area with tick boxes, readings and remarks, signed on site."""
    h = head_of(who, "floor")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(1, 12))
    no = serial(rng, {"en": "INV-29999", "de": "2025-9999", "fr": "FA-99999"}[lg])
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Job", "Auftrag", "Intervention"), serial(rng, "J99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    studios = rng.choice([1, 2, 2, 3])
    area = [rng.choice([64, 80, 96, 120, 144]) for _ in range(studios)]
    items = [
        (
            tr(
                lg,
                "Annual sprung floor inspection",
                "Jahreswartung Schwingboden",
                "Contrôle annuel plancher flottant",
            ),
            1,
            rng.choice([165.0, 195.0, 240.0]),
        ),
        (
            tr(
                lg,
                "Deep clean & maintainer, dance vinyl (m²)",
                "Grundreinigung Tanzteppich (m²)",
                "Nettoyage tapis de danse (m²)",
            ),
            sum(area),
            rng.choice([2.2, 2.8, 3.1]),
        ),
    ]
    if rng.random() < 0.6:
        items.append(
            (
                tr(
                    lg,
                    "Replace vinyl seam tape (m)",
                    "Nahtband erneuern (lfm)",
                    "Remplacement adhésif de jonction (ml)",
                ),
                rng.randint(12, 60),
                4.5,
            )
        )
    if rng.random() < 0.4:
        items.append(
            (
                tr(
                    lg,
                    "Replace damaged panel incl. foam blocks",
                    "Paneel inkl. Elastomerlager tauschen",
                    "Remplacement panneau et plots",
                ),
                rng.randint(1, 4),
                rng.choice([118.0, 146.0]),
            )
        )
    items.append(
        (tr(lg, "Call-out / travel", "Anfahrt", "Déplacement"), 1, rng.choice([45.0, 60.0, 85.0]))
    )
    cols = columns(m, w - m, [(4, "left"), (0.9, "right"), (1.1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [[t, f"{q:g}", money(r, lg), money(q * r, lg)] for t, q, r in items],
        s,
        rules=True,
    )
    net = round(sum(q * r for _, q, r in items), 2)
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Work carried out on {day(h, visit)}. Payment terms 30 days.",
            f"Leistungsdatum {day(h, visit)}. Zahlbar innerhalb 14 Tagen ohne Abzug.",
            f"Intervention du {day(h, visit)}. Paiement à 30 jours.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    r = Page(s.page_size)
    y = heading(r, s, h)
    r.text(
        m,
        y,
        tr(
            lg,
            "FLOOR INSPECTION & SERVICE REPORT",
            "WARTUNGSPROTOKOLL SCHWINGBODEN",
            "RAPPORT DE CONTRÔLE - PLANCHER DE DANSE",
        ),
        s.bold,
        11,
    )
    y += 16
    y = fields(
        r,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Objekt", "Site"), school_head().name),
            (tr(lg, "Date of visit", "Datum", "Date"), short(visit, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng")),
            (
                tr(lg, "Floor system", "Bodensystem", "Système"),
                rng.choice(
                    ["Harlequin Activity", "Rosco Dance Floor", "Flexiboden 2000", "Sprungdeck"]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    checks = [
        tr(
            lg, "Panels level / no movement", "Paneele eben, ohne Spiel", "Panneaux plans, sans jeu"
        ),
        tr(lg, "Foam blocks / springs", "Elastomerlager", "Plots / ressorts"),
        tr(lg, "Vinyl surface and seams", "Tanzteppich und Nähte", "Tapis et jonctions"),
        tr(lg, "Slip resistance", "Rutschhemmung", "Glissance"),
        tr(lg, "Edge trims / thresholds", "Randleisten / Übergänge", "Barres de seuil"),
        tr(lg, "Barres secure", "Ballettstangen fest", "Barres fixées"),
    ]
    for k in range(studios):
        y = band(r, s, y + 4, f"{tr(lg, 'Studio', 'Saal', 'Salle')} {k + 1} - {area[k]} m²") + 10
        for c in checks:
            ok = rng.random() < 0.85
            r.text(m + 4, y, c, s.font, 8)
            box(r, w - m - 150, y, ok)
            r.text(w - m - 138, y, "OK", s.font, 7)
            box(r, w - m - 110, y, not ok)
            r.text(w - m - 98, y, tr(lg, "Action", "Mangel", "À reprendre"), s.font, 7)
            if not ok:
                hand(
                    r, w - m - 40, y, rng.choice(["re-tape", "1 panel", "n. Angebot", "voir"]), 7.5
                )
            y += 13
        if y > hh - 160:
            break
    y += 8
    r.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.bold, 8)
    hand(
        r,
        m + 60,
        y,
        fit(
            rng.choice(
                [
                    "Floor in good order. Advise no outdoor shoes.",
                    "Seam by mirror lifting - retaped.",
                    "Boden gut, Reinigung mit pH-neutralem Mittel.",
                    "Légère usure zone centrale.",
                ]
            ),
            HAND,
            9,
            w - 2 * m - 70,
        ),
        9,
    )
    sign_line(
        r, s, m, hh - m - 40, 160, tr(lg, "Engineer", "Techniker", "Technicien"), staff(h, "eng")
    )
    sign_line(
        r,
        s,
        w - m - 160,
        hh - m - 40,
        160,
        tr(lg, "Client", "Kunde", "Client"),
        rng.choice(STAFF["teachers"]),
        rng.random() < 0.7,
    )
    pages.append(r)
    received(rng, pages[0], d)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MMMMM: the annual show (theatre, box office, costumes, authorities)
# ---------------------------------------------------------------------------------------------

HIRE_HEADS = {
    "en": [
        "Definitions",
        "Hire period",
        "Payment and deposit",
        "Cancellation",
        "Licences",
        "Front of house",
        "Stage and technical",
        "Health and safety",
        "Children",
        "Insurance",
        "Damage",
        "Merchandise and recording",
        "Box office",
        "Force majeure",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mietzeit",
        "Miete und Kaution",
        "Rücktritt",
        "GEMA und Genehmigungen",
        "Einlass und Garderobe",
        "Bühne und Technik",
        "Sicherheit",
        "Minderjährige Mitwirkende",
        "Haftung",
        "Schäden",
        "Ton- und Bildaufnahmen",
        "Kartenverkauf",
        "Höhere Gewalt",
    ],
    "fr": [
        "Objet",
        "Durée de mise à disposition",
        "Redevance et caution",
        "Annulation",
        "SACEM et autorisations",
        "Accueil du public",
        "Plateau et technique",
        "Sécurité",
        "Mineurs",
        "Assurances",
        "Dégradations",
        "Captations",
        "Billetterie",
        "Force majeure",
    ],
}


def show_title(rng: random.Random, lg: str) -> str:
    return rng.choice(
        {
            "en": [
                "Summer Showcase",
                "Annual Dance Show",
                "A Night at the Ballet",
                "Dancing Through the Decades",
                "Alice in Wonderland & Mixed Bill",
            ],
            "de": [
                "Jahresaufführung",
                "Sommergala",
                "Ballettabend - Der Nussknacker (Ausschnitte)",
                "Tanzrevue",
            ],
            "fr": [
                "Gala de fin d'année",
                "Spectacle annuel",
                "Gala - Le Lac des cygnes (extraits)",
                "Spectacle - Voyage autour du monde",
            ],
        }[lg]
    )


def tpl_theatre_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's hire agreement for the school's annual show: the particulars (hirer,
    dates, performances, seating, times of get-in, technical and dress rehearsals, get-out),
    the schedule of charges, the conditions of hire in small print and a signature page; every
    page "Page i of n" now and then."""
    h = head_of(who, "theatre")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    show = date(d.year, rng.choice([6, 7]), rng.randint(1, 28))
    if show < d:
        show = date(d.year + 1, show.month, show.day)
    title = show_title(rng, lg)
    perfs = rng.choice([1, 2, 2, 3])
    seats = rng.choice([280, 350, 420, 560])
    ref = serial(rng, {"en": "HIRE/99/999", "de": "MV-2999-99", "fr": "CMD-99-999"}[lg])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Hire agreement', 'Mietvertrag', 'Convention')} {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            "HIRE AGREEMENT",
            "MIETVERTRAG FÜR VERANSTALTUNGEN",
            "CONVENTION DE MISE À DISPOSITION",
        ),
        4,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Reference', 'Vertrags-Nr.', 'Référence')}: {ref} - "
        f"{tr(lg, 'Date', 'Datum', 'Date')}: {day(h, d)}",
        s.size - 1,
    )
    sh = school_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Mieter", "Organisateur"), sh.name),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), principal()),
            (tr(lg, "Event", "Veranstaltung", "Manifestation"), title),
            (
                tr(lg, "Auditorium / capacity", "Saal / Plätze", "Salle / jauge"),
                f"{tr(lg, 'Main house', 'Großer Saal', 'Grande salle')} / {seats}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.heading(m, tr(lg, "Schedule of times", "Zeitplan", "Planning"), s.bold, s.size + 1)
    cols = columns(m, w - m, [(1.4, "left"), (1.2, "left"), (3, "left")])
    rows = [
        [
            short(show - timedelta(days=1), lg),
            "14:00-22:00",
            tr(
                lg,
                "Get-in, focus, technical rehearsal",
                "Aufbau, Technikprobe",
                "Montage, réglages, filage",
            ),
        ],
        [short(show, lg), "09:00-13:00", tr(lg, "Dress rehearsal", "Generalprobe", "Générale")],
    ]
    for k in range(perfs):
        dd = show + timedelta(days=k // 2)
        rows.append(
            [
                short(dd, lg),
                "14:30" if k % 2 == 0 and perfs > 1 else "19:00",
                f"{tr(lg, 'Performance', 'Vorstellung', 'Représentation')} {k + 1}",
            ]
        )
    rows.append(
        [
            short(show + timedelta(days=(perfs - 1) // 2), lg),
            "22:00-00:30",
            tr(lg, "Get-out", "Abbau", "Démontage"),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Activity", "Programm", "Activité"),
        ],
        rows,
        s,
        rules=True,
    )
    f.heading(
        m, tr(lg, "Schedule of charges", "Entgelte", "Conditions financières"), s.bold, s.size + 1
    )
    hire = rng.choice([1450.0, 1980.0, 2600.0, 3150.0])
    charges = [
        (
            tr(
                lg,
                "Hire fee (per performance day)",
                "Saalmiete je Veranstaltungstag",
                "Redevance par jour de représentation",
            ),
            hire,
        ),
        (tr(lg, "Rehearsal day", "Probentag", "Journée de montage"), round(hire * 0.45, 2)),
        (
            tr(
                lg,
                "Duty technician (2) and FOH staff",
                "Bühnentechnik und Einlasspersonal",
                "Régisseur et personnel d'accueil",
            ),
            rng.choice([620.0, 780.0, 940.0]),
        ),
        (
            tr(
                lg,
                "Box office commission 10% + card fees",
                "Vorverkaufsgebühr 10 %",
                "Commission billetterie 10 %",
            ),
            0.0,
        ),
    ]
    ct = columns(m, w - m, [(4, "left"), (1.3, "right")])
    table(
        f,
        ct,
        [tr(lg, "Item", "Position", "Désignation"), tr(lg, "Amount", "Betrag", "Montant HT")],
        [
            [t, money(v, lg) if v else tr(lg, "on sales", "vom Umsatz", "sur recettes")]
            for t, v in charges
        ],
        s,
        rules=True,
    )
    dep = round(hire * 0.25, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"A non-returnable deposit of {cash(dep, lg)} is payable on signature; the "
            "balance is deducted from box office receipts in the settlement.",
            f"Bei Vertragsschluss ist eine Anzahlung von {cash(dep, lg)} fällig; der "
            "Restbetrag wird mit den Kartenerlösen verrechnet.",
            f"Un acompte de {cash(dep, lg)} est dû à la signature ; le solde est déduit "
            "des recettes de billetterie.",
        ),
        s.size - 0.5,
    )
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(lg, "Conditions of Hire", "Allgemeine Mietbedingungen", "Conditions générales"),
            HIRE_HEADS[lg],
        )
    )
    sp = Page(A4)
    y = s.margin + 30
    sp.text(
        m,
        y,
        tr(
            lg,
            "Signed on behalf of the Theatre",
            "Für die Vermieterin",
            "Pour le gestionnaire de la salle",
        ),
        s.bold,
        s.size,
    )
    y += 50
    sign_line(sp, s, m, y, 200, staff(h, "gm"), staff(h, "gm"))
    y += 70
    sp.text(
        m,
        y,
        tr(lg, "Signed on behalf of the Hirer", "Für den Mieter", "Pour l'organisateur"),
        s.bold,
        s.size,
    )
    y += 50
    sign_line(sp, s, m, y, 200, principal(), principal(), rng.random() < 0.85)
    hand(sp, m + 240, y - 3, short(d + timedelta(days=rng.randint(2, 10)), lg), 10)
    pages.append(sp)
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, title, show, perfs, seats, hire, dep))
    return pages


def tpl_box_office_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The theatre's box office settlement after the show: tickets sold per performance and
    price band, gross receipts, the hire fee, staff, commission and card charges, the deposit,
    and the balance paid to the school; A4 or landscape A4 for the per-performance table."""
    h = head_of(who, "theatre")
    lg = h.lang
    ex = last_extra(("theatre_hire",))
    if isinstance(ex, tuple) and ex[0] == h.name:
        _, title, show, perfs, seats, hire, dep = ex
    else:
        title = show_title(rng, lg)
        show = some_day(rng) - timedelta(days=rng.randint(5, 20))
        perfs, seats = rng.choice([1, 2, 3]), rng.choice([280, 350, 420])
        hire, dep = rng.choice([1450.0, 1980.0]), 400.0
    d = show + timedelta(days=rng.randint(7, 21))
    wide = rng.random() < 0.5
    s = style_of(h, landscape(A4) if wide else A4, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Settlement', 'Abrechnung', 'Bordereau')}")
    caption(
        f,
        s,
        tr(
            lg,
            "BOX OFFICE SETTLEMENT",
            "KARTENABRECHNUNG / ENDABRECHNUNG",
            "BORDEREAU DE RECETTES ET DÉCOMPTE",
        ),
        3,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Hirer", "Veranstalter", "Organisateur"), school_head().name),
                (tr(lg, "Event", "Veranstaltung", "Spectacle"), str(title)),
                (tr(lg, "Capacity per performance", "Kapazität", "Jauge"), str(seats)),
            ],
            w * 0.6,
        )
        + 8
    )
    bands = [
        (tr(lg, "Adult", "Erwachsene", "Plein tarif"), rng.choice([12.0, 14.0, 15.0])),
        (
            tr(lg, "Child / concession", "Kinder / ermäßigt", "Tarif réduit"),
            rng.choice([8.0, 9.0, 10.0]),
        ),
        (tr(lg, "Complimentary", "Freikarten", "Exonérés"), 0.0),
    ]
    rows = []
    gross = 0.0
    sold_all = 0
    for k in range(int(perfs)):
        for bname, price in bands:
            n = rng.randint(4, 12) if price == 0 else rng.randint(60, int(seats) // 2)
            rows.append(
                [
                    f"{short(show + timedelta(days=k // 2), lg)} "
                    f"{'14:30' if k % 2 == 0 and int(perfs) > 1 else '19:00'}",
                    bname,
                    str(n),
                    money(price, lg),
                    money(n * price, lg),
                ]
            )
            gross += n * price
            sold_all += n
    cols = columns(
        m, w - m, [(1.6, "left"), (2, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Performance", "Vorstellung", "Séance"),
            tr(lg, "Price band", "Preisgruppe", "Tarif"),
            tr(lg, "Sold", "Verkauft", "Vendus"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Receipts", "Erlös", "Recette"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    ded = [
        (tr(lg, "Hire fee", "Saalmiete", "Redevance"), float(hire) * int(perfs)),
        (
            tr(lg, "Staff (FOH, technicians)", "Personal", "Personnel"),
            rng.choice([620.0, 780.0, 940.0]),
        ),
        (
            tr(lg, "Box office commission 10%", "Vorverkaufsgebühr 10 %", "Commission 10 %"),
            round(gross * 0.1, 2),
        ),
        (tr(lg, "Card charges", "Kartengebühren", "Frais CB"), round(gross * 0.018, 2)),
    ]
    if lg == "fr":
        ded.append(("Droits SACEM (8,8 %)", round(gross * 0.088, 2)))
    f.y += 6
    items = [(tr(lg, "Gross receipts", "Bruttoerlös", "Recette brute"), cash(gross, lg))]
    items += [(t, cash(-v, lg)) for t, v in ded]
    items.append(
        (tr(lg, "Less deposit paid", "abzgl. Anzahlung", "Acompte versé"), cash(float(dep), lg))
    )
    bal = gross - sum(v for _, v in ded) + float(dep)
    items.append(
        (
            tr(
                lg,
                "Balance due to hirer",
                "Auszahlung an Veranstalter",
                "Solde en faveur de l'organisateur",
            ),
            cash(bal, lg),
        )
    )
    f.need(len(items) * 14 + 20)
    f.y = pairs(f.page, s, w * 0.45, f.y, items, w - m, s.size)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"Total attendance {sold_all}. Payment will be made by BACS within 14 days.",
            f"Besucher gesamt {sold_all}. Die Auszahlung erfolgt innerhalb von 14 Tagen.",
            f"Fréquentation totale : {sold_all}. Virement sous 15 jours.",
        ),
        s.size - 0.5,
    )
    f.need(50)
    sign_line(
        f.page,
        s,
        m,
        f.y + 30,
        150,
        tr(lg, "Box Office Manager", "Kasse", "Responsable billetterie"),
        staff(h, "bo"),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    remember(d)
    return pages


COSTUMES = {
    "en": [
        ("Romantic tutu, white, 5-layer net", 68.0),
        ("Tap costume, sequin top & shorts", 42.0),
        ("Contemporary unitard, dip-dye", 36.0),
        ("Character skirt with braid", 29.5),
        ("Headpiece, floral", 9.5),
        ("Ballroom dress, stretch satin", 95.0),
        ("Baby ballet bunny costume", 24.0),
        ("Waistcoat and bow tie", 21.0),
    ],
    "de": [
        ("Romantisches Tutu weiß", 72.0),
        ("Stepptanz-Kostüm Pailletten", 45.0),
        ("Trikot Contemporary gefärbt", 38.0),
        ("Charakterrock mit Borte", 31.0),
        ("Haarschmuck Blüten", 8.5),
        ("Tanzkleid Satin", 99.0),
        ("Kinder-Hasenkostüm", 26.0),
    ],
    "fr": [
        ("Tutu romantique blanc", 70.0),
        ("Costume claquettes sequins", 44.0),
        ("Justaucorps contemporain", 37.0),
        ("Jupe de caractère galonnée", 30.0),
        ("Couronne de fleurs", 9.0),
        ("Robe de salon satin", 96.0),
        ("Costume lapin éveil", 25.0),
    ],
}
SIZES = ["Ch S", "Ch M", "Ch L", "Ch XL", "Ad XS", "Ad S", "Ad M"]


def tpl_costume_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A costume maker's invoice for the show costumes: the lines per class and costume, the
    per-child size and name list on a landscape page, and the delivery note behind now and
    then; an American supplier's on Letter paper with its own ways."""
    h = head_of(who, "costume")
    lg = h.lang
    us = "OH 44" in h.town
    s = style_of(h, LETTER if us else A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, {"en": "SO-99999", "de": "RE-29-9999", "fr": "F2999-999"}[lg])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                short(d - timedelta(days=rng.randint(20, 50)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lines = []
    groups = []
    net = 0.0
    for c in rng.sample(COSTUMES[lg], rng.randint(2, 4)):
        cls = rng.choice(CLASSES[home()])[0]
        n = rng.randint(4, 14)
        lines.append([f"{c[0]} - {cls}", str(n), money(c[1], lg), money(n * c[1], lg)])
        groups.append((c[0], cls, n))
        net += n * c[1]
    if rng.random() < 0.5:
        ship = {"en": 14.95, "de": 9.9, "fr": 12.0}[lg] if not us else 68.0
        lines.append(
            [tr(lg, "Carriage", "Versand", "Frais de port"), "1", money(ship, lg), money(ship, lg)]
        )
        net += ship
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        lines,
        s,
        rules=True,
        shade=0.9,
    )
    if us:
        f.y += 4
        f.y = pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                ("Subtotal", f"${money(net, 'en')}"),
                ("Sales tax", "exempt - export"),
                ("TOTAL (USD)", f"${money(net, 'en')}"),
            ],
            w - m,
        )
        write(
            f,
            s,
            "Terms: prepaid by card. Goods shipped DAP; import duties and VAT payable by "
            "the consignee.",
            s.size - 1,
        )
    else:
        totals(
            f,
            s,
            lg,
            round(net, 2),
            vat_rate(lg) if h.lang == home() else 0.0,
            note=tr(
                lg,
                "" if h.lang == home() else "Zero-rated export / reverse charge.",
                "" if h.lang == home() else "Steuerfreie Ausfuhr / Reverse Charge.",
                "" if h.lang == home() else "Autoliquidation - art. 283-2 du CGI.",
            ),
        )
    pages = close(f.pages, s, h)
    ls = style_of(h, landscape(LETTER if us else A4), margin=40, pt=8)
    lw, lh = ls.page_size
    g = Sheets(ls.page_size, lh - 40, lambda p, n: 44)
    caption(
        g,
        ls,
        tr(lg, f"Size list - order {no}", f"Größenliste zu {no}", f"Liste des tailles - {no}"),
        1.5,
    )
    rows = []
    for cos, cls, n in groups:
        for _ in range(n):
            rows.append(
                [
                    cos,
                    cls,
                    f"{rng.choice(KIDS[home()])} {rng.choice(LASTS[home()])[0]}.",
                    rng.choice(SIZES),
                    str(rng.randint(112, 170)),
                    str(rng.randint(52, 78)),
                    rng.choice(["", "", "hem +2cm", "elastic", "short"]),
                ]
            )
    cl = columns(
        40,
        lw - 40,
        [
            (2.6, "left"),
            (2, "left"),
            (1.6, "left"),
            (0.8, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (1.4, "left"),
        ],
    )
    table(
        g,
        cl,
        [
            tr(lg, "Costume", "Kostüm", "Costume"),
            tr(lg, "Class", "Gruppe", "Groupe"),
            tr(lg, "Dancer", "Name", "Élève"),
            tr(lg, "Size", "Gr.", "T."),
            tr(lg, "Height", "Größe cm", "Taille cm"),
            tr(lg, "Chest", "Brust", "Poitrine"),
            tr(lg, "Notes", "Hinweis", "Remarques"),
        ],
        rows,
        ls,
        rules=True,
        size=7.5,
        step=1.75,
    )
    pages += g.pages
    if rng.random() < 0.35:
        dn = Page(A5)
        s5 = style_of(h, A5, margin=30, pt=8)
        y = heading(dn, s5, h)
        dn.text(30, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s5.bold, 11)
        y = pairs(
            dn,
            s5,
            30,
            y + 18,
            [
                (tr(lg, "Order", "Auftrag", "Commande"), no),
                (tr(lg, "Parcels", "Pakete", "Colis"), str(rng.randint(1, 4))),
            ],
            A5[0] - 30,
        )
        for cos, cls, n in groups:
            dn.text(30, y + 6, fit(f"{n} x {cos} ({cls})", s5.font, 8, A5[0] - 60), s5.font, 8)
            y += 13
        sign_line(
            dn,
            s5,
            30,
            A5[1] - 60,
            140,
            tr(lg, "Received by", "Erhalten", "Reçu par"),
            STAFF["admin"][0],
            rng.random() < 0.7,
        )
        pages.append(dn)
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_chaperone_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's papers for the show: in England the council's approval of a chaperone
    for the children in the performance (the letter, the conditions, the chaperone's card); in
    Germany the Ordnungsamt's confirmation of the event notice with its Auflagen; in France the
    mairie's récépissé of the declaration of a public event with its prescriptions."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    show = d + timedelta(days=rng.randint(14, 60))
    chap = person(rng, lg)
    ref = serial(rng, {"en": "CH/9999/99", "de": "32.9-999/2025", "fr": "REG-2025-999"}[lg])
    f = sheets(s, h)
    lines = (
        [
            chap,
            f"{rng.randint(1, 90)} {rng.choice(ROADS['en'])}",
            str(SCHOOLS["en"][int(SCHOOL["row"])][2]),
        ]
        if lg == "en"
        else school_lines()
    )
    recipient(f, s, h, lines, d, [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)])
    if lg == "en":
        caption(
            f,
            s,
            "Approval as a Chaperone - Children (Performances and Activities) "
            "(England) Regulations 2014",
            0.5,
        )
        f.page.text(m, f.y, dear(lg, titled(chap, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            f"Further to your application and the enhanced DBS check, I am pleased to "
            f"confirm that you are approved to act as a chaperone for children taking part in "
            f"performances and activities, including {school_head().name}'s show on "
            f"{day(h, show)}. The approval is valid for three years from the date of this "
            "letter.",
        )
        write(
            f,
            s,
            "You may have no more than 12 children in your care at any one time. You "
            "must remain with the children throughout and must not undertake any other duties "
            "while acting as chaperone.",
        )
        regards(f, s, lg, staff(h, "off"), "Child Employment and Entertainment Officer")
        f.new_page()
        caption(f, s, "Conditions of approval", 1)
        for k in range(1, rng.randint(7, 11)):
            write(f, s, f"{k}. {prose(rng, 'en', 'safety', 1, 2)}", s.size - 0.5, 12)
    elif lg == "de":
        caption(f, s, f"Veranstaltungsanzeige - {show_title(rng, lg)} am {day(h, show)}", 0.5)
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "wir bestätigen den Eingang Ihrer Anzeige einer öffentlichen Veranstaltung. "
            "Eine Erlaubnis ist nicht erforderlich; es gelten jedoch folgende Auflagen:",
        )
        for k in range(1, rng.randint(6, 10)):
            write(f, s, f"{k}. {prose(rng, 'de', 'safety', 1, 2)}", s.size - 0.5, 12)
        write(
            f,
            s,
            "Die Mitwirkung von Kindern unter 14 Jahren an einer nicht gewerblichen "
            "Aufführung bedarf keiner Bewilligung nach § 6 JArbSchG; die Aufsicht ist durch "
            "geeignete Aufsichtspersonen sicherzustellen.",
        )
        f.y += 4
        write(
            f,
            s,
            "Gebühr: "
            + cash(rng.choice([25.0, 40.0, 55.0]), lg)
            + " (Kassenzeichen "
            + serial(rng, "9999.9999.9999")
            + ")",
            s.size - 0.5,
        )
        regards(f, s, lg, staff(h, "off"), "Sachbearbeitung")
        seal(f.pages[-1], w - m - 60, f.y - 40, 30, h.name.split(" - ")[0], "Ordnungsamt")
    else:
        caption(f, s, "Récépissé de déclaration de manifestation publique", 0.5)
        write(
            f,
            s,
            f"Le Maire accuse réception de la déclaration de {school_head().name} pour "
            f"la manifestation « {show_title(rng, lg)} » du {day(h, show)}.",
        )
        caption(f, s, "Prescriptions", 0.5)
        for k in range(1, rng.randint(6, 10)):
            write(f, s, f"Article {k} - {prose(rng, 'fr', 'safety', 1, 2)}", s.size - 0.5, 12)
        regards(f, s, lg, staff(h, "off"), "Pour le Maire et par délégation")
        seal(f.pages[-1], w - m - 60, f.y - 40, 30, "MAIRIE", h.town.split()[-1])
    pages = close(f.pages, s, h)
    if lg == "en" and rng.random() < 0.7:
        c = Page(A4)
        x, y = m, m + 20
        c.text(x, y - 12, "Chaperone card - please carry at all performances", "Helvetica", 7)
        cw, ch = CARD
        c.rect(x, y, cw, ch)
        c.rect(x + 4, y + 6, 40, 50, fill=0.6)
        c.text(x + 50, y + 14, h.name.split(" - ")[0], "Helvetica-Bold", 6.5)
        c.text(x + 50, y + 26, "APPROVED CHAPERONE", "Helvetica-Bold", 7.5)
        c.text(x + 50, y + 38, chap, "Helvetica", 7)
        c.text(
            x + 50, y + 48, f"No. {ref}  exp. {short(d + timedelta(days=1095), lg)}", "Helvetica", 6
        )
        slip_rule(c, x - 10, x + cw + 10, y + ch + 12, "cut here")
        pages.append(c)
    received(rng, pages[0], d, 0.0 if lg == "en" else 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates MMMMM: licences, insurance, festivals and the show video
# ---------------------------------------------------------------------------------------------


def tpl_music_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The music licensing invoice for recorded music in dance classes and the show (PPL PRS's
    TheMusicLicence, a GEMA Rechnung under the dance school tariff, a SACEM facture for cours de
    danse): the tariff lines from the school's declared classes and attendances, and behind it
    the licence summary or the declaration of use to return."""
    h = head_of(who, "licensing")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    y1 = d + timedelta(days=rng.randint(10, 40))
    y2 = date(y1.year + 1, y1.month, 1) - timedelta(days=1)
    acc = serial(keyed(who, "acc"), {"en": "LE-99999999", "de": "9999999-99", "fr": "99999999"}[lg])
    no = serial(rng, {"en": "INV99999999", "de": "RG 2999 999999", "fr": "FA99999999"}[lg])
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Account", "Mitglieds-/Kunden-Nr.", "N° client"), acc),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your TheMusicLicence - invoice",
            "Rechnung - Musiknutzung",
            "Facture - Autorisation de diffusion musicale",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Licence period {short(y1, lg)} to {short(y2, lg)}",
            f"Vertragszeitraum {short(y1, lg)} - {short(y2, lg)}",
            f"Période du {short(y1, lg)} au {short(y2, lg)}",
        ),
        s.size - 0.5,
    )
    classes = rng.randint(14, 38)
    att = rng.randint(6, 14)
    rows = []
    net = 0.0
    if lg == "en":
        tariffs = [
            (
                "Dance tuition - classes per week x avg attendance",
                f"{classes} x {att}",
                round(classes * att * 1.12, 2),
            ),
            ("Background music - reception/waiting area", "1", 58.4),
        ]
        if rng.random() < 0.5:
            tariffs.append(
                (
                    "Dance performance (annual show), per event",
                    str(rng.randint(1, 3)),
                    42.0 * rng.randint(1, 3),
                )
            )
    elif lg == "de":
        tariffs = [
            ("Tanzunterricht mit Tonträgern, Kurse/Woche", str(classes), round(classes * 14.6, 2)),
            ("Zuschlag Vervielfältigung (Playlisten)", "1", 36.0),
            ("Gesamtvertragsnachlass 20 %", "", 0.0),
        ]
    else:
        tariffs = [
            (
                "Cours de danse - forfait annuel selon nombre d'élèves",
                str(classes * att),
                round(classes * att * 0.95, 2),
            ),
            ("Sonorisation accueil", "1", 44.0),
        ]
    for t, q, v0 in tariffs:
        v = -round(net * 0.2, 2) if "nachlass" in t.lower() else v0
        rows.append([t, q, money(v, lg)])
        net += v
    cols = columns(m, w - m, [(4.5, "left"), (1.1, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Tariff", "Tarif / Nutzung", "Tarif"),
            tr(lg, "Units", "Menge", "Base"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 7.0, "fr": 20.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 30 days. Please tell us if your use of music "
            "changes during the licence period.",
            "Bitte zahlen Sie innerhalb von 14 Tagen. Änderungen der Nutzung teilen Sie "
            "uns bitte unverzüglich mit.",
            "Règlement à 30 jours. Merci de nous signaler toute modification de vos "
            "conditions d'exploitation.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    q = Page(A4)
    y = heading(q, s, h)
    if rng.random() < 0.5:
        q.text(
            m,
            y,
            tr(lg, "Licence summary", "Vertragsübersicht", "Récapitulatif de l'autorisation"),
            s.bold,
            11,
        )
        y = (
            pairs(
                q,
                s,
                m,
                y + 20,
                [
                    (tr(lg, "Licensee", "Lizenznehmer", "Bénéficiaire"), school_head().name),
                    (tr(lg, "Premises", "Betriebsstätte", "Établissement"), school_head().street),
                    (tr(lg, "Period", "Zeitraum", "Période"), f"{short(y1, lg)} - {short(y2, lg)}"),
                    (
                        tr(lg, "Declared classes/week", "Kurse pro Woche", "Cours hebdomadaires"),
                        str(classes),
                    ),
                    (tr(lg, "Average attendance", "Teilnehmende Ø", "Élèves par cours"), str(att)),
                ],
                w * 0.7,
            )
            + 10
        )
        for _ in range(5):
            for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, 7.5, w - 2 * m):
                q.text(m, y, ln, s.font, 7.5)
                y += 9.5
            y += 5
    else:
        q.text(
            m,
            y,
            tr(
                lg,
                "Declaration of use - please complete and return",
                "Einwilligungs- und Nutzungsmeldung - bitte zurücksenden",
                "Déclaration d'exploitation - à retourner",
            ),
            s.bold,
            11,
        )
        y = fields(
            q,
            s,
            m,
            y + 14,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "N° client"), acc),
                (tr(lg, "Classes per week", "Kurse pro Woche", "Cours par semaine"), str(classes)),
                (
                    tr(lg, "Average pupils per class", "Teilnehmende je Kurs", "Élèves par cours"),
                    str(att),
                ),
                (tr(lg, "Studios", "Säle", "Salles"), str(rng.randint(1, 3))),
                (
                    tr(lg, "Shows / events per year", "Aufführungen im Jahr", "Spectacles par an"),
                    str(rng.randint(1, 3)),
                ),
                (
                    tr(lg, "Music on hold / reception", "Hintergrundmusik", "Musique d'accueil"),
                    yes_no(lg)[rng.randrange(2)],
                ),
            ],
            per=2,
            tall=26,
        )
        sign_line(
            q,
            s,
            m,
            y + 40,
            170,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            principal(),
            rng.random() < 0.6,
        )
    pages.append(q)
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The dance school's liability insurance from a dance teachers' scheme or insurer: a
    covering letter now and then, the policy schedule (the insured, the business described,
    the sections of cover with limits and excesses, the premium and tax), and the endorsements
    page; "Page i of n" on the schedule."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(5, 30))
    pol = serial(
        keyed(who, "pol"), {"en": "DTS/99999/AA", "de": "HV-99.999.999", "fr": "9999999 A"}[lg]
    )
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            school_lines(titled(principal(), lg)),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihr Versicherungsschein / Beitragsrechnung",
                "Votre attestation et avis d'échéance",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, titled(principal(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for renewing your dance school insurance with us. Please "
                "check the schedule enclosed and tell us of any changes to the "
                "information you gave us, in particular the number of teachers and "
                "pupils and the activities you provide.",
                "wir danken für Ihr Vertrauen. Bitte prüfen Sie die beigefügten "
                "Angaben, insbesondere die Anzahl der Lehrkräfte und Teilnehmenden.",
                "Nous vous remercions de votre confiance. Merci de vérifier les "
                "informations figurant aux conditions particulières ci-jointes.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "uw"),
            tr(lg, "Scheme Administrator", "Kundenbetreuung", "Votre conseiller"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}")
    caption(
        f,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"),
        3,
        rule=True,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "The Insured", "Versicherungsnehmer", "Souscripteur"), school_head().name),
                (
                    tr(lg, "Business", "Betrieb", "Activité"),
                    tr(
                        lg,
                        "Dance school - ballet, tap, contemporary, ballroom tuition; shows",
                        "Tanzschule / Ballettschule inkl. Aufführungen",
                        "École de danse - cours et galas",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
                ),
                (
                    tr(
                        lg,
                        "Teachers / pupils declared",
                        "Lehrkräfte / Schüler",
                        "Professeurs / élèves",
                    ),
                    f"{len(STAFF['teachers']) + 1} / {rng.randint(120, 380)}",
                ),
            ],
            w - m,
        )
        + 8
    )
    sect = [
        (
            tr(lg, "Public liability", "Betriebshaftpflicht", "Responsabilité civile"),
            cash(rng.choice([5e6, 10e6]), lg),
            cash(250, lg),
        ),
        (
            tr(lg, "Employers' liability", "Personenschäden Mitarbeitende", "RC employeur"),
            cash(10e6, lg),
            "-",
        ),
        (
            tr(lg, "Professional indemnity", "Vermögensschäden", "RC professionnelle"),
            cash(rng.choice([250e3, 500e3]), lg),
            cash(500, lg),
        ),
        (
            tr(
                lg,
                "Pupils' personal accident",
                "Unfallversicherung Teilnehmende",
                "Individuelle accident élèves",
            ),
            cash(rng.choice([10e3, 25e3]), lg),
            "-",
        ),
        (
            tr(
                lg,
                "Contents and studio equipment",
                "Inventar (Spiegel, Stangen, Anlage)",
                "Mobilier et matériel",
            ),
            cash(rng.choice([15e3, 30e3, 45e3]), lg),
            cash(100, lg),
        ),
    ]
    cols = columns(m, w - m, [(3, "left"), (1.6, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit", "Summe", "Plafond"),
            tr(lg, "Excess", "Selbstbeh.", "Franchise"),
        ],
        [list(x) for x in sect],
        s,
        rules=True,
        shade=0.88,
    )
    prem = rng.choice([386.0, 512.0, 648.0, 790.0])
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes"),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Jahresbeitrag", "Prime TTC"), cash(prem + tax, lg)),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Endorsements applying: DS1, DS4, GEN2 (see attached).",
            "Es gelten die Besonderen Bedingungen BB-Tanz 03 und Klauseln K1, K7.",
            "Clauses applicables : 12, 15 et 21 (voir annexe).",
        ),
        s.size - 0.5,
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Endorsements", "Klauseln und Besondere Bedingungen", "Clauses particulières"),
        1.5,
    )
    for code in tr(lg, "DS1 DS4 GEN2", "K1 K7 BB-Tanz", "12 15 21").split():
        f.heading(m, code, s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 2, 4), s.size - 1)
    pages += close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_competition_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A dance festival's or competition's confirmation of the school's entries: the entries
    by section (solos, duets, troupes, age group, style, music length), the fees, the running
    order on a landscape page, and the rules and safeguarding notes behind now and then."""
    h = head_of(who, "festival")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    fest = d + timedelta(days=rng.randint(21, 70))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        school_lines(titled(principal(), lg)),
        d,
        [(tr(lg, "School no.", "Schul-Nr.", "N° d'école"), serial(keyed(who, "n"), "999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Entry confirmation - festival {fest.year}",
            f"Anmeldebestätigung Wettbewerb {fest.year}",
            f"Confirmation d'inscription - concours {fest.year}",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your entries for the festival on {day(h, fest)}. Please "
            "check the details below; changes to dancers or music must reach us two "
            "weeks before.",
            f"vielen Dank für Ihre Anmeldung zum Wettbewerb am {day(h, fest)}. Bitte "
            "prüfen Sie die Angaben; Änderungen bis 14 Tage vorher.",
            f"Nous accusons réception de vos inscriptions pour le concours du "
            f"{day(h, fest)}. Merci de vérifier les informations ci-dessous.",
        ),
    )
    styles = tr(
        lg,
        "Classical Modern Tap Lyrical Song&Dance",
        "Ballett Modern Stepptanz Jazz Showdance",
        "Classique Contemporain Claquettes Jazz",
    ).split()
    kinds = [
        tr(lg, "Solo", "Solo", "Solo"),
        tr(lg, "Duet", "Duo", "Duo"),
        tr(lg, "Trio", "Trio", "Trio"),
        tr(lg, "Troupe", "Formation", "Groupe"),
    ]
    entries = []
    fees = 0.0
    for _ in range(rng.randint(4, 16)):
        kind = rng.choice(kinds)
        age = rng.choice(["U8", "U10", "U12", "U14", "U16", "Open"])
        fee = {"Solo": 9.0, "Duet": 12.0, "Duo": 12.0, "Trio": 15.0}.get(kind, 24.0)
        dancers = (
            f"{rng.choice(KIDS[home()])} {rng.choice(LASTS[home()])[0]}."
            if kind == "Solo"
            else {"Duet": "2", "Duo": "2", "Trio": "3"}.get(kind, str(rng.randint(5, 16)))
        )
        entries.append(
            [
                serial(rng, "999"),
                f"{kind} {age}",
                rng.choice(styles),
                dancers,
                f"{rng.randint(1, 3)}:{rng.randint(0, 59):02d}",
                money(fee, lg),
            ]
        )
        fees += fee
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (1.6, "left"),
            (1.5, "left"),
            (1.8, "left"),
            (0.8, "right"),
            (0.9, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "No.",
            tr(lg, "Section", "Kategorie", "Catégorie"),
            tr(lg, "Style", "Stil", "Style"),
            tr(lg, "Dancer(s)", "Tänzer/innen", "Danseur(s)"),
            tr(lg, "Music", "Musik", "Durée"),
            tr(lg, "Fee", "Gebühr", "Droits"),
        ],
        entries,
        s,
        rules=True,
    )
    totals(f, s, lg, fees, 0.0)
    regards(
        f,
        s,
        lg,
        staff(h, "sec"),
        tr(lg, "Festival Secretary", "Organisationsteam", "Le secrétariat"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.7:
        ls = style_of(h, landscape(A4), margin=40, pt=8)
        lw, lh = ls.page_size
        g = Sheets(ls.page_size, lh - 50, lambda p, n: 44)
        caption(
            g,
            ls,
            tr(
                lg,
                f"Provisional running order - {day(h, fest)}",
                f"Vorläufiger Ablaufplan - {day(h, fest)}",
                f"Ordre de passage provisoire - {day(h, fest)}",
            ),
            2,
        )
        t = 9 * 60 + 30
        rows = []
        for k in range(rng.randint(12, 30)):
            mine = rng.random() < 0.3
            e = rng.choice(entries) if mine else None
            school = (
                school_head().name
                if mine
                else rng.choice(
                    [
                        "Pointe Perfect Academy",
                        "Studio Tanzwerk",
                        "École Entrechat",
                        "Starlite Dance",
                        "Ballettschule Anmut",
                        "Move It Dance Co",
                    ]
                )
            )
            rows.append(
                [
                    f"{t // 60:02d}:{t % 60:02d}",
                    str(100 + k),
                    e[1] if e else f"{rng.choice(kinds)} {rng.choice(['U10', 'U12', 'Open'])}",
                    e[2] if e else rng.choice(styles),
                    school,
                ]
            )
            t += rng.randint(3, 6)
        cl = columns(
            40, lw - 40, [(0.8, "left"), (0.6, "left"), (2, "left"), (1.6, "left"), (3, "left")]
        )
        table(
            g,
            cl,
            [
                tr(lg, "Time", "Zeit", "Heure"),
                "No.",
                tr(lg, "Section", "Kategorie", "Catégorie"),
                tr(lg, "Style", "Stil", "Style"),
                tr(lg, "School", "Schule", "École"),
            ],
            rows,
            ls,
            rules=True,
            size=8,
            step=1.7,
        )
        pages += g.pages
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Rules and safeguarding",
                    "Ausschreibung und Regeln",
                    "Règlement du concours",
                ),
                tr(
                    lg,
                    "Eligibility|Age|Music|Props|Costumes|Timing|Marking|"
                    "Photography|Chaperones|Dressing rooms|Appeals",
                    "Teilnahme|Alter|Musik|Requisiten|Kostüme|Zeitlimit|"
                    "Wertung|Fotografieren|Aufsicht|Garderoben|Einsprüche",
                    "Inscription|Âge|Musique|Accessoires|Costumes|Durée|"
                    "Notation|Photos|Encadrement|Loges|Réclamations",
                ).split("|"),
                "safety",
            )
        )
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_video_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's order form for the show video and photographs, the videographer's A5 form
    filled in by hand: the dancer and class, the items ticked with quantities, the total,
    the payment method and the parent's signature."""
    h = head_of(who, "video")
    lg = h.lang
    s = style_of(h, A5, margin=28, pt=8)
    w, hh = A5
    m = s.margin
    d = some_day(rng)
    fam = a_family(rng)
    p = Page(A5)
    y = heading(p, s, h)
    title = tr(
        lg,
        "SHOW DVD & PHOTO ORDER FORM",
        "BESTELLSCHEIN VIDEO & FOTOS",
        "BON DE COMMANDE - VIDÉO ET PHOTOS",
    )
    p.text(w / 2, y, fit(title, s.bold, 10.5, w - 2 * m), s.bold, 10.5, "center")
    y += 12
    p.text(
        w / 2,
        y,
        fit(
            f"{school_head().name} - {show_title(keyed(who, 'show'), home())}",
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
        "center",
    )
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Parent's name", "Name", "Nom du parent"), fam.parent),
            (tr(lg, "Phone", "Telefon", "Téléphone"), fam.phone),
            (tr(lg, "Dancer(s)", "Tänzer/in", "Danseur(s)"), ", ".join(fam.kids)),
            (tr(lg, "Class(es)", "Gruppe(n)", "Cours"), rng.choice(CLASSES[home()])[0]),
        ],
        per=2,
        tall=22,
    )
    items = [
        (
            tr(lg, "DVD - full show", "DVD komplette Aufführung", "DVD spectacle complet"),
            20.0 if lg == "en" else 22.0,
        ),
        (tr(lg, "Blu-ray", "Blu-ray", "Blu-ray"), 25.0),
        (tr(lg, "Digital download", "Download-Link", "Lien de téléchargement"), 15.0),
        (tr(lg, "Photo pack (10 prints)", "Fotopaket 10 Abzüge", "Pochette 10 photos"), 18.0),
        (tr(lg, "Class group photo 8x10", "Gruppenfoto 20x25", "Photo de groupe 20x25"), 8.0),
    ]
    tot = 0.0
    y += 4
    p.text(m, y, tr(lg, "Item", "Artikel", "Article"), s.bold, 7.5)
    p.text(w - m - 90, y, tr(lg, "Price", "Preis", "Prix"), s.bold, 7.5, "right")
    p.text(w - m - 40, y, tr(lg, "Qty", "Anz.", "Qté"), s.bold, 7.5, "right")
    p.text(w - m, y, tr(lg, "Total", "Summe", "Total"), s.bold, 7.5, "right")
    y += 12
    for name, price in items:
        q = rng.choice([0, 0, 1, 1, 2]) if rng.random() < 0.7 else 0
        box(p, m, y, q > 0, 7)
        p.text(m + 12, y, name, s.font, 7.5)
        p.text(w - m - 90, y, cash(price, lg), s.font, 7.5, "right")
        if q:
            hand(p, w - m - 50, y, str(q), 9)
            hand(p, w - m - 34, y, money(q * price, lg), 9)
            tot += q * price
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    if not tot:
        hand(p, w - m - 50, y - 75, "1", 9)
        tot = items[0][1]
    p.text(w - m - 90, y + 4, tr(lg, "TOTAL", "GESAMT", "TOTAL"), s.bold, 8, "right")
    hand(p, w - m - 34, y + 4, money(tot, lg), 10)
    y += 22
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Cheque", "Überweisung", "Chèque"),
            tr(lg, "Bank transfer", "PayPal", "Virement"),
        ],
        {rng.randrange(3)},
        7.5,
    )
    for ln in wrap(
        tr(
            lg,
            "Orders and payment to the school office by the date below. Videos "
            "are for private viewing only and may not be shared online.",
            "Abgabe mit Zahlung im Büro der Tanzschule. Nur zur privaten Nutzung.",
            "À déposer avec le règlement au secrétariat. Usage privé uniquement.",
        ),
        s.font,
        6.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    sign_line(
        p,
        s,
        m,
        hh - m - 14,
        140,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        fam.parent,
        rng.random() < 0.8,
    )
    hand(p, w - m - 80, hh - m - 17, short(d, lg), 9)
    if rng.random() < 0.4:
        hand(p, w - m - 60, 60, tr(home(), "PAID", "BEZAHLT", "PAYÉ"), 13)
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same family or session."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "registration_form": tpl_registration_form,
    "fee_invoice": tpl_fee_invoice,
    "fee_reminder": tpl_fee_reminder,
    "accident_report": tpl_accident_report,
    "exam_entry": tpl_exam_entry,
    "board_invoice": tpl_board_invoice,
    "exam_results": tpl_exam_results,
    "certificate": tpl_certificate,
    "teacher_contract": tpl_teacher_contract,
    "record_check": tpl_record_check,
    "service_charge": tpl_service_charge,
    "floor_service": tpl_floor_service,
    "theatre_hire": tpl_theatre_hire,
    "box_office_settlement": tpl_box_office_settlement,
    "costume_invoice": tpl_costume_invoice,
    "chaperone_approval": tpl_chaperone_approval,
    "music_licence": tpl_music_licence,
    "insurance_schedule": tpl_insurance_schedule,
    "competition_entry": tpl_competition_entry,
    "video_order": tpl_video_order,
}
TEMPLATES_MMMMM: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "registration_form",
    "fee_invoice",
    "fee_reminder",
    "certificate",
    "record_check",
    "accident_report",
    "costume_invoice",
    "video_order",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "registration_form": "fee_invoice",
    "fee_invoice": "fee_reminder",
    "exam_entry": "board_invoice",
    "exam_results": "certificate",
    "teacher_contract": "record_check",
    "theatre_hire": "box_office_settlement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_juicer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One school's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The school
    (country, name, month, staff) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SCHOOL["lang"] = lang
    SCHOOL["row"] = r.randrange(len(SCHOOLS[lang]))
    SCHOOL["seed"] = r.getrandbits(24)
    SCHOOL["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    names = set()
    while len(names) < 7:
        names.add(person(r, lang))
    ordered = sorted(names)
    r.shuffle(ordered)
    STAFF.update(
        principal=ordered[:1], teachers=ordered[1:5], pianist=ordered[5:6], admin=ordered[6:7]
    )
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_MMMMM, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_juicer_stream, "templates MMMMM")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

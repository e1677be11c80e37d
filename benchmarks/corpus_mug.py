"""Mug part of the generated corpus: templates BBBB, written blind for the next measurement.

A part of its own, ``mug``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the pile the office of an independent music
school (a director, eight peripatetic teachers and an administrator; in England, Germany or
France) feeds through its scanner in a month: pupils' lesson enrolment forms filled in by hand
by the parents (Anmeldung zum Instrumentalunterricht, fiche d'inscription) with the terms and
the photo consent on a second page; parents' consent slips for a concert or a workshop
(Einverständniserklärung, autorisation parentale), cut from the letter or on a form of their
own; the school's term fee invoices to the parents with the lessons, the sibling discount and a
tear-off remittance slip; exam boards' entry confirmations (ABRSM, Trinity, a Landesverband der
Musikschulen, a Kreisverband Blasmusik's D1-D3 badges, Jugend musiziert, a conservatoire's or a
federation's convocation) with the candidate timetable and, now and then, the notes for
candidates on a page of their own or the timetable on a landscape page; the boards' mark forms
(Prüfungsprotokoll, fiche d'appréciation du jury), one per candidate, and their certificates
(Urkunde, diplôme) on landscape A4 with a border and a seal; the school's instrument loan
agreements with the conditions of hire and the condition report at issue; music shops' monthly
hire invoices for the school's pool of rented instruments (rent-to-buy credit, Mietkauf,
location-vente); piano tuners' invoices on A5 with the pitch found and the work done, some from
a duplicate book filled in by hand; workshops' instrument repair invoices with the workshop
report and, now and then, the copy of the job ticket; freelance teachers' contracts
(Honorarvertrag, contrat de prestation) with the clauses, the teaching schedule on a landscape
page and the signature page; the teachers' monthly invoices with the lesson register;
safeguarding check papers (an umbrella body's DBS result letter, the school's record of sight of
an erweitertes Führungszeugnis, the SDJES's contrôle d'honorabilité letter); room hire
agreements with a church hall or a school (Nutzungsvereinbarung, convention de mise à
disposition) with the booking dates, the conditions of hire and the key receipt; the halls'
invoices (a PCC treasurer's A5 invoice, a Gebührenbescheid, a French avis des sommes à payer);
concert venues' booking confirmations with the stage plan and the terms; the school's own
concert programmes on A5 (cover, running order, performers, thanks); music licensing invoices
(printed music copying licence, VG Musikedition, SEAM; concert licences from PRS, GEMA, SACEM)
with the licence certificate or the list of works; instrument insurance schedules with the
covering letter, the schedule of instruments on a landscape page and the policy notes; trusts'
and foundations' scholarship award letters with the conditions and the acceptance form. Each
stream is one school's pile: the school (country, name, month, teachers, pupils) is drawn once
per stream; its senders are of the school's country and write in its language, except that a
music shop, a repairer, an insurer or a foundation is now and then from abroad and writes in its
own. Page sizes range from narrow job tickets and A5 slips to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms and photo consent page of an enrolment form; the remittance slip of a fee invoice; the
notes for candidates and the landscape timetable of an entry confirmation; the conditions of
hire and the condition report of a loan agreement; the workshop report and the copy of the job
ticket of a repair invoice; the clauses, the teaching schedule and the signature page of a
teacher's contract; the lesson register of a teacher's invoice; the conditions of hire and the
key receipt of a room hire agreement; the stage plan and the terms of a venue booking; every
page of a concert programme; the licence certificate or the list of works of a licensing
invoice; the covering letter, the schedule of instruments and the policy notes of an insurance
schedule; the conditions and the acceptance form of a scholarship letter. Related papers are
documents of their own: the certificate after the mark form, the first fee invoice after an
enrolment form, the safeguarding check after a teacher's contract, the hall's invoice after
the room hire agreement, the programme after the venue booking, the mark form after the entry
confirmation; and so is each consent slip, fee invoice, mark form, certificate,
hire invoice, tuning invoice, teacher's invoice and hall invoice of a run, even when several
from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: consent slips, fee invoices,
enrolment forms, mark forms, certificates, hire invoices, tuning invoices, teachers' invoices
and hall invoices often come 2-4 in a row from one sender with other pupils, dates, numbers
and amounts; and companions: each related paper above often follows the document it answers,
about the same pupil, teacher or event. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "mug"`` and
seeds offset by 7_900_000.

Usage: ``python benchmarks/corpus_mug.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mug/mug_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cell,
    close,
    columns,
    day,
    dear,
    fields,
    fit,
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
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "mug"
SEED_OFFSET = 7_900_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
HALF = (A4[0], A4[1] / 2)  # half an A4 sheet, cut across

# ---------------------------------------------------------------------------------------------
# Who writes: the school and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SCHOOLS: dict[str, list[Row]] = {
    "en": [
        (
            "Ashdown School of Music",
            "The Old Chapel, 12 Mill Road",
            "Lewes BN7 2RP",
            "01273 471 902",
        ),
        ("Riverside Music Academy", "44 Bridge Street", "Worcester WR1 3NH", "01905 612 774"),
        ("Kingsgate Music School", "3 Kingsgate Parade", "Canterbury CT1 2BU", "01227 455 310"),
    ],
    "de": [
        ("Freie Musikschule Allegro", "Lindenstraße 21", "49074 Osnabrück", "0541 33 81 92"),
        ("Musikschule Klangraum GmbH", "Schillerplatz 6", "93047 Regensburg", "0941 58 42 10"),
        ("Musikakademie Am Hofgarten", "Hofgartenstraße 9", "40479 Düsseldorf", "0211 49 70 33"),
    ],
    "fr": [
        ("École de musique Arpège", "14 rue des Tanneurs", "67000 Strasbourg", "03 88 32 41 07"),
        ("Académie musicale du Vieux-Port", "8 quai de Rive-Neuve", "13007 Marseille", ""),
        ("Atelier musical Crescendo", "27 rue Nationale", "37000 Tours", "02 47 64 18 55"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "board": {
        "en": [
            ("ABRSM", "4 London Wall Place", "London EC2Y 5AU", "020 7636 5400"),
            ("Trinity College London", "Blue Fin Building, 110 Southwark St", "London SE1 0TA", ""),
            ("LCM Examinations", "University of West London, St Mary's Rd", "London W5 5RF", ""),
        ],
        "de": [
            (
                "Landesverband der Musikschulen Niedersachsen e.V.",
                "Arnswaldtstraße 28",
                "30159 Hannover",
                "",
            ),
            ("Kreisverband Blasmusik - Prüfungsausschuss", "Bahnhofstraße 12", "93309 Kelheim", ""),
            (
                "Jugend musiziert - Regionalausschuss",
                "Kulturamt, Rathausplatz 1",
                "40213 Düsseldorf",
                "",
            ),
        ],
        "fr": [
            (
                "Conservatoire à rayonnement départemental",
                "1 place Dauphine",
                "67000 Strasbourg",
                "03 88 43 67 00",
            ),
            (
                "Confédération Musicale de France - Fédération régionale",
                "9 rue de la Paix",
                "13001 Marseille",
                "",
            ),
            ("Conservatoire Francis Poulenc", "2 ter rue du Petit-Pré", "37000 Tours", ""),
        ],
    },
    "shop": {
        "en": [
            ("Hallam Music Centre Ltd", "88 Division Street", "Sheffield S1 4GF", "0114 275 1188"),
            ("Severn Strings & Woodwind", "5 Foregate Street", "Worcester WR1 1DB", ""),
            ("Brighton Band Instruments", "21 Gardner Street", "Brighton BN1 1UP", ""),
        ],
        "de": [
            ("Musikhaus Kessler GmbH", "Große Straße 40", "49074 Osnabrück", "0541 2 59 80"),
            ("Streichinstrumente Bergmann", "Gesandtenstraße 3", "93047 Regensburg", ""),
            ("Blasinstrumente Rheinklang KG", "Kölner Straße 77", "40211 Düsseldorf", ""),
        ],
        "fr": [
            ("Musique & Cie SARL", "5 rue du Vieux-Marché-aux-Vins", "67000 Strasbourg", ""),
            ("La Boîte à Musique Provence", "40 cours Julien", "13006 Marseille", ""),
            ("Lutherie Val de Loire", "12 rue Colbert", "37000 Tours", "02 47 20 55 18"),
        ],
    },
    "tuner": {
        "en": [
            ("J. Marsden Piano Services", "7 Orchard Close", "Uckfield TN22 1QD", "07700 914 322"),
            ("Malvern Piano Tuning - A. Price MABPT", "2 Church Walk", "Malvern WR14 4NP", ""),
            ("Kent Piano Care", "Unit 3, Wincheap Estate", "Canterbury CT1 3RY", "01227 760 214"),
        ],
        "de": [
            ("Klavierbau Albers - Meisterbetrieb", "Rheiner Landstraße 55", "49078 Osnabrück", ""),
            ("Pianohaus Wiesinger", "Ludwigstraße 4", "93047 Regensburg", "0941 56 71 20"),
            ("Klavierstimmer Frank Oltmanns", "Am Kirchberg 2", "40627 Düsseldorf", ""),
        ],
        "fr": [
            (
                "Accord Piano Service - Yves Tanguy",
                "3 rue du Jeu-des-Enfants",
                "67000 Strasbourg",
                "",
            ),
            ("Pianos Méditerranée", "112 rue de Rome", "13006 Marseille", "04 91 48 02 77"),
            ("Atelier Piano Touraine", "5 rue de la Scellerie", "37000 Tours", ""),
        ],
    },
    "repairer": {
        "en": [
            ("Windcraft Instrument Repairs", "Unit 9, Station Yard", "Lewes BN7 2UP", ""),
            ("Brass & Reed Workshop Ltd", "14 Sidbury", "Worcester WR1 2HZ", "01905 352 118"),
        ],
        "de": [
            (
                "Holz- und Blechblasinstrumente Meisterwerkstatt Pohl",
                "Hasestraße 19",
                "49074 Osnabrück",
                "",
            ),
            ("Geigenbau Lechner", "Keplerstraße 11", "93047 Regensburg", "0941 5 22 41"),
        ],
        "fr": [
            ("Atelier Cuivres & Bois", "21 rue des Serruriers", "67000 Strasbourg", ""),
            ("Lutherie du Panier", "6 rue du Panier", "13002 Marseille", "04 91 90 14 52"),
        ],
    },
    "hall": {
        "en": [
            (
                "St Mary's Church Hall (PCC of St Mary the Virgin)",
                "Station Road",
                "Lewes BN7 2YA",
                "",
            ),
            ("Hillside Academy - Lettings Office", "Hillside Avenue", "Worcester WR3 8HQ", ""),
            ("United Reformed Church Hall", "Watling Street", "Canterbury CT1 2UA", ""),
        ],
        "de": [
            (
                "Ev.-luth. Kirchengemeinde St. Marien - Gemeindehaus",
                "Marienplatz 3",
                "49074 Osnabrück",
                "",
            ),
            (
                "Stadt Regensburg - Amt für Schulen",
                "D.-Martin-Luther-Straße 1",
                "93047 Regensburg",
                "",
            ),
            (
                "Kath. Pfarrgemeinde St. Lambertus - Pfarrheim",
                "Stiftsplatz 5",
                "40213 Düsseldorf",
                "",
            ),
        ],
        "fr": [
            (
                "Ville de Strasbourg - Service des salles",
                "1 parc de l'Étoile",
                "67076 Strasbourg",
                "",
            ),
            ("Paroisse Saint-Joseph - Salle paroissiale", "18 rue Paradis", "13001 Marseille", ""),
            ("Collège Anatole France - Gestion", "2 rue Jules-Ferry", "37000 Tours", ""),
        ],
    },
    "venue": {
        "en": [
            ("The Assembly Rooms", "High Street", "Lewes BN7 1XE", "01273 480 011"),
            ("Huntingdon Hall", "Crowngate", "Worcester WR1 3LD", "01905 611 427"),
            ("St Gregory's Centre for Music", "North Holmes Road", "Canterbury CT1 1QU", ""),
        ],
        "de": [
            ("Kulturzentrum Lagerhalle e.V.", "Rolandsmauer 26", "49074 Osnabrück", ""),
            (
                "Stadtsaal Regensburg - Veranstaltungsbüro",
                "Bismarckplatz 1",
                "93047 Regensburg",
                "",
            ),
            ("Robert-Schumann-Saal im Museum Kunstpalast", "Ehrenhof 4", "40479 Düsseldorf", ""),
        ],
        "fr": [
            ("Salle du Cercle - Centre culturel", "2 rue de Soleure", "67000 Strasbourg", ""),
            ("Théâtre municipal du Lacydon", "3 rue Beauvau", "13001 Marseille", ""),
            ("Salle Ockeghem", "15 place Châteauneuf", "37000 Tours", "02 47 21 65 00"),
        ],
    },
    "licensing": {
        "en": [
            ("Printed Music Licensing Ltd", "4th Floor, 2 Pancras Square", "London N1C 4AG", ""),
            ("PRS for Music - TheMusicLicence", "1 Westferry Circus", "London E14 4HD", ""),
        ],
        "de": [
            ("VG Musikedition", "Friedrich-Ebert-Straße 104", "34119 Kassel", "0561 10 96 56 0"),
            ("GEMA Bezirksdirektion Nürnberg", "Johannisstraße 1", "90419 Nürnberg", ""),
        ],
        "fr": [
            (
                "SEAM - Société des Éditeurs et Auteurs de Musique",
                "175 rue Saint-Honoré",
                "75001 Paris",
                "",
            ),
            ("SACEM - Délégation régionale", "4 rue Jean-Jaurès", "37000 Tours", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Allegro Instrument Insurance Services",
                "Cathedral House, 8 Pottergate",
                "Norwich NR2 1DS",
                "",
            ),
            ("Forte Musical Insurance Brokers Ltd", "2 King Street", "Manchester M2 6AG", ""),
        ],
        "de": [
            ("Harmonia Instrumentenversicherung AG", "Augustaanlage 66", "68165 Mannheim", ""),
            ("Kölner Musikversicherungsdienst GmbH", "Hansaring 12", "50670 Köln", ""),
        ],
        "fr": [
            ("Assurances Diapason", "22 rue de Courcelles", "75008 Paris", "01 45 61 30 20"),
            ("Cabinet Allegretto Courtage", "9 place Bellecour", "69002 Lyon", ""),
        ],
    },
    "foundation": {
        "en": [
            (
                "The Hartley Music Bursary Trust",
                "c/o 14 Cathedral Close",
                "Chichester PO19 1PX",
                "",
            ),
            ("Weald Young Musicians Fund", "Old Bank House, High St", "Tonbridge TN9 1DR", ""),
        ],
        "de": [
            ("Stiftung Musikförderung Rhein-Ems", "Domhof 2", "49074 Osnabrück", ""),
            ("Sparkassenstiftung für Jugendmusik", "Neupfarrplatz 10", "93047 Regensburg", ""),
        ],
        "fr": [
            (
                "Fondation Clairval pour la jeunesse musicale",
                "7 rue de la Nuée-Bleue",
                "67000 Strasbourg",
                "",
            ),
            ("Fonds Lumière pour les jeunes musiciens", "31 rue Grignan", "13006 Marseille", ""),
        ],
    },
    "vetting": {
        "en": [
            (
                "Safer Checks Umbrella Ltd",
                "Suite 4, Orbital House",
                "Crawley RH10 9AT",
                "01293 552 120",
            ),
            ("Cornerstone Disclosure Services", "PO Box 5521", "Birmingham B1 9FX", ""),
        ],
        "de": [],
        "fr": [
            (
                "SDJES du Bas-Rhin",
                "Cité administrative, 14 rue du Maréchal Juin",
                "67084 Strasbourg",
                "",
            ),
            ("SDJES des Bouches-du-Rhône", "66 A rue Saint-Sébastien", "13006 Marseille", ""),
            ("SDJES d'Indre-et-Loire", "61 avenue de Grammont", "37000 Tours", ""),
        ],
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
        "Priya",
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
        "Anne",
    ],
}
KIDS = {
    "en": [
        "Oliver",
        "Amelia",
        "Isla",
        "Harry",
        "Freya",
        "Leo",
        "Ava",
        "Noah",
        "Mia",
        "Arjun",
        "Evie",
    ],
    "de": ["Emil", "Mila", "Paul", "Lina", "Finn", "Clara", "Ben", "Ida", "Noah", "Emma", "Luis"],
    "fr": [
        "Jules",
        "Louise",
        "Gabriel",
        "Chloé",
        "Raphaël",
        "Inès",
        "Louis",
        "Jade",
        "Adam",
        "Lou",
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
        "Kaur",
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
        "Weber",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Anne",
    "Amelia",
    "Isla",
    "Freya",
    "Ava",
    "Mia",
    "Evie",
    "Mila",
    "Lina",
    "Clara",
    "Ida",
    "Louise",
    "Chloé",
    "Inès",
    "Jade",
    "Lou",
}
ROADS = {
    "en": ["Priory Crescent", "Western Road", "Oak Tree Lane", "Albion Street", "The Avenue"],
    "de": ["Birkenweg", "Goethestraße", "Am Sportplatz", "Lerchenfeld", "Mozartstraße"],
    "fr": ["rue des Vosges", "allée des Tilleuls", "rue Victor-Hugo", "avenue de la Gare"],
}

#: Instruments, the same index in every language.
INSTR = {
    "en": [
        "Piano",
        "Violin",
        "Cello",
        "Flute",
        "Clarinet",
        "Guitar",
        "Trumpet",
        "Saxophone",
        "Singing",
        "Drum kit",
    ],
    "de": [
        "Klavier",
        "Violine",
        "Violoncello",
        "Querflöte",
        "Klarinette",
        "Gitarre",
        "Trompete",
        "Saxophon",
        "Gesang",
        "Schlagzeug",
    ],
    "fr": [
        "Piano",
        "Violon",
        "Violoncelle",
        "Flûte traversière",
        "Clarinette",
        "Guitare",
        "Trompette",
        "Saxophone",
        "Chant",
        "Batterie",
    ],
}
MAKES = [
    ("Yamaha", "YFL-212", "flute"),
    ("Buffet Crampon", "Prodige", "clarinet"),
    ("Stentor", "Student II 3/4", "violin"),
    ("Gewa", "Ideale 4/4", "violin"),
    ("Primavera", "200 1/2", "cello"),
    ("Jupiter", "JTR-700", "trumpet"),
    ("Yamaha", "YAS-280", "saxophone"),
    ("Trevor James", "TJ10X", "flute"),
    ("Hohner", "HC-06", "guitar"),
]
ACCESSORIES = {
    "violin": {
        "en": ["case, bow, rosin", "case, bow, shoulder rest", "case, 2 bows, mute"],
        "de": ["Etui, Bogen, Kolophonium", "Etui, Bogen, Schulterstütze"],
        "fr": ["étui, archet, colophane", "étui, archet, coussin"],
    },
    "other": {
        "en": ["case, cleaning rod, 3 reeds", "case, mouthpiece, valve oil", "gig bag, strap"],
        "de": ["Koffer, Putzstab, 3 Blätter", "Koffer, Mundstück, Ventilöl", "Tasche, Gurt"],
        "fr": ["étui, écouvillon, 2 anches", "étui, embouchure, huile", "housse, sangle"],
    },
}
MAKE_INSTR = {
    "flute": 3,
    "clarinet": 4,
    "violin": 1,
    "cello": 2,
    "trumpet": 6,
    "saxophone": 7,
    "guitar": 5,
}
PIECES = [
    ("J. S. Bach", "Minuet in G, BWV Anh. 114"),
    ("W. A. Mozart", "Allegro, K. 3"),
    ("F. Schubert", "Moment musical No. 3"),
    ("R. Schumann", "Träumerei, Op. 15 No. 7"),
    ("G. Fauré", "Sicilienne, Op. 78"),
    ("C. Saint-Saëns", "Le Cygne"),
    ("E. Elgar", "Salut d'amour"),
    ("G. F. Handel", "Sonata in F, HWV 369, mvt 1"),
    ("S. Joplin", "The Entertainer"),
    ("B. Bartók", "Mikrokosmos No. 102"),
    ("A. Vivaldi", "Concerto in A minor, RV 356, mvt 1"),
    ("C. Debussy", "The Little Shepherd"),
    ("F. Chopin", "Prelude in E minor, Op. 28 No. 4"),
    ("P. Harris", "Summer Samba"),
    ("J. Rae", "Blue Note Blues"),
    ("A. Dvorák", "Humoresque, Op. 101 No. 7"),
    ("L. Boccherini", "Minuet"),
    ("Trad. arr. school", "Ensemble: Scarborough Fair"),
    ("J. Haydn", "Sonata in C, Hob. XVI:35, mvt 1"),
    ("M. Ravel", "Pavane pour une infante défunte"),
    ("E. Grieg", "Morning Mood"),
    ("F. Kreisler", "Liebesleid"),
    ("G. Gershwin", "Summertime"),
    ("D. Kabalevsky", "Toccatina, Op. 27 No. 12"),
    ("C. Gurlitt", "The Hunt, Op. 117 No. 15"),
    ("M. Bruch", "Kol Nidrei (excerpt)"),
    ("J. Pachelbel", "Canon in D (string ensemble)"),
    ("H. Purcell", "Rondeau from Abdelazer"),
    ("L. van Beethoven", "Für Elise, WoO 59"),
    ("Y. Tiersen", "Comptine d'un autre été"),
]

TALK = {
    "en": {
        "music": "lessons pupils practice progress concert ensemble repertoire scales exam grade "
        "theory aural teacher term timetable parents rehearsal performance room",
        "legal": "agreement parties hirer school obligations damage loss insurance notice "
        "termination liability period payment deposit condition return",
        "safe": "safeguarding children disclosure check certificate barred list policy "
        "designated lead training record staff volunteers risk",
        "event": "concert venue stage audience tickets rehearsal arrival interval performers "
        "programme piano seating lighting access parking",
        "money": "invoice payment account balance due amount reference transfer term fees "
        "discount instalments direct debit",
    },
    "de": {
        "music": "Unterricht Schüler Üben Fortschritt Vorspiel Ensemble Repertoire Tonleitern "
        "Prüfung Stufe Theorie Gehörbildung Lehrkraft Halbjahr Stundenplan Eltern Probe Raum",
        "legal": "Vereinbarung Vertragsparteien Musikschule Pflichten Schaden Verlust "
        "Versicherung Kündigung Haftung Laufzeit Zahlung Kaution Zustand Rückgabe",
        "safe": "Kinderschutz Führungszeugnis Einsichtnahme Tätigkeit Kinder Jugendliche "
        "Schutzkonzept Vereinbarung Dokumentation Mitarbeitende Ehrenamt Datenschutz",
        "event": "Konzert Saal Bühne Publikum Eintritt Probe Einlass Pause Mitwirkende Programm "
        "Flügel Bestuhlung Beleuchtung Zugang Parkplätze",
        "money": "Rechnung Zahlung Konto Betrag fällig Verwendungszweck Überweisung Halbjahr "
        "Gebühren Ermäßigung Raten Lastschrift",
    },
    "fr": {
        "music": "cours élèves pratique progrès audition ensemble répertoire gammes examen "
        "cycle formation musicale professeur trimestre planning parents répétition salle",
        "legal": "convention parties emprunteur école obligations dommage perte assurance "
        "préavis résiliation responsabilité durée paiement caution état restitution",
        "safe": "protection mineurs honorabilité contrôle fichier encadrement intervenants "
        "déclaration dossier bénévoles prévention signalement",
        "event": "concert salle scène public billetterie répétition accueil entracte musiciens "
        "programme piano gradins lumière accès stationnement",
        "money": "facture paiement compte solde échéance montant référence virement trimestre "
        "cotisation réduction prélèvement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "music", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "music", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The school of a stream: country, month, teachers and pupils
# ---------------------------------------------------------------------------------------------


@dataclass
class Teacher:
    first: str
    last: str
    instr: int
    street: str
    town: str
    trading: str  # how the teacher heads an invoice

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Pupil:
    first: str
    last: str
    female: bool
    born: date
    instr: int
    grade: int
    teacher: int
    parent: str
    parent_female: bool
    street: str
    town: str
    minutes: int

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


SCHOOL: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
TEACHERS: list[Teacher] = []
PUPILS: list[Pupil] = []
#: What the previous document was about (a companion takes up the same pupil, teacher, day).
LAST: dict[str, object] = {"kind": "", "pupil": None, "teacher": None, "day": None, "extra": None}


def home() -> str:
    return str(SCHOOL["lang"])


def month() -> date:
    m = SCHOOL["month"]
    assert isinstance(m, date)
    return m


def school_row() -> Row:
    return SCHOOLS[home()][int(SCHOOL["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's school and ``key``: a run or a repeat keeps
    its sender."""
    text = f"mug/{key}/{who.name}/{who.street}/{who.city}/{SCHOOL['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 40))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def pupil_for(rng: random.Random, kinds: tuple[str, ...]) -> Pupil:
    p = LAST["pupil"]
    if isinstance(p, Pupil) and after(kinds):
        return p
    return rng.choice(PUPILS)


def teacher_for(rng: random.Random, kinds: tuple[str, ...]) -> Teacher:
    t = LAST["teacher"]
    if isinstance(t, Teacher) and after(kinds):
        return t
    return rng.choice(TEACHERS)


def remember(
    d: date, pupil: Pupil | None = None, teacher: Teacher | None = None, extra: object = None
) -> None:
    LAST.update(day=d, pupil=pupil, teacher=teacher, extra=extra)


def term_name(d: date, lg: str) -> str:
    m = d.month
    if lg == "en":
        t = "Autumn" if m >= 9 else "Spring" if m <= 3 else "Summer"
        return f"{t} Term {d.year}"
    if lg == "de":
        y0 = d.year - (m < 8)
        half = "1." if m >= 8 or m == 1 else "2."
        return f"{half} Schulhalbjahr {y0}/{(y0 + 1) % 100:02d}"
    k = 1 if m >= 9 else 2 if m <= 3 else 3
    return f"{k}{'er' if k == 1 else 'e'} trimestre {d.year - (m < 9)}-{d.year - (m < 9) + 1}"


def instr(k: int, lg: str) -> str:
    return INSTR[lg][k]


def a_teacher(r: random.Random, lg: str, k: int) -> Teacher:
    first, last = r.choice(FIRSTS[lg]), r.choice(LASTS[lg])
    road = r.choice(ROADS[lg])
    no = r.randint(1, 90)
    town = SCHOOLS[lg][r.randrange(3)][2]
    inst = instr(k, lg)
    trading = r.choice(
        [
            f"{first} {last}",
            f"{first} {last} - {tr(lg, 'Music Tuition', 'Musikunterricht', 'Cours de musique')}",
            f"{first} {last}, "
            + tr(
                lg, f"{inst} teacher", f"Diplom-Musiklehrer/in {inst}", f"prof. de {inst.lower()}"
            ),
        ]
    )
    return Teacher(
        first,
        last,
        k,
        f"{road} {no}" if lg == "de" else f"{no} {road}",
        town,
        trading,
    )


def a_pupil(r: random.Random, lg: str) -> Pupil:
    first, last = r.choice(KIDS[lg]), r.choice(LASTS[lg])
    parent = r.choice(FIRSTS[lg])
    t = r.randrange(len(TEACHERS))
    age = r.randint(6, 17)
    row = school_row()
    road = r.choice(ROADS[lg])
    no = r.randint(1, 120)
    return Pupil(
        first=first,
        last=last,
        female=first in FEMALE,
        born=date(month().year - age, r.randint(1, 12), r.randint(1, 28)),
        instr=TEACHERS[t].instr,
        grade=min(8, max(1, age - 6 + r.randint(-3, 1))),
        teacher=t,
        parent=f"{parent} {last}",
        parent_female=parent in FEMALE,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}",
        town=row[2],
        minutes=r.choice([20, 30, 30, 45, 60] if lg == "en" else [30, 45, 45, 60]),
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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
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
        "Instrumental & vocal tuition for all ages",
        "Instrumental- und Gesangsunterricht",
        "Enseignement musical - tous âges, tous niveaux",
    ),
    "shop": (
        "Sales - Hire - Repairs - Sheet music",
        "Verkauf - Miete - Reparatur - Noten",
        "Vente - Location - Réparation - Partitions",
    ),
    "tuner": (
        "Tuning - Regulation - Repairs",
        "Stimmen - Regulieren - Reparieren",
        "Accord - Réglage - Réparation",
    ),
    "repairer": (
        "Woodwind & brass repairs and servicing",
        "Reparatur und Wartung",
        "Réparation et entretien d'instruments",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("board", "vetting", "hall", "foundation") and r.random() < 0.5:
        if lang == "en" and role in ("board", "foundation"):
            return [f"Registered charity no. {r.randint(200000, 1190000)}"]
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'GLS Bank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Osnabrück', 'Regensburg', 'Düsseldorf', 'Mannheim'])} "
                f"HRB {r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [f"{name} - SIRET {siret}"]
        if role == "school":
            out[0] += (
                f" - Déclaration d'activité n° {r.randint(11, 93)} {r.randint(10, 99)} "
                f"{r.randint(10000, 99999)} {r.randint(10, 99)}"
            )
        elif r.random() < 0.6:
            out[0] += f" - APE {r.choice(['8552Z', '4759B', '9329Z', '3322Z', '6622Z'])}"
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.5 and role in ("shop", "repairer", "insurer", "tuner"):
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mug/head/{name}/{SCHOOL['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("vetting", "hall") and ("Stadt" in name or "Ville" in name or "SDJES" in name):
        looks = ["official"]
    elif role in ("board", "foundation"):
        looks = ["crest", "centred", "band", "crest"]
    elif role == "teacher":
        looks = ["plain", "centred", "side", "centred"]
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'admin', 'accounts', 'hello'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def school_head() -> Head:
    return make_head(school_row(), home(), "school")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and school), of the
    school's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad or not SENDERS[role][lang]:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang and SENDERS[role][x]])
    rows = SENDERS[role][lang]
    # a local sender: mostly the one of the school's own town
    pick = int(SCHOOL["row"]) if lang == home() and r.random() < 0.6 else r.randrange(len(rows))
    return make_head(rows[pick % len(rows)], lang, role)


def teacher_head(t: Teacher) -> Head:
    return make_head((t.trading, t.street, t.town, ""), home(), "teacher")


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
    """A round stamp or embossed seal: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def clef(p: Page, x: float, y: float, w: float) -> None:
    """A little stave with a few note heads: a music school's or a board's logo."""
    for k in range(5):
        p.line(x, y + k * 3, x + w, y + k * 3)
    for k in range(4):
        nx = x + 8 + k * (w - 14) / 4
        ny = y + 10 - (k % 3) * 3
        p.rect(nx, ny - 1.5, 3.5, 3, fill=0.0)
        p.line(nx + 3.5, ny, nx + 3.5, ny - 11)


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
        p.rect(m, y - 12, 20, 26, fill=0.3)
        p.rect(m + 4, y - 8, 12, 18, fill=0.9)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 30, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
            yy += 12
        p.text(m + 30, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "crest":
        ring(p, w / 2, y + 2, 15)
        clef(p, w / 2 - 11, y - 4, 22)
        pt = shrink(h.name, h.bold, 13, w - 2 * m)
        p.text(w / 2, y + 32, h.name, h.bold, pt, "center")
        p.text(
            w / 2, y + 42, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7, "center"
        )
        return y + 64
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
        low = f"{where}   {contact}" if tagline else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        clef(p, m + 6, y - 1, 22)
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
        p.text(m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
    p.text(w - m, y - 4, fit(where, h.font, 7, w * 0.38 - m), h.font, 7, "right")
    if contact:
        p.text(w - m, y + 5, fit(contact, h.font, 7, w * 0.38 - m), h.font, 7, "right")
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


def plain_sheets(s: Style, header: str = "") -> Sheets:
    """Pages without a letterhead (annexes, conditions, forms): a running header on later
    pages when ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").replace(",", " ").split()
    parts = [t for t in parts if t[0].isupper()] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the school's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Admin"],
                        "de": ["Büro", "Verwaltung"],
                        "fr": ["Secrétariat", "Direction"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, closing: str = "") -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    text = closing or tr(
        lang,
        ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][len(name) % 4],
        "Mit freundlichen Grüßen",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    )
    f.para(m, f.size[0] - 2 * m, text, s.font, s.size, 0.3)
    f.y += 24
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"mug/staff/{tag}/{h.name}/{SCHOOL['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def director() -> str:
    return staff(school_head(), "director")


def administrator() -> str:
    return staff(school_head(), "admin")


def mx(name: str, lang: str, female: bool | None = None) -> str:
    """``name`` with its title (Mrs/Mr, Frau/Herr, Madame/Monsieur)."""
    if female is None:
        female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def parent_lines(pu: Pupil, lg: str) -> list[str]:
    return [mx(pu.parent, lg, pu.parent_female), pu.street, pu.town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def school_lines(att: str = "") -> list[str]:
    return head_lines(school_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "", label: str = ""
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
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append(
        (label or tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(
    rng: random.Random,
    s0: Style,
    lg: str,
    title: str,
    heads: list[str],
    topic: str = "legal",
    cols: int = 2,
) -> Page:
    """A page of small print under ``title`` in ``cols`` columns: numbered clauses."""
    s = paper(s0, s0.page_size, margin=min(s0.margin, 44), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 16 * (cols - 1)) / cols
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(cols):
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


def sign_line(p: Page, x: float, y: float, w: float, label: str, font: str, name: str = "") -> None:
    """A signature line with its label under it, signed when ``name``."""
    if name:
        scrawl(p, x + 4, y - 2, name)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(label, font, 7, w), font, 7)


def iban(r: random.Random, lg: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  "
        f"Account {r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def fee_rate(lg: str, minutes: int) -> float:
    """A lesson's price at the school."""
    per_hour = {"en": 44.0, "de": 52.0, "fr": 48.0}[lg]
    return round(per_hour * minutes / 60, 2)


def teacher_rate(lg: str) -> float:
    return {"en": 32.0, "de": 34.0, "fr": 30.0}[lg]


def lesson_days(rng: random.Random, start: date, n: int, weekday: int) -> list[date]:
    """``n`` weekly lesson dates from the first ``weekday`` on or after ``start``."""
    d = start + timedelta(days=(weekday - start.weekday()) % 7)
    out = []
    while len(out) < n:
        if rng.random() > 0.08:
            out.append(d)
        d += timedelta(days=7)
    return out


WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


# ---------------------------------------------------------------------------------------------
# Templates BBBB: the school's own forms and invoices
# ---------------------------------------------------------------------------------------------

ENROL_TERMS = {
    "en": [
        "Lessons",
        "Fees",
        "Notice",
        "Missed lessons",
        "Teacher absence",
        "Exams",
        "Instruments",
        "Safeguarding",
        "Photographs",
        "Data protection",
    ],
    "de": [
        "Unterricht",
        "Entgelt",
        "Kündigung",
        "Ausfall durch Schüler",
        "Ausfall durch Lehrkraft",
        "Prüfungen",
        "Instrumente",
        "Kinderschutz",
        "Fotos",
        "Datenschutz",
    ],
    "fr": [
        "Cours",
        "Tarifs",
        "Préavis",
        "Absences de l'élève",
        "Absence du professeur",
        "Examens",
        "Instruments",
        "Protection des mineurs",
        "Droit à l'image",
        "Données personnelles",
    ],
}


def tpl_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's lesson enrolment form as a parent returns it: filled in by hand, ticks for
    instrument, lesson length and availability; often the terms and the photo consent with the
    signature on a second page; an office-use box."""
    h = school_head()
    lg = h.lang
    pu = rng.choice(PUPILS)
    d = some_day(rng) - timedelta(days=rng.randint(0, 20))
    s = style_of(h, A4, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        rng.choice(["Pupil Enrolment Form", "Lesson Registration Form", "New Pupil Enrolment"]),
        "Anmeldung zum Instrumental- und Gesangsunterricht",
        f"Fiche d'inscription {d.year - (d.month < 9)}-{d.year - (d.month < 9) + 1}",
    )
    p.text(m, y, title, s.bold, 14)
    y += 8
    if rng.random() < 0.5:
        y += 6
        p.text(
            w - m,
            y,
            tr(
                lg,
                "Please complete in BLOCK CAPITALS",
                "Bitte in Druckbuchstaben ausfüllen",
                "Merci d'écrire en MAJUSCULES",
            ),
            italic_of(s.font),
            7.5,
            "right",
        )
    y += 14
    up = rng.random() < 0.4
    name = (lambda t: t.upper()) if up else (lambda t: t)
    y = band(p, s, y, tr(lg, "1. Pupil", "1. Schüler/in", "1. Élève"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "First name", "Vorname", "Prénom"), name(pu.first)),
            (tr(lg, "Surname", "Nachname", "Nom"), name(pu.last)),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(pu.born, lg)),
            (
                tr(lg, "School and year", "Schule / Klasse", "Établissement / classe"),
                rng.choice(
                    {
                        "en": ["St Pancras Primary Y4", "Priory School Y9", "Hillside Academy Y7"],
                        "de": ["GS Am Wall 3b", "Gymnasium Carolinum 7a", "Realschule Süd 6c"],
                        "fr": ["Collège Pasteur 5e", "École Jean Macé CM1", "Lycée Descartes 2nde"],
                    }[lg]
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), name(pu.street)),
            (tr(lg, "Postcode / town", "PLZ / Ort", "Code postal / ville"), name(pu.town)),
        ],
        per=2,
        tall=25,
    )
    y = band(
        p, s, y, tr(lg, "2. Parent / carer", "2. Erziehungsberechtigte", "2. Responsable légal")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), name(pu.parent)),
            (
                tr(lg, "Relationship", "Verhältnis", "Lien"),
                tr(
                    lg,
                    "Mother" if pu.parent_female else "Father",
                    "Mutter" if pu.parent_female else "Vater",
                    "Mère" if pu.parent_female else "Père",
                ),
            ),
            (
                tr(lg, "Mobile", "Telefon (mobil)", "Portable"),
                {"en": "07", "de": "01", "fr": "06 "}[lg]
                + serial(rng, "99 999 9999" if lg != "fr" else "99 99 99 99"),
            ),
            (
                "E-mail",
                email(pu, rng),
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(
        p, s, y, tr(lg, "3. Lessons requested", "3. Gewünschter Unterricht", "3. Cours souhaités")
    )
    y += 12
    labels = [
        tr(lg, "Instrument / voice:", "Fach:", "Discipline :"),
        tr(lg, "Lesson length:", "Unterrichtsdauer:", "Durée du cours :"),
        tr(lg, "Type:", "Art:", "Type :"),
        tr(lg, "Own instrument?", "Eigenes Instrument?", "Instrument personnel ?"),
    ]
    lx = m + max(tw(t, s.font, 8) for t in labels) + 10
    p.text(m, y, labels[0], s.font, 8)
    y = ticks(p, s, lx, y, w - m - lx, INSTR[lg], {pu.instr}, 8)
    p.text(m, y, labels[1], s.font, 8)
    lens = ["20 min", "30 min", "45 min", "60 min"]
    y = ticks(p, s, lx, y, w - m - lx, lens, {lens.index(f"{pu.minutes} min")}, 8)
    kinds = [
        tr(lg, "Individual", "Einzelunterricht", "Individuel"),
        tr(lg, "Shared (pair)", "Partnerunterricht", "En binôme"),
        tr(lg, "Group / ensemble", "Gruppe / Ensemble", "Collectif"),
    ]
    p.text(m, y, labels[2], s.font, 8)
    y = ticks(p, s, lx, y, w - m - lx, kinds, {0 if rng.random() < 0.8 else 1}, 8)
    p.text(m, y, labels[3], s.font, 8)
    own = rng.random() < 0.7
    prev = tr(lg, "Previous experience / grade:", "Vorkenntnisse:", "Niveau :")
    px = lx + 130
    p.text(px, y, prev, s.font, 8)
    hand(
        p,
        px + tw(prev, s.font, 8) + 6,
        y,
        rng.choice(
            {
                "en": ["none", f"Grade {max(1, pu.grade - 1)}", "2 yrs at school", "-", "beginner"],
                "de": ["keine", "2 Jahre Blockflöte", "-", "Anfänger/in", "1 Jahr privat"],
                "fr": ["débutant", "2 ans", "-", "fin de 1er cycle", "éveil musical"],
            }[lg]
        ),
        9,
        w - m - px - tw(prev, s.font, 8) - 6,
    )
    y = ticks(p, s, lx, y, 120, yes_no(lg), {0 if own else 1}, 8)
    # availability grid
    y = band(
        p,
        s,
        y + 2,
        tr(
            lg,
            "4. When can the pupil come? (tick all that apply)",
            "4. Zeitwünsche (bitte alle möglichen ankreuzen)",
            "4. Disponibilités (cochez toutes les cases possibles)",
        ),
    )
    y += 6
    slots = ["13-14", "14-15", "15-16", "16-17", "17-18", "18-19"]
    cx0 = m + 70
    cwid = (w - m - cx0) / len(slots)
    for j, t in enumerate(slots):
        p.text(cx0 + j * cwid + cwid / 2, y + 6, t, s.font, 7, "center")
    y += 10
    for di in range(5 if lg != "fr" else 6):
        p.rect(m, y, w - 2 * m, 14)
        p.text(m + 4, y + 10, WEEKDAYS[lg][di if lg != "fr" or di < 5 else 5], s.font, 7.5)
        for j in range(len(slots)):
            p.line(cx0 + j * cwid, y, cx0 + j * cwid, y + 14)
            if rng.random() < 0.3:
                hand(p, cx0 + j * cwid + cwid / 2 - 3, y + 11, "x", 10)
        y += 14
    y += 12
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "5. Medical needs, SEN, allergies",
            "5. Gesundheit / Förderbedarf",
            "5. Santé, besoins particuliers",
        ),
    )
    y += 14
    hand(
        p,
        m + 4,
        y,
        rng.choice(
            {
                "en": [
                    "none",
                    "asthma - inhaler in bag",
                    "-",
                    "dyslexia",
                    "mild hearing loss L ear",
                ],
                "de": ["keine", "-", "Asthma (Spray in der Tasche)", "ADHS", "Nussallergie"],
                "fr": ["néant", "RAS", "asthme (Ventoline)", "dyslexie", "allergie arachide"],
            }[lg]
        ),
        9.5,
    )
    p.line(m, y + 3, w - m, y + 3)
    y += 18
    if rng.random() < 0.7:
        y = band(
            p,
            s,
            y + 2,
            tr(
                lg,
                "6. How did you hear about us?",
                "6. Wie sind Sie auf uns aufmerksam geworden?",
                "6. Comment nous avez-vous connus ?",
            ),
        )
        y += 12
        heard = [
            tr(lg, "Friend / family", "Freunde / Familie", "Bouche-à-oreille"),
            tr(lg, "School visit", "Schulkonzert", "Intervention à l'école"),
            tr(lg, "Website", "Internet", "Site internet"),
            tr(lg, "Concert", "Konzert", "Concert"),
            tr(lg, "Flyer", "Flyer", "Prospectus"),
        ]
        y = ticks(p, s, m, y, w - 2 * m, heard, {rng.randrange(len(heard))}, 8)
        y = fields(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Brother/sister at the school?",
                        "Geschwister an der Musikschule?",
                        "Frère/soeur inscrit(e) ?",
                    ),
                    rng.choice([*yes_no(lg), "-"]),
                ),
                (
                    tr(
                        lg,
                        "Emergency contact (other than above)",
                        "Notfallkontakt",
                        "Autre personne à prévenir",
                    ),
                    rng.choice(
                        ["", f"{rng.choice(FIRSTS[lg])} {pu.last} " + serial(rng, "0999 999999")]
                    ),
                ),
            ],
            per=2,
            tall=25,
        )
    two = rng.random() < 0.7
    if not two:
        ys = min(y + 10, hh - 150 - 7 * len(h.foot))
        p.text(
            m,
            ys,
            tr(
                lg,
                "I have read and accept the terms and conditions overleaf / on the website.",
                "Die Unterrichtsordnung und Entgeltordnung erkenne ich an.",
                "J'ai pris connaissance du règlement intérieur et l'accepte.",
            ),
            s.font,
            8,
        )
        hand(p, m, ys + 28, short(d, lg))
        sign_line(
            p,
            m + 170,
            ys + 30,
            200,
            tr(lg, "Signature of parent/carer", "Unterschrift", "Signature"),
            s.font,
            pu.parent,
        )
        y = ys + 50
    # office use
    oy = hh - 78 - 7 * len(h.foot) - 12
    p.rect(m, oy, w - 2 * m, 48, fill=0.93)
    p.text(
        m + 4,
        oy + 10,
        tr(lg, "OFFICE USE ONLY", "NUR FÜR DIE VERWALTUNG", "CADRE RÉSERVÉ À L'ÉCOLE"),
        s.bold,
        7,
    )
    p.text(m + 4, oy + 24, tr(lg, "Received", "Eingang", "Reçu le"), s.font, 7)
    p.text(m + 160, oy + 24, tr(lg, "Teacher", "Lehrkraft", "Professeur"), s.font, 7)
    p.text(m + 320, oy + 24, tr(lg, "Start", "Beginn", "Début"), s.font, 7)
    if rng.random() < 0.75:
        hand(p, m + 4, oy + 38, short(d + timedelta(days=rng.randint(1, 4)), lg), 9)
        hand(p, m + 160, oy + 38, TEACHERS[pu.teacher].name, 9, 150)
        hand(p, m + 320, oy + 38, short(d + timedelta(days=rng.randint(7, 21)), lg), 9)
    pages = [p]
    if two:
        q = Page(s.page_size)
        y2 = m
        q.text(
            m,
            y2,
            tr(
                lg,
                "Terms and conditions",
                "Unterrichts- und Entgeltordnung (Auszug)",
                "Règlement intérieur (extrait)",
            ),
            s.bold,
            11,
        )
        y2 += 18
        for k, t in enumerate(ENROL_TERMS[lg][: rng.randint(6, 10)]):
            q.text(m, y2, f"{k + 1}. {t}", s.bold, 8)
            y2 += 10
            for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, 7.5, w - 2 * m):
                q.text(m + 10, y2, ln, s.font, 7.5)
                y2 += 9.5
            y2 += 4
            if y2 > hh - 340:
                break
        y2 += 8
        y2 = band(
            q,
            s,
            y2,
            tr(lg, "Photographs and recordings", "Foto- und Tonaufnahmen", "Droit à l'image"),
        )
        y2 += 12
        for t in [
            tr(
                lg,
                "Photos of my child may appear on the school website.",
                "Fotos meines Kindes dürfen auf der Website erscheinen.",
                "Les photos de mon enfant peuvent paraître sur le site.",
            ),
            tr(
                lg,
                "Concert recordings may be shared with other families.",
                "Konzertmitschnitte dürfen an Familien weitergegeben werden.",
                "Les enregistrements d'auditions peuvent être partagés.",
            ),
            tr(
                lg,
                "Photos may be used in printed programmes and flyers.",
                "Fotos dürfen in Programmheften verwendet werden.",
                "Les photos peuvent figurer dans les programmes imprimés.",
            ),
        ]:
            q.text(m, y2, fit(t, s.font, 8, w - 2 * m - 110), s.font, 8)
            ticks(q, s, w - m - 100, y2, 100, yes_no(lg), {0 if rng.random() < 0.75 else 1}, 8)
            y2 += 16
        y2 += 10
        if lg == "de" and rng.random() < 0.6:
            y2 = band(q, s, y2, "SEPA-Lastschriftmandat")
            y2 += 4
            y2 = text_lines(
                q,
                s,
                m,
                y2 + 8,
                w - 2 * m,
                f"Ich ermächtige die {h.name}, Zahlungen von meinem Konto mittels Lastschrift "
                "einzuziehen. Gläubiger-ID DE" + serial(rng, "99ZZZ00000999999") + ".",
                7.5,
            )
            y2 = fields(
                q,
                s,
                m,
                y2,
                w - 2 * m,
                [("Kontoinhaber/in", pu.parent), ("IBAN", iban(rng, "de")[5:])],
                per=2,
                tall=24,
            )
        q.text(
            m,
            y2 + 8,
            tr(
                lg,
                "I confirm the details above and accept the terms and conditions.",
                "Ich bestätige die Angaben und erkenne die Unterrichtsordnung an.",
                "Je certifie exacts les renseignements ci-dessus et accepte le règlement.",
            ),
            s.font,
            8.5,
        )
        hand(q, m, y2 + 44, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", 9.5)
        sign_line(
            q,
            m + 200,
            y2 + 46,
            220,
            tr(
                lg,
                "Signature of parent/carer",
                "Unterschrift Erziehungsberechtigte/r",
                "Signature du responsable légal",
            ),
            s.font,
            pu.parent,
        )
        pages.append(q)
    remember(d, pu)
    return close(pages, s, h, numbers="none" if rng.random() < 0.6 else "{i}/{n}")


def email(pu: Pupil, rng: random.Random) -> str:
    host = rng.choice(
        {
            "en": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk"],
            "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
        }[home()]
    )
    local = f"{pu.parent.split()[0].lower()}.{pu.last.lower()}"
    for x, y in (("é", "e"), ("è", "e"), ("ö", "oe"), ("ü", "ue"), ("ä", "ae"), ("'", "")):
        local = local.replace(x, y)
    return f"{local}@{host}"


def text_lines(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.3
    return y + 4


EVENTS = {
    "en": [
        "Spring Concert",
        "Summer Showcase",
        "Christmas Concert",
        "Ensemble Workshop Day",
        "Chamber Music Weekend",
        "Young Musicians' Platform",
    ],
    "de": [
        "Frühjahrskonzert",
        "Sommervorspiel",
        "Adventskonzert",
        "Ensembletag",
        "Kammermusikwochenende",
        "Klassenvorspiel",
    ],
    "fr": [
        "Audition de printemps",
        "Concert de fin d'année",
        "Concert de Noël",
        "Journée d'ensembles",
        "Stage de musique de chambre",
        "Audition de classe",
    ],
}


def event_name(r: random.Random, d: date, lg: str) -> str:
    """An event of the school that fits the season of ``d``."""
    season = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 11: 2, 12: 2}.get(d.month)
    return (
        EVENTS[lg][season] if season is not None and r.random() < 0.7 else r.choice(EVENTS[lg][3:])
    )


def tpl_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's consent slip for a concert or workshop: the reply slip cut from the school's
    letter (half a sheet with the cut line) or a consent form of its own on A5, filled in and
    signed by hand."""
    h = school_head()
    lg = h.lang
    r = keyed(who, "event")
    ev_day = month() + timedelta(days=r.randint(10, 45))
    event = event_name(r, ev_day, lg)
    pu = rng.choice(PUPILS)
    d = ev_day - timedelta(days=rng.randint(5, 25))
    shape = r.choice(["half", "a5", "a5", "a4"])
    size = {"half": HALF, "a5": A5, "a4": A4}[shape]
    s = style_of(h, size, margin=36 if shape != "a4" else h.margin, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    if shape == "half":
        slip_rule(
            p,
            10,
            w - 10,
            16,
            tr(
                lg,
                "- - please detach and return - -",
                "- - bitte abtrennen - -",
                "- - coupon à découper - -",
            ),
        )
        y = 44.0
        p.text(
            w / 2,
            y,
            tr(lg, f"REPLY SLIP - {event}", f"RÜCKMELDUNG - {event}", f"COUPON RÉPONSE - {event}"),
            s.bold,
            10,
            "center",
        )
        y += 10
        p.text(w / 2, y, f"{h.name} - {day(h, ev_day)}", s.font, 7.5, "center")
        y += 18
    else:
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "Parental consent form",
                "Einverständniserklärung der Erziehungsberechtigten",
                "Autorisation parentale",
            ),
            s.bold,
            11 if shape != "a4" else 13,
        )
        y += 14
        p.text(m, y, fit(f"{event} - {day(h, ev_day)}", s.font, 9, w - 2 * m), s.font, 9)
        y += 14
        if shape == "a4":
            y = text_lines(p, s, m, y, w - 2 * m, prose(rng, lg, "event", 2, 4), 9)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Pupil", "Name des Kindes", "Nom de l'élève"), pu.name),
            (tr(lg, "Instrument", "Instrument", "Instrument"), instr(pu.instr, lg)),
        ],
        per=2,
        tall=22,
    )
    y += 4
    opts = [
        tr(
            lg,
            f"My child may take part in the {event}.",
            "Mein Kind darf teilnehmen.",
            "J'autorise mon enfant à participer.",
        ),
        tr(
            lg,
            "Photographs may be taken.",
            "Fotos dürfen gemacht werden.",
            "Les photos sont autorisées.",
        ),
        tr(
            lg,
            "My child may walk home alone afterwards.",
            "Mein Kind darf allein nach Hause gehen.",
            "Mon enfant peut rentrer seul.",
        ),
    ]
    if rng.random() < 0.5:
        opts.append(
            tr(
                lg,
                "I can help with refreshments / stewarding.",
                "Ich helfe beim Aufbau / Kuchenbuffet.",
                "Je peux aider (buvette, accueil).",
            )
        )
    for t in opts:
        box(p, m, y, rng.random() < 0.8, 8)
        p.text(m + 14, y, fit(t, s.font, 8.5, w - 2 * m - 16), s.font, 8.5)
        y += 14
    y += 4
    p.text(
        m,
        y,
        tr(lg, "Emergency contact / mobile:", "Notfallnummer:", "Tél. en cas d'urgence :"),
        s.font,
        8,
    )
    hand(
        p,
        m + 130,
        y,
        {"en": "07", "de": "01", "fr": "06 "}[lg]
        + serial(rng, "99 999 9999" if lg != "fr" else "99 99 99 99"),
        9.5,
    )
    y += 16
    if rng.random() < 0.5:
        p.text(
            m,
            y,
            tr(lg, "Medical information:", "Medizinische Hinweise:", "Informations médicales :"),
            s.font,
            8,
        )
        hand(p, m + 130, y, rng.choice(["none", "nut allergy", "-", "keine", "RAS", "asthma"]), 9.5)
        y += 16
    y = min(y + 20, hh - 40)
    hand(p, m, y, short(d, lg), 9.5)
    sign_line(
        p,
        m + 110,
        y + 2,
        min(200.0, w - 2 * m - 110),
        tr(lg, "Parent/carer signature", "Unterschrift", "Signature"),
        s.font,
        pu.parent,
    )
    if rng.random() < 0.3:
        hand(p, w - m - 40, hh - 14, rng.choice(["ok", "erl.", "vu"]), 11)
    remember(d, pu, extra=event)
    return [p]


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's term fee invoice to a parent: the lessons of the term by pupil, teacher and
    length, registration fee or sibling discount, the VAT exemption note and a tear-off
    remittance slip; now and then the lesson dates on a second page."""
    h = school_head()
    lg = h.lang
    pu = pupil_for(rng, ("enrolment",))
    d = last_day(rng, ("enrolment",), (3, 14))
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    inv = serial(
        rng, rng.choice([f"{d.year}-0999", "INV-99999", f"R{d.year % 100}/0999", "F-9999"])
    )
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        parent_lines(pu, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Account", "Kunden-Nr.", "Famille n°"),
                serial(keyed(who, f"acc{pu.last}"), "9999"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Tuition fees - {term_name(d, lg)}",
            f"Unterrichtsentgelt - {term_name(d, lg)}",
            f"Facture - {term_name(d, lg)}",
        ),
        2.5,
    )
    n = {
        "en": rng.choice([10, 11, 12]),
        "de": rng.choice([18, 19, 20]),
        "fr": rng.choice([10, 11, 12]),
    }[lg]
    kids = [pu]
    if rng.random() < 0.3:
        sib = rng.choice(PUPILS)
        kids.append(
            Pupil(
                rng.choice(KIDS[lg]),
                pu.last,
                False,
                pu.born,
                sib.instr,
                2,
                sib.teacher,
                pu.parent,
                pu.parent_female,
                pu.street,
                pu.town,
                sib.minutes,
            )
        )
    rows = []
    net = 0.0
    for k in kids:
        rate = fee_rate(lg, k.minutes)
        v = round(rate * n, 2)
        net += v
        rows.append(
            [
                k.first,
                f"{instr(k.instr, lg)}, {k.minutes} min",
                TEACHERS[k.teacher].name,
                str(n),
                money(rate, lg),
                money(v, lg),
            ]
        )
    if len(kids) > 1:
        disc = round(-0.1 * net, 2)
        net += disc
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Sibling discount 10%",
                    "Geschwisterermäßigung 10 %",
                    "Réduction fratrie 10 %",
                ),
                "",
                "",
                "",
                money(disc, lg),
            ]
        )
    if rng.random() < 0.3:
        fee = {"en": 15.0, "de": 20.0, "fr": 25.0}[lg]
        net += fee
        rows.append(
            [
                "",
                tr(lg, "Registration fee (new pupil)", "Anmeldegebühr", "Frais d'inscription"),
                "",
                "1",
                money(fee, lg),
                money(fee, lg),
            ]
        )
    if rng.random() < 0.2:
        fee = {"en": 48.0, "de": 35.0, "fr": 30.0}[lg]
        net += fee
        rows.append(
            [
                pu.first,
                tr(lg, f"Exam entry, Grade {pu.grade}", "Prüfungsgebühr", "Frais d'examen"),
                "",
                "1",
                money(fee, lg),
                money(fee, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (2.2, "left"), (1.8, "left"), (0.6, "right"), (1, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pupil", "Schüler/in", "Élève"),
            tr(lg, "Lessons", "Fach", "Discipline"),
            tr(lg, "Teacher", "Lehrkraft", "Professeur"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Rate", "Preis", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    total = totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0,
        note=tr(
            lg,
            "Music tuition is exempt from VAT.",
            "Umsatzsteuerfrei nach § 4 Nr. 21 UStG.",
            "TVA non applicable, art. 261-4-4° du CGI.",
        ),
    )
    r = keyed(who, "bank")
    due = d + timedelta(days=rng.choice([14, 14, 21, 30]))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment is due by {day(h, due)}. Fees may be paid in three instalments by "
            "arrangement. "
            f"Bank transfer to {h.name}, {iban(r, lg)}, reference {inv}.",
            f"Der Betrag wird zum {day(h, due)} per Lastschrift eingezogen bzw. ist bis dahin auf "
            f"{iban(r, lg)} zu überweisen (Verwendungszweck {inv}).",
            f"Règlement avant le {day(h, due)} par virement ({iban(r, lg)}), chèque à l'ordre de "
            f"{h.name} ou chèques-vacances. Référence : {inv}.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.6:
        # tear-off remittance slip at the foot of the page
        f.need(130)
        yy = max(f.y + 10, f.bottom - 110)
        p = f.page
        slip_rule(
            p,
            12,
            w - 12,
            yy,
            tr(
                lg,
                "Remittance slip - please return with your payment",
                "Abschnitt für Ihre Unterlagen",
                "Coupon à joindre à votre règlement",
            ),
        )
        yy += 18
        p.text(m, yy, h.name, s.bold, s.size)
        yy = pairs(
            p,
            s,
            m,
            yy + 14,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
                (tr(lg, "Family", "Familie", "Famille"), pu.last),
                (tr(lg, "Amount due", "Betrag", "Montant"), cash(total, lg)),
            ],
            m + 240,
        )
        p.text(m + 280, yy - 30, tr(lg, "Amount paid:", "Bezahlt:", "Montant réglé :"), s.font, 8)
        p.rect(m + 350, yy - 40, 90, 14)
        f.y = yy + 10
    pages = f.pages
    if rng.random() < 0.2:
        q = plain_sheets(s)
        caption(
            q,
            s,
            tr(
                lg,
                f"Lesson dates - {term_name(d, lg)}",
                f"Unterrichtstermine - {term_name(d, lg)}",
                f"Calendrier des cours - {term_name(d, lg)}",
            ),
            1,
        )
        ds = lesson_days(rng, d - timedelta(days=14), n, rng.randint(0, 4))
        cols2 = columns(m, w - m, [(1, "left"), (1.5, "left"), (2, "left")])
        table(
            q,
            cols2,
            ["#", tr(lg, "Date", "Datum", "Date"), tr(lg, "Note", "Hinweis", "Remarque")],
            [
                [
                    str(k + 1),
                    day(h, x),
                    rng.choice(
                        [
                            "",
                            "",
                            "",
                            tr(lg, "half term follows", "vor den Ferien", "avant vacances"),
                        ]
                    ),
                ]
                for k, x in enumerate(ds)
            ],
            s,
            step=1.5,
        )
        pages += q.pages
    remember(d, pu)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates BBBB: exam boards
# ---------------------------------------------------------------------------------------------


def board_kind(h: Head) -> str:
    """abrsm | trinity | lcm | lv (Landesverband) | blas (D1-D3) | jumu | crd | cmf."""
    n = h.name
    for key, tag in (
        ("ABRSM", "abrsm"),
        ("Trinity", "trinity"),
        ("LCM", "lcm"),
        ("Landesverband", "lv"),
        ("Blasmusik", "blas"),
        ("Jugend", "jumu"),
        ("Confédération", "cmf"),
    ):
        if key in n:
            return tag
    return "crd"


def grade_name(h: Head, g: int, inst: str) -> str:
    k = board_kind(h)
    if k in ("abrsm", "trinity", "lcm"):
        return f"{inst} Grade {g}"
    if k == "lv":
        stufen = ["Unterstufe I", "Unterstufe II", "Mittelstufe I", "Mittelstufe II", "Oberstufe"]
        return f"{inst} - Stufe {stufen[min(4, (g - 1) // 2)]}"
    if k == "blas":
        badge = ["D1 (Bronze)", "D2 (Silber)", "D3 (Gold)"][min(2, (g - 1) // 3)]
        return f"{inst} - Leistungsabzeichen {badge}"
    if k == "jumu":
        return f"{inst} solo - Altersgruppe {['Ia', 'Ib', 'II', 'III', 'IV', 'V'][min(5, g // 2)]}"
    if k == "cmf":
        levels = [
            "Préparatoire",
            "Élémentaire 1",
            "Élémentaire 2",
            "Moyen 1",
            "Moyen 2",
            "Supérieur",
        ]
        return f"{inst} - {levels[min(5, g // 2)]}"
    cycles = ["fin de 1er cycle", "milieu de 2e cycle", "fin de 2e cycle", "fin de 3e cycle"]
    return f"{inst} - {cycles[min(3, g // 3)]}"


def tpl_exam_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """An exam board's entry confirmation to the school as applicant: session, venue, the
    candidates with subject, grade, date and time; now and then the notes for candidates on a
    page of their own or the timetable on a landscape page."""
    h = head_of(who, "board")
    lg = h.lang
    kind = board_kind(h)
    s = style_of(h, A4)
    w, _hh = s.page_size
    d = some_day(rng)
    exam0 = d + timedelta(days=rng.randint(20, 50))
    sess = serial(rng, rng.choice(["Session 9 - 99999", "Nr. 99-9999", "Dossier 9999-99"]))
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Entry confirmation', 'Anmeldebestätigung', 'Convocation')} {sess}",
    )
    recipient(
        f,
        s,
        h,
        school_lines(
            tr(
                lg,
                f"Applicant: {director()}",
                f"z. Hd. {director()}",
                f"À l'attention de {director()}",
            )
        ),
        d,
        [
            (
                tr(lg, "Applicant no.", "Mitglieds-Nr.", "Établissement n°"),
                serial(keyed(who, "app"), "999999"),
            ),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), sess),
        ],
    )
    title = {
        "abrsm": "Practical exams - confirmation of entries",
        "trinity": "Confirmation of entry and appointment schedule",
        "lcm": "Entry acknowledgement",
        "lv": "Anmeldebestätigung Stufenprüfungen",
        "blas": "Einladung zur Leistungsabzeichenprüfung",
        "jumu": "Anmeldebestätigung Regionalwettbewerb",
        "cmf": "Convocation aux examens fédéraux",
        "crd": "Convocation - examens de fin de cycle (élèves extérieurs)",
    }[kind]
    caption(f, s, title, 2)
    f.page.text(
        s.margin, f.y, dear(lg, mx(director(), lg) if lg == home() else None), s.font, s.size
    )
    f.y += s.size * 2
    venue = rng.choice(
        {
            "en": [
                "the school's own premises",
                "St Mary's Church Hall",
                "Public venue: Huntingdon Hall",
            ],
            "de": [
                "Räume der Musikschule",
                "Musikschule der Stadt, Saal 2",
                "Gemeindehaus St. Marien",
            ],
            "fr": ["auditorium du conservatoire", "salle 12 (bâtiment B)", "salle des fêtes"],
        }[lg]
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your entries. The exams will take place at {venue} from "
            f"{day(h, exam0)}. "
            "Please check the details below carefully and tell us of any errors within 7 days.",
            "wir bestätigen den Eingang Ihrer Anmeldungen. Die Prüfungen finden ab dem "
            f"{day(h, exam0)} "
            f"statt ({venue}). Bitte prüfen Sie die Angaben und teilen Sie Fehler innerhalb von 7 "
            "Tagen mit.",
            "Nous vous prions de bien vouloir informer les candidats ci-dessous qu'ils sont "
            "convoqués à partir du "
            f"{day(h, exam0)} ({venue}). Merci de vérifier les informations et de signaler toute "
            "erreur.",
        ),
    )
    n = rng.choice([2, 3, 4, 6, 8, 11, 15])
    cands = rng.sample(PUPILS, min(n, len(PUPILS)))
    rows = []
    t0 = 9 * 60
    dd = exam0
    for k, c in enumerate(sorted(cands, key=lambda c: (c.instr, c.grade))):
        if k and rng.random() < 0.25:
            dd += timedelta(days=1)
            t0 = 9 * 60
        rows.append(
            [
                serial(rng, "99999"),
                f"{c.last.upper()}, {c.first}",
                grade_name(h, c.grade, instr(c.instr, lg)),
                short(dd, lg),
                f"{t0 // 60:02d}:{t0 % 60:02d}",
            ]
        )
        t0 += rng.choice([12, 15, 17, 20, 25, 30])
    landscape_list = n >= 8 and rng.random() < 0.5
    cols = columns(
        s.margin,
        w - s.margin,
        [(0.9, "left"), (2.2, "left"), (2.8, "left"), (1.1, "left"), (0.7, "right")],
    )
    heads_ = [
        tr(lg, "Cand. no.", "Nr.", "N°"),
        tr(lg, "Candidate", "Name", "Candidat"),
        tr(lg, "Subject / grade", "Fach / Stufe", "Discipline / niveau"),
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Time", "Uhrzeit", "Heure"),
    ]
    if not landscape_list:
        table(f, cols, heads_, rows, s, rules=True, shade=0.88 if rng.random() < 0.5 else None)
        f.y += 6
    else:
        write(
            f,
            s,
            tr(
                lg,
                "The appointment schedule is enclosed.",
                "Der Zeitplan liegt bei.",
                "Le planning de passage est joint.",
            ),
        )
    fees = round(n * {"en": 56.0, "de": 38.0, "fr": 45.0}[lg], 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Total fees received: {cash(fees, lg)}.",
            f"Prüfungsgebühren gesamt: {cash(fees, lg)} (bereits eingezogen).",
            f"Droits d'examen : {cash(fees, lg)}, à régler avant le "
            f"{short(exam0 - timedelta(days=15), lg)}.",
        ),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "music", 1, 3), s.size - 0.5)
    regards(
        f,
        s,
        lg,
        staff(h, "exams"),
        tr(lg, "Customer Services, Exams", "Prüfungsorganisation", "Le directeur / la directrice"),
    )
    pages = f.pages
    if landscape_list:
        s2 = style_of(h, landscape(A4), margin=44)
        w2, _h2 = s2.page_size
        g = plain_sheets(s2, f"{h.name} - {sess}")
        caption(g, s2, tr(lg, "Appointment schedule", "Zeitplan", "Planning de passage"), 2)
        cols2 = columns(
            44,
            w2 - 44,
            [
                (0.8, "left"),
                (2.2, "left"),
                (3, "left"),
                (1, "left"),
                (0.7, "center"),
                (1.8, "left"),
            ],
        )
        table(
            g,
            cols2,
            [*heads_, tr(lg, "Examiner / room", "Prüfer/in / Raum", "Jury / salle")],
            [[*r_, rng.choice(["Room 1", "Raum 2", "Salle 12", "Hall"])] for r_ in rows],
            s2,
            size=8.5,
            rules=True,
            shade=0.88,
        )
        pages += g.pages
    if rng.random() < 0.4:
        q = plain_sheets(
            s, f"{h.name} - {tr(lg, 'Information for candidates', 'Hinweise', 'Informations')}"
        )
        caption(
            q,
            s,
            tr(
                lg,
                "Information for candidates and teachers",
                "Hinweise für Prüflinge und Lehrkräfte",
                "Informations aux candidats",
            ),
            1.5,
            rule=True,
        )
        for t in [
            tr(lg, x[0], x[1], x[2])
            for x in [
                ("Arrival", "Ankunft", "Arrivée"),
                ("Music and copies", "Noten und Kopien", "Partitions et photocopies"),
                ("Accompanists", "Begleitung", "Accompagnateurs"),
                ("Tuning", "Stimmen", "Accord"),
                ("Access arrangements", "Nachteilsausgleich", "Aménagements"),
                ("Results", "Ergebnisse", "Résultats"),
            ]
        ]:
            q.heading(s.margin, t, s.bold, s.size)
            write(q, s, prose(rng, lg, "music", 1, 3), s.size - 0.5)
        pages += q.pages
    received(rng, pages[0], d)
    remember(d, rng.choice(cands), extra=exam0)
    return close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")


SECTIONS = {
    "abrsm": [
        ("Piece 1", 30),
        ("Piece 2", 30),
        ("Piece 3", 30),
        ("Scales and arpeggios", 21),
        ("Sight-reading", 21),
        ("Aural tests", 18),
    ],
    "trinity": [
        ("Piece 1", 22),
        ("Piece 2", 22),
        ("Piece 3", 22),
        ("Technical work", 14),
        ("Supporting test 1", 10),
        ("Supporting test 2", 10),
    ],
    "lcm": [
        ("List A", 20),
        ("List B", 20),
        ("List C", 20),
        ("Technical work", 15),
        ("Discussion", 10),
        ("Sight reading / aural", 15),
    ],
    "lv": [
        ("Pflichtstück", 25),
        ("Wahlstück 1", 25),
        ("Wahlstück 2", 25),
        ("Tonleitern", 10),
        ("Blattspiel", 10),
        ("Musiklehre (mündlich)", 5),
    ],
    "blas": [
        ("Pflichtstück", 30),
        ("Selbstwahlstück", 30),
        ("Tonleitern", 15),
        ("Vom-Blatt-Spiel", 15),
        ("Theorie (schriftlich)", 10),
    ],
    "jumu": [("Vortrag Stück 1", 25), ("Vortrag Stück 2", 25), ("Gestaltung", 25), ("Technik", 25)],
    "cmf": [("Morceau imposé", 40), ("Morceau au choix", 30), ("Déchiffrage", 20), ("Gammes", 10)],
    "crd": [
        ("Œuvre imposée", 40),
        ("Œuvre libre", 30),
        ("Autonomie (pièce préparée seul)", 20),
        ("Lecture à vue", 10),
    ],
}
REMARKS = {
    "en": [
        "Confident start, well-shaped phrases; the middle section lost some direction.",
        "Rhythm secure throughout and a pleasing tone, dynamics could be wider.",
        "Some hesitation in places but good recovery and a stylish ending.",
        "A musical and communicative performance with real character.",
        "Accurate notes; tone thinned in the upper register.",
        "Mostly fluent, with a few slips in the faster passages.",
    ],
    "de": [
        "Sicherer Beginn, schöne Phrasierung; im Mittelteil etwas unruhig.",
        "Rhythmisch stabil, klangvoll; Dynamik könnte deutlicher sein.",
        "Kleine Unsicherheiten, aber gut aufgefangen, stilistisch passend.",
        "Musikalisch überzeugender, lebendiger Vortrag.",
        "Tonlich ausgewogen, in der Höhe etwas dünn.",
    ],
    "fr": [
        "Début assuré, phrasé soigné ; partie centrale moins maîtrisée.",
        "Rythme stable, belle sonorité ; nuances à développer.",
        "Quelques hésitations bien rattrapées, fin stylée.",
        "Interprétation musicale et vivante, belle présence.",
        "Justesse à surveiller dans l'aigu.",
    ],
}


def tpl_mark_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """An exam board's mark form for one candidate: the sections with the examiner's remarks
    and marks, the total and the result band, the examiner's signature."""
    h = head_of(who, "board")
    lg = h.lang
    kind = board_kind(h)
    pu = pupil_for(rng, ("exam_entry", "mark_sheet"))
    if after(("mark_sheet",)):
        pu = rng.choice(PUPILS)
    d = (
        last_day(rng, ("exam_entry",), (25, 50))
        if after(("exam_entry",))
        else some_day(rng) - timedelta(days=rng.randint(3, 20))
    )
    s = style_of(h, A4, margin=46)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = {
        "abrsm": "Practical Grade Mark Form",
        "trinity": "Examination Report",
        "lcm": "Examiner's Report",
        "lv": "Prüfungsprotokoll",
        "blas": "Bewertungsbogen Leistungsabzeichen",
        "jumu": "Juryprotokoll",
        "cmf": "Fiche d'appréciation du jury",
        "crd": "Fiche d'évaluation - examen de fin de cycle",
    }[kind]
    p.text(m, y, title, s.bold, 13)
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Candidate", "Name", "Candidat"), pu.name),
            (tr(lg, "Candidate no.", "Teilnehmer-Nr.", "N° candidat"), serial(rng, "99999")),
            (
                tr(lg, "Subject / grade", "Fach / Stufe", "Discipline / niveau"),
                grade_name(h, pu.grade, instr(pu.instr, lg)),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Centre / venue", "Prüfungsort", "Centre"), school_row()[0]),
            (tr(lg, "Examiner", "Prüfer/in", "Jury"), staff(h, f"ex{rng.randint(0, 3)}")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    secs = SECTIONS[kind]
    cols = columns(m, w - m, [(1.6, "left"), (5, "left"), (0.8, "right")])
    got_total = 0
    maxi = sum(x for _, x in secs)
    band_ = rng.random()
    frac = 0.7 + 0.26 * band_
    p.rect(m - 2, y - 9, w - 2 * m + 4, 14, fill=0.88)
    for c, t in zip(
        cols,
        [
            tr(lg, "Section", "Teil", "Épreuve"),
            tr(lg, "Remarks", "Bemerkungen", "Appréciation"),
            tr(lg, "Mark", "Punkte", "Note"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 8)
    y += 12
    handwritten = rng.random() < 0.35
    rems = rng.sample(REMARKS[lg], len(REMARKS[lg]))
    for k, (name, mx_) in enumerate(secs):
        got = max(0, min(mx_, round(mx_ * (frac + rng.uniform(-0.12, 0.1)))))
        got_total += got
        rem = rems[k % len(rems)]
        font = HAND if handwritten else s.font
        lines = wrap(rem, font, 8.5, cols[1][1] - cols[1][0] - 4)
        rh = max(28.0, 11 * len(lines) + 10)
        p.rect(m - 2, y - 2, w - 2 * m + 4, rh)
        p.text(cols[0][0], y + 9, fit(name, s.bold, 8.5, cols[0][1] - cols[0][0]), s.bold, 8.5)
        for k, ln in enumerate(lines):
            p.text(cols[1][0], y + 9 + 11 * k, ln, font, 8.5)
        p.text(
            cols[2][1],
            y + 9,
            f"{got}/{mx_}" if not handwritten else str(got),
            HAND if handwritten else s.bold,
            9,
            "right",
        )
        y += rh
    y += 12
    pct = got_total / maxi
    if lg == "en":
        res = (
            "Distinction"
            if pct >= 0.87
            else "Merit"
            if pct >= 0.8
            else "Pass"
            if pct >= 0.66
            else "Below pass"
        )
    elif lg == "de":
        res = (
            "mit Auszeichnung bestanden"
            if pct >= 0.9
            else "sehr gut bestanden"
            if pct >= 0.8
            else "bestanden"
            if pct >= 0.6
            else "nicht bestanden"
        )
    else:
        res = (
            "Très bien"
            if pct >= 0.85
            else "Bien"
            if pct >= 0.75
            else "Assez bien"
            if pct >= 0.6
            else "Non admis"
        )
    p.rect(m, y, w - 2 * m, 40, fill=0.95)
    p.text(m + 8, y + 16, tr(lg, "Total", "Gesamtpunktzahl", "Total"), s.bold, 10)
    p.text(m + 120, y + 16, f"{got_total} / {maxi}", s.bold, 12)
    p.text(m + 8, y + 32, tr(lg, "Result", "Ergebnis", "Mention"), s.bold, 10)
    p.text(m + 120, y + 32, res.upper() if lg == "en" else res, s.bold, 11)
    y += 58
    if lg == "en":
        p.text(
            m,
            y,
            fit(
                f"Pass {round(maxi * 0.66)}   Merit {round(maxi * 0.8)}   Distinction "
                f"{round(maxi * 0.87)}",
                s.font,
                7.5,
                w - 2 * m,
            ),
            s.font,
            7.5,
        )
        y += 14
    if rng.random() < 0.5:
        y = text_lines(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            tr(lg, "General comment: ", "Gesamteindruck: ", "Commentaire général : ")
            + rng.choice(REMARKS[lg]),
            8.5,
        )
    ys = hh - m - 60
    sign_line(
        p, m, ys, 180, tr(lg, "Examiner", "Prüfer/in", "Président du jury"), s.font, staff(h, "ex0")
    )
    if kind in ("lv", "blas", "jumu", "cmf", "crd"):
        sign_line(
            p,
            m + 230,
            ys,
            180,
            tr(lg, "Moderator", "Beisitzer/in", "Membre du jury"),
            s.font,
            staff(h, "ex1"),
        )
    p.text(w - m, hh - m - 20, serial(rng, "MF 9999999 A"), "Courier", 7, "right")
    remember(d, pu, extra=res)
    return close([p], s, h, numbers="none")


def tpl_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An exam board's certificate on landscape A4: a border, the board's name, the candidate,
    the grade and the result, the signatures and a seal."""
    h = head_of(who, "board")
    lg = h.lang
    kind = board_kind(h)
    pu = pupil_for(rng, ("mark_sheet",))
    res = (
        str(LAST["extra"])
        if after(("mark_sheet",)) and isinstance(LAST["extra"], str)
        else rng.choice(
            {
                "en": ["Pass", "Merit", "Distinction"],
                "de": ["bestanden", "sehr gut bestanden"],
                "fr": ["Bien", "Très bien", "Assez bien"],
            }[lg]
        )
    )
    if res in ("Below pass", "nicht bestanden", "Non admis"):
        res = tr(lg, "Pass", "bestanden", "Assez bien")
    d = last_day(rng, ("mark_sheet",), (14, 40))
    size = landscape(A4) if rng.random() < 0.8 else A4
    w, hh = size
    p = Page(size)
    p.rect(22, 22, w - 44, hh - 44)
    p.rect(28, 28, w - 56, hh - 56)
    if rng.random() < 0.6:
        for k in range(0, int(w - 80), 14):
            p.line(34 + k, 34, 40 + k, 40)
            p.line(34 + k, hh - 34, 40 + k, hh - 40)
    font = rng.choice(["Times-Roman", "Times-Roman", "Helvetica"])
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    y = 90.0
    clef(p, w / 2 - 20, y - 20, 40)
    pt = shrink(h.name, bold, 22, w - 140)
    p.text(w / 2, y + 20, h.name, bold, pt, "center")
    y += 60
    word = tr(lg, "CERTIFICATE", "URKUNDE", "DIPLÔME" if kind != "crd" else "ATTESTATION")
    p.text(w / 2, y, word, bold, 26, "center")
    y += 40
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "This is to certify that",
            "Hiermit wird bescheinigt, dass",
            "Le présent document atteste que",
        ),
        italic_of(font),
        13,
        "center",
    )
    y += 34
    p.text(w / 2, y, pu.name, bold, 24, "center")
    p.line(w / 2 - 160, y + 6, w / 2 + 160, y + 6)
    y += 34
    p.text(
        w / 2,
        y,
        tr(lg, "passed", "die Prüfung", "a obtenu l'examen"),
        italic_of(font),
        13,
        "center",
    )
    y += 24
    g = grade_name(h, pu.grade, instr(pu.instr, lg))
    p.text(w / 2, y, fit(g, bold, 18, w - 160), bold, 18, "center")
    y += 26
    p.text(
        w / 2,
        y,
        tr(lg, f"with {res}" if res != "Pass" else "", f"{res}", f"avec la mention {res}"),
        italic_of(font),
        14,
        "center",
    )
    y += 24
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"at {school_row()[2].split()[0]} on {day(h, d)}",
            f"am {day(h, d)}",
            f"le {day(h, d)}",
        ),
        font,
        11,
        "center",
    )
    ys = hh - 90
    sign_line(
        p,
        90,
        ys,
        170,
        tr(lg, "Chief Executive", "Vorsitzende/r des Prüfungsausschusses", "Le directeur"),
        font,
        staff(h, "ceo"),
    )
    sign_line(
        p,
        w - 260,
        ys,
        170,
        tr(lg, "Chief Examiner", "Prüfer/in", "Le président du jury"),
        font,
        staff(h, "chief"),
    )
    seal(p, w / 2, ys - 12, 30, h.name.split(" - ")[0][:26], str(d.year))
    p.text(w - 40, hh - 38, serial(rng, "99999999"), "Courier", 7, "right")
    remember(d, pu)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates BBBB: instruments - loans, hire, tuning, repairs
# ---------------------------------------------------------------------------------------------

HIRE_TERMS = {
    "en": [
        "The instrument",
        "Hire period",
        "Hire charge",
        "Deposit",
        "Care of the instrument",
        "Loss, theft and damage",
        "Insurance",
        "Repairs",
        "Return",
        "Termination",
    ],
    "de": [
        "Leihgegenstand",
        "Leihdauer",
        "Leihgebühr",
        "Kaution",
        "Sorgfaltspflicht",
        "Verlust, Diebstahl, Beschädigung",
        "Versicherung",
        "Reparaturen",
        "Rückgabe",
        "Kündigung",
    ],
    "fr": [
        "Objet du prêt",
        "Durée",
        "Redevance",
        "Caution",
        "Entretien",
        "Perte, vol et dégâts",
        "Assurance",
        "Réparations",
        "Restitution",
        "Résiliation",
    ],
}
PARTS = {
    "violin": [
        ("Body / top", "Korpus / Decke", "Table / caisse"),
        ("Neck and scroll", "Hals und Schnecke", "Manche et volute"),
        ("Strings", "Saiten", "Cordes"),
        ("Bridge", "Steg", "Chevalet"),
        ("Pegs / fine tuners", "Wirbel / Feinstimmer", "Chevilles / tendeurs"),
        ("Bow (hair, frog)", "Bogen (Haare, Frosch)", "Archet (mèche, hausse)"),
        ("Case", "Etui", "Étui"),
    ],
    "wind": [
        ("Body / tubes", "Korpus / Rohre", "Corps"),
        ("Keys / valves", "Klappen / Ventile", "Clés / pistons"),
        ("Pads / corks", "Polster / Korken", "Tampons / lièges"),
        ("Mouthpiece / head joint", "Mundstück / Kopfstück", "Bec / tête"),
        ("Lacquer / plating", "Lack / Versilberung", "Vernis / argenture"),
        ("Case", "Koffer", "Étui"),
    ],
}


def tpl_hire_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's instrument loan agreement with a pupil's parent: the instrument, its value
    and serial number, the charge and deposit, the signatures; the conditions of hire on the
    next page, the condition report at issue with ticks and remarks behind."""
    h = school_head()
    lg = h.lang
    pu = rng.choice(PUPILS)
    d = some_day(rng)
    make, model, fam = rng.choice(MAKES)
    kind = MAKE_INSTR[fam]
    s = style_of(h, A4, margin=50, pt=9)
    w, _hh = s.page_size
    m = s.margin
    ref = serial(rng, rng.choice(["LN-999", "L/99/999", "PR-9999"]))
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Instrument loan', 'Leihvertrag', 'Prêt d instrument')} {ref}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Instrument Loan Agreement",
            "Leihvertrag über ein Musikinstrument",
            "Contrat de prêt d'instrument",
        ),
        4,
    )
    write(
        f,
        s,
        tr(
            lg,
            f'between {h.name} ("the School") and the parent/carer named below ("the Hirer").',
            f"zwischen der {h.name} (Verleiher) und den unten genannten Erziehungsberechtigten "
            "(Entleiher).",
            f"entre {h.name} (l'École) et le représentant légal désigné ci-dessous (l'Emprunteur).",
        ),
        s.size,
    )
    value = rng.choice([320.0, 450.0, 680.0, 890.0, 1250.0, 1900.0])
    charge = round(value * rng.choice([0.04, 0.05, 0.06]), 0)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Entleiher/in", "Emprunteur"), pu.parent),
            (tr(lg, "Pupil", "Schüler/in", "Élève"), pu.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{pu.street}, {pu.town}"),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                {"en": "07", "de": "01", "fr": "06 "}[lg]
                + serial(rng, "99 999 9999" if lg != "fr" else "99 99 99 99"),
            ),
            (
                tr(lg, "Instrument", "Instrument", "Instrument"),
                f"{instr(kind, lg)} - {make} {model}",
            ),
            (
                tr(
                    lg,
                    "Serial no. / school no.",
                    "Seriennr. / Inventarnr.",
                    "N° de série / inventaire",
                ),
                f"{serial(rng, 'A9999999')} / {serial(rng, 'MS-999')}",
            ),
            (
                tr(lg, "Accessories", "Zubehör", "Accessoires"),
                rng.choice(ACCESSORIES["violin" if fam in ("violin", "cello") else "other"][lg]),
            ),
            (tr(lg, "Replacement value", "Zeitwert", "Valeur de remplacement"), cash(value, lg)),
            (
                tr(lg, "Hire charge per term", "Leihgebühr je Halbjahr", "Redevance par trimestre"),
                cash(charge, lg),
            ),
            (
                tr(lg, "Deposit", "Kaution", "Caution"),
                cash(round(value * 0.1, 0), lg) if rng.random() < 0.7 else "-",
            ),
            (tr(lg, "Date of issue", "Ausgabe am", "Date de remise"), short(d, lg)),
            (
                tr(lg, "Return by", "Rückgabe bis", "Restitution au plus tard"),
                short(d + timedelta(days=rng.choice([180, 300, 365])), lg),
            ),
        ],
        per=2,
        tall=26,
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "The Hirer has read the conditions of hire overleaf and agrees to them.",
            "Der Entleiher erkennt die umseitigen Leihbedingungen an.",
            "L'emprunteur reconnaît avoir pris connaissance des conditions au verso et les "
            "accepter.",
        ),
    )
    f.need(80)
    f.y += 30
    sign_line(
        f.page, m, f.y, 200, tr(lg, "Hirer", "Entleiher/in", "L'emprunteur"), s.font, pu.parent
    )
    sign_line(
        f.page,
        w / 2 + 10,
        f.y,
        200,
        tr(lg, "For the School", "Für die Musikschule", "Pour l'École"),
        s.font,
        administrator(),
    )
    hand(f.page, m, f.y - 22, short(d, lg), 9)
    f.y += 30
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.85:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Conditions of Hire", "Leihbedingungen", "Conditions générales du prêt"),
                HIRE_TERMS[lg],
                cols=rng.choice([1, 2]),
            )
        )
    if rng.random() < 0.7:
        q = Page(s.page_size)
        y = float(m)
        q.text(
            m,
            y,
            tr(
                lg,
                "Condition report at issue",
                "Zustandsprotokoll bei Ausgabe",
                "État des lieux à la remise",
            ),
            s.bold,
            12,
        )
        y += 16
        q.text(
            m,
            y,
            fit(f"{instr(kind, lg)} {make} {model} - {ref} - {pu.name}", s.font, 8.5, w - 2 * m),
            s.font,
            8.5,
        )
        y += 18
        grades = [
            tr(lg, "good", "gut", "bon"),
            tr(lg, "fair", "mittel", "moyen"),
            tr(lg, "damaged", "beschädigt", "abîmé"),
        ]
        cols = columns(
            m,
            w - m,
            [(2.4, "left"), (0.7, "center"), (0.7, "center"), (0.8, "center"), (3, "left")],
        )
        q.rect(m - 2, y - 9, w - 2 * m + 4, 14, fill=0.88)
        for c, t in zip(
            cols,
            [
                tr(lg, "Part", "Bauteil", "Élément"),
                *grades,
                tr(lg, "Remarks", "Bemerkungen", "Observations"),
            ],
            strict=True,
        ):
            cell(q, c, y, t, s.bold, 8)
        y += 12
        for part in PARTS["violin" if fam in ("violin", "cello", "guitar") else "wind"]:
            q.rect(m - 2, y - 2, w - 2 * m + 4, 20)
            cell(q, cols[0], y + 11, tr(lg, *part), s.font, 8.5)
            pick = 0 if rng.random() < 0.7 else 1 if rng.random() < 0.8 else 2
            for k in range(3):
                c = cols[1 + k]
                box(q, (c[0] + c[1]) / 2 - 4, y + 12, k == pick, 8)
            if pick or rng.random() < 0.15:
                hand(
                    q,
                    cols[4][0],
                    y + 12,
                    rng.choice(
                        [
                            "small scratch",
                            "worn",
                            "Kratzer am Rand",
                            "léger choc",
                            "1 string new",
                            "sticky key",
                            "Korken ersetzt",
                        ]
                    ),
                    8.5,
                    cols[4][1] - cols[4][0],
                )
            y += 20
        y += 14
        if rng.random() < 0.5:
            photo(q, m, y, 150, 105, rng)
            q.text(
                m,
                y + 116,
                tr(lg, "Photo at issue", "Foto bei Ausgabe", "Photo à la remise"),
                s.font,
                7,
            )
            y += 130
        sign_line(
            q,
            m,
            y + 30,
            200,
            tr(lg, "Checked by (teacher)", "Geprüft (Lehrkraft)", "Vérifié par (professeur)"),
            s.font,
            TEACHERS[pu.teacher].name,
        )
        sign_line(
            q,
            w / 2 + 10,
            y + 30,
            200,
            tr(lg, "Hirer", "Entleiher/in", "L'emprunteur"),
            s.font,
            pu.parent,
        )
        pages.append(q)
    remember(d, pu)
    return pages


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A music shop's hire invoice to the school for instruments rented for its pool: the
    instruments with their contract numbers and the period, the rent-to-buy credit built up,
    VAT, the direct debit note."""
    h = head_of(who, "shop", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["SI-999999", "RE 2099999", "F99-99999", "99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"),
                serial(keyed(who, "cust"), "K99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "HIRE INVOICE", "MIETRECHNUNG", "FACTURE DE LOCATION"), 3)
    last = (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    period = f"{short(d.replace(day=1), lg)} - {short(last, lg)}"
    write(
        f,
        s,
        tr(
            lg,
            f"Instrument hire for the period {period}.",
            f"Mietzeitraum {period}.",
            f"Période de location : {period}.",
        ),
        s.size,
    )
    rows = []
    net = 0.0
    r = keyed(who, "pool")
    items = [r.choice(MAKES) for _ in range(r.randint(1, 7))]
    for _k, (mk, mo, fam) in enumerate(items):
        rate = r.choice([12.5, 15.0, 18.0, 22.0, 29.0, 35.0])
        net += rate
        paid = r.randint(1, 24)
        rows.append(
            [
                serial(r, "MV-99999"),
                fit(f"{instr(MAKE_INSTR[fam], lg)} {mk} {mo}", s.font, 8, 220),
                serial(r, "A999999"),
                str(paid),
                money(round(rate * paid * 0.8, 2), lg),
                money(rate, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (3, "left"), (1.2, "left"), (0.7, "right"), (1.3, "right"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Contract", "Vertrag", "Contrat"),
            tr(lg, "Instrument", "Instrument", "Instrument"),
            tr(lg, "Serial", "Ser.-Nr.", "N° série"),
            tr(lg, "Month", "Monat", "Mois"),
            tr(lg, "Credit to date", "Anrechnung", "Crédit acquis"),
            tr(lg, "Hire", "Miete", "Loyer"),
        ],
        rows,
        s,
        rules=True,
    )
    rate = vat_rate(lg)
    totals(f, s, lg, round(net, 2), rate)
    write(
        f,
        s,
        tr(
            lg,
            "80% of hire paid counts towards purchase if you buy within 24 months (rent-to-buy).",
            "80 % der gezahlten Miete werden bei Kauf innerhalb von 24 Monaten angerechnet "
            "(Mietkauf).",
            "80 % des loyers versés sont déduits en cas d'achat sous 24 mois (location-vente).",
        ),
        s.size - 1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Collected by direct debit on or after the 1st of the month.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen. Mandatsreferenz "
            + serial(r, "MV99999")
            + ".",
            "Montant prélevé le 5 du mois. RUM " + serial(r, "FR99ZZZ999999") + ".",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], d, 0.3)
    remember(d)
    return close(f.pages, s, h, numbers="none")


TUNING_WORK = {
    "en": [
        "Tuned to A440",
        "Pitch raise before fine tuning",
        "Eased sticking keys (2)",
        "Regulated hammers",
        "Replaced broken string (C#5)",
        "Voiced treble",
        "Tightened loose pedal",
        "Cleaned action",
    ],
    "de": [
        "Gestimmt auf a' = 443 Hz",
        "Tonhöhenkorrektur vor Feinstimmung",
        "2 klemmende Tasten gängig gemacht",
        "Hämmer nachreguliert",
        "Saite c'' ersetzt",
        "Diskant intoniert",
        "Pedal nachgestellt",
        "Mechanik gereinigt",
    ],
    "fr": [
        "Accord à 442 Hz",
        "Remontée de diapason",
        "Dégagé 2 touches bloquées",
        "Réglage des marteaux",
        "Corde cassée remplacée (do#5)",
        "Harmonisation aigus",
        "Pédale resserrée",
        "Nettoyage mécanique",
    ],
}
PIANOS = [
    "Yamaha U1 upright",
    "Bechstein A 124",
    "Kawai K-300",
    "Steinway O grand",
    "Schimmel 120",
    "Pleyel P118",
    "Blüthner baby grand",
    "Petrof P 118",
]


def tpl_tuning_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A piano tuner's invoice on A5 (or a slip from a duplicate book filled in by hand): the
    pianos and rooms, pitch found, humidity, the work done, the amount, a note for next
    time."""
    h = head_of(who, "tuner")
    lg = h.lang
    r = keyed(who, "book")
    book = r.random() < 0.4
    d = some_day(rng)
    size = A5 if not book else (A5[0], A5[1] * 0.8)
    s = style_of(h, size, margin=30, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    no = serial(rng, "9999") if book else serial(rng, rng.choice(["T-9999", "99/999", "RN 9999"]))
    p.text(m, y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 12)
    p.text(w - m, y, f"No. {no}", "Courier-Bold" if book else s.font, 9, "right")
    y += 16
    p.text(m, y, tr(lg, "To:", "An:", "Client :"), s.font, 8)
    text = f"{school_row()[0]}, {school_row()[2]}"
    if book:
        hand(p, m + 40, y, text, 9, w - 2 * m - 40)
    else:
        p.text(m + 40, y, fit(text, s.font, 8.5, w - 2 * m - 40), s.font, 8.5)
    y += 14

    def put(x: float, yy: float, text: str, max_w: float = 0, right: bool = False) -> None:
        """An entry: in hand in the duplicate book, else printed."""
        if book:
            hand(p, x - (tw(text, HAND, 9) if right else 0), yy, text, 9, max_w)
        else:
            t_ = fit(text, s.font, 8.5, max_w) if max_w else text
            p.text(x, yy, t_, s.font, 8.5, "right" if right else "left")

    p.text(m, y, tr(lg, "Date:", "Datum:", "Date :"), s.font, 8)
    put(m + 40, y, short(d, lg))
    y += 16
    n = rng.choice([1, 1, 2, 3])
    net = 0.0
    for k in range(n):
        piano = rng.choice(PIANOS)
        room = rng.choice(
            ["Room 1", "Studio 2", "Hall", "Saal", "Raum 4", "Salle Ravel", "Auditorium"]
        )
        found = (
            rng.choice([435, 436, 438, 439, 440, 441])
            if lg == "en"
            else rng.choice([438, 439, 440, 441, 442])
        )
        hum = rng.randint(32, 61)
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.9)
        p.text(m + 3, y, fit(f"{k + 1}. {piano} - {room}", s.bold, 8.5, w - 2 * m - 6), s.bold, 8.5)
        y += 14
        line = tr(
            lg,
            f"Pitch found A={found} Hz - humidity {hum}%",
            f"Vorgefunden a'={found} Hz - Luftfeuchte {hum} %",
            f"Diapason constaté {found} Hz - hygrométrie {hum} %",
        )
        put(m + 6, y, line, w - 2 * m - 10)
        y += 12
        work = rng.sample(TUNING_WORK[lg], rng.randint(1, 3))
        for t in work:
            put(m + 6, y, f"- {t}", w - 2 * m - 70)
            y += 11
        v = rng.choice([65.0, 70.0, 75.0, 85.0, 95.0, 110.0])
        if TUNING_WORK[lg][1] in work:
            v += 35.0
        net += v
        put(w - m, y - 11, money(v, lg), right=True)
        y += 6
    y += 4
    p.line(m, y, w - m, y)
    y += 14
    rate = vat_rate(lg) if r.random() < 0.4 else 0.0
    tax = round(net * rate / 100, 2)
    if rate:
        p.text(
            m, y, tr(lg, f"VAT {rate:g}%", f"zzgl. {rate:g} % USt.", f"TVA {rate:g} %"), s.font, 8.5
        )
        p.text(w - m, y, money(tax, lg), s.font, 8.5, "right")
        y += 12
    else:
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "Not VAT registered",
                    "Kleinunternehmer gem. § 19 UStG",
                    "TVA non applicable, art. 293 B du CGI",
                ),
                s.font,
                7,
                w / 2,
            ),
            s.font,
            7,
        )
        y += 12
    p.text(m, y, tr(lg, "TOTAL", "GESAMT", "TOTAL"), s.bold, 10)
    p.text(w - m, y, cash(net + tax, lg), s.bold, 10, "right")
    y += 18
    if book:
        hand(
            p,
            m,
            y,
            rng.choice(
                {
                    "en": ["Paid cash - thank you", "BACS please", "due 14 days", "paid chq 104"],
                    "de": ["Betrag bar erhalten", "bitte überweisen", "dankend erhalten"],
                    "fr": ["réglé par chèque", "à régler sous 15 j", "payé en espèces"],
                }[lg]
            ),
            9,
        )
        y += 14
    else:
        y = text_lines(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"Payment within 14 days please. {iban(keyed(who, 'bank'), lg)}.",
                f"Zahlbar innerhalb 14 Tagen. {iban(keyed(who, 'bank'), lg)}.",
                f"Paiement à réception. {iban(keyed(who, 'bank'), lg)}.",
            ),
            7.5,
        )
    if rng.random() < 0.6:
        nxt = d + timedelta(days=rng.choice([91, 120, 182]))
        y = text_lines(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            tr(
                lg,
                f"Next tuning recommended: {MONTHS_EN[nxt.month - 1]} {nxt.year}.",
                f"Nächste Stimmung empfohlen: {nxt.month:02d}/{nxt.year}.",
                f"Prochain accord conseillé : {nxt.month:02d}/{nxt.year}.",
            ),
            7.5,
        )
    if book:
        p.text(
            w - m,
            hh - 14,
            tr(lg, "CUSTOMER COPY", "KUNDENEXEMPLAR", "EXEMPLAIRE CLIENT"),
            "Helvetica",
            6,
            "right",
        )
    received(rng, p, d, 0.2)
    remember(d)
    return [p]


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
REPAIRS = {
    "en": [
        "Full service and clean",
        "Replace pads (set)",
        "Re-cork tenon joints",
        "Free seized valve",
        "Re-hair bow",
        "New bridge fitted and cut",
        "Soundpost adjusted",
        "Dent removal bell",
        "Replace springs",
        "Leak test and adjust",
        "Replace strings (set)",
        "Re-glue seam",
    ],
    "de": [
        "Generalüberholung",
        "Polster erneuert (Satz)",
        "Zapfenkork erneuert",
        "Festsitzendes Ventil gelöst",
        "Bogen neu behaart",
        "Neuer Steg angepasst",
        "Stimmstock gerichtet",
        "Beule im Schallstück ausgedrückt",
        "Federn ersetzt",
        "Dichtigkeitsprüfung",
        "Saiten erneuert",
        "Offene Naht geleimt",
    ],
    "fr": [
        "Révision complète",
        "Remplacement des tampons",
        "Lièges de tenons refaits",
        "Piston grippé libéré",
        "Remèchage de l'archet",
        "Chevalet neuf taillé",
        "Âme réglée",
        "Débosselage pavillon",
        "Ressorts remplacés",
        "Test d'étanchéité",
        "Jeu de cordes",
        "Recollage d'éclisse",
    ],
}


def tpl_repair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A workshop's repair invoice: the instruments brought in, the work and parts, VAT; the
    workshop report page with the checks ticked; now and then the copy of the job ticket
    handed over at drop-off, a narrow slip."""
    h = head_of(who, "repairer", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["W-99999", "R99-999", "2099-999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job no.", "Auftrag", "Bon n°"), serial(rng, "J9999")),
        ],
    )
    caption(f, s, tr(lg, "Repair Invoice", "Reparaturrechnung", "Facture de réparation"), 3)
    inst = [rng.choice(MAKES) for _ in range(rng.choice([1, 1, 2, 3]))]
    rows = []
    net = 0.0
    for mk, mo, fam in inst:
        rows.append([f"{instr(MAKE_INSTR[fam], lg)} {mk} {mo}", serial(rng, "A999999"), "", ""])
        for t in rng.sample(REPAIRS[lg], rng.randint(1, 4)):
            v = rng.choice([18.0, 25.0, 35.0, 45.0, 60.0, 85.0, 120.0])
            net += v
            rows.append(
                [
                    "   " + t,
                    "",
                    tr(lg, "labour", "Arbeit", "MO")
                    if rng.random() < 0.6
                    else tr(lg, "parts", "Material", "pièces"),
                    money(v, lg),
                ]
            )
    cols = columns(m, w - m, [(4, "left"), (1.2, "left"), (1, "left"), (1.1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Instrument / work", "Instrument / Leistung", "Instrument / travaux"),
            tr(lg, "Serial", "Ser.-Nr.", "N° série"),
            "",
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment on collection or within 30 days: {iban(keyed(who, 'bank'), lg)}.",
            f"Zahlbar innerhalb 30 Tagen: {iban(keyed(who, 'bank'), lg)}.",
            f"Paiement à 30 jours : {iban(keyed(who, 'bank'), lg)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        q = plain_sheets(s)
        caption(
            q, s, tr(lg, "Workshop report", "Werkstattbericht", "Rapport d'atelier"), 2, rule=True
        )
        for mk, mo, fam in inst:
            q.heading(m, f"{instr(MAKE_INSTR[fam], lg)} {mk} {mo}", s.bold, s.size)
            parts = PARTS["violin" if fam in ("violin", "cello", "guitar") else "wind"]
            for part in parts:
                q.need(16)
                q.page.text(m + 10, q.y, tr(lg, *part), s.font, s.size - 0.5)
                ticks(
                    q.page,
                    s,
                    m + 200,
                    q.y,
                    w - m - 200,
                    [
                        tr(lg, "checked", "geprüft", "vérifié"),
                        tr(lg, "adjusted", "justiert", "réglé"),
                        tr(lg, "replaced", "ersetzt", "remplacé"),
                    ],
                    {rng.choice([0, 0, 1, 2])},
                    7.5,
                )
                q.y += 15
            write(
                q,
                s,
                tr(lg, "Notes: ", "Hinweise: ", "Remarques : ") + prose(rng, lg, "music", 1, 2),
                s.size - 1,
            )
        q.need(50)
        q.y += 20
        sign_line(
            q.page,
            m,
            q.y,
            180,
            tr(lg, "Technician", "Instrumentenbauer/in", "Technicien"),
            s.font,
            staff(h, "tech"),
        )
        pages += q.pages
    if rng.random() < 0.3:
        t = Page(SLIP)
        ww, _th = SLIP
        y = 24.0
        t.text(ww / 2, y, fit(h.name, "Helvetica-Bold", 9, ww - 20), "Helvetica-Bold", 9, "center")
        y += 14
        t.text(
            ww / 2,
            y,
            tr(lg, "JOB TICKET - customer copy", "AUFTRAGSSCHEIN - Kunde", "BON DE DÉPÔT - client"),
            "Helvetica",
            7,
            "center",
        )
        y += 20
        for lab, val in [
            (tr(lg, "Job", "Auftrag", "Bon"), serial(rng, "J9999")),
            (tr(lg, "In", "Eingang", "Déposé"), short(d - timedelta(days=rng.randint(5, 20)), lg)),
            (tr(lg, "Customer", "Kunde", "Client"), school_row()[0][:22]),
            (tr(lg, "Item", "Gerät", "Instrument"), instr(MAKE_INSTR[inst[0][2]], lg)),
        ]:
            t.text(14, y, lab, "Helvetica", 7)
            hand(t, 70, y, val, 8.5, ww - 80)
            y += 16
        hand(
            t,
            14,
            y + 6,
            rng.choice(
                [
                    "sticky keys, check pads",
                    "buzz on A string",
                    "Ventil klemmt",
                    "fuite bas du corps",
                ]
            ),
            8.5,
            ww - 24,
        )
        y += 30
        t.text(14, y, tr(lg, "Estimate given:", "KV:", "Devis :"), "Helvetica", 7)
        hand(t, 80, y, cash(round(net * rng.uniform(0.7, 1.1), 0), lg), 8.5)
        pages.append(t)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBB: teachers - contracts, invoices, safeguarding checks
# ---------------------------------------------------------------------------------------------

CONTRACT_CLAUSES = {
    "en": [
        "Status of the Teacher",
        "Services",
        "Fees and invoicing",
        "Cancelled and missed lessons",
        "Premises and equipment",
        "Safeguarding",
        "Confidentiality and data",
        "Insurance",
        "Non-solicitation of pupils",
        "Term and termination",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand, freie Mitarbeit",
        "Leistungen",
        "Honorar und Abrechnung",
        "Unterrichtsausfall",
        "Räume und Instrumente",
        "Kinderschutz, Führungszeugnis",
        "Verschwiegenheit, Datenschutz",
        "Versicherung, Sozialversicherung",
        "Abwerbeverbot",
        "Laufzeit und Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Prestations",
        "Rémunération et facturation",
        "Cours annulés",
        "Locaux et matériel",
        "Protection des mineurs",
        "Confidentialité",
        "Assurance responsabilité civile",
        "Non-sollicitation",
        "Durée et résiliation",
        "Droit applicable",
    ],
}


def tpl_teacher_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's contract with a freelance teacher: title and parties, numbered clauses over
    two or three pages with a running header, the teaching schedule on a landscape page, the
    signature page."""
    h = school_head()
    lg = h.lang
    t = rng.choice(TEACHERS)
    d = some_day(rng) - timedelta(days=rng.randint(0, 15))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    title = tr(
        lg,
        rng.choice(
            ["Contract for Services - Self-Employed Music Teacher", "Freelance Teaching Agreement"]
        ),
        "Honorarvertrag über freie Mitarbeit",
        "Contrat de prestation de services - enseignement musical",
    )
    f = sheets(s, h, f"{title} - {t.name}")
    f.y += 10
    pt = shrink(title, s.bold, 15, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            "This agreement is made on " + day(h, d) + " between:",
            "Zwischen",
            "Entre les soussignés :",
        ),
    )
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town}, "
        + tr(
            lg,
            "represented by its Director, " + director() + ' ("the School")',
            "vertreten durch " + director() + ' (nachfolgend "Musikschule")',
            "représentée par " + director() + ", ci-après « l'École »",
        ),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{t.name}, {t.street}, {t.town} "
        + tr(lg, '("the Teacher")', '(nachfolgend "Lehrkraft")', ", ci-après « le Prestataire »"),
        indent=20,
    )
    f.y += 6
    n = rng.randint(7, len(CONTRACT_CLAUSES[lg]))
    rate = teacher_rate(lg) + rng.choice([0, 2, 4])
    for k, c in enumerate(CONTRACT_CLAUSES[lg][:n]):
        f.heading(m, f"{k + 1}. {c}", s.bold, s.size)
        if k == 2:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The School will pay the Teacher {cash(rate, lg)} per hour of teaching "
                    "delivered. The Teacher "
                    "shall invoice monthly in arrears with a register of lessons.",
                    f"Die Lehrkraft erhält ein Honorar von {cash(rate, lg)} je 60 Minuten "
                    "erteilten Unterrichts. "
                    "Die Abrechnung erfolgt monatlich nachträglich mit Stundennachweis.",
                    f"L'École verse au Prestataire {cash(rate, lg)} par heure de cours effectuée, "
                    "sur facture "
                    "mensuelle accompagnée du relevé des cours.",
                ),
                s.size - 0.5,
            )
        for j in range(rng.randint(1, 3)):
            write(
                f, s, f"{k + 1}.{j + 1} " + prose(rng, lg, "legal", 1, 3), s.size - 0.5, indent=12
            )
    pages = f.pages
    if rng.random() < 0.75:
        s2 = style_of(h, landscape(A4), margin=44)
        w2, _ = s2.page_size
        g = plain_sheets(s2, f"{title} - {t.name}")
        caption(
            g,
            s2,
            tr(
                lg,
                "Schedule 1 - Teaching timetable",
                "Anlage 1 - Unterrichtsplan",
                "Annexe 1 - Planning des cours",
            ),
            2,
        )
        cols = columns(
            44,
            w2 - 44,
            [
                (1.2, "left"),
                (1, "left"),
                (1, "left"),
                (2.4, "left"),
                (1.6, "left"),
                (0.7, "center"),
                (1.4, "left"),
            ],
        )
        rows = []
        for wd in sorted(rng.sample(range(6), rng.randint(1, 3))):
            tt = 14 * 60 + rng.choice([0, 30, 60])
            for _ in range(rng.randint(3, 8)):
                pu = rng.choice(PUPILS)
                mins = pu.minutes
                rows.append(
                    [
                        WEEKDAYS[lg][wd],
                        f"{tt // 60:02d}:{tt % 60:02d}",
                        f"{(tt + mins) // 60:02d}:{(tt + mins) % 60:02d}",
                        pu.name,
                        instr(t.instr, lg),
                        str(mins),
                        rng.choice(["Room 2", "Raum 3", "Salle 4", "Studio", "Hall"]),
                    ]
                )
                tt += mins
        table(
            g,
            cols,
            [
                tr(lg, "Day", "Tag", "Jour"),
                tr(lg, "From", "von", "de"),
                tr(lg, "To", "bis", "à"),
                tr(lg, "Pupil", "Schüler/in", "Élève"),
                tr(lg, "Subject", "Fach", "Discipline"),
                "min",
                tr(lg, "Room", "Raum", "Salle"),
            ],
            rows,
            s2,
            size=8.5,
            rules=True,
            shade=0.88,
        )
        g.y += 6
        write(
            g,
            s2,
            tr(
                lg,
                "The timetable may be changed by agreement at the start of each term.",
                "Änderungen des Plans sind zu Beginn jedes Halbjahres einvernehmlich möglich.",
                "Le planning peut être modifié d'un commun accord en début de trimestre.",
            ),
            8,
        )
        pages += g.pages
    q = plain_sheets(s, f"{title} - {t.name}")
    caption(q, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 1.5)
    write(
        q,
        s,
        tr(
            lg,
            "Signed by the parties on the dates shown.",
            "Ort, Datum und Unterschriften der Vertragsparteien.",
            "Fait en deux exemplaires originaux.",
        ),
    )
    q.y += 40
    sign_line(
        q.page,
        m,
        q.y,
        200,
        tr(
            lg,
            f"For the School - {director()}",
            f"Für die Musikschule - {director()}",
            f"Pour l'École - {director()}",
        ),
        s.font,
        director(),
    )
    sign_line(
        q.page,
        w / 2 + 10,
        q.y,
        200,
        tr(lg, f"Teacher - {t.name}", f"Lehrkraft - {t.name}", f"Le Prestataire - {t.name}"),
        s.font,
        t.name if rng.random() < 0.9 else "",
    )
    hand(q.page, m, q.y - 30, short(d, lg), 9)
    hand(q.page, w / 2 + 10, q.y - 30, short(d + timedelta(days=rng.randint(0, 9)), lg), 9)
    q.y += 40
    if rng.random() < 0.4:
        write(
            q,
            s,
            tr(
                lg,
                "Enclosures: safeguarding policy, lesson cancellation policy, invoice template.",
                "Anlagen: Kinderschutzkonzept, Selbstverpflichtungserklärung, Abrechnungsformular.",
                "Pièces jointes : charte de protection des mineurs, modèle de facture.",
            ),
            s.size - 1,
        )
    pages += q.pages
    remember(d, teacher=t)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"])
        if lg != "en" or rng.random() < 0.8
        else "none",
    )


def tpl_teacher_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance teacher's monthly invoice to the school with the lesson register (dates,
    pupils, minutes), the total hours at the agreed rate, the small-business tax note and the
    bank details; sometimes the register runs onto a second page."""
    t = teacher_for(rng, ("teacher_contract", "teacher_invoice"))
    if not after(("teacher_contract",)) and not after(("teacher_invoice",)):
        t = TEACHERS[keyed(who, "teacher").randrange(len(TEACHERS))]
    h = teacher_head(t)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    base = (
        month()
        if not after(("teacher_invoice",))
        else (month() - timedelta(days=rng.choice([28, 31])))
    )
    per_start = base.replace(day=1)
    d = (per_start + timedelta(days=32)).replace(day=1) + timedelta(days=rng.randint(0, 6))
    inv = serial(rng, rng.choice([f"{d.year}-0099", "099", "Nr. 099", "F099"]))
    f = sheets(s, h, f"{t.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f, s, h, school_lines(), d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv)]
    )
    mname = {
        "en": MONTHS_EN,
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
    }[lg][per_start.month - 1]
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - teaching {mname} {per_start.year}",
            f"Honorarrechnung {mname} {per_start.year}",
            f"Facture - cours de {mname} {per_start.year}",
        ),
        2,
    )
    rate = teacher_rate(lg) + keyed(who, "rate").choice([0, 2, 4])
    rows = []
    mins_total = 0
    kids = [p for p in PUPILS if p.teacher == TEACHERS.index(t)] or rng.sample(PUPILS, 4)
    kids = kids[:8]
    for wd in sorted({rng.randint(0, 5) for _ in range(rng.randint(1, 2))}):
        for dd in lesson_days(rng, per_start, 4, wd):
            for pu in kids[: rng.randint(2, max(2, len(kids)))]:
                note = rng.choice(
                    [
                        "",
                        "",
                        "",
                        "",
                        tr(lg, "absent (charged)", "abgesagt <24h", "absent non excusé"),
                    ]
                )
                rows.append([short(dd, lg), pu.name, str(pu.minutes), note])
                mins_total += pu.minutes
    cols = columns(m, w - m, [(1.2, "left"), (2.5, "left"), (0.7, "center"), (2.2, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Pupil", "Schüler/in", "Élève"),
            "min",
            tr(lg, "Note", "Bemerkung", "Remarque"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    hours = mins_total / 60
    f.y += 4
    f.need(40)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Total: {hours:.2f} hours x {cash(rate, lg)}",
            f"Summe: {money(hours, lg)} Std. x {cash(rate, lg)}",
            f"Total : {money(hours, lg)} h x {cash(rate, lg)}",
        ),
        s.bold,
        s.size,
    )
    f.y += 16
    extra = 0.0
    if rng.random() < 0.3:
        extra = rng.choice([25.0, 40.0, 60.0])
        write(
            f,
            s,
            tr(
                lg,
                f"Concert rehearsal / accompanying: {cash(extra, lg)}",
                f"Vorspiel / Korrepetition pauschal: {cash(extra, lg)}",
                f"Répétition / audition (forfait) : {cash(extra, lg)}",
            ),
            s.size - 0.5,
        )
    totals(
        f,
        s,
        lg,
        round(hours * rate + extra, 2),
        0.0,
        note=tr(
            lg,
            "I am self-employed and not registered for VAT; I am responsible for my own tax and "
            "National Insurance.",
            "Gemäß § 19 UStG bzw. § 4 Nr. 21 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, art. 293 B du CGI. Micro-entrepreneur, SIRET "
            + serial(keyed(who, "siret"), "999 999 999 99999")
            + ".",
        ),
    )
    write(
        f,
        s,
        tr(lg, "Please pay to: ", "Bitte überweisen auf: ", "Règlement par virement : ")
        + iban(keyed(who, "bank"), lg),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.35:
        hand(
            f.pages[0],
            w - m - 130,
            hh - m - 40,
            rng.choice(["checked vs register", "sachlich richtig", "vu - OK paiement"])
            + " "
            + director().split()[0][0]
            + director().split()[-1][0],
            10,
        )
    remember(d, teacher=t)
    return close(
        f.pages,
        s,
        h,
        numbers="none"
        if len(f.pages) == 1
        else rng.choice(["{i}/{n}", "Page {i} of {n}", "Seite {i}/{n}"]),
    )


def tpl_safeguarding(rng: random.Random, who: Issuer) -> list[Page]:
    """A safeguarding check paper for a teacher: an umbrella body's DBS result letter with the
    check table (England), the school's record of sight of an erweitertes Führungszeugnis with
    the § 72a SGB VIII items (Germany), the SDJES's result of the contrôle d'honorabilité
    (France)."""
    lg = home()
    t = teacher_for(rng, ("teacher_contract",))
    d = last_day(rng, ("teacher_contract",), (5, 30))
    if lg == "de":
        h = school_head()
        s = style_of(h, A4, pt=9.5)
        w, _ = s.page_size
        m = s.margin
        f = sheets(s, h)
        caption(f, s, "Dokumentation der Einsichtnahme in das erweiterte Führungszeugnis", 2)
        write(
            f,
            s,
            "gemäß § 72a SGB VIII i. V. m. der Vereinbarung mit dem örtlichen Träger der "
            "öffentlichen Jugendhilfe",
            s.size - 1,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                ("Name, Vorname", f"{t.last}, {t.first}"),
                ("Tätigkeit", f"Lehrkraft {instr(t.instr, 'de')} (Honorarkraft)"),
                (
                    "Ausstellungsdatum des Führungszeugnisses",
                    short(d - timedelta(days=rng.randint(10, 80)), "de"),
                ),
                ("Belegart", "O (erweitertes FZ)"),
                ("Datum der Einsichtnahme", short(d, "de")),
                ("Wiedervorlage", short(d + timedelta(days=5 * 365), "de")),
            ],
            per=2,
            tall=26,
        )
        f.y += 4
        f.page.text(
            m,
            f.y,
            "Das Führungszeugnis enthält Eintragungen wegen einer Straftat nach § 72a Abs. 1 SGB "
            "VIII:",
            s.font,
            s.size - 0.5,
        )
        f.y += 14
        ticks(f.page, s, m + 20, f.y, w - 2 * m, ["nein", "ja"], {0}, 8.5)
        f.y += 24
        write(
            f,
            s,
            "Es wurden ausschließlich die vorstehenden Daten erhoben. Das Führungszeugnis wurde "
            "der betroffenen "
            "Person nach Einsichtnahme zurückgegeben; eine Kopie wird nicht zu den Akten genommen.",
            s.size - 0.5,
        )
        write(
            f,
            s,
            "Einwilligung: Ich bin mit der Speicherung der oben genannten Daten bis zur "
            "Beendigung der Tätigkeit "
            "einverstanden (Löschung spätestens drei Monate danach).",
            s.size - 0.5,
        )
        f.y += 30
        sign_line(
            f.page, m, f.y, 200, f"Einsichtnehmende Person ({director()})", s.font, director()
        )
        sign_line(f.page, w / 2 + 10, f.y, 200, f"Betroffene Person ({t.name})", s.font, t.name)
        f.y += 30
        if rng.random() < 0.5:
            f.y += 20
            caption(f, s, "Selbstverpflichtungserklärung", 0.5, rule=True)
            write(f, s, prose(rng, "de", "safe", 3, 5), s.size - 1)
            f.y += 20
            sign_line(f.page, m, f.y, 200, "Ort, Datum, Unterschrift", s.font, t.name)
        remember(d, teacher=t)
        return close(f.pages, s, h, numbers="none")
    h = head_of(who, "vetting")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(s, h, f"{h.name} - {t.name}")
    ref = serial(rng, "99999999" if lg == "en" else "SDJES-99-9999")
    recipient(
        f,
        s,
        h,
        school_lines(
            tr(lg, f"FAO {director()}, Lead Signatory", "", f"À l'attention de {director()}")
        ),
        d,
        [(tr(lg, "Our ref", "Az.", "Réf."), ref)],
    )
    if lg == "en":
        caption(f, s, "DBS Check - Result Notification", 2)
        write(f, s, dear("en", mx(director(), "en")))
        write(
            f,
            s,
            "We write to confirm that the following disclosure application, submitted through "
            "your account, has now "
            "been completed by the Disclosure and Barring Service.",
        )
        pairs_ = [
            ("Applicant", t.name),
            ("Position applied for", f"Peripatetic music teacher ({instr(t.instr, 'en')})"),
            ("Level of check", rng.choice(["Enhanced with Children's Barred List", "Enhanced"])),
            ("Workforce", "Child workforce"),
            ("Application submitted", short(d - timedelta(days=rng.randint(6, 30)), "en")),
            ("Certificate number", serial(rng, "0019999999999")),
            ("Date of issue", short(d - timedelta(days=2), "en")),
            (
                "Result",
                rng.choice(
                    [
                        "Certificate contains no information",
                        "Certificate contains no information",
                        "Please view the applicant's certificate",
                    ]
                ),
            ),
            ("Update Service", rng.choice(["Subscribed", "Not subscribed"])),
        ]
        f.y = pairs(f.page, s, m + 10, f.y, pairs_, w - m - 10, s.size - 0.5) + 8
        write(
            f,
            s,
            "Under the DBS Code of Practice the certificate is sent to the applicant only. Please "
            "ask to see the "
            "original certificate before making your recruitment decision and record the date "
            "seen.",
        )
        write(f, s, prose(rng, "en", "safe", 1, 3))
        regards(f, s, "en", staff(h, "comp"), "Compliance Officer")
    else:
        caption(f, s, "Contrôle d'honorabilité - résultat", 2)
        write(f, s, "Madame, Monsieur,")
        write(
            f,
            s,
            f"Suite à la déclaration de l'intervenant {t.name} dans le cadre de l'accueil de "
            "mineurs, le contrôle "
            "prévu à l'article L. 133-6 du code de l'action sociale et des familles a été "
            "effectué (bulletin n° 2 "
            "du casier judiciaire et FIJAIS).",
        )
        f.y = (
            pairs(
                f.page,
                s,
                m + 10,
                f.y,
                [
                    ("Intervenant", t.name),
                    ("Fonction", f"Professeur de {instr(t.instr, 'fr').lower()}"),
                    ("Date du contrôle", short(d - timedelta(days=3), "fr")),
                    ("Résultat", "Aucune incapacité constatée"),
                ],
                w - m - 10,
                s.size - 0.5,
            )
            + 8
        )
        write(f, s, prose(rng, "fr", "safe", 2, 3))
        regards(
            f, s, "fr", staff(h, "chef"), "Pour le préfet et par délégation, le chef du service"
        )
    received(rng, f.pages[0], d, 0.4)
    remember(d, teacher=t)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates BBBB: rooms, venues and concerts
# ---------------------------------------------------------------------------------------------

HALL_TERMS = {
    "en": [
        "Bookings",
        "Charges and payment",
        "Cancellation",
        "Use of the premises",
        "Children and safeguarding",
        "Fire safety",
        "Keys and locking up",
        "Damage",
        "Insurance",
        "Noise and neighbours",
        "Licences (PRS/PPL)",
        "Leaving the premises",
    ],
    "de": [
        "Überlassung",
        "Nutzungsentgelt",
        "Absage",
        "Nutzung der Räume",
        "Aufsichtspflicht",
        "Brandschutz",
        "Schlüssel",
        "Schäden",
        "Haftung und Versicherung",
        "Ruhezeiten",
        "GEMA",
        "Reinigung und Rückgabe",
    ],
    "fr": [
        "Objet",
        "Redevance",
        "Annulation",
        "Utilisation des locaux",
        "Encadrement des mineurs",
        "Sécurité incendie",
        "Clés",
        "Dégradations",
        "Assurance",
        "Nuisances sonores",
        "SACEM",
        "Remise en état",
    ],
}


def tpl_room_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A church hall's or a school's room hire agreement with the music school: the hirer's
    details, the regular bookings with dates and times, the charges, the signatures; the
    conditions of hire on one or two pages of small print; now and then the key receipt."""
    h = head_of(who, "hall")
    lg = h.lang
    s = style_of(h, A4, margin=50, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(5, 20))
    ref = serial(rng, rng.choice(["HB/99/99", "NV-2099-99", "CMD-999"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["Hiring Agreement", "Booking Form and Hire Agreement"]),
            "Nutzungsvereinbarung über die Überlassung von Räumen",
            "Convention de mise à disposition de locaux",
        ),
        3,
    )
    rooms = rng.choice(
        {
            "en": ["Main Hall", "Small Hall and kitchen", "Committee Room", "Music Room M2"],
            "de": ["Großer Saal", "Gruppenraum 1", "Musiksaal", "Aula"],
            "fr": ["Grande salle", "Salle 3", "Salle de musique", "Réfectoire"],
        }[lg]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer (organisation)", "Nutzer", "Bénéficiaire"), school_row()[0]),
            (tr(lg, "Responsible person", "Verantwortliche Person", "Responsable"), director()),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{school_row()[1]}, {school_row()[2]}"),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), school_row()[3] or "-"),
            (tr(lg, "Room(s)", "Raum / Räume", "Salle(s)"), rooms),
            (
                tr(lg, "Purpose", "Zweck", "Objet"),
                tr(
                    lg,
                    "Instrumental lessons and ensemble rehearsals",
                    "Musikunterricht, Ensembleproben",
                    "Cours de musique et répétitions",
                ),
            ),
        ],
        per=2,
        tall=25,
    )
    wd = rng.randint(0, 5)
    start = d + timedelta(days=rng.randint(7, 21))
    ds = lesson_days(rng, start, rng.choice([6, 10, 12]), wd)
    hours = rng.choice([2, 3, 4, 5])
    t0 = rng.choice([15, 16, 17, 9])
    rate = {
        "en": rng.choice([14.0, 16.5, 18.0, 22.0]),
        "de": rng.choice([12.0, 15.0, 20.0]),
        "fr": rng.choice([10.0, 15.0, 18.0]),
    }[lg]
    rows = [
        [
            str(k + 1),
            WEEKDAYS[lg][x.weekday()],
            short(x, lg),
            f"{t0:02d}:00-{t0 + hours:02d}:00",
            str(hours),
            money(rate * hours, lg),
        ]
        for k, x in enumerate(ds)
    ]
    cols = columns(
        m,
        w - m,
        [(0.4, "left"), (1.2, "left"), (1.2, "left"), (1.4, "left"), (0.6, "right"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Hrs", "Std.", "h"),
            tr(lg, "Charge", "Entgelt", "Montant"),
        ],
        rows,
        s,
        size=8.5,
        rules=True,
    )
    total = round(rate * hours * len(ds), 2)
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total hire charge', 'Entgelt gesamt', 'Total redevance')}: {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    if rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                f"A refundable deposit of {cash(100.0, lg)} is payable on signing.",
                f"Eine Kaution von {cash(150.0, lg)} ist vor der ersten Nutzung zu hinterlegen.",
                f"Un dépôt de garantie de {cash(200.0, lg)} est demandé à la signature.",
            ),
            s.size - 0.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "The hirer confirms that it holds public liability insurance and has read the "
            "Conditions of Hire.",
            "Der Nutzer erkennt die Benutzungsordnung an und weist eine Haftpflichtversicherung "
            "nach.",
            "Le bénéficiaire atteste être assuré en responsabilité civile et accepte le règlement "
            "d'utilisation.",
        ),
        s.size - 0.5,
    )
    f.need(70)
    f.y += 30
    sign_line(f.page, m, f.y, 200, tr(lg, "Hirer", "Nutzer", "Le bénéficiaire"), s.font, director())
    sign_line(
        f.page,
        w / 2 + 10,
        f.y,
        200,
        tr(lg, "For the hall / bookings secretary", "Für den Vermieter", "Pour le propriétaire"),
        s.font,
        staff(h, "book"),
    )
    f.y += 24
    pages = close(f.pages, s, h, numbers="none")
    for k in range(rng.choice([1, 1, 2])):
        heads = HALL_TERMS[lg][k * 6 :] if k else HALL_TERMS[lg]
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Hire",
                    "Benutzungsordnung",
                    "Règlement d'utilisation des salles",
                )
                + (tr(lg, " (continued)", " (Fortsetzung)", " (suite)") if k else ""),
                heads,
                cols=2,
            )
        )
    if rng.random() < 0.3:
        p = Page(HALF)
        ww, _hh2 = HALF
        y = 40.0
        p.text(
            m, y, tr(lg, "Key receipt", "Schlüsselquittung", "Reçu de remise des clés"), s.bold, 12
        )
        y += 20
        y = fields(
            p,
            s,
            m,
            y,
            ww - 2 * m,
            [
                (tr(lg, "Key no.", "Schlüssel-Nr.", "Clé n°"), serial(rng, "K99")),
                (tr(lg, "Issued to", "Ausgegeben an", "Remise à"), director()),
                (tr(lg, "Date", "Datum", "Date"), short(start, lg)),
                (
                    tr(lg, "Alarm code given", "Alarmcode", "Code alarme"),
                    tr(lg, "yes", "ja", "oui"),
                ),
            ],
            per=2,
            tall=24,
        )
        sign_line(
            p, m, y + 30, 200, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, director()
        )
        pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(d, extra=(ds, rate, hours, t0))
    return pages


def tpl_hall_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The hall's invoice for the school's bookings: a PCC treasurer's simple invoice on A5 with
    the dates, a council's or a school authority's fee notice (Gebührenbescheid) with the
    legal remedy note, or a French town's avis des sommes à payer."""
    h = head_of(who, "hall")
    lg = h.lang
    d = last_day(rng, ("room_hire",), (20, 40))
    ex = LAST["extra"]
    if after(("room_hire",)) and isinstance(ex, tuple):
        ds, rate, hours, t0 = ex
    else:
        ds = lesson_days(
            rng, d - timedelta(days=rng.randint(30, 60)), rng.randint(3, 6), rng.randint(0, 5)
        )
        rate = {"en": 16.5, "de": 15.0, "fr": 12.0}[lg]
        hours = rng.choice([2, 3, 4])
        t0 = 16
    official = h.look == "official" or "Stadt" in h.name or "Ville" in h.name or "Collège" in h.name
    size = A5 if (lg == "en" and not official and rng.random() < 0.6) else A4
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    no = serial(rng, rng.choice(["99/9999", "HB-999", "2099-99999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [(tr(lg, "Invoice", "Bescheid-Nr.", "Titre n°"), no)] if size == A4 else [],
    )
    title = tr(
        lg,
        "INVOICE - hall hire" if not official else "Invoice for lettings",
        "Gebührenbescheid über die Nutzung von Räumen" if official else "Rechnung Raumnutzung",
        "AVIS DES SOMMES À PAYER" if official else "Facture - mise à disposition de salle",
    )
    caption(f, s, title, 2)
    if size == A5:
        f.page.text(m, f.y, f"No. {no}   {day(h, d)}", s.font, 8)
        f.y += 14
    cols = columns(m, w - m, [(1.4, "left"), (1.6, "left"), (0.6, "right"), (1, "right")])
    rows = [
        [short(x, lg), f"{t0:02d}:00-{t0 + hours:02d}:00", str(hours), money(rate * hours, lg)]
        for x in ds
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Hrs", "Std.", "h"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 0.5,
    )
    total = round(rate * hours * len(ds), 2)
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Gesamtbetrag', 'Total à payer')}: {cash(total, lg)}",
        s.bold,
        s.size + 0.5,
        "right",
    )
    f.y += 20
    r = keyed(who, "bank")
    if lg == "en":
        write(
            f,
            s,
            f"Please pay by BACS to {h.name.split(' (')[0]}, {iban(r, 'en')}, or by cheque "
            "payable to the PCC. "
            "Thank you for supporting the hall."
            if not official
            else f"Payment within 30 days to {iban(r, 'en')}.",
            s.size - 0.5,
        )
        if not official:
            f.y += 10
            sign_line(f.page, m, f.y + 10, 150, "Hall Treasurer", s.font, staff(h, "treas"))
            f.y += 24
    elif lg == "de":
        write(
            f,
            s,
            f"Der Betrag ist bis zum {short(d + timedelta(days=30), 'de')} auf {iban(r, 'de')} "
            "unter Angabe der "
            f"Bescheid-Nr. {no} zu überweisen.",
            s.size - 0.5,
        )
        if official:
            f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
            write(
                f,
                s,
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                "Verwaltungsgericht "
                "erhoben werden. " + prose(rng, "de", "legal", 1, 2),
                s.size - 1.5,
            )
    else:
        write(
            f,
            s,
            f"Somme à régler avant le {short(d + timedelta(days=30), 'fr')} auprès du comptable "
            "public "
            "(Trésorerie municipale) ou par virement : " + iban(r, "fr") + "."
            if official
            else "Règlement par chèque à l'ordre de l'association paroissiale ou par virement.",
            s.size - 0.5,
        )
        if official:
            f.y += 4
            f.page.rect(m, f.y, w - 2 * m, 60)
            f.page.text(
                m + 6, f.y + 12, "TALON DE PAIEMENT - à joindre à votre règlement", s.bold, 7.5
            )
            f.page.text(
                m + 6,
                f.y + 28,
                f"Titre {no} - Exercice {d.year} - Débiteur : {school_row()[0]}",
                s.font,
                7.5,
            )
            f.page.text(m + 6, f.y + 44, f"Montant : {cash(total, lg)}", s.bold, 8)
            f.y += 70
    received(rng, f.pages[0], d, 0.35)
    remember(d)
    return close(f.pages, s, h, numbers="none")


def stage_plan(p: Page, s: Style, x: float, y: float, w: float, hgt: float, lg: str) -> None:
    """A stage plan: the stage, a piano, chairs and stands, the audience rows and exits."""
    p.rect(x, y, w, hgt)
    sd = hgt * 0.45
    p.rect(x + 20, y + 10, w - 40, sd, fill=0.92)
    p.text(x + w / 2, y + 22, tr(lg, "STAGE", "BÜHNE", "SCÈNE"), s.bold, 9, "center")
    p.rect(x + 40, y + 30, 60, 28, fill=0.4)
    p.text(x + 70, y + 70, tr(lg, "piano", "Flügel", "piano"), s.font, 7, "center")
    for k in range(7):
        cx = x + 140 + k * (w - 200) / 7
        p.rect(cx, y + 40 + (k % 2) * 14, 10, 10)
        p.line(cx + 5, y + 30 + (k % 2) * 14, cx + 12, y + 36 + (k % 2) * 14)
    for r in range(5):
        yy = y + sd + 26 + r * ((hgt - sd - 40) / 5)
        for c in range(14):
            p.rect(x + 40 + c * (w - 80) / 14, yy, 8, 6)
    p.text(x + 6, y + hgt - 6, tr(lg, "EXIT", "NOTAUSGANG", "SORTIE"), s.font, 6)
    p.text(x + w - 6, y + hgt - 6, tr(lg, "EXIT", "NOTAUSGANG", "SORTIE"), s.font, 6, "right")


def tpl_venue_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A concert venue's booking confirmation for the school's concert: the letter with the
    date, times, hire fee and deposit; the technical sheet with the stage plan; the terms of
    hire."""
    h = head_of(who, "venue")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(10, 30))
    ev = d + timedelta(days=rng.randint(30, 120))
    event = event_name(keyed(who, "event"), ev, lg)
    ref = serial(rng, rng.choice(["BK-99999", "V 99/999", "RES-9999"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        school_lines(director()),
        d,
        [(tr(lg, "Booking ref.", "Buchungs-Nr.", "Réservation"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Booking confirmation - {event}",
            f"Buchungsbestätigung - {event}",
            f"Confirmation de réservation - {event}",
        ),
        1.5,
    )
    f.page.text(m, f.y, dear(lg, mx(director(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "We are pleased to confirm your booking as follows:",
            "gerne bestätigen wir Ihre Buchung wie folgt:",
            "Nous avons le plaisir de vous confirmer la réservation suivante :",
        ),
    )
    fee = rng.choice([280.0, 350.0, 420.0, 600.0, 850.0])
    f.y = (
        pairs(
            f.page,
            s,
            m + 10,
            f.y,
            [
                (tr(lg, "Event", "Veranstaltung", "Manifestation"), event),
                (tr(lg, "Date", "Datum", "Date"), day(h, ev)),
                (tr(lg, "Access / get-in", "Aufbau ab", "Accès / montage"), "14:00"),
                (tr(lg, "Rehearsal", "Probe", "Répétition"), "15:00-17:30"),
                (
                    tr(lg, "Doors / start", "Einlass / Beginn", "Ouverture / début"),
                    rng.choice(["18:30 / 19:00", "17:30 / 18:00"]),
                ),
                (tr(lg, "Capacity", "Kapazität", "Jauge"), str(rng.choice([120, 180, 250, 320]))),
                (
                    tr(lg, "Hire fee", "Miete", "Location"),
                    cash(fee, lg)
                    + (tr(lg, " + VAT", " zzgl. USt.", " HT") if rng.random() < 0.5 else ""),
                ),
                (tr(lg, "Deposit (25%)", "Anzahlung (25 %)", "Acompte (25 %)"), cash(fee / 4, lg)),
            ],
            w - m - 10,
            s.size - 0.5,
        )
        + 8
    )
    write(f, s, prose(rng, lg, "event", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return one copy of this confirmation with the deposit within 14 days.",
            "Bitte senden Sie uns ein unterschriebenes Exemplar und die Anzahlung binnen 14 Tagen "
            "zurück.",
            "Merci de nous retourner un exemplaire signé accompagné de l'acompte sous 14 jours.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "mgr"),
        tr(lg, "Venue Manager", "Veranstaltungsbüro", "Régisseur général"),
    )
    if rng.random() < 0.5:
        f.need(60)
        f.y += 26
        hand(f.page, m, f.y - 6, short(d + timedelta(days=rng.randint(2, 9)), lg), 9)
        sign_line(
            f.page,
            m + 120,
            f.y,
            180,
            tr(lg, "Accepted for the hirer", "Für den Mieter", "Bon pour accord"),
            s.font,
            director(),
        )
        f.y += 20
    pages = f.pages
    if rng.random() < 0.7:
        q = plain_sheets(s, f"{h.name} - {ref}")
        caption(
            q,
            s,
            tr(
                lg,
                "Technical information and stage plan",
                "Technische Informationen und Bühnenplan",
                "Fiche technique et plan de scène",
            ),
            1.5,
            rule=True,
        )
        write(q, s, prose(rng, lg, "event", 2, 3), s.size - 0.5)
        q.need(300)
        stage_plan(q.page, s, m, q.y, w - 2 * m, 260, lg)
        q.y += 275
        ticks(
            q.page,
            s,
            m,
            q.y,
            w - 2 * m,
            [
                tr(lg, "Piano tuned", "Flügel gestimmt", "Piano accordé"),
                tr(lg, "Lighting operator", "Techniker", "Régisseur lumière"),
                tr(lg, "Box office", "Kasse", "Billetterie"),
                tr(lg, "Bar", "Bewirtung", "Buvette"),
            ],
            {0, 2} if rng.random() < 0.5 else {0},
            8,
        )
        pages += q.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions of Hire",
                    "Allgemeine Mietbedingungen",
                    "Conditions générales de location",
                ),
                HALL_TERMS[lg],
                "event",
            )
        )
    remember(d, extra=(event, ev, h.name))
    return close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")


def tpl_programme(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's concert programme on A5: a cover with the title, date, venue and a photo,
    the running order over one or more pages with composers and performers, the teachers and
    thanks, and a back page with dates and a supporter's advert."""
    h = school_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("venue_booking",)) and isinstance(ex, tuple):
        event, ev, venue = ex
    else:
        ev = some_day(rng)
        event = event_name(rng, ev, lg)
        venue = rng.choice(SENDERS["venue"][lg])[0]
    venue = venue.split(" - ")[0]
    d = ev
    s = style_of(h, A5, margin=34, pt=8.5)
    w, hh = A5
    m = s.margin
    font = rng.choice(["Times-Roman", "Helvetica"])
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    pages: list[Page] = []
    c = Page(A5)
    y = 60.0
    c.text(w / 2, y, fit(h.name, bold, 11, w - 2 * m), bold, 11, "center")
    y += 10
    clef(c, w / 2 - 30, y + 4, 60)
    y += 50
    pt = shrink(event, bold, 22, w - 2 * m)
    c.text(w / 2, y, event, bold, pt, "center")
    y += 24
    c.text(w / 2, y, day(h, ev) + " - 19:00", font, 11, "center")
    y += 16
    c.text(w / 2, y, fit(venue, italic_of(font), 10, w - 2 * m), italic_of(font), 10, "center")
    y += 24
    if rng.random() < 0.7:
        photo(c, m + 20, y, w - 2 * m - 40, 170, rng)
        y += 190
    c.text(
        w / 2,
        hh - 50,
        tr(
            lg,
            "Programme - retiring collection for the bursary fund",
            "Eintritt frei - Spenden erbeten",
            "Entrée libre - participation au chapeau",
        ),
        font,
        8,
        "center",
    )
    pages.append(c)
    f = Sheets(A5, hh - 40, lambda p, n: 40.0)
    f.page.text(w / 2, f.y, tr(lg, "Programme", "Programm", "Programme"), bold, 14, "center")
    f.y += 26
    items = rng.randint(7, 18)
    for k, (comp, piece) in enumerate(rng.sample(PIECES, items)):
        pls = rng.sample(PUPILS, 1 if rng.random() < 0.75 else 2)
        f.need(34)
        f.page.text(m, f.y, fit(piece, bold, 9, w * 0.6 - m), bold, 9)
        f.page.text(
            w - m, f.y, fit(comp, italic_of(font), 8.5, w * 0.38 - m), italic_of(font), 8.5, "right"
        )
        f.y += 11
        who_ = ", ".join(f"{p_.name} ({instr(p_.instr, lg).lower()})" for p_ in pls)
        f.page.text(m + 10, f.y, fit(who_, font, 8, w - 2 * m - 10), font, 8)
        f.y += 16
        if k == items // 2 and rng.random() < 0.7:
            f.need(30)
            f.page.text(
                w / 2,
                f.y + 4,
                tr(lg, "- Interval -", "- Pause -", "- Entracte -"),
                italic_of(font),
                9,
                "center",
            )
            f.y += 24
    pages += f.pages
    t = Page(A5)
    y = 50.0
    t.text(m, y, tr(lg, "Our teachers", "Unsere Lehrkräfte", "L'équipe pédagogique"), bold, 11)
    y += 18
    for tc in TEACHERS:
        t.text(m, y, tc.name, font, 8.5)
        t.text(w - m, y, instr(tc.instr, lg), italic_of(font), 8.5, "right")
        y += 12
    y += 14
    t.text(m, y, tr(lg, "Thank you", "Herzlichen Dank", "Remerciements"), bold, 11)
    y += 16
    y = text_lines(t, paper(s, A5, pt=8), m, y, w - 2 * m, prose(rng, lg, "event", 2, 4), 8)
    pages.append(t)
    if rng.random() < 0.6:
        b = Page(A5)
        b.text(w / 2, 70, tr(lg, "Dates for your diary", "Termine", "À noter"), bold, 12, "center")
        yy = 92.0
        for _ in range(rng.randint(3, 5)):
            dd = ev + timedelta(days=rng.randint(10, 120))
            b.text(m, yy, short(dd, lg), font, 9)
            b.text(m + 80, yy, fit(event_name(rng, dd, lg), font, 9, w - 2 * m - 80), font, 9)
            yy += 14
        b.rect(m, hh - 200, w - 2 * m, 120)
        sh = rng.choice(SENDERS["shop"][lg])
        b.text(w / 2, hh - 170, sh[0], "Helvetica-Bold", 11, "center")
        b.text(w / 2, hh - 154, tr(lg, *TAGLINES["shop"]), "Helvetica", 8, "center")
        b.text(w / 2, hh - 138, f"{sh[1]}, {sh[2]}", "Helvetica", 8, "center")
        b.text(
            w / 2,
            hh - 110,
            tr(
                lg,
                "10% off for pupils of the school",
                "10 % Rabatt für Musikschüler",
                "-10 % pour les élèves de l'école",
            ),
            "Helvetica-Oblique",
            8,
            "center",
        )
        pages.append(b)
    remember(d)
    if rng.random() < 0.4:
        number = rng.choice(["{i}", "- {i} -"])
        for k, p in enumerate(pages[1:-1], 2):
            p.text(w / 2, hh - 22, number.format(i=k), font, 8, "center")
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBB: licences, insurance, scholarships
# ---------------------------------------------------------------------------------------------


def tpl_licence_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A music licensing body's invoice: a printed music copying licence (PMLL, VG Musikedition,
    SEAM) by pupil numbers with the licence certificate behind, or a concert licence (PRS,
    GEMA, SACEM) for the school's concert with the list of works performed."""
    h = head_of(who, "licensing")
    lg = h.lang
    copying = any(k in h.name for k in ("Printed", "Musikedition", "SEAM"))
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["9999999999", "RG-99999999", "F99999999"]))
    lic = serial(keyed(who, "lic"), "LIC-9999999")
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnummer", "Facture n°"), inv),
            (tr(lg, "Licence no.", "Vertragsnummer", "N° de contrat"), lic),
        ],
    )
    if copying:
        caption(
            f,
            s,
            tr(
                lg,
                "Invoice - Printed Music Licence",
                "Rechnung - Lizenz für Notenkopien (Musikschulen)",
                "Facture - autorisation de reprographie d'œuvres musicales",
            ),
            2,
        )
        pupils = rng.randint(80, 420)
        rate = {"en": 0.95, "de": 1.2, "fr": 1.1}[lg]
        start = date(d.year, 9 if lg != "de" else 1, 1)
        rows = [
            [
                tr(
                    lg,
                    f"Licence period {short(start, lg)} - "
                    f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
                    f"Lizenzzeitraum {start.year}",
                    f"Année scolaire {start.year}-{start.year + 1}",
                ),
                "",
                "",
                "",
            ],
            [
                tr(lg, "Pupils receiving tuition", "Schüler/innen lt. Meldung", "Élèves déclarés"),
                str(pupils),
                money(rate, lg),
                money(pupils * rate, lg),
            ],
        ]
        net = pupils * rate
        if rng.random() < 0.4:
            rows.append(
                [
                    tr(lg, "Minimum fee adjustment", "Mindestvergütung", "Minimum de perception"),
                    "1",
                    money(25.0, lg),
                    money(25.0, lg),
                ]
            )
            net += 25.0
    else:
        ex = LAST["extra"]
        event = ex[0] if isinstance(ex, tuple) else event_name(rng, d, lg)
        caption(
            f,
            s,
            tr(
                lg,
                f"TheMusicLicence - event invoice: {event}",
                f"Rechnung - Veranstaltung: {event}",
                f"Facture droits d'auteur - {event}",
            ),
            2,
        )
        seats = rng.choice([120, 180, 250])
        price = rng.choice([0.0, 5.0, 8.0])
        rows = [
            [
                tr(lg, "Tariff", "Tarif", "Tarif"),
                tr(lg, "LP (live concert)", "U-K (Konzert)", "forfait audition d'élèves"),
                "",
                "",
            ],
            [
                tr(lg, "Capacity / admission", "Saalgröße / Eintritt", "Jauge / entrée"),
                str(seats),
                money(price, lg),
                "",
            ],
        ]
        net = max(rng.choice([35.0, 48.0, 62.0]), seats * price * 0.04)
        rows.append([tr(lg, "Licence fee", "Vergütung", "Droits"), "", "", money(net, lg)])
        if lg == "de" and rng.random() < 0.6:
            rows.append(["Gesamtvertragsnachlass 20 %", "", "", money(-net * 0.2, lg)])
            net *= 0.8
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Anzahl", "Qté"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 7.0, "fr": 10.0}[lg])
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    pages = f.pages
    if copying and rng.random() < 0.7:
        c = Page(s.page_size)
        c.rect(40, 40, w - 80, hh - 80)
        c.text(w / 2, 110, h.name, s.bold, 14, "center")
        c.text(
            w / 2,
            150,
            tr(lg, "LICENCE CERTIFICATE", "LIZENZBESTÄTIGUNG", "ATTESTATION D'AUTORISATION"),
            s.bold,
            20,
            "center",
        )
        y = 200.0
        y = pairs(
            c,
            s,
            90,
            y,
            [
                (tr(lg, "Licensee", "Lizenznehmer", "Titulaire"), school_row()[0]),
                (tr(lg, "Licence no.", "Vertragsnummer", "N° d'autorisation"), lic),
                (
                    tr(lg, "Valid", "Gültig", "Validité"),
                    f"{short(date(d.year, 9, 1), lg)} - {short(date(d.year + 1, 8, 31), lg)}",
                ),
                (
                    tr(lg, "Permitted copies", "Zulässige Kopien", "Copies autorisées"),
                    tr(lg, "as per licence terms", "gemäß Gesamtvertrag", "selon barème"),
                ),
            ],
            w - 90,
            10,
        )
        y = text_lines(c, s, 90, y + 20, w - 180, prose(rng, lg, "legal", 2, 3), 9)
        c.text(
            w / 2,
            hh - 150,
            tr(
                lg,
                "Please display this certificate where copies are made.",
                "Bitte am Kopierer aushängen.",
                "À afficher à proximité du photocopieur.",
            ),
            italic_of(s.font),
            9,
            "center",
        )
        if rng.random() < 0.5:
            seal(c, w / 2, hh - 220, 36, h.name[:28], str(d.year))
        pages.append(c)
    elif not copying and rng.random() < 0.6:
        q = plain_sheets(s, f"{h.name} - {inv}")
        caption(
            q,
            s,
            tr(lg, "Set list / works performed", "Musikfolge", "Programme déclaré"),
            1.5,
            rule=True,
        )
        cols2 = columns(
            m, w - m, [(0.4, "left"), (3, "left"), (2, "left"), (1.4, "left"), (0.8, "right")]
        )
        table(
            q,
            cols2,
            [
                "#",
                tr(lg, "Title", "Titel", "Titre"),
                tr(lg, "Composer", "Komponist", "Compositeur"),
                tr(lg, "Publisher", "Verlag", "Éditeur"),
                tr(lg, "Dur.", "Dauer", "Durée"),
            ],
            [
                [
                    str(k + 1),
                    pc,
                    cp,
                    rng.choice(
                        [
                            "ABRSM Publishing",
                            "Bärenreiter",
                            "Schott",
                            "Henle",
                            "Durand",
                            "Faber",
                            "PD",
                        ]
                    ),
                    f"{rng.randint(1, 6)}:{rng.randint(0, 59):02d}",
                ]
                for k, (cp, pc) in enumerate(rng.sample(PIECES, rng.randint(6, 16)))
            ],
            s,
            size=8.5,
            rules=True,
        )
        pages += q.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none", covers=0)


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """An instrument insurance schedule: the broker's covering letter, the policy schedule
    (insured, period, cover, premium), the schedule of instruments on a landscape page, and
    the important notes or a policy wording excerpt; pages numbered from the schedule on."""
    h = head_of(who, "insurer", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["MI/999999/AA", "IV-99 999 999", "POL99999999"]))
    start = d + timedelta(days=rng.randint(5, 25))
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            school_lines(director()),
            d,
            [(tr(lg, "Policy", "Vers.-Schein-Nr.", "Contrat n°"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihre Versicherungsunterlagen",
                "Votre avis d'échéance",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, mx(director(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed your renewed schedule effective from {day(h, start)}. "
                "Please check the schedule of "
                "instruments carefully and tell us of any additions or disposals.",
                f"anbei erhalten Sie Ihren Versicherungsschein ab {day(h, start)}. Bitte prüfen "
                "Sie das Instrumentenverzeichnis "
                "und teilen Sie uns Änderungen mit.",
                "Vous trouverez ci-joint votre avenant et l'état des instruments assurés à "
                f"compter du {day(h, start)}. "
                "Merci de nous signaler toute modification.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "acct"),
            tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    covers = len(pages)
    g = sheets(s, h, f"{h.name} - {pol}")
    caption(
        g,
        s,
        tr(
            lg,
            "POLICY SCHEDULE - Musical Instruments",
            "VERSICHERUNGSSCHEIN - Musikinstrumente",
            "CONDITIONS PARTICULIÈRES - Instruments de musique",
        ),
        2,
    )
    items = [rng.choice(MAKES) for _ in range(rng.randint(5, 30))]
    values = [
        rng.choice([250.0, 400.0, 650.0, 900.0, 1400.0, 2200.0, 4800.0, 12500.0]) for _ in items
    ]
    pianos = rng.randint(0, 2)
    total = sum(values) + pianos * rng.choice([6000.0, 9500.0, 24000.0])
    prem = round(total * rng.choice([0.012, 0.015, 0.018]), 2)
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), school_row()[0]),
            (tr(lg, "Policy no.", "Vers.-Schein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
            ),
            (
                tr(lg, "Cover", "Deckung", "Garanties"),
                tr(
                    lg,
                    "All risks, worldwide",
                    "Allgefahren, weltweit",
                    "Tous risques, monde entier",
                ),
            ),
            (tr(lg, "Total sum insured", "Versicherungssumme", "Capital assuré"), cash(total, lg)),
            (
                tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                cash(rng.choice([50.0, 100.0, 150.0]), lg),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
            (
                tr(lg, "Insurance Premium Tax", "Versicherungsteuer 19 %", "Taxe 9 %"),
                cash(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], lg),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(
        g,
        s,
        tr(lg, "Endorsements applying: ", "Es gelten: ", "Clauses applicables : ")
        + ", ".join(rng.sample(["E1", "E4", "E7", "U12", "Kl. 3", "C05", "MI-2"], 3))
        + ".",
        s.size - 1,
    )
    write(g, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    pages += g.pages
    s2 = style_of(h, landscape(A4), margin=44)
    w2, _ = s2.page_size
    t = plain_sheets(
        s2,
        f"{h.name} - {pol} - "
        f"{tr(lg, 'Schedule of instruments', 'Instrumentenverzeichnis', 'État des instruments')}",
    )
    caption(
        t,
        s2,
        tr(
            lg, "Schedule of instruments", "Instrumentenverzeichnis", "État des instruments assurés"
        ),
        1.5,
    )
    rows = []
    for k, ((mk, mo, fam), v) in enumerate(zip(items, values, strict=True)):
        rows.append(
            [
                str(k + 1),
                instr(MAKE_INSTR[fam], lg),
                mk,
                mo,
                serial(rng, "A9999999"),
                rng.choice(["2012", "2016", "2019", "2021", "2023"]),
                rng.choice(
                    [
                        tr(lg, "school store", "Instrumentenlager", "réserve"),
                        tr(lg, "on loan to pupil", "verliehen", "prêté à un élève"),
                    ]
                ),
                money(v, lg),
            ]
        )
    for _ in range(pianos):
        rows.append(
            [
                str(len(rows) + 1),
                instr(0, lg),
                rng.choice(["Yamaha", "Bechstein", "Kawai", "Steinway"]),
                rng.choice(["U1", "C2X", "A 124", "K-300"]),
                serial(rng, "9999999"),
                rng.choice(["1998", "2008", "2015"]),
                tr(lg, "Hall", "Saal", "Auditorium"),
                money(rng.choice([6000.0, 9500.0, 24000.0]), lg),
            ]
        )
    cols = columns(
        44,
        w2 - 44,
        [
            (0.4, "left"),
            (1.6, "left"),
            (1.4, "left"),
            (1.4, "left"),
            (1.3, "left"),
            (0.7, "left"),
            (1.8, "left"),
            (1.1, "right"),
        ],
    )
    table(
        t,
        cols,
        [
            "#",
            tr(lg, "Instrument", "Instrument", "Instrument"),
            tr(lg, "Make", "Hersteller", "Marque"),
            tr(lg, "Model", "Modell", "Modèle"),
            tr(lg, "Serial", "Ser.-Nr.", "N° série"),
            tr(lg, "Year", "Baujahr", "Année"),
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        rows,
        s2,
        size=8.5,
        rules=True,
        shade=0.88,
    )
    pages += t.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Important notes and policy conditions (extract)",
                    "Wichtige Hinweise / AVB (Auszug)",
                    "Conditions générales (extrait)",
                ),
                [
                    tr(lg, x[0], x[1], x[2])
                    for x in [
                        ("Unattended vehicles", "Unbeaufsichtigte Fahrzeuge", "Véhicules"),
                        ("Loans to pupils", "Verleih an Schüler", "Prêt aux élèves"),
                        ("Claims", "Schadenfall", "Sinistres"),
                        ("Wear and tear", "Verschleiß", "Usure"),
                        ("Cancellation", "Kündigung", "Résiliation"),
                        ("Complaints", "Beschwerden", "Réclamations"),
                        ("Data protection", "Datenschutz", "Données"),
                    ]
                ],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(
        pages, s, h, numbers=h.numbers if h.numbers != "none" else "2:Page {i}", covers=covers
    )


def tpl_scholarship(rng: random.Random, who: Issuer) -> list[Page]:
    """A trust's or foundation's scholarship award letter for a pupil, addressed to the parents
    care of the school: the award, what it pays for and when; the conditions of award; the
    acceptance form to sign and return."""
    h = head_of(who, "foundation", abroad=0.05)
    lg = h.lang
    pu = rng.choice(PUPILS)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    amount = rng.choice([300.0, 450.0, 600.0, 750.0, 1000.0, 1500.0])
    ref = serial(rng, "SCH/99/999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [
            mx(pu.parent, lg, pu.parent_female),
            f"c/o {school_row()[0]}",
            school_row()[1],
            school_row()[2],
        ],
        d,
        [(tr(lg, "Ref", "Zeichen", "Réf."), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Award of a music scholarship - {pu.name}",
            f"Förderstipendium Musik - {pu.name}",
            f"Attribution d'une bourse d'études musicales - {pu.name}",
        ),
        1.5,
    )
    f.page.text(m, f.y, dear(lg, mx(pu.parent, lg, pu.parent_female)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am delighted to tell you that the Trustees have awarded {pu.first} a scholarship "
            f"of {cash(amount, lg)} for "
            f"the coming year towards {instr(pu.instr, 'en').lower()} tuition at "
            f"{school_row()[0]}.",
            f"wir freuen uns, Ihnen mitzuteilen, dass der Stiftungsrat {pu.first} ein Stipendium "
            f"in Höhe von {cash(amount, lg)} "
            f"für den Unterricht im Fach {instr(pu.instr, 'de')} an der {school_row()[0]} gewährt "
            "hat.",
            "nous avons le plaisir de vous informer que le conseil d'administration a attribué à "
            f"{pu.first} une bourse de "
            f"{cash(amount, lg)} pour ses cours de {instr(pu.instr, 'fr').lower()} à "
            f"{school_row()[0]}.",
        ),
    )
    write(f, s, prose(rng, lg, "music", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "The award will be paid directly to the school in three termly instalments.",
            "Die Auszahlung erfolgt halbjährlich direkt an die Musikschule.",
            "La bourse est versée directement à l'école en trois versements.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please return the enclosed acceptance form within 21 days.",
            "Bitte senden Sie die beiliegende Annahmeerklärung binnen drei Wochen zurück.",
            "Merci de nous retourner le formulaire d'acceptation sous trois semaines.",
        ),
    )
    regards(f, s, lg, staff(h, "chair"), tr(lg, "Chair of Trustees", "Vorstand", "Le Président"))
    pages = f.pages
    if rng.random() < 0.6:
        q = plain_sheets(s, f"{h.name} - {ref}")
        caption(
            q,
            s,
            tr(lg, "Conditions of award", "Förderbedingungen", "Conditions d'attribution"),
            1.5,
            rule=True,
        )
        for k in range(rng.randint(5, 9)):
            write(q, s, f"{k + 1}. " + prose(rng, lg, "music", 1, 2), s.size - 0.5, indent=6)
        pages += q.pages
    a = Page(s.page_size)
    y = float(m)
    a.text(
        m, y, tr(lg, "ACCEPTANCE FORM", "ANNAHMEERKLÄRUNG", "FORMULAIRE D'ACCEPTATION"), s.bold, 13
    )
    y += 16
    a.text(m, y, fit(f"{h.name} - {ref}", s.font, 8.5, w - 2 * m), s.font, 8.5)
    y += 20
    y = fields(
        a,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Scholar", "Stipendiat/in", "Boursier"), pu.name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(pu.born, lg)),
            (tr(lg, "Instrument", "Instrument", "Instrument"), instr(pu.instr, lg)),
            (tr(lg, "Teacher", "Lehrkraft", "Professeur"), TEACHERS[pu.teacher].name),
        ],
        per=2,
        tall=26,
    )
    y = text_lines(
        a,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "We accept the award on the conditions set out and agree to a short report at the end "
            "of the year.",
            "Wir nehmen das Stipendium zu den genannten Bedingungen an und senden zum Jahresende "
            "einen kurzen Bericht.",
            "Nous acceptons la bourse aux conditions indiquées et transmettrons un bilan en fin "
            "d'année.",
        ),
        9,
    )
    y += 30
    filled = rng.random() < 0.5
    sign_line(
        a,
        m,
        y,
        200,
        tr(lg, "Parent/carer", "Erziehungsberechtigte/r", "Responsable légal"),
        s.font,
        pu.parent if filled else "",
    )
    sign_line(
        a,
        w / 2 + 10,
        y,
        200,
        tr(lg, "Scholar", "Stipendiat/in", "Boursier"),
        s.font,
        pu.name if filled else "",
    )
    if filled:
        hand(a, m, y - 24, short(d + timedelta(days=rng.randint(3, 12)), lg), 9)
    pages.append(a)
    received(rng, pages[0], d, 0.3)
    remember(d, pu)
    return close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same pupil or teacher."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "enrolment": tpl_enrolment,
    "consent": tpl_consent,
    "fee_invoice": tpl_fee_invoice,
    "exam_entry": tpl_exam_entry,
    "mark_sheet": tpl_mark_sheet,
    "certificate": tpl_certificate,
    "hire_agreement": tpl_hire_agreement,
    "hire_invoice": tpl_hire_invoice,
    "tuning_invoice": tpl_tuning_invoice,
    "repair_invoice": tpl_repair_invoice,
    "teacher_contract": tpl_teacher_contract,
    "teacher_invoice": tpl_teacher_invoice,
    "safeguarding": tpl_safeguarding,
    "room_hire": tpl_room_hire,
    "hall_invoice": tpl_hall_invoice,
    "venue_booking": tpl_venue_booking,
    "programme": tpl_programme,
    "licence_invoice": tpl_licence_invoice,
    "insurance": tpl_insurance,
    "scholarship": tpl_scholarship,
}
TEMPLATES_BBBB: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "consent",
    "fee_invoice",
    "enrolment",
    "mark_sheet",
    "certificate",
    "hire_invoice",
    "tuning_invoice",
    "teacher_invoice",
    "hall_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "mark_sheet": "certificate",
    "enrolment": "fee_invoice",
    "teacher_contract": "safeguarding",
    "room_hire": "hall_invoice",
    "venue_booking": "programme",
    "exam_entry": "mark_sheet",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mug_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One school's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The school
    (country, name, month, teachers, pupils) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SCHOOL["lang"] = lang
    SCHOOL["row"] = r.randrange(len(SCHOOLS[lang]))
    SCHOOL["seed"] = r.getrandbits(24)
    SCHOOL["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    instruments = [0, 0, *r.sample(range(1, len(INSTR["en"])), 6)]
    TEACHERS[:] = [a_teacher(r, lang, k) for k in instruments]
    PUPILS[:] = []
    PUPILS.extend(a_pupil(r, lang) for _ in range(40))
    LAST.update(kind="", pupil=None, teacher=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_BBBB, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mug_stream, "templates BBBB")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

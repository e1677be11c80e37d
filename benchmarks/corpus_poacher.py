"""Poacher part of the generated corpus: templates HHHHH, written blind for the next measurement.

A part of its own, ``poacher``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a ski and
snowboard school (a director, a booking office, thirty seasonal instructors and an accountant;
at an indoor snow centre or dry slope in England, in a Bavarian or Black Forest resort, or in a
French Alpine resort) feeds through its scanner in a month: guests' lesson booking forms filled
in by hand on the school's form (participants, ability levels, lesson type ticks) with the
acknowledgement of risk and participation declaration signed on a page of its own and now and
then a parent's consent slip; tour operators' and schools' group booking requests (Gruppenanfrage,
demande de réservation groupe) with the rooming and participant list on landscape pages (shoe
size, height, weight, ability, hire); the school's own invoices to those tour operators with the
participant breakdown; seasonal instructor contracts (befristeter Arbeitsvertrag, contrat
saisonnier) with the pay rates by qualification and a signature page; instructor qualification
certificates from the training bodies on landscape paper with a seal, sometimes behind the
instructor's handwritten covering note or with the list of modules on the back; right to work
checks (England) and A1 certificates of the social security legislation that applies (from the
instructor's home country, in its language); lift companies' invoices for instructor passes and
group passes with the keycard list; the lift company's statement of account with the ageing
boxes and a remittance slip; equipment hire partners' invoices and commission statements with the
delivery note on landscape A5; the school's accident report forms filled in by the instructor
(place, piste colour, snow and visibility ticks, injury ticks, first aid, rescue) with a
witness statement or a sketch of the place; piste rescue charges (Kostenrechnung der Bergwacht,
titre de recette pour frais de secours, event first-aid cover invoices in England) on A4 or A5;
the liability insurer's claim acknowledgement with the blank claim form; the tourist office's or
resort association's circulars with numbered points, the winter events programme on a landscape
page and a reply form; seasonal staff accommodation agreements with the inventory and the house
rules; payroll bureaus' monthly payroll packs (covering letter, landscape payroll journal,
payments summary); the instructors' federation's licence letters with the list of the school's
instructors and a sheet of licence cards; the broker's insurance schedule with a covering letter,
the sections of cover and the endorsements; the instructors' weekly class registers filled in by
hand on landscape A4 or A5; freelance instructors' invoices for lessons taught; guests' refund
requests for lessons missed through injury or illness with a doctor's certificate behind. Each
stream is one school's pile: the school (country, name, month) is drawn once per stream; its
outside senders are of the school's country and write in its language, except that tour
operators, guests, instructors and the social security offices of their home countries are now
and then from abroad and write in their own (an American operator on Letter paper). Page sizes
range from A5 slips to A4, Letter and landscape A4 and A5.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
declaration page and the parent's consent slip of a booking form; the rooming list pages behind
a group booking letter; the participant breakdown of the school's invoice; the rates schedule and
the signature page of a contract; an instructor's covering note with the certificate copy and
its back; both pages of an A1 certificate and of a right to work check; the keycard list of a
lift invoice; the remittance slip of a statement; the delivery note behind a hire invoice; the
witness statement and the sketch of an accident report; the blank claim form sent with the
insurer's letter; the programme and the reply form of a circular; the inventory and house rules
of an accommodation agreement; the covering letter, journal pages and payments summary of a
payroll pack; the card sheet of a federation letter; the covering letter, schedule pages and
endorsements of an insurance schedule; the timesheet signed behind an instructor's invoice; the
doctor's certificate and the booking receipt copy a guest sends with a refund request. Related
papers are documents of their own: the school's invoice after the group booking it bills, the
insurer's acknowledgement after the accident report, the work permit or A1 after the contract,
the refund request after the booking form, the statement after a lift invoice; and so is each
booking form, lift invoice, hire invoice, class register, instructor invoice, rescue charge,
certificate and A1 of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking forms, lift invoices, hire
invoices, class registers, instructors' invoices, rescue charges, qualification certificates and
work permits often come 2-4 in a row from one sender with other guests, groups, instructors,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "poacher"`` and seeds offset by 11_100_000.

Usage: ``python benchmarks/corpus_poacher.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/poacher/poacher_{born_digital,scanned}_NNNNNNNN.{pdf,json}``.
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

PART = "poacher"
SEED_OFFSET = 11_100_000

MM = 72 / 25.4
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the school and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SCHOOLS: dict[str, list[Row]] = {
    "en": [
        (
            "Pennine Edge Snowsports School Ltd",
            "The Ski Slope, Haslingden Old Road",
            "Rossendale BB4 8RR",
            "01706 226 457",
        ),
        ("SnowStart Ski & Board Academy", "Unit 4, Snowdrome, Leisure Way", "Tamworth B79 7ND", ""),
        (
            "Chiltern Snowsports School",
            "Snow Centre, St Albans Hill",
            "Hemel Hempstead HP3 9NH",
            "01442 241 806",
        ),
    ],
    "de": [
        ("Skischule Alpspitze Garmisch", "Am Hausberg 4", "82467 Garmisch-Partenkirchen", ""),
        (
            "Ski- und Snowboardschule Fellhorn",
            "Faistenoyer Straße 6",
            "87561 Oberstdorf",
            "08322 3 18 44",
        ),
        ("Schneesportschule Feldberg GmbH", "Dr.-Pilet-Spur 9", "79868 Feldberg", "07655 80 61 2"),
    ],
    "fr": [
        ("École de Ski Les Arolles", "Galerie des Cimes", "73120 Courchevel", "04 79 08 22 61"),
        ("Snow Academy Val Thorens", "Immeuble Le Slalom", "73440 Val Thorens", "04 79 00 18 37"),
        ("École de Glisse du Grand-Bornand", "Place de l'Église", "74450 Le Grand-Bornand", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "lift": {
        "en": [
            (
                "Rossendale Leisure Trust - Ski Slope",
                "Haslingden Old Road",
                "Rossendale BB4 8RR",
                "",
            ),
            ("Snowdrome Tamworth Operations Ltd", "Leisure Way", "Tamworth B79 7ND", ""),
            ("The Snow Centre (Hemel) Ltd", "St Albans Hill", "Hemel Hempstead HP3 9NH", ""),
        ],
        "de": [
            ("Bayerische Zugspitzbahn Bergbahn AG", "Olympiastraße 27", "82467 Garmisch", ""),
            ("Oberstdorf Kleinwalsertal Bergbahnen", "Fellhornbahn 2", "87561 Oberstdorf", ""),
            ("Feldbergbahnen GmbH & Co. KG", "Dr.-Pilet-Spur 4", "79868 Feldberg", ""),
        ],
        "fr": [
            ("S3V - Société des 3 Vallées", "La Croisette", "73120 Courchevel", "04 79 08 04 09"),
            ("SETAM Val Thorens", "Maison de Val Thorens", "73440 Val Thorens", ""),
            (
                "SAEM Le Grand-Bornand Remontées",
                "Route du Chinaillon",
                "74450 Le Grand-Bornand",
                "",
            ),
        ],
    },
    "operator": {
        "en": [
            (
                "Piste Perfect Schools Travel Ltd",
                "3 Regent Court",
                "Leeds LS1 4HT",
                "0113 380 2200",
            ),
            ("St Bede's Academy - Trips Office", "Moor Lane", "Bolton BL1 4TQ", ""),
            ("Altitude Youth Ski Tours", "12 Market Place", "Lichfield WS13 6LH", ""),
            ("1st Harpenden Scout Group", "Scout HQ, Bowers Way", "Harpenden AL5 4EW", ""),
        ],
        "de": [
            ("Klassenfahrten Alpenblick GmbH", "Bahnhofstraße 22", "90402 Nürnberg", ""),
            ("Gymnasium am Stadtpark", "Parkstraße 40", "86150 Augsburg", "0821 32 47 70"),
            ("Skiclub Ulm 1921 e.V.", "Donaustraße 5", "89073 Ulm", ""),
            ("SchneeReisen Schmid GmbH", "Königstraße 11", "70173 Stuttgart", ""),
        ],
        "fr": [
            ("Voyages Scolaires Altitude", "18 rue de la Barre", "69002 Lyon", "04 78 37 20 11"),
            ("Collège Jean Moulin - Classe de neige", "Avenue Jean Jaurès", "38000 Grenoble", ""),
            ("UCPA Séjours Jeunes", "21 rue de Stalingrad", "94110 Arcueil", ""),
            ("Comité d'entreprise SNCF Lyon", "5 place Carnot", "69002 Lyon", ""),
        ],
    },
    "hire": {
        "en": [
            ("Slopeside Hire & Tuning", "Unit 2, Leisure Way", "Tamworth B79 7ND", ""),
            ("Edge & Wax Ski Hire", "Bury Road", "Rossendale BB4 6EP", "01706 214 880"),
        ],
        "de": [
            ("Sport Ostler Skiverleih", "Marienplatz 12", "82467 Garmisch-Partenkirchen", ""),
            ("Intersport Rent Fellhorn", "Walserstraße 9", "87561 Oberstdorf", ""),
            ("Skiverleih Schwarzwaldhaus", "Feldbergstraße 31", "79868 Feldberg", ""),
        ],
        "fr": [
            ("Skiset Les Arolles Sports", "Rue du Rocher", "73120 Courchevel", "04 79 08 31 70"),
            ("Intersport Val Thorens Centre", "Galerie Caron", "73440 Val Thorens", ""),
            ("Sport 2000 Chinaillon", "Route du Col", "74450 Le Grand-Bornand", ""),
        ],
    },
    "federation": {
        "en": [
            (
                "Snowsport Instructors' Guild",
                "Glenmore House, 1 Station Road",
                "Kendal LA9 6BT",
                "",
            ),
            ("English Snowsports Federation", "Suite 7, Sport Park", "Loughborough LE11 3QF", ""),
        ],
        "de": [
            ("Deutscher Schneesportlehrerverband e.V.", "Am Kirchplatz 3", "82418 Murnau", ""),
            ("Verband Bayerischer Skischulen e.V.", "Georg-Brauchle-Ring 93", "80992 München", ""),
        ],
        "fr": [
            (
                "Syndicat National des Moniteurs de Ski",
                "6 allée des Mitaillères",
                "38240 Meylan",
                "",
            ),
            ("Fédération des Écoles de Glisse", "12 avenue d'Annecy", "73000 Chambéry", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Highfell Mutual Insurance plc", "Claims Dept, PO Box 411", "Carlisle CA1 1ZE", ""),
            ("Sportcover Underwriting Ltd", "20 Fenchurch Street", "London EC3M 3BY", ""),
        ],
        "de": [
            ("Bergland Versicherung AG", "Schadenabteilung, Leopoldstr. 9", "80802 München", ""),
            ("Allgäuer Sport-Haftpflicht VVaG", "Kemptener Straße 44", "87435 Kempten", ""),
        ],
        "fr": [
            ("Mutuelle des Sports de Montagne", "Service sinistres, BP 217", "73002 Chambéry", ""),
            ("Alpes Assurances Mutuelles", "14 rue Sommeiller", "74000 Annecy", ""),
        ],
    },
    "broker": {
        "en": [
            ("Hartley Sports Insurance Brokers", "4 Winckley Square", "Preston PR1 3JJ", ""),
            ("Summit Risk Partners Ltd", "The Courtyard, 9 High St", "Marlow SL7 1AX", ""),
        ],
        "de": [
            ("Versicherungsmakler Kranzl & Söhne", "Ludwigstraße 7", "82467 Garmisch", ""),
            ("Alpina Assekuranzmakler GmbH", "Rosenheimer Straße 145", "81671 München", ""),
        ],
        "fr": [
            ("Cabinet Bessac Assurances", "3 place Saint-Léger", "73000 Chambéry", ""),
            ("Montagne Courtage SARL", "27 avenue de Genève", "74000 Annecy", ""),
        ],
    },
    "tourism": {
        "en": [
            ("Visit Lancashire - Rossendale Partnership", "Futures Park", "Bacup OL13 0BB", ""),
            ("Tamworth Visitor Economy Partnership", "Marmion House", "Tamworth B79 7BZ", ""),
            ("Herts Leisure & Tourism Forum", "Civic Centre, Marlowes", "Hemel HP1 1HH", ""),
        ],
        "de": [
            ("GaPa Tourismus GmbH", "Hindenburgstraße 1", "82467 Garmisch-Partenkirchen", ""),
            ("Tourismus Oberstdorf", "Prinzregenten-Platz 1", "87561 Oberstdorf", ""),
            ("Hochschwarzwald Tourismus GmbH", "Freiburger Straße 1", "79856 Hinterzarten", ""),
        ],
        "fr": [
            ("Courchevel Tourisme", "La Croisette", "73120 Courchevel", "04 79 08 00 29"),
            ("Office de Tourisme de Val Thorens", "Maison de Val Thorens", "73440 Val Thorens", ""),
            (
                "Association des Commerçants du Grand-Bornand",
                "Place de l'Église",
                "74450 Le Grand-Bornand",
                "",
            ),
        ],
    },
    "landlord": {
        "en": [
            ("Mrs Hilary Dunn", "14 Moorside Road", "Rossendale BB4 7LP", "07788 412 905"),
            ("Castlefield Lettings", "22 Bolton Street", "Ramsbottom BL0 9HX", ""),
            ("Mr Gareth Price", "Flat 2, 31 Lichfield Street", "Tamworth B79 7QE", ""),
        ],
        "de": [
            ("Gästehaus Bergfrieden, Fam. Hörmann", "Riesserseestraße 14", "82467 Garmisch", ""),
            ("Ferienwohnungen Brutscher", "Am Faltenbach 3", "87561 Oberstdorf", ""),
            ("Hausverwaltung Kaltenbach", "Bärentalstraße 8", "79868 Feldberg", ""),
        ],
        "fr": [
            ("SCI Les Gentianes", "Chalet Les Gentianes, Le Praz", "73120 Courchevel", ""),
            ("Mme Odile Perrier", "Résidence Le Schuss, apt 14", "73440 Val Thorens", ""),
            ("Agence Immobilière du Chinaillon", "Route du Col", "74450 Le Grand-Bornand", ""),
        ],
    },
    "payroll": {
        "en": [
            ("Paywise Bureau Services Ltd", "Acre House, 11 Acre Road", "Bury BL9 0LZ", ""),
            ("Midland Payroll & HR Ltd", "88 Upper Gungate", "Tamworth B79 8AX", ""),
        ],
        "de": [
            ("Lohnbüro Steiner - Steuerberatung", "Zugspitzstraße 60", "82467 Garmisch", ""),
            ("ETL Allgäu Steuerberatung GmbH", "Bahnhofplatz 2", "87435 Kempten", ""),
        ],
        "fr": [
            ("Fiduciaire Alpes Paie", "45 avenue de Chambéry", "73200 Albertville", ""),
            ("Cabinet Savoie Expertise - Pôle social", "2 rue Favre", "73000 Chambéry", ""),
        ],
    },
    "rescue": {
        "en": [
            ("Northwest Event Medics Ltd", "Unit 9, Holden Mill", "Bolton BL1 5DS", ""),
            ("Midshires Event First Aid CIC", "18 Aldergate", "Tamworth B79 7DJ", ""),
        ],
        "de": [
            ("Bergwacht Bayern - Bereitschaft Garmisch", "Hauptstraße 12", "82467 Garmisch", ""),
            (
                "Bergwacht Bayern - Bereitschaft Oberstdorf",
                "Ludwigstraße 2",
                "87561 Oberstdorf",
                "",
            ),
            (
                "Bergwacht Schwarzwald e.V. - Ortsgruppe Feldberg",
                "Dr.-Pilet-Spur 2",
                "79868 Feldberg",
                "",
            ),
        ],
        "fr": [
            (
                "Mairie de Saint-Bon-Tarentaise Courchevel",
                "Place de la Mairie",
                "73120 Courchevel",
                "",
            ),
            (
                "Mairie des Belleville - Régie des pistes",
                "Place de la Mairie",
                "73440 Saint-Martin-de-Belleville",
                "",
            ),
            (
                "Commune du Grand-Bornand - Service des pistes",
                "Place de l'Église",
                "74450 Le Grand-Bornand",
                "",
            ),
        ],
    },
    "social": {
        "en": [
            ("HM Revenue & Customs - NIC&EO International Caseworker", "BX9 1AN", "Newcastle", ""),
        ],
        "de": [
            ("Deutsche Rentenversicherung Schwaben", "Dieselstraße 9", "86154 Augsburg", ""),
            ("AOK Bayern - Die Gesundheitskasse", "Bahnhofstraße 21", "82467 Garmisch", ""),
        ],
        "fr": [
            ("URSSAF Rhône-Alpes - Service international", "TSA 60009", "69833 Saint-Priest", ""),
            (
                "CPAM de la Savoie - Relations internationales",
                "5 avenue Jean Jaurès",
                "73000 Chambéry",
                "",
            ),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Chloe",
        "Daniel",
        "Hannah",
        "Oliver",
        "Priya",
        "Tom",
        "Fiona",
        "Jack",
    ],
    "de": ["Anna", "Lukas", "Julia", "Stefan", "Katrin", "Maximilian", "Lena", "Jonas", "Eva"],
    "fr": ["Camille", "Julien", "Manon", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo", "Zoé"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Hörmann", "Hartmann", "Wolff", "Kaya", "Neuner", "Vogel", "Zahler"],
    "fr": ["Lefèvre", "Mollard", "Girard", "Fontaine", "Chevallier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Chloe", "Hannah", "Priya", "Fiona", "Anna", "Julia", "Katrin", "Lena", "Eva"}
FEMALE |= {"Camille", "Manon", "Sandrine", "Léa", "Zoé"}
KIDS = {
    "en": ["Alfie", "Isla", "Noah", "Poppy", "Harry", "Evie", "Leo", "Ruby", "Archie", "Maisie"],
    "de": ["Finn", "Mia", "Paul", "Emma", "Felix", "Hanna", "Leon", "Marie", "Elias", "Sophie"],
    "fr": ["Lucas", "Chloé", "Louis", "Jade", "Gabriel", "Inès", "Arthur", "Lina", "Jules"],
}
TOWNS = {
    "en": ["Manchester M20 2LF", "Leeds LS6 3HN", "Sheffield S10 2TN", "Birmingham B15 3AU"],
    "de": ["80331 München", "70173 Stuttgart", "86150 Augsburg", "90402 Nürnberg"],
    "fr": ["69006 Lyon", "75017 Paris", "38000 Grenoble", "13008 Marseille"],
}
ROADS = {
    "en": ["Oakfield Road", "Church Lane", "Beech Avenue", "Victoria Street", "Mill Close"],
    "de": ["Lindenstraße", "Goethestraße", "Am Anger", "Bergstraße", "Schulweg"],
    "fr": ["rue Victor Hugo", "avenue Foch", "rue des Tilleuls", "chemin des Vignes"],
}

TALK = {
    "en": {
        "ski": "lesson group instructor meeting point slope level turns parallel snowplough "
        "lift pass helmet equipment progress technique confidence carving session children",
        "legal": "party agreement obligations term termination notice liability employee "
        "season duties uniform conduct safety data law dispute wages",
        "care": "injury slope fall knee wrist patrol first aid ambulance witness snow "
        "visibility helmet collision assessment treatment hospital",
        "resort": "season opening events visitors guests marketing brochure website members "
        "partners opening hours snow conditions calendar festival torchlight",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "ski": "Kurs Gruppe Skilehrer Treffpunkt Piste Könnensstufe Schwünge Pflug Parallel "
        "Skipass Helm Ausrüstung Fortschritt Technik Sicherheit Kinder Übungshang",
        "legal": "Vertragsparteien Pflichten Laufzeit Kündigung Haftung Arbeitnehmer Saison "
        "Arbeitszeit Dienstkleidung Verhalten Datenschutz Vergütung Urlaub",
        "care": "Verletzung Piste Sturz Knie Handgelenk Bergwacht Erste Hilfe Rettung Zeuge "
        "Schnee Sicht Helm Zusammenstoß Behandlung Klinik",
        "resort": "Saisoneröffnung Veranstaltungen Gäste Marketing Prospekt Website Mitglieder "
        "Partner Öffnungszeiten Schneelage Kalender Gästekarte Fackellauf",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "ski": "cours groupe moniteur rendez-vous piste niveau virages chasse-neige parallèle "
        "forfait casque matériel progression technique sécurité enfants jardin",
        "legal": "parties contrat obligations durée rupture préavis responsabilité salarié "
        "saison horaires tenue comportement sécurité données rémunération",
        "care": "blessure piste chute genou poignet pisteurs secours premiers soins témoin "
        "neige visibilité casque collision évacuation cabinet médical",
        "resort": "ouverture saison animations vacanciers promotion brochure site adhérents "
        "partenaires horaires enneigement calendrier descente aux flambeaux",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "ski", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "ski", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The school of a stream: country, month, and what the previous document was about
# ---------------------------------------------------------------------------------------------

SCHOOL: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 1, 1)}
#: What the previous document was about (a companion takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SCHOOL["lang"])


def month() -> date:
    m = SCHOOL["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's school and ``key``: a run or a repeat keeps
    its sender."""
    text = f"poacher/{key}/{who.name}/{who.street}/{who.city}/{SCHOOL['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_extra(kinds: tuple[str, ...]) -> dict[str, object] | None:
    ex = LAST["extra"]
    return ex if after(kinds) and isinstance(ex, dict) else None


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def a_name(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Herr/Frau or Monsieur/Madame before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def abroad(r: random.Random, odds: float) -> str:
    """The school's language, or with ``odds`` another of the three."""
    lg = home()
    if r.random() < odds:
        return r.choice([x for x in ("en", "de", "fr") if x != lg])
    return lg


def season(d: date) -> str:
    y = d.year if d.month >= 7 else d.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "school": ("Ski - Snowboard - Freestyle", "Ski - Snowboard - Langlauf", "Ski - Snowboard"),
    "lift": ("Lifts - Slope - Passes", "Bergbahnen - Skipässe", "Remontées mécaniques"),
    "hire": ("Ski & board hire - servicing", "Verleih - Service - Depot", "Location - Atelier"),
    "tourism": ("Visitor information", "Gästeinformation", "Accueil - Information"),
    "operator": ("Group travel", "Gruppenreisen", "Séjours de groupes"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("official", "social", "rescue") and r.random() < 0.7:
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse Oberland', 'Raiffeisenbank Oberallgäu', 'Volksbank Freiburg'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['München', 'Kempten', 'Freiburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Florian Hörmann", "Dr. Ulrike Brandes", "Markus Feldhaus"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['8551Z', '4931Z', '7721Z', '6820B', '9311Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Chambéry', 'Annecy', 'Albertville'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "CIC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"poacher/head/{name}/{SCHOOL['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("official", "social", "rescue") and not name.startswith(("Northwest", "Midsh")):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("person", "instructor"):
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 and role != "person" else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'bookings', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role != "person"
        else "",
    )


def school_row() -> Row:
    return SCHOOLS[home()][int(SCHOOL["row"])]  # type: ignore[call-overload]


def school_head() -> Head:
    return make_head(school_row(), home(), "school")


def school_name() -> str:
    return school_row()[0]


def head_of(who: Issuer, role: str, odds: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and school), of the
    school's country or, with ``odds``, of another."""
    r = keyed(who, role)
    lang = abroad(r, odds)
    rows = SENDERS[role][lang]
    if role in ("lift", "tourism", "rescue") and lang == home():
        return make_head(rows[int(SCHOOL["row"]) % len(rows)], lang, role)
    return make_head(r.choice(rows), lang, role)


def person_head(r: random.Random, lang: str, name: str | None = None) -> Head:
    """A private sender (a guest, an instructor) with a plain head of their home address."""
    nm = name or a_name(r, lang)
    road, town = r.choice(ROADS[lang]), r.choice(TOWNS[lang])
    no = r.randint(1, 80)
    street = f"{road} {no}" if lang == "de" else f"{no} {road}"
    phone = {"en": "07", "de": "0171 ", "fr": "06 "}[lang] + serial(r, "99 99 99 99")
    return make_head((nm, street, town, phone), lang, "person")


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
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def peaks(p: Page, x: float, y: float, w: float = 30) -> None:
    """A small mountain logo: two peaks over a base line."""
    p.line(x, y + 14, x + w * 0.35, y)
    p.line(x + w * 0.35, y, x + w * 0.6, y + 9)
    p.line(x + w * 0.5, y + 5, x + w * 0.72, y - 4)
    p.line(x + w * 0.72, y - 4, x + w, y + 14)
    p.line(x, y + 14, x + w, y + 14)
    p.line(x + w * 0.27, y + 4, x + w * 0.43, y + 4)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if w < 440:
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
    tag = TAGLINES.get(h.role)
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role in ("school", "lift"):
            peaks(p, w / 2 - 15, y - 26)
            y += 6
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        if h.role in ("school", "lift", "tourism"):
            peaks(p, m, y - 10, 26)
            x0 = m + 34
        else:
            x0 = m
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - x0)
        p.text(x0, y + 4, h.name, h.bold, pt)
        if tag:
            p.text(x0, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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


def plain(s: Style, header: str = "", foot: int = 0) -> Sheets:
    """Pages with no letterhead: a running header (if ``header``) on every page."""

    def start(p: Page, n: int) -> float:
        return running_header(p, s, header) + 6 if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * foot - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or name.split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the school's received stamp on the first page."""
    if rng.random() < odds:
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
                        "en": ["Bookings", "Accounts", "Office"],
                        "de": ["Büro", "Buchhaltung", "Kursbüro"],
                        "fr": ["Bureau", "Compta", "Réservations"],
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
            "Nous vous prions d'agréer nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"poacher/staff/{tag}/{h.name}/{SCHOOL['seed']}".encode()))
    return a_name(r, h.lang)


def director() -> str:
    return staff(school_head(), "director")


def school_lines(att: str = "") -> list[str]:
    name, street, town, _ = school_row()
    return [name, *([att] if att else []), street, town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str, kind: str = "std") -> float:
    if kind == "lift":
        return {"en": 20.0, "de": 7.0, "fr": 10.0}[lang]
    if kind == "lesson":
        return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]
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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
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
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
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
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def lined(p: Page, x0: float, x1: float, y0: float, y1: float, gap: float = 18) -> list[float]:
    """Ruled writing lines from ``y0`` to ``y1``; their baselines."""
    out = []
    y = y0
    while y <= y1:
        p.line(x0, y, x1, y)
        out.append(y)
        y += gap
    return out


def scribble(
    p: Page,
    rng: random.Random,
    lg: str,
    topic: str,
    x: float,
    w: float,
    ys: list[float],
    pt: float = 9.5,
) -> None:
    """Handwriting on the ruled lines ``ys`` (some left empty at the end)."""
    text = prose(rng, lg, topic, 2, 5)
    lines = wrap(text, HAND, pt, w)
    for y, ln in zip(ys, lines, strict=False):
        p.text(x + 2, y - 3, ln, HAND, pt)


def level_names(lg: str) -> list[str]:
    return {
        "en": ["Beginner", "Novice", "Intermediate", "Advanced", "Expert"],
        "de": ["Anfänger", "Pflug", "Grundschwung", "Parallel", "Könner"],
        "fr": ["Débutant", "Ourson", "Flocon", "1re-2e Étoile", "3e Étoile+"],
    }[lg]


def grid(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    heads: list[str],
    spec: list[float],
    rows: list[list[str]],
    empty: int = 0,
    tall: float = 16,
    pt: float = 8.5,
    font: str = HAND,
) -> float:
    """A ruled form table: printed heads, ``rows`` entered (by hand unless ``font``), then
    ``empty`` blank rows; the y under it."""
    total = sum(spec)
    xs = [x]
    for v in spec:
        xs.append(xs[-1] + w * v / total)
    p.rect(x, y, w, tall, fill=0.88)
    for k, t in enumerate(heads):
        p.text(xs[k] + 2, y + tall - 5, fit(t, s.bold, 6.5, xs[k + 1] - xs[k] - 4), s.bold, 6.5)
    n = len(rows) + empty
    p.rect(x, y, w, tall * (n + 1))
    for k in range(1, n + 1):
        p.line(x, y + tall * k, x + w, y + tall * k)
    for xx in xs[1:-1]:
        p.line(xx, y, xx, y + tall * (n + 1))
    for r_, row in enumerate(rows):
        yy = y + tall * (r_ + 2) - 4.5
        for k, t in enumerate(row):
            if t:
                p.text(xs[k] + 3, yy, fit(t, font, pt, xs[k + 1] - xs[k] - 5), font, pt)
    return y + tall * (n + 1) + 12


def form_code(p: Page, text: str, left: bool = True) -> None:
    w, h = p.size
    p.text(24 if left else w - 24, h - 16, text, "Helvetica", 6, "left" if left else "right")


# ---------------------------------------------------------------------------------------------
# Templates HHHHH: guests, groups and the school's own paper
# ---------------------------------------------------------------------------------------------

PARTICIPANT_TERMS = {
    "en": [
        "Skiing and snowboarding are sports with inherent risks of injury, including falls and "
        "collisions, which instruction reduces but cannot remove.",
        "Participants must disclose any medical condition, injury or medication that may affect "
        "their ability to take part safely.",
        "Helmets are compulsory for all participants under 16 and strongly recommended for all.",
        "Instructors may move a participant to another group if their ability does not match the "
        "level booked. No refund is given for missed lessons except on a doctor's certificate.",
        "Participants follow the FIS rules of conduct and the instructions of the instructor and "
        "slope staff at all times.",
        "Photographs taken during lessons may be used on our website and social media unless "
        "you tick the box below.",
        "Your data are kept for the season and for the retention periods required by law.",
    ],
    "de": [
        "Ski- und Snowboardfahren sind Sportarten mit Verletzungsrisiko (Stürze, Zusammenstöße), "
        "das durch Unterricht verringert, aber nicht ausgeschlossen wird.",
        "Gesundheitliche Einschränkungen, Verletzungen oder Medikamente sind vor Kursbeginn "
        "mitzuteilen.",
        "Für Kinder unter 14 Jahren besteht Helmpflicht; wir empfehlen allen Teilnehmern einen "
        "Helm.",
        "Die Skischule behält sich vor, Teilnehmer in eine andere Gruppe einzuteilen. Versäumte "
        "Kurstage werden nur gegen ärztliches Attest erstattet.",
        "Es gelten die FIS-Verhaltensregeln. Den Anweisungen der Skilehrer ist Folge zu leisten.",
        "Fotos aus dem Unterricht dürfen auf unserer Website verwendet werden, sofern unten nicht "
        "widersprochen wird.",
        "Die Skischule haftet nur für Vorsatz und grobe Fahrlässigkeit, soweit gesetzlich "
        "zulässig.",
    ],
    "fr": [
        "La pratique du ski et du snowboard comporte des risques de chute et de collision que "
        "l'enseignement réduit sans les supprimer.",
        "Tout problème de santé, blessure ou traitement doit être signalé avant le début du cours.",
        "Le port du casque est obligatoire pour les enfants et vivement conseillé pour tous.",
        "L'école peut changer un élève de groupe si son niveau ne correspond pas. Les cours non "
        "suivis ne sont remboursés que sur présentation d'un certificat médical.",
        "Les élèves respectent les règles de conduite FIS et les consignes du moniteur.",
        "Les photos prises pendant les cours peuvent être publiées sauf opposition ci-dessous.",
        "L'assurance Carré Neige ou équivalente est vivement recommandée.",
    ],
}


def a_guest(rng: random.Random, lg: str) -> dict[str, object]:
    """A family or group of friends booking lessons: lead booker and participants."""
    last = rng.choice(LASTS[lg])
    lead = f"{rng.choice(FIRSTS[lg])} {last}"
    n = rng.choice([1, 2, 2, 3, 3, 4, 5])
    people = []
    kids, adults = rng.sample(KIDS[lg], 5), rng.sample(FIRSTS[lg], 5)
    for k in range(n):
        kid = (rng.random() < 0.6 and k > 0) or (n == 1 and rng.random() < 0.3)
        first = kids[k] if kid else adults[k]
        age = rng.randint(4, 15) if kid else rng.randint(19, 58)
        people.append((f"{first} {last}", age))
    if rng.random() < 0.5:
        people[0] = (lead, rng.randint(32, 55))
    return {"lead": lead, "lang": lg, "people": people, "no": serial(rng, "99999")}


def tpl_lesson_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest's booking form on the school's form filled in by hand: lead booker, the
    participants with age, discipline and level, the lessons ticked, hire and payment; the
    participation declaration signed on a page of its own, now and then a parent's consent
    slip for a child in ski kindergarten."""
    r = keyed(who, "guest-lang")
    glg = abroad(r, 0.3)
    g = a_guest(rng, glg)
    sh = school_head()
    flg = home() if glg == home() or rng.random() < 0.5 else "en"
    s = style_of(sh, A4, margin=42, pt=9)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(3, 40))
    days_n = rng.choice([3, 5, 5, 6])
    p1 = Page(A4)
    y = heading(p1, s, sh)
    title = tr(
        flg, "LESSON BOOKING FORM", "ANMELDUNG SKI- UND SNOWBOARDKURS", "BULLETIN D'INSCRIPTION"
    )
    p1.text(m, y, fit(title, s.bold, 13, w - 2 * m - 120), s.bold, 13)
    p1.text(w - m, y, f"{tr(flg, 'Season', 'Saison', 'Saison')} {season(d)}", s.font, 8, "right")
    y += 10
    p1.text(
        w - m,
        y + 4,
        tr(
            flg,
            "Office use: booking no. ______",
            "Büro: Buchungs-Nr. ______",
            "Réservé école : n° ______",
        ),
        s.font,
        7,
        "right",
    )
    if rng.random() < 0.7:
        hand(p1, w - m - 25, y + 1, str(g["no"]), 9)
    y += 20
    lead = str(g["lead"])
    people = list(g["people"])  # type: ignore[call-overload]
    y = band(
        p1, s, y, tr(flg, "1. Lead booker", "1. Kontaktperson", "1. Responsable de la réservation")
    )
    ph = person_head(random.Random(zlib.crc32(lead.encode())), glg, lead)
    y = fields(
        p1,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(flg, "Name", "Name", "Nom et prénom"), lead),
            (tr(flg, "Mobile", "Mobil", "Portable"), ph.phone),
            (tr(flg, "Home address", "Heimatadresse", "Adresse"), f"{ph.street}, {ph.town}"),
            (
                "E-mail",
                f"{lead.split()[0].lower()}.{lead.split()[-1].lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
            (
                tr(flg, "Accommodation in resort", "Unterkunft im Ort", "Hébergement sur place"),
                rng.choice(
                    [
                        "Hotel Alpina",
                        "Chalet Edelweiss",
                        "Résidence Le Cristal",
                        "Ferienwohnung Zugblick",
                        "Travelodge",
                    ]
                ),
            ),
            (
                tr(flg, "Arrival - departure", "Anreise - Abreise", "Arrivée - départ"),
                f"{short(start - timedelta(days=1), glg)} - "
                f"{short(start + timedelta(days=days_n), glg)}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p1, s, y, tr(flg, "2. Participants", "2. Teilnehmer", "2. Participants"))
    lv = level_names(flg)
    rows = []
    for name, age in people:
        rows.append(
            [
                name,
                str(age),
                rng.choice(["Ski", "Ski", "Snowboard"] if age > 7 else ["Ski"]),
                rng.choice(lv[:3] if age < 9 else lv),
                rng.choice(
                    ["Gr. AM", "Gr. PM", "Priv.", "Kids"] if age < 13 else ["Gr. AM", "Priv."]
                ),
                rng.choice(["", "", "", *NOTES[glg]]),
            ]
        )
    y = grid(
        p1,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(flg, "Name", "Vor- und Nachname", "Nom, prénom"),
            tr(flg, "Age", "Alter", "Âge"),
            tr(flg, "Ski/Board", "Ski/Board", "Ski/Surf"),
            tr(flg, "Level", "Könnensstufe", "Niveau"),
            tr(flg, "Lesson", "Kurs", "Cours"),
            tr(flg, "Notes", "Bemerkungen", "Remarques"),
        ],
        [3.2, 0.8, 1.2, 1.7, 1.2, 1.9],
        rows,
        empty=max(1, 6 - len(rows)),
    )
    p1.text(
        m,
        y - 2,
        fit(
            tr(
                flg,
                "Levels: " + " / ".join(lv),
                "Stufen: " + " / ".join(lv),
                "Niveaux : " + " / ".join(lv),
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y += 12
    y = band(p1, s, y, tr(flg, "3. Lessons", "3. Kurswahl", "3. Cours choisis"))
    opts = [
        tr(flg, "Group lessons mornings", "Gruppenkurs vormittags", "Cours collectif matin"),
        tr(
            flg, "Group lessons afternoons", "Gruppenkurs nachmittags", "Cours collectif après-midi"
        ),
        tr(flg, "Private lesson", "Privatstunde", "Cours particulier"),
        tr(flg, "Kids club with lunch", "Kinderskikurs mit Mittagessen", "Club enfants avec repas"),
        tr(flg, "Off-piste / freeride", "Freeride", "Hors-piste"),
    ]
    y = ticks(
        p1, s, m + 4, y + 12, w - 2 * m - 8, opts, set(rng.sample(range(5), rng.randint(1, 2))), 8.5
    )
    hand(
        p1,
        m + 4,
        y + 8,
        f"{tr(flg, 'from', 'ab', 'du')} {short(start, glg)}  x {days_n} "
        f"{tr(flg, 'days', 'Tage', 'jours')}",
        10,
    )
    y += 24
    y = band(
        p1,
        s,
        y,
        tr(
            flg,
            "4. Hire, lift pass and payment",
            "4. Verleih, Skipass und Zahlung",
            "4. Location, forfaits et règlement",
        ),
    )
    y += 12
    y = ticks(
        p1,
        s,
        m + 4,
        y,
        w - 2 * m,
        [
            tr(
                flg,
                "Equipment hire via partner shop",
                "Leihausrüstung über Partnershop",
                "Location via magasin partenaire",
            ),
            *yes_no(flg),
        ],
        {rng.choice([1, 2])},
        8.5,
    )
    y = ticks(
        p1,
        s,
        m + 4,
        y + 4,
        w - 2 * m,
        [
            tr(
                flg,
                "Lift passes to be bought by the school",
                "Skipässe über die Skischule",
                "Forfaits achetés par l'école",
            ),
            *yes_no(flg),
        ],
        {rng.choice([1, 2])},
        8.5,
    )
    y = ticks(
        p1,
        s,
        m + 4,
        y + 4,
        w - 2 * m,
        [
            tr(flg, "Card", "EC-/Kreditkarte", "CB"),
            tr(flg, "Cash", "Bar", "Espèces"),
            tr(flg, "Bank transfer", "Überweisung", "Virement"),
            "Voucher",
        ],
        {rng.randrange(4)},
        8.5,
    )
    deposit = rng.choice([50, 80, 100, 150, 200])
    p1.text(m + 4, y + 8, tr(flg, "Deposit paid:", "Anzahlung:", "Acompte versé :"), s.font, 8.5)
    hand(p1, m + 90, y + 8, cash(float(deposit), home()), 10)
    if rng.random() < 0.6:
        y = band(
            p1,
            s,
            y + 34,
            tr(flg, "For office use", "Vermerke Skischule", "Cadre réservé à l'école"),
            0.9,
        )
        y = fields(
            p1,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(flg, "Group / instructor", "Gruppe / Skilehrer", "Groupe / moniteur"),
                    f"{rng.randint(1, 14)} / {a_name(rng, home()).split()[0]}",
                ),
                (
                    tr(flg, "Paid", "Bezahlt", "Payé"),
                    cash(float(rng.choice([240, 395, 520, 610, 880])), home())
                    if rng.random() < 0.7
                    else "",
                ),
                (
                    tr(flg, "Entered", "Erfasst", "Saisi"),
                    short(d + timedelta(days=1), home()) if rng.random() < 0.6 else "",
                ),
            ],
            per=3,
            tall=24,
        )
    p1.text(
        w - m,
        hh - 40,
        tr(
            flg,
            "Please read and sign the declaration overleaf >",
            "Bitte Rückseite beachten und unterschreiben >",
            "Merci de lire et signer au verso >",
        ),
        s.bold,
        8,
        "right",
    )
    code = f"{serial(keyed(who, 'fc'), 'AA')}-{rng.choice(['01', '02', '03'])}/{d.year % 100}"
    form_code(p1, code)
    # the declaration
    p2 = Page(A4)
    y = m
    p2.text(
        w / 2,
        y,
        tr(
            flg,
            "ACKNOWLEDGEMENT OF RISK AND DECLARATION",
            "TEILNAHMEBEDINGUNGEN UND ERKLÄRUNG",
            "CONDITIONS DE PARTICIPATION ET DÉCHARGE",
        ),
        s.bold,
        11,
        "center",
    )
    y += 26
    for k, t in enumerate(PARTICIPANT_TERMS[flg]):
        lines = wrap(t, s.font, 8.5, w - 2 * m - 18)
        p2.text(m, y, f"{k + 1}.", s.bold, 8.5)
        for ln in lines:
            p2.text(m + 18, y, ln, s.font, 8.5)
            y += 11.5
        y += 5
    y += 6
    y = band(
        p2,
        s,
        y,
        tr(flg, "Medical information", "Gesundheitliche Angaben", "Informations médicales"),
    )
    y += 12
    med = rng.random() < 0.25
    y = ticks(
        p2,
        s,
        m + 4,
        y,
        w - 2 * m,
        [
            tr(
                flg,
                "Does any participant have a medical condition?",
                "Bestehen gesundheitliche Einschränkungen?",
                "Un participant a-t-il un problème de santé ?",
            ),
            *yes_no(flg),
        ],
        {1 if med else 2},
        8.5,
    )
    lined(p2, m, w - m, y + 14, y + 46)
    if med:
        hand(
            p2,
            m + 4,
            y + 11,
            rng.choice(
                [
                    "Emma - asthma, inhaler in jacket",
                    "Paul: Epi-Pen (Nüsse)",
                    "Lina diabète type 1",
                    "knee op 2023, no jumps",
                ]
            ),
            9.5,
        )
    y += 62
    y = ticks(
        p2,
        s,
        m + 4,
        y,
        w - 2 * m,
        [
            tr(
                flg,
                "I do not agree to photographs",
                "Ich widerspreche Fotos",
                "Je refuse les photos",
            )
        ],
        {0} if rng.random() < 0.2 else set(),
        8.5,
    )
    y += 10
    p2.text(
        m,
        y,
        fit(
            tr(
                flg,
                "I have read the conditions above and the school's terms of booking and accept "
                "them for all participants named overleaf.",
                "Ich habe die Bedingungen gelesen und erkenne sie für alle umseitig genannten "
                "Teilnehmer an.",
                "J'ai pris connaissance des conditions ci-dessus et les accepte pour tous les "
                "participants.",
            ),
            s.font,
            8.5,
            w - 2 * m,
        ),
        s.font,
        8.5,
    )
    y += 40
    p2.text(m, y, tr(flg, "Place, date", "Ort, Datum", "Lieu, date"), s.font, 7.5)
    p2.text(
        w / 2 + 10,
        y,
        tr(
            flg,
            "Signature (parent/guardian for minors)",
            "Unterschrift (bei Minderjährigen Erziehungsberechtigte)",
            "Signature (du représentant légal pour les mineurs)",
        ),
        s.font,
        7.5,
    )
    p2.line(m, y - 10, w / 2 - 20, y - 10)
    p2.line(w / 2 + 10, y - 10, w - m, y - 10)
    hand(p2, m + 4, y - 14, f"{ph.town.split()[-1]}, {short(d, glg)}", 9.5)
    scrawl(p2, w / 2 + 20, y - 13, lead)
    form_code(p2, code)
    if rng.random() < 0.5:
        for k, p in enumerate((p1, p2)):
            p.text(w - m, hh - 16, f"{k + 1}/2", "Helvetica", 7, "right")
    pages = [p1, p2]
    kids = [(n, a) for n, a in people if a < 7]
    if kids and rng.random() < 0.6:
        p3 = Page(A5)
        s3 = style_of(sh, A5, margin=32, pt=8.5)
        y = heading(p3, s3, sh)
        p3.text(
            A5[0] / 2,
            y,
            tr(
                flg,
                "Kindergarten - parent's consent",
                "Skikindergarten - Einverständnis",
                "Jardin des neiges - autorisation parentale",
            ),
            s3.bold,
            10,
            "center",
        )
        y += 22
        y = fields(
            p3,
            s3,
            32,
            y,
            A5[0] - 64,
            [
                (tr(flg, "Child", "Kind", "Enfant"), kids[0][0]),
                (tr(flg, "Age", "Alter", "Âge"), str(kids[0][1])),
                (tr(flg, "Collected by", "Abholung durch", "Récupéré par"), lead),
                (tr(flg, "Emergency phone", "Notfalltelefon", "Tél. urgence"), ph.phone),
            ],
            per=2,
            tall=24,
        )
        y = ticks(
            p3,
            s3,
            36,
            y + 4,
            A5[0] - 72,
            [
                tr(flg, "Lunch", "Mittagessen", "Repas"),
                tr(flg, "Nappies", "Windeln", "Couches"),
                tr(flg, "Allergies", "Allergien", "Allergies"),
            ],
            {0},
            8,
        )
        y += 20
        p3.line(A5[0] / 2, y, A5[0] - 32, y)
        scrawl(p3, A5[0] / 2 + 6, y - 3, lead, 11)
        p3.text(
            A5[0] / 2,
            y + 10,
            tr(flg, "Parent / guardian", "Erziehungsberechtigte/r", "Parent"),
            s3.font,
            7,
        )
        pages.append(p3)
    received(rng, p1, home(), d, 0.2)
    remember(d, {**g, "start": start, "days": days_n, "deposit": deposit})
    return pages


DOCTORS = {
    "en": [
        (
            "Rossendale Minor Injuries Unit",
            "Rossendale Primary Health Care Centre",
            "Rawtenstall BB4 6NE",
        )
    ],
    "de": [
        (
            "Dr. med. Andreas Wimmer - Unfallchirurgie, Sportmedizin",
            "Bahnhofstraße 3",
            "82467 Garmisch-Partenkirchen",
        ),
        ("Gemeinschaftspraxis Dres. Kögel & Fink", "Kirchstraße 8", "87561 Oberstdorf"),
    ],
    "fr": [
        (
            "Cabinet médical des Arolles - Médecins de montagne",
            "Rue de la Croisette",
            "73120 Courchevel",
        ),
        ("Centre médical Val Thorens Santé", "Place Caron", "73440 Val Thorens"),
    ],
}


def doctor_note(rng: random.Random, lg: str, patient: str, d: date, days_n: int) -> Page:
    """A doctor's certificate that the patient cannot ski, on A5 or A4."""
    row = rng.choice(DOCTORS[lg])
    h = make_head((row[0], row[1], row[2], serial(rng, "99 99 99 99")), lg, "doctor")
    size = rng.choice([A5, A4])
    s = style_of(h, size, margin=36 if size == A5 else 60)
    f = sheets(s, h)
    w, hh = size
    m = s.margin
    caption(f, s, tr(lg, "MEDICAL CERTIFICATE", "ÄRZTLICHES ATTEST", "CERTIFICAT MÉDICAL"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"I certify that I examined {patient} on {short(d, lg)}. The patient is unfit to take "
            f"part in skiing or snowboarding for {days_n} days from that date.",
            f"Hiermit wird bescheinigt, dass {patient} am {short(d, lg)} in meiner Praxis "
            f"untersucht wurde und für {days_n} Tage ab diesem Datum keinen Wintersport "
            "ausüben kann.",
            f"Je soussigné certifie avoir examiné ce jour {patient} et que son état de santé "
            f"contre-indique la pratique du ski pendant {days_n} jours à compter du "
            f"{short(d, lg)}.",
        ),
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Diagnosis withheld at the patient's request.",
                "Diagnose auf Wunsch des Patienten nicht angegeben.",
                "Certificat remis en main propre pour servir et valoir ce que de droit.",
            ),
            s.size - 1,
        )
    f.y += 20
    hand(f.page, m, f.y, short(d, lg))
    scrawl(f.page, w / 2, f.y, row[0].split(" - ")[0].replace("Dr. med. ", "Dr "))
    f.y += 14
    seal(
        f.page,
        w - m - 50,
        min(f.y + 40, hh - 70),
        36,
        row[0].split(" - ")[0][:28],
        row[2].split()[-1],
    )
    return f.pages[0]


def tpl_refund_request(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest asks for lessons missed through injury or illness to be refunded: a typed
    letter or a printed e-mail, with the doctor's certificate behind and now and then a copy
    of the booking receipt."""
    ex = last_extra(("lesson_booking",))
    if ex is None:
        ex = a_guest(keyed(who, "g"), abroad(keyed(who, "guest-lang"), 0.3))
        ex.update(start=some_day(rng), days=5, deposit=100)
    lg = str(ex["lang"])
    lead = str(ex["lead"])
    people = list(ex["people"])  # type: ignore[call-overload]
    hurt = rng.choice(people)[0]
    start = ex["start"]
    assert isinstance(start, date)
    days_n = int(ex["days"])  # type: ignore[call-overload]
    hurt_day = start + timedelta(days=rng.randint(0, max(0, days_n - 2)))
    missed = rng.randint(1, max(1, days_n - 1))
    d = hurt_day + timedelta(days=rng.randint(4, 20))
    ph = person_head(random.Random(zlib.crc32(lead.encode())), lg, lead)
    sh = school_head()
    email = rng.random() < 0.45
    size = LETTER if lg == "en" and rng.random() < 0.2 else A4
    s = style_of(ph, size, margin=60)
    w, _ = size
    m = s.margin
    ref = f"{tr(lg, 'Booking', 'Buchung', 'Réservation')} {ex['no']}"
    if email:
        f = plain(s)
        mail_to = sh.mail or f"info@{school_name().split()[0].lower()}.com"
        f.page.text(m, f.y, fit(lead, s.bold, 11, w - 2 * m), s.bold, 11)
        f.page.line(m, f.y + 6, w - m, f.y + 6)
        f.y += 22
        subj = tr(
            lg,
            f"Refund request - {ref}",
            f"Erstattung Kurstage - {ref}",
            f"Demande de remboursement - {ref}",
        )
        for k, v in [
            (
                tr(lg, "From", "Von", "De"),
                f"{lead} <{lead.split()[0].lower()}.{lead.split()[-1].lower()}@gmail.com>",
            ),
            (
                tr(lg, "Sent", "Gesendet", "Envoyé"),
                f"{day(ph, d)} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "To", "An", "À"), mail_to),
            (tr(lg, "Subject", "Betreff", "Objet"), subj),
            (tr(lg, "Attachments", "Anlagen", "Pièces jointes"), "certificate.pdf"),
        ]:
            f.page.text(m, f.y, f"{k}:", s.bold, 8.5)
            f.page.text(m + 70, f.y, fit(v, s.font, 8.5, w - 2 * m - 70), s.font, 8.5)
            f.y += 11
        f.y += 14
    else:
        f = sheets(s, ph)
        recipient(f, s, ph, school_lines(), d, [])
        caption(f, s, tr(lg, f"Re: {ref}", f"Betreff: {ref}", f"Objet : {ref}"), 0)
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"We booked {days_n} days of lessons from {short(start, lg)}. Unfortunately {hurt} "
            f"was injured on {short(hurt_day, lg)} and could not take part in the remaining "
            f"{missed} days, as the enclosed certificate confirms.",
            f"wir hatten ab {short(start, lg)} einen {days_n}-tägigen Kurs gebucht. Leider hat "
            "sich "
            f"{hurt} am {short(hurt_day, lg)} verletzt und konnte an den restlichen {missed} "
            "Kurstagen nicht teilnehmen (siehe beiliegendes Attest).",
            f"nous avions réservé {days_n} jours de cours à partir du {short(start, lg)}. "
            f"Malheureusement {hurt} s'est blessé(e) le {short(hurt_day, lg)} et n'a pas pu "
            f"suivre les {missed} jours restants, comme l'atteste le certificat joint.",
        ),
    )
    write(f, s, prose(rng, lg, "care", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "We would be grateful if you could refund the lessons not taken to the card used "
            "for payment.",
            "Wir bitten um Erstattung der nicht genutzten Kurstage auf unser Konto "
            f"IBAN DE{rng.randint(10, 99)} {serial(rng, '9999 9999 9999 9999 99')}.",
            "Nous vous remercions de bien vouloir nous rembourser les cours non suivis.",
        ),
    )
    regards(f, s, lg, lead, "")
    pages = list(f.pages)
    pages.append(doctor_note(rng, home(), hurt, hurt_day, rng.randint(missed, missed + 10)))
    if rng.random() < 0.35:
        p = Page(A4)
        copier_edge(p, rng)
        x, y = 120.0, 120.0
        p.rect(x, y, 230, 300)
        p.text(x + 115, y + 20, school_name(), "Helvetica-Bold", 8, "center")
        p.text(
            x + 115,
            y + 34,
            tr(home(), "RECEIPT", "QUITTUNG", "REÇU"),
            "Helvetica-Bold",
            10,
            "center",
        )
        yy = y + 60
        for t, v in [
            (tr(home(), "Booking", "Buchung", "Réservation"), str(ex["no"])),
            (tr(home(), "Name", "Name", "Nom"), lead),
            (tr(home(), "Lessons", "Kurs", "Cours"), f"{days_n} x {len(people)}"),
            (
                tr(home(), "Paid", "Bezahlt", "Payé"),
                cash(float(rng.choice([240, 395, 520, 610])), home()),
            ),
        ]:
            p.text(x + 12, yy, t, "Courier", 8)
            p.text(x + 218, yy, fit(v, "Courier", 8, 120), "Courier", 8, "right")
            yy += 14
        p.text(x + 115, yy + 20, short(start - timedelta(days=1), home()), "Courier", 8, "center")
        pages.append(p)
    received(rng, pages[0], home(), d, 0.4)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Groups from tour operators and schools
# ---------------------------------------------------------------------------------------------


def a_group(rng: random.Random, h: Head) -> dict[str, object]:
    lg = h.lang
    start = some_day(rng) + timedelta(days=rng.randint(5, 35))
    n = rng.choice([12, 18, 24, 31, 38, 44, 52])
    leaders = rng.randint(2, 5)
    pax = []
    lasts = LASTS[lg] + LASTS[rng.choice(["en", "de", "fr"])]
    for _ in range(n):
        kid = h.role == "operator" and (
            "School" in h.name
            or "Academy" in h.name
            or "Gymnasium" in h.name
            or "Collège" in h.name
            or "Scout" in h.name
            or "Klassen" in h.name
            or "Scolaires" in h.name
        )
        first = rng.choice(KIDS[lg] if kid or rng.random() < 0.5 else FIRSTS[lg])
        age = rng.randint(11, 16) if kid else rng.randint(14, 55)
        pax.append((f"{first} {rng.choice(lasts)}", age))
    return {
        "name": h.name,
        "lang": lg,
        "ref": serial(rng, rng.choice(["GRP-99999", "9999/AA", "TO999999", "K-9999-99"])),
        "start": start,
        "days": rng.choice([5, 6, 6]),
        "pax": pax,
        "leaders": leaders,
        "hours": rng.choice([2, 3, 4]),
        "hire": rng.random() < 0.7,
    }


NOTES = {
    "en": ["nut allergy", "asthma", "vegetarian", "glasses", "coeliac"],
    "de": ["Nussallergie", "Asthma", "vegetarisch", "Brille", "Laktose"],
    "fr": ["allergie arachide", "asthme", "végétarien", "lunettes", "sans gluten"],
}


def operator_head(who: Issuer) -> Head:
    r = keyed(who, "op-lang")
    lg = abroad(r, 0.25)
    h = make_head(r.choice(SENDERS["operator"][lg]), lg, "operator")
    if lg == "en" and home() != "en" and r.random() < 0.4:
        h = make_head(
            (
                "Summit Bound Travel Inc.",
                "1600 Wynkoop St, Suite 300",
                "Denver, CO 80202",
                "+1 303 555 0142",
            ),
            "en",
            "operator",
        )
        h.dates = "us"
    return h


def tpl_group_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A tour operator's or a school's group booking: a letter with the group, dates,
    lesson hours, lift passes and hire, then the rooming and participant list on landscape
    pages (room, name, age, discipline, ability, hire sizes)."""
    h = operator_head(who)
    lg = h.lang
    us = "Denver" in h.town
    g = a_group(rng, h)
    size = LETTER if us else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    start = g["start"]
    assert isinstance(start, date)
    days_n = int(g["days"])  # type: ignore[call-overload]
    pax = list(g["pax"])  # type: ignore[call-overload]
    title = f"{tr(lg, 'Group booking', 'Gruppenbuchung', 'Réservation groupe')} {g['ref']}"
    f = sheets(s, h, title)
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "Group bookings", "Gruppenbüro", "Service groupes")),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), str(g["ref"]))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Group booking request - ski and snowboard tuition",
            "Verbindliche Gruppenbuchung Skikurs",
            "Demande de réservation - cours de ski pour groupe",
        ),
        1.5,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Further to our conversation we would like to book tuition for the following group:",
            "wie telefonisch besprochen buchen wir für folgende Gruppe verbindlich:",
            "suite à notre échange, nous souhaitons réserver les prestations suivantes :",
        ),
    )
    f.y = pairs(
        f.page,
        s,
        m + 10,
        f.y,
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), fit(h.name.split(" - ")[0], s.font, 9, 260)),
            (
                tr(lg, "Dates", "Zeitraum", "Dates"),
                f"{short(start, lg)} - {short(start + timedelta(days=days_n - 1), lg)}",
            ),
            (
                tr(lg, "Participants", "Teilnehmer", "Participants"),
                f"{len(pax)} + {g['leaders']} {tr(lg, 'leaders', 'Betreuer', 'accompagnateurs')}",
            ),
            (
                tr(lg, "Tuition", "Unterricht", "Cours"),
                f"{g['hours']} h / {tr(lg, 'day', 'Tag', 'jour')}",
            ),
            (
                tr(lg, "Lift passes", "Skipässe", "Forfaits"),
                tr(lg, "please arrange", "bitte mitbestellen", "à commander par vos soins")
                if rng.random() < 0.6
                else tr(lg, "own", "selbst", "par nos soins"),
            ),
            (
                tr(lg, "Equipment hire", "Leihmaterial", "Location matériel"),
                tr(lg, "yes, see list", "ja, siehe Liste", "oui, voir liste")
                if g["hire"]
                else tr(lg, "no", "nein", "non"),
            ),
        ],
        w - m - 40,
        s.size,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "ski", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please find the rooming list with ability levels and hire sizes attached. We would "
            "be grateful for your confirmation and pro-forma invoice.",
            "Die Teilnehmerliste mit Könnensstufen und Größen für den Verleih liegt bei. Bitte "
            "senden Sie uns Ihre Bestätigung und Rechnung.",
            "Vous trouverez ci-joint la liste des participants avec niveaux et tailles. Merci de "
            "nous adresser votre confirmation et facture.",
        ),
    )
    regards(f, s, lg, staff(h, "trips"), tr(lg, "Group travel", "Gruppenreisen", "Service groupes"))
    pages = close(f.pages, s, h)
    # the rooming list on landscape pages
    s2 = style_of(h, landscape(size), margin=40, pt=8)
    w2, h2 = s2.page_size
    head2 = (
        f"{h.name} - "
        + tr(
            lg,
            "Rooming and participant list",
            "Zimmer- und Teilnehmerliste",
            "Liste des participants",
        )
        + f" "
        f"- {g['ref']}"
    )
    g2 = plain(s2, head2)
    lv = level_names(lg)
    rows = []
    room = 1
    for k, (name, age) in enumerate(pax):
        if k % rng.choice([2, 3, 4]) == 0:
            room += 1
        board = rng.random() < 0.25
        rows.append(
            [
                str(100 + room) if rng.random() < 0.9 else "",
                name,
                str(age),
                rng.choice(["M", "F"]),
                "Board" if board else "Ski",
                rng.choice(lv),
                str(rng.randint(150, 192)) if g["hire"] else "",
                str(rng.randint(38, 100) / 2 if rng.random() < 0.5 else rng.randint(36, 46))
                if g["hire"]
                else "",
                str(rng.randint(38, 95)) if g["hire"] else "",
                rng.choice(["", "", "", "", *NOTES[lg]]),
            ]
        )
    cols = columns(
        40,
        w2 - 40,
        [
            (0.8, "left"),
            (3, "left"),
            (0.7, "right"),
            (0.6, "center"),
            (1, "left"),
            (1.6, "left"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (2, "left"),
        ],
    )
    table(
        g2,
        cols,
        [
            tr(lg, "Room", "Zimmer", "Ch."),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Sex", "m/w", "Sexe"),
            tr(lg, "Discipline", "Sportart", "Discipline"),
            tr(lg, "Ability", "Könnensstufe", "Niveau"),
            tr(lg, "Height cm", "Größe cm", "Taille cm"),
            tr(lg, "Shoe", "Schuh", "Pointure"),
            tr(lg, "Weight kg", "Gewicht kg", "Poids kg"),
            tr(lg, "Notes", "Hinweise", "Remarques"),
        ],
        rows,
        s2,
        size=8,
        rules=True,
        shade=0.88,
        step=1.75,
    )
    g2.y += 6
    write(
        g2,
        s2,
        tr(
            lg,
            f"Leaders: {', '.join(a_name(rng, lg) for _ in range(int(g['leaders'])))}",
            f"Betreuer: {', '.join(a_name(rng, lg) for _ in range(int(g['leaders'])))}",
            f"Accompagnateurs : {', '.join(a_name(rng, lg) for _ in range(int(g['leaders'])))}",
        ),
        8,
    )
    if rng.random() < 0.7:
        for k, p in enumerate(g2.pages, 1):
            p.text(
                w2 - 40,
                h2 - 22,
                tr(
                    lg,
                    f"Page {k} of {len(g2.pages)}",
                    f"Seite {k} von {len(g2.pages)}",
                    f"Page {k}/{len(g2.pages)}",
                ),
                s2.font,
                7.5,
                "right",
            )
    pages += g2.pages
    received(rng, pages[0], home(), d, 0.4)
    remember(d, g)
    return pages


def tpl_operator_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's invoice to a tour operator or school for a group's tuition (and the lift
    passes and hire it arranged), with the participant breakdown on a second page."""
    ex = last_extra(("group_booking",))
    oh = operator_head(who)
    g = ex if ex is not None else a_group(rng, oh)
    sh = school_head()
    lg = home()
    s = style_of(sh, A4)
    w, hh = A4
    m = s.margin
    start = g["start"]
    assert isinstance(start, date)
    d = (
        start - timedelta(days=rng.randint(3, 21))
        if rng.random() < 0.6
        else start + timedelta(days=int(g["days"]) + rng.randint(0, 6))
    )  # type: ignore[call-overload]
    days_n = int(g["days"])  # type: ignore[call-overload]
    pax = list(g["pax"])  # type: ignore[call-overload]
    no = f"{d.year % 100}{serial(rng, '-9999')}"
    f = sheets(s, sh, f"{school_name()} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    oname = str(g["name"])
    okey = next(
        (r_ for rows in SENDERS["operator"].values() for r_ in rows if r_[0] == oname),
        (oname, oh.street, oh.town, ""),
    )
    recipient(
        f,
        s,
        sh,
        [okey[0], okey[1], okey[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), str(g["ref"])),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{tr(lg, 'Group tuition', 'Gruppenunterricht', 'Cours collectifs groupe')} "
        f"{short(start, lg)} - {short(start + timedelta(days=days_n - 1), lg)}, {len(pax)} "
        f"{tr(lg, 'participants', 'Teilnehmer', 'participants')}",
        s.size - 0.5,
    )
    n_groups = max(1, len(pax) // rng.choice([8, 10, 12]))
    rate = {"en": 22.0, "de": 30.0, "fr": 34.0}[lg] + rng.choice([0, 2, 4, 6])
    lines = [
        [
            tr(lg, "Group lessons", "Gruppenkurs", "Cours collectifs")
            + f" {g['hours']} h x {days_n}",
            f"{n_groups} {tr(lg, 'groups', 'Gruppen', 'groupes')}",
            money(rate * int(g["hours"]) * days_n, lg),
            money(rate * int(g["hours"]) * days_n * n_groups, lg),
        ],  # type: ignore[call-overload]
    ]
    net = rate * int(g["hours"]) * days_n * n_groups  # type: ignore[call-overload]
    if rng.random() < 0.5:
        v = rng.choice([45.0, 60.0, 75.0])
        lines.append(
            [
                tr(
                    lg,
                    "Race and video session",
                    "Abschlussrennen mit Videoanalyse",
                    "Course et vidéo",
                ),
                "1",
                money(v, lg),
                money(v, lg),
            ]
        )
        net += v
    lines.append(
        [
            tr(lg, "Ability badges / medals", "Skiabzeichen / Medaillen", "Médailles / insignes"),
            str(len(pax)),
            money(3.5, lg),
            money(3.5 * len(pax), lg),
        ]
    )
    net += 3.5 * len(pax)
    disc = round(net * rng.choice([0.05, 0.1, 0.12]), 2)
    lines.append(
        [tr(lg, "Group discount", "Gruppenrabatt", "Remise groupe"), "", "", "-" + money(disc, lg)]
    )
    net -= disc
    cols = columns(m, w - m, [(4, "left"), (1.3, "right"), (1.3, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        lines,
        s,
        rules=True,
    )
    total = totals(f, s, lg, round(net, 2), vat_rate(lg, "lesson"))
    if rng.random() < 0.5:
        lp = {"en": 18.0, "de": 39.0, "fr": 52.0}[lg]
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                f"Lift passes purchased on your behalf (disbursement, no VAT): {len(pax)} x "
                f"{cash(lp * days_n, lg)} = {cash(lp * days_n * len(pax), lg)}",
                "Skipässe im Namen und für Rechnung des Kunden (durchlaufender Posten): "
                f"{len(pax)} x {cash(lp * days_n, lg)} = {cash(lp * days_n * len(pax), lg)}",
                f"Forfaits achetés au nom et pour le compte du client (débours) : {len(pax)} x "
                f"{cash(lp * days_n, lg)} = {cash(lp * days_n * len(pax), lg)}",
            ),
            s.size - 1,
        )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within 14 days by bank transfer quoting {no}. "
            f"{'Deposit received with thanks.' if rng.random() < 0.5 else ''}",
            f"Zahlbar innerhalb von 14 Tagen ohne Abzug unter Angabe der Rechnungsnummer {no}.",
            f"Paiement à réception par virement en rappelant la référence {no}. Pas d'escompte "
            "pour paiement anticipé.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, sh)
    if rng.random() < 0.65:
        s2 = style_of(sh, A4, margin=50, pt=8)
        g2 = plain(
            s2,
            f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - "
            + tr(lg, "participant breakdown", "Teilnehmeraufstellung", "détail des participants"),
        )
        lv = level_names(lg)
        rows = [
            [
                str(k + 1),
                nm,
                str(a),
                f"{rng.randint(1, n_groups)}",
                rng.choice(lv),
                str(days_n - (1 if rng.random() < 0.08 else 0)),
            ]
            for k, (nm, a) in enumerate(pax)
        ]
        table(
            g2,
            columns(
                50,
                A4[0] - 50,
                [
                    (0.5, "right"),
                    (3, "left"),
                    (0.6, "right"),
                    (0.8, "right"),
                    (1.6, "left"),
                    (0.9, "right"),
                ],
            ),
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Age", "Alter", "Âge"),
                tr(lg, "Group", "Gruppe", "Gr."),
                tr(lg, "Level reached", "Erreichte Stufe", "Niveau obtenu"),
                tr(lg, "Days", "Tage", "Jours"),
            ],
            rows,
            s2,
            size=8,
            rules=True,
        )
        pages += g2.pages
        n = len(pages)
        if rng.random() < 0.6:
            for k, p in enumerate(pages, 1):
                p.text(
                    w - m,
                    hh - 22,
                    tr(lg, f"Page {k} of {n}", f"Seite {k} von {n}", f"Page {k}/{n}"),
                    s.font,
                    7.5,
                    "right",
                )
    remember(d, {"total": total})
    return pages


# ---------------------------------------------------------------------------------------------
# Instructors: contracts, qualifications, work permits
# ---------------------------------------------------------------------------------------------

QUALS = {
    "en": [
        ("Level 1 Alpine Instructor", 14.5),
        ("Level 2 Alpine Instructor", 17.0),
        ("Level 2 Snowboard Instructor", 17.0),
        ("Level 3 Alpine Instructor (ISIA)", 21.0),
        ("Level 4 Ski Teacher (ISTD)", 26.0),
    ],
    "de": [
        ("Skilehrer-Anwärter (Grundstufe)", 15.0),
        ("Skilehrer Basic", 17.5),
        ("Snowboardlehrer Basic", 17.5),
        ("Skilehrer Instructor", 20.0),
        ("Staatlich geprüfter Skilehrer", 27.0),
    ],
    "fr": [
        ("Moniteur stagiaire (Test technique réussi)", 19.0),
        ("Moniteur stagiaire (Eurotest)", 23.0),
        ("Diplôme d'État de ski - moniteur national", 34.0),
        ("Diplôme d'État de snowboard", 32.0),
        ("Brevet d'État d'éducateur sportif (ski alpin)", 34.0),
    ],
}
CONTRACT_CLAUSES = {
    "en": [
        "Employment and season",
        "Duties",
        "Hours of work",
        "Pay and lesson rates",
        "Holidays",
        "Uniform and equipment",
        "Lift pass",
        "Accommodation",
        "Sickness and injury",
        "Qualifications and licences",
        "Conduct and safety",
        "Data protection",
        "Termination",
    ],
    "de": [
        "Beginn und Dauer der Befristung",
        "Tätigkeit",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Dienstkleidung und Ausrüstung",
        "Saisonkarte",
        "Unterkunft",
        "Arbeitsunfähigkeit",
        "Qualifikation und Fortbildung",
        "Verhaltensregeln und Sicherheit",
        "Datenschutz",
        "Kündigung",
        "Ausschlussfristen",
    ],
    "fr": [
        "Objet et durée du contrat saisonnier",
        "Fonctions",
        "Durée du travail",
        "Rémunération",
        "Congés payés et indemnité de fin de saison",
        "Tenue et matériel",
        "Forfait de remontées mécaniques",
        "Logement",
        "Maladie et accident",
        "Diplômes et carte professionnelle",
        "Règles de sécurité",
        "Reconduction (art. L1244-2 du Code du travail)",
        "Rupture du contrat",
    ],
}


def instructor_of(who: Issuer, rng: random.Random | None = None) -> tuple[str, str, int]:
    """An instructor: name, home language (mostly the school's) and qualification index."""
    r = rng or keyed(who, "instructor")
    lg = abroad(r, 0.35)
    return a_name(r, lg), lg, r.randrange(len(QUALS[home()]))


def tpl_instructor_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's fixed-term seasonal contract with an instructor: parties, the season,
    numbered clauses, the pay rates by qualification in a table (sometimes a schedule page of
    its own) and the signature page with both signatures."""
    sh = school_head()
    lg = home()
    name, ilg, q = instructor_of(who, rng)
    s = style_of(sh, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(0, 40))
    y0 = d.year if d.month >= 7 else d.year - 1
    first = date(y0, 12, rng.choice([1, 6, 13, 15]))
    last = date(y0 + 1, 4, rng.choice([6, 13, 21, 27]))
    title = tr(
        lg,
        "SEASONAL CONTRACT OF EMPLOYMENT",
        "BEFRISTETER ARBEITSVERTRAG (SAISON)",
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE SAISONNIER",
    )
    f = sheets(s, sh, f"{title} - {name}")
    caption(f, s, title, 3)
    ph = person_head(random.Random(zlib.crc32(name.encode())), ilg, name)
    write(f, s, tr(lg, "Between", "Zwischen", "Entre"), s.size)
    write(
        f,
        s,
        f"{school_name()}, {school_row()[1]}, {school_row()[2]}, "
        f"{tr(lg, 'represented by', 'vertreten durch', 'représentée par')} {director()} "
        f"({tr(lg, 'the Employer', 'Arbeitgeber', 'employeur')})",
        s.size,
        14,
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size)
    write(
        f,
        s,
        f"{name}, {ph.street}, {ph.town} "
        f"({tr(lg, 'the Instructor', 'Arbeitnehmer/in', 'le salarié')})",
        s.size,
        14,
    )
    qual, rate = QUALS[lg][q]
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(9, len(CONTRACT_CLAUSES[lg]))]):
        f.heading(s.margin, f"{k + 1}. {t}", s.bold, s.size)
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The Instructor is employed for the {season(d)} season from {day(sh, first)} "
                    f"to {day(sh, last)}, the end of the season being subject to snow conditions.",
                    f"Das Arbeitsverhältnis wird für die Wintersaison {season(d)} vom "
                    f"{day(sh, first)} bis {day(sh, last)} befristet (§ 14 Abs. 1 TzBfG, "
                    "Saisonbetrieb).",
                    f"Le présent contrat est conclu pour la saison d'hiver {season(d)}, du "
                    f"{day(sh, first)} au {day(sh, last)}, en application de l'article L1242-2 3° "
                    "du Code du travail.",
                ),
            )
        elif k == 3:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The Instructor is qualified as {qual} and is paid {cash(rate, lg)} per hour "
                    "taught, plus the rates in the schedule for private lessons and supplements.",
                    f"Die Vergütung richtet sich nach der Qualifikation ({qual}) und beträgt "
                    f"{cash(rate, lg)} brutto je Unterrichtsstunde; Zuschläge siehe Anlage.",
                    f"Le salarié, titulaire du diplôme « {qual} », est rémunéré {cash(rate, lg)} "
                    "brut par heure d'enseignement, majorations selon l'annexe.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    s_rates = [
        [
            tr(lg, "Group lesson (per hour)", "Gruppenkurs (je Std.)", "Cours collectif (l'heure)"),
            cash(rate, lg),
        ],
        [
            tr(
                lg,
                "Private lesson (per hour)",
                "Privatstunde (je Std.)",
                "Cours particulier (l'heure)",
            ),
            cash(rate * 1.35, lg),
        ],
        [
            tr(
                lg, "Kids club (half day)", "Kinderskikurs (Halbtag)", "Club enfants (demi-journée)"
            ),
            cash(rate * 2.6, lg),
        ],
        [
            tr(lg, "Race / event day", "Renntag / Veranstaltung", "Course / animation"),
            cash(rate * 6.5, lg),
        ],
        [
            tr(
                lg,
                "Meeting / training (per hour)",
                "Besprechung / Fortbildung (je Std.)",
                "Réunion / formation (l'heure)",
            ),
            cash(rate * 0.8, lg),
        ],
    ]
    own_page = rng.random() < 0.45
    if not own_page:
        f.need(120)
        f.heading(
            m,
            tr(lg, "Schedule of rates", "Vergütungsübersicht", "Barème de rémunération"),
            s.bold,
            s.size,
        )
        table(
            f,
            columns(m, w * 0.7, [(3, "left"), (1.2, "right")]),
            [tr(lg, "Activity", "Tätigkeit", "Activité"), tr(lg, "Gross", "Brutto", "Brut")],
            s_rates,
            s,
            rules=True,
        )
    f.need(150)
    f.y += 24
    x2 = w / 2 + 10
    place = school_row()[2].split()[-1]
    hand(f.page, m, f.y, f"{place}, {short(d, lg)}")
    hand(f.page, x2, f.y, f"{short(d + timedelta(days=rng.randint(0, 9)), lg)}")
    f.y += 36
    scrawl(f.page, m, f.y, director())
    scrawl(f.page, x2, f.y, name)
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, "For the Employer", "Arbeitgeber", "L'employeur"), s.font, 7.5)
    f.page.text(
        x2,
        f.y + 14,
        tr(lg, "The Instructor", "Arbeitnehmer/in", "Le salarié (« lu et approuvé »)"),
        s.font,
        7.5,
    )
    if lg == "fr":
        hand(f.page, x2, f.y - 26, "Lu et approuvé", 9)
    pages = close(f.pages, s, sh)
    if lg == "fr":
        for p in pages[:-1]:
            hand(p, w - m - 30, hh - 40, "".join(t[0] for t in name.split()), 10)
    if own_page:
        s2 = style_of(sh, A4, margin=60)
        g = plain(s2, f"{title} - {name}")
        caption(
            g,
            s2,
            tr(lg, "Schedule 1 - Rates of pay", "Anlage 1 - Vergütung", "Annexe 1 - Barème"),
            2,
        )
        rows = [[qq, cash(rr, lg), cash(rr * 1.35, lg), cash(rr * 2.6, lg)] for qq, rr in QUALS[lg]]
        table(
            g,
            columns(60, w - 60, [(3.4, "left"), (1, "right"), (1, "right"), (1.1, "right")]),
            [
                tr(lg, "Qualification", "Qualifikation", "Diplôme"),
                tr(lg, "Group/h", "Gruppe/Std.", "Collectif/h"),
                tr(lg, "Private/h", "Privat/Std.", "Particulier/h"),
                tr(lg, "Kids 1/2 day", "Kinder 1/2 Tag", "Enfants 1/2 j"),
            ],
            rows,
            s2,
            rules=True,
        )
        g.y += 10
        write(g, s2, prose(rng, lg, "legal", 2, 3), s2.size - 1)
        pages += g.pages
    remember(d, {"name": name, "lang": ilg, "q": q, "first": first})
    return pages


def tpl_qualification_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A training body's certificate of an instructor's qualification on landscape paper with
    a border and seal (a copy the instructor hands in), now and then behind the instructor's
    handwritten covering note, sometimes with the modules passed on the back."""
    h = head_of(who, "federation")
    lg = h.lang
    name, ilg, _ = instructor_of(who, rng)
    qual = QUALS[lg][rng.randrange(len(QUALS[lg]))][0]
    d = some_day(rng)
    issued = date(d.year - rng.randint(0, 6), rng.randint(1, 12), rng.randint(1, 28))
    pages: list[Page] = []
    if rng.random() < 0.3:
        p = Page(A5)
        lined(p, 30, A5[0] - 30, 80, A5[1] - 40, 20)
        hand(p, A5[0] - 150, 60, short(d, ilg), 10)
        yy = 96.0
        for ln in [
            tr(
                ilg,
                f"Hi {director().split()[0]},",
                f"Hallo {director().split()[0]},",
                f"Bonjour {director().split()[0]},",
            ),
            tr(
                ilg,
                "here is the copy of my certificate",
                "anbei die Kopie meines Zertifikats",
                "ci-joint la copie de mon diplôme",
            ),
            tr(
                ilg,
                "for the file, as asked. The original",
                "für die Akte. Das Original zeige",
                "pour le dossier. Je montre l'original",
            ),
            tr(ilg, "I can show you on Monday.", "ich dir am Montag.", "lundi au bureau."),
            tr(ilg, "Thanks!", "Danke und Gruß", "Merci, à bientôt"),
            name.split()[0],
        ]:
            hand(p, 38, yy - 3, ln, 11)
            yy += 20
        pages.append(p)
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    copy = rng.random() < 0.6
    if copy:
        copier_edge(p, rng)
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(34, 34, w - 68, hh - 68)
    peaks(p, w / 2 - 20, 62, 40)
    p.text(w / 2, 100, fit(h.name.upper(), h.bold, 13, w - 140), h.bold, 13, "center")
    p.text(
        w / 2,
        150,
        tr(lg, "CERTIFICATE OF QUALIFICATION", "ZEUGNIS", "DIPLÔME"),
        "Times-Bold",
        28,
        "center",
    )
    p.text(
        w / 2,
        190,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Il est certifié que"),
        "Times-Italic",
        13,
        "center",
    )
    p.text(w / 2, 228, name, "Times-Bold", 22, "center")
    p.text(
        w / 2,
        256,
        f"{tr(lg, 'born', 'geboren am', 'né(e) le')} "
        + short(date(issued.year - rng.randint(20, 34), rng.randint(1, 12), 5), lg),
        "Times-Roman",
        11,
        "center",
    )
    p.text(
        w / 2,
        286,
        tr(
            lg,
            "has successfully completed the training and assessment for",
            "die Ausbildung und Prüfung erfolgreich abgeschlossen hat zum",
            "a satisfait aux épreuves et obtenu le titre de",
        ),
        "Times-Italic",
        13,
        "center",
    )
    p.text(w / 2, 320, fit(qual, "Times-Bold", 18, w - 160), "Times-Bold", 18, "center")
    p.text(
        90,
        hh - 110,
        f"{tr(lg, 'Certificate no.', 'Zeugnis-Nr.', 'Diplôme n°')} {serial(rng, 'AA-99999')}",
        "Times-Roman",
        10,
    )
    p.text(
        90,
        hh - 95,
        f"{tr(lg, 'Issued', 'Ausgestellt', 'Délivré le')} {short(issued, lg)}",
        "Times-Roman",
        10,
    )
    for k, x in enumerate((w / 2 - 40, w - 260)):
        scrawl(p, x, hh - 100, staff(h, f"sig{k}"))
        p.line(x, hh - 96, x + 170, hh - 96)
        p.text(x, hh - 84, staff(h, f"sig{k}"), "Times-Roman", 8.5)
        p.text(
            x,
            hh - 74,
            tr(
                lg,
                ["Chair of examiners", "Director of training"][k],
                ["Prüfungsvorsitz", "Ausbildungsleitung"][k],
                ["Président du jury", "Directeur technique"][k],
            ),
            "Times-Italic",
            8,
        )
    seal(p, 150, hh - 170, 38, h.name[:30], str(issued.year))
    if copy and rng.random() < 0.5:
        p.text(
            w - 60,
            58,
            tr(
                home(),
                "Copy seen - original checked",
                "Original hat vorgelegen",
                "Copie conforme à l'original vue",
            ),
            HAND,
            9,
            "right",
        )
    pages.append(p)
    if rng.random() < 0.35:
        s2 = style_of(h, A4, margin=56, pt=8.5)
        g = plain(s2)
        caption(
            g,
            s2,
            tr(
                lg,
                "Modules and assessments",
                "Ausbildungsinhalte und Prüfungsteile",
                "Unités de formation et épreuves",
            ),
            2,
        )
        mods = {
            "en": [
                "Technical skiing",
                "Teaching methodology",
                "Snowsport safety",
                "First aid (16 h)",
                "Child protection",
                "Mountain awareness",
                "Shadowing (35 h)",
            ],
            "de": [
                "Fahrtechnik",
                "Methodik und Didaktik",
                "Sicherheit und Recht",
                "Erste Hilfe",
                "Kinderunterricht",
                "Lawinenkunde",
                "Hospitation",
            ],
            "fr": [
                "Test technique",
                "Eurotest",
                "Cycle préparatoire",
                "Stage pédagogique",
                "Secourisme PSC1",
                "Sécurité en montagne",
                "Formation générale commune",
            ],
        }[lg]
        rows = [
            [
                t,
                short(issued - timedelta(days=rng.randint(20, 400)), lg),
                rng.choice(
                    [
                        tr(lg, "Pass", "bestanden", "validé"),
                        tr(lg, "Pass", "bestanden", "validé"),
                        "A",
                        "B+",
                    ]
                ),
            ]
            for t in mods
        ]
        table(
            g,
            columns(56, A4[0] - 56, [(3, "left"), (1.2, "left"), (1, "left")]),
            [
                tr(lg, "Module", "Modul", "Unité"),
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows,
            s2,
            rules=True,
        )
        copier_edge(g.pages[0], rng)
        pages += g.pages
    remember(d)
    return pages


A1_SECTIONS = {
    "en": [
        "1. Personal details of the holder",
        "2. Member State whose legislation applies",
        "3. Status confirmation",
        "4. Employer / self-employed activity in the state of residence",
        "5. Name and address of activity in the host state",
        "6. Institution completing the form",
    ],
    "de": [
        "1. Angaben zur Person",
        "2. Mitgliedstaat, dessen Rechtsvorschriften anzuwenden sind",
        "3. Bestätigung des Status",
        "4. Angaben zum Arbeitgeber / zur selbständigen Tätigkeit",
        "5. Name und Anschrift der Beschäftigung im Tätigkeitsstaat",
        "6. Ausfüllender Träger",
    ],
    "fr": [
        "1. Informations sur le titulaire",
        "2. État membre dont la législation est applicable",
        "3. Confirmation du statut",
        "4. Employeur / activité non salariée dans l'État de résidence",
        "5. Nom et adresse de l'activité dans l'État d'emploi",
        "6. Institution qui complète le formulaire",
    ],
}


def tpl_work_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """An instructor's paper to work: in England the Home Office right to work check result
    as printed from the website; elsewhere the A1 portable document (certificate of the social
    security legislation that applies) from the instructor's home country, in its language,
    two pages with stamp and signature."""
    ex = last_extra(("instructor_contract",))
    if ex is not None:
        name, ilg = str(ex["name"]), str(ex["lang"])
    else:
        name, ilg, _ = instructor_of(who, rng)
    d = some_day(rng)
    if home() == "en":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "long")
        w, hh = A4
        m = 54
        pages = []
        stamp_ = f"{short(d, 'en')}, {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        for k in range(2):
            p = Page(A4)
            p.text(20, 16, stamp_, "Helvetica", 7)
            p.text(
                w / 2,
                16,
                "View a job applicant's right to work details - GOV.UK",
                "Helvetica",
                7,
                "center",
            )
            p.text(
                20,
                hh - 14,
                "https://right-to-work.service.gov.uk/rtw-view/v2/details",
                "Helvetica",
                7,
            )
            p.text(w - 20, hh - 14, f"{k + 1}/2", "Helvetica", 7, "right")
            pages.append(p)
        p = pages[0]
        p.rect(0, 28, w, 30, fill=0.72)
        p.text(m, 48, "GOV.UK", "Helvetica-Bold", 15)
        y = 96.0
        p.text(m, y, "Right to work check", "Helvetica-Bold", 20)
        y += 30
        p.rect(m, y, w - 2 * m, 56, fill=0.85)
        p.text(m + 12, y + 22, f"{name} has permission to work in the UK", "Helvetica-Bold", 12)
        p.text(
            m + 12,
            y + 40,
            rng.choice(
                [
                    "They can work in the UK with no restrictions.",
                    "They can work in the UK until "
                    + short(date(d.year + rng.randint(1, 4), rng.randint(1, 12), 28), "en")
                    + ".",
                ]
            ),
            "Helvetica",
            9.5,
        )
        y += 78
        photo(p, m, y, 90, 112, rng)
        yy = pairs(
            p,
            s,
            m + 110,
            y + 8,
            [
                ("Name", name),
                (
                    "Date of birth",
                    short(
                        date(d.year - rng.randint(19, 35), rng.randint(1, 12), rng.randint(1, 28)),
                        "en",
                    ),
                ),
                (
                    "Nationality",
                    rng.choice(
                        ["French", "German", "Italian", "Spanish", "Dutch", "Polish", "Swedish"]
                    ),
                ),
                (
                    "Immigration status",
                    rng.choice(
                        [
                            "EU Settlement Scheme - settled status",
                            "EU Settlement Scheme - pre-settled status",
                            "Youth Mobility Scheme visa",
                        ]
                    ),
                ),
                ("Share code", serial(rng, "AAA AAA AAA")),
            ],
            w - m,
            9.5,
        )
        y = max(yy, y + 120) + 20
        p.text(m, y, "What you need to do", "Helvetica-Bold", 13)
        y += 18
        y = text_lines(
            p,
            "Keep a copy of this page for your records, either digitally or in hard copy, for "
            "the duration of the employment and for 2 years afterwards. This will provide you "
            "with a statutory excuse against a civil penalty.",
            m,
            y,
            w - 2 * m,
            9.5,
        )
        p = pages[1]
        y = 60.0
        p.text(m, y, "Details of the check", "Helvetica-Bold", 13)
        y += 22
        y = pairs(
            p,
            s,
            m,
            y,
            [
                ("Company name", school_name()),
                ("Date of check", short(d, "en")),
                ("Checked by", staff(school_head(), "office")),
                ("Reference", serial(rng, "WO-99999999")),
            ],
            w - m,
            9.5,
        )
        y += 16
        y = text_lines(
            p,
            "This check was carried out using the Home Office online service. The employer must "
            "check that the photograph is of the person presenting themselves for work.",
            m,
            y,
            w - 2 * m,
            9,
        )
        if rng.random() < 0.7:
            hand(
                p,
                m,
                y + 30,
                f"seen in person {short(d, 'en')}  "
                + "".join(t[0] for t in staff(school_head(), "office").split()),
                10,
            )
        remember(d)
        return pages
    # A1 from the instructor's home country (or the school's country for a local instructor)
    lg = ilg if ilg != home() else home()
    h = make_head(rng.choice(SENDERS["social"][lg]), lg, "social")
    s = style_of(h, A4, margin=50, pt=8.5)
    w, hh = A4
    m = 50
    pages = []
    secs = A1_SECTIONS[lg]
    p = Page(A4)
    p.rect(m, 30, w - 2 * m, 52)
    p.text(
        m + 8,
        46,
        tr(lg, "PORTABLE DOCUMENT A1", "BESCHEINIGUNG A1", "DOCUMENT PORTABLE A1"),
        "Helvetica-Bold",
        14,
    )
    p.text(
        m + 8,
        60,
        fit(
            tr(
                lg,
                "Certificate concerning the social security legislation which applies to the "
                "holder",
                "Bescheinigung über die Rechtsvorschriften der sozialen Sicherheit, die auf "
                "den/die Inhaber/in anzuwenden sind",
                "Certificat concernant la législation de sécurité sociale applicable au titulaire",
            ),
            "Helvetica",
            7.5,
            w - 2 * m - 90,
        ),
        "Helvetica",
        7.5,
    )
    p.text(m + 8, 72, "Regulation (EC) No 883/2004 - Regulation (EC) No 987/2009", "Helvetica", 6.5)
    p.rect(w - m - 70, 38, 60, 36, fill=0.8)
    p.text(w - m - 40, 62, "A1", "Helvetica-Bold", 20, "center")
    y = 100.0
    ph = person_head(random.Random(zlib.crc32(name.encode())), ilg, name)
    first, last = name.split()[0], name.split()[-1]
    y = band(p, s, y, secs[0])
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                "1.1 " + tr(lg, "Personal ID no.", "Personenkennzeichen", "N° d'identification"),
                serial(rng, "99 999999 A 999"),
            ),
            ("1.2 " + tr(lg, "Sex", "Geschlecht", "Sexe"), "F" if first in FEMALE else "M"),
            ("1.3 " + tr(lg, "Surname(s)", "Name(n)", "Nom(s)"), last.upper()),
            ("1.4 " + tr(lg, "Forename(s)", "Vorname(n)", "Prénom(s)"), first),
            (
                "1.6 " + tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(
                    date(d.year - rng.randint(19, 40), rng.randint(1, 12), rng.randint(1, 28)), lg
                ),
            ),
            (
                "1.8 "
                + tr(
                    lg,
                    "Address in state of residence",
                    "Anschrift im Wohnstaat",
                    "Adresse dans l'État de résidence",
                ),
                f"{ph.street}, {ph.town}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, secs[1])
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                "2.1 " + tr(lg, "Member State", "Mitgliedstaat", "État membre"),
                {"en": "UK", "de": "DE", "fr": "FR"}[lg],
            ),
            (
                "2.2 " + tr(lg, "Starting date", "Beginn", "Date de début"),
                short(d - timedelta(days=rng.randint(10, 60)), lg),
            ),
            (
                "2.3 " + tr(lg, "Ending date", "Ende", "Date de fin"),
                short(date(d.year, 4, rng.choice([15, 21, 30])), lg),
            ),
            (
                "2.4 "
                + tr(
                    lg,
                    "Determination provisional",
                    "Vorläufige Festlegung",
                    "Détermination provisoire",
                ),
                tr(lg, "No", "Nein", "Non"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, secs[2])
    y += 12
    opts = [
        tr(
            lg,
            "3.1 Posted employed person",
            "3.1 Entsandte/r Beschäftigte/r",
            "3.1 Travailleur salarié détaché",
        ),
        tr(
            lg,
            "3.2 Employed in two or more states",
            "3.2 In zwei oder mehr Staaten beschäftigt",
            "3.2 Salarié dans deux États ou plus",
        ),
        tr(
            lg,
            "3.3 Posted self-employed",
            "3.3 Entsandte/r Selbständige/r",
            "3.3 Non salarié détaché",
        ),
        tr(
            lg,
            "3.4 Self-employed in two or more states",
            "3.4 In zwei oder mehr Staaten selbständig",
            "3.4 Non salarié dans deux États ou plus",
        ),
    ]
    status = rng.choice([0, 2, 3])
    y = ticks(p, s, m + 4, y, w - 2 * m - 8, opts, {status}, 8)
    y = band(p, s, y + 4, secs[3])
    fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                "4.1 "
                + tr(
                    lg,
                    "Employee / self-employed",
                    "Beschäftigt / selbständig",
                    "Salarié / non salarié",
                ),
                tr(lg, "Self-employed", "Selbständig", "Non salarié")
                if status
                else tr(lg, "Employed", "Beschäftigt", "Salarié"),
            ),
            (
                "4.4 " + tr(lg, "Name", "Name", "Nom"),
                f"{name} - {tr(lg, 'ski instructor', 'Skilehrer', 'moniteur de ski')}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    pages.append(p)
    p2 = Page(A4)
    y = 50.0
    y = band(p2, s, y, secs[4])
    y = fields(
        p2,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            ("5.1 " + tr(lg, "Name", "Name", "Nom"), school_name()),
            (
                "5.2 " + tr(lg, "Address", "Anschrift", "Adresse"),
                f"{school_row()[1]}, {school_row()[2]}",
            ),
            (
                "5.3 " + tr(lg, "Country", "Staat", "Pays"),
                {"en": "UK", "de": "DE", "fr": "FR"}[home()],
            ),
            (
                "5.4 " + tr(lg, "No fixed address", "Keine feste Anschrift", "Pas d'adresse fixe"),
                "",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p2, s, y, secs[5])
    y = fields(
        p2,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            ("6.1 " + tr(lg, "Name", "Name", "Nom"), h.name),
            ("6.2 " + tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (
                "6.3 " + tr(lg, "Institution ID", "Kennung des Trägers", "Identification"),
                serial(rng, "AA-99999"),
            ),
            (
                "6.5 " + tr(lg, "Date", "Datum", "Date"),
                short(d - timedelta(days=rng.randint(2, 20)), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y += 30
    seal(
        p2,
        m + 70,
        y + 40,
        40,
        h.name.split(" - ")[0][:30],
        tr(lg, "Social security", "Sozialversicherung", "Sécurité sociale"),
    )
    scrawl(p2, w / 2 + 20, y + 50, staff(h, "clerk"))
    p2.line(w / 2 + 10, y + 54, w - m, y + 54)
    p2.text(
        w / 2 + 10, y + 66, "6.7 " + tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7
    )
    pages.append(p2)
    for k, pp in enumerate(pages, 1):
        pp.text(w - m, hh - 24, f"{k}/2", "Helvetica", 7.5, "right")
        pp.text(m, hh - 24, "A1 - 883/2004", "Helvetica", 6.5)
    remember(d)
    return pages


def text_lines(
    p: Page, text: str, x: float, y: float, width: float, pt: float, font: str = "Helvetica"
) -> float:
    for ln in wrap(text, font, pt, width):
        p.text(x, y, ln, font, pt)
        y += pt * 1.4
    return y + pt * 0.6


# ---------------------------------------------------------------------------------------------
# Suppliers: lift passes and hire
# ---------------------------------------------------------------------------------------------

PASSES = {
    "en": [
        ("Instructor slope pass - season", 0.0, 395.0),
        ("Lesson slope access (per pupil hour)", 0.0, 6.5),
        ("1-day lift ticket - junior", 0.0, 24.0),
        ("Lift ticket - adult 4h", 0.0, 29.0),
        ("Keycard deposit", 0.0, 3.0),
    ],
    "de": [
        ("Saisonkarte Skilehrer", 0.0, 280.0),
        ("Tageskarte Kinder (Gruppe)", 0.0, 29.5),
        ("Tageskarte Erwachsene (Gruppe)", 0.0, 44.0),
        ("6-Tageskarte Jugend", 0.0, 176.0),
        ("KeyCard Pfand", 0.0, 3.0),
    ],
    "fr": [
        ("Forfait saison moniteur", 0.0, 320.0),
        ("Forfait journée enfant tarif groupe", 0.0, 38.0),
        ("Forfait 6 jours adulte tarif ESF/école", 0.0, 268.0),
        ("Forfait débutant (jardin)", 0.0, 18.0),
        ("Support mains libres", 0.0, 2.0),
    ],
}


def tpl_lift_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The lift company's invoice for instructor passes and the groups' lift passes, with the
    keycard list (card number, holder, validity) on a second page now and then."""
    h = head_of(who, "lift")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(
        rng, keyed(who, "mask").choice(["RE 2025-999999", "F99999999", "SI-999999", "7999999"])
    )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "cust"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    holders = []
    for t, _, price in rng.sample(PASSES[lg], rng.randint(2, 4)):
        qty = (
            rng.choice([1, 2, 3, 6, 12, 18, 24, 36])
            if "season" not in t.lower() and "saison" not in t.lower()
            else rng.randint(1, 6)
        )
        disc = rng.choice([0, 0, 10, 15, 20])
        amt = qty * price * (100 - disc) / 100
        net += amt
        rows.append([t, str(qty), money(price, lg), f"{disc} %" if disc else "", money(amt, lg)])
        holders += [(t, a_name(rng, home())) for _ in range(min(qty, 30))]
    if rng.random() < 0.4:
        ref = rng.choice(["GRP-", "K-", "TO"]) + serial(rng, "99999")
        write(
            f,
            s,
            f"{tr(lg, 'Group', 'Gruppe', 'Groupe')}: {ref} - "
            f"{short(d + timedelta(days=rng.randint(1, 9)), lg)}",
            s.size - 0.5,
        )
    cols = columns(
        m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (0.9, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. TTC" if lg == "fr" else "Prix"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    rate = vat_rate(lg, "lift")
    gross_incl = lg != "en"
    if gross_incl:
        f.y += 6
        tax = net - net / (1 + rate / 100)
        for t, v, b in [
            (tr(lg, "", "Gesamtbetrag brutto", "Total TTC"), net, True),
            (tr(lg, "", f"enthaltene USt. {rate:g} %", f"dont TVA {rate:g} %"), tax, False),
        ]:
            f.page.text(w * 0.55, f.y, t, s.bold if b else s.font, s.size)
            f.page.text(w - m, f.y, cash(v, lg), s.bold if b else s.font, s.size, "right")
            f.y += s.size * 1.5
        total = net
    else:
        total = totals(f, s, lg, round(net, 2), rate)
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payment by BACS within 30 days of invoice date.",
            "Zahlbar innerhalb 14 Tagen netto. Bei Lastschrift erfolgt der Einzug zum "
            "Fälligkeitstermin.",
            "Règlement à 30 jours fin de mois. Pénalités de retard au taux légal, indemnité "
            "forfaitaire de 40 € pour frais de recouvrement.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45 and holders:
        s2 = style_of(h, A4, margin=50, pt=8)
        g = plain(s2, f"{tr(lg, 'Keycard list', 'KeyCard-Liste', 'Liste des supports')} - {no}")
        kr = [
            [serial(rng, "99-9999 9999 9999 9999-9"), nm, fit(t, s2.font, 8, 160), short(d, lg)]
            for t, nm in holders
        ]
        table(
            g,
            columns(50, A4[0] - 50, [(2.4, "left"), (2, "left"), (2.6, "left"), (1, "left")]),
            [
                tr(lg, "Card no.", "KeyCard-Nr.", "N° support"),
                tr(lg, "Holder", "Inhaber", "Titulaire"),
                tr(lg, "Ticket", "Ticket", "Titre"),
                tr(lg, "Valid from", "Gültig ab", "Début"),
            ],
            kr,
            s2,
            size=7.5,
            rules=True,
            step=1.5,
        )
        pages += g.pages
    received(rng, pages[0], home(), d, 0.4)
    remember(d, {"lift": h.name, "no": no, "total": total})
    return pages


def tpl_lift_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The lift company's statement of account to the school: the open items with a running
    balance, the ageing boxes and a remittance slip at the foot."""
    h = head_of(who, "lift")
    lg = h.lang
    ex = last_extra(("lift_invoice",))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = add_months(month(), 1) - timedelta(days=1) if rng.random() < 0.6 else some_day(rng)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Kontoauszug', 'Relevé de compte')}")
    cust = serial(keyed(who, "cust"), "99999")
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [(tr(lg, "Account", "Kunden-Nr.", "Compte client"), cust)],
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    bal = float(rng.choice([0, 0, 412.5, 1280.0]))
    rows = [
        [
            short(d - timedelta(days=60), lg),
            tr(lg, "Balance brought forward", "Saldovortrag", "Report à nouveau"),
            "",
            "",
            money(bal, lg),
        ]
    ]
    dd = d - timedelta(days=55)
    for k in range(rng.randint(4, 14)):
        dd += timedelta(days=rng.randint(1, 6))
        if rng.random() < 0.3 and bal > 0:
            pay = round(bal * rng.choice([0.5, 1.0]), 2)
            bal -= pay
            rows.append(
                [
                    short(dd, lg),
                    tr(lg, "Payment received - thank you", "Zahlung, danke", "Règlement reçu"),
                    "",
                    money(pay, lg),
                    money(bal, lg),
                ]
            )
        else:
            amt = round(
                rng.choice([24, 59, 118, 280, 395, 432, 864, 1296]) * rng.choice([1, 1, 2]) * 1.0, 2
            )
            if ex is not None and k == 0:
                amt = float(ex["total"])  # type: ignore[arg-type]
            bal += amt
            rows.append(
                [
                    short(dd, lg),
                    f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {serial(rng, '999999')}",
                    money(amt, lg),
                    "",
                    money(bal, lg),
                ]
            )
    cols = columns(
        m, w - m, [(1.2, "left"), (3.2, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Beleg", "Libellé"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(60)
    f.y += 6
    bw = (w - 2 * m) / 5
    for k, t in enumerate(
        [
            tr(lg, "Current", "aktuell", "Non échu"),
            "30",
            "60",
            "90+",
            tr(lg, "Total due", "Gesamt", "Total dû"),
        ]
    ):
        x = m + k * bw
        f.page.rect(x, f.y, bw, 30)
        f.page.text(x + 4, f.y + 10, t, s.font, 7)
        share = [0.6, 0.3, 0.1, 0.0, 1.0][k]
        f.page.text(
            x + bw - 4, f.y + 24, money(bal * share, lg), s.bold if k == 4 else s.font, 8.5, "right"
        )
    f.y += 44
    pages = close(f.pages, s, h, numbers="none")
    last = pages[-1]
    if f.y < hh - 170:
        y = hh - m - 110
        slip_rule(
            last,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsabschnitt",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            last,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), cust),
                (tr(lg, "Customer", "Kunde", "Client"), school_name()),
                (tr(lg, "Amount due", "Betrag", "Montant"), cash(bal, lg)),
                (tr(lg, "Amount paid", "Gezahlt", "Montant réglé"), ""),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    remember(d)
    return pages


HIRE_ITEMS = {
    "en": [
        ("Ski pack junior (skis, boots, poles)", 11.0),
        ("Ski pack adult", 16.0),
        ("Snowboard + boots", 18.0),
        ("Helmet", 4.0),
        ("Boot dryer hire", 2.0),
    ],
    "de": [
        ("Kinderset Ski/Schuh/Stöcke", 12.0),
        ("Erwachsenenset Economy", 19.0),
        ("Snowboard inkl. Schuhe", 22.0),
        ("Helm", 5.0),
        ("Skidepot je Tag", 3.0),
    ],
    "fr": [
        ("Pack enfant skis + chaussures", 13.0),
        ("Pack adulte Découverte", 21.0),
        ("Pack snowboard", 24.0),
        ("Casque", 6.0),
        ("Consigne à skis", 3.5),
    ],
}


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The equipment hire partner's paper: an invoice for a group's hire equipment with the
    signed delivery note behind (landscape A5), or a commission statement for the school's
    referred guests (vouchers redeemed, commission rate)."""
    h = head_of(who, "hire")
    lg = h.lang
    d = some_day(rng)
    commission = keyed(who, "model").random() < 0.4
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = serial(rng, keyed(who, "mask").choice(["99999", "V-99999", "2025/9999", "RG99999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    if commission:
        recipient(f, s, h, school_lines(), d, [(tr(lg, "Statement", "Abrechnung", "Relevé"), no)])
        caption(
            f, s, tr(lg, "COMMISSION STATEMENT", "PROVISIONSGUTSCHRIFT", "RELEVÉ DE COMMISSIONS"), 2
        )
        period = (
            short(d - timedelta(days=rng.randint(7, 14)), lg)
            + " - "
            + short(d - timedelta(days=1), lg)
        )
        write(
            f,
            s,
            f"{tr(lg, 'Vouchers redeemed', 'Eingelöste Gutscheine', 'Bons utilisés')} {period}",
            s.size,
        )
        rows = []
        tot = 0.0
        pct = keyed(who, "pct").choice([10, 12, 15])
        for _ in range(rng.randint(5, 22)):
            v = round(rng.choice([33, 57, 84, 110, 126, 168, 210]) * 1.0, 2)
            tot += v
            rows.append(
                [
                    short(d - timedelta(days=rng.randint(1, 14)), lg),
                    serial(rng, "99999"),
                    a_name(rng, rng.choice(["en", "de", "fr", lg, lg])),
                    money(v, lg),
                    money(v * pct / 100, lg),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [(1.1, "left"), (1, "left"), (2.6, "left"), (1.2, "right"), (1.2, "right")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                "Voucher",
                tr(lg, "Guest", "Gast", "Client"),
                tr(lg, "Hire", "Umsatz", "Location"),
                f"{pct} %",
            ],
            rows,
            s,
            rules=True,
        )
        totals(
            f,
            s,
            lg,
            round(tot * pct / 100, 2),
            vat_rate(lg),
            note=tr(
                lg,
                "The amount will be paid to your account within 10 days.",
                "Der Betrag wird Ihrem Konto innerhalb von 10 Tagen gutgeschrieben (Gutschrift "
                "i.S.d. § 14 Abs. 2 UStG).",
                "Le montant vous sera viré sous 10 jours (autofacturation).",
            ),
        )
        pages = close(f.pages, s, h)
        remember(d)
        return pages
    ref = rng.choice(["GRP-", "K-", "TO"]) + serial(rng, "99999")
    recipient(
        f,
        s,
        h,
        school_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Group", "Gruppe", "Groupe"), ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE - EQUIPMENT HIRE", "RECHNUNG VERLEIH", "FACTURE LOCATION"), 2)
    days_n = rng.choice([2, 5, 6])
    rows = []
    net = 0.0
    qty_all = []
    for t, price in rng.sample(HIRE_ITEMS[lg], rng.randint(2, 4)):
        qty = rng.randint(2, 28)
        amt = qty * price * days_n
        net += amt
        qty_all.append((t, qty))
        rows.append([t, str(qty), str(days_n), money(price, lg), money(amt, lg)])
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Damage waiver", "Bruchversicherung", "Assurance casse/vol"),
                str(sum(q for _, q in qty_all)),
                str(days_n),
                money(1.5, lg),
                money(1.5 * days_n * sum(q for _, q in qty_all), lg),
            ]
        )
        net += 1.5 * days_n * sum(q for _, q in qty_all)
    table(
        f,
        columns(
            m, w - m, [(4, "left"), (0.8, "right"), (0.8, "right"), (1.1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Day rate", "Tagespreis", "Prix/jour"),
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
            "Delivered to the school's meeting point. Returned items checked; breakages will be "
            "invoiced separately.",
            "Lieferung zum Sammelplatz der Skischule. Beschädigungen werden gesondert berechnet.",
            "Livraison au point de rendez-vous de l'école. Casse facturée séparément.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.6:
        s2 = style_of(h, A5L, margin=30, pt=8)
        w2, h2 = A5L
        p = Page(A5L)
        y = heading(p, s2, h)
        p.text(30, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s2.bold, 11)
        p.text(
            w2 - 30,
            y,
            f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '99999')}  "
            f"{short(d - timedelta(days=days_n), lg)}",
            s2.font,
            8,
            "right",
        )
        y += 16
        y = grid(
            p,
            s2,
            30,
            y,
            w2 - 60,
            [
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Out", "Ausgabe", "Sortie"),
                tr(lg, "Back", "Rückgabe", "Retour"),
                tr(lg, "Damaged / missing", "Schaden / fehlt", "Casse / manquant"),
            ],
            [4, 1, 1, 2],
            [
                [
                    t,
                    str(q),
                    str(q - (1 if rng.random() < 0.15 else 0)),
                    rng.choice(
                        [
                            "",
                            "",
                            "",
                            tr(lg, "1 pole missing", "1 Stock fehlt", "1 bâton manquant"),
                            tr(lg, "binding loose", "Bindung locker", "casque rayé"),
                        ]
                    ),
                ]
                for t, q in qty_all
            ],
            empty=2,
            tall=15,
            pt=8,
        )
        y = min(y + 8, h2 - 40)
        p.text(
            30,
            y + 12,
            tr(lg, "Received complete:", "Vollständig erhalten:", "Reçu complet :"),
            s2.font,
            7.5,
        )
        scrawl(p, 120, y + 12, staff(school_head(), "meeting"), 11)
        p.text(
            w2 / 2 + 20, y + 12, tr(lg, "Returned:", "Zurückgegeben:", "Retourné :"), s2.font, 7.5
        )
        scrawl(p, w2 / 2 + 80, y + 12, staff(h, "driver"), 11)
        pages.append(p)
    received(rng, pages[0], home(), d, 0.35)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Accidents: the school's report, rescue charges, the insurer
# ---------------------------------------------------------------------------------------------

PISTES = {
    "en": ["Main slope", "Nursery slope", "Freestyle area", "Lower slope", "Tow lift 2 lane"],
    "de": [
        "Kandahar-Abfahrt",
        "Übungswiese Hausberg",
        "Kreuzeck Piste 5",
        "Fellhorn 3a",
        "Seebuck Übungslift",
    ],
    "fr": [
        "Piste bleue Praz",
        "Jardin des neiges",
        "Piste rouge Combe",
        "Boulevard des Arolles",
        "Front de neige",
    ],
}
BODY = {
    "en": ["Head", "Shoulder", "Arm / wrist", "Thumb", "Back", "Knee", "Leg", "Ankle"],
    "de": [
        "Kopf",
        "Schulter",
        "Arm/Handgelenk",
        "Daumen",
        "Rücken",
        "Knie",
        "Bein",
        "Sprunggelenk",
    ],
    "fr": ["Tête", "Épaule", "Bras/poignet", "Pouce", "Dos", "Genou", "Jambe", "Cheville"],
}


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The school's accident report form filled in by hand by the instructor: the injured
    pupil, the lesson, place and conditions, what happened, the injury, first aid and rescue
    ticks, witnesses; now and then a witness statement on a lined sheet or a sketch of the
    place behind."""
    sh = school_head()
    lg = home()
    s = style_of(sh, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40
    d = some_day(rng)
    instr = a_name(rng, lg)
    g = a_guest(rng, abroad(rng, 0.3))
    pupil, age = rng.choice(list(g["people"]))  # type: ignore[call-overload]
    p = Page(A4)
    y = heading(p, s, sh)
    p.text(
        m,
        y,
        tr(
            lg,
            "ACCIDENT / INCIDENT REPORT",
            "UNFALLMELDUNG / UNFALLBERICHT",
            "DÉCLARATION D'ACCIDENT",
        ),
        s.bold,
        13,
    )
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Report no.', 'Nr.', 'N°')} {d.year % 100}/{rng.randint(1, 90):03d}",
        s.font,
        8,
        "right",
    )
    y += 16
    y = band(p, s, y, tr(lg, "Injured person", "Verletzte Person", "Victime"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), pupil),
            (tr(lg, "Age", "Alter", "Âge"), str(age)),
            (tr(lg, "Contact / parent", "Kontakt / Eltern", "Contact / parent"), str(g["lead"])),
            (
                tr(lg, "Phone", "Telefon", "Tél."),
                serial(
                    rng,
                    "0799 999 9999"
                    if lg == "en"
                    else "0171 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
        per=4,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Lesson and place", "Kurs und Unfallort", "Cours et lieu"))
    t0 = f"{rng.randint(9, 15)}:{rng.choice(['05', '20', '35', '50'])}"
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), f"{short(d, lg)} {t0}"),
            (tr(lg, "Instructor", "Skilehrer", "Moniteur"), instr),
            (
                tr(lg, "Group / level", "Gruppe / Stufe", "Groupe / niveau"),
                f"{rng.randint(1, 12)} / {rng.choice(level_names(lg))}",
            ),
            (tr(lg, "Piste / place", "Piste / Ort", "Piste / lieu"), rng.choice(PISTES[lg])),
        ],
        per=4,
        tall=24,
    )
    y += 10
    y = ticks(
        p,
        s,
        m + 4,
        y,
        w - 2 * m,
        [
            tr(lg, "Green", "leicht (blau)", "Verte"),
            tr(lg, "Blue", "mittel (rot)", "Bleue"),
            tr(lg, "Red", "schwer (schwarz)", "Rouge"),
            tr(lg, "Black", "Skiroute", "Noire"),
            tr(lg, "Off piste", "Gelände", "Hors-piste"),
        ],
        {rng.randrange(3)},
        8,
    )
    y = ticks(
        p,
        s,
        m + 4,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Snow: hard", "Schnee: hart", "Neige dure"),
            tr(lg, "soft", "weich", "molle"),
            tr(lg, "icy", "eisig", "verglacée"),
            tr(lg, "fresh", "Neuschnee", "poudreuse"),
            tr(lg, "Visibility good", "Sicht gut", "Bonne visibilité"),
            tr(lg, "poor", "schlecht", "mauvaise"),
        ],
        {rng.randrange(4), rng.choice([4, 4, 5])},
        8,
    )
    y = band(p, s, y + 2, tr(lg, "What happened", "Unfallhergang", "Circonstances"))
    ys = lined(p, m, w - m, y + 16, y + 16 + 18 * 4)
    scribble(p, rng, lg, "care", m, w - 2 * m, ys)
    y = ys[-1] + 14
    y = band(p, s, y, tr(lg, "Injury", "Verletzung", "Blessure"))
    y = ticks(
        p, s, m + 4, y + 12, w - 2 * m, BODY[lg], set(rng.sample(range(8), rng.randint(1, 2))), 8
    )
    y = ticks(
        p,
        s,
        m + 4,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Left", "links", "Gauche"),
            tr(lg, "Right", "rechts", "Droite"),
            tr(lg, "Helmet worn", "Helm getragen", "Casque porté"),
        ],
        {rng.randrange(2), 2} if rng.random() < 0.9 else {rng.randrange(2)},
        8,
    )
    y = band(
        p,
        s,
        y + 2,
        tr(lg, "First aid and rescue", "Erste Hilfe und Rettung", "Premiers secours et évacuation"),
    )
    y = ticks(
        p,
        s,
        m + 4,
        y + 12,
        w - 2 * m,
        [
            tr(
                lg,
                "First aid by instructor",
                "Erste Hilfe durch Skilehrer",
                "Soins par le moniteur",
            ),
            tr(lg, "Slope patrol", "Bergwacht / Pistendienst", "Pisteurs-secouristes"),
            tr(lg, "Ambulance", "Rettungswagen", "Ambulance"),
            tr(lg, "Helicopter", "Hubschrauber", "Hélicoptère"),
            tr(lg, "Collected by parent", "Von Eltern abgeholt", "Récupéré par parent"),
        ],
        set(rng.sample(range(5), rng.randint(1, 2))),
        8,
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Taken to", "Verbracht nach", "Transporté à"),
                rng.choice(["Medical centre", "Klinikum Garmisch", "Cabinet médical", "A&E", "-"]),
            ),
            (tr(lg, "Witness 1", "Zeuge 1", "Témoin 1"), a_name(rng, lg)),
            (
                tr(lg, "Witness 2", "Zeuge 2", "Témoin 2"),
                a_name(rng, lg) if rng.random() < 0.5 else "",
            ),
        ],
        per=3,
        tall=24,
    )
    y = min(y + 16, hh - 60)
    p.text(
        m,
        y + 10,
        tr(lg, "Instructor's signature", "Unterschrift Skilehrer", "Signature du moniteur"),
        s.font,
        7.5,
    )
    scrawl(p, m + 100, y + 8, instr, 12)
    p.text(
        w / 2 + 20, y + 10, tr(lg, "Checked (office)", "Gesehen (Büro)", "Vu (bureau)"), s.font, 7.5
    )
    if rng.random() < 0.7:
        scrawl(p, w / 2 + 100, y + 8, director(), 11)
    form_code(
        p,
        tr(
            lg,
            "Form AR/1 - keep for 3 years",
            "Formular U1 - 3 Jahre aufbewahren",
            "Formulaire DA1 - conserver 3 ans",
        ),
    )
    pages = [p]
    r = rng.random()
    if r < 0.35:
        p2 = Page(A4)
        p2.text(m, 60, tr(lg, "WITNESS STATEMENT", "ZEUGENAUSSAGE", "TÉMOIGNAGE"), s.bold, 12)
        wit = a_name(rng, lg)
        p2.text(m, 80, f"{tr(lg, 'Name', 'Name', 'Nom')}: ", s.font, 9)
        hand(p2, m + 40, 80, wit)
        ys = lined(p2, m, w - m, 120, 120 + 20 * rng.randint(8, 18), 20)
        scribble(p2, rng, lg, "care", m, w - 2 * m, ys, 10)
        scrawl(p2, w - m - 150, ys[-1] + 40, wit)
        hand(p2, m, ys[-1] + 40, short(d, lg))
        pages.append(p2)
    elif r < 0.6:
        p2 = Page(A4)
        p2.text(
            m,
            60,
            tr(lg, "Sketch of the place", "Skizze der Unfallstelle", "Croquis des lieux"),
            s.bold,
            11,
        )
        p2.rect(m, 80, w - 2 * m, 360)
        x0, y0 = m + 80.0, 100.0
        for k in range(6):
            p2.line(x0 + k * 20, y0 + k * 55, x0 + 60 + k * 22, y0 + k * 55)
        p2.line(m + 60, 100, m + 200, 430)
        p2.line(m + 260, 100, m + 400, 430)
        p2.text(m + 250, 280, "X", "Helvetica-Bold", 16)
        hand(p2, m + 270, 282, tr(lg, "fall here", "Sturz", "chute ici"))
        p2.line(m + 330, 120, m + 330, 160)
        hand(p2, m + 336, 140, tr(lg, "lift", "Lift", "téléski"), 9)
        hand(p2, m, 470, f"{instr}  {short(d, lg)}", 10)
        pages.append(p2)
    remember(d, {"pupil": pupil, "day": d, "instr": instr, "lead": g["lead"]})
    return pages


def tpl_rescue_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A charge for a rescue from the slope: the commune's titre de recette for frais de
    secours (by zone, from the municipal order), the Bergwacht's Kostenrechnung for a
    rescue, or in England the event medics' invoice for first-aid cover on race days;
    A4 or A5."""
    h = head_of(who, "rescue")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    no = serial(rng, keyed(who, "mask").choice(["2025-9999", "T-999999", "BW 999/25", "INV-99999"]))
    if lg == "en":
        recipient(f, s, h, school_lines(), d, [("Invoice", no)])
        caption(f, s, "INVOICE - FIRST AID COVER", 2)
        rows = []
        net = 0.0
        for _ in range(rng.randint(1, 3)):
            hrs = rng.choice([4, 6, 8])
            rt = rng.choice([28.0, 32.0, 38.0])
            n = rng.randint(1, 2)
            dd = d - timedelta(days=rng.randint(1, 20))
            rows.append(
                [
                    short(dd, lg),
                    rng.choice(["Club race day", "Kids race", "Night session"]),
                    f"{n} x {hrs} h",
                    money(rt, lg),
                    money(n * hrs * rt, lg),
                ]
            )
            net += n * hrs * rt
        table(
            f,
            columns(
                m, w - m, [(1.2, "left"), (2.5, "left"), (1, "right"), (1, "right"), (1.2, "right")]
            ),
            ["Date", "Event", "Medics", "Rate", "Amount"],
            rows,
            s,
            rules=True,
        )
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0 if "CIC" in h.name else 20.0,
            note="Incident log available on request. Payment within 30 days.",
        )
    else:
        pupil = a_name(rng, abroad(rng, 0.3))
        ex = last_extra(("accident_report",))
        if ex is not None:
            pupil = str(ex["pupil"])
        when = d - timedelta(days=rng.randint(3, 25))
        recipient(
            f,
            s,
            h,
            [
                str(a_name(rng, lg)) if rng.random() < 0.3 else pupil,
                f"c/o {school_name()}",
                school_row()[1],
                school_row()[2],
            ],
            d,
            [(tr(lg, "", "Rechnungs-Nr.", "Titre n°"), no)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "",
                "KOSTENRECHNUNG RETTUNGSEINSATZ",
                "AVIS DES SOMMES À PAYER - FRAIS DE SECOURS",
            ),
            1.5,
        )
        write(
            f,
            s,
            tr(
                lg,
                "",
                f"Einsatz vom {short(when, lg)}, {rng.randint(9, 16)}:{rng.randint(0, 59):02d} "
                f"Uhr - {rng.choice(PISTES[lg])} - Patient/in: {pupil}",
                f"Intervention du {short(when, lg)} - {rng.choice(PISTES[lg])} - victime : {pupil}",
            ),
            s.size,
        )
        zones = {
            "de": [
                ("Bergung mit Akja/Motorschlitten", 195.0),
                ("Erstversorgung, Material", 48.0),
                ("Transport zur Talstation", 85.0),
                ("Einsatz Notarzt (Anteil)", 160.0),
            ],
            "fr": [
                ("Zone rapprochée (front de neige)", 240.0),
                ("Zone éloignée", 420.0),
                ("Hors-piste accessible", 880.0),
                ("Évacuation bas de piste vers cabinet médical", 150.0),
            ],
        }[lg]
        sel = rng.sample(zones, rng.randint(1, 2))
        rows = [[t, money(v, lg)] for t, v in sel]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.2, "right")]),
            [tr(lg, "", "Leistung", "Prestation"), tr(lg, "", "Betrag", "Montant")],
            rows,
            s,
            rules=True,
        )
        tot = sum(v for _, v in sel)
        f.page.text(
            w - m,
            f.y + 4,
            f"{tr(lg, '', 'Gesamt', 'Total')}: {cash(tot, lg)}",
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
                "",
                "Gebühren nach der Gebührenordnung der Bergwacht. Viele Auslands- und "
                "Zusatzversicherungen übernehmen diese Kosten; bitte reichen Sie die Rechnung "
                "dort ein.",
                "Tarifs fixés par délibération du conseil municipal (art. L2321-2 7° du CGCT). "
                "Paiement auprès du Trésor public - Service de gestion comptable.",
            ),
            s.size - 1,
        )
        if lg == "fr" and f.y < hh - 120:
            y = hh - m - 80
            slip_rule(f.page, m, w - m, y, "Talon de paiement - à joindre à votre règlement")
            pairs(
                f.page,
                s,
                m,
                y + 16,
                [("Référence", no), ("Montant", cash(tot, lg)), ("Débiteur", pupil)],
                w - m,
            )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


def tpl_claim_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The liability insurer's acknowledgement of a claim after a pupil's accident: the claim
    number, what it needs, and the blank claim form sent with it (one or two pages)."""
    h = head_of(who, "insurer")
    lg = h.lang
    ex = last_extra(("accident_report",))
    pupil = str(ex["pupil"]) if ex else a_name(rng, lg)
    when = ex["day"] if ex and isinstance(ex["day"], date) else some_day(rng) - timedelta(days=10)
    assert isinstance(when, date)
    d = when + timedelta(days=rng.randint(5, 25))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    claim = serial(rng, keyed(who, "mask").choice(["CL/9999999", "S 99-999999-9", "SIN25-99999"]))
    f = sheets(s, h, f"{h.name} - {claim}")
    recipient(
        f,
        s,
        h,
        school_lines(mx(director(), lg)),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "N° de sinistre"), claim),
            (tr(lg, "Policy", "Vertrag", "Contrat"), serial(keyed(who, "pol"), "AA 99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Your claim - incident of {short(when, lg)} ({pupil})",
            f"Schadenmeldung vom {short(when, lg)} - {pupil}",
            f"Déclaration de sinistre du {short(when, lg)} - {pupil}",
        ),
        0.5,
    )
    write(f, s, dear(lg, mx(director(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for notifying us of this incident. We have opened a claim under the "
            "number shown above; please quote it in all correspondence.",
            "vielen Dank für Ihre Schadenmeldung. Wir haben den Schaden unter der oben genannten "
            "Nummer angelegt; bitte geben Sie diese bei jeder Korrespondenz an.",
            "Nous accusons réception de votre déclaration et avons ouvert un dossier sous le "
            "numéro ci-dessus, à rappeler dans toute correspondance.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "To assess liability we need:",
            "Zur Prüfung benötigen wir:",
            "Afin d'instruire le dossier, merci de nous adresser :",
        ),
    )
    for t in [
        tr(
            lg,
            "the enclosed claim form, completed and signed",
            "den beiliegenden Fragebogen, vollständig ausgefüllt",
            "le questionnaire ci-joint complété et signé",
        ),
        tr(
            lg,
            "the instructor's report and any witness statements",
            "den Unfallbericht des Skilehrers und Zeugenaussagen",
            "le rapport du moniteur et les témoignages",
        ),
        tr(
            lg,
            "the booking record and group level of the pupil",
            "die Buchung und Gruppeneinteilung",
            "la réservation et le niveau du groupe",
        ),
        tr(
            lg,
            "any letter of claim received from the pupil or their solicitor",
            "Schreiben des Geschädigten oder seines Anwalts",
            "tout courrier de la victime ou de son avocat",
        ),
    ][: rng.randint(2, 4)]:
        f.para(m + 14, w - 2 * m - 14, "- " + t, s.font, s.size, 0.2)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please do not admit liability or make any offer of payment to the injured party.",
            "Bitte geben Sie gegenüber dem Geschädigten kein Anerkenntnis ab.",
            "Nous vous remercions de ne reconnaître aucune responsabilité auprès de la victime.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "claims"),
        tr(lg, "Claims handler", "Schadensachbearbeitung", "Gestionnaire sinistres"),
    )
    write(
        f, s, tr(lg, "Enc.: claim form", "Anlage: Fragebogen", "P.J. : questionnaire"), s.size - 1
    )
    pages = close(f.pages, s, h, numbers="none")
    s2 = style_of(h, A4, margin=44, pt=8.5)
    formp = [Page(A4) for _ in range(rng.choice([1, 2]))]
    p = formp[0]
    y = 48.0
    p.text(44, y, fit(h.name, h.bold, 10, 300), h.bold, 10)
    p.text(
        w - 44,
        y,
        tr(
            lg,
            "PUBLIC LIABILITY CLAIM FORM",
            "SCHADENANZEIGE HAFTPFLICHT",
            "DÉCLARATION DE SINISTRE RC",
        ),
        h.bold,
        10,
        "right",
    )
    y += 14
    p.text(
        w - 44,
        y,
        f"{tr(lg, 'Claim no.', 'Schaden-Nr.', 'Sinistre n°')} {claim}",
        s2.font,
        8,
        "right",
    )
    y += 14
    for sec, caps in [
        (
            tr(lg, "1. Policyholder", "1. Versicherungsnehmer", "1. Assuré"),
            [
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Policy no.", "Vertrags-Nr.", "N° contrat"),
                tr(lg, "Address", "Anschrift", "Adresse"),
                tr(lg, "Phone", "Telefon", "Tél."),
            ],
        ),
        (
            tr(lg, "2. Incident", "2. Schadenereignis", "2. Événement"),
            [
                tr(lg, "Date and time", "Datum, Uhrzeit", "Date et heure"),
                tr(lg, "Place", "Ort", "Lieu"),
                tr(lg, "Employee involved", "Beteiligter Mitarbeiter", "Préposé concerné"),
                tr(lg, "Police / patrol informed", "Polizei / Bergwacht", "Pisteurs / gendarmerie"),
            ],
        ),
        (
            tr(lg, "3. Injured party", "3. Geschädigter", "3. Victime"),
            [
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                tr(lg, "Address", "Anschrift", "Adresse"),
                tr(lg, "Nature of injury", "Art der Verletzung", "Nature des blessures"),
            ],
        ),
    ]:
        y = band(p, s2, y, sec)
        y = fields(p, s2, 44, y + 2, w - 88, [(c, "") for c in caps], per=2, tall=26)
    y = band(
        p,
        s2,
        y,
        tr(lg, "4. Description", "4. Schilderung des Hergangs", "4. Circonstances détaillées"),
    )
    lined(p, 44, w - 44, y + 18, min(y + 18 * 7, hh - 60))
    if len(formp) > 1:
        p = formp[1]
        y = 50.0
        y = band(p, s2, y, tr(lg, "5. Liability", "5. Haftung", "5. Responsabilité"))
        y += 12
        for q in [
            tr(
                lg,
                "Was the pupil in a lesson at the time?",
                "Befand sich der Geschädigte im Unterricht?",
                "La victime était-elle en cours ?",
            ),
            tr(
                lg,
                "Was the group level appropriate?",
                "War die Gruppeneinteilung angemessen?",
                "Le niveau du groupe était-il adapté ?",
            ),
            tr(
                lg,
                "Were the FIS rules observed?",
                "Wurden die FIS-Regeln eingehalten?",
                "Les règles FIS étaient-elles respectées ?",
            ),
            tr(
                lg,
                "Has a claim been made against you?",
                "Wurden Ansprüche gestellt?",
                "Une réclamation a-t-elle été formulée ?",
            ),
        ]:
            y = ticks(p, s2, 48, y, w - 96, [q, *yes_no(lg)], set(), 8, 2.6)
        y = band(p, s2, y + 6, tr(lg, "6. Declaration", "6. Erklärung", "6. Déclaration"))
        y = text_lines(p, prose(rng, lg, "legal", 1, 2), 44, y + 14, w - 88, 8, s2.font)
        p.line(44, y + 40, w / 2 - 20, y + 40)
        p.line(w / 2 + 20, y + 40, w - 44, y + 40)
        p.text(44, y + 50, tr(lg, "Date", "Datum", "Date"), s2.font, 7)
        p.text(
            w / 2 + 20,
            y + 50,
            tr(
                lg,
                "Signature and company stamp",
                "Unterschrift und Firmenstempel",
                "Signature et cachet",
            ),
            s2.font,
            7,
        )
    for k, pp in enumerate(formp, 1):
        form_code(
            pp,
            f"{serial(keyed(who, 'fc'), 'AA 999')} ({d.year % 100}) - {k}/{len(formp)}",
            left=False,
        )
    pages += formp
    received(rng, pages[0], home(), d, 0.4)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The resort, staff housing, payroll, the federation and the insurance
# ---------------------------------------------------------------------------------------------

EVENTS = {
    "en": [
        "Family fun race",
        "Night skiing with DJ",
        "Freestyle jam",
        "Charity slalom",
        "Half-term open day",
        "Club championships",
    ],
    "de": [
        "Fackellauf der Skischulen",
        "Nachtskilauf",
        "Kinder-Skirennen",
        "Saisonabschlussfest",
        "Skishow am Hausberg",
        "Freestyle-Contest",
    ],
    "fr": [
        "Descente aux flambeaux des moniteurs",
        "Show des écoles de ski",
        "Course de la Flèche",
        "Nocturne du front de neige",
        "Fête de fin de saison",
        "Derby des enfants",
    ],
}
CIRCULAR_POINTS = {
    "en": [
        "Season dates and opening hours",
        "Events programme",
        "Visitor guide listings",
        "Marketing contribution",
        "Parking and access",
        "Partner meeting",
    ],
    "de": [
        "Saisondaten und Betriebszeiten",
        "Veranstaltungsprogramm",
        "Gästekarte und Leistungsträger",
        "Marketingbeitrag",
        "Parken und Anfahrt",
        "Leistungsträgerversammlung",
    ],
    "fr": [
        "Dates de saison et horaires",
        "Programme des animations",
        "Guide station et annuaire",
        "Contribution promotion",
        "Stationnement et accès",
        "Réunion des socioprofessionnels",
    ],
}


def tpl_resort_circular(rng: random.Random, who: Issuer) -> list[Page]:
    """The tourist office's or resort association's circular to its partners: numbered
    points, the winter events programme on a landscape page and a reply form (tick boxes,
    participation in events, listing) on a page of its own."""
    h = head_of(who, "tourism")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    title = tr(
        lg,
        "Partner information",
        "Rundschreiben an die Leistungsträger",
        "Lettre d'information aux socioprofessionnels",
    )
    no = rng.randint(2, 9)
    f = sheets(s, h, f"{h.name} - {title} {no}/{d.year}")
    recipient(
        f,
        s,
        h,
        school_lines(tr(lg, "The Director", "Leitung", "À l'attention du directeur")),
        d,
        [(tr(lg, "Circular", "Rundschreiben", "Circulaire"), f"{no}/{d.year}")],
    )
    caption(f, s, f"{title} - {tr(lg, 'Winter', 'Winter', 'Hiver')} {season(d)}", 1.5)
    write(f, s, dear(lg, None))
    write(f, s, prose(rng, lg, "resort", 1, 2))
    for k, t in enumerate(rng.sample(CIRCULAR_POINTS[lg], rng.randint(3, 6))):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "resort", 1, 3), s.size - 0.5)
    regards(
        f,
        s,
        lg,
        staff(h, "head"),
        tr(lg, "Partnership manager", "Geschäftsführung", "Directrice de l'Office"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        s2 = style_of(h, landscape(A4), margin=44, pt=8.5)
        w2, _ = s2.page_size
        g = plain(
            s2,
            f"{h.name} - "
            f"{tr(lg, 'Events programme', 'Veranstaltungskalender', 'Programme des animations')} "
            f"{season(d)}",
        )
        caption(
            g,
            s2,
            tr(lg, "Events programme", "Veranstaltungskalender", "Programme des animations"),
            3,
        )
        rows = []
        dd = month()
        for _ in range(rng.randint(8, 22)):
            dd += timedelta(days=rng.randint(1, 6))
            rows.append(
                [
                    short(dd, lg),
                    f"{rng.randint(10, 20)}:{rng.choice(['00', '30'])}",
                    rng.choice(EVENTS[lg]),
                    rng.choice(PISTES[lg]),
                    rng.choice(
                        [tr(lg, "free", "frei", "gratuit"), cash(5.0, lg), cash(12.0, lg), "-"]
                    ),
                    rng.choice(
                        [
                            tr(lg, "ski schools", "Skischulen", "écoles de ski"),
                            tr(lg, "lift company", "Bergbahn", "remontées"),
                            tr(lg, "tourist office", "Tourist-Info", "Office de tourisme"),
                        ]
                    ),
                ]
            )
        table(
            g,
            columns(
                44,
                w2 - 44,
                [
                    (1.1, "left"),
                    (0.7, "left"),
                    (3.4, "left"),
                    (2.2, "left"),
                    (1, "center"),
                    (1.8, "left"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Event", "Veranstaltung", "Animation"),
                tr(lg, "Place", "Ort", "Lieu"),
                tr(lg, "Price", "Eintritt", "Prix"),
                tr(lg, "Organiser", "Veranstalter", "Organisateur"),
            ],
            rows,
            s2,
            rules=True,
            shade=0.85,
            step=1.9,
        )
        pages += g.pages
    if rng.random() < 0.6:
        p = Page(A4)
        y = 60.0
        p.text(
            w / 2, y, tr(lg, "REPLY FORM", "RÜCKMELDEBOGEN", "COUPON-RÉPONSE"), s.bold, 12, "center"
        )
        y += 16
        p.text(
            w / 2,
            y,
            f"{tr(lg, 'please return by', 'bitte zurück bis', 'à retourner avant le')} "
            f"{short(d + timedelta(days=14), lg)}",
            s.font,
            8.5,
            "center",
        )
        y += 26
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Business", "Betrieb", "Établissement"), ""),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), ""),
                ("E-mail", ""),
                (tr(lg, "Phone", "Telefon", "Tél."), ""),
            ],
            per=2,
            tall=26,
        )
        y += 6
        for t in rng.sample(EVENTS[lg], 3):
            y = ticks(
                p,
                s,
                m + 4,
                y,
                w - 2 * m,
                [
                    f"{tr(lg, 'We take part in', 'Wir nehmen teil an', 'Nous participons à')}: {t}",
                    *yes_no(lg),
                ],
                set(),
                8.5,
                2.6,
            )
        y = ticks(
            p,
            s,
            m + 4,
            y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Listing in the visitor guide",
                    "Eintrag im Gastgeberverzeichnis",
                    "Insertion dans le guide",
                ),
                tr(lg, "1/4 page", "1/4 Seite", "1/4 page"),
                tr(lg, "1/2 page", "1/2 Seite", "1/2 page"),
            ],
            set(),
            8.5,
            2.6,
        )
        lined(p, m, w - m, y + 20, y + 20 + 18 * 4)
        p.text(
            m,
            y + 110,
            tr(
                lg,
                "Date, signature, stamp",
                "Datum, Unterschrift, Stempel",
                "Date, signature, cachet",
            ),
            s.font,
            7.5,
        )
        pages.append(p)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


LEASE_CLAUSES = {
    "en": [
        "The property",
        "Term",
        "Rent and deposit",
        "Bills",
        "Occupiers",
        "Use",
        "Repairs",
        "Keys",
        "Ending the agreement",
    ],
    "de": [
        "Mietgegenstand",
        "Mietzeit",
        "Miete und Nebenkosten",
        "Kaution",
        "Nutzer",
        "Hausordnung",
        "Schönheitsreparaturen",
        "Schlüssel",
        "Rückgabe",
    ],
    "fr": [
        "Désignation des locaux",
        "Durée (location saisonnière)",
        "Loyer et charges",
        "Dépôt de garantie",
        "Occupants",
        "Destination",
        "Entretien",
        "Clés",
        "État des lieux",
    ],
}


def tpl_staff_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """A seasonal rent agreement for staff accommodation between a local landlord and the
    school (for its instructors): parties, the flat, the season, rent and deposit, numbered
    clauses, signatures; the inventory and the house rules behind."""
    h = head_of(who, "landlord")
    lg = h.lang
    private = h.name.startswith(("Mrs", "Mr ", "Mme", "Gästehaus", "Ferien"))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    y0 = d.year if d.month >= 7 else d.year - 1
    first = date(y0, 12, 1) if d.month >= 7 else d.replace(day=1)
    last = date(y0 + 1, 4, 30)
    title = tr(
        lg,
        "SEASONAL LETTING AGREEMENT - STAFF ACCOMMODATION",
        "MIETVERTRAG ÜBER EINE PERSONALWOHNUNG (SAISON)",
        "CONTRAT DE LOCATION SAISONNIÈRE - LOGEMENT DU PERSONNEL",
    )
    f = sheets(s, h, title) if not private else plain(style_of(h, A4), title)
    if private:
        f.y = m
    caption(f, s, title, 1.5)
    rent = float(rng.choice([450, 520, 640, 780, 950, 1200]))
    beds = rng.randint(2, 6)
    occupants = [a_name(rng, abroad(rng, 0.3)) for _ in range(min(beds, rng.randint(1, 4)))]
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Landlord", "Vermieter", "Bailleur"), f"{h.name}, {h.street}, {h.town}"),
            (
                tr(lg, "Tenant", "Mieter", "Preneur"),
                f"{school_name()}, "
                f"{tr(lg, 'for its staff', 'für ihre Mitarbeiter', 'pour son personnel')}",
            ),
            (
                tr(lg, "Property", "Wohnung", "Logement"),
                rng.choice(
                    [
                        "Flat 2",
                        "Apt. 14, 2nd floor",
                        "Dachgeschoss links",
                        "Studio 3",
                        "Chalet annex",
                    ]
                )
                + f", {beds} {tr(lg, 'beds', 'Betten', 'couchages')}",
            ),
            (tr(lg, "Period", "Mietzeit", "Période"), f"{short(first, lg)} - {short(last, lg)}"),
            (tr(lg, "Rent per month", "Monatsmiete", "Loyer mensuel"), cash(rent, lg)),
            (
                tr(lg, "Deposit", "Kaution", "Dépôt de garantie"),
                cash(rent * rng.choice([1, 1.5, 2]), lg),
            ),
            (tr(lg, "Occupants", "Bewohner", "Occupants"), ", ".join(occupants)),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    for k, t in enumerate(LEASE_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size - 0.5)
        write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    f.need(110)
    f.y += 28
    x2 = w / 2 + 10
    hand(f.page, m, f.y, short(d, lg))
    hand(f.page, x2, f.y, short(d + timedelta(days=rng.randint(0, 6)), lg))
    f.y += 34
    scrawl(
        f.page,
        m,
        f.y,
        h.name.split(",")[0].replace("Mrs ", "").replace("Mr ", "").replace("Mme ", ""),
    )
    scrawl(f.page, x2, f.y, director())
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, "Landlord", "Vermieter", "Le bailleur"), s.font, 7.5)
    f.page.text(x2, f.y + 14, tr(lg, "Tenant", "Mieter", "Le preneur"), s.font, 7.5)
    pages = close(f.pages, s, h) if not private else f.pages
    if private:
        for k, p in enumerate(pages, 1):
            if rng.random() < 0.8:
                p.text(w / 2, hh - 30, f"{k}", s.font, 8, "center")
    if rng.random() < 0.7:
        s2 = style_of(h, A4, margin=50, pt=8.5)
        g = plain(s2)
        caption(g, s2, tr(lg, "Inventory", "Inventarliste", "Inventaire"), 2)
        items = {
            "en": [
                "Single bed + mattress",
                "Duvet",
                "Wardrobe",
                "Kettle",
                "Microwave",
                "Saucepans",
                "Plates",
                "Mugs",
                "Vacuum cleaner",
                "Ski rack",
            ],
            "de": [
                "Einzelbett mit Matratze",
                "Bettdecke",
                "Kleiderschrank",
                "Wasserkocher",
                "Mikrowelle",
                "Kochtöpfe",
                "Teller",
                "Tassen",
                "Staubsauger",
                "Skihalter",
            ],
            "fr": [
                "Lit simple + matelas",
                "Couette",
                "Armoire",
                "Bouilloire",
                "Micro-ondes",
                "Casseroles",
                "Assiettes",
                "Tasses",
                "Aspirateur",
                "Râtelier à skis",
            ],
        }[lg]
        rows = [
            [
                t,
                str(rng.randint(1, 8)),
                rng.choice(
                    [
                        tr(lg, "good", "gut", "bon"),
                        tr(lg, "new", "neu", "neuf"),
                        tr(lg, "worn", "gebraucht", "usagé"),
                    ]
                ),
                "",
            ]
            for t in items
        ]
        table(
            g,
            columns(50, w - 50, [(3, "left"), (0.7, "right"), (1.2, "left"), (2, "left")]),
            [
                tr(lg, "Item", "Gegenstand", "Objet"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Condition", "Zustand", "État"),
                tr(lg, "At check-out", "Bei Auszug", "À la sortie"),
            ],
            rows,
            s2,
            rules=True,
        )
        g.heading(50, tr(lg, "House rules", "Hausordnung", "Règlement intérieur"), s2.bold, 10)
        for _ in range(rng.randint(4, 7)):
            g.para(
                62, w - 112, f"- {words(rng, lg, 'legal', rng.randint(8, 14))}", s2.font, 8.5, 0.2
            )
        pages += g.pages
    remember(d)
    return pages


def tpl_payroll_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """The payroll bureau's monthly pack: a covering letter, the payroll journal of the
    instructors and office staff on landscape pages, and the summary of payments due to the
    tax office and social security."""
    h = head_of(who, "payroll")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    per = add_months(month(), -1) if rng.random() < 0.6 else month()
    d = add_months(per, 1) + timedelta(days=rng.randint(0, 6)) - timedelta(days=8)
    label = f"{per.month:02d}/{per.year}"
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        school_lines(mx(director(), lg)),
        d,
        [
            (tr(lg, "Client", "Mandant", "Dossier"), serial(keyed(who, "cl"), "99999")),
            (tr(lg, "Period", "Abrechnungsmonat", "Période"), label),
        ],
    )
    caption(f, s, tr(lg, f"Payroll {label}", f"Lohnabrechnung {label}", f"Paie {label}"), 1.5)
    write(f, s, dear(lg, mx(director(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Please find enclosed the payroll for {label}: payroll journal, payments summary and "
            "payslips (sent to employees by e-mail).",
            f"anbei erhalten Sie die Abrechnungsunterlagen für {label}: Lohnjournal, "
            "Zahlungsübersicht; die Verdienstabrechnungen wurden den Mitarbeitern digital "
            "bereitgestellt.",
            f"veuillez trouver ci-joint les éléments de paie de {label} : journal de paie, "
            "récapitulatif des charges ; les bulletins ont été déposés dans les coffres-forts "
            "numériques des salariés.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f, s, lg, staff(h, "payroll"), tr(lg, "Payroll team", "Lohnbuchhaltung", "Service paie")
    )
    write(f, s, tr(lg, "Enc.", "Anlagen", "P.J."), s.size - 1)
    pages = close(f.pages, s, h, numbers="none")
    s2 = style_of(h, landscape(A4), margin=36, pt=7.5)
    w2, h2 = s2.page_size
    g = plain(
        s2,
        f"{h.name} - {tr(lg, 'Payroll journal', 'Lohnjournal', 'Journal de paie')} {label} - "
        f"{school_name()}",
    )
    n = rng.randint(14, 36)
    rows = []
    tot = [0.0] * 5
    for k in range(n):
        nm = a_name(rng, abroad(rng, 0.3))
        hrs = rng.randint(20, 170)
        rate = rng.choice([14.5, 17.0, 19.0, 21.0, 26.0, 34.0])
        gross = round(hrs * rate, 2)
        tax = round(gross * rng.uniform(0.0, 0.14), 2)
        si = round(gross * {"en": 0.08, "de": 0.205, "fr": 0.22}[lg], 2)
        net = gross - tax - si
        er = round(gross * {"en": 0.138, "de": 0.21, "fr": 0.42}[lg], 2)
        for i, v in enumerate((gross, tax, si, net, er)):
            tot[i] += v
        rows.append(
            [
                f"{100 + k}",
                nm,
                rng.choice(
                    [
                        tr(lg, "Instructor", "Skilehrer", "Moniteur"),
                        tr(lg, "Instructor", "Skilehrer", "Moniteur"),
                        tr(lg, "Office", "Büro", "Bureau"),
                    ]
                ),
                str(hrs),
                money(gross, lg),
                money(tax, lg),
                money(si, lg),
                money(net, lg),
                money(er, lg),
            ]
        )
    rows.append(["", tr(lg, "TOTAL", "SUMME", "TOTAL"), "", "", *[money(v, lg) for v in tot]])
    table(
        g,
        columns(
            36,
            w2 - 36,
            [
                (0.6, "left"),
                (2.6, "left"),
                (1.4, "left"),
                (0.7, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "No.", "Pers.-Nr.", "Matr."),
            tr(lg, "Employee", "Name", "Salarié"),
            tr(lg, "Job", "Tätigkeit", "Emploi"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "PAYE", "LSt/KiSt/Soli", "PAS"),
            tr(lg, "NI (ee)", "SV-AN", "Cotis. sal."),
            tr(lg, "Net pay", "Netto", "Net à payer"),
            tr(lg, "Er NI/pension", "SV-AG", "Charges pat."),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        shade=0.86,
        step=1.7,
    )
    for k, p in enumerate(g.pages, 1):
        p.text(
            w2 - 36,
            h2 - 20,
            tr(
                lg,
                f"Page {k} of {len(g.pages)}",
                f"Seite {k} von {len(g.pages)}",
                f"Page {k}/{len(g.pages)}",
            ),
            s2.font,
            7,
            "right",
        )
    pages += g.pages
    s3 = style_of(h, A4, margin=56)
    t = plain(s3)
    caption(
        t, s3, tr(lg, "Payments summary", "Zahlungsübersicht", "Récapitulatif des paiements"), 2
    )
    due = add_months(per, 1)
    prow = {
        "en": [
            ["Net pay to employees (BACS)", short(due - timedelta(days=3), lg), money(tot[3], lg)],
            [
                "HMRC - PAYE/NIC (Accounts Office ref.)",
                short(due + timedelta(days=21), lg),
                money(tot[1] + tot[2] + tot[4] * 0.8, lg),
            ],
            [
                "Pension scheme contributions",
                short(due + timedelta(days=18), lg),
                money(tot[4] * 0.2, lg),
            ],
        ],
        "de": [
            ["Nettolöhne (Überweisung)", short(due - timedelta(days=3), lg), money(tot[3], lg)],
            [
                "Finanzamt - Lohnsteuer-Anmeldung",
                short(due + timedelta(days=9), lg),
                money(tot[1], lg),
            ],
            [
                "Krankenkassen - SV-Beiträge",
                short(due - timedelta(days=3), lg),
                money(tot[2] + tot[4], lg),
            ],
            [
                "Minijob-Zentrale",
                short(due - timedelta(days=3), lg),
                money(rng.uniform(200, 900), lg),
            ],
        ],
        "fr": [
            ["Salaires nets (virement)", short(due - timedelta(days=1), lg), money(tot[3], lg)],
            ["URSSAF - DSN", short(due + timedelta(days=4), lg), money(tot[2] + tot[4] * 0.8, lg)],
            [
                "Prélèvement à la source (DGFiP)",
                short(due + timedelta(days=4), lg),
                money(tot[1], lg),
            ],
            [
                "Caisse de retraite complémentaire",
                short(due + timedelta(days=24), lg),
                money(tot[4] * 0.2, lg),
            ],
        ],
    }[lg]
    table(
        t,
        columns(56, w - 56, [(3.4, "left"), (1.2, "left"), (1.3, "right")]),
        [
            tr(lg, "Payee", "Empfänger", "Organisme"),
            tr(lg, "Due", "Fällig", "Échéance"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        prow,
        s3,
        rules=True,
    )
    pages += t.pages
    remember(d)
    return pages


def tpl_federation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The instructors' federation's licence letter to the school: the season's licences of
    its instructors in a table (number, level, status, CPD due) with the fees, and now and
    then a sheet of licence cards to cut out."""
    h = head_of(who, "federation")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    mem = serial(keyed(who, "mem"), "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Licences', 'Lizenzen', 'Licences')} {season(d)}")
    recipient(
        f,
        s,
        h,
        school_lines(mx(director(), lg)),
        d,
        [(tr(lg, "School member no.", "Mitglieds-Nr.", "N° adhérent"), mem)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Instructor licences {season(d)}",
            f"Lizenzverlängerung Saison {season(d)}",
            f"Licences moniteurs saison {season(d)}",
        ),
        1.5,
    )
    write(f, s, dear(lg, mx(director(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Please find below the licence status of the instructors registered with your "
            "school. Licences marked 'CPD due' lapse at the end of the season unless the update "
            "course is completed.",
            "nachfolgend der Lizenzstatus der bei Ihrer Skischule gemeldeten Lehrkräfte. Bei "
            "Lizenzen mit Vermerk 'Fortbildung fällig' ist bis Saisonende eine Fortbildung "
            "nachzuweisen.",
            "vous trouverez ci-dessous l'état des licences des moniteurs rattachés à votre "
            "école. Les licences marquées « recyclage » doivent être revalidées avant la fin de "
            "saison.",
        ),
    )
    n = rng.randint(6, 30)
    people = [a_name(rng, abroad(rng, 0.3)) for _ in range(n)]
    fee = {"en": 58.0, "de": 72.0, "fr": 95.0}[lg]
    rows = []
    for nm in people:
        st = rng.choice(
            [tr(lg, "valid", "gültig", "valide")] * 4
            + [
                tr(lg, "CPD due", "Fortbildung fällig", "recyclage"),
                tr(lg, "lapsed", "abgelaufen", "expirée"),
            ]
        )
        rows.append([serial(rng, "99999"), nm, rng.choice(QUALS[lg])[0], st, money(fee, lg)])
    table(
        f,
        columns(
            m, w - m, [(0.9, "left"), (2.4, "left"), (3.2, "left"), (1.3, "left"), (0.9, "right")]
        ),
        [
            tr(lg, "Licence", "Lizenz-Nr.", "Licence"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Level", "Qualifikation", "Diplôme"),
            tr(lg, "Status", "Status", "Statut"),
            tr(lg, "Fee", "Beitrag", "Cotisation"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(fee * n, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    write(
        f,
        s,
        tr(
            lg,
            "The amount will be collected by direct debit on the 15th.",
            "Der Betrag wird zum 15. per SEPA-Lastschrift eingezogen.",
            "Le montant sera prélevé le 15 du mois.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sec"),
        tr(lg, "Membership secretary", "Mitgliederverwaltung", "Service adhésions"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        p = Page(A4)
        cw, ch = 85.6 * MM, 54 * MM
        x0 = (w - 2 * cw - 20) / 2
        p.text(
            w / 2,
            40,
            tr(
                lg,
                "Licence cards - cut along the dotted lines",
                "Lizenzkarten - bitte heraustrennen",
                "Cartes de licence - à découper",
            ),
            "Helvetica",
            8,
            "center",
        )
        for k, nm in enumerate(people[:8]):
            x = x0 + (k % 2) * (cw + 20)
            y = 60 + (k // 2) * (ch + 20)
            p.rect(x, y, cw, ch)
            p.rect(x, y, cw, 16, fill=0.75)
            p.text(x + 6, y + 11, fit(h.name, "Helvetica-Bold", 7, cw - 12), "Helvetica-Bold", 7)
            photo(p, x + 6, y + 22, 38, 48, rng)
            p.text(x + 52, y + 32, fit(nm, "Helvetica-Bold", 8.5, cw - 58), "Helvetica-Bold", 8.5)
            p.text(x + 52, y + 44, fit(rows[k][2], "Helvetica", 6.5, cw - 58), "Helvetica", 6.5)
            p.text(x + 52, y + 56, f"No. {rows[k][0]}", "Helvetica", 7)
            p.text(
                x + 52,
                y + 68,
                f"{tr(lg, 'Valid', 'Gültig', 'Valable')} {season(d)}",
                "Helvetica-Bold",
                7,
            )
        pages.append(p)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


COVER = {
    "en": [
        ("Public liability", "£5,000,000", "£250"),
        ("Employers' liability", "£10,000,000", "nil"),
        ("Professional indemnity (instruction)", "£2,000,000", "£500"),
        ("Personal accident - instructors", "£50,000 death / PTD", "7 days"),
        ("Equipment and contents", "£25,000", "£100"),
        ("Business interruption (snow)", "£40,000", "3 days"),
    ],
    "de": [
        ("Betriebshaftpflicht", "5.000.000 €", "250 €"),
        ("Berufshaftpflicht Skilehrer", "3.000.000 €", "500 €"),
        ("Gruppenunfall Mitarbeiter", "50.000 € Invalidität", "-"),
        ("Inhalt und Ausrüstung", "30.000 €", "150 €"),
        ("Rechtsschutz", "300.000 €", "250 €"),
    ],
    "fr": [
        ("Responsabilité civile exploitation", "8 000 000 €", "300 €"),
        ("RC professionnelle moniteurs", "5 000 000 €", "500 €"),
        ("Individuelle accident moniteurs", "60 000 € décès / IPP", "-"),
        ("Multirisque local et matériel", "35 000 €", "200 €"),
        ("Protection juridique", "20 000 €", "-"),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal pack: a covering letter, the insurer's policy schedule (insured,
    period, activities, sections of cover with limits, excesses and premiums) numbered
    'Page i of n', and the endorsements page."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(rng, keyed(who, "mask").choice(["SPT/999999/25", "HV-99-999999", "A9999999"]))
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            school_lines(mx(director(), lg)),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your insurance renewal",
                "Ihre Versicherung - Verlängerung",
                "Renouvellement de votre contrat",
            ),
            1,
        )
        write(f, s, dear(lg, mx(director(), lg)))
        write(
            f,
            s,
            tr(
                lg,
                "We enclose the renewed schedule of your combined policy from "
                f"{short(start, lg)}. Please check the number of instructors and the turnover "
                "declared, and let us know of any change.",
                "anbei erhalten Sie den Nachtrag zu Ihrem Versicherungsvertrag ab "
                f"{short(start, lg)}. Bitte prüfen Sie die Anzahl der Skilehrer und den "
                "gemeldeten Umsatz.",
                "veuillez trouver ci-joint les conditions particulières de votre contrat à effet "
                f"du {short(start, lg)}. Merci de vérifier l'effectif de moniteurs et le chiffre "
                "d'affaires déclarés.",
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "acct"),
            tr(lg, "Account executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    ins = make_head(rng.choice(SENDERS["insurer"][lg]), lg, "insurer")
    s2 = style_of(ins, A4, margin=54, pt=9)
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES")
    g = sheets(s2, ins, f"{ins.name} - {title} - {pol}")
    caption(g, s2, title, 3)
    g.y = pairs(
        g.page,
        s2,
        54,
        g.y,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), school_name()),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{school_row()[1]}, {school_row()[2]}"),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Ski and snowboard school",
                    "Skischule mit Verleih",
                    "École de ski et de snowboard",
                ),
            ),
            (
                tr(lg, "Instructors declared", "Gemeldete Skilehrer", "Moniteurs déclarés"),
                str(rng.randint(18, 36)),
            ),
            (
                tr(lg, "Turnover declared", "Jahresumsatz", "Chiffre d'affaires"),
                cash(float(rng.randint(300, 1400) * 1000), lg),
            ),
            (tr(lg, "Broker", "Vermittler", "Intermédiaire"), h.name),
        ],
        w - 54,
        9,
    )
    g.y += 12
    rows = []
    tot = 0.0
    for sec, lim, exc in COVER[lg][: rng.randint(3, len(COVER[lg]))]:
        prem = float(rng.randint(120, 3200))
        tot += prem
        rows.append([sec, lim, exc, money(prem, lg)])
    table(
        g,
        columns(54, w - 54, [(3, "left"), (1.9, "left"), (1, "left"), (1.1, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Limit", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime HT"),
        ],
        rows,
        s2,
        rules=True,
        shade=0.88,
    )
    g.y += 6
    tax = {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
    g.y = pairs(
        g.page,
        s2,
        w / 2,
        g.y,
        [
            (tr(lg, "Total premium", "Nettobeitrag", "Total prime HT"), cash(tot, lg)),
            (
                tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(tot * tax, lg),
            ),
            (tr(lg, "Total payable", "Jahresbeitrag", "Total TTC"), cash(tot * (1 + tax), lg)),
        ],
        w - 54,
        9,
    )
    g.heading(
        54,
        tr(lg, "Activities covered", "Versicherte Tätigkeiten", "Activités garanties"),
        s2.bold,
        9.5,
    )
    write(g, s2, prose(rng, lg, "ski", 2, 3), 8.5)
    g.heading(
        54,
        tr(lg, "Conditions and exclusions", "Besondere Bedingungen", "Exclusions particulières"),
        s2.bold,
        9.5,
    )
    for _ in range(rng.randint(3, 7)):
        g.para(66, w - 120, "- " + words(rng, lg, "legal"), s2.font, 8.5, 0.2)
    sched = close(
        g.pages,
        s2,
        ins,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    pages += sched
    if rng.random() < 0.6:
        e = plain(s2, f"{title} - {pol} - {tr(lg, 'Endorsements', 'Klauseln', 'Avenants')}")
        caption(
            e, s2, tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses et avenants"), 2
        )
        for _ in range(rng.randint(3, 6)):
            e.heading(
                54,
                f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {rng.randint(1, 40):02d} - "
                f"{words(rng, lg, 'legal', 3)[:-1]}",
                s2.bold,
                9,
            )
            write(e, s2, prose(rng, lg, "legal", 1, 2), 8.5)
        pages += e.pages
    remember(d)
    return pages


def tpl_class_register(rng: random.Random, who: Issuer) -> list[Page]:
    """An instructor's weekly class register filled in by hand on the school's landscape form:
    group, level, meeting point, the pupils with age, lift pass and hire, attendance ticks
    for each day, the level reached and race times, signed."""
    sh = school_head()
    lg = home()
    size = keyed(who, "size").choice([landscape(A4), landscape(A4), A5L])
    small = size == A5L
    s = style_of(sh, size, margin=28 if small else 36, pt=7.5 if small else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    monday = d - timedelta(days=d.weekday())
    instr = a_name(random.Random(zlib.crc32(f"{who.name}{rng.random()}".encode())), lg)
    p = Page(size)
    p.text(m, m + 4, fit(school_name(), s.bold, 10, w * 0.4), s.bold, 10)
    p.text(
        w / 2,
        m + 4,
        tr(lg, "CLASS REGISTER", "KURSLISTE / ANWESENHEIT", "FICHE DE GROUPE"),
        s.bold,
        12,
        "center",
    )
    p.text(
        w - m - 72, m + 4, f"{tr(lg, 'Week from', 'Woche ab', 'Semaine du')} ", s.font, 8, "right"
    )
    hand(p, w - m - 68, m + 4, short(monday, lg), 9)
    y = fields(
        p,
        s,
        m,
        m + 14,
        w - 2 * m,
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), str(rng.randint(1, 14))),
            (tr(lg, "Level", "Stufe", "Niveau"), rng.choice(level_names(lg))),
            (tr(lg, "Instructor", "Skilehrer", "Moniteur"), instr),
            (
                tr(lg, "Meeting point / time", "Treffpunkt / Zeit", "Rendez-vous / heure"),
                f"{rng.choice(PISTES[lg])} {rng.choice(['9:15', '9:45', '13:30', '14:00'])}",
            ),
        ],
        per=4,
        tall=22 if small else 24,
    )
    days = [
        tr(lg, t[0], t[1], t[2])
        for t in [
            ("Mon", "Mo", "Lu"),
            ("Tue", "Di", "Ma"),
            ("Wed", "Mi", "Me"),
            ("Thu", "Do", "Je"),
            ("Fri", "Fr", "Ve"),
            ("Sat", "Sa", "Sa"),
        ]
    ][: rng.choice([5, 6])]
    n = rng.randint(4, 10 if not small else 7)
    rows = []
    for _ in range(n):
        age = rng.randint(4, 14) if rng.random() < 0.7 else rng.randint(15, 60)
        first = rng.choice(KIDS[rng.choice([lg, lg, "en", "de", "fr"])] if age < 15 else FIRSTS[lg])
        ticks_ = ["x" if rng.random() < 0.9 else "abs" for _ in days]
        rows.append(
            [
                f"{first} {rng.choice(LASTS[rng.choice([lg, lg, 'en', 'de', 'fr'])])}",
                str(age),
                serial(rng, "9999") if rng.random() < 0.7 else "",
                rng.choice(["", "H", "H", "-"]),
                *ticks_,
                rng.choice(level_names(lg)) if rng.random() < 0.8 else "",
                f"{rng.randint(25, 70)},{rng.randint(0, 99):02d}" if rng.random() < 0.4 else "",
            ]
        )
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Age", "Alter", "Âge"),
        tr(lg, "Pass", "Skipass", "Forfait"),
        tr(lg, "Hire", "Verleih", "Loc."),
        *days,
        tr(lg, "Level reached", "Erreicht", "Niveau obtenu"),
        tr(lg, "Race", "Rennen", "Course"),
    ]
    spec = [3.0, 0.6, 0.9, 0.6, *[0.55] * len(days), 2.0, 0.9]
    y = grid(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        heads,
        spec,
        rows,
        empty=max(0, (6 if small else 11) - n),
        tall=15 if small else 17,
        pt=8 if small else 9,
    )
    y = min(y, hh - 56)
    p.text(m, y + 10, tr(lg, "Notes:", "Bemerkungen:", "Observations :"), s.font, 7.5)
    if rng.random() < 0.5:
        hand(p, m + 60, y + 10, words(rng, lg, "ski", rng.randint(5, 9)), 8.5, w / 2)
    p.text(w - m - 190, y + 30, tr(lg, "Instructor", "Skilehrer", "Moniteur"), s.font, 7.5)
    scrawl(p, w - m - 140, y + 30, instr, 11)
    form_code(
        p,
        tr(
            lg,
            "Return to the office on Friday",
            "Freitags im Büro abgeben",
            "À rendre au bureau le vendredi",
        ),
    )
    remember(d)
    return [p]


def tpl_instructor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance instructor's invoice to the school for lessons taught in a period, on the
    instructor's own plain letterhead: the lessons by date with hours and rate, the VAT
    position (small business, not registered, exempt), bank details; now and then the
    school's signed timesheet behind."""
    r = keyed(who, "free")
    lg = abroad(r, 0.3)
    name = a_name(r, lg)
    h = person_head(r, lg, name)
    h.foot = []
    h.look = r.choice(["plain", "centred", "side"])
    h.font, h.bold = r.choice(FACES)
    size = LETTER if lg == "en" and r.random() < 0.15 else A4
    s = style_of(h, size, margin=58)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    no = f"{d.year}-{rng.randint(1, 60):03d}" if r.random() < 0.5 else f"{rng.randint(1, 40)}"
    f = sheets(s, h)
    recipient(
        f, s, h, school_lines(), d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)]
    )
    caption(
        f,
        s,
        tr(lg, "Invoice", "Rechnung", "Note d'honoraires" if r.random() < 0.5 else "Facture"),
        2,
    )
    d0 = d - timedelta(days=rng.choice([7, 14, 28]))
    write(
        f,
        s,
        f"{tr(lg, 'Ski instruction', 'Skiunterricht', 'Enseignement du ski')} {short(d0, lg)} - "
        f"{short(d - timedelta(days=1), lg)}",
        s.size,
    )
    rate = rng.choice([22.0, 25.0, 28.0, 32.0, 38.0, 42.0])
    rows = []
    net = 0.0
    dd = d0
    while dd < d and len(rows) < 24:
        if rng.random() < 0.7:
            hrs = rng.choice([2, 2, 3, 4, 5, 6])
            kind = rng.choice(
                [
                    tr(lg, "Group", "Gruppe", "Collectif"),
                    tr(lg, "Private", "Privat", "Particulier"),
                    tr(lg, "Kids club", "Kinderkurs", "Club enfants"),
                ]
            )
            rows.append([short(dd, lg), kind, str(hrs), money(rate, lg), money(hrs * rate, lg)])
            net += hrs * rate
        dd += timedelta(days=1)
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (2.4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Lessons", "Unterricht", "Cours"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=r.random() < 0.6,
    )
    vat = r.random() < 0.3
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if vat else 0.0,
        note=""
        if vat
        else tr(
            lg,
            "Not VAT registered.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, art. 293 B du CGI.",
        ),
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay to: {name}, sort code {serial(r, '99-99-99')}, account "
            f"{serial(r, '99999999')}",
            f"Bitte überweisen Sie den Betrag auf: IBAN DE{serial(r, '99 9999 9999 9999 9999 99')}",
            f"Règlement par virement : IBAN FR76 {serial(r, '9999 9999 9999 9999 9999 999')}",
        ),
        s.size - 1,
    )
    if lg == "fr":
        write(
            f,
            s,
            f"SIRET {serial(r, '999 999 999 99999')} - "
            f"{tr(lg, '', '', 'Moniteur de ski indépendant')}",
            s.size - 1.5,
        )
    pages = f.pages
    if rng.random() < 0.35:
        sh = school_head()
        s2 = style_of(sh, A4, margin=50, pt=8.5)
        p = Page(A4)
        y = heading(p, s2, sh)
        p.text(
            50,
            y,
            tr(
                home(),
                "Instructor timesheet",
                "Stundenzettel Skilehrer",
                "Relevé d'heures moniteur",
            ),
            s2.bold,
            11,
        )
        y += 18
        y = grid(
            p,
            s2,
            50,
            y,
            A4[0] - 100,
            [
                tr(home(), "Date", "Datum", "Date"),
                tr(home(), "Group / pupil", "Gruppe / Gast", "Groupe / élève"),
                tr(home(), "From", "von", "de"),
                tr(home(), "To", "bis", "à"),
                tr(home(), "Hours", "Std.", "Heures"),
            ],
            [1.2, 3, 0.8, 0.8, 0.8],
            [
                [row[0], f"{row[1]} {rng.randint(1, 14)}", "9:30", f"{9 + int(row[2])}:30", row[2]]
                for row in rows
            ],
            empty=2,
            tall=16,
        )
        p.text(
            50, min(y + 24, A4[1] - 50), tr(home(), "Checked:", "Geprüft:", "Vérifié :"), s2.font, 8
        )
        scrawl(p, 100, min(y + 24, A4[1] - 50), director(), 11)
        pages.append(p)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up what it was about."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "lesson_booking": tpl_lesson_booking,
    "refund_request": tpl_refund_request,
    "group_booking": tpl_group_booking,
    "operator_invoice": tpl_operator_invoice,
    "instructor_contract": tpl_instructor_contract,
    "qualification_certificate": tpl_qualification_certificate,
    "work_permit": tpl_work_permit,
    "lift_invoice": tpl_lift_invoice,
    "lift_statement": tpl_lift_statement,
    "hire_invoice": tpl_hire_invoice,
    "accident_report": tpl_accident_report,
    "rescue_invoice": tpl_rescue_invoice,
    "claim_letter": tpl_claim_letter,
    "resort_circular": tpl_resort_circular,
    "staff_lease": tpl_staff_lease,
    "payroll_summary": tpl_payroll_summary,
    "federation_letter": tpl_federation_letter,
    "insurance_schedule": tpl_insurance_schedule,
    "class_register": tpl_class_register,
    "instructor_invoice": tpl_instructor_invoice,
}
TEMPLATES_HHHHH: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "lesson_booking",
    "lift_invoice",
    "hire_invoice",
    "class_register",
    "instructor_invoice",
    "rescue_invoice",
    "qualification_certificate",
    "work_permit",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "group_booking": "operator_invoice",
    "accident_report": "claim_letter",
    "instructor_contract": "work_permit",
    "lesson_booking": "refund_request",
    "lift_invoice": "lift_statement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_poacher_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One school's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The school
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "de", "de", "fr", "fr"])
    SCHOOL["lang"] = lang
    SCHOOL["row"] = r.randrange(len(SCHOOLS[lang]))
    SCHOOL["seed"] = r.getrandbits(24)
    SCHOOL["month"] = date(r.choice([2024, 2025]), r.choice([12, 1, 1, 2, 2, 3, 4, 11]), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_HHHHH, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_poacher_stream, "templates HHHHH")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

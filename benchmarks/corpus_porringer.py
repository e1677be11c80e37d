"""Porringer part of the generated corpus: templates RRRR, written blind for the next measurement.

A part of its own, ``porringer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a leisure
centre with a ten-lane bowling alley, three escape rooms and a bar (a general manager, a
technician, a bar manager and part-time staff; in England, Germany or France) feeds through its
scanner in a month: parents' children's party booking forms filled in by hand on the centre's
form (package, food and time slot tick boxes) with the allergy and dietary questionnaire for
the guests and now and then the party terms signed on a page of their own; the centre's
booking confirmations and deposit invoices for parties and corporate team events (lanes, escape
room sessions, buffet) with, sometimes, the booking conditions and a remittance slip; the lane
machine service company's service contract for the pinsetters (now and then behind a covering
letter) with the clauses, the equipment schedule lane by lane on a landscape page, the terms in
two columns and the signature page; the service engineers' visit reports on the company's
report pad (A4 or a carbon A5 copy) with the lane grid, the checklist, the parts fitted and
both signatures; the bowling parts and supplies invoices (pins, belts, lane oil, rental shoes)
whose lines run over pages; the escape room prop and electronics suppliers' invoices (maglocks,
RFID readers, show controllers), some printed on Letter paper from a web shop abroad, with
the packing list or a wiring sheet for a custom prop behind; the licensing authority's papers
for the premises (the council's covering letter with Part A of the premises licence, its
annexes of conditions and the plan on a landscape page; the Stadt's Gaststättenerlaubnis with
its Nebenbestimmungen, Gebührenfestsetzung and Rechtsbehelfsbelehrung; the mairie's arrêté of
late opening with the récépissé of the licence IV declaration); the music licence invoices
(TheMusicLicence, GEMA, SACEM) with the fee calculation and the licence conditions; the fire
consultant's fire risk assessment (cover sheet, premises details, hazards, the findings and
action plan on landscape pages, the sign-off); the fire alarm company's service reports
(servicing certificate with the zone table, now and then the emergency lighting test sheet
behind); the drinks wholesalers' and breweries' invoices with the keg and crate deposits and
their delivery notes (A5 or a narrow driver's slip) signed on receipt with the empties
returned; accident book entries (a tear-out BI 510 record, a Verbandbuch page, a fiche du
registre des accidents bénins) filled in by hand; the general manager's incident reports with
the investigation, the actions and a witness statement on a page of its own; the insurance
broker's renewal (covering letter, the leisure policy schedule section by section with a
running header and "Page i of n", the endorsements); the energy supplier's electricity bills
with the charges page and the consumption chart; the centre's part-time staff contracts
(zero-hours agreement, Minijob-Arbeitsvertrag, CDI à temps partiel) with the job description
annex and the signature page; the staff training records on landscape pages; customers'
complaint letters (a handwritten note, a typed letter or a printed e-mail) and the centre's
replies with a voucher; and the league secretaries' team registration forms for the bowling
leagues. Each stream is one centre's pile: the centre (country, name, month) is drawn once per
stream; its senders are of the centre's country and write in its language, except that parts
and prop suppliers, customers and league players are now and then from abroad and write in
their own. Page sizes range from narrow driver's slips and A5 pads to A4, Letter and landscape
A4.

Labelling rule: what one sender issues in one go is one document, as the centre files it: the
allergy questionnaire and the terms page of a party booking form; the booking conditions and
the remittance slip of a deposit invoice; the covering letter, the equipment schedule, the terms
and the signature page of a service contract; the checklist page of an engineer's report; the
continuation pages of an invoice; the packing list or wiring sheet behind a prop invoice; the
covering letter, annexes and plan of a premises licence; the calculation and conditions pages
of a music licence; every page of a fire risk assessment; the emergency lighting sheet behind an
alarm service report; the witness statement of an incident report; the covering letter,
schedule and endorsements of an insurance renewal; the pages of a bill; the job description and
signature page of a staff contract; the course certificate copy filed behind a training record;
the till receipt a customer encloses with a complaint; the voucher sent with a reply; the rules
page a league secretary hands in with a registration. Related papers are documents of their
own: the deposit invoice after the party booking form it confirms, the drinks invoice after the
delivery note, the incident report after the accident book entry, the parts invoice after the
engineer's report, the centre's reply after a complaint; and so is each report, invoice,
delivery note, entry, record and registration of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: engineer's reports, deposit
invoices, drinks invoices and delivery notes, accident book entries, training records and
league registrations often come 2-4 in a row from one sender with other numbers, dates and
amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "porringer"`` and seeds offset by 9_500_000.

Usage: ``python benchmarks/corpus_porringer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/porringer/porringer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    bar_width,
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

PART = "porringer"
SEED_OFFSET = 9_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the centre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CENTRES: dict[str, list[Row]] = {
    "en": [
        ("Kingpin Lanes & Locks Ltd", "Unit 3, Kirkstall Leisure Park", "Leeds LS5 3BT", ""),
        ("The Strike Rooms", "Riverside Way", "Nottingham NG2 1DP", "0115 986 4410"),
        ("Tenpin Quarter Leisure Ltd", "44 Charter Row", "Sheffield S1 3FZ", "0114 272 0935"),
    ],
    "de": [
        ("Bowling & Escape Neunerhof GmbH", "Wittener Straße 180", "44803 Bochum", ""),
        ("Strike Freizeitcenter Kassel", "Leipziger Straße 112", "34123 Kassel", "0561 57 30 88"),
        ("Bowlingcenter Lechpark GmbH", "Haunstetter Straße 49", "86161 Augsburg", ""),
    ],
    "fr": [
        ("Bowling des Remparts SARL", "12 boulevard des Martyrs", "44200 Nantes", "02 40 48 21 70"),
        ("Le Strike Loisirs SAS", "Zone Valmy, 3 rue Ampère", "21000 Dijon", "03 80 71 44 02"),
        ("Quilles & Énigmes SARL", "28 avenue Grammont", "37000 Tours", "02 47 05 63 19"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "service": {
        "en": [
            (
                "Lanecraft Technical Services Ltd",
                "Unit 9, Hilton Business Park",
                "Derby DE65 5FJ",
                "",
            ),
            ("Pinfall Engineering (UK) Ltd", "Bessemer Road", "Welwyn AL7 1HT", "01707 331 800"),
        ],
        "de": [
            ("Bowling-Technik Nord GmbH", "Gewerbering 14", "21079 Hamburg", "040 76 11 52 0"),
            ("Kegel- und Bowlingservice Hartl", "Industriestraße 7", "85221 Dachau", ""),
        ],
        "fr": [
            ("Bowling Maintenance Services SAS", "ZA Les Gâtines", "91370 Verrières", ""),
            ("Quillier Technic Ouest", "7 rue de la Rainière", "44300 Nantes", "02 40 93 58 10"),
        ],
    },
    "parts": {
        "en": [
            ("Bowltech Supplies UK", "Unit 2, Sabre Way", "Rugby CV21 1QN", "01788 547 210"),
            ("Strikeline Bowling Products", "Foundry Lane", "Halesowen B63 2PW", ""),
        ],
        "de": [
            ("Bowling-Shop Kessler GmbH", "Kreuzstraße 40", "67433 Neustadt", "06321 39 88 0"),
            ("Pro Lane Bowlingbedarf", "Im Gewerbepark 3", "93059 Regensburg", ""),
        ],
        "fr": [
            ("Bowl Équipements SARL", "45 rue du Commerce", "59790 Ronchin", "03 20 88 14 60"),
            ("Quille d'Or Distribution", "ZI Nord, 2 allée Newton", "69330 Meyzieu", ""),
        ],
    },
    "props": {
        "en": [
            ("Puzzlecraft Props Ltd", "The Arches, 22 Viaduct Road", "Brighton BN1 4ND", ""),
            ("Riddlebox Electronics", "Unit 14, Tower Works", "Leeds LS11 5QS", ""),
        ],
        "de": [
            ("Rätselwerk Requisitenbau", "Hafenstraße 31", "48153 Münster", "0251 60 91 44"),
            ("ExitTech Steuerungen GmbH", "Zeppelinstraße 8", "71229 Leonberg", ""),
        ],
        "fr": [
            ("Énigma Décors", "14 rue des Tanneurs", "67000 Strasbourg", "03 88 22 41 07"),
            ("Escape Électronique SAS", "Parc Innolin, 3 rue du Golf", "33700 Mérignac", ""),
        ],
    },
    "fire": {
        "en": [
            ("Firecheck Safety Services Ltd", "Enterprise House, Kingsway", "Leeds LS10 1LB", ""),
            ("Trentside Fire & Security", "14 Castle Boulevard", "Nottingham NG7 1FB", ""),
        ],
        "de": [
            ("Brandschutz Meyer GmbH & Co. KG", "Am Technologiepark 5", "44799 Bochum", ""),
            ("Sicherheitstechnik Krause", "Holländische Straße 95", "34127 Kassel", ""),
        ],
        "fr": [
            ("Sécurité Incendie Atlantique", "6 rue de l'Étier", "44000 Nantes", "02 40 35 77 12"),
            ("Protec Feu Bourgogne", "18 rue Jeannin", "21000 Dijon", ""),
        ],
    },
    "drinks": {
        "en": [
            ("Carlton Drinks Wholesale Ltd", "Canal Wharf", "Leeds LS11 5PS", "0113 243 8800"),
            ("Moorgate Brewery Trade Sales", "Brewery Yard", "Sheffield S3 8EQ", ""),
        ],
        "de": [
            ("Getränke Hoffmann Großhandel", "Hordeler Straße 60", "44651 Herne", ""),
            ("Privatbrauerei Lindenhof", "Brauhausgasse 4", "34117 Kassel", "0561 77 04 0"),
        ],
        "fr": [
            ("Boissons de l'Ouest SAS", "ZI de la Lorie", "44800 Saint-Herblain", ""),
            ("Brasserie du Val de Loire", "9 quai Paul Bert", "37100 Tours", "02 47 54 30 60"),
        ],
    },
    "broker": {
        "en": [
            ("Hallmark Leisure Insurance Brokers", "3 Park Square", "Leeds LS1 2NE", ""),
            ("Pennine Commercial Insurance", "Broad Street House", "Sheffield S2 5TG", ""),
        ],
        "de": [
            ("Versicherungsmakler Lorenz & Partner", "Königsallee 21", "44789 Bochum", ""),
            ("FreizeitAssekuranz Maklerkontor", "Obere Königsstraße 3", "34117 Kassel", ""),
        ],
        "fr": [
            ("Cabinet Dubreuil Assurances", "8 place Graslin", "44000 Nantes", "02 40 69 12 45"),
            ("Loisirs Courtage SARL", "3 rue de la Liberté", "21000 Dijon", ""),
        ],
    },
    "energy": {
        "en": [
            ("Northern Power Business Energy", "PO Box 318", "Doncaster DN1 9PZ", ""),
            ("Trent Valley Energy Ltd", "PO Box 77", "Derby DE1 9TV", ""),
            ("Summit Gas & Power for Business", "Freepost SGP", "Coventry CV1 2WT", ""),
        ],
        "de": [
            ("Stadtwerke Ruhrtal GmbH", "Massenbergstraße 15", "44787 Bochum", ""),
            ("Energieversorgung Mitte AG", "Königstor 3", "34117 Kassel", ""),
            ("Stadtwerke Lechtal GmbH", "Hoher Weg 1", "86152 Augsburg", ""),
        ],
        "fr": [
            ("Énergie Commerce Pro", "TSA 21004", "69417 Lyon Cedex 03", ""),
            ("Électricité de Loire Entreprises", "Service clients, BP 4019", "45040 Orléans", ""),
            ("Énergie Commerce Pro", "TSA 21004", "69417 Lyon Cedex 03", ""),
        ],
    },
    "music": {
        "en": [("PPL PRS Ltd - TheMusicLicence", "2 Pancras Square", "London N1C 4AG", "")],
        "de": [
            ("GEMA Bezirksdirektion Dortmund", "Westfalendamm 241", "44141 Dortmund", ""),
            ("GEMA Bezirksdirektion Wiesbaden", "Abraham-Lincoln-Straße 20", "65189 Wiesbaden", ""),
        ],
        "fr": [
            ("SACEM - Délégation régionale de Nantes", "1 rue Racine", "44000 Nantes", ""),
            ("SACEM - Délégation régionale de Dijon", "16 rue de la Préfecture", "21000 Dijon", ""),
        ],
    },
}
#: The licensing authority of each centre (same index as ``CENTRES``).
AUTHORITIES: dict[str, list[Row]] = {
    "en": [
        ("Leeds City Council - Entertainment Licensing", "Merrion House", "Leeds LS2 8BB", ""),
        (
            "Nottingham City Council - Licensing",
            "Loxley House, Station St",
            "Nottingham NG2 3NG",
            "",
        ),
        (
            "Sheffield City Council - Licensing Service",
            "Town Hall, Pinstone St",
            "Sheffield S1 2HH",
            "",
        ),
    ],
    "de": [
        ("Stadt Bochum - Ordnungsamt", "Willy-Brandt-Platz 2-6", "44777 Bochum", ""),
        ("Stadt Kassel - Ordnungsamt, Gewerbeangelegenheiten", "Rathaus", "34117 Kassel", ""),
        ("Stadt Augsburg - Ordnungsamt", "Schießgrabenstraße 4", "86150 Augsburg", ""),
    ],
    "fr": [
        (
            "Mairie de Nantes - Direction Réglementation",
            "2 rue de l'Hôtel de Ville",
            "44094 Nantes",
            "",
        ),
        ("Ville de Dijon - Service Réglementation", "Place de la Libération", "21000 Dijon", ""),
        ("Mairie de Tours - Police administrative", "1-3 rue des Minimes", "37000 Tours", ""),
    ],
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Priya", "Liam", "Hannah", "Tom", "Fiona", "Kyle"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
KIDS = {
    "en": ["Olivia", "Noah", "Amelia", "Leo", "Isla", "Oscar", "Ava", "Freddie", "Mia", "Alfie"],
    "de": ["Emma", "Noah", "Mia", "Paul", "Lina", "Ben", "Lea", "Finn", "Clara", "Elias"],
    "fr": ["Jade", "Gabriel", "Louise", "Raphaël", "Emma", "Léo", "Alice", "Arthur", "Lina"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}
ROADS = {
    "en": ["Otley Road", "Moor Lane", "Station Road", "Cavendish Street", "Beech Grove"],
    "de": ["Goethestraße", "Am Lindenhof", "Bergstraße", "Schillerweg", "Kirchplatz"],
    "fr": ["rue Pasteur", "avenue Jean Jaurès", "rue des Lilas", "impasse du Moulin"],
}
TOWNS = {
    "en": ["Leeds LS16 5PQ", "Nottingham NG5 2AB", "Sheffield S10 3GH", "Wakefield WF1 2DP"],
    "de": ["44795 Bochum", "34131 Kassel", "86159 Augsburg", "44866 Bochum-Wattenscheid"],
    "fr": ["44300 Nantes", "21000 Dijon", "37200 Tours", "44400 Rezé"],
}

TALK = {
    "en": {
        "bowl": "lane pinsetter deck sweep rake cushion kickback pit belt ball return oil "
        "pattern approach foul line sensor gearbox cycle turret table adjustment",
        "escape": "room puzzle lock maglock sensor clue timer reset controller relay prop "
        "cabinet wiring scenario players host camera emergency release",
        "safety": "fire alarm detector escape route exit sign extinguisher evacuation "
        "assembly point emergency lighting risk action storage combustible staff",
        "legal": "party agreement obligations term notice termination liability "
        "insurance payment charges schedule services equipment visit",
        "money": "invoice payment account balance due amount reference transfer period "
        "charges terms deposit booking",
        "party": "party children guests birthday food lanes bumpers host arrival session "
        "table drinks cake invitation package",
        "gripe": "booking lane machine staff waiting food cold refund birthday disappointed "
        "evening party room manager experience",
        "bar": "keg cask crate bottles delivery cellar empties pallet driver order stock "
        "lines gas cylinder returned",
    },
    "de": {
        "bowl": "Bahn Pinsetter Deck Rechen Polster Kickback Grube Riemen Ballrücklauf Öl "
        "Ölmuster Anlauf Foullinie Sensor Getriebe Zyklus Drehkreuz Einstellung",
        "escape": "Raum Rätsel Schloss Magnetschloss Sensor Hinweis Timer Reset Steuerung "
        "Relais Requisite Schrank Verkabelung Szenario Spieler Spielleiter Notöffnung",
        "safety": "Brandmelder Melder Rettungsweg Notausgang Feuerlöscher Räumung Sammelplatz "
        "Sicherheitsbeleuchtung Gefährdung Maßnahme Lagerung brennbar Mitarbeiter",
        "legal": "Vertragsparteien Pflichten Laufzeit Kündigung Haftung Versicherung "
        "Vergütung Leistungen Anlage Wartung Einsatz Frist",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum Gebühren Zahlungsziel Anzahlung Buchung",
        "party": "Feier Kinder Gäste Geburtstag Essen Bahnen Banden Betreuer Ankunft "
        "Spielzeit Tisch Getränke Kuchen Einladung Paket",
        "gripe": "Reservierung Bahn Maschine Personal Wartezeit Essen kalt Erstattung "
        "Geburtstag enttäuscht Abend Feier Raum Leitung",
        "bar": "Fass Kiste Flaschen Lieferung Keller Leergut Palette Fahrer Bestellung "
        "Bestand Leitung Kohlensäure zurück",
    },
    "fr": {
        "bowl": "piste quilleur plateau râteau coussin kickback fosse courroie retour "
        "boules huile huilage approche ligne de faute capteur réducteur cycle tourelle",
        "escape": "salle énigme serrure ventouse capteur indice minuteur remise à zéro "
        "automate relais décor coffre câblage scénario joueurs maître du jeu",
        "safety": "alarme incendie détecteur dégagement sortie de secours extincteur "
        "évacuation point de rassemblement éclairage de sécurité risque mesure stockage",
        "legal": "parties obligations durée préavis résiliation responsabilité assurance "
        "prix prestations annexe matériel visite",
        "money": "facture paiement compte solde échéance montant référence virement "
        "période frais règlement acompte réservation",
        "party": "anniversaire enfants invités goûter pistes barrières animateur arrivée "
        "partie table boissons gâteau invitation formule",
        "gripe": "réservation piste machine personnel attente repas froid remboursement "
        "anniversaire déçu soirée salle responsable",
        "bar": "fût casier bouteilles livraison cave vides palette chauffeur commande stock "
        "tireuse gaz consigne retour",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "bowl", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "bowl", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The centre of a stream and what the previous document was about
# ---------------------------------------------------------------------------------------------

CENTRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CENTRE["lang"])


def row_no() -> int:
    return int(CENTRE["row"])  # type: ignore[call-overload]


def month() -> date:
    m = CENTRE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's centre and ``key``: a run or a repeat keeps
    its sender."""
    text = f"porringer/{key}/{who.name}/{who.street}/{who.city}/{CENTRE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def extra_of(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def home_address(rng: random.Random, lang: str) -> tuple[str, str]:
    road, no = rng.choice(ROADS[lang]), rng.randint(1, 140)
    return (f"{road} {no}" if lang == "de" else f"{no} {road}", rng.choice(TOWNS[lang]))


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
TAGLINE = {
    "centre": (
        "Bowling - Escape Rooms - Bar",
        "Bowling - Escape Rooms - Bar",
        "Bowling - Escape Game - Bar",
    ),
    "service": (
        "Pinsetter service and lane care",
        "Service für Pinsetter und Bahnen",
        "Maintenance quilleurs et pistes",
    ),
    "parts": (
        "Bowling equipment and supplies",
        "Bowlingbedarf und Ersatzteile",
        "Fournitures et pièces de bowling",
    ),
    "props": (
        "Escape room props and electronics",
        "Requisiten und Steuerungen für Escape Rooms",
        "Décors et électronique pour escape games",
    ),
    "fire": (
        "Fire alarm - emergency lighting - risk assessment",
        "Brandmeldeanlagen - Sicherheitsbeleuchtung",
        "Détection incendie - éclairage de sécurité",
    ),
    "drinks": (
        "Beers, wines, spirits and minerals",
        "Getränkefachgroßhandel",
        "Bières, vins, spiritueux, softs",
    ),
    "broker": (
        "Insurance for leisure and hospitality",
        "Versicherungen für Freizeit und Gastronomie",
        "Assurances loisirs et hôtellerie",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "music"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(300, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse Bochum', 'Kasseler Sparkasse', 'Volksbank', 'Commerzbank'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Bochum', 'Kassel', 'Hamburg', 'Augsburg'])} - Amtsgericht "
                f"HRB {r.randint(1000, 29999)} - Geschäftsführer: "
                + r.choice(["Dirk Brüggemann", "Silke Arndt", "Ralf Özdemir", "Jutta Kamps"]),
            )
        return out
    if lang == "fr":
        nums = (
            r.randint(300, 899),
            r.randint(100, 999),
            r.randint(100, 999),
            r.randint(10000, 99999),
        )
        siret = " ".join(str(x) for x in nums)
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9329Z', '5630Z', '4639B', '3312Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - capital {r.choice(['8 000', '20 000', '50 000'])} €"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    out.append(f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role == "broker":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)]


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"porringer/head/{name}/{CENTRE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "music", "energy"):
        looks = ["official"] if role == "authority" else ["band", "plain", "boxed"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone or f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        role=role,
        look=r.choice(looks),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def centre_head() -> Head:
    lang = home()
    return make_head(CENTRES[lang][row_no()], lang, "centre")


def authority_head() -> Head:
    lang = home()
    return make_head(AUTHORITIES[lang][row_no()], lang, "authority")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and centre), of the
    centre's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role == "music" or (role == "energy" and r.random() < 0.7):
        return make_head(rows[row_no() % len(rows)], lang, role)
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
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def pin_logo(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """The centre's little logo: a bowling pin beside a ball."""
    p.rect(x + 4 * k, y, 6 * k, 5 * k, fill=0.1)
    p.rect(x + 2.5 * k, y + 5 * k, 9 * k, 14 * k, fill=0.1)
    p.rect(x + 5.5 * k, y + 7 * k, 3 * k, 2 * k, fill=0.9)
    ring(p, x + 22 * k, y + 13 * k, 7 * k, 20)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    lg = {"en": 0, "de": 1, "fr": 2}[h.lang]
    tag = TAGLINE.get(h.role, ("", "", ""))[lg]
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
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role == "centre":
            pin_logo(p, w / 2 - 15, y - 30, 1.0)
            y += 6
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 14, fit(tag or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 23,
            fit(f"{where}  {contact}" if tag else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 29, w - m, y + 29)
        return y + 48
    if h.look == "letter":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, tag, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 16
    if h.look == "boxed":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        if h.role == "centre":
            pin_logo(p, m, y - 10, 0.9)
            x0 = m + 34
        else:
            x0 = m
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - x0)
        p.text(x0, y + 4, h.name, h.bold, pt)
        p.text(x0, y + 15, fit(tag, italic_of(h.font), 7.5, w * 0.6 - x0), italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 20
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, h.name, h.bold, pt)
    p.text(w - m, y - 4, fit(where, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    if contact:
        p.text(w - m, y + 5, fit(contact, h.font, 7, w * 0.4 - m), h.font, 7, "right")
    p.rect(m, y + 10, w - 2 * m, 2, fill=0.2)
    return y + 32


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
    """Pages with no letterhead: a running header from the second page if ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the centre's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    ["GM", "Office", "Bar"]
                    if lang == "en"
                    else ["Büro", "GF", "Theke"]
                    if lang == "de"
                    else ["Direction", "Bureau"]
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"porringer/staff/{tag}/{h.name}/{CENTRE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def manager() -> str:
    return staff(centre_head(), "gm")


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def centre_lines(att: str = "") -> list[str]:
    return head_lines(centre_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    extra: list[tuple[str, float]] | None = None,
) -> float:
    """Net, tax at ``rate`` (and ``extra`` untaxed lines such as deposits) right-aligned under
    a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    for t, v in extra or []:
        rows.append((t, v))
        gross += v
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.26), bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


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


def sign_lines(
    f: Sheets,
    s: Style,
    left: tuple[str, str],
    right: tuple[str, str],
    d: date,
    lg: str,
    signed: tuple[bool, bool] = (True, True),
) -> None:
    """Two signature lines side by side (caption, name), with the date by hand."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 10
    x2 = w / 2 + 10
    for x, (cap, name), on in ((m, left, signed[0]), (x2, right, signed[1])):
        f.page.text(x, f.y, cap, s.font, s.size - 1)
        if on:
            hand(f.page, x, f.y + 16, f"{tr(lg, 'Date', 'Datum', 'Le')} {short(d, lg)}", 8.5)
            scrawl(f.page, x + 4, f.y + 40, name)
        f.page.line(x, f.y + 44, x + w / 2 - m - 24, f.y + 44)
        f.page.text(x, f.y + 54, fit(name, s.font, 7.5, w / 2 - m - 24), s.font, 7.5)
    f.y += 72


def lined(p: Page, x0: float, x1: float, y0: float, y1: float, gap: float = 18) -> list[float]:
    """Ruled lines for hand writing from ``y0`` to ``y1``; their baselines."""
    ys = []
    y = y0
    while y <= y1:
        p.line(x0, y, x1, y)
        ys.append(y)
        y += gap
    return ys


def hand_lines(
    rng: random.Random, p: Page, x0: float, x1: float, ys: list[float], text: str, pt: float = 9.5
) -> None:
    """``text`` written by hand on the ruled lines ``ys``."""
    for ln, y in zip(wrap(text, HAND, pt, x1 - x0 - 6), ys, strict=False):
        p.text(x0 + rng.uniform(1, 5), y - 3, ln, HAND, pt)


# ---------------------------------------------------------------------------------------------
# Templates RRRR: parties and bookings
# ---------------------------------------------------------------------------------------------

PACKAGES = {
    "en": ["Bowling party (2 games)", "Junior escape (45 min)", "Bowl & Escape combo", "Glow bowl"],
    "de": [
        "Bowling-Party (2 Spiele)",
        "Junior-Escape (45 Min.)",
        "Kombi Bowling & Escape",
        "Schwarzlicht-Bowling",
    ],
    "fr": [
        "Bowling (2 parties)",
        "Escape junior (45 min)",
        "Formule bowling + escape",
        "Bowling fluo",
    ],
}
MENUS = {
    "en": ["Chicken nuggets & chips", "Cheese pizza", "Hot dog", "Veggie wrap", "Party box"],
    "de": ["Chicken Nuggets & Pommes", "Pizza Margherita", "Hot Dog", "Gemüse-Wrap", "Partybox"],
    "fr": ["Nuggets frites", "Pizza fromage", "Hot-dog", "Wrap végétarien", "Box goûter"],
}
ALLERGENS = {
    "en": ["Nuts", "Peanuts", "Gluten", "Milk", "Egg", "Soya", "Sesame"],
    "de": ["Schalenfrüchte", "Erdnüsse", "Gluten", "Milch", "Ei", "Soja", "Sesam"],
    "fr": ["Fruits à coque", "Arachides", "Gluten", "Lait", "Oeuf", "Soja", "Sésame"],
}
PARTY_TERMS = {
    "en": [
        "Bookings",
        "Deposit",
        "Numbers",
        "Arrival",
        "Food",
        "Supervision",
        "Cancellation",
        "Lost property",
        "Photographs",
    ],
    "de": [
        "Buchung",
        "Anzahlung",
        "Teilnehmerzahl",
        "Ankunft",
        "Verpflegung",
        "Aufsichtspflicht",
        "Stornierung",
        "Fundsachen",
        "Fotos",
    ],
    "fr": [
        "Réservation",
        "Acompte",
        "Nombre d'enfants",
        "Arrivée",
        "Goûter",
        "Surveillance",
        "Annulation",
        "Objets trouvés",
        "Photos",
    ],
}


def tpl_party_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's children's party booking on the centre's form: parent and child, date and
    slot, package and food tick boxes, numbers and deposit, signed by hand; the allergy and
    dietary questionnaire for the guests on a second page; now and then the party terms signed
    on a page of their own."""
    lg = home()
    h = centre_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    parent = person(rng, lg)
    child = rng.choice(KIDS[lg])
    age = rng.randint(5, 12)
    d = some_day(rng)
    party = d + timedelta(days=rng.randint(7, 40))
    guests = rng.randint(6, 16)
    street, town = home_address(rng, lg)
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CHILDREN'S PARTY BOOKING FORM",
        "ANMELDUNG KINDERGEBURTSTAG",
        "RÉSERVATION ANNIVERSAIRE ENFANT",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 5, w - 2 * m - 90))
    p.rect(w - m - 86, y - 12, 86, 20)
    p.text(
        w - m - 82, y - 3, tr(lg, "Office use - ref.", "Büro - Nr.", "Réservé - n°"), s.font, 5.5
    )
    hand(p, w - m - 80, y + 5, f"P{rng.randint(100, 999)}", 8)
    y += 22
    y = band(
        p,
        s,
        y,
        tr(lg, "1. Parent / guardian", "1. Erziehungsberechtigte/r", "1. Parent / responsable"),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), parent),
            (
                tr(lg, "Mobile", "Handy", "Portable"),
                f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                if lg == "en"
                else f"01{rng.randint(51, 79)} {rng.randint(1000000, 9999999)}"
                if lg == "de"
                else "06 " + " ".join(str(rng.randint(10, 99)) for _ in range(4)),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
            (
                tr(lg, "E-mail", "E-Mail", "E-mail"),
                f"{parent.split()[0].lower()}.{parent.split()[-1].lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
        ],
        per=2,
    )
    y = band(p, s, y, tr(lg, "2. The party", "2. Die Feier", "2. L'anniversaire"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Birthday child", "Geburtstagskind", "Prénom de l'enfant"), child),
            (tr(lg, "Age on the day", "Alter", "Âge"), str(age)),
            (tr(lg, "Date of party", "Datum", "Date"), short(party, lg)),
            (
                tr(lg, "Start time", "Beginn", "Heure d'arrivée"),
                rng.choice(["10:00", "12:30", "14:00", "15:30", "16:00"]),
            ),
            (tr(lg, "Number of children", "Anzahl Kinder", "Nombre d'enfants"), str(guests)),
            (tr(lg, "Adults staying", "Begleitpersonen", "Adultes"), str(rng.randint(1, 4))),
        ],
        per=3,
    )
    p.text(m, y, tr(lg, "Package:", "Paket:", "Formule :"), s.bold, s.size - 1)
    y = ticks(p, s, m + 60, y, w - 2 * m - 60, PACKAGES[lg], {rng.randrange(4)})
    p.text(m, y, tr(lg, "Food:", "Essen:", "Repas :"), s.bold, s.size - 1)
    y = ticks(
        p, s, m + 60, y, w - 2 * m - 60, MENUS[lg], set(rng.sample(range(5), rng.randint(1, 2)))
    )
    p.text(m, y, tr(lg, "Extras:", "Extras:", "Options :"), s.bold, s.size - 1)
    extras = [
        tr(lg, "Bumpers", "Banden", "Barrières"),
        tr(lg, "Birthday cake", "Geburtstagskuchen", "Gâteau"),
        tr(lg, "Party bags", "Mitgebsel", "Sachets surprise"),
        tr(lg, "Slush drinks", "Slush", "Granités"),
    ]
    y = ticks(p, s, m + 60, y, w - 2 * m - 60, extras, set(rng.sample(range(4), rng.randint(0, 3))))
    y += 6
    y = band(p, s, y, tr(lg, "3. Payment", "3. Zahlung", "3. Règlement"))
    price = (
        rng.choice([11.95, 13.5, 14.95, 16.0])
        if lg == "en"
        else rng.choice([12.9, 14.5, 15.9, 17.0])
    )
    dep = rng.choice([30.0, 40.0, 50.0])
    y = pairs(
        p,
        s,
        m,
        y + 4,
        [
            (tr(lg, "Price per child", "Preis pro Kind", "Prix par enfant"), cash(price, lg)),
            (
                tr(
                    lg,
                    "Deposit (non-refundable)",
                    "Anzahlung (nicht erstattbar)",
                    "Acompte (non remboursable)",
                ),
                cash(dep, lg),
            ),
        ],
        w / 2,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Card", "EC-Karte", "CB"),
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
        ],
        {rng.randrange(3)},
    )
    y += 8
    y = text_notice(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I have read the party terms and confirm the details above. Children must be "
            "supervised by an adult at all times.",
            "Ich habe die Bedingungen für Kindergeburtstage gelesen. Die Aufsichtspflicht "
            "liegt bei den Begleitpersonen.",
            "J'ai pris connaissance des conditions et je confirme la réservation. Les enfants "
            "restent sous la surveillance des parents.",
        ),
    )
    p.text(m, y + 8, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, s.size - 1)
    scrawl(p, m + 60, y + 10, parent)
    p.line(m + 55, y + 12, m + 220, y + 12)
    p.text(m + 240, y + 8, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    hand(p, m + 275, y + 8, short(d, lg), 9)
    if rng.random() < 0.4:
        p.text(m, hh - m, tr(lg, "Taken by:", "Aufgenommen:", "Pris par :"), s.font, 7)
        hand(p, m + 60, hh - m, staff(h, "desk")[:1] + staff(h, "desk").split()[-1][:1], 9)
    pages = [p]
    # the allergy and dietary questionnaire
    q = Page(s.page_size)
    y = m
    if h.again:
        y = heading(q, s, h)
    q.text(
        m,
        y,
        tr(
            lg,
            "Allergy and dietary questionnaire",
            "Fragebogen Allergien und Ernährung",
            "Questionnaire allergies et régimes",
        ),
        s.bold,
        s.size + 3,
    )
    y += 16
    y = text_notice(
        q,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"Party of {child} on {short(party, lg)}. Please list every child with an allergy "
            "or dietary need. Our kitchen handles nuts, gluten and milk; we cannot guarantee "
            "any dish free of traces.",
            f"Feier von {child} am {short(party, lg)}. Bitte tragen Sie jedes Kind mit Allergie "
            "oder Unverträglichkeit ein. In unserer Küche werden Nüsse, Gluten und Milch "
            "verarbeitet.",
            f"Anniversaire de {child} le {short(party, lg)}. Merci d'indiquer chaque enfant "
            "ayant une allergie ou un régime particulier. Notre cuisine utilise fruits à "
            "coque, gluten et lait.",
        ),
    )
    alg = ALLERGENS[lg]
    cols = columns(m, w - m, [(3, "left")] + [(1, "center")] * len(alg) + [(2.6, "left")])
    heads = [
        tr(lg, "Child's name", "Name des Kindes", "Prénom"),
        *alg,
        tr(lg, "Other / notes", "Sonstiges", "Autre"),
    ]
    for c, t in zip(cols, heads, strict=True):
        q.text(c[0], y, fit(t, s.bold, 6.5, c[1] - c[0]), s.bold, 6.5)
    y += 6
    n_rows = rng.randint(8, 12)
    filled = rng.randint(0, 3)
    for k in range(n_rows):
        q.line(m, y, w - m, y)
        if k < filled:
            hand(q, cols[0][0] + 2, y + 12, rng.choice(KIDS[lg]), 9, cols[0][1] - cols[0][0])
            for j in rng.sample(range(len(alg)), rng.randint(1, 2)):
                c = cols[1 + j]
                q.text((c[0] + c[1]) / 2 - 3, y + 12, "X", HAND, 9)
            if rng.random() < 0.5:
                hand(
                    q,
                    cols[-1][0] + 2,
                    y + 12,
                    rng.choice(["EpiPen in bag", "Vegetarisch", "halal", "sans porc", "mild only"]),
                    8,
                    cols[-1][1] - cols[-1][0],
                )
        y += 17
    q.line(m, y, w - m, y)
    y += 20
    for t, on in (
        (
            tr(
                lg,
                "Does any child carry an adrenaline auto-injector?",
                "Hat ein Kind einen Adrenalin-Autoinjektor dabei?",
                "Un enfant a-t-il un stylo d'adrénaline ?",
            ),
            filled > 0 and rng.random() < 0.5,
        ),
        (
            tr(
                lg,
                "Any medical condition staff should know about?",
                "Gibt es Erkrankungen, die wir kennen sollten?",
                "Problème de santé à signaler ?",
            ),
            rng.random() < 0.2,
        ),
    ):
        q.text(m, y, fit(t, s.font, s.size - 1, w - 2 * m - 110), s.font, s.size - 1)
        ticks(q, s, w - m - 100, y, 100, yes_no(lg), {0 if on else 1})
        y += 18
    y += 10
    q.text(
        m,
        y,
        tr(lg, "Parent's signature", "Unterschrift", "Signature du parent"),
        s.font,
        s.size - 1,
    )
    scrawl(q, m + 110, y + 2, parent)
    q.line(m + 100, y + 4, m + 280, y + 4)
    pages.append(q)
    if rng.random() < 0.35:
        t = small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Party terms and conditions",
                "Bedingungen für Kindergeburtstage",
                "Conditions des anniversaires",
            ),
            PARTY_TERMS[lg],
            "party",
        )
        t.text(m, hh - 60, tr(lg, "Signed:", "Unterschrift:", "Signature :"), s.font, 8)
        scrawl(t, m + 50, hh - 58, parent)
        pages.append(t)
    remember(d, (parent, child, party, guests, price, dep, street, town))
    return close(pages, s, h)


def text_notice(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    pt = pt or s.size - 1
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


COMPANIES = {
    "en": [
        "Aire Valley Housing Trust",
        "Kirkgate Solicitors LLP",
        "Brightwell Software Ltd",
        "Yorkshire Pensions Admin",
        "Castleford Logistics Ltd",
    ],
    "de": [
        "Ruhrstahl Handel GmbH",
        "Kanzlei Wendt & Albers",
        "Datenwerk IT-Services GmbH",
        "Sparkassen-Finanzgruppe Regionalbüro",
        "Hausarztpraxis am Park",
    ],
    "fr": [
        "Cabinet Leroux Expertise",
        "Atlantique Logiciels SAS",
        "Mutuelle des Pays de Loire",
        "Transports Guérin",
        "Agence Immobilière du Centre",
    ],
}


def tpl_deposit_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's booking confirmation and deposit invoice for a party or a corporate team
    event: the booking lines (lanes, escape room sessions, buffet), the deposit due now and the
    balance on the day, sometimes the booking conditions and a remittance slip."""
    lg = home()
    h = centre_head()
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    got = extra_of(("party_booking",))
    d = last_day(rng, ("party_booking",), (0, 3))
    no = f"{tr(lg, 'DEP', 'AZ', 'AC')}-{d.year % 100}{rng.randint(1000, 9999)}"
    f = sheets(s, h, f"{h.name} - {no}")
    if isinstance(got, tuple):
        parent, child, party, guests, price, dep, street, town = got
        to = [mx(str(parent), lg), str(street), str(town)]
        event = tr(
            lg,
            f"Birthday party for {child}",
            f"Kindergeburtstag {child}",
            f"Anniversaire de {child}",
        )
        lines = [
            [
                tr(
                    lg,
                    "Party package per child",
                    "Partypaket pro Kind",
                    "Formule anniversaire par enfant",
                ),
                str(guests),
                money(float(price), lg),
                float(price) * int(guests),
            ],
        ]
        when = party
        deposit = float(dep)
    else:
        comp = rng.choice(COMPANIES[lg])
        contact = person(rng, lg)
        street, town = home_address(rng, lg)
        to = [
            comp,
            f"{tr(lg, 'FAO', 'z. Hd.', 'À l attention de')} {mx(contact, lg)}",
            street,
            town,
        ]
        event = tr(lg, "Team event", "Firmenevent", "Soirée d'entreprise")
        n = rng.randint(12, 60)
        when = d + timedelta(days=rng.randint(10, 60))
        lanes = min(10, max(2, n // 6))
        rate = rng.choice([42.0, 48.0, 55.0]) * 2
        lines = [
            [
                tr(
                    lg,
                    f"Lane hire {lanes} lanes x 2 h",
                    f"Bahnmiete {lanes} Bahnen x 2 Std.",
                    f"Location {lanes} pistes x 2 h",
                ),
                str(lanes),
                money(rate, lg),
                rate * lanes,
            ],
            [
                tr(lg, "Shoe hire", "Schuhmiete", "Location chaussures"),
                str(n),
                money(2.5, lg),
                2.5 * n,
            ],
        ]
        if rng.random() < 0.7:
            rooms = rng.randint(1, 3)
            er = rng.choice([120.0, 135.0, 150.0])
            lines.append(
                [
                    tr(
                        lg,
                        "Escape room session 60 min",
                        "Escape Room 60 Min.",
                        "Session escape game 60 min",
                    ),
                    str(rooms),
                    money(er, lg),
                    er * rooms,
                ]
            )
        if rng.random() < 0.8:
            pp = rng.choice([14.5, 17.9, 19.5, 22.0])
            lines.append(
                [
                    tr(lg, "Buffet per person", "Buffet pro Person", "Buffet par personne"),
                    str(n),
                    money(pp, lg),
                    pp * n,
                ]
            )
        if rng.random() < 0.4:
            lines.append(
                [
                    tr(lg, "Drinks tab (pre-paid)", "Getränkeguthaben", "Forfait boissons"),
                    "1",
                    money(200.0, lg),
                    200.0,
                ]
            )
        deposit = 0.0
    total = sum(float(r[3]) for r in lines)
    if deposit == 0.0:
        deposit = round(total * rng.choice([0.25, 0.3, 0.5]), 2)
    recipient(
        f,
        s,
        h,
        to,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Booking", "Buchung", "Réservation"), f"#{rng.randint(20000, 89999)}"),
        ],
    )
    received(rng, f.page, lg, d, 0.1)
    caption(
        f,
        s,
        tr(
            lg,
            "Booking confirmation and deposit invoice",
            "Buchungsbestätigung und Anzahlungsrechnung",
            "Confirmation de réservation et facture d'acompte",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your booking. {event} on {day(h, when)}, arrival "
            f"{rng.choice(['11:45', '13:15', '18:30', '19:00'])}.",
            f"Vielen Dank für Ihre Buchung. {event} am {day(h, when)}, Ankunft "
            f"{rng.choice(['11:45', '13:15', '18:30', '19:00'])} Uhr.",
            f"Merci pour votre réservation. {event} le {day(h, when)}, arrivée "
            f"{rng.choice(['11h45', '13h15', '18h30', '19h00'])}.",
        ),
    )
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.5, "right"), (1.6, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[str(r[0]), str(r[1]), str(r[2]), money(float(r[3]), lg)] for r in lines],
        s,
        rules=rng.random() < 0.5,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    f.y += 8
    pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (
                tr(lg, "Booking total incl. VAT", "Gesamtpreis inkl. MwSt.", "Total TTC"),
                cash(total, lg),
            ),
            (
                tr(lg, "Deposit due now", "Anzahlung jetzt fällig", "Acompte à régler"),
                cash(deposit, lg),
            ),
            (
                tr(
                    lg,
                    "Balance payable on the day",
                    "Restbetrag am Veranstaltungstag",
                    "Solde le jour même",
                ),
                cash(total - deposit, lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += s.size * 5
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay the deposit within 7 days quoting {no}. Sort code "
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account "
            f"{rng.randint(10000000, 99999999)}. Final numbers are needed 48 hours before the "
            "event.",
            f"Bitte überweisen Sie die Anzahlung innerhalb von 7 Tagen unter Angabe von {no}. "
            "Die endgültige Personenzahl benötigen wir 48 Stunden vorher.",
            f"Merci de régler l'acompte sous 7 jours en rappelant la référence {no}. Le nombre "
            "définitif de participants est à confirmer 48 heures avant.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        f.need(110)
        f.y += 20
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Remittance slip - please return with your payment",
                "Zahlschein - bitte abtrennen",
                "Coupon à joindre au règlement",
            ),
        )
        f.y += 20
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount enclosed", "Betrag", "Montant joint"), ""),
                (tr(lg, "Name", "Name", "Nom"), to[0]),
                (tr(lg, "Event date", "Termin", "Date"), short(when, lg)),
            ],
            per=4,
            hand=False,
        )
    pages = f.pages
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Booking conditions", "Buchungsbedingungen", "Conditions de réservation"),
                PARTY_TERMS[lg],
                "party",
            )
        )
    pages = close(pages, s, h)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RRRR: the lanes and the escape rooms
# ---------------------------------------------------------------------------------------------

MACHINES = ["GS-X", "GS-98", "String Pinsetter SP-10", "82-70 Pinspotter", "NXT-S", "EDGE String"]
CONTRACT_HEADS = {
    "en": [
        "Definitions",
        "Services",
        "Scheduled visits",
        "Call-outs",
        "Response times",
        "Parts",
        "Charges",
        "Payment",
        "Access and safety",
        "Exclusions",
        "Liability",
        "Term and termination",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang",
        "Wartungsintervalle",
        "Störungseinsätze",
        "Reaktionszeiten",
        "Ersatzteile",
        "Vergütung",
        "Zahlung",
        "Zugang und Arbeitssicherheit",
        "Ausschlüsse",
        "Haftung",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Objet",
        "Prestations",
        "Visites préventives",
        "Interventions curatives",
        "Délais d'intervention",
        "Pièces",
        "Prix",
        "Paiement",
        "Accès et sécurité",
        "Exclusions",
        "Responsabilité",
        "Durée et résiliation",
    ],
}


def tpl_lane_service_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The lane machine service company's service contract for the pinsetters: now and then a
    covering letter, the contract with numbered clauses, the equipment schedule lane by lane on
    a landscape page, the terms in two columns and the signature page."""
    h = head_of(who, "service")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SC-9999-AA", "WV 99999", "CM/99/999"]))
    title = tr(
        lg,
        "Pinsetter Service Agreement",
        "Wartungsvertrag Bowlinganlage",
        "Contrat de maintenance des quilleurs",
    )
    gm = manager()
    eng = staff(h, "sales")
    pages: list[Page] = []
    if rng.random() < 0.5:
        c = sheets(s, h)
        recipient(
            c, s, h, centre_lines(mx(gm, lg)), d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), no)]
        )
        c.page.text(m, c.y, f"{tr(lg, 'Re:', 'Betreff:', 'Objet :')} {title} {no}", s.bold, s.size)
        c.y += 22
        write(c, s, dear(lg, mx(gm, lg)))
        write(
            c,
            s,
            tr(
                lg,
                "Further to our recent visit please find enclosed two copies of the service "
                "agreement for your lanes. Please sign one copy and return it to us; the "
                "second copy is for your records.",
                "anbei erhalten Sie den Wartungsvertrag für Ihre Bowlinganlage in zweifacher "
                "Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                "suite à notre visite, veuillez trouver ci-joint le contrat de maintenance en "
                "deux exemplaires, dont un à nous retourner signé.",
            ),
        )
        write(c, s, prose(rng, lg, "bowl", 1, 3))
        regards(c, s, lg, eng, tr(lg, "Service Sales", "Vertrieb Service", "Service commercial"))
        pages += close(c.pages, s, h, numbers="none")
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title, 5)
    f.page.text(
        m, f.y, f"{tr(lg, 'Agreement no.', 'Vertrags-Nr.', 'Contrat n°')} {no}", s.font, s.size
    )
    f.y += 20
    write(f, s, tr(lg, "Between", "Zwischen", "Entre"), s.size)
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        f"({tr(lg, 'the Contractor', 'Auftragnehmer', 'le Prestataire')})",
        s.size,
        20,
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size)
    write(
        f,
        s,
        f"{centre_head().name}, {centre_head().street}, {centre_head().town} "
        f"({tr(lg, 'the Customer', 'Auftraggeber', 'le Client')})",
        s.size,
        20,
    )
    visits = rng.choice([2, 4, 6, 12])
    fee = rng.choice([3600, 4800, 5400, 7200, 8900]) * 1.0
    for k, t in enumerate(CONTRACT_HEADS[lg][: rng.randint(7, 12)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        if k == 2:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The Contractor will carry out {visits} preventive maintenance visits a "
                    "year on all pinsetters listed in Schedule 1.",
                    f"Der Auftragnehmer führt jährlich {visits} Wartungseinsätze an allen in "
                    "Anlage 1 genannten Maschinen durch.",
                    f"Le Prestataire effectue {visits} visites préventives par an sur "
                    "l'ensemble des quilleurs listés en annexe 1.",
                ),
            )
        elif k == 6:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The annual charge is {cash(fee, lg)} plus VAT, invoiced quarterly in "
                    "advance.",
                    f"Die Jahrespauschale beträgt {cash(fee, lg)} zzgl. USt., zahlbar "
                    "vierteljährlich im Voraus.",
                    f"Le forfait annuel est de {cash(fee, lg)} HT, facturé trimestriellement à "
                    "terme à échoir.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, rng.choice(["legal", "bowl"]), 1, 3))
    pages += close(f.pages, s, h)
    # Schedule 1 on landscape A4
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 44,
        lambda p, n: (
            running_header(p, s2, f"{title} {no} - {tr(lg, 'Schedule 1', 'Anlage 1', 'Annexe 1')}")
            + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Schedule 1 - Equipment covered",
            "Anlage 1 - Anlagenverzeichnis",
            "Annexe 1 - Matériel couvert",
        ),
        2,
    )
    mach = rng.choice(MACHINES)
    cols = columns(
        44,
        w2 - 44,
        [
            (1, "left"),
            (2.4, "left"),
            (2, "left"),
            (1.2, "center"),
            (2, "left"),
            (2, "left"),
            (2.4, "left"),
        ],
    )
    rows = []
    for lane in range(1, 11):
        rows.append(
            [
                str(lane),
                mach,
                serial(rng, "99A-99999"),
                str(rng.choice([2004, 2009, 2012, 2016, 2019])),
                rng.choice(["Ball lift BL-2", "Ballrücklauf", "Retour boules"])
                if lane % 2
                else "-",
                rng.choice(["Conqueror X", "BES X", "Sync"]),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "Deck replaced 2022", "Deck 2022 erneuert", "Plateau remplacé 2022"),
                    ]
                ),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Lane", "Bahn", "Piste"),
            tr(lg, "Machine", "Maschine", "Machine"),
            tr(lg, "Serial no.", "Serien-Nr.", "N° de série"),
            tr(lg, "Year", "Baujahr", "Année"),
            tr(lg, "Ball return", "Ballrücklauf", "Retour"),
            tr(lg, "Scoring", "Scoring", "Score"),
            tr(lg, "Remarks", "Bemerkungen", "Remarques"),
        ],
        rows,
        s2,
        size=8.5,
        rules=True,
        shade=0.88,
        step=1.9,
    )
    g.y += 10
    write(
        g,
        s2,
        tr(
            lg,
            "Lane conditioning machine and ball cleaner are excluded unless stated.",
            "Ölmaschine und Ballreiniger sind nicht Bestandteil des Vertrags.",
            "La machine d'huilage et le nettoyeur de boules sont exclus sauf mention contraire.",
        ),
        8,
    )
    pages += g.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Schedule 2 - General terms of service",
                    "Anlage 2 - Allgemeine Servicebedingungen",
                    "Annexe 2 - Conditions générales d'intervention",
                ),
                CONTRACT_HEADS[lg],
            )
        )
    sg = sheets(s, h, f"{title} {no}", top=False)
    caption(sg, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 2)
    write(
        sg,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties on the dates shown.",
            "Für die Vertragsparteien:",
            "Fait en deux exemplaires originaux.",
        ),
    )
    signed = rng.random() < 0.7
    sign_lines(
        sg,
        s,
        (tr(lg, "For the Contractor", "Für den Auftragnehmer", "Pour le Prestataire"), eng),
        (tr(lg, "For the Customer", "Für den Auftraggeber", "Pour le Client"), gm),
        d,
        lg,
        (True, signed),
    )
    if signed and rng.random() < 0.6:
        stamp(sg.page, w - m - 180, sg.y, [centre_head().name[:28], centre_head().town])
    pages += sg.pages
    remember(d)
    return pages


CHECKS = {
    "en": [
        "Deck and turret",
        "Sweep and rake",
        "Cushion and kickbacks",
        "Pit conveyor belt",
        "Ball lift and return",
        "Gearbox oil level",
        "Electrical panel",
        "Pin count sensor",
        "Foul line unit",
        "Guards and interlocks",
    ],
    "de": [
        "Deck und Drehkreuz",
        "Rechen und Kehrbalken",
        "Polster und Kickbacks",
        "Grubenförderband",
        "Ballheber und Rücklauf",
        "Getriebeölstand",
        "Schaltschrank",
        "Kegelzählsensor",
        "Foulanzeige",
        "Schutzvorrichtungen",
    ],
    "fr": [
        "Plateau et tourelle",
        "Râteau et balai",
        "Coussin et kickbacks",
        "Tapis de fosse",
        "Élévateur et retour",
        "Niveau huile réducteur",
        "Armoire électrique",
        "Capteur de quilles",
        "Ligne de faute",
        "Carters et sécurités",
    ],
}
PARTS = {
    "en": [
        "Pit belt 10 ft",
        "Cushion curtain",
        "Deck spring set",
        "Sweep bumper",
        "Turret clutch",
        "Ball lift belt",
        "Pin wheel pad",
        "Motor capacitor 40uF",
        "Proximity switch",
        "Lane oil 5 gal",
        "Lane cleaner 5 gal",
        "Pins (set of 10)",
        "Rental shoes (pair)",
        "Shoe spray 400 ml",
        "House ball 10 lb",
        "Approach dressing",
        "Kickback plate",
        "Rake chain",
    ],
    "de": [
        "Grubenband 3 m",
        "Polstervorhang",
        "Deckfedern Satz",
        "Rechenpuffer",
        "Drehkreuzkupplung",
        "Ballheberriemen",
        "Kegelradpolster",
        "Motorkondensator 40 uF",
        "Näherungsschalter",
        "Bahnöl 18,9 l",
        "Bahnreiniger 18,9 l",
        "Kegel (Satz à 10)",
        "Leihschuhe (Paar)",
        "Schuhspray 400 ml",
        "Hauskugel 10 lb",
        "Anlaufpflege",
        "Kickbackblech",
        "Rechenkette",
    ],
    "fr": [
        "Tapis de fosse 3 m",
        "Rideau coussin",
        "Jeu de ressorts plateau",
        "Butée de balai",
        "Embrayage tourelle",
        "Courroie élévateur",
        "Patin roue à quilles",
        "Condensateur 40 µF",
        "Détecteur de proximité",
        "Huile de piste 18,9 l",
        "Nettoyant piste 18,9 l",
        "Quilles (jeu de 10)",
        "Chaussures location (paire)",
        "Spray chaussures 400 ml",
        "Boule maison 10 lb",
        "Produit approche",
        "Plaque kickback",
        "Chaîne de râteau",
    ],
}


def tpl_engineer_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The service engineer's visit report on the company's report pad (A4, or a carbon A5
    copy): job number, times, the lane grid, fault and work done by hand, the parts fitted and
    both signatures; on a preventive visit the checklist page behind."""
    h = head_of(who, "service")
    lg = h.lang
    small = rng.random() < 0.35
    size = A5 if small else A4
    s = style_of(h, size, margin=30 if small else 0, pt=8 if small else 0)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("engineer_report",), (2, 9))
    eng = staff(h, f"eng{rng.randrange(2)}")
    preventive = rng.random() < 0.4
    p = Page(size)
    y = heading(p, s, h)
    ttl = tr(lg, "SERVICE REPORT", "SERVICEBERICHT", "RAPPORT D'INTERVENTION")
    p.text(m, y, ttl, s.bold, s.size + 4)
    job = f"{rng.randint(10000, 99999)}"
    p.text(w - m, y, f"No. {job}", "Courier-Bold", s.size + 2, "right")
    y += 16
    arr = rng.randint(7, 15)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), centre_head().name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Arrived", "Ankunft", "Arrivée"),
                f"{arr:02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Departed", "Abfahrt", "Départ"),
                f"{arr + rng.randint(1, 6):02d}:{rng.choice(['10', '20', '40', '50'])}",
            ),
        ],
        per=2,
        tall=24 if small else 26,
    )
    p.text(m, y, tr(lg, "Visit type:", "Einsatzart:", "Type :"), s.bold, s.size - 1)
    y = ticks(
        p,
        s,
        m + 62,
        y,
        w - 2 * m - 62,
        [
            tr(lg, "Preventive", "Wartung", "Préventif"),
            tr(lg, "Call-out", "Störung", "Dépannage"),
            tr(lg, "Installation", "Montage", "Installation"),
        ],
        {0 if preventive else rng.choice([1, 1, 2])},
        7 if small else 8,
    )
    p.text(m, y, tr(lg, "Lanes attended:", "Bahnen:", "Pistes :"), s.bold, s.size - 1)
    y = ticks(
        p,
        s,
        m + 76,
        y,
        w - 2 * m - 76,
        [str(k) for k in range(1, 11)],
        set(range(10)) if preventive else set(rng.sample(range(10), rng.randint(1, 3))),
        7 if small else 8,
    )
    y += 4
    for cap, topic in (
        (tr(lg, "Fault reported", "Gemeldete Störung", "Panne signalée"), "bowl"),
        (tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"), "bowl"),
    ):
        p.text(m, y, cap, s.bold, s.size - 1)
        ys = lined(p, m, w - m, y + 16, y + (56 if small else 80), 16 if small else 18)
        hand_lines(
            rng,
            p,
            m,
            w - m,
            ys,
            words(rng, lg, topic, rng.randint(8, 22))
            if cap != tr(lg, "Fault reported", "Gemeldete Störung", "Panne signalée")
            or not preventive
            else "-",
            8.5 if small else 9.5,
        )
        y = ys[-1] + 16
    parts = rng.sample(PARTS[lg][:9], rng.randint(0, 3))
    cols = columns(m, w - m, [(1, "center"), (5, "left"), (2, "left")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Part", "Teil", "Pièce"),
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, s.bold, s.size - 1.5)
    y += 4
    for k in range(4 if small else 5):
        p.line(m, y, w - m, y)
        if k < len(parts):
            hand(p, cols[0][0] + 6, y + 11, str(rng.randint(1, 4)), 8.5)
            hand(p, cols[1][0], y + 11, parts[k], 8.5, cols[1][1] - cols[1][0])
            hand(p, cols[2][0], y + 11, serial(rng, "999-999"), 8.5)
        y += 14
    p.line(m, y, w - m, y)
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Machines left in service:", "Anlage betriebsbereit:", "Machines en service :"),
        s.font,
        s.size - 1,
    )
    ticks(p, s, m + 130, y, 120, yes_no(lg), {0 if rng.random() < 0.85 else 1}, 7 if small else 8)
    y += 22
    y = min(y, hh - m - 40)
    p.text(m, y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7)
    scrawl(p, m + 4, y + 22, eng, 11)
    p.text(
        w / 2, y, tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"), s.font, 7
    )
    scrawl(p, w / 2 + 4, y + 22, staff(centre_head(), "tech"), 11)
    p.text(m, y + 32, eng, s.font, 7)
    if small:
        p.text(
            w - m,
            hh - 14,
            tr(lg, "Customer copy", "Kundenexemplar", "Exemplaire client"),
            s.font,
            6,
            "right",
        )
    pages = [p]
    if preventive and not small:
        q = Page(size)
        yy = m
        q.text(
            m,
            yy,
            tr(lg, "Preventive maintenance checklist", "Wartungscheckliste", "Contrôle préventif")
            + f" - {tr(lg, 'report', 'Bericht', 'rapport')} {job}",
            s.bold,
            s.size + 1,
        )
        yy += 20
        cols = columns(m, w - m, [(4, "left")] + [(1, "center")] * 10)
        q.text(
            cols[0][0], yy, tr(lg, "Item / lane", "Prüfpunkt / Bahn", "Point / piste"), s.bold, 7.5
        )
        for k in range(10):
            q.text((cols[k + 1][0] + cols[k + 1][1]) / 2, yy, str(k + 1), s.bold, 7.5, "center")
        yy += 6
        for item in CHECKS[lg]:
            q.line(m, yy, w - m, yy)
            q.text(cols[0][0], yy + 11, fit(item, s.font, 8, cols[0][1] - cols[0][0]), s.font, 8)
            for k in range(10):
                mark = "x" if rng.random() < 0.06 else "ok" if rng.random() < 0.9 else "-"
                q.text((cols[k + 1][0] + cols[k + 1][1]) / 2, yy + 11, mark, HAND, 8, "center")
            yy += 16
        q.line(m, yy, w - m, yy)
        yy += 16
        q.text(
            m,
            yy,
            tr(
                lg,
                "ok = checked and in order   x = defect, see report   - = not applicable",
                "ok = geprüft   x = Mangel, siehe Bericht   - = entfällt",
                "ok = conforme   x = défaut, voir rapport   - = sans objet",
            ),
            s.font,
            7,
        )
        yy += 20
        q.text(m, yy, tr(lg, "Lane oil pattern:", "Ölmuster:", "Huilage :"), s.font, 8)
        hand(q, m + 90, yy, f"{rng.choice(['House 40 ft', 'Sport 38', '42 ft / 22 ml'])}", 9)
        pages.append(q)
    remember(d, h.name)
    return close(pages, s, h, numbers="none")


def invoice_head(
    f: Sheets, s: Style, h: Head, no: str, d: date, extra: list[tuple[str, str]], title: str = ""
) -> None:
    lg = h.lang
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no), *extra],
    )
    caption(f, s, title or tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 5)


def tpl_parts_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A bowling parts and supplies invoice (pins, belts, lane oil, rental shoes) whose lines
    run over pages, with the repeated table head and a running header; after an engineer's
    report, the service company's invoice for the parts fitted and the labour."""
    fitted = after(("engineer_report",))
    h = head_of(who, "service") if fitted else head_of(who, "parts", abroad=0.25)
    lg = h.lang
    size = LETTER if (h.lang != home() and rng.random() < 0.3) else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    d = last_day(rng, ("engineer_report",), (3, 12))
    no = serial(rng, rng.choice(["INV-99999", "RE 2025-9999", "FA99999", "99-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    refs = [(tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), str(rng.randint(10000, 39999)))]
    if rng.random() < 0.5:
        refs.append(
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{tr(lg, 'email', 'E-Mail', 'mail')} "
                f"{short(d - timedelta(days=rng.randint(3, 10)), lg)}",
            )
        )
    invoice_head(f, s, h, no, d, refs)
    received(rng, f.page, home(), d)
    cols = columns(
        m, w - m, [(1.6, "left"), (5, "left"), (1, "right"), (1.6, "right"), (1.7, "right")]
    )
    rows = []
    net = 0.0
    pool = PARTS[lg] if not fitted else PARTS[lg][:9]
    n = rng.choice([3, 5, 8, 14, 22, 30]) if not fitted else rng.randint(1, 4)
    for _ in range(n):
        item = rng.choice(pool)
        q = rng.choice([1, 1, 2, 4, 6, 10, 12])
        price = round(rng.uniform(4, 260), 2)
        if "Pins" in item or "Kegel" in item or "Quilles" in item:
            price = round(rng.uniform(180, 240), 2)
        net += q * price
        rows.append([serial(rng, "99-9999"), item, str(q), money(price, lg), money(q * price, lg)])
    if fitted:
        hrs = rng.choice([1.5, 2.0, 3.5, 4.0, 6.0])
        rate = rng.choice([58.0, 65.0, 72.0, 85.0])
        rows.append(
            [
                "LAB",
                tr(
                    lg,
                    "Engineer labour (hours)",
                    "Arbeitszeit Techniker (Std.)",
                    "Main d'oeuvre technicien (h)",
                ),
                f"{hrs:g}",
                money(rate, lg),
                money(hrs * rate, lg),
            ]
        )
        rows.append(
            [
                "TRV",
                tr(lg, "Travel / call-out charge", "Anfahrtspauschale", "Frais de déplacement"),
                "1",
                money(45.0, lg),
                money(45.0, lg),
            ]
        )
        net += hrs * rate + 45.0
    elif rng.random() < 0.6:
        rows.append(
            [
                "FRT",
                tr(lg, "Carriage", "Fracht und Verpackung", "Port et emballage"),
                "1",
                money(18.5, lg),
                money(18.5, lg),
            ]
        )
        net += 18.5
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Total", "Gesamt", "Total HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
        shade=0.88 if rng.random() < 0.4 else None,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0.0)
    if lg != home():
        write(
            f,
            s,
            tr(
                lg,
                "Reverse charge: VAT to be accounted for by the recipient.",
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                "Autoliquidation - article 283-2 du CGI.",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due within {rng.choice([14, 30])} days of invoice date.",
            f"Zahlbar innerhalb {rng.choice([14, 30])} Tagen ohne Abzug.",
            f"Règlement à {rng.choice([30, 45])} jours date de facture. Pénalités de retard : 3 "
            "fois le taux légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 1.5,
    )
    remember(d)
    return close(f.pages, s, h)


PROPS = {
    "en": [
        "Maglock 280 kg with bracket",
        "RFID reader module 13.56 MHz",
        "Relay board 8 channel",
        "Show controller licence",
        "UV torch set (6)",
        "4-digit padlock",
        "Puzzle box (custom)",
        "Fog machine 400 W",
        "Keypad 12-key stainless",
        "Door release button (green)",
        "12 V PSU 5 A",
        "Hidden reed switch set",
        "Vintage telephone prop (wired)",
        "Laser maze module",
    ],
    "de": [
        "Magnetschloss 280 kg mit Halter",
        "RFID-Leser 13,56 MHz",
        "Relaiskarte 8-fach",
        "Lizenz Raumsteuerung",
        "UV-Taschenlampen (6 St.)",
        "Zahlenschloss 4-stellig",
        "Rätselbox (Sonderanfertigung)",
        "Nebelmaschine 400 W",
        "Tastatur Edelstahl 12 Tasten",
        "Nottaster grün",
        "Netzteil 12 V 5 A",
        "Reedkontakte verdeckt (Satz)",
        "Telefon-Requisite (verdrahtet)",
        "Lasergitter-Modul",
    ],
    "fr": [
        "Ventouse 280 kg avec équerre",
        "Lecteur RFID 13,56 MHz",
        "Carte relais 8 voies",
        "Licence logiciel de pilotage",
        "Lampes UV (lot de 6)",
        "Cadenas 4 chiffres",
        "Coffre énigme (sur mesure)",
        "Machine à fumée 400 W",
        "Clavier inox 12 touches",
        "Bouton de sortie de secours vert",
        "Alimentation 12 V 5 A",
        "Kit contacts reed cachés",
        "Téléphone ancien (câblé)",
        "Module labyrinthe laser",
    ],
}


def tpl_prop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An escape room prop and electronics supplier's invoice, some printed on Letter from a
    web shop abroad, with the packing list of the parcel or a wiring sheet for a custom prop on
    a landscape page behind."""
    h = head_of(who, "props", abroad=0.3)
    lg = h.lang
    shop = rng.random() < 0.4
    size = LETTER if shop and rng.random() < 0.5 else A4
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["#99999", "WS-999999", "R99-9999", "F-2025-9999"]))
    room = rng.choice(
        [
            "Pharaoh's Tomb",
            "Das Labor",
            "Bank Heist",
            "La Cabane du Trappeur",
            "Prison Break",
            "Zeitmaschine",
        ]
    )
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    if shop:
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'Order', 'Bestellung', 'Commande')} {no} - {day(h, d)}",
            s.bold,
            s.size + 2,
        )
        f.y += 16
        f.page.text(
            m,
            f.y,
            fit(
                f"{tr(lg, 'Bill to', 'Rechnungsadresse', 'Facturation')}: {centre_head().name}, "
                f"{centre_head().street}, {centre_head().town}",
                s.font,
                s.size - 1,
                w - 2 * m,
            ),
            s.font,
            s.size - 1,
        )
        f.y += 12
        f.page.text(
            m,
            f.y,
            f"{tr(lg, 'Payment', 'Zahlung', 'Paiement')}: "
            + rng.choice(["Visa ****", "PayPal", "Mastercard ****"])
            + (str(rng.randint(1000, 9999)) if rng.random() < 0.7 else ""),
            s.font,
            s.size - 1,
        )
        f.y += 20
    else:
        invoice_head(f, s, h, no, d, [(tr(lg, "Project", "Projekt", "Projet"), room)])
        received(rng, f.page, home(), d)
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.6, "right"), (1.7, "right")])
    items = rng.sample(PROPS[lg], rng.randint(3, 9))
    rows = []
    net = 0.0
    for it in items:
        q = rng.choice([1, 1, 2, 3, 4, 6])
        pr = (
            round(rng.uniform(6, 95), 2)
            if "custom" not in it and "Sonder" not in it and "mesure" not in it
            else round(rng.uniform(380, 1400), 2)
        )
        if "licence" in it.lower() or "lizenz" in it.lower():
            pr, q = 349.0, 1
        net += q * pr
        rows.append([it, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Total", "Summe", "Total"),
        ],
        rows,
        s,
        rules=shop,
        shade=0.9 if shop else None,
    )
    rate = vat_rate(lg) if lg == home() else 0.0
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        [(tr(lg, "Shipping", "Versand", "Livraison"), rng.choice([0.0, 9.9, 14.5, 24.0]))],
    )
    if lg != home():
        write(
            f,
            s,
            tr(
                lg,
                "Intra-community supply, reverse charge.",
                "Innergemeinschaftliche Lieferung, steuerfrei.",
                "Livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
            ),
            s.size - 1.5,
        )
    write(f, s, prose(rng, lg, "escape", 1, 2), s.size - 1)
    pages = close(f.pages, s, h)
    r = rng.random()
    if r < 0.4:
        pl = Page(size)
        y = m
        pl.text(
            m,
            y,
            tr(lg, "PACKING LIST", "LIEFERSCHEIN / PACKLISTE", "BORDEREAU DE COLISAGE"),
            s.bold,
            s.size + 4,
        )
        pl.text(w - m, y, f"{tr(lg, 'Order', 'Auftrag', 'Commande')} {no}", s.font, s.size, "right")
        y += 24
        cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.2, "center")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Packed", "Gepackt", "Emballé"),
            ],
            strict=True,
        ):
            cell(pl, c, y, t, s.bold, s.size - 1)
        y += 14
        for it in rows:
            cell(pl, cols[0], y, it[0], s.font, s.size - 1)
            cell(pl, cols[1], y, it[1], s.font, s.size - 1)
            box_x = (cols[2][0] + cols[2][1]) / 2 - 4
            pl.rect(box_x, y - 7, 8, 8)
            pl.text(box_x + 1, y, "v", HAND, 9)
            y += 16
        y += 20
        pl.text(
            m,
            y,
            f"{tr(lg, 'Parcels', 'Pakete', 'Colis')}: {rng.randint(1, 3)}   "
            f"{tr(lg, 'Weight', 'Gewicht', 'Poids')}: {rng.randint(2, 28)} kg   "
            f"{tr(lg, 'Packed by', 'Gepackt von', 'Préparé par')}:",
            s.font,
            s.size - 1,
        )
        hand(pl, m + 280, y, rng.choice(["JM", "K.L.", "ST", "A.B."]), 9)
        pages.append(pl)
    elif r < 0.6:
        s2 = style_of(h, landscape(A4), margin=40)
        _w2, h2 = s2.page_size
        wp = Page(s2.page_size)
        wp.text(
            40,
            40,
            f"{tr(lg, 'Wiring sheet', 'Anschlussplan', 'Schéma de câblage')} - {room} - {items[0]}",
            s2.bold,
            11,
        )
        boxes = [
            ("PSU 12V", 60, 90),
            (tr(lg, "Controller", "Steuerung", "Automate"), 260, 90),
            ("Relay 1-8", 460, 90),
            ("Maglock A", 640, 70),
            ("Maglock B", 640, 150),
            ("RFID", 260, 250),
            ("Reed 1", 460, 250),
            (tr(lg, "Exit button", "Nottaster", "Bouton sortie"), 640, 260),
        ]
        for name, x, y in boxes:
            wp.rect(x, y, 120, 46)
            wp.text(x + 60, y + 27, name, s2.font, 8.5, "center")
        for (_, x1, y1), (_, x2, y2) in [
            (boxes[0], boxes[1]),
            (boxes[1], boxes[2]),
            (boxes[2], boxes[3]),
            (boxes[2], boxes[4]),
            (boxes[1], boxes[5]),
            (boxes[2], boxes[6]),
            (boxes[4], boxes[7]),
        ]:
            wp.line(x1 + 120, y1 + 23, x2, y2 + 23)
        wp.text(
            40,
            h2 - 90,
            tr(
                lg,
                "Emergency release must cut power to all maglocks (fail-safe). Test weekly.",
                "Notöffnung muss alle Magnetschlösser stromlos schalten. Wöchentlich prüfen.",
                "L'arrêt d'urgence doit couper toutes les ventouses (sécurité positive). "
                "Tester chaque semaine.",
            ),
            s2.bold,
            9,
        )
        wp.text(
            40,
            h2 - 70,
            f"{tr(lg, 'Drawn', 'Gezeichnet', 'Dessiné')}: {staff(h, 'tech')}  {short(d, lg)}",
            s2.font,
            8,
        )
        pages.append(wp)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RRRR: licences and fire safety
# ---------------------------------------------------------------------------------------------


def floor_plan(p: Page, s: Style, x: float, y: float, w: float, h: float, lg: str) -> None:
    """A plan of the premises: ten lanes, the escape rooms, the bar, exits."""
    p.rect(x, y, w, h)
    lane_w = w * 0.55 / 10
    for k in range(10):
        lx = x + 10 + k * lane_w
        p.rect(lx, y + 10, lane_w - 3, h * 0.55)
        p.text(lx + lane_w / 2 - 1.5, y + 10 + h * 0.55 + 10, str(k + 1), s.font, 6.5, "center")
    p.text(
        x + 10 + w * 0.275,
        y + h * 0.55 + 34,
        tr(lg, "Bowling lanes", "Bowlingbahnen", "Pistes de bowling"),
        s.font,
        8,
        "center",
    )
    rx = x + w * 0.62
    for k in range(3):
        p.rect(rx, y + 10 + k * (h * 0.2), w * 0.16, h * 0.18)
        p.text(
            rx + w * 0.08,
            y + 10 + k * h * 0.2 + h * 0.1,
            f"{tr(lg, 'Escape', 'Escape', 'Salle')} {k + 1}",
            s.font,
            7,
            "center",
        )
    p.rect(rx + w * 0.19, y + 10, w * 0.16, h * 0.35, fill=0.9)
    p.text(rx + w * 0.27, y + 10 + h * 0.18, tr(lg, "Bar", "Theke", "Bar"), s.bold, 8, "center")
    p.rect(x + 10, y + h * 0.75, w * 0.3, h * 0.2)
    p.text(
        x + 10 + w * 0.15,
        y + h * 0.86,
        tr(lg, "Reception / shoes", "Empfang / Schuhe", "Accueil / chaussures"),
        s.font,
        7,
        "center",
    )
    for ex, ey in ((x, y + h * 0.85), (x + w, y + h * 0.3), (x + w * 0.6, y + h)):
        p.rect(ex - 7, ey - 5, 14, 10, fill=0.2)
    p.text(x + w - 4, y + h - 6, tr(lg, "Exit", "Notausgang", "Sortie"), s.font, 6.5, "right")


def tpl_premises_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The licensing authority's papers for the premises: the council's covering letter with
    Part A of the premises licence, the annexes of conditions and the plan on a landscape page
    (England); the Stadt's Gaststättenerlaubnis with Nebenbestimmungen, fees and
    Rechtsbehelfsbelehrung (Germany); the mairie's arrêté of late opening with its articles
    and the récépissé of the licence declaration (France)."""
    h = authority_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    gm = manager()
    c = centre_head()
    ref = serial(rng, rng.choice(["LAPRE/99/99999", "32.9-999/2025", "ARR-2025-999"]))
    officer = staff(h, "officer")
    pages: list[Page] = []
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [c.name, mx(gm, lg), c.street, c.town],
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    if lg == "en":
        caption(f, s, "Licensing Act 2003 - Variation of premises licence", 1)
        write(f, s, dear(lg, mx(gm, lg)))
        write(
            f,
            s,
            "I write to confirm that your application to vary the premises licence for "
            f"{c.name} has been granted under delegated powers. The new premises licence (Part "
            "A) and summary (Part B) are enclosed. Part B must be displayed prominently at the "
            "premises.",
        )
        write(
            f,
            s,
            "Please note the conditions attached at Annexes 1 to 3 and the approved plan. The "
            "annual fee falls due on the anniversary of the grant; an invoice will be sent "
            "separately.",
        )
        regards(f, s, lg, officer, "Licensing Officer")
        pages += close(f.pages, s, h, numbers="none")
        g = sheets(s, h, f"Premises licence {ref}")
        caption(g, s, "PART A - PREMISES LICENCE", 3)
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                ("Premises licence number", ref),
                ("Date of grant / variation", short(d, lg)),
                ("Premises", f"{c.name}, {c.street}"),
                ("Postcode / town", c.town),
                ("Designated premises supervisor", gm),
                ("Personal licence no.", serial(rng, "PL/99999")),
            ],
            per=2,
            hand=False,
        )
        g.heading(m, "Licensable activities authorised and times", s.bold, s.size + 1)
        rows = [
            [a, "Mon - Thu", "10:00 - 23:00"]
            for a in (
                "Sale of alcohol (on the premises)",
                "Recorded music",
                "Indoor sporting events",
            )
        ]
        rows += [
            [a, "Fri - Sat", "10:00 - 00:30"]
            for a in (
                "Sale of alcohol (on the premises)",
                "Recorded music",
                "Late night refreshment",
            )
        ]
        rows.append(["All activities", "Sunday", "10:00 - 22:30"])
        table(
            g,
            columns(m, w - m, [(4, "left"), (2, "left"), (2, "left")]),
            ["Activity", "Days", "Hours"],
            rows,
            s,
            rules=True,
        )
        for k, ttl in enumerate(
            (
                "Annex 1 - Mandatory conditions",
                "Annex 2 - Conditions consistent with the operating schedule",
                "Annex 3 - Conditions attached after a hearing",
            )
        ):
            if k == 2 and rng.random() < 0.5:
                break
            g.heading(m, ttl, s.bold, s.size + 1)
            for j in range(rng.randint(3, 7)):
                g.para(
                    m + 16,
                    w - 2 * m - 16,
                    f"{j + 1}. " + words(rng, lg, "safety", rng.randint(12, 26)),
                    s.font,
                    s.size - 0.5,
                )
        g.new_page()
        g.heading(m, "PART B - PREMISES LICENCE SUMMARY", s.bold, s.size + 2)
        write(
            g,
            s,
            f"{c.name}, {c.street}, {c.town}. Licence {ref}. Sale of alcohol: on the premises. "
            f"DPS: {gm}.",
            s.size - 0.5,
        )
        pages += close(g.pages, s, h)
        s2 = style_of(h, landscape(A4), margin=40)
        pl = Page(s2.page_size)
        pl.text(40, 36, f"Approved plan - premises licence {ref} - {c.name}", s2.bold, 10)
        floor_plan(pl, s2, 50, 60, s2.page_size[0] - 100, s2.page_size[1] - 140, lg)
        pl.text(
            40, s2.page_size[1] - 40, f"Stamped approved {short(d, lg)} - not to scale", s2.font, 8
        )
        seal(pl, s2.page_size[0] - 110, s2.page_size[1] - 60, 30, "LICENSING", "APPROVED")
        pages.append(pl)
    elif lg == "de":
        caption(f, s, "Erlaubnis nach § 2 Gaststättengesetz", 1)
        write(
            f, s, f"Bescheid - Ihr Antrag vom {short(d - timedelta(days=rng.randint(20, 60)), lg)}"
        )
        write(f, s, dear(lg, mx(gm, lg)))
        write(
            f,
            s,
            f"hiermit wird der {c.name} die Erlaubnis zum Betrieb einer Schankwirtschaft mit "
            f"Ausschank alkoholischer Getränke in den Räumen {c.street}, {c.town} "
            "(Bowlinghalle, Barbereich, Escape-Räume) erteilt.",
        )
        f.heading(m, "Nebenbestimmungen", s.bold, s.size + 1)
        for j in range(rng.randint(4, 8)):
            f.para(
                m + 16,
                w - 2 * m - 16,
                f"{j + 1}. " + words(rng, lg, "safety", rng.randint(12, 24)),
                s.font,
                s.size - 0.5,
            )
        f.heading(m, "Gebührenfestsetzung", s.bold, s.size + 1)
        fee = rng.choice([350.0, 480.0, 620.0])
        write(
            f,
            s,
            f"Für diesen Bescheid wird eine Verwaltungsgebühr von {cash(fee, lg)} festgesetzt "
            f"(Tarifstelle {rng.randint(1, 9)}.{rng.randint(1, 30)}). Bitte überweisen Sie den "
            f"Betrag unter Angabe des Kassenzeichens {rng.randint(100000000, 999999999)} "
            "innerhalb eines Monats.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "Verwaltungsgericht erhoben werden. " + words(rng, lg, "legal", 18),
            s.size - 1,
        )
        f.y += 10
        write(f, s, "Im Auftrag")
        f.y += 10
        scrawl(f.page, m, f.y, officer)
        f.y += 12
        write(f, s, officer)
        seal(f.page, w - m - 60, min(f.y, hh - m - 60), 34, h.name.split(" - ")[0], "Ordnungsamt")
        pages += close(f.pages, s, h)
        if rng.random() < 0.6:
            s2 = style_of(h, landscape(A4), margin=40)
            pl = Page(s2.page_size)
            pl.text(40, 36, f"Anlage zum Bescheid {ref}: Grundriss der Betriebsräume", s2.bold, 10)
            floor_plan(pl, s2, 50, 60, s2.page_size[0] - 100, s2.page_size[1] - 140, lg)
            pages.append(pl)
    else:
        caption(f, s, "Arrêté municipal portant dérogation aux horaires de fermeture", 1)
        write(
            f,
            s,
            "Le Maire, vu le Code général des collectivités territoriales, vu le Code de la "
            "santé publique et notamment ses articles L. 3331-1 et suivants, vu la demande "
            f"présentée par {mx(gm, lg)}, gérant de {c.name}, ARRÊTE :",
        )
        for k in range(rng.randint(4, 6)):
            f.heading(m, f"Article {k + 1}", s.bold, s.size)
            write(f, s, words(rng, lg, rng.choice(["safety", "legal"]), rng.randint(14, 30)))
        write(f, s, f"Fait à {c.town.split(' ', 1)[1]}, le {day(h, d)}")
        write(f, s, "Pour le Maire et par délégation, l'Adjoint délégué")
        f.y += 8
        scrawl(f.page, m + 200, f.y, officer)
        seal(f.page, m + 110, f.y, 30, "MAIRIE", "POLICE ADM.")
        f.y += 40
        write(
            f,
            s,
            "Voies et délais de recours : le présent arrêté peut faire l'objet d'un recours "
            "devant le tribunal administratif dans un délai de deux mois.",
            s.size - 1.5,
        )
        pages += close(f.pages, s, h)
        if rng.random() < 0.7:
            g = sheets(s, h)
            caption(g, s, "Récépissé de déclaration - licence de 4e catégorie", 1)
            g.y = fields(
                g.page,
                s,
                m,
                g.y,
                w - 2 * m,
                [
                    ("Déclarant", gm),
                    ("Qualité", "Gérant"),
                    ("Établissement", c.name),
                    ("Adresse", f"{c.street}, {c.town}"),
                    ("Nature", "Mutation / translation"),
                    ("Permis d'exploitation n°", serial(rng, "PE-99999")),
                    ("Date de la déclaration", short(d - timedelta(days=rng.randint(15, 45)), lg)),
                    ("N° de récépissé", ref),
                ],
                per=2,
                hand=False,
            )
            write(g, s, words(rng, lg, "legal", 24))
            seal(g.page, w - m - 60, g.y + 40, 32, "MAIRIE", "RÉCÉPISSÉ")
            pages += close(g.pages, s, h)
    remember(d)
    return pages


def tpl_music_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The music licence invoice (TheMusicLicence, GEMA, SACEM) for the bowling hall, the
    bar and the escape rooms: the licence and invoice page with the tariff lines, then the fee
    calculation or the licence conditions on a page of their own."""
    h = head_of(who, "music")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    c = centre_head()
    acct = serial(rng, rng.choice(["99999999", "9999999-999", "AA99999999"]))
    no = serial(rng, "9999999999")
    f = sheets(s, h, f"{h.name} - {acct}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Account no.", "Kunden-Nr.", "N° de client"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your music licence - invoice",
            "Rechnung - Lizenzvertrag Musiknutzung",
            "Facture - autorisation de diffusion musicale",
        ),
        3,
    )
    until = date(month().year + 1, month().month, 1) - timedelta(days=1)
    period = f"{short(month(), lg)} - {short(until, lg)}"
    write(
        f,
        s,
        tr(
            lg,
            f"Premises: {c.name}, {c.street}, {c.town}. Licence period {period}.",
            f"Betriebsstätte: {c.name}, {c.street}, {c.town}. Vertragszeitraum {period}.",
            f"Établissement : {c.name}, {c.street}, {c.town}. Période {period}.",
        ),
    )
    rows = []
    net = 0.0
    tariffs = {
        "en": [
            ("Background music - bowling hall", "sq m"),
            ("Background music - bar area", "sq m"),
            ("Featured music - escape rooms", "rooms"),
            ("Televisions / screens", "screens"),
            ("Karaoke / DJ nights", "events"),
        ],
        "de": [
            ("Hintergrundmusik Bowlinghalle (Tarif WR-B)", "m²"),
            ("Hintergrundmusik Barbereich", "m²"),
            ("Musik in Escape-Räumen", "Räume"),
            ("Bildschirme / TV", "Geräte"),
            ("Veranstaltungen mit DJ (Tarif U-V)", "Abende"),
        ],
        "fr": [
            ("Sonorisation salle de bowling", "m²"),
            ("Sonorisation espace bar", "m²"),
            ("Musique salles d'escape game", "salles"),
            ("Écrans / téléviseurs", "écrans"),
            ("Soirées DJ", "soirées"),
        ],
    }[lg]
    for t, unit in tariffs[: rng.randint(3, 5)]:
        q = {"sq m": rng.randint(300, 900), "m²": rng.randint(300, 900)}.get(
            unit, rng.randint(1, 12)
        )
        amt = round(rng.uniform(60, 900), 2)
        net += amt
        rows.append([t, f"{q} {unit}", money(amt, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.6, "right"), (1.6, "right")]),
        [
            tr(lg, "Use", "Nutzung", "Usage"),
            tr(lg, "Basis", "Berechnung", "Base"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    if lg == "de" and rng.random() < 0.6:
        disc = round(net * 0.2, 2)
        f.page.text(m, f.y, "Gesamtvertragsnachlass 20 % (DEHOGA)", s.font, s.size - 1)
        f.page.text(w - m, f.y, f"-{money(disc, lg)}", s.font, s.size - 1, "right")
        f.y += 14
        net -= disc
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 7.0, "fr": 20.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            "We will collect this amount by Direct Debit on or after "
            f"{short(d + timedelta(days=14), lg)}. If your premises or music use change, tell "
            "us within 28 days.",
            f"Der Betrag wird am {short(d + timedelta(days=14), lg)} per SEPA-Lastschrift "
            "eingezogen. Gläubiger-ID "
            f"DE{rng.randint(10, 99)}ZZZ0000{rng.randint(1000000, 9999999)}.",
            f"Montant payable avant le {short(d + timedelta(days=30), lg)}. Toute modification "
            "de vos conditions d'exploitation doit nous être déclarée.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.7:
        g = sheets(
            s,
            h,
            f"{acct} - {tr(lg, 'licence conditions', 'Vertragsbedingungen', 'conditions')}",
            top=False,
        )
        caption(
            g,
            s,
            tr(
                lg,
                "How we worked out your fee and your licence conditions",
                "Berechnungsgrundlagen und Vertragsbedingungen",
                "Calcul de votre redevance et conditions générales",
            ),
            1,
        )
        for k in range(rng.randint(5, 9)):
            g.heading(
                m,
                f"{k + 1}. {words(rng, lg, 'money', rng.randint(2, 4))[:-1]}",
                s.bold,
                s.size - 0.5,
            )
            write(g, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
        pages += g.pages
    remember(d)
    return close(pages, s, h)


HAZARDS = {
    "en": [
        "Sources of ignition",
        "Storage of combustibles",
        "Electrical installation",
        "Kitchen and fryers",
        "Escape rooms - locked doors",
        "Pinsetter area",
        "Means of escape",
        "Emergency lighting",
        "Fire detection and alarm",
        "Fire fighting equipment",
        "Staff training",
        "Signage",
    ],
    "de": [
        "Zündquellen",
        "Lagerung brennbarer Stoffe",
        "Elektrische Anlagen",
        "Küche und Fritteusen",
        "Escape-Räume - verschlossene Türen",
        "Maschinenbereich Pinsetter",
        "Rettungswege",
        "Sicherheitsbeleuchtung",
        "Brandmeldeanlage",
        "Feuerlöscher",
        "Unterweisung",
        "Kennzeichnung",
    ],
    "fr": [
        "Sources d'inflammation",
        "Stockage de combustibles",
        "Installation électrique",
        "Cuisine et friteuses",
        "Salles d'escape game - portes verrouillées",
        "Zone des quilleurs",
        "Dégagements",
        "Éclairage de sécurité",
        "Système de sécurité incendie",
        "Moyens de secours",
        "Formation du personnel",
        "Signalétique",
    ],
}


def tpl_fire_risk_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire consultant's fire risk assessment: a cover sheet with the risk rating box,
    premises details, hazards section by section, the findings and action plan on landscape
    pages and the sign-off; "Page i of n" from the cover or from page 2."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    c = centre_head()
    assessor = staff(h, "assessor")
    ref = serial(rng, "FRA-99999")
    title = tr(
        lg,
        "Fire Risk Assessment",
        "Gefährdungsbeurteilung Brandschutz",
        "Évaluation des risques incendie",
    )
    cover = Page(s.page_size)
    y = heading(cover, s, h) + 80
    cover.text(
        w / 2, y, title.upper(), s.bold, shrink(title.upper(), s.bold, 20, w - 2 * m), "center"
    )
    y += 40
    cover.text(w / 2, y, c.name, s.font, 13, "center")
    cover.text(w / 2, y + 18, f"{c.street}, {c.town}", s.font, 10, "center")
    y += 70
    y = fields(
        cover,
        s,
        m + 40,
        y,
        w - 2 * m - 80,
        [
            (tr(lg, "Responsible person", "Verantwortliche Person", "Responsable"), manager()),
            (tr(lg, "Assessor", "Verfasser", "Évaluateur"), assessor),
            (tr(lg, "Date of assessment", "Datum der Begehung", "Date de visite"), short(d, lg)),
            (
                tr(lg, "Review date", "Nächste Überprüfung", "Prochaine révision"),
                short(date(d.year + 1, d.month, 1), lg),
            ),
            (tr(lg, "Reference", "Referenz", "Référence"), ref),
            (
                tr(lg, "Occupancy (max.)", "Max. Personenzahl", "Effectif maximal"),
                str(rng.choice([180, 220, 260, 300])),
            ),
        ],
        per=2,
        hand=False,
    )
    rating = rng.choice(
        [
            tr(lg, "Tolerable", "Tolerierbar", "Tolérable"),
            tr(lg, "Moderate", "Mittel", "Modéré"),
            tr(lg, "Substantial", "Erheblich", "Important"),
        ]
    )
    cover.rect(w / 2 - 100, y + 20, 200, 50)
    cover.text(
        w / 2,
        y + 38,
        tr(lg, "Overall risk rating", "Gesamtbewertung", "Niveau de risque global"),
        s.font,
        8,
        "center",
    )
    cover.text(w / 2, y + 58, rating.upper(), s.bold, 14, "center")
    f = sheets(s, h, f"{title} - {c.name} - {ref}", top=False)
    caption(
        f, s, tr(lg, "1. Premises", "1. Objektbeschreibung", "1. Description de l'établissement"), 2
    )
    write(
        f,
        s,
        tr(
            lg,
            "Single-storey leisure building with a ten-lane bowling hall, three escape rooms, "
            "a bar and diner, reception with shoe counter, a pinsetter service area behind the "
            f"lanes and staff rooms. {words(rng, lg, 'safety', 16)}",
            "Eingeschossiges Freizeitgebäude mit zehn Bowlingbahnen, drei Escape-Räumen, Bar "
            "mit Gastronomie, Empfang mit Schuhausgabe, Maschinenraum hinter den Bahnen und "
            f"Personalräumen. {words(rng, lg, 'safety', 16)}",
            "Bâtiment de plain-pied de type ERP (type P/X) : dix pistes de bowling, trois "
            "salles d'escape game, bar-restaurant, accueil et location de chaussures, zone "
            f"technique des quilleurs. {words(rng, lg, 'safety', 16)}",
        ),
    )
    caption(
        f,
        s,
        tr(
            lg,
            "2. Hazards and existing measures",
            "2. Gefährdungen und vorhandene Maßnahmen",
            "2. Dangers et mesures existantes",
        ),
        2,
    )
    for k, hz in enumerate(rng.sample(HAZARDS[lg], rng.randint(6, 10))):
        f.heading(m, f"2.{k + 1} {hz}", s.bold, s.size)
        write(f, s, prose(rng, lg, "safety", 1, 2))
        f.need(14)
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                tr(lg, "Satisfactory", "Ausreichend", "Satisfaisant"),
                tr(lg, "Action required", "Maßnahme erforderlich", "Action requise"),
            ],
            {0 if rng.random() < 0.7 else 1},
        )
        f.y += 16
    pages = [cover, *f.pages]
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 50,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{title} - {ref} - {tr(lg, 'Action plan', 'Maßnahmenplan', 'Plan d actions')}",
            )
            + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "3. Findings and action plan",
            "3. Feststellungen und Maßnahmenplan",
            "3. Constats et plan d'actions",
        ),
        2,
    )
    rows = []
    for k in range(rng.randint(6, 18)):
        rows.append(
            [
                str(k + 1),
                rng.choice(HAZARDS[lg]),
                words(rng, lg, "safety", rng.randint(6, 12))[:-1],
                rng.choice(["H", "M", "L", "M", "L"]),
                rng.choice(
                    [
                        manager(),
                        tr(lg, "Technician", "Haustechnik", "Technicien"),
                        tr(lg, "Bar manager", "Barleitung", "Resp. bar"),
                    ]
                ),
                short(d + timedelta(days=rng.choice([7, 14, 30, 90])), lg),
                "",
            ]
        )
    table(
        g,
        columns(
            40,
            w2 - 40,
            [
                (0.5, "left"),
                (2.4, "left"),
                (5, "left"),
                (0.7, "center"),
                (1.8, "left"),
                (1.3, "left"),
                (1.3, "left"),
            ],
        ),
        [
            "#",
            tr(lg, "Area", "Bereich", "Domaine"),
            tr(lg, "Finding / action", "Feststellung / Maßnahme", "Constat / action"),
            tr(lg, "Prio", "Prio", "Prio"),
            tr(lg, "By whom", "Zuständig", "Qui"),
            tr(lg, "By when", "Bis", "Échéance"),
            tr(lg, "Done", "Erledigt", "Fait"),
        ],
        rows,
        s2,
        size=8,
        rules=True,
        shade=0.88,
        step=2.0,
    )
    pages += g.pages
    sg = sheets(s, h, f"{title} - {ref}", top=False)
    caption(sg, s, tr(lg, "4. Sign-off", "4. Freigabe", "4. Validation"), 2)
    write(sg, s, prose(rng, lg, "safety", 1, 2))
    sign_lines(
        sg,
        s,
        (tr(lg, "Assessor", "Verfasser", "Évaluateur"), assessor),
        (tr(lg, "Responsible person", "Betreiber", "Exploitant"), manager()),
        d,
        lg,
        (True, rng.random() < 0.6),
    )
    pages += sg.pages
    fmt = rng.choice(
        [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} sur {n}"), "{i}/{n}"]
    )
    covers = 1 if rng.random() < 0.5 else 0
    for p in pages[covers:]:
        pw, ph = p.size
        p.text(pw / 2, ph - 14, fit(f"{h.name} - {ref}", s.font, 6, pw - 40), s.font, 6, "center")
    number_pages(pages, s, fmt, "br", covers, top=18, bottom=26)
    remember(d)
    return pages


def tpl_alarm_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire alarm company's service report: a servicing certificate with the system
    details, the zone table, battery readings, tick boxes and the engineer's signature; now
    and then the emergency lighting test sheet of the same visit behind."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    eng = staff(h, f"eng{rng.randrange(2)}")
    p = Page(s.page_size)
    y = heading(p, s, h)
    ttl = tr(
        lg,
        "Fire Detection and Alarm System - Certificate of Servicing",
        "Prüfprotokoll Brandmeldeanlage - Wartung / Inspektion",
        "Rapport de vérification du système de sécurité incendie",
    )
    p.text(m, y, ttl, s.bold, shrink(ttl, s.bold, s.size + 3, w - 2 * m))
    y += 14
    if lg == "en":
        p.text(m, y, "In accordance with BS 5839-1:2017 clause 45", s.font, 7.5)
    elif lg == "de":
        p.text(m, y, "nach DIN 14675 / DIN VDE 0833-2", s.font, 7.5)
    else:
        p.text(m, y, "Articles MS 68 et MS 73 du règlement de sécurité ERP", s.font, 7.5)
    y += 16
    zones = rng.randint(6, 12)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Objekt", "Établissement"), centre_head().name),
            (tr(lg, "Date of visit", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Panel make / model", "Zentrale", "Centrale"),
                rng.choice(
                    [
                        "Advanced MxPro 5",
                        "Kentec Syncro",
                        "Esser IQ8Control",
                        "Hekatron Integral",
                        "DEF Aviso",
                        "Siemens FC722",
                    ]
                ),
            ),
            (
                tr(lg, "System category", "Kategorie", "Catégorie"),
                rng.choice(["L2", "L3", "Kat. 1", "SSI A", "SSI B"]),
            ),
            (tr(lg, "Zones", "Meldergruppen", "Zones"), str(zones)),
            (
                tr(lg, "Visit", "Einsatz", "Visite"),
                rng.choice(["Q1", "Q2", "Q3", "Q4", "6-monthly"]),
            ),
        ],
        per=2,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (3.6, "left"),
            (1.2, "center"),
            (1.2, "center"),
            (1.2, "center"),
            (2, "left"),
        ],
    )
    for c, t in zip(
        cols,
        [
            tr(lg, "Zone", "MG", "Zone"),
            tr(lg, "Location", "Bereich", "Localisation"),
            tr(lg, "Detectors", "Melder", "Détecteurs"),
            tr(lg, "Call points", "Handmelder", "Déclencheurs"),
            tr(lg, "Sounders", "Signalgeber", "Diffuseurs"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 7.5)
    y += 4
    areas = {
        "en": [
            "Lanes 1-5",
            "Lanes 6-10",
            "Pinsetter area",
            "Escape room 1",
            "Escape room 2",
            "Escape room 3",
            "Bar",
            "Kitchen",
            "Reception",
            "Office / store",
            "Plant room",
            "Toilets",
        ],
        "de": [
            "Bahnen 1-5",
            "Bahnen 6-10",
            "Maschinenraum",
            "Escape 1",
            "Escape 2",
            "Escape 3",
            "Theke",
            "Küche",
            "Empfang",
            "Büro / Lager",
            "Technik",
            "WC",
        ],
        "fr": [
            "Pistes 1-5",
            "Pistes 6-10",
            "Zone quilleurs",
            "Salle 1",
            "Salle 2",
            "Salle 3",
            "Bar",
            "Cuisine",
            "Accueil",
            "Bureau / réserve",
            "Local technique",
            "Sanitaires",
        ],
    }[lg]
    for z in range(zones):
        p.line(m, y, w - m, y)
        y += 12
        cell(p, cols[0], y, str(z + 1), s.font, 8)
        cell(p, cols[1], y, areas[z % len(areas)], s.font, 8)
        for j in (2, 3, 4):
            n = rng.randint(0, 8)
            p.text(
                (cols[j][0] + cols[j][1]) / 2,
                y,
                f"{n}/{n}" if rng.random() < 0.95 else f"{n}/{n + 1}",
                HAND,
                8.5,
                "center",
            )
        cell(
            p,
            cols[5],
            y,
            "OK" if rng.random() < 0.9 else tr(lg, "see remarks", "s. Bem.", "voir obs."),
            HAND,
            8.5,
        )
        y += 4
    p.line(m, y, w - m, y)
    y += 18
    p.text(m, y, tr(lg, "Standby batteries:", "Notstrom-Akkus:", "Batteries :"), s.font, 8)
    hand(
        p,
        m + 100,
        y,
        f"2 x 12V {rng.choice([7, 12, 17])}Ah - {rng.uniform(26.8, 27.6):.1f}V / "
        f"{rng.uniform(0.1, 0.9):.1f}A",
        9,
    )
    y += 16
    for t in (
        tr(lg, "Log book completed", "Betriebsbuch geführt", "Registre de sécurité renseigné"),
        tr(
            lg,
            "Alarm transmission tested",
            "Übertragung zur Leitstelle geprüft",
            "Transmission testée",
        ),
        tr(
            lg,
            "Escape room maglocks release on alarm",
            "Magnetschlösser Escape-Räume öffnen bei Alarm",
            "Déverrouillage des ventouses sur alarme",
        ),
    ):
        p.text(m, y, t, s.font, 8)
        ticks(p, s, w / 2 + 40, y, 140, yes_no(lg), {0 if rng.random() < 0.9 else 1})
        y += 15
    y += 6
    p.text(m, y, tr(lg, "Remarks / defects", "Bemerkungen / Mängel", "Observations"), s.bold, 8)
    ys = lined(p, m, w - m, y + 16, y + 60, 16)
    hand_lines(
        rng,
        p,
        m,
        w - m,
        ys,
        words(rng, lg, "safety", rng.randint(6, 18))
        if rng.random() < 0.6
        else tr(lg, "No defects found.", "Keine Mängel.", "Aucune anomalie."),
        9,
    )
    y = min(ys[-1] + 24, hh - m - 50)
    p.text(m, y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7.5)
    scrawl(p, m + 60, y + 4, eng)
    p.text(w / 2, y, tr(lg, "Customer", "Betreiber", "Exploitant"), s.font, 7.5)
    if rng.random() < 0.8:
        scrawl(p, w / 2 + 60, y + 4, staff(centre_head(), "tech"))
    p.text(m, y + 16, eng, s.font, 7)
    pages = [p]
    if rng.random() < 0.45:
        q = Page(s.page_size)
        yy = m
        q.text(
            m,
            yy,
            tr(
                lg,
                "Emergency lighting - periodic inspection and test",
                "Sicherheitsbeleuchtung - Prüfprotokoll",
                "Éclairage de sécurité - vérification",
            ),
            s.bold,
            s.size + 2,
        )
        yy += 18
        q.text(
            m,
            yy,
            f"{centre_head().name} - {short(d, lg)} - "
            f"{tr(lg, 'duration test', 'Dauerprüfung', 'essai d autonomie')} "
            f"{rng.choice(['1 h', '3 h', '1 h'])}",
            s.font,
            8,
        )
        yy += 18
        cols = columns(
            m,
            w - m,
            [(0.7, "left"), (3, "left"), (1.6, "left"), (1, "center"), (1, "center"), (2, "left")],
        )
        for c, t in zip(
            cols,
            [
                "No.",
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Type", "Typ", "Type"),
                tr(lg, "Lamp", "Leuchtmittel", "Lampe"),
                tr(lg, "Battery", "Akku", "Batterie"),
                tr(lg, "Remarks", "Bemerkung", "Obs."),
            ],
            strict=True,
        ):
            cell(q, c, yy, t, s.bold, 7.5)
        yy += 4
        for k in range(rng.randint(14, 30)):
            q.line(m, yy, w - m, yy)
            yy += 11
            cell(q, cols[0], yy, f"EL{k + 1:02d}", s.font, 7.5)
            cell(q, cols[1], yy, areas[rng.randrange(len(areas))], s.font, 7.5)
            cell(
                q,
                cols[2],
                yy,
                rng.choice(["NM 3h", "M 3h", tr(lg, "Exit sign", "Rettungszeichen", "BAES")]),
                s.font,
                7.5,
            )
            q.text(
                (cols[3][0] + cols[3][1]) / 2,
                yy,
                "v" if rng.random() < 0.95 else "x",
                HAND,
                8.5,
                "center",
            )
            q.text(
                (cols[4][0] + cols[4][1]) / 2,
                yy,
                "v" if rng.random() < 0.93 else "x",
                HAND,
                8.5,
                "center",
            )
            yy += 3
            if yy > hh - m - 40:
                break
        q.line(m, yy, w - m, yy)
        q.text(m, hh - m, tr(lg, "Tested by:", "Geprüft:", "Vérifié par :"), s.font, 8)
        scrawl(q, m + 60, hh - m, eng, 11)
        pages.append(q)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["none", "none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )


# ---------------------------------------------------------------------------------------------
# Templates RRRR: the bar
# ---------------------------------------------------------------------------------------------

DRINKS = {
    "en": [
        ("Lager keg 11 gal", 148.0, 30.0),
        ("Bitter cask 9 gal", 112.0, 0.0),
        ("Cider keg 50 l", 139.0, 30.0),
        ("Cola post-mix BiB 7 l", 58.0, 0.0),
        ("Lemonade BiB 7 l", 49.0, 0.0),
        ("Vodka 70 cl (6)", 86.0, 0.0),
        ("Gin 70 cl (6)", 99.0, 0.0),
        ("House white wine 75 cl (6)", 34.5, 0.0),
        ("Alcohol-free lager 330 ml (24)", 19.9, 0.0),
        ("J2O 275 ml (24)", 21.6, 0.0),
        ("Crisps assorted (48)", 17.5, 0.0),
        ("CO2 cylinder 6.35 kg", 24.0, 45.0),
    ],
    "de": [
        ("Pils Fass 50 l", 139.0, 30.0),
        ("Weizen Fass 30 l", 96.0, 30.0),
        ("Cola 1,0 l Mehrweg (12)", 11.9, 3.3),
        ("Apfelschorle 0,5 l (20)", 12.5, 4.5),
        ("Mineralwasser 0,75 l (12)", 6.9, 3.3),
        ("Radler 0,33 l (24)", 17.9, 3.42),
        ("Wodka 0,7 l (6)", 59.0, 0.0),
        ("Hauswein weiß 1,0 l (6)", 27.0, 1.5),
        ("Alkoholfrei Pils 0,33 l (24)", 18.4, 3.42),
        ("Kohlensäure 10 kg", 22.0, 40.0),
        ("Chips sortiert (24)", 14.9, 0.0),
    ],
    "fr": [
        ("Fût bière blonde 30 l", 118.0, 30.0),
        ("Fût bière ambrée 20 l", 89.0, 30.0),
        ("Sirops assortis 1 l (6)", 27.0, 0.0),
        ("Coca-Cola 33 cl (24)", 18.9, 0.0),
        ("Eau gazeuse 1 l verre (12)", 9.4, 3.6),
        ("Jus d'orange 1 l (6)", 11.5, 0.0),
        ("Vodka 70 cl (6)", 72.0, 0.0),
        ("Vin blanc maison BIB 10 l", 34.0, 0.0),
        ("Bière sans alcool 25 cl (24)", 16.8, 2.4),
        ("Bouteille CO2 10 kg", 26.0, 45.0),
        ("Chips assorties (20)", 13.0, 0.0),
    ],
}


def drinks_lines(rng: random.Random, lg: str) -> list[tuple[str, int, float, float]]:
    out = []
    for name, price, dep in rng.sample(DRINKS[lg], rng.randint(4, 9)):
        out.append((name, rng.choice([1, 1, 2, 2, 3, 4, 6]), price, dep))
    return out


def tpl_bar_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A drinks wholesaler's or brewery's delivery note (A5 or a narrow driver's slip): the
    goods delivered, the empties and kegs collected, and the signature on receipt."""
    h = head_of(who, "drinks")
    lg = h.lang
    slip = rng.random() < 0.45
    size = SLIP if slip else landscape(A5) if rng.random() < 0.4 else A5
    s = style_of(h, size, margin=14 if slip else 30, pt=7.5 if slip else 8.5)
    w, _hh = size
    m = s.margin
    d = last_day(rng, ("bar_delivery",), (2, 8))
    no = serial(rng, rng.choice(["DN999999", "LS 99999", "BL-999999"]))
    lines = drinks_lines(rng, lg)
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, s.size + 3)
    y += 14
    p.text(
        m,
        y,
        f"No. {no}   {short(d, lg)}   {tr(lg, 'Drop', 'Tour', 'Tournée')} {rng.randint(1, 40)}",
        "Courier" if slip else s.font,
        s.size - 0.5,
    )
    y += 12
    c = centre_head()
    for t in (c.name, c.street, c.town):
        p.text(m, y, fit(t, s.font, s.size, w - 2 * m), s.font, s.size)
        y += s.size * 1.25
    y += 6
    qw = 30 if slip else 40
    p.line(m, y - s.size - 2, w - m, y - s.size - 2)
    for name, q, _, _ in lines:
        p.text(m, y, str(q), "Courier" if slip else s.font, s.size)
        p.text(m + qw, y, fit(name, s.font, s.size, w - 2 * m - qw), s.font, s.size)
        y += s.size * 1.5
    p.line(m, y - s.size, w - m, y - s.size)
    y += 4
    p.text(m, y, tr(lg, "Empties collected:", "Leergut zurück:", "Vides repris :"), s.bold, s.size)
    y += s.size * 1.4
    hand(
        p,
        m + 6,
        y,
        f"{rng.randint(0, 6)} {tr(lg, 'kegs', 'Fässer', 'fûts')}, {rng.randint(0, 12)} "
        f"{tr(lg, 'crates', 'Kisten', 'casiers')}, {rng.randint(0, 2)} CO2",
        8.5,
        w - 2 * m,
    )
    y += s.size * 2.2
    p.text(
        m,
        y,
        tr(lg, "Received in good order", "Ware vollständig erhalten", "Reçu en bon état"),
        s.font,
        s.size - 1,
    )
    y += 22
    scrawl(p, m + 4, y, staff(c, "bar"), 11)
    p.line(m, y + 3, m + min(150.0, w - 2 * m), y + 3)
    p.text(m, y + 12, tr(lg, "Driver:", "Fahrer:", "Chauffeur :"), s.font, s.size - 1.5)
    hand(p, m + 40, y + 12, staff(h, "driver").split()[0], 8)
    remember(d, (no, lines))
    return [p]


def tpl_bar_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A drinks wholesaler's or brewery's invoice: the lines with the keg, crate and gas
    cylinder deposits charged and credited, the duty note, sometimes over two pages; after a
    delivery note, the invoice for that delivery."""
    h = head_of(who, "drinks")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    got = extra_of(("bar_delivery",))
    d = last_day(rng, ("bar_delivery",), (0, 6))
    if isinstance(got, tuple):
        dn, lines = got
    else:
        dn = serial(rng, "DN999999")
        lines = drinks_lines(rng, lg)
        if rng.random() < 0.35:
            lines += drinks_lines(rng, lg) + drinks_lines(rng, lg)
    no = serial(rng, rng.choice(["SI999999", "RE-99999", "FC99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    invoice_head(
        f,
        s,
        h,
        no,
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein", "BL"), str(dn)),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), str(rng.randint(100000, 999999))),
        ],
    )
    received(rng, f.page, lg, d, 0.2)
    rows = []
    net = 0.0
    dep_total = 0.0
    for name, q, price, dep in lines:  # type: ignore[misc]
        rows.append([str(name), str(q), money(float(price), lg), money(q * float(price), lg)])
        net += q * float(price)
        if dep:
            rows.append(
                [
                    f"  {tr(lg, 'Deposit', 'Pfand', 'Consigne')}",
                    str(q),
                    money(float(dep), lg),
                    money(q * float(dep), lg),
                ]
            )
            dep_total += q * float(dep)
    if rng.random() < 0.7:
        back = rng.randint(1, 6)
        credit = back * 30.0
        rows.append(
            [
                tr(
                    lg,
                    "Empty kegs returned - deposit credit",
                    "Leergut Rücknahme Fässer",
                    "Reprise fûts vides",
                ),
                str(back),
                money(-30.0, lg),
                money(-credit, lg),
            ]
        )
        dep_total -= credit
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.6, "right"), (1.6, "right")]),
        [
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        [
            (
                tr(lg, "Deposits (no VAT)", "Pfand (ohne USt.)", "Consignes (hors TVA)"),
                round(dep_total, 2),
            )
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Duty paid. Payment by direct debit 14 days from invoice date.",
            "Zahlbar per Lastschrift 10 Tage nach Rechnungsdatum. Pfand ist nicht rabattfähig.",
            "Droits d'accises acquittés. Règlement par prélèvement à 30 jours.",
        ),
        s.size - 1.5,
    )
    remember(d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates RRRR: accidents and incidents
# ---------------------------------------------------------------------------------------------

MISHAPS = {
    "en": [
        (
            "Lane 7 approach",
            "slipped on the approach in street shoes, fell on left wrist",
            "bruised wrist",
        ),
        ("Escape room 2", "caught finger in prop drawer", "small cut to finger"),
        ("Bar", "broken glass, cut hand while clearing", "cut to palm"),
        ("Lane 3 ball return", "trapped fingers between two balls", "swollen fingers"),
        ("Toilets", "wet floor, slipped", "bumped head, no loss of consciousness"),
        ("Pinsetter area", "technician scraped forearm on deck frame", "graze"),
    ],
    "de": [
        (
            "Anlauf Bahn 7",
            "mit Straßenschuhen auf dem Anlauf ausgerutscht, auf linkes Handgelenk gestürzt",
            "Prellung Handgelenk",
        ),
        ("Escape-Raum 2", "Finger in Schublade der Requisite eingeklemmt", "kleine Schnittwunde"),
        ("Theke", "Glasbruch, beim Abräumen an der Hand geschnitten", "Schnitt Handfläche"),
        ("Ballrücklauf Bahn 3", "Finger zwischen zwei Kugeln eingeklemmt", "Schwellung Finger"),
        ("WC", "nasser Boden, ausgerutscht", "Kopf gestoßen, nicht bewusstlos"),
        ("Maschinenraum", "Unterarm am Deckrahmen aufgeschürft", "Schürfwunde"),
    ],
    "fr": [
        (
            "Approche piste 7",
            "glissade sur l'approche en chaussures de ville, chute sur le poignet gauche",
            "contusion du poignet",
        ),
        ("Salle 2", "doigt coincé dans le tiroir d'un décor", "petite coupure"),
        ("Bar", "verre cassé, coupure en débarrassant", "coupure paume"),
        ("Retour boules piste 3", "doigts coincés entre deux boules", "doigts gonflés"),
        ("Sanitaires", "sol mouillé, glissade", "choc à la tête sans perte de connaissance"),
        ("Zone quilleurs", "avant-bras éraflé sur le châssis", "éraflure"),
    ],
}


def tpl_accident_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """An accident book entry filled in by hand: a tear-out BI 510 style record (England), a
    Verbandbuch page (Germany) or a fiche of the registre des accidents bénins (France)."""
    lg = home()
    c = centre_head()
    size = A4 if rng.random() < 0.5 else A5
    s = style_of(c, size, margin=30 if size == A5 else 44, pt=8)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("accident_entry",), (1, 6))
    place, what, injury = rng.choice(MISHAPS[lg])
    hurt = (
        person(rng, lg)
        if rng.random() < 0.7
        else rng.choice(KIDS[lg]) + " " + rng.choice(LASTS[lg])
    )
    first_aider = staff(c, f"fa{rng.randrange(3)}")
    street, town = home_address(rng, lg)
    at = f"{rng.randint(10, 22):02d}:{rng.choice(['05', '20', '35', '50'])}"
    p = Page(size)
    y = m
    ttl = tr(
        lg,
        "ACCIDENT BOOK - RECORD OF AN ACCIDENT",
        "VERBANDBUCH - Dokumentation von Erste-Hilfe-Leistungen",
        "REGISTRE DES ACCIDENTS BÉNINS - fiche de soins",
    )
    p.text(m, y, ttl, "Helvetica-Bold", shrink(ttl, "Helvetica-Bold", 11, w - 2 * m - 50))
    p.text(w - m, y, f"No. {rng.randint(1, 200):03d}", "Courier-Bold", 10, "right")
    y += 18
    sec = [
        (
            tr(lg, "1. About the person who had the accident", "1. Verletzte Person", "1. Victime"),
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), hurt),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{street}, {town}"),
                (
                    tr(lg, "Status", "Gast / Mitarbeiter", "Qualité"),
                    rng.choice(
                        [
                            tr(lg, "Customer", "Gast", "Client"),
                            tr(lg, "Employee", "Mitarbeiter", "Salarié"),
                        ]
                    ),
                ),
            ],
        ),
        (
            tr(lg, "2. About the accident", "2. Unfallhergang", "2. Circonstances"),
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Time", "Uhrzeit", "Heure"), at),
                (tr(lg, "Where", "Ort", "Lieu"), place),
                (
                    tr(lg, "Witnesses", "Zeugen", "Témoins"),
                    person(rng, lg) if rng.random() < 0.6 else "-",
                ),
            ],
        ),
    ]
    for title, items in sec:
        y = band(p, s, y, title)
        y = fields(p, s, m, y, w - 2 * m, items, per=2 if size == A4 else 1, tall=24)
    p.text(
        m,
        y,
        tr(lg, "How did it happen?", "Wie ist es passiert?", "Comment est-ce arrivé ?"),
        s.bold,
        8,
    )
    ys = lined(p, m, w - m, y + 16, y + 70, 17)
    hand_lines(rng, p, m, w - m, ys, what, 9)
    y = ys[-1] + 16
    p.text(
        m,
        y,
        tr(
            lg,
            "Injury and first aid given",
            "Art der Verletzung / Erste-Hilfe-Maßnahme",
            "Nature de la blessure / soins donnés",
        ),
        s.bold,
        8,
    )
    ys = lined(p, m, w - m, y + 16, y + 52, 17)
    hand_lines(
        rng,
        p,
        m,
        w - m,
        ys,
        f"{injury}. "
        + rng.choice(
            [
                tr(lg, "Cold pack applied", "Kühlpack", "Poche de froid"),
                tr(lg, "Cleaned and plaster", "Gereinigt, Pflaster", "Nettoyé, pansement"),
                tr(lg, "Advised to see GP", "Arztbesuch empfohlen", "Conseil de consulter"),
            ]
        ),
        9,
    )
    y = ys[-1] + 18
    y = min(y, hh - m - 50)
    p.text(m, y, tr(lg, "Recorded by (first aider)", "Ersthelfer/in", "Secouriste"), s.font, 7.5)
    hand(p, m, y + 14, first_aider, 9)
    scrawl(p, w / 2, y + 14, first_aider, 11)
    if lg == "en":
        p.text(
            m,
            hh - 16,
            "Data protection: tear this record out and keep it confidential. RIDDOR "
            "reportable?  Yes / No",
            "Helvetica",
            6,
        )
    elif lg == "de":
        p.text(
            m,
            hh - 16,
            "Aufbewahrung 5 Jahre (DGUV Vorschrift 1 § 24). Meldepflichtiger Unfall?  ja / nein",
            "Helvetica",
            6,
        )
    else:
        p.text(
            m,
            hh - 16,
            "Registre tenu conformément aux articles L. 441-4 et D. 441-1 du Code de la "
            "sécurité sociale.",
            "Helvetica",
            6,
        )
    remember(d, (hurt, place, what, injury, at, first_aider))
    return [p]


def tpl_incident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The general manager's incident report: the typed form with the persons involved, what
    happened, CCTV and the investigation, the actions taken; a witness statement handwritten on
    a page of its own; after an accident book entry, the report of that accident."""
    lg = home()
    c = centre_head()
    s = style_of(c, A4)
    w, hh = s.page_size
    m = s.margin
    got = extra_of(("accident_entry",))
    d = last_day(rng, ("accident_entry",), (0, 2))
    if isinstance(got, tuple):
        hurt, place, what, injury, at, fa = got
    else:
        place, what, injury = rng.choice(MISHAPS[lg])
        hurt = person(rng, lg)
        at = f"{rng.randint(10, 22):02d}:{rng.choice(['10', '25', '40'])}"
        fa = staff(c, "fa0")
        if rng.random() < 0.4:
            place = tr(lg, "Bar / lanes", "Bar / Bahnen", "Bar / pistes")
            what = tr(
                lg,
                "verbal abuse of staff by a group after refusal of service",
                "Beleidigung von Mitarbeitern durch eine Gruppe nach Ausschankverweigerung",
                "insultes envers le personnel après refus de service",
            )
            injury = tr(lg, "none", "keine", "aucune")
    gm = manager()
    ref = f"IR-{d.year % 100}-{rng.randint(1, 99):03d}"
    f = sheets(s, c, f"{tr(lg, 'Incident report', 'Vorfallbericht', 'Rapport d incident')} {ref}")
    caption(f, s, tr(lg, "Incident report", "Vorfallbericht", "Rapport d'incident"), 5, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Reference", "Nr.", "Réf."), ref),
            (tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), f"{short(d, lg)} {at}"),
            (tr(lg, "Location", "Ort", "Lieu"), str(place)),
            (tr(lg, "Person involved", "Beteiligte Person", "Personne concernée"), str(hurt)),
            (tr(lg, "Injury", "Verletzung", "Blessure"), str(injury)),
            (tr(lg, "First aider", "Ersthelfer", "Secouriste"), str(fa)),
        ],
        per=2,
        hand=False,
    )
    for ttl, body in (
        (
            tr(lg, "What happened", "Hergang", "Déroulement"),
            f"{str(what).capitalize()}. {prose(rng, lg, 'bowl', 1, 2)}",
        ),
        (
            tr(lg, "CCTV and investigation", "Videoaufzeichnung und Prüfung", "Vidéo et analyse"),
            prose(rng, lg, rng.choice(["bowl", "escape", "safety"]), 2, 3),
        ),
        (tr(lg, "Actions taken", "Maßnahmen", "Mesures prises"), prose(rng, lg, "safety", 1, 3)),
    ):
        f.heading(m, ttl, s.bold, s.size + 1)
        write(f, s, body)
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Reportable to the authority / insurer:",
            "Meldung an BG / Versicherer:",
            "Déclaration assureur / CPAM :",
        ),
        s.font,
        s.size - 1,
    )
    ticks(f.page, s, m + 220, f.y, 150, yes_no(lg), {1 if rng.random() < 0.8 else 0})
    f.y += 20
    sign_lines(
        f,
        s,
        (tr(lg, "Completed by", "Erstellt von", "Rédigé par"), gm),
        (tr(lg, "Reviewed", "Geprüft", "Visa"), staff(c, "owner")),
        d,
        lg,
        (True, rng.random() < 0.5),
    )
    pages = close(f.pages, s, c, numbers="none")
    if rng.random() < 0.6:
        q = Page(A4)
        y = m
        q.text(
            m, y, tr(lg, "Witness statement", "Zeugenaussage", "Témoignage"), "Helvetica-Bold", 13
        )
        q.text(w - m, y, ref, "Helvetica", 8, "right")
        y += 20
        wit = person(rng, lg)
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), wit),
                (
                    tr(lg, "Contact", "Kontakt", "Contact"),
                    f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}",
                ),
            ],
            per=2,
        )
        ys = lined(q, m, w - m, y + 10, hh - m - 70, 20)
        text = " ".join(
            words(rng, lg, rng.choice(["bowl", "gripe"]), rng.randint(8, 14))
            for _ in range(rng.randint(4, 10))
        )
        hand_lines(rng, q, m, w - m, ys, text, 10)
        q.text(m, hh - m - 40, tr(lg, "Signed", "Unterschrift", "Signature"), "Helvetica", 8)
        scrawl(q, m + 50, hh - m - 38, wit)
        hand(q, w / 2 + 40, hh - m - 40, short(d, lg), 9)
        pages.append(q)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RRRR: insurance, energy, staff
# ---------------------------------------------------------------------------------------------


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the leisure policy: a covering letter, the policy schedule
    section by section (buildings, contents, business interruption, money, employers' and
    public liability) with a running header and "Page i of n", and the endorsements."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(rng, rng.choice(["LEI/999999/AA", "99.999.999-9", "LS 9999999"]))
    handler = staff(h, "handler")
    gm = manager()
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([31, 45, 60]))
    start = date(start.year, start.month, 1)
    prem = round(rng.uniform(4200, 11800), 2)
    c = sheets(s, h)
    recipient(c, s, h, centre_lines(mx(gm, lg)), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
    c.page.text(
        m,
        c.y,
        tr(
            lg,
            f"Renewal of your leisure and hospitality policy from {short(start, lg)}",
            f"Verlängerung Ihrer Freizeitbetriebs-Versicherung ab {short(start, lg)}",
            f"Renouvellement de votre contrat multirisque loisirs au {short(start, lg)}",
        ),
        s.bold,
        s.size,
    )
    c.y += 22
    write(c, s, dear(lg, mx(gm, lg)))
    write(
        c,
        s,
        tr(
            lg,
            "We enclose the renewal schedule. The total premium including Insurance Premium "
            f"Tax is {cash(prem, lg)}. Please check the sums insured, in particular for the "
            "pinsetters, the escape room fit-out and stock at the bar.",
            "anbei erhalten Sie den Versicherungsschein zur Verlängerung. Der Jahresbeitrag "
            f"inkl. Versicherungsteuer beträgt {cash(prem, lg)}. Bitte prüfen Sie die "
            "Versicherungssummen, insbesondere für die Bowlinganlage und die Escape-Räume.",
            "vous trouverez ci-joint les conditions particulières de renouvellement. La prime "
            f"annuelle TTC s'élève à {cash(prem, lg)}. Merci de vérifier les capitaux assurés, "
            "notamment pour les quilleurs et l'aménagement des salles.",
        ),
    )
    write(c, s, prose(rng, lg, "legal", 1, 2))
    regards(
        c, s, lg, handler, tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle")
    )
    pages = close(c.pages, s, h, numbers="none")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Policy schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
        top=rng.random() < 0.5,
    )
    caption(f, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), centre_head().name),
            (tr(lg, "Policy no.", "Vertrags-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Period", "Laufzeit", "Période"),
                f"{short(start, lg)} - "
                f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Tenpin bowling centre, escape rooms, bar",
                    "Bowlingcenter mit Escape Rooms und Gastronomie",
                    "Bowling, escape game, bar",
                ),
            ),
        ],
        per=2,
        hand=False,
    )
    secs = [
        (tr(lg, "Buildings", "Gebäude", "Bâtiments"), rng.choice([0, 1450000, 2100000])),
        (
            tr(
                lg,
                "Contents incl. pinsetters",
                "Inhalt inkl. Bowlinganlage",
                "Contenu dont quilleurs",
            ),
            rng.choice([420000, 560000, 780000]),
        ),
        (
            tr(lg, "Escape room fit-out", "Ausbau Escape-Räume", "Aménagement escape game"),
            rng.choice([45000, 60000, 85000]),
        ),
        (tr(lg, "Stock (bar)", "Vorräte", "Stock bar"), rng.choice([8000, 12000, 15000])),
        (
            tr(
                lg,
                "Business interruption (24 months)",
                "Betriebsunterbrechung (24 Monate)",
                "Pertes d'exploitation (24 mois)",
            ),
            rng.choice([600000, 900000]),
        ),
        (tr(lg, "Money", "Geld und Wertsachen", "Espèces"), rng.choice([5000, 7500])),
        (tr(lg, "Employers' liability", "Betriebshaftpflicht Personen", "RC employeur"), 10000000),
        (
            tr(lg, "Public and products liability", "Betriebshaftpflicht", "RC exploitation"),
            5000000,
        ),
    ]
    for k, (name, si) in enumerate(secs):
        if si == 0:
            continue
        f.need(60)
        f.y = (
            band(f.page, s, f.y, f"{tr(lg, 'Section', 'Abschnitt', 'Garantie')} {k + 1} - {name}")
            + 4
        )
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
                    cash(float(si), lg),
                ),
                (
                    tr(lg, "Excess", "Selbstbehalt", "Franchise"),
                    cash(float(rng.choice([250, 500, 1000])), lg),
                ),
                (
                    tr(lg, "Basis", "Grundlage", "Base"),
                    rng.choice(
                        [
                            tr(lg, "Reinstatement", "Neuwert", "Valeur à neuf"),
                            tr(lg, "Indemnity", "Zeitwert", "Valeur d'usage"),
                        ]
                    ),
                ),
            ],
            w - m,
        )
        write(f, s, words(rng, lg, "legal", rng.randint(10, 20)), s.size - 1.5)
    f.heading(
        m,
        tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses particulières"),
        s.bold,
        s.size + 1,
    )
    for _ in range(rng.randint(3, 7)):
        f.para(
            m,
            w - 2 * m,
            f"{serial(rng, 'A99')}  "
            + words(rng, lg, rng.choice(["safety", "legal"]), rng.randint(10, 24)),
            s.font,
            s.size - 1,
        )
    f.y += 8
    pairs(
        f.page,
        s,
        w / 2,
        f.y,
        [
            (
                tr(
                    lg,
                    "Annual premium incl. IPT",
                    "Jahresbeitrag inkl. VersSt.",
                    "Prime annuelle TTC",
                ),
                cash(prem, lg),
            )
        ],
        w - m,
        s.size,
    )
    pages += close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d)
    return pages


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The energy supplier's electricity bill: the summary page with the amount and the
    direct debit date, the charges page (unit rates, capacity or standing charge, levies,
    VAT), sometimes the consumption chart of the last twelve months; "Page i of n"."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    acct = serial(rng, rng.choice(["9999 9999 999", "999999999", "AA 99 999 999"]))
    mpan = (
        serial(rng, "99 999 999 9999 9999 999")
        if lg == "en"
        else serial(rng, "DE000999999999999999999999999999")
        if lg == "de"
        else serial(rng, "99999999999999")
    )
    kwh_day = rng.randint(9000, 21000)
    kwh_night = rng.randint(1500, 5000)
    r_day = rng.uniform(0.21, 0.31)
    r_night = rng.uniform(0.15, 0.22)
    standing = round(rng.uniform(2.1, 5.6) * 30, 2)
    levy = round((kwh_day + kwh_night) * {"en": 0.00775, "de": 0.0205, "fr": 0.0225}[lg], 2)
    net = round(kwh_day * r_day + kwh_night * r_night + standing + levy, 2)
    rate = {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]
    gross = round(net * (1 + rate / 100), 2)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "9999999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        4,
    )
    prev = month() - timedelta(days=1)
    f.page.rect(m, f.y - 10, w - 2 * m, 70, fill=0.92)
    f.page.text(
        m + 10,
        f.y + 8,
        tr(
            lg,
            f"Billing period {short(date(prev.year, prev.month, 1), lg)} - {short(prev, lg)}",
            f"Abrechnungszeitraum {short(date(prev.year, prev.month, 1), lg)} - {short(prev, lg)}",
            f"Période du {short(date(prev.year, prev.month, 1), lg)} au {short(prev, lg)}",
        ),
        s.font,
        s.size,
    )
    f.page.text(
        m + 10,
        f.y + 26,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        s.bold,
        s.size + 2,
    )
    f.page.text(w - m - 10, f.y + 26, cash(gross, lg), s.bold, s.size + 6, "right")
    f.page.text(
        m + 10,
        f.y + 46,
        tr(
            lg,
            f"Collected by Direct Debit on or after {short(d + timedelta(days=14), lg)}",
            f"Einzug per SEPA-Lastschrift am {short(d + timedelta(days=14), lg)}",
            f"Prélèvement le {short(d + timedelta(days=14), lg)}",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 80
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Supply address", "Lieferstelle", "Point de livraison"),
                f"{centre_head().street}, {centre_head().town}",
            ),
            ("MPAN" if lg == "en" else tr(lg, "", "Marktlokation", "PDL"), mpan),
            (
                tr(lg, "Tariff", "Tarif", "Offre"),
                rng.choice(
                    {
                        "en": ["Business Fixed 24", "Two-rate Economy 7"],
                        "de": ["Gewerbe Fix 2025", "RuhrStrom Business"],
                        "fr": ["Pro Tarif Bleu", "Offre Pro Fixe 3 ans"],
                    }[lg]
                ),
            ),
            (
                tr(lg, "Consumption this period", "Verbrauch", "Consommation"),
                f"{kwh_day + kwh_night:,} kWh".replace(
                    ",", "." if lg == "de" else " " if lg == "fr" else ","
                ),
            ),
        ],
        w - m,
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Your charges in detail", "Ihre Kosten im Einzelnen", "Détail de votre facture"),
        2,
    )
    rows = [
        [
            tr(lg, "Day units", "Arbeitspreis HT", "Consommation HP"),
            f"{kwh_day}",
            f"{r_day:.4f}".replace(".", "," if lg != "en" else "."),
            money(kwh_day * r_day, lg),
        ],
        [
            tr(lg, "Night units", "Arbeitspreis NT", "Consommation HC"),
            f"{kwh_night}",
            f"{r_night:.4f}".replace(".", "," if lg != "en" else "."),
            money(kwh_night * r_night, lg),
        ],
        [
            tr(lg, "Standing / capacity charge", "Grundpreis / Leistungspreis", "Abonnement"),
            "30",
            money(standing / 30, lg),
            money(standing, lg),
        ],
        [
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{kwh_day + kwh_night}",
            "",
            money(levy, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right"), (1.4, "right"), (1.6, "right")]),
        [
            tr(lg, "Charge", "Position", "Libellé"),
            "kWh",
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, rate)
    f.y += 10
    f.heading(m, tr(lg, "Meter readings", "Zählerstände", "Relevés"), s.bold, s.size)
    start_read = rng.randint(100000, 900000)
    table(
        f,
        columns(
            m, w - m, [(2, "left"), (1.6, "left"), (2, "right"), (2, "right"), (2.2, "center")]
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Register", "Zählwerk", "Registre"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Current", "Neu", "Nouveau"),
            tr(lg, "Type", "Art", "Type"),
        ],
        [
            [
                serial(rng, "A99A99999"),
                tr(lg, "Day", "HT", "HP"),
                str(start_read),
                str(start_read + kwh_day),
                tr(lg, "Actual", "abgelesen", "réel"),
            ],
            [
                serial(rng, "A99A99999"),
                tr(lg, "Night", "NT", "HC"),
                str(start_read // 3),
                str(start_read // 3 + kwh_night),
                tr(lg, "Actual", "abgelesen", "réel"),
            ],
        ],
        s,
    )
    if rng.random() < 0.6:
        f.need(200)
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Your consumption over the last 12 months (kWh)",
                "Ihr Verbrauch der letzten 12 Monate (kWh)",
                "Votre consommation sur 12 mois (kWh)",
            ),
            s.bold,
            s.size,
        )
        base = f.y + 150
        bw = (w - 2 * m) / 12
        for k in range(12):
            v = rng.uniform(0.5, 1.0)
            f.page.rect(
                m + k * bw + 4, base - 120 * v, bw - 8, 120 * v, fill=0.35 if k == 11 else 0.7
            )
            mo = (month().month - 12 + k - 1) % 12
            f.page.text(
                m + k * bw + bw / 2,
                base + 10,
                {"en": "JFMAMJJASOND", "de": "JFMAMJJASOND", "fr": "JFMAMJJASOND"}[lg][mo],
                s.font,
                7,
                "center",
            )
        f.page.line(m, base, w - m, base)
        f.y = base + 24
    remember(d)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "{i}/{n}"]
        ),
    )


ROLES = {
    "en": [
        "Lane attendant",
        "Games host (escape rooms)",
        "Bar and diner assistant",
        "Shift supervisor",
    ],
    "de": [
        "Servicekraft Bowling",
        "Spielleiter/in Escape Rooms",
        "Servicekraft Theke und Küche",
        "Schichtleitung",
    ],
    "fr": [
        "Agent d'accueil bowling",
        "Maître du jeu (escape game)",
        "Employé polyvalent bar",
        "Responsable de salle",
    ],
}
STAFF_CLAUSES = {
    "en": [
        "Commencement",
        "Job title and duties",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holiday",
        "Sickness",
        "Uniform and conduct",
        "Age-restricted sales",
        "Health and safety",
        "Notice",
        "Data protection",
    ],
    "de": [
        "Beginn des Arbeitsverhältnisses",
        "Tätigkeit",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Dienstkleidung",
        "Jugendschutz",
        "Arbeitsschutz",
        "Kündigung",
        "Datenschutz",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Lieu de travail",
        "Durée du travail",
        "Rémunération",
        "Congés payés",
        "Absences",
        "Tenue",
        "Protection des mineurs",
        "Sécurité",
        "Préavis",
        "Données personnelles",
    ],
}


def tpl_staff_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's contract with a part-time member of staff (zero-hours agreement,
    Minijob-Arbeitsvertrag, CDI à temps partiel): numbered clauses, the job description annex
    and the signature page signed by both."""
    lg = home()
    c = centre_head()
    s = style_of(c, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    emp = person(rng, lg)
    role = rng.choice(ROLES[lg])
    gm = manager()
    street, town = home_address(rng, lg)
    title = tr(
        lg,
        rng.choice(
            ["Casual Worker Agreement (zero hours)", "Statement of Main Terms of Employment"]
        ),
        "Arbeitsvertrag für geringfügig Beschäftigte (Minijob)",
        "Contrat de travail à durée indéterminée à temps partiel",
    )
    f = sheets(s, c, f"{title} - {emp}")
    caption(f, s, title, 3)
    write(f, s, f"{tr(lg, 'Employer', 'Arbeitgeber', 'Employeur')}: {c.name}, {c.street}, {c.town}")
    write(f, s, f"{tr(lg, 'Employee', 'Arbeitnehmer/in', 'Salarié(e)')}: {emp}, {street}, {town}")
    pay = {
        "en": rng.choice([11.44, 12.21, 12.6]),
        "de": rng.choice([12.41, 12.82, 13.5]),
        "fr": rng.choice([11.65, 11.88, 12.1]),
    }[lg]
    for k, t in enumerate(STAFF_CLAUSES[lg][: rng.randint(8, 12)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Your employment starts on {day(c, d + timedelta(days=rng.randint(3, 20)))}.",
                    "Das Arbeitsverhältnis beginnt am "
                    f"{day(c, d + timedelta(days=rng.randint(3, 20)))}. Die ersten sechs Monate "
                    "gelten als Probezeit.",
                    "Le contrat prend effet le "
                    f"{day(c, d + timedelta(days=rng.randint(3, 20)))}, avec une période "
                    "d'essai de deux mois.",
                ),
            )
        elif k == 1:
            write(
                f,
                s,
                tr(
                    lg,
                    f"You are employed as {role}. The duties are set out in the Annex.",
                    f"Sie werden als {role} eingestellt. Die Aufgaben ergeben sich aus der Anlage.",
                    f"Vous êtes engagé(e) en qualité de {role}. Les missions figurent en annexe.",
                ),
            )
        elif k == 4:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Your hourly rate is {cash(pay, lg)} gross, paid monthly in arrears.",
                    f"Der Stundenlohn beträgt {cash(pay, lg)} brutto; die monatliche Vergütung "
                    "übersteigt die Geringfügigkeitsgrenze nicht.",
                    f"Le taux horaire brut est de {cash(pay, lg)}, convention collective des "
                    "espaces de loisirs.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 2))
    pages = f.pages
    a = sheets(s, c, f"{title} - {emp}", top=False)
    caption(
        a,
        s,
        tr(
            lg,
            f"Annex - Job description: {role}",
            f"Anlage - Stellenbeschreibung: {role}",
            f"Annexe - Fiche de poste : {role}",
        ),
        1.5,
    )
    duties = {
        "en": [
            "Greet customers and issue bowling shoes",
            "Set up lanes and bumpers",
            "Reset escape rooms after each game",
            "Watch games on the monitors and give clues",
            "Serve drinks and check ID (Challenge 25)",
            "Clean the approaches and shoes",
            "Report machine faults to the technician",
            "Close the building following the checklist",
        ],
        "de": [
            "Gäste begrüßen und Schuhe ausgeben",
            "Bahnen und Banden einstellen",
            "Escape-Räume nach jedem Spiel zurücksetzen",
            "Spiele am Monitor begleiten, Hinweise geben",
            "Getränke ausschenken, Jugendschutz beachten",
            "Anläufe und Schuhe reinigen",
            "Maschinenstörungen an die Technik melden",
            "Abschluss nach Checkliste",
        ],
        "fr": [
            "Accueillir les clients et remettre les chaussures",
            "Préparer les pistes et barrières",
            "Remettre en place les salles après chaque partie",
            "Suivre les parties et donner les indices",
            "Servir au bar et contrôler l'âge",
            "Nettoyer approches et chaussures",
            "Signaler les pannes au technicien",
            "Fermer l'établissement selon la check-list",
        ],
    }[lg]
    for t in rng.sample(duties, rng.randint(5, 8)):
        a.para(m + 12, w - 2 * m - 12, "- " + t, s.font, s.size)
    a.y += 20
    caption(a, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 1)
    sign_lines(
        a,
        s,
        (tr(lg, "For the employer", "Arbeitgeber", "L'employeur"), gm),
        (tr(lg, "Employee", "Arbeitnehmer/in", "Le/la salarié(e)"), emp),
        d,
        lg,
    )
    if lg == "fr":
        a.page.text(m, a.y, "Mention manuscrite « lu et approuvé » :", s.font, 8)
        hand(a.page, m + 170, a.y, "lu et approuvé", 10)
    pages += a.pages
    remember(d, emp)
    return close(
        pages,
        s,
        c,
        numbers=rng.choice(
            [c.numbers, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")]
        ),
    )


MODULES = {
    "en": [
        "Induction and site tour",
        "Fire evacuation and assembly point",
        "Pinsetter safety - do not enter the pit",
        "Escape room emergency release",
        "Challenge 25 and refusals log",
        "Allergens (Natasha's Law)",
        "Manual handling - kegs",
        "Cash handling and till",
        "Shoe cleaning and lane care",
        "First aid at work (3 day)",
    ],
    "de": [
        "Einweisung und Rundgang",
        "Brandschutzunterweisung und Sammelplatz",
        "Sicherheit Maschinenraum",
        "Notöffnung Escape-Räume",
        "Jugendschutzgesetz",
        "Allergenkennzeichnung (LMIV)",
        "Heben und Tragen - Fässer",
        "Kasse und Bargeld",
        "Schuhpflege und Bahnpflege",
        "Ersthelfer-Ausbildung (9 UE)",
        "Belehrung § 43 IfSG",
    ],
    "fr": [
        "Accueil et visite des locaux",
        "Évacuation et point de rassemblement",
        "Sécurité zone des quilleurs",
        "Ouverture d'urgence des salles",
        "Vente d'alcool aux mineurs",
        "Allergènes (règlement INCO)",
        "Manutention des fûts",
        "Caisse et espèces",
        "Entretien chaussures et pistes",
        "Sauveteur secouriste du travail (SST)",
        "Permis d'exploitation",
    ],
}


def tpl_training_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's training record on a landscape page: modules, dates, trainer, the
    employee's and trainer's signatures; now and then the copy of an external course
    certificate filed behind."""
    lg = home()
    c = centre_head()
    s = style_of(c, landscape(A4), margin=40)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("training_record",), (0, 3))
    emp = person(rng, lg)
    role = rng.choice(ROLES[lg])
    p = Page(s.page_size)
    y = m
    p.text(
        m,
        y,
        tr(
            lg,
            "STAFF TRAINING RECORD",
            "SCHULUNGSNACHWEIS MITARBEITER",
            "FICHE DE SUIVI DES FORMATIONS",
        ),
        s.bold,
        14,
    )
    p.text(w - m, y, c.name, s.font, 9, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), emp),
            (tr(lg, "Role", "Tätigkeit", "Poste"), role),
            (
                tr(lg, "Start date", "Eintritt", "Entrée"),
                short(d - timedelta(days=rng.randint(20, 400)), lg),
            ),
        ],
        per=3,
    )
    cols = columns(
        m,
        w - m,
        [(4, "left"), (1.3, "left"), (2, "left"), (1.3, "left"), (1.5, "left"), (1.5, "left")],
    )
    for c_, t in zip(
        cols,
        [
            tr(lg, "Module", "Thema", "Module"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Trainer", "Unterwiesen durch", "Formateur"),
            tr(lg, "Refresher due", "Wiederholung", "Recyclage"),
            tr(lg, "Employee", "Mitarbeiter/in", "Salarié"),
            tr(lg, "Trainer sign.", "Unterschrift", "Visa"),
        ],
        strict=True,
    ):
        cell(p, c_, y, t, s.bold, 8)
    y += 5
    mods = MODULES[lg]
    done = rng.randint(3, len(mods))
    trainer = manager()
    for k, mod in enumerate(mods):
        p.line(m, y, w - m, y)
        y += 15
        cell(p, cols[0], y, mod, s.font, 8.5)
        if k < done:
            dd = d - timedelta(days=rng.randint(0, 200))
            hand(p, cols[1][0], y, short(dd, lg), 8.5)
            hand(
                p,
                cols[2][0],
                y,
                trainer.split()[0] if rng.random() < 0.7 else staff(c, "trainer"),
                8.5,
                cols[2][1] - cols[2][0],
            )
            hand(p, cols[3][0], y, str(dd.year + rng.choice([1, 1, 3])), 8.5)
            scrawl(p, cols[4][0], y, emp, 9)
            scrawl(p, cols[5][0], y, trainer, 9)
        y += 5
    p.line(m, y, w - m, y)
    pages = [p]
    if rng.random() < 0.3:
        q = Page(A4)
        qw, _qh = A4
        q.rect(0, 0, qw, 14, fill=0.5)
        q.rect(60, 90, qw - 120, 420)
        q.rect(66, 96, qw - 132, 408)
        org = {
            "en": "St John Ambulance",
            "de": "Deutsches Rotes Kreuz - Kreisverband",
            "fr": "Croix-Rouge française - Unité locale",
        }[lg]
        q.text(qw / 2, 150, org, "Times-Bold", 16, "center")
        q.text(
            qw / 2,
            200,
            tr(
                lg,
                "Certificate of attendance",
                "Teilnahmebescheinigung",
                "Attestation de formation",
            ),
            "Times-Italic",
            20,
            "center",
        )
        q.text(qw / 2, 250, emp, "Times-Bold", 18, "center")
        q.text(qw / 2, 290, fit(mods[-1], "Times-Roman", 12, qw - 160), "Times-Roman", 12, "center")
        q.text(
            qw / 2,
            320,
            short(d - timedelta(days=rng.randint(5, 90)), lg),
            "Times-Roman",
            11,
            "center",
        )
        seal(q, qw / 2, 420, 34, org[:22], tr(lg, "CERTIFIED", "GEPRÜFT", "VALIDÉ"))
        q.text(qw / 2, 540, tr(lg, "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 9, "center")
        pages.append(q)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates RRRR: customers and leagues
# ---------------------------------------------------------------------------------------------


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint: a handwritten note on A5, a typed letter or a printed e-mail,
    now and then with the till receipt enclosed on a page of its own."""
    r = keyed(who, "customer")
    lg = home() if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    name = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
    street, town = home_address(r, lg)
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(1, 10))
    c = centre_head()
    topic = rng.choice(
        [
            tr(
                lg,
                f"On {short(visit, lg)} we booked two lanes for a birthday. The machine on lane "
                f"{rng.randint(1, 10)} broke down four times and we lost almost half an hour.",
                f"Am {short(visit, lg)} hatten wir zwei Bahnen für einen Geburtstag gebucht. "
                f"Die Maschine auf Bahn {rng.randint(1, 10)} ist viermal ausgefallen.",
                f"Le {short(visit, lg)} nous avions réservé deux pistes pour un anniversaire. "
                f"La machine de la piste {rng.randint(1, 10)} est tombée en panne quatre fois.",
            ),
            tr(
                lg,
                f"We played the escape room on {short(visit, lg)}. A lock did not open with the "
                "right code and the host told us it was our fault.",
                f"Wir haben am {short(visit, lg)} den Escape Room gespielt. Ein Schloss ließ "
                "sich mit dem richtigen Code nicht öffnen.",
                f"Nous avons fait l'escape game le {short(visit, lg)}. Un cadenas ne s'ouvrait "
                "pas avec le bon code.",
            ),
            tr(
                lg,
                f"The food at my son's party on {short(visit, lg)} was cold and the allergy "
                "list we filled in was ignored.",
                f"Das Essen beim Kindergeburtstag am {short(visit, lg)} war kalt, und der "
                "Allergiebogen wurde nicht beachtet.",
                f"Le goûter de l'anniversaire de mon fils le {short(visit, lg)} était froid et "
                "la fiche allergies n'a pas été respectée.",
            ),
        ]
    )
    ask = tr(
        lg,
        "I would like a refund or at least a free game.",
        "Ich erwarte eine Erstattung oder zumindest ein Freispiel.",
        "Je souhaite un remboursement ou au moins une partie offerte.",
    )
    text = f"{topic} {words(rng, lg, 'gripe', rng.randint(10, 18))} {ask}"
    form = rng.choice(["hand", "letter", "mail"])
    pages: list[Page] = []
    if form == "hand":
        p = Page(A5)
        w, hh = A5
        y = 40.0
        hand(p, w - 160, y, f"{street}", 9)
        hand(p, w - 160, y + 13, town, 9)
        hand(p, w - 160, y + 30, short(d, lg), 9)
        ys = (
            lined(p, 30, w - 30, y + 60, hh - 60, 19)
            if rng.random() < 0.6
            else [y + 60 + 19 * k for k in range(int((hh - 120 - y) / 19))]
        )
        body = f"{dear(lg, None)} {text} {tr(lg, 'Regards', 'Gruß', 'Cordialement')}, {name}"
        hand_lines(rng, p, 30, w - 30, ys, body, 10)
        scrawl(p, w - 150, hh - 36, name)
        pages.append(p)
    else:
        s = Style(
            font=rng.choice(["Helvetica", "Times-Roman"]),
            bold="Helvetica-Bold",
            size=10,
            margin=60,
            numbering="none",
            number_pos="bottom",
            page_size=A4,
            date_style="short",
        )
        f = plain_sheets(s)
        w, hh = A4
        m = s.margin
        if form == "mail":
            for _k, (a, b) in enumerate(
                [
                    (
                        tr(lg, "From", "Von", "De"),
                        f"{name} "
                        f"<{name.split()[0].lower()}{rng.randint(1, 99)}@"
                        + rng.choice(["gmail.com", "gmx.de", "free.fr", "hotmail.co.uk"])
                        + ">",
                    ),
                    (
                        tr(lg, "Sent", "Gesendet", "Envoyé"),
                        f"{short(d, lg)} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}",
                    ),
                    (tr(lg, "To", "An", "À"), c.mail or f"info@{c.name.split()[0].lower()}.com"),
                    (
                        tr(lg, "Subject", "Betreff", "Objet"),
                        tr(
                            lg,
                            "Complaint about my visit",
                            "Beschwerde über unseren Besuch",
                            "Réclamation suite à notre visite",
                        ),
                    ),
                ]
            ):
                f.page.text(m, f.y, f"{a}:", s.bold, 9)
                f.page.text(m + 60, f.y, fit(b, s.font, 9, w - 2 * m - 60), s.font, 9)
                f.y += 13
            f.page.line(m, f.y, w - m, f.y)
            f.y += 20
        else:
            for t in (name, street, town):
                f.page.text(w - m, f.y, t, s.font, s.size, "right")
                f.y += 13
            f.y += 14
            window(f.page, s, None, f.y, [c.name, c.street, c.town])
            f.y += 60
            f.page.text(w - m, f.y, short(d, lg), s.font, s.size, "right")
            f.y += 24
        write(f, s, dear(lg, None))
        for chunk in (text, prose(rng, lg, "gripe", 1, 3)):
            write(f, s, chunk)
        write(f, s, tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Cordialement"))
        if form == "letter":
            scrawl(f.page, m, f.y + 16, name)
            f.y += 26
        write(f, s, name)
        if form == "mail":
            f.page.text(
                m,
                hh - 30,
                fit(f"https://mail.example/{serial(rng, 'AAAA9999AAA')}", s.font, 7, w / 2),
                s.font,
                7,
            )
            f.page.text(w - m, hh - 30, "1/1", s.font, 7, "right")
        pages += f.pages
    if rng.random() < 0.35:
        q = Page(SLIP)
        sw, _sh = SLIP
        y = 30.0
        q.text(sw / 2, y, c.name, "Courier-Bold", 8, "center")
        q.text(sw / 2, y + 10, c.town, "Courier", 7, "center")
        y += 30
        tot = 0.0
        for it, pr in rng.sample(
            [
                (tr(lg, "Lane 2 games", "Bahn 2 Spiele", "Piste 2 parties"), 38.0),
                (tr(lg, "Shoes x5", "Schuhe x5", "Chaussures x5"), 12.5),
                ("Escape 60", 120.0),
                (tr(lg, "Pizza x2", "Pizza x2", "Pizza x2"), 19.0),
                ("Cola x4", 11.6),
            ],
            3,
        ):
            q.text(14, y, it, "Courier", 7.5)
            q.text(sw - 14, y, money(pr, lg), "Courier", 7.5, "right")
            tot += pr
            y += 11
        q.text(14, y + 6, "TOTAL", "Courier-Bold", 8)
        q.text(sw - 14, y + 6, money(tot, lg), "Courier-Bold", 8, "right")
        q.text(
            14,
            y + 24,
            f"{short(visit, lg)} {rng.randint(12, 22)}:{rng.randint(10, 59)}  "
            f"#{rng.randint(1000, 9999)}",
            "Courier",
            7,
        )
        pages.append(q)
    remember(d, (name, street, town, lg, visit))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's reply to a customer's complaint, signed by the general manager, now and
    then with a gift voucher for free games on a page of its own."""
    c = centre_head()
    got = extra_of(("complaint",))
    d = last_day(rng, ("complaint",), (2, 9))
    if isinstance(got, tuple):
        name, street, town, _, visit = got
    else:
        name = person(rng, home())
        street, town = home_address(rng, home())
        visit = d - timedelta(days=rng.randint(5, 15))
    lg = home()
    s = style_of(c, A4)
    _w, _hh = s.page_size
    m = s.margin
    gm = manager()
    f = sheets(s, c)
    recipient(
        f,
        s,
        c,
        [mx(str(name), lg), str(street), str(town)],
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), f"CR{rng.randint(100, 999)}")],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Your visit on {short(visit, lg)}",
            f"Ihr Besuch am {short(visit, lg)}",
            f"Votre visite du {short(visit, lg)}",
        ),
        s.bold,
        s.size,
    )  # type: ignore[arg-type]
    f.y += 22
    write(f, s, dear(lg, mx(str(name), lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for taking the time to write to us, and I am sorry that your visit did "
            "not go as it should have.",
            "vielen Dank für Ihr Schreiben. Es tut uns leid, dass Ihr Besuch nicht wie "
            "gewünscht verlaufen ist.",
            "Nous vous remercions de votre courrier et regrettons sincèrement que votre visite "
            "ne se soit pas déroulée comme prévu.",
        ),
    )
    write(f, s, prose(rng, lg, rng.choice(["bowl", "escape", "party"]), 2, 3))
    voucher = rng.random() < 0.6
    if voucher:
        write(
            f,
            s,
            tr(
                lg,
                "As a gesture of goodwill please accept the enclosed voucher.",
                "Als kleine Entschädigung erhalten Sie beiliegend einen Gutschein.",
                "En geste commercial, vous trouverez ci-joint un bon cadeau.",
            ),
        )
    regards(f, s, lg, gm, tr(lg, "General Manager", "Centerleitung", "Directeur"))
    pages = close(f.pages, s, c, numbers="none")
    if voucher:
        size = landscape(A5)
        q = Page(size)
        vw, vh = size
        q.rect(20, 20, vw - 40, vh - 40)
        q.rect(26, 26, vw - 52, vh - 52)
        pin_logo(q, 50, 50, 1.4)
        q.text(vw / 2, 80, c.name, "Helvetica-Bold", 16, "center")
        q.text(
            vw / 2,
            140,
            tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU"),
            "Helvetica-Bold",
            30,
            "center",
        )
        q.text(
            vw / 2,
            180,
            rng.choice(
                [
                    tr(
                        lg,
                        "2 free games for up to 6 players",
                        "2 Freispiele für bis zu 6 Personen",
                        "2 parties offertes jusqu'à 6 joueurs",
                    ),
                    tr(
                        lg,
                        "One escape room game for 4",
                        "Ein Escape-Spiel für 4 Personen",
                        "Une partie d'escape game pour 4",
                    ),
                ]
            ),
            "Helvetica",
            12,
            "center",
        )
        q.text(
            vw / 2,
            215,
            f"{tr(lg, 'Valid until', 'Gültig bis', 'Valable jusqu au')} "
            f"{short(date(d.year + 1, d.month, 1), lg)}",
            "Helvetica",
            10,
            "center",
        )
        code = serial(rng, "GV-9999-AA")
        q.barcode("code128", code, vw / 2 - bar_width("code128", code) / 2, vh - 150)
        q.text(
            40,
            vh - 40,
            tr(
                lg,
                "Not exchangeable for cash. Booking required.",
                "Keine Barauszahlung. Nur mit Reservierung.",
                "Non remboursable. Sur réservation.",
            ),
            "Helvetica",
            7,
        )
        pages.append(q)
    remember(d)
    return pages


def tpl_league_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A league team registration form filled in by hand by the team captain: league and
    night, team name, the players with their averages and association numbers, the fee and the
    captain's signature; now and then the league rules page signed and handed in with it."""
    r = keyed(who, "league")
    lg = home()
    c = centre_head()
    s = style_of(c, A4, margin=44)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("league_registration",), (0, 4))
    league = r.choice(
        {
            "en": ["Monday Night Mixed Fours", "Wednesday Trios League", "Sunday Seniors League"],
            "de": ["Montagsliga Mixed 4er", "Firmenliga Mittwoch", "Seniorenliga Sonntag"],
            "fr": [
                "Ligue du lundi - quadrettes mixtes",
                "Challenge entreprises du mercredi",
                "Ligue seniors du dimanche",
            ],
        }[lg]
    )
    body = {"en": "BTBA membership no.", "de": "DBU/DKB Pass-Nr.", "fr": "N° licence FFBSQ"}[lg]
    captain = person(rng, lg)
    p = Page(s.page_size)
    y = heading(p, s, c)
    p.text(
        m,
        y,
        tr(
            lg,
            "LEAGUE TEAM REGISTRATION",
            "MANNSCHAFTSMELDUNG LIGA",
            "INSCRIPTION D'ÉQUIPE - LIGUE",
        ),
        s.bold,
        s.size + 5,
    )
    y += 14
    p.text(
        m,
        y,
        f"{league} - {tr(lg, 'season', 'Saison', 'saison')} "
        f"{month().year}/{(month().year + 1) % 100}",
        s.font,
        s.size,
    )
    y += 18
    team = rng.choice(
        [
            "Pin Pals",
            "Split Happens",
            "Gutter Gang",
            "Die Pudelkönige",
            "Alle Neune",
            "Les Strikers",
            "Les Quilles Folles",
            "Spare Parts",
            "Lucky Strikes",
        ]
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Team name", "Mannschaftsname", "Nom de l'équipe"), team),
            (tr(lg, "Captain", "Mannschaftsführer/in", "Capitaine"), captain),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}",
            ),
            (
                tr(lg, "Sponsor (optional)", "Sponsor (optional)", "Sponsor (facultatif)"),
                rng.choice(["", "", "Kirkgate Motors", "Bäckerei Vogt", "Garage Morel"]),
            ),
        ],
        per=2,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (3.5, "left"),
            (2.2, "left"),
            (1.2, "center"),
            (1.2, "center"),
            (1.2, "center"),
        ],
    )
    for c_, t in zip(
        cols,
        [
            "#",
            tr(lg, "Player", "Spieler/in", "Joueur"),
            body,
            tr(lg, "Average", "Schnitt", "Moyenne"),
            "HCP",
            tr(lg, "M/F", "m/w", "H/F"),
        ],
        strict=True,
    ):
        cell(p, c_, y, t, s.bold, 8)
    y += 5
    n = rng.randint(4, 6)
    for k in range(8):
        p.line(m, y, w - m, y)
        y += 15
        cell(p, cols[0], y, str(k + 1), s.font, 8)
        if k < n:
            pl = captain if k == 0 else person(rng, lg)
            hand(p, cols[1][0], y, pl, 9, cols[1][1] - cols[1][0])
            hand(p, cols[2][0], y, serial(rng, "999999") if rng.random() < 0.8 else "-", 9)
            avg = rng.randint(110, 205)
            p.text((cols[3][0] + cols[3][1]) / 2, y, str(avg), HAND, 9, "center")
            p.text(
                (cols[4][0] + cols[4][1]) / 2,
                y,
                str(max(0, int((220 - avg) * 0.9))),
                HAND,
                9,
                "center",
            )
            p.text(
                (cols[5][0] + cols[5][1]) / 2,
                y,
                rng.choice(["M", "F"] if lg == "en" else ["m", "w"] if lg == "de" else ["H", "F"]),
                HAND,
                9,
                "center",
            )
        y += 5
    p.line(m, y, w - m, y)
    y += 20
    fee = rng.choice([25.0, 30.0, 40.0])
    p.text(
        m,
        y,
        tr(
            lg,
            f"Registration fee {cash(fee, lg)} per team, lineage {cash(9.5, lg)} per player per "
            "night.",
            f"Meldegebühr {cash(fee, lg)} je Mannschaft, Bahngebühr {cash(9.5, lg)} je Spieler "
            "und Abend.",
            f"Droit d'inscription {cash(fee, lg)} par équipe, {cash(9.5, lg)} par joueur et par "
            "soirée.",
        ),
        s.font,
        s.size - 1,
    )
    y += 16
    p.text(m, y, tr(lg, "Paid:", "Bezahlt:", "Réglé :"), s.font, s.size - 1)
    ticks(
        p,
        s,
        m + 50,
        y,
        300,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Transfer", "Überweisung", "Virement"),
        ],
        {rng.randrange(3)},
    )
    y += 24
    p.text(
        m,
        y,
        tr(
            lg, "Captain's signature", "Unterschrift Mannschaftsführer/in", "Signature du capitaine"
        ),
        s.font,
        s.size - 1,
    )
    scrawl(p, m + 170, y + 2, captain)
    hand(p, w - m - 90, y, short(d, lg), 9)
    pages = [p]
    if rng.random() < 0.35:
        q = small_print(
            rng,
            s,
            c,
            tr(lg, f"{league} - league rules", f"{league} - Ligaordnung", f"{league} - règlement"),
            [words(rng, lg, "bowl", 3)[:-1] for _ in range(12)],
            "bowl",
        )
        q.text(
            m,
            hh - 60,
            tr(
                lg,
                "Read and accepted for the team:",
                "Gelesen und anerkannt:",
                "Lu et approuvé pour l'équipe :",
            ),
            "Helvetica",
            8,
        )
        scrawl(q, m + 160, hh - 58, captain)
        pages.append(q)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "party_booking": tpl_party_booking,
    "deposit_invoice": tpl_deposit_invoice,
    "lane_service_contract": tpl_lane_service_contract,
    "engineer_report": tpl_engineer_report,
    "parts_invoice": tpl_parts_invoice,
    "prop_invoice": tpl_prop_invoice,
    "premises_licence": tpl_premises_licence,
    "music_licence": tpl_music_licence,
    "fire_risk_assessment": tpl_fire_risk_assessment,
    "alarm_service_report": tpl_alarm_service_report,
    "bar_delivery": tpl_bar_delivery,
    "bar_invoice": tpl_bar_invoice,
    "accident_entry": tpl_accident_entry,
    "incident_report": tpl_incident_report,
    "insurance_schedule": tpl_insurance_schedule,
    "utility_bill": tpl_utility_bill,
    "staff_contract": tpl_staff_contract,
    "training_record": tpl_training_record,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "league_registration": tpl_league_registration,
}
TEMPLATES_RRRR: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "engineer_report",
    "deposit_invoice",
    "bar_invoice",
    "bar_delivery",
    "accident_entry",
    "training_record",
    "league_registration",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "party_booking": "deposit_invoice",
    "bar_delivery": "bar_invoice",
    "accident_entry": "incident_report",
    "engineer_report": "parts_invoice",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_porringer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One centre's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The centre
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CENTRE["lang"] = lang
    CENTRE["row"] = r.randrange(len(CENTRES[lang]))
    CENTRE["seed"] = r.getrandbits(24)
    CENTRE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_RRRR, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_porringer_stream, "templates RRRR")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

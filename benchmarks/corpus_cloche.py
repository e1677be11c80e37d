"""Cloche part of the generated corpus: templates SSSS, written blind for the next measurement.

A part of its own, ``cloche``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an indoor
climbing and bouldering centre with a small café and shop (two owners, a head route setter,
instructors, a café lead; in England, Germany or France) feeds through its scanner in a month:
new members' registration forms filled in by hand (details, emergency contact, health and
experience tick boxes) with the acknowledgement of risk and the house rules signed on a second
sheet (Haftungsausschluss, attestation de connaissance des risques), now and then with the
instructor's A5 induction card stapled behind; the head setter's route setting logs on
landscape grids filled in by hand, sometimes with a hold stock count behind; the weekly wall
and floor inspection checklists (days across, ticks and initials, defects and actions), now
and then with the copy of a red defect tag; hold and volume makers' delivery notes (A5
landscape or A4, sometimes with the carrier's proof-of-delivery slip) and their invoices (VAT
or the reverse charge for a maker abroad, now and then a terms-of-sale page); the inspector's
annual examination reports of the auto-belays, one per device (LOLER thorough examination,
Prüfbericht nach EN 341, vérification périodique NF EN 341), some with a drop test record
page; the centre's PPE inspection register of ropes, harnesses, belay devices and helmets on
landscape pages, sometimes behind a covering memo; schools' and youth groups' bookings (the
teacher's covering letter, the centre's booking form filled in and signed, the list of
participants, sometimes landscape); parents' consent forms (A4 or A5); competitors' entry forms
and the competition's results sheets per category (tops, zones, attempts or league points),
some with a cover page; awarding bodies' instructor qualification certificates (Climbing Wall
Instructor, Trainer C Sportklettern, brevet fédéral) on a framed landscape page, with a
covering letter or an assessment record; first aid training certificates, one per member of
staff, sometimes with the course attendance list; accident, incident and near-miss reports
filled in by hand with the body map, some with a witness statement on a continuation sheet;
the broker's renewal of the building and liability insurance (covering letter, the insurer's
schedule numbered on its own, the policy wording extract, a statement of fact to sign); the
industrial estate landlord's rent and service charge demands with a remittance slip, now and
then a tenant statement of account behind; the card acquirer's monthly merchant statements
(summary, daily settlements, "Page i of n"); the membership software's monthly invoice with the
direct debit collection report of the members' fees behind; the authority's food hygiene
inspection of the café (covering letter, report with scores and matters to put right, now and
then the rating certificate); and the café suppliers' invoices (coffee roaster, dairy, bakery)
on narrow till slips, A5 or A4. Each stream is one centre's pile: the centre (country, name,
month, staff) is drawn once per stream; its senders are of the centre's country and write in
its language, except that hold makers, now and then the software company, are from abroad and
write in their own. Page sizes range from delivery slips, A6 tags and A5 forms to A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the centre files it: both
sheets of a member's registration and the induction card stapled to it; all sheets of one
setting log and the stock count kept with it; a week's inspection checklist and the defect tag
copy pinned to it; a delivery note and the carrier's slip that came with the boxes; an invoice
and its terms page; one auto-belay's examination report and its drop test page (each device's
report is filed in that device's log, so a visit gives one document per device); the PPE
register with its covering memo; a school's covering letter, the booking form and the list of
participants it sent together; one child's consent form; one competitor's entry form; all pages
of the results with their cover; an awarding body's covering letter, certificate and
assessment record; one person's first aid certificate with the attendance list sent with it;
an accident report and the witness statement attached; the broker's letter, the schedule, the
wording extract and the statement of fact; a rent demand and the statement of account behind
it; every page of one merchant statement; the software invoice and its collection report; the
hygiene letter, report and rating certificate; one supplier invoice. Related papers are
documents of their own: the invoice after the delivery note it bills, the parents' consent
forms after a school's booking, the results after the entry forms; and so is each form,
certificate, report, demand and invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: members' registrations, consent
forms, competition entries, auto-belay reports, first aid certificates, café supplier
invoices, weekly inspection checklists and rent demands often come 2-4 in a row from one
sender with other people, devices, weeks, dates, numbers and amounts; and companions: each
related paper above often follows the document it answers. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with
``"split": "cloche"`` and seeds offset by 9_600_000.

Usage: ``python benchmarks/corpus_cloche.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cloche/cloche_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Col,
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

PART = "cloche"
SEED_OFFSET = 9_600_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the climbing centre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CENTRES: dict[str, list[Row]] = {
    "en": [
        (
            "Gritstone Climbing Centre Ltd",
            "Unit 7, Carrwood Industrial Estate",
            "Sheffield S9 3LA",
            "0114 243 7710",
        ),
        ("The Boulder Shed", "Units 3-4, Riverside Trading Estate", "Bristol BS5 0QF", ""),
        ("Crux Climbing Wall Ltd", "Unit B2, Ashford Business Park", "Leeds LS11 5QP", ""),
    ],
    "de": [
        ("Kletterhalle Blockwerk GmbH", "Gewerbepark Süd 14", "79111 Freiburg", "0761 480 27 90"),
        ("Boulderhalle Kraftraum", "Am Güterbahnhof 6", "44147 Dortmund", "0231 53 40 18 2"),
        ("Kletterzentrum Nordwand GmbH & Co. KG", "Industriestraße 31", "30179 Hannover", ""),
    ],
    "fr": [
        (
            "Prise de Bloc SAS",
            "ZA des Glairons, 12 rue des Artisans",
            "38400 Saint-Martin-d'Hères",
            "",
        ),
        ("Salle Le Dévers", "ZI de la Plaine, 4 allée Lavoisier", "63100 Clermont-Ferrand", ""),
        ("Escalade Grand Mur SARL", "Parc d'activités du Lac, bât. C", "33300 Bordeaux", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "holds": {
        "en": [
            ("Rockform Climbing Holds Ltd", "Unit 12, Tinsley Park", "Sheffield S9 5DX", ""),
            ("Crimpworks", "The Old Foundry, Mill Road", "Kendal LA9 6NB", "01539 728 410"),
            ("Volume Factory UK Ltd", "Hangar 4, Moor Lane", "Stockport SK4 2AX", ""),
        ],
        "de": [
            ("Griffwerk Klettergriffe GmbH", "Ziegeleistraße 8", "87509 Immenstadt", ""),
            ("Volumenbau Hofer", "Sägewerkweg 3", "83229 Aschau", "08052 90 41 7"),
            ("Grifflabor Leipzig GmbH", "Spinnereistraße 7", "04179 Leipzig", ""),
        ],
        "fr": [
            ("Prises Altitude SARL", "ZA du Pré Long", "74800 La Roche-sur-Foron", ""),
            ("Volumes & Co", "18 rue de l'Industrie", "42000 Saint-Étienne", "04 77 32 18 60"),
            ("Atelier Réglette", "Chemin des Carrières", "13090 Aix-en-Provence", ""),
        ],
    },
    "inspector": {
        "en": [
            ("Peakline Safety Inspections Ltd", "Moss Lane", "Macclesfield SK11 7XE", ""),
            ("Wallcheck Services", "Unit 9, Enterprise Way", "Sheffield S8 0JR", "0114 258 3305"),
        ],
        "de": [
            ("Sicherheitstechnik Fels GmbH", "Robert-Bosch-Straße 12", "73431 Aalen", ""),
            ("Prüfdienst Vertikal", "Im Wiesengrund 4", "58093 Hagen", "02331 47 02 9"),
        ],
        "fr": [
            ("Contrôle Verticalité SARL", "45 route de Grenoble", "38330 Montbonnot", ""),
            ("Bureau Alpes EPI", "2 avenue des Pyrénées", "31240 L'Union", "05 61 09 44 80"),
        ],
    },
    "school": {
        "en": [
            ("Hillcrest Academy", "Abbey Lane", "Sheffield S7 2QZ", "0114 236 9200"),
            ("St Aidan's C of E Primary School", "Church Road", "Bristol BS5 8AD", ""),
            ("Westfield 1st Scouts", "c/o 14 Manor Drive", "Leeds LS16 6BE", ""),
            ("Kingsmead School", "Kingsmead Road", "Leeds LS8 1DN", ""),
        ],
        "de": [
            ("Goethe-Gymnasium", "Lessingstraße 12", "79100 Freiburg", "0761 201 77 0"),
            ("Realschule am Stadtpark", "Parkstraße 4", "44139 Dortmund", ""),
            ("Jugendzentrum Linden", "Fössestraße 86", "30451 Hannover", ""),
            ("Grundschule Wiesental", "Schulweg 2", "79112 Freiburg", ""),
        ],
        "fr": [
            ("Collège Jean Moulin", "8 avenue de la Libération", "38400 Saint-Martin-d'Hères", ""),
            ("Lycée Blaise Pascal", "36 avenue Carnot", "63000 Clermont-Ferrand", ""),
            ("Centre de loisirs Les Écureuils", "Place de la Mairie", "33600 Pessac", ""),
            ("École élémentaire Jules Ferry", "2 rue des Écoles", "38400 Saint-Martin-d'Hères", ""),
        ],
    },
    "awarding": {
        "en": [
            (
                "Mountain Training England",
                "Siabod Cottage, Capel Curig",
                "Betws-y-Coed LL24 0ES",
                "",
            ),
            ("Association of Climbing Wall Coaches", "PO Box 412", "Manchester M2 3AW", ""),
        ],
        "de": [
            (
                "Deutscher Kletterverband - Ausbildungsreferat",
                "Anni-Albers-Str. 7",
                "80807 München",
                "",
            ),
            (
                "Landesverband Klettern Baden-Württemberg e.V.",
                "Fritz-Walter-Weg 19",
                "70372 Stuttgart",
                "",
            ),
        ],
        "fr": [
            (
                "Fédération Escalade & Montagne - Service formation",
                "8-10 quai de la Marne",
                "75019 Paris",
                "",
            ),
            (
                "Comité régional Escalade Auvergne-Rhône-Alpes",
                "12 rue des Alpes",
                "38000 Grenoble",
                "",
            ),
        ],
    },
    "firstaid": {
        "en": [
            ("Lifeline First Aid Training Ltd", "4 Church Street", "Chesterfield S40 1RZ", ""),
            ("Medic Ready Training", "Unit 2, Calder Court", "Wakefield WF1 5AJ", "01924 770 318"),
        ],
        "de": [
            ("Erste-Hilfe-Akademie Rhein-Ruhr", "Westenhellweg 40", "44137 Dortmund", ""),
            ("Rettungsschule Breisgau gGmbH", "Habsburgerstraße 9", "79104 Freiburg", ""),
        ],
        "fr": [
            ("Formation Secours Alpes", "14 cours Berriat", "38000 Grenoble", "04 76 21 50 12"),
            ("Institut Prévention Secourisme", "5 rue Montesquieu", "33000 Bordeaux", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Sportcover Insurance Brokers Ltd",
                "Fountain Precinct, Leopold St",
                "Sheffield S1 2JA",
                "",
            ),
            ("Harbour & Lyle Insurance Services", "3 Queen Square", "Bristol BS1 4JQ", ""),
        ],
        "de": [
            ("Alpenland Versicherungsmakler GmbH", "Kaiser-Joseph-Str. 240", "79098 Freiburg", ""),
            ("Westfalia Assekuranz Sport", "Königswall 21", "44137 Dortmund", ""),
        ],
        "fr": [
            ("Cabinet Durieux Assurances", "27 place Grenette", "38000 Grenoble", ""),
            ("Sport Assur Courtage", "64 cours de l'Intendance", "33000 Bordeaux", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Carrwood Estates Ltd", "c/o Blackburne Property Management", "Sheffield S1 2HE", ""),
            ("Riverside Industrial Properties LLP", "Temple Quay House", "Bristol BS1 6DG", ""),
            ("Northgate Industrial REIT plc", "Park Square East", "Leeds LS1 2NE", ""),
        ],
        "de": [
            ("Gewerbepark Süd Verwaltungs GmbH", "Basler Landstraße 42", "79111 Freiburg", ""),
            ("Rhein-Ruhr Gewerbeimmobilien KG", "Rheinlanddamm 199", "44139 Dortmund", ""),
            ("Immobilienverwaltung Brandes", "Podbielskistraße 17", "30163 Hannover", ""),
        ],
        "fr": [
            (
                "SCI des Glairons",
                "c/o Cabinet Rey Gestion, 4 place Victor Hugo",
                "38000 Grenoble",
                "",
            ),
            ("Foncière Parc Activités SAS", "10 rue de la Bourse", "33000 Bordeaux", ""),
            ("Immobilière Arverne", "33 boulevard Desaix", "63000 Clermont-Ferrand", ""),
        ],
    },
    "cards": {
        "en": [
            ("Paylink Merchant Services", "PO Box 6120", "Basildon SS14 3WX", ""),
            ("Elavant Card Acquiring UK", "1 Canada Square", "London E14 5AB", ""),
        ],
        "de": [
            ("Kartenzahlung Concardis-Partner Service", "Postfach 10 02 41", "65933 Frankfurt", ""),
            ("PayTerm Händlerservice GmbH", "Helfmann-Park 7", "65760 Eschborn", ""),
        ],
        "fr": [
            ("Monético Services Commerçants", "TSA 40012", "75716 Paris Cedex 15", ""),
            ("Crédit Mutuel - Monétique", "Service Commerçants", "67100 Strasbourg", ""),
        ],
    },
    "software": {
        "en": [
            ("Belaylogic Ltd", "The Sheaf Works", "Sheffield S2 4SU", ""),
            ("WallDesk Software Ltd", "31 King Street", "Manchester M2 6AZ", ""),
        ],
        "de": [
            ("HallenManager Software GmbH", "Zeppelinstraße 5", "81669 München", ""),
            ("Kletterkasse Systems UG", "Rigaer Straße 44", "10247 Berlin", ""),
        ],
        "fr": [
            ("Grimpo Logiciels SAS", "7 rue Lavoisier", "38000 Grenoble", ""),
            ("SalleSoft", "22 quai de Bacalan", "33300 Bordeaux", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Sheffield City Council - Food Health & Safety",
                "Howden House, Union Street",
                "Sheffield S1 2SH",
                "",
            ),
            ("Bristol City Council - Food Safety Team", "PO Box 3399", "Bristol BS1 9NE", ""),
            ("Leeds City Council - Environmental Health", "Merrion House", "Leeds LS2 8BB", ""),
        ],
        "de": [
            (
                "Stadt Freiburg - Amt für Lebensmittelüberwachung",
                "Fahnenbergplatz 4",
                "79098 Freiburg",
                "",
            ),
            (
                "Stadt Dortmund - Veterinär- und Lebensmittelüberwachung",
                "Hövelstraße 8",
                "44137 Dortmund",
                "",
            ),
            (
                "Region Hannover - Lebensmittelüberwachung",
                "Hildesheimer Straße 20",
                "30169 Hannover",
                "",
            ),
        ],
        "fr": [
            (
                "DDPP de l'Isère - Sécurité sanitaire des aliments",
                "22 avenue Doyen Louis Weil",
                "38000 Grenoble",
                "",
            ),
            (
                "DDPP du Puy-de-Dôme",
                "Cité administrative, rue Pélissier",
                "63034 Clermont-Ferrand",
                "",
            ),
            (
                "DDPP de la Gironde",
                "Cité administrative, rue Jules Ferry",
                "33090 Bordeaux Cedex",
                "",
            ),
        ],
    },
    "cafe": {
        "en": [
            ("Foundry Coffee Roasters", "Unit 4, Moore Street", "Sheffield S3 7UT", ""),
            ("Dales Dairy Deliveries", "Grange Farm", "Skipton BD23 1RT", "01756 701 226"),
            ("Bakehouse Wholesale Ltd", "Arch 14, Temple Gate", "Bristol BS1 6PL", ""),
        ],
        "de": [
            ("Rösterei Bohnenberg", "Wiehre-Bahnhof 3", "79100 Freiburg", ""),
            ("Hofmolkerei Sonnenhang", "Dorfstraße 21", "79283 Bollschweil", ""),
            ("Bäckerei Kornmühle GmbH", "Mühlenweg 5", "44139 Dortmund", ""),
        ],
        "fr": [
            ("Brûlerie des Alpes", "9 rue Saint-Laurent", "38000 Grenoble", ""),
            ("Laiterie du Plateau", "Le Bourg", "63210 Rochefort-Montagne", ""),
            ("Boulangerie Marcel - Livraisons", "41 rue Sainte-Catherine", "33000 Bordeaux", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Callum", "Hannah", "Rob", "Priya", "Tom", "Fiona", "Ollie"],
    "de": ["Anja", "Tobias", "Julia", "Stefan", "Katrin", "Moritz", "Lena", "Jan", "Eva", "Felix"],
    "fr": ["Nathalie", "Julien", "Camille", "Bastien", "Manon", "Nicolas", "Léa", "Hugo", "Inès"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Anja", "Julia", "Katrin", "Lena", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Manon", "Léa", "Inès"}
KIDS = {
    "en": ["Alfie", "Isla", "Noah", "Ruby", "Leo", "Maisie", "Arlo", "Evie", "Jack", "Poppy"],
    "de": ["Ben", "Mia", "Paul", "Emilia", "Finn", "Hanna", "Luis", "Ida", "Jonas", "Marie"],
    "fr": ["Lucas", "Jade", "Louis", "Chloé", "Gabriel", "Louise", "Arthur", "Alice", "Tom"],
}

TALK = {
    "en": {
        "wall": "wall panel holds volumes bolts t-nuts matting landing surface overhang slab "
        "problem route grade setter reset circuit colour session auto-belay rope anchor",
        "safety": "inspection device lanyard webbing wear damage serviceable retraction speed "
        "brake housing carabiner swivel record defect withdrawn examination competent person",
        "legal": "cover insured policy period premium excess liability claim endorsement "
        "schedule property contents interruption condition notice indemnity limit",
        "care": "participant instructor supervision group session belay harness helmet "
        "briefing medical parent consent emergency contact activity risk behaviour",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "food": "kitchen fridge temperature allergen cleaning storage records probe "
        "handwash labelling dates pest control training supplier delivery",
    },
    "de": {
        "wall": "Wand Paneel Griffe Volumen Schrauben Einschlagmuttern Matten Fallschutz "
        "Überhang Platte Boulder Route Schwierigkeit Schrauber Umbau Farbe Toprope Umlenkung",
        "safety": "Prüfung Gerät Gurtband Verschleiß Beschädigung Einzugsgeschwindigkeit "
        "Bremse Gehäuse Karabiner Wirbel Prüfbuch Mangel ausgesondert Sachkundiger",
        "legal": "Versicherungsschutz Versicherungsnehmer Laufzeit Beitrag Selbstbeteiligung "
        "Haftpflicht Schaden Klausel Gebäude Inhalt Betriebsunterbrechung Obliegenheit",
        "care": "Teilnehmer Trainer Aufsicht Gruppe Einheit Sichern Gurt Helm Einweisung "
        "Erziehungsberechtigte Einverständnis Notfall Kontakt Risiko Verhalten",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "food": "Küche Kühlschrank Temperatur Allergene Reinigung Lagerung Dokumentation "
        "Händewaschen Kennzeichnung Mindesthaltbarkeit Schädlinge Schulung Lieferant",
    },
    "fr": {
        "wall": "mur panneau prises volumes vis inserts tapis réception dévers dalle bloc "
        "voie cotation ouvreur démontage couleur séance enrouleur corde relais",
        "safety": "vérification appareil sangle usure dommage vitesse rappel frein carter "
        "mousqueton émerillon registre défaut réformé contrôle personne compétente",
        "legal": "garantie assuré contrat période cotisation franchise responsabilité sinistre "
        "avenant bâtiment contenu perte d'exploitation obligation plafond",
        "care": "participant moniteur encadrement groupe séance assurage baudrier casque "
        "consignes parent autorisation urgence contact activité risque comportement",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "food": "cuisine réfrigérateur température allergènes nettoyage stockage traçabilité "
        "lavage des mains étiquetage dates nuisibles formation fournisseur",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "wall", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "wall", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The centre of a stream: its country, month and staff; what the previous document was about
# ---------------------------------------------------------------------------------------------

CENTRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}

#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CENTRE["lang"])


def month() -> date:
    m = CENTRE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's centre and ``key``: a run or a repeat keeps
    its sender."""
    text = f"cloche/{key}/{who.name}/{who.street}/{who.city}/{CENTRE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def centre_row() -> Row:
    return CENTRES[home()][int(CENTRE["row"])]  # type: ignore[call-overload]


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def crew(role: str) -> str:
    """The centre's people, the same all through a stream: owners, head setter, instructors,
    café lead (``role``: owner1, owner2, setter, instr1.., cafe)."""
    r = random.Random(zlib.crc32(f"cloche/crew/{role}/{CENTRE['seed']}".encode()))
    return person(r, home())


def instructors() -> list[str]:
    return [crew(f"instr{k}") for k in range(1, 5)]


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none"],
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
        "Climbing - Bouldering - Café",
        "Klettern - Bouldern - Café",
        "Escalade - Bloc - Café",
    ),
    "holds": ("Climbing holds & volumes", "Klettergriffe & Volumen", "Prises & volumes d'escalade"),
    "inspector": (
        "Inspection - Servicing - Training",
        "Prüfung - Wartung - Schulung",
        "Contrôle - Maintenance - Formation",
    ),
    "firstaid": ("First aid training", "Erste-Hilfe-Ausbildung", "Formation secourisme"),
    "cafe": ("Wholesale", "Großhandel & Lieferservice", "Livraison professionnels"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "school", "awarding"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Freiburg", "Sparkasse Dortmund", "Hannoversche Volksbank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name or "UG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Freiburg', 'Dortmund', 'Hannover', 'München'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9311Z', '9313Z', '4764Z', '7120B'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cloche/head/{name}/{CENTRE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "awarding"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
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
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def centre_head() -> Head:
    return make_head(centre_row(), home(), "centre")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and centre), of the
    centre's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in ("landlord", "council"):
        # the centre's own landlord and council: one per centre
        rows = [rows[int(CENTRE["row"]) % len(rows)]]
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


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
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
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
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
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(
            m,
            y + 15,
            tr(h.lang, *TAGLINE[h.role]) if h.role in TAGLINE else "",
            italic_of(h.font),
            7.5,
        )
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
    parts = [t for t in parts if t not in ("Dr", "Mr", "Ms", "Herr", "Frau")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the centre's received stamp on the first page."""
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
                        "en": ["Office", "Front desk", "Accounts"],
                        "de": ["Büro", "Theke", "Buchhaltung"],
                        "fr": ["Bureau", "Accueil", "Compta"],
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
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def centre_lines(att: str = "") -> list[str]:
    return head_lines(centre_head(), att)


def vat_rate(lang: str) -> float:
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
    rows = [(tr(lg, "Subtotal", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append(
        (tr(lg, "Total", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        font = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), font, s.size, "right")
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
    """The grey edge and shadow a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)
    if rng.random() < 0.5:
        p.rect(w - rng.uniform(4, 12), 0, 14, h, fill=g + 0.1)


def sign_line(
    p: Page, x: float, y: float, w: float, label: str, who: str = "", s: Style | None = None
) -> None:
    """A signature line ``w`` wide at ``y`` with ``label`` under it, signed by ``who``."""
    font = s.font if s else "Helvetica"
    if who:
        scrawl(p, x + 4, y - 2, who, 12)
    p.line(x, y + 3, x + w, y + 3)
    p.text(x, y + 12, fit(label, font, 7, w), font, 7)


def form_head(p: Page, s: Style, title: str, sub: str = "", ref: str = "") -> float:
    """The centre's own printed form: the centre's name small, the form title in bold, an
    optional form reference at the right; the y below."""
    w, _ = p.size
    m = s.margin
    c = centre_head()
    y = max(m - 10, 26.0)
    p.text(m, y, fit(c.name, s.bold, 8.5, w * 0.6 - m), s.bold, 8.5)
    if ref:
        p.text(w - m, y, ref, s.font, 6.5, "right")
    y += 18
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += pt * 0.6 + 6
    if sub:
        for ln in wrap(sub, italic_of(s.font), 7.5, w - 2 * m)[:3]:
            y += 9
            p.text(m, y, ln, italic_of(s.font), 7.5)
    p.line(m, y + 5, w - m, y + 5)
    return y + 20


def grade_of(rng: random.Random, lang: str, boulder: bool) -> str:
    """A grade as the country's walls write it."""
    if boulder:
        if lang == "en":
            return f"V{rng.randint(0, 9)}" if rng.random() < 0.6 else rng.choice(FONT_GRADES)
        return rng.choice(FONT_GRADES)
    if lang == "en" and rng.random() < 0.2:
        return rng.choice(["4", "5", "5+", "6a", "6b", "6c"])
    if lang == "de" and rng.random() < 0.5:
        return rng.choice(["4", "5-", "5", "5+", "6-", "6", "6+", "7-", "7", "7+", "8-", "8"])
    return rng.choice(SPORT_GRADES)


FONT_GRADES = ["3", "4", "4+", "5", "5+", "6A", "6A+", "6B", "6B+", "6C", "6C+", "7A", "7A+", "7B"]
SPORT_GRADES = ["4c", "5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "6c+", "7a", "7a+", "7b"]
COLOURS = {
    "en": ["Red", "Blue", "Yellow", "Green", "Black", "White", "Purple", "Orange", "Pink", "Grey"],
    "de": ["Rot", "Blau", "Gelb", "Grün", "Schwarz", "Weiß", "Lila", "Orange", "Pink", "Grau"],
    "fr": ["Rouge", "Bleu", "Jaune", "Vert", "Noir", "Blanc", "Violet", "Orange", "Rose", "Gris"],
}
SECTORS = {
    "en": ["Cave", "Prow", "Slab", "Comp wall", "The Barrel", "Kids' wall", "Lead wall A"],
    "de": [
        "Höhle",
        "Bug",
        "Platte",
        "Wettkampfwand",
        "Dachsektor",
        "Kinderbereich",
        "Vorstieg Nord",
    ],
    "fr": ["Grotte", "Proue", "Dalle", "Mur compét", "Toit", "Espace enfants", "Mur voies Est"],
}


NUMBERED = {
    "en": ["Page {i} of {n}", "{i}/{n}", "Page {i}"],
    "de": ["Seite {i} von {n}", "{i}/{n}", "Seite {i}"],
    "fr": ["Page {i}/{n}", "{i}/{n}", "- {i} -"],
}


def cols_of(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``columns`` with a gap where a left-aligned column follows a right-aligned one."""
    out = columns(x0, x1, spec)
    for k in range(1, len(out)):
        if spec[k][1] == "left" and spec[k - 1][1] == "right":
            a, b, al = out[k]
            out[k] = (a + 10, b, al)
    return out


def centre_style(size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    """The style of the centre's own printed forms."""
    return style_of(centre_head(), size, margin=margin, pt=pt)


def form_foot(p: Page, s: Style, text: str) -> None:
    """A printed form's reference line at the foot of the page."""
    w, hh = p.size
    p.text(s.margin, hh - 20, fit(text, s.font, 6, w - 2 * s.margin), s.font, 6)


def lines_for_hand(p: Page, x0: float, x1: float, y: float, n: int, text: str = "") -> float:
    """``n`` ruled lines for handwriting, ``text`` written on them; the y below."""
    rows = wrap(text, HAND, 9, x1 - x0 - 6) if text else []
    for k in range(n):
        p.line(x0, y + 3, x1, y + 3)
        if k < len(rows):
            p.text(x0 + 3, y, rows[k], HAND, 9)
        y += 16
    return y + 4


def body_map(p: Page, x: float, y: float, scale: float, marks: int, rng: random.Random) -> None:
    """Front and back outlines of a body with ``marks`` crosses where the injury is."""
    for k, label in enumerate(("Front", "Back")):
        cx = x + k * 70 * scale + 30 * scale
        ring(p, cx, y + 9 * scale, 8 * scale, 20)
        p.line(cx, y + 17 * scale, cx, y + 62 * scale)  # trunk
        p.line(cx - 16 * scale, y + 22 * scale, cx + 16 * scale, y + 22 * scale)
        p.line(cx - 16 * scale, y + 22 * scale, cx - 24 * scale, y + 52 * scale)
        p.line(cx + 16 * scale, y + 22 * scale, cx + 24 * scale, y + 52 * scale)
        p.line(cx - 10 * scale, y + 22 * scale, cx - 10 * scale, y + 62 * scale)
        p.line(cx + 10 * scale, y + 22 * scale, cx + 10 * scale, y + 62 * scale)
        p.line(cx - 10 * scale, y + 62 * scale, cx + 10 * scale, y + 62 * scale)
        p.line(cx - 8 * scale, y + 62 * scale, cx - 10 * scale, y + 100 * scale)
        p.line(cx + 8 * scale, y + 62 * scale, cx + 10 * scale, y + 100 * scale)
        p.line(cx, y + 66 * scale, cx - 2 * scale, y + 100 * scale)
        p.line(cx, y + 66 * scale, cx + 2 * scale, y + 100 * scale)
        p.text(cx, y + 110 * scale, label, "Helvetica", 6.5, "center")
    for _ in range(marks):
        mx_ = x + rng.choice([30, 100]) * scale + rng.uniform(-14, 14) * scale
        my = y + rng.uniform(14, 96) * scale
        p.text(mx_, my, "X", HAND, 11, "center")


# ---------------------------------------------------------------------------------------------
# Templates SSSS: the centre's own forms and logs
# ---------------------------------------------------------------------------------------------


MEDICAL = {
    "en": ["none", "asthma - inhaler in bag", "knee op last year", "epipen - nut allergy"],
    "de": ["keine", "Asthma - Spray im Rucksack", "Heuschnupfen", "Knie-OP letztes Jahr"],
    "fr": ["RAS", "asthme léger - ventoline", "allergie pollen", "entorse genou en 2024"],
}
MAILS = ["gmail.com", "web.de", "orange.fr", "outlook.com", "icloud.com"]


def tpl_member_signup(rng: random.Random, who: Issuer) -> list[Page]:
    """A new member's registration form, filled in by hand at the front desk: personal
    details, emergency contact, health questions and experience in tick boxes; the
    acknowledgement of risk with the centre's rules and the signature (a parent's for a
    minor); now and then the induction record card, signed by the instructor, stapled behind."""
    lg = home()
    r = keyed(who, "form")
    size = r.choice([A4, A4, A4, LETTER] if lg == "en" else [A4])
    s = centre_style(size, margin=40, pt=9)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    first, last = rng.choice(FIRSTS[lg] + KIDS[lg]), rng.choice(LASTS[lg])
    minor = first in KIDS[lg]
    born = date(
        d.year - (rng.randint(9, 16) if minor else rng.randint(18, 55)),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )
    version = (
        f"{tr(lg, 'Form', 'Formular', 'Formulaire')} {serial(r, 'AA-99')} "
        f"v{r.randint(2, 7)} ({r.randint(2019, 2024)})"
    )
    title = tr(
        lg,
        r.choice(
            ["Climber Registration Form", "New Member Registration & Acknowledgement of Risk"]
        ),
        r.choice(["Anmeldung / Nutzungsvertrag", "Aufnahmeantrag und Haftungsausschluss"]),
        r.choice(["Fiche d'inscription", "Inscription et attestation de connaissance des risques"]),
    )
    p = Page(size)
    y = form_head(
        p,
        s,
        title,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS. Every climber must register before using the "
            "walls.",
            "Bitte in Druckbuchstaben ausfüllen. Die Anmeldung ist vor der ersten Nutzung "
            "erforderlich.",
            "Merci de remplir en MAJUSCULES. Inscription obligatoire avant la première séance.",
        ),
        version,
    )
    y = (
        band(p, s, y + 6, tr(lg, "1. Your details", "1. Persönliche Angaben", "1. Vos coordonnées"))
        + 4
    )
    town = rng.choice([centre_row()[2], centre_row()[2], rng.choice(SENDERS["school"][lg])[2]])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "First name", "Vorname", "Prénom"), first.upper()),
            (tr(lg, "Surname", "Nachname", "Nom"), last.upper()),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (tr(lg, "Gender (optional)", "Geschlecht (freiwillig)", "Sexe (facultatif)"), ""),
            (
                tr(lg, "Address", "Straße, Nr.", "Adresse"),
                f"{rng.randint(2, 140)} "
                f"{rng.choice(['Oak', 'Mill', 'Park', 'Linden', 'Tilleuls'])} "
                f"{tr(lg, 'Road', 'weg', '')}".strip(),
            ),
            (tr(lg, "Town / postcode", "PLZ / Ort", "Code postal / ville"), town),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                if lg == "en"
                else f"01{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}"
                if lg == "de"
                else f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
            ),
            (
                "E-mail",
                f"{first.lower()}.{last.lower()[:5]}@{rng.choice(MAILS)}"
                if rng.random() < 0.85
                else "",
            ),
        ],
        per=2,
        tall=25,
    )
    y = (
        band(
            p,
            s,
            y + 6,
            tr(lg, "2. Emergency contact", "2. Notfallkontakt", "2. Personne à prévenir"),
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
            (tr(lg, "Name", "Name", "Nom"), f"{rng.choice(FIRSTS[lg])} {last}"),
            (
                tr(lg, "Relationship", "Beziehung", "Lien"),
                rng.choice(
                    tr(
                        lg,
                        "Mum Dad Partner Wife",
                        "Mutter Vater Partner Ehefrau",
                        "Mère Père Conjoint Soeur",
                    ).split()
                ),
            ),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                f"0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
            ),
        ],
        per=3,
        tall=25,
    )
    y = band(p, s, y + 6, tr(lg, "3. Health", "3. Gesundheit", "3. Santé")) + 12
    qs = [
        tr(
            lg,
            "Do you have any medical condition that may affect you while climbing?",
            "Bestehen gesundheitliche Einschränkungen, die beim Klettern relevant sind?",
            "Avez-vous un problème de santé pouvant gêner la pratique ?",
        ),
        tr(
            lg,
            "Are you taking any medication?",
            "Nehmen Sie regelmäßig Medikamente ein?",
            "Suivez-vous un traitement médical ?",
        ),
        tr(
            lg,
            "Have you had an injury in the last 6 months?",
            "Hatten Sie in den letzten 6 Monaten eine Verletzung?",
            "Blessure dans les 6 derniers mois ?",
        ),
    ]
    for q in qs:
        yes = rng.random() < 0.15
        p.text(m, y, fit(q, s.font, 8, w - 2 * m - 90), s.font, 8)
        box(p, w - m - 80, y, yes)
        p.text(w - m - 68, y, yes_no(lg)[0], s.font, 8)
        box(p, w - m - 38, y, not yes)
        p.text(w - m - 26, y, yes_no(lg)[1], s.font, 8)
        y += 15
    p.text(
        m,
        y,
        tr(lg, "If yes, please give details:", "Wenn ja, bitte erläutern:", "Si oui, précisez :"),
        s.font,
        7.5,
    )
    y = lines_for_hand(
        p,
        m + 120,
        w - m,
        y,
        1,
        rng.choice(["", "", "", *MEDICAL[lg][1:]]),
    )
    y = (
        band(p, s, y + 6, tr(lg, "4. Climbing experience", "4. Klettererfahrung", "4. Expérience"))
        + 12
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Never climbed", "Noch nie geklettert", "Jamais grimpé"),
            tr(lg, "Bouldering only", "Nur Bouldern", "Bloc uniquement"),
            tr(lg, "Top-rope", "Toprope", "Moulinette"),
            tr(lg, "Lead", "Vorstieg", "En tête"),
            tr(
                lg,
                "Can belay (needs check)",
                "Kann sichern (Sicherungscheck)",
                "Sait assurer (test)",
            ),
        ],
        {rng.choice([0, 1, 1, 2, 3, 4])},
    )
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "How did you hear about us?",
            "Wie sind Sie auf uns aufmerksam geworden?",
            "Comment nous avez-vous connus ?",
        ),
        s.font,
        7.5,
    )
    hand(
        p,
        m + 190,
        y,
        rng.choice(
            [
                "Instagram",
                "Google",
                *tr(lg, "friend|school", "Freunde|Schule", "un ami|le club").split("|"),
            ]
        ),
    )
    form_foot(p, s, f"{version} - {tr(lg, 'Page 1 of 2', 'Seite 1 von 2', 'Page 1/2')}")
    pages = [p]
    # the acknowledgement of risk and the signature
    q = Page(size)
    y2 = max(m - 10, 26.0) + 6
    q.text(
        m,
        y2,
        tr(
            lg,
            "5. Acknowledgement of risk",
            "5. Haftungsausschluss und Hallenordnung",
            "5. Reconnaissance des risques et règlement intérieur",
        ),
        s.bold,
        s.size + 2,
    )
    y2 += 18
    stmt = tr(
        lg,
        "Climbing and bouldering are activities with a danger of personal injury or death. "
        "Participants should be aware of and accept these risks and be responsible for their "
        "own actions and involvement. I understand that falls onto the matting can cause injury.",
        "Klettern und Bouldern sind Sportarten mit Verletzungsrisiko. Ich nutze die Anlage auf "
        "eigene Gefahr und habe die Hallenordnung gelesen. Stürze auf die Matten können zu "
        "Verletzungen führen; ich erkenne die Regeln des Sicherungschecks an.",
        "L'escalade est une activité comportant des risques de blessure. Je reconnais avoir pris "
        "connaissance du règlement intérieur et des consignes de sécurité de la salle et "
        "m'engage à les respecter.",
    )
    for ln in wrap(stmt, s.font, 8.5, w - 2 * m):
        q.text(m, y2, ln, s.font, 8.5)
        y2 += 11.5
    y2 += 6
    rules = [words(rng, lg, "wall", rng.randint(7, 12)) for _ in range(rng.randint(6, 9))]
    for k, t in enumerate(rules):
        for j, ln in enumerate(wrap(t, s.font, 8, w - 2 * m - 40)):
            if j == 0:
                q.text(m + 4, y2, f"{k + 1}.", s.font, 8)
            q.text(m + 20, y2, ln, s.font, 8)
            y2 += 10.5
        box(q, w - m - 12, y2 - 10.5, rng.random() < 0.9, 7)
        y2 += 2
    y2 += 10
    y2 = ticks(
        q,
        s,
        m,
        y2,
        w - 2 * m,
        [
            tr(
                lg,
                "I agree to photos being used for publicity",
                "Fotos dürfen für Werbung genutzt werden",
                "J'accepte l'utilisation de photos",
            ),
            tr(lg, "Send me the newsletter", "Newsletter abonnieren", "Recevoir la newsletter"),
        ],
        {k for k in range(2) if rng.random() < 0.5},
    )
    y2 += 20
    sig = f"{first} {last}"
    sign_line(q, m, y2, 200, tr(lg, "Signature", "Unterschrift", "Signature"), sig, s)
    hand(q, m + 240, y2 - 2, short(d, lg))
    q.line(m + 236, y2 + 3, m + 330, y2 + 3)
    q.text(m + 236, y2 + 12, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y2 += 40
    q.text(
        m,
        y2,
        tr(
            lg,
            "Under 18s: to be signed by a parent or guardian",
            "Minderjährige: Unterschrift eines Erziehungsberechtigten",
            "Mineurs : signature du représentant légal",
        ),
        s.bold,
        8,
    )
    y2 += 22
    parent = f"{rng.choice(FIRSTS[lg])} {last}"
    sign_line(
        q,
        m,
        y2,
        200,
        tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Représentant légal"),
        parent if minor else "",
        s,
    )
    if minor:
        hand(q, m + 240, y2 - 2, parent)
    q.line(m + 236, y2 + 3, w - m, y2 + 3)
    q.text(m + 236, y2 + 12, tr(lg, "Name (print)", "Name in Druckbuchstaben", "Nom"), s.font, 7)
    y2 += 36
    q.rect(m, y2, w - 2 * m, 44, fill=0.93)
    q.text(
        m + 6, y2 + 12, tr(lg, "OFFICE USE", "NUR FÜR DIE HALLE", "RÉSERVÉ À L'ACCUEIL"), s.bold, 7
    )
    q.text(m + 6, y2 + 26, tr(lg, "Member no.", "Mitgl.-Nr.", "N° adhérent"), s.font, 7)
    hand(q, m + 70, y2 + 26, serial(rng, "99999"))
    q.text(m + 170, y2 + 26, tr(lg, "Staff", "Mitarbeiter", "Agent"), s.font, 7)
    hand(q, m + 210, y2 + 26, "".join(t[0] for t in rng.choice(instructors()).split()))
    q.text(m + 290, y2 + 26, tr(lg, "Photo taken", "Foto", "Photo"), s.font, 7)
    box(q, m + 340, y2 + 26, rng.random() < 0.8, 7)
    form_foot(q, s, f"{version} - {tr(lg, 'Page 2 of 2', 'Seite 2 von 2', 'Page 2/2')}")
    pages.append(q)
    if rng.random() < 0.4:
        pages.append(induction_card(rng, lg, f"{first} {last}", d, minor))
    remember(d, f"{first} {last}")
    return pages


def induction_card(rng: random.Random, lg: str, name: str, d: date, minor: bool) -> Page:
    """The instructor's induction record on an A5 card: the points covered, ticked, and a
    sign-off; for rope climbers the belay check."""
    s = centre_style(A5, margin=30, pt=8.5)
    w, _hh = A5
    m = s.margin
    p = Page(A5)
    y = form_head(
        p, s, tr(lg, "Induction record", "Einweisungsprotokoll", "Fiche d'accueil / initiation")
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Climber", "Kletterer/in", "Grimpeur"), name),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    points = [
        tr(
            lg,
            "Bouldering area: falling and landing",
            "Boulderbereich: Fallen und Landen",
            "Espace bloc : chute et réception",
        ),
        tr(lg, "Keep the fall zone clear", "Fallraum freihalten", "Zone de chute dégagée"),
        tr(
            lg,
            "No climbing above others",
            "Nicht übereinander klettern",
            "Pas de grimpeur au-dessus d'un autre",
        ),
        tr(
            lg,
            "Auto-belay: clip in, check gate, red flag",
            "Sicherungsautomat: Einhängen, Partnercheck",
            "Enrouleur : mousquetonner, vérifier",
        ),
        tr(
            lg,
            "Figure-of-eight knot and harness check",
            "Achterknoten und Gurtcheck",
            "Noeud de huit et baudrier",
        ),
        tr(lg, "Belay test passed", "Sicherungstest bestanden", "Test d'assurage réussi"),
        tr(
            lg,
            "Emergency exits and first aid point",
            "Notausgänge und Erste-Hilfe-Punkt",
            "Issues de secours et poste de secours",
        ),
    ]
    rope = rng.random() < 0.5
    for k, t in enumerate(points):
        done = k < 3 or k == 6 or (rope and k in (3, 4, 5)) or (k == 3 and rng.random() < 0.6)
        box(p, m, y, done)
        p.text(m + 14, y, fit(t, s.font, 8, w - 2 * m - 20), s.font, 8)
        y += 15
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Wristband / card colour:", "Bändchen / Kartenfarbe:", "Bracelet / carte :"),
        s.font,
        8,
    )
    hand(
        p,
        m + 130,
        y,
        rng.choice(COLOURS[lg]) + (tr(lg, " (junior)", " (Jugend)", " (jeune)") if minor else ""),
    )
    y += 34
    instr = rng.choice(instructors())
    sign_line(p, m, y, 150, tr(lg, "Instructor", "Trainer/in", "Moniteur"), instr, s)
    hand(p, m + 170, y - 2, instr.split()[0], 9)
    return p


def tpl_setting_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The head setter's route setting log on landscape A4: a printed grid filled in by hand
    (date set, sector, colour, grade, setter, forerun, strip date, notes), one or two sheets,
    now and then a portrait sheet of the hold stock count and wash rota behind."""
    lg = home()
    size = landscape(A4)
    s = centre_style(size, margin=34, pt=8.5)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    wk = d.isocalendar()[1]
    setters = [crew("setter"), *rng.sample(instructors(), 2)]
    boulder = rng.random() < 0.6
    cols = cols_of(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.6, "left"),
            (1.0, "left"),
            (0.8, "left"),
            (0.6, "right"),
            (1.4, "left"),
            (1.2, "left"),
            (1.1, "left"),
            (3.2, "left"),
        ],
    )
    head = [
        tr(lg, "Date set", "Geschraubt", "Ouvert le"),
        tr(lg, "Sector", "Sektor", "Secteur"),
        tr(lg, "Colour", "Farbe", "Couleur"),
        tr(lg, "Grade", "Grad", "Cotation"),
        tr(lg, "Holds", "Griffe", "Prises"),
        tr(lg, "Setter", "Schrauber/in", "Ouvreur"),
        tr(lg, "Forerun", "Vorgestiegen", "Testé par"),
        tr(lg, "Strip by", "Abbau", "Démontage"),
        tr(lg, "Notes", "Bemerkungen", "Remarques"),
    ]
    pages: list[Page] = []
    n_sheets = 1 if rng.random() < 0.65 else 2
    for sh in range(n_sheets):
        p = Page(size)
        p.text(m, 30, fit(centre_head().name, s.bold, 9, 300), s.bold, 9)
        title = tr(lg, "ROUTE SETTING LOG", "SCHRAUBPROTOKOLL", "REGISTRE D'OUVERTURE")
        title += (
            tr(lg, " - BOULDERS", " - BOULDER", " - BLOCS")
            if boulder
            else tr(lg, " - ROPED ROUTES", " - SEILROUTEN", " - VOIES")
        )
        p.text(w / 2, 34, title, s.bold, 13, "center")
        p.text(w - m - 34, 30, tr(lg, "Week", "KW", "Semaine"), s.font, 9, "right")
        hand(p, w - m - 28, 30, str(wk + sh), 10)
        y = 58.0
        for c, t in zip(cols, head, strict=True):
            p.text(c[0] + 2, y, fit(t, s.bold, 7.5, c[1] - c[0] - 3), s.bold, 7.5)
        rows_n = 22
        top = y - 10
        for k in range(rows_n + 1):
            p.line(m, top + 14 + k * 20, w - m, top + 14 + k * 20)
        for c in cols:
            p.line(c[0], top, c[0], top + 14 + rows_n * 20)
        p.line(w - m, top, w - m, top + 14 + rows_n * 20)
        p.rect(m, top, w - 2 * m, 14 + rows_n * 20)
        filled = rng.randint(6, rows_n) if sh == n_sheets - 1 else rows_n
        dd = d + timedelta(days=7 * sh)
        sector = rng.choice(SECTORS[lg])
        for k in range(filled):
            if rng.random() < 0.2:
                dd += timedelta(days=1)
                sector = rng.choice(SECTORS[lg])
            yy = top + 14 + k * 20 + 14
            vals = [
                short(dd, lg)[:5],
                sector,
                rng.choice(COLOURS[lg]),
                grade_of(rng, lg, boulder),
                str(rng.randint(5, 14) if boulder else rng.randint(14, 32)),
                "".join(t[0] for t in rng.choice(setters).split()),
                "".join(t[0] for t in rng.choice(setters).split()) if rng.random() < 0.8 else "",
                short(dd + timedelta(days=rng.choice([35, 42, 49, 56])), lg)[:5]
                if rng.random() < 0.7
                else "",
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        "",
                        "vol.",
                        "dyno",
                        tr(lg, "kids' start", "Kinderstart", "départ enfant"),
                        tr(lg, "spun hold fixed", "Griff nachgezogen", "prise resserrée"),
                        "comp",
                    ]
                ),
            ]
            for c, v in zip(cols, vals, strict=True):
                if v:
                    p.text(c[0] + 3, yy - 4, fit(v, HAND, 8.5, c[1] - c[0] - 6), HAND, 8.5)
        yb = top + 14 + rows_n * 20 + 22
        p.text(
            m,
            yb,
            tr(lg, "Checked by head setter:", "Geprüft (Chefschrauber/in):", "Visa chef ouvreur :"),
            s.font,
            8,
        )
        if rng.random() < 0.7:
            scrawl(p, m + 130, yb, crew("setter"), 11)
        p.text(
            w - m,
            yb,
            tr(lg, f"Sheet {sh + 1}", f"Blatt {sh + 1}", f"Feuille {sh + 1}"),
            s.font,
            7,
            "right",
        )
        pages.append(p)
    if rng.random() < 0.3:
        sp = centre_style(A4, margin=50, pt=9)
        q = Page(A4)
        y = form_head(
            q,
            sp,
            tr(
                lg,
                "Hold stock count & wash rota",
                "Griffbestand und Waschplan",
                "Inventaire des prises et lavage",
            ),
        )
        c2 = cols_of(
            50,
            A4[0] - 50,
            [(1.2, "left"), (2.2, "left"), (0.8, "center"), (0.8, "center"), (1.2, "left")],
        )
        f = Sheets(A4, A4[1] - 60, lambda _p, _n: 60.0)
        f.pages = [q]
        f.page = q
        f.y = y
        rows = []
        for _ in range(rng.randint(8, 16)):
            brand = rng.choice(SENDERS["holds"][rng.choice(["en", "de", "fr"])])[0].split()[0]
            rows.append(
                [
                    tr(lg, "Crate", "Kiste", "Bac") + f" {rng.randint(1, 40)}",
                    f"{brand} {rng.choice(HOLD_TYPES[lg])}",
                    str(rng.randint(10, 80)),
                    str(rng.randint(0, 30)),
                    rng.choice(
                        [
                            "",
                            "",
                            *tr(lg, "washed|to wash", "gewaschen|waschen", "lavé|à laver").split(
                                "|"
                            ),
                        ]
                    ),
                ]
            )
        table(
            f,
            c2,
            [
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Set", "Set", "Lot"),
                tr(lg, "Count", "Anzahl", "Nb"),
                tr(lg, "On wall", "An der Wand", "Au mur"),
                tr(lg, "Wash", "Wäsche", "Lavage"),
            ],
            rows,
            sp,
            rules=True,
        )
        pages += f.pages
    remember(d)
    return pages


HOLD_TYPES = {
    "en": ["crimps", "slopers", "jugs", "pinches", "feet", "macros"],
    "de": ["Leisten", "Sloper", "Henkel", "Zangen", "Tritte", "Makros"],
    "fr": ["réglettes", "plats", "bacs", "pinces", "pieds", "macros"],
}


CHECKS = {
    "en": [
        "Holds & volumes secure (no spinning)",
        "Bolt holes / T-nuts: no damage",
        "Matting: covers, joins, velcro",
        "Crash pads stored, no trip hazards",
        "Auto-belays: retraction, lanyard, gate",
        "Top-rope anchors and ropes",
        "Lead quickdraws: wear, gates",
        "Fire exits clear",
        "First aid kit and AED checked",
        "Kids' area / traverse wall",
        "Chalk dust: floor, mat cleaning",
    ],
    "de": [
        "Griffe & Volumen fest (kein Drehen)",
        "Einschlagmuttern / Wandpaneele",
        "Weichbodenmatten: Bezüge, Fugen, Klett",
        "Stolperstellen, Crashpads verräumt",
        "Sicherungsautomaten: Einzug, Band, Karabiner",
        "Toprope-Umlenkungen und Seile",
        "Expressschlingen Vorstieg",
        "Notausgänge frei",
        "Erste-Hilfe-Kasten / AED",
        "Kinderbereich / Quergangswand",
        "Magnesia: Boden, Mattenreinigung",
    ],
    "fr": [
        "Prises et volumes serrés",
        "Inserts / panneaux sans dommage",
        "Tapis : housses, jonctions, scratchs",
        "Crash pads rangés, pas d'obstacle",
        "Enrouleurs : rappel, sangle, mousqueton",
        "Relais et cordes en moulinette",
        "Dégaines voies en tête",
        "Issues de secours dégagées",
        "Trousse de secours / DAE",
        "Espace enfants / mur de traversée",
        "Magnésie : sol, nettoyage tapis",
    ],
}


def tpl_wall_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The weekly wall and floor inspection checklist: the points down the side, the days
    across, ticks, crosses and initials by hand, the defects found and what was done, the
    duty manager's sign-off; now and then a defect tag copy or a second week behind."""
    lg = home()
    r = keyed(who, "form")
    size = r.choice([A4, A4, landscape(A4)])
    s = centre_style(size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("wall_inspection",)) and isinstance(ex, date):
        d0 = ex + timedelta(days=7)
    else:
        d = some_day(rng)
        d0 = d - timedelta(days=d.weekday())
    p = Page(size)
    y = form_head(
        p,
        s,
        tr(
            lg,
            "Weekly Wall & Floor Inspection",
            "Wöchentliche Sichtprüfung Kletteranlage",
            "Contrôle hebdomadaire de la SAE",
        ),
        tr(
            lg,
            "To be completed each morning before opening.",
            "Vor Öffnung täglich durchführen (EN 12572 / DAV-Empfehlung).",
            "À effectuer chaque matin avant l'ouverture (NF EN 12572).",
        ),
        f"{tr(lg, 'Ref', 'Ref.', 'Réf.')} {serial(r, 'QA-99')}",
    )
    p.text(m, y, tr(lg, "Week commencing:", "Woche ab:", "Semaine du :"), s.bold, 9)
    hand(p, m + 110, y, short(d0, lg), 10)
    y += 18
    days = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "Lun Mar Mer Jeu Ven Sam Dim"
    ).split()
    label_w = (w - 2 * m) * (0.46 if w < 700 else 0.4)
    cw = (w - 2 * m - label_w) / 7
    top = y
    p.rect(m, top - 10, w - 2 * m, 14, fill=0.85)
    p.text(m + 4, top, tr(lg, "Check", "Prüfpunkt", "Point de contrôle"), s.bold, 8)
    for k, t in enumerate(days):
        p.text(m + label_w + cw * k + cw / 2, top, t, s.bold, 8, "center")
    y = top + 6
    checks = CHECKS[lg]
    closed = rng.randrange(7) if rng.random() < 0.2 else -1
    faults: list[tuple[int, int]] = []
    rowh = 19
    for i, t in enumerate(checks):
        p.line(m, y, w - m, y)
        p.text(m + 4, y + 13, fit(t, s.font, 8, label_w - 8), s.font, 8)
        for k in range(7):
            x = m + label_w + cw * k
            p.line(x, y, x, y + rowh)
            if k == closed:
                continue
            if k > 4 and rng.random() < 0.08:
                continue  # not done that day
            bad = rng.random() < 0.04
            if bad:
                faults.append((i, k))
            p.text(
                x + cw / 2,
                y + 14,
                "X" if bad else rng.choice(["v", "ok", "/", "v"]),
                HAND,
                9,
                "center",
            )
        y += rowh
    p.line(m, y, w - m, y)
    p.rect(m, top - 10, w - 2 * m, y - top + 10)
    p.text(m + 4, y + 13, tr(lg, "Initials", "Kürzel", "Visa"), s.bold, 8)
    staffs = instructors()
    for k in range(7):
        if k != closed:
            p.text(
                m + label_w + cw * k + cw / 2,
                y + 14,
                "".join(t[0] for t in rng.choice(staffs).split()),
                HAND,
                8.5,
                "center",
            )
    y += rowh + 16
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Defects found / action taken",
                "Festgestellte Mängel / Maßnahmen",
                "Anomalies constatées / actions",
            ),
        )
        + 6
    )
    cols = cols_of(m, w - m, [(0.8, "left"), (3, "left"), (2.4, "left"), (0.8, "left")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Defect", "Mangel", "Anomalie"),
            tr(lg, "Action", "Maßnahme", "Action"),
            tr(lg, "Done", "Erl.", "Fait"),
        ],
        strict=True,
    ):
        p.text(c[0] + 2, y, t, s.bold, 7.5)
    y += 6
    notes = {
        "en": [
            "spun jug on Cave, tightened",
            "mat velcro split bay 3",
            "AB2 slow retraction - closed",
            "rope 14 glazed - retired",
            "chalk bag left on mat",
        ],
        "de": [
            "Henkel Höhle gedreht, nachgezogen",
            "Mattenklett Feld 3 offen",
            "Automat 2 zieht langsam ein - gesperrt",
            "Seil 14 verglast - ausgesondert",
            "Griff gebrochen, ersetzt",
        ],
        "fr": [
            "prise tournée grotte, resserrée",
            "scratch tapis zone 3",
            "enrouleur 2 lent - condamné",
            "corde 14 vitrifiée - réformée",
            "prise cassée remplacée",
        ],
    }[lg]
    for k in range(max(3, len(faults) + 1)):
        p.line(m, y + 14, w - m, y + 14)
        if k < len(faults):
            i, dd = faults[k]
            vals = [days[dd], rng.choice(notes), rng.choice(notes).split(",")[-1].strip(), "v"]
            for c, v in zip(cols, vals, strict=True):
                p.text(c[0] + 2, y + 11, fit(v, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
        y += 16
    y += 22
    if y < hh - 50:
        sign_line(
            p,
            m,
            y,
            170,
            tr(lg, "Duty manager", "Hallenverantwortliche/r", "Responsable de salle"),
            rng.choice([crew("owner1"), crew("owner2"), crew("setter")]),
            s,
        )
        hand(p, m + 200, y - 2, short(d0 + timedelta(days=6), lg))
    form_foot(
        p,
        s,
        tr(
            lg,
            "Keep for 3 years in the wall file.",
            "Aufbewahrung 3 Jahre im Prüfordner.",
            "À conserver 3 ans dans le registre de sécurité.",
        ),
    )
    pages = [p]
    if faults and rng.random() < 0.4:
        # a copy of the red defect tag hung on the device, stapled behind
        t = Page(A6)
        tw_, th = A6
        t.rect(10, 10, tw_ - 20, th - 20)
        t.text(
            tw_ / 2,
            40,
            tr(lg, "DO NOT USE", "GESPERRT", "NE PAS UTILISER"),
            "Helvetica-Bold",
            20,
            "center",
        )
        t.text(
            tw_ / 2,
            60,
            tr(lg, "Out of service", "Außer Betrieb", "Hors service"),
            "Helvetica",
            10,
            "center",
        )
        yy = 100.0
        for lab, v in [
            (
                tr(lg, "Item", "Gerät", "Équipement"),
                rng.choice(["AB2", "Rope 14", "Bay 3 mat", "TR 7"]),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d0 + timedelta(days=faults[0][1]), lg)),
            (tr(lg, "Reason", "Grund", "Motif"), rng.choice(notes)),
            (tr(lg, "By", "Von", "Par"), rng.choice(staffs)),
        ]:
            t.text(18, yy, lab, "Helvetica", 7)
            t.text(60, yy, fit(v, HAND, 9, tw_ - 80), HAND, 9)
            t.line(58, yy + 3, tw_ - 18, yy + 3)
            yy += 24
        ring(t, tw_ / 2, th - 40, 8, 16)
        pages.append(t)
    remember(d0, d0)
    return pages


HOLD_ITEMS = {
    "en": [
        ("Crimp set XS (10 pcs)", 38.0),
        ("Jug set M (8 pcs)", 64.0),
        ("Sloper macro 'Dune'", 92.0),
        ("Pinch set L (5 pcs)", 71.0),
        ("Foothold set (20 pcs)", 29.0),
        ("Volume triangle 60 cm", 185.0),
        ("Volume 'Pyramid' 80 cm", 265.0),
        ("Dual-texture jug XL", 48.0),
        ("M10 x 50 hex bolts (100)", 22.0),
        ("M10 T-nuts, 4 prong (100)", 36.0),
    ],
    "de": [
        ("Leistenset XS (10 Stk.)", 36.0),
        ("Henkelset M (8 Stk.)", 59.0),
        ("Sloper Makro 'Düne'", 88.0),
        ("Zangengriffe L (5 Stk.)", 68.0),
        ("Trittset (20 Stk.)", 27.0),
        ("Volumen Dreieck 60 cm", 179.0),
        ("Volumen Pyramide 80 cm", 249.0),
        ("Henkel XL Dual-Tex", 45.0),
        ("Inbusschrauben M10x50 (100)", 21.0),
        ("Einschlagmuttern M10 (100)", 34.0),
    ],
    "fr": [
        ("Lot réglettes XS (10 pces)", 37.0),
        ("Lot bacs M (8 pces)", 61.0),
        ("Plat macro 'Dune'", 90.0),
        ("Lot pinces L (5 pces)", 69.0),
        ("Lot pieds (20 pces)", 28.0),
        ("Volume triangle 60 cm", 182.0),
        ("Volume pyramide 80 cm", 255.0),
        ("Bac XL double texture", 46.0),
        ("Vis CHC M10x50 (100)", 21.5),
        ("Inserts M10 à griffes (100)", 35.0),
    ],
}


def hold_order(rng: random.Random, lg: str) -> list[tuple[str, str, int, float]]:
    """Lines of a hold order: article code, text with colour, quantity, unit price."""
    items = rng.sample(HOLD_ITEMS[lg], rng.randint(3, 8))
    out = []
    for name, price in items:
        if "M10" in name:
            out.append((serial(rng, "HW-999"), name, rng.choice([1, 2, 3]), price))
            continue
        col = rng.choice(COLOURS[lg])
        code = serial(rng, "AA-999") + "-" + col[:3].upper()
        out.append((code, f"{name}, {col}", rng.choice([1, 1, 2, 2, 3, 4, 6]), price))
    return out


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A hold maker's delivery note with the boxes: A5 landscape or A4, article codes,
    colours and quantities, no prices, the number of parcels and the carrier; signed for by
    hand and stamped goods-in, now and then with the carrier's proof-of-delivery slip."""
    h = head_of(who, "holds", abroad=0.35)
    lg = h.lang
    size = keyed(who, "dn").choice([landscape(A5), A4, A4])
    s = style_of(h, size, margin=36 if size[1] < 500 else 0, pt=8.5 if size[1] < 500 else 0)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    order = hold_order(rng, lg)
    no = serial(rng, keyed(who, "mask").choice(["DN-99999", "LS 999999", "BL99999", "9999999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    if size[1] >= 500:
        recipient(
            f,
            s,
            h,
            centre_lines(tr(lg, "Goods in / route setting", "Warenannahme", "Réception")),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), no),
                (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
            ],
        )
    else:
        f.page.text(
            w - m,
            f.y - 4,
            f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}",
            s.bold,
            10,
            "right",
        )
        f.page.text(w - m, f.y + 8, day(h, d), s.font, 8, "right")
        f.page.text(m, f.y + 8, fit(", ".join(centre_lines()), s.font, 8, w * 0.6), s.font, 8)
        f.y += 26
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 2)
    cols = cols_of(m, w - m, [(1.4, "left"), (4, "left"), (0.8, "right"), (0.9, "right")])
    rows = [
        [c, t, str(q), str(q) if rng.random() < 0.9 else str(max(0, q - 1))] for c, t, q, _ in order
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Article", "Artikel", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ordered", "Bestellt", "Cdé"),
            tr(lg, "Shipped", "Geliefert", "Livré"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    parcels = rng.randint(1, 6)
    write(
        f,
        s,
        tr(
            lg,
            f"{parcels} parcel(s), {rng.randint(8, 60)} kg - carrier: "
            f"{rng.choice(['DPD', 'DHL Freight', 'Parcelforce', 'pallet (Palletways)'])}",
            f"{parcels} Paket(e), {rng.randint(8, 60)} kg - Versand: "
            f"{rng.choice(['DPD', 'DHL', 'Spedition Dachser', 'GLS'])}",
            f"{parcels} colis, {rng.randint(8, 60)} kg - transporteur : "
            f"{rng.choice(['DPD', 'Geodis', 'Chronopost', 'Schenker'])}",
        ),
        s.size - 0.5,
    )
    if any(r_[2] != r_[3] for r_ in rows):
        write(
            f,
            s,
            tr(
                lg,
                "Back-ordered items will follow.",
                "Fehlmengen werden nachgeliefert.",
                "Reliquat livré ultérieurement.",
            ),
            s.size - 1,
        )
    f.need(60)
    f.y += 24
    sign_line(
        f.page,
        f.page.size[0] - m - 180,
        f.y,
        180,
        tr(
            home(),
            "Received in good order (sign/print)",
            "Ware erhalten (Unterschrift)",
            "Reçu en bon état (signature)",
        ),
        crew("setter") if rng.random() < 0.8 else "",
        s,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.5:
        stamp(
            pages[0],
            w - m - 150,
            hh * 0.55 if size[1] >= 500 else hh - 90,
            [
                tr(home(), "GOODS IN", "WARENEINGANG", "RÉCEPTIONNÉ"),
                short(d + timedelta(days=rng.randint(2, 6)), home()),
            ],
        )
    if rng.random() < 0.25:
        pages.append(pod_slip(rng, d, parcels))
    remember(d, (h, order))
    return pages


def pod_slip(rng: random.Random, d: date, parcels: int) -> Page:
    """The carrier's proof-of-delivery slip from the driver's printer."""
    lg = home()
    p = Page(SLIP)
    w, _hh = SLIP
    y = 24.0
    carrier = rng.choice(["DPD", "DHL", "GLS", "UPS"])
    p.text(w / 2, y, carrier, "Helvetica-Bold", 16, "center")
    y += 18
    p.text(
        w / 2,
        y,
        tr(lg, "PROOF OF DELIVERY", "ZUSTELLNACHWEIS", "PREUVE DE LIVRAISON"),
        "Courier-Bold",
        9,
        "center",
    )
    y += 20
    for t in [
        f"{tr(lg, 'Consignee', 'Empfänger', 'Destinataire')}:",
        centre_row()[0][:28],
        centre_row()[1][:28],
        centre_row()[2][:28],
        "",
        f"{tr(lg, 'Parcels', 'Pakete', 'Colis')}: {parcels}",
        f"{tr(lg, 'Tracking', 'Sendung', 'Suivi')}: {serial(rng, '99999999999999')}",
        f"{short(d + timedelta(days=rng.randint(2, 5)), lg)} "
        f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
        f"{tr(lg, 'Driver', 'Fahrer', 'Chauffeur')}: {rng.randint(1000, 9999)}",
    ]:
        p.text(14, y, t, "Courier", 8)
        y += 11
    y += 16
    scrawl(p, 20, y + 20, crew("setter"), 12)
    p.line(14, y + 24, w - 14, y + 24)
    p.text(14, y + 34, tr(lg, "Signature", "Unterschrift", "Signature"), "Courier", 7)
    p.barcode("code128", serial(rng, "9999999999"), 12, y + 50)
    return p


SALE_TERMS = {
    "en": [
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Returns",
        "Installation",
        "Liability",
        "Law",
    ],
    "de": [
        "Geltung",
        "Preise",
        "Lieferung",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Montage",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Commandes",
        "Prix",
        "Livraison",
        "Réserve de propriété",
        "Retours",
        "Montage",
        "Responsabilité",
        "Litiges",
    ],
}


def tpl_hold_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A hold maker's invoice: the article lines with colours, the shipping, VAT or the reverse
    charge note for a buyer abroad, bank details; now and then the terms of sale on a second
    page. After a delivery note it bills the same boxes."""
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple):
        h, order = ex
        d = last_day(rng, ("delivery_note",), (0, 9))
    else:
        h = head_of(who, "holds", abroad=0.35)
        order = hold_order(rng, h.lang)
        d = some_day(rng)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "sz").random() < 0.15 else A4)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, keyed(who, "inv").choice(["INV-99999", "RE-2025-9999", "FA999999", "99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"FAO {crew('setter')}",
                f"z. Hd. {crew('setter')}",
                f"à l'att. de {crew('setter')}",
            )
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "cust"), "C9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    cols = cols_of(
        m, w - m, [(1.3, "left"), (4, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")]
    )
    rows = []
    net = 0.0
    for code, text, q, price in order:
        rows.append([code, text, str(q), money(price, lg), money(q * price, lg)])
        net += q * price
    ship = rng.choice([12.5, 18.0, 25.0, 45.0, 0.0]) if net < 900 else rng.choice([0.0, 65.0, 95.0])
    if ship:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Versandkosten", "Frais de port"),
                "1",
                money(ship, lg),
                money(ship, lg),
            ]
        )
        net += ship
    if rng.random() < 0.2:
        disc = round(net * 0.1, 2)
        rows.append(
            [
                "",
                tr(lg, "Wall trade discount 10%", "Hallenrabatt 10 %", "Remise salle 10 %"),
                "",
                "",
                f"-{money(disc, lg)}",
            ]
        )
        net -= disc
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    abroad = lg != home()
    note = ""
    if abroad:
        note = tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
            "Autoliquidation - TVA due par le preneur (art. 283-2 CGI).",
        )
    totals(f, s, lg, round(net, 2), 0.0 if abroad else vat_rate(lg), note=note)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within {rng.choice([14, 30])} days. Thank you for your order - happy "
            "setting!",
            f"Zahlbar innerhalb {rng.choice([14, 30])} Tagen ohne Abzug.",
            f"Paiement à {rng.choice([30, 45])} jours. Pénalités de retard : 3 fois le taux légal "
            "; indemnité forfaitaire 40 €.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions of sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
                "wall",
            )
        )
    from_tag = rng.random() < 0.35
    if from_tag:
        hand(
            pages[0],
            m,
            hh - 70,
            tr(
                home(),
                f"ok to pay - {crew('owner1').split()[0]}",
                f"sachl. richtig {crew('setter').split()[0][:2]}",
                f"bon pour paiement {crew('owner1').split()[0]}",
            ),
            10,
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


DEVICES = [
    ("TRUBLUE", "iQ+"),
    ("TRUBLUE", "Auto Belay"),
    ("Perfect Descent", "Speed Climbing 320"),
    ("Perfect Descent", "Indoor 12m"),
    ("Head Rush", "TRUBLUE XL"),
]


def tpl_autobelay_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The inspector's annual examination report of one auto-belay device (LOLER thorough
    examination, Prüfbericht nach EN 341 / DGUV, rapport de vérification périodique): the
    device, the tests with the measured descent speeds, the verdict, the next due date,
    the inspector's signature and stamp; now and then the drop test record on a second page.
    A visit leaves one report per device."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("autobelay_cert",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d, k = ex[1], ex[2] + 1
    else:
        d, k = some_day(rng), rng.randint(1, 4)
    make, model = DEVICES[keyed(who, "dev").randrange(len(DEVICES))]
    sn = serial(rng, "AA99999")
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT - Sicherungsautomat",
        "RAPPORT DE VÉRIFICATION PÉRIODIQUE",
    )
    sub = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998 (Reg. 9) - EN 341 class A "
        "auto-belay",
        "Jährliche Prüfung durch befähigte Person nach DIN EN 341 / DGUV Grundsatz 312-906",
        "Enrouleur automatique NF EN 341 - vérification annuelle par personne compétente",
    )
    f = sheets(s, h, f"{title} - {make} {model} {sn}")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 4, "center")
    f.y += 14
    f.page.text(w / 2, f.y, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
    f.y += 10
    rep = f"{serial(keyed(who, 'rep'), 'AA')}-{d.year % 100}-{rng.randint(100, 999)}/{k}"
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), rep),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lg)),
            (
                tr(lg, "Employer / site", "Betreiber / Standort", "Exploitant / site"),
                centre_row()[0],
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{centre_row()[1]}, {centre_row()[2]}"),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), f"{make} {model}"),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), sn),
            (
                tr(lg, "Year of manufacture", "Baujahr", "Année de fabrication"),
                str(d.year - rng.randint(1, 9)),
            ),
            (
                tr(lg, "Location on wall", "Standort an der Wand", "Emplacement"),
                f"{tr(lg, 'Line', 'Linie', 'Couloir')} {rng.randint(1, 14)} - "
                f"{rng.choice(SECTORS[lg])}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    tests = {
        "en": [
            "Housing, mounting and anchor bolts",
            "Webbing / lanyard condition",
            "Connector and swivel",
            "Retraction over full height",
            "Descent speed (see below)",
            "Brake / clutch audible check",
            "Labels and user instructions",
            "Service interval (factory recert.)",
        ],
        "de": [
            "Gehäuse, Befestigung, Anker",
            "Gurtband / Verbindungsmittel",
            "Karabiner und Wirbel",
            "Einzug über volle Höhe",
            "Abseilgeschwindigkeit (s. u.)",
            "Bremse / Fliehkraftkupplung",
            "Kennzeichnung, Gebrauchsanleitung",
            "Werksrevision fällig",
        ],
        "fr": [
            "Carter, fixation, ancrages",
            "Sangle / longe",
            "Connecteur et émerillon",
            "Rappel sur toute la hauteur",
            "Vitesse de descente (ci-dessous)",
            "Frein / embrayage",
            "Marquage et notice",
            "Révision usine",
        ],
    }[lg]
    cols = cols_of(
        m, w - m, [(4, "left"), (0.8, "center"), (0.8, "center"), (0.8, "center"), (2.4, "left")]
    )
    fail = rng.random() < 0.12
    rows = []
    for i, t in enumerate(tests):
        res = "FAIL" if fail and i == 3 else "N/A" if i == 7 and rng.random() < 0.5 else "PASS"
        rows.append(
            [
                t,
                "X" if res == "PASS" else "",
                "X" if res == "FAIL" else "",
                "X" if res == "N/A" else "",
                words(rng, lg, "safety", 4)[:-1] if rng.random() < 0.2 or res == "FAIL" else "",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Item examined", "Prüfpunkt", "Point vérifié"),
            tr(lg, "Pass", "i.O.", "Conforme"),
            tr(lg, "Fail", "n.i.O.", "Non conf."),
            "N/A",
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    speeds = [round(rng.uniform(0.9, 1.9), 2) for _ in range(3)]
    write(
        f,
        s,
        tr(
            lg,
            "Descent speed test (m/s) at 40 / 80 / 120 kg: ",
            "Abseilgeschwindigkeit (m/s) bei 40 / 80 / 120 kg: ",
            "Vitesse de descente (m/s) à 40 / 80 / 120 kg : ",
        )
        + " / ".join(money(v, lg) for v in speeds),
        s.size - 0.5,
    )
    f.need(150)
    f.y += 4
    verdict = tr(
        lg,
        "Is the equipment safe to use?",
        "Ist das Gerät betriebssicher?",
        "L'équipement est-il apte à l'emploi ?",
    )
    f.page.text(m, f.y, verdict, s.bold, s.size)
    box(f.page, m + 250, f.y, not fail)
    f.page.text(m + 262, f.y, yes_no(lg)[0], s.font, s.size)
    box(f.page, m + 300, f.y, fail)
    f.page.text(m + 312, f.y, yes_no(lg)[1], s.font, s.size)
    f.y += 18
    nxt = date(d.year + 1, d.month, min(d.day, 28))
    if fail:
        write(
            f,
            s,
            tr(
                lg,
                "DEFECT: device withdrawn from service and tagged. Return to manufacturer for "
                "repair. A copy of this report is being sent to the enforcing authority.",
                "MANGEL: Gerät außer Betrieb genommen und gekennzeichnet. Rücksendung zur "
                "Werksreparatur.",
                "DÉFAUT : appareil retiré du service et étiqueté. Retour fabricant pour "
                "réparation.",
            ),
            s.size - 0.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Next examination due by",
            "Nächste Prüfung fällig bis",
            "Prochaine vérification avant le",
        )
        + f": {short(nxt, lg)}",
        s.size,
    )
    f.y += 26
    insp = person(keyed(who, "insp"), lg)
    sign_line(
        f.page,
        m,
        f.y,
        190,
        f"{insp} - {tr(lg, 'Competent person', 'Befähigte Person', 'Personne compétente')}",
        insp,
        s,
    )
    f.page.text(m + 230, f.y, day(h, d), s.font, s.size)
    seal(
        f.page,
        w - m - 60,
        f.y - 20,
        34,
        h.name.split()[0].upper(),
        tr(lg, "INSPECTED", "GEPRÜFT", "VÉRIFIÉ"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        s2 = style_of(h, A4)
        g = sheets(
            s2,
            h,
            f"{rep} - {tr(lg, 'test record', 'Prüfprotokoll', 'relevé des essais')}",
            top=False,
        )
        caption(
            g, s2, tr(lg, "Drop test record", "Protokoll Falltest", "Relevé des essais de chute"), 2
        )
        c2 = cols_of(
            m,
            w - m,
            [
                (0.6, "right"),
                (1, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (2, "left"),
            ],
        )
        rows2 = []
        for j in range(rng.randint(6, 12)):
            mass = rng.choice([40, 60, 80, 100, 120, 140])
            rows2.append(
                [
                    str(j + 1),
                    f"{mass} kg",
                    money(rng.uniform(8, 19), lg),
                    money(rng.uniform(6, 12), lg),
                    money(rng.uniform(0.9, 2.0), lg),
                    rng.choice(["", "", tr(lg, "ok", "i.O.", "conforme")]),
                ]
            )
        table(
            g,
            c2,
            [
                "#",
                tr(lg, "Mass", "Masse", "Masse"),
                tr(lg, "Height m", "Höhe m", "Hauteur m"),
                tr(lg, "Time s", "Zeit s", "Durée s"),
                "m/s",
                tr(lg, "Note", "Bem.", "Obs."),
            ],
            rows2,
            s2,
            rules=True,
        )
        pages += close(g.pages, s2, h, numbers="none")
    remember(d, (h.name, d, k))
    return pages


def tpl_ppe_register(rng: random.Random, who: Issuer) -> list[Page]:
    """The annual inspection record of the centre's ropes, harnesses, belay devices and
    helmets, as a landscape register over pages with the same heading on each (item ID, make,
    model, batch, dates, condition, pass or retire), signed by the competent person on the
    last sheet; now and then a covering note from the head instructor in front."""
    lg = home()
    size = landscape(A4)
    s = centre_style(size, margin=36, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    by = rng.choice([crew("setter"), crew("instr1"), crew("owner2")])
    title = tr(
        lg,
        "PPE Annual Inspection Register",
        "PSA-Prüfbuch - Jahresprüfung",
        "Registre de vérification annuelle des EPI",
    )
    g = Sheets(
        size,
        hh - 50,
        lambda p, n: running_header(p, s, f"{centre_head().name} - {title} {d.year}") + 8,
    )
    caption(g, s, f"{title} {d.year}", 4)
    write(
        g,
        s,
        tr(
            lg,
            f"Inspected by {by} on {short(d, lg)}. Key: P = pass, M = monitor, R = retire.",
            f"Geprüft von {by} am {short(d, lg)}. Ergebnis: i.O. / beobachten / aussondern.",
            f"Vérifié par {by} le {short(d, lg)}. Résultat : C = conforme, S = à surveiller, R = "
            "réformé.",
        ),
        8,
    )
    kinds = [
        (
            tr(lg, "Rope 10.2 mm", "Seil 10,2 mm", "Corde 10,2 mm"),
            ["Beal Top Gym", "Edelrid Boa Gym", "Mammut Gym Classic"],
        ),
        (
            tr(lg, "Harness", "Gurt", "Baudrier"),
            ["Petzl Corax", "Edelrid Jay", "Black Diamond Momentum", "Petzl Kid"],
        ),
        (
            tr(lg, "Belay device", "Sicherungsgerät", "Système d'assurage"),
            ["Petzl GriGri", "Edelrid Ohm", "Black Diamond ATC", "Mammut Smart"],
        ),
        (tr(lg, "Helmet", "Helm", "Casque"), ["Petzl Boreo", "Edelrid Zodiac"]),
        (tr(lg, "Quickdraw", "Expressschlinge", "Dégaine"), ["DMM Phantom", "Petzl Djinn Axess"]),
    ]
    rows = []
    for i in range(rng.randint(22, 70)):
        kind, models = rng.choice(kinds)
        mdl = rng.choice(models)
        made = d - timedelta(days=rng.randint(40, 2400))
        used = min(d, made + timedelta(days=rng.randint(20, 300)))
        res = rng.choices(["P", "M", "R"], [0.82, 0.12, 0.06])[0]
        if lg == "de":
            res = {"P": "i.O.", "M": "beob.", "R": "aus"}[res]
        elif lg == "fr":
            res = {"P": "C", "M": "S", "R": "R"}[res]
        rows.append(
            [
                f"{kind.split()[0][:3].upper()}-{i + 1:03d}",
                kind,
                mdl,
                serial(rng, "99AA9999"),
                f"{made.month:02d}/{made.year}",
                f"{used.month:02d}/{used.year}",
                rng.choice(["", "", "", words(rng, lg, "safety", 3)[:-1]]),
                res,
            ]
        )
    cols = cols_of(
        m,
        w - m,
        [
            (0.9, "left"),
            (1.4, "left"),
            (1.8, "left"),
            (1.2, "left"),
            (0.9, "left"),
            (0.9, "left"),
            (3, "left"),
            (0.6, "center"),
        ],
    )
    table(
        g,
        cols,
        [
            "ID",
            tr(lg, "Item", "Art", "Type"),
            tr(lg, "Make / model", "Hersteller / Modell", "Marque / modèle"),
            tr(lg, "Batch / serial", "Los / Serien-Nr.", "N° lot / série"),
            tr(lg, "Made", "Herst.", "Fabr."),
            tr(lg, "In use", "In Betrieb", "Mise en service"),
            tr(lg, "Condition / remarks", "Zustand / Bemerkungen", "État / observations"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.9,
    )
    g.need(60)
    g.y += 20
    sign_line(
        g.page,
        m,
        g.y,
        200,
        tr(lg, "Competent person", "Sachkundige/r (PSA)", "Personne compétente"),
        by,
        s,
    )
    sign_line(
        g.page,
        m + 300,
        g.y,
        200,
        tr(lg, "Manager", "Betreiber", "Exploitant"),
        crew("owner1") if rng.random() < 0.6 else "",
        s,
    )
    pages = g.pages
    number_pages(
        pages,
        s,
        rng.choice(NUMBERED[lg]),
        "br",
        bottom=22,
    )
    if rng.random() < 0.25:
        s2 = centre_style(A4)
        f = sheets(s2, centre_head())
        f.y += 10
        f.page.text(
            s2.margin, f.y, tr(lg, "Memo", "Aktennotiz", "Note interne"), s2.bold, s2.size + 3
        )
        f.y += 22
        write(
            f,
            s2,
            f"{tr(lg, 'To', 'An', 'À')}: {crew('owner1')}, {crew('owner2')}    "
            f"{tr(lg, 'From', 'Von', 'De')}: {by}    {short(d, lg)}",
        )
        write(f, s2, prose(rng, lg, "safety", 3, 5))
        write(
            f,
            s2,
            tr(
                lg,
                f"{sum(1 for r_ in rows if r_[-1] in ('R', 'aus'))} items retired and cut up. "
                "Replacement order attached.",
                f"{sum(1 for r_ in rows if r_[-1] in ('R', 'aus'))} Teile ausgesondert und "
                "unbrauchbar gemacht. Ersatzbestellung anbei.",
                f"{sum(1 for r_ in rows if r_[-1] == 'R')} équipements réformés et détruits. "
                "Commande de remplacement jointe.",
            ),
        )
        scrawl(f.page, s2.margin, f.y + 20, by)
        pages = f.pages + pages
    remember(d)
    return pages


def tpl_group_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's or youth group's booking: the teacher's covering letter on the school's
    letterhead, the centre's group booking form filled in by hand (date, session, numbers,
    ages, supervising adults, tick boxes, signature), and the list of participants with
    ages and medical notes, now and then on a landscape page."""
    h = head_of(who, "school")
    lg = h.lang
    s = style_of(h, A4)
    _w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d + timedelta(days=rng.randint(10, 40))
    n = rng.randint(8, 30)
    lead = person(keyed(who, "lead"), lg)
    pages: list[Page] = []
    if rng.random() < 0.7:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            centre_lines(tr(lg, "Group bookings", "Gruppenbuchungen", "Service groupes")),
            d,
            [],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Climbing session on {short(visit, lg)}",
                f"Klettertag am {short(visit, lg)}",
                f"Séance d'escalade du {short(visit, lg)}",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Further to our telephone conversation, please find enclosed the completed "
                f"booking form for {n} pupils from Year {rng.randint(5, 10)} and the list of "
                "participants. Consent forms will follow from parents.",
                "wie telefonisch besprochen, senden wir Ihnen anbei das ausgefüllte "
                f"Buchungsformular für {n} Schülerinnen und Schüler der Klasse "
                f"{rng.randint(5, 10)} sowie die Teilnehmerliste. Die Einverständniserklärungen "
                "der Eltern folgen.",
                "Suite à notre échange téléphonique, vous trouverez ci-joint le formulaire de "
                f"réservation pour {n} élèves de {rng.choice(['6e', '5e', '4e', '3e', 'CM2'])} "
                "ainsi que la liste des participants. Les autorisations parentales suivront.",
            ),
        )
        write(f, s, prose(rng, lg, "care", 1, 3))
        write(
            f,
            s,
            tr(
                lg,
                "The invoice should be addressed to the school office (purchase order attached).",
                "Die Rechnung bitte an das Sekretariat der Schule (Kostenstelle Schulfahrten).",
                "Merci d'adresser la facture au secrétariat (bon de commande joint).",
            ),
        )
        regards(
            f, s, lg, lead, tr(lg, "Teacher / trip leader", "Klassenleitung", "Professeur d'EPS")
        )
        pages += close(f.pages, s, h, numbers="none")
    # the centre's booking form, filled in
    cs = centre_style(A4, margin=40, pt=9)
    p = Page(A4)
    cw_, _ = A4
    y = form_head(
        p,
        cs,
        tr(
            lg,
            "Group Booking Form",
            "Buchungsformular Gruppen & Schulen",
            "Fiche de réservation groupes",
        ),
        "",
        f"{tr(lg, 'Booking ref', 'Buchungs-Nr.', 'Réf.')} {serial(rng, 'GB-9999')}",
    )
    y = fields(
        p,
        cs,
        40,
        y,
        cw_ - 80,
        [
            (tr(lg, "Organisation", "Einrichtung", "Établissement"), h.name),
            (tr(lg, "Group leader", "Verantwortliche Leitung", "Responsable"), lead),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                h.phone or f"0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
            ),
            (tr(lg, "Date of visit", "Datum", "Date"), short(visit, lg)),
            (
                tr(lg, "Arrival time", "Ankunft", "Arrivée"),
                f"{rng.choice([9, 10, 13, 14])}:{rng.choice(['00', '15', '30'])}",
            ),
            (tr(lg, "Participants", "Teilnehmende", "Participants"), str(n)),
            (tr(lg, "Ages", "Alter", "Âges"), f"{rng.randint(7, 12)}-{rng.randint(13, 17)}"),
            (
                tr(lg, "Supervising adults", "Begleitpersonen", "Accompagnateurs"),
                str(max(2, n // 8)),
            ),
        ],
        per=2,
        tall=25,
    )
    y = band(p, cs, y + 6, tr(lg, "Session", "Programm", "Activité")) + 12
    opts = [
        tr(lg, "Bouldering taster (1 h)", "Schnupperbouldern (1 Std.)", "Découverte bloc (1 h)"),
        tr(lg, "Roped climbing (2 h)", "Toprope-Klettern (2 Std.)", "Escalade en moulinette (2 h)"),
        tr(lg, "Team games", "Kooperationsspiele", "Jeux d'équipe"),
        tr(lg, "Shoe hire", "Schuhverleih", "Location chaussons"),
        tr(lg, "Harness & helmet", "Gurt & Helm", "Baudrier & casque"),
    ]
    y = ticks(
        p,
        cs,
        40,
        y,
        cw_ - 80,
        opts,
        {k for k in range(5) if rng.random() < 0.5} | {rng.randint(0, 1)},
    )
    price = rng.choice([9.5, 12.0, 14.0, 16.5])
    y += 6
    p.text(
        40,
        y,
        tr(lg, "Price per participant:", "Preis pro Person:", "Tarif par participant :"),
        cs.font,
        8.5,
    )
    hand(p, 170, y, cash(price, lg))
    p.text(300, y, tr(lg, "Total:", "Gesamt:", "Total :"), cs.font, 8.5)
    hand(p, 340, y, cash(price * n, lg))
    y += 22
    y = band(p, cs, y + 6, tr(lg, "Declaration", "Erklärung", "Engagement")) + 12
    for ln in wrap(
        tr(
            lg,
            "I confirm that the supervising adults will remain with the group, that the centre's "
            "rules have been explained and that a signed consent form will be held for every "
            "under-18.",
            "Ich bestätige, dass die Aufsichtspflicht bei den Begleitpersonen bleibt, die "
            "Hallenordnung besprochen wurde und für alle Minderjährigen eine "
            "Einverständniserklärung vorliegt.",
            "J'atteste que les accompagnateurs restent présents, que le règlement a été expliqué "
            "et qu'une autorisation parentale est détenue pour chaque mineur.",
        ),
        cs.font,
        8.5,
        cw_ - 80,
    ):
        p.text(40, y, ln, cs.font, 8.5)
        y += 11
    y += 26
    sign_line(
        p,
        40,
        y,
        200,
        tr(lg, "Signed (group leader)", "Unterschrift Leitung", "Signature du responsable"),
        lead,
        cs,
    )
    hand(p, 280, y - 2, short(d, lg))
    form_foot(p, cs, f"{centre_head().name} - {centre_row()[1]}, {centre_row()[2]}")
    pages.append(p)
    # the list of participants
    land = rng.random() < 0.35
    size = landscape(A4) if land else A4
    ls = style_of(h, size, margin=40, pt=8.5)
    g = Sheets(
        size,
        size[1] - 50,
        lambda pg, k: (
            running_header(
                pg,
                ls,
                f"{h.name} - "
                f"{tr(lg, 'participants', 'Teilnehmerliste', 'liste des participants')} "
                f"{short(visit, lg)}",
            )
            + 6
        ),
    )
    caption(g, ls, tr(lg, "List of participants", "Teilnehmerliste", "Liste des participants"), 2)
    spec = [(0.4, "right"), (2.2, "left"), (0.6, "right"), (2.6, "left"), (1.2, "left")]
    heads = [
        "#",
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Age", "Alter", "Âge"),
        tr(lg, "Medical / notes", "Gesundheit / Hinweise", "Santé / remarques"),
        tr(lg, "Consent", "Einverst.", "Autoris."),
    ]
    if land:
        spec.insert(4, (2.0, "left"))
        heads.insert(4, tr(lg, "Emergency contact", "Notfallkontakt", "Contact urgence"))
    cols = cols_of(40, size[0] - 40, spec)
    rows = []
    for i in range(n):
        kid_last = rng.choice(LASTS[lg])
        row = [
            str(i + 1),
            f"{rng.choice(KIDS[lg])} {kid_last}",
            str(rng.randint(9, 16)),
            rng.choice(
                [
                    "",
                    "",
                    "",
                    "",
                    tr(lg, "asthma", "Asthma", "asthme"),
                    tr(lg, "nut allergy", "Nussallergie", "allergie arachides"),
                    "ADHD",
                    tr(lg, "glasses", "Brille", "lunettes"),
                ]
            ),
            tr(lg, "yes", "ja", "oui") if rng.random() < 0.8 else "",
        ]
        if land:
            row.insert(4, f"0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}")
        rows.append(row)
    table(g, cols, heads, rows, ls, rules=True)
    pages += g.pages
    remember(d, (h.name, visit, [r_[1] for r_ in rows], lead))
    return pages


def tpl_parental_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A parent's consent form for a child's climbing (youth club term or a school visit): the
    centre's A4 or A5 form filled in by hand, medical details, photo permission, the parent's
    signature; after a group booking, for children on that list."""
    lg = home()
    ex = LAST["extra"]
    if after(("group_booking", "parental_consent")) and isinstance(ex, tuple):
        club, visit, names, _lead = ex
        name = rng.choice(names)
        d = last_day(rng, ("group_booking", "parental_consent"), (0, 6))
    else:
        visit = some_day(rng) + timedelta(days=rng.randint(5, 20))
        name = f"{rng.choice(KIDS[lg])} {rng.choice(LASTS[lg])}"
        club = tr(
            lg,
            rng.choice(["Youth Climbing Club (Tue)", "Junior Squad", "Holiday Club"]),
            rng.choice(["Jugendgruppe Dienstag", "Kindertraining", "Ferienkurs"]),
            rng.choice(["Club jeunes (mercredi)", "École d'escalade", "Stage vacances"]),
        )
        d = some_day(rng)
        names = [name]
    size = keyed(who, "size").choice([A4, A5, A5])
    s = centre_style(size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, _hh = size
    m = s.margin
    p = Page(size)
    y = form_head(
        p,
        s,
        tr(
            lg,
            "Parental Consent Form",
            "Einverständniserklärung der Erziehungsberechtigten",
            "Autorisation parentale",
        ),
        tr(lg, "For participants under 18", "Für Teilnehmende unter 18 Jahren", "Pour les mineurs"),
        f"{tr(lg, 'Form', 'Formular', 'Formulaire')} {serial(keyed(who, 'f'), 'PC-9')}",
    )
    kid_last = name.split()[-1]
    parent = f"{rng.choice(FIRSTS[lg])} {kid_last}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Child's name", "Name des Kindes", "Nom de l'enfant"), name),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"),
                short(
                    date(visit.year - rng.randint(8, 16), rng.randint(1, 12), rng.randint(1, 28)),
                    lg,
                ),
            ),
            (tr(lg, "Group / course", "Gruppe / Kurs", "Groupe / stage"), club),
            (tr(lg, "Date(s)", "Termin(e)", "Date(s)"), short(visit, lg)),
            (tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Responsable légal"), parent),
            (
                tr(lg, "Phone on the day", "Telefon (erreichbar)", "Téléphone joignable"),
                f"0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = (
        band(
            p,
            s,
            y + 6,
            tr(lg, "Medical information", "Gesundheitliche Hinweise", "Informations médicales"),
        )
        + 6
    )
    y = lines_for_hand(
        p,
        m,
        w - m,
        y + 8,
        2,
        rng.choice(["", *MEDICAL[lg]]),
    )
    y = band(p, s, y + 6, tr(lg, "Permissions", "Einverständnis", "Autorisations")) + 14
    perms = [
        tr(
            lg,
            "I consent to my child taking part in climbing and bouldering",
            "Mein Kind darf am Klettern und Bouldern teilnehmen",
            "J'autorise mon enfant à pratiquer l'escalade",
        ),
        tr(
            lg,
            "I consent to emergency first aid / medical treatment",
            "Im Notfall dürfen Erste Hilfe und ärztliche Behandlung erfolgen",
            "J'autorise les soins d'urgence",
        ),
        tr(
            lg,
            "Photos may be used on the centre's social media",
            "Fotos dürfen veröffentlicht werden",
            "Droit à l'image : photos autorisées",
        ),
        tr(
            lg,
            "My child may leave the centre on their own",
            "Mein Kind darf allein nach Hause gehen",
            "Mon enfant peut repartir seul",
        ),
    ]
    for k, t in enumerate(perms):
        on = k < 2 or rng.random() < 0.5
        for j, ln in enumerate(wrap(t, s.font, 8, w - 2 * m - 80)):
            p.text(m, y + j * 10, ln, s.font, 8)
        box(p, w - m - 70, y, on)
        p.text(w - m - 58, y, yes_no(lg)[0], s.font, 7.5)
        box(p, w - m - 32, y, not on)
        p.text(w - m - 20, y, yes_no(lg)[1], s.font, 7.5)
        y += 10 * len(wrap(t, s.font, 8, w - 2 * m - 80)) + 6
    y += 22
    sign_line(
        p,
        m,
        y,
        (w - 2 * m) * 0.5,
        tr(lg, "Signature of parent / guardian", "Unterschrift", "Signature du responsable légal"),
        parent,
        s,
    )
    hand(p, m + (w - 2 * m) * 0.6, y - 2, short(d, lg))
    if size == A4 and rng.random() < 0.4:
        y += 40
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(lg, "Keep this part", "Bitte abtrennen und aufbewahren", "Partie à conserver"),
        )
        y += 18
        for ln in wrap(prose(rng, lg, "care", 2, 3), s.font, 7.5, w - 2 * m)[:6]:
            p.text(m, y, ln, s.font, 7.5)
            y += 9.5
    remember(d, (club, visit, names, ""))
    return [p]


def comp_name(lg: str, d: date) -> str:
    r = random.Random(zlib.crc32(f"cloche/comp/{CENTRE['seed']}".encode()))
    return tr(
        lg,
        r.choice(
            [
                f"Winter Bouldering League {d.year} - Round {r.randint(1, 4)}",
                f"Boulder Bash {d.year}",
                "Youth Climbing Series - Regional Round",
            ]
        ),
        r.choice(
            [
                f"Bouldercup {d.year}",
                f"Hallen-Boulderliga {d.year} - Runde {r.randint(1, 4)}",
                "Jugendcup Sportklettern - Bezirk",
            ]
        ),
        r.choice(
            [
                f"Contest de bloc {d.year}",
                f"Open de bloc - {d.year}",
                "Coupe départementale jeunes - escalade de difficulté",
            ]
        ),
    )


CATEGORIES = {
    "en": ["U12", "U14", "U16", "Open Women", "Open Men", "Masters 40+"],
    "de": ["U12", "U14", "U16", "Damen", "Herren", "Ü40"],
    "fr": ["U12", "U14", "U16", "Femmes Open", "Hommes Open", "Vétérans"],
}


def competitor(rng: random.Random, lg: str, cat: int) -> str:
    """A first name fit for category ``cat`` of ``CATEGORIES``: juniors, women, men, masters."""
    if cat < 3:
        return rng.choice(KIDS[lg])
    names = FIRSTS[lg]
    if cat == 3:
        names = [x for x in names if x in FEMALE]
    elif cat == 4:
        names = [x for x in names if x not in FEMALE]
    return rng.choice(names)


def tpl_comp_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A competitor's entry form for the centre's bouldering competition, filled in by hand on
    A5 or A4: name, club, licence number, category and T-shirt size ticked, fee paid, the
    waiver signature; for a junior the parent's signature as well."""
    lg = home()
    d = some_day(rng)
    event = month() + timedelta(
        days=random.Random(zlib.crc32(f"cloche/ev/{CENTRE['seed']}".encode())).randint(20, 40)
    )
    size = keyed(who, "sz").choice([A5, A5, A4])
    s = centre_style(size, margin=30 if size == A5 else 46, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = form_head(
        p,
        s,
        tr(lg, "Competition Entry Form", "Anmeldung Wettkampf", "Bulletin d'inscription"),
        f"{comp_name(lg, event)} - {short(event, lg)}",
        f"{tr(lg, 'Entry', 'Start-Nr.', 'Dossard')} {rng.randint(1, 160)}",
    )
    cat = rng.randrange(6)
    junior = cat < 3
    first = competitor(rng, lg, cat)
    last = rng.choice(LASTS[lg])
    club = rng.choice(
        [
            "",
            tr(lg, "none", "vereinslos", "individuel"),
            rng.choice(SENDERS["school"][lg])[0].split()[0] + tr(lg, " CC", " e.V.", " Escalade"),
            tr(lg, "Crag Rats", "DAV Sektion", "CAF"),
        ]
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "First name", "Vorname", "Prénom"), first),
            (tr(lg, "Surname", "Nachname", "Nom"), last.upper()),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(
                    date(
                        event.year - (rng.randint(9, 15) if junior else rng.randint(18, 52)),
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                    ),
                    lg,
                ),
            ),
            (tr(lg, "Club", "Verein / Sektion", "Club"), club),
            (
                tr(lg, "BMC / licence no.", "Mitgliedsnr. / Startpass", "N° licence FFME"),
                serial(rng, "9999999") if rng.random() < 0.6 else "",
            ),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                if lg == "en"
                else f"01{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}"
                if lg == "de"
                else f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
            ),
        ],
        per=2,
        tall=23,
    )
    p.text(m, y, tr(lg, "Category", "Kategorie", "Catégorie"), s.bold, 8)
    y = ticks(p, s, m, y + 12, w - 2 * m, CATEGORIES[lg], {cat}, 7.5)
    p.text(m, y, tr(lg, "T-shirt", "T-Shirt", "T-shirt"), s.bold, 8)
    y = ticks(p, s, m, y + 12, w - 2 * m, ["XS", "S", "M", "L", "XL"], {rng.randrange(5)}, 7.5)
    fee = rng.choice([12.0, 15.0, 18.0, 25.0]) if not junior else rng.choice([8.0, 10.0, 12.0])
    p.text(m, y, f"{tr(lg, 'Entry fee', 'Startgeld', 'Inscription')}: {cash(fee, lg)}", s.font, 8)
    y = ticks(
        p,
        s,
        m + 110,
        y,
        w - 2 * m - 110,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Online", "Online", "HelloAsso"),
        ],
        {rng.randrange(3)},
        7.5,
    )
    y += 4
    for ln in wrap(
        tr(
            lg,
            "I enter at my own risk, accept the competition rules and the judges' decisions, and "
            "agree to results and photos being published.",
            "Ich starte auf eigene Gefahr, erkenne die Wettkampfordnung und die Entscheidungen "
            "der Schiedsrichter an und bin mit der Veröffentlichung von Ergebnissen und Fotos "
            "einverstanden.",
            "Je participe sous ma responsabilité, accepte le règlement de la compétition et la "
            "publication des résultats et photos.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    y += 22
    sign_line(
        p,
        m,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Competitor", "Teilnehmer/in", "Compétiteur"),
        f"{first} {last}",
        s,
    )
    if junior:
        sign_line(
            p,
            m + (w - 2 * m) * 0.52,
            y,
            (w - 2 * m) * 0.45,
            tr(
                lg,
                "Parent / guardian (under 18)",
                "Erziehungsberechtigte/r (U18)",
                "Responsable légal (mineur)",
            ),
            f"{rng.choice(FIRSTS[lg])} {last}",
            s,
        )
    y += 30
    if y < hh - 40:
        p.rect(m, y, w - 2 * m, 22, fill=0.92)
        p.text(
            m + 4,
            y + 14,
            tr(
                lg,
                "Desk: paid / wristband / scorecard issued",
                "Orga: bezahlt / Bändchen / Wertungskarte",
                "Accueil : payé / bracelet / carte de score",
            ),
            s.font,
            7,
        )
        hand(p, w - m - 60, y + 15, "v v v")
    remember(d, (event, cat))
    return [p]


def tpl_comp_results(rng: random.Random, who: Issuer) -> list[Page]:
    """The competition's results: ranked tables per category with tops, zones and attempts
    (or points for a league round), over landscape or portrait pages, the chief judge's
    signature on the last; now and then a cover page with the event, routesetters and
    sponsors."""
    lg = home()
    ex = LAST["extra"]
    if after(("comp_entry",)) and isinstance(ex, tuple):
        event = ex[0]
    else:
        event = month() + timedelta(days=rng.randint(0, 20))
    land = rng.random() < 0.5
    size = landscape(A4) if land else A4
    s = centre_style(size, margin=40, pt=8.5)
    w, hh = size
    m = s.margin
    name = comp_name(lg, event)
    g = Sheets(
        size,
        hh - 46,
        lambda p, n: (
            running_header(
                p,
                s,
                f"{name} - {tr(lg, 'Results', 'Ergebnisse', 'Résultats')} - {short(event, lg)}",
            )
            + 8
        ),
    )
    caption(g, s, tr(lg, "OFFICIAL RESULTS", "ERGEBNISLISTE", "RÉSULTATS OFFICIELS"), 5)
    write(g, s, f"{name} - {centre_head().name} - {short(event, lg)}", 9)
    league = rng.random() < 0.4
    problems = rng.choice([5, 6, 8])
    cats = rng.sample(CATEGORIES[lg], rng.randint(2, 6))
    for cat in cats:
        g.heading(m, cat, s.bold, 10)
        n = rng.randint(4, 24)
        rows = []
        comp = []
        for _ in range(n):
            tops = rng.randint(0, problems)
            zones = min(problems, tops + rng.randint(0, problems - tops))
            comp.append(
                (tops, zones, rng.randint(tops, tops * 4 + 2), rng.randint(zones, zones * 3 + 2))
            )
        if league:
            comp.sort(key=lambda t: -(t[0] * 100 + t[1] * 10 - t[2]))
        else:
            comp.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
        for k, (tp, zn, ta, za) in enumerate(comp):
            nm = f"{competitor(rng, lg, CATEGORIES[lg].index(cat))} {rng.choice(LASTS[lg]).upper()}"
            club = rng.choice(
                ["-", "", tr(lg, "Crag Rats", "DAV Sektion", "CAF"), centre_head().name.split()[0]]
            )
            if league:
                rows.append([str(k + 1), nm, club, str(max(0, tp * 100 + zn * 10 - ta))])
            else:
                rows.append(
                    [
                        str(k + 1),
                        nm,
                        club,
                        f"{tp}T{zn}z {ta} {za}" if rng.random() < 0.5 else f"{tp}T{zn}Z",
                        str(ta),
                        str(za),
                    ]
                )
        if league:
            cols = cols_of(m, w - m, [(0.5, "right"), (3, "left"), (2.4, "left"), (1, "right")])
            head = [
                tr(lg, "Rank", "Platz", "Rang"),
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Club", "Verein", "Club"),
                tr(lg, "Points", "Punkte", "Points"),
            ]
        else:
            cols = cols_of(
                m,
                w - m,
                [
                    (0.5, "right"),
                    (3, "left"),
                    (2.4, "left"),
                    (1.4, "left"),
                    (0.8, "right"),
                    (0.8, "right"),
                ],
            )
            head = [
                tr(lg, "Rank", "Platz", "Rang"),
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Club", "Verein", "Club"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Att. T", "Vers. T", "Ess. T"),
                tr(lg, "Att. Z", "Vers. Z", "Ess. Z"),
            ]
        table(g, cols, head, rows, s, rules=True, shade=0.88)
        g.y += 8
    g.need(60)
    g.y += 16
    judge = rng.choice([crew("setter"), crew("owner2"), person(rng, lg)])
    sign_line(
        g.page, m, g.y, 180, tr(lg, "Chief judge", "Wettkampfleitung", "Juge arbitre"), judge, s
    )
    g.page.text(
        m + 220,
        g.y,
        tr(
            lg,
            f"Published {rng.randint(17, 21)}:{rng.randint(10, 59)} - protests within 30 min.",
            f"Ausgehängt {rng.randint(17, 21)}:{rng.randint(10, 59)} Uhr - Einspruchsfrist 30 Min.",
            f"Affiché à {rng.randint(17, 21)}h{rng.randint(10, 59)} - réclamations sous 30 min.",
        ),
        s.font,
        7.5,
    )
    pages = g.pages
    number_pages(
        pages,
        s,
        rng.choice(
            [
                "{i}/{n}",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
                "- {i} -",
            ]
        ),
        rng.choice(["bc", "br"]),
        bottom=20,
    )
    if rng.random() < 0.25:
        c = Page(A4)
        cs = centre_style(A4)
        c.rect(40, 40, A4[0] - 80, A4[1] - 80)
        c.text(A4[0] / 2, 220, fit(name, cs.bold, 20, A4[0] - 120), cs.bold, 20, "center")
        c.text(A4[0] / 2, 250, short(event, lg), cs.font, 13, "center")
        c.text(A4[0] / 2, 290, centre_head().name, cs.font, 11, "center")
        c.text(
            A4[0] / 2,
            380,
            tr(lg, "Route setters", "Schrauberteam", "Ouvreurs"),
            cs.bold,
            10,
            "center",
        )
        c.text(
            A4[0] / 2,
            396,
            ", ".join([crew("setter"), *rng.sample(instructors(), 2)]),
            cs.font,
            9,
            "center",
        )
        c.text(
            A4[0] / 2,
            470,
            tr(
                lg,
                "With thanks to our sponsors",
                "Mit Dank an unsere Sponsoren",
                "Merci à nos partenaires",
            ),
            italic_of(cs.font),
            9,
            "center",
        )
        for k, sp in enumerate(
            rng.sample([r_[0] for r_ in SENDERS["holds"][lg] + SENDERS["cafe"][lg]], 3)
        ):
            c.rect(A4[0] / 2 - 190 + k * 130, 490, 120, 40, fill=0.85)
            c.text(
                A4[0] / 2 - 130 + k * 130, 514, fit(sp, cs.bold, 7.5, 112), cs.bold, 7.5, "center"
            )
        pages = [c, *pages]
    remember(event)
    return pages


AWARDS = {
    "en": [
        ("Climbing Wall Instructor (CWI)", "Climbing Wall Instructor Award"),
        ("Climbing Wall Development Instructor", "CWDI Award"),
        ("Rock Climbing Development Instructor", "RCDI"),
        ("Foundation Coach", "Coaching Award - Foundation"),
    ],
    "de": [
        ("Trainer C Sportklettern Breitensport", "Trainer-C-Lizenz"),
        ("Trainer B Sportklettern Leistungssport", "Trainer-B-Lizenz"),
        ("Kletterbetreuer/in", "Qualifikation Kletterbetreuung"),
        ("Routenbauer/in Stufe 1", "Routenbau-Lehrgang"),
    ],
    "fr": [
        ("Initiateur SAE", "Brevet fédéral d'initiateur SAE"),
        ("Moniteur d'escalade", "Brevet fédéral de moniteur"),
        ("Ouvreur de club", "Brevet fédéral ouvreur de club"),
        ("Entraîneur escalade", "Brevet fédéral d'entraîneur"),
    ],
}


def tpl_instructor_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The awarding body's certificate of an instructor's qualification: now and then a
    covering letter on its letterhead in front, then the certificate on a framed landscape
    page (name, award, date, registration number, signatures, seal), and sometimes the
    assessment record or the licence conditions on a page behind."""
    h = head_of(who, "awarding")
    lg = h.lang
    d = some_day(rng)
    award, short_name = rng.choice(AWARDS[lg])
    cand = rng.choice([*instructors(), crew("setter")])
    reg = serial(rng, keyed(who, "reg").choice(["99999999", "AA-99999", "9999/AA/99"]))
    pages: list[Page] = []
    if rng.random() < 0.55:
        s = style_of(h, A4)
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [cand, *centre_lines()[0:1], *centre_lines()[1:]],
            d,
            [(tr(lg, "Candidate no.", "Teilnehmer-Nr.", "N° candidat"), reg)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"{short_name}: assessment result",
                f"{short_name}: Prüfungsergebnis",
                f"{short_name} : résultat de l'examen",
            ),
            1,
        )
        f.page.text(s.margin, f.y, dear(lg, mx(cand, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Congratulations: we are pleased to confirm that you have passed the assessment "
                f"for the {award}. Your certificate is enclosed. Please keep your logbook up to "
                "date and your first aid certificate valid.",
                f"herzlichen Glückwunsch! Sie haben die Prüfung zur Qualifikation {award} "
                "bestanden. Anbei erhalten Sie Ihre Urkunde. Die Lizenz ist drei Jahre gültig "
                "und muss durch Fortbildungen verlängert werden.",
                f"Nous avons le plaisir de vous informer de votre réussite à l'examen du {award}. "
                "Vous trouverez ci-joint votre diplôme. Nous vous rappelons l'obligation de "
                "recyclage.",
            ),
        )
        write(f, s, prose(rng, lg, "care", 1, 2))
        regards(
            f,
            s,
            lg,
            person(keyed(who, "off"), lg),
            tr(lg, "Training Officer", "Referent Ausbildung", "Responsable formation"),
        )
        pages += close(f.pages, s, h, numbers="none")
    size = landscape(A4)
    w, hh = size
    c = Page(size)
    c.rect(24, 24, w - 48, hh - 48)
    c.rect(30, 30, w - 60, hh - 60)
    emblem(c, w / 2 - 11, 52)
    font = rng.choice(["Times-Roman", "Helvetica"])
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    c.text(w / 2, 108, fit(h.name, bold, 15, w - 120), bold, 15, "center")
    c.text(
        w / 2,
        160,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Certifie que"),
        italic_of(font),
        12,
        "center",
    )
    c.text(w / 2, 200, cand, bold, 24, "center")
    c.text(
        w / 2,
        235,
        tr(
            lg,
            "has successfully completed the assessment for the",
            "die Prüfung erfolgreich abgelegt hat zur Qualifikation",
            "a satisfait aux épreuves du",
        ),
        italic_of(font),
        12,
        "center",
    )
    c.text(w / 2, 268, fit(award, bold, 20, w - 120), bold, 20, "center")
    c.text(
        w / 2,
        300,
        f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d - timedelta(days=rng.randint(5, 30)), lg)}  "
        f" -   {tr(lg, 'Registration no.', 'Lizenz-Nr.', 'N° de diplôme')}: {reg}",
        font,
        10,
        "center",
    )
    if lg != "en":
        c.text(
            w / 2,
            316,
            tr(lg, "", f"gültig bis 31.12.{d.year + 3}", f"valable jusqu'au 31/12/{d.year + 4}"),
            font,
            9,
            "center",
        )
    for k, role in enumerate(
        [
            tr(lg, "Chief Officer", "Präsident/in", "Président(e)"),
            tr(lg, "Course Director", "Lehrgangsleitung", "Directeur technique"),
        ]
    ):
        x = 110 + k * (w - 400)
        signer = person(keyed(who, f"sig{k}"), lg)
        scrawl(c, x, hh - 110, signer, 14)
        c.line(x, hh - 104, x + 180, hh - 104)
        c.text(x, hh - 92, f"{signer}, {role}", font, 8)
    seal(
        c,
        w / 2,
        hh - 110,
        38,
        h.name.split(" - ")[0][:30].upper(),
        tr(lg, "CERTIFIED", "ZERTIFIZIERT", "DIPLÔMÉ"),
    )
    pages.append(c)
    if rng.random() < 0.3:
        s = style_of(h, A4)
        f = sheets(s, h, f"{short_name} - {cand} - {reg}", top=False)
        caption(f, s, tr(lg, "Record of assessment", "Prüfungsprotokoll", "Fiche d'évaluation"), 2)
        cols = cols_of(s.margin, A4[0] - s.margin, [(4, "left"), (1, "center"), (3, "left")])
        units = [words(rng, lg, "care", rng.randint(3, 6))[:-1] for _ in range(rng.randint(6, 10))]
        table(
            f,
            cols,
            [
                tr(lg, "Unit / skill", "Prüfungsteil", "Compétence"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Assessor's comment", "Bemerkung", "Commentaire"),
            ],
            [
                [
                    u,
                    tr(lg, "Pass", "bestanden", "acquis"),
                    words(rng, lg, "care", 4)[:-1] if rng.random() < 0.4 else "",
                ]
                for u in units
            ],
            s,
            rules=True,
        )
        f.y += 20
        sign_line(
            f.page,
            s.margin,
            f.y,
            180,
            tr(lg, "Assessor", "Prüfer/in", "Évaluateur"),
            person(rng, lg),
            s,
        )
        pages += close(f.pages, s, h, numbers="none")
    remember(d)
    return pages


def tpl_first_aid_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training provider's first aid certificate for one member of staff (First Aid at
    Work / Emergency First Aid, Erste-Hilfe-Ausbildung nach DGUV, certificat SST): portrait
    A4 or a wallet-size card sheet, the course, dates, validity, trainer and provider
    numbers; now and then the attendance record of the course on a second page."""
    h = head_of(who, "firstaid")
    lg = h.lang
    ex = LAST["extra"]
    if after(("first_aid_cert",)) and isinstance(ex, tuple) and ex[0] == h.name:
        course_day, done = ex[1], list(ex[2])
    else:
        course_day, done = some_day(rng) - timedelta(days=rng.randint(3, 20)), []
    staff = [
        x for x in [*instructors(), crew("cafe"), crew("setter"), crew("owner2")] if x not in done
    ] or instructors()
    name = rng.choice(staff)
    done.append(name)
    course = tr(
        lg,
        rng.choice(
            [
                "First Aid at Work (3 days)",
                "Emergency First Aid at Work (1 day)",
                "Outdoor & Activity First Aid (16 h)",
            ]
        ),
        rng.choice(
            [
                "Erste-Hilfe-Ausbildung (9 UE) nach DGUV Vorschrift 1",
                "Erste-Hilfe-Fortbildung (9 UE)",
                "Erste Hilfe Outdoor (16 UE)",
            ]
        ),
        rng.choice(
            [
                "Sauveteur Secouriste du Travail (SST)",
                "PSC1 - Prévention et secours civiques",
                "Maintien et actualisation des compétences SST",
            ]
        ),
    )
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.rect(m - 8, y - 4, w - 2 * m + 16, 420)
    y += 40
    p.text(
        w / 2,
        y,
        tr(lg, "CERTIFICATE OF COMPETENCE", "TEILNAHMEBESCHEINIGUNG", "CERTIFICAT"),
        s.bold,
        18,
        "center",
    )
    y += 40
    p.text(w / 2, y, tr(lg, "awarded to", "für", "délivré à"), italic_of(s.font), 11, "center")
    y += 30
    p.text(w / 2, y, name, s.bold, 20, "center")
    y += 34
    p.text(w / 2, y, fit(course, s.bold, 12, w - 2 * m - 20), s.bold, 12, "center")
    y += 22
    end = course_day + timedelta(days=rng.choice([0, 1, 2]))
    p.text(w / 2, y, f"{short(course_day, lg)} - {short(end, lg)}", s.font, 10, "center")
    y += 16
    valid = date(end.year + (3 if lg == "en" else 2), end.month, min(end.day, 28))
    p.text(
        w / 2,
        y,
        tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au") + f" {short(valid, lg)}",
        s.font,
        10,
        "center",
    )
    y += 36
    y = pairs(
        p,
        s,
        m + 20,
        y,
        [
            (
                tr(lg, "Certificate no.", "Bescheinigungs-Nr.", "N° certificat"),
                serial(rng, "999999"),
            ),
            (tr(lg, "Venue", "Ort", "Lieu"), centre_row()[0] if rng.random() < 0.6 else h.town),
            (
                tr(lg, "Approved centre no.", "Ermächtigte Stelle Nr.", "Habilitation INRS n°"),
                serial(keyed(who, "ap"), "99999"),
            ),
            (tr(lg, "Trainer", "Ausbilder/in", "Formateur"), person(keyed(who, "tr"), lg)),
        ],
        w - m - 20,
    )
    y += 30
    trainer = person(keyed(who, "tr"), lg)
    sign_line(p, m + 20, y, 170, tr(lg, "Trainer", "Ausbilder/in", "Formateur"), trainer, s)
    seal(
        p,
        w - m - 80,
        y + 14,
        32,
        h.name.split()[0].upper(),
        tr(lg, "APPROVED", "ERMÄCHTIGT", "HABILITÉ"),
    )
    pages = [p]
    if rng.random() < 0.2:
        s2 = style_of(h, A4)
        f = sheets(s2, h, f"{course} - {short(course_day, lg)}", top=False)
        caption(
            f, s2, tr(lg, "Course attendance record", "Teilnehmerliste", "Feuille d'émargement"), 2
        )
        cols = cols_of(m, w - m, [(0.4, "right"), (2.5, "left"), (2.5, "left"), (1.5, "left")])
        ppl = rng.sample([*instructors(), crew("cafe"), crew("setter")], 4) + [
            person(rng, lg) for _ in range(rng.randint(2, 6))
        ]
        table(
            f,
            cols,
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Employer", "Betrieb", "Employeur"),
                tr(lg, "Signature", "Unterschrift", "Signature"),
            ],
            [
                [
                    str(k + 1),
                    x,
                    centre_row()[0] if k < 4 else rng.choice(SENDERS["school"][lg])[0],
                    "",
                ]
                for k, x in enumerate(ppl)
            ],
            s2,
            rules=True,
            step=2.4,
        )
        pages += f.pages
    remember(course_day, (h.name, course_day, done))
    return pages


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's accident / incident / near-miss report, filled in by hand by the duty
    instructor: who, when, where on the wall, what happened on ruled lines, the body map
    with crosses, first aid given, tick boxes for the outcome and whether it must be
    reported (RIDDOR, Unfallanzeige, déclaration), signatures; now and then a witness
    statement on a second sheet, handwritten on the centre's continuation paper."""
    lg = home()
    size = A4
    s = centre_style(size, margin=38, pt=8.5)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    near = rng.random() < 0.3
    p = Page(size)
    y = form_head(
        p,
        s,
        tr(
            lg,
            "Near-miss report" if near else "Accident / Incident Report",
            "Beinaheunfall-Meldung" if near else "Unfallmeldung / Verbandbucheintrag",
            "Fiche presque-accident" if near else "Rapport d'accident / incident",
        ),
        tr(
            lg,
            "Complete as soon as possible after the event. Keep in the accident file.",
            "Unmittelbar nach dem Ereignis ausfüllen. Im Unfallordner ablegen.",
            "À remplir dès que possible après l'événement. À classer au registre.",
        ),
        f"{tr(lg, 'Report', 'Meldung', 'Fiche')} {d.year}/{rng.randint(1, 80):03d}",
    )
    victim = f"{rng.choice(FIRSTS[lg] + KIDS[lg])} {rng.choice(LASTS[lg])}"
    duty = rng.choice(instructors())
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), f"{rng.randint(10, 21)}:{rng.randint(0, 59):02d}"),
            (
                tr(lg, "Location / wall", "Ort / Wandbereich", "Lieu / secteur"),
                rng.choice(SECTORS[lg]),
            ),
            (tr(lg, "Injured person", "Verletzte Person", "Victime"), "-" if near else victim),
            (
                tr(
                    lg,
                    "Member / visitor / staff",
                    "Mitglied / Gast / Personal",
                    "Adhérent / visiteur / salarié",
                ),
                rng.choice(
                    tr(
                        lg,
                        "member visitor staff",
                        "Mitglied Gast Personal",
                        "adhérent visiteur salarié",
                    ).split()
                ),
            ),
            (tr(lg, "Reported by", "Gemeldet von", "Rédigé par"), duty),
        ],
        per=3,
        tall=25,
    )
    y = band(p, s, y + 6, tr(lg, "What happened?", "Hergang", "Description des faits")) + 8
    story = {
        "en": [
            "fell from top of boulder, landed awkwardly between mats, twisted ankle",
            "auto-belay not clipped, climber stopped at 3 m by staff",
            "hold spun on overhang, climber fell onto mat, hit knee",
            "belayer lost control of rope, climber lowered fast, grazed hand",
            "child ran under climber in fall zone, no contact",
        ],
        "de": [
            "Sturz aus Bouldertop, zwischen Matten gelandet, Knöchel umgeknickt",
            "nicht am Automaten eingehängt, bei 3 m vom Personal gestoppt",
            "Griff hat sich gedreht, Sturz auf Matte, Knie angeschlagen",
            "Sicherer verlor Kontrolle, zu schnell abgelassen, Schürfwunde Hand",
            "Kind lief unter Kletterer im Fallraum, kein Kontakt",
        ],
        "fr": [
            "chute du haut du bloc, réception entre deux tapis, entorse cheville",
            "grimpeur non relié à l'enrouleur, arrêté à 3 m par le moniteur",
            "prise tournée dans le dévers, chute sur tapis, genou touché",
            "assureur a lâché la corde, descente rapide, main écorchée",
            "enfant sous un grimpeur dans la zone de chute, pas de contact",
        ],
    }[lg]
    y = lines_for_hand(
        p, m, w - m, y + 8, 5, rng.choice(story) + ". " + words(rng, lg, "care", rng.randint(6, 12))
    )
    if not near:
        y = band(p, s, y + 6, tr(lg, "Injury", "Verletzung", "Blessure")) + 8
        body_map(p, m + 6, y + 2, 1.0, rng.randint(1, 2), rng)
        xx = m + 170
        yy = y + 10
        yy = ticks(
            p,
            s,
            xx,
            yy,
            w - m - xx,
            [
                tr(lg, "Sprain", "Verstauchung", "Entorse"),
                tr(lg, "Cut / graze", "Schnitt / Schürfung", "Plaie"),
                tr(lg, "Fracture (suspected)", "Fraktur (Verdacht)", "Fracture (suspicion)"),
                tr(lg, "Head injury", "Kopfverletzung", "Choc à la tête"),
                tr(lg, "Other", "Sonstiges", "Autre"),
            ],
            {rng.randrange(5)},
            8,
        )
        p.text(xx, yy, tr(lg, "First aid given:", "Erste Hilfe:", "Premiers soins :"), s.bold, 8)
        hand(
            p,
            xx + 80,
            yy,
            rng.choice(
                tr(
                    lg,
                    "ice pack, elevated|cleaned + plaster|sling, advised A&E",
                    "Kühlpack, hochgelagert|Pflaster|Schiene, Arzt empfohlen",
                    "glace, repos|pansement|attelle, consulter un médecin",
                ).split("|")
            ),
            9,
            w - m - xx - 85,
        )
        yy += 20
        p.text(xx, yy, tr(lg, "Outcome:", "Weiteres Vorgehen:", "Suite :"), s.bold, 8)
        yy = ticks(
            p,
            s,
            xx,
            yy + 14,
            w - m - xx,
            [
                tr(lg, "Continued", "Weitergeklettert", "A repris"),
                tr(lg, "Went home", "Nach Hause", "Rentré chez lui"),
                tr(lg, "Hospital", "Krankenhaus / Arzt", "Hôpital"),
                tr(lg, "Ambulance called", "Rettungsdienst", "SAMU / pompiers"),
            ],
            {rng.randrange(4)},
            8,
        )
        y = max(y + 124, yy + 6)
    y = band(p, s, y + 6, tr(lg, "Follow-up", "Maßnahmen", "Suites données")) + 8
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(
                lg,
                "Reportable under RIDDOR",
                "Unfallanzeige an BG/VBG nötig",
                "Déclaration à l'assureur",
            ),
            tr(lg, "Insurer informed", "Versicherung informiert", "Assureur informé"),
            tr(lg, "Hold / equipment checked", "Griff / Gerät geprüft", "Prise / matériel vérifié"),
            tr(lg, "Staff briefing", "Teambesprechung", "Point équipe"),
        ],
        {k for k in range(4) if rng.random() < 0.35},
    )
    y = lines_for_hand(
        p,
        m,
        w - m,
        y + 4,
        2,
        words(rng, lg, "wall", rng.randint(6, 12)) if rng.random() < 0.7 else "",
    )
    y += 18
    sign_line(p, m, y, 170, tr(lg, "Staff member", "Mitarbeiter/in", "Salarié"), duty, s)
    if not near and rng.random() < 0.7:
        sign_line(p, m + 200, y, 150, tr(lg, "Injured person", "Verletzte/r", "Victime"), victim, s)
    sign_line(
        p,
        w - m - 130,
        y,
        130,
        tr(lg, "Manager", "Betriebsleitung", "Responsable"),
        crew("owner1") if rng.random() < 0.6 else "",
        s,
    )
    form_foot(
        p,
        s,
        tr(
            lg,
            "Data held in accordance with UK GDPR. Retain 3 years (adults) / until age 21 "
            "(children).",
            "Datenschutz: Aufbewahrung 5 Jahre gemäß DGUV Vorschrift 1 § 24.",
            "Données conservées conformément au RGPD.",
        ),
    )
    pages = [p]
    if rng.random() < 0.3:
        q = Page(A4)
        yq = form_head(
            q,
            s,
            tr(lg, "Witness statement", "Zeugenaussage", "Témoignage"),
            "",
            tr(lg, "continuation sheet", "Fortsetzungsblatt", "feuille de suite"),
        )
        wit = person(rng, lg)
        yq = fields(
            q,
            s,
            m,
            yq,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), wit),
                (
                    tr(lg, "Phone", "Telefon", "Téléphone"),
                    f"0{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
                ),
            ],
            per=2,
            tall=24,
        )
        yq = lines_for_hand(
            q,
            m,
            w - m,
            yq + 10,
            rng.randint(14, 26),
            " ".join(words(rng, lg, "care") for _ in range(rng.randint(4, 8))),
        )
        sign_line(q, m, yq + 20, 170, tr(lg, "Signed", "Unterschrift", "Signature"), wit, s)
        pages.append(q)
    remember(d)
    return pages


COVER_SECTIONS = {
    "en": [
        (
            "Section 1 - Material Damage: Buildings",
            "Tenant's improvements (climbing walls, mezzanine)",
        ),
        ("Section 1 - Material Damage: Contents", "Holds, volumes, matting, PPE, café equipment"),
        ("Section 1 - Material Damage: Stock", "Shop and café stock"),
        ("Section 2 - Business Interruption", "Gross profit, 24 months indemnity period"),
        ("Section 3 - Employers' Liability", "Limit of indemnity"),
        ("Section 4 - Public & Products Liability", "Limit of indemnity any one occurrence"),
        ("Section 5 - Money", "Cash on premises / in transit"),
        ("Section 6 - Legal Expenses", "Aggregate limit"),
    ],
    "de": [
        ("Inhaltsversicherung", "Kletterwände (Mietereinbauten), Griffe, Matten, Café-Einrichtung"),
        ("Betriebsunterbrechung", "Haftzeit 12 Monate"),
        ("Betriebshaftpflicht", "Personen- und Sachschäden pauschal"),
        ("Elektronikversicherung", "Kassensystem, Zutrittskontrolle, Server"),
        ("Glasversicherung", "Schaufenster und Eingangsbereich"),
        ("Rechtsschutz für Firmen", "Arbeits- und Vertragsrechtsschutz"),
    ],
    "fr": [
        ("Multirisque - Bâtiment (aménagements locatifs)", "SAE, mezzanine, vestiaires"),
        ("Multirisque - Contenu", "Prises, volumes, tapis, EPI, matériel du bar"),
        ("Perte d'exploitation", "Période d'indemnisation 12 mois"),
        ("Responsabilité civile exploitation", "Tous dommages confondus, par sinistre"),
        ("Responsabilité civile organisateur", "Compétitions et stages"),
        ("Protection juridique", "Plafond par litige"),
    ],
}


def whole(v: float, lg: str) -> str:
    """A whole amount with its currency, without the pence or cents."""
    return cash(v, lg).replace(money(v, lg), money(v, lg)[:-3])


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the centre's combined policy: a covering letter on the broker's
    letterhead, then the insurer's schedule over pages numbered from the schedule's own first
    page (sections, sums insured, excesses, premium with insurance premium tax), the
    endorsements and conditions in small print, and now and then a statement of fact to
    check and sign."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(
        rng, keyed(who, "pol").choice(["SPX/999999/AA", "99 999 999", "AA 9999999", "B99999999"])
    )
    insurer = rng.choice(
        tr(
            lg,
            "Hiscox|Aviva Insurance Ltd|Markel International|Zurich Insurance plc",
            "Allianz Versicherungs-AG|R+V Allgemeine Versicherung AG|HDI Global SE|ARAG SE",
            "AXA France IARD|MMA IARD|Allianz IARD|Groupama Rhône-Alpes",
        ).split("|")
    )
    pages: list[Page] = []
    f = sheets(s, h)
    recipient(
        f, s, h, centre_lines(crew("owner1")), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Renewal of your Leisure Centre policy from {short(start, lg)}",
            f"Verlängerung Ihrer Betriebsversicherung ab {short(start, lg)}",
            f"Renouvellement de votre contrat multirisque au {short(start, lg)}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(crew("owner1"), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"We enclose the renewal schedule from {insurer}. Please check the sums insured, in "
            "particular the value of the climbing walls and holds, and let us know of any "
            "changes, including the number of annual visits and any new activities such as "
            "competitions or kids' parties.",
            f"anbei erhalten Sie den Nachtrag von {insurer} zur Verlängerung. Bitte prüfen Sie "
            "die Versicherungssummen, insbesondere den Wert der Kletterwände und Griffe, und "
            "teilen Sie uns Änderungen der Besucherzahlen mit.",
            f"Veuillez trouver ci-joint les conditions particulières de {insurer}. Merci de "
            "vérifier les capitaux assurés, notamment la valeur des SAE et des prises, et de "
            "nous signaler tout changement d'activité.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    regards(
        f,
        s,
        lg,
        person(keyed(who, "acc"), lg),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages += close(f.pages, s, h, numbers="none")
    # the schedule
    s2 = style_of(h, A4, pt=9)
    title = tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN - NACHTRAG", "CONDITIONS PARTICULIÈRES")
    g = Sheets(A4, hh - 60, lambda p, n: running_header(p, s2, f"{insurer} - {title} - {pol}") + 6)
    caption(g, s2, f"{insurer}", 4)
    caption(g, s2, title, 1)
    g.y = (
        pairs(
            g.page,
            s2,
            m,
            g.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), centre_row()[0]),
                (
                    tr(lg, "Risk address", "Risikoort", "Adresse du risque"),
                    f"{centre_row()[1]}, {centre_row()[2]}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Indoor climbing centre with café and retail",
                        "Kletter- und Boulderhalle mit Gastronomie",
                        "Salle d'escalade, bar et boutique",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - "
                    f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
                ),
                (tr(lg, "Broker", "Vermittler", "Intermédiaire"), h.name),
            ],
            w - m,
        )
        + 8
    )
    cols = cols_of(m, w - m, [(3.2, "left"), (3.2, "left"), (1.4, "right"), (1, "right")])
    rows = []
    prem = 0.0
    for sec, what in COVER_SECTIONS[lg]:
        if rng.random() < 0.15:
            continue
        si = rng.choice([50000, 120000, 250000, 400000, 1000000, 5000000, 10000000])
        ex_ = rng.choice([250, 500, 1000, 2500])
        pr = round(rng.uniform(120, 2600), 2)
        prem += pr
        rows.append(
            [
                sec,
                what,
                whole(si, lg),
                whole(ex_, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Description", "Umfang", "Objet"),
            tr(lg, "Sum insured", "Summe", "Capital"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        s2,
        rules=True,
    )
    g.y += 10
    tax = round(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), 2)
    g.y = pairs(
        g.page,
        s2,
        w * 0.45,
        g.y,
        [
            (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes"),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Gesamtbeitrag", "Prime TTC"), cash(prem + tax, lg)),
        ],
        w - m,
    )
    g.y += 8
    g.heading(
        m, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), s2.bold, 10
    )
    for k in range(rng.randint(3, 7)):
        g.para(
            m,
            w - 2 * m,
            f"{tr(lg, 'E', 'Klausel ', 'Clause ')}{k + 1:02d}  "
            + words(rng, lg, "legal", rng.randint(14, 30)),
            s2.font,
            8.5,
        )
    g.heading(
        m, tr(lg, "Conditions precedent", "Obliegenheiten", "Obligations de l'assuré"), s2.bold, 10
    )
    for t in [
        tr(
            lg,
            "Climbing walls inspected annually by a competent person in accordance with EN 12572",
            "Jährliche Prüfung der Kletteranlage nach DIN EN 12572 durch Sachkundige",
            "Contrôle annuel des SAE selon NF EN 12572",
        ),
        tr(
            lg,
            "Auto-belays examined every 12 months and records kept",
            "Sicherungsautomaten jährlich geprüft, Prüfbuch geführt",
            "Enrouleurs vérifiés tous les 12 mois",
        ),
        tr(
            lg,
            "All users registered and inducted",
            "Alle Nutzer registriert und eingewiesen",
            "Tous les usagers inscrits et informés",
        ),
    ]:
        g.para(m + 10, w - 2 * m - 10, "- " + t, s2.font, 8.5)
    sched = g.pages
    number_pages(
        sched,
        s2,
        rng.choice(NUMBERED[lg]),
        "br",
        bottom=24,
    )
    pages += sched
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Policy wording - General conditions (extract)",
                    "Allgemeine Versicherungsbedingungen (Auszug)",
                    "Conditions générales (extrait)",
                ),
                [words(rng, lg, "legal", 3)[:-1] for _ in range(16)],
            )
        )
    if rng.random() < 0.3:
        s3 = style_of(h, A4)
        t = sheets(
            s3, h, tr(lg, "Statement of fact", "Antragsfragen", "Déclaration du risque"), top=False
        )
        caption(
            t,
            s3,
            tr(
                lg,
                "Statement of fact - please check and sign",
                "Risikoangaben - bitte prüfen und unterschreiben",
                "Déclaration du risque - à vérifier et signer",
            ),
            2,
        )
        for q in range(rng.randint(6, 10)):
            t.need(30)
            yy = t.y
            for ln in wrap(
                f"{q + 1}. " + words(rng, lg, "legal", rng.randint(8, 16)),
                s3.font,
                8.5,
                w - 2 * m - 80,
            ):
                t.page.text(m, t.y, ln, s3.font, 8.5)
                t.y += 11
            on = rng.random() < 0.8
            box(t.page, w - m - 70, yy, on)
            t.page.text(w - m - 58, yy, yes_no(lg)[0], s3.font, 8)
            box(t.page, w - m - 24, yy, not on)
            t.page.text(w - m - 12, yy, yes_no(lg)[1], s3.font, 8)
            t.y += 6
        t.need(50)
        t.y += 20
        sign_line(
            t.page,
            m,
            t.y,
            190,
            tr(
                lg,
                "Signed for the policyholder",
                "Unterschrift Versicherungsnehmer",
                "Signature du souscripteur",
            ),
            crew("owner1") if rng.random() < 0.5 else "",
            s3,
        )
        pages += t.pages
    remember(d)
    return pages


def tpl_rent_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The industrial estate landlord's demand for the centre's unit: the quarter's rent,
    estate service charge on account and insurance rent (English quarter days), a monthly
    Mietrechnung with Nebenkosten or an avis d'échéance with charges and taxe foncière
    share; a remittance advice to tear off, now and then the tenant's statement of account
    or the service charge budget on a second page."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    ex = LAST["extra"]
    step = 3 if lg == "en" else rng.choice([1, 3]) if lg == "fr" else 1
    if after(("rent_demand",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 2))
    d = q0 - timedelta(days=rng.randint(10, 28))
    unit = centre_row()[1].split(",")[0]
    rent = keyed(who, "rent").choice([4850.0, 6200.0, 7400.0, 9150.0])
    no = serial(rng, keyed(who, "m").choice(["999999", "RD/99999", "2025-99999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, "The Directors", "Geschäftsführung", "La gérance")),
        d,
        [
            (tr(lg, "Tenant", "Mieter-Nr.", "Locataire"), serial(keyed(who, "t"), "T-99999")),
            (tr(lg, "Demand no.", "Rechnungs-Nr.", "Avis n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "DEMAND FOR RENT AND CHARGES",
            "MIETRECHNUNG GEWERBEEINHEIT",
            "AVIS D'ÉCHÉANCE - LOCAUX D'ACTIVITÉ",
        ),
        3,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Locaux')}: {unit}, {centre_row()[2]}",
        s.size - 0.5,
    )
    if lg == "en":
        quarter = {3: "Lady Day", 6: "Midsummer", 9: "Michaelmas", 12: "Christmas"}.get(
            q0.month, "next"
        )
        period = f"{short(q0, lg)} - {short(add_months(q0, 3) - timedelta(days=1), lg)}"
        rows = [
            ["Rent (quarter in advance)", period, rent * 3],
            ["Estate service charge on account", period, rent * 0.31],
            ["Insurance rent", period, rent * 0.12],
        ]
        if rng.random() < 0.3:
            rows.append(
                [f"Service charge balancing {q0.year - 1}", "", rent * rng.uniform(-0.1, 0.25)]
            )
        caption_note = f"Payable in advance on the {quarter} quarter day."
    else:
        period = f"{tr(lg, '', 'Monat', 'Période')} {short(q0, lg)[3:]}" + (
            f" - {short(add_months(q0, step) - timedelta(days=1), lg)[3:]}" if step > 1 else ""
        )
        rows = [
            [tr(lg, "", "Nettokaltmiete Halle", "Loyer HT"), period, rent * step],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision sur charges"),
                period,
                rent * 0.22 * step,
            ],
        ]
        if lg == "fr":
            rows.append(["Refacturation taxe foncière (quote-part)", str(q0.year), rent * 0.35])
        caption_note = tr(lg, "", "Fällig zum 3. Werktag.", "Terme payable d'avance.")
    cols = cols_of(m, w - m, [(3.2, "left"), (2.2, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[a, b, money(c, lg)] for a, b, c in rows],
        s,
        rules=True,
    )
    net = round(sum(c for _, _, c in rows), 2)
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        label=tr(lg, "VAT 20% (option to tax)", "USt. 19 % (Option § 9 UStG)", "TVA 20 %"),
    )
    write(
        f,
        s,
        caption_note
        + " "
        + tr(
            lg,
            "Please quote the tenant reference with your payment.",
            "Bitte Mieternummer angeben.",
            "Merci de rappeler la référence locataire.",
        ),
        s.size - 1,
    )
    if f.y < hh - 190:
        y = hh - m - 130
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Überweisungsträger / Zahlungsavis",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            f.page,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "Tenant", "Mieter", "Locataire"), centre_row()[0]),
                (tr(lg, "Demand", "Rechnung", "Avis"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net * (1 + vat_rate(lg) / 100), lg)),
                (tr(lg, "Due", "Fällig", "Échéance"), short(q0, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.3)
    if rng.random() < 0.3:
        g = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Kontoauszug', 'Relevé')}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Tenant statement of account",
                "Mieterkonto - offene Posten",
                "Relevé de compte locataire",
            ),
            2,
        )
        c2 = cols_of(
            m, w - m, [(1.1, "left"), (3, "left"), (1, "right"), (1, "right"), (1.1, "right")]
        )
        bal = 0.0
        rows2 = []
        dd = add_months(q0, -step * rng.randint(3, 6))
        while dd <= q0:
            amt = net * (1 + vat_rate(lg) / 100)
            bal += amt
            rows2.append(
                [
                    short(dd, lg),
                    tr(lg, "Demand", "Sollstellung", "Appel"),
                    money(amt, lg),
                    "",
                    money(bal, lg),
                ]
            )
            if dd < q0 and rng.random() < 0.9:
                bal -= amt
                rows2.append(
                    [
                        short(dd + timedelta(days=rng.randint(0, 9)), lg),
                        tr(lg, "Receipt - thank you", "Zahlung", "Règlement"),
                        "",
                        money(amt, lg),
                        money(bal, lg),
                    ]
                )
            dd = add_months(dd, step)
        table(
            g,
            c2,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Item", "Buchung", "Libellé"),
                tr(lg, "Debit", "Soll", "Débit"),
                tr(lg, "Credit", "Haben", "Crédit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            rows2,
            s,
            rules=True,
        )
        pages += close(g.pages, s, h, numbers="none")
    remember(d, (h.name, q0))
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: the summary page (takings by card
    scheme, charges, settlement), then the daily settlement table over pages with the
    account in the running header, numbered "Page i of n", and the charges breakdown; two
    terminals (front desk and café) as separate outlets now and then."""
    h = head_of(who, "cards")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    mo = add_months(month(), -1)
    d = add_months(mo, 1) + timedelta(days=rng.randint(2, 8))
    mid = serial(keyed(who, "mid"), "999999999")
    title = tr(lg, "Merchant statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(s, h, f"{h.name} - {title} - MID {mid} - {MONTH_NAMES[lg][mo.month - 1]} {mo.year}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            ("MID", mid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}"),
        ],
    )
    caption(f, s, title, 4)
    outlets = [tr(lg, "Front desk", "Kasse Theke", "Accueil")] + (
        [tr(lg, "Café", "Café", "Bar")] if rng.random() < 0.5 else []
    )
    days = (add_months(mo, 1) - mo).days
    daily = []
    for k in range(days):
        dd = mo + timedelta(days=k)
        for o in outlets:
            base = (2400 if dd.weekday() >= 5 else 1300) * (0.35 if o != outlets[0] else 1)
            n = int(base / rng.uniform(11, 18))
            gross = round(base * rng.uniform(0.7, 1.3), 2)
            daily.append((dd, o, n, gross))
    gross_total = sum(t[3] for t in daily)
    schemes = [
        ("Visa Debit", 0.45),
        ("Mastercard Debit", 0.22),
        ("Visa Credit", 0.12),
        ("Mastercard Credit", 0.1),
        ("Amex", 0.03),
        (tr(lg, "Contactless (all)", "girocard", "CB"), 0.08),
    ]
    cols = cols_of(
        m, w - m, [(3, "left"), (1, "right"), (1.4, "right"), (1, "right"), (1.2, "right")]
    )
    rows = []
    fees = 0.0
    for nm, share in schemes:
        v = gross_total * share
        rate = rng.choice([0.29, 0.35, 0.49, 0.99, 1.5, 2.2])
        fee = v * rate / 100
        fees += fee
        rows.append(
            [
                nm,
                str(int(len(daily) * 60 * share)),
                money(v, lg),
                f"{money(rate, lg)} %",
                money(fee, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Card scheme", "Kartenart", "Réseau"),
            tr(lg, "Trans.", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Disagio", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        rows,
        s,
        rules=True,
    )
    terminal = rng.choice([14.95, 19.0, 24.5]) * len(outlets)
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y + 8,
        [
            (
                tr(lg, "Total card takings", "Umsatz gesamt", "Total encaissé"),
                cash(gross_total, lg),
            ),
            (
                tr(lg, "Transaction charges", "Transaktionsentgelte", "Commissions"),
                "-" + cash(fees, lg),
            ),
            (tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"), "-" + cash(terminal, lg)),
            (
                tr(lg, "Net settled", "Gutschrift netto", "Net crédité"),
                cash(gross_total - fees - terminal, lg),
            ),
        ],
        w - m,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Charges are collected by direct debit on the 5th working day. This is not a VAT "
            "invoice.",
            "Die Entgelte werden zum 5. Bankarbeitstag per Lastschrift eingezogen.",
            "Les frais sont prélevés le 5e jour ouvré.",
        ),
        7.5,
    )
    f.new_page()
    caption(f, s, tr(lg, "Daily settlements", "Tägliche Gutschriften", "Remises journalières"), 1)
    c2 = cols_of(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.4, "left"),
            (0.8, "right"),
            (1.2, "right"),
            (1, "right"),
            (1.2, "right"),
            (1.2, "left"),
        ],
    )
    rows2 = []
    for dd, o, n, g in daily:
        fee = g * fees / gross_total
        rows2.append(
            [
                short(dd, lg),
                o,
                str(n),
                money(g, lg),
                money(fee, lg),
                money(g - fee, lg),
                short(dd + timedelta(days=rng.choice([1, 1, 2, 3])), lg),
            ]
        )
    table(
        f,
        c2,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Outlet", "Terminal", "Point de vente"),
            "#",
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid", "Gutschrift", "Crédité le"),
        ],
        rows2,
        s,
        size=7.5,
        step=1.5,
    )
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d)
    return pages


def tpl_software_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The membership software company's monthly statement: its invoice for the licence,
    the per-check-in fees and the text message bundle, and behind it the direct debit
    collection report of the members' monthly fees (collected, failed with the reason,
    retried), a landscape table now and then, and the payout to the centre's account."""
    h = head_of(who, "software", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    mo = add_months(month(), -1)
    d = add_months(mo, 1) + timedelta(days=rng.randint(0, 4))
    no = serial(rng, "INV-999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kundenkonto", "Compte"), serial(keyed(who, "acct"), "AA-9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Invoice - monthly subscription",
            "Rechnung - Monatsabo",
            "Facture - abonnement mensuel",
        ),
        2,
    )
    checkins = rng.randint(2500, 9800)
    rows = [
        [
            tr(
                lg,
                "Platform licence (up to 2 sites)",
                "Plattformlizenz (bis 2 Standorte)",
                "Licence plateforme",
            ),
            f"{MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            money(rng.choice([149.0, 189.0, 249.0]), lg),
        ],
        [
            tr(
                lg,
                f"Check-ins ({checkins} x 0.03)",
                f"Check-ins ({checkins} x 0,03)",
                f"Passages ({checkins} x 0,03)",
            ),
            "",
            money(checkins * 0.03, lg),
        ],
        [tr(lg, "SMS bundle 500", "SMS-Paket 500", "Pack SMS 500"), "", money(25.0, lg)]
        if rng.random() < 0.5
        else [
            tr(lg, "Online waiver module", "Modul Online-Anmeldung", "Module inscription en ligne"),
            "",
            money(39.0, lg),
        ],
    ]
    net = sum(
        float(r_[2].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r_[2].replace(",", ""))
        for r_ in rows
    )
    cols = cols_of(m, w - m, [(4, "left"), (1.6, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Leistung", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    abroad = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if abroad else vat_rate(lg),
        note=tr(
            lg,
            "Deducted from your payout - no payment required.",
            "Wird mit der Auszahlung verrechnet.",
            "Déduit de votre versement.",
        ),
    )
    pages = close(f.pages, s, h)
    land = rng.random() < 0.4
    size = landscape(A4) if land else A4
    s2 = style_of(h, size, margin=40, pt=8)
    g = Sheets(
        size,
        size[1] - 46,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{h.name} - "
                + tr(
                    lg,
                    "Direct debit collection report",
                    "Lastschrift-Einzugsbericht",
                    "Rapport des prélèvements",
                )
                + f" - {MONTH_NAMES[lg][mo.month - 1]} {mo.year}",
            )
            + 6
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Direct debit collection report",
            "Lastschrift-Einzugsbericht",
            "Rapport des prélèvements SEPA",
        ),
        2,
    )
    n = rng.randint(30, 110)
    rows2 = []
    tot = 0.0
    failed = 0
    plans = [
        (tr(lg, "Adult monthly", "Erwachsene Monatsabo", "Adulte mensuel"), 52.0),
        (tr(lg, "Concession", "Ermäßigt", "Tarif réduit"), 42.0),
        (tr(lg, "Youth club", "Jugendgruppe", "Club jeunes"), 35.0),
        (tr(lg, "Off-peak", "Vormittag", "Heures creuses"), 38.0),
    ]
    for _ in range(n):
        plan, fee = rng.choice(plans)
        st = rng.choices(
            [
                tr(lg, "Paid", "eingezogen", "payé"),
                tr(
                    lg,
                    "Failed - insufficient funds",
                    "Rücklastschrift - mangelnde Deckung",
                    "Rejet - provision insuffisante",
                ),
                tr(lg, "Cancelled by payer", "Widerspruch", "Opposition"),
                tr(lg, "Retried - paid", "erneut eingezogen", "Représenté - payé"),
            ],
            [0.86, 0.07, 0.03, 0.04],
        )[0]
        if st in (
            "Paid",
            "eingezogen",
            "payé",
            "Retried - paid",
            "erneut eingezogen",
            "Représenté - payé",
        ):
            tot += fee
        else:
            failed += 1
        row = [
            serial(rng, "M99999"),
            f"{rng.choice(FIRSTS[lg] + KIDS[lg])} {rng.choice(LASTS[lg])}",
            plan,
            money(fee, lg),
            st,
        ]
        if land:
            row.insert(3, short(mo + timedelta(days=rng.choice([0, 0, 14])), lg))
        rows2.append(row)
    spec = [(0.9, "left"), (2, "left"), (1.8, "left"), (0.8, "right"), (2.4, "left")]
    heads = [
        tr(lg, "Member", "Mitglied", "Adhérent"),
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Plan", "Tarif", "Formule"),
        tr(lg, "Amount", "Betrag", "Montant"),
        tr(lg, "Status", "Status", "Statut"),
    ]
    if land:
        spec.insert(3, (1, "left"))
        heads.insert(3, tr(lg, "Date", "Datum", "Date"))
    table(g, cols_of(40, size[0] - 40, spec), heads, rows2, s2, rules=False, step=1.55)
    g.need(70)
    g.y += 10
    fee_tot = round(net * (1 + (0 if abroad else vat_rate(lg) / 100)), 2)
    g.y = pairs(
        g.page,
        s2,
        size[0] * 0.5,
        g.y,
        [
            (tr(lg, "Collected", "Eingezogen", "Encaissé"), cash(tot, lg)),
            (
                tr(lg, f"Failed ({failed})", f"Rücklastschriften ({failed})", f"Rejets ({failed})"),
                "-",
            ),
            (
                tr(lg, "Less invoice", "Abzüglich Rechnung", "Moins facture"),
                "-" + cash(fee_tot, lg),
            ),
            (tr(lg, "Payout", "Auszahlung", "Versement"), cash(tot - fee_tot, lg)),
        ],
        size[0] - 40,
    )
    gp = g.pages
    number_pages(gp, s2, "{i}/{n}", "br", bottom=20)
    pages += gp
    remember(d)
    return pages


FHRS = [
    "urgent improvement necessary",
    "major improvement necessary",
    "improvement necessary",
    "generally satisfactory",
    "good",
    "very good",
]


def tpl_hygiene_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's food hygiene inspection of the café: the officer's covering letter with
    the result (a food hygiene rating, a Kontrollergebnis, a niveau d'hygiène), the
    inspection report with the three scored areas or the checklist, the matters to put
    right with dates, and now and then the rating sticker's certificate page."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    insp = some_day(rng) - timedelta(days=rng.randint(3, 12))
    d = insp + timedelta(days=rng.randint(4, 14))
    officer = person(keyed(who, "off"), lg)
    scores = [rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 5, 10]), rng.choice([0, 5, 10, 10])]
    total = sum(scores)
    rating = 5 if total <= 15 else 4 if total <= 20 else 3 if total <= 30 else 2
    ref = serial(rng, keyed(who, "r").choice(["FH/99999", "LMÜ-99-999", "2025-99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                "Food business operator - café",
                "Lebensmittelunternehmer - Café",
                "Exploitant - espace bar",
            )
        ),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Inspecteur"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Food hygiene inspection on {short(insp, lg)}",
            f"Lebensmittelkontrolle am {short(insp, lg)}",
            f"Inspection sanitaire du {short(insp, lg)}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    level = tr(
        lg,
        "",
        "",
        ["Très satisfaisant", "Satisfaisant", "À améliorer", "À corriger de manière urgente"][
            max(0, 5 - rating)
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your co-operation during my visit to the café at the climbing centre. "
            f"Your food hygiene rating is {rating} "
            f"({FHRS[rating]}). You have a right of appeal within 21 days and a right to "
            "request a re-visit once the matters below have been put right.",
            "bei der Kontrolle Ihres Cafébetriebs wurden die unten aufgeführten Mängel "
            "festgestellt. Wir bitten um Beseitigung innerhalb der genannten Fristen. Eine "
            "Nachkontrolle ist gebührenpflichtig.",
            "Suite au contrôle officiel réalisé dans votre établissement, le niveau d'hygiène "
            f"attribué est : {level}. Ce résultat sera publié sur le site Alim'confiance pendant "
            "un an.",
        ),
    )
    write(f, s, prose(rng, lg, "food", 1, 2))
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environmental Health Officer",
            "Lebensmittelkontrolleur/in",
            "Inspecteur de la santé publique vétérinaire",
        ),
    )
    pages = close(f.pages, s, h, numbers="none")
    g = sheets(
        s, h, f"{tr(lg, 'Inspection report', 'Kontrollbericht', 'Rapport d inspection')} {ref}"
    )
    caption(
        g,
        s,
        tr(
            lg,
            "Food Hygiene Inspection Report",
            "Kontrollbericht Lebensmittelüberwachung",
            "Rapport d'inspection",
        ),
        2,
    )
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (
                tr(lg, "Premises", "Betrieb", "Établissement"),
                f"{centre_row()[0]} - {tr(lg, 'café', 'Café', 'bar')}",
            ),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(insp, lg)} {rng.randint(9, 15)}:{rng.choice(['00', '30', '45'])}",
            ),
            (
                tr(lg, "Type", "Anlass", "Motif"),
                rng.choice(
                    tr(
                        lg,
                        "Programmed|Revisit|Complaint",
                        "Regelkontrolle|Nachkontrolle|Beschwerde",
                        "Programmé|Recontrôle|Plainte",
                    ).split("|")
                ),
            ),
            (tr(lg, "Person seen", "Anwesend", "Personne rencontrée"), crew("cafe")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = cols_of(m, w - m, [(4, "left"), (1, "right"), (3, "left")])
    areas = [
        tr(lg, "Hygienic food handling", "Hygienische Arbeitsweise", "Hygiène des manipulations"),
        tr(
            lg,
            "Cleanliness and condition of facilities",
            "Bauliche Beschaffenheit und Reinigung",
            "Locaux et nettoyage",
        ),
        tr(lg, "Management of food safety", "Eigenkontrollen / HACCP", "Maîtrise sanitaire / PMS"),
    ]
    table(
        g,
        cols,
        [
            tr(lg, "Area", "Bereich", "Domaine"),
            tr(lg, "Score", "Punkte", "Note"),
            tr(lg, "Comment", "Feststellung", "Observation"),
        ],
        [[a, str(sc), words(rng, lg, "food", 5)[:-1]] for a, sc in zip(areas, scores, strict=True)],
        s,
        rules=True,
    )
    g.heading(
        m,
        tr(lg, "Matters requiring attention", "Festgestellte Mängel", "Non-conformités"),
        s.bold,
        s.size + 1,
    )
    for k in range(rng.randint(1, 5)):
        g.para(
            m,
            w - 2 * m,
            f"{k + 1}. "
            + words(rng, lg, "food", rng.randint(10, 22))
            + f" {tr(lg, 'By', 'Frist', 'Délai')}: "
            f"{short(d + timedelta(days=rng.choice([7, 14, 28])), lg)}",
            s.font,
            s.size - 0.5,
        )
    g.need(60)
    g.y += 20
    sign_line(g.page, m, g.y, 180, officer, officer, s)
    sign_line(
        g.page,
        w / 2,
        g.y,
        180,
        tr(lg, "Received by", "Kenntnis genommen", "Reçu par"),
        crew("cafe") if rng.random() < 0.6 else "",
        s,
    )
    pages += close(
        g.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    if lg == "en" and rng.random() < 0.3:
        c = Page(A5)
        cw_, ch = A5
        c.rect(16, 16, cw_ - 32, ch - 32)
        c.text(cw_ / 2, 60, "FOOD HYGIENE RATING", "Helvetica-Bold", 16, "center")
        for k in range(6):
            ring(c, 60 + k * 60, 150, 22, 24)
            c.text(60 + k * 60, 157, str(k), "Helvetica-Bold", 18 if k == rating else 12, "center")
            if k == rating:
                ring(c, 60 + k * 60, 150, 26, 24)
        c.text(
            cw_ / 2,
            220,
            [
                "URGENT IMPROVEMENT NECESSARY",
                "MAJOR IMPROVEMENT NECESSARY",
                "IMPROVEMENT NECESSARY",
                "GENERALLY SATISFACTORY",
                "GOOD",
                "VERY GOOD",
            ][rating],
            "Helvetica-Bold",
            12,
            "center",
        )
        c.text(
            cw_ / 2, 260, fit(centre_row()[0], "Helvetica", 10, cw_ - 60), "Helvetica", 10, "center"
        )
        c.text(
            cw_ / 2,
            280,
            f"{tr(lg, 'Date of inspection', '', '')}: {short(insp, lg)}",
            "Helvetica",
            9,
            "center",
        )
        c.text(cw_ / 2, ch - 50, fit(h.name, "Helvetica", 8, cw_ - 60), "Helvetica", 8, "center")
        pages.append(c)
    remember(d)
    return pages


CAFE_ITEMS = {
    "en": [
        ("Espresso blend 1 kg", 19.5),
        ("Decaf Swiss water 1 kg", 23.0),
        ("Oat milk barista 1 L x 6", 13.2),
        ("Semi-skimmed milk 2 pt", 1.35),
        ("Whole milk 4 pt", 2.2),
        ("Flapjack tray (16)", 18.0),
        ("Brownie tray (20)", 24.0),
        ("Sourdough loaf", 3.4),
        ("Croissants (12)", 9.6),
        ("Banana bread loaf", 11.0),
    ],
    "de": [
        ("Espresso Haus-Mischung 1 kg", 21.0),
        ("Entkoffeiniert 1 kg", 24.5),
        ("Haferdrink Barista 1 l x 6", 14.4),
        ("Vollmilch 3,8 % 1 l", 1.29),
        ("Bio-Vollmilch 10 l Kanne", 12.9),
        ("Brownies Blech", 26.0),
        ("Laugenbrezeln (10)", 6.5),
        ("Dinkelbrot 1 kg", 4.6),
        ("Müsliriegel (24)", 19.0),
        ("Bananenbrot", 10.5),
    ],
    "fr": [
        ("Café en grains mélange maison 1 kg", 20.5),
        ("Décaféiné 1 kg", 23.5),
        ("Boisson avoine barista 1 L x 6", 13.8),
        ("Lait demi-écrémé 1 L", 1.1),
        ("Lait entier bio 1 L", 1.45),
        ("Cookies (20)", 16.0),
        ("Pain de campagne", 3.9),
        ("Croissants (12)", 10.8),
        ("Barres de céréales (24)", 18.5),
        ("Cake banane", 11.5),
    ],
}


def tpl_cafe_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A café supplier's invoice: the roaster's A4 invoice with the coffee and the grinder
    service, the dairy's or bakery's weekly delivery invoice on a narrow slip or A5 with the
    days and the driver's initials; the lower VAT rate on food; the café lead's initials."""
    h = head_of(who, "cafe")
    lg = h.lang
    kind = keyed(who, "kind").choice(["slip", "a5", "a4"])
    size = {"slip": SLIP, "a5": A5, "a4": A4}[kind]
    s = style_of(
        h,
        size,
        margin=18 if kind == "slip" else 34 if kind == "a5" else 0,
        pt=7.5 if kind == "slip" else 8.5 if kind == "a5" else 0,
    )
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("cafe_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=7)
    else:
        d = some_day(rng)
    no = serial(rng, keyed(who, "no").choice(["99999", "R-99999", "F2025-9999"]))
    trade = [r_[0] for r_ in SENDERS["cafe"][lg]].index(h.name)  # roaster, dairy, bakery
    stock = CAFE_ITEMS[lg][[0, 2, 5][trade] : [3, 5, 10][trade]]
    items = rng.sample(stock, rng.randint(min(2, len(stock)), len(stock)))
    food_rate = {"en": 0.0, "de": 7.0, "fr": 5.5}[lg]
    if kind == "slip":
        p = Page(size)
        y = 26.0
        p.text(w / 2, y, fit(h.name, s.bold, 10, w - 2 * m), s.bold, 10, "center")
        y += 10
        p.text(
            w / 2, y, fit(f"{h.street}, {h.town}", s.font, 6.5, w - 2 * m), s.font, 6.5, "center"
        )
        y += 16
        p.text(m, y, f"{tr(lg, 'INVOICE', 'RECHNUNG', 'FACTURE')} {no}", s.bold, 8.5)
        y += 11
        p.text(
            m,
            y,
            f"{short(d, lg)}  {tr(lg, 'Drop', 'Tour', 'Tournée')} {rng.randint(1, 9)}",
            s.font,
            7.5,
        )
        y += 11
        p.text(m, y, fit(centre_row()[0], s.font, 7.5, w - 2 * m), s.font, 7.5)
        y += 14
        p.line(m, y - 8, w - m, y - 8)
        net = 0.0
        for name, price in items:
            q = rng.randint(1, 12)
            p.text(m, y, fit(f"{q} x {name}", s.font, 7.5, w - 2 * m - 45), s.font, 7.5)
            p.text(w - m, y, money(q * price, lg), s.font, 7.5, "right")
            net += q * price
            y += 10
        p.line(m, y - 6, w - m, y - 6)
        y += 4
        p.text(m, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 8.5)
        p.text(w - m, y, cash(net * (1 + food_rate / 100), lg), s.bold, 8.5, "right")
        y += 11
        if food_rate:
            p.text(
                m,
                y,
                f"{tr(lg, '', 'inkl. USt.', 'dont TVA')} {money(food_rate, lg)} %: "
                f"{money(net * food_rate / 100, lg)}",
                s.font,
                6.5,
            )
            y += 10
        p.text(
            m,
            y,
            tr(
                lg,
                "Monthly account - do not pay driver",
                "Zahlung per Lastschrift",
                "Règlement sur relevé mensuel",
            ),
            s.font,
            6.5,
        )
        y += 26
        p.text(m, y, tr(lg, "Received:", "Erhalten:", "Reçu :"), s.font, 7)
        hand(p, m + 45, y, "".join(t[0] for t in crew("cafe").split()), 10)
        pages = [p]
    else:
        f = sheets(s, h, f"{h.name} - {no}")
        recipient(
            f,
            s,
            h,
            centre_lines(tr(lg, "Café", "Café", "Bar")),
            d,
            [(tr(lg, "Invoice", "Rechnung", "Facture"), no)],
        )
        caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
        cols = cols_of(m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
        rows = []
        net = 0.0
        for name, price in items:
            q = rng.randint(1, 10)
            rows.append([name, str(q), money(price, lg), money(q * price, lg)])
            net += q * price
        if trade == 0 and rng.random() < 0.3:
            rows.append(
                [
                    tr(
                        lg,
                        "Grinder service (burrs replaced)",
                        "Mühlenwartung (Mahlscheiben)",
                        "Entretien moulin",
                    ),
                    "1",
                    money(65.0, lg),
                    money(65.0, lg),
                ]
            )
            net += 65.0
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "P.U."),
                tr(lg, "Total", "Gesamt", "Total"),
            ],
            rows,
            s,
            rules=True,
        )
        totals(
            f,
            s,
            lg,
            round(net, 2),
            food_rate,
            note=tr(
                lg,
                "Zero-rated food. Terms: 14 days.",
                "Zahlbar innerhalb 10 Tagen.",
                "Paiement à réception.",
            ),
        )
        pages = close(f.pages, s, h, numbers="none")
        if rng.random() < 0.4:
            hand(pages[0], m, hh - 40, f"{''.join(t[0] for t in crew('cafe').split())} - ok", 10)
    remember(d, (h.name, d))
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or the next of a run can take it up."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "member_signup": tpl_member_signup,
    "setting_log": tpl_setting_log,
    "wall_inspection": tpl_wall_inspection,
    "delivery_note": tpl_delivery_note,
    "hold_invoice": tpl_hold_invoice,
    "autobelay_cert": tpl_autobelay_cert,
    "ppe_register": tpl_ppe_register,
    "group_booking": tpl_group_booking,
    "parental_consent": tpl_parental_consent,
    "comp_entry": tpl_comp_entry,
    "comp_results": tpl_comp_results,
    "instructor_cert": tpl_instructor_cert,
    "first_aid_cert": tpl_first_aid_cert,
    "accident_report": tpl_accident_report,
    "insurance_schedule": tpl_insurance_schedule,
    "rent_demand": tpl_rent_demand,
    "card_statement": tpl_card_statement,
    "software_statement": tpl_software_statement,
    "hygiene_inspection": tpl_hygiene_inspection,
    "cafe_invoice": tpl_cafe_invoice,
}
TEMPLATES_SSSS: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "member_signup",
    "parental_consent",
    "comp_entry",
    "autobelay_cert",
    "first_aid_cert",
    "cafe_invoice",
    "wall_inspection",
    "rent_demand",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "delivery_note": "hold_invoice",
    "group_booking": "parental_consent",
    "comp_entry": "comp_results",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cloche_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
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
        rng, TEMPLATES_SSSS, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cloche_stream, "templates SSSS")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

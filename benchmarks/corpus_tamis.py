"""Tamis part of the generated corpus: templates WWWWW, written blind for the next measurement.

A part of its own, ``tamis``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a hot air
balloon flight operator feeds through its scanner in a month. The operator (in England, Germany
or France) sells passenger flights and corporate banner flights with a fleet of three or four
passenger balloons; it has a managing director who is also the chief pilot, two commercial
pilots, a crew chief and a booking office. Its pile holds: the booking office's flight booking
confirmations (the flight fields in a table, the passengers, the flight line to ring, an "on the
day" information page and now and then a directions page with a sketch map of the meeting
point); passengers' weight and medical declarations on the operator's form filled in by hand
(A5 for one passenger, A4 with a table for a group, yes/no health questions, the landing
position acknowledgement, a parent's signature for children, the pilot's office box); office
copies of gift vouchers on DL or landscape A5 cards with a decorative frame, a code128 code
and a PAID stamp, now and then the voucher conditions printed on the back; weather cancellation
letters with the dates on offer and a tear-off rebooking slip; the aviation authority's letters
(Civil Aviation Authority, Luftfahrt-Bundesamt or a Land aviation authority, DSAC): the air
operator certificate or the acknowledgement of the operator's declaration with the certificate
page and the operations specifications on a landscape page, a fee note, the German
Rechtsbehelfsbelehrung or the French voies et délais de recours; the balloon workshop's annual
envelope inspection reports (fabric porosity and grab test readings per panel on a landscape
page, the checklist, the repair sketch of the gores, the certificate of release to service with
its stamp) and the burner, basket and fuel cylinder inspection reports with the cylinder table
and now and then the workshop invoice stapled behind; propane suppliers' invoices for the bulk
tank with the tank gauge readings and now and then the driver's delivery note on landscape A5;
the launch site agreements with landowners (parties, fields, fee, numbered conditions, a sketch
plan of the fields and a signature page); landowners' crop damage claims (a handwritten note on
A5 or a typed letter, now and then the photos printed behind); the operator's compensation
letters with the landowner's receipt and discharge form; the retrieve vehicle lease invoices
with a vehicle schedule now and then; fuel card statements with the summary page and the
transactions on landscape pages; the insurance broker's schedule for passengers and third party
(a covering letter, the schedule with the balloons, the passenger liability per seat, and one
certificate of insurance per balloon to carry on board); the pilots' flight manifests and load
calculations filled in by hand (met, load, passengers, fuel, landing field, landowner
contacted); corporate clients' banner flight orders with the artwork approval page and the
client's purchase terms now and then; examiners' operator proficiency check reports for the
pilots with a copy of the licence page behind now and then; balloon fiesta organisers'
invitations with the programme on a landscape page and the pilot entry form; experience gift
companies' remittance advices with the list of redeemed vouchers; and the radio licences for
the balloons' portable airband sets (Ofcom, Bundesnetzagentur, ANFR) with the conditions on the
pages behind. Each stream is one operator's pile: the operator (country, name, base, fleet,
pilots, month) is drawn once per stream; its outside senders are of the operator's country and
write in its language, except that balloon workshops, corporate clients and fiesta organisers
are now and then from abroad and write in their own. Page sizes range from DL voucher cards and
A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
information and directions pages of a booking confirmation; the conditions on the back of a
voucher copy; the rebooking slip of a cancellation letter; the certificate, operations
specifications, fee note and legal notice enclosed with the authority's letter; the test
readings, checklist, repair sketch and release certificate of an envelope inspection report; the
workshop invoice stapled behind a burner inspection report; the delivery note behind a propane
invoice; the plan and signature page of a launch site agreement; the photos behind a crop damage
claim; the discharge form of a compensation letter; the vehicle schedule of a lease invoice;
every page of a fuel card statement; the covering letter, schedule and certificates of an
insurance schedule; the artwork page and terms of a banner flight order; the licence copy behind
a proficiency check; the programme and entry form of a fiesta invitation; the conditions pages
of a radio licence. Related papers are documents of their own: the passenger's declaration after
the booking confirmation, the new booking confirmation after a cancellation letter, the
landowner's claim after the flight manifest of the landing, the compensation letter after the
claim, the burner inspection after the envelope inspection of the same balloon; and so is each
declaration, voucher, letter, invoice, manifest, check and licence of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: passengers' declarations for one
flight, voucher copies, cancellation letters for one cancelled flight, booking confirmations,
propane invoices, vehicle lease invoices, flight manifests, proficiency checks and radio
licences often come 2-4 in a row from one sender with other names, dates, numbers and amounts;
and companions: each related paper above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "tamis"`` and seeds offset by 12_600_000.

Usage: ``python benchmarks/corpus_tamis.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tamis/tamis_{born_digital,scanned}_NNNNNNNN.{pdf,json}``.
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

PART = "tamis"
SEED_OFFSET = 12_600_000

MM = 72 / 25.4
DL = (210 * MM, 99 * MM)  # a DL card, landscape
SLIP = (80 * MM, 170 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the operator and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OPERATORS: dict[str, list[Row]] = {
    "en": [
        ("Cloudhopper Balloon Flights Ltd", "Lower Weston Yard", "Bath BA1 3EN", "01225 483 920"),
        ("Skybound Ballooning Ltd", "Nidd Bank Farm", "Knaresborough HG5 9JP", "01423 868 114"),
        ("Wrekin Balloon Company", "Unit 4, Hortonwood 30", "Telford TF1 7YE", "01952 670 351"),
    ],
    "de": [
        (
            "Ballonfahrten Himmelsstürmer GmbH",
            "Am Flugplatz 12",
            "87700 Memmingen",
            "08331 96 40 8",
        ),
        ("Münsterland Ballonsport GmbH", "Dülmener Straße 41", "48653 Coesfeld", "02541 88 27 0"),
        ("Neckar-Ballon Luftfahrt GmbH", "Hechinger Straße 203", "72072 Tübingen", "07071 55 93 1"),
    ],
    "fr": [
        (
            "Montgolfières du Val de Loire SARL",
            "12 route de Chenonceaux",
            "37400 Amboise",
            "02 47 30 18 55",
        ),
        (
            "Bourgogne Aérostat SAS",
            "5 rue du Faubourg Bretonnière",
            "21200 Beaune",
            "03 80 22 61 04",
        ),
        ("Alsace Ballons Évasion", "18 route du Vin", "68000 Colmar", "03 89 41 72 90"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "authority": {
        "en": [
            (
                "Civil Aviation Authority - General Aviation Unit",
                "Aviation House, Beehive Ringroad",
                "Crawley RH6 0YR",
                "0330 022 1500",
            ),
        ],
        "de": [
            (
                "Luftfahrt-Bundesamt - Abteilung Flugbetrieb",
                "Hermann-Blenk-Straße 26",
                "38108 Braunschweig",
                "0531 23 55 0",
            ),
            (
                "Regierung von Schwaben - Luftamt Südbayern",
                "Fronhof 10",
                "86152 Augsburg",
                "",
            ),
            (
                "Bezirksregierung Münster - Dezernat 26 Luftverkehr",
                "Domplatz 1-3",
                "48143 Münster",
                "",
            ),
        ],
        "fr": [
            (
                "DSAC Centre-Est - Direction de la sécurité de l'aviation civile",
                "Aéroport de Lyon-Saint Exupéry",
                "69125 Lyon-Saint-Exupéry",
                "",
            ),
            (
                "DSAC Nord-Est - Direction de la sécurité de l'aviation civile",
                "Aéroport de Strasbourg-Entzheim",
                "67836 Tanneries Cedex",
                "",
            ),
        ],
    },
    "workshop": {
        "en": [
            (
                "Avon Envelope Services Ltd",
                "Unit 9, Bedminster Trading Estate",
                "Bristol BS3 4AG",
                "",
            ),
            ("Pennine Balloon Engineering", "Moorside Mill", "Keighley BD21 4PQ", "01535 600 212"),
        ],
        "de": [
            ("Ballonwerkstatt Reindl GmbH", "Gewerbering 7", "87616 Marktoberdorf", "08342 41 09"),
            ("Ballon-Technik Nord", "Flugplatzstraße 3", "27777 Ganderkesee", ""),
        ],
        "fr": [
            ("Atelier Aérostat Service", "ZA des Grands Champs", "89100 Sens", "03 86 65 44 12"),
            ("Montgolfière Maintenance Sud", "Chemin de la Plaine", "26200 Montélimar", ""),
        ],
    },
    "gas": {
        "en": [
            ("Wessex Propane Ltd", "Westbury Depot, Station Road", "Westbury BA13 3JN", ""),
            ("Northgas LPG Ltd", "Thornaby Road", "Stockton-on-Tees TS17 6DP", "0345 601 8877"),
        ],
        "de": [
            ("Allgäuer Flüssiggas GmbH", "Kemptener Straße 88", "87435 Kempten", "0831 57 11 0"),
            ("Westfalen-Propan Vertrieb KG", "Industrieweg 15", "48155 Münster", ""),
        ],
        "fr": [
            ("Propagaz Distribution SAS", "ZI Nord, rue des Forges", "37100 Tours", ""),
            ("Gaz Est Citernes", "2 rue de l'Industrie", "68190 Ensisheim", "03 89 26 18 00"),
        ],
    },
    "lease": {
        "en": [
            ("Northbridge Vehicle Leasing Ltd", "Cobalt Business Park", "Newcastle NE27 0QQ", ""),
            ("Marlow Commercial Hire Ltd", "Globe Park", "Marlow SL7 1YL", "01628 480 700"),
        ],
        "de": [
            ("AutoLeasing Süd GmbH", "Landsberger Straße 300", "80687 München", ""),
            ("Nutzfahrzeug-Leasing Westfalen GmbH", "Hafenweg 24", "48155 Münster", ""),
        ],
        "fr": [
            ("Loca-Utilitaires SAS", "45 avenue de la Libération", "45000 Orléans", ""),
            ("Flotte Pro Location", "3 rue Jean Monnet", "67200 Strasbourg", "03 88 10 25 60"),
        ],
    },
    "fuelcard": {
        "en": [
            ("FleetFuel Card Services", "PO Box 4021", "Milton Keynes MK1 9DB", "0344 800 7312")
        ],
        "de": [("Tankkarten-Service Mitte GmbH", "Mainzer Landstraße 170", "60327 Frankfurt", "")],
        "fr": [("Carte Carbu'Pro", "TSA 60021", "92049 Paris La Défense Cedex", "")],
    },
    "broker": {
        "en": [
            ("Aeros Aviation Insurance Brokers Ltd", "1 Minster Court", "London EC3R 7AA", ""),
            ("Hillcrest Aviation Insurance Services", "The Old Forge", "Cirencester GL7 1US", ""),
        ],
        "de": [
            (
                "Kessler & Co. Luftfahrtversicherungsmakler GmbH",
                "Ballindamm 17",
                "20095 Hamburg",
                "",
            ),
            ("AeroPolice Versicherungskontor", "Flughafenstraße 4", "70629 Stuttgart", ""),
        ],
        "fr": [
            ("Cabinet Aéroassur - Courtage aviation", "8 rue de Berri", "75008 Paris", ""),
            ("Ciel & Garanties SARL", "14 allée de Brienne", "31000 Toulouse", ""),
        ],
    },
    "client": {
        "en": [
            (
                "Harvest Home Building Society",
                "Marketing Dept, Harvest House",
                "Swindon SN1 1HH",
                "",
            ),
            ("Kingsmead Motors Ltd", "London Road", "Bath BA1 6AB", ""),
            ("Dales Brewery Co.", "Brewery Lane", "Masham HG4 4EN", ""),
        ],
        "de": [
            ("Brauerei Sonnenhof GmbH & Co. KG", "Brauhausgasse 2", "87600 Kaufbeuren", ""),
            ("Autohaus Kempermann GmbH", "Borkener Straße 60", "48653 Coesfeld", ""),
            ("Stadtwerke Neckartal GmbH", "Europastraße 8", "72072 Tübingen", ""),
        ],
        "fr": [
            ("Crédit Mutuel Val de Loire - Communication", "10 rue Nationale", "37000 Tours", ""),
            ("Domaine Ravenel Père & Fils", "Route de Savigny", "21200 Beaune", ""),
            ("Hypermarché Rhin-Sud", "Zone commerciale", "68170 Rixheim", ""),
        ],
    },
    "fiesta": {
        "en": [
            ("Severnside Balloon Fiesta", "Fiesta Office, Ashton Court", "Bristol BS41 9JN", ""),
            ("Northern Skies Balloon Meet", "Events Office, The Showground", "York YO23 3NF", ""),
        ],
        "de": [
            ("Montgolfiade Allgäu e.V.", "Postfach 1122", "87435 Kempten", ""),
            ("Ballonfestival Westmünsterland", "Marktplatz 4", "46325 Borken", ""),
        ],
        "fr": [
            (
                "Fiesta des Montgolfières de Touraine",
                "Mairie, place de l'Hôtel de Ville",
                "37000 Tours",
                "",
            ),
            ("Rassemblement Aérostatique des Vosges", "BP 12", "88000 Épinal", ""),
        ],
    },
    "agent": {
        "en": [
            ("Giftbox Experiences Ltd", "Suite 3, Quay House", "Cardiff CF10 5FH", ""),
            ("Red Kite Days Ltd", "12 Market Square", "Witney OX28 6AL", ""),
        ],
        "de": [
            ("Erlebnisreich GmbH", "Schwanthalerstraße 50", "80336 München", ""),
            ("Geschenkidee Abenteuer AG", "Lindenstraße 9", "10969 Berlin", ""),
        ],
        "fr": [
            ("Cadeaux & Sensations SAS", "27 rue de Paradis", "75010 Paris", ""),
            ("Coffret Évasion SA", "Parc de l'Esplanade", "77700 Serris", ""),
        ],
    },
    "radio": {
        "en": [
            (
                "Ofcom - Spectrum Licensing",
                "Riverside House, 2a Southwark Bridge Rd",
                "London SE1 9HA",
                "",
            )
        ],
        "de": [
            (
                "Bundesnetzagentur - Außenstelle Frequenzzuteilung",
                "Canisiusstraße 21",
                "55122 Mainz",
                "",
            )
        ],
        "fr": [
            (
                "Agence nationale des fréquences - Service des licences aéronautiques",
                "78 avenue du Général de Gaulle",
                "94704 Maisons-Alfort Cedex",
                "",
            )
        ],
    },
    "examiner": {
        "en": [
            (
                "Capt. Graham Elsworth - BPL Examiner",
                "Oak Cottage, Chew Road",
                "Winford BS40 8HJ",
                "",
            ),
            ("Susan Pargeter FE(B)", "3 Kiln Lane", "Malton YO17 7HP", "07802 119 430"),
        ],
        "de": [
            ("Bernd Kolbinger - Prüfer BPL", "Wiesenweg 6", "87719 Mindelheim", ""),
            ("Ingrid Hahnemann - Ballonprüferin", "Am Sportplatz 2", "48727 Billerbeck", ""),
        ],
        "fr": [
            ("Jean-Marc Texier - Examinateur BPL", "Le Moulin Neuf", "41400 Montrichard", ""),
            ("Hélène Vautrin - Examinatrice", "6 rue des Vignes", "21190 Meursault", ""),
        ],
    },
}
FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Gemma", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Gemma", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}
FARMERS = {
    "en": [
        ("J. R. Hollis", "Manor Farm"),
        ("Mrs P. Dunmore", "Lower Leaze Farm"),
        ("A. & S. Pickering", "Hill Top Farm"),
        ("Tom Ashworth", "Greystones Farm"),
        ("D. Prothero", "Brook House Farm"),
    ],
    "de": [
        ("Josef Brandner", "Brandnerhof"),
        ("Familie Hölscher", "Hof Hölscher"),
        ("Martin Zeller", "Zellerhof"),
        ("Gertrud Lammers", "Hof Lammers"),
        ("Anton Riedle", "Riedlehof"),
    ],
    "fr": [
        ("GAEC des Trois Chênes", "La Bruyère"),
        ("EARL Vautier", "Ferme de la Motte"),
        ("M. Denis Charpentier", "Les Grands Prés"),
        ("Mme Odile Fournier", "La Croix Blanche"),
        ("SCEA du Bois Joli", "Le Bois Joli"),
    ],
}
ROADS = {
    "en": ["Church Lane", "Station Road", "Mill Lane", "Orchard Close", "High Street", "The Green"],
    "de": ["Bahnhofstraße", "Lindenweg", "Kirchgasse", "Am Anger", "Schulstraße", "Rosenstraße"],
    "fr": [
        "rue de la Gare",
        "allée des Tilleuls",
        "rue du Moulin",
        "place de l'Église",
        "rue Haute",
    ],
}
TOWNS = {
    "en": [
        "Bristol BS6 7QD",
        "Chippenham SN15 3EX",
        "Leeds LS8 2AF",
        "Shrewsbury SY1 2BQ",
        "Frome BA11 1AB",
    ],
    "de": ["86150 Augsburg", "48143 Münster", "70199 Stuttgart", "87439 Kempten", "89073 Ulm"],
    "fr": ["37000 Tours", "21000 Dijon", "68100 Mulhouse", "41000 Blois", "67000 Strasbourg"],
}

TALK = {
    "en": {
        "flight": "flight balloon passengers weather launch site landing pilot crew basket "
        "morning evening forecast wind visibility voucher booking rebooking champagne retrieve",
        "legal": "operator landowner access fields gates livestock crops consent liability "
        "notice agreement damage compensation season conditions insurance indemnity",
        "tech": "envelope fabric panel gore load tape crown ring parachute vent burner valve "
        "cylinder hose pressure basket wicker runner karabiner inspection repair",
        "rules": "operator authority approval declaration manual procedures nominated persons "
        "safety management oversight compliance regulation certificate conditions",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement direct debit",
    },
    "de": {
        "flight": "Ballonfahrt Ballon Passagiere Wetter Startplatz Landung Pilot Team Korb "
        "Morgenfahrt Abendfahrt Vorhersage Wind Sicht Gutschein Buchung Ersatztermin Sekt",
        "legal": "Betreiber Grundstückseigentümer Zufahrt Flächen Tore Weidevieh Kulturen "
        "Zustimmung Haftung Mitteilung Vereinbarung Schaden Entschädigung Saison Bedingungen",
        "tech": "Hülle Gewebe Bahn Segment Lastband Scheitelring Parachute Ventil Brenner "
        "Zylinder Schlauch Druck Korb Weidengeflecht Kufe Karabiner Prüfung Reparatur",
        "rules": "Betreiber Behörde Genehmigung Erklärung Betriebshandbuch Verfahren "
        "verantwortliche Personen Sicherheitsmanagement Aufsicht Verordnung Auflagen",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel Lastschrift",
    },
    "fr": {
        "flight": "vol montgolfière passagers météo décollage terrain atterrissage pilote "
        "équipe nacelle matin soir prévisions vent visibilité bon réservation report",
        "legal": "exploitant propriétaire accès parcelles barrières bétail cultures accord "
        "responsabilité préavis convention dommages indemnisation saison conditions",
        "tech": "enveloppe tissu panneau fuseau sangle couronne parachute soupape brûleur "
        "bouteille flexible pression nacelle osier patin mousqueton visite réparation",
        "rules": "exploitant autorité agrément déclaration manuel procédures responsables "
        "gestion de la sécurité surveillance conformité règlement certificat conditions",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement prélèvement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "flight", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "flight", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The operator of a stream: country, month, fleet, pilots and launch sites
# ---------------------------------------------------------------------------------------------


@dataclass
class Balloon:
    reg: str
    model: str
    volume: str
    seats: int
    serial: str
    year: int
    burner: str


MODELS = [
    ("Cameron Z-350", "350,000 ft³", "9,900 m³", 16, "Cameron Shadow Quad"),
    ("Lindstrand LBL 310A", "310,000 ft³", "8,780 m³", 12, "Lindstrand Jetstream Triple"),
    ("Ultramagic N-425", "425,000 ft³", "12,000 m³", 20, "Ultramagic MK-32 Quad"),
    ("Cameron A-210", "210,000 ft³", "5,950 m³", 8, "Cameron Sirocco Double"),
    ("Kubicek BB70Z", "247,000 ft³", "7,000 m³", 12, "Kubicek Triple"),
    ("Schroeder G 60/24", "212,000 ft³", "6,000 m³", 9, "Schroeder Brenner Doppel"),
]


@dataclass
class Office:
    lang: str = "en"
    row: int = 0
    seed: int = 0
    month: date = date(2025, 5, 1)
    fleet: tuple[Balloon, ...] = ()
    pilots: tuple[str, ...] = ()
    crew: str = ""
    booker: str = ""
    sites: tuple[str, ...] = ()


OFFICE = Office()

#: What the previous document was about (a companion takes up the same flight and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}

SITES = {
    "en": [
        "Royal Victoria Park",
        "Kelston Field",
        "Home Farm, Wellow",
        "Ripley Castle grounds",
        "The Showfield, Farnham",
        "Attingham Park",
        "Bowood Estate",
        "Long Meadow, Norton",
    ],
    "de": [
        "Startplatz Bodenseestraße",
        "Festwiese am Stadion",
        "Flugplatz Nord",
        "Wiese am Baggersee",
        "Startplatz Hofgut Rauns",
        "Sportpark Süd",
        "Freibadwiese",
        "Schlosspark Ost",
    ],
    "fr": [
        "Parc du Château",
        "Terrain de la Varenne",
        "Stade municipal",
        "Prairie des Îles",
        "Domaine de la Bergerie",
        "Aérodrome de Sodobre",
        "Champ de foire",
        "Pré de l'Abbaye",
    ],
}


def lang() -> str:
    return OFFICE.lang


def month() -> date:
    return OFFICE.month


def new_office(r: random.Random) -> None:
    lg = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE.lang = lg
    OFFICE.row = r.randrange(len(OPERATORS[lg]))
    OFFICE.seed = r.getrandbits(24)
    OFFICE.month = date(r.choice([2024, 2025]), r.choice([4, 5, 6, 7, 8, 9, 3, 10]), 1)
    fleet = []
    for m in r.sample(MODELS, r.randint(3, 4)):
        if lg == "en":
            reg = "G-" + serial(r, "AAAA")
        elif lg == "de":
            reg = "D-O" + serial(r, "AAAA")
        else:
            reg = "F-H" + serial(r, "AAA")
        fleet.append(
            Balloon(
                reg=reg,
                model=m[0],
                volume=m[1] if lg == "en" else m[2],
                seats=m[3],
                serial=serial(r, "99999"),
                year=r.randint(2008, 2023),
                burner=m[4],
            )
        )
    OFFICE.fleet = tuple(fleet)
    names = [f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}" for _ in range(5)]
    OFFICE.pilots = tuple(names[:3])
    OFFICE.crew = names[3]
    OFFICE.booker = names[4]
    OFFICE.sites = tuple(r.sample(SITES[lg], 4))
    LAST.update(kind="", day=None, extra=None)


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's operator and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tamis/{key}/{who.name}/{who.street}/{who.city}/{OFFICE.seed}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 45))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def person(rng: random.Random, lg: str) -> str:
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def mx(name: str, lg: str) -> str:
    """``name`` with its title (Mrs/Mr, Frau/Herr, Madame/Monsieur)."""
    female = name.split()[0] in FEMALE
    if lg == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lg == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def home_lines(rng: random.Random, name: str, lg: str) -> list[str]:
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 80)
    return [mx(name, lg), f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])]


def balloon(rng: random.Random) -> Balloon:
    return rng.choice(OFFICE.fleet)


def chief() -> str:
    return OFFICE.pilots[0]


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
TAGLINES = {
    "operator": (
        "Passenger balloon flights - Corporate balloons",
        "Ballonfahrten - Werbeballone",
        "Vols en montgolfière - Montgolfières publicitaires",
    ),
    "workshop": (
        "Balloon maintenance and repair",
        "Ballonwartung und Reparatur",
        "Entretien et réparation d'aérostats",
    ),
    "gas": ("LPG for business", "Flüssiggas für Gewerbe", "Gaz propane professionnel"),
}


def legal_lines(r: random.Random, name: str, town: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "radio", "examiner", "fiesta"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Allgäu", "VR-Bank Westmünsterland", "Kreissparkasse Tübingen"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz {town.split(' ', 1)[-1]} - Amtsgericht "
                f"{r.choice(['Memmingen', 'Coesfeld', 'Stuttgart', 'München', 'Kempten'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['5110Z', '9329Z', '3316Z', '4671Z', '7711B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracommunautaire FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "broker":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


BOXES = {"operator": ["info", "bookings", "fly"], "gas": ["orders", "accounts", "info"]}


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tamis/head/{name}/{OFFICE.seed}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "radio"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "examiner":
        looks = ["plain", "centred"]
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
        foot=legal_lines(r, name, town, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(BOXES.get(role, ['info', 'office', 'accounts']))}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    return make_head(OPERATORS[lang()][OFFICE.row], lang(), "operator")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and operator), of the
    operator's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lg = lang()
    if r.random() < abroad:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return make_head(r.choice(SENDERS[role][lg]), lg, role)


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
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.4, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.55, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
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


def envelope_logo(p: Page, cx: float, cy: float, r: float) -> None:
    """A small balloon outline: a ring, gore lines and a basket."""
    ring(p, cx, cy, r, 28)
    p.line(cx, cy - r, cx, cy + r)
    p.line(cx - r * 0.5, cy - r * 0.86, cx - r * 0.3, cy + r * 0.95)
    p.line(cx + r * 0.5, cy - r * 0.86, cx + r * 0.3, cy + r * 0.95)
    p.line(cx - r * 0.6, cy + r * 0.8, cx - r * 0.2, cy + r * 1.6)
    p.line(cx + r * 0.6, cy + r * 0.8, cx + r * 0.2, cy + r * 1.6)
    p.rect(cx - r * 0.25, cy + r * 1.6, r * 0.5, r * 0.4, fill=0.3)


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
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
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
        if h.role == "operator":
            envelope_logo(p, w / 2, y - 2, 8)
            y += 26
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        if h.role == "operator":
            envelope_logo(p, m + 9, y - 4, 8)
            x0 = m + 26
        else:
            x0 = m
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - x0)
        p.text(x0, y + 4, h.name, h.bold, pt)
        p.text(
            x0, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - x0), italic_of(h.font), 7.5
        )
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


def plain_sheets(s: Style, header: str = "", bottom: float = 0) -> Sheets:
    """Pages without a letterhead (annexes, forms), a running header on each when given."""
    w, hh = s.page_size

    def start(p: Page, n: int) -> float:
        return running_header(p, s, header) + 6 if header else s.margin - 4

    return Sheets((w, hh), hh - (bottom or s.margin), start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [
        t for t in parts if t not in ("Capt", "Mrs", "Mr", "Frau", "Herr", "M", "Mme")
    ] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lg: str, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Ops"],
                        "de": ["Büro", "Buchhaltung", "Flugbetrieb"],
                        "fr": ["Bureau", "Compta", "Exploitation"],
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


def subject(f: Sheets, s: Style, text: str) -> None:
    w, _ = f.size
    for ln in wrap(text, s.bold, s.size, w - 2 * s.margin):
        f.page.text(s.margin, f.y, ln, s.bold, s.size)
        f.y += s.size * 1.35
    f.y += s.size * 0.8


def greet(f: Sheets, s: Style, lg: str, name: str | None) -> None:
    f.page.text(s.margin, f.y, dear(lg, mx(name, lg) if name else None), s.font, s.size)
    f.y += s.size * 2


def regards(f: Sheets, s: Style, lg: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"tamis/staff/{tag}/{h.name}/{OFFICE.seed}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lg: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lg]


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
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
    rng: random.Random,
    s0: Style,
    lg: str,
    title: str,
    heads: list[str],
    topic: str = "legal",
    size: tuple[float, float] | None = None,
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    s = paper(s0, size or s0.page_size, margin=min(s0.margin, 40), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 16) / 2
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(2):
        x = m + c * (cw + 16)
        y = m + 20.0
        while y < hh - m - 50 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 6)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 24:
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
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its label under it, signed by ``name`` when given."""
    if name:
        scrawl(p, x + 4, y - 2, name, 12)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(label, s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates WWWWW: bookings, passengers, vouchers and cancellations
# ---------------------------------------------------------------------------------------------

FLIGHT_TYPES = {
    "en": [
        "Weekday morning flight",
        "Anytime flight",
        "Sunrise flight",
        "Private flight for two",
        "Evening flight",
        "Flexible flight with champagne",
    ],
    "de": [
        "Morgenfahrt (Mo-Fr)",
        "Ballonfahrt flexibel",
        "Sonnenaufgangsfahrt",
        "Exklusivfahrt für zwei",
        "Abendfahrt",
        "Ballonfahrt mit Taufe und Sekt",
    ],
    "fr": [
        "Vol du matin en semaine",
        "Vol toutes dates",
        "Vol au lever du soleil",
        "Vol privatif pour deux",
        "Vol du soir",
        "Vol découverte avec coupe de champagne",
    ],
}


def flight_slot(rng: random.Random, lg: str, d: date) -> tuple[str, str]:
    """A meeting time for a morning or evening flight in the season, and the slot's name."""
    if rng.random() < 0.55:
        return f"{rng.choice([5, 6, 6, 7])}:{rng.choice(['00', '15', '30', '45'])}", tr(
            lg, "Morning", "Morgen", "Matin"
        )
    return f"{rng.choice([17, 18, 19])}:{rng.choice(['00', '30'])}", tr(
        lg, "Evening", "Abend", "Soir"
    )


def booking_ref(rng: random.Random) -> str:
    return serial(rng, rng.choice(["BK-99999", "99999", "B99-9999", "RES-9999"]))


def voucher_no(rng: random.Random) -> str:
    return serial(rng, rng.choice(["V-999999", "GV99999", "9999-9999", "HB-99999"]))


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The booking office's flight confirmation to a passenger: letter with the flight fields,
    the passengers, the flight line; an 'on the day' page; now and then the directions page."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    rebook = after(("cancellation_letter",)) and isinstance(prev, tuple) and len(prev) == 6
    if rebook:
        assert isinstance(prev, tuple)
        name, ref, vno, n_pax = prev[:4]
        d = last_day(rng, ("cancellation_letter",), (2, 10))
    else:
        name = person(rng, lg)
        ref, vno, n_pax = booking_ref(rng), voucher_no(rng), rng.choice([1, 2, 2, 2, 3, 4])
        d = some_day(rng)
    flight = d + timedelta(days=rng.randint(7, 40))
    meet, slot = flight_slot(rng, lg, flight)
    site = rng.choice(OFFICE.sites)
    title = tr(lg, "Booking confirmation", "Buchungsbestätigung", "Confirmation de réservation")
    f = sheets(s, h, f"{h.name} - {title} {ref}")
    recipient(
        f,
        s,
        h,
        home_lines(rng, name, lg),
        d,
        [
            (tr(lg, "Booking ref.", "Buchungsnr.", "Réservation n°"), ref),
            (tr(lg, "Voucher", "Gutschein", "Bon"), vno),
        ],
    )
    subject(
        f,
        s,
        title + (tr(lg, " - new date", " - neuer Termin", " - nouvelle date") if rebook else ""),
    )
    greet(f, s, lg, name)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for booking your balloon flight with us. We are pleased to confirm the "
            "following details:",
            "vielen Dank für Ihre Buchung. Gerne bestätigen wir Ihnen die folgende Ballonfahrt:",
            "Nous vous remercions de votre réservation et avons le plaisir de vous confirmer "
            "le vol "
            "suivant :",
        ),
    )
    ft = rng.choice(FLIGHT_TYPES[lg])
    items = [
        (tr(lg, "Flight date", "Fahrtdatum", "Date du vol"), f"{day(h, flight)} ({slot})"),
        (tr(lg, "Meeting time", "Treffpunkt Uhrzeit", "Heure de rendez-vous"), meet),
        (tr(lg, "Meeting point", "Treffpunkt", "Lieu de rendez-vous"), site),
        (tr(lg, "Flight type", "Fahrtart", "Formule"), ft),
        (tr(lg, "Passengers", "Personen", "Passagers"), str(n_pax)),
    ]
    f.y = fields(f.page, s, m, f.y, w - 2 * m, items[:4], per=2, tall=26, hand=False) + 10
    pax = [name] + [person(rng, lg) for _ in range(n_pax - 1)]
    cols = columns(m, w - m, [(0.4, "left"), (3, "left"), (1.6, "left"), (2, "left")])
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Passenger", "Passagier", "Passager"),
            tr(lg, "Weight stated", "Gewicht lt. Angabe", "Poids déclaré"),
            tr(lg, "Declaration", "Erklärung", "Déclaration"),
        ],
        [
            [
                str(k + 1),
                p_,
                f"{rng.randint(52, 104)} kg"
                if lg != "en" or rng.random() < 0.5
                else f"{rng.randint(8, 16)} st {rng.randint(0, 13)} lb",
                tr(lg, "to bring on the day", "bitte mitbringen", "à apporter"),
            ]
            for k, p_ in enumerate(pax)
        ],
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "All flights depend on the weather. Please ring our flight line after 6 pm the evening "
            f"before (after 5 am for evening flights): {h.phone or '01225 483 921'}. If the flight "
            "cannot go ahead we will rebook you free of charge.",
            "Alle Fahrten sind wetterabhängig. Bitte rufen Sie am Vorabend ab 18 Uhr unsere "
            f"Fahrtansage an: {h.phone or '08331 96 40 9'}. Fällt die Fahrt aus, vereinbaren wir "
            "kostenfrei einen neuen Termin.",
            "Tous les vols dépendent de la météo. Merci d'appeler notre répondeur la veille après "
            f"18 h : {h.phone or '02 47 30 18 56'}. En cas d'annulation, le vol est reporté "
            "sans frais.",
        ),
    )
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "flight", 1, 2))
    regards(
        f, s, lg, OFFICE.booker, tr(lg, "Booking office", "Buchungsbüro", "Service réservations")
    )
    pages = f.pages
    if rng.random() < 0.75:
        g = plain_sheets(s, f"{title} {ref}" if rng.random() < 0.5 else "")
        caption(
            g,
            s,
            tr(
                lg,
                "Your flight day - what to expect",
                "Ihr Fahrttag - gut zu wissen",
                "Le jour du vol - à savoir",
            ),
            3,
            rule=True,
        )
        topics = [
            (
                tr(lg, "What to wear", "Kleidung", "Tenue"),
                tr(
                    lg,
                    "Flat, sturdy shoes and layers; a hat (the burners are warm). No high heels.",
                    "Feste, flache Schuhe, Kleidung nach dem Zwiebelprinzip, eine Mütze. "
                    "Keine Absätze.",
                    "Chaussures plates et fermées, vêtements en couches, un chapeau. Pas de "
                    "talons.",
                ),
            ),
            (
                tr(lg, "How long", "Dauer", "Durée"),
                tr(
                    lg,
                    "Allow 3-4 hours in all; the flight itself lasts about one hour.",
                    "Planen Sie 3-4 Stunden ein, die Fahrt selbst dauert etwa eine Stunde.",
                    "Prévoyez 3 à 4 heures au total ; le vol dure environ une heure.",
                ),
            ),
            (
                tr(lg, "Children", "Kinder", "Enfants"),
                tr(
                    lg,
                    "Minimum height 1.2 m; under 16s fly with an adult.",
                    "Mindestgröße 1,20 m; Kinder unter 14 Jahren nur mit Erwachsenen.",
                    "Taille minimum 1,20 m ; mineurs accompagnés d'un adulte.",
                ),
            ),
            (
                tr(lg, "Health", "Gesundheit", "Santé"),
                tr(
                    lg,
                    "Please read and sign the passenger declaration before the flight.",
                    "Bitte lesen und unterschreiben Sie vor der Fahrt die Passagiererklärung.",
                    "Merci de lire et signer la déclaration passager avant le vol.",
                ),
            ),
            (
                tr(lg, "After landing", "Nach der Landung", "Après l'atterrissage"),
                tr(
                    lg,
                    "Champagne toast and flight certificate, then the retrieve back to the "
                    "launch site.",
                    "Ballonfahrertaufe mit Sekt und Urkunde, danach Rücktransport zum Startplatz.",
                    "Baptême de l'air au champagne et diplôme, puis retour au lieu de décollage.",
                ),
            ),
        ]
        for t, body in topics[: rng.randint(3, 5)]:
            g.heading(m, t, s.bold, s.size + 0.5)
            write(g, s, body + " " + words(rng, lg, "flight"))
        pages = pages + g.pages
        if rng.random() < 0.4:
            pages.append(directions_page(rng, s, lg, site, meet))
    remember(flight, (name, ref, vno, n_pax))
    return close(pages, s, h)


def directions_page(rng: random.Random, s: Style, lg: str, site: str, meet: str) -> Page:
    """A page with a sketch map of the meeting point: roads, a field, an arrow and the
    coordinates."""
    p = Page(s.page_size)
    w, hh = s.page_size
    m = s.margin
    p.text(
        m, m, tr(lg, "How to find us", "Anfahrt zum Treffpunkt", "Plan d'accès"), s.bold, s.size + 4
    )
    p.text(m, m + 18, fit(f"{site} - {meet}", s.font, s.size, w - 2 * m), s.font, s.size)
    x0, y0, mw, mh = m, m + 36, w - 2 * m, hh * 0.45
    p.rect(x0, y0, mw, mh)
    for _ in range(rng.randint(3, 5)):
        if rng.random() < 0.5:
            yy = y0 + rng.uniform(0.1, 0.9) * mh
            p.line(x0, yy, x0 + mw, yy + rng.uniform(-30, 30))
        else:
            xx = x0 + rng.uniform(0.1, 0.9) * mw
            p.line(xx, y0, xx + rng.uniform(-40, 40), y0 + mh)
    fx, fy = x0 + mw * rng.uniform(0.3, 0.6), y0 + mh * rng.uniform(0.3, 0.6)
    p.rect(fx, fy, mw * 0.22, mh * 0.2, fill=0.85)
    p.text(fx + 4, fy + 12, fit(site, s.bold, 7, mw * 0.22 - 8), s.bold, 7)
    p.text(fx + 4, fy + 22, "P", "Helvetica-Bold", 10)
    p.text(x0 + mw - 16, y0 + 16, "N", "Helvetica-Bold", 10)
    p.line(x0 + mw - 13, y0 + 20, x0 + mw - 13, y0 + 40)
    y = y0 + mh + 24
    lat = rng.uniform(46.5, 53.9)
    lon = rng.uniform(-2.8, 10.5)
    for t in [
        f"GPS {lat:.5f}, {lon:.5f}",
        tr(
            lg,
            "Please park on the track by the gate and wait for the crew in the red Land Rover.",
            "Bitte parken Sie am Feldweg und warten Sie auf unser Team am Anhänger.",
            "Merci de vous garer le long du chemin et d'attendre l'équipe près de la remorque.",
        ),
        tr(
            lg,
            "Do not drive onto the field.",
            "Bitte nicht in die Wiese fahren.",
            "Ne pas entrer dans le champ en voiture.",
        ),
    ]:
        y = text_lines(p, s, m, y, w - 2 * m, t)
    return p


def text_lines(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.5


HEALTH_Q = {
    "en": [
        "Are you or could you be pregnant?",
        "Do you have a heart condition or high blood pressure?",
        "Have you had surgery in the last six months?",
        "Do you have back, knee or hip problems?",
        "Do you suffer from epilepsy or fainting?",
        "Do you have any condition affecting balance or mobility?",
        "Are you able to climb into a basket 1.2 m high with help?",
        "Are you able to stand for one hour?",
    ],
    "de": [
        "Besteht eine Schwangerschaft?",
        "Herzerkrankung oder Bluthochdruck?",
        "Operation in den letzten sechs Monaten?",
        "Rücken-, Knie- oder Hüftbeschwerden?",
        "Epilepsie oder Neigung zu Ohnmacht?",
        "Einschränkung von Gleichgewicht oder Beweglichkeit?",
        "Können Sie mit Hilfe in einen 1,20 m hohen Korb steigen?",
        "Können Sie eine Stunde lang stehen?",
    ],
    "fr": [
        "Êtes-vous enceinte ?",
        "Problème cardiaque ou hypertension ?",
        "Opération au cours des six derniers mois ?",
        "Problèmes de dos, de genou ou de hanche ?",
        "Épilepsie ou malaises ?",
        "Troubles de l'équilibre ou de la mobilité ?",
        "Pouvez-vous monter dans une nacelle de 1,20 m avec aide ?",
        "Pouvez-vous rester debout une heure ?",
    ],
}


def tpl_passenger_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """A passenger's weight and medical declaration on the operator's form, filled in by hand:
    A5 for one passenger or A4 with a table for a group; yes/no health questions, landing
    position acknowledgement, signature, the pilot's office box."""
    h = office_head()
    lg = h.lang
    prev = LAST["extra"]
    if (
        after(("booking_confirmation", "passenger_declaration"))
        and isinstance(prev, tuple)
        and len(prev) == 4
    ):
        name, ref, _vno, n_pax = prev
        flight = LAST["day"] if isinstance(LAST["day"], date) else some_day(rng)
        if after(("passenger_declaration",)):
            name, n_pax = person(rng, lg), rng.choice([1, 1, 2, 3])
            ref = booking_ref(rng)
    else:
        name, ref, n_pax = person(rng, lg), booking_ref(rng), rng.choice([1, 1, 2, 3, 4])
        flight = some_day(rng)
    assert isinstance(flight, date)
    group = n_pax > 1 and rng.random() < 0.8
    size = A4 if group or rng.random() < 0.4 else A5
    s = style_of(h, size, margin=34 if size == A5 else 44, pt=8.5 if size == A5 else 9)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h) - 8
    title = tr(
        lg,
        "PASSENGER DECLARATION - WEIGHT AND HEALTH",
        "PASSAGIERERKLÄRUNG - GEWICHT UND GESUNDHEIT",
        "DÉCLARATION PASSAGER - POIDS ET SANTÉ",
    )
    pt = shrink(title, s.bold, 11, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date of flight", "Fahrtdatum", "Date du vol"), short(flight, lg)),
            (tr(lg, "Booking ref.", "Buchungsnr.", "N° réservation"), str(ref)),
            (tr(lg, "Launch site", "Startplatz", "Lieu de décollage"), rng.choice(OFFICE.sites)),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
        per=2,
        tall=22,
    )
    pax = [str(name)] + [person(rng, lg) for _ in range(int(n_pax) - 1)]
    metric = lg != "en" or rng.random() < 0.6
    if group:
        cols = columns(
            m, w - m, [(3, "left"), (1, "right"), (1.3, "right"), (1.2, "right"), (2.4, "left")]
        )
        p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
        heads = [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Weight", "Gewicht", "Poids"),
            tr(lg, "Height", "Größe", "Taille"),
            tr(lg, "Signature", "Unterschrift", "Signature"),
        ]
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y, t, s.bold, 7.5)
        y += 14
        for k in range(max(4, len(pax))):
            p.line(m, y + 5, w - m, y + 5)
            if k < len(pax):
                age = rng.randint(9, 78)
                wt = rng.randint(28, 55) if age < 14 else rng.randint(50, 112)
                hand(p, cols[0][0], y, fit(pax[k], HAND, 8.5, cols[0][1] - cols[0][0]), 8.5)
                hand(p, cols[1][1] - 14, y, str(age), 8.5)
                hand(
                    p, cols[2][1] - 40, y, f"{wt} kg" if metric else f"{wt * 2.2 / 14:.0f} st", 8.5
                )
                hand(
                    p,
                    cols[3][1] - 34,
                    y,
                    f"{rng.randint(125, 195)} cm"
                    if metric
                    else f"{rng.randint(4, 6)}'{rng.randint(0, 11)}",
                    8.5,
                )
                scrawl(p, cols[4][0] + 2, y + 2, pax[k], 10)
            y += 17
        y += 6
    else:
        wt = rng.randint(50, 115)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Full name", "Vor- und Nachname", "Nom et prénom"), pax[0]),
                (tr(lg, "Age", "Alter", "Âge"), str(rng.randint(18, 79))),
                (
                    tr(lg, "Weight (clothed)", "Gewicht (bekleidet)", "Poids (habillé)"),
                    f"{wt} kg" if metric else f"{wt * 2.2 / 14:.0f} st {rng.randint(0, 13)} lb",
                ),
                (tr(lg, "Height", "Größe", "Taille"), f"{rng.randint(150, 195)} cm"),
            ],
            per=2,
            tall=22,
        )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Health questions (tick)",
            "Gesundheitsfragen (bitte ankreuzen)",
            "Questions de santé (cocher)",
        ),
    )
    y += 6
    qs = HEALTH_Q[lg]
    pick = qs if size == A4 else qs[:6]
    for k, q in enumerate(pick):
        p.text(m, y, fit(q, s.font, 8, w - 2 * m - 90), s.font, 8)
        yes = (k >= 6) == (rng.random() < 0.93)
        box(p, w - m - 80, y, yes)
        p.text(w - m - 68, y, yes_no(lg)[0], s.font, 7.5)
        box(p, w - m - 38, y, not yes)
        p.text(w - m - 26, y, yes_no(lg)[1], s.font, 7.5)
        y += 12.5
    y += 6
    decl = tr(
        lg,
        "I confirm that the information above is true. I have been shown the landing position "
        "(knees bent, back to the direction of travel, holding the rope handles) and will follow "
        "the pilot's instructions at all times. I understand that a false weight may prevent the "
        "flight.",
        "Ich bestätige die Richtigkeit meiner Angaben. Die Landeposition (Knie gebeugt, Rücken in "
        "Fahrtrichtung, an den Haltegriffen festhalten) wurde mir erklärt; den Anweisungen des "
        "Piloten werde ich folgen. Falsche Gewichtsangaben können zum Ausschluss von der "
        "Fahrt führen.",
        "Je certifie l'exactitude des informations ci-dessus. La position d'atterrissage (genoux "
        "fléchis, dos au sens de la marche, mains aux poignées) m'a été expliquée et je "
        "suivrai les "
        "consignes du pilote. Une fausse déclaration de poids peut empêcher le vol.",
    )
    y = text_lines(p, s, m, y, w - 2 * m, decl, 7.5)
    y += 18
    scrawl(p, m + 4, y, pax[0], 12)
    p.line(m, y + 3, m + (w - 2 * m) * 0.45, y + 3)
    p.text(m, y + 12, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    hand(p, w / 2 + 10, y, short(flight - timedelta(days=rng.randint(0, 9)), lg), 9)
    p.line(w / 2, y + 3, w - m, y + 3)
    p.text(w / 2, y + 12, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    y += 24
    if rng.random() < 0.3 and y < hh - 90:
        sign_line(
            p,
            s,
            m,
            y + 14,
            (w - 2 * m) * 0.45,
            tr(
                lg,
                "Parent / guardian (under 16s)",
                "Erziehungsberechtigte/r",
                "Représentant légal (mineurs)",
            ),
            person(rng, lg) if rng.random() < 0.5 else "",
        )
        y += 34
    if y < hh - 70:
        bx = w - m - 150
        p.rect(bx, hh - m - 54, 150, 48)
        p.text(
            bx + 4,
            hh - m - 45,
            tr(lg, "OFFICE / PILOT USE", "VERMERK PILOT", "RÉSERVÉ AU PILOTE"),
            s.bold,
            6.5,
        )
        if rng.random() < 0.7:
            b = balloon(rng)
            hand(p, bx + 6, hh - m - 30, f"{b.reg}  ok", 9)
            hand(p, bx + 6, hh - m - 15, OFFICE.pilots[rng.randrange(3)].split()[-1], 8)
    remember(flight, (name, ref, "", n_pax))
    return [p]


VOUCHER_TERMS = {
    "en": [
        "Validity",
        "Booking",
        "Weather",
        "Weight limit",
        "Health",
        "Transfer",
        "Refunds",
        "Extensions",
        "Children",
        "Liability",
    ],
    "de": [
        "Gültigkeit",
        "Terminvereinbarung",
        "Wetter",
        "Gewichtsgrenze",
        "Gesundheit",
        "Übertragbarkeit",
        "Erstattung",
        "Verlängerung",
        "Kinder",
        "Haftung",
    ],
    "fr": [
        "Validité",
        "Réservation",
        "Météo",
        "Poids",
        "Santé",
        "Cessibilité",
        "Remboursement",
        "Prolongation",
        "Enfants",
        "Responsabilité",
    ],
}


def tpl_gift_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a gift voucher on a DL card or landscape A5: a frame, the flight, the
    names and a message by hand, the voucher number and code, validity and a PAID stamp; now and
    then the conditions printed on the back."""
    h = office_head()
    lg = h.lang
    r = keyed(who, "voucher")
    size = DL if r.random() < 0.55 else landscape(A5)
    s = style_of(h, size, margin=26, pt=9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    p.rect(10, 10, w - 20, hh - 20)
    p.rect(14, 14, w - 28, hh - 28)
    envelope_logo(p, w - 52, 48, 16)
    p.text(m + 4, 40, fit(h.name, s.bold, 10, w - 120), s.bold, 10)
    title = tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU")
    p.text(m + 4, 66, title, s.bold, 20 if size == DL else 24)
    ft = rng.choice(FLIGHT_TYPES[lg])
    n = rng.choice([1, 2, 2, 2, 4])
    p.text(
        m + 4,
        84 if size == DL else 92,
        fit(
            tr(lg, f"{ft} - {n} person(s)", f"{ft} - {n} Person(en)", f"{ft} - {n} personne(s)"),
            italic_of(s.font),
            10,
            w - 2 * m - 70,
        ),
        italic_of(s.font),
        10,
    )
    y = 108 if size == DL else 130
    x2 = w * 0.55
    for cap, val in [
        (tr(lg, "For", "Für", "Pour"), person(rng, lg)),
        (tr(lg, "From", "Von", "De la part de"), person(rng, lg)),
    ]:
        p.text(m + 4, y, cap, s.font, 8)
        p.line(m + 50, y + 2, x2 - 20, y + 2)
        hand(p, m + 56, y, fit(val, HAND, 10, x2 - m - 80), 10)
        y += 20
    if size != DL:
        msg = rng.choice(
            [
                tr(
                    lg,
                    "Happy birthday! Love from us all",
                    "Alles Gute zum Geburtstag!",
                    "Joyeux anniversaire !",
                ),
                tr(
                    lg,
                    "Happy 40th - enjoy the view x",
                    "Zur Hochzeit - genießt die Aussicht",
                    "Pour vos 30 ans de mariage",
                ),
                tr(
                    lg,
                    "Congratulations on your retirement",
                    "Zum Ruhestand alles Gute",
                    "Bonne retraite !",
                ),
            ]
        )
        hand(p, m + 6, y + 6, msg, 11)
        y += 30
    vno = voucher_no(rng)
    valid = d + timedelta(days=rng.choice([365, 548, 730]))
    pairs(
        p,
        s,
        x2,
        108 if size == DL else 130,
        [
            (tr(lg, "Voucher no.", "Gutschein-Nr.", "N° du bon"), vno),
            (tr(lg, "Issued", "Ausgestellt", "Émis le"), short(d, lg)),
            (tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"), short(valid, lg)),
            (
                tr(lg, "Value", "Wert", "Valeur"),
                cash(n * rng.choice([139.0, 159.0, 189.0, 219.0, 249.0]), lg),
            ),
        ],
        w - m - 8,
        8,
    )
    p.barcode("code128", vno.replace(" ", ""), x2, hh - 90 if size == DL else hh - 100)
    p.text(
        m + 4,
        hh - 24,
        fit(
            tr(
                lg,
                f"To book call {h.phone or 'the office'} quoting your voucher number. Terms "
                "overleaf.",
                f"Terminvereinbarung unter {h.phone or 'Tel. im Büro'}. Bedingungen umseitig.",
                f"Réservation au {h.phone or 'bureau'} avec le numéro du bon. Conditions au verso.",
            ),
            s.font,
            6.5,
            x2 - m - 20,
        ),
        s.font,
        6.5,
    )
    p.text(
        m + 4, hh - 34, tr(lg, "OFFICE COPY", "DURCHSCHRIFT BÜRO", "EXEMPLAIRE BUREAU"), s.bold, 7
    )
    if rng.random() < 0.7:
        stamp(
            p,
            m + 120,
            hh - 76,
            [
                tr(lg, "PAID", "BEZAHLT", "PAYÉ"),
                short(d, lg),
                rng.choice(["Card", "BACS", "Cash", "EC", "CB", "Chèque"]),
            ],
        )
    pages = [p]
    if r.random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Voucher conditions", "Gutscheinbedingungen", "Conditions du bon cadeau"),
                VOUCHER_TERMS[lg],
                "flight",
            )
        )
    remember(d)
    return pages


CANCEL_REASONS = {
    "en": [
        "surface winds forecast above 10 knots",
        "low cloud and poor visibility",
        "showers and thunderstorms in the area",
        "strong winds at 2,000 ft",
    ],
    "de": [
        "Bodenwind über 10 Knoten vorhergesagt",
        "tiefe Wolken und schlechte Sicht",
        "Schauer und Gewitter im Fahrtgebiet",
        "starker Höhenwind",
    ],
    "fr": [
        "vent au sol prévu au-delà de 10 nœuds",
        "plafond bas et mauvaise visibilité",
        "averses et orages sur la zone",
        "vent fort en altitude",
    ],
}


def tpl_cancellation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's weather cancellation letter to a passenger with the dates on offer and a
    tear-off rebooking slip (now and then a full rebooking form behind)."""
    h = office_head()
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    if after(("cancellation_letter",)) and isinstance(prev, tuple) and len(prev) == 6:
        flight, reason = prev[4], prev[5]
    else:
        flight = some_day(rng)
        reason = rng.choice(CANCEL_REASONS[lg])
    assert isinstance(flight, date)
    d = flight + timedelta(days=rng.randint(0, 2))
    name, ref, vno, n_pax = (
        person(rng, lg),
        booking_ref(rng),
        voucher_no(rng),
        rng.choice([1, 2, 2, 3]),
    )
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        home_lines(rng, name, lg),
        d,
        [
            (tr(lg, "Booking ref.", "Buchungsnr.", "Réservation"), ref),
            (tr(lg, "Voucher", "Gutschein", "Bon"), vno),
        ],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Your balloon flight on {day(h, flight)} - cancelled due to weather",
            f"Ihre Ballonfahrt am {day(h, flight)} - wetterbedingte Absage",
            f"Votre vol du {day(h, flight)} - annulé pour raisons météo",
        ),
    )
    greet(f, s, lg, name)
    write(
        f,
        s,
        tr(
            lg,
            f"We are sorry that we had to cancel your flight: {reason}. Safety always comes first. "
            "Your voucher remains valid and we have extended it to "
            f"{day(h, flight + timedelta(days=180))}.",
            f"leider mussten wir Ihre Fahrt absagen ({reason}). Die Sicherheit geht vor. Ihr "
            "Gutschein "
            f"bleibt gültig und wurde bis {day(h, flight + timedelta(days=180))} verlängert.",
            f"Nous sommes au regret d'avoir dû annuler votre vol ({reason}). La sécurité passe "
            "avant "
            "tout. Votre bon reste valable et a été prolongé jusqu'au "
            f"{day(h, flight + timedelta(days=180))}.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "We can offer you the following dates:",
            "Folgende Ersatztermine können wir anbieten:",
            "Nous pouvons vous proposer les dates suivantes :",
        ),
    )
    dates = sorted({flight + timedelta(days=rng.randint(5, 50)) for _ in range(rng.randint(3, 6))})
    cols = columns(m + 10, w - m, [(2.2, "left"), (1.3, "left"), (2.5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Slot", "Zeit", "Créneau"),
            tr(lg, "Launch site", "Startplatz", "Lieu"),
            tr(lg, "Seats", "Plätze", "Places"),
        ],
        [
            [
                day(h, x),
                flight_slot(rng, lg, x)[1],
                rng.choice(OFFICE.sites),
                str(rng.randint(2, 12)),
            ]
            for x in dates
        ],
        s,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please return the slip below or ring the office.",
            "Bitte senden Sie uns den Abschnitt zurück oder rufen Sie an.",
            "Merci de nous retourner le coupon ci-dessous ou de nous appeler.",
        ),
    )
    regards(
        f, s, lg, OFFICE.booker, tr(lg, "Booking office", "Buchungsbüro", "Service réservations")
    )
    if f.y > hh - m - 150:
        f.new_page()
    y = max(f.y + 10, hh - m - 150)
    slip_rule(f.page, m, w - m, y, tr(lg, "cut here and return", "hier abtrennen", "à découper"))
    y += 18
    f.page.text(m, y, tr(lg, "REBOOKING REQUEST", "TERMINWUNSCH", "DEMANDE DE REPORT"), s.bold, 10)
    f.page.text(w - m, y, f"{ref} / {vno}", s.font, 8, "right")
    y += 14
    on = {rng.randrange(len(dates))} if rng.random() < 0.5 else set()
    ticks(f.page, s, m, y, w - 2 * m, [short(x, lg) for x in dates], on, 8)
    y += 34
    f.page.text(m, y, tr(lg, "Name", "Name", "Nom"), s.font, 8)
    f.page.line(m + 40, y + 2, w / 2 - 10, y + 2)
    f.page.text(w / 2, y, tr(lg, "Tel.", "Tel.", "Tél."), s.font, 8)
    f.page.line(w / 2 + 30, y + 2, w - m, y + 2)
    pages = f.pages
    if rng.random() < 0.15:
        g = plain_sheets(s)
        caption(
            g,
            s,
            tr(lg, "Rebooking form", "Umbuchungsformular", "Formulaire de report"),
            3,
            rule=True,
        )
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                (tr(lg, "Names of passengers", "Namen der Mitfahrer", "Noms des passagers"), ""),
                (tr(lg, "Booking ref.", "Buchungsnr.", "Réservation"), ref),
                (tr(lg, "Preferred days", "Bevorzugte Tage", "Jours préférés"), ""),
                (tr(lg, "Morning / evening", "Morgen / Abend", "Matin / soir"), ""),
                (tr(lg, "E-mail", "E-Mail", "E-mail"), ""),
                (tr(lg, "Mobile", "Mobil", "Portable"), ""),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        write(g, s, prose(rng, lg, "flight", 2, 3))
        pages = pages + g.pages
    remember(d, (name, ref, vno, n_pax, flight, reason))
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates WWWWW: the authority, the workshop and the gas
# ---------------------------------------------------------------------------------------------


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The aviation authority's letter: the air operator certificate or the acknowledgement of
    the operator's declaration, with the certificate page, the operations specifications on a
    landscape page, now and then a fee note, and the German or French legal notice."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    op = office_head()
    ref = serial(rng, {"en": "GA/AOC/B/999", "de": "B4-9999.9/99", "fr": "DSAC/CE/99-999"}[lg])
    cert_no = serial(rng, {"en": "GB.AOC.B-999", "de": "DE.BOP.999", "fr": "FR.BOP.99-999"}[lg])
    f = sheets(s, h, f"{tr(lg, 'Our ref.', 'Aktenzeichen', 'Réf.')} {ref}")
    clerk = staff(h, "clerk")
    recipient(
        f,
        s,
        h,
        office_lines(
            tr(lg, f"FAO {chief()}", mx(chief(), lg), f"À l'attention de {mx(chief(), lg)}")
        ),
        d,
        [
            (tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter/in", "Affaire suivie par"), clerk),
        ],
    )
    kind = rng.choice(["renew", "variation", "declaration"])
    subj = {
        "renew": tr(
            lg,
            "Renewal of Air Operator Certificate (Balloons)",
            "Verlängerung der Genehmigung zum gewerblichen Ballonbetrieb",
            "Renouvellement du certificat d'exploitant (ballons)",
        ),
        "variation": tr(
            lg,
            "Variation of operations specifications - addition of aircraft",
            "Änderung der Betriebsvorgaben - Aufnahme eines Luftfahrzeugs",
            "Modification des spécifications d'exploitation - ajout d'un aéronef",
        ),
        "declaration": tr(
            lg,
            "Declaration under BOP.ADD.010 - acknowledgement of receipt",
            "Erklärung nach BOP.ADD.010 - Eingangsbestätigung",
            "Déclaration au titre du BOP.ADD.010 - accusé de réception",
        ),
    }[kind]
    subject(f, s, subj)
    greet(f, s, lg, None)
    b = balloon(rng)
    write(
        f,
        s,
        tr(
            lg,
            f"Following our review of your application and the documents provided, I am pleased to "
            f"enclose the {'certificate' if kind != 'declaration' else 'acknowledgement'} for "
            f"{op.name}. "
            f"The aircraft {b.reg} ({b.model}) is included in the operations specifications.",
            "nach Prüfung Ihres Antrags und der vorgelegten Unterlagen übersenden wir Ihnen "
            "anbei die "
            f"{'Urkunde' if kind != 'declaration' else 'Eingangsbestätigung'} für die "
            f"{op.name}. Das "
            f"Luftfahrzeug {b.reg} ({b.model}) ist in den Betriebsvorgaben aufgeführt.",
            f"Suite à l'examen de votre dossier, nous vous adressons ci-joint le "
            f"{'certificat' if kind != 'declaration' else 'récépissé'} établi au nom de {op.name}. "
            f"L'aéronef {b.reg} ({b.model}) figure dans les spécifications d'exploitation.",
        ),
    )
    write(f, s, prose(rng, lg, "rules", 2, 3))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Please note the following conditions:",
                "Bitte beachten Sie folgende Auflagen:",
                "Nous attirons votre attention sur les points suivants :",
            ),
        )
        for k in range(rng.randint(2, 4)):
            f.para(m + 14, w - 2 * m - 14, f"{k + 1}. {words(rng, lg, 'rules')}", s.font, s.size)
    regards(
        f,
        s,
        lg,
        clerk,
        tr(lg, "Flight Operations Inspector", "Im Auftrag", "L'inspecteur de la surveillance"),
    )
    if lg == "de" or (lg == "fr" and rng.random() < 0.6):
        f.heading(
            m, tr(lg, "", "Rechtsbehelfsbelehrung", "Voies et délais de recours"), s.bold, s.size
        )
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                "Widerspruch erhoben "
                "werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der "
                f"{h.name.split(' - ')[0]}, "
                f"{h.street}, {h.town}, einzulegen.",
                "La présente décision peut faire l'objet d'un recours gracieux auprès de "
                "l'auteur de la "
                "décision ou d'un recours contentieux devant le tribunal administratif "
                "compétent dans un "
                "délai de deux mois à compter de sa notification.",
            ),
            s.size - 1,
        )
    f.page.text(m, f.y + 6, tr(lg, "Enc.", "Anlagen", "P.J."), s.font, s.size - 1)
    pages = close(f.pages, s, h)
    # the certificate
    c = Page(A4)
    cw, ch = A4
    c.rect(28, 28, cw - 56, ch - 56)
    c.rect(32, 32, cw - 64, ch - 64)
    emblem(c, cw / 2 - 11, 50)
    ctitle = tr(
        lg, "AIR OPERATOR CERTIFICATE", "BETRIEBSGENEHMIGUNG", "CERTIFICAT DE TRANSPORTEUR AÉRIEN"
    )
    if kind == "declaration":
        ctitle = tr(
            lg,
            "ACKNOWLEDGEMENT OF DECLARATION",
            "BESTÄTIGUNG DER ERKLÄRUNG",
            "RÉCÉPISSÉ DE DÉCLARATION",
        )
    c.text(
        cw / 2,
        100,
        fit(h.name.split(" - ")[0], "Helvetica-Bold", 11, cw - 100),
        "Helvetica-Bold",
        11,
        "center",
    )
    c.text(
        cw / 2,
        130,
        ctitle,
        "Helvetica-Bold",
        shrink(ctitle, "Helvetica-Bold", 16, cw - 100),
        "center",
    )
    c.text(
        cw / 2,
        146,
        tr(
            lg,
            "Commercial balloon operations (Part-BOP)",
            "Gewerblicher Ballonbetrieb (Teil-BOP)",
            "Exploitation commerciale de ballons (partie BOP)",
        ),
        "Helvetica",
        9,
        "center",
    )
    yy = 190.0
    for cap, val in [
        (tr(lg, "Certificate no.", "Nummer", "Numéro"), cert_no),
        (tr(lg, "Operator", "Betreiber", "Exploitant"), op.name),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{op.street}, {op.town}"),
        (
            tr(
                lg,
                "Accountable manager",
                "Verantwortlicher Betriebsleiter",
                "Dirigeant responsable",
            ),
            chief(),
        ),
        (
            tr(
                lg,
                "Nominated person flight ops",
                "Leiter Flugbetrieb",
                "Responsable des opérations",
            ),
            OFFICE.pilots[rng.randrange(2)],
        ),
        (tr(lg, "Main base", "Hauptsitz", "Base principale"), op.town),
        (tr(lg, "Date of issue", "Ausgestellt am", "Date de délivrance"), short(d, lg)),
        (
            tr(lg, "Valid until", "Gültig bis", "Valide jusqu'au"),
            short(date(d.year + rng.choice([1, 2, 3]), d.month, 1), lg)
            if rng.random() < 0.6
            else tr(lg, "Unlimited", "unbefristet", "Illimitée"),
        ),
    ]:
        c.text(80, yy, cap, "Helvetica", 8.5)
        c.text(260, yy, fit(val, "Helvetica-Bold", 9.5, cw - 330), "Helvetica-Bold", 9.5)
        c.line(255, yy + 3, cw - 70, yy + 3)
        yy += 26
    yy += 20
    yy = text_lines(c, paper(s, A4, pt=8), 80, yy, cw - 160, words(rng, lg, "rules", 20), 8)
    seal(
        c,
        cw - 150,
        ch - 170,
        36,
        h.name.split(" - ")[0][:30],
        tr(lg, "Authority", "Behörde", "Autorité"),
    )
    scrawl(c, 80, ch - 150, staff(h, "head"), 14)
    c.line(80, ch - 146, 260, ch - 146)
    c.text(
        80,
        ch - 136,
        tr(lg, "For the Authority", "Für die Behörde", "Pour l'autorité"),
        "Helvetica",
        7.5,
    )
    pages.append(c)
    # operations specifications, landscape
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 44,
        lambda p, n: (
            running_header(
                p,
                s2,
                tr(
                    lg,
                    "Operations specifications",
                    "Betriebsvorgaben",
                    "Spécifications d'exploitation",
                )
                + f" - {cert_no}",
            )
            + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "OPERATIONS SPECIFICATIONS",
            "BETRIEBSVORGABEN (OPS SPECS)",
            "SPÉCIFICATIONS D'EXPLOITATION",
        ),
        2,
    )
    cols = columns(
        44,
        w2 - 44,
        [
            (1.2, "left"),
            (2.2, "left"),
            (1.2, "left"),
            (1.2, "center"),
            (1.2, "left"),
            (3.2, "left"),
        ],
    )
    rows = [
        [
            x.reg,
            x.model,
            x.serial,
            str(x.seats),
            tr(lg, "VFR day", "VFR Tag", "VFR jour"),
            tr(
                lg,
                "Passenger flights; tethered flights",
                "Passagierfahrten; Fesselfahrten",
                "Vols passagers ; vols captifs",
            ),
        ]
        for x in OFFICE.fleet
    ]
    table(
        g,
        cols,
        [
            tr(lg, "Registration", "Kennzeichen", "Immatriculation"),
            tr(lg, "Type", "Muster", "Type"),
            tr(lg, "Serial", "Werk-Nr.", "N° série"),
            tr(lg, "Max pax", "Max. Pass.", "Pax max"),
            tr(lg, "Conditions", "Bedingungen", "Conditions"),
            tr(lg, "Operations", "Betriebsart", "Opérations"),
        ],
        rows,
        s2,
        size=9,
        rules=True,
        shade=0.88,
        step=2.0,
    )
    g.y += 10
    write(
        g,
        s2,
        tr(lg, "Special limitations:", "Besondere Beschränkungen:", "Limitations particulières :")
        + " "
        + words(rng, lg, "rules", 14),
        8.5,
    )
    pages += g.pages
    if (lg == "de" and rng.random() < 0.5) or rng.random() < 0.2:
        fee = Page(A4)
        fs = paper(s, A4)
        yy = heading(fee, fs, h)
        fee.text(m, yy, tr(lg, "Fee note", "Kostenfestsetzung", "Redevance"), s.bold, s.size + 3)
        yy += 24
        amt = rng.choice([466.0, 520.0, 312.0, 775.0, 1050.0])
        yy = pairs(
            fee,
            fs,
            m,
            yy,
            [
                (tr(lg, "Reference", "Aktenzeichen", "Référence"), ref),
                (tr(lg, "Charge", "Gebühr nach LuftKostV", "Redevance"), cash(amt, lg)),
                (
                    tr(lg, "Due by", "Zahlbar bis", "À régler avant le"),
                    short(d + timedelta(days=30), lg),
                ),
                (
                    "IBAN",
                    serial(
                        rng,
                        "DE99 9999 9999 9999 9999 99"
                        if lg == "de"
                        else "FR76 9999 9999 9999 9999 9999 999"
                        if lg == "fr"
                        else "GB99 BARC 9999 9999 9999 99",
                    ),
                ),
            ],
            w - m,
            s.size,
        )
        text_lines(fee, fs, m, yy + 10, w - 2 * m, prose(rng, lg, "money", 1, 2), s.size - 1)
        pages.append(fee)
    received(rng, pages[0], lang(), d, 0.4)
    remember(d)
    return pages


CHECK_ENV = {
    "en": [
        "Crown ring and load tapes",
        "Parachute / deflation vent and lines",
        "Fabric condition (visual)",
        "Temperature flag / sensor",
        "Flying wires and karabiners",
        "Scoop and skirt",
        "Rip panel / turning vents",
        "Markings and data plate",
        "Stitching at load points",
    ],
    "de": [
        "Scheitelring und Lastbänder",
        "Parachute und Leinen",
        "Gewebezustand (Sicht)",
        "Temperaturfahne / Sensor",
        "Seile und Karabiner",
        "Scoop und Skirt",
        "Drehventile",
        "Kennzeichnung und Typschild",
        "Nähte an Lastpunkten",
    ],
    "fr": [
        "Couronne et sangles de charge",
        "Parachute et suspentes",
        "État du tissu (visuel)",
        "Témoin de température / sonde",
        "Câbles et mousquetons",
        "Jupe et écope",
        "Volets de rotation",
        "Marquage et plaque constructeur",
        "Coutures aux points d'ancrage",
    ],
}


def tpl_envelope_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's annual (or 100-hour) envelope inspection report: the balloon fields, the
    checklist, the fabric porosity and grab test readings per panel on a landscape page, now
    and then a repair sketch of the gores, the certificate of release to service."""
    h = head_of(who, "workshop", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    b = balloon(rng)
    d = some_day(rng)
    wo = serial(rng, rng.choice(["WO-9999", "AI/99/999", "9999-99"]))
    title = tr(lg, "ENVELOPE INSPECTION REPORT", "PRÜFBERICHT HÜLLE", "RAPPORT DE VISITE ENVELOPPE")
    f = sheets(s, h, f"{title} - {b.reg} - {wo}")
    caption(f, s, title, 4)
    hours = rng.randint(80, 620)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), b.reg),
            (tr(lg, "Envelope type", "Hüllenmuster", "Type d'enveloppe"), b.model),
            (tr(lg, "Serial no.", "Werk-Nr.", "N° de série"), b.serial),
            (tr(lg, "Volume", "Volumen", "Volume"), b.volume),
            (tr(lg, "Hours since new", "Betriebsstunden", "Heures totales"), str(hours)),
            (
                tr(lg, "Inspection", "Prüfart", "Type de visite"),
                rng.choice(
                    [
                        tr(lg, "Annual", "Jahresnachprüfung", "Visite annuelle"),
                        tr(lg, "100 hour", "100-Std.", "100 heures"),
                    ]
                ),
            ),
            (tr(lg, "Owner / operator", "Halter", "Exploitant"), office_head().name),
            (tr(lg, "Work order", "Auftrag", "Ordre de travail"), wo),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 8
    cols = columns(m, w - m, [(4, "left"), (1, "center"), (1, "center"), (3, "left")])
    rows = []
    for t in CHECK_ENV[lg]:
        ok = rng.random() < 0.85
        rows.append(
            [t, "X" if ok else "", "" if ok else "X", "" if ok else words(rng, lg, "tech", 4)[:-1]]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Prüfpunkt", "Point"),
            "OK",
            tr(lg, "Defect", "Mangel", "Défaut"),
            tr(lg, "Remarks", "Bemerkungen", "Remarques"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 6
    write(f, s, prose(rng, lg, "tech", 1, 3), s.size - 0.5)
    pages = f.pages
    # porosity and grab test readings, landscape
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2), h2 - 40, lambda p, n: running_header(p, s2, f"{h.name} - {b.reg} - {wo}") + 6
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Fabric tests - porosity (Grille) and grab test",
            "Gewebeprüfung - Porosität (Grille) und Reißfestigkeit",
            "Essais tissu - porosité (Grille) et résistance à la déchirure",
        ),
        1.5,
    )
    cols2 = columns(
        40,
        w2 - 40,
        [
            (0.8, "center"),
            (1.2, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (1.2, "center"),
            (2.5, "left"),
        ],
    )
    rows2 = []
    gores = rng.choice([16, 20, 24, 28])
    for k in range(rng.randint(8, 16)):
        panel = f"{rng.randint(1, gores)}/{rng.choice(['A', 'B', 'C', 'D', 'E'])}"
        por = rng.randint(20, 600) if rng.random() < 0.9 else rng.randint(8, 19)
        grab = rng.randint(8, 25)
        rows2.append(
            [
                str(k + 1),
                panel,
                f"{rng.randint(40, 120)} °C",
                f"{por} s",
                f"{grab} kg",
                f"{rng.randint(0, 3)}",
                tr(lg, "Pass", "i.O.", "Conforme")
                if por >= 20 and grab >= 11
                else tr(lg, "Fail", "n.i.O.", "Non conforme"),
                ""
                if por >= 20
                else tr(lg, "panel to be replaced", "Bahn ersetzen", "panneau à remplacer"),
            ]
        )
    table(
        g,
        cols2,
        [
            "#",
            tr(lg, "Gore/panel", "Bahn/Feld", "Fuseau/panneau"),
            tr(lg, "Max temp", "Max. Temp.", "Temp. max"),
            tr(lg, "Porosity", "Porosität", "Porosité"),
            tr(lg, "Grab", "Reißtest", "Déchirure"),
            tr(lg, "Repairs", "Reparaturen", "Réparations"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Action", "Maßnahme", "Action"),
        ],
        rows2,
        s2,
        size=8.5,
        rules=True,
        step=1.9,
    )
    g.y += 8
    write(
        g,
        s2,
        tr(
            lg,
            "Limits: porosity not less than 20 s (Grille), grab test not less than 11 kg at "
            "the crown.",
            "Grenzwerte: Porosität mind. 20 s (Grille), Reißfestigkeit mind. 11 kg im "
            "Scheitelbereich.",
            "Limites : porosité 20 s minimum (Grille), résistance 11 kg minimum en couronne.",
        ),
        8,
    )
    pages += g.pages
    if rng.random() < 0.4:
        sk = Page(A4)
        sk.text(
            m,
            m,
            tr(
                lg,
                "Repair diagram - gores and panels",
                "Reparaturskizze - Bahnen und Felder",
                "Schéma de réparation - fuseaux et panneaux",
            ),
            s.bold,
            11,
        )
        sk.text(w - m, m, f"{b.reg}  {wo}", s.font, 8, "right")
        n = min(gores, 16)
        gw = (w - 2 * m) / n
        top, bot = m + 40, hh - m - 120
        for k in range(n + 1):
            sk.line(m + k * gw, top, m + k * gw, bot)
        for j in range(6):
            yy = top + (bot - top) * j / 5
            sk.line(m, yy, w - m, yy)
        for k in range(n):
            sk.text(m + k * gw + gw / 2, top - 6, str(k + 1), "Helvetica", 6.5, "center")
        for _ in range(rng.randint(2, 6)):
            x = m + rng.randrange(n) * gw
            yy = top + (bot - top) * rng.randrange(5) / 5
            sk.rect(x + 3, yy + 6, gw - 6, (bot - top) / 5 - 12, fill=0.55)
            hand(sk, x + 2, yy + (bot - top) / 10 + 3, rng.choice(["P", "R", "x"]), 9)
        hand(
            sk,
            m,
            bot + 24,
            tr(
                lg,
                "P = patch  R = replaced panel",
                "F = Flicken  E = Feld ersetzt",
                "P = pièce  R = panneau remplacé",
            ),
            9,
        )
        pages.append(sk)
    # certificate of release to service
    c = plain_sheets(s)
    c.y += 10
    caption(
        c,
        s,
        tr(
            lg,
            "CERTIFICATE OF RELEASE TO SERVICE",
            "FREIGABEBESCHEINIGUNG",
            "CERTIFICAT DE REMISE EN SERVICE",
        ),
        3,
        rule=True,
    )
    write(
        c,
        s,
        tr(
            lg,
            f"Certifies that the work specified was carried out on {b.reg} in accordance with "
            "Part-ML and "
            "the manufacturer's maintenance manual and in respect to that work the aircraft is "
            "considered ready for release to service.",
            f"Es wird bescheinigt, dass die aufgeführten Arbeiten an {b.reg} gemäß Teil-ML und dem "
            "Instandhaltungshandbuch des Herstellers durchgeführt wurden und das Luftfahrzeug "
            "hinsichtlich dieser Arbeiten freigegeben ist.",
            f"Certifie que les travaux indiqués ont été effectués sur {b.reg} conformément à "
            "la partie ML "
            "et au manuel d'entretien du constructeur, et que l'aéronef est apte à la remise "
            "en service "
            "pour ces travaux.",
        ),
    )
    c.y = fields(
        c.page,
        s,
        m,
        c.y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Next inspection due", "Nächste Prüfung fällig", "Prochaine visite"),
                short(date(d.year + 1, d.month, 1), lg),
            ),
            (tr(lg, "or hours", "oder Stunden", "ou heures"), str(hours + 100)),
            (
                tr(lg, "Certifying staff", "Freigabeberechtigte/r", "Personnel de certification"),
                staff(h, "cert"),
            ),
            (
                tr(lg, "Approval ref.", "Genehmigungs-Nr.", "Agrément"),
                serial(
                    rng,
                    "UK.CAO.9999" if lg == "en" else "DE.CAO.9999" if lg == "de" else "FR.CAO.9999",
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    c.need(90)
    scrawl(c.page, m + 4, c.y + 28, staff(h, "cert"))
    c.page.line(m, c.y + 32, m + 200, c.y + 32)
    hand(c.page, m + 240, c.y + 28, short(d, lg))
    seal(c.page, w - m - 60, c.y + 30, 30, h.name[:26], tr(lg, "Approved", "Freigabe", "Agréé"))
    pages += c.pages
    received(rng, pages[0], lang(), d, 0.3)
    remember(d, b)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
                h.numbers,
            ]
        ),
    )


def tpl_burner_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's burner, basket and fuel cylinder inspection report: a form with tick
    boxes, the cylinder table with the test dates, the leak test, the inspector's signature;
    now and then the workshop invoice stapled behind."""
    h = head_of(who, "workshop", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    b = prev if after(("envelope_inspection",)) and isinstance(prev, Balloon) else balloon(rng)
    d = last_day(rng, ("envelope_inspection",), (0, 2))
    f = sheets(
        s,
        h,
        f"{b.reg} - "
        f"{tr(lg, 'Burner and cylinders', 'Brenner und Zylinder', 'Brûleur et bouteilles')}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Burner, basket and cylinder inspection",
            "Prüfbericht Brenner, Korb und Gaszylinder",
            "Visite brûleur, nacelle et bouteilles",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), b.reg),
            (tr(lg, "Burner", "Brenner", "Brûleur"), b.burner),
            (tr(lg, "Burner serial", "Brenner Werk-Nr.", "N° brûleur"), serial(rng, "B9999")),
            (
                tr(lg, "Basket", "Korb", "Nacelle"),
                rng.choice(
                    ["CB8382 T-partition", "K-25 4-Abteile", "C-23 compartiment", "CB-2180"]
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Inspector", "Prüfer", "Inspecteur"), staff(h, "insp")),
        ],
        per=3,
        tall=24,
    )
    for sec, items in [
        (
            tr(lg, "Burner", "Brenner", "Brûleur"),
            [
                tr(lg, "Pilot lights", "Zündflammen", "Veilleuses"),
                tr(lg, "Main valves", "Hauptventile", "Vannes principales"),
                tr(lg, "Liquid fire / whisper", "Flüsterbrenner", "Feu liquide"),
                tr(lg, "Pressure gauges", "Manometer", "Manomètres"),
                tr(lg, "Hoses (date)", "Schläuche (Datum)", "Flexibles (date)"),
            ],
        ),
        (
            tr(lg, "Basket", "Korb", "Nacelle"),
            [
                tr(lg, "Wickerwork", "Geflecht", "Osier"),
                tr(lg, "Floor and runners", "Boden und Kufen", "Plancher et patins"),
                tr(lg, "Rope handles", "Haltegriffe", "Poignées"),
                tr(lg, "Frame and rods", "Rahmen und Stangen", "Cadre et tiges"),
            ],
        ),
    ]:
        f.y = band(f.page, s, f.y + 6, sec) + 6
        for t in items:
            ok = rng.random() < 0.88
            f.page.text(m + 4, f.y, t, s.font, s.size - 0.5)
            box(f.page, w - m - 150, f.y, ok)
            f.page.text(w - m - 138, f.y, "OK", s.font, 7.5)
            box(f.page, w - m - 100, f.y, not ok)
            f.page.text(w - m - 88, f.y, tr(lg, "Action", "Maßnahme", "Action"), s.font, 7.5)
            if not ok:
                hand(f.page, w - m - 50, f.y, rng.choice(["repl.", "adj.", "ers.", "rempl."]), 8)
            f.y += 14
    f.y = band(f.page, s, f.y + 6, tr(lg, "Fuel cylinders", "Gaszylinder", "Bouteilles de gaz")) + 8
    cols = columns(
        m,
        w - m,
        [(1.4, "left"), (2, "left"), (1, "right"), (1.4, "right"), (1.4, "right"), (1.3, "center")],
    )
    rows = []
    for _ in range(rng.randint(3, 6)):
        last = date(rng.randint(d.year - 9, d.year), rng.randint(1, 12), 1)
        rows.append(
            [
                serial(rng, "99999"),
                rng.choice(["Worthington CB2990", "Cameron V30", "Ultramagic M-40", "Kubicek 50L"]),
                f"{rng.choice([40, 50, 60, 80])} l",
                short(last, lg),
                short(date(last.year + 10, last.month, 1), lg),
                tr(lg, "OK", "i.O.", "OK"),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Serial", "Nr.", "N°"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Capacity", "Inhalt", "Capacité"),
            tr(lg, "Last test", "Letzte Prüfung", "Dernière requalif."),
            tr(lg, "Next due", "Nächste", "Prochaine"),
            tr(lg, "Leak test", "Dichtheit", "Étanchéité"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(70)
    f.y += 24
    scrawl(f.page, m + 4, f.y, staff(h, "insp"))
    f.page.line(m, f.y + 4, m + 190, f.y + 4)
    f.page.text(m, f.y + 13, tr(lg, "Inspector", "Prüfer", "Inspecteur"), s.font, 7)
    if rng.random() < 0.6:
        stamp(
            f.page,
            w - m - 170,
            f.y - 20,
            [h.name.split()[0].upper(), tr(lg, "INSPECTED", "GEPRÜFT", "VISITÉ"), short(d, lg)],
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        inv = sheets(s, h)
        inv_no = serial(rng, "INV-9999" if lg == "en" else "RE-99999" if lg == "de" else "F99-999")
        recipient(
            inv,
            s,
            h,
            office_lines(),
            d,
            [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv_no)],
        )
        caption(inv, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
        items = [
            (
                tr(
                    lg,
                    f"Annual inspection burner and basket {b.reg}",
                    f"Jahresnachprüfung Brenner/Korb {b.reg}",
                    f"Visite annuelle brûleur/nacelle {b.reg}",
                ),
                rng.choice([185.0, 240.0, 295.0]),
            ),
            (
                tr(lg, "Cylinder leak tests", "Dichtheitsprüfung Zylinder", "Tests d'étanchéité"),
                rng.choice([60.0, 90.0, 120.0]),
            ),
            (
                tr(lg, "Hose set", "Schlauchsatz", "Jeu de flexibles"),
                rng.choice([0.0, 148.0, 212.0]),
            ),
        ]
        items = [x for x in items if x[1]]
        cols = columns(m, w - m, [(5, "left"), (1.5, "right")])
        table(
            inv,
            cols,
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [[t, money(v, lg)] for t, v in items],
            s,
        )
        totals(
            inv,
            s,
            lg,
            sum(v for _, v in items),
            vat_rate(lg),
            tr(
                lg,
                "Payment within 14 days.",
                "Zahlbar innerhalb 14 Tagen ohne Abzug.",
                "Paiement à 14 jours.",
            ),
        )
        pages += close(inv.pages, s, h, numbers="none")
    remember(d, b)
    return pages


def tpl_propane_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A propane supplier's invoice for the bulk tank at the balloon yard: litres, price per
    litre, tank rental, the gauge readings; now and then the driver's delivery note on
    landscape A5 behind."""
    h = head_of(who, "gas")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    r = keyed(who, "acct")
    acct = serial(r, "9999999")
    d = some_day(rng)
    inv = serial(rng, rng.choice(["9999999", "PI-999999", "F999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), acct),
            (tr(lg, "Tank no.", "Behälter-Nr.", "Citerne n°"), serial(r, "T-99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Invoice - bulk propane delivery",
            "Rechnung Flüssiggaslieferung",
            "Facture - livraison propane vrac",
        ),
        2,
    )
    litres = rng.choice([1800, 2400, 2950, 3600, 4200]) + rng.randint(-300, 300)
    ppl = {"en": 0.58, "de": 0.72, "fr": 0.95}[lg] + rng.uniform(-0.06, 0.08)
    before, after_ = rng.randint(12, 30), rng.randint(78, 85)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"),
                short(d - timedelta(days=rng.randint(1, 6)), lg),
            ),
            (
                tr(lg, "Delivery address", "Lieferanschrift", "Adresse de livraison"),
                f"{office_head().street}, {office_head().town}",
            ),
            (tr(lg, "Gauge before", "Füllstand vorher", "Jauge avant"), f"{before} %"),
            (tr(lg, "Gauge after", "Füllstand nachher", "Jauge après"), f"{after_} %"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    lines = [
        (
            tr(lg, "Propane (commercial)", "Flüssiggas Propan", "Propane commercial"),
            f"{litres} l",
            f"{ppl:.4f}",
            litres * ppl,
        )
    ]
    if rng.random() < 0.5:
        lines.append(
            (
                tr(
                    lg,
                    "Tank rental (annual)",
                    "Behältermiete (jährlich)",
                    "Location citerne (annuelle)",
                ),
                "1",
                "",
                rng.choice([95.0, 120.0, 180.0]),
            )
        )
    if rng.random() < 0.3:
        lines.append(
            (
                tr(
                    lg, "Small delivery charge", "Mindermengenzuschlag", "Frais de petite livraison"
                ),
                "1",
                "",
                35.0,
            )
        )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right"), (1.2, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[a, b_, c_, money(v, lg)] for a, b_, c_, v in lines],
        s,
        rules=rng.random() < 0.4,
    )
    net = round(sum(v for *_, v in lines), 2)
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            f"Direct debit on or after {day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} per SEPA-Lastschrift "
            f"eingezogen (Mandat {serial(r, 'M999999')}).",
            f"Prélèvement SEPA le {day(h, d + timedelta(days=10))}.",
        ),
    )
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "Your next tank inspection is due: ",
                "Nächste Behälterprüfung fällig: ",
                "Prochaine requalification de la citerne : ",
            )
            + short(date(d.year + rng.randint(1, 4), rng.randint(1, 12), 1), lg),
            s.size - 1,
        )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        s2 = style_of(h, landscape(A5), margin=30, pt=8.5)
        w2, h2 = s2.page_size
        p = Page((w2, h2))
        p.text(30, 32, fit(h.name, s2.bold, 11, w2 * 0.5), s2.bold, 11)
        p.text(
            w2 - 30,
            32,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s2.bold,
            12,
            "right",
        )
        p.text(w2 - 30, 46, serial(rng, "No. 999999"), "Courier", 9, "right")
        yy = fields(
            p,
            s2,
            30,
            60,
            w2 - 60,
            [
                (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
                (tr(lg, "Account", "Kunden-Nr.", "Client n°"), acct),
                (
                    tr(lg, "Meter start", "Zählerstand Anfang", "Compteur début"),
                    str(rng.randint(100000, 900000)),
                ),
                (tr(lg, "Litres delivered", "Liter geliefert", "Litres livrés"), str(litres)),
                (
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                    serial(
                        rng,
                        "AA99 AAA" if lg == "en" else "KE-AA 999" if lg == "de" else "AA-999-AA",
                    ),
                ),
                (tr(lg, "Driver", "Fahrer", "Chauffeur"), person(rng, lg)),
            ],
            per=2,
            tall=24,
        )
        ticks(
            p,
            s2,
            30,
            yy + 4,
            w2 - 60,
            [
                tr(lg, "Tank checked", "Behälter geprüft", "Citerne contrôlée"),
                tr(lg, "No leaks", "Dicht", "Pas de fuite"),
                tr(lg, "Customer absent", "Kunde nicht anwesend", "Client absent"),
            ],
            {0, 1},
            8,
        )
        scrawl(p, w2 - 220, h2 - 40, person(rng, lg), 11)
        p.line(w2 - 230, h2 - 36, w2 - 30, h2 - 36)
        p.text(w2 - 230, h2 - 27, tr(lg, "Driver", "Fahrer", "Chauffeur"), s2.font, 7)
        pages.append(p)
    received(rng, pages[0], lang(), d, 0.3)
    remember(d)
    return pages


AGREE_CLAUSES = {
    "en": [
        "Use of the land",
        "Access",
        "Gates and livestock",
        "Crops",
        "Vehicles",
        "Notice",
        "Fee",
        "Insurance",
        "Damage",
        "Term and termination",
    ],
    "de": [
        "Nutzung",
        "Zufahrt",
        "Tore und Weidevieh",
        "Kulturen",
        "Fahrzeuge",
        "Ankündigung",
        "Entgelt",
        "Versicherung",
        "Schäden",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Objet",
        "Accès",
        "Barrières et bétail",
        "Cultures",
        "Véhicules",
        "Préavis",
        "Redevance",
        "Assurance",
        "Dommages",
        "Durée et résiliation",
    ],
}


def tpl_landowner_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A launch site agreement between the operator and a landowner: the parties, the fields,
    the fee, numbered conditions, a sketch plan of the fields and a signature page."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    farmer, farm = keyed(who, "farm").choice(FARMERS[lg])
    d = some_day(rng)
    title = tr(
        lg,
        "LAUNCH SITE AGREEMENT",
        "STARTPLATZVEREINBARUNG",
        "CONVENTION D'AUTORISATION DE DÉCOLLAGE",
    )
    f = sheets(s, h, f"{title} - {farm}")
    caption(f, s, title, 4)
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{farm}, {farmer} ({tr(lg, 'the Landowner', 'Grundstückseigentümer', 'le propriétaire')})",
        indent=14,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} ({tr(lg, 'the Operator', 'Betreiber', 'l exploitant')})",
        indent=14,
    )
    fee = rng.choice([20.0, 25.0, 30.0, 40.0, 50.0])
    fl = [
        serial(rng, "OS 9999" if lg == "en" else "Flst. 999/9" if lg == "de" else "ZA 999")
        for _ in range(rng.randint(1, 3))
    ]
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Fields", "Flurstücke", "Parcelles"), ", ".join(fl)),
            (tr(lg, "Season", "Saison", "Saison"), f"{d.year}"),
            (
                tr(lg, "Fee per launch", "Entgelt je Start", "Redevance par décollage"),
                cash(fee, lg),
            ),
            (
                tr(lg, "Max. launches", "Max. Starts", "Décollages max."),
                str(rng.choice([20, 30, 40, 60])),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    for k, t in enumerate(AGREE_CLAUSES[lg][: rng.randint(6, 10)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = f.pages
    # the plan of the fields
    p = Page(A4)
    p.text(
        m,
        m,
        tr(lg, "Annex - plan of the fields", "Anlage - Lageplan", "Annexe - plan des parcelles"),
        s.bold,
        11,
    )
    x0, y0, pw, ph = m, m + 24, w - 2 * m, hh * 0.6
    p.rect(x0, y0, pw, ph)
    cuts = sorted(rng.uniform(0.2, 0.8) for _ in range(2))
    p.line(x0 + pw * cuts[0], y0, x0 + pw * cuts[0] + rng.uniform(-30, 30), y0 + ph)
    p.line(x0, y0 + ph * cuts[1], x0 + pw, y0 + ph * cuts[1] + rng.uniform(-30, 30))
    p.rect(x0 + pw * 0.1, y0 + ph * 0.1, pw * 0.25, ph * 0.2, fill=0.8)
    p.text(
        x0 + pw * 0.12,
        y0 + ph * 0.2,
        tr(lg, "LAUNCH AREA", "STARTFLÄCHE", "AIRE DE DÉCOLLAGE"),
        "Helvetica-Bold",
        7,
    )
    for k, t in enumerate(fl):
        p.text(x0 + pw * (0.5 + 0.15 * k), y0 + ph * (0.35 + 0.2 * k), t, "Helvetica", 8)
    p.text(x0 + 6, y0 + ph - 6, tr(lg, "Gate", "Tor", "Barrière"), "Helvetica", 7)
    p.rect(x0, y0 + ph - 30, 6, 20, fill=0.2)
    p.line(x0, y0 + ph + 20, x0 + pw * 0.6, y0 + ph + 20)
    p.text(
        x0,
        y0 + ph + 32,
        tr(
            lg,
            "Farm track - vehicles only here",
            "Feldweg - nur hier befahren",
            "Chemin - circulation uniquement ici",
        ),
        "Helvetica",
        8,
    )
    hand(
        p,
        x0 + pw * 0.55,
        y0 + ph * 0.8,
        tr(lg, "cattle May-Sept!", "ab Mai Jungvieh!", "vaches mai-sept !"),
        10,
    )
    pages.append(p)
    g = plain_sheets(s)
    g.y += 20
    write(
        g,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties:",
            "Unterschriften der Vertragsparteien:",
            "Fait en deux exemplaires,",
        ),
    )
    g.y += 40
    sign_line(g.page, s, m, g.y, 200, f"{farmer} - {farm}", farmer)
    sign_line(g.page, s, w / 2 + 10, g.y, 200, f"{chief()} - {h.name}", chief())
    g.y += 30
    hand(g.page, m, g.y, f"{short(d, lg)}", 9)
    hand(g.page, w / 2 + 10, g.y, f"{short(d, lg)}", 9)
    pages += g.pages
    remember(d)
    return close(pages, s, h, numbers=rng.choice([h.numbers, "none"]))


def tpl_landowner_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A landowner's crop damage claim after a landing: a handwritten note on A5 or a typed
    letter with the damage and the amount; now and then the photos printed behind."""
    lg = lang()
    prev = LAST["extra"]
    if after(("flight_manifest",)) and isinstance(prev, tuple) and len(prev) == 3:
        farmer, farm, landed = prev
    else:
        farmer, farm = keyed(who, "farm").choice(FARMERS[lg])
        landed = some_day(rng)
    assert isinstance(landed, date)
    d = landed + timedelta(days=rng.randint(1, 8))
    town = rng.choice(TOWNS[lg])
    crop = rng.choice(
        tr(
            lg,
            "winter wheat|oilseed rape|barley|silage grass|maize",
            "Winterweizen|Raps|Gerste|Grünland|Mais",
            "blé d'hiver|colza|orge|prairie|maïs",
        ).split("|")
    )
    amount = rng.choice([80.0, 120.0, 150.0, 240.0, 350.0, 600.0])
    h = office_head()
    pages: list[Page] = []
    if rng.random() < 0.5:
        s = style_of(h, A5, margin=30, pt=9)
        w, _ = A5
        p = Page(A5)
        for k in range(22):
            p.line(24, 70 + k * 22, w - 24, 70 + k * 22)
        hand(p, w - 30 - tw(short(d, lg), HAND, 10), 40, short(d, lg), 10)
        hand(p, 30, 40, f"{farm}", 10)
        lines = [
            dear(lg, None)
            if rng.random() < 0.5
            else tr(lg, "To the balloon people,", "An die Ballonfahrer,", "Messieurs,"),
            tr(
                lg,
                f"your balloon came down in my {crop}",
                f"Ihr Ballon ist am {short(landed, lg)} in",
                f"votre ballon s'est posé le {short(landed, lg)}",
            ),
            tr(
                lg,
                f"on {short(landed, lg)}. The trailer was driven",
                f"meinem {crop} gelandet. Der Anhänger",
                f"dans mon {crop}. La remorque est",
            ),
            tr(
                lg,
                "right across the field and the gate",
                "ist quer durch gefahren, das Tor",
                "passée en plein champ et la barrière",
            ),
            tr(
                lg,
                "was left open. Damage I reckon",
                "stand offen. Schaden schätze ich",
                "est restée ouverte. J'estime les",
            ),
            tr(
                lg,
                f"at about {cash(amount, lg)}.",
                f"auf ca. {cash(amount, lg)}.",
                f"dégâts à {cash(amount, lg)}.",
            ),
            tr(lg, "Please ring me.", "Bitte rufen Sie mich an.", "Merci de me rappeler."),
            "",
            farmer,
            serial(
                rng,
                "07999 999 999"
                if lg == "en"
                else "0171 9999999"
                if lg == "de"
                else "06 99 99 99 99",
            ),
        ]
        for k, t in enumerate(lines):
            if t:
                hand(p, 32, 66 + (k + 1) * 22, fit(t, HAND, 10.5, w - 64), 10.5)
        pages.append(p)
    else:
        s = Style("Times-Roman", "Times-Bold", 10.5, 64, "none", "bottom", A4, "short")
        w, _hh = A4
        m = 64
        p = Page(A4)
        p.text(w - m, m, farm, "Times-Bold", 12, "right")
        p.text(w - m, m + 13, farmer, "Times-Roman", 9, "right")
        p.text(w - m, m + 24, town, "Times-Roman", 9, "right")
        y = window(p, s, None, m + 60, office_lines())
        p.text(w - m, y + 10, short(d, lg), "Times-Roman", 10, "right")
        y += 40
        p.text(
            m,
            y,
            tr(
                lg,
                f"Crop damage - balloon landing on {short(landed, lg)}",
                f"Flurschaden durch Ballonlandung am {short(landed, lg)}",
                f"Dégâts aux cultures - atterrissage du {short(landed, lg)}",
            ),
            "Times-Bold",
            10.5,
        )
        y += 24
        p.text(m, y, dear(lg, None), "Times-Roman", 10.5)
        y += 22
        body = tr(
            lg,
            f"One of your balloons landed in the field of {crop} next to the lane. The retrieve "
            "vehicle and trailer were driven across the crop to reach it and a strip of the crop "
            f"was flattened. I estimate the loss at {cash(amount, lg)} and would ask you to "
            "settle it.",
            f"einer Ihrer Ballone ist auf meinem Schlag mit {crop} gelandet. Das Verfolgerfahrzeug "
            "mit Anhänger ist quer über den Bestand gefahren, ein Streifen ist niedergewalzt. Den "
            f"Schaden beziffere ich auf {cash(amount, lg)} und bitte um Ausgleich.",
            f"un de vos ballons s'est posé dans ma parcelle de {crop}. Le véhicule de récupération "
            "et sa remorque ont traversé la culture et une bande a été couchée. J'estime le "
            f"préjudice à {cash(amount, lg)} et vous demande de m'indemniser.",
        )
        y = text_lines(p, s, m, y, w - 2 * m, body)
        y = text_lines(p, s, m, y, w - 2 * m, words(rng, lg, "legal"))
        y += 10
        p.text(
            m,
            y,
            tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Salutations distinguées."),
            "Times-Roman",
            10.5,
        )
        scrawl(p, m, y + 34, farmer)
        p.text(m, y + 46, farmer, "Times-Roman", 10)
        pages.append(p)
    if rng.random() < 0.35:
        ph = Page(A4)
        pw, phh = A4
        ph.text(
            50, 50, tr(lg, "Photos", "Fotos", "Photos") + f" {short(landed, lg)}", "Helvetica", 9
        )
        photo(ph, 50, 66, pw - 100, phh * 0.4, rng)
        photo(ph, 50, 86 + phh * 0.4, pw - 100, phh * 0.4, rng)
        pages.append(ph)
    received(rng, pages[0], lg, d, 0.4)
    remember(d, (farmer, farm, amount, landed, town))
    return pages


def tpl_compensation_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The operator's letter to a landowner after a landing: thanks, the compensation offered,
    and the landowner's receipt and discharge form to sign and return."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    if (
        after(("landowner_claim",))
        and isinstance(prev, tuple)
        and len(prev) == 5
        and isinstance(prev[2], float)
        and isinstance(prev[3], date)
    ):
        farmer, farm, amount, landed, town = prev
        amount = float(amount) * rng.choice([1.0, 1.0, 0.8, 0.75])
        d = last_day(rng, ("landowner_claim",), (2, 10))
    else:
        farmer, farm = keyed(who, "farm").choice(FARMERS[lg])
        amount = rng.choice([50.0, 75.0, 100.0, 150.0])
        d = some_day(rng)
        landed = d - timedelta(days=rng.randint(3, 20))
        town = rng.choice(TOWNS[lg])
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        [str(farmer), str(farm), str(town)],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Réf."), serial(rng, "LO-999"))],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Balloon landing on {day(h, landed)} - compensation",
            f"Ballonlandung am {day(h, landed)} - Flurschadenausgleich",
            f"Atterrissage du {day(h, landed)} - indemnisation",
        ),
    )
    greet(f, s, lg, None)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your understanding after our landing on your land. We are sorry "
            "for the "
            f"trouble caused and enclose a payment of {cash(float(amount), lg)} in full "
            "settlement.",
            f"vielen Dank für Ihr Verständnis nach unserer Landung auf Ihrem Grundstück. Für den "
            f"entstandenen Flurschaden überweisen wir Ihnen {cash(float(amount), lg)} zur "
            "Abgeltung.",
            "Nous vous remercions de votre compréhension après notre atterrissage sur votre "
            "terrain et "
            f"vous adressons la somme de {cash(float(amount), lg)} pour solde de tout compte.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "As a small thank you we enclose a voucher for a flight for two.",
                "Als kleines Dankeschön legen wir einen Gutschein für eine Ballonfahrt für "
                "zwei Personen bei.",
                "En remerciement, vous trouverez ci-joint un bon pour un vol pour deux personnes.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the enclosed form.",
            "Bitte senden Sie uns die beiliegende Erklärung unterschrieben zurück.",
            "Merci de nous retourner le formulaire ci-joint signé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        chief(),
        tr(
            lg,
            "Managing Director and Chief Pilot",
            "Geschäftsführer und Chefpilot",
            "Gérant et chef pilote",
        ),
    )
    pages = close(f.pages, s, h)
    p = Page(A4)
    ps = paper(s, A4)
    y = heading(p, ps, h)
    t = tr(
        lg,
        "LANDOWNER'S RECEIPT AND DISCHARGE",
        "QUITTUNG UND ABFINDUNGSERKLÄRUNG",
        "REÇU ET DÉCHARGE DU PROPRIÉTAIRE",
    )
    p.text(w / 2, y, t, s.bold, shrink(t, s.bold, 12, w - 2 * m), "center")
    y = fields(
        p,
        ps,
        m,
        y + 18,
        w - 2 * m,
        [
            (
                tr(lg, "Landowner / farm", "Eigentümer / Betrieb", "Propriétaire / exploitation"),
                f"{farmer}, {farm}",
            ),
            (
                tr(lg, "Date of landing", "Datum der Landung", "Date de l'atterrissage"),
                short(landed, lg),
            ),
            (tr(lg, "Balloon", "Ballon", "Ballon"), balloon(rng).reg),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(float(amount), lg)),
        ],
        per=2,
        tall=26,
    )
    y = text_lines(
        p,
        ps,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I acknowledge receipt of the amount above in full and final settlement of all claims "
            "arising from the landing, and confirm that no further damage has been found.",
            "Ich bestätige den Erhalt des obigen Betrags zur Abgeltung aller Ansprüche aus der "
            "Landung und erkläre, dass keine weiteren Schäden festgestellt wurden.",
            "Je reconnais avoir reçu la somme ci-dessus pour solde de tout compte au titre de "
            "l'atterrissage et déclare n'avoir constaté aucun autre dommage.",
        ),
    )
    ticks(
        p,
        ps,
        m,
        y + 6,
        w - 2 * m,
        [tr(lg, "Cheque", "Überweisung", "Chèque"), tr(lg, "Bank transfer", "Bar", "Virement")],
        set(),
        9,
    )
    sign_line(
        p,
        ps,
        m,
        y + 70,
        200,
        tr(lg, "Signature of landowner", "Unterschrift", "Signature du propriétaire"),
    )
    sign_line(p, ps, w / 2 + 10, y + 70, 160, tr(lg, "Date", "Datum", "Date"))
    pages.append(p)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWWWW: vehicles, fuel and insurance
# ---------------------------------------------------------------------------------------------

VEHICLES = [
    "Land Rover Defender 110 D250",
    "Volkswagen Transporter T6.1 Kombi",
    "Toyota Hilux Invincible D/C",
    "Ford Transit Custom Double Cab",
    "Mercedes-Benz Vito Tourer 116 CDI",
]


def plate(rng: random.Random, lg: str) -> str:
    return serial(rng, {"en": "AA99 AAA", "de": "MM-AA 999", "fr": "AA-999-AA"}[lg])


def tpl_vehicle_lease_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The lease company's monthly invoice for a retrieve vehicle (and trailer): the rental,
    maintenance, now and then excess mileage; now and then a vehicle schedule page behind."""
    h = head_of(who, "lease")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    r = keyed(who, "veh")
    agreement = serial(r, "LA-9999999")
    veh = rng.choice(VEHICLES) if rng.random() < 0.5 else r.choice(VEHICLES)
    reg = plate(rng, lg)
    d = month() + timedelta(days=rng.randint(0, 5)) + timedelta(days=31 * rng.randint(0, 1))
    inv = serial(rng, "SI99999999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Agreement", "Vertrag", "Contrat"), agreement),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client"), serial(r, "C99999")),
        ],
    )
    caption(f, s, tr(lg, "Rental invoice", "Leasingrechnung", "Facture de loyer"), 3)
    rent = r.choice([389.0, 455.0, 512.0, 598.0, 640.0])
    lines = [
        (
            tr(
                lg,
                f"Monthly rental {veh} {reg}",
                f"Leasingrate {veh} {reg}",
                f"Loyer mensuel {veh} {reg}",
            ),
            rent,
        ),
        (
            tr(lg, "Maintenance package", "Wartungspaket", "Forfait entretien"),
            r.choice([45.0, 62.0, 78.0]),
        ),
    ]
    if rng.random() < 0.4:
        lines.append(
            (
                tr(
                    lg,
                    "Trailer rental (balloon trailer)",
                    "Anhängermiete (Ballonanhänger)",
                    "Location remorque (ballon)",
                ),
                r.choice([65.0, 85.0]),
            )
        )
    if rng.random() < 0.2:
        km = rng.randint(300, 2400)
        lines.append(
            (
                tr(
                    lg,
                    f"Excess mileage {km} miles at 0.12",
                    f"Mehrkilometer {km} km à 0,09",
                    f"Kilomètres supplémentaires {km} km à 0,09",
                ),
                round(km * (0.12 if lg == "en" else 0.09), 2),
            )
        )
    cols = columns(m, w - m, [(1.6, "left"), (5, "left"), (1.5, "right")])
    per = f"{short(d, lg)} - {short(d + timedelta(days=30), lg)}"
    table(
        f,
        cols,
        [
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        [[per, t, money(v, lg)] for t, v in lines],
        s,
        rules=rng.random() < 0.5,
    )
    totals(
        f,
        s,
        lg,
        round(sum(v for _, v in lines), 2),
        vat_rate(lg),
        tr(
            lg,
            "Collected by direct debit.",
            "Der Betrag wird per Lastschrift eingezogen.",
            "Montant prélevé à l'échéance.",
        ),
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        g = sheets(
            s,
            h,
            f"{agreement} - {tr(lg, 'Vehicle schedule', 'Fahrzeugübersicht', 'Fiche véhicule')}",
            top=False,
        )
        caption(
            g, s, tr(lg, "Vehicle schedule", "Fahrzeugübersicht", "Fiche véhicule"), 2, rule=True
        )
        start = date(d.year - rng.randint(0, 2), rng.randint(1, 12), 1)
        pairs(
            g.page,
            s,
            m,
            g.y,
            [
                (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), veh),
                (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), reg),
                (
                    "VIN",
                    serial(rng, "WVWZZZ9AZ99999999" if "Volks" in veh else "SALLDHAA9A9999999"),
                ),
                (tr(lg, "Contract start", "Vertragsbeginn", "Début du contrat"), short(start, lg)),
                (tr(lg, "Term", "Laufzeit", "Durée"), tr(lg, "48 months", "48 Monate", "48 mois")),
                (
                    tr(lg, "Contract mileage", "Vertragslaufleistung", "Kilométrage contractuel"),
                    "80,000" if lg == "en" else "120.000 km",
                ),
                (
                    tr(lg, "Towing equipment", "Anhängerkupplung", "Attelage"),
                    tr(lg, "Yes, 3.5 t", "ja, 3,5 t", "oui, 3,5 t"),
                ),
            ],
            w - m,
            s.size,
        )
        pages += close(g.pages, s, h, numbers="none")
    received(rng, pages[0], lang(), d, 0.25)
    remember(d)
    return pages


STATIONS = {
    "en": [
        "Shell Bath Road",
        "BP Chippenham M4 J17",
        "Esso Knaresborough",
        "Tesco Telford",
        "Texaco Frome",
    ],
    "de": [
        "Aral Memmingen Süd",
        "Shell Kempten",
        "Jet Coesfeld",
        "Esso Tübingen",
        "AVIA Kaufbeuren",
    ],
    "fr": [
        "TotalEnergies Amboise",
        "Intermarché Beaune",
        "Esso Colmar Nord",
        "Leclerc Blois",
        "BP Tours Nord",
    ],
}


def tpl_fuel_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel card statement: a summary page with the cards and totals, then the
    transactions on landscape pages, 'Page i of n' on every page."""
    h = head_of(who, "fuelcard")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    r = keyed(who, "card")
    acct = serial(r, "9999999")
    d = month() + timedelta(days=rng.randint(28, 34))
    cards = [(serial(r, "7077 9999 9999 9"), plate(r, lg)) for _ in range(r.randint(2, 3))]
    rows = []
    total_net = 0.0
    for _ in range(rng.randint(12, 40)):
        c, reg = rng.choice(cards)
        when = month() + timedelta(days=rng.randint(0, 27))
        prod = rng.choice(["Diesel", "Diesel", "Diesel", "AdBlue"])
        litres = rng.uniform(20, 85) if prod == "Diesel" else rng.uniform(5, 15)
        ppl = {"en": 1.42, "de": 1.58, "fr": 1.63}[lg] + rng.uniform(-0.08, 0.1)
        gross = litres * ppl
        net = gross / (1 + vat_rate(lg) / 100)
        total_net += net
        rows.append(
            (
                when,
                c,
                gross,
                [
                    short(when, lg),
                    f"{rng.randint(5, 21):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(STATIONS[lg]),
                    c[-6:],
                    reg,
                    prod,
                    f"{litres:.2f}",
                    f"{ppl:.3f}",
                    money(net, lg),
                    money(gross - net, lg),
                    money(gross, lg),
                ],
            )
        )
    rows.sort(key=lambda t: t[0])
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Account", "Kundennummer", "N° de compte"), acct),
            (tr(lg, "Statement no.", "Abrechnung Nr.", "Relevé n°"), serial(rng, "999999")),
        ],
    )
    caption(
        f, s, tr(lg, "Fuel card statement", "Tankkartenabrechnung", "Relevé carte carburant"), 3
    )
    cols = columns(m, w - m, [(2.5, "left"), (1.6, "left"), (1, "right"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennzeichen", "Véhicule"),
            tr(lg, "Trans.", "Vorgänge", "Transac."),
            tr(lg, "Gross", "Brutto", "TTC"),
        ],
        [
            [
                c,
                reg,
                str(sum(1 for x in rows if x[1] == c)),
                money(sum(x[2] for x in rows if x[1] == c), lg),
            ]
            for c, reg in cards
        ],
        s,
    )
    totals(
        f,
        s,
        lg,
        round(total_net, 2),
        vat_rate(lg),
        tr(
            lg,
            f"Direct debit on {day(h, d + timedelta(days=14))}. Transactions overleaf.",
            f"Lastschrifteinzug am {day(h, d + timedelta(days=10))}. Einzelaufstellung folgt.",
            f"Prélèvement le {day(h, d + timedelta(days=10))}. Détail des transactions ci-après.",
        ),
    )
    pages = f.pages
    s2 = style_of(h, landscape(A4), margin=36)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 50,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{h.name} - {acct} - {tr(lg, 'Transactions', 'Einzelaufstellung', 'Détail')}",
            )
            + 6
        ),
    )
    cols2 = columns(
        36,
        w2 - 36,
        [
            (1.2, "left"),
            (0.7, "left"),
            (2.6, "left"),
            (0.9, "left"),
            (1.3, "left"),
            (1, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (1.1, "right"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        g,
        cols2,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Site", "Tankstelle", "Station"),
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennz.", "Véhicule"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Net", "Netto", "HT"),
            tr(lg, "VAT", "USt", "TVA"),
            tr(lg, "Gross", "Brutto", "TTC"),
        ],
        [x[3] for x in rows],
        s2,
        size=8,
        rules=rng.random() < 0.5,
        shade=0.9,
    )
    pages += g.pages
    numbers = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg]
    return close(pages, s, h, numbers=numbers)


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's insurance schedule for the balloons: a covering letter, the schedule with
    hull, third party and passenger liability per seat, and one certificate of insurance per
    balloon to carry on board."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), "AV/999999/AA")
    start = d + timedelta(days=rng.randint(3, 20))
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    insurer = rng.choice(
        [
            "Global Aerospace Underwriting Managers",
            "Allianz Global Corporate & Specialty",
            "AXA XL Aviation",
            "Hiscox Aviation",
        ]
    )
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, f"FAO {chief()}", mx(chief(), lg), mx(chief(), lg))),
        d,
        [(tr(lg, "Policy", "Police", "Police"), pol)],
    )
    subject(
        f,
        s,
        tr(
            lg,
            "Renewal of your balloon fleet insurance",
            "Verlängerung Ihrer Ballonversicherung",
            "Renouvellement de votre assurance aérostats",
        ),
    )
    greet(f, s, lg, chief())
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal schedule and the certificates of insurance for "
            f"the period {day(h, start)} to {day(h, end)}. Please keep a certificate on board "
            "each balloon.",
            "anbei erhalten Sie den Versicherungsschein und die Versicherungsbestätigungen "
            "für den Zeitraum "
            f"{day(h, start)} bis {day(h, end)}. Bitte führen Sie die Bestätigung in jedem "
            "Ballon mit.",
            "Veuillez trouver ci-joint les conditions particulières et les attestations "
            "d'assurance pour la "
            f"période du {day(h, start)} au {day(h, end)}. Une attestation doit se trouver à "
            "bord de chaque ballon.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "acc"),
        tr(
            lg,
            "Account Executive - Aviation",
            "Kundenbetreuung Luftfahrt",
            "Chargé de clientèle aviation",
        ),
    )
    pages = close(f.pages, s, h)
    g = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(g, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Policy no.", "Versicherungsschein-Nr.", "N° de police"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), office_head().name),
            (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
            (tr(lg, "Period", "Laufzeit", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
            (
                tr(lg, "Use", "Verwendung", "Utilisation"),
                tr(
                    lg,
                    "Commercial passenger flights, banner flights",
                    "Gewerbliche Passagierfahrten, Werbefahrten",
                    "Vols passagers commerciaux, vols publicitaires",
                ),
            ),
            (tr(lg, "Pilots", "Piloten", "Pilotes"), ", ".join(OFFICE.pilots)),
        ],
        w - m,
        s.size,
    )
    g.y += 6 * 15 + 10
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (2, "left"),
            (0.7, "right"),
            (1.3, "right"),
            (1.4, "right"),
            (1.5, "right"),
        ],
    )
    rows = []
    prem = 0.0
    for b in OFFICE.fleet:
        hull = rng.choice([28000, 35000, 42000, 55000, 65000])
        p_ = round(hull * rng.uniform(0.035, 0.06) + b.seats * rng.uniform(60, 95), 2)
        prem += p_
        rows.append(
            [
                b.reg,
                b.model,
                str(b.seats),
                money(hull, lg),
                "SDR 250,000" if lg == "en" else "250.000 SZR" if lg == "de" else "250 000 DTS",
                money(p_, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Reg.", "Kennz.", "Immat."),
            tr(lg, "Type", "Muster", "Type"),
            tr(lg, "Seats", "Sitze", "Places"),
            tr(lg, "Hull value", "Kasko", "Valeur coque"),
            tr(lg, "Pax liability/seat", "Pass.-Haftung/Sitz", "RC pass./siège"),
            tr(lg, "Premium", "Prämie", "Prime"),
        ],
        rows,
        s,
        size=8.5,
        rules=True,
    )
    g.y += 8
    write(
        g,
        s,
        tr(
            lg,
            "Third party liability: combined single limit ",
            "Haftpflicht: pauschale Deckungssumme ",
            "Responsabilité civile tiers : plafond ",
        )
        + cash(rng.choice([1500000.0, 2000000.0, 3000000.0]), lg)
        + " "
        + tr(lg, "any one occurrence.", "je Schadenereignis.", "par sinistre."),
        s.size - 0.5,
    )
    write(
        g,
        s,
        tr(
            lg,
            "Total annual premium incl. IPT: ",
            "Jahresprämie inkl. Versicherungsteuer: ",
            "Prime annuelle TTC : ",
        )
        + cash(prem * 1.12, lg),
        s.size - 0.5,
    )
    for t in range(rng.randint(2, 4)):
        g.heading(
            m,
            tr(lg, f"Endorsement {t + 1}", f"Klausel {t + 1}", f"Avenant {t + 1}"),
            s.bold,
            s.size - 0.5,
        )
        write(g, s, words(rng, lg, "legal", rng.randint(14, 26)), s.size - 1)
    pages += close(g.pages, s, h)
    for b in OFFICE.fleet if rng.random() < 0.7 else OFFICE.fleet[:1]:
        c = Page(A5)
        cw, ch = A5
        cs = paper(s, A5, margin=30, pt=8.5)
        y = heading(c, cs, h)
        t = tr(
            lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE"
        )
        c.text(cw / 2, y, t, s.bold, shrink(t, s.bold, 11, cw - 60), "center")
        c.text(cw / 2, y + 12, "Regulation (EC) No 785/2004", s.font, 7, "center")
        y = pairs(
            c,
            cs,
            30,
            y + 30,
            [
                (tr(lg, "Policy", "Police", "Police"), pol),
                (tr(lg, "Aircraft", "Luftfahrzeug", "Aéronef"), f"{b.reg} {b.model}"),
                (tr(lg, "Passenger seats", "Passagiersitze", "Places passagers"), str(b.seats)),
                (tr(lg, "Operator", "Halter", "Exploitant"), office_head().name),
                (tr(lg, "Valid", "Gültig", "Validité"), f"{short(start, lg)} - {short(end, lg)}"),
            ],
            cw - 30,
            8.5,
        )
        text_lines(c, cs, 30, y + 6, cw - 60, words(rng, lg, "legal", 18), 7)
        scrawl(c, 30, ch - 60, staff(h, "acc"), 11)
        c.line(30, ch - 56, 180, ch - 56)
        c.text(
            30,
            ch - 47,
            tr(lg, f"for {insurer}", f"für {insurer}", f"pour {insurer}")[:60],
            s.font,
            6.5,
        )
        pages.append(c)
    received(rng, pages[0], lang(), d, 0.35)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWWWW: flights, pilots, clients and events
# ---------------------------------------------------------------------------------------------


def tpl_flight_manifest(rng: random.Random, who: Issuer) -> list[Page]:
    """A pilot's flight manifest and load calculation, filled in by hand: met, the load chart,
    the passengers with their weights, fuel, the landing field and whether the landowner was
    contacted; portrait or landscape A4."""
    h = office_head()
    lg = h.lang
    land = rng.random() < 0.45
    size = landscape(A4) if land else A4
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    b = balloon(rng)
    d = some_day(rng)
    pilot = OFFICE.pilots[keyed(who, "pilot").randrange(3)]
    p = Page(size)
    p.text(m, m, fit(h.name, s.bold, 10, w / 2), s.bold, 10)
    t = tr(
        lg,
        "FLIGHT MANIFEST AND LOAD CALCULATION",
        "FAHRTPROTOKOLL UND BELADUNGSBERECHNUNG",
        "MANIFESTE ET DEVIS DE MASSE",
    )
    p.text(w - m, m, t, s.bold, shrink(t, s.bold, 11, w / 2 - m), "right")
    p.text(w - m, m + 12, serial(rng, "No. 9999"), "Courier", 8, "right")
    site = rng.choice(OFFICE.sites)
    y = fields(
        p,
        s,
        m,
        m + 22,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Balloon", "Ballon", "Ballon"), b.reg),
            (tr(lg, "Pilot", "Pilot", "Pilote"), pilot),
            (tr(lg, "Launch site", "Startplatz", "Décollage"), site),
            (
                tr(lg, "Take-off", "Start", "Décollage (h)"),
                f"{rng.choice([6, 7, 18, 19])}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Landing", "Landung", "Atterrissage (h)"),
                f"{rng.choice([7, 8, 19, 20])}:{rng.randint(0, 59):02d}",
            ),
        ],
        per=6 if land else 3,
        tall=24,
    )
    half = (w - 2 * m) / 2 - 8
    # met and load, left
    y0 = y
    band(p, s, y, tr(lg, "Met", "Wetter", "Météo"))
    yy = y + 14
    for cap, val in [
        (
            tr(lg, "Surface wind", "Bodenwind", "Vent sol"),
            f"{rng.randint(180, 300):03d}/{rng.randint(2, 8)} kt",
        ),
        ("1000 ft", f"{rng.randint(180, 320):03d}/{rng.randint(6, 16)} kt"),
        ("QNH", f"{rng.randint(1004, 1030)}"),
        (tr(lg, "Temp.", "Temp.", "Temp."), f"{rng.randint(6, 26)} °C"),
        (tr(lg, "Visibility", "Sicht", "Visibilité"), f"{rng.choice([8, 10, 15, 20])} km"),
    ]:
        p.text(m + 4, yy, cap, s.font, 8)
        hand(p, m + 90, yy, val, 9)
        yy += 13
    yy = band(p, s, yy + 6, tr(lg, "Load", "Beladung", "Masse")) + 4
    env, bas, cyl = rng.randint(160, 260), rng.randint(120, 220), rng.randint(4, 6)
    pax_w = [rng.randint(55, 105) for _ in range(rng.randint(2, min(b.seats, 12)))]
    total = env + bas + cyl * rng.randint(45, 55) + sum(pax_w) + rng.randint(70, 95)
    for cap, val in [
        (tr(lg, "Envelope", "Hülle", "Enveloppe"), f"{env} kg"),
        (tr(lg, "Basket + burner", "Korb + Brenner", "Nacelle + brûleur"), f"{bas} kg"),
        (
            tr(
                lg,
                f"Cylinders ({cyl}) full",
                f"Zylinder ({cyl}) voll",
                f"Bouteilles ({cyl}) pleines",
            ),
            f"{cyl * 50} kg",
        ),
        (tr(lg, "Pilot", "Pilot", "Pilote"), f"{rng.randint(70, 95)} kg"),
        (tr(lg, "Passengers", "Passagiere", "Passagers"), f"{sum(pax_w)} kg"),
        (tr(lg, "Total", "Gesamt", "Total"), f"{total} kg"),
        (
            tr(lg, "Max. at ambient temp.", "Max. bei Außentemp.", "Max. à temp. ext."),
            f"{total + rng.randint(20, 300)} kg",
        ),
    ]:
        p.text(m + 4, yy, cap, s.font, 8)
        hand(p, m + half - 60, yy, val, 9)
        yy += 13
    # passengers, right (or below when portrait)
    if land:
        x, y = m + half + 16, y0
    else:
        x, y = m, yy + 8
    pw = half if land else w - 2 * m
    p.rect(x, y - 9, pw, 13, fill=0.82)
    p.text(x + 4, y, tr(lg, "Passengers", "Passagiere", "Passagers"), s.bold, 8.5)
    y += 14
    for k, wt in enumerate(pax_w):
        p.text(x + 2, y, f"{k + 1}.", s.font, 8)
        hand(p, x + 16, y, fit(person(rng, lg), HAND, 8.5, pw * 0.55), 8.5)
        hand(p, x + pw * 0.68, y, f"{wt}", 8.5)
        box(p, x + pw - 20, y, rng.random() < 0.95)
        p.line(x, y + 4, x + pw, y + 4)
        y += 13
    y += 8
    farmer, farm = rng.choice(FARMERS[lg])
    p.rect(x, y - 9, pw, 13, fill=0.82)
    p.text(
        x + 4,
        y,
        tr(lg, "Landing and fuel", "Landung und Gas", "Atterrissage et carburant"),
        s.bold,
        8.5,
    )
    y += 14
    for cap, val in [
        (tr(lg, "Landing field", "Landeplatz", "Lieu d'atterrissage"), f"{farm} ({farmer})"),
        (
            tr(lg, "Grid ref. / GPS", "Koordinaten", "Coordonnées"),
            serial(rng, "ST 999 999")
            if lg == "en"
            else f"{rng.uniform(47, 52):.4f} {rng.uniform(6, 11):.4f}",
        ),
        (tr(lg, "Fuel used", "Gasverbrauch", "Gaz consommé"), f"{rng.randint(90, 260)} l"),
        (tr(lg, "Flight time", "Fahrtzeit", "Temps de vol"), f"{rng.randint(50, 95)} min"),
    ]:
        p.text(x + 4, y, cap, s.font, 8)
        hand(p, x + pw * 0.4, y, fit(val, HAND, 9, pw * 0.58), 9)
        y += 13
    ticks(
        p,
        s,
        x + 4,
        y + 4,
        pw - 8,
        [
            tr(lg, "Landowner contacted", "Eigentümer informiert", "Propriétaire prévenu"),
            tr(lg, "Crop damage", "Flurschaden", "Dégâts"),
            tr(lg, "Livestock", "Vieh", "Bétail"),
        ],
        {0} | ({1} if rng.random() < 0.25 else set()),
        8,
    )
    scrawl(p, w - m - 160, hh - m - 10, pilot, 12)
    p.line(w - m - 170, hh - m - 6, w - m, hh - m - 6)
    p.text(
        w - m - 170,
        hh - m + 3,
        tr(lg, "Pilot in command", "Verantwortlicher Pilot", "Commandant de bord"),
        s.font,
        7,
    )
    remember(d, (farmer, farm, d))
    return [p]


def tpl_banner_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A corporate client's order for banner flights: the client's purchase order with the
    events, banner sizes and prices, the artwork approval page with the banner drawn to
    scale, now and then the client's purchase terms."""
    h = head_of(who, "client", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    po = serial(rng, rng.choice(["PO 4500999999", "BE-99999", "BC-2025-999", "MKT/999"]))
    buyer = staff(h, "buyer")
    title = tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE")
    f = sheets(s, h, f"{title} {po}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), po),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), buyer),
        ],
    )
    caption(f, s, title, 4)
    client_short = h.name.split(" - ")[0]
    events = []
    for _ in range(rng.randint(1, 4)):
        ev = d + timedelta(days=rng.randint(10, 80))
        events.append(ev)
    events.sort()
    rows = []
    net = 0.0
    for ev in events:
        kind = rng.choice(
            [
                tr(
                    lg,
                    "Banner flight (free flight)",
                    "Werbefahrt (Freifahrt)",
                    "Vol publicitaire (vol libre)",
                ),
                tr(
                    lg,
                    "Tethered flights at event",
                    "Fesselfahrten bei Veranstaltung",
                    "Vols captifs lors de l'événement",
                ),
            ]
        )
        price = rng.choice([950.0, 1250.0, 1650.0, 2200.0])
        net += price
        rows.append(
            [
                short(ev, lg),
                kind,
                rng.choice(
                    [
                        tr(lg, "Summer fête", "Hoffest", "Fête de l'été"),
                        tr(lg, "Open day", "Tag der offenen Tür", "Portes ouvertes"),
                        tr(lg, "Product launch", "Produktvorstellung", "Lancement produit"),
                    ]
                ),
                money(price, lg),
            ]
        )
    cols = columns(m, w - m, [(1.3, "left"), (3.2, "left"), (2.2, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Event", "Anlass", "Événement"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    banner = rng.choice(["12 x 3 m", "15 x 4 m", "10 x 2.5 m", "8 x 3 m"])
    write(
        f,
        s,
        tr(
            lg,
            f"Banners ({banner}) both sides of the envelope, supplied by us; artwork approval "
            "attached.",
            f"Banner ({banner}) beidseitig an der Hülle, von uns beigestellt; Druckfreigabe anbei.",
            f"Banderoles ({banner}) des deux côtés de l'enveloppe, fournies par nos soins ; "
            "BAT joint.",
        ),
        s.size - 0.5,
    )
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Please quote our order number on your invoice.",
            "Bitte geben Sie auf Ihrer Rechnung unsere Bestellnummer an.",
            "Merci de rappeler notre numéro de commande sur votre facture.",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 24
    scrawl(f.page, m, f.y, buyer)
    f.page.line(m, f.y + 4, m + 180, f.y + 4)
    f.page.text(
        m, f.y + 13, f"{buyer} - {tr(lg, 'Marketing', 'Marketing', 'Communication')}", s.font, 7.5
    )
    pages = close(f.pages, s, h)
    # artwork approval, landscape
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    a = Page((w2, h2))
    a.text(40, 44, tr(lg, "ARTWORK APPROVAL", "DRUCKFREIGABE", "BON À TIRER"), s2.bold, 14)
    a.text(w2 - 40, 44, f"{po} - {banner}", s2.font, 9, "right")
    bx, by, bw, bh = 70, 90, w2 - 140, (w2 - 140) / 4
    a.rect(bx, by, bw, bh, fill=rng.choice([0.85, 0.7, 0.92]))
    a.rect(bx, by, bw, bh)
    word = client_short.split()[0].upper()
    a.text(
        w2 / 2,
        by + bh / 2 + 14,
        word,
        "Helvetica-Bold",
        shrink(word, "Helvetica-Bold", 54, bw - 40),
        "center",
    )
    a.text(
        w2 / 2,
        by + bh - 12,
        fit(h.street + " " + h.town, "Helvetica", 10, bw - 40),
        "Helvetica",
        10,
        "center",
    )
    for k in range(9):
        a.rect(bx + k * bw / 8 - 3, by - 3, 6, 6)
    a.text(
        bx,
        by + bh + 18,
        tr(
            lg,
            "Eyelets every 1.5 m; colours as per brand guide.",
            "Ösen alle 1,5 m; Farben nach CD-Handbuch.",
            "Œillets tous les 1,5 m ; couleurs selon charte.",
        ),
        "Helvetica",
        8.5,
    )
    ticks(
        a,
        s2,
        bx,
        by + bh + 44,
        bw,
        [
            tr(lg, "Approved", "Freigegeben", "Bon pour accord"),
            tr(lg, "Approved with changes", "Freigabe mit Änderungen", "Accord avec corrections"),
            tr(lg, "Not approved", "Nicht freigegeben", "Refusé"),
        ],
        {0},
        9,
    )
    scrawl(a, bx, h2 - 60, buyer)
    a.line(bx, h2 - 56, bx + 200, h2 - 56)
    hand(a, bx + 260, h2 - 60, short(d, lg), 10)
    pages.append(a)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "General terms of purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                [
                    "Scope",
                    "Prices",
                    "Invoices",
                    "Payment",
                    "Performance",
                    "Cancellation",
                    "Liability",
                    "Insurance",
                    "Law",
                ]
                if lg == "en"
                else [
                    "Geltung",
                    "Preise",
                    "Rechnungen",
                    "Zahlung",
                    "Leistung",
                    "Rücktritt",
                    "Haftung",
                    "Versicherung",
                    "Gerichtsstand",
                ]
                if lg == "de"
                else [
                    "Champ",
                    "Prix",
                    "Factures",
                    "Paiement",
                    "Exécution",
                    "Annulation",
                    "Responsabilité",
                    "Assurance",
                    "Droit applicable",
                ],
            )
        )
    received(rng, pages[0], lang(), d, 0.3)
    remember(d)
    return pages


PC_ITEMS = {
    "en": [
        "Pre-flight planning and met",
        "Passenger briefing",
        "Inflation and crew control",
        "Take-off",
        "Climb and level flight",
        "Navigation and airspace",
        "Approach",
        "Landing and passenger safety",
        "Emergency: fire in the air",
        "Deflation and pack-up",
    ],
    "de": [
        "Fahrtvorbereitung und Wetter",
        "Passagiereinweisung",
        "Aufrüsten und Teamführung",
        "Start",
        "Steigen und Horizontalfahrt",
        "Navigation und Luftraum",
        "Landeanflug",
        "Landung und Passagiersicherheit",
        "Notfall: Brand in der Luft",
        "Abrüsten",
    ],
    "fr": [
        "Préparation et météo",
        "Briefing passagers",
        "Gonflement et équipe",
        "Décollage",
        "Montée et palier",
        "Navigation et espace aérien",
        "Approche",
        "Atterrissage et sécurité passagers",
        "Urgence : feu en vol",
        "Dégonflage et rangement",
    ],
}


def tpl_proficiency_check(rng: random.Random, who: Issuer) -> list[Page]:
    """An examiner's operator proficiency check report for one of the pilots: the check fields,
    the graded items with pass/fail columns, remarks and signatures; now and then a copy of the
    pilot's licence page behind."""
    h = head_of(who, "examiner")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    run = after(("proficiency_check",)) and isinstance(prev, str)
    pilots = list(OFFICE.pilots)
    if run and prev in pilots:
        pilots.remove(str(prev))
    pilot = rng.choice(pilots)
    d = last_day(rng, ("proficiency_check",), (0, 1))
    b = balloon(rng)
    f = sheets(s, h, "")
    t = tr(
        lg,
        "OPERATOR PROFICIENCY CHECK - BALLOONS",
        "BETREIBERBEFÄHIGUNGSÜBERPRÜFUNG - BALLONE",
        "CONTRÔLE DE COMPÉTENCE EXPLOITANT - BALLONS",
    )
    caption(f, s, t, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Pilot", "Pilot", "Pilote"), pilot),
            (
                tr(lg, "Licence no.", "Lizenz-Nr.", "Licence n°"),
                serial(
                    rng,
                    "GBR.FCL.BPL.99999"
                    if lg == "en"
                    else "DE.FCL.BPL.99999"
                    if lg == "de"
                    else "FRA.FCL.BPL.99999",
                ),
            ),
            (tr(lg, "Operator", "Betreiber", "Exploitant"), office_head().name),
            (tr(lg, "Balloon", "Ballon", "Ballon"), f"{b.reg} {b.model}"),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Examiner", "Prüfer/in", "Examinateur"), h.name.split(" - ")[0]),
        ],
        per=2,
        tall=24,
    )
    f.y += 8
    cols = columns(
        m, w - m, [(5, "left"), (0.8, "center"), (0.8, "center"), (0.8, "center"), (2.6, "left")]
    )
    rows = []
    for it in PC_ITEMS[lg]:
        g = rng.choices(["P", "P", "P", "R", "N/A"], [5, 3, 2, 1, 1])[0]
        rows.append(
            [
                it,
                "X" if g == "P" else "",
                "X" if g == "R" else "",
                "X" if g == "N/A" else "",
                words(rng, lg, "flight", 3)[:-1] if g == "R" else "",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Punkt", "Point"),
            tr(lg, "Pass", "besta.", "Satisf."),
            tr(lg, "Rpt", "wdh.", "À rev."),
            "N/A",
            tr(lg, "Comment", "Bemerkung", "Commentaire"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 6
    f.heading(m, tr(lg, "Remarks", "Bemerkungen", "Remarques"), s.bold, s.size)
    write(f, s, prose(rng, lg, "flight", 1, 2))
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "PASS", "BESTANDEN", "SATISFAISANT"),
            tr(lg, "FAIL", "NICHT BESTANDEN", "NON SATISFAISANT"),
        ],
        {0},
        9,
    )
    f.y += 40
    f.need(40)
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Examiner", "Prüfer/in", "Examinateur"),
        h.name.split(" - ")[0],
    )
    sign_line(f.page, s, w / 2 + 10, f.y, 180, tr(lg, "Pilot", "Pilot", "Pilote"), pilot)
    f.y += 30
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        c = Page(A4)
        copier_edge(c, rng)
        x0, y0 = 90, 120
        c.rect(x0, y0, 300, 200)
        c.text(
            x0 + 10,
            y0 + 18,
            tr(lg, "FLIGHT CREW LICENCE", "LUFTFAHRERSCHEIN", "LICENCE DE MEMBRE D'ÉQUIPAGE"),
            "Helvetica-Bold",
            10,
        )
        c.text(x0 + 10, y0 + 32, "Part-BFCL", "Helvetica", 8)
        for k, (cap, val) in enumerate(
            [
                ("II", serial(rng, "BPL 99999")),
                ("IV", pilot),
                (
                    "XII",
                    tr(
                        lg,
                        "Commercial operations",
                        "Gewerbliche Fahrten",
                        "Exploitation commerciale",
                    ),
                ),
                ("XIII", short(d, lg)),
            ]
        ):
            c.text(x0 + 10, y0 + 58 + k * 24, cap, "Helvetica-Bold", 8)
            c.text(x0 + 50, y0 + 58 + k * 24, val, "Helvetica", 9)
        photo(c, x0 + 210, y0 + 46, 72, 90, rng)
        hand(
            c,
            x0 + 120,
            y0 + 180,
            f"{tr(lg, 'OPC', 'Ü-Prüfung', 'CCE')} {short(d, lg)} {h.name.split()[0]}",
            9,
        )
        pages.append(c)
    remember(d, pilot)
    return pages


def tpl_fiesta_invitation(rng: random.Random, who: Issuer) -> list[Page]:
    """A balloon fiesta organiser's invitation to the operator's pilots: the letter, the
    programme of flying slots on a landscape page and the pilot entry form."""
    h = head_of(who, "fiesta", abroad=0.3)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(30, 120))
    days_n = rng.randint(2, 4)
    f = sheets(s, h, "")
    recipient(
        f, s, h, office_lines(tr(lg, f"FAO {chief()}", mx(chief(), lg), mx(chief(), lg))), d, []
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Invitation - {h.name} {start.year}",
            f"Einladung - {h.name} {start.year}",
            f"Invitation - {h.name} {start.year}",
        ),
    )
    greet(f, s, lg, None)
    write(
        f,
        s,
        tr(
            lg,
            f"We are delighted to invite your team to this year's event from {day(h, start)} "
            f"for {days_n} days. "
            "Invited balloons receive free fuel for two flights, accommodation for pilot and "
            "crew and a participation fee.",
            f"gerne laden wir Ihr Team zu unserer Veranstaltung ab {day(h, start)} ({days_n} "
            "Tage) ein. "
            "Eingeladene Ballone erhalten Gas für zwei Fahrten, Unterkunft für Pilot und Team "
            "sowie ein Startgeld.",
            "Nous avons le plaisir d'inviter votre équipe à notre rassemblement à partir du "
            f"{day(h, start)} ({days_n} jours). "
            "Les ballons invités bénéficient du gaz pour deux vols, de l'hébergement et d'une "
            "participation aux frais.",
        ),
    )
    write(f, s, prose(rng, lg, "flight", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"Please return the entry form by {day(h, start - timedelta(days=21))}.",
            f"Bitte senden Sie das Anmeldeformular bis {day(h, start - timedelta(days=21))} "
            "zurück.",
            "Merci de retourner le bulletin d'inscription avant le "
            f"{day(h, start - timedelta(days=21))}.",
        ),
    )
    regards(
        f, s, lg, staff(h, "dir"), tr(lg, "Flight Director", "Fahrtleiter", "Directeur des vols")
    )
    pages = close(f.pages, s, h)
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, n: (
            running_header(p, s2, f"{h.name} - {tr(lg, 'Programme', 'Programm', 'Programme')}") + 6
        ),
    )
    caption(g, s2, tr(lg, "Programme", "Programm", "Programme"), 4)
    rows = []
    for k in range(days_n):
        dd = start + timedelta(days=k)
        for slot, what in [
            ("06:00", tr(lg, "Pilot briefing", "Pilotenbriefing", "Briefing pilotes")),
            ("06:30", tr(lg, "Mass ascent", "Massenstart", "Envol de masse")),
            (
                "18:00",
                tr(lg, "Briefing / task flight", "Briefing / Wettfahrt", "Briefing / épreuve"),
            ),
            ("21:30", tr(lg, "Night glow", "Ballonglühen", "Nuit des montgolfières")),
        ][: rng.randint(2, 4)]:
            rows.append(
                [
                    short(dd, lg),
                    slot,
                    what,
                    rng.choice(
                        [
                            tr(lg, "Main arena", "Festwiese", "Terrain principal"),
                            tr(lg, "Briefing tent", "Briefingzelt", "Chapiteau"),
                        ]
                    ),
                ]
            )
    cols = columns(40, w2 - 40, [(1.2, "left"), (0.8, "left"), (3, "left"), (2, "left")])
    table(
        g,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Event", "Programmpunkt", "Programme"),
            tr(lg, "Place", "Ort", "Lieu"),
        ],
        rows,
        s2,
        size=9,
        rules=True,
        shade=0.88,
        step=1.8,
    )
    pages += g.pages
    e = Page(A4)
    es = paper(s, A4)
    y = heading(e, es, h)
    t = tr(lg, "PILOT ENTRY FORM", "ANMELDUNG PILOT", "BULLETIN D'INSCRIPTION PILOTE")
    e.text(w / 2, y, t, s.bold, 13, "center")
    y = fields(
        e,
        es,
        m,
        y + 16,
        w - 2 * m,
        [
            (tr(lg, "Pilot", "Pilot", "Pilote"), ""),
            (tr(lg, "Licence no.", "Lizenz-Nr.", "Licence n°"), ""),
            (tr(lg, "Balloon registration", "Kennzeichen", "Immatriculation"), ""),
            (tr(lg, "Envelope type", "Hüllenmuster", "Type"), ""),
            (tr(lg, "Insurance (policy)", "Versicherung (Police)", "Assurance (police)"), ""),
            (tr(lg, "Crew (number)", "Team (Anzahl)", "Équipe (nombre)"), ""),
            (tr(lg, "Arrival date", "Anreise", "Arrivée"), ""),
            (tr(lg, "Mobile", "Mobil", "Portable"), ""),
        ],
        per=2,
        tall=30,
        hand=False,
    )
    y = ticks(
        e,
        es,
        m,
        y + 4,
        w - 2 * m,
        [
            tr(lg, "Night glow", "Ballonglühen", "Nuit des montgolfières"),
            tr(lg, "Passenger flights", "Passagierfahrten", "Vols passagers"),
            tr(lg, "Tethering", "Fesselfahrten", "Vols captifs"),
            tr(lg, "Camping", "Camping", "Camping"),
        ],
        set(),
        9,
    )
    text_lines(e, es, m, y + 10, w - 2 * m, words(rng, lg, "legal", 22), 8)
    sign_line(
        e,
        es,
        m,
        hh - m - 60,
        200,
        tr(lg, "Signature of pilot", "Unterschrift Pilot", "Signature du pilote"),
    )
    pages.append(e)
    received(rng, pages[0], lang(), d, 0.3)
    remember(d)
    return pages


def tpl_agent_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """An experience gift company's remittance advice: the payment, and the list of vouchers
    redeemed in the month with the commission withheld (on landscape pages when long)."""
    h = head_of(who, "agent")
    lg = h.lang
    d = month() + timedelta(days=rng.randint(25, 40))
    n = rng.randint(4, 30)
    land = n > 12
    s = style_of(h, landscape(A4) if land else A4, margin=40 if land else 0)
    w, _hh = s.page_size
    m = s.margin
    comm = rng.choice([20, 22.5, 25, 30])
    f = sheets(s, h, f"{tr(lg, 'Remittance advice', 'Zahlungsavis', 'Avis de paiement')} {h.name}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (
                tr(lg, "Supplier no.", "Partner-Nr.", "N° partenaire"),
                serial(keyed(who, "sup"), "SUP-99999"),
            ),
            (tr(lg, "Payment ref.", "Zahlungsreferenz", "Réf. paiement"), serial(rng, "PAY999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Remittance advice - redeemed vouchers",
            "Zahlungsavis - eingelöste Gutscheine",
            "Avis de paiement - bons utilisés",
        ),
        2,
    )
    rows = []
    gross = 0.0
    for _ in range(n):
        v = rng.choice([129.0, 179.0, 198.0, 249.0, 358.0])
        gross += v
        rows.append(
            [
                serial(rng, "EX99999999"),
                rng.choice(FLIGHT_TYPES[lg]),
                person(rng, lg),
                short(month() + timedelta(days=rng.randint(0, 27)), lg),
                money(v, lg),
                money(v * comm / 100, lg),
                money(v * (1 - comm / 100), lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.5, "left"),
            (3, "left"),
            (2, "left"),
            (1.2, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Voucher", "Gutschein", "Bon"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Customer", "Kunde", "Client"),
            tr(lg, "Flown", "Gefahren", "Volé le"),
            tr(lg, "Value", "Wert", "Valeur"),
            f"{tr(lg, 'Comm.', 'Prov.', 'Comm.')} {comm:g}%",
            tr(lg, "Payable", "Auszahlung", "Reversé"),
        ],
        rows,
        s,
        size=8 if land else 8.5,
        rules=rng.random() < 0.5,
    )
    f.need(40)
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Paid', 'Überwiesen', 'Viré')}: {cash(gross * (1 - comm / 100), lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 16
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    return close(
        f.pages,
        s,
        h,
        numbers={"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "{i}/{n}"}[lg]
        if len(f.pages) > 1
        else "none",
    )


RADIO_TERMS = {
    "en": [
        "Licensee",
        "Apparatus",
        "Frequencies",
        "Operators",
        "Call sign",
        "Interference",
        "Inspection",
        "Variation and revocation",
        "Fees",
        "Transfer",
    ],
    "de": [
        "Zuteilungsinhaber",
        "Funkanlage",
        "Frequenzen",
        "Bedienpersonal",
        "Rufzeichen",
        "Störungen",
        "Überprüfung",
        "Änderung und Widerruf",
        "Gebühren",
        "Übertragung",
    ],
    "fr": [
        "Titulaire",
        "Équipement",
        "Fréquences",
        "Opérateurs",
        "Indicatif",
        "Brouillages",
        "Contrôle",
        "Modification et retrait",
        "Redevances",
        "Cession",
    ],
}


def tpl_radio_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The radio licence for a balloon's portable airband set (Ofcom aircraft radio licence,
    Frequenzzuteilung für eine Luftfunkstelle, licence de station d'aéronef): the licence page
    and the conditions on the pages behind."""
    h = head_of(who, "radio")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    prev = LAST["extra"]
    used = prev if after(("radio_licence",)) and isinstance(prev, list) else []
    left = [b for b in OFFICE.fleet if b.reg not in used] or list(OFFICE.fleet)
    b = rng.choice(left)
    d = last_day(rng, ("radio_licence",), (0, 0))
    lic = serial(rng, {"en": "AR/9999999", "de": "LFZ-999999", "fr": "ANFR 999999"}[lg])
    f = sheets(s, h, f"{tr(lg, 'Licence', 'Zuteilung', 'Licence')} {lic}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [(tr(lg, "Licence no.", "Zuteilungs-Nr.", "N° de licence"), lic)],
    )
    t = tr(
        lg,
        "AIRCRAFT RADIO LICENCE",
        "FREQUENZZUTEILUNG - LUFTFUNKSTELLE",
        "LICENCE DE STATION D'AÉRONEF",
    )
    caption(f, s, t, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Licensee", "Zuteilungsinhaber", "Titulaire"), office_head().name),
            (tr(lg, "Aircraft registration", "Luftfahrzeugkennzeichen", "Immatriculation"), b.reg),
            (tr(lg, "Aircraft type", "Muster", "Type"), b.model),
            (tr(lg, "Call sign", "Rufzeichen", "Indicatif"), b.reg.replace("-", "")),
            (tr(lg, "Valid from", "Gültig ab", "Valable à compter du"), short(d, lg)),
            (
                tr(lg, "Renewal", "Verlängerung", "Renouvellement"),
                tr(lg, "annual", "unbefristet", "annuel"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 8
    cols = columns(m, w - m, [(3, "left"), (2, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Equipment", "Gerät", "Équipement"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Power", "Leistung", "Puissance"),
        ],
        [
            [
                rng.choice(["ICOM IC-A25NE", "Yaesu FTA-550", "ICOM IC-A16E", "Becker AR6201"]),
                tr(lg, "VHF airband portable", "VHF Flugfunk tragbar", "VHF aviation portable"),
                "5 W",
            ],
            *(
                [
                    [
                        rng.choice(["Trig TT21", "Garmin GTX 335"]),
                        tr(lg, "Transponder mode S", "Transponder Mode S", "Transpondeur mode S"),
                        "130 W",
                    ]
                ]
                if rng.random() < 0.4
                else []
            ),
        ],
        s,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Frequencies: 117.975-137.000 MHz (8.33 kHz channel spacing) for aeronautical "
            "mobile service.",
            "Frequenzbereich 117,975-137,000 MHz (Kanalraster 8,33 kHz), beweglicher "
            "Flugfunkdienst.",
            "Bande 117,975-137,000 MHz (espacement 8,33 kHz), service mobile aéronautique.",
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Fee: {cash(20.0, lg)} per year.",
            f"Gebühr: {cash(rng.choice([60.0, 80.0]), lg)}.",
            f"Redevance : {cash(rng.choice([40.0, 55.0]), lg)}.",
        ),
        s.size - 0.5,
    )
    f.need(60)
    f.y += 20
    scrawl(f.page, m, f.y, staff(h, "lic"))
    f.page.text(
        m, f.y + 14, tr(lg, "For Ofcom", "Im Auftrag", "Pour le directeur général"), s.font, 7.5
    )
    pages = f.pages
    if rng.random() < 0.8:
        g = sheets(
            s,
            h,
            f"{lic} - {tr(lg, 'Terms and conditions', 'Nebenbestimmungen', 'Conditions')}",
            top=False,
        )
        caption(
            g,
            s,
            tr(
                lg,
                "Licence conditions",
                "Nebenbestimmungen und Hinweise",
                "Conditions de la licence",
            ),
            2,
            rule=True,
        )
        for k, t2 in enumerate(RADIO_TERMS[lg][: rng.randint(6, 10)]):
            g.heading(m, f"{k + 1}. {t2}", s.bold, s.size - 0.5)
            write(g, s, prose(rng, lg, "rules", 1, 3), s.size - 1)
        pages = pages + g.pages
    remember(d, [*used, b.reg])
    return close(pages, s, h, numbers=rng.choice(["none", h.numbers, "2:- {i} -"]))


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same flight or landing."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking_confirmation": tpl_booking_confirmation,
    "passenger_declaration": tpl_passenger_declaration,
    "gift_voucher": tpl_gift_voucher,
    "cancellation_letter": tpl_cancellation_letter,
    "authority_letter": tpl_authority_letter,
    "envelope_inspection": tpl_envelope_inspection,
    "burner_inspection": tpl_burner_inspection,
    "propane_invoice": tpl_propane_invoice,
    "landowner_agreement": tpl_landowner_agreement,
    "landowner_claim": tpl_landowner_claim,
    "compensation_letter": tpl_compensation_letter,
    "vehicle_lease_invoice": tpl_vehicle_lease_invoice,
    "fuel_card_statement": tpl_fuel_card_statement,
    "insurance_schedule": tpl_insurance_schedule,
    "flight_manifest": tpl_flight_manifest,
    "banner_order": tpl_banner_order,
    "proficiency_check": tpl_proficiency_check,
    "fiesta_invitation": tpl_fiesta_invitation,
    "agent_remittance": tpl_agent_remittance,
    "radio_licence": tpl_radio_licence,
}
TEMPLATES_WWWWW: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "passenger_declaration",
    "gift_voucher",
    "cancellation_letter",
    "booking_confirmation",
    "propane_invoice",
    "vehicle_lease_invoice",
    "flight_manifest",
    "proficiency_check",
    "radio_licence",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "cancellation_letter": "booking_confirmation",
    "flight_manifest": "landowner_claim",
    "landowner_claim": "compensation_letter",
    "envelope_inspection": "burner_inspection",
    "booking_confirmation": "passenger_declaration",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tamis_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One operator's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The operator
    (country, name, fleet, pilots, month) is drawn once per stream."""
    new_office(random.Random(rng.getrandbits(32)))
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_WWWWW, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tamis_stream, "templates WWWWW")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

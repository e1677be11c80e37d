"""Dipper part of the generated corpus: templates KKKK, written blind for the next measurement.

A part of its own, ``dipper``. Its templates were written without looking at the boundary detector,
its documentation, its tuning or its evaluation, as the pile the office of a chimney sweeping and
stove installation business (a master sweep, two journeyman sweeps and an office assistant; in
England, Germany or France) feeds through its scanner in a month: the office copies of its sweeping
certificates (certificate of chimney sweeping, Formblatt nach § 4 SchfHwG, certificat de ramonage)
from the numbered duplicate pad, on A5; its smoke and draught test reports with the flue route
sketch and now and then a page of camera stills; its chimney inspection reports (a Level 2
inspection report, a Feuerstättenbescheid after the Feuerstättenschau with the table of works and
the legal notice, a rapport de visite du conduit); its stove installation quotations with the
covering letter, the survey sheet, the terms and an acceptance slip, and the customer's signed
acceptance with a copy of the deposit transfer; its stove commissioning certificates (HETAS-style
installation certificate, Inbetriebnahme- und Übergabeprotokoll, certificat de conformité et de
mise en service) with the notice plate and now and then the handover checklist; the scheme's
compliance certificate that follows (HETAS Building Regulations Compliance Certificate, the
district sweep's Abnahmebescheinigung, the Qualibois audit report); its customers' appointment
letters and reminders with a reply slip; emissions measurement records (Messbescheinigung nach der
1. BImSchV, flue gas analysis record, attestation d'entretien de chaudière) with the analyser's
printout strip; the journeymen's daily round sheets on landscape pages; letting agents' works
orders for annual checks and the office's landlord safety certificate batch that answers them
(covering letter, schedule of properties, one certificate per property); flue liner and stove
suppliers' delivery notes and invoices; guild membership renewals (Guild of Master Sweeps,
Schornsteinfeger-Innung, chambre syndicale) with the member form and the direct debit or SEPA
mandate; guild training certificates on landscape pages, sometimes with the course content; public
liability insurance schedules with the broker's covering letter, the endorsements for heat work and
the employers' liability certificate (in England); the flue gas analyser's calibration certificate
from the test laboratory; and householders' complaints and damage claims (soot on the carpet, a
cowl blown off, a cracked roof tile) with their photographs and a carpet cleaner's or roofer's
estimate, and the office's reply. Each stream is one office's pile: the office (country, name,
staff, month) is drawn once per stream; its outside senders are of the office's country and write
in its language, except that a stove supplier, a laboratory or a householder is now and then from
abroad and writes in its own. Page sizes range from analyser printout strips and A5 pad forms to
A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the flue
sketch and stills of a smoke test report; the legal notice page of a Feuerstättenbescheid; the
covering letter, survey sheet, terms and acceptance slip of a quotation; the transfer copy a
customer sends with the signed acceptance; the notice plate and handover checklist of a
commissioning certificate; the covering letter and notification details of a compliance
certificate; the reply slip of an appointment letter; the printout strip stapled to a measurement
record; the covering letter, schedule and property certificates of a landlord batch (filed as one
under the agent's order); the terms page behind a supplier's invoice; the form and mandate of a
guild renewal; the course content page of a training certificate; the covering letter, endorsements
and liability certificate of an insurance schedule; the service report behind a calibration
certificate; the photographs and estimate enclosed with a complaint; the incident report behind the
office's reply. Related papers are documents of their own: the customer's acceptance after the
quotation, the compliance certificate after the commissioning certificate, the landlord batch after
the agent's works order, the invoice after the delivery note, the office's reply after a complaint;
and so is each sweeping certificate, appointment letter, measurement record, round sheet, delivery
note, invoice and training certificate of a run (each training certificate goes to its holder's
file).

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: sweeping certificates, appointment
letters, measurement records, round sheets, delivery notes, supplier invoices and training
certificates often come 2-4 in a row from one sender with other customers, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers, about the
same customer or order. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "dipper"`` and seeds offset by 8_800_000.

Usage: ``python benchmarks/corpus_dipper.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/dipper/dipper_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field
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

PART = "dipper"
SEED_OFFSET = 8_800_000

MM = 72 / 25.4
STRIP = (58 * MM, 190 * MM)  # analyser printout
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the office and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        (
            "Ashworth & Sons Chimney Sweeps",
            "Unit 3, Tannery Yard",
            "Skipton BD23 1AA",
            "01756 794 220",
        ),
        ("Black Cat Sweeps & Stoves Ltd", "18 Market Place", "Hexham NE46 1XQ", "01434 608 113"),
        (
            "Fenwick Chimney Services",
            "The Old Forge, Church Lane",
            "Ludlow SY8 1AP",
            "01584 877 402",
        ),
    ],
    "de": [
        (
            "Schornsteinfegermeister Jürgen Brenner",
            "Kirchgasse 4",
            "79183 Waldkirch",
            "07681 49 33 10",
        ),
        ("Kaminkehrerei Huber & Sohn", "Bahnhofstraße 21", "83022 Rosenheim", "08031 35 27 90"),
        ("Schornsteinfegerbetrieb Tanja Wessel", "Im Winkel 7", "48143 Münster", "0251 52 80 41"),
    ],
    "fr": [
        ("Ramonage Savoyard SARL", "12 route d'Albertville", "73200 Albertville", "04 79 32 18 55"),
        (
            "Ets Lacombe Ramonage & Poêles",
            "5 rue du Moulin",
            "63000 Clermont-Ferrand",
            "04 73 91 26 40",
        ),
        ("Alsace Ramonage Fumisterie", "27 rue des Tanneurs", "67000 Strasbourg", "03 88 22 61 07"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "supplier": {
        "en": [
            (
                "Midland Flue Systems Ltd",
                "Unit 12, Kingsbury Link",
                "Tamworth B78 2EX",
                "01827 871 400",
            ),
            (
                "Northern Stove Distribution Ltd",
                "Aire Valley Trading Estate",
                "Keighley BD21 3LQ",
                "",
            ),
            ("Flueline Direct", "Enterprise Way", "Telford TF3 3BD", "01952 680 230"),
        ],
        "de": [
            ("Kaminwerk Süd GmbH", "Gewerbestraße 18", "79108 Freiburg", "0761 15 22 90"),
            ("Ofenhaus Großhandel Meyer KG", "Industriering 5", "83059 Kolbermoor", ""),
            ("Edelstahl-Abgassysteme Rietz GmbH", "Dieselstraße 31", "48157 Münster", ""),
        ],
        "fr": [
            (
                "Conduits Thermiques du Centre SAS",
                "ZA des Gravanches",
                "63100 Clermont-Ferrand",
                "",
            ),
            ("Comptoir des Poêles SARL", "140 avenue de Chambéry", "73230 Saint-Alban-Leysse", ""),
            (
                "Fumisterie Distribution Est",
                "Rue de l'Industrie",
                "67400 Illkirch",
                "03 88 67 40 12",
            ),
        ],
    },
    "agent": {
        "en": [
            ("Dales Lettings & Property Management", "7 High Street", "Skipton BD23 1JZ", ""),
            ("Keyhouse Residential Lettings", "22 Fore Street", "Hexham NE46 1LZ", "01434 602 911"),
            ("Harrison Murray Lettings", "4 Broad Street", "Ludlow SY8 1NG", ""),
        ],
        "de": [
            ("Hausverwaltung Albrecht GmbH", "Kaiser-Joseph-Straße 210", "79098 Freiburg", ""),
            ("Immobilienverwaltung Kern & Partner", "Max-Josefs-Platz 3", "83022 Rosenheim", ""),
            ("Wohnbau Münsterland eG", "Hafenweg 14", "48155 Münster", "0251 60 93 0"),
        ],
        "fr": [
            ("Agence Immobilière du Lac", "3 place de l'Hôtel de Ville", "73100 Aix-les-Bains", ""),
            ("Cabinet Girod Gestion", "18 rue Blatin", "63000 Clermont-Ferrand", ""),
            ("Foncière Rhénane Gérance", "9 quai Kléber", "67000 Strasbourg", ""),
        ],
    },
    "guild": {
        "en": [
            ("Guild of Master Sweeps", "Membership Office, PO Box 118", "Stratford CV37 0ZH", ""),
            (
                "Association of Chimney Sweeps & Stove Fitters",
                "Suite 4, Wharf House",
                "Leek ST13 5AB",
                "",
            ),
        ],
        "de": [
            ("Schornsteinfeger-Innung Südbaden", "Lörracher Straße 12", "79115 Freiburg", ""),
            ("Kaminkehrer-Innung Oberbayern", "Rosenheimer Straße 90", "81669 München", ""),
            ("Schornsteinfeger-Innung Münster", "Weseler Straße 48", "48151 Münster", ""),
        ],
        "fr": [
            (
                "Chambre Syndicale des Ramoneurs de Savoie",
                "Maison de l'Artisanat",
                "73000 Chambéry",
                "",
            ),
            (
                "Union des Ramoneurs-Fumistes d'Auvergne",
                "9 rue Gaultier de Biauzat",
                "63000 Clermont-Ferrand",
                "",
            ),
            (
                "Corporation des Ramoneurs du Bas-Rhin",
                "Espace Artisans, 12 rue Livio",
                "67100 Strasbourg",
                "",
            ),
        ],
    },
    "insurer": {
        "en": [
            ("Thornbury Trade Insurance Brokers", "Mercer House, 3 Park Row", "Leeds LS1 5HD", ""),
            ("Castlemere Commercial Insurance plc", "1 Temple Quay", "Bristol BS1 6DG", ""),
        ],
        "de": [
            ("Handwerker-Versicherung Süd VVaG", "Schwarzwaldstraße 60", "79117 Freiburg", ""),
            ("Meisterschutz Versicherung AG", "Arnulfstraße 44", "80335 München", ""),
        ],
        "fr": [
            ("Mutuelle des Artisans du Bâtiment", "27 boulevard Gambetta", "73000 Chambéry", ""),
            ("Cabinet Dupraz Assurances", "4 place de Jaude", "63000 Clermont-Ferrand", ""),
        ],
    },
    "lab": {
        "en": [
            ("Calibra Instrument Services Ltd", "Unit 6, Lakeside Park", "Warrington WA1 1RH", "")
        ],
        "de": [
            ("Messgeräte-Prüfstelle Südwest GmbH", "Robert-Bosch-Straße 9", "79211 Denzlingen", ""),
            ("Prüfstelle des Schornsteinfegerhandwerks", "Westfalendamm 75", "44141 Dortmund", ""),
        ],
        "fr": [
            ("Métrologie Combustion Services SAS", "Parc d'Activités du Chêne", "69500 Bron", "")
        ],
    },
    "scheme": {
        "en": [
            ("HETAS Ltd", "Severn House, Unit 3 Riverside Business Park", "Tewkesbury GL20 8JY", "")
        ],
        "de": [
            (
                "Bevollmächtigter Bezirksschornsteinfeger Kehrbezirk Emmendingen 7",
                "Talstraße 2",
                "79312 Emmendingen",
                "",
            ),
            (
                "Bevollmächtigter Bezirksschornsteinfeger Kehrbezirk Rosenheim 12",
                "Prinzregentenstraße 9",
                "83022 Rosenheim",
                "",
            ),
            (
                "Bevollmächtigte Bezirksschornsteinfegerin Kehrbezirk Münster 4",
                "Grevener Straße 101",
                "48159 Münster",
                "",
            ),
        ],
        "fr": [("Qualit'EnR - Audit Qualibois", "14 rue de la Tour des Dames", "75009 Paris", "")],
    },
}

FIRSTS = {
    "en": [
        "Margaret",
        "Alan",
        "Susan",
        "Graham",
        "Helen",
        "Peter",
        "Claire",
        "Ian",
        "Joanne",
        "Keith",
    ],
    "de": [
        "Ursula",
        "Klaus",
        "Monika",
        "Werner",
        "Petra",
        "Bernd",
        "Heike",
        "Rainer",
        "Silke",
        "Uwe",
    ],
    "fr": [
        "Martine",
        "Bernard",
        "Sylvie",
        "Gérard",
        "Isabelle",
        "Alain",
        "Chantal",
        "Didier",
        "Nadine",
    ],
}
LASTS = {
    "en": [
        "Hargreaves",
        "Dobson",
        "Pickles",
        "Metcalfe",
        "Armitage",
        "Rowley",
        "Bainbridge",
        "Clegg",
    ],
    "de": ["Schwarz", "Kopp", "Eberle", "Hagedorn", "Rieger", "Lindner", "Sauter", "Brockmann"],
    "fr": ["Perrier", "Bouvier", "Chappaz", "Gay", "Favre", "Mollard", "Bonnefoy", "Jacquemoud"],
}
FEMALE = {"Margaret", "Susan", "Helen", "Claire", "Joanne", "Ursula", "Monika", "Petra", "Heike"}
FEMALE |= {"Silke", "Martine", "Sylvie", "Isabelle", "Chantal", "Nadine", "Tanja"}
ROADS = {
    "en": ["Moor Lane", "Raikes Road", "Church Street", "Station Road", "Beck Side", "The Green"],
    "de": ["Lindenstraße", "Am Mühlbach", "Schwarzwaldstraße", "Eichenweg", "Dorfstraße", "Hofweg"],
    "fr": [
        "chemin des Vignes",
        "rue de la Gare",
        "route du Col",
        "impasse des Chênes",
        "rue Haute",
    ],
}
TOWNS = {
    "en": ["Settle BD24 9EF", "Grassington BD23 5AU", "Corbridge NE45 5AA", "Bromfield SY8 2JR"],
    "de": ["79183 Waldkirch", "79261 Gutach", "83101 Rohrdorf", "48161 Münster-Roxel"],
    "fr": ["73200 Gilly-sur-Isère", "73400 Ugine", "63400 Chamalières", "67120 Molsheim"],
}
APPLIANCES = {
    "en": [
        ("Woodburning stove", "Wood"),
        ("Multifuel stove", "Smokeless coal"),
        ("Open fire", "Wood"),
        ("Inglenook / open fire", "Wood"),
        ("Range cooker", "Anthracite"),
        ("Oil boiler", "Kerosene"),
        ("Wood pellet boiler", "Pellets"),
    ],
    "de": [
        ("Kaminofen", "Scheitholz"),
        ("Kachelofen", "Scheitholz"),
        ("Offener Kamin", "Scheitholz"),
        ("Öl-Brennwertkessel", "Heizöl EL"),
        ("Gas-Therme", "Erdgas"),
        ("Pelletkessel", "Holzpellets"),
        ("Küchenherd", "Scheitholz/Briketts"),
    ],
    "fr": [
        ("Poêle à bois", "Bois bûches"),
        ("Insert / foyer fermé", "Bois bûches"),
        ("Cheminée à foyer ouvert", "Bois bûches"),
        ("Chaudière fioul", "Fioul domestique"),
        ("Poêle à granulés", "Granulés"),
        ("Chaudière gaz", "Gaz naturel"),
    ],
}
FLUES = {
    "en": [
        "Masonry, unlined",
        "Masonry, clay liner",
        "Stainless flexible liner",
        "Twin-wall system",
    ],
    "de": [
        "Gemauert",
        "Keramik-Innenrohr",
        "Edelstahl-Sanierungsrohr",
        "Edelstahl-Außenschornstein",
    ],
    "fr": [
        "Conduit maçonné",
        "Boisseaux terre cuite",
        "Tubage inox flexible",
        "Conduit isolé double paroi",
    ],
}
STOVES = [
    ("Heta Inspire 45", 4.9, 1295.0),
    ("Dovre Rock 350", 6.0, 1690.0),
    ("Charnwood Island II", 5.0, 1420.0),
    ("Hase Luno", 5.0, 2380.0),
    ("Jøtul F 305", 6.5, 2150.0),
    ("Termatech TT20", 5.0, 1890.0),
    ("Invicta Onsen", 7.0, 1240.0),
    ("Morsø 6143", 5.5, 1980.0),
]

TALK = {
    "en": {
        "flue": "flue chimney stack liner cowl pot soot tar deposits draw smoke test appliance "
        "register plate ventilation hearth throat bird nest brush rods sweep debris creosote",
        "stove": "stove installation hearth flue liner register plate closure plate ventilation "
        "carbon monoxide alarm building regulations notice plate commissioning clearance",
        "legal": "policy insured liability cover excess indemnity period endorsement premium "
        "condition claim heat work employees contract schedule exclusion",
        "money": "invoice payment account balance due amount reference transfer order delivery "
        "terms credit discount",
    },
    "de": {
        "flue": "Schornstein Abgasanlage Verbindungsstück Reinigungsöffnung Ruß Glanzruß Zug "
        "Kehren Überprüfung Feuerstätte Mündung Querschnitt Verbrennungsluft Dichtheit Kopf",
        "stove": "Kaminofen Aufstellung Funkenschutz Bodenplatte Verbindungsstück Abstand "
        "Verbrennungsluft Inbetriebnahme Typenschild Feuerungsanlage Abnahme Bedienungsanleitung",
        "legal": "Versicherungsschein Versicherungsnehmer Haftpflicht Deckungssumme "
        "Selbstbeteiligung "
        "Heißarbeiten Obliegenheit Beitrag Laufzeit Schaden Nachtrag Ausschluss",
        "money": "Rechnung Zahlung Konto Betrag fällig Lieferung Bestellung Skonto Gutschrift "
        "Zahlungsziel Lieferschein Auftrag",
    },
    "fr": {
        "flue": "conduit ramonage souche tubage suie bistre tirage hérisson trappe appareil "
        "raccordement ventilation dévoiement nid débris chapeau étanchéité",
        "stove": "poêle installation plaque de sol tubage raccordement distance de sécurité "
        "amenée d'air mise en service plaque signalétique détecteur notice DTU",
        "legal": "contrat assuré responsabilité civile garantie franchise plafond avenant "
        "cotisation sinistre travaux par points chauds exclusion conditions",
        "money": "facture règlement compte montant échéance livraison commande escompte avoir "
        "virement référence",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "flue", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "flue", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The office of a stream, its customers, and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "job": None, "day": None}


@dataclass
class Customer:
    """A householder or a property and what burns there."""

    first: str
    last: str
    female: bool
    street: str
    town: str
    lang: str
    fires: list[tuple[str, str, str]] = field(default_factory=list)  # appliance, fuel, flue
    ref: str = ""
    stove: int = 0
    total: float = 0.0

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def lines(self) -> list[str]:
        return [titled(self.name, self.lang), self.street, self.town]


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run keeps its sender."""
    text = f"dipper/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def a_customer(rng: random.Random, lang: str = "") -> Customer:
    lg = lang or home()
    first = rng.choice(FIRSTS[lg])
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 88)
    n = rng.choice([1, 1, 1, 2, 2, 3])
    fires = []
    for _ in range(n):
        a, f = rng.choice(APPLIANCES[lg])
        fires.append((a, f, rng.choice(FLUES[lg])))
    return Customer(
        first=first,
        last=rng.choice(LASTS[lg]),
        female=first in FEMALE,
        street=f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}",
        town=rng.choice(TOWNS[lg]),
        lang=lg,
        fires=fires,
        ref=serial(rng, "K-99999"),
        stove=rng.randrange(len(STOVES)),
    )


def customer_for(rng: random.Random, kinds: tuple[str, ...]) -> Customer:
    """The previous document's customer if it was one of ``kinds``, else a new one."""
    c = LAST["job"]
    if isinstance(c, Customer) and after(kinds):
        return c
    return a_customer(rng)


def remember(job: object, d: date) -> None:
    LAST.update(job=job, day=d)


def titled(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        first, *rest = name.split()
        return f"{'Madame' if female else 'Monsieur'} {first} {' '.join(rest).upper()}"
    return f"{'Mrs' if female else 'Mr'} {name}"


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
    again: bool
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
TRADE = {
    "office": (
        "Chimney sweeping - stoves - flue lining - smoke testing",
        "Kehren - Messen - Feuerstättenschau - Energieberatung",
        "Ramonage - tubage - pose de poêles - débistrage",
    ),
    "supplier": (
        "Flue systems - stoves - chimney accessories",
        "Abgassysteme - Kaminöfen - Zubehör",
        "Conduits de fumée - poêles - accessoires",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("scheme",):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Raiffeisenbank'])} "
            f"- IBAN DE{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if role == "office":
            out.insert(
                0,
                "Eingetragen in die Handwerksrolle der HWK, Betriebs-Nr. "
                f"{r.randint(10000, 99999)}",
            )
        if "GmbH" in name or "KG" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Freiburg', 'Traunstein', 'Münster'])} "
                f"HRB {r.randint(1000, 99999)}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4322B', '8122Z', '4690Z', '6622Z', '9412Z'])}"
        ]
        if role in ("office", "supplier"):
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
                + (" - Qualibois RGE" if role == "office" else "")
                + f" - RC décennale {r.choice(['MAAF', 'SMABTP', 'AXA'])} n° "
                f"{r.randint(100000, 999999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office":
        out.append(
            r.choice(["HETAS Approved Sweep", "Guild of Master Sweeps member", "NACS member"])
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"dipper/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("scheme", "guild"):
        looks = ["official", "centred"] if role == "guild" else ["official"]
    elif role == "customer":
        looks = ["plain"]
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 and role != "customer" else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'mail', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role != "customer"
        else "",
    )


def office_head() -> Head:
    lang = home()
    return make_head(OFFICES[lang][int(OFFICE["row"])], lang, "office")  # type: ignore[call-overload]


def office_name() -> str:
    return office_head().name


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and office), of the office's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def customer_head(c: Customer) -> Head:
    h = make_head((c.name, c.street, c.town, ""), c.lang, "customer")
    return h


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
        cx, cy + r * 0.2, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )
    p.text(cx, cy + r * 0.62, "*", "Helvetica-Bold", 9, "center")


def sweep_logo(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A little chimney with smoke: a stack, two pots and three puffs."""
    p.rect(x, y + 10 * k, 22 * k, 18 * k, fill=0.25)
    p.rect(x + 3 * k, y + 4 * k, 5 * k, 6 * k, fill=0.25)
    p.rect(x + 13 * k, y + 4 * k, 5 * k, 6 * k, fill=0.25)
    for j in range(3):
        ring(p, x + (8 + 6 * j) * k, y - (2 + 4 * j) * k, (2.5 + j) * k, 14)


def emblem(p: Page, x: float, y: float) -> None:
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    trade = TRADE.get(h.role)
    line2 = tr(h.lang, *trade) if trade else ""
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
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m - 30)
        if h.role == "office":
            sweep_logo(p, w - m - 22, y - 8, 0.7)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}  {contact}" if line2 else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "office":
            sweep_logo(p, m + 2, y - 8, 1.2)
        else:
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
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


def plain(s: Style, header: str = "") -> Sheets:
    """Pages without a letterhead (forms, annexes); later ones with ``header`` if given."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 14, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or name.split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Paid"],
                        "de": ["Büro", "erledigt", "Buchhaltung"],
                        "fr": ["Bureau", "Compta", "Réglé"],
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
    r = random.Random(zlib.crc32(f"dipper/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    lg = h.lang
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def master() -> str:
    """The office's master sweep (the owner named in German firm names)."""
    h = office_head()
    for pre in ("Schornsteinfegermeister ", "Schornsteinfegerbetrieb "):
        if h.name.startswith(pre):
            return h.name.removeprefix(pre)
    return staff(h, "master")


def journeymen() -> list[str]:
    h = office_head()
    return [staff(h, "jm1"), staff(h, "jm2")]


def clerk() -> str:
    return staff(office_head(), "clerk")


def vat_rate(lang: str, works: bool = False) -> float:
    if lang == "fr":
        return 10.0 if works else 20.0
    return {"en": 20.0, "de": 19.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), net + tax))
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


def sign_line(
    p: Page, s: Style, x: float, y: float, label: str, name: str = "", w: float = 150
) -> None:
    """A signature line with its caption under it, signed by ``name`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, label, s.font, 6.5)
    if name:
        scrawl(p, x + 6, y - 3, name, 12)


def yes_no_na(lang: str) -> list[str]:
    return [*yes_no(lang), tr(lang, "N/A", "entf.", "S.O.")]


def checklist(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[str],
    rng: random.Random,
    lang: str,
    odd: float = 0.08,
) -> float:
    """Rows of questions with Yes / No / N/A boxes at the right; mostly Yes."""
    opts = yes_no_na(lang)
    bx = x + w - 3 * 38
    for k, o in enumerate(opts):
        p.text(bx + k * 38, y, o, s.bold, 6.5)
    y += 11
    for q in items:
        p.text(x, y, fit(q, s.font, 7.5, bx - x - 6), s.font, 7.5)
        r = rng.random()
        pick = 0 if r > odd * 2 else (1 if r > odd else 2)
        for k in range(3):
            p.rect(bx + k * 38 + 4, y - 6.5, 7, 7)
            if k == pick:
                p.text(bx + k * 38 + 5, y, "x", HAND, 8)
        p.line(x, y + 3, x + w, y + 3)
        y += 12
    return y + 6


def place(town: str, lang: str) -> str:
    """The place name of ``town`` without its postcode."""
    return town.split(" ")[0] if lang == "en" else town.split(" ", 1)[-1]


def fires_rows(c: Customer, lg: str, rng: random.Random) -> list[list[str]]:
    rooms = {
        "en": ["Lounge", "Dining room", "Kitchen", "Snug", "Bedroom 1", "Boiler house"],
        "de": ["Wohnzimmer", "Küche", "Keller", "Esszimmer", "Werkstatt", "Anbau"],
        "fr": ["Séjour", "Cuisine", "Sous-sol", "Salon", "Véranda", "Chaufferie"],
    }[lg]
    return [
        [str(k + 1), rooms[(k + len(c.last)) % len(rooms)], a, f, fl]
        for k, (a, f, fl) in enumerate(c.fires)
    ]


# ---------------------------------------------------------------------------------------------
# Templates KKKK: the office's own certificates, reports and letters
# ---------------------------------------------------------------------------------------------


def tpl_sweep_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The office copy of a sweeping certificate from the numbered duplicate pad (A5): the
    customer and address, a row per flue, method, tick boxes for nests, cowls, alarms and the
    flue's condition, remarks, the sweep's signature and the customer's; a German office fills
    in the Formblatt nach § 4 SchfHwG for the district sweep."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = last_day(rng, ("sweep_certificate",), (0, 1))
    s = style_of(h, A5, margin=30, pt=8)
    w, hh = A5
    m = s.margin
    p = Page(A5)
    y = heading(p, s, h, top=30)
    pad = keyed(who, "pad").randint(1200, 8800) + rng.randint(0, 40)
    title = tr(
        lg,
        "CERTIFICATE OF CHIMNEY SWEEPING",
        "Formblatt nach § 4 Abs. 1 SchfHwG - Nachweis über durchgeführte Schornsteinfegerarbeiten",
        "CERTIFICAT DE RAMONAGE",
    )
    pt = 11.0 if tw(title, s.bold, 11) < w - 2 * m - 60 else 8.5
    for k, ln in enumerate(wrap(title, s.bold, pt, w - 2 * m - 60)):
        p.text(m, y + k * (pt + 2), ln, s.bold, pt)
    p.text(
        w - m, y, f"N° {pad:06d}" if lg == "fr" else f"No. {pad:06d}", "Courier-Bold", 10, "right"
    )
    y += 2 * (pt + 2) + 6
    fires = fires_rows(c, lg, rng)
    sweep = rng.choice([master(), *journeymen()])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Eigentümer/in", "Client"), titled(c.name, lg)),
            (tr(lg, "Date", "Datum der Arbeiten", "Date d'intervention"), short(d, lg)),
            (
                tr(lg, "Address of property", "Anschrift der Liegenschaft", "Adresse du logement"),
                f"{c.street}, {c.town}",
            ),
            (tr(lg, "Sweep", "Ausgeführt von", "Ramoneur"), sweep),
        ],
        per=2,
        tall=22,
    )
    cols = columns(
        m, w - m, [(0.3, "left"), (1.1, "left"), (1.6, "left"), (1.1, "left"), (1.5, "left")]
    )
    y += 2
    for col, t in zip(
        cols,
        [
            "#",
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Appliance", "Feuerstätte", "Appareil"),
            tr(lg, "Fuel", "Brennstoff", "Combustible"),
            tr(lg, "Flue", "Abgasanlage", "Conduit"),
        ],
        strict=True,
    ):
        p.text(col[0], y, t, s.bold, 6.5)
    p.line(m, y + 3, w - m, y + 3)
    y += 12
    for row in fires:
        for col, t in zip(cols, row, strict=True):
            p.text(col[0], y, fit(t, HAND, 7.5, col[1] - col[0] - 2), HAND, 7.5)
        p.line(m, y + 3, w - m, y + 3)
        y += 12
    y += 6
    if lg == "de":
        p.text(m, y, "Durchgeführte Arbeiten:", s.bold, 7)
        y = ticks(
            p,
            s,
            m,
            y + 11,
            w - 2 * m,
            [
                "Kehren",
                "Überprüfen",
                "Messung 1. BImSchV",
                "Abgaswegeüberprüfung",
                "Feuerstättenschau",
            ],
            {0, 1} if rng.random() < 0.6 else {2, 3},
            7,
        )
        p.text(m, y, "Mängel:", s.bold, 7)
        y = ticks(
            p,
            s,
            m,
            y + 11,
            w - 2 * m,
            ["keine", "geringfügig", "erheblich", "gefährlich"],
            {0} if rng.random() < 0.8 else {1},
            7,
        )
        y = text_lines(
            p,
            s,
            m,
            y,
            w - 2 * m,
            "Bemerkungen: " + ("keine" if rng.random() < 0.5 else words(rng, lg, "flue", 8)),
        )
        p.text(
            m,
            y + 4,
            "Der Nachweis ist dem bevollmächtigten Bezirksschornsteinfeger bis zum",
            s.font,
            6.5,
        )
        p.text(
            m,
            y + 12,
            "Ende der im Feuerstättenbescheid genannten Frist zuzusenden (§ 4 Abs. 2 SchfHwG).",
            s.font,
            6.5,
        )
        y += 22
    else:
        p.text(m, y, tr(lg, "Method", "", "Méthode"), s.bold, 7)
        y = ticks(
            p,
            s,
            m,
            y + 11,
            w - 2 * m,
            tr(
                lg,
                "Brush (up)|Brush (down)|Power sweep|Vacuum",
                "",
                "Hérisson par le haut|Hérisson par le bas|Rotatif|Aspiration",
            ).split("|"),
            {rng.randrange(4)},
            7,
        )
        p.text(m, y, tr(lg, "Checks", "", "Contrôles"), s.bold, 7)
        y = ticks(
            p,
            s,
            m,
            y + 11,
            w - 2 * m,
            tr(
                lg,
                "Smoke test passed|Nest removed|Cowl/cap fitted|CO alarm "
                "present|Flue needs attention",
                "",
                "Vacuité du conduit|Nid retiré|Chapeau en place|Détecteur "
                "CO présent|Débistrage conseillé",
            ).split("|"),
            {k for k in range(5) if rng.random() < (0.7 if k in (0, 3) else 0.15)},
            7,
        )
        y = text_lines(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(lg, "Remarks: ", "", "Observations : ")
            + ("-" if rng.random() < 0.4 else words(rng, lg, "flue", 9)),
        )
        note = tr(
            lg,
            "Solid fuel flues should be swept at least once a year, "
            "twice when burning wood. Keep this certificate for your "
            "insurer.",
            "",
            "Le ramonage est obligatoire (règlement sanitaire départemental, "
            "art. 31). Certificat à conserver et à présenter à votre "
            "assureur en cas de sinistre.",
        )
        y = text_lines(p, s, m, y, w - 2 * m, note, 6.5)
    fee = rng.choice([55.0, 60.0, 65.0, 70.0, 75.0, 48.0]) + 15 * (len(c.fires) - 1)
    p.text(m, y + 6, f"{tr(lg, 'Fee', 'Gebühr', 'Montant')}: ", s.font, 7.5)
    hand(p, m + 40, y + 6, cash(fee, lg), 8.5)
    ticks(
        p,
        s,
        m + 110,
        y + 6,
        w - 2 * m - 110,
        tr(lg, "Cash|Card|Invoice", "Bar|EC|Rechnung", "Espèces|CB|Chèque").split("|"),
        {rng.randrange(3)},
        7,
    )
    yy = min(hh - 58, y + rng.uniform(60, 110))
    sign_line(
        p,
        s,
        m,
        yy,
        tr(lg, "Signature of sweep", "Unterschrift Schornsteinfeger", "Signature du ramoneur"),
        sweep,
    )
    sign_line(
        p,
        s,
        w / 2 + 10,
        yy,
        tr(lg, "Customer", "Eigentümer/in", "Client"),
        c.name if rng.random() < 0.8 else "",
    )
    if lg == "de" and rng.random() < 0.7:
        seal(p, w - m - 44, yy - 34, 30, "Schornsteinfeger", office_name().split()[-1])
    p.text(
        w / 2,
        hh - 22,
        tr(lg, "OFFICE COPY", "Durchschrift für den Betrieb", "Copie entreprise"),
        s.bold,
        6.5,
        "center",
    )
    remember(c, d)
    return [p]


def text_lines(
    p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float = 7.5
) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + 4


def flue_sketch(
    p: Page,
    rng: random.Random,
    x: float,
    y: float,
    w: float,
    h: float,
    lg: str,
    labels: bool = True,
) -> None:
    """A sketch of a house section with the flue route from the appliance to the pot."""
    p.rect(x, y, w, h)
    gx = x + w * 0.1
    base = y + h - 20
    roof = y + h * 0.3
    p.line(gx, base, x + w * 0.9, base)  # ground floor
    p.line(gx, base, gx, roof)
    p.line(x + w * 0.9, base, x + w * 0.9, roof)
    p.line(gx - 10, roof, x + w * 0.5, y + 20)
    p.line(x + w * 0.5, y + 20, x + w * 0.9 + 10, roof)
    mid = (base + roof) / 2
    p.line(gx, mid, x + w * 0.9, mid)
    cx = x + w * rng.uniform(0.55, 0.72)
    top = y + rng.uniform(8, 20)
    p.rect(cx - 9, top, 18, base - top - 24)  # the stack through both floors
    p.rect(cx - 11, top - 6, 22, 6, fill=0.4)
    p.rect(cx - 30, base - 22, 24, 22)  # the stove
    p.line(cx - 18, base - 22, cx - 18, base - 30)
    p.line(cx - 18, base - 30, cx - 9, base - 36)
    if rng.random() < 0.5:  # an offset
        p.line(cx - 9, mid - 20, cx + 9, mid - 40)
    if labels:
        for t, yy in (
            (tr(lg, "Pot / cowl", "Mündung / Aufsatz", "Souche / chapeau"), top),
            (tr(lg, "Liner", "Innenrohr", "Tubage"), (top + mid) / 2),
            (tr(lg, "Register plate", "Reinigungsöffnung", "Trappe de ramonage"), mid + 10),
            (tr(lg, "Appliance", "Feuerstätte", "Appareil"), base - 12),
        ):
            p.line(cx + 12, yy, x + w * 0.93, yy)
            p.text(x + w * 0.935, yy + 2, t, HAND, 7.5)


def tpl_smoke_test_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's smoke and draught test report (A4): property and flue fields, the test
    table with pressures and the result, the sweep's findings and signature; the flue route
    sketch on its own page or under the findings; now and then a page of camera stills."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    ref = f"{tr(lg, 'STR', 'RP', 'RT')}-{d.year % 100}{rng.randint(100, 999)}"
    title = tr(
        lg,
        "Smoke & Draught Test Report",
        "Prüfbericht Rauchprobe und Zugmessung",
        "Rapport d'essai de fumée et de tirage",
    )
    f = sheets(s, h, f"{title} - {ref} - {c.street}")
    caption(f, s, title, 4, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "N° rapport"), ref),
            (tr(lg, "Date of test", "Prüfdatum", "Date de l'essai"), short(d, lg)),
            (tr(lg, "Client", "Auftraggeber", "Client"), titled(c.name, lg)),
            (tr(lg, "Property", "Objekt", "Adresse"), f"{c.street}, {c.town}"),
            (
                tr(lg, "Reason", "Anlass", "Motif"),
                rng.choice(
                    tr(
                        lg,
                        "New installation|Change of appliance|Property purchase "
                        "survey|Suspected leak",
                        "Neuanschluss|Brennstoffwechsel|Kaufgutachten|Verdacht auf Undichtheit",
                        "Nouvelle installation|Changement d'appareil|Vente du logement|Suspicion "
                        "de fuite",
                    ).split("|")
                ),
            ),
            (tr(lg, "Tested by", "Prüfer", "Technicien"), master()),
        ],
        per=2,
        tall=25,
        hand=rng.random() < 0.5,
    )
    cols = columns(
        m, w - m, [(0.4, "left"), (2.2, "left"), (1.2, "right"), (1.2, "right"), (1, "center")]
    )
    rows = []
    for k, (a, _, fl) in enumerate(c.fires):
        rows.append(
            [
                str(k + 1),
                f"{a} - {fl}",
                f"{rng.uniform(8, 22):.1f}",
                f"{rng.uniform(0.5, 4):.1f}",
                tr(lg, "PASS", "i.O.", "CONFORME")
                if rng.random() < 0.85
                else tr(lg, "FAIL", "n.i.O.", "NON CONFORME"),
            ]
        )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Flue / appliance", "Abgasanlage / Feuerstätte", "Conduit / appareil"),
            tr(lg, "Draught Pa", "Förderdruck Pa", "Tirage Pa"),
            tr(lg, "Smoke min", "Rauch min", "Fumée min"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    caption(f, s, tr(lg, "Findings", "Feststellungen", "Constatations"), 1)
    write(f, s, prose(rng, lg, "flue", 2, 4))
    if rng.random() < 0.6:
        caption(f, s, tr(lg, "Recommendations", "Empfehlungen", "Préconisations"), 1)
        for k in range(rng.randint(2, 4)):
            write(f, s, f"{k + 1}. {words(rng, lg, 'flue')}", indent=10)
    pages = f.pages
    if rng.random() < 0.5 and f.y < hh - 320:
        flue_sketch(f.page, rng, m, f.y + 4, w - 2 * m - 90, 230, lg)
        f.y += 250
    else:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(
                lg,
                "Flue route sketch (not to scale)",
                "Skizze Abgasweg (nicht maßstäblich)",
                "Croquis du conduit (sans échelle)",
            ),
            s.bold,
            11,
        )
        flue_sketch(p, rng, m, m + 20, w - 2 * m - 90, 420, lg)
        hand(p, m, m + 470, words(rng, lg, "flue", 7), 9, w - 2 * m)
        pages.append(p)
    if rng.random() < 0.4:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(
                lg,
                "Camera survey - stills",
                "Kamerabefahrung - Standbilder",
                "Inspection vidéo - captures",
            ),
            s.bold,
            11,
        )
        for k in range(rng.choice([4, 6])):
            cx, cy = m + (k % 2) * ((w - 2 * m) / 2 + 6), m + 24 + (k // 2) * 230
            photo(p, cx, cy, (w - 2 * m) / 2 - 6, 190, rng)
            p.text(
                cx,
                cy + 202,
                f"{k + 1}. {rng.uniform(0.5, 9.5):.1f} m - {words(rng, lg, 'flue', 4)}",
                s.font,
                7,
            )
        pages.append(p)
    last = pages[-1]
    sign_line(last, s, m, hh - m - 40, tr(lg, "Signed", "Unterschrift", "Signature"), master())
    remember(c, d)
    return close(pages, s, h)


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's chimney inspection paper: in Germany the Feuerstättenbescheid after the
    Feuerstättenschau (the works per installation and the periods in a table, the fees, the
    legal remedy notice on its own page, the round seal); in England a Level 2 chimney
    inspection report with condition ratings per flue and a checklist; in France a rapport de
    visite du conduit with the points checked and the conclusion."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4)
    w = A4[0]
    m = s.margin
    if lg == "de":
        f = sheets(s, h, f"Feuerstättenbescheid - {c.street}, {c.town}")
        recipient(
            f,
            s,
            h,
            c.lines(),
            d,
            [
                ("Liegenschafts-Nr.", c.ref),
                (
                    "Kehrbezirk",
                    f"{rng.choice(['Emmendingen', 'Rosenheim', 'Münster'])} {rng.randint(1, 14)}",
                ),
            ],
        )
        caption(f, s, "Feuerstättenbescheid gemäß § 14a SchfHwG", 3)
        write(f, s, f"{dear(lg, titled(c.name, lg))}")
        write(
            f,
            s,
            f"aufgrund der Feuerstättenschau vom "
            f"{short(d - timedelta(days=rng.randint(3, 20)), lg)} "
            f"setze ich für die Liegenschaft {c.street}, {c.town} die "
            "folgenden Schornsteinfegerarbeiten fest. Sie sind verpflichtet, "
            "diese Arbeiten fristgerecht durchführen zu lassen.",
        )
        cols = columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (2, "left"),
                (1.3, "left"),
                (1.4, "left"),
                (0.8, "center"),
                (1.4, "left"),
            ],
        )
        rows = []
        for k, (a, fu, _) in enumerate(c.fires):
            work = rng.choice(["Kehren", "Überprüfen", "Messen (1. BImSchV)", "Kehren + Messen"])
            rows.append(
                [
                    str(k + 1),
                    a,
                    fu,
                    work,
                    str(rng.choice([1, 2, 3])),
                    f"01.{rng.randint(1, 9):02d}. - 30.{rng.randint(10, 12):02d}.",
                ]
            )
        table(
            f,
            cols,
            ["Nr.", "Anlage", "Brennstoff", "Arbeit", "x/Jahr", "Zeitraum"],
            rows,
            s,
            shade=0.9,
            rules=True,
        )
        f.y += 6
        write(
            f,
            s,
            f"Die nächste Feuerstättenschau ist im Jahr {d.year + rng.choice([3, 4])} "
            f"vorgesehen. Die Gebühr für diesen Bescheid beträgt "
            f"{cash(rng.choice([12.6, 14.2, 18.9]), lg)} "
            "(Anlage 3 KÜO).",
            s.size - 0.5,
        )
        write(f, s, words(rng, lg, "flue"), s.size - 0.5)
        f.need(110)
        f.y += 10
        f.page.text(m, f.y, f"{office_head().town.split()[-1]}, {short(d, lg)}", s.font, s.size)
        scrawl(f.page, m, f.y + 34, master())
        f.page.text(
            m,
            f.y + 46,
            f"{master()}, bevollmächtigte/r Bezirksschornsteinfeger/in",
            s.font,
            s.size - 1,
        )
        seal(
            f.page,
            w - m - 60,
            f.y + 30,
            30,
            "Bevollm. Bezirksschornsteinfeger",
            f"Kehrbezirk {rng.randint(1, 14)}",
        )
        f.y += 80
        pages = f.pages
        p = Page(A4)
        y = m
        p.text(m, y, "Rechtsbehelfsbelehrung", s.bold, 11)
        y = text_lines(
            p,
            s,
            m,
            y + 18,
            w - 2 * m,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Widerspruch erhoben werden. Der Widerspruch "
            "ist schriftlich oder zur Niederschrift bei der/dem bevollmächtigten "
            "Bezirksschornsteinfeger/in einzulegen. " + prose(rng, lg, "flue", 2, 3),
            s.size - 0.5,
        )
        p.text(m, y + 10, "Hinweise", s.bold, 11)
        y += 28
        for k in range(rng.randint(4, 6)):
            y = text_lines(
                p,
                s,
                m + 12,
                y,
                w - 2 * m - 12,
                f"{k + 1}. {words(rng, lg, 'flue', 14)} {words(rng, lg, 'flue', 10)}",
                s.size - 1,
            )
        pages.append(p)
        remember(c, d)
        return close(pages, s, h)
    title = tr(
        lg, "Chimney Inspection Report - Level 2", "", "Rapport de visite du conduit de fumée"
    )
    f = sheets(s, h, f"{title} - {c.street}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "", "Client"), titled(c.name, lg)),
            (tr(lg, "Inspection date", "", "Date de visite"), short(d, lg)),
            (tr(lg, "Property", "", "Adresse"), f"{c.street}, {c.town}"),
            (tr(lg, "Inspector", "", "Intervenant"), master()),
            (
                tr(lg, "Property type", "", "Type de logement"),
                rng.choice(
                    tr(
                        lg,
                        "Detached|Semi-detached|Terraced|Barn conversion",
                        "",
                        "Maison individuelle|Appartement|Longère|Chalet",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Age of chimney (approx.)", "", "Âge du conduit"),
                f"{rng.choice([40, 60, 80, 100, 120, 150])} {tr(lg, 'years', '', 'ans')}",
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    cols = columns(
        m, w - m, [(0.4, "left"), (1.7, "left"), (1.8, "left"), (0.8, "center"), (2.3, "left")]
    )
    grades = tr(
        lg, "Satisfactory|Advisory|Remedial|Unsafe", "", "Bon état|À surveiller|Travaux|Dangereux"
    ).split("|")
    rows = [
        [
            str(k + 1),
            a,
            fl,
            rng.choice(grades[:3] if rng.random() < 0.9 else grades),
            words(rng, lg, "flue", 5),
        ]
        for k, (a, _, fl) in enumerate(c.fires)
    ]
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Appliance", "", "Appareil"),
            tr(lg, "Flue", "", "Conduit"),
            tr(lg, "Rating", "", "Avis"),
            tr(lg, "Observations", "", "Observations"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    f.need(220)
    band(f.page, s, f.y, tr(lg, "Items checked", "", "Points contrôlés"))
    items = tr(
        lg,
        "Stack and pots sound|Flashings intact|Flue free of obstruction|Liner "
        "continuous, no splits|Register plate sealed and accessible|Hearth "
        "adequate|Combustible materials clear|Permanent ventilation "
        "adequate|CO alarm fitted and tested",
        "",
        "Souche en bon état|Solins étanches|Conduit libre de tout "
        "obstacle|Tubage continu sans fissure|Trappe de visite accessible|Plaque "
        "de sol conforme|Écart au feu respecté|Ventilation permanente "
        "suffisante|Détecteur de fumée présent",
    ).split("|")
    f.y = checklist(f.page, s, m, f.y + 16, w - 2 * m, items, rng, lg)
    caption(f, s, tr(lg, "Conclusion", "", "Conclusion"), 1)
    write(f, s, prose(rng, lg, "flue", 1, 3))
    f.need(60)
    sign_line(f.page, s, m, f.y + 30, tr(lg, "Inspector", "", "Le technicien"), master())
    sign_line(
        f.page,
        s,
        w / 2,
        f.y + 30,
        tr(lg, "Received by client", "", "Lu et approuvé, le client"),
        c.name if rng.random() < 0.6 else "",
    )
    remember(c, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates KKKK: stoves - quotation, acceptance, commissioning, compliance
# ---------------------------------------------------------------------------------------------

QUOTE_TERMS = {
    "en": [
        "Quotation validity",
        "Deposit",
        "Access and scaffolding",
        "Making good",
        "Unforeseen works",
        "Building regulations",
        "Payment",
        "Guarantee",
        "Cancellation",
        "Ownership of goods",
    ],
    "de": [
        "Angebotsbindung",
        "Anzahlung",
        "Zugang und Gerüst",
        "Beiarbeiten",
        "Unvorhergesehenes",
        "Abnahme durch den bBSF",
        "Zahlung",
        "Gewährleistung",
        "Widerrufsrecht",
        "Eigentumsvorbehalt",
    ],
    "fr": [
        "Validité du devis",
        "Acompte",
        "Accès et échafaudage",
        "Finitions",
        "Travaux imprévus",
        "Conformité DTU 24.1",
        "Règlement",
        "Garanties",
        "Rétractation",
        "Réserve de propriété",
    ],
}


def quote_lines(c: Customer, lg: str, rng: random.Random) -> list[tuple[str, int, float]]:
    stove, kw, price = STOVES[c.stove]
    liner = rng.choice([6, 7, 8, 9, 10, 12])
    lines = [
        (f"{tr(lg, 'Stove', 'Kaminofen', 'Poêle')} {stove} ({kw:g} kW)", 1, price),
        (
            tr(
                lg,
                f"Flexible stainless liner 150 mm, 316 grade ({liner} m)",
                f"Edelstahl-Sanierungsrohr DN 150 ({liner} m)",
                f"Tubage inox 316L Ø150 ({liner} m)",
            ),
            liner,
            rng.choice([38.0, 42.0, 45.0]),
        ),
        (
            tr(
                lg,
                "Register plate, closure plate and vitreous flue pipe",
                "Verbindungsstück, Wandfutter, Rosette",
                "Plaque d'étanchéité et raccordement émaillé",
            ),
            1,
            rng.choice([145.0, 180.0, 210.0]),
        ),
        (
            tr(lg, "Cowl / rain cap", "Regenhaube Edelstahl", "Chapeau pare-pluie"),
            1,
            rng.choice([65.0, 85.0, 95.0]),
        ),
        (
            tr(
                lg,
                "Labour: fitting, 2 operatives",
                "Montage, 2 Monteure",
                "Main d'œuvre pose, 2 compagnons",
            ),
            rng.choice([2, 3]),
            rng.choice([260.0, 320.0, 380.0]),
        ),
    ]
    if rng.random() < 0.6:
        lines.append(
            (
                tr(
                    lg,
                    "Slate hearth 900 x 900 mm",
                    "Glas-Bodenplatte 100 x 120 cm",
                    "Plaque de sol verre trempé",
                ),
                1,
                rng.choice([180.0, 240.0, 290.0]),
            )
        )
    if rng.random() < 0.5:
        lines.append(
            (
                tr(
                    lg,
                    "Scaffold tower hire (1 week)",
                    "Gerüst inkl. Auf- und Abbau",
                    "Location échafaudage (1 semaine)",
                ),
                1,
                rng.choice([180.0, 240.0, 350.0]),
            )
        )
    if lg == "en":
        lines.append(("HETAS notification and CO alarm", 1, rng.choice([95.0, 110.0])))
    elif lg == "de":
        lines.append(
            (
                "Abnahme durch bevollm. Bezirksschornsteinfeger (Durchlaufposten)",
                1,
                rng.choice([85.0, 110.0]),
            )
        )
    else:
        lines.append(
            ("Détecteur de fumée et certificat de conformité", 1, rng.choice([45.0, 60.0]))
        )
    return lines


def tpl_stove_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's stove installation quotation: a covering letter, the priced items (stove,
    liner, register plate, hearth, labour, notification), the site survey sheet with tick
    boxes and hand measurements, sometimes the terms in two columns, and an acceptance slip
    at the foot of the last page or on an A5 sheet of its own."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = some_day(rng)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    no = f"{tr(lg, 'Q', 'AN', 'D')}{d.year % 100}-{rng.randint(100, 999)}"
    stove = STOVES[c.stove][0]
    pages: list[Page] = []
    if rng.random() < 0.65:
        f = sheets(s, h)
        recipient(f, s, h, c.lines(), d, [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), no)])
        caption(
            f,
            s,
            tr(
                lg,
                f"Your new stove - {stove}",
                f"Ihr neuer Kaminofen - {stove}",
                f"Votre projet de poêle - {stove}",
            ),
            1,
        )
        write(f, s, dear(lg, titled(c.name, lg)))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for letting us survey your chimney. Please find our quotation enclosed.",
                "vielen Dank für Ihr Interesse. Anbei erhalten Sie unser "
                "Angebot für die Aufstellung des Kaminofens.",
                "Suite à notre visite, veuillez trouver ci-joint notre devis "
                "pour l'installation de votre poêle.",
            ),
        )
        write(f, s, prose(rng, lg, "stove", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "To accept, sign the slip and return it with the deposit.",
                "Zur Beauftragung senden Sie uns bitte den unterschriebenen "
                "Auftragsabschnitt zurück.",
                "Pour accepter, retournez-nous le bon pour accord signé avec l'acompte de 30 %.",
            ),
        )
        regards(
            f,
            s,
            lg,
            master(),
            tr(lg, "Master Sweep, HETAS registered installer", "Schornsteinfegermeister", "Gérant"),
        )
        pages += f.pages
    f = sheets(s, h, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    caption(f, s, f"{tr(lg, 'QUOTATION', 'ANGEBOT', 'DEVIS')} {no}", 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Customer", "Kunde", "Client"),
                    f"{titled(c.name, lg)}, {c.street}, {c.town}",
                ),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (
                    tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                    day(h, d + timedelta(days=30)),
                ),
            ],
            w - m,
        )
        + 10
    )
    cols = columns(
        m, w - m, [(0.4, "left"), (4, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
    )
    net = 0.0
    rows = []
    for k, (t, q, pr) in enumerate(quote_lines(c, lg, rng)):
        v = q * pr
        net += v
        rows.append([str(k + 1), t, str(q), money(pr, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U. HT"),
            tr(lg, "Amount", "GP", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    c.total = totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg, True),
        tr(
            lg,
            "Excludes any builder's work not listed.",
            "Bauseitige Leistungen sind nicht enthalten.",
            "TVA 10 % - attestation simplifiée à signer (logement de plus de 2 ans).",
        ),
    )
    write(f, s, prose(rng, lg, "stove", 1, 2), s.size - 1)
    slip_title = tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD")
    slip_text = tr(
        lg,
        f"I accept quotation {no} and enclose a deposit of 30%.",
        f"Hiermit beauftrage ich Sie gemäß Angebot {no}.",
        f"Devis n° {no} reçu avant exécution des travaux, bon pour accord.",
    )
    sheet: list[Page] = []
    if rng.random() < 0.5 and f.y < hh - m - 150 - 7 * len(h.foot):
        last = f.page
        y0 = hh - m - 130 - 7 * len(h.foot)
        slip_rule(
            last,
            m,
            w - m,
            y0,
            tr(lg, "cut here and return", "bitte abtrennen", "à découper et à retourner"),
        )
        last.text(m, y0 + 20, slip_title, s.bold, 10)
        last.text(m, y0 + 36, slip_text, s.font, 8)
        sign_line(
            last,
            s,
            m,
            y0 + 80,
            tr(lg, "Date and signature", "Datum, Unterschrift", "Date et signature"),
        )
    else:
        sp = Page(A5)
        s5 = paper(s, A5, margin=36)
        y = heading(sp, s5, h)
        sp.text(36, y, slip_title, s.bold, 12)
        y = text_lines(sp, s, 36, y + 20, A5[0] - 72, slip_text, 9)
        y = fields(
            sp,
            s,
            36,
            y + 6,
            A5[0] - 72,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Preferred date", "Wunschtermin", "Date souhaitée"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
                (tr(lg, "Deposit", "Anzahlung", "Acompte"), ""),
            ],
            per=2,
            tall=26,
        )
        sign_line(
            sp,
            s,
            36,
            A5[1] - 70,
            tr(lg, "Date and signature", "Datum, Unterschrift", "Date et signature"),
        )
        sheet.append(sp)
    pages += f.pages
    sv = Page(s.page_size)
    y = heading(sv, s, h) if rng.random() < 0.5 else m
    sv.text(m, y, tr(lg, "SITE SURVEY", "AUFNAHMEBOGEN", "FICHE DE VISITE TECHNIQUE"), s.bold, 12)
    y = fields(
        sv,
        s,
        m,
        y + 12,
        w - 2 * m,
        [
            (
                tr(lg, "Chimney height (m)", "Schornsteinhöhe (m)", "Hauteur conduit (m)"),
                f"{rng.uniform(5, 11):.1f}",
            ),
            (
                tr(lg, "Flue size (mm)", "Querschnitt (cm)", "Section (cm)"),
                rng.choice(["200 x 200", "225 x 225", "180 x 300", "Ø 180"]),
            ),
            (
                tr(lg, "Opening W x H (mm)", "Nische B x H (cm)", "Ouverture L x H (cm)"),
                f"{rng.randint(55, 95)}0 x {rng.randint(55, 90)}0",
            ),
            (
                tr(lg, "Hearth depth (mm)", "Abstand brennbar (cm)", "Distance combustible (cm)"),
                str(rng.randint(20, 60) * 10),
            ),
            (
                tr(lg, "Room volume (m³)", "Raumvolumen (m³)", "Volume pièce (m³)"),
                str(rng.randint(35, 90)),
            ),
            (
                tr(lg, "Air permeability", "Luftdichtheit", "Étanchéité à l'air"),
                rng.choice(["> 5", "< 5", "?"]),
            ),
        ],
        per=2,
        tall=26,
    )
    for label, opts in (
        (
            tr(lg, "Chimney condition", "Zustand Schornstein", "État du conduit"),
            tr(lg, "Good|Fair|Poor", "gut|mittel|schlecht", "Bon|Moyen|Mauvais"),
        ),
        (
            tr(lg, "Access to stack", "Zugang Dach", "Accès toiture"),
            tr(
                lg,
                "Ladder|Roof ladder|Scaffold",
                "Leiter|Dachleiter|Gerüst",
                "Échelle|Échelle de toit|Échafaudage",
            ),
        ),
        (
            tr(lg, "Ventilation required", "Verbrennungsluft", "Amenée d'air"),
            tr(
                lg,
                "None|Yes - air brick|Direct air kit",
                "raumluftabhängig|Außenluft|Luftverbund",
                "Non|Oui - grille|Raccordement direct",
            ),
        ),
        (
            tr(lg, "Smoke test before", "Rauchprobe vorab", "Essai fumigène avant"),
            tr(
                lg,
                "Pass|Fail|Not done",
                "dicht|undicht|nicht erfolgt",
                "Conforme|Non conforme|Non fait",
            ),
        ),
    ):
        sv.text(m, y, label, s.bold, 8)
        y = ticks(sv, s, m + 140, y, w - 2 * m - 140, opts.split("|"), {rng.randrange(3)}, 8, 2.6)
    sv.text(m, y + 4, tr(lg, "Notes / sketch", "Notizen / Skizze", "Notes / croquis"), s.bold, 8)
    sv.rect(m, y + 10, w - 2 * m, 200)
    for k in range(rng.randint(2, 4)):
        hand(sv, m + 8, y + 30 + 18 * k, words(rng, lg, "stove", 7), 9, w - 2 * m - 16)
    sign_line(
        sv,
        s,
        m,
        hh - m - 40,
        tr(lg, "Surveyed by", "Aufgenommen von", "Visite effectuée par"),
        master(),
    )
    pages.append(sv)
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions of Installation",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente et d'installation",
                ),
                QUOTE_TERMS[lg],
                "stove",
            )
        )
    pages += sheet
    remember(c, d)
    return close(pages, s, h)


def tpl_quote_acceptance(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's answer to a quotation: the signed acceptance with a short note in hand or
    a typed letter, now and then with a printout of the online banking transfer of the
    deposit behind it."""
    c = customer_for(rng, ("stove_quote",))
    lg = c.lang
    h = customer_head(c)
    d = last_day(rng, ("stove_quote",), (3, 15))
    stove = STOVES[c.stove][0]
    deposit = round((c.total or rng.uniform(2500, 5500)) * 0.3, 2)
    s = style_of(h, A4 if lg != "en" else rng.choice([A4, A4, LETTER]))
    w = s.page_size[0]
    m = s.margin
    f = plain(s)
    p = f.page
    yy = m
    for t in (c.name, c.street, c.town):
        p.text(w - m, yy, t, s.font, s.size, "right")
        yy += s.size * 1.3
    f.y = yy + 20
    o = office_head()
    f.y = window(p, s, None, f.y, [o.name, o.street, o.town]) + 20
    p.text(w - m, f.y - 14, day(h, d), s.font, s.size, "right")
    f.y += 6
    caption(
        f,
        s,
        tr(
            lg,
            f"Stove installation - {stove}",
            f"Auftrag Kaminofen {stove}",
            f"Accord pour la pose du poêle {stove}",
        ),
        1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Dear Sirs," if rng.random() < 0.5 else f"Dear {master().split()[0]},",
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We are happy to go ahead with your quotation for the {stove}. "
            f"I have transferred the deposit of {cash(deposit, lg)} today. "
            "Please let us know when you can fit it; we are away for the last week of the month.",
            f"wir möchten den Kaminofen {stove} gemäß Ihrem Angebot aufstellen "
            f"lassen. Die Anzahlung von {cash(deposit, lg)} habe ich "
            "heute überwiesen. "
            "Bitte teilen Sie uns einen Termin mit.",
            f"Nous vous retournons votre devis signé pour le poêle {stove}. "
            f"Nous avons effectué le virement de l'acompte de {cash(deposit, lg)}. "
            "Merci de nous proposer une date d'intervention.",
        ),
    )
    if rng.random() < 0.5:
        write(f, s, words(rng, lg, "stove", 12))
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Yours faithfully" if rng.random() < 0.5 else "Many thanks",
            "Mit freundlichen Grüßen",
            "Cordialement",
        ),
        s.font,
        s.size,
    )
    scrawl(f.page, m, f.y + 30, c.name)
    f.page.text(m, f.y + 42, c.name, s.font, s.size)
    f.y += 60
    if rng.random() < 0.5:
        hand(
            f.page,
            m,
            f.y + 10,
            tr(
                lg,
                "P.S. could you also sweep the kitchen flue?",
                "PS: Bitte auch den Küchenschornstein kehren.",
                "PS : pouvez-vous aussi ramoner la cuisinière ?",
            ),
            10,
        )
    pages = f.pages
    if rng.random() < 0.55:
        bank = rng.choice(
            tr(
                lg,
                "Nationwide|Barclays|Yorkshire Bank",
                "Sparkasse|Volksbank|ING",
                "Crédit Agricole|Caisse d'Épargne|LCL",
            ).split("|")
        )
        bp = Page(A4)
        bw = A4[0]
        host = "".join(ch for ch in bank.lower() if ch.isalpha())
        bp.text(
            30,
            24,
            f"https://www.{host}.{tr(lg, 'co.uk', 'de', 'fr')}/online/payments/confirmation",
            "Helvetica",
            6.5,
        )
        bp.text(bw - 30, 24, short(d, lg), "Helvetica", 6.5, "right")
        bp.rect(40, 50, bw - 80, 40, fill=0.85)
        bp.text(54, 76, bank, "Helvetica-Bold", 16)
        bp.text(
            54,
            130,
            tr(lg, "Payment confirmation", "Überweisung ausgeführt", "Confirmation de virement"),
            "Helvetica-Bold",
            13,
        )
        pairs(
            bp,
            style_of(h, A4, margin=54, pt=10),
            54,
            160,
            [
                (
                    tr(lg, "From account", "Auftraggeber", "Compte débité"),
                    f"{c.name} ****{rng.randint(1000, 9999)}",
                ),
                (tr(lg, "To", "Empfänger", "Bénéficiaire"), o.name),
                (
                    tr(lg, "Reference", "Verwendungszweck", "Motif"),
                    tr(
                        lg,
                        f"Deposit {c.last}",
                        f"Anzahlung Kaminofen {c.last}",
                        f"Acompte poêle {c.last}",
                    ),
                ),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(deposit, lg)),
                (tr(lg, "Date", "Ausführung", "Date d'exécution"), short(d, lg)),
                (
                    tr(lg, "Transaction ID", "Auftrags-ID", "Référence opération"),
                    serial(rng, "AA99999999A9"),
                ),
            ],
            bw - 54,
            10,
        )
        bp.text(bw - 30, A4[1] - 24, "1/1", "Helvetica", 6.5, "right")
        pages.append(bp)
    remember(c, d)
    return pages


def tpl_commissioning_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's installation and commissioning certificate for a stove it fitted: the
    appliance, flue and hearth data in a grid, the commissioning checks with Yes/No/N/A, the
    flue draught and CO readings, the handover signatures; the notice plate for the chimney
    breast on a half page or a second page, sometimes the user handover checklist."""
    h = office_head()
    lg = h.lang
    c = customer_for(rng, ("quote_acceptance", "stove_quote"))
    d = last_day(rng, ("quote_acceptance", "stove_quote"), (10, 30))
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    stove, kw, _ = STOVES[c.stove]
    cert = serial(rng, "9999999")
    title = tr(
        lg,
        "Installation & Commissioning Certificate - Solid Fuel Appliance",
        "Inbetriebnahme- und Übergabeprotokoll Einzelraumfeuerstätte",
        "Certificat de conformité et de mise en service - appareil à bois",
    )
    f = sheets(s, h, f"{title} - {cert}")
    caption(f, s, title, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Certificate no.", "Protokoll-Nr.", "N° certificat"), cert),
            (
                tr(lg, "Date commissioned", "Inbetriebnahme am", "Date de mise en service"),
                short(d, lg),
            ),
            (tr(lg, "Customer", "Betreiber", "Client"), titled(c.name, lg)),
            (
                tr(lg, "Installation address", "Aufstellort", "Adresse de l'installation"),
                f"{c.street}, {c.town}",
            ),
            (tr(lg, "Appliance make / model", "Hersteller / Typ", "Marque / modèle"), stove),
            (tr(lg, "Nominal output", "Nennwärmeleistung", "Puissance nominale"), f"{kw:g} kW"),
            (tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"), serial(rng, "99-99999")),
            (
                tr(lg, "Fuel", "Brennstoff", "Combustible"),
                tr(lg, "Wood logs (Ready to Burn)", "Scheitholz", "Bûches (humidité < 20 %)"),
            ),
            (
                tr(lg, "Flue type / diameter", "Abgasanlage / DN", "Conduit / diamètre"),
                rng.choice(FLUES[lg]) + " 150",
            ),
            (
                tr(lg, "Flue length (m)", "Wirksame Höhe (m)", "Hauteur (m)"),
                f"{rng.uniform(5, 11):.1f}",
            ),
        ],
        per=2,
        tall=24,
    )
    band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "Commissioning checks",
            "Prüfungen bei Inbetriebnahme",
            "Contrôles de mise en service",
        ),
    )
    items = tr(
        lg,
        "Hearth dimensions comply with ADJ|Clearances to combustibles "
        "as per manufacturer|Flue swept and inspected before fitting|Smoke "
        "test of flue passed|Register plate sealed, inspection access "
        "provided|Permanent air supply provided|CO alarm fitted "
        "and tested|Appliance fired and draught measured|Operating "
        "instructions left with customer",
        "Bodenplatte ausreichend|Abstände zu brennbaren Bauteilen "
        "eingehalten|Abgasanlage vor Anschluss gereinigt|Dichtheitsprüfung "
        "bestanden|Verbindungsstück dicht, Reinigungsöffnung zugänglich|Verbrennungsluftversorgung "
        "gesichert|Rauchwarnmelder vorhanden|Probefeuerung, Förderdruck "
        "gemessen|Bedienungsanleitung übergeben",
        "Plaque de sol conforme|Distances de sécurité respectées|Conduit "
        "ramoné avant pose|Essai fumigène conforme|Raccordement "
        "étanche, trappe accessible|Amenée d'air conforme|Détecteur "
        "de fumée installé|Mise en chauffe, tirage mesuré|Notice "
        "remise au client",
    ).split("|")
    f.y = checklist(f.page, s, m, f.y + 16, w - 2 * m, items, rng, lg, 0.03)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Draught (Pa)", "Förderdruck (Pa)", "Tirage (Pa)"),
                f"{rng.uniform(10, 18):.0f}",
            ),
            (
                tr(lg, "CO in room (ppm)", "CO Raumluft (ppm)", "CO ambiant (ppm)"),
                str(rng.choice([0, 0, 1, 2])),
            ),
            (
                tr(lg, "Flue gas temp. (°C)", "Abgastemp. (°C)", "T° fumées (°C)"),
                str(rng.randint(180, 290)),
            ),
        ],
        per=3,
        tall=24,
    )
    f.need(60)
    sign_line(
        f.page,
        s,
        m,
        f.y + 26,
        tr(lg, "Installer (HETAS reg.)", "Fachbetrieb", "L'installateur"),
        master(),
    )
    sign_line(f.page, s, w / 2, f.y + 26, tr(lg, "Customer", "Betreiber", "Le client"), c.name)
    f.y += 50
    pages = f.pages
    plate_lines = [
        tr(lg, "IMPORTANT INFORMATION", "WICHTIGER HINWEIS", "INFORMATION IMPORTANTE"),
        tr(
            lg,
            "This building is served by the following chimney / flue",
            "Angaben zur Abgasanlage",
            "Caractéristiques du conduit de fumée",
        ),
        f"{tr(lg, 'Location', 'Lage', 'Emplacement')}: {fires_rows(c, lg, rng)[0][1]}",
        f"{tr(lg, 'Flue type', 'Art', 'Type')}: {rng.choice(FLUES[lg])}   Ø 150 mm",
        f"{tr(lg, 'Suitable for', 'Geeignet für', 'Convient pour')}: "
        f"{tr(lg, 'solid fuel', 'feste Brennstoffe', 'combustibles solides')}",
        f"{tr(lg, 'Installed by', 'Errichtet von', 'Installé par')}: {h.name}   {short(d, lg)}",
    ]
    if rng.random() < 0.5 and f.y < hh - 260:
        p, y0 = f.page, hh - 230
    else:
        p, y0 = Page(A4), m + 20.0
        pages.append(p)
        p.text(
            m,
            m,
            tr(
                lg,
                "Notice plate - to be fixed next to the electricity meter or the flue",
                "Schild für die Abgasanlage",
                "Plaque signalétique du conduit",
            ),
            s.font,
            7.5,
        )
    p.rect(m + 20, y0, w - 2 * m - 40, 130)
    p.rect(m + 24, y0 + 4, w - 2 * m - 48, 122)
    for k, t in enumerate(plate_lines):
        p.text(
            w / 2,
            y0 + 22 + k * 17,
            fit(t, s.bold if k == 0 else s.font, 10 if k == 0 else 8.5, w - 2 * m - 60),
            s.bold if k == 0 else s.font,
            10 if k == 0 else 8.5,
            "center",
        )
    if p is not f.page and rng.random() < 0.5:
        y = y0 + 160
        p.text(
            m,
            y,
            tr(lg, "Customer handover", "Einweisung des Betreibers", "Remise au client"),
            s.bold,
            11,
        )
        y = checklist(
            p,
            s,
            m,
            y + 16,
            w - 2 * m,
            tr(
                lg,
                "Lighting and refuelling explained|Air controls explained|Ash "
                "removal and disposal|Wood moisture below 20%|Annual sweeping "
                "advised|Warranty registration",
                "Anheizen erklärt|Luftregler erklärt|Ascheentsorgung|Holzfeuchte "
                "unter 20 %|Kehrpflicht erläutert|Garantiekarte",
                "Allumage expliqué|Réglages d'air|Évacuation des cendres|Humidité "
                "du bois < 20 %|Ramonage 2 fois par an|Garantie constructeur",
            ).split("|"),
            rng,
            lg,
            0.02,
        )
        sign_line(p, s, m, y + 30, tr(lg, "Customer", "Betreiber", "Le client"), c.name)
    remember(c, d)
    return close(pages, s, h)


def tpl_scheme_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The compliance paper for an installed stove from outside: HETAS's Building Regulations
    Compliance Certificate (bordered, with notification details and a covering letter now and
    then), the district sweep's Abnahmebescheinigung with tick boxes and round seal, or the
    Qualibois audit report with the points checked over two pages."""
    h = head_of(who, "scheme")
    lg = h.lang
    c = customer_for(rng, ("commissioning_certificate",))
    if c.lang != lg:
        c = a_customer(rng, lg)
    d = last_day(rng, ("commissioning_certificate",), (7, 28))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    stove, kw, _ = STOVES[c.stove]
    o = office_head()
    pages: list[Page] = []
    if lg == "en":
        if rng.random() < 0.4:
            f = sheets(s, h)
            recipient(f, s, h, c.lines(), d, [("Notification ref", serial(rng, "HN9999999"))])
            caption(f, s, "Your Building Regulations Compliance Certificate", 1)
            write(f, s, dear(lg, titled(c.name, lg)))
            write(
                f,
                s,
                f"Your installer {o.name} has notified the installation of "
                "a solid fuel appliance at the above property. The enclosed "
                "certificate confirms that the work has been self-certified "
                "by a registered competent person and has been notified "
                "to your local authority.",
            )
            write(
                f,
                s,
                "Please keep the certificate safe: you will need it when you sell your home. "
                + words(rng, lg, "stove"),
            )
            regards(f, s, lg, "Customer Services", "HETAS Ltd")
            pages += f.pages
        p = Page(A4)
        p.rect(24, 24, w - 48, hh - 48)
        p.rect(30, 30, w - 60, hh - 60)
        emblem(p, w / 2 - 11, 56)
        p.text(w / 2, 110, "HETAS", "Helvetica-Bold", 22, "center")
        p.text(
            w / 2,
            140,
            "Building Regulations Compliance Certificate",
            "Helvetica-Bold",
            14,
            "center",
        )
        p.text(
            w / 2,
            158,
            "Building Regulations 2010 (England and Wales) - Competent Person Scheme",
            "Helvetica",
            8.5,
            "center",
        )
        pairs(
            p,
            paper(s, A4, margin=80, pt=10),
            80,
            200,
            [
                ("Certificate number", serial(rng, "HC9999999")),
                ("Date of issue", short(d, lg)),
                ("Property", f"{c.street}, {c.town}"),
                ("Work carried out", "Installation of a solid fuel appliance and flue liner"),
                ("Appliance", f"{stove} ({kw:g} kW)"),
                ("Date work completed", short(d - timedelta(days=rng.randint(7, 20)), lg)),
                ("Installer", o.name),
                ("Registration no.", serial(keyed(who, "reg"), "I99999")),
                (
                    "Local authority notified",
                    rng.choice(
                        [
                            "Craven District Council",
                            "Northumberland County Council",
                            "Shropshire Council",
                        ]
                    ),
                ),
            ],
            w - 80,
            10,
        )
        p.text(
            80,
            420,
            fit(
                "This certificate confirms that the work complies with all applicable requirements",
                "Helvetica",
                9,
                w - 160,
            ),
            "Helvetica",
            9,
        )
        p.text(
            80,
            433,
            "of the Building Regulations as self-certified by the installer named above.",
            "Helvetica",
            9,
        )
        p.barcode("qr", f"HETAS-{serial(rng, '99999999')}", w - 230, hh - 260)
        p.text(80, hh - 120, "Chief Executive", "Helvetica", 8)
        scrawl(p, 80, hh - 130, "Bruce Allen")
        pages.append(p)
        if rng.random() < 0.4:
            q = Page(A4)
            q.text(m, m, "Notification details", "Helvetica-Bold", 12)
            y = checklist(
                q,
                s,
                m,
                m + 24,
                w - 2 * m,
                [
                    "Appliance installed to manufacturer's instructions",
                    "Flue system suitable for appliance",
                    "Hearth complies with Approved Document J",
                    "CO alarm fitted (Reg. 39/ADJ)",
                    "Notice plate fixed",
                    "Commissioning certificate issued",
                ],
                rng,
                lg,
                0.0,
            )
            q.text(
                m,
                y + 10,
                "Data provided by the registered installer. HETAS does not "
                "inspect every installation.",
                "Helvetica",
                7.5,
            )
            pages.append(q)
        remember(c, d)
        return pages
    if lg == "de":
        f = sheets(s, h)
        recipient(f, s, h, c.lines(), d, [("Liegenschaft", c.ref)])
        caption(f, s, "Bescheinigung über die Abnahme der Feuerungsanlage", 2)
        f.page.text(
            m, f.y, "(Brandsicherheitsschau nach Landesbauordnung und § 1 Abs. 1 KÜO)", s.font, 8
        )
        f.y += 18
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Feuerstätte", f"Kaminofen {stove}"),
                ("Nennwärmeleistung", f"{kw:g} kW"),
                ("Aufstellraum", fires_rows(c, lg, rng)[0][1]),
                ("Errichter", o.name),
                ("Abgasanlage", rng.choice(FLUES[lg])),
                ("Tag der Abnahme", short(d, lg)),
            ],
            per=2,
            tall=24,
            hand=rng.random() < 0.6,
        )
        f.y = checklist(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                "Die Feuerstätte ist ordnungsgemäß angeschlossen",
                "Abstände zu brennbaren Bauteilen eingehalten",
                "Verbrennungsluftversorgung ausreichend",
                "Abgasanlage für den Anschluss geeignet",
                "Die Stufe 2 der 1. BImSchV wird eingehalten (Typprüfung)",
            ],
            rng,
            lg,
            0.03,
        )
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["Die Anlage kann sicher benutzt werden.", "Mängel, Nachschau erforderlich"],
            {0} if rng.random() < 0.85 else {1},
            9,
        )
        f.y += 40
        write(
            f,
            s,
            f"Gebühr nach KÜO: {cash(rng.choice([56.7, 72.4, 88.2]), lg)}. "
            + words(rng, lg, "stove"),
            s.size - 1,
        )
        f.need(100)
        seal(
            f.page, w - m - 60, f.y + 40, 32, "Bevollm. Bezirksschornsteinfeger", h.name.split()[-1]
        )
        scrawl(f.page, m, f.y + 50, staff(h, "bbsf"))
        f.page.text(m, f.y + 62, staff(h, "bbsf"), s.font, s.size)
        f.y += 90
        remember(c, d)
        return close(f.pages, s, h)
    f = sheets(s, h, f"Rapport d'audit Qualibois - {o.name}")
    caption(f, s, "RAPPORT D'AUDIT DE RÉALISATION - QUALIBOIS AIR", 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Entreprise auditée", o.name),
            ("N° de qualification", serial(keyed(who, "q"), "QB/99999")),
            ("Chantier", f"{c.street}, {c.town}"),
            ("Date de l'audit", short(d, lg)),
            ("Appareil", f"{stove} ({kw:g} kW)"),
            ("Auditeur", staff(h, "auditor")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(0.5, "left"), (4.5, "left"), (1, "center"), (2, "left")])
    points = [
        "Distances de sécurité",
        "Plaque de sol",
        "Raccordement (DTU 24.1)",
        "Tubage et plaque d'étanchéité",
        "Sortie de toit",
        "Amenée d'air",
        "Plaque signalétique",
        "Trappe de ramonage",
        "Notice et certificat remis",
        "Détecteur de fumée",
        "Propreté du chantier",
        "Dossier client",
    ]
    rows = [
        [
            f"{k + 1:02d}",
            t,
            rng.choice(["C", "C", "C", "C", "NC", "SO"]),
            "" if rng.random() < 0.7 else words(rng, lg, "stove", 4),
        ]
        for k, t in enumerate(points)
    ]
    table(
        f,
        cols,
        ["N°", "Point de contrôle", "Avis", "Commentaire"],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=1.9,
    )
    f.y += 6
    write(
        f,
        s,
        "C : conforme - NC : non conforme - SO : sans objet. " + prose(rng, lg, "stove", 1, 2),
        s.size - 1,
    )
    f.need(90)
    band(f.page, s, f.y, "Conclusion de l'audit")
    f.y += 16
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            "Satisfaisant",
            "Satisfaisant avec remarques",
            "Non satisfaisant - actions correctives sous 3 mois",
        ],
        {rng.choice([0, 0, 1, 2])},
        8,
    )
    f.y += 30
    sign_line(f.page, s, m, f.y + 20, "L'auditeur", staff(h, "auditor"))
    sign_line(f.page, s, w / 2, f.y + 20, "L'entreprise", master())
    f.y += 40
    remember(c, d)
    return close(f.pages, s, h, numbers="Page {i}/{n}")


# ---------------------------------------------------------------------------------------------
# Templates KKKK: appointments, measurements, rounds, letting agents
# ---------------------------------------------------------------------------------------------


def tpl_appointment_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's letter to a customer that the annual sweep (or the Feuerstättenschau, the
    BImSchV measurement) is due, with a proposed date or a request to ring, on A4 or A5; a
    second notice in firmer words now and then; a reply slip at the foot or a postcard-size
    sheet behind."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    d = last_day(rng, ("appointment_letter",), (0, 0))
    second = rng.random() < 0.3
    size = A5 if rng.random() < 0.45 else (A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    s = style_of(h, size, margin=40 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    slot = d + timedelta(days=rng.randint(10, 30))
    when = (
        f"{day(h, slot)}, {rng.choice(['8:00-10:00', '10:00-12:00', '13:00-15:00', '15:00-17:00'])}"
    )
    f = sheets(s, h)
    recipient(f, s, h, c.lines(), d, [(tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), c.ref)])
    subject = (
        tr(
            lg,
            "Second notice: chimney sweep overdue",
            "Erinnerung: Kehrtermin noch offen",
            "Relance : ramonage annuel non effectué",
        )
        if second
        else rng.choice(
            tr(
                lg,
                "Your chimney sweep is due|Annual chimney sweep appointment",
                "Ankündigung Kehr- und Überprüfungstermin|Terminankündigung "
                "Messung nach 1. BImSchV",
                "Avis de passage du ramoneur|Votre ramonage annuel",
            ).split("|")
        )
    )
    caption(f, s, subject, 1)
    write(f, s, dear(lg, titled(c.name, lg)))
    what = ", ".join(a for a, _, _ in c.fires)
    if second:
        write(
            f,
            s,
            tr(
                lg,
                "We wrote to you recently but have not been able to arrange "
                f"the sweep of your {what}. Your insurer may require a certificate "
                "after a chimney fire.",
                "trotz unserer Ankündigung konnten die Arbeiten an Ihrer "
                f"Anlage ({what}) noch nicht durchgeführt werden. Bitte beachten "
                "Sie die Frist im Feuerstättenbescheid.",
                "Malgré notre précédent courrier, le ramonage de votre installation "
                f"({what}) n'a pas pu être effectué. Nous vous rappelons "
                "qu'il est obligatoire.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"Our records show that your {what} was last swept about "
                f"a year ago. We will be in your area on {when}.",
                f"für Ihre Anlage ({what}) stehen die im Feuerstättenbescheid "
                f"festgesetzten Arbeiten an. Wir kommen am {when}.",
                f"Le ramonage annuel de votre installation ({what}) arrive "
                f"à échéance. Notre ramoneur passera le {when}.",
            ),
        )
    write(f, s, words(rng, lg, "flue", 12))
    write(
        f,
        s,
        tr(
            lg,
            "Please let the fire go out the night before and clear the hearth.",
            "Bitte sorgen Sie dafür, dass die Feuerstätte außer Betrieb und zugänglich ist.",
            "Merci de ne pas allumer le feu la veille et de dégager l'accès au conduit.",
        ),
    )
    regards(f, s, lg, clerk(), tr(lg, "Office", "Büro", "Secrétariat"))
    pages = f.pages
    labels = tr(
        lg,
        "The date suits|Please ring me to rearrange|The appliance is no longer used",
        "Termin passt|Bitte rufen Sie mich an|Anlage stillgelegt",
        "La date me convient|Merci de me rappeler|Appareil hors service",
    ).split("|")
    if rng.random() < 0.5 and f.y < hh - 150:
        p = f.page
        y0 = hh - m - 105
        slip_rule(
            p,
            m,
            w - m,
            y0,
            tr(
                lg,
                "Reply slip - please detach",
                "Antwort - bitte abtrennen",
                "Coupon-réponse à détacher",
            ),
        )
        p.text(m, y0 + 18, f"{c.ref}  {c.name}", s.font, 8)
        ticks(p, s, m, y0 + 34, w - 2 * m, labels, set(), 8)
        p.text(m, y0 + 80, tr(lg, "Telephone:", "Telefon:", "Téléphone :"), s.font, 8)
        p.line(m + 60, y0 + 82, w / 2, y0 + 82)
    elif rng.random() < 0.5:
        s6 = paper(s, A5L, margin=36)
        q = Page(A5L)
        q.text(36, 40, tr(lg, "REPLY CARD", "RÜCKANTWORT", "COUPON-RÉPONSE"), s.bold, 12)
        window(q, s6, None, 64, [h.name, h.street, h.town])
        y = ticks(q, s6, 36, 130, A5L[0] - 72, labels, set(), 9, 3)
        fields(
            q,
            s6,
            36,
            y + 10,
            A5L[0] - 72,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
                (tr(lg, "Preferred day", "Wunschtag", "Jour souhaité"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
            per=2,
            tall=28,
        )
        pages.append(q)
    remember(c, d)
    return close(pages, s, h, numbers="none")


def printout(rng: random.Random, lg: str, d: date, fuel: str, co: float, o2: float) -> Page:
    """The analyser's thermal printout strip, pasted on a page of its own by the scanner."""
    p = Page(STRIP)
    hh = STRIP[1]
    x, y = 12.0, 24.0
    model = rng.choice(["wöhler A 550", "testo 330-2 LX", "MRU OPTIMA 7", "Kane 458s"])
    lines = [
        model.upper(),
        f"S/N {serial(rng, '99999999')}",
        "-" * 26,
        f"{short(d, lg)}  {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        fuel[:24],
        "-" * 26,
        f"T.amb    {rng.uniform(12, 22):6.1f} °C",
        f"T.gas    {rng.uniform(120, 260):6.1f} °C",
        f"O2       {o2:6.1f} %",
        f"CO2      {max(0.5, 20.9 - o2 - 1.8):6.1f} %",
        f"CO       {co:6.0f} ppm",
        f"CO 13%O2 {co * 0.0012 * 20.9 / max(1, 20.9 - o2):6.3f} g/m3",
        f"Draught  {rng.uniform(-18, -6):6.1f} Pa",
        f"qA       {rng.uniform(5, 11):6.1f} %",
        f"Lambda   {20.9 / max(1.0, 20.9 - o2):6.2f}",
        "-" * 26,
        "",
        tr(lg, "Signature:", "Unterschrift:", "Signature :"),
    ]
    for t in lines:
        p.text(x, y, t, "Courier", 7.5)
        y += 10
    scrawl(p, x, y + 12, master(), 10)
    p.text(x, hh - 16, "*** END ***", "Courier", 7.5)
    return p


def tpl_emissions_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A measurement record: the Messbescheinigung nach der 1. BImSchV (installation data,
    measured values against the limits, 'eingehalten' or not, a retest date), a flue gas
    analysis record, or the attestation d'entretien annuel de chaudière; often the analyser's
    printout strip behind it."""
    h = office_head()
    lg = h.lang
    c = a_customer(rng)
    boilers = [
        a
        for a in APPLIANCES[lg]
        if a[1]
        in (
            "Heizöl EL",
            "Erdgas",
            "Holzpellets",
            "Kerosene",
            "Pellets",
            "Fioul domestique",
            "Gaz naturel",
            "Granulés",
        )
    ]
    app, fuel = rng.choice(boilers)
    d = last_day(rng, ("emissions_record",), (0, 2))
    s = style_of(h, A4, pt=9)
    w = A4[0]
    m = s.margin
    o2 = rng.uniform(3.5, 11)
    co = rng.uniform(8, 180)
    title = tr(
        lg,
        "Flue Gas Analysis Record",
        "Bescheinigung über die Messung nach der Verordnung über "
        "kleine und mittlere Feuerungsanlagen (1. BImSchV)",
        "Attestation d'entretien annuel de chaudière (arrêté du 15 septembre 2009)",
    )
    f = sheets(s, h)
    pt = shrink(title, s.bold, 12, (w - 2 * m) * 1.9)
    for ln in wrap(title, s.bold, pt, w - 2 * m):
        f.page.text(m, f.y, ln, s.bold, pt)
        f.y += pt * 1.3
    f.y += 6
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner / occupier", "Eigentümer/in", "Occupant"), titled(c.name, lg)),
            (tr(lg, "Address", "Anschrift der Anlage", "Adresse"), f"{c.street}, {c.town}"),
            (tr(lg, "Appliance", "Feuerstätte", "Chaudière"), app),
            (
                tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"),
                rng.choice(
                    [
                        "Viessmann Vitola 200",
                        "Buderus Logano G125",
                        "Grant Vortex Pro 26",
                        "ÖkoFEN Pellematic 12",
                        "De Dietrich GTU C",
                        "Frisquet Hydromotrix",
                    ]
                ),
            ),
            (tr(lg, "Fuel", "Brennstoff", "Combustible"), fuel),
            (
                tr(lg, "Rated output", "Nennwärmeleistung", "Puissance"),
                f"{rng.choice([12, 15, 18, 24, 26, 32])} kW",
            ),
            (tr(lg, "Year installed", "Baujahr", "Année"), str(rng.randint(1996, 2022))),
            (tr(lg, "Date of test", "Messdatum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.6,
    )
    cols = columns(
        m, w - m, [(2.6, "left"), (1, "right"), (1, "right"), (1, "center"), (1.3, "center")]
    )
    ok = tr(lg, "OK", "eingehalten", "conforme")
    rows = [
        [
            tr(lg, "Oxygen O2", "Sauerstoffgehalt O2", "Oxygène O2"),
            f"{o2:.1f}".replace(".", "," if lg != "en" else "."),
            "",
            "%",
            "",
        ],
        [
            tr(lg, "Carbon monoxide CO", "Kohlenmonoxid CO", "Monoxyde de carbone CO"),
            f"{co:.0f}",
            tr(lg, "200", "1300", "200"),
            tr(lg, "ppm", "mg/m³", "ppm"),
            ok if co < 150 else tr(lg, "ADVISE", "nicht eingehalten", "à surveiller"),
        ],
        [
            tr(lg, "Flue gas loss qA", "Abgasverlust qA", "Pertes par les fumées"),
            f"{rng.uniform(5, 10.5):.1f}",
            tr(lg, "-", "11", "-"),
            "%",
            ok,
        ],
        [
            tr(lg, "Flue gas temperature", "Abgastemperatur", "Température des fumées"),
            f"{rng.uniform(110, 230):.0f}",
            "",
            "°C",
            "",
        ],
        [
            tr(lg, "Smoke number (oil)", "Rußzahl", "Indice de noircissement"),
            str(rng.choice([0, 0, 1])),
            "1",
            "-",
            ok,
        ],
        [tr(lg, "Draught", "Förderdruck", "Tirage"), f"{rng.uniform(6, 18):.1f}", "", "Pa", ""],
    ]
    if fuel not in ("Heizöl EL", "Kerosene", "Fioul domestique"):
        del rows[4]
    if "Pellet" in app or "granul" in app.lower():
        rows.append(
            [
                tr(lg, "Dust", "Staub", "Poussières"),
                f"{rng.uniform(0.005, 0.03):.3f}",
                "0,02" if lg == "de" else "-",
                "g/m³",
                ok,
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Measurement", "Messgröße", "Mesure"),
            tr(lg, "Value", "Messwert", "Valeur"),
            tr(lg, "Limit", "Grenzwert", "Seuil"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Result", "Beurteilung", "Résultat"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=1.8,
    )
    f.y += 8
    if lg == "fr":
        write(
            f,
            s,
            "Évaluation du rendement : "
            + rng.choice(["conforme", "conforme", "insuffisant"])
            + ". Conseils sur le bon usage de la chaudière : "
            + words(rng, lg, "flue", 10),
            s.size - 0.5,
        )
    else:
        write(f, s, words(rng, lg, "flue", 14), s.size - 0.5)
    f.need(120)
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        tr(
            lg,
            "No defects found|Defects - see remarks|Retest required",
            "Keine Mängel|Mängel festgestellt|Wiederholungsmessung erforderlich",
            "Aucune anomalie|Anomalies constatées|Nouveau contrôle requis",
        ).split("|"),
        {0} if co < 150 else {2},
        8.5,
    )
    f.y += 26
    if lg == "de":
        write(
            f,
            s,
            f"Nächste Messung: {rng.choice([d.year + 1, d.year + 2, d.year + 3])}. "
            "Gebühr nach KÜO.",
            s.size - 1,
        )
    sign_line(
        f.page,
        s,
        m,
        f.y + 40,
        tr(lg, "Engineer", "Schornsteinfeger/in", "Le technicien"),
        rng.choice([master(), *journeymen()]),
    )
    if lg == "de" and rng.random() < 0.6:
        seal(f.page, w - m - 60, f.y + 30, 28, "Schornsteinfegerbetrieb", office_name().split()[-1])
    f.y += 70
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        pages.append(printout(rng, lg, d, fuel, co, o2))
    remember(c, d)
    return pages


def tpl_round_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A journeyman's daily round sheet on landscape A4: the stops with time, address, works,
    fee, how it was paid and the miles from 7:30 to the end of the day, the takings and the
    cash handed in, the master's initials."""
    h = office_head()
    lg = h.lang
    size = landscape(A4)
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("round_sheet",), (1, 1))
    man = rng.choice(journeymen())
    title = tr(lg, "DAILY ROUND SHEET", "TAGESBERICHT / KEHRBUCH", "FEUILLE DE TOURNÉE")
    hdr = f"{office_name()} - {title} - {man} - {short(d, lg)}"

    def start(p: Page, n: int) -> float:
        if n == 1:
            p.text(m, m, title, s.bold, 13)
            p.text(m + 230, m, office_name(), s.font, 9)
            pairs(
                p,
                s,
                w - m - 230,
                m - 8,
                [
                    (tr(lg, "Name", "Geselle", "Compagnon"), man),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                    (
                        tr(lg, "Van", "Fahrzeug", "Véhicule"),
                        serial(keyed(who, man), tr(lg, "AA99 AAA", "AA-A 999", "AA-999-AA")),
                    ),
                ],
                w - m,
                8.5,
            )
            return m + 50
        return running_header(p, s, hdr)

    f = Sheets((w, hh), hh - m - 30, start)
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (0.7, "left"),
            (3, "left"),
            (2.4, "left"),
            (0.8, "right"),
            (0.9, "center"),
            (0.6, "center"),
            (2, "left"),
        ],
    )
    works = tr(
        lg,
        "Sweep|Sweep + smoke test|Nest removal|CCTV survey|Cowl fitted|Service stove|No access",
        "Kehren|Überprüfen|Messen|Kehren + Messen|Feuerstättenschau|nicht angetroffen|Abgaswege",
        "Ramonage|Ramonage + essai|Retrait nid|Inspection caméra|Débistrage|Entretien poêle|Absent",
    ).split("|")
    pays = tr(lg, "cash|card|inv|chq", "bar|EC|Rg.|-", "esp.|CB|fact.|chq").split("|")
    rows = []
    t = 7 * 60 + rng.choice([30, 45, 60])
    fees = 0.0
    for _ in range(rng.randint(6, 24)):
        if t > 17 * 60 + 30:
            break
        c = a_customer(rng)
        wk = rng.choice(works)
        fee = (
            0.0
            if wk in ("No access", "nicht angetroffen", "Absent")
            else rng.choice([48.0, 55.0, 60.0, 65.0, 70.0, 85.0, 120.0])
        )
        fees += fee
        rows.append(
            [
                f"{t // 60:02d}:{t % 60:02d}",
                c.ref,
                f"{c.last}, {c.street}, {place(c.town, lg)}",
                wk,
                money(fee, lg) if fee else "-",
                rng.choice(pays) if fee else "",
                str(rng.randint(2, 18)),
                "" if rng.random() < 0.7 else words(rng, lg, "flue", 4),
            ]
        )
        t += rng.choice([35, 45, 50, 60, 75])
    table(
        f,
        cols,
        [
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Cust.", "Kd.-Nr.", "Client"),
            tr(lg, "Name / address", "Name / Anschrift", "Nom / adresse"),
            tr(lg, "Work", "Arbeiten", "Travaux"),
            tr(lg, "Fee", "Betrag", "Montant"),
            tr(lg, "Paid", "Zahl.", "Règl."),
            tr(lg, "Miles", "km", "km"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ],
        rows,
        s,
        rules=True,
        step=2.0,
    )
    f.need(50)
    f.y += 6
    f.page.text(m, f.y, f"{tr(lg, 'Total taken', 'Summe', 'Total')}: {cash(fees, lg)}", s.bold, 9)
    hand(
        f.page,
        m + 260,
        f.y,
        f"{tr(lg, 'Cash handed in', 'Bargeld abgegeben', 'Espèces remises')}: "
        f"{cash(round(fees * rng.uniform(0.2, 0.5), 0), lg)}",
        9,
    )
    f.page.text(w - m - 200, f.y, tr(lg, "Checked:", "Geprüft:", "Visa :"), s.font, 8)
    scrawl(f.page, w - m - 150, f.y + 2, master(), 11)
    remember(None, d)
    return f.pages


def tpl_agent_instruction(rng: random.Random, who: Issuer) -> list[Page]:
    """A letting agent's works order for the annual chimney sweep and safety check of the
    solid fuel appliances in its managed properties: order number, the table of properties
    (address, landlord, tenant and telephone, appliances, deadline), instructions on keys and
    certificates, the property manager's signature."""
    h = head_of(who, "agent")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    po = serial(rng, tr(lg, "WO-99999", "AUF-2025-9999", "OS 99999"))
    props = [a_customer(rng, lg) for _ in range(rng.randint(3, 12))]
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Works order', 'Auftrag', 'Ordre de service')} {po}")
    recipient(
        f,
        s,
        h,
        [office_name(), office_head().street, office_head().town],
        d,
        [
            (tr(lg, "Works order", "Auftrags-Nr.", "Ordre de service"), po),
            (tr(lg, "Contact", "Sachbearbeiter/in", "Gestionnaire"), staff(h, "pm")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Annual chimney sweeping and solid fuel safety checks",
            "Beauftragung: jährliche Schornsteinfegerarbeiten",
            "Ramonage annuel des logements gérés",
        ),
        1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Please carry out the annual sweep, smoke test and CO alarm "
            "check at the properties below and send us a certificate "
            "for each property.",
            "wir beauftragen Sie mit den jährlichen Kehr- und Überprüfungsarbeiten "
            "in den nachstehenden Objekten. Bitte senden Sie uns die "
            "Nachweise je Objekt.",
            "Nous vous confions le ramonage annuel des conduits des "
            "logements ci-dessous. Merci de nous adresser un certificat "
            "par logement.",
        ),
    )
    cols = columns(
        m,
        w - m,
        [(0.4, "left"), (2.6, "left"), (1.5, "left"), (2, "left"), (1.5, "left"), (1, "left")],
    )
    rows = []
    for k, c in enumerate(props):
        rows.append(
            [
                str(k + 1),
                f"{c.street}, {c.town}",
                f"{staff(h, 'l' + str(k)).split()[-1]}",
                f"{c.name} {serial(rng, tr(lg, '07999 999999', '0171 9999999', '06 99 99 99 99'))}",
                ", ".join(a.split()[0] for a, _, _ in c.fires),
                short(d + timedelta(days=rng.randint(14, 45)), lg),
            ]
        )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Property", "Objekt", "Logement"),
            tr(lg, "Landlord", "Eigentümer", "Propriétaire"),
            tr(lg, "Tenant / tel.", "Mieter / Tel.", "Locataire / tél."),
            tr(lg, "Appliances", "Anlagen", "Appareils"),
            tr(lg, "By", "Bis", "Avant le"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Keys can be collected from our office if tenants are not "
            "at home. Invoices to be addressed to the landlord c/o our "
            "office quoting the works order number. Maximum without "
            "further approval: £150 per property.",
            "Schlüssel können in unserem Büro abgeholt werden. Rechnungen "
            "bitte je Objekt an die Eigentümer c/o Hausverwaltung unter "
            "Angabe der Auftragsnummer.",
            "Les clés sont disponibles à l'agence. Facturation au propriétaire "
            "c/o notre cabinet, en rappelant la référence de l'ordre "
            "de service.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "pm"),
        tr(lg, "Property Manager", "Objektbetreuung", "Gestionnaire locatif"),
    )
    received(rng, f.pages[0], home(), d)
    remember(props, d)
    return close(f.pages, s, h)


def tpl_landlord_batch(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's batch for a letting agent: a covering letter, the schedule of properties
    done (landscape), then one landlord's chimney safety certificate per property, each a
    one-page form with the appliances, checks and result; filed as one under the agent's
    works order."""
    h = office_head()
    lg = h.lang
    agent = head_of(who, "agent")
    if agent.lang != lg:
        agent = make_head(SENDERS["agent"][lg][0], lg, "agent")
    got = LAST["job"]
    props = (
        got
        if after(("agent_instruction",)) and isinstance(got, list)
        else [a_customer(rng) for _ in range(rng.randint(2, 6))]
    )
    props = props[: rng.randint(2, 6)]
    d = last_day(rng, ("agent_instruction",), (10, 35))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [
            agent.name,
            tr(
                lg,
                "FAO Property Management",
                "z. Hd. Objektbetreuung",
                "À l'attention du service gérance",
            ),
            agent.street,
            agent.town,
        ],
        d,
        [],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Annual chimney safety certificates",
            "Nachweise Schornsteinfegerarbeiten",
            "Certificats de ramonage de vos logements",
        ),
        1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Please find enclosed the certificates for the {len(props)} "
            "properties completed under your works order, with a schedule.",
            f"anbei erhalten Sie die Nachweise für {len(props)} Objekte mit einer Übersicht.",
            f"Veuillez trouver ci-joints les certificats des {len(props)} "
            "logements ramonés, avec un récapitulatif.",
        ),
    )
    write(f, s, prose(rng, lg, "flue", 1, 2))
    regards(f, s, lg, clerk(), tr(lg, "Office Manager", "Büro", "Secrétariat"))
    pages = close(f.pages, s, h, numbers="none")
    ls = paper(s, landscape(A4), margin=40, pt=8.5)
    lw = landscape(A4)[0]
    sf = plain(ls, tr(lg, "Schedule (continued)", "Übersicht (Forts.)", "Récapitulatif (suite)"))
    sf.page.text(
        40,
        sf.y + 8,
        tr(
            lg, "Schedule of properties", "Übersicht der Objekte", "Récapitulatif des interventions"
        ),
        s.bold,
        12,
    )
    sf.y += 28
    cols = columns(
        40,
        lw - 40,
        [
            (0.4, "left"),
            (3, "left"),
            (1, "left"),
            (2, "left"),
            (1.2, "left"),
            (1, "right"),
            (1.4, "left"),
        ],
    )
    rows = []
    for k, c in enumerate(props):
        rows.append(
            [
                str(k + 1),
                f"{c.street}, {c.town}",
                short(d - timedelta(days=rng.randint(1, 20)), lg),
                ", ".join(a for a, _, _ in c.fires),
                rng.choice(
                    tr(
                        lg,
                        "Pass|Pass|Pass|Advisory",
                        "i.O.|i.O.|Mangel",
                        "Conforme|Conforme|Réserve",
                    ).split("|")
                ),
                money(rng.choice([65.0, 75.0, 90.0]), lg),
                serial(rng, "No. 999999"),
            ]
        )
    table(
        sf,
        cols,
        [
            "#",
            tr(lg, "Property", "Objekt", "Logement"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Appliances", "Anlagen", "Appareils"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Fee", "Betrag", "Montant"),
            tr(lg, "Certificate", "Nachweis", "Certificat"),
        ],
        rows,
        ls,
        rules=True,
        step=2.2,
    )
    pages += sf.pages
    for c in props:
        p = Page(A4)
        y = heading(p, s, h)
        title = tr(
            lg,
            "LANDLORD SOLID FUEL / CHIMNEY SAFETY RECORD",
            "NACHWEIS ÜBER DURCHGEFÜHRTE SCHORNSTEINFEGERARBEITEN",
            "CERTIFICAT DE RAMONAGE - LOGEMENT LOCATIF",
        )
        p.text(m, y, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
        y = fields(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                (tr(lg, "Property", "Objekt", "Logement"), f"{c.street}, {c.town}"),
                (
                    tr(lg, "Landlord / agent", "Eigentümer / Verwalter", "Propriétaire / gérant"),
                    agent.name,
                ),
                (tr(lg, "Tenant", "Mieter/in", "Locataire"), c.name),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d - timedelta(days=rng.randint(1, 20)), lg),
                ),
            ],
            per=2,
            tall=24,
        )
        tf = Sheets(A4, hh - m, lambda _p, _n: 0.0)
        tf.pages, tf.page, tf.y = [p], p, y
        table(
            tf,
            columns(
                m,
                w - m,
                [(0.3, "left"), (1.2, "left"), (1.8, "left"), (1.2, "left"), (1.6, "left")],
            ),
            [
                "#",
                tr(lg, "Room", "Raum", "Pièce"),
                tr(lg, "Appliance", "Feuerstätte", "Appareil"),
                tr(lg, "Fuel", "Brennstoff", "Combustible"),
                tr(lg, "Flue", "Abgasanlage", "Conduit"),
            ],
            fires_rows(c, lg, rng),
            s,
            rules=True,
        )
        y = checklist(
            p,
            s,
            m,
            tf.y + 10,
            w - 2 * m,
            tr(
                lg,
                "Flue swept|Smoke test satisfactory|Flue terminal / cowl "
                "satisfactory|Ventilation adequate|CO alarm present and "
                "working|Appliance safe to use",
                "Gekehrt|Rauchprobe bestanden|Mündung / Aufsatz in Ordnung|Verbrennungsluft "
                "ausreichend|Rauchwarnmelder vorhanden|Feuerstätte betriebssicher",
                "Conduit ramoné|Vacuité vérifiée|Souche / chapeau en état|Ventilation "
                "suffisante|Détecteur présent et testé|Appareil utilisable",
            ).split("|"),
            rng,
            lg,
            0.04,
        )
        hand(
            p,
            m,
            y + 6,
            tr(lg, "Remarks: ", "Bemerkungen: ", "Observations : ")
            + ("-" if rng.random() < 0.5 else words(rng, lg, "flue", 6)),
            9,
            w - 2 * m,
        )
        sign_line(
            p,
            s,
            m,
            y + 60,
            tr(lg, "Engineer", "Ausgeführt", "Le ramoneur"),
            rng.choice(journeymen()),
        )
        p.text(w - m, y + 60, serial(rng, "No. 999999"), "Courier-Bold", 9, "right")
        pages.append(p)
    remember(props, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKKK: suppliers, guild, insurance, laboratory
# ---------------------------------------------------------------------------------------------

PARTS = {
    "en": [
        ("FL316-150", "Flexible liner 316 grade 150 mm (per m)", 36.5),
        ("FL904-125", "Flexible liner 904 grade 125 mm (per m)", 48.0),
        ("RP-150", "Register plate 150 mm, galvanised", 24.9),
        ("VFP-1000", "Vitreous enamel flue pipe 1000 mm, black", 41.5),
        ("TOP-150", "Top plate and clamp 150 mm", 32.0),
        ("COWL-AD", "Anti-downdraught cowl", 58.0),
        ("NG-01", "Bird guard / nest guard, stainless", 19.5),
        ("VERM-100", "Vermiculite insulation, 100 l bag", 21.0),
        ("COA-10", "CO alarm, 10 yr sealed battery", 17.9),
        ("BRS-400", "Polypropylene sweep brush 400 mm", 14.5),
        ("ROD-SET", "Flexible sweep rods, set of 10", 49.0),
    ],
    "de": [
        ("ES-SR150", "Edelstahl-Sanierungsrohr DN 150 flex (lfm)", 42.0),
        ("ES-ADP150", "Adapter Verbindungsstück DN 150", 28.5),
        ("ES-MH150", "Mündungsabschluss mit Regenhaube DN 150", 64.0),
        ("RO-150G", "Rauchrohr 1000 mm DN 150 gussgrau", 39.9),
        ("WF-150", "Wandfutter doppelwandig DN 150", 22.0),
        ("BP-GL120", "Glasbodenplatte 120 x 100 cm", 189.0),
        ("RWM-10", "Rauchwarnmelder 10-Jahres-Batterie", 19.9),
        ("KB-SET", "Kehrbesen-Set Stahl 300 mm", 31.5),
        ("KL-12", "Kehrleine 12 m mit Kugel", 27.0),
        ("DK-1", "Dichtschnur 10 mm, 5 m", 8.9),
    ],
    "fr": [
        ("TUB-150", "Tubage inox 316L flexible Ø150 (le m)", 39.5),
        ("RAC-150", "Raccordement émaillé noir Ø150 1 m", 44.0),
        ("PLE-150", "Plaque d'étanchéité Ø150", 27.0),
        ("CHP-AR", "Chapeau aspirateur anti-refouleur", 69.0),
        ("DET-CO", "Détecteur de monoxyde de carbone", 24.9),
        ("HER-300", "Hérisson nylon Ø300", 16.5),
        ("CAN-SET", "Cannes de ramonage fibre (lot de 10)", 54.0),
        ("PLS-V", "Plaque de sol verre trempé", 159.0),
        ("LAI-50", "Laine de roche en vrac 50 l", 18.5),
    ],
}


def supplier_lines(rng: random.Random, lg: str) -> list[tuple[str, str, int, float]]:
    items = rng.sample(PARTS[lg], rng.randint(2, min(8, len(PARTS[lg]))))
    out = [(code, t, rng.choice([1, 1, 2, 4, 5, 10, 12]), pr) for code, t, pr in items]
    if rng.random() < 0.35:
        stove, _, price = rng.choice(STOVES)
        out.insert(
            0,
            (
                serial(rng, "ST-9999"),
                f"{tr(lg, 'Stove', 'Kaminofen', 'Poêle')} {stove}",
                1,
                round(price * 0.68, 2),
            ),
        )
    return out


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A flue liner or stove supplier's delivery note: order and delivery numbers, the items
    with ordered, delivered and back-ordered quantities, no prices, the driver's note and the
    receiver's signature and name in hand; A4 or landscape A5."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    d = last_day(rng, ("delivery_note",), (0, 3))
    size = A5L if rng.random() < 0.35 else A4
    s = style_of(h, size, margin=36 if size == A5L else 0, pt=8.5 if size == A5L else 0)
    w = size[0]
    m = s.margin
    no = serial(rng, tr(lg, "DN999999", "LS-99999", "BL999999"))
    order = serial(rng, "99999")
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    f.page.text(
        w - m,
        f.y - 4,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        s.size + 4,
        "right",
    )
    f.y += 8
    recipient(
        f,
        s,
        h,
        [office_name(), office_head().street, office_head().town],
        d,
        [
            (tr(lg, "Delivery no.", "Lieferschein-Nr.", "N° BL"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    cols = columns(
        m, w - m, [(1.2, "left"), (4, "left"), (0.9, "right"), (0.9, "right"), (0.9, "right")]
    )
    lines = supplier_lines(rng, lg)
    rows = []
    for code, t, q, _ in lines:
        short_q = q if rng.random() < 0.85 else max(0, q - rng.randint(1, q))
        rows.append([code, t, str(q), str(short_q), str(q - short_q) if q != short_q else ""])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Gel.", "Livré"),
            tr(lg, "B/O", "Rückst.", "Reliquat"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Packages: {rng.randint(1, 6)}  Weight: {rng.randint(8, 140)} kg  Carrier: own van",
            f"Packstücke: {rng.randint(1, 6)}  Gewicht: {rng.randint(8, 140)} "
            "kg  Versand: eigener Lkw",
            f"Colis : {rng.randint(1, 6)}  Poids : {rng.randint(8, 140)} kg  Transport : nos soins",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 20
    sign_line(
        f.page,
        s,
        m,
        f.y,
        tr(
            lg,
            "Received in good condition (signature)",
            "Ware erhalten (Unterschrift)",
            "Reçu en bon état (signature)",
        ),
        rng.choice([*journeymen(), clerk()]),
    )
    hand(f.page, w / 2 + 10, f.y - 4, rng.choice([*journeymen(), clerk()]).split()[-1].upper(), 10)
    f.page.line(w / 2 + 10, f.y, w - m, f.y)
    f.page.text(
        w / 2 + 10, f.y + 9, tr(lg, "Print name", "Name in Druckschrift", "Nom"), s.font, 6.5
    )
    remember(order, d)
    return close(f.pages, s, h, numbers="none")


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A flue liner or stove supplier's invoice: invoice and delivery note numbers, the items
    with prices and discounts, the tax and the total, bank details, a remittance slip at the
    foot now and then, sometimes the conditions of sale on the back."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    d = last_day(rng, ("delivery_note", "supplier_invoice"), (0, 3))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, tr(lg, "INV-999999", "RE 2025-99999", "FA999999"))
    dn = serial(rng, tr(lg, "DN999999", "LS-99999", "BL999999"))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 5)
    recipient(
        f,
        s,
        h,
        [office_name(), office_head().street, office_head().town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), dn),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (4, "left"), (0.6, "right"), (1, "right"), (0.7, "right"), (1.1, "right")],
    )
    net = 0.0
    rows = []
    disc = rng.choice([0, 0, 5, 10, 15])
    for code, t, q, pr in supplier_lines(rng, lg):
        v = round(q * pr * (1 - disc / 100), 2)
        net += v
        rows.append([code, t, str(q), money(pr, lg), f"{disc}%" if disc else "", money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "EP", "P.U. HT"),
            tr(lg, "Disc", "Rab.", "Rem."),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    gross = totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment due 30 days from invoice date. Sort code "
            + rng.choice(["20-45-77, Account 60338812", "30-96-34, Account 18204417"]),
            f"Zahlbar innerhalb 14 Tagen mit 2 % Skonto ({cash(gross * 0.98, lg)}) "
            "oder 30 Tage netto.",
            "Règlement à 30 jours fin de mois. Pénalités de retard : "
            "3 fois le taux d'intérêt légal ; indemnité forfaitaire "
            "de recouvrement 40 €.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4 and f.y < hh - 170:
        p = f.page
        y0 = hh - m - 110
        slip_rule(
            p,
            m,
            w - m,
            y0,
            tr(
                lg,
                "Remittance advice - please return with payment",
                "Zahlungsabschnitt",
                "Talon à joindre à votre règlement",
            ),
        )
        pairs(
            p,
            s,
            m,
            y0 + 20,
            [
                (tr(lg, "Customer", "Kunde", "Client"), office_name()),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(gross, lg)),
            ],
            w / 2,
        )
        p.text(
            w / 2 + 20,
            y0 + 20,
            tr(lg, "Amount enclosed:", "Überwiesen:", "Montant joint :"),
            s.font,
            8,
        )
    pages = f.pages
    if rng.random() < 0.25:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg],
                "money",
            )
        )
    received(rng, pages[0], home(), d)
    remember(None, d)
    return close(pages, s, h)


def tpl_guild_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The guild's membership renewal: a covering letter from the secretary, the subscription
    invoice, the member details form (business, operatives, insurance, CPD hours, tick
    boxes) and the direct debit instruction or SEPA mandate, now and then with the membership
    card and window sticker sheet."""
    h = head_of(who, "guild")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    mem = serial(keyed(who, "mem"), "9999")
    year = d.year + (1 if d.month > 9 else 0)
    fee = {"en": 285.0, "de": 420.0, "fr": 310.0}[lg] + rng.choice([0, 0, 25, 40])
    pages: list[Page] = []
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [office_name(), master(), office_head().street, office_head().town],
        d,
        [(tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), mem)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Membership renewal {year}",
            f"Beitragsrechnung und Mitgliedsdaten {year}",
            f"Renouvellement de votre adhésion {year}",
        ),
        1,
    )
    write(f, s, dear(lg, titled(master(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Your membership of the Guild is due for renewal. The subscription "
            f"for {year} is {cash(fee, lg)} including the public liability "
            "scheme administration fee.",
            f"anbei erhalten Sie die Beitragsrechnung für das Jahr {year} "
            f"in Höhe von {cash(fee, lg)}. Der Beitrag wird zum 15. des "
            "Folgemonats eingezogen.",
            f"Votre cotisation {year} s'élève à {cash(fee, lg)}. Elle "
            "comprend l'abonnement à la revue et l'accès aux formations.",
        ),
    )
    write(f, s, prose(rng, lg, "flue", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Please check the enclosed member details form and return "
            "it with the Direct Debit Instruction.",
            "Bitte prüfen Sie die Mitgliedsdaten und senden Sie uns "
            "das SEPA-Mandat unterschrieben zurück.",
            "Merci de vérifier la fiche adhérent et de nous retourner "
            "le mandat de prélèvement SEPA signé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sec"),
        tr(lg, "Membership Secretary", "Geschäftsführer/in", "Secrétaire générale"),
    )
    pages += f.pages
    if rng.random() < 0.6:
        g = sheets(s, h)
        caption(
            g,
            s,
            tr(
                lg,
                f"Subscription invoice {year}",
                f"Beitragsrechnung {year}",
                f"Appel de cotisation {year}",
            ),
            2,
        )
        g.y = (
            pairs(
                g.page,
                s,
                m,
                g.y,
                [
                    (tr(lg, "Member", "Mitglied", "Adhérent"), office_name()),
                    (tr(lg, "Member no.", "Mitglieds-Nr.", "N°"), mem),
                    (tr(lg, "Invoice date", "Datum", "Date"), day(h, d)),
                ],
                w / 2,
            )
            + 10
        )
        cols = columns(m, w - m, [(4, "left"), (1.2, "right")])
        rows = [
            [
                tr(
                    lg,
                    "Full membership (master sweep)",
                    "Grundbeitrag Meisterbetrieb",
                    "Cotisation entreprise",
                ),
                money(fee - 60, lg),
            ],
            [
                tr(
                    lg,
                    "Additional operatives x 2",
                    "Zusatzbeitrag je Geselle x 2",
                    "Compagnons x 2",
                ),
                money(60, lg),
            ],
        ]
        table(
            g,
            cols,
            [tr(lg, "Item", "Position", "Libellé"), tr(lg, "Amount", "Betrag", "Montant")],
            rows,
            s,
            rules=True,
        )
        totals(
            g,
            s,
            lg,
            fee,
            0 if lg == "de" else vat_rate(lg),
            tr(lg, "", "Beiträge sind nicht umsatzsteuerpflichtig.", ""),
        )
        pages += g.pages
    p = Page(A4)
    y = m
    p.text(m, y, tr(lg, "MEMBER DETAILS FORM", "MITGLIEDSDATEN", "FICHE ADHÉRENT"), s.bold, 13)
    p.text(w - m, y, f"{tr(lg, 'Member no.', 'Mitglieds-Nr.', 'N°')} {mem}", s.font, 9, "right")
    y = band(p, s, y + 24, tr(lg, "1. Business", "1. Betrieb", "1. Entreprise"))
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Trading name", "Firma", "Raison sociale"), office_name()),
            (tr(lg, "Principal", "Inhaber/in", "Dirigeant"), master()),
            (tr(lg, "Address", "Anschrift", "Adresse"), office_head().street),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), office_head().phone),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2. Operatives", "2. Mitarbeiter", "2. Salariés"))
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [(tr(lg, "Name", "Name", "Nom"), n) for n in journeymen()]
        + [
            (tr(lg, "Qualification", "Qualifikation", "Qualification"), q)
            for q in tr(
                lg, "Level 2 sweep|Trainee", "Geselle|Geselle", "CAP ramoneur|Apprenti"
            ).split("|")
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "3. Services offered", "3. Tätigkeiten", "3. Activités"))
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        tr(
            lg,
            "Sweeping|Smoke testing|CCTV surveys|Stove installation|Lining|Bird "
            "guards|Pellet servicing",
            "Kehren|Messen|Energieberatung|Ofenbau|Abgasanlagen|Brandschutz|Lüftung",
            "Ramonage|Débistrage|Tubage|Pose de poêles|Inspection caméra|Entretien granulés",
        ).split("|"),
        {k for k in range(7) if rng.random() < 0.6},
        8,
        3,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "4. Insurance and CPD",
            "4. Versicherung und Fortbildung",
            "4. Assurance et formation",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (
                tr(lg, "Insurer", "Versicherer", "Assureur"),
                staff(h, "ins").split()[-1] + tr(lg, " Insurance", " Versicherung", " Assurances"),
            ),
            (
                tr(lg, "Policy no. / expiry", "Vertrags-Nr. / Ablauf", "Police / échéance"),
                f"{serial(rng, '99-999999')} / {short(d + timedelta(days=200), lg)}",
            ),
            (
                tr(lg, "CPD hours this year", "Fortbildungsstunden", "Heures de formation"),
                str(rng.randint(6, 24)),
            ),
            (
                tr(lg, "Public liability limit", "Deckungssumme", "Plafond RC"),
                tr(lg, "£5,000,000", "5 Mio. €", "3 000 000 €"),
            ),
        ],
        per=2,
        tall=24,
    )
    sign_line(
        p,
        s,
        m,
        hh - m - 50,
        tr(lg, "Signature of member", "Unterschrift Mitglied", "Signature"),
        master() if rng.random() < 0.5 else "",
    )
    pages.append(p)
    q = Page(A4)
    y = m
    if lg == "en":
        q.text(
            m, y, "Instruction to your bank or building society to pay by Direct Debit", s.bold, 11
        )
        q.rect(w - m - 80, y - 14, 80, 24)
        q.text(w - m - 40, y + 2, "DIRECT Debit", s.bold, 8, "center")
        y = fields(
            q,
            s,
            m,
            y + 24,
            w - 2 * m,
            [
                ("Name and full postal address of your bank", ""),
                ("Service user number", serial(keyed(who, "sun"), "999999")),
                ("Name(s) of account holder(s)", ""),
                ("Reference", mem),
                ("Branch sort code", ""),
                ("Bank/building society account number", ""),
            ],
            per=2,
            tall=30,
        )
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            "Instruction to your bank or building society: Please pay "
            f"{h.name} Direct Debits from the account detailed in this "
            "Instruction subject to the safeguards assured by the Direct "
            "Debit Guarantee. " + words(rng, lg, "money"),
            8,
        )
        slip_rule(
            q,
            m,
            w - m,
            y + 30,
            "The Direct Debit Guarantee - this should be detached and retained by the payer",
        )
        text_lines(
            q,
            s,
            m,
            y + 48,
            w - 2 * m,
            "This Guarantee is offered by all banks and building societies "
            "that accept instructions to pay Direct Debits. " + prose(rng, lg, "money", 2, 3),
            7.5,
        )
    else:
        q.text(m, y, tr(lg, "", "SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA"), s.bold, 12)
        y = fields(
            q,
            s,
            m,
            y + 20,
            w - 2 * m,
            [
                (
                    tr(lg, "", "Gläubiger-Identifikationsnummer", "ICS"),
                    serial(
                        keyed(who, "ci"), "DE99ZZZ99999999999" if lg == "de" else "FR99ZZZ999999"
                    ),
                ),
                (tr(lg, "", "Mandatsreferenz", "RUM"), f"{mem}-{year}"),
                (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), office_name()),
                ("IBAN", ""),
                ("BIC", ""),
                (tr(lg, "", "Ort, Datum", "Lieu, date"), ""),
            ],
            per=2,
            tall=30,
        )
        y = text_lines(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "",
                f"Ich ermächtige die {h.name}, Zahlungen von meinem Konto "
                "mittels Lastschrift einzuziehen. Zugleich weise ich mein "
                "Kreditinstitut an, die gezogenen Lastschriften einzulösen. "
                "Hinweis: Ich kann innerhalb von acht Wochen die Erstattung "
                "des belasteten Betrages verlangen.",
                f"En signant ce formulaire de mandat, vous autorisez {h.name} "
                "à envoyer des instructions à votre banque pour débiter "
                "votre compte. Vous bénéficiez du droit d'être remboursé "
                "par votre banque.",
            ),
            8,
        )
    sign_line(q, s, m, y + 70, tr(lg, "Signature(s)", "Unterschrift", "Signature"))
    pages.append(q)
    if rng.random() < 0.3:
        c = Page(A4)
        for k in range(2):
            x0, y0 = m + k * 250, m + 20
            c.rect(x0, y0, 240, 150)
            c.text(x0 + 12, y0 + 22, h.name, s.bold, 8)
            c.text(
                x0 + 12, y0 + 60, tr(lg, "MEMBER", "MITGLIED", "ADHÉRENT") + f" {year}", s.bold, 14
            )
            c.text(x0 + 12, y0 + 90, office_name(), s.font, 8.5)
            c.text(x0 + 12, y0 + 104, f"No. {mem}", s.font, 8.5)
        ring(c, w / 2, m + 320, 80)
        c.text(
            w / 2,
            m + 315,
            tr(lg, "MEMBER", "INNUNGSBETRIEB", "ADHÉRENT"),
            "Helvetica-Bold",
            14,
            "center",
        )
        c.text(w / 2, m + 335, str(year), "Helvetica-Bold", 18, "center")
        pages.append(c)
    remember(None, d)
    return close(pages, s, h, numbers="none")


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A guild training certificate on landscape A4 for one of the office's sweeps (course,
    dates, hours, a round seal and two signatures), sometimes with the course content and
    assessment on a portrait page behind."""
    h = head_of(who, "guild")
    lg = h.lang
    d = last_day(rng, ("training_certificate",), (0, 0))
    person = rng.choice([master(), *journeymen()])
    course = rng.choice(
        tr(
            lg,
            "Chimney Sweeping - Level 2 Award|Smoke and Draught Testing|Installation "
            "of Solid Fuel Appliances (H005)|CCTV Flue Inspection|Working "
            "at Height - Roof Ladders|Carbon Monoxide Awareness",
            "Sachkundelehrgang Abgasmessung|Lehrgang Energieberatung "
            "im Schornsteinfegerhandwerk|Brandschutz Feuerstättenschau|Arbeiten "
            "auf Dächern - Absturzsicherung|Fortbildung Feststofffeuerungen "
            "und 1. BImSchV",
            "Ramonage des conduits - perfectionnement|Débistrage et "
            "tubage|Qualibois module Air|Travail en hauteur|Prévention "
            "du monoxyde de carbone",
        ).split("|")
    )
    size = landscape(A4)
    s = style_of(h, size, margin=50)
    w, hh = size
    p = Page(size)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(26, 26, w - 52, hh - 52)
    emblem(p, w / 2 - 11, 44)
    p.text(w / 2, 96, h.name, s.bold, 14, "center")
    p.text(
        w / 2,
        150,
        tr(lg, "CERTIFICATE", "TEILNAHMEBESCHEINIGUNG", "ATTESTATION DE FORMATION"),
        s.bold,
        28,
        "center",
    )
    p.text(
        w / 2,
        190,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        italic_of(s.font),
        12,
        "center",
    )
    p.text(w / 2, 226, titled(person, lg), s.bold, 20, "center")
    p.text(
        w / 2,
        258,
        tr(
            lg,
            "has successfully completed the course",
            "erfolgreich an folgendem Lehrgang teilgenommen hat:",
            "a suivi avec succès la formation",
        ),
        italic_of(s.font),
        12,
        "center",
    )
    p.text(w / 2, 290, fit(course, s.bold, 16, w - 160), s.bold, 16, "center")
    hours = rng.choice([8, 16, 24, 32, 40])
    d0 = d - timedelta(days=hours // 8)
    p.text(
        w / 2,
        318,
        tr(
            lg,
            f"{short(d0, lg)} to {short(d, lg)} - {hours} hours",
            f"vom {short(d0, lg)} bis {short(d, lg)} - {hours} Unterrichtseinheiten",
            f"du {short(d0, lg)} au {short(d, lg)} - {hours} heures",
        ),
        s.font,
        11,
        "center",
    )
    p.text(
        w / 2,
        336,
        f"{tr(lg, 'Certificate no.', 'Bescheinigungs-Nr.', 'N°')} {serial(rng, '9999/99')}",
        s.font,
        9,
        "center",
    )
    for k, (nm, role) in enumerate(
        [
            (staff(h, "chair"), tr(lg, "Chairman", "Obermeister", "Président")),
            (staff(h, "tutor"), tr(lg, "Course tutor", "Lehrgangsleitung", "Formateur")),
        ]
    ):
        x = 110 + k * (w - 380)
        scrawl(p, x, hh - 92, nm)
        p.line(x, hh - 88, x + 160, hh - 88)
        p.text(x, hh - 76, f"{nm}, {role}", s.font, 8)
    seal(p, w / 2, hh - 100, 36, h.name.split()[0], tr(lg, "GUILD", "INNUNG", "CHAMBRE"))
    pages = [p]
    if rng.random() < 0.4:
        s2 = style_of(h, A4)
        f = sheets(s2, h)
        caption(
            f,
            s2,
            tr(lg, "Course content and assessment", "Lehrgangsinhalte", "Programme et évaluation"),
            2,
        )
        cols = columns(
            s2.margin,
            A4[0] - s2.margin,
            [(0.5, "left"), (4, "left"), (0.8, "right"), (1, "center")],
        )
        rows = [
            [
                str(k + 1),
                words(rng, lg, "flue", 5)[:-1],
                str(rng.choice([2, 4, 4, 6, 8])),
                rng.choice(
                    tr(lg, "Pass|Pass|Merit", "bestanden|bestanden|gut", "Acquis|Acquis").split("|")
                ),
            ]
            for k in range(rng.randint(5, 10))
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Unit", "Modul", "Module"),
                tr(lg, "Content", "Inhalt", "Contenu"),
                tr(lg, "Hours", "UE", "Heures"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows,
            s2,
            rules=True,
            step=1.9,
        )
        f.y += 8
        write(f, s2, prose(rng, lg, "flue", 1, 2), s2.size - 1)
        pages += close(f.pages, s2, h, numbers="none")
    remember(None, d)
    return pages


INSURANCE_CLAUSES = {
    "en": [
        "Heat work condition",
        "Chimney fire exclusion",
        "Asbestos exclusion",
        "Tools in vehicles overnight",
        "Working at height",
        "Subcontractors",
        "Contract works",
        "Claims conditions",
    ],
    "de": [
        "Heißarbeiten",
        "Schornsteinbrand",
        "Asbest",
        "Werkzeug im Fahrzeug",
        "Arbeiten auf Dächern",
        "Subunternehmer",
        "Tätigkeitsschäden",
        "Obliegenheiten im Schadenfall",
    ],
    "fr": [
        "Travaux par points chauds",
        "Feu de cheminée",
        "Amiante",
        "Outillage dans les véhicules",
        "Travail en hauteur",
        "Sous-traitance",
        "Dommages aux biens confiés",
        "Déclaration de sinistre",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The public liability insurance schedule from the broker or insurer: the covering letter
    on renewal, the schedule (insured, business description, period, limits of indemnity,
    excesses, premium and tax), the endorsements for heat work and chimney fires, now and then
    the statement of fact and the employers' liability certificate to display."""
    h = head_of(who, "insurer")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    pol = serial(keyed(who, "pol"), tr(lg, "PL/999999/AA", "HV-99.999.999", "RC 999 999 999"))
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    prem = rng.uniform(480, 1900)
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [office_name(), office_head().street, office_head().town],
            d,
            [(tr(lg, "Policy no.", "Vertrags-Nr.", "Police n°"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihre Versicherungsunterlagen zur Verlängerung",
                "Renouvellement de votre contrat",
            ),
            1,
        )
        write(f, s, dear(lg, titled(master(), lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"We enclose your renewal schedule for the period {short(start, lg)} "
                f"to {short(end, lg)}. Please read the endorsements carefully, "
                "in particular the heat work condition.",
                "anbei erhalten Sie den Nachtrag zu Ihrer Betriebshaftpflichtversicherung "
                f"für den Zeitraum {short(start, lg)} bis {short(end, lg)}.",
                "Nous vous adressons les conditions particulières de votre "
                f"contrat pour la période du {short(start, lg)} au {short(end, lg)}.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "acc"),
            tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "PUBLIC & PRODUCTS LIABILITY - SCHEDULE",
            "VERSICHERUNGSSCHEIN BETRIEBSHAFTPFLICHT",
            "CONDITIONS PARTICULIÈRES - RESPONSABILITÉ CIVILE",
        ),
        3,
        rule=True,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de police"), pol),
                (tr(lg, "The Insured", "Versicherungsnehmer", "Assuré"), office_name()),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{office_head().street}, {office_head().town}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Chimney sweeping, smoke testing, stove and flue liner installation",
                        "Schornsteinfegerbetrieb einschl. Ofenbau und Abgasanlagen",
                        "Ramonage, fumisterie, pose de poêles et tubage",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (tr(lg, "Employees", "Beschäftigte", "Effectif"), "3"),
                (
                    tr(lg, "Estimated turnover", "Jahresumsatz", "Chiffre d'affaires"),
                    cash(rng.choice([145000, 185000, 230000, 310000]), lg),
                ),
            ],
            w - m,
        )
        + 8
    )
    cols = columns(m, w - m, [(3, "left"), (1.5, "right"), (1.2, "right")])
    rows = [
        [
            tr(
                lg,
                "Public liability - any one occurrence",
                "Personen- und Sachschäden",
                "RC exploitation - par sinistre",
            ),
            cash(5000000 if lg != "fr" else 3000000, lg),
            cash(250, lg),
        ],
        [
            tr(lg, "Products liability - aggregate", "Produkthaftpflicht", "RC après travaux"),
            cash(5000000 if lg != "fr" else 1500000, lg),
            cash(250, lg),
        ],
        [
            tr(
                lg,
                "Damage caused by heat work",
                "Schäden durch Heißarbeiten",
                "Dommages par points chauds",
            ),
            cash(2000000, lg),
            cash(1000, lg),
        ],
        [
            tr(lg, "Employers' liability", "Bearbeitungsschäden", "Dommages aux biens confiés"),
            cash(10000000 if lg == "en" else 100000, lg),
            cash(0 if lg == "en" else 500, lg),
        ],
        [
            tr(
                lg,
                "Tools (in locked vehicle)",
                "Werkzeug und Messgeräte",
                "Outillage et appareils de mesure",
            ),
            cash(rng.choice([5000, 7500, 10000]), lg),
            cash(100, lg),
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit of indemnity", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
        step=1.9,
    )
    f.y += 6
    tax = prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09)
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (
                    tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"),
                    cash(prem, lg),
                ),
                (
                    tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                    cash(tax, lg),
                ),
                (tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"), cash(prem + tax, lg)),
            ],
            w - m,
        )
        + 8
    )
    write(
        f,
        s,
        tr(
            lg,
            "Endorsements applying: "
            + ", ".join(str(k) for k in sorted(rng.sample(range(1, 14), 4))),
            "Es gelten die Klauseln und Besonderen Bedingungen gemäß Anlage.",
            "Clauses applicables : voir annexe.",
        ),
        s.size - 1,
    )
    pages += f.pages
    heads = INSURANCE_CLAUSES[lg]
    e = Sheets(
        A4,
        hh - m - 20,
        lambda p, n: (
            running_header(p, s, f"{tr(lg, 'Endorsements', 'Klauseln', 'Clauses')} - {pol}")
            if n > 1
            else m
        ),
    )
    caption(
        e,
        s,
        tr(
            lg,
            "Endorsements",
            "Klauseln und Besondere Bedingungen",
            "Annexe - clauses particulières",
        ),
        2,
    )
    for k in rng.sample(range(len(heads)), rng.randint(4, len(heads))):
        e.heading(
            m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1} - {heads[k]}", s.bold, s.size
        )
        write(e, s, prose(rng, lg, "legal", 2, 4), s.size - 1)
    pages += e.pages
    if lg == "en" and rng.random() < 0.5:
        c = Page(A4)
        c.text(
            w / 2,
            m + 10,
            "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE",
            "Helvetica-Bold",
            13,
            "center",
        )
        c.text(
            w / 2,
            m + 28,
            "Employers' Liability (Compulsory Insurance) Act 1969 - "
            "a copy must be displayed at each place of business",
            "Helvetica",
            7.5,
            "center",
        )
        pairs(
            c,
            paper(s, A4, pt=10),
            m,
            m + 70,
            [
                ("Policy number", pol),
                ("Name of policy holder", office_name()),
                ("Date of commencement", short(start, lg)),
                ("Date of expiry", short(end, lg)),
                ("Employer's Reference Number (ERN)", serial(rng, "999/AA99999")),
            ],
            w - m,
            10,
        )
        text_lines(
            c,
            s,
            m,
            m + 170,
            w - 2 * m,
            "We hereby certify that subject to paragraph 2: the policy "
            "to which this certificate relates satisfies the requirements "
            "of the relevant law applicable in Great Britain. " + words(rng, lg, "legal"),
            9,
        )
        c.text(m, hh - m - 60, "Signed on behalf of the Insurer", "Helvetica", 8)
        scrawl(c, m, hh - m - 72, staff(h, "uw"))
        pages.append(c)
    received(rng, pages[0], home(), d, 0.25)
    remember(None, d)
    return close(pages, s, h)


def tpl_calibration_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The laboratory's calibration or test certificate for the office's flue gas analyser
    (Prüfbescheinigung, certificat d'étalonnage): instrument, test gases, nominal and measured
    values and tolerances, the result and the next due date, the sticker printed at the foot;
    now and then the service report (sensors, filter, pump) on a second page."""
    h = head_of(who, "lab", abroad=0.1)
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w = A4[0]
    m = s.margin
    cert = serial(rng, "K-99999-99")
    model = rng.choice(["wöhler A 550", "testo 330-2 LX", "MRU OPTIMA 7", "Kane 458s"])
    title = tr(
        lg,
        "Calibration Certificate",
        "Prüfbescheinigung für Abgasmessgeräte",
        "Certificat d'étalonnage",
    )
    f = sheets(s, h, f"{title} {cert}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Certificate no.", "Prüfnummer", "N° certificat"), cert),
            (tr(lg, "Date of test", "Prüfdatum", "Date"), short(d, lg)),
            (tr(lg, "Customer", "Auftraggeber", "Client"), office_name()),
            (tr(lg, "Instrument", "Messgerät", "Instrument"), model),
            (
                tr(lg, "Serial no.", "Serien-Nr.", "N° de série"),
                serial(keyed(who, "sn"), "99999999"),
            ),
            (
                tr(lg, "Next due", "Nächste Prüfung", "Prochain étalonnage"),
                short(d + timedelta(days=182 if lg == "de" else 365), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [(2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "center")],
    )
    rows = []
    for gas, unit, vals in (
        ("O2", "%", [0.0, 10.5, 20.9]),
        ("CO", "ppm", [0, 200, 1000]),
        ("NO", "ppm", [0, 100]),
        (tr(lg, "Draught", "Zug", "Tirage"), "Pa", [0, 10, 50]),
        ("T", "°C", [20, 150, 300]),
    ):
        for v in vals:
            meas = v + rng.uniform(-0.02, 0.02) * (v or 1)
            rows.append(
                [
                    f"{gas} ({unit})",
                    f"{v:g}",
                    f"{meas:.2f}" if unit == "%" else f"{meas:.0f}",
                    f"{meas - v:+.2f}" if unit == "%" else f"{meas - v:+.0f}",
                    f"±{max(0.2, v * 0.05):.1f}" if unit == "%" else f"±{max(2, v * 0.05):.0f}",
                    tr(lg, "Pass", "i.O.", "Conforme"),
                ]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Channel", "Messgröße", "Voie"),
            tr(lg, "Nominal", "Sollwert", "Référence"),
            tr(lg, "Reading", "Istwert", "Mesure"),
            tr(lg, "Error", "Abw.", "Écart"),
            tr(lg, "Tolerance", "Toleranz", "Tolérance"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        shade=0.9,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Test gases traceable to national standards. Uncertainty stated at k=2. ",
            "Die Prüfung erfolgte nach den Richtlinien für die Eignungsprüfung von Messgeräten. ",
            "Gaz étalons raccordés aux étalons nationaux (COFRAC). ",
        )
        + words(rng, lg, "flue"),
        s.size - 1,
    )
    f.need(120)
    sign_line(
        f.page, s, m, f.y + 30, tr(lg, "Calibrated by", "Prüfer", "Technicien"), staff(h, "tech")
    )
    x0, y0 = w - m - 150, f.y + 4
    f.page.rect(x0, y0, 150, 60)
    f.page.text(
        x0 + 75,
        y0 + 16,
        tr(lg, "CALIBRATED", "GEPRÜFT", "ÉTALONNÉ"),
        "Helvetica-Bold",
        11,
        "center",
    )
    f.page.text(x0 + 75, y0 + 32, cert, "Helvetica", 8, "center")
    f.page.text(
        x0 + 75,
        y0 + 46,
        f"{tr(lg, 'Due', 'Fällig', 'Échéance')} {short(d + timedelta(days=365), lg)[3:]}",
        "Helvetica",
        8,
        "center",
    )
    f.y += 80
    pages = f.pages
    if rng.random() < 0.35:
        q = Page(A4)
        q.text(
            m, m, tr(lg, "Service report", "Wartungsbericht", "Rapport d'intervention"), s.bold, 11
        )
        y = checklist(
            q,
            s,
            m,
            m + 24,
            w - 2 * m,
            tr(
                lg,
                "Sensors replaced|Filter changed|Pump flow checked|Leak "
                "test|Battery condition|Firmware updated",
                "Sensoren getauscht|Filter gewechselt|Pumpe geprüft|Dichtheit|Akku|Firmware",
                "Cellules remplacées|Filtre changé|Débit pompe|Étanchéité|Batterie|Logiciel",
            ).split("|"),
            rng,
            lg,
            0.3,
        )
        text_lines(q, s, m, y + 10, w - 2 * m, words(rng, lg, "flue", 16), 9)
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates KKKK: complaints
# ---------------------------------------------------------------------------------------------


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A householder's complaint or damage claim (soot over the carpet after a sweep, a cowl
    blown off, a stove smoking): a letter or a printed e-mail, now and then with a page of
    photographs and the carpet cleaner's or roofer's estimate enclosed."""
    c = (
        a_customer(rng)
        if rng.random() < 0.85
        else a_customer(rng, rng.choice([x for x in ("en", "de", "fr") if x != home()]))
    )
    lg = c.lang
    h = customer_head(c)
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(2, 12))
    issues = tr(
        lg,
        "soot all over the lounge carpet and sofa|the cowl fitted "
        "last month has blown off|the new stove smokes into the "
        "room when the door is opened|a cracked roof tile after "
        "your sweep went on the roof",
        "Ruß auf dem Teppich und dem Sofa im Wohnzimmer|die neue "
        "Regenhaube ist heruntergefallen|der Kaminofen qualmt beim "
        "Öffnen der Tür|eine zerbrochene Dachziegel nach Ihrem Besuch",
        "de la suie sur la moquette et le canapé du salon|le chapeau "
        "posé le mois dernier s'est envolé|le poêle refoule à l'ouverture "
        "de la porte|une tuile cassée après votre passage sur le "
        "toit",
    ).split("|")
    which = rng.randrange(len(issues))
    issue = issues[which]
    roof = which in (1, 3)
    o = office_head()
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    f = plain(s)
    if rng.random() < 0.4:
        p = f.page
        p.text(
            m,
            m - 10,
            f"{tr(lg, 'From', 'Von', 'De')}: {c.name} <{c.first.lower()}.{c.last.lower()}@"
            + rng.choice(["gmail.com", "btinternet.com", "web.de", "orange.fr"])
            + ">",
            "Helvetica",
            8.5,
        )
        p.text(
            m,
            m + 2,
            f"{tr(lg, 'To', 'An', 'À')}: {o.mail or 'info@' + o.name.split()[0].lower() + '.com'}",
            "Helvetica",
            8.5,
        )
        p.text(
            m,
            m + 14,
            f"{tr(lg, 'Sent', 'Gesendet', 'Envoyé')}: {short(d, lg)} "
            f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            "Helvetica",
            8.5,
        )
        p.text(
            m,
            m + 26,
            f"{tr(lg, 'Subject', 'Betreff', 'Objet')}: "
            f"{tr(lg, 'Complaint', 'Beschwerde', 'Réclamation')} "
            f"- {c.street}",
            "Helvetica-Bold",
            8.5,
        )
        p.line(m, m + 32, w - m, m + 32)
        f.y = m + 50
    else:
        yy = m
        for t in (c.name, c.street, c.town):
            f.page.text(w - m, yy, t, s.font, s.size, "right")
            yy += s.size * 1.3
        f.y = window(f.page, s, None, yy + 20, [o.name, o.street, o.town]) + 10
        f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
        f.y += 24
        caption(
            f,
            s,
            tr(
                lg,
                f"Complaint - visit of {short(visit, lg)}",
                f"Beschwerde / Schadensmeldung - Termin vom {short(visit, lg)}",
                f"Réclamation suite à votre intervention du {short(visit, lg)}",
            ),
            1,
        )
    write(f, s, tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"))
    write(
        f,
        s,
        tr(
            lg,
            f"Your sweep visited us on {short(visit, lg)}. Afterwards we found {issue}.",
            f"am {short(visit, lg)} war Ihr Mitarbeiter bei uns. Danach "
            f"mussten wir feststellen: {issue}.",
            f"Votre ramoneur est intervenu chez nous le {short(visit, lg)}. "
            f"Nous avons constaté ensuite {issue}.",
        ),
    )
    write(f, s, prose(rng, lg, "flue", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "I would like you to pay for the cleaning and I expect a reply within 14 days.",
            "Ich bitte Sie, den Schaden zu regulieren, und erwarte Ihre "
            "Antwort innerhalb von 14 Tagen.",
            "Je vous demande de prendre en charge la remise en état "
            "et j'attends votre réponse sous 15 jours.",
        ),
    )
    f.y += 6
    f.page.text(
        m, f.y, tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Salutations"), s.font, s.size
    )
    scrawl(f.page, m, f.y + 30, c.name)
    f.page.text(m, f.y + 42, c.name, s.font, s.size)
    pages = f.pages
    if rng.random() < 0.55:
        p = Page(A4)
        for k in range(rng.choice([2, 3, 4])):
            x, y = 50 + (k % 2) * 255, 60 + (k // 2) * 330
            photo(p, x, y, 240, 300, rng)
            p.text(x, y + 314, f"IMG_{rng.randint(1000, 9999)}.jpg", "Helvetica", 7)
        pages.append(p)
    if rng.random() < 0.45:
        eh = make_head(
            (
                tr(
                    lg,
                    "Dales Carpet Care|Pennine Roofing",
                    "Teppichreinigung Kaiser|Dachdeckerei Kuhn",
                    "Nettoyage Pro Tapis|Couverture Favre",
                ).split("|")[int(roof)],
                rng.choice(ROADS[lg]) + " 2",
                rng.choice(TOWNS[lg]),
                "",
            ),
            lg,
            "estimate",
        )
        es = style_of(eh, A4)
        g = sheets(es, eh)
        caption(g, es, tr(lg, "ESTIMATE", "KOSTENVORANSCHLAG", "DEVIS"), 4)
        g.y = (
            pairs(
                g.page,
                es,
                es.margin,
                g.y,
                [
                    (tr(lg, "Customer", "Kunde", "Client"), c.name),
                    (tr(lg, "Date", "Datum", "Date"), short(d - timedelta(days=1), lg)),
                ],
                w / 2,
            )
            + 10
        )
        cols = columns(es.margin, A4[0] - es.margin, [(4, "left"), (1, "right")])
        net = 0.0
        rows = []
        jobs = (
            tr(
                lg,
                "Replace tiles / refit cowl|Access equipment|Call-out",
                "Ziegel ersetzen / Haube befestigen|Leiter/Gerüst|Anfahrt",
                "Remplacement tuiles / chapeau|Nacelle|Déplacement",
            )
            if roof
            else tr(
                lg,
                "Deep clean lounge carpet|Sofa upholstery clean|Soot stain treatment",
                "Teppichreinigung Wohnzimmer|Polsterreinigung|Rußfleckenbehandlung",
                "Nettoyage moquette|Nettoyage canapé|Traitement taches de suie",
            )
        )
        for t in jobs.split("|"):
            v = rng.choice([45.0, 80.0, 120.0, 160.0, 220.0])
            net += v
            rows.append([t, money(v, lg)])
        table(
            g,
            cols,
            [tr(lg, "Work", "Leistung", "Prestation"), tr(lg, "Price", "Preis", "Prix")],
            rows,
            es,
            rules=True,
        )
        totals(g, es, lg, net, vat_rate(lg))
        pages += g.pages
    remember(c, d)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's reply to a complaint: what the sweep found, what the office offers
    (a cleaning paid, a return visit, the claim passed to the insurer), now and then with the
    office's incident report form behind it."""
    h = office_head()
    lg = h.lang
    c = customer_for(rng, ("complaint",))
    d = last_day(rng, ("complaint",), (2, 10))
    s = style_of(h, A4)
    w = A4[0]
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, c.lines(), d, [(tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), c.ref)])
    caption(f, s, tr(lg, "Your complaint", "Ihre Schadensmeldung", "Votre réclamation"), 1)
    write(f, s, dear(lg, titled(c.name, lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter. I am sorry to hear about the problem after our visit.",
            "vielen Dank für Ihr Schreiben. Es tut uns leid, dass es "
            "nach unserem Besuch zu Unannehmlichkeiten gekommen ist.",
            "Nous avons bien reçu votre courrier et regrettons les désagréments rencontrés.",
        ),
    )
    write(f, s, prose(rng, lg, "flue", 2, 3))
    offer = rng.choice(
        tr(
            lg,
            "We will pay the cleaner's invoice in full.|We have passed "
            "your claim to our public liability insurer, who will contact "
            "you.|Our master sweep will call back free of charge to "
            "inspect.",
            "Wir übernehmen die Reinigungskosten in voller Höhe.|Wir "
            "haben den Schaden unserer Betriebshaftpflichtversicherung "
            "gemeldet.|Unser Meister wird die Anlage kostenlos erneut "
            "prüfen.",
            "Nous prenons en charge la facture de nettoyage.|Nous avons "
            "transmis votre dossier à notre assureur RC.|Notre chef "
            "d'entreprise repassera gratuitement pour un contrôle.",
        ).split("|")
    )
    write(f, s, offer)
    regards(f, s, lg, master(), tr(lg, "Master Sweep", "Schornsteinfegermeister", "Gérant"))
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        p = Page(A4)
        p.text(
            m, m, tr(lg, "INCIDENT REPORT", "SCHADENPROTOKOLL", "CONSTAT D'INCIDENT"), s.bold, 13
        )
        y = fields(
            p,
            s,
            m,
            m + 16,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), c.name),
                (
                    tr(lg, "Date of visit", "Einsatztag", "Date"),
                    short(d - timedelta(days=rng.randint(5, 20)), lg),
                ),
                (tr(lg, "Operative", "Mitarbeiter", "Intervenant"), rng.choice(journeymen())),
                (tr(lg, "Reported", "Gemeldet", "Signalé"), short(d, lg)),
            ],
            per=2,
            tall=26,
        )
        p.text(m, y, tr(lg, "Description", "Hergang", "Description"), s.bold, 9)
        p.rect(m, y + 6, w - 2 * m, 160)
        for k in range(4):
            hand(p, m + 8, y + 26 + 18 * k, words(rng, lg, "flue", 8), 9, w - 2 * m - 16)
        y = ticks(
            p,
            s,
            m,
            y + 190,
            w - 2 * m,
            tr(
                lg,
                "Dust sheets used|Vacuum used|Photos taken before|Customer present",
                "Abdeckung benutzt|Sauger benutzt|Fotos vorher|Kunde anwesend",
                "Bâches posées|Aspirateur utilisé|Photos avant|Client présent",
            ).split("|"),
            {k for k in range(4) if rng.random() < 0.6},
            8,
        )
        sign_line(p, s, m, y + 40, tr(lg, "Signed", "Unterschrift", "Signature"), master())
        pages.append(p)
    remember(c, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "sweep_certificate": tpl_sweep_certificate,
    "smoke_test_report": tpl_smoke_test_report,
    "inspection_report": tpl_inspection_report,
    "stove_quote": tpl_stove_quote,
    "quote_acceptance": tpl_quote_acceptance,
    "commissioning_certificate": tpl_commissioning_certificate,
    "scheme_certificate": tpl_scheme_certificate,
    "appointment_letter": tpl_appointment_letter,
    "emissions_record": tpl_emissions_record,
    "round_sheet": tpl_round_sheet,
    "agent_instruction": tpl_agent_instruction,
    "landlord_batch": tpl_landlord_batch,
    "delivery_note": tpl_delivery_note,
    "supplier_invoice": tpl_supplier_invoice,
    "guild_renewal": tpl_guild_renewal,
    "training_certificate": tpl_training_certificate,
    "insurance_schedule": tpl_insurance_schedule,
    "calibration_certificate": tpl_calibration_certificate,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
}
TEMPLATES_KKKK: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "sweep_certificate",
    "appointment_letter",
    "emissions_record",
    "round_sheet",
    "delivery_note",
    "supplier_invoice",
    "training_certificate",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "stove_quote": "quote_acceptance",
    "commissioning_certificate": "scheme_certificate",
    "agent_instruction": "landlord_batch",
    "delivery_note": "supplier_invoice",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_dipper_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One office's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_KKKK, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_dipper_stream, "templates KKKK")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

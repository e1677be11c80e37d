"""Colander part of the generated corpus: templates TTT, written blind for the next measurement.

A part of its own, ``colander``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent hair and beauty salon (an owner, four stylists, two beauty therapists and a
receptionist; in England, Germany or France) feeds through its scanner in a month: the
salon's stock orders written on the wholesaler rep's carbon order pad (A5); the professional
product wholesalers' delivery notes (A5 or a till-roll slip) signed on receipt, with the
back-ordered lines; the wholesalers' invoices with colour, care, wax and consumables lines
running over pages, now and then the conditions of sale behind; chair and room rental
agreements with self-employed stylists and therapists (Stuhlmietvertrag, contrat de location
de fauteuil) with numbered clauses, the schedule of rent and days, an inventory annex and the
signature page; the salon's client consultation and patch test consent forms filled in by
hand with tick boxes, sometimes with the aftercare and declaration page behind; therapists'
treatment record cards on landscape A5 (lashes, brows, waxing, facials) with the visits by
hand; the gift voucher register on landscape A4; training academies' course certificates on
landscape A4, sometimes behind a covering letter or with the course content page; the
insurer's or broker's salon insurance schedule (covering letter, schedule of cover with
treatment risks, endorsements, "Page i of n"); music licence invoices (TheMusicLicence,
GEMA, SACEM) with the licence details and the licence conditions page; the card acquirer's
monthly statement with the daily takings table and the fee page; the booking system's
subscription invoices (some from a foreign vendor in its own language, US Letter); trade
waste collection agreements with the service schedule, the terms in two columns and the
annual duty of care note; the council's or authority's health and safety inspection letters
with the numbered findings and, sometimes, the inspection report form; the salon's weekly
staff rotas on landscape A4 with hand corrections; employment contracts (statement of
particulars, Arbeitsvertrag, contrat de travail) with the commission schedule and the
signature page; apprenticeship progress reviews of the college or training provider; the
towel and gown laundry's invoices; clients' complaint letters (handwritten on a note card,
typed, or an e-mail print) and the salon's replies. Each stream is one salon's pile: the salon
(country, name, month, staff) is drawn once per stream; its outside senders are of the salon's
country and write in its language, except that wholesalers, academies and the booking system
vendor are now and then from abroad and write in their own. Page sizes range from till-roll
slips, A6 and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the salon files it: the
conditions page behind a wholesaler's invoice; every page of a delivery note; the schedule,
inventory annex and signature page of a rental agreement; the aftercare and declaration page
of a consultation form; the covering letter and course content page of a certificate; the
covering letter, schedule pages and endorsements of an insurance schedule; the licence
conditions page of a music licence invoice; every page of a card statement; the terms pages
and the duty of care note of a waste agreement; the inspection report form enclosed with an
inspection letter; the commission schedule and signature page of an employment contract; both
pages of an apprenticeship review. Related papers are documents of their own: the delivery
note after the stock order, the invoice after the delivery note, the salon's reply after a
complaint; and so is each invoice, form, record card, certificate, rota and invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: wholesalers' invoices and delivery
notes, consultation forms, treatment record cards, training certificates, rotas, laundry and
booking system invoices often come 2-4 in a row from one sender with other clients, weeks,
numbers and amounts; and companions: each related paper above often follows the document it
answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "colander"`` and seeds offset by 7_100_000.

Usage: ``python benchmarks/corpus_colander.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/colander/colander_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import math
import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

import itertools

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
    running_header,
    serial,
    short,
    shrink,
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

PART = "colander"
SEED_OFFSET = 7_100_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)
A6 = (105 * MM, 148 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the salon and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SALONS: dict[str, list[Row]] = {
    "en": [
        (
            "Willow & Wren Hair and Beauty",
            "17 Commercial Street",
            "Harrogate HG1 1UB",
            "01423 566 201",
        ),
        ("Studio Nine Hair & Beauty", "9 Milsom Place", "Bath BA1 1BZ", "01225 448 930"),
        ("The Cutting Room", "42 St Benedict's Street", "Norwich NR2 4AQ", "01603 618 774"),
    ],
    "de": [
        ("Haarwerk Lindner", "Salzstraße 21", "79098 Freiburg", "0761 38 41 72"),
        ("Scherenschnitt Friseur & Kosmetik", "Ludgeristraße 66", "48143 Münster", "0251 51 90 33"),
        ("Studio Kopfsache", "Karl-Liebknecht-Straße 87", "04275 Leipzig", "0341 30 82 15"),
    ],
    "fr": [
        ("L'Atelier Coiffure Émilie", "12 rue Crébillon", "44000 Nantes", "02 40 48 17 62"),
        ("Mèches & Sens", "34 rue de la Liberté", "21000 Dijon", "03 80 30 55 41"),
        ("Institut Belle Rive", "5 quai Eustache Chappuis", "74000 Annecy", "04 50 45 29 08"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "wholesaler": {
        "en": [
            (
                "Salonline Professional Ltd",
                "Unit 4, Gelderd Trading Estate",
                "Leeds LS12 6BD",
                "0113 263 0400",
            ),
            ("Capital Hair & Beauty Supplies", "Brunel Way", "Swindon SN2 8BA", "01793 512 700"),
            ("Beautyworks Wholesale Ltd", "12 Enterprise Park", "Norwich NR6 6BJ", "01603 789 100"),
        ],
        "de": [
            (
                "Friseurbedarf Südwest GmbH",
                "Gewerbestraße 14",
                "79194 Gundelfingen",
                "0761 58 80 0",
            ),
            ("Haar & Kosmetik Großhandel Brandt KG", "Hansaring 102", "48155 Münster", ""),
            (
                "Coiffeur Depot Sachsen GmbH",
                "Torgauer Straße 231",
                "04347 Leipzig",
                "0341 24 51 90",
            ),
        ],
        "fr": [
            (
                "Coiffure Distribution Ouest SAS",
                "ZA de la Belle Étoile",
                "44470 Carquefou",
                "02 40 30 22 10",
            ),
            ("Beauté Pro Bourgogne SARL", "8 rue des Ateliers", "21800 Quetigny", ""),
            (
                "Alp'Coiffure Diffusion",
                "125 route de Frangy",
                "74960 Cran-Gevrier",
                "04 50 67 10 20",
            ),
        ],
    },
    "academy": {
        "en": [
            ("Northern School of Hairdressing", "Bridge House, Wellington St", "Leeds LS1 4LT", ""),
            ("Lash & Brow Academy UK", "3 Clifton Arcade", "Bristol BS8 4AA", ""),
            ("Colour Masters Education", "88 Great Portland St", "London W1W 7NW", ""),
        ],
        "de": [
            ("Friseurakademie Baden", "Hebelstraße 10", "79104 Freiburg", ""),
            ("Kosmetikschule Westfalen", "Windthorststraße 43", "48143 Münster", ""),
            ("Colorakademie Mitteldeutschland", "Dittrichring 6", "04109 Leipzig", ""),
        ],
        "fr": [
            ("Académie Coiffure Atlantique", "3 rue de Strasbourg", "44000 Nantes", ""),
            ("École Esthétique Bourgogne", "22 boulevard Carnot", "21000 Dijon", ""),
            ("Studio Formation Couleur Paris", "14 rue de Turbigo", "75002 Paris", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Hair & Beauty Insure Brokers Ltd",
                "Marlborough House",
                "Chester CH1 2AQ",
                "01244 400 120",
            ),
            ("Salon Shield Insurance Services", "2 Colmore Row", "Birmingham B3 2QE", ""),
        ],
        "de": [
            ("Gewerbe-Versicherung Baden AG", "Kaiser-Joseph-Straße 240", "79098 Freiburg", ""),
            ("Provinzial Agentur Meyer & Sohn", "Königsstraße 51", "48143 Münster", ""),
            ("Mitteldeutsche Handwerker-Versicherung", "Brühl 8", "04109 Leipzig", ""),
        ],
        "fr": [
            ("Cabinet Lemaire Assurances", "9 place Royale", "44000 Nantes", ""),
            ("MMA Agence Dijon Liberté", "40 rue de la Liberté", "21000 Dijon", ""),
            ("AXA Agence Annecy Lac", "2 avenue d'Albigny", "74000 Annecy", ""),
        ],
    },
    "music": {
        "en": [
            (
                "PPL PRS Ltd - TheMusicLicence",
                "1 Upper James Street",
                "London W1F 9DE",
                "0800 068 0123",
            )
        ],
        "de": [
            ("GEMA Bezirksdirektion", "Rosenheimer Straße 11", "81667 München", "089 480 03 00")
        ],
        "fr": [
            (
                "SACEM - Délégation régionale",
                "225 avenue Charles de Gaulle",
                "92200 Neuilly-sur-Seine",
                "",
            )
        ],
    },
    "acquirer": {
        "en": [
            ("Paymentsense Merchant Services", "The Brunel Building", "London W2 6BD", ""),
            ("Worldpay (UK) Ltd", "The Walbrook Building", "London EC4N 8AF", ""),
        ],
        "de": [
            ("Concardis Payment Services", "Helfmann-Park 7", "65760 Eschborn", ""),
            ("Sparkassen-Kartenservice", "Am Kreuzweg 4", "30659 Hannover", ""),
        ],
        "fr": [
            ("Crédit Mutuel Monétique", "34 rue du Wacken", "67000 Strasbourg", ""),
            ("BNP Paribas Acquiring", "16 boulevard des Italiens", "75009 Paris", ""),
        ],
    },
    "booking": {
        "en": [
            ("Chairly Software Ltd", "Runway East, 20 St Thomas St", "London SE1 9RS", ""),
            ("BookedIn Inc.", "548 Market St, Suite 214", "San Francisco, CA 94104", ""),
        ],
        "de": [("Termino Salonsoftware GmbH", "Schanzenstraße 31", "51063 Köln", "")],
        "fr": [("Plannéo SAS", "18 rue du Faubourg du Temple", "75011 Paris", "")],
    },
    "waste": {
        "en": [
            ("Yorkshire Trade Waste Ltd", "Skelton Grange Road", "Leeds LS10 1RS", "0113 277 9900"),
            ("Norse Commercial Waste", "Carrow House, King Street", "Norwich NR1 2TN", ""),
        ],
        "de": [
            (
                "Abfallwirtschaft Freiburg ASF GmbH",
                "Hermann-Mitsch-Straße 26",
                "79108 Freiburg",
                "",
            ),
            ("Remondis Münster GmbH", "Am Kanal 40", "48155 Münster", ""),
            ("Stadtreinigung Leipzig", "Geithainer Straße 60", "04328 Leipzig", ""),
        ],
        "fr": [
            ("Veolia Propreté Ouest", "Route de Vannes", "44800 Saint-Herblain", ""),
            ("Suez Collecte Bourgogne", "Rue de Cracovie", "21000 Dijon", ""),
            ("Ortec Environnement Annecy", "ZI des Césardes", "74600 Seynod", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Harrogate Borough Council - Environmental Health",
                "Civic Centre",
                "Harrogate HG1 2AE",
                "",
            ),
            (
                "Bath & North East Somerset Council - Public Protection",
                "Lewis House",
                "Bath BA1 1JG",
                "",
            ),
            ("Norwich City Council - Health and Safety Team", "City Hall", "Norwich NR2 1NH", ""),
        ],
        "de": [
            (
                "Stadt Freiburg - Amt für öffentliche Ordnung",
                "Basler Straße 2",
                "79100 Freiburg",
                "",
            ),
            ("Stadt Münster - Ordnungsamt", "Klemensstraße 10", "48143 Münster", ""),
            ("Landesdirektion Sachsen - Arbeitsschutz", "Braustraße 2", "04107 Leipzig", ""),
        ],
        "fr": [
            ("Mairie de Nantes - Service Hygiène", "2 rue de l'Hôtel de Ville", "44000 Nantes", ""),
            ("DDPP de la Côte-d'Or", "57 rue de Mulhouse", "21000 Dijon", ""),
            ("DDPP de la Haute-Savoie", "9 rue Blaise Pascal", "74600 Seynod", ""),
        ],
    },
    "laundry": {
        "en": [
            ("Crisp Salon Linen Services", "Unit 9, Hornbeam Park", "Harrogate HG2 8QT", ""),
            ("Towelmate Laundry Ltd", "Westfield Road", "Norwich NR6 6AL", ""),
        ],
        "de": [
            ("Wäscherei Schneeweiß GmbH", "Industriestraße 5", "79111 Freiburg", ""),
            ("Textilservice Ems KG", "Kesslerweg 12", "48155 Münster", ""),
        ],
        "fr": [
            ("Blanchisserie du Val", "14 rue de l'Industrie", "44120 Vertou", ""),
            ("Elis Services Annecy", "ZA des Marais", "74370 Pringy", ""),
        ],
    },
    "college": {
        "en": [
            (
                "Harrogate College - Hair & Beauty Apprenticeships",
                "Hornbeam Park Avenue",
                "Harrogate HG2 8QT",
                "",
            ),
            ("City College Norwich - Work-based Learning", "Ipswich Road", "Norwich NR2 2LJ", ""),
        ],
        "de": [
            (
                "Handwerkskammer Freiburg - Ausbildungsberatung",
                "Bismarckallee 6",
                "79098 Freiburg",
                "",
            ),
            (
                "Handwerkskammer Münster - Ausbildungsberatung",
                "Bismarckallee 1",
                "48151 Münster",
                "",
            ),
        ],
        "fr": [
            ("CFA des Métiers de la Coiffure", "12 rue Jules Verne", "44700 Orvault", ""),
            ("CFA Interprofessionnel de Dijon", "18 rue du Golf", "21800 Quetigny", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Chloe", "Jade", "Megan", "Ryan", "Holly", "Amber", "Sophie", "Liam", "Kirsty", "Dan"],
    "de": ["Lena", "Jana", "Melanie", "Kevin", "Nina", "Svenja", "Laura", "Tobias", "Sarah"],
    "fr": ["Manon", "Chloé", "Émilie", "Kevin", "Laura", "Inès", "Océane", "Thomas", "Julie"],
}
LASTS = {
    "en": ["Hartley", "Dawson", "Pearce", "Kaur", "Sutcliffe", "Barker", "Nolan", "Webb", "Hurst"],
    "de": ["Lindner", "Krämer", "Berger", "Hoffmann", "Yildiz", "Schulte", "Engel", "Wagner"],
    "fr": ["Lemoine", "Garnier", "Moreau", "Guérin", "Faure", "Rolland", "Bertin", "Haddad"],
}
MALE = {"Ryan", "Liam", "Dan", "Kevin", "Tobias", "Thomas"}

TALK = {
    "en": {
        "hair": "colour tint toner developer highlights balayage cut blow-dry skin test allergy "
        "scalp sensitivity client appointment aftercare products treatment result stylist",
        "legal": "party agreement chair premises rent term notice termination insurance "
        "obligations equipment hours clients records liability deposit self-employed",
        "safety": "inspection risk assessment ventilation chemicals COSHH gloves hygiene "
        "sterilisation towels waste first aid training records electrical fire exits",
        "money": "invoice payment account balance due amount reference period charges terms "
        "settlement direct debit statement",
    },
    "de": {
        "hair": "Farbe Tönung Oxidant Strähnen Balayage Schnitt Föhnen Allergietest "
        "Kopfhaut Empfindlichkeit Kundin Termin Pflege Produkte Behandlung Ergebnis",
        "legal": "Vertragsparteien Arbeitsplatz Räume Miete Laufzeit Kündigung Versicherung "
        "Pflichten Ausstattung Öffnungszeiten Kunden Haftung Kaution selbstständig",
        "safety": "Begehung Gefährdungsbeurteilung Lüftung Gefahrstoffe Handschuhe Hygiene "
        "Desinfektion Handtücher Abfall Erste Hilfe Unterweisung Dokumentation Brandschutz",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Zeitraum "
        "Gebühren Zahlungsziel Lastschrift Auszug",
    },
    "fr": {
        "hair": "coloration patine oxydant mèches balayage coupe brushing test allergique "
        "cuir chevelu sensibilité cliente rendez-vous soins produits prestation résultat",
        "legal": "parties contrat fauteuil locaux redevance durée préavis résiliation "
        "assurance obligations matériel horaires clientèle responsabilité dépôt indépendant",
        "safety": "inspection évaluation des risques ventilation produits chimiques gants "
        "hygiène désinfection serviettes déchets secours formation registre incendie",
        "money": "facture paiement compte solde échéance montant référence période frais "
        "règlement prélèvement relevé",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "hair", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "hair", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The salon of a stream: country, month, staff
# ---------------------------------------------------------------------------------------------

SALON: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same order, day or client).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SALON["lang"])


def month() -> date:
    m = SALON["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's salon and ``key``: a run or a repeat keeps its
    sender."""
    text = f"colander/{key}/{who.name}/{who.street}/{who.city}/{SALON['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def salon_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"colander/salon/{key}/{SALON['seed']}".encode()))


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


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def team() -> dict[str, list[str]]:
    """The salon's people: owner, four stylists, two therapists, a receptionist."""
    r = salon_rng("team")
    lg = home()
    names: list[str] = []
    while len(names) < 8:
        n = person(r, lg)
        if n not in names:
            names.append(n)
    return {
        "owner": names[:1],
        "stylist": names[1:5],
        "therapist": names[5:7],
        "reception": names[7:8],
    }


def titled(name: str, lang: str) -> str:
    male = name.split()[0] in MALE
    if lang == "de":
        return f"{'Herr' if male else 'Frau'} {name}"
    if lang == "fr":
        return f"{'Monsieur' if male else 'Madame'} {name}"
    return f"{'Mr' if male else 'Ms'} {name}"


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
    look: str  # band | centred | script | boxed | plain | side | official
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
LOOKS = ["band", "centred", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role == "council":
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(0, f"Registergericht Amtsgericht HRB {r.randint(1000, 99999)}")
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['9602A', '4645Z', '8559A', '3811Z'])}"
        ]
    out = []
    if "Ltd" in name or "Inc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"colander/head/{name}/{SALON['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "council":
        looks = ["official"]
        font, bold = "Helvetica", "Helvetica-Bold"
    elif role == "salon":
        looks = ["script", "centred", "script", "side"]
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
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'hello', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def salon_head() -> Head:
    lang = home()
    return make_head(SALONS[lang][int(SALON["row"])], lang, "salon")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and salon), of the salon's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    return make_head(
        rows[int(SALON["row"]) % len(rows)] if r.random() < 0.6 else r.choice(rows), lang, role
    )


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
    """A round rubber stamp: two rings, wording above and below a star."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.4, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
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
        p.rect(m, y - 12, 20, 26, fill=0.3)
        p.rect(m + 4, y - 8, 12, 18, fill=0.9)
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 30, yy, fit(t, f_, pt, w - 2 * m - 30), f_, pt)
            yy += 12
        p.text(m + 30, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look in ("centred", "script"):
        face = "Times-BoldItalic" if h.look == "script" else h.bold
        pt = shrink(h.name, face, s.size + (9 if h.look == "script" else 6), w - 2 * m)
        p.text(w / 2, y + 4, h.name, face, pt, "center")
        it = italic_of(h.font)
        if h.role == "salon":
            p.text(
                w / 2,
                y + 16,
                tr(
                    h.lang,
                    "hair  -  beauty  -  nails",
                    "Friseur  -  Kosmetik",
                    "coiffure  -  esthétique",
                ),
                it,
                7.5,
                "center",
            )
            y += 9
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(w / 2 - 60, y + 30, w / 2 + 60, y + 30)
        return y + 50
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
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
    parts = name.replace("-", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the salon's date stamp or a hand note on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
            ],
        )
    elif rng.random() < odds * 0.6:
        w, hh = p.size
        lg = home()
        hand(
            p,
            40,
            hh - 40,
            rng.choice(
                tr(
                    lg, "paid|filed|entered|checked", "bez.|erl.|gebucht|ok", "payé|classé|saisi|vu"
                ).split("|")
            )
            + f" {short(d + timedelta(days=rng.randint(1, 9)), lg)}",
            10,
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "official") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
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


def place(h: Head) -> str:
    """The town of ``h`` without its postcode."""
    parts = h.town.split()
    return parts[0] if h.lang == "en" else " ".join(parts[1:])


def staff_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"colander/staff/{tag}/{h.name}/{SALON['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def salon_lines(att: str = "") -> list[str]:
    return head_lines(salon_head(), att)


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
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), net + tax))
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


def sign_line(
    p: Page, x: float, y: float, width: float, label: str, font: str, who: str = ""
) -> None:
    """A signature line with its caption below; signed in ink when ``who`` is given."""
    if who:
        scrawl(p, x + 6, y - 3, who)
    p.line(x, y, x + width, y)
    p.text(x, y + 9, fit(label, font, 7, width), font, 7)


# ---------------------------------------------------------------------------------------------
# Templates TTT: stock, wholesalers and their paper
# ---------------------------------------------------------------------------------------------

#: code, English, German, French, unit price (net, in the salon's currency)
PRODUCTS = [
    ("CP-7/0", "Permanent colour 60ml 7/0", "Haarfarbe 60ml 7/0", "Coloration 60ml 7.0", 6.10),
    ("CP-6/34", "Permanent colour 60ml 6/34", "Haarfarbe 60ml 6/34", "Coloration 60ml 6.34", 6.10),
    ("CP-9/16", "Permanent colour 60ml 9/16", "Haarfarbe 60ml 9/16", "Coloration 60ml 9.16", 6.10),
    (
        "DG-8/81",
        "Demi gloss toner 60ml 8/81",
        "Intensivtönung 60ml 8/81",
        "Patine ton sur ton 60ml",
        5.40,
    ),
    ("OX-6-1L", "Developer 6% 20vol 1L", "Entwickler 6 % 1 L", "Oxydant 6 % 20 vol 1 L", 4.95),
    ("OX-9-1L", "Developer 9% 30vol 1L", "Entwickler 9 % 1 L", "Oxydant 9 % 30 vol 1 L", 4.95),
    ("BL-500", "Lightening powder 500g", "Blondierpulver 500 g", "Poudre décolorante 500 g", 17.80),
    (
        "BD-01",
        "Bond repair step 1 500ml",
        "Bond-Repair Schritt 1 500 ml",
        "Soin protecteur étape 1",
        39.00,
    ),
    (
        "SH-M1L",
        "Moisture shampoo 1L backbar",
        "Feuchtigkeitsshampoo 1 L",
        "Shampooing hydratant 1 L",
        11.20,
    ),
    (
        "CO-M1L",
        "Moisture conditioner 1L backbar",
        "Pflegespülung 1 L",
        "Après-shampooing 1 L",
        12.40,
    ),
    (
        "HS-300",
        "Strong hold hairspray 300ml",
        "Haarspray extra stark 300 ml",
        "Laque fixation forte",
        4.30,
    ),
    ("FO-100", "Embossed foil roll 100m", "Strähnenfolie 100 m", "Papier aluminium 100 m", 7.90),
    ("GL-NM", "Nitrile gloves M (100)", "Nitrilhandschuhe M (100)", "Gants nitrile M (100)", 5.60),
    ("NS-500", "Neck strips (5 x 100)", "Halskrausen (5 x 100)", "Bandes de cou (5 x 100)", 6.75),
    ("WX-800", "Hot film wax 800g", "Heißwachs 800 g", "Cire tiède 800 g", 14.20),
    ("WS-100", "Wax strips (100)", "Vliesstreifen (100)", "Bandes épilatoires (100)", 3.10),
    (
        "LL-KIT",
        "Lash lift kit (20 treatments)",
        "Wimpernlifting-Set",
        "Kit rehaussement de cils",
        42.00,
    ),
    ("LA-5", "Lash adhesive 5ml", "Wimpernkleber 5 ml", "Colle extensions 5 ml", 18.50),
    (
        "TT-BR",
        "Brow tint brown 15ml",
        "Augenbrauenfarbe braun 15 ml",
        "Teinture sourcils brun",
        5.20,
    ),
    ("TW-50", "Disposable towels (50)", "Einmalhandtücher (50)", "Serviettes jetables (50)", 8.90),
    ("BC-1L", "Barbicide disinfectant 1L", "Desinfektionskonzentrat 1 L", "Désinfectant 1 L", 9.80),
    ("CW-500", "Cotton wool pads (500)", "Wattepads (500)", "Cotons démaquillants (500)", 4.40),
]


def product(k: int, lg: str) -> tuple[str, str, float]:
    code, en, de, fr, price = PRODUCTS[k]
    rate = {"en": 1.0, "de": 1.12, "fr": 1.15}[lg]
    return code, tr(lg, en, de, fr), round(price * rate, 2)


def order_lines(rng: random.Random) -> list[tuple[int, int]]:
    """An order: (product, quantity), colours by the tube, the rest by the unit."""
    n = rng.choice([4, 6, 9, 12, 16, 22])
    ks = rng.sample(range(len(PRODUCTS)), min(n, len(PRODUCTS)))
    return [(k, rng.choice([2, 3, 4, 6, 10, 12]) if k < 4 else rng.randint(1, 4)) for k in ks]


def wholesaler_of(who: Issuer) -> Head:
    return head_of(who, "wholesaler", abroad=0.12)


def account_no(who: Issuer) -> str:
    return serial(keyed(who, "acct"), "A99999")


def tpl_stock_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The rep's carbon order pad (A5), filled in by hand in the salon: codes, quantities,
    the salon's stamp and signature, the delivery day ticked."""
    h = wholesaler_of(who)
    lg = h.lang
    s = style_of(h, A5, margin=30, pt=8)
    w, hh = A5
    m = s.margin
    d = some_day(rng)
    p = Page(A5)
    y = heading(p, s, h)
    title = tr(lg, "ORDER FORM", "BESTELLSCHEIN", "BON DE COMMANDE")
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, f"No {serial(rng, '099999')}", "Courier-Bold", 10, "right")
    y += 10
    salon = salon_head()
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), salon.name),
            (tr(lg, "Account no.", "Kunden-Nr.", "N° client"), account_no(who)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Rep", "Außendienst", "Représentant"), staff_of(h, "rep")),
        ],
        per=2,
        tall=24,
    )
    lines = order_lines(rng)[:14]
    cols = columns(m, w - m, [(1.4, "left"), (4, "left"), (0.8, "right")])
    p.rect(m, y - 2, w - 2 * m, 13, fill=0.85)
    for c, t in zip(
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        strict=True,
    ):
        cell_text(p, c, y + 8, t, s.bold, 7.5)
    y += 20
    for k in range(16):
        p.line(m, y + 5, w - m, y + 5)
        if k < len(lines):
            code, name, _ = product(lines[k][0], lg)
            hand(p, cols[0][0], y + 2, code, 8.5)
            hand(p, cols[1][0], y + 2, fit(name, HAND, 8.5, cols[1][1] - cols[1][0]), 8.5)
            hand(p, cols[2][1] - 12, y + 2, str(lines[k][1]), 8.5)
        y += 14
    for c in cols[1:]:
        p.line(c[0] - 2, y - 16 * 14 - 15, c[0] - 2, y - 9)
    y += 8
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Next van run", "Nächste Tour", "Prochaine tournée"),
            tr(lg, "Courier", "Paketdienst", "Transporteur"),
            tr(lg, "Collect", "Abholung", "Enlèvement"),
        ],
        {rng.randrange(3)},
    )
    if y < hh - 80:
        sign_line(
            p,
            m,
            hh - 50,
            150,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            s.font,
            team()["owner"][0],
        )
        stamp(p, w - m - 150, hh - 80, [salon.name[:26], salon.town])
    p.text(
        w - m,
        hh - 16,
        tr(
            lg,
            "WHITE: office  YELLOW: customer",
            "weiß: Büro  gelb: Kunde",
            "blanc : siège  jaune : client",
        ),
        s.font,
        6,
        "right",
    )
    remember(d, (h.name, lines))
    return [p]


def cell_text(
    p: Page, col: tuple[float, float, str], y: float, text: str, font: str, pt: float
) -> None:
    left, right, align = col
    t = fit(text, font, pt, right - left - 3)
    if align == "right":
        p.text(right, y, t, font, pt, "right")
    elif align == "center":
        p.text((left + right) / 2, y, t, font, pt, "center")
    else:
        p.text(left, y, t, font, pt)


def order_of(rng: random.Random, h: Head, kinds: tuple[str, ...]) -> list[tuple[int, int]]:
    ex = LAST["extra"]
    if after(kinds) and isinstance(ex, tuple) and ex[0] == h.name:
        return list(ex[1])
    return order_lines(rng)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's delivery note: an A5 pick list or a till-roll slip from the van,
    ordered and delivered quantities, back-ordered lines, signed on receipt."""
    h = wholesaler_of(who)
    lg = h.lang
    slip = keyed(who, "dn").random() < 0.35
    size = SLIP if slip else A5
    s = style_of(h, size, margin=16 if slip else 30, pt=7.5 if slip else 8)
    w, _hh = size
    m = s.margin
    d = last_day(rng, ("stock_order",), (1, 4))
    lines = order_of(rng, h, ("stock_order",))
    no = serial(rng, "LS9999999" if lg == "de" else "DN999999" if lg == "en" else "BL999999")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f = sheets(s, h, "" if slip else f"{title} {no}")
    f.page.text(m, f.y, title, s.bold, s.size + 3)
    f.y += 14
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Account", "Kunde", "Client"), account_no(who)),
            (tr(lg, "Route", "Tour", "Tournée"), serial(rng, "99")),
        ],
        w - m if slip else w * 0.5,
        s.size - 0.5,
    )
    if not slip:
        for k, t in enumerate(salon_lines()):
            f.page.text(w * 0.56, f.y - 52 + 10 * k, fit(t, s.font, 8, w * 0.44 - m), s.font, 8)
    f.y += 8
    short_lines = {k for k in range(len(lines)) if rng.random() < 0.12}
    if slip:
        for k, (pk, q) in enumerate(lines):
            code, name, _ = product(pk, lg)
            f.need(20)
            f.page.text(m, f.y, fit(name, s.font, 7.5, w - 2 * m), s.font, 7.5)
            f.y += 9
            got = 0 if k in short_lines else q
            f.page.text(m, f.y, code, "Courier", 7)
            f.page.text(w - m, f.y, f"{q} / {got}", "Courier", 7, "right")
            f.y += 11
    else:
        cols = columns(m, w - m, [(1.2, "left"), (4, "left"), (0.8, "right"), (0.8, "right")])
        rows = []
        for k, (pk, q) in enumerate(lines):
            code, name, _ = product(pk, lg)
            rows.append([code, name, str(q), "0" if k in short_lines else str(q)])
        table(
            f,
            cols,
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Ord.", "Best.", "Cdé"),
                tr(lg, "Del.", "Gel.", "Livré"),
            ],
            rows,
            s,
            size=7.5,
            rules=True,
        )
    if short_lines:
        write(
            f,
            s,
            tr(
                lg,
                f"{len(short_lines)} line(s) to follow - back order.",
                f"{len(short_lines)} Position(en) im Rückstand, Nachlieferung folgt.",
                f"{len(short_lines)} ligne(s) en reliquat, livraison ultérieure.",
            ),
            7,
        )
    f.y += 6
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Parcels: {rng.randint(1, 4)}",
            f"Packstücke: {rng.randint(1, 4)}",
            f"Colis : {rng.randint(1, 4)}",
        ),
        s.font,
        7.5,
    )
    f.y += 30
    rec = rng.choice(team()["reception"] + team()["stylist"])
    sign_line(
        f.page,
        m,
        f.y,
        min(140, w - 2 * m),
        tr(lg, "Received in good order", "Ware erhalten", "Reçu en bon état"),
        s.font,
        rec,
    )
    f.y += 20
    pages = close(f.pages, s, h, numbers="none" if slip else h.numbers)
    remember(d, (h.name, lines))
    return pages


CONDITIONS = {
    "en": [
        "Orders",
        "Prices",
        "Delivery",
        "Shortages and damage",
        "Returns",
        "Payment",
        "Retention of title",
        "Professional use only",
        "Liability",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Preise",
        "Lieferung",
        "Mängelrüge",
        "Rücknahme",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Nur für den Friseurbedarf",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Commandes",
        "Prix",
        "Livraison",
        "Réclamations",
        "Retours",
        "Paiement",
        "Réserve de propriété",
        "Usage professionnel",
        "Responsabilité",
        "Litiges",
    ],
}


def tpl_wholesale_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's invoice: the delivered lines with discount, VAT, the payment terms;
    long orders run over pages; sometimes the conditions of sale behind."""
    h = wholesaler_of(who)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "p").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("delivery_note",), (0, 6))
    lines = order_of(rng, h, ("delivery_note",))
    if rng.random() < 0.3:
        lines = lines + order_lines(rng)
    no = serial(rng, "9999999")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        salon_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), account_no(who)),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "99999999")),
        ],
    )
    caption(f, s, title, 4)
    disc = keyed(who, "disc").choice([0, 0, 5, 10, 15])
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (4, "left"), (0.6, "right"), (1, "right"), (0.7, "right"), (1.1, "right")],
    )
    rows = []
    net = 0.0
    for pk, q in lines:
        code, name, price = product(pk, lg)
        amt = round(q * price * (1 - disc / 100), 2)
        net += amt
        rows.append(
            [code, name, str(q), money(price, lg), f"{disc}%" if disc else "", money(amt, lg)]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U."),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    if rng.random() < 0.4:
        net += 7.5
        write(
            f,
            s,
            tr(
                lg,
                "Carriage 7.50 (orders under 150.00)",
                "Versandkostenanteil 7,50",
                "Frais de port 7,50",
            ),
            s.size - 1,
        )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        tr(
            lg,
            "Payment by direct debit on the 20th of next month.",
            "Zahlbar innerhalb 14 Tagen mit 2 % Skonto, 30 Tage netto.",
            "Règlement à 30 jours fin de mois. Pas d'escompte pour paiement anticipé.",
        ),
    )
    pages = close(f.pages, s, h)
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF SALE",
                    "ALLGEMEINE VERKAUFSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE VENTE",
                ),
                CONDITIONS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TTT: the salon's own forms and agreements
# ---------------------------------------------------------------------------------------------

RENTAL_CLAUSES = {
    "en": [
        "Definitions",
        "Licence to use the chair",
        "Term",
        "Rent and deposit",
        "Opening hours",
        "Products and equipment",
        "Clients and bookings",
        "Insurance",
        "Self-employed status",
        "Health and safety",
        "Termination",
        "Data protection",
        "Entire agreement",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mietobjekt: Bedienplatz",
        "Mietzeit",
        "Miete und Kaution",
        "Nutzungszeiten",
        "Material und Geräte",
        "Kundschaft und Terminbuch",
        "Versicherung",
        "Selbstständigkeit",
        "Arbeitsschutz und Hygiene",
        "Kündigung",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Mise à disposition du fauteuil",
        "Durée",
        "Redevance et dépôt de garantie",
        "Horaires",
        "Produits et matériel",
        "Clientèle et rendez-vous",
        "Assurances",
        "Statut d'indépendant",
        "Hygiène et sécurité",
        "Résiliation",
        "Données personnelles",
        "Dispositions finales",
    ],
}


def tpl_chair_rental(rng: random.Random, who: Issuer) -> list[Page]:
    """A chair or room rental agreement between the salon and a self-employed stylist or
    therapist: parties, numbered clauses, the schedule of rent and days, now and then an
    inventory annex, and the signature page."""
    h = salon_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "renter")
    renter = person(r, lg)
    room = r.random() < 0.35
    title = tr(
        lg,
        "TREATMENT ROOM RENTAL AGREEMENT" if room else "CHAIR RENTAL AGREEMENT",
        "MIETVERTRAG KABINE" if room else "STUHLMIETVERTRAG",
        "CONTRAT DE LOCATION DE CABINE" if room else "CONTRAT DE LOCATION DE FAUTEUIL",
    )
    f = sheets(s, h, f"{title} - {renter}")
    pt = shrink(title, s.bold, 14, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 28
    owner = team()["owner"][0]
    write(
        f,
        s,
        tr(lg, "This agreement is made on", "Zwischen", "Entre les soussignés :")
        + (f" {day(h, d)}" if lg == "en" else ""),
    )
    write(
        f,
        s,
        f"(1) {h.name}, {h.street}, {h.town}, "
        + tr(
            lg,
            f'represented by {owner} ("the Salon")',
            f'vertreten durch {owner} ("Vermieterin")',
            f'représenté par {owner} ("le Salon")',
        ),
        indent=14,
    )
    write(
        f,
        s,
        f"(2) {renter}, {r.randint(2, 90)} {r.choice(['Station Road', 'Mill Lane', 'Park View'])}"
        if lg == "en"
        else f"(2) {renter}, "
        + r.choice(
            ["Wiesenweg 4", "Am Bach 12", "Lindenstraße 9"]
            if lg == "de"
            else ["8 rue des Lilas", "3 allée du Parc", "17 avenue Jean Jaurès"]
        ),
        indent=14,
    )
    f.y += 6
    for k, t in enumerate(RENTAL_CLAUSES[lg][: rng.randint(8, 13)], 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "legal", 2, 4))
    weekly = r.choice([110, 135, 150, 175, 90]) * (1.0 if lg == "en" else 1.1)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "SCHEDULE", "ANLAGE 1 - KONDITIONEN", "ANNEXE 1 - CONDITIONS PARTICULIÈRES"),
        2,
        rule=True,
    )
    days = r.sample(
        tr(lg, "Mon Tue Wed Thu Fri Sat", "Mo Di Mi Do Fr Sa", "lun mar mer jeu ven sam").split(),
        r.randint(2, 5),
    )
    y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Chair / room", "Platz / Kabine", "Fauteuil / cabine"),
                tr(
                    lg,
                    f"Station {r.randint(1, 6)}",
                    f"Platz {r.randint(1, 6)}",
                    f"Poste {r.randint(1, 6)}",
                )
                if not room
                else tr(lg, "Treatment room 2", "Kabine 2", "Cabine 2"),
            ),
            (tr(lg, "Days", "Tage", "Jours"), ", ".join(days)),
            (tr(lg, "Weekly rent", "Miete pro Woche", "Redevance hebdomadaire"), cash(weekly, lg)),
            (tr(lg, "Deposit", "Kaution", "Dépôt de garantie"), cash(weekly * 2, lg)),
            (
                tr(lg, "Start date", "Mietbeginn", "Prise d'effet"),
                day(h, d + timedelta(days=r.randint(3, 20))),
            ),
            (
                tr(lg, "Notice period", "Kündigungsfrist", "Préavis"),
                tr(lg, "4 weeks", "4 Wochen zum Monatsende", "1 mois"),
            ),
            (
                tr(lg, "Payment", "Zahlung", "Paiement"),
                tr(
                    lg,
                    "Standing order every Monday",
                    "Dauerauftrag zum 1. des Monats",
                    "Virement mensuel le 5",
                ),
            ),
        ],
        w - m,
        s.size,
    )
    f.y = y + 10
    if rng.random() < 0.5:
        caption(
            f, s, tr(lg, "Inventory of equipment provided", "Inventar", "Inventaire du matériel"), 1
        )
        items = tr(
            lg,
            "Styling chair|Mirror station|Trolley|Backwash basin (shared)|Hood "
            "dryer|Locker|Steriliser",
            "Friseurstuhl|Spiegelplatz|Rollwagen|Waschplatz "
            "(gemeinsam)|Trockenhaube|Spind|Sterilisator",
            "Fauteuil de coiffage|Coiffeuse|Desserte|Bac à shampooing "
            "(commun)|Casque|Casier|Stérilisateur",
        ).split("|")
        cols = columns(m, w - m, [(4, "left"), (1, "center"), (3, "left")])
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Gegenstand", "Désignation"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Condition", "Zustand", "État"),
            ],
            [
                [t, str(rng.randint(1, 2)), tr(lg, "good", "gut", "bon")]
                for t in rng.sample(items, 5)
            ],
            s,
            rules=True,
        )
    f.new_page()
    write(
        f,
        s,
        tr(lg, "Signed by the parties:", "Unterschriften:", "Fait en deux exemplaires originaux."),
    )
    f.y += 40
    for k, (nm, role) in enumerate(
        [
            (owner, tr(lg, "For the Salon", "Vermieterin", "Pour le Salon")),
            (renter, tr(lg, "Stylist", "Mieter/in", "Le locataire")),
        ]
    ):
        sign_line(f.page, m + k * (w / 2 - m), f.y, w / 2 - m - 20, f"{role}: {nm}", s.font, nm)
    f.y += 40
    f.page.text(m, f.y, f"{place(h)}, {day(h, d)}", HAND, 10)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", h.numbers]
        ),
    )


ALLERGY = {
    "en": [
        "Previous reaction to hair colour",
        "Allergies (nuts, latex, plasters)",
        "Eczema / psoriasis",
        "Pregnant or breastfeeding",
        "Sensitive scalp",
        "Medication (e.g. Roaccutane)",
        "Recent black henna tattoo",
    ],
    "de": [
        "Frühere Reaktion auf Haarfarbe",
        "Allergien (Nüsse, Latex, Pflaster)",
        "Neurodermitis / Schuppenflechte",
        "Schwanger oder stillend",
        "Empfindliche Kopfhaut",
        "Medikamente",
        "Schwarzes Henna-Tattoo",
    ],
    "fr": [
        "Réaction antérieure à une coloration",
        "Allergies connues",
        "Eczéma / psoriasis",
        "Enceinte ou allaitante",
        "Cuir chevelu sensible",
        "Traitement médical en cours",
        "Tatouage au henné noir",
    ],
}


def tpl_consultation(rng: random.Random, who: Issuer) -> list[Page]:
    """The salon's client consultation and patch test consent form, filled in by hand: the
    client's details, health questions with yes/no boxes, the service wanted, the patch test
    (date, product, result), the client's signature; sometimes the aftercare and declaration
    page on the back."""
    h = salon_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    client = person(rng, lg)
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CLIENT CONSULTATION & SKIN TEST RECORD",
        "BERATUNGSBOGEN UND ALLERGIETEST",
        "FICHE CONSEIL ET TEST D'ALLERGIE",
    )
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m), s.bold, 12)
    y += 14
    y = band(
        p, s, y, tr(lg, "1. Client details", "1. Angaben zur Kundin / zum Kunden", "1. Cliente")
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), client),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1955, 2006), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (
                tr(lg, "Mobile", "Mobil", "Portable"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0179 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Stylist", "Friseur/in", "Coiffeur(se)"), rng.choice(team()["stylist"])),
        ],
        per=2,
        tall=24,
    )
    y = band(
        p, s, y, tr(lg, "2. Health questions", "2. Gesundheitsfragen", "2. Questionnaire santé")
    )
    y += 12
    for q in ALLERGY[lg]:
        p.text(m + 4, y, q, s.font, 8)
        yes = rng.random() < 0.12
        ticks(p, s, w - m - 110, y, 110, yes_no(lg), {0 if yes else 1})
        y += 14
    if rng.random() < 0.4:
        hand(p, m + 4, y + 2, fit(prose(rng, lg, "hair", 1, 1), HAND, 9, w - 2 * m), 9)
        y += 14
    y = band(p, s, y + 4, tr(lg, "3. Service", "3. Gewünschte Leistung", "3. Prestation souhaitée"))
    y += 12
    services = tr(
        lg,
        "Full head colour|Highlights|Balayage|Toner|Perm|Keratin smoothing|Lash/brow tint",
        "Färbung|Strähnen|Balayage|Tönung|Dauerwelle|Glättung|Wimpern/Brauen färben",
        "Coloration|Mèches|Balayage|Patine|Permanente|Lissage|Teinture cils/sourcils",
    ).split("|")
    y = ticks(
        p,
        s,
        m + 4,
        y,
        w - 2 * m - 8,
        services,
        set(rng.sample(range(len(services)), rng.randint(1, 2))),
    )
    y = band(
        p,
        s,
        y + 4,
        tr(
            lg,
            "4. Skin (patch) test - at least 48 hours before",
            "4. Allergietest - mind. 48 Stunden vorher",
            "4. Test d'allergie - 48 h avant",
        ),
    )
    pd = d - timedelta(days=rng.randint(2, 6))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Date / time applied", "Datum / Uhrzeit", "Date / heure"),
                f"{short(pd, lg)} {rng.randint(9, 17)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Product / shade", "Produkt / Nuance", "Produit / nuance"),
                product(rng.randrange(4), lg)[1],
            ),
            (
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(
                    lg,
                    "negative - no reaction",
                    "negativ, keine Reaktion",
                    "négatif - aucune réaction",
                )
                if rng.random() < 0.9
                else tr(
                    lg,
                    "redness - do not colour",
                    "Rötung - nicht färben",
                    "rougeur - pas de coloration",
                ),
            ),
            (tr(lg, "Checked by", "Geprüft von", "Vérifié par"), rng.choice(team()["stylist"])),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "5. Consent", "5. Einverständnis", "5. Consentement"))
    y += 12
    for ln in wrap(
        tr(
            lg,
            "I confirm that the information given is correct and that I have been told about the "
            "skin test and the risks of the service. I will tell the salon of any change in my "
            "health.",
            "Ich bestätige die Richtigkeit meiner Angaben. Über den Allergietest und die Risiken "
            "der Behandlung wurde ich aufgeklärt.",
            "Je certifie l'exactitude des informations ci-dessus et avoir été informé(e) du test "
            "d'allergie et des risques de la prestation.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y = min(y + 34, hh - 60)
    sign_line(
        p,
        m,
        y,
        180,
        tr(lg, "Client signature", "Unterschrift", "Signature de la cliente"),
        s.font,
        client,
    )
    hand(p, w / 2 + 20, y - 4, short(d, lg), 10)
    p.line(w / 2 + 10, y, w - m, y)
    p.text(w / 2 + 10, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages = [p]
    if keyed(who, "back").random() < 0.4:
        b = Page(A4)
        yy = m
        b.text(
            m, yy, tr(lg, "AFTERCARE ADVICE", "PFLEGEHINWEISE", "CONSEILS APRÈS-SOIN"), s.bold, 11
        )
        yy += 18
        for _ in range(rng.randint(5, 8)):
            for k, ln in enumerate(
                wrap("- " + words(rng, lg, "hair"), s.font, 8.5, w - 2 * m - 10)
            ):
                b.text(m + (8 if k else 0), yy, ln, s.font, 8.5)
                yy += 11
            yy += 3
        yy += 10
        b.text(
            m,
            yy,
            tr(lg, "Record of later visits", "Weitere Termine", "Visites suivantes"),
            s.bold,
            9,
        )
        yy += 8
        cols = columns(m, w - m, [(1.2, "left"), (3, "left"), (1.5, "left"), (1, "left")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Formula", "Rezeptur", "Formule"),
                tr(lg, "Stylist", "Friseur/in", "Coiffeur"),
                tr(lg, "Test", "Test", "Test"),
            ],
            strict=True,
        ):
            cell_text(b, c, yy + 10, t, s.bold, 7.5)
        yy += 14
        for k in range(12):
            b.line(m, yy + 5, w - m, yy + 5)
            if k < rng.randint(0, 4):
                vd = d + timedelta(days=42 * (k + 1))
                hand(b, cols[0][0], yy + 2, short(vd, lg), 8)
                hand(
                    b,
                    cols[1][0],
                    yy + 2,
                    f"{rng.choice(['7/0', '6/34', '8/81'])} + {rng.choice(['6%', '9%'])} 1:1",
                    8,
                )
                hand(b, cols[2][0], yy + 2, rng.choice(team()["stylist"]).split()[0], 8)
                hand(b, cols[3][0], yy + 2, "neg.", 8)
            yy += 16
        pages.append(b)
    remember(d)
    return pages


TREATMENTS = {
    "en": [
        "Lash lift & tint",
        "Brow lamination",
        "Full leg wax",
        "Bikini wax",
        "Hydrating facial",
        "Lash extensions infill",
        "Gel polish hands",
    ],
    "de": [
        "Wimpernlifting + Färben",
        "Brow Lifting",
        "Beine komplett Wachs",
        "Bikinizone",
        "Feuchtigkeitsbehandlung",
        "Wimpernverlängerung Auffüllen",
        "Shellac Hände",
    ],
    "fr": [
        "Rehaussement de cils",
        "Restructuration sourcils",
        "Épilation jambes entières",
        "Épilation maillot",
        "Soin visage hydratant",
        "Remplissage extensions",
        "Vernis semi-permanent",
    ],
}


def tpl_treatment_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A therapist's treatment record card (landscape A5 or A6 card): client, contra-
    indications ticked, then the visits by hand, date, treatment, products, therapist."""
    h = salon_head()
    lg = h.lang
    size = A5L if keyed(who, "card").random() < 0.7 else A6
    s = style_of(h, size, margin=24, pt=7.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    client = person(rng, lg)
    p = Page(size)
    p.text(m, m, fit(h.name, "Times-BoldItalic", 11, w / 2), "Times-BoldItalic", 11)
    p.text(
        w - m,
        m,
        tr(lg, "TREATMENT RECORD", "BEHANDLUNGSKARTE", "FICHE DE SOINS"),
        s.bold,
        9,
        "right",
    )
    y = fields(
        p,
        s,
        m,
        m + 8,
        w - 2 * m,
        [
            (tr(lg, "Client", "Kundin", "Cliente"), client),
            (
                tr(lg, "Tel", "Tel.", "Tél."),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0171 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Therapist", "Kosmetikerin", "Esthéticienne"), rng.choice(team()["therapist"])),
        ],
        per=3 if w > 400 else 1,
        tall=20,
    )
    contra = tr(
        lg,
        "Diabetes|Allergies|Skin condition|Contact lenses|Medication",
        "Diabetes|Allergien|Hauterkrankung|Kontaktlinsen|Medikamente",
        "Diabète|Allergies|Affection cutanée|Lentilles|Traitement",
    ).split("|")
    y = ticks(
        p, s, m, y, w - 2 * m, contra, {k for k in range(len(contra)) if rng.random() < 0.15}, pt=7
    )
    cols = (
        columns(m, w - m, [(1, "left"), (2.2, "left"), (2, "left"), (0.8, "left")])
        if w > 400
        else columns(m, w - m, [(1.2, "left"), (2.5, "left"), (0.8, "left")])
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Treatment", "Behandlung", "Soin"),
        tr(lg, "Products / notes", "Produkte / Notizen", "Produits / notes"),
        tr(lg, "By", "Von", "Par"),
    ]
    if w <= 400:
        heads = [heads[0], heads[1], heads[3]]
    y0 = y - 2
    p.rect(m, y - 2, w - 2 * m, 12, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        cell_text(p, c, y + 7, t, s.bold, 7)
    y += 12
    n = rng.randint(2, 8)
    vd = d - timedelta(days=28 * n)
    k = 0
    while y < hh - m - 6:
        p.line(m, y + 5, w - m, y + 5)
        if k < n:
            vd += timedelta(days=rng.randint(21, 35))
            tm = rng.choice(TREATMENTS[lg])
            vals = [
                short(vd, lg),
                tm,
                f"{rng.choice(['sz', 'L', 'C-curl', 'strip'])} {rng.randint(1, 9)}",
                rng.choice(team()["therapist"]).split()[0][:3],
            ]
            if w <= 400:
                vals = [vals[0], vals[1], vals[3]]
            for c, v in zip(cols, vals, strict=True):
                hand(p, c[0], y + 2, fit(v, HAND, 7.5, c[1] - c[0] - 2), 7.5)
        k += 1
        y += 14
    for c in cols[1:]:
        p.line(c[0] - 2, y0, c[0] - 2, y - 9)
    remember(d)
    return [p]


def tpl_voucher_register(rng: random.Random, who: Issuer) -> list[Page]:
    """The salon's gift voucher register on landscape A4: one line per voucher sold, by
    hand: number, date, buyer, value, how paid, redeemed, initials; one or two sheets."""
    h = salon_head()
    lg = h.lang
    s = style_of(h, A4L, margin=36, pt=8)
    w, hh = A4L
    m = s.margin
    d = some_day(rng)
    start = rng.randint(1040, 2890)
    n = rng.randint(12, 48)
    pages: list[Page] = []
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (1, "left"),
            (2.2, "left"),
            (2.2, "left"),
            (0.9, "right"),
            (0.9, "left"),
            (1.1, "left"),
            (0.7, "left"),
        ],
    )
    heads = [
        tr(lg, "Voucher no.", "Gutschein-Nr.", "N° bon"),
        tr(lg, "Date sold", "Verkauft am", "Vendu le"),
        tr(lg, "Purchaser", "Käufer/in", "Acheteur"),
        tr(lg, "For", "Für", "Pour"),
        tr(lg, "Value", "Wert", "Valeur"),
        tr(lg, "Paid", "Bezahlt", "Réglé"),
        tr(lg, "Redeemed", "Eingelöst", "Utilisé le"),
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    k = 0
    while k < n or not pages:
        p = Page(A4L)
        pages.append(p)
        p.text(
            m,
            m,
            tr(lg, "GIFT VOUCHER REGISTER", "GUTSCHEINBUCH", "REGISTRE DES BONS CADEAUX"),
            s.bold,
            12,
        )
        p.text(
            w - m,
            m,
            f"{h.name}  -  {tr(lg, 'Sheet', 'Blatt', 'Feuille')} {len(pages)}",
            s.font,
            8,
            "right",
        )
        y = m + 18
        p.rect(m, y - 2, w - 2 * m, 13, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            cell_text(p, c, y + 8, t, s.bold, 7.5)
        y += 14
        while y < hh - m - 10:
            p.line(m, y + 5, w - m, y + 5)
            if k < n:
                sd = d - timedelta(days=(n - k) * rng.randint(0, 2))
                val = rng.choice([20, 25, 30, 40, 50, 50, 75, 100])
                vals = [
                    str(start + k),
                    short(sd, lg),
                    person(rng, lg),
                    rng.choice(["", person(rng, lg).split()[0], tr(lg, "Mum", "Mama", "Maman")]),
                    money(val, lg),
                    rng.choice(
                        tr(lg, "card|cash|card|online", "EC|bar|EC|online", "CB|esp.|CB|web").split(
                            "|"
                        )
                    ),
                    short(sd + timedelta(days=rng.randint(10, 90)), lg)
                    if rng.random() < 0.3
                    else "",
                    rng.choice(team()["reception"] + team()["owner"]).split()[0][:2].upper(),
                ]
                for c, v in zip(cols, vals, strict=True):
                    left, right, align = c
                    t = fit(v, HAND, 8.5, right - left - 2)
                    if align == "right":
                        p.text(right, y + 2, t, HAND, 8.5, "right")
                    else:
                        p.text(left, y + 2, t, HAND, 8.5)
            k += 1
            y += 15
        for c in cols[1:]:
            p.line(c[0] - 2, m + 16, c[0] - 2, y - 10)
        if k >= n:
            break
    remember(d)
    return pages


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training academy's course certificate on landscape A4 for one of the salon's
    people: sometimes behind a covering letter, sometimes with the course content page."""
    h = head_of(who, "academy", abroad=0.15)
    lg = h.lang
    style_of(h, A4L)
    w, hh = A4L
    d = some_day(rng)
    course = keyed(who, "course").choice(
        {
            "en": [
                "Advanced Colour Correction",
                "Balayage & Freehand Lightening",
                "Lash Lift and Brow Lamination",
                "Precision Barbering",
                "Hot Wax Intimate Waxing",
            ],
            "de": [
                "Farbkorrektur für Fortgeschrittene",
                "Balayage und Freihandtechniken",
                "Wimpernlifting und Brow Lifting",
                "Herrenhaarschnitt Präzision",
                "Intimwaxing mit Heißwachs",
            ],
            "fr": [
                "Correction de couleur avancée",
                "Balayage et techniques à main levée",
                "Rehaussement de cils et restructuration",
                "Coupe homme et barbe",
                "Épilation à la cire tiède",
            ],
        }[lg]
    )
    trainee = rng.choice(team()["stylist"] + team()["therapist"] + team()["owner"])
    hours = keyed(who, "hours").choice([6, 7, 12, 14, 16])
    pages: list[Page] = []
    if rng.random() < 0.3:
        ls = style_of(h, A4)
        f = sheets(ls, h)
        recipient(f, ls, h, salon_lines(titled(trainee, lg)), d, [])
        write(f, ls, dear(lg, titled(trainee, lg)))
        write(
            f,
            ls,
            tr(
                lg,
                f"Congratulations on completing {course}. Please find your certificate enclosed.",
                f"herzlichen Glückwunsch zum erfolgreichen Abschluss des Kurses {course}. Anbei "
                "erhalten Sie Ihr Zertifikat.",
                f"Félicitations pour votre formation {course}. Vous trouverez ci-joint votre "
                "attestation.",
            ),
        )
        write(f, ls, prose(rng, lg, "hair", 1, 3))
        regards(
            f,
            ls,
            lg,
            staff_of(h, "educator"),
            tr(lg, "Education Manager", "Schulungsleitung", "Responsable formation"),
        )
        pages += close(f.pages, ls, h, numbers="none")
    p = Page(A4L)
    p.rect(22, 22, w - 44, hh - 44)
    p.rect(28, 28, w - 56, hh - 56)
    p.text(w / 2, 80, fit(h.name, h.bold, 14, w - 120), h.bold, 14, "center")
    big = tr(lg, "Certificate of Achievement", "Zertifikat", "Attestation de formation")
    p.text(w / 2, 140, big, "Times-BoldItalic", 34, "center")
    p.text(
        w / 2,
        180,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        "Times-Roman",
        13,
        "center",
    )
    p.text(w / 2, 220, trainee, "Times-Bold", 26, "center")
    p.line(w / 2 - 180, 228, w / 2 + 180, 228)
    p.text(
        w / 2,
        258,
        tr(
            lg,
            "has successfully completed the course",
            "erfolgreich am Seminar teilgenommen hat",
            "a suivi avec succès la formation",
        ),
        "Times-Roman",
        13,
        "center",
    )
    p.text(w / 2, 288, fit(course, "Times-Bold", 18, w - 160), "Times-Bold", 18, "center")
    p.text(
        w / 2,
        314,
        tr(
            lg,
            f"{hours} hours  -  {day(h, d)}",
            f"{hours} Unterrichtsstunden  -  {day(h, d)}",
            f"{hours} heures  -  {day(h, d)}",
        ),
        "Times-Roman",
        11,
        "center",
    )
    edu = staff_of(h, "educator")
    sign_line(
        p,
        90,
        hh - 90,
        190,
        tr(lg, f"{edu}, Educator", f"{edu}, Trainerin", f"{edu}, formatrice"),
        "Times-Roman",
        edu,
    )
    sign_line(
        p,
        w - 280,
        hh - 90,
        190,
        tr(lg, "Academy Director", "Akademieleitung", "Direction"),
        "Times-Roman",
        staff_of(h, "director"),
    )
    seal(
        p,
        w / 2,
        hh - 100,
        34,
        h.name.split()[0].upper(),
        tr(lg, "CERTIFIED", "ZERTIFIZIERT", "CERTIFIÉ"),
    )
    p.text(
        w - 40,
        hh - 36,
        f"{tr(lg, 'Cert. no.', 'Zert.-Nr.', 'N°')} {serial(rng, 'AA-99999')}",
        "Helvetica",
        7,
        "right",
    )
    pages.append(p)
    if keyed(who, "content").random() < 0.35:
        cs = style_of(h, A4)
        f = sheets(cs, h)
        caption(f, cs, tr(lg, "Course content", "Seminarinhalte", "Programme de la formation"), 3)
        write(f, cs, course)
        for k in range(rng.randint(4, 8)):
            f.heading(cs.margin, f"{tr(lg, 'Module', 'Modul', 'Module')} {k + 1}", cs.bold, cs.size)
            write(f, cs, prose(rng, lg, "hair", 1, 2), indent=12)
        pages += close(f.pages, cs, h, numbers="none")
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TTT: insurance, licences, payments and services
# ---------------------------------------------------------------------------------------------


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's or broker's salon insurance schedule at renewal: often a covering
    letter, then the schedule (policyholder, period, sections with limits, treatment risks,
    premium), the endorsements page; numbered "Page i of n" over the schedule."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(
        keyed(who, "pol"),
        "AAA/9999999" if lg == "en" else "99.999.999-9" if lg == "de" else "AA 99999999",
    )
    salon = salon_head()
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            salon_lines(titled(team()["owner"][0], lg)),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        write(
            f,
            s,
            tr(
                lg,
                "Your salon insurance - renewal",
                "Ihre Betriebsversicherung für Friseure und Kosmetik",
                "Votre contrat multirisque professionnelle",
            ),
            s.size + 1,
        )
        write(f, s, dear(lg, titled(team()["owner"][0], lg)))
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "money", 2, 3))
        regards(
            f,
            s,
            lg,
            staff_of(h, "handler"),
            tr(lg, "Account Handler", "Kundenbetreuung", "Votre conseiller"),
        )
        pages += close(f.pages, s, h, numbers="none")
        len(pages)
    title = tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES")
    f = sheets(s, h, f"{title} {pol}")
    caption(f, s, title, 5)
    start = month() + timedelta(days=rng.randint(0, 27))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), salon.name),
                (
                    tr(lg, "Risk address", "Versicherungsort", "Adresse du risque"),
                    f"{salon.street}, {salon.town}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Hairdressing and beauty salon",
                        "Friseursalon mit Kosmetikkabine",
                        "Salon de coiffure et institut de beauté",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - "
                    f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
                ),
                (tr(lg, "Employees", "Beschäftigte", "Salariés"), "8"),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    secs = tr(
        lg,
        "Employers' liability|Public liability|Products liability|Treatment risks (hair, "
        "beauty)|Contents and stock|Business interruption|Money|Glass",
        "Betriebshaftpflicht|Produkthaftpflicht|Behandlungsrisiken (Friseur/Kosmetik)|Inhalt und "
        "Ware|Betriebsunterbrechung|Glas|Elektronik|Einbruchdiebstahl",
        "Responsabilité civile exploitation|RC après livraison|Risques liés aux soins|Contenu et "
        "marchandises|Perte d'exploitation|Bris de glace|Vol|Protection juridique",
    ).split("|")
    rows = []
    prem = 0.0
    for t in secs:
        if rng.random() < 0.2:
            rows.append([t, tr(lg, "Not insured", "nicht versichert", "non garanti"), "-", "-"])
            continue
        lim = rng.choice([5_000_000, 2_000_000, 1_000_000, 25_000, 40_000, 60_000])
        p_ = round(rng.uniform(40, 380), 2)
        prem += p_
        rows.append(
            [
                t,
                cash(lim, lg).replace(",00", "").replace(".00", ""),
                cash(rng.choice([0, 100, 250, 500]), lg),
                money(p_, lg),
            ]
        )
    cols = columns(m, w - m, [(3.2, "left"), (1.6, "right"), (1.2, "right"), (1.1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Baustein", "Garantie"),
            tr(lg, "Limit / sum insured", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.85,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
            (tr(lg, "Insurance Premium Tax", "Versicherungsteuer", "Taxes"), cash(tax, lg)),
            (
                tr(lg, "Total annual premium", "Jahresbeitrag", "Cotisation annuelle TTC"),
                cash(prem + tax, lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Endorsements and conditions",
            "Besondere Vereinbarungen und Klauseln",
            "Clauses et conventions spéciales",
        ),
        2,
    )
    for _k in range(rng.randint(4, 9)):
        f.heading(m, f"{serial(rng, 'A99')}  {words(rng, lg, 'legal', 4)[:-1]}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1)
    f.y += 10
    f.need(50)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Issued on {day(h, d)} on behalf of the insurers.",
            f"Ausgefertigt am {day(h, d)}",
            f"Fait le {day(h, d)}",
        ),
        s.font,
        s.size,
    )
    scrawl(f.page, m, f.y + 30, staff_of(h, "uw"))
    sched = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    pages += sched
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_music_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The music licence invoice for playing background music in the salon (TheMusicLicence,
    GEMA, SACEM): premises, area, devices, the tariff lines, the period; often the licence
    or its conditions on a second page."""
    h = head_of(who, "music")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    salon = salon_head()
    area = keyed(who, "area").choice([45, 60, 72, 85, 110])
    no = serial(rng, "99999999")
    acct = serial(keyed(who, "acct"), "9999999")
    title = tr(lg, "INVOICE - TheMusicLicence", "RECHNUNG", "FACTURE - DROITS D'AUTEUR")
    f = sheets(s, h, f"{h.name} {no}")
    recipient(
        f,
        s,
        h,
        salon_lines(),
        d,
        [
            (tr(lg, "Account", "Mitglieds-/Kunden-Nr.", "N° client"), acct),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    caption(f, s, title, 3)
    write(
        f,
        s,
        tr(
            lg,
            f"Premises: {salon.name}, {salon.street}. Background music in a hair / beauty salon, "
            f"{area} m2, 1 audio device.",
            f"Musiknutzung: Hintergrundmusik in {salon.name}, {salon.street}. Veranstaltungsraum "
            f"{area} qm, Tarif WR-H (Friseure).",
            f"Établissement : {salon.name}, {salon.street}. Diffusion de musique d'ambiance, "
            f"salon de coiffure, {area} m2.",
        ),
    )
    start = date(d.year, d.month, 1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    fee = round(area * rng.uniform(2.1, 3.2), 2)
    rows = [
        [
            tr(
                lg,
                "Background music (audio)",
                "Tarif WR-H Tonträgerwiedergabe",
                "Musique d'ambiance",
            ),
            f"{short(start, lg)} - {short(end, lg)}",
            money(fee, lg),
        ],
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                tr(lg, "Music on hold (telephone)", "Zuschlag GVL", "Part SPRÉ"),
                f"{short(start, lg)} - {short(end, lg)}",
                money(round(fee * 0.26, 2), lg),
            ]
        )
    if lg == "de" and rng.random() < 0.6:
        rows.append(["Gesamtvertragsnachlass 20 %", "", "-" + money(round(fee * 0.2, 2), lg)])
    net = sum(
        float(r[2].replace(".", "").replace(",", "."))
        if lg != "en"
        else float(r[2].replace(",", ""))
        for r in rows
    )
    cols = columns(m, w - m, [(3.5, "left"), (2.2, "left"), (1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
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
        vat_rate(lg) if lg != "de" else 7.0,
        tr(
            lg,
            "Payable within 28 days. Pay online or by Direct Debit in instalments.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.",
            "Paiement à réception par prélèvement ou chèque.",
        ),
    )
    pages = close(f.pages, s, h)
    if keyed(who, "lic").random() < 0.6:
        f2 = sheets(s, h, top=False)
        caption(
            f2,
            s,
            tr(
                lg,
                "Your licence - terms and conditions",
                "Vertragsbedingungen / Pauschalvertrag",
                "Contrat général de représentation - conditions",
            ),
            2,
            rule=True,
        )
        for k in range(rng.randint(6, 11)):
            f2.para(
                m, w - 2 * m, f"{k + 1}. " + prose(rng, lg, "legal", 1, 3), s.font, s.size - 1.5
            )
        pages += close(f2.pages, s, h, numbers="none")
    received(rng, pages[0], d)
    remember(d)
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: account summary, a table of the
    daily card takings over a page or two, then the fee page (sometimes landscape)."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    mo = month()
    d = date(mo.year + mo.month // 12, mo.month % 12 + 1, rng.randint(2, 6))
    mid = serial(keyed(who, "mid"), "99999999")
    title = tr(
        lg, "Merchant statement", "Monatsabrechnung Kartenzahlungen", "Relevé mensuel monétique"
    )
    f = sheets(s, h, f"{title} - MID {mid} - {MONTHS_OF[lg][mo.month - 1]} {mo.year}")
    recipient(
        f,
        s,
        h,
        salon_lines(),
        d,
        [
            ("MID", mid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{MONTHS_OF[lg][mo.month - 1]} {mo.year}"),
        ],
    )
    caption(f, s, title, 3)
    rows = []
    gross = 0.0
    cnt = 0
    cur = mo
    while cur.month == mo.month:
        if cur.weekday() not in (0, 6):
            n = rng.randint(6, 34)
            v = round(n * rng.uniform(32, 78), 2)
            gross += v
            cnt += n
            rows.append(
                [
                    short(cur, lg),
                    str(n),
                    money(v, lg),
                    money(round(v * 0.012, 2), lg),
                    money(round(v * 0.988, 2), lg),
                    short(cur + timedelta(days=2), lg),
                ]
            )
        cur += timedelta(days=1)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Transactions", "Transaktionen", "Transactions"), str(cnt)),
                (tr(lg, "Card sales", "Umsatz", "Montant des ventes"), cash(gross, lg)),
                (tr(lg, "Service charges", "Entgelte", "Commissions"), cash(gross * 0.012, lg)),
                (
                    tr(lg, "Paid to your bank", "Gutschrift", "Montant crédité"),
                    cash(gross * 0.988, lg),
                ),
            ],
            w * 0.6,
            s.size,
        )
        + 10
    )
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (0.8, "right"),
            (1.3, "right"),
            (1, "right"),
            (1.3, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Count", "Anz.", "Nb"),
            tr(lg, "Sales", "Umsatz", "Ventes"),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Settled", "Valuta", "Crédité le"),
        ],
        rows,
        s,
        step=1.7,
    )
    land = rng.random() < 0.4
    fs = style_of(h, A4L if land else s.page_size, pt=8.5)
    fw = fs.page_size[0]
    f2 = sheets(fs, h, f"{title} - MID {mid}", top=False)
    caption(f2, fs, tr(lg, "Charges breakdown", "Entgeltaufstellung", "Détail des frais"), 2)
    schemes = [
        "Visa Debit",
        "Visa Credit",
        "Mastercard Debit",
        "Mastercard Credit",
        "Maestro",
        "Amex",
        "girocard" if lg == "de" else "CB",
    ]
    r2 = []
    for sc in schemes:
        n = rng.randint(0, cnt // 3)
        v = n * 52.0
        r2.append(
            [
                sc,
                str(n),
                money(v, lg),
                f"{rng.choice([0.29, 0.39, 0.55, 0.95, 1.49])}%",
                money(rng.choice([0, 0.02, 0.05]), lg),
                money(v * 0.009, lg),
            ]
        )
    table(
        f2,
        columns(
            fs.margin,
            fw - fs.margin,
            [
                (2, "left"),
                (0.8, "right"),
                (1.3, "right"),
                (0.9, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Count", "Anz.", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Disagio", "Taux"),
            tr(lg, "Per item", "je Trx", "Fixe"),
            tr(lg, "Charge", "Entgelt", "Frais"),
        ],
        r2,
        fs,
        rules=True,
    )
    f2.y += 10
    write(
        f2,
        fs,
        tr(
            lg,
            f"Terminal rental: {cash(19.95, lg)} per month (collected separately).",
            f"Terminalmiete: {cash(24.90, lg)} monatlich, Einzug separat.",
            f"Location TPE : {cash(22.00, lg)} par mois.",
        ),
    )
    pages = close(f.pages + f2.pages, s, h, numbers=h.numbers if h.numbers != "none" else "{i}/{n}")
    remember(d)
    return pages


MONTHS_OF = {
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


def tpl_booking_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The online booking system's monthly subscription invoice (plan, staff calendars, SMS
    reminders, card charged), printed from the account; now and then from a foreign vendor
    in its own language, US ones on Letter."""
    h = head_of(who, "booking", abroad=0.3)
    lg = h.lang
    us = "CA 9" in h.town
    s = style_of(h, LETTER if us else A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = some_day(rng)
    if after(("booking_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=30)
    no = serial(rng, "INV-999999" if lg == "en" else "R-2025-99999" if lg == "de" else "F-999999")
    f = sheets(s, h)
    f.page.text(w - m, f.y - 6, tr(lg, "Invoice", "Rechnung", "Facture"), s.bold, 18, "right")
    f.y += 16
    salon = salon_head()
    f.y = (
        max(
            pairs(
                f.page,
                s,
                w * 0.55,
                f.y,
                [
                    (tr(lg, "Invoice number", "Rechnungsnummer", "Numéro"), no),
                    (
                        tr(lg, "Date of issue", "Rechnungsdatum", "Date"),
                        date_us(d) if us else day(h, d),
                    ),
                    (tr(lg, "Date due", "Fällig", "Échéance"), date_us(d) if us else day(h, d)),
                ],
                w - m,
                s.size - 0.5,
            ),
            window(
                f.page,
                s,
                None,
                f.y,
                [
                    tr(lg, "Bill to", "Rechnung an", "Facturé à"),
                    salon.name,
                    salon.street,
                    salon.town,
                ],
            ),
        )
        + 14
    )
    staff_n = 8
    plan = keyed(who, "plan").choice(["Pro", "Team", "Salon Plus"])
    price = {"Pro": 49.0, "Team": 79.0, "Salon Plus": 119.0}[plan]
    rows = [
        [
            f"{plan} plan - {tr(lg, 'monthly', 'monatlich', 'mensuel')}",
            "1",
            money(price, "en" if us else lg),
            money(price, "en" if us else lg),
        ]
    ]
    sms = rng.randint(180, 900)
    rows.append(
        [
            tr(lg, "SMS reminders", "SMS-Erinnerungen", "Rappels SMS"),
            str(sms),
            "0.05",
            money(sms * 0.05, "en" if us else lg),
        ]
    )
    if rng.random() < 0.4:
        rows.append(
            [
                tr(
                    lg,
                    "Additional staff calendars",
                    "Zusätzliche Mitarbeiterkalender",
                    "Agendas supplémentaires",
                ),
                str(staff_n - 5),
                money(9.0, lg),
                money(27.0, lg),
            ]
        )
    net = price + sms * 0.05 + (27.0 if len(rows) > 2 else 0)
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Beschreibung", "Description"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "Prix unitaire"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    if us:
        f.y += 6
        f.y = pairs(
            f.page,
            s,
            w * 0.55,
            f.y,
            [
                ("Subtotal", f"${net:,.2f}"),
                ("Tax (0%, reverse charge)", "$0.00"),
                ("Amount paid", f"${net:,.2f}"),
            ],
            w - m,
            s.size,
        )
    else:
        totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Paid by card ending {rng.randint(1000, 9999)}. Thank you for your business.",
            f"Bezahlt per Kreditkarte ****{rng.randint(1000, 9999)}. Vielen Dank!",
            f"Payé par carte ****{rng.randint(1000, 9999)}. Merci !",
        ),
        s.size - 1,
    )
    if lg != home():
        write(
            f,
            s,
            tr(
                lg,
                "Reverse charge: VAT to be accounted for by the recipient.",
                "Steuerschuldnerschaft des Leistungsempfängers.",
                "Autoliquidation - TVA due par le preneur.",
            ),
            s.size - 1.5,
        )
    f.page.text(
        m, hh - 30, f"{tr(lg, 'Page', 'Seite', 'Page')} 1 {tr(lg, 'of', 'von', 'sur')} 1", s.font, 7
    )
    pages = close(f.pages, s, h, numbers="none")
    remember(d, (h.name, d))
    return pages


def date_us(d: date) -> str:
    return f"{MONTHS_OF['en'][d.month - 1][:3]} {d.day}, {d.year}"


def tpl_waste_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade waste collection agreement: customer and site, the service schedule table
    (containers, frequency, price), declaration and signatures, the terms in two columns
    and, in England, the annual duty of care waste transfer note."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    salon = salon_head()
    no = serial(rng, "99999-999")
    title = tr(
        lg,
        "TRADE WASTE COLLECTION AGREEMENT",
        "ENTSORGUNGSVERTRAG GEWERBEABFALL",
        "CONTRAT DE COLLECTE DES DÉCHETS",
    )
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title, 3)
    f.page.text(
        w - m, f.y - 8, f"{tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {no}", s.font, s.size, "right"
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), salon.name),
            (
                tr(lg, "Collection address", "Standort", "Adresse de collecte"),
                f"{salon.street}, {salon.town}",
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), team()["owner"][0]),
            (
                tr(lg, "Start date", "Vertragsbeginn", "Date d'effet"),
                short(d + timedelta(days=14), lg),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    rows = [
        [
            tr(lg, "General waste", "Restmüll", "Ordures ménagères assimilées"),
            "240 l",
            tr(lg, "weekly", "wöchentlich", "hebdomadaire"),
            money(rng.choice([11.5, 13.2, 14.8]), lg),
        ],
        [
            tr(lg, "Dry mixed recycling", "Leichtverpackungen / Papier", "Recyclables secs"),
            "240 l",
            tr(lg, "fortnightly", "14-täglich", "tous les 15 jours"),
            money(rng.choice([6.4, 7.9]), lg),
        ],
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                tr(
                    lg,
                    "Hazardous (colour tubes, aerosols)",
                    "Gefährliche Abfälle (Farbtuben, Spraydosen)",
                    "Déchets dangereux (tubes, aérosols)",
                ),
                "60 l",
                tr(lg, "on request", "nach Abruf", "à la demande"),
                money(38.0, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (1, "left"), (1.6, "left"), (1.2, "right")]),
        [
            tr(lg, "Waste stream", "Abfallart", "Type de déchet"),
            tr(lg, "Container", "Behälter", "Bac"),
            tr(lg, "Frequency", "Rhythmus", "Fréquence"),
            tr(lg, "Price per lift", "Preis je Leerung", "Prix par levée"),
        ],
        rows,
        s,
        shade=0.85,
    )
    f.y += 8
    write(f, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
    f.need(70)
    f.y += 30
    sign_line(
        f.page,
        m,
        f.y,
        180,
        tr(lg, "Signed for the customer", "Unterschrift Kunde", "Le client"),
        s.font,
        team()["owner"][0],
    )
    sign_line(
        f.page,
        w / 2 + 10,
        f.y,
        180,
        tr(lg, "Signed for the company", "für den Auftragnehmer", "Pour la société"),
        s.font,
        staff_of(h, "sales"),
    )
    f.y += 20
    pages = close(f.pages, s, h)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "TERMS AND CONDITIONS OF SERVICE",
                "ALLGEMEINE GESCHÄFTSBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES",
            ),
            [
                "Definitions",
                "Service",
                "Containers",
                "Access",
                "Prohibited waste",
                "Charges",
                "Payment",
                "Term",
                "Liability",
                "Notices",
                "Law",
            ]
            if lg == "en"
            else [
                "Geltung",
                "Leistung",
                "Behälter",
                "Zufahrt",
                "Ausschlüsse",
                "Entgelte",
                "Zahlung",
                "Laufzeit",
                "Haftung",
                "Schlussbestimmungen",
            ]
            if lg == "de"
            else [
                "Objet",
                "Prestation",
                "Bacs",
                "Accès",
                "Déchets exclus",
                "Tarifs",
                "Paiement",
                "Durée",
                "Responsabilité",
                "Litiges",
            ],
        )
    )
    if lg == "en" and rng.random() < 0.6:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(m, y, "ANNUAL WASTE TRANSFER NOTE (Duty of Care)", s.bold, 12)
        y += 14
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("A1 Description of waste", "Mixed municipal waste from hair salon"),
                ("A2 EWC code", "20 03 01"),
                ("A3 Containment", "240 l wheeled bin"),
                ("A4 Quantity", "52 lifts per year"),
                ("B1 Transferor", salon.name),
                ("B2 SIC code", "96020"),
                ("C1 Transferee", h.name),
                ("C2 Waste carrier reg.", serial(rng, "CBDU999999")),
                ("D1 Period covered", f"{short(d, lg)} - {short(d + timedelta(days=364), lg)}"),
                ("D2 Transfer point", salon.street),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        y += 30
        sign_line(p, m, y, 180, "Transferor signature", s.font, team()["owner"][0])
        sign_line(p, w / 2 + 10, y, 180, "Transferee signature", s.font, staff_of(h, "sales"))
        pages.append(p)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TTT: authorities, staff, laundry, clients
# ---------------------------------------------------------------------------------------------


def tpl_inspection_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's or authority's letter after a health and safety / hygiene visit: the
    numbered findings and what must be done by when; sometimes the inspection report form
    with ticked items enclosed."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(3, 15))
    ref = serial(
        rng, "EH/99999/AA" if lg == "en" else "32.9-999/25" if lg == "de" else "DDPP-99-9999"
    )
    officer = staff_of(h, "officer")
    f = sheets(s, h, f"{ref}")
    recipient(
        f,
        s,
        h,
        salon_lines(titled(team()["owner"][0], lg)),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    subj = tr(
        lg,
        f"Health and Safety at Work etc. Act 1974 - visit on {short(visit, lg)}",
        f"Betriebsbegehung am {short(visit, lg)} - Hygiene und Arbeitsschutz",
        f"Contrôle du {short(visit, lg)} - hygiène et sécurité",
    )
    f.para(m, w - 2 * m, subj, s.bold, s.size)
    write(f, s, dear(lg, titled(team()["owner"][0], lg)))
    write(f, s, prose(rng, lg, "safety", 2, 3))
    n = rng.randint(2, 6)
    for k in range(1, n + 1):
        f.para(
            m, w - 2 * m, f"{k}. " + words(rng, lg, "safety", rng.randint(10, 20)), s.font, s.size
        )
        f.para(
            m + 16,
            w - 2 * m - 16,
            tr(lg, "Action required: ", "Maßnahme: ", "Mesure demandée : ")
            + words(rng, lg, "safety", rng.randint(6, 12)),
            italic_of(s.font),
            s.size - 0.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Please confirm in writing by {day(h, d + timedelta(days=28))} that the above has "
            "been done.",
            f"Bitte teilen Sie uns bis zum {day(h, d + timedelta(days=28))} schriftlich mit, "
            "welche Maßnahmen Sie getroffen haben.",
            f"Nous vous remercions de nous informer avant le {day(h, d + timedelta(days=28))} des "
            "mesures prises.",
        ),
    )
    regards(
        f, s, lg, officer, tr(lg, "Environmental Health Officer", "Sachbearbeiter/in", "Inspecteur")
    )
    pages = close(f.pages, s, h)
    if keyed(who, "form").random() < 0.5:
        p = Page(A4)
        ps = style_of(h, A4, margin=40, pt=8)
        y = 40.0
        p.text(
            40,
            y,
            tr(
                lg,
                "INSPECTION REPORT - HAIR & BEAUTY PREMISES",
                "BEGEHUNGSPROTOKOLL FRISEUR/KOSMETIK",
                "RAPPORT D'INSPECTION - SALON",
            ),
            "Helvetica-Bold",
            11,
        )
        p.text(w - 40, y, ref, "Helvetica", 8, "right")
        y = fields(
            p,
            ps,
            40,
            y + 10,
            w - 80,
            [
                (tr(lg, "Premises", "Betrieb", "Établissement"), salon_head().name),
                (tr(lg, "Date of visit", "Datum", "Date"), short(visit, lg)),
                (
                    tr(lg, "Person seen", "Anwesend", "Personne rencontrée"),
                    rng.choice(team()["owner"] + team()["reception"]),
                ),
                (tr(lg, "Officer", "Prüfer/in", "Inspecteur"), officer),
            ],
            per=2,
            tall=24,
        )
        items = tr(
            lg,
            "Risk assessment|COSHH assessments|Gloves available|Ventilation|Sterilisation|Towel "
            "laundering|First aid kit|Accident book|Electrical testing (PAT)|Fire exits "
            "clear|Sharps disposal|Staff training records|Skin testing policy|Waste storage",
            "Gefährdungsbeurteilung|Betriebsanweisungen "
            "Gefahrstoffe|Schutzhandschuhe|Lüftung|Desinfektion Werkzeuge|Wäsche 60 "
            "°C|Verbandkasten|Verbandbuch|Prüfung ortsveränderlicher Geräte|Fluchtwege "
            "frei|Entsorgung spitzer "
            "Gegenstände|Unterweisungsnachweise|Hautschutzplan|Abfalllagerung",
            "Document unique|Fiches de sécurité|Gants|Ventilation|Stérilisation|Linge lavé à 60 "
            "°C|Trousse de secours|Registre des accidents|Vérifications électriques|Issues "
            "dégagées|Déchets piquants|Formations|Protocole test allergie|Stockage des déchets",
        ).split("|")
        y += 4
        for t in items:
            p.text(44, y, t, "Helvetica", 8)
            ok = rng.random() < 0.8
            ticks(
                p,
                ps,
                w - 200,
                y,
                170,
                [
                    tr(lg, "Satisfactory", "i.O.", "Conforme"),
                    tr(lg, "Action", "Mangel", "Non conforme"),
                ],
                {0 if ok else 1},
                pt=7,
            )
            p.line(40, y + 4, w - 40, y + 4)
            y += 15
        y += 8
        p.text(40, y, tr(lg, "Remarks", "Bemerkungen", "Observations"), "Helvetica-Bold", 8)
        for k in range(4):
            p.line(40, y + 18 + 16 * k, w - 40, y + 18 + 16 * k)
            if k < 2:
                hand(p, 44, y + 15 + 16 * k, fit(words(rng, lg, "safety", 8), HAND, 9, w - 90), 9)
        sign_line(
            p, 40, hh - 70, 170, tr(lg, "Officer", "Prüfer/in", "Inspecteur"), "Helvetica", officer
        )
        pages.append(p)
    received(rng, pages[0], d, 0.4)
    remember(d)
    return pages


def tpl_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The salon's weekly staff rota on landscape A4: people down the side, days across,
    times in each cell, with a few corrections by hand."""
    h = salon_head()
    lg = h.lang
    s = style_of(h, A4L, margin=36, pt=8)
    w, hh = A4L
    m = s.margin
    ex = LAST["extra"]
    if after(("rota",)) and isinstance(ex, date):
        wk = ex + timedelta(days=7)
    else:
        d0 = some_day(rng)
        wk = d0 - timedelta(days=d0.weekday())
    p = Page(A4L)
    title = tr(lg, "STAFF ROTA", "DIENSTPLAN", "PLANNING DU PERSONNEL")
    p.text(
        m,
        m,
        f"{title}  -  {tr(lg, 'week commencing', 'Woche ab', 'semaine du')} {short(wk, lg)}",
        s.bold,
        13,
    )
    p.text(w - m, m, h.name, "Times-BoldItalic", 11, "right")
    days = [wk + timedelta(days=k) for k in range(6)]
    names = tr(
        lg, "Mon Tue Wed Thu Fri Sat", "Mo Di Mi Do Fr Sa", "Lun Mar Mer Jeu Ven Sam"
    ).split()
    people = [(n, r) for r, ns in team().items() for n in ns]
    x0 = m + 150
    cw = (w - m - x0 - 60) / 6
    y = m + 26
    p.rect(m, y - 12, w - 2 * m, 18, fill=0.8)
    p.text(m + 4, y, tr(lg, "Name", "Name", "Nom"), s.bold, 8.5)
    for k, dd in enumerate(days):
        p.text(
            x0 + cw * k + cw / 2,
            y,
            f"{names[k]} {dd.day:02d}/{dd.month:02d}",
            s.bold,
            8.5,
            "center",
        )
    p.text(w - m - 28, y, tr(lg, "Hrs", "Std.", "H"), s.bold, 8.5, "center")
    y += 8
    rowh = min(46.0, (hh - y - 90) / len(people))
    for n, role in people:
        p.rect(m, y, w - 2 * m, rowh)
        p.text(m + 4, y + rowh / 2, n, s.font, 8.5)
        p.text(
            m + 4,
            y + rowh / 2 + 9,
            {
                "owner": tr(lg, "Owner", "Inhaberin", "Gérante"),
                "stylist": tr(lg, "Stylist", "Friseur/in", "Coiffeur(se)"),
                "therapist": tr(lg, "Therapist", "Kosmetikerin", "Esthéticienne"),
                "reception": tr(lg, "Reception", "Empfang", "Accueil"),
            }[role],
            italic_of(s.font),
            7,
        )
        hrs = 0.0
        for k in range(6):
            x = x0 + cw * k
            p.line(x, y, x, y + rowh)
            if rng.random() < 0.18:
                p.text(
                    x + cw / 2,
                    y + rowh / 2 + 3,
                    tr(lg, "OFF", "frei", "repos"),
                    s.font,
                    8,
                    "center",
                )
                continue
            a = rng.choice([8.5, 9, 9, 10, 12])
            b = min(a + rng.choice([4, 6, 8, 8.5]), 19 if k != 5 else 16)
            hrs += b - a
            t = f"{int(a)}:{'30' if a % 1 else '00'}-{int(b)}:{'30' if b % 1 else '00'}"
            p.text(x + cw / 2, y + rowh / 2 + 3, t, s.font, 8, "center")
            if rng.random() < 0.06:
                p.line(x + 8, y + rowh / 2, x + cw - 8, y + rowh / 2 + 2)
                hand(
                    p,
                    x + 10,
                    y + rowh - 3,
                    tr(lg, "sick", "krank", "malade")
                    if rng.random() < 0.5
                    else f"{int(a) + 1}-{int(b)}",
                    9,
                )
        p.line(w - m - 56, y, w - m - 56, y + rowh)
        p.text(w - m - 28, y + rowh / 2 + 3, f"{hrs:g}", s.font, 8, "center")
        y += rowh
    y += 18
    p.text(
        m,
        y,
        tr(
            lg,
            "Late night Thursday until 20:00. Swaps must be agreed with the manager.",
            "Donnerstag langer Abend bis 20 Uhr. Tausch nur nach Absprache.",
            "Nocturne le jeudi jusqu'à 20 h. Échanges à valider avec la gérante.",
        ),
        s.font,
        8,
    )
    if rng.random() < 0.4:
        hand(
            p,
            w / 2,
            y + 18,
            fit(
                tr(
                    lg,
                    "Jade covering Sat reception",
                    "Samstag Empfang: Aushilfe",
                    "Samedi accueil : renfort",
                ),
                HAND,
                10,
                w / 2 - m,
            ),
            10,
        )
    remember(wk, wk)
    return [p]


CONTRACT_HEADS = {
    "en": [
        "Job title and duties",
        "Place of work",
        "Start date and continuous employment",
        "Hours of work",
        "Pay and commission",
        "Holidays",
        "Sickness absence",
        "Pension",
        "Uniform and appearance",
        "Training and training costs",
        "Client confidentiality",
        "Notice",
        "Disciplinary and grievance",
    ],
    "de": [
        "Beginn und Probezeit",
        "Tätigkeit",
        "Arbeitszeit",
        "Vergütung und Umsatzprovision",
        "Urlaub",
        "Arbeitsverhinderung",
        "Verschwiegenheit",
        "Fortbildung und Rückzahlung",
        "Arbeitskleidung",
        "Kündigung",
        "Tarifvertrag",
        "Ausschlussfristen",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Lieu de travail",
        "Durée du travail",
        "Rémunération",
        "Période d'essai",
        "Congés payés",
        "Absences",
        "Convention collective de la coiffure",
        "Tenue",
        "Confidentialité",
        "Rupture du contrat",
        "Dispositions diverses",
    ],
}


def tpl_employment_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The salon's employment contract with one of its people: the particulars up front,
    numbered clauses over pages, the commission schedule annex and the signature page."""
    h = salon_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "emp")
    emp = person(r, lg)
    role = r.choice(
        tr(
            lg,
            "Senior Stylist|Stylist|Junior Stylist|Beauty Therapist|Receptionist",
            "Friseurin|Friseur|Kosmetikerin|Rezeptionistin|Friseurmeisterin",
            "Coiffeuse hautement qualifiée|Coiffeur confirmé|Esthéticienne|Hôtesse "
            "d'accueil|Coiffeuse",
        ).split("|")
    )
    title = tr(
        lg, "CONTRACT OF EMPLOYMENT", "ARBEITSVERTRAG", "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    f = sheets(s, h, f"{title} - {emp}")
    f.page.text(w / 2, f.y, fit(title, s.bold, 14, w - 2 * m), s.bold, 14, "center")
    f.y += 26
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Employer", "Arbeitgeber", "Employeur"), f"{h.name}, {h.town}"),
                (tr(lg, "Employee", "Arbeitnehmer/in", "Salarié(e)"), emp),
                (tr(lg, "Job title", "Tätigkeit", "Emploi"), role),
                (
                    tr(lg, "Start date", "Beginn", "Date d'embauche"),
                    day(h, d + timedelta(days=r.randint(7, 40))),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    for k, t in enumerate(CONTRACT_HEADS[lg][: rng.randint(9, 13)], 1):
        f.heading(
            m, f"{'§ ' if lg == 'de' else ''}{k}{'' if lg == 'de' else '.'} {t}", s.bold, s.size
        )
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "legal", 2, 4))
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Commission",
            "Anlage 1 - Umsatzbeteiligung",
            "Annexe 1 - Intéressement",
        ),
        2,
        rule=True,
    )
    base = r.choice([1500, 1800, 2100]) if lg != "en" else r.choice([11.44, 12.21, 13.0])
    rows = [
        [
            tr(
                lg,
                f"Service takings above {cash(t, lg)}",
                f"Dienstleistungsumsatz über {cash(t, lg)}",
                f"CA prestations au-delà de {cash(t, lg)}",
            ),
            f"{pc}%",
        ]
        for t, pc in [(2500, 5), (3500, 8), (4500, 10)]
    ]
    rows.append([tr(lg, "Retail sales", "Verkauf Pflegeprodukte", "Vente de produits"), "10%"])
    write(
        f,
        s,
        tr(
            lg,
            f"Basic pay: {cash(base, lg)} per hour.",
            f"Grundgehalt: {cash(base, lg)} brutto monatlich.",
            f"Salaire de base : {cash(base, lg)} brut mensuel.",
        ),
    )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right")]),
        [tr(lg, "Commission band", "Stufe", "Tranche"), tr(lg, "Rate", "Satz", "Taux")],
        rows,
        s,
        rules=True,
    )
    f.new_page()
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "I have read and accept the terms of this contract and have received a copy.",
            "Beide Parteien haben eine Ausfertigung dieses Vertrages erhalten.",
            "Fait en deux exemplaires, dont un remis au salarié.",
        ),
    )
    f.y += 50
    sign_line(
        f.page,
        m,
        f.y,
        200,
        tr(lg, "Signed for the employer", "Arbeitgeber", "L'employeur"),
        s.font,
        team()["owner"][0],
    )
    sign_line(
        f.page,
        w / 2 + 10,
        f.y,
        200,
        tr(lg, "Employee", "Arbeitnehmer/in", "Le salarié (lu et approuvé)"),
        s.font,
        emp,
    )
    f.y += 30
    hand(f.page, m, f.y, f"{place(h)}, {short(d, lg)}", 10)
    remember(d)
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
                "- {i} -",
                "{i}/{n}",
            ]
        ),
    )


def tpl_apprentice_review(rng: random.Random, who: Issuer) -> list[Page]:
    """The college's or training provider's apprenticeship progress review: the learner,
    employer and tutor, ratings per unit in a grid, comments, targets, three signatures on
    the second page."""
    h = head_of(who, "college")
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    app = salon_rng("apprentice")
    learner = person(app, lg)
    tutor = staff_of(h, "tutor")
    f = sheets(
        s, h, f"{tr(lg, 'Progress review', 'Ausbildungsgespräch', 'Livret de suivi')} - {learner}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "APPRENTICESHIP PROGRESS REVIEW",
            "PROTOKOLL AUSBILDUNGSBERATUNG",
            "FICHE DE SUIVI EN ENTREPRISE - APPRENTI",
        ),
        2,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Learner", "Auszubildende/r", "Apprenti(e)"), learner),
            (tr(lg, "Employer", "Ausbildungsbetrieb", "Entreprise"), salon_head().name),
            (
                tr(lg, "Programme", "Ausbildungsberuf", "Diplôme préparé"),
                tr(lg, "Hair Professional L2", "Friseur/in, 2. Jahr", "CAP Métiers de la coiffure"),
            ),
            (tr(lg, "Review date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Tutor / assessor", "Ausbildungsberater/in", "Formateur CFA"), tutor),
            (
                tr(lg, "Workplace mentor", "Ausbilder/in", "Maître d'apprentissage"),
                team()["owner"][0],
            ),
        ],
        per=2,
        tall=24,
    )
    units = tr(
        lg,
        "Consultation|Shampoo and condition|Cutting women's hair|Cutting men's hair|Colour and "
        "lighten|Styling and finishing|Health and safety|Professionalism and values",
        "Beratung|Haarwäsche und "
        "Pflege|Damenhaarschnitt|Herrenhaarschnitt|Farbveränderung|Frisurengestaltung|Arbeitsschutz|Kundenorientierung",
        "Accueil et diagnostic|Shampooing et soins|Coupe femme|Coupe "
        "homme|Coloration|Coiffage|Hygiène et sécurité|Relation clientèle",
    ).split("|")
    grades = tr(
        lg,
        "Not started|Developing|Competent|Exceeding",
        "nicht begonnen|in Entwicklung|sicher|sehr sicher",
        "non abordé|en cours|acquis|maîtrisé",
    ).split("|")
    cols = columns(
        m, w - m, [(3, "left"), (1, "center"), (1, "center"), (1, "center"), (1, "center")]
    )
    f.y += 6
    for c, t in zip(cols, [tr(lg, "Unit", "Lernfeld", "Compétence"), *grades], strict=True):
        cell_text(f.page, c, f.y, t, s.bold, 7)
    f.page.line(m, f.y + 4, w - m, f.y + 4)
    f.y += 14
    for u in units:
        cell_text(f.page, cols[0], f.y, u, s.font, 8)
        g = min(3, max(0, int(rng.gauss(1.6, 0.8))))
        for k in range(4):
            cx = (cols[k + 1][0] + cols[k + 1][1]) / 2 - 4
            ticks(f.page, s, cx, f.y, 20, [""], {0} if k == g else set(), pt=8)
        f.page.line(m, f.y + 5, w - m, f.y + 5)
        f.y += 15
    f.y += 8
    f.para(
        m,
        w - 2 * m,
        tr(lg, "Tutor comments", "Bemerkungen", "Observations du formateur"),
        s.bold,
        s.size,
    )
    for _ in range(rng.randint(3, 6)):
        f.need(14)
        f.page.text(
            m, f.y, fit(words(rng, lg, "hair", rng.randint(8, 14)), HAND, 9.5, w - 2 * m), HAND, 9.5
        )
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 15
    f.new_page()
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            "SMART targets for next review",
            "Vereinbarte Ziele",
            "Objectifs pour la prochaine période",
        ),
        s.bold,
        s.size,
    )
    for k in range(rng.randint(2, 4)):
        f.page.text(m, f.y, f"{k + 1}.", s.font, s.size)
        f.page.text(
            m + 14, f.y, fit(words(rng, lg, "hair", 9), HAND, 9.5, w - 2 * m - 14), HAND, 9.5
        )
        f.y += 16
    f.y += 10
    f.para(
        m,
        w - 2 * m,
        tr(
            lg,
            f"Off-the-job training hours this period: {rng.randint(18, 60)}",
            f"Berufsschultage im Zeitraum: {rng.randint(6, 20)}",
            f"Heures de formation au CFA : {rng.randint(60, 180)}",
        ),
        s.font,
        s.size,
    )
    f.y += 40
    for k, (nm, cap) in enumerate(
        [
            (learner, tr(lg, "Learner", "Auszubildende/r", "Apprenti(e)")),
            (team()["owner"][0], tr(lg, "Employer", "Ausbildende/r", "Maître d'apprentissage")),
            (tutor, tr(lg, "Tutor", "Berater/in", "Formateur")),
        ]
    ):
        sign_line(f.page, m + k * (w - 2 * m) / 3, f.y, (w - 2 * m) / 3 - 20, cap, s.font, nm)
    remember(d)
    return close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"))


def tpl_laundry_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The towel and gown laundry's invoice for the month or four weeks: a line per round
    (delivered and collected items), the rental of gowns, the total."""
    h = head_of(who, "laundry")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=32 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("laundry_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        p0 = ex[1] + timedelta(days=28)
    else:
        p0 = some_day(rng)
    d = p0 + timedelta(days=28)
    no = serial(rng, "99999")
    f = sheets(s, h, f"{h.name} {no}")
    recipient(
        f,
        s,
        h,
        salon_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "c"), "K9999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - period {short(p0, lg)} to {short(d - timedelta(days=1), lg)}",
            f"Rechnung Mietwäsche {short(p0, lg)} - {short(d - timedelta(days=1), lg)}",
            f"Facture location-entretien du {short(p0, lg)} au {short(d - timedelta(days=1), lg)}",
        ),
        1,
    )
    rows = []
    net = 0.0
    for k in range(4 if rng.random() < 0.7 else 8):
        rd = p0 + timedelta(days=k * (7 if len(rows) < 4 else 3) + 1)
        t = rng.randint(80, 180)
        amt = round(t * 0.34, 2)
        net += amt
        rows.append(
            [
                short(rd, lg),
                tr(lg, "Black towels", "Handtücher schwarz", "Serviettes noires"),
                str(t),
                money(0.34, lg),
                money(amt, lg),
            ]
        )
    gowns = rng.choice([10, 12, 15])
    rows.append(
        [
            "",
            tr(lg, "Client gowns (rental)", "Umhänge (Miete)", "Peignoirs (location)"),
            str(gowns),
            money(1.1, lg),
            money(gowns * 1.1, lg),
        ]
    )
    net += gowns * 1.1
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (3, "left"), (0.8, "right"), (0.9, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Round", "Tour", "Tournée"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
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
        vat_rate(lg),
        tr(
            lg,
            "Direct debit on or after the due date.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen.",
            "Prélèvement SEPA à 15 jours.",
        ),
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d)
    remember(d, (h.name, p0))
    return pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint about a service (colour gone wrong, a reaction, a wax burn,
    a charge): handwritten on a note card, typed as a letter, or an e-mail printed out."""
    lg = home()
    r = keyed(who, "client")
    client = person(r, lg)
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(2, 12))
    stylist = rng.choice(team()["stylist"] + team()["therapist"])
    salon = salon_head()
    topic = rng.choice(
        tr(
            lg,
            "the colour came out far too dark|my scalp was sore and itchy for days|the lash lift "
            "has left my lashes frizzy|I was charged more than I was quoted|the fringe was cut "
            "much too short",
            "die Farbe ist viel zu dunkel geworden|meine Kopfhaut hat tagelang gebrannt|die "
            "Wimpern sind nach dem Lifting kraus|mir wurde mehr berechnet als vereinbart|der "
            "Pony wurde viel zu kurz geschnitten",
            "la couleur est beaucoup trop foncée|mon cuir chevelu m'a brûlé plusieurs jours|mes "
            "cils sont abîmés après le rehaussement|on m'a facturé plus que le devis|la frange a "
            "été coupée beaucoup trop court",
        ).split("|")
    )
    body = tr(
        lg,
        f"I had an appointment with {stylist.split()[0]} on {short(visit, lg)} and {topic}. ",
        f"ich war am {short(visit, lg)} bei {stylist.split()[0]} und {topic}. ",
        f"je suis venue le {short(visit, lg)} avec {stylist.split()[0]} et {topic}. ",
    ) + prose(rng, lg, "hair", 1, 3)
    style = rng.choice(["card", "letter", "mail"])
    if style == "card":
        p = Page(A5)
        w, hh = A5
        y = 50.0
        hand(p, w - 150, y, short(d, lg), 11)
        y += 30
        hand(
            p,
            36,
            y,
            dear(lg, None)
            if rng.random() < 0.5
            else tr(lg, "To the manager,", "Hallo,", "Bonjour,"),
            11,
        )
        y += 22
        for ln in wrap(body, HAND, 11, w - 72):
            hand(p, 36, y, ln, 11)
            y += 17
            if y > hh - 80:
                break
        hand(p, 36, min(y + 20, hh - 50), client, 11)
        remember(d, (client, topic, visit))
        return [p]
    h = make_head(
        (
            client,
            r.choice(["14 Granby Road", "Feldweg 7", "6 impasse des Tilleuls"]),
            salon.town,
            "",
        ),
        lg,
        "client",
    )
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, top=False)
    if style == "mail":
        host = r.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"])
        box_ = f"{client.split()[0].lower()}.{client.split()[-1].lower()}@{host}"
        f.page.text(
            m,
            f.y,
            f"From: {client} <{box_}>",
            "Courier",
            8,
        )
        f.page.text(m, f.y + 11, f"To: {salon.name} <{salon.mail or 'info@salon'}>", "Courier", 8)
        f.page.text(
            m,
            f.y + 22,
            f"Date: {short(d, lg)} {rng.randint(7, 23)}:{rng.randint(10, 59)}",
            "Courier",
            8,
        )
        f.page.text(
            m,
            f.y + 33,
            tr(
                lg,
                "Subject: Complaint about my appointment",
                "Betreff: Beschwerde",
                "Objet : Réclamation",
            ),
            "Courier",
            8,
        )
        f.page.line(m, f.y + 40, w - m, f.y + 40)
        f.y += 58
    else:
        f.page.text(w - m, f.y, client, s.font, s.size, "right")
        f.page.text(w - m, f.y + 12, h.street, s.font, s.size, "right")
        f.page.text(w - m, f.y + 24, h.town, s.font, s.size, "right")
        f.y += 46
        f.y = window(f.page, s, None, f.y, salon_lines()) + 14
        f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
        f.y += 24
    write(f, s, dear(lg, None))
    write(f, s, body)
    write(f, s, prose(rng, lg, "hair", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "I would like a refund or for this to be put right.",
            "Ich bitte um Erstattung oder kostenlose Korrektur.",
            "Je souhaite un remboursement ou une reprise gratuite.",
        ),
    )
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Regards,", "Mit freundlichen Grüßen", "Cordialement,"), s.font, s.size
    )
    f.y += 26
    if style == "letter":
        scrawl(f.page, m, f.y - 4, client)
        f.y += 8
    f.page.text(m, f.y, client, s.font, s.size)
    pages = f.pages
    if style == "mail":
        for k, pg in enumerate(pages, 1):
            pg.text(w - m, hh - 24, f"{k}/{len(pages)}", "Courier", 7, "right")
            pg.text(m, 24, f"{short(d, lg)}  Mail - {salon.name}", "Courier", 7)
    remember(d, (client, topic, visit))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The salon's reply to a client's complaint on its letterhead: apology, what was found,
    the offer (a free correction, a refund, a voucher)."""
    h = salon_head()
    lg = h.lang
    s = style_of(h)
    _w, _hh = s.page_size
    ex = LAST["extra"]
    if after(("complaint",)) and isinstance(ex, tuple):
        client, _topic, visit = ex
        d = last_day(rng, ("complaint",), (1, 6))
    else:
        client = person(keyed(who, "client"), lg)
        visit = some_day(rng)
        d = visit + timedelta(days=rng.randint(5, 15))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [
            titled(str(client), lg),
            rng.choice(["14 Granby Road", "Feldweg 7", "6 impasse des Tilleuls"]),
            h.town,
        ],
        d,
        [],
    )
    write(f, s, dear(lg, titled(str(client), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for letting us know about your visit on {short(visit, lg)}. I am sorry "
            "that you were not happy.",
            f"vielen Dank für Ihre Nachricht zu Ihrem Termin am {short(visit, lg)}. Es tut uns "
            "leid, dass Sie nicht zufrieden waren.",
            "Nous vous remercions pour votre message concernant votre rendez-vous du "
            f"{short(visit, lg)} et regrettons sincèrement votre déception.",
        ),
    )
    write(f, s, prose(rng, lg, "hair", 2, 4))
    write(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "We would like to invite you back for a free correction with our senior "
                    "colourist.",
                    "Gerne laden wir Sie zu einer kostenlosen Korrektur ein.",
                    "Nous vous proposons une reprise gratuite avec notre coloriste.",
                ),
                tr(
                    lg,
                    "We have refunded the service to your card.",
                    "Den Betrag haben wir Ihnen erstattet.",
                    "Nous avons procédé au remboursement de la prestation.",
                ),
                tr(
                    lg,
                    "Please accept the enclosed gift voucher.",
                    "Als kleine Entschuldigung liegt ein Gutschein bei.",
                    "Veuillez trouver ci-joint un bon cadeau.",
                ),
            ]
        ),
    )
    regards(f, s, lg, team()["owner"][0], tr(lg, "Salon Owner", "Inhaberin", "Gérante"))
    remember(d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same order or client."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "stock_order": tpl_stock_order,
    "delivery_note": tpl_delivery_note,
    "wholesale_invoice": tpl_wholesale_invoice,
    "chair_rental": tpl_chair_rental,
    "consultation": tpl_consultation,
    "treatment_record": tpl_treatment_record,
    "voucher_register": tpl_voucher_register,
    "training_cert": tpl_training_cert,
    "insurance_schedule": tpl_insurance_schedule,
    "music_licence": tpl_music_licence,
    "card_statement": tpl_card_statement,
    "booking_invoice": tpl_booking_invoice,
    "waste_agreement": tpl_waste_agreement,
    "inspection_letter": tpl_inspection_letter,
    "rota": tpl_rota,
    "employment_contract": tpl_employment_contract,
    "apprentice_review": tpl_apprentice_review,
    "laundry_invoice": tpl_laundry_invoice,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
}
TEMPLATES_TTT: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "wholesale_invoice",
    "delivery_note",
    "consultation",
    "treatment_record",
    "training_cert",
    "rota",
    "laundry_invoice",
    "booking_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "stock_order": "delivery_note",
    "delivery_note": "wholesale_invoice",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_colander_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One salon's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The salon
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SALON["lang"] = lang
    SALON["row"] = r.randrange(len(SALONS[lang]))
    SALON["seed"] = r.getrandbits(24)
    SALON["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_TTT, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_colander_stream, "templates TTT")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

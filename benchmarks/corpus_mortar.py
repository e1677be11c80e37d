"""Mortar part of the generated corpus: templates SSS, written blind for the next measurement.

A part of its own, ``mortar``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
commercial photography and video studio (two photographers, a retoucher, a studio manager; in
England, Germany or France) feeds through its scanner in a month: the studio's quotations with
a terms page and an acceptance slip; clients' booking confirmations and purchase orders, some
with a shot list attached; image licensing agreements (Lizenzvertrag, contrat de cession de
droits) with a schedule of images on a landscape page and a signature page; model release
forms filled in by hand with a Polaroid of the model and, for minors, a guardian's consent
page; location permits from the council or the town (Drehgenehmigung, autorisation de
tournage) with their conditions and a site plan; letters of permission from the owners of
locations, some on A5 note paper; equipment hire invoices with the hire terms on the back;
equipment delivery and return notes with serial numbers and tick columns; print lab
invoices; stock agency royalty statements on landscape pages; studio hire agreements with
other photographers and the house rules; wedding photography contracts with a covering
letter, the package, the payment schedule, the terms and a signature page; equipment
insurance schedules with a covering letter, the list of insured items and the policy wording;
copyright infringement letters with screenshots of the unlicensed use and the replies to
them; freelance assistants' invoices, some with a timesheet; props and set building
suppliers' invoices, some with the delivery docket; the studio's own invoices with the
licence granted and the usage terms; contact sheets marked up by the client with the
selection sign-off; and call sheets with the crew list, the schedule and the shot list. Each
stream is one studio's pile: the studio (country, name, month) is drawn once per stream; its
outside senders are of the studio's country and write in its language, except that stock
agencies, hire companies, clients and infringers are now and then from abroad and write in
their own. Page sizes range from delivery slips and A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the studio files it: the
terms page and acceptance slip of a quotation; the shot list attached to a client's booking;
the schedule of images and the signature page of a licensing agreement; the guardian's page
of a model release; the conditions and the site plan of a permit; the hire terms on the back
of a hire invoice; the covering letter, terms and signature page of a wedding contract; the
covering letter, schedule, list of items and policy wording of an insurance schedule; the
screenshots enclosed with an infringement letter; the timesheet behind an assistant's
invoice; the delivery docket stapled to a props invoice; the usage terms of the studio's
invoice; every sheet of one contact sheet with its sign-off; every page of a call sheet or a
royalty statement. Related papers are documents of their own: the client's booking after the
quotation, the call sheet after the booking, the hire invoice after the delivery note, the
location owner's letter after the permit, the reply after an infringement letter, the
studio's invoice after a licensing agreement or a contact sheet; and so is each release,
invoice, note and statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: model releases, assistants', lab,
hire and props invoices, delivery notes and royalty statements often come 2-4 in a row from
one sender with other names, dates, numbers and amounts; and companions: each related paper
above often follows the document it answers, about the same job. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "mortar"`` and seeds offset by 7_000_000.

Usage: ``python benchmarks/corpus_mortar.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mortar/mortar_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

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
    pairs,
    paper,
    part_generate,
    part_main,
    photo,
    running_header,
    serial,
    short,
    shrink,
    stamp,
    table,
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "mortar"
SEED_OFFSET = 7_000_000

MM = 72 / 25.4
SLIP = (90 * MM, 190 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the studio and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
STUDIOS: dict[str, list[Row]] = {
    "en": [
        (
            "Northlight Studio Ltd",
            "Unit 3, Hope Mill, Pollard Street",
            "Manchester M4 7JA",
            "0161 273 5519",
        ),
        ("Greyfield Photography", "22 Stokes Croft", "Bristol BS1 3PR", "0117 942 6630"),
        (
            "Ashdown & Vale Studios",
            "The Old Dairy, 9 Mill Road",
            "Cambridge CB1 2AD",
            "01223 364 018",
        ),
    ],
    "de": [
        ("Lichtwerk Fotostudio GmbH", "Ehrenfeldgürtel 88", "50823 Köln", "0221 913 44 70"),
        ("Studio Kornhaus Fotografie", "Schanzenstraße 41", "20357 Hamburg", "040 43 19 52 8"),
        ("Blende 8 Bild & Film", "Tumblingerstraße 23", "80337 München", "089 72 44 61 0"),
    ],
    "fr": [
        ("Atelier Chambre Claire", "14 rue de la Roquette", "75011 Paris", "01 43 55 28 70"),
        ("Studio Lumière Vive SARL", "5 quai Saint-Vincent", "69001 Lyon", "04 78 28 61 15"),
        ("Objectif Sud Production", "31 rue Sainte", "13001 Marseille", "04 91 33 72 06"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "client": {
        "en": [
            (
                "Harrow & Finch Advertising Ltd",
                "40 Great Titchfield Street",
                "London W1W 7PU",
                "020 7636 4420",
            ),
            (
                "Pennine Outdoor Clothing Ltd",
                "Riverside Works, Canal Road",
                "Leeds LS12 2PL",
                "0113 263 7781",
            ),
            ("Caldwell Interiors plc", "8 Deansgate", "Manchester M3 1AZ", "0161 832 9904"),
            ("The Larder Kitchen Co.", "17 Gloucester Road", "Bristol BS7 8AE", "0117 924 0193"),
        ],
        "de": [
            ("Brandhaus Werbeagentur GmbH", "Neuer Wall 19", "20354 Hamburg", "040 36 90 44 0"),
            ("Möbelmanufaktur Steger KG", "Industriestraße 12", "86399 Bobingen", "08234 96 71 0"),
            ("Rheinland Textil AG", "Kaiserswerther Str. 115", "40474 Düsseldorf", "0211 45 87 20"),
            ("Feinkost Albrecht GmbH", "Viktualienmarkt 6", "80331 München", "089 22 60 14"),
        ],
        "fr": [
            (
                "Agence Parallèle Communication",
                "62 rue de Turenne",
                "75003 Paris",
                "01 42 72 90 15",
            ),
            ("Maison Vérand Cosmétiques SAS", "12 avenue Foch", "69006 Lyon", "04 72 69 14 30"),
            ("Éditions du Quai Vert", "3 rue Gasparin", "69002 Lyon", "04 78 37 20 55"),
            ("Domaine des Trois Ormes", "Route de Gordes", "84220 Roussillon", "04 90 05 61 48"),
        ],
    },
    "hire": {
        "en": [
            (
                "Lightbox Equipment Hire Ltd",
                "Unit 12, Chalk Farm Yard",
                "London NW1 8AH",
                "020 7482 3310",
            ),
            (
                "ProKit Rental North",
                "Adelphi Mill, Bollington",
                "Macclesfield SK10 5JB",
                "01625 572 144",
            ),
        ],
        "de": [
            ("Lichtverleih Nord GmbH", "Stresemannstraße 375", "22761 Hamburg", "040 85 33 26 0"),
            ("Kamerawerk Rental", "Landsberger Str. 146", "80339 München", "089 51 99 73 0"),
        ],
        "fr": [
            ("Loca-Images SAS", "28 rue des Vinaigriers", "75010 Paris", "01 40 37 18 92"),
            ("Flash Location Lyon", "87 rue de Gerland", "69007 Lyon", "04 78 61 40 27"),
        ],
    },
    "lab": {
        "en": [
            (
                "Silverprint Photographic Lab",
                "9 Marshall Street",
                "London SE1 1EX",
                "020 7620 0844",
            ),
            ("Metro Imaging Ltd", "32 Great Sutton Street", "London EC1V 0NB", "020 7865 0000"),
        ],
        "de": [
            ("Fotolabor Grieger Digital", "Ackerstraße 191", "40233 Düsseldorf", "0211 73 39 20"),
            ("PrintWerk Fine Art GmbH", "Oranienstraße 183", "10999 Berlin", "030 61 40 72 5"),
        ],
        "fr": [
            ("Laboratoire Dupon Images", "74 rue des Archives", "75003 Paris", "01 40 25 46 00"),
            ("Picto Tirages Lyon", "10 rue Childebert", "69002 Lyon", "04 78 42 55 31"),
        ],
    },
    "stock": {
        "en": [
            ("Brightlens Images Ltd", "7 Ropemaker Place", "London EC2Y 9HT", "020 3318 7200"),
            ("Alpenfold Stock LLP", "4 Quay Street", "Bristol BS1 4DT", "0117 325 8870"),
        ],
        "de": [
            ("Bildagentur Westlicht GmbH", "Hansaring 61", "50670 Köln", "0221 160 72 0"),
            ("Panthermedia-Verlag Rauch", "Rosenheimer Str. 139", "81671 München", "089 89 05 22"),
        ],
        "fr": [
            ("Agence Photononyme", "22 rue du Faubourg-du-Temple", "75010 Paris", "01 53 19 87 40"),
            ("Hémisphère Images SA", "45 cours Lafayette", "69003 Lyon", "04 72 61 98 12"),
        ],
    },
    "council": {
        "en": [
            (
                "Manchester City Council - Film Office",
                "Town Hall Extension, Lloyd Street",
                "Manchester M60 2LA",
                "0161 234 5000",
            ),
            (
                "Bristol City Council - Film Office",
                "City Hall, College Green",
                "Bristol BS1 5TR",
                "0117 922 2000",
            ),
        ],
        "de": [
            (
                "Stadt Köln - Amt für Straßen und Verkehrsentwicklung",
                "Willy-Brandt-Platz 2",
                "50679 Köln",
                "0221 221 0",
            ),
            (
                "Bezirksamt Hamburg-Mitte - Fachamt Management des öffentlichen Raumes",
                "Caffamacherreihe 1-3",
                "20355 Hamburg",
                "040 428 54 0",
            ),
        ],
        "fr": [
            (
                "Ville de Paris - Mission Cinéma",
                "55 rue des Francs-Bourgeois",
                "75004 Paris",
                "01 44 54 19 60",
            ),
            (
                "Ville de Lyon - Direction de l'Occupation du Domaine Public",
                "1 place de la Comédie",
                "69001 Lyon",
                "04 72 10 30 30",
            ),
        ],
    },
    "owner": {
        "en": [
            ("Thornbury Hall Estate", "Thornbury Lane", "Chester CH3 6PQ", "01244 336 781"),
            ("The Blue Anchor", "12 Harbour Street", "Whitstable CT5 1AQ", "01227 262 148"),
            ("Margaret Ellery", "Rose Cottage, Church Lane", "Kirkby Lonsdale LA6 2AZ", ""),
        ],
        "de": [
            ("Gut Hohenfelde", "Hohenfelder Weg 4", "24257 Hohenfelde", "04385 59 22 0"),
            ("Café Weitblick", "Uferpromenade 9", "82319 Starnberg", "08151 44 71 9"),
            ("Heinz-Georg Wilmers", "Am Steinbruch 3", "51429 Bergisch Gladbach", ""),
        ],
        "fr": [
            (
                "Château de Vaulx-Milieu",
                "Chemin du Château",
                "38090 Vaulx-Milieu",
                "04 74 94 18 22",
            ),
            (
                "Brasserie Le Comptoir Saint-Paul",
                "8 place Saint-Paul",
                "69005 Lyon",
                "04 78 28 11 46",
            ),
            ("Odile Marchand", "La Bastide Haute", "84160 Lourmarin", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Aperture Insurance Services Ltd",
                "Lloyd's Building, 1 Lime Street",
                "London EC3M 7HA",
                "0345 600 1123",
            ),
            ("Fenwick Mercer Brokers", "3 St Paul's Square", "Birmingham B3 1QU", "0121 236 0147"),
        ],
        "de": [
            (
                "Mannheimer Versicherung AG - Sparte Foto & Film",
                "Augustaanlage 66",
                "68165 Mannheim",
                "0621 457 8000",
            ),
            ("Hanse Assekuranzmakler GmbH", "Ballindamm 37", "20095 Hamburg", "040 30 96 85 0"),
        ],
        "fr": [
            (
                "Hiscox France - Assurance Matériel",
                "38 avenue de l'Opéra",
                "75002 Paris",
                "01 53 21 82 82",
            ),
            ("Cabinet Berthier Assurances", "17 rue de la Charité", "69002 Lyon", "04 78 37 52 90"),
        ],
    },
    "lawyer": {
        "en": [
            (
                "Keating Roe Solicitors LLP",
                "6 Lincoln's Inn Fields",
                "London WC2A 3BP",
                "020 7242 8810",
            ),
            ("Parry & Hale IP Law", "18 King Street", "Manchester M2 6AZ", "0161 834 7620"),
        ],
        "de": [
            (
                "Kanzlei Lorenz & Partner Rechtsanwälte",
                "Gereonstraße 34",
                "50670 Köln",
                "0221 277 41 0",
            ),
            (
                "Rechtsanwältin Dr. Miriam Sauer",
                "Leopoldstraße 28",
                "80802 München",
                "089 38 38 12 0",
            ),
        ],
        "fr": [
            ("Maître Hélène Garnier, Avocat", "42 rue de Lille", "75007 Paris", "01 42 61 77 30"),
            (
                "Cabinet Roussel Propriété Intellectuelle",
                "9 rue Grôlée",
                "69002 Lyon",
                "04 78 92 61 07",
            ),
        ],
    },
    "infringer": {
        "en": [
            ("Coastline Holiday Lets Ltd", "2 Esplanade", "Scarborough YO11 2AF", "01723 500 914"),
            ("Urban Nest Estate Agents", "145 High Street", "Guildford GU1 3AJ", "01483 300 672"),
        ],
        "de": [
            ("Ferienwohnungen Seeblick GbR", "Strandweg 14", "18225 Kühlungsborn", "038293 41 22"),
            ("Möbel Krämer Online GmbH", "Gewerbering 7", "33719 Bielefeld", "0521 33 90 41"),
        ],
        "fr": [
            ("Gîtes du Lubéron SARL", "Place du Marché", "84480 Bonnieux", "04 90 75 80 33"),
            ("Déco Maison Express", "120 rue de Rivoli", "75001 Paris", "01 40 13 22 78"),
        ],
    },
    "assistant": {
        "en": [
            (
                "Jamie Holt Photography Assistant",
                "Flat 4, 31 Brunswick Street",
                "Manchester M13 9RU",
                "07700 914 233",
            ),
            (
                "Priya Natarajan - Lighting & Digi Tech",
                "88 Gloucester Road",
                "Bristol BS7 8BN",
                "07823 410 667",
            ),
            ("Tom Ashcroft", "12 Mill Row", "Cambridge CB1 2BX", "07911 502 118"),
        ],
        "de": [
            ("Jonas Reimann - Fotoassistenz", "Venloer Str. 210", "50823 Köln", "0176 221 904 33"),
            (
                "Lea Vogt Digital Operator",
                "Bahrenfelder Str. 77",
                "22765 Hamburg",
                "0151 407 226 18",
            ),
            ("Marek Wisniewski", "Tulbeckstraße 19", "80339 München", "0160 992 31 75"),
        ],
        "fr": [
            ("Hugo Lefèvre - Assistant photo", "17 rue Oberkampf", "75011 Paris", "06 12 48 77 30"),
            ("Camille Roux Opératrice numérique", "6 rue Dumenge", "69004 Lyon", "06 71 20 93 54"),
            ("Yanis Bensaïd", "24 boulevard Longchamp", "13001 Marseille", "07 68 33 19 02"),
        ],
    },
    "props": {
        "en": [
            (
                "Scenery Shop Set Builders Ltd",
                "Arch 14, Bermondsey Trading Estate",
                "London SE16 3LL",
                "020 7237 4196",
            ),
            ("Props & Pieces", "Unit 7, Stockport Road", "Manchester M12 4AH", "0161 273 9008"),
        ],
        "de": [
            ("Kulissenbau Brehm GmbH", "Hafenstraße 22", "50733 Köln", "0221 73 99 80"),
            (
                "Requisitenfundus Albers",
                "Friedrich-Ebert-Damm 110",
                "22047 Hamburg",
                "040 69 66 31 5",
            ),
        ],
        "fr": [
            ("Atelier Décors & Volumes", "33 rue de la Chine", "75020 Paris", "01 43 66 05 19"),
            ("Accessoires Ciné Lyon", "2 rue Paul Bert", "69003 Lyon", "04 78 60 74 88"),
        ],
    },
}
FIRSTS = {
    "en": ["Emma", "Olivia", "Sophie", "Hannah", "Daniel", "James", "Oliver", "Ruth", "Ben"],
    "de": ["Anna", "Julia", "Katrin", "Sabine", "Lukas", "Felix", "Tobias", "Jan", "Mareike"],
    "fr": ["Camille", "Léa", "Claire", "Chloé", "Julien", "Thomas", "Antoine", "Manon", "Luc"],
}
LASTS = {
    "en": ["Barker", "Hughes", "Whitfield", "Okafor", "Lindqvist", "Carter", "Moss", "Pryce"],
    "de": ["Hartmann", "Becker", "Krüger", "Yilmaz", "Lange", "Sommer", "Brandt", "Vogel"],
    "fr": ["Morel", "Girard", "Lambert", "Fontaine", "Chevalier", "Bonnet", "Mercier", "Diallo"],
}
ROADS = {
    "en": ["Park Road", "Queens Road", "Mill Lane"],
    "de": ["Lindenstr.", "Bergstr.", "Ringstr."],
    "fr": ["rue Victor Hugo", "rue Pasteur", "rue Carnot"],
}
FEMALE = {"Emma", "Olivia", "Sophie", "Hannah", "Ruth", "Anna", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Mareike", "Camille", "Léa", "Claire", "Chloé", "Manon"}

TALK = {
    "en": "shoot images licence usage client studio lighting session retouching print "
    "campaign territory photographer brief location schedule delivery files selection "
    "backdrop crew fee invoice copyright rights agreement period online editorial",
    "de": "Aufnahmen Bilder Lizenz Nutzung Kunde Studio Licht Produktion Retusche Druck "
    "Kampagne Gebiet Fotograf Briefing Motiv Termin Lieferung Dateien Auswahl Honorar "
    "Urheberrecht Rechte Vereinbarung Zeitraum Veröffentlichung Freigabe Anzeige",
    "fr": "prises de vue images licence exploitation client studio lumière séance retouche "
    "tirage campagne territoire photographe brief lieu planning livraison fichiers "
    "sélection honoraires droits d'auteur cession contrat durée diffusion validation",
}
GLUES = {
    "en": "the of and to in for with on as by this that your we our is are be from at",
    "de": "der die das und zu mit für auf von im den dem ist sind wird werden nach bei",
    "fr": "le la les de des du et à en pour avec sur par ce cette nous vous est sont au",
}


def words(rng: random.Random, lang: str, n: int | None = None) -> str:
    """A sentence of studio talk in ``lang``."""
    pool, glue = TALK[lang].split(), GLUES[lang].split()
    n = n or rng.randint(8, 17)
    ws = [rng.choice(pool) if rng.random() < 0.5 else rng.choice(glue) for _ in range(n)]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The studio of a stream, and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: The previous document's kind, day, job reference, client and amount (for companions).
LAST: dict[str, object] = {"kind": "", "day": None, "job": "", "client": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's studio and ``key``: a run keeps its sender."""
    text = f"mortar/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 30))


def after(*kinds: str) -> bool:
    return LAST["kind"] in kinds


def next_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(*kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def job_ref(rng: random.Random, kinds: tuple[str, ...]) -> str:
    """The job of the previous document when this one answers it, else a new job number."""
    if after(*kinds) and LAST["job"]:
        return str(LAST["job"])
    return f"{month().year % 100:02d}-{rng.randint(100, 480):03d}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
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
    look: str  # band | centred | side | plain | official | private
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


def legal_lines(r: random.Random, name: str, lang: str) -> list[str]:
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Köln', 'Hamburg', 'München'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - TVA FR{r.randint(10, 99)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(100, 999)}"
        ]
    out = []
    if "Ltd" in name or "LLP" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mortar/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    looks = ["band", "centred", "side", "plain"]
    if role == "council":
        looks = ["official"]
    elif role == "owner" and not phone:
        looks = ["private"]
    elif role == "assistant":
        looks = ["plain", "centred", "private"]
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
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
        again=r.random() < 0.25,
        foot=legal_lines(r, name, lang) if r.random() < 0.7 and role != "owner" else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'hello', 'office', 'accounts'])}@{host or 'mail'}."
        + {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
        if r.random() < 0.75
        else "",
    )


def studio() -> Head:
    lang = home()
    return make_head(STUDIOS[lang][int(OFFICE["row"])], lang, "studio")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who``: of the studio's country or, with odds ``abroad``,
    of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    return Style(h.font, h.bold, pt or h.pt, margin or h.margin, "none", "bottom", size, h.dates)


def heading(p: Page, s: Style, h: Head) -> float:
    """``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if h.look == "private":
        x = w - m
        for k, t in enumerate((h.name, h.street, h.town, tel)):
            if t:
                p.text(x, y + 10 * k, fit(t, h.font, 8.5, w / 2), h.font, 8.5, "right")
        return y + 50
    if h.look == "official":
        p.rect(m, y - 12, 20, 26, fill=0.3)
        p.rect(m + 4, y - 8, 12, 18, fill=0.9)
        yy = y
        for k, t in enumerate(h.name.split(" - ")):
            f_, pt = (h.bold, 10.5) if k == 0 else (h.font, 8.5)
            p.text(m + 28, yy, fit(t, f_, pt, w - 2 * m - 30), f_, pt)
            yy += 11
        p.text(m + 28, yy, fit(f"{where}  {tel}", h.font, 7, w - 2 * m - 30), h.font, 7)
        return yy + 30
    if w < 330 or h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 14, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 23, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 29, w - m, y + 29)
        return y + 48
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.72 if h.role == "studio" else 0.85)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
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
    p.rect(m, y + 10, w - 2 * m, 1.5, fill=0.2)
    return y + 34


class Sheets(Flow):
    line = 1.4
    para_gap = 0.75


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s letterhead on the first (unless not ``top``); on later pages
    the letterhead again, a running header or nothing."""

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


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band") else None, y0, lines)
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str = "") -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    bye = tr(
        lang,
        ["Yours sincerely", "Kind regards", "Best wishes"][len(name) % 3],
        "Mit freundlichen Grüßen",
        "Cordialement,",
    )
    f.page.text(m, f.y, bye, s.font, s.size)
    f.y += 30
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def lines_of(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


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
        (tr(lg, "Total due", "Gesamtbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
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


def small_print(rng: random.Random, s0: Style, lg: str, title: str, heads: list[str]) -> Page:
    """A page of small print under ``title`` in two columns of numbered clauses."""
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
            for ln in wrap(prose(rng, lg, 3, 6), s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def sign_block(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    who: str,
    name: str,
    when: str,
    signed: bool = True,
) -> None:
    """A signature line with the party, the printed name and a hand-written date."""
    p.line(x, y, x + w, y)
    if signed:
        scrawl(p, x + 4, y - 3, name)
    p.text(x, y + 10, fit(who, s.font, 7.5, w), s.font, 7.5)
    hand(p, x, y + 22, name, 8.5, w)
    if when:
        hand(p, x + w * 0.62, y + 22, when, 8.5)


def round_stamp(p: Page, x: float, y: float, lines: list[str], rng: random.Random) -> None:
    """A rubber stamp at a slightly random place."""
    stamp(p, x + rng.uniform(-12, 12), y + rng.uniform(-8, 8), lines)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the studio's received stamp on a first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(80, 150),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
            ],
        )


def client_of(who: Issuer, answers: tuple[str, ...] = ()) -> tuple[Row, str]:
    """The client of the job: the previous document's client when this one answers it."""
    c = LAST["client"]
    if answers and after(*answers) and isinstance(c, tuple):
        return c  # type: ignore[return-value]
    r = keyed(who, "client")
    lg = home()
    if r.random() < 0.15:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["client"][lg]), lg


def remember(
    d: date, job: str = "", client: tuple[Row, str] | None = None, extra: object = None
) -> None:
    LAST.update(day=d, job=job, client=client, extra=extra)


# ---------------------------------------------------------------------------------------------
# Templates SSS: jobs, clients, licences and releases
# ---------------------------------------------------------------------------------------------

USAGES = {
    "en": [
        "Print advertising",
        "Online & social media",
        "Editorial",
        "Point of sale",
        "Catalogue",
        "Packaging",
        "Out of home",
    ],
    "de": [
        "Printwerbung",
        "Online & Social Media",
        "Redaktionell",
        "Point of Sale",
        "Katalog",
        "Verpackung",
        "Außenwerbung",
    ],
    "fr": [
        "Publicité presse",
        "Web et réseaux sociaux",
        "Éditorial",
        "PLV",
        "Catalogue",
        "Packaging",
        "Affichage",
    ],
}
TERRITORY = {
    "en": ["UK", "UK & Ireland", "Europe", "Worldwide"],
    "de": ["Deutschland", "DACH", "Europa", "weltweit"],
    "fr": ["France", "France & Benelux", "Europe", "Monde"],
}
TERM = {
    "en": ["1 year", "2 years", "3 years", "in perpetuity"],
    "de": ["1 Jahr", "2 Jahre", "3 Jahre", "zeitlich unbegrenzt"],
    "fr": ["1 an", "2 ans", "3 ans", "durée légale des droits"],
}
SUBJECTS = {
    "en": [
        "spring knitwear range",
        "kitchen range brochure",
        "menu and interiors",
        "headshots for annual report",
        "product packshots",
        "lookbook AW",
    ],
    "de": [
        "Frühjahrskollektion Strick",
        "Küchenprospekt",
        "Speisekarte und Räume",
        "Porträts Geschäftsbericht",
        "Produktfotos Freisteller",
        "Lookbook Herbst/Winter",
    ],
    "fr": [
        "collection printemps",
        "catalogue cuisines",
        "carte et salle du restaurant",
        "portraits rapport annuel",
        "packshots produits",
        "lookbook automne-hiver",
    ],
}


def quote_lines(rng: random.Random, lg: str) -> list[tuple[str, float, float]]:
    """A shoot's lines: description, quantity, unit price."""
    days = rng.choice([1, 1, 2, 3])
    out = [
        (
            tr(
                lg,
                "Pre-production and casting",
                "Vorproduktion und Casting",
                "Préproduction et casting",
            ),
            rng.choice([0.5, 1.0]),
            rng.choice([350.0, 450.0]),
        ),
        (
            tr(
                lg,
                "Photographer, shoot day",
                "Fotograf, Produktionstag",
                "Photographe, journée de prise de vue",
            ),
            days,
            rng.choice([950.0, 1200.0, 1500.0]),
        ),
        (tr(lg, "Photo assistant, day", "Fotoassistenz, Tag", "Assistant, journée"), days, 280.0),
        (
            tr(lg, "Digital operator, day", "Digital Operator, Tag", "Opérateur numérique, jour"),
            days,
            350.0,
        ),
        (
            tr(
                lg,
                "Studio hire incl. lighting",
                "Studiomiete inkl. Licht",
                "Location studio avec lumière",
            ),
            days,
            rng.choice([450.0, 600.0]),
        ),
        (
            tr(
                lg,
                "Retouching, per final image",
                "Bildbearbeitung je Motiv",
                "Retouche, par image finale",
            ),
            rng.randint(8, 30),
            rng.choice([25.0, 35.0, 45.0]),
        ),
    ]
    if rng.random() < 0.5:
        out.append((tr(lg, "Stylist, day", "Styling, Tag", "Styliste, journée"), days, 420.0))
    out.append(
        (
            tr(
                lg,
                "Usage licence (see schedule)",
                "Nutzungsrechte (siehe Anlage)",
                "Cession de droits (voir annexe)",
            ),
            1,
            rng.choice([800.0, 1500.0, 2400.0]),
        )
    )
    return out


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's quotation and shoot confirmation to a client: the shoot, the lines, the
    licence, totals; now and then the terms of business and an acceptance slip."""
    h = studio()
    lg = h.lang
    s = style_of(h)
    client = client_of(who)
    crow, clg = client
    d = some_day(rng)
    job = job_ref(rng, ())
    no = f"{tr(lg, 'Q', 'AN', 'DEV')}-{d.year}-{rng.randint(40, 420):04d}"
    f = sheets(s, h, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    att = person(rng, clg)
    recipient(
        f,
        s,
        h,
        [
            crow[0],
            tr(lg, f"FAO {att}", f"z. Hd. {mx(att, lg)}", f"À l'att. de {att}"),
            crow[1],
            crow[2],
        ],
        d,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Job", "Projekt", "Dossier"), job),
        ],
    )
    subject = rng.choice(SUBJECTS[lg])
    caption(f, s, tr(lg, f"Quotation - {subject}", f"Angebot - {subject}", f"Devis - {subject}"))
    write(f, s, prose(rng, lg, 1, 3))
    shoot = d + timedelta(days=rng.randint(7, 30))
    w, _ = f.size
    f.y = (
        pairs(
            f.page,
            s,
            s.margin,
            f.y,
            [
                (
                    tr(lg, "Shoot date(s)", "Produktionstermin", "Date(s) de prise de vue"),
                    day(h, shoot),
                ),
                (
                    tr(lg, "Location", "Ort", "Lieu"),
                    tr(lg, "Studio 1", "Studio 1", "Studio 1")
                    if rng.random() < 0.6
                    else rng.choice(SENDERS["owner"][lg])[2],
                ),
                (
                    tr(lg, "Deliverables", "Lieferumfang", "Livrables"),
                    tr(
                        lg,
                        "High-res TIFF + web JPEG",
                        "TIFF hochaufgelöst + JPEG",
                        "TIFF HD + JPEG web",
                    ),
                ),
                (tr(lg, "Usage", "Nutzung", "Exploitation"), rng.choice(USAGES[lg])),
                (
                    tr(lg, "Territory / period", "Gebiet / Dauer", "Territoire / durée"),
                    f"{rng.choice(TERRITORY[lg])} / {rng.choice(TERM[lg])}",
                ),
            ],
            w * 0.75,
        )
        + 10
    )
    rows = quote_lines(rng, lg)
    cols = columns(
        s.margin, w - s.margin, [(5, "left"), (1, "right"), (1.4, "right"), (1.6, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, f"{q:g}", cash(u, lg), cash(q * u, lg)] for t, q, u in rows],
        s,
        shade=0.88,
    )
    net = round(sum(q * u for _, q, u in rows), 2)
    total = totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            "This quotation is valid for 30 days. Expenses are charged at cost.",
            "Dieses Angebot ist 30 Tage gültig. Spesen werden nach Aufwand berechnet.",
            "Devis valable 30 jours. Frais techniques refacturés au réel.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(random.Random(zlib.crc32(h.name.encode())), lg),
        tr(lg, "Studio Manager", "Studioleitung", "Chargée de production"),
    )
    pages = f.pages
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and Conditions of Business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                [words(rng, lg, 3).rstrip(".") for _ in range(14)],
            )
        )
    if rng.random() < 0.45:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            s.margin,
            y + 10,
            tr(lg, "Confirmation of booking", "Auftragsbestätigung", "Bon pour accord"),
            s.bold,
            14,
        )
        y = text_block(
            p,
            s,
            s.margin,
            y + 34,
            A4[0] - 2 * s.margin,
            tr(
                lg,
                f"We accept quotation {no} of {cash(total, lg)} and the terms of business.",
                f"Wir nehmen das Angebot {no} über {cash(total, lg)} an.",
                f"Nous acceptons le devis {no} d'un montant de {cash(total, lg)} TTC.",
            ),
        )
        y = fields(
            p,
            s,
            s.margin,
            y + 8,
            A4[0] - 2 * s.margin,
            [
                (tr(lg, "Company", "Firma", "Société"), ""),
                (tr(lg, "Purchase order no.", "Bestell-Nr.", "N° de commande"), ""),
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Position", "Funktion", "Fonction"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature et cachet"), ""),
            ],
            tall=34,
            hand=True,
        )
        p.text(
            s.margin,
            y + 10,
            tr(
                lg,
                "Please sign and return to the studio.",
                "Bitte unterschrieben zurücksenden.",
                "Merci de retourner ce bon signé.",
            ),
            italic_of(s.font),
            8,
        )
        pages.append(p)
    remember(d, job, client, (no, shoot, subject))
    return close(pages, s, h)


def tpl_client_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's purchase order or booking confirmation for a shoot, now and then with the
    shot list attached."""
    crow, clg = client_of(who, ("quotation",))
    h = make_head(crow, clg, "client")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.15 else A4)
    d = next_day(rng, ("quotation",), (2, 9))
    ex = LAST["extra"]
    quote, shoot, subject = (
        ex
        if after("quotation") and isinstance(ex, tuple)
        else ("", d + timedelta(days=rng.randint(5, 20)), rng.choice(SUBJECTS[lg]))
    )
    job = job_ref(rng, ("quotation",))
    po = serial(rng, rng.choice(["PO-99999", "4500999999", "BC-2099-999", "99999/A"]))
    f = sheets(s, h, f"PO {po}")
    sth = studio()
    recipient(
        f,
        s,
        h,
        lines_of(sth),
        d,
        [
            (tr(lg, "Order no.", "Bestellnummer", "Commande n°"), po),
            *([(tr(lg, "Your quote", "Ihr Angebot", "Votre devis"), quote)] if quote else []),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), grow=4)
    write(
        f,
        s,
        tr(
            lg,
            f"Photography: {subject}. Shoot on {day(h, shoot)}.",
            f"Fotoproduktion: {subject}. Aufnahmetermin {day(h, shoot)}.",
            f"Prise de vue : {subject}. Date de réalisation : {day(h, shoot)}.",
        ),
    )
    w, _ = f.size
    cols = columns(s.margin, w - s.margin, [(0.6, "left"), (5, "left"), (1.6, "right")])
    amount = rng.choice([3200.0, 4850.0, 6400.0, 9750.0, 2300.0])
    rows = [
        [
            "1",
            tr(
                lg,
                "Photography as per quotation",
                "Fotoproduktion lt. Angebot",
                "Prestation photo selon devis",
            ),
            cash(amount * 0.7, lg),
        ],
        [
            "2",
            tr(lg, "Usage rights", "Nutzungsrechte", "Droits d'exploitation"),
            cash(amount * 0.3, lg),
        ],
    ]
    table(
        f,
        cols,
        [
            "Pos.",
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, amount, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Please quote our PO number on your invoice.",
            "Bitte geben Sie die Bestellnummer auf Ihrer Rechnung an.",
            "Merci de rappeler le numéro de commande sur votre facture.",
        ),
        s.size - 1,
    )
    regards(
        f, s, lg, person(rng, lg), tr(lg, "Art Buyer", "Einkauf / Art Buying", "Acheteuse d'art")
    )
    pages = f.pages
    received(rng, pages[0], home(), d)
    if rng.random() < 0.5:
        f2 = sheets(
            s, h, f"{tr(lg, 'Shot list', 'Motivliste', 'Liste des images')} - PO {po}", top=False
        )
        caption(f2, s, tr(lg, "Shot list / brief", "Motivliste / Briefing", "Liste de plans"))
        c2 = columns(
            s.margin, w - s.margin, [(0.6, "left"), (5, "left"), (1.4, "left"), (1.6, "left")]
        )
        table(
            f2,
            c2,
            [
                "#",
                tr(lg, "Shot", "Motiv", "Image"),
                tr(lg, "Format", "Format", "Format"),
                tr(lg, "Use", "Nutzung", "Usage"),
            ],
            [
                [
                    str(k + 1),
                    words(rng, lg, 6).rstrip("."),
                    rng.choice(["4:5", "16:9", "1:1", "A4 hoch", "3:2"]),
                    rng.choice(USAGES[lg]),
                ]
                for k in range(rng.randint(8, 26))
            ],
            s,
            rules=True,
        )
        pages += f2.pages
    remember(d, job, (crow, clg), (po, shoot, subject))
    return close(pages, s, h)


LICENCE_CLAUSES = {
    "en": [
        "Definitions",
        "Grant of licence",
        "Media and territory",
        "Term",
        "Fees and payment",
        "Credit line",
        "Moral rights",
        "Exclusivity",
        "Warranties",
        "Termination",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Einräumung der Nutzungsrechte",
        "Medien und Gebiet",
        "Nutzungsdauer",
        "Vergütung",
        "Urhebervermerk",
        "Bearbeitung",
        "Exklusivität",
        "Gewährleistung",
        "Kündigung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Étendue de la cession",
        "Supports et territoire",
        "Durée",
        "Rémunération",
        "Mention du nom de l'auteur",
        "Droit moral",
        "Exclusivité",
        "Garanties",
        "Résiliation",
        "Loi applicable",
    ],
}


def tpl_licence_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A licensing agreement for images: parties, numbered clauses, a schedule of the licensed
    images on a landscape page, a signature page."""
    sth = studio()
    crow, clg = client_of(who, ("client_booking", "quotation"))
    h = sth if rng.random() < 0.65 else make_head(crow, clg, "client")
    lg = h.lang
    s = style_of(h)
    d = next_day(rng, ("client_booking", "quotation"), (3, 20))
    job = job_ref(rng, ("client_booking", "quotation"))
    ref = f"LA-{job}"
    title = tr(
        lg,
        "Image Licence Agreement",
        "Lizenzvertrag über Nutzungsrechte an Fotografien",
        "Contrat de cession de droits d'auteur",
    )
    f = sheets(s, h, f"{title} - {ref}")
    caption(f, s, title, grow=4)
    write(
        f,
        s,
        tr(
            lg,
            f"Agreement no. {ref}, dated {day(h, d)}",
            f"Vertrag Nr. {ref} vom {day(h, d)}",
            f"Contrat n° {ref} du {day(h, d)}",
        ),
    )
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size - 1)
    write(
        f,
        s,
        f"{sth.name}, {sth.street}, {sth.town} "
        + tr(lg, '("the Licensor")', '(„Lizenzgeber")', "(« l'Auteur »)"),
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size - 1)
    write(
        f,
        s,
        f"{crow[0]}, {crow[1]}, {crow[2]} "
        + tr(lg, '("the Licensee")', '(„Lizenznehmer")', "(« le Cessionnaire »)"),
    )
    for k, t in enumerate(LICENCE_CLAUSES[lg][: rng.randint(7, 11)], 1):
        f.heading(s.margin, f"{'§ ' if lg == 'de' else ''}{k}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, 2, 5))
    pages = f.pages
    sl = paper(s, A4L, margin=40, pt=8)
    g = Flow(A4L, A4L[1] - 60, lambda p, n: running_header(p, sl, f"{title} - {ref}") + 6)
    caption(
        g,
        sl,
        tr(
            lg,
            "Schedule 1 - Licensed images",
            "Anlage 1 - Lizenzierte Bilder",
            "Annexe 1 - Images cédées",
        ),
    )
    cols = columns(
        40,
        A4L[0] - 40,
        [(1.2, "left"), (4, "left"), (2.2, "left"), (1.5, "left"), (1.4, "left"), (1.3, "right")],
    )
    fee = 0.0
    rows = []
    for _ in range(rng.randint(4, 22)):
        v = rng.choice([150.0, 250.0, 400.0, 650.0])
        fee += v
        rows.append(
            [
                serial(rng, "AA_9999"),
                words(rng, lg, 5).rstrip("."),
                rng.choice(USAGES[lg]),
                rng.choice(TERRITORY[lg]),
                rng.choice(TERM[lg]),
                cash(v, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Image", "Bild-Nr.", "Réf."),
            tr(lg, "Description", "Motiv", "Sujet"),
            tr(lg, "Media", "Medien", "Supports"),
            tr(lg, "Territory", "Gebiet", "Territoire"),
            tr(lg, "Term", "Dauer", "Durée"),
            tr(lg, "Fee", "Honorar", "Prix"),
        ],
        rows,
        sl,
        rules=True,
    )
    g.page.text(
        A4L[0] - 40,
        g.y + 8,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(fee, lg)}",
        sl.bold,
        9,
        "right",
    )
    pages += g.pages
    p = Page(A4)
    y = s.margin + 10
    p.text(s.margin, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, 12)
    y = (
        text_block(
            p,
            s,
            s.margin,
            y + 24,
            A4[0] - 2 * s.margin,
            tr(
                lg,
                "Signed by the parties on the dates below.",
                "Die Parteien unterzeichnen wie folgt.",
                "Fait en deux exemplaires originaux.",
            ),
        )
        + 40
    )
    cw = (A4[0] - 2 * s.margin - 40) / 2
    sign_block(
        p,
        s,
        s.margin,
        y,
        cw,
        tr(lg, "For the Licensor", "Lizenzgeber", "L'Auteur"),
        person(random.Random(zlib.crc32(sth.name.encode())), home()),
        short(d, lg),
    )
    sign_block(
        p,
        s,
        s.margin + cw + 40,
        y,
        cw,
        tr(lg, "For the Licensee", "Lizenznehmer", "Le Cessionnaire"),
        person(rng, clg),
        short(d + timedelta(days=rng.randint(0, 6)), lg),
        rng.random() < 0.8,
    )
    pages.append(p)
    remember(d, job, (crow, clg), fee)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [h.numbers, "Page {i} of {n}"] if lg == "en" else [h.numbers, "{i}/{n}"]
        ),
    )


def tpl_model_release(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's model release form filled in by hand: the model, the shoot, the uses
    ticked, a Polaroid, signatures; a guardian's consent page for a minor."""
    h = studio()
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=8.5)
    w, hh = A4
    m = s.margin
    d = next_day(rng, ("model_release", "call_sheet", "client_booking"), (0, 2))
    job = job_ref(rng, ("model_release", "call_sheet", "client_booking"))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "MODEL RELEASE",
        "MODEL-RELEASE / EINVERSTÄNDNISERKLÄRUNG",
        "AUTORISATION DE DROIT À L'IMAGE",
    )
    p.text(w / 2, y + 6, title, s.bold, shrink(title, s.bold, 14, w - 2 * m), "center")
    y += 26
    mlg = lg if rng.random() < 0.85 else rng.choice(["en", "de", "fr"])
    model = person(rng, mlg)
    minor = rng.random() < 0.15
    y = band(p, s, y, tr(lg, "Model", "Model", "Modèle"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m - 110,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), model),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(
                    date(
                        rng.randint(2009, 2012) if minor else rng.randint(1960, 2004),
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                    ),
                    lg,
                ),
            ),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 90)} {rng.choice(ROADS[mlg])}",
            ),
            (
                tr(lg, "Agency", "Agentur", "Agence"),
                rng.choice(["-", "Select", "Models 1", "IMM", "Viva", "Place Models"]),
            ),
        ],
        per=1,
        tall=24,
    )
    photo(p, w - m - 96, y - 4 * 24 - 10, 96, 96, rng)
    p.text(w - m - 48, y - 4 * 24 - 14, "Polaroid", s.font, 6, "center")
    y = band(p, s, y, tr(lg, "Shoot", "Produktion", "Prise de vue"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Projekt-Nr.", "Dossier"), job),
            (tr(lg, "Date of shoot", "Aufnahmedatum", "Date"), short(d, lg)),
            (
                tr(lg, "Photographer", "Fotograf/in", "Photographe"),
                person(random.Random(zlib.crc32(h.name.encode())), home()),
            ),
            (tr(lg, "Client", "Kunde", "Client"), client_of(who)[0][0]),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Permitted uses", "Erlaubte Nutzung", "Utilisations autorisées"))
    y = ticks(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        USAGES[lg],
        set(rng.sample(range(len(USAGES[lg])), rng.randint(1, 5))),
        8,
    )
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [f"{tr(lg, 'Territory', 'Gebiet', 'Territoire')}: {t}" for t in TERRITORY[lg]],
        {rng.randrange(4)},
        8,
    )
    y = text_block(p, s, m, y + 6, w - 2 * m, prose(rng, lg, 4, 7), 7.5)
    y = max(y + 30, hh - 190)
    cw = (w - 2 * m - 30) / 2
    sign_block(p, s, m, y, cw, tr(lg, "Model", "Model", "Le modèle"), model, short(d, lg))
    sign_block(
        p,
        s,
        m + cw + 30,
        y,
        cw,
        tr(lg, "Photographer", "Fotograf/in", "Photographe"),
        person(random.Random(zlib.crc32(h.name.encode())), home()),
        short(d, lg),
    )
    pages = [p]
    if minor:
        q = Page(A4)
        yy = m + 10
        q.text(
            m,
            yy,
            tr(
                lg,
                "Consent of parent or guardian",
                "Einwilligung der Erziehungsberechtigten",
                "Autorisation parentale",
            ),
            s.bold,
            12,
        )
        yy = text_block(q, s, m, yy + 22, w - 2 * m, prose(rng, lg, 3, 5))
        guardian = f"{rng.choice(FIRSTS[mlg])} {model.split()[-1]}"
        yy = fields(
            q,
            s,
            m,
            yy + 6,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Name of parent/guardian",
                        "Name Erziehungsberechtigte/r",
                        "Nom du parent",
                    ),
                    guardian,
                ),
                (
                    tr(lg, "Relationship", "Verhältnis", "Lien"),
                    tr(lg, "Mother", "Mutter", "Mère")
                    if guardian.split()[0] in FEMALE
                    else tr(lg, "Father", "Vater", "Père"),
                ),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), serial(rng, "07999 999999")),
                (
                    tr(lg, "Chaperone present", "Begleitperson anwesend", "Accompagnateur"),
                    tr(lg, "yes", "ja", "oui"),
                ),
            ],
            per=2,
            tall=26,
        )
        sign_block(
            q,
            s,
            m,
            yy + 40,
            cw,
            tr(lg, "Parent/guardian", "Erziehungsberechtigte/r", "Parent"),
            guardian,
            short(d, lg),
        )
        pages.append(q)
    remember(d, job, LAST["client"] if isinstance(LAST["client"], tuple) else None)
    return close(pages, s, h, numbers="none")


def tpl_location_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """A permit from the town for photography on public ground: the permit, its conditions
    and a site plan."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    sth = studio()
    d = some_day(rng)
    shoot = d + timedelta(days=rng.randint(5, 21))
    no = serial(rng, rng.choice(["FP/99/9999", "66.99-9999/99", "AOT-2099-9999"]))
    f = sheets(s, h, f"{tr(lg, 'Permit', 'Genehmigung', 'Autorisation')} {no}")
    recipient(
        f,
        s,
        h,
        lines_of(sth),
        d,
        [
            (tr(lg, "Permit no.", "Aktenzeichen", "N° d'arrêté"), no),
            (tr(lg, "Officer", "Sachbearbeitung", "Affaire suivie par"), person(rng, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Filming and Photography Permit",
            "Sondernutzungserlaubnis für Foto- und Filmaufnahmen",
            "Autorisation de prise de vues sur la voie publique",
        ),
    )
    place = rng.choice(
        [
            "Market Square",
            "Rheinufer / Höhe Pegel",
            "Quai de Saône",
            "Castle Park",
            "Jungfernstieg",
            "Place des Terreaux",
        ]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Permit holder", "Erlaubnisinhaber", "Bénéficiaire"), sth.name),
            (tr(lg, "Location", "Ort", "Lieu"), place),
            (tr(lg, "Date(s)", "Datum", "Date(s)"), short(shoot, lg)),
            (
                tr(lg, "Hours", "Uhrzeit", "Horaires"),
                f"{rng.randint(6, 9)}:00 - {rng.randint(12, 18)}:00",
            ),
            (tr(lg, "Crew", "Personen", "Équipe"), str(rng.randint(3, 12))),
            (tr(lg, "Vehicles", "Fahrzeuge", "Véhicules"), str(rng.randint(0, 3))),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    fee = rng.choice([45.0, 60.0, 120.0, 180.0, 0.0])
    write(
        f,
        s,
        tr(
            lg,
            f"Fee: {cash(fee, lg)}. " if fee else "No fee is charged. ",
            f"Verwaltungsgebühr: {cash(fee, lg)}. " if fee else "Gebührenfrei. ",
            f"Redevance : {cash(fee, lg)}. " if fee else "Exonéré de redevance. ",
        )
        + prose(rng, lg, 2, 3),
    )
    f.heading(m, tr(lg, "Conditions", "Auflagen", "Prescriptions"), s.bold, s.size + 1)
    for k in range(rng.randint(6, 14)):
        write(f, s, f"{k + 1}. {words(rng, lg)}", indent=10)
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Film Liaison Officer", "Im Auftrag", "Pour le Maire, par délégation"),
    )
    stamp(
        f.page,
        w - m - 150,
        f.y - 70,
        [
            h.name.split(" - ")[0][:26],
            tr(lg, "Film Office", "Der Oberbürgermeister", "Service tournages"),
        ],
    )
    pages = f.pages
    if rng.random() < 0.6:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(lg, "Annex 1 - Site plan", "Anlage 1 - Lageplan", "Annexe 1 - Plan"),
            s.bold,
            11,
        )
        p.rect(m, m + 20, w - 2 * m, hh * 0.55)
        for _ in range(rng.randint(6, 12)):
            bx, by = rng.uniform(m + 10, w - m - 110), rng.uniform(m + 30, m + hh * 0.45)
            p.rect(bx, by, rng.uniform(30, 100), rng.uniform(15, 60), fill=rng.choice([0.8, 0.9]))
        p.line(m, m + 20 + hh * 0.3, w - m, m + 20 + hh * 0.25)
        p.rect(m + 100, m + 20 + hh * 0.22, 120, 40)
        p.text(
            m + 160,
            m + 20 + hh * 0.22 + 24,
            tr(lg, "shoot area", "Aufnahmefläche", "zone de tournage"),
            s.font,
            7,
            "center",
        )
        p.text(w - m - 20, m + 36, "N", s.bold, 12)
        text_block(p, s, m, m + 40 + hh * 0.55, w - 2 * m, prose(rng, lg, 1, 2), 8)
        pages.append(p)
    remember(d, "", None, (place, shoot))
    return close(pages, s, h)


def tpl_permission_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A location owner's letter allowing the studio to photograph on the premises; private
    owners write on A5 note paper."""
    h = head_of(who, "owner")
    lg = h.lang
    size = A5 if h.look == "private" and rng.random() < 0.7 else A4
    s = style_of(h, size, margin=40 if size == A5 else 0)
    sth = studio()
    d = next_day(rng, ("location_permit",), (1, 6))
    shoot = d + timedelta(days=rng.randint(4, 20))
    f = sheets(s, h)
    recipient(f, s, h, lines_of(sth), d, [])
    caption(
        f,
        s,
        tr(
            lg,
            "Permission to photograph",
            "Drehgenehmigung / Einverständnis",
            "Autorisation de tournage dans la propriété",
        ),
        grow=1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"I am happy to confirm that {sth.name} may use the house and grounds "
            f"at {h.street} for photography on {day(h, shoot)}.",
            f"hiermit erlaube ich {sth.name}, am {day(h, shoot)} auf dem Grundstück "
            f"{h.street} Fotoaufnahmen anzufertigen.",
            f"je soussigné(e) autorise {sth.name} à réaliser des prises de vue le "
            f"{day(h, shoot)} dans la propriété située {h.street}.",
        ),
    )
    write(f, s, prose(rng, lg, 1, 3))
    fee = rng.choice([150.0, 250.0, 400.0, 600.0])
    write(
        f,
        s,
        tr(
            lg,
            f"The agreed location fee is {cash(fee, lg)}.",
            f"Als Motivmiete wurden {cash(fee, lg)} vereinbart.",
            f"L'indemnité convenue est de {cash(fee, lg)}.",
        ),
    )
    regards(f, s, lg, h.name if h.look == "private" else person(rng, lg))
    return close(f.pages, s, h, numbers="none")


def tpl_call_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's call sheet for a shoot: call times, crew list, schedule; on later pages
    the shot list and the way to the location."""
    h = studio()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _ = A4
    m = s.margin
    d = next_day(rng, ("client_booking",), (1, 10))
    ex = LAST["extra"]
    shoot, subject = (
        (ex[1], ex[2])
        if after("client_booking") and isinstance(ex, tuple)
        else (d + timedelta(days=rng.randint(2, 8)), rng.choice(SUBJECTS[lg]))
    )
    job = job_ref(rng, ("client_booking",))
    crow, clg = client_of(who, ("client_booking",))
    f = sheets(s, h, f"CALL SHEET - {job} - {short(shoot, lg)}")
    f.page.text(w - m, f.y - 6, "CALL SHEET", s.bold, 20, "right")
    f.y += 14
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Job", "Projekt", "Projet"), f"{job} {subject}"),
            (tr(lg, "Client", "Kunde", "Client"), crow[0]),
            (tr(lg, "Shoot date", "Drehtag", "Date"), day(h, shoot)),
            (tr(lg, "Crew call", "Treffpunkt", "Rendez-vous équipe"), f"0{rng.randint(6, 9)}:30"),
            (
                tr(lg, "Location", "Ort", "Lieu"),
                f"{h.street}, {h.town}"
                if rng.random() < 0.6
                else rng.choice(SENDERS["owner"][lg])[1],
            ),
            (
                tr(lg, "Nearest A&E", "Nächstes Krankenhaus", "Urgences"),
                rng.choice(["Royal Infirmary", "St.-Marien-Hospital", "Hôpital Édouard-Herriot"]),
            ),
            (
                tr(lg, "Sunrise / sunset", "Sonnenaufgang / -untergang", "Lever / coucher"),
                f"0{rng.randint(5, 7)}:{rng.randint(10, 59)} / "
                f"{rng.randint(17, 21)}:{rng.randint(10, 59)}",
            ),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(["12°C cloudy", "18°C sun", "9°C rain"]),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    roles = [
        tr(lg, "Photographer", "Fotograf", "Photographe"),
        tr(lg, "1st assistant", "Assistenz", "Assistant"),
        "Digi tech",
        tr(lg, "Stylist", "Styling", "Styliste"),
        "Hair & make-up",
        tr(lg, "Producer", "Produktion", "Production"),
        tr(lg, "Art director", "Art Director", "DA"),
        tr(lg, "Model", "Model", "Modèle"),
    ]
    cols = columns(m, w - m, [(2, "left"), (2.4, "left"), (2, "left"), (0.9, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Role", "Funktion", "Poste"),
            "Name",
            tr(lg, "Mobile", "Mobil", "Portable"),
            "Call",
        ],
        [
            [
                r_,
                person(rng, lg),
                serial(rng, "07999 999 999"),
                f"0{rng.randint(7, 9)}:{rng.choice(['00', '30', '45'])}",
            ]
            for r_ in roles[: rng.randint(5, 8)]
        ],
        s,
        shade=0.85,
        rules=True,
    )
    f.heading(m, tr(lg, "Schedule", "Ablauf", "Déroulé"), s.bold, s.size + 1)
    t = 8
    for k in range(rng.randint(5, 9)):
        f.need(12)
        f.page.text(m, f.y, f"{t + k:02d}:{rng.choice(['00', '30'])}", s.bold, s.size)
        f.page.text(
            m + 50, f.y, fit(words(rng, lg, 7), s.font, s.size, w - 2 * m - 50), s.font, s.size
        )
        f.y += s.size * 1.6
    if rng.random() < 0.6:
        f.new_page()
        caption(f, s, tr(lg, "Shot list", "Motivliste", "Liste des plans"))
        table(
            f,
            columns(m, w - m, [(0.5, "left"), (5, "left"), (1, "left"), (0.8, "center")]),
            ["#", tr(lg, "Shot", "Motiv", "Plan"), "Set", "OK"],
            [
                [str(k + 1), words(rng, lg, 7).rstrip("."), f"Set {rng.randint(1, 4)}", "[ ]"]
                for k in range(rng.randint(10, 30))
            ],
            s,
            rules=True,
        )
    remember(d, job, (crow, clg), (None, shoot, subject))
    return close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", h.numbers]))


# ---------------------------------------------------------------------------------------------
# Templates SSS: suppliers' invoices and notes
# ---------------------------------------------------------------------------------------------

ITEMS = {
    "hire": {
        "en": [
            "Profoto B10X Plus kit",
            "Broncolor Siros 800 L",
            "Canon EOS R5 body",
            "RF 24-70mm f/2.8",
            'C-stand 40"',
            "Octabox 150cm",
            "Aputure 600d Pro",
            "Phase One IQ4 150MP back",
            "Laptop tether kit",
            "Sandbags x10",
        ],
        "de": [
            "Profoto B10X Plus Set",
            "Broncolor Siros 800 L",
            "Canon EOS R5 Body",
            "RF 24-70mm f/2.8",
            'C-Stand 40"',
            "Octabox 150 cm",
            "Aputure 600d Pro",
            "Phase One IQ4 150MP",
            "Tethering-Set Laptop",
            "Sandsäcke 10 Stk.",
        ],
        "fr": [
            "Kit Profoto B10X Plus",
            "Broncolor Siros 800 L",
            "Boîtier Canon EOS R5",
            "RF 24-70mm f/2,8",
            'Pied C-stand 40"',
            "Octabox 150 cm",
            "Aputure 600d Pro",
            "Dos Phase One IQ4 150MP",
            "Kit tethering portable",
            "Sacs de sable x10",
        ],
    },
    "lab": {
        "en": [
            "Giclée print 40x50 Photo Rag",
            "C-type print 30x40 lustre",
            "Dibond mount A2",
            "Contact prints 10x15",
            "Test strip",
            "Oak frame 50x70",
            "Scan 6x7 negative",
        ],
        "de": [
            "Fine-Art-Print 40x50 Photo Rag",
            "Ausbelichtung 30x40 Lustre",
            "Kaschierung Alu-Dibond A2",
            "Kontaktabzüge 10x15",
            "Teststreifen",
            "Eichenrahmen 50x70",
            "Scan Negativ 6x7",
        ],
        "fr": [
            "Tirage jet d'encre 40x50 Photo Rag",
            "Tirage argentique 30x40 brillant",
            "Contrecollage Dibond A2",
            "Planche contact 10x15",
            "Bande test",
            "Cadre chêne 50x70",
            "Numérisation négatif 6x7",
        ],
    },
    "props": {
        "en": [
            "Flat 8x4 ft painted",
            "Faux brick wall panel",
            "Plinth, white gloss",
            "Kitchen props hire (week)",
            "Paper roll 2.72m Storm Grey",
            "Set build labour",
            "Van delivery and collection",
        ],
        "de": [
            "Wandelement 2,4x1,2 m gestrichen",
            "Ziegelwand-Paneel",
            "Podest weiß",
            "Requisitenmiete Küche (Woche)",
            "Hintergrundkarton 2,72 m Grau",
            "Bauarbeiten Kulisse",
            "Anlieferung und Abholung",
        ],
        "fr": [
            "Panneau 2,4x1,2 m peint",
            "Panneau faux briques",
            "Socle laqué blanc",
            "Location accessoires cuisine (semaine)",
            "Fond papier 2,72 m gris",
            "Main d'oeuvre construction décor",
            "Livraison et reprise",
        ],
    },
}
INVOICE_WORD = {"en": "INVOICE", "de": "RECHNUNG", "fr": "FACTURE"}


def supplier_invoice(
    rng: random.Random, who: Issuer, role: str, kinds: tuple[str, ...], abroad: float
) -> tuple[list[Page], Head, Style, date, list[list[str]]]:
    """An invoice of a hire company, print lab or props supplier to the studio; returns its
    pages (footer not yet added), sender, style, day and lines."""
    h = head_of(who, role, abroad)
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = next_day(rng, kinds, (0, 6))
    ex = LAST["extra"]
    no = (
        ex + rng.randint(1, 40)
        if after(role + "_invoice") and isinstance(ex, int)
        else rng.randint(10000, 89999)
    )
    job = job_ref(rng, kinds)
    f = sheets(s, h, f"{INVOICE_WORD[lg].title()} {no}")
    sth = studio()
    refs = [
        (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), str(no)),
        (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "99999")),
        (tr(lg, "Your ref.", "Ihr Zeichen", "Votre réf."), job),
    ]
    recipient(f, s, h, lines_of(sth, tr(lg, "Accounts", "Buchhaltung", "Comptabilité")), d, refs)
    caption(f, s, INVOICE_WORD[lg], grow=5)
    rows: list[list[str]] = []
    net = 0.0
    items = ITEMS[role][lg]
    days = rng.choice([1, 2, 3, 5]) if role == "hire" else 1
    if role == "hire":
        back = d - timedelta(days=days)
        write(
            f,
            s,
            tr(
                lg,
                f"Hire period {short(back, lg)} - {short(d, lg)} ({days} days)",
                f"Mietzeitraum {short(back, lg)} - {short(d, lg)} ({days} Tage)",
                f"Période de location du {short(back, lg)} au {short(d, lg)}",
            ),
        )
    for it in rng.sample(items, rng.randint(2, len(items))):
        q = rng.randint(1, 4)
        u = round(rng.uniform(8, 180), 2) if role != "props" else round(rng.uniform(40, 900), 0)
        v = round(q * u * days * (0.8 if days >= 3 else 1), 2)
        net += v
        rows.append(
            [
                serial(rng, "AA-999"),
                it,
                str(q),
                *([str(days)] if role == "hire" else []),
                cash(u, lg),
                cash(v, lg),
            ]
        )
    spec = [(1, "left"), (4.5, "left"), (0.6, "right")]
    head = [
        tr(lg, "Code", "Art.-Nr.", "Réf."),
        tr(lg, "Description", "Bezeichnung", "Désignation"),
        tr(lg, "Qty", "Menge", "Qté"),
    ]
    if role == "hire":
        spec.append((0.7, "right"))
        head.append(tr(lg, "Days", "Tage", "Jours"))
    spec += [(1.3, "right"), (1.4, "right")]
    head += [tr(lg, "Unit", "Preis", "P.U. HT"), tr(lg, "Amount", "Betrag", "Montant HT")]
    table(f, columns(m, w - m, spec), head, rows, s, shade=0.9)
    rate = vat_rate(lg) if lg == home() else 0.0
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        tr(
            lg,
            "Payment within 30 days of invoice date. " if rate else "Reverse charge. ",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. "
            if rate
            else "Steuerschuldnerschaft des Leistungsempfängers. ",
            "Paiement à 30 jours date de facture. " if rate else "Autoliquidation. ",
        )
        + prose(rng, lg, 0, 1),
    )
    remember(d, job, None, no)
    return f.pages, h, s, d, rows


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment hire company's invoice: hire period, items with days and rates; the hire
    terms on the back now and then."""
    pages, h, s, d, _ = supplier_invoice(rng, who, "hire", ("delivery_note", "hire_invoice"), 0.15)
    received(rng, pages[0], home(), d)
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h.lang,
                tr(
                    h.lang,
                    "Conditions of Hire",
                    "Mietbedingungen",
                    "Conditions générales de location",
                ),
                [words(rng, h.lang, 3).rstrip(".") for _ in range(16)],
            )
        )
    LAST["extra"] = None
    return close(pages, s, h)


def tpl_lab_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A print lab's invoice for prints, mounts and scans."""
    pages, h, s, d, _ = supplier_invoice(rng, who, "lab", ("lab_invoice",), 0.1)
    received(rng, pages[0], home(), d)
    return close(pages, s, h)


def tpl_props_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A props or set building supplier's invoice, sometimes with its signed delivery docket
    (A5) stapled behind."""
    pages, h, s, d, rows = supplier_invoice(rng, who, "props", ("props_invoice", "call_sheet"), 0.0)
    lg = h.lang
    if rng.random() < 0.4:
        s5 = paper(s, A5, margin=32, pt=8)
        p = Page(A5)
        y = heading(p, s5, h)
        p.text(32, y, tr(lg, "DELIVERY DOCKET", "LIEFERSCHEIN", "BON DE LIVRAISON"), s5.bold, 12)
        p.text(A5[0] - 32, y, serial(rng, "D-99999"), s5.font, 9, "right")
        y += 20
        for r_ in rows:
            p.text(32, y, fit(f"{r_[2]} x {r_[1]}", s5.font, 8, A5[0] - 64), s5.font, 8)
            y += 12
        y += 30
        sign_block(
            p,
            s5,
            32,
            y,
            160,
            tr(lg, "Received by", "Empfangen", "Reçu par"),
            person(rng, home()),
            short(d - timedelta(days=rng.randint(1, 9)), lg),
        )
        return [*close(pages, s, h), p]
    return close(pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment hire company's delivery or return note: items with serial numbers, out
    and in tick columns, remarks by hand, signatures; landscape A5 or A4."""
    h = head_of(who, "hire", 0.15)
    lg = h.lang
    size = rng.choice([A5L, A4, A5L])
    s = style_of(h, size, margin=32 if size == A5L else 0, pt=8 if size == A5L else 0)
    w, _ = size
    m = s.margin
    d = next_day(rng, ("delivery_note",), (1, 4))
    job = job_ref(rng, ("delivery_note",))
    ret = after("delivery_note") and rng.random() < 0.6
    f = sheets(s, h)
    p = f.page
    title = tr(
        lg,
        "RETURN NOTE" if ret else "DELIVERY NOTE",
        "RÜCKGABESCHEIN" if ret else "LIEFERSCHEIN / AUSGABE",
        "BON DE RETOUR" if ret else "BON DE SORTIE",
    )
    p.text(m, f.y, title, s.bold, 13)
    p.text(w - m, f.y, f"No. {serial(rng, '99999')}", s.font, 9, "right")
    f.y += 18
    p.text(
        m,
        f.y,
        fit(
            f"{studio().name} - {tr(lg, 'Job', 'Projekt', 'Projet')} {job} - {short(d, lg)}",
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
    )
    f.y += 16
    items = rng.sample(ITEMS["hire"][lg], rng.randint(3, 9 if size != A5L else 6))
    table(
        f,
        columns(
            m, w - m, [(0.6, "right"), (4, "left"), (2, "left"), (0.7, "center"), (0.7, "center")]
        ),
        [
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Serial no.", "Seriennr.", "N° série"),
            "Out",
            "In",
        ],
        [
            [str(rng.randint(1, 3)), it, serial(rng, "AA99999999"), "X", "X" if ret else ""]
            for it in items
        ],
        s,
        rules=True,
    )
    if ret and rng.random() < 0.5:
        hand(
            f.page,
            m,
            f.y + 4,
            tr(lg, "1x cable damaged - see photo", "Kabel defekt", "1 câble abîmé"),
            9,
        )
        f.y += 16
    f.need(50)
    cw = (w - 2 * m - 30) / 2
    sign_block(
        f.page,
        s,
        m,
        f.y + 26,
        cw,
        tr(lg, "Issued by", "Ausgegeben", "Remis par"),
        person(rng, lg),
        "",
    )
    sign_block(
        f.page,
        s,
        m + cw + 30,
        f.y + 26,
        cw,
        tr(lg, "Received by", "Übernommen", "Reçu par"),
        person(rng, home()),
        short(d, lg),
    )
    remember(d, job)
    return close(f.pages, s, h, numbers="none")


def tpl_assistant_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance assistant's invoice: days on the studio's jobs, expenses, the small
    business note and bank details; sometimes a hand-filled timesheet behind."""
    h = head_of(who, "assistant", 0.1)
    lg = h.lang
    size = A5 if rng.random() < 0.3 else A4
    s = style_of(h, size, margin=40 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    d = next_day(rng, ("assistant_invoice", "call_sheet"), (0, 5))
    ex = LAST["extra"]
    no = ex + 1 if after("assistant_invoice") and isinstance(ex, int) else rng.randint(14, 160)
    f = sheets(s, h)
    sth = studio()
    recipient(
        f, s, h, lines_of(sth), d, [(tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), str(no))]
    )
    caption(f, s, f"{INVOICE_WORD[lg].title()} {no}", grow=2)
    rate = rng.choice([180.0, 220.0, 250.0, 300.0])
    rows = []
    net = 0.0
    for _ in range(rng.randint(1, 5)):
        dd = d - timedelta(days=rng.randint(1, 25))
        job = job_ref(rng, ("call_sheet",))
        rows.append(
            [
                short(dd, lg),
                f"{tr(lg, 'Assisting, job', 'Assistenz, Projekt', 'Assistanat, projet')} {job}",
                cash(rate, lg),
            ]
        )
        net += rate
    if rng.random() < 0.5:
        km = rng.randint(20, 240)
        rows.append(
            [
                "",
                tr(
                    lg,
                    f"Mileage {km} miles @ 0.45",
                    f"Fahrtkosten {km} km x 0,30",
                    f"Indemnités km {km} km",
                ),
                cash(km * 0.3, lg),
            ]
        )
        net += km * 0.3
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (4, "left"), (1.3, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Prestation"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    vat = rng.random() < 0.3
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if vat else 0.0,
        ""
        if vat
        else tr(
            lg,
            "Not registered for VAT.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "TVA non applicable, art. 293 B du CGI.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Bank: sort code {serial(keyed(who, 'b'), '99-99-99')}, account "
            f"{serial(keyed(who, 'b'), '99999999')}",
            f"Bankverbindung: IBAN DE{serial(keyed(who, 'b'), '99 9999 9999 9999 9999 99')}",
            f"RIB : FR76 {serial(keyed(who, 'b'), '9999 9999 9999 9999 999')}",
        ),
        s.size - 1,
    )
    write(f, s, tr(lg, "Thanks!", "Vielen Dank!", "Merci !"))
    pages = f.pages
    if rng.random() < 0.35:
        p = Page(A4)
        p.text(
            54, 60, tr(lg, "Timesheet", "Stundenzettel", "Relevé d'heures"), "Helvetica-Bold", 13
        )
        hand(p, 300, 60, h.name.split(" - ")[0], 10)
        y = 90.0
        cols = [54, 130, 200, 270, 340, 541]
        for k, t in enumerate(
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "End", "Ende", "Fin"),
                tr(lg, "Hours", "Std.", "Heures"),
                tr(lg, "Job / notes", "Projekt / Notiz", "Projet"),
            ]
        ):
            p.text(cols[k] + 3, y, t, "Helvetica-Bold", 8)
        for r_ in rows[: rng.randint(1, len(rows))]:
            y += 20
            p.line(54, y - 13, 541, y - 13)
            hand(p, 57, y, r_[0], 9)
            a, b = rng.randint(7, 9), rng.randint(17, 21)
            hand(p, 133, y, f"{a}:00", 9)
            hand(p, 203, y, f"{b}:30", 9)
            hand(p, 273, y, f"{b - a + 0.5:g}", 9)
            hand(p, 343, y, fit(r_[1], HAND, 9, 190), 9)
        p.rect(54, 77, 487, y - 70)
        scrawl(p, 380, y + 60, person(random.Random(zlib.crc32(sth.name.encode())), home()))
        p.text(380, y + 72, tr(lg, "approved", "freigegeben", "validé"), "Helvetica", 7)
        pages.append(p)
    remember(d, "", None, no)
    return close(pages, s, h, numbers="none")


def tpl_royalty_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A stock agency's royalty statement for the studio's contributor account, on landscape
    pages: summary, the sales line by line over one to four sheets, the payout."""
    h = head_of(who, "stock", 0.45)
    lg = h.lang
    s = style_of(h, A4L, margin=40, pt=8)
    w, _ = A4L
    m = s.margin
    ex = LAST["extra"]
    if after("royalty_statement") and isinstance(ex, date):
        period = date(ex.year - (ex.month == 1), (ex.month - 2) % 12 + 1, 1)
    else:
        period = date(month().year - (month().month == 1), (month().month - 2) % 12 + 1, 1)
    d = period + timedelta(days=rng.randint(40, 55))
    acct = serial(keyed(who, "acct"), "C-999999")
    label = tr(lg, "Royalty statement", "Honorarabrechnung", "Relevé de droits d'auteur")
    per = tr(
        lg,
        f"{period.strftime('%B %Y')}",
        f"{period.month:02d}/{period.year}",
        f"{period.month:02d}/{period.year}",
    )
    f = sheets(s, h, f"{label} {per} - {acct}")
    sth = studio()
    recipient(
        f,
        s,
        h,
        lines_of(sth),
        d,
        [
            (tr(lg, "Contributor", "Urheber-Nr.", "Photographe n°"), acct),
            (tr(lg, "Period", "Zeitraum", "Période"), per),
        ],
    )
    caption(f, s, f"{label} - {per}", grow=3)
    rows = []
    tot = 0.0
    share = rng.choice([40, 45, 50])
    for _ in range(rng.randint(8, 60)):
        g = rng.choice([12.0, 35.0, 60.0, 120.0, 250.0, 480.0, 2.4, 0.85])
        roy = round(g * share / 100, 2)
        tot += roy
        rows.append(
            [
                short(period + timedelta(days=rng.randint(0, 27)), lg),
                serial(rng, "99999999"),
                words(rng, lg, 4).rstrip("."),
                rng.choice(["RM", "RF", "RF-Sub", "RM-Ed"]),
                rng.choice(["GB", "DE", "FR", "US", "NL", "IT", "JP", "WW"]),
                cash(g, lg),
                f"{share}%",
                cash(roy, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (1.3, "left"),
                (4, "left"),
                (0.9, "left"),
                (0.8, "left"),
                (1.2, "right"),
                (0.8, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Sale date", "Verkauf", "Date"),
            tr(lg, "Image ID", "Bild-ID", "Réf."),
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Licence", "Lizenz", "Licence"),
            tr(lg, "Country", "Land", "Pays"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Share", "Anteil", "Part"),
            tr(lg, "Royalty", "Honorar", "Droits"),
        ],
        rows,
        s,
        step=1.45,
    )
    f.need(40)
    f.page.text(
        w - m,
        f.y + 6,
        f"{tr(lg, 'Total royalties', 'Summe Honorare', 'Total droits')}: {cash(round(tot, 2), lg)}",
        s.bold,
        9,
        "right",
    )
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            "Payments are made when the balance exceeds the payout threshold.",
            "Auszahlung erfolgt ab Erreichen der Mindestsumme.",
            "Le versement intervient au-delà du seuil de paiement.",
        ),
        7.5,
    )
    remember(d, "", None, period)
    return close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers]))


def tpl_studio_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's hire agreement with another photographer renting the space: hirer,
    booking, included kit ticked, deposit, signatures; the house rules on a second page."""
    h = studio()
    lg = h.lang
    s = style_of(h, A4, margin=48, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "Studio Hire Agreement", "Studiomietvertrag", "Contrat de location de studio"),
        s.bold,
        14,
    )
    no = serial(rng, "SH-9999")
    p.text(w - m, y, no, s.font, 9, "right")
    y = band(p, s, y + 22, tr(lg, "Hirer", "Mieter", "Locataire"))
    hirer = person(rng, lg)
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), hirer),
            (
                tr(lg, "Company", "Firma", "Société"),
                rng.choice(["", f"{hirer.split()[-1]} Photo", "Freelance"]),
            ),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 99)} {rng.choice(ROADS[lg])}",
            ),
            (tr(lg, "Mobile", "Mobil", "Portable"), serial(rng, "07999 999999")),
            ("E-mail", f"{hirer.split()[0].lower()}@{rng.choice(['gmail.com', 'studio.net'])}"),
            (
                tr(lg, "Insurance (public liability)", "Haftpflichtversicherung", "RC Pro"),
                serial(rng, "AA-9999999"),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Booking", "Buchung", "Réservation"))
    y += 14
    rows = []
    tot = 0.0
    for k in range(rng.randint(1, 3)):
        hrs = rng.choice([4, 8, 10])
        v = hrs * rng.choice([55.0, 65.0, 80.0])
        tot += v
        rows.append(
            [
                short(d + timedelta(days=k + rng.randint(2, 9)), lg),
                f"Studio {rng.randint(1, 2)}",
                f"{hrs} h",
                cash(v, lg),
            ]
        )
    cols = columns(m, w - m, [(1.5, "left"), (1.5, "left"), (1, "right"), (1.5, "right")])
    for r_ in rows:
        for c, t in zip(cols, r_, strict=True):
            hand(p, c[0] + 2 if c[2] == "left" else c[1] - tw(t, HAND, 9), y, t, 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 18
    y = band(p, s, y + 6, tr(lg, "Included", "Inklusive", "Inclus"))
    kit = [
        "Cyclorama",
        "Profoto D2 x4",
        tr(lg, "Paper rolls", "Hintergrundkarton", "Fonds papier"),
        tr(lg, "Kitchen", "Küche", "Cuisine"),
        "Wi-Fi",
        tr(lg, "Parking", "Parkplatz", "Parking"),
    ]
    y = ticks(p, s, m, y + 14, w - 2 * m, kit, set(rng.sample(range(6), rng.randint(2, 5))))
    y = pairs(
        p,
        s,
        m,
        y + 6,
        [
            (tr(lg, "Hire fee (net)", "Miete netto", "Location HT"), cash(tot, lg)),
            (tr(lg, "Deposit", "Kaution", "Caution"), cash(rng.choice([200.0, 300.0, 500.0]), lg)),
        ],
        w * 0.6,
    )
    y += 40
    cw = (w - 2 * m - 30) / 2
    sign_block(p, s, m, y, cw, tr(lg, "Hirer", "Mieter", "Le locataire"), hirer, short(d, lg))
    sign_block(
        p,
        s,
        m + cw + 30,
        y,
        cw,
        tr(lg, "For the studio", "Für das Studio", "Pour le studio"),
        person(random.Random(zlib.crc32(h.name.encode())), lg),
        short(d, lg),
    )
    pages = [p]
    if rng.random() < 0.65:
        f = Sheets(A4, A4[1] - 60, lambda pg, n: m)
        caption(f, s, tr(lg, "House rules", "Hausordnung", "Règlement intérieur"))
        for k in range(rng.randint(8, 14)):
            write(f, s, f"{k + 1}. {words(rng, lg)}", indent=8)
        pages = [p, *f.pages]
    remember(d)
    return close(pages, s, h, numbers="none")


def tpl_wedding_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's wedding photography contract: a covering letter now and then, the
    couple and the day, the package, the payment schedule, the terms and a signature page."""
    h = studio()
    lg = h.lang
    s = style_of(h, LETTER if rng.random() < 0.1 else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    wedding = d + timedelta(days=rng.randint(60, 400))
    a, b = person(rng, lg), person(rng, lg)
    pages: list[Page] = []
    if rng.random() < 0.5:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            [
                f"{a} & {b}",
                f"{rng.randint(1, 120)} "
                f"{rng.choice(['Grove Road', 'Gartenstraße', 'rue des Lilas'])}",
                rng.choice(SENDERS["client"][lg])[2],
            ],
            d,
            [],
        )
        write(
            c,
            s,
            tr(
                lg,
                f"Dear {a.split()[0]} and {b.split()[0]},",
                f"Liebe {a.split()[0]}, lieber {b.split()[0]},",
                f"Chère {a.split()[0]}, cher {b.split()[0]},",
            ),
        )
        write(c, s, prose(rng, lg, 3, 5))
        write(
            c,
            s,
            tr(
                lg,
                "Please sign both copies and return one with the booking fee.",
                "Bitte senden Sie ein unterschriebenes Exemplar zurück.",
                "Merci de nous retourner un exemplaire signé avec l'acompte.",
            ),
        )
        regards(c, s, lg, person(random.Random(zlib.crc32(h.name.encode())), lg))
        pages += close(c.pages, s, h, numbers="none")
    title = tr(
        lg,
        "Wedding Photography Contract",
        "Vertrag Hochzeitsfotografie",
        "Contrat de reportage de mariage",
    )
    f = sheets(s, h, f"{title} - {a} & {b}")
    caption(f, s, title, grow=5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client 1", "Brautpaar 1", "Marié(e) 1"), a),
            (tr(lg, "Client 2", "Brautpaar 2", "Marié(e) 2"), b),
            (tr(lg, "Wedding date", "Hochzeitsdatum", "Date du mariage"), day(h, wedding)),
            (tr(lg, "Ceremony venue", "Trauung", "Cérémonie"), rng.choice(SENDERS["owner"][lg])[0]),
            (tr(lg, "Coverage", "Begleitung", "Couverture"), f"{rng.choice([4, 6, 8, 10])} h"),
            (
                tr(lg, "Second shooter", "Zweitfotograf", "Second photographe"),
                rng.choice(yes_no_list(lg)),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    pkg = rng.choice([1650.0, 2200.0, 2950.0, 3600.0])
    rows = [
        [
            tr(lg, "Package", "Paket", "Formule")
            + f" {rng.choice(['Classic', 'Premium', 'Intime'])}",
            cash(pkg, lg),
        ]
    ]
    for t, v in [
        (tr(lg, "Fine art album 30x30", "Fotobuch 30x30", "Album 30x30"), 590.0),
        (tr(lg, "Engagement shoot", "Verlobungsshooting", "Séance engagement"), 350.0),
        (tr(lg, "Travel", "Anfahrt", "Déplacement"), 120.0),
    ]:
        if rng.random() < 0.5:
            rows.append([t, cash(v, lg)])
            pkg += v
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.5, "right")]),
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Price", "Preis", "Prix")],
        rows,
        s,
        rules=True,
    )
    f.heading(m, tr(lg, "Payment schedule", "Zahlungsplan", "Échéancier"), s.bold, s.size + 1)
    dep = round(pkg * 0.3, 2)
    for t, when, v in [
        (tr(lg, "Booking fee", "Anzahlung", "Acompte"), d, dep),
        (tr(lg, "Balance", "Restzahlung", "Solde"), wedding - timedelta(days=28), pkg - dep),
    ]:
        f.page.text(m, f.y, f"{t} - {day(h, when)}", s.font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), s.font, s.size, "right")
        f.y += s.size * 1.6
    f.heading(m, tr(lg, "Terms", "Vertragsbedingungen", "Conditions"), s.bold, s.size + 1)
    for k in range(rng.randint(8, 16)):
        write(f, s, f"{k + 1}. {prose(rng, lg, 1, 3)}", s.size - 1)
    f.new_page()
    f.page.text(
        m,
        f.y + 10,
        tr(lg, "Agreed and signed", "Vereinbart und unterschrieben", "Lu et approuvé"),
        s.bold,
        11,
    )
    y = f.y + 70
    cw = (w - 2 * m - 30) / 2
    sign_block(
        f.page, s, m, y, cw, tr(lg, "Client", "Brautpaar", "Les mariés"), a, "", rng.random() < 0.7
    )
    sign_block(
        f.page,
        s,
        m + cw + 30,
        y,
        cw,
        tr(lg, "Client", "Brautpaar", "Les mariés"),
        b,
        "",
        rng.random() < 0.7,
    )
    sign_block(
        f.page,
        s,
        m,
        y + 80,
        cw,
        h.name,
        person(random.Random(zlib.crc32(h.name.encode())), lg),
        short(d, lg),
    )
    pages += close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", h.numbers]))
    remember(d)
    return pages


def yes_no_list(lg: str) -> list[str]:
    return [tr(lg, "Yes", "Ja", "Oui"), tr(lg, "No", "Nein", "Non")]


# ---------------------------------------------------------------------------------------------
# Templates SSS: insurance, copyright, the studio's invoices and contact sheets
# ---------------------------------------------------------------------------------------------


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment insurance renewal: covering letter, the schedule, the list of insured
    items with serial numbers and values, and pages of policy wording."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    sth = studio()
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["PHO/999999/AA", "99-999.999-9", "AA99999999"]))
    c = sheets(s, h)
    recipient(
        c, s, h, lines_of(sth), d, [(tr(lg, "Policy no.", "Vers.-Schein-Nr.", "Contrat n°"), pol)]
    )
    caption(
        c,
        s,
        tr(
            lg,
            "Your policy renewal",
            "Ihre Vertragsverlängerung",
            "Renouvellement de votre contrat",
        ),
        grow=1,
    )
    write(c, s, dear(lg, None))
    write(c, s, prose(rng, lg, 2, 4))
    write(c, s, prose(rng, lg, 1, 3))
    regards(c, s, lg, person(rng, lg), tr(lg, "Account Handler", "Kundenbetreuung", "Gestionnaire"))
    pages = close(c.pages, s, h, numbers="none")
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    g = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        g, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), grow=4
    )
    g.y = (
        pairs(
            g.page,
            s,
            m,
            g.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), sth.name),
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - "
                    f"{short(date(start.year + 1, start.month, 1) - timedelta(1), lg)}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(lg, "Commercial photography", "Fotostudio", "Studio photo"),
                ),
            ],
            w - m,
        )
        + 8
    )
    secs = [
        (
            tr(
                lg,
                "Equipment all risks",
                "Foto- und Filmtechnik (Allgefahren)",
                "Matériel tous risques",
            ),
            48000.0,
        ),
        (tr(lg, "Public liability", "Betriebshaftpflicht", "RC Pro"), 2000000.0),
        (tr(lg, "Hired-in equipment", "Fremdgemietetes Equipment", "Matériel loué"), 25000.0),
        (tr(lg, "Data & media loss", "Datenverlust", "Perte de données"), 10000.0),
    ]
    prem = 0.0
    rows = []
    for t, v in secs[: rng.randint(2, 4)]:
        pr = round(v * rng.uniform(0.001, 0.02), 2) if v < 1e6 else 180.0
        prem += pr
        rows.append([t, cash(v, lg), cash(rng.choice([100.0, 250.0, 500.0]), lg), cash(pr, lg)])
    table(
        g,
        columns(m, w - m, [(4, "left"), (1.6, "right"), (1.3, "right"), (1.3, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured", "Summe", "Capital"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Prämie", "Prime"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    g.new_page()
    caption(g, s, tr(lg, "Specified items", "Geräteliste", "Liste du matériel assuré"))
    items = ITEMS["hire"][lg] + ["MacBook Pro 16", "Eizo CG2700X", "DJI Ronin RS3"]
    table(
        g,
        columns(m, w - m, [(4, "left"), (2, "left"), (1, "left"), (1.4, "right")]),
        [
            tr(lg, "Item", "Gerät", "Matériel"),
            tr(lg, "Serial no.", "Seriennr.", "N° série"),
            tr(lg, "Year", "Baujahr", "Année"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        [
            [
                it,
                serial(rng, "AA99999999"),
                str(rng.randint(2017, 2025)),
                cash(rng.choice([450.0, 1290.0, 2890.0, 4200.0, 38900.0]), lg),
            ]
            for it in rng.sample(items, rng.randint(6, len(items)))
        ],
        s,
        rules=True,
    )
    pages += close(
        g.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}"]),
    )
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            pages.append(
                small_print(
                    rng,
                    s,
                    lg,
                    tr(
                        lg,
                        "Policy wording",
                        "Allgemeine Versicherungsbedingungen",
                        "Conditions générales",
                    ),
                    [words(rng, lg, 3).rstrip(".") for _ in range(16)],
                )
            )
    remember(d)
    return pages


def tpl_infringement_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter about unlicensed use of the studio's photographs, from the studio or its
    solicitor, with a fee for the use and screenshots of the use enclosed."""
    sth = studio()
    h = sth if rng.random() < 0.45 else head_of(who, "lawyer")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    inf = keyed(who, "inf")
    ilg = home() if inf.random() < 0.8 else inf.choice(["en", "de", "fr"])
    irow = inf.choice(SENDERS["infringer"][ilg])
    d = some_day(rng)
    ref = serial(rng, "AA/9999/99")
    f = sheets(s, h, f"{tr(lg, 'Our ref.', 'Unser Zeichen', 'Nos réf.')} {ref}")
    recipient(
        f,
        s,
        h,
        [irow[0], irow[1], irow[2]],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Nos réf."), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Unauthorised use of copyright photographs",
            "Urheberrechtsverletzung - Abmahnung",
            "Contrefaçon - utilisation non autorisée de photographies",
        ),
        grow=1,
    )
    write(f, s, dear(lg, None))
    n = rng.randint(1, 4)
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[ilg]
    url = f"www.{irow[0].split()[0].lower().strip('.,')}.{tld}"
    write(
        f,
        s,
        tr(
            lg,
            f"It has come to our attention that {n} photograph(s) by {sth.name} are "
            f"used on {url} without a licence.",
            f"wir zeigen an, dass wir {sth.name} vertreten. Auf {url} werden {n} "
            "Fotografien unseres Mandanten ohne Lizenz genutzt."
            if h is not sth
            else f"auf {url} werden {n} unserer Fotografien ohne Lizenz genutzt.",
            f"nous constatons que {n} photographie(s) de {sth.name} sont reproduites sur "
            f"{url} sans autorisation.",
        ),
    )
    write(f, s, prose(rng, lg, 2, 4))
    fee = 0.0
    rows = []
    for k in range(n):
        v = rng.choice([450.0, 650.0, 900.0, 1200.0])
        fee += v
        rows.append(
            [
                str(k + 1),
                serial(rng, "AA_9999"),
                tr(lg, "website, 2 years", "Website, 2 Jahre", "site web, 2 ans"),
                cash(v, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (1.5, "left"), (3, "left"), (1.4, "right")]),
        [
            "#",
            tr(lg, "Image", "Bild", "Image"),
            tr(lg, "Use", "Nutzung", "Utilisation"),
            tr(lg, "Fee", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    pay = d + timedelta(days=14)
    write(
        f,
        s,
        tr(
            lg,
            f"We ask you to remove the images and pay {cash(fee, lg)} by {day(h, pay)}.",
            f"Wir fordern Sie auf, die Bilder zu entfernen und {cash(fee, lg)} bis zum "
            f"{day(h, pay)} zu zahlen.",
            f"Nous vous demandons de retirer les images et de régler {cash(fee, lg)} "
            f"avant le {day(h, pay)}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Solicitor", "Rechtsanwalt", "Avocat")
        if h is not sth
        else tr(lg, "Studio Manager", "Studioleitung", "Gérante"),
    )
    f.page.text(
        m,
        min(f.y + 6, hh - 80),
        tr(lg, "Encl.: screenshots", "Anlage: Screenshots", "P.J. : captures d'écran"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    for k in range(rng.randint(1, n)):
        p = Page(A4 if rng.random() < 0.6 else A4L)
        pw, ph = p.size
        p.text(
            36,
            30,
            tr(lg, f"Annex {k + 1}", f"Anlage {k + 1}", f"Pièce n° {k + 1}"),
            "Helvetica-Bold",
            10,
        )
        p.rect(36, 44, pw - 72, 18, fill=0.9)
        p.text(
            44,
            57,
            fit(
                f"https://{url}/{words(rng, 'en', 3).lower().replace(' ', '-')}",
                "Helvetica",
                8,
                pw - 120,
            ),
            "Helvetica",
            8,
        )
        p.rect(36, 62, pw - 72, ph - 160)
        p.text(50, 84, irow[0], "Helvetica-Bold", 12)
        photo(p, 50, 96, (pw - 100) * 0.6, (ph - 200) * 0.55, rng)
        for j in range(rng.randint(4, 9)):
            p.text(
                50,
                110 + (ph - 200) * 0.55 + 12 * j,
                fit(words(rng, ilg, 10), "Helvetica", 8, pw - 110),
                "Helvetica",
                8,
            )
        p.text(
            36,
            ph - 80,
            fit(
                tr(
                    lg,
                    f"Screenshot taken {short(d - timedelta(days=3), lg)}",
                    f"Screenshot vom {short(d - timedelta(days=3), lg)}",
                    f"Capture du {short(d - timedelta(days=3), lg)}",
                ),
                "Helvetica",
                8,
                pw - 72,
            ),
            "Helvetica-Oblique",
            8,
        )
        pages.append(p)
    remember(d, ref, (irow, ilg), (fee, h.name))
    return pages


def tpl_infringement_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The reply of the party using the images, or its lawyer: apology and payment, an offer,
    or a denial; sometimes with a remittance slip."""
    c = LAST["client"]
    ex = LAST["extra"]
    if after("infringement_letter") and isinstance(c, tuple):
        irow, ilg = c
        ref = str(LAST["job"])
        fee, to = ex if isinstance(ex, tuple) else (600.0, studio().name)
    else:
        inf = keyed(who, "inf")
        ilg = home()
        irow = inf.choice(SENDERS["infringer"][ilg])
        ref, fee, to = serial(rng, "AA/9999/99"), rng.choice([650.0, 900.0]), studio().name
    h = make_head(irow, ilg, "infringer")
    lg = h.lang
    s = style_of(h)
    d = next_day(rng, ("infringement_letter",), (5, 20))
    f = sheets(s, h)
    sth = studio()
    dest = lines_of(sth) if to == sth.name else [to, sth.street, sth.town]
    recipient(f, s, h, dest, d, [(tr(lg, "Your ref.", "Ihr Zeichen", "Vos réf."), ref)])
    mood = rng.choice(["pay", "offer", "deny"])
    caption(
        f,
        s,
        tr(
            lg, f"Your letter ref. {ref}", f"Ihr Schreiben, Az. {ref}", f"Votre courrier réf. {ref}"
        ),
        grow=1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        {
            "pay": tr(
                lg,
                f"The images have been removed and we have paid {cash(fee, lg)}.",
                f"Die Bilder wurden entfernt; den Betrag von {cash(fee, lg)} haben wir überwiesen.",
                f"Les images ont été retirées et nous avons réglé {cash(fee, lg)}.",
            ),
            "offer": tr(
                lg,
                f"We offer {cash(round(fee * 0.5), lg)} in full settlement.",
                f"Wir bieten zur Abgeltung {cash(round(fee * 0.5), lg)} an.",
                f"Nous proposons {cash(round(fee * 0.5), lg)} pour solde.",
            ),
            "deny": tr(
                lg,
                "We bought the images from a web designer in good faith.",
                "Die Bilder wurden uns von einer Webagentur geliefert.",
                "Les images nous ont été fournies par notre prestataire web.",
            ),
        }[mood],
    )
    write(f, s, prose(rng, lg, 1, 3))
    regards(f, s, lg, person(rng, lg), tr(lg, "Director", "Geschäftsführer", "Gérant"))
    pages = f.pages
    received(rng, pages[0], home(), d, 0.5)
    if mood == "pay" and rng.random() < 0.5:
        p = Page(A5L)
        p.text(
            30,
            40,
            tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE VIREMENT"),
            "Helvetica-Bold",
            12,
        )
        pairs(
            p,
            s,
            30,
            70,
            [
                (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), sth.name),
                (tr(lg, "Reference", "Verwendungszweck", "Référence"), ref),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(fee, lg)),
                (tr(lg, "Value date", "Valuta", "Date de valeur"), short(d, lg)),
            ],
            A5L[0] - 30,
            9,
        )
        pages.append(p)
    remember(d)
    return (
        close(pages, s, h, numbers="none")
        if len(pages) == 1
        else [*close(pages[:-1], s, h), pages[-1]]
        if mood == "pay"
        else close(pages, s, h)
    )


def tpl_studio_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's invoice to a client with the licence granted on payment, now and then
    with the usage terms on a second page."""
    h = studio()
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    kinds = ("licence_agreement", "contact_sheet", "call_sheet", "client_booking")
    crow, clg = client_of(who, kinds)
    d = next_day(rng, kinds, (2, 14))
    job = job_ref(rng, kinds)
    no = f"{d.year}-{rng.randint(60, 400):04d}"
    f = sheets(s, h, f"{INVOICE_WORD[lg].title()} {no}")
    recipient(
        f,
        s,
        h,
        [
            crow[0],
            tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Service comptabilité"),
            crow[1],
            crow[2],
        ],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Projekt", "Dossier"), job),
        ],
    )
    caption(f, s, INVOICE_WORD[lg], grow=5)
    rows = quote_lines(rng, lg)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.4, "right"), (1.6, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, f"{q:g}", cash(u, lg), cash(q * u, lg)] for t, q, u in rows],
        s,
    )
    net = round(sum(q * u for _, q, u in rows), 2)
    totals(f, s, lg, net, vat_rate(lg) if clg == lg else 0.0)
    f.need(60)
    f.page.rect(m, f.y - 10, w - 2 * m, 48)
    f.page.text(m + 6, f.y + 2, tr(lg, "LICENCE", "NUTZUNGSRECHTE", "CESSION DE DROITS"), s.bold, 8)
    f.page.text(
        m + 6,
        f.y + 14,
        fit(
            f"{rng.choice(USAGES[lg])} - {rng.choice(TERRITORY[lg])} - {rng.choice(TERM[lg])}",
            s.font,
            8,
            w - 2 * m - 12,
        ),
        s.font,
        8,
    )
    f.page.text(
        m + 6,
        f.y + 26,
        fit(
            tr(
                lg,
                "Licence granted on receipt of full payment.",
                "Die Rechte gehen mit vollständiger Zahlung über.",
                "Cession effective au complet paiement.",
            ),
            s.font,
            8,
            w - 2 * m - 12,
        ),
        s.font,
        8,
    )
    f.y += 54
    pages = f.pages
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Usage terms", "Nutzungsbedingungen", "Conditions d'utilisation des images"),
                [words(rng, lg, 3).rstrip(".") for _ in range(12)],
            )
        )
    remember(d, job, (crow, clg))
    return close(pages, s, h)


def tpl_contact_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """Contact sheets of a shoot on landscape pages, frames numbered, the client's picks
    marked by hand, and a selection sign-off at the end."""
    h = studio()
    lg = h.lang
    kinds = ("call_sheet", "client_booking")
    crow, clg = client_of(who, kinds)
    job = job_ref(rng, kinds)
    d = next_day(rng, kinds, (1, 6))
    n = rng.randint(1, 3)
    pages = []
    frame = rng.randint(1, 400)
    picks: list[int] = []
    for k in range(n):
        p = Page(A4L)
        w, hh = A4L
        p.rect(14, 12, w - 28, hh - 24, fill=0.93)
        p.text(
            30, 24, fit(f"{h.name} - {job} - {crow[0]}", "Helvetica", 8, w - 160), "Helvetica", 8
        )
        p.text(w - 30, 24, f"{k + 1}/{n}", "Helvetica", 8, "right")
        cols_, rows_ = rng.choice([(6, 4), (5, 4), (7, 5)])
        cw, ch = (w - 60) / cols_, (hh - 80) / rows_
        for j in range(cols_ * rows_):
            x, y = 30 + (j % cols_) * cw, 40 + (j // cols_) * ch
            photo(p, x + 4, y + 4, cw - 8, ch - 20, rng)
            p.text(x + 4, y + ch - 6, f"_{serial(rng, 'AA')}{frame:04d}", "Helvetica", 6)
            if rng.random() < 0.08:
                p.rect(x + 1, y + 1, cw - 2, ch - 4)
                p.text(x + cw - 14, y + 16, "X", HAND, 14)
                picks.append(frame)
            frame += 1
        pages.append(p)
    p = Page(A4)
    s = style_of(h)
    y = heading(p, s, h)
    p.text(
        s.margin,
        y,
        tr(
            lg,
            "Image selection - client sign-off",
            "Bildauswahl - Freigabe",
            "Sélection des images - bon pour accord",
        ),
        s.bold,
        13,
    )
    y = fields(
        p,
        s,
        s.margin,
        y + 20,
        A4[0] - 2 * s.margin,
        [
            (tr(lg, "Job", "Projekt", "Projet"), job),
            (tr(lg, "Client", "Kunde", "Client"), crow[0]),
            (
                tr(lg, "Frames selected", "Ausgewählte Bilder", "Images choisies"),
                ", ".join(str(x) for x in picks[:12]) or "-",
            ),
            (tr(lg, "Retouching notes", "Retusche-Hinweise", "Notes retouche"), words(rng, lg, 5)),
        ],
        per=1,
        tall=28,
    )
    sign_block(
        p,
        s,
        s.margin,
        y + 50,
        220,
        tr(lg, "Approved by", "Freigegeben", "Validé par"),
        person(rng, clg),
        short(d, lg),
        rng.random() < 0.8,
    )
    pages.append(p)
    remember(d, job, (crow, clg))
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same job."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "quotation": tpl_quotation,
    "client_booking": tpl_client_booking,
    "licence_agreement": tpl_licence_agreement,
    "model_release": tpl_model_release,
    "location_permit": tpl_location_permit,
    "permission_letter": tpl_permission_letter,
    "call_sheet": tpl_call_sheet,
    "hire_invoice": tpl_hire_invoice,
    "delivery_note": tpl_delivery_note,
    "lab_invoice": tpl_lab_invoice,
    "props_invoice": tpl_props_invoice,
    "assistant_invoice": tpl_assistant_invoice,
    "royalty_statement": tpl_royalty_statement,
    "studio_hire": tpl_studio_hire,
    "wedding_contract": tpl_wedding_contract,
    "insurance_schedule": tpl_insurance_schedule,
    "infringement_letter": tpl_infringement_letter,
    "infringement_reply": tpl_infringement_reply,
    "studio_invoice": tpl_studio_invoice,
    "contact_sheet": tpl_contact_sheet,
}
TEMPLATES_SSS: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "model_release",
    "assistant_invoice",
    "lab_invoice",
    "hire_invoice",
    "props_invoice",
    "delivery_note",
    "royalty_statement",
)
#: A kind often followed by a related paper about the same job.
FOLLOWS = {
    "quotation": "client_booking",
    "client_booking": "call_sheet",
    "delivery_note": "hire_invoice",
    "location_permit": "permission_letter",
    "infringement_letter": "infringement_reply",
    "licence_agreement": "studio_invoice",
    "contact_sheet": "studio_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mortar_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One studio's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The studio
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(STUDIOS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, job="", client=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_SSS, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mortar_stream, "templates SSS")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
